"""Measured blind once (part S of the eighth blind set, 0.688 at c9d8965, 2026-12-04), then studied and tuned on:
now a tuning layout. What follows is its writer's description.

The held-out part, continued (an eighth blind set, two layouts per role, `S1` and `S2`): never used for
tuning, written by someone who neither ran the extractor on them nor read it.

Theme: oil, gas and mining operators of Kazakhstan — oil and gas-condensate fields, their УПН/УКПГ, flares and
vent stacks burning associated gas (ПНГ), drilling wastes, open-pit gold and copper mines with their waste-rock
dumps and tailings — in ПЭК programmes and reports, applications for a КЭР, КЭРs, НДВ projects, ОВОС chapters,
gas-utilisation programmes and meeting minutes; Vietnam's counterparts are coal-fired power plants, cement
plants and steel mills in ĐTM reports, Giấy phép môi trường and the annual reports on environmental protection.

Facility: a card whose labels are written in both languages of the country (`Наименование оператора /
Оператордың атауы`, VI `Tên cơ sở / Facility name`), coordinates with a decimal comma in the seconds; an
application's card whose cells each carry two fields on two lines (name and BIN, activity and OKED, place with
KATO and decimal coordinates, category and its ground). Emissions: flare and vent emissions worked out from the
volume of gas burnt and specific emissions, the source and the volume merged over its substances, a total row and a
note row, the gas composition in a table of no role before it (VI: loads from fuel burnt and emission factors, the
coal's properties in a table of no role); a matrix whose columns are the substances (code over name, a hazard-class
row) and whose rows come in pairs per source, `г/с` above `т/год` (VI: named sources, `g/s` above `tấn/năm`).
Wastes: drilling wastes with volume, density and mass, dashes where a waste is weighed (VI: ash, slag and FGD
gypsum with volume and density beside the hazardous wastes); mining wastes with the unit in a column of its own,
thousands of tonnes for waste rock and tailings, the receiver's BIN in the placement cell (VI: a steel mill's
report with `nghìn tấn`, `tấn`, `kg` per row). Limits: two pairs of sub-columns, the ПДК м.р. with the measured
maximum and the ПДК с.с. with the measured daily mean, under group rows naming the point (VI: QCVN 05 1-hour and
24-hour values beside the results); a КЭР's discharge norms by outlet, the outlet and its receiver merged down,
limits written `не более 20` and `от 6,5 до 8,5` (VI: a GPMT's gas limits per stream under group rows, with the
periodic and the automatic monitoring as columns). Monitoring: a ПЭК programme under the three group rows of the
Code — operational, emission and impact monitoring — sources and points listed in one cell (VI: a GPMT's programme
with waste-gas, waste-water and solid-waste groups); posts around a sour-gas plant with one frequency column for the
automatic station and one for the mobile laboratory (VI: automatic and periodic monitoring of a steel mill's waste
water as two columns, the point only in the sentence before). Inspections: the columns are the frequencies, the units
listed down each column; pipelines and tanks each with a frequency of walking the route and one of the instrumental
survey (VI: environmental works with a visual and an instrumental check). Tasks: a gas-utilisation programme with the
gas each measure will use (VI: a plan to cut dust and gas with the expected effect); decisions in meeting minutes
with the responsible, the co-executors and a term, the list of those present in a table of no role.

The words of each layout are in the text tables (RU, KK, VI); a header row is one string, its cells
between `|`, `^` for a cell a merge covers.
"""

from __future__ import annotations

from . import vocab
from .common import Doc, distractor, freq, make_bin, make_msdn, maybe_distractor, num, rate
from .limits_data import AIR_PDK, add, cell, limit
from .registry import ROLES, Layout
from .sources_data import emission

TEXT: dict[str, tuple[str, str, str]] = {}


def _t(doc: Doc, key: str) -> str:
    return TEXT[key][vocab.LANGS.index(doc.lang)]


def _list(doc: Doc, key: str) -> list[str]:
    return _t(doc, key).split("|")


def _cells(text: str) -> list[str | None]:
    return [None if x == "^" else x for x in text.split("|")]


def _row(doc: Doc, key: str) -> list[str | None]:
    """A header row of the text tables in the document's language."""
    return _cells(_t(doc, key))


def _sig(x: float, digits: int = 3) -> float:
    return float(f"{x:.{digits}g}")


def _mon(loc: dict, key: tuple[str, str], frequency: str) -> dict:
    return {**loc, key[0]: key[1], "frequency": frequency}


def _sum(doc: Doc, values, digits: int = 4) -> str:
    """A total as a document prints it, rounded."""
    return num(round(sum(values), digits), doc.lang)


def _span(rows: list, merges: list, text: str) -> None:
    """A row whose one cell spans the table: a group or a note."""
    width = len(rows[0])
    rows.append([text] + [None] * (width - 1))
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))


# names of the reference list (corpus/air_pollutants.csv) for codes vocab.AIR lacks: (RU, KK)
EXTRA_AIR = {"0415": ("Смесь углеводородов предельных С1-С5", "Шекті көмірсутектер қоспасы С1-С5")}


def _air(doc: Doc, code: str, variant: int = 0) -> str:
    if code in EXTRA_AIR:
        return EXTRA_AIR[code][0 if doc.lang == "ru" else 1]
    return vocab.air(code, doc.lang, variant)


# frequencies the common table does not word: daily and weekly
DAILY_WEEKLY = {
    "daily": ("ежедневно|1 раз в сутки", "күн сайын|тәулігіне 1 рет", "hằng ngày|01 lần/ngày"),
    "weekly": ("еженедельно|1 раз в неделю", "апта сайын|аптасына 1 рет", "hằng tuần|01 lần/tuần"),
}


def _freq(doc: Doc, word: str) -> str:
    if word in DAILY_WEEKLY:
        return doc.pick(DAILY_WEEKLY[word][vocab.LANGS.index(doc.lang)].split("|"))
    return freq(doc, word)


# ---------------------------------------------------------------- operators and their sites

KZ_SITES = (
    {"kind": "oil", "ru": ("Месторождение Восточный Акжар", "ТОО «Акжар Мунай Групп»", "Атырауская область, Кызылкогинский район"),
     "kk": ("Шығыс Ақжар кен орны", "«Ақжар Мұнай Групп» ЖШС", "Атырау облысы, Қызылқоға ауданы"),
     "region": "23", "mail": "akzharmunai.kz", "oked": "06100", "lat": (47.1, 47.6), "lon": (53.0, 54.2)},
    {"kind": "oil", "ru": ("Месторождение Кумшагыл", "ТОО «Кумшагыл Ойл»", "Мангистауская область, Бейнеуский район"),
     "kk": ("Құмшағыл кен орны", "«Құмшағыл Ойл» ЖШС", "Маңғыстау облысы, Бейнеу ауданы"),
     "region": "47", "mail": "kumshagyl-oil.kz", "oked": "06100", "lat": (44.9, 45.6), "lon": (54.6, 55.8)},
    {"kind": "gas", "ru": ("Газоконденсатное месторождение Северный Бозой", "АО «Бозой Петролеум»",
                           "Актюбинская область, Байганинский район"),
     "kk": ("Солтүстік Бозой газ конденсат кен орны", "«Бозой Петролеум» АҚ", "Ақтөбе облысы, Байғанин ауданы"),
     "region": "15", "mail": "bozoi.kz", "oked": "06200", "lat": (47.3, 48.0), "lon": (55.6, 56.8)},
    {"kind": "mine", "ru": ("Рудник «Кенсай»", "ТОО «Кенсай Голд»", "Жамбылская область, Мойынкумский район"),
     "kk": ("«Кенсай» кеніші", "«Кенсай Голд» ЖШС", "Жамбыл облысы, Мойынқұм ауданы"),
     "region": "31", "mail": "kensaigold.kz", "oked": "07291", "lat": (44.1, 44.8), "lon": (72.0, 73.4)},
    {"kind": "mine", "ru": ("Горно-обогатительный комбинат «Коктас»", "ТОО «Коктас Коппер»", "Карагандинская область, Шетский район"),
     "kk": ("«Көктас» тау-кен байыту комбинаты", "«Көктас Коппер» ЖШС", "Қарағанды облысы, Шет ауданы"),
     "region": "35", "mail": "koktas-copper.kz", "oked": "07299", "lat": (47.6, 48.4), "lon": (73.6, 75.0)},
)  # fmt: skip
OKED_WORDS = {
    "06100": ("Добыча сырой нефти и попутного газа", "Шикі мұнай мен ілеспе газды өндіру"),
    "06200": ("Добыча природного газа", "Табиғи газ өндіру"),
    "07291": ("Добыча золотосодержащих руд", "Құрамында алтын бар кендерді өндіру"),
    "07299": ("Добыча прочих руд цветных металлов", "Түсті металдардың өзге де кендерін өндіру"),
}
VI_SITES = (
    {"kind": "power", "name": "Nhà máy Nhiệt điện Hải Hà 2", "mail": "nhietdienhaiha.vn", "operator": "Công ty Cổ phần Nhiệt điện Hải Hà",
     "address": "phường Mông Dương, tỉnh Quảng Ninh", "lat": (20.95, 21.15), "lon": (107.25, 107.45),
     "type": "Sản xuất điện từ than", "capacity": "2 × 600 MW"},
    {"kind": "power", "name": "Nhà máy Nhiệt điện Vĩnh Tân Đông", "mail": "vinhtandong-power.vn", "operator": "Công ty TNHH Điện lực Vĩnh Tân Đông",
     "address": "xã Vĩnh Hảo, tỉnh Lâm Đồng", "lat": (11.25, 11.35), "lon": (108.7, 108.85),
     "type": "Sản xuất điện từ than", "capacity": "1.244 MW"},
    {"kind": "cement", "name": "Nhà máy Xi măng Long Sơn Bắc", "mail": "ximanglongsonbac.vn", "operator": "Công ty TNHH Xi măng Long Sơn Bắc",
     "address": "xã Hà Long, tỉnh Thanh Hóa", "lat": (20.0, 20.2), "lon": (105.6, 105.9),
     "type": "Sản xuất clinker và xi măng", "capacity": "4,5 triệu tấn xi măng/năm"},
    {"kind": "cement", "name": "Nhà máy Xi măng Hoàng Mai Xanh", "mail": "hoangmaixanh.com.vn", "operator": "Công ty Cổ phần Xi măng Hoàng Mai Xanh",
     "address": "phường Quỳnh Thiện, tỉnh Nghệ An", "lat": (19.2, 19.35), "lon": (105.6, 105.75),
     "type": "Sản xuất clinker và xi măng", "capacity": "2,3 triệu tấn clinker/năm"},
    {"kind": "steel", "name": "Nhà máy Luyện cán thép Vạn Lợi", "mail": "thepvanloi.vn", "operator": "Công ty Cổ phần Thép Vạn Lợi",
     "address": "Khu kinh tế Dung Quất, tỉnh Quảng Ngãi", "lat": (15.35, 15.45), "lon": (108.75, 108.85),
     "type": "Luyện phôi thép bằng lò điện hồ quang và cán thép", "capacity": "1,2 triệu tấn phôi thép/năm",
     "receiver": "sông Trà Bồng"},
    {"kind": "steel", "name": "Nhà máy Thép Nghi Sơn Xanh", "mail": "nghisonxanh-steel.vn", "operator": "Công ty TNHH Gang thép Nghi Sơn Xanh",
     "address": "Khu kinh tế Nghi Sơn, tỉnh Thanh Hóa", "lat": (19.3, 19.4), "lon": (105.75, 105.85),
     "type": "Luyện phôi thép bằng lò điện hồ quang và cán thép", "capacity": "800.000 tấn phôi thép/năm",
     "receiver": "hệ thống thoát nước chung của Khu kinh tế Nghi Sơn"},
)  # fmt: skip


def _dms(value: float) -> tuple[int, int, float, float]:
    """Degrees, minutes, seconds to a tenth, and the decimal degrees they stand for."""
    d = int(value)
    m = int((value - d) * 60)
    s = round(((value - d) * 60 - m) * 60, 1)
    if s >= 60:
        m, s = m + 1, 0.0
    if m >= 60:
        d, m = d + 1, 0
    return d, m, s, d + m / 60 + s / 3600


def _site(doc: Doc, kinds: tuple[str, ...]) -> dict:
    """An operator's site of the theme with its fields as written and as expected."""
    r = doc.rng
    if doc.lang == "vi":
        src = r.choice([x for x in VI_SITES if x["kind"] in kinds])
        f = {"name": src["name"], "operator": src["operator"], "address": src["address"], "bin": make_msdn(r),
             "kato": None, "oked": None, "type": src["type"], "capacity": src["capacity"],
             "receiver": src.get("receiver"), "mail": src["mail"]}
    else:
        src = r.choice([x for x in KZ_SITES if x["kind"] in kinds])
        name, operator, address = src[doc.lang]
        kato = f"{src['region']}{r.randint(1, 9)}{r.randint(100, 699)}{r.choice(('000', '100'))}"
        f = {"name": name, "operator": operator, "address": address, "bin": make_bin(r), "kato": kato, "oked": src["oked"],
             "mail": src["mail"]}
    f["kind"], f["cat"] = src["kind"], "I"
    f["lat"], f["lon"] = r.uniform(*src["lat"]), r.uniform(*src["lon"])
    return f


# ---------------------------------------------------------------- facility

TEXT |= {
    "f1.h": ("Программа производственного экологического контроля на 2026–2030 годы",
             "2026–2030 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы",
             "BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG CỦA CƠ SỞ"),
    "f1.p": ("Программа разработана для объекта I категории в соответствии со статьей 182 Экологического кодекса "
             "Республики Казахстан.",
             "Бағдарлама Қазақстан Республикасы Экологиялық кодексінің 182-бабына сәйкес I санаттағы объект үшін әзірленді.",
             "Chương 1. THÔNG TIN CHUNG VỀ CƠ SỞ / GENERAL INFORMATION"),
    "f1.caption": ("Таблица 1.1 – Общие сведения об объекте / Объект туралы жалпы мәліметтер",
                   "1.1-кесте – Объект туралы жалпы мәліметтер / Общие сведения об объекте",
                   "Bảng 1.1. Thông tin chung về cơ sở / General information"),
    "f1.basis.oil": ("Контракт на недропользование № {n}-УВС от {d}", "{d} ж. № {n}-УВС жер қойнауын пайдалануға арналған келісімшарт", ""),
    "f1.basis.mine": ("Лицензия на добычу твердых полезных ископаемых № {n}-EL от {d}",
                      "{d} ж. № {n}-EL қатты пайдалы қазбаларды өндіруге арналған лицензия", ""),
    "f1.basis.vi": ("", "", "Quyết định số {n}/QĐ-BTNMT ngày {d} phê duyệt kết quả thẩm định báo cáo ĐTM"),
    "f1.capacity.oil": ("{x} тыс. т нефти в год", "жылына {x} мың т мұнай", ""),
    "f1.capacity.gas": ("{x} млн м3 газа в год", "жылына {x} млн м3 газ", ""),
    "f1.capacity.mine": ("{x} млн т руды в год", "жылына {x} млн т кен", ""),
    "f1.staff": ("{n} чел.", "{n} адам", "{n} người"),
    "f1.category": ("I категория", "I санат", "Cơ sở có tiêu chí về môi trường như dự án đầu tư nhóm I"),
    "f1.coords": ("{a} с.ш.; {b} в.д.", "{a} с.е.; {b} ш.б.", "{a} vĩ độ Bắc; {b} kinh độ Đông"),
}  # fmt: skip
# (RU, KK, VI, EN) of each line of the bilingual card; "-" where a language has no such line
F1_LABELS = (
    ("Наименование оператора", "Оператордың атауы", "Tên chủ cơ sở", "Owner"),
    ("Бизнес-идентификационный номер (БИН)", "Бизнес-сәйкестендіру нөмірі (БСН)", "Mã số doanh nghiệp", "Enterprise code"),
    ("Наименование объекта", "Объектінің атауы", "Tên cơ sở", "Facility name"),
    ("Основание деятельности", "Қызмет негізі", "Quyết định phê duyệt ĐTM", "EIA approval"),
    ("Местонахождение объекта", "Объектінің орналасқан жері", "Địa điểm cơ sở", "Location"),
    ("Код КАТО", "ҚАТО коды", "-", "-"),
    ("Основной вид деятельности (код ОКЭД)", "Негізгі қызмет түрі (ЭҚЖЖ коды)", "Loại hình sản xuất", "Type of production"),
    ("Категория объекта", "Объект санаты", "Phân loại cơ sở", "Classification"),
    ("Географические координаты центра участка", "Учаске ортасының географиялық координаттары", "Tọa độ trung tâm", "Coordinates"),
    ("Проектная мощность", "Жобалық қуаты", "Công suất", "Capacity"),
    ("Численность персонала", "Персонал саны", "Số lao động", "Employees"),
)  # fmt: skip


def _bilingual(doc: Doc, ru: str, kk: str, vi: str, en: str) -> str:
    return {"ru": f"{ru} / {kk}", "kk": f"{kk} / {ru}", "vi": f"{vi} / {en}"}[doc.lang]


def _dms_text(doc: Doc, f: dict) -> str:
    """Coordinates in degrees, minutes and seconds with a decimal comma (`47°12′05,3″`); sets lat, lon as written."""
    parts = []
    for key in ("lat", "lon"):
        d, m, s, exact = _dms(f[key])
        f[key] = exact
        parts.append(f"{d}°{m:02d}′{s:04.1f}″".replace(".", ","))
    return _t(doc, "f1.coords").format(a=parts[0], b=parts[1])


def facility_s1(doc: Doc) -> None:
    """A ПЭК programme's card whose labels and caption are written in both languages of the country (RU first in
    a Russian document, KK first in a Kazakh one; VI: Vietnamese and English), `№ | label | value`, the subsoil
    contract or licence, the OKED as a bare code, coordinates with a decimal comma in the seconds, capacity and staff
    lines that carry no field."""
    vi = doc.lang == "vi"
    f = _site(doc, ("power", "cement", "steel") if vi else ("oil", "gas", "mine"))
    r = doc.rng
    doc.h(_t(doc, "f1.h") + ("" if vi else f". {f['name']}"))
    doc.p(_t(doc, "f1.p"))
    day = f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.{r.randint(2004, 2021)}"
    if vi:
        basis = _t(doc, "f1.basis.vi").format(n=r.randint(300, 2900), d=day.replace(".", "/"))
        activity, capacity = f["type"], f["capacity"]
    else:
        kind = "mine" if f["kind"] == "mine" else "oil"
        basis = _t(doc, f"f1.basis.{kind}").format(n=r.randint(100, 5200), d=day)
        amount = {"oil": r.randint(4, 40) * 50, "gas": r.randint(8, 45) * 100, "mine": r.randint(12, 95) / 10}[f["kind"]]
        capacity = _t(doc, f"f1.capacity.{f['kind']}").format(x=num(amount, doc.lang))
        activity = f["oked"]
    coords = _dms_text(doc, f)
    values = [f["operator"], f["bin"], f["name"], basis, f["address"], f["kato"], activity, _t(doc, "f1.category"), coords,
              capacity, _t(doc, "f1.staff").format(n=num(r.randint(12, 140) * 5, doc.lang))]
    head = ["TT" if vi else "№", _bilingual(doc, "Наименование показателя", "Көрсеткіштің атауы", "Nội dung", "Item"),
            _bilingual(doc, "Значение", "Мәні", "Thông tin", "Details")]
    rows = [head]
    for labels, value in zip(F1_LABELS, values, strict=True):
        if labels[2 if vi else 0] == "-":
            continue
        rows.append([str(len(rows)), _bilingual(doc, *labels), value])
    doc.table(_t(doc, "f1.caption"), rows, role="facility")
    out = {"bin": f["bin"], "name_contains": f["name"], "category": f["cat"], "lat": f["lat"], "lon": f["lon"]}
    if not vi:
        out.update(kato=f["kato"], oked=f["oked"])
    doc.add("facilities", out)
    maybe_distractor(doc)


TEXT |= {
    "f2.h": ("Заявление на получение комплексного экологического разрешения",
             "Кешенді экологиялық рұқсат алуға арналған өтініш",
             "VĂN BẢN ĐỀ NGHỊ CẤP GIẤY PHÉP MÔI TRƯỜNG"),
    "f2.to": ("В Комитет экологического регулирования и контроля Министерства экологии и природных ресурсов "
              "Республики Казахстан",
              "Қазақстан Республикасы Экология және табиғи ресурстар министрлігінің Экологиялық реттеу және бақылау комитетіне",
              "Kính gửi: Bộ Nông nghiệp và Môi trường"),
    "f2.h2": ("1. Сведения об операторе и объекте", "1. Оператор және объект туралы мәліметтер",
              "I. THÔNG TIN CHUNG VỀ CHỦ CƠ SỞ VÀ CƠ SỞ"),
    "f2.head": ("Наименование сведений|Сведения", "Мәліметтердің атауы|Мәліметтер", "Nội dung|Thông tin"),
    "f2.labels": ("Наименование и БИН оператора|Наименование объекта, основной вид деятельности (ОКЭД)|"
                  "Местонахождение объекта (код КАТО), географические координаты|Категория объекта и основание отнесения|"
                  "Первый руководитель, контактные данные|Запрашиваемый срок действия разрешения",
                  "Оператордың атауы және БСН|Объектінің атауы, негізгі қызмет түрі (ЭҚЖЖ)|"
                  "Объектінің орналасқан жері (ҚАТО коды), географиялық координаттары|Объект санаты және жатқызу негізі|"
                  "Бірінші басшы, байланыс деректері|Рұқсаттың сұралатын қолданылу мерзімі",
                  "Tên chủ cơ sở; mã số doanh nghiệp|Tên cơ sở; loại hình sản xuất|Địa điểm; tọa độ|"
                  "Phân loại cơ sở; căn cứ|Người đại diện theo pháp luật; liên hệ|Thời hạn đề nghị cấp phép"),
    "f2.bin": ("БИН {x}", "БСН {x}", "Mã số doanh nghiệp: {x}"),
    "f2.kato": ("код КАТО {x}", "ҚАТО коды {x}", ""),
    "f2.coords": ("N {a}°, E {b}°", "N {a}°, E {b}°", "Vĩ độ: {a}° N; kinh độ: {b}° E"),
    "f2.category": ("I категория – пункт 1 раздела 1 приложения 2 к Экологическому кодексу Республики Казахстан",
                    "I санат – Қазақстан Республикасы Экологиялық кодексінің 2-қосымшасы 1-бөлімінің 1-тармағы",
                    "Cơ sở nhóm I – số thứ tự 3 Phụ lục III Nghị định số 08/2022/NĐ-CP"),
    "f2.boss": ("Генеральный директор Абенов Е.С.\nтел. +7 7122 30 45 12, e-mail: office@{m}",
                "Бас директор Әбенов Е.С.\nтел. +7 7122 30 45 12, e-mail: office@{m}",
                "Ông Trần Quốc Bảo – Tổng Giám đốc\nĐiện thoại: 0912 468 245; e-mail: moitruong@{m}"),
    "f2.term": ("10 лет (2026–2035 гг.)", "10 жыл (2026–2035 жж.)", "07 năm"),
    "f2.after": ("Достоверность сведений подтверждаю.", "Мәліметтердің дұрыстығын растаймын.",
                 "Chúng tôi cam kết về độ trung thực, chính xác của các thông tin nêu trên."),
}  # fmt: skip


def facility_s2(doc: Doc) -> None:
    """An application for a КЭР (VI: for a GPMT) under a heading and no caption: each cell carries two fields on two
    lines — name and BIN, name and activity with its OKED, place with its KATO and decimal coordinates `N 47,123456°`,
    category and its legal ground — under labels that name both."""
    vi = doc.lang == "vi"
    f = _site(doc, ("power", "cement", "steel") if vi else ("oil", "gas", "mine"))
    doc.h(_t(doc, "f2.h"))
    doc.p(_t(doc, "f2.to"))
    doc.h(_t(doc, "f2.h2"))
    f["lat"], f["lon"] = round(f["lat"], 6), round(f["lon"], 6)
    sep = "." if vi else ","
    lat, lon = (f"{x:.6f}".replace(".", sep) for x in (f["lat"], f["lon"]))
    coords = _t(doc, "f2.coords").format(a=lat, b=lon)
    if vi:
        what = f"{f['name']}\n{f['type']}, công suất {f['capacity']}"
        where = f"{f['address']}\n{coords}"
    else:
        oked = f"{doc.v('ОКЭД', 'ЭҚЖЖ', '')} {f['oked']} – {OKED_WORDS[f['oked']][0 if doc.lang == 'ru' else 1]}"
        what = f"{f['name']}\n{oked}"
        where = f"{f['address']}, {_t(doc, 'f2.kato').format(x=f['kato'])}\n{coords}"
    values = [f"{f['operator']}\n{_t(doc, 'f2.bin').format(x=f['bin'])}", what, where, _t(doc, "f2.category"),
              _t(doc, "f2.boss").format(m=f["mail"]), _t(doc, "f2.term")]
    rows = [_row(doc, "f2.head")] + [list(x) for x in zip(_list(doc, "f2.labels"), values, strict=True)]
    doc.table(None, rows, role="facility")
    doc.p(_t(doc, "f2.after"))
    out = {"bin": f["bin"], "name_contains": f["name"], "category": f["cat"], "lat": f["lat"], "lon": f["lon"]}
    if not vi:
        out.update(kato=f["kato"], oked=f["oked"])
    doc.add("facilities", out)
    if doc.rng.random() < 0.5:
        distractor(doc, "contacts")


# ---------------------------------------------------------------- emissions

# code: (low, high) specific emission, t per thousand m3 of gas burnt on a flare / let out at a vent stack
FLARE_FACTORS = {"0337": (0.015, 0.025), "0301": (0.0024, 0.0032), "0304": (0.0003, 0.0005), "0330": (0.0006, 0.0018),
                 "0328": (0.0015, 0.0025), "0410": (0.0004, 0.0007)}
VENT_FACTORS = {"0410": (0.5, 0.6), "0415": (0.15, 0.25)}
# (RU, KK) of the flares and the vent stack
FLARES = (("Факел высокого давления УПН", "МДҚ жоғары қысымды алауы"),
          ("Факел низкого давления УПН", "МДҚ төмен қысымды алауы"),
          ("Свеча рассеивания ГЗУ-{n}", "ТӨҚ-{n} газ шашырату шырағы"))
GAS_COMPOSITION = (("Метан", "Метан", 68, 80), ("Этан", "Этан", 7, 11), ("Пропан", "Пропан", 4, 8),
                   ("изо-Бутан", "изо-Бутан", 0.8, 1.6), ("н-Бутан", "н-Бутан", 1.2, 2.4), ("Пентаны и выше", "Пентандар және жоғары", 0.6, 1.5),
                   ("Азот", "Азот", 1.5, 4), ("Диоксид углерода", "Көміртек диоксиді", 0.3, 1.2), ("Сероводород", "Күкіртсутек", 0.005, 0.06))  # fmt: skip

TEXT |= {
    "e1.h": ("Отчет по программе производственного экологического контроля за 2025 год. Объект: {name}",
             "2025 жылғы өндірістік экологиялық бақылау бағдарламасы бойынша есеп. Объект: {name}",
             "BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG CỦA DỰ ÁN “{name}”"),
    "e1.h2": ("3.2. Мониторинг эмиссий: выбросы от сжигания попутного нефтяного газа",
              "3.2. Эмиссиялар мониторингі: ілеспе мұнай газын жағудан шығарындылар",
              "3.1.2. Đánh giá tác động do bụi, khí thải từ quá trình đốt nhiên liệu"),
    "e1.p": ("В 2025 году на факельных установках сожжено {v} тыс. м3 попутного нефтяного газа в пределах объемов, "
             "согласованных уполномоченным органом. Выбросы определены расчетным методом по объемам сожженного газа и "
             "удельным выбросам.",
             "2025 жылы алау қондырғыларында уәкілетті органмен келісілген көлемдер шегінде {v} мың м3 ілеспе мұнай газы "
             "жағылды. Шығарындылар жағылған газ көлемдері мен меншікті шығарындылар бойынша есептеу әдісімен анықталды.",
             "Nhà máy vận hành {h} giờ/năm. Tải lượng các chất ô nhiễm được tính theo lượng nhiên liệu tiêu thụ và hệ số "
             "phát thải của Tổ chức Y tế Thế giới (WHO)."),
    "e1.comp.caption": ("Таблица 3.3 – Компонентный состав попутного нефтяного газа (протокол испытаний № {n} от {d})",
                        "3.3-кесте – Ілеспе мұнай газының компоненттік құрамы (№ {n} сынақ хаттамасы, {d})",
                        "Bảng 3.10. Đặc tính của than nhiên liệu (theo kết quả phân tích mẫu than ngày {d})"),
    "e1.comp.head": ("Компонент|Содержание, % мол.", "Компонент|Мөлшері, % мол.", "Chỉ tiêu|Đơn vị|Giá trị"),
    "e1.density": ("Плотность газа при стандартных условиях, кг/м3", "Стандартты жағдайдағы газ тығыздығы, кг/м3", ""),
    "e1.h0": ("№ ИЗА|Наименование источника|Объем сожженного газа, тыс. м3/год|Загрязняющее вещество|^|"
              "Удельный выброс, т/тыс. м3|Фактический выброс|^",
              "ЛШК №|Көздің атауы|Жағылған газ көлемі, мың м3/жыл|Ластаушы зат|^|Меншікті шығарынды, т/мың м3|Нақты шығарынды|^",
              "TT|Nguồn phát sinh|Nhiên liệu tiêu thụ (tấn/năm)|Thông số ô nhiễm|Hệ số phát thải (kg/tấn)|Tải lượng (g/s)|"
              "Tải lượng (tấn/năm)"),
    "e1.h1": ("^|^|^|код|наименование|^|г/с|т/год", "^|^|^|коды|атауы|^|г/с|т/жыл", ""),
    "e1.total": ("Итого по факельным установкам и свечам", "Алау қондырғылары мен шырақтар бойынша жиыны", "Tổng cộng"),
    "e1.note": ("Примечание: удельные выбросы приняты по методике расчета выбросов от факельных установок сжигания "
                "углеводородных смесей; время работы источников – 8 760 ч/год.",
                "Ескертпе: меншікті шығарындылар көмірсутек қоспаларын жағатын алау қондырғыларынан шығарындыларды есептеу "
                "әдістемесі бойынша қабылданды; көздердің жұмыс уақыты – 8 760 сағ/жыл.",
                "Ghi chú: Hệ số phát thải theo tài liệu đánh giá nhanh của Tổ chức Y tế Thế giới (WHO, 1993)."),
    "e1.caption": ("Таблица 3.4 – Расчет выбросов загрязняющих веществ при сжигании газа на факельных установках",
                   "3.4-кесте – Алау қондырғыларында газ жағу кезіндегі ластаушы заттар шығарындыларын есептеу",
                   "Bảng 3.11. Tải lượng bụi, khí thải từ quá trình đốt nhiên liệu của nhà máy trong giai đoạn vận hành"),
    "e1.coal": ("", "", "Độ ẩm toàn phần|%|{a};Độ tro (khô)|%|{b};Chất bốc (khô)|%|{c};Lưu huỳnh tổng|%|{s};"
                "Nhiệt trị thấp|kcal/kg|{q}"),
}  # fmt: skip
# (name, fuel, {code: kg per tonne}) of a coal-fired plant's sources
VI_FUEL_SOURCES = (
    ("Ống khói tổ máy S1", "coal", {"2902": (1.8, 3.5), "0330": (6, 12), "0301": (7, 10), "0337": (0.25, 0.4)}),
    ("Ống khói tổ máy S2", "coal", {"2902": (1.8, 3.5), "0330": (6, 12), "0301": (7, 10), "0337": (0.25, 0.4)}),
    ("Lò hơi phụ trợ (đốt dầu DO)", "oil", {"2902": (0.25, 0.35), "0330": (0.8, 1.2), "0301": (2.5, 3.2), "0337": (0.6, 0.8)}),
)


def emissions_s1(doc: Doc) -> None:
    """Flare and vent emissions worked out in a ПЭК report: the volume of gas burnt and the specific emission beside
    each substance, the source's number, name and volume merged over its substances, actual g/s and t/year, a total
    row and a note row; the gas composition in a table of no role before it (VI: an ĐTM's loads from the fuel burnt
    and WHO emission factors in kg/tonne, the coal's properties in a table of no role, the operation period in the
    caption)."""
    vi = doc.lang == "vi"
    r = doc.rng
    f = _site(doc, ("power",) if vi else ("oil",))
    doc.h(_t(doc, "e1.h").format(name=f["name"]))
    doc.h(_t(doc, "e1.h2"))
    day = f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2025"
    if vi:
        hours = r.choice((6500, 7000, 7500))
        doc.p(_t(doc, "e1.p").format(h=num(hours, "vi")))
        coal = [_cells(x) for x in _t(doc, "e1.coal").split(";")]
        figures = {"a": r.uniform(7, 12), "b": r.uniform(22, 32), "c": r.uniform(6, 9), "s": r.uniform(0.4, 0.8)}
        for row in coal:
            if row[2] == "{q}":
                row[2] = num(r.randint(45, 52) * 100, "vi")
            else:
                row[2] = num(round(figures[row[2][1]], 2), "vi")
        doc.table(_t(doc, "e1.comp.caption").format(d=day.replace(".", "/")), [_row(doc, "e1.comp.head"), *coal], role="other")
        rows, merges = [_row(doc, "e1.h0")], []
        sums = [[], []]
        for k, (name, fuel, factors) in enumerate(VI_FUEL_SOURCES, 1):
            burnt = r.randint(120, 190) * 10000 if fuel == "coal" else r.randint(12, 40) * 10
            start = len(rows)
            for code, (low, high) in factors.items():
                factor = _sig(r.uniform(low, high), 2)
                t_y = _sig(burnt * factor / 1000, 4)
                g_s = _sig(t_y * 1e6 / (hours * 3600), 4)
                lead = [str(k), name, num(burnt, "vi")] if len(rows) == start else [None, None, None]
                rows.append(lead + [vocab.air(code, "vi", 0 if code == "2902" else 1), num(factor, "vi"), num(g_s, "vi"),
                                    num(t_y, "vi")])
                sums[0].append(g_s)
                sums[1].append(t_y)
                doc.add("emissions", emission(code, g_s, t_y, period="operation"))
            merges += [(start, c, len(rows) - 1, c) for c in range(3)]
        rows.append(["", _t(doc, "e1.total"), "", "", "", _sum(doc, sums[0], 2), _sum(doc, sums[1], 1)])
        _span(rows, merges, _t(doc, "e1.note"))
        doc.table(_t(doc, "e1.caption"), rows, merges, role="emissions")
        return
    names = [x[0 if doc.lang == "ru" else 1] for x in FLARES]
    gzu = r.randint(2, 9)
    first = r.randint(1, 4)
    plan = [(names[0], r.randint(80, 250) * 100, FLARE_FACTORS), (names[1], r.randint(5, 30) * 100, FLARE_FACTORS)]
    if r.random() < 0.7:
        plan.append((names[2].format(n=gzu), r.randint(4, 15) * 10, VENT_FACTORS))
    sour = r.random() < 0.6
    doc.p(_t(doc, "e1.p").format(v=num(sum(x[1] for x in plan), doc.lang)))
    comp = [_row(doc, "e1.comp.head")]
    for ru, kk, low, high in GAS_COMPOSITION:
        if ru == "Сероводород" and not sour:
            continue
        comp.append([ru if doc.lang == "ru" else kk, num(_sig(r.uniform(low, high), 3), doc.lang)])
    comp.append([_t(doc, "e1.density"), num(round(r.uniform(0.85, 1.05), 3), doc.lang)])
    doc.table(_t(doc, "e1.comp.caption").format(n=f"{r.randint(10, 480)}/25", d=day), comp, role="other")
    rows = [_row(doc, "e1.h0"), _row(doc, "e1.h1")]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 5)] + [(0, 3, 0, 4), (0, 6, 0, 7)]
    sums, sources = [[], []], []
    for k, (name, volume, factors) in enumerate(plan):
        number = f"{first + k:04d}"
        sources.append({"number": number, "type": "organized"})
        codes = [c for c in factors if sour or c != "0330"]
        start = len(rows)
        for code in codes:
            low, high = factors[code]
            factor = _sig(r.uniform(low, high), 2)
            t_y = _sig(volume * factor, 4)
            g_s = _sig(t_y * 1e6 / (8760 * 3600), 4)
            lead = [number, name, num(volume, doc.lang)] if len(rows) == start else [None, None, None]
            rows.append(lead + [code, _air(doc, code), num(factor, doc.lang), num(g_s, doc.lang), num(t_y, doc.lang)])
            sums[0].append(g_s)
            sums[1].append(t_y)
            doc.add("emissions", emission(code, g_s, t_y, number))
        merges += [(start, c, len(rows) - 1, c) for c in range(3)]
    rows.append(["", _t(doc, "e1.total"), "", "", "", "", _sum(doc, sums[0], 4), _sum(doc, sums[1], 3)])
    _span(rows, merges, _t(doc, "e1.note"))
    doc.table(_t(doc, "e1.caption"), rows, merges, role="emissions")
    doc.add("sources", *sources)
    maybe_distractor(doc)


# (RU, KK name), organised?, codes — the sources of a gas-condensate field's УКПГ; {k} a unit's number
UKPG_SOURCES = (
    (("Печь подогрева газа ПП-1,6 № {k}", "№ {k} ПП-1,6 газ жылыту пеші"), True, ("0301", "0304", "0337")),
    (("Газотурбинная установка ГТЭС, ГТУ № {k}", "ГТЭС газ турбиналық қондырғысы, № {k} ГТҚ"), True, ("0301", "0304", "0337")),
    (("Факельная установка аварийного сжигания газа", "Газды апаттық жағу алау қондырғысы"), True, ("0301", "0304", "0330", "0337", "0410")),
    (("Резервуар стабильного конденсата РВС-2000 № {k}", "№ {k} РВС-2000 тұрақты конденсат резервуары"), True, ("0333", "0410")),
    (("Неплотности запорно-регулирующей арматуры УКПГ", "ГКДҚ бекіту-реттеу арматурасының тығыз емес жерлері"), False, ("0333", "0410")),
    (("Площадка налива конденсата в автоцистерны", "Конденсатты автоцистерналарға құю алаңы"), False, ("0333", "0410")),
)  # fmt: skip
UKPG_CODES = ("0301", "0304", "0330", "0337", "0333", "0410")
# name, codes — a cement plant's sources
CEMENT_SOURCES = (
    ("Ống khói lò nung clinker", ("2902", "0330", "0301", "0337")),
    ("Ống thải thiết bị làm nguội clinker", ("2902",)),
    ("Ống thải máy nghiền than", ("2902", "0337")),
    ("Ống thải máy nghiền xi măng", ("2902",)),
    ("Ống thải hệ thống đóng bao", ("2902",)),
)
CEMENT_CODES = ("2902", "0330", "0301", "0337")

TEXT |= {
    "e2.h": ("Проект нормативов допустимых выбросов загрязняющих веществ в атмосферный воздух. Объект: {name} (УКПГ)",
             "Атмосфералық ауаға ластаушы заттардың жол берілетін шығарындылары нормативтерінің жобасы. Объект: {name} (ГКДҚ)",
             "BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG CỦA “{name}”"),
    "e2.p": ("Нормативы установлены на 2026 год для источников установки комплексной подготовки газа.",
             "Нормативтер газды кешенді дайындау қондырғысының көздері үшін 2026 жылға белгіленді.",
             "Tải lượng các chất ô nhiễm từ các nguồn thải của nhà máy khi vận hành ở công suất thiết kế:"),
    "e2.h0": ("№ ИЗА|Наименование источника выброса|Ед. изм.|Загрязняющие вещества (код, наименование)",
              "ЛШК №|Шығарынды көзінің атауы|Өлш. бірл.|Ластаушы заттар (коды, атауы)",
              "TT|Nguồn thải|Đơn vị|Thông số ô nhiễm"),
    "e2.hazard": ("Класс опасности", "Қауіптілік сыныбы", ""),
    "e2.units": ("г/с|т/год", "г/с|т/жыл", "g/s|tấn/năm"),
    "e2.total": ("Всего по объекту", "Объект бойынша барлығы", "Tổng cộng"),
    "e2.caption": ("Таблица 4.2 – Нормативы выбросов загрязняющих веществ по источникам на 2026 год",
                   "4.2-кесте – 2026 жылға арналған көздер бойынша ластаушы заттар шығарындыларының нормативтері",
                   "Bảng 2.4. Tải lượng bụi, khí thải theo nguồn thải trong giai đoạn vận hành"),
}  # fmt: skip


def emissions_s2(doc: Doc) -> None:
    """A matrix whose columns are the substances, the code above the name in the second header row and a hazard-class
    row under it (a dash for methane), and whose rows come in pairs per source: `г/с` above `т/год` in a unit column,
    the source's number and name merged over its pair, a dash where a source does not emit a substance; a pair of
    total rows (VI: a cement plant's named sources, `g/s` above `tấn/năm`, no hazard row, the operation period in the
    caption)."""
    vi = doc.lang == "vi"
    r = doc.rng
    f = _site(doc, ("cement",) if vi else ("gas", "oil"))
    doc.h(_t(doc, "e2.h").format(name=f["name"]))
    doc.p(_t(doc, "e2.p"))
    g_unit, t_unit = _list(doc, "e2.units")
    if vi:
        chosen = [CEMENT_SOURCES[0], *r.sample(CEMENT_SOURCES[1:], 3)]
        columns = CEMENT_CODES
        sources = [(None, name, codes) for name, codes in chosen]
    else:
        picked = sorted(r.sample(range(len(UKPG_SOURCES)), 4), key=lambda i: not UKPG_SOURCES[i][1])
        org, unorg, sources = r.randint(1, 5), r.randint(1, 3), []
        for i in picked:
            (ru, kk), organized, codes = UKPG_SOURCES[i]
            number = f"{org:04d}" if organized else f"{6000 + unorg:04d}"
            org, unorg = (org + 1, unorg) if organized else (org, unorg + 1)
            sources.append((number, (ru if doc.lang == "ru" else kk).format(k=r.randint(1, 3)), codes))
        columns = tuple(c for c in UKPG_CODES if any(c in codes for _, _, codes in sources))  # the substances emitted
    width = 3 + len(columns)
    rows = [_row(doc, "e2.h0") + [None] * (len(columns) - 1)]
    if vi:
        rows.append([None, None, None, *(vocab.air(c, "vi", 0 if c == "2902" else 1) for c in columns)])
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, width - 1)]
    else:
        rows.append([None, None, None, *(f"{c}\n{_air(doc, c)}" for c in columns)])
        rows.append([_t(doc, "e2.hazard"), None, None, *(str(vocab.hazard(c) or "–") for c in columns)])
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, width - 1), (2, 0, 2, 2)]
    sums: dict[str, list[list[float]]] = {c: [[], []] for c in columns}
    for k, (number, name, codes) in enumerate(sources, 1):
        small = not vi and number >= "6000"
        hours = 8760 if small else r.choice((8760, 8760, 7200, 4380))
        got = {}
        for x in codes:
            if x == "0304" and "0301" in got:  # nitrogen oxide as 0,13 of the dioxide
                g = _sig(got["0301"][0] * 0.13, 4)
            else:
                g = rate(r, 0.0005, 0.4) if small or x in ("0333", "0410") else rate(r, 0.02, 3.5)
            got[x] = (g, _sig(g * hours * 3600 / 1e6, 4))
        for c, (g, t) in got.items():
            sums[c][0].append(g)
            sums[c][1].append(t)
            hazard = None if vi else vocab.hazard(c)
            doc.add("emissions", emission(c, g, t, number, hazard, "operation" if vi else None))
        dash = "-" if vi else "–"
        head = str(k) if vi else number
        rows.append([head, name, g_unit, *(num(got[c][0], doc.lang) if c in got else dash for c in columns)])
        rows.append([None, None, t_unit, *(num(got[c][1], doc.lang) if c in got else dash for c in columns)])
        merges += [(len(rows) - 2, 0, len(rows) - 1, 0), (len(rows) - 2, 1, len(rows) - 1, 1)]
    rows.append([_t(doc, "e2.total"), None, g_unit, *(_sum(doc, sums[c][0]) for c in columns)])
    rows.append([None, None, t_unit, *(_sum(doc, sums[c][1], 3) for c in columns)])
    merges.append((len(rows) - 2, 0, len(rows) - 1, 1))
    doc.table(_t(doc, "e2.caption"), rows, merges, role="emissions")
    if not vi:
        doc.add("sources", *({"number": n, "type": "organized" if n < "6000" else "unorganized"} for n, _, _ in sources))
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

# code, RU, KK, density range t/m3 — wastes of drilling; the rest come from vocab.LOW
DRILLING = (("01 05 05*", "Буровой шлам", "Бұрғылау шламы", (1.8, 2.1)),
            ("01 05 06*", "Отработанный буровой раствор", "Пайдаланылған бұрғылау ерітіндісі", (1.12, 1.3)),
            ("16 10 01*", "Буровые сточные воды", "Бұрғылау ағынды сулары", (1.0, 1.03)))  # fmt: skip
DRILL_VOLUME = {"01 05 05*": (900, 3200), "01 05 06*": (600, 1800), "16 10 01*": (1200, 3500)}
DRILL_SIDE = ("13 02 05*", "15 02 02*", "15 01 10*", "12 01 13", "17 04 05", "20 03 01")

TEXT |= {
    "w1.h": ("Отчет о возможных воздействиях. Строительство эксплуатационных скважин на объекте: {name}",
             "Ықтимал әсерлер туралы есеп. Объектіде пайдалану ұңғымаларын салу: {name}",
             "BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG CỦA “{name}”"),
    "w1.p": ("Проектом предусмотрено строительство {n} эксплуатационных скважин проектной глубиной {d} м; бурение ведется "
             "с применением безамбарной технологии.",
             "Жобада жобалық тереңдігі {d} м {n} пайдалану ұңғымасын салу көзделген; бұрғылау амбарсыз технологиямен жүргізіледі.",
             "Khối lượng tro, xỉ và chất thải rắn phát sinh khi nhà máy vận hành ở công suất thiết kế được thống kê như sau:"),
    "w1.head": ("№ п/п|Наименование отхода|Код отхода|Объем, м3|Плотность, т/м3|Масса, т|Способ обращения",
                "Р/с №|Қалдықтың атауы|Қалдық коды|Көлемі, м3|Тығыздығы, т/м3|Массасы, т|Жұмыс істеу тәсілі",
                "TT|Tên chất thải|Mã chất thải|Phân loại|Thể tích (m3/năm)|Khối lượng riêng (tấn/m3)|Khối lượng (tấn/năm)"),
    "w1.ways.drill": ("передача на установку термодесорбции специализированной организации|вывоз на полигон промышленных "
                      "отходов по договору|вывоз специализированной организацией на обезвреживание",
                      "мамандандырылған ұйымның термодесорбция қондырғысына беру|шарт бойынша өнеркәсіптік қалдықтар полигонына "
                      "шығару|мамандандырылған ұйымның залалсыздандыруға шығаруы", ""),
    "w1.ways.other": ("передача специализированной организации|вывоз на полигон ТБО",
                      "мамандандырылған ұйымға беру|ҚТҚ полигонына шығару", ""),
    "w1.total": ("Итого", "Жиыны", "Tổng cộng"),
    "w1.note": ("Примечание: объемы бурового шлама и отработанного бурового раствора определены по проектной конструкции "
                "скважин; для остальных отходов указана масса по нормативам образования.",
                "Ескертпе: бұрғылау шламы мен пайдаланылған бұрғылау ерітіндісінің көлемдері ұңғымалардың жобалық "
                "конструкциясы бойынша анықталды; қалған қалдықтар үшін түзілу нормативтері бойынша масса көрсетілген.",
                "Ghi chú: “-” – không xác định theo thể tích; khối lượng chất thải nguy hại theo số liệu thực tế năm 2025."),
    "w1.caption": ("Таблица 6.1 – Объемы образования отходов при строительстве скважин",
                   "6.1-кесте – Ұңғымаларды салу кезінде түзілетін қалдықтардың көлемдері",
                   "Bảng 3.5. Khối lượng chất thải rắn công nghiệp phát sinh"),
    "w1.classes": ("", "", "CTR công nghiệp thông thường|CTNH"),
}  # fmt: skip
VI_ASH = (("Tro bay", (0.7, 0.85), (300, 600)), ("Xỉ đáy lò", (1.0, 1.2), (60, 150)),
          ("Thạch cao từ hệ thống khử lưu huỳnh (FGD)", (1.0, 1.1), (40, 120)))  # fmt: skip


def wastes_s1(doc: Doc) -> None:
    """Drilling wastes in an ОВОС: volume in m3, density and mass in tonnes side by side, dashes in volume and density
    for wastes given by mass only, the mass is the amount; a total row of mass and a note row (VI: a coal-fired
    plant's fly ash, bottom slag and FGD gypsum by volume and density, then hazardous wastes by mass, a classification
    column)."""
    vi = doc.lang == "vi"
    r = doc.rng
    f = _site(doc, ("power",) if vi else ("oil", "gas"))
    doc.h(_t(doc, "w1.h").format(name=f["name"]))
    doc.p(_t(doc, "w1.p").format(n=r.randint(4, 16), d=num(r.randint(18, 42) * 100, doc.lang)))
    rows, merges, masses = [_row(doc, "w1.head")], [], []
    if vi:
        plain, hazardous = _list(doc, "w1.classes")
        for name, (low, high), (vlow, vhigh) in VI_ASH:
            volume = r.randint(vlow, vhigh) * 1000
            density = round(r.uniform(low, high), 2)
            mass = round(volume * density)
            rows.append([str(len(rows)), name, "-", plain, num(volume, "vi"), num(density, "vi"), num(mass, "vi")])
            masses.append(mass)
            doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": float(mass), "name_contains": name})
        for code, name, _ in r.sample(vocab.VN_CTNH, 3):
            mass = _sig(r.uniform(0.3, 9), 3)
            rows.append([str(len(rows)), name, code, hazardous, "-", "-", num(mass, "vi")])
            masses.append(mass)
            doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": mass, "name_contains": name})
        rows.append(["", _t(doc, "w1.total"), "", "", "", "", num(round(sum(masses), 3), "vi")])
        _span(rows, merges, _t(doc, "w1.note"))
        doc.table(_t(doc, "w1.caption"), rows, merges, role="wastes")
        maybe_distractor(doc)
        return
    side = {w[0]: w for w in vocab.LOW}
    extra = r.sample(DRILL_SIDE, 4)
    entries = [*DRILLING, *sorted((side[c] for c in extra), key=lambda w: not w[0].endswith("*"))]
    drill_ways, other_ways = _list(doc, "w1.ways.drill"), _list(doc, "w1.ways.other")
    for entry in entries:
        code, name = entry[0], entry[1 if doc.lang == "ru" else 2]
        if code in DRILL_VOLUME:
            volume = r.randint(*DRILL_VOLUME[code])
            density = round(r.uniform(*entry[3]), 2)
            mass = round(volume * density, 1)
            cells = [num(volume, doc.lang), num(density, doc.lang)]
            way = drill_ways[2] if code == "16 10 01*" else doc.pick(drill_ways[:2])
        elif code == "20 03 01":
            volume = r.randint(20, 90)
            density = 0.25
            mass = round(volume * density, 1)
            cells = [num(volume, doc.lang), num(density, doc.lang)]
            way = other_ways[1]
        else:
            mass = _sig(r.uniform(0.05, 6), 3)
            cells = ["–", "–"]
            way = other_ways[0]
        rows.append([str(len(rows)), name, code, *cells, num(mass, doc.lang), way])
        masses.append(mass)
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": mass,
                           "name_contains": name})
    rows.append(["", _t(doc, "w1.total"), "", "", "", num(round(sum(masses), 3), doc.lang), ""])
    _span(rows, merges, _t(doc, "w1.note"))
    doc.table(_t(doc, "w1.caption"), rows, merges, role="wastes")
    maybe_distractor(doc)


# code, RU, KK, unit kind ("kt" thousand tonnes), range — mining wastes; the rest come from vocab.LOW in tonnes
MINING = (("01 01 01", "Вскрышные породы", "Аршылған жыныстар", (8000, 25000)),
          ("01 03 06", "Хвосты обогащения", "Байыту қалдықтары", (1500, 6000)))  # fmt: skip
MINE_SIDE = ("13 02 05*", "16 06 01*", "15 02 02*", "16 01 03", "17 04 05", "20 03 01", "16 01 07*")
RECEIVERS = (("ТОО «Эко Сервис Караганда»", "«Эко Сервис Қарағанды» ЖШС"), ("ТОО «Казвторресурс»", "«Қазвторресурс» ЖШС"))

TEXT |= {
    "w2.h": ("Отчет о выполнении программы управления отходами за 2025 год. Объект: {name}",
             "2025 жылғы қалдықтарды басқару бағдарламасының орындалуы туралы есеп. Объект: {name}",
             "BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 CỦA {name}"),
    "w2.p": ("Сведения об образовании отходов и местах их размещения за отчетный год приведены в таблице 2.",
             "Есепті жылдағы қалдықтардың түзілуі және оларды орналастыру орындары туралы мәліметтер 2-кестеде келтірілген.",
             "2. Kết quả thực hiện công tác quản lý chất thải rắn công nghiệp và chất thải nguy hại"),
    "w2.head": ("Код отхода|Наименование отхода|Ед. изм.|Образовано за 2025 год|Место размещения (получатель)",
                "Қалдық коды|Қалдықтың атауы|Өлш. бірл.|2025 жылы түзілді|Орналастыру орны (алушы)",
                "TT|Tên chất thải|Mã chất thải|Đơn vị tính|Khối lượng phát sinh năm 2025|Đơn vị tiếp nhận, xử lý"),
    "w2.units": ("тыс. т|т", "мың т|т", "nghìn tấn|tấn|kg"),
    "w2.places": ("внешний отвал вскрышных пород № 2|хвостохранилище, секция 2|полигон ТБО предприятия",
                  "№ 2 сыртқы аршылған жыныстар үйіндісі|қалдық қоймасы, 2-секция|кәсіпорынның ҚТҚ полигоны", ""),
    "w2.receiver": ("{org} (БИН {bin}), договор № {n}/25", "{org} (БСН {bin}), № {n}/25 шарт", ""),
    "w2.caption": ("Таблица 2 – Образование и размещение отходов", "2-кесте – Қалдықтардың түзілуі және орналастырылуы",
                   "Bảng 2.1. Khối lượng chất thải rắn phát sinh trong năm 2025"),
    "w2.vi_receivers": ("", "", "Công ty TNHH Môi trường Xanh Miền Trung (Giấy phép môi trường số 215/GPMT-BTNMT)|"
                        "Bán cho Công ty Cổ phần Vật liệu xây dựng Sơn Tịnh làm phụ gia|Tái sử dụng tại nhà máy"),
}  # fmt: skip
# name, unit index (0 thousand tonnes, 1 tonnes), range — a steel mill's ordinary wastes
VI_STEEL = (("Xỉ lò điện hồ quang", 0, (80, 250)), ("Vảy cán thép", 1, (2000, 9000)),
            ("Gạch chịu lửa thải", 1, (100, 600)), ("Bùn thải từ hệ thống xử lý nước tuần hoàn", 1, (200, 900)))  # fmt: skip


def wastes_s2(doc: Doc) -> None:
    """A mine's report on its waste-management programme: the code first, a unit column (`тыс. т` for waste rock and
    tailings, `т` for the others), the amount formed in the year, and where the waste is placed or who receives it,
    a receiver's BIN and contract written in that cell (VI: a steel mill's annual report, `nghìn tấn`, `tấn` or `kg`
    per row, codes only for the hazardous wastes)."""
    vi = doc.lang == "vi"
    r = doc.rng
    f = _site(doc, ("steel",) if vi else ("mine",))
    doc.h(_t(doc, "w2.h").format(name=f["operator"] if vi else f["name"]))
    doc.p(_t(doc, "w2.p"))
    units = _list(doc, "w2.units")
    rows = [_row(doc, "w2.head")]
    if vi:
        receivers = _list(doc, "w2.vi_receivers")
        for name, unit, (low, high) in r.sample(VI_STEEL, 3):
            amount = round(r.uniform(low, high), 1) if unit == 0 else r.randint(low, high)
            t = round(amount * 1000, 3) if unit == 0 else float(amount)
            rows.append([str(len(rows)), name, "-", units[unit], num(amount, "vi"), doc.pick(receivers[1:])])
            doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": name})
        for code, name, _ in r.sample(vocab.VN_CTNH, 3):
            kg = r.randint(3, 400) * 10
            rows.append([str(len(rows)), name, code, units[2], num(kg, "vi"), receivers[0]])
            doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000,
                               "name_contains": name})
        doc.table(_t(doc, "w2.caption"), rows, role="wastes")
        maybe_distractor(doc)
        return
    places = _list(doc, "w2.places")
    org = RECEIVERS[r.randrange(2)][0 if doc.lang == "ru" else 1]
    receiver = _t(doc, "w2.receiver").format(org=org, bin=make_bin(r), n=r.randint(3, 60))
    for k, (code, ru, kk, (low, high)) in enumerate(MINING):
        amount = round(r.uniform(low, high), 1)
        name = ru if doc.lang == "ru" else kk
        rows.append([code, name, units[0], num(amount, doc.lang), places[k]])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": False, "amount_t": round(amount * 1000, 3),
                           "name_contains": name})
    side = {w[0]: w for w in vocab.LOW}
    for code in sorted(r.sample(MINE_SIDE, 4), key=lambda c: not c.endswith("*")):
        _, ru, kk = side[code]
        name = ru if doc.lang == "ru" else kk
        hazardous = code.endswith("*")
        t = _sig(r.uniform(0.2, 9), 3) if hazardous else _sig(r.uniform(5, 400), 3)
        rows.append([code, name, units[1], num(t, doc.lang), places[2] if code == "20 03 01" else receiver])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": hazardous, "amount_t": t, "name_contains": name})
    doc.table(_t(doc, "w2.caption"), rows, role="wastes")
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

PDK = {**AIR_PDK, "0415": (200, 50)}
# code: (1 hour, 24 hours), µg/m3 — QCVN 05:2023/BTNMT; None: no value for that time
QCVN05 = {"2902": (300, 200), "0330": (350, 125), "0301": (200, 100), "0337": (30000, None)}

TEXT |= {
    "l1.h": ("Отчет по программе производственного экологического контроля за 2025 год. Объект: {name}",
             "2025 жылғы өндірістік экологиялық бақылау бағдарламасы бойынша есеп. Объект: {name}",
             "BÁO CÁO KẾT QUẢ QUAN TRẮC MÔI TRƯỜNG ĐỢT 3 NĂM 2025 – {name}"),
    "l1.p": ("Мониторинг атмосферного воздуха выполнен аккредитованной лабораторией в III квартале 2025 года на границе "
             "санитарно-защитной зоны и в вахтовом поселке; среднесуточные концентрации определены по 4 отборам в сутки.",
             "Атмосфералық ауа мониторингін 2025 жылғы III тоқсанда аккредиттелген зертхана санитариялық-қорғау аймағының "
             "шекарасында және вахталық кентте жүргізді; орташа тәуліктік концентрациялар тәулігіне 4 сынама бойынша анықталды.",
             "Kết quả quan trắc chất lượng không khí xung quanh tại các vị trí giám sát được so sánh với QCVN 05:2023/BTNMT."),
    "l1.h0": ("№|Загрязняющее вещество|Максимальная разовая концентрация, мг/м3|^|Среднесуточная концентрация, мг/м3|^",
              "№|Ластаушы зат|Максималды бір реттік концентрация, мг/м3|^|Орташа тәуліктік концентрация, мг/м3|^",
              "TT|Thông số|Đơn vị|Trung bình 1 giờ|^|Trung bình 24 giờ|^"),
    "l1.h1": ("^|^|ПДК м.р.|фактическая|ПДК с.с.|фактическая", "^|^|ШЖК м.б.|нақты|ШЖК о.т.|нақты",
              "^|^|^|Kết quả|QCVN 05:2023/BTNMT|Kết quả|QCVN 05:2023/BTNMT"),
    "l1.points": ("Т-1 (граница СЗЗ, север)|Т-2 (граница СЗЗ, юго-восток)|Т-3 (вахтовый поселок)",
                  "Т-1 (СҚА шекарасы, солтүстік)|Т-2 (СҚА шекарасы, оңтүстік-шығыс)|Т-3 (вахталық кент)",
                  "KK1 – Cổng chính nhà máy|KK2 – Khu dân cư phía Tây Nam, cách hàng rào 500 m|KK3 – Khu vực bãi thải xỉ"),
    "l1.caption": ("Таблица 4.1 – Результаты мониторинга атмосферного воздуха за III квартал 2025 года",
                   "4.1-кесте – 2025 жылғы III тоқсандағы атмосфералық ауа мониторингінің нәтижелері",
                   "Bảng 3. Kết quả quan trắc chất lượng không khí xung quanh"),
    "l1.note": ("", "", "Ghi chú: “-”: không quy định."),
}  # fmt: skip


def limits_s1(doc: Doc) -> None:
    """Measured against both ПДК: under a group row naming the point, each substance with the ПДК м.р. and the
    measured one-time maximum, then the ПДК с.с. and the measured daily mean, in two pairs of sub-columns under merged
    headers carrying the unit; dashes where there is no ПДК с.с. (VI: QCVN 05:2023 1-hour and 24-hour values, the
    result before the standard in each pair, µg/m3 in a unit column)."""
    vi = doc.lang == "vi"
    r = doc.rng
    f = _site(doc, ("power", "cement", "steel") if vi else ("oil", "gas"))
    doc.h(_t(doc, "l1.h").format(name=f["name"]))
    doc.p(_t(doc, "l1.p"))
    rows = [_row(doc, "l1.h0"), _row(doc, "l1.h1")]
    if vi:
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 0, 6)]
    else:
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 0, 5)]
    points = _list(doc, "l1.points")[: r.randint(2, 3)]
    if vi:
        codes, table, unit = list(QCVN05), QCVN05, "µg/m3"
        labels = ("Trung bình 1 giờ", "Trung bình 24 giờ")
    else:
        pool = ["0301", "0330", "0337", "0333", "0415", "0602"]
        codes, table, unit = sorted(r.sample(pool, 4), key=pool.index), PDK, "mg/m3"
        labels = doc.v(("м.р.", "с.с."), ("м.б.", "о.т."), ())
    n = 0
    dash = "-" if vi else "–"
    for text in points:
        point = text.split(" ")[0]
        _span(rows, merges, text)
        for code in codes:
            n += 1
            pair = table[code]
            top = _sig(pair[0] * r.uniform(0.05, 0.8), 2)
            day = _sig(min(pair[1] * r.uniform(0.05, 0.8), top * r.uniform(0.3, 0.8)), 2) if pair[1] is not None else None
            found = [top, day]
            cells = []
            for lim, value in zip(pair, found, strict=True):
                said = [num(value, doc.lang) if value is not None else dash, cell(doc, lim, dash)]
                cells += said if vi else said[::-1]
            name = vocab.air(code, "vi", 0 if code == "2902" else 1) if vi else _air(doc, code)
            rows.append([str(n), name, *([unit] if vi else []), *cells])
            for lim, value, label in zip(pair, found, labels, strict=True):
                add(doc, limit(("code", code), "air", lim, unit, label, point, value))
    doc.table(_t(doc, "l1.caption"), rows, merges, role="limits")
    if vi:
        doc.p(_t(doc, "l1.note"))
    maybe_distractor(doc)


# symbol: mg/l — a КЭР's allowed concentrations at a mine's outlets; a tuple is a range
MINE_WATER = {"pH": (6.5, 8.5), "TSS": 25, "SO4": 500, "Cl-": 350, "Fe": 0.3, "Cu": 0.05, "Zn": 0.1, "TPH": 0.3, "NO3-": 40}
CAMP_WATER = {"pH": (6.5, 8.5), "BOD5": 15, "COD": 30, "TSS": 20, "NH4+": 2, "NO3-": 45, "Surfactants": 0.5, "TPH": 0.3}
# code: mg/Nm3 — the column B values of QCVN 23:2009/BTNMT (cement) a GPMT multiplies by Kp and Kv
QCVN23B = {"2902": 200, "0330": 500, "0301": 1000, "0337": 500}

TEXT |= {
    "l2.h": ("Комплексное экологическое разрешение. Объект: {name}", "Кешенді экологиялық рұқсат. Объект: {name}",
             "GIẤY PHÉP MÔI TRƯỜNG"),
    "l2.p": ("Оператор: {operator}. Раздел 3. Нормативы допустимых сбросов загрязняющих веществ.",
             "Оператор: {operator}. 3-бөлім. Ластаушы заттардың жол берілетін төгінділерінің нормативтері.",
             "Cấp cho {operator} được thực hiện các hoạt động bảo vệ môi trường của {name}."),
    "l2.p2": ("Расход сточных вод: выпуск № 1 – {q1} м3/год, выпуск № 2 – {q2} м3/год.",
              "Ағынды сулар шығыны: № 1 шығарылым – {q1} м3/жыл, № 2 шығарылым – {q2} м3/жыл.",
              "Phụ lục II. NỘI DUNG CẤP PHÉP XẢ KHÍ THẢI. Chất lượng khí thải trước khi xả vào môi trường phải bảo đảm "
              "đáp ứng QCVN 23:2009/BTNMT, cột B với Kv = 1,0; Kp = 0,9 đối với dòng khí thải số 01 và Kp = 1,0 đối với "
              "các dòng khí thải còn lại, cụ thể như sau:"),
    "l2.head": ("Номер выпуска|Приемник сточных вод|Наименование показателя|Допустимая концентрация, мг/дм3|"
                "Допустимый сброс, т/год",
                "Шығарылым нөмірі|Ағынды суларды қабылдағыш|Көрсеткіштің атауы|Рұқсат етілген концентрациясы, мг/дм3|"
                "Рұқсат етілген төгінді, т/жыл",
                "TT|Chất ô nhiễm|Đơn vị tính|Giá trị giới hạn cho phép|Tần suất quan trắc định kỳ|Quan trắc tự động, liên tục"),
    "l2.outlets": ("Выпуск № 1|Выпуск № 2", "№ 1 шығарылым|№ 2 шығарылым", ""),
    "l2.receivers": ("пруд-накопитель карьерных вод|поля испарения (хозяйственно-бытовые сточные воды вахтового поселка)",
                     "карьер суларының жинақтағыш тоғаны|булану алқаптары (вахталық кенттің шаруашылық-тұрмыстық ағынды сулары)", ""),
    "l2.most": ("не более {x}", "ең көбі {x}", ""),
    "l2.range": ("от {a} до {b}", "{a}–{b}", ""),
    "l2.caption": ("Таблица 3.1 – Нормативы допустимых сбросов по выпускам", "3.1-кесте – Шығарылымдар бойынша жол берілетін төгінділер нормативтері",
                   "Bảng 2. Giá trị giới hạn cho phép của các chất ô nhiễm theo dòng khí thải"),
    "l2.streams": ("", "", "KT1 – Dòng khí thải số 01: ống khói lò nung clinker|KT2 – Dòng khí thải số 02: ống thải máy nghiền xi măng|"
                   "KT3 – Dòng khí thải số 03: ống thải máy nghiền than"),
    "l2.after": ("Нормативы действуют с 1 января 2026 года по 31 декабря 2035 года.",
                 "Нормативтер 2026 жылғы 1 қаңтардан бастап 2035 жылғы 31 желтоқсанға дейін қолданылады.",
                 "Thiết bị quan trắc khí thải tự động, liên tục phải kết nối, truyền số liệu trực tiếp về Sở Nông nghiệp và "
                 "Môi trường tỉnh."),
}  # fmt: skip


def limits_s2(doc: Doc) -> None:
    """A КЭР's discharge norms for a mine's two outlets: the outlet and its receiver merged down the first two columns
    over their parameters, allowed concentrations written in words (`не более 20`, `от 6,5 до 8,5`), the allowed
    discharge in t/year beside them (VI: a GPMT's gas limits under group rows naming each stream, the periodic
    monitoring frequency and the automatic, continuous monitoring as the last two columns; flow and temperature rows
    without a limit)."""
    vi = doc.lang == "vi"
    r = doc.rng
    f = _site(doc, ("cement",) if vi else ("mine",))
    doc.h(_t(doc, "l2.h").format(name=f["name"]))
    doc.p(_t(doc, "l2.p").format(operator=f["operator"], name=f["name"]))
    if vi:
        doc.p(_t(doc, "l2.p2"))
        rows, merges = [_row(doc, "l2.head")], []
        for k, text in enumerate(_list(doc, "l2.streams")[: r.randint(2, 3)]):
            point = text.split(" ")[0]
            _span(rows, merges, text)
            kp = 0.9 if k == 0 else 1.0
            if k == 0:
                rows.append(["1", "Lưu lượng", "m3/giờ", "-", "-", "Liên tục"])
                rows.append(["2", "Nhiệt độ", "°C", "-", "-", "Liên tục"])
                codes = list(QCVN23B)
            else:
                codes = ["2902"]
                word = doc.pick(("quarterly", "semiannual"))
            n = 2 if k == 0 else 0
            for code in codes:
                value = round(QCVN23B[code] * kp, 6)
                n += 1
                auto = k == 0
                rows.append([str(n), vocab.air(code, "vi", 0 if code == "2902" else 1), "mg/Nm3", num(value, "vi"),
                             "-" if auto else freq(doc, word), "Liên tục" if auto else "-"])
                add(doc, limit(("code", code), "flue_gas", value, "mg/Nm3", None, point))
                doc.add("monitoring", _mon({"point_contains": point}, ("code", code), "continuous" if auto else word))
        doc.table(_t(doc, "l2.caption"), rows, merges, role="limits")
        doc.p(_t(doc, "l2.after"))
        return
    flows = (r.randint(40, 120) * 10000, r.randint(15, 45) * 1000)
    doc.p(_t(doc, "l2.p2").format(q1=num(flows[0], doc.lang), q2=num(flows[1], doc.lang)))
    rows, merges = [_row(doc, "l2.head")], []
    for outlet, receiver, norms, flow in zip(_list(doc, "l2.outlets"), _list(doc, "l2.receivers"), (MINE_WATER, CAMP_WATER),
                                             flows, strict=True):
        keys = ["pH", *sorted(r.sample([k for k in norms if k != "pH"], 5), key=list(norms).index)]
        start = len(rows)
        for s in keys:
            value = norms[s]
            if isinstance(value, tuple):
                said = _t(doc, "l2.range").format(a=num(value[0], doc.lang), b=num(value[1], doc.lang))
                mass = "–"
            else:
                said = _t(doc, "l2.most").format(x=num(value, doc.lang))
                mass = num(_sig(value * flow / 1e6, 3), doc.lang)
            first = len(rows) == start
            rows.append([outlet if first else None, receiver if first else None, vocab.water(s, doc.lang), said, mass])
            add(doc, limit(("symbol", s), "waste_water", value, "mg/l", None, outlet))
        merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    doc.table(_t(doc, "l2.caption"), rows, merges, role="limits")
    doc.p(_t(doc, "l2.after"))
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring

TEXT |= {
    "m1.h": ("Программа производственного экологического контроля. Объект: {name}",
             "Өндірістік экологиялық бақылау бағдарламасы. Объект: {name}",
             "GIẤY PHÉP MÔI TRƯỜNG – {name}"),
    "m1.p": ("Производственный мониторинг включает операционный мониторинг, мониторинг эмиссий и мониторинг воздействия "
             "(статья 186 Экологического кодекса Республики Казахстан).",
             "Өндірістік мониторинг операциялық мониторингті, эмиссиялар мониторингін және әсер мониторингін қамтиды "
             "(Қазақстан Республикасы Экологиялық кодексінің 186-бабы).",
             "Phụ lục IV. CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG CỦA CƠ SỞ"),
    "m1.head": ("№|Объект контроля|№ источника / точки|Контролируемые параметры|Периодичность|Метод контроля",
                "№|Бақылау объектісі|Көз / нүкте №|Бақыланатын параметрлер|Кезеңділігі|Бақылау әдісі",
                "TT|Hạng mục|Ký hiệu|Thông số giám sát|Tần suất|Phương pháp, quy chuẩn so sánh"),
    "m1.groups": ("1. Операционный мониторинг|2. Мониторинг эмиссий|3. Мониторинг воздействия",
                  "1. Операциялық мониторинг|2. Эмиссиялар мониторингі|3. Әсер мониторингі",
                  "I. Quan trắc khí thải|II. Quan trắc nước thải|III. Giám sát chất thải rắn"),
    "m1.ops": ("Факельная установка|объем сжигаемого газа, давление, температура|непрерывно|приборный учет (расходомер);"
               "Печи подогрева нефти|расход топливного газа, температура дымовых газов|непрерывно|приборный учет",
               "Алау қондырғысы|жағылатын газ көлемі, қысым, температура|үздіксіз|аспаптық есепке алу (шығын өлшегіш);"
               "Мұнай жылыту пештері|отын газының шығыны, түтін газдарының температурасы|үздіксіз|аспаптық есепке алу",
               "Tro bay, xỉ đáy lò, thạch cao FGD|Khối lượng phát sinh, khối lượng tiêu thụ, khối lượng lưu chứa tại bãi thải|"
               "Thường xuyên|Sổ theo dõi, biên bản bàn giao;Chất thải nguy hại|Khối lượng phát sinh, chuyển giao|"
               "Thường xuyên|Chứng từ chất thải nguy hại"),
    "m1.src.names": ("Факельная установка|Печи подогрева нефти ПП-1,6|Резервуарный парк УПН (дыхательные клапаны)",
                     "Алау қондырғысы|ПП-1,6 мұнай жылыту пештері|МДҚ резервуарлар паркі (тыныс алу клапандары)", ""),
    "m1.methods": ("расчетный|инструментальный|инструментальный (аккредитованная лаборатория)",
                   "есептік|аспаптық|аспаптық (аккредиттелген зертхана)", ""),
    "m1.impact": ("Атмосферный воздух на границе СЗЗ|Почва на территории промысла",
                  "СҚА шекарасындағы атмосфералық ауа|Кәсіпшілік аумағындағы топырақ", ""),
    "m1.vi_points": ("", "", "Ống khói tổ máy S1|Ống khói tổ máy S2|Nước thải sau hệ thống xử lý tập trung|"
                     "Nước thải nhiễm dầu sau bể tách dầu"),
    "m1.vi_methods": ("", "", "Quan trắc tự động, liên tục; QCVN 22:2009/BTNMT|QCVN 40:2011/BTNMT, cột B"),
    "m1.caption": ("Таблица 5.1 – План-график производственного мониторинга",
                   "5.1-кесте – Өндірістік мониторингтің жоспар-кестесі",
                   "Bảng 1. Chương trình quan trắc môi trường định kỳ và tự động"),
}  # fmt: skip
M1_SOURCES = (("0301", "0304", "0337", "0410"), ("0301", "0304", "0337"), ("0333", "0415"))


def monitoring_s1(doc: Doc) -> None:
    """A ПЭК programme under the three group rows of the Code — operational, emission and impact monitoring — spanning
    the table: operational rows name process parameters only, emission rows list source numbers (several in one cell)
    and their substances in one cell, impact rows list the points in one cell; a method column last (VI: a GPMT's
    programme under waste-gas, waste-water and solid-waste group rows, the last with quantities only)."""
    vi = doc.lang == "vi"
    r = doc.rng
    f = _site(doc, ("power",) if vi else ("oil",))
    doc.h(_t(doc, "m1.h").format(name=f["name"]))
    doc.p(_t(doc, "m1.p"))
    rows, merges, n = [_row(doc, "m1.head")], [], 0
    groups = _list(doc, "m1.groups")
    ops = [x.split("|") for x in _t(doc, "m1.ops").split(";")]
    if vi:
        points = _list(doc, "m1.vi_points")
        methods = _list(doc, "m1.vi_methods")
        _span(rows, merges, groups[0])
        for k in (1, 2):
            n += 1
            codes = ["2902", "0330", "0301", "0337"]
            names = "Lưu lượng, nhiệt độ, O2 dư, " + ", ".join(vocab.air(c, "vi", 0 if c == "2902" else 1) for c in codes)
            rows.append([str(n), points[k - 1], f"KT{k}", names, freq(doc, "continuous"), methods[0]])
            doc.add("monitoring", *(_mon({"point": f"KT{k}"}, ("code", c), "continuous") for c in codes))
        _span(rows, merges, groups[1])
        pools = (["pH", "TSS", "COD", "BOD5", "NH4+", "Fe"], ["pH", "TSS", "TPH", "COD"])
        for k, pool in enumerate(pools, 1):
            n += 1
            word = doc.pick(("monthly", "quarterly"))
            picked = sorted(r.sample(pool, 4), key=pool.index)
            rows.append([str(n), points[1 + k], f"NT{k}", ", ".join(vocab.water(s, "vi") for s in picked), freq(doc, word),
                         methods[1]])
            doc.add("monitoring", *(_mon({"point": f"NT{k}"}, ("symbol", s), word) for s in picked))
        _span(rows, merges, groups[2])
        for what, params, when, how in ops:
            n += 1
            rows.append([str(n), what, "-", params, when, how])
        doc.table(_t(doc, "m1.caption"), rows, merges, role="monitoring")
        return
    _span(rows, merges, groups[0])
    first = r.randint(1, 3)
    numbers = [f"{first:04d}", f"{first + 1:04d}, {first + 2:04d}", f"{first + 3:04d}"]
    for k, (what, params, when, how) in enumerate(ops):
        n += 1
        rows.append([str(n), what, numbers[k], params, when, how])
    _span(rows, merges, groups[1])
    names, methods = _list(doc, "m1.src.names"), _list(doc, "m1.methods")
    sources = []
    for k, (name, codes) in enumerate(zip(names, M1_SOURCES, strict=True)):
        n += 1
        word = doc.pick(("quarterly", "semiannual")) if k == 1 else "quarterly" if k == 0 else "yearly"
        listed = ", ".join(_air(doc, c, 1 if c in ("0301", "0337") else 0) for c in codes)
        rows.append([str(n), name, numbers[k], listed, freq(doc, word), methods[1 if k == 1 else 0]])
        for number in numbers[k].split(", "):
            sources.append({"number": number, "type": "organized"})
            doc.add("monitoring", *(_mon({"source_number": number}, ("code", c), word) for c in codes))
            doc.add("emissions", *(emission(c, None, None, number) for c in codes))
    _span(rows, merges, groups[2])
    air_points = ["Т-1", "Т-2", "Т-3", "Т-4"][: r.randint(3, 4)]
    soil_points = ["П-1", "П-2"]
    air_pool = ["0301", "0330", "0337", "0333", "0415"]
    air_codes = sorted(r.sample(air_pool, 4), key=air_pool.index)
    soil_pool = ["TPH", "Pb", "Zn", "Ni", "Cd"]
    soil_keys = sorted(r.sample(soil_pool, 3), key=soil_pool.index)
    impact = _list(doc, "m1.impact")
    plan = ((impact[0], air_points, "code", air_codes, "quarterly"), (impact[1], soil_points, "symbol", soil_keys, "yearly"))
    for what, pts, key, items, word in plan:
        n += 1
        if key == "code":
            listed = ", ".join(_air(doc, c, 1 if c in ("0301", "0337") else 0) for c in items)
        else:
            listed = ", ".join(vocab.soil(s, doc.lang) for s in items)
        rows.append([str(n), what, ", ".join(pts), listed, freq(doc, word), methods[2]])
        for p in pts:
            doc.add("monitoring", *(_mon({"point": p}, (key, x), word) for x in items))
    doc.table(_t(doc, "m1.caption"), rows, merges, role="monitoring")
    doc.add("sources", *sources)
    maybe_distractor(doc)


TEXT |= {
    "m2.h": ("Программа производственного экологического контроля. Объект: {name}",
             "Өндірістік экологиялық бақылау бағдарламасы. Объект: {name}",
             "BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG CỦA “{name}”"),
    "m2.h2": ("4.3. Мониторинг атмосферного воздуха на постах наблюдения", "4.3. Бақылау бекеттеріндегі атмосфералық ауа мониторингі",
              "5.2. Chương trình quan trắc nước thải"),
    "m2.p": ("Газ месторождения содержит сероводород, поэтому контроль на постах ведется автоматическими станциями "
             "мониторинга (АСМ) и передвижной экологической лабораторией (ПЭЛ).",
             "Кен орнының газында күкіртсутек бар, сондықтан бекеттердегі бақылау автоматты мониторинг станцияларымен (АМС) "
             "және жылжымалы экологиялық зертханамен (ЖЭЗ) жүргізіледі.",
             "Vị trí quan trắc: tại cửa xả nước thải sau hệ thống xử lý nước thải tập trung, trước khi xả ra {receiver} "
             "(ký hiệu NT1). Các thông số quan trắc như sau:"),
    "m2.h0": ("Пост|Местоположение поста|Контролируемые вещества|Периодичность наблюдений|^",
              "Бекет|Бекеттің орналасқан жері|Бақыланатын заттар|Бақылау кезеңділігі|^",
              "TT|Thông số|Đơn vị|Quan trắc tự động, liên tục|Quan trắc định kỳ"),
    "m2.h1": ("^|^|^|АСМ|ПЭЛ", "^|^|^|АМС|ЖЭЗ", ""),
    "m2.places": ("граница СЗЗ, северо-восток (1000 м от УКПГ)|граница СЗЗ, юго-запад|вахтовый поселок «Жулдыз»|"
                  "с. Каракемер, 6 км к югу|граница СЗЗ, запад",
                  "СҚА шекарасы, солтүстік-шығыс (ГКДҚ-дан 1000 м)|СҚА шекарасы, оңтүстік-батыс|«Жұлдыз» вахталық кенті|"
                  "Қаракемер а., оңтүстікке қарай 6 км|СҚА шекарасы, батыс", ""),
    "m2.note": ("Примечание: АСМ – автоматическая станция мониторинга; ПЭЛ – передвижная экологическая лаборатория; "
                "«–» – наблюдения не проводятся.",
                "Ескертпе: АМС – автоматты мониторинг станциясы; ЖЭЗ – жылжымалы экологиялық зертхана; «–» – бақылау жүргізілмейді.",
                "Ghi chú: “x” – thuộc đối tượng quan trắc; “-” – không quan trắc."),
    "m2.caption": ("Таблица 4.5 – Мониторинг атмосферного воздуха на постах наблюдения",
                   "4.5-кесте – Бақылау бекеттеріндегі атмосфералық ауа мониторингі",
                   "Bảng 5.3. Thông số và tần suất quan trắc nước thải"),
}  # fmt: skip
STEEL_WATER_AUTO = ("pH", "TSS", "COD", "NH4+")
STEEL_WATER_PERIODIC = ("BOD5", "Fe", "Zn", "Pb", "CN-", "TPH", "Cd", "Mn")


def monitoring_s2(doc: Doc) -> None:
    """Posts around a sour-gas field: one frequency column for the automatic station and one for the mobile laboratory
    under a merged `Периодичность наблюдений`, a dash where a post has no station; the substances in one cell, a note
    row explaining the abbreviations (VI: a steel mill's waste water, parameters as rows with an `x` under automatic,
    continuous monitoring or a frequency under periodic monitoring, the point only in the sentence before)."""
    vi = doc.lang == "vi"
    r = doc.rng
    f = _site(doc, ("steel",) if vi else ("gas", "oil"))
    doc.h(_t(doc, "m2.h").format(name=f["name"]))
    doc.h(_t(doc, "m2.h2"))
    doc.p(_t(doc, "m2.p").format(receiver=f.get("receiver")))
    if vi:
        rows, merges = [_row(doc, "m2.h0")], []
        rows.append(["1", "Lưu lượng nước thải đầu ra", "m3/giờ", "x", "-"])
        rows.append(["2", "Nhiệt độ", "°C", "x", "-"])
        word = doc.pick(("quarterly", "monthly"))
        said = freq(doc, word)
        periodic = sorted(r.sample(STEEL_WATER_PERIODIC, 4), key=STEEL_WATER_PERIODIC.index)
        for s in STEEL_WATER_AUTO:
            rows.append([str(len(rows)), vocab.water(s, "vi"), "-" if s == "pH" else "mg/l", "x", "-"])
            doc.add("monitoring", _mon({}, ("symbol", s), "continuous"))
        for s in periodic:
            rows.append([str(len(rows)), vocab.water(s, "vi"), "mg/l", "-", said])
            doc.add("monitoring", _mon({}, ("symbol", s), word))
        _span(rows, merges, _t(doc, "m2.note"))
        doc.table(_t(doc, "m2.caption"), rows, merges, role="monitoring")
        return
    rows = [_row(doc, "m2.h0"), _row(doc, "m2.h1")]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4)]
    places = _list(doc, "m2.places")
    count = r.randint(4, 5)
    stations = set(r.sample(range(count), r.randint(2, 3)))
    pool = ["0333", "0330", "0301", "0337", "0410"]
    for k in range(count):
        post = f"ПНЗ-{k + 1}"
        codes = ["0333", *sorted(r.sample(pool[1:], r.randint(2, 3)), key=pool.index)]
        listed = ", ".join(_air(doc, c, 1 if c in ("0301", "0337") else 0) for c in codes)
        auto = "continuous" if k in stations else None
        lab = doc.pick(("monthly", "quarterly"))
        rows.append([post, places[k], listed, freq(doc, "continuous") if auto else "–", freq(doc, lab)])
        for word in (auto, lab):
            if word:
                doc.add("monitoring", *(_mon({"point": post}, ("code", c), word) for c in codes))
    _span(rows, merges, _t(doc, "m2.note"))
    doc.table(_t(doc, "m2.caption"), rows, merges, role="monitoring")
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

UNITS_OIL = {
    "ru": ("Установка подготовки нефти (УПН)", "Факельное хозяйство", "Шламонакопитель", "Полигон ТБО промысла",
           "Площадка временного хранения отходов", "Резервуарный парк", "Пруд-испаритель", "Котельная вахтового поселка",
           "Склад химреагентов", "Нефтеловушка"),
    "kk": ("Мұнай дайындау қондырғысы (МДҚ)", "Алау шаруашылығы", "Шлам жинағыш", "Кәсіпшіліктің ҚТҚ полигоны",
           "Қалдықтарды уақытша сақтау алаңы", "Резервуарлар паркі", "Буландырғыш тоған", "Вахталық кент қазандығы",
           "Химреагенттер қоймасы", "Мұнай ұстағыш"),
    "vi": ("Khu vực lò nung clinker", "Hệ thống lọc bụi túi vải máy nghiền", "Kho lưu giữ chất thải nguy hại",
           "Hệ thống xử lý nước thải sinh hoạt", "Bãi chứa xỉ", "Trạm quan trắc khí thải tự động", "Kho than kín",
           "Khu vực băng tải clinker", "Hồ chứa nước mưa chảy tràn", "Xưởng cơ khí sửa chữa"),
}  # fmt: skip
I1_WORDS = ("daily", "weekly", "monthly", "quarterly")

TEXT |= {
    "i1.h": ("Программа производственного экологического контроля. Объект: {name}",
             "Өндірістік экологиялық бақылау бағдарламасы. Объект: {name}",
             "QUY CHẾ TỰ KIỂM TRA CÔNG TÁC BẢO VỆ MÔI TRƯỜNG – {name}"),
    "i1.h2": ("6. Внутренние проверки", "6. Ішкі тексерулер", "Điều 5. Tần suất kiểm tra các khu vực"),
    "i1.p": ("Объекты промысла обходятся инженером-экологом со следующей периодичностью:",
             "Кәсіпшілік объектілерін инженер-эколог мынадай кезеңділікпен аралайды:",
             "Cán bộ môi trường kiểm tra các khu vực, công trình theo tần suất sau:"),
    "i1.title": ("Периодичность обхода (осмотра) объектов", "Объектілерді аралау (қарау) кезеңділігі", "Tần suất kiểm tra"),
    "i1.head": ("Ежедневно|Еженедельно|Ежемесячно|Ежеквартально", "Күн сайын|Апта сайын|Ай сайын|Тоқсан сайын",
                "Hằng ngày|Hằng tuần|Hằng tháng|Hằng quý"),
    "i1.note": ("Результаты обходов заносятся в журнал производственного экологического контроля.",
                "Аралау нәтижелері өндірістік экологиялық бақылау журналына жазылады.",
                "Kết quả kiểm tra được ghi vào sổ nhật ký kiểm tra môi trường."),
    "i1.caption": ("Таблица 6.1 – Перечень объектов внутренних проверок по периодичности",
                   "6.1-кесте – Кезеңділігі бойынша ішкі тексерулер объектілерінің тізбесі",
                   "Bảng 2. Danh mục khu vực kiểm tra theo tần suất"),
}  # fmt: skip


def inspections_s1(doc: Doc) -> None:
    """The columns are the frequencies (daily, weekly, monthly, quarterly) under a merged title row; the units checked
    that often are listed down each column, one per cell, the columns of unequal length; no number column; a note row
    merged across."""
    vi = doc.lang == "vi"
    r = doc.rng
    f = _site(doc, ("cement",) if vi else ("oil",))
    doc.h(_t(doc, "i1.h").format(name=f["name"]))
    doc.h(_t(doc, "i1.h2"))
    doc.p(_t(doc, "i1.p"))
    names = r.sample(UNITS_OIL[doc.lang], r.randint(7, 9))
    counts = [1, 1, 1, 1]
    for _ in range(len(names) - 4):
        counts[r.randrange(4)] += 1
    columns, at = [], 0
    for word, c in zip(I1_WORDS, counts, strict=True):
        columns.append(names[at : at + c])
        for unit in names[at : at + c]:
            doc.add("obligations", {"kind": "inspection", "frequency": word, "text_contains": unit})
        at += c
    rows = [[_t(doc, "i1.title"), None, None, None], _list(doc, "i1.head")]
    merges = [(0, 0, 0, 3)]
    for k in range(max(counts)):
        rows.append([col[k] if k < len(col) else "" for col in columns])
    _span(rows, merges, _t(doc, "i1.note"))
    doc.table(_t(doc, "i1.caption"), rows, merges, role="inspections")
    maybe_distractor(doc)


# (RU, KK, size) — pipelines and tanks of an oil field
LINES = (
    ("Нефтесборный коллектор ГЗУ-{k} – УПН", "ТӨҚ-{k} – МДҚ мұнай жинау коллекторы", "{x} км"),
    ("Выкидные линии скважин куста № {k}", "№ {k} ұңғымалар шоғырының шығару желілері", "{x} км"),
    ("Водовод пластовой воды УПН – КНС-{k}", "МДҚ – КНС-{k} қабат суы су құбыры", "{x} км"),
    ("Газопровод попутного газа УПН – ГТЭС", "МДҚ – ГТЭС ілеспе газ құбыры", "{x} км"),
    ("Напорный нефтепровод УПН – НПС «Каракоин»", "МДҚ – «Қаракойын» МАС арынды мұнай құбыры", "{x} км"),
    ("Резервуары РВС-5000 № 1–{k} товарного парка", "Тауарлық парктің № 1–{k} РВС-5000 резервуарлары", "{y} м3"),
)  # fmt: skip
VI_WORKS = (
    ("Hệ thống lọc bụi tĩnh điện (ESP) tổ máy S1", "1.900.000 m3/giờ"),
    ("Hệ thống khử lưu huỳnh khí thải (FGD) tổ máy S2", "1.900.000 m3/giờ"),
    ("Đường ống thải tro xỉ ra bãi thải", "{x} km"),
    ("Đê bao bãi thải xỉ số 1", "{y} m3"),
    ("Trạm xử lý nước thải nhiễm dầu", "120 m3/ngày đêm"),
    ("Hệ thống phun sương dập bụi kho than", "2 kho × 120.000 tấn"),
)
VISUAL = ("daily", "weekly", "monthly")
SURVEY = ("quarterly", "semiannual", "yearly")

TEXT |= {
    "i2.h": ("Программа производственного экологического контроля. Объект: {name}",
             "Өндірістік экологиялық бақылау бағдарламасы. Объект: {name}",
             "KẾ HOẠCH KIỂM TRA CÁC CÔNG TRÌNH BẢO VỆ MÔI TRƯỜNG NĂM 2026 – {name}"),
    "i2.p": ("В целях предупреждения разливов нефти и пластовой воды устанавливается следующий порядок контроля "
             "трубопроводов и резервуаров.",
             "Мұнай мен қабат суының төгілуін болдырмау мақсатында құбырлар мен резервуарларды бақылаудың мынадай тәртібі белгіленеді.",
             "Các công trình bảo vệ môi trường của nhà máy được kiểm tra theo kế hoạch sau:"),
    "i2.h0": ("№|Наименование объекта|Протяженность (объем)|Периодичность контроля|^|Ответственный",
              "№|Объектінің атауы|Ұзындығы (көлемі)|Бақылау кезеңділігі|^|Жауапты",
              "TT|Công trình, thiết bị|Quy mô, công suất|Tần suất kiểm tra|^|Bộ phận thực hiện"),
    "i2.h1": ("^|^|^|обход трассы (визуальный осмотр)|приборное обследование (толщинометрия)|^",
              "^|^|^|трассаны аралау (көзбен шолу)|аспаптық тексеру (қалыңдық өлшеу)|^",
              "^|^|^|Kiểm tra trực quan|Kiểm tra, đo đạc bằng thiết bị|^"),
    "i2.who": ("мастер ЦДНГ|инженер-эколог|начальник ЦППН", "МГӨЦ шебері|инженер-эколог|МДАЦ бастығы",
               "Phân xưởng Vận hành|Phòng An toàn – Môi trường|Phân xưởng Sửa chữa"),
    "i2.caption": ("Таблица 6.2 – Контроль технического состояния трубопроводов и резервуаров",
                   "6.2-кесте – Құбырлар мен резервуарлардың техникалық жай-күйін бақылау",
                   "Bảng 3. Tần suất kiểm tra các công trình bảo vệ môi trường"),
}  # fmt: skip


def inspections_s2(doc: Doc) -> None:
    """Pipelines and tanks of an oil field, each with two frequencies under a merged `Периодичность контроля`: walking
    the route (daily to monthly) and the instrumental survey (quarterly to yearly); the length or volume before them,
    the responsible last (VI: a coal-fired plant's environmental works, a visual check and a check with instruments)."""
    vi = doc.lang == "vi"
    r = doc.rng
    f = _site(doc, ("power",) if vi else ("oil",))
    doc.h(_t(doc, "i2.h").format(name=f["name"]))
    doc.p(_t(doc, "i2.p"))
    rows = [_row(doc, "i2.h0"), _row(doc, "i2.h1")]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 1, 5)]
    who = _list(doc, "i2.who")
    items = r.sample(VI_WORKS if vi else LINES, 5)
    for k, item in enumerate(items, 1):
        if vi:
            name, size = item
        else:
            name, size = item[0 if doc.lang == "ru" else 1].format(k=r.randint(2, 9)), item[2]
        size = size.format(x=num(round(r.uniform(1.2, 24), 1), doc.lang), y=num(r.randint(4, 40) * 5000, doc.lang))
        look, survey = doc.pick(VISUAL), doc.pick(SURVEY)
        rows.append([str(k), name, size, _freq(doc, look), _freq(doc, survey), doc.pick(who)])
        for word in (look, survey):
            doc.add("obligations", {"kind": "inspection", "frequency": word, "text_contains": name})
    doc.table(_t(doc, "i2.caption"), rows, merges, role="inspections")
    maybe_distractor(doc)


# ---------------------------------------------------------------- tasks

# (task, effect, term, responsible, financing) of a gas-utilisation programme
GAS_PLAN = {
    "ru": (("Строительство газотурбинной электростанции ГТЭС-2 мощностью 24 МВт на попутном газе", 6.5, "2026–2027 гг.",
            "Управление капитального строительства", "собственные средства"),
           ("Перевод печей подогрева нефти на подготовленный попутный газ", 1.2, "II квартал 2026 г.",
            "Цех подготовки и перекачки нефти", "собственные средства"),
           ("Монтаж установки улавливания легких фракций на резервуарном парке УПН", 0.8, "IV квартал 2026 г.",
            "Отдел главного механика", "собственные средства"),
           ("Строительство газопровода УПН – ГПЗ для сдачи товарного газа", 15.4, "2027 г.",
            "Управление капитального строительства", "заемные средства"),
           ("Реконструкция компрессорной станции низкого давления", 3.1, "2026 г.", "Отдел главного механика",
            "собственные средства"),
           ("Закачка попутного газа в пласт для поддержания пластового давления", 9.7, "2028 г.", "Геологический отдел",
            "собственные средства")),
    "kk": (("Ілеспе газбен жұмыс істейтін қуаты 24 МВт ГТЭС-2 газ турбиналық электр станциясын салу", 6.5, "2026–2027 жж.",
            "Күрделі құрылыс басқармасы", "меншікті қаражат"),
           ("Мұнай жылыту пештерін дайындалған ілеспе газға көшіру", 1.2, "2026 жылғы II тоқсан",
            "Мұнай дайындау және айдау цехы", "меншікті қаражат"),
           ("МДҚ резервуарлар паркінде жеңіл фракцияларды ұстау қондырғысын монтаждау", 0.8, "2026 жылғы IV тоқсан",
            "Бас механик бөлімі", "меншікті қаражат"),
           ("Тауарлық газды тапсыру үшін МДҚ – ГӨЗ газ құбырын салу", 15.4, "2027 ж.", "Күрделі құрылыс басқармасы",
            "қарыз қаражаты"),
           ("Төмен қысымды компрессорлық станцияны қайта жаңарту", 3.1, "2026 ж.", "Бас механик бөлімі", "меншікті қаражат"),
           ("Қабат қысымын ұстау үшін ілеспе газды қабатқа айдау", 9.7, "2028 ж.", "Геология бөлімі", "меншікті қаражат")),
    "vi": (("Cải tạo hệ thống lọc bụi tĩnh điện tổ máy S1 thành lọc bụi túi vải", "Giảm khoảng 120 tấn bụi/năm", "Quý III/2026",
            "Phân xưởng Lò máy", "Vốn tự có"),
           ("Lắp đặt hệ thống khử NOx bằng công nghệ SCR cho tổ máy S2", "Giảm 60% phát thải NOx", "Năm 2027",
            "Ban Quản lý dự án", "Vốn vay thương mại"),
           ("Che chắn kín toàn bộ băng tải vận chuyển than từ cảng vào kho", "Giảm bụi phát tán tại khu vực băng tải",
            "Quý II/2026", "Phân xưởng Nhiên liệu", "Vốn tự có"),
           ("Lắp đặt hệ thống phun sương dập bụi tại kho than kín", "Nồng độ bụi trong kho dưới 4 mg/m3", "Quý I/2026",
            "Phân xưởng Nhiên liệu", "Vốn tự có"),
           ("Thay thế vòi đốt dầu khởi động bằng vòi đốt plasma", "Giảm 350 tấn dầu DO/năm", "Năm 2027",
            "Phòng Kỹ thuật", "Vốn tự có"),
           ("Trồng cây xanh cách ly dọc hàng rào phía Đông nhà máy", "Tăng diện tích cây xanh thêm 2 ha", "Quý IV/2026",
            "Phòng Hành chính – Tổng hợp", "Vốn tự có")),
}  # fmt: skip

TEXT |= {
    "t1.h": ("Программа развития переработки сырого газа на 2026–2028 годы. Объект: {name}",
             "2026–2028 жылдарға арналған шикі газды қайта өңдеуді дамыту бағдарламасы. Объект: {name}",
             "KẾ HOẠCH GIẢM THIỂU PHÁT THẢI BỤI, KHÍ THẢI GIAI ĐOẠN 2026–2028 CỦA {name}"),
    "t1.p": ("Программа разработана {operator} в соответствии с Кодексом Республики Казахстан «О недрах и недропользовании» "
             "в целях сокращения объемов сжигания газа на факелах.",
             "Бағдарламаны {operator} алауларда газ жағу көлемдерін қысқарту мақсатында Қазақстан Республикасының «Жер қойнауы "
             "және жер қойнауын пайдалану туралы» кодексіне сәйкес әзірледі.",
             "Kế hoạch được {operator} ban hành nhằm thực hiện các yêu cầu của giấy phép môi trường."),
    "t1.head": ("№ п/п|Мероприятие|Ожидаемый объем утилизации газа, млн м3/год|Срок реализации|Ответственный|"
                "Источник финансирования",
                "Р/с №|Іс-шара|Газды кәдеге жаратудың күтілетін көлемі, млн м3/жыл|Іске асыру мерзімі|Жауапты|Қаржыландыру көзі",
                "TT|Giải pháp|Hiệu quả dự kiến|Thời gian thực hiện|Đơn vị chủ trì|Nguồn kinh phí"),
    "t1.total": ("Итого", "Жиыны", ""),
    "t1.caption": ("Таблица 3 – План мероприятий программы", "3-кесте – Бағдарлама іс-шараларының жоспары",
                   "Bảng 1. Danh mục giải pháp giảm thiểu phát thải"),
}  # fmt: skip


def tasks_s1(doc: Doc) -> None:
    """A gas-utilisation programme's plan of measures: the gas each measure will use in million m3 a year between the
    measure and its term, the responsible, the source of financing, a total row of the gas (VI: a power plant's plan
    to cut dust and gas, the expected effect in words, no total)."""
    vi = doc.lang == "vi"
    r = doc.rng
    f = _site(doc, ("power",) if vi else ("oil",))
    doc.h(_t(doc, "t1.h").format(name=f["operator"] if vi else f["name"]))
    doc.p(_t(doc, "t1.p").format(operator=f["operator"]))
    rows = [_row(doc, "t1.head")]
    picked = sorted(r.sample(range(6), r.randint(4, 5)))
    gas = 0.0
    for k, i in enumerate(picked, 1):
        text, effect, term, who, money = GAS_PLAN[doc.lang][i]
        if not vi:
            gas += effect
            effect = num(effect, doc.lang)
        rows.append([str(k), text, effect, term, who, money])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": " ".join(text.split()[:5]),
                                "actor_contains": who})
    if not vi:
        rows.append(["", _t(doc, "t1.total"), num(round(gas, 1), doc.lang), "", "", ""])
    doc.table(_t(doc, "t1.caption"), rows, role="tasks")
    maybe_distractor(doc)


# (decision, responsible, co-executors, term)
DECISIONS = {
    "ru": (("Ликвидировать замазученность грунта на площадке куста скважин № 18 и передать загрязненный грунт на обезвреживание",
            "Начальник ЦДНГ-2", "отдел ООС", "до 15.03.2026"),
           ("Провести внеплановую ревизию выкидных линий скважин куста № 18", "Главный механик", "ЦДНГ-2", "до 01.04.2026"),
           ("Представить в Департамент экологии информацию об устранении нарушений по предписанию",
            "Начальник отдела ООС", "юридический отдел", "до 10.04.2026"),
           ("Организовать раздельное накопление промасленной ветоши и отработанных фильтров на площадке временного хранения",
            "Начальник ЦППН", "служба ОТ и ТБ", "до 31.03.2026"),
           ("Обеспечить ведение журнала учета объемов газа, сжигаемого на факельных установках", "Начальник УПН",
            "отдел ООС", "постоянно"),
           ("Подготовить изменения в программу ПЭК в части мониторинга почв на кустовых площадках",
            "Ведущий инженер-эколог", "ТОО «ЭкоПроект Консалтинг»", "до 30.04.2026")),
    "kk": (("№ 18 ұңғымалар шоғыры алаңындағы топырақтың мұнаймен ластануын жойып, ластанған топырақты залалсыздандыруға беру",
            "МГӨЦ-2 бастығы", "ҚОҚ бөлімі", "15.03.2026 дейін"),
           ("№ 18 шоғыр ұңғымаларының шығару желілеріне жоспардан тыс тексеру жүргізу", "Бас механик", "МГӨЦ-2", "01.04.2026 дейін"),
           ("Экология департаментіне нұсқама бойынша бұзушылықтардың жойылғаны туралы ақпарат ұсыну", "ҚОҚ бөлімінің бастығы",
            "заң бөлімі", "10.04.2026 дейін"),
           ("Уақытша сақтау алаңында майланған шүберек пен пайдаланылған сүзгілерді бөлек жинауды ұйымдастыру", "МДАЦ бастығы",
            "ЕҚ және ҚТ қызметі", "31.03.2026 дейін"),
           ("Алау қондырғыларында жағылатын газ көлемдерін есепке алу журналын жүргізуді қамтамасыз ету", "МДҚ бастығы",
            "ҚОҚ бөлімі", "тұрақты"),
           ("Шоғыр алаңдарындағы топырақ мониторингі бөлігінде ӨЭБ бағдарламасына өзгерістер дайындау", "Жетекші инженер-эколог",
            "«ЭкоЖоба Консалтинг» ЖШС", "30.04.2026 дейін")),
    "vi": (("Khắc phục hiện tượng bụi phát tán tại khu vực băng tải than số 3", "Phân xưởng Nhiên liệu", "Phòng Kỹ thuật",
            "Trước ngày 15/3/2026"),
           ("Hiệu chuẩn thiết bị đo bụi của trạm quan trắc khí thải tự động ống khói số 1", "Phòng Kỹ thuật",
            "Đơn vị cung cấp thiết bị", "Tháng 3/2026"),
           ("Hoàn thiện hồ sơ đề nghị cấp điều chỉnh giấy phép môi trường", "Phòng An toàn – Môi trường", "Đơn vị tư vấn",
            "Quý II/2026"),
           ("Nạo vét hố lắng nước mưa chảy tràn khu vực bãi than", "Phân xưởng Vận hành", "Phòng Hành chính – Tổng hợp",
            "Trước mùa mưa năm 2026"),
           ("Bổ sung biển cảnh báo và vạch phân khu tại kho lưu giữ chất thải nguy hại", "Phòng An toàn – Môi trường",
            "Phân xưởng Sửa chữa", "Tháng 4/2026"),
           ("Kiểm tra, gia cố đê bao bãi thải xỉ trước mùa mưa bão", "Phân xưởng Sửa chữa", "Phòng Kỹ thuật", "Tháng 6/2026")),
}  # fmt: skip
# the people behind some responsible positions, written under the position in the same cell
PEOPLE = {"ru": {"Начальник ЦДНГ-2": "Кенжебаев А.М.", "Главный механик": "Ли В.С.", "Начальник отдела ООС": "Сарсенова Г.Т."},
          "kk": {"МГӨЦ-2 бастығы": "Кенжебаев А.М.", "Бас механик": "Ли В.С.", "ҚОҚ бөлімінің бастығы": "Сәрсенова Г.Т."}}

TEXT |= {
    "t2.h": ("Протокол производственного совещания № {n} по вопросам охраны окружающей среды",
             "Қоршаған ортаны қорғау мәселелері жөніндегі № {n} өндірістік кеңестің хаттамасы",
             "THÔNG BÁO KẾT LUẬN CỦA GIÁM ĐỐC TẠI CUỘC HỌP GIAO BAN CÔNG TÁC MÔI TRƯỜNG QUÝ I/2026"),
    "t2.p": ("{name}, 18 февраля 2026 г. Председатель – главный инженер. Повестка: о результатах внеплановой проверки "
             "Департамента экологии и о разливе нефти на кусте скважин № 18.",
             "{name}, 2026 жылғы 18 ақпан. Төраға – бас инженер. Күн тәртібі: Экология департаментінің жоспардан тыс "
             "тексеруінің нәтижелері және № 18 ұңғымалар шоғырындағы мұнай төгілуі туралы.",
             "Ngày 18/02/2026, tại {name}, Giám đốc nhà máy chủ trì cuộc họp giao ban công tác bảo vệ môi trường."),
    "t2.present.caption": ("Присутствовали:", "Қатысқандар:", "Thành phần tham dự:"),
    "t2.present": ("Главный инженер|Мусин Б.Ж.;Начальник отдела ООС|Сарсенова Г.Т.;Главный механик|Ли В.С.;"
                   "Начальник ЦДНГ-2|Кенжебаев А.М.",
                   "Бас инженер|Мусин Б.Ж.;ҚОҚ бөлімінің бастығы|Сәрсенова Г.Т.;Бас механик|Ли В.С.;МГӨЦ-2 бастығы|Кенжебаев А.М.",
                   "Ông Nguyễn Văn Thành|Giám đốc nhà máy;Bà Lê Thị Hương|Trưởng phòng An toàn – Môi trường;"
                   "Ông Phạm Đức Long|Quản đốc Phân xưởng Nhiên liệu;Ông Vũ Minh Tâm|Trưởng phòng Kỹ thuật"),
    "t2.decided": ("РЕШИЛИ:", "ШЕШТІ:", "Giám đốc kết luận và giao nhiệm vụ như sau:"),
    "t2.head": ("№ п/п|Поручение|Ответственный исполнитель|Соисполнители|Срок исполнения",
                "Р/с №|Тапсырма|Жауапты орындаушы|Бірлесіп орындаушылар|Орындау мерзімі",
                "TT|Nội dung nhiệm vụ|Đơn vị chủ trì|Đơn vị phối hợp|Thời hạn hoàn thành|Ghi chú"),
    "t2.after": ("Контроль за исполнением поручений возложить на главного инженера.",
                 "Тапсырмалардың орындалуын бақылау бас инженерге жүктелсін.",
                 "Các đơn vị báo cáo kết quả thực hiện về Phòng An toàn – Môi trường để tổng hợp."),
}  # fmt: skip


def tasks_s2(doc: Doc) -> None:
    """Decisions of meeting minutes after `РЕШИЛИ:`: the decision, the responsible (a position and a name on two lines
    in the same cell), co-executors and a term (`до 15.03.2026`, `постоянно`), numbers written `1.`; the list of those
    present in a table of no role before it (VI: a director's conclusions, lead and partner units, a term and an empty
    note column)."""
    vi = doc.lang == "vi"
    r = doc.rng
    f = _site(doc, ("power",) if vi else ("oil",))
    doc.h(_t(doc, "t2.h").format(n=r.randint(3, 14)))
    doc.p(_t(doc, "t2.p").format(name=f["name"]))
    present = [x.split("|") for x in _t(doc, "t2.present").split(";")]
    doc.table(_t(doc, "t2.present.caption"), present, role="other")
    doc.p(_t(doc, "t2.decided"))
    rows = [_row(doc, "t2.head")]
    picked = sorted(r.sample(range(6), r.randint(4, 5)))
    for k, i in enumerate(picked, 1):
        text, who, co, term = DECISIONS[doc.lang][i]
        if vi:
            rows.append([str(k), text, who, co, term, ""])
        else:
            person = PEOPLE[doc.lang].get(who)
            rows.append([f"{k}.", text, f"{who}\n{person}" if person else who, co, term])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": " ".join(text.split()[:5]),
                                "actor_contains": who})
    doc.table(None, rows, role="tasks")
    doc.p(_t(doc, "t2.after"))


LAYOUTS = [Layout(role, f"S{k}", globals()[f"{role}_s{k}"]) for role in ROLES for k in (1, 2)]
"""`facility_s1` … `tasks_s2`, in the order of the roles."""
