"""A blind held-out set (two layouts per role, `KB1` and `KB2`): never used for tuning, written by someone who neither
ran the extractor on it nor saw its output, to differ from every layout of `layouts_*.py`.

Theme: ferroalloy smelters and steel works — submerged arc furnaces, converters, slag dumps. Kazakhstan: a ferroalloy
plant at Aksu in Pavlodar oblast with a ferrosilicomanganese shop (РКЗ-33 furnaces) and a ferrosilicon shop (РКЗ-63), its
slag dump with a crushing and screening plant and a repair base in Pavlodar (a register of the operator's objects, an
НДВ parameters form, a slag dump's passport, a table of permissible discharges, a matrix of source control, a chart of
internal checks, a register of gas-cleaning checks, the environmental action plan); a converter steel works at Temirtau
with two 160-t converters, a ladle furnace, slab casters and a converter-slag dump (an enterprise card, НДВ by substance,
norms of waste generation, groundwater around the slag dump, impact monitoring, a regulator's order). Vietnam: a
ferromanganese plant and an ore-dressing shop in Cao Bằng with their slag yard, a ferrosilicon project in the Tằng Loỏng
park of Lào Cai, an electric-arc steel mill at Phú Mỹ (now Hồ Chí Minh City) and an integrated BOF works at Nghi Sơn.

Facility: a register of the operator's three objects as rows under a row spanning the table with the operator and its
BIN, a two-row header with merged groups and a row of column numbers, coordinates in degrees, minutes and seconds, the
furnace transformers' MVA and the year of commissioning as look-alikes, the furnaces in a table of no role (VI: a company's
two sites as rows, its enterprise number in a spanning row, VN-2000 metres beside WGS-84 DMS, `Nhóm I`, `Nhóm II`) (KB1);
an enterprise card with two label–value pairs a row, the BIN beside the eight-digit ОКПО, the KATO beside the postal
index, bank account and BIC, both coordinates in one cell, category `I` beside the sanitary class (VI: an arc-furnace
mill's card, tax number beside the date of registration, phone and fax, latitude and longitude as separate pairs) (KB2).

Emissions: the НДВ form of source parameters with a three-row header (gas speed, volume, temperature and map coordinates
X1, Y1 as merged groups, then column numbers), shop rows spanning the table, each source's parameters merged down over its
substances, mg/m³ between g/s and t/year, no hazard class, a total (VI: an EIA's loads in a construction and an operation
section — the period — emission factors with units in the cells, kg/day before g/s and t/year, no source numbers) (KB1);
НДВ by substance — a row spanning the table per substance, the existing emissions of 2025 beside the НДВ for 2026–2035 (the
НДВ are the emissions), the year the НДВ is reached, subtotals of organised and unorganised sources and a total per
substance (VI: a BOF works' annual report transposed, stacks as columns, flow and hours rows above the t/year, a total
column, dashes) (KB2).

Wastes: a slag dump's passport — the dump's data in a table of no role, the tonnes placed in 2025 (the amount) beside the
thousands of tonnes accumulated, two slags under `10 02 02`, a hazardous sludge `10 02 13*`, a total, the slag's oxides in
per cent in a table of no role (VI: a GPMT list with the unit in a column of its own — t/year, kg/year, and m³/year that
gives no tonnes) (KB1); norms of waste generation under section rows, the specific norm and the basis with units in the
cells (`kg/t of steel`, `thousand t`, `%`, `t a person`, `by the facts`), then t/year, a row of column numbers (VI: an arc
mill's log by quarter, the year's total the amount, its furnace dust `05 01 01` hazardous) (KB2).

Limits: permissible discharges with the outlets as rows spanning the table, actual concentration, ДК (the limit) and the
НДС in g/h and t/year under a merged header, pH as a range (VI: waste water against QCVN 52:2017/BTNMT column B, C beside
Cmax = C × Kq × Kf, the limit Cmax, temperature with no key) (KB1); groundwater at a slag dump transposed — wells as rows,
depth and water level as look-alikes, parameters as columns with a units row and a ПДК row in the header, `<0,005` with no
value (VI: a GPMT's flue-gas streams, each merged down over its pollutants, QCVN 19:2009/BTNMT column B with the stream's
Kp, periodic and continuous monitoring in the last columns, also expected as monitoring) (KB2).

Monitoring: a matrix of source control — sources as rows, substances as columns under a three-row header (title, names,
codes), each cell a letter (`Н`, `М`, `К`, `П`, `Г`) or a dash explained only in a note below (VI: an arc mill's points with
the continuously measured and the periodically sampled parameters in two columns of one row, flow and temperature with no
key) (KB1); impact monitoring with rows spanning the table per medium, a row per point with DMS coordinates, the substances
(`;`-separated, a name holding a comma), the frequency and the methods' documents merged down over the points (VI: points
listed together in one cell, `KK1, KK2, KK3, KK4`, their VN-2000 coordinates in a table of no role) (KB2).

Inspections: a chart of internal checks for 2026 — twelve month columns under a merged header with `+` marks, the
frequency only in the pattern of marks, who checks last (VI: quarters with `x` marks, a notes column) (KB1); a register of
checks of gas-cleaning units under rows naming each unit and its inventory number, criteria full of figures and units that
are no limits, the frequency and the executor merged down over checks that share them, dates of the last check (VI: a slag
yard's check sheet, a check before and after the rainy season without a frequency) (KB2).

Tasks: the environmental action plan on the КЭР's form — a two-row header (start and end under `Срок выполнения`), rows
spanning the table per direction, items numbered through the plan, volumes with units in the cells, costs and expected
effects as look-alikes, no responsible (VI: a remedy plan after an inspection, the finding and the remedy side by side, the
unit that acts) (KB1); a regulator's order — the violation, the norm broken, the measure required (the task) and the term
in words or as a date, the operator named only above (VI: a slag yard's restoration plan, items `1.1` under sections,
quantities, unit prices and amounts, a contingency row and a total that are no tasks) (KB2).
"""

from __future__ import annotations

from . import vocab
from .common import Doc, distractor, freq, make_bin, maybe_distractor, num
from .limits_data import add, limit
from .registry import ROLES, Layout
from .sources_data import emission

# ---------------------------------------------------------------- helpers


def _L(doc: Doc) -> int:
    """0 for a Russian document, 1 for a Kazakh one."""
    return 0 if doc.lang == "ru" else 1


def _rk(doc: Doc):
    """The text of a Russian or a Kazakh document: `g(ru, kk)`."""
    L = _L(doc)
    return lambda ru, kk: (ru, kk)[L]


def _sig(x: float, digits: int = 3) -> float:
    return float(f"{x:.{digits}g}")


def _words(text: str, n: int = 4) -> str:
    return " ".join(text.split()[:n])


def _span(rows: list, merges: list, text: str, width: int) -> None:
    """A row whose first cell spans the table."""
    rows.append([text] + [None] * (width - 1))
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))


def _kind(number: str) -> str:
    return "unorganized" if number.startswith("6") else "organized"


def _kato(doc: Doc, prefix: str) -> str:
    """A nine-digit KATO code starting with the place's prefix."""
    rest = 9 - len(prefix) - 3
    return f"{prefix}{doc.rng.randint(10 ** (rest - 1), 10**rest - 1)}{doc.rng.choice(('000', '100'))}"


def _dms(value: float, lang: str, word: str) -> tuple[str, float]:
    """`52°01'41,9" с.ш.` and the decimal degrees it stands for."""
    d = int(value)
    m = int((value - d) * 60)
    s = round(((value - d) * 60 - m) * 60, 1)
    if s >= 60:
        m, s = m + 1, 0.0
    text = f"{d}°{m:02d}'{f'{s:04.1f}'.replace('.', ',')}\" {word}".strip()
    return text, round(d + m / 60 + s / 3600, 6)


def _cell(x, lang: str, dash: str = "–") -> str:
    return dash if x is None else num(x, lang)


def _fw(doc: Doc, word: str) -> str:
    """A frequency in the document's words, `daily` and `weekly` included."""
    extra = {"daily": ("ежедневно", "күн сайын", "Hằng ngày"), "weekly": ("еженедельно", "апта сайын", "Hằng tuần")}
    if word in extra:
        return extra[word][vocab.LANGS.index(doc.lang)]
    return freq(doc, word)


# code: (RU, KK, VI) names of the list (corpus/air_pollutants.csv and the list in force)
AIR = {
    "0123": ("Железо (II, III) оксиды (в пересчете на железо)", "Темір оксидтері", "Sắt oxit"),
    "0143": ("Марганец и его соединения (в пересчете на марганца (IV) оксид)", "Марганец және оның қосылыстары", "Mangan và hợp chất"),
    "0203": ("Хром (в пересчете на хром (VI) оксид)", "Хром", "Crom"),
    "0301": ("Азота (IV) диоксид", "Азот диоксиді", "NOx (tính theo NO2)"),
    "0304": ("Азот (II) оксид", "Азот оксиді", "NO"),
    "0323": ("Кремния диоксид аморфный", "Кремния диоксид аморфный", ""),
    "0328": ("Углерод (Сажа)", "Көміртек (күйе)", ""),
    "0330": ("Сера диоксид", "Күкірт диоксиді", "SO2"),
    "0337": ("Углерод оксид", "Көміртек оксиді", "CO"),
    "0703": ("Бенз/а/пирен", "Бенз(а)пирен", "Benzo(a)pyren"),
    "2902": ("Взвешенные частицы", "Қалқыма бөлшектер", "Bụi tổng"),
    "0008": ("Взвешенные частицы РМ10", "Қалқыма бөлшектер РМ10", "Bụi PM10"),
    "2908": ("Пыль неорганическая, содержащая двуокись кремния в %: 70-20", "Бейорганикалық шаң: кремний қостотығы 70-20%", ""),
    "2909": ("Пыль неорганическая, содержащая двуокись кремния в %: менее 20", "Бейорганикалық шаң: кремний қостотығы 20%-дан төмен", ""),
}  # fmt: skip


def _air(doc: Doc, code: str) -> str:
    return AIR[code][vocab.LANGS.index(doc.lang)]


# ---------------------------------------------------------------- facility

FERRO_OPS = (("ТОО «Ертіс Ферроқорытпа»", "«Ертіс Ферроқорытпа» ЖШС"), ("АО «Павлодар Ферросплав»", "«Павлодар Ферросплав» АҚ"))
# (RU, KK name, RU, KK key, OKED, RU, KK place, KATO prefix, lat, lon, category, MVA, year, RU, KK capacity)
FERRO_OBJECTS = (
    ("Ферросплавный завод (плавильные цеха № 1 и № 2)", "Ферроқорытпа зауыты (№ 1 және № 2 балқыту цехтары)", "Ферросплавный завод",
     "Ферроқорытпа зауыты", "24101", "Павлодарская область, г. Аксу, Промышленная зона, 1", "Павлодар облысы, Ақсу қ., Өнеркәсіптік аймақ, 1",
     "5520", 52.0283, 76.9621, "I", "4 × 33; 2 × 63", "1968", "ферросиликомарганец – 240 тыс. т/год; ферросилиций – 110 тыс. т/год",
     "ферросиликомарганец – жылына 240 мың т; ферросилиций – жылына 110 мың т"),
    ("Шлакоотвал № 2 с дробильно-сортировочной установкой", "Дробильді-сұрыптау қондырғысы бар № 2 қож үйіндісі", "Шлакоотвал № 2",
     "қож үйіндісі", "38320", "Павлодарская область, г. Аксу, 3,5 км юго-западнее промзоны", "Павлодар облысы, Ақсу қ., өнеркәсіп аймағынан 3,5 км оңтүстік-батысқа",
     "5520", 52.0041, 76.9207, "II", "–", "1985", "переработка шлака – 600 тыс. т/год", "қожды қайта өңдеу – жылына 600 мың т"),
    ("Ремонтно-механическая база", "Жөндеу-механикалық базасы", "Ремонтно-механическая база", "Жөндеу-механикалық базасы", "33120",
     "г. Павлодар, Северная промзона, ул. Ломова, 180", "Павлодар қ., Солтүстік өнеркәсіп аймағы, Ломов к-сі, 180", "5510", 52.3318, 76.9894,
     "III", "–", "2004", "ремонт оборудования – 1 200 т металлоконструкций/год", "жабдықты жөндеу – жылына 1 200 т металл құрылымдары"),
)  # fmt: skip


def facility_kb1(doc: Doc) -> None:
    """A register of a ferroalloy operator's objects annexed to its КЭР application: one row per object under a row spanning
    the table with the operator and its BIN, a header over two rows (codes, coordinates as merged groups) and a row of column
    numbers under it; coordinates in degrees, minutes and seconds in two columns; furnace transformers' MVA and the year of
    commissioning as look-alikes (VI: a ferromanganese company's two sites in rows, the enterprise number in a spanning row,
    VN-2000 metres beside WGS-84 degrees in DMS)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_kb1_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    op = doc.pick(FERRO_OPS)[L]
    bin_ = make_bin(r)
    doc.h(g("Приложение 2 к заявлению на получение комплексного экологического разрешения. Реестр объектов оператора",
            "Кешенді экологиялық рұқсат алуға арналған өтінішке 2-қосымша. Оператор объектілерінің тізілімі"))
    doc.p(g(f"Контактный телефон эколога: +7 7183 {r.randint(20, 69)} {r.randint(10, 99)} {r.randint(10, 99)}. Координаты определены по "
            "центру производственной площадки.",
            f"Экологтың байланыс телефоны: +7 7183 {r.randint(20, 69)} {r.randint(10, 99)} {r.randint(10, 99)}. Координаттар өндірістік "
            "алаңның орталығы бойынша анықталған."))
    rows = [g(["№ п/п", "Наименование объекта", "Местонахождение", "Коды", None, "Координаты (WGS-84)", None, "Категория объекта",
               "Мощность печных трансформаторов, МВА", "Год ввода", "Проектная мощность"],
              ["Р/с №", "Объектінің атауы", "Орналасқан жері", "Кодтар", None, "Координаттар (WGS-84)", None, "Объект санаты",
               "Пеш трансформаторларының қуаты, МВА", "Іске қосылған жылы", "Жобалық қуаты"]),
            [None, None, None, g("ОКЭД", "ЭҚЖЖ"), g("КАТО", "ҚАТО"), g("северная широта", "солтүстік ендік"), g("восточная долгота", "шығыс бойлық"),
             None, None, None, None],
            [str(k) for k in range(1, 12)]]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 7, 8, 9, 10)] + [(0, 3, 0, 4), (0, 5, 0, 6)]
    _span(rows, merges, g(f"Оператор: {op}, БИН {bin_}", f"Оператор: {op}, БСН {bin_}"), 11)
    for k, o in enumerate(FERRO_OBJECTS, 1):
        kato = _kato(doc, o[7])
        la, lat = _dms(o[8] + r.uniform(-0.003, 0.003), doc.lang, "")
        lo, lon = _dms(o[9] + r.uniform(-0.003, 0.003), doc.lang, "")
        rows.append([str(k), o[L], o[5 + L], o[4], kato, la, lo, o[10], o[11], o[12], o[13 + L]])
        doc.add("facilities", {"bin": bin_, "name_contains": o[2 + L], "kato": kato, "oked": o[4], "category": o[10], "lat": lat, "lon": lon})
    doc.table(g("Таблица 1 – Объекты, оказывающие негативное воздействие на окружающую среду",
                "1-кесте – Қоршаған ортаға теріс әсер ететін объектілер"), rows, merges, role="facility")
    furnaces = [g(["Печь", "Тип", "Мощность, МВА", "Выплавляемый сплав"], ["Пеш", "Түрі", "Қуаты, МВА", "Балқытылатын қорытпа"])]
    for n in range(1, 7):
        big = n > 4
        furnaces.append([f"№ {n}", "РКЗ-63" if big else "РКЗ-33", "63" if big else "33",
                         g("ферросилиций ФС65", "ФС65 ферросилицийі") if big else g("ферросиликомарганец МнС17", "МнС17 ферросиликомарганецы")])
    doc.table(g("Рудовосстановительные печи", "Кен қалпына келтіру пештері"), furnaces, role="other")


VN_FERRO_COMPANIES = ("Công ty Cổ phần Hợp kim Sắt Nguyên Bình", "Công ty TNHH Fero Mangan Trùng Khánh")
# (VI site, key, place, lat, lon, X, Y, VSIC, group, procedure)
VN_FERRO_SITES = (
    ("Nhà máy luyện fero mangan Chu Trinh", "Chu Trinh", "Cụm công nghiệp Chu Trinh, xã Chu Trinh, tỉnh Cao Bằng", 22.6921, 106.3118,
     2510420, 578260, "2410 – Sản xuất sắt, thép, gang", "I", "Giấy phép môi trường số {n}/GP-BTNMT ngày 14/9/2023"),
    ("Xưởng tuyển quặng mangan Bản Khuông", "Bản Khuông", "xóm Bản Khuông, xã Trùng Khánh, tỉnh Cao Bằng", 22.8357, 106.5402,
     2526310, 601870, "0722 – Khai thác quặng kim loại khác không chứa sắt", "II", "Giấy phép môi trường số {n}/GP-UBND ngày 02/6/2024"),
)  # fmt: skip


def _facility_kb1_vi(doc: Doc) -> None:
    r = doc.rng
    company = doc.pick(VN_FERRO_COMPANIES)
    msdn = f"48{r.randint(0, 99999999):08d}"
    doc.h(f"CHƯƠNG I. THÔNG TIN CHUNG VỀ CÁC CƠ SỞ CỦA {company.upper()}")
    doc.p("Tọa độ hệ VN-2000 (kinh tuyến trục 106°15', múi chiếu 3°) và hệ WGS-84 được xác định tại tâm khu đất của mỗi cơ sở.")
    rows = [["TT", "Tên cơ sở", "Địa điểm", "Tọa độ VN-2000", None, "Tọa độ WGS-84", None, "Mã ngành kinh tế", "Phân nhóm", "Thủ tục môi trường"],
            [None, None, None, "X (m)", "Y (m)", "Vĩ độ", "Kinh độ", None, None, None]]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 7, 8, 9)] + [(0, 3, 0, 4), (0, 5, 0, 6)]
    _span(rows, merges, f"Chủ cơ sở: {company} – Mã số doanh nghiệp: {msdn}", 10)
    for k, s in enumerate(VN_FERRO_SITES, 1):
        la, lat = _dms(s[3] + r.uniform(-0.002, 0.002), "vi", "B")
        lo, lon = _dms(s[4] + r.uniform(-0.002, 0.002), "vi", "Đ")
        rows.append([str(k), s[0], s[2], num(s[5] + r.randint(-200, 200), "vi"), num(s[6] + r.randint(-200, 200), "vi"), la, lo, s[7],
                     f"Nhóm {s[8]}", s[9].format(n=r.randint(100, 480))])
        doc.add("facilities", {"bin": msdn, "name_contains": s[1], "category": s[8], "lat": lat, "lon": lon})
    doc.table("Bảng 1.1. Thông tin về các cơ sở", rows, merges, role="facility")
    doc.table("Bảng 1.2. Thiết bị chính của nhà máy luyện", [
        ["TT", "Thiết bị", "Số lượng", "Thông số"],
        ["1", "Lò hồ quang chìm", "02", "9.000 kVA/lò"],
        ["2", "Hệ thống lọc bụi túi vải", "02", f"{num(r.randint(9, 13) * 10000, 'vi')} m³/h"],
        ["3", "Máy đúc thỏi fero", "01", "12 tấn/giờ"],
    ], role="other")
    maybe_distractor(doc, 0.3)


STEEL_OPS = (("АО «Нұра Болат»", "«Нұра Болат» АҚ", "Сталеплавильный комплекс «Нұра»", "«Нұра» болат балқыту кешені", "Нұра"),
             ("ТОО «Сарыарқа Конвертер»", "«Сарыарқа Конвертер» ЖШС", "Конвертерный завод «Сарыарқа»", "«Сарыарқа» конвертер зауыты", "Сарыарқа"))


def facility_kb2(doc: Doc) -> None:
    """A converter steel works' enterprise card laid out as a form: two label–value pairs per row (`label | value | label |
    value`), long values merged across three cells; the BIN beside the ОКПО code (eight digits), the KATO beside the postal
    index, the bank account (ИИК) and BIC, the phone; the coordinates as one cell `50,05412° с.ш., 72,98623° в.д.`; the object's
    category `I` beside the sanitary class of its protection zone; the main equipment in a table of no role (VI: an electric-arc
    steel mill's card with its tax number, date of first registration, phone and fax, latitude and longitude as separate
    pairs, `Nhóm I`)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_kb2_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    op = doc.pick(STEEL_OPS)
    bin_, kato = make_bin(r), _kato(doc, "3524")
    lat, lon = round(50.0541 + r.uniform(-0.004, 0.004), 5), round(72.9862 + r.uniform(-0.004, 0.004), 5)
    doc.h(g("Карточка предприятия", "Кәсіпорын карточкасы"))
    doc.p(g("Заполняется оператором при постановке объекта на государственный учет объектов, оказывающих негативное воздействие на окружающую среду.",
            "Қоршаған ортаға теріс әсер ететін объектілерді мемлекеттік есепке қою кезінде оператор толтырады."))

    def wide(label: str, value: str) -> list:
        return [label, value, None, None]

    rows = [wide(g("Полное наименование оператора", "Оператордың толық атауы"), op[L]),
            [g("БИН", "БСН"), bin_, g("Код ОКПО", "ҰЖЖС коды"), f"{r.randint(10**7, 10**8 - 1)}"],
            [g("ОКЭД (основной)", "ЭҚЖЖ (негізгі)"), g("24101 – Производство чугуна, стали и ферросплавов", "24101 – Шойын, болат және ферроқорытпалар өндірісі"),
             g("Код КАТО", "ҚАТО коды"), kato],
            wide(g("Юридический адрес", "Заңды мекенжайы"), g(f"Карагандинская обл., г. Темиртау, ул. Республики, {r.randint(1, 60)}",
                                                           f"Қарағанды обл., Теміртау қ., Республика к-сі, {r.randint(1, 60)}")),
            [g("Почтовый индекс", "Пошта индексі"), "101400", g("Телефон", "Телефон"), f"+7 7213 {r.randint(90, 99)} {r.randint(10, 99)} {r.randint(10, 99)}"],
            [g("ИИК", "ЖСК"), f"KZ{r.randint(10, 99)}601{r.randint(10**12, 10**13 - 1)}", g("БИК", "БСК"), "HSBKKZKX"],
            wide(g("Наименование объекта", "Объектінің атауы"), op[2 + L]),
            [g("Координаты центра площадки", "Алаң орталығының координаттары"),
             g(f"{num(lat, 'ru', False)}° с.ш., {num(lon, 'ru', False)}° в.д.", f"{num(lat, 'kk', False)}° с.е., {num(lon, 'kk', False)}° ш.б."),
             g("Площадь территории, га", "Аумақтың ауданы, га"), num(round(r.uniform(280, 340), 1), doc.lang)],
            [g("Категория объекта (ст. 12 Экологического кодекса РК)", "Объект санаты (ҚР Экология кодексінің 12-бабы)"), "I",
             g("Класс по санитарной классификации", "Санитариялық жіктеу бойынша сыныбы"), g("I (СЗЗ 1 000 м)", "I (СҚА 1 000 м)")],
            [g("Численность персонала", "Персонал саны"), g(f"{num(r.randint(2100, 2900), 'ru')} чел.", f"{num(r.randint(2100, 2900), 'kk')} адам"),
             g("Режим работы", "Жұмыс режимі"), g("непрерывный, 8 760 ч/год", "үздіксіз, жылына 8 760 сағ")]]
    merges = [(k, 1, k, 3) for k, row in enumerate(rows) if row[2] is None]
    doc.table(None, rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": op[4], "kato": kato, "oked": "24101", "category": "I", "lat": lat, "lon": lon})
    doc.table(g("Основное технологическое оборудование", "Негізгі технологиялық жабдық"), [
        g(["Агрегат", "Количество", "Характеристика"], ["Агрегат", "Саны", "Сипаттамасы"]),
        g(["Кислородный конвертер", "2", "садка 160 т"], ["Оттекті конвертер", "2", "салмағы 160 т"]),
        g(["Установка ковш-печь", "1", "трансформатор 25 МВА"], ["Шөміш-пеш қондырғысы", "1", "трансформатор 25 МВА"]),
        g(["Слябовая МНЛЗ", "2", f"{num(r.randint(14, 18) * 100, doc.lang)} тыс. т/год"], ["Слябтық ҮҚМ", "2", f"жылына {num(r.randint(14, 18) * 100, doc.lang)} мың т"]),
    ], role="other")


def _facility_kb2_vi(doc: Doc) -> None:
    r = doc.rng
    msdn = f"35{r.randint(0, 99999999):08d}"
    lat, lon = round(10.5843 + r.uniform(-0.003, 0.003), 4), round(107.0371 + r.uniform(-0.003, 0.003), 4)
    doc.h("PHIẾU THÔNG TIN CƠ SỞ SẢN XUẤT")
    doc.p("(Kèm theo hồ sơ đề nghị cấp lại giấy phép môi trường.)")

    def wide(label: str, value: str) -> list:
        return [label, value, None, None]

    rows = [wide("Tên cơ sở", "Nhà máy luyện phôi thép Phú Mỹ Xanh"),
            wide("Chủ cơ sở", "Công ty TNHH Thép Phú Mỹ Xanh"),
            ["Mã số doanh nghiệp", msdn, "Ngày đăng ký lần đầu", f"{r.randint(1, 28):02d}/03/2016"],
            ["Điện thoại", f"0254 3{r.randint(100, 999)} {r.randint(100, 999)}", "Fax", f"0254 3{r.randint(100, 999)} {r.randint(100, 999)}"],
            wide("Địa chỉ", "Khu công nghiệp Phú Mỹ II, phường Phú Mỹ, Thành phố Hồ Chí Minh (trước ngày 01/7/2025: thị xã Phú Mỹ, tỉnh Bà Rịa – Vũng Tàu)"),
            ["Vĩ độ (WGS-84)", f"{num(lat, 'vi', False)}° N", "Kinh độ (WGS-84)", f"{num(lon, 'vi', False)}° E"],
            ["Loại hình sản xuất", "Luyện phôi thép bằng lò điện hồ quang (EAF) 2 × 70 tấn/mẻ, lò tinh luyện LF", "Công suất",
             f"{num(r.choice((800000, 1000000, 1200000)), 'vi')} tấn phôi/năm"],
            ["Phân nhóm theo Luật BVMT 2020", "Nhóm I", "Số lao động", f"{r.randint(600, 950)} người"],
            wide("Giấy phép môi trường", f"Số {r.randint(100, 480)}/GP-BTNMT ngày {r.randint(1, 28):02d}/11/2022 của Bộ Tài nguyên và Môi trường")]
    merges = [(k, 1, k, 3) for k, row in enumerate(rows) if row[2] is None]
    doc.table(None, rows, merges, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": "Phú Mỹ Xanh", "category": "I", "lat": lat, "lon": lon})
    doc.table("Sản phẩm chính", [["Sản phẩm", "Mác thép", "Sản lượng năm 2025 (tấn)"],
                                 ["Phôi vuông 150 × 150 mm", "SD390, CB400", num(r.randint(600, 780) * 1000, "vi")],
                                 ["Phôi vuông 130 × 130 mm", "SAE1008", num(r.randint(90, 160) * 1000, "vi")]], role="other")
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- emissions

# ((RU, KK shop), [(number, RU, KK, height m, diameter m or None, speed m/s, hours a year, X1, Y1, {code: (low, high) g/s})])
SMELTER_SOURCES = (
    (("Плавильный цех № 1 (печи РКЗ-33 № 1–4, ферросиликомарганец)", "№ 1 балқыту цехы (РКЗ-33 № 1–4 пештері, ферросиликомарганец)"), [
        ("0101", "Труба газоочистки печей № 1, 2 (рукавный фильтр)", "№ 1, 2 пештердің газ тазарту құбыры (жеңді сүзгі)", 45, 3.2, 9.8, 8400, 1240, 860,
         {"0143": (0.4, 1.2), "2909": (1.5, 4.0), "0337": (8, 20), "0301": (0.6, 1.6), "0330": (0.3, 0.9)}),
        ("0102", "Труба газоочистки печей № 3, 4 (рукавный фильтр)", "№ 3, 4 пештердің газ тазарту құбыры (жеңді сүзгі)", 45, 3.2, 10.3, 8400, 1310, 865,
         {"0143": (0.4, 1.2), "2909": (1.5, 4.0), "0337": (8, 20), "0301": (0.6, 1.6), "0330": (0.3, 0.9)}),
        ("0103", "Аспирация разливочной машины", "Құю машинасының аспирациясы", 22, 1.2, 11.4, 6200, 1385, 790, {"0143": (0.05, 0.2), "2909": (0.2, 0.6)})]),
    (("Плавильный цех № 2 (печи РКЗ-63 № 5, 6, ферросилиций)", "№ 2 балқыту цехы (РКЗ-63 № 5, 6 пештері, ферросилиций)"), [
        ("0201", "Труба газоочистки печи № 5", "№ 5 пештің газ тазарту құбыры", 60, 4.0, 10.5, 8400, 1620, 905,
         {"0323": (1.0, 3.0), "0337": (10, 25), "0301": (0.8, 2.0), "0330": (0.2, 0.6)}),
        ("0202", "Труба газоочистки печи № 6", "№ 6 пештің газ тазарту құбыры", 60, 4.0, 9.9, 8400, 1700, 910,
         {"0323": (1.0, 3.0), "0337": (10, 25), "0301": (0.8, 2.0), "0330": (0.2, 0.6)}),
        ("0203", "Аспирация дробления и фракционирования ферросилиция", "Ферросилицийді ұсату және фракциялау аспирациясы", 18, 0.8, 12.0, 5000,
         1760, 820, {"2909": (0.1, 0.4)})]),
    (("Шихтовый двор и шлакоотвал (неорганизованные источники)", "Шихта ауласы және қож үйіндісі (ұйымдастырылмаған көздер)"), [
        ("6001", "Склад марганцевой руды (разгрузка, штабелирование)", "Марганец кенінің қоймасы (түсіру, үю)", 5, None, None, 8760, 980, 1110,
         {"0143": (0.02, 0.08), "2909": (0.1, 0.4)}),
        ("6002", "Шлакоотвал № 2: разгрузка шлаковозов, планировка", "№ 2 қож үйіндісі: қож тасығыштарды түсіру, тегістеу", 8, None, None, 8760, 2950, 2240,
         {"2909": (0.2, 0.7), "0143": (0.01, 0.05)}),
        ("6003", "Дробильно-сортировочная установка шлака", "Қожды ұсату-сұрыптау қондырғысы", 4, None, None, 4000, 3120, 2310, {"2909": (0.15, 0.5)})]),
)  # fmt: skip


def emissions_kb1(doc: Doc) -> None:
    """A ferroalloy plant's form of the parameters of emission sources for the НДВ calculation: a header over three rows (the
    gas-air mixture's speed, volume and temperature and the map coordinates X1, Y1 as merged groups, then a row of column
    numbers), a row spanning the table for each smelting shop and the unorganised sources, each source's number, name,
    height, diameter, gas parameters and coordinates merged down over its substances, the concentration in mg/m³ between
    the grams a second and the tonnes a year, no hazard class, the plant's total last (VI: an EIA report's loads of a
    ferrosilicon project in a construction and an operation section, emission factors with their units in the cells,
    kilograms a day before grams a second and tonnes a year, sources named, not numbered)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_kb1_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    op = doc.pick(FERRO_OPS)[L]
    doc.h(g(f"Проект нормативов допустимых выбросов для ферросплавного завода {op}", f"{op} ферроқорытпа зауытына арналған жол берілетін шығарындылар нормативтерінің жобасы"))
    doc.p(g("Координаты источников приведены в местной системе координат карты-схемы предприятия (начало – юго-западный угол ограждения, м).",
            "Көздердің координаттары кәсіпорынның карта-сызбасының жергілікті координаттар жүйесінде берілген (бас нүктесі – қоршаудың "
            "оңтүстік-батыс бұрышы, м)."))
    rows = [g(["№ ИЗА", "Наименование источника", "Высота, м", "Диаметр устья, м", "Параметры ГВС на выходе", None, None, "Координаты на карте-схеме, м", None,
               "Код ЗВ", "Наименование вещества", "Выброс загрязняющего вещества", None, None],
              ["ЛШК №", "Көздің атауы", "Биіктігі, м", "Сағасының диаметрі, м", "Шығар жердегі ГАҚ параметрлері", None, None, "Карта-сызбадағы координаттар, м", None,
               "ЛЗ коды", "Заттың атауы", "Ластаушы заттың шығарындысы", None, None]),
            [None] * 4 + g(["скорость, м/с", "объем, м³/с", "температура, °С"], ["жылдамдығы, м/с", "көлемі, м³/с", "температурасы, °С"]) + ["X1", "Y1", None, None]
            + g(["г/с", "мг/м³", "т/год"], ["г/с", "мг/м³", "т/жыл"]),
            [str(k) for k in range(1, 15)]]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 9, 10)] + [(0, 4, 0, 6), (0, 7, 0, 8), (0, 11, 0, 13)]
    numbers, all_g, all_t = [], [], []
    for (s_ru, s_kk), sources in SMELTER_SOURCES:
        _span(rows, merges, (s_ru, s_kk)[L], 14)
        for number, n_ru, n_kk, h, d, w, hours, x, y, codes in sources:
            vol = round(3.14159 * d * d / 4 * w, 1) if d else None
            temp = r.randint(95, 140) if d and d > 2 else (r.randint(30, 55) if d else None)
            start = len(rows)
            for j, (c, (lo, hi)) in enumerate(codes.items()):
                gs = _sig(r.uniform(lo, hi), 3)
                ty = _sig(gs * 3600 * hours * r.uniform(0.82, 0.97) / 1e6, 3)
                conc = num(_sig(gs * 1000 / vol, 3), doc.lang) if vol else "–"
                head = [number, (n_ru, n_kk)[L], str(h), _cell(d, doc.lang), _cell(w, doc.lang), _cell(vol, doc.lang), _cell(temp, doc.lang),
                        num(x + r.randint(-5, 5), doc.lang), num(y + r.randint(-5, 5), doc.lang)]
                rows.append((head if j == 0 else [None] * 9) + [c, _air(doc, c), num(gs, doc.lang), conc, num(ty, doc.lang)])
                doc.add("emissions", emission(c, gs, ty, number))
                all_g.append(gs)
                all_t.append(ty)
            if len(codes) > 1:
                merges += [(start, k, len(rows) - 1, k) for k in range(9)]
            numbers.append(number)
    rows.append([g("Всего по предприятию", "Кәсіпорын бойынша барлығы")] + [None] * 10 + [num(round(sum(all_g), 4), doc.lang), "", num(round(sum(all_t), 3), doc.lang)])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 10))
    doc.table(g("Таблица 3.3 – Параметры выбросов загрязняющих веществ в атмосферу для расчета НДВ",
                "3.3-кесте – ЖШН есептеу үшін атмосфераға ластаушы заттар шығарындыларының параметрлері"), rows, merges, role="emissions")
    doc.add("sources", *({"number": n, "type": _kind(n)} for n in numbers))
    doc.p(g("Для неорганизованных источников параметры ГВС не определяются; высота принята по высоте пересыпки.",
            "Ұйымдастырылмаған көздер үшін ГАҚ параметрлері анықталмайды; биіктігі төгу биіктігі бойынша қабылданған."))
    maybe_distractor(doc)


# (period, section, hours a day, days a year, [(VI source, [(code, factor as written, (low, high) g/s)])])
VN_DTM = (
    ("construction", "A. GIAI ĐOẠN THI CÔNG XÂY DỰNG (18 tháng)", 8, 300, [
        ("Đào đắp, san nền (khối lượng 185.000 m³)", [("2902", "0,075 kg/tấn đất", (0.15, 0.45))]),
        ("Xe tải vận chuyển vật liệu, thiết bị (tải trọng 16 tấn, chạy dầu diesel)",
         [("2902", "0,9 kg/1.000 km", (0.01, 0.04)), ("0330", "4,29·S kg/1.000 km", (0.002, 0.008)),
          ("0301", "11,8 kg/1.000 km", (0.05, 0.15)), ("0337", "6,0 kg/1.000 km", (0.03, 0.09))]),
        ("Hàn kết cấu thép nhà xưởng (24 tấn que hàn)", [("0123", "7,1 g/kg que hàn", (0.004, 0.012)), ("0143", "0,92 g/kg que hàn", (0.0005, 0.0015))])]),
    ("operation", "B. GIAI ĐOẠN VẬN HÀNH", 24, 330, [
        ("Lò hồ quang chìm số 1, 2 (sau hệ thống lọc bụi túi vải)",
         [("2902", "0,35 kg/tấn sản phẩm", (1.2, 3.5)), ("0330", "1,6 kg/tấn sản phẩm", (4.0, 12.0)),
          ("0301", "0,9 kg/tấn sản phẩm", (2.5, 7.0)), ("0337", "2,1 kg/tấn sản phẩm", (6.0, 16.0))]),
        ("Khu đập, nghiền, sàng fero silic", [("2902", "0,12 kg/tấn sản phẩm", (0.3, 0.9))]),
        ("Bãi chứa quặng quartzit, than cốc, dăm gỗ", [("2902", "0,01 kg/tấn vật liệu", (0.05, 0.2))])]),
)


def _emissions_kb1_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG DỰ ÁN NHÀ MÁY SẢN XUẤT HỢP KIM FERO SILIC TẰNG LOỎNG, CÔNG SUẤT 30.000 TẤN/NĂM")
    doc.h("Chương 3. Đánh giá, dự báo tác động – 3.1.1 và 3.2.1. Tải lượng bụi, khí thải")
    doc.p(f"Chủ dự án: {doc.pick(('Công ty Cổ phần Luyện kim Tằng Loỏng', 'Công ty TNHH Hợp kim Lào Cai Xanh'))}. Địa điểm: Khu công nghiệp Tằng Loỏng, "
          "tỉnh Lào Cai. Hệ số phát thải theo Tổ chức Y tế Thế giới (WHO, 1993) và AP-42 của US EPA.")
    rows = [["TT", "Nguồn phát sinh", "Chất ô nhiễm", "Hệ số phát thải", "Tải lượng (kg/ngày)", "Tải lượng (g/s)", "Tải lượng (tấn/năm)"]]
    merges = []
    n = 0
    for period, section, hours, days, sources in VN_DTM:
        _span(rows, merges, section, 7)
        for name, items in sources:
            n += 1
            start = len(rows)
            for j, (c, factor, (lo, hi)) in enumerate(items):
                gs = _sig(r.uniform(lo, hi), 3)
                kg = _sig(gs * 3600 * hours / 1000, 3)
                ty = _sig(kg * days / 1000, 3)
                rows.append([str(n) if j == 0 else None, name if j == 0 else None, _air(doc, c), factor, num(kg, "vi"), num(gs, "vi"), num(ty, "vi")])
                doc.add("emissions", emission(c, gs, ty, None, None, period))
            if len(items) > 1:
                merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    doc.table("Bảng 3.4. Tải lượng bụi, khí thải của dự án theo giai đoạn", rows, merges, role="emissions")
    doc.p("Ghi chú: S – hàm lượng lưu huỳnh trong dầu diesel (0,05 %); thời gian làm việc giai đoạn thi công 8 giờ/ngày, giai đoạn vận hành 24 giờ/ngày, 330 ngày/năm.")
    maybe_distractor(doc)


# number: (RU, KK shop), the converters' sources cut by the reconstruction of their gas cleaning in 2027
CONV_SHOPS = {
    "0401": ("Конвертерный цех, конвертер № 1", "Конвертер цехы, № 1 конвертер"), "0402": ("Конвертерный цех, конвертер № 2", "Конвертер цехы, № 2 конвертер"),
    "0403": ("Участок внепечной обработки (ковш-печь)", "Пештен тыс өңдеу учаскесі (шөміш-пеш)"), "0404": ("Тракт подачи сыпучих и ферросплавов", "Сусымалы материалдар мен ферроқорытпаларды беру жолы"),
    "6401": ("Шлаковый двор (кантовка шлаковых чаш)", "Қож ауласы (қож тостағандарын аудару)"), "6402": ("Участок переработки конвертерного шлака", "Конвертер қожын қайта өңдеу учаскесі"),
}  # fmt: skip
# code: [(number, (low, high) g/s, hours)]
CONV_PLAN = {
    "0123": [("0401", (0.8, 2.0), 7900), ("0402", (0.8, 2.0), 7900), ("0403", (0.05, 0.2), 6500), ("6401", (0.02, 0.08), 8760), ("6402", (0.05, 0.15), 6000)],
    "0143": [("0401", (0.02, 0.06), 7900), ("0402", (0.02, 0.06), 7900), ("0403", (0.004, 0.015), 6500)],
    "0337": [("0401", (4, 12), 7900), ("0402", (4, 12), 7900), ("0403", (0.3, 0.9), 6500)],
    "0301": [("0401", (0.3, 0.9), 7900), ("0402", (0.3, 0.9), 7900), ("0403", (0.05, 0.15), 6500)],
    "0330": [("0401", (0.1, 0.4), 7900), ("0402", (0.1, 0.4), 7900)],
    "2908": [("0404", (0.1, 0.35), 7000), ("6401", (0.05, 0.2), 8760), ("6402", (0.2, 0.6), 6000)],
}  # fmt: skip


def emissions_kb2(doc: Doc) -> None:
    """A converter steel works' table of НДВ by substance, as the project's form has it: a row spanning the table for each
    substance (code and name), under it the shop and the source's number, the existing emissions of 2025 and the НДВ for
    2026–2035 as merged column pairs, the year the НДВ is reached; the converters' НДВ lower than their existing emissions
    (the NDV, not the existing figures, are the emissions), subtotals for organised and unorganised sources and a total per
    substance (VI: an integrated steel works' annual report with its stacks as columns and the pollutants as rows, tonnes a
    year only, the flow and hours of each stack in rows above them, a total column)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_kb2_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    op = doc.pick(STEEL_OPS)
    doc.h(g(f"Нормативы допустимых выбросов загрязняющих веществ по объекту «{op[2]}» ({op[0]})", f"«{op[3]}» ({op[1]}) объектісі бойынша ластаушы заттардың жол берілетін шығарындыларының нормативтері"))
    doc.p(g("В 2027 году завершается реконструкция газоочистки конвертеров № 1 и № 2 (замена скрубберов Вентури на электрофильтры), после "
            "чего выбросы конвертеров снижаются до нормативных.",
            "2027 жылы № 1 және № 2 конвертерлердің газ тазартуын реконструкциялау (Вентури скрубберлерін электрсүзгілерге ауыстыру) аяқталады, "
            "содан кейін конвертерлердің шығарындылары нормативтік деңгейге дейін төмендейді."))
    rows = [g(["Производство, цех, участок", "Номер источника", "Существующее положение на 2025 год", None, "НДВ на 2026–2035 годы", None, "Год достижения НДВ"],
              ["Өндіріс, цех, учаске", "Көздің нөмірі", "2025 жылғы қазіргі жағдай", None, "2026–2035 жылдарға ЖШН", None, "ЖШН-ге қол жеткізу жылы"]),
            [None, None] + g(["г/с", "т/год", "г/с", "т/год"], ["г/с", "т/жыл", "г/с", "т/жыл"]) + [None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 6, 1, 6), (0, 2, 0, 3), (0, 4, 0, 5)]
    numbers = set()
    for code, plan in CONV_PLAN.items():
        _span(rows, merges, f"{code} – {_air(doc, code)}", 7)
        sums = {}
        for org in (True, False):
            part = [p for p in plan if (p[0][0] != "6") == org]
            if not part:
                continue
            tot = [0.0, 0.0, 0.0, 0.0]
            for number, (lo, hi), hours in part:
                cut = number in ("0401", "0402")
                ndv_g = _sig(r.uniform(lo, hi), 3)
                ndv_t = _sig(ndv_g * 3600 * hours / 1e6, 3)
                ex_g = _sig(ndv_g * r.uniform(1.5, 1.9), 3) if cut else ndv_g
                ex_t = _sig(ndv_t * ex_g / ndv_g, 3) if cut else ndv_t
                rows.append([CONV_SHOPS[number][L], number, num(ex_g, doc.lang), num(ex_t, doc.lang), num(ndv_g, doc.lang), num(ndv_t, doc.lang),
                             "2027" if cut else "2026"])
                doc.add("emissions", emission(code, ndv_g, ndv_t, number))
                numbers.add(number)
                tot = [a + b for a, b in zip(tot, (ex_g, ex_t, ndv_g, ndv_t), strict=True)]
            label = g("Итого по организованным источникам:", "Ұйымдастырылған көздер бойынша жиыны:") if org else g(
                "Итого по неорганизованным источникам:", "Ұйымдастырылмаған көздер бойынша жиыны:")
            rows.append([label, None, *(num(round(x, 4), doc.lang) for x in tot), ""])
            merges.append((len(rows) - 1, 0, len(rows) - 1, 1))
            sums[org] = tot
        whole = [sum(t[k] for t in sums.values()) for k in range(4)]
        rows.append([g("Всего по веществу:", "Зат бойынша барлығы:"), None, *(num(round(x, 4), doc.lang) for x in whole), ""])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 1))
    doc.table(g("Таблица 5.1 – Нормативы выбросов загрязняющих веществ в атмосферу по объекту", "5.1-кесте – Объект бойынша атмосфераға ластаушы заттар шығарындыларының нормативтері"),
              rows, merges, role="emissions")
    doc.add("sources", *({"number": n, "type": _kind(n)} for n in sorted(numbers)))
    maybe_distractor(doc)


# (VI stack, (low, high) Nm3/h, hours, {code: (low, high) t/year or None})
VN_BOF_STACKS = (
    ("Ống khói nhà máy thiêu kết", (850000, 1100000), 8200, {"2902": (180, 320), "0330": (900, 1600), "0301": (600, 1100), "0337": (4000, 9000)}),
    ("Ống khói lò gió nóng lò cao số 1", (280000, 360000), 8400, {"2902": (15, 40), "0330": (60, 140), "0301": (120, 260), "0337": (300, 700)}),
    ("Ống thải lọc bụi thứ cấp lò thổi BOF", (900000, 1300000), 7800, {"2902": (90, 180), "0330": None, "0301": None, "0337": (150, 400)}),
    ("Ống khói lò nung phôi nhà máy cán", (90000, 140000), 7600, {"2902": (4, 12), "0330": (8, 25), "0301": (90, 180), "0337": (20, 60)}),
)


def _emissions_kb2_vi(doc: Doc) -> None:
    r = doc.rng
    company = doc.pick(("Công ty Cổ phần Gang thép Hòa Lộc", "Công ty TNHH Liên hợp Thép Nghi Sơn Xanh"))
    doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – {company.upper()}")
    doc.h("2.3. Tổng lượng khí thải và các chất ô nhiễm thải ra môi trường")
    doc.p("Khu liên hợp tại Khu kinh tế Nghi Sơn, tỉnh Thanh Hóa. Tải lượng tính từ số liệu quan trắc tự động, liên tục và thời gian vận hành thực tế của từng ống thải.")
    rows = [["Thông số", *(s[0] for s in VN_BOF_STACKS), "Tổng cộng"]]
    merges = []
    flows = [r.randint(lo // 1000, hi // 1000) * 1000 for _, (lo, hi), _, _ in VN_BOF_STACKS]
    rows.append(["Lưu lượng trung bình (Nm³/h)", *(num(q, "vi") for q in flows), "-"])
    rows.append(["Thời gian vận hành (giờ/năm)", *(num(s[2] - r.randint(0, 30) * 10, "vi") for s in VN_BOF_STACKS), "-"])
    _span(rows, merges, "Tải lượng các chất ô nhiễm (tấn/năm)", len(VN_BOF_STACKS) + 2)
    for code in ("2902", "0330", "0301", "0337"):
        line, total = [_air(doc, code)], 0.0
        for _, _, _, loads in VN_BOF_STACKS:
            band = loads[code]
            if band is None:
                line.append("-")
                continue
            ty = _sig(r.uniform(*band), 3)
            total += ty
            line.append(num(ty, "vi"))
            doc.add("emissions", emission(code, None, ty))
        rows.append(line + [num(round(total, 2), "vi")])
    doc.table("Bảng 2.5. Lưu lượng và tải lượng khí thải theo ống thải năm 2025", rows, merges, role="emissions")
    doc.p("Ghi chú: \"-\" – thông số không thuộc danh mục quan trắc của ống thải theo giấy phép môi trường.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

# (code, RU, KK, RU, KK source, (low, high) t placed in 2025, thousand t accumulated)
DUMP_WASTES = (
    ("10 02 02", "Шлак ферросиликомарганца отвальный", "Ферросиликомарганецтің үйінді қожы", "Плавильный цех № 1", "№ 1 балқыту цехы", (150000, 220000), 4820),
    ("10 02 02", "Шлак ферросилиция", "Ферросилиций қожы", "Плавильный цех № 2", "№ 2 балқыту цехы", (12000, 25000), 610),
    ("10 02 01", "Отсев переработки шлака (фракция 0–5 мм)", "Қожды қайта өңдеу елегі (0–5 мм фракциясы)", "ДСУ шлакоотвала", "Қож үйіндісінің ДСҚ", (30000, 60000), 940),
    ("10 02 08", "Пыль газоочистки печей РКЗ-33 некондиционная", "РКЗ-33 пештерінің кондицияланбаған газ тазарту шаңы", "Плавильный цех № 1", "№ 1 балқыту цехы",
     (3000, 8000), 155),
    ("16 11 04", "Отработанная футеровка печей и ковшей", "Пештер мен шөміштердің пайдаланылған футеровкасы", "Плавильные цеха № 1, 2", "№ 1, 2 балқыту цехтары",
     (1500, 3500), 48),
    ("10 02 13*", "Шламы мокрой газоочистки, содержащие опасные вещества", "Құрамында қауіпті заттар бар дымқыл газ тазарту шламдары", "Плавильный цех № 2",
     "№ 2 балқыту цехы", (200, 600), 11),
)  # fmt: skip


def wastes_kb1(doc: Doc) -> None:
    """A slag dump's passport at a ferroalloy plant: the dump's own data (area, capacity, what lies on it, height) in a table of
    no role, then the wastes placed on it — code, name, the shop that gives it, hazardous or not in words, the tonnes placed in
    2025 (the amount) beside the thousands of tonnes accumulated since the dump opened (a stock, no amount), two slags under the
    same code `10 02 02`, the sludge `10 02 13*` in its lined section — a total row, then the slag's chemical composition in
    per cent of oxides in a table of no role (VI: a ferromanganese plant's GPMT list of ordinary and hazardous wastes in one
    table with the unit in a column of its own, tonnes a year, kilograms a year, and the cooling-pond sludge in cubic metres)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_kb1_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    op = doc.pick(FERRO_OPS)[L]
    doc.h(g(f"Паспорт объекта размещения отходов – шлакоотвал № 2 ферросплавного завода {op}", f"{op} ферроқорытпа зауытының № 2 қож үйіндісі – қалдықтарды орналастыру объектісінің паспорты"))
    doc.table(g("1. Общие сведения", "1. Жалпы мәліметтер"), [
        g(["Показатель", "Значение"], ["Көрсеткіш", "Мәні"]),
        g(["Площадь отвода, га", num(round(r.uniform(78, 96), 1), "ru")], ["Бөлінген ауданы, га", num(round(r.uniform(78, 96), 1), "kk")]),
        g(["Проектная вместимость, млн т", "12,5"], ["Жобалық сыйымдылығы, млн т", "12,5"]),
        g(["Высота отвала на 01.01.2026, м", str(r.randint(24, 31))], ["01.01.2026 жағдай бойынша үйінді биіктігі, м", str(r.randint(24, 31))]),
        g(["Год ввода в эксплуатацию", "1985"], ["Пайдалануға берілген жылы", "1985"]),
        g(["Расстояние до р. Иртыш, км", "6,8"], ["Ертіс өзеніне дейінгі қашықтық, км", "6,8"]),
    ], role="other")
    rows = [g(["№", "Код отхода", "Наименование отхода", "Источник образования", "Вид отхода", "Размещено в 2025 г., т", "Накоплено на 01.01.2026, тыс. т"],
              ["№", "Қалдық коды", "Қалдықтың атауы", "Түзілу көзі", "Қалдық түрі", "2025 ж. орналастырылды, т", "01.01.2026 жинақталды, мың т"])]
    placed, stock = 0.0, 0
    for k, (code, n_ru, n_kk, s_ru, s_kk, (lo, hi), acc) in enumerate(DUMP_WASTES, 1):
        amount = float(r.randint(lo, hi)) if hi > 1000 else round(r.uniform(lo, hi), 1)
        acc += r.randint(-20, 20) if acc > 100 else 0
        hazardous = code.endswith("*")
        name = (n_ru, n_kk)[L]
        rows.append([str(k), code, name, (s_ru, s_kk)[L], g("опасный", "қауіпті") if hazardous else g("неопасный", "қауіпті емес"),
                     num(amount, doc.lang), num(acc, doc.lang)])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": hazardous, "amount_t": amount, "name_contains": _words(name, 3)})
        placed += amount
        stock += acc
    rows.append(["", "", g("Итого", "Барлығы"), "", "", num(round(placed, 1), doc.lang), num(stock, doc.lang)])
    doc.table(g("2. Отходы, размещаемые на шлакоотвале", "2. Қож үйіндісінде орналастырылатын қалдықтар"), rows, role="wastes")
    doc.p(g("Шламы газоочистки размещаются в изолированной секции с противофильтрационным экраном из геомембраны.",
            "Газ тазарту шламдары геомембранадан жасалған сүзуге қарсы экраны бар оқшауланған секцияда орналастырылады."))
    oxides = ("MnO", "SiO2", "CaO", "MgO", "Al2O3", "FeO")
    shares = (round(r.uniform(11, 16), 1), round(r.uniform(42, 48), 1), round(r.uniform(17, 23), 1), round(r.uniform(4, 7), 1), round(r.uniform(8, 11), 1), 0.6)
    doc.table(g("3. Химический состав шлака ферросиликомарганца, %", "3. Ферросиликомарганец қожының химиялық құрамы, %"),
              [list(oxides), [num(x, doc.lang) for x in shares]], role="other")


# (VI name, state, code or None, (low, high), unit) — unit "t" tonnes a year, "kg" kilograms a year, "m3" cubic metres a year
VN_FERRO_WASTES = (
    ("Xỉ lò luyện fero mangan", "Rắn", None, (9000, 15000), "t"),
    ("Bụi thu hồi từ hệ thống lọc bụi túi vải (tái sử dụng làm nguyên liệu vê viên)", "Rắn", None, (600, 1200), "t"),
    ("Gạch chịu lửa thải từ sửa chữa lò", "Rắn", None, (80, 200), "t"),
    ("Bao bì jumbo, bao dứa thải", "Rắn", None, (10, 40), "t"),
    ("Bùn cặn bể lắng tuần hoàn nước làm mát", "Bùn", None, (40, 90), "m3"),
    ("Dầu động cơ, hộp số và bôi trơn tổng hợp thải", "Lỏng", "17 02 03", (400, 900), "kg"),
    ("Chất hấp thụ, vật liệu lọc, giẻ lau, vải bảo vệ thải bị nhiễm các thành phần nguy hại", "Rắn", "18 02 01", (150, 400), "kg"),
    ("Bóng đèn huỳnh quang và các loại thủy tinh hoạt tính thải", "Rắn", "16 01 06", (10, 40), "kg"),
    ("Bao bì cứng thải bằng kim loại", "Rắn", "18 01 02", (100, 300), "kg"),
    ("Pin, ắc quy chì thải", "Rắn", "19 06 01", (50, 200), "kg"),
)  # fmt: skip
VN_UNIT = {"t": "tấn/năm", "kg": "kg/năm", "m3": "m³/năm"}


def _wastes_kb1_vi(doc: Doc) -> None:
    r = doc.rng
    company = doc.pick(VN_FERRO_COMPANIES)
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – NHÀ MÁY LUYỆN FERO MANGAN CHU TRINH ({company.upper()})")
    doc.h("4.3. Chủng loại, khối lượng chất thải rắn công nghiệp thông thường và chất thải nguy hại phát sinh")
    rows = [["TT", "Tên chất thải", "Trạng thái tồn tại", "Mã CTNH", "Khối lượng", "Đơn vị"]]
    merges = []
    n = 0
    for section, hazardous in (("I. Chất thải rắn công nghiệp thông thường", False), ("II. Chất thải nguy hại", True)):
        _span(rows, merges, section, 6)
        for name, state, code, (lo, hi), unit in VN_FERRO_WASTES:
            if (code is not None) != hazardous:
                continue
            n += 1
            amount = float(r.randint(lo, hi))
            rows.append([str(n), name, state, code or "-", num(amount, "vi"), VN_UNIT[unit]])
            tonnes = amount if unit == "t" else amount / 1000 if unit == "kg" else None
            if code:
                doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": tonnes, "name_contains": _words(name, 4)})
            else:
                doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": tonnes, "name_contains": _words(name, 4)})
    doc.table("Bảng 4.3. Khối lượng chất thải phát sinh khi vận hành ổn định", rows, merges, role="wastes")
    doc.p("Xỉ lò được lưu chứa tại bãi xỉ có diện tích 1,2 ha, tường chắn cao 3 m; bụi thu hồi được phối trộn vào phối liệu vê viên.")
    maybe_distractor(doc)


# ((RU, KK section), [(code, RU, KK, kind, norm, (low, high) base)]) — kind: "kg" kg/t of steel, "pct" per cent of slag processed,
# "head" t a person a year, "fact" by the facts of 2023–2025 (then (low, high) is the amount)
STEEL_NORMS = (
    (("1. Конвертерный цех", "1. Конвертер цехы"), [
        ("10 02 02", "Шлак конвертерный", "Конвертер қожы", "kg", (110, 130), (2900, 3400)),
        ("10 02 14", "Шлам газоочистки конвертеров", "Конвертерлердің газ тазарту шламы", "kg", (14, 19), (2900, 3400)),
        ("16 11 04", "Отработанная футеровка конвертеров и сталеразливочных ковшей", "Конвертерлер мен болат құю шөміштерінің пайдаланылған футеровкасы",
         "kg", (2.1, 3.0), (2900, 3400)),
        ("10 02 10", "Окалина машин непрерывного литья заготовок", "Дайындамаларды үздіксіз құю машиналарының қағы", "kg", (6, 9), (2900, 3400))]),
    (("2. Участок переработки шлака", "2. Қожды қайта өңдеу учаскесі"), [
        ("10 02 01", "Отсев переработки шлака фракции 0–10 мм", "Қожды қайта өңдеудің 0–10 мм фракциялы елегі", "pct", (28, 36), (320, 400))]),
    (("3. Вспомогательные службы", "3. Қосалқы қызметтер"), [
        ("13 02 05*", "Отработанные моторные масла", "Пайдаланылған мотор майлары", "fact", None, (12, 25)),
        ("15 02 02*", "Промасленная ветошь", "Майланған шүберек", "fact", None, (3, 8)),
        ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", "fact", None, (0.4, 1.2)),
        ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", "head", (0.075, 0.075), (2100, 2900))]),
)  # fmt: skip


def wastes_kb2(doc: Doc) -> None:
    """A converter steel works' calculation of its waste-generation norms: under rows spanning the table for the converter
    shop, the slag processing area and the auxiliary services, each waste's code, the specific norm and the basis of the
    calculation with their units in the cells (`118 кг/т стали`, `3 150 тыс. т стали`, `32 % от переработанного шлака`,
    `0,075 т/чел. в год`, `2 450 чел.`, `по факту 2023–2025 гг.`), then the norm in tonnes a year (the amount); a row of column
    numbers under the header (VI: an electric-arc steel mill's waste log for 2025 by quarter, the year's total the amount,
    its arc-furnace dust `05 01 01` hazardous, the slags ordinary)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_kb2_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    op = doc.pick(STEEL_OPS)
    doc.h(g(f"Расчет нормативов образования отходов. {op[2]} ({op[0]})", f"{op[3]} ({op[1]}). Қалдықтардың түзілу нормативтерін есептеу"))
    doc.p(g("Удельные нормативы приняты по данным учета отходов за 2023–2025 годы и технологическому регламенту конвертерного производства.",
            "Үлестік нормативтер 2023–2025 жылдардағы қалдықтарды есепке алу деректері және конвертер өндірісінің технологиялық регламенті бойынша қабылданды."))
    rows = [g(["№", "Наименование отхода", "Код", "Удельный норматив", "База расчета", "Норматив образования, т/год"],
              ["№", "Қалдықтың атауы", "Коды", "Үлестік норматив", "Есептеу базасы", "Түзілу нормативі, т/жыл"]),
            ["1", "2", "3", "4", "5", "6"]]
    merges = []
    k = 0
    for (s_ru, s_kk), items in STEEL_NORMS:
        _span(rows, merges, (s_ru, s_kk)[L], 6)
        for code, n_ru, n_kk, kind, norm, (lo, hi) in items:
            k += 1
            if kind == "fact":
                amount = round(r.uniform(lo, hi), 2)
                norm_cell, base_cell = g("по факту 2023–2025 гг.", "2023–2025 жж. нақты деректер бойынша"), "–"
            else:
                spec = round(r.uniform(*norm), 3 if kind == "head" else 1)
                base = r.randint(lo, hi) if kind == "head" else r.randint(lo // 10, hi // 10) * 10
                if kind == "kg":
                    amount = round(spec * base, 1)
                    norm_cell = g(f"{num(spec, 'ru')} кг/т стали", f"болаттың 1 т-на {num(spec, 'kk')} кг")
                    base_cell = g(f"{num(base, 'ru')} тыс. т стали", f"{num(base, 'kk')} мың т болат")
                elif kind == "pct":
                    amount = round(spec / 100 * base * 1000, 1)
                    norm_cell = g(f"{num(spec, 'ru')} % от переработанного шлака", f"қайта өңделген қождың {num(spec, 'kk')} %")
                    base_cell = g(f"{num(base, 'ru')} тыс. т шлака", f"{num(base, 'kk')} мың т қож")
                else:
                    amount = round(spec * base, 2)
                    norm_cell = g(f"{num(spec, 'ru')} т/чел. в год", f"жылына {num(spec, 'kk')} т/адам")
                    base_cell = g(f"{num(base, 'ru')} чел.", f"{num(base, 'kk')} адам")
            name = (n_ru, n_kk)[L]
            rows.append([str(k), name, code, norm_cell, base_cell, num(amount, doc.lang)])
            doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": amount, "name_contains": _words(name, 3)})
    doc.table(g("Таблица 4.2 – Нормативы образования отходов", "4.2-кесте – Қалдықтардың түзілу нормативтері"), rows, merges, role="wastes")
    doc.p(g("Металлический скрап, извлекаемый при переработке шлака, возвращается в шихту конвертеров и отходом не является.",
            "Қожды қайта өңдеу кезінде алынатын металл скрап конвертерлер шихтасына қайтарылады және қалдық болып табылмайды."))
    maybe_distractor(doc)


# (VI name, code or None, (low, high) t a year, receiver)
VN_EAF_WASTES = (
    ("Chất thải rắn có các thành phần nguy hại từ quá trình xử lý khí thải (bụi lò điện hồ quang)", "05 01 01", (14000, 20000),
     "Công ty TNHH Tái chế Kẽm Phú Mỹ"),
    ("Dầu động cơ, hộp số và bôi trơn tổng hợp thải", "17 02 03", (8, 20), "Công ty Cổ phần Môi trường Sao Việt"),
    ("Giẻ lau, găng tay dính dầu mỡ", "18 02 01", (2, 6), "Công ty Cổ phần Môi trường Sao Việt"),
    ("Bóng đèn huỳnh quang thải", "16 01 06", (0.1, 0.4), "Công ty Cổ phần Môi trường Sao Việt"),
    ("Bao bì cứng thải bằng kim loại (thùng phuy dầu)", "18 01 02", (1, 4), "Công ty Cổ phần Môi trường Sao Việt"),
    ("Xỉ lò điện hồ quang (xỉ EAF)", None, (100000, 140000), "Công ty TNHH Vật liệu Xây dựng Xỉ Thép Miền Nam"),
    ("Xỉ lò tinh luyện LF", None, (15000, 25000), "Công ty TNHH Vật liệu Xây dựng Xỉ Thép Miền Nam"),
    ("Vảy cán, vảy sắt từ máy đúc liên tục", None, (4000, 8000), "Tái sử dụng làm nguyên liệu cho lò EAF"),
    ("Gạch chịu lửa thải", None, (1500, 3000), "Công ty TNHH Vật liệu Xây dựng Xỉ Thép Miền Nam"),
)  # fmt: skip


def _wastes_kb2_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – CÔNG TY TNHH THÉP PHÚ MỸ XANH")
    doc.h("3. Kết quả quản lý chất thải rắn và chất thải nguy hại")
    rows = [["TT", "Tên chất thải", "Mã CTNH", "Khối lượng phát sinh năm 2025 (tấn)", None, None, None, None, "Đơn vị tiếp nhận, xử lý"],
            [None, None, None, "Quý I", "Quý II", "Quý III", "Quý IV", "Cả năm", None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 7), (0, 8, 1, 8)]
    n = 0
    for section, hazardous in (("I. CHẤT THẢI NGUY HẠI", True), ("II. CHẤT THẢI RẮN CÔNG NGHIỆP THÔNG THƯỜNG", False)):
        _span(rows, merges, section, 9)
        for name, code, (lo, hi), receiver in VN_EAF_WASTES:
            if (code is not None) != hazardous:
                continue
            n += 1
            digits = 0 if hi > 1000 else 2
            quarters = [round(r.uniform(lo, hi) / 4, digits) for _ in range(4)]
            year = round(sum(quarters), digits)
            rows.append([str(n), name, code or "-", *(num(q, "vi") for q in quarters), num(year, "vi"), receiver])
            item = {"code": code + "*" if code else None, "code_system": "VN-CTNH" if code else None, "hazardous": hazardous, "amount_t": float(year),
                    "name_contains": _words(name, 4)}
            doc.add("wastes", item)
    doc.table("Bảng 3.1. Khối lượng chất thải phát sinh theo quý", rows, merges, role="wastes")
    doc.p("Xỉ EAF sau khi tách kim loại được chuyển giao làm vật liệu san lấp, làm đường theo hướng dẫn của Bộ Xây dựng về sử dụng xỉ thép.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

# (outlet, flow m3/h, [(symbol, ДК: a figure or a range)])
OUTLETS = (
    ("Выпуск № 1", 145, [("pH", (6.5, 8.5)), ("TSS", 25), ("TDS", 1000), ("SO4", 500), ("Cl-", 350), ("Fe", 0.3), ("Mn", 0.1), ("TPH", 0.3)]),
    ("Выпуск № 2", 38, [("pH", (6.5, 8.5)), ("BOD5", 15), ("TSS", 20), ("NH4+", 2), ("NO2-", 3.3), ("NO3-", 45), ("Surfactants", 0.5)]),
)


def limits_kb1(doc: Doc) -> None:
    """A ferroalloy plant's table of permissible discharges: the outlets as rows spanning the table (`Выпуск № 1` of the
    industrial and storm water to an evaporation pond, `Выпуск № 2` of the domestic water to filtration fields, their
    flows only in the text above), the actual concentration of 2025, the allowed concentration (ДК, the limit) and the НДС
    in grams an hour and tonnes a year under a merged header (mass norms, no concentration limits), pH as a range with
    dashes for its masses (VI: an electric-arc steel mill's waste water against QCVN 52:2017/BTNMT column B, the standard's
    C beside Cmax = C × Kq × Kf, pH and temperature not multiplied, temperature with no key)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_kb1_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    op = doc.pick(FERRO_OPS)[L]
    doc.h(g(f"Нормативы допустимых сбросов загрязняющих веществ на 2026–2035 годы. {op}", f"{op}. 2026–2035 жылдарға арналған ластаушы заттардың жол берілетін төгінділерінің нормативтері"))
    doc.p(g(f"Выпуск № 1 – промышленно-ливневые стоки (охлаждение разливочных машин, поверхностный сток промплощадки) в пруд-испаритель, расход "
            f"{OUTLETS[0][1]} м³/ч; выпуск № 2 – хозяйственно-бытовые стоки после КОС на поля фильтрации, расход {OUTLETS[1][1]} м³/ч. Режим – 8 760 ч/год.",
            f"№ 1 шығарылым – булану тоғанына өнеркәсіптік-нөсер ағындары (құю машиналарын салқындату, өнеркәсіп алаңының беткі ағыны), шығыны "
            f"{OUTLETS[0][1]} м³/сағ; № 2 шығарылым – КТҚ-дан кейін сүзу алқаптарына шаруашылық-тұрмыстық ағындар, шығыны {OUTLETS[1][1]} м³/сағ. "
            "Режимі – жылына 8 760 сағ."))
    rows = [g(["Наименование показателя", "Фактическая концентрация (2025 г.), мг/дм³", "Допустимая концентрация (ДК), мг/дм³", "НДС", None],
              ["Көрсеткіштің атауы", "Нақты концентрация (2025 ж.), мг/дм³", "Жол берілетін концентрация (ЖБК), мг/дм³", "ЖБТН", None]),
            [None, None, None, g("г/ч", "г/сағ"), g("т/год", "т/жыл")]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4)]
    for outlet, flow, items in OUTLETS:
        point = g(outlet, outlet.replace("Выпуск № ", "№ ") + " шығарылым")
        _span(rows, merges, point, 5)
        for symbol, dk in items:
            if isinstance(dk, tuple):
                v = round(r.uniform(7.0, 8.2), 1)
                rows.append([vocab.water(symbol, doc.lang), num(v, doc.lang), f"{num(dk[0], doc.lang)}–{num(dk[1], doc.lang)}", "–", "–"])
            else:
                v = _sig(dk * r.uniform(0.3, 0.9), 2)
                gh = _sig(dk * flow, 4)
                rows.append([vocab.water(symbol, doc.lang), num(v, doc.lang), num(dk, doc.lang), num(gh, doc.lang), num(_sig(gh * 8760 / 1e6, 4), doc.lang)])
            add(doc, limit(("symbol", symbol), "waste_water", dk, "mg/l", None, point, v))
    doc.table(g("Таблица 6.1 – Нормативы допустимых сбросов по выпускам", "6.1-кесте – Шығарылымдар бойынша жол берілетін төгінділердің нормативтері"), rows, merges,
              role="limits")
    maybe_distractor(doc)


# (symbol or None, VI label, unit, C of column B: a figure or a range, multiplied by Kq × Kf?)
VN_QCVN52 = (
    (None, "Nhiệt độ", "°C", 40, False), ("pH", "pH", "-", (5.5, 9), False), ("TSS", "Tổng chất rắn lơ lửng (TSS)", "mg/l", 100, True),
    ("COD", "COD", "mg/l", 150, True), ("Fe", "Sắt (Fe)", "mg/l", 5, True), ("Mn", "Mangan (Mn)", "mg/l", 1, True), ("Zn", "Kẽm (Zn)", "mg/l", 3, True),
    ("Pb", "Chì (Pb)", "mg/l", 0.5, True), ("Cr6+", "Crom (VI)", "mg/l", 0.1, True), ("TPH", "Tổng dầu mỡ khoáng", "mg/l", 10, True),
)


def _limits_kb1_vi(doc: Doc) -> None:
    r = doc.rng
    kq, kf = 0.9, 1.0
    doc.h(f"KẾT QUẢ QUAN TRẮC NƯỚC THẢI ĐỊNH KỲ QUÝ {doc.pick(('I', 'III'))} NĂM 2025 – NHÀ MÁY LUYỆN PHÔI THÉP PHÚ MỸ XANH")
    doc.p("Vị trí lấy mẫu NT1: cửa xả sau trạm xử lý nước thải tập trung, trước khi xả ra sông Thị Vải. Lưu lượng xả thải trung bình 1.850 m³/ngày đêm; "
          "Kq = 0,9 (sông Thị Vải, đoạn có lưu lượng trên 50 đến 200 m³/s), Kf = 1,0 (lưu lượng trên 500 đến 5.000 m³/ngày đêm).")
    rows = [["TT", "Thông số", "Đơn vị", "Kết quả NT1", "QCVN 52:2017/BTNMT, cột B", None],
            [None, None, None, None, "C", "Cmax = C × Kq × Kf"]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 1, 3), (0, 4, 0, 5)]
    for k, (symbol, label, unit, c, mult) in enumerate(VN_QCVN52, 1):
        if isinstance(c, tuple):
            v = round(r.uniform(6.8, 7.9), 1)
            c_cell = f"{num(c[0], 'vi')} – {num(c[1], 'vi')}"
            cmax, cmax_cell = c, c_cell
        else:
            cmax = _sig(c * kq * kf, 6) if mult else c
            v = round(r.uniform(29, 36), 1) if symbol is None else _sig(cmax * r.uniform(0.05, 0.7), 2)
            c_cell, cmax_cell = num(c, "vi"), num(cmax, "vi")
        rows.append([str(k), label, unit, num(v, "vi"), c_cell, cmax_cell])
        if symbol:
            add(doc, limit(("symbol", symbol), "waste_water", cmax, "mg/l", "B", "NT1", v))
    doc.table("Bảng 1. Kết quả phân tích chất lượng nước thải", rows, merges, role="limits")
    doc.p("Nhận xét: các thông số đều nằm trong giới hạn cho phép của QCVN 52:2017/BTNMT – Quy chuẩn kỹ thuật quốc gia về nước thải công nghiệp sản xuất thép, cột B.")
    maybe_distractor(doc)


# (well, RU, KK place, depth m)
WELLS = (("Скв. 1н", "фоновая, 600 м выше шлакоотвала по потоку", "фондық, ағын бойынша қож үйіндісінен 600 м жоғары", 28),
         ("Скв. 2н", "северный борт шлакоотвала", "қож үйіндісінің солтүстік борты", 24),
         ("Скв. 3н", "южный борт, у пруда-осветлителя", "оңтүстік борты, мөлдірлеткіш тоған жанында", 22),
         ("Скв. 4н", "1 000 м ниже шлакоотвала по потоку", "ағын бойынша қож үйіндісінен 1 000 м төмен", 30))
# (symbol, ПДК: a figure or a range, (low, high) share of the ПДК, detection limit or None)
WELL_PARAMS = (("pH", (6, 9), None, None), ("TDS", 1000, (0.6, 1.4), None), ("SO4", 500, (0.4, 1.3), None), ("Cl-", 350, (0.2, 0.8), None),
               ("Mn", 0.1, (0.3, 2.5), None), ("Fe", 0.3, (0.2, 1.5), None), ("Cr6+", 0.05, (0.1, 0.6), 0.005), ("TPH", 0.1, (0.1, 0.7), 0.02))


def limits_kb2(doc: Doc) -> None:
    """A laboratory's results of groundwater monitoring around a steel works' slag dump, transposed: the wells as rows (the
    well's name alone in its cell, where it lies in the next), their depth and the water level in metres as look-alikes, the
    parameters as columns with the units in a row of their own and the ПДК in a third header row, values below the detection
    limit written `<0,005` (no value) (VI: a ferromanganese plant's GPMT on its flue-gas streams, each stream merged down over
    its pollutants with the permitted value of QCVN 19:2009/BTNMT column B with the stream's Kp, the periodic and the
    continuous monitoring in the last two columns)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_kb2_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    op = doc.pick(STEEL_OPS)
    doc.h(g(f"Протокол испытаний подземных вод № {r.randint(40, 390)}-ПВ. Шлакоотвал конвертерного шлака, {op[0]}",
            f"{op[1]}, конвертер қожының үйіндісі. № {r.randint(40, 390)}-ПВ жерасты суларын сынау хаттамасы"))
    doc.p(g(f"Дата отбора проб: {r.randint(10, 28)}.{doc.pick(('04', '05', '10'))}.2025. Нормативы – гигиенические нормативы показателей безопасности воды "
            "(приказ Министра здравоохранения РК № ҚР ДСМ-138).",
            f"Сынама алу күні: {r.randint(10, 28)}.{doc.pick(('04', '05', '10'))}.2025. Нормативтер – судың қауіпсіздік көрсеткіштерінің гигиеналық "
            "нормативтері (ҚР Денсаулық сақтау министрінің № ҚР ДСМ-138 бұйрығы)."))
    rows = [g(["Скважина", "Расположение", "Глубина", "Уровень воды"], ["Ұңғыма", "Орналасуы", "Тереңдігі", "Су деңгейі"]) + [vocab.water(s, doc.lang) for s, *_ in WELL_PARAMS],
            ["", "", g("м", "м"), g("м", "м")] + [g("ед. pH", "pH бірл.") if s == "pH" else g("мг/дм³", "мг/дм³") for s, *_ in WELL_PARAMS],
            [g("ПДК", "ШЖК"), None, "–", "–"] + [f"{num(p[0], doc.lang)}–{num(p[1], doc.lang)}" if isinstance(p, tuple) else num(p, doc.lang) for _, p, _, _ in WELL_PARAMS]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (2, 0, 2, 1)]
    for well, p_ru, p_kk, depth in WELLS:
        line = [well, (p_ru, p_kk)[L], num(depth, doc.lang), num(round(r.uniform(6.5, 14.5), 2), doc.lang)]
        for symbol, pdk, band, dl in WELL_PARAMS:
            item = limit(("symbol", symbol), "water", pdk, "mg/l", None, well)
            v = round(r.uniform(7.1, 8.3), 1) if band is None else _sig(pdk * r.uniform(*band), 2)
            if dl is not None and v < dl * 1.6:
                line.append(f"<{num(dl, doc.lang)}")
                item.pop("value")
            else:
                line.append(num(v, doc.lang))
                item["value"] = v
            add(doc, item)
        rows.append(line)
    doc.table(g("Таблица 1 – Результаты анализа проб подземных вод", "1-кесте – Жерасты сулары сынамаларын талдау нәтижелері"), rows, merges, role="limits")
    over = [row[0] for row in rows[3:] if any(cell and cell[0] != "<" and float(cell.replace(" ", "").replace(",", ".")) > p
                                             for cell, (_, p, band, _) in zip(row[4:], WELL_PARAMS, strict=True) if band)]
    doc.p(g(f"Превышения ПДК отмечены в скважинах: {', '.join(over)}." if over else "Превышений ПДК не выявлено.",
            f"ШЖК-дан асу мына ұңғымаларда белгіленді: {', '.join(over)}." if over else "ШЖК-дан асу анықталған жоқ."))
    maybe_distractor(doc)


# (point, VI stack, flow m3/h, Kp, codes, automated?)
VN_STREAMS = (
    ("KT-01", "Ống khói hệ thống lọc bụi túi vải lò hồ quang chìm số 1", 180000, 0.8, ("2902", "0330", "0301", "0337"), True),
    ("KT-02", "Ống khói hệ thống lọc bụi túi vải lò hồ quang chìm số 2", 175000, 0.8, ("2902", "0330", "0301", "0337"), True),
    ("KT-03", "Ống thải hệ thống lọc bụi khu đập, sàng sản phẩm", 32000, 0.9, ("2902",), False),
)
VN_C19 = {"2902": 200, "0330": 500, "0301": 850, "0337": 1000}


def _limits_kb2_vi(doc: Doc) -> None:
    company = doc.pick(VN_FERRO_COMPANIES)
    doc.h("GIẤY PHÉP MÔI TRƯỜNG – PHỤ LỤC 2. NỘI DUNG CẤP PHÉP XẢ KHÍ THẢI VÀ YÊU CẦU BẢO VỆ MÔI TRƯỜNG ĐỐI VỚI THU GOM, XỬ LÝ KHÍ THẢI")
    doc.p(f"(Kèm theo Giấy phép môi trường cấp cho {company} – Nhà máy luyện fero mangan Chu Trinh.) Giá trị giới hạn được tính theo QCVN 19:2009/BTNMT, "
          "cột B, với Kp theo lưu lượng của từng dòng khí thải và Kv = 1,0.")
    rows = [["Dòng khí thải", "TT", "Chất ô nhiễm", "Đơn vị tính", "Giá trị giới hạn cho phép", "Tần suất quan trắc định kỳ", "Quan trắc tự động, liên tục"]]
    merges = []
    said = freq(doc, "quarterly")
    for pid, name, flow, kp, codes, auto in VN_STREAMS:
        start = len(rows)
        for j, code in enumerate(codes):
            cmax = _sig(VN_C19[code] * kp, 6)
            head = f"{pid}: {name} (lưu lượng xả lớn nhất {num(flow, 'vi')} m³/giờ; Kp = {num(kp, 'vi')})" if j == 0 else None
            periodic = ("Không thực hiện (đã quan trắc tự động, liên tục)" if j == 0 else None) if auto else said
            rows.append([head, str(j + 1), _air(doc, code), "mg/Nm³", num(cmax, "vi"), periodic, "Liên tục" if auto else "Không"])
            add(doc, limit(("code", code), "flue_gas", cmax, "mg/Nm3", "B", pid))
            doc.add("monitoring", {"point": pid, "code": code, "frequency": "continuous" if auto else "quarterly"})
        if len(codes) > 1:
            merges.append((start, 0, len(rows) - 1, 0))
            if auto:
                merges.append((start, 5, len(rows) - 1, 5))
    doc.table("2.3. Chất lượng khí thải trước khi xả vào môi trường", rows, merges, role="limits")
    doc.p("Số liệu quan trắc tự động, liên tục được truyền trực tiếp về Sở Nông nghiệp và Môi trường tỉnh Cao Bằng.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring

MATRIX_CODES = ("0143", "2909", "0323", "0337", "0301", "0330")
# letter: frequency, per language
LEGEND = {"ru": {"Н": "continuous", "М": "monthly", "К": "quarterly", "П": "semiannual", "Г": "yearly"},
          "kk": {"Ү": "continuous", "А": "monthly", "Т": "quarterly", "ЖЖ": "semiannual", "Ж": "yearly"}}
# (number, RU, KK, {code: frequency}, method key)
MATRIX = (
    ("0101", "Труба газоочистки печей № 1, 2", "№ 1, 2 пештердің газ тазарту құбыры",
     {"0143": "quarterly", "2909": "continuous", "0337": "continuous", "0301": "continuous", "0330": "continuous"}, "a"),
    ("0102", "Труба газоочистки печей № 3, 4", "№ 3, 4 пештердің газ тазарту құбыры",
     {"0143": "quarterly", "2909": "continuous", "0337": "continuous", "0301": "continuous", "0330": "continuous"}, "a"),
    ("0103", "Аспирация разливочной машины", "Құю машинасының аспирациясы", {"0143": "quarterly", "2909": "quarterly"}, "i"),
    ("0201", "Труба газоочистки печи № 5", "№ 5 пештің газ тазарту құбыры", {"0323": "monthly", "0337": "continuous", "0301": "continuous", "0330": "continuous"}, "a"),
    ("0202", "Труба газоочистки печи № 6", "№ 6 пештің газ тазарту құбыры", {"0323": "monthly", "0337": "continuous", "0301": "continuous", "0330": "continuous"}, "a"),
    ("0203", "Аспирация дробления ферросилиция", "Ферросилицийді ұсату аспирациясы", {"2909": "semiannual"}, "i"),
    ("6001", "Склад марганцевой руды", "Марганец кенінің қоймасы", {"0143": "yearly", "2909": "yearly"}, "c"),
    ("6002", "Шлакоотвал № 2", "№ 2 қож үйіндісі", {"2909": "yearly", "0143": "yearly"}, "c"),
)  # fmt: skip
METHODS = {"a": ("инструментальный (АСМ) / лабораторный", "аспаптық (АМЖ) / зертханалық"), "i": ("инструментальный", "аспаптық"), "c": ("расчетный", "есептік")}


def monitoring_kb1(doc: Doc) -> None:
    """A ferroalloy plant's ПЭК plan of source control as a matrix: the sources as rows, the substances as columns under a
    header over three rows (a merged title, the names, the codes), each cell a letter — `Н` continuously by the automated
    system, `М`, `К`, `П`, `Г` monthly, quarterly, twice a year, yearly — or a dash, the letters explained only in a note
    under the table, the method in the last column (VI: an electric-arc steel mill's monitoring by point, the parameters
    measured continuously and those sampled periodically in two columns of one row, the periodic frequency beside them, a
    stack with no automated parameters and one with no periodic ones)."""
    if doc.lang == "vi":
        _monitoring_kb1_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    op = doc.pick(FERRO_OPS)[L]
    letter = {w: k for k, w in LEGEND[doc.lang].items()}
    doc.h(g(f"Программа производственного экологического контроля {op} на 2026–2028 годы", f"{op} 2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы"))
    doc.h(g("5.2. Мониторинг эмиссий на источниках выбросов", "5.2. Шығарынды көздеріндегі эмиссиялар мониторингі"))
    n = len(MATRIX_CODES)
    rows = [[g("№ ИЗА", "ЛШК №"), g("Наименование источника", "Көздің атауы"), g("Контролируемые вещества и периодичность контроля", "Бақыланатын заттар және бақылау кезеңділігі")]
            + [None] * (n - 1) + [g("Метод контроля", "Бақылау әдісі")],
            [None, None] + [_air(doc, c) for c in MATRIX_CODES] + [None],
            [None, None] + list(MATRIX_CODES) + [None]]
    merges = [(0, 0, 2, 0), (0, 1, 2, 1), (0, 2, 0, n + 1), (0, n + 2, 2, n + 2)]
    pairs = []
    for number, s_ru, s_kk, plan, how in MATRIX:
        rows.append([number, (s_ru, s_kk)[L]] + [letter[plan[c]] if c in plan else "–" for c in MATRIX_CODES] + [METHODS[how][L]])
        for c, word in plan.items():
            doc.add("monitoring", {"source_number": number, "code": c, "frequency": word})
            pairs.append((number, c))
    doc.table(g("Таблица 5.2 – График контроля на источниках выбросов", "5.2-кесте – Шығарынды көздеріндегі бақылау кестесі"), rows, merges, role="monitoring")
    doc.p(g("Условные обозначения: Н – непрерывно (автоматизированная система мониторинга эмиссий); М – 1 раз в месяц; К – 1 раз в квартал; "
            "П – 2 раза в год; Г – 1 раз в год; «–» – вещество источником не выбрасывается.",
            "Шартты белгілер: Ү – үздіксіз (эмиссиялар мониторингінің автоматтандырылған жүйесі); А – айына 1 рет; Т – тоқсанына 1 рет; "
            "ЖЖ – жылына 2 рет; Ж – жылына 1 рет; «–» – зат көзден шығарылмайды."))
    doc.add("sources", *({"number": m[0], "type": _kind(m[0])} for m in MATRIX))
    doc.add("emissions", *(emission(c, None, None, s) for s, c in pairs))
    maybe_distractor(doc)


# (point, VI place, [continuous (kind, key) or None label], [periodic], frequency or None, standard)
VN_EAF_PLAN = (
    ("NT1", "Cửa xả nước thải sau trạm xử lý tập trung", ["Lưu lượng", "Nhiệt độ", ("symbol", "pH"), ("symbol", "TSS"), ("symbol", "COD")],
     [("symbol", "Fe"), ("symbol", "Mn"), ("symbol", "Zn"), ("symbol", "Pb"), ("symbol", "Cr6+"), ("symbol", "TPH")], "quarterly", "QCVN 52:2017/BTNMT, cột B"),
    ("KT1", "Ống khói hệ thống xử lý khí thải lò điện hồ quang EAF", ["Lưu lượng", "Nhiệt độ", "O2 dư", ("code", "2902"), ("code", "0330"), ("code", "0301"),
     ("code", "0337")], [("code", "0184"), "Tổng Dioxin/Furan"], "semiannual", "QCVN 51:2017/BTNMT"),
    ("KT2", "Ống khói lò nung phôi nhà máy cán", [], [("code", "2902"), ("code", "0330"), ("code", "0301"), ("code", "0337")], "semiannual",
     "QCVN 51:2017/BTNMT"),
    ("KT3", "Ống thải hệ thống lọc bụi lò tinh luyện LF", ["Lưu lượng", ("code", "2902")], [], None, "QCVN 51:2017/BTNMT"),
)  # fmt: skip
VN_PARAM = {"2902": "Bụi tổng", "0330": "SO2", "0301": "NOx (tính theo NO2)", "0337": "CO", "0184": "Chì và hợp chất", "0143": "Mangan và hợp chất", "0008": "Bụi PM10"}


def _vn_label(item) -> str:
    if isinstance(item, str):
        return item
    kind, key = item
    return VN_PARAM[key] if kind == "code" else vocab.water(key, "vi")


def _monitoring_kb1_vi(doc: Doc) -> None:
    doc.h("CHƯƠNG TRÌNH QUAN TRẮC CHẤT THẢI – NHÀ MÁY LUYỆN PHÔI THÉP PHÚ MỸ XANH")
    doc.p("(Theo Phụ lục kèm theo giấy phép môi trường.) Số liệu quan trắc tự động, liên tục được truyền về Sở Nông nghiệp và Môi trường Thành phố Hồ Chí Minh.")
    said = {w: freq(doc, w) for w in ("quarterly", "semiannual")}
    rows = [["Ký hiệu", "Vị trí quan trắc", "Thông số quan trắc tự động, liên tục", "Thông số quan trắc định kỳ", "Tần suất quan trắc định kỳ", "Quy chuẩn áp dụng"]]
    for pid, place, auto, periodic, word, std in VN_EAF_PLAN:
        rows.append([pid, place, ", ".join(_vn_label(x) for x in auto) or "Không thuộc đối tượng", ", ".join(_vn_label(x) for x in periodic) or "-",
                     said[word] if word else "-", std])
        for x in auto:
            if not isinstance(x, str):
                doc.add("monitoring", {"point": pid, x[0]: x[1], "frequency": "continuous"})
        for x in periodic:
            if not isinstance(x, str):
                doc.add("monitoring", {"point": pid, x[0]: x[1], "frequency": word})
    doc.table("Bảng 5.1. Chương trình quan trắc nước thải, khí thải", rows, role="monitoring")
    doc.p("Thông số đã được quan trắc tự động, liên tục thì không phải quan trắc định kỳ.")
    maybe_distractor(doc)


def _soil(doc: Doc, symbol: str) -> str:
    return ("Марганец", "Марганец")[_L(doc)] if symbol == "Mn" else vocab.soil(symbol, doc.lang)


IMPACT_AIR = ("2902", "0123", "0143", "0301", "0330", "0337")
IMPACT_WATER = ("pH", "TDS", "SO4", "Cl-", "Mn", "Fe", "TPH")
IMPACT_SOIL = ("Mn", "Cr", "Zn", "Pb", "Ni")
SIDES = (("север", "солтүстік"), ("восток", "шығыс"), ("юг", "оңтүстік"), ("запад", "батыс"))


def monitoring_kb2(doc: Doc) -> None:
    """A converter steel works' programme of impact monitoring: a row spanning the table for each medium (air at the
    protection zone's edge, groundwater at the slag dump, soil), one row per point with its place and coordinates in degrees,
    minutes and seconds, the substances (separated by semicolons, one name holding a comma) and the frequency merged down
    over the medium's points, the methods' normative documents (`РД 52.04.186-89`, `ГОСТ 31861-2012`, `ГОСТ 17.4.4.02-2017`)
    in the last column (VI: a ferromanganese plant's programme whose points are listed together in one cell, `KK1, KK2, KK3,
    KK4`, their VN-2000 coordinates in a table of no role)."""
    r = doc.rng
    if doc.lang == "vi":
        _monitoring_kb2_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    op = doc.pick(STEEL_OPS)
    doc.h(g(f"Программа производственного экологического контроля. {op[2]}. Раздел 6. Мониторинг воздействия",
            f"{op[3]}. Өндірістік экологиялық бақылау бағдарламасы. 6-бөлім. Әсер мониторингі"))
    rows = [g(["Точка", "Местоположение, координаты", "Контролируемые показатели", "Периодичность", "НД на методы отбора и анализа"],
              ["Нүкте", "Орналасқан жері, координаттары", "Бақыланатын көрсеткіштер", "Кезеңділігі", "Сынама алу және талдау әдістеріне НҚ"])]
    merges = []
    blocks = (
        (g("Атмосферный воздух на границе СЗЗ (1 000 м)", "СҚА шекарасындағы атмосфералық ауа (1 000 м)"),
         [(f"Т-{k}", g(f"граница СЗЗ, {s[0]}", f"СҚА шекарасы, {s[1]}")) for k, s in enumerate(SIDES, 1)],
         [("code", c) for c in IMPACT_AIR], "quarterly", "РД 52.04.186-89"),
        (g("Подземные воды в районе шлакоотвала", "Қож үйіндісі ауданындағы жерасты сулары"),
         [(w, (p_ru, p_kk)[L]) for w, p_ru, p_kk, _ in WELLS], [("symbol", s) for s in IMPACT_WATER], "semiannual", "ГОСТ 31861-2012; ПНД Ф 14.1:2:4.139-98"),
        (g("Почва", "Топырақ"), [(f"П-{k}", g(f"у шлакоотвала, {s[0]}", f"қож үйіндісі жанында, {s[1]}")) for k, s in enumerate(SIDES[:3], 1)],
         [("soil", s) for s in IMPACT_SOIL], "yearly", "ГОСТ 17.4.4.02-2017"),
    )
    for title, points, items, word, method in blocks:
        _span(rows, merges, title, 5)
        names = "; ".join(_air(doc, k) if kind == "code" else _soil(doc, k) if kind == "soil" else vocab.water(k, doc.lang) for kind, k in items)
        said = _fw(doc, word) + (g(" (апрель, октябрь)", " (сәуір, қазан)") if word == "semiannual" else "")
        start = len(rows)
        for j, (pid, place) in enumerate(points):
            dlat, dlon = ((0.009, 0.0), (0.0, 0.014), (-0.009, 0.0), (0.0, -0.014))[j] if title == blocks[0][0] else (0.0, 0.0)
            la, _ = _dms(50.0541 + dlat + r.uniform(-0.004, 0.004), doc.lang, g("с.ш.", "с.е."))
            lo, _ = _dms(72.9862 + dlon + r.uniform(-0.004, 0.004), doc.lang, g("в.д.", "ш.б."))
            rows.append([pid, f"{place}; {la}, {lo}", names if j == 0 else None, said if j == 0 else None, method if j == 0 else None])
            for kind, k in items:
                doc.add("monitoring", {"point": pid, ("symbol" if kind == "soil" else kind): k, "frequency": word})
        merges += [(start, c, len(rows) - 1, c) for c in (2, 3, 4)]
    doc.table(g("Таблица 6.1 – План-график мониторинга воздействия", "6.1-кесте – Әсер мониторингінің жоспар-кестесі"), rows, merges, role="monitoring")
    doc.p(g("Результаты мониторинга представляются в составе ежеквартального отчета по ПЭК.", "Мониторинг нәтижелері ӨЭБ бойынша тоқсан сайынғы есептің құрамында ұсынылады."))
    maybe_distractor(doc)


# (VI medium, points, [(kind, key)], frequency, standard)
VN_FERRO_PLAN = (
    ("Không khí xung quanh", ("KK1", "KK2", "KK3", "KK4"), [("code", c) for c in ("2902", "0008", "0330", "0301", "0337", "0143")], "quarterly",
     "QCVN 05:2023/BTNMT"),
    ("Không khí khu vực bãi xỉ", ("KX1", "KX2"), [("code", "2902"), ("code", "0008")], "monthly", "QCVN 05:2023/BTNMT"),
    ("Nước dưới đất", ("NN1", "NN2", "NN3"), [("symbol", s) for s in ("pH", "Mn", "Fe", "Cl-", "NH4+")], "semiannual", "QCVN 09:2023/BTNMT"),
    ("Đất", ("Đ1", "Đ2"), [("soil", s) for s in ("Mn", "Pb", "Zn", "Cr")], "yearly", "QCVN 03:2023/BTNMT"),
)
VN_SOIL = {"Mn": "Mangan (Mn)", "Pb": "Chì (Pb)", "Zn": "Kẽm (Zn)", "Cr": "Crom tổng"}


def _monitoring_kb2_vi(doc: Doc) -> None:
    r = doc.rng
    company = doc.pick(VN_FERRO_COMPANIES)
    doc.h(f"KẾ HOẠCH QUAN TRẮC MÔI TRƯỜNG NĂM 2026 – {company.upper()}")
    doc.p("Nhà máy luyện fero mangan Chu Trinh và bãi xỉ. Đơn vị thực hiện: đơn vị có chứng nhận VIMCERTS.")
    rows = [["TT", "Thành phần môi trường", "Vị trí (ký hiệu)", "Thông số quan trắc", "Tần suất", "Quy chuẩn so sánh"]]
    for k, (medium, points, items, word, std) in enumerate(VN_FERRO_PLAN, 1):
        labels = ", ".join(VN_PARAM[key] if kind == "code" else VN_SOIL[key] if kind == "soil" else vocab.water(key, "vi") for kind, key in items)
        rows.append([str(k), medium, ", ".join(points), labels, freq(doc, word), std])
        for p in points:
            for kind, key in items:
                doc.add("monitoring", {"point": p, ("symbol" if kind == "soil" else kind): key, "frequency": word})
    doc.table("Bảng 2. Nội dung quan trắc môi trường", rows, role="monitoring")
    coords = [["Ký hiệu", "X (m)", "Y (m)", "Mô tả vị trí"]]
    for _, points, _, _, _ in VN_FERRO_PLAN:
        for p in points:
            coords.append([p, num(2510420 + r.randint(-900, 900), "vi"), num(578260 + r.randint(-900, 900), "vi"),
                           "Ranh giới nhà máy" if p.startswith("KK") else "Bãi xỉ" if p[:2] in ("KX", "NN") else "Đất canh tác lân cận"])
    doc.table("Bảng 3. Tọa độ vị trí quan trắc (VN-2000, KTT 106°15', múi chiếu 3°)", coords, role="other")
    maybe_distractor(doc, 0.25)


# ---------------------------------------------------------------- inspections

MONTHS = {"ru": ("янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"),
          "kk": ("қаң", "ақп", "нау", "сәу", "мам", "мау", "шіл", "там", "қыр", "қаз", "қар", "жел")}
MARKS = {"monthly": range(12), "quarterly": (2, 5, 8, 11), "semiannual": (3, 9), "yearly": (10,)}
# (RU, KK object, frequency, RU, KK responsible)
FERRO_CHECKS = (
    ("Газоочистные установки печей № 1–6 (рукавные фильтры, дымососы)", "№ 1–6 пештердің газ тазарту қондырғылары (жеңді сүзгілер, түтін сорғыштар)",
     "monthly", "начальник участка газоочистки", "газ тазарту учаскесінің бастығы"),
    ("Автоматизированная система мониторинга эмиссий на трубах 0101, 0102, 0201, 0202", "0101, 0102, 0201, 0202 құбырларындағы эмиссиялар мониторингінің автоматтандырылған жүйесі",
     "monthly", "инженер КИПиА", "БӨАжА инженері"),
    ("Шлакоотвал № 2: откосы, пылеподавление, ограждение", "№ 2 қож үйіндісі: беткейлер, шаң басу, қоршау", "quarterly", "начальник шлакового участка",
     "қож учаскесінің бастығы"),
    ("Склад марганцевой руды и шихтовый двор", "Марганец кенінің қоймасы және шихта ауласы", "quarterly", "начальник шихтового двора", "шихта ауласының бастығы"),
    ("Пруд-испаритель и сети промливневой канализации", "Булану тоғаны және өнеркәсіптік-нөсер кәріз желілері", "semiannual", "главный энергетик", "бас энергетик"),
    ("Площадки временного хранения отходов", "Қалдықтарды уақытша сақтау алаңдары", "monthly", "инженер-эколог", "инженер-эколог"),
    ("Выполнение плана мероприятий по охране окружающей среды", "Қоршаған ортаны қорғау жөніндегі іс-шаралар жоспарының орындалуы", "yearly",
     "комиссия под председательством главного инженера", "бас инженер төрағалық ететін комиссия"),
)  # fmt: skip


def inspections_kb1(doc: Doc) -> None:
    """A ferroalloy plant's schedule of internal environmental checks for 2026 as a chart: the objects as rows, the twelve
    months as columns under a merged `Месяцы 2026 года`, a `+` in each month a check is due — twelve of them monthly, four
    quarterly, two twice a year, one yearly — with no frequency written anywhere, who checks in the last column; the
    approval sheet in a table of no role (VI: an electric-arc steel mill's plan of self-inspection by quarter with `x` marks,
    the week of the quarter in a notes column)."""
    if doc.lang == "vi":
        _inspections_kb1_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    op = doc.pick(FERRO_OPS)[L]
    doc.h(g(f"График проведения внутренних проверок соблюдения экологических требований на 2026 год. {op}",
            f"{op}. 2026 жылға арналған экологиялық талаптардың сақталуын ішкі тексерулер кестесі"))
    doc.p(g("Результаты проверок оформляются актом; выявленные несоответствия включаются в журнал корректирующих действий.",
            "Тексеру нәтижелері актімен ресімделеді; анықталған сәйкессіздіктер түзету әрекеттері журналына енгізіледі."))
    rows = [[g("№", "№"), g("Объект проверки", "Тексеру объектісі"), g("Месяцы 2026 года", "2026 жылғы айлар")] + [None] * 11 + [g("Ответственный", "Жауапты")],
            [None, None, *MONTHS[doc.lang], None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 13), (0, 14, 1, 14)]
    for k, (o_ru, o_kk, word, w_ru, w_kk) in enumerate(FERRO_CHECKS, 1):
        obj, who = (o_ru, o_kk)[L], (w_ru, w_kk)[L]
        rows.append([str(k), obj, *("+" if m in MARKS[word] else "" for m in range(12)), who])
        doc.add("obligations", {"kind": "inspection", "text_contains": _words(obj.split(":")[0].split(" (")[0], 3), "actor_contains": who, "frequency": word})
    doc.table(g("Таблица 1 – График внутренних проверок", "1-кесте – Ішкі тексерулер кестесі"), rows, merges, role="inspections")
    distractor(doc, "approval")


VN_SELF_CHECKS = (
    ("Hệ thống thu gom, xử lý khí thải lò EAF (chụp hút, lọc bụi túi vải, quạt hút)", "quarterly", "Phòng An toàn – Môi trường"),
    ("Trạm quan trắc khí thải tự động, liên tục", "quarterly", "Phòng Cơ điện"),
    ("Kho lưu giữ chất thải nguy hại và khu lưu chứa bụi lò EAF", "quarterly", "Phòng An toàn – Môi trường"),
    ("Trạm xử lý nước thải tập trung và cửa xả NT1", "quarterly", "Phân xưởng Năng lượng"),
    ("Bãi tập kết xỉ, khu vực tách kim loại từ xỉ", "semiannual", "Phân xưởng Luyện thép"),
    ("Hồ sơ quản lý chất thải, sổ nhật ký vận hành, báo cáo công tác BVMT", "yearly", "Ban Giám đốc"),
)


def _inspections_kb1_vi(doc: Doc) -> None:
    doc.h("KẾ HOẠCH TỰ KIỂM TRA CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2026 – CÔNG TY TNHH THÉP PHÚ MỸ XANH")
    doc.p("Kết quả mỗi đợt kiểm tra được lập biên bản và báo cáo Tổng Giám đốc trong 05 ngày làm việc.")
    marks = {"quarterly": (0, 1, 2, 3), "semiannual": (1, 3), "yearly": (3,)}
    rows = [["TT", "Nội dung kiểm tra", "Thời gian thực hiện năm 2026", None, None, None, "Bộ phận thực hiện", "Ghi chú"],
            [None, None, "Quý I", "Quý II", "Quý III", "Quý IV", None, None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 5), (0, 6, 1, 6), (0, 7, 1, 7)]
    for k, (text, word, who) in enumerate(VN_SELF_CHECKS, 1):
        rows.append([str(k), text, *("x" if q in marks[word] else "" for q in range(4)), who, "Tuần 2 của tháng cuối quý" if word == "quarterly" else ""])
        doc.add("obligations", {"kind": "inspection", "text_contains": _words(text, 4), "actor_contains": who, "frequency": word})
    doc.table("Bảng 1. Lịch tự kiểm tra", rows, merges, role="inspections")
    maybe_distractor(doc)


# ((RU, KK unit), [(RU, KK check, RU, KK criterion, frequency, RU, KK executor)]) — consecutive checks with the same frequency and
# executor share merged cells
GOU_CHECKS = (
    (("ГОУ-1: рукавный фильтр ФРИР-8000 печей № 1, 2 (инв. № 104521)", "ГОУ-1: № 1, 2 пештердің ФРИР-8000 жеңді сүзгісі (түг. № 104521)"), [
        ("Перепад давления на рукавах", "Жеңдердегі қысым айырмасы", "не более 1 800 Па", "1 800 Па-дан аспауы тиіс", "daily", "машинист ГОУ", "ГОУ машинисі"),
        ("Температура газа перед фильтром", "Сүзгі алдындағы газ температурасы", "не выше 130 °С", "130 °С-тан аспауы тиіс", "daily", "машинист ГОУ", "ГОУ машинисі"),
        ("Целостность рукавов (осмотр секций со вскрытием)", "Жеңдердің тұтастығы (секцияларды ашып қарау)", "замена не более 2 % рукавов в месяц",
         "айына жеңдердің 2 %-ынан аспайтын ауыстыру", "monthly", "механик участка газоочистки", "газ тазарту учаскесінің механигі")]),
    (("ГОУ-3: рукавный фильтр печи № 5 (инв. № 104533)", "ГОУ-3: № 5 пештің жеңді сүзгісі (түг. № 104533)"), [
        ("Давление сжатого воздуха системы регенерации", "Регенерация жүйесінің сығылған ауа қысымы", "0,5–0,6 МПа", "0,5–0,6 МПа", "daily", "машинист ГОУ",
         "ГОУ машинисі"),
        ("Работа шнеков и герметичность бункеров уловленной пыли", "Шнектердің жұмысы және ұсталған шаң бункерлерінің саңылаусыздығы",
         "отсутствие подсосов и просыпей", "сорылулар мен төгілулердің болмауы", "weekly", "механик участка газоочистки", "газ тазарту учаскесінің механигі"),
        ("Эффективность очистки (замер на входе и выходе)", "Тазарту тиімділігі (кіре берістегі және шыға берістегі өлшеу)", "не менее 99,5 %",
         "99,5 %-дан кем емес", "quarterly", "лаборатория ОТК", "ТБТ зертханасы")]),
    (("Узел пылеподавления шлакоотвала № 2 (12 дождевальных установок)", "№ 2 қож үйіндісінің шаң басу торабы (12 жаңбырлатқыш қондырғы)"), [
        ("Работа дождевальных установок и насосной станции", "Жаңбырлатқыш қондырғылар мен сорғы станциясының жұмысы", "при скорости ветра более 5 м/с – включение",
         "жел жылдамдығы 5 м/с-тан асқанда – қосу", "daily", "мастер шлакового участка", "қож учаскесінің шебері"),
        ("Состояние откосов и высота яруса отвала", "Беткейлердің жай-күйі және үйінді қабатының биіктігі", "высота яруса не более 15 м, угол откоса 35°",
         "қабат биіктігі 15 м-ден аспайды, беткей бұрышы 35°", "monthly", "маркшейдер", "маркшейдер")]),
)  # fmt: skip


def inspections_kb2(doc: Doc) -> None:
    """A ferroalloy plant's register of checks of its gas-cleaning units and the slag dump's dust suppression: a row spanning
    the table for each unit with its inventory number, items numbered `1.1`, each check with a criterion full of figures and
    units (`не более 1 800 Па`, `0,5–0,6 МПа`, `не менее 99,5 %`) that are no limits, the frequency and the executor merged
    down over consecutive checks that share them, a column of dates when the last check was done (VI: a slag dump's check
    sheet, a check before and after the rainy season without a frequency, a blank pass / fail column)."""
    r = doc.rng
    if doc.lang == "vi":
        _inspections_kb2_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    op = doc.pick(FERRO_OPS)[L]
    said_of = {w: _fw(doc, w) for w in ("daily", "weekly", "monthly", "quarterly")}
    doc.h(g(f"Журнал-регламент проверок газоочистного и природоохранного оборудования. {op}", f"{op}. Газ тазарту және табиғат қорғау жабдықтарын тексерулер журнал-регламенті"))
    rows = [g(["№", "Что проверяется", "Критерий", "Периодичность", "Исполнитель", "Последняя проверка"],
              ["№", "Не тексеріледі", "Өлшемшарт", "Кезеңділігі", "Орындаушы", "Соңғы тексеру"])]
    merges = []
    for s, ((u_ru, u_kk), checks) in enumerate(GOU_CHECKS, 1):
        _span(rows, merges, (u_ru, u_kk)[L], 6)
        prev, start = None, len(rows)
        for k, (c_ru, c_kk, k_ru, k_kk, word, e_ru, e_kk) in enumerate(checks, 1):
            text, who = (c_ru, c_kk)[L], (e_ru, e_kk)[L]
            same = prev == (word, who)
            if not same:
                if len(rows) - start > 1:
                    merges += [(start, 3, len(rows) - 1, 3), (start, 4, len(rows) - 1, 4)]
                start = len(rows)
            rows.append([f"{s}.{k}", text, (k_ru, k_kk)[L], None if same else said_of[word], None if same else who,
                         f"{r.randint(5, 28):02d}.0{r.randint(1, 2)}.2026"])
            prev = (word, who)
            doc.add("obligations", {"kind": "inspection", "text_contains": _words(text.split(" (")[0], 3), "actor_contains": who, "frequency": word})
        if len(rows) - start > 1:
            merges += [(start, 3, len(rows) - 1, 3), (start, 4, len(rows) - 1, 4)]
    doc.table(None, rows, merges, role="inspections")
    doc.p(g("При выходе параметра за критерий исполнитель немедленно сообщает начальнику смены и делает запись в журнале.",
            "Параметр өлшемшарттан шыққан кезде орындаушы ауысым бастығына дереу хабарлайды және журналға жазба жасайды."))
    maybe_distractor(doc)


VN_SLAG_CHECKS = (
    ("Cao độ và mái dốc bãi xỉ", "Chiều cao không quá 12 m; độ dốc mái không quá 1:1,5", "monthly", "Phòng Kỹ thuật"),
    ("Hệ thống phun sương dập bụi trên bãi xỉ", "Vận hành khi gió trên cấp 3 hoặc trời nắng", "daily", "Tổ vận hành bãi xỉ"),
    ("Mương thu nước mưa và hố lắng quanh bãi", "Không tắc nghẽn; bùn lắng dưới 1/2 chiều sâu hố", None, "Phòng Kỹ thuật"),
    ("Xe vận chuyển xỉ ra khỏi bãi", "100 % xe phủ bạt kín, rửa bánh xe", "daily", "Bảo vệ cổng"),
    ("Tường chắn chân bãi và dải cây xanh cách ly", "Không nứt, sạt lở; cây chết được trồng dặm", "quarterly", "Phòng Hành chính"),
    ("Giếng quan trắc nước dưới đất NN1 – NN3", "Nắp giếng, ống chống còn nguyên vẹn", "weekly", "Tổ vận hành bãi xỉ"),
)


def _inspections_kb2_vi(doc: Doc) -> None:
    company = doc.pick(VN_FERRO_COMPANIES)
    doc.h(f"PHIẾU KIỂM TRA ĐỊNH KỲ BÃI XỈ – {company.upper()}")
    doc.p("Bãi xỉ diện tích 1,2 ha, sức chứa 45.000 m³, cách nhà máy 800 m. Phiếu được lưu tại Phòng Kỹ thuật tối thiểu 05 năm.")
    rows = [["TT", "Hạng mục kiểm tra", "Tiêu chí đạt", "Tần suất", "Người kiểm tra", "Kết quả"]]
    for k, (text, crit, word, who) in enumerate(VN_SLAG_CHECKS, 1):
        said = _fw(doc, word) if word else "Trước và sau mùa mưa (tháng 4, tháng 11)"
        rows.append([str(k), text, crit, said, who, "☐ Đạt  ☐ Không đạt"])
        item = {"kind": "inspection", "text_contains": _words(text, 4), "actor_contains": who}
        if word:
            item["frequency"] = word
        doc.add("obligations", item)
    doc.table("Phiếu kiểm tra", rows, role="inspections")
    maybe_distractor(doc)


# ---------------------------------------------------------------- tasks

# ((RU, KK section), [(RU, KK measure, RU, KK volume, thousand tenge, start, end, RU, KK effect)])
FERRO_PLAN = (
    (("1. Охрана атмосферного воздуха", "1. Атмосфералық ауаны қорғау"), [
        ("Замена рукавов фильтров газоочистки печей № 1, 2 на рукава из мембранной ткани", "№ 1, 2 пештердің газ тазарту сүзгілерінің жеңдерін мембраналық матадан жасалған жеңдерге ауыстыру",
         "1 840 рукавов", "1 840 жең", 412000, "01.2026", "06.2026", "снижение выбросов пыли на 38,6 т/год", "шаң шығарындыларын жылына 38,6 т-ға азайту"),
        ("Установка автоматизированной системы мониторинга эмиссий на источнике 0203", "0203 көзге эмиссиялар мониторингінің автоматтандырылған жүйесін орнату",
         "1 комплект", "1 жинақ", 96500, "03.2026", "09.2026", "непрерывный контроль выбросов", "шығарындыларды үздіксіз бақылау"),
        ("Герметизация колошника печи № 5 с устройством зонта и дожиганием СО", "№ 5 пештің колошнигін шатыр орнатып және СО-ны жағып герметизациялау",
         "1 печь", "1 пеш", 265000, "04.2026", "11.2026", "снижение выбросов СО на 410 т/год", "СО шығарындыларын жылына 410 т-ға азайту")]),
    (("2. Охрана водных объектов", "2. Су объектілерін қорғау"), [
        ("Очистка пруда-испарителя от донных отложений", "Булану тоғанын түбіндегі шөгінділерден тазарту", "18 000 м³", "18 000 м³", 54000, "05.2026", "08.2026",
         "восстановление емкости пруда", "тоған сыйымдылығын қалпына келтіру")]),
    (("3. Обращение с отходами", "3. Қалдықтармен жұмыс"), [
        ("Устройство системы пылеподавления на шлакоотвале № 2 (дождевальные установки)", "№ 2 қож үйіндісінде шаң басу жүйесін орнату (жаңбырлатқыш қондырғылар)",
         "12 установок", "12 қондырғы", 38700, "03.2026", "05.2026", "снижение пыления на 60 %", "шаңдауды 60 %-ға азайту"),
        ("Переработка отвального шлака на ДСУ с выпуском щебня для дорожного строительства", "Жол құрылысына арналған қиыршық тас шығара отырып, үйінді қожын ДСҚ-да қайта өңдеу",
         "650 тыс. т", "650 мың т", 182000, "01.2026", "12.2026", "сокращение размещения шлака на 650 тыс. т", "қож орналастыруды 650 мың т-ға қысқарту")]),
    (("4. Научно-исследовательские работы", "4. Ғылыми-зерттеу жұмыстары"), [
        ("Разработка проекта рекультивации отработанной карты № 1 шлакоотвала", "Қож үйіндісінің пайдаланылған № 1 картасын рекультивациялау жобасын әзірлеу",
         "1 проект", "1 жоба", 27000, "02.2026", "10.2026", "–", "–")]),
)  # fmt: skip


def tasks_kb1(doc: Doc) -> None:
    """A ferroalloy plant's environmental action plan for 2026 on the official form annexed to the КЭР: a header over two rows
    (the start and end of the term under a merged `Срок выполнения`), rows spanning the table for the directions (air, water,
    wastes, research), the measures numbered through the plan, the volume of work with its unit in the cell (`1 840
    рукавов`, `18 000 м³`), the cost in thousands of tenge, the source of money and the expected effect in tonnes a year as
    look-alikes; a source number (`0203`) inside a measure; no responsible person (VI: a steel mill's plan of remedying what
    an inspection found, the finding and the remedy side by side, the unit that acts, the deadline, the money)."""
    if doc.lang == "vi":
        _tasks_kb1_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    op = doc.pick(FERRO_OPS)[L]
    doc.h(g(f"План мероприятий по охране окружающей среды на 2026 год. {op}", f"{op}. 2026 жылға арналған қоршаған ортаны қорғау жөніндегі іс-шаралар жоспары"))
    doc.p(g("Приложение 4 к комплексному экологическому разрешению. Финансирование – собственные средства оператора.",
            "Кешенді экологиялық рұқсатқа 4-қосымша. Қаржыландыру – оператордың меншікті қаражаты."))
    rows = [g(["№ п/п", "Наименование мероприятия", "Объем планируемых работ", "Общая стоимость, тыс. тенге", "Источник финансирования", "Срок выполнения", None,
               "Ожидаемый экологический эффект"],
              ["Р/с №", "Іс-шараның атауы", "Жоспарланған жұмыстардың көлемі", "Жалпы құны, мың теңге", "Қаржыландыру көзі", "Орындау мерзімі", None,
               "Күтілетін экологиялық тиімділік"]),
            [None] * 5 + g(["начало", "окончание"], ["басы", "соңы"]) + [None]]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 4, 7)] + [(0, 5, 0, 6)]
    k = 0
    for (s_ru, s_kk), items in FERRO_PLAN:
        _span(rows, merges, (s_ru, s_kk)[L], 8)
        for m_ru, m_kk, v_ru, v_kk, cost, start, end, e_ru, e_kk in items:
            k += 1
            text = (m_ru, m_kk)[L]
            rows.append([str(k), text, (v_ru, v_kk)[L], num(cost, doc.lang), g("собственные средства", "меншікті қаражат"), start, end, (e_ru, e_kk)[L]])
            doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text, 4)})
    doc.table(None, rows, merges, role="tasks")
    maybe_distractor(doc)


# (VI finding, remedy, unit, deadline, million dong)
VN_REMEDY = (
    ("Chưa lắp đặt thiết bị đo lưu lượng tự động tại cửa xả nước thải NT1", "Lắp đặt thiết bị đo lưu lượng tự động và camera giám sát tại cửa xả NT1, "
     "kết nối truyền dữ liệu về Sở Nông nghiệp và Môi trường", "Phòng Cơ điện", "30/6/2026", "850"),
    ("Bụi lò EAF lưu giữ ngoài trời, chưa có mái che", "Xây dựng kho có mái che, nền bê tông chống thấm diện tích 2.500 m² để lưu giữ bụi lò EAF",
     "Ban Quản lý dự án", "30/9/2026", "6.400"),
    ("Xỉ EAF tồn lưu vượt khả năng chứa của bãi tập kết", "Chuyển giao toàn bộ xỉ tồn lưu (khoảng 85.000 tấn) cho đơn vị có chức năng sử dụng làm vật liệu san lấp",
     "Phòng Kinh doanh", "31/12/2026", "-"),
    ("Chưa ban hành kế hoạch ứng phó sự cố môi trường", "Xây dựng và ban hành kế hoạch phòng ngừa, ứng phó sự cố môi trường theo Luật Bảo vệ môi trường năm 2020 và Nghị định số 08/2022/NĐ-CP",
     "Phòng An toàn – Môi trường", "31/3/2026", "120"),
    ("Hệ thống hút bụi thứ cấp lò EAF hiệu quả thấp, bụi phát tán trong nhà xưởng", "Cải tạo chụp hút mái, nâng công suất quạt hút lên 1.200.000 m³/h",
     "Phân xưởng Luyện thép", "Quý IV/2026", "14.500"),
)  # fmt: skip


def _tasks_kb1_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("KẾ HOẠCH KHẮC PHỤC CÁC TỒN TẠI SAU KIỂM TRA – CÔNG TY TNHH THÉP PHÚ MỸ XANH")
    doc.p(f"Thực hiện Kết luận kiểm tra số {r.randint(30, 99)}/KL-BNNMT ngày {r.randint(1, 28):02d}/11/2025 và Quyết định xử phạt vi phạm hành chính "
          f"số {r.randint(100, 400)}/QĐ-XPHC, Công ty lập kế hoạch khắc phục như sau:")
    rows = [["TT", "Tồn tại, hạn chế theo Kết luận kiểm tra", "Biện pháp khắc phục", "Đơn vị thực hiện", "Thời hạn hoàn thành", "Kinh phí (triệu đồng)"]]
    for k, (finding, remedy, who, term, money) in enumerate(VN_REMEDY, 1):
        rows.append([str(k), finding, remedy, who, term, money])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(remedy, 5), "actor_contains": who})
    doc.table("Bảng 1. Nội dung khắc phục", rows, role="tasks")
    maybe_distractor(doc)


# (RU, KK violation, (RU, KK) norm broken, RU, KK measure, RU, KK term)
ORDER_ITEMS = (
    ("Превышение НДВ по пыли неорганической на источнике 6402 (участок переработки шлака) в 2,3 раза",
     "6402 көзде (қожды қайта өңдеу учаскесі) бейорганикалық шаң бойынша ЖШН-нен 2,3 есе асып кету",
     ("условия КЭР, приложение 1", "КЭР шарттары, 1-қосымша"),
     "Восстановить работу аспирационной установки участка переработки шлака и обеспечить соблюдение НДВ на источнике 6402",
     "Қожды қайта өңдеу учаскесінің аспирациялық қондырғысының жұмысын қалпына келтіру және 6402 көзде ЖШН сақталуын қамтамасыз ету",
     "до 01.06.2026", "01.06.2026 дейін"),
    ("Данные АСМ конвертеров № 1, 2 не передаются в информационную систему", "№ 1, 2 конвертерлердің АМЖ деректері ақпараттық жүйеге берілмейді",
     ("Правила ведения автоматизированной системы мониторинга эмиссий в окружающую среду",
      "Қоршаған ортаға эмиссиялар мониторингінің автоматтандырылған жүйесін жүргізу қағидалары"),
     "Обеспечить передачу данных АСМ конвертеров № 1, 2 в информационную систему мониторинга эмиссий в режиме реального времени",
     "№ 1, 2 конвертерлердің АМЖ деректерін эмиссиялар мониторингінің ақпараттық жүйесіне нақты уақыт режимінде беруді қамтамасыз ету",
     "в течение 30 календарных дней", "30 күнтізбелік күн ішінде"),
    ("Складирование конвертерного шлака за пределами шлакоотвала", "Конвертер қожын қож үйіндісінен тыс жерге қоймалау",
     ("ст. 320 Экологического кодекса РК", "ҚР Экология кодексінің 320-бабы"),
     "Вывезти конвертерный шлак, складированный за пределами шлакоотвала (около 12 тыс. т), на шлакоотвал и очистить территорию",
     "Қож үйіндісінен тыс қоймаланған конвертер қожын (шамамен 12 мың т) қож үйіндісіне шығару және аумақты тазарту", "до 31.08.2026", "31.08.2026 дейін"),
    ("Площадка хранения отработанных масел без твердого покрытия", "Пайдаланылған майларды сақтау алаңы қатты жабынсыз",
     ("ст. 320 Экологического кодекса РК", "ҚР Экология кодексінің 320-бабы"),
     "Оборудовать площадку временного хранения отработанных масел твердым покрытием и обвалованием",
     "Пайдаланылған майларды уақытша сақтау алаңын қатты жабынмен және үйіндімен жабдықтау", "до 01.05.2026", "01.05.2026 дейін"),
    ("Программа ПЭК не содержит мониторинга подземных вод у шлакоотвала", "ӨЭБ бағдарламасында қож үйіндісі жанындағы жерасты суларының мониторингі жоқ",
     ("ст. 182 Экологического кодекса РК", "ҚР Экология кодексінің 182-бабы"),
     "Включить в программу ПЭК мониторинг подземных вод по наблюдательным скважинам 2н и 3н",
     "ӨЭБ бағдарламасына 2н және 3н бақылау ұңғымалары бойынша жерасты суларының мониторингін енгізу", "до 01.07.2026", "01.07.2026 дейін"),
)  # fmt: skip


def tasks_kb2(doc: Doc) -> None:
    """A regulator's order to remedy violations issued to a converter steel works after an unscheduled check: numbered items,
    the violation found, the norm broken (the КЭР's conditions, rules, `ст. 320` of the Ecological Code, a look-alike of the item's number), the measure
    required (the task) and the term, in words or as a date; the operator who must act named only in the text above, a
    closing paragraph on reporting (VI: a plan of restoring a steel works' slag dump, items `1.1` under sections for each
    dump, quantities, unit prices and amounts in dong, a contingency row and a total that are no tasks)."""
    r = doc.rng
    if doc.lang == "vi":
        _tasks_kb2_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    op = doc.pick(STEEL_OPS)
    bin_ = make_bin(r)
    doc.h(g(f"Предписание об устранении нарушений требований экологического законодательства Республики Казахстан № 12-03/{r.randint(100, 480)}",
            f"Қазақстан Республикасы экологиялық заңнамасы талаптарының бұзылуын жою туралы № 12-03/{r.randint(100, 480)} нұсқама"))
    doc.p(g(f"Выдано: {op[0]} (БИН {bin_}), объект «{op[2]}». Департамент экологии по Карагандинской области по результатам внеплановой проверки "
            f"с {r.randint(1, 9):02d} по {r.randint(15, 27)} февраля 2026 года предписывает устранить следующие нарушения:",
            f"Берілді: {op[1]} (БСН {bin_}), «{op[3]}» объектісі. Қарағанды облысы бойынша экология департаменті 2026 жылғы {r.randint(1, 9):02d}–"
            f"{r.randint(15, 27)} ақпандағы жоспардан тыс тексеру нәтижелері бойынша мынадай бұзушылықтарды жоюды нұсқайды:"))
    rows = [g(["№ п/п", "Выявленное нарушение", "Нарушенная норма", "Мероприятие по устранению", "Срок исполнения"],
              ["Р/с №", "Анықталған бұзушылық", "Бұзылған норма", "Жою жөніндегі іс-шара", "Орындау мерзімі"])]
    for k, (v_ru, v_kk, norm, m_ru, m_kk, t_ru, t_kk) in enumerate(ORDER_ITEMS, 1):
        text = (m_ru, m_kk)[L]
        rows.append([str(k), (v_ru, v_kk)[L], norm[L], text, (t_ru, t_kk)[L]])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text, 4)})
    doc.table(None, rows, role="tasks")
    doc.p(g("О выполнении предписания сообщить в Департамент письменно с приложением подтверждающих документов не позднее трех рабочих дней после "
            "истечения срока исполнения каждого пункта.",
            "Нұсқаманың орындалуы туралы Департаментке әр тармақты орындау мерзімі өткеннен кейін үш жұмыс күнінен кешіктірмей растайтын құжаттарды "
            "қоса бере отырып жазбаша хабарлау қажет."))
    maybe_distractor(doc)


# (section, [(VI work, unit, (low, high) quantity, unit price dong, term)])
VN_RESTORE = (
    ("I. BÃI XỈ SỐ 1 (ĐÃ ĐẦY, ĐÓNG BÃI NĂM 2026)", [
        ("San gạt, tạo mái dốc bãi xỉ số 1 theo tỷ lệ 1:2", "m³", (38000, 46000), 28500, "Quý II/2026"),
        ("Phủ lớp đất sét chống thấm dày 0,5 m trên bề mặt bãi", "m³", (16000, 20000), 96000, "Quý III/2026"),
        ("Phủ đất màu dày 0,3 m và trồng cỏ vetiver chống xói mòn", "m²", (34000, 39000), 41000, "Quý IV/2026")]),
    ("II. BÃI XỈ SỐ 2 (ĐANG SỬ DỤNG)", [
        ("Xây dựng tường chắn chân bãi bằng rọ đá", "m", (560, 680), 2350000, "Năm 2027"),
        ("Đào mương thu nước mưa quanh bãi, xây hố lắng 03 ngăn", "m", (1100, 1350), 780000, "Năm 2027")]),
    ("III. CÔNG TRÌNH PHỤ TRỢ", [
        ("Trồng dải cây xanh cách ly rộng 10 m giáp khu dân cư", "m²", (9000, 10500), 65000, "Năm 2027"),
        ("Tháo dỡ trạm nghiền xỉ tạm, hoàn trả mặt bằng", "m²", (1600, 2000), 120000, "Năm 2028")]),
)


def _tasks_kb2_vi(doc: Doc) -> None:
    r = doc.rng
    company = doc.pick(VN_FERRO_COMPANIES)
    doc.h(f"PHƯƠNG ÁN CẢI TẠO, PHỤC HỒI MÔI TRƯỜNG KHU VỰC BÃI XỈ – {company.upper()}")
    doc.p("Chủ cơ sở có trách nhiệm thực hiện các hạng mục dưới đây; dự toán lập theo đơn giá xây dựng công trình tỉnh Cao Bằng năm 2025.")
    rows = [["TT", "Hạng mục công việc", "Đơn vị", "Khối lượng", "Đơn giá (đồng)", "Thành tiền (đồng)", "Thời gian thực hiện"]]
    merges = []
    total = 0
    for s, (section, items) in enumerate(VN_RESTORE, 1):
        _span(rows, merges, section, 7)
        for k, (text, unit, (lo, hi), price, term) in enumerate(items, 1):
            qty = r.randint(lo, hi)
            amount = qty * price
            total += amount
            rows.append([f"{s}.{k}", text, unit, num(qty, "vi"), num(price, "vi"), num(amount, "vi"), term])
            doc.add("obligations", {"kind": "task", "number": f"{s}.{k}", "text_contains": _words(text, 5)})
    rows.append(["", "Chi phí dự phòng (10 %)", "", "", "", num(round(total * 0.1), "vi"), ""])
    rows.append(["", "Tổng cộng", "", "", "", num(round(total * 1.1), "vi"), ""])
    doc.table("Bảng 3.2. Khối lượng, kinh phí các hạng mục cải tạo, phục hồi môi trường", rows, merges, role="tasks")
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"KB{k}", globals()[f"{role}_kb{k}"]) for role in ROLES for k in (1, 2)]
