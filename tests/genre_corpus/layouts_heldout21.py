"""A blind held-out set (two layouts per role, `J1` and `J2`): never used for tuning, written by someone who neither
ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`.

Theme: foreign-invested and mixed-language documents. Kazakhstan's joint ventures (a Kazakh-Turkish garment factory,
a Kazakh-Korean consumer-electronics plant, a Kazakh-Italian shoe factory, a Kazakh-Chinese car-parts plant) whose
ПЭК programmes, reports, passports and plans mix Russian and Kazakh in one table (labels in both languages, a
header row per language, a waste on two rows, one per language, substance names left in Russian in a Kazakh
document) and, with a Western partner, Russian beside English; Vietnam's FDI factories (Korean electronics and
printed circuit boards, a Taiwanese garment factory, a Hong Kong shoe factory) whose GPMT applications, annual
reports, test reports, ĐTM chapters and EHS schedules carry English beside Vietnamese (`Thông số\nParameter`, a
header row per language, an English column beside each Vietnamese one). Many tables are carried over from scans
and old Word files: headers split over three rows (a section or caption row inside the table, a row of column
numbers or letters), notes and footnote marks in cells (`II*`, `0,0412*`, `1.250 (*)`, a name with `¹⁾`),
numbering columns with letters (`а)`, `б)`; `a)`, `đ)`; `А.1`, `Б.2`; `A1`, `B2`; an inserted item `2а`).

Facility: a card whose labels stand on both sides of the value, one language each, with the foreign partner and
(VI) its foreign registration and the project code of the investment certificate as distractors; an ecological
passport retyped from a scan with the old РНН and ОКПО beside the BIN and the former sanitary class beside the
category (VI: an old FDI shoe factory with its 1998 investment licence and a twelve-digit investment certificate).
Emissions: norms under a group row per source with the substances lettered within it and a bilingual header (VI:
loads of the operation phase under lettered source rows, the pollutants numbered A1, A2); an inventory whose
caption is the table's first row, a three-row header ending in a row of column letters, the workshop merged down
and the source merged over its substances, instrumental figures marked. Wastes: lettered hazard groups with items
`А.1`, a state column and weighed amounts marked; each waste on two rows (one per language) under a header of two
language rows and a row of column numbers. Limits: per-stack column groups `норматив | факт` over a unit row
(VI: `Kết quả | Cmax`, QCVN 19 and QCVN 20 stacks); a bilingual test report with the points over their place and
sampling time (VI: QCVN 40 column A at two outlets, `KPH`). Monitoring: control at sources under a three-row header
closed by a row of column letters (VI: a GPMT's lettered items with periodic and continuous monitoring); a programme
under a header of two language rows with places written in both languages. Inspections: cells holding both
languages on two lines, lettered items, frequencies marked; an English column beside each Russian (Kazakh,
Vietnamese) one. Tasks: lettered groups with items `А.1`, both languages in each cell; an old Word plan with a
three-row header, costs in two currencies and an inserted item `2а`.

The words of each layout are in the text tables (RU, KK, VI); a header row is one string, its cells between `|`, `^`
for a cell a merge covers.
"""

from __future__ import annotations

from . import vocab
from .common import Doc, distractor, freq, maybe_distractor, num, rate
from .layouts_facility import facility
from .layouts_wastes import expect_vn, vn_wastes
from .limits_data import AIR_PDK, QCVN19, QCVN40, add, cell, limit
from .obligations_data import TASKS, task
from .registry import ROLES, Layout
from .sources_data import emission, total

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


def _span(rows: list, merges: list, text: str, width: int | None = None) -> None:
    """A row whose one cell spans the table: a group, a section, a caption or a note."""
    width = width or len(rows[0])
    rows.append([text] + [None] * (width - 1))
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))


def _down(rows: list, start: int, col: int, merges: list) -> None:
    """Merges a column down from row `start` to the last row, when that is two rows or more."""
    if len(rows) - 1 > start:
        merges.append((start, col, len(rows) - 1, col))


def _mon(loc: dict, key: tuple[str, str], frequency: str) -> dict:
    return {**loc, key[0]: key[1], "frequency": frequency}


def _sig(x: float, digits: int = 2) -> float:
    return float(f"{x:.{digits}g}")


# ---------------------------------------------------------------- two languages in one table

def _own(doc: Doc, four: tuple[str, str, str, str]) -> str:
    """The text in the document's language of a (RU, KK, VI, EN) quadruple."""
    return four[vocab.LANGS.index(doc.lang)]


def _other(doc: Doc, four: tuple[str, str, str, str]) -> str:
    """The text in the table's second language: KK beside RU, RU beside KK, EN beside VI."""
    return {"ru": four[1], "kk": four[0], "vi": four[3]}[doc.lang]


def _both(doc: Doc, four: tuple[str, str, str, str], sep: str = "\n") -> str:
    """Both languages in one cell, the document's first."""
    return f"{_own(doc, four)}{sep}{_other(doc, four)}"


# the letters items are numbered with: Russian а) б) в), Kazakh а) ә) б), Vietnamese a) b) c) d) đ)
LETTERS = {"ru": "абвгдежзиклмн", "kk": "аәбвгғдежзикл", "vi": "abcdđeghiklmn"}


def _letter(doc: Doc, k: int) -> str:
    return LETTERS[doc.lang][k]


# ---------------------------------------------------------------- the foreign-invested enterprises

# per JV: RU (name, operator, address, OKED words, partner's country, former name, legal address, head),
# KK (the same), the OKED, the foreign partner, its share, the site's centre
JV = (
    {"ru": ("Швейная фабрика «Жибек Жолы»", "ТОО «СП «Казтюрк Текстиль»",
            "г. Шымкент, индустриальная зона «Оңтүстік», ул. Капал батыра, 16", "Производство прочей верхней одежды",
            "Турецкая Республика", "ТОО «Казтюрк»", "г. Шымкент, пр. Тауке хана, 31, офис 12",
            "Генеральный директор – Мехмет Озтюрк (гражданин Турецкой Республики)"),
     "kk": ("«Жібек Жолы» тігін фабрикасы", "«Казтюрк Текстиль» БК ЖШС",
            "Шымкент қ., «Оңтүстік» индустриялық аймағы, Қапал батыр көшесі, 16", "Басқа да сырт киімдерін өндіру",
            "Түркия Республикасы", "«Казтюрк» ЖШС", "Шымкент қ., Тәуке хан даңғылы, 31, 12-кеңсе",
            "Бас директор – Мехмет Өзтүрік (Түркия Республикасының азаматы)"),
     "oked": "14131", "kato": 79, "partner": "Aydın Tekstil Sanayi ve Ticaret A.Ş.", "share": 49, "at": (42.352, 69.642),
     "kind": "garment"},
    {"ru": ("Завод бытовой электроники «Алатау»", "ТОО «СП «Алатау Электроникс Корея»",
            "г. Алматы, Медеуский район, СЭЗ «Парк инновационных технологий», ул. Ахмедьярова, 5",
            "Производство бытовой электронной аппаратуры", "Республика Корея", "ТОО «Алатау Электроникс»",
            "г. Алматы, пр. Аль-Фараби, 77/7, БЦ «Есентай Тауэр», офис 1204",
            "Генеральный директор – Пак Чжун Хо (гражданин Республики Корея)"),
     "kk": ("«Алатау» тұрмыстық электроника зауыты", "«Алатау Электроникс Корея» БК ЖШС",
            "Алматы қ., Медеу ауданы, «Инновациялық технологиялар паркі» АЭА, Ахмедьяров көшесі, 5",
            "Тұрмыстық электрондық аппаратура өндірісі", "Корея Республикасы", "«Алатау Электроникс» ЖШС",
            "Алматы қ., Әл-Фараби даңғылы, 77/7, «Есентай Тауэр» БО, 1204-кеңсе",
            "Бас директор – Пак Чжун Хо (Корея Республикасының азаматы)"),
     "oked": "26400", "kato": 75, "partner": "Hanwa Holdings Co., Ltd.", "share": 50, "at": (43.231, 76.981), "kind": "electronics"},
    {"ru": ("Обувная фабрика «Тараз»", "ТОО «СП «Тараз Италия Шуз»", "Жамбылская область, г. Тараз, ул. Жибек Жолы, 233",
            "Производство обуви", "Итальянская Республика", "ТОО «Тараз Шуз»", "г. Тараз, ул. Толе би, 52",
            "Директор – Лоренцо Бьянки (гражданин Итальянской Республики)"),
     "kk": ("«Тараз» аяқ киім фабрикасы", "«Тараз Италия Шуз» БК ЖШС", "Жамбыл облысы, Тараз қ., Жібек жолы көшесі, 233",
            "Аяқ киім өндірісі", "Италия Республикасы", "«Тараз Шуз» ЖШС", "Тараз қ., Төле би көшесі, 52",
            "Директор – Лоренцо Бьянки (Италия Республикасының азаматы)"),
     "oked": "15200", "kato": 31, "partner": "Calzaturificio Marche S.p.A.", "share": 35, "at": (42.905, 71.392), "kind": "footwear"},
    {"ru": ("Завод автокомпонентов «Сарыарка»", "ТОО «СП «Сарыарка Автокомпонент»",
            "Костанайская область, г. Костанай, Северная промзона, 15",
            "Производство прочих частей и принадлежностей для автомобилей", "Китайская Народная Республика",
            "ТОО «Сарыарка Автокомпонент»", "г. Костанай, пр. Аль-Фараби, 119",
            "Генеральный директор – Ван Цзяньго (гражданин КНР)"),
     "kk": ("«Сарыарқа» автокомпоненттер зауыты", "«Сарыарқа Автокомпонент» БК ЖШС",
            "Қостанай облысы, Қостанай қ., Солтүстік өнеркәсіптік аймақ, 15",
            "Автомобильдерге арналған басқа да бөлшектер мен керек-жарақтар өндірісі", "Қытай Халық Республикасы",
            "«Сарыарқа Автокомпонент» ЖШС", "Қостанай қ., Әл-Фараби даңғылы, 119",
            "Бас директор – Ван Цзяньго (ҚХР азаматы)"),
     "oked": "29320", "kato": 39, "partner": "Jiangsu Huayang Auto Parts Co., Ltd.", "share": 40, "at": (53.243, 63.598),
     "kind": "parts"},
)  # fmt: skip

# per FDI factory: (name, operator, address), the English name, the foreign investor, its country (VI, EN), its home
# registration, the share, (VSIC, activity), capacity, the site's centre, the general director
FDI = (
    {"vi": ("Nhà máy sản xuất linh kiện điện tử Hanwa Vina", "Công ty TNHH Hanwa Electronics Vina",
            "Lô CN-05, KCN Yên Phong, xã Yên Phong, tỉnh Bắc Ninh"),
     "en": "Hanwa Electronics Vina Co., Ltd.", "partner": "Hanwa Holdings Co., Ltd.", "country": ("Hàn Quốc", "Republic of Korea"),
     "home": "Số đăng ký kinh doanh (Business registration No.): 124-81-00998", "share": 100,
     "vsic": ("2610", "Sản xuất linh kiện điện tử"), "capacity": "36.000.000 sản phẩm/năm (products/year)",
     "at": (21.203, 105.982), "kind": "electronics", "head": "Ông Park Jun-ho – Tổng Giám đốc (General Director)"},
    {"vi": ("Nhà máy may mặc Everwin Việt Nam", "Công ty TNHH May mặc Everwin Việt Nam", "KCN Phố Nối A, xã Lạc Đạo, tỉnh Hưng Yên"),
     "en": "Everwin Garment Vietnam Co., Ltd.", "partner": "Everwin Textile Co., Ltd.", "country": ("Đài Loan (Trung Quốc)", "Taiwan"),
     "home": "Số đăng ký (Registration No.): 24531987", "share": 100,
     "vsic": ("1410", "May trang phục (trừ trang phục từ da lông thú)"), "capacity": "9.600.000 sản phẩm/năm (garments/year)",
     "at": (20.951, 106.034), "kind": "garment", "head": "Ông Lin Chia-hao – Tổng Giám đốc (General Director)"},
    {"vi": ("Nhà máy sản xuất giày Kingstep Việt Nam", "Công ty TNHH Giày Kingstep Việt Nam",
            "KCN Nhơn Trạch 2, xã Nhơn Trạch, tỉnh Đồng Nai"),
     "en": "Kingstep Footwear Vietnam Co., Ltd.", "partner": "Kingstep International Ltd.",
     "country": ("Hồng Kông (Trung Quốc)", "Hong Kong, China"), "home": "Số đăng ký (Company No.): 1873265", "share": 100,
     "vsic": ("1520", "Sản xuất giày, dép"), "capacity": "12.000.000 đôi/năm (pairs/year)",
     "at": (10.731, 106.932), "kind": "footwear", "head": "Ông Chan Wing-kei – Tổng Giám đốc (General Director)"},
    {"vi": ("Nhà máy bảng mạch in Shinwoo Vina", "Công ty TNHH Shinwoo Circuit Vina", "KCN Quang Châu, xã Việt Yên, tỉnh Bắc Ninh"),
     "en": "Shinwoo Circuit Vina Co., Ltd.", "partner": "Shinwoo Circuit Co., Ltd.", "country": ("Hàn Quốc", "Republic of Korea"),
     "home": "Số đăng ký kinh doanh (Business registration No.): 312-86-41207", "share": 100,
     "vsic": ("2610", "Sản xuất bảng mạch in điện tử (PCB)"), "capacity": "1.200.000 m² bảng mạch/năm (m² of PCB/year)",
     "at": (21.222, 106.101), "kind": "electronics", "head": "Ông Lee Dong-wook – Tổng Giám đốc (General Director)"},
)  # fmt: skip


def _dms(value: float) -> tuple[int, int, float]:
    d = int(value)
    m = int((value - d) * 60)
    s = round(((value - d) * 60 - m) * 60, 1)
    if s >= 60:
        m, s = m + 1, 0.0
    if m >= 60:
        d, m = d + 1, 0
    return d, m, s


def _jv(doc: Doc, index: int | None = None) -> dict:
    """A joint venture (RU, KK) or an FDI factory (VI): its fields as written and as expected; the coordinates are those
    of its degrees, minutes and seconds, so that a decimal print of five places stands for them too."""
    f = facility(doc)
    r = doc.rng
    pool = FDI if doc.lang == "vi" else JV
    k = r.randrange(len(pool)) if index is None else index
    src = pool[k]
    f["k"] = k
    f["src"] = src
    f["cat"] = r.choice(("I", "II") if doc.lang == "vi" else ("II", "III"))  # light industry: no category I site in KZ
    if doc.lang == "vi":
        f["name"], f["operator"], f["address"] = src["vi"]
    else:
        f["name"], f["operator"], f["address"] = src[doc.lang][:3]
        f["oked"] = src["oked"]
        f["kato"] = f"{src['kato']}{r.randint(1, 9)}{r.randint(100, 699)}{r.choice(('000', '100'))}"
    for key, centre in zip(("lat", "lon"), src["at"], strict=True):
        d, m, s = _dms(centre + r.uniform(-0.02, 0.02))
        f[key] = d + m / 60 + s / 3600
        f[key + "_dms"] = (d, m, s)
    return f


def _dms_text(doc: Doc, f: dict) -> str:
    (a, b, c), (x, y, z) = f["lat_dms"], f["lon_dms"]
    lat, lon = f"{a}°{b:02d}′{c:04.1f}″", f"{x}°{y:02d}′{z:04.1f}″"
    if doc.lang == "vi":
        return f"{lat}N; {lon}E"
    lat, lon = lat.replace(".", ","), lon.replace(".", ",")
    return doc.v(f"{lat} с.ш., {lon} в.д.", f"{lat} с.е., {lon} ш.б.", "")


def _decimal(doc: Doc, value: float) -> str:
    """Degrees to five places: with a decimal comma in Kazakhstan, with the point of the English text in Vietnam's
    bilingual documents."""
    text = f"{value:.5f}"
    return text if doc.lang == "vi" else text.replace(".", ",")


def _expect_facility(doc: Doc, f: dict, *fields: str) -> None:
    out = {"bin": f["bin"], "name_contains": f["name"]}
    for k in fields:
        if doc.lang == "vi" and k in ("kato", "oked"):
            continue
        out[k] = f["cat"] if k == "category" else f[k]
    doc.add("facilities", out)


# ---------------------------------------------------------------- facility

# label per line: (RU, KK, VI, EN)
F1_LABELS = {
    "operator": ("Наименование оператора", "Оператордың атауы", "Tên chủ cơ sở", "Owner of the facility"),
    "partner": ("Иностранный участник СП", "БК-ның шетелдік қатысушысы", "Nhà đầu tư nước ngoài", "Foreign investor"),
    "bin": ("БИН оператора", "Оператордың БСН", "Mã số doanh nghiệp", "Enterprise registration code"),
    "irc": ("", "", "Giấy chứng nhận đăng ký đầu tư", "Investment Registration Certificate"),
    "name": ("Наименование объекта", "Объектінің атауы", "Tên cơ sở", "Name of the facility"),
    "address": ("Местонахождение объекта", "Объектінің орналасқан жері", "Địa điểm", "Location"),
    "kato": ("Код КАТО", "ҚАТО коды", "", ""),
    "oked": ("Основной вид деятельности (ОКЭД)", "Негізгі қызмет түрі (ЭҚЖЖ)", "Loại hình sản xuất", "Type of production"),
    "capacity": ("", "", "Công suất", "Capacity"),
    "category": ("Категория объекта", "Объектінің санаты", "Phân loại cơ sở", "Classification"),
    "coords": ("Координаты центра площадки", "Алаң орталығының координаттары", "Tọa độ (WGS-84)", "Coordinates (WGS-84)"),
    "head": ("Первый руководитель", "Бірінші басшы", "Người đại diện theo pháp luật", "Legal representative"),
}
TEXT |= {
    "f1.h": ("Программа производственного экологического контроля на 2026–2028 годы",
             "2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы",
             "BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG\nAPPLICATION REPORT FOR THE ENVIRONMENTAL PERMIT"),
    "f1.p": ("Программа составлена на русском и казахском языках. Раздел 1. Общие сведения об операторе и объекте.",
             "Бағдарлама қазақ және орыс тілдерінде жасалды. 1-бөлім. Оператор мен объект туралы жалпы мәліметтер.",
             "Báo cáo được lập song ngữ Việt – Anh; trường hợp có sự khác nhau, nội dung tiếng Việt được áp dụng. "
             "Chương I. Thông tin chung về cơ sở (General information)."),
    "f1.head": ("№|Показатель|Мәні / Значение|Көрсеткіш", "№|Көрсеткіш|Мәні / Значение|Показатель",
                "Mục|Nội dung|Thông tin / Information|Item"),
    "f1.caption": ("Таблица 1.1 – Сведения об операторе и объекте / Оператор және объект туралы мәліметтер",
                   "1.1-кесте – Оператор және объект туралы мәліметтер / Сведения об операторе и объекте",
                   "Bảng 1.1. Thông tin chung về cơ sở (General information of the facility)"),
    "f1.partner": ("{p}, {c}, доля в уставном капитале {s} %", "{p}, {c}, жарғылық капиталдағы үлесі {s} %",
                   "{p} – {c} ({ce}); {home}; vốn góp {s}% vốn điều lệ ({s}% of charter capital)"),
    "f1.bin": ("{x}", "{x}", "{x} – đăng ký lần đầu ngày {d}/{m:02d}/{y}, đăng ký thay đổi lần thứ {n} ngày 14/3/2025"),
    "f1.irc": ("", "", "Mã số dự án (Project code): {code}, chứng nhận lần đầu ngày {d}/{m:02d}/{y} "
                       "(first issued), Ban Quản lý các KCN cấp (issued by the IZ Management Board)"),
    "f1.oked": ("{code} – {words}", "{code} – {words}", "{words} (mã ngành VSIC {code})"),
    "f1.cat": ("{cat}*", "{cat}*", "Nhóm {cat} (*)"),
    "f1.coords": ("{lat}° с.ш., {lon}° в.д.", "{lat}° с.е., {lon}° ш.б.", "{lat}°N, {lon}°E"),
    "f1.foot": ("* Категория определена в соответствии с приложением 2 к Экологическому кодексу Республики Казахстан "
                "(решение об определении категории от 12.04.2024 г.).",
                "* Санат Қазақстан Республикасы Экологиялық кодексінің 2-қосымшасына сәйкес айқындалды "
                "(санатты айқындау туралы 12.04.2024 ж. шешім).",
                "(*) Theo Phụ lục IV Nghị định số 08/2022/NĐ-CP (according to Appendix IV of Decree 08/2022/ND-CP)."),
}  # fmt: skip


def facility_j1(doc: Doc) -> None:
    """A card whose labels stand on both sides of the value, one language each — `№ | label (own) | value | label (the
    other)`: RU left and KK right in a Russian programme, the other way round in a Kazakh one (VI: Vietnamese left,
    English right, in a GPMT application of a Korean electronics factory); lines numbered with letters (`а)`, `ә)`; VI
    `a)` … `đ)`), the foreign partner with its share (VI: its country and its home registration number, and the
    investment certificate's ten-digit project code beside the enterprise code), the OKED with its words, the category
    marked `II*` with the footnote under the table, decimal coordinates (VI: written with a decimal point and `N`/`E`)."""
    vi = doc.lang == "vi"
    f = _jv(doc)
    src, r = f["src"], doc.rng
    doc.h(_t(doc, "f1.h"))
    doc.p(_t(doc, "f1.p"))
    if vi:
        keys = ("operator", "partner", "bin", "irc", "name", "address", "oked", "capacity", "category", "coords", "head")
        partner = _t(doc, "f1.partner").format(p=src["partner"], c=src["country"][0], ce=src["country"][1], home=src["home"],
                                               s=src["share"])
        code = f"{r.choice((21, 23, 33, 47))}{r.randint(0, 99999999):08d}"
        values = {
            "partner": partner,
            "bin": _t(doc, "f1.bin").format(x=f["bin"], d=r.randint(1, 28), m=r.randint(1, 12), y=r.randint(2008, 2018),
                                            n=r.randint(3, 9)),
            "irc": _t(doc, "f1.irc").format(code=code, d=r.randint(1, 28), m=r.randint(1, 12), y=r.randint(2008, 2018)),
            "oked": _t(doc, "f1.oked").format(code=src["vsic"][0], words=src["vsic"][1]),
            "capacity": src["capacity"], "head": src["head"],
        }
    else:
        ru, kk = src["ru"], src["kk"]
        own = ru if doc.lang == "ru" else kk
        keys = ("operator", "partner", "bin", "name", "address", "kato", "oked", "category", "coords", "head")
        values = {
            "partner": _t(doc, "f1.partner").format(p=src["partner"], c=own[4], s=src["share"]),
            "bin": f["bin"], "kato": f["kato"],
            "oked": _t(doc, "f1.oked").format(code=f["oked"], words=own[3]),
            "head": own[7],
        }
    values.update(operator=f["operator"], name=f["name"], address=f["address"],
                  category=_t(doc, "f1.cat").format(cat=f["cat"]),
                  coords=_t(doc, "f1.coords").format(lat=_decimal(doc, f["lat"]), lon=_decimal(doc, f["lon"])))
    rows = [_row(doc, "f1.head")]
    for k, key in enumerate(keys):
        four = F1_LABELS[key]
        rows.append([f"{_letter(doc, k)})", _own(doc, four), values[key], _other(doc, four)])
    doc.table(_t(doc, "f1.caption"), rows, role="facility")
    doc.p(_t(doc, "f1.foot"))
    _expect_facility(doc, f, "kato", "oked", "category", "lat", "lon")
    maybe_distractor(doc)


TEXT |= {
    "f2.h": ("ЭКОЛОГИЧЕСКИЙ ПАСПОРТ ПРЕДПРИЯТИЯ", "КӘСІПОРЫННЫҢ ЭКОЛОГИЯЛЫҚ ПАСПОРТЫ",
             "BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG CỦA CƠ SỞ ĐANG HOẠT ĐỘNG"),
    "f2.p": ("Паспорт разработан в 2009 году и актуализирован по состоянию на 01.01.2026 г. Текст разделов восстановлен "
             "с бумажного экземпляра, хранящегося в отделе охраны окружающей среды.",
             "Паспорт 2009 жылы әзірленіп, 01.01.2026 ж. жағдай бойынша өзектендірілді. Бөлімдердің мәтіні қоршаған ортаны "
             "қорғау бөлімінде сақталған қағаз данасынан қалпына келтірілді.",
             "Cơ sở được thành lập năm 1998 theo Giấy phép đầu tư do Bộ Kế hoạch và Đầu tư cấp. Một số thông tin dưới đây "
             "được đánh máy lại từ hồ sơ gốc lưu trữ tại Công ty."),
    "f2.section": ("Раздел 1. Общие сведения о предприятии", "1-бөлім. Кәсіпорын туралы жалпы мәліметтер",
                   "1. THÔNG TIN CHUNG VỀ CƠ SỞ"),
    "f2.head": ("№ п/п|Наименование показателя|Значение|Примечание", "Р/с №|Көрсеткіштің атауы|Мәні|Ескертпе",
                "STT|Nội dung|Thông tin|Ghi chú"),
    # KK labels partly left in Russian, as the passport's form printed them
    "f2.labels": ("Полное наименование предприятия|Прежнее наименование|РНН|БИН|Код ОКПО|Юридический адрес|"
                  "Наименование производственного объекта|Местонахождение объекта|Код КАТО|Основной вид деятельности (ОКЭД)|"
                  "Категория объекта|Географические координаты|Иностранный участник совместного предприятия|"
                  "Год ввода в эксплуатацию",
                  "Кәсіпорынның толық атауы|Бұрынғы атауы|РНН|БСН|Код ОКПО|Заңды мекенжайы|Өндірістік объектінің атауы|"
                  "Объектінің орналасқан жері|ҚАТО коды|Негізгі қызмет түрі (ЭҚЖЖ)|Объектінің санаты|"
                  "Географиялық координаттары|Бірлескен кәсіпорынның шетелдік қатысушысы|Пайдалануға берілген жылы",
                  "Tên chủ cơ sở|Giấy phép đầu tư (cấp lần đầu)|Giấy chứng nhận đầu tư|Mã số doanh nghiệp|Tên cơ sở|"
                  "Địa điểm thực hiện|Ngành nghề sản xuất|Quy mô, công suất|Phân loại cơ sở|Tọa độ trung tâm khu đất|"
                  "Số lao động"),
    "f2.notes": ("перерегистрация 14.05.2019 г.|до 2019 г.|недействителен с 01.01.2013 г.|–|–|–|–|–|–|–|"
                 "ранее – IV класс санитарной классификации (СЗЗ 100 м)|–|доля {s} %|–",
                 "14.05.2019 ж. қайта тіркелді|2019 ж. дейін|01.01.2013 ж. бастап жарамсыз|–|–|–|–|–|–|–|"
                 "бұрын – IV санитариялық сынып (СҚА 100 м)|–|үлесі {s} %|–",
                 "Tên giao dịch: {en}|Đã hết hiệu lực|Do Ban Quản lý các KCN tỉnh Đồng Nai cấp|Đồng thời là mã số thuế|–|–|–|–|"
                 "–|–|–"),
    "f2.licence": ("", "", "Số {n}/GP ngày 15/6/1998 của Bộ Kế hoạch và Đầu tư"),
    "f2.irc": ("", "", "Số {x}, chứng nhận thay đổi lần thứ 3 ngày 20/11/2009"),
    "f2.cat": ("{cat}", "{cat}", "Cơ sở nhóm {cat} (1)"),
    "f2.coords": ("{dms}¹⁾", "{dms}¹⁾", "{dms} (2)"),
    "f2.staff": ("", "", "{n} người"),
    "f2.foot": ("¹⁾ Координаты уточнены по данным GPS-съемки 2025 г. в системе WGS-84. Сокращения: РНН – регистрационный "
                "номер налогоплательщика; ОКПО – общий классификатор предприятий и организаций; СЗЗ – санитарно-защитная зона.",
                "¹⁾ Координаттар 2025 ж. GPS-түсірілім деректері бойынша WGS-84 жүйесінде нақтыланды. Қысқартулар: РНН – "
                "салық төлеушінің тіркеу нөмірі; ОКПО – кәсіпорындар мен ұйымдардың жалпы жіктеуіші; СҚА – "
                "санитариялық-қорғау аймағы.",
                "Ghi chú: (1) Theo Phụ lục IV ban hành kèm theo Nghị định số 08/2022/NĐ-CP; (2) Hệ tọa độ WGS-84, đo tại "
                "cổng chính của nhà máy."),
}  # fmt: skip


def facility_j2(doc: Doc) -> None:
    """An ecological passport retyped from a scan: a three-row header — the section's title as a row spanning the table,
    `№ п/п | показатель | значение | примечание`, a row of column numbers — items numbered 1.1 …; the old РНН (twelve
    digits, struck out in the notes) and the ОКПО beside the BIN, the former name, the legal address in a city other
    than the site's, the category as a bare numeral with the former sanitary class (`IV`) in the notes, coordinates in
    DMS with a footnote mark; some KK labels left in Russian. VI: an old FDI shoe factory's GPMT application, its 1998
    investment licence and a twelve-digit investment certificate beside the enterprise code, `(1)`, `(2)` marks."""
    vi = doc.lang == "vi"
    f = _jv(doc, 2 if vi else None)
    src, r = f["src"], doc.rng
    doc.h(_t(doc, "f2.h"))
    doc.p(_t(doc, "f2.p"))
    labels = _list(doc, "f2.labels")
    notes = _t(doc, "f2.notes").format(s=src.get("share", ""), en=src.get("en", "")).split("|")
    coords = _t(doc, "f2.coords").format(dms=_dms_text(doc, f))
    if vi:
        values = [f["operator"], _t(doc, "f2.licence").format(n=r.randint(1200, 2100)),
                  _t(doc, "f2.irc").format(x=f"47204300{r.randint(0, 9999):04d}"), f["bin"], f["name"], f["address"],
                  f"{src['vsic'][1]} (VSIC {src['vsic'][0]})", src["capacity"].split(" (")[0],
                  _t(doc, "f2.cat").format(cat=f["cat"]), coords, _t(doc, "f2.staff").format(n=num(r.randint(40, 95) * 100, "vi"))]
    else:
        own = src[doc.lang]
        rnn = f"6009{r.randint(0, 99):02d}0{r.randint(0, 99999):05d}"
        values = [f["operator"], own[5], rnn, f["bin"], f"{r.randint(10, 99)}{r.randint(0, 999999):06d}", own[6], f["name"],
                  f["address"], f["kato"], f"{f['oked']} – {own[3]}", f["cat"], coords, f"{src['partner']} ({own[4]})",
                  str(r.randint(2006, 2012))]
    rows, merges = [], []
    _span(rows, merges, _t(doc, "f2.section"), 4)
    rows += [_row(doc, "f2.head"), [f"({k})" if vi else str(k) for k in range(1, 5)]]
    for k, (label, value, note) in enumerate(zip(labels, values, notes, strict=True), 1):
        rows.append([f"1.{k}", label, value, note])
    doc.table(None, rows, merges, role="facility")
    doc.p(_t(doc, "f2.foot"))
    _expect_facility(doc, f, "kato", "oked", "category", "lat", "lon")
    distractor(doc, "contacts")


# ---------------------------------------------------------------- emissions

# KZ sources of the JVs: (RU, KK) name, organised?, codes
JV_SOURCES = {
    "boiler": (("Дымовая труба газовой котельной", "Газ қазандығының түтін мұржасы"), True, ("0301", "0304", "0337", "0703")),
    "diesel": (("Выхлопная труба резервного дизель-генератора", "Резервтік дизель-генератордың шығару құбыры"), True,
               ("0301", "0304", "0328", "0330", "0337", "1325", "2754")),
    "paint": (("Вытяжная труба окрасочной камеры", "Бояу камерасының сорғыш құбыры"), True, ("0616", "0621", "2902")),
    "glue": (("Вытяжная труба клеевого участка", "Желім учаскесінің сорғыш құбыры"), True, ("0621", "0616", "1325")),
    "solder": (("Вентиляционная труба участка пайки", "Дәнекерлеу (пайка) учаскесінің желдету құбыры"), True, ("0184", "2902")),
    "cutting": (("Аспирационная труба раскройного цеха", "Пішу цехының аспирациялық құбыры"), True, ("2902",)),
    "welding": (("Сварочный пост ремонтного участка", "Жөндеу учаскесінің дәнекерлеу посты"), False, ("0123", "0143")),
    "parking": (("Открытая стоянка автотранспорта", "Ашық автокөлік тұрағы"), False, ("0301", "0330", "0337", "2704")),
}  # fmt: skip
PROCESS = {"garment": "cutting", "electronics": "solder", "footwear": "glue", "parts": "paint"}
# VI sources of the FDI factories: (VI, EN) name, codes
FDI_SOURCES = {
    "boiler": (("Ống khói lò hơi đốt viên nén sinh khối", "Biomass pellet boiler stack"), ("2902", "0330", "0301", "0337")),
    "diesel": (("Ống xả máy phát điện dự phòng", "Standby diesel generator exhaust"), ("2902", "0330", "0301", "0337")),
    "solder": (("Ống thải hệ thống xử lý khói hàn thiếc", "Soldering fume exhaust stack"), ("0184", "2902")),
    "glue": (("Ống thải hệ thống xử lý hơi dung môi khu quét keo", "Adhesive line solvent exhaust stack"), ("0621", "0616", "0602")),
    "paint": (("Ống thải buồng phun sơn", "Spray booth exhaust stack"), ("0616", "0621", "2902")),
    "cutting": (("Ống thải hệ thống lọc bụi xưởng cắt", "Cutting room dust collector stack"), ("2902",)),
}  # fmt: skip
FDI_PROCESS = {"garment": ("cutting",), "electronics": ("solder",), "footwear": ("glue", "paint")}
# English names of the pollutants, glossed beside the Vietnamese ones
EN_AIR = {
    "2902": "Total dust", "0330": "Sulphur dioxide", "0301": "Nitrogen dioxide", "0337": "Carbon monoxide",
    "0184": "Lead and its compounds", "0621": "Toluene", "0616": "Xylene", "0602": "Benzene", "1325": "Formaldehyde",
}  # fmt: skip
# code: (low, high) g/s
SPAN = {"0184": (0.00002, 0.0006), "0703": (0.0000001, 0.000002), "0602": (0.0002, 0.004), "1325": (0.0005, 0.01),
        "0123": (0.001, 0.02), "0143": (0.0001, 0.002)}  # fmt: skip


def _rates(doc: Doc, codes, hours: int) -> list[tuple[str, float, float]]:
    """(code, g/s, t/year) of each substance, the tonnes from the seconds of the source's hours of work."""
    out = []
    for c in codes:
        low, high = SPAN.get(c, (0.004, 1.6))
        g = rate(doc.rng, low, high, 3)
        t = _sig(g * 3.6e-3 * hours, 3)
        out.append((c, g, t))
    return out


def _jv_sources(doc: Doc, kind: str, n_org: int) -> list[tuple[str, str, bool, tuple[str, ...], str]]:
    """(number, name, organised, codes, key) of a JV's sources: the boiler, the generator, the process and n_org - 3 more."""
    lang_i = vocab.LANGS.index(doc.lang)
    names = ["boiler", "diesel", PROCESS[kind]]
    names += doc.rng.sample([x for x in ("paint", "glue", "solder", "cutting") if x not in names], max(0, n_org - 3))
    names += [doc.pick(("welding", "parking"))]
    out, org, unorg = [], doc.rng.randint(1, 3), doc.rng.randint(1, 3)
    for key in names:
        (ru, kk), organised, codes = JV_SOURCES[key]
        keep = codes if len(codes) <= 4 else codes[:2] + tuple(doc.rng.sample(codes[2:], 2))
        number = f"{org:04d}" if organised else f"{6000 + unorg:04d}"
        org, unorg = (org + 1, unorg) if organised else (org, unorg + 1)
        out.append((number, (ru, kk)[lang_i], organised, keep, key))
    return out


TEXT |= {
    "e1.h": ("Проект нормативов допустимых выбросов загрязняющих веществ в атмосферный воздух на 2026–2035 годы",
             "2026–2035 жылдарға арналған атмосфералық ауаға ластаушы заттардың жол берілетін шығарындыларының нормативтері жобасы",
             "CHƯƠNG 3. ĐÁNH GIÁ, DỰ BÁO TÁC ĐỘNG MÔI TRƯỜNG VÀ ĐỀ XUẤT CÁC BIỆN PHÁP, CÔNG TRÌNH BẢO VỆ MÔI TRƯỜNG"),
    "e1.p": ("Оператор: {operator}. Объект: {name}. Таблица нормативов приведена на государственном и русском языках.",
             "Оператор: {operator}. Объект: {name}. Нормативтер кестесі мемлекеттік және орыс тілдерінде келтірілген; "
             "заттардың атаулары есептеу бағдарламасының шығысы бойынша орыс тілінде берілген.",
             "Chủ dự án: {operator}. Dự án: {name}. Tải lượng các chất ô nhiễm được tính toán cho từng nguồn thải khi nhà máy "
             "đi vào vận hành ổn định (at stable operation)."),
    "e1.head0": ("№|Код ЗВ\nЛЗ коды|Наименование ЗВ\nЛЗ атауы|Класс опасности\nҚауіптілік сыныбы|"
                 "Норматив допустимых выбросов\nЖол берілетін шығарындылар нормативі|^",
                 "№|ЛЗ коды\nКод ЗВ|ЛЗ атауы\nНаименование ЗВ|Қауіптілік сыныбы\nКласс опасности|"
                 "Жол берілетін шығарындылар нормативі\nНорматив допустимых выбросов|^",
                 "STT\nNo.|Chất ô nhiễm\nPollutant|Tải lượng ô nhiễm\nEmission load|^|Ghi chú\nRemarks"),
    "e1.head1": ("^|^|^|^|г/с|т/год\nт/жыл", "^|^|^|^|г/с|т/жыл\nт/год", "^|^|g/s|tấn/năm\ntonnes/year|^"),
    "e1.group": ("Источник № {n} / № {n} көз – {name} ({kind})", "№ {n} көз / Источник № {n} – {name} ({kind})",
                 "{letter}. {name} – {en}"),
    "e1.kinds": ("организованный|неорганизованный", "ұйымдастырылған|ұйымдастырылмаған", "|"),
    "e1.total": ("Всего по предприятию / Кәсіпорын бойынша барлығы", "Кәсіпорын бойынша барлығы / Всего по предприятию", ""),
    "e1.mark": ("¹⁾", "¹⁾", ""),
    "e1.foot": ("¹⁾ Резервный дизель-генератор включается только при отключении внешнего электроснабжения, не более 200 ч/год.",
                "¹⁾ Резервтік дизель-генератор сыртқы электрмен жабдықтау ажыратылғанда ғана іске қосылады, жылына 200 сағаттан аспайды.",
                "Ghi chú (Notes): tải lượng tính theo hệ số phát thải của WHO (1993) và AP-42 (US EPA) (emission factors of WHO, 1993 and US EPA AP-42)."),
    "e1.remarks": ("", "", "Sau xử lý (after treatment)|Tính theo hệ số WHO (WHO factors)|–"),
    "e1.caption": ("Таблица 3.1 – Нормативы допустимых выбросов / Жол берілетін шығарындылар нормативтері",
                   "3.1-кесте – Жол берілетін шығарындылар нормативтері / Нормативы допустимых выбросов",
                   "Bảng 3.14. Tải lượng các chất ô nhiễm không khí trong giai đoạn vận hành "
                   "(Air pollutant loads – operation phase)"),
}  # fmt: skip


def emissions_j1(doc: Doc) -> None:
    """A JV's НДВ table: a header whose every cell holds both languages on two lines (`Код ЗВ / ЛЗ коды`), `г/с | т/год`
    under a merged norm header and a row of column numbers; a group row per source (`Источник № 0001 / № 0001 көз – …
    (организованный)`) above its substances lettered `а)`, `б)` …, the reserve generator's name carrying `¹⁾` explained
    under the table; in the Kazakh document the substance names left in Russian as the calculation program printed them;
    a total row. VI: an FDI factory's ĐTM, loads of the operation phase (named in the caption), a group row per lettered
    source (`A. Ống khói lò hơi … – Biomass pellet boiler stack`), the pollutants numbered `A1`, `A2` with English glosses,
    a remarks column."""
    vi = doc.lang == "vi"
    f = _jv(doc)
    doc.h(_t(doc, "e1.h"))
    doc.p(_t(doc, "e1.p").format(operator=f["operator"], name=f["name"]))
    rows = [_row(doc, "e1.head0"), _row(doc, "e1.head1")]
    if vi:
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 1, 4)]
        keys = ["boiler", *FDI_PROCESS[f["src"]["kind"]], "diesel"]
        for k, key in enumerate(keys):
            (name, en), codes = FDI_SOURCES[key]
            letter = "ABCDE"[k]
            _span(rows, merges, _t(doc, "e1.group").format(letter=letter, name=name, en=en), 5)
            hours = 200 if key == "diesel" else doc.pick((4800, 6240, 7200))
            for j, (c, g, t) in enumerate(_rates(doc, codes, hours), 1):
                remark = doc.pick(_list(doc, "e1.remarks"))
                rows.append([f"{letter}{j}", f"{vocab.air(c, 'vi')} ({EN_AIR[c]})", num(g, "vi"), num(t, "vi"), remark])
                doc.add("emissions", emission(c, g, t, period="operation"))
        doc.table(_t(doc, "e1.caption"), rows, merges, role="emissions")
        doc.p(_t(doc, "e1.foot"))
        maybe_distractor(doc)
        return
    rows.append([str(k) for k in range(1, 7)])
    merges = [(0, c, 1, c) for c in range(4)] + [(0, 4, 0, 5)]
    sources = _jv_sources(doc, f["src"]["kind"], doc.rng.randint(3, 4))
    org, unorg = _list(doc, "e1.kinds")
    every = []
    for number, name, organised, codes, key in sources:
        shown = name + (_t(doc, "e1.mark") if key == "diesel" else "")
        _span(rows, merges, _t(doc, "e1.group").format(n=number, name=shown, kind=org if organised else unorg), 6)
        hours = 200 if key == "diesel" else doc.pick((2016, 4032, 6048, 8760) if organised else (1200, 2000))
        for j, (c, g, t) in enumerate(_rates(doc, codes, hours)):
            hazard = vocab.hazard(c)
            rows.append([f"{_letter(doc, j)})", c, vocab.air(c, "ru"), str(hazard) if hazard else "–", num(g, doc.lang),
                         num(t, doc.lang)])
            doc.add("emissions", emission(c, g, t, number, hazard))
            every.append((g, t))
    rows.append([_t(doc, "e1.total"), None, None, None, total(doc, [g for g, _ in every]), total(doc, [t for _, t in every])])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 3))
    doc.table(_t(doc, "e1.caption"), rows, merges, role="emissions")
    doc.p(_t(doc, "e1.foot"))
    doc.add("sources", *({"number": s[0], "type": "organized" if s[2] else "unorganized"} for s in sources))
    maybe_distractor(doc)


# workshops of a JV's inventory: (RU, KK, VI, EN), the sources it holds
SHOPS = {
    "boiler": (("Котельная", "Қазандық", "Khu vực lò hơi", "Boiler house"), ("boiler",)),
    "process": (("Основной производственный корпус", "Негізгі өндірістік корпус", "Nhà xưởng sản xuất chính", "Main production building"),
                ()),
    "power": (("Энергоучасток", "Энергоучаске", "Trạm điện dự phòng", "Standby power station"), ("diesel",)),
    "repair": (("Ремонтно-механический участок", "Жөндеу-механикалық учаске", "", ""), ("welding",)),
    "yard": (("Территория предприятия", "Кәсіпорын аумағы", "", ""), ("parking",)),
}  # fmt: skip
TEXT |= {
    "e2.h": ("Отчет по инвентаризации источников выбросов загрязняющих веществ в атмосферный воздух",
             "Атмосфералық ауаға ластаушы заттар шығарындыларының көздерін түгендеу жөніндегі есеп",
             "BÁO CÁO KẾT QUẢ KIỂM KÊ KHÍ THẢI CÔNG NGHIỆP NĂM 2025\nINDUSTRIAL AIR EMISSION INVENTORY REPORT 2025"),
    "e2.p": ("{operator}. Объект: {name}. Инвентаризация выполнена в 2025 году; таблица воспроизведена по сканированной копии "
             "отчета 2025 года.",
             "{operator}. Объект: {name}. Түгендеу 2025 жылы жүргізілді; кесте 2025 жылғы есептің сканерленген көшірмесі "
             "бойынша қайта берілген.",
             "{operator} ({name}). Số liệu được tổng hợp theo kết quả đo đạc và tính toán năm 2025 "
             "(data compiled from 2025 measurements and calculations)."),
    "e2.caption": ("Таблица 2.4 – Источники выбросов и выбросы загрязняющих веществ по результатам инвентаризации 2025 г.",
                   "2.4-кесте – 2025 ж. түгендеу нәтижелері бойынша шығарынды көздері және ластаушы заттар шығарындылары",
                   "Bảng 2.3. Kết quả kiểm kê các nguồn khí thải năm 2025 (Air emission sources inventory, 2025)"),
    "e2.head0": ("Наименование цеха, участка|Источник выброса|^|Загрязняющее вещество|^|Выброс загрязняющих веществ|^",
                 "Цехтың, учаскенің атауы|Шығарынды көзі|^|Ластаушы зат|^|Ластаушы заттар шығарындысы|^",
                 "Xưởng, khu vực\nWorkshop, area|Nguồn thải\nEmission source|Chất ô nhiễm\nPollutant|Tải lượng\nEmission load|^"),
    "e2.head1": ("^|номер|наименование|код|наименование|г/с|т/год", "^|нөмірі|атауы|коды|атауы|г/с|т/жыл",
                 "^|^|^|g/s|tấn/năm\nt/year"),
    "e2.letters": ("А|Б|В|Г|Д|1|2", "А|Б|В|Г|Д|1|2", "(A)|(B)|(C)|(1)|(2)"),
    "e2.total": ("Всего по предприятию", "Кәсіпорын бойынша барлығы", "Tổng cộng (Total)"),
    "e2.mark": ("*", "*", " (*)"),
    "e2.foot": ("* – по данным инструментальных замеров (протоколы испытаний ИЛ ТОО «ЭкоЛаб-Шымкент» № 112–118 от 14.08.2025 г.); "
                "остальные значения – расчетным методом.",
                "* – аспаптық өлшеу деректері бойынша («ЭкоЛаб-Шымкент» ЖШС СЗ 14.08.2025 ж. № 112–118 сынақ хаттамалары); "
                "қалған мәндер – есептік әдіспен.",
                "(*) Theo kết quả đo đạc của đơn vị có chứng nhận VIMCERTS (measured by a VIMCERTS-certified laboratory); "
                "các giá trị khác tính theo hệ số phát thải AP-42 (US EPA)."),
}  # fmt: skip


def emissions_j2(doc: Doc) -> None:
    """An inventory retyped from a scan: the caption printed as the table's first row, spanning it; a three-row header —
    `цех | источник выброса (номер | наименование) | вещество (код | наименование) | выброс (г/с | т/год)` — closed by a
    row of column letters `А | Б | В | Г | Д | 1 | 2`; the workshop merged down over its sources, each source's number
    and name merged over its substances; instrumental g/s figures marked `*` with the footnote under the table; a total
    for the enterprise; no hazard class. VI: an FDI factory's emission inventory, bilingual header cells, the workshop
    and the named source merged down, letters `(A) (B) (C)` and numbers `(1) (2)`, measured figures marked ` (*)`."""
    vi = doc.lang == "vi"
    f = _jv(doc)
    kind = f["src"]["kind"]
    doc.h(_t(doc, "e2.h"))
    doc.p(_t(doc, "e2.p").format(operator=f["operator"], name=f["name"]))
    width = 5 if vi else 7
    rows, merges = [], []
    _span(rows, merges, _t(doc, "e2.caption"), width)
    rows += [_row(doc, "e2.head0"), _row(doc, "e2.head1"), _row(doc, "e2.letters")]
    if vi:
        merges += [(1, 0, 2, 0), (1, 1, 2, 1), (1, 2, 2, 2), (1, 3, 1, 4)]
        shops = [("boiler", ["boiler"]), ("process", list(FDI_PROCESS[kind])), ("power", ["diesel"])]
    else:
        merges += [(1, 0, 2, 0), (1, 1, 1, 2), (1, 3, 1, 4), (1, 5, 1, 6)]
        shops = [("boiler", ["boiler"]), ("process", [PROCESS[kind]]), ("power", ["diesel"]),
                 doc.pick((("repair", ["welding"]), ("yard", ["parking"])))]
    lang_i = vocab.LANGS.index(doc.lang)
    org, unorg = doc.rng.randint(1, 4), doc.rng.randint(1, 4)
    mark = _t(doc, "e2.mark")
    every, sources = [], []
    for shop, keys in shops:
        four = SHOPS[shop][0]
        shop_start = len(rows)
        for key in keys:
            if vi:
                (name, en), codes = FDI_SOURCES[key]
                name, organised = f"{name}\n{en}", True
            else:
                names, organised, codes = JV_SOURCES[key]
                name = names[lang_i]
                codes = codes[:4] if len(codes) > 4 else codes
            number = f"{org:04d}" if organised else f"{6000 + unorg:04d}"
            org, unorg = (org + 1, unorg) if organised else (org, unorg + 1)
            hours = 300 if key == "diesel" else doc.pick((4200, 6000, 8400))
            src_start = len(rows)
            for j, (c, g, t) in enumerate(_rates(doc, codes, hours)):
                measured = organised and key != "diesel" and doc.rng.random() < 0.5
                gs = num(g, doc.lang) + (mark if measured else "")
                lead = [_both(doc, four) if vi else _own(doc, four)] if len(rows) == shop_start else [None]
                if vi:
                    rows.append([*lead, name if j == 0 else None, f"{vocab.air(c, 'vi')} ({EN_AIR[c]})", gs, num(t, "vi")])
                    doc.add("emissions", emission(c, g, t))
                else:
                    rows.append([*lead, number if j == 0 else None, name if j == 0 else None, c, vocab.air(c, doc.lang), gs,
                                 num(t, doc.lang)])
                    doc.add("emissions", emission(c, g, t, number))
                every.append((g, t))
            _down(rows, src_start, 1, merges)
            if not vi:
                _down(rows, src_start, 2, merges)
                sources.append({"number": number, "type": "organized" if organised else "unorganized"})
        _down(rows, shop_start, 0, merges)
    foot = [_t(doc, "e2.total"), *([None] * (width - 3)), total(doc, [g for g, _ in every]), total(doc, [t for _, t in every])]
    rows.append(foot)
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 3))
    doc.table(None, rows, merges, role="emissions")
    doc.p(_t(doc, "e2.foot"))
    if not vi:
        doc.add("sources", *sources)
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

# List-of-Waste entries of the JVs: (code, RU, KK, state, (low, high) t/year)
JV_WASTES = {
    "garment": (("04 02 22", "Обрезь и лоскут текстильных тканей", "Тоқыма маталарының қиындылары мен қиықтары", 0, (4, 95)),
                ("04 02 09", "Отходы композитных материалов (дублерин, флизелин)", "Композиттік материалдар қалдықтары (дублерин, флизелин)",
                 0, (0.5, 6))),
    "electronics": (("16 02 13*", "Списанное электронное оборудование, содержащее опасные компоненты",
                     "Құрамында қауіпті компоненттер бар есептен шығарылған электрондық жабдық", 0, (0.2, 3)),
                    ("16 02 16", "Компоненты, извлеченные из списанного оборудования", "Есептен шығарылған жабдықтан алынған компоненттер",
                     0, (0.3, 5))),
    "footwear": (("08 04 09*", "Отходы клеев, содержащие органические растворители", "Құрамында органикалық еріткіштер бар желім қалдықтары",
                  2, (0.1, 2.5)),
                 ("04 01 09", "Обрезь кожи от раскроя и отделки", "Пішу мен әрлеуден қалған былғары қиындылары", 0, (2, 40))),
    "parts": (("08 03 17*", "Отходы тонера для печати, содержащие опасные вещества", "Құрамында қауіпті заттар бар басу тонерінің қалдықтары",
               0, (0.02, 0.3)),
              ("12 01 03", "Опилки и стружка цветных металлов", "Түсті металдардың үгінділері мен жоңқалары", 0, (0.5, 8))),
}  # fmt: skip
# common wastes of every JV: (code, RU, KK, state, (low, high))
JV_COMMON = (
    ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", 0, (0.01, 0.2)),
    ("15 02 02*", "Промасленная ветошь", "Майланған шүберек", 0, (0.05, 1.2)),
    ("13 02 05*", "Отработанные моторные масла", "Пайдаланылған мотор майлары", 1, (0.1, 1.5)),
    ("16 06 01*", "Отработанные свинцовые аккумуляторы", "Пайдаланылған қорғасын аккумуляторлары", 0, (0.05, 0.8)),
    ("15 01 01", "Бумажная и картонная упаковка", "Қағаз және картон орамасы", 0, (3, 60)),
    ("15 01 02", "Пластиковая упаковка", "Пластик орама", 0, (1, 25)),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", 0, (8, 120)),
)
STATES = (("твердое", "қатты"), ("жидкое", "сұйық"), ("пастообразное", "пасталы"))


def _jv_wastes(doc: Doc, kind: str, n: int) -> list[dict]:
    """The JV's own two wastes and n - 2 common ones, hazardous first, amounts in tonnes a year."""
    picked = list(JV_WASTES[kind]) + doc.rng.sample(JV_COMMON, n - 2)
    picked.sort(key=lambda w: not w[0].endswith("*"))
    out = []
    for code, ru, kk, state, (low, high) in picked:
        out.append({"code": code, "ru": ru, "kk": kk, "name": ru if doc.lang == "ru" else kk, "hazardous": code.endswith("*"),
                    "state": STATES[state], "t": rate(doc.rng, low, high, 3)})
    return out


def _expect_jv(doc: Doc, wastes: list[dict]) -> None:
    doc.add("wastes", *({"code": w["code"], "code_system": "LoW", "hazardous": w["hazardous"], "amount_t": w["t"],
                         "name_contains": w["name"]} for w in wastes))


# English names of Vietnam's hazardous wastes (vocab.VN_CTNH) and ordinary ones (vocab.VN_ORDINARY)
EN_WASTE = {
    "17 02 03": "Waste engine, gear and lubricating oils",
    "16 01 06": "Waste fluorescent tubes and other mercury-containing glass",
    "18 02 01": "Absorbents, filter materials, wiping cloths contaminated with hazardous substances",
    "18 01 02": "Waste rigid metal packaging",
    "18 01 03": "Waste rigid plastic packaging",
    "19 06 01": "Waste lead-acid batteries",
    "08 02 04": "Waste toner cartridges containing hazardous substances",
    "16 01 13": "Waste electronic equipment, parts and components",
    "Bao bì giấy, carton thải": "Waste paper and carton packaging",
    "Phế liệu kim loại": "Scrap metal",
    "Vải vụn, chỉ thừa": "Fabric scraps and thread waste",
    "Pallet gỗ hư hỏng": "Damaged wooden pallets",
    "Bùn thải từ hệ thống xử lý nước thải": "Sludge from the wastewater treatment system",
    "Xỉ than lò hơi": "Boiler slag",
}
VI_STATE = {"Rắn": "Rắn (Solid)", "Lỏng": "Lỏng (Liquid)", "Bùn": "Bùn (Sludge)"}

TEXT |= {
    "w1.h": ("Программа управления отходами на 2026–2035 годы", "2026–2035 жылдарға арналған қалдықтарды басқару бағдарламасы",
             "BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025\nANNUAL ENVIRONMENTAL PROTECTION REPORT 2025"),
    "w1.p": ("{operator}, {name}. Раздел 3. Виды и количество отходов, образовавшихся в 2025 году (базовый год программы).",
             "{operator}, {name}. 3-бөлім. 2025 жылы түзілген қалдықтардың түрлері мен мөлшері (бағдарламаның базалық жылы).",
             "{operator} ({name}). Mục 4. Kết quả quản lý chất thải rắn và chất thải nguy hại (Solid and hazardous waste management)."),
    "w1.head": ("№|Наименование отхода\nҚалдықтың атауы|Код отхода\nҚалдық коды|Агрегатное состояние\nАгрегаттық күйі|"
                "Количество, т/год\nМөлшері, т/жыл|Способ обращения\nҚалдықтармен жұмыс тәсілі",
                "№|Қалдықтың атауы\nНаименование отхода|Қалдық коды\nКод отхода|Агрегаттық күйі\nАгрегатное состояние|"
                "Мөлшері, т/жыл\nКоличество, т/год|Қалдықтармен жұмыс тәсілі\nСпособ обращения",
                "STT\nNo.|Tên chất thải\nWaste|Mã chất thải\nWaste code|Trạng thái\nState|Khối lượng (kg)\nQuantity (kg)|"
                "Đơn vị tiếp nhận\nReceiver"),
    "w1.groups": ("А. Опасные отходы / Қауіпті қалдықтар|Б. Неопасные отходы / Қауіпті емес қалдықтар",
                  "А. Қауіпті қалдықтар / Опасные отходы|Б. Қауіпті емес қалдықтар / Неопасные отходы",
                  "A. CHẤT THẢI NGUY HẠI (HAZARDOUS WASTE)|B. CHẤT THẢI RẮN CÔNG NGHIỆP THÔNG THƯỜNG (GENERAL INDUSTRIAL SOLID WASTE)"),
    "w1.letters": ("А|Б", "А|Б", "A|B"),
    "w1.ops.h": ("передача ТОО «КазЭкоСервис» по договору № 45/26|обезвреживание специализированной организацией",
                 "№ 45/26 шарт бойынша «КазЭкоСервис» ЖШС-ға беру|мамандандырылған ұйымның залалсыздандыруы",
                 "Công ty TNHH Môi trường Xanh Việt (GP 1-2-3-4-5.089.VX)|Công ty CP Môi trường Thuận Thành"),
    "w1.ops.n": ("сдача на переработку (вторсырье)|вывоз на полигон ТБО", "қайта өңдеуге тапсыру (қайталама шикізат)|ҚТҚ полигонына шығару",
                 "Công ty TNHH Tái chế Hưng Phát|Công ty CP Môi trường Đô thị"),
    "w1.mark": ("*", "*", " (*)"),
    "w1.total": ("Всего / Барлығы", "Барлығы / Всего", "Tổng cộng (Total)"),
    "w1.foot": ("* – по данным весового учета (акты приема-передачи); остальные значения – расчетным методом.",
                "* – салмақтық есепке алу деректері бойынша (қабылдау-беру актілері); қалған мәндер – есептік әдіспен.",
                "(*) Khối lượng theo chứng từ chất thải nguy hại (according to hazardous waste manifests); các giá trị khác "
                "theo sổ theo dõi nội bộ (internal logbook)."),
    "w1.caption": ("Таблица 3.1 – Отходы производства и потребления / Өндіріс және тұтыну қалдықтары",
                   "3.1-кесте – Өндіріс және тұтыну қалдықтары / Отходы производства и потребления",
                   "Bảng 4.1. Khối lượng chất thải phát sinh năm 2025 (Waste generated in 2025)"),
}  # fmt: skip


def wastes_j1(doc: Doc) -> None:
    """A JV's waste-management programme: a header whose cells hold both languages on two lines, lettered group rows
    spanning the table (`А. Опасные отходы / Қауіпті қалдықтар`), the items numbered `А.1`, `Б.2`, the code, the state in
    words, tonnes a year with weighed amounts marked `*`, the handling last, a total and the footnote under the table;
    the JV's own wastes (textile cuttings, leather, adhesives, discarded electronics) among the usual ones. VI: an FDI
    factory's annual report, `A. CHẤT THẢI NGUY HẠI (HAZARDOUS WASTE)` and `B. …` groups, items `A1`, `B2`, Vietnamese names
    with English glosses, hazardous wastes coded, ordinary ones with a dash, kilograms, manifest amounts marked ` (*)`."""
    vi = doc.lang == "vi"
    f = _jv(doc)
    doc.h(_t(doc, "w1.h"))
    doc.p(_t(doc, "w1.p").format(operator=f["operator"], name=f["name"]))
    rows, merges = [_row(doc, "w1.head")], []
    mark, marked = _t(doc, "w1.mark"), False
    groups = _list(doc, "w1.groups")
    letters = _list(doc, "w1.letters")
    amounts = []
    if vi:
        hazardous = vn_wastes(doc, doc.rng.randint(4, 5))
        plain = [{"code": None, "name": x, "hazardous": False, "kg": doc.rng.randint(5, 900) * 50, "state": "Rắn"}
                 for x in doc.rng.sample(vocab.VN_ORDINARY, 3)]
        for group, letter, items in ((groups[0], letters[0], hazardous), (groups[1], letters[1], plain)):
            _span(rows, merges, group, 6)
            for k, w in enumerate(items, 1):
                figure = num(w["kg"], "vi")
                if w["hazardous"] and doc.rng.random() < 0.5:
                    figure, marked = figure + mark, True
                en = EN_WASTE[w["code"] if w["hazardous"] else w["name"]]
                rows.append([f"{letter}{k}", f"{w['name']}\n({en})", w["code"] or "–", VI_STATE[w["state"]], figure,
                             doc.pick(_list(doc, "w1.ops.h" if w["hazardous"] else "w1.ops.n"))])
                amounts.append(w["kg"])
        expect_vn(doc, hazardous)
        doc.add("wastes", *({"code": None, "code_system": None, "hazardous": False, "amount_t": w["kg"] / 1000,
                             "name_contains": w["name"]} for w in plain))
    else:
        wastes = _jv_wastes(doc, f["src"]["kind"], doc.rng.randint(6, 7))
        lang_i = vocab.LANGS.index(doc.lang)
        for hazardous, group, letter in zip((True, False), groups, letters, strict=True):
            items = [w for w in wastes if w["hazardous"] == hazardous]
            _span(rows, merges, group, 6)
            for k, w in enumerate(items, 1):
                figure = num(w["t"], doc.lang)
                if doc.rng.random() < 0.4:
                    figure, marked = figure + mark, True
                ops = _list(doc, "w1.ops.h" if hazardous else "w1.ops.n")
                rows.append([f"{letter}.{k}", w["name"], w["code"], w["state"][lang_i], figure, doc.pick(ops)])
                amounts.append(w["t"])
        _expect_jv(doc, wastes)
    rows.append([_t(doc, "w1.total"), None, None, None, num(round(sum(amounts), 6), doc.lang), ""])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 3))
    doc.table(_t(doc, "w1.caption"), rows, merges, role="wastes")
    if marked:
        doc.p(_t(doc, "w1.foot"))
    maybe_distractor(doc)


TEXT |= {
    "w2.h": ("Отчет по инвентаризации отходов за 2025 год", "2025 жылғы қалдықтарды түгендеу жөніндегі есеп",
             "BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG\nAPPLICATION REPORT FOR THE ENVIRONMENTAL PERMIT"),
    "w2.p": ("{operator} ({name}). Сведения об отходах представлены на русском и казахском языках.",
             "{operator} ({name}). Қалдықтар туралы мәліметтер қазақ және орыс тілдерінде ұсынылған.",
             "{operator} ({name}). Khối lượng, chủng loại chất thải nguy hại phát sinh thường xuyên "
             "(Types and quantities of regularly generated hazardous waste):"),
    "w2.head.ru": "№ п/п|Наименование отхода|Код отхода|Образовано, т|Операция по обращению",
    "w2.head.kk": "Р/с №|Қалдықтың атауы|Қалдық коды|Түзілгені, т|Қалдықпен жұмыс операциясы",
    "w2.head.vi": "STT|Tên chất thải|Mã CTNH|Khối lượng (kg/năm)|Phương án xử lý",
    "w2.head.en": "No.|Waste name|Hazardous waste code|Quantity (kg/year)|Treatment method",
    "w2.caption": ("Таблица 4 – Отходы, образовавшиеся в 2025 году / 2025 жылы түзілген қалдықтар",
                   "4-кесте – 2025 жылы түзілген қалдықтар / Отходы, образовавшиеся в 2025 году",
                   "Bảng 3.2. Danh mục chất thải nguy hại (List of hazardous waste)"),
    "w2.total": ("Всего|Барлығы", "Барлығы|Всего", "Tổng cộng|Total"),
}  # fmt: skip
# handling in both languages: (RU, KK, VI, EN)
W2_OPS = {
    True: (("Передача специализированной организации по договору", "Шарт бойынша мамандандырылған ұйымға беру",
            "Chuyển giao cho đơn vị có chức năng xử lý", "Transferred to a licensed treatment contractor"),
           ("Обезвреживание специализированной организацией", "Мамандандырылған ұйымның залалсыздандыруы",
            "Chuyển giao cho đơn vị có chức năng xử lý", "Transferred to a licensed treatment contractor")),
    False: (("Передача на переработку", "Қайта өңдеуге беру", "Tái chế", "Recycling"),
            ("Размещение на полигоне ТБО", "ҚТҚ полигонында орналастыру", "Chôn lấp", "Landfill")),
}
# wastes a Vietnamese contractor burns rather than recycles
W2_BURNT = {"18 02 01": ("", "", "Thiêu đốt tại lò đốt CTNH của đơn vị tiếp nhận", "Incineration by the receiving contractor"),
            "08 02 04": ("", "", "Thiêu đốt tại lò đốt CTNH của đơn vị tiếp nhận", "Incineration by the receiving contractor")}  # fmt: skip


def wastes_j2(doc: Doc) -> None:
    """Each waste on two rows, one per language (the document's first), its number, code and amount merged down over the
    pair and the handling written in each language on its own row; a header of two rows, one per language, and a row
    of column numbers; a total row whose label carries both languages on its two rows. RU and KK documents alike, the
    LoW code as written; VI: a GPMT application's list of hazardous wastes, Vietnamese over English, kilograms a year."""
    vi = doc.lang == "vi"
    f = _jv(doc)
    doc.h(_t(doc, "w2.h"))
    doc.p(_t(doc, "w2.p").format(operator=f["operator"], name=f["name"]))
    first, second = {"ru": ("ru", "kk"), "kk": ("kk", "ru"), "vi": ("vi", "en")}[doc.lang]
    rows = [_cells(TEXT[f"w2.head.{first}"]), _cells(TEXT[f"w2.head.{second}"]), [f"({k})" if vi else str(k) for k in range(1, 6)]]
    merges: list = []
    if vi:
        wastes = vn_wastes(doc, doc.rng.randint(5, 6))
        items = [(w["name"], EN_WASTE[w["code"]], w["code"], w["kg"], True) for w in wastes]
    else:
        wastes = _jv_wastes(doc, f["src"]["kind"], doc.rng.randint(5, 6))
        items = [(w[first], w[second], w["code"], w["t"], w["hazardous"]) for w in wastes]
    for k, (own, other, code, amount, hazardous) in enumerate(items, 1):
        four = W2_BURNT.get(code) or doc.pick(W2_OPS[hazardous])
        rows.append([str(k), own, code, num(amount, doc.lang), _own(doc, four)])
        rows.append([None, other, None, None, _other(doc, four)])
        merges += [(len(rows) - 2, c, len(rows) - 1, c) for c in (0, 2, 3)]
    label_own, label_other = _list(doc, "w2.total")
    rows.append(["", label_own, "", num(round(sum(x[3] for x in items), 6), doc.lang), ""])
    rows.append([None, label_other, None, None, ""])
    merges += [(len(rows) - 2, c, len(rows) - 1, c) for c in (0, 2, 3)]
    doc.table(_t(doc, "w2.caption"), rows, merges, role="wastes")
    if vi:
        expect_vn(doc, wastes)
    else:
        _expect_jv(doc, wastes)
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

# KZ stacks of the JVs: (RU, KK) place, the norms of its gas in mg/Nm3 (None: not normed there)
KZ_STACKS = (
    (("газоход котла № 1", "№ 1 қазандықтың газ жолы"), {"0301": 240, "0304": 39, "0337": 150}),
    (("газоход котла № 2", "№ 2 қазандықтың газ жолы"), {"0301": 280, "0304": 45, "0337": 200}),
    (("вытяжная труба окрасочной камеры", "бояу камерасының сорғыш құбыры"), {"0616": 120, "0621": 150, "2902": 30}),
)
KZ_STACK_CODES = ("0301", "0304", "0337", "0616", "0621", "2902")
# QCVN 20:2009/BTNMT, organic substances in industrial gas, mg/Nm3
QCVN20 = {"0602": 5, "0621": 750, "0616": 870, "1325": 20}

TEXT |= {
    "l1.h": ("Отчет по программе производственного экологического контроля за 2025 год",
             "2025 жылғы өндірістік экологиялық бақылау бағдарламасы бойынша есеп",
             "BÁO CÁO KẾT QUẢ QUAN TRẮC MÔI TRƯỜNG ĐỊNH KỲ NĂM 2025\nPERIODIC ENVIRONMENTAL MONITORING REPORT 2025"),
    "l1.p": ("{operator}. Раздел 3.2. Мониторинг эмиссий: результаты инструментальных замеров концентраций загрязняющих "
             "веществ в отходящих газах ({q} квартал 2025 г.) в сравнении с нормативами экологического разрешения.",
             "{operator}. 3.2-бөлім. Эмиссиялар мониторингі: шығатын газдардағы ластаушы заттар концентрацияларын аспаптық "
             "өлшеу нәтижелері (2025 ж. {q} тоқсан) экологиялық рұқсат нормативтерімен салыстырғанда.",
             "{operator}. Kết quả quan trắc khí thải đợt {q} năm 2025 (stack emission monitoring, round {q}). "
             "Cmax của KT1 = C × Kp × Kv theo QCVN 19:2009/BTNMT, cột B, Kp = 1, Kv = 1; Cmax của KT2 theo "
             "QCVN 20:2009/BTNMT."),
    "l1.head0": ("№|Загрязняющее вещество", "№|Ластаушы зат", "STT\nNo.|Thông số\nParameter"),
    "l1.stack": ("{p} – {place}", "{p} – {place}", "{p} – {place}\n{en}"),
    "l1.pair": ("норматив|факт", "норматив|нақты", "Kết quả\nResult|Cmax"),
    "l1.unit": ("мг/Нм3", "мг/Нм3", "mg/Nm3"),
    "l1.point": ("КТ-{k}", "БН-{k}", "KT{k}"),
    "l1.mark": ("*", "*", " (*)"),
    "l1.kph": ("", "", "KPH"),
    "l1.foot": ("* – превышение норматива; информация о превышении направлена в департамент экологии, проведен повторный замер.",
                "* – нормативтен асып кету; асып кету туралы ақпарат экология департаментіне жіберілді, қайта өлшеу жүргізілді.",
                ""),
    "l1.dash": ("«–» – вещество на данном источнике не нормируется.", "«–» – зат осы көзде нормаланбайды.",
                "Ghi chú: KPH – không phát hiện (not detected); (-) – không quan trắc (not monitored); KT1, KT2 – vị trí "
                "lấy mẫu khí thải (stack sampling points)."),
    "l1.caption": ("Таблица 3.4 – Концентрации загрязняющих веществ в отходящих газах",
                   "3.4-кесте – Шығатын газдардағы ластаушы заттардың концентрациялары",
                   "Bảng 2.4. Kết quả quan trắc khí thải (Stack emission monitoring results)"),
}  # fmt: skip
VI_STACKS = (
    (("Ống khói lò hơi", "Boiler stack"), {c: QCVN19[c][1] for c in ("2902", "0330", "0301", "0337")}),
    (("Ống thải hệ thống xử lý hơi dung môi", "Solvent vapour treatment stack"), dict(QCVN20)),
)
VI_STACK_CODES = ("2902", "0330", "0301", "0337", "0602", "0621", "0616", "1325")


def limits_j1(doc: Doc) -> None:
    """Stack measurements against norms with a column group per stack: a three-row header — the point and its place
    (`КТ-1 – газоход котла № 1`) merged over `норматив | факт`, the unit on a third row — the substances as rows
    lettered `а)`, `б)`, a dash in both cells where a substance is not normed at a stack, one result over its norm
    marked `*` with the footnote under the table; the quarter in the sentence before (KK: points `БН-1`). VI: an FDI
    factory's monitoring report, the boiler stack KT1 against QCVN 19 column B with Kp and Kv (the Cmax printed, so
    no column) and the solvent-vapour stack KT2 against QCVN 20, `Kết quả | Cmax` under each, `KPH` for benzene."""
    vi = doc.lang == "vi"
    f = _jv(doc)
    r = doc.rng
    doc.h(_t(doc, "l1.h"))
    doc.p(_t(doc, "l1.p").format(operator=f["operator"], q=r.randint(1, 4) if vi else doc.pick(("I", "II", "III", "IV"))))
    lang_i = vocab.LANGS.index(doc.lang)
    if vi:
        stacks = [(_t(doc, "l1.point").format(k=k + 1), place, norms) for k, (place, norms) in enumerate(VI_STACKS)]
        codes = [c for c in VI_STACK_CODES if c != "1325" or r.random() < 0.5]
    else:
        chosen = list(KZ_STACKS[:2]) + ([KZ_STACKS[2]] if r.random() < 0.6 else [])
        stacks = [(_t(doc, "l1.point").format(k=k + 1), place, norms) for k, (place, norms) in enumerate(chosen)]
        codes = [c for c in KZ_STACK_CODES if any(c in s[2] for s in stacks)]
    top = _row(doc, "l1.head0")
    pair, unit = _list(doc, "l1.pair"), _t(doc, "l1.unit")
    merges = [(0, 0, 2, 0), (0, 1, 2, 1)]
    for point, place, _ in stacks:
        words = _t(doc, "l1.stack").format(p=point, place=place[0] if vi else place[min(lang_i, 1)], en=place[1])
        merges.append((0, len(top), 0, len(top) + 1))
        top += [words, None]
    rows = [top, [None, None, *pair * len(stacks)], [None, None, *[unit] * (2 * len(stacks))]]
    over = (doc.pick(codes[:3]), r.randrange(len(stacks))) if not vi and r.random() < 0.5 else None
    hidden = doc.pick([c for c in codes if c == "0602"] or [None]) if vi and r.random() < 0.7 else None
    starred = False
    for j, c in enumerate(codes):
        name = f"{vocab.air(c, 'vi')} ({EN_AIR[c]})" if vi else vocab.air(c, doc.lang)
        line = [str(j + 1) if vi else f"{_letter(doc, j)})", name]
        for s, (point, _, norms) in enumerate(stacks):
            lim = norms.get(c)
            if lim is None:
                line += ["-" if vi else "–", "-" if vi else "–"]
                continue
            if c == hidden:
                line += [_t(doc, "l1.kph"), num(lim, doc.lang)]
                item = limit(("code", c), "flue_gas", lim, "mg/Nm3", None, point)
                del item["value"]
                add(doc, item)
                continue
            exceeded = over == (c, s)
            starred = starred or exceeded
            value = _sig(lim * (r.uniform(1.04, 1.2) if exceeded else r.uniform(0.15, 0.85)), 3)
            shown = num(value, doc.lang) + (_t(doc, "l1.mark") if exceeded else "")
            line += [num(lim, doc.lang), shown] if not vi else [shown, num(lim, doc.lang)]
            add(doc, limit(("code", c), "flue_gas", lim, "mg/Nm3", None, point, value))
        rows.append(line)
    doc.table(_t(doc, "l1.caption"), rows, merges, role="limits")
    if starred:
        doc.p(_t(doc, "l1.foot"))
    if vi or len(stacks) > 2:
        doc.p(_t(doc, "l1.dash"))
    maybe_distractor(doc)


# code: the method a Kazakh laboratory names for ambient air
METHOD_KZ = {
    "0301": "МВИ KZ.07.00.00314-2014", "0304": "МВИ KZ.07.00.00315-2014", "0330": "РД 52.04.186-89, п. 5.2.6",
    "0337": "ГОСТ Р ИСО 4224-2007", "2902": "РД 52.04.186-89, п. 5.2.8", "0621": "МВИ KZ.07.00.01788-2016",
    "0616": "МВИ KZ.07.00.01788-2016", "1325": "РД 52.04.186-89, п. 5.3.10",
}  # fmt: skip
# symbol: the method a Vietnamese laboratory names for waste water
METHOD_VN = {
    "pH": "TCVN 6492:2011", "TSS": "TCVN 6625:2000", "COD": "SMEWW 5220C:2023", "BOD5": "TCVN 6001-1:2008",
    "NH4+": "TCVN 6179-1:1996", "TN": "TCVN 6638:2000", "TP": "TCVN 6202:2008", "Pb": "SMEWW 3113B:2023",
    "Cd": "SMEWW 3113B:2023", "Cu": "SMEWW 3111B:2023", "Zn": "SMEWW 3111B:2023", "Ni": "SMEWW 3111B:2023",
    "Coliform": "TCVN 6187-2:2020",
}  # fmt: skip
TEXT |= {
    "l2.h": ("ПРОТОКОЛ ИСПЫТАНИЙ № {n}-АВ / СЫНАҚ ХАТТАМАСЫ № {n}-АВ", "СЫНАҚ ХАТТАМАСЫ № {n}-АВ / ПРОТОКОЛ ИСПЫТАНИЙ № {n}-АВ",
             "PHIẾU KẾT QUẢ THỬ NGHIỆM / TEST REPORT\nSố (No.): {n}/2025/KQTN"),
    "l2.p": ("Заказчик: {operator}. Объект: {name}. Вид пробы: атмосферный воздух на границе санитарно-защитной зоны. "
             "Дата отбора: {d}.08.2025 г. Точки отбора: Т-1 – север, Т-2 – восток, Т-3 – юг.",
             "Тапсырыс беруші: {operator}. Объект: {name}. Сынама түрі: санитариялық-қорғау аймағы шекарасындағы атмосфералық "
             "ауа. Сынама алынған күн: {d}.08.2025 ж. Сынама алу нүктелері: Т-1 – солтүстік, Т-2 – шығыс, Т-3 – оңтүстік. "
             "Заттардың атаулары зертхананың ақпараттық жүйесі бойынша орыс тілінде берілген.",
             "Khách hàng (Customer): {operator}. Loại mẫu (Sample type): nước thải công nghiệp (industrial wastewater). "
             "Ngày lấy mẫu (Sampling date): {d}/08/2025. Vị trí (Location): NT1 – nước thải sau hệ thống xử lý tập trung "
             "(treated effluent); NT2 – hố ga xả thải cuối cùng ra kênh tiếp nhận (final discharge manhole)."),
    "l2.head0": ("№|Определяемый показатель|Результат испытаний, мг/м3|^|^|ПДК м.р., мг/м3|НД на метод испытаний",
                 "№|Анықталатын көрсеткіш|Сынақ нәтижесі, мг/м3|^|^|ШЖК м.б., мг/м3|Сынақ әдісіне НҚ",
                 "STT\nNo.|Chỉ tiêu\nParameter|Đơn vị\nUnit|Kết quả\nResults|^|QCVN 40:2011/BTNMT\nCột A (Column A)|"
                 "Phương pháp thử\nTest method"),
    "l2.points": ("Т-1|Т-2|Т-3", "Т-1|Т-2|Т-3", "NT1|NT2"),
    "l2.places": ("север|восток|юг", "солтүстік|шығыс|оңтүстік", "Sau xử lý\nTreated effluent|Hố ga xả thải\nDischarge manhole"),
    "l2.less": ("< {x}", "< {x}", "KPH (< {x})"),
    "l2.note": ("«< 0,0…» – ниже нижней границы диапазона измерений методики. Результаты относятся только к испытанным пробам.",
                "«< 0,0…» – әдістеме өлшеу диапазонының төменгі шегінен төмен. Нәтижелер тек сынақтан өткен сынамаларға қатысты.",
                "Ghi chú (Notes): KPH – không phát hiện, nhỏ hơn giới hạn phát hiện của phương pháp (not detected, below the "
                "method detection limit); kết quả chỉ có giá trị đối với mẫu thử (results apply to the tested samples only)."),
}  # fmt: skip
# symbol: (A, B) MPN/100ml — QCVN 40:2011/BTNMT, coliforms
COLIFORM = (3000, 5000)


def limits_j2(doc: Doc) -> None:
    """A laboratory's test report, its title in both languages: a three-row header — `Результат испытаний, мг/м3` over
    the points `Т-1 | Т-2 | Т-3`, each over its side and the time of sampling — the ПДК м.р. and the method after the
    results; a result now and then below the method's range (`< 0,01`: the limit stands, no value); in the Kazakh
    document the header in Kazakh and the substances in Russian, as the laboratory's system prints them. VI: a
    bilingual test report for an FDI factory's waste water at NT1 and NT2 (over the place in both languages and the
    sampling time), QCVN 40 column A, metals `KPH (< 0,002)`, Coliform in MPN/100mL."""
    vi = doc.lang == "vi"
    f = _jv(doc)
    r = doc.rng
    day = r.randint(3, 26)
    doc.h(_t(doc, "l2.h").format(n=r.randint(120, 980)))
    doc.p(_t(doc, "l2.p").format(operator=f["operator"], name=f["name"], d=f"{day:02d}"))
    points, places = _list(doc, "l2.points"), _list(doc, "l2.places")
    times = [f"{h:02d}:{m:02d}" for h, m in sorted((r.randint(8, 15), r.randrange(0, 60, 5)) for _ in points)]
    head0 = _row(doc, "l2.head0")
    if vi:
        head1 = [None, None, None, *points, None, None]
        head2 = [None, None, None, *(f"{p}\n{t} – {day:02d}/08/2025" for p, t in zip(places, times, strict=True)), None, None]
        merges = [(0, c, 2, c) for c in (0, 1, 2, 5, 6)] + [(0, 3, 0, 4)]
    else:
        head1 = [None, None, *points, None, None]
        head2 = [None, None, *(f"{p}, {t}" for p, t in zip(places, times, strict=True)), None, None]
        merges = [(0, c, 2, c) for c in (0, 1, 5, 6)] + [(0, 2, 0, 4)]
    rows = [head0, head1, head2]
    less = _t(doc, "l2.less")
    if vi:
        metals = r.sample(["Pb", "Cd", "Cu", "Zn", "Ni"], 2)
        keys = ["pH", *sorted(r.sample(["TSS", "COD", "BOD5", "NH4+", "TN", "TP"], 4), key=list(QCVN40).index), *metals]
        keys += ["Coliform"] if r.random() < 0.6 else []
        for k, s in enumerate(keys, 1):
            lim = COLIFORM[0] if s == "Coliform" else QCVN40[s][0]
            unit = {"pH": "-", "Coliform": "MPN/100mL"}.get(s, "mg/L")
            cells = []
            for p in points:
                if s in metals and r.random() < 0.6:
                    cells.append(less.format(x=num(_sig(lim * 0.04, 1), "vi")))
                    item = limit(("symbol", s), "waste_water", lim, "MPN/100ml" if s == "Coliform" else "mg/l", "A", p)
                    del item["value"]
                    add(doc, item)
                    continue
                if s == "pH":
                    v = round(r.uniform(6.3, 8.4), 1)
                elif s == "Coliform":
                    v = float(r.choice((230, 430, 750, 930, 1500, 2100)))
                else:
                    v = _sig(lim * r.uniform(0.05, 0.85))
                cells.append(num(v, "vi"))
                add(doc, limit(("symbol", s), "waste_water", lim, "MPN/100ml" if s == "Coliform" else "mg/l", "A", p, v))
            rows.append([str(k), vocab.water(s, "vi"), unit, *cells, cell(doc, lim, to=" – "), METHOD_VN[s]])
    else:
        pool = ["0301", "0304", "0330", "0337", "2902", "0621", "0616", "1325"]
        codes = sorted(r.sample(pool, r.randint(4, 5)), key=pool.index)
        column = doc.v("м.р.", "м.б.", "")
        for k, c in enumerate(codes, 1):
            lim = AIR_PDK[c][0]
            cells = []
            for p in points:
                if c in ("0621", "0616", "1325", "0330") and r.random() < 0.45:
                    cells.append(less.format(x=num(_sig(lim * 0.05, 1), doc.lang)))
                    item = limit(("code", c), "air", lim, "mg/m3", column, p)
                    del item["value"]
                    add(doc, item)
                    continue
                v = _sig(lim * r.uniform(0.06, 0.7))
                cells.append(num(v, doc.lang))
                add(doc, limit(("code", c), "air", lim, "mg/m3", column, p, v))
            rows.append([str(k), vocab.air(c, "ru"), *cells, num(lim, doc.lang), METHOD_KZ[c]])
    doc.table(None, rows, merges, role="limits")
    doc.p(_t(doc, "l2.note"))
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring

TEXT |= {
    "m1.h": ("Программа производственного экологического контроля. Раздел 4. Мониторинг эмиссий",
             "Өндірістік экологиялық бақылау бағдарламасы. 4-бөлім. Эмиссиялар мониторингі",
             "GIẤY PHÉP MÔI TRƯỜNG – PHỤ LỤC III\nENVIRONMENTAL PERMIT – APPENDIX III"),
    "m1.p": ("{operator}. План-график контроля соблюдения нормативов допустимых выбросов на источниках ({name}).",
             "{operator}. Көздердегі жол берілетін шығарындылар нормативтерінің сақталуын бақылау жоспар-кестесі ({name}).",
             "Chương trình quan trắc môi trường của {name} ({operator}) trong quá trình hoạt động "
             "(Environmental monitoring programme during operation):"),
    "m1.head0": ("№|Источник выброса|^|Контролируемое вещество|^|Периодичность контроля|Метод контроля",
                 "№|Шығарынды көзі|^|Бақыланатын зат|^|Бақылау кезеңділігі|Бақылау әдісі",
                 "Hạng mục\nItem|Vị trí quan trắc\nMonitoring location|Thông số\nParameters|Tần suất\nFrequency|"
                 "Quy chuẩn so sánh\nStandard"),
    "m1.head1": ("^|номер|наименование|код|наименование|^|^", "^|нөмірі|атауы|коды|атауы|^|^", ""),
    "m1.methods": ("инструментальный*|расчетный", "аспаптық*|есептік", ""),
    "m1.foot": ("* – силами аккредитованной испытательной лаборатории по договору.",
                "* – шарт бойынша аккредиттелген сынақ зертханасының күшімен.",
                "(*) Do đơn vị có Giấy chứng nhận đủ điều kiện hoạt động dịch vụ quan trắc môi trường (VIMCERTS) thực hiện "
                "(performed by a VIMCERTS-certified laboratory)."),
    "m1.items": ("", "", "Nước thải định kỳ\nPeriodic wastewater|Khí thải định kỳ\nPeriodic stack emission|"
                        "Quan trắc nước thải tự động, liên tục\nAutomatic continuous wastewater monitoring"),
    "m1.nt": ("", "", "NT1 – Hố ga sau hệ thống xử lý nước thải tập trung\nTreated effluent manhole"),
    "m1.kt": ("", "", "KT1 – Ống khói lò hơi\nBoiler stack|KT2 – Ống thải hệ thống xử lý hơi dung môi\nSolvent vapour treatment stack"),
    "m1.auto": ("", "", "Lưu lượng (flow), nhiệt độ (temperature), "),
    "m1.std": ("", "", "QCVN 40:2011/BTNMT, cột A|QCVN 19:2009/BTNMT, cột B|QCVN 20:2009/BTNMT"),
    "m1.en": ("", "", "quarterly|every 6 months|monthly|continuous"),
}  # fmt: skip


def monitoring_j1(doc: Doc) -> None:
    """Control at sources under a three-row header — `источник выброса (номер | наименование)`, `вещество (код |
    наименование)`, then a row of column letters `а | б | в …` (KK: `а | ә | б …`) — one row per substance, the item's
    number, the source's number and name, its frequency and its method merged down over its substances; instrumental
    methods marked `*` with the footnote under the table; the unorganised source calculated once a year. VI: a GPMT's
    appendix with items lettered `a)`, `b)`, `c)` merged down: periodic waste water at NT1, periodic stack gas at KT1 and
    KT2 (each its own frequency), and automatic continuous monitoring at NT1 whose flow and temperature are no
    substances; bilingual cells, frequencies glossed in English, a footnote mark on the periodic ones."""
    vi = doc.lang == "vi"
    f = _jv(doc)
    doc.h(_t(doc, "m1.h"))
    doc.p(_t(doc, "m1.p").format(operator=f["operator"], name=f["name"]))
    if vi:
        _monitoring_j1_vi(doc)
        return
    rows = [_row(doc, "m1.head0"), _row(doc, "m1.head1"), [_letter(doc, k) for k in range(7)]]
    merges = [(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4), (0, 5, 1, 5), (0, 6, 1, 6)]
    instrumental, calculated = _list(doc, "m1.methods")
    sources = [s for s in _jv_sources(doc, f["src"]["kind"], 3) if s[4] != "diesel"]  # the reserve generator is not sampled
    for n, (number, name, organised, codes, _) in enumerate(sources, 1):
        word = doc.pick(("quarterly", "semiannual")) if organised else "yearly"
        start = len(rows)
        for j, c in enumerate(codes):
            lead = [str(n), number, name] if j == 0 else [None] * 3
            tail = [freq(doc, word), instrumental if organised else calculated] if j == 0 else [None, None]
            rows.append([*lead, c, vocab.air(c, doc.lang), *tail])
            doc.add("monitoring", _mon({"source_number": number}, ("code", c), word))
        for col in (0, 1, 2, 5, 6):
            _down(rows, start, col, merges)
    doc.table(None, rows, merges, role="monitoring")
    doc.p(_t(doc, "m1.foot"))
    maybe_distractor(doc)


def _monitoring_j1_vi(doc: Doc) -> None:
    r = doc.rng
    rows, merges = [_row(doc, "m1.head0")], []
    items = _list(doc, "m1.items")
    std_a, std_19, std_20 = _list(doc, "m1.std")
    en = dict(zip(("quarterly", "semiannual", "monthly", "continuous"), _list(doc, "m1.en"), strict=True))

    def said(word: str, mark: bool = True) -> str:
        return f"{freq(doc, word)} (*)\n{en[word]}" if mark else f"{freq(doc, word)}\n{en[word]}"

    water = ["pH", *sorted(r.sample(["TSS", "COD", "BOD5", "NH4+", "TN", "TP", "Coliform"], 5), key=list(vocab.WATER).index)]
    word = doc.pick(("quarterly", "monthly"))
    rows.append([f"a) {items[0]}", _t(doc, "m1.nt"), ", ".join(vocab.water(s, "vi") for s in water), said(word), std_a])
    doc.add("monitoring", *(_mon({"point_contains": "NT1"}, ("symbol", s), word) for s in water))
    start = len(rows)
    for k, (point, (codes, std)) in enumerate(zip(_list(doc, "m1.kt"), ((("2902", "0330", "0301", "0337"), std_19),
                                                                         (("0621", "0616"), std_20)), strict=True)):
        word = doc.pick(("quarterly", "semiannual"))
        names = ", ".join(vocab.air(c, "vi", 0 if c in ("2902", "0621", "0616") else 1) for c in codes)
        rows.append([f"b) {items[1]}" if k == 0 else None, point, names, said(word), std])
        doc.add("monitoring", *(_mon({"point_contains": point.split()[0]}, ("code", c), word) for c in codes))
    _down(rows, start, 0, merges)
    auto = ["pH", "TSS", "COD", *(["NH4+"] if r.random() < 0.6 else [])]
    rows.append([f"c) {items[2]}", _t(doc, "m1.nt"), _t(doc, "m1.auto") + ", ".join(vocab.water(s, "vi") for s in auto),
                 said("continuous", mark=False), std_a])
    doc.add("monitoring", *(_mon({"point_contains": "NT1"}, ("symbol", s), "continuous") for s in auto))
    doc.table(None, rows, merges, role="monitoring")
    doc.p(_t(doc, "m1.foot"))
    maybe_distractor(doc)


TEXT |= {
    "m2.h": ("Программа мониторинга воздействия на 2026–2028 годы / 2026–2028 жылдарға арналған әсер мониторингінің бағдарламасы",
             "2026–2028 жылдарға арналған әсер мониторингінің бағдарламасы / Программа мониторинга воздействия на 2026–2028 годы",
             "CHƯƠNG TRÌNH QUẢN LÝ VÀ GIÁM SÁT MÔI TRƯỜNG\nENVIRONMENTAL MANAGEMENT AND MONITORING PROGRAMME"),
    "m2.p": ("{operator}, {name}. Таблица приведена на русском и казахском языках.",
             "{operator}, {name}. Кесте қазақ және орыс тілдерінде келтірілген.",
             "{operator} – {name}. Chương 5 của báo cáo đánh giá tác động môi trường (Chapter 5 of the EIA report)."),
    "m2.head.ru": "№|Код точки|Местоположение точки|Определяемые показатели|Периодичность",
    "m2.head.kk": "Р/с №|Нүкте коды|Нүктенің орналасқан жері|Анықталатын көрсеткіштер|Кезеңділігі",
    "m2.head.vi": "STT|Ký hiệu|Vị trí giám sát|Thông số giám sát|Tần suất",
    "m2.head.en": "No.|Code|Location|Parameters|Frequency",
    "m2.caption": ("Таблица 5.1 – Точки и периодичность наблюдений / Бақылау нүктелері мен кезеңділігі",
                   "5.1-кесте – Бақылау нүктелері мен кезеңділігі / Точки и периодичность наблюдений",
                   "Bảng 5.2. Chương trình giám sát môi trường giai đoạn vận hành (Monitoring programme – operation phase)"),
}  # fmt: skip
# groups of the programme: (RU, KK, VI, EN) title, points [(code, (RU, KK, VI, EN) place)], parameter kind, pool, choices
M2_GROUPS = {
    "kz": (
        (("Атмосферный воздух на границе СЗЗ", "СҚА шекарасындағы атмосфералық ауа", "", ""),
         (("Т-1", ("граница СЗЗ, север", "СҚА шекарасы, солтүстік", "", "")),
          ("Т-2", ("граница СЗЗ, юго-восток", "СҚА шекарасы, оңтүстік-шығыс", "", ""))),
         "code", ("0301", "0304", "0330", "0337", "2902", "0621", "0616", "1325"), ("quarterly", "monthly")),
        (("Почва", "Топырақ", "", ""),
         (("П-1", ("у площадки временного хранения отходов", "қалдықтарды уақытша сақтау алаңының маңы", "", "")),),
         "soil", ("Pb", "Zn", "Cu", "Cd", "Ni", "Cr", "TPH"), ("semiannual", "yearly")),
        (("Сточные воды", "Ағынды сулар", "", ""),
         (("СВ-1", ("выпуск в городскую канализацию, колодец К-7", "қалалық кәрізге шығару, К-7 құдығы", "", "")),),
         "water", ("pH", "TSS", "BOD5", "COD", "NH4+", "TPH", "Surfactants", "Cl-", "SO4"), ("monthly", "quarterly")),
    ),
    "vi": (
        (("", "", "Không khí xung quanh", "Ambient air"),
         (("KK1", ("", "", "Cổng chính nhà máy", "Main gate")),
          ("KK2", ("", "", "Cuối hướng gió chủ đạo, cách hàng rào 50 m", "Downwind, 50 m from the fence"))),
         "code", ("2902", "0330", "0301", "0337"), ("semiannual", "quarterly")),
        (("", "", "Nước thải", "Wastewater"),
         (("NT1", ("", "", "Hố ga đấu nối vào hệ thống thu gom của KCN", "Connection manhole to the IZ sewer")),),
         "water", ("pH", "TSS", "BOD5", "COD", "NH4+", "TN", "TP", "Coliform"), ("quarterly", "monthly")),
        (("", "", "Khí thải", "Stack emission"),
         (("KT1", ("", "", "Ống khói lò hơi", "Boiler stack")),),
         "code", ("2902", "0330", "0301", "0337"), ("semiannual", "quarterly")),
    ),
}  # fmt: skip
EN_FREQ = {"quarterly": "Quarterly", "monthly": "Monthly", "semiannual": "Every 6 months", "yearly": "Annually"}


def monitoring_j2(doc: Doc) -> None:
    """A programme under a header of two rows, one per language (the document's first), and a row of column numbers;
    medium group rows spanning the table in both languages; each point's code in its own column, its place written in
    both languages on two lines, its parameters in the document's language joined by commas, the frequency in both
    languages on two lines. VI: an FDI factory's ĐTM, Vietnamese over English, ambient air, waste water and the stack."""
    vi = doc.lang == "vi"
    f = _jv(doc)
    doc.h(_t(doc, "m2.h"))
    doc.p(_t(doc, "m2.p").format(operator=f["operator"], name=f["name"]))
    first, second = {"ru": ("ru", "kk"), "kk": ("kk", "ru"), "vi": ("vi", "en")}[doc.lang]
    rows = [_cells(TEXT[f"m2.head.{first}"]), _cells(TEXT[f"m2.head.{second}"]), [f"({k})" if vi else str(k) for k in range(1, 6)]]
    merges: list = []
    other_lang = "kk" if doc.lang == "ru" else "ru"
    n = 0
    for title, points, kind, pool, choices in M2_GROUPS["vi" if vi else "kz"]:
        _span(rows, merges, _both(doc, title, " / "), 5)
        for code, place in points:
            n += 1
            word = doc.pick(choices)
            picked = sorted(doc.rng.sample(pool, min(len(pool), doc.rng.randint(4, 5))), key=pool.index)
            if kind == "code":
                names = [vocab.air(c, doc.lang, 0 if c == "2902" or not vi else 1) for c in picked]
            elif kind == "soil":
                names = [vocab.soil(s, doc.lang) for s in picked]
            else:
                names = [vocab.water(s, doc.lang) for s in picked]
            said = f"{freq(doc, word)}\n{EN_FREQ[word] if vi else freq(Doc(other_lang, doc.rng), word)}"
            rows.append([str(n), code, _both(doc, place), ", ".join(names), said])
            key = "code" if kind == "code" else "symbol"
            doc.add("monitoring", *(_mon({"point_contains": code}, (key, s), word) for s in picked))
    doc.table(_t(doc, "m2.caption"), rows, merges, role="monitoring")
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

# units of a JV or an FDI factory and what is checked there: ((RU, KK, VI, EN), (RU, KK, VI, EN))
JV_UNITS = (
    (("Котельная", "Қазандық", "Khu vực lò hơi", "Boiler house"),
     ("режим горения, состояние газоходов", "жану режимі, газ жолдарының жай-күйі", "Chế độ đốt, tình trạng ống khói",
      "Combustion settings, flue condition")),
    (("Производственный корпус № 1", "№ 1 өндірістік корпус", "Nhà xưởng sản xuất số 1", "Production building No. 1"),
     ("работа местных отсосов, сбор отходов на участках", "жергілікті сорғыштардың жұмысы, учаскелерде қалдықтарды жинау",
      "Hoạt động của chụp hút cục bộ, thu gom chất thải", "Local exhaust hoods, waste collection")),
    (("Окрасочный участок", "Бояу учаскесі", "Khu vực phun sơn", "Spray painting area"),
     ("состояние фильтров окрасочной камеры", "бояу камерасы сүзгілерінің жай-күйі", "Tình trạng tấm lọc buồng sơn",
      "Spray booth filter condition")),
    (("Склад химических веществ", "Химиялық заттар қоймасы", "Kho hóa chất", "Chemical warehouse"),
     ("маркировка тары, наличие поддонов и сорбента", "ыдыстың таңбалануы, табандықтар мен сорбенттің болуы",
      "Dán nhãn, khay chống tràn, vật liệu thấm hút", "Labelling, spill trays, absorbents")),
    (("Площадка временного хранения отходов", "Қалдықтарды уақытша сақтау алаңы", "Kho chứa chất thải nguy hại",
      "Hazardous waste storage"),
     ("раздельное накопление, сроки накопления", "бөлек жинақтау, жинақтау мерзімдері", "Phân loại, thời gian lưu giữ",
      "Segregation, storage time")),
    (("Локальные очистные сооружения", "Жергілікті тазарту құрылыстары", "Hệ thống xử lý nước thải", "Wastewater treatment plant"),
     ("работа оборудования, журнал учета сброса", "жабдықтың жұмысы, төгіндіні есепке алу журналы",
      "Vận hành thiết bị, sổ nhật ký vận hành", "Equipment operation, operating log")),
    (("Газоочистная установка участка пайки", "Дәнекерлеу учаскесінің газ тазарту қондырғысы", "Hệ thống xử lý khí thải khu hàn",
      "Soldering fume scrubber"),
     ("перепад давления на фильтрах, журнал замены", "сүзгілердегі қысым айырмасы, ауыстыру журналы",
      "Chênh áp qua bộ lọc, sổ thay vật liệu lọc", "Filter pressure drop, replacement log")),
    (("Столовая", "Асхана", "Nhà ăn", "Canteen"),
     ("работа жироуловителя, сбор пищевых отходов", "май ұстағыштың жұмысы, тамақ қалдықтарын жинау",
      "Bể tách mỡ, thu gom chất thải thực phẩm", "Grease trap, food waste collection")),
    (("Резервная дизельная электростанция", "Резервтік дизель электр станциясы", "Trạm máy phát điện dự phòng",
      "Standby generator station"),
     ("отсутствие утечек топлива, журнал наработки", "отынның ағып кетпеуі, жұмыс уақытының журналы",
      "Rò rỉ nhiên liệu, sổ giờ vận hành", "Fuel leaks, running-hours log")),
)  # fmt: skip
# frequency: (RU, KK, VI, EN) words
WORDS = {
    "daily": ("ежедневно", "күн сайын", "Hằng ngày", "Daily"),
    "weekly": ("еженедельно", "апта сайын", "Hằng tuần", "Weekly"),
    "monthly": ("ежемесячно", "ай сайын", "Hằng tháng", "Monthly"),
    "quarterly": ("ежеквартально", "тоқсан сайын", "Hằng quý", "Quarterly"),
    "semiannual": ("1 раз в полугодие", "жарты жылда 1 рет", "06 tháng/lần", "Semi-annually"),
    "yearly": ("ежегодно", "жыл сайын", "Hằng năm", "Annually"),
}  # fmt: skip
WHO = (
    ("EHS-менеджер (Ли Мин Хо)", "EHS-менеджер (Ли Мин Хо)", "Trưởng phòng EHS (Mr. Kim Sung-ho)", "EHS Manager"),
    ("инженер-эколог", "эколог-инженер", "Cán bộ môi trường", "Environmental officer"),
    ("начальник участка", "учаске бастығы", "Quản đốc xưởng", "Workshop supervisor"),
)  # fmt: skip
TEXT |= {
    "i1.h": ("График внутренних проверок соблюдения экологических требований на 2026 год / "
             "2026 жылға арналған экологиялық талаптардың сақталуын ішкі тексерулер кестесі",
             "2026 жылға арналған экологиялық талаптардың сақталуын ішкі тексерулер кестесі / "
             "График внутренних проверок соблюдения экологических требований на 2026 год",
             "LỊCH KIỂM TRA NỘI BỘ VỀ BẢO VỆ MÔI TRƯỜNG NĂM 2026\n2026 INTERNAL ENVIRONMENTAL INSPECTION SCHEDULE"),
    "i1.p": ("Утвержден генеральным директором {operator} 26.12.2025 г. Документ ведется на двух языках.",
             "{operator} бас директоры 26.12.2025 ж. бекітті. Құжат екі тілде жүргізіледі.",
             "Ban hành kèm theo Quyết định số 58/2025/QĐ-{abbr} ngày 26/12/2025 của Tổng Giám đốc {operator} "
             "(issued with Decision No. 58/2025 of the General Director)."),
    "i1.head": ("№|Объект проверки\nТексеру объектісі|Предмет проверки\nТексеру мәні|Периодичность\nКезеңділігі|"
                "Ответственный\nЖауапты|Отметка о проведении\nӨткізілгені туралы белгі",
                "№|Тексеру объектісі\nОбъект проверки|Тексеру мәні\nПредмет проверки|Кезеңділігі\nПериодичность|"
                "Жауапты\nОтветственный|Өткізілгені туралы белгі\nОтметка о проведении",
                "STT\nNo.|Khu vực kiểm tra\nArea|Nội dung kiểm tra\nInspection item|Tần suất\nFrequency|"
                "Người phụ trách\nPIC|Biểu mẫu\nForm"),
    "i1.foot": ("* – а также внеплановая проверка после каждого аварийного отключения оборудования.",
                "* – сондай-ақ жабдық әр апаттық ажыратылғаннан кейін жоспардан тыс тексеру.",
                "(*) Và kiểm tra đột xuất sau mỗi sự cố (plus an unscheduled check after each incident)."),
    "i1.mark": ("*", "*", " (*)"),
}  # fmt: skip


def inspections_j1(doc: Doc) -> None:
    """A JV's schedule of internal checks whose every cell holds both languages on two lines (the document's first) — the
    unit, what is checked, the frequency, who checks — items lettered `а)`, `б)` (KK `а)`, `ә)`), one or two frequencies
    marked `*` with the footnote under the table, an empty column for the mark of the check; daily and weekly rounds
    among monthly and quarterly checks. VI: an FDI factory's EHS schedule, Vietnamese over English in each cell, items
    lettered `a)` … `đ)`, a form code (`EHS-F-012`) instead of the mark."""
    vi = doc.lang == "vi"
    f = _jv(doc)
    doc.h(_t(doc, "i1.h"))
    abbr = "".join(w[0] for w in f["src"]["en"].split()[:2]).upper() if vi else ""
    doc.p(_t(doc, "i1.p").format(operator=f["operator"], abbr=abbr))
    rows = [_row(doc, "i1.head")]
    chosen = doc.rng.sample(JV_UNITS, doc.rng.randint(5, 6))
    plan = ["daily", "weekly", *(doc.pick(("monthly", "quarterly", "semiannual", "weekly")) for _ in chosen[2:])]
    doc.rng.shuffle(plan)
    marked = set(doc.rng.sample(range(len(chosen)), doc.rng.randint(1, 2)))
    for k, ((unit, aspect), word) in enumerate(zip(chosen, plan, strict=True)):
        said = _both(doc, WORDS[word])
        if k in marked:
            first, _, rest = said.partition("\n")
            said = f"{first}{_t(doc, 'i1.mark')}\n{rest}"
        last = f"EHS-F-{doc.rng.randint(1, 40):03d}" if vi else ""
        rows.append([f"{_letter(doc, k)})", _both(doc, unit), _both(doc, aspect), said, _both(doc, doc.pick(WHO)),
                     last])
        doc.add("obligations", {"kind": "inspection", "frequency": word, "text_contains": _own(doc, unit)})
    doc.table(None, rows, role="inspections")
    doc.p(_t(doc, "i1.foot"))
    maybe_distractor(doc)


TEXT |= {
    "i2.h": ("Приложение 3 к приказу № 17-ОД от 05.01.2026 г. / Annex 3 to Order No. 17-OD dated 05.01.2026",
             "05.01.2026 ж. № 17-ӨҚ бұйрыққа 3-қосымша / Annex 3 to Order No. 17-OD dated 05.01.2026",
             "PHỤ LỤC 2. KẾ HOẠCH KIỂM TRA ĐỊNH KỲ CÁC KHU VỰC\nAPPENDIX 2. ROUTINE AREA INSPECTION PLAN"),
    "i2.p": ("В совместном предприятии {operator} рабочими языками являются русский и английский; документы по охране "
             "окружающей среды оформляются на двух языках.",
             "{operator} бірлескен кәсіпорнында жұмыс тілдері – қазақ және ағылшын тілдері; қоршаған ортаны қорғау жөніндегі "
             "құжаттар екі тілде ресімделеді.",
             "{operator}: tài liệu hệ thống quản lý môi trường ISO 14001 được lập song ngữ Việt – Anh "
             "(ISO 14001 documents are issued in Vietnamese and English)."),
    "i2.head0": ("№|Объект проверки / Inspection object|^|Периодичность / Frequency|^|Ответственный / Responsible|^",
                 "№|Тексеру объектісі / Inspection object|^|Кезеңділігі / Frequency|^|Жауапты / Responsible|^",
                 "STT\nNo.|Khu vực kiểm tra / Inspection area|^|Tần suất / Frequency|^|Người thực hiện / Person in charge|^"),
    "i2.head1": ("^|на русском языке|in English|на русском языке|in English|на русском языке|in English",
                 "^|қазақ тілінде|in English|қазақ тілінде|in English|қазақ тілінде|in English",
                 "^|Tiếng Việt|English|Tiếng Việt|English|Tiếng Việt|English"),
    "i2.note": ("Примечание / Note: результаты проверок заносятся в журнал ЭК-03 / inspection results are recorded in log EK-03.",
                "Ескертпе / Note: тексеру нәтижелері ЭК-03 журналына енгізіледі / inspection results are recorded in log EK-03.",
                "Ghi chú / Note: kết quả kiểm tra ghi vào biểu mẫu EMS-F-07 / results are recorded on form EMS-F-07."),
}  # fmt: skip


def inspections_j2(doc: Doc) -> None:
    """An order's annex of a JV with a Western partner, an English column beside each Russian one (KK: beside each Kazakh
    one): a two-row header — `Объект проверки / Inspection object` merged over `на русском языке | in English`, and the
    same for the frequency and the responsible — so each unit, frequency and responsible is written twice on its row;
    one inspection per row; a note row in both languages spanning the table. VI: an ISO 14001 area inspection plan,
    `Tiếng Việt | English` under each merged header."""
    f = _jv(doc)
    doc.h(_t(doc, "i2.h"))
    doc.p(_t(doc, "i2.p").format(operator=f["operator"]))
    rows = [_row(doc, "i2.head0"), _row(doc, "i2.head1")]
    merges = [(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4), (0, 5, 0, 6)]
    chosen = doc.rng.sample(JV_UNITS, doc.rng.randint(5, 7))
    for k, (unit, _) in enumerate(chosen, 1):
        word = doc.pick(("weekly", "monthly", "monthly", "quarterly", "quarterly", "semiannual", "yearly"))
        who = doc.pick(WHO)
        rows.append([str(k), _own(doc, unit), unit[3], _own(doc, WORDS[word]), WORDS[word][3], _own(doc, who), who[3]])
        doc.add("obligations", {"kind": "inspection", "frequency": word, "text_contains": _own(doc, unit)})
    _span(rows, merges, _t(doc, "i2.note"), 7)
    doc.table(None, rows, merges, role="inspections")
    maybe_distractor(doc)


# ---------------------------------------------------------------- tasks

# groups of a plan: (RU, KK, VI, EN) title, tasks [(RU, KK, VI, EN)]
T1_GROUPS = (
    (("Охрана атмосферного воздуха", "Атмосфералық ауаны қорғау", "Khí thải", "Air emissions"),
     (("Заменить фильтрующие элементы газоочистной установки участка пайки", "Дәнекерлеу учаскесінің газ тазарту қондырғысының "
       "сүзгі элементтерін ауыстыру", "Thay vật liệu lọc của hệ thống xử lý khí thải khu hàn", "Replace the filter media of the "
       "soldering fume scrubber", ("electronics", "parts")),
      ("Провести режимно-наладочные испытания газовых котлов", "Газ қазандықтарына режимдік-баптау сынақтарын жүргізу",
       "Hiệu chỉnh chế độ đốt của lò hơi", "Tune the combustion of the boilers"),
      ("Установить систему рекуперации паров растворителя на клеевом участке", "Желім учаскесінде еріткіш буларын "
       "рекуперациялау жүйесін орнату", "Lắp đặt hệ thống thu hồi hơi dung môi tại khu quét keo", "Install a solvent vapour "
       "recovery unit at the adhesive line", ("footwear",)))),
    (("Охрана водных ресурсов", "Су ресурстарын қорғау", "Nước thải", "Wastewater"),
     (("Провести очистку жироуловителя столовой и колодцев ливневой канализации", "Асхананың май ұстағышын және нөсер "
       "кәрізі құдықтарын тазалау", "Nạo vét bể tách mỡ nhà ăn và hố ga thoát nước mưa", "Clean the canteen grease trap and the "
       "storm-water manholes"),
      ("Установить расходомер на выпуске сточных вод", "Ағынды суларды шығаруға шығыс өлшегішті орнату",
       "Lắp đặt đồng hồ đo lưu lượng nước thải đầu ra", "Install a flow meter at the effluent outlet"))),
    (("Обращение с отходами", "Қалдықтармен жұмыс", "Chất thải", "Waste"),
     (("Оборудовать навес для раздельного накопления отходов", "Қалдықтарды бөлек жинақтауға арналған қалқа жабдықтау",
       "Xây dựng mái che khu lưu giữ chất thải phân loại", "Build a roofed area for segregated waste storage"),
      ("Заключить договор на передачу обрезков ткани на переработку", "Мата қиындыларын қайта өңдеуге беру шартын жасасу",
       "Ký hợp đồng chuyển giao vải vụn để tái chế", "Sign a contract to send fabric scraps for recycling", ("garment",)),
      ("Провести обучение персонала раздельному сбору отходов", "Персоналды қалдықтарды бөлек жинауға оқыту",
       "Đào tạo công nhân về phân loại chất thải tại nguồn", "Train workers in waste segregation at source"))),
)  # fmt: skip
T1_WHO = (
    ("Главный инженер (Ли Вэй)", "Бас инженер (Ли Вэй)", "Phòng Kỹ thuật – Mr. Lee Dong-wook", "Engineering Dept."),
    ("Отдел охраны окружающей среды", "Қоршаған ортаны қорғау бөлімі", "Phòng EHS – Ms. Nguyễn Thu Trang", "EHS Dept."),
    ("Административно-хозяйственный отдел", "Әкімшілік-шаруашылық бөлімі", "Phòng Hành chính – Nhân sự", "HR & Admin Dept."),
    ("Главный механик", "Бас механик", "Xưởng Cơ điện", "Maintenance Dept."),
)  # fmt: skip
TEXT |= {
    "t1.h": ("План природоохранных мероприятий совместного предприятия на 2026 год / "
             "Бірлескен кәсіпорынның 2026 жылға арналған табиғат қорғау іс-шаралары жоспары",
             "Бірлескен кәсіпорынның 2026 жылға арналған табиғат қорғау іс-шаралары жоспары / "
             "План природоохранных мероприятий совместного предприятия на 2026 год",
             "KẾ HOẠCH HÀNH ĐỘNG MÔI TRƯỜNG NĂM 2026\n2026 ENVIRONMENTAL ACTION PLAN"),
    "t1.p": ("{operator}. План согласован с иностранным участником ({partner}).",
             "{operator}. Жоспар шетелдік қатысушымен ({partner}) келісілген.",
             "{operator}. Kế hoạch được lập theo biểu mẫu của công ty mẹ ({partner}) (prepared on the parent company's template)."),
    "t1.head": ("№|Мероприятие\nІс-шара|Срок выполнения\nОрындау мерзімі|Ответственный\nЖауапты|Стоимость, тыс. тенге\nҚұны, мың теңге",
                "№|Іс-шара\nМероприятие|Орындау мерзімі\nСрок выполнения|Жауапты\nОтветственный|Құны, мың теңге\nСтоимость, тыс. тенге",
                "No.|Hành động\nAction|Thời hạn\nDue date|Người phụ trách\nOwner|Kinh phí (triệu đồng)\nBudget (VND million)"),
    "t1.letters": ("АБВ", "АБВ", "ABC"),
    "t1.terms": ("I квартал 2026 г.|до 30.06.2026 г.|III квартал 2026 г.|до 15.11.2026 г.",
                 "2026 ж. I тоқсан|30.06.2026 ж. дейін|2026 ж. III тоқсан|15.11.2026 ж. дейін",
                 "Quý I/2026 (Q1 2026)|Trước 30/6/2026 (by 30 Jun 2026)|Quý III/2026 (Q3 2026)|Trước 15/11/2026 (by 15 Nov 2026)"),
    "t1.mark": ("*", "*", " (*)"),
    "t1.foot": ("* – финансируется за счет средств иностранного участника.", "* – шетелдік қатысушының қаражаты есебінен қаржыландырылады.",
                "(*) Do công ty mẹ tài trợ (funded by the parent company)."),
}  # fmt: skip


def tasks_j1(doc: Doc) -> None:
    """A JV's plan of measures under lettered group rows in both languages (`А. Охрана атмосферного воздуха /
    Атмосфералық ауаны қорғау`), the measures numbered `А.1`, `Б.2` within them, every cell holding both languages on
    two lines (the document's first), the cost of some measures marked `*` (paid by the foreign partner) with the
    footnote under the table. VI: an FDI factory's action plan on its parent's template, `A. Khí thải (Air emissions)`,
    items `A.1`, the owner a department and a person."""
    vi = doc.lang == "vi"
    f = _jv(doc)
    doc.h(_t(doc, "t1.h"))
    doc.p(_t(doc, "t1.p").format(operator=f["operator"], partner=f["src"]["partner"]))
    rows, merges = [_row(doc, "t1.head")], []
    letters, terms = _t(doc, "t1.letters"), _list(doc, "t1.terms")
    marked = False
    for letter, (title, measures) in zip(letters, T1_GROUPS, strict=True):
        _span(rows, merges, f"{letter}. {_own(doc, title)} / {_other(doc, title)}" if not vi else
              f"{letter}. {title[2]} ({title[3]})", 5)
        fitting = [m for m in measures if len(m) == 4 or f["src"]["kind"] in m[4]]
        picked = doc.rng.sample(fitting, min(len(fitting), doc.rng.randint(2, 3)))
        for k, measure in enumerate(picked, 1):
            who = doc.pick(T1_WHO)
            cost = doc.rng.randint(12, 900) * (1 if vi else 100)
            money = num(cost, doc.lang)
            if doc.rng.random() < 0.3:
                money, marked = money + _t(doc, "t1.mark"), True
            number = f"{letter}.{k}"
            rows.append([number, _both(doc, measure), doc.pick(terms).replace(" (", "\n(") if vi else doc.pick(terms),
                         _both(doc, who), money])
            doc.add("obligations", task(number, _own(doc, measure), _own(doc, who).split(" (")[0].split(" – ")[0]))
    doc.table(None, rows, merges, role="tasks")
    if marked:
        doc.p(_t(doc, "t1.foot"))
    maybe_distractor(doc)


TEXT |= {
    "t2.h": ("Приложение 2 к договору о совместной деятельности. План мероприятий по охране окружающей среды на 2026 год",
             "Бірлескен қызмет туралы шартқа 2-қосымша. 2026 жылға арналған қоршаған ортаны қорғау жөніндегі іс-шаралар жоспары",
             "PHỤ LỤC 2. KẾ HOẠCH BẢO VỆ MÔI TRƯỜNG NĂM 2026"),
    "t2.p": ("{operator}. Текст плана воспроизведен со сканированной копии, подписанной участниками СП.",
             "{operator}. Жоспар мәтіні БК қатысушылары қол қойған сканерленген көшірмеден қайта берілді.",
             "{operator}. Kế hoạch được đánh máy lại từ bản gốc đã ký (retyped from the signed original)."),
    "t2.head0": ("№ п/п|Наименование мероприятия|Срок выполнения|Исполнитель|Стоимость|^|Примечание",
                 "Р/с №|Іс-шараның атауы|Орындау мерзімі|Орындаушы|Құны|^|Ескертпе",
                 "TT|Nội dung công việc|Thời hạn|Đơn vị thực hiện|Kinh phí dự kiến|^|Ghi chú"),
    "t2.head1": ("^|^|^|^|тыс. тенге|тыс. долл. США|^", "^|^|^|^|мың теңге|мың АҚШ долл.|^", "^|^|^|^|triệu đồng|USD|^"),
    "t2.letters": ("А|Б|В|Г|1|2|3", "А|Б|В|Г|1|2|3", "(A)|(B)|(C)|(D)|(1)|(2)|(3)"),
    "t2.inserted": ("а", "а", "a"),
    "t2.added": ("включено дополнительно*", "қосымша енгізілді*", "Bổ sung (*)"),
    "t2.notes": ("–|собственные средства|в рамках текущей деятельности", "–|меншікті қаражат|ағымдағы қызмет шеңберінде",
                 "–|Vốn tự có|Chi phí thường xuyên"),
    "t2.foot": ("* – включено по решению наблюдательного совета СП от 18.12.2025 г.",
                "* – БК бақылау кеңесінің 18.12.2025 ж. шешімі бойынша енгізілді.",
                "(*) Bổ sung theo ý kiến của Hội đồng thành viên ngày 18/12/2025."),
    "t2.total": ("Итого", "Барлығы", "Tổng cộng"),
}  # fmt: skip


def tasks_j2(doc: Doc) -> None:
    """An annex to a joint-activity agreement retyped from a scan: a three-row header — the cost merged over `тыс. тенге |
    тыс. долл. США`, then a row of column letters and numbers `А | Б | В | Г | 1 | 2 | 3` — the term before the executor,
    an item inserted after the second as `2а` with `включено дополнительно*` in the notes and the footnote under the
    table, a total row of both currencies. VI: an FDI factory's plan, `triệu đồng | USD`, `(A) … (3)`, an inserted
    `2a`."""
    vi = doc.lang == "vi"
    f = _jv(doc)
    doc.h(_t(doc, "t2.h"))
    doc.p(_t(doc, "t2.p").format(operator=f["operator"]))
    rows = [_row(doc, "t2.head0"), _row(doc, "t2.head1"), _row(doc, "t2.letters")]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 6)] + [(0, 4, 0, 5)]
    picked = doc.rng.sample(TASKS[doc.lang], 5)
    numbers = ["1", "2", "2" + _t(doc, "t2.inserted"), "3", "4"]
    sums = [0.0, 0.0]
    for number, (text, term, who, *_) in zip(numbers, picked, strict=True):
        local = doc.rng.randint(15, 900) * (1 if vi else 100)
        usd = round(local * 1e6 / 25500) if vi else round(local / 520, 1)  # 25 500 dong, 520 tenge to the dollar
        sums = [sums[0] + local, sums[1] + usd]
        note = _t(doc, "t2.added") if number[-1].isalpha() else doc.pick(_list(doc, "t2.notes"))
        rows.append([number, text, term, who, num(local, doc.lang), num(usd, doc.lang), note])
        doc.add("obligations", task(number, text, who))
    rows.append(["", _t(doc, "t2.total"), "", "", num(sums[0], doc.lang), num(round(sums[1], 1), doc.lang), ""])
    doc.table(None, rows, merges, role="tasks")
    doc.p(_t(doc, "t2.foot"))
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"J{k}", globals()[f"{role}_j{k}"]) for role in ROLES for k in (1, 2)]
"""`facility_j1` … `tasks_j2`, in the order of the roles."""
