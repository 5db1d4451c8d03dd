"""The forty-second blind set's part JN (two layouts per role, `JN1` and `JN2`), written by someone who
neither ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`; held out and measured
once (0.761 over 126 files when first measured at the registering commit, 2026-12-07), then moved to the tuning
layouts to be studied.

Theme: confectionery, chocolate, coffee roasting, snacks and bottled water. Kazakhstan: confectionery and chocolate
factories in Almaty and Shymkent with their cocoa-bean roasters and afterburners, winnowers, caramel cookers and gas-fired
wafer ovens, sugar stores, grease traps and a move of an Almaty factory from the city to the industrial zone; a
potato-chip and extruded-snack plant in Almaty oblast with its fryers, thermal-oil heater, seasoning drums, maize-grit
extruders, potato intake and its starch settler and flotation unit, making snacks under contract for a brand owner; a
mineral-water bottler at a spring of Almaty oblast or Zhetysu with its production and observation wells, the three belts
of the spring's zone of sanitary protection, PET blow-moulding and water treatment (an energy audit report, the project of
a spring's zones of sanitary protection, a calculation of emissions by the stages of a roaster's cycle, an НДВ table
headed by bare codes, a waste programme's places of accumulation, a report on carrying out a waste programme, a protocol
of three readings and their mean, a treatment works' laboratory journal, a deposit's regime observations joined to the
plant's ПЭК, a ПЭК plan with frequencies as columns, a plan of production control joining HACCP to ecology, a programme of
checking contractors, a plan of moving a factory and a corrective-action plan after a brand owner's audit). Vietnam:
instant-coffee plants of the former Bình Dương (part of Hồ Chí Minh City since 1 July 2025), coffee roasteries and
processors in Đắk Lắk, cashew processors of the former Bình Phước (now Đồng Nai) with their shell-fired boilers, and candy
factories in Hà Nội leaving the inner city (báo cáo kiểm toán năng lượng, hồ sơ đề nghị cấp giấy phép khai thác nước dưới
đất, báo cáo đề xuất cấp GPMT, báo cáo công tác bảo vệ môi trường, báo cáo kết quả quản lý chất thải so với GPMT, kết quả
quan trắc khí thải, sổ nhật ký vận hành hệ thống xử lý nước thải, chương trình quan trắc, giám sát, kế hoạch quan trắc,
kế hoạch kiểm soát nội bộ HACCP và môi trường, kế hoạch kiểm tra nhà thầu, kế hoạch di dời and a CAP after a buyer's
audit). Every plant, person and figure is invented; the pollutant and waste codes are real.

Facility: the first section of an energy audit report of an Almaty confectionery factory, `№ | показатель | ед. изм. |
значение`, the subject of the State energy register with its BIN and register number, the object, place, KATO, latitude
and longitude on rows of their own in degrees, minutes and seconds, the OKED with its words and the category beside the
permit among the year's output, gas, electricity, heat and tonnes of fuel equivalent, the auditing firm's own BIN and
accreditation in the paragraph above, the energy by shop in a table of no role (VI: the energy audit of an instant-coffee
plant, a key energy user, the auditing firm's enterprise number and the auditor's certificate above, decimal degrees,
`Nhóm II`) (JN1); the general section of the project of the zones of sanitary protection of a mineral-water deposit
whose water a bottler in the second belt pours, three Roman section rows — the subsoil user with its BIN and licence, the
deposit with reserves of category `В`, the type of water, the wells and the belts `I пояс – 30 м`, then the plant with
its place, KATO, centre in degrees, minutes and seconds, capacity, category `II` and a sanitary class `IV` — the wells'
own coordinates in a table of no role (VI: a cashew plant's dossier for a licence to abstract groundwater, the wells in
VN-2000 metres in a table of no role, the wells' sanitary radius, `nhóm II`) (JN2).

Emissions: a Shymkent confectionery factory's calculation by the stages of each source's cycle, a row spanning the table
per source, a row per stage — heating the roaster and its afterburner, roasting, cooling and unloading the beans; heating
and baking at the wafer oven; unloading sugar and blowing it into silos — with its hours and, under each substance headed
by name and code, the stage's g/s and t/year, and a closing row per source with the greatest g/s and the sum of the
tonnes, which alone is the emission as the note says; cocoa-husk dust (3706) and sugar dust (2973) with no class (VI: a
Đắk Lắk roastery's loads by the phases of a batch for two roasters and the grinding line, no source numbers) (JN1); a
chip and snack plant's norms exported from the calculation program, sources as rows and substances as column pairs
`г/с | т/год` headed by their bare four-digit codes — acrolein from the fryer's hood (1301), salt from the seasoning drums
(0152), maize and rice flour dust (3733), soil dust at the potato intake — dashes, a total row, the codes' names only in
a table of no role after it (VI: a cashew plant's shell-fired boiler, kernel dryer, generator and peeling hall as rows
under `TSP | SO2 | NO2 | CO` pairs explained in a table of no role) (JN2).

Wastes: an Almaty confectionery factory's places of accumulation `МНО-1` … `МНО-5`, each row's single cell listing every
waste kept there one to a line as `код – наименование – количество т/год`, cocoa husk, jute sacks of the beans and the
grease trap's fats among them (VI: a Hà Nội candy factory's storage areas, each cell listing its wastes with the CTNH code
in brackets and kilograms, the ordinary ones without a code) (JN1); a mineral-water bottler's report on its waste
programme for 2025, the planned tonnes beside the tonnes formed — the latter the amount — the deviation, its reason (a
second blow-moulding machine started, a softener's resin replaced) and the tonnes handed over, fewer for hazardous wastes
kept in store (VI: an instant-coffee plant's amounts allowed by its permit beside those formed in 2025 and their ratio,
kilograms or tonnes by a unit column, the spent grounds burnt in its boiler) (JN2).

Limits: a laboratory's protocol at a Shymkent confectionery factory's roaster, caramel cooker and wafer oven, a row
spanning the table per source, gas temperature and oxygen of no norm, each substance's three consecutive readings, their
mean and the permit's norm in mg/Nm³ — only the mean judged, as the paragraph says — nitrogen oxide `не нормируется` (VI:
a Hà Nội candy factory's boiler and oven stacks `KT1`, `KT2`, `Lần 1 | Lần 2 | Lần 3 | Trung bình` against QCVN
19:2009/BTNMT column B with Kp = 1 and Kv = 0,6) (JN1); a week of a chip plant's treatment-works journal, the days as
rows, each parameter a pair `вход | выход`, the sewer utility's allowed concentrations on a row under the header in the
outlet sub-columns only, a sanitary day written across its row, fats with no key, a COD reading now and then above the
norm (VI: a cashew plant's operating log, `Đầu vào | Đầu ra`, QCVN 40:2011/BTNMT column B with Kq = 0,9 and Kf = 1,1
worked out in the row under the header, a Sunday off) (JN2).

Monitoring: a mineral-water bottler's programme joining the regime observations of its deposit to its ПЭК under section
rows — production wells, observation wells of the second belt, air, waste water — the wells' flow, level and temperature
daily and the observation wells' level every ten days, which are no substances, ions quarterly, coliforms monthly and
fluorides yearly on rows of their own, the boiler stack quarterly and the blowing shop's acetaldehyde yearly by
calculation (VI: a Đắk Lắk coffee plant's abstraction wells daily and twice a year, its outfall quarterly in the
processing season, a dryer stack, husk compost heaps of no substance) (JN1); a Shymkent confectionery factory's ПЭК plan
with the frequencies as columns — `ежеквартально`, `2 раза в год`, `1 раз в год` under a merged header — each cell
listing what is measured there that often, the four boundary points in one cell, the sugar store yearly by calculation,
fats at the sewer manhole with no key (VI: a Hà Nội candy factory, `03 tháng/lần | 06 tháng/lần | 01 lần/năm`) (JN2).

Inspections: a Shymkent confectionery factory's plan of production control under two section rows — the HACCP checks
(critical control points `ККТ-1`, the metal detector every two hours, each delivery of beans, weekly swabs), which are no
environmental checks, then the environmental checks with object, what, how often, who and the form of record, the
afterburner every shift, which is no frequency of the contract (VI: a Hà Nội candy factory's `A. An toàn thực phẩm` and
`B. Bảo vệ môi trường`) (JN1); a mineral-water bottler's programme of checking its contractors and its tenant — waste
removal, hazardous-waste reception, the canteen, the trucks, the well-service crew checked at each visit, the laboratory
— the service, the contractor, what is checked, how often and which of the bottler's people checks (VI: an instant-coffee
plant's plan of checking its service providers, the outsourced boiler operator among them, a check at each turnaround)
(JN2).

Tasks: an Almaty confectionery factory's plan of environmental measures for moving from the city to the industrial zone,
three section rows — the site left, with its address, the new site, with its address, and common measures — items `1.1`
…, terms tied to the stop and the start-up, a contractor acting under the chief mechanic's control, an empty column of
marks (VI: a Hà Nội candy factory leaving the inner city, the old and the new site as Roman sections, items numbered
straight through, lead and partner units) (JN1); a chip plant's corrective-action plan after its brand owner's audit of
the supplier code, each finding `НС-01` giving two tasks — the correction and the prevention — with one responsible, a
finding needing no prevention, and a section of observations with dashes that asks for nothing (VI: a cashew exporter's
CAP after its European buyer's audit, findings `F01` …, observations `O01`) (JN2).
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

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
    return " ".join(text.split()[:n]).rstrip(",;:.")


def _core(name: str) -> str:
    """The quoted part of a name (`Алатау Тәттілері` of `Кондитерская фабрика «Алатау Тәттілері»`)."""
    return name.split("«", 1)[1].split("»", 1)[0] if "«" in name else name


def _kato(doc: Doc, prefix: str) -> str:
    """A nine-digit KATO code starting with the district's prefix."""
    r = doc.rng
    rest = 9 - len(prefix) - 3
    return f"{prefix}{r.randint(10 ** (rest - 1), 10**rest - 1)}{r.choice(('000', '100'))}"


def _dms(value: float) -> tuple[str, float]:
    """`43°18′25,4″` and the decimal degrees it stands for."""
    d = int(value)
    m = int((value - d) * 60)
    s = round((value - d - m / 60) * 3600, 1)
    if s >= 60:
        m, s = m + 1, 0.0
    sec = f"{s:04.1f}".replace(".", ",")
    return f"{d}°{m:02d}′{sec}″", d + m / 60 + s / 3600


def _span(rows: list, merges: list, text: str, width: int) -> None:
    """A row whose first cell spans the table."""
    rows.append([text] + [None] * (width - 1))
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))


def _kind(number: str) -> str:
    return "unorganized" if number.startswith("6") else "organized"


def _dsum(values) -> float:
    """A sum without binary noise."""
    return float(sum((Decimal(repr(v)) for v in values), Decimal(0)))


def _mean3(a: float, b: float, c: float) -> float:
    """The mean of three readings to one decimal, as a protocol rounds it."""
    return float(round((Decimal(repr(a)) + Decimal(repr(b)) + Decimal(repr(c))) / 3, 1))


DAILY = {"ru": ("ежедневно", "ежесуточно"), "kk": ("күн сайын", "тәулік сайын"), "vi": ("hằng ngày", "01 lần/ngày")}
WEEKLY = {"ru": ("еженедельно", "1 раз в неделю"), "kk": ("апта сайын", "аптасына 1 рет"), "vi": ("hằng tuần", "01 lần/tuần")}


def _often(doc: Doc, word: str) -> str:
    """A frequency as the document writes it, daily and weekly included."""
    if word == "daily":
        return doc.pick(DAILY[doc.lang])
    if word == "weekly":
        return doc.pick(WEEKLY[doc.lang])
    return freq(doc, word)


# code: (RU, KK, VI) — names of the air-pollutant list (reference list of Kazakhstan) the layouts below use
AIR = {
    "0301": ("Азота диоксид", "Азот диоксиді", "NOx (tính theo NO2)"),
    "0304": ("Азот (II) оксид", "Азот (II) оксиді", ""),
    "0330": ("Сера диоксид", "Күкірт диоксиді", "SO2"),
    "0337": ("Углерод оксид", "Көміртек оксиді", "CO"),
    "0703": ("Бенз/а/пирен", "Бенз(а)пирен", ""),
    "2902": ("Взвешенные частицы", "Қалқыма бөлшектер", "Bụi tổng (TSP)"),
    "2908": ("Пыль неорганическая, содержащая двуокись кремния в %: 70-20", "Бейорганикалық шаң: кремний қостотығы 70-20%", ""),
    "2973": ("Пыль сахара, сахарной пудры (сахарозы)", "Қант, қант ұнтағының шаңы (сахароза)", ""),
    "3706": ("Пыль пищевых продуктов растительного происхождения (шелухи какао-бобов, порошка какао, ядер обжаренных орехов)",
             "Өсімдік тектес тағам өнімдерінің шаңы (какао-бұршақ қабығы, какао ұнтағы, қуырылған жаңғақ дәндері)", ""),
    "3733": ("Пыль мучная риса и кукурузы", "Күріш пен жүгері ұнының шаңы", ""),
    "1301": ("Проп-2-ен-1-аль (Акролеин)", "Проп-2-ен-1-аль (акролеин)", ""),
    "0152": ("Натрий хлорид (Поваренная соль)", "Натрий хлориді (ас тұзы)", ""),
    "1317": ("Ацетальдегид (Уксусный альдегид)", "Ацетальдегид (сірке альдегиді)", ""),
}


def _air(doc: Doc, code: str) -> str:
    return AIR[code][{"ru": 0, "kk": 1, "vi": 2}[doc.lang]]


# ---------------------------------------------------------------- the enterprises

# (RU factory, KK factory, RU operator, KK operator, RU address, KK address, KATO prefix, lat, lon)
ALMATY_SWEETS = (
    ("Кондитерская фабрика «Алатау Тәттілері»", "«Алатау Тәттілері» кондитер фабрикасы", "АО «Алатау Тәттілері»", "«Алатау Тәттілері» АҚ",
     "г. Алматы, Турксибский район, ул. Бекмаханова, 93", "Алматы қ., Түрксіб ауданы, Бекмаханов к-сі, 93", "7541", 43.3372, 76.9671),
    ("Шоколадная фабрика «Медеу Шоколад»", "«Медеу Шоколад» шоколад фабрикасы", "ТОО «Медеу Шоколад Продакшн»", "«Медеу Шоколад Продакшн» ЖШС",
     "г. Алматы, Жетысуский район, ул. Северное кольцо, 57", "Алматы қ., Жетісу ауданы, Солтүстік сақина к-сі, 57", "7537", 43.3268, 76.9152),
)  # fmt: skip
# (RU factory, KK factory, RU operator, KK operator)
SHYMKENT_SWEETS = (
    ("Кондитерская фабрика «Оңтүстік Кәмпит»", "«Оңтүстік Кәмпит» кондитер фабрикасы", "ТОО «Оңтүстік Кәмпит»", "«Оңтүстік Кәмпит» ЖШС"),
    ("Шоколадная фабрика «Самал» (г. Шымкент)", "«Самал» шоколад фабрикасы (Шымкент қ.)", "АО «Самал Кондитер»", "«Самал Кондитер» АҚ"),
)
# (RU plant, KK plant, RU operator, KK operator, RU place, KK place)
SNACK_PLANTS = (
    ("Завод картофельных чипсов и снеков «Дала Снэк»", "«Дала Снэк» картоп чипсілері мен снектер зауыты", "ТОО «Дала Снэк Продакшн»",
     "«Дала Снэк Продакшн» ЖШС", "Алматинская область, Карасайский район, г. Каскелен, Промышленная зона, участок 14",
     "Алматы облысы, Қарасай ауданы, Қаскелең қ., Өнеркәсіптік аймақ, 14-учаске"),
    ("Фабрика чипсов и экструдированных снеков «Қытыр»", "«Қытыр» чипсі және экструдталған снектер фабрикасы", "ТОО «Қытыр Фудс»",
     "«Қытыр Фудс» ЖШС", "Алматинская область, Илийский район, пос. Өтеген батыр, ул. Титова, 2/1",
     "Алматы облысы, Іле ауданы, Өтеген батыр к., Титов к-сі, 2/1"),
)  # fmt: skip
# (RU deposit, KK deposit, RU plant, KK plant, RU operator, KK operator, RU place, KK place, KATO prefix, lat, lon)
SPRINGS = (
    ("Талғар-Арасан", "Талғар-Арасан", "Завод по розливу минеральной воды «Талғар Бұлақ»", "«Талғар Бұлақ» минералды су құю зауыты",
     "ТОО «Алатау Минерал Су»", "«Алатау Минерал Су» ЖШС",
     "Алматинская область, Талгарский район, Бескайнарский сельский округ, участок 112",
     "Алматы облысы, Талғар ауданы, Бесқайнар ауылдық округі, 112-учаске", "1957", 43.2542, 77.2816),
    ("Қапал-Арасан", "Қапал-Арасан", "Завод по розливу минеральной воды «Қапал Су»", "«Қапал Су» минералды су құю зауыты",
     "ТОО «Жетісу Минерал Бұлақ»", "«Жетісу Минерал Бұлақ» ЖШС", "область Жетісу, Аксуский район, село Капал, ул. Арасан, 5",
     "Жетісу облысы, Ақсу ауданы, Қапал ауылы, Арасан к-сі, 5", "3336", 45.1277, 79.0571),
)  # fmt: skip
# (plant, company, address, lat, lon) — instant coffee, the former Bình Dương (part of Hồ Chí Minh City since 1 July 2025)
VN_COFFEE_BD = (
    ("Nhà máy cà phê hòa tan Mỹ Phước Xanh", "Công ty TNHH Cà phê Mỹ Phước Xanh",
     "Lô C-7, đường NE8, KCN Mỹ Phước 3, phường Thới Hòa, Thành phố Hồ Chí Minh (trước ngày 01/7/2025: thị xã Bến Cát, tỉnh Bình Dương)",
     11.1192, 106.6034),
    ("Nhà máy chế biến cà phê Tân Uyên Gold", "Công ty Cổ phần Cà phê Tân Uyên Gold",
     "Lô E2, KCN Nam Tân Uyên mở rộng, phường Vĩnh Tân, Thành phố Hồ Chí Minh (trước ngày 01/7/2025: thành phố Tân Uyên, tỉnh Bình Dương)",
     11.0521, 106.7408),
)
# (plant, company, address) — roasting in Đắk Lắk
VN_COFFEE_DL = (
    ("Nhà máy rang xay cà phê Ea Tam", "Công ty TNHH Cà phê Ea Tam Buôn Ma Thuột", "số 92 đường Nguyễn Văn Cừ, phường Tân Lập, tỉnh Đắk Lắk"),
    ("Nhà máy chế biến cà phê Hòa Phú Xanh", "Công ty Cổ phần Cà phê Hòa Phú Xanh", "Lô A4, KCN Hòa Phú, xã Hòa Phú, tỉnh Đắk Lắk"),
)
# (plant, company, address, lat, lon) — cashew, the former Bình Phước (part of Đồng Nai since 1 July 2025)
VN_CASHEW = (
    ("Nhà máy chế biến hạt điều xuất khẩu Phú Riềng Xanh", "Công ty TNHH Chế biến Nông sản Phú Riềng Xanh",
     "ấp 3, xã Phú Riềng, tỉnh Đồng Nai (trước ngày 01/7/2025: xã Bù Nho, huyện Phú Riềng, tỉnh Bình Phước)", 11.6873, 106.9412),
    ("Nhà máy điều Đồng Xoài Hưng Thịnh", "Công ty Cổ phần Điều Hưng Thịnh Đồng Xoài",
     "Lô B5, KCN Đồng Xoài I, phường Đồng Xoài, tỉnh Đồng Nai (trước ngày 01/7/2025: xã Tiến Hưng, thành phố Đồng Xoài, tỉnh Bình Phước)",
     11.5016, 106.8697),
)
# (plant, company, old site, new site) — candy factories of Hà Nội
VN_CANDY = (
    ("Nhà máy bánh kẹo Tương Mai", "Công ty Cổ phần Bánh kẹo Tương Mai Xanh", "số 25 phố Trương Định, phường Tương Mai, Hà Nội",
     "Lô CN3-2, KCN Phú Nghĩa, xã Phú Nghĩa, Hà Nội"),
    ("Nhà máy kẹo Hồng Hà", "Công ty TNHH Kẹo Hồng Hà Việt", "số 12 ngõ 381 phố Nguyễn Khang, phường Yên Hòa, Hà Nội",
     "Lô C6, KCN Quang Minh, xã Quang Minh, Hà Nội"),
)


# ---------------------------------------------------------------- facility

SHOPS_ENERGY = (("Шоколадный цех", "Шоколад цехы"), ("Карамельный цех", "Карамель цехы"), ("Вафельный цех", "Вафли цехы"),
                ("Котельная", "Қазандық"), ("Компрессорная и холодильная станция", "Компрессорлық және тоңазыту станциясы"),
                ("Вспомогательные службы и АБК", "Қосалқы қызметтер және ӘТК"))


def _shares(doc: Doc, n: int) -> list[int]:
    """n whole per cents that add up to 100."""
    w = [doc.rng.randint(3, 30) for _ in range(n)]
    out = [round(x * 100 / sum(w)) for x in w[:-1]]
    return out + [100 - sum(out)]


def facility_jn1(doc: Doc) -> None:
    """The first section of an energy audit report of a confectionery factory in Almaty, `№ | показатель | ед. изм. |
    значение`, the subject of the State energy register with its BIN and its number in the register, the object, its place,
    KATO, latitude and longitude on rows of their own in degrees, minutes and seconds, the OKED with its words and the
    category beside the permit, then the year's output and energy — gas, electricity, heat, tonnes of fuel equivalent — the
    auditing firm with a BIN and an accreditation of its own in the paragraph above; the energy by shop in per cent in a
    table of no role (VI: the energy audit of an instant-coffee plant in the former Bình Dương, a key energy user, the
    auditing firm's enterprise number and the auditor's certificate above, decimal degrees, `Nhóm II` beside the permit)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_jn1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    f_ru, f_kk, o_ru, o_kk, a_ru, a_kk, prefix, lat0, lon0 = doc.pick(ALMATY_SWEETS)
    name, operator = (f_ru, f_kk)[L], (o_ru, o_kk)[L]
    bin_, aud_bin, kato = make_bin(r), make_bin(r), _kato(doc, prefix)
    lat_t, lat_v = _dms(lat0 + r.uniform(-0.003, 0.003))
    lon_t, lon_v = _dms(lon0 + r.uniform(-0.003, 0.003))
    permit = f"KZ{r.randint(10, 99)}VCZ{r.randint(10**7, 10**8 - 1):08d}"
    output = r.randint(90, 260) * 100
    gas = round(output * r.uniform(0.06, 0.09), 1)
    el = round(output * r.uniform(0.35, 0.5), 1)
    heat = float(round(output * r.uniform(0.2, 0.35)))
    total = round(gas * 1.154 + el * 0.123 + heat * 0.1429, 1)
    spec = round(total * 1000 / output, 1)
    d1 = r.randint(2, 20)
    doc.h(g("Отчет об энергетическом аудите. Раздел 1. Общие сведения о субъекте Государственного энергетического реестра и объекте "
            "энергоаудита",
            "Энергетикалық аудит туралы есеп. 1-бөлім. Мемлекеттік энергетикалық тізілім субъектісі және энергетикалық аудит объектісі "
            "туралы жалпы мәліметтер", ""))
    doc.p(g(f"Энергоаудит проведен ТОО «ЭнергоАудит Центр» (БИН {aud_bin}; свидетельство об аккредитации в области энергосбережения "
            f"№ KZ-ЭА-{r.randint(100, 999)}) по договору № {r.randint(12, 98)}/ЭА от {d1:02d}.01.2026. Обследование выполнено с "
            f"{d1 + 7:02d}.01.2026 по {r.randint(2, 27):02d}.02.2026; базовый период – 2025 год.",
            f"Энергетикалық аудитті «ЭнергоАудит Орталығы» ЖШС (БСН {aud_bin}; энергия үнемдеу саласындағы аккредиттеу туралы куәлік "
            f"№ KZ-ЭА-{r.randint(100, 999)}) 2026 жылғы {d1} қаңтардағы № {r.randint(12, 98)}/ЭА шарт бойынша жүргізді. Зерттеу "
            f"2026 жылғы {d1 + 7} қаңтар мен {r.randint(2, 27)} ақпан аралығында орындалды; базалық кезең – 2025 жыл.", ""))
    dash = "–"
    rows = [g(["№", "Показатель", "Ед. изм.", "Значение"], ["№", "Көрсеткіш", "Өлш. бірл.", "Мәні"], []),
            ["1.1", g("Наименование субъекта Государственного энергетического реестра (ГЭР)", "Мемлекеттік энергетикалық тізілім (МЭТ) субъектісінің атауы", ""), dash, operator],
            ["1.2", g("БИН субъекта ГЭР", "МЭТ субъектісінің БСН", ""), dash, bin_],
            ["1.3", g("Регистрационный номер в ГЭР", "МЭТ-тегі тіркеу нөмірі", ""), dash, f"{g('ГЭР', 'МЭТ', '')}-{r.randint(10000, 99999)}"],
            ["1.4", g("Наименование объекта энергоаудита", "Энергетикалық аудит объектісінің атауы", ""), dash, name],
            ["1.5", g("Местонахождение объекта", "Объектінің орналасқан жері", ""), dash, (a_ru, a_kk)[L]],
            ["1.6", g("Код КАТО", "ҚАТО коды", ""), dash, kato],
            ["1.7", g("Широта центра площадки (WGS-84)", "Алаң орталығының ендігі (WGS-84)", ""), g("град., мин., сек.", "град., мин., сек.", ""),
             f"{lat_t} {g('с.ш.', 'с.е.', '')}"],
            ["1.8", g("Долгота центра площадки (WGS-84)", "Алаң орталығының бойлығы (WGS-84)", ""), g("град., мин., сек.", "град., мин., сек.", ""),
             f"{lon_t} {g('в.д.', 'ш.б.', '')}"],
            ["1.9", g("Основной вид деятельности по ОКЭД", "ЭҚЖЖ бойынша негізгі қызмет түрі", ""), dash,
             g("10820 – Производство какао, шоколада и сахаристых кондитерских изделий", "10820 – Какао, шоколад және қантты кондитерлік өнімдер өндірісі", "")],
            ["1.10", g("Категория объекта по Экологическому кодексу РК", "ҚР Экология кодексі бойынша объект санаты", ""), dash, "II"],
            ["1.11", g("Экологическое разрешение на воздействие", "Әсер етуге арналған экологиялық рұқсат", ""), dash,
             g(f"№ {permit} от {r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2024, срок действия до 31.12.2033",
               f"№ {permit}, {r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2024, қолданылу мерзімі 31.12.2033 дейін", "")],
            ["1.12", g("Режим работы", "Жұмыс режимі", ""), dash, g("2 смены по 12 ч, 305 сут/год", "12 сағаттан 2 ауысым, жылына 305 тәулік", "")],
            ["1.13", g("Выпуск продукции в базовом году", "Базалық жылы өнім шығару", ""), g("т", "т", ""), num(output, doc.lang)],
            ["1.14", g("Потребление природного газа", "Табиғи газды тұтыну", ""), g("тыс. м³", "мың м³", ""), num(gas, doc.lang)],
            ["1.15", g("Потребление электрической энергии", "Электр энергиясын тұтыну", ""), g("тыс. кВт·ч", "мың кВт·сағ", ""), num(el, doc.lang)],
            ["1.16", g("Потребление тепловой энергии (горячая вода от ТЭЦ-2)", "Жылу энергиясын тұтыну (ЖЭО-2-ден ыстық су)", ""), g("Гкал", "Гкал", ""),
             num(heat, doc.lang)],
            ["1.17", g("Суммарное потребление топливно-энергетических ресурсов", "Отын-энергетикалық ресурстарды жиынтық тұтыну", ""),
             g("т у.т.", "т ш.о.", ""), num(total, doc.lang)],
            ["1.18", g("Удельное потребление ТЭР на 1 т продукции", "1 т өнімге шаққандағы ОЭР меншікті тұтынуы", ""),
             g("кг у.т./т", "кг ш.о./т", ""), num(spec, doc.lang)]]  # fmt: skip
    doc.table(g("Таблица 1.1 – Общие сведения", "1.1-кесте – Жалпы мәліметтер", ""), rows, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": _core(name), "kato": kato, "oked": "10820", "category": "II", "lat": lat_v,
                           "lon": lon_v})
    cols = [_shares(doc, len(SHOPS_ENERGY)) for _ in range(3)]
    rows = [g(["Цех, участок", "Природный газ, %", "Электроэнергия, %", "Тепловая энергия, %"],
              ["Цех, учаске", "Табиғи газ, %", "Электр энергиясы, %", "Жылу энергиясы, %"], [])]
    for k, shop in enumerate(SHOPS_ENERGY):
        rows.append([shop[L], *(str(c[k]) for c in cols)])
    rows.append([g("Итого", "Барлығы", ""), "100", "100", "100"])
    doc.table(g("Таблица 1.2 – Распределение потребления энергоресурсов по цехам в 2025 году",
                "1.2-кесте – 2025 жылы энергия ресурстарын тұтынудың цехтар бойынша бөлінуі", ""), rows, role="other")
    doc.p(g("Коэффициенты пересчета в условное топливо: газ – 1,154 т у.т./тыс. м³, электроэнергия – 0,123 т у.т./тыс. кВт·ч, тепловая "
            "энергия – 0,1429 т у.т./Гкал.",
            "Шартты отынға қайта есептеу коэффициенттері: газ – 1,154 т ш.о./мың м³, электр энергиясы – 0,123 т ш.о./мың кВт·сағ, жылу "
            "энергиясы – 0,1429 т ш.о./Гкал.", ""))


VN_STAGES_ENERGY = ("Rang, xay cà phê", "Trích ly", "Cô đặc, sấy phun", "Lò hơi", "Máy nén khí, lạnh", "Đóng gói, văn phòng")


def _facility_jn1_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, address, lat0, lon0 = doc.pick(VN_COFFEE_BD)
    msdn, aud = make_msdn(r), make_msdn(r)
    lat, lon = round(lat0 + r.uniform(-0.002, 0.002), 5), round(lon0 + r.uniform(-0.002, 0.002), 5)
    cap = r.randint(30, 60) * 100
    out = round(cap * r.uniform(0.72, 0.93))
    kwh = r.randint(80, 140) * out * 10
    coal = round(out * r.uniform(0.9, 1.4))
    grounds = round(out * r.uniform(1.6, 2.2))
    do = r.randint(20, 60) * 1000
    toe = round(kwh / 1000 * 0.1543 + coal * 0.7 + grounds * 0.35 + do / 1000 * 0.88, 1)
    doc.h(f"BÁO CÁO KIỂM TOÁN NĂNG LƯỢNG NĂM 2025 – {plant.upper()}")
    doc.p(f"Đơn vị thực hiện kiểm toán: Công ty TNHH Tư vấn Năng lượng Sài Gòn Xanh (mã số doanh nghiệp {aud}); trưởng đoàn kiểm toán là "
          f"kiểm toán viên năng lượng, chứng chỉ số {r.randint(100, 990)}/CC-KTNL do Bộ Công Thương cấp. Thời gian khảo sát, đo đạc tại cơ "
          f"sở: từ ngày {r.randint(3, 12):02d}/01/2026 đến ngày {r.randint(15, 28):02d}/01/2026.")
    doc.h("Chương 1. Thông tin chung về cơ sở sử dụng năng lượng")
    rows = [["TT", "Nội dung", "Đơn vị", "Thông tin"],
            ["1", "Tên cơ sở", "-", plant],
            ["2", "Chủ cơ sở", "-", company],
            ["3", "Mã số doanh nghiệp", "-", msdn],
            ["4", "Địa chỉ", "-", address],
            ["5", "Tọa độ trung tâm nhà máy (hệ WGS-84)", "độ", f"{num(lat, 'vi')}° vĩ độ Bắc; {num(lon, 'vi')}° kinh độ Đông"],
            ["6", "Ngành nghề sản xuất chính", "-", "Sản xuất cà phê hòa tan, cà phê rang xay (mã ngành VSIC 1077)"],
            ["7", "Công suất thiết kế", "tấn sản phẩm/năm", num(cap, "vi")],
            ["8", "Giấy phép môi trường", "-", f"Số {r.randint(100, 990)}/GP-UBND ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2023 "
                                                "của Ủy ban nhân dân tỉnh Bình Dương"],
            ["9", "Phân loại cơ sở theo tiêu chí về môi trường", "-", "Nhóm II (Phụ lục IV Nghị định số 08/2022/NĐ-CP)"],
            ["10", "Cơ sở sử dụng năng lượng trọng điểm", "-", "Có (danh sách năm 2025 do Thủ tướng Chính phủ ban hành)"],
            ["11", "Sản lượng năm 2025", "tấn sản phẩm", num(out, "vi")],
            ["12", "Điện năng tiêu thụ", "kWh", num(kwh, "vi")],
            ["13", "Than cám (lò hơi)", "tấn", num(coal, "vi")],
            ["14", "Bã cà phê tận dụng làm nhiên liệu lò hơi", "tấn", num(grounds, "vi")],
            ["15", "Dầu DO (máy phát, xe nâng)", "lít", num(do, "vi")],
            ["16", "Tổng năng lượng tiêu thụ quy đổi", "TOE", num(toe, "vi")]]  # fmt: skip
    doc.table("Bảng 1.1. Thông tin chung", rows, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": plant, "category": "II", "lat": lat, "lon": lon})
    cols = [_shares(doc, len(VN_STAGES_ENERGY)) for _ in range(2)]
    rows = [["Công đoạn", "Điện năng (%)", "Nhiệt năng (%)"]]
    rows += [[stage, str(cols[0][k]), str(cols[1][k])] for k, stage in enumerate(VN_STAGES_ENERGY)]
    doc.table("Bảng 1.2. Cơ cấu tiêu thụ năng lượng theo công đoạn năm 2025", rows, role="other")
    doc.p("Hệ số quy đổi: 1.000 kWh = 0,1543 TOE; than cám 0,7 TOE/tấn; bã cà phê 0,35 TOE/tấn; dầu DO 0,88 TOE/1.000 lít.")


def facility_jn2(doc: Doc) -> None:
    """The first section of the project of the zones of sanitary protection (ЗСО) of a mineral-water deposit whose water a
    bottling plant in the zone's second belt pours, `№ | характеристика | сведения` under three Roman section rows — the
    subsoil user with its BIN and its licence, the deposit with its reserves of category `В`, the type of water, the
    production wells and the three belts (`I пояс – 30 м`), then the plant with its place, KATO, centre in degrees, minutes
    and seconds, capacity, category `II` and a sanitary class `IV` — the category of the reserves and the belts being no
    category of the object; the wells' own coordinates in a table of no role after it (VI: the dossier for a licence to
    abstract groundwater of a cashew plant in the former Bình Phước, the wells in VN-2000 metres in a table of no role, the
    sanitary radius of the wells, `Nhóm II`)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_jn2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    dep_ru, dep_kk, p_ru, p_kk, o_ru, o_kk, a_ru, a_kk, prefix, lat0, lon0 = doc.pick(SPRINGS)
    dep, plant, operator = (dep_ru, dep_kk)[L], (p_ru, p_kk)[L], (o_ru, o_kk)[L]
    bin_, kato = make_bin(r), _kato(doc, prefix)
    lat_c, lon_c = lat0 + r.uniform(-0.002, 0.002), lon0 + r.uniform(-0.002, 0.002)
    lat_t, lat_v = _dms(lat_c)
    lon_t, lon_v = _dms(lon_c)
    lic = f"{r.randint(100, 999)}-EL"
    q = r.randint(18, 45) * 10
    belt2, belt3 = r.randint(18, 30) * 10, r.randint(15, 24) * 100
    mineral = (round(r.uniform(3.4, 4.0), 1), round(r.uniform(4.4, 5.2), 1))
    ns, ew = g("с.ш.", "с.е.", ""), g("в.д.", "ш.б.", "")
    doc.h(g(f"Проект зон санитарной охраны месторождения минеральных подземных вод «{dep}». Пояснительная записка",
            f"«{dep}» минералды жерасты сулары кен орнының санитариялық күзет аймақтарының жобасы. Түсіндірме жазба", ""))
    doc.p(g(f"Проект выполнен ТОО «ГидроГеоПроект» по заданию {operator}. Минеральная вода месторождения используется для промышленного "
            "розлива на заводе, расположенном в пределах второго пояса зоны санитарной охраны (ЗСО); режим поясов установлен в разделе 4.",
            f"Жобаны «ГидроГеоПроект» ЖШС жер қойнауын пайдаланушының ({operator}) тапсырмасы бойынша орындады. Кен орнының минералды суы санитариялық күзет аймағының "
            "(СКА) екінші белдеуі шегінде орналасқан зауытта өнеркәсіптік құю үшін пайдаланылады; белдеулердің режимі 4-бөлімде белгіленген.", ""))
    doc.h(g("1. Общие сведения", "1. Жалпы мәліметтер", ""))
    rows = [g(["№", "Характеристика", "Сведения"], ["№", "Сипаттама", "Мәліметтер"], [])]
    merges: list = []
    _span(rows, merges, g("I. Недропользователь", "I. Жер қойнауын пайдаланушы", ""), 3)
    rows += [["1", g("Наименование", "Атауы", ""), operator],
             ["2", g("БИН", "БСН", ""), bin_],
             ["3", g("Лицензия на добычу подземных вод", "Жерасты суларын өндіруге арналған лицензия", ""),
              g(f"№ {lic} от {r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2021, срок – до 2045 г.",
                f"№ {lic}, {r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2021, мерзімі – 2045 ж. дейін", "")]]
    _span(rows, merges, g("II. Месторождение и водозабор", "II. Кен орны және су тартқыш", ""), 3)
    rows += [["4", g("Месторождение (участок)", "Кен орны (учаске)", ""), g(f"«{dep}», участок Северный", f"«{dep}», Солтүстік учаскесі", "")],
             ["5", g("Утвержденные эксплуатационные запасы", "Бекітілген пайдалану қорлары", ""),
              g(f"{num(q, 'ru')} м³/сут по категории В (протокол МКЗ № {r.randint(1000, 2999)}-21-У)",
                f"В санаты бойынша тәулігіне {num(q, 'kk')} м³ (ӨҚК хаттамасы № {r.randint(1000, 2999)}-21-У)", "")],
             ["6", g("Тип минеральной воды", "Минералды судың түрі", ""),
              g(f"хлоридно-гидрокарбонатная натриевая, минерализация {num(mineral[0], 'ru')}–{num(mineral[1], 'ru')} г/дм³",
                f"хлоридті-гидрокарбонатты натрийлі, минералдануы {num(mineral[0], 'kk')}–{num(mineral[1], 'kk')} г/дм³", "")],
             ["7", g("Эксплуатационные скважины", "Пайдалану ұңғымалары", ""),
              g("№ Э-1 (рабочая), № Э-2 (резервная), глубина 310 и 325 м", "№ Э-1 (жұмыс), № Э-2 (резервтік), тереңдігі 310 және 325 м", "")],
             ["8", g("Пояса ЗСО", "СКА белдеулері", ""),
              g(f"I пояс – 30 м вокруг каждой скважины; II пояс – {num(belt2, 'ru')} м; III пояс – {num(belt3, 'ru')} м",
                f"I белдеу – әр ұңғыманың айналасында 30 м; II белдеу – {num(belt2, 'kk')} м; III белдеу – {num(belt3, 'kk')} м", "")]]
    _span(rows, merges, g("III. Завод по розливу", "III. Құю зауыты", ""), 3)
    rows += [["9", g("Наименование объекта", "Объектінің атауы", ""), plant],
             ["10", g("Местонахождение", "Орналасқан жері", ""), (a_ru, a_kk)[L]],
             ["11", g("Код КАТО", "ҚАТО коды", ""), kato],
             ["12", g("Координаты центра площадки завода (WGS-84)", "Зауыт алаңы орталығының координаттары (WGS-84)", ""),
              f"{lat_t} {ns}; {lon_t} {ew}"],
             ["13", g("Производственная мощность", "Өндірістік қуаты", ""),
              g("2 линии розлива по 12 000 бут./ч (0,5–1,5 л), участок выдува ПЭТ-бутылок из преформ",
                "сағатына 12 000 бөтелкеден 2 құю желісі (0,5–1,5 л), преформалардан ПЭТ-бөтелкелерді үрлеу учаскесі", "")],
             ["14", g("Категория объекта по Экологическому кодексу РК", "ҚР Экология кодексі бойынша объект санаты", ""), "II"],
             ["15", g("Класс санитарной опасности, размер СЗЗ", "Санитариялық қауіптілік сыныбы, СҚА өлшемі", ""),
              g("IV класс, 100 м", "IV сынып, 100 м", "")]]
    doc.table(g("Таблица 1.1 – Общие сведения о недропользователе, месторождении и объекте",
                "1.1-кесте – Жер қойнауын пайдаланушы, кен орны және объект туралы жалпы мәліметтер", ""), rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": _core(plant), "kato": kato, "category": "II", "lat": lat_v, "lon": lon_v})
    wells = [g(["№ скважины", "Назначение", "Глубина, м", "Широта", "Долгота", "Дебит, м³/сут"],
               ["Ұңғыма №", "Мақсаты", "Тереңдігі, м", "Ендік", "Бойлық", "Дебиті, м³/тәул."], [])]
    for w, (role_ru, role_kk), depth in (("Э-1", ("рабочая", "жұмыс"), 310), ("Э-2", ("резервная", "резервтік"), 325),
                                         ("Н-1", ("наблюдательная", "бақылау"), 120)):
        wl, _ = _dms(lat_c + r.uniform(0.0015, 0.003))
        wo, _ = _dms(lon_c + r.uniform(-0.003, 0.003))
        wells.append([w, (role_ru, role_kk)[L], str(depth), f"{wl} {ns}", f"{wo} {ew}", num(r.randint(8, 30) * 10, doc.lang) if w != "Н-1" else "–"])
    doc.table(g("Таблица 1.2 – Скважины водозабора", "1.2-кесте – Су тартқыштың ұңғымалары", ""), wells, role="other")


def _facility_jn2_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, address, lat0, lon0 = doc.pick(VN_CASHEW)
    msdn = make_msdn(r)
    lat_t, lat_v = _dms(lat0 + r.uniform(-0.002, 0.002))
    lon_t, lon_v = _dms(lon0 + r.uniform(-0.002, 0.002))
    q = r.randint(12, 24) * 10
    doc.p(f"{company.upper()}")
    doc.h("HỒ SƠ ĐỀ NGHỊ CẤP GIẤY PHÉP KHAI THÁC, SỬ DỤNG NƯỚC DƯỚI ĐẤT")
    doc.p("Phần 1. Thông tin về tổ chức đề nghị cấp phép và công trình khai thác. Hồ sơ lập theo Nghị định số 54/2024/NĐ-CP; nước dưới đất "
          "được khai thác để cấp cho công đoạn hấp, ngâm hạt điều, vệ sinh nhà xưởng và sinh hoạt của công nhân.")
    rows = [["TT", "Nội dung", "Thông tin"],
            ["1", "Tên tổ chức đề nghị cấp phép", company],
            ["2", "Mã số doanh nghiệp", msdn],
            ["3", "Tên cơ sở sử dụng nước", plant],
            ["4", "Địa điểm cơ sở", address],
            ["5", "Tọa độ trung tâm nhà máy (hệ WGS-84)", f"{lat_t} N; {lon_t} E"],
            ["6", "Loại hình, quy mô sản xuất", f"Chế biến hạt điều nhân xuất khẩu, công suất {num(r.randint(8, 16) * 1000, 'vi')} tấn hạt điều thô/năm"],
            ["7", "Phân loại theo tiêu chí về môi trường", "Cơ sở nhóm II (Phụ lục IV Nghị định số 08/2022/NĐ-CP)"],
            ["8", "Số lượng giếng khai thác", f"03 giếng (G1, G2, G3), tổng lưu lượng đề nghị {num(q, 'vi')} m³/ngày đêm"],
            ["9", "Tầng chứa nước khai thác", "Tầng chứa nước khe nứt các thành tạo phun trào bazan Pleistocen"],
            ["10", "Vùng bảo hộ vệ sinh khu vực lấy nước", "Bán kính 20 m tính từ miệng mỗi giếng"]]  # fmt: skip
    doc.table("Bảng 1. Thông tin chung", rows, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": plant, "category": "II", "lat": lat_v, "lon": lon_v})
    wells = [["Số hiệu giếng", "X (m)", "Y (m)", "Chiều sâu (m)", "Lưu lượng (m³/ngày đêm)"]]
    x0, y0 = r.randint(1_270_000, 1_290_000), r.randint(570_000, 590_000)
    for k in range(1, 4):
        wells.append([f"G{k}", num(x0 + r.randint(-150, 150), "vi"), num(y0 + r.randint(-150, 150), "vi"), str(r.randint(60, 110)),
                      num(q // 3, "vi")])
    doc.table("Bảng 2. Tọa độ giếng khai thác (hệ VN-2000, kinh tuyến trục 106°15′, múi chiếu 3°)", wells, role="other")


# ---------------------------------------------------------------- emissions

# (number, RU source, KK source, [(RU stage, KK stage, hours a year, {code: (low, high) g/s})])
ROAST_SOURCES = (
    ("0001", "Дымовая труба обжарочного аппарата какао-бобов (газовая горелка, камера дожигания)",
     "Какао-бұршақ қуыру аппаратының түтін мұржасы (газ жанарғысы, жағу камерасы)", [
         ("Разогрев барабана и камеры дожигания", "Барабан мен жағу камерасын қыздыру", 300,
          {"0337": (0.004, 0.012), "0301": (0.002, 0.006), "0304": (0.0003, 0.001)}),
         ("Обжарка какао-бобов", "Какао-бұршақты қуыру", 2800,
          {"0337": (0.012, 0.03), "0301": (0.004, 0.012), "0304": (0.0006, 0.002), "3706": (0.002, 0.006)}),
         ("Охлаждение и выгрузка бобов", "Бұршақты салқындату және түсіру", 900, {"3706": (0.007, 0.016)})]),
    ("0002", "Аспирация дробильно-сортировочной машины (веялки), циклон ЦН-11",
     "Ұсақтау-сұрыптау машинасының (сапырғыштың) аспирациясы, ЦН-11 циклоны", [
         ("Дробление бобов и отделение какаовеллы", "Бұршақты ұсақтау және какао-қабықты бөлу", 3600, {"3706": (0.01, 0.04)})]),
    ("0003", "Дымовая труба газовой горелки варочной колонки карамельной массы",
     "Карамель массасын пісіру колонкасының газ жанарғысының түтін мұржасы", [
         ("Выход на режим", "Режимге шығу", 250, {"0337": (0.006, 0.015), "0301": (0.002, 0.005), "0304": (0.0003, 0.0008)}),
         ("Уваривание карамельной массы", "Карамель массасын қайнату", 4200, {"0337": (0.003, 0.008), "0301": (0.003, 0.007), "0304": (0.0004, 0.0011)})]),
    ("0004", "Вытяжная труба вафельной печи (газ)", "Вафли пешінің сору құбыры (газ)", [
         ("Разогрев печи", "Пешті қыздыру", 300, {"0337": (0.01, 0.025), "0301": (0.003, 0.008), "0304": (0.0005, 0.0013)}),
         ("Выпечка вафельных листов", "Вафли парақтарын пісіру", 4500, {"0337": (0.006, 0.014), "0301": (0.005, 0.012), "0304": (0.0008, 0.002)})]),
    ("6001", "Склад сахара-песка: разгрузка автосамосвалов и пневмотранспорт в силосы",
     "Қант құмы қоймасы: автоөзітүсіргіштерді түсіру және силостарға пневмотасымал", [
         ("Разгрузка автосамосвалов", "Автоөзітүсіргіштерді түсіру", 400, {"2973": (0.02, 0.06)}),
         ("Загрузка силосов пневмотранспортом", "Силостарды пневмотасымалмен тиеу", 1200, {"2973": (0.004, 0.012)})]),
)  # fmt: skip
ROAST_CODES = ("0337", "0301", "0304", "3706", "2973")


def _stage_table(doc: Doc, rows: list, merges: list, codes, label: str, stages, close: str) -> list[tuple[str, float, float]]:
    """One source's block: a spanning row, a row per stage with g/s and t/year for each code, and the closing row with the
    greatest g/s and the sum of the tonnes; returns (code, g/s, t/year) of the closing row."""
    width = 2 + 2 * len(codes)
    _span(rows, merges, label, width)
    per: dict[str, list[tuple[float, float]]] = {}
    for s_name, hours, rates in stages:
        line = [s_name, num(hours, doc.lang)]
        for c in codes:
            if c not in rates:
                line += ["–", "–"]
                continue
            lo, hi = rates[c]
            gs = _sig(doc.rng.uniform(lo, hi), 3)
            ty = _sig(gs * hours * 0.0036, 3)
            per.setdefault(c, []).append((gs, ty))
            line += [num(gs, doc.lang), num(ty, doc.lang)]
        rows.append(line)
    out = []
    line = [close, ""]
    for c in codes:
        if c not in per:
            line += ["–", "–"]
            continue
        gmax, tsum = max(x[0] for x in per[c]), _dsum(x[1] for x in per[c])
        line += [num(gmax, doc.lang), num(tsum, doc.lang)]
        out.append((c, gmax, tsum))
    rows.append(line)
    return out


def emissions_jn1(doc: Doc) -> None:
    """A Shymkent confectionery factory's calculation of emissions by the stages of each source's cycle, a row spanning the
    table per source (`ИЗА 0001 – …`), a row per stage — heating the roaster and its afterburner, roasting the cocoa beans,
    cooling and unloading; heating up and baking at the wafer oven; unloading sugar and blowing it into the silos — with the
    hours a year and, under each substance headed by its name and code, the stage's g/s and t/year, dashes where a stage
    gives nothing, and a closing row per source with the greatest g/s and the sum of the tonnes, which alone are the
    source's emission as the note says; cocoa husk dust (3706) and sugar dust (2973) with no class (VI: a Đắk Lắk coffee
    roastery's loads by the phases of a batch — heating, roasting, cooling and dehulling — for its two roasters and its
    grinding and packing line, no source numbers)."""
    if doc.lang == "vi":
        _emissions_jn1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    name = doc.pick(SHYMKENT_SWEETS)[L]
    doc.h(g(f"Проект нормативов допустимых выбросов. {name}. 3.2. Расчет выбросов по стадиям работы источников",
            f"{name}. Жол берілетін шығарындылар нормативтерінің жобасы. 3.2. Көздердің жұмыс сатылары бойынша шығарындыларды есептеу", ""))
    doc.p(g("Обжарочный аппарат, варочная колонка и вафельная печь работают циклами, стадии которых не совпадают во времени. Поэтому "
            "максимальный разовый выброс источника (г/с) принят по стадии с наибольшим выбросом, а валовый выброс (т/год) – как сумма "
            "выбросов всех стадий; именно эти значения (строки «Итого по ИЗА») включены в нормативы.",
            "Қуыру аппараты, пісіру колонкасы және вафли пеші сатылары уақыт бойынша сәйкес келмейтін циклдармен жұмыс істейді. Сондықтан "
            "көздің ең жоғары бір реттік шығарындысы (г/с) шығарындысы ең көп сатыға, ал жалпы шығарынды (т/жыл) барлық сатылар "
            "шығарындыларының қосындысы ретінде қабылданды; нормативтерге дәл осы мәндер («ЛШК бойынша жиыны» жолдары) енгізілді.", ""))
    head0 = [g("Стадия (режим) работы", "Жұмыс сатысы (режимі)", ""), g("Время, ч/год", "Уақыты, сағ/жыл", "")]
    head1 = [None, None]
    for c in ROAST_CODES:
        head0 += [f"{_air(doc, c)} ({c})", None]
        head1 += [g("г/с", "г/с", ""), g("т/год", "т/жыл", "")]
    rows = [head0, head1]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1)] + [(0, 2 + 2 * k, 0, 3 + 2 * k) for k in range(len(ROAST_CODES))]
    for number, s_ru, s_kk, stages in ROAST_SOURCES:
        label = f"{g('ИЗА', 'ЛШК', '')} {number} – {(s_ru, s_kk)[L]}"
        close = g(f"Итого по ИЗА {number} (г/с – наибольший, т/год – сумма)", f"ЛШК {number} бойынша жиыны (г/с – ең үлкені, т/жыл – қосындысы)", "")
        got = _stage_table(doc, rows, merges, ROAST_CODES, label, [((a, b)[L], h, x) for a, b, h, x in stages], close)
        doc.add("emissions", *(emission(c, gs, ty, number) for c, gs, ty in got))
    doc.table(g("Таблица 3.2 – Выбросы загрязняющих веществ по стадиям работы источников",
                "3.2-кесте – Көздердің жұмыс сатылары бойынша ластаушы заттар шығарындылары", ""), rows, merges, role="emissions")
    doc.add("sources", *({"number": s[0], "type": _kind(s[0])} for s in ROAST_SOURCES))
    doc.p(g("Для пыли пищевых продуктов растительного происхождения (код 3706) и пыли сахара (код 2973) установлены ОБУВ; класс опасности "
            "не установлен.",
            "Өсімдік тектес тағам өнімдерінің шаңы (коды 3706) және қант шаңы (коды 2973) үшін әсер етудің бағдарлы қауіпсіз деңгейлері (ӘБҚД) белгіленген; қауіптілік сыныбы белгіленбеген.", ""))
    maybe_distractor(doc)


# (source, [(stage, hours, {code: (low, high) g/s})])
VN_ROASTERS = (
    ("Lò rang số 1 (đốt gas LPG, 240 kg/mẻ, có buồng đốt khói tái sinh)", [
        ("Gia nhiệt lò và buồng đốt khói", 350, {"0337": (0.01, 0.03), "0301": (0.004, 0.01)}),
        ("Rang mẻ", 2600, {"0337": (0.03, 0.08), "0301": (0.006, 0.015), "2902": (0.01, 0.03)}),
        ("Làm nguội, tách vỏ lụa", 800, {"2902": (0.02, 0.06)})]),
    ("Lò rang số 2 (đốt gas LPG, 120 kg/mẻ)", [
        ("Gia nhiệt lò", 250, {"0337": (0.006, 0.015), "0301": (0.002, 0.006)}),
        ("Rang mẻ", 1800, {"0337": (0.015, 0.04), "0301": (0.003, 0.008), "2902": (0.006, 0.018)}),
        ("Làm nguội, tách vỏ lụa", 600, {"2902": (0.01, 0.03)})]),
    ("Hệ thống xay và đóng gói (lọc bụi túi vải)", [
        ("Xay, đóng gói", 3000, {"2902": (0.003, 0.012)})]),
)
VN_ROAST_CODES = ("2902", "0337", "0301")


def _emissions_jn1_vi(doc: Doc) -> None:
    plant, company, address = doc.pick(VN_COFFEE_DL)
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – {plant.upper()}")
    doc.p(f"Chủ cơ sở: {company}; địa chỉ: {address}.")
    doc.h("3.2.1. Tải lượng bụi, khí thải từ công đoạn rang cà phê")
    doc.p("Mỗi mẻ rang gồm các giai đoạn gia nhiệt, rang và làm nguội không diễn ra đồng thời. Tải lượng (g/s) của mỗi nguồn lấy theo giai "
          "đoạn có tải lượng lớn nhất; tải lượng năm (tấn/năm) là tổng của các giai đoạn (dòng “Tải lượng của nguồn”).")
    head0, head1 = ["Giai đoạn vận hành", "Thời gian (giờ/năm)"], [None, None]
    for c in VN_ROAST_CODES:
        head0 += [_air(doc, c), None]
        head1 += ["g/s", "tấn/năm"]
    rows = [head0, head1]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1)] + [(0, 2 + 2 * k, 0, 3 + 2 * k) for k in range(len(VN_ROAST_CODES))]
    for source, stages in VN_ROASTERS:
        got = _stage_table(doc, rows, merges, VN_ROAST_CODES, source, stages, "Tải lượng của nguồn (g/s lớn nhất; tấn/năm cộng dồn)")
        doc.add("emissions", *(emission(c, gs, ty) for c, gs, ty in got))
    doc.table("Bảng 3.4. Tải lượng ô nhiễm theo giai đoạn của mẻ rang", rows, merges, role="emissions")
    doc.p("Ghi chú: “–”: giai đoạn không phát sinh thông số tương ứng. Khí thải lò rang số 1 được đốt lại trong buồng đốt khói trước khi "
          "thải qua ống khói cao 15 m.")
    maybe_distractor(doc)


# (number, RU, KK, hours, {code: (low, high) g/s})
SNACK_SOURCES = (
    ("0001", "Дымовая труба котельной (2 котла по 1,5 МВт, газ)", "Қазандықтың түтін мұржасы (әрқайсысы 1,5 МВт 2 қазан, газ)", 6000,
     {"0301": (0.03, 0.09), "0304": (0.005, 0.015), "0337": (0.05, 0.2)}),
    ("0002", "Дымовая труба термомасляного нагревателя фритюрницы линии чипсов (газ)",
     "Чипсі желісі фритюрницасының термомайлы қыздырғышының түтін мұржасы (газ)", 5800,
     {"0301": (0.015, 0.05), "0304": (0.0025, 0.008), "0337": (0.03, 0.12)}),
    ("0003", "Вытяжная труба пароотсоса фритюрницы (после каплеотбойника)", "Фритюрница бу сорғышының сору құбыры (тамшы ұстағыштан кейін)", 5800,
     {"1301": (0.0008, 0.004)}),
    ("0004", "Аспирация барабанов посола и ароматизации (рукавный фильтр)", "Тұздау және хош иістендіру барабандарының аспирациясы (жеңді сүзгі)",
     5500, {"0152": (0.002, 0.008)}),
    ("0005", "Аспирация бункера кукурузной крупки и экструдеров (циклон)", "Жүгері жармасы бункері мен экструдерлердің аспирациясы (циклон)", 4000,
     {"3733": (0.006, 0.025)}),
    ("6001", "Площадка приемки картофеля (разгрузка, сухая очистка от земли)", "Картопты қабылдау алаңы (түсіру, топырақтан құрғақ тазарту)", 1500,
     {"2908": (0.01, 0.05)}),
)  # fmt: skip
SNACK_CODES = ("0301", "0304", "0337", "1301", "0152", "3733", "2908")
LIST_NAMES = {
    "0301": ("Азота диоксид (Азот (IV) оксид)", "Азот диоксиді (азот (IV) оксиді)"),
    "0304": ("Азот (II) оксид (Азота оксид)", "Азот (II) оксиді (азот оксиді)"),
    "0337": ("Углерод оксид", "Көміртек оксиді"),
    "1301": ("Проп-2-ен-1-аль (Акролеин)", "Проп-2-ен-1-аль (акролеин)"),
    "0152": ("Натрий хлорид (Поваренная соль)", "Натрий хлориді (ас тұзы)"),
    "3733": ("Пыль мучная риса и кукурузы", "Күріш пен жүгері ұнының шаңы"),
    "2908": ("Пыль неорганическая, содержащая двуокись кремния в %: 70-20", "Бейорганикалық шаң: кремний қостотығы 70-20%"),
}


def emissions_jn2(doc: Doc) -> None:
    """A potato-chip and extruded-snack plant's emission norms exported from the calculation program, the sources as rows and
    the substances as column pairs `г/с | т/год` headed by their four-digit codes alone — nitrogen oxides, carbon monoxide,
    acrolein from the fryer's vapour hood, salt from the seasoning drums, maize and rice flour dust from the extruders, soil
    dust at the potato intake — dashes where a source gives nothing, a total row, the codes' names only in a table of no role
    after it (VI: a cashew plant in the former Bình Phước, its shell-fired boiler, kernel dryer, generator and peeling hall as
    rows, `TSP | SO2 | NO2 | CO` column pairs, the symbols explained in a table of no role, no source numbers)."""
    if doc.lang == "vi":
        _emissions_jn2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    r = doc.rng
    plant = doc.pick(SNACK_PLANTS)
    name = plant[L]
    doc.h(g(f"Проект нормативов допустимых выбросов на 2026–2035 годы. {name}", f"{name}. 2026–2035 жылдарға арналған жол берілетін шығарындылар нормативтерінің жобасы", ""))
    doc.p(g("Таблица 3.1 сформирована в программном комплексе «ЭРА» v3.0; загрязняющие вещества обозначены кодами Перечня, их наименования "
            "приведены в таблице 3.2. Выбросы установлены на уровне фактических при работе двух линий на полную мощность.",
            "3.1-кесте «ЭРА» v3.0 бағдарламалық кешенінде қалыптастырылды; ластаушы заттар Тізбе кодтарымен белгіленген, олардың атаулары "
            "3.2-кестеде келтірілген. Шығарындылар екі желі толық қуатпен жұмыс істеген кездегі нақты деңгейде белгіленді.", ""))
    head0 = [g("№ ИЗА", "ЛШК №", ""), g("Наименование источника", "Көздің атауы", "")]
    head1: list = [None, None]
    for c in SNACK_CODES:
        head0 += [c, None]
        head1 += [g("г/с", "г/с", ""), g("т/год", "т/жыл", "")]
    rows = [head0, head1]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1)] + [(0, 2 + 2 * k, 0, 3 + 2 * k) for k in range(len(SNACK_CODES))]
    sums: dict[str, list] = {c: [[], []] for c in SNACK_CODES}
    for number, s_ru, s_kk, hours, rates in SNACK_SOURCES:
        line = [number, (s_ru, s_kk)[L]]
        for c in SNACK_CODES:
            if c not in rates:
                line += ["–", "–"]
                continue
            gs = _sig(r.uniform(*rates[c]), 3)
            ty = _sig(gs * hours * 0.0036, 3)
            line += [num(gs, doc.lang), num(ty, doc.lang)]
            sums[c][0].append(gs)
            sums[c][1].append(ty)
            doc.add("emissions", emission(c, gs, ty, number))
        rows.append(line)
    total = ["", g("Всего по предприятию", "Кәсіпорын бойынша барлығы", "")]
    for c in SNACK_CODES:
        total += [num(_dsum(sums[c][0]), doc.lang), num(_dsum(sums[c][1]), doc.lang)]
    rows.append(total)
    doc.table(g("Таблица 3.1 – Нормативы выбросов загрязняющих веществ по источникам", "3.1-кесте – Көздер бойынша ластаушы заттар шығарындыларының нормативтері", ""),
              rows, merges, role="emissions")
    doc.add("sources", *({"number": s[0], "type": _kind(s[0])} for s in SNACK_SOURCES))
    legend = [g(["Код", "Наименование загрязняющего вещества"], ["Коды", "Ластаушы заттың атауы"], [])]
    legend += [[c, LIST_NAMES[c][L]] for c in SNACK_CODES]
    doc.table(g("Таблица 3.2 – Перечень загрязняющих веществ", "3.2-кесте – Ластаушы заттардың тізбесі", ""), legend, role="other")


# (source, hours, {code: (low, high) g/s})
VN_CASHEW_SOURCES = (
    ("Lò hơi đốt vỏ hạt điều 4 tấn hơi/giờ (hấp hạt điều)", 6000, {"2902": (0.3, 0.9), "0330": (0.05, 0.2), "0301": (0.2, 0.6), "0337": (0.3, 1.2)}),
    ("Lò sấy nhân điều (buồng đốt vỏ điều riêng)", 5000, {"2902": (0.1, 0.4), "0301": (0.05, 0.2), "0337": (0.1, 0.5)}),
    ("Máy phát điện dự phòng 500 kVA (dầu DO)", 200, {"2902": (0.01, 0.04), "0330": (0.005, 0.02), "0301": (0.1, 0.3), "0337": (0.03, 0.1)}),
    ("Khu bóc vỏ lụa, phân loại nhân (hút bụi, lọc túi vải)", 6000, {"2902": (0.02, 0.08)}),
)
VN_CASHEW_CODES = (("2902", "TSP"), ("0330", "SO2"), ("0301", "NO2"), ("0337", "CO"))


def _emissions_jn2_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, *_ = doc.pick(VN_CASHEW)
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – {plant.upper()}")
    doc.p(f"Chủ cơ sở: {company}. Tải lượng được tính theo hệ số ô nhiễm của WHO và US EPA AP-42 với lượng nhiên liệu tiêu thụ thực tế năm 2025; "
          "ký hiệu các thông số giải thích tại Bảng 3.6.")
    head0, head1 = ["TT", "Nguồn thải"], [None, None]
    for _, sym in VN_CASHEW_CODES:
        head0 += [sym, None]
        head1 += ["g/s", "tấn/năm"]
    rows = [head0, head1]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1)] + [(0, 2 + 2 * k, 0, 3 + 2 * k) for k in range(len(VN_CASHEW_CODES))]
    for k, (source, hours, rates) in enumerate(VN_CASHEW_SOURCES, 1):
        line = [str(k), source]
        for c, _ in VN_CASHEW_CODES:
            if c not in rates:
                line += ["-", "-"]
                continue
            gs = _sig(r.uniform(*rates[c]), 3)
            ty = _sig(gs * hours * 0.0036, 3)
            line += [num(gs, "vi"), num(ty, "vi")]
            doc.add("emissions", emission(c, gs, ty))
        rows.append(line)
    doc.table("Bảng 3.5. Tải lượng bụi, khí thải của các nguồn", rows, merges, role="emissions")
    doc.table("Bảng 3.6. Ký hiệu thông số", [["Ký hiệu", "Thông số"], ["TSP", "Tổng bụi lơ lửng"], ["SO2", "Lưu huỳnh đioxit"],
                                             ["NO2", "Các oxit nitơ (NOx) quy đổi theo NO2"], ["CO", "Cacbon monoxit"]], role="other")


# ---------------------------------------------------------------- wastes

# (place, RU place, KK place, RU term, KK term, RU removal, KK removal, [(code, RU, KK, (low, high) t a year)])
SWEET_PLACES = (
    ("МНО-1", "Контейнерная площадка у АБК: бетонное основание, навес, ограждение с трех сторон, 3 контейнера по 1,1 м³",
     "ӘТК жанындағы контейнер алаңы: бетон негіз, қалқа, үш жағынан қоршау, әрқайсысы 1,1 м³ 3 контейнер",
     "не более 3 суток (в теплое время – 1 сутки)", "3 тәуліктен артық емес (жылы мезгілде – 1 тәулік)", "ежедневно по договору с ТОО «Тартып Жинау»",
     "«Тартып Жинау» ЖШС-мен шарт бойынша күн сайын",
     [("20 03 01", "Смешанные коммунальные отходы", "Аралас коммуналдық қалдықтар", (28, 46)),
      ("20 01 08", "Биоразлагаемые отходы кухни и столовой", "Ас үй мен асхананың биологиялық ыдырайтын қалдықтары", (6, 14))]),
    ("МНО-2", "Площадка вторичного сырья у склада готовой продукции: асфальт, навес, 40 м²",
     "Дайын өнім қоймасы жанындағы қайталама шикізат алаңы: асфальт, қалқа, 40 м²", "не более 6 месяцев", "6 айдан артық емес",
     "по мере накопления (пресс-кипы)", "жиналуына қарай (пресс-буралар)",
     [("15 01 01", "Упаковка из бумаги и картона (гофрокороба, бумажные мешки из-под сахара)", "Қағаз және картон орама (гофрожәшіктер, қанттың қағаз қаптары)", (18, 40)),
      ("15 01 02", "Пластмассовая упаковка (стрейч-пленка, полипропиленовые мешки)", "Пластмасса орама (стрейч-үлбір, полипропилен қаптар)", (6, 15)),
      ("15 01 09", "Текстильная упаковка (джутовые мешки из-под какао-бобов)", "Тоқыма орама (какао-бұршақтың джут қаптары)", (3, 9)),
      ("15 01 03", "Деревянная упаковка (поддоны)", "Ағаш орама (поддондар)", (4, 11))]),
    ("МНО-3", "Охлаждаемое помещение отходов производства: 8 м², температура не выше +5 °С",
     "Өндіріс қалдықтарының салқындатылатын үй-жайы: 8 м², температурасы +5 °С-тан аспайды", "не более 3 суток", "3 тәуліктен артық емес",
     "не реже 1 раза в 3 суток", "3 тәулікте кемінде 1 рет",
     [("02 06 01", "Брак кондитерских масс и изделий, непригодный для переработки", "Қайта өңдеуге жарамсыз кондитерлік массалар мен өнімдердің ақауы", (9, 26)),
      ("02 03 04", "Какаовелла и отходы очистки какао-бобов", "Какао-қабық және какао-бұршақты тазарту қалдықтары", (12, 35))]),
    ("МНО-4", "Склад опасных отходов: закрытое помещение, металлические поддоны, 12 м²",
     "Қауіпті қалдықтар қоймасы: жабық үй-жай, металл табандар, 12 м²", "не более 6 месяцев", "6 айдан артық емес",
     "1 раз в полугодие (лампы – по мере накопления)", "жарты жылда 1 рет (шамдар – жиналуына қарай)",
     [("20 01 21*", "Люминесцентные лампы и другие ртутьсодержащие отходы", "Люминесцентті шамдар және құрамында сынап бар басқа қалдықтар", (0.04, 0.12)),
      ("13 02 08*", "Прочие моторные, трансмиссионные и смазочные масла", "Басқа мотор, трансмиссиялық және майлау майлары", (0.3, 1.2)),
      ("15 02 02*", "Ветошь и фильтрующие материалы, загрязненные опасными веществами", "Қауіпті заттармен ластанған шүберек және сүзгі материалдары", (0.2, 0.6)),
      ("15 01 10*", "Тара из-под моющих и дезинфицирующих средств (мойка CIP)", "Жуу және дезинфекциялау құралдарының ыдысы (CIP жуу)", (0.4, 1.5))]),
    ("МНО-5", "Жироуловитель производственной канализации: подземная емкость 3 м³", "Өндірістік кәріздің май ұстағышы: 3 м³ жерасты сыйымдылығы",
     "не более 1 месяца", "1 айдан артық емес", "по мере заполнения, не реже 1 раза в месяц", "толуына қарай, айына кемінде 1 рет",
     [("19 08 09", "Смесь жиров и масел из жироуловителя (пищевые жиры)", "Май ұстағыштан шыққан майлар мен тоң майлардың қоспасы (тағамдық майлар)", (4, 12))]),
)  # fmt: skip


def wastes_jn1(doc: Doc) -> None:
    """The section of an Almaty confectionery factory's waste-management programme on its places of accumulation, a row per
    place (`МНО-1` … `МНО-5`) with its description, and a single cell listing every waste kept there, one to a line, as
    `код – наименование – количество т/год`, then the term of accumulation and how often the wastes are removed — so that one
    row gives two to four wastes; cocoa husk and jute sacks of the beans, the grease trap's fats (VI: a Hà Nội candy
    factory's storage areas, each cell listing the wastes kept there with the CTNH code in brackets and kilograms a year, the
    ordinary wastes without a code)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_jn1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    name, operator = doc.pick(ALMATY_SWEETS)[L::2][:2]
    doc.h(g(f"Программа управления отходами {operator} на 2026–2035 годы. Раздел 5. Места накопления отходов",
            f"{operator} 2026–2035 жылдарға арналған қалдықтарды басқару бағдарламасы. 5-бөлім. Қалдықтарды жинақтау орындары", ""))
    doc.p(g(f"Объект: {name}. Накопление отходов осуществляется раздельно по видам в специально оборудованных местах; количество "
            "указано по среднему за 2023–2025 годы и принято на весь период программы.",
            f"Объект: {name}. Қалдықтар арнайы жабдықталған орындарда түрлері бойынша бөлек жинақталады; мөлшері 2023–2025 жылдардағы "
            "орташа мән бойынша көрсетілген және бағдарламаның бүкіл кезеңіне қабылданған.", ""))
    rows = [g(["№ места", "Место накопления (описание)", "Накапливаемые отходы: код – наименование – количество", "Предельный срок накопления",
               "Периодичность вывоза"],
              ["Орын №", "Жинақтау орны (сипаттамасы)", "Жинақталатын қалдықтар: коды – атауы – мөлшері", "Жинақтаудың шекті мерзімі",
               "Шығару кезеңділігі"], [])]
    for place, p_ru, p_kk, t_ru, t_kk, v_ru, v_kk, wastes in SWEET_PLACES:
        lines = []
        for code, n_ru, n_kk, (lo, hi) in wastes:
            t = round(r.uniform(lo, hi), 3 if hi < 1 else 1)
            nm = (n_ru, n_kk)[L]
            lines.append(g(f"{code} – {nm} – {num(t, 'ru')} т/год", f"{code} – {nm} – жылына {num(t, 'kk')} т", ""))
            doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t, "name_contains": _words(nm, 2)})
        rows.append([place, (p_ru, p_kk)[L], "\n".join(lines), (t_ru, t_kk)[L], (v_ru, v_kk)[L]])
    doc.table(g("Таблица 5.1 – Места накопления и накапливаемые отходы", "5.1-кесте – Жинақтау орындары және жинақталатын қалдықтар", ""),
              rows, role="wastes")
    doc.p(g("МНО – место накопления отходов. Отходы со знаком «*» – опасные.", "МНО – қалдықтарды жинақтау орны. «*» белгісі бар қалдықтар – қауіпті.", ""))
    maybe_distractor(doc)


# (area, removal, [(name, CTNH code or None, (low, high) kg a year)])
VN_CANDY_PLACES = (
    ("Kho lưu giữ chất thải nguy hại: diện tích 12 m², có mái che, gờ chống tràn, biển cảnh báo", "Hợp đồng với đơn vị có giấy phép, 06 tháng/lần", [
        ("Dầu động cơ, hộp số và bôi trơn tổng hợp thải", "17 02 03", (60, 240)),
        ("Bóng đèn huỳnh quang và các loại thủy tinh hoạt tính thải", "16 01 06", (15, 45)),
        ("Chất hấp thụ, vật liệu lọc, giẻ lau, vải bảo vệ thải bị nhiễm các thành phần nguy hại", "18 02 01", (80, 260)),
        ("Bao bì cứng thải bằng nhựa (can đựng hóa chất tẩy rửa CIP)", "18 01 03", (100, 300)),
        ("Hộp mực in thải có các thành phần nguy hại", "08 02 04", (5, 20))]),
    ("Khu chứa chất thải rắn công nghiệp thông thường: 40 m², nền bê tông, có mái che", "Bán phế liệu hoặc chuyển giao, 01 tuần/lần", [
        ("Kẹo, bánh phế phẩm và vụn bánh", None, (12000, 30000)),
        ("Bao bì giấy, carton thải", None, (8000, 20000)),
        ("Màng nhựa, bao bì nilon thải", None, (3000, 9000)),
        ("Pallet gỗ hư hỏng", None, (1500, 4000))]),
    ("Khu tập kết chất thải rắn sinh hoạt: 04 thùng 660 lít có nắp", "Hằng ngày, hợp đồng với công ty môi trường đô thị", [
        ("Chất thải rắn sinh hoạt", None, (20000, 40000))]),
    ("Bể tách mỡ khu bếp ăn và khu nấu kẹo: 03 m³", "Hút định kỳ 01 tháng/lần", [
        ("Dầu mỡ thải từ bể tách mỡ", None, (1500, 4500))]),
)


def _wastes_jn1_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, old, _ = doc.pick(VN_CANDY)
    doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – {plant.upper()}")
    doc.p(f"Chủ cơ sở: {company}; địa chỉ: {old}. Mục 3. Kết quả quản lý chất thải rắn: chất thải được phân loại tại nguồn và lưu giữ "
          "tại các khu vực dưới đây; khối lượng là khối lượng phát sinh năm 2025.")
    rows = [["TT", "Khu vực lưu giữ", "Chất thải lưu giữ và khối lượng phát sinh năm 2025", "Tần suất chuyển giao"]]
    for k, (area, removal, wastes) in enumerate(VN_CANDY_PLACES, 1):
        lines = []
        for name, code, (lo, hi) in wastes:
            kg = r.randint(lo // 5, hi // 5) * 5
            if code:
                lines.append(f"- {name} (mã {code}): {num(kg, 'vi')} kg")
                doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000,
                                   "name_contains": _words(name, 4)})
            else:
                lines.append(f"- {name}: {num(kg, 'vi')} kg")
                doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": kg / 1000, "name_contains": _words(name, 3)})
        rows.append([str(k), area, "\n".join(lines), removal])
    doc.table("Bảng 3.1. Khu vực lưu giữ và chất thải phát sinh", rows, role="wastes")
    doc.p("Ghi chú: chất thải có mã là chất thải nguy hại theo Thông tư số 02/2022/TT-BTNMT.")
    maybe_distractor(doc)


# (code, RU, KK, (low, high) planned t, RU reason if the deviation is large, KK reason)
WATER_WASTES = (
    ("07 02 13", "Отходы пластмасс (брак преформ и ПЭТ-бутылок)", "Пластмасса қалдықтары (преформалар мен ПЭТ-бөтелкелердің ақауы)", (14, 30),
     "пусконаладка второй выдувной машины в марте–апреле", "наурыз–сәуірде екінші үрлеу машинасын іске қосу-баптау"),
    ("15 01 02", "Пластмассовая упаковка (термоусадочная и стрейч-пленка)", "Пластмасса орама (термоотырғызылатын және стрейч-үлбір)", (6, 14),
     "", ""),
    ("15 01 01", "Упаковка из бумаги и картона (прокладочный картон, этикетки)", "Қағаз және картон орама (төсем картон, заттаңбалар)", (3, 8), "", ""),
    ("15 01 03", "Деревянная упаковка (поддоны)", "Ағаш орама (поддондар)", (4, 10), "", ""),
    ("19 09 02", "Осадок от осветления воды (промывка фильтров обезжелезивания)", "Суды мөлдірлендіру тұнбасы (темірсіздендіру сүзгілерін жуу)",
     (2, 6), "", ""),
    ("19 09 05", "Насыщенные и отработанные ионообменные смолы", "Қаныққан және пайдаланылған ион алмастырғыш шайырлар", (0.3, 0.9),
     "полная замена загрузки умягчителя котельной", "қазандық жұмсартқышының жүктемесін толық ауыстыру"),
    ("13 02 08*", "Отработанные компрессорные масла (компрессоры высокого давления участка выдува)",
     "Пайдаланылған компрессор майлары (үрлеу учаскесінің жоғары қысымды компрессорлары)", (0.4, 1.2), "", ""),
    ("15 02 02*", "Промасленная ветошь и фильтры", "Майланған шүберек және сүзгілер", (0.1, 0.4), "", ""),
    ("20 01 21*", "Люминесцентные лампы", "Люминесцентті шамдар", (0.02, 0.08), "", ""),
    ("20 03 01", "Смешанные коммунальные отходы", "Аралас коммуналдық қалдықтар", (18, 30), "", ""),
)  # fmt: skip


def wastes_jn2(doc: Doc) -> None:
    """A mineral-water bottler's report on carrying out its waste-management programme in 2025, `код | наименование |
    запланировано программой, т | фактически образовано, т | отклонение, % | причина | передано, т | получатель`, the amount
    planned beside the amount formed — only the latter the amount — and the tonnes handed over, fewer for hazardous wastes
    kept in store, a deviation explained by the start-up of a second blow-moulding machine (VI: an instant-coffee plant's
    report against its environmental permit, the amounts the permit allows beside those formed in 2025 and their ratio,
    kilograms for CTNH and tonnes for ordinary wastes by a unit column, the spent coffee grounds burnt in its boiler)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_jn2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    spring = doc.pick(SPRINGS)
    plant, operator = spring[2 + L], spring[4 + L]
    doc.h(g(f"Отчет о выполнении программы управления отходами за 2025 год. {operator}",
            f"{operator}. 2025 жылғы қалдықтарды басқару бағдарламасының орындалуы туралы есеп", ""))
    doc.p(g(f"Объект: {plant}. Плановые количества приняты по программе управления отходами на 2025–2034 годы; фактические – по журналу "
            "учета отходов и актам приема-передачи.",
            f"Объект: {plant}. Жоспарлы мөлшерлер 2025–2034 жылдарға арналған қалдықтарды басқару бағдарламасы бойынша, нақтылары – "
            "қалдықтарды есепке алу журналы мен қабылдау-тапсыру актілері бойынша қабылданды.", ""))
    rows = [g(["№", "Код", "Наименование отхода", "Запланировано программой на 2025 г., т", "Фактически образовано в 2025 г., т",
               "Отклонение, %", "Причина отклонения", "Передано сторонним организациям, т", "Получатель"],
              ["№", "Коды", "Қалдықтың атауы", "Бағдарламада 2025 ж. жоспарланған, т", "2025 ж. нақты түзілген, т", "Ауытқу, %",
               "Ауытқу себебі", "Бөгде ұйымдарға берілген, т", "Алушы"], [])]
    receivers = {True: g("ТОО «Эко Ресайклинг Алатау»", "«Эко Ресайклинг Алатау» ЖШС", ""),
                 False: g("ТОО «Таза Қала Сервис»", "«Таза Қала Сервис» ЖШС", "")}
    for k, (code, n_ru, n_kk, (lo, hi), why_ru, why_kk) in enumerate(WATER_WASTES, 1):
        digits = 3 if hi < 1 else 1
        plan = round(r.uniform(lo, hi), digits)
        factor = r.uniform(1.45, 1.8) if why_ru else r.uniform(0.85, 1.12)
        fact = round(plan * factor, digits)
        dev = float(round((Decimal(repr(fact)) - Decimal(repr(plan))) * 100 / Decimal(repr(plan)), 1))
        handed = round(fact * (r.uniform(0.4, 0.7) if code.endswith("*") else r.uniform(0.9, 1.0)), digits)
        name = (n_ru, n_kk)[L]
        dev_txt = ("+" if dev > 0 else "") + num(dev, doc.lang) if dev else "0"
        rows.append([str(k), code, name, num(plan, doc.lang), num(fact, doc.lang), dev_txt, (why_ru, why_kk)[L] or "–", num(handed, doc.lang),
                     receivers[code.endswith("*")]])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": fact, "name_contains": _words(name, 2)})
    doc.table(g("Таблица 2 – Образование и передача отходов в 2025 году", "2-кесте – 2025 жылы қалдықтардың түзілуі және берілуі", ""), rows,
              role="wastes")
    doc.p(g("Остаток опасных отходов на 31.12.2025 хранится на складе опасных отходов и будет передан в I полугодии 2026 года.",
            "Қауіпті қалдықтардың 31.12.2025 жағдай бойынша қалдығы қауіпті қалдықтар қоймасында сақталады және 2026 жылдың I жартыжылдығында беріледі.", ""))
    maybe_distractor(doc)


# (name, CTNH code or None, unit, (low, high) allowed by the permit in the unit)
VN_COFFEE_WASTES = (
    ("Dầu động cơ, hộp số và bôi trơn tổng hợp thải", "17 02 03", "kg", (200, 600)),
    ("Bóng đèn huỳnh quang và các loại thủy tinh hoạt tính thải", "16 01 06", "kg", (20, 60)),
    ("Chất hấp thụ, vật liệu lọc, giẻ lau, vải bảo vệ thải bị nhiễm các thành phần nguy hại", "18 02 01", "kg", (150, 400)),
    ("Bao bì cứng thải bằng kim loại (thùng phuy đựng hóa chất)", "18 01 02", "kg", (200, 500)),
    ("Pin, ắc quy chì thải (xe nâng)", "19 06 01", "kg", (100, 400)),
    ("Bã cà phê sau trích ly (tận dụng làm nhiên liệu lò hơi)", None, "tấn", (4000, 9000)),
    ("Tro, xỉ lò hơi", None, "tấn", (300, 900)),
    ("Bùn thải từ hệ thống xử lý nước thải", None, "tấn", (80, 240)),
    ("Bao bì giấy, carton, màng phức hợp thải", None, "tấn", (40, 120)),
    ("Bao đay đựng cà phê nhân hư hỏng", None, "tấn", (10, 40)),
)


def _wastes_jn2_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, *_ = doc.pick(VN_COFFEE_BD)
    doc.h(f"BÁO CÁO KẾT QUẢ QUẢN LÝ CHẤT THẢI NĂM 2025 SO VỚI GIẤY PHÉP MÔI TRƯỜNG – {plant.upper()}")
    doc.p(f"Chủ cơ sở: {company}. Cột “Theo GPMT” là khối lượng phát sinh tối đa được phép theo Phụ lục 3 Giấy phép môi trường; cột “Thực tế” "
          "là khối lượng phát sinh năm 2025 theo sổ theo dõi và chứng từ chuyển giao.")
    rows = [["TT", "Tên chất thải", "Mã CTNH", "Đơn vị", "Theo GPMT (/năm)", "Thực tế năm 2025", "Tỷ lệ so với GPMT (%)"]]
    merges: list = []
    groups = (("A. CHẤT THẢI NGUY HẠI", [w for w in VN_COFFEE_WASTES if w[1]]),
              ("B. CHẤT THẢI RẮN CÔNG NGHIỆP THÔNG THƯỜNG", [w for w in VN_COFFEE_WASTES if not w[1]]))
    k = 0
    for title, items in groups:
        _span(rows, merges, title, 7)
        for name, code, unit, (lo, hi) in items:
            k += 1
            allowed = r.randint(lo // 10, hi // 10) * 10
            actual = round(allowed * r.uniform(0.55, 0.98))
            rows.append([str(k), name, code or "-", unit, num(allowed, "vi"), num(actual, "vi"), num(round(actual * 100 / allowed, 1), "vi")])
            t = actual / 1000 if unit == "kg" else float(actual)
            if code:
                doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": t, "name_contains": _words(name, 4)})
            else:
                doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": _words(name, 3)})
    doc.table("Bảng 4. Khối lượng chất thải phát sinh năm 2025", rows, merges, role="wastes")
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

# (number, RU source, KK source, [(code, norm mg/Nm3 or None, (low, high) share of the norm or mg/Nm3 when not normed)])
STACK_TESTS = (
    ("0001", "Дымовая труба обжарочного аппарата какао-бобов (после камеры дожигания)", "Какао-бұршақ қуыру аппаратының түтін мұржасы (жағу камерасынан кейін)",
     [("0337", 300, (0.35, 0.9)), ("0301", 200, (0.3, 0.8)), ("3706", 50, (0.2, 0.7))]),
    ("0003", "Дымовая труба газовой горелки варочной колонки", "Пісіру колонкасының газ жанарғысының түтін мұржасы",
     [("0337", 130, (0.3, 0.85)), ("0301", 250, (0.35, 0.8)), ("0304", None, (8, 22))]),
    ("0004", "Вытяжная труба вафельной печи", "Вафли пешінің сору құбыры", [("0337", 300, (0.2, 0.8)), ("0301", 250, (0.3, 0.75))]),
)  # fmt: skip


SHORT = {"3706": ("Пыль пищевых продуктов растительного происхождения", "Өсімдік тектес тағам өнімдерінің шаңы")}


def limits_jn1(doc: Doc) -> None:
    """A laboratory's protocol of stack measurements at a Shymkent confectionery factory, a row spanning the table per source
    (`ИЗА 0001 – …; дата`), the gas's temperature and oxygen and then each substance with three consecutive readings, their
    mean and the permit's norm in mg/Nm³ — only the mean judged against the norm, as the paragraph above says — nitrogen
    oxide measured but `не нормируется`, which gives no limit (VI: a Hà Nội candy factory's boiler and oven stacks `KT1`,
    `KT2`, three rounds `Lần 1 | Lần 2 | Lần 3` and their mean against QCVN 19:2009/BTNMT column B with Kp = 1 and Kv = 0,6,
    flow and temperature rows of no standard)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_jn1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    name, operator = doc.pick(SHYMKENT_SWEETS)[L::2][:2]
    doc.h(g(f"Протокол № {r.randint(40, 380)}-В инструментальных измерений выбросов загрязняющих веществ. {name}",
            f"{name}. Ластаушы заттар шығарындыларын аспаптық өлшеудің № {r.randint(40, 380)}-В хаттамасы", ""))
    doc.p(g(f"Заказчик: {operator}. Измерения выполнены газоанализатором «Полар» и гравиметрическим методом (пыль) по три последовательных "
            "замера на каждом источнике. С нормативом концентрации, установленным экологическим разрешением на воздействие (мг/Нм³, при "
            "нормальных условиях), сравнивается среднее значение трех замеров.",
            f"Тапсырыс беруші: {operator}. Өлшеулер «Полар» газталдағышымен және гравиметриялық әдіспен (шаң) әр көзде үш рет қатарынан "
            "орындалды. Әсер етуге арналған экологиялық рұқсатта белгіленген концентрация нормативімен (мг/Нм³, қалыпты жағдайларда) үш "
            "өлшеудің орташа мәні салыстырылады.", ""))
    rows = [g(["Показатель", "Ед. изм.", "Замер 1", "Замер 2", "Замер 3", "Среднее", "Норматив, мг/Нм³", "Вывод"],
              ["Көрсеткіш", "Өлш. бірл.", "1-өлшеу", "2-өлшеу", "3-өлшеу", "Орташа", "Норматив, мг/Нм³", "Қорытынды"], [])]
    merges: list = []
    ok, over, none = g("соответствует", "сәйкес", ""), g("превышение", "асып кету", ""), g("не нормируется", "нормаланбайды", "")
    for number, s_ru, s_kk, items in STACK_TESTS:
        date = f"{r.randint(3, 26):02d}.{r.choice((3, 4, 5)):02d}.2025"
        _span(rows, merges, f"{g('ИЗА', 'ЛШК', '')} {number} – {(s_ru, s_kk)[L]}; {g('дата замеров', 'өлшеу күні', '')} {date}", 8)
        t0, o0 = r.uniform(95, 180), r.uniform(9, 15)
        temps = [round(t0 * r.uniform(0.96, 1.04), 1) for _ in range(3)]
        rows.append([g("Температура газа", "Газ температурасы", ""), "°С", *(num(t, doc.lang) for t in temps), num(_mean3(*temps), doc.lang), "–", ""])
        o2 = [round(o0 + r.uniform(-0.5, 0.5), 1) for _ in range(3)]
        rows.append([g("Содержание кислорода", "Оттегі мөлшері", ""), "%", *(num(x, doc.lang) for x in o2), num(_mean3(*o2), doc.lang), "–", ""])
        for code, norm, (lo, hi) in items:
            base = (norm or 1) * r.uniform(lo, hi)
            reads = [round(base * r.uniform(0.9, 1.1), 1) for _ in range(3)]
            mean = _mean3(*reads)
            label = f"{SHORT.get(code, AIR[code])[L]} ({code})"
            if norm is None:
                rows.append([label, g("мг/Нм³", "мг/Нм³", ""), *(num(x, doc.lang) for x in reads), num(mean, doc.lang), none, "–"])
                continue
            rows.append([label, g("мг/Нм³", "мг/Нм³", ""), *(num(x, doc.lang) for x in reads), num(mean, doc.lang), num(norm, doc.lang),
                         ok if mean <= norm else over])
            add(doc, limit(("code", code), "flue_gas", norm, "mg/Nm3", None, number, mean))
    doc.table(g("Таблица 1 – Результаты измерений", "1-кесте – Өлшеу нәтижелері", ""), rows, merges, role="limits")
    doc.add("sources", *({"number": s[0], "type": "organized"} for s in STACK_TESTS))
    doc.p(g("Оксиды азота определены суммарно в пересчете на диоксид азота; оксид азота приведен справочно.",
            "Азот оксидтері азот диоксидіне шаққанда жиынтық түрде анықталды; азот оксиді анықтама үшін келтірілген.", ""))
    maybe_distractor(doc)


# (point, stack, [(code, Cmax of column B with Kp = 1, Kv = 0,6, (low, high) share)])
VN_CANDY_STACKS = (
    ("KT1", "Ống khói lò hơi đốt dầu DO 2 tấn hơi/giờ", [("2902", 120, (0.2, 0.8)), ("0330", 300, (0.3, 0.9)), ("0301", 510, (0.2, 0.6)),
                                                          ("0337", 600, (0.05, 0.4))]),
    ("KT2", "Ống thải lò nướng bánh đốt gas LPG", [("2902", 120, (0.1, 0.5)), ("0301", 510, (0.05, 0.3)), ("0337", 600, (0.1, 0.5))]),
)


def _limits_jn1_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, old, _ = doc.pick(VN_CANDY)
    doc.h(f"KẾT QUẢ QUAN TRẮC KHÍ THẢI ĐỊNH KỲ ĐỢT 2 NĂM 2025 – {plant.upper()}")
    doc.p(f"Chủ cơ sở: {company}; địa chỉ: {old}. Mỗi vị trí lấy mẫu 03 lần liên tiếp; giá trị so sánh với quy chuẩn là giá trị trung bình "
          "của 03 lần đo. Quy chuẩn áp dụng: QCVN 19:2009/BTNMT, cột B, Kp = 1 (lưu lượng dưới 20.000 m³/h), Kv = 0,6 (nội thành Hà Nội).")
    rows = [["Thông số", "Đơn vị", "Lần 1", "Lần 2", "Lần 3", "Trung bình", "QCVN 19:2009/BTNMT (cột B), Cmax"]]
    merges: list = []
    for point, stack, items in VN_CANDY_STACKS:
        _span(rows, merges, f"{point} – {stack}", 7)
        f0 = r.randint(2400, 5200)
        flows = [float(round(f0 * r.uniform(0.95, 1.05))) for _ in range(3)]
        rows.append(["Lưu lượng", "m³/h", *(num(x, "vi") for x in flows), num(_mean3(*flows), "vi"), "-"])
        t0 = r.uniform(120, 210)
        temps = [round(t0 * r.uniform(0.96, 1.04), 1) for _ in range(3)]
        rows.append(["Nhiệt độ", "°C", *(num(x, "vi") for x in temps), num(_mean3(*temps), "vi"), "-"])
        for code, cmax, (lo, hi) in items:
            base = cmax * r.uniform(lo, hi)
            reads = [round(base * r.uniform(0.9, 1.1), 1) for _ in range(3)]
            mean = _mean3(*reads)
            rows.append([_air(doc, code), "mg/Nm³", *(num(x, "vi") for x in reads), num(mean, "vi"), num(cmax, "vi")])
            add(doc, limit(("code", code), "flue_gas", cmax, "mg/Nm3", "B", point, mean))
    doc.table("Bảng 2. Kết quả phân tích mẫu khí thải", rows, merges, role="limits")
    doc.p("Nhận xét: giá trị trung bình của các thông số tại KT1 và KT2 đều nằm trong giới hạn cho phép.")
    maybe_distractor(doc)


def _monday(year: int, month: int, day: int) -> dt.date:
    """The first Monday on or after the date."""
    d = dt.date(year, month, day)
    return d + dt.timedelta(days=(7 - d.weekday()) % 7)


DAYS_RU = ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота")
DAYS_KK = ("дүйсенбі", "сейсенбі", "сәрсенбі", "бейсенбі", "жұма", "сенбі")
# (key or None for fats, RU, KK, ДК (a tuple for a range), inlet (low, high), outlet (low, high))
CHIP_WW = (
    ("pH", "pH", "pH", (6.5, 9.0), (5.6, 6.6), (6.8, 8.1)),
    ("TSS", "Взвешенные вещества, мг/дм³", "Қалқыма заттар, мг/дм³", 300, (900, 2600), (110, 290)),
    ("COD", "ХПК, мг/дм³", "ОХТ, мг/дм³", 500, (2800, 6200), (260, 520)),
    (None, "Жиры, мг/дм³", "Майлар, мг/дм³", 50, (180, 640), (12, 46)),
)


def limits_jn2(doc: Doc) -> None:
    """A page of the laboratory journal of a chip plant's local treatment works (starch settler and flotation unit) for one
    week, the days as rows, each parameter a pair of sub-columns `вход | выход` under a merged header, the sewer utility's
    allowed concentration on a row under the header standing only in the outlet sub-columns (`–` under the inlet), so that
    only the outlet readings are judged and the inlet ones give nothing, a day the works stood written across its row, fats
    with no key, one reading of COD above the norm (VI: a cashew plant's operating log of its treatment plant, `Đầu vào |
    Đầu ra`, QCVN 40:2011/BTNMT column B with Kq = 0,9 and Kf = 1,1 worked out in the row under the header, a Sunday off)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_jn2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    plant = doc.pick(SNACK_PLANTS)
    name = plant[L]
    start = _monday(2025, r.choice((3, 4, 10, 11)), r.randint(2, 20))
    idle = r.randrange(6)
    doc.h(g(f"Журнал лабораторного контроля работы локальных очистных сооружений. {name}",
            f"{name}. Жергілікті тазарту құрылыстарының жұмысын зертханалық бақылау журналы", ""))
    doc.p(g("Вход – КК-1 (приемный колодец перед отстойником крахмала), выход – КК-2 (контрольный колодец после флотатора перед выпуском в "
            "городскую канализацию). Допустимые концентрации (ДК) – по договору на прием сточных вод с водоканалом; нормируется только "
            "выход. Пробы – среднесменные.",
            "Кіріс – КК-1 (крахмал тұндырғышы алдындағы қабылдау құдығы), шығыс – КК-2 (флотатордан кейінгі, қалалық кәрізге шығару "
            "алдындағы бақылау құдығы). Жол берілетін концентрациялар (ЖК) – су арнасымен ағынды суларды қабылдау шарты бойынша; тек шығыс "
            "нормаланады. Сынамалар – ауысымдық орташа.", ""))
    head0 = [g("Дата", "Күні", "")]
    head1: list = [None]
    dk = [g("ДК (выход, КК-2)", "ЖК (шығыс, КК-2)", "")]
    for _, n_ru, n_kk, lim, _, _ in CHIP_WW:
        head0 += [(n_ru, n_kk)[L], None]
        head1 += [g("вход", "кіріс", ""), g("выход", "шығыс", "")]
        dk += ["–", f"{num(lim[0], doc.lang)}–{num(lim[1], doc.lang)}" if isinstance(lim, tuple) else num(lim, doc.lang)]
    head0.append(g("Лаборант", "Зертханашы", ""))
    head1.append(None)
    dk.append("")
    width = len(head0)
    rows = [head0, head1, dk]
    merges = [(0, 0, 1, 0), (0, width - 1, 1, width - 1)] + [(0, 1 + 2 * k, 0, 2 + 2 * k) for k in range(len(CHIP_WW))]
    over_done = False
    for i in range(6):
        day = f"{(start + dt.timedelta(days=i)).strftime('%d.%m.%Y')} ({(DAYS_RU, DAYS_KK)[L][i]})"
        if i == idle:
            rows.append([day, g("санитарный день, ЛОС не работали, сброса не было", "санитарлық күн, ЖТҚ жұмыс істемеді, төгінді болған жоқ", "")]
                        + [None] * (width - 2))
            merges.append((len(rows) - 1, 1, len(rows) - 1, width - 1))
            continue
        line = [day]
        for key, _, _, lim, (ilo, ihi), (olo, ohi) in CHIP_WW:
            if key == "pH":
                vin, vout = round(r.uniform(ilo, ihi), 1), round(r.uniform(olo, ohi), 1)
            else:
                vin, vout = float(round(r.uniform(ilo, ihi))), float(round(r.uniform(olo, ohi)))
                if key == "COD" and not over_done and vout <= lim and r.random() < 0.3:
                    vout, over_done = float(round(lim * r.uniform(1.03, 1.12))), True
            line += [num(vin, doc.lang), num(vout, doc.lang)]
            if key:
                add(doc, limit(("symbol", key), "waste_water", lim, "mg/l", None, "КК-2", vout))
            else:
                add(doc, {"medium": "waste_water", "unit": "mg/l", "column": None, "point": "КК-2", "limit": float(lim), "limit_min": None,
                          "limit_max": None, "value": vout})
        line.append(doc.pick(("Ахметова Г.", "Ким Е.", "Сапарова Д.")))
        rows.append(line)
    end = (start + dt.timedelta(days=5)).strftime("%d.%m.%Y")
    doc.table(g(f"Результаты анализов за {start.strftime('%d.%m')}–{end}", f"{start.strftime('%d.%m')}–{end} аралығындағы талдау нәтижелері", ""),
              rows, merges, role="limits")
    doc.p(g("При превышении ДК на выходе сообщается главному инженеру; флотатор переводится на увеличенную дозу коагулянта.",
            "Шығыста ЖК асқан кезде бас инженерге хабарланады; флотатор коагулянттың ұлғайтылған мөлшеріне ауыстырылады.", ""))
    maybe_distractor(doc)


# (symbol, label, C of column B (a tuple for a range), unit as written, inlet (low, high), outlet (low, high))
CASHEW_WW = (
    ("pH", "pH", (5.5, 9), "-", (4.6, 5.8), (6.6, 7.9)),
    ("COD", "COD", 150, "mg/L", (1800, 4200), (70, 140)),
    ("TSS", "TSS", 100, "mg/L", (300, 900), (30, 92)),
)
VN_DAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")


def _limits_jn2_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, *_ = doc.pick(VN_CASHEW)
    kq, kf = 0.9, 1.1
    start = _monday(2026, r.choice((3, 4, 5)), r.randint(2, 18))
    doc.h(f"SỔ NHẬT KÝ VẬN HÀNH HỆ THỐNG XỬ LÝ NƯỚC THẢI – {plant.upper()}")
    doc.p(f"{company}. Đầu vào: bể thu gom nước thải từ công đoạn hấp, ngâm hạt điều; đầu ra: hố ga NT1 sau hệ thống xử lý, trước khi xả ra suối. "
          "Quy chuẩn so sánh: QCVN 40:2011/BTNMT cột B, Kq = 0,9; Kf = 1,1 (Cmax = C × Kq × Kf, không áp dụng cho pH); chỉ so sánh giá trị "
          "đầu ra.")
    head0, head1 = ["Ngày"], [None]
    cmax_row = ["Cmax (đầu ra NT1)"]
    for _, label, c, unit, _, _ in CASHEW_WW:
        head0 += [f"{label} ({unit})" if unit != "-" else label, None]
        head1 += ["Đầu vào", "Đầu ra"]
        cm = c if isinstance(c, tuple) else round(c * kq * kf, 2)
        cmax_row += ["-", f"{num(cm[0], 'vi')} – {num(cm[1], 'vi')}" if isinstance(cm, tuple) else num(cm, "vi")]
    head0.append("Người vận hành")
    head1.append(None)
    cmax_row.append("")
    width = len(head0)
    rows = [head0, head1, cmax_row]
    merges = [(0, 0, 1, 0), (0, width - 1, 1, width - 1)] + [(0, 1 + 2 * k, 0, 2 + 2 * k) for k in range(len(CASHEW_WW))]
    for i in range(7):
        day = f"{VN_DAYS[i]}, {(start + dt.timedelta(days=i)).strftime('%d/%m/%Y')}"
        if i == 6:
            rows.append([day, "Nghỉ sản xuất, hệ thống không vận hành"] + [None] * (width - 2))
            merges.append((len(rows) - 1, 1, len(rows) - 1, width - 1))
            continue
        line = [day]
        for key, _, c, _, (ilo, ihi), (olo, ohi) in CASHEW_WW:
            if key == "pH":
                vin, vout = round(r.uniform(ilo, ihi), 1), round(r.uniform(olo, ohi), 1)
                add(doc, limit(("symbol", "pH"), "waste_water", c, None, "B", "NT1", vout))
            else:
                vin, vout = float(round(r.uniform(ilo, ihi))), float(round(r.uniform(olo, ohi)))
                add(doc, limit(("symbol", key), "waste_water", round(c * kq * kf, 2), "mg/l", "B", "NT1", vout))
            line += [num(vin, "vi"), num(vout, "vi")]
        line.append(doc.pick(("Nguyễn Văn Tâm", "Lê Thị Hằng", "Trần Quốc Huy")))
        rows.append(line)
    doc.table("Kết quả đo nhanh trong tuần", rows, merges, role="limits")
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring

# (kind, key): (RU, KK, VI) as the programmes name them
KEYS = {
    ("code", "0301"): ("азота диоксид (0301)", "азот диоксиді (0301)", "NOx (tính theo NO2)"),
    ("code", "0304"): ("азот (II) оксид (0304)", "азот (II) оксиді (0304)", ""),
    ("code", "0337"): ("углерод оксид (0337)", "көміртек оксиді (0337)", "CO"),
    ("code", "0330"): ("сера диоксид (0330)", "күкірт диоксиді (0330)", "SO2"),
    ("code", "2902"): ("взвешенные частицы (2902)", "қалқыма бөлшектер (2902)", "Bụi tổng"),
    ("code", "3706"): ("пыль растительного происхождения (3706)", "өсімдік тектес шаң (3706)", ""),
    ("code", "2973"): ("пыль сахара (2973)", "қант шаңы (2973)", ""),
    ("code", "1317"): ("ацетальдегид (1317)", "ацетальдегид (1317)", ""),
    ("symbol", "pH"): ("водородный показатель (pH)", "сутегі көрсеткіші (pH)", "pH"),
    ("symbol", "TSS"): ("взвешенные вещества", "қалқыма заттар", "TSS"),
    ("symbol", "COD"): ("ХПК", "ОХТ", "COD"),
    ("symbol", "BOD5"): ("БПК5", "ОБТ5", "BOD5"),
    ("symbol", "Cl-"): ("хлориды", "хлоридтер", "Clorua"),
    ("symbol", "SO4"): ("сульфаты", "сульфаттар", "Sunfat"),
    ("symbol", "TDS"): ("сухой остаток", "құрғақ қалдық", "TDS"),
    ("symbol", "NH4+"): ("аммоний-ион", "аммоний-ион", "Amoni (tính theo N)"),
    ("symbol", "NO3-"): ("нитраты", "нитраттар", "Nitrat (tính theo N)"),
    ("symbol", "TPH"): ("нефтепродукты", "мұнай өнімдері", ""),
    ("symbol", "F-"): ("фториды", "фторидтер", ""),
    ("symbol", "Fe"): ("железо общее", "жалпы темір", "Sắt (Fe)"),
    ("symbol", "Coliform"): ("общие колиформные бактерии", "жалпы колиформды бактериялар", "Tổng Coliforms"),
    ("symbol", "TN"): ("азот общий", "жалпы азот", "Tổng nitơ"),
    ("symbol", "TP"): ("фосфор общий", "жалпы фосфор", "Tổng phốt pho"),
    (None, "fat"): ("жиры", "майлар", "Dầu mỡ động thực vật"),
}


def _key_names(doc: Doc, keys) -> str:
    i = {"ru": 0, "kk": 1, "vi": 2}[doc.lang]
    return ", ".join(KEYS[k][i] for k in keys)


def _duties(doc: Doc, where: dict, keys, word: str | None) -> None:
    """Monitoring items of one row: each point or source × each keyed substance."""
    if not word:
        return
    for kind, key in keys:
        if kind:
            doc.add("monitoring", {**where, kind: key, "frequency": word})


LAB = ("аккредитованная лаборатория", "аккредиттелген зертхана")
HYDRO = ("гидрогеолог предприятия", "кәсіпорын гидрогеологы")
# (RU section, KK section, [(RU place, KK place, points, sources, RU parameters, KK parameters, keys, frequency, RU tail, KK tail, who)])
MINERAL_PLAN = (
    ("1. Эксплуатационные скважины месторождения", "1. Кен орнының пайдалану ұңғымалары", [
        ("Э-1, Э-2 – эксплуатационные скважины", "Э-1, Э-2 – пайдалану ұңғымалары", ("Э-1", "Э-2"), (),
         "дебит, динамический уровень, температура воды", "дебит, динамикалық деңгей, су температурасы", (), "daily",
         " (по расходомеру и уровнемеру)", " (шығын өлшегіш пен деңгей өлшегіш бойынша)", HYDRO),
        ("Э-1, Э-2", "Э-1, Э-2", ("Э-1", "Э-2"), (), "хлориды, сульфаты, гидрокарбонаты, натрий и калий, сухой остаток (минерализация)",
         "хлоридтер, сульфаттар, гидрокарбонаттар, натрий мен калий, құрғақ қалдық (минералдану)",
         (("symbol", "Cl-"), ("symbol", "SO4"), ("symbol", "TDS")), "quarterly", "", "", LAB),
        ("Э-1, Э-2", "Э-1, Э-2", ("Э-1", "Э-2"), (), "общие колиформные бактерии, общее микробное число",
         "жалпы колиформды бактериялар, жалпы микробтық сан", (("symbol", "Coliform"),), "monthly", "", "", LAB),
        ("Э-1, Э-2", "Э-1, Э-2", ("Э-1", "Э-2"), (), "специфические компоненты: фториды, бор, кремниевая кислота",
         "ерекше компоненттер: фторидтер, бор, кремний қышқылы", (("symbol", "F-"),), "yearly", "", "", LAB)]),
    ("2. Наблюдательные скважины (II пояс ЗСО)", "2. Бақылау ұңғымалары (СКА-ның II белдеуі)", [
        ("Н-1, Н-2, Н-3 – наблюдательные скважины", "Н-1, Н-2, Н-3 – бақылау ұңғымалары", ("Н-1", "Н-2", "Н-3"), (),
         "уровень подземных вод", "жерасты суларының деңгейі", (), None, "1 раз в 10 дней", "10 күнде 1 рет", HYDRO),
        ("Н-1, Н-2, Н-3", "Н-1, Н-2, Н-3", ("Н-1", "Н-2", "Н-3"), (), "нитраты, аммоний-ион, нефтепродукты",
         "нитраттар, аммоний-ион, мұнай өнімдері", (("symbol", "NO3-"), ("symbol", "NH4+"), ("symbol", "TPH")), "semiannual",
         " (весна, осень)", " (көктем, күз)", LAB)]),
    ("3. Выбросы в атмосферу", "3. Атмосфераға шығарындылар", [
        ("ИЗА 0001 – дымовая труба котельной (газ)", "ЛШК 0001 – қазандықтың түтін мұржасы (газ)", (), ("0001",),
         "азота диоксид (0301), азот (II) оксид (0304), углерод оксид (0337)", "азот диоксиді (0301), азот (II) оксиді (0304), көміртек оксиді (0337)",
         (("code", "0301"), ("code", "0304"), ("code", "0337")), "quarterly", "", "", LAB),
        ("ИЗА 0002 – вытяжная труба участка выдува ПЭТ-бутылок", "ЛШК 0002 – ПЭТ-бөтелкелерді үрлеу учаскесінің сору құбыры", (), ("0002",),
         "ацетальдегид (1317)", "ацетальдегид (1317)", (("code", "1317"),), "yearly", " (расчетным методом по расходу преформ)",
         " (преформалар шығыны бойынша есептеу әдісімен)", ("инженер-эколог", "инженер-эколог"))]),
    ("4. Сточные воды", "4. Ағынды сулар", [
        ("КК-1 – выпуск промывных вод в пруд-испаритель", "КК-1 – жуу суларын булану тоғанына шығару", ("КК-1",), (),
         "водородный показатель (pH), взвешенные вещества, хлориды, сухой остаток", "сутегі көрсеткіші (pH), қалқыма заттар, хлоридтер, құрғақ қалдық",
         (("symbol", "pH"), ("symbol", "TSS"), ("symbol", "Cl-"), ("symbol", "TDS")), "monthly", "", "", LAB)]),
)  # fmt: skip


def monitoring_jn1(doc: Doc) -> None:
    """A mineral-water bottler's programme that joins the regime observations of its deposit to the control of its plant:
    section rows for the production wells, the observation wells of the zone's second belt, the air and the waste water,
    items `1.1` …, the wells' flow, level and temperature every day and the observation wells' level once in ten days,
    which are no substances, the wells' ions quarterly, their coliforms monthly and fluorides yearly on rows of their own,
    the boiler stack quarterly and the blowing shop's acetaldehyde once a year by calculation (VI: a Đắk Lắk coffee plant's
    programme with its abstraction wells' flow and level daily, their quality twice a year, the outfall quarterly in the
    processing season, the dryer stack and the husk compost heaps, which give no substance)."""
    if doc.lang == "vi":
        _monitoring_jn1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    spring = doc.pick(SPRINGS)
    dep, plant, operator = spring[L], spring[2 + L], spring[4 + L]
    doc.h(g(f"Программа мониторинга месторождения «{dep}» и производственного экологического контроля на 2026–2028 годы. {operator}",
            f"{operator}. «{dep}» кен орнының мониторингі мен 2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.p(g(f"Программа объединяет режимные наблюдения за эксплуатацией месторождения минеральных подземных вод по условиям лицензии и "
            f"производственный экологический контроль объекта «{_core(plant)}». Результаты режимных наблюдений ежегодно представляются в "
            "территориальную инспекцию геологии.",
            f"Бағдарлама лицензия талаптары бойынша минералды жерасты сулары кен орнын пайдалануды режимдік бақылауды және «{_core(plant)}» "
            "объектісінің өндірістік экологиялық бақылауын біріктіреді. Режимдік бақылау нәтижелері жыл сайын геология жөніндегі аумақтық "
            "инспекцияға ұсынылады.", ""))
    rows = [g(["№", "Объект наблюдения", "Наблюдаемые параметры", "Периодичность", "Исполнитель"],
              ["№", "Бақылау объектісі", "Бақыланатын параметрлер", "Кезеңділігі", "Орындаушы"], [])]
    merges: list = []
    pairs = []
    for s, (sec_ru, sec_kk, items) in enumerate(MINERAL_PLAN, 1):
        _span(rows, merges, (sec_ru, sec_kk)[L], 5)
        for k, (p_ru, p_kk, points, sources, a_ru, a_kk, keys, word, t_ru, t_kk, who) in enumerate(items, 1):
            said = (_often(doc, word) + (t_ru, t_kk)[L]) if word else (t_ru, t_kk)[L]
            rows.append([f"{s}.{k}", (p_ru, p_kk)[L], (a_ru, a_kk)[L], said, who[L]])
            for p in points:
                _duties(doc, {"point": p}, keys, word)
            for n in sources:
                _duties(doc, {"source_number": n}, keys, word)
                pairs += [(n, key) for _, key in keys]
    doc.table(g("Таблица 3 – План-график наблюдений", "3-кесте – Бақылаулардың жоспар-кестесі", ""), rows, merges, role="monitoring")
    doc.add("sources", {"number": "0001", "type": "organized"}, {"number": "0002", "type": "organized"})
    doc.add("emissions", *(emission(c, None, None, n) for n, c in pairs))
    maybe_distractor(doc)


VN_DL_PLAN = (
    ("I. GIÁM SÁT KHAI THÁC NƯỚC DƯỚI ĐẤT", [
        ("GK1, GK2 – giếng khoan khai thác", ("GK1", "GK2"), "Lưu lượng khai thác, mực nước động", (), "daily", "", "Nhân viên vận hành"),
        ("GK1, GK2", ("GK1", "GK2"), "pH, Amoni (tính theo N), Nitrat (tính theo N), Sắt (Fe), Tổng Coliforms",
         (("symbol", "pH"), ("symbol", "NH4+"), ("symbol", "NO3-"), ("symbol", "Fe"), ("symbol", "Coliform")), "semiannual", "",
         "Đơn vị quan trắc có chứng nhận VIMCERTS")]),
    ("II. NƯỚC THẢI", [
        ("NT1 – nước thải sau hệ thống xử lý, trước khi xả ra suối", ("NT1",), "pH, BOD5, COD, TSS, Tổng nitơ, Tổng phốt pho",
         (("symbol", "pH"), ("symbol", "BOD5"), ("symbol", "COD"), ("symbol", "TSS"), ("symbol", "TN"), ("symbol", "TP")), "quarterly",
         " trong mùa chế biến (tháng 10 – tháng 3)", "Đơn vị quan trắc có chứng nhận VIMCERTS")]),
    ("III. KHÍ THẢI", [
        ("KT1 – ống khói lò sấy cà phê đốt vỏ cà phê", ("KT1",), "Bụi tổng, CO, NOx (tính theo NO2)",
         (("code", "2902"), ("code", "0337"), ("code", "0301")), "semiannual", "", "Đơn vị quan trắc có chứng nhận VIMCERTS")]),
    ("IV. CHẤT THẢI RẮN", [
        ("Khu ủ vỏ cà phê làm phân bón", (), "Khối lượng vỏ cà phê đưa vào ủ, nhiệt độ đống ủ", (), "monthly", "", "Tổ môi trường")]),
)


def _monitoring_jn1_vi(doc: Doc) -> None:
    plant, company, address = doc.pick(VN_COFFEE_DL)
    doc.h(f"CHƯƠNG TRÌNH QUAN TRẮC, GIÁM SÁT MÔI TRƯỜNG NĂM 2026 – {plant.upper()}")
    doc.p(f"Chủ cơ sở: {company}; địa chỉ: {address}. Chương trình gồm giám sát khai thác nước dưới đất theo giấy phép khai thác và quan trắc "
          "môi trường theo giấy phép môi trường của cơ sở.")
    rows = [["TT", "Vị trí, đối tượng", "Thông số", "Tần suất", "Đơn vị thực hiện"]]
    merges: list = []
    for s, (section, items) in enumerate(VN_DL_PLAN, 1):
        _span(rows, merges, section, 5)
        for k, (place, points, params, keys, word, tail, who) in enumerate(items, 1):
            rows.append([f"{s}.{k}", place, params, _often(doc, word) + tail, who])
            for p in points:
                _duties(doc, {"point": p}, keys, word)
    doc.table("Bảng 5. Chương trình quan trắc, giám sát", rows, merges, role="monitoring")
    maybe_distractor(doc)


FREQ_COLS = ("quarterly", "semiannual", "yearly")
# (RU place, KK place, points, sources, {frequency: keys}, RU method, KK method)
SWEET_PEK = (
    ("ИЗА 0001 – дымовая труба обжарочного аппарата (после камеры дожигания)", "ЛШК 0001 – қуыру аппаратының түтін мұржасы (жағу камерасынан кейін)",
     (), ("0001",), {"quarterly": (("code", "0337"),), "semiannual": (("code", "0301"), ("code", "3706"))}, "инструментальный", "аспаптық"),
    ("ИЗА 0002 – аспирация веялки (циклон ЦН-11)", "ЛШК 0002 – сапырғыштың аспирациясы (ЦН-11 циклоны)", (), ("0002",),
     {"semiannual": (("code", "3706"),)}, "инструментальный (гравиметрия)", "аспаптық (гравиметрия)"),
    ("ИЗА 0003 – дымовая труба горелки варочной колонки", "ЛШК 0003 – пісіру колонкасы жанарғысының түтін мұржасы", (), ("0003",),
     {"yearly": (("code", "0337"), ("code", "0301"))}, "инструментальный", "аспаптық"),
    ("ИЗА 0004 – вытяжная труба вафельной печи", "ЛШК 0004 – вафли пешінің сору құбыры", (), ("0004",),
     {"quarterly": (("code", "0337"), ("code", "0301")), "yearly": (("code", "0304"),)}, "инструментальный", "аспаптық"),
    ("ИЗА 6001 – склад сахара-песка", "ЛШК 6001 – қант құмы қоймасы", (), ("6001",), {"yearly": (("code", "2973"),)},
     "расчетный (по объему разгрузки)", "есептік (түсіру көлемі бойынша)"),
    ("Т-1, Т-2, Т-3, Т-4 – граница СЗЗ (50 м) с севера, востока, юга и запада", "Т-1, Т-2, Т-3, Т-4 – солтүстіктен, шығыстан, оңтүстіктен және "
     "батыстан СҚА шекарасы (50 м)", ("Т-1", "Т-2", "Т-3", "Т-4"), (),
     {"semiannual": (("code", "0301"), ("code", "0337"), ("code", "2902"))}, "инструментальный", "аспаптық"),
    ("КК-1 – контрольный колодец на выпуске в городскую канализацию", "КК-1 – қалалық кәрізге шығарудағы бақылау құдығы", ("КК-1",), (),
     {"quarterly": (("symbol", "pH"), ("symbol", "TSS"), ("symbol", "COD"), (None, "fat")), "yearly": (("symbol", "SO4"), ("symbol", "Cl-"))},
     "лабораторный", "зертханалық"),
)  # fmt: skip


def monitoring_jn2(doc: Doc) -> None:
    """A Shymkent confectionery factory's ПЭК plan whose frequencies are the columns — `ежеквартально`, `2 раза в год`, `1 раз
    в год` under a merged header — and whose cells list the substances measured at that place with that frequency, `–` where
    none, so that one stack gives carbon monoxide quarterly and the rest twice a year, the four boundary points stand in one
    cell, the sugar store once a year by calculation, and the sewer manhole's fats have no key (VI: a Hà Nội candy factory's
    plan, `03 tháng/lần | 06 tháng/lần | 01 lần/năm`, its boiler and oven stacks and its outlet to the city sewer)."""
    if doc.lang == "vi":
        _monitoring_jn2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    name, operator = doc.pick(SHYMKENT_SWEETS)[L::2][:2]
    doc.h(g(f"Программа производственного экологического контроля на 2026–2028 годы. {name}", f"{name}. 2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.p(g(f"Программа разработана {operator}. Раздел 4. План-график контроля на источниках выбросов, на границе санитарно-защитной зоны и "
            "на выпуске сточных вод.",
            f"Бағдарламаны {operator} әзірледі. 4-бөлім. Шығарынды көздерінде, санитариялық-қорғаныш аймағының шекарасында және ағынды "
            "суларды шығаруда бақылаудың жоспар-кестесі.", ""))
    rows = [g(["№", "Место контроля", "Контролируемые вещества и показатели с периодичностью", None, None, "Метод контроля"],
              ["№", "Бақылау орны", "Бақыланатын заттар мен көрсеткіштер кезеңділігімен", None, None, "Бақылау әдісі"], []),
            g([None, None, "ежеквартально", "2 раза в год", "1 раз в год", None], [None, None, "тоқсан сайын", "жылына 2 рет", "жылына 1 рет", None], [])]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 4), (0, 5, 1, 5)]
    pairs = []
    for k, (p_ru, p_kk, points, sources, plan, m_ru, m_kk) in enumerate(SWEET_PEK, 1):
        rows.append([str(k), (p_ru, p_kk)[L], *(_key_names(doc, plan[w]) if w in plan else "–" for w in FREQ_COLS), (m_ru, m_kk)[L]])
        for w, keys in plan.items():
            for p in points:
                _duties(doc, {"point": p}, keys, w)
            for n in sources:
                _duties(doc, {"source_number": n}, keys, w)
                pairs += [(n, key) for kind, key in keys if kind]
    doc.table(g("Таблица 4.1 – План-график контроля", "4.1-кесте – Бақылаудың жоспар-кестесі", ""), rows, merges, role="monitoring")
    doc.add("sources", *({"number": n, "type": _kind(n)} for _, _, _, src, *_ in SWEET_PEK for n in src))
    doc.add("emissions", *(emission(c, None, None, n) for n, c in dict.fromkeys(pairs)))
    maybe_distractor(doc)


VN_CANDY_PEK = (
    ("KT1 – Ống khói lò hơi đốt dầu DO", ("KT1",), {"semiannual": (("code", "2902"), ("code", "0301"), ("code", "0337")), "yearly": (("code", "0330"),)}),
    ("KT2 – Ống thải lò nướng bánh", ("KT2",), {"yearly": (("code", "2902"), ("code", "0337"), ("code", "0301"))}),
    ("NT1 – Nước thải sau hệ thống xử lý, trước khi đấu nối vào hệ thống thoát nước chung của thành phố", ("NT1",),
     {"quarterly": (("symbol", "pH"), ("symbol", "BOD5"), ("symbol", "COD"), ("symbol", "TSS"), (None, "fat")),
      "semiannual": (("symbol", "NH4+"), ("symbol", "TN"), ("symbol", "TP"), ("symbol", "Coliform"))}),
)


def _monitoring_jn2_vi(doc: Doc) -> None:
    plant, company, old, _ = doc.pick(VN_CANDY)
    doc.h(f"KẾ HOẠCH QUAN TRẮC MÔI TRƯỜNG ĐỊNH KỲ NĂM 2026 – {plant.upper()}")
    doc.p(f"{company}; địa chỉ: {old}. Thông số quan trắc được ghi vào cột tần suất tương ứng; “-” là không quan trắc với tần suất đó.")
    rows = [["TT", "Vị trí quan trắc", "Thông số quan trắc theo tần suất", None, None],
            [None, None, "03 tháng/lần", "06 tháng/lần", "01 lần/năm"]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 4)]
    for k, (place, points, plan) in enumerate(VN_CANDY_PEK, 1):
        rows.append([str(k), place, *(_key_names(doc, plan[w]) if w in plan else "-" for w in FREQ_COLS)])
        for w, keys in plan.items():
            for p in points:
                _duties(doc, {"point": p}, keys, w)
    doc.table("Bảng 1. Vị trí, thông số và tần suất quan trắc", rows, merges, role="monitoring")
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

# (RU object, KK object, RU what, KK what, frequency or None, RU said when none, KK said, RU who, KK who, RU record, KK record)
HACCP_ROWS = (
    ("ККТ-1 Темперирование шоколадной массы", "СБН-1 Шоколад массасын темперлеу", "температура массы на выходе темперирующей машины",
     "темперлеу машинасынан шығатын масса температурасы", None, "каждую партию", "әр партия", "технолог смены", "ауысым технологы", "Ф-12", "Ф-12"),
    ("ККТ-2 Металлодетектор линии упаковки", "СБН-2 Орау желісінің металл детекторы", "срабатывание на тест-образцы Fe 1,5 мм, nFe 2,0 мм",
     "Fe 1,5 мм, nFe 2,0 мм сынақ үлгілеріне іске қосылуы", None, "каждые 2 часа", "әр 2 сағат сайын", "оператор линии", "желі операторы", "Ф-14", "Ф-14"),
    ("Входной контроль какао-бобов", "Какао-бұршақты кіріс бақылау", "влажность, зараженность вредителями, сопроводительные документы",
     "ылғалдылығы, зиянкестермен залалдануы, ілеспе құжаттар", None, "при каждой приемке", "әр қабылдау кезінде", "лаборант ОТК", "ТББ зертханашысы",
     "Ф-03", "Ф-03"),
    ("Санитарное состояние оборудования", "Жабдықтың санитариялық жай-күйі", "смывы на БГКП с поверхностей, контактирующих с продуктом",
     "өніммен жанасатын беттерден ІТТБ-ға жуындылар", "weekly", "", "", "микробиолог", "микробиолог", "Ф-21", "Ф-21"),
)  # fmt: skip
ENV_ROWS = (
    ("Камера дожигания обжарочного аппарата (ИЗА 0001)", "Қуыру аппаратының жағу камерасы (ЛШК 0001)", "температура дожигания не ниже 750 °С, работа горелки",
     "жағу температурасы 750 °С-тан төмен емес, жанарғының жұмысы", None, "ежесменно", "әр ауысымда", "мастер обжарочного участка",
     "қуыру учаскесінің шебері", "ЖЭК-1", "ЖЭК-1"),
    ("Циклон аспирации веялки (ИЗА 0002)", "Сапырғыш аспирациясының циклоны (ЛШК 0002)", "целостность корпуса, выгрузка уловленной какаовеллы",
     "корпустың бүтіндігі, ұсталған какао-қабықты түсіру", "daily", "", "", "мастер обжарочного участка", "қуыру учаскесінің шебері", "ЖЭК-1", "ЖЭК-1"),
    ("Места накопления отходов", "Қалдықтарды жинақтау орындары", "маркировка контейнеров, сроки накопления, чистота площадок",
     "контейнерлердің таңбалануы, жинақтау мерзімдері, алаңдардың тазалығы", "weekly", "", "", "инженер-эколог", "инженер-эколог", "ЖЭК-2", "ЖЭК-2"),
    ("Жироуловители производственной канализации", "Өндірістік кәріздің май ұстағыштары", "уровень жирового слоя, своевременность откачки",
     "май қабатының деңгейі, уақтылы сорып алу", "monthly", "", "", "главный механик", "бас механик", "ЖЭК-2", "ЖЭК-2"),
    ("Газовые горелки котельной и печей", "Қазандық пен пештердің газ жанарғылары", "соответствие режимным картам, CO в дымовых газах (портативный газоанализатор)",
     "режимдік карталарға сәйкестігі, түтін газдарындағы CO (тасымалы газталдағыш)", "quarterly", "", "", "главный энергетик", "бас энергетик",
     "ЖЭК-3", "ЖЭК-3"),
    ("Журналы ПЭК и учета отходов", "ӨЭБ және қалдықтарды есепке алу журналдары", "полнота записей, сверка с актами приема-передачи",
     "жазбалардың толықтығы, қабылдау-тапсыру актілерімен салыстыру", "semiannual", "", "", "главный инженер", "бас инженер", "—", "—"),
)  # fmt: skip


def inspections_jn1(doc: Doc) -> None:
    """A Shymkent confectionery factory's plan of production control that joins two systems under two section rows: first the
    food-safety checks of its HACCP plan — critical control points `ККТ-1`, the metal detector every two hours, each delivery
    of cocoa beans, weekly swabs — which are no environmental checks, then its environmental checks with the object, what is
    looked at, how often, who and the form of the record — the afterburner every shift, which is no frequency of the
    contract, the cyclone daily, the waste places weekly, the grease traps monthly, the burners quarterly, the logs twice a
    year (VI: a Hà Nội candy factory's `A. An toàn thực phẩm (HACCP)` and `B. Bảo vệ môi trường`)."""
    if doc.lang == "vi":
        _inspections_jn1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    name, operator = doc.pick(SHYMKENT_SWEETS)[L::2][:2]
    doc.h(g(f"План производственного контроля на 2026 год. {name}", f"{name}. 2026 жылға арналған өндірістік бақылау жоспары", ""))
    doc.p(g(f"Утвержден приказом директора {operator}. План объединяет контроль критических контрольных точек по системе ХАССП и "
            "внутренние проверки соблюдения экологических требований; записи ведутся в формах, указанных в последнем столбце.",
            f"{operator} директорының бұйрығымен бекітілді. Жоспар ХАССП жүйесі бойынша сыни бақылау нүктелерін бақылауды және экологиялық "
            "талаптардың сақталуын ішкі тексерулерді біріктіреді; жазбалар соңғы бағанда көрсетілген нысандарда жүргізіледі.", ""))
    rows = [g(["№", "Объект (точка) контроля", "Что контролируется", "Периодичность", "Ответственный", "Форма записи"],
              ["№", "Бақылау объектісі (нүктесі)", "Не бақыланады", "Кезеңділігі", "Жауапты", "Жазба нысаны"], [])]
    merges: list = []
    for s, (sec_ru, sec_kk, items, env) in enumerate(((
            "1. Безопасность пищевой продукции (план ХАССП)", "1. Тағам өнімдерінің қауіпсіздігі (ХАССП жоспары)", HACCP_ROWS, False),
            ("2. Производственный экологический контроль", "2. Өндірістік экологиялық бақылау", ENV_ROWS, True)), 1):
        _span(rows, merges, (sec_ru, sec_kk)[L], 6)
        for k, (o_ru, o_kk, w_ru, w_kk, word, s_ru, s_kk, h_ru, h_kk, f_ru, f_kk) in enumerate(items, 1):
            obj, who = (o_ru, o_kk)[L], (h_ru, h_kk)[L]
            rows.append([f"{s}.{k}", obj, (w_ru, w_kk)[L], _often(doc, word) if word else (s_ru, s_kk)[L], who, (f_ru, f_kk)[L]])
            if env:
                item = {"kind": "inspection", "text_contains": _words(obj.split(" (")[0], 3), "actor_contains": who}
                if word:
                    item["frequency"] = word
                doc.add("obligations", item)
    doc.table(g("Приложение 1 к приказу", "Бұйрыққа 1-қосымша", ""), rows, merges, role="inspections")
    doc.p(g("ККТ – критическая контрольная точка; ЖЭК – журнал экологического контроля.", "СБН – сыни бақылау нүктесі; ЖЭК – экологиялық бақылау журналы.", ""))
    maybe_distractor(doc)


VN_HACCP = (
    ("CCP1 – Nấu kẹo", "Nhiệt độ, thời gian nấu", None, "Mỗi mẻ", "Trưởng ca sản xuất"),
    ("CCP2 – Máy dò kim loại", "Độ nhạy với mẫu thử Fe 1,5 mm", None, "02 giờ/lần", "Công nhân vận hành máy"),
    ("Nguyên liệu đường, sữa bột", "Cảm quan, hồ sơ nguồn gốc", None, "Mỗi lô nhập", "Nhân viên QC"),
)
VN_ENV = (
    ("Hệ thống xử lý nước thải", "Lưu lượng, màu nước đầu ra, hóa chất, bùn", "daily", "Nhân viên vận hành HTXLNT"),
    ("Bể tách mỡ khu nấu kẹo và bếp ăn", "Độ dày lớp mỡ, vớt mỡ", "weekly", "Tổ trưởng tổ cơ điện"),
    ("Kho lưu giữ chất thải nguy hại", "Nhãn, biển cảnh báo, sổ theo dõi, thời gian lưu giữ", "monthly", "Cán bộ môi trường"),
    ("Ống khói lò hơi và lò nướng", "Màu khói, đầu đốt, van nhiên liệu", "weekly", "Trưởng ca lò hơi"),
    ("Hồ sơ, chứng từ chất thải và sổ nhật ký vận hành", "Tính đầy đủ, đối chiếu chứng từ", "quarterly", "Trưởng phòng Hành chính – An toàn"),
    ("Toàn bộ công trình bảo vệ môi trường", "Đánh giá tuân thủ giấy phép môi trường", "yearly", "Phó Giám đốc sản xuất"),
)


def _inspections_jn1_vi(doc: Doc) -> None:
    plant, company, old, _ = doc.pick(VN_CANDY)
    doc.h(f"KẾ HOẠCH KIỂM SOÁT NỘI BỘ NĂM 2026 (AN TOÀN THỰC PHẨM VÀ BẢO VỆ MÔI TRƯỜNG) – {plant.upper()}")
    doc.p(f"Ban hành kèm theo Quyết định của Tổng Giám đốc {company}. Kết quả kiểm tra ghi vào biểu mẫu của hệ thống HACCP/ISO 22000 và sổ "
          "theo dõi môi trường.")
    rows = [["TT", "Đối tượng kiểm tra", "Nội dung kiểm tra", "Tần suất", "Người thực hiện"]]
    merges: list = []
    _span(rows, merges, "A. AN TOÀN THỰC PHẨM (KẾ HOẠCH HACCP)", 5)
    for k, (obj, what, _, said, who) in enumerate(VN_HACCP, 1):
        rows.append([f"A.{k}", obj, what, said, who])
    _span(rows, merges, "B. BẢO VỆ MÔI TRƯỜNG", 5)
    for k, (obj, what, word, who) in enumerate(VN_ENV, 1):
        rows.append([f"B.{k}", obj, what, _often(doc, word), who])
        doc.add("obligations", {"kind": "inspection", "text_contains": _words(obj, 4), "actor_contains": who, "frequency": word})
    doc.table("Bảng kế hoạch kiểm soát", rows, merges, role="inspections")
    maybe_distractor(doc)


# (RU work, KK work, RU contractor, KK contractor, RU what, KK what, frequency or None, RU said, KK said, RU who, KK who)
CONTRACTOR_CHECKS = (
    ("Вывоз коммунальных отходов и вторсырья", "Коммуналдық қалдықтар мен қайталама шикізатты шығару", "ТОО «Таза Қала Сервис»", "«Таза Қала Сервис» ЖШС",
     "уведомление о деятельности по обращению с отходами, состояние контейнеров и мусоровозов, талоны полигона",
     "қалдықтармен жұмыс істеу қызметі туралы хабарлама, контейнерлер мен қоқыс тасығыштардың жай-күйі, полигон талондары", "quarterly", "", "",
     "инженер-эколог", "инженер-эколог"),
    ("Прием отработанных масел, ламп и промасленной ветоши", "Пайдаланылған майларды, шамдарды және майланған шүберекті қабылдау",
     "ТОО «Эко Ресайклинг Алатау»", "«Эко Ресайклинг Алатау» ЖШС", "лицензия на опасные отходы, паспорта отходов, акты приема-передачи",
     "қауіпті қалдықтарға лицензия, қалдықтар паспорттары, қабылдау-тапсыру актілері", "yearly", "", "", "инженер-эколог", "инженер-эколог"),
    ("Питание персонала (столовая, арендатор)", "Персоналды тамақтандыру (асхана, жалға алушы)", "ИП «Дәмді Ас»", "«Дәмді Ас» ЖК",
     "жироуловитель, раздельный сбор пищевых отходов, моющие средства", "май ұстағыш, тағам қалдықтарын бөлек жинау, жуу құралдары", "monthly", "", "",
     "заместитель директора по АХЧ", "директордың ӘШБ жөніндегі орынбасары"),
    ("Перевозка готовой продукции", "Дайын өнімді тасымалдау", "ТОО «Жетісу Логистик»", "«Жетісу Логистик» ЖШС",
     "стоянка автомобилей на территории, подтеки топлива и масла, работа двигателей на холостом ходу",
     "аумақтағы автокөлік тұрағы, отын мен майдың ағуы, қозғалтқыштардың бос жүрісте жұмыс істеуі", "weekly", "", "",
     "начальник службы логистики", "логистика қызметінің бастығы"),
    ("Ремонт и обслуживание эксплуатационных скважин", "Пайдалану ұңғымаларын жөндеу және қызмет көрсету", "ТОО «Бұрғылау Сервис»",
     "«Бұрғылау Сервис» ЖШС", "соблюдение режима I и II поясов ЗСО, отсутствие ГСМ и отходов у устья", "СКА-ның I және II белдеулерінің режимін "
     "сақтау, сағасында ЖЖМ мен қалдықтардың болмауы", None, "при каждом выезде бригады", "бригаданың әр шығуында", "гидрогеолог предприятия",
     "кәсіпорын гидрогеологы"),
    ("Лабораторные исследования по программе ПЭК", "ӨЭБ бағдарламасы бойынша зертханалық зерттеулер", "ТОО «Талдау Зертханасы»",
     "«Талдау Зертханасы» ЖШС", "аттестат аккредитации и его область, поверка средств измерений", "аккредиттеу аттестаты және оның саласы, "
     "өлшеу құралдарын тексеру", "yearly", "", "", "главный инженер", "бас инженер"),
)  # fmt: skip


def inspections_jn2(doc: Doc) -> None:
    """A mineral-water bottler's programme of checking its contractors and its tenant for their environmental duties, a row
    per service — waste removal, hazardous-waste reception, the canteen run by a tenant, the trucks of finished goods, the
    well-service crew, the laboratory — with the contractor beside it, what is checked, how often and which of the bottler's
    people checks; the well crew checked at each visit, which is no frequency of the contract (VI: an instant-coffee plant's
    plan of checking its service providers and contractors, the boiler operator among them, a check at each turnaround)."""
    if doc.lang == "vi":
        _inspections_jn2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    spring = doc.pick(SPRINGS)
    plant, operator = spring[2 + L], spring[4 + L]
    doc.h(g(f"Программа проверок подрядных организаций и арендаторов на 2026 год. {plant}", f"{plant}. Мердігер ұйымдар мен жалға алушыларды "
            "тексерудің 2026 жылға арналған бағдарламасы", ""))
    doc.p(g(f"Подрядчики и арендаторы, работающие на территории {operator} или по его заказу, проверяются на соблюдение экологических "
            "требований договора. Результаты проверок оформляются актом; при нарушениях подрядчику выдается требование об устранении.",
            f"{operator} аумағында немесе оның тапсырысы бойынша жұмыс істейтін мердігерлер мен жалға алушылар шарттың экологиялық "
            "талаптарының сақталуына тексеріледі. Тексеру нәтижелері актімен ресімделеді; бұзушылықтар болса, мердігерге оларды жою туралы "
            "талап беріледі.", ""))
    rows = [g(["№", "Вид работ (услуг)", "Подрядчик / арендатор", "Что проверяется", "Периодичность", "Проверяющий"],
              ["№", "Жұмыстар (қызметтер) түрі", "Мердігер / жалға алушы", "Не тексеріледі", "Кезеңділігі", "Тексеруші"], [])]
    for k, (w_ru, w_kk, c_ru, c_kk, t_ru, t_kk, word, s_ru, s_kk, h_ru, h_kk) in enumerate(CONTRACTOR_CHECKS, 1):
        work, who = (w_ru, w_kk)[L], (h_ru, h_kk)[L]
        rows.append([str(k), work, (c_ru, c_kk)[L], (t_ru, t_kk)[L], _often(doc, word) if word else (s_ru, s_kk)[L], who])
        item = {"kind": "inspection", "text_contains": _words(work.split(" (")[0], 3), "actor_contains": who}
        if word:
            item["frequency"] = word
        doc.add("obligations", item)
    doc.table(g("Таблица 1", "1-кесте", ""), rows, role="inspections")
    maybe_distractor(doc)


VN_CONTRACTORS = (
    ("Thu gom, vận chuyển chất thải rắn sinh hoạt", "Công ty TNHH Môi trường Bến Cát Xanh", "Giấy phép, tình trạng xe, thùng chứa, chứng từ", "quarterly",
     "", "Cán bộ môi trường"),
    ("Thu gom, xử lý chất thải nguy hại", "Công ty Cổ phần Xử lý Chất thải Nam Bình", "Giấy phép môi trường của đơn vị, chứng từ CTNH, xe vận chuyển",
     "semiannual", "", "Trưởng phòng An toàn – Môi trường"),
    ("Vận hành lò hơi thuê ngoài", "Công ty TNHH Năng lượng Sinh khối Phú An", "Nhiên liệu đốt, màu khói, thiết bị xử lý khí thải, tro xỉ", "monthly",
     "", "Quản đốc phân xưởng cơ điện"),
    ("Bảo dưỡng tổng thể dây chuyền trích ly", "Công ty TNHH Cơ khí Thiết bị Thực phẩm Sóng Thần", "Thu gom dầu thải, giẻ lau, phế liệu kim loại",
     None, "Mỗi đợt bảo dưỡng", "Quản đốc phân xưởng cơ điện"),
    ("Quan trắc môi trường định kỳ", "Trung tâm Quan trắc và Kỹ thuật Môi trường Sao Việt", "Chứng nhận VIMCERTS, phạm vi thông số, biên bản lấy mẫu",
     "yearly", "", "Trưởng phòng An toàn – Môi trường"),
)


def _inspections_jn2_vi(doc: Doc) -> None:
    plant, company, *_ = doc.pick(VN_COFFEE_BD)
    doc.h(f"KẾ HOẠCH KIỂM TRA NHÀ THẦU VÀ ĐƠN VỊ CUNG CẤP DỊCH VỤ MÔI TRƯỜNG NĂM 2026 – {plant.upper()}")
    doc.p(f"{company} kiểm tra việc tuân thủ các yêu cầu bảo vệ môi trường trong hợp đồng của các nhà thầu; kết quả lập biên bản và lưu hồ sơ.")
    rows = [["TT", "Dịch vụ, công việc", "Nhà thầu", "Nội dung kiểm tra", "Tần suất", "Người kiểm tra"]]
    for k, (work, firm, what, word, said, who) in enumerate(VN_CONTRACTORS, 1):
        rows.append([str(k), work, firm, what, _often(doc, word) if word else said, who])
        item = {"kind": "inspection", "text_contains": _words(work, 4), "actor_contains": who}
        if word:
            item["frequency"] = word
        doc.add("obligations", item)
    doc.table("Bảng 1. Kế hoạch kiểm tra nhà thầu", rows, role="inspections")
    maybe_distractor(doc)


# ---------------------------------------------------------------- tasks

NEW_SITE = ("г. Алматы, Алатауский район, Индустриальная зона, ул. Р-10, участок 45", "Алматы қ., Алатау ауданы, Индустриалдық аймақ, Р-10 к-сі, 45-учаске")
AHO = ("Начальник административно-хозяйственного отдела", "Әкімшілік-шаруашылық бөлімінің бастығы")
ECO = ("Инженер-эколог", "Инженер-эколог")
# (RU section, KK section, [(RU, KK, RU term, KK term, (RU who, KK who), (RU actor words, KK actor words))])
RELOCATION = (
    ("Действующая площадка ({old})", "Жұмыс істеп тұрған алаң ({old})", [
        ("Вывезти остатки сырья, накопленные отходы и освободить склады старой площадки",
         "Ескі алаңның шикізат қалдықтарын, жинақталған қалдықтарды шығарып, қоймаларды босату", "до 31.03.2027", "31.03.2027 дейін", AHO,
         ("административно-хозяйственного", "Әкімшілік-шаруашылық")),
        ("Демонтировать газовое оборудование вафельных печей и котельной, заглушить газовые вводы с актом газораспределительной организации",
         "Вафли пештері мен қазандықтың газ жабдығын бөлшектеу, газ тарату ұйымының актісімен газ енгізулерін бітеу", "II квартал 2027 г.",
         "2027 ж. II тоқсаны", ("Главный энергетик", "Бас энергетик"), ("Главный энергетик", "Бас энергетик")),
        ("Выполнить обследование почв площадки на нефтепродукты и тяжелые металлы до возврата участка",
         "Учаскені қайтарғанға дейін алаң топырағын мұнай өнімдері мен ауыр металдарға зерттеу", "до 30.06.2027", "30.06.2027 дейін", ECO,
         ("Инженер-эколог", "Инженер-эколог")),
        ("Уведомить уполномоченный орган о прекращении деятельности на площадке и отозвать экологическое разрешение",
         "Уәкілетті органды алаңдағы қызметтің тоқтатылғаны туралы хабардар ету және экологиялық рұқсатты кері қайтарып алу",
         "в течение 1 месяца после остановки", "тоқтатылғаннан кейін 1 ай ішінде", ECO, ("Инженер-эколог", "Инженер-эколог"))]),
    ("Новая площадка ({new})", "Жаңа алаң ({new})", [
        ("Получить заключение о результатах скрининга воздействий намечаемой деятельности",
         "Белгіленіп отырған қызмет әсерлерін скринингтеу нәтижелері туралы қорытынды алу", "до 01.09.2026", "01.09.2026 дейін",
         ("Главный инженер; проектная организация по договору", "Бас инженер; шарт бойынша жобалау ұйымы"), ("Главный инженер", "Бас инженер")),
        ("Разработать проект нормативов допустимых выбросов и получить экологическое разрешение на воздействие",
         "Жол берілетін шығарындылар нормативтерінің жобасын әзірлеу және әсер етуге арналған экологиялық рұқсат алу", "до 01.03.2027",
         "01.03.2027 дейін", ECO, ("Инженер-эколог", "Инженер-эколог")),
        ("Выполнить технические условия ГКП «Алматы Су» на подключение к канализации и установить жироуловитель",
         "«Алматы Су» МКК-ның кәрізге қосылуға арналған техникалық шарттарын орындау және май ұстағыш орнату", "IV квартал 2026 г.",
         "2026 ж. IV тоқсаны", ("Главный механик", "Бас механик"), ("Главный механик", "Бас механик")),
        ("Смонтировать обжарочный аппарат с камерой дожигания и аспирацию с рукавными фильтрами",
         "Жағу камерасы бар қуыру аппаратын және жеңді сүзгілері бар аспирацияны монтаждау", "I квартал 2027 г.", "2027 ж. I тоқсаны",
         ("ТОО «Құрылыс Монтаж» (подрядчик) под контролем главного механика", "«Құрылыс Монтаж» ЖШС (мердігер) бас механиктің бақылауымен"),
         ("Құрылыс Монтаж", "Құрылыс Монтаж")),
        ("Оборудовать места накопления отходов, в том числе склад опасных отходов",
         "Қалдықтарды жинақтау орындарын, оның ішінде қауіпті қалдықтар қоймасын жабдықтау", "до ввода в эксплуатацию", "пайдалануға енгізгенге дейін",
         AHO, ("административно-хозяйственного", "Әкімшілік-шаруашылық"))]),
    ("Общие мероприятия", "Жалпы іс-шаралар", [
        ("Обучить персонал обращению с отходами и действиям при авариях газового оборудования на новой площадке",
         "Персоналды жаңа алаңда қалдықтармен жұмыс істеуге және газ жабдығындағы апаттар кезіндегі іс-қимылдарға оқыту", "до пуска производства",
         "өндірісті іске қосқанға дейін", ("Служба охраны труда", "Еңбекті қорғау қызметі"), ("охраны труда", "Еңбекті қорғау")),
        ("Провести инструментальные замеры на источниках выбросов новой площадки в период пусконаладки",
         "Іске қосу-баптау кезеңінде жаңа алаңның шығарынды көздерінде аспаптық өлшеулер жүргізу", "в течение 3 месяцев после пуска",
         "іске қосқаннан кейін 3 ай ішінде", ECO, ("Инженер-эколог", "Инженер-эколог"))]),
)  # fmt: skip


def tasks_jn1(doc: Doc) -> None:
    """An Almaty confectionery factory's plan of environmental measures for moving its production from the city to the
    industrial zone, `№ | мероприятие | срок | ответственный | отметка о выполнении` under three section rows — the site being
    left, with its address, the new site, with its address, and common measures — items `1.1` …, terms tied to the stop and
    the start-up, a contractor acting under the chief mechanic's control, an empty column of marks (VI: a Hà Nội candy
    factory's plan of leaving the inner city for an industrial park, the old and the new site as Roman sections, items
    numbered straight through, the lead and the partner units)."""
    if doc.lang == "vi":
        _tasks_jn1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    f_ru, f_kk, o_ru, o_kk, a_ru, a_kk, *_ = doc.pick(ALMATY_SWEETS)
    name, operator, old, new = (f_ru, f_kk)[L], (o_ru, o_kk)[L], (a_ru, a_kk)[L], NEW_SITE[L]
    core = _core(name)
    doc.p(g(f"УТВЕРЖДАЮ: Генеральный директор {operator} ______________ «{doc.rng.randint(2, 27)}» мая 2026 г.",
            f"БЕКІТЕМІН: {operator} бас директоры ______________ 2026 ж. «{doc.rng.randint(2, 27)}» мамыр", ""))
    doc.h(g(f"План мероприятий по охране окружающей среды при переносе производства фабрики «{core}» в Индустриальную зону города Алматы "
            "(2026–2027 годы)",
            f"«{core}» фабрикасының өндірісін Алматы қаласының Индустриалдық аймағына көшіру кезіндегі қоршаған ортаны қорғау жөніндегі "
            "іс-шаралар жоспары (2026–2027 жылдар)", ""))
    doc.p(g("Производство переносится поэтапно: вафельная и карамельная линии – в IV квартале 2026 года, шоколадный цех – в I квартале 2027 "
            "года; до пуска новой площадки действующая работает в прежнем режиме.",
            "Өндіріс кезең-кезеңімен көшіріледі: вафли және карамель желілері – 2026 жылғы IV тоқсанда, шоколад цехы – 2027 жылғы I "
            "тоқсанда; жаңа алаң іске қосылғанға дейін жұмыс істеп тұрған алаң бұрынғы режимде жұмыс істейді.", ""))
    rows = [g(["№", "Мероприятие", "Срок выполнения", "Ответственный", "Отметка о выполнении"],
              ["№", "Іс-шара", "Орындау мерзімі", "Жауапты", "Орындалуы туралы белгі"], [])]
    merges: list = []
    for s, (sec_ru, sec_kk, items) in enumerate(RELOCATION, 1):
        _span(rows, merges, f"{s}. " + (sec_ru, sec_kk)[L].format(old=old, new=new), 5)
        for k, (t_ru, t_kk, m_ru, m_kk, who, actor) in enumerate(items, 1):
            text = (t_ru, t_kk)[L]
            rows.append([f"{s}.{k}", text, (m_ru, m_kk)[L], who[L], ""])
            doc.add("obligations", {"kind": "task", "number": f"{s}.{k}", "text_contains": _words(text, 4), "actor_contains": actor[L]})
    doc.table(None, rows, merges, role="tasks")
    maybe_distractor(doc)


VN_RELOCATION = (
    ("I. TẠI CƠ SỞ HIỆN HỮU ({old})", [
        ("Chuyển giao toàn bộ chất thải nguy hại, chất thải rắn tồn lưu cho đơn vị có chức năng", "Quý I/2027", "Phòng Hành chính – An toàn",
         "Đơn vị thu gom có giấy phép"),
        ("Tháo dỡ lò hơi, lò nướng, bồn chứa dầu DO và súc rửa bồn", "Quý II/2027", "Phân xưởng Cơ điện", "Nhà thầu tháo dỡ"),
        ("Lấy mẫu, đánh giá chất lượng đất tại khu vực bồn dầu và kho hóa chất", "Tháng 6/2027", "Phòng Hành chính – An toàn", "Đơn vị quan trắc"),
        ("Báo cáo Sở Nông nghiệp và Môi trường về việc chấm dứt hoạt động tại địa điểm cũ", "Trong 30 ngày sau khi ngừng sản xuất", "Ban Giám đốc",
         "Phòng Hành chính – An toàn")]),
    ("II. TẠI ĐỊA ĐIỂM MỚI ({new})", [
        ("Lập hồ sơ đề nghị cấp giấy phép môi trường cho nhà máy tại khu công nghiệp", "Tháng 9/2026", "Phòng Kỹ thuật", "Đơn vị tư vấn môi trường"),
        ("Thỏa thuận đấu nối nước thải với chủ đầu tư hạ tầng khu công nghiệp", "Quý IV/2026", "Phòng Kỹ thuật", "Công ty hạ tầng KCN"),
        ("Xây dựng kho lưu giữ chất thải nguy hại và bể tách mỡ khu nấu kẹo", "Trước khi vận hành thử nghiệm", "Ban Quản lý dự án", "Nhà thầu xây dựng"),
        ("Vận hành thử nghiệm công trình xử lý chất thải và quan trắc trong giai đoạn vận hành thử nghiệm", "Quý II/2027", "Phòng Hành chính – An toàn",
         "Đơn vị quan trắc")]),
)


def _tasks_jn1_vi(doc: Doc) -> None:
    plant, company, old, new = doc.pick(VN_CANDY)
    doc.h(f"KẾ HOẠCH BẢO VỆ MÔI TRƯỜNG TRONG QUÁ TRÌNH DI DỜI {plant.upper()} RA KHỎI KHU VỰC NỘI THÀNH")
    doc.p(f"Thực hiện chủ trương di dời cơ sở sản xuất gây ô nhiễm ra khỏi nội thành của Ủy ban nhân dân thành phố Hà Nội, {company} ban hành kế "
          "hoạch bảo vệ môi trường trong thời gian di dời như sau:")
    rows = [["TT", "Nội dung công việc", "Thời gian hoàn thành", "Đơn vị chủ trì", "Đơn vị phối hợp"]]
    merges: list = []
    n = 0
    for section, items in VN_RELOCATION:
        _span(rows, merges, section.format(old=old, new=new), 5)
        for text, term, lead, partner in items:
            n += 1
            rows.append([str(n), text, term, lead, partner])
            doc.add("obligations", {"kind": "task", "number": str(n), "text_contains": _words(text, 5), "actor_contains": lead})
    doc.table("Phụ lục. Danh mục công việc", rows, merges, role="tasks")
    maybe_distractor(doc)


# (number, RU finding, KK finding, RU corrective, KK corrective, RU preventive, KK preventive, (RU who, KK who), RU term, KK term, RU proof, KK proof)
CAP = (
    ("НС-01", "На площадке приемки картофеля нет ливневого лотка, грязная вода стекает на соседний участок",
     "Картоп қабылдау алаңында нөсер науасы жоқ, лас су көрші учаскеге ағады",
     "Устроить лоток с решеткой и отвести ливневые стоки в отстойник", "Торы бар науа орнатып, нөсер ағындарын тұндырғышқа бұру",
     "Включить осмотр лотков и отстойника в чек-лист еженедельного обхода", "Науалар мен тұндырғышты тексеруді апта сайынғы аралаудың чек-парағына енгізу",
     ("Главный механик", "Бас механик"), "30.06.2026", "30.06.2026", "фото, акт скрытых работ", "фото, жасырын жұмыстар актісі"),
    ("НС-02", "Бочки с отработанным фритюрным маслом стоят без поддона и маркировки", "Пайдаланылған фритюр майы бар бөшкелер табансыз және таңбасыз тұр",
     "Установить бочки на поддон с бортом и промаркировать их кодом 20 01 25", "Бөшкелерді жиегі бар табанға қойып, 20 01 25 кодымен таңбалау",
     "Утвердить инструкцию по обращению с отработанным маслом и обучить операторов фритюрниц",
     "Пайдаланылған маймен жұмыс істеу нұсқаулығын бекіту және фритюрница операторларын оқыту",
     ("Начальник производства", "Өндіріс бастығы"), "15.05.2026", "15.05.2026", "фото, протокол обучения", "фото, оқыту хаттамасы"),
    ("НС-03", "Не ведется учет воды по цехам, удельное водопотребление на тонну чипсов не определяется",
     "Цехтар бойынша су есебі жүргізілмейді, бір тонна чипсіге шаққандағы меншікті су тұтыну анықталмайды",
     "Установить счетчики воды на линиях мойки и бланширования картофеля", "Картопты жуу және бланштау желілеріне су есептегіштерін орнату",
     "Ввести ежемесячный расчет удельного водопотребления в производственный отчет", "Меншікті су тұтынудың ай сайынғы есебін өндірістік есепке енгізу",
     ("Главный энергетик", "Бас энергетик"), "31.07.2026", "31.07.2026", "паспорта счетчиков, отчет за август", "есептегіш паспорттары, тамыз айының есебі"),
    ("НС-04", "Истек договор на передачу люминесцентных ламп специализированной организации",
     "Люминесцентті шамдарды мамандандырылған ұйымға беру шартының мерзімі өтіп кеткен",
     "Заключить договор с организацией, имеющей право на обращение с опасными отходами",
     "Қауіпті қалдықтармен жұмыс істеуге құқығы бар ұйыммен шарт жасасу", "", "",
     ("Инженер-эколог", "Инженер-эколог"), "30.04.2026", "30.04.2026", "копия договора", "шарттың көшірмесі"),
    ("НС-05", "Рукавный фильтр барабанов посола не проходил проверку эффективности очистки",
     "Тұздау барабандарының жеңді сүзгісі тазарту тиімділігіне тексерілмеген",
     "Провести замеры до и после фильтра силами аккредитованной лаборатории", "Аккредиттелген зертхананың күшімен сүзгіге дейін және одан кейін өлшеу жүргізу",
     "Дополнить программу ПЭК ежегодной проверкой эффективности ГОУ", "ӨЭБ бағдарламасын ГТҚ тиімділігін жыл сайынғы тексерумен толықтыру",
     ("Инженер-эколог", "Инженер-эколог"), "30.09.2026", "30.09.2026", "протокол измерений", "өлшеу хаттамасы"),
)  # fmt: skip
OBSERVATIONS = (
    ("Н-01", "Рекомендуется рассмотреть передачу картофельной мезги и очистков на корм скоту", "Картоп сөлін және қабығын мал азығына беруді қарастыру ұсынылады"),
    ("Н-02", "Хорошая практика: рекуперация тепла дымовых газов котельной", "Жақсы тәжірибе: қазандық түтін газдарының жылуын рекуперациялау"),
)


def tasks_jn2(doc: Doc) -> None:
    """A chip plant's plan of corrective actions after the brand owner's audit of its supplier code, `№ | несоответствие |
    корректирующее действие | предупреждающее действие | ответственный | срок | подтверждение`, each finding `НС-01` giving
    two tasks — the correction and the prevention — with one responsible, a finding with no preventive action, and a second
    section of observations with dashes that asks for nothing (VI: a cashew exporter's CAP after its European buyer's audit,
    `Hành động khắc phục | Hành động phòng ngừa`, findings `F01` …, observations `O01` with `-`)."""
    if doc.lang == "vi":
        _tasks_jn2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    plant = doc.pick(SNACK_PLANTS)
    name, operator = plant[L], plant[2 + L]
    day = doc.rng.randint(3, 27)
    doc.h(g(f"План корректирующих действий по результатам аудита поставщика. {name}", f"{name}. Жеткізушіні аудиттеу нәтижелері бойынша түзету "
            "әрекеттерінің жоспары", ""))
    doc.p(g(f"{operator} выпускает снеки по контракту для владельца торговой марки «Steppe Crunch». Аудит экологического раздела Кодекса "
            f"поставщика проведен {day:02d}.03.2026 независимым аудитором; план согласовывается с владельцем марки, выполнение подтверждается "
            "документами, указанными в последнем столбце.",
            f"{operator} «Steppe Crunch» сауда белгісінің иесі үшін келісімшарт бойынша снектер шығарады. Жеткізуші кодексінің экологиялық "
            f"бөлімінің аудитін 2026 жылғы {day} наурызда тәуелсіз аудитор жүргізді; жоспар белгі иесімен келісіледі, орындалуы соңғы бағанда "
            "көрсетілген құжаттармен расталады.", ""))
    rows = [g(["№", "Выявленное несоответствие", "Корректирующее действие", "Предупреждающее действие", "Ответственный", "Срок", "Подтверждение"],
              ["№", "Анықталған сәйкессіздік", "Түзету әрекеті", "Алдын алу әрекеті", "Жауапты", "Мерзімі", "Растау"], [])]
    merges: list = []
    _span(rows, merges, g("1. Несоответствия", "1. Сәйкессіздіктер", ""), 7)
    for nc, f_ru, f_kk, c_ru, c_kk, p_ru, p_kk, who, t_ru, t_kk, e_ru, e_kk in CAP:
        corr, prev = (c_ru, c_kk)[L], (p_ru, p_kk)[L]
        rows.append([nc, (f_ru, f_kk)[L], corr, prev or g("не требуется", "қажет емес", ""), who[L], (t_ru, t_kk)[L], (e_ru, e_kk)[L]])
        doc.add("obligations", {"kind": "task", "text_contains": _words(corr, 4), "actor_contains": who[L]})
        if prev:
            doc.add("obligations", {"kind": "task", "text_contains": _words(prev, 4), "actor_contains": who[L]})
    _span(rows, merges, g("2. Наблюдения и хорошая практика (действий не требуют)", "2. Бақылаулар және жақсы тәжірибе (әрекет талап етілмейді)", ""), 7)
    for no, o_ru, o_kk in OBSERVATIONS:
        rows.append([no, (o_ru, o_kk)[L], "—", "—", "—", "—", "—"])
    doc.table(g("Таблица 1 – План корректирующих действий (CAP)", "1-кесте – Түзету әрекеттерінің жоспары (CAP)", ""), rows, merges, role="tasks")
    maybe_distractor(doc)


# (code, finding, corrective, preventive, who, term, proof)
VN_CAP = (
    ("F01", "Khu chứa vỏ hạt điều ngoài trời, nước mưa chảy tràn cuốn dầu vỏ điều ra mương", "Làm mái che và nền bê tông có rãnh thu cho khu chứa vỏ điều",
     "Bổ sung kiểm tra khu chứa vỏ vào quy trình tự kiểm tra hằng tuần", "Quản đốc phân xưởng hấp", "30/06/2026", "Ảnh chụp, biên bản nghiệm thu"),
    ("F02", "Công nhân khu bóc vỏ chưa được đào tạo xử lý sự cố tràn dầu vỏ hạt điều (CNSL)",
     "Tổ chức đào tạo ứng phó sự cố tràn dầu CNSL cho công nhân khu bóc vỏ", "Đưa nội dung ứng phó tràn dầu CNSL vào chương trình đào tạo hằng năm",
     "Phòng Nhân sự", "15/05/2026", "Danh sách học viên, tài liệu đào tạo"),
    ("F03", "Chưa có số liệu tiêu thụ nước theo công đoạn", "Lắp đồng hồ đo nước tại công đoạn ngâm và hấp hạt điều", "",
     "Tổ cơ điện", "31/07/2026", "Ảnh đồng hồ, sổ ghi chỉ số"),
    ("F04", "Tro lò hơi để lẫn với chất thải rắn sinh hoạt", "Bố trí khu chứa tro riêng và ký hợp đồng chuyển giao tro lò hơi",
     "Cập nhật sơ đồ phân loại chất thải tại nguồn và phổ biến cho tổ lò hơi", "Tổ trưởng tổ lò hơi", "30/05/2026", "Hợp đồng, ảnh chụp"),
    ("F05", "Chưa đo lại khí thải lò hơi sau khi thay đầu đốt vỏ điều", "Thuê đơn vị có chứng nhận VIMCERTS đo khí thải lò hơi", "",
     "Phòng QA – Môi trường", "30/06/2026", "Phiếu kết quả quan trắc"),
)
VN_OBS = (("O01", "Khuyến nghị nghiên cứu bán vỏ lụa làm nguyên liệu chiết tanin"), ("O02", "Thực hành tốt: tái sử dụng nước ngưng lò hơi"))


def _tasks_jn2_vi(doc: Doc) -> None:
    plant, company, *_ = doc.pick(VN_CASHEW)
    doc.h(f"KẾ HOẠCH HÀNH ĐỘNG KHẮC PHỤC (CAP) SAU ĐÁNH GIÁ CỦA KHÁCH HÀNG – {plant.upper()}")
    doc.p(f"{company} là nhà cung cấp hạt điều nhân cho nhà nhập khẩu châu Âu; đợt đánh giá tuân thủ Bộ quy tắc ứng xử nhà cung cấp (phần môi "
          f"trường) diễn ra ngày {doc.rng.randint(3, 27):02d}/02/2026.")
    rows = [["Mã", "Phát hiện", "Hành động khắc phục", "Hành động phòng ngừa", "Người chịu trách nhiệm", "Thời hạn", "Bằng chứng"]]
    merges: list = []
    _span(rows, merges, "A. CÁC ĐIỂM KHÔNG PHÙ HỢP", 7)
    for code, finding, corr, prev, who, term, proof in VN_CAP:
        rows.append([code, finding, corr, prev or "Không cần", who, term, proof])
        doc.add("obligations", {"kind": "task", "text_contains": _words(corr, 5), "actor_contains": who})
        if prev:
            doc.add("obligations", {"kind": "task", "text_contains": _words(prev, 5), "actor_contains": who})
    _span(rows, merges, "B. QUAN SÁT VÀ THỰC HÀNH TỐT (KHÔNG YÊU CẦU HÀNH ĐỘNG)", 7)
    for code, text in VN_OBS:
        rows.append([code, text, "-", "-", "-", "-", "-"])
    doc.table("Bảng 1. Kế hoạch hành động khắc phục", rows, merges, role="tasks")
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"JN{k}", globals()[f"{role}_jn{k}"]) for role in ROLES for k in (1, 2)]
