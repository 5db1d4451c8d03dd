"""A blind held-out set (two layouts per role, `CB1` and `CB2`): never used for tuning, written by someone who neither ran
the extractor on it nor read it, to differ from every layout of `layouts_*.py`.

Theme: waste management and treatment companies. Kazakhstan: a complex for the thermal treatment of hazardous wastes
(an incinerator), an industrial-waste landfill with its leachate treatment, a plant regenerating used oils, a shop
recycling worn tyres by pyrolysis, a site recycling used lead batteries, a demercurisation station (the annex of a
licence for handling hazardous wastes, a programme of waste management, an inventory of sources, a calculation of
tank emissions, a report on the wastes accepted from other organisations, a calculation of secondary wastes, a КЭР's
technological norms and discharge norms, ПЭК programmes, a regulation of production control, a plan of checking the
special vehicles, plans of measures). Vietnam: hazardous-waste treaters (lò đốt CTNH, tái chế dầu thải, ắc quy chì,
lốp xe) and the centralised waste-water plant of an industrial park (giấy phép môi trường with the content of treating
CTNH, sổ đăng ký chủ nguồn thải, báo cáo đề xuất cấp GPMT, báo cáo quản lý CTNH of a treater, the log of the vehicles
carrying CTNH, quan trắc khí thải lò đốt against QCVN 30:2012/BTNMT, the permit's discharge streams, chương trình quan
trắc of a trạm xử lý nước thải tập trung, quy trình tự kiểm tra, kế hoạch).

Facility: the annex of a licence whose labels carry the form's hint in brackets on a second line, the licensee's
name, legal address and BIN in one cell on three lines, coordinates with the hemisphere in words (`северной широты`,
`vĩ độ Bắc`), the licence's own numbers and the special vehicles (a table of no role) as distractors (VI: a GPMT's
general information with the enterprise number over the registration dates and the old CTNH management code) (CB1);
a one-column table whose cells each hold a numbered `label: value` line, decimal coordinates with a comma (VI: the
first part of a sổ đăng ký chủ nguồn thải) (CB2).
Emissions: a recycler's inventory whose source cells (number, name, the wastes processed in t/year, the hours of work)
are merged over its substances — the throughput a tonnage that is no emission — code and name under a merged header,
a total row (VI: a GPMT application's loads by named stage with the capacity in tonnes a day) (CB1); the tanks of a used-oil plant,
each tank a source merged over the substances of its vapour with their mass share in per cent, a hazard-class column
and a total row (VI: waste-oil tanks with benzene, toluene and xylene shares) (CB2).
Wastes: a treater's report on the wastes accepted from other organisations, a group row per client with its BIN (VI:
its chủ nguồn thải), a subtotal under each, the operation as a D/R code (VI: TĐ/TC/HR) explained under the table
(CB1); the secondary wastes of an incinerator worked out as a share of the mass burnt, merged down a column, and bag
filters by pieces (VI: the month's log of the vehicles carrying CTNH, the plate merged over its consignments) (CB2).
Limits: an incinerator's technological norms as a daily and a half-hourly value under a merged header, a unit column,
a dash where there is no half-hourly norm and a dioxin row in ng TEQ (VI: the results transposed — the parameters as
columns, the rounds and the QCVN 30:2012/BTNMT column B as rows) (CB1); discharge norms with all the parameters of an
outlet listed in one cell (VI: the GPMT's discharge streams with `parameter: value` pairs in one cell) (CB2).
Monitoring: a landfill's programme where the parameters and the frequency are merged down over the rows of many
points under a group row per medium (VI: the connection manholes of an industrial park's factories) (CB1); control at
the sources of a battery recycler whose frequency cell gives a default and an exception for lead (CB2).
Inspections: a regulation of production control whose procedures are sentences carrying the unit and the frequency
(CB1); the special vehicles checked by their number plates under group rows (own and leased) (CB2).
Tasks: a plan of measures under group rows naming the kind of waste, numbered straight through, an empty completion
column (CB1); the plan form of a programme of waste management under task rows, with the indicator (tonnes a year,
per cent), the form of completion, the costs and the source of financing (VI: a treater's plan with its targets) (CB2).

The words of each layout are in the text tables (RU, KK, VI); a header row is one string, its cells between `|`, `^`
for a cell a merge covers.
"""

from __future__ import annotations

from . import vocab
from .common import Doc, distractor, freq, make_bin, make_kato, make_msdn, maybe_distractor, num, rate
from .limits_data import DISCHARGE, QCVN40, add, cell, limit
from .obligations_data import inspection, task
from .registry import ROLES, Layout
from .sources_data import emission

TEXT: dict[str, tuple[str, str, str]] = {}


def _lang(doc: Doc) -> int:
    return vocab.LANGS.index(doc.lang)


def _t(doc: Doc, key: str) -> str:
    return TEXT[key][_lang(doc)]


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


def _lower(name: str) -> str:
    """A name inside a sentence: `свинец и его соединения`, formulas and abbreviations kept."""
    return name if name[:2].isupper() or name[:1].isdigit() else name[:1].lower() + name[1:]


def _total(doc: Doc, values) -> str:
    return num(round(sum(values), 6), doc.lang)


# substances of the Kazakh list that vocab.AIR lacks, named as corpus/air_pollutants.csv names them: (RU, KK, VI, class)
EXTRA = {
    "0183": ("Ртуть (Ртуть металлическая)", "Сынап", "Thủy ngân", 1),
    "0342": (
        "Фтористые газообразные соединения (в пересчете на фтор)",
        "Фторлы газ тәрізді қосылыстар",
        "HF",
        2,
    ),
    "0322": ("Серная кислота (по молекуле H2SO4)", "Күкірт қышқылы", "Axit sunfuric", 2),
}


def _air(doc: Doc, code: str, variant: int = 0) -> str:
    if code in EXTRA:
        return EXTRA[code][_lang(doc)]
    return vocab.air(code, doc.lang, variant)


def _hazard(code: str) -> int | None:
    return EXTRA[code][3] if code in EXTRA else vocab.hazard(code)


DAILY = {
    "ru": ("ежедневно", "1 раз в сутки"),
    "kk": ("күн сайын", "тәулігіне 1 рет"),
    "vi": ("hằng ngày", "01 lần/ngày"),
}
WEEKLY = {
    "ru": ("еженедельно", "1 раз в неделю"),
    "kk": ("апта сайын", "аптасына 1 рет"),
    "vi": ("hằng tuần", "01 lần/tuần"),
}


def _often(doc: Doc, word: str) -> str:
    """A frequency as the document writes it, daily and weekly included."""
    if word == "daily":
        return doc.pick(DAILY[doc.lang])
    if word == "weekly":
        return doc.pick(WEEKLY[doc.lang])
    return freq(doc, word)


# ---------------------------------------------------------------- the sites of the theme

# (name, operator, address of the site, category, OKED) per language; the operator's legal address apart
SITES = {
    "ru": (
        ("Комплекс термического обезвреживания опасных отходов", "ТОО «Экопром Утилизация»",
         "Павлодарская область, г. Экибастуз, Восточная промышленная зона, участок 14", "I", "38220"),
        ("Полигон промышленных отходов «Карабас»", "ТОО «Сарыарка Экосервис»",
         "Карагандинская область, Абайский район, 9 км юго-восточнее п. Карабас", "II", "38210"),
        ("Завод регенерации отработанных масел", "ТОО «Ойл Ресайклинг Шымкент»",
         "г. Шымкент, Абайский район, промзона «Северная», ул. Капал батыра, 15", "II", "38320"),
        ("Цех переработки изношенных шин", "ТОО «Актобе Шина Ресайкл»",
         "Актюбинская область, г. Актобе, промышленная зона, участок 112", "II", "38320"),
        ("Участок переработки отработанных свинцовых аккумуляторов", "ТОО «Восток Аккумулятор Ресайклинг»",
         "Восточно-Казахстанская область, г. Усть-Каменогорск, ул. Промышленная, 5", "I", "38320"),
        ("Станция демеркуризации ртутьсодержащих отходов", "ТОО «Меркурий Сервис Тараз»",
         "Жамбылская область, г. Тараз, ул. Заводская, 3", "II", "38220"),
    ),
    "kk": (
        ("Қауіпті қалдықтарды термиялық залалсыздандыру кешені", "«Экопром Утилизация» ЖШС",
         "Павлодар облысы, Екібастұз қаласы, Шығыс өнеркәсіптік аймағы, 14-учаске", "I", "38220"),
        ("«Қарабас» өнеркәсіптік қалдықтар полигоны", "«Сарыарқа Экосервис» ЖШС",
         "Қарағанды облысы, Абай ауданы, Қарабас кентінен оңтүстік-шығысқа қарай 9 км", "II", "38210"),
        ("Пайдаланылған майларды регенерациялау зауыты", "«Ойл Ресайклинг Шымкент» ЖШС",
         "Шымкент қаласы, Абай ауданы, «Солтүстік» өнеркәсіптік аймағы, Қапал батыр көшесі, 15", "II", "38320"),
        ("Тозған шиналарды қайта өңдеу цехы", "«Ақтөбе Шина Ресайкл» ЖШС",
         "Ақтөбе облысы, Ақтөбе қаласы, өнеркәсіптік аймақ, 112-учаске", "II", "38320"),
        ("Пайдаланылған қорғасын аккумуляторларын қайта өңдеу учаскесі", "«Шығыс Аккумулятор Ресайклинг» ЖШС",
         "Шығыс Қазақстан облысы, Өскемен қаласы, Өнеркәсіп көшесі, 5", "I", "38320"),
        ("Құрамында сынап бар қалдықтарды демеркуризациялау станциясы", "«Меркурий Сервис Тараз» ЖШС",
         "Жамбыл облысы, Тараз қаласы, Зауыт көшесі, 3", "II", "38220"),
    ),
    "vi": (
        ("Khu xử lý chất thải nguy hại Tân Thành", "Công ty TNHH Môi trường Xanh Tân Thành",
         "Khu công nghiệp Phú Mỹ II, phường Phú Mỹ, Thành phố Hồ Chí Minh", "I", ""),
        ("Nhà máy tái chế dầu nhớt thải Nam Đình Vũ", "Công ty Cổ phần Tái chế Dầu Hải Minh",
         "Khu công nghiệp Nam Đình Vũ, phường Đông Hải, thành phố Hải Phòng", "II", ""),
        ("Nhà máy xử lý chất thải công nghiệp Chánh Phú Hòa", "Công ty TNHH Xử lý Chất thải Công nghiệp Đông Nam",
         "xã Chánh Phú Hòa, Thành phố Hồ Chí Minh", "I", ""),
        ("Trạm xử lý nước thải tập trung KCN Yên Phong II", "Công ty Cổ phần Hạ tầng KCN Yên Phong",
         "Khu công nghiệp Yên Phong II, xã Yên Phong, tỉnh Bắc Ninh", "II", ""),
        ("Cơ sở tái chế ắc quy chì thải Như Quỳnh", "Công ty TNHH Tái chế Kim loại Như Quỳnh",
         "Cụm công nghiệp Như Quỳnh, xã Như Quỳnh, tỉnh Hưng Yên", "I", ""),
        ("Nhà máy tái chế lốp xe phế thải Phước Đông", "Công ty TNHH Cao su Tái sinh Phước Đông",
         "Khu công nghiệp Phước Đông, xã Gò Dầu, tỉnh Tây Ninh", "II", ""),
    ),
}  # fmt: skip
LEGAL = {
    "ru": ("010000, г. Астана, р-н Есиль, ул. Сыганак, 29, офис 412", "050040, г. Алматы, пр. аль-Фараби, 77/7",
           "100012, г. Караганда, ул. Ерубаева, 50"),
    "kk": ("010000, Астана қ., Есіл ауданы, Сығанақ көшесі, 29, 412-кеңсе", "050040, Алматы қ., әл-Фараби даңғылы, 77/7",
           "100012, Қарағанды қ., Ерубаев көшесі, 50"),
    "vi": ("Số 12 đường Nguyễn Văn Linh, phường Tân Hưng, Thành phố Hồ Chí Minh",
           "Tầng 5, tòa nhà TTC, số 19 Duy Tân, phường Cầu Giấy, thành phố Hà Nội",
           "Số 8 Lê Hồng Phong, phường Gia Viên, thành phố Hải Phòng"),
}  # fmt: skip


# approximate centres (lat, lon) of the places of SITES: Kazakhstan, then Vietnam
CENTRES = {
    False: ((51.70, 75.38), (49.52, 72.93), (42.36, 69.62), (50.27, 57.25), (49.95, 82.63), (42.88, 71.40)),
    True: (
        (10.58, 107.05),
        (20.83, 106.76),
        (11.16, 106.60),
        (21.21, 106.00),
        (20.98, 106.01),
        (11.10, 106.27),
    ),
}


def _dms(value: float) -> tuple[int, int, float]:
    """Degrees, whole minutes and seconds to a tenth."""
    d = int(value)
    m = int((value - d) * 60)
    sec = round(((value - d) * 60 - m) * 60, 1)
    if sec >= 60:
        m, sec = m + 1, 0.0
    if m >= 60:
        d, m = d + 1, 0
    return d, m, sec


def _site(doc: Doc, index: int | None = None) -> dict:
    """A site of the theme with its identifiers and its coordinates as degrees, minutes and seconds."""
    r = doc.rng
    i = r.randrange(6) if index is None else index
    name, operator, address, cat, oked = SITES[doc.lang][i]
    vi = doc.lang == "vi"
    base_lat, base_lon = CENTRES[doc.lang == "vi"][i]
    lat_d, lat_m, lat_s = _dms(base_lat + r.uniform(-0.06, 0.06))
    lon_d, lon_m, lon_s = _dms(base_lon + r.uniform(-0.06, 0.06))
    return {
        "i": i, "name": name, "operator": operator, "address": address, "cat": cat, "oked": oked,
        "legal": r.choice(LEGAL[doc.lang]), "bin": make_msdn(r) if vi else make_bin(r), "kato": make_kato(r),
        "lat": lat_d + lat_m / 60 + lat_s / 3600, "lon": lon_d + lon_m / 60 + lon_s / 3600,
        "dms": (f"{lat_d}°{lat_m:02d}'{lat_s:04.1f}\"".replace(".", ","), f"{lon_d}°{lon_m:02d}'{lon_s:04.1f}\"".replace(".", ",")),
    }  # fmt: skip


def _open(doc: Doc, title: str, sentence: str, index: int | None = None) -> dict:
    """A document's title and first sentence naming the site and its operator; returns the site."""
    s = _site(doc, index)
    doc.h(title.format(name=s["name"], operator=s["operator"]))
    doc.p(sentence.format(name=s["name"], operator=s["operator"]))
    return s


# ---------------------------------------------------------------- facility

TEXT |= {
    "f1.h": ("Приложение к лицензии", "Лицензияға қосымша", "GIẤY PHÉP MÔI TRƯỜNG"),
    "f1.p": ("Лицензия № {lic} от {date} на выполнение работ и оказание услуг в области охраны окружающей среды. "
             "Подвид лицензируемого вида деятельности: переработка, обезвреживание, утилизация и (или) уничтожение опасных отходов.",
             "Қоршаған ортаны қорғау саласында жұмыстарды орындауға және қызметтер көрсетуге арналған {date} № {lic} лицензия. "
             "Лицензияланатын қызмет түрінің кіші түрі: қауіпті қалдықтарды қайта өңдеу, залалсыздандыру, кәдеге жарату және (немесе) жою.",
             "Điều 1. Cấp phép cho {operator} được thực hiện các hoạt động bảo vệ môi trường của cơ sở, bao gồm dịch vụ xử lý "
             "chất thải nguy hại, với các thông tin chung như sau:"),
    "f1.labels": ("Лицензиат\n(полное наименование, местонахождение, бизнес-идентификационный номер юридического лица)|"
                  "Производственная база\n(наименование и местонахождение)|Код КАТО места нахождения производственной базы|"
                  "Географические координаты производственной базы|"
                  "Категория объекта, оказывающего негативное воздействие на окружающую среду|"
                  "Особые условия действия лицензии\n(в соответствии со статьей 36 Закона Республики Казахстан «О разрешениях и уведомлениях»)|"
                  "Лицензиар\n(полное наименование лицензиара)|Руководитель (уполномоченное лицо)\n(фамилия, имя, отчество)|"
                  "Номер приложения|Дата выдачи приложения|Срок действия|Место выдачи",
                  "Лицензиат\n(заңды тұлғаның толық атауы, орналасқан жері, бизнес-сәйкестендіру нөмірі)|"
                  "Өндірістік база\n(атауы және орналасқан жері)|Өндірістік базаның орналасқан жерінің ҚАТО коды|"
                  "Өндірістік базаның географиялық координаттары|"
                  "Қоршаған ортаға теріс әсер ететін объектінің санаты|"
                  "Лицензия қолданысының ерекше шарттары\n(«Рұқсаттар және хабарламалар туралы» Қазақстан Республикасы Заңының 36-бабына сәйкес)|"
                  "Лицензиар\n(лицензиардың толық атауы)|Басшы (уәкілетті тұлға)\n(тегі, аты, әкесінің аты)|"
                  "Қосымшаның нөмірі|Қосымшаның берілген күні|Қолданылу мерзімі|Берілген жері",
                  "Tên chủ cơ sở|Địa chỉ trụ sở chính|Người đại diện theo pháp luật|Giấy chứng nhận đăng ký doanh nghiệp|"
                  "Tên cơ sở|Địa điểm thực hiện cơ sở|Tọa độ vị trí cơ sở (hệ WGS-84)|Loại hình hoạt động|Phân loại cơ sở|"
                  "Mã số quản lý CTNH (theo Giấy phép xử lý CTNH đã được cấp trước đây)|Địa bàn hoạt động"),
    "f1.coords": ("{lat} северной широты,\n{lon} восточной долготы", "{lat} солтүстік ендік,\n{lon} шығыс бойлық",
                  "{lat} vĩ độ Bắc; {lon} kinh độ Đông"),
    "f1.cat": ("{cat} категория", "{cat} санат", "Cơ sở thuộc nhóm {cat} theo quy định của Luật Bảo vệ môi trường"),
    "f1.special": ("Не предусмотрены", "Көзделмеген", ""),
    "f1.issuer": ("РГУ «Комитет экологического регулирования и контроля Министерства экологии и природных ресурсов Республики Казахстан»",
                  "«Қазақстан Республикасы Экология және табиғи ресурстар министрлігінің Экологиялық реттеу және бақылау комитеті» РММ", ""),
    "f1.head": ("Абдрахманов Ерлан Серикович", "Әбдірахманов Ерлан Серікұлы", "Ông Nguyễn Văn Thành – Giám đốc"),
    "f1.term": ("Бессрочно", "Мерзімсіз", ""),
    "f1.place": ("г. Астана", "Астана қ.", ""),
    "f1.kind": ("", "", "Dịch vụ thu gom, vận chuyển, xử lý chất thải nguy hại; loại hình sản xuất, kinh doanh, dịch vụ có nguy cơ gây ô nhiễm môi trường"),
    "f1.reg": ("", "", "Mã số doanh nghiệp: {bin}\nĐăng ký lần đầu ngày {d1}; đăng ký thay đổi lần thứ {n} ngày {d2}"),
    "f1.area": ("", "", "Toàn quốc|Các tỉnh, thành phố khu vực phía Nam|Các tỉnh, thành phố khu vực phía Bắc"),
    "f1.caption": ("", "", "Bảng 1. Thông tin chung về chủ cơ sở và cơ sở"),
    "f1.cars.caption": ("Перечень специализированных транспортных средств для перевозки опасных отходов",
                        "Қауіпті қалдықтарды тасымалдауға арналған мамандандырылған көлік құралдарының тізбесі",
                        "Danh sách phương tiện vận chuyển chất thải nguy hại"),
    "f1.cars.head": ("№|Марка, модель|Государственный регистрационный номер|Год выпуска|Грузоподъемность, т",
                     "№|Маркасы, моделі|Мемлекеттік тіркеу нөмірі|Шығарылған жылы|Жүк көтергіштігі, т",
                     "TT|Loại phương tiện|Biển kiểm soát|Năm sản xuất|Tải trọng (tấn)|Thiết bị định vị GPS"),
    "f1.cars": ("КамАЗ 43253 (бортовой, тент)|МАЗ 5340 (изотермический фургон)|ГАЗон Next C41R13 (фургон)|КамАЗ 53605 (автоцистерна 10 м3)",
                "КамАЗ 43253 (борттық, тент)|МАЗ 5340 (изотермиялық фургон)|ГАЗон Next C41R13 (фургон)|КамАЗ 53605 (автоцистерна 10 м3)",
                "Xe tải thùng kín Hyundai HD120SL|Xe tải thùng kín Isuzu NQR75|Xe bồn chở dầu thải Hino FL8JW7A|Xe tải có cẩu Thaco Ollin 720"),
}  # fmt: skip


def _plate(doc: Doc) -> str:
    """A number plate as the country writes it."""
    r = doc.rng
    if doc.lang == "vi":
        return f"{r.choice(('51', '61', '72', '15', '99'))}{r.choice('CDH')}-{r.randint(100, 999)}.{r.randint(10, 99)}"
    return f"{r.randint(100, 999)} {r.choice(('AKZ', 'ATK', 'BDA', 'CFO', 'ELA'))} {r.choice(('01', '02', '04', '09', '14', '16', '17'))}"


def facility_cb1(doc: Doc) -> None:
    """The annex of a licence for handling hazardous wastes: no header row, each label with the form's hint in brackets
    on a second line; the licensee's name, legal address and BIN in one cell on three lines; the production base's name
    and place in another; coordinates with the hemisphere in words; the category as `I категория`; the licence's own
    number and date in the sentence above; the special vehicles in a table of no role after it (VI: a GPMT's general
    information, the enterprise number over the dates of registration, the old CTNH management code as a distractor)."""
    r = doc.rng
    s = _site(doc)
    vi = doc.lang == "vi"
    lic = f"{r.choice((21, 22, 23))}0{r.randint(10000, 99999)}"
    date = f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.20{r.randint(21, 24)}"
    doc.h(_t(doc, "f1.h"))
    doc.p(_t(doc, "f1.p").format(lic=lic, date=date, operator=s["operator"]))
    labels = _list(doc, "f1.labels")
    lat, lon = s["dms"]
    coords = _t(doc, "f1.coords").format(lat=lat, lon=lon)
    category = _t(doc, "f1.cat").format(cat=s["cat"])
    if vi:
        reg = _t(doc, "f1.reg").format(
            bin=s["bin"],
            d1=f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/20{r.randint(5, 12):02d}",
            n=r.randint(3, 11),
            d2=f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2024",
        )
        code = f"1-2-3-4-5-6.{r.randint(10, 150):03d}.VX"
        values = [
            s["operator"],
            s["legal"],
            _t(doc, "f1.head"),
            reg,
            s["name"],
            s["address"],
            coords,
            _t(doc, "f1.kind"),
            category,
            code,
            doc.pick(_list(doc, "f1.area")),
        ]
        caption = _t(doc, "f1.caption")
    else:
        who = f"{s['operator']}\n{s['legal']}\n{doc.v('БИН', 'БСН', '')}: {s['bin']}"
        values = [
            who,
            f"{s['name']}\n{s['address']}",
            s["kato"],
            coords,
            category,
            _t(doc, "f1.special"),
            _t(doc, "f1.issuer"),
            _t(doc, "f1.head"),
            f"{r.randint(1, 3):03d}",
            date,
            _t(doc, "f1.term"),
            _t(doc, "f1.place"),
        ]
        caption = None
    rows = [[a, b] for a, b in zip(labels, values, strict=True)]
    doc.table(caption, rows, role="facility")
    out = {
        "bin": s["bin"],
        "name_contains": s["name"],
        "category": s["cat"],
        "lat": s["lat"],
        "lon": s["lon"],
    }
    if not vi:
        out["kato"] = s["kato"]
    doc.add("facilities", out)
    cars = [_row(doc, "f1.cars.head")]
    for k, model in enumerate(r.sample(_list(doc, "f1.cars"), 3), 1):
        load = r.choice((5, 8, 10, 12, 15))
        row = [str(k), model, _plate(doc), str(r.randint(2012, 2023)), num(load, doc.lang)]
        cars.append(row + (["Có"] if vi else []))
    doc.table(_t(doc, "f1.cars.caption"), cars, role="other")


TEXT |= {
    "f2.h": ("Программа управления отходами на 2026–2035 годы", "2026–2035 жылдарға арналған қалдықтарды басқару бағдарламасы",
             "SỔ ĐĂNG KÝ CHỦ NGUỒN THẢI CHẤT THẢI NGUY HẠI"),
    "f2.h2": ("1. Общие сведения об операторе и объекте", "1. Оператор және объект туралы жалпы мәліметтер",
              "Phần 1. Thông tin chung về chủ nguồn thải"),
    "f2.p": ("Программа разработана в соответствии со статьей 335 Экологического кодекса Республики Казахстан.",
             "Бағдарлама Қазақстан Республикасы Экология кодексінің 335-бабына сәйкес әзірленді.",
             "Sổ đăng ký được lập theo mẫu quy định, lưu giữ tại cơ sở và xuất trình khi có yêu cầu của cơ quan quản lý."),
    "f2.caption": ("Таблица 1.1", "1.1-кесте", ""),
    "f2.lines": ("1.1. Наименование оператора: {operator}|1.2. Бизнес-идентификационный номер (БИН): {bin}|"
                 "1.3. Юридический адрес: {legal}|1.4. Наименование объекта: {name}|1.5. Место нахождения объекта: {address}|"
                 "1.6. Код КАТО: {kato}|1.7. Основной вид деятельности (ОКЭД): {oked} – {oked_words}|"
                 "1.8. Категория объекта: {cat}|1.9. Координаты центра площадки: широта {lat}, долгота {lon}|"
                 "1.10. Проектная мощность: {capacity} т/год|1.11. Ответственный за обращение с отходами: {who}",
                 "1.1. Оператордың атауы: {operator}|1.2. Бизнес-сәйкестендіру нөмірі (БСН): {bin}|"
                 "1.3. Заңды мекенжайы: {legal}|1.4. Объектінің атауы: {name}|1.5. Объектінің орналасқан жері: {address}|"
                 "1.6. ҚАТО коды: {kato}|1.7. Негізгі қызмет түрі (ЭҚЖЖ): {oked} – {oked_words}|"
                 "1.8. Объектінің санаты: {cat}|1.9. Алаң орталығының координаттары: ендік {lat}, бойлық {lon}|"
                 "1.10. Жобалық қуаты: {capacity} т/жыл|1.11. Қалдықтармен жұмыс істеуге жауапты: {who}",
                 "1. Tên chủ nguồn thải: {operator}|2. Mã số doanh nghiệp: {bin}|3. Địa chỉ văn phòng: {legal}|"
                 "4. Tên cơ sở phát sinh CTNH: {name}|5. Địa chỉ cơ sở: {address}|"
                 "6. Tọa độ cơ sở: vĩ độ {lat}; kinh độ {lon}|7. Mã số QLCTNH: {code}|"
                 "8. Người đại diện: {who}|9. Điện thoại: {phone}"),
    "f2.oked": ("обработка и удаление неопасных отходов|обработка и удаление опасных отходов|восстановление отсортированных материалов",
                "қауіпті емес қалдықтарды өңдеу және жою|қауіпті қалдықтарды өңдеу және жою|сұрыпталған материалдарды қалпына келтіру", ""),
    "f2.who": ("главный инженер Сагындыков Т. М.|эколог Жумабаева А. К.", "бас инженер Сағындықов Т. М.|эколог Жұмабаева А. Қ.",
               "Bà Lê Thị Thu Hà – Phó Giám đốc|Ông Trần Quốc Bảo – Giám đốc"),
}  # fmt: skip
OKED_WORDS = {"38210": 0, "38220": 1, "38320": 2}


def facility_cb2(doc: Doc) -> None:
    """A one-column table whose cells each hold a numbered `label: value` line (the operator, BIN, legal address, the
    site, its place, KATO, OKED with words, category, decimal coordinates with a comma, capacity, the person responsible)
    under a numbered section heading (VI: the first part of a sổ đăng ký chủ nguồn thải with the CTNH management code)."""
    r = doc.rng
    s = _site(doc)
    vi = doc.lang == "vi"
    doc.h(_t(doc, "f2.h"))
    doc.p(_t(doc, "f2.p"))
    doc.h(_t(doc, "f2.h2"))
    lat, lon = (f"{x:.5f}".replace(".", ",") for x in (s["lat"], s["lon"]))
    fields = {
        "operator": s["operator"], "bin": s["bin"], "legal": s["legal"], "name": s["name"], "address": s["address"],
        "kato": s["kato"], "oked": s["oked"], "cat": s["cat"], "lat": lat, "lon": lon,
        "capacity": num(r.randint(6, 60) * 500, doc.lang), "who": doc.pick(_list(doc, "f2.who")),
        "code": f"{r.choice((74, 79, 31, 27, 33))}.00{r.randint(1000, 9999)}.T", "phone": f"0{r.randint(200, 299)} {r.randint(3000000, 3999999)}",
    }  # fmt: skip
    if not vi:
        fields["oked_words"] = _list(doc, "f2.oked")[OKED_WORDS[s["oked"]]]
    rows = [[line.format(**fields)] for line in _list(doc, "f2.lines")]
    doc.table(_t(doc, "f2.caption") or None, rows, role="facility")
    out = {
        "bin": s["bin"],
        "name_contains": s["name"],
        "lat": float(f"{s['lat']:.5f}"),
        "lon": float(f"{s['lon']:.5f}"),
    }
    if not vi:
        out.update(kato=s["kato"], oked=s["oked"], category=s["cat"])
    doc.add("facilities", out)
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- emissions

# (number, (RU, KK, VI name), organised?, processes wastes?, KZ codes, VI codes) of three kinds of recycling plant
PLANTS = {
    "tyre": (
        ("0001", ("Дымовая труба реактора пиролиза", "Пиролиз реакторының түтін мұржасы", "Lò nhiệt phân lốp xe"), True, True,
         ("0301", "0304", "0330", "0337", "0328"), ("2902", "0301", "0330", "0337")),
        ("0002", ("Аспирационная система линии измельчения шин", "Шиналарды ұсату желісінің аспирациялық жүйесі",
                  "Dây chuyền cắt, nghiền lốp"), True, True, ("2902",), ("2902",)),
        ("0003", ("Дыхательный клапан резервуара пиролизного масла", "Пиролиз майы резервуарының тыныс алу клапаны",
                  "Bồn chứa dầu nhiệt phân"), True, False, ("0333", "2754"), ("0602", "0621")),
        ("6001", ("Склад технического углерода", "Техникалық көміртек қоймасы", "Kho chứa than đen (muội than)"), False, False,
         ("0328",), ("2902",)),
    ),
    "oil": (
        ("0001", ("Дымовая труба печи нагрева сырья", "Шикізатты қыздыру пешінің түтін мұржасы", "Lò gia nhiệt dầu thải"), True, True,
         ("0301", "0304", "0330", "0337", "0328"), ("2902", "0301", "0330", "0337")),
        ("0002", ("Свеча сброса неконденсируемых газов вакуумной колонны", "Вакуумдық колоннаның конденсацияланбайтын газдарын шығару шырағы",
                  "Tháp chưng cất chân không"), True, True, ("0333", "2754"), ("0333", "0602")),
        ("0003", ("Дыхательные клапаны резервуаров отработанного масла", "Пайдаланылған май резервуарларының тыныс алу клапандары",
                  "Bồn chứa dầu thải đầu vào"), True, False, ("2754", "0333"), ("0602", "0621", "0616")),
        ("6001", ("Эстакада слива автоцистерн", "Автоцистерналарды құю эстакадасы", "Khu vực tiếp nhận dầu thải từ xe bồn"), False, False,
         ("2754",), ("0621",)),
    ),
    "battery": (
        ("0001", ("Аспирация участка разделки аккумуляторов", "Аккумуляторларды бөлшектеу учаскесінің аспирациясы",
                  "Khu vực cắt, tách ắc quy"), True, True, ("0184", "0322"), ("0184", "0322")),
        ("0002", ("Труба плавильной печи (рукавный фильтр)", "Балқыту пешінің мұржасы (жеңді сүзгі)", "Lò nấu chì"), True, True,
         ("0184", "0330", "0337", "2902"), ("0184", "2902", "0330", "0337")),
        ("0003", ("Аспирация участка рафинирования свинца", "Қорғасынды тазарту учаскесінің аспирациясы", "Nồi tinh luyện chì"), True, True,
         ("0184", "2902"), ("0184", "2902")),
        ("6001", ("Площадка хранения отработанных аккумуляторов", "Пайдаланылған аккумуляторларды сақтау алаңы",
                  "Kho lưu giữ ắc quy thải"), False, False, ("0322",), ("0322",)),
    ),
}  # fmt: skip

TEXT |= {
    "e1.h": ("Инвентаризация источников выбросов загрязняющих веществ в атмосферу", "Атмосфераға ластаушы заттар шығарындылары көздерін түгендеу",
             "BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG CỦA CƠ SỞ {name}"),
    "e1.p": ("Объект: {name} ({operator}). Инвентаризация выполнена по состоянию на 01.01.2026.",
             "Объект: {name} ({operator}). Түгендеу 01.01.2026 жағдай бойынша орындалды.",
             "Chủ cơ sở: {operator}. Tải lượng bụi, khí thải được tính toán theo hệ số ô nhiễm và công suất xử lý thực tế năm 2025."),
    "e1.head0": ("№ ИЗА|Источник выброса|Перерабатываемые отходы, т/год|Время работы, ч/год|Загрязняющее вещество|^|Выброс|^",
                 "ЛШК №|Шығарынды көзі|Қайта өңделетін қалдықтар, т/жыл|Жұмыс уақыты, сағ/жыл|Ластаушы зат|^|Шығарынды|^",
                 "TT|Công đoạn, nguồn phát sinh|Công suất xử lý (tấn/ngày)|Thông số ô nhiễm|Tải lượng|^"),
    "e1.head1": ("^|^|^|^|код|наименование|г/с|т/год", "^|^|^|^|коды|атауы|г/с|т/жыл", "^|^|^|^|g/s|tấn/năm"),
    "e1.total": ("Всего по предприятию", "Кәсіпорын бойынша барлығы", "Tổng cộng"),
    "e1.caption": ("Таблица 2.3 – Характеристика источников и выбросов загрязняющих веществ",
                   "2.3-кесте – Көздердің және ластаушы заттар шығарындыларының сипаттамасы",
                   "Bảng 3.4. Tải lượng bụi, khí thải phát sinh từ các công đoạn xử lý chất thải"),
}  # fmt: skip


def emissions_cb1(doc: Doc) -> None:
    """A recycler's inventory (worn tyres, used oil or lead batteries): the source's number, its name, the wastes it
    processes in t/year and its hours of work merged over its substances — the throughput a tonnage that is no
    emission, a dash for a store — code and name under a merged `Загрязняющее вещество`, `г/с | т/год` under a merged
    `Выброс`, a total row (VI: a GPMT application's loads by named stage with the capacity in tonnes a day)."""
    r = doc.rng
    vi = doc.lang == "vi"
    s = _open(doc, _t(doc, "e1.h"), _t(doc, "e1.p"), r.choice((2, 3, 4)) if not vi else r.choice((1, 4, 5)))
    kind = {2: "oil", 3: "tyre", 4: "battery", 1: "oil", 5: "tyre"}[s["i"]]
    throughput = r.randint(8, 40) * 500
    rows = [_row(doc, "e1.head0"), _row(doc, "e1.head1")]
    width = len(rows[0])
    lead = 3 if vi else 4
    merges = [(0, c, 1, c) for c in range(lead)] + (
        [(0, 3, 1, 3), (0, 4, 0, 5)] if vi else [(0, 4, 0, 5), (0, 6, 0, 7)]
    )
    all_g, all_t, sources = [], [], []
    for k, (number, names, organized, processes, kz_codes, vi_codes) in enumerate(PLANTS[kind], 1):
        codes = vi_codes if vi else kz_codes
        start = len(rows)
        if vi:
            amount = num(round(throughput / 330, 1), "vi") if processes else "-"
        else:
            amount = num(throughput, doc.lang) if processes else "–"
        hours = num(r.choice((7920, 8760, 6600, 4000)), doc.lang)
        for code in codes:
            g, t = rate(r, 0.0004, 0.9), rate(r, 0.002, 12)
            all_g.append(g)
            all_t.append(t)
            first = len(rows) == start
            if vi:
                rows.append(
                    [
                        str(k) if first else None,
                        names[2] if first else None,
                        amount if first else None,
                        _air(doc, code, 1),
                        num(g, "vi"),
                        num(t, "vi"),
                    ]
                )
                doc.add("emissions", emission(code, g, t))
            else:
                rows.append(
                    [
                        number if first else None,
                        names[_lang(doc)] if first else None,
                        amount if first else None,
                        hours if first else None,
                        code,
                        _air(doc, code),
                        num(g, doc.lang),
                        num(t, doc.lang),
                    ]
                )
                doc.add("emissions", emission(code, g, t, number))
        for c in range(lead):
            _down(rows, start, c, merges)
        sources.append({"number": number, "type": "organized" if organized else "unorganized"})
    foot = [_t(doc, "e1.total")] + [""] * (width - 3) + [_total(doc, all_g), _total(doc, all_t)]
    rows.append(foot)
    doc.table(_t(doc, "e1.caption"), rows, merges, role="emissions")
    if not vi:
        doc.add("sources", *sources)
    maybe_distractor(doc, 0.3)


TEXT |= {
    "e2.h": ("Раздел 3. Расчет выбросов загрязняющих веществ от резервуарного парка", "3-бөлім. Резервуарлар паркінен ластаушы заттар шығарындыларын есептеу",
             "3.2. Tính toán tải lượng hơi dung môi từ khu bồn chứa dầu thải"),
    "e2.p": ("Выбросы от резервуаров рассчитаны по Методическим указаниям по определению выбросов загрязняющих веществ в атмосферу "
             "из резервуаров. Состав паров отработанных масел принят: алканы С12-19 – 99,72 %, сероводород – 0,28 %.",
             "Резервуарлардан шығарындылар резервуарлардан атмосфераға ластаушы заттар шығарындыларын анықтау жөніндегі әдістемелік "
             "нұсқауларға сәйкес есептелді. Пайдаланылған майлар буларының құрамы: алкандар С12-19 – 99,72 %, күкіртсутек – 0,28 %.",
             "Hơi dung môi phát sinh do quá trình hô hấp lớn và hô hấp nhỏ của các bồn chứa dầu thải. Thành phần hơi được xác định theo "
             "kết quả phân tích mẫu dầu thải tiếp nhận năm 2025."),
    "e2.head": ("№ ИЗА|Резервуар|Объем, м3|Код ЗВ|Наименование ЗВ|Класс опасности|Массовая доля в парах, %|Максимальный выброс, г/с|Валовый выброс, т/год",
                "ЛШК №|Резервуар|Көлемі, м3|ЛЗ коды|ЛЗ атауы|Қауіптілік сыныбы|Булардағы массалық үлесі, %|Ең жоғары шығарынды, г/с|Жалпы шығарынды, т/жыл",
                "Bồn chứa|Dung tích (m3)|Thành phần hơi|Tỷ lệ (% khối lượng)|Tải lượng (g/s)|Tải lượng (tấn/năm)"),
    "e2.tanks": ("Резервуар приема отработанного масла РГС-50 № 1|Резервуар приема отработанного масла РГС-50 № 2|"
                 "Резервуар сырья РВС-200|Резервуар регенерированного масла РГС-75|Резервуар кубового остатка РГС-25",
                 "№ 1 пайдаланылған май қабылдау резервуары РГС-50|№ 2 пайдаланылған май қабылдау резервуары РГС-50|"
                 "РВС-200 шикізат резервуары|РГС-75 регенерацияланған май резервуары|РГС-25 текше қалдығы резервуары",
                 "Bồn chứa dầu thải đầu vào T-01|Bồn chứa dầu thải đầu vào T-02|Bồn chứa dầu nền tái chế T-03|Bồn chứa cặn dầu T-04"),
    "e2.volumes": ("50|50|200|75|25", "50|50|200|75|25", "60|60|100|30"),
    "e2.total": ("Итого по резервуарному парку", "Резервуарлар паркі бойынша жиыны", "Tổng cộng"),
    "e2.caption": ("Таблица 3.4 – Выбросы загрязняющих веществ от резервуаров", "3.4-кесте – Резервуарлардан ластаушы заттар шығарындылары",
                   "Bảng 3.9. Tải lượng hơi dung môi từ các bồn chứa"),
}  # fmt: skip
SHARES = {"ru": (("2754", 99.72), ("0333", 0.28)), "vi": (("0602", 12.5), ("0621", 48.3), ("0616", 39.2))}


def emissions_cb2(doc: Doc) -> None:
    """The tank farm of a used-oil regeneration plant: each tank a source (its number, name and volume merged over the
    substances of its vapour), the mass share of each substance in per cent before the rates, a hazard-class column and
    a total row for the farm (VI: the waste-oil tanks named T-01…, benzene, toluene and xylene with their shares)."""
    r = doc.rng
    vi = doc.lang == "vi"
    _open(
        doc,
        doc.v(
            "Проект нормативов допустимых выбросов. {name}",
            "Жол берілетін шығарындылар нормативтерінің жобасы. {name}",
            "BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG CỦA DỰ ÁN MỞ RỘNG {name}",
        ),
        doc.v(
            "Заказчик проекта: {operator}.",
            "Жобаның тапсырыс берушісі: {operator}.",
            "Chủ dự án: {operator}.",
        ),
        1 if vi else 2,
    )
    doc.h(_t(doc, "e2.h"))
    doc.p(_t(doc, "e2.p"))
    names, volumes = _list(doc, "e2.tanks"), _list(doc, "e2.volumes")
    picked = sorted(r.sample(range(len(names)), 3 if vi else r.randint(3, 4)))
    shares = SHARES["vi" if vi else "ru"]
    rows, merges = [_row(doc, "e2.head")], []
    first_no = r.randint(3, 6)
    all_g, all_t, sources = [], [], []
    for n, i in enumerate(picked):
        number = f"{first_no + n:04d}"
        g_all, t_all = rate(r, 0.02, 0.9), rate(r, 0.05, 2.5)
        start = len(rows)
        for code, share in shares:
            g, t = _sig(g_all * share / 100, 4), _sig(t_all * share / 100, 4)
            all_g.append(g)
            all_t.append(t)
            first = len(rows) == start
            if vi:
                rows.append(
                    [
                        names[i] if first else None,
                        num(int(volumes[i]), "vi") if first else None,
                        _air(doc, code),
                        num(share, "vi"),
                        num(g, "vi"),
                        num(t, "vi"),
                    ]
                )
                doc.add("emissions", emission(code, g, t))
            else:
                rows.append(
                    [
                        number if first else None,
                        names[i] if first else None,
                        volumes[i] if first else None,
                        code,
                        _air(doc, code),
                        str(_hazard(code)),
                        num(share, doc.lang),
                        num(g, doc.lang),
                        num(t, doc.lang),
                    ]
                )
                doc.add("emissions", emission(code, g, t, number, _hazard(code)))
        for c in range(2 if vi else 3):
            _down(rows, start, c, merges)
        sources.append({"number": number, "type": "organized"})
    width = len(rows[0])
    rows.append([_t(doc, "e2.total")] + [None] * (width - 3) + [_total(doc, all_g), _total(doc, all_t)])
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 3))
    doc.table(_t(doc, "e2.caption"), rows, merges, role="emissions")
    if not vi:
        doc.add("sources", *sources)
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- wastes

# LoW code: operation (D/R) of a treater; names from vocab.LOW
OPERATION = {
    "13 02 05*": "R9",
    "16 06 01*": "R4",
    "20 01 21*": "D9",
    "15 02 02*": "D10",
    "16 01 07*": "D10",
    "15 01 10*": "D10",
    "08 01 11*": "D10",
    "16 01 03": "R3",
}
# VN-CTNH code: treatment of a Vietnamese treater
VN_METHOD = {
    "17 02 03": "TC",
    "19 06 01": "TC",
    "16 01 06": "HR",
    "18 02 01": "TĐ",
    "18 01 02": "TC",
    "18 01 03": "TĐ",
    "08 02 04": "TĐ",
    "16 01 13": "TC",
}

TEXT |= {
    "w1.h": ("Отчет о деятельности по обезвреживанию и утилизации опасных отходов за 2025 год",
             "2025 жылғы қауіпті қалдықтарды залалсыздандыру және кәдеге жарату жөніндегі қызмет туралы есеп",
             "BÁO CÁO QUẢN LÝ CHẤT THẢI NGUY HẠI NĂM 2025 (dành cho chủ xử lý chất thải nguy hại)"),
    "w1.p": ("Лицензиат: {operator}. Объект: {name}.", "Лицензиат: {operator}. Объект: {name}.", "Tên chủ xử lý: {operator}. Cơ sở xử lý: {name}."),
    "w1.h2": ("2. Сведения об отходах, принятых от сторонних организаций", "2. Бөгде ұйымдардан қабылданған қалдықтар туралы мәліметтер",
              "2. Tình hình tiếp nhận, xử lý chất thải nguy hại"),
    "w1.head": ("№ п/п|Код отхода|Наименование отхода|Принято, т|Код операции*", "№|Қалдық коды|Қалдықтың атауы|Қабылданды, т|Операция коды*",
                "TT|Tên chất thải|Mã CTNH|Số lượng (kg)|Phương án xử lý*"),
    "w1.client": ("Сдатчик: {op} (БИН {bin})", "Тапсырушы: {op} (БСН {bin})", "Chủ nguồn thải: {op} (MSDN {bin})"),
    "w1.sub": ("Итого по сдатчику", "Тапсырушы бойынша жиыны", "Cộng"),
    "w1.total": ("Всего принято", "Барлығы қабылданды", "Tổng cộng"),
    "w1.note": ("* D9 – физико-химическая обработка (демеркуризация); D10 – сжигание на суше; R3 – рециклинг органических веществ; "
                "R4 – рециклинг металлов; R9 – повторная очистка масел.",
                "* D9 – физикалық-химиялық өңдеу (демеркуризация); D10 – құрлықта жағу; R3 – органикалық заттарды рециклингтеу; "
                "R4 – металдарды рециклингтеу; R9 – майларды қайта тазарту.",
                "* TĐ – thiêu đốt; TC – tái chế, thu hồi; HR – hóa rắn (sau khi xử lý thủy ngân)."),
    "w1.caption": ("Таблица 2.1", "2.1-кесте", "Bảng 2. Khối lượng CTNH tiếp nhận theo chủ nguồn thải"),
}  # fmt: skip


def wastes_cb1(doc: Doc) -> None:
    """A treater's report on the wastes accepted from other organisations: a group row per client (with its BIN) spanning
    the table, the client's wastes numbered straight through, a subtotal under each client and the grand total last,
    the operation as a D/R code explained in a footnote (VI: the CTNH received from each chủ nguồn thải in kg, TĐ/TC/HR)."""
    r = doc.rng
    vi = doc.lang == "vi"
    _open(doc, _t(doc, "w1.h"), _t(doc, "w1.p"), r.choice((0, 2)) if doc.lang == "vi" else 0)
    doc.h(_t(doc, "w1.h2"))
    rows, merges = [_row(doc, "w1.head")], []
    clients = r.sample(range(6), 3)
    n, grand = 0, 0.0
    for i in clients:
        op = vocab.FACILITIES[doc.lang][i][1]
        _span(rows, merges, _t(doc, "w1.client").format(op=op, bin=make_msdn(r) if vi else make_bin(r)), 5)
        sub = 0.0
        if vi:
            picked = r.sample(vocab.VN_CTNH, r.randint(2, 3))
            for code, name, _ in picked:
                n += 1
                kg = r.randint(3, 480) * 10
                sub += kg
                rows.append([str(n), name, code, num(kg, "vi"), VN_METHOD[code]])
                doc.add(
                    "wastes",
                    {
                        "code": code + "*",
                        "code_system": "VN-CTNH",
                        "hazardous": True,
                        "amount_t": kg / 1000,
                        "name_contains": name,
                    },
                )
        else:
            picked = r.sample([w for w in vocab.LOW if w[0] in OPERATION], r.randint(2, 3))
            for code, ru, kk in picked:
                n += 1
                name = ru if doc.lang == "ru" else kk
                t = rate(r, 0.05, 38, 3)
                sub += t
                rows.append([str(n), code, name, num(t, doc.lang), OPERATION[code]])
                doc.add(
                    "wastes",
                    {
                        "code": code,
                        "code_system": "LoW",
                        "hazardous": code.endswith("*"),
                        "amount_t": t,
                        "name_contains": name,
                    },
                )
        grand += sub
        rows.append(
            ["", _t(doc, "w1.sub"), "", _total(doc, [sub]), ""]
            if vi
            else ["", "", _t(doc, "w1.sub"), _total(doc, [sub]), ""]
        )
    rows.append(
        ["", _t(doc, "w1.total"), "", _total(doc, [grand]), ""]
        if vi
        else ["", "", _t(doc, "w1.total"), _total(doc, [grand]), ""]
    )
    doc.table(_t(doc, "w1.caption"), rows, merges, role="wastes")
    doc.p(_t(doc, "w1.note"))
    maybe_distractor(doc, 0.25)


# (code, RU, KK, share of the mass burnt in per cent (low, high)) — the secondary wastes of an incinerator
SECONDARY = (
    (
        "19 01 11*",
        "Зола и шлаки, содержащие опасные вещества",
        "Құрамында қауіпті заттар бар күл мен шлактар",
        (16, 22),
    ),
    (
        "19 01 13*",
        "Летучая зола, содержащая опасные вещества",
        "Құрамында қауіпті заттар бар ұшпа күл",
        (2.5, 4),
    ),
    ("19 01 07*", "Твердые отходы газоочистки", "Газ тазартудың қатты қалдықтары", (1.5, 3)),
    ("19 12 02", "Черные металлы, извлеченные из шлака", "Шлактан алынған қара металдар", (0.8, 1.5)),
)
FILTERS = (
    "15 02 02*",
    "Отработанные рукавные фильтры, загрязненные опасными веществами",
    "Қауіпті заттармен ластанған пайдаланылған жеңді сүзгілер",
)

TEXT |= {
    "w2.h": ("3.2. Расчет объемов образования вторичных отходов", "3.2. Қайталама қалдықтардың түзілу көлемдерін есептеу",
             "SỔ THEO DÕI VẬN CHUYỂN CHẤT THẢI NGUY HẠI THÁNG {m}/2025"),
    "w2.p": ("Проектная производительность инсинератора – {mass} т/год сжигаемых отходов. Удельные показатели образования приняты "
             "по данным производителя оборудования и объектов-аналогов.",
             "Инсинератордың жобалық өнімділігі – жылына {mass} т жағылатын қалдық. Түзілудің үлес көрсеткіштері жабдық өндірушісінің "
             "және ұқсас объектілердің деректері бойынша қабылданды.",
             "Đơn vị vận chuyển: {operator}. Các chuyến thu gom được ghi theo từng phương tiện vận chuyển đã đăng ký trong giấy phép môi trường."),
    "w2.head": ("Код|Наименование отхода|Расчетный показатель|Масса сжигаемых отходов, т/год|Количество, т/год",
                "Коды|Қалдықтың атауы|Есептік көрсеткіш|Жағылатын қалдықтардың массасы, т/жыл|Мөлшері, т/жыл",
                "Phương tiện vận chuyển (biển kiểm soát)|Số chứng từ CTNH|Chủ nguồn thải|Tên chất thải|Mã CTNH|Khối lượng (kg)"),
    "w2.share": ("{p} % от массы сжигаемых отходов", "жағылатын қалдықтар массасының {p} %", ""),
    "w2.pieces": ("{n} шт. × {kg} кг", "{n} дана × {kg} кг", ""),
    "w2.total": ("Итого вторичных отходов", "Қайталама қалдықтардың жиыны", "Tổng cộng"),
    "w2.caption": ("Таблица 3.3 – Вторичные отходы термического обезвреживания", "3.3-кесте – Термиялық залалсыздандырудың қайталама қалдықтары",
                   ""),
}  # fmt: skip


def wastes_cb2(doc: Doc) -> None:
    """The secondary wastes of a hazardous-waste incinerator worked out from the mass burnt: the share in per cent as a
    phrase, the mass burnt merged down over the rows it applies to, bag filters worked out from pieces with a dash for
    the mass, the amount in t/year last and a total row (VI: a treater's monthly log of its vehicles carrying CTNH — the
    number plate merged over its consignments, the transfer document and the client before the waste, kg)."""
    r = doc.rng
    vi = doc.lang == "vi"
    if vi:
        month = r.randint(1, 12)
        s = _site(doc, r.choice((0, 2)))
        doc.h(_t(doc, "w2.h").format(m=f"{month:02d}"))
        doc.p(_t(doc, "w2.p").format(operator=s["operator"]))
        rows, merges, total = [_row(doc, "w2.head")], [], 0
        doc_no = r.randint(100, 900)
        for _ in range(3):
            plate, start = _plate(doc), len(rows)
            for code, name, _ in r.sample(vocab.VN_CTNH, r.randint(1, 3)):
                doc_no += r.randint(1, 4)
                kg = r.randint(5, 600) * 10
                total += kg
                client = vocab.FACILITIES["vi"][r.randrange(6)][1]
                rows.append(
                    [
                        plate if len(rows) == start else None,
                        f"{doc_no:04d}/2025/CT",
                        client,
                        name,
                        code,
                        num(kg, "vi"),
                    ]
                )
                doc.add(
                    "wastes",
                    {
                        "code": code + "*",
                        "code_system": "VN-CTNH",
                        "hazardous": True,
                        "amount_t": kg / 1000,
                        "name_contains": name,
                    },
                )
            _down(rows, start, 0, merges)
        rows.append([_t(doc, "w2.total"), None, None, None, None, num(total, "vi")])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
        doc.table(None, rows, merges, role="wastes")
        distractor(doc, "approval")
        return
    _open(
        doc,
        doc.v("Программа управления отходами. {name}", "Қалдықтарды басқару бағдарламасы. {name}", ""),
        doc.v("Оператор: {operator}.", "Оператор: {operator}.", ""),
        0,
    )
    mass = r.randint(12, 40) * 200
    doc.h(_t(doc, "w2.h"))
    doc.p(_t(doc, "w2.p").format(mass=num(mass, doc.lang)))
    rows, merges, amounts = [_row(doc, "w2.head")], [], []
    name_i = 1 if doc.lang == "ru" else 2
    start = len(rows)
    for entry in SECONDARY:
        share = round(r.uniform(*entry[3]), 1)
        amount = round(mass * share / 100, 1)
        amounts.append(amount)
        rows.append(
            [
                entry[0],
                entry[name_i],
                _t(doc, "w2.share").format(p=num(share, doc.lang)),
                num(mass, doc.lang) if len(rows) == start else None,
                num(amount, doc.lang),
            ]
        )
        doc.add(
            "wastes",
            {
                "code": entry[0],
                "code_system": "LoW",
                "hazardous": entry[0].endswith("*"),
                "amount_t": amount,
                "name_contains": entry[name_i],
            },
        )
    _down(rows, start, 3, merges)
    pieces, kg = r.choice((48, 64, 96, 120)), r.choice((2.5, 3.2, 4))
    amount = round(pieces * kg / 1000, 3)
    amounts.append(amount)
    rows.append(
        [
            FILTERS[0],
            FILTERS[name_i],
            _t(doc, "w2.pieces").format(n=pieces, kg=num(kg, doc.lang)),
            "–",
            num(amount, doc.lang),
        ]
    )
    doc.add(
        "wastes",
        {
            "code": FILTERS[0],
            "code_system": "LoW",
            "hazardous": True,
            "amount_t": amount,
            "name_contains": FILTERS[name_i],
        },
    )
    rows.append(["", _t(doc, "w2.total"), "", "", _total(doc, amounts)])
    doc.table(_t(doc, "w2.caption"), rows, merges, role="wastes")
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- limits

# code: (daily, half-hourly) mg/Nm3 at 11 % O2 — an incinerator's technological norms; None is a dash
INCINERATOR = {
    "2902": (10, 30),
    "0316": (10, 60),
    "0342": (1, 4),
    "0330": (50, 200),
    "0301": (200, 400),
    "0337": (50, 100),
    "0183": (0.05, None),
}
# code: (name in the report, limit) mg/Nm3 — QCVN 30:2012/BTNMT, column B
QCVN30 = {
    "2902": ("Bụi tổng", 100),
    "0316": ("Axit clohydric (HCl)", 50),
    "0337": ("Cacbon monoxit (CO)", 250),
    "0330": ("Lưu huỳnh đioxit (SO2)", 250),
    "0301": ("NOx (tính theo NO2)", 500),
    "0183": ("Thủy ngân (Hg)", 0.2),
    "0184": ("Chì (Pb)", 1.2),
}

TEXT |= {
    "l1.h": ("Приложение 1 к комплексному экологическому разрешению", "Кешенді экологиялық рұқсатқа 1-қосымша",
             "BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025"),
    "l1.p": ("Объект: {name}. Оператор: {operator}.", "Объект: {name}. Оператор: {operator}.", "Cơ sở: {name} – {operator}."),
    "l1.p2": ("Концентрации приведены к нормальным условиям (273 К, 101,3 кПа), сухому газу и содержанию кислорода 11 %.",
              "Концентрациялар қалыпты жағдайларға (273 К, 101,3 кПа), құрғақ газға және 11 % оттегі құрамына келтірілген.",
              "Vị trí quan trắc: ống khói lò đốt chất thải nguy hại công suất {cap} kg/giờ (KT1). Kết quả đã quy đổi về điều kiện "
              "tiêu chuẩn và lượng oxy dư chuẩn."),
    "l1.head0": ("№|Загрязняющее вещество|Код|Ед. изм.|Технологический норматив|^",
                 "№|Ластаушы зат|Коды|Өлш. бірл.|Технологиялық норматив|^", ""),
    "l1.head1": ("^|^|^|^|среднесуточный|получасовой", "^|^|^|^|тәуліктік орташа|жарты сағаттық", ""),
    "l1.dioxin": ("Диоксины и фураны (в пересчете на 2,3,7,8-ТХДД)", "Диоксиндер мен фурандар (2,3,7,8-ТХДД-ға қайта есептегенде)", ""),
    "l1.caption": ("Таблица 2 – Технологические нормативы выбросов для дымовой трубы инсинератора",
                   "2-кесте – Инсинератордың түтін мұржасына арналған шығарындылардың технологиялық нормативтері",
                   "Bảng 3.5. Kết quả quan trắc khí thải lò đốt chất thải nguy hại năm 2025"),
    "l1.first": ("", "", "Thông số"),
    "l1.unit": ("", "", "Đơn vị"),
    "l1.round": ("", "", "Đợt {k} ({d})"),
    "l1.norm": ("", "", "QCVN 30:2012/BTNMT (cột B)"),
}  # fmt: skip


def limits_cb1(doc: Doc) -> None:
    """An incinerator's technological norms in a КЭР annex: a daily and a half-hourly value under a merged
    `Технологический норматив`, a unit column, a dash where mercury has no half-hourly norm, the reference conditions in
    the sentence above and a dioxin row in ng TEQ/Nm3 (VI: the year's results transposed — the parameters as columns,
    a unit row, a row per round with its date, the QCVN 30:2012/BTNMT column B as the last row; the stack only in the
    sentence above)."""
    r = doc.rng
    vi = doc.lang == "vi"
    _open(doc, _t(doc, "l1.h"), _t(doc, "l1.p"), r.choice((0, 2)))
    if vi:
        doc.p(_t(doc, "l1.p2").format(cap=num(r.choice((500, 1000, 1500, 2000)), "vi")))
        codes = [c for c in QCVN30 if c in ("2902", "0301", "0337", "0330") or r.random() < 0.7]
        rounds = r.randint(2, 4)
        rows = [
            [_t(doc, "l1.first"), *(QCVN30[c][0] for c in codes)],
            [_t(doc, "l1.unit"), *("mg/Nm3" for _ in codes)],
        ]
        for k in range(1, rounds + 1):
            d = f"{r.randint(2, 27):02d}/{3 * k - r.randint(0, 2):02d}/2025"
            values = [_sig(QCVN30[c][1] * r.uniform(0.05, 0.8), 2) for c in codes]
            rows.append([_t(doc, "l1.round").format(k=k, d=d), *(num(v, "vi") for v in values)])
            for c, v in zip(codes, values, strict=True):
                add(doc, limit(("code", c), "flue_gas", QCVN30[c][1], "mg/Nm3", "B", None, v))
        rows.append([_t(doc, "l1.norm"), *(num(QCVN30[c][1], "vi") for c in codes)])
        doc.table(_t(doc, "l1.caption"), rows, role="limits")
        maybe_distractor(doc, 0.3)
        return
    doc.p(_t(doc, "l1.p2"))
    rows = [_row(doc, "l1.head0"), _row(doc, "l1.head1")]
    merges = [(0, c, 1, c) for c in range(4)] + [(0, 4, 0, 5)]
    daily, half = _t(doc, "l1.head1").split("|")[4:]
    codes = [c for c in INCINERATOR if c in ("2902", "0316", "0301", "0183") or r.random() < 0.75]
    unit = "мг/Нм3" if r.random() < 0.5 else "мг/нм3"
    for k, c in enumerate(codes, 1):
        a, b = INCINERATOR[c]
        rows.append([str(k), _air(doc, c), c, unit, num(a, doc.lang), cell(doc, b, dash="–")])
        add(
            doc,
            limit(("code", c), "flue_gas", a, "mg/Nm3", daily),
            limit(("code", c), "flue_gas", b, "mg/Nm3", half),
        )
    rows.append(
        [
            str(len(codes) + 1),
            _t(doc, "l1.dioxin"),
            "–",
            doc.v("нг ТЭ/Нм3", "нг ТЭ/Нм3", ""),
            num(0.1, doc.lang),
            "–",
        ]
    )
    doc.table(_t(doc, "l1.caption"), rows, merges, role="limits")
    maybe_distractor(doc, 0.3)


TEXT |= {
    "l2.h": ("Нормативы допустимых сбросов загрязняющих веществ", "Ластаушы заттардың жол берілетін төгінділерінің нормативтері",
             "GIẤY PHÉP MÔI TRƯỜNG"),
    "l2.p": ("Объект: {name} ({operator}). Нормативы установлены на 2026–2035 годы.",
             "Объект: {name} ({operator}). Нормативтер 2026–2035 жылдарға белгіленді.",
             "Phụ lục 1. Nội dung cấp phép xả nước thải vào nguồn nước của {name} ({operator})."),
    "l2.p2": ("", "", "Giá trị giới hạn cho phép được tính theo QCVN 40:2011/BTNMT, cột A với hệ số Kq = 0,9 và Kf = 0,9."),
    "l2.head": ("Номер выпуска|Категория сточных вод|Приемник|Расход, м3/сут|Нормируемые показатели и допустимые концентрации, мг/дм3",
                "Шығарылым нөмірі|Ағынды сулардың санаты|Қабылдағыш|Шығыны, м3/тәул|Нормаланатын көрсеткіштер және жол берілетін концентрациялар, мг/дм3",
                "Dòng nước thải|Vị trí xả thải|Lưu lượng xả lớn nhất (m3/ngày đêm)|Chất ô nhiễm và giá trị giới hạn cho phép"),
    "l2.outlets": ("Выпуск № 1|Выпуск № 2", "№ 1 шығарылым|№ 2 шығарылым", "Dòng nước thải số 01|Dòng nước thải số 02"),
    "l2.kinds": ("очищенный фильтрат после локальных очистных сооружений|поверхностные (ливневые) сточные воды с территории",
                 "жергілікті тазарту құрылыстарынан кейінгі тазартылған сүзінді|аумақтан ағатын жерүсті (нөсер) ағынды сулары",
                 "Nước thải sau Module 1 của hệ thống xử lý nước thải tập trung|Nước thải sau Module 2 của hệ thống xử lý nước thải tập trung"),
    "l2.receivers": ("пруд-испаритель|рельеф местности", "буландырғыш тоған|жер бедері",
                     "NT1 – cửa xả số 1 ra kênh tiêu Ngũ Huyện Khê|NT2 – cửa xả số 2 ra kênh tiêu Ngũ Huyện Khê"),
    "l2.caption": ("Таблица 4 – Нормативы сбросов по выпускам", "4-кесте – Шығарылымдар бойынша төгінділер нормативтері",
                   "Bảng 1. Dòng nước thải và giá trị giới hạn các chất ô nhiễm"),
}  # fmt: skip
STORM = ("TSS", "TPH", "pH", "BOD5")
VI_STREAM = ("pH", "BOD5", "COD", "TSS", "NH4+", "TN", "TP", "TPH", "Fe", "Zn")


def limits_cb2(doc: Doc) -> None:
    """A landfill's discharge norms by outlet: all the parameters of an outlet listed in one cell, one `name: value` per
    line, the unit only in the header, pH as a range; the category of water, the receiver and the flow beside it (VI:
    a GPMT's discharge streams of an industrial park's central plant, `parameter: value unit` pairs joined by
    semicolons in one cell, QCVN 40 column A with Kq and Kf only in the sentence above, the point code leading the
    place of discharge)."""
    r = doc.rng
    vi = doc.lang == "vi"
    _open(doc, _t(doc, "l2.h"), _t(doc, "l2.p"), 3 if vi else 1)
    if vi:
        doc.p(_t(doc, "l2.p2"))
    rows = [_row(doc, "l2.head")]
    outlets, kinds, receivers = _list(doc, "l2.outlets"), _list(doc, "l2.kinds"), _list(doc, "l2.receivers")
    for k in range(2):
        if vi:
            params = ["pH", *sorted(r.sample(VI_STREAM[1:], 6), key=VI_STREAM.index)]
            parts = []
            point = receivers[k].split(" ")[0]
            for s in params:
                a = QCVN40[s][0]
                value = a if s == "pH" else round(a * 0.81, 4)
                text = cell(doc, value, to=" – ")
                parts.append(f"{vocab.water(s, 'vi')}: {text}" + ("" if s == "pH" else " mg/l"))
                add(doc, limit(("symbol", s), "waste_water", value, "mg/l", None, point))
            flow = num(r.randint(20, 60) * 100, "vi")
            rows.append([f"{outlets[k]}: {kinds[k]}", receivers[k], flow, "; ".join(parts)])
            continue
        pool = [x for x in DISCHARGE if x != "pH"] if k == 0 else [x for x in STORM if x != "pH"]
        params = sorted(
            r.sample(pool, min(len(pool), r.randint(5, 7) if k == 0 else 2)), key=list(DISCHARGE).index
        ) + ["pH"]
        lines = []
        for s in params:
            name = vocab.water(s, doc.lang)
            lines.append(f"{name if s == 'pH' else _lower(name)}: {cell(doc, DISCHARGE[s])}")
            add(doc, limit(("symbol", s), "waste_water", DISCHARGE[s], "mg/l", None, outlets[k]))
        flow = num(r.randint(8, 90) if k == 0 else r.randint(20, 200), doc.lang)
        rows.append([outlets[k], kinds[k], receivers[k], flow, "\n".join(lines)])
    doc.table(_t(doc, "l2.caption"), rows, role="limits")
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- monitoring

TEXT |= {
    "m1.h": ("Программа производственного экологического контроля. {name}", "Өндірістік экологиялық бақылау бағдарламасы. {name}",
             "CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG ĐỊNH KỲ CỦA {name}"),
    "m1.p": ("Оператор: {operator}. 4. Мониторинг воздействия.", "Оператор: {operator}. 4. Әсер мониторингі.",
             "Chủ cơ sở: {operator}. Chương trình áp dụng từ ngày 01/01/2026."),
    "m1.head": ("№|Точка|Местоположение|Контролируемые показатели|Периодичность",
                "№|Нүкте|Орналасқан жері|Бақыланатын көрсеткіштер|Кезеңділігі",
                "TT|Ký hiệu|Vị trí quan trắc|Thông số quan trắc|Tần suất"),
    "m1.groups": ("Подземные воды (наблюдательные скважины)|Атмосферный воздух (граница СЗЗ)|Почва (граница СЗЗ)",
                  "Жерасты сулары (бақылау ұңғымалары)|Атмосфералық ауа (СҚА шекарасы)|Топырақ (СҚА шекарасы)",
                  "Nước thải tại các hố ga đấu nối|Nước thải sau xử lý|Nước mặt"),
    "m1.wells": ("фоновая, 200 м выше по потоку подземных вод|карта № 1, ниже по потоку|карта № 2, ниже по потоку|"
                 "у пруда-испарителя фильтрата|юго-восточный угол полигона",
                 "фондық, жерасты суларының ағысынан 200 м жоғары|№ 1 карта, ағыс бойынша төмен|№ 2 карта, ағыс бойынша төмен|"
                 "сүзінді буландырғыш тоғанның жанында|полигонның оңтүстік-шығыс бұрышы", ""),
    "m1.sides": ("северная граница|восточная граница|южная граница|западная граница",
                 "солтүстік шекара|шығыс шекара|оңтүстік шекара|батыс шекара", ""),
    "m1.soil": ("у карты № 1|у пруда-испарителя", "№ 1 карта жанында|буландырғыш тоған жанында", ""),
    "m1.vi.hg": ("", "", "Hố ga đấu nối của {op}"),
    "m1.vi.nt": ("", "", "Nước thải sau hệ thống xử lý tập trung, trước cửa xả"),
    "m1.vi.nm": ("", "", "Kênh tiêu, cách cửa xả 100 m về thượng lưu|Kênh tiêu, cách cửa xả 200 m về hạ lưu"),
    "m1.caption": ("Таблица 4.1 – План-график мониторинга воздействия", "4.1-кесте – Әсер мониторингінің жоспар-кестесі",
                   "Bảng 2. Vị trí, thông số và tần suất quan trắc"),
}  # fmt: skip
WELL_POOL = ("pH", "TDS", "Cl-", "SO4", "NO3-", "TPH", "Pb", "Fe")
AIR_POOL = ("0301", "0330", "0337", "0333", "0303", "0410")
SOIL_POOL = ("Pb", "Cd", "Zn", "Cu", "TPH")
HG_POOL = ("pH", "COD", "TSS", "NH4+", "TPH")
NT_POOL = ("pH", "BOD5", "COD", "TSS", "NH4+", "TN", "TP", "TPH", "Zn")
NM_POOL = ("pH", "BOD5", "COD", "TSS", "NH4+", "DO")


def monitoring_cb1(doc: Doc) -> None:
    """A landfill's programme: a group row per medium spanning the table, then a row per point (its code, its place) with
    the parameters and the frequency written once and merged down over all the points of the medium (VI: an industrial
    park's central plant — the connection manholes of its factories HG1…, the outlet NT1 and the canal NM1, NM2)."""
    r = doc.rng
    vi = doc.lang == "vi"
    _open(doc, _t(doc, "m1.h"), _t(doc, "m1.p"), 3 if vi else 1)
    rows, merges, n = [_row(doc, "m1.head")], [], 0
    groups = _list(doc, "m1.groups")
    if vi:
        ops = [vocab.FACILITIES["vi"][i][1] for i in r.sample(range(6), r.randint(4, 5))]
        blocks = [
            (groups[0], [(f"HG{k}", _t(doc, "m1.vi.hg").format(op=op)) for k, op in enumerate(ops, 1)], HG_POOL, 4, r.choice(("quarterly", "monthly"))),
            (groups[1], [("NT1", _t(doc, "m1.vi.nt"))], NT_POOL, 7, "monthly"),
            (groups[2], [(f"NM{k}", p) for k, p in enumerate(_list(doc, "m1.vi.nm"), 1)], NM_POOL, 4, r.choice(("quarterly", "semiannual"))),
        ]  # fmt: skip
    else:
        wells = r.sample(_list(doc, "m1.wells")[1:], r.randint(2, 3))
        blocks = [
            (
                groups[0],
                [(f"Н-{k}", p) for k, p in enumerate([_list(doc, "m1.wells")[0], *wells], 1)],
                WELL_POOL,
                5,
                r.choice(("quarterly", "semiannual")),
            ),
            (
                groups[1],
                [(f"КТ-{k}", p) for k, p in enumerate(_list(doc, "m1.sides"), 1)],
                AIR_POOL,
                4,
                r.choice(("quarterly", "monthly")),
            ),
        ]
        if r.random() < 0.6:
            blocks.append(
                (
                    groups[2],
                    [(f"П-{k}", p) for k, p in enumerate(_list(doc, "m1.soil"), 1)],
                    SOIL_POOL,
                    3,
                    "yearly",
                )
            )
    for title, points, pool, count, word in blocks:
        _span(rows, merges, title, 5)
        picked = sorted(r.sample(pool, count), key=pool.index)
        key = "code" if pool is AIR_POOL else "symbol"
        if key == "code":
            names = [_lower(_air(doc, c)) for c in picked]
        elif pool is SOIL_POOL:
            names = [vocab.soil(s, doc.lang) for s in picked]
        else:
            names = [vocab.water(s, doc.lang) for s in picked]
        start = len(rows)
        for code, place in points:
            n += 1
            first = len(rows) == start
            rows.append(
                [str(n), code, place, ", ".join(names) if first else None, freq(doc, word) if first else None]
            )
            doc.add("monitoring", *(_mon({"point": code}, (key, x), word) for x in picked))
        _down(rows, start, 3, merges)
        _down(rows, start, 4, merges)
    doc.table(_t(doc, "m1.caption"), rows, merges, role="monitoring")
    maybe_distractor(doc, 0.3)


TEXT |= {
    "m2.h": ("Программа производственного экологического контроля на 2026–2028 годы", "2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы",
             "CHƯƠNG TRÌNH QUAN TRẮC KHÍ THẢI"),
    "m2.p": ("{name}, {operator}. 3.2. Мониторинг эмиссий на источниках выбросов.",
             "{name}, {operator}. 3.2. Шығарынды көздеріндегі эмиссиялар мониторингі.",
             "{name} – {operator}. Quan trắc khí thải định kỳ tại các ống thải sau hệ thống xử lý."),
    "m2.head": ("№ ИЗА|Наименование источника|Контролируемые вещества|Периодичность контроля|Метод контроля",
                "ЛШК №|Көздің атауы|Бақыланатын заттар|Бақылау кезеңділігі|Бақылау әдісі",
                "Ký hiệu|Vị trí quan trắc|Thông số quan trắc|Tần suất quan trắc|Phương pháp"),
    "m2.except": ("{default}; {names} – {often}", "{default}; {names} – {often}", "{default}; riêng {names}: {often}"),
    "m2.method": ("инструментальный|инструментально-лабораторный", "аспаптық|аспаптық-зертханалық", "US EPA Method 29; TCVN 5977:2005|US EPA Method 5, 6, 7"),
    "m2.caption": ("Таблица 3.2 – План-график контроля на источниках выбросов", "3.2-кесте – Шығарынды көздеріндегі бақылау жоспар-кестесі",
                   "Bảng 4. Vị trí, thông số và tần suất quan trắc khí thải"),
}  # fmt: skip


def monitoring_cb2(doc: Doc) -> None:
    """Control at the sources of a lead-battery recycler: a row per source with its substances in one cell and a
    frequency cell that gives a default and then an exception for lead (`ежеквартально; свинец и его соединения –
    ежемесячно`), the method last (VI: the stacks with their point codes, `03 tháng/lần; riêng Chì và hợp chất: 01
    tháng/lần`)."""
    r = doc.rng
    vi = doc.lang == "vi"
    _open(doc, _t(doc, "m2.h"), _t(doc, "m2.p"), 4)
    rows = [_row(doc, "m2.head")]
    sources = [x for x in PLANTS["battery"] if x[2]]
    exceptions = r.sample(range(len(sources)), r.randint(1, 2))
    for k, (number, names, _, _, kz_codes, vi_codes) in enumerate(sources):
        codes = vi_codes if vi else kz_codes
        listed = ", ".join(_lower(_air(doc, c)) for c in codes)
        base = r.choice(("quarterly", "semiannual"))
        words = {c: base for c in codes}
        said = freq(doc, base)
        if k in exceptions and "0184" in codes and len(codes) > 1:
            words["0184"] = "monthly"
            said = _t(doc, "m2.except").format(
                default=said, names=_lower(_air(doc, "0184")), often=freq(doc, "monthly")
            )
        point = f"KT{k + 1}" if vi else number
        place = f"Ống thải {_lower(names[2])}" if vi else names[_lang(doc)]
        rows.append([point, place, listed, said, doc.pick(_list(doc, "m2.method"))])
        loc = {"point": point} if vi else {"source_number": number}
        doc.add("monitoring", *(_mon(loc, ("code", c), w) for c, w in words.items()))
        if not vi:
            doc.add("emissions", *(emission(c, None, None, number) for c in codes))
            doc.add("sources", {"number": number, "type": "organized"})
    doc.table(_t(doc, "m2.caption"), rows, role="monitoring")
    maybe_distractor(doc, 0.35)


# ---------------------------------------------------------------- inspections

TEXT |= {
    "i1.h": ("Регламент производственного контроля на площадке обезвреживания отходов", "Қалдықтарды залалсыздандыру алаңындағы өндірістік бақылау регламенті",
             "QUY TRÌNH TỰ KIỂM TRA VỀ BẢO VỆ MÔI TRƯỜNG TẠI KHU XỬ LÝ CHẤT THẢI NGUY HẠI"),
    "i1.p": ("Утвержден приказом директора {operator} от 05.01.2026 № 3-П.", "{operator} директорының 05.01.2026 № 3-Б бұйрығымен бекітілген.",
             "Ban hành kèm theo Quyết định số 03/QĐ-MT ngày 05/01/2026 của Giám đốc {operator}."),
    "i1.head": ("№|Контрольная процедура|Кто проводит|Форма записи", "№|Бақылау рәсімі|Кім жүргізеді|Жазба нысаны",
                "TT|Nội dung kiểm tra|Người thực hiện|Hồ sơ ghi nhận"),
    "i1.units": ("Площадка приема отходов|Склад временного хранения опасных отходов|Печь инсинератора|Система газоочистки инсинератора|"
                 "Установка регенерации масел|Участок демеркуризации ламп|Пруд-испаритель фильтрата|Автомобильные весы",
                 "Қалдықтарды қабылдау алаңы|Қауіпті қалдықтарды уақытша сақтау қоймасы|Инсинератор пеші|Инсинератордың газ тазарту жүйесі|"
                 "Майларды регенерациялау қондырғысы|Шамдарды демеркуризациялау учаскесі|Сүзінді буландырғыш тоғаны|Автомобиль таразысы",
                 "Khu vực tiếp nhận chất thải|Kho lưu giữ chất thải nguy hại|Lò đốt chất thải nguy hại|Hệ thống xử lý khí thải lò đốt|"
                 "Hệ thống tái chế dầu thải|Khu vực xử lý bóng đèn thải|Hồ chứa nước mưa chảy tràn|Trạm cân xe"),
    "i1.what": ("целостность покрытия, маркировка принимаемой тары|соблюдение сроков накопления, целостность тары, наличие поддонов|"
                "температура в камере дожигания, состояние футеровки|перепад давления на рукавном фильтре, расход реагентов|"
                "герметичность оборудования, отсутствие проливов|исправность вентиляции, наличие демеркуризационного комплекта|"
                "уровень фильтрата, состояние ограждения и откосов|поверка весов, ведение журнала взвешивания",
                "жабынның бүтіндігі, қабылданатын ыдыстың таңбалануы|жинақтау мерзімдерінің сақталуы, ыдыстың бүтіндігі, тұғырықтардың болуы|"
                "жағып бітіру камерасындағы температура, футеровканың жай-күйі|жеңді сүзгідегі қысым айырмасы, реагенттердің шығыны|"
                "жабдықтың герметикалығы, төгілулердің болмауы|желдетудің ақаусыздығы, демеркуризациялау жиынтығының болуы|"
                "сүзінді деңгейі, қоршау мен еңістердің жай-күйі|таразыны салыстырып тексеру, өлшеу журналын жүргізу",
                "tình trạng nền, nhãn của bao bì chất thải tiếp nhận|thời hạn lưu giữ, tình trạng bao bì, pallet kê|"
                "nhiệt độ buồng đốt thứ cấp, tình trạng lớp gạch chịu lửa|chênh áp túi lọc bụi, lượng hóa chất hấp thụ|"
                "độ kín của thiết bị, không có rò rỉ, tràn đổ|hệ thống thông gió, bộ dụng cụ thu gom thủy ngân|"
                "mực nước, tình trạng bờ hồ|kiểm định cân, sổ theo dõi cân xe"),
    "i1.a": ("{unit}: {what} – {often}", "{unit}: {what} – {often}", "{unit}: kiểm tra {what}, tần suất {often}"),
    "i1.b": ("{Often}: {what} ({unit})", "{Often}: {what} ({unit})", "{Often}: kiểm tra {what} tại {unit_l}"),
    "i1.who": ("мастер смены|инженер-эколог|главный инженер|комиссия по производственному контролю",
               "ауысым шебері|инженер-эколог|бас инженер|өндірістік бақылау жөніндегі комиссия",
               "Trưởng ca vận hành|Cán bộ môi trường|Phó Giám đốc kỹ thuật|Tổ tự kiểm tra của công ty"),
    "i1.form": ("журнал обходов|акт проверки|журнал учета", "аралау журналы|тексеру актісі|есепке алу журналы",
                "Sổ nhật ký vận hành|Biên bản kiểm tra|Phiếu kiểm tra"),
}  # fmt: skip
I1_WORDS = ("daily", "weekly", "monthly", "quarterly", "semiannual", "yearly")


def inspections_cb1(doc: Doc) -> None:
    """A regulation of production control whose procedures are sentences carrying the unit checked, what is checked and
    how often, the frequency written at the end or leading the sentence; who checks and the record form after it."""
    r = doc.rng
    vi = doc.lang == "vi"
    _open(doc, _t(doc, "i1.h"), _t(doc, "i1.p"), r.choice((0, 2)))
    rows = [_row(doc, "i1.head")]
    picked = r.sample(list(zip(_list(doc, "i1.units"), _list(doc, "i1.what"), strict=True)), r.randint(4, 5))
    words = r.sample(I1_WORDS, len(picked))
    for k, ((unit, what), word) in enumerate(zip(picked, words, strict=True), 1):
        often = _often(doc, word)
        form = "i1.b" if r.random() < 0.4 else "i1.a"
        text = _t(doc, form).format(
            unit=unit,
            unit_l=unit[:1].lower() + unit[1:] if vi else unit,
            what=what,
            often=often,
            Often=often[:1].upper() + often[1:],
        )
        rows.append([f"{k}.", text, doc.pick(_list(doc, "i1.who")), doc.pick(_list(doc, "i1.form"))])
        doc.add("obligations", inspection(unit, word))
    doc.table(None, rows, role="inspections")
    maybe_distractor(doc, 0.35)


TEXT |= {
    "i2.h": ("План проверок специализированного автотранспорта на 2026 год", "2026 жылға арналған мамандандырылған автокөлікті тексеру жоспары",
             "KẾ HOẠCH KIỂM TRA PHƯƠNG TIỆN VẬN CHUYỂN CHẤT THẢI NGUY HẠI NĂM 2026"),
    "i2.p": ("{operator}. Перевозка опасных отходов осуществляется транспортом, указанным в приложении к лицензии.",
             "{operator}. Қауіпті қалдықтарды тасымалдау лицензияға қосымшада көрсетілген көлікпен жүзеге асырылады.",
             "{operator}. Các phương tiện đã được đăng ký trong giấy phép môi trường của cơ sở."),
    "i2.head": ("№|Государственный номер|Марка, модель|Проверяемые требования|Периодичность|Ответственный",
                "№|Мемлекеттік нөмірі|Маркасы, моделі|Тексерілетін талаптар|Кезеңділігі|Жауапты",
                "TT|Biển kiểm soát|Loại xe|Nội dung kiểm tra|Tần suất|Người chịu trách nhiệm"),
    "i2.groups": ("Собственный специализированный транспорт|Транспорт, используемый по договору аренды",
                  "Меншікті мамандандырылған көлік|Жалға алу шарты бойынша пайдаланылатын көлік",
                  "Phương tiện thuộc sở hữu của công ty|Phương tiện thuê theo hợp đồng"),
    "i2.what": ("герметичность кузова, наличие знаков опасности и аварийного комплекта|"
                "работоспособность GPS-трекера, ведение путевых листов|исправность сливной арматуры цистерны",
                "шанақтың герметикалығы, қауіптілік белгілері мен авариялық жиынтықтың болуы|"
                "GPS-трекердің жұмысқа қабілеттілігі, жол парақтарын жүргізу|цистернаның құю арматурасының ақаусыздығы",
                "độ kín thùng xe, biển cảnh báo nguy hại, bộ ứng phó sự cố|hoạt động của thiết bị định vị GPS, nhật ký hành trình|"
                "tình trạng van xả của xe bồn"),
    "i2.who": ("начальник транспортного участка", "көлік учаскесінің бастығы", "Đội trưởng đội xe"),
    "i2.caption": ("Таблица 1", "1-кесте", "Bảng 1. Lịch kiểm tra phương tiện"),
}  # fmt: skip
I2_WORDS = ("weekly", "monthly", "quarterly", "semiannual")


def inspections_cb2(doc: Doc) -> None:
    """The special vehicles carrying hazardous wastes checked one by one, each named by its number plate, under group
    rows for own and leased vehicles; what is checked, how often and who checks."""
    r = doc.rng
    _open(doc, _t(doc, "i2.h"), _t(doc, "i2.p"), r.choice((0, 2, 4)))
    rows, merges, n = [_row(doc, "i2.head")], [], 0
    models = _list(doc, "f1.cars")
    for g, title in enumerate(_list(doc, "i2.groups")):
        _span(rows, merges, title, 6)
        for _ in range(r.randint(2, 3) if g == 0 else r.randint(1, 2)):
            n += 1
            plate, word, model = _plate(doc), doc.pick(I2_WORDS), doc.pick(models)
            tank = "цистерн" in model or "bồn" in model
            what = doc.pick(_list(doc, "i2.what") if tank else _list(doc, "i2.what")[:2])
            rows.append(
                [
                    str(n),
                    plate,
                    model,
                    what,
                    _often(doc, word),
                    _t(doc, "i2.who"),
                ]
            )
            doc.add("obligations", inspection(plate, word))
    doc.table(_t(doc, "i2.caption"), rows, merges, role="inspections")
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- tasks

# (group, ((task, term, responsible), …)) per language
T1 = {
    "ru": (
        ("Отработанные масла", (
            ("Заключить договоры на прием отработанных масел с автотранспортными предприятиями области", "I квартал 2026 г.", "Коммерческий отдел"),
            ("Установить дополнительный резервуар приема отработанных масел объемом 50 м3", "до 30.06.2026", "Главный механик"),
            ("Провести гидравлические испытания трубопроводов установки регенерации", "август 2026 г.", "Начальник цеха регенерации"))),
        ("Изношенные шины", (
            ("Открыть пункт приема изношенных шин в г. Костанай", "II квартал 2026 г.", "Заместитель директора по развитию"),
            ("Заменить ножи шредера линии измельчения шин", "май 2026 г.", "Главный механик"),
            ("Оборудовать навес над площадкой хранения резиновой крошки", "до 01.09.2026", "Начальник участка переработки шин"))),
        ("Свинцовые аккумуляторы", (
            ("Устроить кислотоупорное покрытие площадки хранения аккумуляторов", "III квартал 2026 г.", "Главный инженер"),
            ("Провести обучение водителей правилам перевозки опасных отходов", "февраль 2026 г.", "Служба охраны труда"))),
        ("Ртутьсодержащие лампы", (
            ("Приобрести установку демеркуризации ламп производительностью 2 000 шт. в смену", "IV квартал 2026 г.", "Отдел снабжения"),
            ("Получить санитарно-эпидемиологическое заключение на участок демеркуризации", "III квартал 2026 г.", "Инженер-эколог"))),
    ),
    "kk": (
        ("Пайдаланылған майлар", (
            ("Облыстың автокөлік кәсіпорындарымен пайдаланылған майларды қабылдауға шарттар жасасу", "2026 жылғы I тоқсан", "Коммерциялық бөлім"),
            ("Көлемі 50 м3 пайдаланылған майды қабылдаудың қосымша резервуарын орнату", "30.06.2026 дейін", "Бас механик"),
            ("Регенерация қондырғысының құбырларына гидравликалық сынақ жүргізу", "2026 жылғы тамыз", "Регенерация цехының бастығы"))),
        ("Тозған шиналар", (
            ("Қостанай қаласында тозған шиналарды қабылдау пунктін ашу", "2026 жылғы II тоқсан", "Даму жөніндегі директордың орынбасары"),
            ("Шиналарды ұсату желісінің шредер пышақтарын ауыстыру", "2026 жылғы мамыр", "Бас механик"),
            ("Резеңке ұнтағын сақтау алаңының үстіне қалқа орнату", "01.09.2026 дейін", "Шиналарды қайта өңдеу учаскесінің бастығы"))),
        ("Қорғасын аккумуляторлары", (
            ("Аккумуляторларды сақтау алаңына қышқылға төзімді жабын төсеу", "2026 жылғы III тоқсан", "Бас инженер"),
            ("Жүргізушілерді қауіпті қалдықтарды тасымалдау қағидаларына оқыту", "2026 жылғы ақпан", "Еңбекті қорғау қызметі"))),
        ("Құрамында сынап бар шамдар", (
            ("Ауысымына 2 000 дана өнімділігі бар шамдарды демеркуризациялау қондырғысын сатып алу", "2026 жылғы IV тоқсан", "Жабдықтау бөлімі"),
            ("Демеркуризация учаскесіне санитариялық-эпидемиологиялық қорытынды алу", "2026 жылғы III тоқсан", "Инженер-эколог"))),
    ),
    "vi": (
        ("Dầu nhớt thải", (
            ("Ký hợp đồng thu gom dầu nhớt thải với các garage ô tô trên địa bàn", "Quý I/2026", "Phòng Kinh doanh"),
            ("Lắp đặt thêm bồn tiếp nhận dầu thải dung tích 50 m3", "Trước ngày 30/6/2026", "Xưởng Cơ điện"),
            ("Thử áp lực hệ thống đường ống của dây chuyền tái chế dầu", "Tháng 8/2026", "Quản đốc xưởng tái chế dầu"))),
        ("Lốp xe thải", (
            ("Mở điểm tiếp nhận lốp xe thải tại tỉnh Đồng Nai", "Quý II/2026", "Phó Giám đốc kinh doanh"),
            ("Thay dao máy cắt, nghiền lốp xe", "Tháng 5/2026", "Xưởng Cơ điện"),
            ("Làm mái che khu lưu giữ bột cao su", "Trước ngày 01/9/2026", "Quản đốc xưởng tái chế lốp"))),
        ("Ắc quy chì thải", (
            ("Phủ lớp chống axit cho nền kho lưu giữ ắc quy thải", "Quý III/2026", "Phòng Kỹ thuật"),
            ("Tập huấn cho lái xe về vận chuyển chất thải nguy hại", "Tháng 2/2026", "Phòng An toàn – Môi trường"))),
        ("Bóng đèn huỳnh quang thải", (
            ("Đầu tư thiết bị nghiền và thu hồi thủy ngân từ bóng đèn thải", "Quý IV/2026", "Ban Quản lý dự án"),
            ("Lập hồ sơ điều chỉnh giấy phép môi trường bổ sung hạng mục xử lý bóng đèn thải", "Quý III/2026", "Phòng An toàn – Môi trường"))),
    ),
}  # fmt: skip

TEXT |= {
    "t1.h": ("План мероприятий по обращению с отходами на 2026 год", "2026 жылға арналған қалдықтармен жұмыс істеу жөніндегі іс-шаралар жоспары",
             "KẾ HOẠCH QUẢN LÝ CHẤT THẢI NĂM 2026"),
    "t1.p": ("Утвержден директором {operator}.", "{operator} директоры бекіткен.", "Ban hành kèm theo Quyết định của Giám đốc {operator}."),
    "t1.head": ("№|Мероприятие|Срок исполнения|Исполнитель|Отметка о выполнении", "№|Іс-шара|Орындау мерзімі|Орындаушы|Орындалғаны туралы белгі",
                "TT|Nội dung công việc|Thời hạn|Đơn vị thực hiện|Kết quả thực hiện"),
}  # fmt: skip


def tasks_cb1(doc: Doc) -> None:
    """A plan of measures under group rows naming the kind of waste each concerns (used oils, worn tyres, batteries,
    lamps), the items numbered straight through across the groups as `1.`, an empty completion column."""
    r = doc.rng
    _open(doc, _t(doc, "t1.h"), _t(doc, "t1.p"), 2 if doc.lang == "vi" else 0)
    rows, merges, n = [_row(doc, "t1.head")], [], 0
    groups = r.sample(T1[doc.lang], 3)
    for title, items in groups:
        _span(rows, merges, title, 5)
        for text, when, who in r.sample(items, min(len(items), r.randint(1, 3))):
            n += 1
            rows.append([f"{n}.", text, when, who, ""])
            doc.add("obligations", task(str(n), text, who))
    doc.table(None, rows, merges, role="tasks")
    maybe_distractor(doc, 0.35)


# (task, ((measure, indicator, form, responsible, term, cost, source), …)) per language
T2 = {
    "ru": (
        ("Задача 1. Увеличение доли переработки и утилизации принимаемых отходов", (
            ("Ввести в эксплуатацию вторую линию пиролиза изношенных шин", "объем переработки – {a} т/год", "акт ввода в эксплуатацию",
             "Главный инженер", "2027 г.", "собственные средства"),
            ("Организовать раздельный прием отработанных масел по группам", "доля регенерации – не менее {p} %", "приказ",
             "Начальник цеха регенерации", "2026 г.", "не требуется"),
            ("Внедрить установку отверждения золы инсинератора", "снижение захоронения золы на {p} %", "отчет",
             "Технический директор", "2028 г.", "собственные средства"))),
        ("Задача 2. Снижение негативного воздействия объектов размещения отходов", (
            ("Выполнить рекультивацию отработанной карты № 1 полигона", "площадь – {h} га", "акт приемки работ",
             "Начальник полигона", "2027–2028 гг.", "собственные средства"),
            ("Пробурить две дополнительные наблюдательные скважины", "2 скважины", "паспорт скважин",
             "Инженер-эколог", "2026 г.", "собственные средства"),
            ("Реконструировать локальные очистные сооружения фильтрата", "очистка {a} м3/год фильтрата", "акт ввода в эксплуатацию",
             "Главный инженер", "2029 г.", "заемные средства"))),
    ),
    "kk": (
        ("1-міндет. Қабылданатын қалдықтарды қайта өңдеу және кәдеге жарату үлесін арттыру", (
            ("Тозған шиналарды пиролиздеудің екінші желісін пайдалануға беру", "қайта өңдеу көлемі – {a} т/жыл", "пайдалануға беру актісі",
             "Бас инженер", "2027 ж.", "меншікті қаражат"),
            ("Пайдаланылған майларды топтар бойынша бөлек қабылдауды ұйымдастыру", "регенерация үлесі – кемінде {p} %", "бұйрық",
             "Регенерация цехының бастығы", "2026 ж.", "талап етілмейді"),
            ("Инсинератор күлін қатайту қондырғысын енгізу", "күлді көмуді {p} %-ға азайту", "есеп",
             "Техникалық директор", "2028 ж.", "меншікті қаражат"))),
        ("2-міндет. Қалдықтарды орналастыру объектілерінің теріс әсерін азайту", (
            ("Полигонның пайдаланылған № 1 картасын рекультивациялау", "ауданы – {h} га", "жұмыстарды қабылдау актісі",
             "Полигон бастығы", "2027–2028 жж.", "меншікті қаражат"),
            ("Екі қосымша бақылау ұңғымасын бұрғылау", "2 ұңғыма", "ұңғымалар паспорты",
             "Инженер-эколог", "2026 ж.", "меншікті қаражат"),
            ("Сүзіндінің жергілікті тазарту құрылыстарын қайта жаңарту", "жылына {a} м3 сүзіндіні тазарту", "пайдалануға беру актісі",
             "Бас инженер", "2029 ж.", "қарыз қаражаты"))),
    ),
    "vi": (
        ("Mục tiêu 1. Tăng tỷ lệ tái chế, thu hồi chất thải tiếp nhận", (
            ("Đưa vào vận hành dây chuyền nhiệt phân lốp xe thứ hai", "Công suất tái chế {a} tấn/năm", "Biên bản nghiệm thu",
             "Phó Giám đốc kỹ thuật", "Năm 2027", "Vốn tự có"),
            ("Tổ chức tiếp nhận riêng dầu nhớt thải theo nhóm", "Tỷ lệ tái chế dầu đạt tối thiểu {p} %", "Quyết định",
             "Quản đốc xưởng tái chế dầu", "Năm 2026", "Không phát sinh"),
            ("Đầu tư hệ thống hóa rắn tro xỉ lò đốt", "Giảm {p} % khối lượng tro xỉ phải chôn lấp", "Báo cáo",
             "Ban Quản lý dự án", "Năm 2028", "Vốn tự có"))),
        ("Mục tiêu 2. Giảm tác động của khu chôn lấp chất thải", (
            ("Cải tạo, phục hồi môi trường ô chôn lấp số 1", "Diện tích {h} ha", "Biên bản nghiệm thu",
             "Trưởng khu chôn lấp", "Năm 2027–2028", "Vốn tự có"),
            ("Khoan thêm hai giếng quan trắc nước dưới đất", "02 giếng", "Hồ sơ giếng",
             "Phòng An toàn – Môi trường", "Năm 2026", "Vốn tự có"),
            ("Nâng cấp hệ thống xử lý nước rỉ rác", "Xử lý {a} m3/năm nước rỉ rác", "Biên bản nghiệm thu",
             "Phó Giám đốc kỹ thuật", "Năm 2029", "Vốn vay"))),
    ),
}  # fmt: skip

TEXT |= {
    "t2.h": ("Программа управления отходами на 2026–2035 годы", "2026–2035 жылдарға арналған қалдықтарды басқару бағдарламасы",
             "CHƯƠNG TRÌNH QUẢN LÝ CHẤT THẢI GIAI ĐOẠN 2026–2030"),
    "t2.p": ("{name} ({operator}). Раздел 6. План мероприятий по реализации Программы.",
             "{name} ({operator}). 6-бөлім. Бағдарламаны іске асыру жөніндегі іс-шаралар жоспары.",
             "{name} ({operator}). Phần 4. Kế hoạch thực hiện chương trình."),
    "t2.head": ("№ п/п|Мероприятия|Показатель (качественный/количественный)|Форма завершения|Ответственные за исполнение|"
                "Срок исполнения|Предполагаемые расходы, тыс. тенге|Источники финансирования",
                "№|Іс-шаралар|Көрсеткіш (сапалық/сандық)|Аяқталу нысаны|Орындалуына жауаптылар|"
                "Орындау мерзімі|Болжамды шығыстар, мың теңге|Қаржыландыру көздері",
                "TT|Nhiệm vụ, giải pháp|Chỉ tiêu|Sản phẩm|Đơn vị chủ trì|Thời gian hoàn thành|Kinh phí dự kiến (triệu đồng)|Nguồn vốn"),
    "t2.caption": ("Таблица 6.1", "6.1-кесте", "Bảng 4.1"),
}  # fmt: skip


def tasks_cb2(doc: Doc) -> None:
    """The plan form of a programme of waste management: the programme's tasks as rows spanning the table, the
    measures under them numbered `1.1`, with a qualitative or quantitative indicator (tonnes a year, per cent,
    hectares), the form of completion, the responsible, the term, the costs and the source of financing (VI: a
    treater's programme with its targets and the product of each task)."""
    r = doc.rng
    _open(doc, _t(doc, "t2.h"), _t(doc, "t2.p"), 2 if doc.lang == "vi" else 0)
    rows, merges = [_row(doc, "t2.head")], []
    for g, (title, items) in enumerate(T2[doc.lang], 1):
        _span(rows, merges, title, 8)
        for k, (text, indicator, form, who, term, source) in enumerate(r.sample(items, r.randint(2, 3)), 1):
            shown = indicator.format(
                a=num(r.randint(4, 30) * 500, doc.lang),
                p=r.choice((30, 40, 60, 85, 90)),
                h=num(round(r.uniform(2, 12), 1), doc.lang),
            )
            free = source in ("не требуется", "талап етілмейді", "Không phát sinh")
            cost = "–" if free else num(r.randint(5, 120) * (1000 if doc.lang != "vi" else 10), doc.lang)
            rows.append([f"{g}.{k}", text, shown, form, who, term, cost, source])
            doc.add("obligations", task(f"{g}.{k}", text, who))
    doc.table(_t(doc, "t2.caption"), rows, merges, role="tasks")
    maybe_distractor(doc, 0.3)


LAYOUTS = [Layout(role, f"CB{k}", globals()[f"{role}_cb{k}"]) for role in ROLES for k in (1, 2)]
"""`facility_cb1` … `tasks_cb2`, in the order of the roles."""
