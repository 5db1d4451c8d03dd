"""A blind held-out set (two layouts per role, `JR1` and `JR2`): never used for tuning, written by someone who neither
ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`.

Theme: alumina refining, aluminium smelting, anode baking and aluminium rolling and extrusion. Kazakhstan: an alumina
refinery in Pavlodar's northern industrial zone (Bayer and sintering, calcining and sintering kilns numbered by shop, a lime
kiln, evaporators, open bauxite stores, a red mud field with observation wells and dams), a smelter next to it with its
potrooms' dry scrubbers and roof lanterns, a separate anode plant with its baking furnace and coke preparation, a casthouse,
and an extrusion and rolling plant in Ekibastuz (or a strip and foil plant in Pavlodar) with melting furnaces, presses,
anodising tanks, a neutralisation station and a rolling mill's emulsion cellar. Vietnam: the bauxite–alumina plants of the
Central Highlands (Bảo Lâm, and Nhân Hòa in the former Đắk Nông, now Lâm Đồng) with their calcining kilns, coal-fired power
plant, red mud ponds and a smelter project, and aluminium profile plants with casting, extrusion, anodising and powder
coating in the industrial parks of Hưng Yên.

Facility: a department of ecology's extract from the register of objects of categories I and II — the refinery, the smelter
and its separate anode plant under one operator whose name and BIN are merged down over both, the profile plant in
Ekibastuz — one object a row under a two-row header (`Оператор`, `Объект`, `Местонахождение`, `Географические координаты`
over their sub-columns), the register's record numbers (`55-I-00412`) and coordinates in degrees, minutes and seconds with
tenths, the records' history with the permits' numbers in a table of no role (VI: a provincial list of bauxite–alumina–
aluminium projects after the merger of provinces, a company's enterprise number merged over its two projects, VSIC codes,
`Nhóm I`, EIA decisions' numbers) (JR1); the details page of a ПЭК programme as four columns of two label–value pairs a row
with no header, coordinates written `51.74582:75.31864`, the category beside the Code's article number, the protection
zone's `III класс`, the post code, phone, bank account and staff as look-alikes, the equipment in a table of no role (VI:
an extrusion plant's details, `Nhóm II` beside `Phụ lục IV`, the investment certificate's ten-digit number) (JR2).

Emissions: a smelter's table of the sources' parameters for the НДВ in the Kazakh form — fifteen columns under three header
rows and a row of column numbers, production merged down over its sources and each source over its substances, height,
diameter, gas volume and temperature, X and Y on the site plan, `г/с | мг/нм³ | т/год` with the concentration between the
grams and the tonnes, no hazard class, subtotals per production and the total (VI: an alumina refinery's stacks with their
units in a row of their own and the plant's totals by parameter after them) (JR1); an alumina refinery's emissions with the
substances as columns, split into solids and a `Продолжение таблицы` of gases, each substance's code and name over its
`г/с | т/год` pair with its class or `ОБУВ` in a second header row, sources numbered by shop so that `0101` and `0301` are also
substance codes in the header (VI: an extrusion plant's EIA loads of the construction and the operation periods under
spanning rows, emission factors with units in the cells, no tonnes for the construction) (JR2).

Wastes: a smelter's limits of accumulation for 2026–2035, hazardous and non-hazardous wastes under spanning rows, codes partly
written without spaces (`161103*`), the tonnes already accumulated — a hundred thousand tonnes of spent pot lining — beside
the limit a year, the place and the term, subtotals and total (VI: an alumina refinery's annual report with ordinary wastes
in tonnes, hazardous wastes in kilograms and domestic waste in tonnes, each unit said only in its section's row, red mud
without a code and its stock in the pond as a look-alike) (JR1); a profile plant's wastes formed in 2025 by quarter under
`Образовано, т` with the year's total as the amount, a furnace relining in one quarter only, the receivers' contracts (VI:
an extrusion plant's hazardous wastes with state, kilograms, the treatment's letter code and the receiver's licence number
`1-2-3-4-5-6.089.VX`, then its ordinary wastes in tonnes in a second table) (JR2).

Limits: a laboratory's ambient-air protocol around a smelter, one row a sample, the point merged down over two days and each
day's wind direction and speed merged down over five substances, the share of the ПДК after it, results below the limit of
detection written `< 0,005` (VI: an alumina refinery's treated waste water at one outlet named only in the caption, four
quarters as columns, QCVN 40:2011/BTNMT column B and the derived Cmax = C × Kq × Kf side by side, `KPH` for oil not found)
(JR1); a soil protocol around a smelter with the substances as columns and `мг/кг` in a row of its own, laboratory sample
numbers, each plot merged over two depths, a background plot, the ПДК in the last row naming the hygiene norms' order (VI: an
extrusion plant's two outlets into the park's sewer under `Kết quả`, the methods' numbers `TCVN 6625:2000` beside them, the
park's connection limits last, the domestic outlet not analysed for metals) (JR2).

Monitoring: a smelter's plan as a matrix of sources by substances, each cell a letter (`Н`, `М`, `К`, `П`) explained only in a
legend row at the foot of the table, `М*` with a footnote that leaves the frequency monthly, the instruments in a table of no
role (VI: an alumina refinery's GPMT programme in sections of automated and periodic stack and waste-water monitoring, the
parameters of each point in one cell with flow, temperature and oxygen) (JR1); an alumina refinery's calendar of sampling at
its red mud field — wells, dust points and a soil plot — with twelve month columns marked `+` and the count a year last, the
frequency only in the marks (VI: an extrusion plant's plan with VN-2000 coordinates and `06 tháng/lần` merged down over four
stacks, a row on solid wastes without a parameter) (JR2).

Inspections: an alumina refinery's regulation of observations at its red mud field's dams, items `1.1` under four section
rows, criteria full of figures that are no limits (`не выше отметки 128,40 м`), the frequency, who checks and where it is
recorded, an extraordinary check after rains with no frequency (VI: the same kind of plan for a red mud pond, items numbered
through the plan, `Đột xuất`) (JR1); a profile plant's schedule of checks in which the frequency is the ticked one of four
columns under `Периодичность`, objects merged over their checks, the bags' replacement written across the four columns with
no frequency (VI: `x` under `Hằng ngày | Hằng tuần | Hằng tháng | Hằng quý`, bags changed when the pressure drop passes
1.800 Pa) (JR2).

Tasks: a smelter's plan of measures for 2026–2028 in the Kazakh form, Roman section rows over items numbered through the
plan, the cost and its split by year under a merged header, start and end years, the responsible division and an effect full
of codes (`0101`, `16 11 01*`) (VI: an alumina refinery's plan of remedying an inspection's findings, the findings beside the
measures, lead unit, term and state) (JR1); a department of ecology's prescription to an alumina refinery, the findings with
source numbers and grams a second and the article broken before the requirement — the task — and its term, no actor (VI: an
extrusion plant's plan for 2026 as a chart of twelve month columns marked `x`, Roman sections, items numbered through) (JR2).
"""

from __future__ import annotations

from .common import Doc, distractor, make_bin, maybe_distractor, num
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


def _msdn(doc: Doc, prefix: str) -> str:
    """A Vietnamese enterprise number of the province's prefix (58 Lâm Đồng, 64 Đắk Nông, 09 Hưng Yên)."""
    return prefix + f"{doc.rng.randint(0, 99999999):08d}"


def _dms(doc: Doc, base: float) -> tuple[str, float]:
    """A point near `base` in degrees, minutes and seconds with tenths (`52°21'11,2"`) and its decimal degrees."""
    x = base + doc.rng.uniform(-0.004, 0.004)
    d = int(x)
    m = int((x - d) * 60)
    s = round(((x - d) * 60 - m) * 60, 1)
    if s >= 60:
        s = 59.9
    return f"{d}°{m:02d}'{f'{s:04.1f}'.replace('.', ',')}\"", round(d + m / 60 + s / 3600, 6)


def _money(x: float, lang: str) -> str:
    return num(round(x, 1), lang)


# code: (RU, KK, VI, hazard class as the documents print it) — names of the list in force
AIR = {
    "0101": ("диАлюминий триоксид (в пересчете на алюминий)", "Диалюминий триоксиді (алюминийге шаққанда)", "Bụi nhôm oxit (Al2O3)", 2),
    "0342": ("Фтористые газообразные соединения (в пересчете на фтор)", "Фторлы газ тәрізді қосылыстар (фторға шаққанда)",
             "Flo, HF hoặc các hợp chất vô cơ của Flo (tính theo HF)", 2),
    "0344": ("Фториды неорганические плохо растворимые", "Нашар еритін бейорганикалық фторидтер", "", 2),
    "0301": ("Азота (IV) диоксид", "Азот (IV) диоксиді", "NOx (tính theo NO2)", 2),
    "0304": ("Азот (II) оксид", "Азот (II) оксиді", "NO", 3),
    "0330": ("Сера диоксид", "Күкірт диоксиді", "SO2", 3),
    "0337": ("Углерод оксид", "Көміртек оксиді", "CO", 4),
    "0703": ("Бенз/а/пирен", "Бенз(а)пирен", "Benzo(a)pyren", 1),
    "0725": ("Возгоны каменноугольного пека", "Тас көмір пегінің айдалымдары (возгондары)", "", None),
    "2902": ("Взвешенные частицы", "Қалқыма бөлшектер", "Bụi tổng", 3),
    "2909": ("Пыль неорганическая, содержащая двуокись кремния менее 20%", "Бейорганикалық шаң: кремний қостотығы 20%-дан төмен", "", 3),
    "3727": ("Пыль спекательная бокситов", "Бокситтерді пісіру шаңы", "", None),
    "0128": ("Кальций оксид (Негашеная известь)", "Кальций оксиді (сөндірілмеген әк)", "", None),
    "0150": ("Натрий гидроксид (Натр едкий)", "Натрий гидроксиді (күйдіргіш натр)", "Hơi kiềm NaOH", None),
    "0322": ("Серная кислота", "Күкірт қышқылы", "Hơi H2SO4", 2),
}  # fmt: skip


def _air(doc: Doc, code: str) -> str:
    return AIR[code][{"ru": 0, "kk": 1, "vi": 2}[doc.lang]]


def _cls(code: str) -> int | None:
    return AIR[code][3]


# ---------------------------------------------------------------- facility

KZ_OPERATORS = (
    ("АО «Ертіс Глинозем»", "«Ертіс Глинозем» АҚ"),
    ("ТОО «Кереку Электролиз»", "«Кереку Электролиз» ЖШС"),
    ("ТОО «Екібастұз Профиль»", "«Екібастұз Профиль» ЖШС"),
)
# (operator, RU, KK object, key RU, key KK, OKED, category, RU, KK capacity, RU, KK address, KATO prefix, lat, lon)
REGISTER = (
    (0, "Глиноземный завод", "Глинозем зауыты", "Глиноземный", "Глинозем", "24420", "I", "глинозем – 1 500 тыс. т/год",
     "глинозем – жылына 1 500 мың т", "г. Павлодар, Северная промышленная зона, 1", "Павлодар қ., Солтүстік өнеркәсіптік аймақ, 1",
     "5510", 52.3347, 76.9128),
    (1, "Электролизный завод", "Электролиз зауыты", "Электролизный", "Электролиз зауыты", "24420", "I",
     "первичный алюминий – 250 тыс. т/год", "бастапқы алюминий – жылына 250 мың т", "г. Павлодар, Северная промышленная зона, 65",
     "Павлодар қ., Солтүстік өнеркәсіптік аймақ, 65", "5510", 52.3681, 76.8934),
    (1, "Анодная фабрика (цех обжига анодов)", "Анод фабрикасы (анодтарды күйдіру цехы)", "Анодная", "Анод", "27900", "I",
     "обожженные аноды – 140 тыс. т/год", "күйдірілген анодтар – жылына 140 мың т", "г. Павлодар, Северная промышленная зона, 67",
     "Павлодар қ., Солтүстік өнеркәсіптік аймақ, 67", "5510", 52.3742, 76.8811),
    (2, "Завод алюминиевых профилей и проката", "Алюминий профильдері мен прокат зауыты", "профилей", "профиль", "24420", "II",
     "профили – 18 тыс. т/год; прокат – 30 тыс. т/год", "профильдер – жылына 18 мың т; прокат – жылына 30 мың т",
     "г. Экибастуз, ул. Энергетиков, 12/4", "Екібастұз қ., Энергетиктер к-сі, 12/4", "5520", 51.7458, 75.3186),
)  # fmt: skip


def facility_jr1(doc: Doc) -> None:
    """A department of ecology's extract from the register of objects of categories I and II for an aluminium chain:
    the alumina refinery, the smelter with its separate anode plant (one operator, its name and BIN merged down over
    both) and a profile and rolling plant in Ekibastuz, one object a row under a header of two rows (`Оператор`,
    `Объект`, `Местонахождение`, `Географические координаты` each over its sub-columns), the register's record numbers
    (`55-I-00412`), coordinates in degrees, minutes and seconds with tenths, then a table of no role with the records'
    changes and the permits' numbers (VI: a provincial list of bauxite–alumina–aluminium projects after the merger of
    Lâm Đồng and Đắk Nông, enterprise numbers merged over a company's two projects, VSIC codes, `Nhóm I`, the EIA
    decisions' numbers)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_jr1_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    bins = [make_bin(r) for _ in KZ_OPERATORS]
    doc.h(g("Выписка из реестра объектов, оказывающих негативное воздействие на окружающую среду (Павлодарская область)",
            "Қоршаған ортаға теріс әсер ететін объектілер тізілімінен үзінді (Павлодар облысы)"))
    doc.p(g("Сформирована Департаментом экологии по Павлодарской области по состоянию на 01.02.2026 по запросу ТОО «Кереку Электролиз». "
            "Категория объекта определена в соответствии со статьей 12 Экологического кодекса Республики Казахстан.",
            "Павлодар облысы бойынша Экология департаменті «Кереку Электролиз» ЖШС сұрауы бойынша 01.02.2026 жағдай бойынша қалыптастырды. "
            "Объектінің санаты Қазақстан Республикасы Экология кодексінің 12-бабына сәйкес айқындалған."))
    head0 = g(["№ записи в реестре", "Оператор", None, "Объект, оказывающий негативное воздействие", None, None, None, "Местонахождение", None,
               "Географические координаты (WGS-84)", None],
              ["Тізілімдегі жазба №", "Оператор", None, "Теріс әсер ететін объект", None, None, None, "Орналасқан жері", None,
               "Географиялық координаттар (WGS-84)", None])
    head1 = [None] + g(["наименование", "БИН", "наименование", "ОКЭД", "категория", "проектная мощность", "адрес", "КАТО", "северная широта",
                        "восточная долгота"],
                       ["атауы", "БСН", "атауы", "ЭҚЖЖ", "санаты", "жобалық қуаты", "мекенжайы", "ҚАТО", "солтүстік ендік", "шығыс бойлық"])
    rows = [head0, head1]
    merges = [(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 6), (0, 7, 0, 8), (0, 9, 0, 10)]
    records, prev, start = [], None, 0
    for op, n_ru, n_kk, k_ru, k_kk, oked, cat, c_ru, c_kk, a_ru, a_kk, prefix, lat0, lon0 in REGISTER:
        kato = _kato(doc, prefix)
        lat_s, lat = _dms(doc, lat0)
        lon_s, lon = _dms(doc, lon0)
        rec = f"55-{cat}-{r.randint(100, 990):05d}"
        records.append(rec)
        first = op != prev
        if first and prev is not None and len(rows) - start > 1:
            merges += [(start, 1, len(rows) - 1, 1), (start, 2, len(rows) - 1, 2)]
        if first:
            start = len(rows)
        rows.append([rec, KZ_OPERATORS[op][L] if first else None, bins[op] if first else None, (n_ru, n_kk)[L], oked, cat, (c_ru, c_kk)[L],
                     (a_ru, a_kk)[L], kato, lat_s, lon_s])
        prev = op
        doc.add("facilities", {"bin": bins[op], "name_contains": (k_ru, k_kk)[L], "kato": kato, "oked": oked, "category": cat, "lat": lat, "lon": lon})
    if len(rows) - start > 1:
        merges += [(start, 1, len(rows) - 1, 1), (start, 2, len(rows) - 1, 2)]
    doc.table(g("Таблица 1. Сведения об объектах", "1-кесте. Объектілер туралы мәліметтер"), rows, merges, role="facility")
    permits = [f"KZ{r.randint(10, 99)}VCZ{r.randint(10**7, 10**8 - 1):08d}" for _ in records]
    doc.table(g("Таблица 2. История изменений записей", "2-кесте. Жазбалардың өзгеру тарихы"), [
        g(["№ записи", "Дата внесения", "Основание", "Примечание"], ["Жазба №", "Енгізілген күні", "Негіз", "Ескертпе"]),
        [records[0], "14.03.2022", g(f"КЭР № {permits[0]} от 10.03.2022", f"2022 ж. 10.03. № {permits[0]} КЭР"), g("первичная запись", "бастапқы жазба")],
        [records[1], "02.06.2023", g(f"КЭР № {permits[1]} от 29.05.2023", f"2023 ж. 29.05. № {permits[1]} КЭР"),
         g("изменение мощности с 240 до 250 тыс. т", "қуаты 240-тан 250 мың т-ға өзгерді")],
        [records[2], "02.06.2023", g(f"КЭР № {permits[2]} от 29.05.2023", f"2023 ж. 29.05. № {permits[2]} КЭР"),
         g("выделена из записи " + records[1], records[1] + " жазбасынан бөлінді")],
        [records[3], "19.09.2024", g(f"разрешение на воздействие № {permits[3]}", f"№ {permits[3]} әсер етуге рұқсат"), "—"],
    ], role="other")


VN_COMPANIES = (("Công ty Cổ phần Alumin Bảo Lâm", "58"), ("Công ty TNHH MTV Nhôm Nhân Hòa", "64"),
                ("Công ty TNHH Nhôm Định hình Phú Hội", "58"))
# (company, site, key, VSIC, group, lat, lon, documents)
VN_REGISTER = (
    (0, "Nhà máy alumin Bảo Lâm (công suất 650.000 tấn alumin/năm)", "alumin Bảo Lâm", "2420 – Sản xuất kim loại màu (alumin)", "I",
     11.7031, 107.7125, "QĐ phê duyệt ĐTM số 1246/QĐ-BTNMT ngày 29/5/2019; GPMT số 58/GPMT-BTNMT ngày 16/3/2023"),
    (1, "Nhà máy alumin Nhân Hòa (công suất 650.000 tấn alumin/năm)", "alumin Nhân Hòa", "2420 – Sản xuất kim loại màu (alumin)", "I",
     12.0412, 107.5987, "GPMT số 212/GPMT-BTNMT ngày 08/8/2023"),
    (1, "Dự án Nhà máy điện phân nhôm Nhân Hòa (giai đoạn 1: 150.000 tấn nhôm/năm)", "điện phân nhôm", "2420 – Sản xuất nhôm", "I",
     12.0338, 107.6071, "QĐ phê duyệt ĐTM số 2468/QĐ-BTNMT ngày 21/9/2022"),
    (2, "Nhà máy nhôm thanh định hình Phú Hội", "nhôm thanh định hình", "2592 – Gia công cơ khí; xử lý và tráng phủ kim loại", "II",
     11.7254, 108.3716, "GPMT số 35/GPMT-UBND ngày 11/4/2024 của UBND tỉnh Lâm Đồng"),
)  # fmt: skip


def _facility_jr1_vi(doc: Doc) -> None:
    r = doc.rng
    numbers = [_msdn(doc, prefix) for _, prefix in VN_COMPANIES]
    doc.h("PHỤ LỤC. DANH MỤC DỰ ÁN, CƠ SỞ KHAI THÁC, CHẾ BIẾN BAUXIT – ALUMIN – NHÔM THUỘC ĐỐI TƯỢNG PHẢI CÓ GIẤY PHÉP MÔI TRƯỜNG")
    doc.p(f"(Kèm theo Báo cáo số {r.randint(180, 260)}/BC-SNNMT ngày 20/10/2025 của Sở Nông nghiệp và Môi trường tỉnh Lâm Đồng.) Từ ngày "
          "01/7/2025, sau khi hợp nhất tỉnh Lâm Đồng, tỉnh Đắk Nông và tỉnh Bình Thuận, các dự án tại huyện Đắk R'lấp (cũ) do tỉnh Lâm Đồng quản lý.")
    rows = [["TT", "Chủ dự án, cơ sở", None, "Dự án, cơ sở", None, None, "Tọa độ trung tâm (WGS-84)", None, "Hồ sơ môi trường đã được phê duyệt, cấp"],
            [None, "Tên", "Mã số doanh nghiệp", "Tên", "Ngành nghề (VSIC 2018)", "Nhóm", "Vĩ độ Bắc", "Kinh độ Đông", None]]
    merges = [(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 5), (0, 6, 0, 7), (0, 8, 1, 8)]
    prev, start = None, 0
    for k, (co, site, key, vsic, group, lat0, lon0, docs) in enumerate(VN_REGISTER, 1):
        lat_s, lat = _dms(doc, lat0)
        lon_s, lon = _dms(doc, lon0)
        first = co != prev
        if first and prev is not None and len(rows) - start > 1:
            merges += [(start, 1, len(rows) - 1, 1), (start, 2, len(rows) - 1, 2)]
        if first:
            start = len(rows)
        rows.append([str(k), VN_COMPANIES[co][0] if first else None, numbers[co] if first else None, site, vsic, group, lat_s, lon_s, docs])
        prev = co
        doc.add("facilities", {"bin": numbers[co], "name_contains": key, "category": group, "lat": lat, "lon": lon})
    doc.table("Bảng 1. Thông tin các dự án, cơ sở", rows, merges, role="facility")
    doc.table("Bảng 2. Sản lượng năm 2024", [
        ["TT", "Sản phẩm, nguyên liệu", "Đơn vị", "Bảo Lâm", "Nhân Hòa"],
        ["1", "Alumin (Al2O3)", "tấn", num(r.randint(640, 690) * 1000, "vi"), num(r.randint(600, 680) * 1000, "vi")],
        ["2", "Hydrat nhôm (Al(OH)3) thương phẩm", "tấn", num(r.randint(12, 30) * 1000, "vi"), "-"],
        ["3", "Quặng tinh bauxit đưa vào sản xuất (khô)", "tấn", num(r.randint(1700, 1900) * 1000, "vi"), num(r.randint(1650, 1850) * 1000, "vi")],
        ["4", "Xút (NaOH 100%) tiêu thụ", "tấn", num(r.randint(55, 80) * 1000, "vi"), num(r.randint(55, 80) * 1000, "vi")],
    ], role="other")


# (RU, KK name, key RU, key KK, RU, KK operator, RU, KK place, KATO prefix, lat, lon, RU, KK capacity, index, phone code)
PROFILE_PLANTS = (
    ("Экибастузский завод алюминиевых профилей", "Екібастұз алюминий профильдері зауыты", "профилей", "профильдері",
     "ТОО «Екібастұз Профиль»", "«Екібастұз Профиль» ЖШС", "Павлодарская область, г. Экибастуз, ул. Энергетиков, 12/4",
     "Павлодар облысы, Екібастұз қ., Энергетиктер к-сі, 12/4", "5520", 51.7458, 75.3186,
     "прессованные профили – 18 000 т/год, плоский прокат – 30 000 т/год", "престелген профильдер – жылына 18 000 т, жалпақ прокат – жылына 30 000 т",
     "141200", "7187"),
    ("Павлодарский завод алюминиевой ленты и фольги", "Павлодар алюминий таспасы мен фольгасы зауыты", "ленты", "таспасы",
     "ТОО «Ертіс Прокат»", "«Ертіс Прокат» ЖШС", "Павлодарская область, г. Павлодар, Восточная промышленная зона, 27",
     "Павлодар облысы, Павлодар қ., Шығыс өнеркәсіптік аймағы, 27", "5510", 52.2861, 77.0213,
     "лента – 32 000 т/год, фольга – 8 000 т/год", "таспа – жылына 32 000 т, фольга – жылына 8 000 т", "140000", "7182"),
)  # fmt: skip


def facility_jr2(doc: Doc) -> None:
    """The details page of a ПЭК programme of an aluminium profile (or strip and foil) plant written as four columns, two
    label–value pairs a row and no header: the operator and BIN, the object and OKED, the legal address and the post code,
    the site's address and KATO, the centre's coordinates written `51.74582:75.31864` beside the category with the Code's
    article number, the head and the phone, the capacity and the staff, the bank account and the protection zone's `III
    класс` as look-alikes of the category, the permit and its term; the presses and furnaces in a table of no role (VI: an
    extrusion plant in the Minh Quang park of Hưng Yên, `Nhóm II` written beside `Phụ lục IV`, the investment certificate's
    ten-digit number beside the enterprise number)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_jr2_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    p = doc.pick(PROFILE_PLANTS)
    name, key, operator, place = p[L], p[2 + L], p[4 + L], p[6 + L]
    bin_, kato = make_bin(r), _kato(doc, p[8])
    lat, lon = round(p[9] + r.uniform(-0.003, 0.003), 5), round(p[10] + r.uniform(-0.003, 0.003), 5)
    permit = f"KZ{r.randint(10, 99)}VDD{r.randint(10**7, 10**8 - 1):08d}"
    doc.h(g(f"Программа производственного экологического контроля на 2026–2030 годы. {name}",
            f"{name}. 2026–2030 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы"))
    doc.h(g("1. Общие сведения об операторе и объекте", "1. Оператор және объект туралы жалпы мәліметтер"))
    rows = [
        [g("Полное наименование оператора", "Оператордың толық атауы"), operator, g("БИН", "БСН"), bin_],
        [g("Наименование объекта", "Объектінің атауы"), name, g("Код ОКЭД", "ЭҚЖЖ коды"), "24420"],
        [g("Юридический адрес", "Заңды мекенжайы"), place, g("Почтовый индекс", "Пошта индексі"), p[13]],
        [g("Фактический адрес промплощадки", "Өндірістік алаңның нақты мекенжайы"), place, g("Код КАТО", "ҚАТО коды"), kato],
        [g("Координаты центра промплощадки (широта:долгота, WGS-84)", "Өндірістік алаң орталығының координаттары (ендік:бойлық, WGS-84)"),
         f"{lat:.5f}:{lon:.5f}", g("Категория объекта (статья 12 ЭК РК)", "Объект санаты (ҚР ЭК 12-бабы)"), "II"],
        [g("Первый руководитель", "Бірінші басшы"), g(f"генеральный директор {doc.pick(('Жумагулов Е.С.', 'Литвиненко О.П.', 'Сарсенов Д.К.'))}",
                                                      f"бас директор {doc.pick(('Жұмағұлов Е.С.', 'Литвиненко О.П.', 'Сәрсенов Д.Қ.'))}"),
         g("Телефон / факс", "Телефон / факс"), f"+7 ({p[14]}) {r.randint(20, 79)}-{r.randint(10, 99)}-{r.randint(10, 99)}"],
        [g("Проектная мощность", "Жобалық қуаты"), p[11 + L], g("Численность работающих", "Жұмыскерлер саны"), g(f"{r.randint(420, 780)} чел.", f"{r.randint(420, 780)} адам")],
        [g("Банковские реквизиты", "Банк деректемелері"), f"ИИК KZ{r.randint(10, 99)}601{r.randint(10**12, 10**13 - 1)}; БИК HSBKKZKX",
         g("Размер СЗЗ", "СҚА мөлшері"), g("500 м (III класс)", "500 м (III сынып)")],
        [g("Разрешительный документ", "Рұқсат беру құжаты"), g(f"экологическое разрешение на воздействие № {permit} от 15.06.2023",
                                                              f"2023 ж. 15.06. № {permit} әсер етуге экологиялық рұқсат"),
         g("Срок действия", "Қолданылу мерзімі"), g("до 31.12.2032", "31.12.2032 дейін")],
    ]
    doc.table(g("Таблица 1.1 – Реквизиты", "1.1-кесте – Деректемелер"), rows, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": key, "kato": kato, "oked": "24420", "category": "II", "lat": lat, "lon": lon})
    doc.table(g("Таблица 1.2 – Основное технологическое оборудование", "1.2-кесте – Негізгі технологиялық жабдық"), [
        g(["Оборудование", "Количество", "Характеристика"], ["Жабдық", "Саны", "Сипаттамасы"]),
        g(["Плавильная газовая печь", "2", "садка 25 т, 2 × 4 200 кВт"], ["Газбен балқыту пеші", "2", "тиеу 25 т, 2 × 4 200 кВт"]),
        g(["Гидравлический пресс", str(r.randint(2, 4)), "усилие 2 500 тс"], ["Гидравликалық пресс", str(r.randint(2, 4)), "күші 2 500 тк"]),
        g(["Печь гомогенизации слитков", "1", "садка 60 т, 580 °С"], ["Құймаларды гомогендеу пеші", "1", "тиеу 60 т, 580 °С"]),
        g(["Линия анодирования", "1", "14 ванн, 9 000 А"], ["Анодтау желісі", "1", "14 ванна, 9 000 А"]),
    ], role="other")
    doc.p(g("Ближайшая жилая застройка расположена в 1,2 км к юго-западу от границы промплощадки.",
            "Ең жақын тұрғын үйлер өндірістік алаң шекарасынан оңтүстік-батысқа қарай 1,2 км жерде орналасқан."))


VN_EXTRUDERS = (
    ("Nhà máy nhôm định hình Minh Quang", "Minh Quang", "Công ty Cổ phần Nhôm Minh Quang Hưng Yên",
     "Lô CN-07, Khu công nghiệp Minh Quang, phường Mỹ Hào, tỉnh Hưng Yên", 20.9388, 106.0816, "25.000 tấn sản phẩm/năm"),
    ("Nhà máy nhôm thanh Tiền Hải", "Tiền Hải", "Công ty TNHH Nhôm Kính Tiền Hải",
     "Lô B3, Khu công nghiệp Tiền Hải, xã Tiền Hải, tỉnh Hưng Yên (trước đây thuộc tỉnh Thái Bình)", 20.3921, 106.5683, "18.000 tấn sản phẩm/năm"),
)


def _facility_jr2_vi(doc: Doc) -> None:
    r = doc.rng
    name, key, company, place, lat0, lon0, capacity = doc.pick(VN_EXTRUDERS)
    msdn = _msdn(doc, doc.pick(("09", "10")))
    lat, lon = round(lat0 + r.uniform(-0.003, 0.003), 5), round(lon0 + r.uniform(-0.003, 0.003), 5)
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG CỦA CƠ SỞ {name.upper()}")
    doc.h("CHƯƠNG I. THÔNG TIN CHUNG VỀ CƠ SỞ")
    rows = [
        ["Tên chủ cơ sở", company, "Mã số doanh nghiệp", msdn],
        ["Tên cơ sở", name, "Giấy chứng nhận đăng ký đầu tư", f"Mã số dự án {r.randint(10**9, 10**10 - 1)}, cấp lần đầu ngày 12/3/2018"],
        ["Địa điểm", place, "Điện thoại", f"0221 {r.randint(100, 999)} {r.randint(1000, 9999)}"],
        ["Người đại diện theo pháp luật", f"Ông {doc.pick(('Phạm Văn Thắng', 'Đỗ Minh Tuấn', 'Vũ Đức Hạnh'))}", "Chức vụ", "Tổng Giám đốc"],
        ["Loại hình sản xuất", "Đúc phôi, đùn ép, anot hóa và sơn tĩnh điện nhôm thanh định hình", "Mã ngành (VSIC)", "2420; 2592"],
        ["Tọa độ trung tâm (WGS-84)", f"{lat:.5f}, {lon:.5f}", "Phân nhóm", "Nhóm II (mục 2 Phụ lục IV Nghị định số 08/2022/NĐ-CP)"],
        ["Công suất", capacity, "Diện tích đất", f"{num(r.randint(38, 72) * 1000 + r.randint(0, 999), 'vi')} m²"],
    ]
    doc.table("Bảng 1.1. Thông tin về chủ cơ sở và cơ sở", rows, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": key, "category": "II", "lat": lat, "lon": lon})
    doc.table("Bảng 1.2. Nhu cầu nguyên liệu, nhiên liệu", [
        ["TT", "Tên", "Đơn vị", "Khối lượng/năm"],
        ["1", "Nhôm thỏi A7 và phôi billet", "tấn", num(r.randint(17, 26) * 1000, "vi")],
        ["2", "Nhôm phế liệu nội bộ (đầu mẩu, phôi hỏng)", "tấn", num(r.randint(20, 40) * 100, "vi")],
        ["3", "Khí LPG", "tấn", num(r.randint(900, 1600), "vi")],
        ["4", "Axit H2SO4 98%", "tấn", num(r.randint(120, 260), "vi")],
    ], role="other")
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- emissions

# ((RU, KK production), [(number, RU, KK source, hours, height, diameter or None, m3/s or None, °C or None, x, y,
#   {code: (low, high) g/s})])
SMELTER = (
    (("Электролизное производство (корпуса № 1–2)", "Электролиз өндірісі (№ 1–2 корпустар)"), [
        ("0001", "Дымовая труба ГОУ-1 (сухая газоочистка корпусов 1–2)", "ГТҚ-1 түтін мұржасы (1–2 корпустардың құрғақ газ тазартуы)",
         8760, 60, 6.0, 310.0, 95, 412, 1180, {"0342": (0.8, 1.6), "0344": (0.5, 1.2), "0101": (1.5, 3.5), "0330": (40, 70), "0337": (150, 260)}),
        ("6001", "Аэрационные фонари корпусов 1–2", "1–2 корпустардың аэрациялық шамдары", 8760, 24, None, None, None, 640, 1010,
         {"0342": (1.5, 3.0), "0344": (1.0, 2.4), "0101": (2.0, 5.0)}),
    ]),
    (("Анодное производство", "Анод өндірісі"), [
        ("0011", "Дымовая труба ГОУ печи обжига анодов", "Анодтарды күйдіру пешінің ГТҚ түтін мұржасы", 8400, 80, 4.5, 95.0, 110, 1530, 420,
         {"0342": (0.2, 0.5), "0330": (8, 16), "0337": (20, 45), "0301": (3, 7), "0703": (0.00001, 0.00004), "0725": (0.1, 0.4)}),
        ("0012", "Аспирация отделения подготовки кокса (рукавный фильтр)", "Кокс дайындау бөлімшесінің аспирациясы (жеңді сүзгі)",
         7200, 30, 1.2, 12.0, 35, 1610, 515, {"2902": (0.3, 0.9)}),
        ("6011", "Открытый склад прокаленного кокса", "Күйдірілген кокстың ашық қоймасы", 8760, 5, None, None, None, 1720, 600, {"2902": (0.05, 0.2)}),
    ]),
    (("Литейное отделение", "Құю бөлімшесі"), [
        ("0021", "Труба от миксеров и литейных конвейеров", "Миксерлер мен құю конвейерлерінің мұржасы", 8760, 35, 2.0, 40.0, 60, 905, 1420,
         {"0101": (0.2, 0.5), "0301": (0.3, 0.8), "0304": (0.05, 0.12), "0337": (1.0, 3.0)}),
    ]),
)  # fmt: skip


def emissions_jr1(doc: Doc) -> None:
    """A smelter's table of the parameters of its sources for calculating the НДВ, as the Kazakh form prints it: fifteen
    columns under three header rows — production, the source's number and name, hours, height, mouth diameter, the gas's
    volume and temperature under `Параметры ГВС`, the source's X and Y on the site plan under `Координаты`, the code and name
    of the substance, then `г/с | мг/нм³ | т/год` under `Выброс` — and a row of column numbers; the production merged down
    over its sources, each source's cells merged down over its substances, the concentration between the grams and the
    tonnes, dashes for the roof lanterns' diameter and flow, no hazard class, a subtotal after each production and the total
    last (VI: an alumina refinery's stacks with height, diameter and Nm³/h, the units in a row of their own, the plant's
    totals by parameter after the stacks)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_jr1_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    op = KZ_OPERATORS[1][L]
    doc.h(g(f"Проект нормативов допустимых выбросов {op} (электролизный завод и анодная фабрика)",
            f"{op} (электролиз зауыты және анод фабрикасы) жол берілетін шығарындылар нормативтерінің жобасы"))
    doc.p(g("Координаты источников приведены в условной системе координат промплощадки (начало – северо-западный угол корпуса № 1, ось X – на восток).",
            "Көздердің координаттары өндірістік алаңның шартты координаттар жүйесінде келтірілген (басы – № 1 корпустың солтүстік-батыс бұрышы, X осі – шығысқа)."))
    head0 = g(["Производство, цех", "№ источника", "Наименование источника выброса", "Число часов работы в году", "Высота источника, м",
               "Диаметр устья, м", "Параметры ГВС на выходе", None, "Координаты на карте-схеме, м", None, "Код ЗВ",
               "Наименование загрязняющего вещества", "Выброс загрязняющего вещества", None, None],
              ["Өндіріс, цех", "Көз №", "Шығарынды көзінің атауы", "Жылдағы жұмыс сағаты", "Көздің биіктігі, м", "Сағасының диаметрі, м",
               "Шығудағы ГАҚ параметрлері", None, "Карта-сызбадағы координаттар, м", None, "ЛЗ коды", "Ластаушы заттың атауы",
               "Ластаушы заттың шығарындысы", None, None])
    head1 = [None] * 6 + g(["объем, м³/с", "температура, °С"], ["көлемі, м³/с", "температурасы, °С"]) + ["X", "Y", None, None] + \
        g(["г/с", "мг/нм³", "т/год"], ["г/с", "мг/нм³", "т/жыл"])
    rows = [head0, head1, [str(k) for k in range(1, 16)]]
    merges = [(0, c, 1, c) for c in range(6)] + [(0, 6, 0, 7), (0, 8, 0, 9), (0, 10, 1, 10), (0, 11, 1, 11), (0, 12, 0, 14)]
    dash = "–"
    all_g, all_t, numbers = [], [], []
    for (p_ru, p_kk), sources in SMELTER:
        p_start, p_g, p_t = len(rows), [], []
        for number, s_ru, s_kk, hours, height, diam, vol, temp, x, y, codes in sources:
            s_start = len(rows)
            for j, (c, (lo, hi)) in enumerate(codes.items()):
                gs = _sig(r.uniform(lo, hi), 2 if c == "0703" else 3)
                ty = _sig(gs * 3600 * hours * r.uniform(0.85, 1.0) / 1e6, 3)
                conc = num(_sig(gs * 1000 / vol, 3), doc.lang) if vol else dash
                first = j == 0
                rows.append([(p_ru, p_kk)[L] if len(rows) == p_start else None,
                             number if first else None, (s_ru, s_kk)[L] if first else None, num(hours, doc.lang) if first else None,
                             str(height) if first else None, (num(diam, doc.lang) if diam else dash) if first else None,
                             (num(vol, doc.lang) if vol else dash) if first else None, (str(temp) if temp else dash) if first else None,
                             str(x + r.randint(-9, 9)) if first else None, str(y + r.randint(-9, 9)) if first else None,
                             c, _air(doc, c), num(gs, doc.lang), conc, num(ty, doc.lang)])
                doc.add("emissions", emission(c, gs, ty, number, None))
                p_g.append(gs)
                p_t.append(ty)
            if len(codes) > 1:
                merges += [(s_start, k, len(rows) - 1, k) for k in range(1, 10)]
            numbers.append(number)
        merges.append((p_start, 0, len(rows) - 1, 0))
        rows.append([g(f"Итого по производству «{p_ru.split(' (')[0]}»:", f"«{p_kk.split(' (')[0]}» бойынша жиыны:")] + [None] * 11 +
                    [num(round(sum(p_g), 6), doc.lang), "", num(round(sum(p_t), 6), doc.lang)])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 11))
        all_g += p_g
        all_t += p_t
    rows.append([g("Всего по предприятию:", "Кәсіпорын бойынша барлығы:")] + [None] * 11 + [num(round(sum(all_g), 6), doc.lang), "",
                                                                                     num(round(sum(all_t), 6), doc.lang)])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 11))
    doc.table(g("Таблица 3.3 – Параметры выбросов загрязняющих веществ в атмосферу для расчета нормативов допустимых выбросов на 2026 год",
                "3.3-кесте – 2026 жылға жол берілетін шығарындылар нормативтерін есептеу үшін атмосфераға ластаушы заттар шығарындыларының параметрлері"),
              rows, merges, role="emissions")
    doc.add("sources", *({"number": n, "type": _kind(n)} for n in numbers))
    doc.p(g("Для неорганизованных источников (аэрационные фонари, склад кокса) диаметр устья и объем ГВС не определяются; концентрация не приводится.",
            "Ұйымдастырылмаған көздер (аэрациялық шамдар, кокс қоймасы) үшін сағаның диаметрі мен ГАҚ көлемі анықталмайды; концентрация келтірілмейді."))
    maybe_distractor(doc)


# (VI stack, height m, diameter m, (low, high) Nm3/h, {code: (low, high) mg/Nm3})
VN_REFINERY_STACKS = (
    ("Ống khói lò nung alumin số 1 (lò nung tầng sôi, sau lọc bụi tĩnh điện)", 90, 3.2, (150000, 180000),
     {"2902": (20, 45), "0330": (30, 90), "0301": (120, 220), "0337": (60, 150)}),
    ("Ống khói lò nung alumin số 2 (lò nung tầng sôi, sau lọc bụi tĩnh điện)", 90, 3.2, (150000, 180000),
     {"2902": (20, 45), "0330": (30, 90), "0301": (120, 220), "0337": (60, 150)}),
    ("Ống khói lò hơi nhà máy nhiệt điện (đốt than, sau khử SO2 bằng đá vôi)", 120, 4.0, (280000, 320000),
     {"2902": (30, 60), "0330": (250, 420), "0301": (300, 500), "0337": (80, 200)}),
    ("Ống thải hệ thống lọc bụi túi vải silo chứa alumin", 45, 1.0, (30000, 40000), {"2902": (10, 30)}),
    ("Ống khói lò nung vôi", 40, 1.4, (25000, 35000), {"2902": (40, 90), "0337": (200, 500), "0301": (80, 160)}),
)
VN_LABEL = {"2902": "Bụi tổng", "0330": "SO2", "0301": "NOx (tính theo NO2)", "0337": "CO", "0322": "Hơi H2SO4", "0150": "Hơi kiềm NaOH",
            "0342": "HF"}


def _emissions_jr1_vi(doc: Doc) -> None:
    r = doc.rng
    company = VN_COMPANIES[doc.rng.randrange(2)][0]
    hours = 8000
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – NHÀ MÁY ALUMIN ({company.upper()})")
    doc.h("4.2. Nguồn phát sinh khí thải và tải lượng các chất ô nhiễm")
    doc.p(f"Thời gian vận hành: {num(hours, 'vi')} giờ/năm. Nồng độ lấy theo kết quả quan trắc tự động năm 2024 (giá trị trung bình); "
          "tải lượng được tính từ nồng độ và lưu lượng thực tế.")
    rows = [["TT", "Nguồn thải", "Chiều cao", "Đường kính", "Lưu lượng", "Thông số", "Nồng độ", "Tải lượng", None],
            [None, None, "m", "m", "Nm³/h", None, "mg/Nm³", "g/s", "tấn/năm"]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 5, 1, 5), (0, 7, 0, 8)]
    tot: dict[str, list[float]] = {}
    for k, (name, height, diam, (qlo, qhi), codes) in enumerate(VN_REFINERY_STACKS, 1):
        q = r.randint(qlo // 1000, qhi // 1000) * 1000
        start = len(rows)
        for j, (c, (lo, hi)) in enumerate(codes.items()):
            conc = _sig(r.uniform(lo, hi), 3)
            gs = _sig(conc * q / 3.6e6, 3)
            ty = _sig(gs * 3600 * hours / 1e6, 3)
            first = j == 0
            rows.append([str(k) if first else None, name if first else None, str(height) if first else None, num(diam, "vi") if first else None,
                         num(q, "vi") if first else None, VN_LABEL[c], num(conc, "vi"), num(gs, "vi"), num(ty, "vi")])
            doc.add("emissions", emission(c, gs, ty))
            tot.setdefault(c, [0.0, 0.0])
            tot[c][0] += gs
            tot[c][1] += ty
        if len(codes) > 1:
            merges += [(start, c, len(rows) - 1, c) for c in range(5)]
    start = len(rows)
    for j, (c, (a, b)) in enumerate(tot.items()):
        rows.append(["Tổng cộng toàn nhà máy" if j == 0 else None, None, None, None, None, VN_LABEL[c], "-", num(round(a, 4), "vi"), num(round(b, 3), "vi")])
    merges.append((start, 0, len(rows) - 1, 4))
    doc.table("Bảng 4.3. Thông số các nguồn thải khí và tải lượng chất ô nhiễm", rows, merges, role="emissions")
    doc.p("Ghi chú: lò nung alumin và lò hơi đã lắp đặt hệ thống quan trắc khí thải tự động, liên tục, truyền số liệu về Sở Nông nghiệp và Môi trường.")
    maybe_distractor(doc)


# (number, RU, KK source, hours, {code: (low, high) g/s})
REFINERY = (
    ("0101", "Печь кальцинации № 1", "№ 1 кальцинация пеші", 8400, {"0101": (2, 5), "0301": (3, 8), "0304": (0.5, 1.3), "0330": (0.5, 2), "0337": (2, 6)}),
    ("0102", "Печь кальцинации № 2", "№ 2 кальцинация пеші", 8400, {"0101": (2, 5), "0301": (3, 8), "0304": (0.5, 1.3), "0330": (0.5, 2), "0337": (2, 6)}),
    ("0201", "Печь спекания № 3", "№ 3 пісіру пеші", 8200, {"3727": (3, 7), "0301": (6, 12), "0304": (1, 2), "0330": (10, 25), "0337": (8, 20)}),
    ("0202", "Печь спекания № 4", "№ 4 пісіру пеші", 8200, {"3727": (3, 7), "0301": (6, 12), "0304": (1, 2), "0330": (10, 25), "0337": (8, 20)}),
    ("0301", "Известково-обжиговая печь", "Әк күйдіру пеші", 8000, {"0128": (0.3, 0.9), "0301": (0.8, 2), "0337": (5, 12)}),
    ("0401", "Воздушник выпарной батареи № 2", "№ 2 буландыру батареясының ауа шығарғышы", 8400, {"0150": (0.01, 0.05)}),
    ("6001", "Открытый склад боксита", "Бокситтің ашық қоймасы", 8760, {"2909": (0.8, 2.0)}),
    ("6002", "Узел разгрузки полувагонов с бокситом", "Бокситі бар жартылай вагондарды түсіру торабы", 4380, {"2909": (0.3, 0.9)}),
)  # fmt: skip
REFINERY_PARTS = ((("0101", "3727", "0128", "0150", "2909"), ("Таблица 2.4 – Выбросы загрязняющих веществ по источникам (твердые вещества)",
                                                              "2.4-кесте – Көздер бойынша ластаушы заттар шығарындылары (қатты заттар)")),
                  (("0301", "0304", "0330", "0337"), ("Продолжение таблицы 2.4 (газообразные вещества)", "2.4-кестенің жалғасы (газ тәрізді заттар)")))


def emissions_jr2(doc: Doc) -> None:
    """An alumina refinery's emissions by source with the substances as columns, too wide for one page and so split into
    the solids and the gases (`Продолжение таблицы 2.4`): the header's first row the code and name of each substance over
    its `г/с | т/год` pair, the second row its class or `ОБУВ` merged over the pair, the third the units; the sources
    numbered by shop so that the calcining kiln `0101` and the lime kiln `0301` carry the numbers of alumina and nitrogen
    dioxide in the header above them; dashes where a source does not emit, the plant's totals last (VI: an extrusion
    plant's EIA loads of the construction and the operation periods under spanning rows, emission factors in a column of
    their own with their units in the cells, no tonnes for the construction works)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_jr2_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    op = KZ_OPERATORS[0][L]
    doc.h(g(f"Отчет по инвентаризации выбросов загрязняющих веществ в атмосферу. {op}, глиноземный завод",
            f"{op}, глинозем зауыты. Атмосфераға ластаушы заттар шығарындыларын түгендеу есебі"))
    doc.p(g("Нумерация источников: первые две цифры – номер цеха (01 – кальцинация, 02 – спекание, 03 – известковый участок, 04 – выпарка), "
            "последние две – порядковый номер; неорганизованные источники – с 6001.",
            "Көздерді нөмірлеу: алғашқы екі цифр – цех нөмірі (01 – кальцинация, 02 – пісіру, 03 – әк учаскесі, 04 – буландыру), соңғы екеуі – "
            "реттік нөмірі; ұйымдастырылмаған көздер – 6001-ден бастап."))
    rates = {}
    for number, _, _, hours, codes in REFINERY:
        for c, (lo, hi) in codes.items():
            gs = _sig(r.uniform(lo, hi), 3)
            rates[(number, c)] = (gs, _sig(gs * 3600 * hours * r.uniform(0.8, 1.0) / 1e6, 3))
    for codes, caption in REFINERY_PARTS:
        head0 = g(["№ ИЗА", "Наименование источника выброса"], ["ЛШК №", "Шығарынды көзінің атауы"])
        head1, head2 = [None, None], [None, None]
        merges = [(0, 0, 2, 0), (0, 1, 2, 1)]
        for k, c in enumerate(codes):
            col = 2 + 2 * k
            hz = _cls(c)
            head0 += [f"{c} – {_air(doc, c)}", None]
            head1 += [g(f"класс опасности {hz}", f"қауіптілік сыныбы {hz}") if hz else g("ОБУВ", "ҚӘБД"), None]
            head2 += g(["г/с", "т/год"], ["г/с", "т/жыл"])
            merges += [(0, col, 0, col + 1), (1, col, 1, col + 1)]
        rows = [head0, head1, head2]
        sums = [[0.0, 0.0] for _ in codes]
        for number, s_ru, s_kk, _, emitted in REFINERY:
            if not any(c in emitted for c in codes):
                continue
            line = [number, (s_ru, s_kk)[L]]
            for k, c in enumerate(codes):
                if c not in emitted:
                    line += ["–", "–"]
                    continue
                gs, ty = rates[(number, c)]
                line += [num(gs, doc.lang), num(ty, doc.lang)]
                sums[k][0] += gs
                sums[k][1] += ty
                doc.add("emissions", emission(c, gs, ty, number, _cls(c)))
            rows.append(line)
        rows.append(["", g("Итого по заводу", "Зауыт бойынша жиыны")] + [num(round(x, 6), doc.lang) for pair in sums for x in pair])
        doc.table(caption[L], rows, merges, role="emissions")
    doc.add("sources", *({"number": s[0], "type": _kind(s[0])} for s in REFINERY))
    doc.p(g("ОБУВ – ориентировочный безопасный уровень воздействия; класс опасности для таких веществ не устанавливается.",
            "ҚӘБД – әсер етудің болжамды қауіпсіз деңгейі; мұндай заттар үшін қауіптілік сыныбы белгіленбейді."))
    maybe_distractor(doc)


# (period, title, [(VI activity, [(code, factor as the EIA prints it, (low, high) g/s)])])
VN_EXTRUSION_LOADS = (
    ("construction", "A. GIAI ĐOẠN THI CÔNG XÂY DỰNG", [
        ("Đào đắp, san nền mặt bằng", [("2902", "0,075 kg/m³", (0.05, 0.3))]),
        ("Xe vận chuyển nguyên vật liệu (xe tải 10 tấn, dầu DO 0,05%S)",
         [("2902", "0,9 kg/1.000 km", (0.01, 0.05)), ("0330", "4,15S kg/1.000 km", (0.001, 0.01)), ("0301", "14,4 kg/1.000 km", (0.05, 0.2)),
          ("0337", "2,9 kg/1.000 km", (0.02, 0.08))]),
        ("Máy móc thi công (máy xúc, máy ủi, lu rung)",
         [("0330", "0,004 kg/kg dầu", (0.005, 0.02)), ("0301", "0,048 kg/kg dầu", (0.1, 0.4)), ("0337", "0,015 kg/kg dầu", (0.03, 0.12))]),
    ]),
    ("operation", "B. GIAI ĐOẠN VẬN HÀNH", [
        ("Lò nấu nhôm thỏi và phế liệu nội bộ (đốt LPG)",
         [("2902", "1,4 kg/tấn nhôm", (0.1, 0.4)), ("0330", "0,02 kg/tấn LPG", (0.002, 0.01)), ("0301", "2,1 kg/tấn LPG", (0.2, 0.6)),
          ("0337", "0,3 kg/tấn LPG", (0.05, 0.15))]),
        ("Lò gia nhiệt phôi billet (đốt LPG)", [("0301", "2,1 kg/tấn LPG", (0.1, 0.3)), ("0337", "0,3 kg/tấn LPG", (0.03, 0.1))]),
        ("Dây chuyền anot hóa (bể tẩy kiềm, bể anot)", [("0322", "0,01 kg/m² bề mặt", (0.01, 0.05)), ("0150", "0,002 kg/m² bề mặt", (0.002, 0.01))]),
        ("Buồng phun sơn tĩnh điện", [("2902", "5 % lượng bột sơn", (0.005, 0.03))]),
    ]),
)  # fmt: skip


def _emissions_jr2_vi(doc: Doc) -> None:
    r = doc.rng
    name, _, company, place, *_ = doc.pick(VN_EXTRUDERS)
    hours = 7200
    doc.h(f"BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG DỰ ÁN MỞ RỘNG {name.upper()}")
    doc.p(f"Chủ dự án: {company}. Địa điểm: {place}. Thời gian thi công dự kiến 10 tháng; khi vận hành, nhà máy làm việc 300 ngày/năm, 24 giờ/ngày.")
    rows = [["TT", "Nguồn phát sinh", "Chất ô nhiễm", "Hệ số phát thải", "Tải lượng (g/s)", "Tải lượng (tấn/năm)"]]
    merges = []
    n = 0
    for period, title, activities in VN_EXTRUSION_LOADS:
        _span(rows, merges, title, 6)
        for activity, items in activities:
            n += 1
            start = len(rows)
            for j, (c, factor, (lo, hi)) in enumerate(items):
                gs = _sig(r.uniform(lo, hi), 3)
                ty = _sig(gs * 3600 * hours / 1e6, 3) if period == "operation" else None
                rows.append([str(n) if j == 0 else None, activity if j == 0 else None, VN_LABEL[c], factor, num(gs, "vi"), num(ty, "vi") if ty else "-"])
                doc.add("emissions", emission(c, gs, ty, None, None, period))
            if len(items) > 1:
                merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    doc.table("Bảng 3.4. Tải lượng các chất ô nhiễm không khí của dự án", rows, merges, role="emissions")
    doc.p("Ghi chú: hệ số phát thải theo Tổ chức Y tế Thế giới (WHO, 1993) và US EPA AP-42; S – hàm lượng lưu huỳnh trong dầu (%).")
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

# (code as written, code, RU, KK, (low, high) t a year limit, (low, high) stock t, RU, KK place, RU, KK term)
SMELTER_WASTES = (
    ("16 11 01*", "16 11 01*", "Отработанная угольная футеровка электролизеров", "Электролиздердің пайдаланылған көміртекті футеровкасы",
     (5000, 9000), (60000, 140000), "полигон отработанной футеровки", "пайдаланылған футеровка полигоны", "до 3 лет", "3 жылға дейін"),
    ("161103*", "16 11 03*", "Отработанная огнеупорная часть футеровки электролизеров", "Электролиздер футеровкасының пайдаланылған отқа төзімді бөлігі",
     (3000, 6000), (30000, 70000), "полигон отработанной футеровки", "пайдаланылған футеровка полигоны", "до 3 лет", "3 жылға дейін"),
    ("10 03 17*", "10 03 17*", "Смолосодержащие отходы анодного производства", "Анод өндірісінің шайыры бар қалдықтары", (60, 200), (0, 0),
     "закрытый склад анодной фабрики", "анод фабрикасының жабық қоймасы", "не более 6 месяцев", "6 айдан аспайды"),
    ("10 03 19*", "10 03 19*", "Пыль газоочистки печи обжига анодов", "Анодтарды күйдіру пешінің газ тазарту шаңы", (200, 600), (0, 0),
     "бункеры ГОУ", "ГТҚ бункерлері", "не более 6 месяцев", "6 айдан аспайды"),
    ("13 02 05*", "13 02 05*", "Отработанные моторные и трансмиссионные масла", "Пайдаланылған мотор және трансмиссия майлары", (20, 60), (0, 0),
     "емкости на складе ГСМ", "ЖЖМ қоймасындағы сыйымдылықтар", "не более 6 месяцев", "6 айдан аспайды"),
    ("200121*", "20 01 21*", "Отработанные ртутьсодержащие лампы", "Пайдаланылған құрамында сынабы бар шамдар", (0.5, 2.0), (0, 0),
     "контейнеры в складе № 4", "№ 4 қоймадағы контейнерлер", "не более 6 месяцев", "6 айдан аспайды"),
    ("15 02 02*", "15 02 02*", "Промасленная ветошь и отработанные сорбенты", "Майланған шүберек және пайдаланылған сорбенттер", (5, 15), (0, 0),
     "металлические контейнеры в цехах", "цехтардағы металл контейнерлер", "не более 6 месяцев", "6 айдан аспайды"),
    ("10 03 02", "10 03 02", "Огарки анодов", "Анод қалдықтары (огарктар)", (40000, 55000), (800, 2500), "площадка огарков анодной фабрики",
     "анод фабрикасының огарктар алаңы", "не более 6 месяцев", "6 айдан аспайды"),
    ("10 03 18", "10 03 18", "Углеродсодержащие отходы анодного производства (бой анодов)", "Анод өндірісінің көміртекті қалдықтары (анод сынықтары)",
     (1500, 4000), (0, 0), "площадка огарков анодной фабрики", "анод фабрикасының огарктар алаңы", "не более 6 месяцев", "6 айдан аспайды"),
    ("10 03 05", "10 03 05", "Отходы глинозема (просыпи, сметки)", "Глинозем қалдықтары (төгінділер, сыпырындылар)", (300, 900), (0, 0),
     "бункеры корпусов электролиза", "электролиз корпустарының бункерлері", "не более 6 месяцев", "6 айдан аспайды"),
    ("170405", "17 04 05", "Лом черных металлов", "Қара металдар сынығы", (800, 1600), (0, 0), "площадка металлолома", "металл сынықтары алаңы",
     "не более 6 месяцев", "6 айдан аспайды"),
    ("20 03 01", "20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", (300, 520), (0, 0), "контейнерные площадки", "контейнер алаңдары",
     "не более 3 суток", "3 тәуліктен аспайды"),
)  # fmt: skip


def wastes_jr1(doc: Doc) -> None:
    """A smelter's limits of accumulating wastes for 2026–2035 as the permit's annex gives them: hazardous and
    non-hazardous wastes under spanning rows, the code (some written without spaces, `161103*`), the name, the tonnes
    already accumulated at 1 January 2026 — the spent pot lining's hundred thousand tonnes on its own landfill — beside the
    limit in tonnes a year (the amount), the place and the term (`до 3 лет`, `не более 6 месяцев`), a subtotal after each
    group and the total last (VI: an alumina refinery's annual report with ordinary wastes in tonnes, hazardous wastes in
    kilograms and domestic waste in tonnes, each unit said only in its section's row, red mud with no code and its stock in
    the pond as a look-alike)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_jr1_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    op = KZ_OPERATORS[1][L]
    doc.h(g(f"Лимиты накопления отходов на 2026–2035 годы. {op}", f"{op}. 2026–2035 жылдарға арналған қалдықтарды жинақтау лимиттері"))
    doc.p(g("Приложение 3 к комплексному экологическому разрешению. Отработанная футеровка электролизеров накапливается на собственном полигоне до "
            "ввода установки ее переработки; огарки анодов возвращаются на анодную фабрику.",
            "Кешенді экологиялық рұқсатқа 3-қосымша. Электролиздердің пайдаланылған футеровкасы оны қайта өңдеу қондырғысы іске қосылғанға дейін "
            "меншікті полигонда жинақталады; анод огарктары анод фабрикасына қайтарылады."))
    rows = [g(["№", "Код отхода", "Наименование отхода", "Накоплено на 01.01.2026, т", "Лимит накопления, т/год", "Место накопления", "Срок накопления"],
              ["№", "Қалдық коды", "Қалдықтың атауы", "01.01.2026 жинақталған, т", "Жинақтау лимиті, т/жыл", "Жинақтау орны", "Жинақтау мерзімі"])]
    merges = []
    total, n = 0.0, 0
    for hazardous, (t_ru, t_kk), (s_ru, s_kk) in ((True, ("Опасные отходы", "Қауіпті қалдықтар"), ("Итого опасных отходов", "Қауіпті қалдықтар жиыны")),
                                                  (False, ("Неопасные отходы", "Қауіпті емес қалдықтар"), ("Итого неопасных отходов", "Қауіпті емес қалдықтар жиыны"))):
        _span(rows, merges, (t_ru, t_kk)[L], 7)
        sub = 0.0
        for written, code, n_ru, n_kk, (lo, hi), (slo, shi), p_ru, p_kk, d_ru, d_kk in SMELTER_WASTES:
            if code.endswith("*") != hazardous:
                continue
            n += 1
            amount = round(r.uniform(lo, hi), 1) if hi >= 10 else round(r.uniform(lo, hi), 2)
            stock = round(r.uniform(slo, shi), 0) if shi else 0.0
            name = (n_ru, n_kk)[L]
            rows.append([str(n), written, name, num(stock, doc.lang) if stock else "–", num(amount, doc.lang), (p_ru, p_kk)[L], (d_ru, d_kk)[L]])
            doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": hazardous, "amount_t": amount, "name_contains": _words(name.split(" (")[0], 3)})
            sub += amount
        rows.append(["", (s_ru, s_kk)[L], None, "", num(round(sub, 2), doc.lang), "", ""])
        merges.append((len(rows) - 1, 1, len(rows) - 1, 2))
        total += sub
    rows.append(["", g("Всего", "Барлығы"), None, "", num(round(total, 2), doc.lang), "", ""])
    merges.append((len(rows) - 1, 1, len(rows) - 1, 2))
    doc.table(g("Таблица 1. Лимиты накопления отходов", "1-кесте. Қалдықтарды жинақтау лимиттері"), rows, merges, role="wastes")
    doc.p(g("Срок накопления отходов определен в соответствии со статьей 320 Экологического кодекса Республики Казахстан.",
            "Қалдықтарды жинақтау мерзімі Қазақстан Республикасы Экология кодексінің 320-бабына сәйкес айқындалған."))
    maybe_distractor(doc)


# (section, unit factor to tonnes, [(VI name, CTNH code or None, (low, high) in the section's unit, (low, high) stock, handling)])
VN_REFINERY_WASTES = (
    ("I. CHẤT THẢI RẮN CÔNG NGHIỆP THÔNG THƯỜNG (đơn vị tính: tấn)", 1.0, [
        ("Bùn đỏ thải từ công đoạn lắng rửa", None, (1050000, 1350000), (11000000, 14000000), "Lọc ép khô, thải vào hồ chứa bùn đỏ số 2"),
        ("Cát thải từ công đoạn tách cát", None, (40000, 80000), (0, 0), "Thải cùng bùn đỏ"),
        ("Xỉ đáy và tro bay lò hơi nhà máy nhiệt điện", None, (30000, 55000), (2000, 6000), "Chuyển giao cho cơ sở sản xuất vật liệu xây dựng"),
        ("Cặn vôi thải từ khâu tôi vôi", None, (3000, 7000), (0, 0), "Chôn lấp tại bãi thải của nhà máy"),
        ("Phế liệu sắt thép, kim loại", None, (150, 400), (0, 0), "Bán cho đơn vị thu mua phế liệu"),
    ]),
    ("II. CHẤT THẢI NGUY HẠI (đơn vị tính: kg)", 0.001, [
        ("Dầu động cơ, hộp số và bôi trơn tổng hợp thải", "17 02 03", (8000, 15000), (400, 1200), "Chuyển giao cho đơn vị có giấy phép xử lý CTNH"),
        ("Chất hấp thụ, vật liệu lọc, giẻ lau bị nhiễm các thành phần nguy hại", "18 02 01", (2500, 6000), (0, 0), "Chuyển giao cho đơn vị có giấy phép xử lý CTNH"),
        ("Bóng đèn huỳnh quang thải", "16 01 06", (150, 400), (0, 0), "Chuyển giao cho đơn vị có giấy phép xử lý CTNH"),
        ("Pin, ắc quy chì thải", "19 06 01", (800, 2000), (0, 0), "Chuyển giao cho đơn vị có giấy phép xử lý CTNH"),
        ("Bao bì cứng thải bằng kim loại (thùng phuy dầu, hóa chất)", "18 01 02", (1500, 4000), (200, 600), "Chuyển giao cho đơn vị có giấy phép xử lý CTNH"),
    ]),
    ("III. CHẤT THẢI RẮN SINH HOẠT (đơn vị tính: tấn)", 1.0, [
        ("Chất thải rắn sinh hoạt của cán bộ, công nhân viên", None, (250, 420), (0, 0), "Hợp đồng thu gom với Công ty CP Công trình đô thị Bảo Lộc"),
    ]),
)  # fmt: skip


def _wastes_jr1_vi(doc: Doc) -> None:
    r = doc.rng
    company = VN_COMPANIES[r.randrange(2)][0]
    doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2024 – {company.upper()}")
    doc.h("3. Kết quả quản lý chất thải rắn")
    doc.p("Bùn đỏ sau lọc ép (độ ẩm khoảng 28%) được vận chuyển bằng băng tải về hồ chứa bùn đỏ số 2; hồ số 1 đã dừng tiếp nhận từ năm 2022.")
    rows = [["TT", "Tên chất thải", "Mã CTNH", "Khối lượng phát sinh năm 2024", "Khối lượng tồn lưu đến 31/12/2024", "Biện pháp quản lý, xử lý"]]
    merges = []
    n = 0
    for section, factor, items in VN_REFINERY_WASTES:
        _span(rows, merges, section, 6)
        for name, code, (lo, hi), (slo, shi), handling in items:
            n += 1
            amount = float(r.randint(lo // 10, hi // 10) * 10) if hi > 1000 else float(r.randint(lo, hi))
            stock = float(r.randint(slo // 10, shi // 10) * 10) if shi else 0.0
            rows.append([str(n), name, code or "-", num(amount, "vi"), num(stock, "vi") if stock else "0", handling])
            if code:
                doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": round(amount * factor, 6),
                                   "name_contains": _words(name, 4)})
            else:
                doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": amount * factor, "name_contains": _words(name, 3)})
    doc.table("Bảng 3.1. Khối lượng chất thải rắn phát sinh và tồn lưu", rows, merges, role="wastes")
    doc.p("Ghi chú: khối lượng tồn lưu của bùn đỏ là tổng khối lượng đã lưu chứa tại hồ số 1 và hồ số 2 kể từ khi vận hành nhà máy.")
    maybe_distractor(doc)


# (code, RU, KK, (low, high) t a quarter, RU, KK receiver)
ROLLING_WASTES = (
    ("12 01 03", "Стружка и обрезь алюминиевая", "Алюминий жоңқасы мен кесінділері", (60, 140), "собственная переплавка", "өз балқытуы"),
    ("10 03 16", "Съемы (шлак) плавильных и раздаточных печей", "Балқыту және тарату пештерінің қождары", (25, 60),
     "ТОО «Алюмин Рециклинг», дог. № 14/25 от 09.01.2025", "«Алюмин Рециклинг» ЖШС, 09.01.2025 № 14/25 шарт"),
    ("12 01 09*", "Отработанная эмульсия прокатного стана", "Прокат орнағының пайдаланылған эмульсиясы", (8, 22),
     "ТОО «Экибастуз Эко Сервис», дог. № 3-Э от 15.01.2025", "«Екібастұз Эко Сервис» ЖШС, 15.01.2025 № 3-Э шарт"),
    ("11 01 07*", "Отработанный щелочной раствор травления матриц", "Матрицаларды өңдеудің пайдаланылған сілтілі ерітіндісі", (3, 9),
     "ТОО «Экибастуз Эко Сервис», дог. № 3-Э от 15.01.2025", "«Екібастұз Эко Сервис» ЖШС, 15.01.2025 № 3-Э шарт"),
    ("11 01 09*", "Шлам станции нейтрализации стоков анодирования", "Анодтау ағындарын бейтараптандыру станциясының шламы", (4, 12),
     "ТОО «Экибастуз Эко Сервис», дог. № 3-Э от 15.01.2025", "«Екібастұз Эко Сервис» ЖШС, 15.01.2025 № 3-Э шарт"),
    ("13 01 10*", "Отработанное гидравлическое масло прессов", "Пресстердің пайдаланылған гидравликалық майы", (0.8, 2.5),
     "ТОО «Павлодар Мұнай Өңдеу», дог. № 7 от 20.01.2025", "«Павлодар Мұнай Өңдеу» ЖШС, 20.01.2025 № 7 шарт"),
    ("15 02 02*", "Промасленная ветошь", "Майланған шүберек", (0.2, 0.6), "ТОО «Экибастуз Эко Сервис», дог. № 3-Э от 15.01.2025",
     "«Екібастұз Эко Сервис» ЖШС, 15.01.2025 № 3-Э шарт"),
    ("16 11 04", "Отработанная футеровка плавильных печей", "Балқыту пештерінің пайдаланылған футеровкасы", (0, 30),
     "полигон ТПО г. Экибастуза", "Екібастұз қ. ӨҚҚ полигоны"),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", (9, 16), "ГКП «Экибастуз Тазалық»", "«Екібастұз Тазалық» МКК"),
)  # fmt: skip


def wastes_jr2(doc: Doc) -> None:
    """A profile and strip plant's report on the wastes it formed in 2025 by quarter: `Образовано, т` over the four
    quarters and the year, the year's total the amount, the relined furnaces' lining only in one quarter with dashes in
    the others, the receiver with its contract's number and date in the last column; the turnings remelted in the plant's own
    furnaces still listed (VI: an extrusion plant's report of hazardous wastes — state, kilograms, the treatment's letter
    code and the receiver's licence number `1-2-3-4-5-6.089.VX` — then its ordinary wastes in tonnes in a second table)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_jr2_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    p = PROFILE_PLANTS[0]
    doc.h(g(f"Отчет об образовании и движении отходов за 2025 год. {p[4]}, {p[0]}", f"{p[5]}, {p[1]}. 2025 жылғы қалдықтардың түзілуі мен қозғалысы туралы есеп"))
    rows = [g(["№", "Код", "Наименование отхода", "Образовано, т", None, None, None, None, "Передано (получатель, договор)"],
              ["№", "Коды", "Қалдықтың атауы", "Түзілді, т", None, None, None, None, "Берілді (алушы, шарт)"]),
            [None, None, None] + g(["I кв.", "II кв.", "III кв.", "IV кв.", "за год"], ["I тоқ.", "II тоқ.", "III тоқ.", "IV тоқ.", "жылына"]) + [None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 7), (0, 8, 1, 8)]
    for k, (code, n_ru, n_kk, (lo, hi), w_ru, w_kk) in enumerate(ROLLING_WASTES, 1):
        if code == "16 11 04":
            q = [0.0, 0.0, round(r.uniform(12, 30), 1), 0.0]
        else:
            q = [round(r.uniform(lo, hi), 3 if hi < 1 else 1) for _ in range(4)]
        year = round(sum(q), 3)
        name = (n_ru, n_kk)[L]
        rows.append([str(k), code, name, *(num(x, doc.lang) if x else "–" for x in q), num(year, doc.lang), (w_ru, w_kk)[L]])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": year, "name_contains": _words(name, 3)})
    doc.table(g("Таблица 2 – Образование отходов по кварталам", "2-кесте – Тоқсандар бойынша қалдықтардың түзілуі"), rows, merges, role="wastes")
    doc.p(g("Стружка и обрезь переплавляются в собственном плавильном отделении; съемы передаются на извлечение металла.",
            "Жоңқа мен кесінділер өз балқыту бөлімшесінде қайта балқытылады; қождар металды бөліп алуға беріледі."))
    maybe_distractor(doc)


VN_EXTRUSION_CTNH = (
    ("Dầu động cơ, hộp số và bôi trơn tổng hợp thải (máy đùn ép, xe nâng)", "17 02 03", "Lỏng", (300, 900), "TC"),
    ("Chất hấp thụ, vật liệu lọc, giẻ lau bị nhiễm các thành phần nguy hại", "18 02 01", "Rắn", (150, 500), "TĐ"),
    ("Bóng đèn huỳnh quang thải", "16 01 06", "Rắn", (10, 40), "HR"),
    ("Bao bì cứng thải bằng nhựa (can đựng axit, xút, chất tẩy)", "18 01 03", "Rắn", (200, 700), "TC"),
    ("Bao bì cứng thải bằng kim loại (thùng đựng dầu)", "18 01 02", "Rắn", (80, 300), "TC"),
    ("Pin, ắc quy chì thải (xe nâng điện)", "19 06 01", "Rắn", (60, 250), "TC"),
)
VN_EXTRUSION_ORDINARY = (
    ("Xỉ nhôm (váng xỉ từ lò nấu)", (80, 160)),
    ("Bùn thải từ hệ thống xử lý nước thải anot hóa (đã phân định không nguy hại theo QCVN 07:2009/BTNMT)", (40, 110)),
    ("Bột sơn tĩnh điện thải không thu hồi được", (3, 12)),
    ("Bao bì carton, màng PE, pallet gỗ hỏng", (25, 60)),
)


def _wastes_jr2_vi(doc: Doc) -> None:
    r = doc.rng
    name, _, company, place, *_ = doc.pick(VN_EXTRUDERS)
    receiver = doc.pick(("Công ty TNHH Môi trường Xanh Phố Nối (mã số QLCTNH: 1-2-3-4-5-6.089.VX)",
                         "Công ty Cổ phần Môi trường Thuận Thành (mã số QLCTNH: 1-2-3-4-5-6.041.VX)"))
    doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2024 – {company.upper()} ({name})")
    doc.h("Mục 4. Kết quả quản lý chất thải nguy hại, chất thải rắn công nghiệp thông thường")
    rows = [["TT", "Tên chất thải", "Mã CTNH", "Trạng thái tồn tại", "Số lượng (kg)", "Phương pháp xử lý", "Tổ chức tiếp nhận"]]
    total = 0.0
    for k, (w, code, state, (lo, hi), how) in enumerate(VN_EXTRUSION_CTNH, 1):
        kg = float(r.randint(lo, hi))
        total += kg
        rows.append([str(k), w, code, state, num(kg, "vi"), how, receiver])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000, "name_contains": _words(w, 4)})
    rows.append(["", "Tổng số lượng", "", "", num(total, "vi"), "", ""])
    doc.table("Bảng 4.1. Chất thải nguy hại phát sinh năm 2024", rows, role="wastes")
    doc.p("Ký hiệu phương pháp xử lý: TC – tái chế; TĐ – thiêu đốt; HR – hóa rắn (theo Phụ lục III Thông tư số 02/2022/TT-BTNMT).")
    rows = [["TT", "Tên chất thải", "Khối lượng (tấn)", "Đơn vị tiếp nhận"]]
    for k, (w, (lo, hi)) in enumerate(VN_EXTRUSION_ORDINARY, 1):
        t = round(r.uniform(lo, hi), 1)
        rows.append([str(k), w, num(t, "vi"), doc.pick(("Cơ sở tái chế nhôm Văn Lâm", "Công ty TNHH Thương mại Phế liệu Hưng Phát"))])
        doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": _words(w.split(" (")[0], 3)})
    doc.table("Bảng 4.2. Chất thải rắn công nghiệp thông thường năm 2024", rows, role="wastes")
    doc.p(f"Nhôm phế liệu nội bộ (đầu mẩu, phôi hỏng) được quay lại lò nấu, không tính là chất thải. Địa chỉ cơ sở: {place}.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

AMBIENT_POINTS = (
    ("Т.1", "граница СЗЗ (1000 м), северо-восток", "СҚА шекарасы (1000 м), солтүстік-шығыс"),
    ("Т.2", "граница СЗЗ (1000 м), юго-восток", "СҚА шекарасы (1000 м), оңтүстік-шығыс"),
    ("Т.3", "жилая зона, пос. Павлодарское, ул. Заводская, 14", "тұрғын аймақ, Павлодар кенті, Зауыт к-сі, 14"),
)
# (code, ПДК м.р. mg/m3, limit of detection)
AMBIENT = (("0342", 0.02, 0.005), ("0344", 0.2, 0.02), ("0330", 0.5, 0.025), ("0337", 5, 1.5), ("2902", 0.5, 0.15))
WIND = {"ru": ("ЮЗ", "З", "СЗ", "Ю"), "kk": ("ОБ", "Б", "СБ", "О")}


def limits_jr1(doc: Doc) -> None:
    """A laboratory's protocol of ambient air around a smelter, one row a sample: the point merged down over its two
    sampling days, each day with its wind direction and speed merged down over the five substances, the result, the ПДК
    м.р. and the share of the ПДК after it; hydrogen fluoride below the limit of detection written `< 0,005` with a dash
    for the share (VI: an alumina refinery's treated waste water at one outlet named only in the caption, the four quarters'
    results as columns, QCVN 40:2011/BTNMT column B and the derived Cmax = C × Kq × Kf side by side, oil not detected
    written `KPH`)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_jr1_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    doc.h(g(f"Протокол испытаний атмосферного воздуха № {r.randint(210, 480)}-АВ/25", f"№ {r.randint(210, 480)}-АВ/25 атмосфералық ауаны сынау хаттамасы"))
    doc.p(g(f"Заказчик: {KZ_OPERATORS[1][0]} (электролизный завод). Исполнитель: испытательная лаборатория ТОО «Ертіс Эко Лаб», аттестат аккредитации "
            "KZ.T.14.1123. Отбор проб – разовый (20 минут); результаты сравниваются с максимально разовыми ПДК.",
            f"Тапсырыс беруші: {KZ_OPERATORS[1][1]} (электролиз зауыты). Орындаушы: «Ертіс Эко Лаб» ЖШС сынақ зертханасы, аккредиттеу аттестаты "
            "KZ.T.14.1123. Сынама бір реттік (20 минут); нәтижелер ең жоғары бір реттік ШЖК-мен салыстырылады."))
    rows = [g(["Точка отбора", "Дата отбора", "Направление ветра", "Скорость ветра, м/с", "Определяемое вещество", "Результат, мг/м³",
               "ПДК м.р., мг/м³", "Доля ПДК"],
              ["Сынама алу нүктесі", "Сынама алынған күн", "Жел бағыты", "Жел жылдамдығы, м/с", "Анықталатын зат", "Нәтиже, мг/м³",
               "ШЖК м.б., мг/м³", "ШЖК үлесі"])]
    merges = []
    days = (f"{r.randint(10, 28)}.05.2025", f"{r.randint(10, 28)}.08.2025")
    for pid, p_ru, p_kk in AMBIENT_POINTS:
        p_start = len(rows)
        for day in days:
            d_start = len(rows)
            wind, speed = doc.pick(WIND[doc.lang]), num(round(r.uniform(1.2, 5.8), 1), doc.lang)
            for code, pdk, lod in AMBIENT:
                v = _sig(pdk * r.uniform(0.08, 0.85), 2)
                first_p, first_d = len(rows) == p_start, len(rows) == d_start
                cells = [f"{pid} – {(p_ru, p_kk)[L]}" if first_p else None, day if first_d else None, wind if first_d else None,
                         speed if first_d else None, f"{code} {_air(doc, code)}"]
                item = limit(("code", code), "air", pdk, "mg/m3", None, pid, v)
                if v < lod:
                    cells += [f"< {num(lod, doc.lang)}", num(pdk, doc.lang), "–"]
                    del item["value"]
                else:
                    cells += [num(v, doc.lang), num(pdk, doc.lang), num(round(v / pdk, 2), doc.lang)]
                rows.append(cells)
                add(doc, item)
            merges += [(d_start, c, len(rows) - 1, c) for c in (1, 2, 3)]
        merges.append((p_start, 0, len(rows) - 1, 0))
    doc.table(g("Таблица 1 – Результаты анализа проб атмосферного воздуха", "1-кесте – Атмосфералық ауа сынамаларын талдау нәтижелері"), rows, merges,
              role="limits")
    doc.p(g("Превышений ПДК м.р. не выявлено. Метеопараметры измерены на высоте 2 м переносной метеостанцией.",
            "ШЖК м.б. асуы анықталған жоқ. Метеопараметрлер 2 м биіктікте тасымалды метеостанциямен өлшенді."))
    maybe_distractor(doc)


# (symbol, VI label, unit, QCVN 40 column B value or (min, max), (low, high) share of Cmax or absolute pH range)
VN_OUTLET = (
    ("pH", "pH", "-", (5.5, 9), (6.9, 8.7)),
    ("TSS", "Tổng chất rắn lơ lửng (TSS)", "mg/L", 100, (0.15, 0.7)),
    ("COD", "COD", "mg/L", 150, (0.2, 0.75)),
    ("BOD5", "BOD5 (20°C)", "mg/L", 50, (0.2, 0.7)),
    ("NH4+", "Amoni (tính theo N)", "mg/L", 10, (0.05, 0.6)),
    ("TN", "Tổng nitơ (tính theo N)", "mg/L", 40, (0.1, 0.5)),
    ("Fe", "Sắt (Fe)", "mg/L", 5, (0.05, 0.4)),
    ("F-", "Florua (F-)", "mg/L", 10, (0.1, 0.5)),
    ("TPH", "Tổng dầu mỡ khoáng", "mg/L", 10, (0.03, 0.3)),
)


def _limits_jr1_vi(doc: Doc) -> None:
    r = doc.rng
    company = VN_COMPANIES[r.randrange(2)][0]
    doc.h(f"BÁO CÁO KẾT QUẢ QUAN TRẮC MÔI TRƯỜNG ĐỊNH KỲ NĂM 2024 – {company.upper()}")
    doc.p("Nước thải sau trạm xử lý nước thải tập trung (nước thải sinh hoạt, nước vệ sinh nhà xưởng và nước mưa nhiễm bẩn khu vực kho quặng) được xả ra "
          "suối Đạ Tẻh. Giá trị tối đa cho phép Cmax = C × Kq × Kf với Kq = 0,9 (nguồn tiếp nhận có lưu lượng dưới 50 m³/s) và Kf = 1,0 "
          "(lưu lượng xả từ 500 đến 5.000 m³/ngày); hệ số Kq, Kf không áp dụng cho pH.")
    rows = [["TT", "Thông số", "Đơn vị", "Kết quả quan trắc năm 2024", None, None, None, "QCVN 40:2011/BTNMT", None],
            [None, None, None, "Quý I", "Quý II", "Quý III", "Quý IV", "Cột B (C)", "Cmax"]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 6), (0, 7, 0, 8)]
    for k, (symbol, label, unit_, c, (lo, hi)) in enumerate(VN_OUTLET, 1):
        if isinstance(c, tuple):
            cmax, c_cell = c, f"{num(c[0], 'vi')} – {num(c[1], 'vi')}"
            cmax_cell = c_cell
        else:
            cmax, c_cell = round(c * 0.9, 6), num(c, "vi")
            cmax_cell = num(cmax, "vi")
        line = [str(k), label, unit_]
        for _q in range(4):
            v = round(r.uniform(lo, hi), 1) if symbol == "pH" else _sig(cmax * r.uniform(lo, hi), 2)
            item = limit(("symbol", symbol), "waste_water", cmax, "mg/l", "B", "NT1", v)
            if symbol == "TPH" and r.random() < 0.5:
                line.append("KPH")
                del item["value"]
            else:
                line.append(num(v, "vi"))
            add(doc, item)
        rows.append(line + [c_cell, cmax_cell])
    doc.table("Bảng 2.3. Kết quả quan trắc nước thải tại vị trí NT1 – cửa xả sau trạm xử lý nước thải tập trung", rows, merges, role="limits")
    doc.p("Ghi chú: KPH – không phát hiện (giới hạn phát hiện của phương pháp đối với tổng dầu mỡ khoáng: 0,3 mg/L).")
    maybe_distractor(doc)


SOIL_POINTS = (
    ("ПП-1", "граница СЗЗ, 1 км к северу", "СҚА шекарасы, солтүстікке қарай 1 км"),
    ("ПП-2", "граница СЗЗ, 1 км к востоку", "СҚА шекарасы, шығысқа қарай 1 км"),
    ("ПП-3", "дачный массив «Металлург», 2,5 км к северо-востоку", "«Металлург» саяжай алабы, солтүстік-шығысқа қарай 2,5 км"),
    ("ПП-4", "фоновая, 15 км к юго-западу", "фондық, оңтүстік-батысқа қарай 15 км"),
)
# (symbol, RU, KK, ПДК mg/kg, (low, high) near the smelter)
SOIL_PARAMS = (
    ("F", "Фтор (водорастворимая форма)", "Фтор (суда еритін түрі)", 10, (2.5, 16)),
    ("BaP", "Бенз(а)пирен", "Бенз(а)пирен", 0.02, (0.003, 0.03)),
    ("Pb", "Свинец (валовое содержание)", "Қорғасын (жалпы мөлшері)", 32, (5, 22)),
    ("Zn", "Цинк (подвижная форма)", "Мырыш (жылжымалы түрі)", 23, (3, 18)),
    ("Cu", "Медь (подвижная форма)", "Мыс (жылжымалы түрі)", 3, (0.4, 2.6)),
    ("Ni", "Никель (подвижная форма)", "Никель (жылжымалы түрі)", 4, (0.6, 3.2)),
)


def limits_jr2(doc: Doc) -> None:
    """A soil protocol around a smelter with the substances as columns and their unit `мг/кг` in a row of its own under
    them: the laboratory's sample numbers (`П-1187`) first, each plot merged down over its two depths (`0–5`, `5–20` cm),
    the background plot 15 km away as one more plot, and the ПДК last in a row of its own that names the hygiene norms'
    order; water-soluble fluorine above its ПДК near the smelter (VI: an extrusion plant's waste water at two outlets into
    the industrial park's sewer as columns under `Kết quả`, the analysis methods' numbers `TCVN 6625:2000` beside them, the
    park's connection limits last, the domestic outlet not analysed for metals)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_jr2_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    doc.h(g(f"Протокол испытаний почвы № {r.randint(40, 160)}-П от {r.randint(1, 28):02d}.09.2025", f"2025 ж. {r.randint(1, 28):02d}.09. № {r.randint(40, 160)}-П топырақты сынау хаттамасы"))
    doc.p(g(f"Объект: электролизный завод {KZ_OPERATORS[1][0]}. Пробы отобраны методом конверта с площадок 10 × 10 м; объединенная проба – из пяти точечных.",
            f"Объект: {KZ_OPERATORS[1][1]} электролиз зауыты. Сынамалар 10 × 10 м алаңдардан конверт әдісімен алынды; біріктірілген сынама – бес нүктелік сынамадан."))
    rows = [g(["Лабораторный № пробы", "Пробная площадка", "Глубина отбора, см"], ["Сынаманың зертханалық №", "Сынама алаңы", "Алу тереңдігі, см"]) +
            [p[1 + L] for p in SOIL_PARAMS],
            [None, None, None] + [g("мг/кг", "мг/кг")] * len(SOIL_PARAMS)]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2)]
    lab = r.randint(1100, 1800)
    for pid, p_ru, p_kk in SOIL_POINTS:
        start = len(rows)
        background = pid == "ПП-4"
        for depth, fall in (("0–5", 1.0), ("5–20", 0.55)):
            line = [f"П-{lab}", f"{pid} ({(p_ru, p_kk)[L]})" if len(rows) == start else None, depth]
            lab += 1
            for symbol, _, _, pdk, (lo, hi) in SOIL_PARAMS:
                v = _sig(r.uniform(lo, hi) * fall * (0.3 if background else 1.0), 2)
                line.append(num(v, doc.lang))
                add(doc, limit(("symbol", symbol), "soil", pdk, "mg/kg", None, pid, v))
            rows.append(line)
        merges.append((start, 1, len(rows) - 1, 1))
    rows.append([g("ПДК (Гигиенические нормативы к безопасности среды обитания, приказ МЗ РК от 21.04.2021 № ҚР ДСМ-32)",
                   "ШЖК (Тіршілік ету ортасының қауіпсіздігіне қойылатын гигиеналық нормативтер, ҚР ДСМ 21.04.2021 № ҚР ДСМ-32 бұйрығы)"), None, None] +
                [num(p[3], doc.lang) for p in SOIL_PARAMS])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 2))
    doc.table(g("Таблица 2 – Содержание загрязняющих веществ в почве", "2-кесте – Топырақтағы ластаушы заттардың мөлшері"), rows, merges, role="limits")
    doc.p(g("Содержание водорастворимого фтора на площадках ПП-1 и ПП-2 в слое 0–5 см характерно для зоны влияния производства алюминия.",
            "ПП-1 және ПП-2 алаңдарында 0–5 см қабатындағы суда еритін фтордың мөлшері алюминий өндірісінің әсер ету аймағына тән."))
    maybe_distractor(doc)


# (symbol, VI label, unit, method, NT-01 (low, high), NT-02 (low, high) or None, the park's limit)
VN_PARK = (
    ("pH", "pH", "-", "TCVN 6492:2011", (6.5, 8.2), (6.8, 7.9), (5.0, 9.0)),
    ("TSS", "Tổng chất rắn lơ lửng (TSS)", "mg/L", "TCVN 6625:2000", (15, 90), (20, 110), 200),
    ("COD", "COD", "mg/L", "SMEWW 5220C:2017", (40, 180), (80, 260), 300),
    ("BOD5", "BOD5 (20°C)", "mg/L", "TCVN 6001-1:2021", (15, 70), (40, 120), 150),
    ("NH4+", "Amoni (tính theo N)", "mg/L", "TCVN 6179-1:1996", (0.5, 4), (8, 18), 20),
    ("TN", "Tổng nitơ (tính theo N)", "mg/L", "TCVN 6638:2000", (3, 15), (15, 45), 60),
    ("Fe", "Sắt (Fe)", "mg/L", "SMEWW 3111B:2017", (0.1, 1.5), None, 5),
    ("Ni", "Niken (Ni)", "mg/L", "SMEWW 3111B:2017", (0.02, 0.3), None, 0.5),
    ("Cr6+", "Crom (VI)", "mg/L", "TCVN 6658:2000", (0.005, 0.05), None, 0.1),
    ("F-", "Florua (F-)", "mg/L", "SMEWW 4500F-.B&D:2017", (0.5, 6), None, 10),
    ("TPH", "Tổng dầu mỡ khoáng", "mg/L", "SMEWW 5520B&F:2017", (0.3, 3), None, 10),
)


def _limits_jr2_vi(doc: Doc) -> None:
    r = doc.rng
    name, _, company, place, *_ = doc.pick(VN_EXTRUDERS)
    doc.h(f"PHIẾU KẾT QUẢ PHÂN TÍCH NƯỚC THẢI SỐ {r.randint(100, 999)}/2025/KQ-NT")
    doc.p(f"Khách hàng: {company} – {name}. Địa chỉ: {place}. Ngày lấy mẫu: {r.randint(2, 27)}/{doc.pick(('03', '06', '09'))}/2025. "
          "Nước thải của nhà máy được đấu nối vào hệ thống thu gom của Khu công nghiệp; kết quả được so sánh với giới hạn tiếp nhận nước thải của KCN "
          "theo hợp đồng xử lý nước thải số 27/2019/HĐ-XLNT.")
    rows = [["TT", "Thông số", "Đơn vị", "Phương pháp phân tích", "Kết quả", None, "Giới hạn tiếp nhận nước thải của KCN"],
            [None, None, None, None, "NT-01", "NT-02", None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 1, 3), (0, 4, 0, 5), (0, 6, 1, 6)]
    for k, (symbol, label, unit_, method, a, b, lim) in enumerate(VN_PARK, 1):
        line = [str(k), label, unit_, method]
        for pid, rng_ in (("NT-01", a), ("NT-02", b)):
            if rng_ is None:
                line.append("-")
                continue
            v = round(r.uniform(*rng_), 1) if symbol == "pH" else _sig(r.uniform(*rng_), 2)
            line.append(num(v, "vi"))
            add(doc, limit(("symbol", symbol), "waste_water", lim, "mg/l", None, pid, v))
        line.append(f"{num(lim[0], 'vi')} – {num(lim[1], 'vi')}" if isinstance(lim, tuple) else num(lim, "vi"))
        rows.append(line)
    doc.table("Bảng kết quả phân tích", rows, merges, role="limits")
    doc.p("Vị trí lấy mẫu: NT-01 – hố ga sau hệ thống xử lý nước thải anot hóa, trước khi đấu nối; NT-02 – hố ga sau bể tự hoại khu nhà ăn, văn phòng. "
          "Kết quả chỉ có giá trị đối với mẫu thử.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring

# (number, RU, KK source, method key, {code: frequency})
SMELTER_PLAN = (
    ("0001", "ГОУ-1 корпусов 1–2", "1–2 корпустардың ГТҚ-1", "a", {"0342": "continuous", "0344": "monthly", "0101": "monthly", "0330": "continuous", "0337": "quarterly"}),
    ("0002", "ГОУ-2 корпусов 3–4", "3–4 корпустардың ГТҚ-2", "a", {"0342": "continuous", "0344": "monthly", "0101": "monthly", "0330": "continuous", "0337": "quarterly"}),
    ("0011", "Печь обжига анодов", "Анодтарды күйдіру пеші", "a",
     {"0342": "monthly", "0330": "continuous", "0337": "quarterly", "0301": "quarterly", "0703": "quarterly", "0725": "quarterly"}),
    ("0021", "Миксеры и литейные конвейеры", "Миксерлер мен құю конвейерлері", "i", {"0101": "semiannual", "0301": "semiannual", "0337": "semiannual"}),
    ("6001", "Аэрационные фонари корпусов 1–2", "1–2 корпустардың аэрациялық шамдары", "f", {"0342": "quarterly", "0344": "quarterly", "0101": "quarterly"}),
    ("6002", "Аэрационные фонари корпусов 3–4", "3–4 корпустардың аэрациялық шамдары", "f", {"0342": "quarterly", "0344": "quarterly", "0101": "quarterly"}),
)  # fmt: skip
PLAN_CODES = ("0342", "0344", "0101", "0330", "0337", "0301", "0703", "0725")
SHORT = {"0342": ("фтористый водород", "фторлы сутек"), "0344": ("фториды тв.", "қатты фторидтер"), "0101": ("глинозем", "глинозем"),
         "0330": ("SO2", "SO2"), "0337": ("CO", "CO"), "0301": ("NO2", "NO2"), "0703": ("бенз(а)пирен", "бенз(а)пирен"),
         "0725": ("возгоны пека", "пек айдалымдары")}
LETTER = {"ru": {"continuous": "Н", "monthly": "М", "quarterly": "К", "semiannual": "П", "yearly": "Г"},
          "kk": {"continuous": "Ү", "monthly": "А", "quarterly": "Т", "semiannual": "ЖЖ", "yearly": "Ж"}}
PLAN_METHOD = {"a": ("АСМ + инструментальный", "АМЖ + аспаптық"), "i": ("инструментальный", "аспаптық"),
               "f": ("инструментальный (замеры в фонаре) и расчетный", "аспаптық (шамда өлшеу) және есептік")}


def monitoring_jr1(doc: Doc) -> None:
    """A smelter's plan of control at its sources as a matrix: the sources as rows, the substances as columns headed by
    their codes and short names under `Контролируемые вещества`, each cell a letter for the frequency — `Н` continuously by
    the automated system, `М` monthly, `К` quarterly, `П` twice a year — explained only in a legend row spanning the table
    at its foot, `М*` with a footnote on weekly checks after a relining that leaves the frequency monthly, dashes where a
    substance is not controlled; the instruments and their verification dates in a table of no role (VI: an alumina
    refinery's GPMT programme in sections of automated and periodic stack monitoring and waste water, each point's
    parameters listed in one cell together with flow, temperature and oxygen)."""
    r = doc.rng
    if doc.lang == "vi":
        _monitoring_jr1_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    letters = LETTER[doc.lang]
    doc.h(g(f"Программа производственного экологического контроля {KZ_OPERATORS[1][0]} на 2026–2030 годы. Раздел 5. Мониторинг эмиссий",
            f"{KZ_OPERATORS[1][1]} 2026–2030 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы. 5-бөлім. Эмиссиялар мониторингі"))
    width = 3 + len(PLAN_CODES)
    rows = [g(["№ ИЗА", "Наименование источника", "Метод контроля", "Контролируемые вещества (код)"], ["ЛШК №", "Көздің атауы", "Бақылау әдісі",
                                                                                                        "Бақыланатын заттар (коды)"]) + [None] * (len(PLAN_CODES) - 1),
            [None, None, None] + [f"{c} ({SHORT[c][L]})" for c in PLAN_CODES]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, width - 1)]
    pairs = []
    for number, s_ru, s_kk, how, plan in SMELTER_PLAN:
        line = [number, (s_ru, s_kk)[L], PLAN_METHOD[how][L]]
        for c in PLAN_CODES:
            if c not in plan:
                line.append("–")
                continue
            mark = letters[plan[c]]
            line.append(mark + "*" if number == "0011" and c == "0342" else mark)
            doc.add("monitoring", {"source_number": number, "code": c, "frequency": plan[c]})
            pairs.append((number, c))
        rows.append(line)
    legend = g("Условные обозначения: Н – непрерывно (АСМ); М – ежемесячно; К – ежеквартально; П – 2 раза в год; «–» – не контролируется. "
               "* В течение месяца после капитального ремонта печи – еженедельно.",
               "Шартты белгілер: Ү – үздіксіз (АМЖ); А – ай сайын; Т – тоқсан сайын; ЖЖ – жылына 2 рет; «–» – бақыланбайды. "
               "* Пешті күрделі жөндеуден кейінгі бір ай ішінде – апта сайын.")
    _span(rows, merges, legend, width)
    doc.table(g("Таблица 5.1 – План-график контроля на источниках выбросов", "5.1-кесте – Шығарынды көздеріндегі бақылау жоспар-кестесі"), rows, merges,
              role="monitoring")
    doc.add("sources", *({"number": s[0], "type": _kind(s[0])} for s in SMELTER_PLAN))
    doc.add("emissions", *(emission(c, None, None, n) for n, c in pairs))
    doc.table(g("Таблица 5.2 – Средства измерений АСМ", "5.2-кесте – АМЖ өлшеу құралдары"), [
        g(["Источник", "Анализатор", "Заводской №", "Дата поверки"], ["Көз", "Анализатор", "Зауыттық №", "Тексеру күні"]),
        ["0001", "Gasmet CEMS II (HF, SO2)", f"{r.randint(100000, 999999)}", f"{r.randint(1, 28):02d}.03.2025"],
        ["0002", "Gasmet CEMS II (HF, SO2)", f"{r.randint(100000, 999999)}", f"{r.randint(1, 28):02d}.04.2025"],
        ["0011", "SICK MCS100FT (SO2)", f"{r.randint(100000, 999999)}", f"{r.randint(1, 28):02d}.06.2025"],
    ], role="other")
    doc.p(g("Данные АСМ передаются в Информационную систему мониторинга эмиссий в режиме реального времени.",
            "АМЖ деректері эмиссиялар мониторингінің ақпараттық жүйесіне нақты уақыт режимінде беріледі."))


# (section, [(point, VI place, [parameter: text or (kind, key)], frequency, VI said, standard)])
WATER_VI = {"pH": "pH", "BOD5": "BOD5", "TSS": "TSS", "NH4+": "Amoni (tính theo N)", "Coliform": "Tổng Coliforms", "COD": "COD",
            "Ni": "Niken (Ni)", "F-": "Florua (F-)", "Al": "Nhôm (Al)", "Fe": "Sắt (Fe)"}
_GAS = ["Lưu lượng", "nhiệt độ", "áp suất", "O2 dư", ("code", "2902"), ("code", "0330"), ("code", "0301"), ("code", "0337")]
VN_REFINERY_PLAN = (
    ("1. Quan trắc khí thải tự động, liên tục", [
        ("KT1", "Ống khói lò nung alumin số 1", _GAS, "continuous", "Liên tục, truyền dữ liệu về Sở Nông nghiệp và Môi trường",
         "QCVN 19:2009/BTNMT, cột B (Kp = 0,8; Kv = 1,0)"),
        ("KT2", "Ống khói lò nung alumin số 2", _GAS, "continuous", "Liên tục, truyền dữ liệu về Sở Nông nghiệp và Môi trường",
         "QCVN 19:2009/BTNMT, cột B (Kp = 0,8; Kv = 1,0)"),
        ("KT3", "Ống khói lò hơi nhà máy nhiệt điện", _GAS, "continuous", "Liên tục, truyền dữ liệu về Sở Nông nghiệp và Môi trường",
         "QCVN 22:2009/BTNMT, cột B"),
    ]),
    ("2. Quan trắc khí thải định kỳ", [
        ("KT4", "Ống thải hệ thống lọc bụi silo chứa alumin", ["Lưu lượng", ("code", "2902")], "semiannual", "06 tháng/lần",
         "QCVN 19:2009/BTNMT, cột B (Kp = 1,0; Kv = 1,0)"),
        ("KT5", "Ống khói lò nung vôi", ["Lưu lượng", ("code", "2902"), ("code", "0337"), ("code", "0301")], "quarterly", "03 tháng/lần",
         "QCVN 19:2009/BTNMT, cột B (Kp = 1,0; Kv = 1,0)"),
    ]),
    ("3. Quan trắc nước thải định kỳ", [
        ("NT1", "Nước thải sau trạm xử lý nước thải sinh hoạt (300 m³/ngày)",
         ["Lưu lượng", ("symbol", "pH"), ("symbol", "BOD5"), ("symbol", "TSS"), ("symbol", "NH4+"), ("symbol", "Coliform")], "quarterly", "03 tháng/lần",
         "QCVN 14:2008/BTNMT, cột B"),
        ("NT2", "Nước mưa chảy tràn khu vực hồ bùn đỏ, trước khi xả ra suối", [("symbol", "pH"), ("symbol", "TSS"), ("symbol", "Al"), ("symbol", "F-")],
         "monthly", "Hằng tháng", "QCVN 40:2011/BTNMT, cột B"),
    ]),
)  # fmt: skip


def _param_vi(p) -> str:
    if isinstance(p, str):
        return p
    return VN_LABEL[p[1]] if p[0] == "code" else WATER_VI[p[1]]


def _monitoring_jr1_vi(doc: Doc) -> None:
    company = VN_COMPANIES[doc.rng.randrange(2)][0]
    doc.h(f"PHỤ LỤC 3. CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG CỦA NHÀ MÁY ALUMIN ({company.upper()})")
    doc.p("(Kèm theo Giấy phép môi trường do Bộ Tài nguyên và Môi trường cấp.) Chủ cơ sở được miễn quan trắc định kỳ đối với các thông số đã quan trắc "
          "tự động, liên tục.")
    rows = [["TT", "Ký hiệu", "Vị trí quan trắc", "Thông số quan trắc", "Tần suất", "Quy chuẩn so sánh"]]
    merges = []
    k = 0
    for section, points in VN_REFINERY_PLAN:
        _span(rows, merges, section, 6)
        for pid, place, params, word, said, standard in points:
            k += 1
            rows.append([str(k), pid, place, ", ".join(_param_vi(p) for p in params), said, standard])
            for p in params:
                if not isinstance(p, str):
                    doc.add("monitoring", {"point": pid, p[0]: p[1], "frequency": word})
    doc.table("Bảng 1. Chương trình quan trắc chất thải", rows, merges, role="monitoring")
    doc.p("Ngoài ra, chủ cơ sở thực hiện quan trắc lún, chuyển vị đập hồ bùn đỏ theo quy trình vận hành hồ chứa đã được phê duyệt.")
    maybe_distractor(doc)


MONTHS = {"ru": ("янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"),
          "kk": ("қаң", "ақп", "нау", "сәу", "мам", "мау", "шіл", "там", "қыр", "қаз", "қар", "жел")}
# (point, RU, KK place, [(kind, key, RU, KK label)], months)
_WELL = [("symbol", "pH", "pH", "pH"), ("symbol", "Na", "натрий", "натрий"), ("symbol", "Al", "алюминий", "алюминий"),
         ("symbol", "F-", "фториды", "фторидтер"), ("symbol", "SO4", "сульфаты", "сульфаттар"), ("symbol", "Cl-", "хлориды", "хлоридтер")]
_DUST = [("code", "2909", "пыль неорганическая (SiO2 менее 20%)", "бейорганикалық шаң (SiO2 20%-дан төмен)"),
         ("code", "0150", "натрий гидроксид (аэрозоль)", "натрий гидроксиді (аэрозоль)")]
RED_MUD_PLAN = (
    ("Скв.1н", "фоновая, 500 м выше шламового поля по потоку подземных вод", "фондық, жерасты сулары ағыны бойынша шлам алқабынан 500 м жоғары",
     _WELL, (2, 5, 8, 11)),
    ("Скв.2н", "у подошвы дамбы карты № 2", "№ 2 карта бөгетінің табанында", _WELL, tuple(range(1, 13))),
    ("Скв.3н", "500 м ниже шламового поля", "шлам алқабынан 500 м төмен", _WELL, (2, 5, 8, 11)),
    ("Т-1", "граница СЗЗ шламового поля, север", "шлам алқабы СҚА шекарасы, солтүстік", _DUST, (5, 8)),
    ("Т-2", "граница СЗЗ шламового поля, юг", "шлам алқабы СҚА шекарасы, оңтүстік", _DUST, (5, 8)),
    ("ПП-1", "почва, 500 м к северу от дамбы карты № 3", "топырақ, № 3 карта бөгетінен солтүстікке қарай 500 м",
     [("symbol", "pH", "pH водной вытяжки", "сулы сығындының pH"), ("symbol", "F", "фтор водорастворимый", "суда еритін фтор"),
      ("symbol", "Na", "натрий обменный", "алмасатын натрий")], (9,)),
)  # fmt: skip
BY_COUNT = {12: "monthly", 4: "quarterly", 2: "semiannual", 1: "yearly"}


def monitoring_jr2(doc: Doc) -> None:
    """An alumina refinery's calendar of monitoring at its red mud field: each point a row — three observation wells, two
    points on the protection zone's boundary, a soil plot — its place and its parameters in one cell, then twelve month
    columns under `Месяц отбора проб` marked `+` in the months sampled and the count a year last; the frequency only
    in the marks (four marks quarterly, twelve monthly, May and August twice a year, September once), the well at the dam
    monthly (VI: an extrusion plant's plan with VN-2000 coordinates of each point and the frequency `06 tháng/lần` merged
    down over its four stacks, a row on solid wastes with no parameter)."""
    if doc.lang == "vi":
        _monitoring_jr2_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    doc.h(g(f"{KZ_OPERATORS[0][0]}. Программа ПЭК. Раздел 6. Мониторинг воздействия шламового поля",
            f"{KZ_OPERATORS[0][1]}. ӨЭБ бағдарламасы. 6-бөлім. Шлам алқабының әсер ету мониторингі"))
    doc.p(g("Шламовое поле (карты № 1–3) расположено в 4 км к северо-западу от глиноземного завода; отбор проб выполняет аккредитованная лаборатория.",
            "Шлам алқабы (№ 1–3 карталар) глинозем зауытынан солтүстік-батысқа қарай 4 км жерде орналасқан; сынамаларды аккредиттелген зертхана алады."))
    width = 16
    rows = [g(["Точка", "Местоположение", "Определяемые показатели", "Месяц отбора проб"], ["Нүкте", "Орналасқан жері", "Анықталатын көрсеткіштер",
                                                                                          "Сынама алу айы"]) + [None] * 11 + [g("Отборов в год", "Жылына сынама")],
            [None, None, None, *MONTHS[doc.lang], None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 14), (0, 15, 1, 15)]
    for pid, p_ru, p_kk, params, months in RED_MUD_PLAN:
        word = BY_COUNT[len(months)]
        rows.append([pid, (p_ru, p_kk)[L], ", ".join(p[2 + L] for p in params)] + ["+" if m in months else "" for m in range(1, 13)] + [str(len(months))])
        for kind, key, *_ in params:
            doc.add("monitoring", {"point": pid, kind: key, "frequency": word})
    assert all(len(row) == width for row in rows)
    doc.table(g("Таблица 6.1 – График отбора проб на 2026 год", "6.1-кесте – 2026 жылға арналған сынама алу кестесі"), rows, merges, role="monitoring")
    doc.p(g("Одновременно с отбором проб в скважинах измеряется уровень подземных вод.", "Ұңғымалардан сынама алумен бір мезгілде жерасты суларының деңгейі өлшенеді."))
    maybe_distractor(doc)


# (point, VI place, X, Y, [parameter], frequency or None, standard)
VN_EXTRUSION_PLAN = (
    ("KT1", "Ống thải lò nấu nhôm (sau lọc bụi túi vải)", [("code", "2902"), ("code", "0330"), ("code", "0301"), ("code", "0337")], "semiannual",
     "QCVN 19:2009/BTNMT, cột B"),
    ("KT2", "Ống thải lò gia nhiệt phôi", [("code", "0301"), ("code", "0337")], "semiannual", "QCVN 19:2009/BTNMT, cột B"),
    ("KT3", "Ống thải buồng sơn tĩnh điện (sau cyclon và lọc cartridge)", [("code", "2902")], "semiannual", "QCVN 19:2009/BTNMT, cột B"),
    ("KT4", "Ống thải tháp hấp thụ hơi axit khu anot hóa", [("code", "0322")], "semiannual", "QCVN 19:2009/BTNMT, cột B"),
    ("NT1", "Hố ga sau hệ thống xử lý nước thải anot hóa",
     [("symbol", "pH"), ("symbol", "TSS"), ("symbol", "COD"), ("symbol", "Al"), ("symbol", "Ni"), ("symbol", "F-")], "quarterly",
     "Giới hạn tiếp nhận của KCN"),
    ("CTR", "Kho chất thải rắn, kho CTNH", ["Khối lượng, chủng loại chất thải phát sinh"], None, "Thông tư số 02/2022/TT-BTNMT"),
)  # fmt: skip


def _monitoring_jr2_vi(doc: Doc) -> None:
    r = doc.rng
    name, _, company, _, lat, lon, _ = doc.pick(VN_EXTRUDERS)
    x0, y0 = round(lat * 110_650), 500_000 + round((lon - 105.5) * 104_200)
    doc.h(f"KẾ HOẠCH QUAN TRẮC MÔI TRƯỜNG NĂM 2025 – {name.upper()}")
    doc.p(f"Đơn vị thực hiện: {company} phối hợp với Trung tâm Quan trắc môi trường (số hiệu VIMCERTS {r.randint(100, 320)}).")
    rows = [["TT", "Ký hiệu", "Vị trí", "Tọa độ VN-2000 (X; Y)", "Thông số", "Tần suất", "Quy chuẩn so sánh"]]
    merges = []
    start, end = None, 0
    for k, (pid, place, params, word, standard) in enumerate(VN_EXTRUSION_PLAN, 1):
        xy = f"{num(x0 + r.randint(-250, 250), 'vi')}; {num(y0 + r.randint(-250, 250), 'vi')}"
        said = {"semiannual": "06 tháng/lần", "quarterly": "03 tháng/lần", None: "Thường xuyên"}[word]
        first_semi = word == "semiannual" and start is None
        if first_semi:
            start = len(rows)
        rows.append([str(k), pid, place, xy if pid != "CTR" else "-", ", ".join(_param_vi(p) for p in params),
                     said if word != "semiannual" or first_semi else None, standard])
        for p in params:
            if not isinstance(p, str):
                doc.add("monitoring", {"point": pid, p[0]: p[1], "frequency": word})
        if word == "semiannual":
            end = len(rows) - 1
    merges.append((start, 5, end, 5))
    doc.table("Bảng 2. Vị trí, thông số và tần suất quan trắc", rows, merges, role="monitoring")
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

FREQ_WORDS = {
    "ru": {"daily": "ежедневно", "weekly": "1 раз в неделю", "monthly": "ежемесячно", "quarterly": "1 раз в квартал",
           "semiannual": "2 раза в год (весной и осенью)", "yearly": "1 раз в год"},
    "kk": {"daily": "күн сайын", "weekly": "аптасына 1 рет", "monthly": "ай сайын", "quarterly": "тоқсанына 1 рет",
           "semiannual": "жылына 2 рет (көктемде және күзде)", "yearly": "жылына 1 рет"},
    "vi": {"daily": "Hằng ngày", "weekly": "Hằng tuần", "monthly": "Hằng tháng", "quarterly": "03 tháng/lần", "semiannual": "06 tháng/lần",
           "yearly": "Hằng năm (trước ngày 15/5)"},
}
# ((RU, KK section), [(RU, KK check, RU, KK criterion, frequency or None, RU, KK who, RU, KK record)])
DAM_CHECKS = (
    (("Ограждающие дамбы карт № 1–3 шламового поля", "Шлам алқабының № 1–3 карталарының қоршау бөгеттері"), [
        ("Визуальный осмотр гребня, откосов и берм дамб", "Бөгеттердің жотасын, еңістері мен бермаларын көзбен шолып тексеру",
         "отсутствие трещин, промоин, оплывин; превышение гребня над уровнем шлама не менее 1,5 м",
         "жарықтардың, шайылымдардың болмауы; жотаның шлам деңгейінен асуы кемінде 1,5 м", "daily", "обходчик ГТС", "ГТҚ айналып жүрушісі",
         "журнал осмотров (форма ГТС-1)", "тексеру журналы (ГТС-1 нысаны)"),
        ("Замер уровня воды в пьезометрах тела дамб", "Бөгеттер денесіндегі пьезометрлерде су деңгейін өлшеу",
         "депрессионная кривая не выше отметки 128,40 м", "депрессиялық қисық 128,40 м белгісінен жоғары емес", "weekly",
         "гидротехник цеха шламового хозяйства", "шлам шаруашылығы цехының гидротехнигі", "журнал пьезометрических наблюдений",
         "пьезометрлік бақылаулар журналы"),
        ("Геодезические наблюдения за осадками и смещениями контрольных марок", "Бақылау маркаларының шөгуі мен ығысуын геодезиялық бақылау",
         "осадка не более 15 мм в год", "шөгу жылына 15 мм-ден аспайды", "semiannual", "маркшейдерская служба", "маркшейдерлік қызмет",
         "ведомость наблюдений", "бақылау ведомосы"),
        ("Комиссионное обследование гидротехнических сооружений", "Гидротехникалық құрылыстарды комиссиялық тексеру",
         "оценка безопасности, готовность к паводку", "қауіпсіздікті бағалау, су тасқынына дайындық", "yearly",
         "комиссия под председательством главного инженера", "бас инженер төрағалық ететін комиссия", "акт обследования", "тексеру актісі"),
    ]),
    (("Пульпопроводы и водоводы осветленной воды", "Пульпа құбырлары және тұндырылған су құбырлары"), [
        ("Обход трассы пульпопроводов и аварийных емкостей", "Пульпа құбырларының трассасы мен апаттық сыйымдылықтарды айналып шығу",
         "отсутствие свищей и разливов пульпы", "тесіктер мен пульпа төгілуінің болмауы", "daily", "слесарь-обходчик", "слесарь-айналып жүруші",
         "журнал обхода", "айналып шығу журналы"),
        ("Толщинометрия стенок труб на поворотах и в низких точках", "Бұрылыстар мен төменгі нүктелердегі құбыр қабырғаларының қалыңдығын өлшеу",
         "остаточная толщина стенки не менее 6 мм", "қабырғаның қалдық қалыңдығы кемінде 6 мм", "yearly", "лаборатория неразрушающего контроля",
         "бұзбайтын бақылау зертханасы", "протокол", "хаттама"),
    ]),
    (("Дренажная система и наблюдательные скважины", "Дренаж жүйесі және бақылау ұңғымалары"), [
        ("Осмотр дренажных колодцев и насосной станции возврата дренажных вод", "Дренаж құдықтары мен дренаж суларын қайтару сорғы станциясын тексеру",
         "работа насосов, отсутствие заиления", "сорғылардың жұмысы, лайланудың болмауы", "weekly", "мастер насосной станции",
         "сорғы станциясының шебері", "сменный журнал", "ауысым журналы"),
        ("Проверка технического состояния наблюдательных скважин", "Бақылау ұңғымаларының техникалық жай-күйін тексеру",
         "целостность оголовков, глубина скважины", "ұңғыма басының бүтіндігі, ұңғыма тереңдігі", "quarterly", "гидрогеолог", "гидрогеолог",
         "паспорт скважины", "ұңғыма паспорты"),
    ]),
    (("Пылеподавление поверхности шламового поля", "Шлам алқабы бетінің шаңын басу"), [
        ("Контроль работы системы орошения сухих пляжей", "Құрғақ жағажайларды суару жүйесінің жұмысын бақылау",
         "включение орошения при скорости ветра более 6 м/с", "жел жылдамдығы 6 м/с-тан асқанда суаруды қосу", "daily", "мастер смены",
         "ауысым шебері", "сменный журнал", "ауысым журналы"),
        ("Внеочередной осмотр после ливней (более 30 мм/сут), паводков и землетрясений", "Нөсерден (тәулігіне 30 мм-ден астам), су тасқыны мен жер сілкінісінен кейінгі кезектен тыс тексеру",
         "состояние откосов и водосбросов", "еңістер мен су ағызғыштардың жай-күйі", None, "комиссия цеха шламового хозяйства",
         "шлам шаруашылығы цехының комиссиясы", "акт", "акт"),
    ]),
)  # fmt: skip


def inspections_jr1(doc: Doc) -> None:
    """An alumina refinery's regulation of observations at its red mud field's dams: items `1.1` … under four section rows
    (the dams of the cards, the slurry lines, the drainage and wells, dust suppression), each with the check, its criterion
    full of figures that are no limits (`не выше отметки 128,40 м`, `не менее 6 мм`, `более 6 м/с`), the frequency
    (`2 раза в год (весной и осенью)`, `ежегодно (до 1 июня)`), who checks and where it is recorded, the extraordinary check
    after rains and earthquakes with no frequency (VI: the same kind of plan for a red mud pond, its rainwater pond and its
    slurry line in the Central Highlands, items numbered through the plan)."""
    if doc.lang == "vi":
        _inspections_jr1_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    words = FREQ_WORDS[doc.lang]
    doc.h(g(f"Регламент наблюдений за состоянием гидротехнических сооружений шламового поля. {KZ_OPERATORS[0][0]}",
            f"{KZ_OPERATORS[0][1]}. Шлам алқабының гидротехникалық құрылыстарының жай-күйін бақылау регламенті"))
    doc.p(g("Разработан в соответствии с декларацией безопасности гидротехнических сооружений; результаты наблюдений учитываются в программе ПЭК.",
            "Гидротехникалық құрылыстардың қауіпсіздік декларациясына сәйкес әзірленді; бақылау нәтижелері ӨЭБ бағдарламасында ескеріледі."))
    rows = [g(["№ п/п", "Вид наблюдения (осмотра)", "Контролируемые параметры, критерии", "Периодичность", "Исполнитель", "Регистрация результатов"],
              ["Р/с №", "Бақылау (тексеру) түрі", "Бақыланатын параметрлер, өлшемшарттар", "Кезеңділігі", "Орындаушы", "Нәтижелерді тіркеу"])]
    merges = []
    for s, ((t_ru, t_kk), checks) in enumerate(DAM_CHECKS, 1):
        _span(rows, merges, f"{s}. {(t_ru, t_kk)[L]}", 6)
        for k, (c_ru, c_kk, k_ru, k_kk, word, w_ru, w_kk, j_ru, j_kk) in enumerate(checks, 1):
            text, who = (c_ru, c_kk)[L], (w_ru, w_kk)[L]
            said = words[word] if word else g("в течение суток после события", "оқиғадан кейін бір тәулік ішінде")
            rows.append([f"{s}.{k}", text, (k_ru, k_kk)[L], said, who, (j_ru, j_kk)[L]])
            item = {"kind": "inspection", "number": f"{s}.{k}", "text_contains": _words(text, 4), "actor_contains": who}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
    doc.table(g("Таблица 1 – Состав и периодичность наблюдений", "1-кесте – Бақылаулардың құрамы мен кезеңділігі"), rows, merges, role="inspections")
    distractor(doc, "approval")


VN_DAM_CHECKS = (
    ("A. HỒ CHỨA BÙN ĐỎ SỐ 2 (ĐANG VẬN HÀNH)", [
        ("Kiểm tra bằng mắt đỉnh đập, mái đập, cơ đập", "Vết nứt, sạt trượt, thấm ướt mái hạ lưu", "daily", "Tổ vận hành hồ bùn đỏ"),
        ("Đo mực nước trong các giếng đo áp thân đập", "Mực nước không vượt cao trình +842,5 m", "weekly", "Phòng Kỹ thuật – Công nghệ"),
        ("Quan trắc lún, chuyển vị ngang của đập bằng mốc quan trắc", "Chuyển vị không quá 20 mm/năm", "quarterly", "Đơn vị tư vấn quan trắc (thuê ngoài)"),
        ("Đánh giá an toàn đập trước mùa mưa", "Báo cáo hiện trạng, phương án ứng phó", "yearly", "Hội đồng kỹ thuật của Công ty"),
    ]),
    ("B. HỒ CHỨA NƯỚC MƯA VÀ TRẠM BƠM HỒI LƯU", [
        ("Kiểm tra mực nước hồ và hoạt động của trạm bơm hồi lưu", "Mực nước không vượt mực nước dâng bình thường", "daily", "Tổ vận hành trạm bơm"),
        ("Kiểm tra tràn xả lũ, mương thoát nước mưa quanh hồ", "Thông thoáng, không bị bồi lấp", "monthly", "Phòng An toàn – Môi trường"),
    ]),
    ("C. TUYẾN ỐNG VẬN CHUYỂN BÙN ĐỎ VÀ NƯỚC HỒI", [
        ("Đi tuyến kiểm tra rò rỉ đường ống bùn và ống nước hồi", "Không rò rỉ, không tràn bùn ra ngoài hành lang tuyến", "daily", "Tổ vận hành hồ bùn đỏ"),
        ("Kiểm tra đột xuất toàn bộ hạng mục sau mưa lớn (trên 100 mm/ngày) hoặc động đất", "Lập biên bản, báo cáo Giám đốc trong 24 giờ", None,
         "Ban Chỉ huy phòng chống thiên tai của Công ty"),
    ]),
)


def _inspections_jr1_vi(doc: Doc) -> None:
    company = VN_COMPANIES[doc.rng.randrange(2)][0]
    words = FREQ_WORDS["vi"]
    doc.h(f"KẾ HOẠCH KIỂM TRA, GIÁM SÁT AN TOÀN HỒ CHỨA BÙN ĐỎ NĂM 2026 – {company.upper()}")
    doc.p("Kế hoạch thực hiện theo quy trình vận hành hồ chứa bùn đỏ và cam kết trong báo cáo đánh giá tác động môi trường đã được phê duyệt.")
    rows = [["TT", "Nội dung kiểm tra", "Yêu cầu, tiêu chí", "Tần suất", "Đơn vị/người thực hiện"]]
    merges = []
    n = 0
    for section, checks in VN_DAM_CHECKS:
        _span(rows, merges, section, 5)
        for text, criterion, word, who in checks:
            n += 1
            rows.append([str(n), text, criterion, words[word] if word else "Đột xuất", who])
            item = {"kind": "inspection", "number": str(n), "text_contains": _words(text, 5), "actor_contains": who}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
    doc.table("Bảng 1. Nội dung, tần suất kiểm tra", rows, merges, role="inspections")
    maybe_distractor(doc)


TICKS = ("daily", "weekly", "monthly", "quarterly")
# ((RU, KK object), [(RU, KK check, frequency or None, RU, KK who)])
PLANT_CHECKS = (
    (("Рукавный фильтр плавильно-литейного отделения", "Балқыту-құю бөлімшесінің жеңді сүзгісі"), [
        ("Перепад давления на фильтре по дифманометру", "Дифманометр бойынша сүзгідегі қысым айырмасы", "daily", "мастер смены", "ауысым шебері"),
        ("Состояние рукавов и работа импульсной регенерации", "Жеңдердің жай-күйі және импульстік регенерацияның жұмысы", "weekly",
         "механик отделения", "бөлімше механигі"),
        ("Замена поврежденных рукавов", "Зақымдалған жеңдерді ауыстыру", None, "механик отделения", "бөлімше механигі"),
    ]),
    (("Бортовые отсосы ванн анодирования и травления", "Анодтау және өңдеу ванналарының борттық сорғыштары"), [
        ("Работа вентиляторов и наличие тяги у ванн", "Желдеткіштердің жұмысы және ванналардағы тартудың болуы", "daily",
         "мастер участка анодирования", "анодтау учаскесінің шебері"),
    ]),
    (("Скруббер кислотных паров", "Қышқыл буларының скруббері"), [
        ("Уровень и pH орошающего раствора", "Суару ерітіндісінің деңгейі мен pH", "weekly", "технолог участка анодирования",
         "анодтау учаскесінің технологы"),
    ]),
    (("Станция нейтрализации стоков", "Ағындарды бейтараптандыру станциясы"), [
        ("pH на выходе станции и работа дозаторов реагентов", "Станция шығысындағы pH және реагент мөлшерлегіштерінің жұмысы", "daily",
         "аппаратчик станции", "станция аппаратшысы"),
        ("Состояние фильтр-пресса и площадки шлама", "Сүзгі-престің және шлам алаңының жай-күйі", "monthly", "инженер-эколог", "инженер-эколог"),
    ]),
    (("Склад кислот и щелочей", "Қышқылдар мен сілтілер қоймасы"), [
        ("Целостность поддонов и обваловки, отсутствие проливов", "Табандықтар мен үйіндінің бүтіндігі, төгілулердің болмауы", "weekly",
         "заведующий складом", "қойма меңгерушісі"),
    ]),
    (("Маслоподвал прокатного стана", "Прокат орнағының май жертөлесі"), [
        ("Герметичность эмульсионной системы и уровень в приямках", "Эмульсия жүйесінің саңылаусыздығы және шұңқырлардағы деңгей", "weekly",
         "механик прокатного стана", "прокат орнағының механигі"),
    ]),
    (("Площадка временного хранения отходов", "Қалдықтарды уақытша сақтау алаңы"), [
        ("Раздельное хранение съемов и стружки, маркировка контейнеров", "Қождар мен жоңқаны бөлек сақтау, контейнерлерді таңбалау", "monthly",
         "инженер-эколог", "инженер-эколог"),
    ]),
    (("Предприятие в целом", "Кәсіпорын тұтастай"), [
        ("Комплексная проверка выполнения программы ПЭК", "ӨЭБ бағдарламасының орындалуын кешенді тексеру", "quarterly",
         "комиссия под председательством главного инженера", "бас инженер төрағалық ететін комиссия"),
    ]),
)  # fmt: skip


def inspections_jr2(doc: Doc) -> None:
    """A profile and strip plant's schedule of internal checks in which the frequency is the column ticked: each object
    (the melting shop's bag filter, the anodising tanks' lip extraction, the acid scrubber, the neutralisation station, the
    acid store, the rolling mill's oil cellar, the waste yard, the plant as a whole) merged down over its checks, four
    columns `ежедневно | еженедельно | ежемесячно | ежеквартально` under `Периодичность` with a `+` in one of them, the
    replacement of bags `по результатам осмотра` written across the four columns with no frequency, who checks last (VI:
    an extrusion plant's schedule with `x` under `Hằng ngày | Hằng tuần | Hằng tháng | Hằng quý`, the bags changed when the
    pressure drop passes 1.800 Pa)."""
    if doc.lang == "vi":
        _inspections_jr2_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    p = PROFILE_PLANTS[0]
    doc.h(g(f"График внутренних проверок природоохранного оборудования на 2026 год. {p[4]}", f"{p[5]}. 2026 жылға арналған табиғат қорғау жабдықтарын ішкі тексеру кестесі"))
    doc.p(g("Результаты проверок заносятся в журнал учета работы природоохранного оборудования (форма ПОД-1); выявленные неисправности устраняются "
            "в срок не более 24 часов.",
            "Тексеру нәтижелері табиғат қорғау жабдықтарының жұмысын есепке алу журналына (ПОД-1 нысаны) енгізіледі; анықталған ақаулар 24 сағаттан "
            "аспайтын мерзімде жойылады."))
    rows = [g(["№", "Объект", "Что проверяется", "Периодичность", None, None, None, "Ответственный"],
              ["№", "Объект", "Не тексеріледі", "Кезеңділігі", None, None, None, "Жауапты"]),
            [None, None, None] + g(["ежедневно", "еженедельно", "ежемесячно", "ежеквартально"], ["күн сайын", "апта сайын", "ай сайын", "тоқсан сайын"]) + [None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 6), (0, 7, 1, 7)]
    n = 0
    for (o_ru, o_kk), checks in PLANT_CHECKS:
        start = len(rows)
        for c_ru, c_kk, word, w_ru, w_kk in checks:
            n += 1
            text, who = (c_ru, c_kk)[L], (w_ru, w_kk)[L]
            obj = (o_ru, o_kk)[L] if len(rows) == start else None
            if word:
                rows.append([str(n), obj, text, *("+" if t == word else "" for t in TICKS), who])
            else:
                rows.append([str(n), obj, text, g("по результатам осмотра", "тексеру нәтижелері бойынша"), None, None, None, who])
                merges.append((len(rows) - 1, 3, len(rows) - 1, 6))
            item = {"kind": "inspection", "number": str(n), "text_contains": _words(text, 4), "actor_contains": who}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
        if len(checks) > 1:
            merges.append((start, 1, len(rows) - 1, 1))
    doc.table(g("Таблица 1", "1-кесте"), rows, merges, role="inspections")
    maybe_distractor(doc)


VN_PLANT_CHECKS = (
    ("Hệ thống lọc bụi túi vải lò nấu nhôm", [("Chênh áp qua túi lọc, hoạt động van rũ bụi", "daily", "Trưởng ca xưởng Đúc"),
                                              ("Tình trạng túi lọc, bụi tại miệng ống thải", "weekly", "Tổ bảo trì"),
                                              ("Thay túi lọc", None, "Tổ bảo trì")]),
    ("Tháp hấp thụ hơi axit khu anot hóa", [("pH và mực dung dịch hấp thụ, bơm tuần hoàn", "daily", "Trưởng ca anot hóa"),
                                            ("Vệ sinh lớp vật liệu đệm, kiểm tra quạt hút", "monthly", "Tổ bảo trì")]),
    ("Hệ thống xử lý nước thải anot hóa", [("pH, lưu lượng nước thải đầu ra, lượng hóa chất châm", "daily", "Nhân viên vận hành HTXLNT"),
                                           ("Máy ép bùn và khu vực chứa bùn", "weekly", "Nhân viên vận hành HTXLNT")]),
    ("Kho hóa chất (axit, xút)", [("Rò rỉ, tràn đổ, gờ chống tràn, bộ dụng cụ ứng phó sự cố", "weekly", "Thủ kho")]),
    ("Kho lưu giữ CTNH", [("Phân loại, dán nhãn, sổ theo dõi chất thải nguy hại", "monthly", "Phòng HSE")]),
    ("Toàn nhà máy", [("Kiểm tra tổng thể việc thực hiện giấy phép môi trường", "quarterly", "Ban Giám đốc")]),
)


def _inspections_jr2_vi(doc: Doc) -> None:
    name, _, company, *_ = doc.pick(VN_EXTRUDERS)
    doc.h(f"LỊCH KIỂM TRA CÔNG TRÌNH BẢO VỆ MÔI TRƯỜNG NĂM 2026 – {name.upper()}")
    doc.p(f"Ban hành kèm theo Quyết định của Tổng Giám đốc {company}. Kết quả kiểm tra ghi vào sổ nhật ký vận hành công trình bảo vệ môi trường.")
    rows = [["TT", "Công trình", "Nội dung kiểm tra", "Tần suất", None, None, None, "Người thực hiện"],
            [None, None, None, "Hằng ngày", "Hằng tuần", "Hằng tháng", "Hằng quý", None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 6), (0, 7, 1, 7)]
    n = 0
    for obj, checks in VN_PLANT_CHECKS:
        start = len(rows)
        for text, word, who in checks:
            n += 1
            first = obj if len(rows) == start else None
            if word:
                rows.append([str(n), first, text, *("x" if t == word else "" for t in TICKS), who])
            else:
                rows.append([str(n), first, text, "Khi chênh áp vượt 1.800 Pa", None, None, None, who])
                merges.append((len(rows) - 1, 3, len(rows) - 1, 6))
            item = {"kind": "inspection", "number": str(n), "text_contains": _words(text, 5), "actor_contains": who}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
        if len(checks) > 1:
            merges.append((start, 1, len(rows) - 1, 1))
    doc.table("Bảng 1. Lịch kiểm tra", rows, merges, role="inspections")
    maybe_distractor(doc)


# ---------------------------------------------------------------- tasks

# ((RU, KK section), [(RU, KK measure, RU, KK volume, (low, high) thousand tenge, start, end, RU, KK who, RU, KK effect)])
SMELTER_MEASURES = (
    (("I. Охрана атмосферного воздуха", "I. Атмосфералық ауаны қорғау"), [
        ("Замена фильтровальных рукавов ГОУ-1 и ГОУ-2 на рукава с мембранным покрытием", "ГТҚ-1 және ГТҚ-2 сүзгі жеңдерін мембраналық жабыны бар жеңдерге ауыстыру",
         "11 520 шт.", "11 520 дана", (420000, 560000), 2026, 2027, "Дирекция по электролизному производству", "Электролиз өндірісі жөніндегі дирекция",
         "снижение выбросов 0101 на 38 т/год", "0101 шығарындыларын жылына 38 т-ға азайту"),
        ("Установка автоматизированной системы мониторинга на трубе печи обжига анодов (источник 0011)",
         "Анодтарды күйдіру пешінің мұржасына (0011 көзі) автоматтандырылған мониторинг жүйесін орнату", "1 комплект", "1 жиынтық", (90000, 130000),
         2026, 2026, "Отдел охраны окружающей среды", "Қоршаған ортаны қорғау бөлімі", "непрерывный контроль HF, SO2, NOx, CO",
         "HF, SO2, NOx, CO үздіксіз бақылау"),
        ("Капитальный ремонт укрытий электролизеров корпуса № 2", "№ 2 корпус электролиздерінің жабындарын күрделі жөндеу", "168 электролизеров",
         "168 электролизер", (250000, 380000), 2026, 2028, "Дирекция по электролизному производству", "Электролиз өндірісі жөніндегі дирекция",
         "снижение выбросов 0342 на 12 т/год", "0342 шығарындыларын жылына 12 т-ға азайту"),
    ]),
    (("II. Охрана водных объектов", "II. Су объектілерін қорғау"), [
        ("Реконструкция оборотного цикла охлаждения литейного отделения", "Құю бөлімшесінің айналымдағы салқындату циклін реконструкциялау",
         "1 система", "1 жүйе", (150000, 220000), 2027, 2028, "Служба главного механика", "Бас механик қызметі",
         "сокращение подпитки на 180 тыс. м³/год", "толықтыруды жылына 180 мың м³-ге қысқарту"),
    ]),
    (("III. Охрана земель", "III. Жерді қорғау"), [
        ("Техническая рекультивация отработанного участка полигона промышленных отходов", "Өнеркәсіптік қалдықтар полигонының пайдаланылған учаскесін техникалық рекультивациялау",
         "4,2 га", "4,2 га", (60000, 95000), 2027, 2027, "Отдел охраны окружающей среды", "Қоршаған ортаны қорғау бөлімі", "возврат 4,2 га земель",
         "4,2 га жерді қайтару"),
    ]),
    (("IV. Обращение с отходами", "IV. Қалдықтармен жұмыс істеу"), [
        ("Строительство установки термического обезвреживания отработанной футеровки", "Пайдаланылған футеровканы термиялық залалсыздандыру қондырғысын салу",
         "20 тыс. т/год", "жылына 20 мың т", (1800000, 2600000), 2026, 2028, "Управление капитального строительства", "Күрделі құрылыс басқармасы",
         "переработка отходов 16 11 01* – 20 тыс. т/год", "16 11 01* қалдықтарын қайта өңдеу – жылына 20 мың т"),
        ("Организация раздельного сбора и передачи на переработку лома огнеупоров", "Отқа төзімді сынықтарды бөлек жинауды және қайта өңдеуге беруді ұйымдастыру",
         "—", "—", (8000, 15000), 2026, 2026, "Цех подготовки производства", "Өндірісті дайындау цехы", "вовлечение 1,5 тыс. т/год",
         "жылына 1,5 мың т тарту"),
    ]),
)  # fmt: skip
YEARS = (2026, 2027, 2028)


def tasks_jr1(doc: Doc) -> None:
    """A smelter's plan of measures for environmental protection for 2026–2028 in the Kazakh form: sections `I. Охрана
    атмосферного воздуха` … with Roman numbers over items numbered 1 … through the plan, the volume of works, the total
    cost and its split by year in thousands of tenge under a merged header, the start and end years under `Срок
    выполнения`, the responsible division and the expected effect full of codes (`0101`, `16 11 01*`) and tonnes (VI: an
    alumina refinery's plan of remedying what an inspection team found, the findings with the permit's number beside the
    measures, the lead unit, the term and the state of each)."""
    r = doc.rng
    if doc.lang == "vi":
        _tasks_jr1_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    doc.h(g(f"План мероприятий по охране окружающей среды {KZ_OPERATORS[1][0]} на 2026–2028 годы",
            f"{KZ_OPERATORS[1][1]} 2026–2028 жылдарға арналған қоршаған ортаны қорғау жөніндегі іс-шаралар жоспары"))
    doc.p(g("Приложение 4 к комплексному экологическому разрешению. Источник финансирования – собственные средства оператора.",
            "Кешенді экологиялық рұқсатқа 4-қосымша. Қаржыландыру көзі – оператордың меншікті қаражаты."))
    rows = [g(["№ п/п", "Наименование мероприятия", "Объем работ", "Общая стоимость, тыс. тенге", "в т.ч. по годам, тыс. тенге", None, None,
               "Срок выполнения", None, "Ответственный исполнитель", "Ожидаемый экологический эффект"],
              ["Р/с №", "Іс-шараның атауы", "Жұмыс көлемі", "Жалпы құны, мың теңге", "оның ішінде жылдар бойынша, мың теңге", None, None,
               "Орындау мерзімі", None, "Жауапты орындаушы", "Күтілетін экологиялық нәтиже"]),
            [None, None, None, None, *map(str, YEARS), g("начало", "басталуы"), g("окончание", "аяқталуы"), None, None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 1, 3), (0, 4, 0, 6), (0, 7, 0, 8), (0, 9, 1, 9), (0, 10, 1, 10)]
    n = 0
    for (s_ru, s_kk), measures in SMELTER_MEASURES:
        _span(rows, merges, (s_ru, s_kk)[L], 11)
        for m_ru, m_kk, v_ru, v_kk, (lo, hi), y0, y1, w_ru, w_kk, e_ru, e_kk in measures:
            n += 1
            total = float(r.randint(lo // 100, hi // 100) * 100)
            span = [y for y in YEARS if y0 <= y <= y1]
            shares = [r.uniform(0.6, 1.4) for _ in span]
            split = {y: round(total * s / sum(shares), -1) for y, s in zip(span, shares, strict=True)}
            split[span[-1]] = total - sum(v for y, v in split.items() if y != span[-1])
            text, who = (m_ru, m_kk)[L], (w_ru, w_kk)[L]
            rows.append([str(n), text, (v_ru, v_kk)[L], _money(total, doc.lang), *(_money(split[y], doc.lang) if y in split else "–" for y in YEARS),
                         str(y0), str(y1), who, (e_ru, e_kk)[L]])
            doc.add("obligations", {"kind": "task", "number": str(n), "text_contains": _words(text, 4), "actor_contains": who})
    doc.table(g("План мероприятий", "Іс-шаралар жоспары"), rows, merges, role="tasks")
    maybe_distractor(doc)


VN_REMEDIES = (
    ("Chưa lắp đặt đồng hồ đo lưu lượng nước thải đầu vào, đầu ra trạm xử lý nước thải sinh hoạt theo Giấy phép môi trường",
     "Lắp đặt đồng hồ đo lưu lượng điện từ tại đầu vào và đầu ra trạm xử lý nước thải sinh hoạt", "Phòng Cơ điện", "30/11/2025", "Đang thực hiện"),
    ("Mái hạ lưu đập hồ bùn đỏ số 2 có vị trí thấm ướt (lý trình Km0+350)",
     "Khoan phụt chống thấm và bổ sung rãnh thu nước thấm tại chân đập đoạn Km0+300 – Km0+420", "Ban Quản lý hồ bùn đỏ", "Trước 30/4/2026",
     "Đang lập thiết kế"),
    ("Kho lưu giữ CTNH chưa có gờ chống tràn; biển cảnh báo chưa đúng mẫu",
     "Xây gờ chống tràn cao 20 cm, lắp biển cảnh báo CTNH theo TCVN 6707:2009", "Phòng An toàn – Môi trường", "31/12/2025", "Chưa đến hạn"),
    ("Số liệu quan trắc tự động lò nung số 2 bị gián đoạn 6 ngày trong tháng 7/2025",
     "Hiệu chuẩn lại thiết bị đo bụi và NOx, ban hành quy trình báo cáo sự cố mất dữ liệu trong 24 giờ", "Phòng Kỹ thuật – Công nghệ", "15/12/2025",
     "Đang thực hiện"),
    ("Bụi phát tán tại khu vực đổ quặng bauxit vào kho chứa",
     "Lắp bổ sung hệ thống phun sương dập bụi tại 04 phễu tiếp nhận quặng", "Xưởng Nguyên liệu", "Quý I/2026", "Đang thực hiện"),
)


def _tasks_jr1_vi(doc: Doc) -> None:
    r = doc.rng
    company = VN_COMPANIES[r.randrange(2)][0]
    doc.h(f"KẾ HOẠCH KHẮC PHỤC CÁC TỒN TẠI THEO THÔNG BÁO KẾT LUẬN KIỂM TRA SỐ {r.randint(20, 90)}/TB-ĐKT – {company.upper()}")
    doc.p("Đoàn kiểm tra liên ngành kiểm tra việc chấp hành pháp luật về bảo vệ môi trường tại nhà máy alumin từ ngày 08/9 đến 12/9/2025. Công ty "
          "lập kế hoạch khắc phục như sau và báo cáo kết quả về Sở Nông nghiệp và Môi trường trước ngày 31/12/2025.")
    rows = [["TT", "Tồn tại, hạn chế", "Biện pháp khắc phục", "Đơn vị chủ trì", "Thời hạn hoàn thành", "Tình trạng đến 31/10/2025"]]
    for k, (finding, measure, lead, term, state) in enumerate(VN_REMEDIES, 1):
        rows.append([str(k), finding, measure, lead, term, state])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(measure, 5), "actor_contains": lead})
    doc.table("Bảng 1. Kế hoạch khắc phục", rows, role="tasks")
    maybe_distractor(doc)


# (RU, KK finding, (RU, KK norm), RU, KK requirement, RU, KK term)
PRESCRIPTION = (
    ("Не проведены инструментальные замеры на источниках 0201, 0202 в III квартале 2025 года",
     "2025 жылғы III тоқсанда 0201, 0202 көздерінде аспаптық өлшеулер жүргізілмеген", ("статья 182 ЭК РК", "ҚР ЭК 182-бабы"),
     "Обеспечить проведение инструментальных замеров на печах спекания (источники 0201, 0202) с привлечением аккредитованной лаборатории",
     "Аккредиттелген зертхананы тарта отырып, пісіру пештерінде (0201, 0202 көздері) аспаптық өлшеулер жүргізуді қамтамасыз ету", "до 31.12.2025",
     "31.12.2025 дейін"),
    ("Превышение норматива допустимых выбросов пыли на источнике 0101 (факт 7,8 г/с при нормативе 4,6 г/с)",
     "0101 көзінде шаңның жол берілетін шығарынды нормативінен асуы (норматив 4,6 г/с кезінде нақты 7,8 г/с)", ("пункт 1 статьи 39 ЭК РК", "ҚР ЭК 39-бабының 1-тармағы"),
     "Устранить причины превышения, провести ревизию электрофильтра печи кальцинации № 1", "Асу себептерін жою, № 1 кальцинация пешінің электр сүзгісіне ревизия жүргізу",
     "до 15.01.2026", "15.01.2026 дейін"),
    ("Отсутствуют паспорта опасных отходов на шлам станции нейтрализации", "Бейтараптандыру станциясының шламына қауіпті қалдықтар паспорттары жоқ",
     ("статья 343 ЭК РК", "ҚР ЭК 343-бабы"), "Разработать паспорта опасных отходов и представить их в уполномоченный орган",
     "Қауіпті қалдықтар паспорттарын әзірлеу және оларды уәкілетті органға ұсыну", "в течение 30 календарных дней", "30 күнтізбелік күн ішінде"),
    ("Пыление сухих пляжей карты № 3 шламового поля при ветре", "Жел кезінде шлам алқабының № 3 картасының құрғақ жағажайларының шаңдануы",
     ("программа ПЭК, п. 6.4", "ӨЭБ бағдарламасы, 6.4-т."), "Организовать орошение сухих пляжей карты № 3 и представить график пылеподавления",
     "№ 3 картаның құрғақ жағажайларын суаруды ұйымдастыру және шаң басу кестесін ұсыну", "до 01.05.2026", "01.05.2026 дейін"),
    ("Отчет по ПЭК за II квартал 2025 года представлен с нарушением срока", "2025 жылғы II тоқсандағы ӨЭБ есебі мерзімі бұзыла отырып ұсынылған",
     ("статья 186 ЭК РК", "ҚР ЭК 186-бабы"), "Обеспечить своевременное представление отчетов по ПЭК", "ӨЭБ бойынша есептерді уақтылы ұсынуды қамтамасыз ету", "постоянно",
     "тұрақты"),
)  # fmt: skip


def tasks_jr2(doc: Doc) -> None:
    """A department of ecology's prescription to an alumina refinery after a check: the table's rows the findings with
    the source numbers and grams a second (`факт 7,8 г/с при нормативе 4,6 г/с`), the article of the Code broken, then the
    requirement — the task — and its term (`до 31.12.2025`, `в течение 30 календарных дней`, `постоянно`); no actor but the
    operator the prescription is addressed to (VI: an extrusion plant's plan of environmental works for 2026 as a chart of
    twelve month columns marked `x`, sections in Roman numbers, items numbered through the plan, the money last)."""
    r = doc.rng
    if doc.lang == "vi":
        _tasks_jr2_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    doc.h(g(f"Предписание об устранении нарушений требований экологического законодательства Республики Казахстан № {r.randint(10, 60)}-П от 12.11.2025",
            f"2025 жылғы 12.11. № {r.randint(10, 60)}-П Қазақстан Республикасы экологиялық заңнамасы талаптарының бұзылуын жою туралы нұсқама"))
    doc.p(g(f"Департамент экологии по Павлодарской области Комитета экологического регулирования и контроля по результатам проверки, проведенной "
            f"с 27.10.2025 по 07.11.2025, предписывает {KZ_OPERATORS[0][0]} (глиноземный завод) устранить следующие нарушения:",
            f"Экологиялық реттеу және бақылау комитетінің Павлодар облысы бойынша экология департаменті 27.10.2025 бастап 07.11.2025 дейін жүргізілген "
            f"тексеру нәтижелері бойынша {KZ_OPERATORS[0][1]} (глинозем зауыты) мынадай бұзушылықтарды жоюды міндеттейді:"))
    rows = [g(["№", "Выявленное нарушение", "Нарушенная норма", "Требование", "Срок исполнения"],
              ["№", "Анықталған бұзушылық", "Бұзылған норма", "Талап", "Орындау мерзімі"])]
    for k, (f_ru, f_kk, norm, q_ru, q_kk, t_ru, t_kk) in enumerate(PRESCRIPTION, 1):
        req = (q_ru, q_kk)[L]
        rows.append([str(k), (f_ru, f_kk)[L], norm[L], req, (t_ru, t_kk)[L]])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(req, 4)})
    doc.table(None, rows, role="tasks")
    doc.p(g("Об исполнении предписания сообщить в Департамент в письменной форме в течение 5 рабочих дней после истечения сроков. Неисполнение "
            "предписания влечет ответственность в соответствии с Кодексом Республики Казахстан об административных правонарушениях.",
            "Нұсқаманың орындалуы туралы мерзімдер өткеннен кейін 5 жұмыс күні ішінде Департаментке жазбаша хабарлау қажет. Нұсқаманы орындамау "
            "Қазақстан Республикасының Әкімшілік құқық бұзушылық туралы кодексіне сәйкес жауапкершілікке әкеп соғады."))
    distractor(doc, "contacts")


# (section, [(VI item, unit, (first, last) month, million đồng)])
VN_GANTT = (
    ("I. KHÍ THẢI", [("Thay toàn bộ túi lọc hệ thống lọc bụi lò nấu nhôm", "Xưởng Đúc", (3, 4), "180"),
                     ("Lắp đặt tháp hấp thụ hơi axit thứ hai cho khu anot hóa", "Phòng Cơ điện", (5, 8), "1.450")]),
    ("II. NƯỚC THẢI", [("Nâng công suất hệ thống xử lý nước thải anot hóa từ 150 lên 250 m³/ngày", "Ban Dự án", (4, 10), "3.200"),
                       ("Xây dựng bể chứa nước thải sự cố dung tích 50 m³", "Ban Dự án", (9, 11), "620")]),
    ("III. CHẤT THẢI RẮN, CHẤT THẢI NGUY HẠI", [("Cải tạo kho lưu giữ CTNH (gờ chống tràn, rãnh thu, hố ga)", "Phòng HSE", (2, 3), "95"),
                                                ("Ký hợp đồng chuyển giao xỉ nhôm cho đơn vị có chức năng tái chế", "Phòng Mua hàng", (1, 1), "-")]),
    ("IV. QUẢN LÝ CHUNG", [("Diễn tập ứng phó sự cố tràn đổ hóa chất tại khu anot hóa", "Phòng HSE", (6, 6), "40"),
                           ("Thuê tư vấn lập báo cáo kiểm kê khí nhà kính năm 2025", "Phòng HSE", (1, 3), "150")]),
)


def _tasks_jr2_vi(doc: Doc) -> None:
    name, _, company, *_ = doc.pick(VN_EXTRUDERS)
    doc.h(f"KẾ HOẠCH THỰC HIỆN CÁC HẠNG MỤC BẢO VỆ MÔI TRƯỜNG NĂM 2026 – {company.upper()}")
    doc.p(f"Áp dụng cho {name}. Tiến độ được rà soát tại cuộc họp giao ban hằng tháng của Ban Giám đốc.")
    rows = [["TT", "Hạng mục công việc", "Bộ phận thực hiện", "Tiến độ thực hiện năm 2026 (tháng)"] + [None] * 11 + ["Kinh phí (triệu đồng)"],
            [None, None, None, *(f"T{m}" for m in range(1, 13)), None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 14), (0, 15, 1, 15)]
    n = 0
    for section, items in VN_GANTT:
        _span(rows, merges, section, 16)
        for text, who, (m0, m1), money in items:
            n += 1
            rows.append([str(n), text, who, *("x" if m0 <= m <= m1 else "" for m in range(1, 13)), money])
            doc.add("obligations", {"kind": "task", "number": str(n), "text_contains": _words(text, 5), "actor_contains": who})
    doc.table("Bảng 1. Tiến độ các hạng mục", rows, merges, role="tasks")
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"JR{k}", globals()[f"{role}_jr{k}"]) for role in ROLES for k in (1, 2)]
