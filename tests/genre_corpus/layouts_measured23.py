"""Measured blind (part BB of the twelfth blind set: the set 0.711 as first measured on 2026-12-04; part BB
0.625 then, before study), then studied and tuned on: now a tuning layout. What follows is its writer's
description.

A blind held-out set (two layouts per role, `BB1` and `BB2`): never used for tuning, written by someone who neither ran
the extractor on it nor read it, to differ from every layout of `layouts_*.py`.

Theme: agriculture and food processing. Kazakhstan: a pig-breeding complex with its manure lagoons, a broiler poultry
farm with its feed mill and incinerator, a grain elevator with its dryer, a meat-processing plant, a dairy, a sugar
factory in its beet campaign, an agricultural holding's boiler house (an application for a permit with a table of
codes, a report on ПЭК, the calculation sheets of an ОВОС annex, the balance of form 2-ТП (воздух), a waste-management
section, soil on the fields the manure goes to, a ПЭК programme, a control plan on the HACCP pattern, an order, a plan
of building a biogas plant and a memorandum with the district akimat). Vietnam: a tapioca starch factory, a seafood
processing plant, a pig farm, a layer farm, a coffee processing plant, a feed mill, a slaughterhouse (báo cáo đề xuất
cấp GPMT, báo cáo quan trắc, ĐTM, báo cáo công tác bảo vệ môi trường, GPMT annexes, kế hoạch, biên bản thỏa thuận with
the commune People's Committee).

Facility: an application's identity table `реквизит | код | расшифровка` whose code column holds the BIN, the KATO,
the OKED (main and secondary), the category and the country code, the words in the last column (VI: the enterprise
number, the commune's code, VSIC codes) (BB1); a report's card of two columns, the operator's lines on the left and the
site's on the right, each cell `label: value` with the label inside the cell (BB2). Emissions: an ОВОС annex's
calculation sheets, one table per source named in its caption with its type, `показатель | обозначение | ед. изм. |
значение`, the input data and the results under group rows, the maximum one-time and the gross emission of each
substance on two rows (VI: a feed mill's ĐTM, named sources, the operation period in the heading) (BB1); the balance of
the statistical form 2-ТП (воздух): generated, emitted without cleaning, sent to cleaning, captured and emitted in all,
tonnes a year, rows `всего`, `твердые`, `газообразные` that are no substances (VI: a coffee plant's annual report,
generated, captured and released) (BB2). Wastes: a pig complex's wastes with the daily and the yearly output, the
moisture, the code after the amounts and the level of hazard (VI: a pig farm's GPMT, kg a day and kg a year under two
group rows, codes only for the hazardous ones) (BB1); the wastes as columns of a matrix by subdivision — the names in
one header row and the codes in a row under it — and the total row the amounts (VI: a slaughterhouse's CTNH by area
in kg) (BB2). Limits: soil on the fields that take a pig complex's manure, the points as sub-columns, agrochemical
indicators without norms (in other units) and sanitary ones with the ПДК under two group rows (VI: the air of a layer
farm, microclimate rows without norms, NH3 and H2S of QCVN 06 beside dust of QCVN 05) (BB1); a sugar factory's
waste water in the months of its campaign, the ДК written inside the parameter's cell (VI: a seafood plant's four
rounds, the QCVN 11 column B value under the parameter's name) (BB2). Monitoring: a poultry farm's control at sources
where the barns' sources are written as a range (`0002–0006`) (VI: several points with their places in one cell)
(BB1); a row per substance whose cell lists `source – frequency` pairs one per line (VI: `KT1 – 03 tháng/lần`) (BB2).
Inspections: a dairy's control plan on the HACCP pattern: control point, parameter, criterion in words, frequency,
responsible, corrective action (BB1); an order's annex whose frequency and checker cells are merged down over runs of
units (BB2). Tasks: a network schedule of building a biogas plant with a column of predecessor numbers, start and end
(BB1); a memorandum's plan of joint actions where each row names the party that acts — the company, the akimat, the
rural district's akim (VI: the company and the commune People's Committee) (BB2).

The words of each layout are in the text tables (RU, KK, VI); a header row is one string, its cells between `|`, `^`
for a cell a merge covers.
"""

from __future__ import annotations

from . import vocab
from .common import Doc, distractor, freq, make_bin, make_msdn, maybe_distractor, num
from .limits_data import SOIL_PDK, add, cell, limit
from .obligations_data import task
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


def _sig(x: float, digits: int = 3) -> float:
    return float(f"{x:.{digits}g}")


def _mon(loc: dict, key: tuple[str, str], frequency: str) -> dict:
    return {**loc, key[0]: key[1], "frequency": frequency}


def _source(number: str) -> dict:
    return {"number": number, "type": "organized" if int(number) < 6000 else "unorganized"}


def _dms(value: float) -> tuple[str, float]:
    """An angle in degrees, minutes and seconds with a tenth (`51°04′37,2″`) and the decimal degrees it stands for."""
    d = int(value)
    m = int((value - d) * 60)
    s = round(((value - d) * 60 - m) * 60, 1)
    if s >= 60:
        m, s = m + 1, 0.0
    return f"{d}°{m:02d}′{s:04.1f}″".replace(".", ","), d + m / 60 + s / 3600


# names of substances of the Kazakh list that vocab.AIR lacks, as corpus/air_pollutants.csv names them: (RU, KK); the
# Kazakh documents keep the Russian name where the list gives no Kazakh one, and always print the code beside it
EXTRA = {
    "1715": ("Метантиол (Метилмеркаптан)", "Метантиол (метилмеркаптан)"),
    "1314": ("Пропаналь", "Пропаналь"),
    "1849": ("Метиламин", "Метиламин"),
    "2937": ("Пыль зерновая", "Пыль зерновая"),
}


def _air(doc: Doc, code: str, variant: int = 0) -> str:
    if code in EXTRA:
        return EXTRA[code][0 if doc.lang == "ru" else 1]
    return vocab.air(code, doc.lang, variant)


def _quoted(name: str) -> str:
    """The name in guillemets (`Каскелен Агро` of `Свинокомплекс «Каскелен Агро»`), which the site and the operator share."""
    return name.split("«", 1)[1].split("»", 1)[0] if "«" in name else name


# the sites of the set: (name, operator, place) per language
SITES = {
    "pig": {
        "ru": ("Свинокомплекс «Каскелен Агро»", "ТОО «Каскелен Агро»", "Алматинская область, Карасайский район, с. Жамбыл"),
        "kk": ("«Қаскелең Агро» шошқа кешені", "«Қаскелең Агро» ЖШС", "Алматы облысы, Қарасай ауданы, Жамбыл ауылы"),
    },
    "poultry": {
        "ru": ("Птицефабрика «Алтын Құс»", "ТОО «Алтын Құс»", "Акмолинская область, Целиноградский район, с. Акмол"),
        "kk": ("«Алтын Құс» құс фабрикасы", "«Алтын Құс» ЖШС", "Ақмола облысы, Целиноград ауданы, Ақмол ауылы"),
    },
    "elevator": {
        "ru": ("Хлебоприемное предприятие «Есіл Астық»", "ТОО «Есіл Астық Элеватор»",
               "Северо-Казахстанская область, район Шал акына, г. Сергеевка, ул. Элеваторная, 1"),
        "kk": ("«Есіл Астық» астық қабылдау кәсіпорны", "«Есіл Астық Элеватор» ЖШС",
               "Солтүстік Қазақстан облысы, Шал ақын ауданы, Сергеев қ., Элеватор көшесі, 1"),
    },
    "meat": {
        "ru": ("Мясокомбинат «Ертіс Ет»", "ТОО «Ертіс Ет Өнімдері»", "Павлодарская область, г. Павлодар, Промышленная зона Восточная, 18"),
        "kk": ("«Ертіс Ет» ет комбинаты", "«Ертіс Ет Өнімдері» ЖШС", "Павлодар облысы, Павлодар қ., Шығыс өнеркәсіптік аймағы, 18"),
    },
    "dairy": {
        "ru": ("Молочный завод «Сүт Әлемі»", "ТОО «Сүт Әлемі»", "Костанайская область, г. Костанай, ул. Промышленная, 42"),
        "kk": ("«Сүт Әлемі» сүт зауыты", "«Сүт Әлемі» ЖШС", "Қостанай облысы, Қостанай қ., Өнеркәсіп көшесі, 42"),
    },
    "sugar": {
        "ru": ("Сахарный завод «Ақсу Қант»", "АО «Ақсу Қант»", "область Жетісу, Аксуский район, с. Жансугуров"),
        "kk": ("«Ақсу Қант» қант зауыты", "«Ақсу Қант» АҚ", "Жетісу облысы, Ақсу ауданы, Жансүгіров ауылы"),
    },
    "holding": {
        "ru": ("Птицефабрика «Дала Құс» (площадки № 1 и 2)", "ТОО «Дала Агро Холдинг»", "Карагандинская область, Бухар-Жырауский район"),
        "kk": ("«Дала Құс» құс фабрикасы (№ 1 және 2 алаңдар)", "«Дала Агро Холдинг» ЖШС", "Қарағанды облысы, Бұқар жырау ауданы"),
    },
    "tapioca": {
        "vi": ("Nhà máy chế biến tinh bột sắn Tân Châu", "Công ty TNHH Tinh bột sắn Tân Châu", "ấp Hội Thành, xã Tân Hội, tỉnh Tây Ninh"),
    },
    "seafood": {
        "vi": ("Nhà máy chế biến thủy sản đông lạnh Sao Biển", "Công ty Cổ phần Thủy sản Sao Biển",
               "Lô 2-12, Khu công nghiệp Trà Nóc 2, phường Phước Thới, thành phố Cần Thơ"),
    },
    "pigvn": {
        "vi": ("Trang trại chăn nuôi heo Hòa Phước", "Công ty TNHH Chăn nuôi Hòa Phước", "ấp Sóc Lớn, xã Lộc Hưng, tỉnh Đồng Nai"),
    },
    "layer": {
        "vi": ("Trang trại gà đẻ trứng Đức Long", "Công ty Cổ phần Nông nghiệp Đức Long", "ấp 5, xã Xuân Bắc, tỉnh Đồng Nai"),
    },
    "coffee": {
        "vi": ("Nhà máy chế biến cà phê Ea Pốk", "Công ty TNHH Cà phê Ea Pốk", "thôn 3, xã Ea Pốk, tỉnh Đắk Lắk"),
    },
    "feed": {
        "vi": ("Nhà máy sản xuất thức ăn chăn nuôi Thuận Phát", "Công ty TNHH Thức ăn chăn nuôi Thuận Phát",
               "Khu công nghiệp Phú An Thạnh, xã Bến Lức, tỉnh Tây Ninh"),
    },
    "slaughter": {
        "vi": ("Cơ sở giết mổ gia súc, gia cầm tập trung An Phú", "Công ty TNHH Thực phẩm An Phú",
               "ấp Bình Thạnh, xã An Phú, thành phố Hồ Chí Minh"),
    },
}  # fmt: skip


def _site(doc: Doc, kz: str, vi: str) -> tuple[str, str, str]:
    """The (name, operator, place) of the site a layout is about in Kazakhstan (`kz`) or in Vietnam (`vi`)."""
    return SITES[vi if doc.lang == "vi" else kz][doc.lang]


DAILY = {"ru": ("ежедневно",), "kk": ("күн сайын", "күнделікті"), "vi": ("Hằng ngày", "01 lần/ngày")}
WEEKLY = {
    "ru": ("еженедельно", "1 раз в неделю"),
    "kk": ("апта сайын", "аптасына 1 рет"),
    "vi": ("Hằng tuần", "01 lần/tuần"),
}


def _often(doc: Doc, word: str) -> str:
    """A frequency as the document writes it, daily and weekly included."""
    if word == "daily":
        return doc.pick(DAILY[doc.lang])
    if word == "weekly":
        return doc.pick(WEEKLY[doc.lang])
    return freq(doc, word)


# ---------------------------------------------------------------- facility

TEXT |= {
    "f1.title.I": ("Заявка на получение комплексного экологического разрешения", "Кешенді экологиялық рұқсат алуға өтінім",
                   "BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG CỦA CƠ SỞ “{name}”"),
    "f1.title.II": ("Заявление на получение экологического разрешения на воздействие для объектов II категории",
                    "II санаттағы объектілер үшін әсер етуге экологиялық рұқсат алуға өтініш",
                    "BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG CỦA CƠ SỞ “{name}”"),
    "f1.h": ("Раздел 1. Сведения о заявителе и объекте", "1-бөлім. Өтініш беруші және объект туралы мәліметтер",
             "Chương I. THÔNG TIN CHUNG VỀ CƠ SỞ"),
    "f1.p": ("Коды приведены по справочникам: КАТО – классификатор административно-территориальных объектов, ОКЭД – "
             "общий классификатор видов экономической деятельности, код страны – по классификатору стран мира.",
             "Кодтар анықтамалықтар бойынша келтірілген: ҚАТО – әкімшілік-аумақтық объектілер жіктеуіші, ЭҚЖЖ – "
             "экономикалық қызмет түрлерінің жалпы жіктеуіші, ел коды – әлем елдерінің жіктеуіші бойынша.",
             "Các mã số ghi theo: mã số doanh nghiệp do Sở Tài chính cấp; mã đơn vị hành chính theo danh mục của Thủ "
             "tướng Chính phủ; mã ngành theo Hệ thống ngành kinh tế Việt Nam (VSIC 2018)."),
    "f1.caption": ("Таблица 1.1 – Идентификационные сведения", "1.1-кесте – Сәйкестендіру мәліметтері",
                   "Bảng 1.1. Thông tin định danh của cơ sở"),
    "f1.head": ("Наименование реквизита|Код|Расшифровка", "Деректеменің атауы|Коды|Толық жазылуы", "Nội dung|Mã số|Thông tin"),
    "f1.labels": ("Оператор объекта (заявитель), БИН|Наименование объекта|Местонахождение объекта, КАТО|"
                  "Основной вид деятельности, ОКЭД|Вторичный вид деятельности, ОКЭД|Категория объекта|"
                  "Страна регистрации оператора|Производственная мощность",
                  "Объект операторы (өтініш беруші), БСН|Объектінің атауы|Объектінің орналасқан жері, ҚАТО|"
                  "Негізгі қызмет түрі, ЭҚЖЖ|Қосалқы қызмет түрі, ЭҚЖЖ|Объект санаты|Оператордың тіркелген елі|"
                  "Өндірістік қуаты",
                  "Chủ cơ sở (mã số doanh nghiệp)|Tên cơ sở|Địa điểm thực hiện (mã đơn vị hành chính cấp xã)|"
                  "Ngành nghề kinh doanh chính (VSIC)|Ngành nghề kinh doanh khác (VSIC)|Phân loại theo tiêu chí về môi trường|"
                  "Quốc gia đăng ký|Công suất"),
    "f1.oked": ("01461 Разведение свиней|10110 Переработка и консервирование мяса",
                "01461 Шошқа өсіру|10110 Етті қайта өңдеу және консервілеу",
                "1062 Sản xuất tinh bột và các sản phẩm từ tinh bột|1080 Sản xuất thức ăn gia súc, gia cầm và thủy sản"),
    "f1.cat": ("объект {cat} категории (приложение 2 к Экологическому кодексу РК)",
               "{cat} санаттағы объект (ҚР Экология кодексіне 2-қосымша)",
               "Cơ sở thuộc nhóm {cat} theo quy định của Luật Bảo vệ môi trường năm 2020"),
    "f1.country": ("398|Республика Казахстан", "398|Қазақстан Республикасы", "704|Việt Nam"),
    "f1.cap.I": ("3 600 свиноматок; 46 000 мест для свиней на откорме", "3 600 негізгі мегелік; бордақылауға 46 000 орын",
                 "300 tấn tinh bột sắn/ngày (1.200 tấn củ sắn tươi/ngày)"),
    "f1.cap.II": ("1 800 мест для свиней на откорме", "бордақылауға 1 800 орын", "120 tấn tinh bột sắn/ngày (480 tấn củ sắn tươi/ngày)"),
}  # fmt: skip


def facility_bb1(doc: Doc) -> None:
    """An application's identity table `реквизит | код | расшифровка` (VI `nội dung | mã số | thông tin`) of a pig complex
    (VI: a tapioca starch factory): the code column holds the BIN beside the operator's name, the KATO beside the place,
    the main and a secondary OKED beside their words, the category's numeral beside a phrase and the country's code;
    a dash in the code column on the object's name and capacity."""
    r = doc.rng
    vi = doc.lang == "vi"
    name, operator, place = _site(doc, "pig", "tapioca")
    bin_ = make_msdn(r) if vi else make_bin(r)
    cat = r.choice(("I", "II"))
    kato = f"19{r.randint(3, 6)}{r.randint(230, 499)}{r.choice(('000', '100'))}"
    code = f"{r.randint(25400, 25999)}" if vi else kato
    doc.h(_t(doc, f"f1.title.{cat}").format(name=name.upper()))
    doc.h(_t(doc, "f1.h"))
    doc.p(_t(doc, "f1.p"))
    labels = _list(doc, "f1.labels")
    (main_code, main_words), (side_code, side_words) = (x.split(" ", 1) for x in _list(doc, "f1.oked"))
    country = _list(doc, "f1.country")
    rows = [
        _row(doc, "f1.head"),
        [labels[0], bin_, operator],
        [labels[1], "–", name],
        [labels[2], code, place],
        [labels[3], main_code, main_words],
    ]
    if r.random() < 0.7:
        rows.append([labels[4], side_code, side_words])
    rows.append([labels[5], cat, _t(doc, "f1.cat").format(cat=cat)])
    rows.append([labels[6], *country])
    rows.append([labels[7], "–", _t(doc, f"f1.cap.{cat}")])
    doc.table(_t(doc, "f1.caption"), rows, role="facility")
    out = {"bin": bin_, "name_contains": name if vi else _quoted(name), "category": cat}
    if not vi:
        out.update(kato=kato, oked=main_code)
    doc.add("facilities", out)
    maybe_distractor(doc)


TEXT |= {
    "f2.title": ("Отчет по программе производственного экологического контроля за 2025 год",
                 "2025 жылға арналған өндірістік экологиялық бақылау бағдарламасы бойынша есеп",
                 "BÁO CÁO KẾT QUẢ QUAN TRẮC MÔI TRƯỜNG ĐỊNH KỲ NĂM 2025"),
    "f2.h": ("1. Общие сведения", "1. Жалпы мәліметтер", "I. THÔNG TIN CHUNG"),
    "f2.head": ("Сведения об операторе|Сведения об объекте", "Оператор туралы мәліметтер|Объект туралы мәліметтер",
                "THÔNG TIN VỀ DOANH NGHIỆP|THÔNG TIN VỀ CƠ SỞ"),
    "f2.left": ("Наименование: {operator}|БИН: {bin}|Юридический адрес: {legal}|Руководитель: {head}|Телефон: {phone}",
                "Атауы: {operator}|БСН: {bin}|Заңды мекенжайы: {legal}|Басшысы: {head}|Телефоны: {phone}",
                "Tên doanh nghiệp: {operator}|Mã số doanh nghiệp: {bin}|Địa chỉ trụ sở chính: {legal}|"
                "Người đại diện theo pháp luật: {head}|Điện thoại: {phone}"),
    "f2.right": ("Объект: {name}|Местонахождение: {place}|Код КАТО: {kato}|Категория объекта: {cat}|"
                 "Координаты центра площадки: {lat} с.ш.; {lon} в.д.",
                 "Объект: {name}|Орналасқан жері: {place}|ҚАТО коды: {kato}|Объект санаты: {cat}|"
                 "Алаң орталығының координаттары: {lat} с.е.; {lon} ш.б.",
                 "Tên cơ sở: {name}|Địa điểm: {place}|Loại hình sản xuất: chế biến thủy sản đông lạnh xuất khẩu|"
                 "Phân loại: cơ sở nhóm {cat}|Tọa độ: {lat}N; {lon}E"),
    "f2.legal": ("г. Астана, ул. Сыганак, 29, офис 504", "Астана қ., Сығанақ көшесі, 29, 504-кеңсе",
                 "Số 36 đường Lê Hồng Phong, phường Bình Thủy, thành phố Cần Thơ"),
    "f2.head_person": ("Сапаров Нурлан Ерикович, директор", "Сапаров Нұрлан Ерікұлы, директор", "Ông Trần Quốc Khánh – Tổng Giám đốc"),
    "f2.phone": ("+7 7172 55 41 90", "+7 7172 55 41 90", "0292 3841 566"),
    "f2.period": ("Отчетный период: 1 января – 31 декабря 2025 года. Отчет представлен в департамент экологии по Акмолинской области.",
                  "Есепті кезең: 2025 жылғы 1 қаңтар – 31 желтоқсан. Есеп Ақмола облысы бойынша экология департаментіне ұсынылды.",
                  "Kỳ báo cáo: từ ngày 01/01/2025 đến ngày 31/12/2025."),
}  # fmt: skip


def facility_bb2(doc: Doc) -> None:
    """A report's card of two columns under `Сведения об операторе | Сведения об объекте` (VI `THÔNG TIN VỀ DOANH NGHIỆP |
    THÔNG TIN VỀ CƠ SỞ`): the operator's lines down the left, the site's down the right, each cell `label: value` with
    the label inside the cell (the BIN on the left, the KATO, the category and the coordinates in DMS on the right), a
    closing row merged across naming the period (a poultry farm; VI: a seafood processing plant)."""
    r = doc.rng
    vi = doc.lang == "vi"
    name, operator, place = _site(doc, "poultry", "seafood")
    bin_ = make_msdn(r) if vi else make_bin(r)
    cat = r.choice(("I", "II"))
    kato = f"11{r.randint(3, 6)}{r.randint(230, 499)}{r.choice(('000', '100'))}"
    if vi:
        lat0, lon0 = r.uniform(10.05, 10.15), r.uniform(105.68, 105.76)
    else:
        lat0, lon0 = r.uniform(50.95, 51.25), r.uniform(71.05, 71.55)
    (lat_s, lat), (lon_s, lon) = _dms(lat0), _dms(lon0)
    doc.h(_t(doc, "f2.title"))
    doc.p(f"{name}" if vi else f"{operator}. {name}.")
    doc.h(_t(doc, "f2.h"))
    left = (
        _t(doc, "f2.left")
        .format(
            operator=operator,
            bin=bin_,
            legal=_t(doc, "f2.legal"),
            head=_t(doc, "f2.head_person"),
            phone=_t(doc, "f2.phone"),
        )
        .split("|")
    )
    right = (
        _t(doc, "f2.right")
        .format(name=name, place=place, kato=kato, cat=cat, lat=lat_s, lon=lon_s)
        .split("|")
    )
    rows = [_row(doc, "f2.head"), *([a, b] for a, b in zip(left, right, strict=True))]
    merges: list = []
    _span(rows, merges, _t(doc, "f2.period"), 2)
    doc.table(None, rows, merges, role="facility")
    out = {
        "bin": bin_,
        "name_contains": name if vi else _quoted(name),
        "category": cat,
        "lat": lat,
        "lon": lon,
    }
    if not vi:
        out["kato"] = kato
    doc.add("facilities", out)
    maybe_distractor(doc)


# ---------------------------------------------------------------- emissions

TEXT |= {
    "e1.title": ("Оценка воздействия на окружающую среду. Приложение 3. Расчеты выбросов загрязняющих веществ в атмосферу",
                 "Қоршаған ортаға әсерді бағалау. 3-қосымша. Атмосфераға ластаушы заттар шығарындыларын есептеу",
                 "BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG CỦA DỰ ÁN “{name}”"),
    "e1.p": ("Объект: {name} ({operator}). Расчеты выполнены по методикам, утвержденным приказом Министра охраны "
             "окружающей среды РК от 18 апреля 2008 года № 100-п, для максимальной загрузки оборудования.",
             "Объект: {name} ({operator}). Есептеулер ҚР Қоршаған ортаны қорғау министрінің 2008 жылғы 18 сәуірдегі "
             "№ 100-п бұйрығымен бекітілген әдістемелер бойынша жабдықтың ең жоғары жүктемесі үшін орындалды.",
             "Chủ dự án: {operator}. Tải lượng được tính toán theo hệ số phát thải của Tổ chức Y tế Thế giới (WHO) và "
             "US EPA (AP-42) với công suất thiết kế của nhà máy."),
    "e1.vih": ("", "", "3.2.1.1. Tác động do bụi, khí thải trong giai đoạn vận hành"),
    "e1.grain": ("Характеристика принимаемого зерна", "Қабылданатын астықтың сипаттамасы", ""),
    "e1.grainhead": ("Культура|Объем приемки, т/год|Влажность при приемке, %", "Дақыл|Қабылдау көлемі, т/жыл|Қабылдау кезіндегі ылғалдылығы, %", ""),
    "e1.crops": ("Пшеница|Ячмень|Лен масличный", "Бидай|Арпа|Майлы зығыр", ""),
    "e1.head": ("Наименование показателя|Обозначение|Ед. изм.|Значение", "Көрсеткіштің атауы|Белгіленуі|Өлш. бірл.|Мәні",
                "Thông số|Ký hiệu|Đơn vị|Giá trị"),
    "e1.in": ("Исходные данные", "Бастапқы деректер", "Số liệu đầu vào"),
    "e1.out": ("Результаты расчета", "Есептеу нәтижелері", "Kết quả tính toán"),
    "e1.max": ("Максимальный разовый выброс: {s}", "Ең жоғары бір реттік шығарынды: {s}", "{s}"),
    "e1.year": ("Валовый выброс: {s}", "Жалпы шығарынды: {s}", "{s}"),
    "e1.units": ("г/с|т/год", "г/с|т/жыл", "g/s|tấn/năm"),
    "e1.caption": ("Таблица П3.{k} – Расчет выбросов от источника № {n} «{name}» ({kind} источник)",
                   "П3.{k}-кесте – № {n} «{name}» көзінен шығарындыларды есептеу ({kind} көз)",
                   "Bảng 3.{k}. Tính toán tải lượng bụi, khí thải: {name}"),
    "e1.kind": ("организованный|неорганизованный", "ұйымдастырылған|ұйымдастырылмаған", ""),
}  # fmt: skip
# number, organised, (RU, KK) name, kind of calculation
ELEVATOR = (
    ("6001", False, ("Приемка зерна с автотранспорта (завальная яма)", "Астықты автокөліктен қабылдау (төгу шұңқыры)"), "flow"),
    ("0001", True, ("Зерносушилка ДСП-32 (топка на природном газе)", "ДСП-32 астық кептіргіші (табиғи газ оттығы)"), "dryer"),
    ("0002", True, ("Аспирационная установка надвесового этажа (циклон 4БЦШ-500)",
                    "Таразы үсті қабатының аспирациялық қондырғысы (4БЦШ-500 циклоны)"), "asp"),
    ("6002", False, ("Отгрузка зерна в железнодорожные вагоны", "Астықты теміржол вагондарына тиеу"), "flow"),
)  # fmt: skip
# (RU, KK, symbol, unit RU, unit KK) of the input lines of each kind of calculation
INPUTS = {
    "flow": (("Производительность узла пересыпки", "Құю торабының өнімділігі", "G", "т/ч", "т/сағ"),
             ("Удельное выделение пыли при пересыпке зерна", "Астықты құю кезіндегі шаңның үлестік бөлінуі", "q", "кг/т", "кг/т"),
             ("Коэффициент, учитывающий влажность зерна", "Астық ылғалдылығын ескеретін коэффициент", "K1", "–", "–"),
             ("Время работы узла", "Тораптың жұмыс уақыты", "T", "ч/год", "сағ/жыл")),
    "dryer": (("Производительность по просушенному зерну", "Кептірілген астық бойынша өнімділігі", "П", "т/ч", "т/сағ"),
              ("Расход природного газа", "Табиғи газ шығыны", "B", "тыс. м3/год", "мың м3/жыл"),
              ("Низшая теплота сгорания газа", "Газдың төменгі жану жылуы", "Qн", "МДж/м3", "МДж/м3"),
              ("Время работы зерносушилки", "Астық кептіргіштің жұмыс уақыты", "T", "ч/год", "сағ/жыл")),
    "asp": (("Количество пыли, поступающей в циклон", "Циклонға түсетін шаң мөлшері", "Gвх", "кг/ч", "кг/сағ"),
            ("Степень очистки циклона", "Циклонның тазарту дәрежесі", "η", "%", "%"),
            ("Время работы установки", "Қондырғының жұмыс уақыты", "T", "ч/год", "сағ/жыл")),
}  # fmt: skip
DRYER_GS = {"0301": (0.04, 0.15), "0304": (0.006, 0.025), "0337": (0.08, 0.4), "2937": (0.3, 1.2)}
# VI: (name, kind, codes)
FEED_SOURCES = (
    ("Công đoạn tiếp nhận, nạp nguyên liệu (ngô, khô đậu tương, cám gạo)", "intake", ("2902",)),
    ("Lò hơi đốt viên nén sinh khối công suất 6 tấn hơi/giờ", "boiler", ("2902", "0330", "0301", "0337")),
    ("Công đoạn nghiền nguyên liệu (sau thiết bị lọc bụi túi vải)", "mill", ("2902",)),
)
BOILER_VI = {"2902": ("bụi tổng (sau xyclon)", 1.5, 4.0), "0330": ("SO2", 0.1, 0.35), "0301": ("NO2", 1.0, 2.2),
             "0337": ("CO", 3.0, 8.0)}  # fmt: skip


def _calc(doc: Doc, rows: list, merges: list, inputs: list, results: list) -> None:
    """The two parts of a calculation sheet: the input lines, then two lines per substance (g/s, t/year)."""
    _span(rows, merges, _t(doc, "e1.in"), 4)
    rows.extend(inputs)
    _span(rows, merges, _t(doc, "e1.out"), 4)
    per_s, per_y = _list(doc, "e1.units")
    for label, g_s, t_y in results:
        rows.append([_t(doc, "e1.max").format(s=label), "M", per_s, num(g_s, doc.lang)])
        rows.append([_t(doc, "e1.year").format(s=label), "G", per_y, num(t_y, doc.lang)])


def emissions_bb1(doc: Doc) -> None:
    """An ОВОС annex's calculation sheets of a grain elevator, one table per source: its number, name and type only in
    the caption, `показатель | обозначение | ед. изм. | значение`, the input data under one group row and the results
    under another, each substance on two rows — the maximum one-time emission `M` in г/с and the gross emission `G` in
    т/год, `name (code)` in the label; a table of the grain received (no role) first (VI: a feed mill's ĐTM, named
    sources, the pollutant's name alone in the label, the operation period in the heading)."""
    r = doc.rng
    vi = doc.lang == "vi"
    name, operator, _ = _site(doc, "elevator", "feed")
    doc.h(_t(doc, "e1.title").format(name=name.upper()))
    doc.p(_t(doc, "e1.p").format(name=name, operator=operator))
    if vi:
        doc.h(_t(doc, "e1.vih"))
        for k, (source, kind, codes) in enumerate(FEED_SOURCES, 12):
            rows, merges = [_row(doc, "e1.head")], []
            hours = r.choice((6000, 6600, 7200))
            if kind == "intake":
                q, e = r.randint(15, 25) * 10000, r.choice((0.075, 0.12, 0.17))
                inputs = [
                    ["Khối lượng nguyên liệu nhập", "Q", "tấn/năm", num(q, "vi")],
                    ["Hệ số phát thải bụi", "E", "kg/tấn", num(e, "vi")],
                    ["Thời gian hoạt động", "T", "giờ/năm", num(hours, "vi")],
                ]
                loads = {"2902": q * e / 1000}
            elif kind == "boiler":
                b = r.randint(80, 120) * 100
                inputs = [
                    ["Lượng nhiên liệu tiêu thụ", "B", "tấn/năm", num(b, "vi")],
                    ["Thời gian vận hành", "T", "giờ/năm", num(hours, "vi")],
                ]
                loads = {}
                for j, c in enumerate(codes, 1):
                    what, low, high = BOILER_VI[c]
                    e = round(r.uniform(low, high), 2)
                    inputs.append([f"Hệ số phát thải {what}", f"E{j}", "kg/tấn", num(e, "vi")])
                    loads[c] = b * e / 1000
            else:
                before, eff = r.randint(20, 60), r.choice((98, 99, 99.5))
                inputs = [
                    ["Lượng bụi phát sinh trước xử lý", "q", "kg/giờ", num(before, "vi")],
                    ["Hiệu suất lọc bụi túi vải", "η", "%", num(eff, "vi")],
                    ["Thời gian hoạt động", "T", "giờ/năm", num(hours, "vi")],
                ]
                loads = {"2902": before * (1 - eff / 100) * hours / 1000}
            results = []
            for c in codes:
                t_y = _sig(loads[c], 4)
                g_s = _sig(t_y * 1e6 / (hours * 3600), 4)
                results.append((vocab.air(c, "vi", r.randrange(2)), g_s, t_y))
                doc.add("emissions", emission(c, g_s, t_y, period="operation"))
            _calc(doc, rows, merges, inputs, results)
            doc.table(_t(doc, "e1.caption").format(k=k, name=source), rows, merges, role="emissions")
        maybe_distractor(doc)
        return
    lang = 0 if doc.lang == "ru" else 1
    doc.p(_t(doc, "e1.grain"))
    crops = _list(doc, "e1.crops")
    grain = [
        [c, num(r.randint(8, 60) * 1000, doc.lang), num(r.choice((14, 16, 18, 20, 22)), doc.lang)]
        for c in crops
    ]
    doc.table(None, [_row(doc, "e1.grainhead"), *grain], role="other")
    chosen = [ELEVATOR[1], *r.sample([ELEVATOR[0], ELEVATOR[2], ELEVATOR[3]], 2)]
    chosen.sort(key=lambda x: (not x[1], x[0]))
    kinds = _list(doc, "e1.kind")
    for k, (number, organized, names, kind) in enumerate(chosen, 1):
        doc.add("sources", _source(number))
        lines = INPUTS[kind]
        rows, merges = [_row(doc, "e1.head")], []
        hours = r.randint(8, 26) * 100
        if kind == "flow":
            g, q, k1 = (
                r.choice((50, 80, 100, 150)),
                r.choice((0.02, 0.03, 0.04, 0.06)),
                r.choice((0.4, 0.6, 0.8)),
            )
            values = [g, q, k1, hours]
            loads = {"2937": g * q * k1 / 3.6}
        elif kind == "dryer":
            values = [32, r.randint(25, 60) * 10, 33.5, hours]
            loads = {c: r.uniform(*DRYER_GS[c]) for c in ("0301", "0304", "0337", "2937")}
        else:
            into, eff = r.randint(20, 60), r.choice((85, 88, 90, 92))
            values = [into, eff, hours]
            loads = {"2937": into * (1 - eff / 100) / 3.6}
        inputs = [
            [line[lang], line[2], line[3 + lang], num(v, doc.lang)]
            for line, v in zip(lines, values, strict=True)
        ]
        results = []
        for c, load in loads.items():
            g_s = _sig(load, 4)
            t_y = _sig(g_s * hours * 0.0036, 4)
            results.append((f"{_air(doc, c)} ({c})", g_s, t_y))
            doc.add("emissions", emission(c, g_s, t_y, number))
        _calc(doc, rows, merges, inputs, results)
        caption = _t(doc, "e1.caption").format(
            k=k, n=number, name=names[lang], kind=kinds[0 if organized else 1]
        )
        doc.table(caption, rows, merges, role="emissions")
    maybe_distractor(doc)


TEXT |= {
    "e2.title": ("Отчет о выполнении программы производственного экологического контроля за 2025 год. {operator}",
                 "{operator}. 2025 жылғы өндірістік экологиялық бақылау бағдарламасының орындалуы туралы есеп",
                 "BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025"),
    "e2.h": ("2.1. Выбросы загрязняющих веществ в атмосферу", "2.1. Атмосфераға ластаушы заттар шығарындылары",
             "2.2. Kết quả quản lý bụi, khí thải"),
    "e2.p": ("Объект: {name}. Данные приведены в объеме раздела 1 формы 2-ТП (воздух) по всем стационарным источникам "
             "(котельная, кормоцех, птичники, пометохранилище); пыль улавливается батарейными циклонами.",
             "Объект: {name}. Деректер барлық стационарлық көздер (қазандық, жем цехы, құс қоралары, саңғырық қоймасы) "
             "бойынша 2-ТП (ауа) нысанының 1-бөлімі көлемінде келтірілген; шаң батареялық циклондармен ұсталады.",
             "Cơ sở: {name} ({operator}). Bụi phát sinh từ lò sấy cà phê (đốt vỏ cà phê) và công đoạn xát khô được xử "
             "lý bằng xyclon kết hợp lọc bụi túi vải; khí thải lò sấy thải trực tiếp qua ống khói cao 18 m."),
    "e2.caption": ("Таблица 2.1 – Выбросы загрязняющих веществ в атмосферу, их очистка и утилизация за 2025 год, тонн",
                   "2.1-кесте – 2025 жылғы атмосфераға ластаушы заттар шығарындылары, оларды тазарту және кәдеге жарату, тонна",
                   "Bảng 2.3. Tổng hợp lượng bụi, khí thải phát sinh và thải ra môi trường năm 2025"),
    "e2.head": ("Наименование загрязняющего вещества|Код ЗВ|№ строки|Количество ЗВ, отходящих от источников выделения|"
                "в том числе выбрасывается без очистки|поступает на очистные сооружения|из них уловлено и обезврежено|"
                "Всего выброшено в атмосферу за отчетный год",
                "Ластаушы заттың атауы|ЛЗ коды|Жол №|Бөліну көздерінен шығатын ЛЗ саны|оның ішінде тазартусыз шығарылады|"
                "тазарту құрылыстарына түседі|олардан ұсталды және залалсыздандырылды|Есепті жылы атмосфераға барлығы шығарылды",
                "TT|Thông số|Tổng lượng phát sinh (tấn/năm)|Lượng được thu giữ, xử lý (tấn/năm)|"
                "Lượng thải ra môi trường (tấn/năm)|Hiệu suất xử lý (%)"),
    "e2.letters": ("А|Б|В|1|2|3|4|5", "А|Б|В|1|2|3|4|5", ""),
    "e2.all": ("Всего|в том числе: твердые|газообразные и жидкие", "Барлығы|оның ішінде: қатты|газ тәрізді және сұйық", ""),
    "e2.note": ("Примечание: графа 5 = графа 1 – графа 4.", "Ескертпе: 5-баған = 1-баған – 4-баған.",
                "Ghi chú: “-”: không có thiết bị xử lý."),
}  # fmt: skip
# code: (generated low, high, captured share of what goes to cleaning or None)
BALANCE_SOLID = {"2937": (6, 22, (0.85, 0.94)), "2908": (25, 90, (0.8, 0.9)), "0328": (0.4, 3, None)}
BALANCE_GAS = {
    "0301": (3, 15),
    "0304": (0.5, 2.5),
    "0330": (8, 30),
    "0337": (10, 45),
    "0303": (5, 25),
    "0333": (0.2, 1.5),
}
COFFEE = {
    "2902": (20, 60, (0.95, 0.985)),
    "0330": (0.4, 2.5, None),
    "0301": (3, 9, None),
    "0337": (8, 26, None),
}


def emissions_bb2(doc: Doc) -> None:
    """The balance of the statistical form 2-ТП (воздух) in a report on ПЭК of a poultry holding: name, code, line
    number, then tonnes generated, emitted without cleaning, sent to cleaning, captured and emitted in all (the item's
    t/year), a row of column letters, `Всего`, `в том числе: твердые`, `газообразные и жидкие` rows that are no
    substances, dashes where nothing goes to cleaning; no sources, no g/s (VI: a coffee plant's annual report, the
    pollutant, tonnes generated, captured and released, the efficiency)."""
    r = doc.rng
    vi = doc.lang == "vi"
    name, operator, _ = _site(doc, "holding", "coffee")
    doc.h(_t(doc, "e2.title").format(operator=operator))
    doc.h(_t(doc, "e2.h"))
    doc.p(_t(doc, "e2.p").format(name=name, operator=operator))
    if vi:
        rows = [_row(doc, "e2.head")]
        for k, (c, (low, high, share)) in enumerate(COFFEE.items(), 1):
            made = round(r.uniform(low, high), 3)
            caught = round(made * r.uniform(*share), 3) if share else None
            out = round(made - (caught or 0), 3)
            eff = num(round(caught / made * 100, 1), "vi") if caught else "-"
            rows.append(
                [
                    str(k),
                    vocab.air(c, "vi", r.randrange(2)),
                    num(made, "vi"),
                    num(caught, "vi") if caught else "-",
                    num(out, "vi"),
                    eff,
                ]
            )
            doc.add("emissions", emission(c, None, out))
        doc.table(_t(doc, "e2.caption"), rows, role="emissions")
        doc.p(_t(doc, "e2.note"))
        maybe_distractor(doc)
        return
    solids = ["2937", *r.sample(["2908", "0328"], r.randint(1, 2))]
    gases = sorted(r.sample(list(BALANCE_GAS), r.randint(4, 6)), key=list(BALANCE_GAS).index)
    lines: dict[str, tuple[float, float, float, float, float]] = {}
    for c in solids:
        low, high, share = BALANCE_SOLID[c]
        made = round(r.uniform(low, high), 3)
        raw = round(made * r.uniform(0.03, 0.12), 3) if share and c == "2937" else (0.0 if share else made)
        to_clean = round(made - raw, 3)
        caught = round(to_clean * r.uniform(*share), 3) if share else 0.0
        lines[c] = (made, raw, to_clean, caught, round(made - caught, 3))
    for c in gases:
        made = round(r.uniform(*BALANCE_GAS[c]), 3)
        lines[c] = (made, made, 0.0, 0.0, made)

    def figures(values) -> list[str]:
        return [num(round(v, 3), doc.lang) if v else "–" for v in values]

    def total(codes) -> list[float]:
        return [sum(lines[c][i] for c in codes) for i in range(5)]

    every, solid, gas = _list(doc, "e2.all")
    rows = [_row(doc, "e2.head"), _row(doc, "e2.letters")]
    rows.append([every, "–", "101", *figures(total(solids + gases))])
    rows.append([solid, "–", "102", *figures(total(solids))])
    n = 102
    for c in solids:
        n += 1
        rows.append([_air(doc, c), c, str(n), *figures(lines[c])])
    n += 1
    rows.append([gas, "–", str(n), *figures(total(gases))])
    for c in gases:
        n += 1
        rows.append([_air(doc, c), c, str(n), *figures(lines[c])])
    for c in solids + gases:
        doc.add("emissions", emission(c, None, lines[c][4]))
    doc.table(_t(doc, "e2.caption"), rows, role="emissions")
    doc.p(_t(doc, "e2.note"))
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

TEXT |= {
    "w1.title": ("Программа управления отходами {operator} на 2026–2035 годы",
                 "{operator} 2026–2035 жылдарға арналған қалдықтарды басқару бағдарламасы",
                 "GIẤY PHÉP MÔI TRƯỜNG"),
    "w1.h": ("3. Характеристика образующихся отходов", "3. Түзілетін қалдықтардың сипаттамасы",
             "Phụ lục III. BẢO ĐẢM YÊU CẦU BẢO VỆ MÔI TRƯỜNG ĐỐI VỚI QUẢN LÝ CHẤT THẢI"),
    "w1.p": ("Объект: {name}. Выход навоза рассчитан по среднегодовому поголовью и нормам выхода на одну голову; "
             "суточный выход приведен для отходов, образующихся непрерывно.",
             "Объект: {name}. Көң шығымы орташа жылдық мал басы мен бір басқа шаққандағы шығым нормалары бойынша "
             "есептелді; тәуліктік шығым үздіксіз түзілетін қалдықтар үшін келтірілген.",
             "A. Chủng loại, khối lượng chất thải phát sinh tại {name}:"),
    "w1.head": ("№ п/п|Наименование отхода|Место образования|Влажность, %|Выход, т/сут|Выход, т/год|Код отхода|"
                "Уровень опасности|Направление использования (удаления)",
                "Р/с №|Қалдықтың атауы|Түзілу орны|Ылғалдылығы, %|Шығымы, т/тәул|Шығымы, т/жыл|Қалдық коды|"
                "Қауіптілік деңгейі|Пайдалану (жою) бағыты",
                "TT|Tên chất thải|Mã chất thải|Khối lượng (kg/ngày)|Khối lượng (kg/năm)|Biện pháp xử lý"),
    "w1.level": ("опасный|неопасный", "қауіпті|қауіпті емес", ""),
    "w1.g1": ("", "", "1. Chất thải rắn chăn nuôi và chất thải rắn thông thường"),
    "w1.g2": ("", "", "2. Chất thải nguy hại"),
    "w1.caption": ("Таблица 3.1 – Виды и объемы образования отходов", "3.1-кесте – Қалдықтардың түрлері мен түзілу көлемдері", ""),
}  # fmt: skip
# code, (RU, KK) name, (RU, KK) place, moisture, daily t (low, high) or None, yearly t (low, high), (RU, KK) handling
PIG_WASTES = (
    ("02 01 06", ("Навоз свиной жидкий (бесподстилочный)", "Сұйық шошқа көңі (төсеніссіз)"), ("свинарники", "шошқа қоралары"),
     "92–95", (60, 180), None, ("выдерживание в лагунах, внесение на поля", "лагуналарда ұстау, алқаптарға енгізу")),
    ("02 01 02", ("Падеж свиней и последы", "Шошқа өлексесі және бала жолдасы"), ("свинарники, ветпункт", "шошқа қоралары, ветпункт"),
     "–", (0.15, 0.6), None, ("сжигание в инсинераторе", "инсинераторда жағу")),
    ("02 03 04", ("Некондиционные корма и просыпи кормов", "Кондициялық емес жемдер мен жем шашындылары"), ("кормоцех", "жем цехы"),
     "12–14", None, (15, 60), ("передача на переработку", "қайта өңдеуге беру")),
    ("18 02 02*", ("Ветеринарные отходы (шприцы, флаконы из-под вакцин)", "Ветеринариялық қалдықтар (шприцтер, вакцина құтылары)"),
     ("ветпункт", "ветпункт"), "–", None, (0.1, 0.8), ("обезвреживание специализированной организацией", "мамандандырылған ұйымның залалсыздандыруы")),
    ("15 01 10*", ("Тара из-под дезинфицирующих средств", "Дезинфекциялық заттардың ыдысы"), ("санпропускники, дезбарьеры", "санөткізгіштер, дезтосқауылдар"),
     "–", None, (0.2, 1.5), ("передача специализированной организации", "мамандандырылған ұйымға беру")),
    ("20 01 21*", ("Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар"), ("все подразделения", "барлық бөлімшелер"),
     "–", None, (0.02, 0.15), ("демеркуризация по договору", "шарт бойынша демеркуризациялау")),
    ("20 03 01", ("Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар"), ("АБК, столовая", "ӘТК, асхана"),
     "–", (0.03, 0.09), None, ("вывоз на полигон ТБО", "ҚТҚ полигонына шығару")),
)  # fmt: skip
# VI: ordinary wastes of a pig farm: name, kg a day (low, high), treatment
PIG_VN = (
    ("Phân heo sau máy ép tách phân", (1500, 4000), "Ủ làm phân bón hữu cơ, bán cho đơn vị thu mua"),
    ("Heo chết (không do dịch bệnh), nhau thai", (20, 60), "Tiêu hủy bằng lò đốt tại trang trại"),
    ("Bùn thải từ bể lắng của hệ thống xử lý nước thải", (100, 400), "Ủ cùng phân heo làm phân bón"),
    ("Bao bì đựng thức ăn chăn nuôi thải", (10, 40), "Tái sử dụng, bán phế liệu"),
    ("Chất thải rắn sinh hoạt", (15, 40), "Chuyển giao cho đơn vị thu gom rác thải sinh hoạt"),
)


def wastes_bb1(doc: Doc) -> None:
    """A pig complex's waste-management programme: the place of formation and the moisture before the output in т/сут
    (a dash for wastes formed now and then) and in т/год — the yearly output the amount — then the code after the amounts,
    the level of hazard in words and the handling (VI: a pig farm's GPMT annex, kg a day and kg a year, a dash a day for
    the hazardous wastes, ordinary wastes without code and CTNH with code under two group rows)."""
    r = doc.rng
    vi = doc.lang == "vi"
    name, operator, _ = _site(doc, "pig", "pigvn")
    doc.h(_t(doc, "w1.title").format(operator=operator))
    if vi:
        doc.p(f"Cấp cho {operator} được thực hiện các hoạt động bảo vệ môi trường của {name}.")
    doc.h(_t(doc, "w1.h"))
    doc.p(_t(doc, "w1.p").format(name=name))
    rows, merges = [_row(doc, "w1.head")], []
    if vi:
        _span(rows, merges, _t(doc, "w1.g1"), 6)
        plain = [PIG_VN[0], *r.sample(PIG_VN[1:], r.randint(2, 4))]
        for k, (wname, (low, high), how) in enumerate(plain, 1):
            day = r.randint(low // 5, high // 5) * 5
            year = day * 365
            rows.append([str(k), wname, "-", num(day, "vi"), num(year, "vi"), how])
            doc.add(
                "wastes",
                {
                    "code": None,
                    "code_system": None,
                    "hazardous": False,
                    "amount_t": year / 1000,
                    "name_contains": wname,
                },
            )
        _span(rows, merges, _t(doc, "w1.g2"), 6)
        for k, (code, wname, _state) in enumerate(r.sample(vocab.VN_CTNH, 3), len(plain) + 1):
            kg = r.randint(2, 40) * 10
            rows.append(
                [str(k), wname, code, "-", num(kg, "vi"), "Chuyển giao cho đơn vị có giấy phép xử lý CTNH"]
            )
            doc.add(
                "wastes",
                {
                    "code": code + "*",
                    "code_system": "VN-CTNH",
                    "hazardous": True,
                    "amount_t": kg / 1000,
                    "name_contains": wname,
                },
            )
        doc.table(None, rows, merges, role="wastes")
        maybe_distractor(doc)
        return
    lang = 0 if doc.lang == "ru" else 1
    levels = _list(doc, "w1.level")
    always = (0, 1, 6)
    chosen = sorted([*always, *r.sample([k for k in range(len(PIG_WASTES)) if k not in always], 3)])
    for n, i in enumerate(chosen, 1):
        code, names, places, moisture, daily, yearly, handling = PIG_WASTES[i]
        if daily:
            day = _sig(r.uniform(*daily), 3)
            year = round(day * 365, 2)
            day_cell = num(day, doc.lang)
        else:
            year = _sig(r.uniform(*yearly), 3)
            day_cell = "–"
        hazardous = code.endswith("*")
        rows.append(
            [
                str(n),
                names[lang],
                places[lang],
                moisture,
                day_cell,
                num(year, doc.lang),
                code,
                levels[0 if hazardous else 1],
                handling[lang],
            ]
        )
        doc.add(
            "wastes",
            {
                "code": code,
                "code_system": "LoW",
                "hazardous": hazardous,
                "amount_t": year,
                "name_contains": names[lang],
            },
        )
    doc.table(_t(doc, "w1.caption"), rows, role="wastes")
    maybe_distractor(doc)


TEXT |= {
    "w2.title": ("Отчет по программе производственного экологического контроля за 2025 год. {name}",
                 "{name}. 2025 жылғы өндірістік экологиялық бақылау бағдарламасы бойынша есеп",
                 "BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – {name}"),
    "w2.h": ("4. Мониторинг отходов производства и потребления", "4. Өндіріс және тұтыну қалдықтарының мониторингі",
             "3. Kết quả quản lý chất thải nguy hại"),
    "w2.p": ("Количество отходов определено по данным журналов учета подразделений и актов передачи.",
             "Қалдықтардың саны бөлімшелердің есепке алу журналдары мен беру актілерінің деректері бойынша анықталды.",
             "Khối lượng chất thải nguy hại phát sinh tại từng khu vực được tổng hợp từ sổ theo dõi và chứng từ chuyển giao:"),
    "w2.caption": ("Таблица 4.1 – Образование отходов по структурным подразделениям за 2025 год",
                   "4.1-кесте – 2025 жылы құрылымдық бөлімшелер бойынша қалдықтардың түзілуі",
                   "Bảng 3.1. Khối lượng chất thải nguy hại phát sinh theo khu vực năm 2025"),
    "w2.corner": ("Подразделение|Образовано отходов, т", "Бөлімше|Түзілген қалдықтар, т", "Khu vực phát sinh|Khối lượng (kg)"),
    "w2.code": ("Код отхода", "Қалдық коды", "Mã CTNH"),
    "w2.total": ("Итого по предприятию", "Кәсіпорын бойынша барлығы", "Tổng cộng"),
    "w2.units": ("Скотобаза предубойного содержания|Убойный цех|Колбасный цех|Холодильник|Локальные очистные сооружения|"
                 "АБК и столовая|Ремонтно-механическая служба",
                 "Союға дейінгі ұстау мал базасы|Сою цехы|Шұжық цехы|Тоңазытқыш|Жергілікті тазарту құрылыстары|ӘТК және асхана|"
                 "Жөндеу-механикалық қызмет",
                 "Khu giết mổ|Khu xử lý nước thải|Xưởng cơ khí – bảo trì|Kho hóa chất|Văn phòng, nhà ăn"),
}  # fmt: skip
# code, (RU, KK) name, the indexes of the subdivisions (of `w2.units`) where it forms, (low, high) t each
MEAT_WASTES = (
    ("02 02 02", ("Отходы убоя (конфискаты, кость)", "Сою қалдықтары (тәркіленген шикізат, сүйек)"), (1, 2), (40, 160)),
    ("02 01 06", ("Навоз и каныга", "Көң және қарын сөлі"), (0, 1), (60, 240)),
    ("02 02 04", ("Жиросодержащий осадок жироуловителей", "Май ұстағыштардың құрамында майы бар тұнбасы"), (4,), (8, 40)),
    ("15 01 02", ("Пластиковая упаковка и оболочка", "Пластик орама және қабық"), (2, 3), (0.8, 6)),
    ("20 01 21*", ("Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар"), (1, 2, 5), (0.005, 0.04)),
    ("15 01 10*", ("Тара из-под моющих и дезинфицирующих средств", "Жуу және дезинфекциялау құралдарының ыдысы"), (1, 2), (0.05, 0.4)),
    ("13 02 05*", ("Отработанные моторные масла", "Пайдаланылған мотор майлары"), (6,), (0.2, 1.2)),
    ("20 03 01", ("Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар"), (5, 1, 2), (4, 25)),
)  # fmt: skip
# VI: the CTNH's index in vocab.VN_CTNH and the areas (of `w2.units`) where it forms
SLAUGHTER_CTNH = {0: (2,), 1: (0, 2, 4), 2: (0, 2), 3: (3,), 4: (1, 3), 5: (2,)}


def wastes_bb2(doc: Doc) -> None:
    """A report's matrix of wastes by subdivision turned the other way: the wastes are the columns — their names in one
    header row under a merged `Образовано отходов, т`, their codes in a row under it — the subdivisions the rows, a dash
    where one forms none, and the last row `Итого по предприятию` the amounts (a meat-processing plant; VI: a
    slaughterhouse's CTNH by area in kg, the CTNH codes in the second header row)."""
    r = doc.rng
    vi = doc.lang == "vi"
    name, _, _ = _site(doc, "meat", "slaughter")
    doc.h(_t(doc, "w2.title").format(name=name))
    doc.h(_t(doc, "w2.h"))
    doc.p(_t(doc, "w2.p"))
    units = _list(doc, "w2.units")
    corner, over = _list(doc, "w2.corner")
    if vi:
        picked = sorted(r.sample(sorted(SLAUGHTER_CTNH), 4))
        wastes = [(vocab.VN_CTNH[i][0], vocab.VN_CTNH[i][1], SLAUGHTER_CTNH[i]) for i in picked]
    else:
        lang = 0 if doc.lang == "ru" else 1
        picked = sorted(r.sample(range(len(MEAT_WASTES)), 5))
        wastes = [
            (MEAT_WASTES[i][0], MEAT_WASTES[i][1][lang], MEAT_WASTES[i][2], MEAT_WASTES[i][3]) for i in picked
        ]
    width = 1 + len(wastes)
    rows = [
        [corner, over] + [None] * (len(wastes) - 1),
        [None, *(w[1] for w in wastes)],
        [_t(doc, "w2.code"), *(w[0] for w in wastes)],
    ]
    merges = [(0, 0, 1, 0), (0, 1, 0, width - 1)]
    table = {u: ["–"] * len(wastes) for u in range(len(units))}
    totals = []
    for j, w in enumerate(wastes):
        amount = 0.0
        for u in w[2]:
            if vi:
                x = float(r.randint(1, 30) * 5)
            else:
                low, high = w[3]
                x = _sig(r.uniform(low, high), 3)
            table[u][j] = num(x, doc.lang)
            amount += x
        totals.append(round(amount, 4))
    for u, unit in enumerate(units):
        if any(x != "–" for x in table[u]):
            rows.append([unit, *table[u]])
    rows.append([_t(doc, "w2.total"), *(num(t, doc.lang) for t in totals)])
    doc.table(_t(doc, "w2.caption"), rows, merges, role="wastes")
    for w, amount in zip(wastes, totals, strict=True):
        if vi:
            doc.add(
                "wastes",
                {
                    "code": w[0] + "*",
                    "code_system": "VN-CTNH",
                    "hazardous": True,
                    "amount_t": amount / 1000,
                    "name_contains": w[1],
                },
            )
        else:
            doc.add(
                "wastes",
                {
                    "code": w[0],
                    "code_system": "LoW",
                    "hazardous": w[0].endswith("*"),
                    "amount_t": amount,
                    "name_contains": w[1],
                },
            )
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

TEXT |= {
    "l1.title": ("Отчет по программе производственного экологического контроля за 2025 год. {name}",
                 "{name}. 2025 жылғы өндірістік экологиялық бақылау бағдарламасы бойынша есеп",
                 "BÁO CÁO KẾT QUẢ QUAN TRẮC MÔI TRƯỜNG ĐỊNH KỲ ĐỢT 2 NĂM 2025 – {name}"),
    "l1.h": ("3.4. Мониторинг почв на полях утилизации навоза", "3.4. Көңді кәдеге жарату алқаптарындағы топырақ мониторингі",
             "2.1. Kết quả quan trắc chất lượng không khí khu vực trang trại"),
    "l1.p": ("Пробы почвы отобраны 18.09.2025 г. из слоя 0–20 см: П-1 – поле № 4 (внесение навоза в 2023–2025 гг.), П-2 – "
             "поле № 7 (внесение навоза в 2025 г.), П-3 – фоновый участок в 2 км к северу от комплекса.",
             "Топырақ сынамалары 2025 жылғы 18.09. 0–20 см қабаттан алынды: П-1 – № 4 алқап (2023–2025 жж. көң енгізілген), "
             "П-2 – № 7 алқап (2025 ж. көң енгізілген), П-3 – кешеннен солтүстікке қарай 2 км жердегі фондық учаске.",
             "Thời gian lấy mẫu: ngày 12/06/2025. Vị trí: KK1 – khu vực giữa dãy chuồng số 2 và số 3; KK2 – khu vực hố ủ "
             "phân, cuối hướng gió; KK3 – cổng trang trại, giáp đường liên xã."),
    "l1.head": ("№|Определяемый показатель|Ед. изм.|Результат анализа по точкам отбора|^|^|ПДК",
                "№|Анықталатын көрсеткіш|Өлш. бірл.|Сынама алу нүктелері бойынша талдау нәтижесі|^|^|ШЖК",
                "TT|Thông số|Đơn vị|Kết quả|^|^|Giá trị giới hạn (trung bình 1 giờ)|Quy chuẩn áp dụng"),
    "l1.points": ("^|^|^|П-1|П-2|П-3 (фон)|^", "^|^|^|П-1|П-2|П-3 (фон)|^", "^|^|^|KK1|KK2|KK3|^|^"),
    "l1.agro": ("А. Агрохимические показатели", "А. Агрохимиялық көрсеткіштер", "A. Thông số vi khí hậu"),
    "l1.san": ("Б. Санитарно-химические показатели", "Б. Санитариялық-химиялық көрсеткіштер", "B. Thông số ô nhiễm"),
    "l1.agrorows": ("pH солевой вытяжки;ед. pH|Гумус;%|Фосфор подвижный (P2O5);мг/100 г|Калий обменный (K2O);мг/100 г",
                    "Тұз сығындысының pH;pH бірл.|Қарашірік;%|Жылжымалы фосфор (P2O5);мг/100 г|Алмаспалы калий (K2O);мг/100 г",
                    "Nhiệt độ;°C|Độ ẩm;%|Tốc độ gió;m/s"),
    "l1.mgkg": ("мг/кг", "мг/кг", ""),
    "l1.caption": ("Таблица 3.4 – Результаты анализа проб почвы", "3.4-кесте – Топырақ сынамаларын талдау нәтижелері",
                   "Bảng 2.1. Kết quả quan trắc không khí xung quanh"),
    "l1.note": ("ПДК – по Гигиеническим нормативам к безопасности среды обитания (приказ МЗ РК от 21.04.2021 № ҚР ДСМ-32); "
                "для меди и цинка – подвижные формы.",
                "ШЖК – Тіршілік ету ортасының қауіпсіздігіне қойылатын гигиеналық нормативтер бойынша (ҚР ДСМ 2021 жылғы "
                "21.04. № ҚР ДСМ-32 бұйрығы); мыс пен мырыш үшін – жылжымалы формалары.",
                "Ghi chú: “-”: không quy định."),
}  # fmt: skip
# symbol: ПДК in soil, mg/kg (nitrates and the metals of limits_data.SOIL_PDK)
SOIL_LIMITS = {"NO3-": 130, **{s: SOIL_PDK[s] for s in ("Pb", "Zn", "Cu", "Ni", "Co", "As", "Hg")}}
SOIL_NAMES = {"NO3-": ("Нитраты", "Нитраттар")}
# code: (µg/m3 one-hour limit, standard) — QCVN 05:2023/BTNMT and QCVN 06:2009/BTNMT
FARM_AIR = {"2902": (300, "QCVN 05:2023/BTNMT"), "0303": (200, "QCVN 06:2009/BTNMT"), "0333": (42, "QCVN 06:2009/BTNMT"),
            "0301": (200, "QCVN 05:2023/BTNMT"), "0330": (350, "QCVN 05:2023/BTNMT")}  # fmt: skip
MICRO = ((27.5, 34.5, 1), (62, 85, 0), (0.4, 2.2, 1))


def limits_bb1(doc: Doc) -> None:
    """Soil on the fields that take a pig complex's manure: the three points (described in the sentence before) as
    sub-columns under a merged header, the ПДК last; agrochemical indicators without a norm (a dash) in other units
    (`ед. pH`, `%`, `мг/100 г`) under one group row, nitrates and metals in мг/кг with their ПДК under another, one
    numbering through both (VI: a layer farm's ambient air at KK1–KK3, microclimate rows without a limit, then dust, NH3
    and H2S with the one-hour limit and the standard it comes from — QCVN 05 or QCVN 06 — in a last column)."""
    r = doc.rng
    vi = doc.lang == "vi"
    name, _, _ = _site(doc, "pig", "layer")
    doc.h(_t(doc, "l1.title").format(name=name))
    doc.h(_t(doc, "l1.h"))
    doc.p(_t(doc, "l1.p"))
    width = 8 if vi else 7
    rows = [_row(doc, "l1.head"), _row(doc, "l1.points")]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 5), (0, 6, 1, 6)] + (
        [(0, 7, 1, 7)] if vi else []
    )
    points = [p.split(" ")[0] for p in rows[1][3:6]]
    n = 0
    _span(rows, merges, _t(doc, "l1.agro"), width)
    for k, line in enumerate(_list(doc, "l1.agrorows")):
        label, unit = line.split(";")
        n += 1
        if vi:
            low, high, digits = MICRO[k]
            cells = [num(round(r.uniform(low, high), digits), "vi") for _ in points]
            rows.append([str(n), label, unit, *cells, "-", "-"])
            continue
        spread = ((6.4, 8.2, 1), (1.8, 4.5, 1), (9, 38, 0), (12, 45, 0))[k]
        cells = [num(round(r.uniform(spread[0], spread[1]), spread[2]), doc.lang) for _ in points]
        rows.append([str(n), label, unit, *cells, "–"])
    _span(rows, merges, _t(doc, "l1.san"), width)
    if vi:
        codes = ["2902", "0303", "0333", *r.sample(["0301", "0330"], r.randint(0, 2))]
        for c in codes:
            lim, standard = FARM_AIR[c]
            n += 1
            values = []
            for j, _ in enumerate(points):
                near = j < 2 and c in ("0303", "0333")
                values.append(
                    float(round(lim * r.uniform(0.35, 0.9) if near else lim * r.uniform(0.05, 0.4)))
                )
            rows.append(
                [
                    str(n),
                    vocab.air(c, "vi", r.randrange(2)),
                    "µg/m3",
                    *(num(v, "vi") for v in values),
                    num(lim, "vi"),
                    standard,
                ]
            )
            for p, v in zip(points, values, strict=True):
                add(doc, limit(("code", c), "air", lim, "µg/m3", "Trung bình 1 giờ", p, v))
        doc.table(_t(doc, "l1.caption"), rows, merges, role="limits")
        doc.p(_t(doc, "l1.note"))
        maybe_distractor(doc)
        return
    pool = list(SOIL_LIMITS)[1:]
    keys = ["NO3-", *sorted(r.sample(pool, r.randint(3, 5)), key=pool.index)]
    for s in keys:
        lim = SOIL_LIMITS[s]
        n += 1
        values = []
        for j, _ in enumerate(points):
            if s == "NO3-":
                v = round(r.uniform(0.7, 1.4) * lim if j < 2 else r.uniform(0.1, 0.3) * lim)
            else:
                v = _sig(lim * (r.uniform(0.2, 0.9) if j < 2 else r.uniform(0.1, 0.5)), 2)
            values.append(float(v))
        label = SOIL_NAMES[s][0 if doc.lang == "ru" else 1] if s in SOIL_NAMES else vocab.soil(s, doc.lang)
        rows.append(
            [str(n), label, _t(doc, "l1.mgkg"), *(num(v, doc.lang) for v in values), num(lim, doc.lang)]
        )
        for p, v in zip(points, values, strict=True):
            add(doc, limit(("symbol", s), "soil", lim, "mg/kg", None, p, v))
    doc.table(_t(doc, "l1.caption"), rows, merges, role="limits")
    doc.p(_t(doc, "l1.note"))
    maybe_distractor(doc)


TEXT |= {
    "l2.title": ("Отчет по программе производственного экологического контроля за сезон переработки сахарной свеклы 2025/2026 гг.",
                 "2025/2026 жж. қант қызылшасын өңдеу маусымындағы өндірістік экологиялық бақылау бағдарламасы бойынша есеп",
                 "BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025"),
    "l2.p": ("{name}. Производственные сточные воды (транспортерно-моечные и жомопрессовые воды после отстойников) "
             "отводятся на поля фильтрации; пробы отбирались ежемесячно на выпуске в пруд-накопитель № 1 лабораторией "
             "ТОО «ЭкоАналитика-Талдыкорган».",
             "{name}. Өндірістік ағынды сулар (тұндырғыштардан кейінгі транспортер-жуу және сығынды-престеу сулары) сүзу "
             "алқаптарына жіберіледі; сынамаларды ай сайын № 1 жинақтауыш тоғанға шығарылымда «ЭкоАналитика-Талдықорған» "
             "ЖШС зертханасы алды.",
             "{name}. Nước thải sau hệ thống xử lý tập trung (công suất 800 m3/ngày đêm) được lấy mẫu tại hố ga sau bể khử "
             "trùng, trước khi xả ra sông Hậu; đơn vị quan trắc: Trung tâm Quan trắc Tài nguyên và Môi trường Cần Thơ."),
    "l2.h": ("2.2. Контроль качества сточных вод", "2.2. Ағынды сулар сапасын бақылау", "2.3. Kết quả quan trắc nước thải"),
    "l2.head": ("№|Показатель, допустимая концентрация (ДК)|Результаты анализов по месяцам, мг/дм3|^|^|^|^",
                "№|Көрсеткіш, рұқсат етілген концентрация (РЕК)|Айлар бойынша талдау нәтижелері, мг/дм3|^|^|^|^",
                "TT|Thông số (giá trị giới hạn theo QCVN 11-MT:2015/BTNMT, cột B)|Đơn vị|Kết quả quan trắc|^|^|^"),
    "l2.periods": ("^|^|сентябрь 2025|октябрь 2025|ноябрь 2025|декабрь 2025|январь 2026",
                   "^|^|2025 қыркүйек|2025 қазан|2025 қараша|2025 желтоқсан|2026 қаңтар",
                   "^|^|^|Đợt 1 (03/2025)|Đợt 2 (06/2025)|Đợt 3 (09/2025)|Đợt 4 (12/2025)"),
    "l2.dk": ("ДК – {v} мг/дм3", "РЕК – {v} мг/дм3", "(≤ {v})"),
    "l2.dkph": ("ДК – {v}", "РЕК – {v}", "({v})"),
    "l2.none": ("н/о", "с/а", "-"),
    "l2.caption": ("Таблица 2.2 – Качество сточных вод, отводимых на поля фильтрации",
                   "2.2-кесте – Сүзу алқаптарына жіберілетін ағынды сулардың сапасы",
                   "Bảng 2.3. Kết quả quan trắc nước thải sau xử lý năm 2025"),
    "l2.note": ("н/о – проба не отбиралась (остановка выпуска на период ремонта насосной станции).",
                "с/а – сынама алынбады (сорғы станциясын жөндеу кезеңінде шығарылым тоқтатылды).",
                "Ghi chú: QCVN 11-MT:2015/BTNMT – Quy chuẩn kỹ thuật quốc gia về nước thải chế biến thủy sản; cột B: xả vào "
                "nguồn nước không dùng cho mục đích cấp nước sinh hoạt."),
}  # fmt: skip
# symbol: ДК, mg/l, of the sugar factory's discharge to its filtration fields
SUGAR_DK = {
    "pH": (6.5, 8.5),
    "TSS": 30,
    "BOD5": 25,
    "COD": 80,
    "NH4+": 2,
    "NO3-": 45,
    "Cl-": 350,
    "SO4": 500,
    "TDS": 1000,
}
# symbol: QCVN 11-MT:2015/BTNMT column B (seafood processing waste water), mg/l
QCVN11_B = {"pH": (5.5, 9), "BOD5": 50, "COD": 150, "TSS": 100, "NH4+": 20, "TN": 60, "FOG": 20, "Cl2": 2}
VN_WATER = {"FOG": "Dầu mỡ động thực vật", "Cl2": "Clo dư"}


def limits_bb2(doc: Doc) -> None:
    """A sugar factory's waste water to its filtration fields in the months of its campaign: the ДК written inside the
    parameter's cell on a second line (`ДК – 30 мг/дм3`, pH a range), the five months as sub-columns under a merged
    header, `н/о` where no sample was taken; the outlet only in the sentence before, so no point (VI: a seafood plant's
    four rounds, the QCVN 11-MT:2015 column B value under the parameter's name as `(≤ 50)`, a unit column)."""
    r = doc.rng
    vi = doc.lang == "vi"
    name, _, _ = _site(doc, "sugar", "seafood")
    doc.h(_t(doc, "l2.title"))
    doc.p(_t(doc, "l2.p").format(name=name))
    doc.h(_t(doc, "l2.h"))
    rows = [_row(doc, "l2.head"), _row(doc, "l2.periods")]
    if vi:
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 6)]
        pool = [k for k in QCVN11_B if k != "pH"]
        keys = ["pH", *sorted(r.sample(pool, 5), key=pool.index)]
        rounds = 4
    else:
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 6)]
        pool = [k for k in SUGAR_DK if k != "pH"]
        keys = ["pH", *sorted(r.sample(pool, r.randint(5, 6)), key=pool.index)]
        rounds = 5
    gap = r.randrange(rounds) if not vi and r.random() < 0.6 else None
    for k, s in enumerate(keys, 1):
        lim = QCVN11_B[s] if vi else SUGAR_DK[s]
        said = cell(doc, lim, to=" – " if vi else "–")
        if vi:
            label = f"{VN_WATER.get(s) or vocab.water(s, 'vi')}\n{_t(doc, 'l2.dkph' if s == 'pH' else 'l2.dk').format(v=said)}"
        else:
            label = (
                f"{vocab.water(s, doc.lang)}\n{_t(doc, 'l2.dkph' if s == 'pH' else 'l2.dk').format(v=said)}"
            )
        cells = []
        for j in range(rounds):
            if j == gap:
                cells.append(_t(doc, "l2.none"))
                continue
            v = round(r.uniform(6.6, 8.3), 1) if s == "pH" else _sig(lim * r.uniform(0.2, 0.95), 2)
            cells.append(num(v, doc.lang))
            add(doc, limit(("symbol", s), "waste_water", lim, "mg/l", "B" if vi else None, None, v))
        if vi:
            rows.append([str(k), label, "-" if s == "pH" else "mg/l", *cells])
        else:
            rows.append([str(k), label, *cells])
    doc.table(_t(doc, "l2.caption"), rows, merges, role="limits")
    if gap is not None or vi:
        doc.p(_t(doc, "l2.note"))
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring

TEXT |= {
    "m1.title": ("Программа производственного экологического контроля на 2026–2028 годы. {name}",
                 "{name}. 2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы",
                 "GIẤY PHÉP MÔI TRƯỜNG"),
    "m1.h": ("4.1. Мониторинг эмиссий: план-график контроля на источниках выбросов",
             "4.1. Эмиссиялар мониторингі: шығарынды көздеріндегі бақылау жоспар-кестесі",
             "Phụ lục IV. CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG CỦA CƠ SỞ"),
    "m1.p": ("Птичники оборудованы однотипными крышными вентиляторами; контроль на источниках, указанных диапазоном "
             "номеров, проводится на каждом источнике диапазона.",
             "Құс қоралары бір үлгідегі шатыр желдеткіштерімен жабдықталған; нөмірлер ауқымымен көрсетілген көздерде "
             "бақылау ауқымның әрбір көзінде жүргізіледі.",
             "Cấp cho {operator} thực hiện quan trắc môi trường định kỳ tại {name} theo nội dung sau:"),
    "m1.head": ("№ п/п|Производственный участок|№ источника выброса|Контролируемые вещества (код)|Периодичность|Метод контроля|"
                "Исполнитель",
                "Р/с №|Өндірістік учаске|Шығарынды көзінің №|Бақыланатын заттар (коды)|Кезеңділігі|Бақылау әдісі|Орындаушы",
                "TT|Thành phần môi trường|Vị trí quan trắc|Thông số quan trắc|Tần suất|Quy chuẩn so sánh"),
    "m1.method": ("инструментальный|расчетный", "аспаптық|есептік", ""),
    "m1.who": ("аккредитованная лаборатория по договору|инженер-эколог", "шарт бойынша аккредиттелген зертхана|инженер-эколог", ""),
    "m1.sites": ("Котельная (2 котла на природном газе)|Птичники-бройлерники|Кормоцех, аспирация дробилок|"
                 "Площадка компостирования помета|Инсинератор для утилизации падежа",
                 "Қазандық (табиғи газбен жұмыс істейтін 2 қазандық)|Бройлер құс қоралары|Жем цехы, ұсатқыштар аспирациясы|"
                 "Саңғырықты компосттау алаңы|Өлекседі кәдеге жаратуға арналған инсинератор", ""),
}  # fmt: skip
# (site index, substances, frequencies (instrumental, calculated))
POULTRY_PLAN = (
    (0, ("0301", "0304", "0337"), ("quarterly", "semiannual")),
    (1, ("0303", "0333", "1715", "1314"), ("quarterly", "semiannual")),
    (2, ("2937",), ("quarterly", "semiannual")),
    (3, ("0303", "0333"), ("yearly",)),
    (4, ("0301", "0337", "0330", "0316"), ("quarterly",)),
)
VI_PLAN = (
    ("Nước thải", ("NT1 – hố ga sau hệ thống xử lý, trước khi chảy vào hồ chứa",),
     ("symbol", ("pH", "BOD5", "COD", "TSS", "TN", "Coliform")), ("quarterly",), "QCVN 62-MT:2016/BTNMT, cột B"),
    ("Không khí xung quanh", ("KK1 – khu vực giữa dãy chuồng số 1 và số 2", "KK2 – khu vực nhà chứa phân, cuối hướng gió",
                              "KK3 – cổng trang trại"),
     ("code", ("2902", "0303", "0333")), ("semiannual", "quarterly"), "QCVN 05:2023/BTNMT; QCVN 06:2009/BTNMT"),
    ("Khí thải lò đốt xác gia cầm", ("KT1 – ống khói lò đốt",), ("code", ("2902", "0337", "0330", "0316")), ("quarterly",),
     "QCVN 61-MT:2016/BTNMT"),
)  # fmt: skip
VI_GAS = {"2902": "Bụi tổng", "0303": "NH3", "0333": "H2S", "0337": "CO", "0330": "SO2", "0316": "HCl"}


def monitoring_bb1(doc: Doc) -> None:
    """A broiler farm's plan of control at sources where the barns' identical sources are written as a range of numbers
    (`0002–0006`, each source of the range sampled, as the sentence before says) beside single numbers and a pair
    (`0008, 0009`); the substances as `name (code)` joined by commas, the frequency, instrumental or calculated, who
    (VI: a layer farm's GPMT annex, the points of a medium listed with their places in one cell, `KK1 – …; KK2 – …`)."""
    r = doc.rng
    vi = doc.lang == "vi"
    name, operator, _ = _site(doc, "poultry", "layer")
    doc.h(_t(doc, "m1.title").format(name=name))
    doc.h(_t(doc, "m1.h"))
    doc.p(_t(doc, "m1.p").format(name=name, operator=operator))
    rows = [_row(doc, "m1.head")]
    if vi:
        for k, (medium, points, (kind, keys), words, standard) in enumerate(VI_PLAN, 1):
            word = r.choice(words)
            where = f"{len(points):02d} vị trí: " + "; ".join(points) if len(points) > 1 else points[0]
            names = [vocab.water(s, "vi") if kind == "symbol" else VI_GAS[s] for s in keys]
            rows.append([str(k), medium, where, ", ".join(names), freq(doc, word), standard])
            for p in points:
                doc.add(
                    "monitoring", *(_mon({"point_contains": p.split(" ")[0]}, (kind, s), word) for s in keys)
                )
        doc.table(None, rows, role="monitoring")
        maybe_distractor(doc)
        return
    sites = _list(doc, "m1.sites")
    methods, who = _list(doc, "m1.method"), _list(doc, "m1.who")
    barns = r.randint(3, 5)
    numbers = {0: ["0001"], 1: [f"{k:04d}" for k in range(2, 2 + barns)]}
    nxt = 2 + barns
    numbers[2] = [f"{nxt:04d}", f"{nxt + 1:04d}"]
    numbers[4] = [f"{nxt + 2:04d}"]
    numbers[3] = ["6001"]
    dash = r.choice(("–", "-", " – "))
    for k, (i, codes, words) in enumerate(POULTRY_PLAN, 1):
        word = r.choice(words)
        nums = numbers[i]
        said = f"{nums[0]}{dash}{nums[-1]}" if i == 1 else ", ".join(nums)
        calculated = i == 3
        names = ", ".join(f"{_air(doc, c)} ({c})" for c in codes)
        rows.append(
            [
                str(k),
                sites[i],
                said,
                names,
                freq(doc, word),
                methods[1 if calculated else 0],
                who[1 if calculated else 0],
            ]
        )
        for n in nums:
            doc.add("monitoring", *(_mon({"source_number": n}, ("code", c), word) for c in codes))
    doc.table(None, rows, role="monitoring")
    maybe_distractor(doc)


TEXT |= {
    "m2.title": ("Программа производственного экологического контроля. {name}",
                 "{name}. Өндірістік экологиялық бақылау бағдарламасы",
                 "KẾ HOẠCH QUAN TRẮC MÔI TRƯỜNG NĂM 2026 – {name}"),
    "m2.p": ("Контролю подлежат источники выбросов: 0001 – дымовая труба ТЭЦ завода (уголь); 0002 – труба "
             "жомосушильного агрегата; 0003 – известково-газовая печь; 6001 – кагатное поле (неорганизованный источник).",
             "Бақылауға шығарынды көздері жатады: 0001 – зауыт ЖЭО-ның түтін мұржасы (көмір); 0002 – сығынды кептіру "
             "агрегатының құбыры; 0003 – әк-газ пеші; 6001 – кагат алаңы (ұйымдастырылмаған көз).",
             "Vị trí quan trắc khí thải: KT1 – ống khói lò sấy cà phê (đốt vỏ cà phê); KT2 – ống thải hệ thống rang cà "
             "phê; KT3 – ống khói lò hơi đốt củi."),
    "m2.h": ("Таблица 5.1 – Контроль на источниках выбросов в период переработки свеклы",
             "5.1-кесте – Қызылшаны өңдеу кезеңінде шығарынды көздеріндегі бақылау",
             "Bảng 2. Kế hoạch quan trắc khí thải"),
    "m2.head": ("Код ЗВ|Наименование загрязняющего вещества|Источник – периодичность контроля|Метод определения|Кем проводится",
                "ЛЗ коды|Ластаушы заттың атауы|Көз – бақылау кезеңділігі|Анықтау әдісі|Кім жүргізеді",
                "TT|Thông số|Vị trí – tần suất quan trắc|Phương pháp phân tích|Đơn vị thực hiện"),
    "m2.methods": ("инструментальный (газоанализатор)|гравиметрический|расчетный", "аспаптық (газоанализатор)|гравиметриялық|есептік",
                   "TCVN 7242:2003|US EPA Method 5|TCVN 6750:2005"),
    "m2.who": ("лаборатория завода|аккредитованная лаборатория", "зауыт зертханасы|аккредиттелген зертхана",
               "Đơn vị quan trắc có chứng nhận VIMCERTS"),
}  # fmt: skip
# code: the sources (and their frequencies) where it is controlled; a frequency may differ between sources
SUGAR_PLAN = {
    "0301": (("0001", ("quarterly", "monthly")), ("0002", ("quarterly",))),
    "0304": (("0001", ("quarterly",)),),
    "0330": (("0001", ("quarterly", "monthly")), ("0003", ("semiannual", "quarterly"))),
    "0337": (("0001", ("quarterly",)), ("0002", ("quarterly",)), ("0003", ("monthly", "quarterly"))),
    "2908": (("0001", ("quarterly",)), ("0003", ("semiannual",)), ("6001", ("yearly",))),
    "0703": (("0001", ("yearly",)),),
    "2902": (("0002", ("quarterly", "semiannual")),),
}
COFFEE_PLAN = {
    "2902": (("KT1", ("quarterly",)), ("KT2", ("semiannual",)), ("KT3", ("quarterly",))),
    "0337": (("KT1", ("quarterly",)), ("KT3", ("semiannual", "quarterly"))),
    "0330": (("KT1", ("semiannual",)), ("KT3", ("semiannual",))),
    "0301": (("KT1", ("quarterly", "semiannual")), ("KT3", ("semiannual",))),
}


def monitoring_bb2(doc: Doc) -> None:
    """A sugar factory's control at sources with a row per substance (code, name) whose third cell lists the sources
    that control it together with the frequency at each, one pair per line (`0001 – ежеквартально`), so that one
    substance has several frequencies; the sources named only in the sentence before (VI: a coffee plant's plan, the
    stacks as points, `KT1 – 03 tháng/lần`)."""
    r = doc.rng
    vi = doc.lang == "vi"
    name, _, _ = _site(doc, "sugar", "coffee")
    doc.h(_t(doc, "m2.title").format(name=name.upper() if vi else name))
    doc.p(_t(doc, "m2.p"))
    rows = [_row(doc, "m2.head")]
    methods, who = _list(doc, "m2.methods"), _list(doc, "m2.who")
    plan = COFFEE_PLAN if vi else SUGAR_PLAN
    codes = (
        list(plan) if vi else ["0301", "0330", "0337", "2908", *sorted(r.sample(["0304", "0703", "2902"], 2))]
    )
    sep = r.choice((" – ", ": ")) if vi else r.choice((" – ", " — "))
    for k, c in enumerate(codes, 1):
        pairs = []
        for where, words in plan[c]:
            word = r.choice(words)
            pairs.append(f"{where}{sep}{freq(doc, word)}")
            loc = {"point_contains": where} if vi else {"source_number": where}
            doc.add("monitoring", _mon(loc, ("code", c), word))
        if vi:
            method = methods[1] if c == "2902" else methods[0]
            rows.append([str(k), vocab.air(c, "vi", r.randrange(2)), "\n".join(pairs), method, who[0]])
        else:
            method = methods[1] if c in ("2908", "2902", "0703") else methods[0]
            if c == "2908":
                method = f"{method}; 6001 – {methods[2]}"
            rows.append(
                [c, _air(doc, c), "\n".join(pairs), method, who[1] if c == "0703" else who[r.randrange(2)]]
            )
    doc.table(_t(doc, "m2.h"), rows, role="monitoring")
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

TEXT |= {
    "i1.title": ("План производственного контроля экологических аспектов (на основе принципов ХАССП). {name}",
                 "{name}. Экологиялық аспектілерді өндірістік бақылау жоспары (ХАССП қағидаттары негізінде)",
                 "KẾ HOẠCH KIỂM SOÁT CÁC KHÍA CẠNH MÔI TRƯỜNG (THEO NGUYÊN TẮC HACCP) – {name}"),
    "i1.p": ("Утвержден приказом директора {operator} от 09.01.2026 № 7-П. Контрольные точки определены рабочей группой "
             "ХАССП с участием инженера-эколога.",
             "{operator} директорының 2026 жылғы 09.01. № 7-П бұйрығымен бекітілген. Бақылау нүктелерін инженер-эколог "
             "қатысқан ХАССП жұмыс тобы анықтады.",
             "Ban hành kèm theo Quyết định số 05/QĐ-GĐ ngày 09/01/2026 của Giám đốc {operator}."),
    "i1.head": ("Контрольная точка (участок)|Контролируемый параметр|Критерий соответствия|Периодичность мониторинга|"
                "Ответственный|Корректирующие действия",
                "Бақылау нүктесі (учаске)|Бақыланатын параметр|Сәйкестік өлшемі|Мониторинг кезеңділігі|Жауапты|Түзету әрекеттері",
                "Điểm kiểm soát|Nội dung kiểm soát|Tiêu chí chấp nhận|Tần suất giám sát|Người thực hiện|Hành động khắc phục"),
}  # fmt: skip
# (unit, parameter, criterion, responsible, correction), frequencies it may have
HACCP = {
    "ru": (
        (("Жироуловитель на выпуске цеха розлива", "уровень жира и осадка в камерах", "заполнение не более 2/3 объема камеры",
          "мастер смены", "внеочередная откачка"), ("daily",)),
        (("Локальные очистные сооружения (флотатор)", "работа флотатора, дозирование реагентов", "отсутствие выноса флотошлама",
          "оператор очистных сооружений", "регулировка дозы, остановка сброса"), ("daily", "weekly")),
        (("Аммиачная холодильная установка", "герметичность, показания газоанализаторов", "отсутствие срабатывания сигнализации",
          "машинист холодильных установок", "вывод из работы, ремонт"), ("daily",)),
        (("Емкость сбора молочной сыворотки", "уровень заполнения, отсутствие проливов", "отсутствие переливов",
          "мастер сырного цеха", "отгрузка на переработку"), ("weekly",)),
        (("Площадка временного хранения отходов", "заполнение контейнеров, маркировка, сроки накопления",
          "соответствие журналу учета отходов", "инженер-эколог", "внеплановый вывоз"), ("weekly", "monthly")),
        (("Котельная", "режим горения, состояние газоходов", "соответствие режимной карте", "начальник котельной",
          "наладка горелок"), ("monthly",)),
        (("Склад моющих и дезинфицирующих средств", "условия хранения, целостность тары", "отсутствие разгерметизации тары",
          "кладовщик", "перетаривание, уборка"), ("monthly", "quarterly")),
    ),
    "kk": (
        (("Құю цехы шығарылымындағы май ұстағыш", "камералардағы май мен тұнба деңгейі", "камера көлемінің 2/3-інен аспайтын толуы",
          "ауысым шебері", "кезектен тыс сорып шығару"), ("daily",)),
        (("Жергілікті тазарту құрылыстары (флотатор)", "флотатор жұмысы, реагенттерді мөлшерлеу", "флотошламның шығарылмауы",
          "тазарту құрылыстарының операторы", "мөлшерді реттеу, төгуді тоқтату"), ("daily", "weekly")),
        (("Аммиак тоңазытқыш қондырғысы", "герметикалығы, газоанализаторлардың көрсеткіштері", "дабылдың іске қосылмауы",
          "тоңазытқыш қондырғыларының машинисі", "жұмыстан шығару, жөндеу"), ("daily",)),
        (("Сүт сарысуын жинау ыдысы", "толу деңгейі, төгілулердің болмауы", "асып төгілудің болмауы",
          "ірімшік цехының шебері", "қайта өңдеуге тиеу"), ("weekly",)),
        (("Қалдықтарды уақытша сақтау алаңы", "контейнерлердің толуы, таңбалау, жинақтау мерзімдері",
          "қалдықтарды есепке алу журналына сәйкестігі", "инженер-эколог", "жоспардан тыс шығару"), ("weekly", "monthly")),
        (("Қазандық", "жану режимі, газ жолдарының жай-күйі", "режимдік картаға сәйкестігі", "қазандық бастығы",
          "оттықтарды баптау"), ("monthly",)),
        (("Жуу және дезинфекциялау құралдарының қоймасы", "сақтау жағдайлары, ыдыстың бүтіндігі",
          "ыдыстың герметикалығы бұзылмауы", "қоймашы", "басқа ыдысқа құю, жинау"), ("monthly", "quarterly")),
    ),
    "vi": (
        (("Bể tách mỡ khu sơ chế", "Mức mỡ, cặn trong bể", "Không quá 2/3 thể tích bể", "Tổ trưởng tổ sơ chế",
          "Hút mỡ, nạo vét bổ sung"), ("daily",)),
        (("Hệ thống xử lý nước thải tập trung", "Vận hành bơm, máy thổi khí, định lượng hóa chất", "Nước sau xử lý trong, không có bọt",
          "Nhân viên vận hành HTXLNT", "Điều chỉnh, dừng xả"), ("daily", "weekly")),
        (("Hệ thống máy nén lạnh dùng NH3", "Độ kín đường ống, báo động rò rỉ", "Không có cảnh báo rò rỉ", "Tổ cơ điện lạnh",
          "Cô lập, sửa chữa"), ("daily",)),
        (("Khu tập kết phụ phẩm (đầu, vỏ tôm)", "Vệ sinh, thời gian lưu chứa", "Chuyển đi trong ngày", "Tổ trưởng tổ vệ sinh",
          "Thu gom bổ sung, khử mùi"), ("daily", "weekly")),
        (("Kho chứa chất thải nguy hại", "Dán nhãn, phân loại, sổ theo dõi", "Đúng quy định tại Thông tư 02/2022/TT-BTNMT",
          "Cán bộ môi trường", "Bổ sung nhãn, sắp xếp lại"), ("monthly",)),
        (("Lò hơi", "Chế độ đốt, màu khói", "Khói không đen", "Tổ trưởng tổ lò hơi", "Điều chỉnh chế độ đốt"), ("weekly", "monthly")),
        (("Kho hóa chất tẩy rửa, khử trùng", "Điều kiện lưu giữ, bao bì", "Bao bì kín, không rò rỉ", "Thủ kho",
          "Thay bao bì, vệ sinh kho"), ("monthly", "quarterly")),
    ),
}  # fmt: skip


def inspections_bb1(doc: Doc) -> None:
    """A dairy's plan of control of its environmental aspects on the HACCP pattern (VI: a seafood plant's): the control
    point (the unit), the parameter watched, the criterion of compliance in words, the frequency of monitoring (daily and
    weekly among them), the responsible and the corrective action; no number column; one inspection per control point."""
    r = doc.rng
    name, operator, _ = _site(doc, "dairy", "seafood")
    doc.h(_t(doc, "i1.title").format(name=name.upper() if doc.lang == "vi" else name))
    doc.p(_t(doc, "i1.p").format(operator=operator))
    rows = [_row(doc, "i1.head")]
    chosen = sorted(r.sample(range(len(HACCP[doc.lang])), r.randint(5, 7)))
    for i in chosen:
        (unit, what, criterion, who, fix), words = HACCP[doc.lang][i]
        word = r.choice(words)
        rows.append([unit, what, criterion, _often(doc, word), who, fix])
        doc.add("obligations", {"kind": "inspection", "frequency": word, "text_contains": unit})
    doc.table(None, rows, role="inspections")
    maybe_distractor(doc)


TEXT |= {
    "i2.title": ("Приказ № 45-П от 12 января 2026 года «Об организации внутреннего экологического контроля»",
                 "2026 жылғы 12 қаңтардағы № 45-П «Ішкі экологиялық бақылауды ұйымдастыру туралы» бұйрық",
                 "QUYẾT ĐỊNH Số 12/QĐ-AP ngày 12 tháng 01 năm 2026 về việc ban hành Kế hoạch tự kiểm tra công tác bảo vệ môi trường"),
    "i2.p": ("В целях соблюдения требований экологического законодательства на объекте {name} ПРИКАЗЫВАЮ: 1. Утвердить "
             "график внутренних проверок (приложение 1). 2. Контроль исполнения приказа возложить на главного инженера.",
             "{name} объектінде экология заңнамасының талаптарын сақтау мақсатында БҰЙЫРАМЫН: 1. Ішкі тексерулер кестесін "
             "бекітуге (1-қосымша). 2. Бұйрықтың орындалуын бақылау бас инженерге жүктелсін.",
             "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch tự kiểm tra công tác bảo vệ môi trường tại {name}. "
             "Điều 2. Quyết định có hiệu lực kể từ ngày ký."),
    "i2.h": ("Приложение 1 к приказу № 45-П. График внутренних проверок", "№ 45-П бұйрыққа 1-қосымша. Ішкі тексерулер кестесі",
             "KẾ HOẠCH TỰ KIỂM TRA CÔNG TÁC BẢO VỆ MÔI TRƯỜNG"),
    "i2.head": ("№|Участок (объект) проверки|Предмет проверки|Периодичность|Проверяющий|Форма фиксации результатов",
                "№|Тексеру учаскесі (объектісі)|Тексеру мәні|Кезеңділігі|Тексеруші|Нәтижелерді тіркеу нысаны",
                "TT|Khu vực kiểm tra|Nội dung kiểm tra|Tần suất|Người kiểm tra|Hình thức ghi nhận"),
    "i2.record": ("запись в журнале обходов|акт проверки|чек-лист", "аралау журналына жазба|тексеру актісі|бақылау парағы",
                  "Sổ nhật ký|Biên bản kiểm tra|Phiếu kiểm tra"),
}  # fmt: skip
# (unit, subject) per language
MEAT_UNITS = {
    "ru": (("Скотобаза предубойного содержания", "уборка навоза, дезбарьеры"), ("Убойный цех", "сбор конфискатов, мойка полов"),
           ("Жироуловители и решетки на выпусках", "заполнение, очистка"), ("Локальные очистные сооружения", "режим работы, журнал"),
           ("Площадка накопления отходов", "тара, маркировка, сроки"), ("Котельная", "режим горения, газоходы"),
           ("Аммиачно-холодильная установка", "герметичность, газоанализаторы"), ("Склад ГСМ", "поддоны, проливы"),
           ("Автотранспортный участок", "мойка, ТО, масла")),
    "kk": (("Союға дейінгі ұстау мал базасы", "көңді жинау, дезтосқауылдар"), ("Сою цехы", "тәркіленген шикізатты жинау, еденді жуу"),
           ("Шығарылымдардағы май ұстағыштар мен торлар", "толуы, тазалау"), ("Жергілікті тазарту құрылыстары", "жұмыс режимі, журнал"),
           ("Қалдықтарды жинақтау алаңы", "ыдыс, таңбалау, мерзімдер"), ("Қазандық", "жану режимі, газ жолдары"),
           ("Аммиак-тоңазытқыш қондырғысы", "герметикалығы, газоанализаторлар"), ("ЖЖМ қоймасы", "табандықтар, төгілулер"),
           ("Автокөлік учаскесі", "жуу, ТҚ, майлар")),
    "vi": (("Khu nhốt gia súc chờ giết mổ", "Thu gom phân, khử trùng"), ("Khu giết mổ", "Thu gom phụ phẩm, vệ sinh sàn"),
           ("Song chắn rác, bể tách mỡ", "Mức đầy, nạo vét"), ("Hệ thống xử lý nước thải", "Vận hành, sổ nhật ký"),
           ("Kho chứa chất thải nguy hại", "Bao bì, nhãn, thời gian lưu giữ"), ("Lò hơi", "Chế độ đốt, ống khói"),
           ("Hệ thống lạnh NH3", "Rò rỉ, cảm biến"), ("Kho nhiên liệu", "Khay chống tràn, rò rỉ"),
           ("Khu rửa xe vận chuyển gia súc", "Hố lắng, khử trùng")),
}  # fmt: skip
RUNS = ("daily", "weekly", "monthly", "quarterly")
CHECKERS = {
    "ru": ("мастер смены", "начальник цеха", "инженер-эколог", "главный инженер"),
    "kk": ("ауысым шебері", "цех бастығы", "инженер-эколог", "бас инженер"),
    "vi": ("Tổ trưởng ca", "Quản đốc xưởng", "Cán bộ môi trường", "Phó Giám đốc kỹ thuật"),
}


def inspections_bb2(doc: Doc) -> None:
    """An order's annex of a meat-processing plant (VI: a slaughterhouse's decision): the units sorted by how often they
    are checked, the frequency cell merged down over each run of units with the same frequency and the checker merged
    down beside it (runs of one to three units, daily first), the subject and the record form on every row."""
    r = doc.rng
    name, _, _ = _site(doc, "meat", "slaughter")
    doc.h(_t(doc, "i2.title"))
    doc.p(_t(doc, "i2.p").format(name=name))
    doc.h(_t(doc, "i2.h"))
    rows, merges = [_row(doc, "i2.head")], []
    units = r.sample(MEAT_UNITS[doc.lang], r.randint(6, 8))
    records = _list(doc, "i2.record")
    words = sorted(r.sample(RUNS, 3), key=RUNS.index)
    sizes = [1] * len(words)
    while sum(sizes) < len(units):
        sizes[r.randrange(len(words))] += 1
    n = 0
    for word, size in zip(words, sizes, strict=True):
        start = len(rows)
        said, checker = _often(doc, word), CHECKERS[doc.lang][RUNS.index(word)]
        for unit, subject in units[n : n + size]:
            n += 1
            first = len(rows) == start
            rows.append(
                [
                    str(n),
                    unit,
                    subject,
                    said if first else None,
                    checker if first else None,
                    records[0] if word in ("daily", "weekly") else records[1 + r.randrange(2)],
                ]
            )
            doc.add("obligations", {"kind": "inspection", "frequency": word, "text_contains": unit})
        if size > 1:
            merges += [(start, 3, len(rows) - 1, 3), (start, 4, len(rows) - 1, 4)]
    doc.table(None, rows, merges, role="inspections")
    distractor(doc, "approval")


# ---------------------------------------------------------------- tasks

TEXT |= {
    "t1.title": ("План-график строительства биогазовой установки и закрытых лагун для переработки навоза. {name}",
                 "{name}. Көңді қайта өңдеуге арналған биогаз қондырғысы мен жабық лагуналарды салу жоспар-кестесі",
                 "TIẾN ĐỘ ĐẦU TƯ XÂY DỰNG HỆ THỐNG XỬ LÝ CHẤT THẢI CHĂN NUÔI BẰNG CÔNG NGHỆ BIOGAS – {name}"),
    "t1.p": ("Мероприятие включено в программу повышения экологической эффективности {operator}. В графе 3 указаны "
             "номера работ, без завершения которых работа не может быть начата.",
             "Іс-шара {operator} экологиялық тиімділікті арттыру бағдарламасына енгізілген. 3-бағанда аяқталмайынша жұмыс "
             "басталмайтын жұмыстардың нөмірлері көрсетілген.",
             "Chủ đầu tư: {operator}. Cột (3) ghi số thứ tự các công việc phải hoàn thành trước khi bắt đầu công việc."),
    "t1.head": ("№|Наименование работ|Предшествующие работы (№)|Начало|Окончание|Ответственный",
                "№|Жұмыстардың атауы|Алдыңғы жұмыстар (№)|Басталуы|Аяқталуы|Жауапты",
                "TT|Nội dung công việc|Công việc tiên quyết (TT)|Bắt đầu|Kết thúc|Đơn vị thực hiện"),
    "t1.numbers": ("1|2|3|4|5|6", "1|2|3|4|5|6", "(1)|(2)|(3)|(4)|(5)|(6)"),
}  # fmt: skip
# (text, predecessors, start, end, responsible) per language
BIOGAS = {
    "ru": (
        ("Разработать проектно-сметную документацию биогазовой установки", "–", "01.2026", "04.2026", "Дирекция по капитальному строительству"),
        ("Провести государственную экологическую экспертизу проекта", "1", "05.2026", "07.2026", "Отдел охраны окружающей среды"),
        ("Получить разрешение на строительство и уведомить ГАСК", "2", "07.2026", "08.2026", "Юридический отдел"),
        ("Построить закрытые лагуны-накопители с плавающим покрытием", "3", "08.2026", "11.2026", "Подрядная организация ТОО «АгроСтройМонтаж»"),
        ("Смонтировать реакторы и когенерационную установку", "3", "09.2026", "01.2027", "Главный инженер"),
        ("Выполнить пусконаладочные работы биогазовой установки", "4, 5", "02.2027", "03.2027", "Главный энергетик"),
        ("Обучить операторов биогазовой установки", "5", "02.2027", "02.2027", "Служба охраны труда"),
        ("Внести изменения в экологическое разрешение", "6", "03.2027", "05.2027", "Отдел охраны окружающей среды"),
    ),
    "kk": (
        ("Биогаз қондырғысының жобалау-сметалық құжаттамасын әзірлеу", "–", "01.2026", "04.2026", "Күрделі құрылыс жөніндегі дирекция"),
        ("Жобаға мемлекеттік экологиялық сараптама жүргізу", "1", "05.2026", "07.2026", "Қоршаған ортаны қорғау бөлімі"),
        ("Құрылысқа рұқсат алу және МСҚБ-ны хабардар ету", "2", "07.2026", "08.2026", "Заң бөлімі"),
        ("Қалқымалы жабыны бар жабық жинақтауыш лагуналар салу", "3", "08.2026", "11.2026", "«АгроСтройМонтаж» ЖШС мердігер ұйымы"),
        ("Реакторлар мен когенерациялық қондырғыны монтаждау", "3", "09.2026", "01.2027", "Бас инженер"),
        ("Биогаз қондырғысының іске қосу-баптау жұмыстарын орындау", "4, 5", "02.2027", "03.2027", "Бас энергетик"),
        ("Биогаз қондырғысының операторларын оқыту", "5", "02.2027", "02.2027", "Еңбекті қорғау қызметі"),
        ("Экологиялық рұқсатқа өзгерістер енгізу", "6", "03.2027", "05.2027", "Қоршаған ортаны қорғау бөлімі"),
    ),
    "vi": (
        ("Lập hồ sơ thiết kế kỹ thuật hệ thống biogas và hồ sinh học", "-", "01/2026", "03/2026", "Ban Quản lý dự án"),
        ("Lập báo cáo đề xuất cấp điều chỉnh giấy phép môi trường", "1", "03/2026", "06/2026", "Phòng An toàn – Môi trường"),
        ("Xây dựng hầm biogas phủ bạt HDPE dung tích 12.000 m3", "2", "06/2026", "10/2026", "Nhà thầu Công ty TNHH Xây dựng Phú Thịnh"),
        ("Lắp đặt máy phát điện chạy biogas và hệ thống đuốc đốt khí dư", "3", "09/2026", "11/2026", "Phòng Kỹ thuật"),
        ("Vận hành thử nghiệm công trình xử lý chất thải", "3, 4", "12/2026", "03/2027", "Phòng An toàn – Môi trường"),
        ("Tập huấn vận hành hệ thống biogas cho công nhân", "4", "11/2026", "12/2026", "Phòng Hành chính – Nhân sự"),
        ("Lắp đặt thiết bị quan trắc nước thải tự động, liên tục", "3", "10/2026", "12/2026", "Phòng Kỹ thuật"),
    ),
}  # fmt: skip


def tasks_bb1(doc: Doc) -> None:
    """A network schedule of building a biogas plant at a pig complex (VI: a pig farm's biogas works): a column of the
    numbers of the works that must be finished first (`1`, `4, 5`, a dash for the first) between the work and its start
    and end months — numbers that are not the item's own — then the responsible; a row of column numbers under the
    header."""
    name, operator, _ = _site(doc, "pig", "pigvn")
    doc.h(_t(doc, "t1.title").format(name=name.upper() if doc.lang == "vi" else name))
    doc.p(_t(doc, "t1.p").format(operator=operator))
    rows = [_row(doc, "t1.head"), _list(doc, "t1.numbers")]
    for k, (text, before, start, end, who) in enumerate(BIOGAS[doc.lang], 1):
        rows.append([str(k), text, before, start, end, who])
        doc.add("obligations", task(str(k), text, who))
    doc.table(None, rows, role="tasks")
    maybe_distractor(doc)


TEXT |= {
    "t2.title": ("Меморандум о сотрудничестве в сфере охраны окружающей среды между акиматом Карасайского района и {operator}",
                 "Қарасай ауданының әкімдігі мен {operator} арасындағы қоршаған ортаны қорғау саласындағы ынтымақтастық туралы меморандум",
                 "BIÊN BẢN THỎA THUẬN VỀ CÁC BIỆN PHÁP GIẢM THIỂU MÙI HÔI TỪ HOẠT ĐỘNG CHĂN NUÔI"),
    "t2.p": ("Стороны, руководствуясь обращениями жителей села Жамбыл, договорились о совместных действиях по снижению "
             "воздействия объекта {name} на окружающую среду. Приложение. План совместных действий на 2026–2027 годы.",
             "Тараптар Жамбыл ауылы тұрғындарының өтініштерін басшылыққа ала отырып, {name} объектісінің қоршаған ортаға әсерін "
             "азайту жөніндегі бірлескен іс-қимылдар туралы уағдаласты. Қосымша. 2026–2027 жылдарға арналған бірлескен "
             "іс-қимыл жоспары.",
             "Hôm nay, ngày 20/01/2026, tại trụ sở UBND xã Lộc Hưng, sau khi xem xét phản ánh của người dân ấp Sóc Lớn về "
             "mùi hôi phát sinh từ {name}, các bên thống nhất thực hiện các nội dung sau:"),
    "t2.head": ("№|Мероприятие|Сторона, ответственная за исполнение|Срок|Форма завершения",
                "№|Іс-шара|Орындауға жауапты тарап|Мерзімі|Аяқталу нысаны",
                "TT|Nội dung thực hiện|Bên thực hiện|Thời hạn|Kết quả"),
    "t2.after": ("Меморандум не является гражданско-правовым договором и не влечет финансовых обязательств сторон.",
                 "Меморандум азаматтық-құқықтық шарт болып табылмайды және тараптардың қаржылық міндеттемелерін туғызбайды.",
                 "Biên bản được lập thành 03 bản, mỗi bên giữ 01 bản, gửi Sở Nông nghiệp và Môi trường 01 bản để theo dõi."),
}  # fmt: skip
# (text, party (0 the company, 1 the akimat, 2 the akim of the rural district), term, form) per language
PARTIES = {
    "ru": ("{operator}", "Акимат Карасайского района", "Аким сельского округа Жамбыл"),
    "kk": ("{operator}", "Қарасай ауданының әкімдігі", "Жамбыл ауылдық округінің әкімі"),
    "vi": ("{operator}", "UBND xã Lộc Hưng", "Ban nhân dân ấp Sóc Lớn"),
}
MEMO = {
    "ru": (
        ("Перевести лагуны-накопители навоза на закрытое хранение с плавающим покрытием", 0, "IV квартал 2026 г.", "акт ввода"),
        ("Установить систему биофильтров на вытяжной вентиляции свинарников-откормочников", 0, "II–III кварталы 2026 г.", "акт ввода"),
        ("Высадить лесозащитную полосу шириной 20 м вдоль северной границы санитарно-защитной зоны", 0, "апрель–май 2026 г.", "акт приемки"),
        ("Согласовать маршруты вывоза навоза на поля в обход населенного пункта", 1, "до 1 марта 2026 г.", "схема маршрутов"),
        ("Предоставить земельный участок под лесозащитную полосу", 1, "до 1 апреля 2026 г.", "постановление акимата"),
        ("Включить ремонт подъездной дороги к комплексу в план работ на 2027 год", 1, "декабрь 2026 г.", "план работ"),
        ("Организовать прием обращений жителей о запахе и передавать их оператору", 2, "постоянно", "журнал обращений"),
        ("Проводить встречи с жителями по результатам замеров", 2, "1 раз в полугодие", "протокол встречи"),
    ),
    "kk": (
        ("Көң жинақтауыш лагуналарын қалқымалы жабыны бар жабық сақтауға көшіру", 0, "2026 жылғы IV тоқсан", "пайдалануға беру актісі"),
        ("Бордақылау шошқа қораларының сорғыш желдеткішіне биосүзгілер жүйесін орнату", 0, "2026 жылғы II–III тоқсандар", "пайдалануға беру актісі"),
        ("Санитариялық-қорғау аймағының солтүстік шекарасы бойымен ені 20 м орман қорғау белдеуін отырғызу", 0, "2026 жылғы сәуір–мамыр", "қабылдау актісі"),
        ("Көңді алқаптарға елді мекенді айналып шығару маршруттарын келісу", 1, "2026 жылғы 1 наурызға дейін", "маршруттар сызбасы"),
        ("Орман қорғау белдеуіне жер учаскесін беру", 1, "2026 жылғы 1 сәуірге дейін", "әкімдік қаулысы"),
        ("Кешенге кіреберіс жолды жөндеуді 2027 жылғы жұмыс жоспарына енгізу", 1, "2026 жылғы желтоқсан", "жұмыс жоспары"),
        ("Тұрғындардың иіс туралы өтініштерін қабылдауды ұйымдастыру және операторға беру", 2, "тұрақты", "өтініштер журналы"),
        ("Өлшеу нәтижелері бойынша тұрғындармен кездесулер өткізу", 2, "жарты жылда 1 рет", "кездесу хаттамасы"),
    ),
    "vi": (
        ("Phủ bạt HDPE kín toàn bộ hồ chứa nước thải sau biogas", 0, "Trước ngày 30/6/2026", "Biên bản nghiệm thu"),
        ("Lắp đặt hệ thống phun chế phẩm sinh học khử mùi tại các dãy chuồng", 0, "Quý II/2026", "Báo cáo kết quả"),
        ("Trồng hàng rào cây xanh dọc ranh giới phía Bắc trang trại", 0, "Tháng 5–7/2026", "Biên bản nghiệm thu"),
        ("Nâng cấp hệ thống màng làm mát và quạt hút có lắp buồng lọc mùi cuối dãy chuồng", 0, "Quý III/2026", "Biên bản nghiệm thu"),
        ("Bố trí tuyến đường vận chuyển phân không đi qua khu dân cư", 1, "Tháng 02/2026", "Văn bản chấp thuận"),
        ("Hỗ trợ Công ty thực hiện thủ tục điều chỉnh giấy phép môi trường", 1, "Quý II/2026", "Văn bản gửi Sở Nông nghiệp và Môi trường"),
        ("Tiếp nhận, tổng hợp phản ánh của người dân và chuyển cho Công ty", 2, "Thường xuyên", "Sổ tiếp nhận phản ánh"),
    ),
}  # fmt: skip


def tasks_bb2(doc: Doc) -> None:
    """A memorandum between a pig complex and the district akimat (VI: a biên bản thỏa thuận between a pig farm and the
    commune People's Committee): its plan of joint actions, each row naming the party that acts — the company, the
    akimat or the rural district's akim (VI: the company, the commune or the hamlet) — then the term (now and then a
    frequency) and the form of completion; every row is a task of its party."""
    r = doc.rng
    name, operator, _ = _site(doc, "pig", "pigvn")
    doc.h(_t(doc, "t2.title").format(operator=operator))
    doc.p(_t(doc, "t2.p").format(name=name))
    parties = [p.format(operator=operator) for p in PARTIES[doc.lang]]
    items = list(MEMO[doc.lang])
    keep = sorted(r.sample(range(len(items)), len(items) - r.randint(0, 2)))
    rows = [_row(doc, "t2.head")]
    for k, i in enumerate(keep, 1):
        text, party, term, form = items[i]
        rows.append([f"{k}.", text, parties[party], term, form])
        doc.add("obligations", task(str(k), text, parties[party]))
    doc.table(None, rows, role="tasks")
    doc.p(_t(doc, "t2.after"))
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"BB{k}", globals()[f"{role}_bb{k}"]) for role in ROLES for k in (1, 2)]
"""`facility_bb1` … `tasks_bb2`, in the order of the roles."""
