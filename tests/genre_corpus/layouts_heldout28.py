"""A blind held-out set (two layouts per role, `CA1` and `CA2`): never used for tuning, written by someone who neither ran
the extractor on it nor read it, to differ from every layout of `layouts_*.py`.

Theme: mining and metallurgy. Kazakhstan: open-pit copper and gold mines, an underground chromite mine, an iron-ore
pit, a copper concentrator with its tailings dam, a copper smelter with its sulphuric-acid shop, a ferroalloy plant
(a subsoil user's ПЭК programme with the licence and the corners of the mining allotment, a holding's list of the
branches a КЭР is issued for, НДВ tables of a smelter and of an open pit, a КЭР's limits of accumulation and of burial,
a classification of wastes with mirror entries and hazardous properties, soil around a mine in gross and mobile forms,
a КЭР's technological norms by source beside the BAT levels, the monitoring programme of a tailings facility, the
plan-graph of control at a smelter's sources, the order of inspections of a tailings dam's structures, a matrix of
aspects checked at each site, the measures in periods of adverse weather, an environmental management plan). Vietnam:
coal mines of Quảng Ninh (underground and open-pit), a titanium–zircon mine of Bình Thuận, a rare-earth mine of Lai
Châu, an alumina plant of the Central Highlands with its red-mud pond, a steel works with an electric arc furnace
(ĐTM, giấy phép môi trường, a province's list of mines, chương trình quan trắc, kế hoạch ứng phó sự cố, chương trình
quản lý môi trường).

Facility: a subsoil user's card `показатель | ед. изм. | значение` whose identity lines carry a dash as unit and whose
technical lines (allotment area, depth, output, life) carry one, the corners of the mining allotment in a table of no
role after it (VI: an ĐTM's card with the VN-2000 corners) (CA1); a holding's branches each with its own BIN on a second
line of the name cell and the KATO on a second line of the address cell, coordinates to whole minutes (VI: a province's
list of coal mines, the enterprise number in brackets under the company, coordinates in two columns under a merged
header) (CA2). Emissions: a smelter's sources whose dust row is followed by `в т.ч.` rows of the metals in it, each
with its own code, class and rates, a note that they are part of the dust (VI: a steel works' stacks, `trong đó:`
rows of iron oxide, manganese and lead) (CA1); an open pit's norms ordered by substance, code, name and class merged
down over the sources that emit it, tonnes before grams, a subtotal per substance (VI: an open-pit coal mine, the
pollutant merged over named activities) (CA2). Wastes: a КЭР's two annexes, the accumulation limits of ordinary
wastes with the place and term of accumulation, and the burial limits of overburden and tailings with the amount
already buried, formed, the limit, reuse and transfer (VI: a coal mine's wastes with a unit column, overburden in m3
that gives no tonnes) (CA1); a classification with the kind of entry (absolute or mirror), the hazardous properties
and a justification citing the mirror code (VI: the TT 02/2022 symbols NH/KS/TT and the hazardous properties) (CA2).
Limits: soil at four plots (one background) as sub-columns, each element with the form its ПДК is for, lead given in
both forms (VI: soil around a bauxite mine against QCVN 03-MT column of agricultural land) (CA1); a КЭР's
technological norms with the sources as columns and the BAT range last (VI: a steel works' permit, the waste-gas
streams as columns) (CA2). Monitoring: a tailings facility's programme with the object merged down the first column
over its points, point codes in their own column and coordinates beside them (VI: a coal mine's programme by
component) (CA1); a smelter's plan-graph of control at sources with the substances given by their codes only and the
number of measurements a year instead of a frequency, the automated system `постоянно` (VI: a steel works' stacks,
formulas, `số lần/năm`) (CA2). Inspections: the order of inspections of a tailings dam's structures, daily to twice a
year (VI: a red-mud pond's dam) (CA1); a matrix of aspects by site with the frequency in each cell and dashes (VI: a
steel works' plants) (CA2). Tasks: measures in periods of adverse weather under the three regimes, numbered `1.1`, the
source numbers and the cut in per cent beside them (VI: a response plan of a tailings dam by alert level) (CA1); an
environmental management plan whose measure stands after the activity and the impact, with an indicator column (VI:
an ĐTM's programme of a titanium mine) (CA2).

The words of each layout are in the text tables (RU, KK, VI); a header row is one string, its cells between `|`, `^`
for a cell a merge covers.
"""

from __future__ import annotations

from . import vocab
from .common import Doc, distractor, freq, make_bin, make_kato, maybe_distractor, num, rate
from .layouts_wastes import expect_vn, vn_wastes
from .limits_data import SOIL_VN, add, cell, limit
from .obligations_data import inspection, task
from .registry import ROLES, Layout
from .sources_data import emission

TEXT: dict[str, tuple[str, str, str]] = {}


def _t(doc: Doc, key: str) -> str:
    return TEXT[key][vocab.LANGS.index(doc.lang)]


def _cells(text: str) -> list[str | None]:
    return [None if x == "^" else x for x in text.split("|")]


def _row(doc: Doc, key: str) -> list[str | None]:
    """A header row of the text tables in the document's language."""
    return _cells(_t(doc, key))


def _list(doc: Doc, key: str) -> list[str]:
    return _t(doc, key).split("|")


def _span(rows: list, merges: list, text: str, width: int) -> None:
    """A row whose one cell spans the table."""
    rows.append([text] + [None] * (width - 1))
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))


def _down(rows: list, start: int, col: int, merges: list) -> None:
    """Merges a column down from row `start` to the last row, when that is two rows or more."""
    if len(rows) - 1 > start:
        merges.append((start, col, len(rows) - 1, col))


def _sig(x: float, digits: int = 3) -> float:
    return float(f"{x:.{digits}g}")


def _mon(loc: dict, key: tuple[str, str], frequency: str) -> dict:
    return {**loc, key[0]: key[1], "frequency": frequency}


def _source(number: str) -> dict:
    return {"number": number, "type": "organized" if int(number) < 6000 else "unorganized"}


def _lang(doc: Doc) -> int:
    return vocab.LANGS.index(doc.lang)


# substances of the Kazakh list that vocab.AIR lacks, named as corpus/air_pollutants.csv names them: (RU, KK, VI, class)
EXTRA = {
    "0146": ("Медь оксид (в пересчете на медь)", "Мыс оксиді", "", 2),
    "0207": ("Цинк оксид (в пересчете на цинк)", "Мырыш оксиді", "", 3),
    "0325": ("Мышьяк, неорганические соединения (в пересчете на мышьяк)", "Күшән", "Asen", 2),
    "0322": ("Серная кислота (по молекуле H2SO4)", "Күкірт қышқылы", "Axit sunfuric", 2),
    "0203": ("Хром (в пересчете на хром (VI) оксид)", "Хром", "Crom", 1),
    "2732": ("Керосин", "Керосин", "", None),
}


def _air(doc: Doc, code: str, variant: int = 0) -> str:
    if code in EXTRA:
        return EXTRA[code][_lang(doc)]
    return vocab.air(code, doc.lang, variant)


def _hazard(code: str) -> int | None:
    return EXTRA[code][3] if code in EXTRA else vocab.hazard(code)


DAILY = {"ru": ("ежедневно", "1 раз в сутки"), "kk": ("күн сайын", "тәулігіне 1 рет"), "vi": ("Hằng ngày", "01 lần/ngày")}
WEEKLY = {"ru": ("еженедельно", "1 раз в неделю"), "kk": ("апта сайын", "аптасына 1 рет"), "vi": ("Hằng tuần", "01 lần/tuần")}


def _often(doc: Doc, word: str) -> str:
    """A frequency as the document writes it, daily and weekly included."""
    if word == "daily":
        return doc.pick(DAILY[doc.lang])
    if word == "weekly":
        return doc.pick(WEEKLY[doc.lang])
    return freq(doc, word)


def _dms(value: float) -> tuple[str, float]:
    """An angle in degrees, minutes and whole seconds, and the decimal degrees it stands for."""
    d = int(value)
    m = int((value - d) * 60)
    s = int(round(((value - d) * 60 - m) * 60))
    if s >= 60:
        m, s = m + 1, 0
    if m >= 60:
        d, m = d + 1, 0
    return f"{d}°{m:02d}′{s:02d}″", d + m / 60 + s / 3600


def _dm(value: float) -> tuple[str, float]:
    """An angle in degrees and whole minutes, and the decimal degrees it stands for."""
    d = int(value)
    m = int(round((value - d) * 60))
    if m >= 60:
        d, m = d + 1, 0
    return f"{d}°{m:02d}′", d + m / 60


def _msdn(doc: Doc, prefix: str) -> str:
    """A Vietnamese enterprise number registered in the province of `prefix`."""
    return prefix + f"{doc.rng.randint(0, 99999999):08d}"


# ---------------------------------------------------------------- facility

# subsoil users of Kazakhstan: (name, operator, place, mineral, legal address) per language, and figures
SUBSOIL = (
    {
        "ru": ("Месторождение медно-порфировых руд Кызылжал", "ТОО «Кызылжал Коппер»",
               "область Абай, Аягозский район, 38 км северо-западнее с. Актогай", "медно-порфировые руды",
               "г. Астана, район Есиль, пр. Мангилик Ел, 55/20"),
        "kk": ("Қызылжал мыс-порфир кендерінің кен орны", "«Қызылжал Коппер» ЖШС",
               "Абай облысы, Аягөз ауданы, Ақтоғай а. солтүстік-батысқа қарай 38 км", "мыс-порфир кендері",
               "Астана қ., Есіл ауданы, Мәңгілік Ел даңғылы, 55/20"),
        "depth": (320, 460), "ore": (8000, 25000), "area": (380, 900), "life": (18, 30), "lat": 46.9, "lon": 79.6,
        "ore_ru": "тыс. т руды", "ore_kk": "мың т кен",
    },
    {
        "ru": ("Золоторудное месторождение Жаксытау", "ТОО «Жаксытау Голд»",
               "Акмолинская область, Енбекшильдерский район, 24 км юго-восточнее г. Степняк", "золотосодержащие руды",
               "г. Кокшетау, ул. Абая, 96"),
        "kk": ("Жақсытау алтын кен орны", "«Жақсытау Голд» ЖШС",
               "Ақмола облысы, Еңбекшілдер ауданы, Степняк қ. оңтүстік-шығысқа қарай 24 км", "құрамында алтын бар кендер",
               "Көкшетау қ., Абай көшесі, 96"),
        "depth": (180, 300), "ore": (900, 2600), "area": (120, 340), "life": (9, 16), "lat": 52.7, "lon": 70.9,
        "ore_ru": "тыс. т руды", "ore_kk": "мың т кен",
    },
    {
        "ru": ("Хромитовое месторождение Восточный Кемпир (подземный рудник)", "АО «Кемпир Хром»",
               "Актюбинская область, Хромтауский район, 9 км восточнее г. Хромтау", "хромовые руды",
               "г. Актобе, пр. Абилкайыр хана, 40"),
        "kk": ("Шығыс Кемпір хромит кен орны (жерасты кеніші)", "«Кемпір Хром» АҚ",
               "Ақтөбе облысы, Хромтау ауданы, Хромтау қ. шығысқа қарай 9 км", "хром кендері",
               "Ақтөбе қ., Әбілқайыр хан даңғылы, 40"),
        "depth": (640, 980), "ore": (1500, 4200), "area": (210, 520), "life": (25, 40), "lat": 50.25, "lon": 58.55,
        "ore_ru": "тыс. т руды", "ore_kk": "мың т кен",
    },
)  # fmt: skip
# Vietnamese mines of an ĐTM: (project, what the name must contain, operator, place, mineral, licence, output unit),
# province code of the enterprise number, central meridian and X/Y of the allotment in VN-2000
VN_MINES = (
    ("Dự án khai thác hầm lò mỏ than Bình Minh Hạ", "mỏ than Bình Minh Hạ", "Công ty Cổ phần Than Bình Minh Hạ – Vinacomin",
     "phường Mông Dương, thành phố Cẩm Phả, tỉnh Quảng Ninh", "Than antraxit", "tấn than nguyên khai/năm",
     "57", "107°45′", (2326000, 2331000), (441000, 447000)),
    ("Dự án khai thác và chế biến sa khoáng titan – zircon khu vực Lương Sơn Đông", "khu vực Lương Sơn Đông",
     "Công ty Cổ phần Khoáng sản Titan Lương Sơn Đông", "xã Lương Sơn, huyện Bắc Bình, tỉnh Bình Thuận",
     "Sa khoáng titan – zircon", "tấn quặng nguyên khai/năm", "34", "108°30′", (1241000, 1246000), (561000, 568000)),
    ("Dự án khai thác và chế biến quặng đất hiếm mỏ Nậm Xe Nam", "mỏ Nậm Xe Nam", "Công ty Cổ phần Đất hiếm Nậm Xe Nam",
     "xã Nậm Xe, huyện Phong Thổ, tỉnh Lai Châu", "Quặng đất hiếm", "tấn quặng nguyên khai/năm", "62", "103°00′",
     (2481000, 2486000), (521000, 527000)),
)  # fmt: skip
TEXT |= {
    "f1.title": ("Программа производственного экологического контроля недропользователя на 2026–2030 годы",
                 "Жер қойнауын пайдаланушының 2026–2030 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы",
                 "BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG"),
    "f1.h": ("1. Общие сведения о недропользователе и участке недр", "1. Жер қойнауын пайдаланушы және жер қойнауы учаскесі туралы жалпы мәліметтер",
             "Chương 1. THÔNG TIN VỀ DỰ ÁN"),
    "f1.p": ("Добыча ведется открытым (подземным) способом на основании лицензии на добычу твердых полезных ископаемых.",
             "Өндіру қатты пайдалы қазбаларды өндіруге арналған лицензия негізінде ашық (жерасты) тәсілмен жүргізіледі.",
             "Các thông số kỹ thuật chính của dự án được tổng hợp tại bảng dưới đây."),
    "f1.head": ("Наименование показателя|Ед. изм.|Значение", "Көрсеткіштің атауы|Өлш. бірл.|Мәні", "TT|Hạng mục|Đơn vị|Thông số"),
    "f1.labels": ("Недропользователь|БИН недропользователя|Юридический адрес|Участок недр (месторождение)|Вид полезного ископаемого|"
                  "Лицензия на добычу твердых полезных ископаемых|Местоположение участка недр|Код КАТО|Площадь горного отвода|"
                  "Проектная глубина отработки|Годовая производительность|Срок отработки запасов|"
                  "Категория объекта (приложение 2 к Экологическому кодексу РК)",
                  "Жер қойнауын пайдаланушы|Жер қойнауын пайдаланушының БСН|Заңды мекенжайы|Жер қойнауы учаскесі (кен орны)|"
                  "Пайдалы қазбаның түрі|Қатты пайдалы қазбаларды өндіруге арналған лицензия|Жер қойнауы учаскесінің орналасқан жері|"
                  "ҚАТО коды|Тау-кен бөлуінің ауданы|Қазудың жобалық тереңдігі|Жылдық өнімділігі|Қорларды қазу мерзімі|"
                  "Объектінің санаты (ҚР Экология кодексінің 2-қосымшасы)",
                  "Chủ dự án|Mã số doanh nghiệp|Tên dự án|Địa điểm thực hiện dự án|Loại khoáng sản|Giấy phép khai thác khoáng sản|"
                  "Trữ lượng địa chất|Công suất khai thác|Diện tích khu vực khai thác|Độ sâu khai thác đến mức|Tuổi thọ mỏ|"
                  "Phân loại dự án theo Luật Bảo vệ môi trường"),
    "f1.units": ("га|м|лет", "га|м|жыл", "nghìn tấn|ha|m|năm"),
    "f1.licence": ("№ {n}-ML от {d}", "{d} № {n}-ML", "Số {n}/GP-BTNMT ngày {d}"),
    "f1.category": ("{c}", "{c}", "Dự án đầu tư nhóm {c}"),
    "f1.caption": ("Таблица 1.1 – Сведения о недропользователе", "1.1-кесте – Жер қойнауын пайдаланушы туралы мәліметтер",
                   "Bảng 1.1. Tóm tắt các thông số chính của dự án"),
    "f1.corners.caption": ("Таблица 1.2 – Координаты угловых точек горного отвода",
                           "1.2-кесте – Тау-кен бөлуінің бұрыштық нүктелерінің координаттары",
                           "Bảng 1.2. Tọa độ các điểm góc ranh giới khu vực khai thác (Hệ tọa độ VN-2000, kinh tuyến trục {m}, múi chiếu 3°)"),
    "f1.corners.head": ("№ угловой точки|Северная широта|Восточная долгота", "Бұрыштық нүкте №|Солтүстік ендік|Шығыс бойлық",
                        "Điểm góc|X (m)|Y (m)"),
}  # fmt: skip


def _date(doc: Doc) -> str:
    day, month, year = doc.rng.randint(1, 28), doc.rng.randint(1, 12), doc.rng.randint(2018, 2023)
    return f"{day:02d}/{month:02d}/{year}" if doc.lang == "vi" else f"{day:02d}.{month:02d}.{year}"


def facility_ca1(doc: Doc) -> None:
    """A subsoil user's card in its ПЭК programme: `показатель | ед. изм. | значение`, the identity lines (user, BIN,
    legal address, the subsoil plot, the licence, KATO, category) with a dash for the unit and the technical ones
    (allotment area, depth, output, life) with theirs; the corners of the mining allotment in degrees, minutes and
    seconds in a table of no role after it, no centre point (VI: an ĐTM's card `TT | hạng mục | đơn vị | thông số`
    with the enterprise number, reserves and output, the corners in VN-2000 metres)."""
    r = doc.rng
    doc.h(_t(doc, "f1.title"))
    doc.h(_t(doc, "f1.h"))
    doc.p(_t(doc, "f1.p"))
    labels = _list(doc, "f1.labels")
    if doc.lang == "vi":
        project, contains, operator, place, mineral, unit, prefix, meridian, xs, ys = r.choice(VN_MINES)
        msdn, cat = _msdn(doc, prefix), r.choice(("I", "II"))
        reserves, ha = r.randint(8000, 60000) * 10, round(r.uniform(120, 900), 1)
        values = [
            ("-", operator), ("-", msdn), ("-", project), ("-", place), ("-", mineral),
            ("-", _t(doc, "f1.licence").format(n=r.randint(300, 2900), d=_date(doc))),
            ("nghìn tấn", num(reserves, "vi")), (unit, num(r.randint(30, 240) * 10000, "vi")), ("ha", num(ha, "vi")),
            ("m", f"-{r.randint(150, 650)}" if "than" in project else f"+{r.randint(2, 40)}"),
            ("năm", str(r.randint(12, 35))), ("-", _t(doc, "f1.category").format(c=cat)),
        ]
        rows = [_row(doc, "f1.head")]
        rows += [[str(k), label, u, v] for k, (label, (u, v)) in enumerate(zip(labels, values, strict=True), 1)]
        doc.table(_t(doc, "f1.caption"), rows, role="facility")
        doc.add("facilities", {"bin": msdn, "name_contains": contains, "category": cat})
        corners = [_row(doc, "f1.corners.head")]
        for k in range(1, r.randint(5, 7)):
            x, y = r.uniform(*xs), r.uniform(*ys)
            corners.append([f"M{k}", num(round(x, 2), "vi"), num(round(y, 2), "vi")])
        doc.table(_t(doc, "f1.corners.caption").format(m=meridian), corners, role="other")
        return
    site = r.choice(SUBSOIL)
    name, operator, place, mineral, legal = site[doc.lang]
    bin_, kato, cat = make_bin(r), make_kato(r), "I" if r.random() < 0.8 else "II"
    ha, u_ha, u_m, u_y = round(r.uniform(*site["area"]), 1), *_list(doc, "f1.units")
    values = [
        operator, bin_, legal, name, mineral, _t(doc, "f1.licence").format(n=r.randint(120, 2400), d=_date(doc)), place,
        kato, num(ha, doc.lang), num(r.randint(*site["depth"]), doc.lang), num(r.randint(*site["ore"]), doc.lang),
        str(r.randint(*site["life"])), _t(doc, "f1.category").format(c=cat),
    ]
    units = ["–"] * 8 + [u_ha, u_m, site["ore_ru"] if doc.lang == "ru" else site["ore_kk"], u_y, "–"]
    rows = [_row(doc, "f1.head")] + [list(x) for x in zip(labels, units, values, strict=True)]
    doc.table(_t(doc, "f1.caption"), rows, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": name, "kato": kato, "category": cat})
    corners = [_row(doc, "f1.corners.head")]
    for k in range(1, r.randint(5, 7)):
        lat, _ = _dms(site["lat"] + r.uniform(-0.03, 0.03))
        lon, _ = _dms(site["lon"] + r.uniform(-0.04, 0.04))
        corners.append([str(k), lat, lon])
    doc.table(_t(doc, "f1.corners.caption"), corners, role="other")
    maybe_distractor(doc)


# branches of a Kazakh holding: (name, place, activity) per language, and the centre of the site
BRANCHES = (
    (("Рудник «Жаманайбат» (подземный)", "область Ұлытау, Жанааркинский район, 62 км западнее пос. Жезкент",
      "добыча медных руд подземным способом"),
     ("«Жаманайбат» кеніші (жерасты)", "Ұлытау облысы, Жаңаарқа ауданы, Жезкент к. батысқа қарай 62 км",
      "мыс кендерін жерасты тәсілімен өндіру"), 47.93, 71.08),
    (("Обогатительная фабрика «Қарағайлы» с хвостохранилищем", "Карагандинская область, Каркаралинский район, пос. Карагайлы",
      "обогащение медных руд, размещение хвостов обогащения"),
     ("Хвост қоймасы бар «Қарағайлы» байыту фабрикасы", "Қарағанды облысы, Қарқаралы ауданы, Қарағайлы к.",
      "мыс кендерін байыту, байыту қалдықтарын орналастыру"), 49.38, 75.52),
    (("Медеплавильный завод «Сарышаган»", "Карагандинская область, Приозерский район, 14 км от пос. Сарышаган",
      "производство черновой и рафинированной меди, серной кислоты"),
     ("«Сарышаған» мыс қорыту зауыты", "Қарағанды облысы, Приозерск ауданы, Сарышаған к. 14 км",
      "қара және тазартылған мыс, күкірт қышқылын өндіру"), 46.12, 73.61),
    (("Карьер «Қосмұрын» железистых кварцитов", "Костанайская область, район Беимбета Майлина, 18 км южнее с. Айет",
      "добыча железных руд открытым способом"),
     ("«Қосмұрын» темірлі кварциттер карьері", "Қостанай облысы, Бейімбет Майлин ауданы, Әйет а. оңтүстікке қарай 18 км",
      "темір кендерін ашық тәсілмен өндіру"), 52.78, 62.71),
)  # fmt: skip
VN_COAL = (
    ("Mỏ than hầm lò Khe Chàm Tây", "Công ty Than Khe Chàm Tây – TKV", "phường Mông Dương, thành phố Cẩm Phả", 21.072, 107.318),
    ("Mỏ than lộ thiên Cọc Sáu Bắc", "Công ty Cổ phần Than Cọc Sáu Bắc – Vinacomin", "phường Cẩm Phú, thành phố Cẩm Phả", 21.031, 107.345),
    ("Mỏ than hầm lò Vàng Danh Đông", "Công ty Cổ phần Than Vàng Danh Đông – Vinacomin", "phường Vàng Danh, thành phố Uông Bí", 21.093, 106.801),
    ("Nhà máy tuyển than Lép Mỹ Nam", "Công ty Tuyển than Lép Mỹ Nam – Vinacomin", "phường Cửa Ông, thành phố Cẩm Phả", 21.018, 107.362),
    ("Mỏ than hầm lò Hà Lầm Mới", "Công ty Cổ phần Than Hà Lầm Mới – Vinacomin", "phường Hà Lầm, thành phố Hạ Long", 20.968, 107.101),
)  # fmt: skip
TEXT |= {
    "f2.title": ("Заявление на получение комплексного экологического разрешения. Приложение 1",
                 "Кешенді экологиялық рұқсат алуға өтініш. 1-қосымша",
                 "BÁO CÁO TÌNH HÌNH CẤP GIẤY PHÉP MÔI TRƯỜNG ĐỐI VỚI CÁC CƠ SỞ KHAI THÁC, CHẾ BIẾN THAN TRÊN ĐỊA BÀN TỈNH QUẢNG NINH"),
    "f2.p": ("Оператор {operator} осуществляет деятельность через филиалы, каждый из которых является отдельным объектом I категории "
             "и зарегистрирован как самостоятельный налогоплательщик. Сведения о филиалах приведены ниже.",
             "{operator} операторы қызметті филиалдар арқылы жүзеге асырады, олардың әрқайсысы I санаттағы жеке объект болып табылады "
             "және дербес салық төлеуші ретінде тіркелген. Филиалдар туралы мәліметтер төменде келтірілген.",
             "Sở Nông nghiệp và Môi trường tỉnh Quảng Ninh tổng hợp danh sách các cơ sở khai thác, chế biến than đã được cấp giấy phép "
             "môi trường như sau:"),
    "f2.operators": ("ТОО «Балқаш Мыс Групп»|ТОО «Сарыарқа Металл Холдинг»", "«Балқаш Мыс Групп» ЖШС|«Сарыарқа Металл Холдинг» ЖШС", ""),
    "f2.head": ("№ п/п|Производственный объект (филиал), БИН|Местонахождение, код КАТО|Координаты центра промплощадки|Категория|Вид деятельности",
                "Р/с №|Өндірістік объект (филиал), БСН|Орналасқан жері, ҚАТО коды|Өнеркәсіптік алаң орталығының координаттары|Санаты|Қызмет түрі",
                "TT|Tên cơ sở|Chủ cơ sở (mã số doanh nghiệp)|Địa điểm|Tọa độ trung tâm (WGS-84)|^|Phân loại"),
    "f2.sub": ("", "", "^|^|^|^|Vĩ độ Bắc|Kinh độ Đông|^"),
    "f2.bin": ("БИН {b}", "БСН {b}", "(MSDN: {b})"),
    "f2.kato": ("КАТО {k}", "ҚАТО {k}", ""),
    "f2.coords": ("{lat} с.ш.\n{lon} в.д.", "{lat} с.е.\n{lon} ш.б.", ""),
    "f2.caption": ("Таблица 1 – Сведения о производственных объектах оператора",
                   "1-кесте – Оператордың өндірістік объектілері туралы мәліметтер",
                   "Bảng 1. Danh sách các cơ sở đã được cấp giấy phép môi trường năm 2025"),
}  # fmt: skip


def facility_ca2(doc: Doc) -> None:
    """A КЭР application's list of a holding's branches: each branch's name with its own BIN on a second line of the
    cell, its place with the KATO on a second line, the centre of the site to whole minutes on two lines, the category
    as a numeral and the activity; the holding itself only in the sentence before, with no BIN (VI: a province's
    report on the coal mines it permitted, the company over its enterprise number in brackets in one cell, the
    coordinates in degrees, minutes and seconds under a merged `Tọa độ trung tâm` header, `Nhóm I`)."""
    r = doc.rng
    doc.h(_t(doc, "f2.title"))
    if doc.lang == "vi":
        doc.p(_t(doc, "f2.p"))
        rows, merges = [_row(doc, "f2.head"), _row(doc, "f2.sub")], [(0, c, 1, c) for c in (0, 1, 2, 3, 6)] + [(0, 4, 0, 5)]
        for k, (name, operator, place, lat0, lon0) in enumerate(r.sample(VN_COAL, r.randint(3, 4)), 1):
            msdn, cat = _msdn(doc, "57"), r.choice(("I", "I", "II"))
            (lat, lat_v), (lon, lon_v) = _dms(lat0 + r.uniform(-0.01, 0.01)), _dms(lon0 + r.uniform(-0.01, 0.01))
            who = f"{operator}\n{_t(doc, 'f2.bin').format(b=msdn)}"
            rows.append([str(k), name, who, f"{place}, tỉnh Quảng Ninh", lat, lon, f"Nhóm {cat}"])
            doc.add("facilities", {"bin": msdn, "name_contains": name, "category": cat, "lat": lat_v, "lon": lon_v})
        doc.table(_t(doc, "f2.caption"), rows, merges, role="facility")
        distractor(doc, "contacts")
        return
    lang = _lang(doc)
    doc.p(_t(doc, "f2.p").format(operator=r.choice(_list(doc, "f2.operators"))))
    rows = [_row(doc, "f2.head")]
    for k, branch in enumerate(r.sample(BRANCHES, 3), 1):
        (name, place, activity), lat0, lon0 = branch[lang], branch[2], branch[3]
        bin_, kato = make_bin(r), make_kato(r)
        (lat, lat_v), (lon, lon_v) = _dm(lat0 + r.uniform(-0.05, 0.05)), _dm(lon0 + r.uniform(-0.05, 0.05))
        rows.append([
            f"{k}.", f"{name}\n{_t(doc, 'f2.bin').format(b=bin_)}", f"{place}\n{_t(doc, 'f2.kato').format(k=kato)}",
            _t(doc, "f2.coords").format(lat=lat, lon=lon), "I", activity,
        ])
        doc.add("facilities", {"bin": bin_, "name_contains": name, "kato": kato, "category": "I", "lat": lat_v, "lon": lon_v})
    doc.table(_t(doc, "f2.caption"), rows, role="facility")
    maybe_distractor(doc)


# ---------------------------------------------------------------- emissions

# a copper smelter's sources: number, (RU, KK) name, gases, whether its dust carries metals (and which), hours a year
SMELTER = (
    ("0001", ("Дымовая труба сернокислотного цеха", "Күкірт қышқылы цехының түтін мұржасы"), ("0330", "0322"), (), 8400),
    ("0002", ("Дымовая труба плавильного цеха (после электрофильтров)", "Балқыту цехының түтін мұржасы (электрсүзгілерден кейін)"),
     ("0330", "0301", "0337"), ("0146", "0207", "0184", "0325"), 8200),
    ("0003", ("Труба конвертерного отделения", "Конвертер бөлімшесінің мұржасы"), ("0330",), ("0146", "0184", "0325"), 7600),
    ("6001", ("Аэрационный фонарь плавильного цеха", "Балқыту цехының аэрациялық шамы"), ("0330",), ("0146", "0207"), 8760),
    ("6002", ("Склад шихты (медный концентрат)", "Шихта қоймасы (мыс концентраты)"), (), ("0146",), 8760),
)  # fmt: skip
# share of each metal in the dust
METAL_SHARE = {"0146": (0.04, 0.14), "0207": (0.01, 0.06), "0184": (0.005, 0.03), "0325": (0.002, 0.015), "0123": (0.2, 0.45),
               "0143": (0.01, 0.05)}  # fmt: skip
# a steel works' stacks (VI): name, gases, the metals of its dust, hours a year
STEEL = (
    ("Ống khói lò điện hồ quang (EAF) sau hệ thống lọc bụi túi vải", ("0301", "0330", "0337"), ("0123", "0143", "0184"), 7200),
    ("Ống khói lò tinh luyện thép (LF)", ("0337",), ("0123", "0143"), 7200),
    ("Ống khói lò nung phôi cán", ("0301", "0330", "0337"), (), 7800),
    ("Ống thải hệ thống hút bụi khu vực đúc liên tục", (), ("0123",), 7800),
)  # fmt: skip
TEXT |= {
    "e1.title": ("Проект нормативов допустимых выбросов для медеплавильного завода «Сарышаган»",
                 "«Сарышаған» мыс қорыту зауыты үшін жол берілетін шығарындылар нормативтерінің жобасы",
                 "BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG CỦA NHÀ MÁY LUYỆN THÉP LƯU XÁ MỚI"),
    "e1.p": ("Пыль, отходящая от плавильных агрегатов, содержит соединения меди, цинка, свинца и мышьяка; их выбросы определены "
             "по данным химического анализа уловленной пыли и приведены отдельными строками.",
             "Балқыту агрегаттарынан шығатын шаңның құрамында мыс, мырыш, қорғасын және күшән қосылыстары бар; олардың шығарындылары "
             "ұсталған шаңды химиялық талдау деректері бойынша айқындалып, жеке жолдармен келтірілген.",
             "Thành phần kim loại trong bụi được xác định theo kết quả phân tích mẫu bụi thu hồi tại hệ thống lọc bụi túi vải."),
    "e1.head": ("№ ИЗА|Наименование источника|Код ЗВ|Наименование загрязняющего вещества|Класс опасности|Выброс ЗВ|^",
                "ЛШК №|Көздің атауы|ЛЗ коды|Ластаушы заттың атауы|Қауіптілік сыныбы|ЛЗ шығарындысы|^",
                "TT|Nguồn thải|Thông số|Tải lượng|^"),
    "e1.units": ("^|^|^|^|^|г/с|т/год", "^|^|^|^|^|г/с|т/жыл", "^|^|^|g/s|tấn/năm"),
    "e1.part": ("в т.ч. {name}", "оның ішінде {name}", "trong đó: {name}"),
    "e1.note": ("Примечание: выбросы соединений металлов учтены в составе пыли неорганической (код 2908).",
                "Ескертпе: металл қосылыстарының шығарындылары бейорганикалық шаң (2908 коды) құрамында ескерілген.",
                "Ghi chú: tải lượng các kim loại đã bao gồm trong tải lượng bụi tổng."),
    "e1.caption": ("Таблица 3.2 – Выбросы загрязняющих веществ по источникам (существующее положение)",
                   "3.2-кесте – Көздер бойынша ластаушы заттар шығарындылары (қазіргі жағдай)",
                   "Bảng 3.4. Tải lượng bụi, khí thải và thành phần kim loại trong bụi tại các nguồn thải"),
}  # fmt: skip


def _tonnes(g_s: float, hours: int) -> float:
    return _sig(g_s * hours * 3600 / 1e6, 4)


def emissions_ca1(doc: Doc) -> None:
    """A smelter's emissions by source: the source's number and name merged down over its rows, code, name, class and
    `г/с | т/год` under a merged header; a source's dust row is followed by `в т.ч. …` rows of the metals it carries,
    each with its own code, class and rates, and a note under the table says they are part of the dust (VI: a steel
    works' named stacks, `trong đó:` rows of iron oxide, manganese and lead under the total dust, no codes, no class)."""
    r = doc.rng
    vi = doc.lang == "vi"
    doc.h(_t(doc, "e1.title"))
    doc.p(_t(doc, "e1.p"))
    rows, merges = [_row(doc, "e1.head"), _row(doc, "e1.units")], []
    if vi:
        merges += [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4)]
        for k, (name, gases, metals, hours) in enumerate([STEEL[0], *r.sample(STEEL[1:], 2)], 1):
            start = len(rows)
            dust = rate(r, 0.3, 4.5)
            items = [("2902", vocab.air("2902", "vi"), dust)]
            items += [(m, _t(doc, "e1.part").format(name=vocab.air(m, "vi")), _sig(dust * r.uniform(*METAL_SHARE[m]))) for m in metals]
            items += [(g, vocab.air(g, "vi", 1), rate(r, 0.4, 25)) for g in gases]
            for code, label, g in items:
                t = _tonnes(g, hours)
                rows.append([str(k) if len(rows) == start else None, name if len(rows) == start else None, label,
                             num(g, "vi"), num(t, "vi")])
                doc.add("emissions", emission(code, g, t))
            _down(rows, start, 0, merges)
            _down(rows, start, 1, merges)
        doc.table(_t(doc, "e1.caption"), rows, merges, role="emissions")
        doc.p(_t(doc, "e1.note"))
        maybe_distractor(doc)
        return
    merges += [(0, c, 1, c) for c in range(5)] + [(0, 5, 0, 6)]
    lang = _lang(doc)
    chosen = [s for s in SMELTER if s[0] == "0002" or r.random() < 0.7]
    for number, names, gases, metals, hours in chosen:
        start = len(rows)
        items = []
        if metals:
            dust = rate(r, 0.2, 6) if number.startswith("6") else rate(r, 0.8, 9)
            items.append(("2908", vocab.air("2908", doc.lang), dust))
            for m in metals:
                label = _air(doc, m)
                items.append((m, _t(doc, "e1.part").format(name=label[0].lower() + label[1:]), _sig(dust * r.uniform(*METAL_SHARE[m]))))
        for g in gases:
            high = 180 if g == "0330" and number in ("0001", "0002") else 12
            items.append((g, _air(doc, g), rate(r, 0.05, high)))
        for code, label, g in items:
            t = _tonnes(g, hours)
            hazard = _hazard(code)
            rows.append([number if len(rows) == start else None, names[lang] if len(rows) == start else None, code, label,
                         str(hazard) if hazard else "–", num(g, doc.lang), num(t, doc.lang)])
            doc.add("emissions", emission(code, g, t, number, hazard))
        _down(rows, start, 0, merges)
        _down(rows, start, 1, merges)
        doc.add("sources", _source(number))
    doc.table(_t(doc, "e1.caption"), rows, merges, role="emissions")
    doc.p(_t(doc, "e1.note"))
    maybe_distractor(doc)


# an open pit's sources: number, (RU, KK) name, substances, hours a year
PIT = (
    ("6001", ("Буровые работы (станки СБШ-250МН)", "Бұрғылау жұмыстары (СБШ-250МН станоктары)"), ("2908",), 7200),
    ("6002", ("Массовые взрывы", "Жаппай жарылыстар"), ("2908", "0301", "0304", "0337"), 48),
    ("6003", ("Экскавация и погрузка горной массы", "Тау-кен массасын экскавациялау және тиеу"), ("2908",), 7800),
    ("6004", ("Транспортировка горной массы автосамосвалами", "Тау-кен массасын автосамосвалдармен тасымалдау"),
     ("2908", "0301", "0304", "0328", "0330", "0337", "2732"), 7800),
    ("6005", ("Отвал вскрышных пород", "Аршылған жыныстар үйіндісі"), ("2908",), 8760),
    ("0001", ("Дымовая труба котельной АБК", "ӘТК қазандығының түтін мұржасы"), ("0301", "0304", "0330", "0337", "0328"), 5200),
)  # fmt: skip
VI_PIT = (
    ("Hoạt động khoan lỗ mìn", ("2902",)),
    ("Hoạt động nổ mìn", ("2902", "0301", "0330", "0337")),
    ("Xúc bốc đất đá và than", ("2902",)),
    ("Vận chuyển đất đá, than bằng ô tô", ("2902", "0301", "0330", "0337")),
    ("Đổ thải tại bãi thải Nam", ("2902",)),
    ("Sàng tuyển than tại mặt bằng +32", ("2902",)),
)  # fmt: skip
TEXT |= {
    "e2.title": ("Раздел «Охрана атмосферного воздуха» проекта нормативов допустимых выбросов",
                 "Жол берілетін шығарындылар нормативтері жобасының «Атмосфералық ауаны қорғау» бөлімі",
                 "BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG DỰ ÁN CẢI TẠO, MỞ RỘNG MỎ THAN LỘ THIÊN ĐÈO NAI NAM"),
    "e2.pits": ("карьер «Қосмұрын» (железистые кварциты)|карьер месторождения Кызылжал (медно-порфировые руды)",
                "«Қосмұрын» карьері (темірлі кварциттер)|Қызылжал кен орнының карьері (мыс-порфир кендері)", ""),
    "e2.p": ("Объект нормирования – {pit}. Нормативы допустимых выбросов приведены по веществам в разрезе источников.",
             "Нормалау объектісі – {pit}. Жол берілетін шығарындылар нормативтері заттар бойынша көздер бөлінісінде келтірілген.",
             "Tải lượng bụi và khí thải phát sinh từ các hoạt động khai thác của mỏ khi đạt công suất thiết kế được tính toán theo "
             "hệ số phát thải và tổng hợp trong bảng sau."),
    "e2.head": ("Код ЗВ|Наименование загрязняющего вещества|Класс опасности|№ ИЗА|Наименование источника|Выброс, т/год|Выброс, г/с",
                "ЛЗ коды|Ластаушы заттың атауы|Қауіптілік сыныбы|ЛШК №|Көздің атауы|Шығарынды, т/жыл|Шығарынды, г/с",
                "Chất ô nhiễm|Nguồn phát sinh|Tải lượng (tấn/năm)|Tải lượng (g/s)"),
    "e2.sub": ("Итого по веществу", "Зат бойынша жиыны", "Cộng"),
    "e2.total": ("Всего по карьеру", "Карьер бойынша барлығы", "Tổng cộng"),
    "e2.caption": ("Таблица 3.6 – Нормативы допустимых выбросов по веществам на 2026–2035 годы",
                   "3.6-кесте – 2026–2035 жылдарға арналған заттар бойынша жол берілетін шығарындылар нормативтері",
                   "Bảng 3.12. Tải lượng chất ô nhiễm không khí từ hoạt động khai thác mỏ"),
}  # fmt: skip


def emissions_ca2(doc: Doc) -> None:
    """An open pit's norms ordered by substance: code, name and class merged down over the sources that emit it, then
    the source's number and name, tonnes a year before grams a second, a subtotal row under a substance of several
    sources and a total for the pit; kerosene has no class (a dash) (VI: an open-pit coal mine's loads, the pollutant
    merged down over named mining activities, tonnes before g/s, `Cộng` rows)."""
    r = doc.rng
    vi = doc.lang == "vi"
    doc.h(_t(doc, "e2.title"))
    doc.p(_t(doc, "e2.p").format(pit=r.choice(_list(doc, "e2.pits"))) if not vi else _t(doc, "e2.p"))
    rows, merges = [_row(doc, "e2.head")], []
    if vi:
        sources = r.sample(VI_PIT, r.randint(4, 6))
        codes = [c for c in ("2902", "0301", "0330", "0337") if any(c in s[1] for s in sources)]
        for code in codes:
            start = len(rows)
            emitters = [s for s in sources if code in s[1]]
            sums_t, sums_g = [], []
            for name, _ in emitters:
                g = rate(r, 0.02, 9 if code == "2902" else 2)
                t = _sig(g * r.uniform(6500, 8000) * 0.0036, 4)
                rows.append([vocab.air(code, "vi", 1 if code != "2902" else 0) if len(rows) == start else None, name,
                             num(t, "vi"), num(g, "vi")])
                doc.add("emissions", emission(code, g, t))
                sums_t.append(t)
                sums_g.append(g)
            if len(emitters) > 1:
                rows.append([None, _t(doc, "e2.sub"), num(_sig(sum(sums_t), 6), "vi"), num(_sig(sum(sums_g), 6), "vi")])
            _down(rows, start, 0, merges)
        doc.table(_t(doc, "e2.caption"), rows, merges, role="emissions")
        return
    lang = _lang(doc)
    total_t, total_g = [], []
    sources = [s for s in PIT if s[0] in ("6002", "6004") or r.random() < 0.75]
    codes = sorted({c for s in sources for c in s[2]})
    for code in codes:
        start = len(rows)
        emitters = [s for s in sources if code in s[2]]
        hazard = _hazard(code)
        sums_t, sums_g = [], []
        for number, names, _, hours in emitters:
            high = 6 if code == "2908" else 1.5
            g = rate(r, 0.003, high) if number != "6002" else rate(r, 20, 160)
            t = _tonnes(g, hours)
            first = len(rows) == start
            rows.append([code if first else None, _air(doc, code) if first else None,
                         (str(hazard) if hazard else "–") if first else None, number, names[lang],
                         num(t, doc.lang), num(g, doc.lang)])
            doc.add("emissions", emission(code, g, t, number, hazard))
            sums_t.append(t)
            sums_g.append(g)
        if len(emitters) > 1:
            rows.append([None, None, None, "", _t(doc, "e2.sub"), num(_sig(sum(sums_t), 6), doc.lang), num(_sig(sum(sums_g), 6), doc.lang)])
        for col in (0, 1, 2):
            _down(rows, start, col, merges)
        total_t += sums_t
        total_g += sums_g
    rows.append([_t(doc, "e2.total"), None, None, "", "", num(_sig(sum(total_t), 6), doc.lang), num(_sig(sum(total_g), 6), doc.lang)])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 2))
    doc.table(_t(doc, "e2.caption"), rows, merges, role="emissions")
    doc.add("sources", *(_source(s[0]) for s in sources))
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

# ordinary wastes of a mine's accumulation limits: List-of-Waste entries of vocab.LOW, the places they are kept at
ACCUMULATED = ("16 06 01*", "13 02 05*", "15 02 02*", "20 01 21*", "16 01 07*", "20 03 01", "12 01 13", "16 01 03", "17 04 05")
# tonnes a year of the non-hazardous ones (the hazardous ones 0.02–4.5)
ACCUMULATED_T = {"20 03 01": (8, 150), "12 01 13": (0.2, 3), "16 01 03": (5, 60), "17 04 05": (20, 900)}
PLACES = {
    "ru": ("закрытый склад с бетонным полом", "металлические контейнеры на площадке с твердым покрытием",
           "герметичные бочки на складе ГСМ", "площадка временного хранения металлолома"),
    "kk": ("бетон едені бар жабық қойма", "қатты жабынды алаңдағы металл контейнерлер",
           "ЖЖМ қоймасындағы герметикалық бөшкелер", "металл сынықтарын уақытша сақтау алаңы"),
}
# mining wastes buried on the operator's own facilities: (code, RU, KK, facility RU, facility KK, formed t/year, buried before)
BURIED = (
    ("01 01 01", "Вскрышные породы", "Аршылған жыныстар", "Внешний отвал вскрышных пород № 2", "№ 2 сыртқы аршылған жыныстар үйіндісі",
     (18_000_000, 52_000_000), (240_000_000, 610_000_000)),
    ("01 03 06", "Хвосты обогащения медных руд", "Мыс кендерін байыту қалдықтары", "Хвостохранилище обогатительной фабрики",
     "Байыту фабрикасының хвост қоймасы", (6_500_000, 21_000_000), (95_000_000, 310_000_000)),
    ("01 01 01", "Некондиционные (забалансовые) породы, не подлежащие переработке", "Өңдеуге жатпайтын кондициялық емес жыныстар",
     "Спецотвал некондиционных пород", "Кондициялық емес жыныстардың арнаулы үйіндісі", (400_000, 2_600_000), (4_000_000, 38_000_000)),
)  # fmt: skip
TEXT |= {
    "w1.title": ("Комплексное экологическое разрешение. Приложение 3. Лимиты накопления и захоронения отходов",
                 "Кешенді экологиялық рұқсат. 3-қосымша. Қалдықтарды жинақтау және көму лимиттері",
                 "GIẤY PHÉP MÔI TRƯỜNG. Phụ lục III. Yêu cầu về quản lý chất thải"),
    "w1.p1": ("Таблица 3.1 – Лимиты накопления отходов на 2026–2035 годы", "3.1-кесте – 2026–2035 жылдарға арналған қалдықтарды жинақтау лимиттері",
              "Chủng loại, khối lượng chất thải phát sinh thường xuyên của mỏ than được cho phép như sau:"),
    "w1.head1": ("№|Наименование отхода|Код отхода|Место накопления|Срок накопления|Лимит накопления, т/год",
                 "№|Қалдықтың атауы|Қалдық коды|Жинақтау орны|Жинақтау мерзімі|Жинақтау лимиті, т/жыл",
                 "TT|Tên chất thải|Mã chất thải|Đơn vị tính|Khối lượng phát sinh|Vị trí lưu giữ, đổ thải"),
    "w1.term": ("не более 6 месяцев", "6 айдан аспайды", ""),
    "w1.p2": ("Таблица 3.2 – Лимиты захоронения отходов на 2026–2035 годы", "3.2-кесте – 2026–2035 жылдарға арналған қалдықтарды көму лимиттері", ""),
    "w1.head2": ("Наименование отходов|Код|Объект размещения|Объем захороненных отходов на существующее положение, тонн|"
                 "Образование, тонн/год|Лимит захоронения, тонн/год|Повторное использование, переработка, тонн/год|"
                 "Передача сторонним организациям, тонн/год",
                 "Қалдықтардың атауы|Коды|Орналастыру объектісі|Қазіргі жағдай бойынша көмілген қалдықтар көлемі, тонна|"
                 "Түзілуі, тонна/жыл|Көму лимиті, тонна/жыл|Қайта пайдалану, өңдеу, тонна/жыл|Бөгде ұйымдарға беру, тонна/жыл", ""),
    "w1.all": ("Всего", "Барлығы", ""),
    "w1.groups": ("", "", "I. Chất thải rắn công nghiệp thông thường|II. Chất thải nguy hại"),
    "w1.vi.places": ("", "", "Bãi thải Nam Khe Tam|Bể chứa bùn của trạm xử lý nước thải mỏ|Nhà chứa chất thải rắn sinh hoạt|"
                             "Kho phế liệu mặt bằng +32|Kho lưu giữ chất thải nguy hại diện tích 60 m2"),
}  # fmt: skip
# ordinary wastes of a coal mine (VI): name, unit (m3 gives no tonnes), range
VN_MINE_ORDINARY = (
    ("Đất đá thải từ hoạt động đào lò và bóc đất đá", "m3/năm", (850_000, 4_200_000)),
    ("Bùn thải từ trạm xử lý nước thải mỏ", "tấn/năm", (900, 6500)),
    ("Chất thải rắn sinh hoạt", "tấn/năm", (120, 480)),
    ("Sắt thép phế liệu (vì chống lò, đường ray hỏng)", "tấn/năm", (150, 900)),
)


def wastes_ca1(doc: Doc) -> None:
    """A КЭР's annex of two tables: the accumulation limits of ordinary wastes with where and how long each is kept
    (`не более 6 месяцев`), and the burial limits of overburden and tailings in the form of the rules — the amount
    already buried, formed, the limit of burial, reuse and transfer (dashes), a `Всего` row first; formed equals the
    limit (VI: a coal mine's permit with a unit column per row under two group rows — overburden in m3, which gives
    no tonnes, sludge and scrap in tonnes, hazardous wastes in kg)."""
    r = doc.rng
    doc.h(_t(doc, "w1.title"))
    if doc.lang == "vi":
        doc.p(_t(doc, "w1.p1"))
        places = _list(doc, "w1.vi.places")
        plain_title, haz_title = _list(doc, "w1.groups")
        rows, merges = [_row(doc, "w1.head1")], []
        _span(rows, merges, plain_title, 6)
        for k, (name, unit, (low, high)) in enumerate(VN_MINE_ORDINARY, 1):
            amount = r.randint(low // 50, high // 50) * 50 if unit == "m3/năm" else r.randint(low, high)
            rows.append([str(k), name, "-", unit, num(amount, "vi"), places[k - 1]])
            tonnes = None if unit == "m3/năm" else float(amount)
            doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": tonnes, "name_contains": name})
        _span(rows, merges, haz_title, 6)
        hazardous = vn_wastes(doc, r.randint(3, 5))
        for k, w in enumerate(hazardous, len(VN_MINE_ORDINARY) + 1):
            rows.append([str(k), w["name"], w["code"], "kg/năm", num(w["kg"], "vi"), places[4]])
        expect_vn(doc, hazardous)
        doc.table(None, rows, merges, role="wastes")
        return
    lang = _lang(doc)
    by_code = {w[0]: w for w in vocab.LOW}
    picked = sorted(r.sample(ACCUMULATED, 6), key=lambda c: (not c.endswith("*"), ACCUMULATED.index(c)))
    doc.p(_t(doc, "w1.p1"))
    rows = [_row(doc, "w1.head1")]
    for k, code in enumerate(picked, 1):
        name = by_code[code][lang + 1]
        hazardous = code.endswith("*")
        t = rate(r, *ACCUMULATED_T.get(code, (0.02, 4.5)), 3)
        place = PLACES[doc.lang][2 if code == "13 02 05*" else 3 if code == "17 04 05" else int(not hazardous)]
        rows.append([str(k), name, code, place, _t(doc, "w1.term"), num(t, doc.lang)])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": hazardous, "amount_t": t, "name_contains": name})
    doc.table(None, rows, role="wastes")
    doc.p(_t(doc, "w1.p2"))
    buried = [BURIED[0], BURIED[1]] + ([BURIED[2]] if r.random() < 0.5 else [])
    body, before_all, formed_all = [], 0, 0
    for code, ru, kk, where_ru, where_kk, formed_range, before_range in buried:
        name, where = (ru, where_ru) if lang == 0 else (kk, where_kk)
        formed = r.randint(formed_range[0] // 1000, formed_range[1] // 1000) * 1000
        before = r.randint(before_range[0] // 1000, before_range[1] // 1000) * 1000
        before_all, formed_all = before_all + before, formed_all + formed
        body.append([name, code, where, num(before, doc.lang), num(formed, doc.lang), num(formed, doc.lang), "–", "–"])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": False, "amount_t": float(formed), "name_contains": name})
    total = [_t(doc, "w1.all"), "", "", num(before_all, doc.lang), num(formed_all, doc.lang), num(formed_all, doc.lang), "–", "–"]
    doc.table(None, [_row(doc, "w1.head2"), total, *body], role="wastes")
    maybe_distractor(doc)


# a ferroalloy plant's and chromite concentrator's wastes: code, RU, KK, kind of entry, hazardous properties, mirror, range
CLASSIFIED = (
    ("10 02 02", "Шлак ферросплавного производства", "Ферроқорытпа өндірісінің шлагы", "АН", "–", None, (150_000, 420_000)),
    ("10 02 08", "Пыль газоочистки рудно-термических печей", "Кен-термиялық пештердің газ тазарту шаңы", "ЗН", "–", "10 02 07*", (2500, 9000)),
    ("10 02 13*", "Шлам газоочистки, содержащий соединения хрома (VI)", "Құрамында хром (VI) қосылыстары бар газ тазарту шламы", "ЗО",
     "HP 7, HP 14", "10 02 14", (300, 1800)),
    ("01 03 06", "Хвосты обогащения хромовой руды", "Хром кенін байыту қалдықтары", "ЗН", "–", "01 03 05*", (40_000, 160_000)),
    ("13 02 05*", "Отработанные моторные масла", "Пайдаланылған мотор майлары", "АО", "HP 14", None, (2, 30)),
    ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", "АО", "HP 6, HP 14", None, (0.1, 1.2)),
    ("16 06 01*", "Отработанные свинцовые аккумуляторы", "Пайдаланылған қорғасын аккумуляторлары", "АО", "HP 8, HP 14", None, (0.5, 6)),
    ("12 01 13", "Огарки сварочных электродов", "Дәнекерлеу электродтарының қалдықтары", "АН", "–", None, (0.2, 3)),
    ("16 01 03", "Изношенные шины", "Тозған шиналар", "АН", "–", None, (5, 60)),
)  # fmt: skip
# TT 02/2022 symbol and main hazardous properties of the wastes of vocab.VN_CTNH
VN_CLASS = {"17 02 03": ("NH", "Đ, ĐS, C"), "16 01 06": ("NH", "Đ"), "18 02 01": ("KS", "Đ, ĐS"), "18 01 02": ("KS", "Đ, ĐS"),
            "18 01 03": ("KS", "Đ, ĐS"), "19 06 01": ("NH", "Đ, AM"), "08 02 04": ("KS", "Đ, ĐS"), "16 01 13": ("KS", "Đ, ĐS")}  # fmt: skip
VN_PLANT_ORDINARY = ("Gạch chịu lửa thải từ lò nung", "Bao bì giấy, carton thải", "Phế liệu kim loại", "Xỉ than lò hơi")
TEXT |= {
    "w2.title": ("Программа управления отходами ферросплавного завода «Ерейментау» и фабрики обогащения хромовых руд на 2026–2035 годы",
                 "«Ерейментау» ферроқорытпа зауыты мен хром кендерін байыту фабрикасының 2026–2035 жылдарға арналған қалдықтарды басқару бағдарламасы",
                 "BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG CỦA NHÀ MÁY ALUMIN ĐẮK NÔNG TÂY"),
    "w2.h": ("2.3. Классификация отходов", "2.3. Қалдықтарды сыныптау", "3.3. Danh mục chất thải phát sinh và phân loại"),
    "w2.p": ("Отходы отнесены к видам по Классификатору отходов; для зеркальных видов опасность установлена по результатам испытаний.",
             "Қалдықтар Қалдықтар сыныптауышы бойынша түрлерге жатқызылған; айналы түрлер үшін қауіптілік сынақ нәтижелері бойынша белгіленген.",
             "Chất thải được phân loại theo Phụ lục III ban hành kèm theo Thông tư số 02/2022/TT-BTNMT."),
    "w2.head": ("№|Наименование отхода|Код по классификатору|Вид записи|Опасные свойства|Обоснование отнесения|Образование, т/год",
                "№|Қалдықтың атауы|Сыныптауыш бойынша коды|Жазба түрі|Қауіпті қасиеттері|Жатқызу негіздемесі|Түзілуі, т/жыл",
                "TT|Tên chất thải|Mã chất thải|Ký hiệu phân loại|Tính chất nguy hại chính|Trạng thái tồn tại|Khối lượng (kg/năm)"),
    "w2.absolute": ("запись без зеркальной пары", "айна жұбы жоқ жазба", ""),
    "w2.mirror_no": ("зеркальная пара {m}; опасные свойства не выявлены (протокол испытаний № {n})",
                     "айна жұбы {m}; қауіпті қасиеттер анықталған жоқ (№ {n} сынақ хаттамасы)", ""),
    "w2.mirror_yes": ("зеркальная пара {m}; содержание хрома (VI) выше порогового значения (протокол испытаний № {n})",
                      "айна жұбы {m}; хром (VI) мөлшері шекті мәннен жоғары (№ {n} сынақ хаттамасы)", ""),
    "w2.legend": ("АО – абсолютно опасный вид, АН – абсолютно неопасный вид, ЗО – зеркальный опасный вид, ЗН – зеркальный неопасный вид; "
                  "HP – опасные свойства отходов.",
                  "АО – абсолютті қауіпті түр, АН – абсолютті қауіпті емес түр, ЗО – айналы қауіпті түр, ЗН – айналы қауіпті емес түр; "
                  "HP – қалдықтардың қауіпті қасиеттері.",
                  "Ghi chú: NH – chất thải nguy hại; KS – chất thải cần kiểm soát, được phân định là chất thải nguy hại; TT – chất thải "
                  "rắn công nghiệp thông thường; Đ – độc, ĐS – độc sinh thái, C – dễ cháy, AM – ăn mòn."),
    "w2.groups": ("", "", "A. Chất thải nguy hại|B. Chất thải rắn công nghiệp thông thường"),
    "w2.states": ("", "", "Rắn|Lỏng|Bùn"),
}  # fmt: skip


def wastes_ca2(doc: Doc) -> None:
    """A waste-management programme's classification: code, then the kind of entry as an abbreviation (`АО`, `АН`, `ЗО`,
    `ЗН`), the hazardous properties (`HP 7, HP 14`) and a justification that cites the mirror entry's code and a test
    protocol's number, the amount last; the abbreviations in a line after the table (VI: an alumina plant's list with
    the TT 02/2022 symbol NH, KS or TT and the main hazardous properties, the hazardous wastes and the ordinary ones
    under two group rows, all in kg a year)."""
    r = doc.rng
    doc.h(_t(doc, "w2.title"))
    doc.h(_t(doc, "w2.h"))
    doc.p(_t(doc, "w2.p"))
    rows, merges = [_row(doc, "w2.head")], []
    if doc.lang == "vi":
        haz_title, plain_title = _list(doc, "w2.groups")
        solid, liquid, _ = _list(doc, "w2.states")
        _span(rows, merges, haz_title, 7)
        hazardous = vn_wastes(doc, r.randint(4, 5))
        for k, w in enumerate(hazardous, 1):
            symbol, props = VN_CLASS[w["code"]]
            rows.append([str(k), w["name"], w["code"], symbol, props, w["state"], num(w["kg"], "vi")])
        expect_vn(doc, hazardous)
        _span(rows, merges, plain_title, 7)
        for k, name in enumerate(r.sample(VN_PLANT_ORDINARY, 3), len(hazardous) + 1):
            kg = r.randint(30, 2400) * 100
            rows.append([str(k), name, "-", "TT", "-", solid, num(kg, "vi")])
            doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": kg / 1000, "name_contains": name})
        doc.table(None, rows, merges, role="wastes")
        doc.p(_t(doc, "w2.legend"))
        return
    lang = _lang(doc)
    mirrors = [w for w in CLASSIFIED if w[5]]
    others = [w for w in CLASSIFIED if not w[5]]
    picked = r.sample(mirrors, 3) + r.sample(others, 3)
    picked.sort(key=CLASSIFIED.index)
    for k, (code, ru, kk, kind, props, mirror, (low, high)) in enumerate(picked, 1):
        name = ru if lang == 0 else kk
        if mirror is None:
            why = _t(doc, "w2.absolute")
        else:
            why = _t(doc, "w2.mirror_yes" if code.endswith("*") else "w2.mirror_no").format(m=mirror, n=r.randint(12, 480))
        amount = _sig(r.uniform(low, high), 3)
        rows.append([str(k), name, code, kind, props, why, num(amount, doc.lang)])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": amount,
                           "name_contains": name})
    doc.table(None, rows, role="wastes")
    doc.p(_t(doc, "w2.legend"))
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

# soil elements vocab.SOIL lacks, as corpus/soil_elements.csv names them (RU, KK, VI)
SOIL_EXTRA = {"Mn": ("Марганец", "Марганец", "Mangan")}


def _soil(doc: Doc, symbol: str) -> str:
    return SOIL_EXTRA[symbol][_lang(doc)] if symbol in SOIL_EXTRA else vocab.soil(symbol, doc.lang)


# (symbol, form, ПДК mg/kg): the soil norms of Kazakhstan, mobile forms for some elements; lead has both
SOIL_FORMS = {
    "copper": (("Cu", "mobile", 3.0), ("Zn", "mobile", 23.0), ("Pb", "gross", 32.0), ("Pb", "mobile", 6.0), ("As", "gross", 2.0),
               ("Hg", "gross", 2.1)),
    "chrome": (("Cr", "mobile", 6.0), ("Ni", "mobile", 4.0), ("Co", "mobile", 5.0), ("Mn", "gross", 1500.0), ("Pb", "gross", 32.0),
               ("Pb", "mobile", 6.0)),
}  # fmt: skip
TEXT |= {
    "l1.title": ("Отчет по программе производственного экологического контроля за 2025 год. Раздел 4. Мониторинг почв",
                 "2025 жылғы өндірістік экологиялық бақылау бағдарламасы бойынша есеп. 4-бөлім. Топырақ мониторингі",
                 "BÁO CÁO KẾT QUẢ QUAN TRẮC MÔI TRƯỜNG ĐỊNH KỲ NĂM 2025 – MỎ BÔ XÍT NHÂN CƠ NAM"),
    "l1.sites": ("хвостохранилища медной обогатительной фабрики|промплощадки рудника и фабрики обогащения хромовых руд",
                 "мыс байыту фабрикасының хвост қоймасы|кеніш пен хром кендерін байыту фабрикасының өнеркәсіптік алаңы", ""),
    "l1.p": ("Пробы почв отобраны в октябре 2025 года на пробных площадках в зоне влияния {site}: ПП-1 – 500 м к северу, ПП-2 – "
             "1000 м к востоку, ПП-3 – граница СЗЗ с подветренной стороны, ПП-4 – фоновая площадка в 8 км выше по ветру.",
             "Топырақ сынамалары 2025 жылдың қазан айында {site} әсер ету аймағындағы сынама алаңдарынан алынды: ПП-1 – солтүстікке "
             "қарай 500 м, ПП-2 – шығысқа қарай 1000 м, ПП-3 – жел жағындағы СҚА шекарасы, ПП-4 – желдің жоғарғы жағындағы 8 км "
             "жердегі фондық алаң.",
             "Vị trí lấy mẫu đất: Đ1 – đất trồng cà phê cách hồ bùn đỏ 300 m về phía Tây; Đ2 – đất trồng cao su gần moong khai thác "
             "đã hoàn thổ; Đ3 – đất nông nghiệp thôn 4, cách ranh giới mỏ 500 m."),
    "l1.head": ("№|Элемент|Форма|ПДК, мг/кг|Фактическое содержание, мг/кг|^|^|^",
                "№|Элемент|Түрі|ШЖК, мг/кг|Нақты мөлшері, мг/кг|^|^|^",
                "TT|Thông số|Đơn vị|Kết quả|^|^|QCVN 03-MT:2015/BTNMT (đất nông nghiệp)"),
    "l1.points": ("^|^|^|^|ПП-1|ПП-2|ПП-3|ПП-4 (фон)", "^|^|^|^|ПП-1|ПП-2|ПП-3|ПП-4 (фон)", "^|^|^|Đ1|Đ2|Đ3|^"),
    "l1.forms": ("валовая|подвижная", "жалпы|жылжымалы", ""),
    "l1.note": ("Примечание: подвижные формы определены в ацетатно-аммонийной буферной вытяжке, валовые – после кислотного разложения.",
                "Ескертпе: жылжымалы түрлері ацетатты-аммонийлі буферлік сығындыда, жалпы түрлері қышқылмен ыдыратудан кейін анықталды.",
                "Ghi chú: Kết quả phân tích hàm lượng tổng số kim loại nặng trong đất khô."),
    "l1.caption": ("Таблица 4.2 – Содержание тяжелых металлов в почве", "4.2-кесте – Топырақтағы ауыр металдардың мөлшері",
                   "Bảng 5. Kết quả phân tích chất lượng môi trường đất"),
}  # fmt: skip


def limits_ca1(doc: Doc) -> None:
    """Soil around a mine in a report on ПЭК: four sample plots as sub-columns under a merged header, the last the
    background plot `ПП-4 (фон)`; each element with the form its ПДК is for (gross or mobile) in a column of its own
    and lead on two rows, one per form, with two norms; the plots described in the sentence before, a note after (VI:
    soil around a bauxite mine at three points against QCVN 03-MT:2015 for agricultural land named in the header)."""
    r = doc.rng
    doc.h(_t(doc, "l1.title"))
    rows = [_row(doc, "l1.head"), _row(doc, "l1.points")]
    if doc.lang == "vi":
        doc.p(_t(doc, "l1.p"))
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 5), (0, 6, 1, 6)]
        points = ("Đ1", "Đ2", "Đ3")
        keys = sorted(r.sample(sorted(SOIL_VN), 5), key=list(SOIL_VN).index)
        for k, s in enumerate(keys, 1):
            lim = SOIL_VN[s][0]
            values = [_sig(lim * r.uniform(0.05, 0.8), 3) for _ in points]
            rows.append([str(k), vocab.soil(s, "vi"), "mg/kg", *(num(v, "vi") for v in values), num(lim, "vi")])
            for p, v in zip(points, values, strict=True):
                add(doc, limit(("symbol", s), "soil", lim, "mg/kg", "Đất nông nghiệp", p, v))
        doc.table(_t(doc, "l1.caption"), rows, merges, role="limits")
        doc.p(_t(doc, "l1.note"))
        return
    kind = r.choice(sorted(SOIL_FORMS))
    doc.p(_t(doc, "l1.p").format(site=_list(doc, "l1.sites")[0 if kind == "copper" else 1]))
    merges = [(0, c, 1, c) for c in range(4)] + [(0, 4, 0, 7)]
    points = ("ПП-1", "ПП-2", "ПП-3", "ПП-4")
    gross, mobile = _list(doc, "l1.forms")
    for k, (s, form, lim) in enumerate(SOIL_FORMS[kind], 1):
        values = [_sig(lim * r.uniform(0.25, 1.5), 2) for _ in points[:3]] + [_sig(lim * r.uniform(0.05, 0.4), 2)]
        rows.append([str(k), _soil(doc, s), gross if form == "gross" else mobile, num(lim, doc.lang),
                     *(num(v, doc.lang) for v in values)])
        for p, v in zip(points, values, strict=True):
            add(doc, limit(("symbol", s), "soil", lim, "mg/kg", None, p, v))
    doc.table(_t(doc, "l1.caption"), rows, merges, role="limits")
    doc.p(_t(doc, "l1.note"))
    maybe_distractor(doc)


# a ferroalloy plant's sources: number, (RU, KK) name, {code: choices of the norm in mg/Nm3}
FERRO = (
    ("0001", ("Рудно-термическая печь № 1\n(рукавный фильтр)", "№ 1 кен-термиялық пеш\n(жеңді сүзгі)"),
     {"2908": (10, 15, 20), "0330": (120, 150, 180), "0301": (90, 120), "0337": (250, 400), "0203": (0.01, 0.02)}),
    ("0002", ("Рудно-термическая печь № 2\n(рукавный фильтр)", "№ 2 кен-термиялық пеш\n(жеңді сүзгі)"),
     {"2908": (10, 15, 20), "0330": (120, 150, 180), "0301": (90, 120), "0337": (250, 400), "0203": (0.01, 0.02)}),
    ("0003", ("Сушильный барабан шихты", "Шихта кептіру барабаны"), {"2908": (15, 20), "0330": (150, 200), "0301": (100, 150), "0337": (300, 500)}),
    ("0004", ("Узел дробления и фракционирования ферросплава", "Ферроқорытпаны ұсату және фракциялау торабы"), {"2908": (10, 20)}),
)  # fmt: skip
FERRO_BAT = {"2908": (5, 20), "0330": (50, 200), "0301": (50, 150), "0337": None, "0203": None}
# a steel works' waste-gas streams (VI): point, what it is, {code: limit in mg/Nm3}
VI_STREAMS = (
    ("KT1", "ống khói hệ thống xử lý khí thải lò điện hồ quang", {"2902": 90, "0330": 450, "0301": 765, "0337": 900}),
    ("KT2", "ống khói lò tinh luyện thép (LF)", {"2902": 90, "0337": 900}),
    ("KT3", "ống khói lò nung phôi", {"2902": 180, "0330": 450, "0301": 765, "0337": 900}),
    ("KT4", "ống thải hệ thống hút bụi khu vực đúc liên tục", {"2902": 90}),
)  # fmt: skip
TEXT |= {
    "l2.title": ("Комплексное экологическое разрешение. Приложение 1. Технологические нормативы",
                 "Кешенді экологиялық рұқсат. 1-қосымша. Технологиялық нормативтер",
                 "GIẤY PHÉP MÔI TRƯỜNG. Phụ lục II. Nội dung cấp phép xả khí thải và yêu cầu bảo vệ môi trường đối với thu gom, xử lý khí thải"),
    "l2.p": ("Технологические нормативы установлены для ферросплавного завода «Ерейментау» в мг/Нм³ (при нормальных условиях, сухой газ) "
             "и не превышают технологических показателей, связанных с применением наилучших доступных техник.",
             "Технологиялық нормативтер «Ерейментау» ферроқорытпа зауыты үшін мг/Нм³ (қалыпты жағдайда, құрғақ газ) белгіленген және ең "
             "үздік қолжетімді техникаларды қолданумен байланысты технологиялық көрсеткіштерден аспайды.",
             "Chất lượng khí thải trước khi xả ra môi trường phải bảo đảm đáp ứng yêu cầu về bảo vệ môi trường và QCVN 51:2017/BTNMT "
             "với hệ số Kp = 0,9 và Kv = 1,0, cụ thể như sau:"),
    "l2.head": ("Загрязняющее вещество|Код ЗВ|Технологические нормативы по источникам, мг/Нм³|^|^|^|"
                "Технологические показатели, связанные с применением НДТ, мг/Нм³",
                "Ластаушы зат|ЛЗ коды|Көздер бойынша технологиялық нормативтер, мг/Нм³|^|^|^|"
                "ЕҚТ қолданумен байланысты технологиялық көрсеткіштер, мг/Нм³",
                "TT|Chất ô nhiễm|Đơn vị|Giá trị giới hạn cho phép theo dòng khí thải|^|^|^"),
    "l2.source": ("ИЗА {n}\n{name}", "ЛШК {n}\n{name}", ""),
    "l2.streams": ("", "", "Các dòng khí thải: {list}."),
    "l2.caption": ("Таблица 1.2 – Технологические нормативы выбросов", "1.2-кесте – Шығарындылардың технологиялық нормативтері",
                   "Bảng 2. Giá trị giới hạn các chất ô nhiễm theo dòng khí thải"),
}  # fmt: skip


def limits_ca2(doc: Doc) -> None:
    """A КЭР's technological norms: the substances as rows, the sources as columns (`ИЗА 0001` over the unit's name on
    a second line) under a merged header, a dash where a source has no norm for a substance, then the BAT-associated
    range (`5–20`) or a dash in the last column (VI: a steel works' permit, the waste-gas streams KT1…KT4 as columns
    under a merged header, what each is in the sentence before, no range)."""
    r = doc.rng
    doc.h(_t(doc, "l2.title"))
    if doc.lang == "vi":
        streams = [VI_STREAMS[0], *r.sample(VI_STREAMS[1:], 2)]
        streams.sort(key=VI_STREAMS.index)
        doc.p(_t(doc, "l2.p"))
        doc.p(_t(doc, "l2.streams").format(list="; ".join(f"{p} – {what}" for p, what, _ in streams)))
        head = _row(doc, "l2.head")[: 3 + len(streams)]
        rows = [head, [None, None, None, *(p for p, _, _ in streams)]]
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 2 + len(streams))]
        for k, code in enumerate(("2902", "0330", "0301", "0337"), 1):
            cells = []
            for point, _, norms in streams:
                lim = norms.get(code)
                cells.append(num(lim, "vi") if lim else "-")
                if lim:
                    add(doc, limit(("code", code), "flue_gas", lim, "mg/Nm3", None, point))
            rows.append([str(k), vocab.air(code, "vi", 0 if code == "2902" else 1), "mg/Nm3", *cells])
        doc.table(_t(doc, "l2.caption"), rows, merges, role="limits")
        return
    lang = _lang(doc)
    doc.p(_t(doc, "l2.p"))
    sources = [s for s in FERRO if s[0] in ("0001", "0003") or r.random() < 0.6]
    width = 3 + len(sources)
    head = _row(doc, "l2.head")
    top = head[:2] + [head[2]] + [None] * (len(sources) - 1) + [head[-1]]
    sub = [None, None, *(_t(doc, "l2.source").format(n=n, name=names[lang]) for n, names, _ in sources), None]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 1 + len(sources)), (0, width - 1, 1, width - 1)]
    rows = [top, sub]
    for code in ("2908", "0330", "0301", "0337", "0203"):
        cells = []
        for number, _, norms in sources:
            if code in norms:
                lim = float(r.choice(norms[code]))
                cells.append(num(lim, doc.lang))
                add(doc, limit(("code", code), "flue_gas", lim, "mg/Nm3", None, number))
                doc.add("emissions", emission(code, None, None, number))
            else:
                cells.append("–")
        if all(c == "–" for c in cells):
            continue
        bat = FERRO_BAT[code]
        rows.append([_air(doc, code), code, *cells, cell(doc, bat, dash="–")])
        if bat:
            add(doc, limit(("code", code), "flue_gas", bat, "mg/Nm3"))
    doc.table(_t(doc, "l2.caption"), rows, merges, role="limits")
    doc.add("sources", *(_source(n) for n, _, _ in sources))
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring

# objects of a tailings facility: (RU, KK) object, points [(code, (RU, KK) place, lat, lon)], key kind, pool, frequency
TAILINGS = (
    (("Пруд-отстойник хвостохранилища", "Хвост қоймасының тұндырғыш тоғаны"),
     (("ПВ-1", ("прудковая вода у насосной станции оборотного водоснабжения", "айналымдағы сумен жабдықтау сорғы станциясы жанындағы тоған суы")),),
     "water", ("pH", "SO4", "Cu", "Zn", "Fe", "Mn"), "monthly"),
    (("Дренажная система ограждающей дамбы", "Қоршау бөгетінің дренаж жүйесі"),
     (("ДВ-1", ("дренажная канава у нижнего бьефа", "төменгі бьеф жанындағы дренаж арығы")),),
     "water", ("pH", "SO4", "Cl-", "Cu", "Zn", "Cd"), "quarterly"),
    (("Подземные воды", "Жерасты сулары"),
     (("НС-1", ("фоновая скважина, 1,2 км выше по потоку", "фондық ұңғыма, ағыс бойынша 1,2 км жоғары")),
      ("НС-2", ("наблюдательная скважина у южной дамбы", "оңтүстік бөгет жанындағы бақылау ұңғымасы")),
      ("НС-3", ("наблюдательная скважина в 500 м ниже дамбы", "бөгеттен 500 м төмен бақылау ұңғымасы"))),
     "water", ("pH", "TDS", "SO4", "Cl-", "Cu", "Zn", "Pb", "As"), "quarterly"),
    (("Атмосферный воздух (пыление пляжей)", "Атмосфералық ауа (жағажайлардың шаңдануы)"),
     (("АВ-1", ("граница СЗЗ с подветренной стороны", "желдің ық жағындағы СҚА шекарасы")),),
     "air", ("2908", "0146"), "quarterly"),
    (("Почвы", "Топырақ"),
     (("ПЧ-1", ("у северной дамбы", "солтүстік бөгет жанында")), ("ПЧ-2", ("у пульпопровода", "пульпа құбыры жанында"))),
     "soil", ("Cu", "Zn", "Pb", "As", "Cd"), "yearly"),
)  # fmt: skip
# components of a coal mine's programme (VI): component, points, key kind, pool, frequency, standard
VI_COAL_MON = (
    ("Nước thải mỏ", (("NT1", "Sau trạm xử lý nước thải mỏ mức +25"),), "water", ("pH", "TSS", "Fe", "Mn", "As", "Cd", "Pb", "Hg"),
     "quarterly", "QCVN 40:2011/BTNMT, cột B"),
    ("Nước thải sinh hoạt", (("NT2", "Sau hệ thống xử lý nước thải sinh hoạt khu nhà điều hành"),), "water",
     ("pH", "BOD5", "TSS", "NH4+", "Coliform"), "quarterly", "QCVN 14:2008/BTNMT, cột B"),
    ("Nước mặt", (("NM1", "Suối Khe Chàm, cách điểm xả 200 m về phía hạ lưu"),), "water", ("pH", "TSS", "DO", "Fe", "Mn"),
     "semiannual", "QCVN 08:2023/BTNMT"),
    ("Không khí xung quanh", (("KK1", "Khu vực sàng tuyển mặt bằng +32"), ("KK2", "Khu dân cư tổ 5, phường Mông Dương")), "air",
     ("2902", "0330", "0301", "0337"), "quarterly", "QCVN 05:2023/BTNMT"),
    ("Đất", (("Đ1", "Chân bãi thải Nam"),), "soil", ("As", "Pb", "Cd", "Cu", "Zn"), "yearly", "QCVN 03:2023/BTNMT"),
)  # fmt: skip
TEXT |= {
    "m1.title": ("Программа производственного экологического контроля обогатительной фабрики. Раздел 5. Мониторинг воздействия хвостохранилища",
                 "Байыту фабрикасының өндірістік экологиялық бақылау бағдарламасы. 5-бөлім. Хвост қоймасының әсер мониторингі",
                 "KẾ HOẠCH QUẢN LÝ MÔI TRƯỜNG NĂM 2026 – CÔNG TY THAN KHE CHÀM TÂY – TKV"),
    "m1.p": ("Хвостохранилище намывного типа; мониторинг охватывает прудковые и дренажные воды, подземные воды, атмосферный воздух и почвы. "
             "Координаты пунктов приведены в системе WGS-84.",
             "Хвост қоймасы шайып толтырылатын түрде; мониторинг тоған және дренаж суларын, жерасты суларын, атмосфералық ауаны және "
             "топырақты қамтиды. Пункттердің координаттары WGS-84 жүйесінде келтірілген.",
             "Chương trình quan trắc môi trường định kỳ của mỏ được thực hiện theo nội dung giấy phép môi trường đã được cấp."),
    "m1.head": ("Объект наблюдения|Код пункта|Местоположение пункта, координаты|Контролируемые показатели|Периодичность|Исполнитель",
                "Бақылау объектісі|Пункт коды|Пункттің орналасқан жері, координаттары|Бақыланатын көрсеткіштер|Кезеңділігі|Орындаушы",
                "Thành phần môi trường|Ký hiệu điểm|Vị trí quan trắc (tọa độ VN-2000)|Thông số quan trắc|Tần suất|Quy chuẩn so sánh"),
    "m1.who": ("аккредитованная лаборатория ТОО «ЭкоАналит»|испытательная лаборатория фабрики",
               "«ЭкоАналит» ЖШС аккредиттелген зертханасы|фабриканың сынақ зертханасы", ""),
    "m1.coords": ("{lat}° с.ш., {lon}° в.д.", "{lat}° с.е., {lon}° ш.б.", "X = {x}; Y = {y}"),
    "m1.caption": ("Таблица 5.1 – План-график мониторинга воздействия хвостохранилища",
                   "5.1-кесте – Хвост қоймасының әсер мониторингінің жоспар-кестесі",
                   "Bảng 4. Chương trình quan trắc môi trường định kỳ năm 2026"),
}  # fmt: skip


def _names(doc: Doc, kind: str, keys) -> str:
    if kind == "air":
        return ", ".join(_air(doc, c, 1 if doc.lang == "vi" and c != "2902" else 0) for c in keys)
    if kind == "soil":
        return ", ".join(vocab.soil(s, doc.lang) for s in keys)
    return ", ".join(vocab.water(s, doc.lang) for s in keys)


def monitoring_ca1(doc: Doc) -> None:
    """A tailings facility's monitoring programme: the object observed (pond water, the dam's drainage, groundwater,
    air over the beaches, soil) merged down the first column over its points, each point's code in a column of its
    own and its place with decimal coordinates beside it, the parameters in one cell, the frequency and the laboratory
    (VI: a coal mine's programme by environmental component, VN-2000 coordinates of each point, the standard compared
    against last)."""
    r = doc.rng
    doc.h(_t(doc, "m1.title"))
    doc.p(_t(doc, "m1.p"))
    rows, merges = [_row(doc, "m1.head")], []
    if doc.lang == "vi":
        for component, points, kind, pool, word, standard in VI_COAL_MON:
            start = len(rows)
            keys = sorted(r.sample(pool, min(len(pool), r.randint(4, 5))), key=pool.index)
            for code, place in points:
                where = f"{place}\n" + _t(doc, "m1.coords").format(x=num(r.randint(2326000, 2331000), "vi"), y=num(r.randint(441000, 447000), "vi"))
                rows.append([component if len(rows) == start else None, code, where, _names(doc, kind, keys), freq(doc, word), standard])
                key = "code" if kind == "air" else "symbol"
                doc.add("monitoring", *(_mon({"point_contains": code}, (key, k), word) for k in keys))
            _down(rows, start, 0, merges)
        doc.table(_t(doc, "m1.caption"), rows, merges, role="monitoring")
        return
    lang = _lang(doc)
    who = _list(doc, "m1.who")
    lat0, lon0 = r.uniform(46.5, 49.5), r.uniform(72.5, 76.5)
    for names, points, kind, pool, word in TAILINGS:
        start = len(rows)
        keys = list(pool) if kind == "air" else sorted(r.sample(pool, min(len(pool), r.randint(3, 5))), key=pool.index)
        for code, places in points:
            lat = num(round(lat0 + r.uniform(-0.02, 0.02), 5), doc.lang)
            lon = num(round(lon0 + r.uniform(-0.02, 0.02), 5), doc.lang)
            where = f"{places[lang]}; " + _t(doc, "m1.coords").format(lat=lat, lon=lon)
            rows.append([names[lang] if len(rows) == start else None, code, where, _names(doc, kind, keys), freq(doc, word),
                         who[1] if kind == "water" and word == "monthly" else who[0]])
            key = "code" if kind == "air" else "symbol"
            doc.add("monitoring", *(_mon({"point_contains": code}, (key, k), word) for k in keys))
        _down(rows, start, 0, merges)
    doc.table(_t(doc, "m1.caption"), rows, merges, role="monitoring")
    maybe_distractor(doc)


# a copper smelter's plan-graph: source, (RU, KK) name, codes, measurements a year (0: continuous), method index
SMELTER_CONTROL = (
    ("0001", ("Дымовая труба сернокислотного цеха", "Күкірт қышқылы цехының түтін мұржасы"), ("0330",), 0, 2),
    ("0001", ("Дымовая труба сернокислотного цеха", "Күкірт қышқылы цехының түтін мұржасы"), ("0322",), 4, 0),
    ("0002", ("Дымовая труба плавильного цеха", "Балқыту цехының түтін мұржасы"), ("0330",), 0, 2),
    ("0002", ("Дымовая труба плавильного цеха", "Балқыту цехының түтін мұржасы"), ("2908", "0146", "0184", "0325", "0301", "0337"), 4, 0),
    ("0003", ("Труба конвертерного отделения", "Конвертер бөлімшесінің мұржасы"), ("2908", "0146", "0330"), 4, 0),
    ("0005", ("Труба котельной", "Қазандықтың мұржасы"), ("0301", "0304", "0330", "0337"), 2, 0),
    ("6001", ("Аэрационный фонарь плавильного цеха", "Балқыту цехының аэрациялық шамы"), ("2908", "0146", "0330"), 1, 1),
    ("6002", ("Склад шихты", "Шихта қоймасы"), ("2908", "0146"), 1, 1),
)  # fmt: skip
COUNT_WORD = {0: "continuous", 12: "monthly", 4: "quarterly", 2: "semiannual", 1: "yearly"}
# a steel works' stacks (VI): point, name, codes, measurements a year (0: continuous)
STEEL_CONTROL = (
    ("KT1", "Ống khói lò điện hồ quang", ("2902", "0330", "0301", "0337"), 0),
    ("KT1", "Ống khói lò điện hồ quang", ("0184", "0143"), 4),
    ("KT2", "Ống khói lò tinh luyện thép", ("2902", "0337"), 4),
    ("KT3", "Ống khói lò nung phôi", ("2902", "0330", "0301", "0337"), 2),
    ("KT4", "Ống thải khu vực đúc liên tục", ("2902",), 2),
)  # fmt: skip
TEXT |= {
    "m2.title": ("План-график контроля на источниках выбросов медеплавильного завода на 2026 год",
                 "Мыс қорыту зауытының шығарынды көздеріндегі бақылаудың 2026 жылға арналған жоспар-кестесі",
                 "CHƯƠNG TRÌNH QUAN TRẮC KHÍ THẢI NĂM 2026 – NHÀ MÁY LUYỆN THÉP LƯU XÁ MỚI"),
    "m2.p": ("Контроль на организованных источниках выполняется инструментальным методом, на неорганизованных – расчетным; диоксид серы "
             "на трубах сернокислотного и плавильного цехов контролируется автоматизированной системой мониторинга (АСМ).",
             "Ұйымдастырылған көздерде бақылау аспаптық әдіспен, ұйымдастырылмаған көздерде есептеу әдісімен жүргізіледі; күкірт қышқылы "
             "және балқыту цехтарының мұржаларындағы күкірт диоксиді автоматтандырылған мониторинг жүйесімен (АМЖ) бақыланады.",
             "Quan trắc khí thải tự động, liên tục tại ống khói lò điện hồ quang; quan trắc định kỳ tại các ống khói còn lại."),
    "m2.head": ("№ ИЗА|Наименование источника|Контролируемые вещества (коды)|Количество замеров в год|Метод контроля|Кем осуществляется",
                "ЛШК №|Көздің атауы|Бақыланатын заттар (кодтары)|Жылына өлшеу саны|Бақылау әдісі|Кім жүзеге асырады",
                "TT|Ký hiệu|Vị trí quan trắc|Thông số quan trắc|Số lần quan trắc/năm|Ghi chú"),
    "m2.continuous": ("постоянно (АСМ)", "үздіксіз (АМЖ)", "Tự động, liên tục"),
    "m2.methods": ("инструментальный|расчетный|автоматизированный", "аспаптық|есептеу|автоматтандырылған", ""),
    "m2.who": ("аккредитованная лаборатория|эколог завода|АСМ, оператор смены", "аккредиттелген зертхана|зауыт экологы|АМЖ, ауысым операторы", ""),
    "m2.auto": ("", "", "Lưu lượng, nhiệt độ, "),
    "m2.vinote": ("", "", "Truyền số liệu về Sở Nông nghiệp và Môi trường|Đơn vị quan trắc có chứng nhận VIMCERTS"),
    "m2.legend": ("Коды веществ: {legend}.", "Заттардың кодтары: {legend}.", ""),
    "m2.caption": ("Таблица 8 – План-график контроля нормативов допустимых выбросов на источниках",
                   "8-кесте – Көздердегі жол берілетін шығарындылар нормативтерін бақылаудың жоспар-кестесі",
                   "Bảng 6. Vị trí, thông số và tần suất quan trắc khí thải"),
}  # fmt: skip


def monitoring_ca2(doc: Doc) -> None:
    """A smelter's plan-graph of control at sources: the substances only as their codes in one cell (`2908, 0146, 0330`),
    the number of measurements a year (`4`, `2`, `1`) instead of a frequency and `постоянно (АСМ)` for the automated
    system, a source on two rows (automated and sampled), the codes explained in a line after the table (VI: a steel
    works' stacks KT1…KT4 with the pollutants as formulas and `Số lần quan trắc/năm`, the arc furnace on two rows)."""
    r = doc.rng
    doc.h(_t(doc, "m2.title"))
    doc.p(_t(doc, "m2.p"))
    rows = [_row(doc, "m2.head")]
    continuous = _t(doc, "m2.continuous")
    if doc.lang == "vi":
        notes = _list(doc, "m2.vinote")
        plan = [x for x in STEEL_CONTROL if x[0] in ("KT1", "KT3") or r.random() < 0.7]
        for k, (point, name, codes, count) in enumerate(plan, 1):
            said = continuous if count == 0 else str(count)
            what = (_t(doc, "m2.auto") if count == 0 else "") + _names(doc, "air", codes)
            rows.append([str(k), point, name, what, said, notes[0] if count == 0 else notes[1]])
            doc.add("monitoring", *(_mon({"point_contains": point}, ("code", c), COUNT_WORD[count]) for c in codes))
        doc.table(_t(doc, "m2.caption"), rows, role="monitoring")
        return
    lang = _lang(doc)
    methods, who = _list(doc, "m2.methods"), _list(doc, "m2.who")
    plan = [x for x in SMELTER_CONTROL if x[0] in ("0001", "0002") or r.random() < 0.7]
    seen: list[str] = []
    for number, names, codes, count, method in plan:
        said = continuous if count == 0 else str(count)
        rows.append([number, names[lang], ", ".join(codes), said, methods[method], who[method]])
        doc.add("monitoring", *(_mon({"source_number": number}, ("code", c), COUNT_WORD[count]) for c in codes))
        doc.add("emissions", *(emission(c, None, None, number) for c in codes))
        if number not in seen:
            seen.append(number)
            doc.add("sources", _source(number))
    doc.table(_t(doc, "m2.caption"), rows, role="monitoring")
    codes = sorted({c for x in plan for c in x[2]})
    doc.p(_t(doc, "m2.legend").format(legend="; ".join(f"{c} – {_air(doc, c)}" for c in codes)))
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

# structures of a tailings dam: (RU, KK, VI) structure, (RU, KK, VI) what is checked, frequency
DAM = (
    (("Гребень и откосы ограждающей дамбы", "Қоршау бөгетінің жотасы мен еңістері", "Mặt đập và mái đập bao"),
     ("трещины, просадки, оползни, фильтрация на низовом откосе", "жарықтар, шөгулер, көшкіндер, төменгі еңістегі сүзілу",
      "Vết nứt, sụt lún, sạt trượt, thấm ở mái hạ lưu"), "daily"),
    (("Пульпопровод и аварийные емкости", "Пульпа құбыры және апаттық сыйымдылықтар", "Đường ống dẫn bùn và hố sự cố"),
     ("герметичность стыков, износ труб, заполнение аварийных емкостей", "түйіспелердің саңылаусыздығы, құбырлардың тозуы, апаттық сыйымдылықтардың толуы",
      "Độ kín mối nối, độ mài mòn ống, mức bùn trong hố sự cố"), "daily"),
    (("Дренажная система и дренажные канавы", "Дренаж жүйесі және дренаж арықтары", "Hệ thống thu gom nước rỉ và rãnh thoát nước chân đập"),
     ("расход и мутность дренажных вод, заиление канав", "дренаж суларының шығыны мен лайлығы, арықтардың тұнбалануы",
      "Lưu lượng, độ đục nước rỉ, bồi lắng rãnh"), "weekly"),
    (("Водосбросные колодцы и коллекторы", "Су тастау құдықтары мен коллекторлар", "Giếng tràn và cống xả"),
     ("состояние шандоров, отметка порога водослива", "шандорлардың жай-күйі, су ағызғыш табалдырығының белгісі",
      "Tình trạng phai chắn, cao trình ngưỡng tràn"), "monthly"),
    (("Пьезометрическая сеть", "Пьезометрлік желі", "Hệ thống quan trắc áp lực thấm (piezometer)"),
     ("уровни воды в пьезометрах, положение депрессионной кривой", "пьезометрлердегі су деңгейлері, депрессиялық қисықтың жағдайы",
      "Mực nước trong các piezometer, đường bão hòa trong thân đập"), "monthly"),
    (("Насосная станция оборотного водоснабжения", "Айналымдағы сумен жабдықтау сорғы станциясы", "Trạm bơm hồi nước"),
     ("работа насосов, утечки, учет объема возвращаемой воды", "сорғылардың жұмысы, ағып кетулер, қайтарылатын су көлемін есепке алу",
      "Hoạt động của bơm, rò rỉ, ghi chép lượng nước hồi"), "quarterly"),
)  # fmt: skip
TEXT |= {
    "i1.title": ("Приказ «О порядке осмотров гидротехнических сооружений хвостового хозяйства». Приложение 1",
                 "«Хвост шаруашылығының гидротехникалық құрылыстарын қарап тексеру тәртібі туралы» бұйрық. 1-қосымша",
                 "QUY CHẾ KIỂM TRA AN TOÀN ĐẬP HỒ CHỨA BÙN ĐỎ – NHÀ MÁY ALUMIN ĐẮK NÔNG TÂY. Phụ lục 1"),
    "i1.p": ("Осмотры проводятся в целях предупреждения аварий, загрязнения подземных вод и земель. Результаты осмотров заносятся в журнал; "
             "выявленные нарушения устраняются в сроки, установленные главным инженером.",
             "Қарап тексерулер апаттардың, жерасты сулары мен жерлердің ластануының алдын алу мақсатында жүргізіледі. Нәтижелер журналға "
             "енгізіледі; анықталған бұзушылықтар бас инженер белгілеген мерзімдерде жойылады.",
             "Việc kiểm tra nhằm phát hiện sớm các hư hỏng, phòng ngừa sự cố vỡ đập, rò rỉ bùn đỏ ra môi trường. Kết quả được ghi vào "
             "sổ nhật ký kiểm tra đập."),
    "i1.head": ("№|Сооружение, элемент|Что проверяется|Периодичность осмотра|Кто проводит|Где фиксируются результаты",
                "№|Құрылыс, элемент|Не тексеріледі|Қарап тексеру кезеңділігі|Кім жүргізеді|Нәтижелер қайда тіркеледі",
                "TT|Hạng mục công trình|Nội dung kiểm tra|Tần suất kiểm tra|Người thực hiện|Hồ sơ ghi nhận"),
    "i1.who": ("дежурный обходчик ГТС|мастер хвостового хозяйства|начальник хвостового хозяйства",
               "ГТҚ кезекші аралаушысы|хвост шаруашылығының шебері|хвост шаруашылығының бастығы",
               "Công nhân trực đập|Tổ trưởng tổ vận hành hồ bùn|Quản đốc phân xưởng thải bùn"),
    "i1.record": ("журнал осмотров ГТС|акт осмотра", "ГТҚ қарап тексеру журналы|қарап тексеру актісі", "Sổ nhật ký kiểm tra đập|Biên bản kiểm tra"),
    "i1.whole": ("Хвостохранилище в целом (комиссионный осмотр)", "Хвост қоймасы тұтастай (комиссиялық қарап тексеру)",
                 "Toàn bộ hồ chứa bùn đỏ (kiểm tra của Hội đồng)"),
    "i1.whole.what": ("техническое состояние и безопасность ГТС, готовность к паводку", "ГТҚ техникалық жай-күйі мен қауіпсіздігі, су тасқынына дайындық",
                      "Tình trạng kỹ thuật, an toàn đập, công tác chuẩn bị mùa mưa bão"),
    "i1.whole.when": ("2 раза в год (весной и осенью)", "жылына 2 рет (көктемде және күзде)", "6 tháng/lần (trước và sau mùa mưa)"),
    "i1.whole.who": ("комиссия под председательством главного инженера", "бас инженер төрағалық ететін комиссия", "Hội đồng kiểm tra do Phó Giám đốc kỹ thuật chủ trì"),
}  # fmt: skip


def inspections_ca1(doc: Doc) -> None:
    """An order's annex on the inspections of a tailings dam's structures: each structure with what is looked for,
    how often (daily rounds of the crest and the pulp line, weekly drainage, monthly spillway and piezometers, the
    pumping station quarterly), who goes and where the result is written, and the commission's inspection of the whole
    facility `2 раза в год (весной и осенью)` last (VI: the dam of an alumina plant's red-mud pond, `6 tháng/lần (trước
    và sau mùa mưa)`)."""
    r = doc.rng
    lang = _lang(doc)
    doc.h(_t(doc, "i1.title"))
    doc.p(_t(doc, "i1.p"))
    who, record = _list(doc, "i1.who"), _list(doc, "i1.record")
    rows = [_row(doc, "i1.head")]
    picked = [x for x in DAM if r.random() < 0.8] or list(DAM[:3])
    for k, (unit, what, word) in enumerate(picked, 1):
        checker = who[0] if word == "daily" else who[1] if word == "weekly" else who[2]
        rows.append([str(k), unit[lang], what[lang], _often(doc, word), checker, record[0]])
        doc.add("obligations", inspection(unit[lang], word))
    whole = _t(doc, "i1.whole")
    rows.append([str(len(picked) + 1), whole, _t(doc, "i1.whole.what"), _t(doc, "i1.whole.when"), _t(doc, "i1.whole.who"), record[1]])
    doc.add("obligations", inspection(whole.split(" (")[0], "semiannual"))
    doc.table(None, rows, role="inspections")
    maybe_distractor(doc)


# sites of a mining company and aspects checked at them: (RU, KK) aspect, {site index: frequency}
KZ_SITES = (("Карьер", "Карьер"), ("Обогатительная фабрика", "Байыту фабрикасы"), ("Хвостохранилище", "Хвост қоймасы"),
            ("Автобаза и склад ГСМ", "Автобаза және ЖЖМ қоймасы"))  # fmt: skip
KZ_ASPECTS = (
    (("Пылеподавление на автодорогах и в забоях", "Автожолдар мен кенжарлардағы шаң басу"),
     {0: "weekly", 2: "monthly", 3: "monthly"}),
    (("Работа пылегазоочистного оборудования", "Шаң-газ тазарту жабдығының жұмысы"), {1: "monthly", 3: "quarterly"}),
    (("Обращение с отходами, состояние мест накопления", "Қалдықтармен жұмыс, жинақтау орындарының жай-күйі"),
     {0: "quarterly", 1: "monthly", 3: "monthly"}),
    (("Учет водопотребления и водоотведения", "Су тұтыну мен су бұруды есепке алу"), {1: "monthly", 2: "monthly"}),
    (("Ведение первичной документации ПЭК", "ӨЭБ бастапқы құжаттамасын жүргізу"), {0: "semiannual", 1: "quarterly", 2: "semiannual", 3: "yearly"}),
)  # fmt: skip
VI_SITES = ("Nhà máy thiêu kết", "Nhà máy luyện thép", "Nhà máy cán thép", "Bãi chứa xỉ")
VI_ASPECTS = (
    ("Vận hành hệ thống xử lý bụi, khí thải", {0: "monthly", 1: "monthly", 2: "quarterly"}),
    ("Quản lý chất thải nguy hại tại khu vực lưu giữ", {0: "quarterly", 1: "monthly", 2: "quarterly"}),
    ("Vận hành trạm xử lý nước thải, nước tuần hoàn", {1: "monthly", 2: "monthly"}),
    ("Phun nước giảm bụi, che phủ đống xỉ", {0: "weekly", 3: "weekly"}),
    ("Ghi chép sổ nhật ký vận hành công trình bảo vệ môi trường", {0: "semiannual", 1: "quarterly", 2: "semiannual", 3: "yearly"}),
)  # fmt: skip
TEXT |= {
    "i2.title": ("Матрица внутреннего контроля экологических аспектов по производственным участкам на 2026 год",
                 "2026 жылға арналған өндірістік учаскелер бойынша экологиялық аспектілерді ішкі бақылау матрицасы",
                 "KẾ HOẠCH TỰ KIỂM TRA CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2026 CỦA CÁC NHÀ MÁY THÀNH VIÊN"),
    "i2.p": ("В ячейках указана периодичность проверки аспекта на участке; прочерк – аспект на участке не проверяется. Проверки проводит "
             "отдел охраны окружающей среды.",
             "Ұяшықтарда аспектіні учаскеде тексеру кезеңділігі көрсетілген; сызықша – аспект учаскеде тексерілмейді. Тексерулерді қоршаған "
             "ортаны қорғау бөлімі жүргізеді.",
             "Tần suất kiểm tra từng nội dung tại từng nhà máy được ghi trong ô tương ứng; dấu (-) là không kiểm tra. Phòng Môi trường chủ trì."),
    "i2.head": ("№|Контролируемый аспект|Периодичность проверки по участкам|^|^|^",
                "№|Бақыланатын аспект|Учаскелер бойынша тексеру кезеңділігі|^|^|^",
                "TT|Nội dung kiểm tra|Tần suất kiểm tra tại các nhà máy|^|^|^"),
    "i2.caption": ("Таблица 2 – Периодичность внутренних проверок", "2-кесте – Ішкі тексерулердің кезеңділігі",
                   "Bảng 1. Tần suất tự kiểm tra tại các nhà máy"),
}  # fmt: skip


def inspections_ca2(doc: Doc) -> None:
    """A matrix of internal checks: the aspects as rows, the company's sites (pit, concentrator, tailings, garage and
    fuel store) as columns under a merged header, each cell the frequency at which that aspect is checked at that site
    or a dash; one inspection per filled cell, of the site (VI: a steel complex's plants — sinter, steel, rolling, the
    slag yard)."""
    r = doc.rng
    doc.h(_t(doc, "i2.title"))
    doc.p(_t(doc, "i2.p"))
    if doc.lang == "vi":
        sites, aspects = list(VI_SITES), [(a, cells) for a, cells in VI_ASPECTS]
    else:
        lang = _lang(doc)
        sites, aspects = [s[lang] for s in KZ_SITES], [(a[lang], cells) for a, cells in KZ_ASPECTS]
    aspects = r.sample(aspects, 4)
    rows = [_row(doc, "i2.head"), [None, None, *sites]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 5)]
    dash = "-" if doc.lang == "vi" else "–"
    for k, (aspect, cells) in enumerate(aspects, 1):
        rows.append([str(k), aspect, *(_often(doc, cells[i]) if i in cells else dash for i in range(4))])
        for i, word in sorted(cells.items()):
            doc.add("obligations", inspection(sites[i], word))
    doc.table(_t(doc, "i2.caption"), rows, merges, role="inspections")
    distractor(doc, "approval")


# ---------------------------------------------------------------- tasks

# measures in periods of adverse weather: regime, (RU, KK) measure, sources, cut in %, responsible index
NMU = (
    (1, ("Усилить контроль за соблюдением технологических регламентов и точностью работы контрольно-измерительных приборов",
         "Технологиялық регламенттердің сақталуын және бақылау-өлшеу аспаптарының дәлдігін бақылауды күшейту"), "все", "5", 0),
    (1, ("Запретить продувку и чистку котлов и газоходов котельной АБК в часы НМУ",
         "ҚМЖ сағаттарында ӘТК қазандығының қазандары мен газ жолдарын үрлеуге және тазалауға тыйым салу"), "0001", "5", 4),
    (1, ("Усилить гидрообеспыливание технологических автодорог и забоев поливочными машинами",
         "Технологиялық автожолдар мен кенжарларды суару машиналарымен гидрошаңсыздандыруды күшейту"), "6003, 6004", "10–15", 2),
    (2, ("Перенести проведение массовых взрывов на период после окончания НМУ",
         "Жаппай жарылыстарды жүргізуді ҚМЖ аяқталғаннан кейінгі кезеңге ауыстыру"), "6002", "100", 3),
    (2, ("Сократить количество одновременно работающих экскаваторов на вскрышных горизонтах",
         "Аршу горизонттарында бір мезгілде жұмыс істейтін экскаваторлар санын қысқарту"), "6003", "20–25", 2),
    (2, ("Прекратить отсыпку вскрышных пород на верхние ярусы отвала", "Аршылған жыныстарды үйіндінің жоғарғы ярустарына төгуді тоқтату"),
     "6005", "30", 2),
    (3, ("Остановить работу дробильно-сортировочной установки и отгрузку щебня",
         "Ұсату-сұрыптау қондырғысының жұмысын және қиыршық тасты тиеп жөнелтуді тоқтату"), "6006, 6007", "100", 1),
    (3, ("Остановить работу буровых станков на всех горизонтах карьера", "Карьердің барлық горизонттарында бұрғылау станоктарының жұмысын тоқтату"),
     "6001", "100", 2),
    (3, ("Снизить нагрузку котельной АБК за счет снижения температуры теплоносителя во вспомогательных помещениях",
         "Қосалқы үй-жайлардағы жылу тасымалдағыштың температурасын төмендету есебінен ӘТК қазандығының жүктемесін азайту"), "0001",
     "30–40", 4),
)  # fmt: skip
TEXT |= {
    "t1.title": ("Проект нормативов допустимых выбросов. Раздел 7. Мероприятия по регулированию выбросов в периоды неблагоприятных "
                 "метеорологических условий",
                 "Жол берілетін шығарындылар нормативтерінің жобасы. 7-бөлім. Қолайсыз метеорологиялық жағдайлар кезеңдеріндегі "
                 "шығарындыларды реттеу жөніндегі іс-шаралар",
                 "KẾ HOẠCH ỨNG PHÓ SỰ CỐ MÔI TRƯỜNG ĐẬP CHỨA QUẶNG ĐUÔI – DỰ ÁN KHAI THÁC VÀ CHẾ BIẾN QUẶNG ĐẤT HIẾM MỎ NẬM XE NAM"),
    "t1.p": ("Мероприятия выполняются по предупреждению РГП «Казгидромет» о наступлении НМУ; режим работы объявляет диспетчер рудника.",
             "Іс-шаралар «Қазгидромет» РМК-ның ҚМЖ басталуы туралы ескертуі бойынша орындалады; жұмыс режимін кеніш диспетчері жариялайды.",
             "Khi phát hiện dấu hiệu mất an toàn đập chứa quặng đuôi, Ban chỉ huy ứng phó sự cố công bố cấp độ sự cố và tổ chức thực hiện "
             "các biện pháp dưới đây."),
    "t1.head": ("№ п/п|Мероприятие|№ источника выброса|Снижение выбросов, %|Ответственный за выполнение",
                "Р/с №|Іс-шара|Шығарынды көзінің №|Шығарындылардың төмендеуі, %|Орындауға жауапты",
                "TT|Biện pháp ứng phó|Thời gian thực hiện|Đơn vị chịu trách nhiệm"),
    "t1.regimes": ("Первый режим работы (снижение выбросов на 15–20 %)|Второй режим работы (снижение выбросов на 20–40 %)|"
                   "Третий режим работы (снижение выбросов на 40–60 %)",
                   "Бірінші жұмыс режимі (шығарындыларды 15–20 %-ға төмендету)|Екінші жұмыс режимі (шығарындыларды 20–40 %-ға төмендету)|"
                   "Үшінші жұмыс режимі (шығарындыларды 40–60 %-ға төмендету)",
                   "Cấp độ 1 – Cảnh báo (mực nước hồ vượt cao trình thiết kế, xuất hiện thấm cục bộ)|"
                   "Cấp độ 2 – Nguy cơ sự cố (sạt trượt mái đập, thấm mạnh)|Cấp độ 3 – Sự cố vỡ đập, tràn quặng đuôi ra môi trường"),
    "t1.who": ("Главный инженер рудника|Начальник дробильно-сортировочного участка|Начальник карьера|Начальник участка буровзрывных работ|"
               "Главный энергетик",
               "Кеніштің бас инженері|Ұсату-сұрыптау учаскесінің бастығы|Карьер бастығы|Бұрғылап-жару жұмыстары учаскесінің бастығы|"
               "Бас энергетик", ""),
    "t1.all": ("все организованные", "барлық ұйымдастырылған", ""),
    "t1.caption": ("Таблица 7.1 – План мероприятий по сокращению выбросов в периоды НМУ",
                   "7.1-кесте – ҚМЖ кезеңдерінде шығарындыларды қысқарту жөніндегі іс-шаралар жоспары",
                   "Bảng 3. Các biện pháp ứng phó theo cấp độ sự cố"),
}  # fmt: skip
# a rare-earth mine's response plan (VI): level, measure, term, responsible
VI_RESPONSE = (
    (1, "Huy động lực lượng trực đập 24/24 giờ, đặt biển cảnh báo tại khu vực hạ lưu đập", "Ngay khi phát hiện", "Phân xưởng Tuyển khoáng"),
    (1, "Dừng bơm bùn quặng đuôi vào hồ, vận hành tối đa trạm bơm hồi nước", "Trong vòng 1 giờ", "Phân xưởng Cơ điện"),
    (1, "Thông báo cho Ủy ban nhân dân xã Nậm Xe và các hộ dân hạ lưu", "Trong vòng 2 giờ", "Văn phòng Công ty"),
    (2, "Đắp áp trúc gia cố mái hạ lưu đập bằng đá hộc và bao tải cát", "Trong vòng 24 giờ", "Đội thi công cơ giới"),
    (2, "Xây dựng đê quây tạm thời và hố lắng tại rãnh thoát nước chân đập", "Trong vòng 48 giờ", "Phòng Kỹ thuật – Môi trường"),
    (3, "Sơ tán người và tài sản ra khỏi vùng ảnh hưởng hạ lưu đập", "Ngay lập tức", "Ban chỉ huy ứng phó sự cố"),
    (3, "Thu gom quặng đuôi tràn ra ngoài, lấy mẫu đánh giá mức độ ô nhiễm đất và nước suối Nậm Xe", "Trong vòng 07 ngày",
     "Phòng Kỹ thuật – Môi trường"),
)  # fmt: skip


def tasks_ca1(doc: Doc) -> None:
    """An НДВ project's measures in periods of adverse weather (НМУ): three regime rows spanning the table, the measures
    numbered `1.1`, `2.1` under each, then the numbers of the sources concerned (`6003, 6004`, `все организованные`),
    the cut of emissions in per cent and the responsible; no term (VI: a rare-earth mine's response plan for its
    tailings dam under alert-level rows, the measures numbered `1.1`, a term `Trong vòng 2 giờ`, the unit in charge)."""
    r = doc.rng
    doc.h(_t(doc, "t1.title"))
    doc.p(_t(doc, "t1.p"))
    regimes = _list(doc, "t1.regimes")
    rows, merges = [_row(doc, "t1.head")], []
    if doc.lang == "vi":
        for level, title in enumerate(regimes, 1):
            _span(rows, merges, title, 4)
            items = [x for x in VI_RESPONSE if x[0] == level]
            for n, (_, text, term, who) in enumerate(items, 1):
                number = f"{level}.{n}"
                rows.append([number, text, term, who])
                doc.add("obligations", task(number, text, who))
        doc.table(_t(doc, "t1.caption"), rows, merges, role="tasks")
        return
    lang = _lang(doc)
    who = _list(doc, "t1.who")
    for regime, title in enumerate(regimes, 1):
        _span(rows, merges, title, 5)
        items = [x for x in NMU if x[0] == regime]
        if len(items) > 2:
            items = sorted(r.sample(items, 2), key=NMU.index)
        for n, (_, texts, sources, cut, k) in enumerate(items, 1):
            number = f"{regime}.{n}"
            where = _t(doc, "t1.all") if sources == "все" else sources
            text = texts[lang]
            rows.append([number, text, where, cut, who[k]])
            doc.add("obligations", task(number, text, who[k]))
    doc.table(_t(doc, "t1.caption"), rows, merges, role="tasks")
    maybe_distractor(doc)


# an environmental management plan: (RU, KK) activity, impact, measure, indicator, responsible, term
EMP = (
    (("Проходка и отбойка руды взрывным способом", "Кенді жару тәсілімен өту және опыру"),
     ("выделение пыли и газов в подземные выработки и через вентиляционные стволы", "жерасты қазбаларына және желдету оқпандары арқылы шаң мен газдардың бөлінуі"),
     ("Применять эмульсионные взрывчатые вещества и гидрозабойку скважин", "Эмульсиялық жарылғыш заттарды және ұңғымаларды гидробітеуді қолдану"),
     ("доля взрывов с гидрозабойкой не менее 90 %", "гидробітеумен жарылыстардың үлесі кемінде 90 %"),
     ("Начальник участка БВР", "БЖЖ учаскесінің бастығы"), ("постоянно", "тұрақты")),
    (("Складирование руды на рудном дворе", "Кенді кен ауласында қоймалау"),
     ("пыление рудного склада", "кен қоймасының шаңдануы"),
     ("Оборудовать рудный склад системой туманообразующего орошения", "Кен қоймасын тұман түзетін суару жүйесімен жабдықтау"),
     ("концентрация пыли на границе СЗЗ не более 0,5 ПДК", "СҚА шекарасындағы шаң концентрациясы 0,5 ШЖК-дан аспайды"),
     ("Главный механик", "Бас механик"), ("III квартал 2026 г.", "2026 жылғы III тоқсан")),
    (("Откачка шахтных вод", "Шахта суларын сорып шығару"),
     ("сброс минерализованных вод, содержащих металлы", "құрамында металдар бар минералданған суларды ағызу"),
     ("Построить станцию нейтрализации и осаждения металлов из шахтных вод", "Шахта суларынан металдарды бейтараптандыру және тұндыру станциясын салу"),
     ("соответствие сбрасываемых вод нормативам НДС", "ағызылатын сулардың ЖАН нормативтеріне сәйкестігі"),
     ("Главный инженер", "Бас инженер"), ("2026–2027 гг.", "2026–2027 жж.")),
    (("Размещение хвостов обогащения", "Байыту қалдықтарын орналастыру"),
     ("фильтрация из хвостохранилища в подземные воды", "хвост қоймасынан жерасты суларына сүзілу"),
     ("Выполнить противофильтрационный экран из геомембраны на участке расширения хвостохранилища",
      "Хвост қоймасын кеңейту учаскесінде геомембранадан сүзуге қарсы экран орнату"),
     ("отсутствие роста сульфатов в скважинах НС-2, НС-3", "НС-2, НС-3 ұңғымаларында сульфаттардың өсуінің болмауы"),
     ("Начальник хвостового хозяйства", "Хвост шаруашылығының бастығы"), ("до 1 октября 2026 г.", "2026 жылғы 1 қазанға дейін")),
    (("Ремонт горной техники", "Тау-кен техникасын жөндеу"),
     ("образование отработанных масел и промасленной ветоши", "пайдаланылған майлар мен майланған шүберектің түзілуі"),
     ("Заключить договор на передачу отработанных масел на регенерацию", "Пайдаланылған майларды регенерацияға беруге шарт жасасу"),
     ("доля переданных на регенерацию масел 100 %", "регенерацияға берілген майлардың үлесі 100 %"),
     ("Начальник автотранспортного цеха", "Автокөлік цехының бастығы"), ("январь 2026 г.", "2026 жылғы қаңтар")),
    (("Отработка запасов и отвалообразование", "Қорларды қазу және үйінді түзу"),
     ("нарушение земель", "жерлердің бұзылуы"),
     ("Провести техническую рекультивацию откосов отработанного отвала № 1", "№ 1 пайдаланылған үйінді еңістерін техникалық рекультивациялау"),
     ("рекультивировано не менее 12 га", "кемінде 12 га рекультивацияланды"),
     ("Главный маркшейдер", "Бас маркшейдер"), ("май–сентябрь 2026 г.", "2026 жылғы мамыр–қыркүйек")),
)  # fmt: skip
VI_EMP = (
    ("Bóc tách lớp phủ, khai thác cát quặng", "Bụi, mất lớp phủ thực vật, cát bay", "Trồng phi lao chắn cát bay dọc ranh giới khu mỏ rộng 20 m",
     "Tỷ lệ cây sống trên 85%", "Phân xưởng Khai thác", "Trước mùa gió Bắc năm 2026"),
    ("Tuyển ướt quặng titan – zircon", "Nước thải chứa cát mịn, độ đục cao", "Tuần hoàn toàn bộ nước tuyển qua hồ lắng 3 ngăn",
     "Không xả nước tuyển ra môi trường", "Phân xưởng Tuyển khoáng", "Thường xuyên"),
    ("Lưu giữ tinh quặng monazit", "Phóng xạ, bụi chứa nguyên tố phóng xạ", "Lưu giữ tinh quặng trong kho có tường bê tông, che phủ kín",
     "Suất liều gamma tại hàng rào kho nhỏ hơn 0,5 µSv/h", "Phòng An toàn – Môi trường", "Quý II/2026"),
    ("Hoàn thổ moong sau khai thác", "Biến đổi địa hình, suy giảm đất canh tác", "San gạt, hoàn thổ và trồng keo lai trên diện tích đã khai thác",
     "Diện tích hoàn thổ tối thiểu 25 ha/năm", "Ban Cải tạo, phục hồi môi trường", "Hằng năm, tháng 7–9"),
    ("Sửa chữa, bảo dưỡng thiết bị", "Dầu thải, giẻ lau dính dầu", "Thu gom chất thải nguy hại vào kho lưu giữ và ký hợp đồng xử lý",
     "100% chất thải nguy hại được chuyển giao", "Xưởng Cơ điện", "Tháng 01/2026"),
    ("Vận chuyển quặng bằng ô tô", "Bụi, tiếng ồn trên tuyến đường qua khu dân cư", "Tưới nước mặt đường vận chuyển 4 lần/ngày trong mùa khô",
     "Nồng độ bụi tổng tại khu dân cư đạt QCVN 05:2023/BTNMT", "Đội Vận tải", "Mùa khô hằng năm"),
)  # fmt: skip
TEXT |= {
    "t2.title": ("Отчет о возможных воздействиях. Раздел 11. План управления окружающей средой при отработке подземного рудника",
                 "Ықтимал әсерлер туралы есеп. 11-бөлім. Жерасты кенішін қазу кезіндегі қоршаған ортаны басқару жоспары",
                 "BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG. Chương 5. CHƯƠNG TRÌNH QUẢN LÝ VÀ GIÁM SÁT MÔI TRƯỜNG"),
    "t2.p": ("План увязывает каждый производственный процесс с его воздействием, мерой по снижению, показателем выполнения и ответственным.",
             "Жоспар әрбір өндірістік процесті оның әсерімен, төмендету шарасымен, орындау көрсеткішімен және жауаптымен байланыстырады.",
             "Chương trình quản lý môi trường của dự án khai thác và chế biến sa khoáng titan – zircon khu vực Lương Sơn Đông:"),
    "t2.head": ("№|Производственный процесс|Воздействие на окружающую среду|Мероприятие по предотвращению и снижению воздействия|"
                "Показатель выполнения|Ответственный|Срок",
                "№|Өндірістік процесс|Қоршаған ортаға әсер|Әсердің алдын алу және оны төмендету жөніндегі іс-шара|Орындау көрсеткіші|"
                "Жауапты|Мерзімі",
                "TT|Hoạt động của dự án|Tác động môi trường|Biện pháp giảm thiểu|Chỉ số giám sát|Đơn vị thực hiện|Thời gian thực hiện"),
    "t2.caption": ("Таблица 11.1 – План управления окружающей средой", "11.1-кесте – Қоршаған ортаны басқару жоспары",
                   "Bảng 5.1. Chương trình quản lý môi trường giai đoạn vận hành"),
}  # fmt: skip


def tasks_ca2(doc: Doc) -> None:
    """An environmental management plan of an underground mine: each row the production process and its impact first,
    the measure only in the fourth column, then an indicator of fulfilment (with figures and point codes of its own),
    the responsible and the term (VI: a titanium–zircon mine's ĐTM programme, the same order of columns)."""
    r = doc.rng
    doc.h(_t(doc, "t2.title"))
    doc.p(_t(doc, "t2.p"))
    rows = [_row(doc, "t2.head")]
    if doc.lang == "vi":
        for k, (activity, impact, measure, indicator, who, term) in enumerate(sorted(r.sample(VI_EMP, 5), key=VI_EMP.index), 1):
            rows.append([str(k), activity, impact, measure, indicator, who, term])
            doc.add("obligations", task(str(k), measure, who))
        doc.table(_t(doc, "t2.caption"), rows, role="tasks")
        return
    lang = _lang(doc)
    for k, item in enumerate(sorted(r.sample(EMP, 5), key=EMP.index), 1):
        activity, impact, measure, indicator, who, term = (x[lang] for x in item)
        rows.append([str(k), activity, impact, measure, indicator, who, term])
        doc.add("obligations", task(str(k), measure, who))
    doc.table(_t(doc, "t2.caption"), rows, role="tasks")
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"CA{k}", globals()[f"{role}_ca{k}"]) for role in ROLES for k in (1, 2)]
"""`facility_ca1` … `tasks_ca2`, in the order of the roles."""
