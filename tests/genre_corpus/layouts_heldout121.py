"""A blind held-out set (two layouts per role, `JZ1` and `JZ2`): never used for tuning, written by someone who neither
ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`.

Theme: pharmaceutical plants and hospital waste incinerators. Kazakhstan: a plant of solid and sterile dosage forms in
the «Оңтүстік» industrial zone of Shymkent (granulation, tableting and film coating, an ethylene-oxide sterilizer, an
analytical laboratory, a gas boiler house, local treatment of its effluent before the city sewer) and a regional
medical-waste operator in the Kyzylorda oblast with ИН-50.1 incinerators at its centre and district sites, and the
hospital whose wastes it burns. Vietnam: an EU-GMP pharmaceutical plant in the VSIP II-A park (the former Bình Dương,
now Hồ Chí Minh City) and a provincial general hospital in Đắk Lắk with its medical-waste incinerator, waste-water
station and the cluster of health centres that send it their infectious waste.

Facility: the general section of a pharmaceutical plant's application, `№ | показатель | сведения | документ-основание`
under four lettered section rows, the coordinates in degrees, minutes and seconds, the licence, the GMP certificate, the
cadastral number and the SZZ class `III` beside the category `II` as look-alikes (VI: the company's head office and its
plant as two columns, the enterprise number and the representative merged across them, degrees-minutes-seconds for the
plant only, `Nhóm II` followed by the number of the decree's annex) (JZ1); a medical-waste operator's register of its
sites, one row a site, latitude and longitude as sub-columns of a merged header, the incinerator's make and kg/h, the
year it was put in service, the operator's BIN only in the paragraph above, a storage point of category III without an
incinerator (VI: the hospitals and health centres of an incineration cluster, each with its own tax code, beds and kg a day
as look-alikes) (JZ2).

Emissions: a pharmaceutical plant's table of emission parameters as the НДВ software prints it — shop merged down over
its sources, the source of release with its hours, the source's number, height, mouth diameter, the gas velocity,
volume and temperature under a merged header, map coordinates X1/Y1, the cleaning unit, then the code, the name and
`г/с | мг/нм³ | т/год`, three header rows with a row of column numbers, no hazard class, the plant's total (VI: an EIA's
loads in a construction and an operation section, emission factors beside the loads, the tonnes per period of
construction and per year of operation told only by the note) (JZ1); an incinerator operator's inventory with the
emission before cleaning, the cleaning efficiency and the emission after it in paired `г/с | т/год` columns, the hazard
class, the mercury and dioxins as `3,2E-10` (VI: a hospital's loads with its incinerator stack and its generator as column
pairs and a total column that sums them) (JZ2).

Wastes: a hospital's medical wastes under the rows of the sanitary classes А, Б, В, Г, Д — the class letter as the first
cell, the List-of-Waste code, the place of origin, kg a day beside tonnes a year, subtotals per class, class Д written
`не образуются`, the incinerator's ash and spent sorbent in a section of their own, `18 01 03*` on two wastes (VI: a
hospital's yearly report of medical wastes with four infectious wastes under one code `13 01 01`, what it burnt, disinfected
or handed over under a merged header, kilograms, subtotals, ordinary wastes without codes) (JZ1); a pharmaceutical
plant's calculation of the wastes it forms: the input figure (tonnes of substances, people, pieces of filters), the norm
in per cent or kg, the result in tonnes, hazardous written as a word (VI: a GMP plant's hazardous wastes with their state
and the `NH`/`KS` marks, then its ordinary industrial wastes, both in kg a year) (JZ2).

Limits: a laboratory's protocol at two incinerators' stacks, each stack a pair of sub-columns — the concentration as
measured and as brought to 11 % O2 — the norm of the permit in the last column, dioxins in ng TEQ/Nm³, a sum of metals
with no code, the gas flow's parameters in a table of no role (VI: a district health centre's waste-water station before and after
treatment against QCVN 28:2010/BTNMT column B with C and Cmax = C × K, K = 1,2 not applied to pH and coliforms, the
pathogens `KPH`) (JZ1); a pharmaceutical plant's allowed concentrations at its two outlets to the city sewer under section
rows, the flow merged down each outlet, the allowed mass in g/h and t/year as look-alikes, pH as a range (VI: a GMP plant's
permit for its gas streams, each stream a section row, QCVN 19 column B and QCVN 20 without a column, the monitoring
frequency in the same rows and a stream without periodic monitoring) (JZ2).

Monitoring: an incinerator operator's matrix of sources against substances, the codes and formulas in two header rows, the
cells `АСМ`, `1 р/кв`, `1 р/год`, `–` explained in a legend under the table, a tank with no controlled substance (VI: a
hospital's programme by sample type with VN-2000 coordinates, automatic and periodic rows at one point, a row on wastes
without parameters) (JZ1); a pharmaceutical plant's ПЭК plan mixing sources (`ИЗА № 0002 – …`), points at the SZZ boundary
and the outlet, codes and names in one cell, the frequency and the methods' standards (VI: a GMP plant's programme written
as blocks of `Vị trí`, `Thông số`, `Tần suất`, `Quy chuẩn` rows under each heading) (JZ2).

Inspections: a hospital's production control of its medical wastes, numbered through four Roman sections, the criterion full
of figures (`не более 3/4 объема`, `не ниже 1 100 °С`), who checks, how often, the journal's form; checks at each cycle or
each trip without a frequency (VI: a hospital's plan of checking medical wastes whose sections each number their items from
1, `Đột xuất` without a frequency) (JZ1); a pharmaceutical plant's programme of internal ISO 14001 audits, the clauses of the
standard as look-alike numbers, the months as twelve columns marked `X`, no frequency written (VI: a GMP plant's schedule
of checking its treatment works, the works merged down over their checks, the form's code beside each) (JZ2).

Tasks: a medical-waste operator's plan of nature-protection measures, the items numbered through the table under unnumbered sections,
the volume of works, cost, source of money, start and end under a merged header, the effect in tonnes and the responsible
(VI: a hospital's plan of remedying the findings of an inspection, the finding beside each measure) (JZ1); a
pharmaceutical plant's Gantt chart for 2026–2027 with quarters marked, items `2` and `2.1`, executors as abbreviations
explained under the table (VI: a GMP plant's plan of trial operation of its treatment works with start and end dates
and the capacity aimed at) (JZ2).
"""

from __future__ import annotations

import math

from . import vocab
from .common import Doc, make_bin, make_msdn, maybe_distractor, num
from .limits_data import add, limit
from .registry import ROLES, Layout
from .sources_data import emission

# ---------------------------------------------------------------- helpers


def _rk(doc: Doc):
    """`g(ru, kk)`: the text of a Russian or a Kazakh document."""
    k = 0 if doc.lang == "ru" else 1
    return lambda ru, kk: (ru, kk)[k]


def _span(rows: list, merges: list, text: str, width: int) -> None:
    """A section row whose only cell spans the table."""
    rows.append([text] + [None] * (width - 1))
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))


def _sig(x: float, digits: int = 3) -> float:
    return float(f"{x:.{digits}g}")


def _words(text: str, n: int = 3) -> str:
    return " ".join(text.replace("«", " ").replace("»", " ").split()[:n]).rstrip(",;:(–")


def _kato(doc: Doc, prefix: str) -> str:
    rest = 9 - len(prefix) - 3
    return f"{prefix}{doc.rng.randint(10 ** (rest - 1), 10**rest - 1)}{doc.rng.choice(('000', '100'))}"


def _dms(value: float, lang: str, lat: bool) -> tuple[str, float]:
    """Degrees, minutes and seconds with a tenth (`42°18′41,6″ с.ш.`) and the decimal degrees they give."""
    d = int(value)
    rest = (value - d) * 60
    m = int(rest)
    s = round((rest - m) * 60, 1)
    if s >= 60:
        m, s = m + 1, 0.0
    sec = f"{s:04.1f}".replace(".", ",")
    if lang == "vi":
        text = f"{d}°{m:02d}'{sec}\" {'N' if lat else 'E'}"
    else:
        hemi = {"ru": ("с.ш.", "в.д."), "kk": ("с.е.", "ш.б.")}[lang][0 if lat else 1]
        text = f"{d}°{m:02d}′{sec}″ {hemi}"
    return text, round(d + m / 60 + s / 3600, 6)


def _sci(value: float) -> str:
    """A very small figure as emission software prints it: `3,2E-10`."""
    mant, _, power = f"{value:.2e}".partition("e")
    mant = mant.rstrip("0").rstrip(".")
    return f"{mant.replace('.', ',')}E-{abs(int(power)):02d}"


def _fig(value: float, lang: str) -> str:
    """A figure, in E notation when it is below 0,0001."""
    return _sci(value) if 0 < value < 1e-4 else num(value, lang)


# code: (RU, KK, VI name, hazard class) of pollutants the vocabulary does not name (names of the list in force)
NAMES = {
    "0183": ("Ртуть (Ртуть металлическая)", "Сынап", "Thủy ngân (Hg)", 1),
    "0133": ("Кадмий и его соединения (в пересчете на кадмий)", "Кадмий оксиді (кадмий бойынша)", "", 1),
    "0316": ("Гидрохлорид (Соляная кислота, Водород хлорид)", "Тұз қышқылы (хлорсутек)", "Axit clohydric (HCl)", 2),
    "0342": ("Фтористые газообразные соединения (в пересчете на фтор)", "Фторлы газ тәрізді қосылыстар (фтор бойынша)", "HF", 2),
    "3620": ("Диоксины (в пересчете на 2,3,7,8-тетрахлордибензо-1,4-диоксин)",
             "Диоксины (в пересчете на 2,3,7,8-тетрахлордибензо-1,4-диоксин)", "Tổng Dioxin/Furan (PCDD/PCDF)", 1),
    "1061": ("Этанол (Спирт этиловый)", "Этанол (этил спирті)", "Etanol", 4),
    "1051": ("Пропан-2-ол (Изопропиловый спирт)", "Пропан-2-ол (изопропил спирті)", "Isopropanol", 3),
    "1611": ("Этилена окись (Эпоксиэтан)", "Этилена окись (Эпоксиэтан)", "", 3),
    "1555": ("Этановая кислота (Уксусная кислота)", "Сірке қышқылы", "Axit axetic", 3),
    "1401": ("Пропан-2-он (Ацетон)", "Ацетон", "Axeton", 4),
    "1052": ("Метанол (Метиловый спирт)", "Метанол", "Metanol", 3),
    "3068": ("Парацетамол (N-(4-Гидроксифенил)ацетамид)", "Парацетамол (N-(4-Гидроксифенил)ацетамид)", "", 3),
    "2966": ("Пыль крахмала", "Пыль крахмала", "", 4),
    "2967": ("Пыль лактозы", "Пыль лактозы", "", None),
}  # fmt: skip
# VI short labels of the pollutants Vietnamese tables name
VN = {"2902": "Bụi tổng", "0330": "SO2", "0301": "NOx (tính theo NO2)", "0337": "CO", "0316": "HCl", "0183": "Thủy ngân (Hg)",
      "0184": "Chì (Pb)", "3620": "Tổng Dioxin/Furan", "1061": "Etanol", "1051": "Isopropanol", "1401": "Axeton", "1052": "Metanol"}


def _air(doc: Doc, code: str) -> str:
    if code in NAMES:
        return NAMES[code][vocab.LANGS.index(doc.lang)] or NAMES[code][0]
    return vocab.air(code, doc.lang)


WATER_EXTRA = {"PO4": ("Фосфаты (по фосфору)", "Фосфаттар (фосфор бойынша)", "Phosphat (tính theo P)"),
               "FOG": ("Жиры и масла", "Майлар", "Dầu mỡ động thực vật")}


def _water(doc: Doc, symbol: str) -> str:
    if symbol in WATER_EXTRA:
        return WATER_EXTRA[symbol][vocab.LANGS.index(doc.lang)]
    return vocab.water(symbol, doc.lang)


def _hz(code: str) -> int | None:
    return NAMES[code][3] if code in NAMES else vocab.hazard(code)


WORDS = {
    "ru": {"continuous": "непрерывно", "daily": "ежедневно", "weekly": "еженедельно", "monthly": "ежемесячно",
           "quarterly": "ежеквартально", "semiannual": "1 раз в полугодие", "yearly": "1 раз в год"},
    "kk": {"continuous": "үздіксіз", "daily": "күн сайын", "weekly": "апта сайын", "monthly": "ай сайын",
           "quarterly": "тоқсан сайын", "semiannual": "жарты жылда 1 рет", "yearly": "жылына 1 рет"},
    "vi": {"continuous": "Liên tục", "daily": "Hằng ngày", "weekly": "Hằng tuần", "monthly": "Hằng tháng",
           "quarterly": "03 tháng/lần", "semiannual": "06 tháng/lần", "yearly": "01 lần/năm"},
}  # fmt: skip


def _fw(doc: Doc, word: str) -> str:
    return WORDS[doc.lang][word]


# ---------------------------------------------------------------- facility

# (RU, KK operator, RU, KK legal address, RU, KK head)
PHARMA_OPS = (
    ("ТОО «Фарм Даму Шымкент»", "«Фарм Даму Шымкент» ЖШС", "г. Шымкент, Аль-Фарабийский район, пр. Тауке хана, 35, офис 402",
     "Шымкент қ., Әл-Фараби ауданы, Тәуке хан даңғ., 35, 402-кеңсе", "генеральный директор Ермекбаев Н.А.", "бас директор Ермекбаев Н.А."),
    ("ТОО «Сайрам Фармацевтикалс»", "«Сайрам Фармацевтикалс» ЖШС", "г. Шымкент, Енбекшинский район, ул. Рыскулова, 118",
     "Шымкент қ., Еңбекші ауданы, Рысқұлов к-сі, 118", "директор Абдуллаев Т.Ш.", "директор Абдуллаев Т.Ш."),
)  # fmt: skip
PLANT = ("Завод по производству твердых и стерильных лекарственных форм", "Қатты және стерильді дәрілік түрлер өндіретін зауыт")
PLANT_KEY = ("лекарственных форм", "дәрілік түрлер")
PLANT_SITE = ("г. Шымкент, Абайский район, индустриальная зона «Оңтүстік», ул. Капал батыра, 14/2",
              "Шымкент қ., Абай ауданы, «Оңтүстік» индустриялық аймағы, Қапал батыр к-сі, 14/2")


def facility_jz1(doc: Doc) -> None:
    """The general section of a pharmaceutical plant's application for an environmental permit: `№ | показатель | сведения
    | документ-основание` under four lettered section rows (operator, object, location, environmental characteristics), the
    BIN, the OKED with its words, the KATO, the coordinates of the site's centre in degrees, minutes and seconds; the licence
    number, the GMP certificate, the cadastral number, the area, the distance to houses and the sanitary class `III` beside
    the category `II` as look-alikes; the products in a table of no role (VI: the company's head office and its plant as two
    columns, the enterprise number and the representative merged across them, coordinates for the plant only, the VSIC code,
    `Nhóm II` followed by the number of the decree's annex)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_jz1_vi(doc)
        return
    g = _rk(doc)
    k = 0 if doc.lang == "ru" else 1
    op = doc.pick(PHARMA_OPS)
    bin_, kato = make_bin(r), _kato(doc, "7910")
    lat_t, lat = _dms(42.3105 + r.uniform(-0.004, 0.004), doc.lang, True)
    lon_t, lon = _dms(69.6488 + r.uniform(-0.004, 0.004), doc.lang, False)
    permit = f"KZ{r.randint(10, 99)}VCZ{r.randint(10**7, 10**8 - 1):08d}"
    doc.h(g("Раздел 1. Общие сведения об операторе и объекте", "1-бөлім. Оператор және объект туралы жалпы мәліметтер"))
    doc.p(g(f"Заявление на получение экологического разрешения на воздействие подает {op[0]}. Сведения приведены по состоянию на 01.02.2026.",
            f"Әсер етуге экологиялық рұқсат алуға өтінішті {op[1]} береді. Мәліметтер 01.02.2026 жағдай бойынша келтірілген."))
    rows = [g(["№ п/п", "Наименование показателя", "Сведения", "Документ-основание"], ["Р/с №", "Көрсеткіштің атауы", "Мәліметтер", "Негіздеме құжат"])]
    merges = []
    _span(rows, merges, g("А. Оператор объекта", "А. Объект операторы"), 4)
    rows += [["1", g("Наименование юридического лица", "Заңды тұлғаның атауы"), op[k],
              g("справка о государственной перерегистрации от 05.06.2014", "2014 ж. 05.06. мемлекеттік қайта тіркеу туралы анықтама")],
             ["2", g("БИН", "БСН"), bin_, "—"],
             ["3", g("Юридический адрес, телефон", "Заңды мекенжайы, телефоны"), f"{op[2 + k]}; +7 7252 {r.randint(30, 59)}-{r.randint(10, 99)}-{r.randint(10, 99)}", "—"],
             ["4", g("Первый руководитель", "Бірінші басшы"), op[4 + k], g("приказ № 14-к от 02.02.2021", "2021 ж. 02.02. № 14-к бұйрық")]]
    _span(rows, merges, g("Б. Объект", "Б. Объект"), 4)
    rows += [["5", g("Наименование объекта", "Объектінің атауы"), PLANT[k], "—"],
             ["6", g("Основной вид деятельности (ОКЭД)", "Негізгі қызмет түрі (ЭҚЖЖ)"),
              g("21200 – Производство фармацевтических препаратов", "21200 – Фармацевтикалық препараттар өндірісі"), g("статистическая карточка", "статистикалық карточка")],
             ["7", g("Лицензия на производство лекарственных средств", "Дәрілік заттар өндірісіне лицензия"),
              g(f"№ {r.randint(10**7, 10**8 - 1)} от 14.08.2019", f"2019 ж. 14.08. № {r.randint(10**7, 10**8 - 1)}"), "—"],
             ["8", g("Сертификат соответствия GMP", "GMP сәйкестік сертификаты"), f"KZ.GMP.{r.randint(100, 999)}/2024",
              g("действует до 2027 г.", "2027 ж. дейін жарамды")],
             ["9", g("Проектная мощность", "Жобалық қуаты"),
              g("таблетки – 1 200 млн шт./год; растворы для инфузий – 18 млн флаконов/год", "таблеткалар – жылына 1 200 млн дана; инфузияға арналған ерітінділер – жылына 18 млн құты"), "—"]]
    _span(rows, merges, g("В. Местоположение", "В. Орналасқан жері"), 4)
    rows += [["10", g("Адрес производственной площадки", "Өндірістік алаңның мекенжайы"), PLANT_SITE[k],
              g(f"акт на земельный участок, кад. № 22-330-{r.randint(10, 99):03d}-{r.randint(1000, 1999)}", f"жер учаскесіне акт, кад. № 22-330-{r.randint(10, 99):03d}-{r.randint(1000, 1999)}")],
             ["11", g("Код КАТО", "ҚАТО коды"), kato, ""],
             ["12", g("Географические координаты центра площадки", "Алаң орталығының географиялық координаттары"), f"{lat_t}, {lon_t}", "WGS-84"],
             ["13", g("Площадь территории", "Аумақтың ауданы"), g("6,82 га (застроенная – 2,91 га)", "6,82 га (құрылыс салынған – 2,91 га)"), ""],
             ["14", g("Расстояние до ближайшей жилой застройки", "Ең жақын тұрғын үйлерге дейінгі қашықтық"),
              g(f"{r.randint(52, 78) * 10} м (мкр. «Тассай», на северо-восток)", f"{r.randint(52, 78) * 10} м («Тассай» ш/а, солтүстік-шығысқа қарай)"), ""]]
    _span(rows, merges, g("Г. Экологическая характеристика", "Г. Экологиялық сипаттама"), 4)
    rows += [["15", g("Категория объекта", "Объектінің санаты"), "II", g("раздел 2 приложения 2 к Экологическому кодексу РК", "ҚР Экология кодексінің 2-қосымшасының 2-бөлімі")],
             ["16", g("Класс по санитарной классификации, размер СЗЗ", "Санитариялық жіктеу бойынша сыныбы, СҚА мөлшері"), g("III класс, 300 м", "III сынып, 300 м"),
              g("санитарно-эпидемиологическое заключение от 11.11.2022", "2022 ж. 11.11. санитариялық-эпидемиологиялық қорытынды")],
             ["17", g("Действующее разрешение на эмиссии", "Эмиссияларға қолданыстағы рұқсат"),
              g(f"№ {permit} от 20.03.2023, до 31.12.2032", f"2023 ж. 20.03. № {permit}, 31.12.2032 дейін"), ""]]
    doc.table(g("Таблица 1.1 – Реквизиты оператора и характеристика объекта", "1.1-кесте – Оператордың деректемелері және объектінің сипаттамасы"),
              rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": PLANT_KEY[k], "kato": kato, "oked": "21200", "category": "II", "lat": lat, "lon": lon})
    doc.table(g("Таблица 1.2 – Номенклатура выпускаемой продукции", "1.2-кесте – Шығарылатын өнім номенклатурасы"), [
        g(["Лекарственная форма", "Ед. изм.", "2024 г.", "2025 г."], ["Дәрілік түр", "Өлш. бірл.", "2024 ж.", "2025 ж."]),
        g(["Таблетки, в т.ч. покрытые оболочкой", "млн шт.", num(r.randint(610, 780), doc.lang), num(r.randint(790, 980), doc.lang)],
          ["Таблеткалар, оның ішінде қабықпен қапталған", "млн дана", num(r.randint(610, 780), doc.lang), num(r.randint(790, 980), doc.lang)]),
        g(["Растворы для инфузий (флаконы 100–500 мл)", "млн фл.", num(r.randint(9, 12), doc.lang), num(r.randint(13, 16), doc.lang)],
          ["Инфузияға арналған ерітінділер (100–500 мл құтылар)", "млн құты", num(r.randint(9, 12), doc.lang), num(r.randint(13, 16), doc.lang)]),
        g(["Порошки в саше", "млн шт.", num(r.randint(20, 40), doc.lang), num(r.randint(40, 60), doc.lang)],
          ["Саше ұнтақтары", "млн дана", num(r.randint(20, 40), doc.lang), num(r.randint(40, 60), doc.lang)]),
    ], role="other")
    maybe_distractor(doc, 0.3)


VN_PHARMA = ("Công ty Cổ phần Dược phẩm Thiên Phúc", "Công ty TNHH Dược phẩm Sao Mai Việt")
VN_PLANT = "Nhà máy sản xuất thuốc đạt tiêu chuẩn EU-GMP VSIP II-A"


def _facility_jz1_vi(doc: Doc) -> None:
    r = doc.rng
    company = doc.pick(VN_PHARMA)
    msdn = make_msdn(r)
    lat_t, lat = _dms(11.0988 + r.uniform(-0.003, 0.003), "vi", True)
    lon_t, lon = _dms(106.7215 + r.uniform(-0.003, 0.003), "vi", False)
    doc.h(f"CHƯƠNG I. THÔNG TIN CHUNG VỀ CƠ SỞ – {company.upper()}")
    doc.p("Chủ cơ sở có trụ sở chính tại TP. Hồ Chí Minh và một nhà máy sản xuất; hoạt động tại trụ sở chính là văn phòng, không phát sinh "
          "nước thải, khí thải công nghiệp.")
    rep = doc.pick(("Ông Lê Hoàng Phúc", "Bà Trần Thị Ngọc Hân", "Ông Võ Minh Khang"))
    rows = [["TT", "Thông tin", "Trụ sở chính", "Nhà máy sản xuất"],
            ["1", "Tên", company, VN_PLANT],
            ["2", "Mã số doanh nghiệp", f"{msdn} (đăng ký lần đầu ngày 12/4/2006, thay đổi lần thứ 11 ngày 03/02/2025)", None],
            ["3", "Người đại diện theo pháp luật", f"{rep} – Tổng Giám đốc", None],
            ["4", "Địa chỉ", "Số 58 Nguyễn Văn Trỗi, phường Phú Nhuận, TP. Hồ Chí Minh",
             "Lô C-7, đường số 12, KCN VSIP II-A, phường Vĩnh Tân, TP. Hồ Chí Minh (trước ngày 01/7/2025: xã Vĩnh Tân, thị xã Tân Uyên, tỉnh Bình Dương)"],
            ["5", "Điện thoại", f"028 3844 {r.randint(1000, 9999)}", f"0274 3628 {r.randint(100, 999)}"],
            ["6", "Tọa độ (WGS-84)", "-", f"{lat_t}; {lon_t}"],
            ["7", "Tọa độ VN-2000 (KTT 105°45', múi chiếu 3°)", "-", f"X = {num(1227000 + r.randint(0, 900), 'vi')} m; Y = {num(613000 + r.randint(0, 900), 'vi')} m"],
            ["8", "Ngành nghề kinh doanh chính (VSIC)", "4649 – Bán buôn đồ dùng khác cho gia đình", "2100 – Sản xuất thuốc, hóa dược và dược liệu"],
            ["9", "Giấy chứng nhận GMP", "-", f"EU-GMP số {r.randint(100, 999)}/2024/GMP ngày 18/6/2024"],
            ["10", "Phân loại theo tiêu chí môi trường", "-", "Nhóm II (số thứ tự 2, Phụ lục IV ban hành kèm theo Nghị định số 08/2022/NĐ-CP)"],
            ["11", "Giấy phép môi trường", "-", f"Số {r.randint(100, 999)}/GPMT-UBND ngày 15/9/2023 của UBND tỉnh Bình Dương"]]
    merges = [(2, 2, 2, 3), (3, 2, 3, 3)]
    doc.table("Bảng 1.1. Thông tin về chủ cơ sở và cơ sở", rows, merges, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": "VSIP II-A", "category": "II", "lat": lat, "lon": lon})
    doc.table("Bảng 1.2. Công suất sản xuất của nhà máy", [
        ["TT", "Sản phẩm", "Đơn vị", "Công suất thiết kế", "Sản lượng năm 2025"],
        ["1", "Thuốc viên nén, viên bao phim", "triệu viên/năm", num(1500, "vi"), num(r.randint(900, 1300), "vi")],
        ["2", "Thuốc viên nang cứng", "triệu viên/năm", num(400, "vi"), num(r.randint(200, 360), "vi")],
        ["3", "Thuốc bột, cốm pha hỗn dịch", "triệu gói/năm", num(60, "vi"), num(r.randint(30, 55), "vi")],
    ], role="other")
    maybe_distractor(doc, 0.3)


# (RU, KK site, RU, KK key, RU, KK address, KATO prefix, lat, lon, RU, KK unit, kg/h, category, year)
MW_SITES = (
    ("Центр термического обезвреживания медицинских отходов «Кызылорда»", "«Қызылорда» медициналық қалдықтарды термиялық залалсыздандыру орталығы",
     "Кызылорда", "Қызылорда", "г. Кызылорда, промзона «Тасбөгет», ул. Сырдарьинская, 7", "Қызылорда қ., «Тасбөгет» өнеркәсіп аймағы, Сырдария к-сі, 7",
     "4310", 44.8012, 65.5391, "ИН-50.1 (2 ед.)", "ИН-50.1 (2 бірл.)", "2 × 50", "II", 2017),
    ("Участок обезвреживания медицинских отходов «Аральск»", "«Арал» медициналық қалдықтарды залалсыздандыру учаскесі", "Аральск", "Арал",
     "Аральский район, г. Аральск, ул. Промышленная, 3", "Арал ауданы, Арал қ., Өнеркәсіп к-сі, 3", "4332", 46.7921, 61.6784,
     "ИН-50.1", "ИН-50.1", "50", "II", 2019),
    ("Участок обезвреживания медицинских отходов «Жанакорган»", "«Жаңақорған» медициналық қалдықтарды залалсыздандыру учаскесі", "Жанакорган",
     "Жаңақорған", "Жанакорганский район, п. Жанакорган, ул. Абая, 210", "Жаңақорған ауданы, Жаңақорған к., Абай к-сі, 210", "4344", 43.9103, 67.2482,
     "ИН-50.1", "ИН-50.1", "50", "II", 2021),
    ("Пункт временного хранения медицинских отходов «Шиели»", "«Шиелі» медициналық қалдықтарды уақытша сақтау пункті", "Шиели", "Шиелі",
     "Шиелийский район, п. Шиели, ул. Байтурсынова, 41", "Шиелі ауданы, Шиелі к., Байтұрсынов к-сі, 41", "4360", 44.1741, 66.7462,
     "—", "—", "—", "III", 2022),
)  # fmt: skip


def facility_jz2(doc: Doc) -> None:
    """A regional medical-waste operator's register of its sites kept for the oblast's health department: one row a site,
    the site's name, address, KATO, latitude and longitude as sub-columns of a merged header in decimal degrees with a comma,
    the incinerator's make and its kg an hour under another merged header, the year it was put in service, the category and
    the permit; the operator's name and BIN only in the paragraph above the table, a storage point of category III with no
    incinerator; the medical organisations served in a table of no role (VI: the hospital and health centres of an
    incineration cluster in Đắk Lắk, each with its own tax code, coordinates under a merged header, beds and kg a day of
    infectious waste as look-alikes, its role in the cluster)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_jz2_vi(doc)
        return
    g = _rk(doc)
    k = 0 if doc.lang == "ru" else 1
    bin_ = make_bin(r)
    op = g("ТОО «Сыр Мед Экология»", "«Сыр Мед Экология» ЖШС")
    doc.h(g("Реестр объектов по обезвреживанию медицинских отходов", "Медициналық қалдықтарды залалсыздандыру объектілерінің тізілімі"))
    doc.p(g(f"Оператор: {op}, БИН {bin_}, г. Кызылорда, ул. Желтоксан, 12, тел. 8 (7242) {r.randint(20, 29)}-{r.randint(10, 99)}-{r.randint(10, 99)}. "
            "Реестр представляется в Управление здравоохранения Кызылординской области ежегодно до 15 января.",
            f"Оператор: {op}, БСН {bin_}, Қызылорда қ., Желтоқсан к-сі, 12, тел. 8 (7242) {r.randint(20, 29)}-{r.randint(10, 99)}-{r.randint(10, 99)}. "
            "Тізілім Қызылорда облысының денсаулық сақтау басқармасына жыл сайын 15 қаңтарға дейін ұсынылады."))
    rows = [g(["№", "Объект", "Адрес", "Код КАТО", "Координаты (WGS-84), град.", None, "Установка обезвреживания", None, "Год ввода",
               "Категория объекта", "Разрешительный документ"],
              ["№", "Объект", "Мекенжайы", "ҚАТО коды", "Координаттары (WGS-84), град.", None, "Залалсыздандыру қондырғысы", None, "Пайдалануға берілген жылы",
               "Объектінің санаты", "Рұқсат беру құжаты"]),
            [None] * 4 + g(["широта", "долгота", "марка", "производительность, кг/ч"], ["ендік", "бойлық", "маркасы", "өнімділігі, кг/сағ"]) + [None] * 3]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 8, 9, 10)] + [(0, 4, 0, 5), (0, 6, 0, 7)]
    for n, s in enumerate(MW_SITES, 1):
        kato = _kato(doc, s[6])
        lat, lon = round(s[7] + r.uniform(-0.003, 0.003), 4), round(s[8] + r.uniform(-0.003, 0.003), 4)
        paper = (g(f"разрешение № KZ{r.randint(10, 99)}VCZ{r.randint(10**7, 10**8 - 1):08d}", f"№ KZ{r.randint(10, 99)}VCZ{r.randint(10**7, 10**8 - 1):08d} рұқсат")
                 if s[12] == "II" else g("декларация о воздействии", "әсер ету туралы декларация"))
        rows.append([str(n), s[k], s[4 + k], kato, num(lat, doc.lang, group=False), num(lon, doc.lang, group=False), s[9 + k], s[11], str(s[13]), s[12], paper])
        doc.add("facilities", {"bin": bin_, "name_contains": s[2 + k], "kato": kato, "category": s[12], "lat": lat, "lon": lon})
    doc.table(g("Таблица 1 – Объекты оператора", "1-кесте – Оператордың объектілері"), rows, merges, role="facility")
    doc.p(g("Примечание: в п. Шиели отходы класса Б и В хранятся в холодильной камере не более 72 часов и вывозятся на участок «Жанакорган».",
            "Ескерту: Шиелі к. Б және В сыныпты қалдықтар тоңазытқыш камерада 72 сағаттан аспай сақталады және «Жаңақорған» учаскесіне шығарылады."))
    doc.table(g("Таблица 2 – Обслуживаемые медицинские организации", "2-кесте – Қызмет көрсетілетін медициналық ұйымдар"), [
        g(["Район (город)", "Количество организаций", "Договорной объем, т/год"], ["Аудан (қала)", "Ұйымдар саны", "Шарттық көлем, т/жыл"]),
        [g("г. Кызылорда", "Қызылорда қ."), str(r.randint(40, 60)), num(r.randint(300, 420), doc.lang)],
        [g("Аральский район", "Арал ауданы"), str(r.randint(8, 15)), num(r.randint(30, 60), doc.lang)],
        [g("Жанакорганский и Шиелийский районы", "Жаңақорған және Шиелі аудандары"), str(r.randint(12, 20)), num(r.randint(40, 80), doc.lang)],
    ], role="other")


# (VI name, key, lat, lon, beds, kg/day, role)
VN_CLUSTER = (
    ("Bệnh viện Đa khoa Hòa Phước", "Hòa Phước", 12.6874, 108.0512, 620, 310, "Cơ sở xử lý của cụm (lò đốt 100 kg/giờ)"),
    ("Trung tâm Y tế khu vực Cư M'gar", "Cư M'gar", 12.8531, 108.0744, 180, 46, "Gửi chất thải về cơ sở xử lý"),
    ("Trung tâm Y tế khu vực Krông Búk", "Krông Búk", 12.9227, 108.2318, 150, 38, "Gửi chất thải về cơ sở xử lý"),
    ("Phòng khám Đa khoa Thiện Tâm Ban Mê", "Thiện Tâm", 12.6702, 108.0409, 0, 9, "Gửi chất thải về cơ sở xử lý"),
)


def _facility_jz2_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("PHỤ LỤC. DANH SÁCH CÁC CƠ SỞ Y TẾ THUỘC CỤM XỬ LÝ CHẤT THẢI Y TẾ LÂY NHIỄM SỐ 2")
    doc.p("(Kèm theo Kế hoạch thu gom, vận chuyển và xử lý chất thải y tế nguy hại trên địa bàn tỉnh Đắk Lắk năm 2026 của Sở Y tế.) "
          "Chất thải lây nhiễm của các cơ sở trong cụm được vận chuyển bằng xe chuyên dụng về lò đốt của Bệnh viện Đa khoa Hòa Phước.")
    rows = [["TT", "Tên cơ sở y tế", "Mã số thuế", "Địa chỉ", "Tọa độ (WGS-84)", None, "Số giường bệnh", "CTYT lây nhiễm (kg/ngày)", "Vai trò trong cụm"],
            [None, None, None, None, "Vĩ độ", "Kinh độ", None, None, None]]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 6, 7, 8)] + [(0, 4, 0, 5)]
    places = ("phường Tân An, tỉnh Đắk Lắk", "xã Quảng Phú, tỉnh Đắk Lắk", "phường Buôn Hồ, tỉnh Đắk Lắk", "phường Buôn Ma Thuột, tỉnh Đắk Lắk")
    for n, (name, key, la, lo, beds, kg, role) in enumerate(VN_CLUSTER, 1):
        mst = f"60{r.randint(0, 99999999):08d}"  # Đắk Lắk's tax codes begin with 60
        lat, lon = round(la + r.uniform(-0.002, 0.002), 5), round(lo + r.uniform(-0.002, 0.002), 5)
        rows.append([str(n), name, mst, places[n - 1], num(lat, "vi", group=False), num(lon, "vi", group=False), str(beds) if beds else "-",
                     num(kg + r.randint(-3, 3), "vi"), role])
        doc.add("facilities", {"bin": mst, "name_contains": key, "lat": lat, "lon": lon})
    doc.table("Bảng 1. Các cơ sở y tế trong cụm", rows, merges, role="facility")
    doc.p("Ghi chú: khối lượng chất thải lây nhiễm tính bình quân năm 2025 theo sổ giao nhận chất thải.")
    maybe_distractor(doc, 0.4)


# ---------------------------------------------------------------- emissions

# ((RU, KK shop), [(number, RU, KK release, hours, height, diameter or None, (RU, KK cleaning) or None, {code: (low, high) g/s})])
PHARMA_SHOPS = (
    (("Котельная", "Қазандық"), [
        ("0001", "Котлы Buderus Logano SK755, 2 шт. (природный газ)", "Buderus Logano SK755 қазандықтары, 2 дана (табиғи газ)", 5400, 18, 0.5, None,
         {"0301": (0.08, 0.2), "0304": (0.012, 0.03), "0337": (0.1, 0.3)})]),
    (("Цех твердых лекарственных форм", "Қатты дәрілік түрлер цехы"), [
        ("0002", "Грануляция и сушка в псевдоожиженном слое", "Түйіршіктеу және жалған сұйылтылған қабатта кептіру", 4000, 14, 0.4,
         ("рукавный фильтр + HEPA", "жеңді сүзгі + HEPA"), {"3068": (0.0006, 0.002), "2966": (0.001, 0.004), "2967": (0.0008, 0.003)}),
        ("0003", "Таблетирование и обеспыливание таблеток", "Таблеткалау және таблеткаларды шаңсыздандыру", 4000, 14, 0.3,
         ("рукавный фильтр", "жеңді сүзгі"), {"3068": (0.0004, 0.0015), "2967": (0.0005, 0.002)}),
        ("0004", "Нанесение пленочного покрытия (коатеры, 3 шт.)", "Қабықша жабынын жағу (коатерлер, 3 дана)", 3600, 16, 0.35,
         ("адсорбер (активированный уголь)", "адсорбер (белсендірілген көмір)"), {"1061": (0.05, 0.15), "1051": (0.03, 0.09)})]),
    (("Цех стерильных растворов", "Стерильді ерітінділер цехы"), [
        ("0005", "Этиленоксидный стерилизатор", "Этиленоксидті стерилизатор", 1200, 12, 0.15, ("каталитический нейтрализатор", "каталитикалық бейтараптандырғыш"),
         {"1611": (0.0002, 0.001)})]),
    (("Контрольно-аналитическая лаборатория", "Бақылау-талдау зертханасы"), [
        ("0006", "Вытяжные шкафы, 6 шт.", "Сорғыш шкафтар, 6 дана", 2000, 11, 0.3, None,
         {"0316": (0.0005, 0.002), "1555": (0.001, 0.004), "1401": (0.002, 0.006), "1052": (0.001, 0.003)})]),
    (("Вспомогательные объекты", "Қосалқы объектілер"), [
        ("0007", "Резервная дизельная электростанция AKSA AD-275", "AKSA AD-275 резервтік дизельдік электр станциясы", 200, 5, 0.15, None,
         {"0301": (0.3, 0.6), "0304": (0.05, 0.1), "0328": (0.02, 0.05), "0330": (0.04, 0.09), "0337": (0.25, 0.5), "2754": (0.06, 0.12)}),
        ("6001", "Автостоянка и погрузочная рампа", "Автотұрақ және тиеу рампасы", 2500, 2, None, None, {"0301": (0.002, 0.006), "0337": (0.01, 0.03), "2704": (0.004, 0.01)}),
        ("6002", "Локальные очистные сооружения (усреднитель, нейтрализатор)", "Жергілікті тазарту құрылыстары (орташаландырғыш, бейтараптандырғыш)",
         8760, 2, None, None, {"0303": (0.0005, 0.002), "0333": (0.00005, 0.0002)})]),
)  # fmt: skip


def emissions_jz1(doc: Doc) -> None:
    """A pharmaceutical plant's table of the parameters of its emissions as the НДВ software prints it: the shop merged down
    over its sources, the source of release with its hours a year, the source's number, height and mouth diameter, the gas
    velocity, volume and temperature under a merged header, the map coordinates X1 and Y1 in metres, the cleaning unit, then
    the code, the name and `г/с | мг/нм³ | т/год` under a merged header: three header rows, the last the columns' numbers,
    no hazard class, the concentration as a look-alike of the rates, the plant's total last (VI: an EIA's table of loads in
    a construction and an operation section, the source merged down over its pollutants, the emission factor beside the
    loads, the tonnes over the 14 months of construction and per year of operation told apart only by the note)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_jz1_vi(doc)
        return
    g = _rk(doc)
    k = 0 if doc.lang == "ru" else 1
    op = doc.pick(PHARMA_OPS)[k]
    doc.h(g(f"Проект нормативов допустимых выбросов. {op}, завод лекарственных форм (г. Шымкент)",
            f"Жол берілетін шығарындылар нормативтерінің жобасы. {op}, дәрілік түрлер зауыты (Шымкент қ.)"))
    doc.p(g("Координаты источников даны в локальной системе карты-схемы предприятия (начало – юго-западный угол ограждения), м.",
            "Көздердің координаттары кәсіпорынның карта-сызбасының жергілікті жүйесінде берілген (бастауы – қоршаудың оңтүстік-батыс бұрышы), м."))
    head0 = g(["Цех", "Источник выделения ЗВ", None, "№ ИЗА", "Высота ИЗА, м", "Диаметр устья, м", "Параметры ГВС на выходе из ИЗА", None, None,
               "Координаты на карте-схеме, м", None, "Газоочистная установка", "Код ЗВ", "Наименование ЗВ", "Выбросы ЗВ", None, None],
              ["Цех", "ЛЗ бөліну көзі", None, "ЛШК №", "ЛШК биіктігі, м", "Сағасының диаметрі, м", "ЛШК шығысындағы ГАҚ параметрлері", None, None,
               "Карта-сызбадағы координаттар, м", None, "Газ тазарту қондырғысы", "ЛЗ коды", "ЛЗ атауы", "ЛЗ шығарындылары", None, None])
    head1 = g([None, "наименование", "часов работы в году", None, None, None, "скорость, м/с", "объем, м³/с", "температура, °С", "X1", "Y1", None, None,
               None, "г/с", "мг/нм³", "т/год"],
              [None, "атауы", "жылдағы жұмыс сағаты", None, None, None, "жылдамдығы, м/с", "көлемі, м³/с", "температурасы, °С", "X1", "Y1", None, None,
               None, "г/с", "мг/нм³", "т/жыл"])
    rows = [head0, head1, [str(c) for c in range(1, 18)]]
    merges = [(0, c, 1, c) for c in (0, 3, 4, 5, 11, 12, 13)] + [(0, 1, 0, 2), (0, 6, 0, 8), (0, 9, 0, 10), (0, 14, 0, 16)]
    sum_g = sum_t = 0.0
    numbers = []
    for shop, sources in PHARMA_SHOPS:
        shop_start = len(rows)
        for number, n_ru, n_kk, hours, height, diam, clean, codes in sources:
            start = len(rows)
            if diam:
                w = round(r.uniform(6, 12), 1)
                vol = round(math.pi * diam * diam / 4 * w, 3)
                params = [num(diam, doc.lang), num(w, doc.lang), num(vol, doc.lang), str(r.randint(20, 45) if number != "0007" else r.randint(380, 460))]
            else:
                vol = None
                params = ["–", "–", "–", g("атм.", "атм.")]
            x, y = r.randint(40, 480), r.randint(30, 360)
            for j, (c, (lo, hi)) in enumerate(codes.items()):
                gs = _sig(r.uniform(lo, hi), 3)
                ty = _sig(gs * 3600 * hours * r.uniform(0.7, 0.95) / 1e6, 3)
                conc = num(_sig(gs * 1000 / vol, 3), doc.lang) if vol else "–"
                first = j == 0
                rows.append([shop[k] if start == shop_start and first else None,
                             (n_ru, n_kk)[k] if first else None, num(hours, doc.lang) if first else None, number if first else None,
                             str(height) if first else None, params[0] if first else None, params[1] if first else None,
                             params[2] if first else None, params[3] if first else None, str(x) if first else None, str(y) if first else None,
                             (clean[k] if clean else "–") if first else None, c, _air(doc, c), num(gs, doc.lang), conc, num(ty, doc.lang)])
                doc.add("emissions", emission(c, gs, ty, number))
                sum_g += gs
                sum_t += ty
            if len(codes) > 1:
                merges += [(start, c, len(rows) - 1, c) for c in range(1, 12)]
            numbers.append(number)
        if len(rows) - 1 > shop_start:
            merges.append((shop_start, 0, len(rows) - 1, 0))
    rows.append([g("Итого по предприятию:", "Кәсіпорын бойынша барлығы:")] + [None] * 13 + [num(round(sum_g, 5), doc.lang), "", num(round(sum_t, 4), doc.lang)])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 13))
    doc.table(g("Таблица 3.3 – Параметры выбросов загрязняющих веществ в атмосферу для расчета нормативов допустимых выбросов",
                "3.3-кесте – Жол берілетін шығарындылар нормативтерін есептеуге арналған атмосфераға ластаушы заттар шығарындыларының параметрлері"),
              rows, merges, role="emissions")
    doc.add("sources", *({"number": n, "type": "unorganized" if n.startswith("6") else "organized"} for n in numbers))
    doc.p(g("Примечание: концентрации (гр. 16) приведены справочно при фактической температуре газа; для источников 6001, 6002 не определяются.",
            "Ескерту: концентрациялар (16-баған) газдың нақты температурасында анықтама үшін келтірілген; 6001, 6002 көздері үшін анықталмайды."))
    maybe_distractor(doc)


# (VI source, [(code, factor text, (low, high) g/s)]) per phase
VN_EIA = (
    ("construction", "A. GIAI ĐOẠN THI CÔNG XÂY DỰNG (14 tháng)", [
        ("San nền, đào móng, tập kết vật liệu", [("2902", "0,075 kg/tấn đất", (0.05, 0.15))]),
        ("Xe tải vận chuyển vật liệu (10–16 tấn, 22 lượt/ngày)", [("2902", "0,9 kg/1.000 km", (0.002, 0.006)), ("0330", "4,29S kg/1.000 km", (0.0002, 0.0008)),
                                                                  ("0301", "11,8 kg/1.000 km", (0.01, 0.03)), ("0337", "6 kg/1.000 km", (0.006, 0.02))]),
        ("Máy móc thi công sử dụng dầu DO", [("0301", "0,0185 kg/kWh", (0.05, 0.12)), ("0337", "0,0051 kg/kWh", (0.015, 0.04))])]),
    ("operation", "B. GIAI ĐOẠN VẬN HÀNH", [
        ("Lò hơi đốt dầu DO 2 tấn hơi/giờ", [("2902", "0,28 kg/m³ dầu", (0.01, 0.03)), ("0330", "20S kg/m³ dầu", (0.02, 0.06)),
                                             ("0301", "2,4 kg/m³ dầu", (0.08, 0.2)), ("0337", "0,6 kg/m³ dầu", (0.02, 0.05))]),
        ("Khu vực pha chế, xát hạt, dập viên (sau lọc HEPA)", [("2902", "0,01 % nguyên liệu", (0.001, 0.004))]),
        ("Khu vực bao phim (hơi dung môi)", [("1061", "5 % lượng dung môi", (0.02, 0.07))]),
        ("Máy phát điện dự phòng 500 kVA", [("0301", "0,0185 kg/kWh", (0.2, 0.4)), ("0337", "0,0051 kg/kWh", (0.05, 0.12))])]),
)  # fmt: skip


def _emissions_jz1_vi(doc: Doc) -> None:
    r = doc.rng
    company = doc.pick(VN_PHARMA)
    doc.h(f"BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG – DỰ ÁN MỞ RỘNG NHÀ MÁY SẢN XUẤT THUỐC VSIP II-A ({company.upper()})")
    doc.h("3.1.1. Tải lượng bụi, khí thải phát sinh")
    doc.p("Hệ số phát thải theo Tổ chức Y tế Thế giới (WHO, 1993) và AP-42 của US EPA; S – hàm lượng lưu huỳnh trong dầu DO (0,05 %).")
    rows = [["TT", "Nguồn phát sinh", "Chất ô nhiễm", "Hệ số phát thải", "Tải lượng (g/s)", "Tổng tải lượng (tấn)(*)"]]
    merges = []
    n = 0
    for period, section, sources in VN_EIA:
        _span(rows, merges, section, 6)
        months = 14 if period == "construction" else 12
        hours = months * 26 * 8 if period == "construction" else 300 * 16
        for name, items in sources:
            n += 1
            start = len(rows)
            for j, (c, factor, (lo, hi)) in enumerate(items):
                gs = _sig(r.uniform(lo, hi), 3)
                ty = _sig(gs * 3600 * hours / 1e6, 3)
                rows.append([str(n) if j == 0 else None, name if j == 0 else None, VN[c], factor, num(gs, "vi"), num(ty, "vi")])
                doc.add("emissions", emission(c, gs, ty, None, None, period))
            if len(items) > 1:
                merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    doc.table("Bảng 3.2. Tải lượng các chất ô nhiễm không khí của dự án", rows, merges, role="emissions")
    doc.p("(*) Giai đoạn thi công: tấn/cả giai đoạn (14 tháng, 26 ngày/tháng, 8 giờ/ngày); giai đoạn vận hành: tấn/năm (300 ngày, 16 giờ/ngày).")
    maybe_distractor(doc)


# (number, RU, KK source, hours, [(code, (low, high) g/s after cleaning, efficiency %)])
INCIN_SOURCES = (
    ("0001", "Дымовая труба инсинератора ИН-50.1 № 1 (циклон, скруббер)", "№ 1 ИН-50.1 инсинераторының түтін мұржасы (циклон, скруббер)", 2600, [
        ("2902", (0.01, 0.03), 90), ("0316", (0.004, 0.012), 80), ("0342", (0.0004, 0.001), 80), ("0330", (0.008, 0.02), 60),
        ("0301", (0.03, 0.06), 0), ("0304", (0.005, 0.01), 0), ("0337", (0.01, 0.04), 0), ("0183", (0.00001, 0.00004), 50),
        ("0184", (0.00002, 0.00006), 90), ("3620", (1e-10, 6e-10), 0)]),
    ("0002", "Дымовая труба инсинератора ИН-50.1 № 2 (циклон, скруббер)", "№ 2 ИН-50.1 инсинераторының түтін мұржасы (циклон, скруббер)", 1800, [
        ("2902", (0.01, 0.03), 90), ("0316", (0.004, 0.012), 80), ("0330", (0.008, 0.02), 60), ("0301", (0.03, 0.06), 0),
        ("0337", (0.01, 0.04), 0), ("0183", (0.00001, 0.00004), 50), ("3620", (1e-10, 6e-10), 0)]),
    ("0003", "Выхлопная труба резервного дизель-генератора", "Резервтік дизель-генератордың шығару құбыры", 150, [
        ("0301", (0.1, 0.25), 0), ("0304", (0.015, 0.04), 0), ("0328", (0.008, 0.02), 0), ("0337", (0.1, 0.2), 0)]),
    ("6001", "Резервуар дизельного топлива для горелок, V = 10 м³", "Жанарғыларға арналған дизель отыны резервуары, V = 10 м³", 8760, [
        ("0333", (0.000005, 0.00002), 0), ("2754", (0.002, 0.006), 0)]),
    ("6002", "Выгрузка и затаривание золы", "Күлді түсіру және қапқа салу", 300, [("2908", (0.004, 0.012), 0)]),
)  # fmt: skip


def emissions_jz2(doc: Doc) -> None:
    """A medical-waste operator's inventory of emissions at its incineration centre: the source's number and name merged down
    over its substances, the code, the name and the hazard class, the emission before cleaning and the emission let into the
    air after it as two `г/с | т/год` pairs under merged headers with the cleaning efficiency between them (a dash where there
    is no cleaning), mercury, lead and dioxins written `3,2E-10`, the total; the cleaning units in a table of no role (VI: a
    provincial hospital's loads with the incinerator's stack and the generator as column pairs `g/s | tấn/năm`, dashes where a
    source gives no such pollutant, a total column summing the tonnes of both)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_jz2_vi(doc)
        return
    g = _rk(doc)
    k = 0 if doc.lang == "ru" else 1
    doc.h(g("Отчет по инвентаризации выбросов загрязняющих веществ. Центр термического обезвреживания медицинских отходов «Кызылорда»",
            "«Қызылорда» медициналық қалдықтарды термиялық залалсыздандыру орталығы. Ластаушы заттар шығарындыларын түгендеу есебі"))
    doc.p(g("Оператор – ТОО «Сыр Мед Экология». Производительность каждого инсинератора – 50 кг/ч; в 2025 году сожжено 412,6 т отходов классов Б, В и Г.",
            "Оператор – «Сыр Мед Экология» ЖШС. Әр инсинератордың өнімділігі – 50 кг/сағ; 2025 жылы Б, В және Г сыныпты 412,6 т қалдық жағылды."))
    rows = [g(["№ ИЗА", "Наименование источника", "Код ЗВ", "Наименование ЗВ", "Класс опасности", "Выброс до очистки", None, "КПД очистки, %",
               "Выброс в атмосферу (после очистки)", None],
              ["ЛШК №", "Көздің атауы", "ЛЗ коды", "ЛЗ атауы", "Қауіптілік сыныбы", "Тазартуға дейінгі шығарынды", None, "Тазарту ПӘК, %",
               "Атмосфераға шығарынды (тазартудан кейін)", None]),
            [None] * 5 + g(["г/с", "т/год"], ["г/с", "т/жыл"]) + [None] + g(["г/с", "т/год"], ["г/с", "т/жыл"])]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 4, 7)] + [(0, 5, 0, 6), (0, 8, 0, 9)]
    sum_g = sum_t = 0.0
    for number, n_ru, n_kk, hours, items in INCIN_SOURCES:
        start = len(rows)
        for j, (c, (lo, hi), eff) in enumerate(items):
            gs = float(f"{r.uniform(lo, hi):.2e}") if hi < 1e-4 else _sig(r.uniform(lo, hi), 3)
            ty = float(f"{gs * 3600 * hours / 1e6:.2e}") if gs * 3600 * hours / 1e6 < 1e-4 else _sig(gs * 3600 * hours / 1e6, 3)
            before = [_fig(_sig(gs / (1 - eff / 100), 3), doc.lang), _fig(_sig(ty / (1 - eff / 100), 3), doc.lang)] if eff else [_fig(gs, doc.lang), _fig(ty, doc.lang)]
            hz = _hz(c)
            rows.append([number if j == 0 else None, (n_ru, n_kk)[k] if j == 0 else None, c, _air(doc, c), str(hz) if hz else "–", *before,
                         str(eff) if eff else "–", _fig(gs, doc.lang), _fig(ty, doc.lang)])
            doc.add("emissions", emission(c, gs, ty, number, hz))
            sum_g += gs
            sum_t += ty
        if len(items) > 1:
            merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    rows.append([g("Всего по объекту", "Объект бойынша барлығы")] + [None] * 7 + [num(round(sum_g, 4), doc.lang), num(round(sum_t, 4), doc.lang)])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 7))
    doc.table(g("Таблица 2.3 – Выбросы загрязняющих веществ в атмосферу по источникам за 2025 год",
                "2.3-кесте – 2025 жылғы көздер бойынша атмосфераға ластаушы заттар шығарындылары"), rows, merges, role="emissions")
    doc.add("sources", *({"number": s[0], "type": "unorganized" if s[0].startswith("6") else "organized"} for s in INCIN_SOURCES))
    doc.table(g("Таблица 2.4 – Характеристика газоочистного оборудования", "2.4-кесте – Газ тазарту жабдығының сипаттамасы"), [
        g(["№ ИЗА", "Оборудование", "КПД проектный, %", "КПД фактический, %", "Дата проверки"], ["ЛШК №", "Жабдық", "Жобалық ПӘК, %", "Нақты ПӘК, %", "Тексеру күні"]),
        ["0001", g("циклон ЦН-15, мокрый скруббер", "ЦН-15 циклоны, дымқыл скруббер"), "92", str(r.randint(88, 91)), f"{r.randint(10, 28)}.04.2025"],
        ["0002", g("циклон ЦН-15, мокрый скруббер", "ЦН-15 циклоны, дымқыл скруббер"), "92", str(r.randint(86, 91)), f"{r.randint(10, 28)}.04.2025"],
    ], role="other")
    doc.p(g("КПД очистки по диоксинам и оксидам азота не учитывается; выбросы ртути и свинца определены расчетным методом по удельным показателям.",
            "Диоксиндер мен азот оксидтері бойынша тазарту ПӘК ескерілмейді; сынап пен қорғасын шығарындылары меншікті көрсеткіштер бойынша есептік әдіспен анықталды."))


# code: ((low, high) g/s of the incinerator or None, (low, high) g/s of the generator or None)
VN_HOSP_LOADS = {
    "2902": ((0.01, 0.03), (0.005, 0.012)), "0316": ((0.003, 0.009), None), "0337": ((0.01, 0.03), (0.04, 0.09)),
    "0330": ((0.006, 0.015), (0.002, 0.006)), "0301": ((0.02, 0.05), (0.1, 0.2)), "0183": ((0.00001, 0.00003), None),
    "0184": ((0.00002, 0.00005), None), "3620": ((1e-10, 5e-10), None),
}


def _vn_small(value: float) -> str:
    """`2,4×10⁻¹⁰` as Vietnamese reports print the smallest figures."""
    if value >= 1e-4:
        return num(value, "vi")
    mant, _, power = f"{value:.2e}".partition("e")
    mant = mant.rstrip("0").rstrip(".")
    sup = str(int(power)).translate(str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻"))
    return f"{mant.replace('.', ',')}×10{sup}"


def _emissions_jz2_vi(doc: Doc) -> None:
    r = doc.rng
    hours = (2920, 120)
    doc.h("BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – BỆNH VIỆN ĐA KHOA HÒA PHƯỚC")
    doc.h("3.2. Tải lượng khí thải từ lò đốt chất thải rắn y tế và máy phát điện dự phòng")
    doc.p(f"Lò đốt hoạt động 8 giờ/ngày, 365 ngày/năm ({num(hours[0], 'vi')} giờ/năm); máy phát điện vận hành khi mất điện lưới, khoảng "
          f"{hours[1]} giờ/năm. Tải lượng tính từ kết quả quan trắc năm 2025 và lưu lượng khí thải thực tế.")
    rows = [["TT", "Thông số", "Lò đốt chất thải rắn y tế 100 kg/giờ (ống khói H = 20 m)", None, "Máy phát điện dự phòng 250 kVA", None, "Tổng cộng (tấn/năm)"],
            [None, None, "g/s", "tấn/năm", "g/s", "tấn/năm", None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 0, 5), (0, 6, 1, 6)]
    for n, (c, pair) in enumerate(VN_HOSP_LOADS.items(), 1):
        line, tot = [str(n), VN[c]], 0.0
        for (rng, h) in zip(pair, hours, strict=True):
            if rng is None:
                line += ["-", "-"]
                continue
            lo, hi = rng
            gs = float(f"{r.uniform(lo, hi):.2e}") if hi < 1e-4 else _sig(r.uniform(lo, hi), 3)
            ty = float(f"{gs * 3600 * h / 1e6:.2e}")
            line += [_vn_small(gs), _vn_small(ty)]
            doc.add("emissions", emission(c, gs, ty))
            tot += ty
        line.append(_vn_small(float(f"{tot:.3g}")))
        rows.append(line)
    doc.table("Bảng 3.4. Tải lượng các chất ô nhiễm trong khí thải", rows, merges, role="emissions")
    doc.p("Ghi chú: dioxin/furan tính theo độ độc tương đương (TEQ); \"-\": không phát sinh.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

# ((RU, KK section), class letter, [(code, RU, KK name, (RU, KK place), (low, high) t/year, (RU, KK handling))])
MED_CLASSES = (
    (("Класс А – эпидемиологически безопасные отходы", "А сыныбы – эпидемиологиялық қауіпсіз қалдықтар"), "А", [
        ("20 03 01", "Смешанные коммунальные отходы пищеблока и административных помещений", "Тамақ блогы мен әкімшілік үй-жайлардың аралас коммуналдық қалдықтары",
         ("пищеблок, администрация", "тамақ блогы, әкімшілік"), (60, 95), ("вывоз на полигон ТБО", "ҚТҚ полигонына шығару")),
        ("18 01 04", "Перевязочный материал и одноразовое белье, не загрязненные биологическими жидкостями",
         "Биологиялық сұйықтықтармен ластанбаған таңу материалы мен бір реттік іш киім", ("отделения", "бөлімшелер"), (4, 9),
         ("вывоз на полигон ТБО", "ҚТҚ полигонына шығару"))]),
    (("Класс Б – эпидемиологически опасные отходы", "Б сыныбы – эпидемиологиялық қауіпті қалдықтар"), "Б", [
        ("18 01 03*", "Материалы и инструменты, загрязненные кровью и биологическими жидкостями", "Қанмен және биологиялық сұйықтықтармен ластанған материалдар мен құралдар",
         ("хирургия, реанимация, лаборатория", "хирургия, реанимация, зертхана"), (12, 22), ("сжигание в инсинераторе ИН-50.1", "ИН-50.1 инсинераторында жағу")),
        ("18 01 01", "Острые предметы (иглы, скальпели) в КБУ", "ҚҚЖ-дағы өткір заттар (инелер, скальпельдер)", ("процедурные кабинеты", "емшара кабинеттері"),
         (1.5, 3.5), ("сжигание в инсинераторе ИН-50.1", "ИН-50.1 инсинераторында жағу")),
        ("18 01 02", "Органические операционные отходы (ткани, органы)", "Органикалық операциялық қалдықтар (тіндер, ағзалар)",
         ("операционный блок, патанатомия", "операциялық блок, патанатомия"), (0.8, 2.0), ("сжигание в инсинераторе ИН-50.1", "ИН-50.1 инсинераторында жағу"))]),
    (("Класс В – чрезвычайно эпидемиологически опасные отходы", "В сыныбы – төтенше эпидемиологиялық қауіпті қалдықтар"), "В", [
        ("18 01 03*", "Отходы фтизиатрического отделения и бактериологической лаборатории", "Фтизиатрия бөлімшесі мен бактериологиялық зертхананың қалдықтары",
         ("фтизиатрия, бактлаборатория", "фтизиатрия, бактзертхана"), (0.6, 1.6), ("автоклавирование, затем сжигание", "автоклавтау, содан кейін жағу"))]),
    (("Класс Г – токсикологически опасные отходы", "Г сыныбы – токсикологиялық қауіпті қалдықтар"), "Г", [
        ("18 01 06*", "Отработанные химические реактивы и дезинфицирующие средства", "Пайдаланылған химиялық реактивтер мен дезинфекциялық құралдар",
         ("лаборатория, ЦСО", "зертхана, ОСБ"), (0.2, 0.6), ("передача специализированной организации", "мамандандырылған ұйымға беру")),
        ("18 01 08*", "Цитостатические препараты с истекшим сроком годности", "Жарамдылық мерзімі өткен цитостатикалық препараттар",
         ("онкологическое отделение", "онкология бөлімшесі"), (0.02, 0.08), ("сжигание в инсинераторе ИН-50.1", "ИН-50.1 инсинераторында жағу")),
        ("18 01 09", "Лекарственные средства с истекшим сроком годности, кроме цитостатиков", "Цитостатиктерден басқа жарамдылық мерзімі өткен дәрілік заттар",
         ("аптека", "дәріхана"), (0.1, 0.4), ("сжигание в инсинераторе ИН-50.1", "ИН-50.1 инсинераторында жағу")),
        ("20 01 21*", "Ртутьсодержащие лампы и термометры", "Құрамында сынап бар шамдар мен термометрлер", ("все подразделения", "барлық бөлімшелер"),
         (0.05, 0.15), ("демеркуризация по договору", "шарт бойынша демеркуризациялау"))]),
    (("Класс Д – радиоактивные отходы", "Д сыныбы – радиоактивті қалдықтар"), "Д", []),
    (("Отходы инсинераторной установки", "Инсинератор қондырғысының қалдықтары"), "–", [
        ("19 01 11*", "Зола и шлак от сжигания медицинских отходов", "Медициналық қалдықтарды жағудан шыққан күл мен қож", ("инсинератор", "инсинератор"),
         (2.5, 5.0), ("захоронение на полигоне промышленных отходов", "өнеркәсіптік қалдықтар полигонында көму")),
        ("19 01 07*", "Твердые отходы газоочистки (отработанный сорбент)", "Газ тазартудың қатты қалдықтары (пайдаланылған сорбент)", ("инсинератор", "инсинератор"),
         (0.3, 0.9), ("передача специализированной организации", "мамандандырылған ұйымға беру"))]),
)  # fmt: skip


def _t3(x: float) -> float:
    return round(x, 1) if x >= 10 else round(x, 3)


def wastes_jz1(doc: Doc) -> None:
    """A regional hospital's medical wastes for its environmental report, under section rows of the sanitary classes А, Б,
    В, Г and Д: the class letter in the first cell of each row as a look-alike of a code, the List-of-Waste code, the name,
    the place of origin, kilograms a day beside tonnes a year under a merged header, how the waste is handled, a subtotal
    after each class, class Д as one row `не образуются` with dashes, the incinerator's ash and spent sorbent in a section of
    their own, `18 01 03*` on two wastes of different classes (VI: a hospital's yearly report of medical wastes, four infectious
    wastes under one code `13 01 01`, what it burnt or disinfected itself and what it handed over in kilograms under a merged
    header, subtotals per group, ordinary wastes without codes)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_jz1_vi(doc)
        return
    g = _rk(doc)
    k = 0 if doc.lang == "ru" else 1
    doc.h(g("Отчет о медицинских отходах за 2025 год. КГП на ПХВ «Кызылординская областная многопрофильная больница»",
            "«Қызылорда облыстық көпбейінді ауруханасы» ШЖҚ КМК. 2025 жылғы медициналық қалдықтар туралы есеп"))
    doc.p(g("Классы отходов указаны по санитарным правилам обращения с медицинскими отходами; коды – по Классификатору отходов (приказ № 314 от 06.08.2021). "
            "Коечный фонд – 540 коек.",
            "Қалдықтардың сыныптары медициналық қалдықтармен жұмыс істеу санитариялық қағидалары бойынша; кодтары – Қалдықтар сыныптауышы бойынша "
            "(06.08.2021 № 314 бұйрық). Төсек қоры – 540 төсек."))
    rows = [g(["Класс", "Код отхода", "Наименование отхода", "Место образования", "Образование", None, "Способ обращения"],
              ["Сынып", "Қалдық коды", "Қалдықтың атауы", "Түзілетін орны", "Түзілуі", None, "Жұмыс істеу тәсілі"]),
            [None] * 4 + g(["кг/сут", "т/год"], ["кг/тәул", "т/жыл"]) + [None]]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 6)] + [(0, 4, 0, 5)]
    for (s_ru, s_kk), letter, items in MED_CLASSES:
        _span(rows, merges, (s_ru, s_kk)[k], 7)
        if not items:
            rows.append([letter, "—", g("Не образуются", "Түзілмейді"), "—", "—", "—", "—"])
            continue
        tot = 0.0
        for code, n_ru, n_kk, place, (lo, hi), how in items:
            t = _t3(r.uniform(lo, hi))
            tot += t
            name = (n_ru, n_kk)[k]
            rows.append([letter, code, name, place[k], num(round(t * 1000 / 365, 1), doc.lang), num(t, doc.lang), how[k]])
            doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t, "name_contains": _words(name, 3)})
        label = g(f"Итого по классу {letter}", f"{letter} сыныбы бойынша барлығы") if letter != "–" else g("Итого по установке", "Қондырғы бойынша барлығы")
        rows.append(["", "", label, "", num(round(tot * 1000 / 365, 1), doc.lang), num(round(tot, 3), doc.lang), ""])
    doc.table(g("Таблица 4 – Образование медицинских отходов и обращение с ними", "4-кесте – Медициналық қалдықтардың түзілуі және олармен жұмыс істеу"),
              rows, merges, role="wastes")
    doc.p(g("Отходы класса В обеззараживаются в автоклаве ГК-100 перед сжиганием; зола вывозится по договору № 17/25 от 09.01.2025.",
            "В сыныпты қалдықтар жағу алдында ГК-100 автоклавында залалсыздандырылады; күл 09.01.2025 № 17/25 шарт бойынша шығарылады."))
    maybe_distractor(doc)


# (VI name, code or None, (low, high) kg, shares (burnt, disinfected, handed over), receiver)
VN_MED = (
    ("1. CHẤT THẢI LÂY NHIỄM", [
        ("Chất thải lây nhiễm sắc nhọn", "13 01 01", (2000, 3500), (1.0, 0.0, 0.0), "-"),
        ("Chất thải lây nhiễm không sắc nhọn", "13 01 01", (18000, 26000), (0.6, 0.4, 0.0), "-"),
        ("Chất thải có nguy cơ lây nhiễm cao", "13 01 01", (300, 800), (1.0, 0.0, 0.0), "-"),
        ("Chất thải giải phẫu", "13 01 01", (400, 900), (1.0, 0.0, 0.0), "-")]),
    ("2. CHẤT THẢI NGUY HẠI KHÔNG LÂY NHIỄM", [
        ("Hóa chất thải bao gồm hoặc có các thành phần nguy hại", "13 01 02", (150, 400), (0.0, 0.0, 1.0), "Công ty TNHH Môi trường Xanh Tây Nguyên"),
        ("Dược phẩm thải bỏ thuộc nhóm gây độc tế bào", "13 01 03", (20, 60), (0.0, 0.0, 1.0), "Công ty TNHH Môi trường Xanh Tây Nguyên"),
        ("Thiết bị y tế bị vỡ, hỏng có chứa thủy ngân", "13 03 02", (1, 5), (0.0, 0.0, 1.0), "Công ty TNHH Môi trường Xanh Tây Nguyên"),
        ("Bóng đèn huỳnh quang thải bỏ", "16 01 06", (30, 90), (0.0, 0.0, 1.0), "Công ty TNHH Môi trường Xanh Tây Nguyên"),
        ("Pin, ắc quy thải bỏ", "16 01 12", (20, 60), (0.0, 0.0, 1.0), "Công ty TNHH Môi trường Xanh Tây Nguyên")]),
    ("3. CHẤT THẢI RẮN THÔNG THƯỜNG", [
        ("Chất thải rắn sinh hoạt", None, (150000, 200000), (0.0, 0.0, 1.0), "Công ty Cổ phần Môi trường đô thị Buôn Ma Thuột"),
        ("Chất thải rắn thông thường phục vụ tái chế (chai dịch truyền, giấy, carton)", None, (8000, 14000), (0.0, 0.0, 1.0), "Cơ sở thu mua phế liệu Thành Đạt")]),
)


def _wastes_jz1_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("BÁO CÁO KẾT QUẢ QUẢN LÝ CHẤT THẢI Y TẾ NĂM 2025 – BỆNH VIỆN ĐA KHOA HÒA PHƯỚC")
    doc.p("(Theo mẫu Phụ lục kèm theo Thông tư số 20/2021/TT-BYT.) Số giường bệnh thực kê: 620; công suất sử dụng giường bệnh bình quân 94 %.")
    rows = [["TT", "Loại chất thải", "Mã CTNH", "Tổng lượng phát sinh (kg)", "Tự xử lý tại bệnh viện (kg)", None, "Chuyển giao (kg)", "Đơn vị tiếp nhận"],
            [None, None, None, None, "Lò đốt", "Khử khuẩn bằng hấp ướt", None, None]]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 6, 7)] + [(0, 4, 0, 5)]
    for s, (section, items) in enumerate(VN_MED, 1):
        _span(rows, merges, section, 8)
        tot = 0
        for j, (name, code, (lo, hi), (burnt, dis, _hand), who) in enumerate(items, 1):
            kg = r.randint(lo, hi)
            b, d = round(kg * burnt), round(kg * dis)
            h = kg - b - d
            tot += kg
            rows.append([f"{s}.{j}", name, code or "-", num(kg, "vi"), num(b, "vi") if b else "-", num(d, "vi") if d else "-", num(h, "vi") if h else "-", who])
            if code:
                doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000, "name_contains": _words(name, 6)})
            else:
                doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": kg / 1000, "name_contains": _words(name, 6)})
        rows.append(["", f"Cộng ({s})", "", num(tot, "vi"), "", "", "", ""])
    doc.table("Bảng 2. Khối lượng chất thải y tế phát sinh và xử lý năm 2025", rows, merges, role="wastes")
    doc.p("Ghi chú: chất thải lây nhiễm không sắc nhọn được khử khuẩn bằng thiết bị hấp ướt khi lò đốt bảo dưỡng; sau khử khuẩn được quản lý như chất thải thông thường.")
    maybe_distractor(doc)


# (code, RU, KK name, RU, KK input with {b}, (low, high) of b, norm text RU, KK, amount from b)
PHARMA_CALC = (
    ("07 05 13*", "Брак и отходы производства лекарственных средств (просыпи, некондиционные таблетки)",
     "Дәрілік заттар өндірісінің ақауы мен қалдықтары (төгінділер, кондицияға сай емес таблеткалар)",
     "переработано субстанций и вспомогательных веществ – {b} т/год", "өңделген субстанциялар мен қосалқы заттар – {b} т/жыл", (380, 460),
     "0,6 %", "0,6 %", lambda b: b * 0.006),
    ("07 05 04*", "Отработанные органические растворители от промывки оборудования", "Жабдықты жуудан шыққан пайдаланылған органикалық еріткіштер",
     "расход этанола и изопропанола – {b} т/год", "этанол мен изопропанол шығыны – {b} т/жыл", (30, 42), "12 %", "12 %", lambda b: b * 0.12),
    ("07 05 12", "Осадок локальных очистных сооружений (обезвоженный)", "Жергілікті тазарту құрылыстарының тұнбасы (сусыздандырылған)",
     "объем стоков – {b} м³/год; взвешенные вещества 180 → 35 мг/дм³", "ағындар көлемі – {b} м³/жыл; қалқыма заттар 180 → 35 мг/дм³", (40000, 56000),
     "влажность 75 %", "ылғалдылығы 75 %", lambda b: b * 145 / 1e6 / 0.25),
    ("15 02 02*", "Отработанные HEPA-фильтры и фильтровальные рукава", "Пайдаланылған HEPA сүзгілері мен сүзгі жеңдері",
     "заменяется фильтров – {b} шт./год", "ауыстырылатын сүзгілер – {b} дана/жыл", (120, 180), "6,5 кг/шт.", "6,5 кг/дана", lambda b: b * 6.5 / 1000),
    ("15 01 10*", "Тара из-под субстанций и химических реактивов", "Субстанциялар мен химиялық реактивтер ыдысы",
     "поступает тары – {b} ед./год", "келіп түсетін ыдыс – {b} бірл./жыл", (4000, 6500), "0,45 кг/ед.", "0,45 кг/бірл.", lambda b: b * 0.45 / 1000),
    ("16 05 06*", "Отработанные реактивы контрольно-аналитической лаборатории", "Бақылау-талдау зертханасының пайдаланылған реактивтері",
     "расход реактивов – {b} кг/год", "реактивтер шығыны – {b} кг/жыл", (600, 1100), "70 %", "70 %", lambda b: b * 0.7 / 1000),
    ("15 01 05", "Отходы комбинированной упаковки (блистерная лента ПВХ/алюминий)", "Құрамдастырылған орама қалдықтары (ПВХ/алюминий блистер таспасы)",
     "расход блистерной ленты – {b} т/год", "блистер таспасының шығыны – {b} т/жыл", (60, 90), "4 %", "4 %", lambda b: b * 0.04),
    ("15 01 01", "Бумажная и картонная упаковка", "Қағаз және картон орамасы",
     "поступает сырья в картонной таре – {b} т/год", "картон ыдыста келіп түсетін шикізат – {b} т/жыл", (300, 420), "1,8 %", "1,8 %", lambda b: b * 0.018),
    ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар",
     "заменяется ламп – {b} шт./год", "ауыстырылатын шамдар – {b} дана/жыл", (400, 900), "0,21 кг/шт.", "0,21 кг/дана", lambda b: b * 0.21 / 1000),
    ("20 03 01", "Смешанные коммунальные отходы", "Аралас коммуналдық қалдықтар",
     "численность персонала – {b} чел.", "персонал саны – {b} адам", (560, 680), "0,075 т/чел. в год", "жылына 0,075 т/адам", lambda b: b * 0.075),
)  # fmt: skip


def wastes_jz2(doc: Doc) -> None:
    """A pharmaceutical plant's calculation of the wastes it forms, from its draft programme of waste management: the name,
    the code, the kind written as a word (`опасный`, `неопасный`), the input figure of the calculation (tonnes of substances
    processed, cubic metres of effluent with its suspended solids before and after, pieces of filters and lamps, people),
    the specific norm (per cent, kg a piece, tonnes a person) and the result in tonnes a year last; the storage places in a
    table of no role (VI: an EU-GMP plant's hazardous wastes with their state, the `NH`/`KS` marks beside the code, in kg a
    year, then its ordinary industrial wastes in a second table without codes)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_jz2_vi(doc)
        return
    g = _rk(doc)
    k = 0 if doc.lang == "ru" else 1
    op = doc.pick(PHARMA_OPS)[k]
    doc.h(g(f"Программа управления отходами {op} на 2026–2035 годы. Раздел 3. Расчет объемов образования отходов",
            f"{op} 2026–2035 жылдарға арналған қалдықтарды басқару бағдарламасы. 3-бөлім. Қалдықтардың түзілу көлемдерін есептеу"))
    doc.p(g("Объемы образования определены расчетным методом по удельным нормативам и данным производственного учета 2025 года.",
            "Түзілу көлемдері меншікті нормативтер және 2025 жылғы өндірістік есеп деректері бойынша есептік әдіспен анықталды."))
    rows = [g(["№", "Наименование отхода", "Код", "Вид отхода", "Исходные данные", "Удельный норматив образования", "Количество, т/год"],
              ["№", "Қалдықтың атауы", "Коды", "Қалдық түрі", "Бастапқы деректер", "Түзілудің меншікті нормативі", "Саны, т/жыл"])]
    for n, (code, n_ru, n_kk, i_ru, i_kk, (lo, hi), m_ru, m_kk, calc) in enumerate(PHARMA_CALC, 1):
        b = r.randint(lo // 10, hi // 10) * 10 if hi >= 1000 else r.randint(lo, hi)
        amount = _t3(calc(b))
        name = (n_ru, n_kk)[k]
        haz = code.endswith("*")
        kind = g("опасный", "қауіпті") if haz else g("неопасный", "қауіпті емес")
        rows.append([str(n), name, code, kind, (i_ru, i_kk)[k].format(b=num(b, doc.lang)), (m_ru, m_kk)[k], num(amount, doc.lang)])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": haz, "amount_t": amount, "name_contains": _words(name, 3)})
    doc.table(g("Таблица 3.1 – Расчет образования отходов", "3.1-кесте – Қалдықтардың түзілуін есептеу"), rows, role="wastes")
    doc.table(g("Таблица 3.2 – Места накопления отходов", "3.2-кесте – Қалдықтарды жинақтау орындары"), [
        g(["№ площадки", "Назначение", "Площадь, м²", "Вместимость, т"], ["Алаң №", "Мақсаты", "Ауданы, м²", "Сыйымдылығы, т"]),
        ["1", g("опасные отходы (закрытый склад)", "қауіпті қалдықтар (жабық қойма)"), str(r.randint(36, 60)), num(r.randint(8, 15), doc.lang)],
        ["2", g("упаковка, вторичное сырье", "орама, қайталама шикізат"), str(r.randint(40, 80)), num(r.randint(10, 20), doc.lang)],
        ["3", g("коммунальные отходы (контейнеры 1,1 м³ – 6 шт.)", "коммуналдық қалдықтар (1,1 м³ контейнерлер – 6 дана)"), "24", num(4, doc.lang)],
    ], role="other")
    maybe_distractor(doc)


# (VI name, state, code, mark, (low, high) kg)
VN_GMP_CTNH = (
    ("Bao bì mềm thải (túi đựng nguyên liệu dược, hóa chất)", "Rắn", "18 01 01", "KS", (400, 900)),
    ("Bao bì cứng thải bằng nhựa (can, chai đựng hóa chất)", "Rắn", "18 01 03", "KS", (200, 500)),
    ("Bao bì cứng thải bằng kim loại", "Rắn", "18 01 02", "KS", (60, 160)),
    ("Chất hấp thụ, vật liệu lọc (lọc HEPA, túi lọc bụi), giẻ lau nhiễm thành phần nguy hại", "Rắn", "18 02 01", "KS", (800, 1600)),
    ("Bóng đèn huỳnh quang thải", "Rắn", "16 01 06", "NH", (20, 60)),
    ("Dầu động cơ, hộp số và bôi trơn tổng hợp thải", "Lỏng", "17 02 03", "NH", (80, 200)),
    ("Hộp mực in thải có các thành phần nguy hại", "Rắn", "08 02 04", "KS", (10, 30)),
    ("Pin, ắc quy chì thải", "Rắn", "19 06 01", "NH", (15, 50)),
)
VN_GMP_ORDINARY = (
    ("Bao bì giấy, carton thải", (9000, 15000), "Bán cho đơn vị thu mua phế liệu"),
    ("Vỉ nhôm – PVC hỏng, màng bao bì thải", (1500, 3000), "Chuyển giao cho đơn vị có chức năng xử lý"),
    ("Pallet gỗ hư hỏng", (2000, 4000), "Bán cho đơn vị thu mua phế liệu"),
    ("Bùn thải từ hệ thống xử lý nước thải (đã phân định không nguy hại)", (6000, 11000), "Chuyển giao cho đơn vị có chức năng xử lý"),
)


def _wastes_jz2_vi(doc: Doc) -> None:
    r = doc.rng
    company = doc.pick(VN_PHARMA)
    doc.h(f"GIẤY PHÉP MÔI TRƯỜNG – PHỤ LỤC 3. YÊU CẦU VỀ QUẢN LÝ CHẤT THẢI ({company.upper()}, NHÀ MÁY VSIP II-A)")
    doc.p("A. Chủng loại, khối lượng chất thải phát sinh. Ký hiệu phân loại: NH – chất thải nguy hại; KS – chất thải cần kiểm soát, "
          "được chủ cơ sở quản lý như chất thải nguy hại.")
    rows = [["TT", "Tên chất thải", "Trạng thái tồn tại", "Mã CTNH", "Ký hiệu phân loại", "Khối lượng (kg/năm)"]]
    tot = 0
    for n, (name, state, code, mark, (lo, hi)) in enumerate(VN_GMP_CTNH, 1):
        kg = r.randint(lo, hi)
        tot += kg
        rows.append([str(n), name, state, code, mark, num(kg, "vi")])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000, "name_contains": _words(name, 4)})
    rows.append(["", "Tổng khối lượng", "", "", "", num(tot, "vi")])
    doc.table("1. Khối lượng, chủng loại chất thải nguy hại phát sinh thường xuyên", rows, role="wastes")
    rows = [["TT", "Tên chất thải", "Khối lượng (kg/năm)", "Biện pháp quản lý"]]
    for n, (name, (lo, hi), how) in enumerate(VN_GMP_ORDINARY, 1):
        kg = r.randint(lo // 100, hi // 100) * 100
        rows.append([str(n), name, num(kg, "vi"), how])
        doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": kg / 1000, "name_contains": _words(name, 4)})
    doc.table("2. Khối lượng chất thải rắn công nghiệp thông thường phát sinh", rows, role="wastes")
    doc.p("B. Yêu cầu lưu giữ: kho chứa CTNH diện tích 24 m², có mái che, gờ chống tràn cao 10 cm, biển cảnh báo theo TCVN 6707:2009.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

# (code or None, RU, KK label when there is no code, unit key, norm at 11 % O2)
INCIN_NORMS = (
    ("2902", "", "", "mg", 10), (None, "Общий органический углерод (ООУ)", "Жалпы органикалық көміртек (ЖОК)", "mg", 10), ("0316", "", "", "mg", 10),
    ("0342", "", "", "mg", 1), ("0330", "", "", "mg", 50), ("0301", "", "", "mg", 200), ("0337", "", "", "mg", 50), ("0183", "", "", "mg", 0.05),
    ("0133", "", "", "mg", 0.05), (None, "Сумма металлов (Sb, As, Pb, Cr, Co, Cu, Mn, Ni, V)", "Металдар қосындысы (Sb, As, Pb, Cr, Co, Cu, Mn, Ni, V)", "mg", 0.5),
    ("3620", "", "", "ng", 0.1),
)  # fmt: skip


def limits_jz1(doc: Doc) -> None:
    """An accredited laboratory's protocol at the stacks of two incinerators: each stack a pair of sub-columns under a merged
    header that names the source and its measured oxygen — the concentration as measured and as brought to 11 % O2, the second
    the value judged — the permit's technological norm at 11 % O2 in the last column, the units in a column of their own with
    dioxins in ng TEQ/Nm³, the total organic carbon and a sum of metals with no code; the gas flow's parameters (oxygen,
    temperature, velocity, flow) in a table of no role (VI: a district hospital's waste-water station before and after
    treatment against QCVN 28:2010/BTNMT column B, C and Cmax = C × K with K = 1,2 under a merged header, K not applied to pH
    and coliforms, the pathogens written `KPH`)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_jz1_vi(doc)
        return
    g = _rk(doc)
    k = 0 if doc.lang == "ru" else 1
    o2 = (round(r.uniform(13.6, 15.2), 1), round(r.uniform(12.1, 13.4), 1))
    doc.h(g(f"Протокол измерений выбросов № {r.randint(300, 690)}-В/25 от {r.randint(1, 28):02d}.10.2025",
            f"2025 ж. {r.randint(1, 28):02d}.10. № {r.randint(300, 690)}-В/25 шығарындыларды өлшеу хаттамасы"))
    doc.p(g("Объект: центр термического обезвреживания медицинских отходов «Кызылорда», ТОО «Сыр Мед Экология». Испытательная лаборатория "
            "ТОО «Арал ЭкоЛаб» (аттестат аккредитации KZ.T.11.1452). Результаты приведены к нормальным условиям (273 К, 101,3 кПа), сухому газу "
            "и содержанию кислорода 11 % по формуле C11 = C × (21 − 11) / (21 − O2).",
            "Объект: «Қызылорда» медициналық қалдықтарды термиялық залалсыздандыру орталығы, «Сыр Мед Экология» ЖШС. «Арал ЭкоЛаб» ЖШС сынақ "
            "зертханасы (KZ.T.11.1452 аккредиттеу аттестаты). Нәтижелер қалыпты жағдайларға (273 К, 101,3 кПа), құрғақ газға және 11 % оттегі "
            "құрамына C11 = C × (21 − 11) / (21 − O2) формуласы бойынша келтірілген."))
    o2s = [num(x, doc.lang) for x in o2]
    rows = [g(["№", "Определяемый компонент", "Ед. изм.", f"ИЗА 0001 – инсинератор № 1 (O2 = {o2s[0]} %)", None,
               f"ИЗА 0002 – инсинератор № 2 (O2 = {o2s[1]} %)", None, "Технологический норматив (КЭР) при 11 % O2"],
              ["№", "Анықталатын компонент", "Өлш. бірл.", f"ЛШК 0001 – № 1 инсинератор (O2 = {o2s[0]} %)", None,
               f"ЛШК 0002 – № 2 инсинератор (O2 = {o2s[1]} %)", None, "11 % O2 кезіндегі технологиялық норматив (КЭР)"]),
            [None, None, None] + g(["фактически", "при 11 % O2"] * 2, ["нақты", "11 % O2 кезінде"] * 2) + [None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 0, 6), (0, 7, 1, 7)]
    for n, (code, l_ru, l_kk, ukey, norm) in enumerate(INCIN_NORMS, 1):
        label = f"{code} – {_air(doc, code)}" if code else (l_ru, l_kk)[k]
        unit_cell = g("мг/нм³", "мг/нм³") if ukey == "mg" else g("нг ТЭ/нм³", "нг ТЭ/нм³")
        unit = "mg/Nm3" if ukey == "mg" else "ng/Nm3"
        line = [str(n), label, unit_cell]
        for point, ox in zip(("0001", "0002"), o2, strict=True):
            c11 = _sig(norm * r.uniform(0.15, 0.85), 3)
            meas = _sig(c11 * (21 - ox) / 10, 3)
            line += [num(meas, doc.lang), num(c11, doc.lang)]
            if code:
                add(doc, limit(("code", code), "flue_gas", norm, unit, None, point, c11))
            else:
                doc.add("limits", {"medium": "flue_gas", "unit": unit, "column": None, "point": point, "limit": float(norm),
                                   "limit_min": None, "limit_max": None, "value": c11})
        line.append(num(norm, doc.lang))
        rows.append(line)
    doc.table(g("Таблица 1 – Параметры газового потока", "1-кесте – Газ ағынының параметрлері"), [
        g(["Параметр", "ИЗА 0001", "ИЗА 0002"], ["Параметр", "ЛШК 0001", "ЛШК 0002"]),
        [g("Содержание O2, % об.", "O2 мөлшері, % көл."), o2s[0], o2s[1]],
        [g("Температура газа, °С", "Газ температурасы, °С"), str(r.randint(160, 210)), str(r.randint(160, 210))],
        [g("Скорость потока, м/с", "Ағын жылдамдығы, м/с"), num(round(r.uniform(6, 9), 1), doc.lang), num(round(r.uniform(6, 9), 1), doc.lang)],
        [g("Расход газа при н.у., нм³/ч", "Қ.ж. кезіндегі газ шығыны, нм³/сағ"), num(r.randint(19, 26) * 100, doc.lang), num(r.randint(19, 26) * 100, doc.lang)],
        [g("Влажность, %", "Ылғалдылық, %"), num(round(r.uniform(8, 14), 1), doc.lang), num(round(r.uniform(8, 14), 1), doc.lang)],
    ], role="other")
    doc.table(g("Таблица 2 – Результаты измерений концентраций загрязняющих веществ", "2-кесте – Ластаушы заттар концентрацияларын өлшеу нәтижелері"),
              rows, merges, role="limits")
    doc.p(g("Заключение: превышений технологических нормативов не выявлено. Протокол распространяется только на испытанные источники.",
            "Қорытынды: технологиялық нормативтерден асу анықталған жоқ. Хаттама тек сыналған көздерге қолданылады."))


# (symbol, VI label, unit cell, expected unit, C of column B, K applied?, (low, high) share of Cmax after treatment, inlet factor)
VN_QCVN28 = (
    ("pH", "pH", "-", None, (6.5, 8.5), False, None, None),
    ("BOD5", "BOD5 (20°C)", "mg/L", "mg/l", 50, True, (0.2, 0.7), (2.5, 4.0)),
    ("COD", "COD", "mg/L", "mg/l", 100, True, (0.2, 0.7), (2.5, 4.0)),
    ("TSS", "Tổng chất rắn lơ lửng (TSS)", "mg/L", "mg/l", 100, True, (0.15, 0.6), (1.5, 3.0)),
    ("S2-", "Sunfua (tính theo H2S)", "mg/L", "mg/l", 4.0, True, (0.05, 0.4), (2.0, 4.0)),
    ("NH4+", "Amoni (tính theo N)", "mg/L", "mg/l", 10, True, (0.1, 0.6), (3.0, 5.0)),
    ("NO3-", "Nitrat (tính theo N)", "mg/L", "mg/l", 50, True, (0.05, 0.3), (0.3, 0.8)),
    ("PO4", "Phosphat (tính theo P)", "mg/L", "mg/l", 10, True, (0.1, 0.5), (1.5, 2.5)),
    ("FOG", "Dầu mỡ động thực vật", "mg/L", "mg/l", 20, True, (0.05, 0.3), (2.0, 4.0)),
    ("Coliform", "Tổng Coliforms", "MPN/100mL", "MPN/100ml", 5000, False, (0.1, 0.6), (100, 400)),
)


def _limits_jz1_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h(f"PHIẾU KẾT QUẢ PHÂN TÍCH NƯỚC THẢI SỐ {r.randint(100, 900)}/2025/KQ-NT – TRUNG TÂM Y TẾ KHU VỰC CƯ M'GAR")
    doc.p("Đơn vị quan trắc: Trung tâm Quan trắc Tài nguyên và Môi trường tỉnh Đắk Lắk (VIMCERTS 146). Quy mô 180 giường bệnh, áp dụng hệ số "
          "K = 1,2 (cơ sở khám chữa bệnh dưới 300 giường); không áp dụng K đối với pH và tổng coliforms.")
    rows = [["TT", "Thông số", "Đơn vị", "Kết quả", None, "QCVN 28:2010/BTNMT, cột B", None],
            [None, None, None, "NT1 (trước xử lý)", "NT2 (sau xử lý)", "C", "Cmax = C × K"]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 0, 6)]
    for n, (sym, label, ucell, unit, c, use_k, share, inlet) in enumerate(VN_QCVN28, 1):
        if sym == "pH":
            v1, v2 = round(r.uniform(6.6, 7.6), 1), round(r.uniform(6.9, 7.8), 1)
            cells = [num(v1, "vi"), num(v2, "vi"), "6,5 – 8,5", "6,5 – 8,5"]
            add(doc, limit(("symbol", "pH"), "waste_water", c, None, "B", "NT2", v2))
        else:
            cmax = _sig(c * 1.2, 6) if use_k else float(c)
            v2 = _sig(cmax * r.uniform(*share), 3)
            v1 = _sig(v2 * r.uniform(*inlet), 3)
            if sym == "Coliform":
                v1, v2 = float(round(v1, -2)), float(round(v2, -2))
            cells = [num(v1, "vi"), num(v2, "vi"), num(c, "vi"), num(cmax, "vi")]
            add(doc, limit(("symbol", sym), "waste_water", cmax, unit, "B", "NT2", v2))
        rows.append([str(n), label, ucell, *cells])
    for name in ("Salmonella", "Shigella", "Vibrio cholerae"):
        rows.append([str(len(rows) - 1), name, "Vi khuẩn/100mL", "KPH", "KPH", "KPH", "KPH"])
    doc.table("Bảng kết quả", rows, merges, role="limits")
    doc.p("Ghi chú: KPH – không phát hiện; NT1 – hố thu gom trước bể điều hòa; NT2 – hố ga sau bể khử trùng, trước khi xả ra suối Ea Tul.")
    maybe_distractor(doc)


# (outlet, RU, KK heading, (low, high) m3/h, [(symbol, ДК)])
OUTLETS = (
    ("ВП-1", "ВП-1 – выпуск производственных сточных вод после локальных очистных сооружений в городскую канализацию",
     "ВП-1 – жергілікті тазарту құрылыстарынан кейінгі өндірістік ағынды сулардың қалалық кәрізге шығарындысы", (5.5, 7.5),
     (("pH", (6.5, 9.0)), ("TSS", 300), ("BOD5", 300), ("COD", 500), ("NH4+", 25), ("PO4", 8.4), ("Surfactants", 10), ("TPH", 4))),
    ("ВП-2", "ВП-2 – выпуск хозяйственно-бытовых сточных вод административно-бытового корпуса",
     "ВП-2 – әкімшілік-тұрмыстық корпустың шаруашылық-тұрмыстық ағынды суларының шығарындысы", (2.0, 3.5),
     (("pH", (6.5, 9.0)), ("TSS", 300), ("BOD5", 300), ("COD", 500), ("NH4+", 25), ("Surfactants", 10), ("FOG", 50))),
)  # fmt: skip


def limits_jz2(doc: Doc) -> None:
    """A pharmaceutical plant's norms of its discharge to the city sewer: a section row for each outlet (`ВП-1 – …`,
    `ВП-2 – …`), the parameter, the actual mean concentration of 2025, the allowed concentration (ДК) of the water utility's
    terms, then the flow in m³/h and thousand m³ a year merged down the outlet's rows and the allowed mass in g/h and t/year
    under merged headers as look-alikes, pH as a range with dashes for its masses; the water balance in a table of no role (VI:
    an EU-GMP plant's permit for its three gas streams, each a section row headed by its point `KT01 – …`, QCVN 19:2009/BTNMT
    column B and QCVN 20:2009/BTNMT without a column named in a column, the periodic monitoring's frequency in the same rows,
    the laboratory's stream without periodic monitoring)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_jz2_vi(doc)
        return
    g = _rk(doc)
    k = 0 if doc.lang == "ru" else 1
    op = doc.pick(PHARMA_OPS)[k]
    doc.h(g(f"Нормативы допустимых сбросов загрязняющих веществ со сточными водами {op} в систему водоотведения г. Шымкент",
            f"{op} ағынды сулармен ластаушы заттардың Шымкент қ. су бұру жүйесіне жол берілетін төгінділерінің нормативтері"))
    doc.p(g("Допустимые концентрации приняты по техническим условиям ТОО «Водные ресурсы – Маркетинг» на прием сточных вод № 04-11/318 от 15.02.2024.",
            "Жол берілетін концентрациялар «Водные ресурсы – Маркетинг» ЖШС-нің 15.02.2024 № 04-11/318 ағынды суларды қабылдауға арналған техникалық шарттары бойынша қабылданды."))
    doc.table(g("Таблица 5.1 – Баланс водопотребления и водоотведения, м³/сут", "5.1-кесте – Су тұтыну және су бұру балансы, м³/тәул"), [
        g(["Потребитель", "Водопотребление", "Водоотведение", "Безвозвратные потери"], ["Тұтынушы", "Су тұтыну", "Су бұру", "Қайтарымсыз шығындар"]),
        [g("Производство (очищенная вода, мойка)", "Өндіріс (тазартылған су, жуу)"), num(r.randint(150, 190), doc.lang), num(r.randint(130, 145), doc.lang),
         num(r.randint(8, 20), doc.lang)],
        [g("Хозяйственно-бытовые нужды", "Шаруашылық-тұрмыстық қажеттіліктер"), num(r.randint(55, 80), doc.lang), num(r.randint(50, 55), doc.lang), "–"],
        [g("Котельная (подпитка)", "Қазандық (қоректендіру)"), num(r.randint(10, 18), doc.lang), "–", num(r.randint(10, 18), doc.lang)],
    ], role="other")
    rows = [g(["№", "Показатель", "Фактическая концентрация (среднее за 2025 г.), мг/дм³", "ДК, мг/дм³", "Расход сточных вод", None, "Допустимый сброс", None],
              ["№", "Көрсеткіш", "Нақты концентрация (2025 ж. орташа), мг/дм³", "ЖК, мг/дм³", "Ағынды сулар шығыны", None, "Жол берілетін төгінді", None]),
            [None] * 4 + g(["м³/ч", "тыс. м³/год", "г/ч", "т/год"], ["м³/сағ", "мың м³/жыл", "г/сағ", "т/жыл"])]
    merges = [(0, c, 1, c) for c in range(4)] + [(0, 4, 0, 5), (0, 6, 0, 7)]
    n = 0
    for point, h_ru, h_kk, (qlo, qhi), params in OUTLETS:
        _span(rows, merges, (h_ru, h_kk)[k], 8)
        q = round(r.uniform(qlo, qhi), 1)
        year = round(q * 24 * 300 / 1000, 2)
        start = len(rows)
        for j, (sym, dk) in enumerate(params):
            n += 1
            first = j == 0
            if sym == "pH":
                fact = round(r.uniform(7.0, 8.2), 1)
                rows.append([str(n), _water(doc, sym), num(fact, doc.lang), f"{num(dk[0], doc.lang)}–{num(dk[1], doc.lang)}",
                             num(q, doc.lang) if first else None, num(year, doc.lang) if first else None, "–", "–"])
                add(doc, limit(("symbol", sym), "waste_water", dk, None, None, point, fact))
                continue
            fact = _sig(dk * r.uniform(0.2, 0.8), 3)
            rows.append([str(n), _water(doc, sym), num(fact, doc.lang), num(dk, doc.lang), num(q, doc.lang) if first else None,
                         num(year, doc.lang) if first else None, num(round(dk * q, 1), doc.lang), num(round(dk * year / 1000, 4), doc.lang)])
            add(doc, limit(("symbol", sym), "waste_water", dk, "mg/l", None, point, fact))
        merges += [(start, 4, len(rows) - 1, 4), (start, 5, len(rows) - 1, 5)]
    doc.table(g("Таблица 5.2 – Нормативы допустимых сбросов по выпускам", "5.2-кесте – Шығарындылар бойынша жол берілетін төгінділер нормативтері"),
              rows, merges, role="limits")
    maybe_distractor(doc)


# (point, VI heading, [(code, limit, QCVN 19 column B?)], frequency word or None)
VN_STREAMS = (
    ("KT01", "KT01 – Dòng khí thải số 01: ống thải lò hơi đốt dầu DO 2 tấn hơi/giờ (lưu lượng xả tối đa 4.500 m³/giờ)",
     (("2902", 200, True), ("0330", 500, True), ("0301", 850, True), ("0337", 1000, True)), "semiannual"),
    ("KT02", "KT02 – Dòng khí thải số 02: ống thải hệ thống xử lý bụi, hơi dung môi khu pha chế – bao phim (lưu lượng xả tối đa 12.000 m³/giờ)",
     (("2902", 200, True), ("1061", 1900, False), ("1051", 980, False)), "semiannual"),
    ("KT03", "KT03 – Dòng khí thải số 03: ống thải tủ hút phòng kiểm nghiệm (lưu lượng xả tối đa 1.800 m³/giờ)",
     (("0316", 50, True), ("1401", 2400, False), ("1052", 260, False)), None),
)


def _limits_jz2_vi(doc: Doc) -> None:
    company = doc.pick(VN_PHARMA)
    doc.h(f"GIẤY PHÉP MÔI TRƯỜNG – PHỤ LỤC 2. NỘI DUNG CẤP PHÉP XẢ KHÍ THẢI ({company.upper()})")
    doc.p("Các chất ô nhiễm và giá trị giới hạn cho phép theo dòng khí thải; Kp = 1,0 và Kv = 1,0 đối với QCVN 19:2009/BTNMT (cơ sở nằm trong khu công nghiệp).")
    rows = [["TT", "Chất ô nhiễm", "Đơn vị tính", "Giá trị giới hạn cho phép", "Quy chuẩn áp dụng", "Tần suất quan trắc định kỳ", "Quan trắc tự động, liên tục"]]
    merges = []
    n = 0
    for point, heading, items, word in VN_STREAMS:
        _span(rows, merges, heading, 7)
        start = len(rows)
        for code, value, b in items:
            n += 1
            rows.append([str(n), VN[code], "mg/Nm³", num(value, "vi"), "QCVN 19:2009/BTNMT, cột B" if b else "QCVN 20:2009/BTNMT",
                         _fw(doc, word) if word else "Không thuộc đối tượng (*)", "Không"])
            add(doc, limit(("code", code), "flue_gas", value, "mg/Nm3", "B" if b else None, point, None))
            if word:
                doc.add("monitoring", {"point": point, "code": code, "frequency": word})
        if not word:
            for row in rows[start + 1:]:
                row[5] = None
            merges.append((start, 5, len(rows) - 1, 5))
    doc.table("Bảng 2.1. Chất ô nhiễm và giá trị giới hạn của các dòng khí thải", rows, merges, role="limits")
    doc.p("(*) Dòng khí thải số 03 có lưu lượng nhỏ, không thuộc đối tượng phải quan trắc khí thải định kỳ theo Phụ lục XXIX Nghị định số 08/2022/NĐ-CP.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring

MATRIX_CODES = ("0301", "0304", "0330", "0337", "0316", "0342", "2902", "0183", "3620")
MATRIX_SHORT = ("NO2", "NO", "SO2", "CO", "HCl", "HF", ("пыль", "шаң"), "Hg", ("ПХДД/Ф", "ПХДД/Ф"))
# (number, RU, KK source, {code: frequency word})
MATRIX = (
    ("0001", "Дымовая труба инсинератора № 1", "№ 1 инсинератордың түтін мұржасы",
     {"0301": "continuous", "0304": "continuous", "0330": "continuous", "0337": "continuous", "0316": "quarterly", "0342": "quarterly",
      "2902": "continuous", "0183": "yearly", "3620": "yearly"}),
    ("0002", "Дымовая труба инсинератора № 2", "№ 2 инсинератордың түтін мұржасы",
     {"0301": "quarterly", "0330": "quarterly", "0337": "quarterly", "0316": "quarterly", "2902": "quarterly", "0183": "yearly", "3620": "yearly"}),
    ("0003", "Выхлопная труба резервного дизель-генератора", "Резервтік дизель-генератордың шығару құбыры", {"0301": "calc", "0337": "calc"}),
    ("6001", "Резервуар дизельного топлива", "Дизель отыны резервуары", {}),
)  # fmt: skip
CELL = {"ru": {"continuous": "АСМ", "quarterly": "1 р/кв", "yearly": "1 р/год", "calc": "1 р/год (расч.)"},
        "kk": {"continuous": "АМЖ", "quarterly": "тоқс. 1 р", "yearly": "жыл. 1 р", "calc": "жыл. 1 р (есеп.)"}}


def monitoring_jz1(doc: Doc) -> None:
    """A medical-waste operator's ПЭК matrix of sources against substances: the sources as rows, one column per substance
    under a header spanning them all, the codes in one header row and the formulas in the next, each cell an abbreviation —
    `АСМ` for the automated system, `1 р/кв`, `1 р/год`, `1 р/год (расч.)` by calculation, `–` where nothing is controlled —
    explained only in a legend under the table, the diesel tank a row of dashes (VI: a hospital's programme by kind of
    sample, VN-2000 coordinates under a merged header, an automatic and a periodic row at the same point with the
    parameters listed in one cell, the incinerator's dioxins in a row of their own, a row on wastes without parameters)."""
    if doc.lang == "vi":
        _monitoring_jz1_vi(doc)
        return
    g = _rk(doc)
    k = 0 if doc.lang == "ru" else 1
    doc.h(g("Программа производственного экологического контроля. Раздел 4. Мониторинг эмиссий в атмосферный воздух",
            "Өндірістік экологиялық бақылау бағдарламасы. 4-бөлім. Атмосфералық ауаға эмиссиялар мониторингі"))
    doc.p(g("Объект: центр термического обезвреживания медицинских отходов «Кызылорда» (ТОО «Сыр Мед Экология»). Инструментальные замеры "
            "выполняет аккредитованная лаборатория по договору; данные АСМ передаются в информационную систему уполномоченного органа.",
            "Объект: «Қызылорда» медициналық қалдықтарды термиялық залалсыздандыру орталығы («Сыр Мед Экология» ЖШС). Аспаптық өлшеулерді шарт "
            "бойынша аккредиттелген зертхана жүргізеді; АМЖ деректері уәкілетті органның ақпараттық жүйесіне беріледі."))
    width = 2 + len(MATRIX_CODES)
    rows = [g(["№ ИЗА", "Источник выброса", "Контролируемые вещества и периодичность контроля"], ["ЛШК №", "Шығарынды көзі", "Бақыланатын заттар және бақылау кезеңділігі"])
            + [None] * (len(MATRIX_CODES) - 1),
            [None, None, *MATRIX_CODES],
            [None, None, *(s if isinstance(s, str) else s[k] for s in MATRIX_SHORT)]]
    merges = [(0, 0, 2, 0), (0, 1, 2, 1), (0, 2, 0, width - 1)]
    pairs = []
    for number, s_ru, s_kk, plan in MATRIX:
        line = [number, (s_ru, s_kk)[k]]
        for c in MATRIX_CODES:
            word = plan.get(c)
            line.append(CELL[doc.lang][word] if word else "–")
            if word:
                doc.add("monitoring", {"source_number": number, "code": c, "frequency": "yearly" if word == "calc" else word})
                pairs.append((number, c))
        rows.append(line)
    doc.table(g("Таблица 4.1 – План-график контроля на источниках выбросов", "4.1-кесте – Шығарынды көздеріндегі бақылаудың жоспар-кестесі"),
              rows, merges, role="monitoring")
    doc.add("sources", *({"number": s[0], "type": "unorganized" if s[0].startswith("6") else "organized"} for s in MATRIX))
    doc.add("emissions", *(emission(c, None, None, n) for n, c in pairs))
    doc.p(g("Условные обозначения: АСМ – автоматизированная система мониторинга, непрерывно; 1 р/кв – один раз в квартал; 1 р/год – один раз в год; "
            "расч. – расчетным методом; «–» – контроль не предусмотрен.",
            "Шартты белгілер: АМЖ – автоматтандырылған мониторинг жүйесі, үздіксіз; тоқс. 1 р – тоқсанына бір рет; жыл. 1 р – жылына бір рет; "
            "есеп. – есептік әдіспен; «–» – бақылау көзделмеген."))
    maybe_distractor(doc)


# (kind of sample, point, X, Y, [(key kind, key, label)], frequency word or None, standard)
VN_HOSP_PROGRAMME = (
    ("Nước thải (quan trắc tự động, liên tục)", "NT2", 1411250, 465310,
     [("symbol", "pH", "pH"), ("symbol", "TSS", "TSS"), ("symbol", "COD", "COD"), ("symbol", "NH4+", "Amoni")], "continuous", "QCVN 28:2010/BTNMT, cột B"),
    ("Nước thải (quan trắc định kỳ)", "NT2", 1411250, 465310,
     [("symbol", "BOD5", "BOD5"), ("symbol", "S2-", "Sunfua"), ("symbol", "NO3-", "Nitrat"), ("symbol", "PO4", "Phosphat"),
      ("symbol", "FOG", "Dầu mỡ động thực vật"), ("symbol", "Coliform", "Tổng Coliforms")], "quarterly", "QCVN 28:2010/BTNMT, cột B"),
    ("Khí thải lò đốt chất thải rắn y tế", "KT1", 1411395, 465188,
     [("code", "2902", "Bụi tổng"), ("code", "0316", "HCl"), ("code", "0337", "CO"), ("code", "0330", "SO2"), ("code", "0301", "NOx"),
      ("code", "0183", "Thủy ngân (Hg)"), ("code", "0184", "Chì (Pb)")], "quarterly", "QCVN 02:2012/BTNMT, cột B"),
    ("Khí thải lò đốt chất thải rắn y tế", "KT1", 1411395, 465188, [("code", "3620", "Tổng Dioxin/Furan")], "yearly", "QCVN 02:2012/BTNMT, cột B"),
)  # fmt: skip


def _monitoring_jz1_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("GIẤY PHÉP MÔI TRƯỜNG – PHỤ LỤC 4. CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG CỦA BỆNH VIỆN ĐA KHOA HÒA PHƯỚC")
    doc.p("Hệ thống xử lý nước thải công suất 600 m³/ngày.đêm thuộc đối tượng quan trắc tự động, liên tục; dữ liệu truyền về Sở Nông nghiệp và Môi trường.")
    rows = [["TT", "Loại mẫu", "Ký hiệu", "Tọa độ VN-2000 (KTT 108°30', múi 3°)", None, "Thông số quan trắc", "Tần suất", "Quy chuẩn so sánh"],
            [None, None, None, "X (m)", "Y (m)", None, None, None]]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 5, 6, 7)] + [(0, 3, 0, 4)]
    shift = {p: (r.randint(-5, 5), r.randint(-5, 5)) for p in ("NT2", "KT1")}
    for n, (kind, point, x, y, params, word, std) in enumerate(VN_HOSP_PROGRAMME, 1):
        labels = [lab for _, _, lab in params]
        if point == "NT2" and word == "continuous":
            labels = ["Lưu lượng (đầu vào, đầu ra)", *labels]
        if point == "NT2" and word == "quarterly":
            labels += ["Salmonella", "Shigella", "Vibrio cholerae"]
        rows.append([str(n), kind, point, num(x + shift[point][0], "vi"), num(y + shift[point][1], "vi"), ", ".join(labels), _fw(doc, word), std])
        for kk, key, _ in params:
            doc.add("monitoring", {"point": point, kk: key, "frequency": word})
    rows.append([str(len(VN_HOSP_PROGRAMME) + 1), "Chất thải rắn y tế, CTNH", "Kho lưu giữ", "-", "-", "Khối lượng, chủng loại; sổ giao nhận",
                 "Hằng ngày", "Thông tư số 20/2021/TT-BYT"])
    doc.table("Bảng 4.1. Vị trí, thông số và tần suất quan trắc", rows, merges, role="monitoring")
    maybe_distractor(doc)


# (section RU, KK, [(number or None, point or None, RU, KK object, [(kind, key, RU, KK label)], word, RU, KK frequency, standard)])
PHARMA_PEK = (
    (("1. Источники выбросов (инструментальные замеры)", "1. Шығарынды көздері (аспаптық өлшеулер)"), [
        ("0001", None, "ИЗА № 0001 – дымовая труба котельной", "№ 0001 ЛШК – қазандықтың түтін мұржасы",
         [("code", "0301", "0301 – азота диоксид", "0301 – азот диоксиді"), ("code", "0337", "0337 – углерод оксид", "0337 – көміртек оксиді")],
         "semiannual", "2 раза в год (I и III кварталы)", "жылына 2 рет (I және III тоқсандар)", "ГОСТ 17.2.4.06-90; МВИ газоанализатора"),
        ("0002", None, "ИЗА № 0002 – аспирация участка грануляции (после фильтра)", "№ 0002 ЛШК – түйіршіктеу учаскесінің аспирациясы (сүзгіден кейін)",
         [("code", "3068", "3068 – парацетамол", "3068 – парацетамол"), ("code", "2966", "2966 – пыль крахмала", "2966 – крахмал шаңы")],
         "yearly", "1 раз в год", "жылына 1 рет", "ГОСТ 33007-2014"),
        ("0004", None, "ИЗА № 0004 – коатеры (после адсорбера)", "№ 0004 ЛШК – коатерлер (адсорберден кейін)",
         [("code", "1061", "1061 – этанол", "1061 – этанол"), ("code", "1051", "1051 – изопропиловый спирт", "1051 – изопропил спирті")],
         "quarterly", "1 раз в квартал", "тоқсанына 1 рет", "МВИ (газовая хроматография)")]),
    (("2. Атмосферный воздух на границе СЗЗ (300 м)", "2. СҚА шекарасындағы атмосфералық ауа (300 м)"), [
        (None, f"Т-{k}", f"Т-{k} – граница СЗЗ, {d_ru}", f"Т-{k} – СҚА шекарасы, {d_kk}",
         [("code", "0301", "азота диоксид", "азот диоксиді"), ("code", "0337", "углерод оксид", "көміртек оксиді"),
          ("code", "2902", "взвешенные частицы", "қалқыма бөлшектер"), ("code", "1061", "этанол", "этанол")],
         "quarterly", "ежеквартально", "тоқсан сайын", "РД 52.04.186-89")
        for k, d_ru, d_kk in ((1, "север", "солтүстік"), (2, "восток", "шығыс"), (3, "юг", "оңтүстік"), (4, "запад", "батыс"))]),
    (("3. Сточные воды", "3. Ағынды сулар"), [
        (None, "ВП-1", "ВП-1 – контрольный колодец перед выпуском в городскую канализацию", "ВП-1 – қалалық кәрізге шығар алдындағы бақылау құдығы",
         [("symbol", "pH", "pH", "pH"), ("symbol", "TSS", "взвешенные вещества", "қалқыма заттар"), ("symbol", "BOD5", "БПК5", "ОБТ5"),
          ("symbol", "COD", "ХПК", "ОХТ"), ("symbol", "NH4+", "аммоний-ион", "аммоний-ион"), ("symbol", "Surfactants", "СПАВ", "БАЗ")],
         "monthly", "ежемесячно", "ай сайын", "ПНД Ф 14.1:2:3:4.121-97; ПНД Ф 14.1:2:4.190-03; ПНД Ф 14.1:2:3:4.123-97; ГОСТ 33045-2014")]),
)  # fmt: skip


# offsets of the points on the protection zone's boundary, 300 m north, east, south and west of the site's centre
SZZ_SIDE = {"Т-1": (0.0036, 0.0), "Т-2": (0.0, 0.0049), "Т-3": (-0.0036, 0.0), "Т-4": (0.0, -0.0049)}


def monitoring_jz2(doc: Doc) -> None:
    """A pharmaceutical plant's ПЭК plan mixing its sources (`ИЗА № 0002 – аспирация … (после фильтра)`), four points at the
    boundary of its protection zone and the control well before the sewer under three section rows: the object or point,
    decimal coordinates, the parameters in one cell — codes with names at the sources, names alone at the points — the
    frequency in words (`2 раза в год (I и III кварталы)`) and the standards of the methods, whose numbers are look-alikes
    (VI: an EU-GMP plant's programme written as blocks of `Vị trí`, `Thông số`, `Tần suất`, `Quy chuẩn so sánh` rows under
    each lettered heading, flow listed among the parameters, a block on wastes without substances)."""
    r = doc.rng
    if doc.lang == "vi":
        _monitoring_jz2_vi(doc)
        return
    g = _rk(doc)
    k = 0 if doc.lang == "ru" else 1
    op = doc.pick(PHARMA_OPS)[k]
    doc.h(g(f"Программа производственного экологического контроля {op} на 2026–2028 годы. План-график мониторинга эмиссий и воздействия",
            f"{op} 2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы. Эмиссиялар мен әсер мониторингінің жоспар-кестесі"))
    rows = [g(["№", "Объект контроля, точка", "Координаты (WGS-84)", "Контролируемые параметры", "Периодичность", "НД на методику"],
              ["№", "Бақылау объектісі, нүкте", "Координаттары (WGS-84)", "Бақыланатын параметрлер", "Кезеңділігі", "Әдістемеге НҚ"])]
    merges = []
    n = 0
    sources, pairs = [], []
    centre = (42.3105 + r.uniform(-0.002, 0.002), 69.6488 + r.uniform(-0.002, 0.002))
    for (s_ru, s_kk), items in PHARMA_PEK:
        _span(rows, merges, (s_ru, s_kk)[k], 6)
        for number, point, o_ru, o_kk, params, word, f_ru, f_kk, std in items:
            n += 1
            dlat, dlon = SZZ_SIDE.get(point, (r.uniform(-0.0008, 0.0008), r.uniform(-0.0008, 0.0008)))
            lat, lon = centre[0] + dlat, centre[1] + dlon
            coords = f"{num(round(lat, 5), doc.lang, group=False)}; {num(round(lon, 5), doc.lang, group=False)}"
            rows.append([str(n), (o_ru, o_kk)[k], coords, "; ".join(p[2 + k] for p in params) if number else ", ".join(p[2 + k] for p in params),
                         (f_ru, f_kk)[k], std])
            for kind, key, *_ in params:
                if number:
                    doc.add("monitoring", {"source_number": number, kind: key, "frequency": word})
                    pairs.append((number, key))
                else:
                    doc.add("monitoring", {"point": point, kind: key, "frequency": word})
            if number:
                sources.append(number)
    doc.table(g("Таблица 3 – План-график производственного мониторинга", "3-кесте – Өндірістік мониторингтің жоспар-кестесі"), rows, merges, role="monitoring")
    doc.add("sources", *({"number": s, "type": "organized"} for s in sources))
    doc.add("emissions", *(emission(c, None, None, s) for s, c in pairs))
    doc.p(g("Отбор проб на границе СЗЗ выполняется с подветренной стороны при работе всех источников; результаты сравниваются с гигиеническими нормативами.",
            "СҚА шекарасында сынама алу барлық көздер жұмыс істеп тұрғанда желдің ық жағынан жүргізіледі; нәтижелер гигиеналық нормативтермен салыстырылады."))
    maybe_distractor(doc)


# (heading, point text, [(kind, key, label)], extra labels, word or None, frequency text, standard)
VN_GMP_BLOCKS = (
    ("a) Quan trắc nước thải", "NT1 – hố ga sau hệ thống xử lý nước thải tập trung công suất 300 m³/ngày.đêm, trước điểm đấu nối vào KCN",
     [("symbol", "pH", "pH"), ("symbol", "BOD5", "BOD5"), ("symbol", "COD", "COD"), ("symbol", "TSS", "TSS"), ("symbol", "NH4+", "Amoni"),
      ("symbol", "TN", "Tổng Nitơ"), ("symbol", "TP", "Tổng Phốt pho"), ("symbol", "Coliform", "Tổng Coliforms")], ["Lưu lượng"], "quarterly",
     "03 tháng/lần", "Giới hạn tiếp nhận nước thải đầu vào của KCN VSIP II-A"),
    ("b) Quan trắc khí thải lò hơi", "KT01 – ống thải lò hơi đốt dầu DO 2 tấn hơi/giờ",
     [("code", "2902", "Bụi tổng"), ("code", "0330", "SO2"), ("code", "0301", "NOx (tính theo NO2)"), ("code", "0337", "CO")], ["Lưu lượng"], "semiannual",
     "06 tháng/lần", "QCVN 19:2009/BTNMT, cột B (Kp = 1,0; Kv = 1,0)"),
    ("c) Quan trắc khí thải khu pha chế – bao phim", "KT02 – ống thải sau tháp hấp phụ than hoạt tính",
     [("code", "2902", "Bụi tổng"), ("code", "1061", "Etanol"), ("code", "1051", "Isopropanol")], [], "semiannual", "06 tháng/lần",
     "QCVN 19:2009/BTNMT, cột B; QCVN 20:2009/BTNMT"),
    ("d) Giám sát chất thải rắn, chất thải nguy hại", "Kho lưu giữ CTNH; khu lưu giữ chất thải rắn công nghiệp thông thường", [],
     ["Khối lượng, chủng loại, chứng từ chuyển giao"], None, "Thường xuyên", "Nghị định số 08/2022/NĐ-CP; Thông tư số 02/2022/TT-BTNMT"),
)  # fmt: skip


def _monitoring_jz2_vi(doc: Doc) -> None:
    company = doc.pick(VN_PHARMA)
    doc.h(f"CHƯƠNG V. CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG CỦA CƠ SỞ – {company.upper()}")
    doc.p("5.2. Chương trình quan trắc chất thải định kỳ. Đơn vị thực hiện: đơn vị có Giấy chứng nhận đủ điều kiện hoạt động dịch vụ quan trắc môi trường (VIMCERTS).")
    rows = [["Nội dung", "Yêu cầu"]]
    merges = []
    for heading, point_text, params, extra, word, said, std in VN_GMP_BLOCKS:
        _span(rows, merges, heading, 2)
        rows += [["Vị trí quan trắc", point_text], ["Thông số", ", ".join([*extra[:1], *(p[2] for p in params), *extra[1:]])], ["Tần suất", said],
                 ["Quy chuẩn so sánh", std]]
        point = point_text.split(" – ")[0]
        for kind, key, _ in params:
            doc.add("monitoring", {"point": point, kind: key, "frequency": word})
    doc.table("Bảng 5.1. Chương trình quan trắc định kỳ", rows, merges, role="monitoring")
    doc.p("Kết quả quan trắc được tổng hợp trong báo cáo công tác bảo vệ môi trường hằng năm gửi trước ngày 31/01 của năm tiếp theo.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

# ((RU, KK section), [(RU, KK check, (RU, KK who), actor key RU, KK, word or None, (RU, KK frequency when no word), (RU, KK form))])
MED_CHECKS = (
    (("I. Места первичного сбора отходов в отделениях", "I. Бөлімшелердегі қалдықтарды алғашқы жинау орындары"), [
        ("Наличие и маркировка одноразовых пакетов и КБУ желтого цвета для отходов класса Б", "Б сыныпты қалдықтарға арналған сары түсті бір реттік пакеттер мен ҚҚЖ-ның болуы және таңбалануы",
         ("старшая медицинская сестра отделения", "бөлімшенің аға мейірбикесі"), "старшая медицинская сестра", "аға мейірбике", "daily", None,
         ("журнал учета медицинских отходов (ф. МО-1)", "медициналық қалдықтарды есепке алу журналы (МО-1 нысаны)")),
        ("Заполнение пакетов и контейнеров не более чем на 3/4 объема, герметизация перед удалением", "Пакеттер мен контейнерлерді көлемінің 3/4 бөлігінен аспай толтыру, шығару алдында бітеу",
         ("старшая медицинская сестра отделения", "бөлімшенің аға мейірбикесі"), "старшая медицинская сестра", "аға мейірбике", "daily", None,
         ("журнал учета медицинских отходов (ф. МО-1)", "медициналық қалдықтарды есепке алу журналы (МО-1 нысаны)")),
        ("Соблюдение режима дезинфекции отходов класса В перед удалением из отделения", "В сыныпты қалдықтарды бөлімшеден шығарар алдында дезинфекциялау режимінің сақталуы",
         ("госпитальный эпидемиолог", "госпитальдық эпидемиолог"), "эпидемиолог", "эпидемиолог", "weekly", None, ("журнал дезинфекции", "дезинфекция журналы"))]),
    (("II. Помещение временного хранения отходов", "II. Қалдықтарды уақытша сақтау үй-жайы"), [
        ("Температура в холодильной камере для отходов классов Б и В – не выше +5 °С", "Б және В сыныпты қалдықтарға арналған тоңазытқыш камерадағы температура – +5 °С-тан аспайды",
         ("заведующий хозяйством", "шаруашылық меңгерушісі"), "заведующий хозяйством", "шаруашылық меңгерушісі", "daily", None,
         ("журнал температурного режима", "температуралық режим журналы")),
        ("Срок хранения отходов классов Б и В без охлаждения – не более 24 часов", "Б және В сыныпты қалдықтарды салқындатусыз сақтау мерзімі – 24 сағаттан аспайды",
         ("госпитальный эпидемиолог", "госпитальдық эпидемиолог"), "эпидемиолог", "эпидемиолог", "weekly", None, ("журнал учета медицинских отходов", "медициналық қалдықтарды есепке алу журналы")),
        ("Генеральная уборка и дезинфекция помещения хранения", "Сақтау үй-жайын бас тазалау және дезинфекциялау", ("сестра-хозяйка", "шаруашылық мейірбикесі"),
         "сестра-хозяйка", "шаруашылық мейірбикесі", "monthly", None, ("график генеральных уборок", "бас тазалау кестесі"))]),
    (("III. Инсинераторная установка ИН-50.1", "III. ИН-50.1 инсинератор қондырғысы"), [
        ("Температура в камере дожигания не ниже 1 100 °С по показаниям термопары", "Термопара көрсеткіштері бойынша жағу камерасындағы температура 1 100 °С-тан төмен емес",
         ("оператор инсинератора", "инсинератор операторы"), "оператор инсинератора", "инсинератор операторы", None,
         ("при каждом цикле сжигания", "әр жағу циклінде"), ("журнал работы установки", "қондырғы жұмысының журналы")),
        ("Исправность циклона и скруббера, уровень и pH орошающей жидкости", "Циклон мен скруббердің жарамдылығы, суару сұйықтығының деңгейі мен pH-ы",
         ("инженер по эксплуатации", "пайдалану жөніндегі инженер"), "инженер по эксплуатации", "пайдалану жөніндегі инженер", "monthly", None,
         ("журнал технического обслуживания", "техникалық қызмет көрсету журналы")),
        ("Комплексная проверка установки и соблюдения регламента сжигания", "Қондырғыны және жағу регламентінің сақталуын кешенді тексеру",
         ("комиссия под председательством заместителя главного врача", "бас дәрігер орынбасарының төрағалығымен комиссия"), "комиссия", "комиссия",
         "semiannual", None, ("акт проверки", "тексеру актісі"))]),
    (("IV. Транспортирование и передача отходов", "IV. Қалдықтарды тасымалдау және беру"), [
        ("Дезинфекция тележек и контейнеров после выгрузки отходов", "Қалдықтарды түсіргеннен кейін арбалар мен контейнерлерді дезинфекциялау", ("санитарка", "санитар"),
         "санитар", "санитар", None, ("после каждого рейса", "әр рейстен кейін"), ("журнал дезинфекции", "дезинфекция журналы")),
        ("Наличие актов и накладных на передачу отходов класса Г специализированной организации",
         "Г сыныпты қалдықтарды мамандандырылған ұйымға беру актілері мен жүкқұжаттарының болуы", ("инженер-эколог", "инженер-эколог"), "инженер-эколог",
         "инженер-эколог", "quarterly", None, ("журнал передачи отходов", "қалдықтарды беру журналы"))]),
)  # fmt: skip


def inspections_jz1(doc: Doc) -> None:
    """A regional hospital's programme of production control of its medical wastes: checks numbered through four Roman section
    rows (wards, the storage room, the ИН-50.1 incinerator, transport), each check a criterion full of figures that are no
    limits (`не более чем на 3/4 объема`, `не выше +5 °С`, `не ниже 1 100 °С`), who checks, how often and the journal's form
    (`ф. МО-1`); checks at each burning cycle and after each trip without a frequency, a commission chaired by the deputy head
    doctor twice a year (VI: a hospital's plan of checking its medical wastes for 2026 whose three sections each number their
    items from 1, the ward or place checked, `Đột xuất` without a frequency, the circular's articles in a remarks column)."""
    if doc.lang == "vi":
        _inspections_jz1_vi(doc)
        return
    g = _rk(doc)
    k = 0 if doc.lang == "ru" else 1
    doc.h(g("Программа производственного контроля за обращением с медицинскими отходами на 2026 год", "2026 жылға арналған медициналық қалдықтармен жұмыс істеуді өндірістік бақылау бағдарламасы"))
    doc.p(g("КГП на ПХВ «Кызылординская областная многопрофильная больница». Программа утверждена приказом главного врача № 58-П от 09.01.2026.",
            "«Қызылорда облыстық көпбейінді ауруханасы» ШЖҚ КМК. Бағдарлама бас дәрігердің 09.01.2026 № 58-П бұйрығымен бекітілді."))
    rows = [g(["№", "Контролируемое требование (критерий)", "Кто контролирует", "Периодичность", "Где фиксируется"],
              ["№", "Бақыланатын талап (өлшемшарт)", "Кім бақылайды", "Кезеңділігі", "Қайда тіркеледі"])]
    merges = []
    n = 0
    for section, checks in MED_CHECKS:
        _span(rows, merges, section[k], 5)
        for t_ru, t_kk, who, key_ru, key_kk, word, said, form in checks:
            n += 1
            text = (t_ru, t_kk)[k]
            rows.append([str(n), text, who[k], _fw(doc, word) if word else said[k], form[k]])
            item = {"kind": "inspection", "number": str(n), "text_contains": _words(text, 4), "actor_contains": (key_ru, key_kk)[k]}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
    doc.table(g("Таблица 2 – Контроль обращения с медицинскими отходами", "2-кесте – Медициналық қалдықтармен жұмыс істеуді бақылау"), rows, merges,
              role="inspections")
    maybe_distractor(doc)


# (section, [(check, place, who, word or None, note)])
VN_HOSP_CHECKS = (
    ("I. PHÂN LOẠI, THU GOM CHẤT THẢI TẠI KHOA, PHÒNG", [
        ("Phân loại chất thải y tế tại nơi phát sinh đúng màu bao bì, dụng cụ đựng", "Các khoa lâm sàng", "Điều dưỡng trưởng khoa", "daily", "Điều 4 Thông tư 20/2021/TT-BYT"),
        ("Ghi chép sổ giao nhận chất thải giữa khoa và bộ phận thu gom", "Các khoa lâm sàng, cận lâm sàng", "Phòng Điều dưỡng", "weekly", ""),
        ("Kiểm tra việc thu gom chất thải lây nhiễm sắc nhọn", "Khoa Hồi sức tích cực, Khoa Phẫu thuật", "Khoa Kiểm soát nhiễm khuẩn", None, "Đột xuất")]),
    ("II. LƯU GIỮ CHẤT THẢI TẠI KHU LƯU GIỮ TẬP TRUNG", [
        ("Nhiệt độ kho lạnh lưu giữ chất thải lây nhiễm (dưới 8 °C)", "Khu lưu giữ tập trung", "Tổ vệ sinh – môi trường", "daily", "Điều 7 Thông tư 20/2021/TT-BYT"),
        ("Nhãn, biển cảnh báo, thời gian lưu giữ chất thải", "Khu lưu giữ tập trung", "Khoa Kiểm soát nhiễm khuẩn", "monthly", "")]),
    ("III. XỬ LÝ CHẤT THẢI", [
        ("Nhiệt độ buồng đốt thứ cấp của lò đốt không thấp hơn 1.050 °C", "Khu lò đốt", "Tổ vận hành lò đốt", "daily", "QCVN 02:2012/BTNMT"),
        ("Vận hành trạm xử lý nước thải, lượng hóa chất khử trùng sử dụng", "Trạm xử lý nước thải", "Phòng Hành chính quản trị", "weekly", ""),
        ("Đánh giá tổng thể công tác quản lý chất thải y tế toàn bệnh viện", "Toàn bệnh viện", "Hội đồng Kiểm soát nhiễm khuẩn", "semiannual", "")]),
)


def _inspections_jz1_vi(doc: Doc) -> None:
    doc.h("KẾ HOẠCH KIỂM TRA, GIÁM SÁT CÔNG TÁC QUẢN LÝ CHẤT THẢI Y TẾ NĂM 2026 – BỆNH VIỆN ĐA KHOA HÒA PHƯỚC")
    doc.p("Kết quả kiểm tra được tổng hợp vào biên bản và báo cáo Giám đốc bệnh viện tại cuộc họp giao ban hằng tháng.")
    rows = [["TT", "Nội dung kiểm tra, giám sát", "Khoa, phòng, vị trí", "Người/bộ phận thực hiện", "Tần suất", "Ghi chú"]]
    merges = []
    for section, checks in VN_HOSP_CHECKS:
        _span(rows, merges, section, 6)
        for j, (text, place, who, word, note) in enumerate(checks, 1):
            rows.append([str(j), text, place, who, _fw(doc, word) if word else "Đột xuất", note if word else ""])
            item = {"kind": "inspection", "number": str(j), "text_contains": _words(text, 5), "actor_contains": who}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
    doc.table("Bảng 1. Nội dung, tần suất kiểm tra", rows, merges, role="inspections")
    maybe_distractor(doc)


# (RU, KK unit, clauses, (RU auditor, KK auditor, key), months)
AUDITS = (
    ("Цех твердых лекарственных форм", "Қатты дәрілік түрлер цехы", "6.1.2; 8.1; 8.2", 0, (2, 8)),
    ("Цех стерильных растворов", "Стерильді ерітінділер цехы", "6.1.2; 8.1", 1, (3, 9)),
    ("Котельная и компрессорная станция", "Қазандық және компрессорлық станция", "8.1; 9.1.1", 2, (4,)),
    ("Контрольно-аналитическая лаборатория", "Бақылау-талдау зертханасы", "7.5; 8.1; 9.1.2", 0, (5,)),
    ("Склады сырья и готовой продукции, площадки накопления отходов", "Шикізат пен дайын өнім қоймалары, қалдықтарды жинақтау алаңдары", "8.1; 8.2", 1, (3, 6, 9, 12)),
    ("Локальные очистные сооружения", "Жергілікті тазарту құрылыстары", "8.1; 9.1.1", 2, (2, 5, 8, 11)),
    ("Отдел закупок (требования к поставщикам и подрядчикам)", "Сатып алу бөлімі (жеткізушілер мен мердігерлерге қойылатын талаптар)", "8.1 (внешние процессы)", 1, (10,)),
)
AUDITORS = (("Ахметова Г.С.", "Ахметова Г.С."), ("Ли В.Е.", "Ли В.Е."), ("Турсынбеков Д.М.", "Тұрсынбеков Д.М."))


def inspections_jz2(doc: Doc) -> None:
    """A pharmaceutical plant's programme of internal audits of its ISO 14001 environmental management system for 2026: the
    unit or process audited, the clauses of the standard (`6.1.2; 8.1; 8.2`) as look-alike item numbers, the lead auditor,
    then the twelve months as Roman-numbered columns under a merged header, each audit a cross `X` in its months; no frequency
    is written (VI: an EU-GMP plant's schedule of checking its treatment works, the work merged down over its checks numbered
    through the table, the frequency, who checks and the form's code `BM-MT-03`, checks at each shift without a frequency)."""
    if doc.lang == "vi":
        _inspections_jz2_vi(doc)
        return
    g = _rk(doc)
    k = 0 if doc.lang == "ru" else 1
    op = doc.pick(PHARMA_OPS)[k]
    doc.h(g(f"Программа внутренних аудитов системы экологического менеджмента {op} на 2026 год",
            f"{op} экологиялық менеджмент жүйесінің 2026 жылға арналған ішкі аудиттер бағдарламасы"))
    doc.p(g("Аудиты проводятся на соответствие СТ РК ISO 14001-2016 и процедуре СТО-ЭМ-05. Несоответствия оформляются отчетом в течение 5 рабочих дней.",
            "Аудиттер ҚР СТ ISO 14001-2016 және СТО-ЭМ-05 рәсіміне сәйкестікке жүргізіледі. Сәйкессіздіктер 5 жұмыс күні ішінде есеппен ресімделеді."))
    months = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
    rows = [g(["№", "Проверяемое подразделение (процесс)", "Пункты стандарта", "Ведущий аудитор", "Месяц проведения"],
              ["№", "Тексерілетін бөлімше (процесс)", "Стандарт тармақтары", "Жетекші аудитор", "Өткізілетін айы"]) + [None] * 11,
            [None] * 4 + list(months)]
    merges = [(0, c, 1, c) for c in range(4)] + [(0, 4, 0, 15)]
    for n, (u_ru, u_kk, clauses, who, marks) in enumerate(AUDITS, 1):
        unit = (u_ru, u_kk)[k]
        auditor = AUDITORS[who][k]
        rows.append([str(n), unit, clauses, auditor, *("X" if m in marks else "" for m in range(1, 13))])
        doc.add("obligations", {"kind": "inspection", "number": str(n), "text_contains": _words(unit, 3), "actor_contains": auditor})
    doc.table(g("Таблица 1 – График внутренних аудитов", "1-кесте – Ішкі аудиттер кестесі"), rows, merges, role="inspections")
    doc.table(g("Таблица 2 – Состав группы аудиторов", "2-кесте – Аудиторлар тобының құрамы"), [
        g(["Ф.И.О.", "Должность", "Сертификат внутреннего аудитора"], ["Аты-жөні", "Лауазымы", "Ішкі аудитор сертификаты"]),
        [AUDITORS[0][k], g("начальник отдела ООСиПБ", "ҚОҚжӨҚ бөлімінің бастығы"), "№ 14001-IA-0412 от 15.03.2024"],
        [AUDITORS[1][k], g("инженер-эколог", "инженер-эколог"), "№ 14001-IA-0413 от 15.03.2024"],
        [AUDITORS[2][k], g("уполномоченный по качеству", "сапа жөніндегі уәкіл"), "№ 14001-IA-0388 от 02.11.2023"],
    ], role="other")


# (work, [(check, said, word or None, who, form)])
VN_GMP_CHECKS = (
    ("Hệ thống xử lý nước thải tập trung 300 m³/ngày.đêm", [
        ("Đo nhanh pH, DO tại bể hiếu khí", "Mỗi ca", None, "Nhân viên vận hành HTXLNT", "BM-MT-01"),
        ("Kiểm tra bơm, máy thổi khí, bơm định lượng hóa chất", "Hằng ngày", "daily", "Nhân viên vận hành HTXLNT", "BM-MT-02"),
        ("Đo chỉ số SV30, chiều cao lớp bùn bể lắng", "Hằng tuần", "weekly", "Kỹ sư môi trường", "BM-MT-03")]),
    ("Hệ thống xử lý bụi, hơi dung môi khu pha chế – bao phim", [
        ("Kiểm tra chênh áp túi lọc, lọc HEPA (không quá 250 Pa)", "Hằng ngày", "daily", "Tổ Cơ điện", "BM-MT-04"),
        ("Kiểm tra, thay than hoạt tính tháp hấp phụ", "03 tháng/lần", "quarterly", "Kỹ sư môi trường", "BM-MT-05")]),
    ("Lò hơi đốt dầu DO 2 tấn hơi/giờ", [
        ("Kiểm tra màu khói, chế độ cháy của béc đốt", "Hằng ngày", "daily", "Công nhân vận hành lò hơi", "BM-MT-06"),
        ("Vệ sinh ống khói, kiểm tra lỗ lấy mẫu khí thải", "06 tháng/lần", "semiannual", "Tổ Cơ điện", "BM-MT-07")]),
    ("Kho lưu giữ chất thải nguy hại", [
        ("Kiểm tra nhãn, biển cảnh báo, bình chữa cháy, gờ chống tràn", "Hằng tháng", "monthly", "Phòng HSE", "BM-MT-08")]),
)


def _inspections_jz2_vi(doc: Doc) -> None:
    company = doc.pick(VN_PHARMA)
    doc.h(f"LỊCH KIỂM TRA VẬN HÀNH CÁC CÔNG TRÌNH BẢO VỆ MÔI TRƯỜNG – {company.upper()}, NHÀ MÁY VSIP II-A")
    doc.p("Ban hành kèm theo Quy trình SOP-HSE-012 (phiên bản 03). Mọi sai lệch phải báo ngay Trưởng phòng HSE.")
    rows = [["Hạng mục", "TT", "Nội dung kiểm tra", "Tần suất", "Người thực hiện", "Biểu mẫu"]]
    merges = []
    n = 0
    for work, checks in VN_GMP_CHECKS:
        start = len(rows)
        for j, (text, said, word, who, form) in enumerate(checks):
            n += 1
            rows.append([work if j == 0 else None, str(n), text, said, who, form])
            item = {"kind": "inspection", "number": str(n), "text_contains": _words(text, 5), "actor_contains": who}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
        if len(checks) > 1:
            merges.append((start, 0, len(rows) - 1, 0))
    doc.table("Bảng 1. Lịch kiểm tra", rows, merges, role="inspections")
    maybe_distractor(doc)


# ---------------------------------------------------------------- tasks

# ((RU, KK section), [(RU, KK measure, (RU, KK volume), thousand tenge, fund, (RU, KK start), (RU, KK end), (RU, KK effect), (RU, KK who))])
PPM = (
    (("Охрана атмосферного воздуха", "Атмосфералық ауаны қорғау"), [
        ("Установка рукавного фильтра и узла ввода сорбента (известь, активированный уголь) на инсинераторе № 1",
         "№ 1 инсинераторға жеңді сүзгі мен сорбент (әк, белсендірілген көмір) енгізу торабын орнату", ("1 комплект", "1 жиынтық"), 18500, 0,
         ("I кв. 2026", "2026 ж. I тоқс."), ("IV кв. 2026", "2026 ж. IV тоқс."), ("пыль – 0,42 т/год; ртуть – 0,0004 т/год", "шаң – 0,42 т/жыл; сынап – 0,0004 т/жыл"),
         ("заместитель директора по технической части", "директордың техникалық мәселелер жөніндегі орынбасары")),
        ("Замена горелки камеры дожигания на двухступенчатую", "Жағу камерасының жанарғысын екі сатылыға ауыстыру", ("2 шт.", "2 дана"), 6400, 0,
         ("II кв. 2026", "2026 ж. II тоқс."), ("III кв. 2026", "2026 ж. III тоқс."), ("углерод оксид – 0,18 т/год", "көміртек оксиді – 0,18 т/жыл"),
         ("главный инженер", "бас инженер")),
        ("Поверка и калибровка газоанализаторов АСМ", "АМЖ газ талдағыштарын тексеру және калибрлеу", ("4 канала", "4 арна"), 950, 0,
         ("II кв. 2026", "2026 ж. II тоқс."), ("II кв. 2026", "2026 ж. II тоқс."), ("—", "—"), ("инженер КИПиА", "БӨАжА инженері"))]),
    (("Обращение с отходами", "Қалдықтармен жұмыс істеу"), [
        ("Устройство навеса и бетонированной площадки для затаривания золы", "Күлді қапқа салуға арналған қалқа мен бетондалған алаң салу", ("120 м²", "120 м²"),
         7800, 0, ("II кв. 2026", "2026 ж. II тоқс."), ("III кв. 2026", "2026 ж. III тоқс."), ("пыление золы – 0,05 т/год", "күлдің шаңдауы – 0,05 т/жыл"),
         ("начальник центра", "орталық бастығы")),
        ("Передача золы на стабилизацию цементом вместо захоронения", "Күлді көмудің орнына цементпен тұрақтандыруға беру", ("4,2 т/год", "4,2 т/жыл"), 1600, 1,
         ("I кв. 2027", "2027 ж. I тоқс."), ("IV кв. 2027", "2027 ж. IV тоқс."), ("захоронение – 4,2 т/год", "көму – 4,2 т/жыл"), ("инженер-эколог", "инженер-эколог"))]),
    (("Охрана земельных ресурсов", "Жер ресурстарын қорғау"), [
        ("Озеленение санитарно-защитной зоны", "Санитариялық-қорғаныш аймағын көгалдандыру", ("0,6 га, 350 саженцев", "0,6 га, 350 көшет"), 2100, 1,
         ("II кв. 2026", "2026 ж. II тоқс."), ("II кв. 2027", "2027 ж. II тоқс."), ("—", "—"), ("заведующий хозяйством", "шаруашылық меңгерушісі"))]),
)  # fmt: skip
FUNDS = (("собственные средства", "меншікті қаражат"), ("собственные средства, заемные средства", "меншікті және қарыз қаражаты"))


def tasks_jz1(doc: Doc) -> None:
    """A medical-waste operator's plan of nature-protection measures annexed to its permit: unnumbered section rows for air,
    wastes and land, the measures numbered `1` … through the whole table, the volume of works (`120 м²`, `4 канала`), the cost
    in thousand tenge, the source of money, the start and the end under a merged header, the expected effect in tonnes a year
    and the responsible last, a total of the cost (VI: a hospital's plan of remedying the findings of an inspection, the
    finding beside each measure as a look-alike task, the unit in charge, the deadline and the money)."""
    if doc.lang == "vi":
        _tasks_jz1_vi(doc)
        return
    g = _rk(doc)
    k = 0 if doc.lang == "ru" else 1
    doc.h(g("План мероприятий по охране окружающей среды на 2026–2027 годы. ТОО «Сыр Мед Экология», центр обезвреживания медицинских отходов «Кызылорда»",
            "2026–2027 жылдарға арналған қоршаған ортаны қорғау жөніндегі іс-шаралар жоспары. «Сыр Мед Экология» ЖШС, «Қызылорда» медициналық қалдықтарды залалсыздандыру орталығы"))
    doc.p(g("Приложение 3 к экологическому разрешению на воздействие. Эффект указан как снижение эмиссий по отношению к 2025 году.",
            "Әсер етуге экологиялық рұқсатқа 3-қосымша. Әсер 2025 жылға қатысты эмиссиялардың төмендеуі ретінде көрсетілген."))
    rows = [g(["№ п/п", "Наименование мероприятия", "Объем работ", "Стоимость, тыс. тенге", "Источник финансирования", "Срок выполнения", None,
               "Ожидаемый эффект (снижение эмиссий)", "Ответственный"],
              ["Р/с №", "Іс-шараның атауы", "Жұмыс көлемі", "Құны, мың теңге", "Қаржыландыру көзі", "Орындау мерзімі", None,
               "Күтілетін әсер (эмиссиялардың төмендеуі)", "Жауапты"]),
            [None] * 5 + g(["начало", "окончание"], ["басталуы", "аяқталуы"]) + [None, None]]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 4, 7, 8)] + [(0, 5, 0, 6)]
    n, total = 0, 0
    for section, items in PPM:
        _span(rows, merges, section[k], 9)
        for m_ru, m_kk, vol, cost, fund, start, end, effect, who in items:
            n += 1
            total += cost
            text = (m_ru, m_kk)[k]
            rows.append([str(n), text, vol[k], num(cost, doc.lang), FUNDS[fund][k], start[k], end[k], effect[k], who[k]])
            doc.add("obligations", {"kind": "task", "number": str(n), "text_contains": _words(text, 4), "actor_contains": who[k]})
    rows.append(["", g("Итого", "Барлығы"), "", num(total, doc.lang), "", "", "", "", ""])
    doc.table(None, rows, merges, role="tasks")
    maybe_distractor(doc)


VN_REMEDY = (
    ("Chưa lắp thiết bị đo lưu lượng nước thải đầu vào hệ thống xử lý", "Lắp đồng hồ đo lưu lượng điện từ tại đầu vào bể điều hòa, truyền dữ liệu về trạm quan trắc tự động",
     "Phòng Hành chính quản trị", "30/6/2026", "180"),
    ("Kho chất thải nguy hại chưa có biển cảnh báo theo TCVN 6707:2009", "Lắp biển cảnh báo, dán nhãn CTNH cho kho và thiết bị lưu chứa theo TCVN 6707:2009",
     "Khoa Kiểm soát nhiễm khuẩn", "31/3/2026", "8"),
    ("Sổ vận hành lò đốt không ghi đủ nhiệt độ buồng đốt thứ cấp", "Trang bị bộ ghi nhiệt độ tự động cho buồng đốt thứ cấp và tập huấn tổ vận hành lò đốt",
     "Tổ vận hành lò đốt", "30/4/2026", "65"),
    ("Chưa quan trắc dioxin/furan trong khí thải lò đốt năm 2025", "Ký hợp đồng với đơn vị có VIMCERTS quan trắc tổng dioxin/furan khí thải lò đốt",
     "Phòng Tài chính kế toán", "31/5/2026", "95"),
    ("Chứng từ chuyển giao bóng đèn huỳnh quang thải chưa được lưu đầy đủ", "Hoàn thiện chứng từ chất thải nguy hại, báo cáo Sở Nông nghiệp và Môi trường",
     "Phòng Hành chính quản trị", "15/3/2026", "-"),
)


def _tasks_jz1_vi(doc: Doc) -> None:
    doc.h("KẾ HOẠCH KHẮC PHỤC CÁC TỒN TẠI VỀ BẢO VỆ MÔI TRƯỜNG – BỆNH VIỆN ĐA KHOA HÒA PHƯỚC")
    doc.p("Thực hiện Kết luận kiểm tra số 27/KL-STNMT ngày 12/12/2025 của Sở Nông nghiệp và Môi trường tỉnh Đắk Lắk; báo cáo kết quả khắc phục trước ngày 15/7/2026.")
    rows = [["TT", "Tồn tại theo Kết luận kiểm tra", "Biện pháp khắc phục", "Đơn vị chủ trì", "Thời hạn hoàn thành", "Kinh phí dự kiến (triệu đồng)"]]
    for n, (finding, measure, who, term, money) in enumerate(VN_REMEDY, 1):
        rows.append([str(n), finding, measure, who, term, money])
        doc.add("obligations", {"kind": "task", "number": str(n), "text_contains": _words(measure, 5), "actor_contains": who})
    doc.table("Bảng 1. Nội dung khắc phục", rows, role="tasks")
    maybe_distractor(doc)


# (number, RU, KK measure, executor index, quarters marked 1–8)
GANTT = (
    ("1", "Установка адсорбера с активированным углем на вытяжке коатеров (ИЗА 0004)", "Коатерлер сорғышына белсендірілген көмірлі адсорбер орнату (0004 ЛШК)", 0, (1, 2)),
    ("2", "Модернизация аспирации участка грануляции, в том числе:", "Түйіршіктеу учаскесінің аспирациясын жаңғырту, оның ішінде:", 0, (2, 3, 4)),
    ("2.1", "Замена рукавных фильтров на картриджные с HEPA-ступенью", "Жеңді сүзгілерді HEPA сатысы бар картридж сүзгілерге ауыстыру", 0, (2, 3)),
    ("2.2", "Установка датчиков перепада давления с выводом в SCADA", "SCADA-ға шығарылатын қысым айырмасы датчиктерін орнату", 1, (4,)),
    ("3", "Перевод котлов на горелки с низким выбросом оксидов азота (Low-NOx)", "Қазандықтарды азот оксидтері шығарындысы төмен жанарғыларға (Low-NOx) көшіру", 1, (5, 6)),
    ("4", "Реконструкция локальных очистных сооружений с добавлением ступени флотации", "Жергілікті тазарту құрылыстарын флотация сатысын қосып реконструкциялау", 2, (4, 5, 6, 7)),
    ("5", "Организация раздельного сбора блистерных отходов для передачи на переработку", "Қайта өңдеуге беру үшін блистер қалдықтарын бөлек жинауды ұйымдастыру", 4, (1,)),
    ("6", "Внедрение хроматографического контроля растворителей в выбросах", "Шығарындылардағы еріткіштерді хроматографиялық бақылауды енгізу", 3, (7, 8)),
)  # fmt: skip
EXECUTORS = (
    ("ОГМ", "отдел главного механика", "БМБ", "бас механик бөлімі"), ("ОГЭ", "отдел главного энергетика", "БЭБ", "бас энергетик бөлімі"),
    ("ООСиПБ", "отдел охраны окружающей среды и промышленной безопасности", "ҚОҚБ", "қоршаған ортаны қорғау бөлімі"),
    ("КАЛ", "контрольно-аналитическая лаборатория", "БТЗ", "бақылау-талдау зертханасы"),
    ("ОМТС", "отдел материально-технического снабжения", "МТЖБ", "материалдық-техникалық жабдықтау бөлімі"),
)


def tasks_jz2(doc: Doc) -> None:
    """A pharmaceutical plant's Gantt chart of environmental measures for 2026–2027: the measure, its executor as an
    abbreviation (`ОГМ`, `ООСиПБ`) explained only under the table, the quarters of each year under a merged year header marked
    `■`, an item `2` whose text ends `в том числе:` with sub-items `2.1`, `2.2` of their own, the source number `ИЗА 0004` in a
    measure's text (VI: an EU-GMP plant's plan of the trial operation of its treatment works, start and end dates, the capacity
    aimed at with its figures, the unit doing it and the monitoring company as partners)."""
    if doc.lang == "vi":
        _tasks_jz2_vi(doc)
        return
    g = _rk(doc)
    k = 0 if doc.lang == "ru" else 1
    op = doc.pick(PHARMA_OPS)[k]
    doc.h(g(f"План-график выполнения природоохранных мероприятий {op} на 2026–2027 годы", f"{op} 2026–2027 жылдарға арналған табиғат қорғау іс-шараларын орындау жоспар-кестесі"))
    rows = [g(["№", "Мероприятие", "Исполнитель", "2026 г.", None, None, None, "2027 г.", None, None, None],
              ["№", "Іс-шара", "Орындаушы", "2026 ж.", None, None, None, "2027 ж.", None, None, None]),
            [None, None, None, "I", "II", "III", "IV", "I", "II", "III", "IV"]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 6), (0, 7, 0, 10)]
    for number, m_ru, m_kk, who, marks in GANTT:
        text = (m_ru, m_kk)[k]
        abbr = EXECUTORS[who][2 * k]
        rows.append([number, text, abbr, *("■" if q in marks else "" for q in range(1, 9))])
        doc.add("obligations", {"kind": "task", "number": number, "text_contains": _words(text, 4), "actor_contains": abbr})
    doc.table(g("Таблица 6.1 – План-график мероприятий", "6.1-кесте – Іс-шаралардың жоспар-кестесі"), rows, merges, role="tasks")
    doc.p(g("Сокращения: " + "; ".join(f"{e[0]} – {e[1]}" for e in EXECUTORS) + ". ■ – квартал выполнения.",
            "Қысқартулар: " + "; ".join(f"{e[2]} – {e[3]}" for e in EXECUTORS) + ". ■ – орындалатын тоқсан."))
    maybe_distractor(doc)


VN_TRIAL = (
    ("Vận hành thử nghiệm hệ thống xử lý nước thải tập trung công suất 300 m³/ngày.đêm", "01/03/2026", "31/05/2026",
     "80 % công suất thiết kế (240 m³/ngày.đêm)", "Phòng HSE", "Công ty TNHH Kỹ thuật Môi trường Nam Việt"),
    ("Vận hành thử nghiệm hệ thống xử lý khí thải lò hơi (cyclon – tháp hấp thụ)", "01/03/2026", "30/04/2026", "100 % công suất lò hơi 2 tấn hơi/giờ",
     "Xưởng Cơ điện", "Nhà thầu lắp đặt lò hơi"),
    ("Vận hành thử nghiệm hệ thống lọc bụi, tháp hấp phụ than hoạt tính khu pha chế – bao phim", "15/03/2026", "15/05/2026", "Lưu lượng 12.000 m³/giờ",
     "Xưởng Cơ điện", "Phòng HSE"),
    ("Lấy mẫu chất thải khi các công trình vận hành ổn định (03 ngày liên tiếp)", "01/06/2026", "03/06/2026", "03 mẫu đơn mỗi công trình",
     "Trung tâm Quan trắc môi trường miền Nam", "Phòng HSE"),
    ("Lập báo cáo kết quả vận hành thử nghiệm gửi cơ quan cấp giấy phép", "04/06/2026", "30/06/2026", "-", "Phòng HSE", "-"),
)


def _tasks_jz2_vi(doc: Doc) -> None:
    company = doc.pick(VN_PHARMA)
    doc.h(f"KẾ HOẠCH VẬN HÀNH THỬ NGHIỆM CÁC CÔNG TRÌNH XỬ LÝ CHẤT THẢI – DỰ ÁN MỞ RỘNG NHÀ MÁY VSIP II-A ({company.upper()})")
    doc.p("Lập theo Điều 31 Nghị định số 08/2022/NĐ-CP và Giấy phép môi trường đã được cấp; thời gian vận hành thử nghiệm không quá 06 tháng.")
    rows = [["TT", "Công trình, hạng mục công việc", "Thời gian bắt đầu", "Thời gian kết thúc", "Công suất dự kiến đạt được", "Đơn vị thực hiện", "Đơn vị phối hợp"]]
    for n, (text, start, end, aim, who, partner) in enumerate(VN_TRIAL, 1):
        rows.append([str(n), text, start, end, aim, who, partner])
        doc.add("obligations", {"kind": "task", "number": str(n), "text_contains": _words(text, 9), "actor_contains": who})
    doc.table("Bảng 6.1. Kế hoạch vận hành thử nghiệm", rows, role="tasks")
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"JZ{k}", globals()[f"{role}_jz{k}"]) for role in ROLES for k in (1, 2)]
