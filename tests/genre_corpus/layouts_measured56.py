"""The thirty-seventh blind set's part IS (two layouts per role, `IS1` and `IS2`), written by someone who
neither ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`; held out and measured
once (0.819 over 126 files when first measured at the registering commit, 2026-12-07), then moved to the tuning
layouts to be studied.

Theme: seawater desalination and island power. Kazakhstan: the Caspian desalination plant at Aktau and the thermal power
plant of Aktau (МАЭК) with its seawater intake, the chlorination of the intake against mussels, the warm-water discharge
channel and the brine outfall, its gas-fired boilers keeping fuel oil in reserve, a reverse-osmosis plant at Kuryk, the
water utility of Fort-Shevchenko and a seaside resort at Kenderli with its own desalination unit (an akimat's passport of
an investment project, an equipment passport, an annex splitting emission norms by quarters, an НДВ table by stages of
water treatment, a waste section by stages with pieces and unit masses, waste calculations in blocks, the norms of a
brine outfall against the sea's background, sea water at stations by horizon, a laboratory schedule as a matrix of
parameters by points, emission control by fuel, a round card with marks under periods, an instruction with abbreviated
frequencies, a roadmap with the lead executor marked `(свод)`, the calendar plan of a contract). Vietnam: the
reverse-osmosis seawater plants on Phú Quốc, Côn Đảo and Lý Sơn, the diesel and hybrid solar-diesel power plants of these
islands, their brine discharge and the provincial bodies over them after the 2025 reform (a People's Committee's licence
to exploit sea water, a Department of Industry and Trade's electricity licence, loads by quarter in an annual report, an
ĐTM's loads by treatment stage in kilograms a year, an annual report's wastes with pieces beside kilograms, a CTNH list
with the basis of calculation, a GPMT annex on the brine outfall with Kq and Kf, coastal sea water by rounds, a matrix of
parameters by points, seasonal frequencies of a diesel plant, a check card, a regulation with abbreviated frequencies, a
province's plan with `(chủ trì)` in the executors' cell and a consultancy contract's schedule of `Bên A` and `Bên B`).

Facility: an akimat's passport of the investment project of a reverse-osmosis plant at Kuryk, `№ | показатель | значение`
under section rows, the initiating state institution with a BIN of its own before the private partner that will run the
plant, the centre of the site in decimal degrees beside the intake head and the outfall head given the same way, the
category from the screening conclusion, then the financing by source and year inside the same table as four-column rows,
and the project's key figures in a table of no role (VI: a provincial People's Committee's licence to exploit sea water
on Phú Quốc, Côn Đảo or Lý Sơn, `Điều 1` as a table, the WGS-84 centre of the plant, the intake and outfall in VN-2000
metres in an annex of no role) (IS1); the passport of a containerised reverse-osmosis unit at a seaside resort, design and
commissioning values as two columns, the identity lines — the service company with its BIN among them — merged across
the unit and the two value columns, the owner's section last with the resort's KATO, coordinates written `N 42°57′18,4″`
with the letter first and category III from its declaration (VI: a Department of Industry and Trade's electricity licence
of an island's diesel or hybrid plant, degrees, minutes and seconds, the generating units in an annex of no role) (IS2).

Emissions: an annex splitting the emission norms of МАЭК by quarters for the emission fee, `г/с`, the four quarters under
a merged header and the year's tonnes last, which alone with the grams is the emission, fuel-oil ash and sulphur dioxide
of the reserve fuel with dashes in the summer quarters, the chlorination of the intake with a dash in the first quarter,
no class column (VI: an island diesel plant's annual report with the greatest g/s, the tonnes by quarter and the year,
named stacks) (IS1); the НДВ table of the Caspian desalination plant under Roman rows for the stages of the water
treatment — intake and electrolytic hypochlorite, pre-treatment with lime and ferric chloride, reverse osmosis with its
cleaning in place, the acid store, the emergency diesel — hours a year, a class column with `ОБУВ` for sodium hydroxide
and lime, a total (VI: an RO plant's ĐTM under the same stages, `Nguồn số 01` labels that are no source numbers,
kilograms a year) (IS2).

Wastes: the desalination plant's wastes under rows for its stages, mussel shells and algae from the intake screens,
cartridge filters and membrane elements given by pieces and the mass of one piece before the tonnes, the way of handling
last (VI: an RO plant's annual report, ordinary wastes with pieces before kilograms, then its CTNH) (IS1); МАЭК's
calculation of its wastes as blocks in a three-column table `показатель | обозначение | значение`, a row spanning the table
with the code and name of each waste, the inputs — fuel burnt, ash content, bottom area, thickness, density, numbers of
people — and a closing row `M = … ` that alone is the amount (VI: an island diesel plant's CTNH with a column of the
basis of calculation full of figures, then its ordinary wastes) (IS2).

Limits: the norms of discharge at МАЭК's outfalls, the Caspian's background in a column of no limit, the two outfalls
`В-1` (brine) and `В-2` (discharge channel) as column groups of the allowed concentration and the year's mean, suspended
solids normed at the background plus 0,25, a pH range (VI: a GPMT annex on the brine outfall `XT-01` to the sea, the QCVN
40:2011/BTNMT column B value before the Cmax with Kq = 1,3 and Kf = 0,9, chlorides `Không áp dụng` for saline water,
residual chlorine with no key of its own) (IS1); sea water at four stations off the discharge channel, the fishery ПДК for
sea water first, each station a column group of the surface and the bottom horizon, dissolved oxygen `не менее`,
temperature and salinity with no norm (VI: coastal sea water around an RO outfall in two rounds as column groups over three
points, QCVN 10:2023/BTNMT last) (IS2).

Monitoring: the laboratory schedule of the desalination plant as a matrix, the parameters as rows and four points — the
intake, the brine well, the edge of the mixing zone, the background — as columns, the frequency written in each cell,
temperature and residual chlorine with no key (VI: an RO plant's matrix of points `NB-01` … by parameters) (IS1); МАЭК's
control at its sources with the frequency depending on the fuel, two columns `при работе на газе` and `при работе на мазуте`
each listing codes with a frequency, a third for the automated system, the chlorination row merged across both (VI: an
island diesel plant's frequencies in the tourist high season and in the low season) (IS2).

Inspections: a round card of the desalination plant whose periods — shift, day, week, month, year — are columns under a
merged header holding a `+`, a check every shift and one after storms with no frequency of the contract (VI: `Mỗi ca |
Hằng ngày | …` with `x`) (IS1); МАЭК's instruction of environmental rounds by shop with frequencies abbreviated `1 р/сут`,
`2 р/сут`, `1 р/нед`, `1 р/кв`, a journal column of form codes (VI: a diesel plant's regulation, `1 lần/ca`, `2 lần/tuần`) (IS2).

Tasks: the akimat's roadmap of water supply of Mangystau, abbreviated bodies in one executors' cell with the lead marked
`(свод)` not always first, the abbreviations explained after the table, terms and the form of completion (VI: a province's
plan for its island's water and power, `(chủ trì)` in the executors' cell) (IS1); the calendar plan of works in the
technical specification of a contract to rebuild the brine outfall, stage rows, terms in days from the contract, the
customer or the contractor acting as the text defines them (VI: a consultancy contract's schedule for a GPMT of an island
diesel plant, `Bên A`, `Bên B`) (IS2).
"""

from __future__ import annotations

import math

from . import vocab
from .common import Doc, distractor, freq, make_bin, make_msdn, maybe_distractor, num
from .limits_data import add
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
    """The quoted part of a name (`Құрық Тұщы Су` of `ТОО «Құрық Тұщы Су»`)."""
    return name.split("«", 1)[1].split("»", 1)[0] if "«" in name else name


def _kato(doc: Doc, prefix: str) -> str:
    r = doc.rng
    rest = 9 - len(prefix) - 3
    return f"{prefix}{r.randint(10 ** (rest - 1), 10**rest - 1)}{r.choice(('000', '100'))}"


def _dms_parts(value: float) -> tuple[int, int, float, float]:
    d = int(value)
    m = int((value - d) * 60)
    s = round((value - d - m / 60) * 3600, 1)
    if s >= 60:
        m, s = m + 1, 0.0
    return d, m, s, d + m / 60 + s / 3600


def _span(rows: list, merges: list, text: str, width: int) -> None:
    """A row whose first cell spans the table."""
    rows.append([text] + [None] * (width - 1))
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))


def _kind(number: str) -> str:
    return "unorganized" if number.startswith("6") else "organized"


# code: (RU, KK, VI, hazard class) of pollutants the vocabulary does not name (names of the reference list)
EXTRA = {
    "0349": ("Хлор", "Хлор", "Clo (Cl2)", 2),
    "0322": ("Серная кислота", "Күкірт қышқылы", "Hơi axit sunfuric (H2SO4)", 2),
    "0150": ("Натрий гидроксид (Натр едкий)", "Натрий гидроксиді (күйдіргіш натр)", "Natri hydroxit (NaOH)", None),
    "0122": ("Железо трихлорид (в пересчете на железо)", "Темір трихлориді (темірге шаққанда)", "Sắt (III) clorua (FeCl3)", 2),
    "0128": ("Кальций оксид (Негашеная известь)", "Кальций оксиді (сөндірілмеген әк)", "Bụi vôi (CaO)", None),
    "2904": ("Мазутная зола теплоэлектростанций (в пересчете на ванадий)", "Жылу электр станцияларының мазут күлі (ванадийге шаққанда)",
             "Tro dầu FO (tính theo vanadi)", 2),
}


def _air(doc: Doc, code: str, variant: int = 0) -> str:
    if code in EXTRA:
        return EXTRA[code][vocab.LANGS.index(doc.lang)]
    return vocab.air(code, doc.lang, variant)


def _hz(code: str) -> int | None:
    return EXTRA[code][3] if code in EXTRA else vocab.hazard(code)


DAILY = {"ru": "ежедневно", "kk": "күн сайын", "vi": "Hằng ngày"}
WEEKLY = {"ru": "еженедельно", "kk": "апта сайын", "vi": "Hằng tuần"}


def _fw(doc: Doc, word: str) -> str:
    """A frequency as the document writes it, `daily` and `weekly` included."""
    if word == "daily":
        return DAILY[doc.lang]
    if word == "weekly":
        return WEEKLY[doc.lang]
    return freq(doc, word)


def _water(doc: Doc, key: str) -> str:
    return vocab.water(key, doc.lang)


# ---------------------------------------------------------------- places

# (RU, KK) of the Kazakh operators and sites of the theme
MAEK = ("ТОО «МАЭК»", "«МАЭК» ЖШС")
MAEK_PLANT = ("ТЭЦ-2 и опреснительная установка МАЭК", "МАЭК-тің ЖЭО-2 және тұщыландыру қондырғысы")
DESAL = ("ТОО «Каспий Тұщы Су»", "«Каспий Тұщы Су» ЖШС")
DESAL_PLANT = ("Каспийский завод по опреснению морской воды (г. Актау)", "Каспий теңіз суын тұщыландыру зауыты (Ақтау қ.)")

# (plant, company, place, island, province's People's Committee, Department, lat, lon, m3 a day)
VN_RO = (
    ("Nhà máy xử lý nước biển Bãi Thơm", "Công ty Cổ phần Nước sạch Đảo Ngọc", "khu vực Bãi Thơm, đặc khu Phú Quốc, tỉnh An Giang",
     "Phú Quốc", "Ủy ban nhân dân tỉnh An Giang", "Sở Nông nghiệp và Môi trường tỉnh An Giang", 10.364, 104.006, 12000),
    ("Nhà máy lọc nước biển Bến Đầm", "Công ty TNHH MTV Cấp nước Côn Sơn", "khu vực Bến Đầm, đặc khu Côn Đảo, Thành phố Hồ Chí Minh",
     "Côn Đảo", "Ủy ban nhân dân Thành phố Hồ Chí Minh", "Sở Nông nghiệp và Môi trường Thành phố Hồ Chí Minh", 8.659, 106.566, 3000),
    ("Nhà máy lọc nước biển Lý Sơn", "Công ty Cổ phần Cấp thoát nước Lý Sơn", "thôn Đông, đặc khu Lý Sơn, tỉnh Quảng Ngãi",
     "Lý Sơn", "Ủy ban nhân dân tỉnh Quảng Ngãi", "Sở Nông nghiệp và Môi trường tỉnh Quảng Ngãi", 15.381, 109.118, 2000),
)  # fmt: skip
# (plant, company, place, island, Department of Industry and Trade, lat, lon, diesel units, MW each, solar MWp, storage MWh)
VN_POWER = (
    ("Nhà máy điện diesel Côn Đảo", "Công ty TNHH MTV Điện lực Côn Sơn", "khu vực An Hội, đặc khu Côn Đảo, Thành phố Hồ Chí Minh", "Côn Đảo",
     "Sở Công Thương Thành phố Hồ Chí Minh", 8.684, 106.607, 6, 1.5, 0.0, 0.0),
    ("Nhà máy điện lai diesel – mặt trời Lý Sơn", "Công ty Cổ phần Năng lượng Lý Sơn Xanh", "thôn Tây, đặc khu Lý Sơn, tỉnh Quảng Ngãi", "Lý Sơn",
     "Sở Công Thương tỉnh Quảng Ngãi", 15.386, 109.104, 6, 1.25, 3.0, 2.0),
    ("Nhà máy điện diesel dự phòng Phú Quốc", "Công ty Cổ phần Điện lực Đảo Ngọc", "khu vực Dương Đông, đặc khu Phú Quốc, tỉnh An Giang", "Phú Quốc",
     "Sở Công Thương tỉnh An Giang", 10.221, 103.968, 5, 2.0, 0.0, 0.0),
)  # fmt: skip


# ---------------------------------------------------------------- facility

KEY_FIGURES = (("Количество постоянных рабочих мест", "Тұрақты жұмыс орындарының саны", "чел.", "адам", (38, 60)),
               ("Население, обеспечиваемое питьевой водой", "Ауыз сумен қамтамасыз етілетін халық", "тыс. чел.", "мың адам", (14, 26)),
               ("Расчетный тариф на питьевую воду (без НДС)", "Ауыз суға есептік тариф (ҚҚС-сыз)", "тенге/м³", "теңге/м³", (260, 340)),
               ("Срок окупаемости", "Өтелу мерзімі", "лет", "жыл", (9, 14)))


def facility_is1(doc: Doc) -> None:
    """An akimat's passport of the investment project of a reverse-osmosis plant at Kuryk, `№ | показатель | значение` under
    section rows with the value merged over three columns: the initiating state institution with its own BIN, then the
    private partner who will run the plant, the site's KATO, the centre of the site in decimal degrees beside the intake
    head and the outfall head in the same notation, the category from the screening conclusion; then, in the same table, a
    sub-header of years and the financing by source as four-column rows; the project's key figures in a table of no role
    (VI: a People's Committee's licence to exploit sea water, `Điều 1` as a table, the plant's WGS-84 centre, the intake and
    outfall in VN-2000 metres in an annex of no role)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_is1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    cust = g("ГУ «Управление энергетики и жилищно-коммунального хозяйства Мангистауской области»",
             "«Маңғыстау облысының энергетика және тұрғын үй-коммуналдық шаруашылығы басқармасы» ММ", "")
    operator = g("ТОО «Құрық Тұщы Су»", "«Құрық Тұщы Су» ЖШС", "")
    cust_bin, bin_ = make_bin(r), make_bin(r)
    kato = _kato(doc, "4734")
    lat, lon = round(43.187 + r.uniform(-0.004, 0.004), 5), round(51.668 + r.uniform(-0.004, 0.004), 5)
    cap = doc.pick((20000, 25000, 30000))
    hem = (("с.ш.", "в.д."), ("с.е.", "ш.б."))[L]

    def point(a: float, b: float) -> str:
        return f"{num(a, doc.lang, False)}° {hem[0]}, {num(b, doc.lang, False)}° {hem[1]}"

    intake = (round(lat - 0.0061, 5), round(lon - 0.0113, 5))
    outfall = (round(lat - 0.0087, 5), round(lon - 0.0042, 5))
    screening = f"KZ{r.randint(10, 99)}VWF{r.randint(10**7, 10**8 - 1):08d}"
    doc.p(g("Приложение к перечню приоритетных инвестиционных проектов Мангистауской области на 2026–2028 годы",
            "Маңғыстау облысының 2026–2028 жылдарға арналған басым инвестициялық жобалары тізбесіне қосымша", ""))
    doc.h(g("Паспорт инвестиционного проекта «Строительство завода по опреснению морской воды методом обратного осмоса в селе Курык»",
            "«Құрық ауылында кері осмос әдісімен теңіз суын тұщыландыру зауытын салу» инвестициялық жобасының паспорты", ""))
    rows = [g(["№", "Наименование показателя", "Значение", None, None], ["№", "Көрсеткіштің атауы", "Мәні", None, None], [])]
    merges = [(0, 2, 0, 4)]

    def line(code: str, label: str, value: str) -> None:
        rows.append([code, label, value, None, None])
        merges.append((len(rows) - 1, 2, len(rows) - 1, 4))

    _span(rows, merges, g("1. Участники проекта", "1. Жоба қатысушылары", ""), 5)
    line("1.1", g("Инициатор проекта", "Жобаның бастамашысы", ""), cust)
    line("1.2", g("БИН инициатора", "Бастамашының БСН", ""), cust_bin)
    line("1.3", g("Частный партнер (оператор завода)", "Жеке әріптес (зауыт операторы)", ""), operator)
    line("1.4", g("БИН частного партнера", "Жеке әріптестің БСН", ""), bin_)
    line("1.5", g("Форма реализации", "Іске асыру нысаны", ""), g("государственно-частное партнерство (концессия, 25 лет)",
                                                                        "мемлекеттік-жекешелік әріптестік (концессия, 25 жыл)", ""))
    _span(rows, merges, g("2. Место реализации", "2. Іске асыру орны", ""), 5)
    line("2.1", g("Адрес", "Мекенжайы", ""), g("Мангистауская область, Каракиянский район, с. Курык, промышленная зона, участок 14",
                                                "Маңғыстау облысы, Қарақия ауданы, Құрық ауылы, өнеркәсіптік аймақ, 14-учаске", ""))
    line("2.2", g("Код КАТО", "ҚАТО коды", ""), kato)
    line("2.3", g("Координаты центра площадки завода", "Зауыт алаңы орталығының координаттары", ""), point(lat, lon))
    line("2.4", g("Координаты оголовка морского водозабора", "Теңіз су жинағышы басының координаттары", ""), point(*intake))
    line("2.5", g("Координаты оголовка выпуска рассола (концентрата)", "Тұзды ерітінді (концентрат) шығарындысы басының координаттары", ""),
         point(*outfall))
    _span(rows, merges, g("3. Технические параметры", "3. Техникалық параметрлер", ""), 5)
    line("3.1", g("Производительность по питьевой воде", "Ауыз су бойынша өнімділігі", ""),
         g(f"{num(cap, 'ru')} м³/сут", f"тәулігіне {num(cap, 'kk')} м³", ""))
    line("3.2", g("Технология", "Технологиясы", ""), g("обратный осмос с рекуперацией энергии, реминерализация",
                                                       "энергияны рекуперациялайтын кері осмос, реминералдандыру", ""))
    line("3.3", g("Категория объекта", "Объектінің санаты", ""),
         g(f"II (заключение о результатах скрининга № {screening})", f"II (скрининг нәтижелері туралы № {screening} қорытынды)", ""))
    _span(rows, merges, g("4. Стоимость и финансирование, млн тенге", "4. Құны және қаржыландыру, млн теңге", ""), 5)
    rows.append(["", g("Источник финансирования", "Қаржыландыру көзі", ""), "2026", "2027", "2028"])
    rb = [r.randint(4, 9) * 1000 for _ in range(3)]
    pp = [r.randint(6, 14) * 1000 for _ in range(3)]
    rows.append(["4.1", g("Республиканский бюджет (целевые трансферты)", "Республикалық бюджет (нысаналы трансферттер)", ""),
                 *(num(x, doc.lang) for x in rb)])
    rows.append(["4.2", g("Средства частного партнера", "Жеке әріптестің қаражаты", ""), *(num(x, doc.lang) for x in pp)])
    rows.append(["", g("Всего", "Барлығы", ""), *(num(a + b, doc.lang) for a, b in zip(rb, pp, strict=True))])
    doc.table(None, rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": _core(operator), "kato": kato, "category": "II", "lat": lat, "lon": lon})
    key = [g(["Показатель", "Ед. изм.", "Значение"], ["Көрсеткіш", "Өлш. бірл.", "Мәні"], [])]
    for ru, kk, u_ru, u_kk, (lo, hi) in KEY_FIGURES:
        key.append([(ru, kk)[L], (u_ru, u_kk)[L], num(r.randint(lo, hi), doc.lang)])
    doc.table(g("Ключевые показатели проекта", "Жобаның негізгі көрсеткіштері", ""), key, role="other")


def _facility_is1_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, place, island, committee, dept, lat0, lon0, cap = doc.pick(VN_RO)
    msdn = make_msdn(r)
    lat, lon = round(lat0 + r.uniform(-0.003, 0.003), 5), round(lon0 + r.uniform(-0.003, 0.003), 5)
    doc.p(f"{committee.upper()} – CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM – Độc lập - Tự do - Hạnh phúc")
    doc.h("GIẤY PHÉP KHAI THÁC, SỬ DỤNG NƯỚC BIỂN")
    doc.p(f"Số: {r.randint(12, 240)}/GP-UBND. Căn cứ Luật Tài nguyên nước ngày 27 tháng 11 năm 2023; xét đề nghị của {company} và Tờ trình số "
          f"{r.randint(100, 900)}/TTr-SNNMT của {dept}.")
    doc.p("Điều 1. Cho phép tổ chức có tên dưới đây khai thác, sử dụng nước biển với các nội dung chủ yếu sau:")
    brine = round(cap * r.uniform(1.15, 1.3), -2)
    rows = [["TT", "Nội dung", "Thông tin"],
            ["1", "Tổ chức được cấp phép", company],
            ["2", "Mã số doanh nghiệp", msdn],
            ["3", "Tên công trình khai thác", plant],
            ["4", "Vị trí công trình", place],
            ["5", "Tọa độ trung tâm nhà máy (hệ WGS-84)", f"{num(lat, 'vi', False)}° vĩ độ Bắc; {num(lon, 'vi', False)}° kinh độ Đông"],
            ["6", "Nguồn nước khai thác", f"Nước biển vùng ven bờ đảo {island}"],
            ["7", "Mục đích khai thác", "Sản xuất nước sinh hoạt bằng công nghệ thẩm thấu ngược (RO)"],
            ["8", "Lưu lượng khai thác lớn nhất", f"{num(round(cap + brine), 'vi')} m³/ngày đêm (nước ngọt thành phẩm {num(cap, 'vi')} m³/ngày đêm)"],
            ["9", "Phương thức khai thác", "Bơm hút qua cửa thu ngầm và đường ống HDPE dẫn về bể chứa nước biển thô"],
            ["10", "Thời hạn của giấy phép", "10 năm kể từ ngày ký"]]  # fmt: skip
    doc.table(None, rows, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": plant, "lat": lat, "lon": lon})
    doc.p(f"Điều 2. {company} có trách nhiệm quan trắc lưu lượng khai thác và chất lượng nước biển theo quy định; nước muối cô đặc phải "
          f"được xả theo giấy phép môi trường do {dept} thẩm định.")
    meridian = {"Phú Quốc": 104.5, "Côn Đảo": 107.75, "Lý Sơn": 108.0}[island]
    x0, y0 = round(lat * 110_600 + r.uniform(-300, 300)), round(500_000 + (lon - meridian) * 109_000)
    annex = [["Hạng mục công trình", "X (m)", "Y (m)"]]
    for k, name in enumerate(("Cửa thu nước biển (CT1)", "Trạm bơm nước biển thô", "Cửa xả nước muối cô đặc (CX1)")):
        annex.append([name, num(x0 + 140 * k - 320, "vi"), num(y0 - 210 * k + 450, "vi")])
    doc.table("Phụ lục. Tọa độ các hạng mục công trình (hệ VN-2000, múi chiếu 3°)", annex, role="other")


# (RU resort, KK resort, RU operator, KK operator, RU address, KK address, lat, lon)
RESORTS = (
    ("Курортный комплекс «Кендірлі Жағажай»", "«Кендірлі Жағажай» курорттық кешені", "ТОО «Кендірлі Резорт»", "«Кендірлі Резорт» ЖШС",
     "Мангистауская область, Каракиянский район, курортная зона Кендерли, участок 7", "Маңғыстау облысы, Қарақия ауданы, Кендірлі курорттық аймағы, 7-учаске",
     "4734", 42.955, 52.053),
    ("База отдыха «Теңіз Самалы»", "«Теңіз Самалы» демалыс базасы", "ТОО «Теңіз Самалы Тур»", "«Теңіз Самалы Тур» ЖШС",
     "Мангистауская область, Тупкараганский район, побережье залива Баутино, 12 км от г. Форт-Шевченко",
     "Маңғыстау облысы, Түпқараған ауданы, Баутино шығанағының жағалауы, Форт-Шевченко қ. 12 км", "4756", 44.462, 50.301),
)  # fmt: skip


def facility_is2(doc: Doc) -> None:
    """The passport of a containerised reverse-osmosis unit at a seaside resort, `№ | параметр | ед. изм. | проектное |
    фактическое при вводе`, the identity lines merged across the unit and both value columns under three section rows: the
    unit's model and serial number, the service company with its own BIN, then the technical lines with figures in both
    columns, then the owner's section last — the resort's operator and BIN, the resort, the address, the KATO, the place of
    installation written `N 42°57′18,4″; E 52°03′11,7″` with the letter first, and category III with the number of its
    declaration (VI: a Department of Industry and Trade's electricity licence of an island's diesel or hybrid power plant,
    the centre in degrees, minutes and seconds, the generating units in an annex of no role)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_is2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    res = doc.pick(RESORTS)
    resort, operator, address, prefix, lat0, lon0 = res[L], res[2 + L], res[4 + L], res[6], res[7], res[8]
    bin_, service_bin = make_bin(r), make_bin(r)
    kato = _kato(doc, prefix)
    la = _dms_parts(lat0 + r.uniform(-0.003, 0.003))
    lo = _dms_parts(lon0 + r.uniform(-0.003, 0.003))

    def sec(s: float) -> str:
        return f"{s:04.1f}".replace(".", ",")

    coords = f"N {la[0]}°{la[1]:02d}′{sec(la[2])}″; E {lo[0]}°{lo[1]:02d}′{sec(lo[2])}″"
    serial = f"RO-{r.randint(21, 24)}{r.randint(1000, 9999)}"
    decl = f"KZ{r.randint(10, 99)}RYS{r.randint(10**7, 10**8 - 1):08d}"
    cap = doc.pick((150, 200, 300))
    fact = round(cap * r.uniform(0.9, 0.98))
    doc.h(g(f"Паспорт установки обратного осмоса для опреснения морской воды AquaMarin SWRO-{cap}",
            f"Теңіз суын тұщыландыруға арналған AquaMarin SWRO-{cap} кері осмос қондырғысының паспорты", ""))
    doc.p(g("Установка контейнерного исполнения (контейнер 40 футов) изготовлена Nordaqua Membrane Systems Oy (Финляндия). Паспорт "
            "заполняется сервисной организацией при вводе установки в эксплуатацию и хранится у владельца.",
            "Контейнерлік орындалған қондырғыны (40 футтық контейнер) Nordaqua Membrane Systems Oy (Финляндия) дайындаған. Паспортты "
            "қондырғыны пайдалануға беру кезінде сервистік ұйым толтырады және ол иесінде сақталады.", ""))
    rows = [g(["№", "Наименование параметра", "Ед. изм.", "Проектное значение", "Фактическое значение при вводе"],
              ["№", "Параметрдің атауы", "Өлш. бірл.", "Жобалық мәні", "Пайдалануға беру кезіндегі нақты мәні"], [])]
    merges = []

    def ident(code: str, label: str, value: str) -> None:
        rows.append([code, label, value, None, None])
        merges.append((len(rows) - 1, 2, len(rows) - 1, 4))

    def figure(code: str, label: str, unit: str, design, actual) -> None:
        rows.append([code, label, unit, design if isinstance(design, str) else num(design, doc.lang),
                     actual if isinstance(actual, str) else num(actual, doc.lang)])

    _span(rows, merges, g("1. Общие сведения об установке", "1. Қондырғы туралы жалпы мәліметтер", ""), 5)
    ident("1.1", g("Модель", "Моделі", ""), f"AquaMarin SWRO-{cap}")
    ident("1.2", g("Заводской номер", "Зауыттық нөмірі", ""), serial)
    ident("1.3", g("Дата ввода в эксплуатацию", "Пайдалануға берілген күні", ""), f"{r.randint(2, 28):02d}.0{r.randint(4, 6)}.2025")
    ident("1.4", g("Сервисная организация, БИН", "Сервистік ұйым, БСН", ""), g(f"ТОО «Каспий Аква Сервис», БИН {service_bin}",
                                                                              f"«Каспий Аква Сервис» ЖШС, БСН {service_bin}", ""))
    _span(rows, merges, g("2. Технические характеристики", "2. Техникалық сипаттамалары", ""), 5)
    figure("2.1", g("Производительность по пермеату", "Пермеат бойынша өнімділігі", ""), g("м³/сут", "м³/тәул.", ""), cap, fact)
    figure("2.2", g("Солесодержание исходной морской воды", "Бастапқы теңіз суының тұздылығы", ""), g("г/дм³", "г/дм³", ""),
           "12,0–13,5", num(round(r.uniform(12.2, 13.2), 1), doc.lang))
    figure("2.3", g("Степень извлечения пермеата", "Пермеатты бөліп алу дәрежесі", ""), "%", 40, round(r.uniform(37, 40), 1))
    figure("2.4", g("Расход концентрата (рассола)", "Концентрат (тұзды ерітінді) шығыны", ""), g("м³/сут", "м³/тәул.", ""),
           round(cap * 1.5), round(fact * 1.55))
    figure("2.5", g("Количество мембранных элементов (8″)", "Мембраналық элементтер саны (8″)", ""), g("шт.", "дана", ""), cap // 25, cap // 25)
    figure("2.6", g("Установленная мощность", "Белгіленген қуаты", ""), g("кВт", "кВт", ""), round(cap * 0.2), round(cap * 0.19))
    ident("2.7", g("Отведение концентрата", "Концентратты бұру", ""), g("в Каспийское море через выпуск длиной 180 м (по проекту)",
                                                                     "жобаға сәйкес ұзындығы 180 м шығарынды арқылы Каспий теңізіне", ""))
    _span(rows, merges, g("3. Сведения о владельце и месте установки", "3. Иесі және орнатылған жері туралы мәліметтер", ""), 5)
    ident("3.1", g("Владелец (оператор объекта)", "Иесі (объект операторы)", ""), operator)
    ident("3.2", g("БИН владельца", "Иесінің БСН", ""), bin_)
    ident("3.3", g("Объект, на котором установлена установка", "Қондырғы орнатылған объект", ""), resort)
    ident("3.4", g("Адрес", "Мекенжайы", ""), address)
    ident("3.5", g("Код КАТО", "ҚАТО коды", ""), kato)
    ident("3.6", g("Координаты места установки (WGS-84)", "Орнатылған жерінің координаттары (WGS-84)", ""), coords)
    ident("3.7", g("Категория объекта (ст. 12 Экологического кодекса РК)", "Объект санаты (ҚР Экология кодексінің 12-бабы)", ""),
          g(f"III – декларация о воздействии на окружающую среду № {decl}", f"III – қоршаған ортаға әсер ету туралы № {decl} декларация", ""))
    doc.table(g("Раздел 1. Основные данные", "1-бөлім. Негізгі деректер", ""), rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": _core(resort), "kato": kato, "category": "III", "lat": la[3], "lon": lo[3]})
    doc.p(g("Замена мембранных элементов производится сервисной организацией по результатам ежемесячного контроля перепада давления.",
            "Мембраналық элементтерді ауыстыруды қысым айырмасын ай сайын бақылау нәтижелері бойынша сервистік ұйым жүргізеді.", ""))


def _facility_is2_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, place, island, dept, lat0, lon0, units, mw, pv, bess = doc.pick(VN_POWER)
    msdn = make_msdn(r)
    la = _dms_parts(lat0 + r.uniform(-0.002, 0.002))
    lo = _dms_parts(lon0 + r.uniform(-0.002, 0.002))

    def sec(s: float) -> str:
        return f"{s:04.1f}".replace(".", ",")

    total = units * mw
    power = f"{num(total, 'vi')} MW (diesel {units:02d} × {num(mw, 'vi')} MW)"
    if pv:
        power += f"; điện mặt trời {num(pv, 'vi')} MWp; hệ thống lưu trữ {num(bess, 'vi')} MWh"
    doc.p(f"{dept.upper()} – CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM – Độc lập - Tự do - Hạnh phúc")
    doc.h("GIẤY PHÉP HOẠT ĐỘNG ĐIỆN LỰC")
    doc.p(f"Số: {r.randint(3, 60):02d}/GP-SCT. Căn cứ Luật Điện lực năm 2024 và các văn bản hướng dẫn thi hành; xét hồ sơ đề nghị cấp giấy "
          f"phép hoạt động điện lực của {company}.")
    rows = [["Mục", "Nội dung", "Thông tin"],
            ["1", "Tên tổ chức được cấp giấy phép", company],
            ["2", "Mã số doanh nghiệp", msdn],
            ["3", "Địa chỉ trụ sở chính", place],
            ["4", "Lĩnh vực hoạt động", "Phát điện"],
            ["5", "Tên nhà máy điện", plant],
            ["6", "Địa điểm nhà máy", place],
            ["7", "Tọa độ vị trí nhà máy", f"{la[0]}°{la[1]:02d}′{sec(la[2])}″ vĩ độ Bắc; {lo[0]}°{lo[1]:02d}′{sec(lo[2])}″ kinh độ Đông"],
            ["8", "Tổng công suất đặt", power],
            ["9", "Phạm vi hoạt động", f"Cung cấp điện cho lưới điện độc lập đảo {island}"],
            ["10", "Thời hạn giấy phép", f"Đến hết ngày 31/12/{r.randint(2030, 2036)}"]]  # fmt: skip
    doc.table("Điều 1. Cấp giấy phép hoạt động điện lực cho tổ chức sau:", rows, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": plant, "lat": la[3], "lon": lo[3]})
    annex = [["Tổ máy", "Loại thiết bị", "Công suất", "Năm đưa vào vận hành"]]
    for k in range(1, units + 1):
        annex.append([f"G{k}", "Máy phát điện diesel", f"{num(mw, 'vi')} MW", str(doc.pick((2012, 2015, 2018, 2021)))])
    if pv:
        annex.append(["PV", "Hệ thống điện mặt trời áp mái và mặt đất", f"{num(pv, 'vi')} MWp", "2024"])
        annex.append(["BESS", "Hệ thống pin lưu trữ", f"{num(bess, 'vi')} MWh", "2024"])
    doc.table("Phụ lục. Danh mục tổ máy phát điện", annex, role="other")


# ---------------------------------------------------------------- emissions

HEATING = (0.31, 0.19, 0.17, 0.33)
RESERVE = (0.56, None, None, 0.44)
EVEN = (0.26, 0.24, 0.25, 0.25)
WARM = (None, 0.3, 0.45, 0.25)
# (number, RU, KK, {code: ((g/s low, high), (t/year low, high), quarter shares)})
MAEK_SOURCES = (
    ("0001", "Дымовая труба № 1 (котлы ст. № 1–3 ТГМЕ-206)", "№ 1 түтін мұржасы (№ 1–3 ТГМЕ-206 қазандықтары)",
     {"0301": ((18, 32), (380, 620), HEATING), "0304": ((2.9, 5.2), (60, 100), HEATING), "0337": ((6, 14), (120, 260), HEATING),
      "0330": ((9, 24), (18, 60), RESERVE), "2904": ((0.02, 0.06), (0.03, 0.12), RESERVE), "0703": ((1e-5, 4e-5), (2e-5, 8e-5), HEATING)}),
    ("0002", "Дымовая труба № 2 (котлы ст. № 4–6 ТГМЕ-206)", "№ 2 түтін мұржасы (№ 4–6 ТГМЕ-206 қазандықтары)",
     {"0301": ((15, 28), (300, 540), HEATING), "0304": ((2.4, 4.6), (48, 88), HEATING), "0337": ((5, 12), (100, 220), HEATING),
      "0330": ((8, 20), (14, 48), RESERVE), "2904": ((0.015, 0.05), (0.02, 0.1), RESERVE)}),
    ("0003", "Дымовая труба газотурбинной установки ТЭС", "ЖЭС газ турбиналық қондырғысының түтін мұржасы",
     {"0301": ((4, 9), (90, 210), EVEN), "0304": ((0.6, 1.5), (14, 34), EVEN), "0337": ((3, 8), (60, 170), EVEN)}),
    ("0004", "Вентиляция хлораторной морского водозабора", "Теңіз су жинағышының хлораторлық бөлмесіндегі желдеткіш",
     {"0349": ((0.002, 0.008), (0.02, 0.09), WARM)}),
    ("6001", "Мазутное хозяйство (приемная емкость, резервуары)", "Мазут шаруашылығы (қабылдау сыйымдылығы, резервуарлар)",
     {"0333": ((0.0002, 0.0008), (0.001, 0.005), EVEN), "2754": ((0.05, 0.15), (0.3, 1.2), EVEN)}),
)  # fmt: skip


def _quarters(doc: Doc, total: float, shares) -> tuple[list[float | None], float]:
    """The tonnes of each quarter (None for a dash) with the decimals a spreadsheet keeps, and the year's sum."""
    d = 2 if total >= 10 else 3 if total >= 1 else 3 - math.floor(math.log10(total))
    qs = [round(total * s * doc.rng.uniform(0.94, 1.06), d) if s else None for s in shares]
    year = round(sum(q for q in qs if q), d)
    return qs, year


def emissions_is1(doc: Doc) -> None:
    """An annex splitting МАЭК's emission norms by quarters for the calculation of the emission fee: the source merged down
    over its substances, code and name, the norm in g/s, then the tonnes of the four quarters under a merged header and the
    year's tonnes last — the year and the grams are the emission — fuel-oil ash and sulphur dioxide of the reserve fuel
    burnt only in winter with dashes in the second and third quarters, the intake's chlorination with a dash in the first,
    no class column, a total (VI: an island diesel plant's annual report, the greatest g/s of each named stack, the tonnes
    by quarter and the year)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_is1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    doc.h(g(f"{MAEK[0]}. Распределение нормативов допустимых выбросов по кварталам 2026 года",
            f"{MAEK[1]}. Жол берілетін шығарындылар нормативтерін 2026 жылдың тоқсандары бойынша бөлу", ""))
    doc.p(g("Распределение выполнено для расчета платы за эмиссии в окружающую среду по кварталам. Основное топливо котлов – природный "
            "газ; мазут используется как резервное топливо при ограничении подачи газа в январе – феврале и ноябре – декабре. "
            "Хлорирование морской воды на водозаборе против обрастания моллюсками ведется при температуре воды выше 10 °С.",
            "Бөлу қоршаған ортаға эмиссиялар үшін төлемді тоқсандар бойынша есептеу үшін орындалды. Қазандықтардың негізгі отыны – табиғи "
            "газ; мазут қаңтар – ақпанда және қараша – желтоқсанда газ беру шектелген кезде резервтік отын ретінде пайдаланылады. Су "
            "жинағыштағы теңіз суын моллюскалардың басып қалуына қарсы хлорлау су температурасы 10 °С-тан жоғары болғанда жүргізіледі.", ""))
    rows = [g(["№ ИЗА", "Наименование источника", "Код ЗВ", "Наименование ЗВ", "Норматив, г/с", "в том числе по кварталам, т", None, None, None,
               "Норматив, т/год"],
              ["ЛШК №", "Көздің атауы", "ЛЗ коды", "ЛЗ атауы", "Норматив, г/с", "оның ішінде тоқсандар бойынша, т", None, None, None,
               "Норматив, т/жыл"], []),
            [None, None, None, None, None, "I", "II", "III", "IV", None]]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 4, 9)] + [(0, 5, 0, 8)]
    sums_g, sums_q, sums_y = 0.0, [0.0] * 4, 0.0
    for number, s_ru, s_kk, codes in MAEK_SOURCES:
        start = len(rows)
        for j, (c, ((glo, ghi), (tlo, thi), shares)) in enumerate(codes.items()):
            gs = _sig(r.uniform(glo, ghi), 3)
            qs, year = _quarters(doc, r.uniform(tlo, thi), shares)
            rows.append([number if j == 0 else None, (s_ru, s_kk)[L] if j == 0 else None, c, _air(doc, c), num(gs, doc.lang),
                         *(num(q, doc.lang) if q else "–" for q in qs), num(year, doc.lang)])
            doc.add("emissions", emission(c, gs, year, number))
            sums_g += gs
            sums_y += year
            sums_q = [a + (q or 0) for a, q in zip(sums_q, qs, strict=True)]
        if len(codes) > 1:
            merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    rows.append(["", g("Всего по предприятию", "Кәсіпорын бойынша барлығы", ""), "", "", num(round(sums_g, 4), doc.lang),
                 *(num(round(q, 3), doc.lang) for q in sums_q), num(round(sums_y, 3), doc.lang)])
    doc.table(g("Таблица 1 – Нормативы выбросов с разбивкой по кварталам", "1-кесте – Тоқсандарға бөлінген шығарындылар нормативтері", ""),
              rows, merges, role="emissions")
    doc.add("sources", *({"number": s[0], "type": _kind(s[0])} for s in MAEK_SOURCES))
    doc.p(g("Знак «–» означает, что в данном квартале выброс вещества не производится.",
            "«–» белгісі осы тоқсанда заттың шығарылмайтынын білдіреді.", ""))
    maybe_distractor(doc)


VN_STACK_PARAMS = (("2902", "Bụi tổng", (0.15, 0.45), (2.5, 7)), ("0330", "SO2", (0.6, 1.8), (9, 28)),
                   ("0301", "NOx (tính theo NO2)", (4.5, 9.5), (70, 160)), ("0337", "CO", (0.9, 2.4), (14, 38)))


def _emissions_is1_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, _, island, _, _, _, units, mw, pv, _ = doc.pick(VN_POWER)
    half = (units + 1) // 2
    stacks = (f"Ống khói cụm tổ máy G1 – G{half}", f"Ống khói cụm tổ máy G{half + 1} – G{units}")
    shares = (0.22, 0.28, 0.3, 0.2) if pv else (0.28, 0.3, 0.25, 0.17)
    doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – {plant.upper()}")
    doc.h("2.2. Kết quả vận hành công trình xử lý bụi, khí thải")
    doc.p(f"{plant} do {company} quản lý, gồm {units:02d} tổ máy diesel công suất {num(mw, 'vi')} MW/tổ máy, cấp điện cho lưới điện độc lập đảo "
          f"{island}. Tải lượng được tính theo lượng dầu DO tiêu thụ từng quý và kết quả quan trắc định kỳ; phụ tải cao nhất vào mùa du lịch.")
    rows = [["TT", "Nguồn thải", "Thông số", "Tải lượng lớn nhất (g/s)", "Tải lượng phát thải năm 2025 (tấn)", None, None, None, None],
            [None, None, None, None, "Quý I", "Quý II", "Quý III", "Quý IV", "Cả năm"]]
    merges = [(0, c, 1, c) for c in range(4)] + [(0, 4, 0, 8)]
    for k, stack in enumerate(stacks, 1):
        start = len(rows)
        for j, (c, label, (glo, ghi), (tlo, thi)) in enumerate(VN_STACK_PARAMS):
            gs = _sig(r.uniform(glo, ghi) * mw, 3)
            qs, year = _quarters(doc, r.uniform(tlo, thi) * mw, shares)
            rows.append([str(k) if j == 0 else None, stack if j == 0 else None, label, num(gs, "vi"), *(num(q, "vi") for q in qs),
                         num(year, "vi")])
            doc.add("emissions", emission(c, gs, year))
        merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    doc.table("Bảng 2.3. Tải lượng bụi, khí thải theo quý", rows, merges, role="emissions")
    doc.p("Ghi chú: tải lượng lớn nhất (g/s) ứng với chế độ toàn bộ tổ máy của cụm vận hành ở 100% công suất.")
    maybe_distractor(doc)


# ((RU, KK, VI stage), [(number, RU, KK, VI, hours a year, {code: (g/s low, high)})])
DESAL_STAGES = (
    (("I. Водозабор и приготовление гипохлорита натрия", "I. Су жинау және натрий гипохлоритін дайындау",
      "I. Khu vực thu nước biển và điện phân natri hypoclorit"),
     [("0001", "Вытяжная вентиляция электролизной установки гипохлорита натрия", "Натрий гипохлориті электролиз қондырғысының сору желдеткіші",
       "Ống thoát khí phòng điện phân natri hypoclorit", 8760, {"0349": (0.0004, 0.0012)})]),
    (("II. Предочистка (коагуляция и известкование)", "II. Алдын ала тазарту (коагуляция және әктеу)", "II. Khu vực tiền xử lý (keo tụ, nâng pH bằng vôi)"),
     [("0002", "Аспирация узла растаривания и дозирования извести (рукавный фильтр)", "Әкті қаптан босату және мөлшерлеу торабының аспирациясы (жеңді сүзгі)",
       "Ống thải hệ thống lọc bụi túi vải khu pha vôi", 2200, {"0128": (0.002, 0.008)}),
      ("6001", "Площадка приема и хранения хлорного железа", "Хлорлы темірді қабылдау және сақтау алаңы", "Khu vực tiếp nhận, lưu chứa sắt (III) clorua",
       8760, {"0122": (0.00002, 0.0001)})]),
    (("III. Обратный осмос и химическая промывка мембран (CIP)", "III. Кері осмос және мембраналарды химиялық жуу (CIP)",
      "III. Khu vực thẩm thấu ngược và rửa màng bằng hóa chất (CIP)"),
     [("0003", "Воздушка бака приготовления моющих растворов CIP", "CIP жуу ерітінділерін дайындау багының ауа шығарғышы",
       "Ống thông hơi bồn pha dung dịch rửa màng CIP", 480, {"0316": (0.0005, 0.002), "0150": (0.0001, 0.0005)})]),
    (("IV. Кислотное хозяйство", "IV. Қышқыл шаруашылығы", "IV. Kho axit"),
     [("0004", "Дыхательные клапаны резервуаров соляной и серной кислоты (через скруббер)",
       "Тұз және күкірт қышқылы резервуарларының тыныс алу клапандары (скруббер арқылы)", "Ống thông hơi bồn chứa axit HCl và H2SO4 (qua tháp hấp thụ)",
       8760, {"0316": (0.0002, 0.0009), "0322": (0.00005, 0.0002)})]),
    (("V. Резервное энергоснабжение", "V. Резервтік энергиямен жабдықтау", "V. Nguồn điện dự phòng"),
     [("0005", "Выхлопная труба аварийного дизель-генератора 1 600 кВт", "1 600 кВт апаттық дизель-генератордың шығару құбыры",
       "Ống xả máy phát điện dự phòng 2.000 kVA", 120,
       {"0301": (0.8, 1.6), "0304": (0.13, 0.26), "0328": (0.05, 0.1), "0330": (0.15, 0.3), "0337": (0.8, 1.5), "0703": (1.5e-6, 3e-6),
        "1325": (0.015, 0.03), "2754": (0.35, 0.7)}),
      ("6002", "Резервуар дизельного топлива 50 м³", "50 м³ дизель отыны резервуары", "Bồn chứa dầu DO 50 m³", 8760,
       {"0333": (0.00001, 0.00004), "2754": (0.004, 0.012)})]),
)  # fmt: skip
VN_GEN = {"2902": (0.05, 0.12), "0330": (0.15, 0.3), "0301": (0.8, 1.6), "0337": (0.8, 1.5)}


def emissions_is2(doc: Doc) -> None:
    """The НДВ table of the Caspian desalination plant under Roman rows spanning the table for the stages of its water
    treatment — the intake with the electrolytic production of sodium hypochlorite, the pre-treatment with lime and ferric
    chloride, reverse osmosis with the chemical cleaning of membranes, the acid store, the emergency diesel generator — each
    source merged down over its substances with its hours a year, a class column holding `ОБУВ` (KK `ҚӘБД`) for sodium
    hydroxide and lime, a total (VI: an RO plant's ĐTM under the same stages, sources labelled `Nguồn số 01` … that are no
    source numbers, the generator's dust and gases only, kilograms a year)."""
    r = doc.rng
    vi = doc.lang == "vi"
    g = doc.v
    if vi:
        plant, company = doc.pick(VN_RO)[:2]
        doc.h(f"BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG CỦA DỰ ÁN NÂNG CÔNG SUẤT {plant.upper()}")
        doc.h("3.2.1.2. Tải lượng bụi, khí thải trong giai đoạn vận hành")
        doc.p(f"Chủ dự án: {company}. Các nguồn được đánh số theo sơ đồ mặt bằng tại Phụ lục 3; tải lượng tính theo định mức tiêu hao hóa chất và "
              "hệ số phát thải của WHO đối với máy phát điện.")
        rows = [["TT", "Nguồn phát sinh", "Thời gian hoạt động (giờ/năm)", "Thông số", "Tải lượng (g/s)", "Tải lượng (kg/năm)"]]
    else:
        L = _L(doc)
        doc.h(g(f"Проект нормативов допустимых выбросов. {DESAL_PLANT[0]}", f"{DESAL_PLANT[1]}. Жол берілетін шығарындылар нормативтерінің жобасы", ""))
        doc.p(g(f"Оператор: {DESAL[0]}. Источники сгруппированы по стадиям технологической схемы опреснения; номера источников присвоены "
                "при инвентаризации 2025 года.",
                f"Оператор: {DESAL[1]}. Көздер тұщыландырудың технологиялық сызбасының сатылары бойынша топтастырылған; көздердің нөмірлері "
                "2025 жылғы түгендеу кезінде берілген.", ""))
        rows = [g(["№ ИЗА", "Наименование источника", "Время работы, ч/год", "Код ЗВ", "Наименование ЗВ", "Класс опасности", "Выброс, г/с",
                   "Выброс, т/год"],
                  ["ЛШК №", "Көздің атауы", "Жұмыс уақыты, сағ/жыл", "ЛЗ коды", "ЛЗ атауы", "Қауіптілік сыныбы", "Шығарынды, г/с",
                   "Шығарынды, т/жыл"], [])]
    width = len(rows[0])
    merges = []
    sums = [0.0, 0.0]
    n = 0
    for stage, sources in DESAL_STAGES:
        _span(rows, merges, stage[vocab.LANGS.index(doc.lang)], width)
        for number, s_ru, s_kk, s_vi, hours, codes in sources:
            if vi and number == "6002":
                continue
            n += 1
            keep = VN_GEN if vi and number == "0005" else codes
            start = len(rows)
            for j, (c, (lo, hi)) in enumerate(keep.items()):
                gs = _sig(r.uniform(lo, hi), 3)
                ty = _sig(gs * 3600 * hours / 1e6, 3)
                first = j == 0
                if vi:
                    kg = _sig(gs * 3600 * hours / 1000, 3)
                    label = {"2902": "Bụi tổng", "0330": "SO2", "0301": "NOx (tính theo NO2)", "0337": "CO", "0316": "Hơi axit clohydric (HCl)"}.get(c) or _air(doc, c)
                    rows.append([str(n) if first else None, f"Nguồn số {n:02d}: {s_vi}" if first else None, num(hours, "vi") if first else None,
                                 label, num(gs, "vi"), num(kg, "vi")])
                    doc.add("emissions", emission(c, gs, kg / 1000))
                else:
                    hz = _hz(c)
                    cls = str(hz) if hz else g("ОБУВ", "ҚӘБД", "")
                    rows.append([number if first else None, (s_ru, s_kk)[L] if first else None, num(hours, doc.lang) if first else None, c,
                                 _air(doc, c), cls, num(gs, doc.lang), num(ty, doc.lang)])
                    doc.add("emissions", emission(c, gs, ty, number, hz))
                    sums = [sums[0] + gs, sums[1] + ty]
            if len(keep) > 1:
                merges += [(start, k, len(rows) - 1, k) for k in range(3)]
    if vi:
        doc.table("Bảng 3.12. Tải lượng ô nhiễm không khí từ các nguồn của nhà máy", rows, merges, role="emissions")
        doc.p("Ghi chú: máy phát điện dự phòng chỉ vận hành khi mất điện lưới và chạy thử định kỳ (khoảng 120 giờ/năm).")
    else:
        rows.append(["", g("Всего по предприятию", "Кәсіпорын бойынша барлығы", ""), "", "", "", "", num(round(sums[0], 6), doc.lang),
                     num(round(sums[1], 6), doc.lang)])
        doc.table(g("Таблица 3.1 – Нормативы выбросов загрязняющих веществ по стадиям технологии", "3.1-кесте – Технология сатылары бойынша ластаушы заттар шығарындыларының нормативтері", ""),
                  rows, merges, role="emissions")
        doc.add("sources", *({"number": s[0], "type": _kind(s[0])} for _, ss in DESAL_STAGES for s in ss))
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

# ((RU stage, KK stage), [(code, RU, KK, (pieces low, high) or None, kg a piece or None, (t low, high) or None, RU handling, KK handling)])
DESAL_WASTES = (
    (("I. Водозабор", "I. Су жинау"), [
        ("19 09 01", "Ракушка (митилястер, балянус) и водоросли с сороудерживающих решеток и сеток водозабора",
         "Су жинағыштың қоқыс ұстағыш торлары мен торкөздерінен алынған ұлулар (митилястер, баланус) және балдырлар", None, None, (18, 60),
         "вывоз на полигон ТБО г. Актау", "Ақтау қ. ҚТҚ полигонына шығару")]),
    (("II. Предочистка", "II. Алдын ала тазарту"), [
        ("19 09 02", "Осадок осветления морской воды (шлам предочистки), обезвоженный", "Теңіз суын мөлдірлету тұнбасы (алдын ала тазарту шламы), сусыздандырылған",
         None, None, (120, 380), "вывоз на полигон промышленных отходов", "өнеркәсіптік қалдықтар полигонына шығару"),
        ("19 09 01", "Отработанная загрузка механических фильтров (кварцевый песок, антрацит)",
         "Механикалық сүзгілердің пайдаланылған толтырмасы (кварц құмы, антрацит)", None, None, (6, 20),
         "вывоз на полигон промышленных отходов", "өнеркәсіптік қалдықтар полигонына шығару")]),
    (("III. Обратный осмос", "III. Кері осмос"), [
        ("15 02 03", "Отработанные картриджи фильтров тонкой очистки (5 мкм)", "Жұқа тазарту сүзгілерінің пайдаланылған картридждері (5 мкм)",
         (600, 1400), 0.45, None, "передача специализированной организации", "мамандандырылған ұйымға беру"),
        ("19 09 99", "Отработанные мембранные элементы обратного осмоса (8″)", "Кері осмостың пайдаланылған мембраналық элементтері (8″)",
         (60, 140), 15.5, None, "передача специализированной организации", "мамандандырылған ұйымға беру")]),
    (("IV. Реагентное хозяйство", "IV. Реагент шаруашылығы"), [
        ("15 01 10*", "Тара из-под кислот и антискаланта (канистры, кубовые емкости)", "Қышқылдар мен антискаланттан босаған ыдыс (канистрлер, текше сыйымдылықтар)",
         (80, 200), 18.0, None, "передача на обезвреживание", "залалсыздандыруға беру")]),
    (("V. Вспомогательные службы", "V. Қосалқы қызметтер"), [
        ("13 02 05*", "Отработанные моторные масла дизель-генератора", "Дизель-генератордың пайдаланылған мотор майлары", None, None, (0.3, 0.9),
         "передача на регенерацию", "регенерацияға беру"),
        ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", (150, 400), 0.25, None,
         "передача на демеркуризацию", "демеркуризацияға беру"),
        ("15 02 02*", "Промасленная ветошь", "Майланған шүберек", None, None, (0.1, 0.4), "передача на обезвреживание", "залалсыздандыруға беру"),
        ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", None, None, (12, 25), "вывоз на полигон ТБО г. Актау",
         "Ақтау қ. ҚТҚ полигонына шығару")]),
)  # fmt: skip


def wastes_is1(doc: Doc) -> None:
    """The waste section of the Caspian desalination plant's programme of waste management under rows spanning the table
    for the stages of the plant — mussel shells and algae from the intake screens, the sludge of clarifying sea water,
    the spent media of the filters, cartridge filters and membrane elements given by their pieces a year and the mass of one
    piece, containers of acids and antiscalant, the ancillary wastes — with `–` under pieces and mass where a waste is
    weighed, the tonnes a year (the amount) and the way of handling last (VI: an RO plant's annual report, its ordinary
    wastes with a count of pieces before the kilograms, then its CTNH with codes)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_is1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    doc.h(g(f"Программа управления отходами на 2026–2035 годы. {DESAL_PLANT[0]}", f"{DESAL_PLANT[1]}. 2026–2035 жылдарға арналған қалдықтарды басқару бағдарламасы", ""))
    doc.h(g("3. Сведения об образовании отходов", "3. Қалдықтардың түзілуі туралы мәліметтер", ""))
    doc.p(g(f"Оператор: {DESAL[0]}. Количество картриджей, мембранных элементов, ламп и тары определено по регламенту их замены; масса "
            "остальных отходов – по данным взвешивания за 2023–2025 годы.",
            f"Оператор: {DESAL[1]}. Картридждердің, мембраналық элементтердің, шамдар мен ыдыстың саны оларды ауыстыру регламенті бойынша; "
            "қалған қалдықтардың массасы 2023–2025 жылдардағы өлшеу деректері бойынша анықталды.", ""))
    rows = [g(["№", "Код отхода", "Наименование отхода", "Количество, шт./год", "Масса единицы, кг", "Образование, т/год", "Способ обращения"],
              ["№", "Қалдық коды", "Қалдықтың атауы", "Саны, дана/жыл", "Бір данасының массасы, кг", "Түзілуі, т/жыл", "Қалдықпен жұмыс тәсілі"], [])]
    merges = []
    n = 0
    for stage, wastes in DESAL_WASTES:
        _span(rows, merges, stage[L], 7)
        for code, n_ru, n_kk, pieces, kg, tons, h_ru, h_kk in wastes:
            n += 1
            name = (n_ru, n_kk)[L]
            if pieces:
                count = r.randint(pieces[0] // 10, pieces[1] // 10) * 10
                t = round(count * kg / 1000, 4)
                cells = [num(count, doc.lang), num(kg, doc.lang)]
            else:
                t = round(r.uniform(*tons), 2 if tons[1] < 5 else 1)
                cells = ["–", "–"]
            rows.append([str(n), code, name, *cells, num(t, doc.lang), (h_ru, h_kk)[L]])
            doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t, "name_contains": _words(name, 2)})
    doc.table(g("Таблица 3.1 – Образование отходов по стадиям технологии", "3.1-кесте – Технология сатылары бойынша қалдықтардың түзілуі", ""),
              rows, merges, role="wastes")
    doc.p(g("Концентрат (рассол) установок обратного осмоса отходом не является и отводится в море по разрешению на специальное водопользование.",
            "Кері осмос қондырғыларының концентраты (тұзды ерітінді) қалдық болып табылмайды және арнайы су пайдалануға рұқсат бойынша теңізге бұрылады.", ""))
    maybe_distractor(doc)


VN_RO_ORDINARY = (("Vỏ hàu, hà bám và rác biển từ song chắn rác cửa thu nước", None, None, (6000, 24000)),
                  ("Bùn thải từ bể lắng nước rửa lọc", None, None, (15000, 60000)),
                  ("Lõi lọc thô 5 µm thải", (400, 1200), 0.45, None),
                  ("Màng lọc RO thải", (24, 96), 15.0, None))
VN_RO_CTNH = (("18 01 03", "can nhựa đựng axit, chất chống cáu cặn", (60, 180), 1.2), ("17 02 03", "", None, None),
              ("18 02 01", "", None, None), ("16 01 06", "", (40, 120), 0.3))


def _wastes_is1_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company = doc.pick(VN_RO)[:2]
    doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – {plant.upper()}")
    doc.p(f"Chủ cơ sở: {company}. Khối lượng chất thải được tổng hợp theo biên bản bàn giao với đơn vị tiếp nhận; số lượng lõi lọc, màng lọc "
          "và bao bì được ghi theo sổ theo dõi thay thế.")
    rows = [["TT", "Tên chất thải", "Số lượng", "Khối lượng (kg/năm)", "Đơn vị tiếp nhận, xử lý"]]
    for k, (name, pieces, kg_each, kg_range) in enumerate(VN_RO_ORDINARY, 1):
        if pieces:
            count = r.randint(*pieces)
            kg = round(count * kg_each, 1)
            said = f"{num(count, 'vi')} {'lõi' if 'Lõi' in name else 'màng'}"
        else:
            kg = float(r.randint(kg_range[0] // 100, kg_range[1] // 100) * 100)
            said = "-"
        rows.append([str(k), name, said, num(kg, "vi"), "Ban Quản lý công trình công cộng đặc khu"])
        doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": kg / 1000, "name_contains": _words(name, 3)})
    doc.table("Bảng 3.1. Chất thải rắn công nghiệp thông thường phát sinh năm 2025", rows, role="wastes")
    rows = [["TT", "Tên chất thải", "Mã CTNH", "Số lượng", "Khối lượng (kg/năm)"]]
    for k, (code, tail, pieces, kg_each) in enumerate(VN_RO_CTNH, 1):
        base = next(n for c, n, _ in vocab.VN_CTNH if c == code)
        if pieces:
            count = r.randint(*pieces)
            kg = round(count * kg_each, 1)
            said = f"{num(count, 'vi')} {'can' if code == '18 01 03' else 'bóng'}"
        else:
            kg = float(r.randint(8, 90) * 5)
            said = "-"
        name = base + (f" ({tail})" if tail else "")
        rows.append([str(k), name, code, said, num(kg, "vi")])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000, "name_contains": _words(base, 4)})
    doc.table("Bảng 3.2. Chất thải nguy hại phát sinh năm 2025", rows, role="wastes")
    maybe_distractor(doc)


def wastes_is2(doc: Doc) -> None:
    """МАЭК's calculation of its wastes laid out as blocks in one three-column table `показатель | обозначение, ед. изм. |
    значение` with no header of amounts: a row spanning the table with each waste's code and name, then the inputs of its
    calculation — fuel oil burnt and its ash content, the bottom area of a tank and the thickness and density of its sludge,
    the surface of the seawater conduits cleaned of mussels and the mass of fouling a square metre, the charge of ion
    exchangers, the oil in transformers, the staff — and a closing row `Количество образования отхода | M = … , т/год`
    whose value alone is the amount (VI: an island diesel plant's CTNH with a column of the basis of calculation full of
    figures before the kilograms a year, then its ordinary wastes the same way)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_is2_vi(doc)
        return
    g = doc.v
    doc.h(g(f"{MAEK[0]}. Расчет образования отходов производства и потребления", f"{MAEK[1]}. Өндіріс және тұтыну қалдықтарының түзілуін есептеу", ""))
    doc.p(g("Расчет выполнен для ТЭЦ-2, ТЭС и опреснительной установки по фактическим данным 2025 года в соответствии с методикой "
            "разработки проектов нормативов предельного размещения отходов производства и потребления.",
            "Есеп ЖЭО-2, ЖЭС және тұщыландыру қондырғысы үшін 2025 жылғы нақты деректер бойынша өндіріс және тұтыну қалдықтарын шекті "
            "орналастыру нормативтерінің жобаларын әзірлеу әдістемесіне сәйкес орындалды.", ""))
    rows = [g(["Показатель", "Обозначение, ед. изм.", "Значение"], ["Көрсеткіш", "Белгіленуі, өлш. бірл.", "Мәні"], [])]
    merges = []
    result = g("Количество образования отхода", "Түзілетін қалдық мөлшері", "")
    b = r.randint(300, 900) * 10
    a, alpha = doc.pick((0.08, 0.1, 0.12)), 0.4
    s_tank, h, rho = 706.5, doc.pick((0.04, 0.05, 0.06)), 1.1
    s_pipe, q = r.randint(80, 150) * 100, doc.pick((6.5, 8.0, 9.5))
    v_ion, p_ion, rho_ion = r.randint(36, 60), doc.pick((0.1, 0.15, 0.2)), 0.8
    oil, share = r.randint(40, 90), 0.05
    staff, norm = r.randint(50, 80) * 10, 0.075
    blocks = (
        ("10 01 04*", g("Зола мазутная (отложения с поверхностей нагрева котлов)", "Мазут күлі (қазандықтардың қыздыру беттеріндегі шөгінділер)", ""),
         [(g("Расход мазута за год", "Жылдық мазут шығыны", ""), "B, т", b), (g("Зольность мазута", "Мазуттың күлділігі", ""), "Aᵣ, %", a),
          (g("Доля золы, оседающей на поверхностях нагрева", "Қыздыру беттеріне шөгетін күл үлесі", ""), "α", alpha)],
         "M = B · Aᵣ · α / 100", round(b * a * alpha / 100, 3)),
        ("16 07 08*", g("Нефтешлам от зачистки мазутных резервуаров", "Мазут резервуарларын тазартудан шыққан мұнай шламы", ""),
         [(g("Количество резервуаров, зачищаемых за год", "Жылына тазартылатын резервуарлар саны", ""), "n, шт.", 1),
          (g("Площадь днища резервуара РВС-5000", "РВС-5000 резервуары түбінің ауданы", ""), "S, м²", s_tank),
          (g("Средняя толщина слоя отложений", "Шөгінді қабатының орташа қалыңдығы", ""), "h, м", h),
          (g("Плотность нефтешлама", "Мұнай шламының тығыздығы", ""), "ρ, т/м³", rho)],
         "M = n · S · h · ρ", round(s_tank * h * rho, 2)),
        ("10 01 26", g("Отходы очистки водоводов охлаждающей морской воды (ракушечник, биообрастания)",
                       "Салқындатқыш теңіз суы су құбырларын тазарту қалдықтары (ұлу қабыршақтары, биологиялық өсінділер)", ""),
         [(g("Площадь очищаемой поверхности водоводов и камер", "Тазартылатын су құбырлары мен камералар бетінің ауданы", ""), "F, м²", s_pipe),
          (g("Удельная масса обрастаний", "Өсінділердің меншікті массасы", ""), "q, кг/м²", q)],
         "M = F · q · 10⁻³", round(s_pipe * q / 1000, 2)),
        ("19 09 05", g("Отработанные ионообменные смолы химводоочистки", "Химиялық су тазартудың пайдаланылған ион алмастырғыш шайырлары", ""),
         [(g("Объем загрузки ионообменных фильтров", "Ион алмастырғыш сүзгілер толтырмасының көлемі", ""), "V, м³", v_ion),
          (g("Доля годовой замены", "Жылдық ауыстыру үлесі", ""), "p", p_ion),
          (g("Насыпная плотность смолы", "Шайырдың үйме тығыздығы", ""), "ρ, т/м³", rho_ion)],
         "M = V · p · ρ", round(v_ion * p_ion * rho_ion, 3)),
        ("13 03 07*", g("Отработанное трансформаторное масло", "Пайдаланылған трансформатор майы", ""),
         [(g("Масса масла в силовых трансформаторах", "Күштік трансформаторлардағы май массасы", ""), "G, т", oil),
          (g("Доля масла, заменяемого за год", "Жылына ауыстырылатын май үлесі", ""), "k", share)],
         "M = G · k", round(oil * share, 3)),
        ("20 03 01", g("Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", ""),
         [(g("Численность персонала", "Персонал саны", ""), g("N, чел.", "N, адам", ""), staff),
          (g("Норма образования на одного работающего", "Бір жұмыскерге шаққандағы түзілу нормасы", ""), g("m, т/год", "m, т/жыл", ""), norm)],
         "M = N · m", round(staff * norm, 2)),
    )  # fmt: skip
    per_year = g("т/год", "т/жыл", "")
    for k, (code, name, inputs, formula, m) in enumerate(blocks, 1):
        _span(rows, merges, f"{k}. {code} – {name}", 3)
        for label, symbol, value in inputs:
            rows.append([label, symbol, num(value, doc.lang)])
        rows.append([result, f"{formula}, {per_year}", num(m, doc.lang)])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": m, "name_contains": _words(name, 2)})
    doc.table(g("Таблица 5 – Расчет образования отходов", "5-кесте – Қалдықтардың түзілуін есептеу", ""), rows, merges, role="wastes")
    maybe_distractor(doc)


def _wastes_is2_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, _, _, _, _, _, units, _, pv, _ = doc.pick(VN_POWER)
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – {plant.upper()}")
    doc.h("3.4. Công trình, biện pháp lưu giữ, xử lý chất thải nguy hại")
    doc.p(f"Chủ cơ sở: {company}. Khối lượng chất thải được tính theo định mức bảo dưỡng của nhà sản xuất tổ máy và số liệu thực tế năm 2024.")
    vol, times = doc.pick((320, 380, 420)), doc.pick((8, 10, 12))
    batt, lamps, drums, rags = r.randint(18, 36), r.randint(60, 160), r.randint(20, 60), r.randint(8, 30) * 10
    items = [("17 02 03", f"{units:02d} tổ máy × {vol} lít/lần × {times} lần/năm × 0,89 kg/lít", round(units * vol * times * 0.89)),
             ("18 02 01", f"{units:02d} tổ máy × {times} lần/năm × 4 lõi lọc × 2,5 kg/lõi + {rags} kg giẻ lau", units * times * 10 + rags),
             ("19 06 01", f"{batt} bình × 28 kg/bình, thay thế 03 năm/lần", round(batt * 28 / 3, 1)),
             ("16 01 06", f"{lamps} bóng × 0,3 kg/bóng", round(lamps * 0.3, 1)),
             ("18 01 02", f"{drums} thùng phuy 200 lít × 18 kg/thùng", drums * 18)]
    if pv:
        items.append(("16 01 13", "Bo mạch, linh kiện của bộ nghịch lưu hỏng, ước tính theo thực tế năm 2024", float(r.randint(3, 9) * 10)))
    rows = [["TT", "Tên chất thải", "Mã CTNH", "Cơ sở tính toán", "Khối lượng phát sinh (kg/năm)"]]
    for k, (code, basis, kg) in enumerate(items, 1):
        name = next(n for c, n, _ in vocab.VN_CTNH if c == code)
        rows.append([str(k), name, code, basis, num(kg, "vi")])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000, "name_contains": _words(name, 4)})
    doc.table("Bảng 3.6. Khối lượng chất thải nguy hại đề nghị cấp phép", rows, role="wastes")
    staff = r.randint(30, 60)
    scrap = float(r.randint(8, 30) * 50)
    ordinary = [("Chất thải rắn sinh hoạt", f"{staff} người × 0,8 kg/người/ngày × 365 ngày", round(staff * 0.8 * 365)),
                ("Phế liệu kim loại từ chi tiết máy thay thế", "Theo số liệu thực tế năm 2024", scrap),
                ("Pallet gỗ, bao bì carton thải", "Theo số liệu thực tế năm 2024", float(r.randint(4, 20) * 50))]
    rows = [["TT", "Tên chất thải", "Cơ sở tính toán", "Khối lượng phát sinh (kg/năm)"]]
    for k, (name, basis, kg) in enumerate(ordinary, 1):
        rows.append([str(k), name, basis, num(kg, "vi")])
        doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": kg / 1000, "name_contains": _words(name, 3)})
    doc.table("Bảng 3.7. Chất thải rắn sinh hoạt và chất thải rắn công nghiệp thông thường", rows, role="wastes")
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits


def _lim(key: str | None, medium: str, norm, unit: str | None, column, point: str, value) -> dict:
    """A limit of one cell: a figure, a range, `("min", x)` for `не менее`; key None for a parameter with no key."""
    out = {"medium": medium, "unit": None if key == "pH" else unit, "column": column, "point": point}
    if key:
        out["symbol"] = key
    if isinstance(norm, tuple) and norm[0] == "min":
        out.update(limit=None, limit_min=float(norm[1]), limit_max=None)
    elif isinstance(norm, tuple):
        out.update(limit=None, limit_min=float(norm[0]), limit_max=float(norm[1]))
    else:
        out.update(limit=float(norm), limit_min=None, limit_max=None)
    out["value"] = value
    return out


def _norm_cell(doc: Doc, norm) -> str:
    if norm is None:
        return "–"
    if isinstance(norm, tuple) and norm[0] == "min":
        return doc.v(f"не менее {num(norm[1], 'ru')}", f"кемінде {num(norm[1], 'kk')}", f"≥ {num(norm[1], 'vi')}")
    if isinstance(norm, tuple):
        return f"{num(norm[0], doc.lang)}–{num(norm[1], doc.lang)}"
    return num(norm, doc.lang)


# (symbol, background (low, high), decimals, allowed at В-1, allowed at В-2); None: the background plus 0,25
OUTFALL = (("TDS", (12400, 13200), -1, 31500, 13800), ("Cl-", (5200, 5600), -1, 14000, 6000), ("SO4", (2900, 3200), -1, 8200, 3500),
           ("TSS", (6.5, 11.0), 1, None, None), ("NH4+", (0.08, 0.2), 2, 0.5, 0.5), ("TPH", (0.01, 0.03), 3, 0.05, 0.05),
           ("Fe", (0.02, 0.04), 3, 0.05, 0.05), ("pH", (8.1, 8.4), 1, (6.5, 8.5), (6.5, 8.5)))


def _round(x: float, d: int) -> float:
    return float(round(x, d))


def limits_is1(doc: Doc) -> None:
    """The norms of discharge at МАЭК's two outfalls to the Caspian, the parameters as rows with the sea's background at the
    station `Ф-1` in a column of no limit, then the two outfalls `В-1` (the desalination plant's brine) and `В-2` (the
    cooling water's discharge channel) as column groups of the allowed concentration and the year's mean, suspended solids
    allowed at the background plus 0,25 as the fishery rules do, dry residue, chlorides and sulphates in thousands, a pH
    range (VI: a GPMT annex on the brine outfall `XT-01` of an RO plant, QCVN 40:2011/BTNMT column B before the Cmax with Kq =
    1,3 and Kf = 0,9, chlorides `Không áp dụng` for saline water, residual chlorine with no key)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_is1_vi(doc)
        return
    g = doc.v
    doc.h(g(f"{MAEK[0]}. Нормативы допустимых сбросов загрязняющих веществ в Каспийское море", f"{MAEK[1]}. Каспий теңізіне ластаушы заттардың жол берілетін төгінділерінің нормативтері", ""))
    doc.p(g("Допустимые концентрации (ДК) установлены для выпусков с учетом фонового качества морской воды; для взвешенных веществ ДК "
            "принята равной фоновой концентрации плюс 0,25 мг/дм³. Сбрасываемые воды не должны повышать температуру воды в море на границе "
            "зоны смешения более чем на 5 °С.",
            "Жол берілетін концентрациялар (ЖК) шығарындылар үшін теңіз суының фондық сапасы ескеріле отырып белгіленді; қалқыма заттар үшін "
            "ЖК фондық концентрацияға 0,25 мг/дм³ қосылған мәнге тең қабылданды. Төгілетін сулар араласу аймағының шекарасында теңіздегі су "
            "температурасын 5 °С-тан астам көтермеуге тиіс.", ""))
    fact = g("Факт (среднее за 2025 г.)", "Нақты (2025 ж. орташа)", "")
    rows = [g(["Показатель", "Ед. изм.", "Фоновая концентрация (Каспийское море, створ Ф-1)", "В-1 – выпуск рассола опреснительной установки", None,
               "В-2 – сбросной канал охлаждающей воды ТЭЦ-2", None],
              ["Көрсеткіш", "Өлш. бірл.", "Фондық концентрация (Каспий теңізі, Ф-1 тұстамасы)", "В-1 – тұщыландыру қондырғысының тұзды ерітінді шығарындысы",
               None, "В-2 – ЖЭО-2 салқындатқыш суының төгу арнасы", None], []),
            [None, None, None, g("ДК", "ЖК", ""), fact, g("ДК", "ЖК", ""), fact]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 0, 6)]
    for key, (lo, hi), d, dk1, dk2 in OUTFALL:
        bg = _round(r.uniform(lo, hi), d)
        line = [_water(doc, key), "–" if key == "pH" else g("мг/дм³", "мг/дм³", ""), num(bg, doc.lang)]
        for point, dk in (("В-1", dk1), ("В-2", dk2)):
            if dk is None:
                dk = round(bg + 0.25, 2)
            if key == "pH":
                v = round(r.uniform(7.6, 8.3), 1)
            elif key in ("TDS", "Cl-", "SO4"):
                v = _round(r.uniform(bg * 1.02, dk * 0.96) if dk > bg else bg, d)
            elif key == "TSS":
                v = round(bg + r.uniform(0.02, 0.2), 2)
            else:
                v = _round(r.uniform(lo, dk * 0.95), d + 1)
            line += [_norm_cell(doc, dk), num(v, doc.lang)]
            add(doc, _lim(key, "waste_water", dk, "mg/l", None, point, v))
        rows.append(line)
    doc.table(g("Таблица 2 – Допустимые концентрации на выпусках", "2-кесте – Шығарындылардағы жол берілетін концентрациялар", ""), rows, merges, role="limits")
    maybe_distractor(doc)


# (symbol or None, VI name, unit, C of column B, factors apply)
VN_BRINE = (("pH", "pH", "-", (5.5, 9), False), ("TSS", "Tổng chất rắn lơ lửng (TSS)", "mg/l", 100, True), ("COD", "COD", "mg/l", 150, True),
            ("BOD5", "BOD5 (20°C)", "mg/l", 50, True), ("Fe", "Sắt (Fe)", "mg/l", 5, True), ("TPH", "Tổng dầu mỡ khoáng", "mg/l", 10, True),
            (None, "Clo dư", "mg/l", 2, True), ("Cl-", "Clorua (Cl-)", "mg/l", None, True),
            ("Coliform", "Tổng Coliforms", "MPN/100ml", 5000, False))


def _limits_is1_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, place, island, _, dept = doc.pick(VN_RO)[:6]
    kq, kf = 1.3, 0.9
    doc.h(f"PHỤ LỤC 1. NỘI DUNG CẤP PHÉP XẢ NƯỚC THẢI VÀO NGUỒN NƯỚC – {plant.upper()}")
    doc.p(f"(Kèm theo Giấy phép môi trường số {r.randint(10, 200)}/GPMT-UBND cấp cho {company}; hồ sơ do {dept} thẩm định)")
    doc.p(f"Nguồn tiếp nhận: vùng biển ven bờ đảo {island}, không dùng cho mục đích bảo vệ thủy sinh, thể thao và giải trí dưới nước (Kq = "
          f"{num(kq, 'vi')}). Lưu lượng xả lớn nhất trên 5.000 m³/ngày đêm (Kf = {num(kf, 'vi')}). Cmax = C × Kq × Kf, trừ pH và Tổng Coliforms.")
    rows = [["TT", "Chất ô nhiễm", "Đơn vị tính", "Giá trị C (QCVN 40:2011/BTNMT, cột B)", "Giá trị giới hạn cho phép (Cmax)"]]
    merges = []
    _span(rows, merges, f"Dòng nước thải số 01: nước muối cô đặc và nước rửa lọc – vị trí xả thải XT-01, cửa xả ngầm cách bờ {r.randint(25, 45) * 10} m, "
          f"tại {place}", 5)
    for k, (key, name, unit, c, factors) in enumerate(VN_BRINE, 1):
        if c is None:
            rows.append([str(k), name, unit, "1.000", "Không áp dụng (*)"])
            continue
        cmax = _sig(c * kq * kf, 6) if factors else c
        rows.append([str(k), name, unit, _norm_cell(doc, c).replace("–", " – "), _norm_cell(doc, cmax).replace("–", " – ")])
        add(doc, _lim(key, "waste_water", cmax, unit, "B", "XT-01", None))
    doc.table("Bảng 1. Các chất ô nhiễm và giá trị giới hạn cho phép", rows, merges, role="limits")
    doc.p("(*) Theo QCVN 40:2011/BTNMT, thông số Clorua không áp dụng đối với nguồn tiếp nhận là nước mặn và nước lợ.")
    maybe_distractor(doc)


# (symbol or None, RU, KK, unit RU/KK, ПДК, (low, high), decimals)
SEA = ((None, "Температура воды", "Су температурасы", "°С", None, (14, 24), 1), (None, "Соленость", "Тұздылық", "‰", None, (12.4, 13.2), 2),
       ("DO", "Растворенный кислород", "Еріген оттегі", "мг/дм³", ("min", 6), (6.8, 9.5), 1), ("pH", "Водородный показатель (pH)",
       "Сутегі көрсеткіші (pH)", "–", (6.5, 8.5), (8.0, 8.4), 2), ("NH4+", "Аммоний-ион", "Аммоний-ион", "мг/дм³", 0.5, (0.04, 0.3), 2),
       ("NO2-", "Нитриты", "Нитриттер", "мг/дм³", 0.08, (0.004, 0.04), 3), ("TPH", "Нефтепродукты", "Мұнай өнімдері", "мг/дм³", 0.05, (0.01, 0.045), 3),
       ("Phenols", "Фенолы", "Фенолдар", "мг/дм³", 0.001, (0.0003, 0.0009), 4), ("Cu", "Медь", "Мыс", "мг/дм³", 0.005, (0.001, 0.004), 4),
       ("Zn", "Цинк", "Мырыш", "мг/дм³", 0.05, (0.005, 0.03), 3), ("Fe", "Железо общее", "Темір", "мг/дм³", 0.05, (0.01, 0.04), 3))  # fmt: skip
STATIONS = (("С-1", "устье сбросного канала", "төгу арнасының сағасы"), ("С-2", "500 м от берега", "жағадан 500 м"),
            ("С-3", "1 000 м от берега", "жағадан 1 000 м"), ("С-4", "фон, 5 км к северу", "фон, солтүстікке қарай 5 км"))


def limits_is2(doc: Doc) -> None:
    """Sea water at four stations off МАЭК's warm-water discharge channel in one survey: the parameters as rows with the
    fishery ПДК for sea water first, each station `С-1` … `С-4` (the last the background) a column group of the surface and
    the bottom horizon, dissolved oxygen `не менее 6,0`, a pH range, temperature and salinity with a dash for the norm
    that give no limit (VI: coastal sea water around an RO plant's brine outfall, two rounds — the dry and the rainy
    season — as column groups over the points `NB1` … `NB3`, QCVN 10:2023/BTNMT in the last column, `≥ 5` for oxygen)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_is2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    month = doc.pick((g("июне", "маусым", ""), g("августе", "тамыз", ""), g("сентябре", "қыркүйек", "")))
    doc.h(g(f"Отчет по производственному экологическому контролю {MAEK[0]} за 2025 год", f"{MAEK[1]} 2025 жылғы өндірістік экологиялық бақылау жөніндегі есебі", ""))
    doc.h(g("4.3. Мониторинг морской воды в районе сбросного канала", "4.3. Төгу арнасы ауданындағы теңіз суының мониторингі", ""))
    doc.p(g(f"Пробы отобраны с маломерного судна в {month} 2025 года на четырех станциях по створу сбросного канала с поверхностного и "
            "придонного горизонтов; станция С-4 – фоновая.",
            f"Сынамалар 2025 жылғы {month} айында шағын кемеден төгу арнасының тұстамасы бойынша төрт станцияда беткі және түп маңы "
            "горизонттарынан алынды; С-4 станциясы – фондық.", ""))
    surface, bottom = g("пов.", "беткі", ""), g("дно", "түп", "")
    rows = [g(["Показатель", "Ед. изм.", "ПДК р/х (морские воды)"], ["Көрсеткіш", "Өлш. бірл.", "ШЖК б/ш (теңіз сулары)"], [])
            + [x for pid, ru, kk in STATIONS for x in (f"{pid} ({(ru, kk)[L]})", None)],
            [None, None, None] + [surface, bottom] * len(STATIONS)]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2)] + [(0, 3 + 2 * k, 0, 4 + 2 * k) for k in range(len(STATIONS))]
    t0 = r.uniform(15, 21)
    for key, ru, kk, unit, pdk, (lo, hi), d in SEA:
        line = [(ru, kk)[L], unit, _norm_cell(doc, pdk)]
        for (pid, _, _), excess in zip(STATIONS, (4.5, 2.2, 1.0, 0.0), strict=True):
            for depth in (0, 1):
                if key is None and unit == "°С":  # the warm water spreads over the surface
                    v = round(t0 + excess * (1 - 0.6 * depth) - depth * r.uniform(0.4, 1.5), d)
                else:
                    v = round(r.uniform(lo, hi), d)
                line.append(num(v, doc.lang))
                if key:
                    add(doc, _lim(key, "water", pdk, "mg/l", None, pid, v))
        rows.append(line)
    doc.table(g("Таблица 4.3 – Результаты анализов морской воды", "4.3-кесте – Теңіз суын талдау нәтижелері", ""), rows, merges, role="limits")
    doc.p(g("Превышений ПДК для рыбохозяйственных водоемов не выявлено.", "Балық шаруашылығы су айдындары үшін ШЖК-дан асу анықталған жоқ.", ""))
    maybe_distractor(doc)


# (symbol or None, VI name, unit, QCVN 10:2023/BTNMT, (low, high), decimals)
VN_SEA = ((None, "Nhiệt độ", "°C", None, (26, 31), 1), (None, "Độ mặn", "‰", None, (31, 34.5), 1), ("pH", "pH", "-", (6.5, 8.5), (7.9, 8.3), 2),
          ("DO", "Oxy hòa tan (DO)", "mg/l", ("min", 5), (5.4, 6.8), 2), ("TSS", "Tổng chất rắn lơ lửng (TSS)", "mg/l", 50, (8, 32), 1),
          ("NH4+", "Amoni (NH4+ tính theo N)", "mg/l", 0.1, (0.01, 0.08), 3), ("TPH", "Tổng dầu mỡ khoáng", "mg/l", 0.5, (0.05, 0.3), 2),
          ("Fe", "Sắt (Fe)", "mg/l", 0.5, (0.03, 0.25), 3), ("Coliform", "Tổng Coliforms", "MPN/100ml", 1000, (40, 460), -1))


def _limits_is2_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, _, island = doc.pick(VN_RO)[:4]
    d1, d2 = r.randint(5, 25), r.randint(5, 25)
    doc.h(f"BÁO CÁO KẾT QUẢ QUAN TRẮC MÔI TRƯỜNG NĂM 2025 – {plant.upper()}")
    doc.h("4. Kết quả quan trắc nước biển ven bờ khu vực cửa xả nước muối cô đặc")
    doc.p(f"Chủ cơ sở: {company}. Vị trí: NB1 – cách cửa xả 50 m về phía hạ lưu dòng chảy; NB2 – cách cửa xả 200 m; NB3 – điểm đối chứng "
          f"cách cửa xả 1 km về phía thượng lưu, ven bờ đảo {island}.")
    points = ("NB1", "NB2", "NB3")
    rows = [["TT", "Thông số", "Đơn vị", f"Đợt 1 – mùa khô ({d1:02d}/3/2025)", None, None, f"Đợt 2 – mùa mưa ({d2:02d}/9/2025)", None, None,
             "QCVN 10:2023/BTNMT"],
            [None, None, None, *points, *points, None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 5), (0, 6, 0, 8), (0, 9, 1, 9)]
    for k, (key, name, unit, norm, (lo, hi), d) in enumerate(VN_SEA, 1):
        line = [str(k), name, unit]
        for _ in range(2):
            for pid in points:
                v = float(round(r.uniform(lo, hi), d)) if d >= 0 else float(round(r.uniform(lo, hi), -1))
                line.append(num(v, "vi"))
                if key:
                    add(doc, _lim(key, "water", norm, unit, None, pid, v))
        line.append(_norm_cell(doc, norm).replace("–", " – ") if norm else "-")
        rows.append(line)
    doc.table("Bảng 4.1. Kết quả phân tích chất lượng nước biển ven bờ", rows, merges, role="limits")
    doc.p("Nhận xét: các thông số quan trắc đều nằm trong giới hạn cho phép của QCVN 10:2023/BTNMT; độ mặn tại NB1 cao hơn điểm đối chứng "
          "không quá 1,5‰.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring

DESAL_POINTS = (("Т-1", "морская вода в водозаборном ковше", "су жинағыш шөмішіндегі теңіз суы"),
                ("Т-2", "рассол перед сбросом, колодец КК-1", "төгер алдындағы тұзды ерітінді, КК-1 құдығы"),
                ("Т-3", "граница зоны смешения, 250 м от оголовка выпуска", "араласу аймағының шекарасы, шығарынды басынан 250 м"),
                ("Т-4", "фоновый створ, 1 км к северу", "фондық тұстама, солтүстікке қарай 1 км"))
# (symbol or None, RU, KK, frequency at each point or None)
DESAL_PLAN = (("TDS", None, None, ("daily", "daily", "monthly", "quarterly")), ("Cl-", None, None, ("weekly", "daily", "monthly", "quarterly")),
              ("SO4", None, None, (None, "weekly", "monthly", "quarterly")), ("TSS", None, None, ("daily", "weekly", "monthly", "quarterly")),
              ("pH", None, None, ("daily", "daily", "monthly", "quarterly")), ("TPH", None, None, ("monthly", "monthly", "quarterly", "quarterly")),
              ("Fe", None, None, (None, "weekly", "quarterly", None)),
              (None, "Температура воды", "Су температурасы", ("daily", "daily", "monthly", "quarterly")),
              (None, "Хлор остаточный свободный", "Бос қалдық хлор", (None, "daily", "monthly", None)))  # fmt: skip
VN_RO_POINTS = (("NB-01", "nước biển cấp tại bể thu"), ("NT-01", "nước muối cô đặc trước cửa xả XT-01"), ("NB-02", "nước biển cách cửa xả 100 m"),
                ("NB-03", "nước biển đối chứng, cách cửa xả 1 km"))
VN_RO_PLAN = (("pH", None, ("daily", "daily", "monthly", "quarterly")), ("TSS", None, ("daily", "weekly", "monthly", "quarterly")),
              ("TDS", None, ("daily", "daily", "monthly", "quarterly")), ("Cl-", None, (None, "weekly", "monthly", "quarterly")),
              ("TPH", None, (None, "monthly", "quarterly", "quarterly")), ("Fe", None, (None, "weekly", "quarterly", None)),
              ("Coliform", None, (None, None, "quarterly", "quarterly")), (None, "Độ mặn", ("daily", "daily", "monthly", "quarterly")),
              (None, "Clo dư", (None, "daily", "monthly", None)))


def monitoring_is1(doc: Doc) -> None:
    """The desalination plant's schedule of laboratory control as a matrix: the parameters as rows, the four points — the sea
    water in the intake, the brine in the well before the outfall, the edge of the mixing zone, the background section — as
    columns under a merged header, each cell holding the frequency in words or `—`, temperature and residual chlorine as
    rows with no key (VI: an RO plant's programme, the points `NB-01`, `NT-01`, `NB-02`, `NB-03` as columns, salinity and
    residual chlorine with no key)."""
    vi = doc.lang == "vi"
    g = doc.v
    if vi:
        plant, company = doc.pick(VN_RO)[:2]
        doc.h(f"CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG NĂM 2026 – {plant.upper()}")
        doc.p(f"Chủ cơ sở: {company}. Phòng thí nghiệm của nhà máy thực hiện các chỉ tiêu hằng ngày, hằng tuần; các đợt tháng và quý do đơn vị "
              "có chứng nhận VIMCERTS thực hiện.")
        points = [f"{pid} ({place})" for pid, place in VN_RO_POINTS]
        plan = [(key, name or _water(doc, key), words) for key, name, words in VN_RO_PLAN]
        none = "Không thực hiện"
        head = "Thông số"
    else:
        L = _L(doc)
        doc.h(g(f"Программа производственного экологического контроля. {DESAL_PLANT[0]}", f"{DESAL_PLANT[1]}. Өндірістік экологиялық бақылау бағдарламасы", ""))
        doc.h(g("6.2. План-график лабораторного контроля морской воды и рассола", "6.2. Теңіз суы мен тұзды ерітіндіні зертханалық бақылаудың кесте-жоспары", ""))
        doc.p(g(f"Оператор: {DESAL[0]}. Ежедневные и еженедельные анализы выполняет лаборатория завода; ежемесячные и ежеквартальные – "
                "аккредитованная лаборатория по договору.",
                f"Оператор: {DESAL[1]}. Күнделікті және апта сайынғы талдауларды зауыт зертханасы орындайды; ай сайынғы және тоқсан сайынғы "
                "талдауларды шарт бойынша аккредиттелген зертхана орындайды.", ""))
        points = [f"{pid} – {(ru, kk)[L]}" for pid, ru, kk in DESAL_POINTS]
        plan = [(key, (ru, kk)[L] if ru else _water(doc, key), words) for key, ru, kk, words in DESAL_PLAN]
        none = "—"
        head = g("Определяемый показатель", "Анықталатын көрсеткіш", "")
    ids = [p.split(" ")[0] for p in points]
    rows = [[head, g("Точки отбора проб и периодичность", "Сынама алу нүктелері және кезеңділігі", "Vị trí và tần suất quan trắc"), None, None, None],
            [None, *points]]
    merges = [(0, 0, 1, 0), (0, 1, 0, 4)]
    for key, name, words in plan:
        rows.append([name, *(_fw(doc, w) if w else none for w in words)])
        if key:
            for pid, w in zip(ids, words, strict=True):
                if w:
                    doc.add("monitoring", {"point": pid, "symbol": key, "frequency": w})
    doc.table(g("Таблица 6.2 – Показатели и периодичность контроля", "6.2-кесте – Бақылау көрсеткіштері және кезеңділігі", "Bảng 5. Thông số và tần suất quan trắc"),
              rows, merges, role="monitoring")
    maybe_distractor(doc)


# (number, RU, KK, gas: (codes, word) or None, fuel oil: (codes, word) or None, automated codes, both: (codes, word) or None)
FUEL_PLAN = (
    ("0001", "Дымовая труба № 1 (котлы ст. № 1–3)", "№ 1 түтін мұржасы (№ 1–3 қазандықтар)", (("0301", "0304", "0337"), "quarterly"),
     (("0301", "0304", "0337", "0330", "2904"), "monthly"), ("0301", "0337"), None),
    ("0002", "Дымовая труба № 2 (котлы ст. № 4–6)", "№ 2 түтін мұржасы (№ 4–6 қазандықтар)", (("0301", "0304", "0337"), "quarterly"),
     (("0301", "0304", "0337", "0330", "2904"), "monthly"), ("0301", "0337"), None),
    ("0003", "Дымовая труба ГТУ ТЭС", "ЖЭС ГТҚ түтін мұржасы", (("0301", "0304", "0337"), "quarterly"), None, (), None),
    ("0004", "Вентиляция хлораторной морского водозабора", "Теңіз су жинағышының хлораторлық бөлмесіндегі желдеткіш", None, None, (), (("0349",), "semiannual")),
    ("6001", "Мазутное хозяйство", "Мазут шаруашылығы", None, (("0333", "2754"), "yearly"), (), None),
)  # fmt: skip


def monitoring_is2(doc: Doc) -> None:
    """МАЭК's plan of control at its sources in which the frequency depends on the fuel burnt: two columns under a merged
    header — `при работе на природном газе` and `при работе на мазуте` — each listing the codes controlled with their
    frequency (`0301, 0304, 0337 – ежеквартально`), so that a boiler stack carries the same substance quarterly and monthly,
    a third column for the automated system (`0301, 0337 – непрерывно`), the gas turbine `не работает на мазуте`, the
    intake's chlorination merged across both fuel columns (VI: an island diesel plant's frequencies in the tourist high
    season and in the low season as two columns, the oily water's outlet merged across both, the ambient point not measured
    in the low season)."""
    if doc.lang == "vi":
        _monitoring_is2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    doc.h(g(f"Программа производственного экологического контроля {MAEK[0]} на 2026–2028 годы", f"{MAEK[1]} 2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.h(g("5.1. Мониторинг эмиссий на источниках выбросов", "5.1. Шығарынды көздеріндегі эмиссиялар мониторингі", ""))
    doc.p(g("Периодичность инструментального контроля на дымовых трубах котлов зависит от сжигаемого топлива; при переходе на мазут "
            "контроль выполняется ежемесячно до возврата на природный газ.",
            "Қазандықтардың түтін мұржаларындағы аспаптық бақылаудың кезеңділігі жағылатын отынға байланысты; мазутқа көшкен кезде бақылау "
            "табиғи газға қайта оралғанға дейін ай сайын жүргізіледі.", ""))
    rows = [g(["№ ИЗА", "Источник выброса", "Периодичность инструментального контроля (код вещества – периодичность)", None,
               "Автоматизированная система мониторинга (АСМ)", "Исполнитель"],
              ["ЛШК №", "Шығарынды көзі", "Аспаптық бақылау кезеңділігі (зат коды – кезеңділігі)", None, "Автоматтандырылған мониторинг жүйесі (АМЖ)",
               "Орындаушы"], []),
            [None, None, g("при работе на природном газе", "табиғи газбен жұмыс істегенде", ""), g("при работе на мазуте", "мазутпен жұмыс істегенде", ""),
             None, None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 1, 4), (0, 5, 1, 5)]
    lab = g("аккредитованная лаборатория по договору", "шарт бойынша аккредиттелген зертхана", "")
    pairs = []

    def cell(group) -> str:
        codes, word = group
        return f"{', '.join(codes)} – {_fw(doc, word)}"

    def expect(number: str, codes, word: str) -> None:
        for c in codes:
            doc.add("monitoring", {"source_number": number, "code": c, "frequency": word})
            pairs.append((number, c))

    for number, ru, kk, gas, oil, asm, both in FUEL_PLAN:
        name = (ru, kk)[L]
        auto = f"{', '.join(asm)}, O2 – {g('непрерывно', 'үздіксіз', '')}" if asm else "—"
        if both:
            rows.append([number, name, cell(both) + g(" (в период хлорирования)", " (хлорлау кезеңінде)", ""), None, auto, lab])
            merges.append((len(rows) - 1, 2, len(rows) - 1, 3))
            expect(number, *both)
            continue
        no_oil = g("не работает на мазуте", "мазутпен жұмыс істемейді", "") if number == "0003" else "—"
        rows.append([number, name, cell(gas) if gas else "—", cell(oil) + (g(" (при приеме мазута)", " (мазут қабылдағанда)", "") if number == "6001" else "")
                     if oil else no_oil, auto, lab])
        for group in (gas, oil):
            if group:
                expect(number, *group)
        if asm:
            expect(number, asm, "continuous")
    doc.table(g("Таблица 5.1 – План-график контроля на источниках", "5.1-кесте – Көздердегі бақылау кесте-жоспары", ""), rows, merges, role="monitoring")
    doc.add("sources", *({"number": x[0], "type": _kind(x[0])} for x in FUEL_PLAN))
    doc.add("emissions", *(emission(c, None, None, n) for n, c in dict.fromkeys(pairs)))
    maybe_distractor(doc)


VN_GAS = (("2902", "Bụi tổng"), ("0330", "SO2"), ("0301", "NOx"), ("0337", "CO"))


def _monitoring_is2_vi(doc: Doc) -> None:
    plant, company, _, island, _, _, _, units = doc.pick(VN_POWER)[:8]
    half = (units + 1) // 2
    doc.h(f"CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG – {plant.upper()}")
    doc.p(f"Chủ cơ sở: {company}. Phụ tải của nhà máy thay đổi theo mùa du lịch trên đảo {island}; tần suất quan trắc khí thải được quy định "
          "riêng cho mùa cao điểm và mùa thấp điểm.")
    rows = [["Ký hiệu", "Vị trí quan trắc", "Thông số", "Tần suất quan trắc", None],
            [None, None, None, "Mùa cao điểm du lịch (tháng 12 – tháng 8)", "Mùa thấp điểm (tháng 9 – tháng 11)"]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4)]
    plan = (("KT-01", f"Ống khói cụm tổ máy G1 – G{half}", [("code", c) for c, _ in VN_GAS], ("monthly", "quarterly")),
            ("KT-02", f"Ống khói cụm tổ máy G{half + 1} – G{units}", [("code", c) for c, _ in VN_GAS], ("monthly", "quarterly")),
            ("NT-01", "Nước thải sau bể tách dầu, trước khi thải ra mương thoát nước", [("symbol", s) for s in ("pH", "TSS", "TPH")], ("quarterly",)),
            ("KK-01", "Không khí khu dân cư cách hàng rào nhà máy 200 m", [("code", c) for c, _ in VN_GAS], ("quarterly", None)))
    names = dict(VN_GAS)
    for pid, place, keys, words in plan:
        said = ", ".join(names[k] if kind == "code" else _water(doc, k) for kind, k in keys)
        if len(words) == 1:
            rows.append([pid, place, said, freq(doc, words[0]) + " (cả năm)", None])
            merges.append((len(rows) - 1, 3, len(rows) - 1, 4))
        else:
            rows.append([pid, place, said, *(freq(doc, w) if w else "Không thực hiện" for w in words)])
        for w in words:
            if w:
                doc.add("monitoring", *({"point": pid, kind: k, "frequency": w} for kind, k in keys))
    doc.table("Bảng 6. Vị trí, thông số và tần suất quan trắc", rows, merges, role="monitoring")
    doc.p("Quy chuẩn so sánh: QCVN 19:2009/BTNMT cột B (khí thải); QCVN 40:2011/BTNMT cột B (nước thải); QCVN 05:2023/BTNMT (không khí).")
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

PERIOD_WORDS = (None, "daily", "weekly", "monthly", "yearly")
# (RU object, KK object, VI object, RU what, KK what, VI what, RU who, KK who, VI who, period index or None, RU, KK, VI special)
ROUNDS = (
    ("Водозаборный ковш и сороудерживающие решетки", "Су жинағыш шөміші және қоқыс ұстағыш торлар", "Cửa thu nước biển và song chắn rác",
     "засорение решеток, нефтяная пленка на воде", "торлардың бітелуі, судағы мұнай қабыршағы", "Mức độ tắc song chắn, váng dầu trên mặt nước",
     "сменный инженер водозабора", "су жинағыштың ауысым инженері", "Trưởng ca vận hành", 0, "", "", ""),
    ("Электролизная установка гипохлорита натрия", "Натрий гипохлориті электролиз қондырғысы", "Hệ thống điện phân natri hypoclorit",
     "утечки раствора, работа вытяжной вентиляции", "ерітіндінің ағуы, сору желдеткішінің жұмысы", "Rò rỉ dung dịch, quạt hút khí",
     "оператор электролизной установки", "электролиз қондырғысының операторы", "Công nhân vận hành điện phân", 0, "", "", ""),
    ("Колодец КК-1 на выпуске рассола", "Тұзды ерітінді шығарындысындағы КК-1 құдығы", "Hố ga lấy mẫu nước muối cô đặc trước cửa xả",
     "показания расходомера, работа автоматического пробоотборника", "шығын өлшегіштің көрсеткіштері, автоматты сынама алғыштың жұмысы",
     "Chỉ số đồng hồ lưu lượng, thiết bị lấy mẫu tự động", "инженер-эколог", "инженер-эколог", "Cán bộ môi trường", 1, "", "", ""),
    ("Склад кислот и реагентов", "Қышқылдар мен реагенттер қоймасы", "Kho axit và hóa chất",
     "целостность тары, поддоны, запас нейтрализующих материалов", "ыдыстың бүтіндігі, табандықтар, бейтараптандыратын материалдар қоры",
     "Bao bì, khay chống tràn, vật liệu trung hòa", "начальник склада", "қойма бастығы", "Thủ kho hóa chất", 2, "", "", ""),
    ("Площадка накопления отходов", "Қалдықтарды жинақтау алаңы", "Kho lưu giữ chất thải",
     "маркировка контейнеров, сроки накопления, журнал учета", "контейнерлердің таңбалануы, жинақтау мерзімдері, есепке алу журналы",
     "Nhãn thùng chứa, thời gian lưu giữ, sổ theo dõi", "инженер-эколог", "инженер-эколог", "Cán bộ môi trường", 2, "", "", ""),
    ("Нейтрализатор отработанных растворов CIP", "Пайдаланылған CIP ерітінділерінің бейтараптандырғышы", "Bể trung hòa dung dịch rửa màng CIP",
     "pH раствора перед сбросом, исправность мешалок", "төгер алдындағы ерітіндінің pH-ы, араластырғыштардың жарамдылығы",
     "pH trước khi xả, tình trạng máy khuấy", "начальник смены", "ауысым бастығы", "Trưởng ca vận hành", 3, "", "", ""),
    ("Береговая защитная полоса и ограждение территории", "Жағалаудағы қорғау белдеуі және аумақ қоршауы", "Hành lang bảo vệ bờ biển và hàng rào nhà máy",
     "отсутствие свалок, состояние знаков", "үйінділердің болмауы, белгілердің жай-күйі", "Rác thải trên bờ, biển báo",
     "инженер по охране труда и экологии", "еңбекті қорғау және экология жөніндегі инженер", "Phòng An toàn – Môi trường", 3, "", "", ""),
    ("Оголовок выпуска и рассеиватель (водолазное обследование)", "Шығарынды басы және шашыратқыш (сүңгуірлік тексеру)",
     "Cửa xả ngầm và ống khuếch tán (kiểm tra bằng thợ lặn)", "заиление, повреждения, обрастание", "лайлану, зақымдану, өсінділер",
     "Bồi lắng, hư hỏng, hàu bám", "подрядная водолазная организация", "мердігер сүңгуір ұйымы", "Đơn vị lặn thuê ngoài", 4, "", "", ""),
    ("Водозаборные и сбросные сооружения", "Су жинау және төгу құрылыстары", "Công trình thu nước và cửa xả",
     "повреждения, выброс водорослей и ракушки на берег", "зақымданулар, балдырлар мен ұлулардың жағаға шығарылуы", "Hư hỏng, rong rêu và vỏ hàu dạt vào bờ",
     "главный инженер", "бас инженер", "Phó Giám đốc kỹ thuật", None, "после шторма силой более 5 баллов", "5 баллдан жоғары дауылдан кейін",
     "Sau mỗi đợt bão, áp thấp nhiệt đới"),
)  # fmt: skip


def inspections_is1(doc: Doc) -> None:
    """The desalination plant's round card of its environmental objects: object, what is looked at and who looks, then the
    periods — every shift, day, week, month, year — as columns under a merged `Периодичность` with a `+` in the one that
    applies, a check every shift that is no frequency of the contract and a check after storms written across the period
    columns (VI: an RO plant's check card, `Mỗi ca | Hằng ngày | Hằng tuần | Hằng tháng | Hằng năm` with `x`)."""
    vi = doc.lang == "vi"
    i = vocab.LANGS.index(doc.lang)
    g = doc.v
    mark = "x" if vi else "+"
    if vi:
        plant, company = doc.pick(VN_RO)[:2]
        doc.h(f"PHIẾU KIỂM TRA ĐỊNH KỲ CÁC CÔNG TRÌNH BẢO VỆ MÔI TRƯỜNG – {plant.upper()}")
        doc.p(f"Ban hành kèm theo Quyết định của Giám đốc {company}. Người kiểm tra ghi kết quả vào sổ nhật ký vận hành.")
    else:
        doc.h(g(f"Карта обходов природоохранных объектов. {DESAL_PLANT[0]}", f"{DESAL_PLANT[1]}. Табиғат қорғау объектілерін аралау картасы", ""))
        doc.p(g("Утверждена главным инженером. Результаты обходов заносятся в журнал обходов; о выявленных нарушениях немедленно сообщается "
                "начальнику смены.",
                "Бас инженер бекіткен. Аралау нәтижелері аралау журналына енгізіледі; анықталған бұзушылықтар туралы ауысым бастығына дереу "
                "хабарланады.", ""))
    periods = g(["каждую смену", "ежедневно", "еженедельно", "ежемесячно", "ежегодно"], ["әр ауысым", "күн сайын", "апта сайын", "ай сайын", "жыл сайын"],
                ["Mỗi ca", "Hằng ngày", "Hằng tuần", "Hằng tháng", "Hằng năm"])
    rows = [g(["№", "Объект", "Что проверяется", "Кто проверяет", "Периодичность", None, None, None, None],
              ["№", "Объект", "Не тексеріледі", "Кім тексереді", "Кезеңділігі", None, None, None, None],
              ["TT", "Công trình, khu vực", "Nội dung kiểm tra", "Người kiểm tra", "Tần suất", None, None, None, None]),
            [None, None, None, None, *periods]]
    merges = [(0, c, 1, c) for c in range(4)] + [(0, 4, 0, 8)]
    for k, row in enumerate(ROUNDS, 1):
        obj, what, who, idx, special = row[i], row[3 + i], row[6 + i], row[9], row[10 + i]
        if idx is None:
            rows.append([str(k), obj, what, who, special, None, None, None, None])
            merges.append((len(rows) - 1, 4, len(rows) - 1, 8))
        else:
            rows.append([str(k), obj, what, who, *(mark if j == idx else "" for j in range(5))])
        item = {"kind": "inspection", "text_contains": _words(obj, 3), "actor_contains": who}
        if idx is not None and PERIOD_WORDS[idx]:
            item["frequency"] = PERIOD_WORDS[idx]
        doc.add("obligations", item)
    doc.table(g("Таблица 1 – Периодичность обходов", "1-кесте – Аралау кезеңділігі", "Bảng 1. Nội dung và tần suất kiểm tra"), rows, merges, role="inspections")
    if not vi:
        distractor(doc, "approval")


# key: (RU, KK, VI, frequency)
ABBR = {"1/shift": ("1 р/смену", "ауысымына 1 р", "1 lần/ca", None), "2/day": ("2 р/сут", "тәулігіне 2 р", "2 lần/ngày", None),
        "1/day": ("1 р/сут", "тәулігіне 1 р", "1 lần/ngày", "daily"), "1/week": ("1 р/нед", "аптасына 1 р", "1 lần/tuần", "weekly"),
        "2/week": ("2 р/нед", "аптасына 2 р", "2 lần/tuần", None), "1/month": ("1 р/мес", "айына 1 р", "1 lần/tháng", "monthly"),
        "1/quarter": ("1 р/кв", "тоқсанына 1 р", "1 lần/quý", "quarterly"), "1/6m": ("1 р/6 мес", "6 айда 1 р", "1 lần/6 tháng", "semiannual"),
        "1/year": ("1 р/год", "жылына 1 р", "1 lần/năm", "yearly")}
# ((RU shop, KK shop), [(RU object, KK object, RU what, KK what, abbreviation, RU executor, KK executor, journal)])
MAEK_ROUNDS = (
    (("Котлотурбинный цех (КТЦ)", "Қазандық-турбина цехы (ҚТЦ)"), [
        ("Мазутные резервуары № 1–4 и обвалование", "№ 1–4 мазут резервуарлары және үйінді қоршау", "целостность обвалования, отсутствие разливов",
         "үйінді қоршаудың бүтіндігі, төгілулердің болмауы", "1/day", "старший машинист мазутонасосной", "мазут сорғы станциясының аға машинисі", "ОЖ-3"),
        ("Нефтеловушка мазутного хозяйства", "Мазут шаруашылығының мұнай ұстағышы", "уровень нефтепродуктов, откачка уловленного мазута",
         "мұнай өнімдерінің деңгейі, ұсталған мазутты сорып шығару", "2/day", "машинист мазутонасосной", "мазут сорғы станциясының машинисі", "ОЖ-3")]),
    (("Химический цех (ХЦ)", "Химия цехы (ХЦ)"), [
        ("Хлораторная морского водозабора", "Теңіз су жинағышының хлораторлық бөлмесі", "утечки хлора по газоанализатору, работа вентиляции",
         "газ талдағыш бойынша хлордың ағуы, желдеткіштің жұмысы", "1/shift", "аппаратчик хлораторной", "хлораторлық бөлменің аппаратшысы", "ЖХ-12"),
        ("Склад реагентов химводоочистки", "Химиялық су тазарту реагенттерінің қоймасы", "целостность тары, поддоны, отсутствие россыпей",
         "ыдыстың бүтіндігі, табандықтар, шашылулардың болмауы", "1/week", "мастер химического цеха", "химия цехының шебері", "ЖХ-4"),
        ("Площадка временного хранения шламов ХВО", "ХСТ шламдарын уақытша сақтау алаңы", "заполнение емкостей, сроки хранения",
         "сыйымдылықтардың толуы, сақтау мерзімдері", "1/month", "инженер-химик", "инженер-химик", "ЖХ-4")]),
    (("Гидротехнический цех (ГТЦ)", "Гидротехникалық цех (ГТЦ)"), [
        ("Рыбозащитное устройство водозабора", "Су жинағыштың балық қорғау құрылғысы", "целостность сеток, работа промывки",
         "торкөздердің бүтіндігі, жуу жүйесінің жұмысы", "2/week", "мастер ГТЦ", "ГТЦ шебері", "ГТ-7"),
        ("Сбросной канал и выпуск В-2", "Төгу арнасы және В-2 шығарындысы", "пленка, пена и цвет воды (визуально)", "судың қабыршағы, көбігі және түсі (көзбен)",
         "1/day", "обходчик ГТЦ", "ГТЦ аралаушысы", "ГТ-7"),
        ("Оголовки водозабора и выпусков (водолазное обследование)", "Су жинағыш және шығарындылар бастары (сүңгуірлік тексеру)",
         "заиление, обрастание моллюсками, повреждения", "лайлану, моллюскалардың өсуі, зақымданулар", "1/year", "подрядная водолазная организация",
         "мердігер сүңгуір ұйымы", "ГТ-9")]),
    (("Электрический цех (ЭЦ)", "Электр цехы (ЭЦ)"), [
        ("Маслоприемники силовых трансформаторов", "Күштік трансформаторлардың май қабылдағыштары", "отсутствие масла и воды, состояние гравийной засыпки",
         "май мен судың болмауы, қиыршық тас толтырмасының жай-күйі", "1/quarter", "мастер ЭЦ", "ЭЦ шебері", "ЭЖ-2"),
        ("Место хранения отработанных ламп и аккумуляторов", "Пайдаланылған шамдар мен аккумуляторларды сақтау орны",
         "герметичность тары, учет переданных ламп", "ыдыстың саңылаусыздығы, берілген шамдардың есебі", "1/6m", "инженер по охране труда",
         "еңбекті қорғау жөніндегі инженер", "ЭЖ-2")]),
)  # fmt: skip
# ((section), [(object, what, abbreviation, executor)])
VN_ROUNDS = (
    ("I. KHU VỰC TỔ MÁY PHÁT ĐIỆN", [("Gian máy và ống khói các tổ máy", "Khói đen, rò rỉ dầu, tiếng ồn bất thường", "1/shift", "Trưởng ca vận hành"),
                                    ("Hệ thống nước làm mát tổ máy", "Rò rỉ nước làm mát, mức nước bể", "2/day", "Công nhân vận hành")]),
    ("II. KHO NHIÊN LIỆU VÀ DẦU NHỚT", [("Bồn chứa dầu DO và đê bao", "Rò rỉ, nứt đê bao, van xả đáy", "1/day", "Thủ kho nhiên liệu"),
                                       ("Khu nhập dầu từ tàu, xe bồn", "Tràn dầu, vật liệu thấm hút dự phòng", "2/week", "Tổ trưởng tổ nhiên liệu")]),
    ("III. XỬ LÝ NƯỚC THẢI NHIỄM DẦU", [("Bể tách dầu", "Lớp dầu nổi, bùn cặn, hút dầu thu hồi", "1/week", "Tổ bảo dưỡng"),
                                       ("Mương thoát nước mưa quanh nhà máy", "Váng dầu, rác, tắc nghẽn", "1/month", "Phòng Kỹ thuật – An toàn")]),
    ("IV. KHU LƯU GIỮ CHẤT THẢI NGUY HẠI", [("Kho chất thải nguy hại", "Nhãn, thời gian lưu giữ, sổ giao nhận", "1/month", "Cán bộ môi trường"),
                                           ("Hồ sơ chứng từ chất thải nguy hại", "Chứng từ, báo cáo định kỳ", "1/6m", "Phó Giám đốc")]),
    ("V. ĐÊ KÈ VÀ KHU VỰC VEN BIỂN", [("Kè chắn sóng và cửa thoát nước ra biển", "Sạt lở, váng dầu ven bờ", "1/quarter", "Phòng Kỹ thuật – An toàn"),
                                     ("Toàn bộ khu vực nhà máy", "Công tác bảo vệ môi trường chung", "1/year", "Hội đồng kiểm tra của Công ty")]),
)


def inspections_is2(doc: Doc) -> None:
    """МАЭК's instruction on environmental rounds under rows spanning the table for its shops, the object, what is checked,
    the frequency written as the operators abbreviate it — `1 р/смену`, `2 р/сут`, `1 р/сут`, `1 р/нед`, `2 р/нед`, `1 р/мес`,
    `1 р/кв`, `1 р/6 мес`, `1 р/год` (twice a day, twice a week and every shift being no frequency of the contract) — the
    executor and a column of the journal's form codes (`ОЖ-3`, `ЖХ-12`) (VI: an island diesel plant's regulation under
    Roman section rows, `1 lần/ca`, `2 lần/ngày`, `2 lần/tuần`, `1 lần/6 tháng`)."""
    vi = doc.lang == "vi"
    g = doc.v
    if vi:
        plant, company = doc.pick(VN_POWER)[:2]
        doc.h(f"QUY ĐỊNH KIỂM TRA, GIÁM SÁT CÔNG TÁC BẢO VỆ MÔI TRƯỜNG – {plant.upper()}")
        doc.p(f"Ban hành kèm theo Quyết định số {doc.rng.randint(5, 90)}/QĐ-ĐL ngày {doc.rng.randint(2, 28):02d}/01/2026 của Giám đốc {company}.")
        rows = [["TT", "Đối tượng kiểm tra", "Nội dung kiểm tra", "Tần suất", "Người thực hiện"]]
        merges = []
        n = 0
        for section, items in VN_ROUNDS:
            _span(rows, merges, section, 5)
            for obj, what, key, who in items:
                n += 1
                rows.append([str(n), obj, what, ABBR[key][2], who])
                item = {"kind": "inspection", "text_contains": _words(obj, 4), "actor_contains": who}
                if ABBR[key][3]:
                    item["frequency"] = ABBR[key][3]
                doc.add("obligations", item)
        doc.table("Phụ lục. Nội dung, tần suất kiểm tra", rows, merges, role="inspections")
        maybe_distractor(doc)
        return
    L = _L(doc)
    doc.h(g(f"{MAEK[0]}. Инструкция о порядке проведения экологических обходов производственных объектов",
            f"{MAEK[1]}. Өндірістік объектілерді экологиялық аралау тәртібі туралы нұсқаулық", ""))
    doc.p(g("Приложение 1. Перечень объектов обхода. Сокращения: р/смену – раз в смену, р/сут – раз в сутки, р/нед – раз в неделю, "
            "р/мес – раз в месяц, р/кв – раз в квартал.",
            "1-қосымша. Аралау объектілерінің тізбесі. Қысқартулар: р – рет.", ""))
    rows = [g(["№ п/п", "Объект осмотра", "Контролируемые параметры", "Периодичность", "Исполнитель", "Форма журнала"],
              ["Р/с №", "Тексеру объектісі", "Бақыланатын параметрлер", "Кезеңділігі", "Орындаушы", "Журнал нысаны"], [])]
    merges = []
    n = 0
    for shop, items in MAEK_ROUNDS:
        _span(rows, merges, shop[L], 6)
        for o_ru, o_kk, w_ru, w_kk, key, e_ru, e_kk, journal in items:
            n += 1
            obj, who = (o_ru, o_kk)[L], (e_ru, e_kk)[L]
            rows.append([str(n), obj, (w_ru, w_kk)[L], ABBR[key][L], who, journal])
            item = {"kind": "inspection", "text_contains": _words(obj, 3), "actor_contains": who}
            if ABBR[key][3]:
                item["frequency"] = ABBR[key][3]
            doc.add("obligations", item)
    doc.table(None, rows, merges, role="inspections")
    maybe_distractor(doc)


# ---------------------------------------------------------------- tasks

BODIES = {"UE": ("УЭиЖКХ", "ЭТҮКШБ"), "UPR": ("УПРиРП", "ТРТПРБ"), "DE": ("ДЭ", "ЭД"), "BI": ("ЖКБИ", "ЖКБИ"),
          "AK": ("акимат Каракиянского района", "Қарақия ауданының әкімдігі"), "AT": ("акимат Тупкараганского района", "Түпқараған ауданының әкімдігі"),
          "AA": ("акимат г. Актау", "Ақтау қаласының әкімдігі"), "MAEK": MAEK, "KTS": DESAL, "KUR": ("ТОО «Құрық Тұщы Су»", "«Құрық Тұщы Су» ЖШС")}
# ((RU section, KK section), [(RU, KK, RU form, KK form, RU term, KK term, executors, lead)])
ROADMAP = (
    (("Строительство и расширение опреснительных мощностей", "Тұщыландыру қуаттарын салу және кеңейту"), [
        ("Завершить строительство завода обратного осмоса в с. Курык производительностью 25 тыс. м³/сут",
         "Құрық ауылында өнімділігі тәулігіне 25 мың м³ кері осмос зауытының құрылысын аяқтау", "акт ввода в эксплуатацию", "пайдалануға беру актісі",
         "IV квартал 2028 г.", "2028 жылғы IV тоқсан", ("AK", "UE", "KUR"), "UE"),
        ("Расширить опреснительную установку ТЭЦ-2 на 20 тыс. м³/сут", "ЖЭО-2 тұщыландыру қондырғысын тәулігіне 20 мың м³-ге кеңейту",
         "информация в акимат области", "облыс әкімдігіне ақпарат", "декабрь 2027 г.", "2027 жылғы желтоқсан", ("MAEK", "UE"), "UE"),
        ("Установить блочно-модульную опреснительную установку для г. Форт-Шевченко", "Форт-Шевченко қаласы үшін блокты-модульдік тұщыландыру қондырғысын орнату",
         "акт ввода в эксплуатацию", "пайдалануға беру актісі", "сентябрь 2026 г.", "2026 жылғы қыркүйек", ("AT", "UE"), "AT")]),
    (("Водоотведение и сброс рассола", "Су бұру және тұзды ерітіндіні төгу"), [
        ("Разработать и согласовать нормативы допустимых сбросов для выпусков рассола опреснительных заводов",
         "Тұщыландыру зауыттарының тұзды ерітінді шығарындылары үшін жол берілетін төгінділер нормативтерін әзірлеу және келісу",
         "экологическое разрешение", "экологиялық рұқсат", "2026–2027 гг.", "2026–2027 жж.", ("KTS", "KUR", "UPR"), "UPR"),
        ("Выполнить моделирование зоны смешения рассола у побережья Актау и Курыка", "Ақтау мен Құрық жағалауындағы тұзды ерітіндінің араласу аймағын модельдеу",
         "отчет", "есеп", "июнь 2026 г.", "2026 жылғы маусым", ("UPR", "DE", "MAEK"), "UPR")]),
    (("Мониторинг и контроль", "Мониторинг және бақылау"), [
        ("Обеспечить включение станций в районах выпусков рассола в программы мониторинга операторов",
         "Тұзды ерітінді шығарындылары аудандарындағы станцияларды операторлардың мониторинг бағдарламаларына енгізуді қамтамасыз ету",
         "информация в акимат области", "облыс әкімдігіне ақпарат", "до 1 апреля 2026 г.", "2026 жылғы 1 сәуірге дейін", ("KTS", "MAEK", "DE"), "DE"),
        ("Провести проверку соблюдения условий специального водопользования на водозаборах морской воды",
         "Теңіз суын жинау орындарында арнайы су пайдалану шарттарының сақталуын тексеру", "акт проверки", "тексеру актісі", "III квартал 2026 г.",
         "2026 жылғы III тоқсан", ("BI", "DE"), "BI")]),
)  # fmt: skip


def tasks_is1(doc: Doc) -> None:
    """The akimat's roadmap of water supply of Mangystau oblast from desalinated sea water, measures `1.1` under section rows,
    the form of completion, the term and one cell of executors in which state bodies stand abbreviated (`УЭиЖКХ`, `УПРиРП`,
    `ДЭ`, `ЖКБИ`) beside district akimats and operators, the lead marked `(свод)` (KK `(жинақтау)`) and not always first, the
    abbreviations explained only after the table (VI: a province's plan for its island's water and power, one executors'
    cell with `(chủ trì)` after the lead, not always first)."""
    if doc.lang == "vi":
        _tasks_is1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    doc.p(g("Утверждена постановлением акимата Мангистауской области", "Маңғыстау облысы әкімдігінің қаулысымен бекітілген", ""))
    doc.h(g("Дорожная карта по обеспечению населенных пунктов Мангистауской области питьевой водой за счет опреснения морской воды на 2026–2028 годы",
            "Маңғыстау облысының елді мекендерін теңіз суын тұщыландыру есебінен ауыз сумен қамтамасыз ету жөніндегі 2026–2028 жылдарға арналған жол картасы", ""))
    rows = [g(["№", "Мероприятие", "Форма завершения", "Срок исполнения", "Ответственные исполнители"],
              ["№", "Іс-шара", "Аяқтау нысаны", "Орындау мерзімі", "Жауапты орындаушылар"], [])]
    merges = []
    mark = g("(свод)", "(жинақтау)", "")
    for s, (section, items) in enumerate(ROADMAP, 1):
        _span(rows, merges, f"{s}. {section[L]}", 5)
        for k, (t_ru, t_kk, f_ru, f_kk, d_ru, d_kk, executors, lead) in enumerate(items, 1):
            text = (t_ru, t_kk)[L]
            cell = ", ".join(BODIES[e][L] + (f" {mark}" if e == lead else "") for e in executors)
            rows.append([f"{s}.{k}", text, (f_ru, f_kk)[L], (d_ru, d_kk)[L], cell])
            doc.add("obligations", {"kind": "task", "number": f"{s}.{k}", "text_contains": _words(text, 5), "actor_contains": BODIES[lead][L]})
    doc.table(None, rows, merges, role="tasks")
    doc.p(g("Примечание: расшифровка аббревиатур: УЭиЖКХ – Управление энергетики и жилищно-коммунального хозяйства Мангистауской области; "
            "УПРиРП – Управление природных ресурсов и регулирования природопользования Мангистауской области; ДЭ – Департамент экологии по "
            "Мангистауской области; ЖКБИ – Жайык-Каспийская бассейновая инспекция по регулированию использования и охране водных ресурсов. "
            "Исполнитель, отмеченный «(свод)», обобщает информацию соисполнителей.",
            "Ескерту: аббревиатуралардың толық жазылуы: ЭТҮКШБ – Маңғыстау облысының энергетика және тұрғын үй-коммуналдық шаруашылығы басқармасы; "
            "ТРТПРБ – Маңғыстау облысының табиғи ресурстар және табиғат пайдалануды реттеу басқармасы; ЭД – Маңғыстау облысы бойынша экология "
            "департаменті; ЖКБИ – Су ресурстарын пайдалануды реттеу және қорғау жөніндегі Жайық-Каспий бассейндік инспекциясы. «(жинақтау)» "
            "деп белгіленген орындаушы бірлесіп орындаушылардың ақпаратын жинақтайды.", ""))
    maybe_distractor(doc)


# (section, [(task, executors, lead index, term, product)])
VN_PLAN = (
    ("I. CẤP NƯỚC SẠCH", [
        ("Đầu tư mở rộng nhà máy lọc nước biển thêm 1.000 m³/ngày đêm", ("Sở Xây dựng", "Sở Nông nghiệp và Môi trường", "UBND đặc khu"), 0,
         "Quý IV/2027", "Công trình được nghiệm thu"),
        ("Xây dựng hồ chứa nước mưa dự phòng cho mùa khô", ("UBND đặc khu", "Sở Nông nghiệp và Môi trường"), 1, "Năm 2027", "Hồ chứa được đưa vào sử dụng"),
        ("Lắp đặt đồng hồ đo lưu lượng nước biển khai thác và nước muối xả thải", ("Công ty cấp nước", "Sở Nông nghiệp và Môi trường"), 0,
         "Tháng 6/2026", "Biên bản nghiệm thu thiết bị")]),
    ("II. CẤP ĐIỆN", [
        ("Lắp đặt hệ thống điện mặt trời và lưu trữ năng lượng để giảm tiêu thụ dầu DO", ("Sở Công Thương", "Công ty điện lực", "UBND đặc khu"), 0,
         "Năm 2027", "Báo cáo kết quả vận hành"),
        ("Rà soát kế hoạch ứng phó sự cố tràn dầu tại kho nhiên liệu của nhà máy điện", ("Công ty điện lực", "Sở Công Thương", "UBND đặc khu"), 1,
         "Quý II/2026", "Kế hoạch được phê duyệt")]),
    ("III. BẢO VỆ MÔI TRƯỜNG BIỂN", [
        ("Đánh giá tác động của nước muối cô đặc đến rạn san hô quanh đảo", ("Viện Hải dương học", "Sở Nông nghiệp và Môi trường", "Ban quản lý khu bảo tồn biển"), 1,
         "Năm 2026", "Báo cáo đánh giá"),
        ("Kiểm tra việc thực hiện giấy phép môi trường của nhà máy lọc nước biển và nhà máy điện", ("Sở Nông nghiệp và Môi trường", "Công an"), 0,
         "Quý III/2026", "Biên bản kiểm tra")]),
)  # fmt: skip


def _tasks_is1_vi(doc: Doc) -> None:
    r = doc.rng
    island, committee = doc.pick(VN_RO)[3:5]
    province = committee.replace("Ủy ban nhân dân ", "")
    doc.p(f"(Ban hành kèm theo Quyết định số {r.randint(100, 2900)}/QĐ-UBND ngày {r.randint(1, 28):02d}/01/2026 của {committee})")
    doc.h(f"KẾ HOẠCH BẢO ĐẢM CẤP NƯỚC SẠCH, CẤP ĐIỆN VÀ BẢO VỆ MÔI TRƯỜNG BIỂN ĐẶC KHU {island.upper()} GIAI ĐOẠN 2026 – 2028")
    rows = [["TT", "Nhiệm vụ", "Đơn vị thực hiện", "Thời gian hoàn thành", "Sản phẩm"]]
    merges = []
    n = 0
    for section, items in VN_PLAN:
        _span(rows, merges, section, 5)
        for text, executors, lead, term, product in items:
            n += 1
            names = [e + (f" {island}" if e == "UBND đặc khu" else f" {province}" if e == "Công an" else "") for e in executors]
            cell = "; ".join(x + (" (chủ trì)" if j == lead else "") for j, x in enumerate(names))
            rows.append([str(n), text, cell, term, product])
            doc.add("obligations", {"kind": "task", "number": str(n), "text_contains": _words(text, 5), "actor_contains": names[lead]})
    doc.table(f"Phụ lục. Danh mục nhiệm vụ thực hiện trên địa bàn {province}", rows, merges, role="tasks")
    maybe_distractor(doc)


# ((RU stage, KK stage), [(RU, KK, days or (RU, KK) text, executor key, RU document, KK document)])
WORKS = (
    (("Этап 1. Изыскания и проектирование", "1-кезең. Іздестіру және жобалау"), [
        ("Выполнить инженерно-экологические изыскания акватории в районе выпуска (донные отложения, бентос)",
         "Шығарынды ауданындағы акваторияда инженерлік-экологиялық іздестірулер жүргізу (түп шөгінділері, бентос)", 45, "C", "технический отчет", "техникалық есеп"),
        ("Разработать проект реконструкции выпуска с разделом охраны окружающей среды",
         "Қоршаған ортаны қорғау бөлімі бар шығарындыны реконструкциялау жобасын әзірлеу", 90, "C", "проектная документация", "жобалық құжаттама"),
        ("Получить изменения экологического разрешения в части нормативов сброса", "Экологиялық рұқсатқа төгінді нормативтері бөлігінде өзгерістер алу",
         150, "O", "экологическое разрешение", "экологиялық рұқсат")]),
    (("Этап 2. Строительно-монтажные работы", "2-кезең. Құрылыс-монтаждау жұмыстары"), [
        ("Уведомить Жайык-Каспийскую бассейновую инспекцию о начале работ в акватории", "Акваториядағы жұмыстардың басталғаны туралы Жайық-Каспий бассейндік инспекциясын хабардар ету",
         ("не позднее 10 дней до начала работ", "жұмыстар басталғанға дейін 10 күннен кешіктірмей"), "O", "письмо", "хат"),
        ("Выполнить демонтаж существующего оголовка с вывозом отходов на полигон", "Қолданыстағы шығарынды басын бөлшектеп, қалдықтарды полигонға шығару",
         210, "C", "акт, талоны приема отходов", "акт, қалдықтарды қабылдау талондары"),
        ("Смонтировать рассеивающий оголовок выпуска на расстоянии 400 м от берега", "Жағадан 400 м қашықтықта шығарындының шашыратқыш басын монтаждау",
         270, "C", "акт освидетельствования скрытых работ", "жасырын жұмыстарды куәландыру актісі")]),
    (("Этап 3. Завершение работ", "3-кезең. Жұмыстарды аяқтау"), [
        ("Восстановить нарушенный участок береговой полосы", "Жағалау белдеуінің бұзылған учаскесін қалпына келтіру", 300, "C", "акт приемки", "қабылдау актісі"),
        ("Внести изменения в паспорт выпуска и уведомить уполномоченный орган в области охраны окружающей среды",
         "Шығарынды паспортына өзгерістер енгізу және қоршаған ортаны қорғау саласындағы уәкілетті органды хабардар ету", 330, "O", "паспорт выпуска", "шығарынды паспорты")]),
)  # fmt: skip


def tasks_is2(doc: Doc) -> None:
    """The calendar plan of works in the technical specification of a contract to rebuild the desalination plant's brine
    outfall: stage rows spanning the table, works `1.1` with the term in calendar days from the contract's signing (one term
    a day count before the start of works), the executor written `Подрядчик` or `Заказчик` — the parties the text above the
    table defines — and the reporting document last (VI: a consultancy contract's schedule for a GPMT of an island diesel
    plant, `Bên A` the plant's company and `Bên B` the consultant, days from the contract's entry into force)."""
    if doc.lang == "vi":
        _tasks_is2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    contractor = g("ТОО «Маңғыстау Теңіз Құрылыс»", "«Маңғыстау Теңіз Құрылыс» ЖШС", "")
    who = {"C": g("Подрядчик", "Мердігер", ""), "O": g("Заказчик", "Тапсырыс беруші", "")}
    doc.p(g("Приложение 2 к договору подряда", "Мердігерлік шартқа 2-қосымша", ""))
    doc.h(g("Календарный план работ по реконструкции выпуска рассола Каспийского опреснительного завода",
            "Каспий тұщыландыру зауытының тұзды ерітінді шығарындысын реконструкциялау жұмыстарының күнтізбелік жоспары", ""))
    doc.p(g(f"{DESAL[0]} (далее – Заказчик) и {contractor} (далее – Подрядчик) согласовали следующие сроки выполнения работ, исчисляемые в "
            "календарных днях с даты заключения договора.",
            f"{DESAL[1]} (бұдан әрі – Тапсырыс беруші) және {contractor} (бұдан әрі – Мердігер) шарт жасалған күннен бастап күнтізбелік күндермен "
            "есептелетін жұмыстарды орындаудың мынадай мерзімдерін келісті.", ""))
    rows = [g(["№", "Наименование работ", "Срок выполнения, календарных дней", "Исполнитель", "Отчетный документ"],
              ["№", "Жұмыстардың атауы", "Орындау мерзімі, күнтізбелік күн", "Орындаушы", "Есептік құжат"], [])]
    merges = []
    for s, (stage, items) in enumerate(WORKS, 1):
        _span(rows, merges, stage[L], 5)
        for k, (t_ru, t_kk, days, key, d_ru, d_kk) in enumerate(items, 1):
            text = (t_ru, t_kk)[L]
            term = days[L] if isinstance(days, tuple) else str(days)
            rows.append([f"{s}.{k}", text, term, who[key], (d_ru, d_kk)[L]])
            doc.add("obligations", {"kind": "task", "number": f"{s}.{k}", "text_contains": _words(text, 5), "actor_contains": who[key]})
    doc.table(None, rows, merges, role="tasks")
    doc.p(g("Работы в акватории не производятся в период нереста рыб с 1 апреля по 15 июня.",
            "Акваториядағы жұмыстар балықтардың уылдырық шашу кезеңінде, 1 сәуірден 15 маусымға дейін жүргізілмейді.", ""))
    maybe_distractor(doc)


VN_CONTRACT = (("Khảo sát hiện trạng nhà máy, thu thập tài liệu về công trình bảo vệ môi trường", 15, "B", "Biên bản khảo sát"),
               ("Cung cấp hồ sơ pháp lý, số liệu vận hành và nhật ký tiêu thụ nhiên liệu năm 2025", 10, "A", "Hồ sơ bàn giao"),
               ("Lấy mẫu, phân tích khí thải và nước thải hiện trạng", 30, "B", "Phiếu kết quả phân tích"),
               ("Lập báo cáo đề xuất cấp giấy phép môi trường", 60, "B", "Báo cáo đề xuất"),
               ("Ký văn bản đề nghị và nộp hồ sơ, phí thẩm định", 65, "A", "Giấy tiếp nhận hồ sơ"),
               ("Giải trình, chỉnh sửa hồ sơ theo ý kiến của đoàn kiểm tra", 120, "B", "Hồ sơ hoàn chỉnh"),
               ("Thanh lý hợp đồng sau khi nhận giấy phép môi trường", 150, "A", "Biên bản thanh lý"))


def _tasks_is2_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, _, _, dept = doc.pick(VN_POWER)[:5]
    consultant = "Công ty TNHH Tư vấn Môi trường Biển Xanh"
    env_dept = dept.replace("Sở Công Thương", "Sở Nông nghiệp và Môi trường")
    doc.p(f"Phụ lục 02 kèm theo Hợp đồng số {r.randint(10, 99)}/2026/HĐTV")
    doc.h(f"TIẾN ĐỘ THỰC HIỆN DỊCH VỤ TƯ VẤN LẬP HỒ SƠ ĐỀ NGHỊ CẤP GIẤY PHÉP MÔI TRƯỜNG – {plant.upper()}")
    doc.p(f"Bên A: {company} (chủ cơ sở). Bên B: {consultant} (đơn vị tư vấn). Hồ sơ được nộp tại {env_dept}. Thời gian được tính theo ngày "
          "kể từ ngày hợp đồng có hiệu lực.")
    rows = [["TT", "Nội dung công việc", "Thời gian hoàn thành (ngày)", "Bên thực hiện", "Sản phẩm"]]
    for k, (text, days, side, product) in enumerate(VN_CONTRACT, 1):
        rows.append([str(k), text, str(days), f"Bên {side}", product])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text, 5), "actor_contains": f"Bên {side}"})
    doc.table("Bảng tiến độ thực hiện", rows, role="tasks")
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"IS{k}", globals()[f"{role}_is{k}"]) for role in ROLES for k in (1, 2)]
