"""A blind held-out set (two layouts per role, `IF1` and `IF2`): never used for tuning, written by someone who neither ran
the extractor on it nor read it, to differ from every layout of `layouts_*.py`.

Theme: agro-processing of crops other than grain. Kazakhstan: sunflower-oil crushing, extraction and refining plants at
Ust-Kamenogorsk, Zaisan and Petropavl with their husk-fired boiler houses, cotton gins of the Zhetysai, Maktaaral and
Shardara districts of Turkestan oblast, rice mills of Kyzylorda oblast with boiler houses burning rice husk and straw, and
potato-starch plants of North and East Kazakhstan with their irrigation fields for potato juice (an exporter's
questionnaire for the register of plants approved to ship meal and oil to China, the general section of a report on
possible impacts of a reconstruction, a summary of the passports of dust-cleaning units, a boiler maker's
technical-commercial proposal, the specification annexed to a waste contract, a material balance of seed processing, a
report on the soils of irrigation fields, a protocol of stack measurements written as fractions, a plant laboratory's
plan mixing food-safety and environmental control, a ПЭК programme's control cards, the export of an electronic patrol
system, an instruction of checks with sub-items, the minutes of a technical meeting and a plan-schedule with the
responsible as columns). Vietnam: coffee wet-processing plants of Đắk Lắk, cassava-starch factories of Tây Ninh and Gia
Lai, cashew processors of Đồng Nai (formerly Bình Phước), sugar-cane mills with bagasse boilers, a pepper processor of
Chư Sê and tea factories (an EUDR traceability dossier, a báo cáo đề xuất cấp GPMT of a capacity increase, a file of the
waste-gas treatment works, a boiler maker's đề xuất kỹ thuật, a phụ lục hợp đồng of waste services, a bảng cân bằng vật
chất, treated water reused for irrigation, stack results written as fractions, a kế hoạch kiểm soát chất lượng và giám sát
môi trường, phiếu kiểm soát cards, a QR patrol export, a quy chế tự kiểm tra, a biên bản họp giao ban and a kế hoạch bảo
dưỡng giữa hai vụ chè). Every plant, person and figure is invented; the pollutant and waste codes are real.

Facility: an oil-extraction plant's questionnaire for the register of Kazakh plants approved to export sunflower meal and
oil to China, `№ | запрашиваемые сведения | сведения о предприятии` under four section rows, the BIN, the site's KATO and
its GPS point written `N 49.95123°, E 82.66210°` among the look-alikes of a phytosanitary registration number, a number in
the Chinese customs' register and ten-digit commodity codes, the category only in the row of permits, the products in a
table of no role (VI: an EUDR traceability dossier of a coffee wet-processing plant, the plant's enterprise number,
decimal point and group in part A, the farmers' plots with their own centre points in a table of no role) (IF1); the
general section of a report on possible impacts of reconstructing a potato-starch plant, `показатель | существующее
положение | после реконструкции`, the unchanged identity lines — operator, BIN, place, KATO, the centre in degrees,
minutes and seconds, the category — merged across both columns, capacity, season and the sanitary class (IV → III) that
change written twice (VI: a cassava-starch factory's capacity increase in Gia Lai, VN-2000 metres beside WGS-84 degrees,
`Nhóm I` merged across) (IF2).

Emissions: a cotton gin's summary of the passports of its dust-cleaning units with the units as columns and the passport's
lines as rows — equipment served, cyclones, the source's number, air volume, concentrations at the inlet and the outlet,
efficiency, the dust coming to cleaning in g/s and only then the emission after cleaning in g/s and tonnes a season —
cotton dust (2917) without a class, the dryer's combustion gases left out of the summary by a note (VI: a cashew
processor's file of its treatment systems `HT-01` … as columns, each pollutant's load after treatment on a g/s row and a
tấn/năm row, dashes where a system emits nothing, no source numbers) (IF1); a boiler maker's technical-commercial proposal
for a rice mill's boiler house on rice husk and straw, the loads of one boiler beside those of the two boilers at work,
the tonnes a year after them, the concentration behind the boiler first, the common stack's number given only in the
paragraph before the table, high-silica ash dust (2907), the boiler's guaranteed figures in a table of no role (VI: a
bagasse boiler offered to a sugar mill, one boiler, two boilers and the tonnes of the crushing season, no numbers) (IF2).

Wastes: the specification annexed to a contract with a waste company, `наименование | код | операция | ед. изм. |
количество в год | периодичность вывоза | цена | сумма`, a sunflower refinery's spent bleaching earth, spent nickel
catalyst and husk ash, lamps counted in pieces with no mass, a money total (VI: a pepper processor's phụ lục hợp đồng,
CTNH in kilograms beside ordinary wastes in tonnes as a unit column says) (IF1); the material balance of a year's sunflower
seed, oil, meal and husk as products and by-products, the moisture lost, and only the rows carrying a waste code — the
seed-cleaning refuse and the ash of the husk burnt — as wastes, shares of the seed beside the tonnes (VI: a cassava-starch
factory's bảng cân bằng vật chất per tonne of starch and for the year, the pulp sold as a by-product, peel, sand and sludge
the wastes) (IF2).

Limits: a potato-starch plant's report on the soils of its irrigation fields, the elements as rows with their ПДК in the
second column, the four field maps as column pairs of the spring and the autumn sampling, potassium and pH without a norm,
copper below detection (VI: a coffee plant's treated water kept in a pond for irrigating coffee against QCVN 39:2011/BTNMT
beside its outfall to the stream against QCVN 40:2011/BTNMT column B in one table, `-` where a standard is silent) (IF1);
a protocol of measurements at an oil plant's husk-fired boilers, every result written as a fraction — the numerator at the
actual oxygen, the denominator reduced to 6 % O2, which alone is judged against the КЭР's norm — a row spanning the table
per boiler with its O2, a boiler under repair (VI: a cashew processor's stacks, `đo thực tế / quy đổi`, the converted
value against the Cmax of QCVN 19:2009/BTNMT column B) (IF2).

Monitoring: an oil plant laboratory's plan of control for the year under four section rows — raw seed, products, the air
of the working zone and, last, the environment — where lead and cadmium in the seed, hexane in the extraction shop's
workplace air and the products' tests are no environmental duties and only the last section's stacks, boundary points and
sewer outlet give items (VI: a tea factory's plan of quality control and environmental supervision, residues and metals in
the leaf and the tea, dust in the rolling room, then the dryer's stack and the outfall) (IF1); a rice mill's ПЭК programme
as control cards stacked in one table, a row spanning it per card, label–value lines for the place of sampling, the
substances with their codes, the frequency with its season, the method and the executor, a source monitored by
calculation (VI: a sugar mill's phiếu kiểm soát for its bagasse boilers — one continuously by the automatic station — its
outfall and its cooling water) (IF2).

Inspections: the export of an electronic patrol system of an oil-extraction plant, routes merged down, each checkpoint
with its NFC tag, what to check when the tag is scanned, the interval in hours — 8 (every shift), 24, 168 as the note
before the table explains — and the role that patrols, an event-driven check with no interval (VI: a cashew processor's
QR tags, `Chu kỳ quét (giờ)`) (IF1); a rice mill's instruction of internal checks whose object rows carry the frequency
and who checks while the lettered sub-items under them — what to look at — carry neither (VI: a Chư Sê pepper processor's
quy chế tự kiểm tra, dash sub-items) (IF2).

Tasks: the minutes of a cotton gin's technical meeting before the season, `ПОСТАНОВИЛИ` as a table of decisions among which
taking information into account and noting good work are no tasks (VI: a sugar mill's biên bản họp giao ban before the
crushing season, `Ghi nhận …` rows) (IF1); a potato-starch plant's plan-schedule of the off-season whose responsible are
columns and hold the item's deadline in the one cell that is theirs, a column of remarks (VI: a tea factory's plan of
maintenance between two harvests) (IF2).
"""

from __future__ import annotations

from . import vocab
from .common import Doc, freq, make_bin, maybe_distractor, num
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
    return " ".join(text.split()[:n])


def _core(name: str) -> str:
    """The quoted part of a name (`Шығыс Май Өнімдері` of `ТОО «Шығыс Май Өнімдері»`)."""
    return name.split("«", 1)[1].split("»", 1)[0] if "«" in name else name


def _kato(doc: Doc, prefix: str) -> str:
    """A nine-digit KATO code starting with the district's four digits."""
    r = doc.rng
    return f"{prefix}{r.randint(10, 99)}{r.choice(('100', '000', '300'))}"


def _msdn(doc: Doc, prefix: str) -> str:
    """A Vietnamese enterprise number of the province's tax prefix."""
    return f"{prefix}{doc.rng.randint(0, 99_999_999):08d}"


def _dms(value: float, lat: bool, lang: str) -> tuple[str, float]:
    """`53°50′52,8″ с.ш.` and the decimal degrees it stands for."""
    d = int(value)
    m = int((value - d) * 60)
    s = round((value - d - m / 60) * 3600, 1)
    if s >= 60:
        m, s = m + 1, 0.0
    sec = f"{s:04.1f}".replace(".", ",")
    hemi = {"ru": ("с.ш.", "в.д."), "kk": ("с.е.", "ш.б."), "vi": ("B", "Đ")}[lang][0 if lat else 1]
    return f"{d}°{m:02d}′{sec}″ {hemi}", d + m / 60 + s / 3600


def _dot(text: str) -> str:
    """A place ending a sentence: `Шардара қ.` keeps its one full stop."""
    return text if text.endswith(".") else text + "."


def _span(rows: list, merges: list, text: str, width: int) -> None:
    """A row whose first cell spans the table."""
    rows.append([text] + [None] * (width - 1))
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))


def _kind(number: str) -> str:
    return "unorganized" if number.startswith("6") else "organized"


def _date(doc: Doc, year: int = 2025, sep: str = ".") -> str:
    r = doc.rng
    return f"{r.randint(1, 28):02d}{sep}{r.randint(1, 12):02d}{sep}{year}"


def _permit(doc: Doc) -> str:
    return f"KZ{doc.rng.randint(10, 99)}VCZ{doc.rng.randint(10**7, 10**8 - 1):08d}"


# code: (RU, KK, VI) of the pollutants named below; the RU names are those of the list of codes
AIR = {
    "0301": ("Азота диоксид", "Азот диоксиді", "NOx (tính theo NO2)"),
    "0304": ("Азот (II) оксид", "Азот оксиді", ""),
    "0330": ("Сера диоксид", "Күкірт диоксиді", "SO2"),
    "0337": ("Углерод оксид", "Көміртек оксиді", "CO"),
    "0403": ("Гексан", "Гексан", ""),
    "2902": ("Взвешенные частицы", "Қалқыма бөлшектер", "Bụi tổng"),
    "2907": ("Пыль неорганическая, содержащая двуокись кремния более 70%", "Құрамында 70 %-дан астам кремний қостотығы бар бейорганикалық шаң", ""),
    "2917": ("Пыль хлопковая", "Мақта шаңы", ""),
    "2937": ("Пыль зерновая", "Астық шаңы", ""),
}  # fmt: skip


def _air(doc: Doc, code: str) -> str:
    return AIR[code][("ru", "kk", "vi").index(doc.lang)]


DAILY = {"ru": "ежедневно", "kk": "күн сайын", "vi": "Hằng ngày"}
WEEKLY = {"ru": "еженедельно", "kk": "апта сайын", "vi": "Hằng tuần"}


def _fw(doc: Doc, word: str) -> str:
    """A frequency as the document writes it, `daily` and `weekly` included."""
    if word == "daily":
        return DAILY[doc.lang]
    if word == "weekly":
        return WEEKLY[doc.lang]
    return freq(doc, word)


# ---------------------------------------------------------------- plants

# (RU operator, KK operator, English name, RU plant, KK plant, RU legal address, KK legal address, RU site, KK site,
#  KATO prefix, lat, lon, t of seed a day, RU inspection, KK inspection, city RU, city KK)
OIL_PLANTS = (
    ("ТОО «Шығыс Май Өнімдері»", "«Шығыс Май Өнімдері» ЖШС", "Shygys May Onimderi LLP", "Маслоэкстракционный завод", "Май экстракциялау зауыты",
     "Восточно-Казахстанская область, г. Усть-Каменогорск, пр. Абая, 12, офис 5", "Шығыс Қазақстан облысы, Өскемен қ., Абай даңғ., 12, 5-кеңсе",
     "Восточно-Казахстанская область, г. Усть-Каменогорск, Промышленная зона, ул. Бажова, 331", "Шығыс Қазақстан облысы, Өскемен қ., Өнеркәсіптік аймақ, Бажов к-сі, 331",
     "6310", 49.9512, 82.6621, 600, "Восточно-Казахстанскую", "Шығыс Қазақстан", "г. Усть-Каменогорск", "Өскемен қ."),
    ("ТОО «Зайсан Күнбағыс»", "«Зайсан Күнбағыс» ЖШС", "Zaisan Kunbagys LLP", "Маслозавод по переработке семян подсолнечника", "Күнбағыс тұқымын өңдейтін май зауыты",
     "Восточно-Казахстанская область, Зайсанский район, г. Зайсан, ул. Жангельдина, 44", "Шығыс Қазақстан облысы, Зайсан ауданы, Зайсан қ., Жангелдин к-сі, 44",
     "Восточно-Казахстанская область, Зайсанский район, г. Зайсан, северная промзона, участок 7", "Шығыс Қазақстан облысы, Зайсан ауданы, Зайсан қ., солтүстік өнеркәсіп аймағы, 7-учаске",
     "6342", 47.4813, 84.8792, 350, "Восточно-Казахстанскую", "Шығыс Қазақстан", "г. Зайсан", "Зайсан қ."),
    ("ТОО «Есіл Май Зауыты»", "«Есіл Май Зауыты» ЖШС", "Esil May Zauyty LLP", "Маслоэкстракционный завод", "Май экстракциялау зауыты",
     "Северо-Казахстанская область, г. Петропавловск, ул. Жамбыла, 160", "Солтүстік Қазақстан облысы, Петропавл қ., Жамбыл к-сі, 160",
     "Северо-Казахстанская область, г. Петропавловск, ул. Заводская, 27", "Солтүстік Қазақстан облысы, Петропавл қ., Заводская к-сі, 27",
     "5910", 54.8463, 69.1291, 450, "Северо-Казахстанскую", "Солтүстік Қазақстан", "г. Петропавловск", "Петропавл қ."),
)  # fmt: skip
# (RU operator, KK operator, RU district, KK district, lat, lon, KATO prefix)
GINS = (
    ("ТОО «Жетісай Мақта Тазалау»", "«Жетісай Мақта Тазалау» ЖШС", "Жетысайский район, г. Жетысай", "Жетісай ауданы, Жетісай қ.", 40.776, 68.331, "6155"),
    ("АО «Атакент Мақта»", "«Атакент Мақта» АҚ", "Мактааральский район, пос. Атакент", "Мақтаарал ауданы, Атакент кенті", 40.848, 68.506, "6146"),
    ("ТОО «Шардара Мақта»", "«Шардара Мақта» ЖШС", "Шардаринский район, г. Шардара", "Шардара ауданы, Шардара қ.", 41.259, 67.971, "6160"),
)  # fmt: skip
# (RU operator, KK operator, RU district, KK district)
RICE_MILLS = (
    ("ТОО «Сыр Күріш Өнімдері»", "«Сыр Күріш Өнімдері» ЖШС", "Жалагашский район, пос. Жалагаш", "Жалағаш ауданы, Жалағаш кенті"),
    ("ТОО «Шиелі Агро Күріш»", "«Шиелі Агро Күріш» ЖШС", "Шиелийский район, пос. Шиели", "Шиелі ауданы, Шиелі кенті"),
    ("ТОО «Қармақшы Күріш»", "«Қармақшы Күріш» ЖШС", "Кармакшинский район, пос. Жосалы", "Қармақшы ауданы, Жосалы кенті"),
)  # fmt: skip
# (RU operator, KK operator, RU place, KK place, KATO prefix, lat, lon)
STARCH_PLANTS = (
    ("ТОО «Солтүстік Крахмал»", "«Солтүстік Крахмал» ЖШС", "Северо-Казахстанская область, Тайыншинский район, г. Тайынша, ул. Промышленная, 2",
     "Солтүстік Қазақстан облысы, Тайынша ауданы, Тайынша қ., Өнеркәсіптік к-сі, 2", "5950", 53.8482, 69.7641),
    ("ТОО «Алтай Картоп Өнімдері»", "«Алтай Картоп Өнімдері» ЖШС", "Восточно-Казахстанская область, Глубоковский район, пос. Белоусовка, ул. Заводская, 1",
     "Шығыс Қазақстан облысы, Глубокое ауданы, Белоусовка кенті, Заводская к-сі, 1", "6330", 50.1351, 82.5217),
)  # fmt: skip

# (plant, company, place, lat, lon) — coffee wet-processing plants of Đắk Lắk
VN_COFFEE = (
    ("Nhà máy chế biến cà phê ướt Cư M'gar", "Công ty TNHH Cà phê Ea Pốk Xanh", "thôn 3, xã Cư M'gar, tỉnh Đắk Lắk", 12.8721, 108.0736),
    ("Nhà máy chế biến cà phê Krông Búk", "Công ty Cổ phần Nông sản Krông Búk", "thôn Tân Lập, xã Pơng Drang, tỉnh Đắk Lắk", 12.9486, 108.2153),
    ("Nhà máy chế biến cà phê nhân Buôn Hồ", "Công ty TNHH Cà phê Buôn Hồ", "tổ dân phố 7, phường Buôn Hồ, tỉnh Đắk Lắk", 12.9142, 108.2698),
)  # fmt: skip
# (plant, company, place)
VN_CASHEW = (
    ("Nhà máy chế biến hạt điều Đồng Xoài", "Công ty TNHH Chế biến Điều Đồng Xoài Xanh", "phường Đồng Xoài, tỉnh Đồng Nai (trước đây thuộc tỉnh Bình Phước)"),
    ("Nhà máy chế biến điều xuất khẩu Bù Đăng", "Công ty Cổ phần Hạt điều Bù Đăng", "xã Bù Đăng, tỉnh Đồng Nai (trước đây thuộc tỉnh Bình Phước)"),
)  # fmt: skip
# (plant, company, place)
VN_SUGAR = (
    ("Nhà máy đường An Khê Xanh", "Công ty Cổ phần Mía đường Tây Nguyên Xanh", "phường An Khê, tỉnh Gia Lai"),
    ("Nhà máy đường Tân Châu Xanh", "Công ty Cổ phần Đường Tân Châu Xanh", "xã Tân Châu, tỉnh Tây Ninh"),
)  # fmt: skip
# (factory, company, place)
VN_TEA = (
    ("Nhà máy chè Cầu Đất Xanh", "Công ty Cổ phần Chè Cầu Đất Xanh", "xã Xuân Trường, tỉnh Lâm Đồng"),
    ("Nhà máy chè Thanh Ba Xanh", "Công ty TNHH Chè Thanh Ba Xanh", "xã Thanh Ba, tỉnh Phú Thọ"),
    ("Nhà máy chè Tân Cương Xanh", "Công ty Cổ phần Chè Tân Cương Xanh", "xã Tân Cương, tỉnh Thái Nguyên"),
)  # fmt: skip


# ---------------------------------------------------------------- facility

# (RU product, KK product, commodity code, share of the seed, RU packing, KK packing)
EXPORT_GOODS = (
    ("Шрот подсолнечный тостированный (протеин не менее 36 %)", "Тостталған күнбағыс шроты (протеин кемінде 36 %)", "2306 30 000 0", 0.36,
     "насыпью, вагоны-хопперы", "үйме түрінде, хоппер-вагондар"),
    ("Масло подсолнечное нерафинированное", "Тазартылмаған күнбағыс майы", "1512 11 910 9", 0.44, "наливом, вагоны-цистерны",
     "құйма түрінде, цистерна-вагондар"),
    ("Лузга подсолнечная гранулированная", "Түйіршіктелген күнбағыс қауызы", "2308 00 900 0", 0.05, "биг-бэги по 1 т", "1 т биг-бэгтер"),
)  # fmt: skip


def facility_if1(doc: Doc) -> None:
    """An oil-extraction plant's questionnaire for the register of Kazakh plants approved to export sunflower meal and oil
    to China, sent through the territorial inspection of the agro-industrial inspection committee: `№ | запрашиваемые
    сведения | сведения о предприятии` under four section rows — the legal entity with its BIN, the production site with
    its address, KATO and GPS point written `N 49.95123°, E 82.66210°`, the phytosanitary registration number and the
    number in the Chinese customs' register as look-alikes, production and storage, permits with the category — and the
    products with their ten-digit commodity codes in a table of no role (VI: an EUDR traceability dossier of a coffee
    wet-processing plant in Đắk Lắk, the plant's enterprise number, decimal point and group in part A, the plots that
    supplied the lot with their own centre points in a table of no role)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_if1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p = doc.pick(OIL_PLANTS)
    operator, english, plant, legal, site, prefix, cap, insp = p[L], p[2], p[3 + L], p[5 + L], p[7 + L], p[9], p[12], p[13 + L]
    bin_, kato = make_bin(r), _kato(doc, prefix)
    lat, lon = round(p[10] + r.uniform(-0.003, 0.003), 5), round(p[11] + r.uniform(-0.003, 0.003), 5)
    permit, pdate = _permit(doc), _date(doc, 2024)
    uchet = f"{prefix[:2]}-{r.randint(100, 999)}-{r.randint(10, 99)}"
    cifer = f"CKAZ{prefix[:2]}{r.randint(10**9, 10**10 - 1)}"
    doc.p(g(f"В {insp} областную территориальную инспекцию Комитета государственной инспекции в агропромышленном комплексе МСХ РК",
            f"ҚР АШМ Агроөнеркәсіптік кешендегі мемлекеттік инспекция комитетінің {insp} облыстық аумақтық инспекциясына", ""))
    doc.h(g("Анкета предприятия для включения в Реестр казахстанских предприятий, экспортирующих продукцию растительного происхождения "
            "(шрот, жмых и масло подсолнечные) в Китайскую Народную Республику",
            "Қытай Халық Республикасына өсімдік тектес өнімді (күнбағыс шроты, күнжарасы және майы) экспорттайтын қазақстандық "
            "кәсіпорындар тізіліміне енгізу үшін кәсіпорын сауалнамасы", ""))
    doc.p(g("Анкета заполняется предприятием и направляется территориальной инспекцией в Главное таможенное управление КНР (ГТУ КНР) для "
            "регистрации предприятия в системе CIFER. Сведения подтверждаются копиями документов, приложенными к анкете.",
            "Сауалнаманы кәсіпорын толтырады, ал аумақтық инспекция кәсіпорынды CIFER жүйесінде тіркеу үшін ҚХР Бас кеден басқармасына (ҚХР "
            "БКБ) жібереді. Мәліметтер сауалнамаға қоса берілген құжаттардың көшірмелерімен расталады.", ""))
    rows = [g(["№", "Запрашиваемые сведения", "Сведения о предприятии"], ["№", "Сұратылатын мәліметтер", "Кәсіпорын туралы мәліметтер"], [])]
    merges: list = []
    _span(rows, merges, g("1. Юридическое лицо", "1. Заңды тұлға", ""), 3)
    rows += [["1.1", g("Полное наименование (на русском и английском языках)", "Толық атауы (орыс және ағылшын тілдерінде)", ""),
              f"{operator} / {english}"],
             ["1.2", g("Бизнес-идентификационный номер (БИН)", "Бизнес-сәйкестендіру нөмірі (БСН)", ""), bin_],
             ["1.3", g("Юридический адрес", "Заңды мекенжайы", ""), legal],
             ["1.4", g("Первый руководитель, телефон", "Бірінші басшы, телефоны", ""),
              g(f"Директор Нұрланов Е.С., +7 {r.randint(7100, 7299)} {r.randint(20, 79)} {r.randint(10, 99)} {r.randint(10, 99)}",
                f"Директор Е.С. Нұрланов, +7 {r.randint(7100, 7299)} {r.randint(20, 79)} {r.randint(10, 99)} {r.randint(10, 99)}", "")]]
    _span(rows, merges, g("2. Производственный объект", "2. Өндірістік объект", ""), 3)
    rows += [["2.1", g("Наименование объекта", "Объектінің атауы", ""), plant],
             ["2.2", g("Адрес производственной площадки", "Өндірістік алаңның мекенжайы", ""), site],
             ["2.3", g("Код КАТО места нахождения", "Орналасқан жерінің ҚАТО коды", ""), kato],
             ["2.4", g("Координаты площадки (GPS, WGS-84)", "Алаңның координаттары (GPS, WGS-84)", ""), f"N {lat:.5f}°, E {lon:.5f}°"],
             ["2.5", g("Учетный номер объекта производства подкарантинной продукции", "Карантинге жатқызылған өнім өндіру объектісінің есептік нөмірі", ""),
              uchet],
             ["2.6", g("Регистрационный номер в системе CIFER ГТУ КНР (при продлении регистрации)",
                       "ҚХР БКБ CIFER жүйесіндегі тіркеу нөмірі (тіркеуді ұзартқан кезде)", ""), cifer]]
    _span(rows, merges, g("3. Производство и хранение", "3. Өндіріс және сақтау", ""), 3)
    rows += [["3.1", g("Производственная мощность", "Өндірістік қуаты", ""),
              g(f"переработка {num(cap, 'ru')} т семян подсолнечника в сутки", f"тәулігіне {num(cap, 'kk')} т күнбағыс тұқымын өңдеу", "")],
             ["3.2", g("Вместимость силосов для семян", "Тұқымға арналған силостардың сыйымдылығы", ""), f"{num(cap * r.randint(60, 90), doc.lang)} т"],
             ["3.3", g("Склад шрота", "Шрот қоймасы", ""), g(f"напольный, {num(r.randint(8, 15) * 1000, 'ru')} т", f"еден үстіндегі, {num(r.randint(8, 15) * 1000, 'kk')} т", "")],
             ["3.4", g("Производственная лаборатория", "Өндірістік зертхана", ""),
              g(f"аккредитована, аттестат KZ.T.{prefix[:2]}.{r.randint(1000, 2999)}", f"аккредиттелген, KZ.T.{prefix[:2]}.{r.randint(1000, 2999)} аттестаты", "")]]
    _span(rows, merges, g("4. Разрешительные документы и системы менеджмента", "4. Рұқсат беру құжаттары және менеджмент жүйелері", ""), 3)
    rows += [["4.1", g("Экологическое разрешение, категория объекта", "Экологиялық рұқсат, объект санаты", ""),
              g(f"объект II категории; экологическое разрешение на воздействие № {permit} от {pdate}",
                f"II санаттағы объект; {pdate} берілген № {permit} әсер етуге арналған экологиялық рұқсат", "")],
             ["4.2", g("Система менеджмента безопасности пищевой продукции", "Тамақ өнімдерінің қауіпсіздігі менеджменті жүйесі", ""),
              g(f"ISO 22000:2018, сертификат № KZ.{r.randint(1000, 9999)}.ISO, действителен до {_date(doc, 2027)}",
                f"ISO 22000:2018, № KZ.{r.randint(1000, 9999)}.ISO сертификаты, {_date(doc, 2027)} дейін жарамды", "")]]  # fmt: skip
    doc.table(None, rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": _core(operator), "kato": kato, "category": "II", "lat": lat, "lon": lon})
    seed = cap * r.randint(300, 330)
    goods = [g(["№", "Наименование продукции", "Код ТН ВЭД ЕАЭС", "Выпуск в 2025 г., т", "Вид отгрузки"],
               ["№", "Өнімнің атауы", "ЕАЭО СЭҚ ТН коды", "2025 ж. шығарылымы, т", "Тиеп-жөнелту түрі"], [])]
    for k, (n_ru, n_kk, code, share, pk_ru, pk_kk) in enumerate(EXPORT_GOODS, 1):
        goods.append([str(k), (n_ru, n_kk)[L], code, num(round(seed * share * r.uniform(0.95, 1.02), -1), doc.lang), (pk_ru, pk_kk)[L]])
    doc.table(g("Приложение 1. Продукция, предлагаемая к экспорту в КНР", "1-қосымша. ҚХР-ға экспортқа ұсынылатын өнім", ""), goods, role="other")
    doc.p(g("Достоверность сведений подтверждаю. Директор ______________ М.П.", "Мәліметтердің дұрыстығын растаймын. Директор ______________ М.О.", ""))


VN_EU_BUYERS = ("Hamburger Rohkaffee Handel GmbH (Đức)", "Antwerp Green Coffee NV (Bỉ)", "Trieste Caffè Crudo S.p.A. (Ý)")
VN_FARMERS = ("Y Bhiăo Niê", "H'Nga Êban", "Nguyễn Văn Tư", "Lê Thị Hạnh", "Phạm Văn Đức", "Y Kông Mlô", "Trần Thị Lan", "Hoàng Văn Sáu")
VN_COMMUNES = ("Cư M'gar", "Ea Kiết", "Ea M'Droh", "Pơng Drang", "Ea Drông", "Buôn Hồ")


def _facility_if1_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, place, lat0, lon0 = doc.pick(VN_COFFEE)
    msdn = _msdn(doc, "60")
    lat, lon = round(lat0 + r.uniform(-0.003, 0.003), 5), round(lon0 + r.uniform(-0.003, 0.003), 5)
    lot = f"EU-{r.randint(2600, 2699)}-{r.randint(10, 99)}"
    doc.h("HỒ SƠ THÔNG TIN TRUY XUẤT NGUỒN GỐC CÀ PHÊ XUẤT KHẨU SANG LIÊN MINH CHÂU ÂU")
    doc.p(f"(Phục vụ nhà nhập khẩu lập Bản kê khai thẩm định – DDS theo Quy định (EU) 2023/1115 về sản phẩm không gây mất rừng; lô hàng số {lot})")
    doc.p("Tọa độ các lô vùng trồng được thu thập bằng thiết bị GPS cầm tay, các lô từ 4 ha trở lên được lưu dưới dạng đa giác trong tệp "
          "GeoJSON đính kèm; bảng tại Phần C chỉ ghi điểm trung tâm của từng lô.")
    rows = [["Mục", "Nội dung", "Thông tin khai báo"]]
    merges: list = []
    _span(rows, merges, "A. THÔNG TIN DOANH NGHIỆP VÀ CƠ SỞ CHẾ BIẾN", 3)
    rows += [["A.1", "Tên doanh nghiệp", company],
             ["A.2", "Mã số doanh nghiệp", msdn],
             ["A.3", "Tên cơ sở chế biến", plant],
             ["A.4", "Địa điểm cơ sở chế biến", place],
             ["A.5", "Tọa độ cơ sở chế biến (WGS-84, độ thập phân)", f"{num(lat, 'vi')}; {num(lon, 'vi')}"],
             ["A.6", "Công suất chế biến", f"{num(r.randint(15, 40) * 1000, 'vi')} tấn cà phê nhân/năm (chế biến ướt và chế biến khô)"],
             ["A.7", "Giấy phép môi trường", f"Số {r.randint(10, 190)}/GPMT-UBND ngày {_date(doc, 2024, '/')} của UBND tỉnh Đắk Lắk; cơ sở thuộc "
                                            "nhóm II theo Luật Bảo vệ môi trường năm 2020"]]
    _span(rows, merges, "B. THÔNG TIN LÔ HÀNG", 3)
    bags = r.randint(30, 70) * 20
    rows += [["B.1", "Mã HS", "0901.11.90 – Cà phê Robusta nhân, chưa rang, chưa khử caffeine"],
             ["B.2", "Khối lượng lô hàng", f"{num(bags * 60 / 1000, 'vi')} tấn ({num(bags, 'vi')} bao × 60 kg)"],
             ["B.3", "Nhà nhập khẩu (nhà điều hành tại EU)", doc.pick(VN_EU_BUYERS)],
             ["B.4", "Thời gian thu hoạch", "Niên vụ 2025/2026 (tháng 11/2025 – tháng 01/2026)"]]  # fmt: skip
    doc.table("Phần A – B. Thông tin chung", rows, merges, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": plant, "category": "II", "lat": lat, "lon": lon})
    plots = [["Mã lô vùng trồng", "Chủ hộ", "Xã", "Diện tích (ha)", "Tọa độ điểm trung tâm (WGS-84)", "Khối lượng cung ứng (tấn)",
              "Kết quả đối chiếu bản đồ rừng 2020"]]
    for k in range(r.randint(4, 6)):
        plat, plon = round(lat + r.uniform(-0.06, 0.06), 5), round(lon + r.uniform(-0.06, 0.06), 5)
        plots.append([f"DL-{r.randint(100, 999)}-{k + 1:02d}", doc.pick(VN_FARMERS), doc.pick(VN_COMMUNES), num(round(r.uniform(0.8, 6.5), 2), "vi"),
                      f"{num(plat, 'vi')}; {num(plon, 'vi')}", num(round(r.uniform(3, 18), 1), "vi"), "Không mất rừng sau 31/12/2020"])
    doc.table("Phần C. Danh sách lô vùng trồng cung ứng cho lô hàng", plots, role="other")


def facility_if2(doc: Doc) -> None:
    """The general section of a report on possible impacts of reconstructing a potato-starch plant, `№ | показатель |
    существующее положение | после реконструкции`: the identity lines that do not change — the object, the operator, its
    BIN, the place, the KATO, the centre of the site in degrees, minutes and seconds, the category — each merged across
    both columns, while capacity, the processing season, output, water and the sanitary class with its protection zone
    (IV → III, a look-alike of the category) are written twice (VI: a cassava-starch factory's report for a permit of its
    capacity increase in Gia Lai, VN-2000 metres beside WGS-84 degrees, `Nhóm I` merged across both columns)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_if2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p = doc.pick(STARCH_PLANTS)
    operator, place, prefix = p[L], p[2 + L], p[4]
    plant = g(f"Картофелекрахмальный завод {operator}", f"{operator} картоп-крахмал зауыты", "")
    bin_, kato = make_bin(r), _kato(doc, prefix)
    lat, lat_v = _dms(p[5] + r.uniform(-0.004, 0.004), True, doc.lang)
    lon, lon_v = _dms(p[6] + r.uniform(-0.004, 0.004), False, doc.lang)
    cap0, cap1 = r.choice((250, 300, 350)), r.choice((550, 600, 650))
    days0, days1 = r.randint(95, 110), r.randint(135, 150)
    doc.h(g(f"Отчет о возможных воздействиях. Реконструкция картофелекрахмального завода {operator} с увеличением мощности",
            f"Мүмкін болатын әсерлер туралы есеп. {operator} картоп-крахмал зауытын қуатын арттыра отырып реконструкциялау", ""))
    doc.h(g("1. Общие сведения о намечаемой деятельности", "1. Белгіленіп отырған қызмет туралы жалпы мәліметтер", ""))
    doc.p(g("Реконструкция предусматривает замену терочного и рафинационного оборудования, строительство второй линии сушки крахмала и "
            "перевод отведения картофельного сока и промывных вод с полей фильтрации на поля орошения кормовых культур.",
            "Реконструкция үккіш және рафинациялау жабдықтарын ауыстыруды, крахмал кептірудің екінші желісін салуды және картоп шырыны "
            "мен жуынды суларды бұруды сүзу алқаптарынан мал азықтық дақылдарды суару алқаптарына көшіруді көздейді.", ""))
    rows = [g(["№", "Показатель", "Существующее положение (2025 г.)", "После реконструкции (с 2027 г.)"],
              ["№", "Көрсеткіш", "Қазіргі жағдай (2025 ж.)", "Реконструкциядан кейін (2027 ж. бастап)"], [])]
    merges = []

    def same(label, value):
        rows.append([str(len(rows)), label, value, None])
        merges.append((len(rows) - 1, 2, len(rows) - 1, 3))

    def change(label, before, after):
        rows.append([str(len(rows)), label, before, after])

    same(g("Наименование объекта", "Объектінің атауы", ""), plant)
    same(g("Инициатор намечаемой деятельности (оператор)", "Белгіленіп отырған қызметтің бастамашысы (оператор)", ""), operator)
    same(g("БИН", "БСН", ""), bin_)
    same(g("Местонахождение", "Орналасқан жері", ""), place)
    same(g("Код КАТО", "ҚАТО коды", ""), kato)
    same(g("Географические координаты центра площадки", "Алаң орталығының географиялық координаттары", ""), f"{lat}, {lon}")
    change(g("Мощность по переработке картофеля", "Картопты өңдеу қуаты", ""), g(f"{cap0} т/сут", f"{cap0} т/тәул.", ""), g(f"{cap1} т/сут", f"{cap1} т/тәул.", ""))
    change(g("Продолжительность сезона переработки", "Өңдеу маусымының ұзақтығы", ""),
           g(f"{days0} сут. (сентябрь – декабрь)", f"{days0} тәул. (қыркүйек – желтоқсан)", ""),
           g(f"{days1} сут. (сентябрь – январь)", f"{days1} тәул. (қыркүйек – қаңтар)", ""))
    change(g("Выпуск крахмала картофельного", "Картоп крахмалын шығару", ""), f"{num(round(cap0 * days0 * 0.16, -1), doc.lang)} т",
           f"{num(round(cap1 * days1 * 0.165, -1), doc.lang)} т")
    change(g("Водопотребление на производственные нужды", "Өндірістік қажеттіліктерге су тұтыну", ""),
           g(f"{num(cap0 * 4, 'ru')} м³/сут", f"{num(cap0 * 4, 'kk')} м³/тәул.", ""),
           g(f"{num(cap1 * 3, 'ru')} м³/сут (с оборотом транспортерно-моечной воды)", f"{num(cap1 * 3, 'kk')} м³/тәул. (тасымалдау-жуу суының айналымымен)", ""))
    change(g("Отведение картофельного сока и промывных вод", "Картоп шырыны мен жуынды суларды бұру", ""),
           g("на поля фильтрации (2 карты, 18 га)", "сүзу алқаптарына (2 карта, 18 га)", ""),
           g("на поля орошения кормовых культур (4 карты, 120 га)", "мал азықтық дақылдарды суару алқаптарына (4 карта, 120 га)", ""))
    change(g("Класс по санитарной классификации, размер СЗЗ", "Санитариялық жіктеу бойынша сыныбы, СҚА мөлшері", ""),
           g("IV класс, 100 м", "IV сынып, 100 м", ""), g("III класс, 300 м", "III сынып, 300 м", ""))
    same(g("Категория объекта, оказывающего негативное воздействие на окружающую среду", "Қоршаған ортаға теріс әсер ететін объектінің санаты", ""),
         g("II (не изменяется)", "II (өзгермейді)", ""))
    doc.table(g("Таблица 1.1 – Основные сведения об объекте до и после реконструкции", "1.1-кесте – Реконструкцияға дейін және кейін объект туралы негізгі мәліметтер", ""),
              rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": _core(operator), "kato": kato, "category": "II", "lat": lat_v, "lon": lon_v})
    doc.p(g("Ближайшая жилая застройка расположена в 650 м к юго-востоку от границы площадки; расширение СЗЗ до 300 м не затрагивает жилых домов.",
            "Ең жақын тұрғын үйлер алаң шекарасынан оңтүстік-шығысқа қарай 650 м жерде орналасқан; СҚА-ны 300 м-ге дейін кеңейту тұрғын "
            "үйлерді қамтымайды.", ""))
    maybe_distractor(doc)


# (plant, company, place, lat, lon, VN-2000 X, Y)
VN_CASSAVA_GL = (
    ("Nhà máy chế biến tinh bột sắn Ia Pa", "Công ty Cổ phần Tinh bột sắn Ia Pa", "xã Ia Pa, tỉnh Gia Lai", 13.4683, 108.4907, 1489264, 553012),
    ("Nhà máy tinh bột sắn Kông Chro", "Công ty TNHH Nông sản Kông Chro", "xã Kông Chro, tỉnh Gia Lai", 13.7592, 108.5351, 1521497, 557764),
)  # fmt: skip


def _facility_if2_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, place, lat0, lon0, x0, y0 = doc.pick(VN_CASSAVA_GL)
    msdn = _msdn(doc, "59")
    lat, lon = round(lat0 + r.uniform(-0.002, 0.002), 5), round(lon0 + r.uniform(-0.002, 0.002), 5)
    cap0, cap1 = r.choice((200, 250)), r.choice((350, 400))
    gpmt = f"{r.randint(20, 160)}/GPMT-UBND ngày {_date(doc, 2023, '/')}"
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG CỦA DỰ ÁN NÂNG CÔNG SUẤT {plant.upper()} TỪ {cap0} LÊN {cap1} TẤN SẢN PHẨM/NGÀY")
    doc.h("Chương I. THÔNG TIN CHUNG VỀ DỰ ÁN ĐẦU TƯ")
    doc.p("Dự án được thực hiện trên diện tích hiện hữu của nhà máy, bổ sung 01 dây chuyền trích ly, 01 tháp sấy nhanh và mở rộng hệ thống "
          "xử lý nước thải (bể biogas phủ bạt HDPE) mà không thay đổi địa điểm.")
    rows = [["TT", "Hạng mục", f"Hiện trạng (theo Giấy phép môi trường số {gpmt})", "Sau khi nâng công suất"]]
    merges = []

    def same(label, value):
        rows.append([str(len(rows)), label, value, None])
        merges.append((len(rows) - 1, 2, len(rows) - 1, 3))

    same("Tên cơ sở", plant)
    same("Chủ dự án", company)
    same("Mã số doanh nghiệp", msdn)
    same("Địa điểm", place)
    same("Tọa độ trung tâm (hệ VN-2000, kinh tuyến trục 108°30′, múi chiếu 3°)",
         f"X = {num(x0 + r.randint(-150, 150), 'vi')} m; Y = {num(y0 + r.randint(-150, 150), 'vi')} m")
    same("Tọa độ địa lý (WGS-84)", f"{num(lat, 'vi')}° B; {num(lon, 'vi')}° Đ")
    same("Loại hình sản xuất", "Chế biến tinh bột sắn (loại hình có nguy cơ gây ô nhiễm môi trường)")
    rows.append([str(len(rows)), "Công suất", f"{cap0} tấn tinh bột/ngày", f"{cap1} tấn tinh bột/ngày"])
    rows.append([str(len(rows)), "Nhu cầu củ sắn tươi", f"{num(cap0 * 4, 'vi')} tấn/ngày", f"{num(cap1 * 4, 'vi')} tấn/ngày"])
    rows.append([str(len(rows)), "Lưu lượng nước thải sản xuất", f"{num(cap0 * 14, 'vi')} m³/ngày.đêm", f"{num(cap1 * 12, 'vi')} m³/ngày.đêm"])
    rows.append([str(len(rows)), "Nhiên liệu cấp nhiệt cho tháp sấy", "Than đá", "Khí biogas thu hồi; than đá dự phòng"])
    same("Phân nhóm dự án theo tiêu chí về môi trường", "Nhóm I (mục 3 Phụ lục III kèm theo Nghị định số 08/2022/NĐ-CP)")
    doc.table("Bảng 1.1. Thông tin chung của dự án trước và sau khi nâng công suất", rows, merges, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": plant, "category": "I", "lat": lat, "lon": lon})
    maybe_distractor(doc)


# ---------------------------------------------------------------- emissions

# (RU equipment, KK equipment, RU collectors, KK collectors, (low, high) m3/h, (low, high) inlet mg/m3, project efficiency %,
#  height m, diameter m)
GIN_UNITS = (
    ("Сушильно-очистительный агрегат СБО (сушка и очистка хлопка-сырца)", "СБО кептіру-тазалау агрегаты (шитті мақтаны кептіру және тазалау)",
     "циклоны ЦН-15-800, 4 шт.", "ЦН-15-800 циклондары, 4 дана", (18000, 24000), (900, 1400), 90, 12, "0,8"),
    ("Очистители хлопка-сырца от мелкого сора 1ХК (3 шт.)", "Шитті мақтаны ұсақ қоқыстан тазартқыштар 1ХК (3 дана)",
     "циклоны ЦН-15-600, 6 шт.", "ЦН-15-600 циклондары, 6 дана", (14000, 20000), (1500, 2400), 92, 11, "0,7"),
    ("Джины 4ДП-130 (4 шт.), волокноотвод", "4ДП-130 джиндері (4 дана), талшық бұрғыш",
     "циклоны ЦН-15-800, 8 шт.", "ЦН-15-800 циклондары, 8 дана", (26000, 34000), (600, 1000), 93, 14, "1,0"),
    ("Линтеры 5ЛП (8 шт.)", "5ЛП линтерлері (8 дана)", "циклоны ЦН-11-600, 8 шт.", "ЦН-11-600 циклондары, 8 дана", (20000, 28000),
     (700, 1200), 94, 13, "0,9"),
    ("Волокноочистители 1ВП (4 шт.), конденсор пресса", "1ВП талшық тазартқыштары (4 дана), пресс конденсоры",
     "циклоны ЦН-15-500, 4 шт.", "ЦН-15-500 циклондары, 4 дана", (9000, 14000), (800, 1300), 91, 10, "0,6"),
    ("Пневмотранспорт хлопка-сырца с бунтов (сепараторы СС-15А)", "Шитті мақтаны бунттардан пневмотасымалдау (СС-15А сепараторлары)",
     "циклоны ЦН-15-800, 2 шт.", "ЦН-15-800 циклондары, 2 дана", (12000, 16000), (400, 800), 88, 9, "0,7"),
)  # fmt: skip
GIN_HOURS = 3600


def emissions_if1(doc: Doc) -> None:
    """A cotton gin's summary of the passports of its dust-cleaning units drawn up after adjustment before the season, the
    units `ПГОУ-1` … as columns and the passport's lines as rows: the equipment served, the cyclones, the year, the number
    of the source the unit exhausts through, its height and mouth, the air volume, the dust caught with its code, the
    concentrations at the inlet and the outlet, the efficiency as project and actual, the dust coming to cleaning in g/s
    and, only then, the emission after cleaning in g/s and in tonnes for the season's hours; cotton dust (2917) without a
    hazard class, and a note saying the dryer's combustion gases are not in the summary (VI: a cashew processor's file of
    its waste-gas treatment systems `HT-01` … as columns, each pollutant's load after treatment on a g/s row and a tấn/năm
    row under a row spanning the table, dashes where a system emits nothing, no source numbers)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_if1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    gin = doc.pick(GINS)
    operator, district = gin[L], gin[2 + L]
    units = [u for k, u in enumerate(GIN_UNITS) if k < 4 or r.random() < 0.7]
    doc.h(g(f"Сводная ведомость паспортов пылегазоочистных установок. Хлопкоочистительный завод {operator}",
            f"{operator} мақта тазалау зауыты. Шаң-газ тазарту қондырғылары паспорттарының жиынтық тізімдемесі", ""))
    doc.p(g(f"Туркестанская область, {district}. Ведомость составлена по паспортам ПГОУ, оформленным по результатам наладочных испытаний "
            f"перед сезоном переработки хлопка-сырца урожая 2025 года (октябрь 2025 – март 2026, {num(GIN_HOURS, 'ru')} ч). Показатели "
            "выброса после очистки приняты в проекте нормативов допустимых выбросов.",
            f"Түркістан облысы, {_dot(district)} Тізімдеме 2025 жылғы өнімнің шитті мақтасын өңдеу маусымы (2025 ж. қазан – 2026 ж. наурыз, "
            f"{num(GIN_HOURS, 'kk')} сағ) алдындағы баптау сынақтарының нәтижелері бойынша ресімделген ШГТҚ паспорттары негізінде жасалды. "
            "Тазартудан кейінгі шығарынды көрсеткіштері жол берілетін шығарындылар нормативтерінің жобасында қабылданды.", ""))
    labels = g(["Обслуживаемое оборудование", "Тип и количество пылеуловителей", "Год ввода в эксплуатацию", "Номер источника выброса (ИЗА)",
                "Высота / диаметр устья источника, м", "Объем очищаемого воздуха, м³/ч", "Улавливаемое вещество (код)",
                "Концентрация пыли на входе, мг/м³", "Концентрация пыли на выходе, мг/м³", "Степень очистки проектная / фактическая, %",
                "Поступает на очистку, г/с", "Выброс после очистки, г/с", f"Выброс после очистки, т/год ({num(GIN_HOURS, 'ru')} ч)",
                "Дата испытаний"],
               ["Қызмет көрсетілетін жабдық", "Шаң ұстағыштардың түрі мен саны", "Пайдалануға берілген жылы", "Шығарынды көзінің нөмірі (ЛШК)",
                "Көздің биіктігі / сағасының диаметрі, м", "Тазартылатын ауаның көлемі, м³/сағ", "Ұсталатын зат (коды)",
                "Кірістегі шаң концентрациясы, мг/м³", "Шығыстағы шаң концентрациясы, мг/м³", "Тазарту дәрежесі жобалық / нақты, %",
                "Тазартуға түседі, г/с", "Тазартудан кейінгі шығарынды, г/с", f"Тазартудан кейінгі шығарынды, т/жыл ({num(GIN_HOURS, 'kk')} сағ)",
                "Сынақ күні"], [])  # fmt: skip
    cols: list[list[str]] = []
    numbers = []
    for k, (e_ru, e_kk, c_ru, c_kk, (vlo, vhi), (ilo, ihi), eff, height, diam) in enumerate(units, 1):
        number = f"{k:04d}"
        vol = r.randint(vlo // 100, vhi // 100) * 100
        inlet = r.randint(ilo // 10, ihi // 10) * 10
        actual = round(eff - r.uniform(0.4, 3.0), 1)
        outlet = round(inlet * (1 - actual / 100))
        gs_in = _sig(vol / 3600 * inlet / 1000, 3)
        gs = _sig(vol / 3600 * outlet / 1000, 3)
        ty = _sig(gs * GIN_HOURS * 3600 / 1e6, 4)
        cols.append([(e_ru, e_kk)[L], (c_ru, c_kk)[L], str(r.choice((2009, 2012, 2015, 2018, 2021))), number, f"{height} / {diam}",
                     num(vol, doc.lang), g("Пыль хлопковая (2917)", "Мақта шаңы (2917)", ""), num(inlet, doc.lang), num(outlet, doc.lang),
                     f"{eff} / {num(actual, doc.lang)}", num(gs_in, doc.lang), num(gs, doc.lang), num(ty, doc.lang),
                     f"{r.randint(8, 26):02d}.09.2025"])
        doc.add("emissions", emission("2917", gs, ty, number))
        numbers.append(number)
    head = [g("Показатель", "Көрсеткіш", "")] + [g(f"ПГОУ-{k}", f"ШГТҚ-{k}", "") for k in range(1, len(units) + 1)]
    rows = [head] + [[label, *(c[i] for c in cols)] for i, label in enumerate(labels)]
    doc.table(g("Таблица 1 – Основные показатели ПГОУ по паспортам", "1-кесте – Паспорттар бойынша ШГТҚ-ның негізгі көрсеткіштері", ""),
              rows, role="emissions")
    doc.add("sources", *({"number": n, "type": "organized"} for n in numbers))
    doc.p(g("Примечание. Продукты сгорания природного газа в топке сушильного агрегата (азота оксиды, углерод оксид), отводимые через ИЗА 0001, "
            "пылеуловителями не улавливаются и в ведомость не включены; их выбросы приведены в разделе 3.2 проекта нормативов.",
            "Ескертпе. Кептіру агрегаты оттығындағы табиғи газдың 0001 ЛШК арқылы шығарылатын жану өнімдері (азот оксидтері, көміртек оксиді) "
            "шаң ұстағыштармен ұсталмайды және тізімдемеге енгізілмеген; олардың шығарындылары нормативтер жобасының 3.2-бөлімінде келтірілген.", ""))


# (system, source, treatment, (low, high) m3/h, height m, hours, {code: (low, high) g/s})
CASHEW_SYSTEMS = (
    ("HT-01", "Lò hơi đốt vỏ hạt điều 3 tấn hơi/giờ", "Cyclone chùm + tháp hấp thụ bằng dung dịch NaOH", (9000, 12000), 20, 6000,
     {"2902": (0.15, 0.35), "0330": (0.05, 0.15), "0301": (0.2, 0.45), "0337": (0.3, 0.8)}),
    ("HT-02", "Lò sấy nhân điều (lò đốt vỏ điều, cấp nhiệt gián tiếp)", "Cyclone + buồng lắng bụi", (6000, 8000), 15, 5000,
     {"2902": (0.08, 0.2), "0301": (0.05, 0.15), "0337": (0.1, 0.4)}),
    ("HT-03", "Khu vực bóc vỏ lụa nhân điều (máy thổi vỏ lụa)", "Hệ thống lọc bụi túi vải", (8000, 12000), 10, 4800, {"2902": (0.02, 0.06)}),
    ("HT-04", "Máy phân loại, đánh bóng nhân điều", "Hệ thống lọc bụi túi vải", (5000, 7000), 8, 4800, {"2902": (0.01, 0.04)}),
)  # fmt: skip


def _emissions_if1_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, place = doc.pick(VN_CASHEW)
    doc.h(f"HỒ SƠ THEO DÕI CÁC CÔNG TRÌNH XỬ LÝ BỤI, KHÍ THẢI – {plant.upper()}")
    doc.p(f"Chủ cơ sở: {company}; địa điểm: {place}. Tải lượng sau xử lý được tính từ kết quả đo kiểm tra hiệu quả công trình khi vận hành "
          "thử nghiệm và thời gian vận hành thực tế năm 2025.")
    systems = [s for s in CASHEW_SYSTEMS if s[0] != "HT-04" or r.random() < 0.6]
    width = 1 + len(systems)
    rows = [["Hạng mục", *(s[0] for s in systems)],
            ["Nguồn phát sinh", *(s[1] for s in systems)],
            ["Công nghệ xử lý", *(s[2] for s in systems)],
            ["Lưu lượng khí thải thiết kế (m³/giờ)", *(num(r.randint(lo // 100, hi // 100) * 100, "vi") for _, _, _, (lo, hi), *_ in systems)],
            ["Chiều cao ống thải (m)", *(str(s[4]) for s in systems)],
            ["Thời gian vận hành (giờ/năm)", *(num(s[5], "vi") for s in systems)]]
    merges: list = []
    _span(rows, merges, "Tải lượng sau xử lý", width)
    loads = {s[0]: {c: _sig(r.uniform(lo, hi), 3) for c, (lo, hi) in s[6].items()} for s in systems}
    for code in ("2902", "0330", "0301", "0337"):
        gs_row, t_row = [f"{AIR[code][2]} (g/s)"], [f"{AIR[code][2]} (tấn/năm)"]
        for name, _, _, _, _, hours, _ in systems:
            gs = loads[name].get(code)
            if gs is None:
                gs_row.append("-")
                t_row.append("-")
                continue
            ty = _sig(gs * hours * 3600 / 1e6, 3)
            gs_row.append(num(gs, "vi"))
            t_row.append(num(ty, "vi"))
            doc.add("emissions", emission(code, gs, ty))
        rows += [gs_row, t_row]
    doc.table("Bảng 2. Thông tin các công trình xử lý bụi, khí thải", rows, merges, role="emissions")
    doc.p("Ghi chú: “-” – công trình không phát sinh thông số tương ứng. Vỏ hạt điều sau khi tách dầu (CNSL) được dùng làm nhiên liệu cho lò hơi "
          "và lò sấy.")
    maybe_distractor(doc)


BOILER_HOURS = 6500
# code: ((low, high) mg/Nm3)
HUSK_GAS = {"0301": (220, 320), "0304": (35, 52), "0337": (700, 1300), "0330": (25, 70), "2907": (350, 650)}


def emissions_if2(doc: Doc) -> None:
    """A boiler maker's technical-commercial proposal to a rice mill of Kyzylorda oblast for a boiler house of three
    fluidised-bed steam boilers burning rice husk and baled straw (two at work, one in reserve), its section of
    environmental figures: `вещество | код | концентрация за циклоном | выброс одного котла, г/с | выброс котельной (2 котла),
    г/с | т/год (6 500 ч)`, so that only the boiler house's grams and its tonnes are the emission while the concentration
    and the single boiler's grams are not; the common stack's number under the mill's draft of emission norms stated only
    in the paragraph before the table, high-silica ash dust (2907), a total row, the boiler's guaranteed figures in a
    table of no role (VI: a bagasse boiler offered to a sugar mill, one boiler and two boilers at once in g/s, the tonnes of
    the crushing season, no source numbers)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_if2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    mill = doc.pick(RICE_MILLS)
    operator, district = mill[L], mill[2 + L]
    stack = r.choice(("0003", "0004", "0005"))
    vendor = g("ТОО «КазБиоКотел»", "«КазБиоКотел» ЖШС", "")
    doc.p(g(f"{vendor}, г. Караганда. Исх. № ТКП-{r.randint(100, 399)}/25 от {_date(doc)}", f"{vendor}, Қарағанды қ. Шығ. № ТКП-{r.randint(100, 399)}/25, {_date(doc)}", ""))
    doc.h(g(f"Технико-коммерческое предложение на поставку котельной на рисовой лузге и соломе для {operator}",
            f"{operator} үшін күріш қауызы мен сабанында жұмыс істейтін қазандықты жеткізуге арналған техникалық-коммерциялық ұсыныс", ""))
    doc.h(g("6. Экологические показатели", "6. Экологиялық көрсеткіштер", ""))
    doc.p(g(f"Заказчик: {operator} (Кызылординская область, {district}). Котельная в составе трех паровых котлов КЕ-4-14 КС с топками "
            "кипящего слоя (два в работе, один резервный) размещается на территории рисозавода; после батарейных циклонов дымовые газы "
            f"отводятся в общую дымовую трубу Н = 30 м, D = 1,2 м, которой в проекте нормативов допустимых выбросов рисозавода присвоен "
            f"номер ИЗА {stack}.",
            f"Тапсырыс беруші: {operator} (Қызылорда облысы, {district}). Қайнау қабатты оттықтары бар үш КЕ-4-14 КС бу қазандығынан (екеуі "
            "жұмыста, біреуі резервте) тұратын қазандық күріш зауытының аумағында орналасады; батареялық циклондардан кейін түтін газдары "
            f"Н = 30 м, D = 1,2 м ортақ түтін мұржасына шығарылады, оған күріш зауытының жол берілетін шығарындылар нормативтері жобасында "
            f"{stack} ЛШК нөмірі берілген.", ""))
    flow = r.randint(80, 100) * 100
    rows = [g(["Загрязняющее вещество", "Код", "Концентрация за циклоном, мг/Нм³ (α = 1,4)", "Выброс от одного котла, г/с",
               "Выброс котельной (2 котла в работе), г/с", f"Выброс котельной, т/год ({num(BOILER_HOURS, 'ru')} ч)"],
              ["Ластаушы зат", "Коды", "Циклоннан кейінгі концентрация, мг/Нм³ (α = 1,4)", "Бір қазандықтың шығарындысы, г/с",
               "Қазандықтың шығарындысы (2 қазандық жұмыста), г/с", f"Қазандықтың шығарындысы, т/жыл ({num(BOILER_HOURS, 'kk')} сағ)"], [])]
    sums = [0.0, 0.0]
    for code, (lo, hi) in HUSK_GAS.items():
        conc = r.randint(lo, hi)
        one = _sig(flow / 3600 * conc / 1000, 3)
        two = round(2 * one, 6)
        ty = _sig(two * BOILER_HOURS * 3600 / 1e6, 4)
        rows.append([_air(doc, code), code, num(conc, doc.lang), num(one, doc.lang), num(two, doc.lang), num(ty, doc.lang)])
        doc.add("emissions", emission(code, two, ty, stack))
        sums = [sums[0] + two, sums[1] + ty]
    rows.append([g("Итого", "Барлығы", ""), "", "", "", num(round(sums[0], 6), doc.lang), num(round(sums[1], 4), doc.lang)])
    doc.table(g("Таблица 6.1 – Расчетные выбросы загрязняющих веществ (топливо – смесь рисовой лузги и тюкованной соломы 70 : 30)",
                "6.1-кесте – Ластаушы заттардың есептік шығарындылары (отын – күріш қауызы мен тойлы сабан қоспасы 70 : 30)", ""),
              rows, role="emissions")
    doc.add("sources", {"number": stack, "type": "organized"})
    doc.p(g("Одновременная работа трех котлов не предусматривается; объем дымовых газов одного котла – "
            f"{num(flow, 'ru')} Нм³/ч. Выбросы рассчитаны по результатам испытаний головного образца котла на аналогичном топливе.",
            "Үш қазандықтың бір мезгілде жұмыс істеуі көзделмейді; бір қазандықтың түтін газдарының көлемі – "
            f"{num(flow, 'kk')} Нм³/сағ. Шығарындылар ұқсас отындағы қазандықтың бас үлгісін сынау нәтижелері бойынша есептелді.", ""))
    guar = [g(["Показатель", "Ед. изм.", "Значение"], ["Көрсеткіш", "Өлш. бірл.", "Мәні"], []),
            [g("Паропроизводительность номинальная", "Номиналды бу өнімділігі", ""), g("т/ч", "т/сағ", ""), "4,0"],
            [g("Давление пара", "Бу қысымы", ""), g("МПа", "МПа", ""), "1,3"],
            [g("КПД брутто", "Брутто ПӘК", ""), "%", num(r.choice((80, 81, 82)), doc.lang)],
            [g("Расход топлива (Qнр = 13,2 МДж/кг)", "Отын шығыны (Qнр = 13,2 МДж/кг)", ""), g("т/ч", "т/сағ", ""), f"{r.uniform(0.95, 1.05):.2f}".replace(".", ",")],
            [g("Температура уходящих газов", "Шығатын газдардың температурасы", ""), "°C", str(r.randint(150, 175))],
            [g("Содержание горючих в золе, не более", "Күлдегі жанғыш заттардың мөлшері, артық емес", ""), "%", "8"]]  # fmt: skip
    doc.table(g("Таблица 6.2 – Гарантийные показатели котла КЕ-4-14 КС", "6.2-кесте – КЕ-4-14 КС қазандығының кепілді көрсеткіштері", ""), guar,
              role="other")


SEASON_HOURS = 3600
# code: ((low, high) mg/Nm3)
BAGASSE_GAS = {"2902": (60, 120), "0330": (20, 60), "0301": (180, 280), "0337": (250, 600)}


def _emissions_if2_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, place = doc.pick(VN_SUGAR)
    vendor = doc.pick(("Công ty Cổ phần Chế tạo Lò hơi Sông Hồng Xanh", "Công ty TNHH Thiết bị Nhiệt Phương Nam Xanh"))
    doc.p(f"{vendor}. Số: {r.randint(10, 99)}/2025/ĐXKT")
    doc.h(f"ĐỀ XUẤT KỸ THUẬT LÒ HƠI GHI XÍCH ĐỐT BÃ MÍA 60 TẤN HƠI/GIỜ CHO {plant.upper()}")
    doc.h("Mục 5. Chỉ tiêu môi trường")
    doc.p(f"Kính gửi: {company} ({place}). Nhà máy lắp đặt 02 lò hơi cùng công suất vận hành song song trong vụ ép (150 ngày, "
          f"{num(SEASON_HOURS, 'vi')} giờ); khói thải mỗi lò qua bộ lọc bụi tĩnh điện ba trường và quạt hút vào ống khói chung cao 60 m.")
    flow = r.randint(95, 120) * 1000
    rows = [["Thông số", "Nồng độ sau lọc bụi tĩnh điện (mg/Nm³, 6% O2)", "Tải lượng 01 lò (g/s)", "Tải lượng 02 lò vận hành đồng thời (g/s)",
             f"Tổng tải lượng vụ ép (tấn/vụ, {num(SEASON_HOURS, 'vi')} giờ)"]]
    for code, (lo, hi) in BAGASSE_GAS.items():
        conc = r.randint(lo, hi)
        one = _sig(flow / 3600 * conc / 1000, 3)
        two = round(2 * one, 6)
        ty = _sig(two * SEASON_HOURS * 3600 / 1e6, 4)
        rows.append([AIR[code][2], num(conc, "vi"), num(one, "vi"), num(two, "vi"), num(ty, "vi")])
        doc.add("emissions", emission(code, two, ty))
    doc.table("Bảng 5. Nồng độ và tải lượng khí thải dự kiến", rows, role="emissions")
    doc.p(f"Lưu lượng khí thải mỗi lò: {num(flow, 'vi')} Nm³/giờ. Nồng độ các thông số bảo đảm đạt quy chuẩn kỹ thuật quốc gia về khí thải công "
          "nghiệp hiện hành.")
    guar = [["Chỉ tiêu", "Đơn vị", "Giá trị"],
            ["Sản lượng hơi định mức", "tấn/giờ", "60"],
            ["Áp suất hơi quá nhiệt", "MPa", "4,5"],
            ["Nhiệt độ hơi quá nhiệt", "°C", "450"],
            ["Hiệu suất lò (theo nhiệt trị thấp)", "%", num(r.choice((85, 86, 87)), "vi")],
            ["Tiêu hao bã mía (độ ẩm 50%)", "tấn/giờ", num(round(r.uniform(26, 29), 1), "vi")]]
    doc.table("Bảng 6. Thông số kỹ thuật bảo đảm của lò hơi", guar, role="other")


# ---------------------------------------------------------------- wastes

# (code, RU, KK, RU unit, KK unit, (low, high) a year, RU operation, KK operation, RU removal, KK removal, tenge a unit)
REFINERY_WASTES = (
    ("02 03 99", "Отработанная отбельная глина с остатками масла", "Май қалдықтары бар пайдаланылған ағартқыш саз", "т", "т", (150, 260),
     "использование в производстве цемента (R5)", "цемент өндірісінде пайдалану (R5)", "ежемесячно", "ай сайын", 18000),
    ("16 08 02*", "Отработанный никелевый катализатор гидрогенизации", "Гидрогендеудің пайдаланылған никель катализаторы", "т", "т", (2, 6),
     "передача на извлечение никеля (R4)", "никельді бөліп алуға беру (R4)", "по мере накопления, не реже 1 раза в 6 месяцев",
     "жиналуына қарай, 6 айда кемінде 1 рет", 95000),
    ("15 02 03", "Фильтровальная ткань фильтр-прессов, загрязненная растительным маслом", "Өсімдік майымен ластанған сүзгі-пресстердің сүзгі матасы",
     "т", "т", (1, 3), "сжигание (D10)", "жағу (D10)", "1 раз в квартал", "тоқсанына 1 рет", 120000),
    ("02 03 05", "Осадок жироуловителей и флотатора локальных очистных сооружений", "Жергілікті тазарту құрылыстарының май ұстағыштары мен флотаторының тұнбасы",
     "т", "т", (40, 90), "компостирование (R3)", "компосттау (R3)", "ежемесячно", "ай сайын", 22000),
    ("10 01 01", "Золошлаковые отходы котельной на лузге подсолнечника", "Күнбағыс қауызында жұмыс істейтін қазандықтың күл-қож қалдықтары",
     "т", "т", (500, 900), "захоронение на полигоне промышленных отходов (D1)", "өнеркәсіптік қалдықтар полигонында көму (D1)", "еженедельно",
     "апта сайын", 6500),
    ("20 01 21*", "Отработанные ртутьсодержащие лампы", "Құрамында сынап бар пайдаланылған шамдар", "шт.", "дана", (180, 400),
     "демеркуризация (R4)", "демеркуризациялау (R4)", "по заявке, не реже 1 раза в 6 месяцев", "өтінім бойынша, 6 айда кемінде 1 рет", 350),
    ("15 02 02*", "Промасленная ветошь", "Майланған шүберек", "т", "т", (0.4, 1.2), "сжигание (D10)", "жағу (D10)", "1 раз в квартал",
     "тоқсанына 1 рет", 150000),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", "т", "т", (18, 40), "захоронение на полигоне ТБО (D1)",
     "ҚТҚ полигонында көму (D1)", "2 раза в неделю", "аптасына 2 рет", 9000),
)  # fmt: skip
WASTE_FIRMS = {"6310": ("ТОО «Шығыс Эко Сервис»", "«Шығыс Эко Сервис» ЖШС"), "6342": ("ТОО «Шығыс Эко Сервис»", "«Шығыс Эко Сервис» ЖШС"),
               "5910": ("ТОО «Солтүстік Эко Трейд»", "«Солтүстік Эко Трейд» ЖШС")}


def wastes_if1(doc: Doc) -> None:
    """The specification annexed to a contract between a sunflower-oil refinery and a licensed waste company, `№ |
    наименование отхода | код | вид операции | ед. изм. | количество в год | периодичность вывоза | цена | сумма`: spent
    bleaching earth, spent nickel catalyst of hydrogenation, filter cloth, the grease traps' sludge, the husk boiler's ash,
    lamps counted in pieces with no mass given (no amount in tonnes), rags and household waste, a total row of money only
    (VI: a pepper processor's annex to its contract with a treater, CTNH in kilograms and ordinary wastes in tonnes as the
    unit column says row by row, under two section rows)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_if1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p = doc.pick(OIL_PLANTS)
    operator, city = p[L], p[15 + L]
    firm = WASTE_FIRMS[p[9]][L]
    n, day = f"{r.randint(14, 96)}-ОТХ", _date(doc)
    doc.p(g(f"Приложение № 1 к договору № {n} от {day} на оказание услуг по сбору, транспортировке, восстановлению и удалению отходов",
            f"Қалдықтарды жинау, тасымалдау, қалпына келтіру және жою жөніндегі қызметтер көрсетуге арналған {day} № {n} шартқа 1-қосымша", ""))
    doc.h(g("Спецификация отходов на 2026 год", "2026 жылға арналған қалдықтар спецификациясы", ""))
    doc.p(g(f"Заказчик: {operator} (маслорафинационный завод, {city}). Исполнитель: {firm}, имеющий лицензию на выполнение работ (оказание "
            "услуг) в области охраны окружающей среды по подвиду «переработка, обезвреживание, утилизация и (или) уничтожение опасных "
            "отходов». Количество отходов указано по плану образования на 2026 год.",
            f"Тапсырыс беруші: {operator} (май рафинациялау зауыты, {city}). Орындаушы: {firm}, «қауіпті қалдықтарды қайта өңдеу, "
            "залалсыздандыру, кәдеге жарату және (немесе) жою» кіші түрі бойынша қоршаған ортаны қорғау саласында жұмыстарды орындауға "
            "(қызметтер көрсетуге) лицензиясы бар. Қалдықтардың саны 2026 жылға арналған түзілу жоспары бойынша көрсетілген.", ""))
    rows = [g(["№", "Наименование отхода", "Код отхода", "Вид операции", "Ед. изм.", "Количество в год", "Периодичность вывоза",
               "Цена за ед., тенге без НДС", "Сумма в год, тенге без НДС"],
              ["№", "Қалдықтың атауы", "Қалдық коды", "Операция түрі", "Өлш. бірл.", "Жылдағы саны", "Шығару кезеңділігі",
               "Бірлік бағасы, ҚҚС-сыз теңге", "Жылдық сомасы, ҚҚС-сыз теңге"], [])]
    total = 0
    for k, (code, n_ru, n_kk, u_ru, u_kk, (lo, hi), o_ru, o_kk, f_ru, f_kk, price) in enumerate(REFINERY_WASTES, 1):
        name = (n_ru, n_kk)[L]
        if u_ru == "шт.":
            qty = float(r.randint(lo // 10, hi // 10) * 10)
        elif hi < 5:
            qty = round(r.uniform(lo, hi), 2)
        else:
            qty = round(r.uniform(lo, hi), 1) if hi < 100 else float(r.randint(lo // 5, hi // 5) * 5)
        money = round(qty * price)
        total += money
        rows.append([str(k), name, code, (o_ru, o_kk)[L], (u_ru, u_kk)[L], num(qty, doc.lang), (f_ru, f_kk)[L], num(price, doc.lang),
                     num(money, doc.lang)])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"),
                           "amount_t": None if u_ru == "шт." else qty, "name_contains": _words(name, 3)})
    rows.append(["", g("Итого по спецификации", "Спецификация бойынша барлығы", ""), "", "", "", "", "", "", num(total, doc.lang)])
    doc.table(None, rows, role="wastes")
    doc.p(g("Фактический объем услуг определяется по актам приема-передачи отходов с указанием массы по результатам взвешивания на весах "
            "Заказчика; ртутьсодержащие лампы принимаются поштучно.",
            "Қызметтердің нақты көлемі Тапсырыс берушінің таразысында өлшеу нәтижелері бойынша массасы көрсетілген қалдықтарды қабылдау-тапсыру "
            "актілерімен айқындалады; құрамында сынап бар шамдар дана бойынша қабылданады.", ""))
    doc.p(g("Заказчик ______________   Исполнитель ______________", "Тапсырыс беруші ______________   Орындаушы ______________", ""))


VN_PEPPER = (
    ("Cơ sở chế biến hồ tiêu Chư Sê Xanh", "Công ty TNHH Hồ tiêu Chư Sê Xanh", "xã Chư Sê, tỉnh Gia Lai"),
    ("Nhà máy chế biến tiêu sọ Ia Blang", "Công ty Cổ phần Gia vị Ia Blang", "xã Ia Blang, tỉnh Gia Lai"),
)
# (code, (low, high) kg a year, removal, method, đồng a kg)
PEPPER_CTNH = (("18 02 01", (80, 220), "06 tháng/lần", "TĐ (thiêu đốt)", 9000), ("17 02 03", (60, 180), "06 tháng/lần", "TC (tái chế)", 4000),
               ("16 01 06", (10, 40), "01 lần/năm", "HR (hóa rắn)", 18000), ("18 01 03", (50, 150), "06 tháng/lần", "TĐ (thiêu đốt)", 8500),
               ("19 06 01", (30, 90), "01 lần/năm", "TC (tái chế)", 3000))
# (name, (low, high) t a year, removal, method, đồng a tonne)
PEPPER_ORDINARY = (("Vỏ, cuống và tạp chất từ công đoạn sàng, làm sạch tiêu", (25, 60), "Hằng tuần", "Ủ phân compost", 450000),
                   ("Tro, xỉ lò hơi đốt củi", (40, 90), "Hằng tháng", "Chôn lấp hợp vệ sinh", 380000),
                   ("Bùn thải từ hệ thống xử lý nước thải ngâm, xát vỏ tiêu", (15, 40), "03 tháng/lần", "Ủ phân compost", 520000))


def _wastes_if1_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, place = doc.pick(VN_PEPPER)
    doc.p(f"PHỤ LỤC 01 (Kèm theo Hợp đồng số {r.randint(11, 89)}/2026/HĐ-XLCT ngày {_date(doc, 2026, '/')})")
    doc.h("DANH MỤC CHẤT THẢI, KHỐI LƯỢNG VÀ ĐƠN GIÁ THU GOM, VẬN CHUYỂN, XỬ LÝ NĂM 2026")
    doc.p(f"Bên A (chủ nguồn thải): {company} – {plant}, {place}. Bên B: Công ty TNHH Môi trường Xanh Tây Nguyên (Giấy phép môi trường có nội "
          "dung xử lý chất thải nguy hại do Bộ Nông nghiệp và Môi trường cấp). Khối lượng là khối lượng dự kiến; thanh toán theo khối lượng "
          "thực tế ghi trong chứng từ chất thải nguy hại và biên bản bàn giao.")
    rows = [["STT", "Tên chất thải", "Mã chất thải", "Trạng thái tồn tại", "Đơn vị tính", "Khối lượng dự kiến/năm", "Tần suất thu gom",
             "Phương pháp xử lý", "Đơn giá (đồng/đơn vị tính)"]]
    merges: list = []
    _span(rows, merges, "I. CHẤT THẢI NGUY HẠI", 9)
    n = 0
    for code, (lo, hi), often, how, price in PEPPER_CTNH:
        n += 1
        name, state = next((nm, st) for c, nm, st in vocab.VN_CTNH if c == code)
        kg = float(r.randint(lo, hi))
        rows.append([str(n), name, code, state, "kg", num(kg, "vi"), often, how, num(price, "vi")])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000, "name_contains": _words(name, 4)})
    _span(rows, merges, "II. CHẤT THẢI RẮN CÔNG NGHIỆP THÔNG THƯỜNG", 9)
    for name, (lo, hi), often, how, price in PEPPER_ORDINARY:
        n += 1
        t = round(r.uniform(lo, hi), 1)
        rows.append([str(n), name, "-", "Rắn", "tấn", num(t, "vi"), often, how, num(price, "vi")])
        doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": _words(name, 4)})
    doc.table(None, rows, merges, role="wastes")
    doc.p("ĐẠI DIỆN BÊN A ______________   ĐẠI DIỆN BÊN B ______________")


def wastes_if2(doc: Doc) -> None:
    """The material balance of an oil plant's year of sunflower seed, `№ | статья баланса | % к массе семян | количество, т |
    код отхода | направление`, under section rows for what came in, what was obtained, the wastes and the losses: oil, meal
    and husk (burnt in the plant's boiler house and pelletised) are products and by-products with a dash for a code, the
    moisture evaporated and unaccounted losses are no wastes, and only the seed-cleaning refuse and the ash of the husk
    burnt — the ash outside the balance's sum, as a footnote says — carry a waste code and are wastes (VI: a cassava-starch
    factory's bảng cân bằng vật chất per tonne of starch and for the year, the pulp sold as a by-product for feed, the
    waste water and biogas in cubic metres, and the peel and sand, the sludge and the coal slag the ordinary wastes)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_if2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p = doc.pick(OIL_PLANTS)
    operator, plant = p[L], p[3 + L]
    seed = float(p[12] * r.randint(300, 330) // 10 * 10)
    shares = {"oil": r.uniform(0.43, 0.46), "meal": r.uniform(0.355, 0.375), "husk": r.uniform(0.14, 0.155), "imp": r.uniform(0.010, 0.015),
              "moist": r.uniform(0.025, 0.035)}
    t = {k: float(round(seed * v, -1)) for k, v in shares.items()}
    t["loss"] = seed - sum(t.values())
    if t["loss"] <= 0:
        t["husk"] += t["loss"] - 300
        t["loss"] = 300.0
    ash = float(round(t["husk"] * 0.85 * 0.035))

    def pct(x: float) -> str:
        return num(round(x / seed * 100, 2), doc.lang)

    doc.h(g(f"Материальный баланс переработки семян подсолнечника за 2025 год. {plant} {operator}",
            f"{operator} {plant.lower()}. 2025 жылғы күнбағыс тұқымын өңдеудің материалдық балансы", ""))
    doc.p(g("Баланс составлен по данным бухгалтерского и производственного учета (зачетная масса семян, отгрузка продукции, весовые "
            "акты на отходы) и включен в отчет по программе управления отходами.",
            "Баланс бухгалтерлік және өндірістік есеп деректері (тұқымның есептік массасы, өнімді тиеп-жөнелту, қалдықтарға арналған "
            "өлшеу актілері) бойынша жасалды және қалдықтарды басқару бағдарламасы бойынша есепке енгізілді.", ""))
    rows = [g(["№", "Статья баланса", "% к массе семян", "Количество, т", "Код отхода", "Направление использования"],
              ["№", "Баланс бабы", "Тұқым массасына %", "Саны, т", "Қалдық коды", "Пайдалану бағыты"], [])]
    merges: list = []
    dash = "–"
    _span(rows, merges, g("I. Поступило", "I. Түсті", ""), 6)
    rows.append(["1", g("Семена подсолнечника (зачетная масса)", "Күнбағыс тұқымы (есептік масса)", ""), "100", num(seed, doc.lang), dash,
                 g("переработка", "өңдеу", "")])
    _span(rows, merges, g("II. Получено продукции и побочной продукции", "II. Алынған өнім және қосалқы өнім", ""), 6)
    rows += [["2", g("Масло подсолнечное нерафинированное", "Тазартылмаған күнбағыс майы", ""), pct(t["oil"]), num(t["oil"], doc.lang), dash,
              g("реализация, в т.ч. на экспорт", "өткізу, оның ішінде экспортқа", "")],
             ["3", g("Шрот подсолнечный тостированный", "Тостталған күнбағыс шроты", ""), pct(t["meal"]), num(t["meal"], doc.lang), dash,
              g("реализация", "өткізу", "")],
             ["4", g("Лузга подсолнечная", "Күнбағыс қауызы", ""), pct(t["husk"]), num(t["husk"], doc.lang), dash,
              g("топливо котельной предприятия (85 %), гранулирование (15 %)", "кәсіпорын қазандығының отыны (85 %), түйіршіктеу (15 %)", "")]]
    _span(rows, merges, g("III. Отходы производства", "III. Өндіріс қалдықтары", ""), 6)
    imp_name = g("Отходы очистки семян (сорная и минеральная примесь)", "Тұқымды тазалау қалдықтары (арамшөп және минералды қоспа)", "")
    ash_name = g("Зола от сжигания лузги в котельной¹", "Қазандықта қауызды жағудан түзілген күл¹", "")
    rows += [["5", imp_name, pct(t["imp"]), num(t["imp"], doc.lang), "02 03 04", g("передача на компостирование по договору", "шарт бойынша компосттауға беру", "")],
             ["6", ash_name, dash, num(ash, doc.lang), "10 01 01", g("вывоз на полигон промышленных отходов", "өнеркәсіптік қалдықтар полигонына шығару", "")]]
    doc.add("wastes", {"code": "02 03 04", "code_system": "LoW", "hazardous": False, "amount_t": t["imp"], "name_contains": _words(imp_name, 3)},
            {"code": "10 01 01", "code_system": "LoW", "hazardous": False, "amount_t": ash, "name_contains": _words(ash_name, 3)})
    _span(rows, merges, g("IV. Потери", "IV. Шығындар", ""), 6)
    rows += [["7", g("Влага, испарившаяся при сушке семян", "Тұқымды кептіру кезінде буланған ылғал", ""), pct(t["moist"]), num(t["moist"], doc.lang), dash, dash],
             ["8", g("Механические и неучтенные потери", "Механикалық және есепке алынбаған шығындар", ""), pct(t["loss"]), num(t["loss"], doc.lang), dash, dash],
             ["", g("Итого получено (строки 2–5, 7, 8)", "Барлығы алынды (2–5, 7, 8-жолдар)", ""), "100", num(seed, doc.lang), "", ""]]
    doc.table(g("Таблица 2.3 – Материальный баланс", "2.3-кесте – Материалдық баланс", ""), rows, merges, role="wastes")
    doc.p(g("¹ Зола образуется при сжигании лузги (строка 4) и в сумму баланса не входит; выход золы – 3,5 % от массы сожженной лузги.",
            "¹ Күл қауызды жағу кезінде түзіледі (4-жол) және баланс сомасына кірмейді; күлдің шығымы – жағылған қауыз массасының 3,5 %-ы.", ""))
    maybe_distractor(doc)


VN_CASSAVA_TN = (
    ("Nhà máy chế biến tinh bột sắn Thạnh Đông", "Công ty Cổ phần Nông sản Thạnh Đông", "xã Tân Hội, tỉnh Tây Ninh"),
    ("Nhà máy tinh bột sắn Dương Minh Châu Xanh", "Công ty TNHH Tinh bột Dương Minh Châu Xanh", "xã Dương Minh Châu, tỉnh Tây Ninh"),
)
# (name, (low, high) per tonne of starch, unit, how, waste?)
CASSAVA_BALANCE_IN = (("Củ sắn tươi", (4.0, 4.3), "tấn", "Mua của nông dân vùng nguyên liệu"),
                      ("Nước cấp cho sản xuất", (16, 20), "m³", "Khai thác nước mặt kênh Đông"),
                      ("Than đá cấp nhiệt cho tháp sấy", (0.08, 0.1), "tấn", "Mua ngoài"))
CASSAVA_BALANCE_OUT = (
    ("Tinh bột sắn thành phẩm", (1.0, 1.0), "tấn", "Sản phẩm – xuất khẩu, tiêu thụ nội địa", False),
    ("Bã sắn ướt (độ ẩm khoảng 80%)", (1.8, 2.2), "tấn", "Phụ phẩm – bán cho cơ sở chế biến thức ăn chăn nuôi", False),
    ("Vỏ gỗ, vỏ lụa và đất cát từ công đoạn rửa, bóc vỏ", (0.12, 0.18), "tấn", "Chất thải rắn thông thường – chuyển giao đơn vị thu gom", True),
    ("Bùn thải từ hệ thống xử lý nước thải (đã ép)", (0.02, 0.04), "tấn", "Chất thải rắn thông thường – ủ phân vi sinh", True),
    ("Xỉ than lò đốt cấp nhiệt tháp sấy", (0.01, 0.02), "tấn", "Chất thải rắn thông thường – bán làm vật liệu san lấp", True),
    ("Nước thải sản xuất", (14, 18), "m³", "Dẫn về hệ thống xử lý nước thải (hồ biogas, aerotank)", False),
    ("Khí biogas thu hồi", (18, 24), "m³", "Đốt cấp nhiệt cho tháp sấy", False),
)  # fmt: skip


def _wastes_if2_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, place = doc.pick(VN_CASSAVA_TN)
    starch = float(r.randint(60, 110) * 1000)
    doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – {plant.upper()}")
    doc.p(f"Chủ cơ sở: {company}; địa điểm: {place}. Sản lượng tinh bột năm 2025: {num(starch, 'vi')} tấn. Cân bằng vật chất được lập theo "
          "định mức thực tế của dây chuyền và số liệu cân xuất, nhập kho.")
    rows = [["TT", "Nguyên liệu, sản phẩm, chất thải", "Định mức cho 01 tấn tinh bột", "Khối lượng năm 2025", "Đơn vị", "Hướng quản lý"]]
    merges: list = []
    _span(rows, merges, "I. ĐẦU VÀO", 6)
    n = 0
    for name, (lo, hi), unit, how in CASSAVA_BALANCE_IN:
        n += 1
        norm = round(r.uniform(lo, hi), 2)
        rows.append([str(n), name, num(norm, "vi"), num(round(starch * norm, -1), "vi"), unit, how])
    _span(rows, merges, "II. ĐẦU RA", 6)
    for name, (lo, hi), unit, how, waste in CASSAVA_BALANCE_OUT:
        n += 1
        norm = round(r.uniform(lo, hi), 3 if hi < 0.05 else 2)
        amount = float(round(starch * norm, -1))
        rows.append([str(n), name, num(norm, "vi"), num(amount, "vi"), unit, how])
        if waste:
            doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": amount, "name_contains": _words(name, 4)})
    doc.table("Bảng 2.1. Cân bằng vật chất của nhà máy năm 2025", rows, merges, role="wastes")
    doc.p("Chất thải nguy hại phát sinh (giẻ lau dính dầu, dầu nhớt thải, bóng đèn huỳnh quang) được báo cáo tại Mục 2.4.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

# (symbol or None, RU, KK, ПДК mg/kg or None, (low, high) in spring, autumn factor, detection limit or None)
IRRIGATION_SOIL = (
    ("Pb", "Свинец (валовая форма)", "Қорғасын (жалпы түрі)", 32, (6, 18), 1.05, None),
    ("Zn", "Цинк (подвижная форма)", "Мырыш (жылжымалы түрі)", 23, (1.5, 7), 1.1, None),
    ("Cu", "Медь (подвижная форма)", "Мыс (жылжымалы түрі)", 3, (0.1, 0.9), 1.1, 0.1),
    ("Ni", "Никель (подвижная форма)", "Никель (жылжымалы түрі)", 4, (0.4, 1.8), 1.0, None),
    ("NO3-", "Нитраты", "Нитраттар", 130, (15, 35), 1.8, None),
    (None, "Калий подвижный (K2O)", "Жылжымалы калий (K2O)", None, (180, 320), 1.3, None),
    (None, "pH солевой вытяжки", "Тұзды сығындының pH-ы", None, (6.8, 7.6), 1.0, None),
)  # fmt: skip
FIELD_MAPS = (("К-1", 32), ("К-2", 28), ("К-3", 34), ("К-4", 26))


def limits_if1(doc: Doc) -> None:
    """A potato-starch plant's report on ПЭК, its section on the soils of the irrigation fields watered with potato juice:
    the elements as rows with their ПДК in the second column, the four field maps `К-1 (32 га)` … as column pairs of the
    April sampling before watering and the November one after the season under a two-row header, mobile and gross forms in
    the names, copper sometimes below detection (`< 0,1`), potassium and the pH of the saline extract with `не норм.` and no
    item (VI: a coffee wet-processing plant's treated water kept in a pond for irrigating coffee, judged against QCVN
    39:2011/BTNMT, beside its outfall to the stream against QCVN 40:2011/BTNMT column B, two rounds at each, `-` where a
    standard sets nothing)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_if1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p = doc.pick(STARCH_PLANTS)
    operator = p[L]
    doc.h(g(f"Отчет по программе производственного экологического контроля за 2025 год. Картофелекрахмальный завод {operator}",
            f"{operator} картоп-крахмал зауыты. 2025 жылғы өндірістік экологиялық бақылау бағдарламасы бойынша есеп", ""))
    doc.h(g("5. Мониторинг почв полей орошения", "5. Суару алқаптарының топырағын мониторингтеу", ""))
    doc.p(g("Картофельный сок и промывные воды после отстойников используются для орошения кормовых культур на четырех картах полей "
            "орошения. Пробы почвы отобраны методом конверта с глубины 0–20 см весной до начала полива (15.04.2025) и осенью по окончании "
            "сезона переработки (18.11.2025). Подвижные формы металлов извлечены ацетатно-аммонийным буфером (pH 4,8).",
            "Тұндырғыштардан кейінгі картоп шырыны мен жуынды сулар суару алқаптарының төрт картасында мал азықтық дақылдарды суаруға "
            "пайдаланылады. Топырақ сынамалары 0–20 см тереңдіктен конверт әдісімен көктемде суару басталғанға дейін (15.04.2025) және "
            "күзде өңдеу маусымы аяқталғаннан кейін (18.11.2025) алынды. Металдардың жылжымалы түрлері ацетат-аммоний буферімен (pH 4,8) "
            "бөліп алынды.", ""))
    head0 = [g("Показатель", "Көрсеткіш", ""), g("ПДК, мг/кг", "ШЖК, мг/кг", "")]
    head1: list = [None, None]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1)]
    for k, (pid, ha) in enumerate(FIELD_MAPS):
        head0 += [f"{pid} ({ha} га)", None]
        head1 += [g("апрель", "сәуір", ""), g("ноябрь", "қараша", "")]
        merges.append((0, 2 + 2 * k, 0, 3 + 2 * k))
    rows = [head0, head1]
    none = g("не норм.", "нормаланбайды", "")
    for s, n_ru, n_kk, pdk, (lo, hi), autumn, det in IRRIGATION_SOIL:
        line = [(n_ru, n_kk)[L], num(pdk, doc.lang) if pdk else none]
        for pid, _ in FIELD_MAPS:
            spring = r.uniform(lo, hi)
            for value in (spring, spring * autumn * r.uniform(0.9, 1.1)):
                v = round(value, 1) if s in (None, "NO3-", "Pb") else _sig(value, 2)
                if det and v < det * 1.5 and r.random() < 0.6:
                    line.append(f"< {num(det, doc.lang)}")
                    add(doc, {x: y for x, y in limit(("symbol", s), "soil", pdk, "mg/kg", None, pid).items() if x != "value"})
                    continue
                line.append(num(v, doc.lang))
                if s and pdk:
                    add(doc, limit(("symbol", s), "soil", pdk, "mg/kg", None, pid, v))
        rows.append(line)
    doc.table(g("Таблица 5.1 – Содержание веществ в почве полей орошения, мг/кг", "5.1-кесте – Суару алқаптары топырағындағы заттардың құрамы, мг/кг", ""),
              rows, merges, role="limits")
    doc.p(g("«<» – ниже предела обнаружения методики. Превышений ПДК не выявлено; содержание нитратов после сезона орошения возросло, но "
            "не превышает 0,7 ПДК.",
            "«<» – әдістеменің анықтау шегінен төмен. ШЖК-дан асу анықталған жоқ; суару маусымынан кейін нитраттардың мөлшері өсті, бірақ "
            "0,7 ШЖК-дан аспайды.", ""))
    maybe_distractor(doc)


# (symbol, label, unit shown, unit, QCVN 39 or None, QCVN 40 B or None, (low, high) NT1, (low, high) NT2)
COFFEE_WATER = (
    ("pH", "pH", "-", None, (5.5, 9), (5.5, 9), (6.8, 7.9), (6.5, 8.2)),
    ("TSS", "Tổng chất rắn lơ lửng (TSS)", "mg/l", "mg/l", None, 100, (20, 70), (25, 85)),
    ("BOD5", "BOD5 (20°C)", "mg/l", "mg/l", None, 50, (18, 45), (15, 45)),
    ("COD", "COD", "mg/l", "mg/l", None, 150, (50, 130), (45, 140)),
    ("TDS", "Tổng chất rắn hòa tan (TDS)", "mg/l", "mg/l", 2000, None, (380, 1200), (350, 1100)),
    ("Cl-", "Clorua (Cl-)", "mg/l", "mg/l", 350, 1000, (25, 120), (20, 110)),
    ("NH4+", "Amoni (tính theo N)", "mg/l", "mg/l", None, 10, (1.5, 8), (1, 8)),
    ("TN", "Tổng nitơ (tính theo N)", "mg/l", "mg/l", None, 40, (8, 32), (6, 30)),
    ("Coliform", "Tổng Coliforms", "MPN/100ml", "MPN/100ml", 200, 5000, (23, 150), (430, 4300)),
)  # fmt: skip
VN_STREAMS = ("suối Ea Pốk", "suối Ea Tul", "suối Đăk Mang")


def _limit_vi(v) -> str:
    if v is None:
        return "-"
    return f"{num(v[0], 'vi')} – {num(v[1], 'vi')}" if isinstance(v, tuple) else num(v, "vi")


def _limits_if1_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, _, _, _ = doc.pick(VN_COFFEE)
    stream = doc.pick(VN_STREAMS)
    days = [f"{r.randint(5, 25):02d}/{m:02d}/2025" for m in (r.choice((1, 2)), r.choice((11, 12)))]
    doc.h(f"BÁO CÁO KẾT QUẢ QUAN TRẮC NƯỚC THẢI VỤ CHẾ BIẾN 2024/2025 – {plant.upper()}")
    doc.p(f"Chủ cơ sở: {company}. Nước thải chế biến cà phê ướt sau hệ thống xử lý (UASB – hồ sinh học) được lưu tại hồ chứa để tái sử dụng tưới "
          "cho vườn cà phê của Công ty (vị trí NT1, so sánh với QCVN 39:2011/BTNMT – chất lượng nước dùng cho tưới tiêu); phần nước vượt "
          f"dung tích hồ được xả ra {stream} (vị trí NT2, so sánh với QCVN 40:2011/BTNMT, cột B, Kq = 1,0; Kf = 1,0).")
    rows = [["TT", "Thông số", "Đơn vị", "NT1 – Hồ chứa nước sau xử lý tái sử dụng tưới cà phê", None, None, f"NT2 – Cửa xả ra {stream}", None, None],
            [None, None, None, f"Đợt 1 ({days[0]})", f"Đợt 2 ({days[1]})", "QCVN 39:2011/BTNMT", f"Đợt 1 ({days[0]})", f"Đợt 2 ({days[1]})",
             "QCVN 40:2011/BTNMT, cột B"]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 5), (0, 6, 0, 8)]
    for k, (s, label, shown, unit, q39, q40, nt1, nt2) in enumerate(COFFEE_WATER, 1):
        line = [str(k), label, shown]
        for pid, (lo, hi), lim, col in (("NT1", nt1, q39, None), ("NT2", nt2, q40, "B")):
            for _ in days:
                if s == "pH":
                    v = round(r.uniform(lo, hi), 1)
                elif s == "Coliform":
                    v = float(r.choice([x for x in (23, 43, 93, 150, 430, 930, 2100, 4300) if lo <= x <= hi]))
                else:
                    v = _sig(r.uniform(lo, hi), 3)
                line.append(num(v, "vi"))
                if lim is not None:
                    add(doc, limit(("symbol", s), "waste_water", lim, unit, col, pid, v))
            line.append(_limit_vi(lim))
        rows.append(line)
    doc.table("Bảng 3.2. Kết quả phân tích nước thải sau xử lý", rows, merges, role="limits")
    doc.p("Ghi chú: “-” – quy chuẩn không quy định. Nhận xét: các thông số tại NT1 và NT2 đều nằm trong giới hạn cho phép của quy chuẩn tương ứng.")
    maybe_distractor(doc)


# code: КЭР technological norm, mg/Nm3 at 6 % O2
HUSK_NORMS = {"0301": 400, "0304": 65, "0337": 1500, "2902": 700}


def limits_if2(doc: Doc) -> None:
    """A protocol of measurements at an oil plant's steam boilers burning sunflower husk, a row spanning the table per boiler
    (`ИЗА 0001 – дымовая труба котла ДКВр-10-13 № 1; O2 = 11,4 %`), every result written as a fraction — the numerator at the
    actual oxygen, the denominator reduced to 6 % O2 — as the column's header and the paragraph say, the КЭР's technological
    norm set for the reduced value, a boiler under repair written across its rows (VI: a cashew processor's boiler and dryer
    stacks as columns, `đo thực tế / quy đổi` in each cell, the converted value against the Cmax of QCVN 19:2009/BTNMT
    column B with Kp and Kv)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_if2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p = doc.pick(OIL_PLANTS)
    operator, plant = p[L], p[3 + L]
    boilers = r.choice((2, 3))
    repair = boilers if r.random() < 0.5 else None
    doc.h(g(f"Протокол измерений выбросов загрязняющих веществ № {r.randint(30, 180)}-В/25. {plant} {operator}",
            f"{operator} {plant.lower()}. Ластаушы заттар шығарындыларын өлшеу хаттамасы № {r.randint(30, 180)}-В/25", ""))
    doc.p(g("Измерения выполнены газоанализатором и гравиметрическим методом в газоходах котлов ДКВр-10-13 с топками для сжигания лузги "
            "подсолнечника, после батарейных циклонов. Результаты приведены дробью: в числителе – концентрация при фактическом содержании "
            "кислорода, в знаменателе – концентрация, приведенная к нормальным условиям и 6 % O2; технологические нормативы КЭР установлены "
            "для приведенных концентраций.",
            "Өлшеулер күнбағыс қауызын жағуға арналған оттықтары бар ДКВр-10-13 қазандықтарының газ жолдарында батареялық циклондардан кейін "
            "газталдағышпен және гравиметриялық әдіспен орындалды. Нәтижелер бөлшекпен келтірілген: алымында – оттегінің нақты құрамы "
            "кезіндегі концентрация, бөлімінде – қалыпты жағдайларға және 6 % O2-ге келтірілген концентрация; КЭР технологиялық нормативтері "
            "келтірілген концентрациялар үшін белгіленген.", ""))
    rows = [g(["№", "Определяемое вещество", "Код", "Результат, мг/Нм³ (при O2 факт. / при 6 % O2)", "Технологический норматив (КЭР), мг/Нм³ при 6 % O2",
               "Вывод"],
              ["№", "Анықталатын зат", "Коды", "Нәтиже, мг/Нм³ (нақты O2 кезінде / 6 % O2 кезінде)", "Технологиялық норматив (КЭР), мг/Нм³, 6 % O2 кезінде",
               "Қорытынды"], [])]
    merges: list = []
    numbers = []
    for b in range(1, boilers + 1):
        number = f"{b:04d}"
        numbers.append(number)
        if b == repair:
            _span(rows, merges, g(f"ИЗА {number} – дымовая труба котла ДКВр-10-13 № {b}", f"{number} ЛШК – № {b} ДКВр-10-13 қазандығының түтін мұржасы", ""), 6)
            _span(rows, merges, g("Котел в капитальном ремонте (замена экранных труб), измерения не проводились",
                                  "Қазандық күрделі жөндеуде (экран құбырларын ауыстыру), өлшеулер жүргізілген жоқ", ""), 6)
            continue
        o2 = round(r.uniform(9.0, 13.5), 1)
        _span(rows, merges, g(f"ИЗА {number} – дымовая труба котла ДКВр-10-13 № {b}; O2 = {num(o2, 'ru')} %, t = {r.randint(165, 210)} °C",
                              f"{number} ЛШК – № {b} ДКВр-10-13 қазандығының түтін мұржасы; O2 = {num(o2, 'kk')} %, t = {r.randint(165, 210)} °C", ""), 6)
        for k, (code, norm) in enumerate(HUSK_NORMS.items(), 1):
            reduced = float(round(norm * r.uniform(0.45, 0.95)))
            actual = float(round(reduced * (21 - o2) / 15))
            rows.append([str(k), _air(doc, code), code, f"{num(actual, doc.lang)} / {num(reduced, doc.lang)}", num(norm, doc.lang),
                         g("соответствует", "сәйкес келеді", "")])
            add(doc, limit(("code", code), "flue_gas", norm, "mg/Nm3", None, number, reduced))
    doc.table(g("Таблица 1 – Результаты измерений", "1-кесте – Өлшеу нәтижелері", ""), rows, merges, role="limits")
    doc.add("sources", *({"number": n, "type": "organized"} for n in numbers))
    doc.p(g("Приведение к 6 % O2: C₆ = C × (21 – 6) / (21 – O2 факт.).", "6 % O2-ге келтіру: C₆ = C × (21 – 6) / (21 – O2 нақты).", ""))
    maybe_distractor(doc)


QCVN19_B = {"2902": 200, "0330": 500, "0301": 850, "0337": 1000}
# (point, stack, (low, high) °C, share of Cmax)
CASHEW_STACKS = (("KT1", "Ống khói lò hơi đốt vỏ hạt điều", (130, 180), (0.3, 0.8)), ("KT2", "Ống khói lò sấy nhân điều", (80, 110), (0.15, 0.6)))


def _limits_if2_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, place = doc.pick(VN_CASHEW)
    kv, area = (1.0, "đô thị loại III") if "phường" in place else (1.2, "khu vực nông thôn")
    kp = 1.0
    doc.h(f"KẾT QUẢ QUAN TRẮC KHÍ THẢI ĐỊNH KỲ ĐỢT {doc.pick(('1', '2'))} NĂM 2025 – {plant.upper()}")
    doc.p(f"Chủ cơ sở: {company}; địa điểm: {place}. Mỗi ô kết quả ghi: giá trị đo tại điều kiện thực tế / giá trị quy đổi về điều kiện "
          f"chuẩn (25 °C, 760 mmHg); giá trị quy đổi được so sánh với QCVN 19:2009/BTNMT cột B, Kp = {str(kp).replace('.', ',')} (lưu lượng dưới "
          f"20.000 m³/giờ), Kv = {str(kv).replace('.', ',')} ({area}).")
    temps = {pid: r.randint(lo, hi) for pid, _, (lo, hi), _ in CASHEW_STACKS}
    rows = [["TT", "Thông số", "Đơn vị", *(f"{pid} – {name}" for pid, name, _, _ in CASHEW_STACKS), "QCVN 19:2009/BTNMT cột B (Cmax = C × Kp × Kv)"],
            ["1", "Nhiệt độ khí thải", "°C", *(str(temps[pid]) for pid, *_ in CASHEW_STACKS), "-"],
            ["2", "Lưu lượng khí thải", "m³/giờ", *(num(r.randint(60, 110) * 100, "vi") for _ in CASHEW_STACKS), "-"]]
    for k, (code, c) in enumerate(QCVN19_B.items(), 3):
        cmax = _sig(c * kp * kv, 6)
        line = [str(k), AIR[code][2], "mg/Nm³"]
        for pid, _, _, (lo, hi) in CASHEW_STACKS:
            conv = float(round(cmax * r.uniform(lo, hi)))
            actual = float(round(conv * 298 / (273 + temps[pid])))
            line.append(f"{num(actual, 'vi')} / {num(conv, 'vi')}")
            add(doc, limit(("code", code), "flue_gas", cmax, "mg/Nm3", "B", pid, conv))
        line.append(num(cmax, "vi"))
        rows.append(line)
    doc.table("Bảng 2. Kết quả phân tích khí thải", rows, role="limits")
    doc.p("Nhận xét: giá trị quy đổi của các thông số tại KT1 và KT2 đều thấp hơn giới hạn cho phép.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring

# (RU section, KK section, [(RU object, KK object, RU what, KK what, RU said, KK said, RU who, KK who, location or None, keys, frequency)])
# location: ("src", number) or ("pt", id); only the last section is environmental control
LAB_PLAN = (
    ("1. Входной контроль сырья", "1. Шикізатты кіріс бақылау", [
        ("Семена подсолнечника, каждая партия (автотранспорт, вагон)", "Күнбағыс тұқымы, әр партия (автокөлік, вагон)",
         "влажность, сорная и масличная примесь, масличность", "ылғалдылығы, арамшөп және майлы қоспа, майлылығы",
         "каждая партия", "әр партия", "лаборатория предприятия", "кәсіпорын зертханасы", None, (), None),
        ("Семена подсолнечника, объединенная проба по поставщику", "Күнбағыс тұқымы, жеткізуші бойынша біріктірілген сынама",
         "остаточные количества пестицидов, токсичные элементы (свинец, кадмий, мышьяк, ртуть)",
         "пестицидтердің қалдық мөлшері, уытты элементтер (қорғасын, кадмий, күшән, сынап)",
         "1 раз в квартал", "тоқсанына 1 рет", "аккредитованная лаборатория по договору", "шарт бойынша аккредиттелген зертхана", None, (), None)]),
    ("2. Контроль готовой продукции", "2. Дайын өнімді бақылау", [
        ("Масло подсолнечное нерафинированное, каждая партия", "Тазартылмаған күнбағыс майы, әр партия",
         "кислотное и перекисное число, массовая доля влаги и фосфорсодержащих веществ",
         "қышқылдық және асқын тотықтық сан, ылғал мен құрамында фосфор бар заттардың массалық үлесі",
         "каждая партия", "әр партия", "лаборатория предприятия", "кәсіпорын зертханасы", None, (), None),
        ("Шрот подсолнечный тостированный", "Тостталған күнбағыс шроты",
         "протеин, остаточный растворитель (гексан), токсичные элементы (свинец, кадмий), афлатоксин B1",
         "протеин, қалдық еріткіш (гексан), уытты элементтер (қорғасын, кадмий), афлатоксин B1",
         "ежемесячно", "ай сайын", "аккредитованная лаборатория по договору", "шарт бойынша аккредиттелген зертхана", None, (), None)]),
    ("3. Производственный контроль условий труда (воздух рабочей зоны)", "3. Еңбек жағдайларын өндірістік бақылау (жұмыс аймағының ауасы)", [
        ("Экстракционный цех, площадка экстрактора", "Экстракция цехы, экстрактор алаңы", "гексан", "гексан",
         "1 раз в квартал", "тоқсанына 1 рет", "санитарно-промышленная лаборатория", "санитариялық-өнеркәсіптік зертхана", None, (), None),
        ("Подготовительный цех, рушально-веечное отделение", "Дайындау цехы, қабықтау-желгіту бөлімшесі", "пыль растительного происхождения",
         "өсімдік тектес шаң", "2 раза в год", "жылына 2 рет", "санитарно-промышленная лаборатория", "санитариялық-өнеркәсіптік зертхана",
         None, (), None)]),
    ("4. Производственный экологический контроль", "4. Өндірістік экологиялық бақылау", [
        ("ИЗА 0001 – дымовая труба котельной на лузге", "0001 ЛШК – қауызда жұмыс істейтін қазандықтың түтін мұржасы", None, None,
         None, None, "аккредитованная лаборатория по договору", "шарт бойынша аккредиттелген зертхана", ("src", "0001"),
         (("code", "0301"), ("code", "0304"), ("code", "0337"), ("code", "2902")), "quarterly"),
        ("ИЗА 0005 – выхлопная труба абсорбера рекуперации растворителя", "0005 ЛШК – еріткішті рекуперациялау абсорберінің шығару құбыры", None, None,
         None, None, "лаборатория предприятия (газоанализатор)", "кәсіпорын зертханасы (газталдағыш)", ("src", "0005"), (("code", "0403"),), "monthly"),
        ("Т-1 – граница СЗЗ, север (500 м)", "Т-1 – СҚА шекарасы, солтүстік (500 м)", None, None, None, None,
         "аккредитованная лаборатория по договору", "шарт бойынша аккредиттелген зертхана", ("pt", "Т-1"),
         (("code", "2902"), ("code", "0301"), ("code", "0403")), "quarterly"),
        ("Т-2 – граница СЗЗ, юг (500 м)", "Т-2 – СҚА шекарасы, оңтүстік (500 м)", None, None, None, None,
         "аккредитованная лаборатория по договору", "шарт бойынша аккредиттелген зертхана", ("pt", "Т-2"),
         (("code", "2902"), ("code", "0301"), ("code", "0403")), "quarterly"),
        ("КК-1 – контрольный колодец на выпуске в городскую канализацию", "КК-1 – қалалық кәріз желісіне шығарудағы бақылау құдығы", None, None,
         None, None, "лаборатория предприятия", "кәсіпорын зертханасы", ("pt", "КК-1"),
         (("symbol", "pH"), ("symbol", "TSS"), ("symbol", "BOD5"), ("symbol", "COD")), "monthly")]),
)  # fmt: skip
WATER_NAMES = {"pH": ("pH", "pH"), "TSS": ("взвешенные вещества", "қалқыма заттар"), "BOD5": ("БПК5", "ОБТ5"), "COD": ("ХПК", "ОХТ"),
               "TDS": ("сухой остаток", "құрғақ қалдық"), "Cl-": ("хлориды", "хлоридтер"), "SO4": ("сульфаты", "сульфаттар")}


def _keys_text(doc: Doc, keys) -> str:
    """`азота диоксид (0301), …` or the water parameters' names."""
    L = _L(doc)
    out = []
    for kind, key in keys:
        if kind == "code":
            name = _air(doc, key)
            out.append(f"{name[0].lower() + name[1:]} ({key})")
        else:
            out.append(WATER_NAMES[key][L])
    return ", ".join(out)


def monitoring_if1(doc: Doc) -> None:
    """An oil-extraction plant laboratory's plan of control for the year, `№ | объект контроля | показатели | периодичность |
    исполнитель` under four section rows: incoming seed (moisture and impurities by the lot, pesticide residues and lead,
    cadmium, arsenic and mercury quarterly), the products (the meal's residual hexane, lead and cadmium monthly), the air of
    the working zone (hexane at the extractor, plant dust) and last the environmental control — the husk boiler's stack, the
    solvent-recovery absorber's vent with hexane (0403), two boundary points and the sewer outlet's well, to which fats are
    added without a key — so that only the last section's rows are monitoring duties (VI: a tea factory's plan of quality
    control and environmental supervision, residues and lead and arsenic in the leaf and the tea, dust in the rolling
    room, then the dryers' stacks and the outfall)."""
    if doc.lang == "vi":
        _monitoring_if1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p = doc.pick(OIL_PLANTS)
    operator, plant = p[L], p[3 + L]
    doc.h(g(f"План лабораторного контроля на 2026 год. {plant} {operator}", f"{operator} {plant.lower()}. 2026 жылға арналған зертханалық бақылау жоспары", ""))
    doc.p(g("План объединяет входной контроль сырья, контроль продукции (в том числе для экспорта в КНР), производственный контроль условий "
            "труда и производственный экологический контроль по программе ПЭК. Утвержден главным инженером.",
            "Жоспар шикізатты кіріс бақылауды, өнімді бақылауды (оның ішінде ҚХР-ға экспорт үшін), еңбек жағдайларын өндірістік бақылауды және "
            "ӨЭБ бағдарламасы бойынша өндірістік экологиялық бақылауды біріктіреді. Бас инженер бекіткен.", ""))
    rows = [g(["№", "Объект контроля, место отбора", "Контролируемые показатели", "Периодичность", "Исполнитель"],
              ["№", "Бақылау объектісі, сынама алу орны", "Бақыланатын көрсеткіштер", "Кезеңділігі", "Орындаушы"], [])]
    merges: list = []
    numbers = []
    for s, (s_ru, s_kk, items) in enumerate(LAB_PLAN, 1):
        _span(rows, merges, (s_ru, s_kk)[L], 5)
        for k, (o_ru, o_kk, w_ru, w_kk, f_ru, f_kk, who_ru, who_kk, where, keys, word) in enumerate(items, 1):
            what = (w_ru, w_kk)[L] if w_ru else _keys_text(doc, keys)
            if where and where[1] == "КК-1":
                what += g(", жиры", ", майлар", "")
            said = (f_ru, f_kk)[L] if f_ru else _fw(doc, word)
            rows.append([f"{s}.{k}", (o_ru, o_kk)[L], what, said, (who_ru, who_kk)[L]])
            if where:
                loc = {"source_number": where[1]} if where[0] == "src" else {"point": where[1]}
                doc.add("monitoring", *({**loc, kind: key, "frequency": word} for kind, key in keys))
                if where[0] == "src":
                    numbers.append(where[1])
                    doc.add("emissions", *(emission(key, None, None, where[1]) for _, key in keys))
    doc.table(g("Таблица 1 – План лабораторного контроля", "1-кесте – Зертханалық бақылау жоспары", ""), rows, merges, role="monitoring")
    doc.add("sources", *({"number": n, "type": "organized"} for n in numbers))
    maybe_distractor(doc)


# (section, [(object, what, said, who, point or None, keys, frequency)])
TEA_PLAN = (
    ("I. KIỂM SOÁT NGUYÊN LIỆU CHÈ BÚP TƯƠI", [
        ("Chè búp tươi – mỗi lô nhập", "Độ non, tạp chất, độ ẩm", "Mỗi lô", "Tổ KCS", None, (), None),
        ("Chè búp tươi – mẫu đại diện theo vùng nguyên liệu", "Dư lượng thuốc bảo vệ thực vật, kim loại nặng (Pb, Cd, As)", "01 lần/vụ",
         "Phòng thử nghiệm được công nhận VILAS", None, (), None)]),
    ("II. KIỂM SOÁT SẢN PHẨM", [
        ("Chè đen, chè xanh thành phẩm – mỗi lô xuất", "Độ ẩm, tro tổng, tạp chất sắt, chì (Pb), asen (As)", "Mỗi lô", "Tổ KCS", None, (), None)]),
    ("III. MÔI TRƯỜNG LAO ĐỘNG", [
        ("Xưởng vò, sàng phân loại chè", "Bụi chè, tiếng ồn, nhiệt độ", "06 tháng/lần", "Trung tâm Kiểm soát bệnh tật tỉnh", None, (), None)]),
    ("IV. GIÁM SÁT MÔI TRƯỜNG (THEO GIẤY PHÉP MÔI TRƯỜNG)", [
        ("KT1 – Ống khói lò sấy chè đốt củi số 1", None, None, "Đơn vị quan trắc có chứng nhận VIMCERTS", "KT1",
         (("code", "2902"), ("code", "0337"), ("code", "0330"), ("code", "0301")), "semiannual"),
        ("KT2 – Ống khói lò sấy chè đốt củi số 2", None, None, "Đơn vị quan trắc có chứng nhận VIMCERTS", "KT2",
         (("code", "2902"), ("code", "0337"), ("code", "0330"), ("code", "0301")), "semiannual"),
        ("NT1 – Nước thải sau hệ thống xử lý, trước khi xả ra suối", None, None, "Đơn vị quan trắc có chứng nhận VIMCERTS", "NT1",
         (("symbol", "pH"), ("symbol", "TSS"), ("symbol", "BOD5"), ("symbol", "COD"), ("symbol", "NH4+"), ("symbol", "Coliform")), "quarterly")]),
)  # fmt: skip


def _vi_keys(keys) -> str:
    return ", ".join(AIR[key][2] if kind == "code" else vocab.water(key, "vi") for kind, key in keys)


def _monitoring_if1_vi(doc: Doc) -> None:
    factory, company, place = doc.pick(VN_TEA)
    doc.h(f"KẾ HOẠCH KIỂM SOÁT CHẤT LƯỢNG VÀ GIÁM SÁT MÔI TRƯỜNG NĂM 2026 – {factory.upper()}")
    doc.p(f"Chủ cơ sở: {company}; địa điểm: {place}. Kế hoạch gồm kiểm soát nguyên liệu, sản phẩm theo HACCP, quan trắc môi trường lao động và "
          "giám sát môi trường theo giấy phép môi trường đã được cấp.")
    rows = [["TT", "Đối tượng, vị trí", "Chỉ tiêu, thông số", "Tần suất", "Đơn vị thực hiện"]]
    merges: list = []
    for section, items in TEA_PLAN:
        _span(rows, merges, section, 5)
        for k, (obj, what, said, who, point, keys, word) in enumerate(items, 1):
            rows.append([str(k), obj, what or _vi_keys(keys), said or freq(doc, word), who])
            if point:
                doc.add("monitoring", *({"point": point, kind: key, "frequency": word} for kind, key in keys))
    doc.table("Bảng 1. Kế hoạch kiểm soát và giám sát", rows, merges, role="monitoring")
    doc.p("Quy chuẩn so sánh: QCVN 19:2009/BTNMT cột B (khí thải); QCVN 40:2011/BTNMT cột B (nước thải).")
    maybe_distractor(doc)


# (kind, id, RU title, KK title, RU place, KK place, keys, frequency, RU said, KK said, RU method, KK method, RU who, KK who)
RICE_CARDS = (
    ("src", "0003", "ИЗА 0003 – дымовая труба котельной на рисовой лузге и соломе", "0003 ЛШК – күріш қауызы мен сабанында жұмыс істейтін қазандықтың түтін мұржасы",
     "газоход после батарейных циклонов, штуцер на отметке +6,0 м", "батареялық циклондардан кейінгі газ жолы, +6,0 м белгідегі штуцер",
     (("code", "0301"), ("code", "0304"), ("code", "0337"), ("code", "0330"), ("code", "2907")), "quarterly",
     "1 раз в квартал (в период работы котельной)", "тоқсанына 1 рет (қазандық жұмыс істейтін кезеңде)", "инструментальный", "аспаптық",
     "аккредитованная лаборатория по договору", "шарт бойынша аккредиттелген зертхана"),
    ("src", "0001", "ИЗА 0001 – аспирация шелушильного отделения (циклоны 4БЦШ)", "0001 ЛШК – қабықтау бөлімшесінің аспирациясы (4БЦШ циклондары)",
     "воздуховод после циклонов, лючок на отметке +4,5 м", "циклондардан кейінгі ауа өткізгіш, +4,5 м белгідегі люк", (("code", "2937"),), "semiannual",
     "2 раза в год (март, сентябрь)", "жылына 2 рет (наурыз, қыркүйек)", "инструментальный", "аспаптық",
     "аккредитованная лаборатория по договору", "шарт бойынша аккредиттелген зертхана"),
    ("src", "6001", "ИЗА 6001 – открытый склад рисовой лузги и тюкованной соломы", "6001 ЛШК – күріш қауызы мен тойлы сабанның ашық қоймасы",
     "–", "–", (("code", "2937"),), "yearly", "1 раз в год (по итогам года)", "жылына 1 рет (жыл қорытындысы бойынша)",
     "расчетный (по массе перегруженного материала)", "есептік (тиеп-түсірілген материалдың массасы бойынша)", "эколог предприятия", "кәсіпорын экологы"),
    ("pt", "Т-1", "Т-1 – граница СЗЗ с подветренной стороны (300 м)", "Т-1 – ық жақтағы СҚА шекарасы (300 м)",
     "по направлению ветра в день отбора", "сынама алынатын күнгі жел бағыты бойынша", (("code", "2902"), ("code", "0301"), ("code", "0337")),
     "quarterly", "ежеквартально", "тоқсан сайын", "инструментальный", "аспаптық", "аккредитованная лаборатория по договору",
     "шарт бойынша аккредиттелген зертхана"),
    ("pt", "Н-1", "Н-1 – наблюдательная скважина у площадки складирования золы", "Н-1 – күл жинау алаңы жанындағы бақылау ұңғымасы",
     "скважина глубиной 12 м, ниже по потоку подземных вод", "тереңдігі 12 м ұңғыма, жерасты суы ағысынан төмен",
     (("symbol", "pH"), ("symbol", "TDS"), ("symbol", "Cl-"), ("symbol", "SO4")), "semiannual", "2 раза в год (апрель, октябрь)",
     "жылына 2 рет (сәуір, қазан)", "лабораторный", "зертханалық", "аккредитованная лаборатория по договору", "шарт бойынша аккредиттелген зертхана"),
)  # fmt: skip


def monitoring_if2(doc: Doc) -> None:
    """A rice mill's ПЭК programme, its annex of control cards stacked in one two-column table: a row spanning the table per
    card (`Карта контроля № 1. ИЗА 0003 – …`), then label–value lines for the place of sampling, the substances with their
    codes, the frequency with its season or months, the method and the executor — the boiler house on husk and straw, the
    hulling shop's aspiration, the husk store monitored by calculation, a boundary point taken downwind and a well by the
    ash site (VI: a sugar mill's phiếu kiểm soát for its bagasse boilers — one by the automatic station, continuously, the
    other periodically — its outfall and the overflow of its cooling water)."""
    if doc.lang == "vi":
        _monitoring_if2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    mill = doc.pick(RICE_MILLS)
    operator = mill[L]
    doc.h(g(f"Программа производственного экологического контроля на 2026–2028 годы. {operator}",
            f"{operator}. 2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.h(g("Приложение 3. Карты контроля источников выбросов и точек наблюдения", "3-қосымша. Шығарынды көздері мен бақылау нүктелерін бақылау карталары", ""))
    doc.p(g("Для каждого источника и точки наблюдения составлена карта контроля; карты используются лабораторией и экологом при "
            "планировании отборов проб.",
            "Әрбір көз бен бақылау нүктесі үшін бақылау картасы жасалды; карталарды зертхана мен эколог сынама алуды жоспарлау кезінде пайдаланады.", ""))
    rows: list = []
    merges: list = []
    numbers = []
    labels = g(("Место отбора проб", "Контролируемые вещества (код)", "Периодичность", "Метод контроля", "Исполнитель"),
               ("Сынама алу орны", "Бақыланатын заттар (коды)", "Кезеңділігі", "Бақылау әдісі", "Орындаушы"), ())
    for k, c in enumerate(RICE_CARDS, 1):
        kind, ident, keys, word = c[0], c[1], c[6], c[7]
        _span(rows, merges, g(f"Карта контроля № {k}. {c[2]}", f"№ {k} бақылау картасы. {c[3]}", ""), 2)
        values = (c[4 + L], _keys_text(doc, keys), c[8 + L], c[10 + L], c[12 + L])
        rows += [[label, value] for label, value in zip(labels, values, strict=True)]
        loc = {"source_number": ident} if kind == "src" else {"point": ident}
        doc.add("monitoring", *({**loc, k2: key, "frequency": word} for k2, key in keys))
        if kind == "src":
            numbers.append(ident)
            doc.add("emissions", *(emission(key, None, None, ident) for _, key in keys))
    doc.table(None, rows, merges, role="monitoring")
    doc.add("sources", *({"number": n, "type": _kind(n)} for n in numbers))
    maybe_distractor(doc)


# (point, title, place, keys, frequency, said, method, standard)
SUGAR_CARDS = (
    ("KT1", "Ống khói lò hơi số 1 (đốt bã mía, 60 tấn hơi/giờ)", "Ống khói, cao độ 25 m, vị trí lắp đầu đo của trạm",
     (("code", "2902"), ("code", "0330"), ("code", "0301"), ("code", "0337")), "continuous",
     "Liên tục trong vụ ép; truyền dữ liệu về Sở Nông nghiệp và Môi trường", "Trạm quan trắc khí thải tự động, liên tục (kèm lưu lượng, nhiệt độ, O2)",
     "QCVN 19:2009/BTNMT, cột B (Kp = 0,9; Kv = 1,0)"),
    ("KT2", "Ống khói lò hơi số 2 (đốt bã mía, 45 tấn hơi/giờ)", "Lỗ lấy mẫu trên ống khói, cao độ 18 m",
     (("code", "2902"), ("code", "0330"), ("code", "0301"), ("code", "0337")), "quarterly", "03 tháng/lần (trong vụ ép)",
     "Lấy mẫu và phân tích định kỳ", "QCVN 19:2009/BTNMT, cột B (Kp = 0,9; Kv = 1,0)"),
    ("NT1", "Nước thải sau hệ thống xử lý nước thải tập trung", "Hố ga sau bể khử trùng, trước cửa xả ra suối",
     (("symbol", "pH"), ("symbol", "BOD5"), ("symbol", "COD"), ("symbol", "TSS"), ("symbol", "TN"), ("symbol", "TP"), ("symbol", "Coliform")),
     "quarterly", "03 tháng/lần", "Lấy mẫu tổ hợp, phân tích tại phòng thí nghiệm", "QCVN 40:2011/BTNMT, cột B (Kq = 0,9; Kf = 1,0)"),
    ("NT2", "Nước làm mát thiết bị ngưng tụ (điểm xả tràn của tháp giải nhiệt)", "Mương thoát nước làm mát, trước khi nhập vào mương nước mưa",
     (("symbol", "pH"), ("symbol", "TSS"), ("symbol", "COD")), "semiannual", "06 tháng/lần", "Lấy mẫu đơn, phân tích tại phòng thí nghiệm",
     "QCVN 40:2011/BTNMT, cột B"),
)  # fmt: skip


def _monitoring_if2_vi(doc: Doc) -> None:
    plant, company, place = doc.pick(VN_SUGAR)
    doc.h(f"CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG – {plant.upper()}")
    doc.h("Phụ lục 2. Phiếu kiểm soát các điểm quan trắc")
    doc.p(f"Chủ cơ sở: {company}; địa điểm: {place}. Mỗi điểm quan trắc có một phiếu kiểm soát dùng cho cán bộ môi trường và đơn vị quan trắc.")
    rows: list = []
    merges: list = []
    labels = ("Vị trí lấy mẫu", "Thông số quan trắc", "Tần suất", "Phương pháp, thiết bị", "Quy chuẩn so sánh")
    for k, (pid, title, where, keys, word, said, method, std) in enumerate(SUGAR_CARDS, 1):
        _span(rows, merges, f"PHIẾU SỐ {k:02d} – {pid}: {title}", 2)
        rows += [[label, value] for label, value in zip(labels, (where, _vi_keys(keys), said, method, std), strict=True)]
        doc.add("monitoring", *({"point": pid, kind: key, "frequency": word} for kind, key in keys))
    doc.table(None, rows, merges, role="monitoring")
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

# ((RU route, KK route), (RU role, KK role), [(RU checkpoint, KK checkpoint, RU what, KK what, hours or None)])
PATROL_ROUTES = (
    (("Маршрут 1. Экстракционный цех", "1-бағыт. Экстракция цехы"), ("аппаратчик экстракции", "экстракция аппаратшысы"), [
        ("Абсорбер рекуперации растворителя (выхлоп ИЗА 0005)", "Еріткішті рекуперациялау абсорбері (0005 ЛШК шығарындысы)",
         "температура и расход поглотительного масла, отсутствие запаха растворителя у выхлопа",
         "сіңіргіш майдың температурасы мен шығыны, шығару құбыры жанында еріткіш иісінің болмауы", 8),
        ("Бензоводоотделитель и шламовая ловушка", "Бензин-су айырғыш және шлам ұстағыш", "уровень раздела фаз, отсутствие растворителя в сбрасываемой воде",
         "фазалардың бөліну деңгейі, төгілетін суда еріткіштің болмауы", 8),
        ("Резервуары растворителя и дыхательные клапаны", "Еріткіш резервуарлары және тыныс алу клапандары",
         "исправность огнепреградителей и клапанов, отсутствие подтеков", "от бөгегіштер мен клапандардың жарамдылығы, ағулардың болмауы", 24)]),
    (("Маршрут 2. Котельная на лузге", "2-бағыт. Қауыз қазандығы"), ("оператор котельной", "қазандық операторы"), [
        ("Батарейные циклоны котлов (ИЗА 0001)", "Қазандықтардың батареялық циклондары (0001 ЛШК)", "перепад давления, отсутствие подсосов, выгрузка золы из бункеров",
         "қысым айырмасы, сорылулардың болмауы, бункерлерден күлді түсіру", 8),
        ("Площадка временного хранения золы", "Күлді уақытша сақтау алаңы", "наличие укрытия, отсутствие пыления при выгрузке",
         "жабынның болуы, түсіру кезінде шаңданудың болмауы", 24),
        ("Склад лузги и пневмотранспорт", "Қауыз қоймасы және пневмокөлік", "отсутствие самонагревания и пыления, герметичность пневмотранспорта",
         "өздігінен қызудың және шаңданудың болмауы, пневмокөліктің саңылаусыздығы", 24)]),
    (("Маршрут 3. Очистные сооружения и территория", "3-бағыт. Тазарту құрылыстары және аумақ"), ("инженер-эколог", "инженер-эколог"), [
        ("Жироуловители и флотатор локальных очистных сооружений", "Жергілікті тазарту құрылыстарының май ұстағыштары мен флотаторы",
         "толщина слоя жира, работа флотатора, записи об откачке", "май қабатының қалыңдығы, флотатордың жұмысы, сорып шығару туралы жазбалар", 24),
        ("Контрольный колодец КК-1 на выпуске в городскую канализацию", "Қалалық кәріз желісіне шығарудағы КК-1 бақылау құдығы",
         "цвет и запах стоков, отсутствие масляной пленки", "ағынды сулардың түсі мен иісі, май қабыршағының болмауы", 168),
        ("Площадка временного накопления отходов", "Қалдықтарды уақытша жинақтау алаңы", "маркировка и целостность тары, сроки накопления",
         "ыдыстың таңбалануы мен бүтіндігі, жинақтау мерзімдері", 168),
        ("Колодцы ливневой канализации", "Нөсер кәрізінің құдықтары", "отсутствие засоров и масляной пленки", "бітелулер мен май қабыршағының болмауы", None)]),
)  # fmt: skip
HOURS_WORD = {24: "daily", 168: "weekly"}


def _tag(doc: Doc, prefix: str) -> str:
    return f"{prefix}-{doc.rng.randint(0x1000, 0xFFFF):04X}"


def inspections_if1(doc: Doc) -> None:
    """The export of an electronic patrol system of an oil-extraction plant, `маршрут | метка NFC | контрольная точка | что
    проверить при сканировании | интервал обхода, ч | роль исполнителя`, the route and the role merged down over their
    checkpoints, the interval in hours — 8 for every shift (no frequency of the contract), 24 and 168 — explained in the
    note before the table as every shift, daily and weekly, and the storm-sewer wells with `по событию (после ливня)` and no
    interval (VI: a cashew processor's QR tags, `Chu kỳ quét (giờ)`, a check after each heavy rain)."""
    vi = doc.lang == "vi"
    if vi:
        _inspections_if1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p = doc.pick(OIL_PLANTS)
    operator, plant = p[L], p[3 + L]
    doc.h(g(f"Система электронного контроля обходов «Обход-Контроль». Маршруты и контрольные точки. {plant} {operator}",
            f"{operator} {plant.lower()}. «Аралау-Бақылау» электрондық аралауды бақылау жүйесі. Бағыттар мен бақылау нүктелері", ""))
    doc.p(g(f"Выгрузка из системы от {_date(doc, 2026)}. Исполнитель сканирует метку NFC смартфоном и отмечает результат проверки в "
            "приложении. Интервал обхода – наибольшее допустимое время между двумя сканированиями метки: 8 ч – каждую смену, 24 ч – "
            "ежедневно, 168 ч – еженедельно; точки «по событию» сканируются при наступлении события.",
            f"Жүйеден {_date(doc, 2026)} түсірілген. Орындаушы NFC белгісін смартфонмен сканерлейді және тексеру нәтижесін қосымшада "
            "белгілейді. Аралау аралығы – белгіні екі сканерлеу арасындағы ең ұзақ рұқсат етілген уақыт: 8 сағ – әр ауысым сайын, 24 сағ – "
            "күн сайын, 168 сағ – апта сайын; «оқиға бойынша» нүктелері оқиға болған кезде сканерленеді.", ""))
    rows = [g(["Маршрут", "Метка NFC", "Контрольная точка", "Что проверить при сканировании", "Интервал обхода, ч", "Роль исполнителя"],
              ["Бағыт", "NFC белгісі", "Бақылау нүктесі", "Сканерлеу кезінде не тексеріледі", "Аралау аралығы, сағ", "Орындаушының рөлі"], [])]
    merges = []
    for route, role, points in PATROL_ROUTES:
        start = len(rows)
        for j, (c_ru, c_kk, w_ru, w_kk, hours) in enumerate(points):
            point = (c_ru, c_kk)[L]
            rows.append([route[L] if j == 0 else None, _tag(doc, "NFC"), point, (w_ru, w_kk)[L],
                         str(hours) if hours else g("по событию (после ливня)", "оқиға бойынша (нөсерден кейін)", ""), role[L] if j == 0 else None])
            item = {"kind": "inspection", "text_contains": _words(point, 3), "actor_contains": role[L]}
            if hours in HOURS_WORD:
                item["frequency"] = HOURS_WORD[hours]
            doc.add("obligations", item)
        merges += [(start, 0, len(rows) - 1, 0), (start, 5, len(rows) - 1, 5)]
    doc.table(None, rows, merges, role="inspections")
    doc.p(g("Пропуск сканирования сверх интервала фиксируется системой и направляется начальнику смены.",
            "Аралықтан асқан сканерлеудің өткізілуін жүйе тіркейді және ауысым бастығына жібереді.", ""))


# (route, role, [(checkpoint, what, hours or None)])
VN_PATROL = (
    ("Tuyến 1 – Khu lò hơi và lò sấy", "Công nhân vận hành lò hơi", [
        ("Cyclone và tháp hấp thụ HT-01", "Áp suất, mực dung dịch NaOH, bơm tuần hoàn", 8),
        ("Ống khói lò sấy nhân điều (HT-02)", "Khói đen, bụi bám quanh miệng ống", 24),
        ("Kho chứa vỏ hạt điều", "Che chắn, không rò rỉ dầu vỏ điều ra nền", 24)]),
    ("Tuyến 2 – Xưởng bóc vỏ lụa, phân loại", "Tổ trưởng xưởng phân loại", [
        ("Lọc bụi túi vải HT-03", "Chênh áp, túi rách, xả bụi vào bao kín", 24),
        ("Lọc bụi túi vải HT-04", "Chênh áp, túi rách, xả bụi vào bao kín", 168)]),
    ("Tuyến 3 – Khu xử lý nước thải và kho chất thải", "Cán bộ môi trường", [
        ("Bể điều hòa, bể sinh học của hệ thống xử lý nước thải", "Màu, mùi, bùn nổi, máy thổi khí", 24),
        ("Kho chứa chất thải nguy hại", "Nhãn, bao bì, sổ theo dõi", 168),
        ("Mương thoát nước mưa", "Tắc nghẽn, váng dầu", None)]),
)


def _inspections_if1_vi(doc: Doc) -> None:
    plant, company, _ = doc.pick(VN_CASHEW)
    doc.h(f"DANH SÁCH TUYẾN VÀ ĐIỂM TUẦN TRA BẢO VỆ MÔI TRƯỜNG (XUẤT TỪ PHẦN MỀM QUÉT MÃ QR) – {plant.upper()}")
    doc.p(f"{company}. Người thực hiện quét thẻ QR tại điểm kiểm tra và ghi nhận kết quả trên ứng dụng. Chu kỳ quét là thời gian tối đa giữa "
          "hai lần quét: 8 giờ – mỗi ca, 24 giờ – hằng ngày, 168 giờ – hằng tuần; điểm ghi “Theo sự kiện” được quét khi có sự kiện.")
    rows = [["Tuyến", "Mã thẻ QR", "Điểm kiểm tra", "Nội dung kiểm tra khi quét thẻ", "Chu kỳ quét (giờ)", "Người thực hiện"]]
    merges = []
    for route, role, points in VN_PATROL:
        start = len(rows)
        for j, (point, what, hours) in enumerate(points):
            rows.append([route if j == 0 else None, _tag(doc, "QR"), point, what, str(hours) if hours else "Theo sự kiện (sau mỗi trận mưa lớn)",
                         role if j == 0 else None])
            item = {"kind": "inspection", "text_contains": _words(point, 5), "actor_contains": role}
            if hours in HOURS_WORD:
                item["frequency"] = HOURS_WORD[hours]
            doc.add("obligations", item)
        merges += [(start, 0, len(rows) - 1, 0), (start, 5, len(rows) - 1, 5)]
    doc.table(None, rows, merges, role="inspections")
    maybe_distractor(doc)


# (RU object, KK object, frequency or None, RU said, KK said, RU who, KK who, [(RU sub-item, KK sub-item)])
RICE_CHECKS = (
    ("Котельная на рисовой лузге и соломе", "Күріш қауызы мен сабанында жұмыс істейтін қазандық", "daily", "ежедневно", "күн сайын",
     "начальник котельной", "қазандық бастығы",
     [("а) работа батарейных циклонов, отсутствие подсосов воздуха", "а) батареялық циклондардың жұмысы, ауаның сорылмауы"),
      ("б) цвет дыма на выходе из трубы ИЗА 0003", "б) 0003 ЛШК мұржасынан шығатын түтіннің түсі"),
      ("в) выгрузка золы в закрытые контейнеры", "в) күлді жабық контейнерлерге түсіру")]),
    ("Шелушильное и шлифовальное отделения", "Қабықтау және ажарлау бөлімшелері", "weekly", "еженедельно (по понедельникам)",
     "апта сайын (дүйсенбі күндері)", "мастер смены", "ауысым шебері",
     [("а) герметичность аспирационных воздуховодов", "а) аспирациялық ауа өткізгіштердің саңылаусыздығы"),
      ("б) заполнение бункеров циклонов 4БЦШ", "б) 4БЦШ циклондары бункерлерінің толуы")]),
    ("Склад рисовой лузги и тюкованной соломы", "Күріш қауызы мен тойлы сабан қоймасы", "weekly", "еженедельно", "апта сайын",
     "заведующий складом", "қойма меңгерушісі",
     [("а) высота штабелей и противопожарные разрывы", "а) қатарлардың биіктігі және өртке қарсы аралықтар"),
      ("б) отсутствие пыления при погрузке", "б) тиеу кезінде шаңданудың болмауы")]),
    ("Площадка складирования золы", "Күл жинау алаңы", "monthly", "ежемесячно", "ай сайын", "инженер-эколог", "инженер-эколог",
     [("а) состояние противофильтрационного основания и обваловки", "а) сүзуге қарсы табан мен үйме біліктің жай-күйі"),
      ("б) увлажнение поверхности в ветреную погоду", "б) желді ауа райында бетін ылғалдау"),
      ("в) срок накопления золы (не более 6 месяцев)", "в) күлді жинақтау мерзімі (6 айдан аспайды)")]),
    ("Выгреб и септик бытовых сточных вод", "Тұрмыстық ағынды сулардың шұңқыры мен септигі", "monthly", "1 раз в месяц", "айына 1 рет",
     "заведующий хозяйством", "шаруашылық меңгерушісі",
     [("а) уровень заполнения", "а) толу деңгейі"), ("б) акты вывоза стоков", "б) ағынды суларды шығару актілері")]),
    ("Журналы ПЭК и учета отходов", "ӨЭБ және қалдықтарды есепке алу журналдары", "quarterly", "ежеквартально", "тоқсан сайын",
     "главный инженер", "бас инженер",
     [("а) полнота записей", "а) жазбалардың толықтығы"), ("б) соответствие записей актам передачи отходов", "б) жазбалардың қалдықтарды беру актілеріне сәйкестігі")]),
    ("Территория рисозавода после пыльной бури", "Шаңды дауылдан кейінгі күріш зауытының аумағы", None, "после каждой пыльной бури",
     "әр шаңды дауылдан кейін", "инженер-эколог", "инженер-эколог",
     [("а) разнос лузги и золы за пределы площадки", "а) қауыз бен күлдің алаңнан тыс таралуы")]),
)  # fmt: skip


def inspections_if2(doc: Doc) -> None:
    """A rice mill's instruction on internal control of its nature-protection objects, its annex of checks `№ | объект
    проверки и проверяемые позиции | периодичность | кто проверяет`: each object on a numbered row with the frequency and
    who checks, the lettered sub-items under it (`а) работа батарейных циклонов …`) with empty cells — what to look at,
    not checks of their own — the hulling shop on Mondays, a check after every dust storm without a frequency (VI: a Chư Sê
    pepper processor's quy chế tự kiểm tra with dash sub-items, `Thứ Hai hằng tuần`, after each heavy rain)."""
    if doc.lang == "vi":
        _inspections_if2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    mill = doc.pick(RICE_MILLS)
    operator = mill[L]
    doc.h(g(f"Инструкция по внутреннему контролю природоохранных объектов рисозавода. {operator}",
            f"{operator}. Күріш зауытының табиғат қорғау объектілерін ішкі бақылау жөніндегі нұсқаулық", ""))
    doc.p(g("Приложение 1. Перечень проверок. Результаты проверок записываются в журнал внутреннего контроля; выявленные нарушения "
            "устраняются в сроки, установленные главным инженером.",
            "1-қосымша. Тексерулер тізбесі. Тексеру нәтижелері ішкі бақылау журналына жазылады; анықталған бұзушылықтар бас инженер белгілеген "
            "мерзімде жойылады.", ""))
    rows = [g(["№", "Объект проверки и проверяемые позиции", "Периодичность", "Кто проверяет"],
              ["№", "Тексеру объектісі және тексерілетін позициялар", "Кезеңділігі", "Кім тексереді"], [])]
    for k, (o_ru, o_kk, word, s_ru, s_kk, w_ru, w_kk, subs) in enumerate(RICE_CHECKS, 1):
        obj, who = (o_ru, o_kk)[L], (w_ru, w_kk)[L]
        rows.append([str(k), obj, (s_ru, s_kk)[L], who])
        rows += [["", sub[L], "", ""] for sub in subs]
        item = {"kind": "inspection", "text_contains": _words(obj, 3), "actor_contains": who}
        if word:
            item["frequency"] = word
        doc.add("obligations", item)
    doc.table(None, rows, role="inspections")
    maybe_distractor(doc)


# (object, frequency or None, said, who, [sub-items])
PEPPER_CHECKS = (
    ("Khu ngâm, xát vỏ tiêu (sản xuất tiêu sọ)", "daily", "Hằng ngày", "Quản đốc phân xưởng",
     ["- Mùi hôi từ bể ngâm, thời gian thay nước ngâm", "- Rãnh thu nước ngâm về hệ thống xử lý, song chắn rác"]),
    ("Hệ thống xử lý nước thải", "daily", "Hằng ngày", "Cán bộ môi trường", ["- Lưu lượng, pH đầu ra", "- Máy thổi khí, bơm bùn", "- Sổ nhật ký vận hành"]),
    ("Lò hơi đốt củi (hấp tiệt trùng tiêu)", "weekly", "Thứ Hai hằng tuần", "Tổ trưởng tổ lò hơi",
     ["- Cyclone, ống khói, màu khói", "- Tro xỉ được thu gom vào khu chứa có mái che"]),
    ("Sân phơi tiêu và khu chứa vỏ, tạp chất", "weekly", "Hằng tuần", "Tổ trưởng tổ sơ chế",
     ["- Thu gom vỏ, tạp chất cuối ca", "- Nước mưa chảy tràn không cuốn theo tạp chất"]),
    ("Kho chứa chất thải nguy hại", "monthly", "Ngày 05 hằng tháng", "Cán bộ môi trường", ["- Nhãn, biển cảnh báo", "- Sổ theo dõi, chứng từ chuyển giao"]),
    ("Việc thực hiện giấy phép môi trường của toàn cơ sở", "quarterly", "03 tháng/lần", "Giám đốc cơ sở", ["- Các nội dung tại Phụ lục 3 của giấy phép"]),
    ("Mương thoát nước mưa", None, "Sau mỗi trận mưa lớn", "Cán bộ môi trường", ["- Tắc nghẽn, bùn lắng"]),
)  # fmt: skip


def _inspections_if2_vi(doc: Doc) -> None:
    plant, company, _ = doc.pick(VN_PEPPER)
    doc.h(f"QUY CHẾ TỰ KIỂM TRA CÔNG TÁC BẢO VỆ MÔI TRƯỜNG – {plant.upper()}")
    doc.p(f"(Ban hành kèm theo Quyết định số {doc.rng.randint(3, 40):02d}/QĐ-GĐ của Giám đốc {company}). Phụ lục: Đối tượng, nội dung và tần suất tự "
          "kiểm tra; kết quả được ghi vào sổ tự kiểm tra.")
    rows = [["TT", "Đối tượng và nội dung kiểm tra", "Tần suất", "Người kiểm tra"]]
    for k, (obj, word, said, who, subs) in enumerate(PEPPER_CHECKS, 1):
        rows.append([str(k), obj, said, who])
        rows += [["", sub, "", ""] for sub in subs]
        item = {"kind": "inspection", "text_contains": _words(obj, 4), "actor_contains": who}
        if word:
            item["frequency"] = word
        doc.add("obligations", item)
    doc.table(None, rows, role="inspections")
    maybe_distractor(doc)


# ---------------------------------------------------------------- tasks

# (kind, RU, KK, RU who, KK who, RU term, KK term)
GIN_DECISIONS = (
    ("note", "Информацию главного инженера о готовности пылеулавливающего оборудования к сезону принять к сведению.",
     "Бас инженердің шаң ұстағыш жабдықтың маусымға дайындығы туралы ақпараты назарға алынсын.", "–", "–", "–", "–"),
    ("task", "Провести ревизию циклонов ПГОУ-3 и ПГОУ-4, заменить изношенные конусы и бункеры",
     "ШГТҚ-3 және ШГТҚ-4 циклондарына ревизия жүргізіп, тозған конустар мен бункерлерді ауыстыру", "Главный механик", "Бас механик",
     "до 15.09.2026", "15.09.2026 дейін"),
    ("task", "Заключить договор с аккредитованной лабораторией на инструментальные замеры на источниках выбросов в сезоне 2026/2027",
     "2026/2027 маусымында шығарынды көздерінде аспаптық өлшеулер жүргізуге аккредиттелген зертханамен шарт жасасу", "Инженер-эколог",
     "Инженер-эколог", "до 01.10.2026", "01.10.2026 дейін"),
    ("task", "Обеспечить полив подъездных дорог и площадок бунтов хлопка-сырца в сухую погоду",
     "Құрғақ ауа райында кірме жолдар мен шитті мақта бунттары алаңдарын суаруды қамтамасыз ету", "Начальник хлопкоприемного пункта",
     "Мақта қабылдау пунктінің бастығы", "в течение сезона", "маусым бойы"),
    ("note", "Отметить удовлетворительную работу цеха джинирования по снижению выбросов хлопковой пыли в сезоне 2025/2026.",
     "2025/2026 маусымында мақта шаңы шығарындыларын азайту бойынша джинирлеу цехының қанағаттанарлық жұмысы атап өтілсін.", "–", "–", "–", "–"),
    ("task", "Согласовать с перерабатывающей организацией график вывоза улюка и хлопкового пуха", "Қайта өңдеуші ұйыммен улюк пен мақта түбітін шығару кестесін келісу",
     "Заведующий складом", "Қойма меңгерушісі", "до 20.09.2026", "20.09.2026 дейін"),
    ("task", "Провести обучение операторов ПГОУ по эксплуатации циклонов и ведению журнала учета их работы",
     "ШГТҚ операторларын циклондарды пайдалануға және олардың жұмысын есепке алу журналын жүргізуге оқыту", "Инженер по охране труда",
     "Еңбекті қорғау жөніндегі инженер", "до 25.09.2026", "25.09.2026 дейін"),
)  # fmt: skip


def tasks_if1(doc: Doc) -> None:
    """The minutes of a cotton gin's technical meeting on readiness for the season, the agenda and those present in the text,
    `ПОСТАНОВИЛИ` as a table `№ | решение | ответственный | срок`, among whose decisions taking the chief engineer's report
    into account and noting the ginning shop's good work — with dashes for who and when — are no tasks (VI: a sugar mill's
    biên bản họp giao ban before the crushing season, `Ghi nhận …` and `Biểu dương …` among the assignments)."""
    r = doc.rng
    if doc.lang == "vi":
        _tasks_if1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    gin = doc.pick(GINS)
    operator, district = gin[L], gin[2 + L]
    n, day = r.randint(5, 14), f"{r.randint(10, 28)}.08.2026"
    doc.h(g(f"Протокол № {n} технического совещания. {operator}", f"{operator}. Техникалық кеңестің № {n} хаттамасы", ""))
    doc.p(g(f"Туркестанская область, {district}. {day}. Председатель – директор завода; присутствовали: главный инженер, главный механик, "
            "инженер-эколог, начальники цехов и хлопкоприемного пункта. Повестка дня: о готовности хлопкоочистительного завода к сезону "
            "переработки хлопка-сырца урожая 2026 года.",
            f"Түркістан облысы, {_dot(district)} {day}. Төраға – зауыт директоры; қатысқандар: бас инженер, бас механик, инженер-эколог, цех бастықтары "
            "және мақта қабылдау пунктінің бастығы. Күн тәртібі: мақта тазалау зауытының 2026 жылғы өнімнің шитті мақтасын өңдеу маусымына "
            "дайындығы туралы.", ""))
    doc.p(g("СЛУШАЛИ: главного инженера о состоянии пылеулавливающего оборудования и результатах наладки ПГОУ. ПОСТАНОВИЛИ:",
            "ТЫҢДАЛДЫ: бас инженер шаң ұстағыш жабдықтың жай-күйі және ШГТҚ-ны баптау нәтижелері туралы. ҚАУЛЫ ЕТІЛДІ:", ""))
    rows = [g(["№", "Решение", "Ответственный", "Срок исполнения"], ["№", "Шешім", "Жауапты", "Орындау мерзімі"], [])]
    for k, (kind, t_ru, t_kk, w_ru, w_kk, d_ru, d_kk) in enumerate(GIN_DECISIONS, 1):
        text, who = (t_ru, t_kk)[L], (w_ru, w_kk)[L]
        rows.append([str(k), text, who, (d_ru, d_kk)[L]])
        if kind == "task":
            doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text, 4), "actor_contains": who})
    doc.table(None, rows, role="tasks")
    doc.p(g("Председатель ______________   Секретарь ______________", "Төраға ______________   Хатшы ______________", ""))


# (kind, text, who, term)
SUGAR_DECISIONS = (
    ("note", "Ghi nhận báo cáo của Phòng Kỹ thuật về tình hình sửa chữa lò hơi trong thời gian nghỉ vụ.", "-", "-"),
    ("task", "Vệ sinh, kiểm tra và thay thế các điện cực hỏng của lọc bụi tĩnh điện lò hơi số 1 và số 2", "Xưởng Động lực", "Trước 15/10/2026"),
    ("task", "Hiệu chuẩn các thiết bị đo của trạm quan trắc khí thải tự động, liên tục", "Phòng An toàn – Môi trường", "Trước 31/10/2026"),
    ("task", "Nạo vét hồ sinh học và bể lắng của hệ thống xử lý nước thải", "Phòng An toàn – Môi trường", "Trước 20/10/2026"),
    ("note", "Biểu dương Xưởng Chế luyện đã hoàn thành sớm kế hoạch sửa chữa mùa nghỉ vụ.", "-", "-"),
    ("task", "Ký hợp đồng thu gom, vận chuyển, xử lý chất thải nguy hại cho vụ ép 2026–2027", "Phòng Hành chính – Tổng hợp", "Trước 30/10/2026"),
    ("task", "Bố trí xe bồn tưới nước chống bụi trên tuyến đường vận chuyển mía qua khu dân cư", "Phòng Nguyên liệu", "Trong suốt vụ ép"),
)


def _tasks_if1_vi(doc: Doc) -> None:
    plant, company, place = doc.pick(VN_SUGAR)
    doc.h(f"BIÊN BẢN HỌP GIAO BAN CHUẨN BỊ VỤ ÉP 2026–2027 – {plant.upper()}")
    doc.p(f"{company}, {place}. Thời gian: 08 giờ 00 ngày {doc.rng.randint(10, 28)}/09/2026. Chủ trì: Giám đốc Nhà máy. Thành phần: Phó Giám "
          "đốc kỹ thuật, trưởng các phòng, quản đốc các xưởng. Nội dung: đánh giá công tác sửa chữa mùa nghỉ vụ và chuẩn bị các công trình "
          "bảo vệ môi trường cho vụ ép 2026–2027.")
    doc.p("KẾT LUẬN VÀ PHÂN CÔNG NHIỆM VỤ:")
    rows = [["TT", "Nội dung kết luận", "Đơn vị thực hiện", "Thời hạn"]]
    for k, (kind, text, who, term) in enumerate(SUGAR_DECISIONS, 1):
        rows.append([str(k), text, who, term])
        if kind == "task":
            doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text, 5), "actor_contains": who})
    doc.table(None, rows, role="tasks")
    doc.p("Biên bản kết thúc lúc 10 giờ 30 cùng ngày. THƯ KÝ ______________   CHỦ TRÌ ______________")


STARCH_ROLES = (("Главный инженер", "Бас инженер"), ("Главный механик", "Бас механик"), ("Начальник крахмального цеха", "Крахмал цехының бастығы"),
                ("Инженер-эколог", "Инженер-эколог"))
# (RU, KK, index of the responsible, RU term, KK term)
STARCH_WORKS = (
    ("Очистить отстойники картофельного сока и транспортерно-моечной воды", "Картоп шырыны мен тасымалдау-жуу суының тұндырғыштарын тазалау", 2,
     "до 15.05.2026", "15.05.2026 дейін"),
    ("Провести ревизию насосной станции и напорного трубопровода на поля орошения", "Суару алқаптарына арналған сорғы станциясы мен арынды құбырға ревизия жүргізу",
     1, "до 01.06.2026", "01.06.2026 дейін"),
    ("Выполнить планировку и обвалование карт полей орошения К-3 и К-4", "Суару алқаптарының К-3 және К-4 карталарын тегістеу және үйме білікпен қоршау", 0,
     "до 30.06.2026", "30.06.2026 дейін"),
    ("Заменить рукавные фильтры сушилки крахмала", "Крахмал кептіргішінің жеңді сүзгілерін ауыстыру", 1, "до 15.07.2026", "15.07.2026 дейін"),
    ("Пробурить и оборудовать наблюдательную скважину Н-3 у полей орошения", "Суару алқаптары жанында Н-3 бақылау ұңғымасын бұрғылау және жабдықтау", 3,
     "до 31.07.2026", "31.07.2026 дейін"),
    ("Внести изменения в программу ПЭК по мониторингу почв полей орошения", "Суару алқаптарының топырағын мониторингтеу бойынша ӨЭБ бағдарламасына өзгерістер енгізу", 3,
     "до 01.08.2026", "01.08.2026 дейін"),
    ("Провести гидравлическое испытание трубопроводов картофельного сока", "Картоп шырыны құбырларына гидравликалық сынақ жүргізу", 2, "до 20.08.2026",
     "20.08.2026 дейін"),
)  # fmt: skip


def tasks_if2(doc: Doc) -> None:
    """A potato-starch plant's plan-schedule of the off-season, `№ | мероприятие | ответственный и срок исполнения | отметка о
    выполнении`, whose responsible — chief engineer, chief mechanic, head of the starch shop, engineer-ecologist — are
    sub-columns under a merged header and hold the item's deadline in the one cell that is theirs, the others empty, so
    that who acts is the column of the filled cell (VI: a tea factory's plan of maintaining its environmental works
    between two harvests, the workshop, the maintenance team, the technical department and the environmental officer as
    columns)."""
    if doc.lang == "vi":
        _tasks_if2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p = doc.pick(STARCH_PLANTS)
    operator = p[L]
    doc.h(g(f"План-график мероприятий межсезонного периода 2026 года. Картофелекрахмальный завод {operator}",
            f"{operator} картоп-крахмал зауыты. 2026 жылғы маусымаралық кезеңнің іс-шаралар жоспар-кестесі", ""))
    doc.p(g("Утвержден директором. Срок исполнения указан в графе ответственного за мероприятие; о выполнении ответственный делает отметку "
            "в последней графе.",
            "Директор бекіткен. Орындау мерзімі іс-шараға жауапты тұлғаның бағанында көрсетілген; орындалғаны туралы жауапты тұлға соңғы бағанда "
            "белгі қояды.", ""))
    roles = [x[L] for x in STARCH_ROLES]
    rows = [[g("№", "№", ""), g("Мероприятие", "Іс-шара", ""), g("Ответственный и срок исполнения", "Жауапты және орындау мерзімі", ""), None, None,
             None, g("Отметка о выполнении", "Орындалғаны туралы белгі", "")],
            [None, None, *roles, None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 5), (0, 6, 1, 6)]
    for k, (t_ru, t_kk, who, d_ru, d_kk) in enumerate(STARCH_WORKS, 1):
        text = (t_ru, t_kk)[L]
        rows.append([str(k), text, *((d_ru, d_kk)[L] if i == who else "" for i in range(4)), ""])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text, 4), "actor_contains": roles[who]})
    doc.table(None, rows, merges, role="tasks")
    maybe_distractor(doc)


TEA_ROLES = ("Quản đốc phân xưởng chế biến", "Tổ Cơ điện", "Phòng Kỹ thuật – KCS", "Cán bộ môi trường")
TEA_WORKS = (
    ("Vệ sinh, thay túi lọc bụi tại xưởng sàng, phân loại chè", 1, "Tháng 12/2025"),
    ("Nạo vét bể lắng, bể hiếu khí của hệ thống xử lý nước thải", 3, "Tháng 01/2026"),
    ("Sửa chữa buồng đốt, cyclone của lò sấy chè số 1", 1, "Tháng 01/2026"),
    ("Kiểm tra, hiệu chuẩn đồng hồ đo lưu lượng nước thải", 2, "Tháng 02/2026"),
    ("Lập kế hoạch quan trắc định kỳ đợt 1 năm 2026", 3, "Tháng 02/2026"),
    ("Tập huấn phân loại chất thải rắn tại nguồn cho công nhân thời vụ", 0, "Tháng 02/2026"),
)


def _tasks_if2_vi(doc: Doc) -> None:
    factory, company, _ = doc.pick(VN_TEA)
    doc.h(f"KẾ HOẠCH BẢO DƯỠNG, CẢI TẠO CÔNG TRÌNH BẢO VỆ MÔI TRƯỜNG GIỮA HAI VỤ CHÈ (12/2025 – 02/2026) – {factory.upper()}")
    doc.p(f"{company}. Thời hạn ghi tại cột của bộ phận chủ trì; bộ phận chủ trì ký xác nhận khi hoàn thành.")
    rows = [["TT", "Nội dung công việc", "Bộ phận chủ trì và thời hạn", None, None, None, "Xác nhận hoàn thành"],
            [None, None, *TEA_ROLES, None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 5), (0, 6, 1, 6)]
    for k, (text, who, term) in enumerate(TEA_WORKS, 1):
        rows.append([str(k), text, *(term if i == who else "" for i in range(4)), ""])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text, 5), "actor_contains": TEA_ROLES[who]})
    doc.table(None, rows, merges, role="tasks")
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"IF{k}", globals()[f"{role}_if{k}"]) for role in ROLES for k in (1, 2)]
