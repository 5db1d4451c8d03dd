"""The thirty-first blind set's part HW (two layouts per role, `HW1` and `HW2`), written by someone who neither
ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`; held out and measured once (0.624
over 126 files when first measured at the registering commit, 2026-12-06), then moved to the tuning layouts to be
studied (0.918 after the study that day).

Theme: healthcare and medical waste. Kazakhstan: regional multi-profile, infectious-disease and oncology hospitals and
city hospitals run as state enterprises (КГП на ПХВ) of the oblasts' health departments at Kostanay, Pavlodar, Aktobe,
Uralsk and Petropavl, with their own boiler houses, laundries, morgues, central sterilisation departments, clinical
laboratories, autoclaves and local treatment works with chlorination, and centralised medical-waste plants at Karaganda,
Pavlodar and Shymkent burning class Б and В wastes in incinerators (an incinerator's technical passport, a hospital's
ПЭК programme, the calculation section of an НДВ project, the sources of a hospital by its departments' ventilation
systems, the scheme of handling medical wastes, an act reconciling a hospital's waste log with the contractor's
weighing, a laboratory's protocol at a treatment works' outlet, the air at a plant's protection zone by the wind, a
monitoring plan-graph with an epidemic regime, a laboratory's weekly roster, a hospital epidemiologist's monthly round
chart, an engineer-ecologist's job description, a road map of withdrawing mercury devices and an accreditation
self-assessment's corrective plan). Vietnam: provincial general hospitals and a tropical-diseases hospital under Thông
tư 20/2021/TT-BYT, with their lò đốt chất thải rắn y tế (QCVN 02:2012/BTNMT) and their trạm xử lý nước thải (QCVN
28:2010/BTNMT) (lý lịch lò đốt, báo cáo đề xuất cấp GPMT, ĐTM, kế hoạch quản lý chất thải y tế, biên bản đối chiếu khối
lượng with the treatment company, kết quả quan trắc, chương trình quan trắc, lịch quan trắc nội bộ, lịch giám sát of the
Khoa Kiểm soát nhiễm khuẩn, bản mô tả công việc, lộ trình thay thế thiết bị chứa thủy ngân and a kế hoạch cải tiến chất
lượng by the Bộ tiêu chí chất lượng bệnh viện Việt Nam).

Facility: the technical passport of a medical-waste plant's incinerator, the maker with a BIN of its own, the EAEU
declaration, the serial number, the burning temperatures and the stack before the section on the owner and the place
of installation, which alone gives the facility — the owner's BIN, the KATO, the installation's point in degrees,
minutes and seconds and the category — the log of repairs in a table of no role (VI: the lý lịch of a hospital's
incinerator, the manufacturer's enterprise number and its certificate of conformity to QCVN 02:2012/BTNMT first, the
hospital's tax number, the furnace's decimal coordinates and the group under `Cơ sở sử dụng`) (HW1); the general section
of a hospital's ПЭК programme crowded with the health system's own categories and codes — the accreditation category
(`высшая`, `первая`), the level of care, the medical licence's eight digits, the sanitary conclusion's number, beds and
visits a shift, a civil-defence category `не категорирован` — among which the category under the Ecological Code, the
OKED 86101, the KATO and decimal coordinates stand, the beds by profile in a table of no role (VI: a hospital's
application for a GPMT with `Bệnh viện hạng I`, the health-insurance code of the facility, the seven-digit budget-unit
code, the operating licence and planned and real beds beside the tax number and `nhóm II`) (HW2).

Emissions: the calculation section of a medical-waste plant's НДВ project whose columns are headed by symbols only —
`qᵢ | Mᵢ | Gᵢ` — their meanings and units (kg per tonne, g/s, t/year) told only in the `где:` legend under the table,
a row spanning the table per source carrying `B = … т/год, T = … ч/год`, the gas boiler's factor per thousand cubic
metres, a hazard-class column and a total of the tonnes (VI: a hospital ĐTM's loads of its incinerator, boiler and
generator, `Mᵢ | Gᵢ` explained in `Ghi chú` under the table, named sources) (HW1); a hospital's sources laid out by
departments and their ventilation systems (`В-12`), the department merged down over its sources and the source over its
substances — formaldehyde, ethanol and xylene of the morgue, ethylene oxide after a catalytic converter, the laboratory's
hydrogen chloride and glutaraldehyde (an ОБУВ, `–` for a class), amalgam mercury, dry-cleaning perchloroethylene,
acrolein of the kitchen, the ambulance yard — the year's figure in kilograms, and the infectious block's exhausts behind
HEPA filters as sources whose row says no normed substance leaves them (VI: a hospital's small sources in g/s and
kg/năm, `Không phát sinh chất ô nhiễm cần kiểm soát` for the negative-pressure wards) (HW2).

Wastes: a hospital's scheme of handling medical wastes, whose first table (of no role) turns the hospital's own ciphers
`Б-1`, `Г-2`, `А-1` into the class of the sanitary rules, the classifier's code and the colour of the bag, and whose
second table gives the amounts keyed by the cipher alone, with no code column — the code is read through the first
table (VI: a kế hoạch quản lý chất thải y tế, groups `LN-1`, `NH-2`, `TT-1` with their CTNH code and colour in the first
table, the kilograms a year by group in the second) (HW1); an act reconciling a year's medical wastes between a
hospital and the plant that burns them — the hospital's log, the plant's weighing, the difference and the amount the
parties accept — the accepted amount, as the sentence under the table says, being the waste's amount, the parties in
a table of no role (VI: a biên bản đối chiếu between a hospital and its treatment company, `Khối lượng thống nhất`)
(HW2).

Limits: a laboratory's protocol at an infectious-disease hospital's treatment-works outlet `К-2`, each parameter judged
against two authorities in two columns — the vodokanal's acceptance limits and the hygienic requirement for disinfected
waste water, residual chlorine `не менее 1,5` in the second only — two sampling dates as result columns beside the
methods' standards, pathogens and helminth eggs `не обнаружены` against `отсутствие` giving no item, `<` below the range
(VI: a hospital's outfall into a city sewer against the drainage company's acceptance limits and QCVN 28:2010/BTNMT
column B with K = 1,0, radioactivity rows in Bq/l and Salmonella, Shigella and Vibrio rows that give no item) (HW1);
the air at the protection zone's boundary around a medical-waste plant where, at each sampling, the windward point is
the background and the leeward one the control — a row per date with the wind and the two points' codes, then each
substance as `фон | контроль` sub-columns, the ПДК м.р. in a row under the header, so that each value's point is read
from its row (VI: an incinerator's surroundings, `Điểm đầu hướng gió | Điểm cuối hướng gió`, QCVN 05:2023/BTNMT one-hour
values in µg/m3) (HW2).

Monitoring: an infectious-disease hospital's plan-graph with two frequency columns, the usual regime and the regime of
epidemiological trouble declared by the sanitary service — more frequent coliforms, the incinerator monthly — where
`без изменений` repeats nothing and `каждые 4 часа` is no frequency of the contract (VI: a tropical-diseases hospital,
`Khi có dịch bệnh truyền nhiễm nhóm A`) (HW1); a treatment works laboratory's weekly roster, the points merged down over
their parameters, marks under the seven weekdays — seven marks a day's control, one a week's — and notes turning a
Wednesday's mark into the first Wednesday of the month or of the quarter, two marks a week being none of the contract's
frequencies (VI: `T2 … CN`, `Thứ Tư tuần đầu tiên của tháng`) (HW2).

Inspections: a hospital epidemiologist's and engineer-ecologist's chart of rounds for a typical month, a column per week
of the month with `+` marks — four a weekly round, one a monthly one, two none of the contract's, `кв.` in the first
week a quarterly one in the quarter's first month — the checker in a column (VI: the Khoa Kiểm soát nhiễm khuẩn's
`Tuần 1 … Tuần 4`, `Q`) (HW1); the job description of a hospital's engineer-ecologist, numbered duties whose checks carry
their frequency inside the sentence beside duties of reporting and training that are no checks and a check upon
complaints with no frequency (VI: a bản mô tả công việc of the environmental officer) (HW2).

Tasks: a hospital's road map of withdrawing mercury devices under the Minamata Convention, counts of thermometers,
sphygmomanometers and lamps as sub-columns under a merged header between the measure and its term, the responsible and
the source of financing last (VI: a lộ trình thay thế thiết bị y tế chứa thủy ngân) (HW1); the corrective plan after an
accreditation self-assessment, rows keyed by the standard's criterion (`21.4`) with its requirement and score — no
item number of their own — a criterion met in full whose measure is `не требуется` (VI: a kế hoạch cải tiến by the
criteria C4.5 and C4.6 of the Bộ tiêu chí chất lượng bệnh viện Việt Nam, `Mức 3 → Mức 4`) (HW2).
"""

from __future__ import annotations

from decimal import Decimal

from . import vocab
from .common import Doc, distractor, freq, make_bin, make_msdn, num
from .limits_data import add
from .registry import ROLES, Layout
from .sources_data import emission

# ---------------------------------------------------------------- helpers


def _L(doc: Doc) -> int:
    """0 for a Russian document, 1 for a Kazakh one."""
    return 0 if doc.lang == "ru" else 1


def _sig(x: float, digits: int = 3) -> float:
    return float(f"{x:.{digits}g}")


def _words(text: str, n: int = 5) -> str:
    return " ".join(text.split()[:n])


def _t(kg: float) -> float:
    """Kilograms as tonnes without binary noise."""
    return float(Decimal(repr(float(kg))) / 1000)


def _kato(doc: Doc, prefix: str) -> str:
    """A nine-digit KATO code starting with the city's prefix."""
    r = doc.rng
    rest = 9 - len(prefix) - 3
    return f"{prefix}{r.randint(10 ** (rest - 1), 10**rest - 1)}{r.choice(('000', '100'))}"


def _dms(value: float, dec: int = 1) -> tuple[str, float]:
    """`49°51′11,5″` and the decimal degrees it stands for."""
    d = int(value)
    rest = (value - d) * 60
    m = int(rest)
    s = round((rest - m) * 60, dec)
    if s >= 60:
        m, s = m + 1, 0.0
    if m >= 60:
        d, m = d + 1, 0
    sec = f"{s:0{3 + dec}.{dec}f}".replace(".", ",")
    return f"{d}°{m:02d}′{sec}″", round(d + m / 60 + s / 3600, 6)


def _span(rows: list, merges: list, text: str, width: int) -> None:
    """A row whose first cell spans the table."""
    rows.append([text] + [None] * (width - 1))
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))


def _date(doc: Doc, year: int = 2025, months=(1, 12), sep: str = ".") -> str:
    r = doc.rng
    return f"{r.randint(1, 28):02d}{sep}{r.randint(*months):02d}{sep}{year}"


def maybe_distractor(doc: Doc, share: float = 0.3) -> None:
    """A table of no role that a hospital's document may carry (no crusher among a hospital's equipment)."""
    if doc.rng.random() < share:
        distractor(doc, doc.pick(("contents", "approval", "contacts", "budget")))


DAILY = {"ru": "ежедневно", "kk": "күн сайын", "vi": "hằng ngày"}
WEEKLY = {"ru": "еженедельно", "kk": "апта сайын", "vi": "hằng tuần"}


def _often(doc: Doc, word: str) -> str:
    if word == "daily":
        return DAILY[doc.lang]
    if word == "weekly":
        return WEEKLY[doc.lang]
    return freq(doc, word)


# air pollutants the vocabulary does not name: code: (RU, KK, VI) — the names of the list of codes
NAMES = {
    "0183": ("Ртуть (Ртуть металлическая)", "Сынап (металл сынап)", "Thủy ngân (Hg)"),
    "0342": ("Фтористые газообразные соединения (в пересчете на фтор)", "Фторлы газ тәрізді қосылыстар (фторға шаққанда)", "Hợp chất flo dạng khí (HF)"),
    "0349": ("Хлор", "Хлор", "Clo (Cl2)"),
    "0882": ("Тетрахлорэтилен (Перхлорэтилен)", "Тетрахлорэтилен (перхлорэтилен)", "Tetracloetylen (C2Cl4, CAS 127-18-4)"),
    "1061": ("Этанол (Этиловый спирт)", "Этанол (этил спирті)", "Etanol (C2H5OH)"),
    "1301": ("Проп-2-ен-1-аль (Акролеин)", "Проп-2-ен-1-аль (акролеин)", "Acrolein (C3H4O, CAS 107-02-8)"),
    "1328": ("Пентандиаль (Глутаровый альдегид)", "Пентандиаль (глутар альдегиді)", "Glutaraldehyt (CAS 111-30-8)"),
    "1611": ("Этилена окись (Эпоксиэтан)", "Этилен тотығы (эпоксиэтан)", "Etylen oxit (C2H4O, CAS 75-21-8)"),
}  # fmt: skip
# hazard classes as the hospitals' tables print them (None: an ОБУВ only)
HAZ = {"0301": 2, "0304": 3, "0330": 3, "0337": 4, "0316": 2, "0342": 2, "0183": 1, "2902": 3, "2908": 3, "0328": 3,
       "0703": 1, "1325": 2, "2754": 4, "1061": 4, "0616": 3, "1611": 3, "1328": None, "0882": 2, "1301": 2, "2704": 4}


def _air(doc: Doc, code: str, variant: int = 0) -> str:
    if code in NAMES:
        return NAMES[code][vocab.LANGS.index(doc.lang)]
    return vocab.air(code, doc.lang, variant)


def _hz(code: str) -> str:
    return str(HAZ[code]) if HAZ[code] else "–"


# ---------------------------------------------------------------- facility

# Kazakhstan's centralised medical-waste plants: (RU, KK) name, core, (RU, KK) operator, (RU, KK) place, KATO prefix,
# (lat, lon) of the incinerator, model, throughput kg/h, category
KZ_PLANTS = (
    {"name": ("Центр термического обезвреживания медицинских отходов «Таза Орта»",
              "«Таза Орта» медициналық қалдықтарды термиялық залалсыздандыру орталығы"), "core": "Таза Орта",
     "op": ("ТОО «Таза Орта Мед»", "«Таза Орта Мед» ЖШС"),
     "place": ("Карагандинская область, г. Караганда, район имени Казыбек би, Северная промышленная зона, участок 41",
               "Қарағанды облысы, Қарағанды қ., Қазыбек би атындағы аудан, Солтүстік өнеркәсіп аймағы, 41-учаске"),
     "city": ("г. Караганда", "Қарағанды қ."), "kato": "3510", "at": (49.8532, 73.1410), "model": "ИН-250.2К", "kgh": 250, "cat": "I"},
    {"name": ("Участок обезвреживания медицинских отходов «Ертіс Медэко»", "«Ертіс Медэко» медициналық қалдықтарды залалсыздандыру учаскесі"),
     "core": "Ертіс Медэко", "op": ("ТОО «Ертіс Медэко»", "«Ертіс Медэко» ЖШС"),
     "place": ("Павлодарская область, г. Павлодар, Северная промышленная зона, ул. Промышленная, 7",
               "Павлодар облысы, Павлодар қ., Солтүстік өнеркәсіп аймағы, Өнеркәсіп көшесі, 7"),
     "city": ("г. Павлодар", "Павлодар қ."), "kato": "5510", "at": (52.3418, 76.9875), "model": "ИН-100.1", "kgh": 100, "cat": "II"},
    {"name": ("Центр обезвреживания медицинских отходов «Оңтүстік Эко Мед»", "«Оңтүстік Эко Мед» медициналық қалдықтарды залалсыздандыру орталығы"),
     "core": "Оңтүстік Эко Мед", "op": ("ТОО «Оңтүстік Эко Мед»", "«Оңтүстік Эко Мед» ЖШС"),
     "place": ("г. Шымкент, Каратауский район, промышленная зона «Бадам», участок 118",
               "Шымкент қ., Қаратау ауданы, «Бадам» өнеркәсіп аймағы, 118-учаске"),
     "city": ("г. Шымкент", "Шымкент қ."), "kato": "7910", "at": (42.3705, 69.6724), "model": "ИН-100.1", "kgh": 100, "cat": "II"},
)  # fmt: skip
MAKERS = (
    (("ТОО «Казтерммаш»", "«Казтерммаш» ЖШС"), ("Карагандинская область, г. Темиртау, ул. Заводская, 12",
                                               "Қарағанды облысы, Теміртау қ., Зауыт көшесі, 12")),
    (("ТОО «Инсинератор Техно Казахстан»", "«Инсинератор Техно Қазақстан» ЖШС"), ("г. Алматы, Алатауский район, ул. Бекмаханова, 96",
                                                                                  "Алматы қ., Алатау ауданы, Бекмаханов көшесі, 96")),
)
PASSPORT_REPAIRS = (
    ("Замена футеровки камеры дожигания", "Жағып бітіру камерасының футеровкасын ауыстыру"),
    ("Замена рукавов фильтра (48 шт.)", "Сүзгі жеңдерін ауыстыру (48 дана)"),
    ("Ремонт горелки камеры сжигания", "Жағу камерасының оттығын жөндеу"),
    ("Поверка газоанализатора стационарного", "Стационарлық газталдағышты салыстырып тексеру"),
)


def facility_hw1(doc: Doc) -> None:
    """The technical passport of an incinerator at a centralised medical-waste plant, `№ | наименование показателя |
    значение` under four section rows: the maker (with a BIN of its own, its address and the EAEU declaration of
    conformity), the unit's characteristics (model, serial number, year, throughput, temperatures of the burning and
    afterburning chambers, residence time, gas cleaning, stack), then the owner and the place of installation — the
    owner's BIN, the object, the address, the KATO, the unit's point in degrees, minutes and seconds, the category and the
    permit — which alone are the facility; the log of servicing and repairs in a table of no role (VI: the lý lịch of a
    hospital's incinerator, the manufacturer's enterprise number and its certificate of conformity first, the hospital's
    tax number, the furnace's decimal coordinates and the group under `III. CƠ SỞ SỬ DỤNG`)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_hw1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p = doc.pick(KZ_PLANTS)
    (m_ru, m_kk), (ma_ru, ma_kk) = doc.pick(MAKERS)
    maker_bin, bin_ = make_bin(r), make_bin(r)
    kato = _kato(doc, p["kato"])
    lat, lat_v = _dms(p["at"][0] + r.uniform(-0.002, 0.002))
    lon, lon_v = _dms(p["at"][1] + r.uniform(-0.002, 0.002))
    serial = f"{r.randint(101, 989):04d}"
    year = r.choice((2021, 2022, 2023))
    decl = f"ЕАЭС N KZ Д-KZ.РА02.В.{r.randint(10000, 99999)}/{str(year)[2:]}"
    permit = f"KZ{r.randint(10, 99)}VCZ{r.randint(10**7, 10**8 - 1)}"
    started = f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.{year + 1}"
    doc.h(g("ПАСПОРТ установки термического обезвреживания медицинских отходов (инсинератора)",
            "Медициналық қалдықтарды термиялық залалсыздандыру қондырғысының (инсинератордың) ПАСПОРТЫ", ""))
    doc.p(g(f"Инсинератор {p['model']}, заводской № {serial}. Паспорт удостоверяет гарантированные изготовителем характеристики "
            "установки; разделы 1 и 2 заполнены изготовителем, раздел 3 – владельцем при вводе установки в эксплуатацию. Паспорт "
            "хранится у владельца в течение всего срока службы установки.",
            f"{p['model']} инсинераторы, зауыттық № {serial}. Паспорт қондырғының дайындаушы кепілдік берген сипаттамаларын "
            "куәландырады; 1 және 2-бөлімдерді дайындаушы, 3-бөлімді қондырғыны пайдалануға енгізу кезінде иесі толтырады. Паспорт "
            "қондырғының бүкіл қызмет мерзімі ішінде иесінде сақталады.", ""))
    twin = p["kgh"] > 100
    rows = [g(["№", "Наименование показателя", "Значение"], ["№", "Көрсеткіштің атауы", "Мәні"], [])]
    merges: list = []
    _span(rows, merges, g("1. Сведения об изготовителе", "1. Дайындаушы туралы мәліметтер", ""), 3)
    rows += [["1.1", g("Изготовитель", "Дайындаушы", ""), (m_ru, m_kk)[L]],
             ["1.2", g("БИН изготовителя", "Дайындаушының БСН", ""), maker_bin],
             ["1.3", g("Адрес изготовителя", "Дайындаушының мекенжайы", ""), (ma_ru, ma_kk)[L]],
             ["1.4", g("Декларация о соответствии ТР ТС 010/2011", "ТР ТС 010/2011 сәйкестік туралы декларация", ""),
              g(f"{decl}, действительна до {started[:6]}{year + 5}", f"{decl}, {started[:6]}{year + 5} дейін жарамды", "")]]
    _span(rows, merges, g("2. Основные технические характеристики", "2. Негізгі техникалық сипаттамалары", ""), 3)
    rows += [["2.1", g("Модель, заводской номер, год изготовления", "Үлгісі, зауыттық нөмірі, дайындалған жылы", ""),
              f"{p['model']}; № {serial}; {year}"],
             ["2.2", g("Производительность по отходам классов Б и В, кг/ч", "Б және В сыныбындағы қалдықтар бойынша өнімділігі, кг/сағ", ""),
              g(f"{p['kgh']} ({'две линии по ' + str(p['kgh'] // 2) if twin else 'одна линия'})",
                f"{p['kgh']} ({'екі желі, әрқайсысы ' + str(p['kgh'] // 2) + ' кг/сағ' if twin else 'бір желі'})", "")],
             ["2.3", g("Температура в камере сжигания / в камере дожигания, °C", "Жағу камерасындағы / жағып бітіру камерасындағы температура, °C", ""),
              g("850–950 / не менее 1 100", "850–950 / кемінде 1 100", "")],
             ["2.4", g("Время пребывания газов в зоне дожигания, с", "Газдардың жағып бітіру аймағында болу уақыты, с", ""),
              g("не менее 2", "кемінде 2", "")],
             ["2.5", g("Топливо для розжига и поддержания температуры", "Тұтату және температураны ұстап тұру отыны", ""),
              g(f"дизельное топливо, {r.randint(10, 18)}–{r.randint(20, 28)} л/ч", f"дизель отыны, сағатына {r.randint(10, 18)}–{r.randint(20, 28)} л", "")],
             ["2.6", g("Газоочистка", "Газ тазарту", ""),
              g("закалка газов, скруббер с раствором NaOH, адсорбер с активированным углем, рукавный фильтр",
                "газдарды шынықтыру, NaOH ерітіндісі бар скруббер, белсендірілген көмір адсорбері, жеңді сүзгі", "")],
             ["2.7", g("Дымовая труба: высота / диаметр устья, м", "Түтін мұржасы: биіктігі / сағасының диаметрі, м", ""),
              f"{r.choice((16, 18, 20))} / {num(r.choice((0.4, 0.45, 0.5)), doc.lang)}"]]
    _span(rows, merges, g("3. Сведения о владельце и месте установки", "3. Иесі және орнату орны туралы мәліметтер", ""), 3)
    rows += [["3.1", g("Владелец (эксплуатирующая организация)", "Иесі (пайдаланушы ұйым)", ""), p["op"][L]],
             ["3.2", g("БИН владельца", "Иесінің БСН", ""), bin_],
             ["3.3", g("Объект", "Объект", ""), p["name"][L]],
             ["3.4", g("Адрес места установки", "Орнату орнының мекенжайы", ""), p["place"][L]],
             ["3.5", g("Код КАТО места установки", "Орнату орнының ҚАТО коды", ""), kato],
             ["3.6", g("Координаты установки (WGS-84)", "Қондырғының координаттары (WGS-84)", ""),
              g(f"{lat} с.ш.; {lon} в.д.", f"с.е. {lat}; ш.б. {lon}", "")],
             ["3.7", g("Категория объекта по статье 12 Экологического кодекса РК", "ҚР Экология кодексінің 12-бабы бойынша объект санаты", ""),
              g(f"{p['cat']} категория", f"{p['cat']} санат", "")],
             ["3.8", g("Экологическое разрешение", "Экологиялық рұқсат", ""),
              g(f"{'КЭР' if p['cat'] == 'I' else 'на воздействие'} № {permit} от {_date(doc, year + 1)}",
                f"{_date(doc, year + 1)} ж. № {permit} {'КЭР' if p['cat'] == 'I' else 'әсер етуге арналған рұқсат'}", "")],
             ["3.9", g("Ввод в эксплуатацию", "Пайдалануға енгізу", ""),
              g(f"{started}, акт приемки № {r.randint(2, 48)}", f"{started}, № {r.randint(2, 48)} қабылдау актісі", "")]]  # fmt: skip
    doc.table(g("Таблица 1 – Паспортные данные установки", "1-кесте – Қондырғының паспорттық деректері", ""), rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": p["core"], "kato": kato, "category": p["cat"], "lat": lat_v, "lon": lon_v})
    log = [g(["Дата", "Вид работ", "Наработка, ч", "Исполнитель"], ["Күні", "Жұмыс түрі", "Жұмыс істеген уақыты, сағ", "Орындаушы"], [])]
    hours = 0
    for j, (w_ru, w_kk) in enumerate(r.sample(PASSPORT_REPAIRS, 3)):
        hours += r.randint(1800, 3200)
        when = f"{r.randint(1, 28):02d}.{(3, 10, 6)[j]:02d}.{year + 2 + j // 2}"
        log.append([when, (w_ru, w_kk)[L], num(hours, doc.lang), (m_ru, m_kk)[L] if j != 1 else p["op"][L]])
    doc.table(g("Таблица 2 – Учет технического обслуживания и ремонтов", "2-кесте – Техникалық қызмет көрсету мен жөндеуді есепке алу", ""),
              log, role="other")
    doc.p(g("Изменения в паспорт вносятся владельцем в течение 10 рабочих дней после ремонта или замены узлов.",
            "Паспортқа өзгерістерді иесі жөндеуден немесе тораптарды ауыстырғаннан кейін 10 жұмыс күні ішінде енгізеді.", ""))


# Vietnamese hospitals with an incinerator: name, place, (lat, lon), province of the permit
VN_INCIN_HOSPITALS = (
    ("Bệnh viện Đa khoa An Bình Thanh Hóa", "số 68 đường Trần Phú, phường Ba Đình, thành phố Thanh Hóa, tỉnh Thanh Hóa", (19.8072, 105.7769), "Thanh Hóa"),
    ("Bệnh viện Đa khoa Hồng Lĩnh Nghệ An", "khối 4, phường Hưng Dũng, thành phố Vinh, tỉnh Nghệ An", (18.6734, 105.7022), "Nghệ An"),
    ("Bệnh viện Đa khoa Tây Bắc Sơn La", "tổ 2, phường Chiềng Sinh, thành phố Sơn La, tỉnh Sơn La", (21.3046, 103.9458), "Sơn La"),
)
VN_MAKERS = (("Công ty Cổ phần Công nghệ Môi trường Bách Khoa Việt", "Khu công nghiệp Quang Minh, huyện Mê Linh, thành phố Hà Nội"),
             ("Công ty TNHH Thiết bị Nhiệt Đại Việt", "Khu công nghiệp Phố Nối A, huyện Văn Lâm, tỉnh Hưng Yên"))


def _facility_hw1_vi(doc: Doc) -> None:
    r = doc.rng
    name, place, (la0, lo0), province = doc.pick(VN_INCIN_HOSPITALS)
    maker, maker_place = doc.pick(VN_MAKERS)
    msdn, maker_msdn = make_msdn(r), make_msdn(r)
    lat, lon = round(la0 + r.uniform(-0.002, 0.002), 5), round(lo0 + r.uniform(-0.002, 0.002), 5)
    year = r.choice((2021, 2022, 2023))
    kgh = r.choice((60, 100, 150))
    doc.p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM – Độc lập - Tự do - Hạnh phúc")
    doc.h("LÝ LỊCH LÒ ĐỐT CHẤT THẢI RẮN Y TẾ")
    doc.p(f"Model: LĐ-YT{kgh}; số chế tạo: {r.randint(10, 99)}/{year}. Lý lịch do đơn vị chế tạo lập khi bàn giao và do cơ sở sử dụng "
          "ghi chép trong suốt thời gian vận hành lò; kèm theo hồ sơ đề nghị cấp giấy phép môi trường.")
    rows = [["TT", "Nội dung", "Thông tin"]]
    merges: list = []
    _span(rows, merges, "I. ĐƠN VỊ CHẾ TẠO, LẮP ĐẶT", 3)
    rows += [["1", "Tên đơn vị", maker],
             ["2", "Mã số doanh nghiệp", maker_msdn],
             ["3", "Địa chỉ", maker_place],
             ["4", "Giấy chứng nhận sản phẩm phù hợp QCVN 02:2012/BTNMT", f"Số {r.randint(100, 999)}/{year}/CNHQ, hiệu lực 03 năm"]]
    _span(rows, merges, "II. THÔNG SỐ KỸ THUẬT", 3)
    rows += [["5", "Công suất thiết kế", f"{kgh} kg/giờ"],
             ["6", "Nhiệt độ vùng đốt sơ cấp / thứ cấp", "650 – 850 °C / ≥ 1.050 °C"],
             ["7", "Thời gian lưu cháy ở vùng đốt thứ cấp", "≥ 2 giây"],
             ["8", "Nhiên liệu", f"Dầu DO, {r.randint(8, 15)} – {r.randint(18, 25)} lít/giờ"],
             ["9", "Hệ thống xử lý khí thải", "Giải nhiệt nhanh – tháp hấp thụ dung dịch NaOH – hấp phụ than hoạt tính"],
             ["10", "Ống khói", f"Cao {r.choice((18, 20, 22))} m, đường kính {num(r.choice((0.35, 0.4)), 'vi')} m"]]
    _span(rows, merges, "III. CƠ SỞ SỬ DỤNG", 3)
    rows += [["11", "Tên cơ sở", name],
             ["12", "Mã số thuế", msdn],
             ["13", "Địa chỉ", place],
             ["14", "Vị trí đặt lò (hệ WGS-84)", f"Vĩ độ {num(lat, 'vi')}° Bắc; Kinh độ {num(lon, 'vi')}° Đông (khu xử lý chất thải, phía sau nhà tang lễ)"],
             ["15", "Giấy phép môi trường", f"Số {r.randint(12, 480)}/GPMT-UBND ngày {_date(doc, year + 1, sep='/')} của UBND tỉnh {province}"],
             ["16", "Phân loại theo tiêu chí về môi trường", "Nhóm II theo Phụ lục IV ban hành kèm theo Nghị định số 08/2022/NĐ-CP"],
             ["17", "Ngày đưa vào vận hành", _date(doc, year + 1, sep="/")]]  # fmt: skip
    doc.table("Bảng 1. Thông tin chung về lò đốt", rows, merges, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": name, "category": "II", "lat": lat, "lon": lon})
    log = [["Ngày", "Nội dung bảo dưỡng, sửa chữa", "Số giờ vận hành lũy kế", "Người thực hiện"]]
    hours = 0
    for j, work in enumerate(("Thay gạch chịu lửa buồng thứ cấp", "Thay than hoạt tính tháp hấp phụ", "Hiệu chuẩn thiết bị đo nhiệt độ")):
        hours += r.randint(1500, 2600)
        log.append([f"{r.randint(1, 28):02d}/{(3, 10, 6)[j]:02d}/{year + 2 + j // 2}", work, num(hours, "vi"), maker if j == 0 else "Tổ vận hành lò đốt"])
    doc.table("Bảng 2. Nhật ký bảo dưỡng, sửa chữa", log, role="other")


# Kazakhstan's hospitals: (RU, KK) organisation, (RU, KK) core, (RU, KK) health department, (RU, KK) place, KATO prefix,
# (lat, lon), (low, high) beds, category, (RU, KK) level of care, (RU, KK) heat, profiles
KZ_HOSPITALS = (
    {"org": ("КГП на ПХВ «Областная многопрофильная больница» Управления здравоохранения Костанайской области",
             "Қостанай облысы денсаулық сақтау басқармасының «Облыстық көпбейінді аурухана» ШЖҚ КМК"),
     "core": ("Областная многопрофильная больница", "Облыстық көпбейінді аурухана"),
     "dept": ("ГУ «Управление здравоохранения Костанайской области»", "«Қостанай облысы денсаулық сақтау басқармасы» ММ"),
     "place": ("Костанайская область, г. Костанай, ул. Бородина, 145", "Қостанай облысы, Қостанай қ., Бородин көшесі, 145"),
     "kato": "3910", "at": (53.2071, 63.6182), "beds": (560, 680), "cat": "II",
     "level": ("вторичный (областной); третичный – по профилям «кардиохирургия» и «нейрохирургия»",
               "екінші (облыстық); «кардиохирургия» және «нейрохирургия» бейіндері бойынша – үшінші"),
     "heat": ("собственная котельная: 3 котла по 2,5 МВт на природном газе", "меншікті қазандық: табиғи газбен жұмыс істейтін әрқайсысы 2,5 МВт 3 қазандық"),
     "profiles": (("Хирургический", "Хирургиялық"), ("Терапевтический", "Терапиялық"), ("Кардиологический", "Кардиологиялық"),
                  ("Неврологический", "Неврологиялық"), ("Реанимационный", "Реанимациялық"))},
    {"org": ("КГП на ПХВ «Областная инфекционная больница» Управления здравоохранения Павлодарской области",
             "Павлодар облысы денсаулық сақтау басқармасының «Облыстық жұқпалы аурулар ауруханасы» ШЖҚ КМК"),
     "core": ("Областная инфекционная больница", "Облыстық жұқпалы аурулар ауруханасы"),
     "dept": ("ГУ «Управление здравоохранения Павлодарской области»", "«Павлодар облысы денсаулық сақтау басқармасы» ММ"),
     "place": ("Павлодарская область, г. Павлодар, ул. Генерала Дюсенова, 34", "Павлодар облысы, Павлодар қ., Генерал Дүйсенов көшесі, 34"),
     "kato": "5510", "at": (52.2706, 76.9584), "beds": (260, 340), "cat": "II",
     "level": ("вторичный (областной), специализированная помощь по профилю «инфекционные болезни»",
               "екінші (облыстық), «жұқпалы аурулар» бейіні бойынша мамандандырылған көмек"),
     "heat": ("собственная котельная: 2 котла по 1,6 МВт на природном газе", "меншікті қазандық: табиғи газбен жұмыс істейтін әрқайсысы 1,6 МВт 2 қазандық"),
     "profiles": (("Боксированное (кишечные инфекции)", "Боксталған (ішек инфекциялары)"), ("Воздушно-капельные инфекции", "Ауа-тамшы инфекциялары"),
                  ("Вирусные гепатиты", "Вирустық гепатиттер"), ("Детское инфекционное", "Балалар жұқпалы аурулары"), ("Реанимационный", "Реанимациялық"))},
    {"org": ("КГП на ПХВ «Областной онкологический центр» Управления здравоохранения Актюбинской области",
             "Ақтөбе облысы денсаулық сақтау басқармасының «Облыстық онкологиялық орталық» ШЖҚ КМК"),
     "core": ("Областной онкологический центр", "Облыстық онкологиялық орталық"),
     "dept": ("ГУ «Управление здравоохранения Актюбинской области»", "«Ақтөбе облысы денсаулық сақтау басқармасы» ММ"),
     "place": ("Актюбинская область, г. Актобе, ул. Есет батыра, 99", "Ақтөбе облысы, Ақтөбе қ., Есет батыр көшесі, 99"),
     "kato": "1510", "at": (50.2839, 57.1670), "beds": (240, 320), "cat": "II",
     "level": ("третичный (областной онкологический центр), радиологическая и химиотерапевтическая помощь",
               "үшінші (облыстық онкологиялық орталық), радиологиялық және химиотерапиялық көмек"),
     "heat": ("от городских тепловых сетей; резервная котельная на дизельном топливе 1,2 МВт",
              "қалалық жылу желілерінен; дизель отынымен жұмыс істейтін 1,2 МВт резервтік қазандық"),
     "profiles": (("Онкохирургический", "Онкохирургиялық"), ("Химиотерапевтический", "Химиотерапиялық"), ("Радиологический", "Радиологиялық"),
                  ("Онкогинекологический", "Онкогинекологиялық"), ("Паллиативный", "Паллиативтік"))},
)  # fmt: skip
DOCTORS = (("Сейткалиев Нурлан Маратович", "Сейітқалиев Нұрлан Маратұлы"), ("Кравченко Ольга Викторовна", "Кравченко Ольга Викторовна"),
           ("Жумабаева Гульнар Ахметовна", "Жұмабаева Гүлнар Ахметқызы"))


def facility_hw2(doc: Doc) -> None:
    """The general section of a hospital's ПЭК programme, `№ | сведения | значение` under four section rows (the legal
    entity, the medical activity, the site, the environmental characteristic), crowded with the health system's own
    categories and numbers — the accreditation category `высшая`/`первая` with its certificate, the level of medical care,
    the eight-digit medical licence, the sanitary-epidemiological conclusion, beds and visits a shift, a civil-defence
    category `не категорирован` — among which stand the category under the Ecological Code, the OKED 86101, the KATO
    and decimal coordinates with `с.ш.`/`в.д.`; the beds by profile in a table of no role after it (VI: a hospital's
    application for a GPMT, `Bệnh viện hạng I` by the province's decision, the health-insurance code of the facility,
    the seven-digit budget-unit code, the operating licence, planned and real beds beside the tax number and `Nhóm II`)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_hw2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    h = doc.pick(KZ_HOSPITALS)
    bin_, kato = make_bin(r), _kato(doc, h["kato"])
    lat, lon = round(h["at"][0] + r.uniform(-0.002, 0.002), 5), round(h["at"][1] + r.uniform(-0.002, 0.002), 5)
    beds = r.randint(*h["beds"])
    icu = r.randint(12, 30)
    visits = r.randint(20, 60) * 10
    acc = r.choice((0, 1))
    acc_word = (("высшая", "жоғары"), ("первая", "бірінші"))[acc][L]
    licence = f"{r.randint(10, 23)}{r.randint(10**5, 10**6 - 1):06d}"
    doctor = doc.pick(DOCTORS)[L]
    area = num(round(r.uniform(3.2, 7.8), 1), doc.lang)
    doc.h(g(f"Программа производственного экологического контроля на 2026–2028 годы. {h['org'][0]}",
            f"{h['org'][1]}. 2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.h(g("1. Общие сведения об операторе и объекте", "1. Оператор және объект туралы жалпы мәліметтер", ""))
    doc.p(g("Сведения приведены по учредительным документам, лицензии на медицинскую деятельность, свидетельству об аккредитации и "
            "экологическому разрешению на воздействие. Категория аккредитации и уровень оказания медицинской помощи указаны для "
            "справки и к категории объекта по Экологическому кодексу отношения не имеют.",
            "Мәліметтер құрылтай құжаттары, медициналық қызметке лицензия, аккредиттеу туралы куәлік және әсер етуге арналған "
            "экологиялық рұқсат бойынша келтірілген. Аккредиттеу санаты мен медициналық көмек көрсету деңгейі анықтама үшін "
            "көрсетілген және Экология кодексі бойынша объект санатына қатысы жоқ.", ""))
    rows = [g(["№", "Сведения", "Значение"], ["№", "Мәліметтер", "Мәні"], [])]
    merges: list = []
    _span(rows, merges, g("1. Юридическое лицо", "1. Заңды тұлға", ""), 3)
    rows += [["1.1", g("Полное наименование", "Толық атауы", ""), h["org"][L]],
             ["1.2", g("БИН", "БСН", ""), bin_],
             ["1.3", g("Орган управления", "Басқару органы", ""), h["dept"][L]],
             ["1.4", g("Основной вид деятельности по ОКЭД", "ЭҚЖЖ бойынша негізгі қызмет түрі", ""),
              g("86101 – Деятельность больничных организаций", "86101 – Аурухана ұйымдарының қызметі", "")],
             ["1.5", g("Первый руководитель", "Бірінші басшы", ""), g(f"главный врач {doctor}", f"бас дәрігер {doctor}", "")]]
    _span(rows, merges, g("2. Медицинская деятельность", "2. Медициналық қызмет", ""), 3)
    rows += [["2.1", g("Государственная лицензия на медицинскую деятельность", "Медициналық қызметке мемлекеттік лицензия", ""),
              g(f"№ {licence} от {_date(doc, r.choice((2019, 2020, 2021)))}", f"{_date(doc, r.choice((2019, 2020, 2021)))} ж. № {licence}", "")],
             ["2.2", g("Аккредитация", "Аккредиттеу", ""),
              g(f"{acc_word} категория; свидетельство № KZ{r.randint(10, 99)}VEG{r.randint(10**7, 10**8 - 1)}, действительно до {_date(doc, 2027)}",
                f"{acc_word} санат; № KZ{r.randint(10, 99)}VEG{r.randint(10**7, 10**8 - 1)} куәлік, {_date(doc, 2027)} дейін жарамды", "")],
             ["2.3", g("Уровень оказания медицинской помощи", "Медициналық көмек көрсету деңгейі", ""), h["level"][L]],
             ["2.4", g("Мощность", "Қуаты", ""),
              g(f"{beds} коек (в т.ч. реанимационных – {icu}); консультативно-диагностическая поликлиника – {visits} посещений в смену",
                f"{beds} төсек (оның ішінде реанимациялық – {icu}); консультациялық-диагностикалық емхана – ауысымына {visits} келу", "")],
             ["2.5", g("Санитарно-эпидемиологическое заключение", "Санитариялық-эпидемиологиялық қорытынды", ""),
              g(f"№ {r.randint(10, 99)}-{r.randint(1000, 9999)} от {_date(doc, 2024)}", f"{_date(doc, 2024)} ж. № {r.randint(10, 99)}-{r.randint(1000, 9999)}", "")],
             ["2.6", g("Категория по гражданской обороне", "Азаматтық қорғаныс бойынша санаты", ""), g("не категорирован", "санатталмаған", "")]]
    _span(rows, merges, g("3. Площадка", "3. Алаң", ""), 3)
    rows += [["3.1", g("Местонахождение", "Орналасқан жері", ""), h["place"][L]],
             ["3.2", g("Код КАТО", "ҚАТО коды", ""), kato],
             ["3.3", g("Координаты центра территории", "Аумақ орталығының координаттары", ""),
              g(f"{num(lat, 'ru')}° с.ш.; {num(lon, 'ru')}° в.д.", f"{num(lat, 'kk')}° с.е.; {num(lon, 'kk')}° ш.б.", "")],
             ["3.4", g("Площадь территории, га", "Аумақтың ауданы, га", ""), area],
             ["3.5", g("Теплоснабжение", "Жылумен жабдықтау", ""), h["heat"][L]],
             ["3.6", g("Водоотведение", "Су бұру", ""),
              g("в городскую канализацию через локальные очистные сооружения с обеззараживанием (хлорирование)",
                "залалсыздандыруы (хлорлау) бар жергілікті тазарту құрылыстары арқылы қалалық кәрізге", "")]]
    _span(rows, merges, g("4. Экологическая характеристика", "4. Экологиялық сипаттама", ""), 3)
    rows += [["4.1", g("Категория объекта, оказывающего негативное воздействие на окружающую среду", "Қоршаған ортаға теріс әсер ететін объектінің санаты", ""),
              g(f"{h['cat']} категория (приложение 2 к Экологическому кодексу РК)", f"{h['cat']} санат (ҚР Экология кодексіне 2-қосымша)", "")],
             ["4.2", g("Экологическое разрешение на воздействие", "Әсер етуге арналған экологиялық рұқсат", ""),
              g(f"№ KZ{r.randint(10, 99)}VCZ{r.randint(10**7, 10**8 - 1)} от {_date(doc, 2025)}, срок действия – 10 лет",
                f"{_date(doc, 2025)} ж. № KZ{r.randint(10, 99)}VCZ{r.randint(10**7, 10**8 - 1)}, қолданылу мерзімі – 10 жыл", "")],
             ["4.3", g("Стационарные источники выбросов", "Шығарындылардың стационарлық көздері", ""),
              g(f"{r.randint(8, 14)}, в т.ч. организованных – {r.randint(6, 8)}", f"{r.randint(8, 14)}, оның ішінде ұйымдастырылғандары – {r.randint(6, 8)}", "")]]  # fmt: skip
    doc.table(g("Таблица 1.1 – Общие сведения", "1.1-кесте – Жалпы мәліметтер", ""), rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": h["core"][L], "kato": kato, "oked": "86101", "category": h["cat"], "lat": lat, "lon": lon})
    left = beds - icu
    stock = [g(["Профиль коек", "Количество коек"], ["Төсек бейіні", "Төсек саны"], [])]
    for k, (p_ru, p_kk) in enumerate(h["profiles"]):
        n = icu if k == len(h["profiles"]) - 1 else (left if k == len(h["profiles"]) - 2 else round(left * r.uniform(0.2, 0.3)))
        if k < len(h["profiles"]) - 2:
            left -= n
        stock.append([(p_ru, p_kk)[L], str(n)])
    stock.append([g("Всего", "Барлығы", ""), str(beds)])
    doc.table(g("Таблица 1.2 – Коечный фонд по профилям", "1.2-кесте – Бейіндер бойынша төсек қоры", ""), stock, role="other")


# Vietnamese hospitals: name, place, (lat, lon), (low, high) planned beds, BHYT prefix, decision body
VN_HOSPITALS = (
    ("Bệnh viện Đa khoa Bình An Quảng Ninh", "phường Giếng Đáy, thành phố Hạ Long, tỉnh Quảng Ninh", (20.9736, 107.0201), (500, 700), "22"),
    ("Bệnh viện Đa khoa Tân Tiến Lạng Sơn", "phường Tam Thanh, thành phố Lạng Sơn, tỉnh Lạng Sơn", (21.8445, 106.7617), (400, 600), "20"),
    ("Bệnh viện Đa khoa Thành Nam Hà Tĩnh", "phường Thạch Linh, thành phố Hà Tĩnh, tỉnh Hà Tĩnh", (18.3302, 105.8886), (450, 650), "42"),
)


def _facility_hw2_vi(doc: Doc) -> None:
    r = doc.rng
    name, place, (la0, lo0), (blo, bhi), bhyt = doc.pick(VN_HOSPITALS)
    msdn = make_msdn(r)
    lat, lon = round(la0 + r.uniform(-0.002, 0.002), 5), round(lo0 + r.uniform(-0.002, 0.002), 5)
    planned = r.randint(blo // 10, bhi // 10) * 10
    real = planned + r.randint(8, 25) * 10
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG CỦA CƠ SỞ {name.upper()}")
    doc.h("Chương I. THÔNG TIN CHUNG VỀ CƠ SỞ")
    doc.p("Bệnh viện là đơn vị sự nghiệp công lập trực thuộc Sở Y tế, tự bảo đảm một phần chi thường xuyên; các mã số dưới đây "
          "được ghi theo hồ sơ pháp lý của bệnh viện.")
    rows = [["TT", "Nội dung", "Thông tin"],
            ["1", "Tên chủ cơ sở", name],
            ["1.1", "Mã số thuế", msdn],
            ["1.2", "Mã đơn vị có quan hệ với ngân sách", f"{r.randint(1000000, 1099999)}"],
            ["1.3", "Mã cơ sở khám bệnh, chữa bệnh (BHYT)", f"{bhyt}{r.randint(1, 199):03d}"],
            ["1.4", "Người đại diện", f"{doc.pick(('Ông Nguyễn Văn Thịnh', 'Bà Lê Thị Thu Hà', 'Ông Phạm Minh Đức'))} – Giám đốc"],
            ["2", "Tên cơ sở", name],
            ["2.1", "Giấy phép hoạt động khám bệnh, chữa bệnh", f"Số {r.randint(10, 299)}/BYT-GPHĐ ngày {_date(doc, r.choice((2016, 2018, 2020)), sep='/')}"],
            ["2.2", "Xếp hạng bệnh viện", f"Hạng I (Quyết định số {r.randint(100, 3999)}/QĐ-UBND ngày {_date(doc, 2022, sep='/')})"],
            ["2.3", "Quy mô", f"Giường bệnh kế hoạch: {num(planned, 'vi')}; giường thực kê: {num(real, 'vi')}; khám ngoại trú bình quân "
                            f"{num(r.randint(12, 25) * 100, 'vi')} lượt/ngày"],
            ["2.4", "Địa điểm", place],
            ["2.5", "Tọa độ trung tâm khu đất (hệ WGS-84)", f"{num(lat, 'vi')}° N; {num(lon, 'vi')}° E"],
            ["2.6", "Hạng mục công trình bảo vệ môi trường",
             f"Trạm xử lý nước thải {num(r.choice((300, 400, 500, 600)), 'vi')} m3/ngày đêm; khu lưu giữ chất thải y tế; hệ thống khí y tế"],
            ["3", "Phân loại theo tiêu chí về môi trường", "Cơ sở thuộc nhóm II theo Phụ lục IV ban hành kèm theo Nghị định số 08/2022/NĐ-CP"]]  # fmt: skip
    doc.table("Bảng 1.1. Thông tin chung về chủ cơ sở và cơ sở", rows, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": name, "category": "II", "lat": lat, "lon": lon})
    beds = [["Khối", "Số giường thực kê"]]
    left = real
    for k, block in enumerate(("Khối Nội", "Khối Ngoại", "Khối Sản – Nhi", "Hồi sức tích cực – Chống độc")):
        n = left if k == 3 else round(real * (0.35, 0.3, 0.22)[k])
        left -= n
        beds.append([block, num(n, "vi")])
    doc.table("Bảng 1.2. Cơ cấu giường bệnh", beds, role="other")


# ---------------------------------------------------------------- emissions

# a medical-waste plant's sources: number, (RU, KK) name, kind of B, (low, high) T in hours, {code: (low, high) q}
PLANT_SOURCES = (
    ("0001", ("Дымовая труба инсинератора {model}", "{model} инсинераторының түтін мұржасы"), "waste", (3600, 5600),
     {"2902": (0.6, 1.4), "0301": (1.2, 2.2), "0304": (0.19, 0.36), "0330": (0.4, 1.1), "0337": (0.3, 0.9), "0316": (0.12, 0.4),
      "0342": (0.01, 0.03), "0183": (0.0004, 0.0012)}),
    ("0002", ("Дымовая труба котельной (2 котла КВа-0,5, природный газ)", "Қазандықтың түтін мұржасы (2 КВа-0,5 қазандығы, табиғи газ)"), "gas",
     (4800, 5200), {"0301": (1.8, 2.6), "0304": (0.29, 0.42), "0337": (1.2, 2.4)}),
    ("0003", ("Выхлопная труба резервной дизельной электростанции 320 кВт", "320 кВт резервтік дизель электр станциясының шығару құбыры"), "diesel",
     (150, 400), {"0301": (30, 36), "0304": (4.9, 5.9), "0328": (4.5, 5.5), "0330": (9, 11), "0337": (24, 28), "1325": (1.1, 1.3), "2754": (11, 13)}),
    ("6001", ("Площадка выгрузки золошлаковых остатков в контейнеры", "Күл-қож қалдықтарын контейнерлерге түсіру алаңы"), "ash", (120, 300),
     {"2908": (0.8, 2.0)}),
)  # fmt: skip
B_UNIT = {"waste": ("т отходов/год", "т қалдық/жыл"), "gas": ("тыс. м3 газа/год", "мың м3 газ/жыл"), "diesel": ("т топлива/год", "т отын/жыл"),
          "ash": ("т золы/год", "т күл/жыл")}


def emissions_hw1(doc: Doc) -> None:
    """The calculation section of a medical-waste plant's НДВ project, whose columns after the code, the name and the
    hazard class are headed by symbols only — `qᵢ | Mᵢ | Gᵢ` — and whose units (kilograms per tonne of waste, fuel or ash
    and per thousand cubic metres of gas; grams a second; tonnes a year) are told only in the `где:` legend under the
    table; a row spanning the table per source names it with its number and carries the year's quantity and hours
    (`B = 312 т отходов/год, T = 5 240 ч/год`), a total of the tonnes closes it (VI: a hospital ĐTM's loads of the
    incinerator, the oil-fired boiler and the stand-by generator, `Eᵢ | Mᵢ | Gᵢ` explained in `Ghi chú` under the table,
    the sources named in rows spanning the table, no class)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_hw1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p = doc.pick(KZ_PLANTS)
    doc.h(g(f"Проект нормативов допустимых выбросов. {p['op'][0]} ({p['name'][0]})", f"Жол берілетін шығарындылар нормативтерінің жобасы. "
            f"{p['op'][1]} ({p['name'][1]})", ""))
    doc.h(g("3.2. Расчет выбросов загрязняющих веществ", "3.2. Ластаушы заттар шығарындыларын есептеу", ""))
    doc.p(g("Выбросы определены расчетным методом по удельным показателям на единицу сжигаемых отходов, израсходованного топлива и "
            "выгружаемой золы; для инсинератора удельные показатели приняты с учетом эффективности газоочистки по данным "
            "изготовителя и протоколам инструментальных замеров 2025 года. Расчетные формулы: Gᵢ = qᵢ × B × 10⁻³; "
            "Mᵢ = Gᵢ × 10⁶ / (3 600 × T).",
            "Шығарындылар жағылатын қалдықтардың, жұмсалған отынның және түсірілетін күлдің бірлігіне шаққандағы үлестік "
            "көрсеткіштер бойынша есептеу әдісімен анықталды; инсинератор үшін үлестік көрсеткіштер дайындаушының деректері және "
            "2025 жылғы аспаптық өлшеулер хаттамалары бойынша газ тазарту тиімділігі ескеріле отырып қабылданды. Есептеу "
            "формулалары: Gᵢ = qᵢ × B × 10⁻³; Mᵢ = Gᵢ × 10⁶ / (3 600 × T).", ""))
    rows = [g(["Код ЗВ", "Наименование загрязняющего вещества", "Класс опасности", "qᵢ", "Mᵢ", "Gᵢ"],
              ["ЛЗ коды", "Ластаушы заттың атауы", "Қауіптілік сыныбы", "qᵢ", "Mᵢ", "Gᵢ"], [])]
    merges: list = []
    waste_b = _sig(p["kgh"] * r.uniform(3600, 5200) / 1000 * (0.6 if p["kgh"] > 100 else 0.75), 3)
    sources = [s for s in PLANT_SOURCES if s[0] != "0003" or r.random() < 0.75]
    all_g = []
    for number, (n_ru, n_kk), kind, (tlo, thi), factors in sources:
        if kind == "waste":
            b = waste_b
            hours = round(b * 1000 / p["kgh"] / 10) * 10
        elif kind == "ash":
            b = _sig(waste_b * r.uniform(0.08, 0.12), 3)
            hours = r.randint(tlo // 10, thi // 10) * 10
        elif kind == "gas":
            b = float(r.randint(15, 32) * 10)
            hours = r.randint(tlo // 10, thi // 10) * 10
        else:
            b = _sig(r.uniform(3, 8), 2)
            hours = r.randint(tlo // 10, thi // 10) * 10
        label = (n_ru, n_kk)[L].format(model=p["model"])
        _span(rows, merges, g(f"ИЗА {number} – {label}; B = {num(b, 'ru')} {B_UNIT[kind][0]}, T = {num(hours, 'ru')} ч/год",
                              f"ЛШК {number} – {label}; B = {num(b, 'kk')} {B_UNIT[kind][1]}, T = {num(hours, 'kk')} сағ/жыл", ""), 6)
        for c, (lo, hi) in factors.items():
            q = _sig(r.uniform(lo, hi), 3)
            gy = _sig(q * b / 1000, 4)
            ms = _sig(gy * 1e6 / (3600 * hours), 4)
            all_g.append(gy)
            rows.append([c, _air(doc, c), _hz(c), num(q, doc.lang), num(ms, doc.lang), num(gy, doc.lang)])
            doc.add("emissions", emission(c, ms, gy, number, HAZ[c]))
    rows.append(["", g("Итого по предприятию", "Кәсіпорын бойынша жиыны", ""), "", "", "", num(round(sum(all_g), 4), doc.lang)])
    doc.table(g("Таблица 3.2 – Расчет максимальных разовых и валовых выбросов", "3.2-кесте – Ең жоғары бір реттік және жалпы "
                "шығарындыларды есептеу", ""), rows, merges, role="emissions")
    doc.add("sources", *({"number": s[0], "type": "unorganized" if s[0].startswith("6") else "organized"} for s in sources))
    doc.p(g("где: qᵢ – удельный выброс i-го вещества, кг/т сжигаемых отходов, израсходованного топлива или выгружаемой золы (для "
            "котельной – кг/тыс. м3 сжигаемого газа); Mᵢ – максимальный разовый выброс, г/с; Gᵢ – валовый выброс, т/год; B – "
            "годовое количество отходов, топлива или золы; T – время работы источника, ч/год.",
            "мұнда: qᵢ – i-ші заттың үлестік шығарындысы, жағылатын қалдықтың, жұмсалған отынның немесе түсірілетін күлдің кг/т "
            "(қазандық үшін – жағылатын газдың кг/мың м3); Mᵢ – ең жоғары бір реттік шығарынды, г/с; Gᵢ – жалпы шығарынды, т/жыл; "
            "B – қалдықтың, отынның немесе күлдің жылдық мөлшері; T – көздің жұмыс уақыты, сағ/жыл.", ""))
    maybe_distractor(doc)


# a hospital's sources in an ĐTM: name, kind of B, (low, high) B, (low, high) T, {code: (low, high) E}
VN_HOSPITAL_SOURCES = (
    ("Lò đốt chất thải rắn y tế công suất {kgh} kg/giờ", "chất thải", None, (2400, 3600),
     {"2902": (1.0, 3.0), "0330": (0.8, 1.8), "0301": (1.5, 3.0), "0337": (0.6, 1.5), "0316": (0.3, 0.9)}),
    ("Lò hơi đốt dầu DO 1,5 tấn hơi/giờ (cấp hơi cho nhà giặt là và đơn vị tiệt khuẩn)", "dầu DO", (110, 190), (2600, 3200),
     {"2902": (0.25, 0.32), "0330": (0.9, 1.1), "0301": (2.6, 3.0), "0337": (0.6, 0.8)}),
    ("Máy phát điện dự phòng 1.000 kVA", "dầu DO", (4, 10), (100, 300),
     {"2902": (0.65, 0.75), "0330": (0.9, 1.1), "0301": (8.5, 10.5), "0337": (2.0, 2.6)}),
)  # fmt: skip


def _emissions_hw1_vi(doc: Doc) -> None:
    r = doc.rng
    name = doc.pick([h[0] for h in VN_INCIN_HOSPITALS])
    kgh = r.choice((60, 100, 150))
    doc.h(f"BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG DỰ ÁN MỞ RỘNG {name.upper()} LÊN {r.choice((800, 900, 1000))} GIƯỜNG BỆNH")
    doc.h("3.2.1.2. Đánh giá tác động do khí thải từ các nguồn đốt trong giai đoạn vận hành")
    doc.p("Tải lượng được tính theo hệ số phát thải của Tổ chức Y tế Thế giới (WHO, 1993) với hiệu quả của hệ thống xử lý khí thải lò đốt "
          "đã được tính vào hệ số; công thức: Gᵢ = Eᵢ × B × 10⁻³; Mᵢ = Gᵢ × 10⁶ / (3.600 × T).")
    rows = [["Chất ô nhiễm", "Eᵢ", "Mᵢ", "Gᵢ"]]
    merges: list = []
    for k, (label, fuel, b_range, (tlo, thi), factors) in enumerate(VN_HOSPITAL_SOURCES, 1):
        if b_range is None:
            hours = r.randint(tlo // 10, thi // 10) * 10
            b = _sig(kgh * hours / 1000 * r.uniform(0.7, 0.9), 3)
        else:
            b = float(r.randint(*b_range))
            hours = r.randint(tlo // 10, thi // 10) * 10
        _span(rows, merges, f"{k}. {label.format(kgh=kgh)}; B = {num(b, 'vi')} tấn {fuel}/năm; T = {num(hours, 'vi')} giờ/năm", 4)
        for c, (lo, hi) in factors.items():
            e = _sig(r.uniform(lo, hi), 3)
            gy = _sig(e * b / 1000, 4)
            ms = _sig(gy * 1e6 / (3600 * hours), 4)
            rows.append([vocab.air(c, "vi", 0 if c in ("2902", "0316") else 1), num(e, "vi"), num(ms, "vi"), num(gy, "vi")])
            doc.add("emissions", emission(c, ms, gy))
    doc.table("Bảng 3.12. Tải lượng các chất ô nhiễm trong khí thải các nguồn đốt", rows, merges, role="emissions")
    doc.p("Ghi chú: Eᵢ – hệ số phát thải (kg/tấn chất thải hoặc kg/tấn dầu); Mᵢ – tải lượng tức thời lớn nhất (g/s); Gᵢ – tải lượng theo "
          "năm (tấn/năm); B – khối lượng chất thải đốt hoặc dầu tiêu thụ trong năm; T – số giờ vận hành trong năm.")
    maybe_distractor(doc)


# a hospital's departments: (RU, KK) department, [((RU, KK) source, (RU, KK) cleaning, (low, high) hours or None, [(code, (lo, hi))])]
DEPARTMENTS = (
    (("Патологоанатомическое отделение (корпус № 3)", "Патологоанатомиялық бөлімше (№ 3 корпус)"), [
        (("В-12: местные отсосы секционных столов, вытяжные шкафы гистологической лаборатории",
          "В-12: секциялық үстелдердің жергілікті сорғыштары, гистологиялық зертхананың сору шкафтары"), ("–", "–"), (1600, 2000),
         [("1325", (0.0003, 0.0011)), ("1061", (0.002, 0.007)), ("0616", (0.0004, 0.0015))])]),
    (("Центральное стерилизационное отделение (корпус № 1)", "Орталық стерилизациялау бөлімшесі (№ 1 корпус)"), [
        (("В-7: газовые стерилизаторы (окись этилена)", "В-7: газ стерилизаторлары (этилен тотығы)"),
         ("каталитический нейтрализатор, 99 %", "каталитикалық бейтараптандырғыш, 99 %"), (1200, 1600), [("1611", (0.00004, 0.00018))])]),
    (("Клинико-диагностическая лаборатория (корпус № 1)", "Клиникалық-диагностикалық зертхана (№ 1 корпус)"), [
        (("В-3: вытяжные шкафы биохимического и бактериологического отделов", "В-3: биохимиялық және бактериологиялық бөлімдердің сору шкафтары"),
         ("–", "–"), (1800, 2200), [("1061", (0.001, 0.004)), ("0316", (0.0002, 0.0008)), ("1328", (0.00005, 0.0002))])]),
    (("Стоматологическое отделение поликлиники", "Емхананың стоматологиялық бөлімшесі"), [
        (("В-9: местные отсосы от амальгамосмесителей", "В-9: амальгама араластырғыштардың жергілікті сорғыштары"),
         ("угольный фильтр", "көмір сүзгісі"), (1500, 1900), [("0183", (0.0000004, 0.0000018))])]),
    (("Инфекционный корпус (корпус № 5)", "Жұқпалы аурулар корпусы (№ 5 корпус)"), [
        (("В-1: вытяжная вентиляция боксов № 1–12", "В-1: № 1–12 бокстардың сору желдеткіші"), ("фильтры HEPA H13", "HEPA H13 сүзгілері"), None, []),
        (("В-2: вытяжная вентиляция боксов № 13–24 и шлюзов", "В-2: № 13–24 бокстар мен шлюздердің сору желдеткіші"),
         ("фильтры HEPA H13", "HEPA H13 сүзгілері"), None, [])]),
    (("Прачечная с участком химической чистки", "Химиялық тазалау учаскесі бар кір жуу орны"), [
        (("В-15: машины химической чистки (2 шт.)", "В-15: химиялық тазалау машиналары (2 дана)"),
         ("угольный адсорбер рекуперации растворителя", "еріткішті рекуперациялаудың көмір адсорбері"), (2000, 2500), [("0882", (0.001, 0.004))])]),
    (("Пищеблок", "Тағам блогы"), [
        (("В-20: зонты над электроплитами и фритюрницами", "В-20: электр плиталары мен фритюрницалар үстіндегі шатырлар"),
         ("жироулавливающие фильтры", "май ұстағыш сүзгілер"), (2800, 3300), [("1301", (0.0002, 0.0009))])]),
    (("Гараж отделения скорой медицинской помощи", "Жедел медициналық жәрдем бөлімшесінің гаражы"), [
        (("открытая стоянка автомобилей скорой помощи (16 машино-мест)", "жедел жәрдем автомобильдерінің ашық тұрағы (16 машина-орын)"),
         ("–", "–"), (2400, 3200), [("0301", (0.002, 0.006)), ("0337", (0.02, 0.06)), ("2704", (0.003, 0.01))])]),
)  # fmt: skip


# city hospitals heated from the town's networks, each with an infectious block: (RU, KK)
CITY_HOSPITALS = (
    ("КГП на ПХВ «Многопрофильная городская больница № 2» Управления здравоохранения Западно-Казахстанской области",
     "Батыс Қазақстан облысы денсаулық сақтау басқармасының «№ 2 көпбейінді қалалық аурухана» ШЖҚ КМК"),
    ("КГП на ПХВ «Городская больница № 1» Управления здравоохранения Северо-Казахстанской области",
     "Солтүстік Қазақстан облысы денсаулық сақтау басқармасының «№ 1 қалалық аурухана» ШЖҚ КМК"),
)


def emissions_hw2(doc: Doc) -> None:
    """A hospital's sources in its НДВ project laid out by departments: `подразделение | № ИЗА | источник (вентсистема) |
    очистка | код | вещество | класс | г/с | кг/год`, the department merged down over its sources and the source over its
    substances — formaldehyde, ethanol and xylene of the morgue, ethylene oxide behind a catalytic converter, the
    laboratory's hydrogen chloride and glutaraldehyde (an ОБУВ only, `–` for a class), amalgam mercury, dry-cleaning
    perchloroethylene, the kitchen's acrolein, the ambulance yard as the one unorganised source — the year's figures in
    kilograms as the header and a sentence say, and the infectious block's two exhausts behind HEPA filters as sources
    whose row, merged across the substance columns, says no normed substance leaves them (VI: a hospital's application
    for a GPMT, the small sources named with their measures, g/s and kg/năm, `Không phát sinh chất ô nhiễm cần kiểm soát`
    for the negative-pressure wards)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_hw2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    org = doc.pick(CITY_HOSPITALS)
    doc.h(g(f"Проект нормативов допустимых выбросов. {org[0]}", f"Жол берілетін шығарындылар нормативтерінің жобасы. {org[1]}", ""))
    doc.p(g("Сжигание топлива на территории больницы не производится: теплоснабжение и горячее водоснабжение – от городских сетей, "
            "пар для автоклавов вырабатывают электропарогенераторы. Источниками выбросов являются вытяжные системы лечебно-"
            "диагностических подразделений, прачечной и пищеблока и открытая стоянка автомобилей скорой помощи. Ввиду малых величин "
            "валовые выбросы приведены в килограммах в год.",
            "Аурухана аумағында отын жағылмайды: жылумен және ыстық сумен жабдықтау – қалалық желілерден, автоклавтарға арналған "
            "буды электр бу генераторлары өндіреді. Шығарынды көздері – емдеу-диагностикалық бөлімшелердің, кір жуу орны мен тағам "
            "блогының сору жүйелері және жедел жәрдем автомобильдерінің ашық тұрағы. Шамалары аз болғандықтан жалпы шығарындылар "
            "жылына килограммен келтірілген.", ""))
    rows = [g(["Подразделение", "№ ИЗА", "Источник выброса (вентсистема)", "Очистка", "Код ЗВ", "Наименование ЗВ", "Класс опасности",
               "Выброс, г/с", "Выброс, кг/год"],
              ["Бөлімше", "ЛШК №", "Шығарынды көзі (желдеткіш жүйесі)", "Тазарту", "ЛЗ коды", "ЛЗ атауы", "Қауіптілік сыныбы",
               "Шығарынды, г/с", "Шығарынды, кг/жыл"], [])]
    merges: list = []
    org, unorg = 0, 6000
    numbers, total = [], []
    for (d_ru, d_kk), items in DEPARTMENTS:
        d_start = len(rows)
        for (s_ru, s_kk), (c_ru, c_kk), hours_range, subs in items:
            if "стоянка" in s_ru:
                unorg += 1
                number = f"{unorg:04d}"
            else:
                org += 1
                number = f"{org:04d}"
            numbers.append(number)
            s_start = len(rows)
            lead = [(d_ru, d_kk)[L] if s_start == d_start else None, number, (s_ru, s_kk)[L], (c_ru, c_kk)[L]]
            if not subs:
                rows.append([*lead, g("нормируемые загрязняющие вещества не выделяются", "нормаланатын ластаушы заттар бөлінбейді", ""),
                             None, None, None, None])
                merges.append((len(rows) - 1, 4, len(rows) - 1, 8))
                continue
            hours = r.randint(hours_range[0] // 10, hours_range[1] // 10) * 10
            for j, (c, (lo, hi)) in enumerate(subs):
                gs = _sig(r.uniform(lo, hi), 2)
                kg = _sig(gs * 3600 * hours / 1000, 3)
                total.append(kg)
                rows.append([*(lead if j == 0 else [None] * 4), c, _air(doc, c), _hz(c), num(gs, doc.lang), num(kg, doc.lang)])
                doc.add("emissions", emission(c, gs, _t(kg), number, HAZ[c]))
            if len(subs) > 1:
                merges += [(s_start, col, len(rows) - 1, col) for col in (1, 2, 3)]
        if len(rows) - d_start > 1:
            merges.append((d_start, 0, len(rows) - 1, 0))
    rows.append([g("Всего по больнице", "Аурухана бойынша барлығы", ""), None, None, None, None, None, None, "",
                 num(round(sum(total), 2), doc.lang)])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 6))
    doc.table(g("Таблица 3.1 – Источники выбросов и нормативы допустимых выбросов", "3.1-кесте – Шығарынды көздері және жол берілетін "
                "шығарындылар нормативтері", ""), rows, merges, role="emissions")
    doc.add("sources", *({"number": n, "type": "unorganized" if n.startswith("6") else "organized"} for n in numbers))
    doc.p(g("Фильтры HEPA класса H13 задерживают аэрозоли и микроорганизмы; нормируемые загрязняющие вещества через вытяжные системы "
            "инфекционного корпуса не выбрасываются, источники учтены для контроля перепада давления на фильтрах. Пентандиаль "
            "имеет ОБУВ, класс опасности не установлен.",
            "HEPA H13 сүзгілері аэрозольдер мен микроағзаларды ұстайды; жұқпалы аурулар корпусының сору жүйелері арқылы нормаланатын "
            "ластаушы заттар шығарылмайды, көздер сүзгілердегі қысым айырмасын бақылау үшін есепке алынған. Пентандиаль үшін тек "
            "ОБУВ белгіленген, қауіптілік сыныбы белгіленбеген.", ""))
    maybe_distractor(doc)


# a Vietnamese hospital's small sources: name, measure, [(code, (low, high) g/s, (low, high) hours)]
VN_SMALL_SOURCES = (
    ("Khoa Giải phẫu bệnh – nhà tang lễ: bàn phẫu tích, tủ hút", "Hút cục bộ, quạt hút thải lên mái nhà cao 15 m",
     [("1325", (0.0003, 0.0011)), ("1061", (0.002, 0.007)), ("0616", (0.0004, 0.0015))], (1600, 2000)),
    ("Đơn vị tiệt khuẩn trung tâm: máy tiệt khuẩn khí EO", "Bộ xử lý xúc tác khí EO (hiệu suất 99 %)", [("1611", (0.00004, 0.00018))], (1200, 1600)),
    ("Khoa Xét nghiệm: tủ hút hóa chất", "Tủ hút có lọc than hoạt tính", [("1061", (0.001, 0.004)), ("0316", (0.0002, 0.0008))], (1800, 2200)),
    ("Khoa Răng Hàm Mặt: máy trộn amalgam", "Hút cục bộ, lọc than hoạt tính", [("0183", (0.0000004, 0.0000018))], (1500, 1900)),
    ("Khu điều trị bệnh truyền nhiễm (buồng áp lực âm)", "Lọc HEPA H13 trước khi thải ra ngoài", [], None),
    ("Nhà giặt là: máy giặt khô", "Thu hồi dung môi bằng than hoạt tính", [("0882", (0.001, 0.004))], (2000, 2500)),
    ("Nhà ăn, căng tin: khu bếp", "Chụp hút, lọc mỡ", [("1301", (0.0002, 0.0009))], (2800, 3300)),
)  # fmt: skip


def _emissions_hw2_vi(doc: Doc) -> None:
    r = doc.rng
    name = doc.pick([h[0] for h in VN_HOSPITALS])
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG CỦA CƠ SỞ {name.upper()}")
    doc.h("3.2. Công trình, biện pháp xử lý bụi, khí thải")
    doc.p("Bệnh viện sử dụng nhiệt và hơi từ nồi hơi điện, không có lò đốt nhiên liệu; chất thải y tế được chuyển giao cho đơn vị có chức "
          "năng xử lý. Các nguồn khí thải là hệ thống thông gió, tủ hút của các khoa, nhà giặt là và khu bếp; tải lượng năm tính bằng kg "
          "do giá trị nhỏ.")
    rows = [["TT", "Khu vực / nguồn phát sinh", "Biện pháp giảm thiểu", "Thông số", "Tải lượng (g/s)", "Tải lượng (kg/năm)"]]
    merges: list = []
    for k, (src, measure, subs, hours_range) in enumerate(VN_SMALL_SOURCES, 1):
        start = len(rows)
        if not subs:
            rows.append([str(k), src, measure, "Không phát sinh chất ô nhiễm cần kiểm soát", None, None])
            merges.append((start, 3, start, 5))
            continue
        hours = r.randint(hours_range[0] // 10, hours_range[1] // 10) * 10
        for j, (c, (lo, hi)) in enumerate(subs):
            gs = _sig(r.uniform(lo, hi), 2)
            kg = _sig(gs * 3600 * hours / 1000, 3)
            label = NAMES[c][2] if c in NAMES else vocab.air(c, "vi", 0)
            rows.append([str(k) if j == 0 else None, src if j == 0 else None, measure if j == 0 else None, label, num(gs, "vi"), num(kg, "vi")])
            doc.add("emissions", emission(c, gs, _t(kg)))
        if len(subs) > 1:
            merges += [(start, col, len(rows) - 1, col) for col in (0, 1, 2)]
    doc.table("Bảng 3.4. Nguồn phát sinh và tải lượng khí thải của bệnh viện", rows, merges, role="emissions")
    doc.p("Khu điều trị bệnh truyền nhiễm được duy trì áp lực âm; không khí thải được lọc qua màng lọc HEPA H13 nhằm giữ lại sol khí và vi "
          "sinh vật, không phát sinh chất ô nhiễm thuộc danh mục phải kiểm soát.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

# a hospital's ciphers of medical wastes: cipher, (RU, KK) composition, class, code, (RU, KK) colour, (RU, KK) short name, (low, high) t,
# (RU, KK) where formed, handling key
CIPHERS = (
    ("А-1", ("Отходы, не имеющие контакта с биологическими жидкостями больных: упаковка, канцелярские отходы, пищевые отходы "
             "неинфекционных отделений", "Науқастардың биологиялық сұйықтықтарымен жанаспаған қалдықтар: орама, кеңсе қалдықтары, жұқпалы "
             "емес бөлімшелердің тамақ қалдықтары"), "А", "20 03 01", ("белый", "ақ"),
     ("Отходы, не имеющие контакта с биологическими жидкостями", "Биологиялық сұйықтықтармен жанаспаған қалдықтар"), (120, 260),
     ("все подразделения, пищеблок, административный корпус", "барлық бөлімшелер, тағам блогы, әкімшілік корпус"), "tbo"),
    ("А-2", ("Гипсовые повязки, одноразовое белье и средства ухода, не контактировавшие с инфекционными больными", "Жұқпалы аурулармен "
             "жанаспаған гипс таңғыштары, бір рет қолданылатын іш киім және күтім құралдары"), "А", "18 01 04", ("белый", "ақ"),
     ("Гипсовые повязки, одноразовое белье и средства ухода", "Гипс таңғыштары, бір рет қолданылатын іш киім және күтім құралдары"), (5, 15),
     ("травматология, приемное отделение", "травматология, қабылдау бөлімшесі"), "tbo"),
    ("Б-1", ("Острый медицинский инструментарий: иглы, скальпели, скарификаторы, ампулы, предметные стекла", "Өткір медициналық "
             "құралдар: инелер, скальпельдер, скарификаторлар, ампулалар, заттық шынылар"), "Б", "18 01 03*", ("желтый (КБУ)", "сары (КБУ)"),
     ("Острый медицинский инструментарий", "Өткір медициналық құралдар"), (2, 6), ("все лечебные отделения", "барлық емдеу бөлімшелері"), "burn"),
    ("Б-2", ("Материалы и изделия, загрязненные кровью и другими биологическими жидкостями: перевязочный материал, системы, "
             "перчатки, катетеры", "Қанмен және басқа биологиялық сұйықтықтармен ластанған материалдар мен бұйымдар: таңғыш материал, "
             "жүйелер, қолғаптар, катетерлер"), "Б", "18 01 03*", ("желтый", "сары"),
     ("Материалы и изделия, загрязненные кровью", "Қанмен ластанған материалдар мен бұйымдар"), (15, 40),
     ("операционный блок, реанимация, лечебные отделения", "операциялық блок, реанимация, емдеу бөлімшелері"), "autoclave"),
    ("Б-3", ("Органические операционные отходы: органы, ткани, плацента", "Органикалық операциялық қалдықтар: ағзалар, тіндер, плацента"),
     "Б", "18 01 02", ("желтый", "сары"), ("Органические операционные отходы", "Органикалық операциялық қалдықтар"), (1, 4),
     ("операционный блок, патологоанатомическое отделение", "операциялық блок, патологоанатомиялық бөлімше"), "burn"),
    ("Б-4", ("Пищевые отходы инфекционных отделений", "Жұқпалы аурулар бөлімшелерінің тамақ қалдықтары"), "Б", "18 01 03*",
     ("желтый", "сары"), ("Пищевые отходы инфекционных отделений", "Жұқпалы аурулар бөлімшелерінің тамақ қалдықтары"), (3, 10),
     ("инфекционное отделение", "жұқпалы аурулар бөлімшесі"), "autoclave"),
    ("В-1", ("Отходы боксированного отделения для больных особо опасными инфекциями и бактериологической лаборатории: культуры, "
             "штаммы, питательные среды", "Аса қауіпті инфекциялармен ауыратындарға арналған боксталған бөлімшенің және бактериологиялық "
             "зертхананың қалдықтары: дақылдар, штаммдар, қоректік орталар"), "В", "18 01 03*", ("красный", "қызыл"),
     ("Отходы боксированного отделения и бактериологической лаборатории", "Боксталған бөлімше мен бактериологиялық зертхананың қалдықтары"),
     (0.5, 3), ("боксированное отделение, бактериологическая лаборатория", "боксталған бөлімше, бактериологиялық зертхана"), "burn"),
    ("Г-1", ("Лекарственные средства с истекшим сроком годности, кроме цитостатиков", "Цитостатиктерден басқа, жарамдылық мерзімі "
             "өткен дәрілік заттар"), "Г", "18 01 09", ("черный", "қара"),
     ("Лекарственные средства с истекшим сроком годности", "Жарамдылық мерзімі өткен дәрілік заттар"), (0.1, 0.6), ("аптека", "дәріхана"), "burn"),
    ("Г-2", ("Цитостатики и генотоксичные препараты, их остатки и первичная упаковка", "Цитостатиктер мен генотоксикалық препараттар, "
             "олардың қалдықтары және бастапқы орамасы"), "Г", "18 01 08*", ("черный", "қара"),
     ("Цитостатики и их остатки", "Цитостатиктер және олардың қалдықтары"), (0.05, 0.4), ("химиотерапевтическое отделение", "химиотерапия бөлімшесі"),
     "burn"),
    ("Г-3", ("Ртутьсодержащие изделия: термометры, тонометры, люминесцентные лампы", "Сынабы бар бұйымдар: термометрлер, тонометрлер, "
             "люминесцентті шамдар"), "Г", "20 01 21*", ("черный", "қара"),
     ("Ртутьсодержащие изделия и лампы", "Сынабы бар бұйымдар мен шамдар"), (0.02, 0.12), ("все подразделения", "барлық бөлімшелер"), "mercury"),
    ("Г-4", ("Отработанные химические реактивы лабораторий и дезинфицирующие средства с истекшим сроком годности", "Зертханалардың "
             "пайдаланылған химиялық реактивтері және жарамдылық мерзімі өткен дезинфекциялық құралдар"), "Г", "18 01 06*", ("черный", "қара"),
     ("Отработанные реактивы и дезинфицирующие средства", "Пайдаланылған реактивтер мен дезинфекциялық құралдар"), (0.2, 1.2),
     ("клинико-диагностическая лаборатория, дезинфекционный отдел", "клиникалық-диагностикалық зертхана, дезинфекциялық бөлім"), "burn"),
)  # fmt: skip
HANDLING = {
    "tbo": ("вывоз на полигон ТБО по договору", "шарт бойынша ҚТҚ полигонына шығару"),
    "autoclave": ("обеззараживание в автоклаве больницы, далее – вывоз на полигон ТБО", "аурухананың автоклавында залалсыздандыру, әрі қарай – ҚТҚ полигонына шығару"),
    "burn": ("передача на сжигание специализированной организации", "мамандандырылған ұйымға жағуға беру"),
    "mercury": ("передача на демеркуризацию", "демеркуризациялауға беру"),
}


def wastes_hw1(doc: Doc) -> None:
    """A hospital's scheme of handling medical wastes in its ПЭК programme: a first table of no role turns the hospital's own
    ciphers (`А-1`, `Б-2`, `В-1`, `Г-3`) into the composition, the class of the sanitary rules, the classifier's code and
    the colour of the bag or box; the second table gives the amounts a year keyed by the cipher alone — cipher, name,
    where formed, tonnes, handling — with no code column, so that each waste's code is read through the first table;
    organ tissue `18 01 02` and expired medicines `18 01 09` unstarred though they are class Б and Г (VI: a hospital's kế
    hoạch quản lý chất thải y tế, groups `LN-1` … `TC-1` with their CTNH code and colour in the first table, kilograms a
    year by group in the second, ordinary wastes without a code)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_hw1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    h = doc.pick(KZ_HOSPITALS)
    doc.h(g(f"Программа производственного экологического контроля. {h['org'][0]}. Раздел 6. Обращение с отходами",
            f"{h['org'][1]}. Өндірістік экологиялық бақылау бағдарламасы. 6-бөлім. Қалдықтармен жұмыс істеу", ""))
    doc.p(g("Медицинские отходы собираются раздельно в местах образования по классам санитарных правил в одноразовую упаковку "
            "установленного цвета. Для учета в больнице принята внутренняя система шифров (таблица 6.1); в журналах учета и в "
            "таблице 6.2 отходы указываются по шифру.",
            "Медициналық қалдықтар түзілген жерлерінде санитариялық қағидалардың сыныптары бойынша белгіленген түсті бір рет "
            "қолданылатын орамаға бөлек жиналады. Есепке алу үшін ауруханада шифрлардың ішкі жүйесі қабылданған (6.1-кесте); есепке "
            "алу журналдарында және 6.2-кестеде қалдықтар шифр бойынша көрсетіледі.", ""))
    picked = [c for c in CIPHERS if c[0] in ("А-1", "Б-1", "Б-2", "Г-3") or r.random() < 0.75]
    legend = [g(["Шифр", "Состав отходов", "Класс по санитарным правилам", "Код по Классификатору отходов", "Цвет упаковки (емкости)"],
                ["Шифр", "Қалдықтардың құрамы", "Санитариялық қағидалар бойынша сыныбы", "Қалдықтар сыныптауышы бойынша коды", "Ораманың (ыдыстың) түсі"],
                [])]
    for cipher, comp, cls, code, colour, *_ in CIPHERS:
        legend.append([cipher, comp[L], cls, code, colour[L]])
    doc.table(g("Таблица 6.1 – Шифры медицинских отходов, принятые в больнице", "6.1-кесте – Ауруханада қабылданған медициналық қалдықтар "
                "шифрлары", ""), legend, role="other")
    rows = [g(["№", "Шифр", "Наименование отходов", "Место образования", "Образуется, т/год", "Обращение"],
              ["№", "Шифр", "Қалдықтардың атауы", "Түзілетін орны", "Түзіледі, т/жыл", "Жұмыс істеу"], [])]
    amounts = []
    for k, (cipher, _, _, code, _, short, (lo, hi), where, how) in enumerate(picked, 1):
        t = _sig(r.uniform(lo, hi), 3)
        amounts.append(t)
        name = short[L]
        rows.append([str(k), cipher, name, where[L], num(t, doc.lang), HANDLING[how][L]])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t, "name_contains": name})
    rows.append(["", "", g("Итого", "Жиыны", ""), "", num(round(sum(amounts), 3), doc.lang), ""])
    doc.table(g("Таблица 6.2 – Объемы образования отходов на 2026–2028 годы (ежегодно)", "6.2-кесте – 2026–2028 жылдарға арналған қалдықтардың "
                "түзілу көлемдері (жыл сайын)", ""), rows, role="wastes")
    doc.p(g("Обеззараживание отходов класса Б в автоклаве выполняется в режиме 132 °C, 20 мин; после обеззараживания отходы "
            "вывозятся как отходы класса А, их масса в таблице 6.2 повторно не учитывается.",
            "Б сыныбындағы қалдықтарды автоклавта залалсыздандыру 132 °C, 20 мин режимінде жүргізіледі; залалсыздандырудан кейін "
            "қалдықтар А сыныбындағы қалдықтар ретінде шығарылады, олардың массасы 6.2-кестеде қайта есепке алынбайды.", ""))
    maybe_distractor(doc)


# Thông tư 20/2021/TT-BYT groups: symbol, kind, CTNH code or None, colour, name in the amounts table, (low, high) kg, where, treatment
VN_GROUPS = (
    ("LN-1", "Chất thải lây nhiễm sắc nhọn", "13 01 01", "Vàng (hộp kháng thủng)", "Bơm kim tiêm, kim truyền, dao mổ, ống thủy tinh vỡ",
     (1500, 4000), "Các khoa lâm sàng", "Chuyển giao cho đơn vị xử lý theo mô hình cụm"),
    ("LN-2", "Chất thải lây nhiễm không sắc nhọn", "13 01 01", "Vàng", "Bông, băng, gạc, găng tay, dây truyền dính máu",
     (12000, 30000), "Các khoa lâm sàng, phòng mổ", "Khử khuẩn bằng thiết bị hấp ướt kết hợp nghiền tại bệnh viện"),
    ("LN-3", "Chất thải có nguy cơ lây nhiễm cao", "13 01 01", "Vàng, có biểu tượng nguy hại sinh học", "Bệnh phẩm, dụng cụ đựng bệnh phẩm của phòng xét nghiệm an toàn sinh học cấp II",
     (200, 900), "Khoa Vi sinh", "Khử khuẩn sơ bộ tại khoa, chuyển giao xử lý"),
    ("LN-4", "Chất thải giải phẫu", "13 01 01", "Vàng", "Mô, cơ quan, bộ phận cơ thể người, rau thai",
     (300, 1200), "Khoa Phẫu thuật – Gây mê hồi sức, khoa Sản", "Chuyển giao cho đơn vị xử lý theo mô hình cụm"),
    ("NH-1", "Hóa chất thải bao gồm hoặc có các thành phần nguy hại", "13 01 02", "Đen", "Hóa chất xét nghiệm, dung dịch khử khuẩn hết hạn",
     (150, 600), "Khoa Xét nghiệm, khoa Kiểm soát nhiễm khuẩn", "Chuyển giao cho đơn vị có chức năng"),
    ("NH-2", "Dược phẩm thải gây độc tế bào", "13 01 03", "Đen", "Thuốc điều trị ung thư thải và bao bì đựng",
     (20, 150), "Khoa Ung bướu", "Chuyển giao cho đơn vị có chức năng"),
    ("NH-3", "Chất hàn răng amalgam thải", "13 01 04", "Đen", "Amalgam thải và viên nang amalgam",
     (1, 6), "Khoa Răng Hàm Mặt", "Chuyển giao cho đơn vị có chức năng"),
    ("NH-4", "Bóng đèn huỳnh quang thải", "16 01 06", "Đen", "Bóng đèn huỳnh quang, đèn compact hỏng",
     (30, 120), "Phòng Hành chính quản trị", "Chuyển giao cho đơn vị có chức năng"),
    ("TT-1", "Chất thải rắn sinh hoạt", None, "Xanh", "Chất thải sinh hoạt của người bệnh, người nhà và nhân viên",
     (180000, 320000), "Toàn bệnh viện", "Công ty Môi trường đô thị thu gom hằng ngày"),
    ("TC-1", "Chất thải rắn thông thường phục vụ tái chế", None, "Trắng", "Giấy, bìa carton, chai nhựa không dính thành phần nguy hại",
     (8000, 20000), "Khoa Dược, khoa Dinh dưỡng, các khoa", "Bán cho cơ sở tái chế"),
)  # fmt: skip


def _wastes_hw1_vi(doc: Doc) -> None:
    r = doc.rng
    name = doc.pick([h[0] for h in VN_HOSPITALS])
    doc.h(f"KẾ HOẠCH QUẢN LÝ CHẤT THẢI Y TẾ NĂM 2026 – {name.upper()}")
    doc.p("Căn cứ Thông tư số 20/2021/TT-BYT ngày 26/11/2021 của Bộ Y tế quy định về quản lý chất thải y tế trong phạm vi khuôn viên cơ sở "
          "y tế. Để thuận tiện cho việc ghi sổ, chất thải được ký hiệu theo nhóm tại Bảng 1; Bảng 2 ghi khối lượng dự kiến theo ký hiệu nhóm.")
    legend = [["Ký hiệu", "Loại chất thải", "Mã CTNH", "Màu bao bì, dụng cụ đựng"]]
    for sym, kind, code, colour, *_ in VN_GROUPS:
        legend.append([sym, kind, code or "-", colour])
    doc.table("Bảng 1. Phân nhóm chất thải y tế và ký hiệu", legend, role="other")
    rows = [["TT", "Ký hiệu", "Tên chất thải", "Khoa, phòng phát sinh chủ yếu", "Khối lượng dự kiến (kg/năm)", "Phương án xử lý"]]
    picked = [x for x in VN_GROUPS if x[0] in ("LN-1", "LN-2", "TT-1") or r.random() < 0.8]
    for k, (sym, _, code, _, waste, (lo, hi), where, how) in enumerate(picked, 1):
        kg = r.randint(lo // 10, hi // 10) * 10 if hi >= 100 else r.randint(lo, hi)
        rows.append([str(k), sym, waste, where, num(kg, "vi"), how])
        coded = {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True} if code else {"code": None, "code_system": None, "hazardous": False}
        doc.add("wastes", {**coded, "amount_t": _t(kg), "name_contains": waste})
    doc.table("Bảng 2. Khối lượng chất thải y tế dự kiến phát sinh năm 2026", rows, role="wastes")
    doc.p("Khối lượng dự kiến tính theo số liệu sổ theo dõi chất thải năm 2025 và kế hoạch tăng giường bệnh năm 2026.")
    maybe_distractor(doc)


# wastes handed over to a medical-waste plant: code, (RU, KK) name, (low, high) kg a year
HANDED = (
    ("18 01 03*", ("Отходы класса Б: острые предметы в КБУ", "Б сыныбындағы қалдықтар: КБУ-дағы өткір заттар"), (1800, 5200)),
    ("18 01 03*", ("Отходы класса Б: перевязочный материал и одноразовые изделия", "Б сыныбындағы қалдықтар: таңғыш материал және бір рет қолданылатын бұйымдар"),
     (12000, 36000)),
    ("18 01 02", ("Органические операционные отходы (класс Б)", "Органикалық операциялық қалдықтар (Б сыныбы)"), (900, 3500)),
    ("18 01 03*", ("Отходы класса В инфекционного отделения и бактериологической лаборатории",
                   "Жұқпалы аурулар бөлімшесі мен бактериологиялық зертхананың В сыныбындағы қалдықтары"), (400, 2600)),
    ("18 01 08*", ("Цитостатики и их остатки (класс Г)", "Цитостатиктер және олардың қалдықтары (Г сыныбы)"), (40, 380)),
    ("18 01 06*", ("Отработанные химические реактивы (класс Г)", "Пайдаланылған химиялық реактивтер (Г сыныбы)"), (150, 900)),
    ("18 01 09", ("Лекарственные средства с истекшим сроком годности (класс Г)", "Жарамдылық мерзімі өткен дәрілік заттар (Г сыныбы)"), (80, 520)),
)  # fmt: skip
CONTRACTORS = {
    "Областная многопрофильная больница": (("ТОО «Қостанай Медэко»", "«Қостанай Медэко» ЖШС"), ("г. Костанай", "Қостанай қ.")),
    "Областная инфекционная больница": (("ТОО «Ертіс Медэко»", "«Ертіс Медэко» ЖШС"), ("г. Павлодар", "Павлодар қ.")),
    "Областной онкологический центр": (("ТОО «Ақтөбе Эко Утилизация»", "«Ақтөбе Эко Утилизация» ЖШС"), ("г. Актобе", "Ақтөбе қ.")),
}


def _signed(x: int, lang: str) -> str:
    return "0" if x == 0 else ("+" if x > 0 else "−") + num(abs(x), lang)


def wastes_hw2(doc: Doc) -> None:
    """An act reconciling a year's medical wastes between a hospital and the plant that burns them, after a table of the
    parties of no role: `код | вид отходов | по журналу учета Заказчика, кг | по данным взвешивания Исполнителя, кг |
    расхождение, кг | принято сторонами, кг` over a row of column numbers, three candidate figures a waste and the
    difference signed; the sentence under the table says the parties take the plant's weighing (column 7) as the amount
    formed in the year, so the accepted kilograms are the items; one code on three rows told apart by their names (VI:
    a biên bản đối chiếu between a hospital and its treatment company, `Theo sổ giao nhận của Bên A | Theo phiếu cân của
    Bên B | Chênh lệch | Khối lượng thống nhất`)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_hw2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    h = doc.pick(KZ_HOSPITALS)
    (c_ru, c_kk), (city_ru, city_kk) = CONTRACTORS[h["core"][0]]
    contract = f"№ {r.randint(12, 340)}/МО-{r.choice(('24', '25'))}"
    signed = _date(doc, 2024, (11, 12))
    doc.h(g("АКТ СВЕРКИ объемов медицинских отходов, переданных на обезвреживание в 2025 году",
            "2025 жылы залалсыздандыруға берілген медициналық қалдықтар көлемін САЛЫСТЫРУ АКТІСІ", ""))
    doc.p(g(f"{city_ru}, {_date(doc, 2026, (1, 1))}. Мы, нижеподписавшиеся, представители Заказчика и Исполнителя по договору {contract} от "
            f"{signed} на оказание услуг по сбору, транспортировке и обезвреживанию медицинских отходов, составили настоящий акт о "
            "нижеследующем.",
            f"{city_kk}, {_date(doc, 2026, (1, 1))}. Біз, төменде қол қоюшылар, медициналық қалдықтарды жинау, тасымалдау және "
            f"залалсыздандыру бойынша қызмет көрсетуге арналған {signed} ж. {contract} шарт бойынша Тапсырыс беруші мен Орындаушының "
            "өкілдері төмендегілер туралы осы актіні жасадық.", ""))
    doc.table(None, [g(["Сторона", "Наименование", "Представитель"], ["Тарап", "Атауы", "Өкілі"], []),
                     [g("Заказчик", "Тапсырыс беруші", ""), h["org"][L],
                      g("заместитель главного врача по хозяйственной части", "бас дәрігердің шаруашылық бөлігі жөніндегі орынбасары", "")],
                     [g("Исполнитель", "Орындаушы", ""), (c_ru, c_kk)[L], g("директор", "директор", "")]], role="other")
    rows = [g(["№", "Код отхода", "Вид отходов", "По журналу учета Заказчика, кг", "По данным взвешивания Исполнителя, кг",
               "Расхождение, кг", "Принято сторонами, кг"],
              ["№", "Қалдық коды", "Қалдық түрі", "Тапсырыс берушінің есепке алу журналы бойынша, кг", "Орындаушының өлшеу деректері бойынша, кг",
               "Айырма, кг", "Тараптар қабылдаған, кг"], []),
            [str(k) for k in range(1, 8)]]
    picked = [w for w in HANDED if w[1][0].startswith("Отходы класса Б") or r.random() < 0.75]
    logs, weighed = [], []
    for k, (code, names, (lo, hi)) in enumerate(picked, 1):
        log = r.randint(lo, hi)
        kg = max(1, round(log * r.uniform(0.95, 1.06)))
        logs.append(log)
        weighed.append(kg)
        name = names[L]
        rows.append([str(k), code, name, num(log, doc.lang), num(kg, doc.lang), _signed(kg - log, doc.lang), num(kg, doc.lang)])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": _t(kg), "name_contains": name})
    rows.append(["", "", g("Итого", "Жиыны", ""), num(sum(logs), doc.lang), num(sum(weighed), doc.lang), _signed(sum(weighed) - sum(logs), doc.lang),
                 num(sum(weighed), doc.lang)])
    doc.table(g("Таблица 1 – Сверка объемов", "1-кесте – Көлемдерді салыстыру", ""), rows, role="wastes")
    doc.p(g("Стороны пришли к соглашению принять за фактическое количество отходов, образованных Заказчиком и переданных Исполнителю "
            "в 2025 году, данные взвешивания Исполнителя на поверенных весах (графа 7); эти данные Заказчик указывает в отчете по "
            "программе производственного экологического контроля. Расхождение с журналом Заказчика обусловлено определением массы "
            "в отделениях по степени заполнения емкостей.",
            "Тараптар 2025 жылы Тапсырыс беруші түзген және Орындаушыға берген қалдықтардың нақты мөлшері ретінде Орындаушының "
            "салыстырып тексерілген таразыдағы өлшеу деректерін (7-баған) қабылдауға келісті; бұл деректерді Тапсырыс беруші өндірістік "
            "экологиялық бақылау бағдарламасы бойынша есепте көрсетеді. Тапсырыс беруші журналымен айырма бөлімшелерде массаны "
            "ыдыстардың толу дәрежесі бойынша анықтаумен байланысты.", ""))


# wastes handed over by a Vietnamese hospital: code, name, (low, high) kg
VN_HANDED = (
    ("13 01 01", "Chất thải lây nhiễm sắc nhọn", (1500, 4200)),
    ("13 01 01", "Chất thải lây nhiễm không sắc nhọn", (9000, 26000)),
    ("13 01 01", "Chất thải giải phẫu", (300, 1500)),
    ("13 01 02", "Hóa chất thải bao gồm hoặc có các thành phần nguy hại", (120, 800)),
    ("13 01 03", "Dược phẩm thải gây độc tế bào", (20, 160)),
    ("16 01 06", "Bóng đèn huỳnh quang thải", (30, 150)),
)
VN_TREATERS = ("Công ty Cổ phần Môi trường Xanh Miền Bắc", "Công ty TNHH Xử lý Chất thải Công nghiệp và Y tế Hòa Bình Xanh")


def _wastes_hw2_vi(doc: Doc) -> None:
    r = doc.rng
    name = doc.pick([h[0] for h in VN_HOSPITALS])
    treater = doc.pick(VN_TREATERS)
    contract = f"{r.randint(10, 99)}/2025/HĐ-XLCT"
    doc.p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM – Độc lập - Tự do - Hạnh phúc")
    doc.h("BIÊN BẢN ĐỐI CHIẾU KHỐI LƯỢNG CHẤT THẢI Y TẾ NGUY HẠI NĂM 2025")
    doc.p(f"Căn cứ Hợp đồng số {contract} về thu gom, vận chuyển và xử lý chất thải y tế nguy hại; hôm nay, ngày "
          f"{r.randint(5, 20):02d}/01/2026, hai bên gồm: Bên A – {name}; Bên B – {treater}, cùng đối chiếu khối lượng chất thải đã "
          "chuyển giao trong năm 2025 như sau:")
    rows = [["TT", "Mã CTNH", "Loại chất thải", "Theo sổ giao nhận của Bên A (kg)", "Theo phiếu cân của Bên B (kg)", "Chênh lệch (kg)",
             "Khối lượng thống nhất (kg)"], [f"({k})" for k in range(1, 8)]]
    picked = [w for w in VN_HANDED if w[1].startswith("Chất thải lây nhiễm") or r.random() < 0.75]
    logs, weighed = [], []
    for k, (code, waste, (lo, hi)) in enumerate(picked, 1):
        log = r.randint(lo, hi)
        kg = max(1, round(log * r.uniform(0.95, 1.06)))
        logs.append(log)
        weighed.append(kg)
        rows.append([str(k), code, waste, num(log, "vi"), num(kg, "vi"), _signed(kg - log, "vi"), num(kg, "vi")])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": _t(kg), "name_contains": waste})
    rows.append(["", "", "Tổng cộng", num(sum(logs), "vi"), num(sum(weighed), "vi"), _signed(sum(weighed) - sum(logs), "vi"), num(sum(weighed), "vi")])
    doc.table("Bảng đối chiếu khối lượng", rows, role="wastes")
    doc.p("Hai bên thống nhất lấy khối lượng theo phiếu cân của Bên B tại trạm cân đã được kiểm định (cột 7) là khối lượng chất thải phát sinh "
          "và chuyển giao năm 2025; Bên A sử dụng số liệu này để lập báo cáo công tác bảo vệ môi trường năm 2025. Biên bản được lập thành "
          "04 bản, mỗi bên giữ 02 bản.")


# ---------------------------------------------------------------- limits

# a hospital's treatment works outlet: key, (RU, KK) name, unit (RU), method, vodokanal's ДК, hygienic requirement, (low, high) share
HOSPITAL_OUTLET = (
    ("pH", ("Водородный показатель (pH)", "Сутегі көрсеткіші (pH)"), "ед. pH", "ПНД Ф 14.1:2:3:4.121-97", (6.5, 9.0), (6.5, 8.5), None),
    ("TSS", ("Взвешенные вещества", "Қалқыма заттар"), "мг/дм3", "ПНД Ф 14.1:2:4.254-09", 300, None, (0.08, 0.5)),
    ("BOD5", ("БПК5", "ОБТ5"), "мг/дм3", "ПНД Ф 14.1:2:3:4.123-97", 300, None, (0.06, 0.4)),
    ("COD", ("ХПК", "ОХТ"), "мг/дм3", "ПНД Ф 14.1:2:4.190-03", 500, None, (0.08, 0.45)),
    ("NH4+", ("Аммоний-ион", "Аммоний-ион"), "мг/дм3", "ПНД Ф 14.1:2:4.262-10", 35, None, (0.15, 0.8)),
    ("PO4", ("Фосфаты (по фосфору)", "Фосфаттар (фосфор бойынша)"), "мг/дм3", "ПНД Ф 14.1:2:4.248-07", 12, None, (0.1, 0.6)),
    ("Surfactants", ("СПАВ (анионные)", "БАЗ (аниондық)"), "мг/дм3", "ПНД Ф 14.1:2:4.158-2000", 10, None, (0.05, 0.4)),
    ("FOG", ("Жиры", "Майлар"), "мг/дм3", "ПНД Ф 14.1:2.122-97", 50, None, (0.05, 0.3)),
    ("TPH", ("Нефтепродукты", "Мұнай өнімдері"), "мг/дм3", "ПНД Ф 14.1:2:4.128-98", 10, None, (0.005, 0.05)),
    ("Cl2", ("Хлор остаточный (после 30 мин контакта)", "Қалдық хлор (30 мин жанасудан кейін)"), "мг/дм3", "ГОСТ 18190-72", None, "min1.5",
     None),
)  # fmt: skip
PATHOGENS = (
    (("Возбудители кишечных инфекций", "Ішек инфекцияларының қоздырғыштары"), "–", "МУК 4.2.1884-04"),
    (("Жизнеспособные яйца гельминтов", "Гельминттердің тіршілікке қабілетті жұмыртқалары"), "экз./дм3", "МУК 4.2.2661-10"),
)


def _lim_item(key: str, medium: str, lim, unit: str | None, column=None, point=None, value=None) -> dict:
    """The expected limit of one cell: a figure, a range (tuple) or a lower bound (`min…`)."""
    out = {"symbol" if not key[0].isdigit() else "code": key, "medium": medium, "unit": None if key == "pH" else unit, "column": column,
           "point": point}
    if isinstance(lim, tuple):
        out.update(limit=None, limit_min=float(lim[0]), limit_max=float(lim[1]))
    elif isinstance(lim, str):
        out.update(limit=None, limit_min=float(lim[3:]), limit_max=None)
    else:
        out.update(limit=float(lim), limit_min=None, limit_max=None)
    if value is not None:
        out["value"] = value
    return out


def _lim_cell(doc: Doc, lim) -> str:
    if lim is None:
        return "–"
    if isinstance(lim, tuple):
        return f"{num(lim[0], doc.lang)}–{num(lim[1], doc.lang)}"
    if isinstance(lim, str):
        return doc.v(f"не менее {num(float(lim[3:]), 'ru')}", f"кемінде {num(float(lim[3:]), 'kk')}", "")
    return num(lim, doc.lang)


def limits_hw1(doc: Doc) -> None:
    """A laboratory's protocol of tests at the outlet `К-2` of a hospital's local treatment works with chlorination, named
    in the sentence before: `показатель | ед. изм. | НД на метод | результат (date) | результат (date) | ДК (условия
    приема водоканала) | требования к обеззараженным сточным водам` — each parameter judged against two authorities, pH
    against both (two ranges), residual chlorine against the hygienic `не менее 1,5` only, the rest against the vodokanal;
    the pathogens and helminth eggs `не обнаружены` against `отсутствие` give no item, oil products `< 0,02` below the
    range (VI: a hospital's outfall into the city sewer in two rounds against the drainage company's acceptance limits and
    QCVN 28:2010/BTNMT column B with K = 1,0, Salmonella, Shigella and Vibrio `KPH` and the α and β radioactivity in Bq/l
    that give no item)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_hw1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    h = doc.pick(KZ_HOSPITALS)
    vodokanal = {"3910": ("ГКП «Костанай-Су»", "«Қостанай-Су» МКК"), "5510": ("ГКП «Павлодар-Водоканал»", "«Павлодар-Водоканал» МКК"),
                 "1510": ("ГКП «Акбулак»", "«Ақбұлақ» МКК")}[h["kato"]]  # fmt: skip
    d1, d2 = _date(doc, 2025, (3, 4)), _date(doc, 2025, (9, 10))
    doc.h(g(f"ПРОТОКОЛ ИСПЫТАНИЙ № {r.randint(100, 999)}-СВ/25", f"№ {r.randint(100, 999)}-СВ/25 СЫНАҚ ХАТТАМАСЫ", ""))
    doc.p(g(f"Испытательная лаборатория ТОО «Эколаб Сервис» (аттестат аккредитации № KZ.T.07.{r.randint(1000, 2999)}). Заказчик: "
            f"{h['org'][0]}. Объект испытаний: сточные воды. Место отбора: К-2 – выпуск очищенных и обеззараженных сточных вод после "
            f"контактного резервуара локальных очистных сооружений в городскую канализацию {vodokanal[0]}. Пробы отобраны {d1} и {d2}.",
            f"«Эколаб Сервис» ЖШС сынақ зертханасы (№ KZ.T.07.{r.randint(1000, 2999)} аккредиттеу аттестаты). Тапсырыс беруші: "
            f"{h['org'][1]}. Сынақ объектісі: сарқынды сулар. Алу орны: К-2 – жергілікті тазарту құрылыстарының жанасу резервуарынан "
            f"кейін тазартылған және залалсыздандырылған сарқынды сулардың {vodokanal[1]} қалалық кәрізіне шығарылымы. Сынамалар {d1} "
            f"және {d2} алынды.", ""))
    rows = [g(["№", "Показатель", "Ед. изм.", "НД на метод испытаний", f"Результат ({d1})", f"Результат ({d2})",
               f"ДК (условия приема {vodokanal[0]})", "Требования к обеззараженным сточным водам"],
              ["№", "Көрсеткіш", "Өлш. бірл.", "Сынақ әдісіне НҚ", f"Нәтиже ({d1})", f"Нәтиже ({d2})",
               f"Рұқсат етілген шоғырлану ({vodokanal[1]} қабылдау шарттары)", "Залалсыздандырылған сарқынды суларға қойылатын талаптар"], [])]
    k = 0
    for key, names, unit, method, dk, hyg, share in HOSPITAL_OUTLET:
        k += 1
        cells = []
        for _ in (d1, d2):
            if key == "pH":
                v = round(r.uniform(6.9, 8.2), 1)
            elif key == "Cl2":
                v = round(r.uniform(1.6, 3.4), 1)
            elif key == "TPH" and r.random() < 0.5:
                cells.append(None)
                continue
            else:
                v = _sig(dk * r.uniform(*share), 3)
            cells.append(v)
        shown = [f"< {num(0.02, doc.lang)}" if v is None else num(v, doc.lang) for v in cells]
        rows.append([str(k), names[L], unit if key != "pH" else g("ед. pH", "pH бірл.", ""), method, *shown, _lim_cell(doc, dk), _lim_cell(doc, hyg)])
        for lim in (dk, hyg):
            if lim is None:
                continue
            for v in cells:
                add(doc, _lim_item(key, "waste_water", lim, "mg/l", None, "К-2", v))
    for names, unit, method in PATHOGENS:
        k += 1
        nf = g("не обнаружены", "табылған жоқ", "")
        rows.append([str(k), names[L], unit, method, nf, nf, "–", g("отсутствие", "болмауы тиіс", "")])
    doc.table(g("Результаты испытаний", "Сынақ нәтижелері", ""), rows, role="limits")
    doc.p(g("«<» – ниже нижней границы диапазона измерений методики. Протокол распространяется только на пробы, подвергнутые испытаниям.",
            "«<» – әдістеменің өлшеу ауқымының төменгі шегінен төмен. Хаттама тек сынақтан өткен сынамаларға қолданылады.", ""))
    maybe_distractor(doc, 0.2)


# a hospital's outfall: key, label, unit, the drainage company's acceptance limit, QCVN 28:2010/BTNMT column B
VN_OUTFALL = (
    ("pH", "pH", "-", (6, 9), (6.5, 8.5)),
    ("BOD5", "BOD5 (20°C)", "mg/l", 100, 50),
    ("COD", "COD", "mg/l", 200, 100),
    ("TSS", "Tổng chất rắn lơ lửng (TSS)", "mg/l", 200, 100),
    ("S2-", "Sunfua (tính theo H2S)", "mg/l", None, 4),
    ("NH4+", "Amoni (tính theo N)", "mg/l", 20, 10),
    ("NO3-", "Nitrat (tính theo N)", "mg/l", None, 50),
    ("PO4", "Phosphat (PO4 3- tính theo P)", "mg/l", None, 10),
    ("FOG", "Dầu mỡ động thực vật", "mg/l", 30, 20),
    ("Coliform", "Tổng Coliforms", "MPN/100ml", None, 5000),
)


def _limits_hw1_vi(doc: Doc) -> None:
    r = doc.rng
    name = doc.pick([h[0] for h in VN_HOSPITALS])
    d1, d2 = _date(doc, 2025, (3, 4), "/"), _date(doc, 2025, (9, 10), "/")
    doc.h(f"BÁO CÁO KẾT QUẢ QUAN TRẮC NƯỚC THẢI Y TẾ NĂM 2025 – {name.upper()}")
    doc.p("Vị trí lấy mẫu: NT1 – hố ga sau bể khử trùng của trạm xử lý nước thải, trước điểm đấu nối vào cống thoát nước chung của thành phố. "
          "Bệnh viện có trên 300 giường bệnh nên áp dụng hệ số K = 1,0 theo QCVN 28:2010/BTNMT; đồng thời nước thải phải đáp ứng giới hạn "
          "tiếp nhận theo Hợp đồng dịch vụ thoát nước với Công ty TNHH MTV Thoát nước đô thị.")
    rows = [["TT", "Thông số", "Đơn vị", f"Đợt 1 ({d1})", f"Đợt 2 ({d2})", "Giới hạn tiếp nhận theo Hợp đồng dịch vụ thoát nước",
             "QCVN 28:2010/BTNMT, cột B (K = 1,0)"]]
    k = 0
    for key, label, unit, recv, qcvn in VN_OUTFALL:
        k += 1
        vals = []
        for _ in (d1, d2):
            if key == "pH":
                vals.append(round(r.uniform(6.8, 8.1), 1))
            elif key == "Coliform":
                vals.append(float(r.choice((430, 930, 1500, 2100, 2400, 4300))))
            else:
                vals.append(_sig(qcvn * r.uniform(0.08, 0.8), 3))
        rows.append([str(k), label, unit, *(num(v, "vi") for v in vals), _vi_cell(recv), _vi_cell(qcvn)])
        for lim, col in ((recv, None), (qcvn, "B")):
            if lim is None:
                continue
            for v in vals:
                add(doc, _lim_item(key, "waste_water", lim, unit, col, "NT1", v))
    for label in ("Salmonella", "Shigella", "Vibrio cholerae"):
        k += 1
        rows.append([str(k), label, "Vi khuẩn/100 ml", "KPH", "KPH", "-", "KPH"])
    for label, lim in (("Tổng hoạt độ phóng xạ α", 0.1), ("Tổng hoạt độ phóng xạ β", 1.0)):
        k += 1
        rows.append([str(k), label, "Bq/l", num(_sig(lim * r.uniform(0.1, 0.5), 2), "vi"), num(_sig(lim * r.uniform(0.1, 0.5), 2), "vi"), "-",
                     num(lim, "vi")])
    doc.table("Bảng 3. Kết quả phân tích chất lượng nước thải sau xử lý", rows, role="limits")
    doc.p("Ghi chú: KPH – không phát hiện; (-) – không quy định. Các thông số đều nằm trong giới hạn cho phép.")
    maybe_distractor(doc, 0.2)


def _vi_cell(lim) -> str:
    if lim is None:
        return "-"
    if isinstance(lim, tuple):
        return f"{num(lim[0], 'vi')} – {num(lim[1], 'vi')}"
    return num(lim, "vi")


# points around a plant and the wind: (point, (RU, KK) place), wind: ((RU, KK) word, windward, leeward)
SZZ_POINTS = (("Т-1", ("северная граница СЗЗ", "СҚА солтүстік шекарасы")), ("Т-2", ("восточная граница СЗЗ", "СҚА шығыс шекарасы")),
              ("Т-3", ("южная граница СЗЗ", "СҚА оңтүстік шекарасы")), ("Т-4", ("западная граница СЗЗ", "СҚА батыс шекарасы")))
WINDS = ((("северный", "солтүстік"), "Т-1", "Т-3"), (("восточный", "шығыс"), "Т-2", "Т-4"), (("южный", "оңтүстік"), "Т-3", "Т-1"),
         (("западный", "батыс"), "Т-4", "Т-2"))
SZZ_PDK = {"0301": 0.2, "0330": 0.5, "0337": 5.0, "0316": 0.2, "2902": 0.5}


def limits_hw2(doc: Doc) -> None:
    """The air at the protection zone's boundary around a medical-waste plant in its report on ПЭК: four points by the
    rhumbs in a table of no role, and the measurements as a row per sampling date giving the wind, the windward point
    (background) and the leeward point (control) by their codes, then each substance as a `фон | контроль` pair of
    sub-columns under its code and name, the ПДК м.р. merged over each pair in a row under the header — so that each
    value's point is read from its row and changes with the wind; hydrogen chloride `< 0,02` at the background (VI: the
    surroundings of a hospital's incinerator, `Điểm đầu hướng gió | Điểm cuối hướng gió` by their codes in each round,
    QCVN 05:2023/BTNMT one-hour values in µg/m3)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_hw2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p = doc.pick(KZ_PLANTS)
    zone = 500 if p["cat"] == "I" else 300
    doc.h(g(f"Отчет о выполнении программы ПЭК за 2025 год. {p['op'][0]}", f"{p['op'][1]}. ӨЭБ бағдарламасының 2025 жылғы орындалуы туралы есеп", ""))
    doc.h(g("4.3. Мониторинг атмосферного воздуха на границе санитарно-защитной зоны", "4.3. Санитариялық-қорғаныш аймағының шекарасындағы "
            "атмосфералық ауа мониторингі", ""))
    doc.p(g(f"Точки контроля расположены на границе СЗЗ ({zone} м) по четырем румбам (таблица 4.5). При каждом отборе проб фоновой "
            "принимается точка с наветренной стороны, контрольной – с подветренной; направление ветра определялось по данным "
            "ближайшей метеостанции на момент отбора.",
            f"Бақылау нүктелері СҚА шекарасында ({zone} м) төрт румб бойынша орналасқан (4.5-кесте). Әр сынама алу кезінде фондық нүкте "
            "ретінде жел жақтағы нүкте, бақылау нүктесі ретінде – ық жақтағы нүкте қабылданады; жел бағыты сынама алу сәтінде "
            "ең жақын метеостанцияның деректері бойынша анықталды.", ""))
    pts = [g(["Точка", "Расположение", "Расстояние от инсинератора, м"], ["Нүкте", "Орналасуы", "Инсинератордан қашықтығы, м"], [])]
    for pid, place in SZZ_POINTS:
        pts.append([pid, place[L], str(zone + r.randint(0, 4) * 10)])
    doc.table(g("Таблица 4.5 – Точки контроля на границе СЗЗ", "4.5-кесте – СҚА шекарасындағы бақылау нүктелері", ""), pts, role="other")
    codes = list(SZZ_PDK)
    head0 = g(["Дата отбора", "Ветер (направление, скорость)", "Наветренная точка (фон)", "Подветренная точка (контроль)"],
              ["Алынған күні", "Жел (бағыты, жылдамдығы)", "Жел жақтағы нүкте (фон)", "Ық жақтағы нүкте (бақылау)"], [])
    head1 = [None] * 4
    pdk_row = [g("ПДК м.р., мг/м3", "ШЖК б.р., мг/м3", ""), None, None, None]
    merges = [(0, c, 1, c) for c in range(4)] + [(2, 0, 2, 3)]
    for i, c in enumerate(codes):
        head0 += [f"{c} {_air(doc, c)}", None]
        head1 += [g("фон", "фон", ""), g("контроль", "бақылау", "")]
        pdk_row += [num(SZZ_PDK[c], doc.lang), None]
        merges += [(0, 4 + 2 * i, 0, 5 + 2 * i), (2, 4 + 2 * i, 2, 5 + 2 * i)]
    rows = [head0, head1, pdk_row]
    for month in (2, 5, 8, 11):
        (w_ru, w_kk), bg, ctrl = doc.pick(WINDS)
        speed = r.randint(2, 6)
        line = [f"{r.randint(3, 27):02d}.{month:02d}.2025", g(f"{w_ru}, {speed} м/с", f"{w_kk}, {speed} м/с", ""), bg, ctrl]
        for c in codes:
            pdk = SZZ_PDK[c]
            base = _sig(pdk * r.uniform(0.03, 0.2), 2)
            if c == "0316":
                base = max(base, 0.02)
            if c == "0316" and r.random() < 0.5:
                line.append(f"< {num(0.02, doc.lang)}")
                add(doc, _lim_item(c, "air", pdk, "mg/m3", None, bg))
            else:
                line.append(num(base, doc.lang))
                add(doc, _lim_item(c, "air", pdk, "mg/m3", None, bg, base))
            v = _sig(base + pdk * r.uniform(0.05, 0.4), 2)
            line.append(num(v, doc.lang))
            add(doc, _lim_item(c, "air", pdk, "mg/m3", None, ctrl, v))
        rows.append(line)
    doc.table(g("Таблица 4.6 – Результаты контроля атмосферного воздуха на границе СЗЗ, мг/м3", "4.6-кесте – СҚА шекарасындағы атмосфералық ауаны "
                "бақылау нәтижелері, мг/м3", ""), rows, merges, role="limits")
    doc.p(g("Превышений ПДК м.р. в контрольных точках не зафиксировано; разница между контрольной и фоновой концентрацией характеризует "
            "вклад предприятия.",
            "Бақылау нүктелерінде ШЖК б.р. асуы тіркелмеді; бақылау және фондық концентрациялар арасындағы айырма кәсіпорынның үлесін "
            "сипаттайды.", ""))
    maybe_distractor(doc, 0.2)


VN_AIR_POINTS = (("KK1", "Phía Bắc lò đốt, cách 60 m"), ("KK2", "Phía Đông lò đốt, cách 60 m"), ("KK3", "Phía Nam lò đốt, cách 60 m"),
                 ("KK4", "Phía Tây lò đốt, cách 60 m"))
VN_WINDS = (("Bắc", "KK1", "KK3"), ("Đông", "KK2", "KK4"), ("Nam", "KK3", "KK1"), ("Tây", "KK4", "KK2"))
QCVN05_1H = {"2902": 300, "0330": 350, "0301": 200, "0337": 30000}


def _limits_hw2_vi(doc: Doc) -> None:
    r = doc.rng
    name = doc.pick([h[0] for h in VN_INCIN_HOSPITALS])
    doc.h(f"KẾT QUẢ QUAN TRẮC KHÔNG KHÍ XUNG QUANH KHU VỰC LÒ ĐỐT CHẤT THẢI Y TẾ NĂM 2025 – {name.upper()}")
    doc.p("Bốn điểm quan trắc bố trí quanh lò đốt theo bốn hướng (Bảng 4.1). Mỗi đợt, điểm đầu hướng gió được lấy làm điểm nền, điểm cuối "
          "hướng gió là điểm chịu tác động; hướng gió xác định tại thời điểm lấy mẫu. Giá trị giới hạn: trung bình 1 giờ theo QCVN "
          "05:2023/BTNMT.")
    pts = [["Ký hiệu", "Vị trí"]] + [[pid, place] for pid, place in VN_AIR_POINTS]
    doc.table("Bảng 4.1. Vị trí các điểm quan trắc", pts, role="other")
    codes = list(QCVN05_1H)
    labels = {"2902": "Tổng bụi lơ lửng (TSP)", "0330": "SO2", "0301": "NO2", "0337": "CO"}
    head0 = ["Đợt, ngày lấy mẫu", "Hướng gió", "Điểm đầu hướng gió (nền)", "Điểm cuối hướng gió"]
    head1 = [None] * 4
    lim_row = ["QCVN 05:2023/BTNMT (µg/m3)", None, None, None]
    merges = [(0, c, 1, c) for c in range(4)] + [(2, 0, 2, 3)]
    for i, c in enumerate(codes):
        head0 += [labels[c], None]
        head1 += ["Nền", "Cuối gió"]
        lim_row += [num(QCVN05_1H[c], "vi"), None]
        merges += [(0, 4 + 2 * i, 0, 5 + 2 * i), (2, 4 + 2 * i, 2, 5 + 2 * i)]
    rows = [head0, head1, lim_row]
    for k, month in enumerate((3, 6, 9, 12), 1):
        wind, bg, ctrl = doc.pick(VN_WINDS)
        line = [f"Đợt {k} ({r.randint(3, 27):02d}/{month:02d}/2025)", f"Gió {wind}", bg, ctrl]
        for c in codes:
            lim = QCVN05_1H[c]
            base = lim * r.uniform(0.05, 0.25)
            for pid, x in ((bg, base), (ctrl, base + lim * r.uniform(0.05, 0.35))):
                v = float(round(x)) if lim >= 300 else _sig(x, 2)
                line.append(num(v, "vi"))
                add(doc, _lim_item(c, "air", lim, "ug/m3", None, pid, v))
        rows.append(line)
    doc.table("Bảng 4.2. Kết quả quan trắc không khí xung quanh (µg/m3)", rows, merges, role="limits")
    doc.p("Nhận xét: nồng độ tại điểm cuối hướng gió cao hơn điểm nền nhưng đều thấp hơn giới hạn cho phép.")
    maybe_distractor(doc, 0.2)


# ---------------------------------------------------------------- monitoring

# water parameters the vocabulary does not name: symbol: (RU, KK, VI)
WNAMES = {
    "Cl2": ("хлор остаточный", "қалдық хлор", "Clo dư"),
    "FecalColiform": ("термотолерантные колиформные бактерии", "термотолерантты колиформды бактериялар", "Coliform chịu nhiệt (Fecal Coliform)"),
    "PO4": ("фосфаты", "фосфаттар", "Phosphat (PO4 3- tính theo P)"),
    "FOG": ("жиры", "майлар", "Dầu mỡ động thực vật"),
}


def _wname(doc: Doc, key: str) -> str:
    if key in WNAMES:
        return WNAMES[key][vocab.LANGS.index(doc.lang)]
    name = vocab.water(key, doc.lang)
    return name if doc.lang == "vi" or name[:2].isupper() else name[0].lower() + name[1:]


# (RU, KK) object, kind, ids, keys, usual frequency, epidemic regime (a frequency, "same" or (RU, KK) words of no frequency), (RU, KK) performer
EPI_PLAN = (
    (("К-2 – выпуск после контактного резервуара ЛОС (перед сбросом в городскую канализацию)",
      "К-2 – ЖТҚ жанасу резервуарынан кейінгі шығарылым (қалалық кәрізге ағызу алдында)"), "point", ("К-2",), ["Cl2"], "daily",
     ("каждые 4 часа (ежесменно)", "4 сағат сайын (әр ауысымда)"), ("оператор ЛОС", "ЖТҚ операторы")),
    (("К-2 – то же", "К-2 – сол сияқты"), "point", ("К-2",), ["Coliform", "FecalColiform"], "monthly", "weekly",
     ("бактериологическая лаборатория больницы", "аурухананың бактериологиялық зертханасы")),
    (("К-2 – то же", "К-2 – сол сияқты"), "point", ("К-2",), ["pH", "TSS", "BOD5", "COD", "NH4+", "Surfactants"], "quarterly", "same",
     ("аккредитованная лаборатория (договор)", "аккредиттелген зертхана (шарт)")),
    (("К-1 – вход на ЛОС (приемный резервуар)", "К-1 – ЖТҚ кірісі (қабылдау резервуары)"), "point", ("К-1",), ["pH", "TSS", "BOD5", "COD"],
     "quarterly", "same", ("аккредитованная лаборатория (договор)", "аккредиттелген зертхана (шарт)")),
    (("ИЗА 0001 – дымовая труба котельной", "ЛШК 0001 – қазандықтың түтін мұржасы"), "source", ("0001",), ["0301", "0304", "0337"],
     "semiannual", "same", ("аккредитованная лаборатория (договор)", "аккредиттелген зертхана (шарт)")),
    (("ИЗА 0002 – труба печи сжигания медицинских отходов", "ЛШК 0002 – медициналық қалдықтарды жағу пешінің құбыры"), "source", ("0002",),
     ["0301", "0330", "0337", "0316", "2902"], "quarterly", "monthly", ("аккредитованная лаборатория (договор)", "аккредиттелген зертхана (шарт)")),
    (("Т-1, Т-2 – граница СЗЗ печи сжигания (север, юг)", "Т-1, Т-2 – жағу пешінің СҚА шекарасы (солтүстік, оңтүстік)"), "point", ("Т-1", "Т-2"),
     ["0316", "0301", "2902"], "semiannual", "quarterly", ("аккредитованная лаборатория (договор)", "аккредиттелген зертхана (шарт)")),
)  # fmt: skip


def _key_of(key: str) -> str:
    return "code" if key[0].isdigit() else "symbol"


def monitoring_hw1(doc: Doc) -> None:
    """An infectious-disease hospital's plan-graph of monitoring with two frequency columns — the usual regime, and the
    regime of epidemiological trouble declared by the chief state sanitary doctor (quarantine, an outbreak) — the
    outlet's coliforms monthly becoming weekly, the waste incinerator quarterly becoming monthly, the protection zone's
    boundary half-yearly becoming quarterly; `без изменений` in the second column repeats nothing, and residual chlorine
    `каждые 4 часа (ежесменно)` is no frequency of the contract; the point written `К-2 – то же` on the rows after its
    first, two boundary points in one cell (VI: a tropical-diseases hospital's GPMT programme, `Tần suất thông thường`
    beside `Khi có dịch bệnh truyền nhiễm nhóm A`, `Không thay đổi`)."""
    if doc.lang == "vi":
        _monitoring_hw1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    h = KZ_HOSPITALS[1]
    doc.h(g(f"Программа производственного экологического контроля. {h['org'][0]}", f"{h['org'][1]}. Өндірістік экологиялық бақылау "
            "бағдарламасы", ""))
    doc.h(g("5. План-график мониторинга эмиссий и воздействия", "5. Эмиссиялар мен әсер мониторингінің жоспар-кестесі", ""))
    doc.p(g("Больница принимает больных особо опасными и карантинными инфекциями. При введении ограничительных мероприятий (карантина) "
            "или регистрации вспышки инфекционного заболевания по постановлению главного государственного санитарного врача области "
            "периодичность контроля обеззараживания сточных вод и работы печи сжигания увеличивается (графа 5) на весь срок действия "
            "ограничений.",
            "Аурухана аса қауіпті және карантиндік инфекциялармен ауыратын науқастарды қабылдайды. Шектеу іс-шаралары (карантин) "
            "енгізілген немесе жұқпалы ауру өршуі тіркелген кезде облыстың бас мемлекеттік санитариялық дәрігерінің қаулысы бойынша "
            "сарқынды суларды залалсыздандыруды және жағу пешінің жұмысын бақылау кезеңділігі шектеулер қолданылатын бүкіл мерзімге "
            "ұлғайтылады (5-баған).", ""))
    rows = [g(["№", "Объект контроля", "Контролируемые показатели", "Периодичность в обычном режиме",
               "Периодичность в период эпидемиологического неблагополучия", "Исполнитель"],
              ["№", "Бақылау объектісі", "Бақыланатын көрсеткіштер", "Қалыпты режимдегі кезеңділігі",
               "Эпидемиологиялық қолайсыздық кезеңіндегі кезеңділігі", "Орындаушы"], []),
            ["1", "2", "3", "4", "5", "6"]]
    same = g("без изменений", "өзгеріссіз", "")
    for k, (obj, kind, ids, keys, usual, epi, who) in enumerate(EPI_PLAN, 1):
        names = [(_air(doc, c) if c[0].isdigit() else _wname(doc, c)) for c in keys]
        if kind == "source":
            names = [f"{n} ({c})" for n, c in zip(names, keys, strict=True)]
        if epi == "same":
            epi_text = same
        elif isinstance(epi, tuple):
            epi_text = epi[L]
        else:
            epi_text = _often(doc, epi)
        rows.append([str(k), obj[L], "; ".join(names), _often(doc, usual), epi_text, who[L]])
        loc = "source_number" if kind == "source" else "point"
        for ident in ids:
            for key in keys:
                doc.add("monitoring", {loc: ident, _key_of(key): key, "frequency": usual})
                if isinstance(epi, str) and epi != "same":
                    doc.add("monitoring", {loc: ident, _key_of(key): key, "frequency": epi})
    doc.table(g("Таблица 5.1 – План-график контроля", "5.1-кесте – Бақылау жоспар-кестесі", ""), rows, role="monitoring")
    doc.p(g("Результаты контроля в период эпидемиологического неблагополучия ежедневно передаются в территориальный департамент "
            "санитарно-эпидемиологического контроля.",
            "Эпидемиологиялық қолайсыздық кезеңіндегі бақылау нәтижелері санитариялық-эпидемиологиялық бақылаудың аумақтық "
            "департаментіне күн сайын беріледі.", ""))
    maybe_distractor(doc, 0.2)


# (point, place, keys, usual, epidemic (a frequency, "same" or words), standard)
VN_EPI_PLAN = (
    ("NT1", "Hố ga sau bể khử trùng, trước khi xả vào cống thoát nước chung", ["Cl2"], "daily", "02 lần/ngày (sáng, chiều)", "Tự theo dõi bằng bộ thử nhanh"),
    ("NT1", "Hố ga sau bể khử trùng, trước khi xả vào cống thoát nước chung", ["Coliform"], "quarterly", "monthly", "QCVN 28:2010/BTNMT, cột B"),
    ("NT1", "Hố ga sau bể khử trùng, trước khi xả vào cống thoát nước chung", ["pH", "BOD5", "COD", "TSS", "S2-", "NH4+", "NO3-", "PO4", "FOG"],
     "quarterly", "same", "QCVN 28:2010/BTNMT, cột B"),
    ("KT1", "Ống khói lò đốt chất thải rắn y tế", ["2902", "0316", "0337", "0330", "0301"], "quarterly", "monthly", "QCVN 02:2012/BTNMT, cột B"),
    ("KK1", "Khu dân cư cuối hướng gió, cách lò đốt 150 m", ["2902", "0330", "0301", "0337"], "semiannual", "same", "QCVN 05:2023/BTNMT"),
)  # fmt: skip
VI_AIR = {"2902": "Bụi tổng", "0316": "HCl", "0337": "CO", "0330": "SO2", "0301": "NOx (tính theo NO2)"}


def _monitoring_hw1_vi(doc: Doc) -> None:
    doc.h("GIẤY PHÉP MÔI TRƯỜNG – BỆNH VIỆN BỆNH NHIỆT ĐỚI TỈNH")
    doc.h("Phụ lục 3. CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG")
    doc.p("Khi có dịch bệnh truyền nhiễm nhóm A hoặc khi bệnh viện được giao thu dung, điều trị người bệnh theo chỉ đạo của Sở Y tế, tần suất "
          "quan trắc được tăng theo cột (5) trong suốt thời gian có dịch.")
    rows = [["TT", "Vị trí quan trắc", "Thông số", "Tần suất thông thường", "Khi có dịch bệnh truyền nhiễm nhóm A", "Quy chuẩn so sánh"],
            ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"]]
    for k, (pid, place, keys, usual, epi, std) in enumerate(VN_EPI_PLAN, 1):
        names = [VI_AIR[c] if c[0].isdigit() else _wname(doc, c) for c in keys]
        if epi == "same":
            epi_text = "Không thay đổi"
        elif epi in ("monthly", "quarterly", "weekly", "daily", "semiannual"):
            epi_text = _often(doc, epi)
        else:
            epi_text = epi
        rows.append([str(k), f"{pid} – {place}", ", ".join(names), _often(doc, usual), epi_text, std])
        for key in keys:
            doc.add("monitoring", {"point": pid, _key_of(key): key, "frequency": usual})
            if epi in ("monthly", "quarterly", "weekly", "daily", "semiannual"):
                doc.add("monitoring", {"point": pid, _key_of(key): key, "frequency": epi})
    doc.table("Bảng PL3.1. Vị trí, thông số và tần suất quan trắc", rows, role="monitoring")
    doc.p("Kết quả quan trắc trong thời gian có dịch được gửi về Sở Nông nghiệp và Môi trường và Sở Y tế hằng tháng.")
    maybe_distractor(doc, 0.2)


DAYS = {"ru": ("Пн", "Вт", "Ср", "Чт", "Пт", "Сб", "Вс"), "kk": ("Дс", "Сс", "Ср", "Бс", "Жм", "Сн", "Жс"),
        "vi": ("T2", "T3", "T4", "T5", "T6", "T7", "CN")}
# (point, VI point, (RU, KK) place, VI place, [(key, days, note kind)]); days are weekday indexes, note: None, "month", "quarter"
ROSTER = (
    ("К-1", "NT0", ("поступающая сточная вода (приемный резервуар)", "келіп түсетін сарқынды су (қабылдау резервуары)"), "Bể điều hòa (nước thải đầu vào)",
     [("pH", tuple(range(7)), None), ("COD", (0,), None), ("TSS", (2,), "month")]),
    ("К-2", "NT1", ("после вторичного отстойника", "екінші реттік тұндырғыштан кейін"), "Sau bể lắng sinh học",
     [("DO", tuple(range(7)), None), ("NH4+", (0, 3), None), ("NO3-", (3,), None), (None, tuple(range(7)), None)]),
    ("К-3", "NT2", ("выпуск после контактного резервуара", "жанасу резервуарынан кейінгі шығарылым"), "Sau bể khử trùng (trước khi xả)",
     [("Cl2", tuple(range(7)), None), ("Coliform", (0,), None), ("BOD5", (2,), "month"), ("Surfactants", (2,), "quarter"),
      ("PO4", (2,), "quarter")]),
)  # fmt: skip
NOTES = {
    "month": ("только в первую среду месяца", "тек айдың бірінші сәрсенбісінде", "Chỉ lấy mẫu vào thứ Tư tuần đầu tiên của tháng"),
    "quarter": ("только в первую среду января, апреля, июля и октября", "тек қаңтардың, сәуірдің, шілденің және қазанның бірінші сәрсенбісінде",
                "Chỉ lấy mẫu vào thứ Tư tuần đầu tiên của tháng 1, 4, 7 và 10"),
}


def _roster_freq(days: tuple, note: str | None) -> str | None:
    if note == "month":
        return "monthly"
    if note == "quarter":
        return "quarterly"
    if len(days) == 7:
        return "daily"
    if len(days) == 1:
        return "weekly"
    return None


def monitoring_hw2(doc: Doc) -> None:
    """A treatment works laboratory's weekly roster of sampling at a hospital's local treatment plant: the points `К-1`
    … `К-3` merged down over their parameters, a column per weekday with `+` marks and a note column — seven marks are a
    daily control, one a weekly one, a Wednesday's mark with `только в первую среду месяца` a monthly one and with the
    first Wednesday of January, April, July and October a quarterly one, two marks a week none of the contract's
    frequencies; the sludge dose in the aeration tank a row of no substance (VI: the same roster of a hospital's trạm xử
    lý nước thải, `T2 … CN`, `Thứ Tư tuần đầu tiên của tháng`)."""
    r = doc.rng
    vi = doc.lang == "vi"
    L = 0 if vi else _L(doc)
    g = doc.v
    if vi:
        doc.h(f"LỊCH QUAN TRẮC NỘI BỘ HẰNG TUẦN – TRẠM XỬ LÝ NƯỚC THẢI {doc.pick([h[0] for h in VN_HOSPITALS]).upper()}")
        doc.p("Áp dụng từ ngày 01/01/2026. Mẫu do nhân viên vận hành trạm lấy và phân tích tại phòng thí nghiệm của trạm; dấu (+) là ngày lấy mẫu "
              "trong tuần. Kết quả ghi vào sổ nhật ký vận hành.")
    else:
        h = doc.pick(KZ_HOSPITALS)
        doc.h(g("График лабораторного контроля работы локальных очистных сооружений", "Жергілікті тазарту құрылыстарының жұмысын зертханалық "
                "бақылау кестесі", ""))
        doc.p(g(f"{h['org'][0]}. Утверждаю: заместитель главного врача по хозяйственной части. График действует с 01.01.2026; пробы "
                "отбирает и анализирует лаборант ЛОС, знаком «+» отмечены дни отбора в течение недели.",
                f"{h['org'][1]}. Бекітемін: бас дәрігердің шаруашылық бөлігі жөніндегі орынбасары. Кесте 01.01.2026 бастап қолданылады; "
                "сынамаларды ЖТҚ зертханашысы алады және талдайды, «+» белгісімен апта ішінде сынама алынатын күндер белгіленген.", ""))
    days = DAYS[doc.lang]
    rows = [[g("Точка отбора", "Сынама алу нүктесі", "Vị trí"), g("Показатель", "Көрсеткіш", "Thông số"), *days, g("Примечание", "Ескертпе", "Ghi chú")]]
    merges: list = []
    for kz_id, vi_id, place, vplace, items in ROSTER:
        pid = vi_id if vi else kz_id
        start = len(rows)
        chosen = [it for it in items if it[2] or it[0] in ("pH", "Cl2", "DO", None) or r.random() < 0.85]
        for key, marks, note in chosen:
            if key == "COD" or key == "Coliform":
                marks = (r.choice((0, 1)),)
            if key is None:
                label = g("доза активного ила в аэротенке, г/дм3", "аэротенктегі белсенді тұнба дозасы, г/дм3", "Chỉ số bùn SV30 bể hiếu khí")
            else:
                label = _wname(doc, key)
            cells = ["+" if d in marks else "" for d in range(7)]
            note_text = NOTES[note][2 if vi else L] if note else ""
            rows.append([f"{pid} – {vplace if vi else place[L]}" if len(rows) == start else None, label, *cells, note_text])
            if key is not None:
                doc.add("monitoring", {"point": pid, "symbol": key, "frequency": _roster_freq(marks, note)})
        merges.append((start, 0, len(rows) - 1, 0))
    doc.table(g("Недельный график отбора проб", "Апталық сынама алу кестесі", "Bảng 1. Lịch lấy mẫu trong tuần"), rows, merges, role="monitoring")
    doc.p(g("При отклонении остаточного хлора от диапазона 1,5–3,0 мг/дм3 отбор на выпуске К-3 повторяется через 2 часа.",
            "Қалдық хлор 1,5–3,0 мг/дм3 ауқымынан ауытқыған кезде К-3 шығарылымында сынама алу 2 сағаттан кейін қайталанады.",
            "Khi clo dư nằm ngoài khoảng 0,5 – 1,0 mg/l, lấy mẫu lại tại điểm sau bể khử trùng sau 02 giờ."))
    maybe_distractor(doc, 0.2)


# ---------------------------------------------------------------- inspections

CHECKERS = {"epi": ("госпитальный эпидемиолог", "аурухана эпидемиологы"), "eco": ("инженер-эколог", "инженер-эколог")}
# (RU, KK) unit, (RU, KK) subject, checker, weeks marked ("all", a tuple of week indexes, or "q" for the quarter's first month)
ROUNDS = (
    (("Хирургические отделения и операционный блок", "Хирургиялық бөлімшелер және операциялық блок"),
     ("сбор отходов класса Б в местах образования, заполнение КБУ не более чем на ¾, маркировка пакетов",
      "Б сыныбындағы қалдықтарды түзілген жерлерде жинау, КБУ-ды ¾-ден аспайтындай толтыру, пакеттерді таңбалау"), "epi", "all"),
    (("Отделение анестезиологии и реанимации", "Анестезиология және реанимация бөлімшесі"),
     ("сбор отходов классов Б и В, дезинфекция многоразовых емкостей", "Б және В сыныбындағы қалдықтарды жинау, көп рет қолданылатын ыдыстарды дезинфекциялау"),
     "epi", "all"),
    (("Клинико-диагностическая лаборатория", "Клиникалық-диагностикалық зертхана"),
     ("обеззараживание отходов в автоклаве, журнал автоклавирования", "қалдықтарды автоклавта залалсыздандыру, автоклавтау журналы"), "epi", (1,)),
    (("Помещение временного хранения отходов класса Б", "Б сыныбындағы қалдықтарды уақытша сақтау үй-жайы"),
     ("температурный режим холодильной камеры, сроки хранения (не более 24 ч)", "тоңазытқыш камераның температуралық режимі, сақтау мерзімдері (24 сағаттан аспайды)"),
     "eco", (0, 2)),
    (("Пищеблок", "Тағам блогы"), ("сбор пищевых отходов, дезинфекция емкостей", "тамақ қалдықтарын жинау, ыдыстарды дезинфекциялау"), "epi", (3,)),
    (("Контейнерная площадка отходов класса А", "А сыныбындағы қалдықтардың контейнер алаңы"),
     ("состояние контейнеров и ограждения, соблюдение графика вывоза", "контейнерлер мен қоршаудың жай-күйі, шығару кестесінің сақталуы"), "eco", (1,)),
    (("Склад ртутьсодержащих изделий и отработанных ламп", "Сынабы бар бұйымдар мен пайдаланылған шамдар қоймасы"),
     ("герметичность тары, учет в журнале", "ыдыстың саңылаусыздығы, журналда есепке алу"), "eco", "q"),
    (("Локальные очистные сооружения (хлораторная)", "Жергілікті тазарту құрылыстары (хлорлау бөлмесі)"),
     ("дозирование гипохлорита натрия, журнал остаточного хлора", "натрий гипохлоритін мөлшерлеу, қалдық хлор журналы"), "eco", "all"),
    (("Аптека", "Дәріхана"), ("хранение и списание лекарственных средств с истекшим сроком годности (класс Г)",
                             "жарамдылық мерзімі өткен дәрілік заттарды сақтау және есептен шығару (Г сыныбы)"), "epi", "q"),
)  # fmt: skip


def _weeks_freq(weeks) -> str | None:
    if weeks == "all":
        return "weekly"
    if weeks == "q":
        return "quarterly"
    return "monthly" if len(weeks) == 1 else None


def inspections_hw1(doc: Doc) -> None:
    """A hospital epidemiologist's and engineer-ecologist's chart of rounds on the handling of wastes for a typical month,
    approved by the chief doctor: `подразделение | предмет проверки | проверяющий | 1-я неделя | … | 4-я неделя` with `+`
    marks — four marks a weekly round, one a monthly one, two (the store of class Б wastes in the first and third weeks)
    none of the contract's frequencies, `кв.` in the first week a round made only in the first month of each quarter as
    the sentence before says — no frequency written anywhere (VI: the Khoa Kiểm soát nhiễm khuẩn's monthly chart, `Tuần
    1 … Tuần 4`, `Q` for the first month of the quarter)."""
    r = doc.rng
    vi = doc.lang == "vi"
    if vi:
        _inspections_hw1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    h = doc.pick(KZ_HOSPITALS)
    doc.h(g("График контроля обращения с медицинскими отходами в подразделениях (типовой на месяц)", "Бөлімшелерде медициналық қалдықтармен "
            "жұмыс істеуді бақылау кестесі (айға арналған үлгілік)", ""))
    doc.p(g(f"{h['org'][0]}. Утвержден приказом главного врача. График повторяется ежемесячно; знаком «+» отмечена неделя месяца, в "
            "которую проводится обход, отметка «кв.» означает, что обход проводится только в первый месяц квартала (январь, апрель, июль, "
            "октябрь). Результаты заносятся в журнал контроля.",
            f"{h['org'][1]}. Бас дәрігердің бұйрығымен бекітілді. Кесте ай сайын қайталанады; «+» белгісімен айдың аралау жүргізілетін "
            "аптасы белгіленген, «тоқ.» белгісі аралау тек тоқсанның бірінші айында (қаңтар, сәуір, шілде, қазан) жүргізілетінін "
            "білдіреді. Нәтижелер бақылау журналына енгізіледі.", ""))
    rows = [g(["№", "Подразделение, объект", "Предмет проверки", "Проверяющий", "1-я неделя", "2-я неделя", "3-я неделя", "4-я неделя"],
              ["№", "Бөлімше, объект", "Тексеру нысанасы", "Тексеруші", "1-апта", "2-апта", "3-апта", "4-апта"], [])]
    items = [x for x in ROUNDS if x[3] != "all" or r.random() < 0.9]
    for k, (unit, subject, who, weeks) in enumerate(items, 1):
        if weeks == "all":
            marks = ["+"] * 4
        elif weeks == "q":
            marks = [g("кв.", "тоқ.", ""), "", "", ""]
        else:
            marks = ["+" if w in weeks else "" for w in range(4)]
        checker = CHECKERS[who][L]
        rows.append([str(k), unit[L], subject[L], checker, *marks])
        item = {"kind": "inspection", "text_contains": _words(unit[L], 4), "actor_contains": checker}
        word = _weeks_freq(weeks)
        if word:
            item["frequency"] = word
        doc.add("obligations", item)
    doc.table(g("Таблица 1 – График обходов", "1-кесте – Аралау кестесі", ""), rows, role="inspections")
    doc.p(g("Нарушения, выявленные при обходе, устраняются в день проверки; повторные нарушения докладываются на заседании комиссии "
            "инфекционного контроля.",
            "Аралау кезінде анықталған бұзушылықтар тексеру күні жойылады; қайталанған бұзушылықтар инфекциялық бақылау комиссиясының "
            "отырысында баяндалады.", ""))
    maybe_distractor(doc, 0.2)


VN_ROUNDS = (
    ("Khoa Ngoại tổng hợp và phòng mổ", "Phân loại chất thải lây nhiễm tại nguồn, hộp đựng vật sắc nhọn không quá 3/4", "Điều dưỡng giám sát KSNK", "all"),
    ("Khoa Hồi sức tích cực – Chống độc", "Phân loại, thu gom chất thải; khử khuẩn thùng đựng", "Điều dưỡng giám sát KSNK", "all"),
    ("Khoa Xét nghiệm", "Xử lý sơ bộ chất thải có nguy cơ lây nhiễm cao bằng nồi hấp, sổ theo dõi", "Điều dưỡng giám sát KSNK", (1,)),
    ("Khu lưu giữ chất thải y tế tập trung", "Nhiệt độ tủ bảo quản chất thải lây nhiễm, thời gian lưu giữ", "Cán bộ phụ trách môi trường", (0, 2)),
    ("Khoa Dinh dưỡng (bếp ăn)", "Thu gom thức ăn thừa, vệ sinh thùng chứa", "Điều dưỡng giám sát KSNK", (3,)),
    ("Trạm xử lý nước thải", "Châm hóa chất khử trùng, sổ theo dõi clo dư", "Cán bộ phụ trách môi trường", "all"),
    ("Kho lưu giữ bóng đèn và thiết bị chứa thủy ngân thải", "Bao bì kín, ghi sổ theo dõi", "Cán bộ phụ trách môi trường", "q"),
    ("Khoa Dược", "Lưu giữ thuốc hết hạn, dược phẩm gây độc tế bào thải", "Điều dưỡng giám sát KSNK", "q"),
)


def _inspections_hw1_vi(doc: Doc) -> None:
    r = doc.rng
    name = doc.pick([h[0] for h in VN_HOSPITALS])
    doc.h(f"LỊCH GIÁM SÁT CÔNG TÁC QUẢN LÝ CHẤT THẢI Y TẾ HẰNG THÁNG – {name.upper()}")
    doc.p("Khoa Kiểm soát nhiễm khuẩn ban hành; lịch áp dụng cho mọi tháng trong năm 2026. Dấu (+) là tuần giám sát trong tháng; ký hiệu "
          "«Q» là chỉ giám sát vào tuần 1 của tháng đầu quý (tháng 1, 4, 7, 10).")
    rows = [["TT", "Khoa, phòng / khu vực", "Nội dung giám sát", "Người giám sát", "Tuần 1", "Tuần 2", "Tuần 3", "Tuần 4"]]
    items = [x for x in VN_ROUNDS if x[3] != "all" or r.random() < 0.9]
    for k, (unit, subject, who, weeks) in enumerate(items, 1):
        if weeks == "all":
            marks = ["+"] * 4
        elif weeks == "q":
            marks = ["Q", "", "", ""]
        else:
            marks = ["+" if w in weeks else "" for w in range(4)]
        rows.append([str(k), unit, subject, who, *marks])
        item = {"kind": "inspection", "text_contains": _words(unit, 4), "actor_contains": who}
        word = _weeks_freq(weeks)
        if word:
            item["frequency"] = word
        doc.add("obligations", item)
    doc.table("Bảng 1. Lịch giám sát", rows, role="inspections")
    doc.p("Kết quả giám sát được ghi vào phiếu giám sát và tổng hợp báo cáo Hội đồng Kiểm soát nhiễm khuẩn hằng quý.")


# duties of an engineer-ecologist: (RU, KK) duty, frequency or None, (RU, KK) words looked for, inspection?
DUTIES = (
    (("Ведет учет образования и передачи отходов по журналам подразделений, сверяет его с актами приема-передачи отходов.",
      "Бөлімшелердің журналдары бойынша қалдықтардың түзілуі мен берілуін есепке алады, оны қалдықтарды қабылдау-тапсыру актілерімен салыстырады."),
     None, None, False),
    (("Ежедневно, в начале рабочего дня, проверяет температурный режим и сроки хранения отходов класса Б в помещении временного хранения.",
      "Күн сайын, жұмыс күнінің басында, уақытша сақтау үй-жайындағы Б сыныбындағы қалдықтардың температуралық режимі мен сақтау мерзімдерін тексереді."),
     "daily", ("сроки хранения отходов класса Б", "сақтау мерзімдерін тексереді"), True),
    (("Еженедельно, по понедельникам, осматривает контейнерные площадки отходов класса А и проверяет соблюдение графика их вывоза.",
      "Апта сайын, дүйсенбі күндері, А сыныбындағы қалдықтардың контейнер алаңдарын қарап, оларды шығару кестесінің сақталуын тексереді."),
     "weekly", ("контейнерные площадки отходов класса А", "контейнер алаңдарын қарап"), True),
    (("Не реже одного раза в месяц проверяет работу хлораторной локальных очистных сооружений и журнал контроля остаточного хлора.",
      "Айына кемінде бір рет жергілікті тазарту құрылыстарының хлорлау бөлмесінің жұмысын және қалдық хлорды бақылау журналын тексереді."),
     "monthly", ("работу хлораторной", "хлорлау бөлмесінің жұмысын"), True),
    (("Один раз в квартал осматривает склад ртутьсодержащих изделий и отработанных ламп, сверяет их количество с журналом учета.",
      "Тоқсанына бір рет сынабы бар бұйымдар мен пайдаланылған шамдар қоймасын қарап, олардың санын есепке алу журналымен салыстырады."),
     "quarterly", ("склад ртутьсодержащих изделий", "пайдаланылған шамдар қоймасын"), True),
    (("Два раза в год – перед началом и после окончания отопительного сезона – проверяет состояние газоходов и дымовой трубы котельной "
      "совместно с ответственным за газовое хозяйство.",
      "Жылына екі рет – жылыту маусымы басталар алдында және аяқталғаннан кейін – газ шаруашылығына жауапты адаммен бірге қазандықтың "
      "газ жүрісі мен түтін мұржасының жай-күйін тексереді."),
     "semiannual", ("газоходов и дымовой трубы", "түтін мұржасының жай-күйін"), True),
    (("Ежегодно, до 1 марта, проверяет выполнение условий экологического разрешения и программы производственного экологического "
      "контроля во всех подразделениях больницы.",
      "Жыл сайын, 1 наурызға дейін, аурухананың барлық бөлімшелерінде экологиялық рұқсат шарттарының және өндірістік экологиялық бақылау "
      "бағдарламасының орындалуын тексереді."),
     "yearly", ("условий экологического разрешения", "экологиялық рұқсат шарттарының"), True),
    (("Ежеквартально, до 10 числа месяца, следующего за отчетным кварталом, представляет в уполномоченный орган в области охраны "
      "окружающей среды отчет по программе производственного экологического контроля.",
      "Тоқсан сайын, есепті тоқсаннан кейінгі айдың 10-на дейін, қоршаған ортаны қорғау саласындағы уәкілетті органға өндірістік "
      "экологиялық бақылау бағдарламасы бойынша есеп ұсынады."),
     None, None, False),
    (("При поступлении жалоб населения или сведений об аварийном сбросе проводит внеплановый осмотр локальных очистных сооружений и "
      "выпуска в городскую канализацию.",
      "Тұрғындардан шағымдар немесе апаттық ағызу туралы мәліметтер түскен кезде жергілікті тазарту құрылыстары мен қалалық кәрізге "
      "шығарылымды жоспардан тыс қарап шығады."),
     None, ("внеплановый осмотр", "жоспардан тыс қарап"), True),
)  # fmt: skip


def inspections_hw2(doc: Doc) -> None:
    """The job description of a hospital's engineer for environmental protection: general provisions in prose, then
    `№ п/п | должностные обязанности`, each duty one sentence numbered `2.1` … whose checks carry their frequency inside the
    sentence (`Ежедневно, в начале рабочего дня, …`, `Два раза в год – перед началом и после окончания отопительного
    сезона – …`) beside duties of keeping the waste records and of reporting that are no checks, and an unscheduled
    inspection upon complaints without a frequency; the one who checks is the subject of the whole document (VI: a bản mô
    tả công việc of a hospital's environmental officer, `01 tháng/lần kiểm tra …`)."""
    if doc.lang == "vi":
        _inspections_hw2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    h = doc.pick(KZ_HOSPITALS)
    doc.h(g(f"ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ инженера по охране окружающей среды. {h['org'][0]}",
            f"{h['org'][1]}. Қоршаған ортаны қорғау жөніндегі инженердің ЛАУАЗЫМДЫҚ НҰСҚАУЛЫҒЫ", ""))
    doc.p(g("1. Общие положения. Инженер по охране окружающей среды относится к категории специалистов, назначается на должность и "
            "освобождается от нее приказом главного врача и подчиняется заместителю главного врача по хозяйственной части. В своей работе "
            "руководствуется Экологическим кодексом Республики Казахстан, санитарными правилами по обращению с медицинскими отходами и "
            "настоящей инструкцией.",
            "1. Жалпы ережелер. Қоршаған ортаны қорғау жөніндегі инженер мамандар санатына жатады, бас дәрігердің бұйрығымен лауазымға "
            "тағайындалады және лауазымнан босатылады, бас дәрігердің шаруашылық бөлігі жөніндегі орынбасарына бағынады. Өз жұмысында "
            "Қазақстан Республикасының Экология кодексін, медициналық қалдықтармен жұмыс істеу жөніндегі санитариялық қағидаларды және "
            "осы нұсқаулықты басшылыққа алады.", ""))
    doc.h(g("2. Должностные обязанности", "2. Лауазымдық міндеттер", ""))
    rows = [g(["№ п/п", "Обязанность"], ["Р/с №", "Міндет"], [])]
    for k, (duty, word, look, check) in enumerate(DUTIES, 1):
        rows.append([f"2.{k}", duty[L]])
        if check:
            item = {"kind": "inspection", "text_contains": look[L]}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
    doc.table(None, rows, role="inspections")
    doc.p(g("3. Права и ответственность инженера определяются трудовым договором и правилами внутреннего трудового распорядка. С "
            "инструкцией ознакомлен(а): ____________ (подпись, дата).",
            "3. Инженердің құқықтары мен жауапкершілігі еңбек шартымен және ішкі еңбек тәртібі қағидаларымен айқындалады. Нұсқаулықпен "
            "таныстым: ____________ (қолы, күні).", ""))


VN_DUTIES = (
    ("Theo dõi, cập nhật sổ giao nhận chất thải y tế; đối chiếu với chứng từ chuyển giao chất thải nguy hại.", None, None, False),
    ("Hằng ngày kiểm tra khu lưu giữ chất thải y tế: nhiệt độ tủ bảo quản chất thải lây nhiễm, thời gian lưu giữ.", "daily",
     "kiểm tra khu lưu giữ chất thải y tế", True),
    ("Hằng tuần (thứ Hai) kiểm tra việc phân loại chất thải tại các khoa lâm sàng.", "weekly", "phân loại chất thải tại các khoa lâm sàng", True),
    ("01 tháng/lần kiểm tra hoạt động của trạm xử lý nước thải, lượng hóa chất khử trùng sử dụng và sổ nhật ký vận hành.", "monthly",
     "hoạt động của trạm xử lý nước thải", True),
    ("03 tháng/lần kiểm tra kho lưu giữ bóng đèn huỳnh quang và thiết bị chứa thủy ngân thải.", "quarterly", "kho lưu giữ bóng đèn", True),
    ("06 tháng/lần kiểm tra hệ thống thu gom, thoát nước mưa và nước thải toàn bệnh viện.", "semiannual", "hệ thống thu gom, thoát nước mưa", True),
    ("Hằng năm, trước ngày 15/01, rà soát việc thực hiện các nội dung của giấy phép môi trường.", "yearly", "nội dung của giấy phép môi trường", True),
    ("Lập báo cáo công tác bảo vệ môi trường năm, gửi Sở Nông nghiệp và Môi trường trước ngày 31/01 của năm sau.", None, None, False),
    ("Kiểm tra đột xuất khi có sự cố rò rỉ nước thải hoặc phản ánh của người dân.", None, "Kiểm tra đột xuất", True),
)


def _inspections_hw2_vi(doc: Doc) -> None:
    name = doc.pick([h[0] for h in VN_HOSPITALS])
    doc.h("BẢN MÔ TẢ CÔNG VIỆC")
    doc.p(f"Vị trí: Chuyên viên phụ trách công tác bảo vệ môi trường – Phòng Hành chính quản trị, {name}. Báo cáo trực tiếp: Trưởng phòng "
          "Hành chính quản trị. Mục đích công việc: bảo đảm bệnh viện tuân thủ giấy phép môi trường và quy định về quản lý chất thải y tế.")
    rows = [["TT", "Nhiệm vụ cụ thể"]]
    for k, (duty, word, look, check) in enumerate(VN_DUTIES, 1):
        rows.append([str(k), duty])
        if check:
            item = {"kind": "inspection", "text_contains": look}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
    doc.table("II. NHIỆM VỤ VÀ TRÁCH NHIỆM", rows, role="inspections")
    doc.p("III. Tiêu chuẩn: tốt nghiệp đại học chuyên ngành môi trường; có chứng chỉ đào tạo về quản lý chất thải y tế.")


# ---------------------------------------------------------------- tasks

# (RU, KK) measure, counted devices ("T", "S", "L"), (RU, KK) term, (RU, KK) responsible, financing key
MERCURY = (
    (("Провести инвентаризацию ртутьсодержащих изделий во всех подразделениях и составить их реестр",
      "Барлық бөлімшелерде сынабы бар бұйымдарға түгендеу жүргізу және олардың тізілімін жасау"), "TSL",
     ("до 31.01.2026", "31.01.2026 дейін"), ("главная медицинская сестра", "бас мейіргер"), "none"),
    (("Закупить электронные термометры взамен ртутных", "Сынапты термометрлердің орнына электрондық термометрлер сатып алу"), "T",
     ("II квартал 2026 г.", "2026 ж. II тоқсаны"), ("отдел государственных закупок", "мемлекеттік сатып алу бөлімі"), "budget"),
    (("Закупить автоматические и механические (анероидные) тонометры взамен ртутных", "Сынапты тонометрлердің орнына автоматты және механикалық "
      "(анероидты) тонометрлер сатып алу"), "S", ("II квартал 2026 г.", "2026 ж. II тоқсаны"),
     ("отдел государственных закупок", "мемлекеттік сатып алу бөлімі"), "budget"),
    (("Заменить люминесцентные лампы светодиодными светильниками в корпусах № 1–3", "№ 1–3 корпустардағы люминесцентті шамдарды жарық "
      "диодты шамдармен ауыстыру"), "L", ("2026–2027 гг.", "2026–2027 жж."),
     ("заместитель главного врача по хозяйственной части", "бас дәрігердің шаруашылық бөлігі жөніндегі орынбасары"), "own"),
    (("Оборудовать место временного хранения изъятых ртутьсодержащих изделий в герметичной таре", "Алынған сынабы бар бұйымдарды "
      "саңылаусыз ыдыста уақытша сақтау орнын жабдықтау"), "", ("март 2026 г.", "2026 ж. наурыз"), ("инженер-эколог", "инженер-эколог"), "own"),
    (("Передавать изъятые изделия на демеркуризацию специализированной организации по договору", "Алынған бұйымдарды шарт бойынша "
      "мамандандырылған ұйымға демеркуризациялауға беру"), "TSL",
     ("по мере накопления, не реже 1 раза в квартал", "жиналуына қарай, тоқсанына кемінде 1 рет"), ("инженер-эколог", "инженер-эколог"), "own"),
    (("Укомплектовать отделения демеркуризационными наборами и утвердить порядок действий при разливе ртути", "Бөлімшелерді "
      "демеркуризациялық жиынтықтармен жинақтау және сынап төгілген кездегі іс-қимыл тәртібін бекіту"), "",
     ("февраль 2026 г.", "2026 ж. ақпан"), ("госпитальный эпидемиолог", "аурухана эпидемиологы"), "own"),
)  # fmt: skip
FUNDS = {"none": ("не требуется", "қажет емес", "Không"), "budget": ("местный бюджет", "жергілікті бюджет", "Ngân sách nhà nước"),
         "own": ("собственные средства", "өз қаражаты", "Nguồn thu sự nghiệp")}


def tasks_hw1(doc: Doc) -> None:
    """A hospital's road map of withdrawing mercury devices under the Minamata Convention: `№ | мероприятие | количество
    изделий, шт.` merged over the sub-columns `термометры | тонометры | лампы` — counts that are no amounts and no terms —
    then the term, the responsible and the source of financing, measures without devices carrying dashes; the counts of
    the inventory in the sentence before (VI: a hospital's lộ trình thay thế thiết bị y tế chứa thủy ngân, `Nhiệt kế | Huyết
    áp kế | Bóng đèn huỳnh quang`, the unit in charge)."""
    r = doc.rng
    vi = doc.lang == "vi"
    L = 0 if vi else _L(doc)
    g = doc.v
    counts = {"T": r.randint(30, 90) * 10, "S": r.randint(4, 16) * 10, "L": r.randint(12, 40) * 100}
    if vi:
        _tasks_hw1_vi(doc, counts)
        return
    h = doc.pick(KZ_HOSPITALS)
    doc.h(g("Дорожная карта по выводу из обращения ртутьсодержащих медицинских изделий на 2026–2027 годы",
            "2026–2027 жылдарға арналған сынабы бар медициналық бұйымдарды айналымнан шығару жөніндегі жол картасы", ""))
    doc.p(g(f"{h['org'][0]}. Разработана во исполнение Минаматской конвенции о ртути. По предварительным данным на 01.01.2026 в "
            f"подразделениях находится {num(counts['T'], 'ru')} ртутных термометров, {num(counts['S'], 'ru')} ртутных тонометров и "
            f"{num(counts['L'], 'ru')} люминесцентных ламп.",
            f"{h['org'][1]}. Сынап туралы Минамата конвенциясын орындау үшін әзірленді. 01.01.2026 жағдай бойынша алдын ала деректер "
            f"бойынша бөлімшелерде {num(counts['T'], 'kk')} сынапты термометр, {num(counts['S'], 'kk')} сынапты тонометр және "
            f"{num(counts['L'], 'kk')} люминесцентті шам бар.", ""))
    rows = [g(["№", "Мероприятие", "Количество изделий, шт.", None, None, "Срок", "Ответственный", "Источник финансирования"],
              ["№", "Іс-шара", "Бұйымдар саны, дана", None, None, "Мерзімі", "Жауапты", "Қаржыландыру көзі"], []),
            g([None, None, "термометры", "тонометры", "лампы", None, None, None],
              [None, None, "термометрлер", "тонометрлер", "шамдар", None, None, None], [])]
    merges = [(0, c, 1, c) for c in (0, 1, 5, 6, 7)] + [(0, 2, 0, 4)]
    for k, (text, devs, term, who, fund) in enumerate(MERCURY, 1):
        cells = [num(counts[d], doc.lang) if d in devs else "–" for d in "TSL"]
        rows.append([str(k), text[L], *cells, term[L], who[L], FUNDS[fund][L]])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text[L]), "actor_contains": who[L]})
    doc.table(g("Таблица 1 – Мероприятия дорожной карты", "1-кесте – Жол картасының іс-шаралары", ""), rows, merges, role="tasks")
    doc.p(g("Ход исполнения рассматривается ежеквартально на совещании у главного врача.",
            "Орындалу барысы бас дәрігердің жанындағы кеңесте тоқсан сайын қаралады.", ""))
    maybe_distractor(doc, 0.2)


VN_MERCURY = (
    ("Kiểm kê thiết bị y tế chứa thủy ngân tại tất cả các khoa, phòng", "TSL", "Tháng 01/2026", "Phòng Điều dưỡng", "none"),
    ("Mua sắm nhiệt kế điện tử thay thế nhiệt kế thủy ngân", "T", "Quý II/2026", "Phòng Vật tư – Thiết bị y tế", "budget"),
    ("Mua sắm huyết áp kế điện tử và huyết áp kế đồng hồ thay thế huyết áp kế thủy ngân", "S", "Quý II/2026", "Phòng Vật tư – Thiết bị y tế", "budget"),
    ("Thay bóng đèn huỳnh quang bằng đèn LED tại các khu nhà A, B, C", "L", "Năm 2026–2027", "Phòng Hành chính quản trị", "own"),
    ("Bố trí khu lưu giữ riêng thiết bị chứa thủy ngân thải trong thùng kín", "", "Tháng 3/2026", "Phòng Hành chính quản trị", "own"),
    ("Chuyển giao thiết bị chứa thủy ngân thải cho đơn vị có chức năng xử lý", "TSL", "Theo lượng phát sinh, tối thiểu 03 tháng/lần",
     "Phòng Hành chính quản trị", "own"),
    ("Trang bị bộ dụng cụ xử lý sự cố tràn đổ thủy ngân cho các khoa và ban hành quy trình xử lý", "", "Tháng 02/2026",
     "Khoa Kiểm soát nhiễm khuẩn", "own"),
)


def _tasks_hw1_vi(doc: Doc, counts: dict) -> None:
    name = doc.pick([h[0] for h in VN_HOSPITALS])
    doc.h(f"LỘ TRÌNH THAY THẾ THIẾT BỊ Y TẾ CHỨA THỦY NGÂN GIAI ĐOẠN 2026–2027 – {name.upper()}")
    doc.p(f"Theo số liệu rà soát sơ bộ đến ngày 01/01/2026, bệnh viện đang sử dụng {num(counts['T'], 'vi')} nhiệt kế thủy ngân, "
          f"{num(counts['S'], 'vi')} huyết áp kế thủy ngân và {num(counts['L'], 'vi')} bóng đèn huỳnh quang.")
    rows = [["TT", "Nội dung thực hiện", "Số lượng thiết bị (cái)", None, None, "Thời gian", "Đơn vị chủ trì", "Nguồn kinh phí"],
            [None, None, "Nhiệt kế", "Huyết áp kế", "Bóng đèn huỳnh quang", None, None, None]]
    merges = [(0, c, 1, c) for c in (0, 1, 5, 6, 7)] + [(0, 2, 0, 4)]
    for k, (text, devs, term, who, fund) in enumerate(VN_MERCURY, 1):
        cells = [num(counts[d], "vi") if d in devs else "-" for d in "TSL"]
        rows.append([str(k), text, *cells, term, who, FUNDS[fund][2]])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text), "actor_contains": who})
    doc.table("Bảng 1. Các nhiệm vụ của lộ trình", rows, merges, role="tasks")
    maybe_distractor(doc, 0.2)


# (standard (RU, KK), [(criterion, (RU, KK) requirement, score, (RU, KK) measure or None, (RU, KK) responsible, (RU, KK) term)])
ACCREDITATION = (
    (("Стандарт 21. Инфекционная безопасность: обращение с медицинскими отходами", "21-стандарт. Инфекциялық қауіпсіздік: медициналық қалдықтармен жұмыс істеу"), [
        ("21.3", ("Медицинские отходы собираются раздельно по классам в местах образования", "Медициналық қалдықтар түзілген жерлерде сыныптар бойынша бөлек жиналады"), 1,
         ("Обеспечить процедурные кабинеты желтыми пакетами и КБУ и провести аудит сортировки отходов в 12 отделениях",
          "Емшара кабинеттерін сары пакеттермен және КБУ-мен қамтамасыз ету және 12 бөлімшеде қалдықтарды сұрыптауға аудит жүргізу"),
         ("главная медицинская сестра", "бас мейіргер"), ("февраль 2026 г.", "2026 ж. ақпан")),
        ("21.4", ("Временное хранение отходов класса Б соответствует санитарным требованиям", "Б сыныбындағы қалдықтарды уақытша сақтау санитариялық талаптарға сәйкес келеді"), 0,
         ("Оборудовать помещение временного хранения холодильной камерой и журналом учета температуры",
          "Уақытша сақтау үй-жайын тоңазытқыш камерамен және температураны есепке алу журналымен жабдықтау"),
         ("заместитель главного врача по хозяйственной части", "бас дәрігердің шаруашылық бөлігі жөніндегі орынбасары"), ("до 01.04.2026", "01.04.2026 дейін")),
        ("21.5", ("Персонал обучен обращению с медицинскими отходами, обучение документируется", "Персонал медициналық қалдықтармен жұмыс істеуге оқытылған, оқыту құжатталады"), 1,
         ("Провести обучение младшего медицинского персонала с зачетом и записью в журнале инструктажей",
          "Кіші медициналық персоналды сынақпен және нұсқаулық журналына жазумен оқыту"),
         ("госпитальный эпидемиолог", "аурухана эпидемиологы"), ("I квартал 2026 г.", "2026 ж. I тоқсаны")),
        ("21.6", ("Действует порядок действий при травмах острым инструментарием", "Өткір құралдармен жарақаттанған кездегі іс-қимыл тәртібі қолданылады"), 2,
         None, ("–", "–"), ("–", "–"))]),
    (("Стандарт 22. Безопасность окружающей среды", "22-стандарт. Қоршаған орта қауіпсіздігі"), [
        ("22.2", ("Сточные воды обеззараживаются перед сбросом, ведется контроль остаточного хлора", "Сарқынды сулар ағызу алдында залалсыздандырылады, қалдық хлор бақыланады"), 1,
         ("Установить на ЛОС дозирующий насос гипохлорита натрия с автоматическим управлением",
          "ЖТҚ-ға автоматты басқарылатын натрий гипохлоритін мөлшерлейтін сорғы орнату"),
         ("главный инженер", "бас инженер"), ("III квартал 2026 г.", "2026 ж. III тоқсаны")),
        ("22.4", ("Организация имеет действующее экологическое разрешение и выполняет программу ПЭК", "Ұйымның қолданыстағы экологиялық рұқсаты бар және ӨЭБ бағдарламасын орындайды"), 1,
         ("Разработать программу ПЭК на 2027–2029 годы и представить ее в составе заявления на новое разрешение",
          "2027–2029 жылдарға арналған ӨЭБ бағдарламасын әзірлеу және оны жаңа рұқсат алуға өтініштің құрамында ұсыну"),
         ("инженер-эколог", "инженер-эколог"), ("до 01.10.2026", "01.10.2026 дейін")),
        ("22.5", ("Ртутьсодержащие изделия заменены или хранятся в герметичной таре", "Сынабы бар бұйымдар ауыстырылған немесе саңылаусыз ыдыста сақталады"), 0,
         ("Передать накопленные ртутьсодержащие изделия на демеркуризацию и заключить договор на 2026 год",
          "Жиналған сынабы бар бұйымдарды демеркуризациялауға беру және 2026 жылға шарт жасасу"),
         ("инженер-эколог", "инженер-эколог"), ("январь 2026 г.", "2026 ж. қаңтар"))]),
)  # fmt: skip


def tasks_hw2(doc: Doc) -> None:
    """The corrective plan after a hospital's internal self-assessment against the accreditation standards, under rows
    spanning the table for each standard: `критерий | требование критерия | оценка, балл | корректирующее мероприятие |
    ответственный | срок`, the rows keyed by the standard's criterion (`21.4`) with no item number of their own, a score
    of 0–2 before the measure, a criterion met in full (2 points) whose measure is `не требуется` and gives no task (VI: a
    hospital's kế hoạch cải tiến chất lượng by the criteria C4.5 and C4.6 of the Bộ tiêu chí chất lượng bệnh viện Việt Nam,
    the unmet sub-items, `Mức 3 → Mức 4`, a sub-item already met with `Không`)."""
    if doc.lang == "vi":
        _tasks_hw2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    h = doc.pick(KZ_HOSPITALS)
    doc.h(g("План корректирующих мероприятий по результатам внутренней самооценки на соответствие стандартам аккредитации",
            "Аккредиттеу стандарттарына сәйкестікке ішкі өзін-өзі бағалау нәтижелері бойынша түзету іс-шараларының жоспары", ""))
    doc.p(g(f"{h['org'][0]}. Самооценка проведена рабочей группой 12–16 января 2026 года по разделам, касающимся обращения с отходами и "
            "безопасности окружающей среды; критерии оценены по шкале 0–2 балла (0 – не выполняется, 1 – выполняется частично, "
            "2 – выполняется полностью).",
            f"{h['org'][1]}. Өзін-өзі бағалауды 2026 жылғы 12–16 қаңтарда жұмыс тобы қалдықтармен жұмыс істеуге және қоршаған орта "
            "қауіпсіздігіне қатысты бөлімдер бойынша жүргізді; өлшемшарттар 0–2 балл шкаласы бойынша бағаланды (0 – орындалмайды, "
            "1 – ішінара орындалады, 2 – толық орындалады).", ""))
    rows = [g(["Критерий", "Требование критерия", "Оценка, балл", "Корректирующее мероприятие", "Ответственный", "Срок"],
              ["Өлшемшарт", "Өлшемшарт талабы", "Бағасы, балл", "Түзету іс-шарасы", "Жауапты", "Мерзімі"], [])]
    merges: list = []
    for std, criteria in ACCREDITATION:
        _span(rows, merges, std[L], 6)
        for crit, req, score, measure, who, term in criteria:
            rows.append([crit, req[L], str(score), measure[L] if measure else g("не требуется", "қажет емес", ""), who[L], term[L]])
            if measure:
                doc.add("obligations", {"kind": "task", "text_contains": _words(measure[L]), "actor_contains": who[L]})
    doc.table(g("Таблица 1 – Корректирующие мероприятия", "1-кесте – Түзету іс-шаралары", ""), rows, merges, role="tasks")
    doc.p(g("Исполнение плана контролирует служба поддержки пациентов и внутренней экспертизы; повторная самооценка – в июне 2026 года.",
            "Жоспардың орындалуын пациенттерді қолдау және ішкі сараптама қызметі бақылайды; қайта өзін-өзі бағалау – 2026 жылғы маусымда.", ""))


VN_CRITERIA = (
    ("C4.5. Chất thải rắn y tế được quản lý chặt chẽ, xử lý an toàn và tuân thủ theo đúng quy định", [
        ("Tiểu mục 9", "Mức 2 → Mức 3", "Trang bị đủ thùng, túi đựng chất thải có mã màu theo Thông tư 20/2021/TT-BYT cho các buồng bệnh",
         "Phòng Vật tư – Thiết bị y tế", "Quý I/2026"),
        ("Tiểu mục 14", "Mức 3 → Mức 4", "Lắp đặt cân điện tử và phần mềm theo dõi khối lượng chất thải theo từng khoa",
         "Phòng Công nghệ thông tin", "Quý II/2026"),
        ("Tiểu mục 16", "Đã đạt", None, "-", "-"),
        ("Tiểu mục 18", "Mức 3 → Mức 4", "Cải tạo khu lưu giữ chất thải lây nhiễm, bổ sung tủ bảo quản lạnh dưới 8 °C",
         "Phòng Hành chính quản trị", "Tháng 6/2026")]),
    ("C4.6. Chất thải lỏng y tế được quản lý chặt chẽ, xử lý an toàn và tuân thủ theo đúng quy định", [
        ("Tiểu mục 10", "Mức 3 → Mức 4", "Lắp đặt thiết bị quan trắc tự động lưu lượng, pH, COD, TSS tại cửa xả của trạm xử lý nước thải",
         "Phòng Hành chính quản trị", "Quý III/2026"),
        ("Tiểu mục 13", "Mức 3 → Mức 4", "Xây dựng quy trình ứng phó sự cố trạm xử lý nước thải và tổ chức diễn tập",
         "Khoa Kiểm soát nhiễm khuẩn", "Tháng 9/2026")]),
)


def _tasks_hw2_vi(doc: Doc) -> None:
    name = doc.pick([h[0] for h in VN_HOSPITALS])
    doc.h(f"KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG NĂM 2026 – {name.upper()}")
    doc.p("Căn cứ kết quả tự đánh giá chất lượng bệnh viện năm 2025 theo Bộ tiêu chí chất lượng bệnh viện Việt Nam; phần dưới đây gồm các "
          "tiểu mục chưa đạt của tiêu chí C4.5 và C4.6 thuộc chương C4 «Phòng ngừa và kiểm soát nhiễm khuẩn».")
    rows = [["Tiêu chí / tiểu mục", "Mức hiện tại → mục tiêu", "Hoạt động cải tiến", "Khoa, phòng chịu trách nhiệm", "Thời hạn"]]
    merges: list = []
    for crit, subs in VN_CRITERIA:
        _span(rows, merges, crit, 5)
        for sub, level, measure, who, term in subs:
            rows.append([sub, level, measure or "Không", who, term])
            if measure:
                doc.add("obligations", {"kind": "task", "text_contains": _words(measure), "actor_contains": who})
    doc.table("Bảng 1. Hoạt động cải tiến", rows, merges, role="tasks")
    doc.p("Hội đồng Quản lý chất lượng bệnh viện giám sát việc thực hiện và đánh giá lại vào tháng 12/2026.")


LAYOUTS = [Layout(role, f"HW{k}", globals()[f"{role}_hw{k}"]) for role in ROLES for k in (1, 2)]
