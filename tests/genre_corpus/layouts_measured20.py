"""Measured blind (part F of the tenth blind set: the set 0.691 as first measured; part F 0.685 on 2026-12-04
before study), then studied and tuned on: now a tuning layout. What follows is its writer's description.

A blind held-out set (two layouts per role, `F1` and `F2`): never used for tuning, written by someone who neither ran
the extractor on them nor read it, to differ from every layout of `layouts_*.py`.

Theme: energy and refining — coal-fired ГРЭС and ТЭЦ, a gas-turbine power station, an oil refinery, a hydro power
station and a city's gas distribution network in Kazakhstan (НДВ projects, inventories of sources, КЭР and their
reissue, ПЭК programmes, internal orders and plans of the energy companies, a transfer act of hazardous wastes); in
Vietnam coal-fired and gas-fired power plants, an oil refinery and LPG terminals (giấy phép môi trường and its
adjustment, ĐTM, báo cáo kiểm kê khí thải, báo cáo công tác bảo vệ môi trường, chứng từ chất thải nguy hại, kế hoạch
vận hành thử nghiệm, quyết định of the companies).

Facility: a ministry's list of thermal power stations with each station's identity merged down over the rows of its
power units; a КЭР reissued after the operator was renamed and the oblast re-formed, `до | после` columns with
`без изменений` in the unchanged lines (VI: a GPMT adjusted after the 2025 merger of provinces). Emissions: a ГРЭС's
norms under a group row per source that carries its height and diameter, tonnes before g/s, tiny figures in
E-notation (`1,25E-05`), very large ones with thousands separators; inventory blanks, one table per source whose top
rows are the source's card and whose lower rows are its substances. Wastes: a transfer act of a refinery's hazardous
wastes to a licensed contractor with packaging, number of places and a unit per row (VI: a chứng từ CTNH); a ГРЭС's
wastes under the chapters of the classifier, the chapter's two-digit number in the code column (VI: the CTNH under
the chapters of Thông tư 02/2022, ash in tonnes in Vietnamese notation). Limits: technological norms per stack
beside the year's measured range (`312–455`, no limit) and the reference conditions; dual-fuel norms of gas
turbines under fuel group rows, the same substance normed twice, start-up rows not normed. Monitoring: a
refinery's control at sources split into continuous (АСМ) and periodic control; a monthly calendar whose cells list
the points sampled, the frequency read from the months. Inspections: check-lists under a group row per unit that
names the frequency of its round; the dates of the year's checks in one cell instead of a frequency. Tasks: a
schedule of commissioning environmental equipment (VI: a plan of pilot operation of waste treatment works); a
responsibility matrix with `О` / `У` marks under a column per department (VI: `CT` / `PH`).

The words of each layout are in the text tables (RU, KK, VI); a header row is one string, its cells between `|`, `^`
for a cell a merge covers.
"""

from __future__ import annotations

from . import vocab
from .common import Doc, make_bin, make_msdn, maybe_distractor, num
from .layouts_wastes import expect_vn, vn_wastes
from .limits_data import add, limit
from .obligations_data import CHECKS, inspection, task, words
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


def _span(rows: list, merges: list, text: str, width: int | None = None) -> None:
    """A row whose one cell spans the table: a group, a section or a note."""
    width = width or len(rows[0])
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


def _sci(x: float) -> str:
    """A small figure as calculation programs export it: `1,25E-05`."""
    return f"{x:.2E}".replace(".", ",")


def _fig(doc: Doc, x: float) -> str:
    """A rate as the table writes it: E-notation below a thousandth, else the language's notation."""
    return _sci(x) if x < 0.001 else num(x, doc.lang)


def _date(doc: Doc, day: int, month: int, year: int | None = 2026) -> str:
    sep = "/" if doc.lang == "vi" else "."
    return f"{day:02d}{sep}{month:02d}" + (f"{sep}{year}" if year else "")


def _names(doc: Doc, codes, variant: int = 0) -> str:
    return ", ".join(vocab.air(c, doc.lang, variant) for c in codes)


def _signatures(doc: Doc, key: str) -> None:
    """A table of signatures (no role)."""
    rows = [_cells(x) for x in _t(doc, key).split(";")]
    doc.table(None, rows, role="other")


# ---------------------------------------------------------------- the sites of this set

SITES = {
    "ru": (
        ("Карасорская ГРЭС", "АО «Карасор Энерго»", "Павлодарская область, Экибастузский район, промзона Карасор"),
        ("Шидертинская ТЭЦ-2", "ТОО «Шидерты Жылу Энерго»", "Павлодарская область, г. Экибастуз, Северная промзона"),
        ("Жанатасская ГТЭС", "ТОО «Жанатас Газ Энерго»", "Мангистауская область, Тупкараганский район, месторождение Жанатас"),
        ("Нефтеперерабатывающий завод «Жем»", "ТОО «Жем Ойл Рефайнинг»", "Атырауская область, Макатский район, пос. Доссор"),
        ("Бурлинская ГЭС", "АО «Бурлы Гидро»", "Восточно-Казахстанская область, Уланский район, с. Бурлы"),
        ("Газораспределительная сеть г. Талдыкорган", "АО «Жетісу Газ Тарату»", "область Жетісу, г. Талдыкорган"),
    ),
    "kk": (
        ("Қарасор МАЭС", "«Қарасор Энерго» АҚ", "Павлодар облысы, Екібастұз ауданы, Қарасор өнеркәсіптік аймағы"),
        ("Шідерті № 2 ЖЭО", "«Шідерті Жылу Энерго» ЖШС", "Павлодар облысы, Екібастұз қаласы, Солтүстік өнеркәсіптік аймақ"),
        ("Жаңатас газтурбиналық электр станциясы", "«Жаңатас Газ Энерго» ЖШС", "Маңғыстау облысы, Түпқараған ауданы, Жаңатас кен орны"),
        ("«Жем» мұнай өңдеу зауыты", "«Жем Ойл Рефайнинг» ЖШС", "Атырау облысы, Мақат ауданы, Доссор кенті"),
        ("Бөрлі су электр станциясы", "«Бөрлі Гидро» АҚ", "Шығыс Қазақстан облысы, Ұлан ауданы, Бөрлі ауылы"),
        ("Талдықорған қаласының газ тарату желісі", "«Жетісу Газ Тарату» АҚ", "Жетісу облысы, Талдықорған қаласы"),
    ),
    "vi": (
        ("Nhà máy Nhiệt điện Vĩnh Hảo 2", "Công ty TNHH MTV Nhiệt điện Vĩnh Hảo", "xã Vĩnh Hảo, huyện Tuy Phong, tỉnh Bình Thuận"),
        ("Nhà máy Nhiệt điện Cẩm Hải", "Công ty Cổ phần Nhiệt điện Cẩm Hải", "phường Cẩm Thịnh, thành phố Cẩm Phả, tỉnh Quảng Ninh"),
        ("Nhà máy Điện khí Phước An", "Công ty Cổ phần Điện lực Dầu khí Phước An", "xã Phước An, huyện Nhơn Trạch, tỉnh Đồng Nai"),
        ("Nhà máy Lọc dầu Bình Trị", "Công ty TNHH Lọc hóa dầu Bình Trị",
         "Khu kinh tế Dung Quất, xã Bình Trị, huyện Bình Sơn, tỉnh Quảng Ngãi"),
        ("Kho LPG Cái Mép", "Công ty Cổ phần Kinh doanh Khí Cái Mép", "phường Tân Phước, thị xã Phú Mỹ, tỉnh Bà Rịa – Vũng Tàu"),
        ("Kho chứa LPG lạnh Đình Vũ", "Công ty TNHH Khí hóa lỏng Đình Vũ",
         "Khu kinh tế Đình Vũ – Cát Hải, phường Đông Hải 2, quận Hải An, thành phố Hải Phòng"),
    ),
}  # fmt: skip
KATO_REGION = (55, 55, 47, 23, 63, 33)
CENTRE = {"kz": ((51.63, 75.72), (51.75, 75.38), (44.62, 50.95), (47.53, 52.98), (49.78, 82.71), (45.02, 78.37)),
          "vi": ((11.32, 108.77), (21.03, 107.30), (10.70, 106.93), (15.37, 108.80), (10.55, 107.03), (20.83, 106.77))}  # fmt: skip


def _kato(doc: Doc, region: int) -> str:
    r = doc.rng
    return f"{region}{r.randint(1, 9)}{r.randint(100, 699)}{r.choice(('000', '100'))}"


def _site(doc: Doc, i: int) -> dict:
    """One of this set's sites with its identifiers."""
    r = doc.rng
    name, operator, address = SITES[doc.lang][i]
    lat, lon = CENTRE["vi" if doc.lang == "vi" else "kz"][i]
    return {
        "i": i, "name": name, "operator": operator, "address": address,
        "bin": make_msdn(r) if doc.lang == "vi" else make_bin(r),
        "kato": _kato(doc, KATO_REGION[i]),
        "lat": lat + r.uniform(-0.05, 0.05), "lon": lon + r.uniform(-0.05, 0.05),
    }  # fmt: skip


def _dms(value: float) -> tuple[str, float]:
    """An angle in whole degrees, minutes and tenths of seconds, and the decimal degrees it stands for."""
    d = int(value)
    m = int((value - d) * 60)
    s = round(((value - d) * 60 - m) * 60, 1)
    if s >= 60:
        m, s = m + 1, 0.0
    return f"{d}°{m:02d}'{s:04.1f}\"".replace(".", ","), d + m / 60 + s / 3600


# ---------------------------------------------------------------- facility

TEXT |= {
    "f1.h": ("Информация о ходе перехода тепловых электростанций на комплексные экологические разрешения",
             "Жылу электр станцияларының кешенді экологиялық рұқсаттарға көшу барысы туралы ақпарат",
             "BÁO CÁO TÌNH HÌNH THỰC HIỆN CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NGÀNH ĐIỆN NĂM 2025"),
    "f1.p": ("Министерство энергетики Республики Казахстан направляет сведения об электростанциях, работающих на угле и газе, "
             "которые в соответствии с Экологическим кодексом обязаны получить комплексное экологическое разрешение до 1 января 2027 года.",
             "Қазақстан Республикасы Энергетика министрлігі Экология кодексіне сәйкес 2027 жылғы 1 қаңтарға дейін кешенді экологиялық "
             "рұқсат алуға міндетті көмір мен газда жұмыс істейтін электр станциялары туралы мәліметтерді жібереді.",
             "Thực hiện chỉ đạo của Bộ Công Thương, các đơn vị phát điện đã báo cáo tình hình vận hành và thực hiện giấy phép môi trường. "
             "Danh sách các nhà máy nhiệt điện đang vận hành được tổng hợp tại Bảng 1."),
    "f1.head0": ("№ п/п|Электростанция|Оператор|БИН оператора|Код КАТО|Категория объекта|Основное топливо|Основное оборудование|^|^",
                 "Р/с №|Электр станциясы|Оператор|Оператордың БСН|ҚАТО коды|Объект санаты|Негізгі отын|Негізгі жабдық|^|^",
                 "TT|Nhà máy|Chủ cơ sở|Mã số doanh nghiệp|Địa điểm|Nhiên liệu|Tổ máy|^|^"),
    "f1.head1": ("^|^|^|^|^|^|^|ст. №|Тип|Установленная мощность, МВт",
                 "^|^|^|^|^|^|^|ст. №|Түрі|Белгіленген қуаты, МВт",
                 "^|^|^|^|^|^|Ký hiệu|Công nghệ|Công suất (MW)"),
    "f1.fuel": ("экибастузский уголь|экибастузский уголь|природный газ", "екібастұз көмірі|екібастұз көмірі|табиғи газ",
                "Than nhập khẩu|Than antraxit Quảng Ninh|Khí thiên nhiên, dầu DO dự phòng"),
    "f1.total": ("Всего установленная мощность", "Барлық белгіленген қуат", "Tổng công suất"),
    "f1.caption": ("Таблица 1 – Тепловые электростанции, подлежащие переходу на КЭР", "1-кесте – КЭР-ге көшуге жататын жылу электр станциялары",
                   "Bảng 1. Danh sách các nhà máy nhiệt điện đang vận hành"),
    "f1.note": ("Категория объектов определена в соответствии с разделом 1 приложения 2 к Экологическому кодексу Республики Казахстан.",
                "Объектілердің санаты Қазақстан Республикасы Экология кодексінің 2-қосымшасының 1-бөліміне сәйкес айқындалды.",
                "Ghi chú: công suất tổ máy theo công suất định mức ghi trên nhãn máy phát."),
}  # fmt: skip
# site index: (unit label per language, type per language, MW, units)
UNITS_F1 = {
    0: (("энергоблок", "энергоблок", "S"), ("П-57-3М / К-500-240-2", "П-57-3М / К-500-240-2", "Lò hơi than phun (PC), tuabin ngưng hơi"), 500, 4),
    1: (("турбоагрегат", "турбоагрегат", "S"), ("ПТ-80/100-130/13", "ПТ-80/100-130/13", "Lò hơi tầng sôi tuần hoàn (CFB)"), 80, 3),
    2: (("ГТУ", "ГТҚ", "GT"), ("SGT-800", "SGT-800", "Tuabin khí chu trình hỗn hợp (CCGT)"), 57, 2),
}  # fmt: skip
VI_MW = {0: 622, 1: 330, 2: 750}


def facility_f1(doc: Doc) -> None:
    """A ministry's list of thermal power stations: each station's number, name, operator, BIN, KATO, category and fuel
    merged down over the rows of its power units (unit number, type, MW) under a merged `Основное оборудование`, a total
    row of capacity, a note on the category (VI: the Ministry of Industry and Trade's report, the enterprise number and
    the place merged down over the units `S1`, `S2`, `GT1`)."""
    vi = doc.lang == "vi"
    doc.h(_t(doc, "f1.h"))
    doc.p(_t(doc, "f1.p"))
    rows, merges = [_row(doc, "f1.head0"), _row(doc, "f1.head1")], []
    lead = 6 if vi else 7
    merges += [(0, c, 1, c) for c in range(lead)] + [(0, lead, 0, lead + 2)]
    fuels = _list(doc, "f1.fuel")
    total_mw = 0
    for k, i in enumerate((0, 1, 2), 1):
        f = _site(doc, i)
        labels, types, mw, n = UNITS_F1[i]
        label, kind = labels[vocab.LANGS.index(doc.lang)], types[vocab.LANGS.index(doc.lang)]
        if vi:
            mw, n = VI_MW[i], 2
            head = [str(k), f["name"], f["operator"], f["bin"], f["address"], fuels[i]]
            doc.add("facilities", {"bin": f["bin"], "name_contains": f["name"]})
        else:
            n = doc.rng.randint(2, n)
            head = [str(k), f["name"], f["operator"], f["bin"], f["kato"], "I", fuels[i]]
            doc.add("facilities", {"bin": f["bin"], "name_contains": f["name"], "kato": f["kato"], "category": "I"})
        start = len(rows)
        for u in range(1, n + 1):
            unit, what = (f"{label}{u}", kind) if vi else (str(u), f"{label} {kind}")
            rows.append((head if u == 1 else [None] * lead) + [unit, what, num(mw, doc.lang)])
            total_mw += mw
        for c in range(lead):
            _down(rows, start, c, merges)
    rows.append(["", _t(doc, "f1.total")] + [None] * (lead + 1) + [num(total_mw, doc.lang)])
    merges.append((len(rows) - 1, 1, len(rows) - 1, lead + 1))
    doc.table(_t(doc, "f1.caption"), rows, merges, role="facility")
    doc.p(_t(doc, "f1.note"))
    maybe_distractor(doc)


TEXT |= {
    "f2.h": ("РЕШЕНИЕ о переоформлении комплексного экологического разрешения",
             "Кешенді экологиялық рұқсатты қайта ресімдеу туралы ШЕШІМ",
             "GIẤY PHÉP MÔI TRƯỜNG (cấp điều chỉnh)"),
    "f2.p1": ("Министерство экологии и природных ресурсов Республики Казахстан, рассмотрев заявление оператора от {d} 2026 года, в связи с "
              "изменением наименования оператора и образованием области Абай (Указ Президента Республики Казахстан от 3 мая 2022 года "
              "№ 887) переоформляет комплексное экологическое разрешение № {old} без изменения условий природопользования.",
              "Қазақстан Республикасы Экология және табиғи ресурстар министрлігі операторның 2026 жылғы {d} өтінішін қарап, оператор "
              "атауының өзгеруіне және Абай облысының құрылуына байланысты (Қазақстан Республикасы Президентінің 2022 жылғы 3 мамырдағы "
              "№ 887 Жарлығы) № {old} кешенді экологиялық рұқсатты табиғат пайдалану шарттарын өзгертпей қайта ресімдейді.",
              "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG. Căn cứ Luật Bảo vệ môi trường ngày 17 tháng 11 năm 2020; căn cứ Nghị quyết số 202/2025/QH15 "
              "về việc sắp xếp đơn vị hành chính cấp tỉnh; xét văn bản đề nghị điều chỉnh giấy phép môi trường ngày {d} của chủ cơ sở, "
              "điều chỉnh Giấy phép môi trường số {old} như sau:"),
    "f2.caption": ("Таблица 1 – Сведения, подлежащие изменению", "1-кесте – Өзгертуге жататын мәліметтер",
                   "Bảng 1. Nội dung điều chỉnh thông tin của chủ cơ sở và cơ sở"),
    "f2.head": ("№|Реквизит|До переоформления|После переоформления",
                "№|Деректеме|Қайта ресімдеуге дейін|Қайта ресімдеуден кейін",
                "TT|Nội dung|Theo Giấy phép môi trường số {old}|Nội dung điều chỉnh"),
    "f2.same": ("без изменений", "өзгеріссіз", "Không thay đổi"),
    "f2.labels": ("Наименование оператора|БИН оператора|Юридический адрес оператора|Наименование объекта|Местонахождение объекта|"
                  "Код КАТО|Категория объекта|Географические координаты|Первый руководитель",
                  "Оператордың атауы|Оператордың БСН|Оператордың заңды мекенжайы|Объектінің атауы|Объектінің орналасқан жері|"
                  "ҚАТО коды|Объект санаты|Географиялық координаттары|Бірінші басшы",
                  "Tên chủ cơ sở|Mã số doanh nghiệp|Địa chỉ trụ sở chính|Tên cơ sở|Địa điểm cơ sở|-|-|Tọa độ vị trí cơ sở|"
                  "Người đại diện theo pháp luật"),
    "f2.site": ("Семейская ТЭЦ-3", "Семей қаласының № 3 ЖЭО", "Kho LPG Cái Mép"),
    "f2.ops": ("ТОО «Семей Жылу Энерго»|ТОО «Абай Жылу Энерго»", "«Семей Жылу Энерго» ЖШС|«Абай Жылу Энерго» ЖШС",
               "Công ty Cổ phần Kinh doanh Khí Cái Mép|Công ty Cổ phần Khí hóa lỏng Cái Mép"),
    "f2.legal": ("Восточно-Казахстанская область, г. Семей, ул. Валиханова, 135|область Абай, г. Семей, ул. Валиханова, 135",
                 "Шығыс Қазақстан облысы, Семей қаласы, Уәлиханов көшесі, 135|Абай облысы, Семей қаласы, Уәлиханов көшесі, 135",
                 "Số 12 đường 81, phường Tân Phước, thị xã Phú Mỹ, tỉnh Bà Rịa – Vũng Tàu|Số 12 đường 81, phường Tân Phước, Thành phố Hồ Chí Minh"),
    "f2.place": ("Восточно-Казахстанская область, г. Семей, Восточная промзона, 14|область Абай, г. Семей, Восточная промзона, 14",
                 "Шығыс Қазақстан облысы, Семей қаласы, Шығыс өнеркәсіптік аймағы, 14|Абай облысы, Семей қаласы, Шығыс өнеркәсіптік аймағы, 14",
                 "Khu công nghiệp Cái Mép, phường Tân Phước, thị xã Phú Mỹ, tỉnh Bà Rịa – Vũng Tàu|"
                 "Khu công nghiệp Cái Mép, phường Tân Phước, Thành phố Hồ Chí Minh"),
    "f2.heads": ("Жумабаев Ерлан Сапарович, генеральный директор|Касымова Айгуль Маратовна, генеральный директор",
                 "Жұмабаев Ерлан Сапарұлы, бас директор|Қасымова Айгүл Маратқызы, бас директор",
                 "Ông Nguyễn Hoàng Long – Tổng Giám đốc|Bà Trần Thị Thu Hà – Tổng Giám đốc"),
    "f2.after": ("Остальные условия разрешения, включая нормативы эмиссий и программу производственного экологического контроля, сохраняются.",
                 "Рұқсаттың қалған шарттары, оның ішінде эмиссиялар нормативтері мен өндірістік экологиялық бақылау бағдарламасы сақталады.",
                 "Các nội dung khác của Giấy phép môi trường số {old} không thay đổi và tiếp tục có hiệu lực thi hành."),
}  # fmt: skip


def facility_f2(doc: Doc) -> None:
    """A КЭР reissued after the operator was renamed and the oblast re-formed: `№ | реквизит | до | после`, the new KATO
    in the last column, `без изменений` where a line did not change (the BIN, the site, the category, the coordinates),
    the unchanged values only in the `до` column (VI: a GPMT adjusted after the 2025 merger of provinces, the enterprise
    number and the coordinates `Không thay đổi`)."""
    vi = doc.lang == "vi"
    r = doc.rng
    same = _t(doc, "f2.same")
    bin_ = make_msdn(r) if vi else make_bin(r)
    tail = f"{r.randint(1, 9)}{r.randint(100, 699)}{r.choice(('000', '100'))}"
    old_kato, new_kato = f"63{tail}", f"10{tail}"
    lat, lon = (10.61, 107.02) if vi else (50.41, 80.29)
    lat, lon = lat + r.uniform(-0.03, 0.03), lon + r.uniform(-0.03, 0.03)
    (lat_s, lat), (lon_s, lon) = _dms(lat), _dms(lon)
    coords = doc.v(f"{lat_s} с.ш., {lon_s} в.д.", f"{lat_s} с.е., {lon_s} ш.б.", f"{lat_s} N; {lon_s} E")
    if vi:
        old = f"{r.randint(100, 480)}/GPMT-BTNMT ngày {_date(doc, r.randint(1, 28), r.randint(1, 12), 2023)}"
    else:
        old = f"KZ{r.randint(10, 99)}VCZ{r.randint(0, 99999999):08d}"
    day = doc.v(f"{r.randint(1, 28)} февраля", f"{r.randint(1, 28)} ақпандағы", _date(doc, r.randint(1, 28), 2))
    doc.h(_t(doc, "f2.h"))
    doc.p(_t(doc, "f2.p1").format(d=day, old=old))
    site = _t(doc, "f2.site")
    pairs = [
        _list(doc, "f2.ops"), [bin_, same], _list(doc, "f2.legal"), [site, same], _list(doc, "f2.place"),
        [old_kato, new_kato], ["I", same], [coords, same], _list(doc, "f2.heads"),
    ]
    rows = [_cells(_t(doc, "f2.head").format(old=old))]
    n = 0
    for label, (before, after) in zip(_list(doc, "f2.labels"), pairs, strict=True):
        if label == "-":  # no KATO, no category in a Vietnamese permit
            continue
        n += 1
        rows.append([str(n), label, before, after])
    doc.table(_t(doc, "f2.caption"), rows, role="facility")
    doc.p(_t(doc, "f2.after").format(old=old))
    out = {"bin": bin_, "name_contains": site, "lat": lat, "lon": lon}
    if not vi:
        out.update(kato=new_kato, category="I")
    doc.add("facilities", out)


# ---------------------------------------------------------------- emissions

TEXT |= {
    "e1.h": ("Проект нормативов допустимых выбросов для Карасорской ГРЭС на 2026–2035 годы",
             "Қарасор МАЭС үшін 2026–2035 жылдарға арналған жол берілетін шығарындылар нормативтерінің жобасы",
             "BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG DỰ ÁN NHÀ MÁY NHIỆT ĐIỆN VĨNH HẢO 2 (2 x 622 MW)"),
    "e1.p": ("Расчет выбросов выполнен по фактическому расходу топлива 2025 года; для бенз/а/пирена и сероводорода, выбросы которых очень малы, "
             "значения приведены в экспоненциальной форме (1,25E-05 = 0,0000125).",
             "Шығарындыларды есептеу 2025 жылғы отынның нақты шығыны бойынша орындалды; шығарындылары өте аз бенз(а)пирен мен күкіртсутек үшін "
             "мәндер экспоненциалдық түрде келтірілген (1,25E-05 = 0,0000125).",
             "Tải lượng được tính toán theo lượng than tiêu thụ thiết kế; các giá trị rất nhỏ được biểu diễn dạng số mũ "
             "(1,25E-05 = 0,0000125)."),
    "e1.fuel.caption": ("Характеристика проектного топлива", "Жобалық отынның сипаттамасы", "Bảng 3.7. Đặc tính nhiên liệu than thiết kế"),
    "e1.fuel": ("Показатель|Ед. изм.|Значение;Зольность на рабочую массу, Ar|%|40,9;Влажность рабочая, Wr|%|6,5;"
                "Содержание серы, Sr|%|0,7;Низшая теплота сгорания, Qнр|МДж/кг|16,3;Годовой расход угля|тыс. т|{coal}",
                "Көрсеткіш|Өлш. бірл.|Мәні;Жұмыс массасына күлділігі, Ar|%|40,9;Жұмыс ылғалдылығы, Wr|%|6,5;"
                "Күкірт құрамы, Sr|%|0,7;Төменгі жану жылуы, Qнр|МДж/кг|16,3;Көмірдің жылдық шығыны|мың т|{coal}",
                "Thông số|Đơn vị|Giá trị;Độ tro, Ad|%|14,5;Độ ẩm toàn phần, Wt|%|18,2;Lưu huỳnh, St|%|0,6;"
                "Nhiệt trị thấp, Qnet|kcal/kg|5.150;Lượng than tiêu thụ|tấn/năm|{coal}"),
    "e1.head0": ("Код ЗВ|Наименование загрязняющего вещества|Класс опасности|Нормативы допустимых выбросов|^",
                 "ЛЗ коды|Ластаушы заттың атауы|Қауіптілік сыныбы|Жол берілетін шығарындылар нормативтері|^",
                 "TT|Nguồn thải / Chất ô nhiễm|Tải lượng (tấn/năm)|Tải lượng (g/s)"),
    "e1.head1": ("^|^|^|т/год|г/с", "^|^|^|т/жыл|г/с", ""),
    "e1.org": ("организованный", "ұйымдастырылған", ""),
    "e1.unorg": ("неорганизованный", "ұйымдастырылмаған", ""),
    "e1.source": ("Источник № {n} – {name} ({kind})", "№ {n} көз – {name} ({kind})", "{n}. {name}"),
    "e1.total": ("Всего по ГРЭС", "МАЭС бойынша барлығы", "Tổng cộng"),
    "e1.caption": ("Таблица 3.4 – Нормативы выбросов загрязняющих веществ в атмосферу по источникам",
                   "3.4-кесте – Көздер бойынша атмосфераға ластаушы заттар шығарындыларының нормативтері",
                   "Bảng 3.9. Tải lượng các chất ô nhiễm trong khí thải của Nhà máy trong giai đoạn vận hành"),
}  # fmt: skip
# number, names (ru, kk), organised, codes, (height, diameter) or None, hours a year
GRES = (
    ("0001", ("Дымовая труба № 1 (энергоблоки ст. № 1–4)", "№ 1 түтін құбыры (№ 1–4 энергоблоктар)"), True,
     ("0301", "0304", "0330", "0337", "2908", "0703"), ("330", "12,0"), 7600),
    ("0002", ("Дымовая труба № 2 (энергоблоки ст. № 5–8)", "№ 2 түтін құбыры (№ 5–8 энергоблоктар)"), True,
     ("0301", "0304", "0330", "0337", "2908", "0703"), ("300", "10,8"), 7200),
    ("0003", ("Дымовая труба пускорезервной котельной", "Іске қосу-резервтік қазандығының түтін құбыры"), True,
     ("0301", "0304", "0330", "0337", "0328", "0703"), ("60", "3,0"), 1800),
    ("6001", ("Угольный склад", "Көмір қоймасы"), False, ("2908",), None, 8760),
    ("6002", ("Золоотвал № 2 (сухие пляжи)", "№ 2 күл үйіндісі (құрғақ жағажайлар)"), False, ("2908",), None, 4400),
    ("6003", ("Резервуары мазутного хозяйства", "Мазут шаруашылығының резервуарлары"), False, ("0333", "2754"), None, 8760),
)  # fmt: skip
# g/s ranges of a main stack; the start-up boiler's are a fiftieth
STACK_GS = {"0301": (250, 700), "0304": (40, 115), "0330": (600, 1600), "0337": (20, 90), "2908": (60, 260),
            "0703": (1e-5, 6e-5), "0328": (25, 150)}  # fmt: skip
GROUND_GS = {"6001": {"2908": (1.5, 6)}, "6002": {"2908": (2, 9)}, "6003": {"0333": (2e-4, 9e-4), "2754": (0.08, 0.4)}}
# VI: (name, codes, g/s ranges, hours)
VI_GRES = (
    ("Ống khói chung tổ máy S1 và S2 (H = 210 m; D = 9,0 m)", ("2902", "0330", "0301", "0337", "0703"),
     {"2902": (40, 120), "0330": (300, 900), "0301": (350, 800), "0337": (15, 60), "0703": (1e-5, 5e-5)}, 7000),
    ("Kho than kín (khu vực tiếp nhận, cấp than)", ("2902",), {"2902": (0.4, 2.5)}, 8760),
    ("Bãi xỉ (khu vực đổ thải tro xỉ)", ("2902",), {"2902": (1.2, 6)}, 8760),
)  # fmt: skip


def _rate(doc: Doc, low: float, high: float, hours: int) -> tuple[float, float]:
    """A maximum g/s and the year's tonnes below what it would give all year."""
    g = doc.rng.uniform(low, high)
    g = _sig(g, 3 if g < 0.001 else 4)
    t = g * hours * 0.0036 * doc.rng.uniform(0.55, 0.85)
    return g, _sig(t, 3 if t < 0.001 else 4)


def _fuel(doc: Doc) -> None:
    coal = num(doc.rng.randint(7200, 9400), doc.lang) if doc.lang != "vi" else num(doc.rng.randint(2900, 3400) * 1000, "vi")
    rows = [_cells(x) for x in _t(doc, "e1.fuel").format(coal=coal).split(";")]
    doc.table(_t(doc, "e1.fuel.caption"), rows, role="other")


def emissions_f1(doc: Doc) -> None:
    """A ГРЭС's НДВ: a group row per source spanning the table with its number, name and type and, for stacks, the height
    and mouth diameter (`H = 330 м, D = 12,0 м`), then code, name, hazard class and the norms with tonnes before g/s
    under a merged header; thousands of tonnes with separators, benzo(a)pyrene and hydrogen sulphide in E-notation, a
    total row; the fuel's properties in a table of no role before it (VI: a coal plant's ĐTM, the operation period in
    the caption, the stack's H and D in its group row, no codes or classes)."""
    vi = doc.lang == "vi"
    r = doc.rng
    doc.h(_t(doc, "e1.h"))
    _fuel(doc)
    doc.p(_t(doc, "e1.p"))
    rows, merges = [_row(doc, "e1.head0")], []
    sums = [0.0, 0.0]
    if vi:
        width = 4
        for n, (name, codes, ranges, hours) in enumerate(VI_GRES, 1):
            _span(rows, merges, _t(doc, "e1.source").format(n=n, name=name), width)
            for k, c in enumerate(codes, 1):
                g, t = _rate(doc, *ranges[c], hours)
                rows.append([f"{n}.{k}", vocab.air(c, "vi", r.randrange(2) if c in ("0330", "0301", "0337") else 0), _fig(doc, t), _fig(doc, g)])
                doc.add("emissions", emission(c, g, t, period="operation"))
                sums = [sums[0] + t, sums[1] + g]
        rows.append(["", _t(doc, "e1.total"), num(round(sums[0], 3), "vi"), num(round(sums[1], 3), "vi")])
        doc.table(_t(doc, "e1.caption"), rows, merges, role="emissions")
        return
    rows.append(_row(doc, "e1.head1"))
    merges += [(0, c, 1, c) for c in range(3)] + [(0, 3, 0, 4)]
    chosen = [GRES[0], GRES[1]] + ([GRES[2]] if r.random() < 0.5 else []) + sorted(r.sample(GRES[3:], 2), key=GRES.index)
    names = vocab.LANGS.index(doc.lang)
    sources = []
    for number, label, organised, codes, size, hours in chosen:
        kind = _t(doc, "e1.org" if organised else "e1.unorg")
        name = label[names] + (f", H = {size[0]} м, D = {size[1]} м" if size else "")
        _span(rows, merges, _t(doc, "e1.source").format(n=number, name=name, kind=kind), 5)
        sources.append({"number": number, "type": "organized" if organised else "unorganized"})
        for c in codes:
            if number in GROUND_GS:
                g, t = _rate(doc, *GROUND_GS[number][c], hours)
            else:
                low, high = STACK_GS[c]
                scale = 0.02 if number == "0003" else 1
                g, t = _rate(doc, low * scale, high * scale, hours)
            rows.append([c, vocab.air(c, doc.lang), str(vocab.hazard(c) or "–"), _fig(doc, t), _fig(doc, g)])
            doc.add("emissions", emission(c, g, t, number, vocab.hazard(c)))
            sums = [sums[0] + t, sums[1] + g]
    rows.append(["", _t(doc, "e1.total"), "", num(round(sums[0], 3), doc.lang), num(round(sums[1], 3), doc.lang)])
    doc.table(_t(doc, "e1.caption"), rows, merges, role="emissions")
    doc.add("sources", *sources)


TEXT |= {
    "e2.h": ("Отчет по инвентаризации источников выбросов загрязняющих веществ в атмосферу Жанатасской ГТЭС",
             "Жаңатас газтурбиналық электр станциясының атмосфераға ластаушы заттар шығарындылары көздерін түгендеу жөніндегі есеп",
             "BÁO CÁO KẾT QUẢ KIỂM KÊ KHÍ THẢI CÔNG NGHIỆP NĂM 2025 – NHÀ MÁY ĐIỆN KHÍ PHƯỚC AN"),
    "e2.sub": ("Раздел 2. Бланки инвентаризации источников выбросов", "2-бөлім. Шығарынды көздерін түгендеу бланкілері",
               "Phần II. Thông tin về các nguồn thải khí thải"),
    "e2.p": ("Инвентаризация проведена в 2025 году; выбросы газотурбинных установок определены инструментальным методом, "
             "выбросы неорганизованных источников – расчетным методом.",
             "Түгендеу 2025 жылы жүргізілді; газтурбиналық қондырғылардың шығарындылары аспаптық әдіспен, ұйымдастырылмаған көздердікі "
             "есептік әдіспен анықталды.",
             "Kết quả kiểm kê được xác định trên cơ sở số liệu quan trắc tự động, liên tục và lưu lượng khí thải thực tế năm 2025."),
    "e2.caption": ("Таблица 2.{k} – Бланк инвентаризации источника выброса № {n}", "2.{k}-кесте – № {n} шығарынды көзін түгендеу бланкісі",
                   "Phiếu số {k}. Thông tin nguồn thải khí thải"),
    "e2.card": ("Номер источника на карте-схеме|Наименование источника|Тип источника|Высота источника, м|Диаметр устья, м|"
                "Координаты (X; Y) на карте-схеме, м|Время работы, ч/год",
                "Карта-сызбадағы көз нөмірі|Көздің атауы|Көздің түрі|Көздің биіктігі, м|Сағасының диаметрі, м|"
                "Карта-сызбадағы координаттары (X; Y), м|Жұмыс уақыты, сағ/жыл",
                "Tên nguồn thải|Ký hiệu|Chiều cao ống khói (m)|Đường kính trong miệng ống khói (m)|Lưu lượng khí thải (Nm3/giờ)|"
                "Nhiệt độ khí thải (°C)|Thời gian hoạt động (giờ/năm)"),
    "e2.head": ("Код ЗВ|Наименование загрязняющего вещества|Выброс, г/с|Выброс, т/год",
                "ЛЗ коды|Ластаушы заттың атауы|Шығарынды, г/с|Шығарынды, т/жыл",
                "Thông số|Nồng độ (mg/Nm3)|Tải lượng (g/s)|Tải lượng (tấn/năm)"),
    "e2.total": ("Итого по источнику", "Көз бойынша барлығы", ""),
}  # fmt: skip
# number, (ru, kk), organised, codes, height, diameter, {code: g/s range}
GTES = (
    ("0001", ("Дымовая труба ГТУ ст. № 1", "№ 1 ГТҚ түтін құбыры"), True, "35", "3,6",
     {"0301": (8, 20), "0304": (1.3, 3.3), "0337": (4, 15)}),
    ("0002", ("Дымовая труба ГТУ ст. № 2", "№ 2 ГТҚ түтін құбыры"), True, "35", "3,6",
     {"0301": (8, 20), "0304": (1.3, 3.3), "0337": (4, 15)}),
    ("0003", ("Дымовая труба водогрейной котельной", "Су жылыту қазандығының түтін құбыры"), True, "18", "0,8",
     {"0301": (0.1, 0.4), "0304": (0.015, 0.06), "0337": (0.2, 0.8)}),
    ("0004", ("Продувочная свеча узла подготовки топливного газа", "Отын газын дайындау торабының үрлеу шырағы"), True, "8", "0,1",
     {"0410": (0.5, 3)}),
    ("6001", ("Неплотности запорной арматуры пункта подготовки газа", "Газ дайындау пунктінің бекіту арматурасының саңылаулары"), False,
     "2", "–", {"0410": (0.05, 0.3)}),
    ("6002", ("Склад турбинного масла", "Турбина майы қоймасы"), False, "2", "–", {"2754": (0.002, 0.01)}),
)  # fmt: skip
# VI: (name, code, height, diameter, flow Nm3/h, temperature, hours, {code: mg/Nm3 range})
VI_CCGT = (
    ("Ống khói lò thu hồi nhiệt (HRSG) tổ máy GT1", "KT1", "60", "6,8", (1_950_000, 2_300_000), 95, 7200,
     {"0301": (30, 50), "0330": (2, 8), "0337": (8, 30), "2902": (3, 8)}),
    ("Ống khói lò thu hồi nhiệt (HRSG) tổ máy GT2", "KT2", "60", "6,8", (1_950_000, 2_300_000), 95, 6900,
     {"0301": (30, 50), "0330": (2, 8), "0337": (8, 30), "2902": (3, 8)}),
    ("Ống khói lò hơi phụ trợ", "KT3", "30", "1,2", (28_000, 42_000), 160, 1500,
     {"0301": (90, 180), "0330": (5, 20), "0337": (20, 60), "2902": (5, 15)}),
)  # fmt: skip


def emissions_f2(doc: Doc) -> None:
    """Inventory blanks, one table per source: its top rows are the source's card (number, name, type, height,
    diameter, coordinates, hours, each value merged across), then a header row `код | вещество | г/с | т/год` inside
    the same table, the substances and a total for the source; no hazard class, no period (VI: an inventory of waste
    gas, a card per stack with its flow and temperature, then the concentration before g/s and tonnes a year)."""
    vi = doc.lang == "vi"
    r = doc.rng
    doc.h(_t(doc, "e2.h"))
    doc.h(_t(doc, "e2.sub"))
    doc.p(_t(doc, "e2.p"))
    if vi:
        for k, (name, code, height, diameter, flow, temp, hours, conc) in enumerate(VI_CCGT, 1):
            q = r.randint(flow[0] // 1000, flow[1] // 1000) * 1000
            card = [name, code, height, diameter, num(q, "vi"), str(temp + r.randint(-5, 5)), num(hours, "vi")]
            rows = [[label, value, None, None] for label, value in zip(_list(doc, "e2.card"), card, strict=True)]
            merges = [(j, 1, j, 3) for j in range(len(rows))]
            rows.append(_row(doc, "e2.head"))
            for c, (low, high) in conc.items():
                cm = _sig(r.uniform(low, high), 3)
                g = _sig(cm * q / 3.6e6, 4)
                t = _sig(g * hours * 0.0036, 4)
                rows.append([vocab.air(c, "vi", 1 if c != "2902" else 0), num(cm, "vi"), num(g, "vi"), num(t, "vi")])
                doc.add("emissions", emission(c, g, t))
            doc.table(_t(doc, "e2.caption").format(k=k), rows, merges, role="emissions")
        return
    chosen = [GTES[0]] + ([GTES[1]] if r.random() < 0.6 else []) + [r.choice(GTES[2:4]), r.choice(GTES[4:])]
    names = vocab.LANGS.index(doc.lang)
    for k, (number, label, organised, height, diameter, ranges) in enumerate(chosen, 1):
        hours = r.choice((8760, 8200, 7800)) if organised else 8760
        kind = _t(doc, "e1.org" if organised else "e1.unorg")
        coords = f"{num(r.randint(300, 1900), doc.lang)}; {num(r.randint(200, 1400), doc.lang)}"
        card = [number, label[names], kind, height, diameter, coords, num(hours, doc.lang)]
        rows = [[x, v, None, None] for x, v in zip(_list(doc, "e2.card"), card, strict=True)]
        merges = [(j, 1, j, 3) for j in range(len(rows))]
        rows.append(_row(doc, "e2.head"))
        gs, ts = [], []
        for c, (low, high) in ranges.items():
            g, t = _rate(doc, low, high, hours)
            rows.append([c, vocab.air(c, doc.lang), _fig(doc, g), _fig(doc, t)])
            doc.add("emissions", emission(c, g, t, number))
            gs.append(g)
            ts.append(t)
        if len(gs) > 1:
            rows.append(["", _t(doc, "e2.total"), num(round(sum(gs), 6), doc.lang), num(round(sum(ts), 6), doc.lang)])
        doc.table(_t(doc, "e2.caption").format(k=k, n=number), rows, merges, role="emissions")
        doc.add("sources", {"number": number, "type": "organized" if organised else "unorganized"})
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

TEXT |= {
    "w1.h": ("АКТ № {n} приема-передачи отходов", "Қалдықтарды қабылдау-беру туралы № {n} АКТ",
             "CHỨNG TỪ CHẤT THẢI NGUY HẠI"),
    "w1.place": ("г. Атырау, {d}", "Атырау қ., {d}", "Số chứng từ: {n}/2026/CTNH. Ngày chuyển giao: {d}"),
    "w1.p": ("{operator} (Сдающая сторона), БИН {b1}, в лице начальника отдела охраны окружающей среды Нуржанова С.Т., с одной стороны, "
             "и ТОО «Каспий Эко Сервис» (Принимающая сторона), БИН {b2}, имеющее лицензию на выполнение работ (оказание услуг) в области "
             "охраны окружающей среды по переработке, обезвреживанию, утилизации и (или) уничтожению опасных отходов № 02345Р, "
             "в лице мастера участка Ибраева К.М., с другой стороны, составили настоящий акт о том, что Сдающая сторона передала, "
             "а Принимающая сторона приняла по договору № 118/25 следующие отходы:",
             "{operator} (Тапсырушы тарап), БСН {b1}, қоршаған ортаны қорғау бөлімінің бастығы Нұржанов С.Т. атынан, бір тараптан, және "
             "қауіпті қалдықтарды қайта өңдеу, залалсыздандыру, кәдеге жарату және (немесе) жою жөніндегі № 02345Р лицензиясы бар "
             "«Каспий Эко Сервис» ЖШС (Қабылдаушы тарап), БСН {b2}, учаске шебері Ибраев Қ.М. атынан, екінші тараптан, № 118/25 шарт "
             "бойынша Тапсырушы тарап мына қалдықтарды тапсырғаны, ал Қабылдаушы тарап қабылдағаны туралы осы актіні жасады:",
             "1. Chủ nguồn thải: {operator}. Mã số QLCTNH: 51.000{b1}.T. Địa chỉ cơ sở phát sinh chất thải: Khu kinh tế Dung Quất, "
             "xã Bình Trị, huyện Bình Sơn, tỉnh Quảng Ngãi. 2. Chủ xử lý chất thải: Công ty Cổ phần Môi trường Sông Trà, Giấy phép "
             "môi trường số 215/GP-BTNMT. 3. Chủ vận chuyển: Công ty Cổ phần Môi trường Sông Trà (phương tiện 76C-048.12)."),
    "w1.head": ("№ п/п|Наименование отхода|Код отхода|Вид тары (упаковки)|Кол-во мест|Ед. изм.|Количество",
                "Р/с №|Қалдықтың атауы|Қалдық коды|Ыдыс (орама) түрі|Орын саны|Өлш. бірл.|Мөлшері",
                "TT|Tên chất thải|Mã CTNH|Trạng thái tồn tại|Số lượng (kg)|Phương pháp xử lý (*)"),
    "w1.total": ("Итого передано", "Барлығы тапсырылды", "Tổng cộng"),
    "w1.units": ("т|кг", "т|кг", ""),
    "w1.after": ("Отходы приняты для обезвреживания и утилизации в соответствии с лицензией Принимающей стороны. Стороны претензий "
                 "по количеству и состоянию тары не имеют. Акт составлен в двух экземплярах.",
                 "Қалдықтар Қабылдаушы тараптың лицензиясына сәйкес залалсыздандыру және кәдеге жарату үшін қабылданды. Тараптардың "
                 "мөлшері мен ыдыстың жай-күйі бойынша шағымдары жоқ. Акт екі данада жасалды.",
                 "(*) TĐ – thiêu đốt; TC – tái chế; HR – hóa rắn; SC – sơ chế, tháo dỡ. 4. Chủ nguồn thải cam kết đã kê khai đúng "
                 "chủng loại, số lượng chất thải nguy hại chuyển giao."),
    "w1.sign": ("Сдал|Принял;Начальник ООС ТОО «Жем Ойл Рефайнинг» Нуржанов С.Т.|Мастер участка ТОО «Каспий Эко Сервис» Ибраев К.М.;"
                "(подпись, печать)|(подпись, печать)",
                "Тапсырды|Қабылдады;«Жем Ойл Рефайнинг» ЖШС ҚОҚБ бастығы Нұржанов С.Т.|«Каспий Эко Сервис» ЖШС учаске шебері Ибраев Қ.М.;"
                "(қолы, мөрі)|(қолы, мөрі)",
                "Chủ nguồn thải|Chủ vận chuyển|Chủ xử lý;(Ký, ghi rõ họ tên, đóng dấu)|(Ký, ghi rõ họ tên)|(Ký, ghi rõ họ tên, đóng dấu)"),
}  # fmt: skip
# code, RU, KK, unit, (RU, KK) packaging
ACT_WASTES = (
    ("05 01 03*", "Донные шламы резервуаров товарного парка", "Тауар паркі резервуарларының түптік шламдары", "т",
     ("металлические бочки 200 л", "200 л металл бөшкелер")),
    ("05 01 09*", "Осадок очистных сооружений, содержащий нефтепродукты", "Құрамында мұнай өнімдері бар тазарту құрылыстарының тұнбасы",
     "т", ("автоцистерна", "автоцистерна")),
    ("16 08 02*", "Отработанный катализатор гидроочистки дизельного топлива", "Дизель отынын гидротазартудың пайдаланылған катализаторы",
     "т", ("мягкие контейнеры (биг-бэги)", "жұмсақ контейнерлер (биг-бэгтер)")),
    ("13 05 02*", "Шлам нефтеловушек", "Мұнай ұстағыштардың шламы", "т", ("металлические бочки 200 л", "200 л металл бөшкелер")),
    ("13 02 05*", "Отработанные моторные масла", "Пайдаланылған мотор майлары", "кг", ("металлические бочки 200 л", "200 л металл бөшкелер")),
    ("15 02 02*", "Промасленная ветошь", "Майланған шүберек", "кг", ("полиэтиленовые мешки", "полиэтилен қаптар")),
    ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", "кг", ("картонные коробки", "картон қораптар")),
    ("16 06 01*", "Отработанные свинцовые аккумуляторы", "Пайдаланылған қорғасын аккумуляторлары", "кг", ("деревянные поддоны", "ағаш поддондар")),
)  # fmt: skip
VI_METHOD = {"17 02 03": "TC", "16 01 06": "HR", "18 02 01": "TĐ", "18 01 02": "TC", "18 01 03": "TĐ", "19 06 01": "TC",
             "08 02 04": "TĐ", "16 01 13": "SC"}  # fmt: skip


def wastes_f1(doc: Doc) -> None:
    """A transfer act of a refinery's hazardous wastes to a licensed contractor: the parties and their BINs in the
    paragraph before, then `name | code | packaging | number of places | unit | amount` with tonnes or kilograms per row,
    a total in tonnes, the operation after it and a signatures table of no role (VI: a chứng từ CTNH, the parties in
    numbered lines, kilograms, a treatment code per row explained under the table)."""
    vi = doc.lang == "vi"
    r = doc.rng
    f = _site(doc, 3)
    n = r.randint(12, 240)
    d = r.randint(2, 27)
    doc.h(_t(doc, "w1.h").format(n=n))
    when = doc.v(f"«{d}» марта 2026 г.", f"2026 жылғы «{d}» наурыз", _date(doc, d, 3))
    doc.p(_t(doc, "w1.place").format(d=when, n=f"{r.randint(1, 999):04d}"))
    doc.p(_t(doc, "w1.p").format(operator=f["operator"], b1=f["bin"] if not vi else f"{r.randint(100, 999)}", b2=make_bin(r)))
    if vi:
        wastes = vn_wastes(doc, r.randint(4, 6))
        rows = [_row(doc, "w1.head")]
        for k, w in enumerate(wastes, 1):
            state = next(x[2] for x in vocab.VN_CTNH if x[0] == w["code"])
            rows.append([str(k), w["name"], w["code"], state, num(w["kg"], "vi"), VI_METHOD[w["code"]]])
        rows.append(["", _t(doc, "w1.total"), "", "", num(sum(w["kg"] for w in wastes), "vi"), ""])
        doc.table(None, rows, role="wastes")
        doc.p(_t(doc, "w1.after"))
        expect_vn(doc, wastes)
        _signatures(doc, "w1.sign")
        return
    tonne, kilo = _list(doc, "w1.units")
    picked = sorted(r.sample(ACT_WASTES, r.randint(4, 6)), key=ACT_WASTES.index)
    rows = [_row(doc, "w1.head")]
    total_t = 0.0
    for k, (code, ru, kk, unit, pack) in enumerate(picked, 1):
        name = ru if doc.lang == "ru" else kk
        if unit == "т":
            amount = _sig(r.uniform(0.8, 45), 3)
            tonnes, cell, said = amount, num(amount, doc.lang), tonne
        else:
            amount = r.randint(15, 480)
            tonnes, cell, said = amount / 1000, num(amount, doc.lang), kilo
        total_t += tonnes
        rows.append([f"{k}.", name, code, pack[0 if doc.lang == "ru" else 1], str(r.randint(2, 40)), said, cell])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": True, "amount_t": tonnes, "name_contains": name})
    rows.append(["", _t(doc, "w1.total"), "", "", "", tonne, num(round(total_t, 3), doc.lang)])
    doc.table(None, rows, role="wastes")
    doc.p(_t(doc, "w1.after"))
    _signatures(doc, "w1.sign")


TEXT |= {
    "w2.h": ("Программа управления отходами Карасорской ГРЭС на 2026–2035 годы",
             "Қарасор МАЭС-інің 2026–2035 жылдарға арналған қалдықтарды басқару бағдарламасы",
             "BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – NHÀ MÁY NHIỆT ĐIỆN VĨNH HẢO 2"),
    "w2.p": ("Отходы сгруппированы по главам Классификатора отходов (приказ и.о. Министра экологии, геологии и природных ресурсов "
             "Республики Казахстан от 6 августа 2021 года № 314).",
             "Қалдықтар Қалдықтар сыныптауышының тараулары бойынша топтастырылған (Қазақстан Республикасы Экология, геология және "
             "табиғи ресурстар министрінің м.а. 2021 жылғы 6 тамыздағы № 314 бұйрығы).",
             "Chất thải nguy hại được phân nhóm theo Phụ lục III ban hành kèm theo Thông tư số 02/2022/TT-BTNMT; chất thải rắn công "
             "nghiệp thông thường được tái sử dụng làm vật liệu san lấp và sản xuất vật liệu xây dựng."),
    "w2.head": ("Код|Наименование отхода|Место образования|Объем образования, т/год",
                "Коды|Қалдықтың атауы|Түзілу орны|Түзілу көлемі, т/жыл",
                "Mã chất thải|Tên chất thải|Đơn vị tính|Khối lượng phát sinh năm 2025"),
    "w2.total": ("Всего", "Барлығы", ""),
    "w2.caption": ("Таблица 2.1 – Виды и объемы образования отходов", "2.1-кесте – Қалдықтардың түрлері мен түзілу көлемдері",
                   "Bảng 3. Khối lượng chất thải rắn phát sinh trong năm 2025"),
    "w2.vi.groups": ("", "", "I. Chất thải rắn công nghiệp thông thường|II. Chất thải nguy hại"),
}  # fmt: skip
CHAPTERS = {
    "10": ("Отходы термических процессов", "Термиялық процестердің қалдықтары"),
    "13": ("Отходы масел и жидкого топлива", "Май және сұйық отын қалдықтары"),
    "15": ("Отходы упаковки; абсорбенты, ткани для вытирания, фильтровальные материалы и защитная одежда",
           "Орама қалдықтары; сорбенттер, сүртуге арналған маталар, сүзгі материалдары және қорғаныш киімі"),
    "16": ("Отходы, не указанные иначе в перечне", "Тізбеде басқаша көрсетілмеген қалдықтар"),
    "20": ("Коммунальные отходы", "Коммуналдық қалдықтар"),
}  # fmt: skip
# code, RU, KK, (RU, KK) place, (low, high) t/year
GRES_WASTES = (
    ("10 01 02", "Зола-унос от сжигания угля", "Көмір жағудан түзілген ұшпа күл", ("котельный цех (электрофильтры)", "қазандық цехы (электрсүзгілер)"), (650_000, 1_900_000)),
    ("10 01 01", "Шлак и зольный остаток котлов", "Қазандықтардың қожы мен күл қалдығы", ("котельный цех", "қазандық цехы"), (90_000, 320_000)),
    ("10 01 26", "Шлам осветлителей химводоочистки", "Химиялық су тазартудың мөлдірлеткіш шламы", ("химический цех", "химия цехы"), (150, 900)),
    ("13 03 07*", "Отработанное трансформаторное масло", "Пайдаланылған трансформатор майы", ("электрический цех", "электр цехы"), (1.5, 12)),
    ("13 02 05*", "Отработанные моторные масла", "Пайдаланылған мотор майлары", ("автотранспортный цех", "автокөлік цехы"), (0.8, 6)),
    ("15 02 02*", "Промасленная ветошь", "Майланған шүберек", ("ремонтные цеха", "жөндеу цехтары"), (0.3, 3)),
    ("15 01 10*", "Тара из-под химических реагентов", "Химиялық реагенттер ыдысы", ("химический цех", "химия цехы"), (0.2, 2)),
    ("16 06 01*", "Отработанные свинцовые аккумуляторы", "Пайдаланылған қорғасын аккумуляторлары", ("автотранспортный цех", "автокөлік цехы"), (0.2, 1.8)),
    ("16 02 14", "Списанное электрооборудование", "Есептен шығарылған электр жабдықтары", ("электрический цех", "электр цехы"), (0.5, 4)),
    ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", ("все подразделения", "барлық бөлімшелер"), (0.05, 0.4)),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", ("административный корпус", "әкімшілік ғимарат"), (60, 240)),
)  # fmt: skip
VN_CHAPTERS = {
    "08": "Chất thải từ quá trình sản xuất, điều chế, cung ứng, sử dụng các sản phẩm che phủ (sơn, véc ni, men thủy tinh), chất kết dính, chất bịt kín và mực in",
    "16": "Chất thải từ hộ gia đình và chất thải sinh hoạt từ các nguồn khác",
    "17": "Chất thải dầu, chất thải từ nhiên liệu lỏng, chất thải dung môi hữu cơ, môi chất lạnh và chất đẩy",
    "18": "Các loại chất thải bao bì, chất hấp thụ, giẻ lau, vật liệu lọc và vải bảo vệ",
    "19": "Các loại chất thải khác",
}  # fmt: skip
VI_ASH = (("Tro bay", (280_000, 520_000)), ("Xỉ đáy lò", (40_000, 95_000)), ("Thạch cao từ hệ thống khử lưu huỳnh (FGD)", (60_000, 140_000)),
          ("Bùn thải từ hệ thống xử lý nước thải công nghiệp", (300, 1_800)))  # fmt: skip


def wastes_f2(doc: Doc) -> None:
    """A ГРЭС's wastes under a row per chapter of the classifier — the chapter's two-digit number in the code column and
    its title merged across the rest — fly ash and slag by the hundred thousand tonnes, the place of formation, a total
    (VI: a coal plant's annual report, ordinary wastes — ash, slag, FGD gypsum in tonnes written `412.350` — under a
    Roman group row without codes, the CTNH under a second one and under rows of the chapters of Thông tư 02/2022, in kg,
    a unit column)."""
    vi = doc.lang == "vi"
    r = doc.rng
    doc.h(_t(doc, "w2.h"))
    doc.p(_t(doc, "w2.p"))
    rows, merges = [_row(doc, "w2.head")], []
    if vi:
        plain, hazardous = _list(doc, "w2.vi.groups")
        _span(rows, merges, plain, 4)
        for name, (low, high) in VI_ASH:
            t = float(r.randint(low // 10, high // 10) * 10) if high > 10_000 else float(r.randint(low, high))
            rows.append(["-", name, "tấn", num(t, "vi")])
            doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": name})
        _span(rows, merges, hazardous, 4)
        wastes = sorted(vn_wastes(doc, r.randint(4, 6)), key=lambda w: w["code"])
        chapter = None
        for w in wastes:
            if w["code"][:2] != chapter:
                chapter = w["code"][:2]
                rows.append([chapter, VN_CHAPTERS[chapter], None, None])
                merges.append((len(rows) - 1, 1, len(rows) - 1, 3))
            rows.append([w["code"], w["name"], "kg", num(w["kg"], "vi")])
        doc.table(_t(doc, "w2.caption"), rows, merges, role="wastes")
        expect_vn(doc, wastes)
        return
    picked = list(GRES_WASTES[:2]) + sorted(r.sample(GRES_WASTES[2:], r.randint(5, 7)), key=GRES_WASTES.index)
    picked.sort(key=lambda w: w[0][:2])
    lang = 0 if doc.lang == "ru" else 1
    chapter, total_t = None, 0.0
    for code, ru, kk, place, (low, high) in picked:
        if code[:2] != chapter:
            chapter = code[:2]
            rows.append([chapter, CHAPTERS[chapter][lang], None, None])
            merges.append((len(rows) - 1, 1, len(rows) - 1, 3))
        t = float(r.randint(int(low) // 100, int(high) // 100) * 100) if high > 10_000 else _sig(r.uniform(low, high), 3)
        total_t += t
        name = ru if lang == 0 else kk
        rows.append([code, name, place[lang], num(t, doc.lang)])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t, "name_contains": name})
    rows.append(["", _t(doc, "w2.total"), "", num(round(total_t, 3), doc.lang)])
    doc.table(_t(doc, "w2.caption"), rows, merges, role="wastes")
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

TEXT |= {
    "l1.h": ("Заявка на получение комплексного экологического разрешения. Раздел 5. Предлагаемые технологические нормативы выбросов",
             "Кешенді экологиялық рұқсат алуға өтінім. 5-бөлім. Ұсынылатын шығарындылардың технологиялық нормативтері",
             "BÁO CÁO ĐỀ XUẤT CẤP LẠI GIẤY PHÉP MÔI TRƯỜNG. Chương IV. NỘI DUNG ĐỀ NGHỊ CẤP PHÉP XẢ KHÍ THẢI"),
    "l1.p": ("Оператор: {operator}. Объект: {name}. Нормативы предлагаются для энергетических котлов с учетом технологических показателей "
             "справочника по наилучшим доступным техникам; для сравнения приведены фактические концентрации 2025 года.",
             "Оператор: {operator}. Объект: {name}. Нормативтер энергетикалық қазандықтар үшін ең үздік қолжетімді техникалар жөніндегі "
             "анықтамалықтың технологиялық көрсеткіштерін ескере отырып ұсынылады; салыстыру үшін 2025 жылғы нақты концентрациялар келтірілген.",
             "1. Nguồn phát sinh khí thải: nguồn số 01 – lò hơi tổ máy S1; nguồn số 02 – lò hơi tổ máy S2. 2. Dòng khí thải: dòng số 01 "
             "và 02 sau hệ thống lọc bụi tĩnh điện và khử lưu huỳnh, xả qua ống khói KT1, KT2. 3. Chất lượng khí thải phải đáp ứng "
             "QCVN 22:2009/BTNMT, cột B, với Kp = 0,85 và Kv = 1,0; giá trị giới hạn đề nghị cấp phép như sau:"),
    "l1.head": ("Загрязняющее вещество|Технологический норматив, мг/Нм3|Фактические концентрации в 2025 г. (мин. – макс.), мг/Нм3|"
                "Условия приведения|Соответствие",
                "Ластаушы зат|Технологиялық норматив, мг/Нм3|2025 жылғы нақты концентрациялар (мин. – макс.), мг/Нм3|"
                "Келтіру шарттары|Сәйкестігі",
                "Dòng khí thải|Chất ô nhiễm|Đơn vị|Giá trị giới hạn cho phép|Kết quả quan trắc tự động năm 2025 (nhỏ nhất – lớn nhất)"),
    "l1.source": ("Источник выброса № {n} – {name}", "№ {n} шығарынды көзі – {name}", ""),
    "l1.cond": ("сухие газы, O2 = 6 %|сухие газы, O2 = 3 %", "құрғақ газдар, O2 = 6 %|құрғақ газдар, O2 = 3 %", ""),
    "l1.ok": ("соответствует", "сәйкес келеді", ""),
    "l1.caption": ("Таблица 1 – Технологические нормативы выбросов по источникам",
                   "1-кесте – Көздер бойынша шығарындылардың технологиялық нормативтері",
                   "Bảng 2. Giá trị giới hạn các chất ô nhiễm trong khí thải"),
}  # fmt: skip
# number, (ru, kk), {code: mg/Nm3}, condition index
NORMS_F1 = (
    ("0001", ("дымовая труба № 1 (энергоблоки ст. № 1–4)", "№ 1 түтін құбыры (№ 1–4 энергоблоктар)"),
     {"0301": 640, "0330": 1500, "0337": 300, "2908": 250}, 0),
    ("0002", ("дымовая труба № 2 (энергоблоки ст. № 5–8)", "№ 2 түтін құбыры (№ 5–8 энергоблоктар)"),
     {"0301": 560, "0330": 1350, "0337": 300, "2908": 150}, 0),
    ("0003", ("дымовая труба пускорезервной котельной", "іске қосу-резервтік қазандығының түтін құбыры"),
     {"0301": 450, "0330": 1700, "0337": 200, "0328": 100}, 1),
)  # fmt: skip
# QCVN 22:2009/BTNMT, column B, coal: C in mg/Nm3; × Kp 0,85 × Kv 1,0
VI_QCVN22_COAL = {"2902": 200, "0301": 650, "0330": 500}


def _range_seen(doc: Doc, lim: float) -> str:
    lo = round(lim * doc.rng.uniform(0.4, 0.6))
    hi = round(lim * doc.rng.uniform(0.7, 0.95))
    return f"{num(lo, doc.lang)}–{num(hi, doc.lang)}" if doc.lang != "vi" else f"{num(lo, 'vi')} – {num(hi, 'vi')}"


def _no_value(item: dict) -> dict:
    """A limit beside a range of results: which figure is its value is not said, so the value is not asked for."""
    item.pop("value", None)
    return item


def limits_f1(doc: Doc) -> None:
    """Technological norms per stack under group rows naming the source's number, beside the year's measured range
    (`312–455`, two figures that are no limit), the reference conditions (`O2 = 6 %`) merged down and a compliance
    column (VI: a GPMT's two coal-fired stacks KT1, KT2 merged down the first column, the QCVN 22 column B values already
    multiplied by Kp and Kv of the lead-in, the range of the automatic monitoring's results)."""
    vi = doc.lang == "vi"
    r = doc.rng
    f = _site(doc, 1 if vi else 0)
    doc.h(_t(doc, "l1.h"))
    doc.p(_t(doc, "l1.p").format(operator=f["operator"], name=f["name"]))
    rows, merges = [_row(doc, "l1.head")], []
    if vi:
        for point in ("KT1", "KT2"):
            start = len(rows)
            for c, base in VI_QCVN22_COAL.items():
                lim = round(base * 0.85, 2)
                rows.append([point if len(rows) == start else None, vocab.air(c, "vi", 0 if c == "2902" else 1), "mg/Nm3",
                             num(lim, "vi"), _range_seen(doc, lim)])
                add(doc, _no_value(limit(("code", c), "flue_gas", lim, "mg/Nm3", None, point)))
            _down(rows, start, 0, merges)
        doc.table(_t(doc, "l1.caption"), rows, merges, role="limits")
        return
    chosen = list(NORMS_F1[:2]) + ([NORMS_F1[2]] if r.random() < 0.5 else [])
    lang = vocab.LANGS.index(doc.lang)
    conds = _list(doc, "l1.cond")
    sources = []
    for number, names, norms, cond in chosen:
        _span(rows, merges, _t(doc, "l1.source").format(n=number, name=names[lang]), 5)
        start = len(rows)
        for c, lim in norms.items():
            first = len(rows) == start
            rows.append([vocab.air(c, doc.lang, 1 if c == "2908" and doc.lang == "ru" else 0), num(lim, doc.lang), _range_seen(doc, lim),
                         conds[cond] if first else None, _t(doc, "l1.ok")])
            add(doc, _no_value(limit(("code", c), "flue_gas", lim, "mg/Nm3", None, number)))
            doc.add("emissions", emission(c, None, None, number))
        _down(rows, start, 3, merges)
        sources.append({"number": number, "type": "organized"})
    doc.table(_t(doc, "l1.caption"), rows, merges, role="limits")
    doc.add("sources", *sources)
    maybe_distractor(doc)


TEXT |= {
    "l2.h": ("Приложение 1 к комплексному экологическому разрешению Жанатасской ГТЭС",
             "Жаңатас газтурбиналық электр станциясының кешенді экологиялық рұқсатына 1-қосымша",
             "GIẤY PHÉP MÔI TRƯỜNG – NHÀ MÁY ĐIỆN KHÍ PHƯỚC AN"),
    "l2.p": ("Технологические нормативы установлены для газотурбинных установок ГТУ ст. № 1 и № 2 (дымовые трубы ГТУ) и приведены к "
             "содержанию кислорода в сухих дымовых газах 15 %. Установки работают на природном газе; дизельное топливо используется "
             "как резервное не более 500 часов в год.",
             "Технологиялық нормативтер № 1 және № 2 газтурбиналық қондырғылар (ГТҚ түтін құбырлары) үшін белгіленіп, құрғақ түтін "
             "газдарындағы оттегінің 15 % құрамына келтірілген. Қондырғылар табиғи газбен жұмыс істейді; дизель отыны жылына 500 "
             "сағаттан аспайтын резервтік отын ретінде пайдаланылады.",
             "Khí thải của hai lò thu hồi nhiệt (HRSG) được xả qua ống khói chung. Chất lượng khí thải trước khi xả ra môi trường phải "
             "đáp ứng QCVN 22:2009/BTNMT, cột B, với hệ số công suất Kp = 0,7 và hệ số vùng Kv = 1,0, cụ thể như sau:"),
    "l2.head": ("№|Загрязняющее вещество|Ед. изм.|Технологический норматив, не более|Период осреднения",
                "№|Ластаушы зат|Өлш. бірл.|Технологиялық норматив, аспауы тиіс|Орташалау кезеңі",
                "TT|Chất ô nhiễm|Đơn vị|Giá trị giới hạn cho phép|Ghi chú"),
    "l2.groups": ("1. Работа на природном газе (основное топливо)|2. Работа на дизельном топливе (резервное топливо)|"
                  "3. Режимы пуска и останова ГТУ (не более 30 мин)",
                  "1. Табиғи газбен жұмыс (негізгі отын)|2. Дизель отынымен жұмыс (резервтік отын)|"
                  "3. ГТҚ-ны іске қосу және тоқтату режимдері (30 минуттан аспайды)",
                  "a) Khi vận hành bằng khí thiên nhiên (nhiên liệu chính)|b) Khi vận hành bằng dầu DO (nhiên liệu dự phòng)"),
    "l2.avg": ("среднесуточное", "тәуліктік орташа", ""),
    "l2.free": ("не нормируется", "нормаланбайды", ""),
    "l2.nox": ("", "", "Tính theo NO2"),
    "l2.caption": ("Таблица 1 – Технологические нормативы выбросов ГТУ", "1-кесте – ГТҚ шығарындыларының технологиялық нормативтері",
                   "Bảng 1. Giá trị giới hạn cho phép của các chất ô nhiễm trong khí thải"),
}  # fmt: skip
# per fuel: {code: mg/Nm3 at 15 % O2}, None for a dash
GT_NORMS = ({"0301": 50, "0337": 100, "0330": None}, {"0301": 90, "0337": 100, "0330": 120, "0328": 10})
# QCVN 22:2009/BTNMT, column B: gas, oil; × Kp 0,7 × Kv 1,0
VI_QCVN22 = ({"2902": 50, "0301": 250, "0330": 300}, {"2902": 150, "0301": 600, "0330": 500})


def limits_f2(doc: Doc) -> None:
    """Dual-fuel norms of gas turbines: fuel group rows spanning the table, the same substances normed once for natural
    gas and again for diesel (other figures), a dash where a substance is not normed on gas, and a start-up group whose
    row says `не нормируется`; items numbered 1.1, 2.1; the stacks and the oxygen reference in the sentence before, no
    point (VI: a combined-cycle plant's GPMT, QCVN 22 column B for gas and for DO oil already multiplied by Kp and Kv)."""
    vi = doc.lang == "vi"
    doc.h(_t(doc, "l2.h"))
    doc.p(_t(doc, "l2.p"))
    rows, merges = [_row(doc, "l2.head")], []
    groups = _list(doc, "l2.groups")
    if vi:
        for g, (title, norms) in enumerate(zip(groups, VI_QCVN22, strict=True), 1):
            _span(rows, merges, title, 5)
            for k, (c, base) in enumerate(norms.items(), 1):
                lim = round(base * 0.7, 2)
                rows.append([f"{g}.{k}", vocab.air(c, "vi", 0 if c == "2902" else 1), "mg/Nm3", num(lim, "vi"),
                             _t(doc, "l2.nox") if c == "0301" else ""])
                add(doc, limit(("code", c), "flue_gas", lim, "mg/Nm3"))
        doc.table(_t(doc, "l2.caption"), rows, merges, role="limits")
        return
    avg, free = _t(doc, "l2.avg"), _t(doc, "l2.free")
    for g, (title, norms) in enumerate(zip(groups, GT_NORMS, strict=False), 1):
        _span(rows, merges, title, 5)
        for k, (c, lim) in enumerate(norms.items(), 1):
            rows.append([f"{g}.{k}", vocab.air(c, doc.lang), "мг/Нм3", num(lim, doc.lang) if lim is not None else "–", avg if lim else "–"])
            if lim is not None:
                add(doc, limit(("code", c), "flue_gas", lim, "mg/Nm3"))
    _span(rows, merges, groups[2], 5)
    rows.append(["3.1", _names(doc, ("0301", "0337")), "мг/Нм3", free, "–"])
    doc.table(_t(doc, "l2.caption"), rows, merges, role="limits")
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring

TEXT |= {
    "m1.h": ("Программа производственного экологического контроля НПЗ «Жем» на 2026–2028 годы. Раздел 3. Мониторинг эмиссий",
             "«Жем» МӨЗ-дің 2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы. 3-бөлім. Эмиссиялар мониторингі",
             "GIẤY PHÉP MÔI TRƯỜNG – NHÀ MÁY LỌC DẦU BÌNH TRỊ. Phụ lục IV. CHƯƠNG TRÌNH QUAN TRẮC KHÍ THẢI"),
    "m1.p": ("Крупные технологические печи и установка производства серы оснащены автоматизированной системой мониторинга эмиссий (АСМ); "
             "вещества, не измеряемые АСМ, контролируются периодически аккредитованной лабораторией или расчетным методом.",
             "Ірі технологиялық пештер мен күкірт өндіру қондырғысы эмиссиялар мониторингінің автоматтандырылған жүйесімен (АМЖ) "
             "жабдықталған; АМЖ өлшемейтін заттар аккредиттелген зертханамен немесе есептік әдіспен мерзімді бақыланады.",
             "Các dòng khí thải có lưu lượng lớn phải lắp đặt hệ thống quan trắc khí thải tự động, liên tục, truyền số liệu trực tiếp "
             "về Sở Nông nghiệp và Môi trường; các thông số còn lại được quan trắc định kỳ."),
    "m1.head0": ("№ ИЗА|Источник выброса|Непрерывный контроль (АСМ)|Периодический контроль|^|Метод периодического контроля",
                 "ЛЗШК №|Шығарынды көзі|Үздіксіз бақылау (АМЖ)|Мерзімді бақылау|^|Мерзімді бақылау әдісі",
                 "Ký hiệu|Nguồn thải|Quan trắc tự động, liên tục|Quan trắc định kỳ|^"),
    "m1.head1": ("^|^|^|Контролируемые вещества|Периодичность|^", "^|^|^|Бақыланатын заттар|Кезеңділігі|^", "^|^|^|Thông số|Tần suất"),
    "m1.params": ("расход, температура, давление, O2", "шығын, температура, қысым, O2", "Lưu lượng, nhiệt độ, áp suất, O2 dư"),
    "m1.methods": ("инструментальный (аккредитованная лаборатория)|расчетный", "аспаптық (аккредиттелген зертхана)|есептік", ""),
    "m1.caption": ("Таблица 3.1 – План-график контроля на источниках выбросов", "3.1-кесте – Шығарынды көздеріндегі бақылау жоспар-кестесі",
                   "Bảng 4. Vị trí, thông số và tần suất quan trắc khí thải"),
}  # fmt: skip
# number, (ru, kk), organised, continuous codes, periodic codes, periodic frequency
REFINERY = (
    ("0101", ("Печь П-1 установки ЭЛОУ-АВТ-6", "ЭЛОУ-АВТ-6 қондырғысының П-1 пеші"), True, ("0301", "0330", "0337"), ("0304", "0328"), "quarterly"),
    ("0102", ("Печь П-201 установки каталитического риформинга", "Каталитикалық риформинг қондырғысының П-201 пеші"), True,
     ("0301", "0337"), ("0304", "0330"), "quarterly"),
    ("0103", ("Факельная установка", "Алау қондырғысы"), True, (), ("0301", "0337", "0410", "0328"), "quarterly"),
    ("0201", ("Дымовая труба установки производства серы", "Күкірт өндіру қондырғысының түтін құбыры"), True, ("0330", "0301"),
     ("0333", "0337"), "monthly"),
    ("6001", ("Резервуарный парк сырой нефти", "Шикі мұнай резервуарлар паркі"), False, (), ("0333", "2754", "0602"), "yearly"),
    ("6002", ("Эстакада налива светлых нефтепродуктов", "Ашық түсті мұнай өнімдерін құю эстакадасы"), False, (), ("2754", "0602", "0621"),
     "semiannual"),
)  # fmt: skip
VI_REFINERY = (
    ("KT1", "Ống khói lò gia nhiệt phân xưởng chưng cất dầu thô (CDU)", ("2902", "0330", "0301", "0337"), (), None),
    ("KT2", "Ống khói lò đốt khí đuôi phân xưởng thu hồi lưu huỳnh (SRU)", ("0330", "0301", "0337"), ("0333",), "quarterly"),
    ("KT3", "Ống khói lò tái sinh xúc tác phân xưởng cracking xúc tác (RFCC)", ("2902", "0330", "0301", "0337"), ("0303",), "semiannual"),
    ("KT4", "Ống khói lò hơi phụ trợ", (), ("2902", "0330", "0301", "0337"), "quarterly"),
)  # fmt: skip
FREQ_WORDS = {
    "ru": {"monthly": "ежемесячно", "quarterly": "1 раз в квартал", "semiannual": "2 раза в год", "yearly": "1 раз в год"},
    "kk": {"monthly": "ай сайын", "quarterly": "тоқсанына 1 рет", "semiannual": "жылына 2 рет", "yearly": "жылына 1 рет"},
    "vi": {"monthly": "01 tháng/lần", "quarterly": "03 tháng/lần", "semiannual": "06 tháng/lần", "yearly": "12 tháng/lần"},
}


def monitoring_f1(doc: Doc) -> None:
    """A refinery's control at sources split in two: what the automated system measures continuously (its substances
    and the flow, temperature and O2 in one cell) and what is sampled periodically (substances, frequency) under a
    merged header, a dash where a source has no automated system; unorganised sources by calculation once or twice a
    year (VI: a GPMT's stacks KT1–KT4, automatic continuous monitoring beside periodic monitoring of the rest)."""
    vi = doc.lang == "vi"
    r = doc.rng
    doc.h(_t(doc, "m1.h"))
    doc.p(_t(doc, "m1.p"))
    rows = [_row(doc, "m1.head0"), _row(doc, "m1.head1")]
    words = FREQ_WORDS[doc.lang]
    params = _t(doc, "m1.params")
    if vi:
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4)]
        for point, name, cont, periodic, word in VI_REFINERY:
            names = lambda codes: ", ".join(vocab.air(c, "vi", 0 if c == "2902" else 1) for c in codes)  # noqa: E731
            rows.append([point, name, f"{params}, {names(cont)}" if cont else "–", names(periodic) if periodic else "–",
                         words[word] if word else "–"])
            doc.add("monitoring", *(_mon({"point": point}, ("code", c), "continuous") for c in cont))
            doc.add("monitoring", *(_mon({"point": point}, ("code", c), word) for c in periodic))
        doc.table(_t(doc, "m1.caption"), rows, merges, role="monitoring")
        return
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 1, 5)]
    chosen = sorted(r.sample(REFINERY[:4], 3), key=REFINERY.index) + [r.choice(REFINERY[4:])]
    lang = vocab.LANGS.index(doc.lang)
    instrumental, calculation = _list(doc, "m1.methods")
    for number, names, organised, cont, periodic, word in chosen:
        cont_cell = f"{_names(doc, cont)}; {params}" if cont else "–"
        method = instrumental if organised and number != "0103" else calculation
        rows.append([number, names[lang], cont_cell, _names(doc, periodic), words[word], method])
        doc.add("monitoring", *(_mon({"source_number": number}, ("code", c), "continuous") for c in cont))
        doc.add("monitoring", *(_mon({"source_number": number}, ("code", c), word) for c in periodic))
        doc.add("emissions", *(emission(c, None, None, number) for c in (*cont, *periodic)))
        doc.add("sources", {"number": number, "type": "organized" if organised else "unorganized"})
    doc.table(_t(doc, "m1.caption"), rows, merges, role="monitoring")
    maybe_distractor(doc)


TEXT |= {
    "m2.h": ("Календарный план производственного экологического контроля Бурлинской ГЭС на 2026 год",
             "Бөрлі су электр станциясының 2026 жылға арналған өндірістік экологиялық бақылау күнтізбелік жоспары",
             "KẾ HOẠCH QUAN TRẮC MÔI TRƯỜNG NĂM 2026 – KHO LPG CÁI MÉP"),
    "m2.p": ("Отбор проб выполняет испытательная лаборатория по договору; в ячейках указаны источники и точки, на которых отбор проводится "
             "в соответствующем месяце, «–» – отбор в месяце не проводится.",
             "Сынамаларды шарт бойынша сынақ зертханасы алады; ұяшықтарда тиісті айда сынама алынатын көздер мен нүктелер көрсетілген, "
             "«–» – сол айда сынама алынбайды.",
             "Đơn vị quan trắc: Trung tâm Quan trắc môi trường miền Nam (VIMCERTS 047). Các ô ghi ký hiệu vị trí được quan trắc trong "
             "tháng; dấu «–»: không quan trắc."),
    "m2.head": ("Месяц|Выбросы в атмосферу (№ источника)|Поверхностные воды (створ)|Сточные воды (выпуск)",
                "Ай|Атмосфераға шығарындылар (көз №)|Жерүсті сулары (тұстама)|Ағынды сулар (шығарылым)",
                "Tháng|Khí thải|Không khí xung quanh|Nước thải"),
    "m2.what": ("Определяемые показатели", "Анықталатын көрсеткіштер", "Thông số quan trắc"),
    "m2.months": ("Январь|Февраль|Март|Апрель|Май|Июнь|Июль|Август|Сентябрь|Октябрь|Ноябрь|Декабрь",
                  "Қаңтар|Ақпан|Наурыз|Сәуір|Мамыр|Маусым|Шілде|Тамыз|Қыркүйек|Қазан|Қараша|Желтоқсан",
                  "Tháng 1|Tháng 2|Tháng 3|Tháng 4|Tháng 5|Tháng 6|Tháng 7|Tháng 8|Tháng 9|Tháng 10|Tháng 11|Tháng 12"),
    "m2.legend": ("0001 – дизель-генератор аварийного электроснабжения; 0002 – котельная ремонтной базы; ВБ-1 – верхний бьеф, 500 м выше "
                  "плотины; НБ-1 – нижний бьеф, 1 км ниже здания ГЭС; ОС-1 – выпуск хозяйственно-бытовых сточных вод после очистных сооружений.",
                  "0001 – авариялық электрмен жабдықтаудың дизель-генераторы; 0002 – жөндеу базасының қазандығы; ЖБ-1 – жоғарғы бьеф, "
                  "бөгеттен 500 м жоғары; ТБ-1 – төменгі бьеф, СЭС ғимаратынан 1 км төмен; АС-1 – тазарту құрылыстарынан кейінгі "
                  "шаруашылық-тұрмыстық ағынды сулардың шығарылымы.",
                  "KT1 – ống xả máy phát điện dự phòng; KK1 – cổng chính kho; KK2 – khu dân cư cuối hướng gió; NT1 – nước thải sau "
                  "hệ thống xử lý trước khi xả ra hệ thống thoát nước chung của khu công nghiệp."),
    "m2.caption": ("Таблица 5 – График отбора проб по месяцам", "5-кесте – Айлар бойынша сынама алу кестесі", "Bảng 2. Lịch quan trắc theo tháng"),
}  # fmt: skip
# per language: columns of (ids, sources or points, key kind, codes or symbols, frequencies to choose from)
SRC_WORDS, WATER_WORDS, RARE_WORDS = ("quarterly", "semiannual", "yearly"), ("monthly", "quarterly"), ("semiannual", "yearly")
CALENDAR = {
    "ru": ((("0001", "0002"), "src", "code", ("0301", "0337", "0328"), SRC_WORDS),
           (("ВБ-1", "НБ-1"), "pt", "symbol", ("pH", "TSS", "TPH", "BOD5", "NH4+"), WATER_WORDS),
           (("ОС-1",), "pt", "symbol", ("pH", "TSS", "BOD5", "COD", "TPH"), WATER_WORDS)),
    "kk": ((("0001", "0002"), "src", "code", ("0301", "0337", "0328"), SRC_WORDS),
           (("ЖБ-1", "ТБ-1"), "pt", "symbol", ("pH", "TSS", "TPH", "BOD5", "NH4+"), WATER_WORDS),
           (("АС-1",), "pt", "symbol", ("pH", "TSS", "BOD5", "COD", "TPH"), WATER_WORDS)),
    "vi": ((("KT1",), "pt", "code", ("2902", "0330", "0301", "0337"), RARE_WORDS),
           (("KK1", "KK2"), "pt", "code", ("2902", "0330", "0301", "0337"), ("quarterly", "semiannual")),
           (("NT1",), "pt", "symbol", ("pH", "TSS", "BOD5", "TPH", "Coliform"), WATER_WORDS)),
}  # fmt: skip


def _months(doc: Doc, word: str) -> set[int]:
    """The months (0–11) of a schedule with this frequency."""
    r = doc.rng
    if word == "monthly":
        return set(range(12))
    if word == "quarterly":
        first = r.randrange(3)
        return {first, first + 3, first + 6, first + 9}
    if word == "semiannual":
        first = r.randrange(6)
        return {first, first + 6}
    return {r.randrange(12)}


def monitoring_f2(doc: Doc) -> None:
    """A calendar: a row per month, a column per medium, each cell listing the sources or points sampled that month
    (`0001, 0002`, `ВБ-1`) or a dash; the parameters of each medium only in a row under the header; no frequency
    column — a place in every month is monthly, in four quarterly, in two half-yearly, in one yearly; the ids explained
    in a line after the table (a hydro plant; VI: an LPG terminal's generator stack, ambient points and outlet)."""
    vi = doc.lang == "vi"
    r = doc.rng
    doc.h(_t(doc, "m2.h"))
    doc.p(_t(doc, "m2.p"))
    columns = CALENDAR[doc.lang]
    rows = [_row(doc, "m2.head")]
    what = [_t(doc, "m2.what")]
    plan: list[list[tuple[str, set[int]]]] = []
    for ids, loc, key, pool, choices in columns:
        picked = sorted(r.sample(pool, min(len(pool), r.randint(3, 4))), key=pool.index)
        if key == "code":
            what.append(", ".join(vocab.air(c, doc.lang, 0 if c == "2902" or not vi else 1) for c in picked))
        else:
            what.append(", ".join(vocab.water(s, doc.lang) for s in picked))
        words = [r.choice(choices) for _ in ids] if loc == "src" else [r.choice(choices)] * len(ids)
        column = []
        for place, word in zip(ids, words, strict=True):
            column.append((place, _months(doc, word)))
            for x in picked:
                where = {"source_number": place} if loc == "src" else {"point": place}
                doc.add("monitoring", _mon(where, (key, x), word))
                if loc == "src":
                    doc.add("emissions", emission(x, None, None, place))
            if loc == "src":
                doc.add("sources", {"number": place, "type": "organized"})
        plan.append(column)
    rows.append(what)
    for m, month in enumerate(_list(doc, "m2.months")):
        cells = []
        for column in plan:
            here = [place for place, months in column if m in months]
            cells.append(", ".join(here) if here else "–")
        rows.append([month, *cells])
    doc.table(_t(doc, "m2.caption"), rows, role="monitoring")
    doc.p(_t(doc, "m2.legend"))


# ---------------------------------------------------------------- inspections

TEXT |= {
    "i1.h": ("Порядок проведения экологических обходов Карасорской ГРЭС", "Қарасор МАЭС-інде экологиялық аралауларды жүргізу тәртібі",
             "QUY TRÌNH KIỂM TRA MÔI TRƯỜNG NỘI BỘ – NHÀ MÁY NHIỆT ĐIỆN CẨM HẢI"),
    "i1.p": ("Обходы проводит инженер-эколог совместно с начальником соответствующего цеха по чек-листу, приведенному ниже.",
             "Аралауларды инженер-эколог тиісті цех бастығымен бірге төменде келтірілген чек-парақ бойынша жүргізеді.",
             "Cán bộ môi trường phối hợp với trưởng các phân xưởng thực hiện kiểm tra theo danh mục dưới đây."),
    "i1.head": ("№|Проверяемый показатель|Способ проверки|Результат (соответствует / не соответствует)",
                "№|Тексерілетін көрсеткіш|Тексеру тәсілі|Нәтижесі (сәйкес / сәйкес емес)",
                "TT|Nội dung kiểm tra|Cách thức kiểm tra|Kết quả (Đạt / Không đạt)"),
    "i1.group": ("{k}. {unit} – периодичность обхода: {word}", "{k}. {unit} – аралау кезеңділігі: {word}", "{k}. {unit} – Tần suất kiểm tra: {word}"),
    "i1.words": ("ежедневно|еженедельно|ежемесячно|ежеквартально", "күн сайын|апта сайын|ай сайын|тоқсан сайын",
                 "hằng ngày|hằng tuần|hằng tháng|hằng quý"),
    "i1.how": ("визуальный осмотр|проверка журнала|замер", "көзбен шолу|журналды тексеру|өлшеу", "Quan sát hiện trường|Kiểm tra sổ nhật ký|Đo đạc"),
    "i1.after": ("Выявленные несоответствия фиксируются в журнале экологических обходов и доводятся до сведения главного инженера.",
                 "Анықталған сәйкессіздіктер экологиялық аралаулар журналына тіркеліп, бас инженердің назарына жеткізіледі.",
                 "Các nội dung không đạt được ghi vào sổ kiểm tra và báo cáo Phó Giám đốc kỹ thuật trong ngày."),
    "i1.caption": ("Чек-лист экологического обхода", "Экологиялық аралаудың чек-парағы", "Danh mục kiểm tra môi trường định kỳ"),
}  # fmt: skip
FREQ_ORDER = ("daily", "weekly", "monthly", "quarterly")
# unit, items checked, per language
CHECKLIST = {
    "ru": (("Золоотвал № 2", ("Состояние ограждающей дамбы и откосов", "Уровень воды в прудке-отстойнике", "Пыление сухих пляжей")),
           ("Угольный склад", ("Работа системы пылеподавления", "Отсутствие очагов самовозгорания штабелей")),
           ("Мазутное хозяйство", ("Герметичность резервуаров и обвалования", "Состояние нефтеловушки")),
           ("Площадка временного хранения отходов", ("Маркировка тары и раздельное накопление", "Соблюдение сроков накопления")),
           ("Химводоочистка", ("Состояние шламонакопителя", "Учет сбросов регенерационных вод")),
           ("Электрофильтры энергоблоков", ("Работа полей электрофильтров", "Показания пылемеров на дымовых трубах"))),
    "kk": (("№ 2 күл үйіндісі", ("Қоршау бөгеті мен беткейлерінің жай-күйі", "Тұндырғыш тоғандағы су деңгейі", "Құрғақ жағажайлардың шаңдануы")),
           ("Көмір қоймасы", ("Шаң басу жүйесінің жұмысы", "Үйінділердің өздігінен жану ошақтарының болмауы")),
           ("Мазут шаруашылығы", ("Резервуарлар мен үйінділердің саңылаусыздығы", "Мұнай ұстағыштың жай-күйі")),
           ("Қалдықтарды уақытша сақтау алаңы", ("Ыдыстың таңбалануы және бөлек жинақталуы", "Жинақтау мерзімдерінің сақталуы")),
           ("Химиялық су тазарту", ("Шлам жинақтағыштың жай-күйі", "Регенерациялық сулардың төгінділерін есепке алу")),
           ("Энергоблоктардың электрсүзгілері", ("Электрсүзгі алаңдарының жұмысы", "Түтін құбырларындағы шаң өлшегіштердің көрсеткіштері"))),
    "vi": (("Bãi xỉ số 1", ("Tình trạng đê bao, mái taluy", "Mực nước hồ lắng", "Phát tán bụi tại khu vực bãi khô")),
           ("Kho than kín", ("Hoạt động của hệ thống phun sương dập bụi", "Nhiệt độ đống than, nguy cơ tự cháy")),
           ("Hệ thống khử lưu huỳnh (FGD)", ("Hiệu suất khử SO2 theo số liệu quan trắc tự động", "Tình trạng bơm, đường ống nước biển")),
           ("Kho lưu giữ chất thải nguy hại", ("Dán nhãn, phân loại chất thải", "Sổ theo dõi xuất, nhập chất thải")),
           ("Trạm xử lý nước thải công nghiệp", ("Hoạt động của các bể xử lý", "Lưu lượng nước thải đầu ra")),
           ("Hệ thống lọc bụi tĩnh điện (ESP)", ("Tình trạng các trường điện", "Nồng độ bụi tại ống khói theo số liệu tự động"))),
}  # fmt: skip


def inspections_f1(doc: Doc) -> None:
    """A check-list of the environmental round: a group row per unit spanning the table that names the frequency of its
    round (`1. Золоотвал № 2 – периодичность обхода: ежедневно`), the items checked there numbered 1.1, 1.2 with how and
    an empty result column; no frequency column — one inspection per unit."""
    r = doc.rng
    doc.h(_t(doc, "i1.h"))
    doc.p(_t(doc, "i1.p"))
    rows, merges = [_row(doc, "i1.head")], []
    said = dict(zip(FREQ_ORDER, _list(doc, "i1.words"), strict=True))
    hows = _list(doc, "i1.how")
    units = r.sample(CHECKLIST[doc.lang], 4)
    for k, (unit, items) in enumerate(units, 1):
        word = r.choice(FREQ_ORDER)
        _span(rows, merges, _t(doc, "i1.group").format(k=k, unit=unit, word=said[word]), 4)
        for j, item in enumerate(items, 1):
            rows.append([f"{k}.{j}", item, r.choice(hows), ""])
        doc.add("obligations", inspection(unit, word))
    doc.table(_t(doc, "i1.caption"), rows, merges, role="inspections")
    doc.p(_t(doc, "i1.after"))
    maybe_distractor(doc)


TEXT |= {
    "i2.h": ("ПРИКАЗ № {n}-П «О проведении внутренних проверок соблюдения экологических требований в 2026 году»",
             "«2026 жылы экологиялық талаптардың сақталуына ішкі тексерулер жүргізу туралы» № {n}-П БҰЙРЫҚ",
             "QUYẾT ĐỊNH số {n}/QĐ-LDBT về việc ban hành Lịch kiểm tra nội bộ về bảo vệ môi trường năm 2026"),
    "i2.p": ("В целях соблюдения требований комплексного экологического разрешения ПРИКАЗЫВАЮ: 1. Утвердить график внутренних проверок "
             "производственных подразделений (приложение). 2. Контроль за исполнением приказа возложить на главного инженера.",
             "Кешенді экологиялық рұқсат талаптарын сақтау мақсатында БҰЙЫРАМЫН: 1. Өндірістік бөлімшелерді ішкі тексерулер кестесін "
             "бекіту (қосымша). 2. Бұйрықтың орындалуын бақылау бас инженерге жүктелсін.",
             "Điều 1. Ban hành kèm theo Quyết định này Lịch kiểm tra nội bộ về bảo vệ môi trường năm 2026 của Nhà máy. Điều 2. Phòng "
             "An toàn – Môi trường chủ trì, phối hợp với các phân xưởng tổ chức thực hiện."),
    "i2.head": ("№|Производственное подразделение|Предмет проверки|Даты проведения проверок в 2026 г.|Проверяющие",
                "№|Өндірістік бөлімше|Тексеру мәні|2026 жылы тексерулер жүргізілетін күндер|Тексерушілер",
                "TT|Đơn vị được kiểm tra|Nội dung kiểm tra|Thời gian kiểm tra năm 2026|Thành phần đoàn kiểm tra"),
    "i2.who": ("главный эколог, начальник подразделения|инженер-эколог, механик установки",
               "бас эколог, бөлімше бастығы|инженер-эколог, қондырғы механигі",
               "Phòng An toàn – Môi trường, Quản đốc phân xưởng|Cán bộ môi trường, kỹ sư vận hành"),
    "i2.caption": ("Приложение к приказу № {n}-П от 12.01.2026. График внутренних проверок",
                   "12.01.2026 жылғы № {n}-П бұйрыққа қосымша. Ішкі тексерулер кестесі",
                   "Lịch kiểm tra nội bộ về bảo vệ môi trường năm 2026 (kèm theo Quyết định số {n}/QĐ-LDBT)"),
}  # fmt: skip
REFINERY_UNITS = {
    "ru": ("Установка ЭЛОУ-АВТ-6", "Установка каталитического риформинга", "Установка производства серы", "Резервуарный парк сырой нефти",
           "Факельное хозяйство", "Биологические очистные сооружения", "Площадка временного хранения отходов", "Эстакада налива нефтепродуктов"),
    "kk": ("ЭЛОУ-АВТ-6 қондырғысы", "Каталитикалық риформинг қондырғысы", "Күкірт өндіру қондырғысы", "Шикі мұнай резервуарлар паркі",
           "Алау шаруашылығы", "Биологиялық тазарту құрылыстары", "Қалдықтарды уақытша сақтау алаңы", "Мұнай өнімдерін құю эстакадасы"),
    "vi": ("Phân xưởng chưng cất dầu thô (CDU)", "Phân xưởng cracking xúc tác (RFCC)", "Phân xưởng thu hồi lưu huỳnh (SRU)",
           "Khu bể chứa dầu thô", "Hệ thống đuốc đốt", "Nhà máy xử lý nước thải (ETP)", "Kho lưu giữ chất thải nguy hại", "Cảng xuất sản phẩm"),
}  # fmt: skip


def _dates(doc: Doc, word: str) -> str:
    """The dates of a year's checks: twelve, four, two or one, the year after the last."""
    r = doc.rng
    months = sorted(_months(doc, word))
    days = [r.randint(5, 25) for _ in months] if word != "monthly" else [r.randint(5, 12)] * 12
    out = [_date(doc, d, m + 1, None) for d, m in zip(days, months, strict=True)]
    return "; ".join(out) + (".2026" if doc.lang != "vi" else "/2026")


def inspections_f2(doc: Doc) -> None:
    """An order's annex: the dates of the year's checks of each refinery unit in one cell (`14.01; 15.04; 14.07;
    13.10.2026`) instead of a frequency — twelve dates monthly, four quarterly, two half-yearly, one yearly —, what is
    checked and who checks; the order's text before (VI: a company decision, dates `15/01; 15/04/2026`)."""
    r = doc.rng
    n = r.randint(12, 95)
    doc.h(_t(doc, "i2.h").format(n=n))
    doc.p(_t(doc, "i2.p"))
    rows = [_row(doc, "i2.head")]
    who = _list(doc, "i2.who")
    for k, unit in enumerate(r.sample(REFINERY_UNITS[doc.lang], 5), 1):
        word = r.choice(("monthly", "quarterly", "quarterly", "semiannual", "yearly"))
        rows.append([str(k), unit, r.choice(CHECKS[doc.lang]), _dates(doc, word), r.choice(who)])
        doc.add("obligations", inspection(unit, word))
    doc.table(_t(doc, "i2.caption").format(n=n), rows, role="inspections")
    maybe_distractor(doc)


# ---------------------------------------------------------------- tasks

TEXT |= {
    "t1.h": ("График ввода в эксплуатацию природоохранного оборудования Карасорской ГРЭС на 2026–2028 годы",
             "Қарасор МАЭС-інің 2026–2028 жылдарға арналған табиғат қорғау жабдықтарын пайдалануға беру кестесі",
             "KẾ HOẠCH VẬN HÀNH THỬ NGHIỆM CÁC CÔNG TRÌNH XỬ LÝ CHẤT THẢI – NHÀ MÁY NHIỆT ĐIỆN VĨNH HẢO 2"),
    "t1.p": ("График составлен во исполнение программы повышения экологической эффективности, являющейся приложением к комплексному "
             "экологическому разрешению.",
             "Кесте кешенді экологиялық рұқсатқа қосымша болып табылатын экологиялық тиімділікті арттыру бағдарламасын орындау үшін жасалды.",
             "Căn cứ Điều 46 Luật Bảo vệ môi trường và Điều 31 Nghị định số 08/2022/NĐ-CP, Công ty xây dựng kế hoạch vận hành thử "
             "nghiệm các công trình xử lý chất thải như sau:"),
    "t1.head": ("№|Природоохранный объект (вид работ)|Начало работ|Ввод в эксплуатацию|Подрядная организация|Ответственный от ГРЭС",
                "№|Табиғат қорғау объектісі (жұмыс түрі)|Жұмыстың басталуы|Пайдалануға беру|Мердігер ұйым|МАЭС-тен жауапты",
                "TT|Công trình xử lý chất thải|Thời gian bắt đầu|Thời gian kết thúc|Công suất dự kiến đạt được khi kết thúc|Đơn vị chủ trì thực hiện"),
    "t1.caption": ("Таблица 1", "1-кесте", "Bảng 1. Kế hoạch vận hành thử nghiệm"),
    "t1.after": ("Ответственные обеспечивают представление актов ввода в эксплуатацию в отдел охраны окружающей среды в течение 10 дней.",
                 "Жауаптылар пайдалануға беру актілерін 10 күн ішінде қоршаған ортаны қорғау бөліміне ұсынуды қамтамасыз етеді.",
                 "Trong quá trình vận hành thử nghiệm, Công ty phối hợp với đơn vị quan trắc có đủ điều kiện để lấy mẫu đánh giá hiệu quả."),
}  # fmt: skip
# (task, responsible, contractor)
COMMISSIONING = {
    "ru": (("Реконструкция электрофильтров энергоблока № 1 с заменой осадительных и коронирующих электродов",
            "Заместитель главного инженера по ремонту", "ТОО «Экибастуз Энергоремонт»"),
           ("Строительство установки сероочистки дымовых газов энергоблока № 2", "Начальник отдела капитального строительства", "АО «Казэнергомонтаж»"),
           ("Монтаж малотоксичных горелок на котлах энергоблока № 3", "Начальник котлотурбинного цеха", "ТОО «Павлодар Энергосервис»"),
           ("Установка автоматизированной системы мониторинга эмиссий на дымовой трубе № 2", "Начальник цеха тепловой автоматики и измерений",
            "ТОО «ЭкоМонитор Системс»"),
           ("Наращивание ограждающей дамбы золоотвала № 2 до отметки 216,0 м", "Начальник цеха гидротехнических сооружений", "ТОО «Гидроспецстрой»"),
           ("Перевод системы гидрозолоудаления на оборотное водоснабжение", "Главный инженер", "ТОО «Энергоспецмонтаж»")),
    "kk": (("№ 1 энергоблоктың электрсүзгілерін тұндырғыш және тәж электродтарын ауыстыра отырып қайта жаңарту",
            "Бас инженердің жөндеу жөніндегі орынбасары", "«Екібастұз Энергожөндеу» ЖШС"),
           ("№ 2 энергоблоктың түтін газдарын күкірттен тазарту қондырғысын салу", "Күрделі құрылыс бөлімінің бастығы", "«Қазэнергомонтаж» АҚ"),
           ("№ 3 энергоблоктың қазандықтарына аз уытты жанарғыларды монтаждау", "Қазандық-турбина цехының бастығы", "«Павлодар Энергосервис» ЖШС"),
           ("№ 2 түтін құбырына эмиссиялар мониторингінің автоматтандырылған жүйесін орнату", "Жылу автоматикасы және өлшеу цехының бастығы",
            "«ЭкоМонитор Системс» ЖШС"),
           ("№ 2 күл үйіндісінің қоршау бөгетін 216,0 м белгіге дейін көтеру", "Гидротехникалық құрылыстар цехының бастығы", "«Гидроспецстрой» ЖШС"),
           ("Гидрокүл шығару жүйесін айналымдағы сумен жабдықтауға көшіру", "Бас инженер", "«Энергоспецмонтаж» ЖШС")),
    "vi": (("Vận hành thử nghiệm hệ thống lọc bụi tĩnh điện (ESP) tổ máy S1", "Phân xưởng Vận hành 1", "100% công suất thiết kế; hiệu suất khử bụi ≥ 99,8%"),
           ("Vận hành thử nghiệm hệ thống khử lưu huỳnh bằng nước biển (FGD) tổ máy S1", "Phân xưởng Vận hành 1", "100% công suất; hiệu suất khử SO2 ≥ 90%"),
           ("Vận hành thử nghiệm hệ thống khử NOx chọn lọc có xúc tác (SCR) tổ máy S2", "Phân xưởng Vận hành 2", "100% công suất; hiệu suất khử NOx ≥ 80%"),
           ("Vận hành thử nghiệm hệ thống xử lý nước thải công nghiệp công suất 1.200 m3/ngày đêm", "Phân xưởng Hóa", "1.200 m3/ngày đêm"),
           ("Vận hành thử nghiệm trạm xử lý nước thải sinh hoạt công suất 150 m3/ngày đêm", "Phòng Hành chính – Tổng hợp", "150 m3/ngày đêm"),
           ("Vận hành thử nghiệm hệ thống xử lý nước thải nhiễm dầu khu vực kho dầu", "Phân xưởng Nhiên liệu", "40 m3/ngày đêm")),
}  # fmt: skip
QUARTERS = {"ru": "{q} кв. {y} г.", "kk": "{y} ж. {q} тоқсан", "vi": "Quý {q}/{y}"}
ROMAN = ("I", "II", "III", "IV")


def _task(number: str, text: str, actor: str) -> dict:
    """A task looked for by its first eight words: this set's tasks often begin alike (`Vận hành thử nghiệm hệ thống …`)."""
    return {**task(number, text, actor), "text_contains": words(text, 8)}


def tasks_f1(doc: Doc) -> None:
    """A schedule of commissioning environmental equipment: each work with its start and its commissioning quarter,
    the contractor, then the plant's responsible person last (the actor, not the contractor); a line after on the
    acts (VI: a plan of pilot operation of waste treatment works under Decree 08/2022, start and end dates, the capacity
    expected at the end, the unit in charge)."""
    vi = doc.lang == "vi"
    r = doc.rng
    doc.h(_t(doc, "t1.h"))
    doc.p(_t(doc, "t1.p"))
    rows = [_row(doc, "t1.head")]
    picked = sorted(r.sample(COMMISSIONING[doc.lang], r.randint(4, 5)), key=COMMISSIONING[doc.lang].index)
    for k, (text, who, third) in enumerate(picked, 1):
        if vi:
            m = r.randint(1, 8)
            start, end = _date(doc, r.randint(1, 10), m), _date(doc, r.randint(20, 28), min(12, m + r.randint(3, 6)))
            rows.append([str(k), text, start, end, third, who])
        else:
            first = r.randrange(6)
            last = first + r.randint(2, 5)
            begin = QUARTERS[doc.lang].format(q=ROMAN[first % 4], y=2026 + first // 4)
            done = QUARTERS[doc.lang].format(q=ROMAN[last % 4], y=2026 + last // 4)
            rows.append([str(k), text, begin, done, third, who])
        doc.add("obligations", _task(str(k), text, who))
    doc.table(_t(doc, "t1.caption"), rows, role="tasks")
    doc.p(_t(doc, "t1.after"))
    maybe_distractor(doc)


TEXT |= {
    "t2.h": ("Программа снижения выбросов метана АО «Жетісу Газ Тарату» на 2026–2027 годы",
             "«Жетісу Газ Тарату» АҚ-ның 2026–2027 жылдарға арналған метан шығарындыларын азайту бағдарламасы",
             "KẾ HOẠCH THỰC HIỆN CÁC NHIỆM VỤ BẢO VỆ MÔI TRƯỜNG NĂM 2026 – KHO CHỨA LPG LẠNH ĐÌNH VŨ"),
    "t2.p": ("Программа утверждена решением Правления. Распределение ответственности между подразделениями приведено в таблице.",
             "Бағдарлама Басқарма шешімімен бекітілді. Бөлімшелер арасындағы жауапкершілікті бөлу кестеде келтірілген.",
             "Kế hoạch được ban hành kèm theo Quyết định của Giám đốc Công ty. Phân công thực hiện theo bảng dưới đây."),
    "t2.head0": ("№|Мероприятие|Срок|Распределение ответственности*|^|^|^", "№|Іс-шара|Мерзімі|Жауапкершілікті бөлу*|^|^|^",
                 "TT|Nội dung công việc|Thời hạn|Phân công thực hiện (*)|^|^|^"),
    "t2.units": ("Служба эксплуатации газопроводов|Служба ГРП и ШРП|Отдел охраны окружающей среды|Отдел материально-технического снабжения",
                 "Газ құбырларын пайдалану қызметі|ГРП және ШРП қызметі|Қоршаған ортаны қорғау бөлімі|Материалдық-техникалық жабдықтау бөлімі",
                 "Phòng An toàn – Sức khỏe – Môi trường|Xưởng Vận hành kho|Phòng Kỹ thuật – Bảo dưỡng|Phòng Hành chính – Tổng hợp"),
    "t2.marks": ("О|У", "Ж|Қ", "CT|PH"),
    "t2.legend": ("* О – ответственный исполнитель; У – участвует в исполнении.", "* Ж – жауапты орындаушы; Қ – орындауға қатысады.",
                  "(*) CT – đơn vị chủ trì; PH – đơn vị phối hợp."),
    "t2.caption": ("Таблица 2 – Мероприятия программы", "2-кесте – Бағдарлама іс-шаралары", "Bảng 1. Nhiệm vụ và phân công thực hiện"),
}  # fmt: skip
# (task, the unit in charge, units taking part), the unit's index in `t2.units`
MATRIX_TASKS = {
    "ru": (("Провести приборное обследование ГРП и ШРП на утечки природного газа с применением лазерного метанодетектора", 1, (2,)),
           ("Заменить изношенную запорную арматуру на подземных газопроводах высокого давления", 0, (3,)),
           ("Организовать учет выбросов метана при продувках и ремонтах газопроводов", 2, (0, 1)),
           ("Внедрить технологию ремонта газопроводов под давлением без стравливания газа", 0, (1,)),
           ("Закупить мобильную установку для дожига сбрасываемого газа", 3, (2,)),
           ("Заменить регуляторы давления с постоянным сбросом газа в ШРП на бессбросовые", 1, (3,))),
    "kk": (("Лазерлік метан детекторын қолдана отырып, ГРП мен ШРП-ны табиғи газдың ағуына аспаптық тексеру", 1, (2,)),
           ("Жоғары қысымды жерасты газ құбырларындағы тозған бекіту арматурасын ауыстыру", 0, (3,)),
           ("Газ құбырларын үрлеу және жөндеу кезіндегі метан шығарындыларын есепке алуды ұйымдастыру", 2, (0, 1)),
           ("Газды шығармай қысыммен газ құбырларын жөндеу технологиясын енгізу", 0, (1,)),
           ("Шығарылатын газды жағуға арналған жылжымалы қондырғы сатып алу", 3, (2,)),
           ("ШРП-дағы газды тұрақты шығаратын қысым реттегіштерін шығарусыз түрлерге ауыстыру", 1, (3,))),
    "vi": (("Kiểm tra, hiệu chuẩn hệ thống đầu dò phát hiện rò rỉ khí LPG tại khu bồn chứa", 2, (1,)),
           ("Nạo vét hố ga và bể tách dầu khu vực cầu cảng xuất nhập", 1, (0,)),
           ("Cập nhật kế hoạch ứng phó sự cố tràn dầu và tổ chức diễn tập", 0, (1, 3)),
           ("Ký hợp đồng thu gom, vận chuyển và xử lý chất thải nguy hại năm 2026", 3, (0,)),
           ("Thay thế các van an toàn hết hạn kiểm định trên bồn chứa LPG", 2, (1,)),
           ("Tổ chức tập huấn ứng phó sự cố rò rỉ khí cho công nhân vận hành", 0, (3,))),
}  # fmt: skip
TERMS = {"ru": ("I квартал 2026 г.", "до 30.06.2026", "в течение 2026 г.", "III квартал 2026 г.", "до 31.03.2027"),
         "kk": ("2026 ж. I тоқсаны", "30.06.2026 дейін", "2026 жыл ішінде", "2026 ж. III тоқсаны", "31.03.2027 дейін"),
         "vi": ("Quý I/2026", "Trước 30/6/2026", "Trong năm 2026", "Quý III/2026", "Tháng 12/2026")}  # fmt: skip


def tasks_f2(doc: Doc) -> None:
    """A responsibility matrix: each measure with its term, then a column per department under a merged header, `О` in
    the column of the one in charge and `У` in those taking part; the actor is the department whose column holds `О`,
    the marks explained in a line after the table (VI: an LPG terminal's plan, `CT` / `PH`)."""
    r = doc.rng
    doc.h(_t(doc, "t2.h"))
    doc.p(_t(doc, "t2.p"))
    depts = _list(doc, "t2.units")
    lead_mark, part_mark = _list(doc, "t2.marks")
    rows = [_row(doc, "t2.head0"), [None, None, None, *depts]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 6)]
    picked = sorted(r.sample(MATRIX_TASKS[doc.lang], 5), key=MATRIX_TASKS[doc.lang].index)
    for k, (text, lead, part) in enumerate(picked, 1):
        marks = [lead_mark if j == lead else part_mark if j in part else "" for j in range(4)]
        rows.append([str(k), text, r.choice(TERMS[doc.lang]), *marks])
        doc.add("obligations", _task(str(k), text, depts[lead]))
    doc.table(_t(doc, "t2.caption"), rows, merges, role="tasks")
    doc.p(_t(doc, "t2.legend"))


LAYOUTS = [Layout(role, f"F{k}", globals()[f"{role}_f{k}"]) for role in ROLES for k in (1, 2)]
"""`facility_f1` … `tasks_f2`, in the order of the roles."""
