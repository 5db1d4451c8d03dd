"""A blind held-out set (two layouts per role, `HP1` and `HP2`): never used for tuning, written by someone who neither
ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`.

Theme: linear objects under construction and in operation, where places are given by chainage and river crossings.
Kazakhstan: the reconstruction of republican roads (`Талдыкорган – Калбатау – Усть-Каменогорск`, `Курты –
Бурылбайтал`, `Бейнеу – Акжигит`) with their contractors' production bases, new railway lines (`Бахты – Аягоз`,
`Дарбаза – Мактаарал`, `Мойынты – Кызылжар`) and the capital repair of old ones, gas mains and branches (`Сарыарка`,
the second string of `Бейнеу – Бозой – Шымкент`, `Талдыкорган – Ушарал`) with their line valves and crossings drilled
under rivers, a railway distance's maintenance (documents of contractors, of design institutes and of the customer's
technical supervision: construction-stage ПЭК programmes, a design assignment, ОВОС chapters, a statement of
dismantled materials, a plan of control and testing, wildlife measures by chainage). Vietnam: road projects — a town
bypass in Quảng Ngãi, a national highway widened in Hòa Bình, a coastal road in Sóc Trăng, an expressway link — and an
onshore gas pipeline from its landfall to a power centre (ĐTM chapters, a decision approving a project, the road's
bridges and their bored piles, a road maintenance unit's checks, an ITP of the supervision consultant, a management
programme by phase).

Facility: a contractor's construction-stage ПЭК whose card places the production base by chainage, side and offset
from the axis and gives its coordinates only as a point `Б` of the route's table of key points that follows (no role),
the road's technical category beside the environmental one (VI: an ĐTM's project sheet whose work site is point `CT`
of a table of control points in VN-2000 and WGS-84, the road grade beside the environmental group) (HP1); a railway
line's design assignment, `перечень основных данных и требований | содержание`, the customer with its BIN beside the
design institute with its own, the level of responsibility and the railway's category in Roman figures beside the
environmental category, the route across several districts and no single coordinate (VI: a decision approving a road
project, the PMU's tax number beside its budget-unit code, the investment group `nhóm A` beside the environmental
`nhóm I`) (HP2).

Emissions: an ОВОС's operation-period table of a road as linear sources, one per chainage segment, with the traffic by
vehicle group, the ends of each segment in the dispersion model's coordinates and the width before the code, the
substance, g/s and t/year, the segment merged over its substances under a row of column numbers (VI: a road's
operation-phase loads per Km segment from forecast traffic and emission factors) (HP1); the volley emissions of
purging a gas main's sections between line valves at commissioning and of blowing them down for planned repairs in
operation, group rows for the two periods, the same candle under both, the gas volume and the duration before the
rates, the tonnes of one operation times the operations a year (VI: an onshore gas pipeline's venting at its line
valve stations and its flare) (HP2).

Wastes: a railway repair's statement of dismantled materials under group rows for track, structures and overhead
line — the quantity in its own unit (t, pieces, m3, m, km), the part fit for re-laying, the part going to waste and
only then its mass in tonnes and its code, a row wholly re-laid with dashes (VI: a road widening's demolition with
the reused and the dumped part and the dump by Km, then the construction's CTNH in kilograms) (HP1); a gas main's
crossings drilled under rivers, a row spanning the table per crossing with its chainage, length, pipe and reaming
diameters over the wastes numbered `2.1`, the same code on two drilling wastes, then site-wide wastes and a total (VI:
a road's bridges with their bored piles, ordinary wastes in tonnes and CTNH in kilograms under each bridge) (HP2).

Limits: the air at receptors along a road under reconstruction under a group row per substance, each receptor with its
chainage, side and distance from the axis, and a norm that is the ПДК м.р. at houses but 0,8 ПДК at a children's camp
and a recreation area (VI: QCVN 05:2023 air at receptors by Km beside noise whose limit depends on the zone) (HP1); a
gas main's river crossings, a row each, its upstream (background) and downstream (control) sections side by side, each
with its own code cell and its parameters, the fishery ПДК as the first row (VI: the road's bridges, upstream and
downstream, QCVN 08-MT:2015/BTNMT column B1) (HP2).

Monitoring: a strip chart of a road's construction-stage monitoring — the route's chainage sections as columns, the
parameters as rows under medium group rows, each cell the codes of the points that lie in that section, the frequency
per row, a noise row of no substance, the points' register before it as a table of no role (VI: the same chart of a
road by Km segments) (HP1); an operation-stage
programme of a road whose rows are transverse profiles and whose columns are the media — snow cover, soils, surface
water — each header carrying the medium's frequency, the cells listing the parameters (VI: receptors by Km, each cell
`KK3: …` naming the point's code, a noise column of no substance) (HP2).

Inspections: a railway distance's plan of environmental checks along the line under rows naming the track master's
section by kilometres, frequencies in railway words (`при месячном комиссионном осмотре`, `при весеннем и осеннем
комиссионных осмотрах`, `после пропуска паводка`) (VI: a road maintenance unit's checks, `Tuần đường hằng ngày`,
`Trước và sau mùa mưa bão`) (HP1); the plan of control and testing (ITP) of a pipeline's environmental works with the
acceptance criteria full of figures, the performer, the frequency or an event, and `P / W / H / R` marks for the
contractor and the technical supervision (VI: the ITP of a road package with `Nhà thầu | TVGS | Chủ đầu tư`) (HP2).

Tasks: a railway's measures for the saiga and other wildlife along the line, the chainage from and to and the side
before the measure, a row for the whole route merged across them, the executor merged down over its runs (VI: a
road's mitigation by Km segment and side) (HP1); an ОВОС's measures as a matrix of components by periods,
construction and operation as two columns whose second header row names who answers for each, the measures numbered
`1.1` inside the cells (VI: the ĐTM's management programme by phase) (HP2).

The words of each layout are in the text tables (RU, KK, VI).
"""

from __future__ import annotations

import math
from decimal import Decimal

from . import vocab
from .common import Doc, distractor, freq, make_bin, make_msdn, maybe_distractor, num
from .limits_data import SURFACE, add, cell, limit
from .registry import ROLES, Layout
from .sources_data import emission, total

# ---------------------------------------------------------------- helpers


def _L(doc: Doc) -> int:
    """0 for a Russian document, 1 for a Kazakh one."""
    return 0 if doc.lang == "ru" else 1


def _sig(x: float, digits: int = 3) -> float:
    return float(f"{x:.{digits}g}")


def _words(text: str, n: int = 5) -> str:
    return " ".join(text.split()[:n]).rstrip(",;:")


def _core(name: str) -> str:
    """The quoted part of a name (`Бахты – Аягоз` of `… линии «Бахты – Аягоз»`)."""
    return name.split("«", 1)[1].split("»", 1)[0] if "«" in name else name


def _kato(doc: Doc, prefix: str) -> str:
    """A nine-digit KATO code starting with the region's prefix."""
    r = doc.rng
    rest = 9 - len(prefix) - 3
    return f"{prefix}{r.randint(10 ** (rest - 1), 10**rest - 1)}{r.choice(('000', '100'))}"


def _dms(value: float) -> tuple[str, float]:
    """`45°27′18,4″` and the decimal degrees it stands for."""
    d = int(value)
    m = int((value - d) * 60)
    s = round((value - d - m / 60) * 3600, 1)
    if s >= 60:
        m, s = m + 1, 0.0
    sec = f"{s:04.1f}".replace(".", ",")
    return f"{d}°{m:02d}′{sec}″", d + m / 60 + s / 3600


def _mul(x: float, n: float) -> float:
    """x × n without binary noise."""
    return float(Decimal(repr(x)) * Decimal(repr(n)))


def _pk(m: int) -> str:
    """A picket of a hundred metres: `ПК 245+50` for 24 550 m."""
    return f"ПК {m // 100}+{m % 100:02d}"


def _km(m: int, vi: bool = False) -> str:
    """A kilometre mark: `км 12+350` (VI `Km 12+350`)."""
    return f"{'Km' if vi else 'км'} {m // 1000}+{m % 1000:03d}"


def _span(rows: list, merges: list, text: str, width: int) -> None:
    """A row whose first cell spans the table."""
    rows.append([text] + [None] * (width - 1))
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))


def _low(name: str) -> str:
    """A name inside a list: its first letter lower-case, unless it is a formula."""
    return name if name[:2].isupper() or name[:1].isascii() else name[0].lower() + name[1:]


# ---------------------------------------------------------------- facility

# (RU object, KK object, RU districts, KK districts, RU base district, KK base district, KATO prefix, lat, lon,
#  first km, length km, RU river, KK river, RU operator, KK operator, RU address, KK address)
KZ_ROADS = (
    ("Реконструкция автомобильной дороги республиканского значения «Талдыкорган – Калбатау – Усть-Каменогорск», участок км 142–216",
     "«Талдықорған – Қалбатау – Өскемен» республикалық маңызы бар автомобиль жолын қайта жаңарту, 142–216 км учаскесі",
     "область Жетісу: Аксуский район (до ПК 312+00) и Сарканский район", "Жетісу облысы: Ақсу ауданы (ПК 312+00 дейін) және Сарқан ауданы",
     "область Жетісу, Сарканский район", "Жетісу облысы, Сарқан ауданы", "3340", 45.43, 79.86, 142, 74, "р. Сарканд", "Сарқан өзені",
     "ТОО «Жетісу Жол Құрылыс»", "«Жетісу Жол Құрылыс» ЖШС",
     "область Жетісу, г. Талдыкорган, ул. Жансугурова, 112", "Жетісу облысы, Талдықорған қ., Жансүгіров к., 112"),
    ("Реконструкция автомобильной дороги «Курты – Бурылбайтал», участок км 96–168",
     "«Құрты – Бурылбайтал» автомобиль жолын қайта жаңарту, 96–168 км учаскесі",
     "Алматинская область: Илийский район (до ПК 205+00) и Жамбылский район", "Алматы облысы: Іле ауданы (ПК 205+00 дейін) және Жамбыл ауданы",
     "Алматинская область, Жамбылский район", "Алматы облысы, Жамбыл ауданы", "1940", 44.52, 75.62, 96, 72, "р. Копалы (сай)", "Қопалы сайы",
     "ТОО «Дала Магистраль Строй»", "«Дала Магистраль Строй» ЖШС",
     "г. Алматы, Алатауский район, мкр. Шанырак-2, ул. Жанкожа батыра, 204", "Алматы қ., Алатау ауданы, Шаңырақ-2 ш/а, Жанқожа батыр к., 204"),
    ("Строительство автомобильной дороги «Бейнеу – Акжигит – граница Республики Узбекистан», участок км 0–84",
     "«Бейнеу – Ақжігіт – Өзбекстан Республикасының шекарасы» автомобиль жолын салу, 0–84 км учаскесі",
     "Мангистауская область, Бейнеуский район", "Маңғыстау облысы, Бейнеу ауданы",
     "Мангистауская область, Бейнеуский район", "Маңғыстау облысы, Бейнеу ауданы", "4740", 45.08, 55.41, 0, 84, "сор Кайдак (пересыхающий)",
     "Қайдақ соры (құрғайтын)",
     "ТОО «Каспий Жол Инжиниринг»", "«Каспий Жол Инжиниринг» ЖШС",
     "Мангистауская область, г. Актау, 27 мкр., здание 81, офис 9", "Маңғыстау облысы, Ақтау қ., 27 ш/а, 81 ғимарат, 9 кеңсе"),
)  # fmt: skip
TECH_CAT = (("I-б", "I-б"), ("II", "II"), ("III", "III"))
# the picket where the route passes into the district of the base (0: one district)
BASE_FROM = (312, 205, 0)


def facility_hp1(doc: Doc) -> None:
    """A contractor's construction-stage ПЭК programme, `№ | показатель | сведения`: the nature user (the general
    contractor) with its BIN, the customer without one, the road's technical category (`I-б`, `II`) beside the
    environmental category, the section's length in the project's pickets and in the road's kilometres, the route over
    two districts, and the production base placed by chainage, side and offset from the axis with its district and KATO
    but whose coordinates are only `точка Б по таблице 1.2` — the route's key points (start, a bridge, the base, a
    borrow pit, the end) in degrees, minutes and seconds in a table of no role after the card (VI: an ĐTM's project
    sheet, the work site at Km with its coordinates as point `CT` of a table of control points in VN-2000 metres and
    WGS-84 decimal degrees, the road grade and the public-investment group beside the environmental group)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_hp1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    i = r.randrange(len(KZ_ROADS))
    (o_ru, o_kk, d_ru, d_kk, b_ru, b_kk, prefix, lat0, lon0, km0, length, rv_ru, rv_kk, op_ru, op_kk, a_ru, a_kk) = KZ_ROADS[i]
    name, operator = (o_ru, o_kk)[L], (op_ru, op_kk)[L]
    bin_, kato = make_bin(r), _kato(doc, prefix)
    cat = doc.pick(("II", "III"))
    tech = doc.pick(TECH_CAT)[L]
    base_m = r.randint(max(length * 250, BASE_FROM[i] * 100 + 2000), length * 800) // 10 * 10
    off = r.randint(4, 12) * 50
    side = doc.pick((("справа", "оң жағында"), ("слева", "сол жағында")))[L]
    months = r.choice((18, 20, 26))
    doc.h(g("Программа производственного экологического контроля на период строительства", "Құрылыс кезеңіне арналған өндірістік "
            "экологиялық бақылау бағдарламасы", ""))
    doc.p(g(f"Объект: {name}. Программа разработана генеральным подрядчиком на период строительства и распространяется на "
            "производственную базу, притрассовые карьеры и временные площадки.",
            f"Объект: {name}. Бағдарламаны бас мердігер құрылыс кезеңіне әзірледі, ол өндірістік базаға, трасса бойындағы "
            "карьерлерге және уақытша алаңдарға қолданылады.", ""))
    doc.h(g("1. Общие сведения", "1. Жалпы мәліметтер", ""))
    rows = [g(["№", "Наименование показателя", "Сведения"], ["№", "Көрсеткіштің атауы", "Мәліметтер"], [])]
    items = [
        (g("Природопользователь (генеральный подрядчик)", "Табиғат пайдаланушы (бас мердігер)", ""), operator),
        (g("Бизнес-идентификационный номер", "Бизнес-сәйкестендіру нөмірі", ""), bin_),
        (g("Юридический адрес", "Заңды мекенжайы", ""), (a_ru, a_kk)[L]),
        (g("Заказчик", "Тапсырыс беруші", ""),
         g("ГУ «Комитет автомобильных дорог Министерства транспорта Республики Казахстан»",
           "«Қазақстан Республикасы Көлік министрлігінің Автомобиль жолдары комитеті» ММ", "")),
        (g("Наименование объекта", "Объектінің атауы", ""), name),
        (g("Техническая категория автомобильной дороги", "Автомобиль жолының техникалық санаты", ""),
         g(f"{tech} (СП РК 3.03-101-2013)", f"{tech} (ҚР ЕЖ 3.03-101-2013)", "")),
        (g("Протяженность участка", "Учаскенің ұзындығы", ""),
         g(f"{num(length, 'ru')} км (ПК 0+00 – ПК {length * 10}+00 по проекту; км {km0}+000 – км {km0 + length}+000 существующего "
           "километража)",
           f"{num(length, 'kk')} км (жоба бойынша ПК 0+00 – ПК {length * 10}+00; қолданыстағы километраж бойынша км {km0}+000 – "
           f"км {km0 + length}+000)", "")),
        (g("Административное расположение трассы", "Трассаның әкімшілік орналасуы", ""), (d_ru, d_kk)[L]),
        (g("Производственная база подрядчика (АБЗ, ДСУ, склад битума, вахтовый городок)",
           "Мердігердің өндірістік базасы (АБЗ, ҰСҚ, битум қоймасы, вахталық қалашық)", ""),
         g(f"{_pk(base_m)}, {side} по ходу пикетажа, {off} м от оси дороги; {b_ru}, код КАТО {kato}. Координаты – точка Б по "
           "таблице 1.2",
           f"{_pk(base_m)}, пикетаж бағыты бойынша {side}, жол осінен {off} м; {b_kk}, ҚАТО коды {kato}. Координаттары – "
           "1.2-кестедегі Б нүктесі", "")),
        (g("Категория объекта по Экологическому кодексу Республики Казахстан", "Қазақстан Республикасының Экология кодексі бойынша "
           "объектінің санаты", ""),
         g(f"{cat} категория (на период строительства, с учетом АБЗ)", f"{cat} санат (құрылыс кезеңіне, АБЗ ескеріле отырып)", "")),
        (g("Продолжительность строительства", "Құрылыс ұзақтығы", ""), g(f"{months} месяцев (2025–2027 гг.)", f"{months} ай (2025–2027 жж.)", "")),
        (g("Стационарные источники выбросов", "Шығарындылардың стационарлық көздері", ""),
         g("АБЗ ДС-185 (160 т/ч), битумоплавильная установка, ДСУ, ДЭС 200 кВт, склады инертных материалов",
           "АБЗ ДС-185 (160 т/сағ), битум балқыту қондырғысы, ҰСҚ, 200 кВт ДЭС, инертті материалдар қоймалары", "")),
    ]
    for k, (label, value) in enumerate(items, 1):
        rows.append([str(k), label, value])
    doc.table(g("Таблица 1.1 – Сведения о природопользователе и объекте", "1.1-кесте – Табиғат пайдаланушы және объект туралы мәліметтер", ""),
              rows, role="facility")
    # the route's key points; the base is point Б
    points = [("А", g("Начало участка", "Учаскенің басы", ""), 0, 0.0),
              ("1", g(f"Мостовой переход через {rv_ru}", f"{rv_kk} арқылы көпір өткелі", ""), r.randint(length * 80, length * 240) // 10 * 10, 0.0),
              ("Б", g("Производственная база подрядчика (центр площадки)", "Мердігердің өндірістік базасы (алаңның орталығы)", ""), base_m, 1.0),
              ("2", g("Карьер грунта № 3", "№ 3 топырақ карьері", ""), r.randint(length * 720, length * 880) // 10 * 10, 0.0),
              ("В", g("Конец участка", "Учаскенің соңы", ""), length * 1000, 0.0)]
    points.sort(key=lambda p: p[2])
    doc.p(g("Координаты характерных точек трассы и временных площадок (система WGS-84):",
            "Трассаның сипатты нүктелері мен уақытша алаңдардың координаттары (WGS-84 жүйесі):", ""))
    trows = [g(["Точка", "Описание", "Пикет", "Северная широта", "Восточная долгота"],
               ["Нүкте", "Сипаттамасы", "Пикет", "Солтүстік ендік", "Шығыс бойлық"], [])]
    step, slope = 0.55 / max(length, 1), doc.pick((0.6, 0.8))
    for pid, text, m, is_base in points:
        la, la_v = _dms(lat0 + (m / 1000) * step * slope + r.uniform(-0.01, 0.01))
        lo, lo_v = _dms(lon0 + (m / 1000) * step + r.uniform(-0.01, 0.01))
        trows.append([pid, text, _pk(m), la, lo])
        if is_base:
            lat_v, lon_v = la_v, lo_v
    doc.table(g("Таблица 1.2 – Ведомость координат характерных точек", "1.2-кесте – Сипатты нүктелер координаттарының тізімдемесі", ""),
              trows, role="other")
    doc.add("facilities", {"bin": bin_, "name_contains": _core(name), "kato": kato, "category": cat, "lat": lat_v, "lon": lon_v})
    doc.p(g(f"Техническая категория дороги ({tech}) принята по интенсивности движения и не связана с категорией объекта по "
            "Экологическому кодексу.",
            f"Жолдың техникалық санаты ({tech}) қозғалыс қарқындылығы бойынша қабылданды және Экология кодексі бойынша объектінің "
            "санатымен байланысты емес.", ""))


# (VI project, core, owner, place, lat, lon, length m, grade, connection, central meridian of VN-2000)
VN_ROADS = (
    ("Dự án đầu tư xây dựng tuyến tránh thị trấn Ba Tơ, đoạn Km 0+000 – Km 14+820", "tuyến tránh thị trấn Ba Tơ",
     "Công ty Cổ phần Đầu tư Hạ tầng Giao thông Sơn Hà", "huyện Ba Tơ, tỉnh Quảng Ngãi", 14.77, 108.73, 14820,
     "đường cấp III miền núi (TCVN 4054:2005), vận tốc thiết kế 60 km/h", "điểm đầu giao Quốc lộ 24 tại xã Ba Động", (108, 0)),
    ("Dự án nâng cấp, mở rộng Quốc lộ 12B qua huyện Tân Lạc và huyện Lạc Sơn (Km 0+000 – Km 26+500 theo lý trình dự án)", "Quốc lộ 12B",
     "Công ty Cổ phần BOT Quốc lộ 12B Hòa Bình", "huyện Tân Lạc và huyện Lạc Sơn, tỉnh Hòa Bình", 20.45, 105.46, 26500,
     "đường cấp III đồng bằng (TCVN 4054:2005), vận tốc thiết kế 80 km/h", "điểm đầu tại thị trấn Mãn Đức", (106, 0)),
    ("Dự án đầu tư xây dựng đường ven biển, đoạn Km 0+000 – Km 31+200", "đường ven biển",
     "Công ty Cổ phần Đầu tư Xây dựng Duyên Hải Trần Đề", "huyện Trần Đề và huyện Cù Lao Dung, tỉnh Sóc Trăng", 9.52, 106.11, 31200,
     "đường cấp II đồng bằng (TCVN 4054:2005), vận tốc thiết kế 100 km/h", "điểm đầu giao Quốc lộ 91C tại cảng Trần Đề", (105, 30)),
)  # fmt: skip


def _facility_hp1_vi(doc: Doc) -> None:
    r = doc.rng
    name, core, owner, place, lat0, lon0, length, grade, start, (cd, cm) = doc.pick(VN_ROADS)
    msdn = make_msdn(r)
    group = doc.pick(("I", "II"))
    site_m = r.randint(length // 4, 3 * length // 4) // 10 * 10
    doc.h(f"BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG – {name.upper()}")
    doc.h("Chương 1. THÔNG TIN VỀ DỰ ÁN")
    rows = [["TT", "Nội dung", "Thông tin"],
            ["1", "Tên dự án", name],
            ["2", "Chủ dự án", f"{owner}; người đại diện: {doc.pick(('Ông Phạm Văn Lực', 'Ông Nguyễn Hữu Toàn', 'Bà Đinh Thị Hạnh'))} – "
                               "Tổng Giám đốc"],
            ["3", "Mã số doanh nghiệp", f"{msdn}, đăng ký lần đầu ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2021"],
            ["4", "Địa điểm thực hiện", place],
            ["5", "Cấp đường", grade],
            ["6", "Chiều dài, điểm đầu, điểm cuối", f"{num(length / 1000, 'vi')} km; {start}; điểm cuối tại {_km(length, True)}"],
            ["7", "Công trường chính (trạm trộn bê tông nhựa, bãi tập kết vật liệu, lán trại)",
             f"{_km(site_m, True)}, bên {doc.pick(('phải', 'trái'))} tuyến khoảng {r.randint(3, 9) * 50} m; tọa độ xem điểm CT tại Bảng 1.2"],
            ["8", "Nhóm dự án theo Luật Đầu tư công", doc.pick(("Nhóm B", "Nhóm A"))],
            ["9", "Phân loại theo tiêu chí về môi trường",
             f"Dự án đầu tư nhóm {group} (Phụ lục {'III' if group == 'I' else 'IV'} ban hành kèm theo Nghị định số 08/2022/NĐ-CP)"],
            ["10", "Tiến độ", "Khởi công Quý III/2026, hoàn thành Quý IV/2028"]]
    doc.table("Bảng 1.1. Thông tin chung về dự án", rows, role="facility")
    doc.p(f"Tọa độ các điểm khống chế của tuyến và công trường chính (hệ VN-2000 kinh tuyến trục {cd}°{cm:02d}′, múi chiếu 3°; hệ WGS-84):")
    crows = [["Điểm", "Vị trí", "Lý trình", "X (m)", "Y (m)", "Vĩ độ (°N)", "Kinh độ (°E)"]]
    marks = [("ĐĐ", "Điểm đầu tuyến", 0), ("C1", "Mố cầu số 1", r.randint(length // 10, length // 5) // 10 * 10), ("CT", "Công trường chính", site_m),
             ("C2", "Mố cầu số 2", r.randint(4 * length // 5, 9 * length // 10) // 10 * 10), ("ĐC", "Điểm cuối tuyến", length)]
    marks.sort(key=lambda m: m[2])
    for pid, what, m in marks:
        la = round(lat0 + m / 1000 * 0.006 + r.uniform(-0.003, 0.003), 5)
        lo = round(lon0 + m / 1000 * 0.004 + r.uniform(-0.003, 0.003), 5)
        x = la * 110_574 + r.uniform(-40, 40)
        y = 500_000 + (lo - cd - cm / 60) * 107_300 + r.uniform(-40, 40)
        crows.append([pid, what, _km(m, True), num(round(x, 2), "vi"), num(round(y, 2), "vi"), num(la, "vi"), num(lo, "vi")])
        if pid == "CT":
            lat_v, lon_v = la, lo
    doc.table("Bảng 1.2. Tọa độ các điểm khống chế", crows, role="other")
    doc.add("facilities", {"bin": msdn, "name_contains": core, "category": group, "lat": lat_v, "lon": lon_v})


# (RU object, KK object, RU districts, KK districts, length km, RU start, KK start, RU end, KK end)
KZ_RAIL = (
    ("Строительство железнодорожной линии «Бахты – Аягоз»", "«Бақты – Аягөз» темір жол желісінің құрылысы",
     "область Абай: Тарбагатайский, Урджарский и Аягозский районы", "Абай облысы: Тарбағатай, Үржар және Аягөз аудандары", 272,
     "ст. Бахты (госграница)", "Бақты ст. (мемлекеттік шекара)", "ст. Аягоз", "Аягөз ст."),
    ("Строительство железнодорожной линии «Дарбаза – Мактаарал»", "«Дарбаза – Мақтаарал» темір жол желісінің құрылысы",
     "Туркестанская область: Сарыагашский, Келесский, Жетысайский и Мактааральский районы",
     "Түркістан облысы: Сарыағаш, Келес, Жетісай және Мақтаарал аудандары", 152, "ст. Дарбаза", "Дарбаза ст.", "ст. Мактаарал",
     "Мақтаарал ст."),
    ("Строительство железнодорожной линии «Мойынты – Кызылжар»", "«Мойынты – Қызылжар» темір жол желісінің құрылысы",
     "Карагандинская область (Шетский район) и область Ұлытау (Улытауский район)",
     "Қарағанды облысы (Шет ауданы) және Ұлытау облысы (Ұлытау ауданы)", 489, "ст. Мойынты", "Мойынты ст.", "ст. Кызылжар",
     "Қызылжар ст."),
)  # fmt: skip
RAIL_CUSTOMERS = (("АО «Темір Жол Құрылыс Дирекциясы»", "«Темір Жол Құрылыс Дирекциясы» АҚ", "г. Астана, район Есиль, ул. Д. Кунаева, 10",
                   "Астана қ., Есіл ауданы, Д. Қонаев к., 10"),
                  ("ТОО «Жаңа Магистраль Темір Жол»", "«Жаңа Магистраль Темір Жол» ЖШС", "г. Астана, район Байконур, пр. Абая, 87/2",
                   "Астана қ., Байқоңыр ауданы, Абай даңғ., 87/2"))
RAIL_DESIGNERS = (("ТОО «Транстехпроект Астана»", "«Транстехпроект Астана» ЖШС"), ("ТОО «ЖолЖобаИнститут»", "«ЖолЖобаИнститут» ЖШС"))


def facility_hp2(doc: Doc) -> None:
    """A railway line's design assignment (задание на проектирование) as the customer's design institute receives it:
    `№ п/п | перечень основных данных и требований | основные данные и требования`, the customer with its BIN and the
    general designer with its own BIN and licence, the level of responsibility `II (нормальный)` and the railway's
    category `III` in Roman figures beside the environmental category `I` that the item on environmental requirements
    gives, the route across three or four districts (so no one KATO) between two stations, no single coordinate (VI: the
    annex of a decision approving a road project, the PMU's tax number beside its seven-digit budget-unit code, `Nhóm A`
    of the public-investment law and `cấp I` of the works beside `nhóm I` of the environmental criteria)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_hp2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    o_ru, o_kk, d_ru, d_kk, length, s_ru, s_kk, e_ru, e_kk = doc.pick(KZ_RAIL)
    name = (o_ru, o_kk)[L]
    c_ru, c_kk, ca_ru, ca_kk = doc.pick(RAIL_CUSTOMERS)
    des = doc.pick(RAIL_DESIGNERS)[L]
    bin_, bin_des = make_bin(r), make_bin(r)
    stations, bridges = length // 40 + r.randint(1, 3), length // 12 + r.randint(0, 6)
    day, month = r.randint(1, 28), r.randint(1, 12)
    doc.h(g("УТВЕРЖДАЮ: Председатель Правления", "БЕКІТЕМІН: Басқарма Төрағасы", ""))
    doc.h(g(f"Задание на проектирование. {name}", f"Жобалауға арналған тапсырма. {name}", ""))
    rows = [g(["№ п/п", "Перечень основных данных и требований", "Основные данные и требования"],
              ["Р/с №", "Негізгі деректер мен талаптардың тізбесі", "Негізгі деректер мен талаптар"], [])]
    items = [
        (g("Наименование объекта", "Объектінің атауы", ""), name),
        (g("Основание для проектирования", "Жобалауға негіздеме", ""),
         g(f"Государственная программа развития инфраструктуры; договор на проектирование № {r.randint(12, 98)}-ПР от {day:02d}.{month:02d}.2025",
           f"Инфрақұрылымды дамытудың мемлекеттік бағдарламасы; {day:02d}.{month:02d}.2025 жылғы № {r.randint(12, 98)}-ПР жобалау шарты", "")),
        (g("Заказчик", "Тапсырыс беруші", ""), g(f"{c_ru}, БИН {bin_}, {ca_ru}", f"{c_kk}, БСН {bin_}, {ca_kk}", "")),
        (g("Генеральная проектная организация", "Бас жобалау ұйымы", ""),
         g(f"{des}, БИН {bin_des}; лицензия на проектную деятельность I категории № {r.randint(10000, 19999)}",
           f"{des}, БСН {bin_des}; I санаттағы жобалау қызметіне № {r.randint(10000, 19999)} лицензия", "")),
        (g("Вид строительства", "Құрылыс түрі", ""), g("Новое строительство", "Жаңа құрылыс", "")),
        (g("Стадийность проектирования", "Жобалау сатылылығы", ""), g("Двухстадийное: ТЭО, рабочий проект", "Екі сатылы: ТЭН, жұмыс жобасы", "")),
        (g("Уровень ответственности объекта", "Объектінің жауапкершілік деңгейі", ""),
         g("II (нормальный), технически сложный", "II (қалыпты), техникалық тұрғыдан күрделі", "")),
        (g("Категория железной дороги", "Темір жолдың санаты", ""), g("III (СП РК 3.03-104-2014)", "III (ҚР ЕЖ 3.03-104-2014)", "")),
        (g("Число главных путей; руководящий уклон", "Бас жолдар саны; басшылық еңіс", ""),
         g("Один, с резервированием земель под второй путь; 9 ‰", "Біреу, екінші жолға жер резервімен; 9 ‰", "")),
        (g("Местоположение", "Орналасқан жері", ""),
         g(f"{d_ru}; начало трассы – {s_ru}, конец – {e_ru}", f"{d_kk}; трассаның басы – {s_kk}, соңы – {e_kk}", "")),
        (g("Основные технико-экономические показатели", "Негізгі техникалық-экономикалық көрсеткіштер", ""),
         g(f"Протяженность – {length} км; раздельных пунктов – {stations}; мостов – {bridges}; водопропускных труб – {length * 2 + r.randint(5, 40)}",
           f"Ұзындығы – {length} км; бөлу пункттері – {stations}; көпірлер – {bridges}; су өткізгіш құбырлар – {length * 2 + r.randint(5, 40)}", "")),
        (g("Требования к охране окружающей среды", "Қоршаған ортаны қорғауға қойылатын талаптар", ""),
         g("Выполнить отчет о возможных воздействиях и раздел «Охрана окружающей среды» в составе ТЭО. Объект относится к I категории "
           "(приложение 2 к Экологическому кодексу Республики Казахстан). Предусмотреть переходы для диких животных и защиту водных объектов.",
           "ТЭН құрамында ықтимал әсерлер туралы есепті және «Қоршаған ортаны қорғау» бөлімін орындау. Объект I санатқа жатады "
           "(Қазақстан Республикасы Экология кодексінің 2-қосымшасы). Жабайы жануарларға арналған өткелдерді және су объектілерін "
           "қорғауды көздеу.", "")),
        (g("Сроки проектирования", "Жобалау мерзімі", ""), g("ТЭО – 8 месяцев, рабочий проект – 10 месяцев", "ТЭН – 8 ай, жұмыс жобасы – 10 ай", "")),
    ]
    for k, (label, value) in enumerate(items, 1):
        rows.append([str(k), label, value])
    doc.table(None, rows, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": _core(name), "category": "I"})
    doc.p(g("Задание согласовано генеральной проектной организацией; исходные данные (инженерные изыскания прошлых лет, "
            "топографическая съемка М 1:2000) передаются заказчиком в течение 20 дней.",
            "Тапсырма бас жобалау ұйымымен келісілді; бастапқы деректерді (бұрынғы жылдардағы инженерлік іздестірулер, М 1:2000 "
            "топографиялық түсірілім) тапсырыс беруші 20 күн ішінде береді.", ""))
    maybe_distractor(doc)


# (VI project, core, decider, PMU, districts, scale, from, to, group)
VN_PROJECTS = (
    ("Dự án đầu tư xây dựng tuyến đường động lực Hòa Lạc – Kim Bôi, đoạn Km 0+000 – Km 26+400", "tuyến đường động lực Hòa Lạc – Kim Bôi",
     "Ủy ban nhân dân tỉnh Hòa Bình", "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh Hòa Bình",
     "huyện Lương Sơn và huyện Kim Bôi, tỉnh Hòa Bình", "đường cấp III đồng bằng, 4 làn xe, bề rộng nền 20,5 m; 7 cầu",
     "Km 0+000 giao đường Hồ Chí Minh", "Km 26+400 tại thị trấn Bo", "I"),
    ("Dự án đầu tư xây dựng đường nối cao tốc với Quốc lộ 1, đoạn Km 0+000 – Km 18+750", "đường nối cao tốc với Quốc lộ 1",
     "Ủy ban nhân dân tỉnh Thanh Hóa", "Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh Thanh Hóa",
     "thị xã Nghi Sơn và huyện Như Thanh, tỉnh Thanh Hóa", "đường cao tốc 4 làn xe hạn chế, vận tốc 100 km/h; 5 cầu, 1 nút giao liên thông",
     "Km 0+000 giao Quốc lộ 1 tại Km 378", "Km 18+750 giao nút Nghi Sơn", "II"),
    ("Dự án đầu tư xây dựng đường tỉnh 935B, đoạn Km 0+000 – Km 22+300", "đường tỉnh 935B",
     "Ủy ban nhân dân tỉnh Sóc Trăng", "Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh Sóc Trăng",
     "huyện Long Phú và huyện Trần Đề, tỉnh Sóc Trăng", "đường cấp III đồng bằng, 2 làn xe; 9 cầu bê tông cốt thép",
     "Km 0+000 giao Quốc lộ 60", "Km 22+300 tại cảng Trần Đề", "I"),
)  # fmt: skip


def _facility_hp2_vi(doc: Doc) -> None:
    r = doc.rng
    name, core, decider, pmu, place, scale, a, b, group = doc.pick(VN_PROJECTS)
    msdn = make_msdn(r)
    doc.h("ỦY BAN NHÂN DÂN TỈNH – QUYẾT ĐỊNH PHÊ DUYỆT DỰ ÁN ĐẦU TƯ XÂY DỰNG")
    doc.h("PHỤ LỤC I. CÁC NỘI DUNG CHỦ YẾU CỦA DỰ ÁN")
    doc.p(f"(Kèm theo Quyết định số {r.randint(200, 2900)}/QĐ-UBND ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2025 của {decider})")
    rows = [["TT", "Nội dung", "Thông tin"],
            ["1", "Tên dự án", name],
            ["2", "Người quyết định đầu tư", decider],
            ["3", "Chủ đầu tư", pmu],
            ["4", "Mã số thuế của chủ đầu tư", msdn],
            ["5", "Mã số đơn vị có quan hệ với ngân sách", f"{r.randint(1000000, 1999999)}"],
            ["6", "Nhóm dự án (Luật Đầu tư công)", doc.pick(("Nhóm A", "Nhóm B"))],
            ["7", "Loại, cấp công trình", "Công trình giao thông đường bộ, cấp I"],
            ["8", "Quy mô đầu tư", scale],
            ["9", "Địa điểm xây dựng", place],
            ["10", "Điểm đầu, điểm cuối", f"Điểm đầu: {a}; điểm cuối: {b}"],
            ["11", "Phân loại dự án theo tiêu chí về môi trường",
             f"Nhóm {group} theo Phụ lục {'III' if group == 'I' else 'IV'} Nghị định số 08/2022/NĐ-CP"
             + ("; dự án có chuyển mục đích sử dụng đất trồng lúa nước từ hai vụ trở lên" if group == "I" else "")],
            ["12", "Tổng mức đầu tư", f"{num(r.randint(1200, 4800), 'vi')} tỷ đồng (ngân sách trung ương và ngân sách tỉnh)"],
            ["13", "Thời gian thực hiện", "2026 – 2029"]]
    doc.table(None, rows, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": core, "category": group})
    doc.p("Chủ đầu tư có trách nhiệm lập báo cáo đánh giá tác động môi trường trình thẩm định trước khi triển khai thiết kế kỹ thuật.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- emissions

ROAD_CODES = ("0301", "0304", "0328", "0330", "0337", "2704", "2732")
# code: share of the traffic's scalar (g/s per unit)
ROAD_FACTORS = {"0301": 0.021, "0304": 0.0034, "0328": 0.0016, "0330": 0.0024, "0337": 0.125, "2704": 0.028, "2732": 0.0105}
SEG_ENDS = (("до пересечения с автодорогой областного значения", "облыстық маңызы бар автожолмен қиылысқанға дейін"),
            ("до транспортной развязки", "көліктік айрылымға дейін"), ("обход населенного пункта", "елді мекенді айналып өту"),
            ("до мостового перехода", "көпір өткеліне дейін"), ("до конца участка", "учаскенің соңына дейін"))


def _road_air(doc: Doc, code: str) -> str:
    if code == "2732":
        return "Керосин"
    return vocab.air(code, doc.lang)


def emissions_hp1(doc: Doc) -> None:
    """An ОВОС's section on the air in the operation period of a reconstructed road: the road is a chain of linear
    unorganised sources (ИЗА 6001 …), one per chainage segment of even traffic; each segment's cells — the segment `ПК
    0+00 – ПК 186+40 (…)`, its length, the traffic of 2035 in cars, lorries and buses a day under a merged header, the
    ends of the linear source `X1 | Y1 | X2 | Y2` in the dispersion model's metres and its width — are merged over its
    seven substances, then the code, the name, g/s and t/year; a row of column numbers under the two-row header, a total
    row; no hazard class (VI: an ĐTM's loads of the operation phase per Km segment from the forecast traffic and an
    emission factor per vehicle-kilometre, g/s and tonnes a year, no source numbers)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_hp1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    road = doc.pick(KZ_ROADS)
    name, length = (road[0], road[1])[L], road[10]
    n = r.choice((3, 4))
    bounds = [0, *(int(round(length * 1000 * (k / n + r.uniform(-0.07, 0.07)), -1)) for k in range(1, n)), length * 1000]
    width = doc.pick((15, 21, 27))
    doc.h(g(f"Отчет о возможных воздействиях. {name}", f"Ықтимал әсерлер туралы есеп. {name}", ""))
    doc.h(g("5.3. Воздействие на атмосферный воздух в период эксплуатации", "5.3. Пайдалану кезеңінде атмосфералық ауаға әсер", ""))
    doc.p(g("Источником выбросов в период эксплуатации является автотранспорт, движущийся по дороге. Дорога представлена линейными "
            "неорганизованными источниками (тип 3 в УПРЗА «ЭРА»), разбитыми на участки с однородной интенсивностью движения на "
            "расчетный 2035 год. Координаты концов источников даны в условной системе расчета рассеивания.",
            "Пайдалану кезеңінде шығарындылар көзі – жолмен қозғалатын автокөлік. Жол есептік 2035 жылға қозғалыс қарқындылығы "
            "біркелкі учаскелерге бөлінген сызықтық ұйымдастырылмаған көздермен («ЭРА» УПРЗА бағдарламасындағы 3-түр) берілген. Көздер шеттерінің "
            "координаттары таралуды есептеудің шартты жүйесінде берілген.", ""))
    head0 = g(["№ ИЗА", "Участок автодороги", "Длина участка, км", "Интенсивность движения (2035 г.), авт./сут", None, None,
               "Координаты линейного источника, м", None, None, None, "Ширина источника, м", "Код ЗВ", "Наименование ЗВ", "Выброс ЗВ", None],
              ["ЛШК №", "Автожол учаскесі", "Учаскенің ұзындығы, км", "Қозғалыс қарқындылығы (2035 ж.), авт./тәул", None, None,
               "Сызықтық көздің координаттары, м", None, None, None, "Көздің ені, м", "ЛЗ коды", "ЛЗ атауы", "ЛЗ шығарындысы", None], [])
    head1 = [None, None, None, *g(["легковые", "грузовые", "автобусы"], ["жеңіл", "жүк", "автобустар"], []), "X1", "Y1", "X2", "Y2",
             None, None, None, g("г/с", "г/с", ""), g("т/год", "т/жыл", "")]
    rows = [head0, head1, [str(k) for k in range(1, 16)]]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 10, 11, 12)] + [(0, 3, 0, 5), (0, 6, 0, 9), (0, 13, 0, 14)]
    x, y = r.randint(800, 2400), r.randint(1500, 4200)
    ang = r.uniform(-0.6, 0.6)
    all_g, all_t, sources = [], [], []
    ends = r.sample(SEG_ENDS[:4], n - 1) + [SEG_ENDS[4]]
    for k in range(n):
        a, b = bounds[k], bounds[k + 1]
        seg_len = (b - a) / 1000
        light, heavy, bus = r.randint(35, 90) * 100, r.randint(9, 26) * 100, r.randint(8, 40) * 10
        s = seg_len * (light * 0.04 + heavy * 0.55 + bus * 0.35) / 1000
        ang += r.uniform(-0.3, 0.3)
        x2, y2 = x + round((b - a) * math.cos(ang)), y + round((b - a) * math.sin(ang))
        number = f"{6001 + k}"
        sources.append(number)
        seg = f"{_pk(a)} – {_pk(b)} ({ends[k][L]})"
        start = len(rows)
        for j, c in enumerate(ROAD_CODES):
            gs = _sig(s * ROAD_FACTORS[c] * r.uniform(0.9, 1.1), 4)
            ty = _sig(gs * 31.536 * r.uniform(0.55, 0.75), 4)
            lead = [number, seg, num(round(seg_len, 2), doc.lang), num(light, doc.lang), num(heavy, doc.lang), num(bus, doc.lang),
                    str(x), str(y), str(x2), str(y2), str(width)] if j == 0 else [None] * 11
            rows.append(lead + [c, _road_air(doc, c), num(gs, doc.lang), num(ty, doc.lang)])
            doc.add("emissions", emission(c, gs, ty, number, None, "operation"))
            all_g.append(gs)
            all_t.append(ty)
        merges += [(start, col, len(rows) - 1, col) for col in range(11)]
        x, y = x2, y2
    rows.append([g("Всего по автодороге:", "Автожол бойынша барлығы:", "")] + [None] * 12 + [total(doc, all_g), total(doc, all_t)])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 12))
    doc.table(g("Таблица 5.3.2 – Параметры выбросов загрязняющих веществ в атмосферу для расчета рассеивания (период эксплуатации)",
                "5.3.2-кесте – Таралуды есептеуге арналған атмосфераға ластаушы заттар шығарындыларының параметрлері (пайдалану кезеңі)", ""),
              rows, merges, role="emissions")
    doc.add("sources", *({"number": s, "type": "unorganized"} for s in sources))
    doc.p(g("Выбросы рассчитаны по Методике расчета выбросов загрязняющих веществ от автотранспорта с учетом скоростного режима и "
            "доли дизельных автомобилей; нормативы допустимых выбросов для автомобильных дорог не устанавливаются.",
            "Шығарындылар жылдамдық режимін және дизельді автомобильдердің үлесін ескере отырып, автокөліктен ластаушы заттар "
            "шығарындыларын есептеу әдістемесі бойынша есептелді; автомобиль жолдары үшін жол берілетін шығарындылар нормативтері "
            "белгіленбейді.", ""))
    maybe_distractor(doc)


# code: (low, high) g per vehicle-km of the mixed flow
VN_EF = {"2902": (0.35, 0.6), "0330": (0.05, 0.12), "0301": (1.2, 2.2), "0337": (4.0, 8.0)}


def _emissions_hp1_vi(doc: Doc) -> None:
    r = doc.rng
    name, _core_, _owner, place, _la, _lo, length, *_ = doc.pick(VN_ROADS)
    doc.h(f"BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG – {name.upper()}")
    doc.h("3.2.1.1. Tác động do khí thải từ phương tiện giao thông trong giai đoạn vận hành")
    doc.p("Tải lượng ô nhiễm được tính cho lưu lượng xe dự báo năm 2035 theo từng đoạn tuyến: E (g/s) = EF × L × N / 86.400, trong "
          "đó EF – hệ số phát thải trung bình của dòng xe hỗn hợp (g/km/xe), L – chiều dài đoạn (km), N – lưu lượng (xe/ngày đêm).")
    n = r.choice((3, 4))
    bounds = [0, *(int(round(length * (k / n + r.uniform(-0.07, 0.07)), -1)) for k in range(1, n)), length]
    rows = [["TT", "Đoạn tuyến", "Chiều dài L (km)", "Lưu lượng N năm 2035 (xe/ngày đêm)", "Thông số", "Hệ số phát thải EF (g/km/xe)",
             "Tải lượng (g/s)", "Tải lượng (tấn/năm)"]]
    merges = []
    for k in range(n):
        a, b = bounds[k], bounds[k + 1]
        seg_len = round((b - a) / 1000, 3)
        flow = r.randint(80, 220) * 100
        start = len(rows)
        for j, (c, (lo, hi)) in enumerate(VN_EF.items()):
            ef = _sig(r.uniform(lo, hi), 2)
            gs = _sig(ef * seg_len * flow / 86400, 3)
            ty = _sig(gs * 31.536, 4)
            rows.append([str(k + 1) if j == 0 else None, f"{_km(a, True)} – {_km(b, True)}" if j == 0 else None,
                         num(seg_len, "vi") if j == 0 else None, num(flow, "vi") if j == 0 else None, vocab.air(c, "vi", 1),
                         num(ef, "vi"), num(gs, "vi"), num(ty, "vi")])
            doc.add("emissions", emission(c, gs, ty, None, None, "operation"))
        merges += [(start, col, len(rows) - 1, col) for col in range(4)]
    doc.table("Bảng 3.14. Tải lượng các chất ô nhiễm không khí do dòng xe trên tuyến (năm 2035)", rows, merges, role="emissions")
    doc.p(f"Ghi chú: tuyến đi qua {place}; hệ số phát thải theo WHO (1993) và hướng dẫn của Cục Môi trường cho dòng xe hỗn hợp "
          "có tỷ lệ xe tải 25%.")
    maybe_distractor(doc)


# (RU object, KK object, pipe mm, MPa, first km, [(RU river, KK river)])
PIPELINES = (
    ("Строительство магистрального газопровода «Сарыарка», участок км 0 – км 214", "«Сарыарқа» магистральдық газ құбырының құрылысы, "
     "0 – 214 км учаскесі", 1020, 5.4, 0, (("р. Сырдарья", "Сырдария өзені"), ("р. Сарысу", "Сарысу өзені"), ("р. Каракенгир", "Қаракеңгір өзені"))),
    ("Строительство второй нитки магистрального газопровода «Бейнеу – Бозой – Шымкент», участок км 1080 – км 1290",
     "«Бейнеу – Бозой – Шымкент» магистральдық газ құбырының екінші желісінің құрылысы, 1080 – 1290 км учаскесі", 1067, 9.8, 1080,
     (("р. Сырдарья", "Сырдария өзені"), ("р. Арысь", "Арыс өзені"), ("р. Бадам", "Бадам өзені"))),
    ("Строительство газопровода-отвода «Талдыкорган – Ушарал», участок км 96 – км 248", "«Талдықорған – Үшарал» газ құбыры-тармағының "
     "құрылысы, 96 – 248 км учаскесі", 530, 5.4, 96, (("р. Каратал", "Қаратал өзені"), ("р. Аксу", "Ақсу өзені"), ("р. Лепсы", "Лепсі өзені"))),
)  # fmt: skip
# code: mass share in the gas
GAS = {"0410": 0.93, "0415": 0.045, "0333": 0.00002}
GAS_CLASS = {"0410": None, "0415": 4, "0333": 2}


def _gas_name(doc: Doc, code: str) -> str:
    if code == "0415":
        return doc.v("Смесь углеводородов предельных С1-С5", "Шекті көмірсутектер қоспасы С1-С5", "")
    return vocab.air(code, doc.lang)


def _sections(doc: Doc, km0: int, n: int) -> list[tuple[int, float, float]]:
    """n sections between line valves: (number of the upstream valve, km, km)."""
    r = doc.rng
    out, at, valve = [], km0 + round(r.uniform(0.5, 6), 1), r.randint(1, 4)
    for _ in range(n):
        nxt = round(at + r.uniform(22, 36), 1)
        out.append((valve, at, nxt))
        at, valve = nxt, valve + 1
    return out


def emissions_hp2(doc: Doc) -> None:
    """An ОВОС's volley emissions of a gas main: a group row for the construction period (the sections between line
    valves purged with gas before commissioning, once) and one for operation (sections blown down for planned repairs,
    `0,5` or `0,2` operations a year), each source the purge candle of a valve `КУ-3` with the section `КУ-2 (км 31,6) –
    КУ-3 (км 62,4)`, its length, the gas volume and the duration merged over methane, the C1–C5 hydrocarbons and hydrogen
    sulphide; then the class, the greatest g/s, the tonnes of one operation, the operations and the gross tonnes (for the
    period or the year) — the same candle under both groups, a total per group (VI: an onshore gas pipeline's venting at
    its line valve stations at commissioning and in maintenance, and its landfall flare)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_hp2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    o_ru, o_kk, dn, mpa, km0, _rivers = doc.pick(PIPELINES)
    name = (o_ru, o_kk)[L]
    secs = _sections(doc, km0, r.choice((3, 4)))
    area = 3.14159 / 4 * (dn / 1000 - 0.04) ** 2
    doc.h(g(f"Отчет о возможных воздействиях. {name}", f"Ықтимал әсерлер туралы есеп. {name}", ""))
    doc.h(g("6.4. Залповые выбросы", "6.4. Жаппай (залптық) шығарындылар", ""))
    doc.p(g(f"Газопровод Ду {dn} мм, рабочее давление {num(mpa, 'ru')} МПа. Залповые выбросы природного газа происходят при продувке "
            "полости участков газом перед вводом в эксплуатацию и при стравливании газа из участков между крановыми узлами (КУ) через "
            "продувочные свечи при плановых ремонтах. Состав газа, % масс.: метан – 93,0; углеводороды С2–С5 – 4,5; сероводород – "
            "не более 0,002.",
            f"Газ құбыры Ду {dn} мм, жұмыс қысымы {num(mpa, 'kk')} МПа. Табиғи газдың жаппай шығарындылары пайдалануға берер алдында "
            "учаскелердің қуысын газбен үрлеу кезінде және жоспарлы жөндеу кезінде кран тораптары (КУ) арасындағы учаскелерден газды "
            "үрлеу свечалары арқылы шығару кезінде болады. Газ құрамы, % масс.: метан – 93,0; С2–С5 көмірсутектері – 4,5; күкіртсутек – "
            "0,002-ден аспайды.", ""))
    head = g(["№ ИЗА", "Источник выброса", "Участок между крановыми узлами", "Длина участка, км", "Объем газа, тыс. м3",
              "Продолжительность, мин", "Код ЗВ", "Наименование ЗВ", "Класс опасности", "Максимальный выброс, г/с",
              "Выброс за 1 операцию, т", "Количество операций (за период / в год)", "Валовый выброс, т (за период / в год)"],
             ["ЛШК №", "Шығарынды көзі", "Кран тораптары арасындағы учаске", "Учаскенің ұзындығы, км", "Газ көлемі, мың м3",
              "Ұзақтығы, мин", "ЛЗ коды", "ЛЗ атауы", "Қауіптілік сыныбы", "Ең жоғары шығарынды, г/с", "1 операциядағы шығарынды, т",
              "Операциялар саны (кезеңге / жылына)", "Жалпы шығарынды, т (кезеңге / жылына)"], [])
    rows, merges = [head], []
    repaired = sorted(r.sample(range(len(secs)), 2))
    groups = (("construction", g("1. Период строительства: продувка полости участков газом перед вводом в эксплуатацию",
                                 "1. Құрылыс кезеңі: пайдалануға берер алдында учаскелердің қуысын газбен үрлеу", ""), range(len(secs))),
              ("operation", g("2. Период эксплуатации: стравливание газа при плановых ремонтах участков",
                              "2. Пайдалану кезеңі: учаскелерді жоспарлы жөндеу кезінде газды шығару", ""), repaired))
    candle = g("Продувочная свеча КУ-{v}", "КУ-{v} үрлеу свечасы", "")
    numbers = {}
    for period, title, which in groups:
        _span(rows, merges, title, 13)
        sums = []
        for i in which:
            valve, a, b = secs[i]
            number = numbers.setdefault(i, f"{i + 1:04d}")
            geom = area * (b - a) * 1000
            if period == "construction":
                vol = _sig(geom * r.uniform(1.3, 1.8) / 1000, 3)
                tau, count = r.randint(4, 12) * 10, 1.0
            else:
                vol = _sig(geom * mpa / 0.101325 * r.uniform(0.9, 0.97) / 1000, 4)
                tau, count = r.randint(18, 48) * 10, doc.pick((0.5, 0.25, 0.2))
            start = len(rows)
            for j, c in enumerate(GAS):
                one = _sig(vol * 0.668 * GAS[c] * r.uniform(0.97, 1.03), 4)
                gs = _sig(one * 1e6 / (tau * 60), 4)
                gross = one if count == 1.0 else _sig(_mul(one, count), 6)
                hz = GAS_CLASS[c]
                lead = [number, candle.format(v=valve + 1), f"КУ-{valve} ({g('км', 'км', '')} {num(a, doc.lang)}) – КУ-{valve + 1} "
                        f"({g('км', 'км', '')} {num(b, doc.lang)})", num(round(b - a, 1), doc.lang), num(vol, doc.lang), str(tau)] if j == 0 else [None] * 6
                rows.append(lead + [c, _gas_name(doc, c), str(hz) if hz else "–", num(gs, doc.lang), num(one, doc.lang),
                                    num(count, doc.lang), num(gross, doc.lang)])
                doc.add("emissions", emission(c, gs, gross, number, hz, period))
                sums.append(gross)
            merges += [(start, col, len(rows) - 1, col) for col in range(6)]
        label = g("Итого за период строительства", "Құрылыс кезеңі бойынша барлығы", "") if period == "construction" else \
            g("Итого в год", "Жылына барлығы", "")
        rows.append([label] + [None] * 11 + [total(doc, sums)])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 11))
    doc.table(g("Таблица 6.4.1 – Залповые выбросы загрязняющих веществ", "6.4.1-кесте – Ластаушы заттардың жаппай шығарындылары", ""),
              rows, merges, role="emissions")
    doc.add("sources", *({"number": v, "type": "organized"} for v in sorted(numbers.values())))
    doc.p(g("Залповые выбросы носят кратковременный характер и в нормативы допустимых выбросов (г/с) не включаются; валовые выбросы "
            "учитываются при определении платы за эмиссии.",
            "Жаппай шығарындылар қысқа мерзімді сипатта болады және жол берілетін шығарындылар нормативтеріне (г/с) енгізілмейді; жалпы "
            "шығарындылар эмиссиялар үшін төлемді айқындау кезінде ескеріледі.", ""))
    maybe_distractor(doc)


def _emissions_hp2_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG – DỰ ÁN ĐƯỜNG ỐNG DẪN KHÍ TÂY NAM, ĐOẠN TRÊN BỜ TỪ TRẠM TIẾP BỜ MỎ QUẠ ĐẾN TRUNG "
          "TÂM ĐIỆN LỰC Ô MÔN")
    doc.h("3.1.2.4. Khí thải do xả khí tại các trạm van ngắt tuyến và đuốc đốt")
    doc.p("Đường ống DN 700 (28 inch), áp suất vận hành 8,5 MPa. Khí được xả qua ống thông hơi (vent) của các trạm van ngắt tuyến "
          "(LBV) khi làm sạch, chạy thử và khi sửa chữa đoạn ống; khí xả tại trạm tiếp bờ được đốt qua đuốc.")
    rows = [["TT", "Nguồn thải", "Đoạn ống (lý trình)", "Chiều dài (km)", "Thể tích khí xả (nghìn m3)", "Thời gian xả (phút)", "Thông số",
             "Tải lượng tối đa (g/s)", "Khối lượng 01 lần xả (tấn)", "Số lần xả", "Tổng khối lượng (tấn)"]]
    merges = []
    secs = _sections(doc, 0, 3)
    area = 3.14159 / 4 * 0.68**2
    k = 0
    for period, title, which in (("construction", "A. Giai đoạn chạy thử, đưa công trình vào vận hành (01 lần)", range(3)),
                                 ("operation", "B. Giai đoạn vận hành – bảo dưỡng, sửa chữa định kỳ (số lần/năm)", sorted(r.sample(range(3), 2)))):
        _span(rows, merges, title, 11)
        for i in which:
            valve, a, b = secs[i]
            geom = area * (b - a) * 1000
            if period == "construction":
                vol, tau, count = _sig(geom * r.uniform(1.3, 1.8) / 1000, 3), r.randint(4, 12) * 10, 1.0
            else:
                vol, tau, count = _sig(geom * 8.5 / 0.101325 * r.uniform(0.9, 0.97) / 1000, 4), r.randint(18, 48) * 10, 0.5
            one = _sig(vol * 0.668 * 0.93, 4)
            gs = _sig(one * 1e6 / (tau * 60), 4)
            gross = one if count == 1.0 else _sig(_mul(one, count), 6)
            k += 1
            rows.append([str(k), f"Ống thông hơi trạm LBV-{valve + 1}", f"KP {round(a * 1000) // 1000}+{round(a * 1000) % 1000:03d} – KP {round(b * 1000) // 1000}+{round(b * 1000) % 1000:03d}", num(round(b - a, 1), "vi"),
                         num(vol, "vi"), str(tau), vocab.air("0410", "vi"), num(gs, "vi"), num(one, "vi"), num(count, "vi"), num(gross, "vi")])
            doc.add("emissions", emission("0410", gs, gross, None, None, period))
        if period == "operation":
            vol, tau, count = float(r.randint(30, 90)), r.randint(12, 30) * 10, 2.0
            start = len(rows)
            k += 1
            for j, (c, per) in enumerate((("0301", 0.00106), ("0337", 0.0048), ("0410", 0.0134))):
                one = _sig(vol * per * r.uniform(0.95, 1.05), 3)
                gs = _sig(one * 1e6 / (tau * 60), 3)
                gross = _sig(_mul(one, count), 6)
                lead = [str(k), "Đuốc đốt tại trạm tiếp bờ (LFS)", "KP 0", "-", num(vol, "vi"), str(tau)] if j == 0 else [None] * 6
                rows.append(lead + [vocab.air(c, "vi", 1), num(gs, "vi"), num(one, "vi"), num(count, "vi"), num(gross, "vi")])
                doc.add("emissions", emission(c, gs, gross, None, None, period))
            merges += [(start, col, len(rows) - 1, col) for col in range(6)]
    doc.table("Bảng 3.11. Tải lượng khí thải do xả khí và đốt đuốc", rows, merges, role="emissions")
    doc.p("Ghi chú: khối lượng riêng của khí 0,668 kg/m3 (điều kiện tiêu chuẩn), hàm lượng metan 93% khối lượng; hệ số phát thải của "
          "đuốc theo AP-42 (US EPA).")
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

# (RU object, KK object, electrified)
RAIL_REPAIRS = (
    ("Капитальный ремонт пути и контактной сети на перегоне Шокпар – Отар (км 3412–3436)",
     "Шоқпар – Отар аралығындағы жол мен түйіспелі желіні күрделі жөндеу (3412–3436 км)", True),
    ("Реконструкция станции Жангизтобе и перегона Жангизтобе – Жарма (км 118–141)",
     "Жаңғызтөбе станциясын және Жаңғызтөбе – Жарма аралығын қайта жаңарту (118–141 км)", False),
    ("Капитальный ремонт пути на участке Мойынты – Сарышаган (км 280–312)",
     "Мойынты – Сарышаған учаскесінде жолды күрделі жөндеу (280–312 км)", False),
)
SCRAP = ("сдача в металлолом (пункт приема вторчермета)", "металл сынықтарына тапсыру (қара металл қабылдау пункті)")
CRUSH = ("передача на дробление (щебень для притрассовых дорог)", "ұсатуға беру (трасса бойындағы жолдарға арналған қиыршық тас)")
# group: [(RU, KK, RU unit, KK unit, (low, high), reused share (low, high), tonnes per unit or None, code, (RU, KK) handling)]
DISMANTLED = (
    (("1. Верхнее строение пути", "1. Жолдың үстіңгі құрылысы"), [
        ("Рельсы Р65 старогодные", "Ескі Р65 рельстері", "т", "т", (900, 2600), (0.55, 0.75), None, "17 04 05", SCRAP),
        ("Рельсовые скрепления (подкладки, болты, клеммы)", "Рельс бекіткіштері (төсемдер, бұрандамалар, клеммалар)", "т", "т", (150, 420),
         (0.15, 0.35), None, "17 04 05", SCRAP),
        ("Шпалы деревянные, пропитанные антисептиком", "Антисептик сіңдірілген ағаш шпалдар", "шт.", "дана", (6000, 22000), (0, 0), 0.08,
         "17 02 04*", ("передача на обезвреживание специализированной организации", "мамандандырылған ұйымға залалсыздандыруға беру")),
        ("Шпалы железобетонные", "Темірбетон шпалдар", "шт.", "дана", (8000, 26000), (0.5, 0.7), 0.27, "17 01 01", CRUSH),
        ("Щебеночный балласт (вырезка загрязненного слоя)", "Қиыршық тас балласы (ластанған қабатты кесу)", "м3", "м3", (8000, 20000),
         (0.3, 0.5), 1.6, "17 05 08", ("вывоз в отвал по согласованию с акиматом района", "аудан әкімдігімен келісім бойынша үйіндіге шығару")),
        ("Балласт станционных путей, загрязненный нефтепродуктами", "Мұнай өнімдерімен ластанған станциялық жолдар балласы", "м3", "м3",
         (300, 1200), (0, 0), 1.7, "17 05 07*", ("передача на термическое обезвреживание", "термиялық залалсыздандыруға беру")),
        ("Стрелочные переводы Р65 марки 1/11 (в сборе)", "Р65 1/11 маркалы бағыттамалық бұрмалар (жинақта)", "комплект", "жинақ", (4, 10),
         (1, 1), None, None, ("передаются в дистанцию пути для повторной укладки", "қайта төсеу үшін жол дистанциясына беріледі"))]),
    (("2. Искусственные сооружения", "2. Жасанды құрылыстар"), [
        ("Звенья железобетонных водопропускных труб", "Темірбетон су өткізгіш құбырлардың буындары", "м", "м", (60, 240), (0, 0), 1.1,
         "17 01 01", CRUSH),
        ("Металлические пролетные строения малых мостов", "Шағын көпірлердің металл аралық құрылыстары", "т", "т", (40, 160), (0, 0), None,
         "17 04 05", SCRAP)]),
    (("3. Контактная сеть", "3. Түйіспелі желі"), [
        ("Провод контактный медный МФ-100", "МФ-100 мыс түйіспелі сымы", "км", "км", (20, 60), (0, 0), 0.89, "17 04 01",
         ("сдача в лом цветных металлов", "түсті металл сынықтарына тапсыру")),
        ("Изоляторы фарфоровые подвесные", "Аспалы фарфор оқшаулағыштар", "шт.", "дана", (1500, 4000), (0.05, 0.15), 0.0052, "17 01 03",
         ("вывоз на полигон строительных отходов", "құрылыс қалдықтары полигонына шығару")),
        ("Опоры контактной сети железобетонные", "Түйіспелі желінің темірбетон тіректері", "шт.", "дана", (300, 900), (0, 0), 2.1, "17 01 01",
         CRUSH)]),
)  # fmt: skip


def wastes_hp1(doc: Doc) -> None:
    """A railway repair's statement of the materials got from dismantling and of the wastes they give, under group rows
    for the track, the structures and (on an electrified line) the overhead contact line: `№ | материал | ед. изм. |
    всего демонтируется | в т.ч. пригодно для повторной укладки | в т.ч. в отходы | масса отходов, т | код | обращение`
    — the three quantities in the material's own unit (t, pieces, m3, m, km), the reused part no waste, only the mass
    column the amount, turnouts re-laid whole with dashes for the waste, no code and no amount; the masses of one
    sleeper, a cubic metre of ballast and so on only in the note (VI: a road widening's demolition, the reused and the
    dumped part, the dump by Km, ordinary wastes without codes; then the construction's CTNH in kilograms)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_hp1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    o_ru, o_kk, electrified = doc.pick(RAIL_REPAIRS)
    doc.h(g(f"Проект организации строительства. {o_ru}. Раздел 8. Охрана окружающей среды",
            f"Құрылысты ұйымдастыру жобасы. {o_kk}. 8-бөлім. Қоршаған ортаны қорғау", ""))
    doc.p(g("Материалы верхнего строения пути, пригодные для повторного использования (старогодные), передаются в дистанцию пути и "
            "отходами не являются. Отходами являются материалы, не пригодные к дальнейшему использованию.",
            "Қайта пайдалануға жарамды жолдың үстіңгі құрылысының материалдары (ескі материалдар) жол дистанциясына беріледі және "
            "қалдық болып табылмайды. Одан әрі пайдалануға жарамсыз материалдар қалдық болып табылады.", ""))
    rows = [g(["№", "Наименование материала", "Ед. изм.", "Всего демонтируется", "в т.ч. пригодно для повторной укладки",
               "в т.ч. в отходы", "Масса отходов, т", "Код отхода", "Обращение"],
              ["№", "Материалдың атауы", "Өлш. бірл.", "Барлығы бөлшектеледі", "оның ішінде қайта төсеуге жарамды", "оның ішінде қалдыққа",
               "Қалдықтардың массасы, т", "Қалдық коды", "Қалдықпен жұмыс"], [])]
    merges = []
    masses = []
    k = 0
    for (title, items) in DISMANTLED:
        if title[0].startswith("3.") and not electrified:
            continue
        _span(rows, merges, title[L], 9)
        for n_ru, n_kk, u_ru, u_kk, (lo, hi), (rlo, rhi), per, code, how in items:
            k += 1
            whole = r.randint(lo, hi)
            if whole > 1000:
                whole = whole // 10 * 10
            reused = round(whole * r.uniform(rlo, rhi))
            waste = whole - reused
            name = (n_ru, n_kk)[L]
            if not waste:
                rows.append([str(k), name, (u_ru, u_kk)[L], num(whole, doc.lang), num(reused, doc.lang), "–", "–", "–", how[L]])
                continue
            mass = float(waste) if per is None else round(_mul(waste, per), 3)
            masses.append(mass)
            rows.append([str(k), name, (u_ru, u_kk)[L], num(whole, doc.lang), num(reused, doc.lang) if reused else "–", num(waste, doc.lang),
                         num(mass, doc.lang), code, how[L]])
            doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": mass,
                               "name_contains": _words(name, 2)})
    rows.append(["", g("Итого отходов", "Қалдықтар барлығы", ""), "", "", "", "", total(doc, masses), "", ""])
    doc.table(g("Таблица 8.3 – Ведомость материалов, получаемых от разборки, и образующихся отходов",
                "8.3-кесте – Бөлшектеуден алынатын материалдардың және түзілетін қалдықтардың тізімдемесі", ""), rows, merges, role="wastes")
    doc.p(g("Масса отходов определена по справочным данным: шпала деревянная – 80 кг, железобетонная – 270 кг; 1 м3 балласта – "
            "1,6 т (загрязненного нефтепродуктами – 1,7 т); 1 м звена трубы – 1,1 т; 1 км провода МФ-100 – 0,89 т; изолятор – 5,2 кг; "
            "опора контактной сети – 2,1 т.",
            "Қалдықтардың массасы анықтамалық деректер бойынша анықталды: ағаш шпал – 80 кг, темірбетон шпал – 270 кг; 1 м3 балласт – "
            "1,6 т (мұнай өнімдерімен ластанған – 1,7 т); құбыр буынының 1 м – 1,1 т; 1 км МФ-100 сымы – 0,89 т; оқшаулағыш – 5,2 кг; "
            "түйіспелі желі тірегі – 2,1 т.", ""))
    maybe_distractor(doc)


# (VI item, unit, (low, high), reused share, tonnes per unit or None, how)
VN_DEMOLITION = (
    ("Bê tông nhựa mặt đường cũ (cào bóc)", "m3", (2500, 9000), (0.5, 0.7), 2.3, "Phần còn lại vận chuyển về bãi đổ thải"),
    ("Cấp phối đá dăm móng đường cũ", "m3", (4000, 12000), (0.7, 0.9), 2.0, "Đổ thải tại bãi đổ thải của dự án"),
    ("Bê tông cốt thép kết cấu cầu cũ (dầm, mố, trụ)", "m3", (150, 900), (0, 0), 2.5, "Đập nhỏ, đổ thải tại bãi đổ thải của dự án"),
    ("Cống tròn bê tông cốt thép cũ D750 – D1500", "m", (120, 600), (0, 0), 0.9, "Đổ thải tại bãi đổ thải của dự án"),
    ("Đất hữu cơ, bùn vét nền đường", "m3", (8000, 30000), (0.2, 0.35), 1.5, "Một phần đắp mái taluy, phần còn lại đổ thải"),
    ("Lan can, biển báo, cột thép cũ", "tấn", (12, 60), (0, 0), None, "Bán phế liệu cho đơn vị thu mua"),
    ("Cát đắp nền đường cũ", "m3", (3000, 8000), (1, 1), None, "Tận dụng 100% đắp lại nền đường mở rộng"),
)


# code: (low, high) in fives of kilograms for a construction period
CTNH_KG = {"17 02 03": (60, 480), "18 02 01": (20, 180), "16 01 06": (1, 12), "18 01 02": (20, 160), "19 06 01": (10, 80)}


def _wastes_hp1_vi(doc: Doc) -> None:
    r = doc.rng
    name, _c, _o, place, _la, _lo, length, *_ = doc.pick(VN_ROADS)
    dump = r.randint(length // 5, 4 * length // 5) // 100 * 100
    doc.h(f"BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG – {name.upper()}")
    doc.h("3.1.1.2. Chất thải rắn từ hoạt động phá dỡ, giải phóng mặt bằng")
    doc.p(f"Bãi đổ thải của dự án đặt tại {_km(dump, True)}, bên trái tuyến khoảng 600 m ({place}), sức chứa khoảng 85.000 m3, "
          "đã được Ủy ban nhân dân huyện chấp thuận.")
    rows = [["TT", "Hạng mục phá dỡ", "Đơn vị", "Khối lượng phá dỡ", "Tái sử dụng tại công trình", "Khối lượng đổ thải",
             "Khối lượng đổ thải quy đổi (tấn)", "Biện pháp xử lý"]]
    for k, (item, unit, (lo, hi), (rlo, rhi), per, how) in enumerate(VN_DEMOLITION, 1):
        whole = r.randint(lo, hi)
        if whole > 1000:
            whole = whole // 10 * 10
        reused = round(whole * r.uniform(rlo, rhi))
        waste = whole - reused
        if not waste:
            rows.append([str(k), item, unit, num(whole, "vi"), num(reused, "vi"), "-", "-", how])
            continue
        t = float(waste) if per is None else round(_mul(waste, per), 3)
        rows.append([str(k), item, unit, num(whole, "vi"), num(reused, "vi") if reused else "-", num(waste, "vi"), num(t, "vi"), how])
        doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": _words(item, 4)})
    doc.table("Bảng 3.5. Khối lượng phá dỡ và chất thải rắn xây dựng", rows, role="wastes")
    doc.p("Khối lượng quy đổi theo khối lượng riêng: bê tông nhựa 2,3 tấn/m3; cấp phối đá dăm 2,0 tấn/m3; bê tông cốt thép 2,5 tấn/m3; "
          "cống tròn 0,9 tấn/m dài; đất hữu cơ, bùn 1,5 tấn/m3.")
    rows = [["TT", "Tên chất thải", "Mã CTNH", "Trạng thái tồn tại", "Khối lượng cả giai đoạn thi công (kg)"]]
    picks = [c for c in vocab.VN_CTNH if c[0] in ("17 02 03", "18 02 01", "16 01 06", "18 01 02", "19 06 01")]
    for k, (code, cname, state) in enumerate(r.sample(picks, 4), 1):
        lo, hi = CTNH_KG[code]
        kg = float(r.randint(lo, hi) * 5)
        rows.append([str(k), cname, code, state, num(kg, "vi")])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000, "name_contains": cname})
    doc.table("Bảng 3.6. Chất thải nguy hại phát sinh trong giai đoạn thi công", rows, role="wastes")
    maybe_distractor(doc)


# (RU, KK, code, RU place, KK place, RU handling, KK handling)
HDD_WASTES = (
    ("Буровой шлам (выбуренная порода)", "Бұрғылау шламы (бұрғыланған жыныс)", "01 05 04", "шламовый амбар на площадке входа ННБ",
     "ББК кіру алаңындағы шлам қоймасы", "вывоз на полигон промышленных отходов", "өнеркәсіптік қалдықтар полигонына шығару"),
    ("Отработанный буровой раствор на бентонитовой основе", "Бентонит негізіндегі пайдаланылған бұрғылау ерітіндісі", "01 05 04",
     "шламовый амбар на площадке входа ННБ", "ББК кіру алаңындағы шлам қоймасы", "вывоз на полигон промышленных отходов",
     "өнеркәсіптік қалдықтар полигонына шығару"),
    ("Вода после гидравлических испытаний дюкера", "Дюкерді гидравликалық сынаудан кейінгі су", "16 10 02", "временные емкости",
     "уақытша сыйымдылықтар", "вывоз на очистные сооружения по договору", "шарт бойынша тазарту құрылыстарына шығару"),
    ("Огарки сварочных электродов", "Дәнекерлеу электродтарының қалдықтары", "12 01 13", "металлический контейнер", "металл контейнер",
     "сдача в металлолом", "металл сынықтарына тапсыру"),
    ("Промасленная ветошь", "Майланған шүберек", "15 02 02*", "закрытый металлический ящик", "жабық металл жәшік",
     "передача специализированной организации", "мамандандырылған ұйымға беру"),
)
HDD_COMMON = (
    ("Мешки из-под бентопорошка (полипропиленовые)", "Бентопорошок қаптары (полипропилен)", "15 01 02", (0.3, 1.2)),
    ("Твердые бытовые отходы вахтового городка бригады ННБ", "ББК бригадасының вахталық қалашығының қатты тұрмыстық қалдықтары", "20 03 01",
     (1.5, 4.5)),
)


def wastes_hp2(doc: Doc) -> None:
    """An ОВОС's wastes of a gas main's crossings drilled under rivers (ННБ): a row spanning the table per crossing with
    the river, the chainage of the entry and exit, the length, the pipe's and the reaming diameters (figures that are no
    amounts), under it the crossing's wastes numbered `2.1` … — cuttings and spent bentonite mud under one code, the
    test water of the siphon, electrode stubs and oily rags — with the level of hazard, tonnes, the place of
    accumulation and the handling; then a row of the wastes common to all crossings and a total (VI: a road's bridges
    with their bored piles under a row per bridge, the unit of each row, ordinary wastes in tonnes without a code and
    CTNH in kilograms)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_hp2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    o_ru, o_kk, dn, _mpa, km0, rivers = doc.pick(PIPELINES)
    name = (o_ru, o_kk)[L]
    ream = (dn * 3 // 2 + 49) // 50 * 50
    wall = 0.016 if dn > 1000 else 0.012
    doc.h(g(f"Отчет о возможных воздействиях. {name}", f"Ықтимал әсерлер туралы есеп. {name}", ""))
    doc.h(g("7.2. Отходы строительства подводных переходов методом наклонно-направленного бурения",
            "7.2. Көлбеу-бағытталған бұрғылау (ББК) әдісімен су асты өткелдерін салу қалдықтары", ""))
    doc.p(g("Переходы через водотоки выполняются методом ННБ с замкнутой системой циркуляции бурового раствора; сброс раствора и "
            "шлама в водотоки и на рельеф не допускается.",
            "Су ағындары арқылы өткелдер бұрғылау ерітіндісінің тұйық айналым жүйесімен ББК әдісімен орындалады; ерітінді мен шламды су "
            "ағындарына және жер бедеріне төгуге жол берілмейді.", ""))
    rows = [g(["№", "Наименование отхода", "Код", "Уровень опасности", "Количество, т", "Место временного накопления", "Обращение"],
              ["№", "Қалдықтың атауы", "Коды", "Қауіптілік деңгейі", "Саны, т", "Уақытша жинақтау орны", "Қалдықпен жұмыс"], [])]
    merges = []
    amounts = []
    level = g(("неопасный", "опасный"), ("қауіпті емес", "қауіпті"), ())
    crossings = [rivers[i] for i in sorted(r.sample(range(len(rivers)), r.choice((2, 3))))]
    at = km0 * 1000 + r.randint(8000, 30000)
    for k, (rv_ru, rv_kk) in enumerate(crossings, 1):
        length = r.randint(12, 48) * 10
        at += r.randint(15000, 40000)
        title = g(f"{k}. Переход через {rv_ru}: {_pk(at)} – {_pk(at + length)}, L = {length} м, труба Ду {dn} мм, диаметр расширения "
                  f"{ream} мм",
                  f"{k}. {rv_kk} арқылы өткел: {_pk(at)} – {_pk(at + length)}, L = {length} м, құбыр Ду {dn} мм, кеңейту диаметрі {ream} мм", "")
        _span(rows, merges, title, 7)
        hole = 3.14159 / 4 * (ream / 1000) ** 2 * length
        values = (_sig(hole * 1.95 * r.uniform(1.05, 1.2), 4), _sig(hole * 2.2 * 1.15 * r.uniform(0.9, 1.1), 4),
                  _sig(3.14159 / 4 * (dn / 1000 - 2 * wall) ** 2 * length, 4), _sig(r.uniform(0.008, 0.04), 2), _sig(r.uniform(0.01, 0.06), 2))
        for j, ((n_ru, n_kk, code, p_ru, p_kk, h_ru, h_kk), t) in enumerate(zip(HDD_WASTES, values, strict=True), 1):
            wname = (n_ru, n_kk)[L]
            rows.append([f"{k}.{j}", wname, code, level[code.endswith("*")], num(t, doc.lang), (p_ru, p_kk)[L], (h_ru, h_kk)[L]])
            amounts.append(t)
            doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t,
                               "name_contains": _words(wname, 2)})
    k = len(crossings) + 1
    _span(rows, merges, g(f"{k}. Общие для всех переходов", f"{k}. Барлық өткелдерге ортақ", ""), 7)
    for j, (n_ru, n_kk, code, (lo, hi)) in enumerate(HDD_COMMON, 1):
        t = _sig(r.uniform(lo, hi), 3)
        wname = (n_ru, n_kk)[L]
        rows.append([f"{k}.{j}", wname, code, level[0], num(t, doc.lang), g("контейнер на площадке ННБ", "ББК алаңындағы контейнер", ""),
                     g("вывоз по договору", "шарт бойынша шығару", "")])
        amounts.append(t)
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": False, "amount_t": t, "name_contains": _words(wname, 2)})
    rows.append(["", g("Всего", "Барлығы", ""), "", "", total(doc, amounts), "", ""])
    doc.table(g("Таблица 7.2.1 – Виды и количество отходов при строительстве переходов",
                "7.2.1-кесте – Өткелдерді салу кезіндегі қалдықтардың түрлері мен саны", ""), rows, merges, role="wastes")
    doc.p(g("Объем шлама определен по объему скважины с коэффициентом разрыхления 1,1–1,2 при плотности 1,95 т/м3; объем отработанного "
            "раствора – 2,2 объема скважины.",
            "Шлам көлемі ұңғыма көлемі бойынша 1,1–1,2 қопсыту коэффициентімен, тығыздығы 1,95 т/м3 болғанда анықталды; пайдаланылған "
            "ерітінді көлемі – ұңғыманың 2,2 көлемі.", ""))
    maybe_distractor(doc)


VN_BRIDGES = ("Cầu Nước Lạnh", "Cầu Suối Đá", "Cầu Rạch Sâu", "Cầu Kênh Ba", "Cầu Sông Rin", "Cầu Bến Đình")


def _wastes_hp2_vi(doc: Doc) -> None:
    r = doc.rng
    name, _c, _o, _p, _la, _lo, length, *_ = doc.pick(VN_ROADS)
    doc.h(f"BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG – {name.upper()}")
    doc.h("3.1.1.5. Chất thải phát sinh từ thi công cọc khoan nhồi các cầu trên tuyến")
    doc.p("Cọc khoan nhồi được thi công bằng phương pháp khoan tuần hoàn dung dịch bentonite; mùn khoan và dung dịch thải được thu "
          "vào bể lắng tạm tại mỗi mố, trụ cầu trước khi vận chuyển.")
    rows = [["TT", "Tên chất thải", "Mã CTNH", "Phân loại", "Đơn vị", "Khối lượng", "Biện pháp quản lý"]]
    merges = []
    at = r.randint(1500, 4000)
    for k, bridge in enumerate(r.sample(VN_BRIDGES, r.choice((2, 3))), 1):
        at += r.randint(length // 6, length // 4) // 10 * 10
        span_m, piles, depth, dia = r.randint(3, 12) * 12, r.randint(12, 36), r.randint(30, 55), doc.pick((1.0, 1.2, 1.5))
        dia_text = f"{dia:.1f}".replace(".", ",")
        _span(rows, merges, f"{k}. {bridge} tại {_km(at, True)} (chiều dài {span_m} m; {piles} cọc khoan nhồi D{dia_text} m, dài "
                            f"{depth} m)", 7)
        vol = 3.14159 / 4 * dia**2 * depth * piles
        items = (("Đất đá, mùn khoan từ thi công cọc khoan nhồi", None, "tấn", _sig(vol * 1.8, 4), "Vận chuyển về bãi đổ thải của dự án"),
                 ("Dung dịch bentonite thải", None, "tấn", _sig(vol * 0.35 * 1.1, 4), "Lắng, làm khô trước khi vận chuyển đổ thải"),
                 ("Bê tông đầu cọc đập bỏ", None, "tấn", _sig(piles * 3.14159 / 4 * dia**2 * 2.5, 3), "Đổ thải tại bãi đổ thải của dự án"),
                 ("Giẻ lau, găng tay dính dầu thải", "18 02 01", "kg", float(r.randint(2, 8) * 10), "Lưu giữ tại kho CTNH của công trường"),
                 ("Dầu thủy lực, dầu bôi trơn tổng hợp thải", "17 02 03", "kg", float(r.randint(6, 30) * 10), "Lưu giữ tại kho CTNH của công trường"))
        for j, (wname, code, unit, amount, how) in enumerate(items, 1):
            rows.append([f"{k}.{j}", wname, code or "-", "CTNH" if code else "Thông thường", unit, num(amount, "vi"), how])
            if code:
                doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": amount / 1000,
                                   "name_contains": wname})
            else:
                doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": amount, "name_contains": wname})
    doc.table("Bảng 3.8. Chất thải từ thi công cọc khoan nhồi", rows, merges, role="wastes")
    doc.p("CTNH được chuyển giao cho đơn vị có giấy phép môi trường về xử lý chất thải nguy hại theo hợp đồng của nhà thầu thi công.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

# per road of KZ_ROADS: villages (RU, KK) and a recreation area (RU, KK)
ROAD_PLACES = (
    ((("Кызылагаш", "Қызылағаш"), ("Екиаша", "Екіаша"), ("Кайнар", "Қайнар")),
     ("зона отдыха на берегу р. Сарканд (пляж, базы отдыха)", "Сарқан өзенінің жағасындағы демалыс аймағы (жағажай, демалыс базалары)")),
    ((("Акши", "Ақши"), ("Копа", "Қопа"), ("Жайсан", "Жайсаң")),
     ("зона отдыха у водохранилища (базы отдыха)", "су қоймасы жанындағы демалыс аймағы (демалыс базалары)")),
    ((("Сай-Утес", "Сай-Өтес"), ("Акжигит", "Ақжігіт"), ("Тасшагыл", "Тасшағыл")),
     ("территория санатория-профилактория «Шипагер»", "«Шипагер» санаторий-профилакторийінің аумағы")),
)  # fmt: skip
CAMP = ("территория детского оздоровительного лагеря «Балдәурен»", "«Балдәурен» балалар сауықтыру лагерінің аумағы")
# code: ПДК м.р., mg/m3
PDK_MR = {"2908": 0.3, "0301": 0.2, "0337": 5.0, "0330": 0.5, "0328": 0.15}


def limits_hp1(doc: Doc) -> None:
    """A contractor's quarterly report on construction-stage ПЭК of a road: the air at receptors along the route under a
    row per substance spanning the table (code, name and ПДК м.р.), each receptor `Р-1` with its picket, side and
    distance from the axis and the kind of territory; the norm is the ПДК м.р. at houses and a school but 0,8 ПДК at a
    children's camp and a recreation area, as the kind of territory says, so the norm column differs from point to point;
    the result and its share of the norm, soot below detection written `< 0,02` (VI: an ĐTM's supervision round, QCVN
    05:2023 one-hour values in µg/m3 at receptors by Km as columns, noise rows whose QCVN 26:2010 limit depends on the
    zone, a school and a clinic being special zones)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_hp1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    i = r.randrange(len(KZ_ROADS))
    road, (villages, rec) = KZ_ROADS[i], ROAD_PLACES[i]
    name, length = (road[0], road[1])[L], road[10]
    q = doc.pick(("II", "III"))
    marks = sorted(r.sample(range(20, length * 10 - 20), 5))
    kinds = [(g(f"с. {villages[0][0]}, жилая застройка", f"{villages[0][1]} а., тұрғын үй құрылысы", ""), 1.0),
             (g(f"{CAMP[0]} (норматив 0,8 ПДК)", f"{CAMP[1]} (норматив 0,8 ШЖК)", ""), 0.8),
             (g(f"с. {villages[1][0]}, школа", f"{villages[1][1]} а., мектеп", ""), 1.0),
             (g(f"{rec[0]} (норматив 0,8 ПДК)", f"{rec[1]} (норматив 0,8 ШЖК)", ""), 0.8),
             (g(f"с. {villages[2][0]}, жилая застройка", f"{villages[2][1]} а., тұрғын үй құрылысы", ""), 1.0)]
    r.shuffle(kinds)
    points = []
    for k, (m, (kind, factor)) in enumerate(zip(marks, kinds, strict=True), 1):
        side = doc.pick((g("справа", "оң жақта", ""), g("слева", "сол жақта", "")))
        points.append((f"Р-{k}", _pk(m * 100 + r.randint(0, 9) * 10), f"{side}, {r.randint(3, 30) * 5}", kind, factor))
    codes = ["2908", *r.sample(["0301", "0337", "0330", "0328"], r.choice((2, 3)))]
    doc.h(g(f"Отчет по производственному экологическому контролю за {q} квартал 2026 года. {name}",
            f"{name}. 2026 жылғы {q} тоқсандағы өндірістік экологиялық бақылау бойынша есеп", ""))
    doc.p(g("Замеры атмосферного воздуха выполнены передвижной лабораторией у ближайших к трассе объектов в дни производства "
            "земляных работ и устройства покрытия на прилегающих участках. Для мест массового отдыха населения и территорий детских "
            "оздоровительных организаций норматив принят равным 0,8 ПДК м.р. (Гигиенические нормативы к атмосферному воздуху в "
            "городских и сельских населенных пунктах).",
            "Атмосфералық ауаны өлшеуді жылжымалы зертхана трассаға ең жақын объектілер жанында іргелес учаскелерде жер жұмыстары "
            "және жабын төсеу жүргізілген күндері орындады. Халықтың жаппай демалатын орындары және балаларды сауықтыру ұйымдарының "
            "аумақтары үшін норматив 0,8 ШЖК м.б. деп қабылданды (Қалалық және ауылдық елді мекендердегі атмосфералық ауаға "
            "қойылатын гигиеналық нормативтер).", ""))
    rows = [g(["Код точки", "Пикет", "Сторона, расстояние от оси, м", "Характеристика территории", "Норматив, мг/м3", "Результат, мг/м3",
               "Доля норматива"],
              ["Нүкте коды", "Пикет", "Жағы, осьтен қашықтығы, м", "Аумақтың сипаттамасы", "Норматив, мг/м3", "Нәтиже, мг/м3",
               "Норматив үлесі"], [])]
    merges = []
    for c in codes:
        pdk = PDK_MR[c]
        _span(rows, merges, g(f"{c} – {vocab.air(c, 'ru')} (ПДК м.р. = {num(pdk, 'ru')} мг/м3)",
                              f"{c} – {vocab.air(c, 'kk')} (ШЖК м.б. = {num(pdk, 'kk')} мг/м3)", ""), 7)
        for pid, pk, where, kind, factor in points:
            norm = _sig(pdk * factor, 4)
            if c == "0328" and r.random() < 0.4:
                rows.append([pid, pk, where, kind, num(norm, doc.lang), f"< {num(0.02, doc.lang)}", "–"])
                add(doc, {x: y for x, y in limit(("code", c), "air", norm, "mg/m3", None, pid).items() if x != "value"})
                continue
            v = _sig(norm * r.uniform(0.08, 1.1), 2)
            rows.append([pid, pk, where, kind, num(norm, doc.lang), num(v, doc.lang), num(round(v / norm, 2), doc.lang)])
            add(doc, limit(("code", c), "air", norm, "mg/m3", None, pid, v))
    doc.table(g("Таблица 3 – Результаты контроля атмосферного воздуха у ближайших к трассе объектов",
                "3-кесте – Трассаға ең жақын объектілер жанындағы атмосфералық ауаны бақылау нәтижелері", ""), rows, merges, role="limits")
    doc.p(g("Превышения нормативов устранялись увеличением кратности полива и переносом работ АБЗ на ночное время.",
            "Нормативтердің асуы суару еселігін арттыру және АБЗ жұмыстарын түнгі уақытқа ауыстыру арқылы жойылды.", ""))
    maybe_distractor(doc)


QCVN05_1H = {"2902": 300, "0301": 200, "0330": 350, "0337": 30000}
VN_RECEPTORS = (("khu dân cư thôn Đồng Tâm, cách tim tuyến 25 m", False), ("Trường Tiểu học xã, cách tim tuyến 40 m", True),
                ("Trạm Y tế xã, cách tim tuyến 35 m", True), ("khu dân cư tổ 5, thị trấn, cách tim tuyến 20 m", False),
                ("chợ xã, cách mép đường công vụ 15 m", False))


def _limits_hp1_vi(doc: Doc) -> None:
    r = doc.rng
    name, _c, _o, _p, _la, _lo, length, *_ = doc.pick(VN_ROADS)
    recs = r.sample(VN_RECEPTORS[:1] + VN_RECEPTORS[3:], 2) + list(VN_RECEPTORS[1:3])
    marks = sorted(r.sample(range(5, length // 100 - 5), 4))
    doc.h(f"BÁO CÁO KẾT QUẢ GIÁM SÁT MÔI TRƯỜNG GIAI ĐOẠN THI CÔNG – ĐỢT {doc.pick(('1', '2', '3'))} NĂM 2026 – {name.upper()}")
    doc.p("Vị trí giám sát tại các đối tượng nhạy cảm dọc tuyến; giá trị giới hạn của không khí theo QCVN 05:2023/BTNMT (trung bình "
          "1 giờ), của tiếng ồn theo QCVN 26:2010/BTNMT (khu vực đặc biệt: trường học, cơ sở y tế; khu vực thông thường: còn lại).")
    head = ["TT", "Thông số", "Đơn vị"]
    points = []
    for k, (m, (place, sp)) in enumerate(zip(marks, recs, strict=True), 1):
        pid = f"K{k}"
        points.append((pid, sp))
        head.append(f"{pid} – {_km(m * 100 + r.randint(0, 99), True)}, {place}")
    head += ["QCVN 05:2023/BTNMT", "QCVN 26:2010/BTNMT"]
    special = [pid for pid, sp in points if sp]
    rows = [head]
    k = 0
    for c, lim in QCVN05_1H.items():
        k += 1
        line = [str(k), vocab.air(c, "vi", 1), "µg/m3"]
        for pid, _ in points:
            v = float(round(lim * r.uniform(0.1, 0.85))) if lim >= 1000 else float(round(lim * r.uniform(0.15, 1.05)))
            line.append(num(v, "vi"))
            add(doc, limit(("code", c), "air", lim, "µg/m3", None, pid, v))
        rows.append(line + [num(lim, "vi"), "-"])
    for label in ("Tiếng ồn LAeq (6h – 21h)", "Tiếng ồn LAmax"):
        k += 1
        base = 52 if "LAeq" in label else 68
        rows.append([str(k), label, "dBA", *(num(round(base + r.uniform(0, 14), 1), "vi") for _ in points), "-",
                     f"55 ({', '.join(special)} – khu vực đặc biệt); 70 (khu vực thông thường)" if "LAeq" in label else "-"])
    doc.table("Bảng 2. Kết quả giám sát không khí và tiếng ồn", rows, role="limits")
    doc.p(f"Ghi chú: “-”: quy chuẩn không quy định. Tại {' và '.join(special)} tiếng ồn vượt giới hạn khu vực đặc biệt trong giờ thi công.")
    maybe_distractor(doc)


CROSS_KEYS = ("BOD5", "NH4+", "Fe")


def limits_hp2(doc: Doc) -> None:
    """A contractor's report on ПЭК during the construction of a gas main's river crossings: one row per crossing (the
    river, its picket and the method, the date of sampling) holding side by side its background section 500 m upstream
    and its control section 500 m downstream, each a merged group whose first sub-column is the section's own code
    (`Ств-2ф`, `Ств-2к`) and the others the parameters; the fishery ПДК as the first row under the two-row header, pH
    as a range, oil products below detection written `< 0,02` (VI: a road's bridges, the upstream and downstream points
    `NM2-T`, `NM2-H` side by side, QCVN 08-MT:2015/BTNMT column B1 as the first row)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_hp2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    o_ru, o_kk, _dn, _mpa, km0, rivers = doc.pick(PIPELINES)
    name = (o_ru, o_kk)[L]
    keys = ["pH", *sorted(r.sample(CROSS_KEYS, 2), key=CROSS_KEYS.index), "TPH"]
    n = len(keys)
    doc.h(g(f"Отчет по производственному экологическому контролю за период строительства подводных переходов. {name}",
            f"{name}. Су асты өткелдерін салу кезеңіндегі өндірістік экологиялық бақылау бойынша есеп", ""))
    doc.p(g("Пробы воды отобраны в период производства работ на переходах в фоновом створе (500 м выше по течению) и контрольном "
            "створе (500 м ниже по течению). Оценка – по ПДК для водных объектов рыбохозяйственного значения.",
            "Су сынамалары өткелдердегі жұмыстар кезеңінде фондық тұстамада (ағыс бойынша 500 м жоғары) және бақылау тұстамасында "
            "(ағыс бойынша 500 м төмен) алынды. Бағалау – балық шаруашылығы маңызы бар су объектілері үшін ШЖК бойынша.", ""))
    labels = []
    for s in keys:
        nm = vocab.water(s, doc.lang)
        labels.append(nm if s == "pH" else f"{nm}, {g('мг/дм3', 'мг/дм3', '')}")
    head0 = [g("№", "№", ""), g("Водоток, место перехода", "Су ағыны, өткел орны", ""), g("Дата отбора", "Сынама алу күні", ""),
             g("Фоновый створ (500 м выше перехода)", "Фондық тұстама (өткелден 500 м жоғары)", "")] + [None] * n + \
        [g("Контрольный створ (500 м ниже перехода)", "Бақылау тұстамасы (өткелден 500 м төмен)", "")] + [None] * n
    head1 = [None, None, None, g("Код створа", "Тұстама коды", ""), *labels, g("Код створа", "Тұстама коды", ""), *labels]
    lims = [cell(doc, SURFACE[s]) for s in keys]
    rows = [head0, head1, ["", g("ПДК р/х", "ШЖК б/ш", ""), "", "", *lims, "", *lims]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 3 + n), (0, 4 + n, 0, 4 + 2 * n)]
    at = km0 * 1000 + r.randint(8000, 30000)
    for k, (rv_ru, rv_kk) in enumerate(rivers, 1):
        at += r.randint(15000, 40000)
        method = doc.pick((g("ННБ", "ННБ әдісі", ""), g("траншейный", "траншеялық", ""))) if k > 1 else g("ННБ", "ННБ әдісі", "")
        date = f"{r.randint(3, 27):02d}.{r.randint(5, 9):02d}.2025"
        line = [str(k), f"{(rv_ru, rv_kk)[L]}, {_pk(at)} ({method})", date]
        base = {s: r.uniform(0.2, 0.85) for s in keys}
        for side, mult in (("ф", 1.0), ("к", r.uniform(1.0, 1.45))):
            pid = f"Ств-{k}{side}"
            line.append(pid)
            for s in keys:
                lim = SURFACE[s]
                if s == "pH":
                    v = round(r.uniform(7.1, 8.3), 1)
                elif s == "TPH" and side == "ф" and r.random() < 0.4:
                    line.append(f"< {num(0.02, doc.lang)}")
                    add(doc, {x: y for x, y in limit(("symbol", s), "water", lim, "mg/l", None, pid).items() if x != "value"})
                    continue
                else:
                    v = _sig(lim * base[s] * mult, 2)
                line.append(num(v, doc.lang))
                add(doc, limit(("symbol", s), "water", lim, "mg/l", None, pid, v))
        rows.append(line)
    doc.table(g("Таблица 4.2 – Качество поверхностных вод в створах переходов", "4.2-кесте – Өткелдер тұстамаларындағы жерүсті суларының сапасы", ""),
              rows, merges, role="limits")
    doc.p(g("«ф» – фоновый створ, «к» – контрольный створ; «<» – ниже предела обнаружения методики.",
            "«ф» – фондық тұстама, «к» – бақылау тұстамасы; «<» – әдістеменің анықтау шегінен төмен.", ""))
    maybe_distractor(doc)


# symbol: QCVN 08-MT:2015/BTNMT column B1 (mg/l; pH a range)
B1 = {"pH": (5.5, 9), "TSS": 50, "BOD5": 15, "COD": 30, "NH4+": 0.9}


def _limits_hp2_vi(doc: Doc) -> None:
    r = doc.rng
    name, _c, _o, _p, _la, _lo, length, *_ = doc.pick(VN_ROADS)
    keys = list(B1)
    n = len(keys)
    doc.h(f"BÁO CÁO KẾT QUẢ QUAN TRẮC MÔI TRƯỜNG NỀN NĂM 2023 – {name.upper()}")
    doc.p("Mẫu nước mặt được lấy tại thượng lưu và hạ lưu vị trí các cầu trên tuyến (cách tim cầu 100 m), so sánh với QCVN "
          "08-MT:2015/BTNMT, cột B1.")
    labels = [vocab.water(s, "vi") + ("" if s == "pH" else " (mg/l)") for s in keys]
    rows = [["TT", "Vị trí cầu", "Ngày lấy mẫu", "Thượng lưu cầu 100 m"] + [None] * n + ["Hạ lưu cầu 100 m"] + [None] * n,
            [None, None, None, "Ký hiệu mẫu", *labels, "Ký hiệu mẫu", *labels],
            ["", "QCVN 08-MT:2015/BTNMT (cột B1)", "", "", *(cell(doc, B1[s]) for s in keys), "", *(cell(doc, B1[s]) for s in keys)]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 3 + n), (0, 4 + n, 0, 4 + 2 * n)]
    at = r.randint(1500, 4000)
    for k, bridge in enumerate(r.sample(VN_BRIDGES, 3), 1):
        at += r.randint(length // 6, length // 4) // 10 * 10
        line = [str(k), f"{bridge} ({_km(at, True)})", f"{r.randint(3, 27):02d}/{r.randint(3, 10):02d}/2023"]
        base = {s: r.uniform(0.15, 0.8) for s in keys}
        for side, mult in (("T", 1.0), ("H", r.uniform(1.0, 1.3))):
            pid = f"NM{k}-{side}"
            line.append(pid)
            for s in keys:
                lim = B1[s]
                v = round(r.uniform(6.6, 7.8), 1) if s == "pH" else _sig(lim * base[s] * mult, 2)
                line.append(num(v, "vi"))
                add(doc, limit(("symbol", s), "water", lim, "mg/l", "B1", pid, v))
        rows.append(line)
    doc.table("Bảng 2.6. Kết quả phân tích chất lượng nước mặt tại các vị trí cầu", rows, merges, role="limits")
    doc.p("Ghi chú: T – thượng lưu, H – hạ lưu.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring


OFTEN = {"daily": {"ru": ("ежедневно",), "kk": ("күн сайын",), "vi": ("Hằng ngày", "01 lần/ngày")},
         "weekly": {"ru": ("еженедельно", "1 раз в неделю"), "kk": ("апта сайын", "аптасына 1 рет"), "vi": ("Hằng tuần", "01 lần/tuần")}}


def _often(doc: Doc, word: str) -> str:
    """A frequency as the document writes it, daily and weekly included."""
    if word in OFTEN:
        return doc.pick(OFTEN[word][doc.lang])
    return freq(doc, word)


def _sections_of(length_m: int, n: int, doc: Doc) -> list[tuple[int, int]]:
    r = doc.rng
    cuts = sorted(r.sample(range(1, length_m // 1000), n - 1))
    bounds = [0, *(c * 1000 for c in cuts), length_m]
    return [(bounds[k], bounds[k + 1]) for k in range(n)]


def _where(sections: list[tuple[int, int]], m: int) -> int:
    return next(k for k, (a, b) in enumerate(sections) if a <= m < b or (k == len(sections) - 1 and m == b))


# (medium RU, KK, prefix, [(kind, key, word)], RU place, KK place)
STRIP_KZ = (
    ("Атмосферный воздух (граница ближайшей жилой застройки)", "Атмосфералық ауа (ең жақын тұрғын үй құрылысының шекарасы)", "А",
     [("code", "2908", "monthly"), ("code", "0301", "monthly"), ("code", "0337", "quarterly"), ("code", "0328", "quarterly")],
     "жилая застройка", "тұрғын үй құрылысы"),
    ("Поверхностные воды (водотоки в зоне мостовых переходов)", "Жерүсті сулары (көпір өткелдері аймағындағы су ағындары)", "В",
     [("symbol", "TSS", "monthly"), ("symbol", "TPH", "monthly"), ("symbol", "BOD5", "quarterly")], "мостовой переход", "көпір өткелі"),
    ("Почвы (площадки АБЗ, склада ГСМ, вахтового городка)", "Топырақ (АБЗ, ЖЖМ қоймасы, вахталық қалашық алаңдары)", "П",
     [("soil", "TPH", "semiannual"), ("soil", "Pb", "yearly")], "временная площадка", "уақытша алаң"),
)  # fmt: skip


def _name(doc: Doc, kind: str, key: str) -> str:
    if kind == "code":
        return vocab.air(key, doc.lang, 1 if doc.lang == "vi" else 0)
    return vocab.soil(key, doc.lang) if kind == "soil" else vocab.water(key, doc.lang)


SIDES = {"ru": ("справа", "слева"), "kk": ("оң жақта", "сол жақта"), "vi": ("bên phải tuyến", "bên trái tuyến")}


def _register_place(doc: Doc, medium: int, q: int, villages, river: str, place: str) -> str:
    """Where a point of the register lies: a receptor by the road, above or below a bridge, a temporary site."""
    r = doc.rng
    side = SIDES[doc.lang][r.randrange(2)]
    if medium == 0:
        what = doc.v(("с. {v}, жилая застройка", "с. {v}, школа", "с. {v}, детский сад")[q % 3],
                     ("{v} а., тұрғын үй құрылысы", "{v} а., мектеп", "{v} а., балабақша")[q % 3],
                     ("khu dân cư {v}", "trường học {v}", "trạm y tế {v}")[q % 3]).format(v=villages[q])
        d = r.randint(4, 30) * 5
        return f"{what}, {side}, " + doc.v(f"{d} м от оси", f"осьтен {d} м", f"cách tim tuyến {d} m")
    if medium == 1:
        water = river if q < 2 else doc.v("безымянный водоток", "атаусыз су ағыны", "kênh thủy lợi")
        return doc.v(f"{water}, 500 м {'выше' if q % 2 == 0 else 'ниже'} мостового перехода",
                     f"{water}, көпір өткелінен 500 м {'жоғары' if q % 2 == 0 else 'төмен'}",
                     f"{water}, {'thượng' if q % 2 == 0 else 'hạ'} lưu cầu 500 m")
    sites = doc.v(("площадка АБЗ (производственная база)", "склад ГСМ", "вахтовый городок"),
                  ("АБЗ алаңы (өндірістік база)", "ЖЖМ қоймасы", "вахталық қалашық"),
                  ("trạm trộn bê tông nhựa", "kho nhiên liệu", "lán trại công nhân"))
    return f"{place}: {sites[q % 3]}"


def monitoring_hp1(doc: Doc) -> None:
    """A construction-stage ПЭК programme of a road drawn as a strip chart: the register of monitoring points (code,
    picket, place) first as a table of no role, then the chart whose columns are the route's chainage sections under a
    merged `Участки трассы (пикетаж)`, whose rows are the parameters under a row per medium, each cell the codes of the
    points of that medium lying in that section or a dash, the frequency in the second column and different for
    substances of one medium, water sampled `ежемесячно (в период работ в русле)`, a noise row of no substance over
    the air points (VI: the same chart of a road by Km sections, `03 tháng/lần`)."""
    r = doc.rng
    vi = doc.lang == "vi"
    g = doc.v
    if vi:
        name, _c, _o, _p, _la, _lo, length_m, *_ = doc.pick(VN_ROADS)
        media = (("Không khí xung quanh", "KK", [("code", "2902", "monthly"), ("code", "0301", "quarterly"), ("code", "0330", "quarterly"),
                                                ("code", "0337", "quarterly")], "khu dân cư"),
                 ("Nước mặt", "NM", [("symbol", "TSS", "monthly"), ("symbol", "COD", "quarterly"), ("symbol", "TPH", "quarterly")], "vị trí cầu"),
                 ("Đất", "Đ", [("soil", "TPH", "semiannual"), ("soil", "Pb", "semiannual")], "công trường"))
    else:
        road = doc.pick(KZ_ROADS)
        name, length_m = (road[0], road[1])[_L(doc)], road[10] * 1000
        media = tuple((m[_L(doc)], m[2], m[3], m[4 + _L(doc)]) for m in STRIP_KZ)
    n = r.choice((3, 4))
    sections = _sections_of(length_m, n, doc)
    where = (lambda m: _km(m, True)) if vi else _pk
    counts = {0: r.randint(4, 6), 1: 4, 2: 3}
    points: list[list[tuple[str, int]]] = []
    for i, (_medium, prefix, _items, _place) in enumerate(media):
        if i == 1:
            at = sorted(r.sample(range(700, length_m - 700, 10), 2))
            marks = [at[0] - 500, at[0] + 500, at[1] - 500, at[1] + 500]
        else:
            marks = sorted(r.sample(range(100, length_m - 100, 10), counts[i]))
        points.append([(f"{prefix}-{k}" if not vi else f"{prefix}{k}", m) for k, m in enumerate(marks, 1)])
    if vi:
        doc.h(f"BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG – {name.upper()}")
        doc.h("5.2.1. Chương trình giám sát môi trường giai đoạn thi công")
        doc.p("Các vị trí giám sát được bố trí theo lý trình của tuyến (Bảng 5.3); Bảng 5.4 thể hiện vị trí và tần suất giám sát theo "
              "từng đoạn tuyến.")
        reg = [["Ký hiệu", "Lý trình", "Mô tả vị trí"]]
    else:
        doc.h(g(f"Программа производственного экологического контроля на период строительства. {name}",
                f"{name}. Құрылыс кезеңіне арналған өндірістік экологиялық бақылау бағдарламасы", ""))
        doc.p(g("Пункты мониторинга привязаны к пикетажу трассы (таблица 5.1); в таблице 5.2 пункты показаны по участкам трассы, "
                "на которых они расположены.",
                "Мониторинг пункттері трасса пикетажына байланыстырылған (5.1-кесте); 5.2-кестеде пункттер олар орналасқан трасса "
                "учаскелері бойынша көрсетілген.", ""))
        reg = [g(["Код пункта", "Пикет", "Привязка"], ["Пункт коды", "Пикет", "Байланыстыру"], [])]
    if vi:
        villages = ("thôn Đồng Tâm", "thôn Bãi Ổi", "xã Tân Lập", "thị trấn", "thôn Mới", "xóm Chằm")
        river = "suối"
    else:
        i = next(k for k, rd in enumerate(KZ_ROADS) if (rd[0], rd[1])[_L(doc)] == name)
        villages = tuple(v[_L(doc)] for v in ROAD_PLACES[i][0]) * 2
        river = (KZ_ROADS[i][11], KZ_ROADS[i][12])[_L(doc)]
    for j, (_medium, _prefix, _items, place), pts in ((j, m, p) for j, (m, p) in enumerate(zip(media, points, strict=True))):
        for q, (pid, m) in enumerate(pts):
            reg.append([pid, where(m), _register_place(doc, j, q, villages, river, place)])
    doc.table(g("Таблица 5.1 – Пункты мониторинга", "5.1-кесте – Мониторинг пункттері", "Bảng 5.3. Vị trí giám sát"), reg, role="other")
    width = 2 + n
    head0 = [g("Контролируемый показатель", "Бақыланатын көрсеткіш", "Thông số giám sát"), g("Периодичность", "Кезеңділігі", "Tần suất"),
             g("Участки трассы (пикетаж)", "Трасса учаскелері (пикетаж)", "Đoạn tuyến (lý trình)")] + [None] * (n - 1)
    head1 = [None, None, *(f"{where(a)} – {where(b)}" for a, b in sections)]
    rows = [head0, head1]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, width - 1)]
    for (medium, _prefix, items, _place), pts in zip(media, points, strict=True):
        _span(rows, merges, medium, width)
        by_sec = [[pid for pid, m in pts if _where(sections, m) == k] for k in range(n)]
        for kind, key, word in items:
            often = _often(doc, word)
            if kind == "symbol" and word == "monthly" and not vi:
                often = g(f"{often} (в период работ в русле)", f"{often} (арнадағы жұмыстар кезеңінде)", "")
            rows.append([_name(doc, kind, key), often, *(", ".join(c) if c else "–" for c in by_sec)])
            for pid, _m in pts:
                doc.add("monitoring", {"point": pid, ("code" if kind == "code" else "symbol"): key, "frequency": word})
    air = points[0]
    by_sec = [[pid for pid, m in air if _where(sections, m) == k] for k in range(n)]
    _span(rows, merges, g("Физические факторы", "Физикалық факторлар", "Tiếng ồn"), width)
    rows.append([g("Уровень звука (LAэкв, LAмакс), дБА", "Дыбыс деңгейі (LAэкв, LAмакс), дБА", "Mức âm tương đương LAeq, LAmax (dBA)"),
                 _often(doc, "quarterly"), *(", ".join(c) if c else "–" for c in by_sec)])
    doc.table(g("Таблица 5.2 – Схема размещения пунктов мониторинга по участкам трассы",
                "5.2-кесте – Мониторинг пункттерінің трасса учаскелері бойынша орналасу сызбасы", "Bảng 5.4. Vị trí và tần suất giám sát theo đoạn tuyến"),
              rows, merges, role="monitoring")
    doc.p(g("Пункты В-1, В-2 (В-3, В-4) расположены в 500 м выше и ниже мостового перехода соответственно.",
            "В-1, В-2 (В-3, В-4) пункттері тиісінше көпір өткелінен 500 м жоғары және төмен орналасқан.",
            "NM1, NM2 (NM3, NM4) – thượng lưu và hạ lưu cầu 500 m."))
    maybe_distractor(doc)


# (profile place RU, KK, near water)
PROFILES = (
    ("с. {v}, жилая застройка у дороги", "{v} а., жол жанындағы тұрғын үй құрылысы", False),
    ("пашня, 100 м до лесополосы", "егістік, орман белдеуіне дейін 100 м", False),
    ("мостовой переход через {river}", "{river} арқылы көпір өткелі", True),
    ("транспортная развязка (максимальная интенсивность)", "көліктік айрылым (ең жоғары қарқындылық)", False),
    ("водоохранная зона {river}, пойма", "{river} су қорғау аймағы, жайылма", True),
)
SNOW = ("TSS", "Cl-", "SO4", "TPH", "Pb")
SOIL_P = ("TPH", "Pb", "Zn", "Cd")
WATER_P = ("TSS", "TPH", "Cl-", "BOD5")


def monitoring_hp2(doc: Doc) -> None:
    """A ПЭК programme of a road in operation whose rows are transverse profiles `П-1` … across the road (picket, place,
    the distances of sampling from the carriageway's edge) and whose columns are the media, each header carrying its
    frequency — snow cover sampled once a year before the thaw, soils twice a year, surface water every quarter only at
    the profiles by a river — the cells listing the parameters or a dash, a background profile far from the road (VI:
    the operation-phase programme of a road with receptors by Km as rows and media as columns, each cell naming its
    point's code `KK3: …`, a noise and vibration column of no substance)."""
    r = doc.rng
    if doc.lang == "vi":
        _monitoring_hp2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    i = r.randrange(2)  # the roads with a river and snow
    road, (villages, _rec) = KZ_ROADS[i], ROAD_PLACES[i]
    name, length = (road[0], road[1])[L], road[10]
    river = (road[11], road[12])[L]
    chosen = sorted(r.sample(range(len(PROFILES)), 4))
    if not any(PROFILES[c][2] for c in chosen):
        chosen[-1] = 4
    marks = sorted(r.sample(range(10, length * 10 - 10), 4))
    cols = (g(f"Снежный покров (талая вода) – {_often(doc, 'yearly')}, перед снеготаянием (февраль – март)",
              f"Қар жамылғысы (еріген су) – {_often(doc, 'yearly')}, қар ерігенге дейін (ақпан – наурыз)", ""),
            g(f"Почвы, слои 0–5 и 5–20 см – {_often(doc, 'semiannual')} (май, октябрь)",
              f"Топырақ, 0–5 және 5–20 см қабаттары – {_often(doc, 'semiannual')} (мамыр, қазан)", ""),
            g(f"Поверхностные воды – {_often(doc, 'quarterly')}", f"Жерүсті сулары – {_often(doc, 'quarterly')}", ""))
    doc.h(g(f"Программа производственного экологического контроля на период эксплуатации. {name}",
            f"{name}. Пайдалану кезеңіне арналған өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.p(g("Мониторинг воздействия дороги ведется на поперечных профилях: пробы отбираются на удалении 10, 50 и 100 м от кромки "
            "проезжей части с обеих сторон дороги; фоновый профиль расположен в 1,5 км от дороги. Противогололедные материалы – "
            "песчано-солевая смесь.",
            "Жолдың әсер ету мониторингі көлденең профильдерде жүргізіледі: сынамалар жолдың екі жағынан жүру бөлігінің жиегінен 10, "
            "50 және 100 м қашықтықта алынады; фондық профиль жолдан 1,5 км қашықтықта орналасқан. Көктайғаққа қарсы материалдар – "
            "құм-тұз қоспасы.", ""))
    rows = [[g("Профиль", "Профиль", ""), g("Привязка (пикет, местоположение)", "Байланыстыру (пикет, орналасқан жері)", ""),
             g("Расстояние от кромки, м", "Жиектен қашықтығы, м", ""), *cols]]
    lists = [", ".join(_low(vocab.water(s, doc.lang)) for s in SNOW), ", ".join(_low(vocab.soil(s, doc.lang)) for s in SOIL_P),
             ", ".join(_low(vocab.water(s, doc.lang)) for s in WATER_P)]
    for k, (c, m) in enumerate(zip(chosen, marks, strict=True), 1):
        p_ru, p_kk, wet = PROFILES[c]
        vill = villages[k % 3][L]
        place = (p_ru, p_kk)[L].format(v=vill, river=river)
        pid = f"П-{k}"
        rows.append([pid, f"{_pk(m * 100)}, {place}", "10; 50; 100", lists[0], lists[1], lists[2] if wet else "–"])
        for s in SNOW:
            doc.add("monitoring", {"point": pid, "symbol": s, "frequency": "yearly"})
        for s in SOIL_P:
            doc.add("monitoring", {"point": pid, "symbol": s, "frequency": "semiannual"})
        if wet:
            for s in WATER_P:
                doc.add("monitoring", {"point": pid, "symbol": s, "frequency": "quarterly"})
    pid = "П-5"
    rows.append([pid, g("фоновый профиль, 1,5 км к северу от дороги", "фондық профиль, жолдан солтүстікке қарай 1,5 км", ""), "–",
                 lists[0], lists[1], "–"])
    for s in SNOW:
        doc.add("monitoring", {"point": pid, "symbol": s, "frequency": "yearly"})
    for s in SOIL_P:
        doc.add("monitoring", {"point": pid, "symbol": s, "frequency": "semiannual"})
    doc.table(g("Таблица 4 – Мониторинг воздействия на профилях", "4-кесте – Профильдердегі әсер мониторингі", ""), rows, role="monitoring")
    doc.p(g("Результаты сравниваются с фоновым профилем и с ПДК; содержание хлоридов в талой воде характеризует вынос "
            "противогололедных материалов.",
            "Нәтижелер фондық профильмен және ШЖК-мен салыстырылады; еріген судағы хлоридтердің мөлшері көктайғаққа қарсы "
            "материалдардың шығарылуын сипаттайды.", ""))
    maybe_distractor(doc)


VN_OPS_RECEPTORS = (("Khu dân cư thôn Đồng Tâm, bên trái tuyến", False, True), ("Trường THCS xã, bên phải tuyến", False, False),
                    ("Cầu qua suối, hạ lưu 100 m", True, False), ("Khu dân cư tổ 3, thị trấn, bên phải tuyến", False, True),
                    ("Cống hộp thoát nước qua cánh đồng lúa", True, True))
VN_AIR_OPS = ("2902", "0301", "0330", "0337")
VN_WATER_OPS = ("pH", "TSS", "COD", "TPH")
VN_SOIL_OPS = ("Pb", "Cd", "Cu")


def _monitoring_hp2_vi(doc: Doc) -> None:
    r = doc.rng
    name, _c, owner, _p, _la, _lo, length, *_ = doc.pick(VN_ROADS)
    doc.h(f"BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG – {name.upper()}")
    doc.h("5.2.2. Chương trình quan trắc môi trường giai đoạn vận hành (03 năm đầu)")
    doc.p(f"{owner} thực hiện quan trắc tại các đối tượng nhạy cảm dọc tuyến; ký hiệu điểm quan trắc ghi trong từng ô của bảng.")
    rows = [["Vị trí (lý trình)", f"Không khí xung quanh ({_often(doc, 'semiannual')})", f"Tiếng ồn, độ rung ({_often(doc, 'semiannual')})",
             f"Nước mặt ({_often(doc, 'quarterly')})", f"Đất ({_often(doc, 'yearly')})"]]
    marks = sorted(r.sample(range(5, length // 100 - 5), len(VN_OPS_RECEPTORS)))
    kk = nm = dd = 0
    for (place, wet, soil), m in zip(VN_OPS_RECEPTORS, marks, strict=True):
        line = [f"{_km(m * 100, True)} – {place}"]
        if not wet:
            kk += 1
            pid = f"KK{kk}"
            line += [f"{pid}: " + ", ".join(vocab.air(c, "vi", 1) for c in VN_AIR_OPS), f"{pid}: LAeq, LAmax, gia tốc rung"]
            for c in VN_AIR_OPS:
                doc.add("monitoring", {"point": pid, "code": c, "frequency": "semiannual"})
        else:
            line += ["-", "-"]
        if wet:
            nm += 1
            pid = f"NM{nm}"
            line.append(f"{pid}: " + ", ".join(vocab.water(s, "vi") for s in VN_WATER_OPS))
            for s in VN_WATER_OPS:
                doc.add("monitoring", {"point": pid, "symbol": s, "frequency": "quarterly"})
        else:
            line.append("-")
        if soil:
            dd += 1
            pid = f"Đ{dd}"
            line.append(f"{pid}: " + ", ".join(vocab.soil(s, "vi") for s in VN_SOIL_OPS))
            for s in VN_SOIL_OPS:
                doc.add("monitoring", {"point": pid, "symbol": s, "frequency": "yearly"})
        else:
            line.append("-")
        rows.append(line)
    doc.table("Bảng 5.5. Chương trình quan trắc giai đoạn vận hành", rows, role="monitoring")
    doc.p("Quy chuẩn so sánh: QCVN 05:2023/BTNMT, QCVN 26:2010/BTNMT, QCVN 27:2010/BTNMT, QCVN 08:2023/BTNMT, QCVN 03:2023/BTNMT.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

# railway words for a frequency: (RU, KK)
RAIL_FREQ = {
    "daily": ("ежедневно, при обходе участка", "күн сайын, учаскені аралау кезінде"),
    "weekly": ("еженедельно", "апта сайын"),
    "monthly": ("при месячном комиссионном осмотре", "айлық комиссиялық қарау кезінде"),
    "quarterly": ("ежеквартально", "тоқсан сайын"),
    "semiannual": ("при весеннем и осеннем комиссионных осмотрах", "көктемгі және күзгі комиссиялық қараулар кезінде"),
    "yearly": ("при осеннем комиссионном осмотре", "күзгі комиссиялық қарау кезінде"),
}
# (RU line, KK line, first km, stations [(RU, KK)], (RU river, KK river), distance)
RAIL_LINES = (
    ("Аягоз – Жарма", "Аягөз – Жарма", 1001, (("Аягоз", "Аягөз"), ("Жангизтобе", "Жаңғызтөбе"), ("Жарма", "Жарма")),
     ("р. Аягоз", "Аягөз өзені"), "ПЧ-17"),
    ("Мойынты – Сарышаган", "Мойынты – Сарышаған", 280, (("Мойынты", "Мойынты"), ("Кашкантениз", "Қашқантеңіз"), ("Сарышаган", "Сарышаған")),
     ("р. Токрау", "Тоқырауын өзені"), "ПЧ-22"),
)
# (RU object, KK object, RU what, KK what, frequency or None, RU event, KK event, RU actor, KK actor, actor key)
RAIL_CHECKS = (
    ("Места временного хранения старогодных деревянных шпал на ст. {st}", "{st} ст. ескі ағаш шпалдарды уақытша сақтау орындары",
     "штабелирование, отсутствие проливов антисептика, сроки вывоза", "қатарлап жинау, антисептиктің төгілмеуі, шығару мерзімдері",
     "semiannual", "", "", "начальник дистанции пути", "жол дистанциясының бастығы", None),
    ("Водоотводные канавы и водопропускные трубы перегона {a} – {b}", "{a} – {b} аралығының су бұру арықтары мен су өткізгіш құбырлары",
     "засорение, размыв, подтопление земляного полотна", "бітелу, шайылу, жер төсемін су басу", "monthly", "", "",
     "дорожный мастер {pd}", "{pd} жол шебері", "{pd}"),
    ("Снегозадерживающие лесополосы на км {km}–{km2}", "{km}–{km2} км-дегі қар ұстайтын орман белдеулері",
     "сохранность насаждений, захламление, пожароопасность", "екпелердің сақталуы, қоқыстану, өрт қауіптілігі", "yearly", "", "",
     "мастер лесозащитного участка", "орман қорғау учаскесінің шебері", None),
    ("Нефтеловушка на станционных путях ст. {st}", "{st} ст. станциялық жолдарындағы мұнай ұстағыш", "уровень нефтепродуктов, очистка",
     "мұнай өнімдерінің деңгейі, тазарту", "weekly", "", "", "бригадир пути", "жол бригадирі", None),
    ("Полоса отвода на км {km}–{km2}", "{km}–{km2} км-дегі бөлінген белдеу", "несанкционированные свалки, пал травы, разливы ГСМ",
     "рұқсатсыз үйінділер, шөпті өртеу, ЖЖМ төгілуі", "daily", "", "", "обходчик пути и искусственных сооружений",
     "жол және жасанды құрылыстар аралаушысы", None),
    ("Площадка временного накопления отходов дистанции (металлолом, аккумуляторы, отработанные масла)",
     "Дистанцияның қалдықтарды уақытша жинақтау алаңы (металл сынықтары, аккумуляторлар, пайдаланылған майлар)",
     "маркировка, сроки накопления, учет", "таңбалау, жинақтау мерзімдері, есепке алу", "quarterly", "", "",
     "инженер по охране окружающей среды дистанции", "дистанцияның қоршаған ортаны қорғау жөніндегі инженері", None),
    ("Мост через {river} на км {km}", "{km} км-дегі {river} арқылы көпір", "подмыв опор, заторы, засорение русла строительным мусором",
     "тіректердің шайылуы, кептелістер, арнаның құрылыс қоқысымен ластануы", None, "после пропуска паводка", "су тасқыны өткеннен кейін",
     "мостовой мастер", "көпір шебері", None),
    ("Путевые машины и мотовозы на ст. {st}", "{st} ст. жол машиналары мен мотовоздар", "подтекания топлива и масел, наличие поддонов",
     "отын мен майлардың ағуы, табандықтардың болуы", None, "перед выходом на перегон", "аралыққа шығар алдында",
     "машинист путевой машины", "жол машинасының машинисі", None),
)  # fmt: skip


def inspections_hp1(doc: Doc) -> None:
    """A railway distance's plan of environmental checks along the line, `№ | объект контроля | что проверяется |
    периодичность | ответственный`, under rows spanning the table for each track master's section by kilometres, the
    objects named by station and kilometre, the frequency in the railway's words — `при месячном комиссионном осмотре`,
    `при весеннем и осеннем комиссионных осмотрах`, `при осеннем комиссионном осмотре`, `ежедневно, при обходе
    участка` — and some checks tied to an event (`после пропуска паводка`, `перед выходом на перегон`) (VI: a road
    maintenance unit's checks by Km segment, `Tuần đường hằng ngày`, `Trước và sau mùa mưa bão`, `Sau mỗi trận mưa
    lớn`)."""
    r = doc.rng
    if doc.lang == "vi":
        _inspections_hp1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    l_ru, l_kk, km0, stations, (rv_ru, rv_kk), pch = doc.pick(RAIL_LINES)
    river = (rv_ru, rv_kk)[L]
    st = [s[L] for s in stations]
    doc.h(g(f"План производственного экологического контроля дистанции пути {pch} на 2026 год. Участок {l_ru}",
            f"{pch} жол дистанциясының 2026 жылға арналған өндірістік экологиялық бақылау жоспары. {l_kk} учаскесі", ""))
    doc.p(g("Проверки совмещаются с комиссионными осмотрами пути, установленными Инструкцией по текущему содержанию пути; выявленные "
            "нарушения заносятся в книгу ПУ-28 и устраняются в сроки, указанные начальником дистанции.",
            "Тексерулер Жолды ағымдағы күтіп ұстау жөніндегі нұсқаулықта белгіленген жолды комиссиялық қараулармен біріктіріледі; "
            "анықталған бұзушылықтар ПУ-28 кітабына енгізіледі және дистанция бастығы көрсеткен мерзімде жойылады.", ""))
    rows = [g(["№", "Объект контроля", "Что проверяется", "Периодичность", "Ответственный"],
              ["№", "Бақылау объектісі", "Не тексеріледі", "Кезеңділігі", "Жауапты"], [])]
    merges = []
    checks = list(range(len(RAIL_CHECKS)))
    r.shuffle(checks)
    groups = [checks[0:3], checks[3:6], checks[6:]]
    km = km0
    k = 0
    for p, idx in enumerate(groups, 1):
        span = r.randint(30, 42)
        pd = f"ПД-{p}"
        _span(rows, merges, g(f"Участок дорожного мастера {pd} (км {km} – км {km + span})", f"{pd} жол шеберінің учаскесі ({km} – {km + span} км)", ""), 5)
        for c in sorted(idx):
            o_ru, o_kk, w_ru, w_kk, word, e_ru, e_kk, a_ru, a_kk, _key = RAIL_CHECKS[c]
            a = r.randint(km, km + span - 6)
            fill = {"st": st[min(p - 1, 2)], "a": st[min(p - 1, 1)], "b": st[min(p, 2)], "km": a, "km2": a + r.randint(2, 5), "river": river,
                    "pd": pd}
            obj = (o_ru, o_kk)[L].format(**fill)
            who = (a_ru, a_kk)[L].format(**fill)
            k += 1
            rows.append([str(k), obj, (w_ru, w_kk)[L], RAIL_FREQ[word][L] if word else (e_ru, e_kk)[L], who])
            item = {"kind": "inspection", "text_contains": _words(obj, 4), "actor_contains": who}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
        km += span
    doc.table(g("Приложение 2. План-график проверок", "2-қосымша. Тексерулердің жоспар-кестесі", ""), rows, merges, role="inspections")
    maybe_distractor(doc)


VN_ROAD_FREQ = {"daily": "Hằng ngày (tuần đường)", "weekly": "Hằng tuần", "monthly": "Kiểm tra định kỳ tháng",
                "quarterly": "Hằng quý", "semiannual": "Trước và sau mùa mưa bão", "yearly": "Kiểm tra định kỳ năm (tháng 10)"}
# (object, what, frequency or None, actor)
VN_ROAD_CHECKS = (
    ("Hành lang an toàn đường bộ đoạn {a} – {b}", "Lấn chiếm, đổ trộm rác thải, phế thải xây dựng", "daily", "Công nhân tuần đường"),
    ("Rãnh dọc, cống thoát nước ngang đường đoạn {a} – {b}", "Bồi lắng, tắc nghẽn, xói lở cửa cống", "monthly", "Đội trưởng đội quản lý"),
    ("Mái taluy, tường chắn đoạn {a} – {b}", "Sạt lở, đá lăn, nứt tường chắn", "semiannual", "Hạt trưởng"),
    ("Cầu tại {a}", "Rác, cây trôi tắc dòng chảy, xói lở mố trụ", None, "Kỹ sư cầu đường của Hạt"),
    ("Kho nhựa đường, bãi tập kết vật liệu của Hạt tại {a}", "Rò rỉ nhựa đường, dầu; phân loại, lưu giữ chất thải nguy hại", "quarterly",
     "Cán bộ phụ trách môi trường"),
    ("Dải cây xanh, thảm cỏ dọc tuyến đoạn {a} – {b}", "Cây đổ, khô chết, cắt tỉa", "yearly", "Đội trưởng đội quản lý"),
    ("Trạm dừng nghỉ và nhà vệ sinh công cộng tại {a}", "Thu gom rác, vệ sinh, bể tự hoại", "weekly", "Công nhân tuần đường"),
)


def _inspections_hp1_vi(doc: Doc) -> None:
    r = doc.rng
    road = doc.pick(("Quốc lộ 12B (Km 0 – Km 86)", "Quốc lộ 24 (Km 0 – Km 69)", "Quốc lộ 60 (Km 80 – Km 121)"))
    doc.h(f"KẾ HOẠCH KIỂM TRA CÔNG TÁC BẢO VỆ MÔI TRƯỜNG VÀ HÀNH LANG AN TOÀN ĐƯỜNG BỘ NĂM 2026 – HẠT QUẢN LÝ ĐƯỜNG BỘ SỐ "
          f"{r.randint(1, 6)}, {road.upper()}")
    rows = [["TT", "Đối tượng kiểm tra", "Nội dung kiểm tra", "Tần suất", "Người thực hiện"]]
    merges = []
    start = int(road.split("Km ")[1].split(" ")[0])
    stop = int(road.split("Km ")[2].split(")")[0])
    cut = start + (stop - start) // 2 + r.randint(-5, 5)
    checks = list(range(len(VN_ROAD_CHECKS)))
    r.shuffle(checks)
    k = 0
    for p, idx in enumerate((checks[:4], checks[4:]), 1):
        span = cut - start if p == 1 else stop - start
        _span(rows, merges, f"Đoạn Km {start} – Km {start + span} (Đội quản lý số {p})", 5)
        for c in sorted(idx):
            obj, what, word, who = VN_ROAD_CHECKS[c]
            a = (start + r.randint(1, span - 4)) * 1000 + r.randint(0, 99) * 10
            text = obj.format(a=_km(a, True), b=_km(a + r.randint(2, 4) * 1000, True))
            k += 1
            rows.append([str(k), text, what, VN_ROAD_FREQ[word] if word else "Sau mỗi trận mưa lớn, lũ", who])
            item = {"kind": "inspection", "text_contains": _words(text, 4), "actor_contains": who}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
        start += span
    doc.table("Bảng 1. Kế hoạch kiểm tra", rows, merges, role="inspections")
    doc.p("Kết quả kiểm tra được ghi vào sổ tuần đường và báo cáo Khu Quản lý đường bộ trước ngày 05 của tháng sau.")
    maybe_distractor(doc)


# (RU operation, KK operation, RU criterion, KK criterion, RU performer, KK performer, frequency or None, RU event, KK event,
#  contractor mark, supervision mark, RU record, KK record)
ITP = (
    ("Снятие плодородного слоя почвы в полосе отвода", "Бөлінген белдеуде топырақтың құнарлы қабатын алу",
     "толщина снимаемого слоя 0,20–0,30 м по проекту; отдельный отвал не ближе 1,5 м от бровки траншеи",
     "алынатын қабаттың қалыңдығы жоба бойынша 0,20–0,30 м; траншея жиегінен 1,5 м-ден жақын емес бөлек үйінді",
     "мастер участка", "учаске шебері", None, "на каждой захватке", "әр қармауда", "P", "W", "акт освидетельствования", "куәландыру актісі"),
    ("Работы в водоохранной полосе водотоков", "Су ағындарының су қорғау белдеуіндегі жұмыстар",
     "стоянка и заправка техники не ближе 50 м от уреза воды; боновое заграждение при работах в русле",
     "техниканың тұрағы мен оған жанармай құю су шетінен 50 м-ден жақын емес; арнадағы жұмыстар кезінде бонды қоршау",
     "инженер по ООС подрядчика", "мердігердің ҚОҚ жөніндегі инженері", "daily", "", "", "P", "R", "журнал экологического контроля",
     "экологиялық бақылау журналы"),
    ("Заправка строительной техники на трассе", "Трассада құрылыс техникасына жанармай құю",
     "заправка только с поддоном; запас сорбента не менее 50 кг на бригаду", "тек табандықпен құю; бригадаға кемінде 50 кг сорбент қоры",
     "механик колонны", "колонна механигі", "weekly", "", "", "P", "R", "чек-лист № 4", "№ 4 чек-парақ"),
    ("Площадки временного накопления отходов", "Қалдықтарды уақытша жинақтау алаңдары",
     "контейнеры с крышками и маркировкой; срок накопления не более 6 месяцев", "қақпағы және таңбасы бар контейнерлер; жинақтау мерзімі 6 айдан аспайды",
     "инженер по ООС подрядчика", "мердігердің ҚОҚ жөніндегі инженері", "weekly", "", "", "P", "W", "чек-лист № 5", "№ 5 чек-парақ"),
    ("Сброс воды после гидравлических испытаний", "Гидравликалық сынақтардан кейін суды ағызу",
     "сброс через отстойник; взвешенные вещества не более 20 мг/дм3, нефтепродукты не более 0,3 мг/дм3",
     "тұндырғыш арқылы ағызу; қалқыма заттар 20 мг/дм3-тен, мұнай өнімдері 0,3 мг/дм3-тен аспайды",
     "начальник испытательной бригады", "сынақ бригадасының бастығы", None, "при каждом испытании", "әр сынақ кезінде", "P", "H",
     "акт сброса, протокол анализа", "ағызу актісі, талдау хаттамасы"),
    ("Передача отходов специализированным организациям", "Қалдықтарды мамандандырылған ұйымдарға беру",
     "договоры, акты приема-передачи, паспорта опасных отходов", "шарттар, қабылдау-тапсыру актілері, қауіпті қалдықтар паспорттары",
     "инженер по ООС подрядчика", "мердігердің ҚОҚ жөніндегі инженері", "monthly", "", "", "P", "R", "реестр актов", "актілер тізілімі"),
    ("Пылеподавление на временных дорогах", "Уақытша жолдарда шаңды басу",
     "полив в сухую погоду не реже 2 раз в смену", "құрғақ ауа райында ауысымына кемінде 2 рет суару",
     "прораб", "прораб", "daily", "", "", "P", "–", "журнал производства работ", "жұмыс жүргізу журналы"),
    ("Техническая рекультивация полосы отвода", "Бөлінген белдеуді техникалық рекультивациялау",
     "возврат ПСП, планировка с уклоном не более 3 %, отсутствие строительного мусора",
     "топырақтың құнарлы қабатын қайтару, еңісі 3 %-дан аспайтын тегістеу, құрылыс қоқысының болмауы",
     "начальник участка", "учаске бастығы", None, "по завершении участка", "учаске аяқталғанда", "P", "H",
     "акт приемки рекультивированных земель", "рекультивацияланған жерлерді қабылдау актісі"),
    ("Экологическая документация подрядчика (разрешения, журналы, отчеты)", "Мердігердің экологиялық құжаттамасы (рұқсаттар, журналдар, есептер)",
     "наличие и актуальность", "бар болуы және өзектілігі", "руководитель службы ОТ и ООС", "ЕҚ және ҚОҚ қызметінің басшысы",
     "quarterly", "", "", "P", "R", "протокол аудита", "аудит хаттамасы"),
)  # fmt: skip


def inspections_hp2(doc: Doc) -> None:
    """The plan of control and testing (ITP) of a gas main's environmental works, drawn up by the contractor and agreed by
    the customer's technical supervision: `№ | операция | критерий приемки | исполнитель контроля | периодичность |
    участие сторон (подрядчик | технадзор) | запись`, acceptance criteria full of figures that are neither limits nor
    frequencies (`0,20–0,30 м`, `не ближе 50 м`, `не более 20 мг/дм3`), checks on each stretch or each test with no
    frequency, `P / W / H / R` marks explained under the table (VI: the ITP of a road package, `Nhà thầu | TVGS | Chủ
    đầu tư`)."""
    r = doc.rng
    if doc.lang == "vi":
        _inspections_hp2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    o_ru, o_kk, *_ = doc.pick(PIPELINES)
    doc.h(g(f"План контроля и испытаний (ITP) по природоохранным работам. {o_ru}",
            f"{o_kk}. Табиғат қорғау жұмыстары бойынша бақылау және сынақ жоспары (ITP)", ""))
    doc.p(g(f"Документ № ITP-ENV-{r.randint(1, 9):02d}, редакция {r.randint(1, 3)}. Разработан генеральным подрядчиком, согласован "
            "службой технического надзора заказчика.",
            f"№ ITP-ENV-{r.randint(1, 9):02d} құжат, {r.randint(1, 3)}-редакция. Бас мердігер әзірледі, тапсырыс берушінің техникалық "
            "қадағалау қызметі келісті.", ""))
    rows = [g(["№", "Операция (объект контроля)", "Критерий приемки", "Исполнитель контроля", "Периодичность", "Участие сторон", None, "Запись"],
              ["№", "Операция (бақылау объектісі)", "Қабылдау өлшемі", "Бақылауды орындаушы", "Кезеңділігі", "Тараптардың қатысуы", None, "Жазба"], []),
            g([None] * 5 + ["Подрядчик", "Технадзор заказчика", None], [None] * 5 + ["Мердігер", "Тапсырыс берушінің техқадағалауы", None], [])]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 4, 7)] + [(0, 5, 0, 6)]
    for k, (o_r, o_k, c_r, c_k, p_r, p_k, word, e_r, e_k, m1, m2, rec_r, rec_k) in enumerate(ITP, 1):
        op, who = (o_r, o_k)[L], (p_r, p_k)[L]
        rows.append([str(k), op, (c_r, c_k)[L], who, _often(doc, word) if word else (e_r, e_k)[L], m1, m2, (rec_r, rec_k)[L]])
        item = {"kind": "inspection", "text_contains": _words(op, 4), "actor_contains": who}
        if word:
            item["frequency"] = word
        doc.add("obligations", item)
    doc.table(g("Таблица 1 – План контроля и испытаний", "1-кесте – Бақылау және сынақ жоспары", ""), rows, merges, role="inspections")
    doc.p(g("P – выполняет контроль; W – присутствует по уведомлению (точка наблюдения); H – точка остановки, работы продолжаются "
            "только после подписания записи технадзором; R – проверка записей.",
            "P – бақылауды орындайды; W – хабарлама бойынша қатысады (бақылау нүктесі); H – тоқтау нүктесі, жұмыстар техқадағалау "
            "жазбаға қол қойғаннан кейін ғана жалғасады; R – жазбаларды тексеру.", ""))
    distractor(doc, "approval")


# (operation, criterion, performer, frequency or None, event, marks, record)
VN_ITP = (
    ("Bóc lớp đất hữu cơ, vét bùn nền đường", "Đổ đúng bãi thải được chấp thuận; không đổ xuống kênh mương, ruộng lúa",
     "Kỹ sư hiện trường của nhà thầu", None, "Mỗi mũi thi công", ("P", "W", "R"), "Biên bản nghiệm thu"),
    ("Tưới nước giảm bụi trên đường công vụ", "Tưới tối thiểu 02 lần/ngày vào mùa khô; không để bụi bốc lên khu dân cư",
     "Đội trưởng thi công", "daily", "", ("P", "R", "-"), "Nhật ký thi công"),
    ("Trạm trộn bê tông nhựa", "Hệ thống lọc bụi hoạt động; bụi tổng tại ống khói ≤ 200 mg/Nm3 (QCVN 19:2009/BTNMT cột B)",
     "Cán bộ môi trường của nhà thầu", "weekly", "", ("P", "W", "R"), "Phiếu kiểm tra"),
    ("Kho lưu giữ CTNH tại lán trại", "Có mái che, gờ chống tràn, dán nhãn; thời gian lưu giữ không quá 06 tháng",
     "Cán bộ môi trường của nhà thầu", "monthly", "", ("P", "R", "R"), "Phiếu kiểm tra"),
    ("Thi công cọc khoan nhồi tại mố, trụ cầu", "Bể lắng dung dịch bentonite; không xả dung dịch, mùn khoan ra sông",
     "Kỹ sư cầu của nhà thầu", None, "Mỗi cọc", ("P", "H", "R"), "Biên bản kiểm tra"),
    ("Lán trại công nhân", "Nhà vệ sinh di động, bể tự hoại, thùng rác có nắp", "Chỉ huy trưởng công trường", "monthly", "",
     ("P", "W", "-"), "Phiếu kiểm tra"),
    ("Hoàn trả mặt bằng bãi tập kết, lán trại", "San gạt, trồng cỏ, thu dọn toàn bộ chất thải", "Chỉ huy trưởng công trường", None,
     "Khi kết thúc thi công", ("P", "H", "H"), "Biên bản bàn giao mặt bằng"),
    ("Hồ sơ môi trường của gói thầu", "Sổ nhật ký môi trường, hợp đồng thu gom CTNH, chứng từ chất thải nguy hại",
     "Chỉ huy trưởng công trường", "quarterly", "", ("P", "R", "R"), "Báo cáo quý"),
)


def _inspections_hp2_vi(doc: Doc) -> None:
    r = doc.rng
    name, *_ = doc.pick(VN_ROADS)
    doc.h(f"KẾ HOẠCH KIỂM TRA VÀ NGHIỆM THU (ITP) – CÔNG TÁC BẢO VỆ MÔI TRƯỜNG, GÓI THẦU XL-0{r.randint(1, 3)}")
    doc.p(f"Dự án: {name}. ITP do nhà thầu lập, tư vấn giám sát (TVGS) chấp thuận.")
    rows = [["TT", "Công việc / hạng mục", "Nội dung kiểm tra, tiêu chí chấp nhận", "Người kiểm tra", "Tần suất", "Trách nhiệm các bên", None,
             None, "Hồ sơ"],
            [None] * 5 + ["Nhà thầu", "TVGS", "Chủ đầu tư", None]]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 4, 8)] + [(0, 5, 0, 7)]
    for k, (op, crit, who, word, event, marks, rec) in enumerate(VN_ITP, 1):
        rows.append([str(k), op, crit, who, _often(doc, word) if word else event, *marks, rec])
        item = {"kind": "inspection", "text_contains": _words(op, 4), "actor_contains": who}
        if word:
            item["frequency"] = word
        doc.add("obligations", item)
    doc.table("Bảng 1. Kế hoạch kiểm tra và nghiệm thu", rows, merges, role="inspections")
    doc.p("P – thực hiện; W – chứng kiến; H – điểm dừng, chỉ được thi công tiếp khi TVGS ký biên bản; R – xem xét hồ sơ.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- tasks

# (kind of place: "range", "point" or "all", length of a range in pickets, side (RU, KK), RU measure, KK measure, RU volume, KK volume,
#  RU term, KK term, executor index)
SAIGA = (
    ("range", 170, ("обе стороны", "екі жағы"),
     "Устроить сетчатое ограждение земляного полотна высотой 2,5 м на участке пересечения путей миграции сайгака",
     "Ақбөкеннің көші-қон жолдарымен қиылысу учаскесінде жер төсемін биіктігі 2,5 м торлы қоршаумен қоршау", "{km} км", "{km} км",
     "до 15 марта 2026 г. (до начала весенней миграции)", "2026 жылғы 15 наурызға дейін (көктемгі көші-қон басталғанға дейін)", 0),
    ("point", 0, ("–", "–"), "Построить путепровод-скотопрогон отверстием 12 м и высотой 4,5 м для прохода сайгака",
     "Ақбөкеннің өтуі үшін тесігі 12 м және биіктігі 4,5 м мал өтетін жол өткізгішін салу", "1 сооружение", "1 құрылыс",
     "III квартал 2026 г.", "2026 жылғы III тоқсан", 1),
    ("point", 0, ("–", "–"), "Построить второй путепровод-скотопрогон отверстием 18 м в понижении рельефа",
     "Жер бедерінің ойпаңында тесігі 18 м екінші мал өтетін жол өткізгішін салу", "1 сооружение", "1 құрылыс",
     "IV квартал 2026 г.", "2026 жылғы IV тоқсан", 1),
    ("range", 80, ("обе стороны", "екі жағы"), "Установить предупреждающие знаки и световые маяки на подходах к скотопрогонам",
     "Мал өтетін жолдарға жақындауда ескерту белгілері мен жарық маяктарын орнату", "24 шт.", "24 дана",
     "до ввода участка в эксплуатацию", "учаскені пайдалануға бергенге дейін", 0),
    ("range", 40, ("справа", "оң жақ"), "Перенести гнезда хищных птиц с опор ВЛ 10 кВ, попадающих в полосу отвода, на искусственные гнездовья",
     "Бөлінген белдеуге түсетін 10 кВ ӘЖ тіректеріндегі жыртқыш құстардың ұяларын жасанды ұяларға көшіру", "6 гнезд", "6 ұя",
     "до 1 апреля 2026 г.", "2026 жылғы 1 сәуірге дейін", 2),
    ("point", 0, ("–", "–"), "Устроить водопропускную трубу отверстием 2,0 м с сухой бермой для прохода мелких животных",
     "Ұсақ жануарлардың өтуі үшін құрғақ бермасы бар тесігі 2,0 м су өткізгіш құбыр орнату", "1 труба", "1 құбыр",
     "III квартал 2026 г.", "2026 жылғы III тоқсан", 1),
    ("range", 60, ("слева", "сол жақ"), "Рекультивировать временную притрассовую дорогу и площадку складирования материалов верхнего строения пути",
     "Уақытша трасса бойындағы жолды және жолдың үстіңгі құрылысы материалдарын жинау алаңын рекультивациялау", "8,6 га", "8,6 га",
     "в течение 6 месяцев после завершения работ на участке", "учаскедегі жұмыстар аяқталғаннан кейін 6 ай ішінде", 3),
)  # fmt: skip
SAIGA_ALL = ("Приостанавливать взрывные работы и работу тяжелой техники в период массового окота сайгака",
             "Ақбөкеннің жаппай төлдеу кезеңінде жарылыс жұмыстарын және ауыр техниканың жұмысын тоқтата тұру",
             "ежегодно 5 мая – 10 июня", "жыл сайын 5 мамыр – 10 маусым")
# (RU executor, KK executor, key)
SAIGA_WHO = (("СМП-12 (генеральный подрядчик)", "СМП-12 (бас мердігер)", ("СМП-12", "СМП-12")),
             ("Мостоотряд № 3", "№ 3 көпір отряды", ("Мостоотряд № 3", "№ 3 көпір отряды")),
             ("экологическая служба заказчика с привлечением орнитолога", "орнитологты тарта отырып тапсырыс берушінің экологиялық қызметі",
              ("экологическая служба заказчика", "тапсырыс берушінің экологиялық қызметі")),
             ("ТОО «Дала Рекультивация» (субподрядчик)", "«Дала Рекультивация» ЖШС (қосалқы мердігер)", ("Дала Рекультивация", "Дала Рекультивация")),
             ("все подрядчики; контроль – экологическая служба заказчика", "барлық мердігерлер; бақылау – тапсырыс берушінің экологиялық қызметі",
              ("все подрядчики", "барлық мердігерлер")))


def tasks_hp1(doc: Doc) -> None:
    """The measures for the saiga and other wildlife along a new railway line across the Betpak-Dala, `№ | ПК начала |
    ПК конца | сторона | мероприятие | объем | срок | исполнитель`: three columns of chainage and side before each
    measure (a single picket for a structure, the end cell merged into it), a row for the whole route whose place
    `по всей трассе` is merged across the three, volumes in km, pieces, hectares, terms tied to the migration and the
    lambing, the executor merged down over consecutive measures of the same one (VI: a road's mitigation by Km segment
    and side, the whole route merged likewise)."""
    r = doc.rng
    if doc.lang == "vi":
        _tasks_hp1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    name = (KZ_RAIL[2][0], KZ_RAIL[2][1])[L]
    picked = sorted(r.sample(range(len(SAIGA)), r.choice((5, 6))))
    at = r.randint(1100, 1300) * 100
    plan = []
    for i in picked:
        kind, span, side, m_ru, m_kk, v_ru, v_kk, t_ru, t_kk, who = SAIGA[i]
        at += r.randint(20, 90) * 100
        end = at + span * 100 + r.randint(0, 9) * 10 if kind == "range" else None
        plan.append((at, end, side[L], (m_ru, m_kk)[L], (v_ru, v_kk)[L].format(km=num(round(span / 10 * 2, 1), doc.lang)), (t_ru, t_kk)[L], who))
        if end:
            at = end
    plan.insert(r.randint(0, len(plan)), (None, None, None, (SAIGA_ALL[0], SAIGA_ALL[1])[L], "–", (SAIGA_ALL[2], SAIGA_ALL[3])[L], 4))
    doc.h(g(f"Отчет о возможных воздействиях. {name}. Раздел 9. Охрана животного мира",
            f"Ықтимал әсерлер туралы есеп. {name}. 9-бөлім. Жануарлар дүниесін қорғау", ""))
    doc.p(g("Трасса на участке ПК 1100 – ПК 2000 пересекает пути сезонных миграций бетпакдалинской популяции сайгака. Мероприятия "
            "согласованы с Комитетом лесного хозяйства и животного мира и включены в сметы строительства.",
            "ПК 1100 – ПК 2000 учаскесінде трасса ақбөкеннің бетпақдала популяциясының маусымдық көші-қон жолдарын кесіп өтеді. "
            "Іс-шаралар Орман шаруашылығы және жануарлар дүниесі комитетімен келісілген және құрылыс сметаларына енгізілген.", ""))
    rows = [g(["№", "ПК начала", "ПК конца", "Сторона", "Мероприятие", "Объем", "Срок", "Исполнитель"],
              ["№", "Басталу ПК", "Аяқталу ПК", "Жағы", "Іс-шара", "Көлемі", "Мерзімі", "Орындаушы"], [])]
    merges = []
    run_start, run_who = None, None
    for k, (a, b, side, text, vol, term, who) in enumerate(plan, 1):
        row = len(rows)
        w_ru, w_kk, key = SAIGA_WHO[who]
        executor = (w_ru, w_kk)[L]
        if a is None:
            rows.append([str(k), g("по всей трассе", "бүкіл трасса бойынша", ""), None, None, text, vol, term, executor])
            merges.append((row, 1, row, 3))
        elif b is None:
            rows.append([str(k), _pk(a), None, side, text, vol, term, executor])
            merges.append((row, 1, row, 2))
        else:
            rows.append([str(k), _pk(a), _pk(b), side, text, vol, term, executor])
        if who == run_who:
            rows[row][7] = None
        else:
            if run_start is not None and row - 1 > run_start:
                merges.append((run_start, 7, row - 1, 7))
            run_start, run_who = row, who
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text), "actor_contains": key[L]})
    if run_start is not None and len(rows) - 1 > run_start:
        merges.append((run_start, 7, len(rows) - 1, 7))
    doc.table(g("Таблица 9.4 – Мероприятия по охране животного мира по участкам трассы",
                "9.4-кесте – Трасса учаскелері бойынша жануарлар дүниесін қорғау жөніндегі іс-шаралар", ""), rows, merges, role="tasks")
    doc.p(g("Сторона указана по ходу пикетажа.", "Жағы пикетаж бағыты бойынша көрсетілген.", ""))
    maybe_distractor(doc)


# (kind, span m, side, measure, volume, term, executor, key)
VN_MITIGATION = (
    ("range", 450, "Trái", "Lắp dựng hàng rào tôn tạm cao 2,5 m ngăn bụi, ồn tại đoạn qua khu dân cư", "450 m",
     "Trong thời gian thi công đoạn tuyến", "Nhà thầu gói XL-01", "XL-01"),
    ("point", 0, "-", "Xây dựng cống hộp dân sinh kết hợp lối đi cho gia súc", "01 cống 3×3 m", "Quý I/2027", "Nhà thầu gói XL-01", "XL-01"),
    ("range", 300, "Hai bên", "Bố trí bể lắng tạm và hàng rào chắn bùn tại mố cầu, không để bùn đất trôi xuống sông", "02 bể",
     "Khi thi công mố, trụ cầu", "Nhà thầu gói XL-02", "XL-02"),
    ("range", 1200, "Phải", "Hoàn trả, nạo vét kênh tưới nội đồng bị ảnh hưởng bởi thi công", "1,2 km", "Trước vụ Đông Xuân 2027",
     "Nhà thầu gói XL-02 phối hợp UBND xã", "XL-02"),
    ("range", 2500, "Hai bên", "Trồng cây xanh cách ly dọc tuyến đoạn qua khu dân cư", "1.250 cây", "Sau khi hoàn thành nền, mặt đường",
     "Chủ dự án", "Chủ dự án"),
)
VN_ALL = ("Tưới ẩm đường công vụ và mặt bằng thi công tối thiểu 02 lần/ngày vào mùa khô", "Mùa khô (tháng 1 – tháng 4)",
          "Các nhà thầu thi công", "nhà thầu thi công")


def _tasks_hp1_vi(doc: Doc) -> None:
    r = doc.rng
    name, _c, _o, _p, _la, _lo, length, *_ = doc.pick(VN_ROADS)
    doc.h(f"BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG – {name.upper()}")
    doc.h("5.1. Kế hoạch thực hiện các biện pháp giảm thiểu theo đoạn tuyến")
    rows = [["TT", "Từ Km", "Đến Km", "Phía tuyến", "Biện pháp giảm thiểu", "Khối lượng", "Thời gian thực hiện", "Đơn vị thực hiện"]]
    merges = []
    plan = []
    at = r.randint(5, 20) * 100
    for kind, span, side, text, vol, term, who, key in VN_MITIGATION:
        at += r.randint(length // 12, length // 7) // 10 * 10
        plan.append((at, at + span if kind == "range" else None, side, text, vol, term, who, key))
    plan.insert(r.randint(0, len(plan)), (None, None, None, VN_ALL[0], "-", VN_ALL[1], VN_ALL[2], VN_ALL[3]))
    for k, (a, b, side, text, vol, term, who, key) in enumerate(plan, 1):
        row = len(rows)
        if a is None:
            rows.append([str(k), "Toàn tuyến", None, None, text, vol, term, who])
            merges.append((row, 1, row, 3))
        elif b is None:
            rows.append([str(k), _km(a, True), None, side, text, vol, term, who])
            merges.append((row, 1, row, 2))
        else:
            rows.append([str(k), _km(a, True), _km(b, True), side, text, vol, term, who])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text), "actor_contains": key})
    doc.table("Bảng 5.1. Các biện pháp giảm thiểu theo lý trình", rows, merges, role="tasks")
    doc.p("Phía tuyến xác định theo hướng tăng lý trình.")
    maybe_distractor(doc)


# component: (RU, KK, [construction (RU, KK)], [operation (RU, KK)])
COMPONENTS = (
    ("Атмосферный воздух", "Атмосфералық ауа",
     [("Поливать временные дороги и площадки в сухую погоду", "Құрғақ ауа райында уақытша жолдар мен алаңдарды суару"),
      ("Оснастить сушильный барабан АБЗ рукавным фильтром эффективностью не менее 99 %", "АБЗ кептіру барабанын тиімділігі кемінде 99 % жеңді сүзгімен жабдықтау"),
      ("Не допускать работу техники на холостом ходу более 10 минут", "Техниканың 10 минуттан артық бос жүрісте жұмыс істеуіне жол бермеу")],
     [("Высадить пылезащитные лесополосы вдоль дороги у населенных пунктов", "Елді мекендер жанында жол бойына шаңнан қорғайтын орман белдеулерін отырғызу")]),
    ("Поверхностные и подземные воды", "Жерүсті және жерасты сулары",
     [("Разместить стоянки техники и склады ГСМ за пределами водоохранных зон", "Техника тұрақтары мен ЖЖМ қоймаларын су қорғау аймақтарынан тыс орналастыру"),
      ("Устроить временные отстойники у мостовых переходов", "Көпір өткелдері жанында уақытша тұндырғыштар орнату")],
     [("Очищать поверхностный сток с мостов на локальных очистных сооружениях", "Көпірлерден жер беті ағынын жергілікті тазарту құрылыстарында тазарту"),
      ("Прочищать водопропускные трубы и водоотводные канавы после паводка", "Су тасқынынан кейін су өткізгіш құбырлар мен су бұру арықтарын тазарту")]),
    ("Почвы и земельные ресурсы", "Топырақ және жер ресурстары",
     [("Снять и складировать плодородный слой почвы для последующей рекультивации", "Кейінгі рекультивация үшін топырақтың құнарлы қабатын алу және жинау"),
      ("Рекультивировать притрассовые карьеры и временные дороги", "Трасса бойындағы карьерлер мен уақытша жолдарды рекультивациялау")],
     []),
    ("Растительный и животный мир", "Өсімдіктер және жануарлар дүниесі",
     [("Выполнить компенсационную посадку деревьев взамен вырубленных в полосе отвода", "Бөлінген белдеуде кесілген ағаштардың орнына өтемдік ағаш отырғызу")],
     [("Содержать скотопрогоны и водопропускные трубы в проходимом состоянии", "Мал айдау жолдары мен су өткізгіш құбырларды өтуге жарамды күйде ұстау")]),
    ("Отходы", "Қалдықтар",
     [("Заключить договоры на вывоз отходов со специализированными организациями", "Қалдықтарды шығаруға мамандандырылған ұйымдармен шарттар жасасу")],
     [("Убирать мусор в полосе отвода и на площадках отдыха", "Бөлінген белдеудегі және демалыс алаңдарындағы қоқысты жинау")]),
)  # fmt: skip
KEEPERS = (("ТОО «Жол Күтім Сервис»", "«Жол Күтім Сервис» ЖШС", "Жол Күтім Сервис"), ("ТОО «Магистраль Жол Сервис»", "«Магистраль Жол Сервис» ЖШС", "Магистраль Жол Сервис"))


def tasks_hp2(doc: Doc) -> None:
    """An ОВОС's measures to lessen the impact as a matrix: the components of the environment as rows, the construction
    and the operation period as two columns, a second header row naming who answers for each period (the general
    contractor, the road's maintenance company), the measures numbered `1.1`, `1.2` … inside the cells one a line,
    the numbering running on from the construction cell into the operation cell, a dash where a period has none (VI:
    the ĐTM's management programme with the construction packages' contractors and the BOT company as the two
    responsible)."""
    r = doc.rng
    if doc.lang == "vi":
        _tasks_hp2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    road = doc.pick(KZ_ROADS)
    name, builder = (road[0], road[1])[L], (road[13], road[14])[L]
    k_ru, k_kk, k_key = doc.pick(KEEPERS)
    doc.h(g(f"Отчет о возможных воздействиях. {name}", f"Ықтимал әсерлер туралы есеп. {name}", ""))
    doc.h(g("10. Мероприятия по предотвращению и снижению воздействий", "10. Әсерлердің алдын алу және оларды азайту жөніндегі іс-шаралар", ""))
    doc.p(g("Мероприятия периода строительства включаются в проект организации строительства и выполняются генеральным подрядчиком; "
            "мероприятия периода эксплуатации – организацией, осуществляющей содержание дороги по договору с заказчиком.",
            "Құрылыс кезеңінің іс-шаралары құрылысты ұйымдастыру жобасына енгізіледі және бас мердігермен орындалады; пайдалану "
            "кезеңінің іс-шаралары – тапсырыс берушімен шарт бойынша жолды күтіп ұстауды жүзеге асыратын ұйыммен орындалады.", ""))
    rows = [g(["Компонент окружающей среды", "Период строительства", "Период эксплуатации"],
              ["Қоршаған орта компоненті", "Құрылыс кезеңі", "Пайдалану кезеңі"], []),
            [None, g(f"Ответственный: генеральный подрядчик {builder}", f"Жауапты: бас мердігер {builder}", ""),
             g(f"Ответственный: {k_ru}", f"Жауапты: {k_kk}", "")]]
    merges = [(0, 0, 1, 0)]
    bkey = _core(builder)
    comps = [c for c in COMPONENTS if c[3] or r.random() < 0.8]
    for k, (c_ru, c_kk, build, keep) in enumerate(comps, 1):
        cells = []
        j = 0
        for items, actor in ((build, bkey), (keep, k_key)):
            lines = []
            for m_ru, m_kk in items:
                if len(items) > 1 and r.random() < 0.15 and lines:
                    continue
                j += 1
                text = (m_ru, m_kk)[L]
                lines.append(f"{k}.{j}. {text}")
                doc.add("obligations", {"kind": "task", "number": f"{k}.{j}", "text_contains": _words(text), "actor_contains": actor})
            cells.append("\n".join(lines) if lines else "–")
        rows.append([f"{k}. {(c_ru, c_kk)[L]}", *cells])
    doc.table(g("Таблица 10.1 – Природоохранные мероприятия по периодам", "10.1-кесте – Кезеңдер бойынша табиғат қорғау іс-шаралары", ""),
              rows, merges, role="tasks")
    maybe_distractor(doc)


VN_COMPONENTS = (
    ("Môi trường không khí", ["Tưới ẩm đường công vụ, che phủ bạt thùng xe chở vật liệu", "Lắp đặt hệ thống lọc bụi túi vải cho trạm trộn bê tông nhựa"],
     ["Trồng và chăm sóc dải cây xanh dọc tuyến qua khu dân cư"]),
    ("Môi trường nước", ["Xây dựng bể lắng tạm, rãnh thu nước mưa chảy tràn tại công trường",
                         "Không bố trí bãi tập kết nhiên liệu trong phạm vi 50 m từ bờ sông, kênh"],
     ["Nạo vét rãnh dọc, cống thoát nước định kỳ trước mùa mưa"]),
    ("Chất thải rắn, chất thải nguy hại", ["Ký hợp đồng thu gom, xử lý chất thải nguy hại với đơn vị có chức năng"],
     ["Thu gom rác thải dọc tuyến, tại trạm dừng nghỉ"]),
    ("Hệ sinh thái, đất nông nghiệp", ["Hoàn trả mặt bằng, phục hồi đất ruộng bị chiếm dụng tạm thời", "Khơi thông kênh tưới, tiêu bị ảnh hưởng"],
     []),
    ("An toàn giao thông, kinh tế – xã hội", ["Bố trí biển báo, đèn cảnh báo và người điều tiết giao thông tại các điểm giao cắt"],
     ["Duy tu hệ thống biển báo, vạch sơn, đèn chiếu sáng tại nút giao"]),
)


def _tasks_hp2_vi(doc: Doc) -> None:
    r = doc.rng
    name, _c, owner, *_ = doc.pick(VN_ROADS)
    doc.h(f"BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG – {name.upper()}")
    doc.h("Chương 5. CHƯƠNG TRÌNH QUẢN LÝ VÀ GIÁM SÁT MÔI TRƯỜNG – 5.1. Chương trình quản lý môi trường")
    rows = [["Thành phần môi trường", "Giai đoạn thi công xây dựng", "Giai đoạn vận hành"],
            [None, "Trách nhiệm thực hiện: Nhà thầu thi công các gói thầu XL-01, XL-02", f"Trách nhiệm thực hiện: {owner}"]]
    merges = [(0, 0, 1, 0)]
    key = owner.replace("Công ty Cổ phần ", "")
    for k, (comp, build, keep) in enumerate(VN_COMPONENTS, 1):
        cells = []
        j = 0
        for items, actor in ((build, "Nhà thầu thi công"), (keep, key)):
            lines = []
            for text in items:
                j += 1
                lines.append(f"{k}.{j}. {text}")
                doc.add("obligations", {"kind": "task", "number": f"{k}.{j}", "text_contains": _words(text), "actor_contains": actor})
            cells.append("\n".join(lines) if lines else "-")
        rows.append([f"{k}. {comp}", *cells])
    doc.table("Bảng 5.1. Chương trình quản lý môi trường", rows, merges, role="tasks")
    doc.p(f"Kinh phí thực hiện các biện pháp giai đoạn thi công nằm trong giá gói thầu; giai đoạn vận hành do {owner} bố trí"
          f" từ nguồn thu phí (khoảng {num(r.randint(8, 30) * 100, 'vi')} triệu đồng/năm).")
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"HP{k}", globals()[f"{role}_hp{k}"]) for role in ROLES for k in (1, 2)]
