"""A blind held-out set (two layouts per role, `IW1` and `IW2`): never used for tuning, written by someone who neither ran
the extractor on it nor read it, to differ from every layout of `layouts_*.py`.

Theme: breweries, soft drinks, sugar refining and tobacco. Kazakhstan: beet-sugar plants of Zhambyl oblast at Merke, Kordai
and Shu with their lime kilns, their own gas-fired power stations, sugar dryers, pulp pits, filtration fields and storage
ponds, breweries at Almaty and Shymkent with their CO2 vents and ammonia refrigeration, malt houses at Karaganda and
Shymkent with their kilns, a mineral-water bottler at Saryagash and a soft-drink plant at Shymkent, cigarette factories
at Kaskelen and Almaty (a commission's act of readiness for the processing season, the first page of an FSSC 22000 audit
report, a КЭР's emission norms by shop, a brewery's calculation results with powers of ten, a waste programme's
calculation from specific norms, a balance of tobacco leaf, a report on the outlet to a storage pond with the months
between campaigns merged, a protocol of stack measurements with their errors, a campaign's calendar plan written as
sentences, a ПЭК programme naming packages of analyses, a regulation of three-stage control, a regulation of controlling
dust collectors, a КЭР's plan of measures with year rows and abbreviations, ISO 14001 objectives). Vietnam: cane-sugar
mills of the Mekong delta at Vị Thủy, Long Mỹ (Cần Thơ) and Cầu Kè (Vĩnh Long) with their bagasse boilers, filter mud
and molasses, breweries at Cần Thơ and Hưng Yên, a soft-drink plant at Tân Uyên, instant-noodle plants in the parks of
Phố Nối, Tân Đức and Vĩnh Lộc, a cigarette factory in the Hòa Phú park (biên bản kiểm tra công tác chuẩn bị vụ ép, báo cáo
đánh giá FSSC 22000, báo cáo đề xuất cấp lại GPMT, ĐTM loads, báo cáo công tác bảo vệ môi trường, cân bằng nguyên liệu lá
thuốc, kết quả quan trắc nước thải and khí thải, kế hoạch quan trắc vụ ép, chương trình quan trắc with gói phân tích, quy
chế tự kiểm tra 3 cấp, lịch kiểm tra công trình bảo vệ môi trường, kế hoạch khắc phục after an inspection, mục tiêu và
chương trình môi trường). Plants and people are invented; the pollutant and waste codes are real.

Facility: a commission's act of a beet-sugar plant's readiness for the processing season, its first table giving the
plant's figures twice — `По проекту` and `Фактически на 25.08.2025` — under three section rows, the identity lines (the
operator, its BIN, the plant, its place, KATO, the centre of the site in decimal degrees with a comma and the hemisphere
words, the category `I` beside the КЭР) carrying one value merged across the unit and both value columns, the readiness
of the plant's sections in per cent in a table of no role (VI: a cane-sugar mill's minutes of checking its preparation for
the crushing season, `Thiết kế | Thực tế`, VN-2000 metres beside the WGS-84 degrees, `Nhóm I`) (IW1); the first page of a
certification body's report on an FSSC 22000 audit at a mineral-water bottler, a brewery or a soft-drink plant, `Раздел |
Сведения` under section rows, the organisation's BIN and a legal address in another city, the site with its GPS
coordinates as the scheme records them (`41.45812, 69.17243`), the food chain category `CIV` of ISO/TS 22003-1 where a
reader might look for the environmental category, which the report does not give, the certification body's own BIN in
the paragraph above, the audit team and the product lines in tables of no role (VI: the body's tax number above) (IW2).

Emissions: a beet-sugar plant's emission norms by source under rows spanning the table that name its shops — the lime
kiln department, the power station, the drying and packing department, the pulp pits, the repair shop — the source's
number, name and hours a year merged down over its substances, `–` for the class of calcium oxide and sugar dust, the
total split into solid and gaseous substances (VI: a cane-sugar mill's loads in tonnes of the crushing season, the two
bagasse boilers, the sugar dryer and the anaerobic ponds without source numbers, the gas flow merged down, a hydrogen
sulphide load written `2,1.10-3`) (IW1); a brewery's results of calculating its emissions, the source's number, name and
the data the calculation took (gas, malt, beer, ammonia charged, hours) in one cell merged down, then `М, г/с` and `G,
т/год`, the smallest figures with a power of ten (`3,5·10⁻⁴`), ethanol and acetaldehyde from the fermentation tanks' CO2
vent, ammonia from the refrigeration's leaks, the recovered carbon dioxide only in a sentence, no class column (VI: an
instant-noodle plant's ĐTM loads with the emission factor beside each parameter and `2,5.10-2`) (IW2).

Wastes: a beet-sugar plant's wastes worked out from specific norms, the norm in its own words (`5,5 % к массе свеклы`,
`0,8 кг/м³ сточных вод`, `по фактическим данным 2022–2024 гг.`), the base it is applied to and only then the tonnes, the
pulp and the molasses sold as by-products in a table of no role (VI: a cane-sugar mill's ordinary wastes of the crushing
season by their share of the cane, its hazardous wastes in kilograms, the bagasse burnt in its boilers and the molasses
sold in a table of no role) (IW1); a cigarette factory's balance of tobacco leaf, the leaf taken in on a first row, then
where it goes in per cent and tonnes — the cigarettes, the moisture lost, `возвратные отходы` put back into the line and
no waste as the direction column says — and only the dust, the unusable stems and the spoiled leaf, which carry a code,
are wastes; its other wastes in a plain second table (VI: a cigarette factory's bảng cân bằng, no codes, the CTNH in
kilograms) (IW2).

Limits: a beet-sugar plant's annual report on the waste water it sends to the storage pond of its filtration fields at
`В-1`, the parameters as rows with the КЭР's allowed concentration once, the months as sub-columns — January, which closes
the last campaign, then one column `февраль – август` holding a single cell merged down the table that says nothing was
discharged, then September to December — an exceedance at the start of the campaign (VI: a cane-sugar mill's outlet NT1
against the Cmax of QCVN 40:2011/BTNMT column B with Kq = 0,9 and Kf = 1,0, May to October merged) (IW1); a laboratory's
protocol at a malt house's kilns, dust cyclone and boiler house, a row spanning the table per source, the gas's
temperature and volume merged down over its substances, each concentration written with its error (`124 ± 15`) beside the
КЭР's norm in mg/m³ (VI: an instant-noodle plant's stacks `KT1`, `KT2`, two sampling rounds as sub-columns under each,
QCVN 19:2009/BTNMT column B with Kp = 1 and Kv = 1 last, `KPH` for sulphur dioxide) (IW2).

Monitoring: a beet-sugar plant's calendar plan of control for the campaign written as sentences, one work to a row, the
source, the points and the wells named inside the sentence (`известково-газовой печи (ИЗА 0001)`, `в точках Т-1 (север) и
Т-2 (юг)`, `скважин Н-1, Н-2, Н-3`), the pollutants in the genitive with their codes in brackets, frequencies tied to the
campaign and a row measuring the pond's level with no substance (VI: a cane-sugar mill's plan for the crushing season, the
automatic continuous monitoring of its stacks and outlet beside the periodic sampling and the receiving canal) (IW1); a
brewery's ПЭК programme that names only packages of analyses, their contents defined in a first table of no role, the plan
giving the point or stack, the package and the frequency, so that one manhole has a short package weekly and a full one
quarterly and four points of the protection zone's boundary stand in one row as `Т-1 – Т-4` (VI: a brewery's `NT-A`,
`NT-B`, `KT`, `KK` and `KK1 – KK3`) (IW2).

Inspections: a beet-sugar plant's regulation of three-stage control, the objects as rows and the three stages as columns
whose headers alone say who checks and how often (`I ступень – мастер смены (ежедневно)`), each cell holding what is
checked at that stage or `—`, every filled cell a check of its own (VI: a cane-sugar mill's `kiểm tra 3 cấp`) (IW1); a
cigarette factory's regulation of controlling its dust collectors, a row per unit with the place it serves and three kinds
of check as columns whose headers name who does them, each cell holding how often or `—`, `1 раз в 2 года` no frequency of
the contract (VI: an instant-noodle plant's boiler filters, frying-line oil separators, grease trap and treatment plant,
`02 năm/lần`) (IW2).

Tasks: a beet-sugar plant's КЭР plan of measures for 2026–2028 under section rows, a measure of several years carrying a
row per year — its volume, money and term — under its number, name and responsible merged down, the responsible written
only as abbreviations (`ГИ`, `НКС`; KK `БИ`, `КҚБ`) explained in a line under the table (VI: a cane-sugar mill's plan of
remedying what a provincial inspection found, the finding and the measure in two columns, only the measure being the task,
an empty column for the result) (IW1); a cigarette factory's ISO 14001 objectives, a row per objective with its
indicator, the value of 2025 and the target of 2026, the measures listed in one cell as `а) …`, `б) …`, each a task of its
own with the row's one responsible, and an objective kept at its level whose cell says no measures are needed (VI: an
instant-noodle plant's mục tiêu và chương trình môi trường with `- …` lines) (IW2).
"""

from __future__ import annotations

from . import vocab
from .common import Doc, freq, make_bin, make_msdn, maybe_distractor, num
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


def _span(rows: list, merges: list, text: str, width: int) -> None:
    """A row whose first cell spans the table."""
    rows.append([text] + [None] * (width - 1))
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))


def _kato(doc: Doc, prefix: str) -> str:
    """A nine-digit KATO code starting with the district's prefix."""
    r = doc.rng
    rest = 9 - len(prefix) - 3
    return f"{prefix}{r.randint(10 ** (rest - 1), 10**rest - 1)}{r.choice(('000', '100'))}"


def _kind(number: str) -> str:
    return "unorganized" if number.startswith("6") else "organized"


def _permit(doc: Doc) -> str:
    return f"KZ{doc.rng.randint(10, 99)}VCZ{doc.rng.randint(10**7, 10**8 - 1):08d}"


# code: (RU, KK, VI, hazard class as Kazakh tables print it) of pollutants the vocabulary does not name; names as the
# list of pollutants (air-pollutants-kz-2444.tsv) gives them
EXTRA = {
    "0128": ("Кальций оксид (Негашеная известь)", "Кальций оксиді (сөндірілмеген әк)", "", None),
    "0214": ("Кальций дигидроксид (Гашеная известь)", "Кальций дигидроксиді (сөндірілген әк)", "", 3),
    "2973": ("Пыль сахара, сахарной пудры (сахарозы)", "Қант, қант ұнтағы (сахароза) шаңы", "", None),
    "2937": ("Пыль зерновая", "Астық шаңы", "", 3),
    "2998": ("Пыль выбросов табачных фабрик (с содержанием никотина до 2,7%) /в пересчете на никотин/",
             "Темекі фабрикалары шығарындыларының шаңы (никотин 2,7 %-ға дейін) /никотинге шаққанда/", "", 4),
    "1061": ("Этанол (Спирт этиловый)", "Этанол (этил спирті)", "", 4),
    "1317": ("Ацетальдегид (Уксусный альдегид)", "Ацетальдегид (сірке альдегиді)", "", 3),
}  # fmt: skip


def _air(doc: Doc, code: str, variant: int = 0) -> str:
    if code in EXTRA:
        return EXTRA[code][vocab.LANGS.index(doc.lang)]
    return vocab.air(code, doc.lang, variant)


def _hazard(code: str) -> int | None:
    return EXTRA[code][3] if code in EXTRA else vocab.hazard(code)


def _param(doc: Doc, kind: str, key: str) -> str:
    """A monitored parameter's name: an air pollutant by code, a water parameter by symbol."""
    return _air(doc, key, 1 if doc.lang == "vi" else 0) if kind == "code" else vocab.water(key, doc.lang)


SUPER = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")


def _tiny(doc: Doc, low: int = 10, high: int = 95, power: int = 4) -> tuple[float, str]:
    """A small figure as calculation sheets print it: `2,8·10⁻⁴` (RU, KK), `2,8.10-4` (VI)."""
    m = doc.rng.randint(low, high) / 10
    value = float(f"{m}e-{power}")
    mant = num(m, doc.lang)
    return value, (f"{mant}.10-{power}" if doc.lang == "vi" else f"{mant}·10{('-' + str(power)).translate(SUPER)}")


DAILY = {"ru": "ежедневно", "kk": "күн сайын", "vi": "Hằng ngày"}
WEEKLY = {"ru": "еженедельно", "kk": "апта сайын", "vi": "Hằng tuần"}


def _fw(doc: Doc, word: str) -> str:
    """A frequency as the document writes it, `daily` and `weekly` included."""
    if word == "daily":
        return DAILY[doc.lang]
    if word == "weekly":
        return WEEKLY[doc.lang]
    return freq(doc, word)


# ---------------------------------------------------------------- facility

# (RU plant, KK plant, RU operator, KK operator, RU place, KK place, KATO prefix, lat, lon, t of beet a day, RU core, KK core)
SUGAR_KZ = (
    ("Меркенский сахарный завод", "Мерке қант зауыты", "ТОО «Мерке Қант»", "«Мерке Қант» ЖШС",
     "Жамбылская область, Меркенский район, с. Мерке, ул. Исмаилова, 1", "Жамбыл облысы, Мерке ауданы, Мерке а., Исмаилов к-сі, 1",
     "3166", 42.879, 73.176, 3000, "Мерке", "Мерке"),
    ("Кордайский сахарный завод", "Қордай қант зауыты", "ТОО «Қордай Шекер»", "«Қордай Шекер» ЖШС",
     "Жамбылская область, Кордайский район, с. Кордай, ул. Заводская, 2", "Жамбыл облысы, Қордай ауданы, Қордай а., Зауыт к-сі, 2",
     "3156", 43.041, 74.707, 2500, "Кордай", "Қордай"),
    ("Шуский сахарный завод", "Шу қант зауыты", "ТОО «Шу Қант Өнеркәсібі»", "«Шу Қант Өнеркәсібі» ЖШС",
     "Жамбылская область, Шуский район, г. Шу, ул. Толе би, 210", "Жамбыл облысы, Шу ауданы, Шу қ., Төле би к-сі, 210",
     "3196", 43.597, 73.757, 2000, "Шу", "Шу"),
)  # fmt: skip
# (RU, KK, share ready)
READINESS = (("Свеклоприемный пункт, кагатное поле, гидротранспортер", "Қызылша қабылдау пункті, кагат алаңы, гидротранспортер", 100),
             ("Свеклоперерабатывающее отделение (мойка, диффузия)", "Қызылша өңдеу бөлімі (жуу, диффузия)", 100),
             ("Известково-обжигательное отделение и газопромыватель", "Әк күйдіру бөлімі және газ жуғыш", 95),
             ("ТЭЦ завода (котлы, деаэраторы, турбогенераторы)", "Зауыттың ЖЭО (қазандар, деаэраторлар, турбогенераторлар)", 100),
             ("Продуктовое отделение, сушильно-упаковочное отделение", "Өнім бөлімі, кептіру-орау бөлімі", 98),
             ("Жомовые ямы, поля фильтрации, пруды-накопители", "Жом шұңқырлары, сүзу алаңдары, жинақтағыш тоғандар", 90))  # fmt: skip


def facility_iw1(doc: Doc) -> None:
    """A commission's act of a beet-sugar plant's readiness for the processing season, whose first table gives the plant's
    figures twice — `По проекту` and `Фактически на 25.08.2025` — under three section rows, while the identity lines (the
    operator, its BIN, the plant, its place, KATO, the centre of the site in decimal degrees with a comma and the
    hemisphere words, the category with the КЭР's number) carry one value merged across the unit and both value columns;
    the readiness of the plant's sections in per cent in a table of no role (VI: a cane-sugar mill's minutes of checking its
    preparation for the crushing season, `Thiết kế | Thực tế`, the enterprise number, VN-2000 metres beside the WGS-84
    degrees, `Nhóm I`)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_iw1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    s = doc.pick(SUGAR_KZ)
    plant, op, place, cap = s[L], s[2 + L], s[4 + L], s[9]
    bin_, kato = make_bin(r), _kato(doc, s[6])
    lat, lon = round(s[7] + r.uniform(-0.004, 0.004), 4), round(s[8] + r.uniform(-0.004, 0.004), 4)
    ker = _permit(doc)
    doc.h(g(f"Акт готовности к сезону переработки сахарной свеклы урожая 2025 года. {plant}",
            f"{plant}ның 2025 жылғы өнім қант қызылшасын өңдеу маусымына дайындығы туралы акт", ""))
    doc.p(g(f"Комиссия, назначенная приказом директора {op} от {r.randint(1, 28):02d}.07.2025 № {r.randint(40, 160)}-п, в составе главного "
            "инженера (председатель), главного механика, главного энергетика, главного технолога и инженера-эколога провела проверку "
            "готовности цехов, оборудования и природоохранных сооружений завода к сезону переработки.",
            f"{op} директорының 2025 жылғы {r.randint(1, 28)} шілдедегі № {r.randint(40, 160)}-б бұйрығымен тағайындалған бас инженер (төраға), "
            "бас механик, бас энергетик, бас технолог және инженер-эколог құрамындағы комиссия зауыттың цехтары, жабдықтары мен табиғат "
            "қорғау құрылыстарының өңдеу маусымына дайындығын тексерді.", ""))
    rows = [g(["№ п/п", "Показатель", "Ед. изм.", "По проекту", "Фактически на 25.08.2025"],
              ["Р/с №", "Көрсеткіш", "Өлш. бірл.", "Жоба бойынша", "25.08.2025 жағдай бойынша іс жүзінде"], [])]
    merges: list = []

    def ident(code: str, label: str, value: str) -> None:
        rows.append([code, label, value, None, None])
        merges.append((len(rows) - 1, 2, len(rows) - 1, 4))

    actual = int(round(cap * r.uniform(0.84, 0.95), -1))
    days = r.randint(96, 112)
    _span(rows, merges, g("1. Общие сведения", "1. Жалпы мәліметтер", ""), 5)
    ident("1.1", g("Оператор объекта", "Объект операторы", ""), op)
    ident("1.2", g("БИН", "БСН", ""), bin_)
    ident("1.3", g("Наименование объекта", "Объектінің атауы", ""), plant)
    ident("1.4", g("Местонахождение", "Орналасқан жері", ""), place)
    ident("1.5", g("Код КАТО", "ҚАТО коды", ""), kato)
    ident("1.6", g("Координаты центра промплощадки", "Өнеркәсіптік алаң орталығының координаттары", ""),
          g(f"{num(lat, 'ru')}° с.ш., {num(lon, 'ru')}° в.д.", f"{num(lat, 'kk')}° с.е., {num(lon, 'kk')}° ш.б.", ""))
    ident("1.7", g("Категория объекта", "Объект санаты", ""),
          g(f"I категория; КЭР № {ker} от {r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2024",
            f"I санат; {r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2024 берілген № {ker} КЭР", ""))
    _span(rows, merges, g("2. Производственные мощности", "2. Өндірістік қуаттар", ""), 5)
    lime = r.randint(82, 96)
    rows += [["2.1", g("Переработка сахарной свеклы", "Қант қызылшасын өңдеу", ""), g("т/сут", "т/тәул", ""), num(cap, doc.lang), num(actual, doc.lang)],
             ["2.2", g("Продолжительность сезона переработки", "Өңдеу маусымының ұзақтығы", ""), g("сут.", "тәул.", ""), "120",
              g(f"{days} (план)", f"{days} (жоспар)", "")],
             ["2.3", g("Выход сахара к массе свеклы", "Қызылша массасына қант шығымы", ""), "%", "14,5", num(round(r.uniform(12.4, 13.6), 1), doc.lang)],
             ["2.4", g("Известково-газовая печь ИГП-100", "ИГП-100 әк-газ пеші", ""), g("т извести/сут", "т әк/тәул", ""), "100", str(lime)],
             ["2.5", g("Паровые котлы ТЭЦ (природный газ)", "ЖЭО бу қазандары (табиғи газ)", ""), g("т пара/ч", "т бу/сағ", ""), "2 × 50", "2 × 50"]]
    _span(rows, merges, g("3. Природоохранные сооружения", "3. Табиғат қорғау құрылыстары", ""), 5)
    area = r.randint(38, 60)
    rows += [["3.1", g("Газопромыватель известково-газовой печи", "Әк-газ пешінің газ жуғышы", ""), g("КПД, %", "ПӘК, %", ""), "95",
              str(r.randint(90, 94))],
             ["3.2", g("Поля фильтрации и пруды-накопители", "Сүзу алаңдары және жинақтағыш тоғандар", ""), g("га", "га", ""), str(area), str(area)],
             ["3.3", g("Жомовые ямы (бетонированные)", "Жом шұңқырлары (бетондалған)", ""), g("тыс. м³", "мың м³", ""), "60",
              g("48 (яма № 4 на ремонте)", "48 (№ 4 шұңқыр жөндеуде)", "")]]  # fmt: skip
    doc.table(g("Таблица 1 – Основные сведения о заводе", "1-кесте – Зауыт туралы негізгі мәліметтер", ""), rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": s[10 + L], "kato": kato, "category": "I", "lat": lat, "lon": lon})
    ready = [g(["Участок", "Готовность, %", "Примечание"], ["Учаске", "Дайындығы, %", "Ескертпе"], [])]
    for ru, kk, share in READINESS:
        note = g("готов", "дайын", "") if share == 100 else g("ремонт на завершающей стадии", "жөндеу аяқталу сатысында", "")
        ready.append([(ru, kk)[L], str(share), note])
    doc.table(g("Таблица 2 – Готовность производственных участков", "2-кесте – Өндірістік учаскелердің дайындығы", ""), ready, role="other")
    doc.p(g("Вывод комиссии: завод к сезону переработки готов. Начало приемки свеклы – 01.09.2025, начало переработки – 05.09.2025.",
            "Комиссия қорытындысы: зауыт өңдеу маусымына дайын. Қызылша қабылдау 01.09.2025 басталады, өңдеу 05.09.2025 басталады.", ""))


# (mill, company, place, lat, lon, t of cane a day, core)
SUGAR_VN = (
    ("Nhà máy đường Vị Thủy", "Công ty Cổ phần Mía đường Vị Thủy", "xã Vị Thủy, thành phố Cần Thơ", 9.802, 105.558, 3500, "Vị Thủy"),
    ("Nhà máy đường Cầu Kè", "Công ty TNHH Mía đường Cầu Kè", "xã Cầu Kè, tỉnh Vĩnh Long", 9.873, 106.058, 2500, "Cầu Kè"),
    ("Nhà máy đường Long Mỹ", "Công ty Cổ phần Đường Long Mỹ", "phường Long Mỹ, thành phố Cần Thơ", 9.683, 105.571, 2000, "Long Mỹ"),
)


def _facility_iw1_vi(doc: Doc) -> None:
    r = doc.rng
    mill, company, place, lat0, lon0, cap, core = doc.pick(SUGAR_VN)
    msdn = make_msdn(r)
    lat, lon = round(lat0 + r.uniform(-0.003, 0.003), 4), round(lon0 + r.uniform(-0.003, 0.003), 4)
    x, y = int(lat * 110_600) + r.randint(-300, 300), 500_000 + int((lon - 105) * 109_700) + r.randint(-300, 300)
    doc.p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM – Độc lập - Tự do - Hạnh phúc")
    doc.h("BIÊN BẢN KIỂM TRA CÔNG TÁC CHUẨN BỊ VỤ ÉP MÍA 2025–2026")
    doc.p(f"Hôm nay, ngày {r.randint(10, 28)} tháng 10 năm 2025, tại {mill}, Hội đồng kiểm tra của {company} gồm Phó Tổng Giám đốc kỹ thuật "
          "(Chủ tịch Hội đồng), Trưởng phòng Kỹ thuật, Quản đốc phân xưởng Nhiệt điện và Trưởng ban An toàn – Môi trường đã tiến hành kiểm "
          "tra công tác sửa chữa, chuẩn bị thiết bị và các công trình bảo vệ môi trường trước vụ ép.")
    rows = [["TT", "Nội dung", "Đơn vị", "Thiết kế", f"Thực tế đến ngày {r.randint(10, 28)}/10/2025"]]
    merges: list = []

    def ident(code: str, label: str, value: str) -> None:
        rows.append([code, label, value, None, None])
        merges.append((len(rows) - 1, 2, len(rows) - 1, 4))

    _span(rows, merges, "I. THÔNG TIN CHUNG", 5)
    ident("1", "Tên cơ sở", mill)
    ident("2", "Chủ cơ sở", company)
    ident("3", "Mã số doanh nghiệp", msdn)
    ident("4", "Địa điểm", place)
    ident("5", "Tọa độ VN-2000 (kinh tuyến trục 105°00', múi chiếu 3°)", f"X = {num(x, 'vi')} m; Y = {num(y, 'vi')} m")
    ident("6", "Tọa độ địa lý (WGS-84)", f"{num(lat, 'vi')}° vĩ độ Bắc; {num(lon, 'vi')}° kinh độ Đông")
    ident("7", "Phân loại theo tiêu chí môi trường", f"Nhóm I; Giấy phép môi trường số {r.randint(100, 480)}/GP-BTNMT ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2023")
    _span(rows, merges, "II. NĂNG LỰC SẢN XUẤT", 5)
    rows += [["8", "Công suất ép mía", "tấn mía/ngày", num(cap, "vi"), num(int(round(cap * r.uniform(0.85, 0.95), -1)), "vi")],
             ["9", "Thời gian vụ ép dự kiến", "ngày", "150", str(r.randint(118, 140))],
             ["10", "Lò hơi đốt bã mía", "tấn hơi/giờ", "2 × 45", "2 × 45"]]
    _span(rows, merges, "III. CÔNG TRÌNH BẢO VỆ MÔI TRƯỜNG", 5)
    rows += [["11", "Hệ thống xử lý nước thải tập trung", "m³/ngày.đêm", "2.000", "2.000"],
             ["12", "Hệ thống xử lý khí thải lò hơi (cyclon chùm + dập bụi ướt)", "hiệu suất, %", "95", str(r.randint(90, 94))],
             ["13", "Kho chứa mật rỉ", "tấn", "12.000", "12.000"]]  # fmt: skip
    doc.table("Bảng 1. Thông tin cơ sở và năng lực sản xuất", rows, merges, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": core, "category": "I", "lat": lat, "lon": lon})
    ready = [["Hạng mục", "Tỷ lệ hoàn thành sửa chữa (%)", "Ghi chú"],
             ["Khu vực tiếp nhận mía, bàn lùa, dao băm", "100", "Đạt"],
             ["Hệ thống ép (05 bộ che ép)", "100", "Đạt"],
             ["Lò hơi số 1, số 2 và hệ thống xử lý khí thải", str(r.randint(92, 98)), "Đang hoàn thiện"],
             ["Hệ thống xử lý nước thải", "100", "Đã vận hành thử"],
             ["Kho lưu giữ chất thải nguy hại", "100", "Đạt"]]
    doc.table("Bảng 2. Kết quả kiểm tra các hạng mục sửa chữa", ready, role="other")
    doc.p("Kết luận: Nhà máy cơ bản đã sẵn sàng cho vụ ép 2025–2026; dự kiến khởi động vào ngày 15/11/2025.")


# (RU site, KK site, RU operator, KK operator, RU legal address, KK legal address, RU place, KK place, lat, lon,
#  RU scope, KK scope, core)
BEV_KZ = (
    ("Завод минеральной воды «Сарыағаш Бастау»", "«Сарыағаш Бастау» минералды су зауыты", "ТОО «Бастау Су Сарыағаш»", "«Бастау Су Сарыағаш» ЖШС",
     "г. Шымкент, Аль-Фарабийский район, пр. Тауке хана, 35, офис 12", "Шымкент қ., Әл-Фараби ауданы, Тәуке хан даңғ., 35, 12-кеңсе",
     "Туркестанская область, Сарыагашский район, г. Сарыагаш, ул. Курортная, 14", "Түркістан облысы, Сарыағаш ауданы, Сарыағаш қ., Курорт к-сі, 14",
     41.458, 69.172, "Розлив природной минеральной лечебно-столовой воды и производство газированных безалкогольных напитков в ПЭТ-бутылку и стеклянную бутылку",
     "Табиғи минералды емдік-асханалық суды құю және газдалған алкогольсіз сусындарды ПЭТ-бөтелкеге және шыны бөтелкеге өндіру", "Бастау"),
    ("Пивоваренный завод «Алатау»", "«Алатау» сыра қайнату зауыты", "ТОО «Алатау Сыра Зауыты»", "«Алатау Сыра Зауыты» ЖШС",
     "г. Алматы, Медеуский район, ул. Кунаева, 77, офис 905", "Алматы қ., Медеу ауданы, Қонаев к-сі, 77, 905-кеңсе",
     "г. Алматы, Турксибский район, ул. Бекмаханова, 98", "Алматы қ., Түрксіб ауданы, Бекмаханов к-сі, 98",
     43.336, 76.951, "Производство пива, кваса и безалкогольных напитков; розлив в кеги, ПЭТ-бутылку, стеклянную бутылку и алюминиевую банку",
     "Сыра, квас және алкогольсіз сусындар өндіру; кегтерге, ПЭТ-бөтелкеге, шыны бөтелкеге және алюминий банкаға құю", "Алатау"),
    ("Завод напитков «Шымкент Сусын»", "«Шымкент Сусын» сусындар зауыты", "ТОО «Оңтүстік Сусын»", "«Оңтүстік Сусын» ЖШС",
     "г. Шымкент, район Каратау, ул. Капал батыра, 5", "Шымкент қ., Қаратау ауданы, Қапал батыр к-сі, 5",
     "г. Шымкент, район Абай, индустриальная зона «Оңтүстік», ул. Толе би, 300", "Шымкент қ., Абай ауданы, «Оңтүстік» индустриялық аймағы, Төле би к-сі, 300",
     42.318, 69.642, "Производство сокосодержащих и газированных безалкогольных напитков и холодного чая; розлив в ПЭТ-бутылку",
     "Құрамында шырын бар және газдалған алкогольсіз сусындар мен салқын шай өндіру; ПЭТ-бөтелкеге құю", "Сусын"),
)  # fmt: skip
# (plant, company, place, lat, lon, scope, core)
BEV_VN = (
    ("Nhà máy Bia Mê Kông Cần Thơ", "Công ty Cổ phần Bia Mê Kông", "Lô 12, Khu công nghiệp Trà Nóc 1, phường Bình Thủy, thành phố Cần Thơ",
     10.101, 105.719, "Sản xuất bia hơi, bia chai và bia lon", "Mê Kông"),
    ("Nhà máy nước giải khát Sông Bé", "Công ty TNHH Nước giải khát Sông Bé",
     "Đường N5, Khu công nghiệp Nam Tân Uyên, phường Tân Khánh, Thành phố Hồ Chí Minh", 11.051, 106.733,
     "Sản xuất nước giải khát có ga, trà đóng chai và nước uống tinh khiết đóng chai PET", "Sông Bé"),
    ("Nhà máy Bia Phố Hiến", "Công ty Cổ phần Bia Phố Hiến", "Khu công nghiệp Phố Nối A, xã Như Quỳnh, tỉnh Hưng Yên", 20.958, 106.045,
     "Sản xuất bia chai, bia lon và bia hơi", "Phố Hiến"),
)  # fmt: skip


# core: ((product, tare) of most lines, (product, tare) of line 2), RU and KK pairs or VI texts
LINE_PRODUCTS = {
    "Бастау": ((("газированные напитки", "газдалған сусындар"), ("ПЭТ 0,5–2,0 л", "ПЭТ 0,5–2,0 л")),
               (("минеральная вода", "минералды су"), ("стекло 0,5 л", "шыны 0,5 л"))),
    "Алатау": ((("пиво", "сыра"), ("ПЭТ 1,0–2,5 л", "ПЭТ 1,0–2,5 л")), (("пиво", "сыра"), ("алюминиевая банка 0,45 л", "алюминий банка 0,45 л"))),
    "Сусын": ((("газированные напитки", "газдалған сусындар"), ("ПЭТ 0,5–2,0 л", "ПЭТ 0,5–2,0 л")),
              (("холодный чай", "салқын шай"), ("ПЭТ 0,5 л", "ПЭТ 0,5 л"))),
    "Mê Kông": (("bia lon", "lon 330 ml"), ("bia chai", "chai thủy tinh 450 ml")),
    "Phố Hiến": (("bia lon", "lon 330 ml"), ("bia chai", "chai thủy tinh 450 ml")),
    "Sông Bé": (("nước giải khát có ga", "chai PET 0,39–1,5 lít"), ("trà đóng chai", "chai PET 0,45 lít")),
}  # fmt: skip


def facility_iw2(doc: Doc) -> None:
    """The first page of a certification body's report on an FSSC 22000 audit at a mineral-water bottler, a brewery or a
    soft-drink plant: `Раздел | Сведения` under three section rows — the organisation with its BIN and a legal address in
    another city, the site with its address and its GPS coordinates as the scheme asks for them (`41.45812, 69.17243`, a
    point for the decimals), the food chain category `CIV` of ISO/TS 22003-1 standing where a reader might look for the
    environmental category, which the report does not give, the number of staff and shifts, then the audit — while the
    certification body's own BIN stands in the paragraph above; the audit team and the product lines in two tables of no
    role (VI: a brewery's or soft-drink plant's report, the body's tax number above, `Hạng mục chuỗi thực phẩm: CIV`)."""
    r = doc.rng
    g = doc.v
    vi = doc.lang == "vi"
    if vi:
        plant, op, site, lat0, lon0, scope, core = doc.pick(BEV_VN)
        legal = site
        ident = make_msdn(r)
        cb_id = "01" + f"{r.randint(0, 99999999):08d}"
    else:
        L = _L(doc)
        b = doc.pick(BEV_KZ)
        plant, op, legal, site, lat0, lon0, scope, core = b[L], b[2 + L], b[4 + L], b[6 + L], b[8], b[9], b[10 + L], b[12]
        ident, cb_id = make_bin(r), make_bin(r)
    lat, lon = round(lat0 + r.uniform(-0.003, 0.003), 5), round(lon0 + r.uniform(-0.003, 0.003), 5)
    staff, seasonal = r.randint(180, 420), r.randint(20, 90)
    cert = f"FSSC-{r.randint(10, 99)}{r.randint(1000, 9999)}"
    day = r.randint(6, 24)
    doc.h(g("Отчет об аудите системы менеджмента безопасности пищевой продукции FSSC 22000 (версия 6)",
            "FSSC 22000 (6-нұсқа) тамақ өнімдерінің қауіпсіздігі менеджменті жүйесінің аудиті туралы есеп",
            "BÁO CÁO ĐÁNH GIÁ HỆ THỐNG QUẢN LÝ AN TOÀN THỰC PHẨM FSSC 22000 (PHIÊN BẢN 6)"))
    doc.p(g(f"Орган по сертификации: ТОО «Евразия Серт Групп» (БИН {cb_id}), аттестат аккредитации № KZ.O.02.{r.randint(1000, 1999)}. "
            "Отчет конфиденциален и предназначен для организации-заказчика и владельца схемы FSSC.",
            f"Сертификаттау органы: «Еуразия Серт Групп» ЖШС (БСН {cb_id}), аккредиттеу аттестаты № KZ.O.02.{r.randint(1000, 1999)}. "
            "Есеп құпия және тапсырыс беруші ұйым мен FSSC схемасының иесіне арналған.",
            f"Tổ chức chứng nhận: Công ty TNHH Chứng nhận Quốc tế Á Châu (mã số thuế {cb_id}), quyết định chỉ định số {r.randint(100, 900)}/QĐ-TĐC. "
            "Báo cáo được bảo mật, chỉ cung cấp cho tổ chức được đánh giá và chủ sở hữu chương trình FSSC."))
    rows = [g(["Раздел", "Сведения"], ["Бөлім", "Мәліметтер"], ["Mục", "Thông tin"])]
    merges: list = []
    _span(rows, merges, g("1. Организация", "1. Ұйым", "1. TỔ CHỨC ĐƯỢC ĐÁNH GIÁ"), 2)
    rows += [[g("Наименование", "Атауы", "Tên tổ chức"), op],
             [g("БИН", "БСН", "Mã số doanh nghiệp"), ident]]
    if not vi:
        rows.append([g("Юридический адрес", "Заңды мекенжайы", ""), legal])
    _span(rows, merges, g("2. Площадка", "2. Алаң", "2. ĐỊA ĐIỂM SẢN XUẤT"), 2)
    rows += [[g("Наименование площадки", "Алаңның атауы", "Tên nhà máy"), plant],
             [g("Адрес площадки", "Алаңның мекенжайы", "Địa chỉ"), site],
             [g("GPS-координаты площадки", "Алаңның GPS-координаттары", "Tọa độ GPS"), f"{lat:.5f}, {lon:.5f}"],
             [g("Категория пищевой цепи (ISO/TS 22003-1)", "Азық-түлік тізбегінің санаты (ISO/TS 22003-1)", "Hạng mục chuỗi thực phẩm (ISO/TS 22003-1)"),
              g("CIV – переработка продукции, стабильной при хранении при температуре окружающей среды",
                "CIV – қоршаған орта температурасында сақтауға тұрақты өнімді өңдеу", "CIV – Chế biến sản phẩm bền ở nhiệt độ thường")],
             [g("Область сертификации", "Сертификаттау саласы", "Phạm vi chứng nhận"), scope],
             [g("Численность персонала", "Персонал саны", "Số lao động"),
              g(f"{staff} чел., в т.ч. {seasonal} сезонных", f"{staff} адам, оның ішінде {seasonal} маусымдық", f"{staff} người, trong đó {seasonal} lao động thời vụ")],
             [g("Сменность", "Ауысымдылық", "Số ca sản xuất"), g("2 смены по 12 ч, 7 дней в неделю", "12 сағаттан 2 ауысым, аптасына 7 күн", "02 ca/ngày, 12 giờ/ca")],
             [g("Количество исследований HACCP", "HACCP зерттеулерінің саны", "Số kế hoạch HACCP"), str(r.randint(4, 9))]]
    _span(rows, merges, g("3. Аудит", "3. Аудит", "3. CUỘC ĐÁNH GIÁ"), 2)
    rows += [[g("Вид аудита", "Аудит түрі", "Loại đánh giá"), g("ресертификационный, объявленный", "қайта сертификаттау, хабарланған", "Đánh giá chứng nhận lại, có thông báo trước")],
             [g("Даты аудита на площадке", "Алаңдағы аудит күндері", "Ngày đánh giá tại cơ sở"),
              g(f"{day}–{day + 2}.10.2025", f"{day}–{day + 2}.10.2025", f"{day}–{day + 2}/10/2025")],
             [g("Номер сертификата", "Сертификат нөмірі", "Số chứng chỉ"), cert]]  # fmt: skip
    doc.table(g("Таблица 1 – Сведения об организации и аудите", "1-кесте – Ұйым және аудит туралы мәліметтер", "Bảng 1. Thông tin về tổ chức và cuộc đánh giá"),
              rows, merges, role="facility")
    doc.add("facilities", {"bin": ident, "name_contains": core, "lat": lat, "lon": lon})
    team = [g(["Роль", "Ф.И.О.", "Квалификация"], ["Рөлі", "Аты-жөні", "Біліктілігі"], ["Vai trò", "Họ và tên", "Năng lực"]),
            g(["Ведущий аудитор", "Нурланова Г.С.", "FSSC 22000, категория CIV"], ["Жетекші аудитор", "Нұрланова Г.С.", "FSSC 22000, CIV санаты"],
              ["Chuyên gia đánh giá trưởng", "Nguyễn Thị Thu Hà", "FSSC 22000, hạng mục CIV"]),
            g(["Аудитор", "Ли В.Е.", "ISO 22000, пищевая микробиология"], ["Аудитор", "Ли В.Е.", "ISO 22000, тағам микробиологиясы"],
              ["Chuyên gia đánh giá", "Trần Quốc Bảo", "ISO 22000, vi sinh thực phẩm"])]
    doc.table(g("Таблица 2 – Аудиторская группа", "2-кесте – Аудиторлық топ", "Bảng 2. Đoàn đánh giá"), team, role="other")
    lines = [g(["Линия", "Продукция", "Тара", "Производительность, бут./ч"], ["Желі", "Өнім", "Ыдыс", "Өнімділігі, бөт./сағ"],
               ["Dây chuyền", "Sản phẩm", "Bao bì", "Công suất (chai/giờ)"])]
    products = LINE_PRODUCTS[core]
    for k in range(1, r.randint(3, 4) + 1):
        product, tare = products[0 if k != 2 else 1]
        lines.append([str(k), product if vi else product[_L(doc)], tare if vi else tare[_L(doc)], num(r.randint(12, 36) * 1000, doc.lang)])
    doc.table(g("Таблица 3 – Производственные линии", "3-кесте – Өндірістік желілер", "Bảng 3. Các dây chuyền sản xuất"), lines, role="other")


# ---------------------------------------------------------------- emissions

# ((RU section, KK section), [(number, RU, KK, hours a year, {code: (low, high) g/s})])
SUGAR_SOURCES = (
    (("Известково-обжигательное отделение", "Әк күйдіру бөлімі"), [
        ("0001", "Известково-газовая печь ИГП-100 (после газопромывателя)", "ИГП-100 әк-газ пеші (газ жуғыштан кейін)", 2640,
         {"0337": (0.9, 2.8), "0301": (0.06, 0.2), "0304": (0.01, 0.03), "0330": (0.02, 0.09), "0128": (0.04, 0.15)}),
        ("0002", "Аспирация известегасильного аппарата", "Әк сөндіру аппаратының аспирациясы", 2640, {"0214": (0.01, 0.05)}),
        ("6001", "Открытый склад известнякового камня и кокса", "Әктас пен коксқа арналған ашық қойма", 8760, {"2908": (0.02, 0.09)})]),
    (("ТЭЦ завода", "Зауыттың ЖЭО"), [
        ("0003", "Дымовая труба ТЭЦ (котлы ГМ-50 № 1, 2, природный газ)", "ЖЭО түтін мұржасы (№ 1, 2 ГМ-50 қазандары, табиғи газ)", 2640,
         {"0301": (0.6, 1.8), "0304": (0.1, 0.3), "0337": (0.4, 1.5)})]),
    (("Сушильно-упаковочное отделение", "Кептіру-орау бөлімі"), [
        ("0004", "Сушильно-охладительная установка сахара-песка (после циклонов ЦН-15)", "Қант құмын кептіру-салқындату қондырғысы (ЦН-15 циклондарынан кейін)",
         2640, {"2973": (0.03, 0.12)}),
        ("0005", "Аспирация силосов и фасовки сахара", "Қант силостары мен қаптау аспирациясы", 3600, {"2973": (0.01, 0.05)})]),
    (("Жомовое хозяйство", "Жом шаруашылығы"), [
        ("6002", "Жомовые ямы (хранение сырого жома)", "Жом шұңқырлары (шикі жомды сақтау)", 8760, {"0333": (0.002, 0.008), "0303": (0.005, 0.02)})]),
    (("Ремонтно-механический цех", "Жөндеу-механикалық цех"), [
        ("6003", "Сварочный пост (ремонт в межсезонный период)", "Дәнекерлеу посты (маусымаралық кезеңдегі жөндеу)", 1200,
         {"0123": (0.003, 0.012), "0143": (0.0003, 0.0012)})]),
)  # fmt: skip
SOLID = {"0128", "0214", "2908", "2973", "0123", "0143", "2902", "2937", "0328"}


def emissions_iw1(doc: Doc) -> None:
    """A beet-sugar plant's list of sources and emissions for the КЭР under rows spanning the table that name its shops —
    the lime kiln department, the plant's own power station, the drying and packing department, the pulp pits, the repair
    shop — the source's number, name and hours a year merged down over its substances, the class with `–` where the list
    gives none (calcium oxide, sugar dust), the year's tonnes mostly those of the hundred-odd days of the campaign, then the
    plant's total split into solid and gaseous substances (VI: a cane-sugar mill's loads in its application for a permit,
    the two bagasse boilers, the sugar dryer and the anaerobic ponds without source numbers, the gas flow merged down, tonnes
    of the crushing season, a tiny hydrogen sulphide load written `2,4.10-3`)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_iw1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    s = doc.pick(SUGAR_KZ)
    op = s[2 + L]
    doc.h(g(f"Раздел 4. Нормативы допустимых выбросов. {s[0]} ({op})", f"4-бөлім. Жол берілетін шығарындылар нормативтері. {s[1]} ({op})", ""))
    doc.p(g("Завод работает сезонно: переработка свеклы ведется с сентября по декабрь (110 сут, 2 640 ч); в межсезонный период работают "
            "ремонтные службы и жомовые ямы. Время работы источников принято по режиму их работы в году.",
            "Зауыт маусымдық жұмыс істейді: қызылша қыркүйектен желтоқсанға дейін өңделеді (110 тәул, 2 640 сағ); маусымаралық кезеңде "
            "жөндеу қызметтері мен жом шұңқырлары жұмыс істейді. Көздердің жұмыс уақыты олардың жылдағы жұмыс режимі бойынша қабылданды.", ""))
    width = 8
    rows = [g(["№ ИЗА", "Наименование источника выброса", "Время работы, ч/год", "Код ЗВ", "Наименование ЗВ", "Класс опасности", "Выброс, г/с", "Выброс, т/год"],
              ["ЛШК №", "Шығарынды көзінің атауы", "Жұмыс уақыты, сағ/жыл", "ЛЗ коды", "ЛЗ атауы", "Қауіптілік сыныбы", "Шығарынды, г/с", "Шығарынды, т/жыл"], [])]
    merges: list = []
    numbers, tot = [], {"solid": [0.0, 0.0], "gas": [0.0, 0.0]}
    for (sec_ru, sec_kk), sources in SUGAR_SOURCES:
        _span(rows, merges, (sec_ru, sec_kk)[L], width)
        for number, n_ru, n_kk, hours, codes in sources:
            start = len(rows)
            for j, (c, (lo, hi)) in enumerate(codes.items()):
                gs = _sig(r.uniform(lo, hi), 3)
                ty = _sig(gs * 3600 * hours / 1e6 * r.uniform(0.7, 0.95), 3)
                hz = _hazard(c)
                rows.append([number if j == 0 else None, (n_ru, n_kk)[L] if j == 0 else None, num(hours, doc.lang) if j == 0 else None, c,
                             _air(doc, c), str(hz) if hz else "–", num(gs, doc.lang), num(ty, doc.lang)])
                doc.add("emissions", emission(c, gs, ty, number, hz))
                t = tot["solid" if c in SOLID else "gas"]
                t[0], t[1] = t[0] + gs, t[1] + ty
            if len(codes) > 1:
                merges += [(start, k, len(rows) - 1, k) for k in range(3)]
            numbers.append(number)
    both = [tot["solid"][k] + tot["gas"][k] for k in range(2)]
    for label, (gs, ty) in ((g("Всего по заводу", "Зауыт бойынша барлығы", ""), both),
                            (g("в том числе твердые", "оның ішінде қатты", ""), tot["solid"]),
                            (g("газообразные и жидкие", "газ тәрізді және сұйық", ""), tot["gas"])):
        rows.append([label, None, None, None, None, None, num(round(gs, 4), doc.lang), num(round(ty, 3), doc.lang)])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 5))
    doc.table(g("Таблица 4.1 – Нормативы выбросов загрязняющих веществ по источникам на 2026–2035 годы",
                "4.1-кесте – 2026–2035 жылдарға арналған ластаушы заттар шығарындыларының көздер бойынша нормативтері", ""), rows, merges, role="emissions")
    doc.add("sources", *({"number": n, "type": _kind(n)} for n in numbers))
    doc.p(g("Для кальция оксида и пыли сахара класс опасности не установлен, нормирование – по ОБУВ.",
            "Кальций оксиді мен қант шаңы үшін қауіптілік сыныбы белгіленбеген, нормалау – ҚӘБД бойынша.", ""))
    maybe_distractor(doc)


# (source, flow Nm3/h or None, {code: (low, high) g/s}); a code with None is a tiny load
VN_MILL_SOURCES = (
    ("Lò hơi đốt bã mía số 1 (45 tấn hơi/giờ) – ống khói KT1", 95_000, {"2902": (1.5, 4.0), "0330": (0.3, 1.2), "0301": (2.0, 5.0), "0337": (3.0, 9.0)}),
    ("Lò hơi đốt bã mía số 2 (45 tấn hơi/giờ) – ống khói KT2", 95_000, {"2902": (1.5, 4.0), "0330": (0.3, 1.2), "0301": (2.0, 5.0), "0337": (3.0, 9.0)}),
    ("Khu vực sấy, đóng bao đường (sau cyclon)", 18_000, {"2902": (0.2, 0.6)}),
    ("Hồ xử lý nước thải kỵ khí và bãi chứa bùn lọc", None, {"0333": None, "0303": (0.01, 0.04)}),
)  # fmt: skip
VN_LABEL = {"2902": "Bụi tổng", "0330": "SO2", "0301": "NOx (tính theo NO2)", "0337": "CO", "0333": "H2S", "0303": "NH3"}


def _emissions_iw1_vi(doc: Doc) -> None:
    r = doc.rng
    mill, company, place, *_ = doc.pick(SUGAR_VN)
    hours = 150 * 24
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP LẠI GIẤY PHÉP MÔI TRƯỜNG CỦA {mill.upper()}")
    doc.h("3.2.2. Tải lượng bụi, khí thải phát sinh trong vụ ép")
    doc.p(f"Chủ cơ sở: {company}, {place}. Nhà máy chỉ hoạt động trong vụ ép (khoảng 150 ngày, từ tháng 11 đến tháng 4 năm sau, 24 giờ/ngày); "
          "tải lượng năm được tính cho cả vụ ép.")
    rows = [["TT", "Nguồn phát sinh", "Lưu lượng khí thải (Nm³/giờ)", "Thông số", "Tải lượng (g/s)", "Tải lượng (tấn/vụ)"]]
    merges: list = []
    for k, (src, flow, codes) in enumerate(VN_MILL_SOURCES, 1):
        start = len(rows)
        for j, (c, span) in enumerate(codes.items()):
            if span is None:
                gs, said = _tiny(doc, 12, 48, 3)
            else:
                gs = _sig(r.uniform(*span), 3)
                said = num(gs, "vi")
            ty = _sig(gs * 3600 * hours / 1e6, 3)
            rows.append([str(k) if j == 0 else None, src if j == 0 else None, (num(flow, "vi") if flow else "-") if j == 0 else None,
                         VN_LABEL[c], said, num(ty, "vi")])
            doc.add("emissions", emission(c, gs, ty))
        if len(codes) > 1:
            merges += [(start, col, len(rows) - 1, col) for col in range(3)]
    doc.table("Bảng 3.5. Tải lượng bụi, khí thải của nhà máy trong vụ ép", rows, merges, role="emissions")
    doc.p("Ghi chú: tải lượng tấn/vụ = tải lượng (g/s) × 3.600 giây × 24 giờ × 150 ngày × 10⁻⁶.")
    maybe_distractor(doc)


# (RU operator, KK operator, RU plant, KK plant, malt t a year, beer thousand hl a year)
BREWERIES = (
    ("ТОО «Алатау Сыра Зауыты»", "«Алатау Сыра Зауыты» ЖШС", "Пивоваренный завод «Алатау» (г. Алматы, Турксибский район)",
     "«Алатау» сыра қайнату зауыты (Алматы қ., Түрксіб ауданы)", 18_000, 1_200),
    ("ТОО «Шымкент Сыра»", "«Шымкент Сыра» ЖШС", "Пивоваренный завод «Шымкент Сыра» (г. Шымкент, Енбекшинский район)",
     "«Шымкент Сыра» сыра қайнату зауыты (Шымкент қ., Еңбекші ауданы)", 11_000, 750),
)  # fmt: skip


def emissions_iw2(doc: Doc) -> None:
    """A brewery's results of calculating its emissions, a row per source–substance pair, the source's number, name and
    the data the calculation took — the gas burnt, the malt milled, the beer fermented, the ammonia charged, the hours —
    in one cell merged down, then `М, г/с` and `G, т/год`; the smallest figures written with a power of ten as calculation
    sheets print them (`2,8·10⁻⁴`), ethanol and acetaldehyde from the fermentation tanks' CO2 vent, ammonia from the leaks of
    the refrigeration, carbon dioxide recovered only in a sentence, no class column (VI: an instant-noodle plant's ĐTM loads
    with the emission factor beside each parameter and `3,6.10-2` figures, the two biomass-fired heaters and the dough
    room, no source numbers)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_iw2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    b = doc.pick(BREWERIES)
    op, plant, malt, beer = b[L], b[2 + L], b[4], b[5]
    gas = int(beer * r.uniform(3.6, 4.4))
    doc.h(g(f"Проект нормативов допустимых выбросов. {plant}", f"Жол берілетін шығарындылар нормативтерінің жобасы. {plant}", ""))
    doc.h(g("3.4. Результаты расчета выбросов", "3.4. Шығарындыларды есептеу нәтижелері", ""))
    doc.p(g(f"Оператор: {op}. Годовой выпуск пива – {num(beer, 'ru')} тыс. гл; диоксид углерода брожения улавливается установкой "
            "рекуперации CO2 и используется для карбонизации, остаточный сброс через свечу ЦКТ учтен по этанолу и ацетальдегиду.",
            f"Оператор: {op}. Жылдық сыра шығару – {num(beer, 'kk')} мың гл; ашытудың көміртек диоксиді CO2 рекуперациялау қондырғысымен "
            "ұсталып, көмірқышқылдандыруға пайдаланылады, ЦКТ шамасы арқылы қалдық шығарынды этанол мен ацетальдегид бойынша ескерілді.", ""))
    # (number, RU, KK, RU data, KK data, hours, {code: (low, high) g/s or None for a tiny one})
    sources = (
        ("0001", "Котельная (котлы Vitomax 200-HS, 2 × 8 т/ч)", "Қазандық (Vitomax 200-HS қазандары, 2 × 8 т/сағ)",
         f"природный газ {num(gas, 'ru')} тыс. м³/год;\nT = 8 400 ч/год", f"табиғи газ {num(gas, 'kk')} мың м³/жыл;\nT = 8 400 сағ/жыл", 8400,
         {"0301": (0.2, 0.6), "0304": (0.03, 0.1), "0337": (0.3, 0.9)}),
        ("0002", "Аспирация дробильного отделения (рукавный фильтр)", "Ұсақтау бөлімінің аспирациясы (жеңді сүзгі)",
         f"солод {num(malt, 'ru')} т/год;\nη = 99 %;\nT = 4 380 ч/год", f"уыт {num(malt, 'kk')} т/жыл;\nη = 99 %;\nT = 4 380 сағ/жыл", 4380,
         {"2937": (0.004, 0.02)}),
        ("0003", "Свеча сброса CO2 бродильного отделения (ЦКТ)", "Ашыту бөлімінің CO2 шығару шамасы (ЦКТ)",
         f"пиво {num(beer, 'ru')} тыс. гл/год;\nT = 8 760 ч/год", f"сыра {num(beer, 'kk')} мың гл/жыл;\nT = 8 760 сағ/жыл", 8760,
         {"1061": (0.02, 0.08), "1317": None}),
        ("0004", "Локальные очистные сооружения (усреднитель, флотатор)", "Жергілікті тазарту құрылыстары (орташаландырғыш, флотатор)",
         "Q = 1 450 м³/сут;\nT = 8 760 ч/год", "Q = 1 450 м³/тәул;\nT = 8 760 сағ/жыл", 8760, {"0333": None, "0303": (0.001, 0.004)}),
        ("6001", "Приемка солода из вагонов-хопперов", "Уытты хоппер-вагондардан қабылдау",
         f"солод {num(malt, 'ru')} т/год;\nT = 720 ч/год", f"уыт {num(malt, 'kk')} т/жыл;\nT = 720 сағ/жыл", 720, {"2937": (0.05, 0.2)}),
        ("6002", "Аммиачная холодильная установка (неплотности)", "Аммиакты тоңазытқыш қондырғы (тығыз емес жерлері)",
         "заправка NH3 – 4,2 т;\nT = 8 760 ч/год", "NH3 толтыру – 4,2 т;\nT = 8 760 сағ/жыл", 8760, {"0303": None}),
    )  # fmt: skip
    rows = [g(["№ ИЗА", "Источник выброса", "Исходные данные для расчета", "Код ЗВ", "Наименование ЗВ", "М, г/с", "G, т/год"],
              ["ЛШК №", "Шығарынды көзі", "Есептеуге арналған бастапқы деректер", "ЛЗ коды", "ЛЗ атауы", "М, г/с", "G, т/жыл"], [])]
    merges: list = []
    for number, n_ru, n_kk, d_ru, d_kk, hours, codes in sources:
        start = len(rows)
        for j, (c, span) in enumerate(codes.items()):
            if span is None:
                gs, said = _tiny(doc, 12, 95, 5 if c == "0333" else 4)
            else:
                gs = _sig(r.uniform(*span), 3)
                said = num(gs, doc.lang)
            ty = _sig(gs * 3600 * hours / 1e6, 3)
            head = [number, (n_ru, n_kk)[L], (d_ru, d_kk)[L]] if j == 0 else [None, None, None]
            rows.append([*head, c, _air(doc, c), said, num(ty, doc.lang)])
            doc.add("emissions", emission(c, gs, ty, number))
        if len(codes) > 1:
            merges += [(start, k, len(rows) - 1, k) for k in range(3)]
    doc.table(g("Таблица 3.4 – Выбросы загрязняющих веществ (результаты расчета)", "3.4-кесте – Ластаушы заттар шығарындылары (есептеу нәтижелері)", ""),
              rows, merges, role="emissions")
    doc.add("sources", *({"number": s[0], "type": _kind(s[0])} for s in sources))
    doc.p(g("М – максимальный разовый выброс; G – валовый выброс; T – время работы источника.",
            "М – ең жоғары бір реттік шығарынды; G – жалпы шығарынды; T – көздің жұмыс уақыты.", ""))
    maybe_distractor(doc)


# (plant, company, place)
NOODLE_VN = (
    ("Nhà máy mì ăn liền Phố Nối", "Công ty Cổ phần Thực phẩm Á Đông", "Khu công nghiệp Phố Nối A, xã Như Quỳnh, tỉnh Hưng Yên"),
    ("Nhà máy thực phẩm Tân Đức", "Công ty TNHH Thực phẩm Sao Vàng", "Khu công nghiệp Tân Đức, xã Đức Hòa, tỉnh Tây Ninh"),
    ("Nhà máy mì gói Vĩnh Lộc", "Công ty Cổ phần Lương thực Vĩnh Lộc", "Khu công nghiệp Vĩnh Lộc, xã Vĩnh Lộc A, Thành phố Hồ Chí Minh"),
)  # fmt: skip
# (source, {code: (factor text, (low, high) g/s or None)})
VN_NOODLE_SOURCES = (
    ("Lò hơi đốt viên nén sinh khối 10 tấn hơi/giờ (ống khói KT1)",
     {"2902": ("4,4 kg/tấn nhiên liệu", (0.8, 2.2)), "0330": ("0,08 kg/tấn nhiên liệu", None), "0301": ("1,3 kg/tấn nhiên liệu", (0.3, 0.9)),
      "0337": ("13,5 kg/tấn nhiên liệu", (2.0, 6.0))}),
    ("Lò gia nhiệt dầu tải nhiệt cấp nhiệt cho chảo chiên (ống khói KT2)",
     {"2902": ("4,4 kg/tấn nhiên liệu", (0.4, 1.2)), "0301": ("1,3 kg/tấn nhiên liệu", (0.15, 0.5)), "0337": ("13,5 kg/tấn nhiên liệu", (1.0, 3.5))}),
    ("Khu vực trộn bột, cán cắt sợi (sau lọc bụi túi vải)", {"2902": ("0,12 kg/tấn bột", (0.01, 0.05))}),
)  # fmt: skip


def _emissions_iw2_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, place = doc.pick(NOODLE_VN)
    hours = 300 * 20
    doc.h(f"BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG DỰ ÁN NÂNG CÔNG SUẤT {plant.upper()}")
    doc.h("3.1.2.2. Tác động do bụi, khí thải trong giai đoạn vận hành")
    doc.p(f"Chủ dự án: {company}; địa điểm: {place}. Hệ số ô nhiễm theo Tổ chức Y tế Thế giới (WHO, 1993); thời gian hoạt động 300 ngày/năm, "
          "20 giờ/ngày. Khí thải lò hơi và lò dầu tải nhiệt được xử lý bằng cyclon và lọc bụi túi vải trước khi thải qua ống khói.")
    rows = [["TT", "Nguồn thải", "Thông số", "Hệ số ô nhiễm", "Tải lượng (g/s)", "Tải lượng (tấn/năm)"]]
    merges: list = []
    for k, (src, codes) in enumerate(VN_NOODLE_SOURCES, 1):
        start = len(rows)
        for j, (c, (factor, span)) in enumerate(codes.items()):
            if span is None:
                gs, said = _tiny(doc, 15, 60, 2)
            else:
                gs = _sig(r.uniform(*span), 3)
                said = num(gs, "vi")
            ty = _sig(gs * 3600 * hours / 1e6, 3)
            rows.append([str(k) if j == 0 else None, src if j == 0 else None, VN_LABEL[c], factor, said, num(ty, "vi")])
            doc.add("emissions", emission(c, gs, ty))
        if len(codes) > 1:
            merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    doc.table("Bảng 3.8. Tải lượng bụi, khí thải phát sinh khi dự án vận hành", rows, merges, role="emissions")
    doc.p("Nhận xét: tải lượng SO2 từ lò hơi đốt viên nén sinh khối không đáng kể do hàm lượng lưu huỳnh trong nhiên liệu thấp.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

# (code, RU, KK, RU place, KK place, basis, share or fixed tonnes, RU norm, KK norm)
SUGAR_WASTES = (
    ("02 04 01", "Земля и песок от мойки свеклы (осадок отстойников транспортерно-моечной воды)",
     "Қызылшаны жуудан шыққан топырақ пен құм (транспортерлік-жуу суы тұндырғыштарының тұнбасы)",
     "Свекломоечное отделение", "Қызылша жуу бөлімі", "beet", 0.055, "5,5 % к массе свеклы", "қызылша массасының 5,5 %-ы"),
    ("02 04 02", "Фильтрационный осадок (дефекат)", "Сүзу тұнбасы (дефекат)", "Продуктовое отделение (фильтр-прессы)", "Өнім бөлімі (сүзгі-престер)",
     "beet", 0.09, "9,0 % к массе свеклы", "қызылша массасының 9,0 %-ы"),
    ("10 13 04", "Недопал и пережог извести", "Әктің күйіп бітпеген және күйіп кеткен қалдықтары", "Известково-обжигательное отделение",
     "Әк күйдіру бөлімі", "lime", 0.03, "3,0 % к массе извести", "әк массасының 3,0 %-ы"),
    ("02 04 03", "Осадок локальных очистных сооружений", "Жергілікті тазарту құрылыстарының тұнбасы", "Очистные сооружения", "Тазарту құрылыстары",
     "water", 0.0008, "0,8 кг/м³ сточных вод", "ағынды судың 0,8 кг/м³"),
    ("15 01 02", "Полипропиленовые мешки, непригодные для повторного использования", "Қайта пайдалануға жарамсыз полипропилен қаптар",
     "Сушильно-упаковочное отделение", "Кептіру-орау бөлімі", "sugar", 0.0012, "1,2 кг/т сахара", "қанттың 1,2 кг/т"),
    ("17 04 05", "Лом черных металлов", "Қара металл сынықтары", "Ремонт оборудования в межсезонный период", "Маусымаралық кезеңде жабдықты жөндеу",
     None, (60, 140), "по фактическим данным 2022–2024 гг.", "2022–2024 жж. нақты деректері бойынша"),
    ("13 02 05*", "Отработанные моторные масла", "Пайдаланылған мотор майлары", "Автотранспортный цех", "Автокөлік цехы",
     None, (2.0, 5.0), "по нормам замены масел", "майларды ауыстыру нормалары бойынша"),
    ("15 02 02*", "Промасленная ветошь", "Майланған шүберек", "Ремонтно-механический цех", "Жөндеу-механикалық цех",
     None, (0.5, 1.5), "по фактическим данным 2022–2024 гг.", "2022–2024 жж. нақты деректері бойынша"),
    ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", "Все подразделения", "Барлық бөлімшелер",
     None, (0.08, 0.2), "по сроку службы ламп", "шамдардың қызмет ету мерзімі бойынша"),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", "Административно-бытовой корпус", "Әкімшілік-тұрмыстық ғимарат",
     "staff", 0.075, "0,3 м³/чел. в год × 0,25 т/м³", "0,3 м³/адам жылына × 0,25 т/м³"),
)  # fmt: skip


def _tonnes(x: float) -> float:
    return round(x, 1) if x >= 10 else round(x, 3)


def wastes_iw1(doc: Doc) -> None:
    """A beet-sugar plant's wastes of the year worked out from specific norms: the norm written in its own words (`5,5 % к
    массе свеклы`, `0,8 кг/м³ сточных вод`, `по фактическим данным 2022–2024 гг.`), the base it is applied to — the beet, the
    lime, the waste water, the sugar of the campaign, the staff — and only then the tonnes, which are the amount; the pulp
    and the molasses, by-products sold under contracts and no wastes, in a table of no role after it (VI: a cane-sugar
    mill's ordinary wastes of the crushing season by their share of the cane, its hazardous wastes in kilograms, the
    bagasse burnt in its boilers and the molasses sold in a table of no role)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_iw1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    s = doc.pick(SUGAR_KZ)
    op = s[2 + L]
    beet = int(s[9] * r.uniform(0.85, 0.93) * r.randint(98, 108) / 1000) * 1000
    base = {"beet": beet, "lime": int(beet * r.uniform(0.018, 0.023) / 10) * 10, "water": r.randint(30, 48) * 10_000,
            "sugar": int(beet * r.uniform(0.125, 0.135) / 10) * 10, "staff": r.randint(380, 460)}
    base_said = {"beet": g(f"{num(base['beet'], 'ru')} т свеклы", f"{num(base['beet'], 'kk')} т қызылша", ""),
                 "lime": g(f"{num(base['lime'], 'ru')} т извести", f"{num(base['lime'], 'kk')} т әк", ""),
                 "water": g(f"{num(base['water'], 'ru')} м³", f"{num(base['water'], 'kk')} м³", ""),
                 "sugar": g(f"{num(base['sugar'], 'ru')} т сахара", f"{num(base['sugar'], 'kk')} т қант", ""),
                 "staff": g(f"{base['staff']} чел.", f"{base['staff']} адам", "")}
    doc.h(g(f"Программа управления отходами на 2026–2035 годы. {s[0]} ({op})", f"2026–2035 жылдарға арналған қалдықтарды басқару бағдарламасы. {s[1]} ({op})", ""))
    doc.h(g("3.2. Расчет объемов образования отходов", "3.2. Қалдықтардың түзілу көлемдерін есептеу", ""))
    doc.p(g(f"Расчет выполнен на объем переработки сахарной свеклы в сезон – {num(beet, 'ru')} т, выработку сахара – {num(base['sugar'], 'ru')} т "
            f"и расход извести – {num(base['lime'], 'ru')} т; численность работающих – {base['staff']} чел.",
            f"Есептеу маусымда қант қызылшасын өңдеу көлеміне – {num(beet, 'kk')} т, қант өндіруге – {num(base['sugar'], 'kk')} т және әк "
            f"шығынына – {num(base['lime'], 'kk')} т жүргізілді; жұмыскерлер саны – {base['staff']} адам.", ""))
    rows = [g(["№", "Наименование отхода", "Код", "Место образования", "Норматив образования", "Расчетная база", "Количество, т/год"],
              ["№", "Қалдықтың атауы", "Коды", "Түзілетін орны", "Түзілу нормативі", "Есептік база", "Мөлшері, т/жыл"], [])]
    for k, (code, n_ru, n_kk, p_ru, p_kk, basis, factor, m_ru, m_kk) in enumerate(SUGAR_WASTES, 1):
        if basis is None:
            t = _tonnes(r.uniform(*factor))
            said = "–"
        else:
            t = _tonnes(base[basis] * factor)
            said = base_said[basis]
        name = (n_ru, n_kk)[L]
        rows.append([str(k), name, code, (p_ru, p_kk)[L], (m_ru, m_kk)[L], said, num(t, doc.lang)])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t, "name_contains": _words(name, 3)})
    doc.table(g("Таблица 3.2 – Расчет образования отходов", "3.2-кесте – Қалдықтардың түзілуін есептеу", ""), rows, role="wastes")
    byp = [g(["Продукт", "Выход, % к массе свеклы", "Количество, т", "Направление"], ["Өнім", "Шығымы, қызылша массасына %", "Мөлшері, т", "Бағыты"], []),
           [g("Жом сырой", "Шикі жом", ""), "80", num(int(beet * 0.8), doc.lang), g("реализуется хозяйствам на корм скоту", "шаруашылықтарға мал азығына сатылады", "")],
           [g("Меласса", "Меласса", ""), "4,5", num(int(beet * 0.045), doc.lang), g("реализуется спиртовым заводам", "спирт зауыттарына сатылады", "")]]
    doc.table(g("Таблица 3.3 – Побочная продукция (отходом не является)", "3.3-кесте – Қосалқы өнім (қалдық болып табылмайды)", ""), byp, role="other")
    maybe_distractor(doc)


# (name, share of the cane or fixed tonnes, what is done)
VN_MILL_WASTES = (
    ("Bùn lọc (bã bùn) từ công đoạn lọc nước mía", 0.035, "Bán cho cơ sở sản xuất phân hữu cơ vi sinh"),
    ("Tro, xỉ lò hơi đốt bã mía", 0.007, "Chuyển giao cho đơn vị có chức năng xử lý"),
    ("Bùn thải từ hệ thống xử lý nước thải", (80, 220), "Ép bùn, chuyển giao cho đơn vị có chức năng"),
    ("Bao bì PP, giấy hư hỏng", (6, 18), "Bán phế liệu"),
)
VN_MILL_CTNH = (("17 02 03", (300, 900)), ("18 02 01", (150, 500)), ("16 01 06", (20, 60)), ("19 06 01", (80, 300)))


def _wastes_iw1_vi(doc: Doc) -> None:
    r = doc.rng
    mill, company, _, _, _, cap, _ = doc.pick(SUGAR_VN)
    cane = int(cap * r.randint(118, 140) * r.uniform(0.85, 0.95) / 1000) * 1000
    doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – {mill.upper()}")
    doc.p(f"Chủ cơ sở: {company}. Vụ ép 2024–2025 nhà máy ép được {num(cane, 'vi')} tấn mía cây; khối lượng chất thải được tính theo tỷ lệ "
          "phát sinh trên khối lượng mía ép và số liệu cân thực tế khi chuyển giao.")
    rows = [["TT", "Tên chất thải", "Tỷ lệ phát sinh", "Khối lượng (tấn/vụ)", "Biện pháp quản lý"]]
    for k, (name, share, what) in enumerate(VN_MILL_WASTES, 1):
        if isinstance(share, tuple):
            t, said = _tonnes(r.uniform(*share)), "Theo số liệu cân"
        else:
            t, said = _tonnes(cane * share), f"{num(round(share * 100, 2), 'vi')} % khối lượng mía"
        rows.append([str(k), name, said, num(t, "vi"), what])
        doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": _words(name, 4)})
    doc.table("Bảng 2.1. Chất thải rắn công nghiệp thông thường phát sinh trong vụ ép", rows, role="wastes")
    rows = [["TT", "Tên chất thải", "Mã CTNH", "Trạng thái tồn tại", "Khối lượng (kg/vụ)"]]
    for k, (code, (lo, hi)) in enumerate(VN_MILL_CTNH, 1):
        name, state = next((n, st) for c, n, st in vocab.VN_CTNH if c == code)
        kg = r.randint(lo // 5, hi // 5) * 5
        rows.append([str(k), name, code, state, num(kg, "vi")])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000, "name_contains": _words(name, 5)})
    doc.table("Bảng 2.2. Chất thải nguy hại phát sinh trong vụ ép", rows, role="wastes")
    rows = [["Sản phẩm phụ", "Tỷ lệ (% mía)", "Khối lượng (tấn)", "Sử dụng"],
            ["Bã mía", "28", num(int(cane * 0.28), "vi"), "Làm nhiên liệu đốt lò hơi của nhà máy"],
            ["Mật rỉ", "4,2", num(int(cane * 0.042), "vi"), "Bán cho nhà máy sản xuất cồn"]]
    doc.table("Bảng 2.3. Sản phẩm phụ của quá trình sản xuất (không phải là chất thải)", rows, role="other")


# (RU factory, KK factory, RU operator, KK operator)
TOBACCO_KZ = (
    ("Табачная фабрика «Жетісу Темекі» (Алматинская область, г. Каскелен)", "«Жетісу Темекі» темекі фабрикасы (Алматы облысы, Қаскелең қ.)",
     "ТОО «Жетісу Темекі»", "«Жетісу Темекі» ЖШС"),
    ("Сигаретная фабрика «Алатау Тобакко» (г. Алматы, Алатауский район)", "«Алатау Тобакко» темекі фабрикасы (Алматы қ., Алатау ауданы)",
     "ТОО «Алатау Тобакко»", "«Алатау Тобакко» ЖШС"),
)  # fmt: skip
# (RU, KK, VI, per cent, RU direction, KK direction, VI direction, code)
TOBACCO_BALANCE = (
    ("Табак в готовых сигаретах", "Дайын сигареттердегі темекі", "Sợi thuốc trong thuốc lá điếu thành phẩm", 84.6,
     "готовая продукция", "дайын өнім", "Thành phẩm", None),
    ("Потери влаги при сушке и кондиционировании (усушка)", "Кептіру және кондициялау кезіндегі ылғал шығыны (кебу)",
     "Hơi nước bay hơi khi gia ẩm, sấy sợi", 6.3, "в атмосферу в виде водяного пара", "атмосфераға су буы түрінде", "Phát tán vào không khí (hơi nước)", None),
    ("Возвратные отходы: мелочь, отсев, табак из бракованных сигарет после потрошения",
     "Қайтарылатын қалдықтар: ұсақ, елеуік, жарамсыз сигареттерден алынған темекі",
     "Sợi vụn, điếu hỏng thu hồi tái sử dụng", 5.4, "возвращаются в производство, отходом не являются",
     "өндіріске қайтарылады, қалдық болып табылмайды", "Quay lại dây chuyền sản xuất, không phải chất thải", None),
    ("Табачная пыль, уловленная рукавными фильтрами", "Жеңді сүзгілер ұстаған темекі шаңы", "Bụi thuốc lá thu hồi từ hệ thống lọc bụi túi vải", 1.9,
     "передается на компостирование", "компосттауға беріледі", "Chuyển giao làm phân compost", "02 03 04"),
    ("Табачная жилка и крупные фракции, непригодные для переработки", "Өңдеуге жарамсыз темекі тамыршасы мен ірі фракциялар",
     "Cọng thuốc lá và tạp chất loại bỏ", 1.5, "передается на компостирование", "компосттауға беріледі", "Chuyển giao làm phân compost", "02 03 04"),
    ("Некондиционное табачное сырье (плесень, посторонние включения)", "Кондицияға сай емес темекі шикізаты (зең, бөгде қоспалар)",
     "Nguyên liệu thuốc lá không đạt chất lượng (nấm mốc)", 0.3, "передается на уничтожение (сжигание)", "жоюға (жағуға) беріледі",
     "Chuyển giao tiêu hủy bằng phương pháp đốt", "02 03 04"),
)  # fmt: skip
# (code, RU, KK, (low, high) t)
TOBACCO_OTHER = (
    ("15 01 01", "Отходы картонной упаковки и гофрокоробов", "Картон орама мен гофрокорап қалдықтары", (40, 120)),
    ("15 01 02", "Отходы полипропиленовой оберточной пленки", "Полипропилен орау үлдірінің қалдықтары", (8, 25)),
    ("15 02 03", "Отработанные рукава фильтров аспирационных установок", "Аспирациялық қондырғылар сүзгілерінің пайдаланылған жеңдері", (0.6, 2.0)),
    ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", (0.05, 0.2)),
    ("15 02 02*", "Промасленная ветошь", "Майланған шүберек", (0.3, 1.2)),
)  # fmt: skip


def wastes_iw2(doc: Doc) -> None:
    """A cigarette factory's balance of tobacco for the year: the leaf taken in on a first row, then under a row spanning the
    table each line of where it goes in per cent of the leaf and in tonnes — tobacco in the cigarettes, moisture lost to the
    air, `возвратные отходы` put back into the line, which despite their name are no waste as the direction column says —
    and only the dust, the unusable stems and the spoiled leaf, which carry a code and leave the factory, are wastes; the
    factory's other wastes in a plain second table (VI: a cigarette factory's bảng cân bằng nguyên liệu, wastes with no code,
    the CTNH in kilograms)."""
    r = doc.rng
    vi = doc.lang == "vi"
    g = doc.v
    L = vocab.LANGS.index(doc.lang)
    raw = r.randint(38, 52) * 100
    if vi:
        doc.h("BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – NHÀ MÁY THUỐC LÁ TÂY ĐÔ")
        doc.p("Chủ cơ sở: Công ty TNHH MTV Thuốc lá Tây Đô; địa điểm: Khu công nghiệp Hòa Phú, xã Long Hồ, tỉnh Vĩnh Long. Cân bằng vật chất "
              f"được lập cho lượng nguyên liệu lá thuốc sử dụng năm 2025 là {num(raw, 'vi')} tấn.")
    else:
        f = doc.pick(TOBACCO_KZ)
        doc.h(g(f"Паспорт производства и баланс сырья на 2026 год. {f[0]}", f"2026 жылға арналған өндіріс паспорты және шикізат балансы. {f[1]}", ""))
        doc.p(g(f"Оператор: {f[2]}. Баланс составлен технологической службой по фактическим данным 2025 года и используется для расчета "
                "нормативов образования отходов.",
                f"Оператор: {f[3]}. Балансты технологиялық қызмет 2025 жылғы нақты деректер бойынша жасады және ол қалдықтардың түзілу "
                "нормативтерін есептеу үшін пайдаланылады.", ""))
    rows = [g(["№", "Статья баланса", "% к массе сырья", "Количество, т/год", "Код отхода", "Направление"],
              ["№", "Баланс бабы", "Шикізат массасына %", "Мөлшері, т/жыл", "Қалдық коды", "Бағыты"],
              ["TT", "Hạng mục", "Tỷ lệ (% nguyên liệu)", "Khối lượng (tấn/năm)", "Mã chất thải", "Hướng xử lý"]),
            ["", g("Поступило табачного сырья (лист, жилка)", "Түскен темекі шикізаты (жапырақ, тамырша)", "Nguyên liệu lá thuốc đưa vào sản xuất"),
             "100", num(raw, doc.lang), "", ""]]
    merges: list = []
    _span(rows, merges, g("Распределение сырья:", "Шикізатты бөлу:", "Phân bổ nguyên liệu:"), 6)
    for k, item in enumerate(TOBACCO_BALANCE, 1):
        name, share, where, code = item[L], item[3], item[4 + L], item[7]
        t = round(raw * share / 100, 1)
        rows.append([str(k), name, num(share, doc.lang), num(t, doc.lang), (code or "–") if not vi else "-", where])
        if code:
            if vi:
                doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": _words(name, 4)})
            else:
                doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": False, "amount_t": t, "name_contains": _words(name, 3)})
    doc.table(g("Таблица 1 – Баланс табачного сырья", "1-кесте – Темекі шикізатының балансы", "Bảng 1.4. Cân bằng nguyên liệu lá thuốc"), rows, merges,
              role="wastes")
    if vi:
        rows = [["TT", "Tên chất thải", "Mã CTNH", "Khối lượng (kg/năm)"]]
        for k, (code, (lo, hi)) in enumerate((("18 02 01", (200, 600)), ("16 01 06", (30, 90)), ("17 02 03", (150, 450)), ("08 02 04", (10, 40))), 1):
            name = next(n for c, n, _ in vocab.VN_CTNH if c == code)
            kg = r.randint(lo, hi)
            rows.append([str(k), name, code, num(kg, "vi")])
            doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000, "name_contains": _words(name, 5)})
        doc.table("Bảng 1.5. Chất thải nguy hại phát sinh", rows, role="wastes")
    else:
        rows = [g(["№", "Код", "Наименование отхода", "Количество, т/год"], ["№", "Коды", "Қалдықтың атауы", "Мөлшері, т/жыл"], [])]
        for k, (code, n_ru, n_kk, (lo, hi)) in enumerate(TOBACCO_OTHER, 1):
            t = _tonnes(r.uniform(lo, hi))
            name = (n_ru, n_kk)[L]
            rows.append([str(k), code, name, num(t, doc.lang)])
            doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t, "name_contains": _words(name, 3)})
        doc.table(g("Таблица 2 – Прочие отходы производства и потребления", "2-кесте – Өндіріс пен тұтынудың басқа қалдықтары", ""), rows, role="wastes")
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

# symbol: allowed concentration of the КЭР at the outlet to the storage pond (a tuple is a range)
POND_DK = {"pH": (6.5, 8.5), "TSS": 250, "BOD5": 200, "COD": 450, "NH4+": 15, "Cl-": 300, "SO4": 450, "TDS": 1500}


def _measure(doc: Doc, symbol: str, lim, high: float = 0.95) -> float:
    r = doc.rng
    if symbol == "pH":
        return round(r.uniform(6.8, 8.2), 1)
    if symbol == "Coliform":
        return float(r.choice((460, 930, 1100, 2100, 2400, 4300)))
    return _sig(lim * r.uniform(0.3, high), 3)


def limits_iw1(doc: Doc) -> None:
    """A beet-sugar plant's annual report on the waste water it sends to the storage pond of its filtration fields at outlet
    `В-1`, the parameters as rows with their unit and the КЭР's allowed concentration once, the months as sub-columns under a
    merged header — January, which closes the last campaign, then a single column `февраль – август` holding one cell merged
    down the whole table that says nothing was discharged between campaigns, then September to December — an exceedance of
    suspended solids at the start of the campaign (VI: a cane-sugar mill's outlet NT1 against the Cmax of QCVN
    40:2011/BTNMT column B with Kq = 0,9 and Kf = 1,0, the months out of the crushing season merged into one cell)."""
    r = doc.rng
    vi = doc.lang == "vi"
    g = doc.v
    if vi:
        mill, company, *_ = doc.pick(SUGAR_VN)
        keys = ["pH", "BOD5", "COD", "TSS", "NH4+", "TN", "TP", "Coliform"]
        months = ["Tháng 1", "Tháng 2", "Tháng 3", "Tháng 4", "Tháng 5 – 10", "Tháng 11", "Tháng 12"]
        off, pid, col = 4, "NT1", "B"
        lims = {s: QCVN40_B[s] if s in ("pH", "Coliform") else _sig(QCVN40_B[s] * 0.9, 6) for s in keys}
        doc.h(f"BÁO CÁO KẾT QUẢ QUAN TRẮC NƯỚC THẢI NĂM 2025 – {mill.upper()}")
        doc.p(f"Chủ cơ sở: {company}. Vị trí quan trắc NT1: mương thoát nước thải sau hệ thống xử lý, trước khi xả ra kênh. Nhà máy chỉ xả "
              "nước thải trong vụ ép (tháng 11 đến tháng 4 năm sau). Quy chuẩn so sánh: QCVN 40:2011/BTNMT cột B với Kq = 0,9; Kf = 1,0.")
        head0 = ["TT", "Thông số", "Đơn vị", "Kết quả quan trắc năm 2025", *[None] * 6, "QCVN 40:2011/BTNMT cột B (Cmax)"]
        units = {s: ("-" if s == "pH" else "MPN/100ml" if s == "Coliform" else "mg/l") for s in keys}
    else:
        s_ = doc.pick(SUGAR_KZ)
        keys = list(POND_DK)
        months = g(["январь", "февраль – август", "сентябрь", "октябрь", "ноябрь", "декабрь"],
                   ["қаңтар", "ақпан – тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"], [])
        off, pid, col = 1, "В-1", None
        lims = POND_DK
        doc.h(g(f"Отчет по программе производственного экологического контроля за 2025 год. {s_[0]}",
                f"2025 жылғы өндірістік экологиялық бақылау бағдарламасы бойынша есеп. {s_[1]}", ""))
        doc.h(g("4. Мониторинг сбросов", "4. Төгінділер мониторингі", ""))
        doc.p(g(f"Оператор: {s_[2]}. Транспортерно-моечные и жомопрессовые воды после радиальных отстойников отводятся через выпуск В-1 в "
                "пруд-накопитель полей фильтрации. Сброс производится только в период переработки свеклы.",
                f"Оператор: {s_[3]}. Радиалды тұндырғыштардан кейінгі транспортерлік-жуу және жом престеу сулары В-1 шығарылымы арқылы сүзу "
                "алаңдарының жинақтағыш тоғанына бұрылады. Төгінді тек қызылшаны өңдеу кезеңінде жүргізіледі.", ""))
        head0 = [*g(["№", "Показатель", "Ед. изм.", "ДК (КЭР)", "Фактическая концентрация по месяцам 2025 года"],
                    ["№", "Көрсеткіш", "Өлш. бірл.", "ЖК (КЭР)", "2025 жылғы айлар бойынша нақты концентрация"], []), *[None] * 5]
        units = {s: ("–" if s == "pH" else g("мг/дм³", "мг/дм³", "")) for s in keys}
    width = len(head0)
    rows = [head0, [None] * 3 + ([] if vi else [None]) + months + ([None] if vi else [])]
    first = 3 if vi else 4
    merges = [(0, c, 1, c) for c in range(first)] + [(0, first, 0, first + len(months) - 1)]
    if vi:
        merges.append((0, width - 1, 1, width - 1))
    start = len(rows)
    for k, s in enumerate(keys, 1):
        lim = lims[s]
        cells = []
        for m in range(len(months)):
            if m == off:
                said = g("сброс не производился (межсезонный период)", "төгінді жүргізілген жоқ (маусымаралық кезең)", "Ngoài vụ ép – không xả nước thải")
                cells.append(said if k == 1 else None)
                continue
            bump = s == ("COD" if vi else "TSS") and m == (1 if vi else 3)
            v = _measure(doc, s, lim)
            if bump:
                v = _sig(lim * r.uniform(1.05, 1.3), 3)
            cells.append(num(v, doc.lang))
            add(doc, limit(("symbol", s), "waste_water", lim, "MPN/100ml" if s == "Coliform" else "mg/l", col, pid, v))
        name = vocab.water(s, doc.lang)
        lim_s = (f"{num(lim[0], doc.lang)}{' – ' if vi else '–'}{num(lim[1], doc.lang)}" if isinstance(lim, tuple) else num(lim, doc.lang))
        rows.append([str(k), name, units[s], lim_s, *cells] if not vi else [str(k), name, units[s], *cells, lim_s])
    col_off = first + off
    merges.append((start, col_off, len(rows) - 1, col_off))
    doc.table(g("Таблица 4.1 – Качество сточных вод на выпуске В-1 в пруд-накопитель", "4.1-кесте – Жинақтағыш тоғанға В-1 шығарылымындағы ағынды сулардың сапасы",
                "Bảng 3. Kết quả quan trắc nước thải tại vị trí NT1"), rows, merges, role="limits")
    doc.p(g("Превышение ДК по взвешенным веществам в октябре связано с запуском радиальных отстойников после межсезонного ремонта.",
            "Қазандағы қалқыма заттар бойынша ЖК асып кетуі маусымаралық жөндеуден кейін радиалды тұндырғыштардың іске қосылуымен байланысты.",
            "Nhận xét: tháng 2 giá trị COD vượt quy chuẩn do sự cố bể kỵ khí; Công ty đã khắc phục và lấy mẫu bổ sung."))
    maybe_distractor(doc)


# symbol: column B of QCVN 40:2011/BTNMT
QCVN40_B = {"pH": (5.5, 9), "BOD5": 50, "COD": 150, "TSS": 100, "NH4+": 10, "TN": 40, "TP": 6, "Coliform": 5000}
# (RU operator, KK operator, RU plant, KK plant)
MALT_KZ = (
    ("ТОО «Сарыарқа Солод»", "«Сарыарқа Солод» ЖШС", "Солодовенный завод (г. Караганда, район Казыбек би)", "Уыт зауыты (Қарағанды қ., Қазыбек би ауданы)"),
    ("ТОО «Оңтүстік Уыт»", "«Оңтүстік Уыт» ЖШС", "Солодовенный завод (г. Шымкент, район Тұран)", "Уыт зауыты (Шымкент қ., Тұран ауданы)"),
)  # fmt: skip
# (number, RU, KK, {code: norm mg/m3}, (low, high) gas temperature)
MALT_STACKS = (
    ("0001", "солодосушилка № 1 (газовая горелка прямого нагрева)", "№ 1 уыт кептіргіш (тікелей қыздыратын газ жанарғысы)", {"0301": 150, "0337": 200}, (32, 58)),
    ("0002", "солодосушилка № 2 (газовая горелка прямого нагрева)", "№ 2 уыт кептіргіш (тікелей қыздыратын газ жанарғысы)", {"0301": 150, "0337": 200}, (32, 58)),
    ("0003", "аспирация ростокоотбивочной и полировочной машин (циклон 4БЦШ)", "өскін қаққыш және жылтыратқыш машиналардың аспирациясы (4БЦШ циклоны)",
     {"2937": 50}, (18, 29)),
    ("0004", "котельная (котел КВ-ГМ-2,5, природный газ)", "қазандық (КВ-ГМ-2,5 қазаны, табиғи газ)", {"0301": 250, "0337": 300}, (115, 165)),
)  # fmt: skip


def limits_iw2(doc: Doc) -> None:
    """A laboratory's protocol of measurements at a malt house's kilns, dust cyclone and boiler house, a row spanning the table
    per source (`ИЗА 0001 – …`), under it the substances with the gas's temperature and volume merged down, each concentration
    written as the result with its error (`124 ± 15`) beside the КЭР's norm in mg/m³ and a column of conformity (VI: an
    instant-noodle plant's boiler and thermal-oil heater stacks `KT1`, `KT2`, two sampling rounds as sub-columns under each
    stack, the Cmax of QCVN 19:2009/BTNMT column B with Kp = 1 and Kv = 1 last, `KPH` for sulphur dioxide)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_iw2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    op_ru, op_kk, p_ru, p_kk = doc.pick(MALT_KZ)
    op, plant = (op_ru, op_kk)[L], (p_ru, p_kk)[L]
    doc.h(g(f"Протокол испытаний промышленных выбросов № {r.randint(100, 480)}/25. {plant}",
            f"Өнеркәсіптік шығарындыларды сынау хаттамасы № {r.randint(100, 480)}/25. {plant}", ""))
    doc.p(g(f"Заказчик: {op}. Отбор проб выполнен {r.randint(3, 27):02d}.11.2025 при работе оборудования в номинальном режиме; "
            "погрешность указана для доверительной вероятности 0,95.",
            f"Тапсырыс беруші: {op}. Сынамалар жабдық номиналды режимде жұмыс істеген кезде 2025 жылғы {r.randint(3, 27)} қарашада алынды; "
            "қателік 0,95 сенімділік ықтималдығы үшін көрсетілген.", ""))
    rows = [g(["Определяемый компонент", "Код ЗВ", "Т газа, °С", "Объем газа, м³/с", "Концентрация, мг/м³ (результат ± погрешность)",
               "Норматив (КЭР), мг/м³", "Соответствие"],
              ["Анықталатын компонент", "ЛЗ коды", "Газ Т, °С", "Газ көлемі, м³/с", "Концентрация, мг/м³ (нәтиже ± қателік)",
               "Норматив (КЭР), мг/м³", "Сәйкестігі"], [])]
    merges: list = []
    for number, s_ru, s_kk, norms, (t_lo, t_hi) in MALT_STACKS:
        _span(rows, merges, g(f"ИЗА {number} – {s_ru}", f"{number} ЛШК – {s_kk}", ""), 7)
        start = len(rows)
        temp, vol = r.randint(t_lo, t_hi), num(round(r.uniform(0.8, 6.5), 2), doc.lang)
        for j, (c, norm) in enumerate(norms.items()):
            if c == "2937":
                v = round(norm * r.uniform(0.25, 0.8), 1)
                err = max(0.1, round(v * 0.2, 1))
            else:
                v = float(round(norm * r.uniform(0.3, 0.85)))
                err = max(1.0, float(round(v * 0.12)))
            rows.append([_air(doc, c), c, str(temp) if j == 0 else None, vol if j == 0 else None, f"{num(v, doc.lang)} ± {num(err, doc.lang)}",
                         num(norm, doc.lang), g("соответствует", "сәйкес", "")])
            add(doc, limit(("code", c), "flue_gas", norm, "mg/m3", None, number, v))
        if len(norms) > 1:
            merges += [(start, 2, len(rows) - 1, 2), (start, 3, len(rows) - 1, 3)]
    doc.table(g("Таблица 1 – Результаты испытаний", "1-кесте – Сынақ нәтижелері", ""), rows, merges, role="limits")
    doc.add("sources", *({"number": s[0], "type": "organized"} for s in MALT_STACKS))
    maybe_distractor(doc)


# code: (label, C of column B)
QCVN19_B = {"2902": ("Bụi tổng", 200), "0337": ("CO", 1000), "0330": ("SO2", 500), "0301": ("NOx (tính theo NO2)", 850)}


def _limits_iw2_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, place = doc.pick(NOODLE_VN)
    doc.h(f"KẾT QUẢ QUAN TRẮC KHÍ THẢI ĐỊNH KỲ NĂM 2025 – {plant.upper()}")
    doc.p(f"Chủ cơ sở: {company}, {place}. Đợt 1 lấy mẫu ngày {r.randint(3, 27):02d}/06/2025; đợt 2 lấy mẫu ngày {r.randint(3, 27):02d}/12/2025. "
          "Quy chuẩn so sánh: QCVN 19:2009/BTNMT cột B, Kp = 1 (lưu lượng nhỏ hơn 20.000 m³/h), Kv = 1 (khu công nghiệp).")
    rows = [["TT", "Thông số", "Đơn vị", "KT1 – Ống khói lò hơi", None, "KT2 – Ống khói lò dầu tải nhiệt", None, "QCVN 19:2009/BTNMT cột B (Cmax)"],
            [None, None, None, "Đợt 1", "Đợt 2", "Đợt 1", "Đợt 2", None],
            ["1", "Lưu lượng", "m³/h", *(num(r.randint(60, 190) * 100, "vi") for _ in range(4)), "-"]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 0, 6), (0, 7, 1, 7)]
    for k, (c, (label, cmax)) in enumerate(QCVN19_B.items(), 2):
        cells = []
        for pid in ("KT1", "KT1", "KT2", "KT2"):
            if c == "0330" and r.random() < 0.5:
                cells.append("KPH")
                add(doc, {x: y for x, y in limit(("code", c), "flue_gas", cmax, "mg/Nm3", "B", pid).items() if x != "value"})
                continue
            v = _sig(cmax * r.uniform(0.05, 0.7), 3)
            cells.append(num(v, "vi"))
            add(doc, limit(("code", c), "flue_gas", cmax, "mg/Nm3", "B", pid, v))
        rows.append([str(k), label, "mg/Nm³", *cells, num(cmax, "vi")])
    doc.table("Bảng 2. Kết quả phân tích khí thải", rows, merges, role="limits")
    doc.p("Ghi chú: KPH – không phát hiện (giới hạn phát hiện của phương pháp đối với SO2 là 3 mg/Nm³); “-”: không quy định.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring

# (RU work, KK work, RU frequency, KK frequency, frequency, who (0 own laboratory, 1 contractor), [(place, kind, key)]);
# a place of four digits is a source
W_KZ = ("Водородный показатель (pH)", "Сутегі көрсеткіші (pH)")
SUGAR_PEK = (
    ("Инструментальный контроль выбросов известково-газовой печи (ИЗА 0001) на содержание углерода оксида (0337), азота диоксида (0301) и "
     "кальция оксида (0128)",
     "Әк-газ пешінің (0001 ЛШК) шығарындыларындағы көміртек оксидінің (0337), азот диоксидінің (0301) және кальций оксидінің (0128) құрамын "
     "аспаптық бақылау",
     "ежемесячно в период переработки (сентябрь – декабрь)", "өңдеу кезеңінде ай сайын (қыркүйек – желтоқсан)", "monthly", 1,
     [("0001", "code", c) for c in ("0337", "0301", "0128")]),
    ("Контроль выбросов дымовой трубы ТЭЦ (ИЗА 0003): азота диоксид (0301), азота оксид (0304), углерода оксид (0337)",
     "ЖЭО түтін мұржасының (0003 ЛШК) шығарындыларын бақылау: азот диоксиді (0301), азот оксиді (0304), көміртек оксиді (0337)",
     "1 раз в квартал", "тоқсанына 1 рет", "quarterly", 1, [("0003", "code", c) for c in ("0301", "0304", "0337")]),
    ("Определение запыленности газов после циклонов сушильно-охладительной установки (ИЗА 0004) по пыли сахара (2973)",
     "Кептіру-салқындату қондырғысы циклондарынан (0004 ЛШК) кейінгі газдардың қант шаңы (2973) бойынша шаңдылығын анықтау",
     "ежеквартально", "тоқсан сайын", "quarterly", 1, [("0004", "code", "2973")]),
    ("Отбор проб атмосферного воздуха на границе СЗЗ в точках Т-1 (север) и Т-2 (юг) на сероводород (0333), аммиак (0303) и взвешенные "
     "частицы (2902)",
     "СҚА шекарасындағы Т-1 (солтүстік) және Т-2 (оңтүстік) нүктелерінде күкіртсутекке (0333), аммиакқа (0303) және қалқыма бөлшектерге "
     "(2902) атмосфералық ауа сынамаларын алу",
     "ежемесячно в период переработки", "өңдеу кезеңінде ай сайын", "monthly", 1,
     [(p, "code", c) for p in ("Т-1", "Т-2") for c in ("0333", "0303", "2902")]),
    ("Отбор проб сточных вод на выпуске В-1 в пруд-накопитель: {pH}, взвешенные вещества, БПК5, ХПК, хлориды",
     "Жинақтағыш тоғанға В-1 шығарылымында ағынды су сынамаларын алу: {pH}, қалқыма заттар, ОБТ5, ОХТ, хлоридтер",
     "еженедельно в период сброса", "төгінді кезеңінде апта сайын", "weekly", 0,
     [("В-1", "symbol", s) for s in ("pH", "TSS", "BOD5", "COD", "Cl-")]),
    ("Отбор проб подземных вод из наблюдательных скважин Н-1, Н-2, Н-3 по периметру полей фильтрации: {pH}, аммоний-ион, нитраты, "
     "хлориды, сульфаты, сухой остаток",
     "Сүзу алаңдарының периметрі бойынша Н-1, Н-2, Н-3 бақылау ұңғымаларынан жерасты суларының сынамаларын алу: {pH}, аммоний-ион, "
     "нитраттар, хлоридтер, сульфаттар, құрғақ қалдық",
     "2 раза в год (до начала и после окончания сезона)", "жылына 2 рет (маусым басталғанға дейін және аяқталғаннан кейін)", "semiannual", 1,
     [(p, "symbol", s) for p in ("Н-1", "Н-2", "Н-3") for s in ("pH", "NH4+", "NO3-", "Cl-", "SO4", "TDS")]),
    ("Замер уровня воды в пруду-накопителе по водомерной рейке", "Жинақтағыш тоғандағы су деңгейін су өлшегіш рейка бойынша өлшеу",
     "ежедневно", "күн сайын", None, 2, []),
)  # fmt: skip
# (work, frequency said, frequency, who, [(place, kind, key)])
SUGAR_PEK_VN = (
    ("Quan trắc tự động, liên tục khí thải tại ống khói lò hơi số 1 (KT1) và số 2 (KT2): lưu lượng, nhiệt độ, bụi tổng, SO2, NOx (tính theo NO2), "
     "CO, O2 dư", "Liên tục trong vụ ép", "continuous", 0, [(p, "code", c) for p in ("KT1", "KT2") for c in ("2902", "0330", "0301", "0337")]),
    ("Quan trắc tự động, liên tục nước thải sau xử lý tại NT1: lưu lượng, nhiệt độ, pH, COD, TSS", "Liên tục trong vụ ép", "continuous", 0,
     [("NT1", "symbol", s) for s in ("pH", "COD", "TSS")]),
    ("Lấy mẫu nước thải sau xử lý tại NT1 để phân tích BOD5, Amoni, Tổng nitơ, Tổng phốt pho, Tổng Coliforms", "01 tháng/lần trong vụ ép",
     "monthly", 1, [("NT1", "symbol", s) for s in ("BOD5", "NH4+", "TN", "TP", "Coliform")]),
    ("Lấy mẫu nước mặt kênh tiếp nhận tại NM1 (thượng nguồn cửa xả 100 m) và NM2 (hạ nguồn cửa xả 100 m): pH, DO, BOD5, COD, TSS, Amoni",
     "03 tháng/lần", "quarterly", 1, [(p, "symbol", s) for p in ("NM1", "NM2") for s in ("pH", "DO", "BOD5", "COD", "TSS", "NH4+")]),
    ("Theo dõi, ghi chép khối lượng bã mía đốt lò và tro lò hơi phát sinh", "Hằng ngày", None, 2, []),
)  # fmt: skip


def _monitor(doc: Doc, place: str, kind: str, key: str, word: str | None) -> None:
    loc = "source_number" if place.isdigit() else "point"
    doc.add("monitoring", {loc: place, kind: key, "frequency": word})


def monitoring_iw1(doc: Doc) -> None:
    """A beet-sugar plant's calendar plan of production control for the campaign written as sentences, one work to a row: the
    source's number, the points and the wells named inside the sentence (`известково-газовой печи (ИЗА 0001)`, `в точках Т-1
    (север) и Т-2 (юг)`, `скважин Н-1, Н-2, Н-3`) and the pollutants in the genitive or after a colon with their codes in
    brackets, the frequency tied to the campaign (`ежемесячно в период переработки`), who does it, and a row measuring the
    pond's level with no substance (VI: a cane-sugar mill's plan for the crushing season, the automatic continuous
    monitoring of its boiler stacks and outlet beside the periodic sampling, the receiving canal up- and downstream)."""
    vi = doc.lang == "vi"
    g = doc.v
    who = (g("лаборатория завода", "зауыт зертханасы", "Trạm quan trắc tự động của nhà máy"),
           g("аккредитованная лаборатория (по договору)", "аккредиттелген зертхана (шарт бойынша)", "Đơn vị quan trắc có chứng nhận VIMCERTS"),
           g("цех водоснабжения", "сумен жабдықтау цехы", "Phân xưởng Nhiệt điện"))
    if vi:
        mill, company, *_ = doc.pick(SUGAR_VN)
        doc.h(f"KẾ HOẠCH QUAN TRẮC MÔI TRƯỜNG VỤ ÉP 2025–2026 – {mill.upper()}")
        doc.p(f"Kế hoạch do {company} lập theo chương trình quan trắc môi trường tại Giấy phép môi trường; áp dụng trong thời gian vụ ép.")
        rows = [["TT", "Nội dung công việc", "Tần suất", "Đơn vị thực hiện"]]
        for k, (work, said, word, w, items) in enumerate(SUGAR_PEK_VN, 1):
            rows.append([str(k), work, said, who[w]])
            for place, kind, key in items:
                _monitor(doc, place, kind, key, word)
        doc.table("Bảng 1. Kế hoạch quan trắc môi trường vụ ép", rows, role="monitoring")
        maybe_distractor(doc)
        return
    L = _L(doc)
    s = doc.pick(SUGAR_KZ)
    doc.h(g(f"Календарный план-график производственного экологического контроля на сезон переработки 2025/2026. {s[0]}",
            f"2025/2026 өңдеу маусымына арналған өндірістік экологиялық бақылаудың күнтізбелік жоспар-кестесі. {s[1]}", ""))
    doc.p(g(f"Оператор: {s[2]}. План-график составлен на основании программы ПЭК и устанавливает работы по контролю на период переработки "
            "свеклы; в межсезонный период контроль ведется в объеме, предусмотренном программой.",
            f"Оператор: {s[3]}. Жоспар-кесте ӨЭБ бағдарламасы негізінде жасалды және қызылшаны өңдеу кезеңіне арналған бақылау жұмыстарын "
            "белгілейді; маусымаралық кезеңде бақылау бағдарламада көзделген көлемде жүргізіледі.", ""))
    rows = [g(["№", "Содержание работ по контролю", "Периодичность", "Исполнитель"], ["№", "Бақылау жұмыстарының мазмұны", "Кезеңділігі", "Орындаушы"], [])]
    pairs = set()
    for k, (w_ru, w_kk, f_ru, f_kk, word, w, items) in enumerate(SUGAR_PEK, 1):
        rows.append([str(k), (w_ru, w_kk)[L].replace("{pH}", W_KZ[L][0].lower() + W_KZ[L][1:]), (f_ru, f_kk)[L], who[w]])
        for place, kind, key in items:
            _monitor(doc, place, kind, key, word)
            if place.isdigit():
                pairs.add((place, key))
    doc.table(g("Таблица 1 – План-график контроля", "1-кесте – Бақылау жоспар-кестесі", ""), rows, role="monitoring")
    doc.add("sources", *({"number": n, "type": "organized"} for n in sorted({p for p, _ in pairs})))
    doc.add("emissions", *(emission(c, None, None, n) for n, c in sorted(pairs)))
    maybe_distractor(doc)


# (package, RU object, KK object, [(kind, key)])
PACKAGES = (
    ("ПА-1", "Выбросы котельной", "Қазандық шығарындылары", [("code", c) for c in ("0301", "0304", "0337")]),
    ("ПА-2", "Атмосферный воздух", "Атмосфералық ауа", [("code", c) for c in ("0301", "0303", "2902")]),
    ("ПВ-1", "Сточные воды (сокращенный анализ)", "Ағынды сулар (қысқартылған талдау)", [("symbol", s) for s in ("pH", "TSS", "COD")]),
    ("ПВ-2", "Сточные воды (полный анализ)", "Ағынды сулар (толық талдау)",
     [("symbol", s) for s in ("pH", "TSS", "COD", "BOD5", "NH4+", "TP", "Surfactants", "TDS")]),
    ("ПЛ", "Ливневые стоки", "Нөсер ағындары", [("symbol", s) for s in ("pH", "TSS", "TPH")]),
)  # fmt: skip
# (place(s), RU, KK, package, frequency, RU said, KK said)
PACKAGE_PLAN = (
    (("0001",), "Дымовая труба котла Vitomax № 1", "№ 1 Vitomax қазанының түтін мұржасы", "ПА-1", "quarterly", None, None),
    (("0002",), "Дымовая труба котла Vitomax № 2", "№ 2 Vitomax қазанының түтін мұржасы", "ПА-1", "quarterly", None, None),
    (("КК-1",), "Контрольный колодец на выпуске в городскую канализацию", "Қалалық кәрізге шығарылымдағы бақылау құдығы", "ПВ-1", "weekly", None, None),
    (("КК-1",), "Контрольный колодец на выпуске в городскую канализацию", "Қалалық кәрізге шығарылымдағы бақылау құдығы", "ПВ-2", "quarterly", None, None),
    (("КК-2",), "Колодец ливневой канализации перед выпуском", "Шығарылым алдындағы нөсер кәрізінің құдығы", "ПЛ", "semiannual",
     "2 раза в год (апрель, октябрь)", "жылына 2 рет (сәуір, қазан)"),
    (("Т-1", "Т-2", "Т-3", "Т-4"), "Граница СЗЗ: север, восток, юг, запад", "СҚА шекарасы: солтүстік, шығыс, оңтүстік, батыс", "ПА-2", "quarterly",
     None, None),
)  # fmt: skip
VN_PACKAGES = (
    ("NT-A", "Nước thải (phân tích nhanh)", [("symbol", s) for s in ("pH", "TSS", "COD")]),
    ("NT-B", "Nước thải (phân tích đầy đủ)", [("symbol", s) for s in ("pH", "BOD5", "COD", "TSS", "NH4+", "TN", "TP", "Coliform")]),
    ("KT", "Khí thải lò hơi", [("code", c) for c in ("2902", "0330", "0301", "0337")]),
    ("KK", "Không khí xung quanh", [("code", c) for c in ("2902", "0330", "0301", "0337")]),
)
VN_PACKAGE_PLAN = (
    (("NT1",), "Hố ga đấu nối nước thải vào hệ thống thu gom của khu công nghiệp", "NT-A", "weekly"),
    (("NT1",), "Hố ga đấu nối nước thải vào hệ thống thu gom của khu công nghiệp", "NT-B", "quarterly"),
    (("KT1",), "Ống khói lò hơi đốt sinh khối 15 tấn hơi/giờ", "KT", "semiannual"),
    (("KK1", "KK2", "KK3"), "Cổng nhà máy, khu xử lý nước thải, cuối hướng gió chủ đạo", "KK", "semiannual"),
)


def monitoring_iw2(doc: Doc) -> None:
    """A brewery's ПЭК programme that names only packages of analyses: a first table of no role, an annex of the laboratory's
    contract, says what each package (`ПА-1`, `ПВ-2`, `ПЛ` …) holds, and the plan names the point or stack, the package and
    the frequency, so that the same manhole has a short package weekly and a full one quarterly, and four points of the
    protection zone's boundary stand in one row as a range `Т-1 – Т-4` (VI: a brewery's plan with packages `NT-A`, `NT-B`,
    `KT`, `KK`, the ambient points `KK1 – KK3` in one row)."""
    vi = doc.lang == "vi"
    g = doc.v
    if vi:
        plant, company, *_ = doc.pick([b for b in BEV_VN if "Bia" in b[0]])
        doc.h(f"CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG NĂM 2026 – {plant.upper()}")
        doc.p(f"Chủ cơ sở: {company}. Thông số của từng gói phân tích được quy định tại Phụ lục 2 của hợp đồng với đơn vị quan trắc (Bảng 5.1).")
        rows = [["Mã gói", "Đối tượng", "Thông số"]]
        rows += [[p, obj, ", ".join(_air(doc, key, 0 if p == "KT" else 1) if k == "code" else vocab.water(key, "vi") for k, key in items)]
                 for p, obj, items in VN_PACKAGES]
        doc.table("Bảng 5.1. Danh mục gói phân tích", rows, role="other")
        content = {p: items for p, _, items in VN_PACKAGES}
        rows = [["TT", "Ký hiệu điểm", "Vị trí", "Gói phân tích", "Tần suất"]]
        for k, (places, where, pack, word) in enumerate(VN_PACKAGE_PLAN, 1):
            rows.append([str(k), " – ".join((places[0], places[-1])) if len(places) > 1 else places[0], where, pack, _fw(doc, word)])
            for place in places:
                for kind, key in content[pack]:
                    _monitor(doc, place, kind, key, word)
        doc.table("Bảng 5.2. Vị trí, gói phân tích và tần suất quan trắc", rows, role="monitoring")
        maybe_distractor(doc)
        return
    L = _L(doc)
    b = doc.pick(BREWERIES)
    doc.h(g(f"Программа производственного экологического контроля на 2026–2028 годы. {b[2]}",
            f"2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы. {b[3]}", ""))
    doc.p(g(f"Оператор: {b[0]}. Анализы выполняет аккредитованная лаборатория по договору; состав пакетов анализов установлен приложением 2 "
            "к договору и приведен в таблице 6.1.",
            f"Оператор: {b[1]}. Талдауларды шарт бойынша аккредиттелген зертхана орындайды; талдау пакеттерінің құрамы шарттың 2-қосымшасымен "
            "белгіленген және 6.1-кестеде келтірілген.", ""))
    rows = [g(["Код пакета", "Объект анализа", "Определяемые показатели"], ["Пакет коды", "Талдау объектісі", "Анықталатын көрсеткіштер"], [])]
    rows += [[p, (o_ru, o_kk)[L], ", ".join(_param(doc, k, key) for k, key in items)] for p, o_ru, o_kk, items in PACKAGES]
    doc.table(g("Таблица 6.1 – Состав пакетов анализов", "6.1-кесте – Талдау пакеттерінің құрамы", ""), rows, role="other")
    content = {p: items for p, _, _, items in PACKAGES}
    rows = [g(["№", "Точка, источник", "Описание", "Пакет", "Периодичность"], ["№", "Нүкте, көз", "Сипаттамасы", "Пакет", "Кезеңділігі"], [])]
    pairs = set()
    for k, (places, d_ru, d_kk, pack, word, s_ru, s_kk) in enumerate(PACKAGE_PLAN, 1):
        said = (s_ru, s_kk)[L] if s_ru else freq(doc, word) if word != "weekly" else WEEKLY[doc.lang]
        rows.append([str(k), " – ".join((places[0], places[-1])) if len(places) > 1 else places[0], (d_ru, d_kk)[L], pack, said])
        for place in places:
            for kind, key in content[pack]:
                _monitor(doc, place, kind, key, word)
                if place.isdigit():
                    pairs.add((place, key))
    doc.table(g("Таблица 6.2 – План-график контроля", "6.2-кесте – Бақылау жоспар-кестесі", ""), rows, role="monitoring")
    doc.add("sources", *({"number": n, "type": "organized"} for n in sorted({p for p, _ in pairs})))
    doc.add("emissions", *(emission(c, None, None, n) for n, c in sorted(pairs)))
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

# (RU stage, KK stage, VI stage, frequency, (RU, KK, VI) key of who checks)
STAGES = (
    ("I ступень – мастер смены (ежедневно)", "I саты – ауысым шебері (күн сайын)", "Cấp 1 – Trưởng ca (hằng ngày)", "daily",
     ("мастер смены", "ауысым шебері", "Trưởng ca")),
    ("II ступень – начальник цеха (еженедельно)", "II саты – цех бастығы (апта сайын)", "Cấp 2 – Quản đốc phân xưởng (hằng tuần)", "weekly",
     ("начальник цеха", "цех бастығы", "Quản đốc phân xưởng")),
    ("III ступень – главный инженер и инженер-эколог (ежемесячно)", "III саты – бас инженер және инженер-эколог (ай сайын)",
     "Cấp 3 – Ban An toàn – Môi trường (hằng tháng)", "monthly", ("главный инженер", "бас инженер", "Ban An toàn – Môi trường")),
)  # fmt: skip
# ((RU, KK) object, [(RU, KK) what or None for each stage])
SUGAR_OBJECTS = (
    (("Свеклоприемный пункт и кагатное поле", "Қызылша қабылдау пункті және кагат алаңы"),
     [("чистота площадок, отсутствие россыпей свеклы и земли", "алаңдардың тазалығы, қызылша мен топырақтың шашылмауы"),
      ("состояние бетонного покрытия и водоотводных лотков", "бетон жабынның және су бұру науаларының жай-күйі"), None]),
    (("Известково-обжигательное отделение", "Әк күйдіру бөлімі"),
     [("работа газопромывателя, отсутствие пыления при выгрузке извести", "газ жуғыштың жұмысы, әкті түсіру кезінде шаңның болмауы"),
      ("записи в журнале работы ГОУ", "ГТҚ жұмыс журналындағы жазбалар"),
      ("соблюдение режимной карты печи, результаты замеров", "пештің режимдік картасының сақталуы, өлшеу нәтижелері")]),
    (("ТЭЦ завода", "Зауыттың ЖЭО"),
     [("режим горения котлов по газоанализатору", "газоанализатор бойынша қазандардың жану режимі"), None,
      ("выполнение графика режимно-наладочных испытаний", "режимдік-баптау сынақтары кестесінің орындалуы")]),
    (("Жомовые ямы", "Жом шұңқырлары"),
     [("уровень заполнения, отсутствие утечек жомовой воды", "толу деңгейі, жом суының ағып кетпеуі"),
      ("состояние дренажа и стенок ям", "дренаж бен шұңқыр қабырғаларының жай-күйі"), None]),
    (("Поля фильтрации и пруды-накопители", "Сүзу алаңдары және жинақтағыш тоғандар"),
     [None, ("уровень воды, состояние дамб и обваловки", "су деңгейі, бөгеттер мен үйінділердің жай-күйі"),
      ("результаты анализов подземных вод, состояние наблюдательных скважин", "жерасты суларын талдау нәтижелері, бақылау ұңғымаларының жай-күйі")]),
    (("Площадка временного хранения отходов", "Қалдықтарды уақытша сақтау алаңы"),
     [None, ("раздельное хранение, маркировка контейнеров", "бөлек сақтау, контейнерлерді таңбалау"),
      ("сроки накопления, акты передачи отходов", "жинақтау мерзімдері, қалдықтарды беру актілері")]),
    (("Склад ГСМ", "Жанар-жағармай қоймасы"),
     [("герметичность резервуаров, отсутствие проливов", "резервуарлардың саңылаусыздығы, төгілудің болмауы"), None,
      ("наличие сорбентов и средств ликвидации разливов", "сорбенттер мен төгілуді жою құралдарының болуы")]),
)  # fmt: skip
VN_MILL_OBJECTS = (
    ("Khu vực tiếp nhận mía và bãi chứa mía", ["Vệ sinh mặt bằng, thu gom ngọn lá, đất cát rơi vãi", "Tình trạng rãnh thu nước mưa", None]),
    ("Lò hơi và hệ thống xử lý khí thải", ["Áp suất, nhiệt độ buồng đốt; màu khói", "Tình trạng cyclon chùm, béc phun dập bụi",
                                          "Số liệu trạm quan trắc tự động, sổ nhật ký vận hành"]),
    ("Hệ thống xử lý nước thải", ["Lưu lượng, pH đầu vào, máy thổi khí", "Bùn hoạt tính, bể lắng", "Kết quả phân tích, hóa chất sử dụng"]),
    ("Kho chứa mật rỉ", [None, "Rò rỉ bồn chứa, đê bao", "Hồ sơ xuất nhập mật rỉ"]),
    ("Bãi chứa bùn lọc và tro lò hơi", [None, "Mái che, rãnh thu nước rỉ", "Hợp đồng, biên bản chuyển giao"]),
    ("Kho lưu giữ chất thải nguy hại", [None, "Phân khu, nhãn cảnh báo, thiết bị PCCC", "Sổ theo dõi, chứng từ chất thải nguy hại"]),
    ("Kho hóa chất (vôi, lưu huỳnh, chất trợ lắng)", ["Sắp xếp, che chắn, rơi vãi", None, "Phiếu an toàn hóa chất, thiết bị ứng cứu sự cố"]),
)  # fmt: skip


def inspections_iw1(doc: Doc) -> None:
    """A beet-sugar plant's regulation of three-stage control of environmental protection, the objects as rows and the three
    stages as columns whose headers alone say who checks and how often (`I ступень – мастер смены (ежедневно)`), each cell
    holding what is checked at that stage or `—`, so that every filled cell is a check of its own (VI: a cane-sugar mill's
    `kiểm tra 3 cấp`, `Cấp 1 – Trưởng ca (hằng ngày)` …)."""
    vi = doc.lang == "vi"
    g = doc.v
    L = vocab.LANGS.index(doc.lang)
    if vi:
        mill, company, *_ = doc.pick(SUGAR_VN)
        doc.h(f"QUY CHẾ TỰ KIỂM TRA CÔNG TÁC BẢO VỆ MÔI TRƯỜNG THEO 3 CẤP – {mill.upper()}")
        doc.p(f"(Ban hành kèm theo Quyết định của Tổng Giám đốc {company}.) Kết quả kiểm tra ghi vào sổ kiểm tra của từng cấp; tồn tại phát "
              "hiện phải được khắc phục ngay trong ca hoặc báo cáo cấp trên.")
        objects = [(obj, cells) for obj, cells in VN_MILL_OBJECTS]
    else:
        s = doc.pick(SUGAR_KZ)
        doc.h(g(f"Положение о трехступенчатом контроле за соблюдением требований охраны окружающей среды. {s[0]}",
                f"Қоршаған ортаны қорғау талаптарының сақталуын үш сатылы бақылау туралы ереже. {s[1]}", ""))
        doc.p(g(f"Утверждено приказом директора {s[2]}. Результаты проверок заносятся в журнал трехступенчатого контроля; выявленные нарушения "
                "устраняются в смену или докладываются вышестоящему руководителю.",
                f"{s[3]} директорының бұйрығымен бекітілген. Тексеру нәтижелері үш сатылы бақылау журналына енгізіледі; анықталған "
                "бұзушылықтар ауысым ішінде жойылады немесе жоғары тұрған басшыға баяндалады.", ""))
        objects = [(obj[L], [c[L] if c else None for c in cells]) for obj, cells in SUGAR_OBJECTS]
    rows = [[g("№", "№", "TT"), g("Объект контроля", "Бақылау объектісі", "Đối tượng kiểm tra"), *(st[L] for st in STAGES)]]
    dash = "—" if not vi else "-"
    for k, (obj, cells) in enumerate(objects, 1):
        rows.append([str(k), obj, *(c or dash for c in cells)])
        for st, c in zip(STAGES, cells, strict=True):
            if c:
                doc.add("obligations", {"kind": "inspection", "text_contains": _words(obj, 3), "frequency": st[3], "actor_contains": st[4][L]})
    doc.table(g("Приложение 1. Объекты и содержание контроля по ступеням", "1-қосымша. Сатылар бойынша бақылау объектілері мен мазмұны",
                "Phụ lục. Đối tượng và nội dung kiểm tra theo từng cấp"), rows, role="inspections")
    maybe_distractor(doc)


# (RU unit, KK unit, RU place, KK place, frequencies of the three columns: a word, None for `—`, "2y" for once in two years)
TOBACCO_UNITS = (
    ("Рукавный фильтр ФРКИ-90", "ФРКИ-90 жеңді сүзгісі", "участок подготовки табачной смеси", "темекі қоспасын дайындау учаскесі",
     ("daily", "weekly", "yearly")),
    ("Рукавный фильтр ФРКИ-60", "ФРКИ-60 жеңді сүзгісі", "сигаретный цех (машины MK-9)", "сигарет цехы (MK-9 машиналары)", ("daily", "weekly", "yearly")),
    ("Циклон ЦН-15 с бункером пыли", "Шаң бункері бар ЦН-15 циклоны", "участок резки жилки", "тамыршаны кесу учаскесі", ("daily", None, "2y")),
    ("Вентиляционная установка П-3 с фильтрами тонкой очистки", "Нәзік тазалау сүзгілері бар П-3 желдету қондырғысы", "участок ароматизации",
     "хош иістендіру учаскесі", ("weekly", "monthly", "yearly")),
    ("Пылеулавливающий агрегат ПУА-2000", "ПУА-2000 шаң ұстағыш агрегаты", "ремонтно-механический цех", "жөндеу-механикалық цех", ("weekly", None, None)),
    ("Жироуловитель столовой", "Асхананың май ұстағышы", "административно-бытовой корпус", "әкімшілік-тұрмыстық ғимарат", ("monthly", "quarterly", None)),
)  # fmt: skip
VN_NOODLE_UNITS = (
    ("Hệ thống cyclon và lọc bụi túi vải lò hơi", ("daily", "weekly", "semiannual")),
    ("Hệ thống lọc bụi lò dầu tải nhiệt", ("daily", "weekly", "semiannual")),
    ("Chụp hút và tháp tách dầu dây chuyền chiên số 1–4", ("daily", "monthly", "2y")),
    ("Lọc bụi túi vải khu trộn bột", ("weekly", "monthly", None)),
    ("Bể tách mỡ trước hệ thống xử lý nước thải", ("daily", "weekly", None)),
    ("Hệ thống xử lý nước thải 600 m³/ngày.đêm", ("daily", "weekly", "quarterly")),
)
TWO_YEARS = {"ru": "1 раз в 2 года", "kk": "2 жылда 1 рет", "vi": "02 năm/lần"}


def inspections_iw2(doc: Doc) -> None:
    """A cigarette factory's regulation of controlling its dust-collecting units, a row per unit with the place it serves, and
    the three kinds of check as columns whose headers alone name who does them — the operator's visual check, the fitter's
    check of the pressure drop and the regeneration, the ecologist's check of cleaning efficiency with the laboratory —
    each cell holding how often (`ежедневно`, `1 раз в 2 года`, which is no frequency of the contract) or `—` (VI: an
    instant-noodle plant's schedule of checking its boiler filters, frying-line oil separators, grease trap and treatment
    plant, `02 năm/lần`)."""
    vi = doc.lang == "vi"
    g = doc.v
    L = vocab.LANGS.index(doc.lang)
    kinds = ((g("Визуальный осмотр (оператор участка)", "Көзбен шолу (учаске операторы)", "Kiểm tra ngoại quan (Công nhân vận hành)"),
              g("оператор участка", "учаске операторы", "Công nhân vận hành")),
             (g("Контроль перепада давления и регенерации (дежурный слесарь-ремонтник)", "Қысым құламасы мен регенерацияны бақылау (кезекші слесарь-жөндеуші)",
                "Kiểm tra thông số vận hành (Tổ trưởng Tổ Môi trường)"), g("дежурный слесарь", "кезекші слесарь", "Tổ trưởng Tổ Môi trường")),
             (g("Проверка эффективности очистки (инженер-эколог, лаборатория)", "Тазалау тиімділігін тексеру (инженер-эколог, зертхана)",
                "Đánh giá hiệu quả xử lý (Phòng QA – Môi trường)"), g("инженер-эколог", "инженер-эколог", "Phòng QA – Môi trường")))
    if vi:
        plant, company, place = doc.pick(NOODLE_VN)
        doc.h(f"LỊCH KIỂM TRA CÔNG TRÌNH BẢO VỆ MÔI TRƯỜNG NĂM 2026 – {plant.upper()}")
        doc.p(f"Chủ cơ sở: {company}, {place}. Kết quả kiểm tra được ghi vào sổ nhật ký vận hành của từng công trình.")
        units = [(u, None, fr) for u, fr in VN_NOODLE_UNITS]
        rows = [["TT", "Công trình, thiết bị", *(k[0] for k in kinds)]]
    else:
        f = doc.pick(TOBACCO_KZ)
        doc.h(g(f"Регламент контроля работы пылегазоочистного оборудования. {f[0]}", f"Шаң-газ тазарту жабдығының жұмысын бақылау регламенті. {f[1]}", ""))
        doc.p(g(f"Утвержден главным инженером {f[2]}. Результаты контроля заносятся в журналы учета работы ГОУ; неисправная установка "
                "останавливается вместе с обслуживаемым оборудованием.",
                f"{f[3]} бас инженері бекіткен. Бақылау нәтижелері ГТҚ жұмысын есепке алу журналдарына енгізіледі; ақаулы қондырғы өзі қызмет "
                "көрсететін жабдықпен бірге тоқтатылады.", ""))
        units = [((u_ru, u_kk)[L], (p_ru, p_kk)[L], fr) for u_ru, u_kk, p_ru, p_kk, fr in TOBACCO_UNITS]
        rows = [g(["№", "Установка", "Обслуживаемый участок"], ["№", "Қондырғы", "Қызмет көрсетілетін учаске"], []) + [k[0] for k in kinds]]
    for n, (unit, place, fr) in enumerate(units, 1):
        cells = [("—" if not vi else "-") if w is None else TWO_YEARS[doc.lang] if w == "2y" else _fw(doc, w) for w in fr]
        rows.append([str(n), unit, *([place] if place else []), *cells])
        for (_, actor), w in zip(kinds, fr, strict=True):
            if w is None:
                continue
            item = {"kind": "inspection", "text_contains": _words(unit, 3), "actor_contains": actor}
            if w != "2y":
                item["frequency"] = w
            doc.add("obligations", item)
    doc.table(g("Таблица 1 – Виды и периодичность контроля", "1-кесте – Бақылау түрлері мен кезеңділігі", "Bảng 1. Nội dung, tần suất kiểm tra"), rows,
              role="inspections")
    maybe_distractor(doc)


# ---------------------------------------------------------------- tasks

# ((RU section, KK section), [(RU, KK, who, [(year, RU volume, KK volume, million tenge or None, RU term, KK term)])])
SUGAR_PLAN = (
    (("1. Охрана атмосферного воздуха", "1. Атмосфералық ауаны қорғау"), [
        ("Замена газопромывателя известково-газовой печи на скруббер Вентури с каплеуловителем",
         "Әк-газ пешінің газ жуғышын тамшы ұстағышы бар Вентури скрубберіне ауыстыру", 1,
         [("2026", "проект, поставка, монтаж – 1 компл.", "жоба, жеткізу, монтаждау – 1 жиынтық", 185, "III кв.", "III тоқс.")]),
        ("Установка рукавных фильтров на сушильно-охладительной установке сахара взамен циклонов ЦН-15",
         "Қант кептіру-салқындату қондырғысына ЦН-15 циклондарының орнына жеңді сүзгілер орнату", 0,
         [("2026", "проектирование", "жобалау", 12, "II кв.", "II тоқс."),
          ("2027", "поставка и монтаж 2 фильтров", "2 сүзгіні жеткізу және монтаждау", 96, "до начала сезона", "маусым басталғанға дейін")]),
        ("Внедрение автоматизированной системы мониторинга эмиссий на дымовой трубе ТЭЦ",
         "ЖЭО түтін мұржасында эмиссиялар мониторингінің автоматтандырылған жүйесін енгізу", 2,
         [("2027", "проект, закупка оборудования", "жоба, жабдықты сатып алу", 40, "IV кв.", "IV тоқс."),
          ("2028", "монтаж, ввод в эксплуатацию", "монтаждау, пайдалануға беру", 65, "II кв.", "II тоқс.")])]),
    (("2. Охрана водных ресурсов и почв", "2. Су ресурстары мен топырақты қорғау"), [
        ("Реконструкция жомовых ям с устройством бетонного основания и дренажа",
         "Бетон негізі мен дренаж орната отырып жом шұңқырларын реконструкциялау", 3,
         [("2026", "яма № 4", "№ 4 шұңқыр", 70, "до 01.09.2026", "01.09.2026 дейін"),
          ("2027", "ямы № 1, 2", "№ 1, 2 шұңқырлар", 120, "до 01.09.2027", "01.09.2027 дейін"),
          ("2028", "яма № 3", "№ 3 шұңқыр", 65, "до 01.09.2028", "01.09.2028 дейін")]),
        ("Очистка карт полей фильтрации от осадка и восстановление обваловки", "Сүзу алаңдарының карталарын тұнбадан тазарту және үйінділерін қалпына келтіру", 4,
         [("2026", "карты 1–6, 42 тыс. м³", "1–6 карталар, 42 мың м³", 38, "май – июль", "мамыр – шілде")])]),
    (("3. Обращение с отходами", "3. Қалдықтармен жұмыс"), [
        ("Устройство площадки временного хранения дефеката с твердым покрытием", "Қатты жабыны бар дефекатты уақытша сақтау алаңын салу", 3,
         [("2027", "1,2 га", "1,2 га", 54, "июнь – август", "маусым – тамыз")]),
        ("Заключение договоров на передачу дефеката для известкования почв и производства удобрений",
         "Дефекатты топырақты әктеу және тыңайтқыш өндіру үшін беру шарттарын жасасу", 5,
         [("2026", "не менее 25 тыс. т", "кемінде 25 мың т", None, "I кв.", "I тоқс.")])]),
)  # fmt: skip
# (RU abbreviation, KK abbreviation, RU meaning, KK meaning)
WHO = (("ГИ", "БИ", "главный инженер", "бас инженер"), ("ГМ", "БМ", "главный механик", "бас механик"), ("ГЭ", "БЭ", "главный энергетик", "бас энергетик"),
       ("НКС", "КҚБ", "начальник отдела капитального строительства", "күрделі құрылыс бөлімінің бастығы"),
       ("НЦВ", "СКЦ", "начальник цеха водоснабжения и канализации", "сумен жабдықтау және кәріз цехының бастығы"),
       ("ЗДК", "КДО", "заместитель директора по коммерческим вопросам", "коммерциялық мәселелер жөніндегі директордың орынбасары"))  # fmt: skip
# (finding, measure, term, unit)
VN_FINDINGS = (
    ("Chưa lắp đặt thiết bị đo lưu lượng nước thải đầu vào hệ thống xử lý",
     "Lắp đặt đồng hồ đo lưu lượng điện từ tại đầu vào và đầu ra hệ thống xử lý nước thải", "Trước ngày 31/10/2025", "Phòng Kỹ thuật"),
    ("Bùn lọc lưu chứa ngoài trời, không có mái che, nước rỉ chảy ra mương thoát nước mưa",
     "Xây dựng nhà chứa bùn lọc có mái che, nền bê tông và rãnh thu nước rỉ về hệ thống xử lý", "Trước vụ ép 2025–2026", "Ban Quản lý dự án"),
    ("Kho chất thải nguy hại chưa có biển cảnh báo, chưa phân khu lưu giữ",
     "Lắp biển cảnh báo, phân chia khu lưu giữ theo từng loại chất thải nguy hại, trang bị vật liệu hấp thụ", "Tháng 9/2025",
     "Ban An toàn – Môi trường"),
    ("Chưa ghi chép sổ nhật ký vận hành hệ thống xử lý khí thải lò hơi", "Lập và ghi chép đầy đủ nhật ký vận hành hệ thống xử lý khí thải theo từng ca",
     "Ngay từ đầu vụ ép", "Phân xưởng Nhiệt điện"),
    ("Kết quả quan trắc tháng 2/2025 có thông số COD vượt quy chuẩn cho phép",
     "Nạo vét bể kỵ khí, bổ sung bể hiếu khí thứ hai và tăng thời gian lưu nước", "Quý IV/2025", "Phòng Kỹ thuật"),
    ("Chưa báo cáo kết quả vận hành thử nghiệm lò hơi số 2 sau cải tạo",
     "Hoàn thiện và gửi báo cáo kết quả vận hành thử nghiệm đến Sở Nông nghiệp và Môi trường", "Trước ngày 30/9/2025", "Ban An toàn – Môi trường"),
)  # fmt: skip


def tasks_iw1(doc: Doc) -> None:
    """A beet-sugar plant's plan of environmental measures for 2026–2028 annexed to its КЭР, measures `1.1` under section rows,
    a measure of several years carrying a row for each year — its volume, its money and its term — under its number, name
    and responsible merged down, the responsible written only as the plant's abbreviations (`ГИ`, `НКС`) explained in a
    line under the table (VI: a cane-sugar mill's plan of remedying what a provincial inspection found, the finding and the
    measure in two columns, only the measure being the task, an empty column for the result)."""
    r = doc.rng
    g = doc.v
    if doc.lang == "vi":
        mill, company, *_ = doc.pick(SUGAR_VN)
        doc.h(f"KẾ HOẠCH KHẮC PHỤC CÁC TỒN TẠI THEO KẾT LUẬN KIỂM TRA SỐ {r.randint(20, 190)}/KL-SNNMT – {mill.upper()}")
        doc.p(f"Thực hiện Kết luận kiểm tra của Sở Nông nghiệp và Môi trường về việc chấp hành pháp luật bảo vệ môi trường, {company} xây dựng kế "
              "hoạch khắc phục như sau:")
        rows = [["TT", "Tồn tại, hạn chế (theo Kết luận kiểm tra)", "Biện pháp khắc phục", "Thời hạn hoàn thành", "Đơn vị thực hiện", "Kết quả thực hiện"]]
        for k, (finding, measure, term, unit) in enumerate(VN_FINDINGS, 1):
            rows.append([str(k), finding, measure, term, unit, ""])
            doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(measure, 5), "actor_contains": unit})
        doc.table("Phụ lục. Kế hoạch khắc phục", rows, role="tasks")
        doc.p("Công ty sẽ báo cáo kết quả khắc phục về Sở Nông nghiệp và Môi trường trước ngày 31/12/2025.")
        return
    L = _L(doc)
    s = doc.pick(SUGAR_KZ)
    doc.h(g(f"Приложение 4 к КЭР. План мероприятий по охране окружающей среды на 2026–2028 годы. {s[0]}",
            f"КЭР-ге 4-қосымша. 2026–2028 жылдарға арналған қоршаған ортаны қорғау жөніндегі іс-шаралар жоспары. {s[1]}", ""))
    doc.p(g(f"Оператор: {s[2]}. Мероприятия финансируются за счет собственных средств предприятия.",
            f"Оператор: {s[3]}. Іс-шаралар кәсіпорынның өз қаражаты есебінен қаржыландырылады.", ""))
    rows = [g(["№", "Наименование мероприятия", "Год", "Объем работ", "Затраты, млн тенге", "Срок", "Отв."],
              ["№", "Іс-шараның атауы", "Жыл", "Жұмыс көлемі", "Шығындар, млн теңге", "Мерзімі", "Жауапты"], [])]
    merges: list = []
    for s_no, ((sec_ru, sec_kk), measures) in enumerate(SUGAR_PLAN, 1):
        _span(rows, merges, (sec_ru, sec_kk)[L], 7)
        for k, (m_ru, m_kk, who, years) in enumerate(measures, 1):
            start = len(rows)
            text, abbr = (m_ru, m_kk)[L], WHO[who][L]
            for j, (year, v_ru, v_kk, money, t_ru, t_kk) in enumerate(years):
                head = [f"{s_no}.{k}", text] if j == 0 else [None, None]
                rows.append([*head, year, (v_ru, v_kk)[L], num(money, doc.lang) if money else "–", (t_ru, t_kk)[L], abbr if j == 0 else None])
            if len(years) > 1:
                merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1), (start, 6, len(rows) - 1, 6)]
            doc.add("obligations", {"kind": "task", "number": f"{s_no}.{k}", "text_contains": _words(text, 4), "actor_contains": abbr})
    doc.table(g("Таблица 1 – План мероприятий", "1-кесте – Іс-шаралар жоспары", ""), rows, merges, role="tasks")
    doc.p(g("Принятые сокращения: ", "Қабылданған қысқартулар: ", "") + "; ".join(f"{w[L]} – {w[2 + L]}" for w in WHO) + ".")


# (RU goal, KK goal, RU indicator, KK indicator, 2025, 2026, [(RU, KK) measures] or None, (RU, KK) responsible, (RU, KK) term)
TOBACCO_GOALS = (
    ("Снижение выбросов табачной пыли", "Темекі шаңы шығарындыларын азайту", "т/год", "т/жыл", 3.8, 3.2,
     [("заменить рукава фильтров ФРКИ-90 на рукава из иглопробивной полиэфирной ткани", "ФРКИ-90 сүзгілерінің жеңдерін инемен тесілген полиэфир матадан жасалған жеңдерге ауыстыру"),
      ("установить датчики перепада давления с сигнализацией на всех рукавных фильтрах", "барлық жеңді сүзгілерге дабылы бар қысым құламасы датчиктерін орнату")],
     ("Главный механик", "Бас механик"), ("II квартал 2026 г.", "2026 жылғы II тоқсан")),
    ("Сокращение отходов, направляемых на полигон", "Полигонға жіберілетін қалдықтарды қысқарту", "% от образованных отходов", "түзілген қалдықтардан %", 34, 25,
     [("организовать раздельный сбор картона и пленки на всех участках", "барлық учаскелерде картон мен үлдірді бөлек жинауды ұйымдастыру"),
      ("заключить договор на компостирование табачной пыли и жилки", "темекі шаңы мен тамыршаны компосттауға шарт жасасу"),
      ("обучить мастеров участков требованиям раздельного сбора", "учаске шеберлерін бөлек жинау талаптарына оқыту")],
     ("Инженер-эколог", "Инженер-эколог"), ("в течение 2026 г.", "2026 жыл ішінде")),
    ("Снижение удельного расхода электроэнергии", "Электр энергиясының үлестік шығынын азайту", "кВт·ч на 1 млн сигарет", "1 млн сигаретке кВт·сағ",
     410, 390, [("заменить вентиляторы аспирации на энергоэффективные с частотными преобразователями",
                 "аспирация желдеткіштерін жиілік түрлендіргіштері бар энергия тиімді желдеткіштерге ауыстыру")],
     ("Главный энергетик", "Бас энергетик"), ("III квартал 2026 г.", "2026 жылғы III тоқсан")),
    ("Соблюдение нормативов выбросов котельной", "Қазандық шығарындыларының нормативтерін сақтау", "% выполнения нормативов", "нормативтерді орындау %",
     100, 100, None, ("Главный энергетик", "Бас энергетик"), ("постоянно", "тұрақты")),
)  # fmt: skip
VN_NOODLE_GOALS = (
    ("Giảm tiêu hao dầu chiên", "kg dầu/tấn sản phẩm", 182, 175,
     ["Lắp đặt bộ lọc dầu liên tục cho chảo chiên số 1 và số 2", "Hiệu chỉnh nhiệt độ chiên theo từng dòng sản phẩm"], "Xưởng Sản xuất", "Quý II/2026"),
    ("Giảm lượng nước thải phát sinh", "m³/tấn sản phẩm", 4.6, 4.2,
     ["Thu hồi nước ngưng lò hơi để cấp lại cho lò", "Lắp vòi xịt tự ngắt tại khu vệ sinh thiết bị"], "Phòng Kỹ thuật", "Quý III/2026"),
    ("Tăng tỷ lệ chất thải rắn được tái chế", "%", 62, 75,
     ["Phân loại bao bì hỏng (màng ghép, thùng carton) tại nguồn", "Ký hợp đồng với đơn vị tái chế màng ghép"], "Phòng Hành chính – Nhân sự",
     "Cả năm 2026"),
    ("Duy trì khí thải lò hơi đạt QCVN 19:2009/BTNMT", "% lượt quan trắc đạt", 100, 100, None, "Tổ Môi trường", "Thường xuyên"),
)  # fmt: skip


def tasks_iw2(doc: Doc) -> None:
    """A cigarette factory's environmental objectives for 2026 in its ISO 14001 system: a row per objective with its indicator,
    the value of 2025 and the target of 2026, and the measures reaching it listed in one cell as `а) …`, `б) …`, each a task
    of its own, with one responsible and one term for them all; an objective kept at its level whose cell says no measures
    are needed (VI: an instant-noodle plant's mục tiêu, chỉ tiêu và chương trình môi trường, the measures as `- …` lines)."""
    vi = doc.lang == "vi"
    g = doc.v
    rows = [g(["№", "Экологическая цель", "Показатель", "2025 (факт)", "2026 (цель)", "Мероприятия по достижению цели", "Ответственный", "Срок"],
              ["№", "Экологиялық мақсат", "Көрсеткіш", "2025 (нақты)", "2026 (мақсат)", "Мақсатқа жету іс-шаралары", "Жауапты", "Мерзімі"],
              ["TT", "Mục tiêu", "Chỉ tiêu đo lường", "Năm 2025", "Năm 2026", "Chương trình hành động", "Trách nhiệm", "Thời hạn"])]
    if vi:
        plant, company, _ = doc.pick(NOODLE_VN)
        doc.h(f"MỤC TIÊU, CHỈ TIÊU VÀ CHƯƠNG TRÌNH MÔI TRƯỜNG NĂM 2026 – {plant.upper()}")
        doc.p(f"Theo hệ thống quản lý môi trường ISO 14001:2015 của {company}; được Ban Giám đốc phê duyệt ngày 05/01/2026.")
        goals = [(goal, ind, a, b, ms, who, term) for goal, ind, a, b, ms, who, term in VN_NOODLE_GOALS]
        none = "Duy trì các biện pháp hiện có, không phát sinh chương trình mới"
        mark = ["- "] * 3
    else:
        L = _L(doc)
        f = doc.pick(TOBACCO_KZ)
        doc.h(g(f"Экологические цели и программа их достижения на 2026 год. {f[0]}", f"2026 жылға арналған экологиялық мақсаттар және оларға жету бағдарламасы. {f[1]}", ""))
        doc.p(g(f"Разработаны в рамках системы экологического менеджмента ISO 14001:2015 {f[2]} и утверждены генеральным директором.",
                f"{f[3]} ISO 14001:2015 экологиялық менеджмент жүйесі шеңберінде әзірленді және бас директор бекітті.", ""))
        goals = [(gl[L], gl[2 + L], gl[4], gl[5], [m[L] for m in gl[6]] if gl[6] else None, gl[7][L], gl[8][L]) for gl in TOBACCO_GOALS]
        none = g("мероприятия не требуются, показатель поддерживается на достигнутом уровне", "іс-шаралар қажет емес, көрсеткіш қол жеткізілген деңгейде ұсталады", "")
        mark = ["а) ", "б) ", "в) "] if doc.lang == "ru" else ["а) ", "ә) ", "б) "]
    for k, (goal, ind, a, b, measures, who, term) in enumerate(goals, 1):
        cell = "\n".join(m + x for m, x in zip(mark, measures, strict=False)) if measures else none
        rows.append([str(k), goal, ind, num(a, doc.lang), num(b, doc.lang), cell, who, term])
        for x in measures or []:
            doc.add("obligations", {"kind": "task", "text_contains": _words(x, 4), "actor_contains": who})
    doc.table(g("Таблица 1 – Экологические цели и мероприятия", "1-кесте – Экологиялық мақсаттар мен іс-шаралар", "Bảng 1. Mục tiêu và chương trình môi trường"),
              rows, role="tasks")
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"IW{k}", globals()[f"{role}_iw{k}"]) for role in ROLES for k in (1, 2)]
