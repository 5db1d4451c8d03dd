"""The fourteenth blind set's part DC (two layouts per role, `DC1` and `DC2`), written by someone who neither ran the
extractor on it nor read it, to differ from every layout of `layouts_*.py`; held out and measured once (0.770 over 126
files when first measured, 2026-12-04), then studied and moved to the tuning layouts.

Theme: seafood, aquaculture, wood and printing. Kazakhstan: fish-processing plants on the Balkhash and Caspian coasts
with their smokehouses, ammonia refrigeration and small coal boiler houses, pond and cage fish farms of the Ili delta
and the Kapshagay reservoir, a sawmill with a joinery shop in the Altai, a furniture factory in Almaty, a printing and
flexible-packaging works in Shymkent (ПЭК programmes of category II objects, declarations of environmental impact of
category III objects, НДВ projects with dispersion results, a regional department's list of declarations received, a
regional akimat's plan of measures, internal control regulations, ISO 14001 registers). Vietnam: shrimp and pangasius
processing plants and a white-leg shrimp farm of the Mekong delta, a sawmill and a furniture factory, a printing and
packaging works (báo cáo đề xuất cấp giấy phép môi trường, đăng ký môi trường received by a district People's
Committee, ĐTM, chương trình quan trắc, quy chế tự kiểm tra, kế hoạch of a district, sổ theo dõi hành động khắc phục).

Facility: a card with a column of confirming documents (registration certificates, a land act with its cadastral
number, the permit's number, VI: the investment certificate's ten-digit project code) beside the values, coordinates
as Google Maps prints them (DC1); a regional department's list of the category III objects whose declarations it
received, under group rows naming the water body, the KATO on a second line of the place cell (VI: a district's list
of aquaculture and processing establishments that registered, under group rows naming the commune) (DC2).
Emissions: a seasonal fish plant's НДВ table with the gross emission split into the spring and autumn fishing
seasons, the time between them and the year, the source merged over its substances (VI: a shrimp plant's peak and low
seasons) (DC1); a category III declaration's declared emissions with the source number on every row, `code – name` in
one cell and a `ПДК / ОБУВ` column naming which it is (VI: a furniture factory's loads in kg a day and tonnes a year,
no g/s) (DC2). Wastes: a sawmill's wastes worked out from the volume of logs sawn, a formation norm in per cent, cubic
metres and a bulk density (VI: kg per m3 of timber and per worker) (DC1); a fish plant's wastes in one small table per
subdivision under numbered headings, lamps and rags appearing in several of them (DC2). Limits: a pond farm's intake
water and its discharge side by side as two column groups (fishery ПДК against the discharge limit; VI: QCVN
02-19:2014/BNNPTNT for the supply canal and the pond effluent) (DC1); dispersion results of an НДВ project, the ПДК
м.р. with the maximum ground-level concentration in shares of it at the zone's boundary and at the houses (VI: an ĐTM's
predicted concentrations at four distances against QCVN 05:2023 and QCVN 06:2009) (DC2). Monitoring: parameters by
sampling points and substances by sources as two matrices of marks with one frequency column per row (DC1); a pond
farm's year calendar of twelve month columns with marks under a group row per point, the medium in a column of its own
(DC2). Inspections: three-level control under group rows naming each level, the same shop at several levels and
frequencies (DC1); a plan of audits of the works' contractors and suppliers (DC2). Tasks: a regional akimat's plan with
the form of completion, the lead body first among the executors and the source of financing (VI: a district's plan with
lead and partner bodies) (DC1); an ISO 14001 register of nonconformities whose corrective action stands after the
nonconformity and its cause, items coded `НС-01` (VI: `NC-01`) (DC2).

The words of each layout are in the text tables (RU, KK, VI); a header row is one string, its cells between `|`, `^`
for a cell a merge covers.
"""

from __future__ import annotations

from . import vocab
from .common import Doc, freq, make_bin, maybe_distractor, num, rate
from .limits_data import add, cell, limit
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
    """A row whose one cell spans the table: a group title or a note."""
    rows.append([text] + [None] * (width - 1))
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))


def _down(rows: list, start: int, col: int, merges: list) -> None:
    """Merges a column down from row `start` to the last row, when that is two rows or more."""
    if len(rows) - 1 > start:
        merges.append((start, col, len(rows) - 1, col))


def _mon(loc: dict, key: tuple[str, str], frequency: str) -> dict:
    return {**loc, key[0]: key[1], "frequency": frequency}


def _sig(x: float, digits: int = 3) -> float:
    return float(f"{x:.{digits}g}")


def _sum(values) -> float:
    return round(sum(v for v in values if v is not None), 6)


def _no_value(item: dict | None) -> dict | None:
    """A limit whose table gives no single measured value for it (several predicted figures, or shares of the limit)."""
    if item is not None:
        item.pop("value", None)
    return item


# substances outside vocab.AIR, named as corpus/air_pollutants.csv names them: (RU, KK, VI, hazard class)
EXTRA_AIR: dict[str, tuple[str, str, str, int | None]] = {
    "2936": ("Пыль древесная", "Ағаш шаңы", "Bụi gỗ", None),
    "1555": ("Уксусная кислота", "Сірке қышқылы", "Axit axetic", 3),
    "1071": ("Фенол", "Фенол", "", 2),
    "1210": ("Бутилацетат", "Бутилацетат", "Butyl axetat", 4),
    "1401": ("Ацетон", "Ацетон", "Axeton", 4),
    "1240": ("Этилацетат", "Этилацетат", "", 4),
}
# water parameters outside vocab.WATER, named as corpus/water_parameters.csv names them
EXTRA_WATER: dict[str, tuple[str, str, str]] = {
    "FOG": ("Жиры", "Майлар", "Dầu mỡ động thực vật"),
    "PO4": ("Фосфаты", "Фосфаттар", "Phosphat (PO4 3- tính theo P)"),
    "Cl2": ("Хлор остаточный", "Қалдық хлор", "Clo dư"),
    "NH3": ("Аммиак", "Аммиак", "Amoniac (NH3)"),
}


def _air(doc: Doc, code: str, variant: int = 0) -> str:
    if code in vocab.AIR:
        return vocab.air(code, doc.lang, variant)
    return EXTRA_AIR[code][vocab.LANGS.index(doc.lang)]


def _hazard(code: str) -> int | None:
    return vocab.hazard(code) if code in vocab.AIR else EXTRA_AIR[code][3]


def _water(doc: Doc, symbol: str) -> str:
    if symbol in EXTRA_WATER:
        return EXTRA_WATER[symbol][vocab.LANGS.index(doc.lang)]
    return vocab.water(symbol, doc.lang)


def _lower(text: str) -> str:
    """A name inside a list: lower case unless it starts with an abbreviation or a formula."""
    head = text.split(" ")[0]
    return text if sum(ch.isupper() for ch in head) > 1 or any(ch.isdigit() for ch in head) else text[:1].lower() + text[1:]


DAILY = {"ru": ("ежедневно", "1 раз в сутки"), "kk": ("күн сайын", "тәулігіне 1 рет"), "vi": ("Hằng ngày", "01 lần/ngày")}
WEEKLY = {"ru": ("еженедельно", "1 раз в неделю"), "kk": ("апта сайын", "аптасына 1 рет"), "vi": ("Hằng tuần", "01 lần/tuần")}


def _often(doc: Doc, word: str) -> str:
    """A frequency as the document writes it, daily and weekly included."""
    if word == "daily":
        return doc.pick(DAILY[doc.lang])
    if word == "weekly":
        return doc.pick(WEEKLY[doc.lang])
    return freq(doc, word)


# ---------------------------------------------------------------- the sites of the theme

# (name, operator, address) per language: two fish plants, a fish farm, a sawmill, a furniture factory, a printing works
SITES = {
    "ru": (
        ("Рыбоперерабатывающий завод «Балхаш Балык»", "ТОО «Балхаш Балык Өнімдері»", "Карагандинская область, г. Балхаш, ул. Портовая, 12"),
        ("Рыбоперерабатывающий комплекс «Каспий Балык»", "ТОО «Каспий Балык Продакт»", "Атырауская область, г. Атырау, мкр. Балыкшы, ул. Рыбников, 4"),
        ("Прудовое рыбоводное хозяйство «Іле Арнасы»", "ТОО «Іле Аквакультура»", "Алматинская область, Балхашский район, дельта р. Или, 14 км к северу от с. Акдала"),
        ("Лесопильный цех со столярным участком «Алтай Орман»", "ТОО «Алтай Орман Өнімдері»", "Восточно-Казахстанская область, Алтайский район, г. Алтай, ул. Лесозаводская, 3"),
        ("Мебельная фабрика «Нұр Жиһаз»", "ТОО «Нур Жихаз Групп»", "г. Алматы, Турксибский район, ул. Бекмаханова, 93"),
        ("Типография и цех гибкой упаковки «Дала Принт»", "ТОО «Дала Принт Пак»", "г. Шымкент, Абайский район, ул. Капал батыра, 5/1"),
    ),
    "kk": (
        ("«Балқаш Балық» балық өңдеу зауыты", "«Балқаш Балық Өнімдері» ЖШС", "Қарағанды облысы, Балқаш қаласы, Порт көшесі, 12"),
        ("«Каспий Балық» балық өңдеу кешені", "«Каспий Балық Продакт» ЖШС", "Атырау облысы, Атырау қаласы, Балықшы шағын ауданы, Балықшылар көшесі, 4"),
        ("«Іле Арнасы» тоған балық шаруашылығы", "«Іле Аквакультура» ЖШС", "Алматы облысы, Балқаш ауданы, Іле өзенінің атырауы, Ақдала ауылынан солтүстікке қарай 14 км"),
        ("«Алтай Орман» ағаш тілу цехы мен ұста учаскесі", "«Алтай Орман Өнімдері» ЖШС", "Шығыс Қазақстан облысы, Алтай ауданы, Алтай қаласы, Орман зауыты көшесі, 3"),
        ("«Нұр Жиһаз» жиһаз фабрикасы", "«Нұр Жиһаз Групп» ЖШС", "Алматы қаласы, Түрксіб ауданы, Бекмаханов көшесі, 93"),
        ("«Дала Принт» баспаханасы және икемді орама цехы", "«Дала Принт Пак» ЖШС", "Шымкент қаласы, Абай ауданы, Қапал батыр көшесі, 5/1"),
    ),
    "vi": (
        ("Nhà máy chế biến tôm đông lạnh Tân Thuận Phát", "Công ty Cổ phần Thủy sản Tân Thuận Phát", "Khu công nghiệp Hòa Trung, xã Lương Thế Trân, huyện Cái Nước, tỉnh Cà Mau"),
        ("Nhà máy chế biến cá tra phi lê Hồng Ngự Xanh", "Công ty TNHH Thủy sản Hồng Ngự Xanh", "Cụm công nghiệp Thường Thới Tiền, huyện Hồng Ngự, tỉnh Đồng Tháp"),
        ("Trại nuôi tôm thẻ chân trắng công nghệ cao Vĩnh Hậu", "Công ty TNHH Nuôi trồng thủy sản Vĩnh Hậu", "ấp Vĩnh Mẫu, xã Vĩnh Hậu, huyện Hòa Bình, tỉnh Bạc Liêu"),
        ("Xưởng cưa xẻ và sản xuất đồ gỗ Phú Tân", "Công ty TNHH Chế biến gỗ Phú Tân", "phường Khánh Bình, thị xã Tân Uyên, tỉnh Bình Dương"),
        ("Nhà máy sản xuất đồ gỗ nội thất An Phát", "Công ty Cổ phần Gỗ An Phát", "Khu công nghiệp Phú Tài, phường Trần Quang Diệu, TP. Quy Nhơn, tỉnh Bình Định"),
        ("Xưởng in và sản xuất bao bì Sao Việt", "Công ty TNHH In và Bao bì Sao Việt", "Khu công nghiệp Hải Sơn, xã Đức Hòa Hạ, huyện Đức Hòa, tỉnh Long An"),
    ),
}
# per site: (OKED, KATO's oblast code, latitude, longitude) in Kazakhstan; (-, MSDN province code, latitude, longitude) in Vietnam
META = {
    "kz": (("10200", "35", 46.84, 74.98), ("10200", "23", 47.11, 51.90), ("03220", "19", 45.35, 74.70),
           ("16100", "63", 49.73, 84.27), ("31090", "75", 43.33, 76.98), ("18120", "79", 42.32, 69.59)),
    "vi": (("", "20", 8.98, 105.18), ("", "14", 10.80, 105.35), ("", "19", 9.28, 105.62),
           ("", "37", 11.06, 106.78), ("", "41", 13.83, 109.17), ("", "11", 10.95, 106.45)),
}
FISH, FARM, SAWMILL, FURNITURE, PRINT = (0, 1), 2, 3, 4, 5


def _dms(value: float, seconds: float) -> tuple[int, int, float]:
    d = int(value)
    m = int((value - d) * 60)
    return d, m, seconds


def _site(doc: Doc, i: int | None = None) -> dict:
    """A site of the theme with its identifiers and its coordinates as written and as expected."""
    r = doc.rng
    vi = doc.lang == "vi"
    i = r.randrange(6) if i is None else i
    name, operator, address = SITES[doc.lang][i]
    oked, code, lat0, lon0 = META["vi" if vi else "kz"][i]
    lat_d, lat_m, lat_s = _dms(lat0 + r.uniform(-0.015, 0.015), round(r.uniform(0, 59.9), 1))
    lon_d, lon_m, lon_s = _dms(lon0 + r.uniform(-0.015, 0.015), round(r.uniform(0, 59.9), 1))
    return {
        "i": i, "name": name, "operator": operator, "address": address, "oked": oked,
        "bin": code + f"{r.randint(0, 99999999):08d}" if vi else make_bin(r),
        "kato": f"{code}{r.randint(1, 9)}{r.randint(100, 699)}{r.choice(('000', '100'))}",
        "lat": lat_d + lat_m / 60 + lat_s / 3600, "lon": lon_d + lon_m / 60 + lon_s / 3600,
        "google": f"{lat_d}°{lat_m}'{lat_s:.1f}\"N {lon_d}°{lon_m}'{lon_s:.1f}\"E",
    }


# ---------------------------------------------------------------- facility

TEXT |= {
    "f1.title": ("Программа производственного экологического контроля на 2026–2028 годы. Объект: {name}",
                 "2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы. Объект: {name}",
                 "BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG CỦA CƠ SỞ {name}"),
    "f1.h": ("Раздел 1. Общие сведения об операторе и объекте", "1-бөлім. Оператор мен объект туралы жалпы мәліметтер",
             "Chương I. THÔNG TIN CHUNG VỀ CƠ SỞ"),
    "f1.p": ("Сведения приведены по состоянию на 1 января 2026 года; копии подтверждающих документов – в приложении 1.",
             "Мәліметтер 2026 жылғы 1 қаңтардағы жағдай бойынша келтірілген; растайтын құжаттардың көшірмелері 1-қосымшада.",
             "Thông tin được cập nhật đến ngày 31/12/2024; bản sao các văn bản pháp lý kèm theo tại Phụ lục I của báo cáo."),
    "f1.head": ("№ п/п|Наименование сведений|Сведения|Подтверждающий документ (реквизиты)",
                "Р/с №|Мәліметтердің атауы|Мәліметтер|Растайтын құжат (деректемелері)",
                "TT|Nội dung|Thông tin|Văn bản, giấy tờ pháp lý"),
    "f1.caption": ("Таблица 1.1 – Общие сведения", "1.1-кесте – Жалпы мәліметтер", "Bảng 1.1. Thông tin chung về cơ sở"),
    "f1.labels": ("Наименование оператора|Бизнес-идентификационный номер (БИН)|Юридический адрес|Наименование объекта|"
                  "Местонахождение объекта|Код КАТО|Основной вид деятельности (ОКЭД)|Географические координаты (центр площадки)|"
                  "Категория объекта|Первый руководитель",
                  "Оператордың атауы|Бизнес-сәйкестендіру нөмірі (БСН)|Заңды мекенжайы|Объектінің атауы|"
                  "Объектінің орналасқан жері|ҚАТО коды|Негізгі қызмет түрі (ЭҚЖЖ)|Географиялық координаттары (алаңның орталығы)|"
                  "Объектінің санаты|Бірінші басшы",
                  "Tên cơ sở|Chủ cơ sở|Mã số doanh nghiệp|Địa điểm thực hiện cơ sở|Người đại diện theo pháp luật|"
                  "Loại hình sản xuất, công suất|Phân loại theo tiêu chí về môi trường|Tọa độ vị trí (khu vực nhà xưởng chính)"),
    "f1.legal": ("г. Алматы, пр. Аль-Фараби, 77/7, БЦ «Есентай Тауэр», офис 1204|г. Астана, ул. Сыганак, 10, офис 35",
                 "Алматы қ., Әл-Фараби даңғылы, 77/7, «Есентай Тауэр» БО, 1204-кеңсе|Астана қ., Сығанақ көшесі, 10, 35-кеңсе", ""),
    "f1.okved": ("10200 – Переработка и консервирование рыбы, ракообразных и моллюсков|"
                 "10200 – Переработка и консервирование рыбы, ракообразных и моллюсков|"
                 "03220 – Пресноводное рыбоводство|16100 – Распиловка и строгание древесины|31090 – Производство прочей мебели|"
                 "18120 – Прочие виды печатного производства",
                 "10200 – Балықты, шаянтәрізділер мен моллюскаларды қайта өңдеу және консервілеу|"
                 "10200 – Балықты, шаянтәрізділер мен моллюскаларды қайта өңдеу және консервілеу|"
                 "03220 – Тұщы су балық өсіру|16100 – Ағашты аралау және сүргілеу|31090 – Өзге де жиһаз өндірісі|"
                 "18120 – Баспа өндірісінің өзге де түрлері", ""),
    "f1.docs": ("Справка о государственной перерегистрации юридического лица от {d1} (портал eGov)|"
                "Акт на право частной собственности на земельный участок, кадастровый № {cad}|"
                "Статистическая карточка от {d2}|Ситуационная карта-схема (приложение 2)|"
                "Экологическое разрешение на воздействие № {permit} от {d3}|Приказ о назначении № {order}-к от {d4}",
                "Заңды тұлғаны мемлекеттік қайта тіркеу туралы анықтама, {d1} (eGov порталы)|"
                "Жер учаскесіне жеке меншік құқығы туралы акт, кадастрлық № {cad}|"
                "Статистикалық карточка, {d2}|Ситуациялық карта-сызба (2-қосымша)|"
                "Әсер етуге арналған экологиялық рұқсат № {permit}, {d3}|Тағайындау туралы бұйрық № {order}-к, {d4}",
                "Giấy chứng nhận đăng ký doanh nghiệp, đăng ký lần đầu ngày {d1}, đăng ký thay đổi lần thứ {n} ngày {d2}|"
                "Giấy chứng nhận quyền sử dụng đất số CS {cad} do Sở Tài nguyên và Môi trường cấp ngày {d3}|"
                "Giấy chứng nhận đăng ký đầu tư, mã số dự án {project}, chứng nhận lần đầu ngày {d4}|"
                "Số thứ tự 2 Mục I Phụ lục IV ban hành kèm theo Nghị định số 08/2022/NĐ-CP|Hệ tọa độ WGS-84, đo bằng GPS cầm tay"),
    "f1.heads": ("Директор Абенов Ерлан Муратович, тел. +7 701 318 44 20|Генеральный директор Ким Виктор Сергеевич, тел. +7 777 205 61 18",
                 "Директор Әбенов Ерлан Мұратұлы, тел. +7 701 318 44 20|Бас директор Ким Виктор Сергеевич, тел. +7 777 205 61 18",
                 "Ông Nguyễn Văn Thành – Giám đốc|Bà Trần Thị Ngọc Hân – Tổng Giám đốc"),
    "f1.scale": ("", "", "Chế biến tôm đông lạnh, công suất 6.000 tấn sản phẩm/năm|Chế biến cá tra phi lê, công suất 12.000 tấn sản phẩm/năm|"
                 "Nuôi tôm thẻ chân trắng thâm canh, diện tích mặt nước 18,5 ha|Cưa xẻ gỗ, sản xuất đồ gỗ, công suất 9.000 m3 gỗ tròn/năm|"
                 "Sản xuất đồ gỗ nội thất xuất khẩu, công suất 350.000 sản phẩm/năm|In ống đồng và sản xuất bao bì màng ghép, công suất 2.400 tấn sản phẩm/năm"),
}  # fmt: skip


def facility_dc1(doc: Doc) -> None:
    """A programme's card with a column of confirming documents beside the values: the re-registration certificate, a
    land act with its cadastral number, the permit's number (a declaration's date for category III), an order; OKED
    with its words, the coordinates as Google Maps prints them (VI: an application for a permit whose documents column
    carries the registration dates and the investment certificate's ten-digit project code, the environmental group
    with the annex it comes from)."""
    r = doc.rng
    vi = doc.lang == "vi"
    f = _site(doc)
    doc.h(_t(doc, "f1.title").format(name=f["name"]))
    doc.h(_t(doc, "f1.h"))
    doc.p(_t(doc, "f1.p"))
    rows = [_row(doc, "f1.head")]
    labels = _list(doc, "f1.labels")
    docs = _list(doc, "f1.docs")
    head = r.choice(_list(doc, "f1.heads"))
    if vi:
        cat = r.choice(("II", "III"))
        day = lambda: f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.randint(2008, 2016)}"  # noqa: E731
        dkd = docs[0].format(d1=day(), n=r.randint(2, 7), d2=f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2023")
        cells = [
            (f["name"], "–"),
            (f["operator"], dkd),
            (f["bin"], dkd if r.random() < 0.5 else "nt"),
            (f["address"], docs[1].format(cad=f"{r.randint(10000, 99999)}", d3=day())),
            (head, "–"),
            (_list(doc, "f1.scale")[f["i"]], docs[2].format(project=f"{r.randint(1, 9)}{r.randint(0, 999999999):09d}", d4=day())),
            (f"Nhóm {cat}", docs[3] if cat == "II" else docs[3].replace("Phụ lục IV", "Phụ lục V").replace("Số thứ tự 2 Mục I", "Số thứ tự 2")),
            (f["google"], docs[4]),
        ]
        rows += [[str(k), label, a, b] for k, (label, (a, b)) in enumerate(zip(labels, cells, strict=True), 1)]
        doc.table(_t(doc, "f1.caption"), rows, role="facility")
        doc.add("facilities", {"bin": f["bin"], "name_contains": f["name"], "category": cat, "lat": f["lat"], "lon": f["lon"]})
        maybe_distractor(doc, 0.3)
        return
    cat = "III" if f["i"] in (FARM, SAWMILL) else "II"
    date = lambda y0, y1: f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.{r.randint(y0, y1)}"  # noqa: E731
    permit = f"KZ{r.randint(10, 99)}VCZ{r.randint(0, 99999999):08d}"
    cad = f"{f['kato'][:2]}-{r.randint(100, 399):03d}-{r.randint(1, 199):03d}-{r.randint(1, 999):03d}"
    category_doc = docs[4].format(permit=permit, d3=date(2023, 2025))
    if cat == "III":
        category_doc = doc.v(f"Декларация о воздействии на окружающую среду, зарегистрирована {date(2024, 2025)}",
                             f"Қоршаған ортаға әсер ету туралы декларация, {date(2024, 2025)} тіркелген", "")
    cells = [
        (f["operator"], docs[0].format(d1=date(2012, 2021))),
        (f["bin"], doc.v("то же", "сол сияқты", "")),
        (r.choice(_list(doc, "f1.legal")), "–"),
        (f["name"], docs[1].format(cad=cad)),
        (f["address"], "–"),
        (f["kato"], "–"),
        (_list(doc, "f1.okved")[f["i"]], docs[2].format(d2=date(2022, 2025))),
        (f["google"], docs[3]),
        (doc.v(f"{cat} категория", f"{cat} санат", ""), category_doc),
        (head, docs[5].format(order=r.randint(3, 90), d4=date(2019, 2024))),
    ]
    rows += [[f"{k}.", label, a, b] for k, (label, (a, b)) in enumerate(zip(labels, cells, strict=True), 1)]
    doc.table(_t(doc, "f1.caption"), rows, role="facility")
    doc.add("facilities", {"bin": f["bin"], "name_contains": f["name"], "kato": f["kato"], "oked": f["oked"], "category": cat,
                           "lat": f["lat"], "lon": f["lon"]})
    maybe_distractor(doc, 0.3)


TEXT |= {
    "f2.issuer": ("ГУ «Управление природных ресурсов и регулирования природопользования Алматинской области»",
                  "«Алматы облысының табиғи ресурстар және табиғат пайдалануды реттеу басқармасы» ММ",
                  "ỦY BAN NHÂN DÂN HUYỆN VĨNH LỢI – PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG"),
    "f2.title": ("Перечень объектов III категории (рыбоводные хозяйства и рыбоприемные пункты), операторы которых представили "
                 "декларации о воздействии на окружающую среду в 2025 году",
                 "Операторлары 2025 жылы қоршаған ортаға әсер ету туралы декларациялар ұсынған III санаттағы объектілердің "
                 "(балық өсіру шаруашылықтары мен балық қабылдау пункттері) тізбесі",
                 "DANH SÁCH CÁC CƠ SỞ NUÔI TRỒNG, CHẾ BIẾN THỦY SẢN ĐÃ ĐƯỢC TIẾP NHẬN HỒ SƠ ĐĂNG KÝ MÔI TRƯỜNG NĂM 2024"),
    "f2.p": ("Декларации зарегистрированы в соответствии со статьей 110 Экологического кодекса Республики Казахстан. "
             "Объекты сгруппированы по водным объектам, на которых осуществляется деятельность.",
             "Декларациялар Қазақстан Республикасы Экология кодексінің 110-бабына сәйкес тіркелді. Объектілер қызмет "
             "жүзеге асырылатын су объектілері бойынша топтастырылды.",
             "Thực hiện Điều 49 Luật Bảo vệ môi trường năm 2020, Ủy ban nhân dân huyện đã tiếp nhận hồ sơ đăng ký môi trường "
             "của các cơ sở sau (sắp xếp theo địa bàn xã):"),
    "f2.head": ("№|Оператор|БИН|Объект|Местонахождение, код КАТО|Площадь акватории (прудов, садков), га|Объем выращивания (приемки), т/год|Дата регистрации декларации",
                "№|Оператор|БСН|Объект|Орналасқан жері, ҚАТО коды|Акватория (тоғандар, торлар) ауданы, га|Өсіру (қабылдау) көлемі, т/жыл|Декларацияның тіркелген күні",
                "TT|Tên cơ sở|Chủ cơ sở|Mã số doanh nghiệp (mã số thuế)|Địa chỉ|Quy mô|Số, ngày tiếp nhận"),
    "f2.groups": ("озеро Балхаш|дельта реки Или|Капшагайское водохранилище", "Балқаш көлі|Іле өзенінің атырауы|Қапшағай су қоймасы",
                  "Xã Vĩnh Hưng|Xã Châu Hưng A|Xã Hưng Thành"),
    "f2.after": ("Операторы объектов III категории представляют декларацию ежегодно либо при изменении декларируемых показателей.",
                 "III санаттағы объектілердің операторлары декларацияны жыл сайын не декларацияланатын көрсеткіштер өзгерген кезде ұсынады.",
                 "Các cơ sở có trách nhiệm thực hiện đúng nội dung đã đăng ký; khi có thay đổi phải đăng ký lại theo quy định."),
}  # fmt: skip
# (object, operator, group, place, KATO's district code, kind: 0 pond farm, 1 cage farm, 2 receiving point) per language
FARMS = {
    "ru": (
        ("Рыбоприемный пункт «Карой»", "ТОО «Карой Балык»", 0, "Балхашский район, с. Карой", "1940"),
        ("Рыбоприемный пункт «Бірлік»", "ТОО «Балхаш Шабақ»", 0, "Балхашский район, с. Бирлик", "1940"),
        ("Прудовое хозяйство «Акдала»", "ТОО «Акдала Агро Балык»", 1, "Балхашский район, с. Акдала", "1940"),
        ("Рыбопитомник «Баканас»", "ТОО «Іле Балық Шаруашылығы»", 1, "Балхашский район, с. Баканас", "1940"),
        ("Садковая ферма «Коктал»", "ТОО «Капшагай Форель»", 2, "г. Конаев, залив Коктал", "1910"),
        ("Садковая линия «Заречное»", "ТОО «Жетысу Аквакультура»", 2, "Илийский район, с. Заречное", "1962"),
    ),
    "kk": (
        ("«Қарой» балық қабылдау пункті", "«Қарой Балық» ЖШС", 0, "Балқаш ауданы, Қарой ауылы", "1940"),
        ("«Бірлік» балық қабылдау пункті", "«Балқаш Шабақ» ЖШС", 0, "Балқаш ауданы, Бірлік ауылы", "1940"),
        ("«Ақдала» тоған шаруашылығы", "«Ақдала Агро Балық» ЖШС", 1, "Балқаш ауданы, Ақдала ауылы", "1940"),
        ("«Бақанас» балық питомнигі", "«Іле Балық Шаруашылығы» ЖШС", 1, "Балқаш ауданы, Бақанас ауылы", "1940"),
        ("«Көктал» тор фермасы", "«Қапшағай Форель» ЖШС", 2, "Қонаев қаласы, Көктал шығанағы", "1910"),
        ("«Заречное» тор желісі", "«Жетісу Аквакультура» ЖШС", 2, "Іле ауданы, Заречное ауылы", "1962"),
    ),
    "vi": (
        ("Trại nuôi tôm siêu thâm canh Vĩnh Hưng", "Hợp tác xã Nuôi tôm công nghệ cao Vĩnh Hưng", 0, "ấp Phước Thạnh, xã Vĩnh Hưng", "19"),
        ("Cơ sở sơ chế tôm nguyên liệu Minh Trí", "Công ty TNHH Thủy sản Minh Trí", 0, "ấp Trung Hưng 1B, xã Vĩnh Hưng", "19"),
        ("Trại nuôi tôm thẻ chân trắng Châu Hưng", "Công ty TNHH Thủy sản Châu Hưng Phát", 1, "ấp Nam Hưng, xã Châu Hưng A", "19"),
        ("Cơ sở sản xuất tôm giống Hưng Thịnh", "Công ty TNHH Giống thủy sản Hưng Thịnh", 1, "ấp Bà Chăng B, xã Châu Hưng A", "19"),
        ("Trại nuôi cá chình Hưng Thành", "Hợp tác xã Thủy sản Hưng Thành", 2, "ấp Tam Hưng, xã Hưng Thành", "19"),
        ("Cơ sở chế biến khô cá Sáu Lợi", "Công ty TNHH Thực phẩm Sáu Lợi", 2, "ấp Mặc Đây, xã Hưng Thành", "19"),
    ),
}
VI_KIND = (0, 1, 0, 2, 2, 1)
VI_SCALE = ("Diện tích mặt nước {a} ha; {t} tấn tôm/năm", "Sơ chế {t} tấn nguyên liệu/năm", "Diện tích mặt nước {a} ha; {t} tấn/năm")


def facility_dc2(doc: Doc) -> None:
    """A regional department's list of the category III objects whose declarations it received: group rows naming the
    water body span the table, each object with its operator and BIN, the place with the KATO on a second line, the
    water area, the output and the date the declaration was registered; the category only in the title (VI: a district
    People's Committee's list of aquaculture and processing establishments that registered, under commune rows, the
    enterprise number, the scale and the receipt's number)."""
    r = doc.rng
    vi = doc.lang == "vi"
    doc.h(_t(doc, "f2.issuer"))
    doc.h(_t(doc, "f2.title"))
    doc.p(_t(doc, "f2.p"))
    rows, merges = [_row(doc, "f2.head")], []
    width = len(rows[0])
    picked = sorted(r.sample(range(6), r.randint(4, 5)))
    n = 0
    for g, label in enumerate(_list(doc, "f2.groups")):
        members = [k for k in picked if FARMS[doc.lang][k][2] == g]
        if not members:
            continue
        _span(rows, merges, label, width)
        for k in members:
            obj, operator, _, place, district = FARMS[doc.lang][k]
            n += 1
            if vi:
                msdn = district + f"{r.randint(0, 99999999):08d}"
                area, tonnes = num(round(r.uniform(1.5, 12), 1), "vi"), num(r.randint(3, 60) * 5, "vi")
                scale = VI_SCALE[VI_KIND[k]].format(a=area, t=tonnes)
                receipt = f"{r.randint(12, 240)}/GTN-UBND ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2024"
                rows.append([str(n), obj, operator, msdn, f"{place}, huyện Vĩnh Lợi, tỉnh Bạc Liêu", scale, receipt])
                doc.add("facilities", {"bin": msdn, "name_contains": obj})
                continue
            bin_ = make_bin(r)
            kato = f"{district}{r.randint(30, 69)}{r.choice(('100', '300', '500'))}"
            area = "–" if k < 2 else num(round(r.uniform(0.4, 60), 1), doc.lang)
            tonnes = num(r.randint(4, 90) * 5, doc.lang)
            when = f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2025"
            rows.append([str(n), operator, bin_, obj, f"{place}\n{doc.v('КАТО', 'ҚАТО', '')} {kato}", area, tonnes, when])
            doc.add("facilities", {"bin": bin_, "name_contains": obj, "kato": kato})
    doc.table(None, rows, merges, role="facility")
    doc.p(_t(doc, "f2.after"))


# ---------------------------------------------------------------- emissions

TEXT |= {
    "e1.title": ("Проект нормативов допустимых выбросов. Объект: {name}", "Рұқсат етілген шығарындылар нормативтерінің жобасы. Объект: {name}",
                 "BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG CỦA {name}"),
    "e1.h": ("3.4. Нормативы выбросов загрязняющих веществ с учетом сезонности работы",
             "3.4. Жұмыстың маусымдылығы ескерілген ластаушы заттар шығарындыларының нормативтері",
             "3.2. Tải lượng bụi, khí thải phát sinh theo mùa vụ sản xuất"),
    "e1.p": ("Предприятие работает сезонно: прием и переработка рыбы ведутся в весеннюю (март–май) и осеннюю (сентябрь–ноябрь) "
             "путину; в межпутинный период работают холодильник, котельная (отопление) и склад угля. Максимальный разовый "
             "выброс принят по периоду путины.",
             "Кәсіпорын маусымдық жұмыс істейді: балықты қабылдау және қайта өңдеу көктемгі (наурыз–мамыр) және күзгі "
             "(қыркүйек–қараша) аулау маусымында жүргізіледі; аулау маусымдары арасында тоңазытқыш, қазандық (жылыту) және "
             "көмір қоймасы жұмыс істейді. Ең жоғары бір реттік шығарынды аулау маусымы бойынша қабылданды.",
             "Nhà máy hoạt động theo mùa vụ: mùa cao điểm từ tháng 3 đến tháng 8 (thu hoạch tôm nuôi), mùa thấp điểm từ tháng 9 "
             "đến tháng 2 năm sau. Tải lượng tối đa (g/s) được tính cho thời điểm hoạt động cao điểm."),
    "e1.head0": ("№ ИЗА|Наименование источника выброса|Код ЗВ|Наименование загрязняющего вещества|Класс опасности|Максимальный разовый выброс, г/с|Валовый выброс, т|^|^|^",
                 "ЛШК №|Шығарынды көзінің атауы|ЛЗ коды|Ластаушы заттың атауы|Қауіптілік сыныбы|Ең жоғары бір реттік шығарынды, г/с|Жалпы шығарынды, т|^|^|^",
                 "TT|Nguồn phát sinh|Thông số ô nhiễm|Tải lượng tối đa (g/s)|Tải lượng (tấn)|^|^"),
    "e1.head1": ("^|^|^|^|^|^|весенняя путина|осенняя путина|межпутинный период|всего за год",
                 "^|^|^|^|^|^|көктемгі аулау маусымы|күзгі аулау маусымы|маусымаралық кезең|жыл бойы барлығы",
                 "^|^|^|^|Mùa cao điểm (tháng 3 – 8)|Mùa thấp điểm (tháng 9 – 2)|Cả năm"),
    "e1.total": ("Всего по предприятию", "Кәсіпорын бойынша барлығы", "Tổng cộng"),
    "e1.caption": ("Таблица 3.4 – Нормативы выбросов по периодам работы", "3.4-кесте – Жұмыс кезеңдері бойынша шығарындылар нормативтері",
                   "Bảng 3.4. Tải lượng bụi, khí thải của nhà máy theo mùa vụ"),
}  # fmt: skip
# number, (RU, KK), organised, codes, works only in the fishing seasons
SEASON_SOURCES = (
    ("0001", ("Дымовая труба котельной (котлы КВр-0,63 на угле)", "Қазандықтың түтін мұржасы (көмірмен жұмыс істейтін КВр-0,63 қазандықтары)"),
     True, ("0301", "0304", "0330", "0337", "0328", "2908"), False),
    ("0002", ("Коптильная камера горячего копчения", "Ыстық ыстау камерасы"), True, ("0337", "0301", "1555", "1071", "0328"), True),
    ("0003", ("Аммиачная холодильная установка, продувочная свеча", "Аммиак тоңазытқыш қондырғысы, үрлеу білтесі"), True, ("0303",), False),
    ("0004", ("Вытяжная вентиляция цеха разделки рыбы", "Балық бөлшектеу цехының сорып шығаратын желдеткіші"), True, ("0303", "0333"), True),
    ("6001", ("Открытый склад угля", "Ашық көмір қоймасы"), False, ("2908",), False),
    ("6002", ("Площадка сбора рыбных отходов", "Балық қалдықтарын жинау алаңы"), False, ("0333", "0303"), True),
)
VI_SEASON_SOURCES = (
    ("Ống khói lò hơi đốt trấu 4 tấn hơi/giờ", ("2902", "0330", "0301", "0337"), 1.0),
    ("Ống thải máy phát điện dự phòng 1.250 kVA", ("2902", "0330", "0301", "0337"), 0.05),
    ("Khu vực hệ thống xử lý nước thải (bể kỵ khí, bể chứa bùn)", ("0333", "0303"), 0.02),
)
SMALL = {"1071": (0.0001, 0.004), "0333": (0.0002, 0.01), "1555": (0.001, 0.03), "0328": (0.002, 0.2)}


def emissions_dc1(doc: Doc) -> None:
    """A seasonal fish plant's НДВ table: the maximum g/s once, the gross emission in tonnes split into the spring and the
    autumn fishing season, the time between them (a dash for sources that stand still then) and the year, the source's
    number and name merged down over its substances, a class column and a total row; the year's tonnes are the items
    (VI: a shrimp plant's named sources, the peak and the low season and the whole year)."""
    r = doc.rng
    vi = doc.lang == "vi"
    f = _site(doc, r.choice(FISH if not vi else (0, 1)))
    doc.h(_t(doc, "e1.title").format(name=f["name"]))
    doc.h(_t(doc, "e1.h"))
    doc.p(_t(doc, "e1.p"))
    rows = [_row(doc, "e1.head0"), _row(doc, "e1.head1")]
    if vi:
        merges = [(0, c, 1, c) for c in range(4)] + [(0, 4, 0, 6)]
        sums = [[], [], [], []]
        for k, (name, codes, scale) in enumerate(VI_SEASON_SOURCES, 1):
            start = len(rows)
            for c in codes:
                g = rate(r, 0.002 * scale, 1.2 * scale if c != "0337" else 2.5 * scale, 3)
                peak = rate(r, 0.01 * scale, 9 * scale, 3)
                low = round(peak * r.uniform(0.25, 0.6), 3) or 0.001
                year = round(peak + low, 6)
                for bucket, x in zip(sums, (g, peak, low, year), strict=True):
                    bucket.append(x)
                lead = [str(k), name] if len(rows) == start else [None, None]
                rows.append([*lead, vocab.air(c, "vi", r.randrange(2)), num(g, "vi"), num(peak, "vi"), num(low, "vi"), num(year, "vi")])
                doc.add("emissions", emission(c, g, year))
            _down(rows, start, 0, merges)
            _down(rows, start, 1, merges)
        rows.append(["", _t(doc, "e1.total"), "", *(num(round(_sum(b), 4), "vi") for b in sums)])
        doc.table(_t(doc, "e1.caption"), rows, merges, role="emissions")
        maybe_distractor(doc, 0.3)
        return
    merges = [(0, c, 1, c) for c in range(6)] + [(0, 6, 0, 9)]
    lang = vocab.LANGS.index(doc.lang)
    picked = [0, 1, *sorted(r.sample(range(2, len(SEASON_SOURCES)), 2))]
    sums = [[], [], [], [], []]
    for i in picked:
        number, names, organized, codes, seasonal = SEASON_SOURCES[i]
        start = len(rows)
        seen: dict[str, tuple] = {}
        for c in codes[: r.randint(min(3, len(codes)), len(codes))]:
            g = rate(r, *SMALL.get(c, (0.002, 0.9)), 4)
            spring = rate(r, g * 2, g * 9, 4)
            autumn = rate(r, g * 2, g * 9, 4)
            off = None if seasonal else rate(r, g * 1.5, g * 12, 4)
            if c == "0304" and "0301" in seen:  # nitrogen oxide as 13 % of the oxides, as the methods take it
                g, spring, autumn, off = (_sig(x * 0.13, 4) if x is not None else None for x in seen["0301"])
            seen[c] = (g, spring, autumn, off)
            year = round(spring + autumn + (off or 0), 6)
            for bucket, x in zip(sums, (g, spring, autumn, off, year), strict=True):
                bucket.append(x)
            hz = _hazard(c)
            lead = [number, names[lang]] if len(rows) == start else [None, None]
            rows.append([*lead, c, _air(doc, c), str(hz) if hz else "–", num(g, doc.lang), num(spring, doc.lang),
                         num(autumn, doc.lang), num(off, doc.lang) if off is not None else "–", num(year, doc.lang)])
            doc.add("emissions", emission(c, g, year, number, hz))
        _down(rows, start, 0, merges)
        _down(rows, start, 1, merges)
        doc.add("sources", {"number": number, "type": "organized" if organized else "unorganized"})
    rows.append([_t(doc, "e1.total"), None, "", "", "", *(num(round(_sum(b), 4), doc.lang) for b in sums)])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 1))
    doc.table(_t(doc, "e1.caption"), rows, merges, role="emissions")
    maybe_distractor(doc, 0.3)


TEXT |= {
    "e2.title": ("Декларация о воздействии на окружающую среду", "Қоршаған ортаға әсер ету туралы декларация",
                 "BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG CỦA DỰ ÁN NÂNG CÔNG SUẤT {name}"),
    "e2.p": ("Оператор: {operator}, БИН {bin}. Объект III категории: {name}. Декларируемый год: 2026.",
             "Оператор: {operator}, БСН {bin}. III санаттағы объект: {name}. Декларацияланатын жыл: 2026.",
             "Chủ dự án: {operator}, mã số doanh nghiệp {bin}. Nhà máy làm việc 300 ngày/năm, 2 ca/ngày. Tải lượng được tính theo "
             "hệ số phát thải và khối lượng nguyên liệu, nhiên liệu sử dụng (lò hơi đốt {fuel} tấn mùn cưa/ngày)."),
    "e2.h": ("3. Декларируемое количество выбросов загрязняющих веществ в атмосферный воздух",
             "3. Атмосфералық ауаға ластаушы заттар шығарындыларының декларацияланатын мөлшері",
             "3.1.2. Tải lượng bụi, khí thải trong giai đoạn vận hành"),
    "e2.head": ("№ источника|Наименование источника выброса|Загрязняющее вещество (код – наименование)|ПДК м.р. / ОБУВ, мг/м3|Класс опасности|Выброс, г/с|Выброс, т/год",
                "Көз №|Шығарынды көзінің атауы|Ластаушы зат (коды – атауы)|ШЖК м.б. / ШҚӘД, мг/м3|Қауіптілік сыныбы|Шығарынды, г/с|Шығарынды, т/жыл",
                "TT|Nguồn phát sinh|Chất ô nhiễm|Hệ số phát thải|Tải lượng (kg/ngày)|Tải lượng (tấn/năm)"),
    "e2.pdk": ("ПДК|ОБУВ", "ШЖК|ШҚӘД", ""),
    "e2.totals": ("Всего по объекту|в том числе: твердые|газообразные и жидкие", "Объект бойынша барлығы|оның ішінде: қатты|газ тәрізді және сұйық", ""),
    "e2.after": ("Расчеты выбросов выполнены по действующим методикам; результаты приведены в приложении 3 к декларации.",
                 "Шығарындыларды есептеу қолданыстағы әдістемелер бойынша орындалды; нәтижелер декларацияның 3-қосымшасында келтірілген.",
                 "Ghi chú: Hệ số phát thải lò hơi đốt gỗ, mùn cưa theo AP-42 (US EPA); tải lượng hơi dung môi tính theo định mức sơn sử dụng."),
}  # fmt: skip
PDK_MR = {"0301": 0.2, "0304": 0.4, "0337": 5, "0328": 0.15, "1325": 0.05, "0616": 0.2, "0621": 0.6, "1210": 0.1, "1401": 0.35, "1240": 0.1}
OBUV = {"2936": 0.5}
SOLID = ("2936", "0328")
# per site (sawmill, furniture): number, (RU, KK), organised, codes
DECLARED = {
    SAWMILL: (
        ("0001", ("Циклон УЦ-1000 системы аспирации лесопильного цеха", "Ағаш тілу цехы аспирация жүйесінің УЦ-1000 циклоны"), True, ("2936",)),
        ("0002", ("Рукавный фильтр аспирации столярного участка", "Ұста учаскесі аспирациясының жеңді сүзгісі"), True, ("2936",)),
        ("0003", ("Дымовая труба котла на древесных отходах", "Ағаш қалдықтарымен жұмыс істейтін қазандықтың түтін мұржасы"), True,
         ("0301", "0304", "0337", "0328")),
        ("6001", ("Открытый склад опилок и щепы", "Үгінді мен жоңқаның ашық қоймасы"), False, ("2936",)),
    ),
    FURNITURE: (
        ("0001", ("Рукавный фильтр участка раскроя ЛДСП", "ЛЖТП пішу учаскесінің жеңді сүзгісі"), True, ("2936", "1325")),
        ("0002", ("Вытяжная труба окрасочной камеры", "Бояу камерасының сорып шығаратын құбыры"), True, ("0616", "0621", "1210", "1401")),
        ("0003", ("Вытяжная труба камеры сушки лакокрасочных покрытий", "Лак-бояу жабындарын кептіру камерасының құбыры"), True,
         ("0621", "1210", "1240")),
        ("0004", ("Дымовая труба котла на древесных отходах", "Ағаш қалдықтарымен жұмыс істейтін қазандықтың түтін мұржасы"), True,
         ("0301", "0337", "0328")),
        ("6001", ("Площадка временного хранения древесных отходов", "Ағаш қалдықтарын уақытша сақтау алаңы"), False, ("2936",)),
    ),
}
# named source, pollutants with their emission factor (kg per tonne of sawdust burnt) or None for a figure given directly
VI_DECLARED = (
    ("Khu vực cưa, bào, chà nhám (sau hệ thống lọc bụi túi vải)", (("2936", None),)),
    ("Buồng sơn màng nước", (("0621", None), ("0616", None), ("1210", None), ("1401", None))),
    ("Lò hơi đốt mùn cưa 2 tấn hơi/giờ", (("2902", 4.4), ("0330", 0.075), ("0301", 1.25), ("0337", 6.7))),
)


def emissions_dc2(doc: Doc) -> None:
    """A category III declaration's declared emissions: the source's number and name on every row, `code – name` in one
    cell, a `ПДК м.р. / ОБУВ` column whose cells say which they are, the class (a dash for an ОБУВ substance), g/s and
    t/year, then a total and its solid and gaseous parts (VI: a furniture factory's loads from emission factors in kg a
    day and tonnes a year, no g/s, the source merged over its pollutants)."""
    r = doc.rng
    vi = doc.lang == "vi"
    f = _site(doc, FURNITURE if vi else r.choice((SAWMILL, FURNITURE)))
    if vi:
        fuel = r.randint(5, 12)
        doc.h(_t(doc, "e2.title").format(name=f["name"].upper()))
        doc.p(_t(doc, "e2.p").format(operator=f["operator"], bin=f["bin"], fuel=fuel))
        doc.h(_t(doc, "e2.h"))
        rows, merges = [_row(doc, "e2.head")], []
        for k, (name, items) in enumerate(VI_DECLARED, 1):
            start = len(rows)
            for c, factor in items:
                per_day = _sig(factor * fuel, 3) if factor else rate(r, 0.4, 18, 3)
                tonnes = round(per_day * 300 / 1000, 6)
                lead = [str(k), name] if len(rows) == start else [None, None]
                rows.append([*lead, _air(doc, c) if c not in vocab.AIR else vocab.air(c, "vi", 0 if c == "2902" else r.randrange(2)),
                             f"{num(factor, 'vi')} kg/tấn" if factor else "-", num(per_day, "vi"), num(tonnes, "vi")])
                doc.add("emissions", emission(c, None, tonnes))
            _down(rows, start, 0, merges)
            _down(rows, start, 1, merges)
        doc.table(None, rows, merges, role="emissions")
        doc.p(_t(doc, "e2.after"))
        return
    doc.h(_t(doc, "e2.title"))
    doc.p(_t(doc, "e2.p").format(operator=f["operator"], bin=f["bin"], name=f["name"]))
    doc.h(_t(doc, "e2.h"))
    rows = [_row(doc, "e2.head")]
    pdk, obuv = _list(doc, "e2.pdk")
    solid, gas = [], []
    for number, names, organized, codes in DECLARED[f["i"]]:
        for c in codes:
            g = rate(r, 0.001, 0.6, 3)
            t = rate(r, g * 3, g * 25, 3)
            hz = _hazard(c)
            limit_cell = f"{obuv} {num(OBUV[c], doc.lang)}" if c in OBUV else f"{pdk} {num(PDK_MR[c], doc.lang)}"
            rows.append([number, names[vocab.LANGS.index(doc.lang)], f"{c} – {_air(doc, c)}", limit_cell, str(hz) if hz else "–",
                         num(g, doc.lang), num(t, doc.lang)])
            doc.add("emissions", emission(c, g, t, number, hz))
            (solid if c in SOLID else gas).append((g, t))
        doc.add("sources", {"number": number, "type": "organized" if organized else "unorganized"})
    labels = _list(doc, "e2.totals")
    for label, group in zip(labels, ([*solid, *gas], solid, gas), strict=True):
        rows.append(["", label, "", "", "", num(_sum(x[0] for x in group), doc.lang), num(_sum(x[1] for x in group), doc.lang)])
    doc.table(None, rows, role="emissions")
    doc.p(_t(doc, "e2.after"))
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- wastes

TEXT |= {
    "w1.title": ("Программа управления отходами на 2026–2035 годы. Объект: {name}", "2026–2035 жылдарға арналған қалдықтарды басқару бағдарламасы. Объект: {name}",
                 "BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG CỦA {name}"),
    "w1.h": ("2.3. Расчет объемов образования отходов", "2.3. Қалдықтардың түзілу көлемдерін есептеу",
             "4.3. Dự báo khối lượng chất thải rắn phát sinh"),
    "w1.p": ("Объем распиловки круглого леса – {v} м3/год, выход пиломатериалов – 62 % ({w} м3/год); численность работающих – {n} чел. "
             "Нормативы образования древесных отходов приняты по отраслевым данным для хвойных пород.",
             "Домалақ ағашты тілу көлемі – {v} м3/жыл, кесілген ағаш шығымы – 62 % ({w} м3/жыл); жұмыскерлер саны – {n} адам. "
             "Ағаш қалдықтарының түзілу нормативтері қылқан жапырақты тұқымдар үшін салалық деректер бойынша қабылданды.",
             "Khối lượng gỗ nguyên liệu sử dụng: {w} m3/năm; số lao động: {n} người; số ngày làm việc: 300 ngày/năm. "
             "Định mức phát sinh chất thải gỗ lấy theo số liệu thực tế năm 2024 của nhà máy."),
    "w1.head": ("№|Наименование отхода|Код отхода|Расчетная база|Норматив образования|Объем образования, м3/год|Насыпная плотность, т/м3|Масса образования, т/год",
                "№|Қалдықтың атауы|Қалдық коды|Есептік база|Түзілу нормативі|Түзілу көлемі, м3/жыл|Үйінді тығыздығы, т/м3|Түзілу массасы, т/жыл",
                "TT|Loại chất thải|Mã chất thải|Cơ sở tính toán|Định mức phát sinh|Khối lượng phát sinh (kg/năm)"),
    "w1.bases": ("м3 круглого леса|м3 пиломатериалов|чел.|по фактическим данным 2025 г.",
                 "м3 домалақ ағаш|м3 кесілген ағаш|адам|2025 жылғы нақты деректер бойынша",
                 "m3 gỗ nguyên liệu|người|Theo thực tế năm 2024"),
    "w1.staff_norm": ("0,3 м3/чел. в год", "0,3 м3/адам жылына", "0,5 kg/người/ngày"),
    "w1.groups": ("", "", "I. Chất thải rắn công nghiệp thông thường|II. Chất thải nguy hại|III. Chất thải rắn sinh hoạt"),
    "w1.caption": ("Таблица 2.3 – Расчет образования отходов", "2.3-кесте – Қалдықтардың түзілуін есептеу",
                   "Bảng 4.3. Khối lượng chất thải rắn phát sinh khi nhà máy hoạt động ổn định"),
}  # fmt: skip
# (RU, KK, code, base: 0 logs, 1 boards, per cent of the base, bulk density t/m3)
WOOD = (
    ("Горбыль и рейка", "Горбыль мен рейка кесінділері", "03 01 05", 0, 12, 0.52),
    ("Опилки древесные", "Ағаш үгіндісі", "03 01 05", 0, 10, 0.25),
    ("Кора древесная", "Ағаш қабығы", "03 01 01", 0, 8, 0.4),
    ("Стружка древесная (столярный участок)", "Ағаш жоңқасы (ұста учаскесі)", "03 01 05", 1, 6, 0.13),
)
# (VI name, kg per m3 of timber)
VI_WOOD = (("Mùn cưa, phoi bào", 45), ("Gỗ vụn, đầu mẩu, gỗ hỏng", 30), ("Bụi gỗ thu hồi từ hệ thống lọc bụi túi vải", 2.5))


def _low(code: str) -> tuple[str, str]:
    return next((ru, kk) for c, ru, kk in vocab.LOW if c == code)


def wastes_dc1(doc: Doc) -> None:
    """A sawmill's wastes worked out from the volume of logs sawn: the base (m3 of logs, of boards, workers), the
    formation norm in per cent, the volume in m3 and the bulk density, the tonnes last; hazardous wastes by last year's
    figures with dashes in the calculation columns (VI: a furniture factory's wastes from kg per m3 of timber and per
    worker a day under group rows, CTNH by last year's figures, kilograms a year)."""
    r = doc.rng
    vi = doc.lang == "vi"
    f = _site(doc, FURNITURE if vi else SAWMILL)
    v = r.randint(60, 180) * 100
    w = round(v * 0.62)
    n = r.randint(25, 140)
    doc.h(_t(doc, "w1.title").format(name=f["name"]))
    doc.h(_t(doc, "w1.h"))
    doc.p(_t(doc, "w1.p").format(v=num(v, doc.lang), w=num(w, doc.lang), n=n))
    rows, merges = [_row(doc, "w1.head")], []
    bases = _list(doc, "w1.bases")
    if vi:
        ordinary, hazardous, domestic = _list(doc, "w1.groups")
        width = len(rows[0])
        _span(rows, merges, ordinary, width)
        k = 0
        for name, per_m3 in VI_WOOD:
            k += 1
            kg = round(w * per_m3)
            rows.append([str(k), name, "-", f"{num(w, 'vi')} {bases[0]}", f"{num(per_m3, 'vi')} kg/m3", num(kg, "vi")])
            doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": kg / 1000, "name_contains": name})
        _span(rows, merges, hazardous, width)
        for code, name, _ in r.sample([x for x in vocab.VN_CTNH if x[0] in ("18 02 01", "18 01 02", "16 01 06", "17 02 03")], 3):
            k += 1
            kg = r.randint(4, 90) * 10
            rows.append([str(k), name, code, bases[2], "-", num(kg, "vi")])
            doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000, "name_contains": name})
        _span(rows, merges, domestic, width)
        kg = round(n * 0.5 * 300)
        rows.append([str(k + 1), "Chất thải rắn sinh hoạt", "-", f"{n} {bases[1]}", _t(doc, "w1.staff_norm"), num(kg, "vi")])
        doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": kg / 1000, "name_contains": "Chất thải rắn sinh hoạt"})
        doc.table(_t(doc, "w1.caption"), rows, merges, role="wastes")
        return
    lang = 0 if doc.lang == "ru" else 1
    items = []
    for ru, kk, code, base, pct, density in WOOD:
        volume = round((v if base == 0 else w) * pct / 100, 1)
        t = round(volume * density, 2)
        items.append(((ru, kk)[lang], code, f"{num(v if base == 0 else w, doc.lang)} {bases[base]}", f"{pct} %", num(volume, doc.lang),
                      num(density, doc.lang), t))
    volume = round(n * 0.3, 2)
    t = round(volume * 0.25, 3)
    items.append((_low("20 03 01")[lang], "20 03 01", f"{n} {bases[2]}", _t(doc, "w1.staff_norm"), num(volume, doc.lang), num(0.25, doc.lang), t))
    for code in sorted(r.sample(("15 02 02*", "13 02 05*", "20 01 21*", "16 01 07*"), 2)):
        t = rate(r, 0.02, 1.6, 2)
        items.append((_low(code)[lang], code, bases[3], "–", "–", "–", t))
    for k, (name, code, base, norm, volume_cell, density_cell, t) in enumerate(items, 1):
        rows.append([str(k), name, code, base, norm, volume_cell, density_cell, num(t, doc.lang)])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t, "name_contains": name})
    doc.table(_t(doc, "w1.caption"), rows, role="wastes")
    maybe_distractor(doc, 0.3)


TEXT |= {
    "w2.title": ("Отчет по программе производственного экологического контроля за 2025 год. Объект: {name}",
                 "2025 жылғы өндірістік экологиялық бақылау бағдарламасы бойынша есеп. Объект: {name}",
                 "BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2024 CỦA {name}"),
    "w2.h": ("Раздел 4. Отходы производства и потребления по подразделениям", "4-бөлім. Бөлімшелер бойынша өндіріс және тұтыну қалдықтары",
             "Phần 3. Kết quả quản lý chất thải rắn theo từng khu vực phát sinh"),
    "w2.p": ("Учет отходов ведется в журналах подразделений; отходы накапливаются не более шести месяцев и передаются по договорам.",
             "Қалдықтарды есепке алу бөлімшелердің журналдарында жүргізіледі; қалдықтар алты айдан аспай жинақталып, шарттар бойынша беріледі.",
             "Chất thải được phân loại tại nguồn, thu gom về kho lưu giữ và chuyển giao cho đơn vị có chức năng theo hợp đồng."),
    "w2.head": ("№|Наименование отхода|Код|Вид отхода|Образовано, т|Место накопления",
                "№|Қалдықтың атауы|Коды|Қалдық түрі|Түзілді, т|Жинақтау орны",
                "TT|Tên chất thải|Mã chất thải|Trạng thái tồn tại|Khối lượng (kg)"),
    "w2.kinds": ("опасный|неопасный", "қауіпті|қауіпті емес", ""),
    "w2.places": ("склад опасных отходов|контейнерная площадка|бункер-накопитель", "қауіпті қалдықтар қоймасы|контейнерлік алаң|жинақтағыш бункер", ""),
}  # fmt: skip
# KZ codes outside vocab.LOW: (RU, KK)
FISH_LOW = {
    "02 02 02": ("Рыбные отходы (головы, внутренности, плавники, чешуя)", "Балық қалдықтары (бастары, ішек-қарны, жүзбеқанаттары, қабыршағы)"),
    "02 02 04": ("Осадок жироловки и флотатора ЛОС", "ЖТҚ май ұстағышы мен флотаторының тұнбасы"),
    "10 01 01": ("Золошлаковые отходы", "Күл-қож қалдықтары"),
}
# subdivision (RU, KK): codes with (low, high) tonnes
UNITS_FISH = (
    (("Цех приемки и разделки рыбы", "Балық қабылдау және бөлшектеу цехы"),
     (("02 02 02", (40, 420)), ("02 02 04", (2, 30)), ("15 01 01", (0.5, 6)), ("20 01 21*", (0.01, 0.08)))),
    (("Коптильный цех", "Ыстау цехы"), (("15 01 02", (0.2, 3)), ("15 02 02*", (0.02, 0.3)), ("20 01 21*", (0.005, 0.04)))),
    (("Котельная", "Қазандық"), (("10 01 01", (15, 160)), ("15 02 02*", (0.02, 0.2)))),
    (("Гараж и механическая мастерская", "Гараж және механикалық шеберхана"),
     (("13 02 05*", (0.1, 1.5)), ("16 01 07*", (0.01, 0.1)), ("16 01 03", (0.3, 2.5)), ("15 02 02*", (0.02, 0.3)))),
    (("Административно-бытовой корпус", "Әкімшілік-тұрмыстық корпус"), (("20 03 01", (3, 25)), ("20 01 21*", (0.005, 0.05)))),
)
# area: (name, wastes: CTNH code or an ordinary name, (low, high) kg)
UNITS_SHRIMP = (
    ("Khu tiếp nhận và sơ chế nguyên liệu", (("Đầu, vỏ tôm thải", (80000, 450000)), ("Thùng xốp, bao bì nilon thải", (800, 6000)),
                                             ("16 01 06", (5, 40)))),
    ("Hệ thống xử lý nước thải", (("Bùn thải từ hệ thống xử lý nước thải", (6000, 40000)), ("18 01 03", (20, 200)))),
    ("Khu vực lò hơi", (("Tro, xỉ lò hơi đốt trấu", (20000, 150000)), ("18 02 01", (10, 80)))),
    ("Xưởng cơ điện", (("17 02 03", (40, 400)), ("18 02 01", (10, 120)), ("16 01 06", (5, 30)), ("19 06 01", (20, 150)))),
    ("Khu văn phòng", (("Chất thải rắn sinh hoạt", (3000, 18000)), ("08 02 04", (2, 20)), ("16 01 06", (3, 20)))),
)


def wastes_dc2(doc: Doc) -> None:
    """A fish plant's wastes of the year in one small table per subdivision under numbered headings, no table of totals:
    rags and lamps appear in several subdivisions with their own amounts; the kind in words and the place of
    accumulation (VI: a shrimp plant's annual report, ordinary wastes and CTNH together in each area's table, kg)."""
    r = doc.rng
    vi = doc.lang == "vi"
    f = _site(doc, 0 if vi else r.choice(FISH))
    doc.h(_t(doc, "w2.title").format(name=f["name"]))
    doc.h(_t(doc, "w2.h"))
    doc.p(_t(doc, "w2.p"))
    if vi:
        states = {c: s for c, _, s in vocab.VN_CTNH}
        names = {c: n for c, n, _ in vocab.VN_CTNH}
        for k, i in enumerate(sorted(r.sample(range(len(UNITS_SHRIMP)), 4)), 1):
            area, items = UNITS_SHRIMP[i]
            doc.p(f"3.{k}. {area}")
            rows = [_row(doc, "w2.head")]
            for j, (what, (low, high)) in enumerate(items, 1):
                kg = r.randint(low, high)
                kg = round(kg, -2) if kg > 5000 else kg
                if what in names:
                    rows.append([str(j), names[what], what, states[what], num(kg, "vi")])
                    doc.add("wastes", {"code": what + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000,
                                       "name_contains": names[what]})
                else:
                    rows.append([str(j), what, "-", "Rắn", num(kg, "vi")])
                    doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": kg / 1000, "name_contains": what})
            doc.table(f"Bảng 3.{k}. Chất thải phát sinh tại {area[:1].lower()}{area[1:]}", rows, role="wastes")
        return
    lang = 0 if doc.lang == "ru" else 1
    kinds, places = _list(doc, "w2.kinds"), _list(doc, "w2.places")
    picked = [0, *sorted(r.sample(range(1, len(UNITS_FISH)), r.randint(2, 3)))]
    for k, i in enumerate(picked, 1):
        unit, items = UNITS_FISH[i]
        doc.h(f"4.{k}. {unit[lang]}")
        rows = [_row(doc, "w2.head")]
        for j, (code, (low, high)) in enumerate(items, 1):
            t = rate(r, low, high, 3)
            name = FISH_LOW[code][lang] if code in FISH_LOW else _low(code)[lang]
            hazardous = code.endswith("*")
            place = places[0] if hazardous else places[2] if code in ("02 02 02", "10 01 01") else places[1]
            rows.append([str(j), name, code, kinds[0 if hazardous else 1], num(t, doc.lang), place])
            doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": hazardous, "amount_t": t, "name_contains": name})
        doc.table(None, rows, role="wastes")
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- limits

TEXT |= {
    "l1.title": ("Отчет по программе производственного экологического контроля за 2025 год. Объект: {name}",
                 "2025 жылғы өндірістік экологиялық бақылау бағдарламасы бойынша есеп. Объект: {name}",
                 "BÁO CÁO KẾT QUẢ QUAN TRẮC MÔI TRƯỜNG ĐỢT 3 NĂM 2024 – {name}"),
    "l1.h": ("4.2. Качество воды водоисточника и сбросных вод прудов", "4.2. Су көзі суының және тоғандардан төгілетін судың сапасы",
             "2.2. Kết quả quan trắc nước cấp và nước thải ao nuôi"),
    "l1.p": ("Пробы отобраны {day} августа 2025 года, перед облавливанием выростных прудов, испытательной лабораторией "
             "ТОО «Жетысу Эко Лаб» (аттестат аккредитации KZ.T.02.2291). Вода водоисточника оценивается по ПДК для водоемов "
             "рыбохозяйственного значения, сбросная вода – по допустимым концентрациям проекта НДС.",
             "Сынамаларды 2025 жылғы {day} тамызда, өсіру тоғандарын аулау алдында «Жетісу Эко Лаб» ЖШС сынақ зертханасы "
             "(KZ.T.02.2291 аккредиттеу аттестаты) алды. Су көзінің суы балық шаруашылығы маңызы бар су объектілеріне арналған "
             "ШЖК бойынша, төгілетін су – ЖТН жобасының жол берілетін концентрациялары бойынша бағаланады.",
             "Thời gian lấy mẫu: ngày {day}/8/2024 (giữa vụ nuôi). Đơn vị quan trắc: Trung tâm Quan trắc tài nguyên và môi trường "
             "tỉnh (VIMCERTS 112). Giới hạn cho phép theo QCVN 02-19:2014/BNNPTNT – Quy chuẩn kỹ thuật quốc gia về cơ sở nuôi tôm "
             "nước lợ: chất lượng nước cấp vào ao nuôi và nước thải từ ao nuôi."),
    "l1.head0": ("Показатель|Ед. изм.|В-1 (р. Или, водозабор головного канала)|^|С-1 (сбросной канал, выпуск в оз. Балхаш)|^",
                 "Көрсеткіш|Өлш. бірл.|В-1 (Іле өзені, бас каналдың су жинағышы)|^|С-1 (төгінді канал, Балқаш көліне шығарылым)|^",
                 "TT|Thông số|Đơn vị|NC1 – Nước cấp (kênh cấp nước vào ao lắng)|^|NT1 – Nước thải (cống xả ao chứa bùn thải)|^"),
    "l1.head1": ("^|^|ПДК р/х|факт|ДК (НДС)|факт", "^|^|б/ш ШЖК|нақты|ЖК (ЖТН)|нақты",
                 "^|^|^|Kết quả|Giới hạn cho phép|Kết quả|Giới hạn cho phép"),
    "l1.units": ("мг/дм3|ед. pH", "мг/дм3|pH бірл.", "mg/l|-"),
    "l1.caption": ("Таблица 4.2 – Результаты анализа проб воды", "4.2-кесте – Су сынамаларын талдау нәтижелері",
                   "Bảng 2.2. Kết quả phân tích mẫu nước"),
    "l1.after": ("Превышений ПДК и ДК не выявлено, за исключением отмеченных в таблице.", "Кестеде белгіленгендерден басқа ШЖК мен ЖК асуы анықталмады.",
                 "Ghi chú: (-) không quy định; các thông số đều nằm trong giới hạn cho phép, trừ các giá trị được đánh dấu."),
}  # fmt: skip
# symbol: (fishery ПДК of the source water, allowed concentration of the discharge); None is a dash
POND = {"pH": ((6.5, 8.5), (6.5, 8.5)), "BOD5": (2.1, 6), "NH4+": (0.5, 1), "NO2-": (0.08, 0.08), "NO3-": (40, 40), "PO4": (0.15, 0.5),
        "Fe": (0.1, None), "SO4": (100, 100), "Cl-": (300, 300), "TSS": (None, 15)}
# symbol: (supply water, pond effluent) — QCVN 02-19:2014/BNNPTNT
SHRIMP = {"pH": ((7, 9), (5.5, 9)), "NH3": (0.3, None), "S2-": (0.05, None), "BOD5": (None, 50), "COD": (None, 150), "TSS": (None, 100),
          "Coliform": (None, 5000)}


def _measure(r, lim) -> float:
    if isinstance(lim, tuple):
        return round(r.uniform(max(lim[0], 6.8), min(lim[1], 8.4)), 1)
    return _sig(lim * r.uniform(0.15, 1.15), 2)


def limits_dc1(doc: Doc) -> None:
    """A pond farm's two waters side by side: the source river (fishery ПДК, point В-1) and the discharge to the lake
    (the allowed concentration of the discharge project, point С-1) as two column groups `норматив | факт` with a unit
    column, a dash where a parameter is not set for one water; exceedances starred (VI: a shrimp farm's supply canal
    and pond effluent against the two tables of QCVN 02-19:2014/BNNPTNT, `kết quả` before the limit)."""
    r = doc.rng
    vi = doc.lang == "vi"
    f = _site(doc, FARM)
    doc.h(_t(doc, "l1.title").format(name=f["name"]))
    doc.h(_t(doc, "l1.h"))
    doc.p(_t(doc, "l1.p").format(day=r.randint(5, 26)))
    rows = [_row(doc, "l1.head0"), _row(doc, "l1.head1")]
    per_l, ph_unit = _list(doc, "l1.units")
    points = ("NC1", "NT1") if vi else ("В-1", "С-1")
    media = ("water", "waste_water")
    if vi:
        merges = [(0, c, 1, c) for c in range(3)] + [(0, 3, 0, 4), (0, 5, 0, 6)]
        keys = list(SHRIMP)
        table = SHRIMP
    else:
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 0, 5)]
        pool = [k for k in POND if k != "pH"]
        keys = ["pH", *sorted(r.sample(pool, r.randint(5, 7)), key=pool.index)]
        table = POND
    for k, s in enumerate(keys, 1):
        unit = ph_unit if s == "pH" else "MPN/100ml" if s == "Coliform" else per_l
        cells = []
        for point, medium, lim in zip(points, media, table[s], strict=True):
            if lim is None:
                cells.append(["–" if not vi else "-", "–" if not vi else "-"])
                continue
            value = _measure(r, lim)
            shown = num(value, doc.lang) + ("*" if not isinstance(lim, tuple) and value > lim else "")
            written = cell(doc, lim, to="–" if not vi else " – ")
            cells.append([shown, written] if vi else [written, shown])
            add(doc, limit(("symbol", s), medium, lim, "MPN/100ml" if s == "Coliform" else "mg/l", None, point, value))
        lead = [str(k), _water(doc, s), unit] if vi else [_water(doc, s), unit]
        rows.append([*lead, *cells[0], *cells[1]])
    doc.table(_t(doc, "l1.caption"), rows, merges, role="limits")
    doc.p(_t(doc, "l1.after"))
    maybe_distractor(doc, 0.3)


TEXT |= {
    "l2.title": ("Проект нормативов допустимых выбросов. Объект: {name}", "Рұқсат етілген шығарындылар нормативтерінің жобасы. Объект: {name}",
                 "BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG CỦA DỰ ÁN MỞ RỘNG {name}"),
    "l2.h": ("6. Результаты расчетов рассеивания загрязняющих веществ в атмосфере",
             "6. Ластаушы заттардың атмосферада таралуын есептеу нәтижелері",
             "3.1.2.3. Dự báo phạm vi phát tán bụi, khí thải từ ống thải của dự án"),
    "l2.p": ("Расчет выполнен по программе «ЭРА» v3.0 на летний период при опасной скорости ветра, с учетом фоновых концентраций "
             "РГП «Казгидромет». Расчетный прямоугольник 2000 × 2000 м, шаг сетки 50 м; жилая застройка – на расстоянии {d} м.",
             "Есеп «ЭРА» v3.0 бағдарламасы бойынша жазғы кезеңге қауіпті жел жылдамдығы кезінде «Қазгидромет» РМК фондық "
             "концентрацияларын ескере отырып орындалды. Есептік тіктөртбұрыш 2000 × 2000 м, тор қадамы 50 м; тұрғын үйлер – {d} м қашықтықта.",
             "Nồng độ chất ô nhiễm được dự báo bằng mô hình Sutton cho nguồn điểm (ống thải cao 15 m), điều kiện khí quyển loại B, "
             "tốc độ gió 2 m/s, theo hướng gió chủ đạo; khu dân cư gần nhất cách ranh giới dự án {d} m."),
    "l2.head0": ("Код ЗВ|Наименование загрязняющего вещества|ПДК м.р., мг/м3|Класс опасности|Расчетная максимальная приземная концентрация, доли ПДК|^|Примечание",
                 "ЛЗ коды|Ластаушы заттың атауы|ШЖК м.б., мг/м3|Қауіптілік сыныбы|Есептік ең жоғары жерге жақын концентрация, ШЖК үлесі|^|Ескертпе",
                 "TT|Thông số|Nồng độ dự báo tại khoảng cách x (m), µg/m3|^|^|^|Giới hạn cho phép (trung bình 1 giờ), µg/m3|Quy chuẩn so sánh"),
    "l2.head1": ("^|^|^|^|на границе СЗЗ|в жилой зоне|^", "^|^|^|^|СҚА шекарасында|тұрғын аймақта|^", "^|^|x = 50|x = 100|x = 200|x = 500|^|^"),
    "l2.skip": ("Cm < 0,05 ПДК, расчет нецелесообразен", "Cm < 0,05 ШЖК, есептеу орынсыз", ""),
    "l2.caption": ("Таблица 6.1 – Результаты расчета рассеивания", "6.1-кесте – Таралуды есептеу нәтижелері",
                   "Bảng 3.14. Nồng độ bụi, khí thải dự báo theo khoảng cách xuôi gió"),
    "l2.after": ("Концентрации всех веществ на границе санитарно-защитной зоны не превышают 1 ПДК; размер СЗЗ {z} м подтвержден расчетом.",
                 "Барлық заттардың санитариялық-қорғау аймағы шекарасындағы концентрациялары 1 ШЖК-дан аспайды; СҚА мөлшері {z} м есеппен расталды.",
                 "Nhận xét: nồng độ các chất ô nhiễm dự báo đều nhỏ hơn giới hạn cho phép của quy chuẩn so sánh ở mọi khoảng cách."),
}  # fmt: skip
PDK_CODES = {FURNITURE: ("0301", "0337", "0328", "1325", "0616", "0621", "1210", "1401"),
             PRINT: ("0301", "0337", "0621", "0616", "1210", "1401", "1240", "1325")}
# code: (µg/m3 one-hour limit, the standard) — QCVN 05:2023/BTNMT and QCVN 06:2009/BTNMT
VI_AMBIENT = {"2902": (300, "QCVN 05:2023/BTNMT"), "0301": (200, "QCVN 05:2023/BTNMT"), "0330": (350, "QCVN 05:2023/BTNMT"),
              "0337": (30000, "QCVN 05:2023/BTNMT"), "0621": (500, "QCVN 06:2009/BTNMT"), "0616": (1000, "QCVN 06:2009/BTNMT")}


def limits_dc2(doc: Doc) -> None:
    """An НДВ project's dispersion results: the ПДК м.р. and the class, then the computed maximum ground-level
    concentration in shares of the ПДК at the boundary of the protection zone and at the houses (no measured value), a
    note where the computation was not needed (VI: an ĐTM's predicted concentrations at 50, 100, 200 and 500 m against
    the one-hour values of QCVN 05:2023 and QCVN 06:2009, the standard named in a column)."""
    r = doc.rng
    vi = doc.lang == "vi"
    f = _site(doc, PRINT if vi else r.choice((FURNITURE, PRINT)))
    doc.h(_t(doc, "l2.title").format(name=f["name"].upper() if vi else f["name"]))
    doc.h(_t(doc, "l2.h"))
    doc.p(_t(doc, "l2.p").format(d=r.choice((120, 180, 250, 340))))
    rows = [_row(doc, "l2.head0"), _row(doc, "l2.head1")]
    if vi:
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 5), (0, 6, 1, 6), (0, 7, 1, 7)]
        for k, (c, (lim, std)) in enumerate(VI_AMBIENT.items(), 1):
            peak = lim * r.uniform(0.05, 0.6)
            figures = [_sig(peak * x, 3) for x in (r.uniform(0.55, 0.8), 1, r.uniform(0.45, 0.7), r.uniform(0.12, 0.3))]
            rows.append([str(k), vocab.air(c, "vi", r.randrange(2)), *(num(x, "vi") for x in figures), num(lim, "vi"), std])
            add(doc, _no_value(limit(("code", c), "air", lim, "µg/m3", "Trung bình 1 giờ")))
        doc.table(_t(doc, "l2.caption"), rows, merges, role="limits")
        doc.p(_t(doc, "l2.after"))
        return
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 6)] + [(0, 4, 0, 5)]
    codes = PDK_CODES[f["i"]]
    column = doc.v("м.р.", "м.б.", "")
    for c in sorted(r.sample(codes, r.randint(5, len(codes)))):
        hz = _hazard(c)
        if r.random() < 0.2:
            shares, note = ["–", "–"], _t(doc, "l2.skip")
        else:
            edge = round(r.uniform(0.08, 0.95), 2)
            shares, note = [num(edge, doc.lang), num(round(edge * r.uniform(0.3, 0.8), 2), doc.lang)], "–"
        rows.append([c, _air(doc, c), num(PDK_MR[c], doc.lang), str(hz) if hz else "–", *shares, note])
        add(doc, _no_value(limit(("code", c), "air", PDK_MR[c], "mg/m3", column)))
    doc.table(_t(doc, "l2.caption"), rows, merges, role="limits")
    doc.p(_t(doc, "l2.after").format(z=r.choice((100, 300, 500))))
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- monitoring

TEXT |= {
    "m1.title": ("Программа производственного экологического контроля. Объект: {name}", "Өндірістік экологиялық бақылау бағдарламасы. Объект: {name}",
                 "CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG ĐỊNH KỲ – {name}"),
    "m1.h": ("5. Мониторинг эмиссий", "5. Эмиссиялар мониторингі", "Điều 3. Chương trình quan trắc môi trường của cơ sở"),
    "m1.p": ("Знак «+» означает, что показатель определяется в данной точке (на данном источнике); периодичность указана для всех "
             "отмеченных точек строки.",
             "«+» белгісі көрсеткіштің осы нүктеде (осы көзде) анықталатынын білдіреді; кезеңділік жолдағы барлық белгіленген "
             "нүктелер үшін көрсетілген.",
             "Ký hiệu (x): thông số được quan trắc tại vị trí tương ứng; tần suất áp dụng cho tất cả vị trí được đánh dấu trên cùng dòng."),
    "m1.water.caption": ("Таблица 5.1 – Контроль сточных вод", "5.1-кесте – Ағынды суларды бақылау", "Bảng 3.1. Quan trắc nước thải và nước mặt tiếp nhận"),
    "m1.water.head0": ("Контролируемый показатель|Точки отбора проб|^|^|Периодичность", "Бақыланатын көрсеткіш|Сынама алу нүктелері|^|^|Кезеңділігі",
                       "Thông số quan trắc|Vị trí quan trắc|^|^|Tần suất"),
    "m1.water.points": ("К-1 (вход на ЛОС)|К-2 (выход с ЛОС)|К-3 (пруд-накопитель)", "К-1 (ЖТҚ кірісі)|К-2 (ЖТҚ шығысы)|К-3 (жинақтағыш тоған)",
                        "NT1 – Nước thải trước xử lý|NT2 – Nước thải sau xử lý|NM1 – Kênh tiếp nhận, hạ lưu 50 m"),
    "m1.air.caption": ("Таблица 5.2 – Контроль выбросов на источниках", "5.2-кесте – Көздердегі шығарындыларды бақылау",
                       "Bảng 3.2. Quan trắc khí thải"),
    "m1.air.head0": ("Загрязняющее вещество|Источники выбросов|^|^|Периодичность|Метод контроля", "Ластаушы зат|Шығарынды көздері|^|^|Кезеңділігі|Бақылау әдісі",
                     "Thông số quan trắc|Vị trí quan trắc|^|Tần suất"),
    "m1.air.points": ("ИЗА 0001 (котельная)|ИЗА 0002 (коптильная камера)|ИЗА 0003 (холодильная установка)",
                      "ЛШК 0001 (қазандық)|ЛШК 0002 (ыстау камерасы)|ЛШК 0003 (тоңазытқыш қондырғы)",
                      "KT1 – Ống khói lò hơi|KT2 – Ống thải máy phát điện"),
    "m1.methods": ("инструментальный|расчетный", "аспаптық|есептік", ""),
    "m1.marks": ("+|–", "+|–", "x|"),
}  # fmt: skip
FISH_WATER = ("pH", "TSS", "BOD5", "COD", "FOG", "NH4+", "PO4", "Cl-")
SHRIMP_WATER = ("pH", "BOD5", "COD", "TSS", "NH4+", "TN", "FOG", "Cl2", "Coliform")
# codes each source emits
FISH_STACKS = {"0001": ("0301", "0304", "0330", "0337", "0328"), "0002": ("0337", "0301", "1555"), "0003": ("0303",)}
VI_STACKS = (("2902", "0330", "0301", "0337"), ("2902", "0330", "0301", "0337"))


def monitoring_dc1(doc: Doc) -> None:
    """Two matrices of marks, each with one frequency column per row: water parameters by sampling points (the inlet and
    outlet of the treatment works and the storage pond; `+` / `–`), then substances by sources (the boiler, the smokehouse,
    the ammonia plant) with the method (VI: a shrimp plant's waste water before and after treatment and the receiving
    canal, then the two stacks, marks `x`)."""
    r = doc.rng
    vi = doc.lang == "vi"
    f = _site(doc, r.choice((0, 1)))
    doc.h(_t(doc, "m1.title").format(name=f["name"].upper() if vi else f["name"]))
    doc.h(_t(doc, "m1.h"))
    doc.p(_t(doc, "m1.p"))
    yes, no = _list(doc, "m1.marks")
    points = _list(doc, "m1.water.points")
    rows = [_row(doc, "m1.water.head0"), [None, *points, None]]
    merges = [(0, 0, 1, 0), (0, 1, 0, 3), (0, 4, 1, 4)]
    for s in SHRIMP_WATER if vi else FISH_WATER:
        word = r.choice(("monthly", "quarterly")) if s in ("pH", "TSS", "BOD5", "COD") else r.choice(("quarterly", "semiannual"))
        at = [True, True, r.random() < 0.5] if not vi else [r.random() < 0.4, True, s in ("pH", "BOD5", "COD", "TSS", "NH4+")]
        rows.append([_water(doc, s), *(yes if x else no for x in at), freq(doc, word)])
        for point, x in zip(points, at, strict=True):
            if x:
                doc.add("monitoring", _mon({"point_contains": point.split(" ")[0]}, ("symbol", s), word))
    doc.table(_t(doc, "m1.water.caption"), rows, merges, role="monitoring")
    stacks = _list(doc, "m1.air.points")
    if vi:
        rows = [_row(doc, "m1.air.head0"), [None, *stacks, None]]
        merges = [(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 1, 3)]
        for c in VI_STACKS[0]:
            word = r.choice(("quarterly", "semiannual"))
            at = [True, r.random() < 0.5]
            rows.append([vocab.air(c, "vi", r.randrange(2)), *(yes if x else no for x in at), freq(doc, word)])
            for point, x in zip(stacks, at, strict=True):
                if x:
                    doc.add("monitoring", _mon({"point_contains": point.split(" ")[0]}, ("code", c), word))
        doc.table(_t(doc, "m1.air.caption"), rows, merges, role="monitoring")
        return
    rows = [_row(doc, "m1.air.head0"), [None, *stacks, None, None]]
    merges = [(0, 0, 1, 0), (0, 1, 0, 3), (0, 4, 1, 4), (0, 5, 1, 5)]
    methods = _list(doc, "m1.methods")
    numbers = list(FISH_STACKS)
    codes = sorted({c for v in FISH_STACKS.values() for c in v}, key=lambda c: (c not in FISH_STACKS["0001"], c))
    for c in codes:
        at = [c in FISH_STACKS[n] for n in numbers]
        word = "quarterly" if at[0] else r.choice(("quarterly", "semiannual"))
        method = methods[0] if c in ("0301", "0304", "0330", "0337", "0303") else methods[1]
        rows.append([f"{_air(doc, c)} ({c})", *(yes if x else no for x in at), freq(doc, word), method])
        for n, x in zip(numbers, at, strict=True):
            if x:
                doc.add("monitoring", _mon({"source_number": n}, ("code", c), word))
                doc.add("emissions", emission(c, None, None, n))
    doc.add("sources", *({"number": n, "type": "organized"} for n in numbers))
    doc.table(_t(doc, "m1.air.caption"), rows, merges, role="monitoring")
    maybe_distractor(doc, 0.3)


TEXT |= {
    "m2.title": ("График производственного экологического контроля на 2026 год. Объект: {name}",
                 "2026 жылға арналған өндірістік экологиялық бақылау кестесі. Объект: {name}",
                 "KẾ HOẠCH QUAN TRẮC MÔI TRƯỜNG VÙNG NUÔI NĂM 2025 – {name}"),
    "m2.p": ("Пробы отбираются силами аккредитованной лаборатории; в период ледостава (декабрь–февраль) отбор проб воды выполняется из лунок.",
             "Сынамаларды аккредиттелген зертхана алады; мұз қату кезеңінде (желтоқсан–ақпан) су сынамалары ойықтардан алынады.",
             "Mẫu được lấy vào buổi sáng (6h–8h), trước thời điểm thay nước; lịch lấy mẫu có thể điều chỉnh theo thời điểm thả giống và thu hoạch."),
    "m2.head0": ("Среда|Определяемые показатели|Месяцы отбора проб|^|^|^|^|^|^|^|^|^|^|^|Проб в год",
                 "Орта|Анықталатын көрсеткіштер|Сынама алу айлары|^|^|^|^|^|^|^|^|^|^|^|Жылына сынама",
                 "Thành phần|Thông số|Tháng lấy mẫu|^|^|^|^|^|^|^|^|^|^|^|Số mẫu/năm"),
    "m2.months": ("^|^|I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|^", "^|^|I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|^",
                  "^|^|T1|T2|T3|T4|T5|T6|T7|T8|T9|T10|T11|T12|^"),
    "m2.points": ("В-1 – водоподающий канал из р. Или|П-3 – выростной пруд № 3|С-1 – сбросной канал в оз. Балхаш",
                  "В-1 – Іле өзенінен су беретін канал|П-3 – № 3 өсіру тоғаны|С-1 – Балқаш көліне төгінді канал",
                  "NC1 – Kênh cấp nước vào ao lắng|AN1 – Ao nuôi số 3|NT1 – Cống xả ao chứa bùn thải"),
    "m2.media": ("Поверхностная вода|Вода пруда|Донные отложения|Сбросная вода", "Жерүсті суы|Тоған суы|Түп шөгінділері|Төгінді су",
                 "Nước mặt|Nước ao nuôi|Bùn đáy ao|Nước thải"),
    "m2.mark": ("●", "●", "x"),
    "m2.note": ("● – месяц отбора проб.", "● – сынама алынатын ай.", "Ghi chú: (x) tháng lấy mẫu."),
}  # fmt: skip
MONTHS = {"monthly": (tuple(range(12)),), "quarterly": ((0, 3, 6, 9), (2, 5, 8, 11)), "semiannual": ((3, 9), (4, 10)), "yearly": ((7,), (8,))}
# per point: rows of (medium index, symbols, soil?, frequencies to choose from)
POND_PLAN = (
    ((0, ("pH", "NH4+", "NO2-", "NO3-"), False, ("monthly", "quarterly")), (0, ("TPH", "Fe", "Cu", "Zn"), False, ("semiannual",))),
    ((1, ("pH", "NH4+", "NO2-", "PO4", "BOD5"), False, ("monthly",)), (2, ("Pb", "Cd", "Zn", "Cu"), True, ("yearly",))),
    ((3, ("pH", "TSS", "BOD5", "NH4+", "NO3-"), False, ("quarterly", "monthly")),),
)
SHRIMP_PLAN = (
    ((0, ("pH", "NH3", "S2-", "TSS"), False, ("monthly",)),),
    ((1, ("pH", "NH3", "S2-", "COD"), False, ("monthly",)), (1, ("Coliform",), False, ("quarterly",))),
    ((3, ("pH", "BOD5", "COD", "TSS"), False, ("quarterly", "monthly")), (3, ("Coliform",), False, ("quarterly", "semiannual"))),
)


def monitoring_dc2(doc: Doc) -> None:
    """A pond farm's sampling calendar for the year: a group row per point spanning the table, under it a row per medium
    and parameter set with twelve month columns marked `●` where samples are taken and the number of samples a year
    last; the frequency is read from the marks (VI: a shrimp farm's supply canal, pond and effluent, months `T1`…`T12`)."""
    r = doc.rng
    vi = doc.lang == "vi"
    f = _site(doc, FARM)
    doc.h(_t(doc, "m2.title").format(name=f["name"].upper() if vi else f["name"]))
    doc.p(_t(doc, "m2.p"))
    rows, merges = [_row(doc, "m2.head0"), _row(doc, "m2.months")], [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 13), (0, 14, 1, 14)]
    width = 15
    media = _list(doc, "m2.media")
    mark = _t(doc, "m2.mark")
    for point, plan in zip(_list(doc, "m2.points"), SHRIMP_PLAN if vi else POND_PLAN, strict=True):
        _span(rows, merges, point, width)
        code = point.split(" ")[0]
        for medium, symbols, soil, words in plan:
            word = r.choice(words)
            months = r.choice(MONTHS[word])
            names = [vocab.soil(s, doc.lang) if soil else _water(doc, s) for s in symbols]
            listed = ", ".join([names[0], *(_lower(x) for x in names[1:])])
            rows.append([media[medium], listed, *(mark if m in months else "" for m in range(12)), str(len(months))])
            doc.add("monitoring", *(_mon({"point_contains": code}, ("symbol", s), word) for s in symbols))
    doc.table(None, rows, merges, role="monitoring")
    doc.p(_t(doc, "m2.note"))
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- inspections

TEXT |= {
    "i1.title": ("Положение о производственном экологическом контроле {operator}. Приложение 3. Порядок трехступенчатого контроля",
                 "{operator} өндірістік экологиялық бақылау туралы ереже. 3-қосымша. Үш сатылы бақылау тәртібі",
                 "QUY CHẾ TỰ KIỂM TRA CÔNG TÁC BẢO VỆ MÔI TRƯỜNG – {operator}. Phụ lục 02: Phân cấp kiểm tra"),
    "i1.p": ("Утверждено приказом директора от {date} № {n}-П. Нарушения, выявленные на любой ступени, фиксируются и устраняются в сроки, "
             "установленные проверяющим.",
             "Директордың {date} № {n}-Б бұйрығымен бекітілген. Кез келген сатыда анықталған бұзушылықтар тіркеліп, тексеруші белгілеген "
             "мерзімде жойылады.",
             "Ban hành kèm theo Quyết định số {n}/QĐ-TTP ngày {date} của Tổng Giám đốc. Các tồn tại phát hiện ở mọi cấp kiểm tra phải "
             "được ghi nhận và khắc phục trong thời hạn do người kiểm tra yêu cầu."),
    "i1.head": ("№|Проверяемый участок|Что проверяется|Периодичность|Оформление результатов",
                "№|Тексерілетін учаске|Не тексеріледі|Кезеңділігі|Нәтижелерді ресімдеу",
                "TT|Khu vực kiểm tra|Nội dung kiểm tra|Tần suất|Hồ sơ ghi nhận"),
    "i1.levels": ("I ступень – мастер смены (начальник участка)|II ступень – инженер-эколог предприятия|"
                  "III ступень – постоянно действующая комиссия под председательством главного инженера",
                  "I саты – ауысым шебері (учаске бастығы)|II саты – кәсіпорынның инженер-экологы|"
                  "III саты – бас инженер төрағалық ететін тұрақты жұмыс істейтін комиссия",
                  "Cấp 1 – Tổ trưởng sản xuất, trưởng ca|Cấp 2 – Phòng An toàn – Môi trường|Cấp 3 – Hội đồng kiểm tra do Phó Tổng Giám đốc làm Chủ tịch"),
    "i1.records": ("запись в журнале смены|акт проверки|протокол заседания комиссии", "ауысым журналындағы жазба|тексеру актісі|комиссия отырысының хаттамасы",
                   "Sổ giao ca|Biên bản kiểm tra|Biên bản họp Hội đồng"),
    "i1.units": ("Цех приемки и разделки рыбы|Коптильная камера|Аммиачная холодильная установка|Жироловка и локальные очистные сооружения|"
                 "Площадка временного хранения отходов|Котельная",
                 "Балық қабылдау және бөлшектеу цехы|Ыстау камерасы|Аммиак тоңазытқыш қондырғысы|Май ұстағыш және жергілікті тазарту құрылыстары|"
                 "Қалдықтарды уақытша сақтау алаңы|Қазандық",
                 "Khu tiếp nhận nguyên liệu|Phân xưởng chế biến|Hệ thống lạnh (máy nén NH3)|Hệ thống xử lý nước thải|"
                 "Kho lưu giữ chất thải nguy hại|Khu vực lò hơi"),
    "i1.what": ("сбор рыбных отходов в закрытые контейнеры, чистота трапов|режим работы дымогенератора, герметичность дверей|"
                "отсутствие утечек аммиака, показания газоанализаторов|уровень осадка, работа флотатора, журнал учета стоков|"
                "сроки накопления, маркировка контейнеров|режим горения, состояние золоуловителя",
                "балық қалдықтарын жабық контейнерлерге жинау, траптардың тазалығы|түтін генераторының жұмыс режимі, есіктердің герметикалығы|"
                "аммиактың ағып кетпеуі, газталдағыштардың көрсеткіштері|тұнба деңгейі, флотатордың жұмысы, ағынды суларды есепке алу журналы|"
                "жинақтау мерзімдері, контейнерлердің таңбалануы|жану режимі, күл ұстағыштың жай-күйі",
                "thu gom đầu, vỏ tôm vào thùng kín, vệ sinh sàn|rò rỉ nước thải, vệ sinh rãnh thu nước|"
                "rò rỉ amoniac, hoạt động của cảm biến NH3|lưu lượng, pH đầu ra, hoạt động của bơm và máy thổi khí|"
                "dán nhãn, thời gian lưu giữ, sổ theo dõi|chế độ đốt, hệ thống xử lý khí thải"),
}  # fmt: skip
LEVEL_WORDS = (("daily", "daily", "weekly"), ("weekly", "monthly", "monthly"), ("quarterly", "semiannual"))


def inspections_dc1(doc: Doc) -> None:
    """Three-level control of a fish plant under group rows naming each level and who checks at it, items numbered
    `1.1`, the same shop checked at several levels with its own frequency at each, the record of each level (VI: a shrimp
    plant's self-inspection rules, levels `Cấp 1`–`Cấp 3`)."""
    r = doc.rng
    vi = doc.lang == "vi"
    f = _site(doc, 0 if vi else r.choice(FISH))
    date = f"{r.randint(1, 28):02d}{'/' if vi else '.'}{r.randint(1, 12):02d}{'/' if vi else '.'}2025"
    doc.h(_t(doc, "i1.title").format(operator=f["operator"]))
    doc.p(_t(doc, "i1.p").format(date=date, n=r.randint(12, 140)))
    rows, merges = [_row(doc, "i1.head")], []
    width = len(rows[0])
    units, whats, records = _list(doc, "i1.units"), _list(doc, "i1.what"), _list(doc, "i1.records")
    for level, (label, words, record) in enumerate(zip(_list(doc, "i1.levels"), LEVEL_WORDS, records, strict=True), 1):
        _span(rows, merges, label, width)
        picked = sorted(r.sample(range(len(units)), 3 if level < 3 else 2))
        for j, u in enumerate(picked, 1):
            word = r.choice(words)
            rows.append([f"{level}.{j}", units[u], whats[u], _often(doc, word), record])
            doc.add("obligations", inspection(units[u], word))
    doc.table(None, rows, merges, role="inspections")
    maybe_distractor(doc, 0.3)


TEXT |= {
    "i2.title": ("План оценки подрядных организаций и поставщиков в части экологических требований на 2026 год",
                 "Мердігер ұйымдар мен жеткізушілерді экологиялық талаптар бөлігінде бағалаудың 2026 жылғы жоспары",
                 "KẾ HOẠCH ĐÁNH GIÁ NHÀ THẦU, NHÀ CUNG CẤP VỀ MÔI TRƯỜNG NĂM 2025"),
    "i2.p": ("{operator}. Разработан в соответствии с п. 8.1 СТ РК ISO 14001-2016 и процедурой ПР-СЭМ-08 «Управление подрядчиками».",
             "{operator}. СТ РК ISO 14001-2016 8.1-тармағына және ПР-СЭМ-08 «Мердігерлерді басқару» рәсіміне сәйкес әзірленді.",
             "{operator}. Căn cứ điều 8.1 tiêu chuẩn ISO 14001:2015 và thủ tục QT-MT-08 “Kiểm soát nhà thầu, nhà cung cấp”."),
    "i2.head": ("№|Контрагент|Предмет договора|Вид оценки|Периодичность|Ответственный",
                "№|Контрагент|Шарттың мәні|Бағалау түрі|Кезеңділігі|Жауапты",
                "TT|Nhà thầu, nhà cung cấp|Nội dung hợp đồng|Hình thức đánh giá|Tần suất|Bộ phận thực hiện"),
    "i2.kinds": ("выездной аудит|документальная проверка|анкетирование", "көшпелі аудит|құжаттық тексеру|сауалнама жүргізу",
                 "Đánh giá tại hiện trường|Đánh giá hồ sơ|Phiếu tự đánh giá"),
    "i2.who": ("инженер-эколог|начальник отдела снабжения|главный инженер", "инженер-эколог|жабдықтау бөлімінің бастығы|бас инженер",
               "Phòng HSE|Phòng Mua hàng|Phó Giám đốc sản xuất"),
    "i2.after": ("По результатам оценки контрагенту присваивается категория А, Б или В; при категории В договор не продлевается.",
                 "Бағалау нәтижелері бойынша контрагентке А, Б немесе В санаты беріледі; В санаты кезінде шарт ұзартылмайды.",
                 "Kết quả đánh giá được xếp loại A, B, C; nhà thầu xếp loại C sẽ không được gia hạn hợp đồng."),
}  # fmt: skip
# (contractor, subject of the contract, frequencies to choose from) per language
CONTRACTORS = {
    "ru": (
        ("ТОО «Эко Ресайклинг Шымкент»", "прием и обезвреживание отходов красок и растворителей, договор № 14/26 от 09.01.2026", ("semiannual", "quarterly")),
        ("ТОО «Таза Қала Сервис»", "вывоз твердых бытовых отходов, договор № 3-ТБО от 30.12.2025", ("yearly",)),
        ("ТОО «ЮгПромЛаб»", "лабораторные исследования выбросов и сточных вод", ("yearly",)),
        ("ТОО «Полиграф Химия Азия»", "поставка красок, лаков и растворителей", ("yearly", "semiannual")),
        ("ТОО «Вторсырье Юг»", "прием бумажной и картонной обрези", ("quarterly", "semiannual")),
        ("ТОО «Меркурий Сервис»", "демеркуризация отработанных ламп", ("yearly",)),
    ),
    "kk": (
        ("«Эко Ресайклинг Шымкент» ЖШС", "бояу мен еріткіш қалдықтарын қабылдау және залалсыздандыру, 09.01.2026 № 14/26 шарт", ("semiannual", "quarterly")),
        ("«Таза Қала Сервис» ЖШС", "қатты тұрмыстық қалдықтарды шығару, 30.12.2025 № 3-ҚТҚ шарт", ("yearly",)),
        ("«ЮгПромЛаб» ЖШС", "шығарындылар мен ағынды суларды зертханалық зерттеу", ("yearly",)),
        ("«Полиграф Химия Азия» ЖШС", "бояу, лак және еріткіштерді жеткізу", ("yearly", "semiannual")),
        ("«Вторсырье Юг» ЖШС", "қағаз бен картон кесінділерін қабылдау", ("quarterly", "semiannual")),
        ("«Меркурий Сервис» ЖШС", "пайдаланылған шамдарды демеркуризациялау", ("yearly",)),
    ),
    "vi": (
        ("Công ty TNHH Môi trường Xanh Bình Định", "thu gom, vận chuyển, xử lý chất thải nguy hại (Hợp đồng số 15/2025/HĐ-MT)", ("semiannual", "quarterly")),
        ("Hợp tác xã Dịch vụ môi trường Phú Tài", "thu gom chất thải rắn sinh hoạt", ("yearly",)),
        ("Công ty Cổ phần Sơn Đông Á", "cung cấp sơn, dung môi (kèm phiếu an toàn hóa chất)", ("yearly", "semiannual")),
        ("Trung tâm Kỹ thuật Quan trắc Môi trường Miền Trung", "quan trắc môi trường định kỳ", ("yearly",)),
        ("Công ty TNHH Viên nén Gỗ Quy Nhơn", "thu mua mùn cưa, phoi bào, gỗ vụn", ("quarterly", "semiannual")),
        ("Công ty TNHH Xử lý Chất thải Nam Trung Bộ", "thu gom, xử lý bóng đèn huỳnh quang thải", ("yearly",)),
    ),
}


def inspections_dc2(doc: Doc) -> None:
    """A printing works' plan of audits of its contractors and suppliers (waste carriers, the laboratory, the supplier of
    inks and solvents): the counterparty, the subject of its contract with its own numbers and dates, the kind of
    assessment, the frequency and who assesses; a note on the categories after the table (VI: a furniture factory's)."""
    r = doc.rng
    vi = doc.lang == "vi"
    f = _site(doc, FURNITURE if vi else PRINT)
    doc.h(_t(doc, "i2.title"))
    doc.p(_t(doc, "i2.p").format(operator=f["operator"]))
    rows = [_row(doc, "i2.head")]
    kinds, whos = _list(doc, "i2.kinds"), _list(doc, "i2.who")
    for k, i in enumerate(sorted(r.sample(range(6), r.randint(4, 5))), 1):
        name, subject, words = CONTRACTORS[doc.lang][i]
        word = r.choice(words)
        kind = 0 if i == 0 else r.randrange(1, 3)
        rows.append([str(k), name, subject, kinds[kind], freq(doc, word), whos[1] if i == 3 else r.choice((whos[0], whos[2]))])
        doc.add("obligations", inspection(name, word))
    doc.table(None, rows, role="inspections")
    doc.p(_t(doc, "i2.after"))


# ---------------------------------------------------------------- tasks

TEXT |= {
    "t1.title": ("План мероприятий по сохранению экосистемы озера Балхаш и развитию рыбного хозяйства в Алматинской области на 2026–2027 годы",
                 "Алматы облысында Балқаш көлінің экожүйесін сақтау және балық шаруашылығын дамыту жөніндегі 2026–2027 жылдарға арналған іс-шаралар жоспары",
                 "KẾ HOẠCH Bảo vệ môi trường trong nuôi trồng thủy sản trên địa bàn huyện Vĩnh Lợi năm 2024"),
    "t1.p": ("Утвержден постановлением акимата Алматинской области от {date} № {n}. Исполнители представляют информацию в "
             "управление природных ресурсов ежеквартально, до 5 числа месяца, следующего за отчетным кварталом.",
             "Алматы облысы әкімдігінің {date} № {n} қаулысымен бекітілген. Орындаушылар ақпаратты табиғи ресурстар басқармасына "
             "тоқсан сайын, есепті тоқсаннан кейінгі айдың 5-күніне дейін ұсынады.",
             "(Ban hành kèm theo Quyết định số {n}/QĐ-UBND ngày {date} của Ủy ban nhân dân huyện Vĩnh Lợi). Các cơ quan chủ trì "
             "báo cáo kết quả thực hiện về Phòng Tài nguyên và Môi trường trước ngày 15/12/2024."),
    "t1.head": ("№ п/п|Наименование мероприятия|Форма завершения|Ответственные за исполнение|Срок исполнения|Предполагаемые расходы, млн тенге|Источник финансирования",
                "Р/с №|Іс-шараның атауы|Аяқталу нысаны|Орындауға жауаптылар|Орындау мерзімі|Болжамды шығыстар, млн теңге|Қаржыландыру көзі",
                "TT|Nội dung nhiệm vụ|Sản phẩm|Cơ quan chủ trì|Cơ quan phối hợp|Thời gian thực hiện|Kinh phí (triệu đồng)"),
    "t1.groups": ("1. Охрана водных биологических ресурсов|2. Предотвращение загрязнения водных объектов|3. Развитие аквакультуры",
                  "1. Су биологиялық ресурстарын қорғау|2. Су объектілерінің ластануын болдырмау|3. Аквамәдениетті дамыту",
                  "I. Tuyên truyền, nâng cao nhận thức|II. Quản lý chất lượng môi trường vùng nuôi|III. Kiểm tra, giám sát"),
    "t1.total": ("Итого", "Барлығы", "Tổng cộng"),
    "t1.note": ("Примечание: МБ – местный бюджет; расходы уточняются при формировании бюджета на соответствующий финансовый год.",
                "Ескертпе: ЖБ – жергілікті бюджет; шығыстар тиісті қаржы жылына бюджетті қалыптастыру кезінде нақтыланады.",
                "Ghi chú: Kinh phí từ nguồn sự nghiệp môi trường của huyện; các nhiệm vụ không ghi kinh phí thực hiện lồng ghép."),
}  # fmt: skip
# (group, task, form of completion, lead body, other executors, term, cost in million tenge or None, source)
AKIMAT = {
    "ru": (
        (0, "Провести зарыбление озера Балхаш молодью сазана и судака", "акт выпуска молоди", "Управление сельского хозяйства",
         "Балхаш-Алакольская бассейновая инспекция по рыбному хозяйству (по согласованию)", "II–III кварталы 2026 г.", 85, "МБ"),
        (0, "Организовать рейды по пресечению незаконного вылова рыбы в период нереста", "информация в акимат области",
         "Департамент полиции Алматинской области (по согласованию)", "Балхаш-Алакольская бассейновая инспекция по рыбному хозяйству (по согласованию)",
         "апрель–июнь 2026 г.", None, "не требуется"),
        (0, "Установить рыбозащитные устройства на водозаборах оросительных каналов в дельте реки Или", "акт ввода в эксплуатацию",
         "Управление природных ресурсов и регулирования природопользования", "аким Балхашского района", "до 1 сентября 2027 г.", 140, "МБ"),
        (1, "Провести инвентаризацию выпусков сточных вод рыбоперерабатывающих предприятий и прудовых хозяйств", "информация в Департамент экологии",
         "Управление природных ресурсов и регулирования природопользования", "", "до 1 октября 2026 г.", 12, "МБ"),
        (1, "Обустроить площадки сбора рыбных отходов на рыбоприемных пунктах побережья", "акт приемки работ", "Аким Балхашского района",
         "операторы рыбоприемных пунктов (по согласованию)", "2026–2027 гг.", 36, "МБ, средства операторов"),
        (1, "Провести очистку береговой полосы озера Балхаш от бытового мусора", "информация в акимат области", "Аким Балхашского района",
         "общественные объединения (по согласованию)", "май–сентябрь 2026 г.", 6.5, "МБ"),
        (2, "Разработать план развития аквакультуры в бассейне реки Или на 2027–2030 годы", "постановление акимата области",
         "Управление сельского хозяйства", "", "IV квартал 2026 г.", 20, "МБ"),
        (2, "Провести семинар для рыбоводных хозяйств по требованиям к декларированию воздействия на окружающую среду",
         "информация в акимат области", "Управление природных ресурсов и регулирования природопользования", "Департамент экологии (по согласованию)",
         "март 2026 г.", None, "не требуется"),
    ),
    "kk": (
        (0, "Балқаш көліне сазан мен көксерке шабақтарын жіберу", "шабақтарды жіберу актісі", "Ауыл шаруашылығы басқармасы",
         "Балқаш-Алакөл балық шаруашылығы бассейндік инспекциясы (келісім бойынша)", "2026 жылғы II–III тоқсандар", 85, "ЖБ"),
        (0, "Уылдырық шашу кезеңінде балықты заңсыз аулаудың жолын кесу бойынша рейдтер ұйымдастыру", "облыс әкімдігіне ақпарат",
         "Алматы облысының Полиция департаменті (келісім бойынша)", "Балқаш-Алакөл балық шаруашылығы бассейндік инспекциясы (келісім бойынша)",
         "2026 жылғы сәуір–маусым", None, "талап етілмейді"),
        (0, "Іле өзенінің атырауындағы суару каналдарының су жинағыштарына балық қорғау құрылғыларын орнату", "пайдалануға беру актісі",
         "Табиғи ресурстар және табиғат пайдалануды реттеу басқармасы", "Балқаш ауданының әкімі", "2027 жылғы 1 қыркүйекке дейін", 140, "ЖБ"),
        (1, "Балық өңдеу кәсіпорындары мен тоған шаруашылықтарының ағынды су шығарылымдарын түгендеу", "Экология департаментіне ақпарат",
         "Табиғи ресурстар және табиғат пайдалануды реттеу басқармасы", "", "2026 жылғы 1 қазанға дейін", 12, "ЖБ"),
        (1, "Жағалаудағы балық қабылдау пункттерінде балық қалдықтарын жинау алаңдарын жайластыру", "жұмыстарды қабылдау актісі",
         "Балқаш ауданының әкімі", "балық қабылдау пункттерінің операторлары (келісім бойынша)", "2026–2027 жж.", 36, "ЖБ, операторлардың қаражаты"),
        (1, "Балқаш көлінің жағалау белдеуін тұрмыстық қоқыстан тазарту", "облыс әкімдігіне ақпарат", "Балқаш ауданының әкімі",
         "қоғамдық бірлестіктер (келісім бойынша)", "2026 жылғы мамыр–қыркүйек", 6.5, "ЖБ"),
        (2, "Іле өзені бассейнінде аквамәдениетті дамытудың 2027–2030 жылдарға арналған жоспарын әзірлеу", "облыс әкімдігінің қаулысы",
         "Ауыл шаруашылығы басқармасы", "", "2026 жылғы IV тоқсан", 20, "ЖБ"),
        (2, "Балық өсіру шаруашылықтары үшін қоршаған ортаға әсерді декларациялау талаптары бойынша семинар өткізу", "облыс әкімдігіне ақпарат",
         "Табиғи ресурстар және табиғат пайдалануды реттеу басқармасы", "Экология департаменті (келісім бойынша)", "2026 жылғы наурыз", None,
         "талап етілмейді"),
    ),
    "vi": (
        (0, "Tuyên truyền, hướng dẫn hộ nuôi xây dựng ao lắng, xử lý nước thải trước khi xả ra kênh", "Hội nghị, tờ rơi",
         "Phòng Nông nghiệp và Phát triển nông thôn", "UBND các xã", "Quý II/2024", 45, ""),
        (0, "Tập huấn quy trình nuôi tôm an toàn sinh học, hạn chế sử dụng hóa chất", "02 lớp tập huấn", "Trạm Khuyến nông huyện",
         "Hội Nông dân huyện", "Tháng 3 – 4/2024", 30, ""),
        (1, "Quan trắc chất lượng nước tại 06 điểm của vùng nuôi tôm tập trung", "Báo cáo kết quả quan trắc", "Phòng Tài nguyên và Môi trường",
         "Trung tâm Quan trắc tài nguyên và môi trường tỉnh", "Tháng 2, 5, 8, 11/2024", 120, ""),
        (1, "Thu gom bao bì thuốc thú y, hóa chất thủy sản tại các vùng nuôi", "Bể chứa, biên bản bàn giao", "UBND các xã",
         "Hợp tác xã Dịch vụ môi trường Vĩnh Lợi", "Cả năm", 60, ""),
        (1, "Nạo vét kênh cấp, thoát nước nội đồng vùng nuôi tập trung", "Biên bản nghiệm thu", "Phòng Nông nghiệp và Phát triển nông thôn",
         "UBND xã Vĩnh Hưng, xã Châu Hưng A", "Quý I/2024", 850, ""),
        (2, "Kiểm tra việc thực hiện đăng ký môi trường của các cơ sở nuôi trồng, chế biến thủy sản", "Báo cáo kết quả kiểm tra",
         "Phòng Tài nguyên và Môi trường", "Công an huyện", "Quý III/2024", 25, ""),
        (2, "Xử lý các trường hợp xả nước thải, bùn thải ao nuôi ra kênh công cộng", "Biên bản, quyết định xử phạt", "UBND các xã",
         "Phòng Tài nguyên và Môi trường", "Thường xuyên", None, ""),
    ),
}


def tasks_dc1(doc: Doc) -> None:
    """A regional akimat's plan of measures for the lake's ecosystem and fish farming: group rows per direction, items
    numbered straight through, the form of completion before the executors, the lead body named first and the others
    after it (`по согласованию`), the cost in million tenge and the source of financing, a total row (VI: a district's
    plan with the lead and the partner body in columns of their own, numbering restarted in each Roman section)."""
    r = doc.rng
    vi = doc.lang == "vi"
    date = f"{r.randint(1, 28):02d}/{r.randint(1, 3):02d}/2024" if vi else f"{r.randint(1, 28):02d}.{r.randint(1, 3):02d}.2026"
    doc.h(_t(doc, "t1.title"))
    doc.p(_t(doc, "t1.p").format(date=date, n=r.randint(40, 320)))
    rows, merges = [_row(doc, "t1.head")], []
    width = len(rows[0])
    items = [x for x in AKIMAT[doc.lang] if r.random() < 0.8]
    n, costs = 0, []
    for g, label in enumerate(_list(doc, "t1.groups")):
        group = [x for x in items if x[0] == g]
        if not group:
            continue
        _span(rows, merges, label, width)
        for j, (_, text, form, lead, others, term, cost, source) in enumerate(group, 1):
            n += 1
            number = str(j) if vi else f"{n}."
            money = num(cost, doc.lang) if cost is not None else ("-" if vi else "–")
            if cost is not None:
                costs.append(cost)
            if vi:
                rows.append([number, text, form, lead, others, term, money])
            else:
                who = f"{lead}, {others}" if others else lead
                rows.append([number, text, form, who, term, money, source])
            doc.add("obligations", task(str(j) if vi else str(n), text, lead))
    total = [_t(doc, "t1.total"), None, "", "", "", num(_sum(costs), doc.lang), ""]
    if vi:
        total = [_t(doc, "t1.total"), None, "", "", "", "", num(_sum(costs), doc.lang)]
    rows.append(total)
    merges.append((len(rows) - 1, 0, len(rows) - 1, 1))
    doc.table(None, rows, merges, role="tasks")
    doc.p(_t(doc, "t1.note"))


TEXT |= {
    "t2.title": ("Реестр несоответствий и корректирующих действий по результатам внутреннего аудита системы экологического менеджмента",
                 "Экологиялық менеджмент жүйесінің ішкі аудиті нәтижелері бойынша сәйкессіздіктер мен түзету әрекеттерінің тізілімі",
                 "SỔ THEO DÕI SỰ KHÔNG PHÙ HỢP VÀ HÀNH ĐỘNG KHẮC PHỤC"),
    "t2.p": ("{operator}. Аудит по СТ РК ISO 14001-2016 проведен {d1}–{d2} ноября 2025 г. группой внутренних аудиторов (программа аудитов на 2025 год).",
             "{operator}. СТ РК ISO 14001-2016 бойынша аудитті 2025 жылғы {d1}–{d2} қарашада ішкі аудиторлар тобы жүргізді (2025 жылғы аудиттер бағдарламасы).",
             "{operator}. Đánh giá nội bộ hệ thống quản lý môi trường theo ISO 14001:2015, từ ngày {d1} đến ngày {d2}/11/2024."),
    "t2.head": ("№ НС|Выявленное несоответствие (пункт стандарта)|Причина|Корректирующее действие|Ответственный|Срок|Статус",
                "СС №|Анықталған сәйкессіздік (стандарт тармағы)|Себебі|Түзету әрекеті|Жауапты|Мерзімі|Мәртебесі",
                "Mã số|Sự không phù hợp (điều khoản)|Nguyên nhân|Hành động khắc phục|Bộ phận thực hiện|Thời hạn|Tình trạng"),
    "t2.code": ("НС", "СС", "NC"),
    "t2.status": ("открыто|в работе|закрыто", "ашық|жұмыста|жабық", "Chưa thực hiện|Đang thực hiện|Đã hoàn thành"),
}  # fmt: skip
# (nonconformity, cause, corrective action, responsible, term)
NONCONFORMITIES = {
    "ru": (
        ("Отходы красок хранятся в открытых бочках без маркировки (п. 8.1)", "не определено место накопления опасных отходов в цехе",
         "Оборудовать в цехе печати место накопления опасных отходов с закрытыми маркированными емкостями", "Начальник цеха печати", "до 28.02.2026"),
        ("Журнал учета отходов не ведется с октября 2025 г. (п. 7.5.3)", "не назначен ответственный после увольнения работника",
         "Назначить приказом ответственного за ведение журнала учета отходов и восстановить записи", "Инженер-эколог", "до 15.02.2026"),
        ("Не контролируется эффективность установки рекуперации растворителей (п. 9.1.1)", "отсутствует график замеров",
         "Включить замеры на входе и выходе установки рекуперации в график производственного контроля", "Главный инженер", "март 2026 г."),
        ("Персонал участка приготовления красок не ознакомлен с планом ликвидации разливов (п. 8.2)", "план не включен в программу инструктажей",
         "Провести внеплановый инструктаж по действиям при разливе растворителей с практической отработкой", "Служба охраны труда", "до 31.01.2026"),
        ("Не актуализирован перечень экологических аспектов после ввода новой флексографской машины (п. 6.1.2)",
         "процедура управления изменениями не применялась", "Актуализировать реестр экологических аспектов и оценить значимость аспектов новой линии",
         "Представитель руководства по СЭМ", "до 31.03.2026"),
        ("Емкости с растворителями на складе установлены без поддонов (п. 8.1)", "поддоны не предусмотрены при закупке",
         "Закупить и установить поддоны-ловушки под емкости с растворителями", "Отдел снабжения", "II квартал 2026 г."),
    ),
    "kk": (
        ("Бояу қалдықтары таңбаланбаған ашық бөшкелерде сақталады (8.1-т.)", "цехта қауіпті қалдықтарды жинақтау орны айқындалмаған",
         "Баспа цехында жабық таңбаланған ыдыстары бар қауіпті қалдықтарды жинақтау орнын жабдықтау", "Баспа цехының бастығы", "28.02.2026 дейін"),
        ("Қалдықтарды есепке алу журналы 2025 жылғы қазаннан бері жүргізілмейді (7.5.3-т.)", "қызметкер жұмыстан шыққаннан кейін жауапты тағайындалмаған",
         "Қалдықтарды есепке алу журналын жүргізуге жауаптыны бұйрықпен тағайындау және жазбаларды қалпына келтіру", "Инженер-эколог", "15.02.2026 дейін"),
        ("Еріткіштерді рекуперациялау қондырғысының тиімділігі бақыланбайды (9.1.1-т.)", "өлшеулер кестесі жоқ",
         "Рекуперация қондырғысының кірісі мен шығысындағы өлшеулерді өндірістік бақылау кестесіне енгізу", "Бас инженер", "2026 жылғы наурыз"),
        ("Бояу дайындау учаскесінің персоналы төгілулерді жою жоспарымен таныстырылмаған (8.2-т.)", "жоспар нұсқаулықтар бағдарламасына енгізілмеген",
         "Еріткіштер төгілген кездегі әрекеттер бойынша практикалық жаттығуы бар жоспардан тыс нұсқаулық өткізу", "Еңбекті қорғау қызметі", "31.01.2026 дейін"),
        ("Жаңа флексографиялық машина іске қосылғаннан кейін экологиялық аспектілер тізбесі өзектендірілмеген (6.1.2-т.)",
         "өзгерістерді басқару рәсімі қолданылмаған", "Экологиялық аспектілер тізілімін өзектендіру және жаңа желі аспектілерінің маңыздылығын бағалау",
         "ЭМЖ бойынша басшылық өкілі", "31.03.2026 дейін"),
        ("Қоймадағы еріткіш ыдыстары табандықсыз орнатылған (8.1-т.)", "сатып алу кезінде табандықтар көзделмеген",
         "Еріткіш ыдыстарының астына ұстағыш табандықтар сатып алу және орнату", "Жабдықтау бөлімі", "2026 жылғы II тоқсан"),
    ),
    "vi": (
        ("Thùng chứa sơn thải, giẻ lau dính sơn để lẫn với chất thải thông thường tại xưởng sơn (điều 8.1)",
         "Chưa bố trí thùng chứa CTNH có nắp, dán nhãn tại xưởng", "Bố trí thùng chứa chất thải nguy hại có nắp đậy, dán nhãn cảnh báo tại xưởng sơn",
         "Xưởng sơn", "15/12/2024"),
        ("Túi lọc bụi khu chà nhám bị rách, bụi gỗ phát tán ra khu vực xung quanh (điều 8.1)", "Chưa có kế hoạch bảo dưỡng định kỳ hệ thống lọc bụi",
         "Thay túi lọc và lập kế hoạch bảo dưỡng hệ thống lọc bụi hằng tháng", "Tổ Cơ điện", "30/11/2024"),
        ("Sổ nhật ký vận hành hệ thống xử lý khí thải buồng sơn không được ghi chép đầy đủ (điều 7.5.3)", "Công nhân vận hành chưa được hướng dẫn",
         "Đào tạo lại công nhân vận hành và kiểm tra việc ghi chép hằng tuần", "Phòng HSE", "31/12/2024"),
        ("Chưa đánh giá sự tuân thủ quy định về quản lý chất thải nguy hại (điều 9.1.2)",
         "Danh mục yêu cầu pháp luật chưa cập nhật Nghị định số 08/2022/NĐ-CP", "Cập nhật danh mục yêu cầu pháp luật và đánh giá sự tuân thủ",
         "Ban ISO", "15/01/2025"),
        ("Kho hóa chất không có bờ bao chống tràn (điều 8.2)", "Thiết kế kho ban đầu không có hạng mục bờ bao",
         "Xây bờ bao chống tràn và trang bị bộ ứng phó sự cố tràn đổ hóa chất", "Phòng Kỹ thuật", "Quý I/2025"),
    ),
}


def tasks_dc2(doc: Doc) -> None:
    """An ISO 14001 register of nonconformities of a printing works: each item coded `НС-01`, the nonconformity with the
    clause of the standard and its cause before the corrective action (the task), then who answers for it, the term
    and a status (VI: a furniture factory's `NC-01` register)."""
    r = doc.rng
    vi = doc.lang == "vi"
    f = _site(doc, FURNITURE if vi else PRINT)
    doc.h(_t(doc, "t2.title"))
    d1 = r.randint(3, 18)
    doc.p(_t(doc, "t2.p").format(operator=f["operator"], d1=d1, d2=d1 + r.randint(1, 3)))
    rows = [_row(doc, "t2.head")]
    prefix = _t(doc, "t2.code")
    statuses = _list(doc, "t2.status")
    pool = NONCONFORMITIES[doc.lang]
    for k, i in enumerate(sorted(r.sample(range(len(pool)), r.randint(4, len(pool)))), 1):
        found, cause, action, who, term = pool[i]
        code = f"{prefix}-{k:02d}"
        rows.append([code, found, cause, action, who, term, r.choice(statuses)])
        doc.add("obligations", task(code, action, who))
    doc.table(None, rows, role="tasks")
    maybe_distractor(doc, 0.3)


LAYOUTS = [Layout(role, f"DC{k}", globals()[f"{role}_dc{k}"]) for role in ROLES for k in (1, 2)]
"""`facility_dc1` … `tasks_dc2`, in the order of the roles."""
