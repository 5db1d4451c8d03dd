"""The thirty-third blind set's part IC (two layouts per role, `IC1` and `IC2`), written by someone who neither
ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`; held out and measured once (0.833
over 126 files when first measured at the registering commit, 2026-12-07), then moved to the tuning layouts to be
studied.

Theme: geological exploration, drilling and field camps. Kazakhstan: licences for exploring solid minerals (copper at
Көктас in the Aktogay district, gold at Жаманкөл in the Zharma district, tungsten and molybdenum at Тасқұдық in Ulytau)
with their trenches, core drilling by a contractor's rigs, field camps with diesel stations and a core store with its
sample preparation; contracts for exploring hydrocarbons (Тасбулак, Сарыколь Южный, Кумсай Восточный) with the
construction of search wells by a drilling contractor — the rig's diesel drive, the steam unit, the flare of the tests,
the mud pit and its observation wells — and a season of 3D seismic survey by a geophysical contractor with its vibrators,
recording crew and camp of 140 people (an environmental chapter to a plan of exploration, a ПЭК programme's list of
title documents, a report on possible impacts with emissions per unit of work, the inventory sheets of a well's НДВ
project, a well's waste calculation by drilling intervals, a seismic season's report, groundwater at a mud pit, a river
crossed by seismic profiles, a ПЭК programme by kind of work, a plan-graph by stages of a well, a rig's control matrix,
a season's plan of checks, the environmental annex of an annual work programme and a road map of permits). Vietnam: a
drilling contractor's support base and a drilling-fluid plant at Vũng Tàu with their jack-up rigs, geological
federations exploring bauxite in Lâm Đồng, rare earths in Lào Cai and Lai Châu and coal in Quảng Ninh with their drilling
teams' camps and sample workshop (đề án thăm dò khoáng sản, danh mục hồ sơ pháp lý, báo cáo đề xuất cấp GPMT, báo cáo
công tác bảo vệ môi trường, kết quả quan trắc nước dưới đất and nước thải, chương trình quan trắc, chương trình giám sát
môi trường khi khoan giếng thăm dò, kế hoạch kiểm tra, kế hoạch thực hiện biện pháp bảo vệ môi trường, lộ trình thủ tục).

Facility: the general section of an environmental chapter to a plan of exploration, a card with a column per party — the
subsoil user (the operator), the drilling contractor and the geophysical contractor, each with its own BIN, address,
ground and works — and under a row spanning it the object's lines merged across the three columns: the licence area, its
KATO, its blocks (`L-43-47-(10в-5а-12, 13, 17)`), the centre in degrees and decimal minutes with the hemisphere first and
the category with its clause, the licence's corners in a table of no role after it (VI: an exploration scheme's card with
the applicant, the geological federation that does the works and the consultant, each with its own tax number) (IC1); a
ПЭК programme's list of the title and permitting documents of a search well, one row per document, the facts only inside
the details cells — the BIN in the registration's row, the KATO and the pad's centre in DMS beside a cadastral number in
the land act's row, the category in the screening conclusion's row — the well's design in a table of no role (VI: a
drilling support base's legal papers at Vũng Tàu, the enterprise number, the land lease's centre, the permit's group) (IC2).

Emissions: a report on possible impacts of exploring solid minerals whose emissions are given for a unit of work (a hole
of 250 m, a thousand cubic metres of trenches, a hundred machine-hours, a day of the camp's station, a hundred cubic metres
of fuel), then the unit, the year's volume and the units working at once, and only the last pair `Выброс в 2026 г.` —
grams a second of the units at once, tonnes of the year's volume — are the emissions (VI: a coal exploration's loads per
hole, per hundred cubic metres of trenches, per day of the camp's generator and per hundred kilometres of haul, in
kilograms, no source numbers) (IC1); a search well's inventory sheets printed one after another in one table with no header
of its own, a row spanning it per source, the stack's or the area source's parameters and hours as label–value lines, the
sheet's sub-header `Код ЗВ | … | т/период` repeated in every block, the hazard class, the construction period named in the
caption (VI: a drilling support base's `Nguồn số 1 – …` blocks with the stack's data and `g/s | tấn/năm`) (IC2).

Wastes: a search well's drill cuttings worked out by the intervals of the well's design — depths, bit diameter, volume
with a cavern factor, density, mass — the waste merged down over its interval rows and its own `итого` row, which alone
is the amount, spent mud, drilling waste water and oily soil with volume and density before the mass, the rig's and camp's
wastes in a second table (VI: the hazardous wastes a drilling contractor lands at its Vũng Tàu base, three jack-up rigs
and the base as sub-columns, the total in kilograms last, ordinary wastes in tonnes) (IC1); a seismic season's wastes by
the crew's units under rows spanning the table, the same waste under two units as two streams, the receiver with its BIN
and contract in one cell, the remainder at the season's end (VI: a geological federation's camps and sample workshop as
group rows, codes only for hazardous wastes, kilograms) (IC2).

Limits: groundwater of three observation wells at a mud pit, the parameters as rows with the ПДК before the wells, each
well a merged header over the round before drilling and the round after the pit's liquidation, `< 0,02` below detection,
total hardness in `мг-экв/дм³` (VI: an exploration area's wells against QCVN 09:2023/BTNMT, `Đợt 1 | Đợt 2`, `KPH`) (IC1);
a river where seismic profiles cross it, two sections above and below as merged headers over three dated rounds, the
fishery ПДК in the second column, suspended solids with a ПДК `фон + 0,25` that gives no item (VI: a drilling base's two
outlets, each followed by its own standard's column — QCVN 40:2011/BTNMT column B with Kq and Kf for the tank-washing water,
QCVN 14:2008/BTNMT column B with K for the domestic water — dashes where a parameter is not set) (IC2).

Monitoring: a ПЭК programme of exploring solid minerals under rows by kind of work (drilling, trenching, camp, core store),
two sources or three soil points in one cell, substances with their codes in brackets, frequencies tied to the field
season, soil before drilling and after reclamation with no frequency of the contract, a visual check of the sumps with no
substance (VI: a rare-earth exploration's programme, a gamma dose-rate row with no substance) (IC1); a plan-graph over a
search well's construction whose frequencies are columns by the well's stages under a merged header, a dash where nothing
is done, the same point once before and once after, monthly, quarterly and daily in different stages, the flare `при каждом
сжигании газа`, the sources and points named inside the object's cell (VI: an offshore exploration well's survey before,
during and after drilling) (IC2).

Inspections: a rig's regulation of production control as a matrix of objects by the three who check — the driller's
foreman, the customer's supervisor, the contractor's environmental engineer — each filled cell an inspection by that
checker, `ежесменно` and `при каждой смене вахты (14 сут.)` no frequencies of the contract (VI: a jack-up rig's
toolpusher, company man and HSE engineer, `Mỗi chuyến tàu dịch vụ`) (IC1); a season's plan of checks of an exploration
company under stage rows (before the field works, during them, after the season), checks made once beside daily, weekly
and monthly ones and one at every move of the camp (VI: a coal exploration's checks, one after each heavy rain) (IC2).

Tasks: the environmental annex of a subsoil user's annual work programme, measures numbered `ООС-01` (KK `ҚОҚ-01`), a
column of the contract's or permit's clauses they carry out, the party that acts, the term and the cost with a dash where
the cost sits elsewhere (VI: a rare-earth exploration's measures `MT-01` with the scheme's clause and the team) (IC1); a
road map of permits for a seismic season, terms counted back from the day the field works begin (`Д – 150 дней`), a column
of preceding items holding bare numbers, an empty column for the mark of completion, the survey's parameters in a table of
no role (VI: the road map of a Vũng Tàu base's expansion, `N – 90 ngày`) (IC2).
"""
from __future__ import annotations

import math

from . import vocab
from .common import Doc, distractor, make_bin, maybe_distractor, num
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
    """A nine-digit KATO code: the region's and district's four digits, a rural district, a settlement."""
    return f"{prefix}{doc.rng.randint(10, 79)}{doc.rng.choice(('100', '000'))}"


def _msdn(doc: Doc, prefix: str) -> str:
    """A Vietnamese enterprise (tax) number of the province's prefix, ten digits."""
    return prefix + f"{doc.rng.randint(0, 99_999_999):08d}"


def _kind(number: str) -> str:
    return "unorganized" if number.startswith("6") else "organized"


HEMI = {"ru": ("с.ш.", "в.д."), "kk": ("с.е.", "ш.б."), "vi": ("B", "Đ")}


def _dms(value: float, lat: bool, lang: str) -> tuple[str, float]:
    """`46°37′12,4″ с.ш.` and the decimal degrees it stands for."""
    d = int(value)
    m = int((value - d) * 60)
    s = round((value - d - m / 60) * 3600, 1)
    if s >= 60:
        m, s = m + 1, 0.0
    sec = f"{s:04.1f}".replace(".", ",")
    return f"{d}°{m:02d}′{sec}″ {HEMI[lang][0 if lat else 1]}", d + m / 60 + s / 3600


def _dmm(value: float) -> tuple[str, float]:
    """Degrees and decimal minutes as a field GPS gives them (`47°01,254′`) and the degrees they stand for."""
    d = int(value)
    m = round((value - d) * 60, 3)
    if m >= 60:
        d, m = d + 1, 0.0
    return f"{d}°{m:06.3f}′".replace(".", ","), d + m / 60


def _air(doc: Doc, code: str, variant: int = 0) -> str:
    return vocab.air(code, doc.lang, variant)


# ---------------------------------------------------------------- facility

# (RU area, KK area, RU mineral, KK mineral, RU place, KK place, KATO prefix, lat, lon, sheet,
#  RU licensee, KK licensee, RU legal address, KK legal address)
AREAS = (
    ("Көктас", "Көктас", "медных руд", "мыс кендерін", "Карагандинская область, Актогайский район, 42 км юго-восточнее с. Шабанбай би",
     "Қарағанды облысы, Ақтоғай ауданы, Шабанбай би ауылынан оңтүстік-шығысқа қарай 42 км", "3524", 47.021, 74.536, "L-43-47",
     "ТОО «Көктас Майнинг Эксплорейшн»", "«Көктас Майнинг Эксплорейшн» ЖШС",
     "г. Караганда, район имени Казыбек би, пр. Нуркена Абдирова, 15/3", "Қарағанды қ., Қазыбек би атындағы аудан, Нұркен Әбдіров даңғ., 15/3"),
    ("Жаманкөл", "Жаманкөл", "золота", "алтын", "Абайская область, Жарминский район, 27 км северо-восточнее пос. Калбатау",
     "Абай облысы, Жарма ауданы, Қалбатау кентінен солтүстік-шығысқа қарай 27 км", "1024", 49.412, 81.284, "M-44-81",
     "ТОО «Жарма Голд Эксплорейшн»", "«Жарма Голд Эксплорейшн» ЖШС",
     "г. Усть-Каменогорск, ул. Казахстан, 62, офис 304", "Өскемен қ., Қазақстан к-сі, 62, 304-кеңсе"),
    ("Тасқұдық", "Тасқұдық", "вольфрам-молибденовых руд", "вольфрам-молибден кендерін", "Улытауская область, Жанааркинский район, 35 км западнее пос. Атасу",
     "Ұлытау облысы, Жаңаарқа ауданы, Атасу кентінен батысқа қарай 35 км", "6232", 48.674, 70.928, "M-42-118",
     "ТОО «Ұлытау Ресурс»", "«Ұлытау Ресурс» ЖШС",
     "г. Жезказган, пр. Алашахана, 28", "Жезқазған қ., Алашахан даңғ., 28"),
)  # fmt: skip
DRILLERS = (("ТОО «Геобур Сервис»", "«Геобур Сервис» ЖШС", "г. Караганда, ул. Ержанова, 43", "Қарағанды қ., Ержанов к-сі, 43"),
            ("ТОО «КазГеоДрилл»", "«КазГеоДрилл» ЖШС", "г. Астана, район Есиль, ул. Сыганак, 10", "Астана қ., Есіл ауданы, Сығанақ к-сі, 10"))
GEOPHYS = (("ТОО «Сарыарқа Геофизика»", "«Сарыарқа Геофизика» ЖШС", "г. Караганда, ул. Гоголя, 51/1", "Қарағанды қ., Гоголь к-сі, 51/1"),
           ("ТОО «ГеоСкан Казахстан»", "«ГеоСкан Қазақстан» ЖШС", "г. Алматы, ул. Тимирязева, 42", "Алматы қ., Тимирязев к-сі, 42"))
LETTERS = "абвг"


def _blocks(doc: Doc, sheet: str) -> tuple[str, int]:
    """Blocks of the licence's territory as the cadastre names them, `L-43-47-(10в-5а-12, 13, 17)`, and their count."""
    r = doc.rng
    groups, count = [], 0
    for _ in range(r.randint(2, 3)):
        cells = sorted(r.sample(range(1, 26), r.randint(3, 6)))
        count += len(cells)
        groups.append(f"{sheet}-(10{r.choice(LETTERS)}-5{r.choice(LETTERS)}-{', '.join(map(str, cells))})")
    return "; ".join(groups), count


def facility_ic1(doc: Doc) -> None:
    """The general section of an environmental chapter to a plan of exploring solid minerals: a card with a column per
    party — the subsoil user (the operator of the object), the drilling contractor and the geophysical contractor, each
    with its own name, BIN, legal address, ground (the licence `2178-EL`, a works contract) and kind of works — and, under a
    row spanning the table, the object's lines whose values are merged across the three parties' columns: the licence
    area, its place and KATO, the blocks of the territory (`L-43-47-(10в-5а-12, 13, 17)`), the area, the centre in degrees
    and decimal minutes as a field GPS gives them with the hemisphere before them and the category with its clause of the
    Code; the corners of the licence in a table of no role after it (VI: an exploration scheme's card with the licence
    applicant, the geological federation that carries out the works and the consultant that drew up the scheme)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_ic1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    a = doc.pick(AREAS)
    core, mineral, place, prefix, lat0, lon0, sheet, user, legal = a[L], a[2 + L], a[4 + L], a[6], a[7], a[8], a[9], a[10 + L], a[12 + L]
    dr, gp = doc.pick(DRILLERS), doc.pick(GEOPHYS)
    bins = [make_bin(r) for _ in range(3)]
    kato = _kato(doc, prefix)
    lat_s, lat_v = _dmm(lat0 + r.uniform(-0.02, 0.02))
    lon_s, lon_v = _dmm(lon0 + r.uniform(-0.02, 0.02))
    h = HEMI[doc.lang]
    blocks, count = _blocks(doc, sheet)
    lic = f"{r.randint(1200, 2900)}-EL"
    lday = f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.{r.choice((2023, 2024))}"
    area_km = round(count * r.uniform(1.95, 2.1), 1)
    doc.h(g(f"Раздел «Охрана окружающей среды» к Плану разведки {mineral} на участке «{core}»",
            f"«{core}» учаскесінде {mineral} барлау жоспарына «Қоршаған ортаны қорғау» бөлімі", ""))
    doc.h(g("1. Общие сведения", "1. Жалпы мәліметтер", ""))
    doc.p(g("Геологоразведочные работы выполняются недропользователем с привлечением подрядных организаций; ответственность за соблюдение "
            "экологических требований на территории лицензии несет недропользователь как оператор объекта.",
            "Геологиялық барлау жұмыстарын жер қойнауын пайдаланушы мердігер ұйымдарды тарта отырып орындайды; лицензия аумағында экологиялық "
            "талаптардың сақталуына объектінің операторы ретінде жер қойнауын пайдаланушы жауап береді.", ""))
    rows = [g(["Показатель", "Недропользователь (оператор объекта)", "Подрядчик по буровым работам", "Подрядчик по геофизическим работам"],
              ["Көрсеткіш", "Жер қойнауын пайдаланушы (объект операторы)", "Бұрғылау жұмыстары жөніндегі мердігер", "Геофизикалық жұмыстар жөніндегі мердігер"], []),
            [g("Наименование", "Атауы", ""), user, dr[L], gp[L]],
            [g("БИН", "БСН", ""), *bins],
            [g("Юридический адрес", "Заңды мекенжайы", ""), legal, dr[2 + L], gp[2 + L]],
            [g("Основание", "Негіздеме", ""),
             g(f"Лицензия на разведку твердых полезных ископаемых № {lic} от {lday}", f"{lday} берілген қатты пайдалы қазбаларды барлауға арналған № {lic} лицензия", ""),
             g(f"Договор подряда № {r.randint(10, 90)}/26-Б от {r.randint(10, 28)}.01.2026", f"2026 жылғы {r.randint(10, 28)} қаңтардағы № {r.randint(10, 90)}/26-Б мердігерлік шарт", ""),
             g(f"Договор № {r.randint(10, 90)}-ГФ от {r.randint(10, 28)}.02.2026", f"2026 жылғы {r.randint(10, 28)} ақпандағы № {r.randint(10, 90)}-ГФ шарт", "")],
            [g("Виды работ", "Жұмыс түрлері", ""),
             g("организация работ, проходка канав, документация и опробование керна", "жұмыстарды ұйымдастыру, канавалар жүргізу, кернді құжаттау және сынамалау", ""),
             g("колонковое бурение скважин (станки LF-90, 2 ед.)", "ұңғымаларды колонкалық бұрғылау (LF-90 станоктары, 2 бірл.)", ""),
             g("наземная магниторазведка, электроразведка ВП", "жерүсті магнитбарлауы, туындатылған поляризация әдісімен электрбарлау", "")]]  # fmt: skip
    merges = []
    _span(rows, merges, g("Объект намечаемой деятельности", "Белгіленіп отырған қызмет объектісі", ""), 4)

    def line(label: str, value: str) -> None:
        rows.append([label, value, None, None])
        merges.append((len(rows) - 1, 1, len(rows) - 1, 3))

    line(g("Наименование объекта", "Объектінің атауы", ""), g(f"Разведка {mineral} на участке «{core}»", f"«{core}» учаскесінде {mineral} барлау", ""))
    line(g("Местоположение", "Орналасқан жері", ""), place)
    line(g("Код КАТО", "ҚАТО коды", ""), kato)
    line(g("Территория лицензии", "Лицензия аумағы", ""), g(f"{count} блоков: {blocks}", f"{count} блок: {blocks}", ""))
    line(g("Площадь территории, км²", "Аумақтың ауданы, км²", ""), num(area_km, doc.lang))
    line(g("Координаты центра территории (WGS-84)", "Аумақ орталығының координаттары (WGS-84)", ""), f"{h[0]} {lat_s}; {h[1]} {lon_s}")
    line(g("Категория объекта", "Объект санаты", ""),
         g("II (подпункт 7.12 пункта 7 раздела 2 приложения 2 к Экологическому кодексу РК)",
           "II (ҚР Экология кодексіне 2-қосымшаның 2-бөлімі 7-тармағының 7.12-тармақшасы)", ""))
    line(g("Срок проведения работ", "Жұмыстарды жүргізу мерзімі", ""),
         g("2026–2029 гг.; полевой сезон – с мая по октябрь", "2026–2029 жж.; далалық маусым – мамырдан қазанға дейін", ""))
    doc.table(g("Таблица 1.1 – Сведения о недропользователе, подрядчиках и объекте", "1.1-кесте – Жер қойнауын пайдаланушы, мердігерлер және объект туралы мәліметтер", ""),
              rows, merges, role="facility")
    doc.add("facilities", {"bin": bins[0], "name_contains": core, "kato": kato, "category": "II", "lat": lat_v, "lon": lon_v})
    corners = [g(["№ точки", "Северная широта", "Восточная долгота"], ["Нүкте №", "Солтүстік ендік", "Шығыс бойлық"], [])]
    for k in range(6):  # clockwise from the north-west corner
        angle = math.radians(135 - 60 * k + r.uniform(-12, 12))
        la, _ = _dmm(lat_v + math.sin(angle) * r.uniform(0.035, 0.05))
        lo, _ = _dmm(lon_v + math.cos(angle) * r.uniform(0.05, 0.07))
        corners.append([str(k + 1), la, lo])
    doc.table(g("Таблица 1.2 – Координаты угловых точек территории лицензии", "1.2-кесте – Лицензия аумағының бұрыштық нүктелерінің координаттары", ""),
              corners, role="other")


# (area, mineral, commune and province, lat, lon, applicant, applicant's prefix, contractor, contractor's prefix)
VN_AREAS = (
    ("khu vực Lộc Bắc – Lộc Bảo", "quặng bauxit", "xã Lộc Bắc và xã Lộc Bảo, tỉnh Lâm Đồng", 11.728, 107.642,
     "Công ty Cổ phần Khoáng sản Nhôm Lâm Đồng", "58", "Liên đoàn Địa chất Trung Trung Bộ", "04"),
    ("khu vực Yên Phú mở rộng", "quặng đất hiếm", "xã Đông Cuông, tỉnh Lào Cai", 21.951, 104.548,
     "Công ty Cổ phần Đất hiếm Yên Phú", "52", "Liên đoàn Địa chất Xạ - Hiếm", "01"),
    ("khu vực Đông Bắc Khe Tam", "than đá", "phường Mông Dương, tỉnh Quảng Ninh", 21.072, 107.271,
     "Công ty Cổ phần Than Khe Tam Đông", "57", "Liên đoàn Địa chất Đông Bắc", "57"),
)  # fmt: skip
VN_CONSULT = ("Công ty Cổ phần Tư vấn Địa chất và Môi trường Hà Nội", "Viện Khoa học Địa chất và Khoáng sản (đơn vị tư vấn)")


def _facility_ic1_vi(doc: Doc) -> None:
    r = doc.rng
    area, mineral, place, lat0, lon0, holder, hp, contractor, cp = doc.pick(VN_AREAS)
    ids = [_msdn(doc, hp), _msdn(doc, cp), _msdn(doc, "01")]
    lat, lat_v = _dms(lat0 + r.uniform(-0.01, 0.01), True, "vi")
    lon, lon_v = _dms(lon0 + r.uniform(-0.01, 0.01), False, "vi")
    name = f"Đề án thăm dò {mineral} {area}"
    doc.h(f"ĐỀ ÁN THĂM DÒ {mineral.upper()} {area.upper()}")
    doc.h("CHƯƠNG I. THÔNG TIN CHUNG VỀ ĐỀ ÁN")
    doc.p("Đề án được lập theo quy định tại Luật Địa chất và khoáng sản năm 2024; công tác thi công thăm dò do đơn vị có đủ điều kiện hành nghề "
          "thăm dò khoáng sản thực hiện theo hợp đồng với tổ chức đề nghị cấp giấy phép.")
    rows = [["Nội dung", "Tổ chức đề nghị cấp giấy phép thăm dò (chủ đầu tư)", "Đơn vị thi công thăm dò", "Đơn vị tư vấn lập đề án"],
            ["Tên tổ chức", holder, contractor, VN_CONSULT[0]],
            ["Mã số doanh nghiệp / mã số thuế", *ids],
            ["Văn bản pháp lý", f"Giấy chứng nhận đăng ký doanh nghiệp, đăng ký thay đổi lần thứ {r.randint(3, 9)}",
             f"Hợp đồng thi công thăm dò số {r.randint(10, 60)}/2026/HĐ-TD", f"Hợp đồng tư vấn số {r.randint(10, 60)}/2025/HĐTV"],
            ["Người đại diện", f"Ông {doc.pick(('Nguyễn Văn Hải', 'Trần Đức Long', 'Phạm Quang Vinh'))} – Tổng Giám đốc",
             f"Ông {doc.pick(('Lê Văn Bình', 'Hoàng Minh Sơn'))} – Liên đoàn trưởng", f"Bà {doc.pick(('Đỗ Thị Lan', 'Vũ Thu Hà'))} – Giám đốc"]]
    merges = []
    _span(rows, merges, "KHU VỰC THĂM DÒ", 4)

    def line(label: str, value: str) -> None:
        rows.append([label, value, None, None])
        merges.append((len(rows) - 1, 1, len(rows) - 1, 3))

    line("Tên đề án", name)
    line("Vị trí hành chính", place)
    line("Diện tích khu vực thăm dò", f"{num(round(r.uniform(3.5, 12), 2), 'vi')} km², giới hạn bởi {r.randint(5, 9)} điểm góc (hệ VN-2000, kinh tuyến trục "
         f"{'104°45′' if lon0 < 106 else '107°45′'}, múi chiếu 3°)")
    line("Tọa độ trung tâm khu vực (WGS-84)", f"{lat}; {lon}")
    line("Khối lượng chính", f"Khoan máy {num(r.randint(18, 40) * 100, 'vi')} m; hào {num(r.randint(8, 30) * 100, 'vi')} m³; lấy và gia công {r.randint(800, 2400)} mẫu")
    line("Thời gian thăm dò", f"{doc.pick((24, 30, 36))} tháng kể từ ngày được cấp giấy phép")
    doc.table("Bảng 1.1. Thông tin về tổ chức đề nghị cấp phép, đơn vị thi công và khu vực thăm dò", rows, merges, role="facility")
    doc.add("facilities", {"bin": ids[0], "name_contains": area, "lat": lat_v, "lon": lon_v})
    maybe_distractor(doc)


# (RU area, KK area, RU place, KK place, KATO prefix, lat, lon, well, RU operator, KK operator, RU department, KK department, RU district, KK district)
HC_AREAS = (
    ("Тасбулак", "Тасбұлақ", "Атырауская область, Жылыойский район", "Атырау облысы, Жылыой ауданы", "2340", 46.621, 53.884, "П-1",
     "ТОО «Тасбулак Петролеум»", "«Тасбұлақ Петролеум» ЖШС", "Жылыойского района", "Жылыой ауданының"),
    ("Сарыколь Южный", "Оңтүстік Сарыкөл", "Актюбинская область, Байганинский район", "Ақтөбе облысы, Байғанин ауданы", "1528", 47.853, 56.418, "Р-2",
     "АО «Сарыкөл Мұнайгаз»", "«Сарыкөл Мұнайгаз» АҚ", "Байганинского района", "Байғанин ауданының"),
    ("Кумсай Восточный", "Шығыс Құмсай", "Мангистауская область, Бейнеуский район", "Маңғыстау облысы, Бейнеу ауданы", "4740", 45.314, 55.182, "П-3",
     "ТОО «Бейнеу Эксплорейшн»", "«Бейнеу Эксплорейшн» ЖШС", "Бейнеуского района", "Бейнеу ауданының"),
)  # fmt: skip



def facility_ic2(doc: Doc) -> None:
    """A ПЭК programme's list of the subsoil user's title and permitting documents for the construction of a search
    well on a hydrocarbon contract area, one row per document — registration certificate, contract for exploration,
    geological allotment, act of temporary land use for the well pad, screening conclusion, permit — with its number, date
    and issuer, and the facts a reader needs only inside the `Сведения из документа` cells: the operator's BIN in the
    registration's row, the KATO and the pad's centre in degrees, minutes and seconds beside a cadastral number in the land
    act's row, the category with its clause in the screening conclusion's row; the well's design in a table of no role
    after it (VI: a drilling contractor's support base at Vũng Tàu, the list of its legal papers with the enterprise number,
    the land lease's centre in DMS and the permit's group)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_ic2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    a = doc.pick(HC_AREAS)
    area, place, prefix, lat0, lon0, well, operator, district = a[L], a[2 + L], a[4], a[5], a[6], a[7], a[8 + L], a[10 + L]
    bin_, kato = make_bin(r), _kato(doc, prefix)
    lat, lat_v = _dms(lat0 + r.uniform(-0.01, 0.01), True, doc.lang)
    lon, lon_v = _dms(lon0 + r.uniform(-0.01, 0.01), False, doc.lang)
    contract = f"№ {r.randint(4700, 5200)}-УВС"
    depth = doc.pick((2800, 3200, 3600))
    cad = f"{prefix[:2]}-{r.randint(100, 199):03d}-{r.randint(1, 99):03d}-{r.randint(100, 999)}"
    doc.h(g(f"Программа производственного экологического контроля на период строительства поисковой скважины {well} на участке «{area}»",
            f"«{area}» учаскесіндегі {well} іздестіру ұңғымасын салу кезеңіне арналған өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.p(g(f"Недропользователь: {operator}. Проектная глубина скважины – {num(depth, 'ru')} м, бурение – силами подрядной организации.",
            f"Жер қойнауын пайдаланушы: {operator}. Ұңғыманың жобалық тереңдігі – {num(depth, 'kk')} м, бұрғылау – мердігер ұйымның күшімен.", ""))
    doc.h(g("1.2. Правоустанавливающие и разрешительные документы", "1.2. Құқық белгілейтін және рұқсат беру құжаттары", ""))
    rows = [g(["№", "Документ", "Номер, дата", "Кем выдан", "Сведения из документа"], ["№", "Құжат", "Нөмірі, күні", "Кім берген", "Құжаттағы мәліметтер"], []),
            ["1", g("Справка о государственной регистрации юридического лица", "Заңды тұлғаны мемлекеттік тіркеу туралы анықтама", ""),
             g(f"от {r.randint(1, 28):02d}.{r.randint(1, 12):02d}.{r.randint(2012, 2019)}", f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.{r.randint(2012, 2019)} ж.", ""),
             g("НАО «Государственная корпорация «Правительство для граждан»", "«Азаматтарға арналған үкімет» мемлекеттік корпорациясы» КеАҚ", ""),
             g(f"{operator}, БИН {bin_}", f"{operator}, БСН {bin_}", "")],
            ["2", g("Контракт на разведку и добычу углеводородов", "Көмірсутектерді барлауға және өндіруге арналған келісімшарт", ""),
             g(f"{contract} от {r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2021", f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2021 ж. {contract}", ""),
             g("Министерство энергетики Республики Казахстан", "Қазақстан Республикасы Энергетика министрлігі", ""),
             g(f"участок «{area}», {place}; период разведки – 6 лет", f"«{area}» учаскесі, {place}; барлау кезеңі – 6 жыл", "")],
            ["3", g("Геологический отвод", "Геологиялық бөлу", ""), g(f"рег. № {r.randint(900, 1400)}-Д-УВ", f"тірк. № {r.randint(900, 1400)}-Д-УВ", ""),
             g("МД «Запказнедра»", "«Батысқазжерқойнауы» өңіраралық департаменті", ""),
             g(f"площадь {num(round(r.uniform(600, 1800), 1), 'ru')} км², глубина – до кровли фундамента",
               f"ауданы {num(round(r.uniform(600, 1800), 1), 'kk')} км², тереңдігі – іргетас жабынына дейін", "")],
            ["4", g(f"Акт на право временного возмездного землепользования (площадка скважины {well})",
                    f"Уақытша өтеулі жер пайдалану құқығына акт ({well} ұңғыма алаңы)", ""),
             g(f"кад. № {cad}", f"кад. № {cad}", ""),
             g(f"ГУ «Отдел земельных отношений {district}»", f"«{district} жер қатынастары бөлімі» ММ", ""),
             g(f"площадь {num(round(r.uniform(2.5, 4.5), 1), 'ru')} га; код КАТО {kato}; центр площадки: {lat}, {lon}",
               f"ауданы {num(round(r.uniform(2.5, 4.5), 1), 'kk')} га; ҚАТО коды {kato}; алаң орталығы: {lat}, {lon}", "")],
            ["5", g("Заключение об определении сферы охвата оценки воздействия на окружающую среду",
                    "Қоршаған ортаға әсерді бағалаудың қамту саласын айқындау туралы қорытынды", ""),
             f"№ KZ{r.randint(10, 99)}VWF{r.randint(10**7, 10**8 - 1):08d}",
             g("РГУ «Департамент экологии» Комитета экологического регулирования и контроля", "Экологиялық реттеу және бақылау комитетінің «Экология департаменті» РММ", ""),
             g("объект I категории (подпункт 2.1 пункта 2 раздела 1 приложения 2 к Экологическому кодексу РК)",
               "I санаттағы объект (ҚР Экология кодексіне 2-қосымшаның 1-бөлімі 2-тармағының 2.1-тармақшасы)", "")],
            ["6", g("Экологическое разрешение на воздействие", "Әсер етуге арналған экологиялық рұқсат", ""),
             f"№ KZ{r.randint(10, 99)}VCZ{r.randint(10**7, 10**8 - 1):08d}",
             g("Комитет экологического регулирования и контроля МЭПР РК", "ҚР ЭТРМ Экологиялық реттеу және бақылау комитеті", ""),
             g("на период строительства скважины, до 31.12.2027", "ұңғыманы салу кезеңіне, 31.12.2027 дейін", "")]]  # fmt: skip
    doc.table(g("Таблица 1.1 – Перечень документов", "1.1-кесте – Құжаттар тізбесі", ""), rows, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": area, "kato": kato, "category": "I", "lat": lat_v, "lon": lon_v})
    design = [g(["Обсадная колонна", "Диаметр, мм", "Глубина спуска, м", "Высота подъема цемента"],
                ["Шегендеу тізбегі", "Диаметрі, мм", "Түсіру тереңдігі, м", "Цементтің көтерілу биіктігі"], []),
              [g("Направление", "Бағыттама", ""), "508", "30", g("до устья", "сағасына дейін", "")],
              [g("Кондуктор", "Кондуктор", ""), "339,7", "650", g("до устья", "сағасына дейін", "")],
              [g("Промежуточная колонна", "Аралық тізбек", ""), "244,5", num(round(depth * 0.55, -1), doc.lang), g("до устья", "сағасына дейін", "")],
              [g("Эксплуатационная колонна", "Пайдалану тізбегі", ""), "168,3", num(depth, doc.lang), g("на 150 м выше башмака промежуточной", "аралық тізбек башмағынан 150 м жоғары", "")]]
    doc.table(g("Таблица 1.2 – Конструкция скважины", "1.2-кесте – Ұңғыма құрылымы", ""), design, role="other")


# (base, company, place, lat, lon, area ha, (land paper, its number's tail, issuer))
VN_BASES = (
    ("Căn cứ dịch vụ khoan Vũng Tàu", "Công ty TNHH Dịch vụ Khoan Biển Đông",
     "Lô C5, Khu căn cứ cảng dịch vụ dầu khí Sao Mai – Bến Đình, phường Vũng Tàu, Thành phố Hồ Chí Minh", 10.348, 107.071, 4.2,
     ("Hợp đồng thuê lại đất", "HĐTLĐ", "Công ty Cổ phần Cảng Dịch vụ Dầu khí Sao Mai")),
    ("Xưởng dung dịch khoan và kho hóa phẩm Đông Xuyên", "Công ty Cổ phần Dung dịch khoan Phương Nam",
     "Khu công nghiệp Đông Xuyên, phường Rạch Dừa, Thành phố Hồ Chí Minh", 10.385, 107.109, 2.8,
     ("Hợp đồng thuê lại đất có hạ tầng", "HĐTLĐ-KCN", "Công ty TNHH Hạ tầng Khu công nghiệp Đông Xuyên")),
    ("Căn cứ bảo dưỡng thiết bị khoan Phước Thắng", "Công ty Cổ phần Kỹ thuật Khoan Phước Thắng",
     "đường 30 tháng 4, phường Rạch Dừa, Thành phố Hồ Chí Minh", 10.392, 107.118, 3.5,
     ("Hợp đồng thuê đất", "HĐTĐ", "Sở Tài nguyên và Môi trường tỉnh Bà Rịa – Vũng Tàu")),
)  # fmt: skip


def _facility_ic2_vi(doc: Doc) -> None:
    r = doc.rng
    base, company, place, lat0, lon0, ha, (paper, tail, lessor) = doc.pick(VN_BASES)
    msdn = _msdn(doc, "35")
    lat, lat_v = _dms(lat0 + r.uniform(-0.003, 0.003), True, "vi")
    lon, lon_v = _dms(lon0 + r.uniform(-0.003, 0.003), False, "vi")
    doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – {base.upper()}")
    doc.p(f"Chủ cơ sở: {company}. Cơ sở thực hiện dịch vụ hậu cần, lưu kho hóa phẩm, pha trộn dung dịch khoan và bảo dưỡng thiết bị cho các giàn "
          "khoan ngoài khơi.")
    doc.h("1.2. Hồ sơ pháp lý của cơ sở")
    rows = [["TT", "Tên văn bản", "Số, ngày ban hành", "Cơ quan cấp", "Nội dung chính"],
            ["1", "Giấy chứng nhận đăng ký doanh nghiệp", f"Đăng ký lần đầu ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.randint(2006, 2015)}, "
             f"thay đổi lần thứ {r.randint(4, 12)}", "Sở Kế hoạch và Đầu tư tỉnh Bà Rịa – Vũng Tàu", f"{company}; mã số doanh nghiệp: {msdn}"],
            ["2", paper, f"Số {r.randint(10, 90)}/{r.randint(2015, 2020)}/{tail}", lessor,
             f"{place}; diện tích {num(ha, 'vi')} ha; tọa độ tâm khu đất (WGS-84): {lat}; {lon}"],
            ["3", "Quyết định phê duyệt kết quả thẩm định báo cáo ĐTM", f"Số {r.randint(1000, 3000)}/QĐ-UBND ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.randint(2016, 2020)}",
             "UBND tỉnh Bà Rịa – Vũng Tàu", f"Dự án {base}"],
            ["4", "Giấy phép môi trường", f"Số {r.randint(10, 300)}/GPMT-UBND ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2023",
             "UBND tỉnh Bà Rịa – Vũng Tàu", "Cơ sở thuộc nhóm II (Phụ lục IV Nghị định số 08/2022/NĐ-CP); thời hạn 07 năm"],
            ["5", "Văn bản chấp thuận phương án ứng phó sự cố tràn dầu", f"Số {r.randint(100, 900)}/QĐ-UBND", "UBND tỉnh Bà Rịa – Vũng Tàu",
             "Cấp cơ sở, thời hạn 05 năm"]]
    doc.table("Bảng 1.1. Danh mục hồ sơ pháp lý", rows, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": base, "category": "II", "lat": lat_v, "lon": lon_v})
    doc.table("Bảng 1.2. Các hạng mục công trình chính",
              [["TT", "Hạng mục", "Diện tích (m²)"], ["1", "Kho hóa phẩm dung dịch khoan", num(r.randint(18, 30) * 100, "vi")],
               ["2", "Xưởng pha trộn dung dịch khoan (04 bồn khuấy 80 m³)", num(r.randint(6, 12) * 100, "vi")],
               ["3", "Bãi tập kết ống chống, cần khoan", num(r.randint(40, 90) * 100, "vi")],
               ["4", "Kho chất thải nguy hại", num(r.randint(60, 150), "vi")]], role="other")


# ---------------------------------------------------------------- emissions

# ((RU section, KK section), [(number, RU, KK, (RU unit, KK unit), (low, high, digits) volume, at once, hours a unit, {code: (low, high) g/s})])
WORKS = (
    (("1. Колонковое бурение скважин", "1. Ұңғымаларды колонкалық бұрғылау"), [
        ("0001", "Выхлопные трубы ДВС буровых установок LF-90", "LF-90 бұрғылау қондырғыларының ІЖҚ шығару құбырлары", ("1 скв. (250 м)", "1 ұңғ. (250 м)"),
         (36, 60, 0), 2, 180, {"0301": (0.04, 0.09), "0304": (0.006, 0.014), "0328": (0.003, 0.008), "0330": (0.005, 0.012), "0337": (0.04, 0.1),
                               "0703": (1e-7, 2e-7), "1325": (0.001, 0.002), "2754": (0.01, 0.025)})]),
    (("2. Проходка и засыпка канав", "2. Канаваларды жүргізу және көму"), [
        ("6001", "Выемка грунта экскаватором ЭО-3323", "ЭО-3323 экскаваторымен топырақ қазу", ("1 000 м³", "1 000 м³"), (4, 12, 1), 1, 28,
         {"2908": (0.05, 0.12)}),
        ("6002", "Обратная засыпка канав бульдозером", "Канаваларды бульдозермен кері көму", ("1 000 м³", "1 000 м³"), (4, 12, 1), 1, 16,
         {"2908": (0.04, 0.1)}),
        ("6003", "Двигатели экскаватора и бульдозера", "Экскаватор мен бульдозердің қозғалтқыштары", ("100 маш.-ч", "100 маш.-сағ."), (4, 9, 1), 2, 100,
         {"0301": (0.03, 0.07), "0304": (0.005, 0.011), "0328": (0.004, 0.01), "0330": (0.004, 0.009), "0337": (0.05, 0.12), "2754": (0.008, 0.02)})]),
    (("3. Полевой лагерь", "3. Далалық лагерь"), [
        ("0002", "Дымовая труба ДЭС лагеря АД-100", "Лагерь ДЭС АД-100 түтін құбыры", ("1 сут.", "1 тәул."), (150, 172, 0), 1, 24,
         {"0301": (0.05, 0.1), "0304": (0.008, 0.016), "0328": (0.004, 0.009), "0330": (0.007, 0.015), "0337": (0.05, 0.11), "0703": (1e-7, 2.5e-7),
          "1325": (0.001, 0.0025), "2754": (0.012, 0.03)}),
        ("6004", "Резервуар дизельного топлива лагеря (25 м³)", "Лагердің дизель отыны резервуары (25 м³)", ("100 м³ топлива", "100 м³ отын"),
         (1.2, 2.6, 1), 1, 420, {"0333": (1e-5, 3e-5), "2754": (0.004, 0.01)})]),
)  # fmt: skip


def emissions_ic1(doc: Doc) -> None:
    """The air section of a report on possible impacts of exploring solid minerals, where the emissions are worked out for
    a unit of each kind of work — one core hole of 250 m, a thousand cubic metres of trenches, a hundred machine-hours, a
    day of the camp's diesel station, a hundred cubic metres of fuel — under a merged `на единицу` pair of `г/с | т`, then
    the unit, the year's volume of work and the number of units working at once, and only the last pair, `Выброс в 2026 г.`
    — the grams a second of the units working at once and the tonnes of the year's volume — are the emissions; the kinds of
    work as rows spanning the table, the source and its unit, volume and count merged down over its substances, a total
    (VI: a geological federation's coal exploration, loads per hole, per hundred cubic metres of trenches and per day of the
    camp's generator in kilograms, no source numbers)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_ic1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    a = doc.pick(AREAS)
    core, mineral = a[L], a[2 + L]
    doc.h(g(f"Отчет о возможных воздействиях к Плану разведки {mineral} на участке «{core}». Раздел 4. Атмосферный воздух",
            f"«{core}» учаскесінде {mineral} барлау жоспарына ықтимал әсерлер туралы есеп. 4-бөлім. Атмосфералық ауа", ""))
    doc.p(g("Выбросы рассчитаны на единицу объема работ и умножены на объем работ 2026 года по календарному плану разведки. Максимальные "
            "разовые выбросы приняты с учетом одновременной работы двух буровых установок и двух единиц землеройной техники.",
            "Шығарындылар жұмыс көлемінің бірлігіне есептеліп, барлаудың күнтізбелік жоспары бойынша 2026 жылғы жұмыс көлеміне көбейтілді. "
            "Ең жоғары бір реттік шығарындылар екі бұрғылау қондырғысы мен екі жер қазу техникасының бір мезгілде жұмыс істеуі ескеріліп қабылданды.", ""))
    head = g(["№ ИЗА", "Источник выброса", "Код ЗВ", "Наименование ЗВ", "Выброс на единицу объема работ", None, "Единица объема работ",
              "Объем работ в 2026 г.", "Одновременно работающих, ед.", "Выброс в 2026 г.", None],
             ["ЛШК №", "Шығарынды көзі", "ЛЗ коды", "ЛЗ атауы", "Жұмыс көлемінің бірлігіне шығарынды", None, "Жұмыс көлемінің бірлігі",
              "2026 ж. жұмыс көлемі", "Бір мезгілде жұмыс істейтіні, бірл.", "2026 ж. шығарынды", None], [])
    sub = [None] * 4 + g(["г/с", "т"], ["г/с", "т"], []) + [None] * 3 + g(["г/с", "т/год"], ["г/с", "т/жыл"], [])
    rows = [head, sub]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 6, 7, 8)] + [(0, 4, 0, 5), (0, 9, 0, 10)]
    sum_g = sum_t = 0.0
    numbers = []
    for (s_ru, s_kk), sources in WORKS:
        _span(rows, merges, (s_ru, s_kk)[L], 11)
        for number, n_ru, n_kk, unit, (lo, hi, dg), at_once, hours, codes in sources:
            volume = float(r.randint(lo, hi)) if dg == 0 else round(r.uniform(lo, hi), dg)
            load = r.uniform(0.6, 0.85)
            start = len(rows)
            for j, (c, (glo, ghi)) in enumerate(codes.items()):
                g1 = _sig(r.uniform(glo, ghi), 3)
                t1 = _sig(g1 * hours * 3600 / 1e6 * load, 3)
                gs, ty = _sig(g1 * at_once, 4), _sig(t1 * volume, 4)
                lead = [number, (n_ru, n_kk)[L]] if j == 0 else [None, None]
                tail = [unit[L], num(volume, doc.lang), str(at_once)] if j == 0 else [None, None, None]
                rows.append([*lead, c, _air(doc, c), num(g1, doc.lang), num(t1, doc.lang), *tail, num(gs, doc.lang), num(ty, doc.lang)])
                doc.add("emissions", emission(c, gs, ty, number))
                sum_g, sum_t = sum_g + gs, sum_t + ty
            if len(codes) > 1:
                merges += [(start, c, len(rows) - 1, c) for c in (0, 1, 6, 7, 8)]
            numbers.append(number)
    rows.append(["", g("Всего по объекту", "Объект бойынша барлығы", ""), "", "", "", "", "", "", "", num(round(sum_g, 6), doc.lang),
                 num(round(sum_t, 6), doc.lang)])
    doc.table(g("Таблица 4.2 – Расчет выбросов загрязняющих веществ по видам геологоразведочных работ",
                "4.2-кесте – Геологиялық барлау жұмыстарының түрлері бойынша ластаушы заттар шығарындыларын есептеу", ""), rows, merges, role="emissions")
    doc.add("sources", *({"number": n, "type": _kind(n)} for n in numbers))
    doc.p(g("Примечание: выбросы на единицу объема работ определены по удельным показателям расхода топлива и удельным выбросам; графы "
            "«Выброс на единицу объема работ» приведены для проверки расчета.",
            "Ескерту: жұмыс көлемінің бірлігіне шығарындылар отын шығынының үлестік көрсеткіштері мен үлестік шығарындылар бойынша айқындалды; "
            "«Жұмыс көлемінің бірлігіне шығарынды» бағандары есептеуді тексеру үшін келтірілген.", ""))
    maybe_distractor(doc)


# (source, unit, (low, high) volume, at once, hours a unit, {code: (low, high) g/s})
VN_WORKS = (
    ("Máy khoan XY-44 (động cơ diesel 55 kW)", "01 lỗ khoan (sâu trung bình 350 m)", (8, 14), 3, 240,
     {"2902": (0.004, 0.01), "0330": (0.003, 0.008), "0301": (0.03, 0.07), "0337": (0.02, 0.05)}),
    ("Đào hào, dọn sạch vết lộ bằng máy đào 0,4 m³", "100 m³ đất đá", (12, 30), 1, 6, {"2902": (0.03, 0.08)}),
    ("Máy phát điện lán trại 30 kVA", "01 ngày vận hành", (240, 300), 1, 14,
     {"2902": (0.002, 0.005), "0330": (0.002, 0.004), "0301": (0.02, 0.04), "0337": (0.01, 0.03)}),
    ("Xe vận chuyển mẫu, vật tư trên đường đất", "100 km", (60, 140), 2, 4, {"2902": (0.01, 0.03), "0301": (0.005, 0.012), "0337": (0.004, 0.01)}),
)  # fmt: skip


def _emissions_ic1_vi(doc: Doc) -> None:
    r = doc.rng
    area, _, place, _, _, _, _, contractor, _ = VN_AREAS[2]
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG CỦA ĐỀ ÁN THĂM DÒ THAN {area.upper()}")
    doc.h("3.2. Nguồn phát sinh bụi, khí thải trong quá trình thi công thăm dò")
    doc.p(f"Đơn vị thi công: {contractor}; địa điểm: {place}. Tải lượng được tính cho một đơn vị khối lượng công việc theo hệ số phát thải, "
          "sau đó nhân với khối lượng thi công năm 2026; tải lượng tức thời (g/s) tính cho số thiết bị hoạt động đồng thời.")
    rows = [["TT", "Hạng mục, nguồn phát sinh", "Thông số", "Tải lượng trên một đơn vị khối lượng", None, "Đơn vị khối lượng",
             "Khối lượng năm 2026", "Số thiết bị hoạt động đồng thời", "Tổng tải lượng năm 2026", None],
            [None, None, None, "g/s", "kg", None, None, None, "g/s", "tấn/năm"]]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 5, 6, 7)] + [(0, 3, 0, 4), (0, 8, 0, 9)]
    for k, (source, unit, (lo, hi), at_once, hours, codes) in enumerate(VN_WORKS, 1):
        volume = r.randint(lo, hi)
        start = len(rows)
        for j, (c, (glo, ghi)) in enumerate(codes.items()):
            g1 = _sig(r.uniform(glo, ghi), 3)
            k1 = _sig(g1 * hours * 3.6, 3)
            gs, ty = _sig(g1 * at_once, 4), _sig(k1 * volume / 1000, 4)
            lead = [str(k), source] if j == 0 else [None, None]
            mid = [unit, num(volume, "vi"), str(at_once)] if j == 0 else [None, None, None]
            rows.append([*lead, _air(doc, c, 1), num(g1, "vi"), num(k1, "vi"), *mid, num(gs, "vi"), num(ty, "vi")])
            doc.add("emissions", emission(c, gs, ty))
        if len(codes) > 1:
            merges += [(start, c, len(rows) - 1, c) for c in (0, 1, 5, 6, 7)]
    doc.table("Bảng 3.3. Tải lượng bụi, khí thải theo hạng mục thi công thăm dò", rows, merges, role="emissions")
    doc.p("Ghi chú: hệ số phát thải theo Tổ chức Y tế Thế giới (WHO, 1993) và US EPA AP-42; khối lượng năm 2026 theo tiến độ thi công của đề án.")
    maybe_distractor(doc)


# (number, RU, KK, [(RU param, KK param, value)], hours, load, {code: (low, high) g/s})
RIG_SOURCES = (
    ("0001", "Силовой привод буровой установки ZJ-40 (ДВС CAT 3512B, 2 ед.)", "ZJ-40 бұрғылау қондырғысының күштік жетегі (CAT 3512B ІЖҚ, 2 бірл.)",
     [("Высота источника, м", "Көздің биіктігі, м", "6"), ("Диаметр устья, м", "Сағасының диаметрі, м", "0,35"),
      ("Температура газовоздушной смеси, °С", "Газ-ауа қоспасының температурасы, °С", "450"), ("Объем газовоздушной смеси, м³/с", "Газ-ауа қоспасының көлемі, м³/с", "4,2")],
     (2100, 2600), (0.6, 0.8), {"0301": (0.9, 1.6), "0304": (0.15, 0.26), "0328": (0.06, 0.12), "0330": (0.15, 0.3), "0337": (0.7, 1.4),
                                "0703": (1.5e-6, 3e-6), "1325": (0.015, 0.03), "2754": (0.35, 0.7)}),
    ("0002", "Дизельная электростанция АД-200 (вспомогательная)", "АД-200 дизель электр станциясы (қосалқы)",
     [("Высота источника, м", "Көздің биіктігі, м", "4"), ("Диаметр устья, м", "Сағасының диаметрі, м", "0,15"),
      ("Температура газовоздушной смеси, °С", "Газ-ауа қоспасының температурасы, °С", "400"), ("Объем газовоздушной смеси, м³/с", "Газ-ауа қоспасының көлемі, м³/с", "0,6")],
     (3000, 3800), (0.5, 0.7), {"0301": (0.12, 0.25), "0304": (0.02, 0.04), "0328": (0.008, 0.018), "0330": (0.02, 0.045), "0337": (0.1, 0.22),
                                "0703": (2e-7, 4.5e-7), "1325": (0.002, 0.005), "2754": (0.05, 0.11)}),
    ("0003", "Паровая передвижная установка ППУА-1600/100 (дизельное топливо)", "ППУА-1600/100 жылжымалы бу қондырғысы (дизель отыны)",
     [("Высота источника, м", "Көздің биіктігі, м", "3,5"), ("Диаметр устья, м", "Сағасының диаметрі, м", "0,2"),
      ("Температура газовоздушной смеси, °С", "Газ-ауа қоспасының температурасы, °С", "220"), ("Объем газовоздушной смеси, м³/с", "Газ-ауа қоспасының көлемі, м³/с", "0,4")],
     (500, 800), (0.5, 0.8), {"0301": (0.02, 0.05), "0304": (0.003, 0.008), "0328": (0.002, 0.006), "0330": (0.01, 0.03), "0337": (0.03, 0.08),
                              "0703": (3e-8, 8e-8)}),
    ("0004", "Факельная установка (сжигание газа при испытании объектов)", "Алау қондырғысы (объектілерді сынау кезінде газды жағу)",
     [("Высота источника, м", "Көздің биіктігі, м", "12"), ("Диаметр устья, м", "Сағасының диаметрі, м", "0,2"),
      ("Температура газовоздушной смеси, °С", "Газ-ауа қоспасының температурасы, °С", "1 100"), ("Объем газовоздушной смеси, м³/с", "Газ-ауа қоспасының көлемі, м³/с", "6,5")],
     (180, 320), (0.7, 0.9), {"0301": (0.15, 0.4), "0304": (0.025, 0.065), "0328": (0.2, 0.6), "0337": (1.2, 3.5), "0410": (0.3, 0.9), "0333": (0.0005, 0.002)}),
    ("6001", "Емкости дизельного топлива (4 × 50 м³)", "Дизель отыны сыйымдылықтары (4 × 50 м³)",
     [("Высота выброса, м", "Шығарынды биіктігі, м", "3"), ("Площадь источника, м²", "Көздің ауданы, м²", "60")],
     (3000, 3800), (0.3, 0.5), {"0333": (1e-5, 4e-5), "2754": (0.004, 0.012)}),
    ("6002", "Блок приготовления бурового раствора (затаривание цемента и бентонита)", "Бұрғылау ерітіндісін дайындау блогы (цемент пен бентонитті салу)",
     [("Высота выброса, м", "Шығарынды биіктігі, м", "2"), ("Площадь источника, м²", "Көздің ауданы, м²", "40")],
     (300, 500), (0.6, 0.9), {"2908": (0.02, 0.08)}),
)  # fmt: skip


def emissions_ic2(doc: Doc) -> None:
    """The inventory sheets of a search well's construction printed one after another in a single table with no header row
    of its own: a row spanning the table opens each source (`ИЗА № 0001 – …`), then the source's parameter lines (height,
    diameter, temperature and volume of the gas for stacks; height and area for the fuel tanks and the mud block) with the
    label merged over three columns and the value over two, then the sheet's own sub-header `Код ЗВ | Наименование | Класс
    опасности | г/с | т/период` repeated in every block, then the substances; the hours worked only in the parameter lines,
    the period of construction in the caption (VI: a drilling support base at Vũng Tàu, `Nguồn số 1 – …` blocks with the
    stack's height, diameter, temperature, flow and hours, then `Thông số | g/s | tấn/năm`, no source numbers)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_ic2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    a = doc.pick(HC_AREAS)
    area, well, operator = a[L], a[7], a[8 + L]
    doc.h(g(f"Проект нормативов допустимых выбросов на период строительства поисковой скважины {well} на участке «{area}»",
            f"«{area}» учаскесіндегі {well} іздестіру ұңғымасын салу кезеңіне арналған жол берілетін шығарындылар нормативтерінің жобасы", ""))
    doc.p(g(f"Заказчик – {operator}. Продолжительность строительства скважины: вышкомонтажные работы – 30 сут., бурение и крепление – 95 сут., "
            "испытание – 45 сут., демонтаж – 20 сут. Характеристика источников приведена по бланкам инвентаризации.",
            f"Тапсырыс беруші – {operator}. Ұңғыманы салу ұзақтығы: мұнара құрастыру жұмыстары – 30 тәул., бұрғылау және бекіту – 95 тәул., "
            "сынау – 45 тәул., бөлшектеу – 20 тәул. Көздердің сипаттамасы түгендеу бланкілері бойынша келтірілген.", ""))
    sub = g(["Код ЗВ", "Наименование загрязняющего вещества", "Класс опасности", "г/с", "т/период"],
            ["ЛЗ коды", "Ластаушы заттың атауы", "Қауіптілік сыныбы", "г/с", "т/кезең"], [])
    rows, merges = [], []
    total_g = total_t = 0.0
    for number, n_ru, n_kk, params, (hlo, hhi), (llo, lhi), codes in RIG_SOURCES:
        hours = r.randint(hlo // 10, hhi // 10) * 10
        _span(rows, merges, g(f"ИЗА № {number} – {n_ru}", f"№ {number} ЛШК – {n_kk}", ""), 5)
        for p_ru, p_kk, value in [*params, ("Время работы за период строительства, ч", "Құрылыс кезеңіндегі жұмыс уақыты, сағ", num(hours, doc.lang))]:
            rows.append([(p_ru, p_kk)[L], None, None, value, None])
            merges += [(len(rows) - 1, 0, len(rows) - 1, 2), (len(rows) - 1, 3, len(rows) - 1, 4)]
        rows.append(list(sub))
        load = r.uniform(llo, lhi)
        for c, (lo, hi) in codes.items():
            gs = _sig(r.uniform(lo, hi), 3)
            t = _sig(gs * hours * 3600 / 1e6 * load, 3)
            hz = vocab.hazard(c)
            rows.append([c, _air(doc, c), str(hz) if hz else "–", num(gs, doc.lang), num(t, doc.lang)])
            doc.add("emissions", emission(c, gs, t, number, hz, "construction"))
            total_g, total_t = total_g + gs, total_t + t
    doc.table(g(f"Таблица 3.1 – Источники выбросов и выбросы загрязняющих веществ в период строительства скважины {well}",
                f"3.1-кесте – {well} ұңғымасын салу кезеңіндегі шығарынды көздері және ластаушы заттар шығарындылары", ""), rows, merges, role="emissions")
    doc.add("sources", *({"number": s[0], "type": _kind(s[0])} for s in RIG_SOURCES))
    doc.p(g(f"Всего за период строительства скважины: {num(round(total_g, 4), 'ru')} г/с, {num(round(total_t, 4), 'ru')} т. Для метана класс "
            "опасности не установлен (ОБУВ 50 мг/м³).",
            f"Ұңғыманы салу кезеңінде барлығы: {num(round(total_g, 4), 'kk')} г/с, {num(round(total_t, 4), 'kk')} т. Метан үшін қауіптілік сыныбы "
            "белгіленбеген (ҚӘБД 50 мг/м³).", ""))
    maybe_distractor(doc)


# (title, [(param, value)], hours, {code: (low, high) g/s})
VN_BASE_SOURCES = (
    ("Nguồn số 1 – Ống khói máy phát điện dự phòng 1.250 kVA", [("Chiều cao ống khói (m)", "12"), ("Đường kính trong (m)", "0,35"),
     ("Nhiệt độ khí thải (°C)", "420"), ("Lưu lượng khí thải (m³/h)", "9.800")], (250, 400),
     {"2902": (0.05, 0.15), "0330": (0.3, 0.8), "0301": (1.5, 3.5), "0337": (0.4, 1.0)}),
    ("Nguồn số 2 – Ống thoát khí sau thiết bị lọc bụi túi vải của cụm silo barit, bentonit (04 silo × 150 tấn)",
     [("Chiều cao ống thoát (m)", "18"), ("Đường kính trong (m)", "0,25"), ("Nhiệt độ khí thải (°C)", "Nhiệt độ môi trường"),
      ("Lưu lượng khí thải (m³/h)", "3.600")], (1800, 2600), {"2902": (0.01, 0.04)}),
    ("Nguồn số 3 – Ống thoát khí sau lọc bụi phễu nạp hóa phẩm của trạm pha trộn dung dịch khoan", [("Chiều cao ống thoát (m)", "10"),
     ("Đường kính trong (m)", "0,2"), ("Nhiệt độ khí thải (°C)", "Nhiệt độ môi trường"), ("Lưu lượng khí thải (m³/h)", "2.400")], (1500, 2400),
     {"2902": (0.008, 0.03)}),
    ("Nguồn số 4 – Ống thông hơi bồn chứa dầu DO (02 bồn × 500 m³)", [("Chiều cao ống thông hơi (m)", "11"), ("Đường kính trong (m)", "0,1")],
     (8760, 8760), {"0602": (0.0005, 0.002), "0621": (0.001, 0.004), "0616": (0.001, 0.003)}),
    ("Nguồn số 5 – Ống thải buồng phun bi, sơn bảo dưỡng thiết bị khoan", [("Chiều cao ống thải (m)", "9"), ("Đường kính trong (m)", "0,5"),
     ("Nhiệt độ khí thải (°C)", "35"), ("Lưu lượng khí thải (m³/h)", "12.000")], (1200, 2000),
     {"2902": (0.02, 0.06), "0616": (0.02, 0.06), "0621": (0.01, 0.04)}),
)  # fmt: skip


def _emissions_ic2_vi(doc: Doc) -> None:
    r = doc.rng
    base, company, *_ = doc.pick(VN_BASES)
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP LẠI GIẤY PHÉP MÔI TRƯỜNG – {base.upper()}")
    doc.h("3.2. Công trình, biện pháp xử lý bụi, khí thải")
    doc.p(f"Chủ cơ sở: {company}. Thông số các nguồn thải và tải lượng được trình bày theo từng nguồn; tải lượng năm tính theo thời gian hoạt động "
          "thực tế của năm 2025.")
    rows, merges = [], []
    for title, params, (hlo, hhi), codes in VN_BASE_SOURCES:
        hours = r.randint(hlo // 10, hhi // 10) * 10
        _span(rows, merges, title, 3)
        for label, value in [*params, ("Thời gian hoạt động (giờ/năm)", num(hours, "vi"))]:
            rows.append([label, value, None])
            merges.append((len(rows) - 1, 1, len(rows) - 1, 2))
        rows.append(["Thông số ô nhiễm", "Tải lượng (g/s)", "Tải lượng (tấn/năm)"])
        for c, (lo, hi) in codes.items():
            gs = _sig(r.uniform(lo, hi), 3)
            ty = _sig(gs * hours * 3600 / 1e6, 3)
            rows.append([_air(doc, c, 1), num(gs, "vi"), num(ty, "vi")])
            doc.add("emissions", emission(c, gs, ty))
    doc.table("Bảng 3.4. Thông số nguồn thải và tải lượng bụi, khí thải của cơ sở", rows, merges, role="emissions")
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

# (RU interval, KK interval, bit mm, end of interval as a share of the depth or metres)
HOLE = (("направление", "бағыттама", 660.4, 30), ("кондуктор", "кондуктор", 444.5, 650), ("промежуточная колонна", "аралық тізбек", 311.1, 0.55),
        ("эксплуатационная колонна", "пайдалану тізбегі", 215.9, 1.0))
# (code, RU, KK, (low, high) t for the period, RU place, KK place)
RIG_SERVICE = (
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", (4, 9), "вахтовый городок", "вахталық қалашық"),
    ("20 01 08", "Пищевые отходы столовой", "Асхананың тамақ қалдықтары", (2, 5), "столовая", "асхана"),
    ("15 02 02*", "Промасленная ветошь", "Майланған шүберек", (0.3, 0.9), "буровая, ДЭС", "бұрғылау қондырғысы, ДЭС"),
    ("13 02 05*", "Отработанные моторные масла", "Пайдаланылған мотор майлары", (1.5, 4.0), "ДВС буровой, ДЭС", "бұрғылау ІЖҚ, ДЭС"),
    ("16 01 07*", "Отработанные масляные фильтры", "Пайдаланылған май сүзгілері", (0.1, 0.35), "ДВС буровой, ДЭС", "бұрғылау ІЖҚ, ДЭС"),
    ("15 01 10*", "Тара из-под химических реагентов", "Химиялық реагенттер ыдысы", (0.4, 1.2), "блок приготовления раствора", "ерітінді дайындау блогы"),
    ("17 04 05", "Лом черных металлов", "Қара металл сынықтары", (3, 8), "буровая", "бұрғылау қондырғысы"),
)  # fmt: skip


def wastes_ic1(doc: Doc) -> None:
    """The waste section of a search well's construction project, where the drill cuttings are worked out by intervals of
    the well's design — each casing interval a row with its depths, the bit's diameter, the volume with a cavern factor, the
    density and the mass — the waste's number, code and name merged down over its interval rows and its own `итого` row,
    whose mass alone is the amount; the spent mud, the drilling waste water and oily soil a row each with volume and density
    before the mass, and the camp's and service wastes in a second table in tonnes for the period (VI: a drilling contractor's
    report of the hazardous wastes landed at its Vũng Tàu base, the three jack-up rigs and the base as sub-columns under a
    merged header, the total in kilograms last, ordinary wastes in tonnes in a second table)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_ic1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    a = doc.pick(HC_AREAS)
    area, well, operator = a[L], a[7], a[8 + L]
    depth = doc.pick((2800, 3200, 3600))
    doc.h(g(f"Проект строительства поисковой скважины {well} на участке «{area}». Раздел 8. Отходы производства и потребления",
            f"«{area}» учаскесіндегі {well} іздестіру ұңғымасын салу жобасы. 8-бөлім. Өндіріс және тұтыну қалдықтары", ""))
    doc.p(g(f"Недропользователь – {operator}. Проектная глубина – {num(depth, 'ru')} м. Объем бурового шлама определен по интервалам бурения: "
            "V = 0,785 × D² × L × k, где k = 1,2 – коэффициент кавернозности; плотность шлама принята 1,9 т/м³.",
            f"Жер қойнауын пайдаланушы – {operator}. Жобалық тереңдігі – {num(depth, 'kk')} м. Бұрғылау шламының көлемі бұрғылау аралықтары бойынша "
            "анықталды: V = 0,785 × D² × L × k, мұндағы k = 1,2 – каверналық коэффициенті; шлам тығыздығы 1,9 т/м³ деп қабылданды.", ""))
    rows = [g(["№", "Код отхода", "Наименование отхода", "Интервал бурения, м", "Диаметр долота, мм", "Объем, м³", "Плотность, т/м³", "Масса, т"],
              ["№", "Қалдық коды", "Қалдықтың атауы", "Бұрғылау аралығы, м", "Қашау диаметрі, мм", "Көлемі, м³", "Тығыздығы, т/м³", "Массасы, т"], [])]
    merges = []
    start, top, vols, masses = len(rows), 0, [], []
    name = g("Буровой шлам", "Бұрғылау шламы", "")
    for j, (i_ru, i_kk, bit, end) in enumerate(HOLE):
        bottom = int(round(depth * end, -1)) if end <= 1 else end
        vol = round(0.785 * (bit / 1000) ** 2 * (bottom - top) * 1.2, 1)
        mass = round(vol * 1.9, 1)
        vols.append(vol)
        masses.append(mass)
        lead = ["1", "01 05 07", name] if j == 0 else [None, None, None]
        rows.append([*lead, f"{top}–{bottom} ({(i_ru, i_kk)[L]})", num(bit, doc.lang), num(vol, doc.lang), "1,9", num(mass, doc.lang)])
        top = bottom
    total = round(sum(masses), 1)
    rows.append([None, None, None, g("итого по отходу", "қалдық бойынша жиыны", ""), "–", num(round(sum(vols), 1), doc.lang), "–", num(total, doc.lang)])
    merges += [(start, c, len(rows) - 1, c) for c in (0, 1, 2)]
    doc.add("wastes", {"code": "01 05 07", "code_system": "LoW", "hazardous": False, "amount_t": total, "name_contains": name})
    singles = ((g("Отработанный буровой раствор (ОБР)", "Пайдаланылған бұрғылау ерітіндісі (ПБЕ)", ""), "01 05 06*", (150, 240), 1.2, f"0–{depth}"),
               (g("Буровые сточные воды (БСВ)", "Бұрғылау ағынды сулары (БАС)", ""), "16 10 02", (300, 600), 1.0, f"0–{depth}"),
               (g("Нефтезагрязненный грунт (площадка испытания)", "Мұнаймен ластанған топырақ (сынау алаңы)", ""), "17 05 03*", (2, 6), 1.6, "–"))
    for k, (wname, code, (lo, hi), rho, interval) in enumerate(singles, 2):
        vol = float(r.randint(lo, hi))
        mass = round(vol * rho, 1)
        rows.append([str(k), code, wname, interval, "–", num(vol, doc.lang), num(rho, doc.lang), num(mass, doc.lang)])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": mass,
                           "name_contains": _words(wname.split(" (")[0], 3)})
    doc.table(g("Таблица 8.1 – Расчет объемов отходов бурения", "8.1-кесте – Бұрғылау қалдықтарының көлемін есептеу", ""), rows, merges, role="wastes")
    rows = [g(["№", "Код", "Наименование отхода", "Место образования", "Количество, т/период"],
              ["№", "Коды", "Қалдықтың атауы", "Түзілу орны", "Мөлшері, т/кезең"], [])]
    for k, (code, n_ru, n_kk, (lo, hi), p_ru, p_kk) in enumerate(RIG_SERVICE, 1):
        t = round(r.uniform(lo, hi), 2)
        wname = (n_ru, n_kk)[L]
        rows.append([str(k), code, wname, (p_ru, p_kk)[L], num(t, doc.lang)])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t, "name_contains": _words(wname, 3)})
    doc.table(g("Таблица 8.2 – Отходы обслуживания буровой и вахтового городка", "8.2-кесте – Бұрғылау қондырғысы мен вахталық қалашыққа қызмет көрсету қалдықтары", ""),
              rows, role="wastes")
    doc.p(g("Буровой шлам и ОБР накапливаются в металлических емкостях (безамбарное бурение) и вывозятся специализированной организацией; "
            "срок накопления – не более 6 месяцев.",
            "Бұрғылау шламы мен ПБЕ металл сыйымдылықтарда жинақталады (амбарсыз бұрғылау) және мамандандырылған ұйыммен шығарылады; "
            "жинақтау мерзімі – 6 айдан аспайды.", ""))


RIGS = ("Giàn BĐ-01", "Giàn BĐ-02", "Giàn BĐ-03")
# (code, name tail, (low, high) kg a rig, (low, high) kg at the base)
VN_RIG_CTNH = (("17 02 03", "", (800, 2400), (200, 600)), ("18 02 01", "", (300, 900), (150, 400)), ("18 01 02", " (thùng phuy đựng hóa phẩm)", (400, 1500), (100, 300)),
               ("18 01 03", " (can đựng hóa phẩm dung dịch khoan)", (150, 600), (80, 250)), ("16 01 06", "", (10, 40), (15, 60)),
               ("19 06 01", "", (0, 300), (100, 400)))
VN_RIG_ORDINARY = (("Mùn khoan gốc nước đã tách dung dịch", "Các giàn khoan", (180, 420)), ("Sắt thép phế liệu (cần khoan, ống chống hỏng)", "Xưởng bảo dưỡng", (35, 90)),
                   ("Bao bì jumbo, bao giấy đựng barit, bentonit", "Kho hóa phẩm", (6, 18)), ("Gỗ pallet, thùng gỗ hư hỏng", "Kho, bãi tập kết", (4, 12)))


def _wastes_ic1_vi(doc: Doc) -> None:
    r = doc.rng
    base, company, *_ = VN_BASES[0]
    doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – {company.upper()}")
    doc.h("2.3. Kết quả quản lý chất thải nguy hại")
    doc.p(f"Chất thải nguy hại phát sinh trên các giàn khoan tự nâng của Công ty được thu gom vào thùng chứa chuyên dụng, vận chuyển bằng tàu "
          f"dịch vụ về {base} và chuyển giao cùng chất thải phát sinh tại căn cứ cho đơn vị có giấy phép xử lý.")
    rows = [["TT", "Tên chất thải", "Mã CTNH", "Khối lượng phát sinh (kg)", None, None, None, "Tổng cộng (kg/năm)"],
            [None, None, None, *RIGS, "Tại căn cứ", None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 6), (0, 7, 1, 7)]
    for k, (code, tail, (lo, hi), (blo, bhi)) in enumerate(VN_RIG_CTNH, 1):
        base_name = next(n for c, n, _ in vocab.VN_CTNH if c == code)
        per = [r.randint(lo // 5, hi // 5) * 5 for _ in RIGS] + [r.randint(blo // 5, bhi // 5) * 5]
        kg = sum(per)
        rows.append([str(k), base_name + tail, code, *(num(v, "vi") if v else "-" for v in per), num(kg, "vi")])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000, "name_contains": _words(base_name, 4)})
    doc.table("Bảng 2.3. Chất thải nguy hại phát sinh năm 2025", rows, merges, role="wastes")
    rows = [["TT", "Tên chất thải", "Nơi phát sinh", "Khối lượng (tấn/năm)"]]
    for k, (name, where, (lo, hi)) in enumerate(VN_RIG_ORDINARY, 1):
        t = round(r.uniform(lo, hi), 1)
        rows.append([str(k), name, where, num(t, "vi")])
        doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": _words(name, 4)})
    doc.table("Bảng 2.4. Chất thải rắn công nghiệp thông thường năm 2025", rows, role="wastes")
    maybe_distractor(doc)


# ((RU unit, KK unit), [(code, RU, KK, (low, high) t)])
CREW_UNITS = (
    (("Вибросейсмический отряд (12 вибраторов Nomad 65)", "Вибросейсмикалық отряд (12 Nomad 65 вибраторы)"), [
        ("13 02 05*", "Отработанные моторные масла", "Пайдаланылған мотор майлары", (2.0, 5.0)),
        ("16 01 07*", "Отработанные масляные фильтры", "Пайдаланылған май сүзгілері", (0.2, 0.5)),
        ("15 02 02*", "Промасленная ветошь", "Майланған шүберек", (0.3, 0.8)),
        ("16 01 03", "Изношенные шины вибраторов", "Вибраторлардың тозған шиналары", (1.5, 4.0))]),
    (("Отряд расстановки и сбора регистрирующей системы", "Тіркеу жүйесін орналастыру және жинау отряды"), [
        ("16 06 05", "Отработанные литий-ионные элементы питания автономных регистраторов", "Автономды тіркегіштердің пайдаланылған литий-ионды қуат элементтері", (0.2, 0.6)),
        ("17 04 11", "Поврежденные кабели и провода", "Зақымдалған кабельдер мен сымдар", (0.1, 0.4)),
        ("20 01 39", "Пластиковые вешки и флажки разметки профилей", "Профильдерді белгілейтін пластик қадалар мен жалаушалар", (0.3, 0.9))]),
    (("Полевой лагерь (140 чел.)", "Далалық лагерь (140 адам)"), [
        ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", (9, 16)),
        ("20 01 08", "Пищевые отходы", "Тамақ қалдықтары", (4, 9)),
        ("20 03 04", "Осадок септиков", "Септиктер тұнбасы", (30, 70)),
        ("15 02 02*", "Промасленная ветошь (ДЭС лагеря)", "Майланған шүберек (лагерь ДЭС)", (0.1, 0.3))]),
    (("Автотранспортный участок", "Автокөлік учаскесі"), [
        ("16 06 01*", "Отработанные свинцовые аккумуляторы", "Пайдаланылған қорғасын аккумуляторлары", (0.3, 0.9)),
        ("13 02 05*", "Отработанные моторные масла", "Пайдаланылған мотор майлары", (1.0, 2.5)),
        ("16 01 03", "Изношенные шины", "Тозған шиналар", (1.0, 3.0)),
        ("16 01 07*", "Отработанные масляные фильтры", "Пайдаланылған май сүзгілері", (0.1, 0.3))]),
)  # fmt: skip
RECEIVERS = (("ТОО «Ақтөбе Экосервис»", "«Ақтөбе Экосервис» ЖШС"), ("ТОО «Таза Өңір Ақтөбе»", "«Таза Өңір Ақтөбе» ЖШС"))


def wastes_ic2(doc: Doc) -> None:
    """A report on ПЭК for a season of 3D seismic survey whose wastes are grouped by the crew's units under rows spanning
    the table — the vibrator unit, the unit laying out and picking up the recording system, the camp of 140 people, the
    motor pool — so that the same waste (used motor oil, oily rags, tyres, filters) stands under two units as two streams,
    the amount formed in the season beside where it went, the receiving firm's BIN and contract in the same cell, and what was
    left at the season's end (VI: a geological federation's report on the wastes of its drilling teams' camps under rows
    naming each camp and of its sample-processing workshop, codes where the waste is hazardous, kilograms)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_ic2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    a = HC_AREAS[1]
    area, operator = a[L], a[8 + L]
    contractor = g("ТОО «ГеоСейсм Казахстан»", "«ГеоСейсм Қазақстан» ЖШС", "")
    recv = [(name[L], make_bin(r), f"{r.randint(10, 60)}/25") for name in RECEIVERS]
    doc.h(g(f"Отчет по производственному экологическому контролю за полевой сезон 2025 года. Сейсморазведочные работы МОГТ-3D на участке «{area}»",
            f"«{area}» учаскесіндегі ЖОНӘ-3D сейсмобарлау жұмыстары. 2025 жылғы далалық маусымдағы өндірістік экологиялық бақылау бойынша есеп", ""))
    doc.p(g(f"Недропользователь – {operator}; работы выполнены сейсмопартией {contractor} с 20 апреля по 25 октября 2025 г. Отходы "
            "учитывались раздельно по подразделениям сейсмопартии.",
            f"Жер қойнауын пайдаланушы – {operator}; жұмыстарды {contractor} сейсмопартиясы 2025 жылғы 20 сәуірден 25 қазанға дейін орындады. "
            "Қалдықтар сейсмопартия бөлімшелері бойынша бөлек есепке алынды.", ""))
    rows = [g(["№", "Код", "Наименование отхода", "Образовано за сезон, т", "Передано (организация, БИН, договор)", "Остаток на 31.10.2025, т"],
              ["№", "Коды", "Қалдықтың атауы", "Маусымда түзілді, т", "Берілді (ұйым, БСН, шарт)", "31.10.2025 жағдай бойынша қалдық, т"], [])]
    merges = []
    for u, ((u_ru, u_kk), wastes) in enumerate(CREW_UNITS, 1):
        _span(rows, merges, f"{u}. {(u_ru, u_kk)[L]}", 6)
        for k, (code, n_ru, n_kk, (lo, hi)) in enumerate(wastes, 1):
            t = round(r.uniform(lo, hi), 2 if hi < 10 else 1)
            name = (n_ru, n_kk)[L]
            who = recv[1] if code in ("20 03 01", "20 01 08", "20 03 04") else recv[0]
            to = g(f"{who[0]}, БИН {who[1]}, дог. № {who[2]}", f"{who[0]}, БСН {who[1]}, шарт № {who[2]}", "")
            rows.append([f"{u}.{k}", code, name, num(t, doc.lang), to, "–"])
            doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t, "name_contains": _words(name.split(" (")[0], 3)})
    doc.table(g("Таблица 4 – Образование отходов по подразделениям сейсмопартии", "4-кесте – Сейсмопартия бөлімшелері бойынша қалдықтардың түзілуі", ""),
              rows, merges, role="wastes")
    doc.p(g("Жидкие бытовые отходы (осадок септиков) вывезены ассенизационными машинами на очистные сооружения по договору.",
            "Сұйық тұрмыстық қалдықтар (септиктер тұнбасы) шарт бойынша ассенизациялық машиналармен тазарту құрылыстарына шығарылды.", ""))
    maybe_distractor(doc)


# (camp, [(name, code or None, state, (low, high) kg)])
VN_CAMPS = (
    ("Lán trại Tổ khoan số 1 – khu vực Yên Phú mở rộng (xã Đông Cuông, tỉnh Lào Cai)", [
        ("Chất thải rắn sinh hoạt", None, "Rắn", (1800, 3200)), ("17 02 03", "17 02 03", "Lỏng", (120, 380)), ("18 02 01", "18 02 01", "Rắn", (30, 90))]),
    ("Lán trại Tổ khoan số 2 – khu vực Nậm Xe (tỉnh Lai Châu)", [
        ("Chất thải rắn sinh hoạt", None, "Rắn", (1200, 2600)), ("17 02 03", "17 02 03", "Lỏng", (80, 260)), ("19 06 01", "19 06 01", "Rắn", (40, 120))]),
    ("Xưởng gia công mẫu và kho lưu mẫu lõi khoan (trụ sở Liên đoàn, Hà Nội)", [
        ("Mùn mẫu, lõi khoan loại bỏ sau gia công", None, "Rắn", (2500, 6000)), ("16 01 06", "16 01 06", "Rắn", (10, 35)),
        ("18 01 03", "18 01 03", "Rắn", (20, 70))]),
)  # fmt: skip


def _wastes_ic2_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – LIÊN ĐOÀN ĐỊA CHẤT XẠ - HIẾM")
    doc.p("Liên đoàn thi công thăm dò quặng đất hiếm tại các khu vực được cấp phép; chất thải được thống kê theo từng lán trại và xưởng gia công mẫu.")
    rows = [["TT", "Tên chất thải", "Mã CTNH", "Trạng thái tồn tại", "Khối lượng (kg)"]]
    merges = []
    for z, (camp, wastes) in enumerate(VN_CAMPS, 1):
        _span(rows, merges, f"{z}. {camp}", 5)
        for k, (name, code, state, (lo, hi)) in enumerate(wastes, 1):
            kg = r.randint(lo // 5, hi // 5) * 5
            if code:
                name = next(n for c, n, _ in vocab.VN_CTNH if c == code)
                doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000, "name_contains": _words(name, 4)})
            else:
                doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": kg / 1000, "name_contains": _words(name, 4)})
            rows.append([f"{z}.{k}", name, code or "-", state, num(kg, "vi")])
    doc.table("Bảng 3. Khối lượng chất thải phát sinh năm 2025", rows, merges, role="wastes")
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

# symbol: (RU label, KK label, ПДК, unit, (low, high) share of the ПДК at the background well, the same downstream)
GW_PIT = {
    "pH": ("Водородный показатель (pH)", "Сутегі көрсеткіші (pH)", (6, 9), None, (7.1, 7.9), (7.2, 8.4)),
    "TDS": ("Сухой остаток", "Құрғақ қалдық", 1000, "mg/l", (0.4, 0.8), (0.5, 1.1)),
    "Cl-": ("Хлориды", "Хлоридтер", 350, "mg/l", (0.2, 0.6), (0.3, 0.95)),
    "SO4": ("Сульфаты", "Сульфаттар", 500, "mg/l", (0.2, 0.5), (0.25, 0.7)),
    "TPH": ("Нефтепродукты", "Мұнай өнімдері", 0.1, "mg/l", None, (0.2, 0.9)),
    "Fe": ("Железо общее", "Жалпы темір", 0.3, "mg/l", (0.2, 0.7), (0.3, 0.9)),
    "Pb": ("Свинец", "Қорғасын", 0.01, "mg/l", None, (0.2, 0.6)),
}
WELLS_PIT = (("НС-1", "фоновая, 150 м выше по потоку", "фондық, ағыстан 150 м жоғары"),
             ("НС-2", "20 м ниже шламового амбара", "шлам амбарынан 20 м төмен"),
             ("НС-3", "80 м ниже шламового амбара", "шлам амбарынан 80 м төмен"))


def limits_ic1(doc: Doc) -> None:
    """A report on ПЭК for a search well's drill site with the groundwater of three observation wells around its drilling
    mud pit, the parameters as rows with their unit and the ПДК for drinking water before the wells, each well a merged
    header over two sub-columns — the round before drilling and the round after the pit's liquidation — so that every cell
    is a value at that well against the row's ПДК; pH as a range without a unit, `< 0,02` below detection, total hardness in
    `мг-экв/дм³` with a ПДК of its own (VI: a geological federation's camp and exploration area, wells `NN1` … `NN3` with
    `Đợt 1 | Đợt 2` under each and QCVN 09:2023/BTNMT before them, `KPH`)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_ic1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    a = doc.pick(HC_AREAS)
    area, well, operator = a[L], a[7], a[8 + L]
    doc.h(g(f"Отчет по производственному экологическому контролю за 2025 год. {operator}. Скважина {well}, участок «{area}»",
            f"{operator}. «{area}» учаскесі, {well} ұңғымасы. 2025 жылғы өндірістік экологиялық бақылау бойынша есеп", ""))
    doc.h(g("5.3. Мониторинг подземных вод", "5.3. Жерасты суларының мониторингі", ""))
    doc.p(g("Пробы отобраны из наблюдательных скважин у шламового амбара дважды: до начала бурения (апрель 2025 г.) и после ликвидации амбара "
            "(октябрь 2025 г.). Результаты сравниваются с гигиеническими нормативами для воды хозяйственно-питьевого назначения.",
            "Сынамалар шлам амбары жанындағы бақылау ұңғымаларынан екі рет алынды: бұрғылау басталғанға дейін (2025 жылғы сәуір) және амбар "
            "жойылғаннан кейін (2025 жылғы қазан). Нәтижелер шаруашылық-ауыз су мақсатындағы суға арналған гигиеналық нормативтермен салыстырылады.", ""))
    head0 = g(["Показатель", "Ед. изм.", "ПДК"], ["Көрсеткіш", "Өлш. бірл.", "ШЖК"], [])
    head1 = [None, None, None]
    for wid, p_ru, p_kk in WELLS_PIT:
        head0 += [f"{wid} ({(p_ru, p_kk)[L]})", None]
        head1 += g(["до бурения", "после ликвидации амбара"], ["бұрғылауға дейін", "амбар жойылғаннан кейін"], [])
    rows = [head0, head1]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2)] + [(0, c, 0, c + 1) for c in (3, 5, 7)]
    for s, (l_ru, l_kk, lim, unit, back, down) in GW_PIT.items():
        line = [(l_ru, l_kk)[L], g("ед. pH", "pH бірл.", "") if unit is None else g("мг/дм³", "мг/дм³", ""),
                f"{num(lim[0], doc.lang)}–{num(lim[1], doc.lang)}" if isinstance(lim, tuple) else num(lim, doc.lang)]
        for w, (wid, _, _) in enumerate(WELLS_PIT):
            for round_ in (0, 1):
                share = back if (w == 0 or round_ == 0) else down
                if share is None:
                    line.append(f"< {num(0.02 if s == 'TPH' else 0.002, doc.lang)}")
                    add(doc, {k: x for k, x in limit(("symbol", s), "water", lim, unit, None, wid).items() if k != "value"})
                    continue
                if s == "pH":
                    v = round(r.uniform(*share), 1)
                else:
                    v = _sig(lim * r.uniform(*share), 2 if s in ("Fe", "Pb", "TPH") else 3)
                line.append(num(v, doc.lang))
                add(doc, limit(("symbol", s), "water", lim, unit, None, wid, v))
        rows.append(line)
    hard = [g("Жесткость общая", "Жалпы кермектілік", ""), g("мг-экв/дм³", "мг-экв/дм³", ""), "7,0"]
    hard += [num(round(r.uniform(3.5, 6.8), 1), doc.lang) for _ in range(6)]
    rows.append(hard)
    doc.table(g("Таблица 5.3 – Результаты анализов проб подземных вод", "5.3-кесте – Жерасты сулары сынамаларын талдау нәтижелері", ""), rows, merges, role="limits")
    doc.p(g("Превышений ПДК не выявлено; до начала бурения и в фоновой скважине содержание нефтепродуктов и свинца ниже предела обнаружения.",
            "ШЖК-дан асу анықталған жоқ; бұрғылау басталғанға дейін және фондық ұңғымада мұнай өнімдері мен қорғасынның құрамы анықтау шегінен төмен.", ""))
    maybe_distractor(doc)


# symbol: (VI label, unit, limit of QCVN 09:2023/BTNMT, (low, high) share)
QCVN09_CAMP = {
    "pH": ("pH", None, (5.8, 8.5), (6.4, 7.8)), "TDS": ("Tổng chất rắn hòa tan (TDS)", "mg/L", 1500, (0.1, 0.4)),
    "NH4+": ("Amoni (NH4+ tính theo N)", "mg/L", 1, (0.05, 0.6)), "Cl-": ("Clorua (Cl-)", "mg/L", 250, (0.05, 0.3)),
    "SO4": ("Sunfat (SO4 2-)", "mg/L", 400, (0.03, 0.2)), "Fe": ("Sắt (Fe)", "mg/L", 5, (0.02, 0.4)),
    "Mn": ("Mangan (Mn)", "mg/L", 0.5, (0.05, 0.6)), "As": ("Asen (As)", "mg/L", 0.05, (0.04, 0.3)),
    "Pb": ("Chì (Pb)", "mg/L", 0.01, (0.1, 0.6)), "Coliform": ("Tổng Coliforms", "MPN/100mL", 3, None),
}
VN_CAMP_WELLS = (("NN1", "Giếng khoan cấp nước lán trại"), ("NN2", "Giếng đào hộ dân thôn Khe Vài, cách lán trại 400 m"),
                 ("NN3", "Lỗ khoan quan trắc hạ lưu bãi thải đất đá từ hào"))


def _limits_ic1_vi(doc: Doc) -> None:
    r = doc.rng
    area, mineral, place, _, _, _, _, contractor, _ = doc.pick(VN_AREAS)
    doc.h(f"KẾT QUẢ QUAN TRẮC CHẤT LƯỢNG NƯỚC DƯỚI ĐẤT NĂM 2025 – ĐỀ ÁN THĂM DÒ {mineral.upper()} {area.upper()}")
    doc.p(f"Đơn vị thi công: {contractor}; địa điểm: {place}. Đợt 1 lấy mẫu ngày {r.randint(5, 25):02d}/03/2025 (trước khi thi công hào, khoan), "
          f"đợt 2 ngày {r.randint(5, 25):02d}/09/2025. Quy chuẩn so sánh: QCVN 09:2023/BTNMT.")
    keys = list(QCVN09_CAMP)
    head0 = ["Thông số", "Đơn vị", "QCVN 09:2023/BTNMT"]
    head1 = [None, None, None]
    for pid, place_ in VN_CAMP_WELLS:
        head0 += [f"{pid} – {place_}", None]
        head1 += ["Đợt 1", "Đợt 2"]
    rows = [head0, head1]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2)] + [(0, c, 0, c + 1) for c in (3, 5, 7)]
    for s in keys:
        label, unit, lim, share = QCVN09_CAMP[s]
        line = [label, unit or "-", f"{num(lim[0], 'vi')} – {num(lim[1], 'vi')}" if isinstance(lim, tuple) else num(lim, "vi")]
        for pid, _ in VN_CAMP_WELLS:
            for _ in (1, 2):
                if s in ("As", "Pb") and r.random() < 0.4:
                    line.append("KPH")
                    add(doc, {k: x for k, x in limit(("symbol", s), "water", lim, unit, None, pid).items() if k != "value"})
                    continue
                if s == "pH":
                    v = round(r.uniform(*share), 1)
                elif s == "Coliform":
                    v = float(r.choice((0, 1, 2)))
                    if v == 0:
                        line.append("KPH")
                        add(doc, {k: x for k, x in limit(("symbol", s), "water", lim, unit, None, pid).items() if k != "value"})
                        continue
                else:
                    v = _sig(lim * r.uniform(*share), 2)
                line.append(num(v, "vi"))
                add(doc, limit(("symbol", s), "water", lim, unit, None, pid, v))
        rows.append(line)
    doc.table("Bảng 2. Kết quả phân tích chất lượng nước dưới đất", rows, merges, role="limits")
    doc.p("Ghi chú: KPH – không phát hiện; “-”: không có đơn vị.")
    maybe_distractor(doc)


# symbol: (RU label, KK label, ПДК рыбохозяйственная, (low, high) share upstream, the same downstream)
RIVER = {
    "pH": ("Водородный показатель (pH)", "Сутегі көрсеткіші (pH)", (6.5, 8.5), (7.3, 8.0), (7.3, 8.2)),
    "NH4+": ("Аммоний-ион", "Аммоний-ион", 0.5, (0.1, 0.4), (0.15, 0.6)),
    "NO2-": ("Нитриты", "Нитриттер", 0.08, (0.1, 0.5), (0.15, 0.7)),
    "NO3-": ("Нитраты", "Нитраттар", 40, (0.02, 0.1), (0.02, 0.12)),
    "Cl-": ("Хлориды", "Хлоридтер", 300, (0.3, 0.8), (0.3, 0.9)),
    "SO4": ("Сульфаты", "Сульфаттар", 100, (1.05, 1.4), (1.05, 1.5)),
    "TPH": ("Нефтепродукты", "Мұнай өнімдері", 0.05, (0.2, 0.6), (0.3, 1.1)),
    "Fe": ("Железо общее", "Жалпы темір", 0.1, (1.1, 1.8), (1.1, 1.9)),
}
RIVERS = (("р. Уил", "Ойыл өз.", "Уил", "Ойыл"), ("р. Сагиз", "Сағыз өз.", "Сагиз", "Сағыз"), ("р. Эмба", "Жем өз.", "Эмба", "Жем"))
ROUNDS = (("12.05.2025 (до начала работ)", "12.05.2025 (жұмыс басталғанға дейін)"), ("18.06.2025 (в период работ)", "18.06.2025 (жұмыс кезеңінде)"),
          ("26.08.2025 (после завершения)", "26.08.2025 (аяқталғаннан кейін)"))


def limits_ic2(doc: Doc) -> None:
    """The control of a river where the profiles of a 3D seismic survey cross it: the parameters as rows, the fishery ПДК
    in the second column, two sections — `С-1` above the crossing and `С-2` below it — as merged headers each over three
    dated rounds (before, during and after the works), every cell a value at its section against the row's ПДК; suspended
    solids with a ПДК written `фон + 0,25` that is no figure, so they give no item (VI: the waste water of a drilling
    support base at Vũng Tàu, two outlets each followed by its own standard's column — the washing water of tanks against
    QCVN 40:2011/BTNMT column B with Kq and Kf, the domestic water against QCVN 14:2008/BTNMT column B with K — and a dash
    where a parameter is not set for that outlet)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_ic2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    a = HC_AREAS[1]
    area, operator = a[L], a[8 + L]
    river = doc.pick(RIVERS)
    rname, rcore = river[L], river[2 + L]
    doc.h(g(f"Отчет по производственному экологическому контролю при сейсморазведочных работах МОГТ-3D на участке «{area}» (сезон 2025 г.)",
            f"«{area}» учаскесіндегі ЖОНӘ-3D сейсмобарлау жұмыстары кезіндегі өндірістік экологиялық бақылау бойынша есеп (2025 ж. маусымы)", ""))
    doc.p(g(f"Недропользователь – {operator}. Сейсмопрофили 3D-12 и 3D-14 пересекают {rname} в пойменной части; переезд техники – по "
            "существующему броду с временной гатью. Пробы отбирались в двух створах: С-1 – 500 м выше пересечения, С-2 – 500 м ниже.",
            f"Жер қойнауын пайдаланушы – {operator}. 3D-12 және 3D-14 сейсмопрофильдері {rname} жайылма бөлігінде қиып өтеді; техника бұрыннан бар "
            "өткел арқылы уақытша төсеммен өтеді. Сынамалар екі тұстамада алынды: С-1 – қиылыстан 500 м жоғары, С-2 – 500 м төмен.", ""))
    head0 = g(["Показатель", "ПДК рыбохоз., мг/дм³", "Створ С-1 (фоновый, 500 м выше пересечения)", None, None,
               "Створ С-2 (контрольный, 500 м ниже пересечения)", None, None],
              ["Көрсеткіш", "Балық шаруашылығы ШЖК, мг/дм³", "С-1 тұстамасы (фондық, қиылыстан 500 м жоғары)", None, None,
               "С-2 тұстамасы (бақылау, қиылыстан 500 м төмен)", None, None], [])
    head1 = [None, None] + [x[L] for x in ROUNDS] * 2
    rows = [head0, head1]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 4), (0, 5, 0, 7)]
    for s, (l_ru, l_kk, lim, up, down) in RIVER.items():
        line = [(l_ru, l_kk)[L], f"{num(lim[0], doc.lang)}–{num(lim[1], doc.lang)}" if isinstance(lim, tuple) else num(lim, doc.lang)]
        for pid, share in (("С-1", up), ("С-2", down)):
            for k in range(3):
                if s == "pH":
                    v = round(r.uniform(*share), 1)
                else:
                    hi = share[1] if (pid == "С-1" or k != 1) else share[1] * 1.1
                    v = _sig(lim * r.uniform(share[0], hi), 2)
                line.append(num(v, doc.lang))
                add(doc, limit(("symbol", s), "water", lim, None if s == "pH" else "mg/l", None, pid, v))
        rows.append(line)
    tss = [g("Взвешенные вещества", "Қалқыма заттар", ""), g("фон + 0,25", "фон + 0,25", "")]
    base = r.uniform(8, 20)
    tss += [num(round(base * r.uniform(0.9, 1.1), 1), doc.lang) for _ in range(3)]
    tss += [num(round(base * r.uniform(1.0, 1.02), 1), doc.lang), num(round(base + r.uniform(0.1, 0.24), 1), doc.lang),
            num(round(base * r.uniform(0.98, 1.01), 1), doc.lang)]
    rows.append(tss)
    doc.table(g(f"Таблица 6 – Качество воды {rname} в местах пересечения сейсмопрофилями, мг/дм³",
                f"6-кесте – Сейсмопрофильдер қиып өтетін жерлердегі {rcore} өзені суының сапасы, мг/дм³", ""), rows, merges, role="limits")
    doc.p(g("Превышения ПДК по сульфатам и железу общему отмечены в обоих створах и обусловлены природным фоном.",
            "Сульфаттар мен жалпы темір бойынша ШЖК-дан асу екі тұстамада да байқалды және табиғи фонға байланысты.", ""))
    maybe_distractor(doc)


# symbol: (VI label, unit, outlet 1 limit (QCVN 40 B × Kq × Kf) or None, outlet 2 limit (QCVN 14 B × K) or None)
KQ, KF, K14 = 0.9, 1.0, 1.2
WW_BASE = {
    "pH": ("pH", None, (5.5, 9), (5, 9)),
    "BOD5": ("BOD5 (20°C)", "mg/L", 50 * KQ * KF, 50 * K14),
    "COD": ("COD", "mg/L", 150 * KQ * KF, None),
    "TSS": ("Tổng chất rắn lơ lửng (TSS)", "mg/L", 100 * KQ * KF, 100 * K14),
    "TDS": ("Tổng chất rắn hòa tan (TDS)", "mg/L", None, 1000 * K14),
    "NH4+": ("Amoni (tính theo N)", "mg/L", 10 * KQ * KF, 10 * K14),
    "TPH": ("Tổng dầu mỡ khoáng", "mg/L", 10 * KQ * KF, None),
    "Surfactants": ("Tổng các chất hoạt động bề mặt", "mg/L", None, 10 * K14),
    "Coliform": ("Tổng Coliforms", "MPN/100mL", 5000, 5000),
}


def _ww_text(v) -> str:
    if v is None:
        return "-"
    return f"{num(v[0], 'vi')} – {num(v[1], 'vi')}" if isinstance(v, tuple) else num(_sig(v, 6), "vi")


def _limits_ic2_vi(doc: Doc) -> None:
    r = doc.rng
    base, company, *_ = doc.pick(VN_BASES)
    q = doc.pick(("I", "II", "III", "IV"))
    doc.h(f"BÁO CÁO KẾT QUẢ QUAN TRẮC NƯỚC THẢI ĐỊNH KỲ QUÝ {q} NĂM 2025 – {base.upper()}")
    doc.p(f"Chủ cơ sở: {company}. NT1 – nước thải sau hệ thống xử lý nước thải rửa bồn, két và thiết bị khoan (công suất 60 m³/ngày); NT2 – nước "
          "thải sinh hoạt sau bể tự hoại và bể lọc sinh học (30 m³/ngày). Cả hai dòng thải xả vào hệ thống thoát nước chung của khu vực.")
    rows = [["Thông số", "Đơn vị", "NT1 – Kết quả", "QCVN 40:2011/BTNMT cột B (Kq = 0,9; Kf = 1,0)", "NT2 – Kết quả",
             "QCVN 14:2008/BTNMT cột B (K = 1,2)"]]
    for s, (label, unit, lim1, lim2) in WW_BASE.items():
        line = [label, unit or "-"]
        for pid, lim in (("NT1", lim1), ("NT2", lim2)):
            if lim is None:
                line += ["-", "-"]
                continue
            if s == "pH":
                v = round(r.uniform(6.6, 8.1), 1)
            elif s == "Coliform":
                v = float(r.choice((430, 930, 1500, 2300)))
            else:
                v = _sig(lim * r.uniform(0.15, 0.8), 3)
            lim_v = lim if isinstance(lim, tuple) or s == "Coliform" else _sig(lim, 6)
            line += [num(v, "vi"), _ww_text(lim_v)]
            add(doc, limit(("symbol", s), "waste_water", lim_v, unit, "B", pid, v))
        rows.append(line)
    doc.table("Bảng 1. Kết quả phân tích nước thải", rows, role="limits")
    doc.p("Ghi chú: “-”: không quy định hoặc không phân tích đối với dòng thải tương ứng.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring


def _label(doc: Doc, kind: str, key: str) -> str:
    if kind == "code":
        return f"{_air(doc, key)} ({key})" if doc.lang != "vi" else _air(doc, key, 1)
    if kind == "soil":
        return vocab.soil(key, doc.lang)
    return vocab.water(key, doc.lang)


def _item_key(kind: str) -> str:
    return "code" if kind == "code" else "symbol"


# ((RU work, KK work), [(RU object, KK object, ids, [(kind, key)], frequency, (RU said, KK said), (RU method, KK method))])
PEK_WORKS = (
    (("1. Буровые работы", "1. Бұрғылау жұмыстары"), [
        ("Выхлопные трубы ДВС буровых установок", "Бұрғылау қондырғыларының ІЖҚ шығару құбырлары", ["0001"],
         [("code", "0301"), ("code", "0304"), ("code", "0337"), ("code", "0328")], "quarterly",
         ("1 раз в квартал в период буровых работ", "бұрғылау жұмыстары кезеңінде тоқсанына 1 рет"), ("инструментальный (переносной газоанализатор)", "аспаптық (тасымалды газталдағыш)")),
        ("Почва буровых площадок", "Бұрғылау алаңдарының топырағы", ["ПП-1", "ПП-2", "ПП-3"], [("soil", "TPH"), ("soil", "Pb"), ("soil", "Cu")], None,
         ("до начала бурения и после рекультивации площадки", "бұрғылау басталғанға дейін және алаң қалпына келтірілгеннен кейін"),
         ("отбор проб, лабораторный анализ", "сынама алу, зертханалық талдау")),
        ("Зумпфы (отстойники промывочной жидкости)", "Зумпфтар (жуу сұйықтығының тұндырғыштары)", [], [], None,
         ("ежесменно", "ауысым сайын"), ("визуальный осмотр обваловки и уровня заполнения", "үйінді қоршау мен толу деңгейін көзбен шолу"))]),
    (("2. Горные работы (канавы)", "2. Тау-кен жұмыстары (канавалар)"), [
        ("Выемка и засыпка канав", "Канаваларды қазу және көму", ["6001", "6002"], [("code", "2908")], "quarterly", ("ежеквартально", "тоқсан сайын"),
         ("расчетный (по объему выемки)", "есептік (қазу көлемі бойынша)")),
        ("Двигатели землеройной техники", "Жер қазу техникасының қозғалтқыштары", ["6003"], [("code", "0301"), ("code", "0337"), ("code", "0328")], "quarterly",
         ("ежеквартально", "тоқсан сайын"), ("расчетный (по расходу топлива)", "есептік (отын шығыны бойынша)"))]),
    (("3. Полевой лагерь", "3. Далалық лагерь"), [
        ("Дымовая труба ДЭС лагеря", "Лагерь ДЭС түтін құбыры", ["0002"], [("code", "0301"), ("code", "0304"), ("code", "0337"), ("code", "0328")], "quarterly",
         ("1 раз в квартал в полевой сезон", "далалық маусымда тоқсанына 1 рет"), ("инструментальный (переносной газоанализатор)", "аспаптық (тасымалды газталдағыш)")),
        ("Атмосферный воздух на границе лагеря (подветренная сторона)", "Лагерь шекарасындағы атмосфералық ауа (желдің ығы жағы)", ["Т-1", "Т-2"],
         [("code", "2908"), ("code", "0301"), ("code", "0337")], "yearly", ("1 раз в год (июль)", "жылына 1 рет (шілде)"),
         ("отбор проб, лабораторный анализ", "сынама алу, зертханалық талдау")),
        ("Водозаборная скважина лагеря", "Лагерьдің су алатын ұңғымасы", ["В-1"], [("water", "pH"), ("water", "TDS"), ("water", "NO3-"), ("water", "Fe")],
         "monthly", ("ежемесячно в полевой сезон", "далалық маусымда ай сайын"), ("отбор проб, лабораторный анализ", "сынама алу, зертханалық талдау"))]),
    (("4. Кернохранилище и пробоподготовка (производственная база)", "4. Керн қоймасы және сынама дайындау (өндірістік база)"), [
        ("Аспирация камнерезного станка и дробилки (циклон ЦН-11)", "Тас кесетін станок пен ұсатқыштың аспирациясы (ЦН-11 циклоны)", ["0003"],
         [("code", "2908")], "semiannual", ("2 раза в год", "жылына 2 рет"), ("инструментальный", "аспаптық"))]),
)  # fmt: skip


def monitoring_ic1(doc: Doc) -> None:
    """A ПЭК programme for the exploration of solid minerals grouped by the kind of work under rows spanning the table —
    drilling, trenching, the field camp, the core store with its sample preparation at the base — each row an object with
    its source numbers or points (two sources or three soil points in one cell), the substances with their codes in
    brackets, a frequency tied to the field season (`1 раз в квартал в период буровых работ`, `1 раз в год (июль)`), soil
    of the drill pads before drilling and after reclamation with no frequency of the contract, and a visual check of the
    sumps with no substance (VI: a rare-earth exploration's programme by work area, a row of the gamma dose rate at each
    hole with no substance, soil at the trench dumps before the works and after backfilling)."""
    if doc.lang == "vi":
        _monitoring_ic1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    a = doc.pick(AREAS)
    core, mineral, user = a[L], a[2 + L], a[10 + L]
    doc.h(g(f"Программа производственного экологического контроля при разведке {mineral} на участке «{core}» на 2026–2029 годы",
            f"«{core}» учаскесінде {mineral} барлау кезіндегі 2026–2029 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.p(g(f"Оператор объекта – {user}. Полевые работы ведутся сезонно (май – октябрь); в межсезонье на участке действуют только "
            "источники производственной базы. Контроль выполняет аккредитованная лаборатория по договору.",
            f"Объект операторы – {user}. Далалық жұмыстар маусымдық (мамыр – қазан) жүргізіледі; маусымаралық кезеңде учаскеде тек "
            "өндірістік базаның көздері жұмыс істейді. Бақылауды шарт бойынша аккредиттелген зертхана орындайды.", ""))
    rows = [g(["Вид работ, объект контроля", "№ ИЗА, точки", "Контролируемые вещества (показатели)", "Периодичность", "Метод контроля"],
              ["Жұмыс түрі, бақылау объектісі", "ЛШК, нүкте №", "Бақыланатын заттар (көрсеткіштер)", "Кезеңділігі", "Бақылау әдісі"], [])]
    merges = []
    sources: list[str] = []
    pairs: list[tuple[str, str]] = []
    for (w_ru, w_kk), objects in PEK_WORKS:
        _span(rows, merges, (w_ru, w_kk)[L], 5)
        for o_ru, o_kk, ids, items, word, said, method in objects:
            what = ", ".join(_label(doc, kind, key) for kind, key in items) if items else g("состояние обваловки, уровень заполнения", "үйінді қоршаудың жай-күйі, толу деңгейі", "")
            rows.append([(o_ru, o_kk)[L], ", ".join(ids) or "–", what, said[L], method[L]])
            for i in ids:
                src = i[0].isdigit()
                for kind, key in items:
                    doc.add("monitoring", {"source_number" if src else "point": i, _item_key(kind): key, "frequency": word})
                    if src:
                        pairs.append((i, key))
                if src and i not in sources:
                    sources.append(i)
    doc.table(g("Таблица 3 – План-график производственного мониторинга", "3-кесте – Өндірістік мониторингтің жоспар-кестесі", ""), rows, merges, role="monitoring")
    doc.add("sources", *({"number": n, "type": _kind(n)} for n in sources))
    doc.add("emissions", *(emission(c, None, None, n) for n, c in pairs))
    doc.p(g("ПП – пробные площадки почв; Т – точки отбора проб атмосферного воздуха; В – водозаборная скважина.",
            "ПП – топырақтың сынама алаңдары; Т – атмосфералық ауа сынамаларын алу нүктелері; В – су алатын ұңғыма.", ""))
    maybe_distractor(doc)


# (section, [(object, ids, [(kind, key)] or None with the parameters as written, frequency, said, standard)])
VN_PEK_WORKS = (
    ("1. Khu vực khoan", [
        ("Không khí khu vực khoan (cuối hướng gió)", ["KK1", "KK2"], [("code", "2902"), ("code", "0301"), ("code", "0330"), ("code", "0337")], "quarterly",
         "03 tháng/lần trong thời gian thi công", "QCVN 05:2023/BTNMT"),
        ("Suất liều bức xạ gamma tại miệng lỗ khoan và khu vực tập kết lõi khoan", ["PX1", "PX2"], "Suất liều gamma (µSv/h)", None,
         "Mỗi lỗ khoan khi kết thúc khoan", "Thông tư số 19/2012/TT-BKHCN")]),
    ("2. Khu vực đào hào và bãi thải đất đá", [
        ("Nước mặt suối hạ lưu khu vực hào", ["NM1"], [("water", "pH"), ("water", "TSS"), ("water", "COD"), ("water", "Fe")], "quarterly",
         "03 tháng/lần", "QCVN 08:2023/BTNMT"),
        ("Đất tại bãi thải đất đá từ hào", ["Đ1", "Đ2"], [("soil", "As"), ("soil", "Pb"), ("soil", "Cd")], None,
         "01 lần trước khi thi công và 01 lần sau khi lấp hào, hoàn thổ", "QCVN 03:2023/BTNMT")]),
    ("3. Lán trại", [
        ("Nước dưới đất – giếng cấp nước lán trại", ["NN1"], [("water", "pH"), ("water", "TDS"), ("water", "NH4+"), ("water", "Coliform")], "semiannual",
         "06 tháng/lần", "QCVN 09:2023/BTNMT"),
        ("Nước thải sinh hoạt sau bể tự hoại", ["NT1"], [("water", "BOD5"), ("water", "TSS"), ("water", "NH4+"), ("water", "Coliform")], "semiannual",
         "06 tháng/lần", "QCVN 14:2008/BTNMT, cột B")]),
)  # fmt: skip


def _monitoring_ic1_vi(doc: Doc) -> None:
    area, mineral, place, _, _, _, _, contractor, _ = VN_AREAS[1]
    doc.h(f"CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG TRONG GIAI ĐOẠN THĂM DÒ {mineral.upper()} {area.upper()}")
    doc.p(f"Đơn vị thi công: {contractor}; địa điểm: {place}. Chương trình áp dụng trong suốt thời gian thi công thăm dò và đến khi hoàn thành "
          "lấp hào, hoàn thổ.")
    rows = [["Hạng mục, vị trí quan trắc", "Ký hiệu điểm", "Thông số quan trắc", "Tần suất", "Quy chuẩn so sánh"]]
    merges = []
    for section, objects in VN_PEK_WORKS:
        _span(rows, merges, section, 5)
        for obj, ids, items, word, said, std in objects:
            what = items if isinstance(items, str) else ", ".join(_label(doc, kind, key) for kind, key in items)
            rows.append([obj, ", ".join(ids), what, said, std])
            if isinstance(items, str):
                continue
            for i in ids:
                for kind, key in items:
                    doc.add("monitoring", {"point": i, _item_key(kind): key, "frequency": word})
    doc.table("Bảng 5.1. Chương trình quan trắc môi trường", rows, merges, role="monitoring")
    maybe_distractor(doc)


STAGES = (("Вышкомонтажные работы (30 сут.)", "Мұнара құрастыру жұмыстары (30 тәул.)"), ("Бурение и крепление (95 сут.)", "Бұрғылау және бекіту (95 тәул.)"),
          ("Испытание (45 сут.)", "Сынау (45 тәул.)"), ("Демонтаж и рекультивация (20 сут.)", "Бөлшектеу және қалпына келтіру (20 тәул.)"))
# (RU object, KK object, ids, [(kind, key)], [None for a dash, or (frequency, RU said, KK said)] by stage)
STAGE_PLAN = (
    ("ИЗА 0001 – силовой привод буровой установки", "0001 ЛШК – бұрғылау қондырғысының күштік жетегі", ["0001"],
     [("code", "0301"), ("code", "0304"), ("code", "0337"), ("code", "0328")],
     [None, ("monthly", "ежемесячно", "ай сайын"), ("monthly", "ежемесячно", "ай сайын"), None]),
    ("ИЗА 0002 – ДЭС АД-200", "0002 ЛШК – АД-200 ДЭС", ["0002"], [("code", "0301"), ("code", "0337")],
     [("monthly", "ежемесячно", "ай сайын")] * 4),
    ("ИЗА 0004 – факельная установка", "0004 ЛШК – алау қондырғысы", ["0004"], [("code", "0301"), ("code", "0337"), ("code", "0328")],
     [None, None, (None, "при каждом сжигании газа", "газды әр жаққан сайын"), None]),
    ("Граница СЗЗ (1000 м), точки Т-1, Т-2", "СҚА шекарасы (1000 м), Т-1, Т-2 нүктелері", ["Т-1", "Т-2"], [("code", "0301"), ("code", "0337"), ("code", "0333")],
     [("once", "однократно (фон)", "бір рет (фон)"), ("monthly", "ежемесячно", "ай сайын"), ("daily", "ежедневно", "күн сайын"),
      ("once", "однократно (по завершении демонтажа)", "бір рет (бөлшектеу аяқталғаннан кейін)")]),
    ("Подземные воды – наблюдательные скважины НС-1, НС-2, НС-3", "Жерасты сулары – НС-1, НС-2, НС-3 бақылау ұңғымалары", ["НС-1", "НС-2", "НС-3"],
     [("water", "pH"), ("water", "TDS"), ("water", "Cl-"), ("water", "TPH")],
     [("once", "однократно (фоновое опробование)", "бір рет (фондық сынамалау)"), ("quarterly", "1 раз в квартал", "тоқсанына 1 рет"),
      ("monthly", "ежемесячно", "ай сайын"), ("once", "однократно (после ликвидации амбара)", "бір рет (амбар жойылғаннан кейін)")]),
    ("Почва – площадка буровой и шламового амбара, точки ПП-1, ПП-2", "Топырақ – бұрғылау алаңы мен шлам амбары, ПП-1, ПП-2 нүктелері", ["ПП-1", "ПП-2"],
     [("soil", "TPH"), ("soil", "Pb"), ("soil", "Zn")],
     [("once", "однократно (фон)", "бір рет (фон)"), None, None, ("once", "однократно (после рекультивации)", "бір рет (қалпына келтіруден кейін)")]),
)  # fmt: skip


def monitoring_ic2(doc: Doc) -> None:
    """A plan-graph of monitoring over the construction of a search well whose frequencies are columns by the stages of the
    well's construction under a merged header — rig-up, drilling and casing, testing, dismantling and reclamation — each
    cell holding the frequency in that stage or a dash: the rig's drive monthly only while drilling and testing, the
    boundary points once, monthly and daily (hydrogen sulphide in testing), groundwater and soil once before and once
    after, the flare `при каждом сжигании газа` with no frequency of the contract; the sources and points named inside the
    object's cell (VI: an offshore exploration well's environmental survey before, during and after drilling — sea water and
    sediment stations once before and once after, the rig's sewage weekly, the cuttings daily)."""
    if doc.lang == "vi":
        _monitoring_ic2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    a = doc.pick(HC_AREAS)
    area, well, operator = a[L], a[7], a[8 + L]
    doc.h(g(f"План-график экологического мониторинга при строительстве поисковой скважины {well} на участке «{area}»",
            f"«{area}» учаскесіндегі {well} іздестіру ұңғымасын салу кезіндегі экологиялық мониторингтің жоспар-кестесі", ""))
    doc.p(g(f"Оператор – {operator}. Периодичность установлена отдельно для каждого этапа строительства скважины; знак «–» означает, что "
            "контроль на данном этапе не проводится.",
            f"Оператор – {operator}. Кезеңділік ұңғыманы салудың әр кезеңі үшін жеке белгіленген; «–» белгісі осы кезеңде бақылау "
            "жүргізілмейтінін білдіреді.", ""))
    rows = [g(["№", "Объект контроля", "Контролируемые показатели", "Периодичность по этапам строительства скважины", None, None, None],
              ["№", "Бақылау объектісі", "Бақыланатын көрсеткіштер", "Ұңғыманы салу кезеңдері бойынша кезеңділігі", None, None, None], []),
            [None, None, None, *(s[L] for s in STAGES)]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 6)]
    seen: set[tuple] = set()
    sources: list[str] = []
    pairs: list[tuple[str, str]] = []
    for k, (o_ru, o_kk, ids, items, stages) in enumerate(STAGE_PLAN, 1):
        cells = [(st[1 + L] if st else "–") for st in stages]
        rows.append([str(k), (o_ru, o_kk)[L], ", ".join(_label(doc, kind, key) for kind, key in items), *cells])
        for st in stages:
            if st is None:
                continue
            word = st[0]
            for i in ids:
                src = i[0].isdigit()
                for kind, key in items:
                    if (i, key, word) in seen:
                        continue
                    seen.add((i, key, word))
                    doc.add("monitoring", {"source_number" if src else "point": i, _item_key(kind): key, "frequency": word})
                    if src and (i, key) not in pairs:
                        pairs.append((i, key))
        for i in ids:
            if i[0].isdigit() and i not in sources:
                sources.append(i)
    doc.table(g("Таблица 2 – Периодичность мониторинга по этапам", "2-кесте – Кезеңдер бойынша мониторинг кезеңділігі", ""), rows, merges, role="monitoring")
    doc.add("sources", *({"number": n, "type": "organized"} for n in sources))
    doc.add("emissions", *(emission(c, None, None, n) for n, c in pairs))
    maybe_distractor(doc)


VN_STAGES = ("Trước khi khoan (khảo sát nền)", "Trong khi khoan", "Sau khi khoan (khảo sát sau khoan)")
# (object, ids, [(kind, key)], [None or (frequency, said)] by stage)
VN_STAGE_PLAN = (
    ("Nước biển tầng mặt và tầng đáy – các trạm NB1, NB2, NB3, NB4 (250 – 2.000 m theo hướng dòng chảy)", ["NB1", "NB2", "NB3", "NB4"],
     [("water", "pH"), ("water", "TSS"), ("water", "TPH"), ("water", "Cd"), ("water", "Hg")], [("once", "01 lần"), None, ("once", "01 lần")]),
    ("Trầm tích đáy biển – các trạm TT1, TT2, TT3", ["TT1", "TT2", "TT3"],
     [("soil", "TPH"), ("soil", "Hg"), ("soil", "Cd"), ("soil", "Pb"), ("soil", "Zn"), ("soil", "Cu")], [("once", "01 lần"), None, ("once", "01 lần")]),
    ("Nước thải sinh hoạt sau thiết bị xử lý trên giàn – NT1", ["NT1"], [("water", "BOD5"), ("water", "TSS"), ("water", "Coliform")],
     [None, ("weekly", "Hằng tuần"), None]),
    ("Mùn khoan trước khi thải xuống biển – MK1", ["MK1"], [("water", "TPH")], [None, ("daily", "Hằng ngày"), None]),
    ("Khí thải máy phát điện chính của giàn – KT1", ["KT1"], [("code", "0301"), ("code", "0330"), ("code", "0337")], [None, ("monthly", "01 tháng/lần"), None]),
)  # fmt: skip


def _monitoring_ic2_vi(doc: Doc) -> None:
    r = doc.rng
    block = doc.pick(("Lô 15-2/17", "Lô 16-1/15", "Lô 09-3/12"))
    well = f"{doc.pick(('HX', 'BĐ', 'ST'))}-{r.randint(1, 4)}X"
    doc.h(f"CHƯƠNG TRÌNH GIÁM SÁT MÔI TRƯỜNG KHI KHOAN GIẾNG THĂM DÒ {well} – {block.upper()}")
    doc.p("Nhà thầu khoan: Công ty TNHH Dịch vụ Khoan Biển Đông (giàn khoan tự nâng Biển Đông 02). Tần suất được quy định riêng cho từng giai "
          "đoạn; ký hiệu “-”: không thực hiện trong giai đoạn đó.")
    rows = [["TT", "Đối tượng, vị trí giám sát", "Thông số", "Tần suất theo giai đoạn", None, None], [None, None, None, *VN_STAGES]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 5)]
    seen: set[tuple] = set()
    for k, (obj, ids, items, stages) in enumerate(VN_STAGE_PLAN, 1):
        rows.append([str(k), obj, ", ".join(_label(doc, kind, key) for kind, key in items), *((st[1] if st else "-") for st in stages)])
        for st in stages:
            if st is None:
                continue
            for i in ids:
                for kind, key in items:
                    if (i, key, st[0]) not in seen:
                        seen.add((i, key, st[0]))
                        doc.add("monitoring", {"point": i, _item_key(kind): key, "frequency": st[0]})
    doc.table("Bảng 4.2. Chương trình giám sát môi trường theo giai đoạn khoan", rows, merges, role="monitoring")
    doc.p("Quy chuẩn so sánh: QCVN 10:2023/BTNMT (nước biển), QCVN 43:2017/BTNMT (trầm tích), QCVN 35:2010/BTNMT (nước thải khai thác dầu khí "
          "ngoài khơi).")
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

# (RU checker, KK checker, key RU, key KK)
CHECKERS = (("Буровой мастер", "Бұрғылау шебері", "Буровой мастер", "Бұрғылау шебері"),
            ("Супервайзер Заказчика", "Тапсырыс берушінің супервайзері", "Супервайзер", "супервайзері"),
            ("Инженер-эколог Подрядчика", "Мердігердің инженер-экологы", "Инженер-эколог", "инженер-экологы"))
# (RU object, KK object, RU key, KK key, [per checker: None for a dash, else frequency word or "shift" / "watch"])
RIG_CHECKS = (
    ("Шламовые емкости и амбар: целостность обваловки и гидроизоляции, уровень заполнения",
     "Шлам сыйымдылықтары мен амбары: үйінді қоршау мен гидрооқшаулаудың бүтіндігі, толу деңгейі", "Шламовые емкости", "Шлам сыйымдылықтары",
     ["shift", "daily", "weekly"]),
    ("Склад ГСМ и емкости дизельного топлива, поддоны, обвалование", "ЖЖМ қоймасы және дизель отыны сыйымдылықтары, табандықтар, үйінді қоршау",
     "Склад ГСМ", "ЖЖМ қоймасы", ["daily", "weekly", "watch"]),
    ("Площадка временного хранения отходов, маркировка контейнеров", "Қалдықтарды уақытша сақтау алаңы, контейнерлерді таңбалау",
     "Площадка временного хранения", "Қалдықтарды уақытша сақтау", ["weekly", None, "weekly"]),
    ("Блок приготовления бурового раствора и склад химреагентов", "Бұрғылау ерітіндісін дайындау блогы және химреагенттер қоймасы",
     "Блок приготовления бурового", "Бұрғылау ерітіндісін дайындау", ["shift", "daily", "monthly"]),
    ("ДЭС и паровая установка: подтеки топлива и масла, состояние выхлопных труб", "ДЭС және бу қондырғысы: отын мен майдың ағуы, шығару құбырларының жай-күйі",
     "ДЭС и паровая", "ДЭС және бу", ["daily", None, "monthly"]),
    ("Водозабор и журнал учета водопотребления", "Су алу және су тұтынуды есепке алу журналы", "Водозабор и журнал", "Су алу және", [None, None, "monthly"]),
    ("Вахтовый городок: септик, контейнеры ТБО, столовая", "Вахталық қалашық: септик, ҚТҚ контейнерлері, асхана", "Вахтовый городок", "Вахталық қалашық",
     ["weekly", "watch", "weekly"]),
)  # fmt: skip
RIG_SAID = {
    "shift": ("ежесменно", "ауысым сайын"), "daily": ("ежедневно", "күн сайын"), "weekly": ("еженедельно", "апта сайын"),
    "monthly": ("1 раз в месяц", "айына 1 рет"), "watch": ("при каждой смене вахты (14 сут.)", "әр вахта ауысқан сайын (14 тәул.)"),
}


def inspections_ic1(doc: Doc) -> None:
    """A drilling contractor's regulation of production control at a search well's rig, a matrix whose rows are the objects
    checked and whose columns, under a merged `Периодичность проверки`, are the three who check — the driller's foreman, the
    customer's supervisor and the contractor's environmental engineer — with each one's frequency in its cell or a dash:
    every filled cell an inspection of its own by that checker; `ежесменно` and `при каждой смене вахты (14 сут.)` are no
    frequencies of the contract (VI: a jack-up rig's HSE checks by the toolpusher, the operator's company man and the HSE
    engineer, `Mỗi ca`, `Mỗi chuyến tàu dịch vụ`)."""
    if doc.lang == "vi":
        _inspections_ic1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    a = doc.pick(HC_AREAS)
    area, well, operator = a[L], a[7], a[8 + L]
    contractor = g("ТОО «Жаңа Бұрғылау»", "«Жаңа Бұрғылау» ЖШС", "")
    doc.h(g(f"Регламент производственного контроля соблюдения экологических требований на буровой. Скважина {well}, участок «{area}»",
            f"Бұрғылау қондырғысында экологиялық талаптардың сақталуын өндірістік бақылау регламенті. {well} ұңғымасы, «{area}» учаскесі", ""))
    doc.p(g(f"Заказчик – {operator}; буровой подрядчик – {contractor}. Вахта – 14 суток, работа в две смены по 12 часов. Результаты проверок "
            "заносятся в журнал производственного контроля буровой.",
            f"Тапсырыс беруші – {operator}; бұрғылау мердігері – {contractor}. Вахта – 14 тәулік, 12 сағаттан екі ауысыммен жұмыс. Тексеру "
            "нәтижелері бұрғылау қондырғысының өндірістік бақылау журналына енгізіледі.", ""))
    rows = [g(["№", "Объект проверки", "Периодичность проверки", None, None], ["№", "Тексеру объектісі", "Тексеру кезеңділігі", None, None], []),
            [None, None, *(c[L] for c in CHECKERS)]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 4)]
    for k, (o_ru, o_kk, k_ru, k_kk, cells) in enumerate(RIG_CHECKS, 1):
        rows.append([str(k), (o_ru, o_kk)[L], *(RIG_SAID[w][L] if w else "–" for w in cells)])
        for (_, _, a_ru, a_kk), w in zip(CHECKERS, cells, strict=True):
            if w is None:
                continue
            item = {"kind": "inspection", "text_contains": (k_ru, k_kk)[L], "actor_contains": (a_ru, a_kk)[L]}
            if w in ("daily", "weekly", "monthly"):
                item["frequency"] = w
            doc.add("obligations", item)
    doc.table(g("Приложение 2. Периодичность проверок", "2-қосымша. Тексерулердің кезеңділігі", ""), rows, merges, role="inspections")
    doc.p(g("Замечания супервайзера Заказчика оформляются предписанием и устраняются до конца смены.",
            "Тапсырыс беруші супервайзерінің ескертулері нұсқамамен ресімделеді және ауысым аяқталғанға дейін жойылады.", ""))
    distractor(doc, "contacts")


VN_CHECKERS = (("Đốc công khoan (Toolpusher)", "Đốc công khoan"), ("Giám sát khoan của Chủ đầu tư (Company Man)", "Giám sát khoan"),
               ("Kỹ sư HSE của Nhà thầu", "Kỹ sư HSE"))
VN_RIG_CHECKS = (
    ("Hệ thống thu gom mùn khoan, máng dẫn và thùng chứa mùn khoan", "Hệ thống thu gom mùn", ["shift", "daily", "weekly"]),
    ("Bồn chứa dầu diesel, khay hứng dầu dưới máy phát", "Bồn chứa dầu diesel", ["daily", "weekly", "boat"]),
    ("Khu lưu giữ chất thải trên giàn, nhãn thùng chứa chất thải nguy hại", "Khu lưu giữ chất thải", ["weekly", None, "boat"]),
    ("Thiết bị xử lý nước thải sinh hoạt trên giàn", "Thiết bị xử lý nước", ["daily", None, "monthly"]),
    ("Kho hóa phẩm dung dịch khoan, bảng dữ liệu an toàn (SDS)", "Kho hóa phẩm dung", ["shift", "weekly", "monthly"]),
    ("Hệ thống thoát nước sàn và thiết bị tách dầu – nước", "Hệ thống thoát nước", [None, "weekly", "monthly"]),
)
VN_RIG_SAID = {"shift": "Mỗi ca", "daily": "Hằng ngày", "weekly": "Hằng tuần", "monthly": "01 tháng/lần", "boat": "Mỗi chuyến tàu dịch vụ"}


def _inspections_ic1_vi(doc: Doc) -> None:
    well = f"{doc.pick(('HX', 'BĐ', 'ST'))}-{doc.rng.randint(1, 4)}X"
    doc.h(f"KẾ HOẠCH KIỂM TRA TUÂN THỦ YÊU CẦU BẢO VỆ MÔI TRƯỜNG TRÊN GIÀN KHOAN BIỂN ĐÔNG 02 – GIẾNG {well}")
    doc.p("Ban hành kèm theo quy trình HSE của Công ty TNHH Dịch vụ Khoan Biển Đông. Kết quả kiểm tra được ghi vào sổ nhật ký HSE của giàn.")
    rows = [["TT", "Đối tượng kiểm tra", "Tần suất kiểm tra", None, None], [None, None, *(c[0] for c in VN_CHECKERS)]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 4)]
    for k, (obj, key, cells) in enumerate(VN_RIG_CHECKS, 1):
        rows.append([str(k), obj, *(VN_RIG_SAID[w] if w else "-" for w in cells)])
        for (_, actor), w in zip(VN_CHECKERS, cells, strict=True):
            if w is None:
                continue
            item = {"kind": "inspection", "text_contains": key, "actor_contains": actor}
            if w in ("daily", "weekly", "monthly"):
                item["frequency"] = w
            doc.add("obligations", item)
    doc.table("Phụ lục 3. Tần suất kiểm tra theo người thực hiện", rows, merges, role="inspections")
    maybe_distractor(doc)


# ((RU stage, KK stage), [(RU check, KK check, frequency or None, RU said, KK said, RU who, KK who)])
SEASON_CHECKS = (
    (("1. До начала полевых работ", "1. Далалық жұмыстар басталғанға дейін"), [
        ("Наличие экологического разрешения и договоров с землепользователями", "Экологиялық рұқсаттың және жер пайдаланушылармен шарттардың болуы",
         "once", "однократно, до выезда на участок", "бір рет, учаскеге шыққанға дейін", "главный геолог", "бас геолог"),
        ("Обустройство полевого лагеря: септик, площадка ТБО, обвалованный склад ГСМ", "Далалық лагерьді жайластыру: септик, ҚТҚ алаңы, үйінді қоршалған ЖЖМ қоймасы",
         "once", "однократно, при приемке лагеря", "бір рет, лагерьді қабылдау кезінде", "начальник партии", "партия бастығы")]),
    (("2. В период полевых работ", "2. Далалық жұмыстар кезеңінде"), [
        ("Состояние буровых площадок и зумпфов", "Бұрғылау алаңдары мен зумпфтардың жай-күйі", "weekly", "еженедельно", "апта сайын", "геолог участка",
         "учаске геологы"),
        ("Движение техники только по согласованным проездам", "Техниканың тек келісілген өтпе жолдармен жүруі", "daily", "ежедневно", "күн сайын",
         "механик партии", "партия механигі"),
        ("Учет и передача отходов подрядной организации", "Қалдықтарды есепке алу және мердігер ұйымға беру", "monthly", "ежемесячно", "ай сайын",
         "инженер по ОТ и ООС", "ЕҚ және ҚОҚ жөніндегі инженер"),
        ("Санитарное и противопожарное состояние лагеря", "Лагерьдің санитариялық және өртке қарсы жай-күйі", None, "при каждом перемещении лагеря",
         "лагерь әр көшірілген сайын", "начальник партии", "партия бастығы")]),
    (("3. По завершении полевого сезона", "3. Далалық маусым аяқталғаннан кейін"), [
        ("Засыпка канав и рекультивация буровых площадок", "Канаваларды көму және бұрғылау алаңдарын қалпына келтіру", "once",
         "однократно, комиссионно (сентябрь – октябрь)", "бір рет, комиссиямен (қыркүйек – қазан)", "главный геолог", "бас геолог"),
        ("Вывоз отходов и ликвидация лагеря", "Қалдықтарды шығару және лагерьді тарату", "once", "однократно, до снятия партии с участка",
         "бір рет, партия учаскеден кеткенге дейін", "начальник партии", "партия бастығы")]),
)  # fmt: skip


def inspections_ic2(doc: Doc) -> None:
    """An exploration company's plan of checking the environmental requirements over a field season, the checks under rows
    spanning the table that name the stage — before the field works, during them, after the season — items `1.1`, the
    frequency and the time in one cell: checks made once (`однократно, до выезда на участок`, `однократно, комиссионно`)
    beside daily, weekly and monthly ones and a check at every move of the camp with no frequency of the contract, the
    checker and the record kept (VI: a geological federation's coal exploration, `01 lần trước khi khởi công`, a check
    after each heavy rain)."""
    if doc.lang == "vi":
        _inspections_ic2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    a = doc.pick(AREAS)
    core, mineral, user = a[L], a[2 + L], a[10 + L]
    doc.h(g(f"План проверок соблюдения экологических требований при разведке {mineral} на участке «{core}» в полевой сезон 2026 года",
            f"2026 жылғы далалық маусымда «{core}» учаскесінде {mineral} барлау кезінде экологиялық талаптардың сақталуын тексеру жоспары", ""))
    doc.p(g(f"Утвержден директором {user}. Проверки проводятся работниками геологоразведочной партии; нарушения фиксируются в журнале с указанием "
            "срока устранения.",
            f"{user} директоры бекітті. Тексерулерді геологиялық барлау партиясының қызметкерлері жүргізеді; бұзушылықтар жоюу мерзімі көрсетіле "
            "отырып журналда тіркеледі.", ""))
    rows = [g(["№", "Что проверяется", "Периодичность, срок", "Проверяющий", "Форма фиксации"],
              ["№", "Не тексеріледі", "Кезеңділігі, мерзімі", "Тексеруші", "Тіркеу нысаны"], [])]
    merges = []
    forms = g(("акт", "запись в журнале", "акт", "запись в журнале"), ("акт", "журналдағы жазба", "акт", "журналдағы жазба"), ())
    for s, ((s_ru, s_kk), checks) in enumerate(SEASON_CHECKS, 1):
        _span(rows, merges, (s_ru, s_kk)[L], 5)
        for k, (c_ru, c_kk, word, said_ru, said_kk, w_ru, w_kk) in enumerate(checks, 1):
            what, who = (c_ru, c_kk)[L], (w_ru, w_kk)[L]
            rows.append([f"{s}.{k}", what, (said_ru, said_kk)[L], who, forms[(s + k) % 4]])
            item = {"kind": "inspection", "text_contains": _words(what, 3).rstrip(":,"), "actor_contains": who}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
    doc.table(g("Таблица 1 – План проверок", "1-кесте – Тексерулер жоспары", ""), rows, merges, role="inspections")
    maybe_distractor(doc)


VN_SEASON_CHECKS = (
    ("I. TRƯỚC KHI THI CÔNG", [
        ("Hồ sơ giấy phép thăm dò, văn bản thỏa thuận sử dụng đất với hộ dân", "once", "01 lần trước khi khởi công", "Chủ nhiệm đề án"),
        ("Bố trí lán trại: nhà vệ sinh, bể tự hoại, khu tập kết rác, kho nhiên liệu có gờ chắn", "once", "01 lần khi dựng lán trại", "Đội trưởng đội thi công")]),
    ("II. TRONG QUÁ TRÌNH THI CÔNG", [
        ("Hố lắng dung dịch khoan, rãnh thoát nước tại nền khoan", "weekly", "Hằng tuần", "Kỹ thuật viên khoan"),
        ("Tuyến đường vận chuyển, che phủ thùng xe chở mẫu và đất đá", "daily", "Hằng ngày", "Đội trưởng đội thi công"),
        ("Thống kê, chuyển giao chất thải nguy hại của các tổ khoan", "monthly", "01 tháng/lần", "Cán bộ an toàn – môi trường"),
        ("Bờ hào, bãi thải đất đá và mương thoát nước", None, "Sau mỗi trận mưa lớn", "Kỹ thuật viên địa chất")]),
    ("III. KHI KẾT THÚC THI CÔNG, HOÀN THỔ", [
        ("Lấp hào, san gạt, trồng cây hoàn thổ nền khoan", "once", "01 lần, nghiệm thu có chính quyền xã", "Chủ nhiệm đề án"),
        ("Tháo dỡ lán trại, thu dọn chất thải", "once", "01 lần trước khi rút quân", "Đội trưởng đội thi công")]),
)


def _inspections_ic2_vi(doc: Doc) -> None:
    area, mineral, place, _, _, _, _, contractor, _ = VN_AREAS[2]
    doc.h(f"KẾ HOẠCH KIỂM TRA CÔNG TÁC BẢO VỆ MÔI TRƯỜNG – ĐỀ ÁN THĂM DÒ {mineral.upper()} {area.upper()}")
    doc.p(f"Đơn vị thi công: {contractor}; địa điểm: {place}. Kết quả kiểm tra được lập biên bản hoặc ghi sổ nhật ký thi công.")
    rows = [["TT", "Nội dung kiểm tra", "Tần suất, thời điểm", "Người thực hiện"]]
    merges = []
    for s, (section, checks) in enumerate(VN_SEASON_CHECKS, 1):
        _span(rows, merges, section, 4)
        for k, (what, word, said, who) in enumerate(checks, 1):
            rows.append([f"{s}.{k}", what, said, who])
            item = {"kind": "inspection", "text_contains": _words(what, 4).rstrip(":,"), "actor_contains": who}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
    doc.table("Phụ lục 2. Nội dung, tần suất kiểm tra", rows, merges, role="inspections")
    maybe_distractor(doc)


# ---------------------------------------------------------------- tasks

# (RU measure, KK measure, RU basis, KK basis, actor key, RU term, KK term, thousand tenge)
ENV_MEASURES = (
    ("Безамбарное бурение с накоплением шлама и ОБР в металлических емкостях", "Шлам мен ПБЕ-ні металл сыйымдылықтарда жинақтай отырып амбарсыз бұрғылау",
     "п. 4.2 ЭР", "ЭР 4.2-т.", "driller", "весь период бурения", "бұрғылаудың бүкіл кезеңі", 18_400),
    ("Вывоз и обезвреживание бурового шлама и ОБР специализированной организацией", "Бұрғылау шламы мен ПБЕ-ні мамандандырылған ұйыммен шығару және залалсыздандыру",
     "п. 4.3 ЭР", "ЭР 4.3-т.", "user", "по мере накопления, не реже 1 раза в 6 месяцев", "жинақталуына қарай, 6 айда кемінде 1 рет", 42_600),
    ("Оборудование наблюдательных скважин НС-1 – НС-3 у шламового амбара", "Шлам амбары жанында НС-1 – НС-3 бақылау ұңғымаларын жабдықтау",
     "п. 12.4 Контракта", "Келісімшарттың 12.4-т.", "user", "до начала бурения", "бұрғылау басталғанға дейін", 6_900),
    ("Производственный экологический контроль на период строительства скважины", "Ұңғыманы салу кезеңінде өндірістік экологиялық бақылау",
     "ст. 182 ЭК РК", "ҚР ЭК 182-б.", "user", "ежеквартально", "тоқсан сайын", 9_800),
    ("Рекультивация площадки скважины и подъездной дороги", "Ұңғыма алаңы мен кірме жолды қалпына келтіру",
     "п. 12.6 Контракта", "Келісімшарттың 12.6-т.", "reclaim", "в течение 3 месяцев после демонтажа", "бөлшектеуден кейін 3 ай ішінде", 24_300),
    ("Проведение сейсморазведки 3D с вибросейсмическими источниками без буровзрывных работ", "Бұрғылап-жару жұмыстарынсыз вибросейсмикалық көздермен 3D сейсмобарлау жүргізу",
     "п. 2.1 Программы работ", "Жұмыс бағдарламасының 2.1-т.", "seismic", "II–III кв. 2026 г.", "2026 ж. II–III тоқсан", 0),
    ("Обучение персонала подрядчиков по обращению с отходами бурения", "Мердігерлер персоналын бұрғылау қалдықтарымен жұмыс істеуге оқыту",
     "п. 4.7 ЭР", "ЭР 4.7-т.", "driller", "до начала бурения", "бұрғылау басталғанға дейін", 1_200),
    ("Перечисление средств в ликвидационный фонд", "Жою қорына қаражат аудару", "п. 18.2 Контракта", "Келісімшарттың 18.2-т.", "user",
     "ежегодно, до 1 февраля", "жыл сайын, 1 ақпанға дейін", 31_000),
)  # fmt: skip
# actor key: (RU, KK, RU word, KK word)
ACTORS = {
    "user": ("Недропользователь (служба ОТ, ПБ и ООС)", "Жер қойнауын пайдаланушы (ЕҚ, ӨҚ және ҚОҚ қызметі)", "Недропользователь", "Жер қойнауын пайдаланушы"),
    "driller": ("Буровой подрядчик", "Бұрғылау мердігері", "Буровой подрядчик", "Бұрғылау мердігері"),
    "reclaim": ("Подрядчик по рекультивации (по итогам закупки)", "Қалпына келтіру жөніндегі мердігер (сатып алу қорытындысы бойынша)",
                "Подрядчик по рекультивации", "Қалпына келтіру жөніндегі мердігер"),
    "seismic": ("Геофизический подрядчик", "Геофизикалық мердігер", "Геофизический подрядчик", "Геофизикалық мердігер"),
}


def tasks_ic1(doc: Doc) -> None:
    """The annex of a subsoil user's annual work programme under a hydrocarbon contract listing the environmental measures
    of the year, numbered `ООС-01` … (KK `ҚОҚ-01`), each with the clause it carries out (`п. 12.4 Контракта`, `п. 4.2 ЭР`, `ст.
    182 ЭК РК`) — numbers that are no item numbers — the party that carries it out (the subsoil user, the drilling, the
    geophysical or the reclamation contractor), the term and the cost in thousands of tenge with a dash where the cost sits
    in the works programme (VI: a geological federation's plan of environmental measures of an exploration scheme, items
    `MT-01`, the clause of the scheme and the team that acts)."""
    r = doc.rng
    if doc.lang == "vi":
        _tasks_ic1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    a = doc.pick(HC_AREAS)
    area, operator = a[L], a[8 + L]
    doc.p(g("Приложение 5 к годовой программе работ на 2026 год", "2026 жылға арналған жылдық жұмыс бағдарламасына 5-қосымша", ""))
    doc.h(g(f"Мероприятия по охране окружающей среды на 2026 год. Контракт на разведку и добычу углеводородов, участок «{area}»",
            f"2026 жылға арналған қоршаған ортаны қорғау жөніндегі іс-шаралар. Көмірсутектерді барлауға және өндіруге арналған келісімшарт, «{area}» учаскесі", ""))
    doc.p(g(f"Недропользователь – {operator}. ЭР – экологическое разрешение на воздействие; ЭК РК – Экологический кодекс Республики Казахстан.",
            f"Жер қойнауын пайдаланушы – {operator}. ЭР – әсер етуге арналған экологиялық рұқсат; ҚР ЭК – Қазақстан Республикасының Экология кодексі.", ""))
    prefix = g("ООС", "ҚОҚ", "")
    rows = [g(["№", "Мероприятие", "Основание", "Исполнитель", "Срок", "Затраты, тыс. тенге"],
              ["№", "Іс-шара", "Негіздеме", "Орындаушы", "Мерзімі", "Шығындар, мың теңге"], [])]
    items = [m for m in ENV_MEASURES if m[4] != "seismic" or r.random() < 0.7]
    for k, (m_ru, m_kk, b_ru, b_kk, who, t_ru, t_kk, cost) in enumerate(items, 1):
        number = f"{prefix}-{k:02d}"
        text = (m_ru, m_kk)[L]
        actor = ACTORS[who]
        rows.append([number, text, (b_ru, b_kk)[L], actor[L], (t_ru, t_kk)[L], num(cost, doc.lang) if cost else "–"])
        doc.add("obligations", {"kind": "task", "number": number, "text_contains": _words(text, 4), "actor_contains": actor[2 + L]})
    rows.append(["", g("Итого", "Барлығы", ""), "", "", "", num(sum(m[7] for m in items), doc.lang)])
    doc.table(g("Таблица 1 – Перечень природоохранных мероприятий", "1-кесте – Табиғат қорғау іс-шараларының тізбесі", ""), rows, role="tasks")
    if any(m[4] == "seismic" for m in items):
        doc.p(g("Затраты на сейсморазведку учтены в разделе 2 программы работ.", "Сейсмобарлауға арналған шығындар жұмыс бағдарламасының 2-бөлімінде ескерілген.", ""))
    maybe_distractor(doc)


VN_MEASURES = (
    ("Xây dựng hố lắng dung dịch khoan có lót vải chống thấm HDPE tại mỗi nền khoan", "mục 4.2.1 Đề án", "Tổ khoan", "Trước khi khoan mỗi lỗ khoan"),
    ("Thu gom dung dịch khoan thải, bùn lắng về bãi chứa tạm và hoàn trả mặt bằng", "mục 4.2.2 Đề án", "Tổ khoan", "Sau khi kết thúc mỗi lỗ khoan"),
    ("Lấp hào, san gạt và trồng cây hoàn thổ các hào thăm dò", "mục 4.3.1 Đề án", "Tổ công trình (đào hào)", "Trong vòng 30 ngày sau khi lấy mẫu"),
    ("Đo suất liều gamma và khoanh vùng lõi khoan có hoạt độ phóng xạ cao", "mục 4.4 Đề án", "Tổ địa vật lý", "Trong suốt quá trình khoan"),
    ("Ký hợp đồng chuyển giao chất thải nguy hại với đơn vị có giấy phép", "mục 4.5 Đề án", "Phòng Kế hoạch – Kỹ thuật", "Quý I/2026"),
    ("Quan trắc môi trường định kỳ theo chương trình đã phê duyệt", "mục 5.1 Đề án", "Phòng Kế hoạch – Kỹ thuật", "03 tháng/lần"),
    ("Tập huấn an toàn bức xạ và bảo vệ môi trường cho công nhân", "mục 4.6 Đề án", "Ban Chỉ huy công trường", "Tháng 3/2026"),
)


def _tasks_ic1_vi(doc: Doc) -> None:
    area, mineral, place, _, _, _, _, contractor, _ = VN_AREAS[1]
    doc.h(f"KẾ HOẠCH THỰC HIỆN CÁC BIỆN PHÁP BẢO VỆ MÔI TRƯỜNG NĂM 2026 – ĐỀ ÁN THĂM DÒ {mineral.upper()} {area.upper()}")
    doc.p(f"Đơn vị thực hiện: {contractor}; địa điểm: {place}. Các biện pháp được đánh số theo mã MT để theo dõi trong sổ nhật ký thi công.")
    rows = [["Mã", "Biện pháp", "Căn cứ", "Bộ phận thực hiện", "Thời gian thực hiện"]]
    for k, (text, basis, who, term) in enumerate(VN_MEASURES, 1):
        number = f"MT-{k:02d}"
        rows.append([number, text, basis, who, term])
        doc.add("obligations", {"kind": "task", "number": number, "text_contains": _words(text, 5), "actor_contains": who})
    doc.table("Bảng 6.1. Kế hoạch thực hiện biện pháp bảo vệ môi trường", rows, role="tasks")
    maybe_distractor(doc)


# (RU, KK, predecessors, actor key, RU term, KK term)
ROADMAP = (
    ("Подать заявление о намечаемой деятельности в Департамент экологии", "Экология департаментіне белгіленіп отырған қызмет туралы өтініш беру", "–", "hse",
     "Д – 150 дней", "Д – 150 күн"),
    ("Получить заключение о результатах скрининга воздействий", "Әсерлер скринингінің нәтижелері туралы қорытынды алу", "1", "hse", "Д – 120 дней", "Д – 120 күн"),
    ("Заключить договоры с землепользователями на проход сейсмопрофилей", "Сейсмопрофильдер өтуі үшін жер пайдаланушылармен шарттар жасасу", "–", "legal",
     "Д – 90 дней", "Д – 90 күн"),
    ("Разработать проект нормативов эмиссий и раздел ООС", "Эмиссиялар нормативтерінің жобасы мен ҚОҚ бөлімін әзірлеу", "2", "design", "Д – 90 дней", "Д – 90 күн"),
    ("Согласовать пересечение водных объектов с бассейновой инспекцией", "Су объектілерін қиып өтуді бассейндік инспекциямен келісу", "3, 4", "hse",
     "Д – 60 дней", "Д – 60 күн"),
    ("Получить экологическое разрешение на воздействие", "Әсер етуге арналған экологиялық рұқсат алу", "4", "hse", "Д – 30 дней", "Д – 30 күн"),
    ("Заключить договор на вывоз отходов с лицензированной организацией", "Лицензиясы бар ұйыммен қалдықтарды шығаруға шарт жасасу", "–", "seismic",
     "Д – 20 дней", "Д – 20 күн"),
    ("Провести инструктаж персонала сейсмопартии по охране окружающей среды", "Сейсмопартия персоналына қоршаған ортаны қорғау бойынша нұсқама өткізу", "6, 7",
     "seismic", "Д – 5 дней", "Д – 5 күн"),
)  # fmt: skip
ROAD_ACTORS = {
    "hse": ("Служба ОТ, ПБ и ООС Заказчика", "Тапсырыс берушінің ЕҚ, ӨҚ және ҚОҚ қызметі", "Служба ОТ, ПБ и ООС", "ЕҚ, ӨҚ және ҚОҚ қызметі"),
    "legal": ("Юридический отдел Заказчика", "Тапсырыс берушінің заң бөлімі", "Юридический отдел", "заң бөлімі"),
    "design": ("Проектная организация ТОО «ЭкоПроект Ақтөбе»", "«ЭкоПроект Ақтөбе» ЖШС жобалау ұйымы", "ЭкоПроект", "ЭкоПроект"),
    "seismic": ("Геофизический подрядчик", "Геофизикалық мердігер", "Геофизический подрядчик", "Геофизикалық мердігер"),
}


def tasks_ic2(doc: Doc) -> None:
    """A road map of obtaining the permits for a season of 3D seismic survey whose terms are counted back from the day the
    field works begin (`Д – 150 дней`, `Д – 5 дней`), a column of the preceding items holding bare numbers (`3, 4`) and
    dashes that are no item numbers, the one who answers — the customer's HSE service, its legal department, a design firm,
    the geophysical contractor — and an empty column for the mark of completion (VI: the road map of the environmental
    procedures for expanding a drilling support base at Vũng Tàu, terms `N – 90 ngày` from the day building starts)."""
    if doc.lang == "vi":
        _tasks_ic2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    a = HC_AREAS[1]
    area, operator = a[L], a[8 + L]
    doc.h(g(f"Дорожная карта получения разрешительной документации на проведение сейсморазведочных работ МОГТ-3D на участке «{area}» (сезон 2026 г.)",
            f"«{area}» учаскесінде ЖОНӘ-3D сейсмобарлау жұмыстарын жүргізуге рұқсат құжаттамасын алудың жол картасы (2026 ж. маусымы)", ""))
    doc.p(g(f"Заказчик – {operator}. Д – дата начала полевых работ (заезд сейсмопартии на участок), планово 15.04.2026.",
            f"Тапсырыс беруші – {operator}. Д – далалық жұмыстардың басталу күні (сейсмопартияның учаскеге келуі), жоспар бойынша 15.04.2026.", ""))
    rows = [g(["№ п/п", "Мероприятие", "Выполняется после п.", "Ответственный", "Срок", "Отметка о выполнении"],
              ["Р/с №", "Іс-шара", "Қай тармақтан кейін орындалады", "Жауапты", "Мерзімі", "Орындалғаны туралы белгі"], [])]
    for k, (m_ru, m_kk, pred, who, t_ru, t_kk) in enumerate(ROADMAP, 1):
        text = (m_ru, m_kk)[L]
        actor = ROAD_ACTORS[who]
        rows.append([str(k), text, pred, actor[L], (t_ru, t_kk)[L], ""])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text, 4), "actor_contains": actor[2 + L]})
    doc.table(g("Таблица 1 – Дорожная карта", "1-кесте – Жол картасы", ""), rows, role="tasks")
    doc.table(g("Таблица 2 – Основные параметры сейсморазведочных работ", "2-кесте – Сейсмобарлау жұмыстарының негізгі параметрлері", ""),
              [g(["Параметр", "Значение"], ["Параметр", "Мәні"], []),
               [g("Площадь съемки 3D, км²", "3D түсірілім ауданы, км²", ""), num(doc.pick((412, 518, 640)), doc.lang)],
               [g("Расстояние между линиями возбуждения / приема, м", "Қоздыру / қабылдау сызықтары арасындағы қашықтық, м", ""), "300 / 250"],
               [g("Тип источника", "Көз түрі", ""), g("вибраторы Nomad 65, 4 группы по 3 ед.", "Nomad 65 вибраторлары, 3 бірліктен 4 топ", "")]],
              role="other")


VN_ROADMAP = (
    ("Lập báo cáo đề xuất cấp giấy phép môi trường điều chỉnh cho phần mở rộng", "-", "Đơn vị tư vấn", "N – 150 ngày"),
    ("Nộp hồ sơ đề nghị cấp giấy phép môi trường lên UBND Thành phố", "1", "Phòng HSE", "N – 120 ngày"),
    ("Thỏa thuận đấu nối nước thải với đơn vị quản lý hạ tầng khu vực", "-", "Ban Quản lý dự án", "N – 100 ngày"),
    ("Cập nhật kế hoạch ứng phó sự cố tràn dầu cho kho nhiên liệu mở rộng", "2", "Phòng HSE", "N – 60 ngày"),
    ("Ký hợp đồng thu gom, xử lý chất thải xây dựng và chất thải nguy hại", "-", "Phòng Hành chính – Mua sắm", "N – 30 ngày"),
    ("Tập huấn bảo vệ môi trường cho nhà thầu thi công", "3, 5", "Phòng HSE", "N – 7 ngày"),
)


def _tasks_ic2_vi(doc: Doc) -> None:
    base, company, *_ = doc.pick(VN_BASES)
    doc.h(f"LỘ TRÌNH THỰC HIỆN THỦ TỤC MÔI TRƯỜNG – DỰ ÁN MỞ RỘNG {base.upper()}")
    doc.p(f"Chủ đầu tư: {company}. N – ngày khởi công dự án mở rộng (dự kiến 01/10/2026).")
    rows = [["TT", "Nội dung công việc", "Thực hiện sau mục", "Đơn vị chủ trì", "Thời hạn", "Ghi chú"]]
    for k, (text, pred, who, term) in enumerate(VN_ROADMAP, 1):
        rows.append([str(k), text, pred, who, term, ""])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text, 5), "actor_contains": who})
    doc.table("Bảng 1. Lộ trình thực hiện", rows, role="tasks")
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"IC{k}", globals()[f"{role}_ic{k}"]) for role in ROLES for k in (1, 2)]
