"""Measured blind (part D of the ninth blind set: the set 0.611 as first measured, 0.604 once renamed;
its unstudied parts D and E 0.608 on 2026-12-04 before study), then studied and tuned on: now a tuning layout.
What follows is its writer's description.

A blind held-out set (two layouts per role, `N1` and `N2`): never used for tuning, written by someone who neither
ran the extractor on them nor read it, to differ from every layout of `layouts_*.py`.

Theme: chemical, pharmaceutical, textile and paper industry — Kazakhstan's chlor-alkali plant, a phosphate-fertiliser
plant, a pharmaceutical factory and a tannery (reports on possible impacts, applications for a permit, НДВ projects,
reports on ПЭК, ПЭК programmes, waste-management programmes, technical conditions of the city's sewer, a standard of
the organisation, an order with its schedule of rounds, plans of measures, a КЭР's programme of raising environmental
efficiency), and Vietnam's textile dyeing, paper, tannery and electronics factories in industrial parks (báo cáo đề
xuất cấp GPMT, văn bản đề nghị, ĐTM, báo cáo công tác bảo vệ môi trường, GPMT appendices, self-inspection procedures,
improvement plans); many of them written by small consultancies with inconsistent formatting.

Facility: a consultancy's card mixing label–value rows with rows whose label and value share one merged cell, an
address split over two rows, colons here and not there, decimal coordinates with a point as Google Maps gives them
(VI: the enterprise number inside the sentence of the registration certificate, the investment group `nhóm B` beside
the environmental group, VN-2000 coordinates); an application form whose category is a ticked box among four, the
coordinates as labelled sub-cells, a ticked yes/no distractor (VI: ticked groups and yes/no boxes). Emissions: an НДВ
project's table of release points (`№ ИВ` 001, 002) under each source, the source's number repeated on every row
(VI: stacks merged over their production stages); one row per source whose codes, names and rates are stacked in
single cells one per line, decimals with a comma or a point (VI: a paper mill's stacked loads). Wastes: a transposed
card, one column per waste (VI: hazardous wastes by the area where they form, a total column); the unit in the group
rows (`тыс. т/год` for the main production, `т/год` for the rest; VI `tấn/năm` and `kg/năm`). Limits: sewer
acceptance limits printed as two halves side by side, the unit in the caption (VI: QCVN 13-MT:2015 column B worked out
with Kq and Kf, temperature without a substance); soil sampled by layers, two depth sub-columns under each plot (VI:
stack results at KT1 and KT2 against QCVN 19 column B and QCVN 20 in one table). Monitoring: a row per source–
substance pair with the category of the pair and its frequency (VI: automatic and periodic monitoring of one outlet
on separate rows); source numbers written every which way and substances by their codes only (VI: stacks named in
three spellings, pollutants as formulas). Inspections: intervals instead of frequency words (`каждые 3 месяца`) beside
SOP codes; an order's schedule whose cells say when (`каждый понедельник`, `в июне и декабре`) but not how often.
Tasks: the term and the responsible in one cell, in either order; a КЭР's programme of raising environmental
efficiency with stage rows, a BAT column and effects (VI: an upgrade plan, the works after the task).

The words of each layout are in the text tables (RU, KK, VI); a header row is one string, its cells between `|`,
`^` for a cell a merge covers.
"""

from __future__ import annotations

from . import vocab
from .common import Doc, distractor, freq, make_bin, make_kato, make_msdn, maybe_distractor, num, rate
from .layouts_wastes import expect_vn
from .limits_data import QCVN19, SOIL_PDK, add, cell, limit
from .obligations_data import words
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


def _lang(doc: Doc, triple):
    return triple[vocab.LANGS.index(doc.lang)]


def _span(rows: list, merges: list, text: str, width: int) -> None:
    """A row whose one cell spans the table: a group row or a note."""
    rows.append([text] + [None] * (width - 1))
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))


def _down(rows: list, start: int, col: int, merges: list) -> None:
    """Merges a column down from row `start` to the last row, when that is two rows or more."""
    if len(rows) - 1 > start:
        merges.append((start, col, len(rows) - 1, col))


def _sig(x: float, digits: int = 2) -> float:
    return float(f"{x:.{digits}g}")


def _mon(loc: dict, key: tuple[str, str], frequency: str) -> dict:
    return {**loc, key[0]: key[1], "frequency": frequency}


def _sum(values) -> float:
    return round(sum(values), 6)


def _rates(doc: Doc, low: float, high: float, hours: int) -> tuple[float, float]:
    """A maximum g/s and the tonnes a year it gives over the hours of work at a load of 40 to 95 %."""
    g_s = rate(doc.rng, low, high)
    return g_s, _sig(g_s * 3600 * hours * doc.rng.uniform(0.4, 0.95) / 1e6, 4)


# code: (RU, KK, VI, hazard class) — chemicals the vocabulary has no names for; names or aliases of the list
CHEM = {
    "0349": ("Хлор", "Хлор", "Clo", 2),
    "0322": ("Серная кислота", "Күкірт қышқылы", "Axit sunfuric", 2),
    "0150": ("Натрия гидроксид", "Натрий гидроксиді", "NaOH", None),
    "0342": ("Фтористые газообразные соединения", "Фторлы газ тәрізді қосылыстар", "HF", 2),
    "1052": ("Метанол", "Метанол", "Metanol", 3),
    "1061": ("Этанол", "Этанол (этил спирті)", "Etanol", 4),
    "1401": ("Ацетон", "Ацетон", "Axeton", 4),
    "1210": ("Бутилацетат", "Бутилацетат", "Butyl axetat", 4),
}  # fmt: skip
FORMULA_VI = ("0301", "0330", "0337", "0303", "0333", "0316")
"""Codes a Vietnamese table names by their formula (`NO2`, `SO2`, `CO`, `NH3`, `H2S`, `HCl`)."""


def _air(doc: Doc, code: str, variant: int = 0) -> str:
    """A pollutant's name in the document's language; `variant` 1 gives Vietnamese formulas."""
    if code in CHEM:
        return _lang(doc, CHEM[code])
    if doc.lang == "vi" and code in FORMULA_VI:
        return vocab.air(code, "vi", variant)
    return vocab.air(code, doc.lang)


def _dot(text: str) -> str:
    """A figure as a program exported it: the decimal comma turned into a point."""
    return text.replace(",", ".")


# ---------------------------------------------------------------- plants

# kind: name, operator, (address, its second line), legal address, OKED, OKED words — RU and KK; centre (lat, lon)
PLANTS = {
    "chlor": {
        "ru": ("Производство хлора и каустической соды «Ертіс Хим»", "ТОО «Ертіс Хим Павлодар»",
               ("Павлодарская область, г. Павлодар,", "Северная промышленная зона, строение 61"),
               "г. Павлодар, ул. Торайгырова, 64, офис 305",
               "Производство прочих основных неорганических химических веществ"),
        "kk": ("«Ертіс Хим» хлор және каустикалық сода өндірісі", "«Ертіс Хим Павлодар» ЖШС",
               ("Павлодар облысы, Павлодар қ.,", "Солтүстік өнеркәсіптік аймақ, 61-құрылыс"),
               "Павлодар қ., Торайғыров к-сі, 64, 305-кеңсе",
               "Өзге де негізгі бейорганикалық химиялық заттар өндірісі"),
        "oked": "20130", "centre": (52.33, 76.95), "phone": "7182",
    },
    "fert": {
        "ru": ("Завод минеральных удобрений «Қаратау Фосфор»", "ТОО «Қаратау Фосфор Химия»",
               ("Жамбылская область, г. Тараз,", "промышленная зона «Химпром», ул. Байзак батыра, 2"),
               "г. Тараз, пр. Жамбыла, 117",
               "Производство удобрений и азотных соединений"),
        "kk": ("«Қаратау Фосфор» минералды тыңайтқыштар зауыты", "«Қаратау Фосфор Химия» ЖШС",
               ("Жамбыл облысы, Тараз қ.,", "«Химпром» өнеркәсіптік аймағы, Байзақ батыр к-сі, 2"),
               "Тараз қ., Жамбыл даңғылы, 117",
               "Тыңайтқыштар мен азот қосылыстарын өндіру"),
        "oked": "20150", "centre": (42.90, 71.30), "phone": "7262",
    },
    "pharma": {
        "ru": ("Фармацевтический завод «Нұр Фарма»", "ТОО «Нұр Фарма Өндіріс»",
               ("г. Шымкент, Абайский район,", "индустриальная зона «Оңтүстік», ул. Рашидова, 81"),
               "г. Шымкент, ул. Тауке хана, 34, БЦ «Нурсая», 6 этаж",
               "Производство фармацевтических препаратов"),
        "kk": ("«Нұр Фарма» фармацевтика зауыты", "«Нұр Фарма Өндіріс» ЖШС",
               ("Шымкент қ., Абай ауданы,", "«Оңтүстік» индустриялық аймағы, Рашидов к-сі, 81"),
               "Шымкент қ., Тәуке хан к-сі, 34, «Нұрсая» БО, 6-қабат",
               "Фармацевтикалық препараттар өндірісі"),
        "oked": "21200", "centre": (42.32, 69.59), "phone": "7252",
    },
    "tannery": {
        "ru": ("Кожевенный завод «Семей Былғары»", "ТОО «Семей Тері Өңдеу»",
               ("Абайская область, г. Семей,", "ул. Джангильдина, 4"),
               "г. Семей, ул. Шакарима, 12",
               "Дубление и выделка кожи; выделка и крашение меха"),
        "kk": ("«Семей Былғары» тері зауыты", "«Семей Тері Өңдеу» ЖШС",
               ("Абай облысы, Семей қ.,", "Жангелдин к-сі, 4"),
               "Семей қ., Шәкәрім к-сі, 12",
               "Теріні илеу және өңдеу; аң терісін өңдеу және бояу"),
        "oked": "15110", "centre": (50.42, 80.26), "phone": "7222",
    },
}  # fmt: skip
# kind: name, operator, address, registering body, activity, capacity
VN_PLANTS = {
    "dye": ("Nhà máy dệt nhuộm Thành Phát", "Công ty TNHH Dệt nhuộm Thành Phát Việt Nam",
            "Lô C3, Khu công nghiệp Phố Nối B, xã Lạc Hồng, huyện Văn Lâm, tỉnh Hưng Yên", "Sở Kế hoạch và Đầu tư tỉnh Hưng Yên",
            "Dệt, nhuộm và hoàn tất vải", "12 triệu mét vải/năm"),
    "tannery": ("Nhà máy thuộc da Hưng Thịnh", "Công ty TNHH Thuộc da Hưng Thịnh",
                "Lô A5, Khu công nghiệp Lý Thường Kiệt, huyện Yên Mỹ, tỉnh Hưng Yên", "Sở Kế hoạch và Đầu tư tỉnh Hưng Yên",
                "Thuộc da bò, sản xuất da thành phẩm", "3.000 tấn da nguyên liệu/năm"),
    "paper": ("Nhà máy giấy Hòa Xuân", "Công ty Cổ phần Giấy Hòa Xuân",
              "Khu công nghiệp Phong Khê, phường Phong Khê, thành phố Bắc Ninh, tỉnh Bắc Ninh", "Sở Kế hoạch và Đầu tư tỉnh Bắc Ninh",
              "Sản xuất giấy bao bì (giấy kraft, giấy lớp sóng) từ giấy phế liệu", "60.000 tấn sản phẩm/năm"),
    "elec": ("Nhà máy sản xuất bản mạch và linh kiện điện tử Quang Châu", "Công ty TNHH Điện tử Vina Quang Châu",
             "Lô K2, Khu công nghiệp Quang Châu, thị xã Việt Yên, tỉnh Bắc Giang", "Sở Kế hoạch và Đầu tư tỉnh Bắc Giang",
             "Sản xuất bản mạch in và lắp ráp linh kiện điện tử", "25 triệu sản phẩm/năm"),
}  # fmt: skip


def _plant(doc: Doc, kind: str) -> dict:
    """A Kazakh plant's fields as written; identifiers and the site's coordinates drawn anew."""
    name, operator, address, legal, oked_words = PLANTS[kind][doc.lang]
    lat0, lon0 = PLANTS[kind]["centre"]
    return {
        "name": name, "operator": operator, "address": address, "legal": legal, "oked": PLANTS[kind]["oked"],
        "oked_words": oked_words, "bin": make_bin(doc.rng), "kato": make_kato(doc.rng), "phone": PLANTS[kind]["phone"],
        "lat": round(lat0 + doc.rng.uniform(-0.05, 0.05), 6), "lon": round(lon0 + doc.rng.uniform(-0.05, 0.05), 6),
    }


def _vn_plant(doc: Doc, kind: str) -> dict:
    name, operator, address, registrar, activity, capacity = VN_PLANTS[kind]
    return {"name": name, "operator": operator, "address": address, "registrar": registrar, "activity": activity,
            "capacity": capacity, "bin": make_msdn(doc.rng)}


def _dms(value: float) -> tuple[str, float]:
    """An angle in degrees, minutes and seconds (`42°19′27,4″`) and the decimal degrees it stands for."""
    degrees = int(value)
    minutes = int((value - degrees) * 60)
    seconds = round(((value - degrees) * 60 - minutes) * 60, 1)
    if seconds >= 60:
        minutes, seconds = minutes + 1, 0.0
    text = f"{degrees}°{minutes:02d}′{seconds:04.1f}″".replace(".", ",")
    return text, degrees + minutes / 60 + seconds / 3600


# ---------------------------------------------------------------- facility

TEXT |= {
    "f1.title.chlor": ("Отчет о возможных воздействиях к рабочему проекту «Реконструкция отделения мембранного электролиза»",
                       "«Мембраналық электролиз бөлімшесін қайта жаңарту» жұмыс жобасына ықтимал әсерлер туралы есеп", ""),
    "f1.title.fert": ("Отчет о возможных воздействиях к рабочему проекту «Расширение производства аммофоса»",
                      "«Аммофос өндірісін кеңейту» жұмыс жобасына ықтимал әсерлер туралы есеп", ""),
    "f1.title": ("", "", "BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG CỦA CƠ SỞ “{name}”"),
    "f1.dev": ("Разработчик: ТОО «ЭкоПроект-Регион» (лицензия на выполнение работ и оказание услуг в области охраны окружающей "
               "среды № 02418Р от 14.05.2019).",
               "Әзірлеуші: «ЭкоПроект-Регион» ЖШС (қоршаған ортаны қорғау саласындағы жұмыстарды орындауға және қызметтер "
               "көрсетуге арналған 14.05.2019 жылғы № 02418Р лицензия).",
               "Đơn vị tư vấn: Công ty TNHH Tư vấn Môi trường Phương Nam – Tháng 10/2025"),
    "f1.h": ("1. ОБЩИЕ СВЕДЕНИЯ", "1. ЖАЛПЫ МӘЛІМЕТТЕР", "Chương I. THÔNG TIN CHUNG VỀ CƠ SỞ"),
    "f1.caption": ("Таблица 1.1 Общие сведения о предприятии", "1.1 кесте Кәсіпорын туралы жалпы мәліметтер",
                   "Bảng 1.1 Thông tin chung về chủ cơ sở và cơ sở"),
    # section 1, name, BIN, legal address, head, phone, section 2, site, place, KATO, OKED, category, coordinates
    "f1.labels": ("1. Сведения об операторе|Наименование:|БИН|Юридический адрес: {legal}|Первый руководитель –|тел./факс|"
                  "2.Сведения о площадке|Наименование объекта|Место нахождения:|Код КАТО|Вид деятельности (ОКЭД):|Категория|"
                  "Географические координаты:",
                  "1. Оператор туралы мәліметтер|Атауы:|БСН|Заңды мекенжайы: {legal}|Бірінші басшы –|тел./факс|"
                  "2.Алаң туралы мәліметтер|Объектінің атауы|Орналасқан жері:|ҚАТО коды|Қызмет түрі (ЭҚЖЖ):|Санаты|"
                  "Географиялық координаттары:", ""),
    "f1.head": ("Генеральный директор Жақсыбеков Ерлан Темірұлы", "Бас директор Жақсыбеков Ерлан Темірұлы", ""),
    "f1.cat": ("I (первая)|объект I категории (приложение 2 к Экологическому кодексу РК)",
               "I (бірінші) санат|ҚР Экологиялық кодексінің 2-қосымшасына сәйкес I санаттағы объект", ""),
    "f1.vi.labels": ("", "", "1. Tên chủ cơ sở:|- Địa chỉ văn phòng:|- Người đại diện theo pháp luật:|- Điện thoại:|2. Tên cơ sở:|"
                             "- Địa điểm cơ sở:|- Quy mô của cơ sở (phân loại theo tiêu chí quy định của pháp luật về đầu tư công):|"
                             "- Phân loại theo tiêu chí về môi trường:|- Tọa độ (hệ VN-2000, kinh tuyến trục 105°30′, múi chiếu 3°):"),
    "f1.vi.msdn": ("", "", "- Giấy chứng nhận đăng ký doanh nghiệp mã số doanh nghiệp {msdn}, đăng ký lần đầu ngày 15/3/2012, "
                           "đăng ký thay đổi lần thứ 6 ngày 20/7/2023 do {registrar} cấp."),
    "f1.vi.group": ("", "", "Cơ sở thuộc nhóm {cat} (mục {item} Phụ lục {annex} ban hành kèm theo Nghị định số 08/2022/NĐ-CP)"),
}  # fmt: skip


def facility_n1(doc: Doc) -> None:
    """A consultancy's card of a chlor-alkali or fertiliser plant: two columns and no header row, section rows merged
    across, the legal address with its label in one merged cell, colons after some labels only, the site's address
    split over two rows (the second with an empty label), the OKED with its words, the category in a phrase, decimal
    coordinates with a point as a map service gives them (VI: a dyeing plant's or tannery's chapter 1, the enterprise
    number inside the sentence of the registration certificate in a merged cell, the investment group `Dự án nhóm B`
    beside the environmental group in a phrase, VN-2000 coordinates and no latitude)."""
    if doc.lang == "vi":
        p = _vn_plant(doc, doc.pick(("dye", "tannery")))
        doc.h(_t(doc, "f1.title").format(name=p["name"]))
        doc.p(_t(doc, "f1.dev"))
        doc.h(_t(doc, "f1.h"))
        cat = doc.pick(("I", "II"))
        labels = _list(doc, "f1.vi.labels")
        office = doc.pick(("Số 18 đường Nguyễn Văn Linh, phường Hiến Nam, tỉnh Hưng Yên",
                           "Tầng 5, tòa nhà Sông Hồng, số 2 Láng Hạ, quận Ba Đình, thành phố Hà Nội"))
        rows, merges = [], []
        rows += [[labels[0], p["operator"]], [labels[1], office],
                 [labels[2], doc.pick(("Ông Lê Văn Thắng – Chức vụ: Tổng Giám đốc", "Bà Nguyễn Thị Hồng Nhung; chức vụ: Giám đốc"))],
                 [labels[3], f"0221 39{doc.rng.randint(10, 99)} {doc.rng.randint(100, 999)}; Fax: 0221 3967 {doc.rng.randint(100, 999)}"]]
        _span(rows, merges, _t(doc, "f1.vi.msdn").format(msdn=p["bin"], registrar=p["registrar"]), 2)
        group = _t(doc, "f1.vi.group").format(cat=cat, item=doc.rng.randint(2, 9), annex="III" if cat == "I" else "IV")
        coords = f"X = {doc.rng.randint(2300000, 2330000)} m; Y = {doc.rng.randint(540000, 590000)} m"
        rows += [[labels[4], p["name"]], [labels[5], p["address"]], [labels[6], "Dự án nhóm B"], [labels[7], group],
                 [labels[8], coords]]
        doc.table(_t(doc, "f1.caption"), rows, merges, role="facility")
        doc.add("facilities", {"bin": p["bin"], "name_contains": p["name"], "category": cat})
        maybe_distractor(doc)
        return
    kind = doc.pick(("chlor", "fert"))
    p = _plant(doc, kind)
    doc.h(_t(doc, f"f1.title.{kind}"))
    doc.p(_t(doc, "f1.dev"))
    doc.h(_t(doc, "f1.h"))
    (sec1, name_l, bin_l, legal_l, head_l, phone_l, sec2, site_l, place_l, kato_l, oked_l, cat_l, coord_l) = _list(doc, "f1.labels")
    rows, merges = [], []
    _span(rows, merges, sec1, 2)
    rows += [[name_l, p["operator"]], [bin_l, p["bin"]]]
    _span(rows, merges, legal_l.format(legal=p["legal"]), 2)
    rows += [[head_l, _t(doc, "f1.head")], [phone_l, f"8 ({p['phone']}) 64-{doc.rng.randint(10, 99)}-08, 64-{doc.rng.randint(10, 99)}-10"]]
    _span(rows, merges, sec2, 2)
    rows += [[site_l, p["name"]], [place_l, p["address"][0]], ["", p["address"][1]], [kato_l, p["kato"]],
             [oked_l, f"{p['oked']} – {p['oked_words']}"], [cat_l, doc.pick(_list(doc, "f1.cat"))],
             [coord_l, f"{p['lat']:.6f}, {p['lon']:.6f}"]]
    doc.table(_t(doc, "f1.caption"), rows, merges, role="facility")
    doc.add("facilities", {"bin": p["bin"], "name_contains": p["name"], "kato": p["kato"], "oked": p["oked"], "category": "I",
                           "lat": p["lat"], "lon": p["lon"]})
    maybe_distractor(doc)


TEXT |= {
    "f2.title": ("Заявление на получение экологического разрешения на воздействие",
                 "Әсер етуге арналған экологиялық рұқсат алуға өтініш",
                 "VĂN BẢN ĐỀ NGHỊ CẤP GIẤY PHÉP MÔI TRƯỜNG"),
    "f2.title.I": ("Заявка на получение комплексного экологического разрешения", "Кешенді экологиялық рұқсат алуға өтінім", ""),
    "f2.p": ("(по форме согласно приложению 1 к Правилам выдачи экологических разрешений)",
             "(Экологиялық рұқсаттар беру қағидаларына 1-қосымшаға сәйкес нысан бойынша)",
             "Kính gửi: Ban Quản lý các khu công nghiệp tỉnh {province}. Chúng tôi đề nghị được cấp giấy phép môi trường cho cơ sở "
             "với các thông tin sau đây:"),
    "f2.sections": ("1. Сведения о заявителе|2. Сведения об объекте", "1. Өтініш беруші туралы мәліметтер|2. Объект туралы мәліметтер", ""),
    # legal entity, BIN, legal address, site, place, KATO, OKED, category, coordinates, water permit, term
    "f2.labels": ("Наименование юридического лица|Бизнес-идентификационный номер|Юридический адрес|Наименование объекта|"
                  "Местонахождение объекта|Код КАТО|Вид деятельности (код ОКЭД и наименование)|Категория объекта (отметить)|"
                  "Географические координаты центра площадки|Наличие разрешения на специальное водопользование|"
                  "Запрашиваемый срок действия разрешения",
                  "Заңды тұлғаның атауы|Бизнес-сәйкестендіру нөмірі|Заңды мекенжайы|Объектінің атауы|Объектінің орналасқан жері|"
                  "ҚАТО коды|Қызмет түрі (ЭҚЖЖ коды және атауы)|Объектінің санаты (белгілеу)|Алаң ортасының географиялық координаттары|"
                  "Арнайы су пайдалануға рұқсаттың болуы|Рұқсаттың сұралатын қолданылу мерзімі",
                  "1. Tên cơ sở|2. Chủ cơ sở|3. Mã số doanh nghiệp|4. Địa điểm thực hiện cơ sở|5. Loại hình sản xuất, kinh doanh, dịch vụ|"
                  "6. Công suất|7. Phân loại theo tiêu chí về môi trường|8. Thuộc loại hình sản xuất, kinh doanh, dịch vụ có nguy cơ gây ô "
                  "nhiễm môi trường|9. Nằm trong khu công nghiệp|10. Tọa độ khu đất (VN-2000)"),
    "f2.cats": ("I категория|II категория|III категория|IV категория", "I санат|II санат|III санат|IV санат", "Nhóm I|Nhóm II|Nhóm III"),
    "f2.latlon": ("широта|долгота", "ендік|бойлық", "X:|Y:"),
    "f2.yesno": ("имеется|отсутствует", "бар|жоқ", "Có|Không"),
    "f2.term": ("с 01.07.2026 по 31.12.2035", "01.07.2026 бастап 31.12.2035 дейін", ""),
    "f2.ns": ("с.ш.|в.д.", "с.е.|ш.б.", ""),
}  # fmt: skip
YES, NO = "☒", "☐"


def _ticks(options: list[str], chosen: int) -> list[str]:
    return [f"{YES if k == chosen else NO} {x}" for k, x in enumerate(options)]


def facility_n2(doc: Doc) -> None:
    """An application for a permit of a pharmaceutical plant or a tannery: a five-column form, section rows merged
    across, values merged over the four value columns, the category a ticked box among `☐ I … ☐ IV`, the coordinates as
    labelled sub-cells (`широта | 42°19′27,4″ с.ш. | долгота | …`), a ticked yes/no row about a water permit
    (VI: an electronics factory's request, ticked groups I–III and two ticked yes/no rows, VN-2000 coordinates)."""
    rows: list[list[str | None]] = []
    merges: list[tuple[int, int, int, int]] = []

    def line(label: str, value: str) -> None:
        rows.append([label, value, None, None, None])
        merges.append((len(rows) - 1, 1, len(rows) - 1, 4))

    if doc.lang == "vi":
        p = _vn_plant(doc, doc.pick(("elec", "paper")))
        doc.h(_t(doc, "f2.title"))
        doc.p(_t(doc, "f2.p").format(province=p["address"].rsplit("tỉnh ", 1)[1]))
        labels = _list(doc, "f2.labels")
        cat = doc.pick((1, 1, 0))
        line(labels[0], p["name"])
        line(labels[1], p["operator"])
        line(labels[2], p["bin"])
        line(labels[3], p["address"])
        line(labels[4], p["activity"])
        line(labels[5], p["capacity"])
        rows.append([labels[6], *_ticks(_list(doc, "f2.cats"), cat), ""])
        yes, no = _list(doc, "f2.yesno")
        risky = doc.rng.random() < 0.5
        rows.append([labels[7], *_ticks([yes, no], 0 if risky else 1), None, None])
        merges.append((len(rows) - 1, 2, len(rows) - 1, 4))
        rows.append([labels[8], *_ticks([yes, no], 0), None, None])
        merges.append((len(rows) - 1, 2, len(rows) - 1, 4))
        x, y = _list(doc, "f2.latlon")
        rows.append([labels[9], x, str(doc.rng.randint(2355000, 2362000)), y, str(doc.rng.randint(583000, 591000))])
        doc.table(None, rows, merges, role="facility")
        doc.add("facilities", {"bin": p["bin"], "name_contains": p["name"], "category": ("I", "II", "III")[cat]})
        return
    p = _plant(doc, doc.pick(("pharma", "tannery")))
    cat = doc.pick((0, 1, 1))
    doc.h(_t(doc, "f2.title.I" if cat == 0 else "f2.title"))
    doc.p(_t(doc, "f2.p"))
    sec1, sec2 = _list(doc, "f2.sections")
    labels = _list(doc, "f2.labels")
    _span(rows, merges, sec1, 5)
    line(labels[0], p["operator"])
    line(labels[1], p["bin"])
    line(labels[2], p["legal"])
    _span(rows, merges, sec2, 5)
    line(labels[3], p["name"])
    line(labels[4], " ".join(p["address"]))
    line(labels[5], p["kato"])
    rows.append([labels[6], p["oked"], p["oked_words"], None, None])
    merges.append((len(rows) - 1, 2, len(rows) - 1, 4))
    rows.append([labels[7], *_ticks(_list(doc, "f2.cats"), cat)])
    lat_w, lon_w = _list(doc, "f2.latlon")
    ns, ew = _list(doc, "f2.ns")
    (lat, p["lat"]), (lon, p["lon"]) = _dms(p["lat"]), _dms(p["lon"])
    rows.append([labels[8], lat_w, f"{lat} {ns}", lon_w, f"{lon} {ew}"])
    yes, no = _list(doc, "f2.yesno")
    rows.append([labels[9], *_ticks([yes, no], doc.rng.randrange(2)), None, None])
    merges.append((len(rows) - 1, 2, len(rows) - 1, 4))
    line(labels[10], _t(doc, "f2.term"))
    doc.table(None, rows, merges, role="facility")
    doc.add("facilities", {"bin": p["bin"], "name_contains": p["name"], "kato": p["kato"], "oked": p["oked"],
                           "category": ("I", "II")[cat], "lat": p["lat"], "lon": p["lon"]})
    maybe_distractor(doc)


# ---------------------------------------------------------------- emissions

# kind: sources of an НДВ project — organised?, (RU, KK) name, ((release point (RU, KK), codes), ...)
IZA = {
    "chlor": (
        (True, ("Труба отделения электролиза", "Электролиз бөлімшесінің құбыры"),
         ((("Электролизер мембранный, серия 1", "Мембраналық электролизер, 1-серия"), ("0349",)),
          (("Электролизер мембранный, серия 2", "Мембраналық электролизер, 2-серия"), ("0349",)),
          (("Выпарная установка каустической соды", "Каустикалық соданы буландыру қондырғысы"), ("0150",)))),
        (True, ("Труба печей синтеза хлористого водорода", "Хлорлы сутек синтезі пештерінің құбыры"),
         ((("Печь синтеза HCl № 1", "№ 1 HCl синтез пеші"), ("0316", "0349")),
          (("Печь синтеза HCl № 2", "№ 2 HCl синтез пеші"), ("0316", "0349")))),
        (True, ("Труба узла санитарной абсорбции", "Санитариялық абсорбция торабының құбыры"),
         ((("Колонна санитарной абсорбции хлора", "Хлорды санитариялық абсорбциялау колоннасы"), ("0349",)),
          (("Абсорбер соляной кислоты", "Тұз қышқылы абсорбері"), ("0316",)))),
        (True, ("Труба узла осушки хлора", "Хлорды кептіру торабының құбыры"),
         ((("Башня осушки хлора серной кислотой", "Хлорды күкірт қышқылымен кептіру мұнарасы"), ("0322", "0349")),)),
        (True, ("Дымовая труба котельной", "Қазандықтың түтін мұржасы"),
         ((("Котел ДЕ-25-14 ГМ № 1", "№ 1 ДЕ-25-14 ГМ қазаны"), ("0301", "0304", "0337")),
          (("Котел ДЕ-25-14 ГМ № 2", "№ 2 ДЕ-25-14 ГМ қазаны"), ("0301", "0304", "0337")))),
        (False, ("Склад жидкого хлора", "Сұйық хлор қоймасы"),
         ((("Наполнение контейнеров и цистерн", "Контейнерлер мен цистерналарды толтыру"), ("0349",)),)),
        (False, ("Наливная эстакада соляной кислоты", "Тұз қышқылын құю эстакадасы"),
         ((("Налив в железнодорожные цистерны", "Темір жол цистерналарына құю"), ("0316",)),)),
    ),
    "fert": (
        (True, ("Выхлопная труба цеха серной кислоты", "Күкірт қышқылы цехының шығару құбыры"),
         ((("Контактный аппарат (хвостовые газы)", "Түйіспелі аппарат (соңғы газдар)"), ("0330", "0322")),
          (("Абсорбер моногидратный", "Моногидрат абсорбері"), ("0322",)))),
        (True, ("Труба цеха экстракционной фосфорной кислоты", "Экстракциялық фосфор қышқылы цехының құбыры"),
         ((("Экстрактор", "Экстрактор"), ("0342",)),
          (("Карусельный вакуум-фильтр", "Карусельді вакуум-сүзгі"), ("0342",)))),
        (True, ("Труба барабанного гранулятора-сушилки", "Барабанды түйіршіктегіш-кептіргіштің құбыры"),
         ((("Барабанный гранулятор-сушилка БГС", "БГС барабанды түйіршіктегіш-кептіргіші"), ("0303", "0342", "2902")),
          (("Топка БГС", "БГС оттығы"), ("0301", "0337")))),
        (True, ("Труба узла нейтрализации", "Бейтараптандыру торабының құбыры"),
         ((("Аппарат нейтрализации фосфорной кислоты аммиаком", "Фосфор қышқылын аммиакпен бейтараптандыру аппараты"), ("0303",)),)),
        (True, ("Дымовая труба котельной", "Қазандықтың түтін мұржасы"),
         ((("Котел ДКВР-10-13 № 1", "№ 1 ДКВР-10-13 қазаны"), ("0301", "0304", "0337")),)),
        (False, ("Склад фосфоритной муки", "Фосфорит ұны қоймасы"),
         ((("Разгрузка и пересыпка фосмуки", "Фосфорит ұнын түсіру және төгу"), ("2908",)),)),
        (False, ("Склад готовой продукции", "Дайын өнім қоймасы"),
         ((("Затаривание аммофоса в мешки", "Аммофосты қаптарға буып-түю"), ("2902",)),)),
    ),
}  # fmt: skip
TEXT |= {
    "e1.title": ("Проект нормативов допустимых выбросов (НДВ) на 2026–2035 годы. {name}",
                 "2026–2035 жылдарға арналған жол берілетін шығарындылар нормативтерінің (ЖШН) жобасы. {name}",
                 "BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG DỰ ÁN MỞ RỘNG {name}"),
    "e1.h": ("3. Характеристика источников загрязнения атмосферы", "3. Атмосфераны ластау көздерінің сипаттамасы",
             "3.2.1.2. Đánh giá tác động do khí thải trong giai đoạn vận hành"),
    "e1.p": ("По результатам инвентаризации на предприятии выявлено {n} источников загрязнения атмосферы (ИЗА), из них {org} "
             "организованных. Каждому ИЗА соответствует один или несколько источников выделения (ИВ).",
             "Түгендеу нәтижелері бойынша кәсіпорында атмосфераны ластаудың {n} көзі (АЛК) анықталды, оның ішінде {org} "
             "ұйымдастырылған. Әрбір АЛК-ға бір немесе бірнеше бөліну көзі (БК) сәйкес келеді.",
             "Khí thải từ các công đoạn sản xuất được thu gom về {n} ống thải; tải lượng các chất ô nhiễm sau hệ thống xử lý "
             "được tổng hợp như sau:"),
    "e1.top": ("Источник загрязнения атмосферы|^|Источник выделения|^|Загрязняющее вещество|^|Выброс загрязняющего вещества|^",
               "Атмосфераны ластау көзі|^|Бөліну көзі|^|Ластаушы зат|^|Ластаушы заттың шығарындысы|^",
               "Nguồn thải|Công đoạn phát sinh|Chất ô nhiễm|Tải lượng sau xử lý|^"),
    "e1.sub": ("№|наименование|№|наименование|код|наименование|г/с|т/год",
               "№|атауы|№|атауы|коды|атауы|г/с|т/жыл", "^|^|^|g/s|tấn/năm"),
    "e1.total": ("Всего по предприятию:", "Кәсіпорын бойынша барлығы:", "Tổng cộng"),
    "e1.caption": ("Таблица 3.1 – Источники выделения и выбросы загрязняющих веществ в атмосферу",
                   "3.1-кесте – Бөліну көздері және атмосфераға ластаушы заттар шығарындылары",
                   "Bảng 3.9. Tải lượng các chất ô nhiễm trong khí thải của nhà máy giai đoạn vận hành"),
    "e1.note": ("Примечание: ИЗА – источник загрязнения атмосферы; ИВ – источник выделения загрязняющих веществ.",
                "Ескертпе: АЛК – атмосфераны ластау көзі; БК – ластаушы заттардың бөліну көзі.", ""),
}  # fmt: skip
# stacks of an electronics factory: name, ((production stage, codes), ...)
STACKS_VN = (
    ("Ống thải số 01 – tháp hấp thụ khí thải axit", (("Công đoạn tẩy rửa bản mạch bằng axit", ("0316", "0322")),
                                                     ("Công đoạn mạ đồng điện phân", ("0322",)))),
    ("Ống thải số 02 – tháp hấp thụ khí thải kiềm", (("Công đoạn khắc mạch bằng dung dịch amoniac", ("0303",)),
                                                     ("Công đoạn hiện ảnh, bóc tách màng khô", ("0150",)))),
    ("Ống thải số 03 – hệ thống hấp phụ bằng than hoạt tính", (("Công đoạn in lụa, sấy mực", ("0621", "0616")),
                                                               ("Công đoạn làm sạch bằng dung môi", ("1401", "1052")))),
    ("Ống khói máy phát điện dự phòng", (("Máy phát điện dự phòng 1.250 kVA", ("0301", "0330", "0337")),)),
)  # fmt: skip


def emissions_n1(doc: Doc) -> None:
    """An НДВ project's table of release points of a chlor-alkali or fertiliser plant: under a two-row header of four
    groups, each source's number and name repeated on every row, the release point's number (`001`, `002`) and name
    only on its first row, one row per substance with `г/с | т/год`, the same substance from two release points of one
    source on two rows; a row of column numbers and a total row; no hazard classes (VI: an electronics factory's stacks
    merged down over their production stages, the stage merged over its pollutants, acids, ammonia and solvents, the
    operation period in the heading)."""
    vi = doc.lang == "vi"
    if vi:
        p = _vn_plant(doc, "elec")
        doc.h(_t(doc, "e1.title").format(name=p["name"].upper()))
        doc.h(_t(doc, "e1.h"))
        stacks = STACKS_VN[: doc.rng.randint(3, 4)]
        doc.p(_t(doc, "e1.p").format(n=len(stacks), org=len(stacks)))
        rows = [_row(doc, "e1.top"), _row(doc, "e1.sub")]
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4)]
        everything = []
        for stack, stages in stacks:
            start = len(rows)
            for stage, codes in stages:
                first = len(rows)
                for code in codes:
                    g_s, t_y = _rates(doc, 0.0005, 0.9, 7200)
                    rows.append([stack if len(rows) == start else None, stage if len(rows) == first else None,
                                 _air(doc, code, doc.rng.randrange(2)), num(g_s, "vi"), num(t_y, "vi")])
                    everything.append((g_s, t_y))
                    doc.add("emissions", emission(code, g_s, t_y, period="operation"))
                _down(rows, first, 1, merges)
            _down(rows, start, 0, merges)
        rows.append([_t(doc, "e1.total"), None, None, num(_sum(x[0] for x in everything), "vi"), num(_sum(x[1] for x in everything), "vi")])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 2))
        doc.table(_t(doc, "e1.caption"), rows, merges, role="emissions")
        maybe_distractor(doc)
        return
    kind = doc.pick(("chlor", "fert"))
    p = _plant(doc, kind)
    lang_i = 0 if doc.lang == "ru" else 1
    organised = [s for s in IZA[kind] if s[0]]
    loose = [s for s in IZA[kind] if not s[0]]
    chosen = organised[: doc.rng.randint(4, 5)] + loose[: doc.rng.randint(1, 2)]
    doc.h(_t(doc, "e1.title").format(name=p["name"]))
    doc.h(_t(doc, "e1.h"))
    org_n = sum(1 for s in chosen if s[0])
    doc.p(_t(doc, "e1.p").format(n=len(chosen), org=org_n))
    rows = [_row(doc, "e1.top"), _row(doc, "e1.sub"), [str(k) for k in range(1, 9)]]
    merges = [(0, 0, 0, 1), (0, 2, 0, 3), (0, 4, 0, 5), (0, 6, 0, 7)]
    org, unorg = doc.rng.randint(1, 3), 1
    sources, everything = [], []
    for organized, names, points in chosen:
        hours = doc.pick((8760, 8400, 7920)) if organized else doc.pick((1460, 2190, 2920))
        number = f"{org:04d}" if organized else f"{6000 + unorg:04d}"
        org, unorg = (org + 1, unorg) if organized else (org, unorg + 1)
        sources.append({"number": number, "type": "organized" if organized else "unorganized"})
        for k, (point, codes) in enumerate(points, 1):
            for m, code in enumerate(codes):
                g_s, t_y = _rates(doc, 0.0005, 1.8, hours)
                rows.append([number, names[lang_i], f"{k:03d}" if m == 0 else "", point[lang_i] if m == 0 else "",
                             code, _air(doc, code), num(g_s, doc.lang), num(t_y, doc.lang)])
                everything.append((g_s, t_y))
                doc.add("emissions", emission(code, g_s, t_y, number))
    rows.append([_t(doc, "e1.total"), None, None, None, None, None, num(_sum(x[0] for x in everything), doc.lang),
                 num(_sum(x[1] for x in everything), doc.lang)])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 5))
    doc.table(_t(doc, "e1.caption"), rows, merges, role="emissions")
    doc.p(_t(doc, "e1.note"))
    doc.add("sources", *sources)
    maybe_distractor(doc)


# a tannery's sources: organised?, (RU, KK) name, codes
TANNERY_SRC = (
    (True, ("Вытяжная труба участка отмоки и золения", "Отмока және күлдеу учаскесінің сорғыш құбыры"), ("0333", "0303")),
    (True, ("Вытяжная труба участка обеззоливания и пикелевания", "Күлсіздендіру және пикельдеу учаскесінің сорғыш құбыры"),
     ("0303", "0333")),
    (True, ("Вентиляционная труба участка покрывного крашения", "Жабынды бояу учаскесінің желдету құбыры"),
     ("1210", "1401", "0621", "1325")),
    (True, ("Аспирационная установка шлифовальных машин", "Ажарлау машиналарының аспирациялық қондырғысы"), ("2902",)),
    (True, ("Дымовая труба котельной", "Қазандықтың түтін мұржасы"), ("0301", "0304", "0337")),
    (False, ("Локальные очистные сооружения", "Жергілікті тазарту құрылыстары"), ("0333", "0303")),
    (False, ("Площадка хранения мездры и обрези", "Мездра мен қиындыларды сақтау алаңы"), ("0333", "0303")),
)  # fmt: skip
# a paper mill's sources: name, codes
PAPER_SRC = (
    ("Lò hơi đốt than 20 tấn hơi/giờ", ("2902", "0330", "0301", "0337")),
    ("Lò hơi đốt sinh khối 10 tấn hơi/giờ (dự phòng)", ("2902", "0301", "0337")),
    ("Hệ thống xử lý nước thải (bể kỵ khí UASB, bể chứa bùn)", ("0333", "0303")),
    ("Khu vực tập kết, bốc dỡ giấy phế liệu", ("2902",)),
    ("Máy phát điện dự phòng 1.000 kVA", ("0301", "0330", "0337")),
)  # fmt: skip
TEXT |= {
    "e2.title": ("Отчет по программе производственного экологического контроля за 2025 год. {operator}",
                 "2025 жылғы өндірістік экологиялық бақылау бағдарламасы бойынша есеп. {operator}",
                 "BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG DỰ ÁN NÂNG CÔNG SUẤT {name}"),
    "e2.by": ("Исполнитель: ИП «Сарсенова Г.К.» (экологическое проектирование и нормирование), г. Семей.",
              "Орындаушы: «Сәрсенова Г.К.» ЖК (экологиялық жобалау және нормалау), Семей қ.",
              "Nhà máy hoạt động 330 ngày/năm, 24 giờ/ngày; tải lượng được tính theo hệ số phát thải của WHO và US EPA AP-42."),
    "e2.h": ("3. Мониторинг эмиссий. Фактические выбросы загрязняющих веществ",
             "3. Эмиссиялар мониторингі. Ластаушы заттардың нақты шығарындылары",
             "3.2.1.1. Tác động do bụi, khí thải trong giai đoạn vận hành"),
    "e2.head": ("№ п/п|№ ист.|Наименование источника|Код|Вещество|г/с|т/год",
                "р/с №|Көз №|Көздің атауы|Коды|Зат|г/с|т/жыл",
                "TT|Nguồn phát sinh|Chất ô nhiễm|Tải lượng (g/s)|Tải lượng (tấn/năm)"),
    "e2.total": ("Итого по предприятию", "Кәсіпорын бойынша барлығы", "Tổng cộng"),
    "e2.caption": ("Таблица 3", "3-кесте", "Bảng 3.7. Tổng hợp tải lượng các chất ô nhiễm không khí của nhà máy"),
}  # fmt: skip


def emissions_n2(doc: Doc) -> None:
    """A small consultancy's report on ПЭК of a tannery: one row per source, its codes, substance names and both rates
    stacked in single cells one per line, some sources' figures written with a decimal point as the calculation program
    exported them and others with a comma, a total row; no hazard class, no period (VI: a paper mill's ĐTM, one row per
    named source with its pollutants as formulas and their loads stacked one per line, the operation period in the
    heading)."""
    if doc.lang == "vi":
        p = _vn_plant(doc, "paper")
        doc.h(_t(doc, "e2.title").format(name=p["name"].upper()))
        doc.p(_t(doc, "e2.by"))
        doc.h(_t(doc, "e2.h"))
        rows = [_row(doc, "e2.head")]
        everything = []
        for k, (name, codes) in enumerate(doc.rng.sample(PAPER_SRC, doc.rng.randint(4, 5)), 1):
            items = [(c, *_rates(doc, 0.001, 2.5, 7920)) for c in codes]
            rows.append([str(k), name, "\n".join(_air(doc, c, 1) for c, _, _ in items),
                         "\n".join(num(g, "vi") for _, g, _ in items), "\n".join(num(t, "vi") for _, _, t in items)])
            for c, g, t in items:
                doc.add("emissions", emission(c, g, t, period="operation"))
            everything += items
        rows.append(["", _t(doc, "e2.total"), "", num(_sum(x[1] for x in everything), "vi"), num(_sum(x[2] for x in everything), "vi")])
        doc.table(_t(doc, "e2.caption"), rows, role="emissions")
        maybe_distractor(doc)
        return
    p = _plant(doc, "tannery")
    lang_i = 0 if doc.lang == "ru" else 1
    doc.h(_t(doc, "e2.title").format(operator=p["operator"]))
    doc.p(_t(doc, "e2.by"))
    doc.h(_t(doc, "e2.h"))
    organised = [s for s in TANNERY_SRC if s[0]]
    loose = [s for s in TANNERY_SRC if not s[0]]
    chosen = sorted(doc.rng.sample(organised, 4), key=organised.index) + doc.rng.sample(loose, 1)
    rows, everything, sources = [_row(doc, "e2.head")], [], []
    org = doc.rng.randint(1, 2)
    for k, (organized, names, codes) in enumerate(chosen, 1):
        number = f"{org:04d}" if organized else "6001"
        org += organized
        sources.append({"number": number, "type": "organized" if organized else "unorganized"})
        hours = doc.pick((2000, 3960, 5940)) if organized else 8760
        items = [(c, *_rates(doc, 0.0002, 0.6, hours)) for c in codes]
        style = _dot if doc.rng.random() < 0.45 else str
        rows.append([f"{k}.", number, names[lang_i], "\n".join(c for c, _, _ in items), "\n".join(_air(doc, c) for c, _, _ in items),
                     "\n".join(style(num(g, doc.lang)) for _, g, _ in items), "\n".join(style(num(t, doc.lang)) for _, _, t in items)])
        for c, g, t in items:
            doc.add("emissions", emission(c, g, t, number))
        everything += items
    rows.append(["", "", _t(doc, "e2.total"), "", "", num(_sum(x[1] for x in everything), doc.lang),
                 num(_sum(x[2] for x in everything), doc.lang)])
    doc.table(_t(doc, "e2.caption"), rows, role="emissions")
    doc.add("sources", *sources)
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

# a pharmaceutical plant's wastes: code, RU, KK, where they form (RU, KK), state (RU, KK), handling (0 burning, 1 recycling, 2 landfill)
PHARMA_LOW = (
    ("07 05 13*", "Забракованные лекарственные средства и некондиционная продукция",
     "Жарамсыз дәрілік заттар және кондицияға сай емес өнім", ("цех твердых лекарственных форм", "қатты дәрілік түрлер цехы"),
     ("твердое", "қатты"), 0),
    ("07 05 04*", "Отработанные органические растворители (этанол, изопропанол)",
     "Пайдаланылған органикалық еріткіштер (этанол, изопропанол)", ("участок влажной грануляции", "ылғалды түйіршіктеу учаскесі"),
     ("жидкое", "сұйық"), 0),
    ("07 05 10*", "Отработанные фильтровальные материалы и сорбенты", "Пайдаланылған сүзгі материалдары мен сорбенттер",
     ("участок приготовления растворов", "ерітінділер дайындау учаскесі"), ("твердое", "қатты"), 0),
    ("15 01 10*", "Тара из-под субстанций и химических реагентов", "Субстанциялар мен химиялық реагенттер ыдысы",
     ("склад сырья", "шикізат қоймасы"), ("твердое", "қатты"), 0),
    ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар",
     ("все подразделения", "барлық бөлімшелер"), ("твердое", "қатты"), 1),
    ("15 01 05", "Отходы комбинированной упаковки (блистерная лента ПВХ/фольга)",
     "Аралас орама қалдықтары (ПВХ/фольга блистер таспасы)", ("участок блистерной упаковки", "блистерлік орау учаскесі"),
     ("твердое", "қатты"), 1),
    ("07 05 12", "Осадок локальных очистных сооружений", "Жергілікті тазарту құрылыстарының тұнбасы",
     ("локальные очистные сооружения", "жергілікті тазарту құрылыстары"), ("пастообразное", "пастатәрізді"), 2),
    ("15 01 01", "Бумажная и картонная упаковка", "Қағаз және картон орамасы",
     ("склад готовой продукции", "дайын өнім қоймасы"), ("твердое", "қатты"), 1),
)  # fmt: skip
TEXT |= {
    "w1.title": ("Программа управления отходами {operator} на 2026–2035 годы",
                 "{operator} 2026–2035 жылдарға арналған қалдықтарды басқару бағдарламасы",
                 "BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025"),
    "w1.p": ("Характеристика отходов, образующихся при производстве лекарственных средств (таблетки, капсулы, инфузионные "
             "растворы), приведена в таблице 2.1.",
             "Дәрілік заттарды (таблеткалар, капсулалар, инфузиялық ерітінділер) өндіру кезінде түзілетін қалдықтардың "
             "сипаттамасы 2.1-кестеде келтірілген.",
             "(Kỳ báo cáo: từ ngày 01/01/2025 đến hết ngày 31/12/2025) – {operator}"),
    "w1.head": ("Показатель|Отход № {k}", "Көрсеткіш|№ {k} қалдық", ""),
    "w1.labels": ("Наименование отхода|Код по Классификатору отходов|Уровень опасности|Место образования|Агрегатное состояние|"
                  "Объем образования, т/год|Способ обращения",
                  "Қалдықтың атауы|Қалдықтар сыныптауышы бойынша коды|Қауіптілік деңгейі|Түзілу орны|Агрегаттық күйі|"
                  "Түзілу көлемі, т/жыл|Қалдықпен жұмыс тәсілі", ""),
    "w1.levels": ("опасный|неопасный", "қауіпті|қауіпті емес", ""),
    "w1.ways": ("передача специализированной организации на обезвреживание (сжигание)|передача на переработку|"
                "вывоз на полигон промышленных отходов",
                "залалсыздандыруға (жағуға) мамандандырылған ұйымға беру|қайта өңдеуге беру|өнеркәсіптік қалдықтар полигонына шығару", ""),
    "w1.caption": ("Таблица 2.1 – Характеристика образующихся отходов", "2.1-кесте – Түзілетін қалдықтардың сипаттамасы",
                   "Bảng 3.1. Khối lượng chất thải nguy hại phát sinh năm 2025 theo khu vực"),
    "w1.vi.h": ("", "", "3. Kết quả quản lý chất thải nguy hại"),
    "w1.vi.top": ("", "", "TT|Tên chất thải|Mã CTNH|Khối lượng phát sinh theo khu vực (kg)|^|^|^|Tổng cộng (kg)"),
    "w1.vi.sub": ("", "", "^|^|^|Xưởng SMT|Xưởng lắp ráp|Khu mạ, khắc mạch|Trạm xử lý nước thải|^"),
    "w1.vi.total": ("", "", "Tổng khối lượng"),
}  # fmt: skip
# an electronics factory's hazardous wastes (code, name) and the areas (of the four) where each forms
ELEC_CTNH = (
    ("16 01 13", "Các thiết bị, bộ phận, linh kiện điện tử thải", (0, 1)),
    ("12 06 05", "Bùn thải có các thành phần nguy hại từ quá trình xử lý nước thải công nghiệp", (3,)),
    ("17 08 03", "Các loại dung môi và hỗn hợp dung môi thải khác", (0, 2)),
    ("18 02 01", "Chất hấp thụ, vật liệu lọc, giẻ lau, vải bảo vệ thải bị nhiễm các thành phần nguy hại", (0, 1, 2, 3)),
    ("18 01 03", "Bao bì cứng thải bằng nhựa", (0, 2, 3)),
    ("16 01 06", "Bóng đèn huỳnh quang và các loại thủy tinh hoạt tính thải", (0, 1)),
    ("08 02 04", "Hộp mực in thải có các thành phần nguy hại", (1,)),
)  # fmt: skip


def wastes_n1(doc: Doc) -> None:
    """A pharmaceutical plant's waste-management programme with the wastes transposed: `Показатель | Отход № 1 | …`, one
    column per waste and one row per property (name, code, level of hazard, place, state, t/year, handling)
    (VI: an electronics factory's annual report, hazardous wastes in kg by the four areas where they form under a merged
    header, a dash where an area forms none, the total column the amount, a total row)."""
    if doc.lang == "vi":
        p = _vn_plant(doc, "elec")
        doc.h(_t(doc, "w1.title"))
        doc.p(_t(doc, "w1.p").format(operator=p["operator"]))
        doc.h(_t(doc, "w1.vi.h"))
        rows = [_row(doc, "w1.vi.top"), _row(doc, "w1.vi.sub")]
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 6), (0, 7, 1, 7)]
        wastes, sums = [], [0, 0, 0, 0, 0]
        for k, (code, name, areas) in enumerate(doc.rng.sample(ELEC_CTNH, 5), 1):
            kg = [doc.rng.randint(3, 180) * 10 if a in areas else 0 for a in range(4)]
            kg.append(sum(kg))
            sums = [a + b for a, b in zip(sums, kg, strict=True)]
            rows.append([str(k), name, code, *(num(x, "vi") if x else "-" for x in kg)])
            wastes.append({"code": code, "name": name, "hazardous": True, "kg": kg[-1]})
        rows.append(["", _t(doc, "w1.vi.total"), "", *(num(x, "vi") for x in sums)])
        doc.table(_t(doc, "w1.caption"), rows, merges, role="wastes")
        expect_vn(doc, wastes)
        maybe_distractor(doc)
        return
    p = _plant(doc, "pharma")
    lang_i = 0 if doc.lang == "ru" else 1
    doc.h(_t(doc, "w1.title").format(operator=p["operator"]))
    doc.p(_t(doc, "w1.p"))
    picked = doc.rng.sample(PHARMA_LOW, doc.rng.randint(4, 5))
    lead, each = _row(doc, "w1.head")
    rows = [[lead, *(each.format(k=k) for k in range(1, len(picked) + 1))]]
    levels, ways = _list(doc, "w1.levels"), _list(doc, "w1.ways")
    columns = []
    for code, ru, kk, place, state, way in picked:
        hazardous = code.endswith("*")
        t = rate(doc.rng, 0.02, 3.5, 3) if hazardous else rate(doc.rng, 0.8, 65, 3)
        name = ru if doc.lang == "ru" else kk
        columns.append([name, code, levels[0 if hazardous else 1], place[lang_i], state[lang_i], num(t, doc.lang), ways[way]])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": hazardous, "amount_t": t, "name_contains": name})
    for label, *values in zip(_list(doc, "w1.labels"), *columns, strict=True):
        rows.append([label, *values])
    doc.table(_t(doc, "w1.caption"), rows, role="wastes")
    maybe_distractor(doc)


# a phosphate-fertiliser plant's wastes of the main production, in thousand tonnes: code, RU, KK, (low, high, digits), place (RU, KK)
FERT_MAIN = (
    ("06 09 04", "Фосфогипс", "Фосфогипс", (620, 980, 1), ("фосфогипсонакопитель", "фосфогипс жинақтауышы")),
    ("06 05 03", "Шлам нейтрализации кислых стоков", "Қышқыл ағындарды бейтараптандыру шламы", (4, 18, 2),
     ("шламонакопитель", "шлам жинақтауышы")),
    ("16 08 02*", "Отработанный ванадиевый катализатор", "Пайдаланылған ванадий катализаторы", (0.012, 0.045, 3),
     ("передача на регенерацию по договору", "шарт бойынша регенерацияға беру")),
)  # fmt: skip
TEXT |= {
    "w2.title": ("Отчет о возможных воздействиях к рабочему проекту «Расширение производства аммофоса». Раздел 8. Отходы производства и потребления",
                 "«Аммофос өндірісін кеңейту» жұмыс жобасына ықтимал әсерлер туралы есеп. 8-бөлім. Өндіріс және тұтыну қалдықтары",
                 "GIẤY PHÉP MÔI TRƯỜNG"),
    "w2.p": ("Основной объем отходов приходится на фосфогипс, размещаемый на собственном фосфогипсонакопителе. Отходы "
             "вспомогательных производств передаются специализированным организациям по договорам.",
             "Қалдықтардың негізгі көлемі меншікті фосфогипс жинақтауышында орналастырылатын фосфогипсқа тиесілі. Қосалқы "
             "өндірістердің қалдықтары шарттар бойынша мамандандырылған ұйымдарға беріледі.",
             "Cấp cho {operator} được thực hiện các hoạt động bảo vệ môi trường của {name}."),
    "w2.head": ("№|Наименование отхода|Код|Образование|Размещение / передача",
                "№|Қалдықтың атауы|Коды|Түзілуі|Орналастыру / беру",
                "TT|Tên chất thải|Mã chất thải|Khối lượng"),
    "w2.main": ("1. Отходы основного производства, тыс. т/год", "1. Негізгі өндіріс қалдықтары, мың т/жыл",
                "I. Chất thải rắn công nghiệp thông thường (đơn vị: tấn/năm)"),
    "w2.aux": ("2. Отходы вспомогательного производства, т/год", "2. Қосалқы өндіріс қалдықтары, т/жыл",
               "II. Chất thải nguy hại (đơn vị: kg/năm)"),
    "w2.receiver": ("ТОО «ЭкоСервис-Тараз» (договор № 17/26)", "«ЭкоСервис-Тараз» ЖШС (№ 17/26 шарт)", ""),
    "w2.caption": ("Таблица 8.2 – Виды и объемы образования отходов на период эксплуатации",
                   "8.2-кесте – Пайдалану кезеңіндегі қалдықтардың түрлері мен түзілу көлемдері",
                   "Bảng 2. Chủng loại, khối lượng chất thải phát sinh"),
    "w2.vi.h": ("", "", "Phụ lục III. NỘI DUNG VỀ QUẢN LÝ CHẤT THẢI VÀ YÊU CẦU BẢO VỆ MÔI TRƯỜNG ĐỐI VỚI QUẢN LÝ CHẤT THẢI"),
}  # fmt: skip
PAPER_ORDINARY = (
    "Tạp chất từ công đoạn nghiền, sàng giấy phế liệu (nilon, ghim kẹp, băng dính)",
    "Bùn thải từ hệ thống xử lý nước thải (đã ép khô)",
    "Xỉ than lò hơi",
    "Tro bay thu hồi từ hệ thống xử lý khí thải lò hơi",
    "Bao bì giấy, carton thải",
)


def wastes_n2(doc: Doc) -> None:
    """A fertiliser plant's ОВОС: the unit only in the two group rows — `1. Отходы основного производства, тыс. т/год`
    over phosphogypsum, sludge and spent catalyst, `2. Отходы вспомогательного производства, т/год` over the rest —
    numbered 1.1, 2.1 …, the place or the receiver last, no total (VI: a paper mill's GPMT appendix, ordinary wastes
    under `tấn/năm` and hazardous wastes with their codes under `kg/năm`, both units only in the group rows)."""
    if doc.lang == "vi":
        p = _vn_plant(doc, "paper")
        doc.h(_t(doc, "w2.title"))
        doc.p(_t(doc, "w2.p").format(operator=p["operator"], name=p["name"]))
        doc.h(_t(doc, "w2.vi.h"))
        rows, merges = [_row(doc, "w2.head")], []
        _span(rows, merges, _t(doc, "w2.main"), 4)
        for k, name in enumerate(doc.rng.sample(PAPER_ORDINARY, doc.rng.randint(3, 4)), 1):
            t = rate(doc.rng, 15, 2400, 3)
            rows.append([str(k), name, "-", num(t, "vi")])
            doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": name})
        _span(rows, merges, _t(doc, "w2.aux"), 4)
        wastes = []
        for k, (code, name, _) in enumerate(doc.rng.sample(vocab.VN_CTNH, doc.rng.randint(3, 4)), 1):
            kg = doc.rng.randint(2, 160) * 10
            rows.append([str(k), name, code, num(kg, "vi")])
            wastes.append({"code": code, "name": name, "hazardous": True, "kg": kg})
        doc.table(_t(doc, "w2.caption"), rows, merges, role="wastes")
        expect_vn(doc, wastes)
        return
    p = _plant(doc, "fert")
    lang_i = 0 if doc.lang == "ru" else 1
    doc.h(_t(doc, "w2.title"))
    doc.p(_t(doc, "w2.p"))
    rows, merges = [_row(doc, "w2.head")], []
    _span(rows, merges, _t(doc, "w2.main"), 5)
    main = [FERT_MAIN[0], *doc.rng.sample(FERT_MAIN[1:], doc.rng.randint(1, 2))]
    for k, (code, ru, kk, (low, high, digits), place) in enumerate(main, 1):
        thousand = round(doc.rng.uniform(low, high), digits)
        name = ru if doc.lang == "ru" else kk
        rows.append([f"1.{k}", name, code, num(thousand, doc.lang), place[lang_i]])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": round(thousand * 1000, 6),
                           "name_contains": name})
    _span(rows, merges, _t(doc, "w2.aux"), 5)
    aux = [w for w in vocab.LOW if w[0] in ("13 02 05*", "15 02 02*", "20 01 21*", "16 01 07*", "17 04 05", "20 03 01", "16 01 03")]
    picked = sorted(doc.rng.sample(aux, doc.rng.randint(3, 5)), key=lambda w: not w[0].endswith("*"))
    for k, (code, ru, kk) in enumerate(picked, 1):
        hazardous = code.endswith("*")
        t = rate(doc.rng, 0.05, 4.5, 3) if hazardous else rate(doc.rng, 2, 180, 3)
        name = ru if doc.lang == "ru" else kk
        rows.append([f"2.{k}", name, code, num(t, doc.lang), _t(doc, "w2.receiver")])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": hazardous, "amount_t": t, "name_contains": name})
    doc.table(_t(doc, "w2.caption"), rows, merges, role="wastes")
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

# symbol: ДК, mg/l — what the city's sewer accepts from a pharmaceutical plant (pH a range)
SEWER_PHARMA = {
    "pH": (6.5, 8.5), "TSS": 300, "BOD5": 300, "COD": 500, "NH4+": 25, "TP": 12, "Cl-": 350, "SO4": 500, "Surfactants": 10,
    "TPH": 10, "Fe": 5, "Phenols": 0.25, "Zn": 1, "Cu": 0.5, "TDS": 1500,
}  # fmt: skip
# symbol: column B, mg/l — QCVN 13-MT:2015/BTNMT, textile waste water (pH a range, not multiplied)
QCVN13B = {"pH": (5.5, 9), "BOD5": 50, "COD": 150, "TSS": 100, "CN-": 0.1, "Cr6+": 0.1}
TEXT |= {
    "l1.title": ("Технические условия на прием производственных сточных вод в систему водоотведения г. Шымкент",
                 "Шымкент қаласының су бұру жүйесіне өндірістік ағынды суларды қабылдауға арналған техникалық шарттар",
                 "GIẤY PHÉP MÔI TRƯỜNG"),
    "l1.p": ("Абонент: {operator}. Точка присоединения: контрольный колодец КК-2 на ул. Рашидова. Сточные воды абонента "
             "должны соответствовать следующим допустимым концентрациям (ДК) загрязняющих веществ.",
             "Абонент: {operator}. Қосылу нүктесі: Рашидов көшесіндегі КК-2 бақылау құдығы. Абоненттің ағынды сулары "
             "ластаушы заттардың мына жол берілетін концентрацияларына (ЖК) сәйкес келуі тиіс.",
             "Cấp cho {operator}. Nguồn tiếp nhận nước thải: sông Kim Sơn; vị trí xả thải NT1. Chất lượng nước thải trước khi xả "
             "phải bảo đảm đáp ứng QCVN 13-MT:2015/BTNMT, cột B với hệ số Kq = {kq}; Kf = {kf}, cụ thể như sau:"),
    "l1.head": ("№ п/п|Показатель|ДК|№ п/п|Показатель|ДК", "р/с №|Көрсеткіш|ЖК|р/с №|Көрсеткіш|ЖК",
                "TT|Chất ô nhiễm|Đơn vị tính|Giá trị giới hạn cho phép (Cmax)"),
    "l1.caption": ("Таблица 1 – Допустимые концентрации загрязняющих веществ в сточных водах абонента, мг/дм3",
                   "1-кесте – Абоненттің ағынды суларындағы ластаушы заттардың жол берілетін концентрациялары, мг/дм3",
                   "Bảng 1. Giá trị giới hạn cho phép của các chất ô nhiễm theo dòng nước thải"),
    "l1.note": ("ДК для водородного показателя (pH) указана в единицах pH.", "Сутегі көрсеткішінің (pH) ЖК pH бірлігімен көрсетілген.",
                "Ghi chú: Cmax = C × Kq × Kf, không áp dụng đối với nhiệt độ và pH."),
    "l1.temp": ("", "", "Nhiệt độ|°C|40"),
}  # fmt: skip


def limits_n1(doc: Doc) -> None:
    """Technical conditions of the city's sewer for a pharmaceutical plant: the acceptance limits printed as two halves
    side by side (`№ | показатель | ДК` twice on each row), numbering running on into the right half, the unit only in
    the caption, pH a range, the connection well named in the sentence before (VI: a dyeing plant's GPMT, QCVN 13-MT:2015
    column B already multiplied by the Kq and Kf of the sentence, a temperature row, a note on Cmax)."""
    if doc.lang == "vi":
        p = _vn_plant(doc, "dye")
        kq, kf = 0.9, doc.pick((0.9, 1.0, 1.1))
        doc.h(_t(doc, "l1.title"))
        doc.p(_t(doc, "l1.p").format(operator=p["operator"], kq=num(kq, "vi"), kf=num(kf, "vi")))
        rows = [_row(doc, "l1.head"), ["1", *_list(doc, "l1.temp")]]
        for k, s in enumerate(QCVN13B, 2):
            b = QCVN13B[s]
            lim = b if s == "pH" else round(b * kq * kf, 6)
            rows.append([str(k), vocab.water(s, "vi"), "-" if s == "pH" else "mg/l", cell(doc, lim, to=" - ")])
            add(doc, limit(("symbol", s), "waste_water", lim, "mg/l"))
        doc.table(_t(doc, "l1.caption"), rows, role="limits")
        doc.p(_t(doc, "l1.note"))
        maybe_distractor(doc)
        return
    p = _plant(doc, "pharma")
    doc.h(_t(doc, "l1.title"))
    doc.p(_t(doc, "l1.p").format(operator=p["operator"]))
    pool = [k for k in SEWER_PHARMA if k != "pH"]
    params = ["pH", *sorted(doc.rng.sample(pool, doc.rng.randint(8, 10)), key=pool.index)]
    half = (len(params) + 1) // 2
    rows = [_row(doc, "l1.head")]
    for k in range(half):
        left = [str(k + 1), vocab.water(params[k], doc.lang), cell(doc, SEWER_PHARMA[params[k]])]
        j = k + half
        right = [str(j + 1), vocab.water(params[j], doc.lang), cell(doc, SEWER_PHARMA[params[j]])] if j < len(params) else ["", "", ""]
        rows.append(left + right)
    for s in params:
        add(doc, limit(("symbol", s), "waste_water", SEWER_PHARMA[s], "mg/l"))
    doc.table(_t(doc, "l1.caption"), rows, role="limits")
    doc.p(_t(doc, "l1.note"))
    maybe_distractor(doc)


TEXT |= {
    "l2.title": ("Отчет по программе производственного экологического контроля {operator} за 2025 год",
                 "{operator} 2025 жылғы өндірістік экологиялық бақылау бағдарламасы бойынша есебі",
                 "BÁO CÁO KẾT QUẢ QUAN TRẮC MÔI TRƯỜNG ĐỊNH KỲ ĐỢT 3 NĂM 2025"),
    "l2.h": ("4.3. Мониторинг почв", "4.3. Топырақ мониторингі", "2. Kết quả quan trắc khí thải"),
    "l2.p": ("Отбор проб почвы выполнен {day}.09.2025 на двух пробных площадках: ПП-1 – у площадки хранения хромсодержащих "
             "отходов (стружка, обрезь), ПП-2 – на границе СЗЗ (300 м, юго-восток). Пробы отобраны послойно, с глубины 0–5 см и 5–20 см.",
             "Топырақ сынамалары {day}.09.2025 екі сынама алаңында алынды: СА-1 – құрамында хромы бар қалдықтарды (жоңқа, "
             "қиынды) сақтау алаңының жанында, СА-2 – СҚА шекарасында (300 м, оңтүстік-шығыс). Сынамалар қабаттап, 0–5 см және "
             "5–20 см тереңдіктен алынды.",
             "Thời gian lấy mẫu: ngày {day}/09/2025. Vị trí: KT1 – ống thải hệ thống xử lý khí thải axit, kiềm; KT2 – ống thải hệ "
             "thống hấp phụ hơi dung môi bằng than hoạt tính."),
    "l2.head": ("№|Определяемый элемент|ПДК, мг/кг|Содержание, мг/кг|^|^|^",
                "№|Анықталатын элемент|ШЖК, мг/кг|Құрамы, мг/кг|^|^|^",
                "TT|Thông số|Đơn vị|Kết quả|^|Giá trị giới hạn|Quy chuẩn áp dụng"),
    "l2.plots": ("^|^|^|ПП-1|^|ПП-2|^", "^|^|^|СА-1|^|СА-2|^", "^|^|^|KT1|KT2|^|^"),
    "l2.depths": ("^|^|^|0–5 см|5–20 см|0–5 см|5–20 см", "^|^|^|0–5 см|5–20 см|0–5 см|5–20 см", ""),
    "l2.caption": ("Таблица 4.5 – Содержание тяжелых металлов в почве", "4.5-кесте – Топырақтағы ауыр металдардың құрамы",
                   "Bảng 2.3. Kết quả phân tích khí thải tại các ống thải"),
    "l2.note": ("Примечание: для хрома ПДК установлена по подвижной форме.", "Ескертпе: хром үшін ШЖК жылжымалы түрі бойынша белгіленген.",
                "Ghi chú: (-) không phân tích; QCVN 19:2009/BTNMT áp dụng với Kp = 1, Kv = 1."),
    "l2.flow": ("", "", "Lưu lượng khí thải|m3/h"),
}  # fmt: skip
# code: limit, mg/Nm3 — QCVN 19:2009/BTNMT column B (acids and ammonia) and QCVN 20:2009/BTNMT (organic substances)
STACK_ACID = {c: QCVN19[c][1] for c in ("0316", "0303")} | {"0322": 50, "0349": 10}
STACK_ORGANIC = {"0621": 750, "0616": 870, "1052": 260, "1325": 20}


def limits_n2(doc: Doc) -> None:
    """A tannery's report on ПЭК: soil sampled on two plots by layers, each plot a merged column group over two depth
    sub-columns (`0–5 см | 5–20 см`) under a merged `Содержание, мг/кг`, the ПДК column before them, chromium always
    among the metals, a note on chromium's form (VI: an electronics factory's stack results at KT1 and KT2 as
    sub-columns, a dash where a stack is not analysed for a gas, acids against QCVN 19 column B and solvents against QCVN 20
    named per row in the last column, a flow row with no limit)."""
    day = doc.rng.randint(3, 26)
    if doc.lang == "vi":
        doc.h(_t(doc, "l2.title"))
        doc.p(f"Cơ sở: {VN_PLANTS['elec'][0]} – {VN_PLANTS['elec'][1]}")
        doc.h(_t(doc, "l2.h"))
        doc.p(_t(doc, "l2.p").format(day=day))
        rows = [_row(doc, "l2.head"), _row(doc, "l2.plots")]
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 1, 5), (0, 6, 1, 6)]
        flow_name, flow_unit = _list(doc, "l2.flow")
        rows.append(["1", flow_name, flow_unit, num(doc.rng.randint(80, 160) * 100, "vi"), num(doc.rng.randint(60, 140) * 100, "vi"), "-", "-"])
        acids = sorted(doc.rng.sample(sorted(STACK_ACID), 3), key=list(STACK_ACID).index)
        organics = sorted(doc.rng.sample(sorted(STACK_ORGANIC), 3), key=list(STACK_ORGANIC).index)
        for code in acids + organics:
            acid = code in STACK_ACID
            lim = STACK_ACID[code] if acid else STACK_ORGANIC[code]
            value = _sig(lim * doc.rng.uniform(0.03, 0.6))
            point = "KT1" if acid else "KT2"
            cells = [num(value, "vi"), "-"] if acid else ["-", num(value, "vi")]
            std = "QCVN 19:2009/BTNMT, cột B" if acid else "QCVN 20:2009/BTNMT"
            rows.append([str(len(rows) - 1), _air(doc, code, 1), "mg/Nm3", *cells, num(lim, "vi"), std])
            add(doc, limit(("code", code), "flue_gas", lim, "mg/Nm3", "B" if acid else None, point, value))
        doc.table(_t(doc, "l2.caption"), rows, merges, role="limits")
        doc.p(_t(doc, "l2.note"))
        maybe_distractor(doc)
        return
    p = _plant(doc, "tannery")
    doc.h(_t(doc, "l2.title").format(operator=p["operator"]))
    doc.h(_t(doc, "l2.h"))
    doc.p(_t(doc, "l2.p").format(day=f"{day:02d}"))
    rows = [_row(doc, "l2.head"), _row(doc, "l2.plots"), _row(doc, "l2.depths")]
    merges = [(0, 0, 2, 0), (0, 1, 2, 1), (0, 2, 2, 2), (0, 3, 0, 6), (1, 3, 1, 4), (1, 5, 1, 6)]
    plots = [x for x in _row(doc, "l2.plots") if x]
    pool = ["Pb", "Zn", "Cu", "Ni", "As", "Hg"]
    elements = ["Cr", *sorted(doc.rng.sample(pool, doc.rng.randint(3, 4)), key=pool.index)]
    for k, s in enumerate(elements, 1):
        lim = SOIL_PDK[s]
        values = []
        for plot in plots:
            high = 2.8 if (s == "Cr" and plot == plots[0]) else 0.9
            top = _sig(lim * doc.rng.uniform(0.15, high))
            values += [(plot, top), (plot, _sig(top * doc.rng.uniform(0.4, 0.9)))]
        rows.append([str(k), vocab.soil(s, doc.lang), num(lim, doc.lang), *(num(v, doc.lang) for _, v in values)])
        add(doc, *(limit(("symbol", s), "soil", lim, "mg/kg", None, plot, v) for plot, v in values))
    doc.table(_t(doc, "l2.caption"), rows, merges, role="limits")
    doc.p(_t(doc, "l2.note"))
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring

CATEGORY = {"1": "monthly", "2": "quarterly", "3": "semiannual", "4": "yearly"}
TEXT |= {
    "m1.title": ("Программа производственного экологического контроля на 2026–2028 годы. {name}",
                 "2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы. {name}",
                 "GIẤY PHÉP MÔI TRƯỜNG – Phụ lục IV. CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG CỦA CƠ SỞ"),
    "m1.h": ("4.1. Мониторинг эмиссий в атмосферный воздух", "4.1. Атмосфералық ауаға эмиссиялар мониторингі",
             "Cơ sở: {name} – {operator}"),
    "m1.p": ("Категории сочетаний «источник – загрязняющее вещество» определены по результатам расчетов рассеивания; "
             "периодичность контроля принята в зависимости от категории.",
             "«Көз – ластаушы зат» үйлесімдерінің санаттары шашырау есептеулерінің нәтижелері бойынша айқындалды; бақылау "
             "кезеңділігі санатқа байланысты қабылданды.",
             "Chủ cơ sở có trách nhiệm thực hiện quan trắc nước thải, khí thải theo chương trình dưới đây và lưu giữ số liệu."),
    "m1.head": ("№ ИЗА|Наименование источника|Контролируемое вещество|Категория сочетания|Периодичность контроля|Метод контроля",
                "АЛК №|Көздің атауы|Бақыланатын зат|Үйлесім санаты|Бақылау кезеңділігі|Бақылау әдісі",
                "TT|Loại hình quan trắc|Vị trí quan trắc|Thông số quan trắc|Tần suất|Quy chuẩn so sánh"),
    "m1.methods": ("инструментальный|расчетный", "аспаптық|есептік", ""),
    "m1.note": ("Категория 1 – контроль 1 раз в месяц; 2 – 1 раз в квартал; 3 – 2 раза в год; 4 – 1 раз в год.",
                "1-санат – айына 1 рет бақылау; 2 – тоқсанына 1 рет; 3 – жылына 2 рет; 4 – жылына 1 рет.", ""),
    "m1.caption": ("Таблица 4.1 – План-график контроля на источниках выбросов", "4.1-кесте – Шығарынды көздеріндегі бақылаудың жоспар-кестесі",
                   "Bảng 1. Chương trình quan trắc nước thải, khí thải"),
}  # fmt: skip
# a paper mill's programme: (kind, point, pool of (key, parameter name), said parameters not monitored, frequency, standard)
PAPER_MON = (
    ("Quan trắc nước thải tự động, liên tục", "NT1 – Nước thải sau hệ thống xử lý, trước khi xả ra sông Ngũ Huyện Khê",
     (("symbol", "pH"), ("symbol", "TSS"), ("symbol", "COD")), "Lưu lượng (đầu vào, đầu ra)", "continuous",
     "QCVN 12-MT:2015/BTNMT"),
    ("Quan trắc nước thải định kỳ", "NT1 – Nước thải sau hệ thống xử lý, trước khi xả ra sông Ngũ Huyện Khê",
     (("symbol", "BOD5"), ("symbol", "TN"), ("symbol", "TP"), ("symbol", "NH4+")), None, "quarterly", "QCVN 12-MT:2015/BTNMT"),
    ("Quan trắc khí thải tự động, liên tục", "KT1 – Ống khói lò hơi đốt than 20 tấn hơi/giờ",
     (("code", "2902"), ("code", "0330"), ("code", "0301"), ("code", "0337")), "Lưu lượng, áp suất, O2 dư", "continuous",
     "QCVN 19:2009/BTNMT, cột B"),
    ("Quan trắc khí thải định kỳ", "KT2 – Ống khói lò hơi đốt sinh khối 10 tấn hơi/giờ",
     (("code", "2902"), ("code", "0330"), ("code", "0301"), ("code", "0337")), "Lưu lượng", "semiannual",
     "QCVN 19:2009/BTNMT, cột B"),
)  # fmt: skip


def _vi_param(key: tuple[str, str]) -> str:
    if key[0] == "code":
        return {"2902": "Bụi tổng", "0330": "SO2", "0301": "NOx (tính theo NO2)", "0337": "CO"}[key[1]]
    return {"pH": "pH", "TSS": "TSS", "COD": "COD", "BOD5": "BOD5", "TN": "Tổng Nitơ", "TP": "Tổng Phốt pho", "NH4+": "Amoni (tính theo N)"}[key[1]]


def monitoring_n1(doc: Doc) -> None:
    """A chlor-alkali or fertiliser plant's control of emission norms at sources: a row per source–substance pair, the
    source's number on every row and its name only on the first, the substance as `code name` in one cell, the category
    of the pair (1–4), the frequency that follows from it and the method (instrumental or by calculation); a line under
    the table on the categories (VI: a paper mill's GPMT programme, automatic continuous monitoring and periodic
    sampling of one outlet on two rows with other parameters, automatic monitoring of a coal boiler's stack and twice-
    yearly sampling of a biomass boiler's, flows and pressures among the parameters)."""
    if doc.lang == "vi":
        p = _vn_plant(doc, "paper")
        doc.h(_t(doc, "m1.title"))
        doc.p(_t(doc, "m1.h").format(name=p["name"], operator=p["operator"]))
        doc.p(_t(doc, "m1.p"))
        rows = [_row(doc, "m1.head")]
        for k, (kind, point, keys, extra, word, std) in enumerate(PAPER_MON, 1):
            names = ", ".join(_vi_param(x) for x in keys)
            rows.append([str(k), kind, point, f"{extra}, {names}" if extra else names,
                         "Liên tục" if word == "continuous" else freq(doc, word), std])
            code = point.split()[0]
            doc.add("monitoring", *(_mon({"point_contains": code}, x, word) for x in keys))
        doc.table(_t(doc, "m1.caption"), rows, role="monitoring")
        maybe_distractor(doc)
        return
    kind = doc.pick(("chlor", "fert"))
    p = _plant(doc, kind)
    lang_i = 0 if doc.lang == "ru" else 1
    doc.h(_t(doc, "m1.title").format(name=p["name"]))
    doc.h(_t(doc, "m1.h"))
    doc.p(_t(doc, "m1.p"))
    rows = [_row(doc, "m1.head")]
    instrumental, calculated = _list(doc, "m1.methods")
    organised = [s for s in IZA[kind] if s[0]][: doc.rng.randint(3, 4)]
    org = doc.rng.randint(1, 3)
    for _, names, points in organised:
        number = f"{org:04d}"
        org += 1
        codes = list(dict.fromkeys(c for _, cs in points for c in cs))
        for m, code in enumerate(codes):
            category = doc.pick(("1", "2", "2", "3", "4"))
            word = CATEGORY[category]
            method = instrumental if category in ("1", "2") else calculated
            rows.append([number, names[lang_i] if m == 0 else "", f"{code} {_air(doc, code)}", category, freq(doc, word), method])
            doc.add("monitoring", _mon({"source_number": number}, ("code", code), word))
    doc.table(_t(doc, "m1.caption"), rows, role="monitoring")
    doc.p(_t(doc, "m1.note"))
    maybe_distractor(doc)


TEXT |= {
    "m2.title": ("ПРОГРАММА ПЭК {operator} (объект II категории)", "{operator} ӨЭБ БАҒДАРЛАМАСЫ (II санаттағы объект)",
                 "CHƯƠNG TRÌNH QUAN TRẮC KHÍ THẢI ĐỊNH KỲ NĂM 2026"),
    "m2.p": ("Разработано ИП «Сарсенова Г.К.». Замеры выполняет аккредитованная лаборатория по договору.",
             "«Сәрсенова Г.К.» ЖК әзірледі. Өлшеулерді шарт бойынша аккредиттелген зертхана жүргізеді.",
             "Cơ sở: {name}. Đơn vị quan trắc: Trung tâm Quan trắc Tài nguyên và Môi trường (VIMCERTS 124)."),
    "m2.head": ("№|Источник / точка|Контролируемые ЗВ (код)|Периодичность|Исполнитель",
                "№|Көз / нүкте|Бақыланатын ЛЗ (коды)|Кезеңділігі|Орындаушы",
                "TT|Vị trí|Thông số|Tần suất|Ghi chú"),
    "m2.lab": ("аккредитованная лаборатория (по договору)", "аккредиттелген зертхана (шарт бойынша)", ""),
    "m2.forms": ("ист. {n} ({name})|ИЗА-{n}|№{n} {name}|{n}", "көз {n} ({name})|АЛК-{n}|№{n} {name}|{n}", ""),
    "m2.loose": ("{n} (неорг.) {name}", "{n} (ұйымд. емес) {name}", ""),
    "m2.points": ("Т.1 граница СЗЗ (север)|т-2 граница СЗЗ, юг", "Т.1 СҚА шекарасы (солтүстік)|т-2 СҚА шекарасы, оңтүстік", ""),
    "m2.caption": ("План-график контроля", "Бақылаудың жоспар-кестесі", "Bảng 2. Vị trí, thông số và tần suất quan trắc"),
}  # fmt: skip
SAID = {
    "ru": {"quarterly": ("1 раз/кварт.", "ежеквартально"), "semiannual": ("2 р/год", "2 раза в год"),
           "yearly": ("1 р/год", "ежегодно"), "monthly": ("1 раз/мес.", "ежемесячно")},
    "kk": {"quarterly": ("тоқсанына 1 р.", "тоқсан сайын"), "semiannual": ("жылына 2 р.", "жылына 2 рет"),
           "yearly": ("жылына 1 р.", "жылына 1 рет"), "monthly": ("айына 1 р.", "ай сайын")},
}  # fmt: skip
# an electronics factory's stacks and one ambient point: as written, its id, codes with their formulas or names, frequency
ELEC_POINTS = (
    ("Ống thải số 01 (KT1) – hệ thống xử lý khí thải axit", "KT1", (("0316", "HCl"), ("0322", "H2SO4")), "quarterly"),
    ("ống thải 02 – tháp hấp thụ kiềm (KT-02)", "KT-02", (("0303", "NH3"),), "quarterly"),
    ("KT 03 – hấp phụ than hoạt tính khu in lụa", "KT 03", (("0621", "Toluen"), ("0616", "Xylen"), ("1401", "Axeton")), "quarterly"),
    ("KK1 – khu vực cổng chính", "KK1", (("2902", "Bụi tổng"), ("0330", "SO2"), ("0301", "NO2"), ("0337", "CO")), "semiannual"),
)  # fmt: skip


def monitoring_n2(doc: Doc) -> None:
    """A consultancy's short ПЭК programme of a tannery: source numbers written every which way in one column
    (`ист. 0001 (…)`, `ИЗА-0002`, `№0003 …`, `6001 (неорг.) …`) beside two boundary points (`Т.1 …`, `т-2 …`), the
    substances by their codes only, separated by commas or semicolons, the frequency abbreviated or in full
    (VI: an electronics factory's stacks named in three spellings, `KT1`, `KT-02`, `KT 03`, and an ambient point, the
    pollutants as formulas and names, a flow among them)."""
    if doc.lang == "vi":
        p = _vn_plant(doc, "elec")
        doc.h(_t(doc, "m2.title"))
        doc.p(_t(doc, "m2.p").format(name=p["name"]))
        rows = [_row(doc, "m2.head")]
        for k, (place, point, items, word) in enumerate(ELEC_POINTS, 1):
            flow = "Lưu lượng, " if point.startswith("KT") and doc.rng.random() < 0.5 else ""
            rows.append([str(k), place, flow + ", ".join(x for _, x in items), freq(doc, word), ""])
            doc.add("monitoring", *(_mon({"point_contains": point}, ("code", c), word) for c, _ in items))
        doc.table(_t(doc, "m2.caption"), rows, role="monitoring")
        maybe_distractor(doc)
        return
    p = _plant(doc, "tannery")
    lang_i = 0 if doc.lang == "ru" else 1
    doc.h(_t(doc, "m2.title").format(operator=p["operator"]))
    doc.p(_t(doc, "m2.p"))
    rows = [_row(doc, "m2.head")]
    forms = _list(doc, "m2.forms")
    organised = [s for s in TANNERY_SRC if s[0]]
    chosen = sorted(doc.rng.sample(organised, 3), key=organised.index)
    lab = _t(doc, "m2.lab")
    for k, (_, names, codes) in enumerate(chosen, 1):
        number = f"{k:04d}"
        word = doc.pick(("quarterly", "semiannual", "yearly"))
        short = names[lang_i].split(" ", 1)[1] if doc.rng.random() < 0.5 else names[lang_i]
        rows.append([str(k), forms[k - 1].format(n=number, name=short), doc.pick((", ", "; ")).join(codes),
                     doc.pick(SAID[doc.lang][word]), lab])
        doc.add("monitoring", *(_mon({"source_number": number}, ("code", c), word) for c in codes))
    _, names, codes = doc.pick([s for s in TANNERY_SRC if not s[0]])
    word = doc.pick(("quarterly", "semiannual"))
    rows.append([str(len(rows)), _t(doc, "m2.loose").format(n="6001", name=names[lang_i].lower()), ", ".join(codes),
                 doc.pick(SAID[doc.lang][word]), lab])
    doc.add("monitoring", *(_mon({"source_number": "6001"}, ("code", c), word) for c in codes))
    for point in _list(doc, "m2.points"):
        word = doc.pick(("quarterly", "monthly"))
        codes = sorted(doc.rng.sample(("0333", "0303", "1325", "0301"), 3))
        rows.append([str(len(rows)), point, ", ".join(codes), doc.pick(SAID[doc.lang][word]), lab])
        doc.add("monitoring", *(_mon({"point_contains": point.split()[0]}, ("code", c), word) for c in codes))
    doc.table(_t(doc, "m2.caption"), rows, role="monitoring")
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

UNITS_PHARMA = {
    "ru": ("Цех твердых лекарственных форм", "Участок приготовления инфузионных растворов", "Склад субстанций и химических реактивов",
           "Локальные очистные сооружения", "Площадка накопления отходов", "Котельная", "Системы вентиляции с фильтрами очистки воздуха"),
    "kk": ("Қатты дәрілік түрлер цехы", "Инфузиялық ерітінділерді дайындау учаскесі", "Субстанциялар мен химиялық реактивтер қоймасы",
           "Жергілікті тазарту құрылыстары", "Қалдықтарды жинақтау алаңы", "Қазандық", "Ауаны тазарту сүзгілері бар желдету жүйелері"),
    "vi": ("Khu vực pha chế thuốc nhuộm và hóa chất", "Kho hóa chất", "Hệ thống xử lý nước thải tập trung", "Kho chứa chất thải nguy hại",
           "Lò hơi và hệ thống xử lý khí thải lò hơi", "Khu vực máy nhuộm cao áp", "Khu vực giặt, tẩy trắng vải"),
}  # fmt: skip
INTERVAL = {
    "ru": {"weekly": ("каждые 7 дней", "не реже 1 раза в 7 дней"), "monthly": ("раз в месяц", "каждый месяц"),
           "quarterly": ("каждые 3 месяца", "раз в три месяца"), "semiannual": ("каждые 6 месяцев", "раз в полгода"),
           "yearly": ("каждые 12 месяцев", "раз в 12 месяцев")},
    "kk": {"weekly": ("әр 7 күн сайын", "7 күнде кемінде 1 рет"), "monthly": ("айына бір рет", "әр ай сайын"),
           "quarterly": ("әр 3 ай сайын", "3 айда 1 рет"), "semiannual": ("әр 6 ай сайын", "жарты жылда бір рет"),
           "yearly": ("әр 12 ай сайын", "12 айда 1 рет")},
    "vi": {"weekly": ("7 ngày/lần", "định kỳ 01 lần/tuần"), "monthly": ("01 tháng/lần", "định kỳ hằng tháng"),
           "quarterly": ("03 tháng/lần", "định kỳ hằng quý"), "semiannual": ("06 tháng/lần", "định kỳ 6 tháng một lần"),
           "yearly": ("12 tháng/lần", "định kỳ hằng năm")},
}  # fmt: skip
TEXT |= {
    "i1.title": ("СТ ТОО 07-2026 «Производственный экологический контроль. Порядок проведения внутренних проверок»",
                 "ЖШС СТ 07-2026 «Өндірістік экологиялық бақылау. Ішкі тексерулер жүргізу тәртібі»",
                 "QUY TRÌNH TỰ KIỂM TRA CÔNG TÁC BẢO VỆ MÔI TRƯỜNG (QT-MT-05, ban hành lần 02)"),
    "i1.p": ("Организация: {operator}. Стандарт распространяется на все структурные подразделения завода.",
             "Ұйым: {operator}. Стандарт зауыттың барлық құрылымдық бөлімшелеріне қолданылады.",
             "Đơn vị áp dụng: {operator}. Quy trình áp dụng cho toàn bộ các bộ phận sản xuất và phụ trợ của nhà máy."),
    "i1.h": ("Приложение Б. Перечень внутренних проверок", "Б қосымшасы. Ішкі тексерулер тізбесі", "Phụ lục 1. Danh mục kiểm tra định kỳ"),
    "i1.head": ("Код СОП|Объект проверки|Интервал|Проверяющий|Запись", "СОП коды|Тексеру объектісі|Аралығы|Тексеруші|Жазба",
                "Mã biểu mẫu|Khu vực kiểm tra|Chu kỳ kiểm tra|Người kiểm tra|Hồ sơ"),
    "i1.code": ("СОП-ЭК-{k:02d}", "СОП-ЭБ-{k:02d}", "BM-MT-05/{k:02d}"),
    "i1.who": ("инженер-эколог|начальник цеха|комиссия по ПЭК|уполномоченный по качеству",
               "эколог-инженер|цех бастығы|ӨЭБ жөніндегі комиссия|сапа жөніндегі уәкіл",
               "Cán bộ môi trường|Trưởng bộ phận|Tổ kiểm tra nội bộ|Phó Giám đốc kỹ thuật"),
    "i1.record": ("чек-лист|акт проверки|запись в журнале", "чек-парақ|тексеру актісі|журналға жазба",
                  "Phiếu kiểm tra|Biên bản kiểm tra|Sổ theo dõi"),
}  # fmt: skip


def inspections_n1(doc: Doc) -> None:
    """A standard of the organisation of a pharmaceutical plant: the SOP code first, the unit, an interval instead of a
    frequency word (`каждые 3 месяца`, `не реже 1 раза в 7 дней`, `раз в полгода`), who checks and the record
    (VI: a dyeing plant's self-inspection procedure, `Chu kỳ kiểm tra` as `7 ngày/lần`, `định kỳ hằng quý`)."""
    p = _vn_plant(doc, "dye") if doc.lang == "vi" else _plant(doc, "pharma")
    doc.h(_t(doc, "i1.title"))
    doc.p(_t(doc, "i1.p").format(operator=p["operator"]))
    doc.h(_t(doc, "i1.h"))
    rows = [_row(doc, "i1.head")]
    chosen = doc.rng.sample(("weekly", "monthly", "quarterly", "semiannual", "yearly", "quarterly"), 5)
    who, record = _list(doc, "i1.who"), _list(doc, "i1.record")
    for k, (unit, word) in enumerate(zip(doc.rng.sample(UNITS_PHARMA[doc.lang], 5), chosen, strict=True), 1):
        rows.append([_t(doc, "i1.code").format(k=k), unit, doc.pick(INTERVAL[doc.lang][word]), doc.pick(who), doc.pick(record)])
        doc.add("obligations", {"kind": "inspection", "frequency": word, "text_contains": unit})
    doc.table(None, rows, role="inspections")
    maybe_distractor(doc)


UNITS_FERT = {
    "ru": ("Фосфогипсонакопитель (дамба, дренажная система)", "Склад жидкого аммиака", "Склад серной кислоты",
           "Цех экстракционной фосфорной кислоты", "Пруд-накопитель кислых стоков", "Площадка накопления отходов"),
    "kk": ("Фосфогипс жинақтауышы (бөгет, дренаж жүйесі)", "Сұйық аммиак қоймасы", "Күкірт қышқылы қоймасы",
           "Экстракциялық фосфор қышқылы цехы", "Қышқыл ағындардың жинақтауыш тоғаны", "Қалдықтарды жинақтау алаңы"),
    "vi": ("Bể lắng sơ cấp và bể aerotank", "Bãi chứa giấy phế liệu", "Kho hóa chất (xút, phèn, PAC)", "Lò hơi đốt than",
           "Kho chứa chất thải nguy hại", "Bãi chứa tro xỉ lò hơi"),
}  # fmt: skip
WHEN = {
    "ru": {"daily": ("каждый день перед началом смены (8:00)", "каждый рабочий день в 8:30, при приеме смены"),
           "weekly": ("каждый понедельник", "по пятницам, 14:00"),
           "monthly": ("последняя пятница каждого месяца", "25 числа каждого месяца"),
           "quarterly": ("в последнюю неделю каждого квартала", "в первый рабочий день квартала"),
           "semiannual": ("в июне и декабре", "в мае и ноябре")},
    "kk": {"daily": ("күн сайын ауысым басталар алдында (8:00)", "әр жұмыс күні 8:30-да, ауысымды қабылдау кезінде"),
           "weekly": ("әр дүйсенбі", "жұма күндері, 14:00"),
           "monthly": ("әр айдың соңғы жұмасы", "әр айдың 25-і"),
           "quarterly": ("әр тоқсанның соңғы аптасында", "тоқсанның бірінші жұмыс күні"),
           "semiannual": ("маусымда және желтоқсанда", "мамырда және қарашада")},
    "vi": {"daily": ("Đầu ca sáng (7h00) mỗi ngày", "Mỗi ngày, trước khi giao ca"),
           "weekly": ("Thứ Hai hằng tuần", "Chiều thứ Sáu mỗi tuần"),
           "monthly": ("Ngày 25 hằng tháng", "Tuần cuối cùng của mỗi tháng"),
           "quarterly": ("Tuần đầu tiên của mỗi quý", "Ngày làm việc cuối cùng của quý"),
           "semiannual": ("Tháng 6 và tháng 12", "Tháng 5 và tháng 11")},
}  # fmt: skip
TEXT |= {
    "i2.title": ("Приказ № {n}-п от 12.01.2026 «Об организации производственного экологического контроля»",
                 "2026 жылғы 12 қаңтардағы № {n}-б бұйрық «Өндірістік экологиялық бақылауды ұйымдастыру туралы»",
                 "QUYẾT ĐỊNH SỐ {n}/QĐ-HX VỀ VIỆC BAN HÀNH LỊCH KIỂM TRA ĐỊNH KỲ CÔNG TÁC BẢO VỆ MÔI TRƯỜNG"),
    "i2.p": ("В целях соблюдения экологических требований на {name} ПРИКАЗЫВАЮ: 1. Утвердить график обходов и осмотров "
             "(приложение 3). 2. Контроль за исполнением приказа возложить на главного инженера.",
             "{name} экологиялық талаптардың сақталуын қамтамасыз ету мақсатында БҰЙЫРАМЫН: 1. Аралау және тексеру кестесін "
             "бекіту (3-қосымша). 2. Бұйрықтың орындалуын бақылау бас инженерге жүктелсін.",
             "Điều 1. Ban hành kèm theo Quyết định này Lịch kiểm tra định kỳ công tác bảo vệ môi trường tại {name}. "
             "Điều 2. Các bộ phận có liên quan chịu trách nhiệm thi hành Quyết định này."),
    "i2.h": ("Приложение 3 к приказу. График обходов и осмотров", "Бұйрыққа 3-қосымша. Аралау және тексеру кестесі",
             "LỊCH KIỂM TRA ĐỊNH KỲ"),
    "i2.head": ("Объект обхода (осмотра)|Когда проводится|Кто проводит|Отметка о выполнении",
                "Аралау (тексеру) объектісі|Қашан жүргізіледі|Кім жүргізеді|Орындалғаны туралы белгі",
                "Hạng mục kiểm tra|Thời gian kiểm tra|Người thực hiện|Xác nhận"),
    "i2.who": ("сменный мастер|инженер-эколог|главный инженер|начальник цеха", "ауысым шебері|эколог-инженер|бас инженер|цех бастығы",
               "Trưởng ca|Cán bộ môi trường|Phó Giám đốc sản xuất|Quản đốc phân xưởng"),
}  # fmt: skip


def inspections_n2(doc: Doc) -> None:
    """An order's annex of a fertiliser plant, no number column: each unit with a cell saying when it is checked, never
    how often (`каждый день перед началом смены`, `каждый понедельник`, `последняя пятница каждого месяца`, `в
    последнюю неделю каждого квартала`, `в июне и декабре`), who goes and an empty mark column; the order's text
    before (VI: a paper mill's decision and its schedule, `Thứ Hai hằng tuần`, `Tháng 6 và tháng 12`)."""
    name = VN_PLANTS["paper"][0] if doc.lang == "vi" else _plant(doc, "fert")["name"]
    doc.h(_t(doc, "i2.title").format(n=doc.rng.randint(8, 60)))
    doc.p(_t(doc, "i2.p").format(name=name))
    doc.h(_t(doc, "i2.h"))
    rows = [_row(doc, "i2.head")]
    chosen = ["daily", "weekly", "monthly", "quarterly", "semiannual"]
    doc.rng.shuffle(chosen)
    who = _list(doc, "i2.who")
    for unit, word in zip(doc.rng.sample(UNITS_FERT[doc.lang], 5), chosen, strict=True):
        rows.append([unit, doc.pick(WHEN[doc.lang][word]), who[0] if word == "daily" else doc.pick(who[1:]), ""])
        doc.add("obligations", {"kind": "inspection", "frequency": word, "text_contains": unit})
    doc.table(None, rows, role="inspections")
    distractor(doc, "approval")


# ---------------------------------------------------------------- tasks

# (RU, KK, VI) tasks: (task, responsible)
TASKS_PHARMA = {
    "ru": (("Провести инвентаризацию источников выбросов цеха твердых лекарственных форм", "инженер-эколог"),
           ("Заменить фильтрующие элементы в системе аспирации участка грануляции", "главный инженер"),
           ("Заключить договор на сжигание забракованных лекарственных средств", "отдел снабжения"),
           ("Установить прибор учета сточных вод на выпуске в городской коллектор", "главный механик"),
           ("Провести обучение персонала по обращению с опасными отходами", "служба охраны труда"),
           ("Оборудовать площадку накопления отходов навесом и поддонами", "административно-хозяйственный отдел"),
           ("Разработать программу производственного экологического контроля на 2027–2029 годы", "инженер-эколог")),
    "kk": (("Қатты дәрілік түрлер цехының шығарынды көздеріне түгендеу жүргізу", "эколог-инженер"),
           ("Түйіршіктеу учаскесінің аспирация жүйесіндегі сүзгі элементтерін ауыстыру", "бас инженер"),
           ("Жарамсыз дәрілік заттарды жағуға шарт жасасу", "жабдықтау бөлімі"),
           ("Қалалық коллекторға шығарылымда ағынды суларды есепке алу аспабын орнату", "бас механик"),
           ("Персоналды қауіпті қалдықтармен жұмыс істеуге оқыту", "еңбекті қорғау қызметі"),
           ("Қалдықтарды жинақтау алаңын шатырмен және тұғырықтармен жабдықтау", "әкімшілік-шаруашылық бөлімі"),
           ("2027–2029 жылдарға арналған өндірістік экологиялық бақылау бағдарламасын әзірлеу", "эколог-инженер")),
    "vi": (("Thay thế than hoạt tính của hệ thống xử lý khí thải dung môi", "Xưởng Cơ điện"),
           ("Nạo vét bùn thải bể lắng của hệ thống xử lý nước thải", "Tổ vận hành hệ thống xử lý nước thải"),
           ("Ký hợp đồng chuyển giao chất thải nguy hại năm 2026", "Phòng Hành chính – Tổng hợp"),
           ("Lập báo cáo công tác bảo vệ môi trường năm 2025 gửi cơ quan quản lý", "Phòng HSE"),
           ("Tập huấn ứng phó sự cố rò rỉ hóa chất cho công nhân", "Phòng HSE"),
           ("Kiểm định thiết bị quan trắc nước thải tự động", "Phòng Kỹ thuật"),
           ("Cải tạo kho hóa chất, bổ sung rãnh thu gom và hố chứa nước rò rỉ", "Ban Quản lý dự án")),
}  # fmt: skip
TEXT |= {
    "t1.title": ("План мероприятий по охране окружающей среды на 2026 год", "2026 жылға арналған қоршаған ортаны қорғау жөніндегі іс-шаралар жоспары",
                 "KẾ HOẠCH BẢO VỆ MÔI TRƯỜNG NĂM 2026"),
    "t1.p": ("{operator}. Утвержден генеральным директором 15.01.2026.", "{operator}. Бас директор 15.01.2026 бекіткен.",
             "{operator} – ban hành kèm theo Quyết định số 03/QĐ-VQC ngày 08/01/2026 của Tổng Giám đốc."),
    "t1.head": ("№|Наименование мероприятия|Срок / ответственный|Затраты, тыс. тенге|Примечание",
                "№|Іс-шараның атауы|Мерзімі / жауаптысы|Шығындар, мың теңге|Ескертпе",
                "TT|Nội dung công việc|Thời gian / Đơn vị thực hiện|Kinh phí (triệu đồng)|Ghi chú"),
    "t1.terms": ("до 31.03.2026|II квартал 2026 г.|до 30.06.2026|III кв. 2026 г.|до 01.12.2026|в течение года",
                 "31.03.2026 дейін|2026 жылғы II тоқсан|30.06.2026 дейін|2026 ж. III тоқсан|01.12.2026 дейін|жыл бойы",
                 "Quý I/2026|Tháng 01/2026|Trước 31/01/2026|Quý II/2026|Tháng 6/2026|Quý III/2026"),
    "t1.own": ("собств. силами", "өз күшімен", "Nội bộ"),
}  # fmt: skip


def tasks_n1(doc: Doc) -> None:
    """A pharmaceutical plant's plan where the term and the responsible share one column `Срок / ответственный`, written
    in either order (`до 30.06.2026 / главный механик`, `инженер-эколог, II квартал 2026 г.`), money and notes after it
    (VI: an electronics factory's plan, `Quý II/2026 – Phòng HSE` or `Phòng HSE (Quý II/2026)`)."""
    vi = doc.lang == "vi"
    p = _vn_plant(doc, "elec") if vi else _plant(doc, "pharma")
    doc.h(_t(doc, "t1.title"))
    doc.p(_t(doc, "t1.p").format(operator=p["operator"]))
    rows = [_row(doc, "t1.head")]
    terms = _list(doc, "t1.terms")
    for k, (text, who) in enumerate(doc.rng.sample(TASKS_PHARMA[doc.lang], 5), 1):
        term = doc.pick(terms)
        if doc.rng.random() < 0.5:
            both = f"{term} – {who}" if vi else f"{term} / {who}"
        else:
            both = f"{who} ({term})" if vi else f"{who}, {term}"
        money = _t(doc, "t1.own") if doc.rng.random() < 0.3 else num(doc.rng.randint(3, 180) * (5 if vi else 50), doc.lang)
        rows.append([str(k), text, both, money, ""])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": words(text), "actor_contains": who})
    doc.table(None, rows, role="tasks")
    maybe_distractor(doc)


# a КЭР's programme of raising environmental efficiency: (task RU, KK), BAT, (effect RU, KK), years, (responsible RU, KK)
PPEE = {
    "chlor": (
        (("Замена электролизеров первой серии на мембранные электролизеры нового поколения",
          "Бірінші серия электролизерлерін жаңа буын мембраналық электролизерлеріне ауыстыру"), "НДТ 3",
         ("снижение удельного расхода электроэнергии на 8 %", "электр энергиясының меншікті шығынын 8 %-ға азайту"), "2026–2028",
         ("цех электролиза", "электролиз цехы")),
        (("Установка системы аварийной абсорбции хлора на складе жидкого хлора",
          "Сұйық хлор қоймасында хлорды авариялық абсорбциялау жүйесін орнату"), "НДТ 9",
         ("исключение аварийных выбросов хлора", "хлордың авариялық шығарындыларын болдырмау"), "2026–2027",
         ("управление капитального строительства", "күрделі құрылыс басқармасы")),
        (("Модернизация узла санитарной очистки абгазов с заменой насадки колонны",
          "Колонна саптамасын ауыстыра отырып, абгаздарды санитариялық тазарту торабын жаңғырту"), "НДТ 7",
         ("снижение выбросов хлора на 30 %", "хлор шығарындыларын 30 %-ға азайту"), "2027",
         ("цех электролиза", "электролиз цехы")),
        (("Строительство локальных очистных сооружений для кислых стоков с нейтрализацией",
          "Қышқыл ағындарды бейтараптандыратын жергілікті тазарту құрылыстарын салу"), "НДТ 12",
         ("сокращение сброса хлоридов на 40 %", "хлоридтер төгіндісін 40 %-ға қысқарту"), "2029–2031",
         ("управление капитального строительства", "күрделі құрылыс басқармасы")),
        (("Рекультивация отработанной карты шламонакопителя", "Шлам жинақтауыштың пайдаланылған картасын рекультивациялау"), "–",
         ("возврат 4,2 га нарушенных земель", "4,2 га бұзылған жерді қайтару"), "2032–2034",
         ("отдел охраны окружающей среды", "қоршаған ортаны қорғау бөлімі")),
    ),
    "fert": (
        (("Перевод сернокислотного производства на систему двойного контактирования и двойной абсорбции",
          "Күкірт қышқылы өндірісін қос түйістіру және қос абсорбциялау жүйесіне көшіру"), "НДТ 4",
         ("снижение выбросов диоксида серы на 70 %", "күкірт диоксиді шығарындыларын 70 %-ға азайту"), "2026–2028",
         ("цех серной кислоты", "күкірт қышқылы цехы")),
        (("Установка скрубберов улавливания фтористых газов в цехе экстракционной фосфорной кислоты",
          "Экстракциялық фосфор қышқылы цехында фторлы газдарды ұстайтын скрубберлер орнату"), "НДТ 11",
         ("снижение выбросов фтористых соединений на 60 %", "фторлы қосылыстар шығарындыларын 60 %-ға азайту"), "2027–2028",
         ("управление капитального строительства", "күрделі құрылыс басқармасы")),
        (("Внедрение системы оборотного водоснабжения узла нейтрализации",
          "Бейтараптандыру торабында айналымды сумен жабдықтау жүйесін енгізу"), "НДТ 15",
         ("сокращение забора свежей воды на 25 %", "таза су алуды 25 %-ға қысқарту"), "2027",
         ("главный энергетик", "бас энергетик")),
        (("Замена рукавных фильтров на узле затаривания аммофоса", "Аммофосты буып-түю торабындағы жеңді сүзгілерді ауыстыру"), "НДТ 6",
         ("снижение выбросов пыли на 45 %", "шаң шығарындыларын 45 %-ға азайту"), "2026",
         ("цех аммофоса", "аммофос цехы")),
        (("Рекультивация откосов фосфогипсонакопителя", "Фосфогипс жинақтауышының беткейлерін рекультивациялау"), "НДТ 18",
         ("снижение пыления с поверхности отвала", "үйінді бетінен шаңдауды азайту"), "2029–2032",
         ("цех фосфогипсонакопителя", "фосфогипс жинақтауышы цехы")),
    ),
}  # fmt: skip
UPGRADES_VN = (
    ("Nâng công suất hệ thống xử lý nước thải tập trung từ 1.500 lên 2.500 m3/ngày.đêm", "Hệ thống xử lý nước thải tập trung",
     "Quý IV/2026", "Ban Quản lý dự án", "18,5"),
    ("Bổ sung công đoạn khử màu bằng ozone sau bể lắng hóa lý", "Hệ thống xử lý nước thải tập trung", "Quý II/2026", "Phòng Kỹ thuật", "6,2"),
    ("Lắp đặt trạm quan trắc nước thải tự động, liên tục và truyền dữ liệu về Sở Nông nghiệp và Môi trường", "Trạm quan trắc tự động",
     "Trước 30/06/2026", "Phòng An toàn – Môi trường", "3,8"),
    ("Chuyển đổi lò hơi đốt than sang đốt sinh khối (viên nén gỗ)", "Lò hơi 15 tấn hơi/giờ", "Quý III/2026", "Xưởng Cơ điện", "9,0"),
    ("Lắp đặt hệ thống xử lý khí thải lò hơi bằng cyclone và tháp hấp thụ", "Lò hơi 15 tấn hơi/giờ", "Quý III/2026", "Xưởng Cơ điện", "4,5"),
    ("Xây dựng hồ sự cố nước thải dung tích 2.000 m3", "Hồ sự cố", "Quý I/2027", "Ban Quản lý dự án", "2,7"),
)  # fmt: skip
TEXT |= {
    "t2.title": ("Программа повышения экологической эффективности {operator} на 2026–2035 годы",
                 "{operator} 2026–2035 жылдарға арналған экологиялық тиімділікті арттыру бағдарламасы",
                 "KẾ HOẠCH CẢI TẠO, NÂNG CẤP CÁC CÔNG TRÌNH BẢO VỆ MÔI TRƯỜNG GIAI ĐOẠN 2026–2027"),
    "t2.p": ("Приложение к заявке на получение комплексного экологического разрешения. Программа разработана в соответствии со "
             "статьей 118 Экологического кодекса Республики Казахстан.",
             "Кешенді экологиялық рұқсат алуға өтінімге қосымша. Бағдарлама Қазақстан Республикасы Экологиялық кодексінің "
             "118-бабына сәйкес әзірленді.",
             "{operator} – {name}. Kế hoạch được lập để thực hiện yêu cầu của Giấy phép môi trường số 215/GPMT-UBND."),
    "t2.head": ("№|Мероприятие|Применяемая НДТ|Ожидаемый экологический эффект|Сроки реализации|Ответственное подразделение",
                "№|Іс-шара|Қолданылатын ЕҚТ|Күтілетін экологиялық нәтиже|Іске асыру мерзімдері|Жауапты бөлімше",
                "TT|Nội dung cải tạo, nâng cấp|Công trình|Thời gian hoàn thành|Đơn vị thực hiện|Kinh phí dự kiến (tỷ đồng)"),
    "t2.stages": ("Этап I (2026–2028 годы)|Этап II (2029–2035 годы)", "I кезең (2026–2028 жылдар)|II кезең (2029–2035 жылдар)", ""),
    "t2.bat": ("НДТ", "ЕҚТ", ""),
    "t2.total": ("", "", "Tổng cộng"),
}  # fmt: skip


def tasks_n2(doc: Doc) -> None:
    """A КЭР's programme of raising environmental efficiency of a chlor-alkali or fertiliser plant: stage rows spanning
    the table (`Этап I (2026–2028 годы)`), measures numbered straight through, the BAT applied, the expected effect in
    words and percent, the years of implementation (`2026–2028`) and the responsible unit (VI: a dyeing plant's upgrade
    plan, the task before the works it concerns, the term, the unit and the money in billions, a total row)."""
    if doc.lang == "vi":
        p = _vn_plant(doc, "dye")
        doc.h(_t(doc, "t2.title"))
        doc.p(_t(doc, "t2.p").format(operator=p["operator"], name=p["name"]))
        rows = [_row(doc, "t2.head")]
        picked = sorted(doc.rng.sample(UPGRADES_VN, 5), key=UPGRADES_VN.index)
        total = 0.0
        for k, (text, works, term, who, money) in enumerate(picked, 1):
            rows.append([str(k), text, works, term, who, money])
            total += float(money.replace(",", "."))
            doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": words(text), "actor_contains": who})
        rows.append(["", _t(doc, "t2.total"), "", "", "", num(round(total, 1), "vi")])
        doc.table(None, rows, role="tasks")
        maybe_distractor(doc)
        return
    kind = doc.pick(("chlor", "fert"))
    p = _plant(doc, kind)
    lang_i = 0 if doc.lang == "ru" else 1
    doc.h(_t(doc, "t2.title").format(operator=p["operator"]))
    doc.p(_t(doc, "t2.p"))
    rows, merges = [_row(doc, "t2.head")], []
    measures = sorted(PPEE[kind], key=lambda m: m[3])
    bat = _t(doc, "t2.bat")
    n = 0
    for stage, late in zip(_list(doc, "t2.stages"), (False, True), strict=True):
        group = [m for m in measures if (int(m[3][:4]) >= 2029) == late]
        if not group:
            continue
        _span(rows, merges, stage, 6)
        for text, number, effect, years, who in group:
            n += 1
            rows.append([str(n), text[lang_i], number.replace("НДТ", bat), effect[lang_i], years, who[lang_i]])
            doc.add("obligations", {"kind": "task", "number": str(n), "text_contains": words(text[lang_i]), "actor_contains": who[lang_i]})
    doc.table(None, rows, merges, role="tasks")
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"D{k}", globals()[f"{role}_n{k}"]) for role in ROLES for k in (1, 2)]
"""`facility_n1` … `tasks_n2`, in the order of the roles."""
