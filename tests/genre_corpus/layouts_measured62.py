"""The fortieth blind set's part JF (two layouts per role, `JF1` and `JF2`), written by someone who
neither ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`; held out and measured
once (0.762 over 126 files when first measured at the registering commit, 2026-12-07), then moved to the tuning
layouts to be studied.

Theme: greenhouses, horticulture and mushroom farms. Kazakhstan: industrial greenhouse complexes in the Enbekshikazakh
district near Almaty, near Turkestan and in the Sairam district by Shymkent, heated by their own gas boiler houses whose
cleaned flue gas feeds the plants with CO2, a hydroponic cucumber and tomato complex with its nutrient-solution unit and
drainage pond, a champignon farm with its compost yard, phase I bunkers and phase II tunnels (a consultancy's
questionnaire, a district's register of greenhouse farms, an НДВ list of a compost yard, the printout of an emission
calculation, a monthly waste log, a waste programme split into hazardous and non-hazardous wastes, reports on ПЭК, a
laboratory's protocol, a ПЭК plan-graph by months, a plan-graph in letter codes, an internal inspection act's
check-list, a control schedule by season, an inspector's order to remedy violations and a plan against odour). Vietnam:
flower and vegetable greenhouse farms in Đà Lạt and around it (Lâm Đồng), a high-tech agricultural zone and its tenants,
a mushroom and compost producer in Đức Trọng or Tà Năng (phiếu thu thập thông tin, danh sách doanh nghiệp trong khu, báo cáo đề
xuất cấp GPMT, sổ theo dõi chất thải, kết quả quan trắc, kế hoạch quan trắc, biên bản tự kiểm tra, lịch kiểm tra theo
mùa, kết luận kiểm tra, kế hoạch giảm thiểu mùi).

Facility: a consultancy's questionnaire filled in by a greenhouse complex, `№ | вопрос | ответ заказчика` under three
section rows, questions with their asterisks and hints, the coordinates as `N 43°19′52″ E 77°13′05″`, the ОКЭД with its
words, the category with the permit's number in one answer, a cadastral number as look-alike, the plan of CO2 feeding by
months in a table of no role (VI: a consultancy's questionnaire of a Đà Lạt flower or vegetable farm, `Nhóm III` with the
Decree's annex, the land-use certificate as look-alike, the crops and areas in a table of no role) (JF1); a district's
register of greenhouse farms, one row per farm with the farm, its operator and BIN stacked in one cell, the village and its
KATO in another, decimal coordinates `43,2915; 77,4480`, categories II and III and one farm whose category is not yet
determined, a total row (VI: the management board's list of the tenants of a high-tech agricultural zone, the enterprise
number under the company, the lot, groups III and IV and one farm still under construction without a group) (JF2).

Emissions: a champignon farm's НДВ list in which the four identical phase II tunnels stand on one row `0003–0006` with
their emission `на каждый тоннель`, so that each of the four sources emits what the row says, the source merged down over
its substances, the hazard class before the figures, the total counting each tunnel (VI: a mushroom and compost
producer's loads per tunnel or windrow and for all of them, the total alone the emission, no source numbers) (JF1); the
printout of a hydroponic complex's emission calculation as `показатель | обозначение | ед. изм. | значение`, a row
spanning the table per source, the source's data (gas burnt, hours, stack) as rows of no emission, a row per substance
and under it the specific emission, `M` in g/s and `G` in t/year on rows of their own, nitric acid of the nutrient
solution unit (VI: a Đà Lạt farm's substrate-steaming boiler and standby generator worked out the same way with WHO
factors in kg/tấn) (JF2).

Wastes: a greenhouse complex's monthly log of wastes turned on its side — each waste a column with its code and unit
(`т` or `кг`) on header rows of their own, the months as rows, the year's total on the last row the only amount, sodium
lamps of the assimilation lighting in kilograms (VI: a Đà Lạt farm's `sổ theo dõi`, the CTNH codes on a header row,
kilograms) (JF1); a champignon farm's waste programme in two section rows — hazardous wastes in kilograms a year,
non-hazardous ones in tonnes a year, the unit only in the section row — whose hazardous codes are printed without their
asterisk, the spent compost by far the largest (VI: a mushroom producer's GPMT annex with `I. Chất thải nguy hại
(kg/năm)`, `II. …thông thường (tấn/năm)`, `III. …sinh hoạt (tấn/năm)`) (JF2).

Limits: the air at a champignon farm's protection-zone boundary, points as rows with the wind, every cell `факт/ПДК`
(numerator and denominator) as a row under the header explains, hydrogen sulphide `<0,004/0,008` below detection (VI: a
compost producer's ambient air, parameters as rows, points as columns, QCVN 06:2009/BTNMT and QCVN 05:2023/BTNMT in the
last column, µg/m3, `KPH`, weather rows of no limit) (JF1); a laboratory's protocol of a hydroponic complex's two
outlets under rows spanning the table, results written `12,4 ± 1,9`, a method column, the allowed concentrations of the
drainage outlet and dashes for the roof water outlet that no norm binds, potassium and conductivity not normed (VI: a
hydroponic farm's outlets `NT1`, `NT2` as columns against QCVN 40:2011/BTNMT column A, the column's C beside the Cmax
with Kq and Kf — the Cmax the limit — `KPH`) (JF2).

Monitoring: a greenhouse complex's ПЭК plan-graph whose frequencies are only marks `+` under the twelve months —
four marks a quarter, two a half-year, one a year, twelve a month — sources and points as rows (VI: a Đà Lạt farm's plan
with `x` under `T1` … `T12`) (JF1); a champignon farm's plan-graph as two matrices, sources and points against
substances, the cells holding letter codes (`М`, `К`, `П`, `Г`, `–`) explained in a legend line under the first table
(VI: a compost producer's `T`, `Q`, `6T`, `N`) (JF2).

Inspections: the check-list annexed to an internal inspection act of a greenhouse complex, zone rows, the frequency of
each check beside the inspector's `да`/`нет` and remarks, a check at each change of crop without a frequency, the
commission in a table of no role (VI: a farm's `biên bản tự kiểm tra`, `Mỗi vụ trồng`) (JF1); a greenhouse complex's
control schedule with two frequency columns, the heating season and the summer, a check done the same all year written
once across both, `не проводится` in one season, the responsible last (VI: the rainy and the dry season of Đà Lạt)
(JF2).

Tasks: an inspector's order to a greenhouse complex to remedy violations, the violation found beside the requirement —
only the requirement being the task — with the term and the article breached, no column of who acts (VI: a Department's
`kết luận kiểm tra`, `Tồn tại` beside `Yêu cầu khắc phục`) (JF1); a champignon farm's plan against odour after the
residents' complaints, measures `1.1` under rows naming the source with its number and kind, the expected cut of ammonia
and hydrogen sulphide in per cent as two sub-columns, the responsible and the cost (VI: a compost producer's plan with the
lead and the partner units) (JF2).
"""

from __future__ import annotations

from . import vocab
from .common import Doc, distractor, make_bin, num
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


def _kind(number: str) -> str:
    return "unorganized" if number.startswith("6") else "organized"


def _span(rows: list, merges: list, text: str, width: int) -> None:
    """A row whose first cell spans the table."""
    rows.append([text] + [None] * (width - 1))
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))


def _kato(doc: Doc, prefix: str) -> str:
    """A nine-digit KATO code starting with the district's prefix."""
    rest = 9 - len(prefix) - 3
    return f"{prefix}{doc.rng.randint(10 ** (rest - 1), 10**rest - 1)}{doc.rng.choice(('000', '100'))}"


def _fixed(value: float, lang: str, places: int) -> str:
    """A figure with a fixed number of decimals in the language's notation: `8,0`, `1 234,5`, `42,4260`."""
    whole, _, frac = f"{value:.{places}f}".partition(".")
    text = num(int(whole), lang) if len(whole) > 3 else whole
    return text + ("," + frac if frac else "")


def _ne(value: float, lat: bool) -> tuple[str, float]:
    """`N 43°19′52″` (whole seconds) and the decimal degrees it stands for."""
    d = int(value)
    m = int((value - d) * 60)
    s = int(round((value - d - m / 60) * 3600))
    if s == 60:
        m, s = m + 1, 0
    return f"{'N' if lat else 'E'} {d}°{m:02d}′{s:02d}″", round(d + m / 60 + s / 3600, 6)


# code: (RU, KK, VI, hazard class as the tables print it)
AIR = {
    "0301": (vocab.air("0301", "ru"), vocab.air("0301", "kk"), "Nitơ đioxit (NO2)", 2),
    "0304": (vocab.air("0304", "ru"), vocab.air("0304", "kk"), "", 3),
    "0337": (vocab.air("0337", "ru"), vocab.air("0337", "kk"), "Cacbon monoxit (CO)", 4),
    "0330": (vocab.air("0330", "ru"), vocab.air("0330", "kk"), "Lưu huỳnh đioxit (SO2)", 3),
    "0328": (vocab.air("0328", "ru"), vocab.air("0328", "kk"), "", 3),
    "0703": (vocab.air("0703", "ru"), vocab.air("0703", "kk"), "", 1),
    "1325": (vocab.air("1325", "ru"), vocab.air("1325", "kk"), "", 2),
    "2754": (vocab.air("2754", "ru"), vocab.air("2754", "kk"), "", 4),
    "0303": (vocab.air("0303", "ru"), vocab.air("0303", "kk"), "Amoniac (NH3)", 4),
    "0333": (vocab.air("0333", "ru"), vocab.air("0333", "kk"), "Hydro sunfua (H2S)", 2),
    "2902": (vocab.air("2902", "ru"), vocab.air("2902", "kk"), "Bụi tổng", 3),
    "1715": ("Метантиол (Метилмеркаптан)", "Метантиол (метилмеркаптан)", "Metyl mercaptan (CH3SH)", 4),
    "1707": ("Диметилсульфид", "Диметилсульфид", "Dimetyl sunfua", 4),
    "0302": ("Азотная кислота /по молекуле HNO3/", "Азот қышқылы /HNO3 молекуласы бойынша/", "Axit nitric (HNO3)", 2),
}


def _maybe_other(doc: Doc, share: float = 0.35) -> None:
    """Now and then a table of no role that a farm's document may carry (no equipment list of a crushing plant)."""
    if doc.rng.random() < share:
        distractor(doc, doc.pick(("approval", "budget", "contacts", "contents")))


def _air(doc: Doc, code: str) -> str:
    return AIR[code][vocab.LANGS.index(doc.lang)]


def _water(doc: Doc, symbol: str) -> str:
    return vocab.water(symbol, doc.lang)


# ---------------------------------------------------------------- facility

# greenhouse complexes of Kazakhstan
GREENHOUSES = (
    {"ru": "Тепличный комплекс «Алатау Грин»", "kk": "«Алатау Грин» жылыжай кешені", "core": ("Алатау Грин", "Алатау Грин"),
     "op": ("ТОО «Алатау Грин Агро»", "«Алатау Грин Агро» ЖШС"),
     "legal": ("г. Алматы, Медеуский район, пр. Достык, 132, офис 408", "Алматы қ., Медеу ауданы, Достық даңғылы, 132, 408-кеңсе"),
     "place": ("Алматинская область, Енбекшиказахский район, Байтерекский сельский округ, с. Байтерек",
               "Алматы облысы, Еңбекшіқазақ ауданы, Бәйтерек ауылдық округі, Бәйтерек ауылы"),
     "kato": "1956", "at": (43.331, 77.216), "ha": 12.5, "boilers": (4, 5.8), "stack": (35, 1.6),
     "crops": ("томаты, огурцы (гидропоника на минеральной вате)", "қызанақ, қияр (минералды мақтадағы гидропоника)")},
    {"ru": "Тепличный комплекс «Шорнак Агро»", "kk": "«Шорнақ Агро» жылыжай кешені", "core": ("Шорнак Агро", "Шорнақ Агро"),
     "op": ("ТОО «Туркестан Тепличные Технологии»", "«Түркістан Жылыжай Технологиялары» ЖШС"),
     "legal": ("Туркестанская область, г. Туркестан, пр. Тауке хана, 291", "Түркістан облысы, Түркістан қ., Тәуке хан даңғылы, 291"),
     "place": ("Туркестанская область, Сауранский район, Шорнакский сельский округ, 2 км севернее с. Шорнак",
               "Түркістан облысы, Сауран ауданы, Шорнақ ауылдық округі, Шорнақ ауылынан 2 км солтүстікке қарай"),
     "kato": "5146", "at": (43.217, 68.334), "ha": 8.2, "boilers": (3, 4.65), "stack": (30, 1.4),
     "crops": ("томаты черри, огурцы", "шие қызанағы, қияр")},
    {"ru": "Тепличный комплекс «Аксу Өнім»", "kk": "«Ақсу Өнім» жылыжай кешені", "core": ("Аксу Өнім", "Ақсу Өнім"),
     "op": ("ТОО «Сайрам Агро Тепличный»", "«Сайрам Агро Жылыжай» ЖШС"),
     "legal": ("г. Шымкент, Аль-Фарабийский район, ул. Казыбек би, 27", "Шымкент қ., Әл-Фараби ауданы, Қазыбек би көшесі, 27"),
     "place": ("Туркестанская область, Сайрамский район, с. Аксукент, ул. Жибек жолы, участок 14",
               "Түркістан облысы, Сайрам ауданы, Ақсукент ауылы, Жібек жолы көшесі, 14-учаске"),
     "kato": "5156", "at": (42.401, 69.832), "ha": 16.0, "boilers": (5, 7.0), "stack": (40, 1.8),
     "crops": ("огурцы, томаты, салат (малообъемная гидропоника)", "қияр, қызанақ, салат (аз көлемді гидропоника)")},
)  # fmt: skip
CO2_PLAN = (
    ("Январь – февраль", "Қаңтар – ақпан", 900, ("дымовые газы котлов", "қазандардың түтін газдары"), "08:00–16:00"),
    ("Март – апрель", "Наурыз – сәуір", 800, ("дымовые газы котлов", "қазандардың түтін газдары"), "07:00–17:00"),
    ("Май – август", "Мамыр – тамыз", 500, ("жидкий CO2 (при закрытых фрамугах)", "сұйық CO2 (желдеткіштер жабық кезде)"), "06:00–10:00"),
    ("Сентябрь – декабрь", "Қыркүйек – желтоқсан", 800, ("дымовые газы котлов", "қазандардың түтін газдары"), "08:00–16:00"),
)  # fmt: skip


def facility_jf1(doc: Doc) -> None:
    """A consultancy's questionnaire for the ПЭК programme of a greenhouse complex filled in by the customer: `№ | вопрос |
    ответ заказчика` under three section rows, the questions numbered through with asterisks and hints, the answers as the
    customer typed them — the coordinates `N 43°19′52″ E 77°13′05″` in one cell, the ОКЭД code with its words, the
    category with the permit's number, a cadastral number as look-alike, the boilers and the way of feeding CO2; the plan of
    CO2 feeding in a table of no role after it (VI: a consultancy's questionnaire of a flower or vegetable farm at Đà Lạt
    for its GPMT application, `Nhóm III (Phụ lục V …)`, the land-use certificate as look-alike, crops and areas in a table
    of no role)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_jf1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    c = doc.pick(GREENHOUSES)
    name, operator = c[doc.lang], c["op"][L]
    bin_, kato = make_bin(r), _kato(doc, c["kato"])
    lat, lat_v = _ne(c["at"][0] + r.uniform(-0.01, 0.01), True)
    lon, lon_v = _ne(c["at"][1] + r.uniform(-0.01, 0.01), False)
    n_b, mw = c["boilers"]
    gas = r.randint(700, 950) * n_b * 2
    permit = f"KZ{r.randint(10, 99)}VCZ{r.randint(10**7, 10**8 - 1):08d}"
    cadastre = f"03-{r.randint(40, 49)}{r.randint(0, 9)}-{r.randint(10, 199):03d}-{r.randint(100, 999)}"
    site = round(c["ha"] * r.uniform(1.35, 1.6), 1)
    doc.p(g("ТОО «ЭкоПроект Консалтинг» – исполнитель работ по договору", "«ЭкоПроект Консалтинг» ЖШС – шарт бойынша жұмыстарды орындаушы", ""))
    doc.h(g("Опросный лист для разработки программы производственного экологического контроля",
            "Өндірістік экологиялық бақылау бағдарламасын әзірлеуге арналған сауалнама", ""))
    doc.p(g("Заполняется заказчиком. Вопросы, отмеченные знаком *, обязательны для заполнения; при отсутствии сведений ставится прочерк. "
            "Подтверждающие документы прикладываются в виде копий.",
            "Тапсырыс беруші толтырады. * белгісі қойылған сұрақтарға жауап беру міндетті; мәліметтер болмаған жағдайда сызықша қойылады. "
            "Растайтын құжаттар көшірме түрінде қоса беріледі.", ""))
    rows = [g(["№", "Вопрос", "Ответ заказчика"], ["№", "Сұрақ", "Тапсырыс берушінің жауабы"], [])]
    merges: list = []
    _span(rows, merges, g("1. Сведения о заказчике (операторе объекта)", "1. Тапсырыс беруші (объект операторы) туралы мәліметтер", ""), 3)
    head = doc.pick((("Директор", "Директор"), ("Генеральный директор", "Бас директор")))
    person = doc.pick(("Нуржанов Д.С.", "Ермекбаев А.Т.", "Ли Е.В."))
    rows += [["1", g("Полное наименование юридического лица*", "Заңды тұлғаның толық атауы*", ""), operator],
             ["2", g("Бизнес-идентификационный номер (БИН)*", "Бизнес-сәйкестендіру нөмірі (БСН)*", ""), bin_],
             ["3", g("Юридический адрес", "Заңды мекенжайы", ""), c["legal"][L]],
             ["4", g("Первый руководитель (должность, Ф.И.О.)", "Бірінші басшы (лауазымы, аты-жөні)", ""), f"{head[L]} {person}"],
             ["5", g("Ответственный за экологические вопросы, телефон", "Экология мәселелеріне жауапты тұлға, телефоны", ""),
              g(f"агроном-эколог Ким В.Ю., +7 701 {r.randint(200, 999)} {r.randint(10, 99)} {r.randint(10, 99)}",
                f"агроном-эколог Ким В.Ю., +7 701 {r.randint(200, 999)} {r.randint(10, 99)} {r.randint(10, 99)}", "")]]
    _span(rows, merges, g("2. Сведения об объекте", "2. Объект туралы мәліметтер", ""), 3)
    rows += [["6", g("Наименование объекта*", "Объектінің атауы*", ""), name],
             ["7", g("Местонахождение объекта (область, район, населенный пункт)*", "Объектінің орналасқан жері (облыс, аудан, елді мекен)*", ""),
              c["place"][L]],
             ["8", g("Код КАТО", "ҚАТО коды", ""), kato],
             ["9", g("Основной вид деятельности (код ОКЭД и наименование)", "Негізгі қызмет түрі (ЭҚЖЖ коды және атауы)", ""),
              g("01131 – Выращивание овощей", "01131 – Көкөніс өсіру", "")],
             ["10", g("Координаты центра площадки (WGS-84, по данным Google Earth)", "Алаң орталығының координаттары (WGS-84, Google Earth бойынша)", ""),
              f"{lat}  {lon}"],
             ["11", g("Кадастровый номер земельного участка", "Жер учаскесінің кадастрлық нөмірі", ""), cadastre],
             ["12", g("Площадь участка / площадь зимних теплиц, га", "Учаске ауданы / қысқы жылыжайлар ауданы, га", ""),
              f"{num(site, doc.lang)} / {num(c['ha'], doc.lang)}"],
             ["13", g("Категория объекта по ст. 12 Экологического кодекса РК; номер и дата экологического разрешения",
                      "ҚР Экология кодексінің 12-бабы бойынша объект санаты; экологиялық рұқсаттың нөмірі мен күні", ""),
              g(f"II категория; разрешение на воздействие № {permit} от {r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2024",
                f"II санат; {r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2024 ж. № {permit} әсер етуге рұқсат", "")],
             ["14", g("Выращиваемые культуры", "Өсірілетін дақылдар", ""), c["crops"][L]],
             ["15", g("Режим работы", "Жұмыс режимі", ""), g("круглогодично, 365 сут./год, котельная – 8 760 ч/год",
                                                              "жыл бойы, жылына 365 тәул., қазандық – жылына 8 760 сағ", "")]]
    _span(rows, merges, g("3. Теплоснабжение, подкормка CO2, водоснабжение", "3. Жылумен жабдықтау, CO2 үстеме қоректендіру, сумен жабдықтау", ""), 3)
    rows += [["16", g("Источник теплоснабжения (тип и количество котлов, мощность)", "Жылумен жабдықтау көзі (қазандардың түрі мен саны, қуаты)", ""),
              g(f"собственная газовая котельная: {n_b} водогрейных котла по {num(mw, 'ru')} МВт, топливо – природный газ",
                f"меншікті газ қазандығы: әрқайсысы {num(mw, 'kk')} МВт {n_b} су жылыту қазаны, отыны – табиғи газ", "")],
             ["17", g("Высота и диаметр устья дымовой трубы, м", "Түтін мұржасының биіктігі мен сағасының диаметрі, м", ""),
              f"{c['stack'][0]} / {num(c['stack'][1], doc.lang)}"],
             ["18", g("Годовой расход природного газа, тыс. м³", "Табиғи газдың жылдық шығыны, мың м³", ""), num(gas, doc.lang)],
             ["19", g("Способ подкормки растений CO2", "Өсімдіктерді CO2-мен үстеме қоректендіру тәсілі", ""),
              g("очищенные дымовые газы котлов (каталитический нейтрализатор NOx, конденсационный экономайзер) подаются по полиэтиленовым "
                "рукавам под растения; летом – жидкий CO2 из изотермического резервуара 30 т",
                "қазандардың тазартылған түтін газдары (NOx каталитикалық бейтараптандырғышы, конденсациялық экономайзер) полиэтилен "
                "жеңдер арқылы өсімдіктердің астына беріледі; жазда – 30 т изотермиялық резервуардағы сұйық CO2", "")],
             ["20", g("Источник водоснабжения; отведение дренажных вод", "Сумен жабдықтау көзі; дренаж суларын бұру", ""),
              g("2 артезианские скважины; дренаж после УФ-обеззараживания возвращается в полив, избыток – в пруд-испаритель",
                "2 артезиан ұңғымасы; дренаж УК-залалсыздандырудан кейін суаруға қайтарылады, артығы – булану тоғанына", "")]]  # fmt: skip
    doc.table(None, rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": c["core"][L], "kato": kato, "oked": "01131", "category": "II", "lat": lat_v, "lon": lon_v})
    plan = [g(["Период", "Целевая концентрация CO2 в теплице, ppm", "Источник CO2", "Часы подачи"],
              ["Кезең", "Жылыжайдағы CO2 мақсатты концентрациясы, ppm", "CO2 көзі", "Беру сағаттары"], [])]
    for p_ru, p_kk, ppm, src, hours in CO2_PLAN:
        plan.append([(p_ru, p_kk)[L], num(ppm, doc.lang), src[L], hours])
    doc.table(g("Приложение к ответу на вопрос 19. Плановый режим подкормки CO2", "19-сұраққа жауапқа қосымша. CO2 үстеме қоректендірудің жоспарлы режимі", ""),
              plan, role="other")
    doc.p(g("Опросный лист заполнил: агроном-эколог Ким В.Ю. Достоверность сведений подтверждаю.",
            "Сауалнаманы толтырған: агроном-эколог Ким В.Ю. Мәліметтердің дұрыстығын растаймын.", ""))


# flower and vegetable farms at Đà Lạt: (farm, key, company, head office, place, lat, lon, [(crop, ha, how, output)])
VN_FARMS = (
    ("Trang trại hoa công nghệ cao Langbiang", "Langbiang", "Công ty TNHH Hoa Langbiang",
     "số 12 đường Hoàng Văn Thụ, phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng", "đường Langbiang, phường Lang Biang - Đà Lạt, tỉnh Lâm Đồng",
     11.988, 108.441, (("Hoa hồng", 2.4, "Nhà kính khung thép, mái màng PE, tưới nhỏ giọt", "1,9 triệu cành/năm"),
                       ("Hoa cúc", 3.1, "Nhà kính, chiếu sáng bổ sung ban đêm", "2,6 triệu cành/năm"),
                       ("Cẩm chướng", 1.0, "Nhà kính, trồng trên giá thể xơ dừa", "0,8 triệu cành/năm"))),
    ("Khu sản xuất rau thủy canh Xuân Thọ", "Xuân Thọ", "Công ty Cổ phần Nông nghiệp Xanh Xuân Thọ",
     "số 45 đường Hùng Vương, phường Xuân Trường - Đà Lạt, tỉnh Lâm Đồng", "đường Hùng Vương nối dài, phường Xuân Trường - Đà Lạt, tỉnh Lâm Đồng",
     11.934, 108.514, (("Xà lách các loại", 2.2, "Thủy canh hồi lưu (NFT) trong nhà màng", "310 tấn/năm"),
                       ("Cà chua bi", 1.6, "Thủy canh trên giá thể xơ dừa", "240 tấn/năm"),
                       ("Dâu tây", 0.8, "Máng treo, giá thể, tưới nhỏ giọt", "45 tấn/năm"))),
    ("Trang trại hoa Hiệp Thạnh", "Hiệp Thạnh", "Công ty TNHH Sản xuất Hoa Hiệp Thạnh",
     "thôn Phi Nôm, xã Hiệp Thạnh, tỉnh Lâm Đồng", "thôn Phi Nôm, xã Hiệp Thạnh, tỉnh Lâm Đồng",
     11.789, 108.372, (("Hoa đồng tiền", 1.8, "Nhà kính, giá thể, tưới nhỏ giọt", "2,1 triệu cành/năm"),
                       ("Lan hồ điệp", 1.2, "Nhà kính có điều hòa nhiệt độ", "180.000 chậu/năm"),
                       ("Hoa cúc", 2.5, "Nhà kính, chiếu sáng bổ sung ban đêm", "2,0 triệu cành/năm"))),
)  # fmt: skip


def _msdn_ld(doc: Doc) -> str:
    """An enterprise number of Lâm Đồng (prefix 58)."""
    return f"58{doc.rng.randint(0, 99999999):08d}"


def _facility_jf1_vi(doc: Doc) -> None:
    r = doc.rng
    name, key, company, office, place, lat0, lon0, crops = doc.pick(VN_FARMS)
    msdn = _msdn_ld(doc)
    lat, lat_v = _ne(lat0 + r.uniform(-0.004, 0.004), True)
    lon, lon_v = _ne(lon0 + r.uniform(-0.004, 0.004), False)
    area = sum(c[1] for c in crops)
    doc.p("CÔNG TY TNHH TƯ VẤN MÔI TRƯỜNG LÂM VIÊN")
    doc.h("PHIẾU THU THẬP THÔNG TIN PHỤC VỤ LẬP BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG")
    doc.p("Đề nghị Quý Công ty điền đầy đủ thông tin; các mục đánh dấu (*) là bắt buộc. Trường hợp không có thông tin, ghi \"Không có\".")
    rows = [["STT", "Nội dung thông tin", "Thông tin do chủ cơ sở cung cấp"]]
    merges: list = []
    _span(rows, merges, "A. THÔNG TIN VỀ CHỦ CƠ SỞ", 3)
    rows += [["1", "Tên chủ cơ sở (*)", company],
             ["2", "Mã số doanh nghiệp (*)", msdn],
             ["3", "Địa chỉ trụ sở chính", office],
             ["4", "Người đại diện theo pháp luật, chức vụ", doc.pick(("Ông Nguyễn Đức Tâm – Giám đốc", "Bà Trần Thị Thu Hà – Tổng Giám đốc",
                                                                       "Ông Phạm Minh Khoa – Giám đốc"))]]
    _span(rows, merges, "B. THÔNG TIN VỀ CƠ SỞ", 3)
    cert = f"{doc.pick(('CX', 'DA', 'DB'))} {r.randint(100000, 999999)}, số vào sổ CS {r.randint(1000, 9999):05d}"
    rows += [["5", "Tên cơ sở (*)", name],
             ["6", "Địa điểm thực hiện (*)", place],
             ["7", "Tọa độ vị trí khu đất (hệ WGS-84)", f"{lat} – {lon}"],
             ["8", "Giấy chứng nhận quyền sử dụng đất (số, số vào sổ)", cert],
             ["9", "Tổng diện tích đất / diện tích nhà kính, nhà màng (ha)", f"{_fixed(area * 1.3, 'vi', 1)} / {_fixed(area, 'vi', 1)}"],
             ["10", "Phân loại dự án, cơ sở theo tiêu chí về môi trường (*)", "Nhóm III (Phụ lục V ban hành kèm theo Nghị định số 08/2022/NĐ-CP)"],
             ["11", "Thời gian bắt đầu hoạt động", f"Tháng {r.randint(1, 12):02d}/{r.randint(2014, 2020)}"]]
    _span(rows, merges, "C. HOẠT ĐỘNG SẢN XUẤT VÀ NGUỒN PHÁT SINH CHẤT THẢI", 3)
    rows += [["12", "Nguồn nước sử dụng, lưu lượng (m³/ngày)", f"Giếng khoan và hồ chứa nước mưa; {r.randint(60, 180)} m³/ngày"],
             ["13", "Nước thải phát sinh (nguồn, lưu lượng)", f"Nước thải sinh hoạt {r.randint(3, 8)} m³/ngày; nước thải dư từ hệ thống tưới "
                                                            f"{r.randint(8, 25)} m³/ngày"],
             ["14", "Máy móc sử dụng nhiên liệu", "Máy phát điện dự phòng 250 kVA (dầu DO)"],
             ["15", "Chất thải nguy hại chủ yếu", "Bao bì thuốc bảo vệ thực vật, bóng đèn huỳnh quang thải"]]  # fmt: skip
    doc.table(None, rows, merges, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": key, "category": "III", "lat": lat_v, "lon": lon_v})
    crop = [["Loại cây trồng", "Diện tích (ha)", "Hình thức canh tác", "Sản lượng dự kiến"]]
    for c_name, ha, how, output in crops:
        crop.append([c_name, num(ha, "vi"), how, output])
    doc.table("Bảng kèm theo mục 9. Cơ cấu cây trồng", crop, role="other")


# districts of the greenhouse register: (RU genitive, KK, RU oblast, KK oblast, KATO prefix, [(RU village, KK village, lat, lon)])
DISTRICTS = (
    ("Енбекшиказахского", "Еңбекшіқазақ", "Алматинской области", "Алматы облысы", "1956",
     (("г. Есик", "Есік қ.", 43.355, 77.452), ("с. Шелек", "Шелек а.", 43.597, 78.251), ("с. Байтерек", "Бәйтерек а.", 43.331, 77.216),
      ("с. Тургень", "Түрген а.", 43.398, 77.594), ("с. Саймасай", "Саймасай а.", 43.371, 77.352))),
    ("Сайрамского", "Сайрам", "Туркестанской области", "Түркістан облысы", "5156",
     (("с. Аксукент", "Ақсукент а.", 42.401, 69.832), ("с. Карабулак", "Қарабұлақ а.", 42.511, 69.787), ("с. Манкент", "Манкент а.", 42.476, 69.918),
      ("с. Карамурт", "Қарамұрт а.", 42.433, 69.762), ("с. Кутарыс", "Құтарыс а.", 42.362, 69.771))),
)  # fmt: skip
# (RU farm, KK farm, RU operator, KK operator, key, ha, RU heat, KK heat, category or None)
REGISTER = (
    ("Тепличное хозяйство «Жасыл Алқап»", "«Жасыл Алқап» жылыжай шаруашылығы", "ТОО «Жасыл Алқап»", "«Жасыл Алқап» ЖШС", "Жасыл Алқап", 9.6,
     "газовая котельная 3 × 4 МВт; подкормка CO2 дымовыми газами", "газ қазандығы 3 × 4 МВт; түтін газдарымен CO2 үстеме қоректендіру", "II"),
    ("Тепличный комбинат «Береке»", "«Береке» жылыжай комбинаты", "ТОО «Береке Агро Тепличный»", "«Береке Агро Жылыжай» ЖШС", "Береке", 14.2,
     "газовая котельная 4 × 5,8 МВт; газопоршневая установка 2 МВт", "газ қазандығы 4 × 5,8 МВт; газ-поршеньді қондырғы 2 МВт", "II"),
    ("Тепличный участок агрофирмы «Нұр-Өнім»", "«Нұр-Өнім» агрофирмасының жылыжай учаскесі", "ТОО «Агрофирма Нұр-Өнім»", "«Нұр-Өнім агрофирмасы» ЖШС",
     "Нұр-Өнім", 1.8, "газовые теплогенераторы (4 шт. по 0,5 МВт)", "газ жылу генераторлары (әрқайсысы 0,5 МВт, 4 дана)", "III"),
    ("Теплицы «Көктем»", "«Көктем» жылыжайлары", "ТОО «Көктем Агро»", "«Көктем Агро» ЖШС", "Көктем", 0.9,
     "угольная котельная 2 × 0,63 МВт (зимний период)", "көмір қазандығы 2 × 0,63 МВт (қысқы кезең)", "III"),
    ("Тепличный комплекс «Green Valley» (I очередь)", "«Green Valley» жылыжай кешені (I кезек)", "ТОО «Грин Вэлли Казахстан»", "«Грин Вэлли Қазақстан» ЖШС",
     "Green Valley", 6.0, "газовая котельная 2 × 5 МВт (пусконаладка)", "газ қазандығы 2 × 5 МВт (іске қосу-баптау)", None),
)  # fmt: skip


def facility_jf2(doc: Doc) -> None:
    """A district's register of its greenhouse farms sent to the Department of Ecology, one row per farm: the farm, its
    operator and the BIN stacked in one cell on three lines, the village and its KATO in another, the area under glass,
    the heating, decimal coordinates `43,2915; 77,4480`, the category — II for the large gas-heated complexes, III for the
    small ones, `не определена` for one still being commissioned — and the permit or declaration, a total row (VI: the
    management board's list of the enterprises of a high-tech agricultural zone, the company over its enterprise number, the
    project, the lot, groups III and IV, one project under construction with no group)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_jf2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    d_ru, d_kk, o_ru, o_kk, prefix, villages = doc.pick(DISTRICTS)
    places = r.sample(villages, len(REGISTER))
    doc.p(g(f"Исх. № {r.randint(100, 900)} от {r.randint(10, 28)}.01.2026", f"{r.randint(10, 28)}.01.2026 ж. шығыс № {r.randint(100, 900)}", ""))
    doc.h(g(f"Реестр тепличных хозяйств {d_ru} района {o_ru} по состоянию на 01.01.2026",
            f"{o_kk} {d_kk} ауданының жылыжай шаруашылықтарының 01.01.2026 жағдай бойынша тізілімі", ""))
    doc.p(g("Представляется ГУ «Отдел сельского хозяйства и земельных отношений» района по запросу Департамента экологии для планирования "
            "профилактического контроля. Категории объектов указаны по данным операторов.",
            "Аудандық «Ауыл шаруашылығы және жер қатынастары бөлімі» ММ профилактикалық бақылауды жоспарлау үшін Экология департаментінің "
            "сұрауы бойынша ұсынады. Объектілердің санаттары операторлардың деректері бойынша көрсетілген.", ""))
    rows = [g(["№ п/п", "Хозяйство, оператор, БИН", "Местонахождение, код КАТО", "Площадь теплиц, га", "Теплоснабжение",
               "Координаты (широта; долгота)", "Категория объекта", "Экологический документ"],
              ["Р/с №", "Шаруашылық, оператор, БСН", "Орналасқан жері, ҚАТО коды", "Жылыжайлар ауданы, га", "Жылумен жабдықтау",
               "Координаттар (ендік; бойлық)", "Объект санаты", "Экологиялық құжат"], [])]
    total = 0.0
    for k, ((f_ru, f_kk, op_ru, op_kk, key, ha, h_ru, h_kk, cat), (v_ru, v_kk, lat0, lon0)) in enumerate(zip(REGISTER, places, strict=True), 1):
        bin_, kato = make_bin(r), _kato(doc, prefix)
        lat, lon = round(lat0 + r.uniform(-0.01, 0.01), 4), round(lon0 + r.uniform(-0.01, 0.01), 4)
        area = round(ha * r.uniform(0.9, 1.1), 1)
        total += area
        if cat == "II":
            paper = g(f"разрешение на воздействие № KZ{r.randint(10, 99)}VCZ{r.randint(10**7, 10**8 - 1):08d}",
                      f"әсер етуге рұқсат № KZ{r.randint(10, 99)}VCZ{r.randint(10**7, 10**8 - 1):08d}", "")
        elif cat == "III":
            paper = g(f"декларация о воздействии от {r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2024",
                      f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2024 ж. әсер ету туралы декларация", "")
        else:
            paper = g("в стадии оформления", "ресімделу сатысында", "")
        rows.append([str(k), f"{(f_ru, f_kk)[L]}\n{(op_ru, op_kk)[L]}\n{g('БИН', 'БСН', '')} {bin_}",
                     f"{(v_ru, v_kk)[L]}\n{g('КАТО', 'ҚАТО', '')} {kato}", _fixed(area, doc.lang, 1), (h_ru, h_kk)[L],
                     f"{_fixed(lat, doc.lang, 4)}; {_fixed(lon, doc.lang, 4)}", cat or g("не определена", "анықталмаған", ""), paper])
        item = {"bin": bin_, "name_contains": key, "kato": kato, "lat": lat, "lon": lon}
        if cat:
            item["category"] = cat
        doc.add("facilities", item)
    rows.append(["", g(f"Итого: {len(REGISTER)} хозяйств", f"Барлығы: {len(REGISTER)} шаруашылық", ""), "", _fixed(total, doc.lang, 1),
                 "", "", "", ""])
    doc.table(None, rows, role="facility")
    doc.p(g("Руководитель отдела ______________", "Бөлім басшысы ______________", ""))
    _maybe_other(doc, 0.3)


# tenants of a high-tech agricultural zone: (company, project, key, lot, ha, products, group or None, paper)
VN_ZONE = (
    ("Công ty TNHH Hoa Phát Chi", "Dự án trồng hoa cắt cành trong nhà kính", "hoa cắt cành", "A1", 8.5, "Hoa hồng, hoa cúc", "III", "GPMT"),
    ("Công ty Cổ phần Rau Sạch Lâm Viên", "Cơ sở sản xuất rau thủy canh Lâm Viên", "thủy canh Lâm Viên", "A3", 4.2, "Xà lách, cải bó xôi",
     "III", "GPMT"),
    ("Công ty TNHH Giống Cây trồng Cao Nguyên", "Phòng nuôi cấy mô và vườn ươm cây giống", "nuôi cấy mô", "B2", 1.6,
     "Cây giống hoa, khoai tây sạch bệnh", "IV", "ĐKMT"),
    ("Công ty TNHH Dâu Tây Đà Lạt Farm", "Nhà màng trồng dâu tây công nghệ Nhật Bản", "dâu tây", "B5", 2.3, "Dâu tây", "IV", "ĐKMT"),
    ("Công ty Cổ phần Nông nghiệp Sinh học Langfarm", "Nhà máy sơ chế, đóng gói nông sản và kho lạnh", "sơ chế, đóng gói", "C1", 3.0,
     "Rau, hoa đóng gói", None, "-"),
)  # fmt: skip


def _facility_jf2_vi(doc: Doc) -> None:
    r = doc.rng
    doc.p("BAN QUẢN LÝ KHU NÔNG NGHIỆP ỨNG DỤNG CÔNG NGHỆ CAO TỈNH LÂM ĐỒNG")
    doc.h("DANH SÁCH DOANH NGHIỆP ĐANG ĐẦU TƯ, SẢN XUẤT TRONG KHU NÔNG NGHIỆP ỨNG DỤNG CÔNG NGHỆ CAO PHÁT CHI (tính đến ngày 31/12/2025)")
    doc.p("Gửi Sở Nông nghiệp và Môi trường tỉnh Lâm Đồng để xây dựng kế hoạch kiểm tra năm 2026. Khu có tổng diện tích 120 ha thuộc phường "
          "Xuân Trường - Đà Lạt; tọa độ là tọa độ tâm lô đất theo hệ WGS-84.")
    rows = [["TT", "Tên doanh nghiệp /\nMã số doanh nghiệp", "Tên dự án, cơ sở", "Lô đất", "Diện tích (ha)", "Sản phẩm chính", "Tọa độ tâm lô",
             "Hồ sơ môi trường", "Phân nhóm theo Luật BVMT 2020"]]
    for k, (company, project, key, lot, ha, products, group, paper) in enumerate(VN_ZONE, 1):
        msdn = _msdn_ld(doc)
        lat, lon = round(11.905 + r.uniform(-0.006, 0.006), 5), round(108.552 + r.uniform(-0.006, 0.006), 5)
        if paper == "GPMT":
            paper_s = f"GPMT số {r.randint(10, 250)}/GPMT-UBND ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.choice((2023, 2024))}"
        elif paper == "ĐKMT":
            paper_s = f"Đăng ký môi trường, UBND phường tiếp nhận ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2025"
        else:
            paper_s = "Đang xây dựng, chưa vận hành"
        rows.append([str(k), f"{company}\nMSDN: {msdn}", project, lot, num(ha, "vi"), products, f"{_fixed(lat, 'vi', 5)}° B; {_fixed(lon, 'vi', 5)}° Đ", paper_s,
                     f"Nhóm {group}" if group else "-"])
        item = {"bin": msdn, "name_contains": key, "lat": lat, "lon": lon}
        if group:
            item["category"] = group
        doc.add("facilities", item)
    doc.table("Bảng 1. Danh sách doanh nghiệp trong khu", rows, role="facility")
    doc.p("Ghi chú: GPMT – giấy phép môi trường; ĐKMT – đăng ký môi trường.")
    _maybe_other(doc, 0.3)


# ---------------------------------------------------------------- emissions

# champignon farms: (RU farm, KK farm, RU operator, KK operator, RU place, KK place)
MUSHROOM_FARMS = (
    ("Грибной комплекс «Алатау Шампиньон»", "«Алатау Шампиньон» саңырауқұлақ кешені", "ТОО «Алатау Фунги»", "«Алатау Фунги» ЖШС",
     "Алматинская область, Талгарский район, с. Бесагаш", "Алматы облысы, Талғар ауданы, Бесағаш ауылы"),
    ("Грибная ферма «Іле Саңырауқұлақ»", "«Іле Саңырауқұлақ» фермасы", "ТОО «Іле Агро Фунги»", "«Іле Агро Фунги» ЖШС",
     "Алматинская область, Илийский район, с. Байсерке", "Алматы облысы, Іле ауданы, Байсерке ауылы"),
    ("Грибной комплекс «Тұлпар Фунги»", "«Тұлпар Фунги» саңырауқұлақ кешені", "ТОО «Тұлпар Агро»", "«Тұлпар Агро» ЖШС",
     "Туркестанская область, Толебийский район, с. Кемекалган", "Түркістан облысы, Төлеби ауданы, Кемекалған ауылы"),
)  # fmt: skip
# (numbers, RU, KK, {code: ((low, high) g/s, (low, high) t/year)}); several numbers: identical sources given once
COMPOST_SOURCES = (
    (("0001",), "Дымовая труба котельной (2 котла по 1 МВт, природный газ)", "Қазандықтың түтін мұржасы (әрқайсысы 1 МВт 2 қазан, табиғи газ)",
     {"0301": ((0.03, 0.08), (0.6, 1.8)), "0304": ((0.005, 0.013), (0.1, 0.3)), "0337": ((0.05, 0.15), (1.0, 3.5))}),
    (("0002",), "Труба биофильтра-скруббера бункеров ферментации фазы I", "I фазадағы ферменттеу бункерлерінің биосүзгі-скруббер құбыры",
     {"0303": ((0.05, 0.15), (1.2, 4.0)), "0333": ((0.002, 0.008), (0.05, 0.2)), "1715": ((0.0002, 0.0008), (0.005, 0.02))}),
    (("0003", "0004", "0005", "0006"), "Тоннели пастеризации и кондиционирования компоста фазы II (4 ед.), выброс на каждый тоннель*",
     "II фазадағы компостты пастерлеу және кондициялау туннельдері (4 бірл.), шығарынды әр туннельге*",
     {"0303": ((0.01, 0.04), (0.2, 1.0)), "0333": ((0.0005, 0.002), (0.01, 0.05))}),
    (("6001",), "Площадка увлажнения и буртования соломы с куриным пометом (фаза 0)",
     "Сабан мен құс саңғырығын ылғалдандыру және үйінділеу алаңы (0 фаза)",
     {"0303": ((0.1, 0.3), (2.0, 6.0)), "0333": ((0.005, 0.02), (0.1, 0.5)), "1715": ((0.0005, 0.002), (0.01, 0.05)),
      "1707": ((0.001, 0.004), (0.02, 0.08))}),
    (("6002",), "Склад соломы и куриного помета (под навесом)", "Сабан мен құс саңғырығы қоймасы (қалқа астында)",
     {"2902": ((0.02, 0.08), (0.3, 1.2)), "0303": ((0.02, 0.06), (0.4, 1.5))}),
    (("6003",), "Узел смешивания компоста с гипсом и загрузки тоннелей (фронтальный погрузчик)",
     "Компостты гипспен араластыру және туннельдерге тиеу торабы (фронтальды тиегіш)",
     {"2902": ((0.03, 0.1), (0.1, 0.5)), "0301": ((0.005, 0.02), (0.02, 0.08)), "0337": ((0.02, 0.06), (0.05, 0.2))}),
)  # fmt: skip


def emissions_jf1(doc: Doc) -> None:
    """A champignon farm's list of sources and emissions in its НДВ draft, the four identical phase II tunnels — each with
    a stack of its own — written on one row `0003–0006` with their emission `на каждый тоннель` and a footnote saying so,
    so that each of the four sources emits what the row says; `№ ИЗА | источник | код | вещество | класс опасности | г/с |
    т/год`, the source merged down over its substances, the total counting each tunnel (VI: a mushroom and compost
    producer's loads per windrow, tunnel or boiler and the number of them, the total of all the units alone the emission,
    no source numbers)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_jf1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    farm = doc.pick(MUSHROOM_FARMS)
    name, operator, place = farm[L], farm[2 + L], farm[4 + L]
    doc.h(g(f"Проект нормативов допустимых выбросов. {name} ({operator})", f"{name} ({operator}). Жол берілетін шығарындылар нормативтерінің жобасы", ""))
    doc.p(g(f"Объект расположен по адресу: {place}. Комплекс производит компост для шампиньонов по технологии фаз 0, I и II (солома пшеницы, "
            "куриный помет, гипс) и выращивает грибы в 24 камерах; компост фазы II и выращивание не являются источниками выбросов.",
            f"Объектінің мекенжайы: {place}. Кешен 0, I және II фазалар технологиясы бойынша шампиньонға арналған компост (бидай сабаны, құс "
            "саңғырығы, гипс) дайындайды және саңырауқұлақты 24 камерада өсіреді; өсіру камералары шығарынды көзі болып табылмайды.", ""))
    rows = [g(["№ ИЗА", "Наименование источника выброса", "Код ЗВ", "Наименование загрязняющего вещества", "Класс опасности", "Выброс ЗВ, г/с",
               "Выброс ЗВ, т/год"],
              ["ЛШК №", "Шығарынды көзінің атауы", "ЛЗ коды", "Ластаушы заттың атауы", "Қауіптілік сыныбы", "ЛЗ шығарындысы, г/с",
               "ЛЗ шығарындысы, т/жыл"], [])]
    merges = []
    sum_g = sum_t = 0.0
    numbers: list[str] = []
    for nums, s_ru, s_kk, codes in COMPOST_SOURCES:
        label = nums[0] if len(nums) == 1 else f"{nums[0]}–{nums[-1]}"
        start = len(rows)
        for j, (c, ((glo, ghi), (tlo, thi))) in enumerate(codes.items()):
            gs, ty = _sig(r.uniform(glo, ghi), 3), _sig(r.uniform(tlo, thi), 3)
            hz = AIR[c][3]
            rows.append([label if j == 0 else None, (s_ru, s_kk)[L] if j == 0 else None, c, _air(doc, c), str(hz), num(gs, doc.lang), num(ty, doc.lang)])
            for n in nums:
                doc.add("emissions", emission(c, gs, ty, n, hz))
            sum_g += gs * len(nums)
            sum_t += ty * len(nums)
        if len(codes) > 1:
            merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
        numbers += nums
    rows.append(["", g("Итого по предприятию", "Кәсіпорын бойынша барлығы", ""), "", "", "", num(round(sum_g, 6), doc.lang), num(round(sum_t, 6), doc.lang)])
    doc.table(g("Таблица 3.1 – Источники выбросов и количественные характеристики выбросов загрязняющих веществ",
                "3.1-кесте – Шығарынды көздері және ластаушы заттар шығарындыларының сандық сипаттамалары", ""), rows, merges, role="emissions")
    doc.add("sources", *({"number": n, "type": _kind(n)} for n in numbers))
    doc.p(g("* Тоннели № 1–4 фазы II оборудованы самостоятельными вытяжными трубами (ИЗА 0003, 0004, 0005, 0006) одинаковых параметров и "
            "режима работы; выбросы в таблице приведены для одного тоннеля, в строке «Итого» учтены все четыре.",
            "* II фазадағы № 1–4 туннельдер параметрлері мен жұмыс режимі бірдей дербес сору құбырларымен (0003, 0004, 0005, 0006 ЛШК) "
            "жабдықталған; кестеде шығарындылар бір туннель үшін келтірілген, «Барлығы» жолында төртеуі де ескерілген.", ""))
    _maybe_other(doc)


# mushroom and compost producers of Lâm Đồng: (facility, company, place)
VN_MUSHROOM = (
    ("Cơ sở sản xuất nấm và phân hữu cơ vi sinh Đức Trọng", "Công ty TNHH Nấm Xanh Lâm Đồng", "xã Đức Trọng, tỉnh Lâm Đồng"),
    ("Trang trại nấm và xưởng ủ compost Tà Năng", "Công ty Cổ phần Nấm Cao Nguyên", "xã Tà Năng, tỉnh Lâm Đồng"),
)
# (source, units, unit word, hours a year, {code: (low, high) g/s of one unit})
VN_COMPOST_SOURCES = (
    ("Luống ủ compost ngoài trời (pha I)", 6, "luống", 8760, {"0303": (0.02, 0.06), "0333": (0.001, 0.004), "1715": (0.0001, 0.0004)}),
    ("Hầm thanh trùng compost (pha II)", 4, "hầm", 8760, {"0303": (0.008, 0.02), "0333": (0.0004, 0.0015)}),
    ("Lò hơi đốt viên nén sinh khối 1 tấn hơi/giờ", 1, "lò", 6000, {"2902": (0.1, 0.3), "0330": (0.01, 0.04), "0301": (0.06, 0.15), "0337": (0.1, 0.3)}),
    ("Khu phối trộn rơm, phân gà và thạch cao", 1, "khu", 2400, {"2902": (0.02, 0.06), "0303": (0.01, 0.03)}),
)  # fmt: skip


def _emissions_jf1_vi(doc: Doc) -> None:
    r = doc.rng
    facility, company, place = doc.pick(VN_MUSHROOM)
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – {facility.upper()}")
    doc.h("3.2.1. Tải lượng bụi, khí thải và mùi")
    doc.p(f"Chủ cơ sở: {company}; địa điểm: {place}. Tải lượng được xác định cho 01 đơn vị (luống, hầm, lò) theo kết quả đo đạc tại cơ sở "
          "tương tự, sau đó nhân với số lượng đơn vị hoạt động đồng thời.")
    rows = [["TT", "Nguồn phát sinh", "Số lượng", "Thông số", "Tải lượng 01 đơn vị (g/s)", "Tổng tải lượng (g/s)", "Tổng tải lượng (tấn/năm)"]]
    merges = []
    for k, (source, units, word, hours, codes) in enumerate(VN_COMPOST_SOURCES, 1):
        start = len(rows)
        for j, (c, (lo, hi)) in enumerate(codes.items()):
            one = _sig(r.uniform(lo, hi), 3)
            gs = _sig(one * units, 6)
            ty = _sig(gs * 3600 * hours / 1e6, 3)
            rows.append([str(k) if j == 0 else None, source if j == 0 else None, f"{units:02d} {word}" if j == 0 else None, _air(doc, c),
                         num(one, "vi"), num(gs, "vi"), num(ty, "vi")])
            doc.add("emissions", emission(c, gs, ty))
        if len(codes) > 1:
            merges += [(start, c, len(rows) - 1, c) for c in (0, 1, 2)]
    doc.table("Bảng 3.6. Tải lượng các chất ô nhiễm không khí của cơ sở", rows, merges, role="emissions")
    doc.p("Ghi chú: thời gian hoạt động của khu ủ và hầm thanh trùng là 8.760 giờ/năm, lò hơi 6.000 giờ/năm, khu phối trộn 2.400 giờ/năm.")
    _maybe_other(doc)


def _calc_sources(doc: Doc, gh: dict) -> list:
    """(number, RU, KK, [(RU parameter, KK parameter, symbol, RU unit, KK unit, value)], {code: (specific low, high)},
    (RU, KK) unit of the specific emission, specific -> (g/s, t/year)) of a hydroponic complex's sources."""
    r = doc.rng
    n_b, mw = gh["boilers"]
    gas = r.randint(700, 950) * n_b * 2
    fuel = r.randint(8, 16)
    acid = r.randint(60, 120)
    boiler = ("0001", f"Дымовая труба котельной ({n_b} котла Vitomax 200-HW по {num(mw, 'ru')} МВт)",
              f"Қазандықтың түтін мұржасы (әрқайсысы {num(mw, 'kk')} МВт {n_b} Vitomax 200-HW қазаны)",
              [("Расход природного газа", "Табиғи газ шығыны", "B", "тыс. м³/год", "мың м³/жыл", num(gas, doc.lang)),
               ("Низшая теплота сгорания газа", "Газдың жануының төменгі жылуы", "Qн", "МДж/м³", "МДж/м³", num(33.5, doc.lang)),
               ("Время работы", "Жұмыс уақыты", "T", "ч/год", "сағ/жыл", num(8760, doc.lang)),
               ("Высота трубы / диаметр устья", "Мұржаның биіктігі / сағасының диаметрі", "H / D", "м", "м",
                f"{gh['stack'][0]} / {num(gh['stack'][1], doc.lang)}")],
              {"0301": (34, 46), "0304": (5.5, 7.5), "0337": (50, 75)}, ("г/ГДж", "г/ГДж"),
              lambda k: (k * n_b * mw / 0.92 * 0.001, k * gas * 33.5 / 1e6))
    dg = ("0002", "Выхлопная труба резервной дизельной электростанции 1 000 кВА", "1 000 кВА резервтік дизель электр станциясының шығару құбыры",
          [("Расход дизельного топлива", "Дизель отынының шығыны", "B", "т/год", "т/жыл", num(fuel, doc.lang)),
           ("Максимальный часовой расход топлива", "Отынның ең жоғары сағаттық шығыны", "b", "кг/ч", "кг/сағ", num(215, doc.lang)),
           ("Время работы", "Жұмыс уақыты", "T", "ч/год", "сағ/жыл", num(fuel * 1000 // 215, doc.lang))],
          {"0301": (28, 34), "0304": (4.5, 5.5), "0328": (1.8, 2.4), "0330": (1.8, 2.2), "0337": (24, 28), "1325": (0.4, 0.6), "2754": (11, 13)},
          ("г/кг", "г/кг"), lambda k: (k * 215 / 3600, k * fuel / 1000))
    unit = ("0003", "Вытяжная труба узла приготовления питательного раствора (баки азотной кислоты 58 %)",
            "Қоректік ерітінді дайындау торабының сору құбыры (58 % азот қышқылы бактары)",
            [("Объем перекачиваемой кислоты", "Айдалатын қышқыл көлемі", "Q", "м³/год", "м³/жыл", num(acid, doc.lang)),
             ("Производительность насоса", "Сорғы өнімділігі", "q", "м³/ч", "м³/сағ", num(2.5, doc.lang))],
            {"0302": (6, 9)}, ("г/м³", "г/м³"), lambda k: (k * 2.5 / 3600, k * acid / 1e6))
    return [boiler, dg, unit]


def emissions_jf2(doc: Doc) -> None:
    """The printout of a hydroponic greenhouse complex's emission calculation, `наименование показателя | обозначение | ед.
    изм. | значение`: a row spanning the table per source (the boiler house's stack, the standby diesel plant, the nutrient
    solution unit with its nitric acid), the source's data — gas burnt, heat of combustion, hours, stack — on rows of no
    emission, then per substance a row naming it with its code and three rows under it: the specific emission (`г/ГДж`,
    `г/кг`), `M` in g/s and `G` in t/year (VI: a Đà Lạt farm's substrate-steaming boiler on wood pellets and its standby
    generator worked out the same way, the WHO factors in kg/tấn)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_jf2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    gh = doc.pick(GREENHOUSES)
    doc.h(g(f"Расчет выбросов загрязняющих веществ в атмосферу. {gh['ru']}", f"{gh['kk']}. Атмосфераға ластаушы заттар шығарындыларын есептеу", ""))
    doc.p(g("Расчеты выполнены по Методике определения нормативов эмиссий в окружающую среду и отраслевым методикам; ниже приведена "
            "распечатка результатов по каждому источнику. Выбросы азота оксидов разделены на азота диоксид и азот (II) оксид в соотношении 0,8 : 0,13.",
            "Есептеулер қоршаған ортаға эмиссиялар нормативтерін айқындау әдістемесі мен салалық әдістемелер бойынша орындалды; төменде әр көз "
            "бойынша нәтижелердің басып шығарылуы келтірілген. Азот оксидтерінің шығарындылары азот диоксиді мен азот оксидіне 0,8 : 0,13 "
            "арақатынасында бөлінген.", ""))
    rows = [g(["Наименование показателя", "Обозначение", "Ед. изм.", "Значение"], ["Көрсеткіштің атауы", "Белгіленуі", "Өлш. бірл.", "Мәні"], [])]
    merges: list = []
    numbers = []
    for number, s_ru, s_kk, params, codes, spec_unit, calc in _calc_sources(doc, gh):
        numbers.append(number)
        _span(rows, merges, g(f"Источник № {number}. {s_ru}", f"№ {number} көз. {s_kk}", ""), 4)
        for p_ru, p_kk, sym, u_ru, u_kk, value in params:
            rows.append([(p_ru, p_kk)[L], sym, (u_ru, u_kk)[L], value])
        for c, (lo, hi) in codes.items():
            k = round(r.uniform(lo, hi), 1)
            m_gs, g_ty = calc(k)
            m_gs, g_ty = _sig(m_gs, 4), _sig(g_ty, 4)
            rows.append([f"{_air(doc, c)} ({g('код', 'коды', '')} {c})", None, None, None])
            merges.append((len(rows) - 1, 0, len(rows) - 1, 3))
            rows += [[g("Удельный выброс", "Меншікті шығарынды", ""), "K", spec_unit[L], num(k, doc.lang)],
                     [g("Максимальный разовый выброс", "Ең жоғары бір реттік шығарынды", ""), "M", g("г/с", "г/с", ""), num(m_gs, doc.lang)],
                     [g("Валовый выброс", "Жалпы шығарынды", ""), "G", g("т/год", "т/жыл", ""), num(g_ty, doc.lang)]]
            doc.add("emissions", emission(c, m_gs, g_ty, number))
    doc.table(g("Таблица 2.3 – Результаты расчетов выбросов по источникам", "2.3-кесте – Көздер бойынша шығарындыларды есептеу нәтижелері", ""),
              rows, merges, role="emissions")
    doc.add("sources", *({"number": n, "type": "organized"} for n in numbers))
    doc.p(g("Очищенные дымовые газы, подаваемые в теплицы для подкормки CO2, учтены в выбросе ИЗА 0001 (газы удаляются через фрамуги).",
            "CO2 үстеме қоректендіру үшін жылыжайларға берілетін тазартылған түтін газдары 0001 ЛШК шығарындысында ескерілген (газдар желдеткіш "
            "фрамугалар арқылы шығады).", ""))
    _maybe_other(doc)


# (source, [(parameter, symbol, unit, value)], {code: (factor low, high)}, fuel kg/h, hours)
VN_CALC = (
    ("Nguồn 1. Ống khói lò hơi hấp khử trùng giá thể (đốt viên nén gỗ, 0,5 tấn hơi/giờ)", "wood", {"2902": (6, 10), "0330": (0.1, 0.3),
                                                                                                    "0301": (1.8, 2.8), "0337": (5, 8)}),
    ("Nguồn 2. Ống xả máy phát điện dự phòng 250 kVA (dầu DO 0,05S)", "diesel", {"2902": (0.6, 0.8), "0330": (0.8, 1.2), "0301": (9, 10.5),
                                                                                 "0337": (2, 2.5)}),
)  # fmt: skip


def _emissions_jf2_vi(doc: Doc) -> None:
    r = doc.rng
    name, _, company, _, _, _, _, _ = doc.pick(VN_FARMS)
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – {name.upper()}")
    doc.h("Phụ lục 2. Tính toán tải lượng khí thải")
    doc.p(f"Chủ cơ sở: {company}. Tải lượng được tính theo hệ số phát thải của Tổ chức Y tế Thế giới (WHO, 1993): M (g/s) = e × B / 3.600; "
          "G (tấn/năm) = M × T × 3.600 / 10⁶.")
    rows = [["Thông số tính toán", "Ký hiệu", "Đơn vị", "Giá trị"]]
    merges: list = []
    for source, fuel, codes in VN_CALC:
        b = r.randint(80, 110) if fuel == "wood" else r.randint(45, 60)
        t = r.randint(15, 22) * 100 if fuel == "wood" else r.randint(10, 20) * 10
        _span(rows, merges, source, 4)
        rows += [["Lượng nhiên liệu tiêu thụ", "B", "kg/giờ", num(b, "vi")], ["Thời gian hoạt động", "T", "giờ/năm", num(t, "vi", group=True)]]
        for c, (lo, hi) in codes.items():
            e = round(r.uniform(lo, hi), 2)
            m_gs = _sig(e * b / 3600, 4)
            g_ty = _sig(m_gs * t * 3600 / 1e6, 4)
            rows.append([_air(doc, c), None, None, None])
            merges.append((len(rows) - 1, 0, len(rows) - 1, 3))
            rows += [["Hệ số phát thải (WHO)", "e", "kg/tấn nhiên liệu", num(e, "vi")], ["Tải lượng", "M", "g/s", num(m_gs, "vi")],
                     ["Tải lượng năm", "G", "tấn/năm", num(g_ty, "vi")]]
            doc.add("emissions", emission(c, m_gs, g_ty))
    doc.table("Bảng PL2.1. Kết quả tính toán tải lượng theo nguồn", rows, merges, role="emissions")
    _maybe_other(doc)


# ---------------------------------------------------------------- wastes

MONTHS = (("Январь", "Қаңтар"), ("Февраль", "Ақпан"), ("Март", "Наурыз"), ("Апрель", "Сәуір"), ("Май", "Мамыр"), ("Июнь", "Маусым"),
          ("Июль", "Шілде"), ("Август", "Тамыз"), ("Сентябрь", "Қыркүйек"), ("Октябрь", "Қазан"), ("Ноябрь", "Қараша"), ("Декабрь", "Желтоқсан"))
# (code, RU, KK, unit, {month index: (low, high)} or (low, high) for every month)
GH_WASTES = (
    ("02 01 03", "Растительные остатки (стебли, листья, плоды)", "Өсімдік қалдықтары (сабақтар, жапырақтар, жемістер)", "t",
     {**{m: (8, 20) for m in range(12)}, 6: (150, 300), 11: (150, 300)}),
    ("02 01 04", "Отработанная пленка, капельные трубки и шпагат", "Пайдаланылған үлдір, тамшылатқыш түтіктер және шпагат", "t",
     {6: (1.5, 4), 11: (1.5, 4)}),
    ("17 06 04", "Отработанные минераловатные маты (субстрат)", "Пайдаланылған минералды мақта төсеніштері (субстрат)", "t", {11: (40, 90)}),
    ("15 01 10*", "Тара из-под пестицидов и минеральных удобрений", "Пестицидтер мен минералды тыңайтқыштар ыдысы", "kg",
     {m: (20, 80) for m in range(12)}),
    ("20 01 21*", "Отработанные натриевые лампы ДНаТ (досветка)", "Пайдаланылған ДНаТ натрий шамдары (жасанды жарық)", "kg",
     {0: (2, 8), 1: (2, 8), 2: (2, 8), 7: (60, 150), 9: (2, 8), 10: (2, 8), 11: (2, 8)}),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", "t", {m: (2, 4) for m in range(12)}),
)  # fmt: skip


def _month_values(doc: Doc, spec: dict, unit: str) -> list:
    out = []
    for m in range(12):
        if m not in spec:
            out.append(None)
            continue
        lo, hi = spec[m]
        out.append(float(doc.rng.randint(int(lo), int(hi))) if unit == "kg" else round(doc.rng.uniform(lo, hi), 1))
    return out


def wastes_jf1(doc: Doc) -> None:
    """A greenhouse complex's summary of its waste log for a year turned on its side: each waste a column whose name, code
    and unit (`т`, `кг`) stand on three header rows, the months as rows with dashes where nothing formed, the crop changes
    of July and December showing in the plant residues, film and mineral wool, the year's total in the last row the only
    amount, the sodium lamps of the assimilation lighting and the packaging of pesticides in kilograms (VI: a Đà Lạt
    farm's `sổ theo dõi`, `Mã CTNH` on a header row, every column in kilograms)."""
    if doc.lang == "vi":
        _wastes_jf1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    gh = doc.pick(GREENHOUSES)
    doc.h(g(f"Сводная ведомость образования отходов за 2025 год. {gh['ru']}", f"{gh['kk']}. 2025 жылғы қалдықтардың түзілуі туралы жиынтық ведомость", ""))
    doc.p(g("Ведомость составлена по данным журнала учета отходов. Растительные остатки, пленка и субстрат образуются в основном при смене "
            "культурооборота (июль, декабрь); отходы накапливаются на площадке временного хранения не более шести месяцев и передаются по "
            "договорам специализированным организациям.",
            "Ведомость қалдықтарды есепке алу журналының деректері бойынша жасалды. Өсімдік қалдықтары, үлдір және субстрат негізінен дақыл "
            "айналымы ауысқан кезде (шілде, желтоқсан) түзіледі; қалдықтар уақытша сақтау алаңында алты айдан аспайтын мерзімде жинақталады "
            "және шарттар бойынша мамандандырылған ұйымдарға беріледі.", ""))
    unit = {"t": g("т", "т", ""), "kg": g("кг", "кг", "")}
    rows = [[g("Месяц", "Ай", ""), *((n_ru, n_kk)[L] for _, n_ru, n_kk, _, _ in GH_WASTES)],
            [None, *(code for code, *_ in GH_WASTES)],
            [None, *(unit[u] for _, _, _, u, _ in GH_WASTES)]]
    merges = [(0, 0, 2, 0)]
    columns = [_month_values(doc, spec, u) for _, _, _, u, spec in GH_WASTES]
    for m, (m_ru, m_kk) in enumerate(MONTHS):
        rows.append([(m_ru, m_kk)[L], *(("–" if col[m] is None else num(col[m], doc.lang) if u == "kg" else _fixed(col[m], doc.lang, 1))
                                         for col, (_, _, _, u, _) in zip(columns, GH_WASTES, strict=True))])
    totals = []
    for (code, n_ru, n_kk, u, _), col in zip(GH_WASTES, columns, strict=True):
        total = round(sum(v for v in col if v is not None), 1)
        totals.append(total)
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"),
                           "amount_t": round(total / 1000, 6) if u == "kg" else total, "name_contains": _words((n_ru, n_kk)[L].split(" (")[0], 3)})
    rows.append([g("Итого за 2025 год", "2025 жылғы барлығы", ""),
                 *(num(t, doc.lang) if w[3] == "kg" else _fixed(t, doc.lang, 1) for t, w in zip(totals, GH_WASTES, strict=True))])
    doc.table(g("Таблица 1 – Образование отходов по месяцам", "1-кесте – Айлар бойынша қалдықтардың түзілуі", ""), rows, merges, role="wastes")
    _maybe_other(doc)


# (name, code or None, column's months {index: (low, high)})
VN_FARM_WASTES = (
    ("Thân, lá, hoa loại bỏ", None, {**{m: (800, 1600) for m in range(12)}, 3: (4000, 7000), 9: (4000, 7000)}),
    ("Giá thể xơ dừa thải", None, {3: (1500, 3000), 9: (1500, 3000)}),
    ("Màng nhà kính, ống tưới nhỏ giọt hỏng", None, {2: (300, 900), 8: (300, 900)}),
    ("Bao bì cứng thải bằng nhựa (chai, lọ thuốc bảo vệ thực vật)", "18 01 03", {m: (5, 20) for m in range(12)}),
    ("Bóng đèn huỳnh quang và các loại thủy tinh hoạt tính thải", "16 01 06", {1: (3, 9), 7: (3, 9), 10: (3, 9)}),
    ("Chất thải rắn sinh hoạt", None, {m: (250, 420) for m in range(12)}),
)  # fmt: skip


def _wastes_jf1_vi(doc: Doc) -> None:
    name, _, company, *_ = doc.pick(VN_FARMS)
    doc.h(f"SỔ THEO DÕI KHỐI LƯỢNG CHẤT THẢI PHÁT SINH NĂM 2025 – {name.upper()}")
    doc.p(f"Chủ cơ sở: {company}. Số liệu tổng hợp từ phiếu cân hằng ngày; chất thải nguy hại được chuyển giao cho đơn vị có chức năng theo "
          "hợp đồng, chất thải trồng trọt được ủ làm phân hữu cơ tại chỗ.")
    rows = [["Tháng", *(n for n, _, _ in VN_FARM_WASTES)],
            [None, *(c or "-" for _, c, _ in VN_FARM_WASTES)],
            [None, *("kg" for _ in VN_FARM_WASTES)]]
    merges = [(0, 0, 2, 0)]
    columns = [_month_values(doc, spec, "kg") for _, _, spec in VN_FARM_WASTES]
    for m in range(12):
        rows.append([f"Tháng {m + 1}", *(num(col[m], "vi") if col[m] is not None else "-" for col in columns)])
    totals = []
    for (n, code, _), col in zip(VN_FARM_WASTES, columns, strict=True):
        total = sum(v for v in col if v is not None)
        totals.append(total)
        if code:
            doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": round(total / 1000, 6),
                               "name_contains": n.split(" (")[0]})
        else:
            doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": round(total / 1000, 6), "name_contains": _words(n, 4)})
    rows.append(["Cộng cả năm", *(num(t, "vi") for t in totals)])
    doc.table("Bảng 1. Khối lượng chất thải phát sinh theo tháng (hàng thứ hai: mã CTNH)", rows, merges, role="wastes")
    _maybe_other(doc)


# (code, RU, KK, RU place, KK place, (low, high), RU handling, KK handling): hazardous in kg a year, non-hazardous in t a year
MUSH_HAZ = (
    ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", "камеры выращивания", "өсіру камералары", (15, 60),
     "передача на демеркуризацию", "демеркуризацияға беру"),
    ("15 01 10*", "Тара из-под дезинфицирующих средств и фунгицидов", "Дезинфекциялық заттар мен фунгицидтер ыдысы", "санитарная обработка камер",
     "камераларды санитариялық өңдеу", (80, 300), "передача специализированной организации", "мамандандырылған ұйымға беру"),
    ("13 02 05*", "Отработанные моторные масла", "Пайдаланылған мотор майлары", "погрузчики, тракторы", "тиегіштер, тракторлар", (150, 600),
     "передача на регенерацию", "регенерацияға беру"),
    ("15 02 02*", "Промасленная ветошь", "Майланған шүберек", "ремонтная мастерская", "жөндеу шеберханасы", (30, 120),
     "передача специализированной организации", "мамандандырылған ұйымға беру"),
    ("16 06 01*", "Отработанные свинцовые аккумуляторы", "Пайдаланылған қорғасын аккумуляторлары", "электропогрузчики", "электр тиегіштер",
     (200, 800), "передача на переработку", "қайта өңдеуге беру"),
)  # fmt: skip
MUSH_NONHAZ = (
    ("02 01 03", "Отработанный грибной субстрат (компост с покровным слоем)", "Пайдаланылған саңырауқұлақ субстраты (жабын қабаты бар компост)",
     "камеры выращивания", "өсіру камералары", (6000, 12000), "передача фермерским хозяйствам как органическое удобрение",
     "фермер шаруашылықтарына органикалық тыңайтқыш ретінде беру"),
    ("02 03 04", "Некондиционные грибы и срезанные ножки", "Кондициялық емес саңырауқұлақтар және кесілген аяқшалар", "сбор и сортировка урожая",
     "өнімді жинау және сұрыптау", (60, 250), "передача на корм скоту", "мал азығына беру"),
    ("15 01 02", "Полиэтиленовая пленка и мешки", "Полиэтилен үлдір және қаптар", "упаковка, склад", "орау, қойма", (8, 30),
     "передача на переработку", "қайта өңдеуге беру"),
    ("15 01 01", "Картонная тара", "Картон ыдыс", "упаковочный участок", "орау учаскесі", (12, 40), "передача на переработку", "қайта өңдеуге беру"),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", "административно-бытовой корпус", "әкімшілік-тұрмыстық ғимарат", (5, 15),
     "вывоз на полигон ТБО", "ҚТҚ полигонына шығару"),
)  # fmt: skip


def wastes_jf2(doc: Doc) -> None:
    """A champignon farm's programme of waste management, its table of wastes in two parts under section rows —
    `1. Опасные отходы (количество – кг/год)` and `2. Неопасные отходы (количество – т/год)` — the unit standing only in
    the section row, the hazardous wastes' codes printed without their asterisk, the place of forming and the way of
    handling after the amount, the spent mushroom compost by far the largest (VI: a mushroom producer's GPMT annex, `I.
    Chất thải nguy hại (kg/năm)`, `II. Chất thải rắn công nghiệp thông thường (tấn/năm)`, `III. Chất thải rắn sinh hoạt
    (tấn/năm)`, the state of each hazardous waste)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_jf2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    farm = doc.pick(MUSHROOM_FARMS)
    doc.h(g(f"Программа управления отходами на 2026–2035 годы. {farm[0]}", f"{farm[1]}. 2026–2035 жылдарға арналған қалдықтарды басқару бағдарламасы", ""))
    doc.h(g("3. Образование отходов", "3. Қалдықтардың түзілуі", ""))
    doc.p(g(f"Оператор – {farm[2]}. Количество отработанного субстрата определено по загрузке камер (6,5 циклов в год) и выходу отработанного "
            "компоста 0,82 т на тонну загруженного.",
            f"Оператор – {farm[3]}. Пайдаланылған субстраттың мөлшері камераларды жүктеу (жылына 6,5 цикл) және жүктелген компосттың бір "
            "тоннасына 0,82 т пайдаланылған компост шығымы бойынша анықталды.", ""))
    rows = [g(["№", "Наименование отхода", "Код отхода", "Место образования", "Количество", "Способ обращения"],
              ["№", "Қалдықтың атауы", "Қалдық коды", "Түзілу орны", "Мөлшері", "Қалдықпен жұмыс істеу тәсілі"], [])]
    merges: list = []
    _span(rows, merges, g("1. Опасные отходы (количество – кг/год)", "1. Қауіпті қалдықтар (мөлшері – кг/жыл)", ""), 6)
    for k, (code, n_ru, n_kk, p_ru, p_kk, (lo, hi), h_ru, h_kk) in enumerate(MUSH_HAZ, 1):
        kg = r.randint(lo, hi)
        name = (n_ru, n_kk)[L]
        rows.append([f"1.{k}", name, code.rstrip("*"), (p_ru, p_kk)[L], num(kg, doc.lang), (h_ru, h_kk)[L]])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": True, "amount_t": kg / 1000, "name_contains": _words(name, 3)})
    _span(rows, merges, g("2. Неопасные отходы (количество – т/год)", "2. Қауіпті емес қалдықтар (мөлшері – т/жыл)", ""), 6)
    for k, (code, n_ru, n_kk, p_ru, p_kk, (lo, hi), h_ru, h_kk) in enumerate(MUSH_NONHAZ, 1):
        t = float(r.randint(lo, hi)) if hi > 1000 else round(r.uniform(lo, hi), 1)
        name = (n_ru, n_kk)[L]
        rows.append([f"2.{k}", name, code, (p_ru, p_kk)[L], num(t, doc.lang), (h_ru, h_kk)[L]])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": False, "amount_t": t, "name_contains": _words(name.split(" (")[0], 3)})
    doc.table(g("Таблица 3.1 – Виды и количество образующихся отходов", "3.1-кесте – Түзілетін қалдықтардың түрлері мен мөлшері", ""), rows, merges,
              role="wastes")
    _maybe_other(doc)


# (name, code, state, (low, high) kg)
VN_MUSH_CTNH = (("16 01 06", "", "Rắn", (10, 40)), ("18 01 03", " (can đựng hóa chất khử trùng)", "Rắn", (60, 200)),
                ("17 02 03", "", "Lỏng", (40, 150)), ("18 02 01", "", "Rắn", (20, 80)), ("19 06 01", "", "Rắn", (15, 60)))
VN_MUSH_ORDINARY = (("Phôi nấm (bịch mùn cưa) thải sau thu hoạch", (300, 900)), ("Compost đã qua trồng nấm rơm", (500, 1500)),
                    ("Rơm rạ, tạp chất loại bỏ khi phối trộn", (20, 60)), ("Bao bì nilon, túi trồng nấm thải", (5, 20)),
                    ("Tro, xỉ lò hơi đốt viên nén sinh khối", (15, 45)))


def _wastes_jf2_vi(doc: Doc) -> None:
    r = doc.rng
    facility, company, place = doc.pick(VN_MUSHROOM)
    doc.h(f"PHỤ LỤC 4. CHỦNG LOẠI, KHỐI LƯỢNG CHẤT THẢI ĐỀ NGHỊ CẤP PHÉP – {facility.upper()}")
    doc.p(f"(Kèm theo báo cáo đề xuất cấp giấy phép môi trường của {company}, địa điểm: {place})")
    rows = [["TT", "Tên chất thải", "Mã chất thải", "Trạng thái tồn tại", "Khối lượng"]]
    merges: list = []
    _span(rows, merges, "I. Chất thải nguy hại (kg/năm)", 5)
    for k, (code, tail, state, (lo, hi)) in enumerate(VN_MUSH_CTNH, 1):
        base = next(n for c, n, _ in vocab.VN_CTNH if c == code)
        kg = r.randint(lo, hi)
        rows.append([str(k), base + tail, code, state, num(kg, "vi")])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000, "name_contains": base})
    _span(rows, merges, "II. Chất thải rắn công nghiệp thông thường (tấn/năm)", 5)
    for k, (n, (lo, hi)) in enumerate(VN_MUSH_ORDINARY, 1):
        t = float(r.randint(lo, hi))
        rows.append([str(k), n, "-", "Rắn", num(t, "vi")])
        doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": _words(n, 4)})
    _span(rows, merges, "III. Chất thải rắn sinh hoạt (tấn/năm)", 5)
    t = round(r.uniform(8, 20), 1)
    rows.append(["1", "Chất thải rắn sinh hoạt của công nhân", "-", "Rắn", num(t, "vi")])
    doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": "Chất thải rắn sinh hoạt"})
    doc.table("Bảng PL4. Chất thải phát sinh", rows, merges, role="wastes")
    _maybe_other(doc)


# ---------------------------------------------------------------- limits

# code: ПДК м.р., mg/m3
SZZ_PDK = {"0303": 0.2, "0333": 0.008, "1715": 0.006, "2902": 0.5}
# (point, RU place, KK place)
SZZ_POINTS = (
    ("Т-1", "граница СЗЗ, север", "СҚА шекарасы, солтүстік"),
    ("Т-2", "граница СЗЗ, восток", "СҚА шекарасы, шығыс"),
    ("Т-3", "граница СЗЗ, юг", "СҚА шекарасы, оңтүстік"),
    ("Т-4", "граница СЗЗ, запад", "СҚА шекарасы, батыс"),
    ("Т-5", "жилая зона, ближайший дом", "тұрғын аймақ, ең жақын үй"),
)
WINDS = (("С", "С"), ("СВ", "СШ"), ("В", "Ш"), ("ЮВ", "ОШ"), ("Ю", "О"), ("ЮЗ", "ОБ"), ("З", "Б"), ("СЗ", "СБ"))


def limits_jf1(doc: Doc) -> None:
    """The air at a champignon farm's protection-zone boundary in its report on ПЭК: the points as rows with the date and
    the wind, the substances (ammonia, hydrogen sulphide, methanethiol, particulates) as columns, and every cell `факт/ПДК`
    — numerator the measured concentration, denominator the ПДК м.р. — as a row under the header explains; hydrogen
    sulphide below detection written `<0,004/0,008` (VI: a compost producer's ambient air, parameters as rows and the points
    `KK1` … `KK3` as columns, QCVN 06:2009/BTNMT and QCVN 05:2023/BTNMT in the last column, µg/m3, `KPH`, weather rows with no
    standard)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_jf1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    farm = doc.pick(MUSHROOM_FARMS)
    q = doc.pick(("II", "III"))
    doc.h(g(f"Отчет по производственному экологическому контролю за {q} квартал 2025 года. {farm[0]}",
            f"{farm[1]}. 2025 жылғы {q} тоқсандағы өндірістік экологиялық бақылау бойынша есеп", ""))
    doc.h(g("4.2. Мониторинг воздействия: атмосферный воздух на границе санитарно-защитной зоны (500 м)",
            "4.2. Әсер ету мониторингі: санитариялық-қорғаныш аймағы шекарасындағы атмосфералық ауа (500 м)", ""))
    doc.p(g("Отбор проб выполнен аккредитованной лабораторией в период активного буртования компоста, в каждой точке – разовые пробы "
            "продолжительностью 20 минут.",
            "Сынамаларды аккредиттелген зертхана компостты белсенді үйінділеу кезеңінде алды, әр нүктеде – ұзақтығы 20 минуттық бір "
            "реттік сынамалар.", ""))
    codes = list(SZZ_PDK)
    width = 3 + len(codes)
    rows = [[g("Точка отбора проб", "Сынама алу нүктесі", ""), g("Дата отбора", "Алынған күні", ""),
             g("Ветер: направление, скорость, м/с", "Жел: бағыты, жылдамдығы, м/с", ""), *(f"{_air(doc, c)} ({c})" for c in codes)],
            [None, None, None, g("в числителе – фактическая концентрация, в знаменателе – ПДК м.р., мг/м³",
                                 "алымында – нақты концентрация, бөлімінде – ШЖК б.р., мг/м³", ""), *[None] * (len(codes) - 1)]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (1, 3, 1, width - 1)]
    first, month = r.randint(3, 26), r.randint(*{"II": (4, 6), "III": (7, 9)}[q])
    for n, (pid, p_ru, p_kk) in enumerate(SZZ_POINTS):
        day = f"{first + (n >= 3):02d}.{month:02d}.2025"
        wind = WINDS[r.randrange(len(WINDS))][L]
        line = [f"{pid} ({(p_ru, p_kk)[L]})", day, f"{wind}, {num(round(r.uniform(0.8, 4.5), 1), doc.lang)}"]
        for c in codes:
            pdk = SZZ_PDK[c]
            if c == "0333" and r.random() < 0.35:
                line.append(f"<{num(0.004, doc.lang)}/{num(pdk, doc.lang)}")
                add(doc, {k: x for k, x in limit(("code", c), "air", pdk, "mg/m3", None, pid).items() if k != "value"})
                continue
            v = _sig(pdk * r.uniform(0.1, 0.85), 2)
            line.append(f"{num(v, doc.lang)}/{num(pdk, doc.lang)}")
            add(doc, limit(("code", c), "air", pdk, "mg/m3", None, pid, v))
        rows.append(line)
    doc.table(g("Таблица 4.2 – Результаты измерений на границе СЗЗ и в жилой зоне", "4.2-кесте – СҚА шекарасындағы және тұрғын аймақтағы өлшеу нәтижелері", ""),
              rows, merges, role="limits")
    doc.p(g("Превышений ПДК не выявлено. Запах в жилой зоне отмечен в дни с южным ветром.",
            "ШЖК асып кетуі анықталған жоқ. Тұрғын аймақта иіс оңтүстік жел соққан күндері байқалды.", ""))
    _maybe_other(doc)


# (key kind, key, label, standard µg/m3, (low share, high share))
VN_AMBIENT = (("code", "2902", vocab.air("2902", "vi", 1), 300, (0.2, 0.7)), ("code", "0303", "Amoniac (NH3)", 200, (0.1, 0.8)),
              ("code", "0333", "Hydro sunfua (H2S)", 42, (0.15, 0.8)), ("code", "1715", "Metyl mercaptan (CH3SH)", 50, (0.05, 0.5)))
VN_AIR_POINTS = (("KK1", "Cổng cơ sở, phía Đông"), ("KK2", "Khu dân cư cuối hướng gió, cách khu ủ 300 m"), ("KK3", "Ranh giới phía Tây khu ủ compost"))


def _limits_jf1_vi(doc: Doc) -> None:
    r = doc.rng
    facility, company, _ = doc.pick(VN_MUSHROOM)
    doc.h(f"KẾT QUẢ QUAN TRẮC MÔI TRƯỜNG KHÔNG KHÍ XUNG QUANH ĐỢT {doc.pick(('1', '2'))} NĂM 2025 – {facility.upper()}")
    doc.p(f"Chủ cơ sở: {company}. Vị trí quan trắc: " + "; ".join(f"{p} – {d}" for p, d in VN_AIR_POINTS) + ".")
    rows = [["TT", "Thông số", "Đơn vị", *(p for p, _ in VN_AIR_POINTS), "QCVN 05:2023/BTNMT; QCVN 06:2009/BTNMT (trung bình 1 giờ)"]]
    rows += [["1", "Nhiệt độ", "°C", *(_fixed(r.uniform(19, 26), "vi", 1) for _ in VN_AIR_POINTS), "-"],
             ["2", "Độ ẩm", "%", *(_fixed(r.uniform(65, 88), "vi", 1) for _ in VN_AIR_POINTS), "-"],
             ["3", "Tốc độ gió", "m/s", *(_fixed(r.uniform(0.5, 3.2), "vi", 1) for _ in VN_AIR_POINTS), "-"]]
    for k, (kind, key, label, std, (lo, hi)) in enumerate(VN_AMBIENT, 4):
        line = [str(k), label, "µg/m³"]
        for pid, _ in VN_AIR_POINTS:
            if key == "0333" and r.random() < 0.3:
                line.append("KPH")
                add(doc, {x: y for x, y in limit((kind, key), "air", std, "µg/m3", None, pid).items() if x != "value"})
                continue
            v = float(round(std * r.uniform(lo, hi)))
            line.append(num(v, "vi"))
            add(doc, limit((kind, key), "air", std, "µg/m3", None, pid, v))
        rows.append(line + [num(std, "vi")])
    doc.table("Bảng 2. Kết quả quan trắc không khí xung quanh", rows, role="limits")
    doc.p("Ghi chú: KPH – không phát hiện (giới hạn phát hiện của H2S là 5 µg/m³); \"-\" – quy chuẩn không quy định.")
    _maybe_other(doc)


# symbol: (ДК, RU method, low share, high share) at the drainage outlet of a hydroponic complex
DRAIN_DK = {
    "pH": ((6.0, 8.5), "СТ РК ИСО 10523-2013", 0, 0),
    "TSS": (25, "ПНД Ф 14.1:2.110-97", 0.2, 0.8),
    "NH4+": (2.5, "ГОСТ 33045-2014", 0.1, 0.7),
    "NO2-": (3.3, "ГОСТ 33045-2014", 0.05, 0.5),
    "NO3-": (250, "ГОСТ 33045-2014", 0.4, 1.05),
    "SO4": (500, "ГОСТ 31940-2012", 0.3, 0.9),
    "Cl-": (350, "ГОСТ 4245-72", 0.2, 0.6),
    "TDS": (2500, "ПНД Ф 14.1:2:4.114-97", 0.4, 0.9),
}  # fmt: skip


def _pm(doc: Doc, v: float, share: float = 0.15) -> str:
    """A result with its uncertainty: `12,4 ± 1,9`."""
    return f"{num(v, doc.lang)} ± {num(_sig(v * share, 2), doc.lang)}"


def limits_jf2(doc: Doc) -> None:
    """A laboratory's protocol of the waste water of a hydroponic greenhouse complex at its two outlets, each under a row
    spanning the table: `№ | показатель | ед. изм. | НД на метод | ДК | результат`, the results written with their
    uncertainty `12,4 ± 1,9`; the drainage outlet `ВП-1` judged against the allowed concentrations of the permit, potassium
    and the electrical conductivity measured but not normed, the roof-water outlet `ВП-2` with dashes in the ДК column
    because no norm binds it (VI: a hydroponic farm's outlets `NT1`, `NT2` as columns against QCVN 40:2011/BTNMT column A,
    both the C value and the Cmax with Kq = 0,9 and Kf = 1,0 given, the Cmax the limit, `KPH`)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_jf2_vi(doc)
        return
    g = doc.v
    gh = doc.pick(GREENHOUSES)
    doc.p(g("Испытательная лаборатория ТОО «ЭкоАналитика», аттестат аккредитации KZ.T.02.1187", "«ЭкоАналитика» ЖШС сынақ зертханасы, аккредиттеу аттестаты KZ.T.02.1187", ""))
    doc.h(g(f"Протокол испытаний сточных вод № {r.randint(300, 900)}-В от {r.randint(1, 28):02d}.{r.randint(9, 11):02d}.2025",
            f"{r.randint(1, 28):02d}.{r.randint(9, 11):02d}.2025 ж. № {r.randint(300, 900)}-В сарқынды суларды сынау хаттамасы", ""))
    doc.p(g(f"Заказчик: {gh['op'][0]}. Объект: {gh['ru']}. Пробы отобраны представителем лаборатории в присутствии агронома-эколога заказчика.",
            f"Тапсырыс беруші: {gh['op'][1]}. Объект: {gh['kk']}. Сынамаларды тапсырыс берушінің агроном-экологының қатысуымен зертхана өкілі алды.", ""))
    mg = g("мг/дм³", "мг/дм³", "")
    rows = [g(["№", "Определяемый показатель", "Ед. изм.", "НД на метод испытаний", "Допустимая концентрация (ДК)", "Результат испытаний"],
              ["№", "Анықталатын көрсеткіш", "Өлш. бірл.", "Сынау әдісіне НҚ", "Жол берілетін концентрация (ЖК)", "Сынау нәтижесі"], [])]
    merges: list = []
    _span(rows, merges, g("ВП-1 – выпуск избыточного дренажного раствора в пруд-испаритель (после УФ-обеззараживания)",
                          "ВП-1 – артық дренаж ерітіндісін булану тоғанына шығару (УК-залалсыздандырудан кейін)", ""), 6)
    k = 0
    for s, (dk, method, lo, hi) in DRAIN_DK.items():
        k += 1
        if s == "pH":
            v = round(r.uniform(6.3, 7.9), 1)
            res = f"{num(v, doc.lang)} ± {num(0.2, doc.lang)}"
            dk_s = f"{_fixed(dk[0], doc.lang, 1)}–{_fixed(dk[1], doc.lang, 1)}"
        else:
            v = _sig(dk * r.uniform(lo, hi), 3)
            res = _pm(doc, v)
            dk_s = num(dk, doc.lang)
        rows.append([str(k), _water(doc, s), g("ед. pH", "pH бірл.", "") if s == "pH" else mg, method, dk_s, res])
        add(doc, limit(("symbol", s), "waste_water", dk, "mg/l", None, "ВП-1", v))
    for label, unit, method, (lo, hi) in ((g("Калий", "Калий", ""), mg, "ГОСТ 26449.1-85", (80, 240)),
                                          (g("Удельная электропроводность", "Меншікті электр өткізгіштік", ""), g("мСм/см", "мСм/см", ""),
                                           "СТ РК ИСО 7888-2006", (1.8, 3.6))):
        k += 1
        rows.append([str(k), label, unit, method, g("не норм.", "нормаланбайды", ""), _pm(doc, _sig(r.uniform(lo, hi), 3))])
    _span(rows, merges, g("ВП-2 – выпуск дождевых и талых вод с кровли теплиц в оросительный арык (условно чистые воды)",
                          "ВП-2 – жылыжай шатырынан жаңбыр және еріген суларды суару арығына шығару (шартты таза сулар)", ""), 6)
    for k2, (s, method, (lo, hi)) in enumerate((("pH", "СТ РК ИСО 10523-2013", (6.8, 7.8)), ("TSS", "ПНД Ф 14.1:2.110-97", (4, 15)),
                                                ("TPH", "ПНД Ф 14.1:2:4.128-98", (0.02, 0.09))), k + 1):
        v = round(r.uniform(lo, hi), 1) if s != "TPH" else _sig(r.uniform(lo, hi), 2)
        rows.append([str(k2), _water(doc, s), g("ед. pH", "pH бірл.", "") if s == "pH" else mg, method, "–",
                     f"{num(v, doc.lang)} ± {num(0.2, doc.lang)}" if s == "pH" else _pm(doc, v, 0.25)])
    doc.table(g("Результаты испытаний", "Сынау нәтижелері", ""), rows, merges, role="limits")
    doc.p(g("ДК – допустимые концентрации по экологическому разрешению на воздействие; для ВП-2 нормативы не устанавливались. "
            "Протокол распространяется только на испытанные пробы.",
            "ЖК – әсер етуге арналған экологиялық рұқсат бойынша жол берілетін концентрациялар; ВП-2 үшін нормативтер белгіленбеген. "
            "Хаттама тек сыналған сынамаларға қолданылады.", ""))


# symbol: (label, unit, C of column A, low share, high share)
VN_HYDRO = {
    "pH": ("pH", "-", (6, 9), 0, 0), "TSS": ("Tổng chất rắn lơ lửng (TSS)", "mg/l", 50, 0.2, 0.8), "BOD5": ("BOD5 (20°C)", "mg/l", 30, 0.2, 0.8),
    "COD": ("COD", "mg/l", 75, 0.2, 0.8), "NH4+": ("Amoni (tính theo N)", "mg/l", 5, 0.1, 0.9), "TN": ("Tổng nitơ (tính theo N)", "mg/l", 20, 0.3, 0.95),
    "TP": ("Tổng phốt pho (tính theo P)", "mg/l", 4, 0.1, 0.8), "Coliform": ("Tổng Coliforms", "MPN/100ml", 3000, 0, 0),
}  # fmt: skip
KQ_A, KF_A = 0.9, 1.0


def _limits_jf2_vi(doc: Doc) -> None:
    r = doc.rng
    name, _, company, *_ = doc.pick(VN_FARMS)
    doc.h(f"KẾT QUẢ QUAN TRẮC NƯỚC THẢI ĐỊNH KỲ QUÝ {doc.pick(('III', 'IV'))}/2025 – {name.upper()}")
    doc.p(f"Chủ cơ sở: {company}. NT1 – nước thải sau hệ thống xử lý nước thải thủy canh, tại điểm xả ra suối; NT2 – nước thải sinh hoạt sau "
          "bể tự hoại và bể lọc. Nguồn tiếp nhận là suối chảy về hồ cấp nước sinh hoạt nên áp dụng cột A.")
    rows = [["TT", "Thông số", "Đơn vị", "NT1", "NT2", "QCVN 40:2011/BTNMT, cột A", None],
            [None, None, None, None, None, "C", f"Cmax (Kq = {_fixed(KQ_A, 'vi', 1)}; Kf = {_fixed(KF_A, 'vi', 1)})"]]
    merges = [(0, c, 1, c) for c in range(5)] + [(0, 5, 0, 6)]
    for k, (s, (label, unit, c, lo, hi)) in enumerate(VN_HYDRO.items(), 1):
        cmax = c if s in ("pH", "Coliform") else _sig(c * KQ_A * KF_A, 6)
        line = [str(k), label, unit]
        for pid in ("NT1", "NT2"):
            if s == "pH":
                v = round(r.uniform(6.4, 7.8), 1)
            elif s == "Coliform":
                v = float(r.choice((230, 430, 930, 1500, 2100)))
            elif s in ("NH4+", "TP") and r.random() < 0.25:
                line.append("KPH")
                add(doc, {x: y for x, y in limit(("symbol", s), "waste_water", cmax, unit, "A", pid).items() if x != "value"})
                continue
            else:
                v = _sig(cmax * r.uniform(lo, hi), 3)
            line.append(num(v, "vi"))
            add(doc, limit(("symbol", s), "waste_water", cmax, None if unit == "-" else unit, "A", pid, v))
        c_text = f"{num(c[0], 'vi')} – {num(c[1], 'vi')}" if isinstance(c, tuple) else num(c, "vi")
        m_text = f"{num(cmax[0], 'vi')} – {num(cmax[1], 'vi')}" if isinstance(cmax, tuple) else num(cmax, "vi")
        rows.append(line + [c_text, m_text])
    doc.table("Bảng 3. Kết quả phân tích nước thải", rows, merges, role="limits")
    doc.p("Ghi chú: KPH – không phát hiện; Cmax = C × Kq × Kf là giá trị tối đa cho phép (trừ pH và Coliforms).")
    _maybe_other(doc)


# ---------------------------------------------------------------- monitoring

ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
# the months marked and the frequency they make
MARKS = {"monthly": tuple(range(12)), "quarterly": (0, 3, 6, 9), "quarterly2": (1, 4, 7, 10), "semiannual": (3, 9), "yearly": (0,)}
# (where: ("src", number) or ("pt", id), RU object, KK object, [(kind, key)], marks)
GH_PLAN = (
    (("src", "0001"), "ИЗА 0001 – дымовая труба котельной", "0001 ЛШК – қазандықтың түтін мұржасы",
     [("code", "0301"), ("code", "0304"), ("code", "0337")], "quarterly"),
    (("src", "0002"), "ИЗА 0002 – дымовая труба резервной котельной", "0002 ЛШК – резервтік қазандықтың түтін мұржасы",
     [("code", "0301"), ("code", "0337")], "yearly"),
    (("pt", "Т-1"), "Т-1 – граница СЗЗ, подветренная сторона", "Т-1 – СҚА шекарасы, желдің ығындағы жақ", [("code", "0301"), ("code", "0337")],
     "semiannual"),
    (("pt", "Т-2"), "Т-2 – граница СЗЗ, наветренная сторона", "Т-2 – СҚА шекарасы, жел жағы", [("code", "0301"), ("code", "0337")], "semiannual"),
    (("pt", "ВП-1"), "ВП-1 – дренажные стоки, выпуск в пруд-испаритель", "ВП-1 – дренаж ағындары, булану тоғанына шығару",
     [("symbol", "pH"), ("symbol", "NO3-"), ("symbol", "SO4"), ("symbol", "TDS")], "monthly"),
    (("pt", "Скв-1"), "Скв-1 – наблюдательная скважина ниже пруда-испарителя", "Скв-1 – булану тоғанынан төмен бақылау ұңғымасы",
     [("symbol", "NO3-"), ("symbol", "NH4+"), ("symbol", "Cl-")], "quarterly2"),
)  # fmt: skip


def _lower(name: str) -> str:
    """A name inside a list: `азота диоксид`, formulas and `pH`, `BOD5`, `TSS` kept."""
    return name[:1].lower() + name[1:] if name[1:2].islower() else name


def _names(doc: Doc, items: list) -> str:
    return ", ".join(_lower(_air(doc, key) if kind == "code" else _water(doc, key)) for kind, key in items)


def _freq_of(marks: str) -> str:
    return "quarterly" if marks == "quarterly2" else marks


def monitoring_jf1(doc: Doc) -> None:
    """A greenhouse complex's ПЭК plan-graph for 2026 whose frequencies are only marks `+` in the twelve month columns under
    a merged header — four marks spread over the year a quarterly duty, two a half-yearly one, one a yearly one, twelve a
    monthly one — the boiler houses' stacks by their source numbers, the protection-zone points, the drainage outlet and an
    observation well as rows, the parameters named in one cell (VI: a Đà Lạt farm's plan of monitoring for 2026, `x` under
    `T1` … `T12`)."""
    if doc.lang == "vi":
        _monitoring_jf1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    gh = doc.pick(GREENHOUSES)
    doc.h(g(f"Программа производственного экологического контроля на 2026–2028 годы. {gh['ru']}",
            f"{gh['kk']}. 2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.h(g("6. План-график мониторинга на 2026 год", "6. 2026 жылға арналған мониторинг жоспар-кестесі", ""))
    doc.p(g("Котельная работает круглый год: в летний период котлы обеспечивают подкормку растений CO2, поэтому контроль на дымовой трубе "
            "распределен по всем кварталам.",
            "Қазандық жыл бойы жұмыс істейді: жазғы кезеңде қазандар өсімдіктерді CO2-мен үстеме қоректендіруді қамтамасыз етеді, сондықтан "
            "түтін мұржасындағы бақылау барлық тоқсандарға бөлінген.", ""))
    rows = [[g("№", "№", ""), g("Объект контроля", "Бақылау объектісі", ""), g("Контролируемые параметры", "Бақыланатын параметрлер", ""),
             g("Месяцы отбора проб (измерений)", "Сынама алу (өлшеу) айлары", ""), *[None] * 11],
            [None, None, None, *ROMAN]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 14)]
    numbers, pairs = [], []
    for k, ((kind, where), o_ru, o_kk, items, marks) in enumerate(GH_PLAN, 1):
        cells = ["+" if m in MARKS[marks] else "" for m in range(12)]
        rows.append([str(k), (o_ru, o_kk)[L], _names(doc, items), *cells])
        loc = {"source_number": where} if kind == "src" else {"point": where}
        for key_kind, key in items:
            doc.add("monitoring", {**loc, key_kind: key, "frequency": _freq_of(marks)})
            if kind == "src":
                pairs.append((where, key))
        if kind == "src":
            numbers.append(where)
    doc.table(g("Таблица 6.1 – План-график отбора проб", "6.1-кесте – Сынама алу жоспар-кестесі", ""), rows, merges, role="monitoring")
    doc.p(g("Знак «+» – месяц, в котором выполняется отбор проб (измерения) аккредитованной лабораторией.",
            "«+» белгісі – аккредиттелген зертхана сынама алуды (өлшеуді) орындайтын ай.", ""))
    doc.add("sources", *({"number": n, "type": "organized"} for n in numbers))
    doc.add("emissions", *(emission(c, None, None, n) for n, c in pairs))
    _maybe_other(doc)


VN_PLAN = (
    ("NT1", "NT1 – Nước thải sau hệ thống xử lý nước thải thủy canh", [("symbol", s) for s in ("pH", "COD", "TN", "TP", "Coliform")], "quarterly2"),
    ("NT2", "NT2 – Nước thải sinh hoạt sau bể tự hoại", [("symbol", s) for s in ("pH", "BOD5", "TSS", "NH4+", "Coliform")], "semiannual"),
    ("NM1", "NM1 – Nước mặt suối tiếp nhận, hạ lưu điểm xả 50 m", [("symbol", s) for s in ("pH", "TSS", "NO3-", "TP")], "quarterly"),
    ("NN1", "NN1 – Nước dưới đất tại giếng khoan của trang trại", [("symbol", s) for s in ("pH", "NO3-", "Coliform")], "yearly"),
    ("KK1", "KK1 – Không khí tại khu vực kho phân bón", [("code", "0303")], "semiannual"),
)  # fmt: skip


def _monitoring_jf1_vi(doc: Doc) -> None:
    name, _, company, *_ = doc.pick(VN_FARMS)
    doc.h(f"KẾ HOẠCH QUAN TRẮC MÔI TRƯỜNG NĂM 2026 – {name.upper()}")
    doc.p(f"Chủ cơ sở: {company}. Đơn vị thực hiện: đơn vị có Giấy chứng nhận đủ điều kiện hoạt động dịch vụ quan trắc môi trường "
          "(VIMCERTS). Dấu \"x\" thể hiện tháng thực hiện lấy mẫu.")
    rows = [["TT", "Vị trí quan trắc", "Thông số", "Tháng thực hiện", *[None] * 11], [None, None, None, *(f"T{m + 1}" for m in range(12))]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 14)]
    for k, (pid, place, items, marks) in enumerate(VN_PLAN, 1):
        rows.append([str(k), place, _names(doc, items), *("x" if m in MARKS[marks] else "" for m in range(12))])
        for kind, key in items:
            doc.add("monitoring", {"point": pid, kind: key, "frequency": _freq_of(marks)})
    doc.table("Bảng 1. Vị trí, thông số và thời gian quan trắc", rows, merges, role="monitoring")
    _maybe_other(doc)


LETTERS = {
    "ru": {"monthly": "М", "quarterly": "К", "semiannual": "П", "yearly": "Г"},
    "kk": {"monthly": "А", "quarterly": "Т", "semiannual": "ЖЖ", "yearly": "Ж"},
    "vi": {"monthly": "T", "quarterly": "Q", "semiannual": "6T", "yearly": "N"},
}
M_, K_, P_, G_ = "monthly", "quarterly", "semiannual", "yearly"
# air: (where, RU, KK, {code: frequency})
MUSH_AIR_COLS = ("0301", "0337", "0303", "0333", "1715", "2902")
MUSH_AIR = (
    (("src", "0001"), "0001 – дымовая труба котельной", "0001 – қазандықтың түтін мұржасы", {"0301": K_, "0337": K_}),
    (("src", "0002"), "0002 – биофильтр бункеров фазы I", "0002 – I фаза бункерлерінің биосүзгісі", {"0303": M_, "0333": M_, "1715": K_}),
    (("src", "0003"), "0003 – тоннель № 1 фазы II", "0003 – II фазаның № 1 туннелі", {"0303": K_, "0333": K_}),
    (("src", "0004"), "0004 – тоннель № 2 фазы II", "0004 – II фазаның № 2 туннелі", {"0303": K_, "0333": K_}),
    (("src", "0005"), "0005 – тоннель № 3 фазы II", "0005 – II фазаның № 3 туннелі", {"0303": P_, "0333": P_}),
    (("src", "0006"), "0006 – тоннель № 4 фазы II", "0006 – II фазаның № 4 туннелі", {"0303": P_, "0333": P_}),
    (("pt", "Т-1"), "Т-1 – граница СЗЗ, север", "Т-1 – СҚА шекарасы, солтүстік", {"0303": K_, "0333": K_, "1715": K_, "2902": P_}),
    (("pt", "Т-2"), "Т-2 – граница СЗЗ, юг", "Т-2 – СҚА шекарасы, оңтүстік", {"0303": K_, "0333": K_, "1715": K_, "2902": P_}),
    (("pt", "Т-3"), "Т-3 – жилая зона, ближайший дом", "Т-3 – тұрғын аймақ, ең жақын үй", {"0303": M_, "0333": M_, "1715": M_}),
)  # fmt: skip
MUSH_WATER_COLS = ("pH", "NH4+", "NO3-", "COD", "Cl-")
MUSH_WATER = (
    ("Н-1", "Н-1 – наблюдательная скважина выше компостной площадки (фон)", "Н-1 – компост алаңынан жоғары бақылау ұңғымасы (фон)",
     {"pH": P_, "NH4+": P_, "NO3-": P_, "Cl-": P_}),
    ("Н-2", "Н-2 – наблюдательная скважина ниже пруда-накопителя фильтрата", "Н-2 – фильтрат жинақтағыш тоғанынан төмен бақылау ұңғымасы",
     {"pH": K_, "NH4+": K_, "NO3-": K_, "COD": K_, "Cl-": K_}),
    ("ПН-1", "ПН-1 – пруд-накопитель фильтрата компостной площадки", "ПН-1 – компост алаңы фильтратының жинақтағыш тоғаны",
     {"pH": K_, "NH4+": K_, "COD": K_, "Cl-": G_}),
)  # fmt: skip


def monitoring_jf2(doc: Doc) -> None:
    """A champignon farm's ПЭК plan-graph as two matrices — the sources and protection-zone points against the air
    pollutants headed by code and name, then the wells and the leachate pond against the water parameters — whose cells
    hold only letter codes (`М`, `К`, `П`, `Г`) or `–`, explained in a legend line between the two tables; the tunnels
    controlled by turns, two quarterly and two half-yearly (VI: a compost producer's GPMT programme with `T`, `Q`, `6T`,
    `N`)."""
    if doc.lang == "vi":
        _monitoring_jf2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    farm = doc.pick(MUSHROOM_FARMS)
    letters = LETTERS[doc.lang]
    doc.h(g(f"Программа производственного экологического контроля. {farm[0]}", f"{farm[1]}. Өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.h(g("5. План-график контроля", "5. Бақылау жоспар-кестесі", ""))
    rows = [[g("Источник выброса / точка контроля", "Шығарынды көзі / бақылау нүктесі", ""), *(f"{c}\n{_air(doc, c)}" for c in MUSH_AIR_COLS)]]
    numbers, pairs = [], []
    for (kind, where), o_ru, o_kk, plan in MUSH_AIR:
        rows.append([(o_ru, o_kk)[L], *(letters[plan[c]] if c in plan else "–" for c in MUSH_AIR_COLS)])
        loc = {"source_number": where} if kind == "src" else {"point": where}
        for c, w in plan.items():
            doc.add("monitoring", {**loc, "code": c, "frequency": w})
            if kind == "src":
                pairs.append((where, c))
        if kind == "src":
            numbers.append(where)
    doc.table(g("Таблица 5.1 – Контроль атмосферного воздуха и выбросов", "5.1-кесте – Атмосфералық ауаны және шығарындыларды бақылау", ""), rows,
              role="monitoring")
    doc.p(g(f"Условные обозначения: {letters[M_]} – ежемесячно; {letters[K_]} – ежеквартально; {letters[P_]} – 1 раз в полугодие; "
            f"{letters[G_]} – 1 раз в год; «–» – контроль не проводится.",
            f"Шартты белгілер: {letters[M_]} – ай сайын; {letters[K_]} – тоқсанына 1 рет; {letters[P_]} – жарты жылда 1 рет; "
            f"{letters[G_]} – жылына 1 рет; «–» – бақылау жүргізілмейді.", ""))
    rows = [[g("Точка контроля", "Бақылау нүктесі", ""), *(_water(doc, s) for s in MUSH_WATER_COLS)]]
    for pid, o_ru, o_kk, plan in MUSH_WATER:
        rows.append([(o_ru, o_kk)[L], *(letters[plan[s]] if s in plan else "–" for s in MUSH_WATER_COLS)])
        for s, w in plan.items():
            doc.add("monitoring", {"point": pid, "symbol": s, "frequency": w})
    doc.table(g("Таблица 5.2 – Контроль подземных вод и фильтрата", "5.2-кесте – Жерасты суларын және фильтратты бақылау", ""), rows, role="monitoring")
    doc.add("sources", *({"number": n, "type": "organized"} for n in numbers))
    doc.add("emissions", *(emission(c, None, None, n) for n, c in pairs))
    _maybe_other(doc)


VN_MUSH_AIR_COLS = ("2902", "0330", "0301", "0337", "0303", "0333")
VN_MUSH_AIR = (
    ("KT1", "KT1 – Ống khói lò hơi đốt viên nén sinh khối", {"2902": P_, "0330": P_, "0301": P_, "0337": P_}),
    ("KX1", "KX1 – Ống thải hệ thống biofilter khu ủ pha I", {"0303": K_, "0333": K_}),
    ("KK1", "KK1 – Khu dân cư phía Đông, cách khu ủ 300 m", {"2902": P_, "0303": K_, "0333": K_}),
    ("KK2", "KK2 – Cổng cơ sở", {"2902": P_, "0303": P_}),
)
VN_MUSH_WATER_COLS = ("pH", "BOD5", "COD", "TSS", "NH4+", "NO3-", "Coliform")
VN_MUSH_WATER = (
    ("NT1", "NT1 – Nước thải sau hệ thống xử lý, trước khi xả ra mương", {"pH": M_, "BOD5": M_, "COD": M_, "TSS": M_, "NH4+": M_, "Coliform": K_}),
    ("NN1", "NN1 – Giếng quan trắc nước dưới đất hạ lưu khu ủ", {"pH": P_, "NH4+": P_, "NO3-": P_, "Coliform": G_}),
)  # fmt: skip


def _monitoring_jf2_vi(doc: Doc) -> None:
    facility, company, _ = doc.pick(VN_MUSHROOM)
    letters = LETTERS["vi"]
    doc.h(f"CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG CỦA {facility.upper()}")
    doc.p(f"Chủ cơ sở: {company}. Chương trình được lập theo nội dung giấy phép môi trường đã được cấp.")
    rows = [["Vị trí quan trắc", *(_air(doc, c) if AIR[c][2] else vocab.air(c, "vi") for c in VN_MUSH_AIR_COLS)]]
    for pid, place, plan in VN_MUSH_AIR:
        rows.append([place, *(letters[plan[c]] if c in plan else "-" for c in VN_MUSH_AIR_COLS)])
        for c, w in plan.items():
            doc.add("monitoring", {"point": pid, "code": c, "frequency": w})
    doc.table("Bảng 5.1. Quan trắc khí thải và không khí xung quanh", rows, role="monitoring")
    doc.p(f"Ký hiệu tần suất: {letters[M_]} – 01 tháng/lần; {letters[K_]} – 03 tháng/lần; {letters[P_]} – 06 tháng/lần; {letters[G_]} – 01 lần/năm; "
          "\"-\" – không quan trắc.")
    rows = [["Vị trí quan trắc", *(_water(doc, s) for s in VN_MUSH_WATER_COLS)]]
    for pid, place, plan in VN_MUSH_WATER:
        rows.append([place, *(letters[plan[s]] if s in plan else "-" for s in VN_MUSH_WATER_COLS)])
        for s, w in plan.items():
            doc.add("monitoring", {"point": pid, "symbol": s, "frequency": w})
    doc.table("Bảng 5.2. Quan trắc nước thải và nước dưới đất", rows, role="monitoring")
    _maybe_other(doc)


# ---------------------------------------------------------------- inspections

D_, W_ = "daily", "weekly"
SAID = {
    "ru": {D_: "ежедневно", W_: "еженедельно", M_: "ежемесячно", K_: "ежеквартально", P_: "1 раз в полугодие", G_: "1 раз в год"},
    "kk": {D_: "күн сайын", W_: "апта сайын", M_: "ай сайын", K_: "тоқсан сайын", P_: "жарты жылда 1 рет", G_: "жылына 1 рет"},
    "vi": {D_: "Hằng ngày", W_: "Hằng tuần", M_: "01 tháng/lần", K_: "03 tháng/lần", P_: "06 tháng/lần", G_: "01 lần/năm"},
}
# ((RU zone, KK zone), [(RU check, KK check, frequency or None, RU said when no frequency, KK said)])
CHECKLIST = (
    (("Котельная и линия подкормки CO2", "Қазандық және CO2 үстеме қоректендіру желісі"), [
        ("Режим горения котлов по показаниям газоанализатора (O2, CO, NOx)", "Газоанализатор көрсеткіштері бойынша қазандардың жану режимі (O2, CO, NOx)",
         D_, "", ""),
        ("Состояние каталитического нейтрализатора и датчиков NOx на линии подкормки", "Үстеме қоректендіру желісіндегі каталитикалық бейтараптандырғыш пен NOx датчиктерінің жай-күйі",
         M_, "", ""),
        ("Ведение журнала учета расхода газа по котлам", "Қазандар бойынша газ шығынын есепке алу журналын жүргізу", W_, "", "")]),
    (("Теплицы и система полива", "Жылыжайлар және суару жүйесі"), [
        ("Работа установки УФ-обеззараживания дренажного раствора", "Дренаж ерітіндісін УК-залалсыздандыру қондырғысының жұмысы", D_, "", ""),
        ("Состояние пруда-испарителя: уровень, откосы, противофильтрационный экран", "Булану тоғанының жай-күйі: деңгейі, беткейлері, сүзгіге қарсы экраны",
         M_, "", ""),
        ("Вывоз растительных остатков из теплиц и очистка лотков", "Жылыжайлардан өсімдік қалдықтарын шығару және науаларды тазалау", None,
         "при каждой смене культурооборота", "дақыл айналымы әр ауысқан сайын")]),
    (("Склад средств защиты растений и удобрений", "Өсімдіктерді қорғау құралдары мен тыңайтқыштар қоймасы"), [
        ("Учет поступления и расхода пестицидов, сроки годности", "Пестицидтердің түсуі мен жұмсалуын есепке алу, жарамдылық мерзімдері", M_, "", ""),
        ("Вентиляция, целостность тары, наличие сорбента", "Желдету, ыдыстың бүтіндігі, сорбенттің болуы", K_, "", "")]),
    (("Обращение с отходами", "Қалдықтармен жұмыс"), [
        ("Площадка временного хранения отходов, сроки накопления", "Қалдықтарды уақытша сақтау алаңы, жинақтау мерзімдері", W_, "", ""),
        ("Хранение отработанных ламп ДНаТ в герметичной таре", "Пайдаланылған ДНаТ шамдарын герметикалық ыдыста сақтау", M_, "", ""),
        ("Договоры и акты передачи отходов", "Қалдықтарды беру шарттары мен актілері", K_, "", "")]),
)  # fmt: skip
REMARK = ("несоответствие описано в п. 3 акта", "сәйкессіздік актінің 3-тармағында сипатталған")


def inspections_jf1(doc: Doc) -> None:
    """The check-list annexed to an internal inspection act of a greenhouse complex: rows spanning the table per zone
    (boiler house and CO2 line, greenhouses and irrigation, the store of plant-protection products, wastes), items `1.1`
    with the frequency of each check in the company's regulation beside the commission's `да`/`нет` and its remarks, the
    clearing of plant residues `при каждой смене культурооборота` without a frequency; the commission in a table of no role
    before it (VI: a Đà Lạt farm's quarterly `biên bản tự kiểm tra`, `Đạt`/`Không đạt`, `Mỗi vụ trồng`)."""
    r = doc.rng
    if doc.lang == "vi":
        _inspections_jf1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    gh = doc.pick(GREENHOUSES)
    said = SAID[doc.lang]
    doc.h(g(f"Акт внутренней проверки соблюдения экологических требований № {r.randint(2, 4)} от {r.randint(1, 28):02d}.10.2025",
            f"2025 жылғы {r.randint(1, 28)} қазандағы экологиялық талаптардың сақталуын ішкі тексеру актісі № {r.randint(2, 4)}", ""))
    doc.p(g(f"Объект: {gh['ru']} ({gh['op'][0]}). Проверка проведена комиссией, назначенной приказом директора, в соответствии с "
            "Положением о производственном экологическом контроле; периодичность проверок установлена Положением.",
            f"Объект: {gh['kk']} ({gh['op'][1]}). Тексеруді директордың бұйрығымен тағайындалған комиссия өндірістік экологиялық бақылау "
            "туралы ережеге сәйкес жүргізді; тексерулердің кезеңділігі Ережемен белгіленген.", ""))
    doc.table(g("Состав комиссии", "Комиссия құрамы", ""),
              [g(["Ф.И.О.", "Должность", "Роль"], ["Аты-жөні", "Лауазымы", "Рөлі"], []),
               g(["Омаров Т.К.", "главный инженер", "председатель"], ["Омаров Т.Қ.", "бас инженер", "төраға"], []),
               g(["Ким В.Ю.", "агроном-эколог", "член комиссии"], ["Ким В.Ю.", "агроном-эколог", "комиссия мүшесі"], []),
               g(["Серикова А.Б.", "инженер по охране труда", "член комиссии"], ["Серікова А.Б.", "еңбекті қорғау жөніндегі инженер", "комиссия мүшесі"], [])],
              role="other")
    doc.p(g("Приложение 1 к акту. Чек-лист проверки", "Актіге 1-қосымша. Тексерудің чек-парағы", ""))
    rows = [g(["№", "Проверяемое требование", "Периодичность проверки (по Положению)", "Соответствует (да/нет)", "Замечания"],
              ["№", "Тексерілетін талап", "Тексеру кезеңділігі (Ереже бойынша)", "Сәйкес келеді (иә/жоқ)", "Ескертулер"], [])]
    merges: list = []
    bad = set(r.sample(range(11), 2))
    n = 0
    for z, ((z_ru, z_kk), checks) in enumerate(CHECKLIST, 1):
        _span(rows, merges, f"{z}. {(z_ru, z_kk)[L]}", 5)
        for k, (c_ru, c_kk, word, w_ru, w_kk) in enumerate(checks, 1):
            ok = n not in bad
            remark = "" if ok else REMARK[L]
            n += 1
            text = (c_ru, c_kk)[L]
            rows.append([f"{z}.{k}", text, said[word] if word else (w_ru, w_kk)[L], g("да", "иә", "") if ok else g("нет", "жоқ", ""), remark])
            item = {"kind": "inspection", "text_contains": _words(text, 4)}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
    doc.table(None, rows, merges, role="inspections")
    doc.p(g("Выявленные несоответствия устранить до 15.11.2025; ответственный – агроном-эколог.",
            "Анықталған сәйкессіздіктерді 15.11.2025 дейін жою; жауапты – агроном-эколог.", ""))


VN_CHECKLIST = (
    ("Khu nhà kính, nhà màng", [("Thu gom thân, lá, hoa loại bỏ về khu ủ phân", D_, ""), ("Tình trạng màng phủ, máng thu nước mưa", M_, ""),
                                ("Vệ sinh nhà kính, thay giá thể", None, "Mỗi vụ trồng")]),
    ("Kho thuốc bảo vệ thực vật, phân bón", [("Sổ xuất nhập thuốc bảo vệ thực vật, hạn sử dụng", W_, ""),
                                             ("Thông gió, biển cảnh báo, vật liệu thấm hút sự cố", K_, "")]),
    ("Hệ thống xử lý nước thải", [("Vận hành bể lắng, bể lọc và đèn UV", D_, ""), ("Nạo vét bùn bể lắng", P_, "")]),
    ("Khu lưu giữ chất thải nguy hại", [("Dán nhãn, phân loại, sổ theo dõi chất thải nguy hại", M_, "")]),
)


def _inspections_jf1_vi(doc: Doc) -> None:
    r = doc.rng
    name, _, company, *_ = doc.pick(VN_FARMS)
    said = SAID["vi"]
    doc.h(f"BIÊN BẢN TỰ KIỂM TRA CÔNG TÁC BẢO VỆ MÔI TRƯỜNG QUÝ III/2025 – {name.upper()}")
    doc.p(f"Hôm nay, ngày {r.randint(1, 28):02d}/9/2025, tổ tự kiểm tra của {company} tiến hành kiểm tra theo danh mục dưới đây; tần suất kiểm "
          "tra định kỳ theo Quy chế bảo vệ môi trường của Công ty.")
    doc.table("Thành phần tổ kiểm tra", [["Họ và tên", "Chức vụ"], ["Nguyễn Văn Lâm", "Phó Giám đốc – Tổ trưởng"],
                                         ["Trần Thị Thanh", "Cán bộ môi trường"], ["Lê Hoàng Phúc", "Trưởng bộ phận kỹ thuật"]], role="other")
    rows = [["TT", "Nội dung kiểm tra", "Tần suất kiểm tra định kỳ", "Kết quả (Đạt/Không đạt)", "Ghi chú"]]
    merges: list = []
    bad = r.randrange(8)
    n = 0
    for z, (zone, checks) in enumerate(VN_CHECKLIST, 1):
        _span(rows, merges, f"{z}. {zone}", 5)
        for k, (text, word, said_other) in enumerate(checks, 1):
            ok = n != bad
            n += 1
            rows.append([f"{z}.{k}", text, said[word] if word else said_other, "Đạt" if ok else "Không đạt", "" if ok else "Yêu cầu khắc phục trong tuần"])
            item = {"kind": "inspection", "text_contains": _words(text, 5)}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
    doc.table("Phụ lục. Danh mục kiểm tra", rows, merges, role="inspections")


SAME = "same"
# (RU object, KK object, RU what, KK what, heating season, summer, RU responsible, KK responsible); None: not done in that season
SEASONAL = (
    ("Газовая котельная", "Газ қазандығы", "режим горения, показания газоанализатора на дымовой трубе",
     "жану режимі, түтін мұржасындағы газоанализатор көрсеткіштері", W_, M_, "начальник котельной", "қазандық бастығы"),
    ("Линия подкормки CO2 (каталитический нейтрализатор)", "CO2 үстеме қоректендіру желісі (каталитикалық бейтараптандырғыш)",
     "герметичность газопроводов, содержание NOx в подаваемых газах", "газ құбырларының саңылаусыздығы, берілетін газдардағы NOx мөлшері",
     M_, W_, "главный энергетик", "бас энергетик"),
    ("Узел УФ-обеззараживания и рециркуляции дренажа", "Дренажды УК-залалсыздандыру және рециркуляциялау торабы",
     "работа УФ-ламп, расход дренажа на выпуске", "УК-шамдардың жұмысы, шығарудағы дренаж шығыны", D_, SAME,
     "агроном по минеральному питанию", "минералдық қоректендіру жөніндегі агроном"),
    ("Пруд-испаритель дренажных вод", "Дренаж суларының булану тоғаны", "уровень воды, состояние откосов и экрана",
     "су деңгейі, беткейлер мен экранның жай-күйі", M_, W_, "инженер-эколог", "инженер-эколог"),
    ("Площадка временного хранения растительных остатков", "Өсімдік қалдықтарын уақытша сақтау алаңы", "заполнение, своевременность вывоза",
     "толуы, уақтылы шығарылуы", M_, W_, "начальник хозяйственного участка", "шаруашылық учаскесінің бастығы"),
    ("Склад средств защиты растений и агрохимикатов", "Өсімдіктерді қорғау құралдары мен агрохимикаттар қоймасы",
     "учет, условия хранения, целостность тары", "есепке алу, сақтау жағдайлары, ыдыстың бүтіндігі", K_, SAME, "заведующий складом", "қойма меңгерушісі"),
    ("Досвечивание (лампы ДНаТ) и место накопления отработанных ламп", "Жасанды жарықтандыру (ДНаТ шамдары) және пайдаланылған шамдарды жинақтау орны",
     "исправность светильников, хранение отработанных ламп", "шамшырақтардың жарамдылығы, пайдаланылған шамдарды сақтау", M_, None, "электрик", "электрик"),
)  # fmt: skip


def inspections_jf2(doc: Doc) -> None:
    """A greenhouse complex's schedule of production control for 2026 with two frequency columns under a merged header —
    the heating season (October – April) and the summer (May – September) — so that a check may be weekly in one and
    monthly in the other, a check done the same all year written once across both columns, `не проводится (досветка
    отключена)` in the summer for the lamps, the responsible last (VI: a Đà Lạt farm's schedule by the rainy and the dry
    season, `Không thực hiện` for the misting in the rainy season)."""
    if doc.lang == "vi":
        _inspections_jf2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    gh = doc.pick(GREENHOUSES)
    said = SAID[doc.lang]
    doc.h(g(f"График производственного контроля на 2026 год. {gh['ru']}", f"{gh['kk']}. 2026 жылға арналған өндірістік бақылау кестесі", ""))
    doc.p(g("Утвержден главным инженером. Периодичность различается по сезонам: в отопительный сезон котлы работают на отопление, летом – "
            "только для подкормки растений CO2.",
            "Бас инженер бекітті. Кезеңділік маусымдарға қарай ерекшеленеді: жылыту маусымында қазандар жылытуға жұмыс істейді, жазда – тек "
            "өсімдіктерді CO2-мен үстеме қоректендіру үшін.", ""))
    rows = [g(["№", "Объект контроля", "Что проверяется", "Периодичность", None, "Ответственный"],
              ["№", "Бақылау объектісі", "Не тексеріледі", "Кезеңділігі", None, "Жауапты"], []),
            [None, None, None, g("отопительный сезон (октябрь – апрель)", "жылыту маусымы (қазан – сәуір)", ""),
             g("летний период (май – сентябрь)", "жазғы кезең (мамыр – қыркүйек)", ""), None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 1, 5)]
    for k, (o_ru, o_kk, w_ru, w_kk, heat, summer, a_ru, a_kk) in enumerate(SEASONAL, 1):
        obj, actor = (o_ru, o_kk)[L], (a_ru, a_kk)[L]
        if summer == SAME:
            rows.append([str(k), obj, (w_ru, w_kk)[L], said[heat], None, actor])
            merges.append((len(rows) - 1, 3, len(rows) - 1, 4))
            words = [heat]
        else:
            off = g("не проводится (досветка отключена)", "жүргізілмейді (жасанды жарық сөндірілген)", "")
            rows.append([str(k), obj, (w_ru, w_kk)[L], said[heat], said[summer] if summer else off, actor])
            words = [w for w in (heat, summer) if w]
        for w in words:
            doc.add("obligations", {"kind": "inspection", "frequency": w, "text_contains": _words(obj, 3), "actor_contains": actor})
    doc.table(g("Таблица 1 – График контроля", "1-кесте – Бақылау кестесі", ""), rows, merges, role="inspections")
    _maybe_other(doc)


# (object, rainy season, dry season, responsible)
VN_SEASONAL = (
    ("Hệ thống thu gom, thoát nước mưa mái nhà kính", W_, M_, "Tổ kỹ thuật nhà kính"),
    ("Hồ chứa nước tưới và nước mưa", W_, M_, "Tổ thủy lợi"),
    ("Hệ thống xử lý nước thải thủy canh", D_, SAME, "Nhân viên vận hành hệ thống xử lý"),
    ("Kho thuốc bảo vệ thực vật, phân bón", M_, SAME, "Thủ kho"),
    ("Khu ủ phân hữu cơ từ phế phẩm cây trồng", W_, M_, "Tổ trưởng tổ ủ phân"),
    ("Hệ thống phun sương làm mát nhà kính", None, W_, "Tổ kỹ thuật nhà kính"),
)


def _inspections_jf2_vi(doc: Doc) -> None:
    name, _, company, *_ = doc.pick(VN_FARMS)
    said = SAID["vi"]
    doc.h(f"LỊCH KIỂM TRA ĐỊNH KỲ CÁC CÔNG TRÌNH BẢO VỆ MÔI TRƯỜNG NĂM 2026 – {name.upper()}")
    doc.p(f"Ban hành kèm theo Quyết định của Giám đốc {company}. Tần suất kiểm tra khác nhau giữa mùa mưa và mùa khô của Đà Lạt.")
    rows = [["TT", "Công trình, khu vực kiểm tra", "Tần suất kiểm tra", None, "Người thực hiện"],
            [None, None, "Mùa mưa (tháng 5 – tháng 11)", "Mùa khô (tháng 12 – tháng 4)", None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 1, 4)]
    for k, (obj, rainy, dry, who) in enumerate(VN_SEASONAL, 1):
        if dry == SAME:
            rows.append([str(k), obj, said[rainy], None, who])
            merges.append((len(rows) - 1, 2, len(rows) - 1, 3))
            words = [rainy]
        else:
            rows.append([str(k), obj, said[rainy] if rainy else "Không thực hiện", said[dry], who])
            words = [w for w in (rainy, dry) if w]
        for w in words:
            doc.add("obligations", {"kind": "inspection", "frequency": w, "text_contains": _words(obj, 5), "actor_contains": who})
    doc.table("Bảng 1. Lịch kiểm tra", rows, merges, role="inspections")
    _maybe_other(doc)


# ---------------------------------------------------------------- tasks

# (RU violation, KK violation, RU requirement, KK requirement, RU term, KK term, RU norm, KK norm)
ORDER = (
    ("Отработанные лампы ДНаТ хранятся навалом в помещении электроцеха без маркировки",
     "Пайдаланылған ДНаТ шамдары электр цехының үй-жайында таңбаланбай үйіліп сақталады",
     "Обеспечить накопление отработанных ртутьсодержащих ламп в герметичной маркированной таре на оборудованном месте",
     "Пайдаланылған құрамында сынабы бар шамдарды жабдықталған орында герметикалық таңбаланған ыдыста жинақтауды қамтамасыз ету",
     "в течение 10 рабочих дней", "10 жұмыс күні ішінде", "ст. 320 Экологического кодекса РК", "ҚР Экология кодексінің 320-бабы"),
    ("Растительные остатки размещены на площадке без твердого покрытия и обваловки",
     "Өсімдік қалдықтары қатты жабыны мен үйіндісі жоқ алаңда орналастырылған",
     "Оборудовать площадку временного хранения растительных остатков твердым покрытием и обваловкой",
     "Өсімдік қалдықтарын уақытша сақтау алаңын қатты жабынмен және үйіндімен жабдықтау",
     "до 01.05.2026", "01.05.2026 дейін", "ст. 320 Экологического кодекса РК", "ҚР Экология кодексінің 320-бабы"),
    ("Во II–III кварталах 2025 года не выполнены инструментальные замеры на дымовой трубе котельной, предусмотренные программой ПЭК",
     "2025 жылғы II–III тоқсандарда ӨЭБ бағдарламасында көзделген қазандықтың түтін мұржасындағы аспаптық өлшеулер орындалмаған",
     "Заключить договор с аккредитованной лабораторией и возобновить инструментальные замеры согласно программе ПЭК",
     "Аккредиттелген зертханамен шарт жасасу және ӨЭБ бағдарламасына сәйкес аспаптық өлшеулерді қайта бастау",
     "до 01.03.2026", "01.03.2026 дейін", "ст. 182 Экологического кодекса РК", "ҚР Экология кодексінің 182-бабы"),
    ("Журнал учета расхода природного газа по котлам не ведется", "Қазандар бойынша табиғи газ шығынын есепке алу журналы жүргізілмейді",
     "Организовать учет расхода природного газа по каждому котлу и ведение журнала учета",
     "Әр қазан бойынша табиғи газ шығынын есепке алуды және есепке алу журналын жүргізуді ұйымдастыру",
     "в течение 30 календарных дней", "30 күнтізбелік күн ішінде", "п. 4 условий экологического разрешения", "экологиялық рұқсат шарттарының 4-тармағы"),
    ("Отсутствуют паспорта опасных отходов на тару из-под пестицидов", "Пестицидтер ыдысына қауіпті қалдықтар паспорттары жоқ",
     "Разработать и утвердить паспорта опасных отходов на тару из-под пестицидов",
     "Пестицидтер ыдысына қауіпті қалдықтар паспорттарын әзірлеу және бекіту",
     "до 01.03.2026", "01.03.2026 дейін", "ст. 343 Экологического кодекса РК", "ҚР Экология кодексінің 343-бабы"),
    ("Объем дренажных вод, отводимых в пруд-испаритель, не учитывается", "Булану тоғанына бұрылатын дренаж суларының көлемі есепке алынбайды",
     "Установить прибор учета объема дренажных вод на выпуске в пруд-испаритель",
     "Булану тоғанына шығаратын жерде дренаж суларының көлемін есепке алу аспабын орнату",
     "до 01.06.2026", "01.06.2026 дейін", "п. 7 условий экологического разрешения", "экологиялық рұқсат шарттарының 7-тармағы"),
)  # fmt: skip
DEPARTMENTS = {
    "Алатау Грин": ("Департамент экологии по Алматинской области", "Алматы облысы бойынша экология департаменті"),
    "Шорнак Агро": ("Департамент экологии по Туркестанской области", "Түркістан облысы бойынша экология департаменті"),
    "Аксу Өнім": ("Департамент экологии по Туркестанской области", "Түркістан облысы бойынша экология департаменті"),
}


def tasks_jf1(doc: Doc) -> None:
    """An inspector's order (предписание) after an unscheduled inspection of a greenhouse complex: `№ | выявленное нарушение
    | требование об устранении | срок | нарушенная норма`, the violation found beside the requirement to remedy it — only
    the requirement is the task — with terms as dates or as days, the article of the Code or the permit's condition
    breached, no column of who acts, the operator bound by the order's heading (VI: the provincial Department's `kết luận
    kiểm tra` of a Đà Lạt farm, `Tồn tại, hạn chế` beside `Yêu cầu khắc phục`)."""
    r = doc.rng
    if doc.lang == "vi":
        _tasks_jf1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    gh = doc.pick(GREENHOUSES)
    dep = DEPARTMENTS[gh["core"][0]][L]
    doc.p(g(f"{dep} Комитета экологического регулирования и контроля Министерства экологии и природных ресурсов Республики Казахстан",
            f"Қазақстан Республикасы Экология және табиғи ресурстар министрлігі Экологиялық реттеу және бақылау комитетінің {dep}", ""))
    doc.h(g(f"Предписание об устранении нарушений требований экологического законодательства Республики Казахстан № {r.randint(10, 99)}-Э",
            f"Қазақстан Республикасы экология заңнамасы талаптарының бұзылуын жою туралы № {r.randint(10, 99)}-Э нұсқама", ""))
    doc.p(g(f"По результатам внеплановой проверки, проведенной с {r.randint(3, 9):02d}.12.2025 по {r.randint(15, 22)}.12.2025 в тепличном "
            f"комплексе «{gh['core'][0]}», {gh['op'][0]} обязано устранить следующие нарушения:",
            f"{gh['kk']} объектісінде 2025 жылғы {r.randint(3, 9)} желтоқсаннан {r.randint(15, 22)} желтоқсанға дейін жүргізілген жоспардан тыс "
            f"тексеру нәтижелері бойынша {gh['op'][1]} мынадай бұзушылықтарды жоюға міндетті:", ""))
    rows = [g(["№ п/п", "Выявленное нарушение", "Требование об устранении нарушения", "Срок исполнения", "Нарушенная норма"],
              ["Р/с №", "Анықталған бұзушылық", "Бұзушылықты жою туралы талап", "Орындау мерзімі", "Бұзылған норма"], [])]
    for k, (v_ru, v_kk, q_ru, q_kk, t_ru, t_kk, n_ru, n_kk) in enumerate(ORDER, 1):
        req = (q_ru, q_kk)[L]
        rows.append([str(k), (v_ru, v_kk)[L], req, (t_ru, t_kk)[L], (n_ru, n_kk)[L]])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(req, 5)})
    doc.table(None, rows, role="tasks")
    doc.p(g("Об исполнении предписания письменно уведомить Департамент в течение трех рабочих дней после истечения сроков. Неисполнение "
            "предписания влечет ответственность, установленную законодательством Республики Казахстан.",
            "Нұсқаманың орындалуы туралы мерзімдер өткеннен кейін үш жұмыс күні ішінде Департаментке жазбаша хабарлау қажет. Нұсқаманы "
            "орындамау Қазақстан Республикасының заңнамасында белгіленген жауаптылыққа әкеп соғады.", ""))


VN_ORDER = (
    ("Bao bì thuốc bảo vệ thực vật sau sử dụng để lẫn với chất thải trồng trọt",
     "Phân loại, thu gom bao bì thuốc bảo vệ thực vật về khu lưu giữ chất thải nguy hại có mái che, dán nhãn cảnh báo", "Trong thời hạn 15 ngày"),
    ("Chưa lắp đặt thiết bị đo lưu lượng nước thải sau xử lý",
     "Lắp đặt thiết bị đo lưu lượng tại điểm xả nước thải sau hệ thống xử lý", "Trước ngày 30/6/2026"),
    ("Nước mưa chảy tràn từ mái nhà kính chảy qua khu ủ phân hữu cơ",
     "Cải tạo mương thoát nước mưa, tách riêng nước mưa khỏi khu ủ phân hữu cơ", "Trước ngày 30/4/2026"),
    ("Chưa ký hợp đồng chuyển giao chất thải nguy hại với đơn vị có chức năng",
     "Ký hợp đồng thu gom, vận chuyển, xử lý chất thải nguy hại với đơn vị có giấy phép phù hợp", "Trong thời hạn 30 ngày"),
    ("Chưa gửi báo cáo công tác bảo vệ môi trường năm 2024",
     "Lập và gửi báo cáo công tác bảo vệ môi trường năm 2025 theo quy định", "Trước ngày 31/01/2026"),
)


def _tasks_jf1_vi(doc: Doc) -> None:
    r = doc.rng
    name, _, company, *_ = doc.pick(VN_FARMS)
    doc.p("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG – SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG")
    doc.h(f"KẾT LUẬN KIỂM TRA VIỆC CHẤP HÀNH PHÁP LUẬT VỀ BẢO VỆ MÔI TRƯỜNG ĐỐI VỚI {company.upper()}")
    doc.p(f"Thực hiện Quyết định số {r.randint(100, 900)}/QĐ-SNNMT, Đoàn kiểm tra đã kiểm tra tại {name} từ ngày {r.randint(2, 9):02d}/12/2025. "
          f"Sở Nông nghiệp và Môi trường yêu cầu {company} thực hiện các nội dung sau:")
    rows = [["TT", "Tồn tại, hạn chế", "Yêu cầu khắc phục", "Thời hạn hoàn thành"]]
    for k, (found, req, term) in enumerate(VN_ORDER, 1):
        rows.append([str(k), found, req, term])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(req, 6)})
    doc.table("Phụ lục. Các tồn tại và yêu cầu khắc phục", rows, role="tasks")
    doc.p("Công ty báo cáo kết quả khắc phục bằng văn bản về Sở Nông nghiệp và Môi trường trước ngày 15/7/2026.")


# ((RU section, KK section, number, kind), [(RU measure, KK measure, NH3 %, H2S %, RU term, KK term, RU responsible, KK responsible, thousand tenge)])
ODOUR_PLAN = (
    (("Площадка увлажнения и буртования", "Ылғалдандыру және үйінділеу алаңы", "6001", "unorganized"), [
        ("Перевести фазу 0 в закрытое помещение с аспирацией на биофильтр", "0 фазаны биосүзгіге аспирациясы бар жабық үй-жайға көшіру", 60, 55,
         "IV квартал 2026 г.", "2026 жылғы IV тоқсан", "главный инженер", "бас инженер", 185000),
        ("Сократить срок буртования с 10 до 6 суток за счет предварительного замачивания соломы",
         "Сабанды алдын ала сулау есебінен үйінділеу мерзімін 10 тәуліктен 6 тәулікке дейін қысқарту", 25, 20,
         "май 2026 г.", "2026 жылғы мамыр", "технолог компостного цеха", "компост цехының технологы", 3500),
        ("Обрабатывать бурты микробиологическим препаратом, связывающим аммиак", "Үйінділерді аммиакты байланыстыратын микробиологиялық препаратпен өңдеу",
         15, 10, "с апреля 2026 г., постоянно", "2026 жылғы сәуірден бастап, тұрақты", "технолог компостного цеха", "компост цехының технологы", 6200)]),
    (("Бункеры ферментации фазы I", "I фазадағы ферменттеу бункерлері", "0002", "organized"), [
        ("Заменить загрузку биофильтра и отрегулировать орошение кислотного скруббера",
         "Биосүзгі жүктемесін ауыстыру және қышқыл скрубберді суаруды реттеу", 30, 40, "II квартал 2026 г.", "2026 жылғы II тоқсан",
         "главный механик", "бас механик", 24000),
        ("Установить датчики аммиака и сероводорода на выходе биофильтра с выводом на пульт", "Биосүзгі шығысына пультке шығарылатын аммиак және "
         "күкіртсутек датчиктерін орнату", None, None, "III квартал 2026 г.", "2026 жылғы III тоқсан", "главный энергетик", "бас энергетик", 9800)]),
    (("Организационные мероприятия", "Ұйымдастыру іс-шаралары", None, None), [
        ("Ввести график ворошения буртов с учетом направления ветра", "Жел бағытын ескере отырып үйінділерді аударыстыру кестесін енгізу",
         None, None, "с 01.03.2026", "01.03.2026 бастап", "мастер компостной площадки", "компост алаңының шебері", None),
        ("Вести журнал обращений жителей и органолептической оценки запаха на границе СЗЗ",
         "Тұрғындардың өтініштері мен СҚА шекарасындағы иісті органолептикалық бағалау журналын жүргізу", None, None, "постоянно", "тұрақты",
         "инженер-эколог", "инженер-эколог", None)]),
)  # fmt: skip


def tasks_jf2(doc: Doc) -> None:
    """A champignon farm's plan of measures against odour drawn up after the residents' complaints: measures `1.1` under
    rows naming the source the measures reduce with its number and whether it is organised (`ИЗА 6001, неорганизованный`),
    then organisational measures; the expected cut of ammonia and hydrogen sulphide in per cent as two sub-columns under
    a merged header, dashes where none is reckoned, the term, the responsible and the cost in thousand tenge (VI: a compost
    producer's plan of reducing odour, the lead and the partner units, the cost in million đồng)."""
    if doc.lang == "vi":
        _tasks_jf2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    farm = doc.pick(MUSHROOM_FARMS)
    doc.h(g(f"План мероприятий по снижению неприятного запаха на 2026 год. {farm[0]}", f"{farm[1]}. 2026 жылға арналған жағымсыз иісті азайту жөніндегі іс-шаралар жоспары", ""))
    doc.p(g(f"Разработан {farm[2]} по итогам рассмотрения обращений жителей и рекомендаций Департамента экологии; выполнение плана "
            "рассматривается ежеквартально на совещании у директора.",
            f"Тұрғындардың өтініштерін және Экология департаментінің ұсынымдарын қарау қорытындылары бойынша {farm[3]} әзірледі; жоспардың "
            "орындалуы директордың жанындағы кеңесте тоқсан сайын қаралады.", ""))
    rows = [g(["№", "Мероприятие", "Ожидаемое снижение выброса, %", None, "Срок выполнения", "Ответственный", "Затраты, тыс. тенге"],
              ["№", "Іс-шара", "Шығарындының күтілетін төмендеуі, %", None, "Орындау мерзімі", "Жауапты", "Шығындар, мың теңге"], []),
            [None, None, g("аммиак", "аммиак", ""), g("сероводород", "күкіртсутек", ""), None, None, None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 1, 4), (0, 5, 1, 5), (0, 6, 1, 6)]
    for s, ((s_ru, s_kk, number, kind), measures) in enumerate(ODOUR_PLAN, 1):
        if number:
            kind_w = {"organized": g("организованный", "ұйымдастырылған", ""), "unorganized": g("неорганизованный", "ұйымдастырылмаған", "")}[kind]
            head = g(f"{s}. {s_ru} (ИЗА {number}, {kind_w})", f"{s}. {s_kk} ({number} ЛШК, {kind_w})", "")
            doc.add("sources", {"number": number, "type": kind})
        else:
            head = f"{s}. {(s_ru, s_kk)[L]}"
        _span(rows, merges, head, 7)
        for k, (m_ru, m_kk, nh3, h2s, t_ru, t_kk, a_ru, a_kk, cost) in enumerate(measures, 1):
            text, actor = (m_ru, m_kk)[L], (a_ru, a_kk)[L]
            rows.append([f"{s}.{k}", text, str(nh3) if nh3 else "–", str(h2s) if h2s else "–", (t_ru, t_kk)[L], actor,
                         num(cost, doc.lang) if cost else g("без затрат", "шығынсыз", "")])
            doc.add("obligations", {"kind": "task", "number": f"{s}.{k}", "text_contains": _words(text, 5), "actor_contains": actor})
    doc.table(g("Таблица 1 – Мероприятия", "1-кесте – Іс-шаралар", ""), rows, merges, role="tasks")
    _maybe_other(doc)


VN_ODOUR = (
    ("Khu ủ compost ngoài trời", [
        ("Lắp mái che và hệ thống thu khí dẫn về biofilter cho 06 luống ủ", "Giảm 50–60% mùi phát tán", "Quý III/2026", "Phòng Kỹ thuật",
         "Xưởng Cơ điện", "1.850"),
        ("Bổ sung chế phẩm vi sinh khử mùi khi đảo trộn luống ủ", "Giảm 15–20% NH3", "Từ tháng 3/2026", "Tổ sản xuất compost", "Phòng Kỹ thuật",
         "120")]),
    ("Hầm lên men, thanh trùng", [
        ("Thay vật liệu lọc biofilter và kiểm tra quạt hút các hầm", "Duy trì hiệu suất xử lý trên 80%", "Quý II/2026", "Xưởng Cơ điện",
         "Tổ sản xuất compost", "260")]),
    ("Quản lý, giám sát", [
        ("Lập sổ theo dõi phản ánh của người dân về mùi và xử lý trong 24 giờ", "Tiếp nhận, xử lý kịp thời phản ánh", "Thường xuyên",
         "Bộ phận An toàn – Môi trường", "Ban Giám đốc", "-"),
        ("Trồng dải cây xanh cách ly phía Đông giáp khu dân cư", "Giảm phát tán bụi, mùi", "Tháng 6–8/2026", "Bộ phận Hành chính",
         "Bộ phận An toàn – Môi trường", "95")]),
)  # fmt: skip


def _tasks_jf2_vi(doc: Doc) -> None:
    facility, company, _ = doc.pick(VN_MUSHROOM)
    doc.h(f"KẾ HOẠCH GIẢM THIỂU MÙI HÔI NĂM 2026 – {facility.upper()}")
    doc.p(f"{company} xây dựng kế hoạch sau khi tiếp nhận phản ánh của người dân khu vực lân cận về mùi hôi phát sinh từ khu ủ compost.")
    rows = [["TT", "Biện pháp", "Hiệu quả dự kiến", "Thời gian thực hiện", "Bộ phận chủ trì", "Bộ phận phối hợp", "Kinh phí (triệu đồng)"]]
    merges: list = []
    for s, (section, measures) in enumerate(VN_ODOUR, 1):
        _span(rows, merges, f"{s}. {section}", 7)
        for k, (text, effect, term, lead, partner, cost) in enumerate(measures, 1):
            rows.append([f"{s}.{k}", text, effect, term, lead, partner, cost])
            doc.add("obligations", {"kind": "task", "number": f"{s}.{k}", "text_contains": _words(text, 6), "actor_contains": lead})
    doc.table("Bảng 1. Các biện pháp giảm thiểu mùi", rows, merges, role="tasks")
    _maybe_other(doc)


LAYOUTS = [Layout(role, f"JF{k}", globals()[f"{role}_jf{k}"]) for role in ROLES for k in (1, 2)]
