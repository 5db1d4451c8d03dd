"""A blind held-out set (two layouts per role, `KD1` and `KD2`): never used for tuning, written by someone who neither
ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`.

Theme: electronics, semiconductor and printed-circuit-board factories in industrial parks, and the park operator's central
waste water treatment plant. Kazakhstan: a multilayer PCB plant in the special economic zone «Парк инновационных
технологий» (Almaty) with its etching, copper-plating, solder-mask and HASL lines and galvanic effluent plant; an
electronics-assembly and LED-luminaire plant in Astana's Industrial Park No. 1; the Shymkent industrial zone's central
treatment plant (ЦОС), run by the zone's managing company, taking its tenants' effluent and discharging to the Badam river
(a КЭР application's form of label/value pairs, a ЦОС passport, a draft НДВ with the emissions cross-tabulated, the
«Параметры выбросов» table of the trade's software, a calculation of waste norms, a balance of sludges, an inlet/outlet
protocol, a soil protocol, ПЭК matrices of letters, a laboratory schedule by frequency, a Gantt chart of internal checks,
a schedule of checking tenants, a plan of nature-protection measures and a reconstruction roadmap). Vietnam: a PCB factory
in a Hải Phòng park, a chip assembly-and-test plant in the Saigon Hi-Tech Park and a Bắc Ninh park's central WWTP (a GPMT
application's general information, a GPMT's facility annex, an annual report's loads, an EIA by period, a GPMT waste annex,
a monthly sludge log, inlet/outlet results against the park's acceptance limits and QCVN 40:2011/BTNMT, quarterly stack
results against QCVN 19:2009 and 20:2009/BTNMT, automatic and periodic monitoring, a GPMT programme with merged cells, a
self-inspection plan by quarter, an operating checklist, a remediation plan after an inspection and a permit plan).

Facility: a КЭР application's section 1 as a form of label/value PAIRS side by side, the coordinates in degrees, minutes and
seconds, category `I` beside its ground (bath volume over 30 m³) and the SEZ certificate, phone, area and staff as
look-alikes, the reagents with CAS numbers in a table of no role (VI: `Hạng mục | Thông tin | Căn cứ, ghi chú` with a
ten-digit investment project code beside the ten-digit enterprise number, DMS with `vĩ độ Bắc`, `Nhóm I`) (KD1); a ЦОС's
technical passport `Раздел | Параметр | Значение` with the section merged DOWN its rows, the site's decimal degrees beside
the outfall's DMS, the owner's BIN as a look-alike, the tenants without BINs in a table of no role (VI: a park's GPMT
annex, the outfall in VN-2000 metres, the park's area and occupancy) (KD2).

Emissions: a PCB plant's sources in a table of their own, then the emissions CROSS-TABULATED, substances down and sources
across under a three-row header `Источники выбросов / 0001 / г/с | т/год`, dashes, a row of each source's totals (VI: a
chip plant's stacks down, named by their treatment, not numbered, the pollutants across as `g/s | tấn/năm`) (KD1); the
seventeen-column «Параметры выбросов» table with a row of column numbers, shop and source parameters merged down, map
coordinates, mg/nm³ and the НДВ year as look-alikes and no hazard class anywhere (VI: an EIA with the construction and
operation periods as spanning sections, emission factors and kg/day beside the g/s, no tonnes) (KD2).

Wastes: a calculation of waste norms with the unit in a row of its own, hazardous and non-hazardous sections with
subtotals and a grand total, the calculation column full of flows, densities, areas and pieces (VI: a GPMT's list of CTNH
and ordinary wastes in tonnes, codes of acids, heavy-metal salts and WWTP sludge, a frequency of handing over as a
look-alike, group totals) (KD1); a ЦОС's sludge balance in which primary sludge, excess activated sludge and the thickened
mixture are stages with a dash for a code and only the dewatered cake `19 08 13*`, screenings and grit are wastes, then
other wastes with the limit of accumulation and the pad's number beside the norm (VI: a monthly sludge log, the waste's
name and code merged down twelve months, the manifests' numbers and moisture as look-alikes, one waste with the year's
total; other CTNH in kg) (KD2).

Limits: a ЦОС's inlet/outlet protocol with two points under a two-row header, each with its measured value and its limit
(acceptance from tenants at `К-1`, the КЭР's at `ВЫП-1`), the efficiency as a look-alike, `не норм.` and `отсутствие`
that give no figure (VI: the park's acceptance limits at NT1 and QCVN 40:2011/BTNMT column A at NT2 with C printed beside
Cmax = C × Kq × Kf, pH and coliforms not multiplied) (KD1); a TRANSPOSED soil protocol — points down, elements across
under a three-row header with the form merged over its columns and the unit in a row of its own, the ПДК in the LAST row,
cadmium without one — the background point a point like the others (VI: stacks in blocks under section rows giving Q, Kp
and Kv, four quarterly rounds, Cmax, QCVN 19 column B with Kp and QCVN 20 as is) (KD2).

Monitoring: a PCB plant's ПЭК plans as MATRICES of sources × substances and points × parameters whose cells are LETTERS
explained only in the legend under the tables (VI: a central WWTP's row with one column of parameters measured
automatically and continuously and another of those measured every three months, the inlet monthly, the canal
half-yearly, the sludge yearly, a camera row with no duty) (KD1); a ЦОС's laboratory schedule whose COLUMNS are the
frequencies and whose cells list the parameters, seven points from the inlet to two wells (VI: a chip plant's GPMT
programme with the frequency and the standard merged down three stacks and a row across exempting its waste water) (KD2).

Inspections: a PCB plant's GANTT chart of internal checks, an `х` per month, regular patterns that make monthly, quarterly,
half-yearly and yearly checks and one irregular row that gives no frequency, a row counting checks per month (VI: a chip
plant's self-inspection plan by quarter, a row of unscheduled checks) (KD1); the zone operator's schedule of checking its
TENANTS, contract numbers and m³/day as look-alikes, two kinds of check as columns with who acts in each header, a tenant
without a local plant sampled only (VI: a PCB factory's operating checklist of its waste water plant by stream, set points
of pH, ORP and copper that are no limits, a check after each pressing batch without a frequency) (KD2).

Tasks: a PCB plant's plan of nature-protection measures with a THREE-row header (term start/end, costs total and by year),
items 1 … 7 straight through four sections, source numbers inside an item's text, effects in tonnes and m³, the total,
no one responsible (VI: a plan of remedying an inspection's findings, the conclusion's number, finding beside measure,
lead unit, deadline, progress) (KD1); a ЦОС reconstruction roadmap whose STAGE rows carry numbers of their own (`1`, `2`)
and are headings, not tasks, the measures `1.1` … with the form of completion, quarter, executor and co-executors (VI: a
park operator's plan of carrying out its GPMT, the permit's annex cited in a column, three sections, an ongoing item with
no deadline) (KD2).
"""

from __future__ import annotations

from . import vocab
from .common import Doc, distractor, freq, make_bin, make_msdn, maybe_distractor, num
from .limits_data import add, limit
from .registry import ROLES, Layout
from .sources_data import emission

# ---------------------------------------------------------------- helpers


def _L(doc: Doc) -> int:
    return 0 if doc.lang == "ru" else 1


def _rk(doc: Doc):
    """`g(ru, kk)`: the text of a Russian or a Kazakh document."""
    k = _L(doc)
    return lambda ru, kk: (ru, kk)[k]


def _sig(x: float, digits: int = 3) -> float:
    return float(f"{x:.{digits}g}")


def _first(text: str, n: int = 4) -> str:
    return " ".join(text.split()[:n])


def _span(rows: list, merges: list, text: str, width: int) -> None:
    """A row whose one cell runs across the whole table."""
    rows.append([text] + [None] * (width - 1))
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))


def _down(merges: list, start: int, end: int, cols) -> None:
    """Cells of `cols` merged from row `start` down to row `end` when there is more than one row."""
    if end > start:
        merges.extend((start, c, end, c) for c in cols)


def _type(number: str) -> str:
    return "unorganized" if number[0] in "6789" else "organized"


def _dms(rng, base: float, spread: float = 0.004) -> tuple[int, int, float, float]:
    """Degrees, minutes, seconds (one decimal) of a point near `base`, and the decimal degrees they make."""
    x = base + rng.uniform(-spread, spread)
    d = int(x)
    m = int((x - d) * 60)
    s = min(round(((x - d) * 60 - m) * 60, 1), 59.9)
    return d, m, s, round(d + m / 60 + s / 3600, 6)


def _dms_text(d: int, m: int, s: float, hemi: str, marks: str = "′″") -> str:
    return f"{d}°{m:02d}{marks[0]}{f'{s:04.1f}'.replace('.', ',')}{marks[1]} {hemi}"


def _kato(rng, prefix: str) -> str:
    return f"{prefix}{rng.randint(1000, 4999)}{rng.choice(('000', '100'))}"


def _phone(rng, code: str) -> str:
    return f"+7 {code} {rng.randint(200, 399)} {rng.randint(10, 99)} {rng.randint(10, 99)}"


# code: (RU name, KK name, VI label, hazard class) — names as corpus/air_pollutants.csv gives them or their aliases
AIRN = {
    "0301": ("Азота (IV) диоксид", "Азот диоксиді", "NO2", 2),
    "0304": ("Азот (II) оксид", "Азот оксиді", "NO", 3),
    "0330": ("Сера диоксид", "Күкірт диоксиді", "SO2", 3),
    "0337": ("Углерод оксид", "Көміртек оксиді", "CO", 4),
    "0316": ("Гидрохлорид (Соляная кислота)", "Тұз қышқылы", "HCl", 2),
    "0349": ("Хлор", "Хлор", "Clo (Cl2)", 2),
    "0322": ("Серная кислота (по молекуле H2SO4)", "Күкірт қышқылы", "Axit sunfuric (H2SO4)", 2),
    "0302": ("Азотная кислота (по молекуле HNO3)", "Азот қышқылы", "HNO3", 2),
    "0342": ("Фтористые газообразные соединения (в пересчете на фтор)", "Фторлы газ тәрізді қосылыстар", "HF", 2),
    "0303": ("Аммиак", "Аммиак", "Amoniac (NH3)", 4),
    "0168": ("Олово оксид (в пересчете на олово)", "Қалайы оксиді", "Thiếc oxit (SnO2)", 3),
    "0146": ("Медь оксид (в пересчете на медь)", "Мыс оксиді", "Đồng oxit (CuO)", 2),
    "1325": ("Формальдегид", "Формальдегид", "Formaldehyt", 2),
    "1401": ("Пропан-2-он (Ацетон)", "Ацетон", "Axeton", 4),
    "1051": ("Пропан-2-ол (Изопропиловый спирт)", "Изопропиловый спирт", "Isopropanol (IPA)", 3),
    "1210": ("Бутилацетат", "Бутилацетат", "Butyl axetat", 4),
    "0616": ("Диметилбензол (Ксилол)", "Диметилбензол (ксилол)", "Xylen", 3),
    "0621": ("Метилбензол (Толуол)", "Метилбензол (толуол)", "Toluen", 3),
    "2902": ("Взвешенные частицы", "Қалқыма бөлшектер", "Bụi tổng", 3),
    "2908": ("Пыль неорганическая, содержащая двуокись кремния в %: 70-20", "Бейорганикалық шаң: кремний қостотығы 70-20%", "Bụi", 3),
    "0123": ("Железо (II, III) оксиды", "Темір оксидтері", "Sắt oxit (Fe2O3)", 3),
    "0143": ("Марганец и его соединения", "Марганец және оның қосылыстары", "Mangan và hợp chất", 2),
    "0328": ("Углерод (Сажа)", "Көміртек (күйе)", "Muội than", 3),
}


def _air(doc: Doc, code: str) -> str:
    return AIRN[code][vocab.LANGS.index(doc.lang)]


def _cls(code: str) -> int | None:
    return AIRN[code][3]


def _w(doc: Doc, symbol: str) -> str:
    return vocab.water(symbol, doc.lang)


# ---------------------------------------------------------------- facility

PCB_OPERATORS = (
    ("ТОО «Алатау Электроникс»", "«Алатау Электроникс» ЖШС", "г. Алматы, пр. Аль-Фараби, 77/7, БЦ «Esentai Tower», офис 1204",
     "Алматы қ., Әл-Фараби даңғ., 77/7, «Esentai Tower» БО, 1204-кеңсе", "генеральный директор Пак Сен Хо", "бас директор Пак Сен Хо"),
    ("ТОО «ПлатаТех Казахстан»", "«ПлатаТех Қазақстан» ЖШС", "г. Алматы, ул. Тимирязева, 42, пав. 15",
     "Алматы қ., Тимирязев к-сі, 42, 15-павильон", "директор Жунусов А.Б.", "директор Жүнісов А.Б."),
)  # fmt: skip


def facility_kd1(doc: Doc) -> None:
    """Section 1 of a КЭР application for a multilayer printed-circuit-board plant in the special economic zone «Парк
    инновационных технологий» (Almaty), written as a form of label/value PAIRS side by side (`Наименование | … | БИН | …`)
    under two spanning section rows; the coordinates in degrees, minutes and seconds (`43°16′52,4″ с.ш.`), the category `I`
    beside its ground (`раздел 1 приложения 2`, bath volume over 30 m³), the SEZ certificate's number, the phone, the land
    area and the bath volume as look-alikes; the plant's reagents with CAS numbers and tonnes in a table of no role (VI: a PCB
    factory in a Hải Phòng park, `Hạng mục | Thông tin | Căn cứ, ghi chú`, the ten-digit investment project code beside the
    ten-digit enterprise number, DMS with `vĩ độ Bắc`, `Nhóm I` with its ground)."""
    if doc.lang == "vi":
        _facility_kd1_vi(doc)
        return
    r, L, g = doc.rng, _L(doc), _rk(doc)
    op = doc.pick(PCB_OPERATORS)
    operator = op[L]
    bin_, kato = make_bin(r), _kato(r, "75")
    ad, am, asec, lat = _dms(r, 43.2812)
    od, om, osec, lon = _dms(r, 76.8021)
    name = g("Завод многослойных печатных плат", "Көп қабатты баспа платалары зауыты")
    baths = round(r.uniform(38, 56), 1)
    doc.h(g("Заявление на получение комплексного экологического разрешения. Раздел 1. Общие сведения",
            "Кешенді экологиялық рұқсат алуға өтініш. 1-бөлім. Жалпы мәліметтер"))
    doc.p(g(f"Заявитель – {operator}, участник специальной экономической зоны «Парк инновационных технологий». Разрешение испрашивается "
            "на период 2026–2035 годов.",
            f"Өтініш беруші – {operator}, «Инновациялық технологиялар паркі» арнайы экономикалық аймағының қатысушысы. Рұқсат "
            "2026–2035 жылдар кезеңіне сұралады."))
    rows, merges = [], []
    _span(rows, merges, g("1.1. Сведения об операторе", "1.1. Оператор туралы мәліметтер"), 4)
    rows += [
        [g("Наименование", "Атауы"), operator, g("БИН", "БСН"), bin_],
        [g("Юридический адрес", "Заңды мекенжайы"), op[2 + L], g("Телефон", "Телефон"), _phone(r, "727")],
        [g("Первый руководитель", "Бірінші басшы"), op[4 + L], g("Свидетельство участника СЭЗ", "АЭА қатысушысының куәлігі"),
         g(f"№ {r.randint(40, 190):04d} от {r.randint(1, 28):02d}.0{r.randint(1, 9)}.2021", f"2021 ж. {r.randint(1, 28):02d}.0{r.randint(1, 9)}. № {r.randint(40, 190):04d}")],
    ]
    _span(rows, merges, g("1.2. Сведения об объекте", "1.2. Объект туралы мәліметтер"), 4)
    rows += [
        [g("Наименование объекта", "Объектінің атауы"), name, g("Категория объекта", "Объектінің санаты"), "I"],
        [g("Основание отнесения к категории", "Санатқа жатқызу негізі"),
         g(f"раздел 1 приложения 2 к Экологическому кодексу РК: химическая и электролитическая обработка поверхностей, объем ванн {num(baths, 'ru')} м³ (более 30 м³)",
           f"ҚР Экология кодексінің 2-қосымшасының 1-бөлімі: беттерді химиялық және электролиттік өңдеу, ванналар көлемі {num(baths, 'kk')} м³ (30 м³-ден астам)"),
         g("Режим работы", "Жұмыс режимі"), g("3 смены, 350 сут/год", "3 ауысым, жылына 350 тәулік")],
        [g("Вид деятельности по ОКЭД", "ЭҚЖЖ бойынша қызмет түрі"), g("26120 – Производство электронных плат", "26120 – Электрондық платалар өндірісі"),
         g("Код КАТО", "ҚАТО коды"), kato],
        [g("Местонахождение", "Орналасқан жері"),
         g(f"г. Алматы, Алатауский район, СЭЗ «ПИТ», ул. Индустриальная, {r.randint(2, 40)}", f"Алматы қ., Алатау ауданы, «ИТП» АЭА, Индустриялық к-сі, {r.randint(2, 40)}"),
         g("Площадь участка, га", "Учаске ауданы, га"), num(round(r.uniform(3.2, 5.8), 1), doc.lang)],
        [g("Широта", "Ендік"), _dms_text(ad, am, asec, g("с.ш.", "с.е.")), g("Долгота", "Бойлық"), _dms_text(od, om, osec, g("в.д.", "ш.б."))],
        [g("Проектная мощность", "Жобалық қуаты"), g(f"{num(r.choice((90, 120, 150)) * 1000, 'ru')} м² плат в год (4–12 слоев)",
                                                     f"жылына {num(r.choice((90, 120, 150)) * 1000, 'kk')} м² плата (4–12 қабат)"),
         g("Численность персонала, чел.", "Персонал саны, адам"), str(r.randint(280, 460))],
    ]
    doc.table(None, rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": g("печатных плат", "баспа платалары"), "kato": kato, "oked": "26120", "category": "I",
                           "lat": lat, "lon": lon})
    reagents = (("Кислота соляная 32 %", "Тұз қышқылы 32 %", "7647-01-0", (140, 220)), ("Кислота серная 96 %", "Күкірт қышқылы 96 %", "7664-93-9", (60, 110)),
                ("Меди (II) хлорид, раствор", "Мыс (II) хлориді, ерітінді", "7447-39-4", (25, 60)), ("Аммиак водный 25 %", "Сулы аммиак 25 %", "1336-21-6", (30, 70)),
                ("Формалин 37 %", "Формалин 37 %", "50-00-0", (4, 12)))  # fmt: skip
    out = [g(["Реагент", "№ CAS", "Расход, т/год", "Место хранения"], ["Реагент", "CAS №", "Шығыны, т/жыл", "Сақтау орны"])]
    for ru, kk, cas, (lo, hi) in reagents:
        out.append([g(ru, kk), cas, num(r.randint(lo, hi), doc.lang), g("склад кислот и щелочей, корпус 3", "қышқылдар мен сілтілер қоймасы, 3-корпус")])
    doc.table(g("Основные химические реагенты", "Негізгі химиялық реагенттер"), out, role="other")


VN_PCB = (
    ("Công ty TNHH Mạch In Điện Tử Hải An", "Hải An", "Lô CN-07, Khu công nghiệp VSIP Hải Phòng, xã Thủy Nguyên, thành phố Hải Phòng", 20.9421, 106.6993),
    ("Công ty TNHH Công nghệ Bảng mạch Đông Hải", "Đông Hải", "Lô E3, Khu công nghiệp Đình Vũ, phường Đông Hải, thành phố Hải Phòng", 20.8384, 106.7712),
)


def _facility_kd1_vi(doc: Doc) -> None:
    r = doc.rng
    company, key, place, blat, blon = doc.pick(VN_PCB)
    msdn = make_msdn(r)
    ad, am, asec, lat = _dms(r, blat, 0.003)
    od, om, osec, lon = _dms(r, blon, 0.003)
    project = f"{r.randint(2, 9)}{r.randint(10**8, 10**9 - 1)}"
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG CỦA CƠ SỞ “NHÀ MÁY SẢN XUẤT BẢNG MẠCH IN {key.upper()}”")
    doc.h("Chương I. THÔNG TIN CHUNG VỀ CƠ SỞ")
    rows = [["Hạng mục", "Thông tin", "Căn cứ, ghi chú"],
            ["Tên chủ cơ sở", company, f"Giấy chứng nhận đăng ký đầu tư, mã số dự án {project}, chứng nhận lần đầu ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2018"],
            ["Mã số doanh nghiệp", msdn, f"Đăng ký thay đổi lần thứ {r.randint(3, 9)} ngày {r.randint(1, 28):02d}/0{r.randint(1, 9)}/2024"],
            ["Người đại diện", f"Ông {doc.pick(('Chen Wei-Ming', 'Kim Dong-Hyun', 'Lin Chih-Hao'))} – Tổng Giám đốc", f"Điện thoại: 0225 {r.randint(3500, 3999)} {r.randint(100, 999)}"],
            ["Tên cơ sở", f"Nhà máy sản xuất bảng mạch in {key}", "Bảng mạch in nhiều lớp (HDI) cho điện thoại, thiết bị mạng"],
            ["Địa điểm", place, f"Hợp đồng thuê lại đất số {r.randint(10, 99)}/2018/HĐTLĐ; diện tích {num(round(r.uniform(4.5, 9.5), 2), 'vi')} ha"],
            ["Tọa độ (WGS-84)", f"{_dms_text(ad, am, asec, 'vĩ độ Bắc', chr(39) + chr(34))}; {_dms_text(od, om, osec, 'kinh độ Đông', chr(39) + chr(34))}", "Tâm khu đất"],
            ["Quy mô, công suất", f"{num(r.choice((600, 750, 900)) * 1000, 'vi')} m² sản phẩm/năm", "Theo Giấy chứng nhận đăng ký đầu tư"],
            ["Phân loại theo Luật BVMT", "Nhóm I", "Loại hình có nguy cơ gây ô nhiễm môi trường (Phụ lục II Nghị định số 08/2022/NĐ-CP), công suất lớn"],
            ["Hồ sơ môi trường đã có", f"Quyết định phê duyệt ĐTM số {r.randint(100, 999)}/QĐ-BTNMT ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2019", "Bộ Tài nguyên và Môi trường"]]  # fmt: skip
    doc.table("Bảng 1.1. Thông tin chung về chủ cơ sở và cơ sở", rows, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": key, "category": "I", "lat": lat, "lon": lon})
    doc.table("Bảng 1.3. Nhu cầu hóa chất chính", [
        ["TT", "Tên hóa chất", "Số CAS", "Khối lượng (tấn/năm)"],
        ["1", "Axit clohydric (HCl 32%)", "7647-01-0", num(r.randint(300, 520), "vi")],
        ["2", "Dung dịch ăn mòn đồng (CuCl2)", "7447-39-4", num(r.randint(150, 260), "vi")],
        ["3", "Natri hydroxit (NaOH 45%)", "1310-73-2", num(r.randint(200, 380), "vi")],
        ["4", "Mực phủ hàn (solder mask)", "-", num(r.randint(40, 90), "vi")],
    ], role="other")
    maybe_distractor(doc, 0.3)


CTP_OPERATORS = (
    ("ТОО «Управляющая компания индустриальной зоны «Оңтүстік»", "«Оңтүстік» индустриялық аймағының басқарушы компаниясы» ЖШС", "Оңтүстік"),
    ("ТОО «Шымкент Индастриал Сервис»", "«Шымкент Индастриал Сервис» ЖШС", "Шымкент Индастриал"),
)


def facility_kd2(doc: Doc) -> None:
    """A technical passport of the industrial zone's central waste water treatment plant (ЦОС) in Shymkent, run by the
    zone's managing company: `Раздел | Параметр | Значение` with the section's name merged DOWN its rows instead of a row
    across the table; the centre of the plant in decimal degrees beside the outfall's coordinates in degrees and minutes (a
    look-alike of the site's), the design and actual flows, the BIN of the zone's owner (the akimat's company, no facility of
    this document) as a look-alike; the tenants connected to the sewers, named without BINs, in a table of no role (VI: a
    park operator's central WWTP in Bắc Ninh, two modules, the outfall in VN-2000 metres, the park's area and occupancy)."""
    if doc.lang == "vi":
        _facility_kd2_vi(doc)
        return
    r, L, g = doc.rng, _L(doc), _rk(doc)
    op = doc.pick(CTP_OPERATORS)
    bin_, owner_bin, kato = make_bin(r), make_bin(r), _kato(r, "79")
    lat, lon = round(42.3718 + r.uniform(-0.003, 0.003), 5), round(69.6537 + r.uniform(-0.003, 0.003), 5)
    od, om, osec, _ = _dms(r, lat - 0.006, 0.001)
    ed, em, esec, _ = _dms(r, lon + 0.004, 0.001)
    design = r.choice((12, 15, 18)) * 1000
    doc.h(g("Технический паспорт централизованных очистных сооружений", "Орталықтандырылған тазарту құрылыстарының техникалық паспорты"))
    doc.p(g(f"Составлен {op[L]} по состоянию на 01.01.2026 для представления в Департамент экологии по городу Шымкент.",
            f"{op[L]} 01.01.2026 жағдай бойынша Шымкент қаласы бойынша Экология департаментіне ұсыну үшін жасады."))
    blocks = [
        (g("Эксплуатирующая организация", "Пайдаланушы ұйым"), [
            (g("Наименование", "Атауы"), op[L]),
            (g("БИН", "БСН"), bin_),
            (g("Собственник имущества (доверительное управление)", "Мүлік иесі (сенімгерлік басқару)"),
             g(f"ТОО «СПК Шымкент», БИН {owner_bin}", f"«Шымкент ӘКК» ЖШС, БСН {owner_bin}")),
            (g("Диспетчер, круглосуточно", "Диспетчер, тәулік бойы"), _phone(r, "7252"))]),
        (g("Объект", "Объект"), [
            (g("Наименование", "Атауы"), g(f"Централизованные очистные сооружения индустриальной зоны «{op[2]}»",
                                           f"«{op[2]}» индустриялық аймағының орталықтандырылған тазарту құрылыстары")),
            (g("ОКЭД", "ЭҚЖЖ"), g("37000 – Сбор и обработка сточных вод", "37000 – Сарқынды суларды жинау және өңдеу")),
            (g("Категория", "Санаты"), g("II (выпуск очищенных сточных вод в поверхностный водный объект)", "II (тазартылған сарқынды суларды жерүсті су объектісіне шығару)")),
            (g("Адрес", "Мекенжайы"), g("г. Шымкент, Енбекшинский район, индустриальная зона, квартал 214", "Шымкент қ., Еңбекші ауданы, индустриялық аймақ, 214-квартал")),
            (g("Код КАТО", "ҚАТО коды"), kato),
            (g("Координаты площадки (центр), WGS-84", "Алаңның координаттары (ортасы), WGS-84"), f"{num(lat, doc.lang, False)}; {num(lon, doc.lang, False)}")]),
        (g("Технология и мощность", "Технология және қуаты"), [
            (g("Проектная производительность, м³/сут", "Жобалық өнімділігі, м³/тәул"), num(design, doc.lang)),
            (g("Фактический приток 2025 г., м³/сут (среднегодовой)", "2025 ж. нақты ағыны, м³/тәул (орташа жылдық)"), num(round(design * r.uniform(0.45, 0.7), -1), doc.lang)),
            (g("Схема очистки", "Тазарту сұлбасы"), g("решетки – песколовки – усреднитель – реагентная очистка – аэротенки с нитри-денитрификацией – вторичные отстойники – фильтры – УФ",
                                                       "торлар – құм ұстағыштар – орташаландырғыш – реагенттік тазарту – нитри-денитрификациясы бар аэротенктер – екінші реттік тұндырғыштар – сүзгілер – УК"))]),
        (g("Водоотведение", "Су бұру"), [
            (g("Приемник очищенных сточных вод", "Тазартылған сарқынды сулардың қабылдағышы"), g("р. Бадам", "Бадам өзені")),
            (g("Координаты выпуска № 1", "№ 1 шығарылымның координаттары"),
             f"{_dms_text(od, om, osec, g('с.ш.', 'с.е.'))}, {_dms_text(ed, em, esec, g('в.д.', 'ш.б.'))}"),
            (g("Разрешение на специальное водопользование", "Арнайы су пайдалануға рұқсат"), f"KZ{r.randint(10, 99)}VTE{r.randint(10**7, 10**8 - 1)}")]),
    ]
    rows, merges = [[g("Раздел", "Бөлім"), g("Параметр", "Параметр"), g("Значение", "Мәні")]], []
    for section, items in blocks:
        start = len(rows)
        for k, (label, value) in enumerate(items):
            rows.append([section if k == 0 else None, label, value])
        _down(merges, start, len(rows) - 1, (0,))
    doc.table(None, rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": op[2], "kato": kato, "oked": "37000", "category": "II", "lat": lat, "lon": lon})
    tenants = (("ТОО «Алатау Микро»", "Алатау Микро", "сборка электронных модулей", "электрондық модульдерді құрастыру", 180),
               ("ТОО «KazPCB»", "KazPCB", "производство печатных плат", "баспа платаларын өндіру", 950),
               ("ТОО «Оңтүстік Кабель»", "Оңтүстік Кабель", "производство кабельной продукции", "кабель өнімдерін өндіру", 240),
               ("ТОО «SunQazaq Solar»", "SunQazaq Solar", "сборка фотоэлектрических модулей", "фотоэлектрлік модульдерді құрастыру", 120))  # fmt: skip
    out = [g(["Абонент", "Вид деятельности", "Объем по договору, м³/сут", "Локальная очистка"], ["Абонент", "Қызмет түрі", "Шарт бойынша көлемі, м³/тәул", "Жергілікті тазарту"])]
    for ru, kk, a_ru, a_kk, vol in tenants:
        out.append([g(ru, f"«{kk}» ЖШС"), g(a_ru, a_kk), num(vol, doc.lang), g("есть", "бар") if vol > 200 else g("нет", "жоқ")])
    doc.table(g("Абоненты, подключенные к сетям водоотведения зоны", "Аймақтың су бұру желілеріне қосылған абоненттер"), out, role="other")


def _facility_kd2_vi(doc: Doc) -> None:
    r = doc.rng
    msdn = make_msdn(r)
    park = doc.pick(("Tiên Du Bắc", "Quế Sơn Đông"))
    company = f"Công ty Cổ phần Phát triển Hạ tầng KCN {park}"
    lat, lon = round(21.1286 + r.uniform(-0.003, 0.003), 5), round(106.0514 + r.uniform(-0.003, 0.003), 5)
    module = r.choice((4000, 4500, 5000))
    doc.h("GIẤY PHÉP MÔI TRƯỜNG")
    doc.p(f"Điều 1. Cấp phép cho {company} được thực hiện các hoạt động bảo vệ môi trường của Dự án “Đầu tư xây dựng và kinh doanh kết cấu "
          f"hạ tầng Khu công nghiệp {park}” tại tỉnh Bắc Ninh với các nội dung sau:")
    rows = [["TT", "Nội dung", "Thông tin"],
            ["1", "Tên chủ dự án, cơ sở", company],
            ["2", "Mã số doanh nghiệp", msdn],
            ["3", "Tên cơ sở", f"Nhà máy xử lý nước thải tập trung Khu công nghiệp {park}"],
            ["4", "Địa điểm", f"Lô HT-02, Khu công nghiệp {park}, xã Tiên Du, tỉnh Bắc Ninh"],
            ["5", "Tọa độ tâm nhà máy (WGS-84)", f"{num(lat, 'vi', False)}° N; {num(lon, 'vi', False)}° E"],
            ["6", "Quy mô Khu công nghiệp", f"{num(round(r.uniform(250, 420), 2), 'vi')} ha; tỷ lệ lấp đầy {r.randint(62, 91)}%; {r.randint(40, 85)} doanh nghiệp thứ cấp"],
            ["7", "Công suất xử lý nước thải", f"02 modul × {num(module, 'vi')} m³/ngày.đêm (tổng {num(2 * module, 'vi')} m³/ngày.đêm)"],
            ["8", "Vị trí xả thải (VN-2000, KTT 105°30', múi chiếu 3°)", f"X = {num(r.randint(2336000, 2338000), 'vi')}; Y = {num(r.randint(548000, 551000), 'vi')}"],
            ["9", "Nguồn tiếp nhận", "Kênh tiêu Bắc Đuống, đoạn chảy qua xã Tiên Du"],
            ["10", "Phân nhóm", "Nhóm I"]]  # fmt: skip
    doc.table("Phụ lục 1. Thông tin về cơ sở", rows, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": park, "category": "I", "lat": lat, "lon": lon})
    doc.table("Phụ lục 1a. Một số doanh nghiệp thứ cấp đấu nối nước thải", [
        ["TT", "Doanh nghiệp", "Ngành nghề", "Lưu lượng đấu nối (m³/ngày.đêm)"],
        ["1", "Công ty TNHH Linh kiện Điện tử Sao Bắc", "Lắp ráp linh kiện điện tử (SMT)", num(r.randint(300, 600), "vi")],
        ["2", "Công ty TNHH Mạch Dẻo Kinh Bắc", "Sản xuất bảng mạch in dẻo (FPCB)", num(r.randint(1200, 2200), "vi")],
        ["3", "Công ty TNHH Camera Module Việt Hàn", "Sản xuất mô-đun camera", num(r.randint(200, 450), "vi")],
    ], role="other")


# ---------------------------------------------------------------- emissions

# (number, RU, KK, height m, diameter m, cleaning RU, KK, {code: (low, high) g/s})
PCB_SOURCES = (
    ("0001", "Скруббер кислотных выбросов линий травления и предочистки", "Травлеу және алдын ала тазарту желілерінің қышқыл шығарындылары скруббері",
     24, 0.8, "насадочный скруббер, NaOH", "саптамалы скруббер, NaOH", {"0316": (0.02, 0.09), "0349": (0.003, 0.015), "0322": (0.002, 0.01)}),
    ("0002", "Скруббер линии химического и гальванического меднения", "Химиялық және гальваникалық мыстау желісінің скруббері",
     24, 0.63, "насадочный скруббер, H2SO4", "саптамалы скруббер, H2SO4", {"0322": (0.003, 0.012), "1325": (0.001, 0.006), "0303": (0.004, 0.02)}),
    ("0003", "Вытяжка участка паяльной маски и маркировки", "Дәнекерлеу маскасы мен таңбалау учаскесінің сорғышы",
     18, 0.5, "угольный адсорбер", "көмір адсорбері", {"1210": (0.02, 0.08), "0616": (0.01, 0.05), "1401": (0.03, 0.12)}),
    ("0004", "Вытяжка участка горячего лужения (HASL)", "Ыстықтай қалайылау учаскесінің сорғышы (HASL)",
     18, 0.4, "–", "–", {"0168": (0.0005, 0.003), "0316": (0.001, 0.006)}),
    ("0005", "Дымовая труба котельной (природный газ)", "Қазандықтың түтін мұржасы (табиғи газ)",
     21, 0.45, "–", "–", {"0301": (0.05, 0.2), "0304": (0.008, 0.03), "0337": (0.08, 0.3)}),
    ("6001", "Участок сверления и фрезерования заготовок", "Дайындамаларды бұрғылау және фрезерлеу учаскесі",
     None, None, "–", "–", {"2902": (0.002, 0.012)}),
)  # fmt: skip


def emissions_kd1(doc: Doc) -> None:
    """A PCB plant's draft НДВ in two tables: the sources with their type, height and cleaning (a table of sources), then
    the emissions CROSS-TABULATED — substances down the rows with their code and class, the sources across under a
    three-row header (`Источники выбросов` / `0001` / `г/с | т/год`), dashes where a source does not emit the substance, a
    last row of the totals of each source that are no emissions (VI: a semiconductor assembly and test plant in the Saigon
    Hi-Tech Park, its stacks down the rows named by their treatment system and not numbered, the pollutants across as
    `g/s | tấn/năm` pairs, flow and height before them)."""
    if doc.lang == "vi":
        _emissions_kd1_vi(doc)
        return
    r, L, g = doc.rng, _L(doc), _rk(doc)
    op = doc.pick(PCB_OPERATORS)[L]
    hours = 8400
    doc.h(g(f"Проект нормативов допустимых выбросов {op} (завод многослойных печатных плат)",
            f"{op} (көп қабатты баспа платалары зауыты) жол берілетін шығарындылар нормативтерінің жобасы"))
    doc.p(g(f"Режим работы – {num(hours, 'ru')} ч/год. Источники 0001–0005 оборудованы пробоотборными площадками; источник 6001 – "
            "неорганизованный (выброс через аэрационные фонари корпуса 2).",
            f"Жұмыс режимі – жылына {num(hours, 'kk')} сағ. 0001–0005 көздері сынама алу алаңдарымен жабдықталған; 6001 көзі – "
            "ұйымдастырылмаған (2-корпустың аэрациялық шамдары арқылы шығарынды)."))
    rows = [g(["№ ИЗА", "Наименование источника", "Тип", "Высота, м", "Диаметр устья, м", "Газоочистка"],
              ["ЛШК №", "Көздің атауы", "Түрі", "Биіктігі, м", "Сағасының диаметрі, м", "Газ тазарту"])]
    for number, s_ru, s_kk, h, d, c_ru, c_kk, _ in PCB_SOURCES:
        kind = g("организованный", "ұйымдастырылған") if h else g("неорганизованный", "ұйымдастырылмаған")
        rows.append([number, g(s_ru, s_kk), kind, num(h, doc.lang) if h else "–", num(d, doc.lang) if d else "–", g(c_ru, c_kk)])
    doc.table(g("Таблица 2.1 – Источники выбросов", "2.1-кесте – Шығарынды көздері"), rows, role="sources")
    doc.add("sources", *({"number": s[0], "type": _type(s[0])} for s in PCB_SOURCES))
    n = len(PCB_SOURCES)
    width = 3 + 2 * n
    rows = [g(["Код ЗВ", "Наименование загрязняющего вещества", "Класс опасности"], ["ЛЗ коды", "Ластаушы заттың атауы", "Қауіптілік сыныбы"])
            + [g("Источники выбросов", "Шығарынды көздері")] + [None] * (2 * n - 1),
            [None, None, None] + [x for s in PCB_SOURCES for x in (s[0], None)],
            [None, None, None] + g(["г/с", "т/год"], ["г/с", "т/жыл"]) * n]
    merges = [(0, c, 2, c) for c in range(3)] + [(0, 3, 0, width - 1)] + [(1, 3 + 2 * k, 1, 4 + 2 * k) for k in range(n)]
    figures = {}
    for number, *_, codes in PCB_SOURCES:
        for c, (lo, hi) in codes.items():
            gs = _sig(r.uniform(lo, hi), 3)
            ty = _sig(gs * 3600 * hours * r.uniform(0.7, 0.95) / 1e6, 3)
            figures[(number, c)] = (gs, ty)
    codes_all = sorted({c for *_, codes in PCB_SOURCES for c in codes})
    for c in codes_all:
        line = [c, _air(doc, c), str(_cls(c))]
        for s in PCB_SOURCES:
            if (s[0], c) in figures:
                gs, ty = figures[(s[0], c)]
                line += [num(gs, doc.lang), num(ty, doc.lang)]
                doc.add("emissions", emission(c, gs, ty, s[0], _cls(c)))
            else:
                line += ["–", "–"]
        rows.append(line)
    total = [g("Всего по источнику", "Көз бойынша барлығы"), None, None]
    for s in PCB_SOURCES:
        vals = [v for (num_, _), v in figures.items() if num_ == s[0]]
        total += [num(round(sum(v[0] for v in vals), 6), doc.lang), num(round(sum(v[1] for v in vals), 6), doc.lang)]
    rows.append(total)
    merges.append((len(rows) - 1, 0, len(rows) - 1, 2))
    doc.table(g("Таблица 2.2 – Нормативы выбросов по источникам на 2026–2035 годы", "2.2-кесте – 2026–2035 жылдарға арналған көздер бойынша шығарындылар нормативтері"),
              rows, merges, role="emissions")
    maybe_distractor(doc)


# (VI stack, flow m3/h, height m, {code: (low, high) g/s})
VN_OSAT_STACKS = (
    ("Ống thải tháp hấp thụ khí axit số 1 (khu mạ, khắc)", 18000, 25, {"0316": (0.01, 0.05), "0342": (0.002, 0.01), "0322": (0.003, 0.015)}),
    ("Ống thải tháp hấp thụ khí axit số 2 (khu làm sạch)", 15000, 25, {"0316": (0.008, 0.04), "0342": (0.003, 0.012)}),
    ("Ống thải tháp hấp thụ khí kiềm", 9000, 20, {"0303": (0.01, 0.05)}),
    ("Ống thải hệ thống hấp phụ hơi dung môi (than hoạt tính)", 24000, 22, {"1051": (0.05, 0.25), "1401": (0.04, 0.2)}),
)
VN_OSAT_PARAMS = ("0316", "0342", "0322", "0303", "1051", "1401")
VN_OSAT = (("Công ty TNHH Bán dẫn Sao Việt", "Sao Việt"), ("Công ty TNHH Kiểm định Vi mạch Tân Phú", "Tân Phú"))


def _emissions_kd1_vi(doc: Doc) -> None:
    r = doc.rng
    company, _ = doc.pick(VN_OSAT)
    hours = 8400
    doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – {company.upper()}")
    doc.h("3. Kết quả tính toán tải lượng khí thải")
    doc.p(f"Nhà máy lắp ráp, kiểm định vi mạch tại Lô I-{r.randint(2, 9)}, Khu Công nghệ cao, phường Tăng Nhơn Phú, TP. Hồ Chí Minh; thời gian "
          f"vận hành {num(hours, 'vi')} giờ/năm. Tải lượng tính từ kết quả quan trắc định kỳ 04 đợt và lưu lượng thực tế.")
    head0 = ["Nguồn thải", "Lưu lượng (m³/h)", "Chiều cao (m)"]
    head1 = [None, None, None]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2)]
    for k, c in enumerate(VN_OSAT_PARAMS):
        head0 += [_air(doc, c), None]
        head1 += ["g/s", "tấn/năm"]
        merges.append((0, 3 + 2 * k, 0, 4 + 2 * k))
    rows = [head0, head1]
    for name, flow, height, codes in VN_OSAT_STACKS:
        line = [name, num(flow, "vi"), num(height, "vi")]
        for c in VN_OSAT_PARAMS:
            if c not in codes:
                line += ["-", "-"]
                continue
            lo, hi = codes[c]
            gs = _sig(r.uniform(lo, hi), 3)
            ty = _sig(gs * 3600 * hours / 1e6, 3)
            line += [num(gs, "vi"), num(ty, "vi")]
            doc.add("emissions", emission(c, gs, ty))
        rows.append(line)
    doc.table("Bảng 3.2. Tải lượng các chất ô nhiễm trong khí thải sau xử lý", rows, merges, role="emissions")
    doc.p("Ghi chú: “-”: không phát sinh hoặc không quan trắc thông số tại ống thải.")
    maybe_distractor(doc)


# ((RU shop, KK shop), [(number, RU, KK, hours, height, diameter, speed, temperature, x, y, {code: (low, high) g/s})])
ASSEMBLY_SHOPS = (
    (("Цех поверхностного монтажа (SMT)", "Беттік монтаж цехы (SMT)"), [
        ("0001", "Печи конвекционного оплавления (3 линии)", "Конвекциялық балқыту пештері (3 желі)", 6600, 16, 0.5, 7.4, 38, 112, 240,
         {"0168": (0.0003, 0.0015), "1051": (0.01, 0.04)}),
        ("0002", "Установка селективной пайки волной", "Толқынмен таңдамалы дәнекерлеу қондырғысы", 6600, 16, 0.4, 6.1, 42, 118, 262,
         {"0168": (0.0004, 0.002), "1051": (0.005, 0.02)}),
        ("0003", "Участок отмывки плат", "Платаларды жуу учаскесі", 4200, 14, 0.3, 5.2, 24, 131, 255, {"1051": (0.02, 0.08)})]),
    (("Участок влагозащитного покрытия", "Ылғалдан қорғау жабыны учаскесі"), [
        ("0004", "Камера лакировки модулей", "Модульдерді лактау камерасы", 3800, 15, 0.45, 8.3, 22, 164, 231,
         {"0616": (0.01, 0.05), "1210": (0.01, 0.04), "0621": (0.005, 0.03)})]),
    (("Котельная", "Қазандық"), [
        ("0005", "Дымовая труба газовых котлов", "Газ қазандықтарының түтін мұржасы", 5000, 18, 0.35, 4.6, 140, 205, 198,
         {"0301": (0.04, 0.15), "0304": (0.006, 0.025), "0337": (0.06, 0.25)})]),
    (("Участок сборки светильников", "Шамдарды құрастыру учаскесі"), [
        ("6001", "Посты ручной пайки", "Қолмен дәнекерлеу посттары", 2000, 2, None, None, None, 92, 301, {"0168": (0.0001, 0.0006)})]),
)  # fmt: skip


def emissions_kd2(doc: Doc) -> None:
    """An electronics-assembly and LED-luminaire plant's table «Параметры выбросов загрязняющих веществ» as the software of
    the trade prints it: seventeen columns — shop, source of release, hours a year, the source's number, height, mouth
    diameter, the gas's speed, volume and temperature under a merged header, the X1/Y1 map coordinates in metres, the code
    and name, `г/с | мг/нм³ | т/год` under a merged header, the year the НДВ is reached — a row of column numbers, the shop
    merged down its sources and each source's parameters merged down its substances; no hazard class anywhere, the mg/nm³
    and the coordinates as look-alikes (VI: a chip plant's EIA with the construction and the operation periods as sections,
    emission factors and kg per day beside the g/s, no tonnes)."""
    if doc.lang == "vi":
        _emissions_kd2_vi(doc)
        return
    r, L, g = doc.rng, _L(doc), _rk(doc)
    op = doc.pick((("ТОО «Астана Электроник Ассембли»", "«Астана Электроник Ассембли» ЖШС"), ("ТОО «Qazaq LED Systems»", "«Qazaq LED Systems» ЖШС")))[L]
    doc.h(g(f"{op}. Завод электронных модулей и светодиодных светильников, Индустриальный парк № 1, г. Астана",
            f"{op}. Электрондық модульдер мен жарықдиодты шамдар зауыты, № 1 Индустриялық парк, Астана қ."))
    doc.p(g("Раздел 3. Характеристика предприятия как источника загрязнения атмосферы. Расчеты выполнены по программному комплексу «ЭРА» v3.0.",
            "3-бөлім. Кәсіпорынның атмосфераны ластау көзі ретіндегі сипаттамасы. Есептер «ЭРА» v3.0 бағдарламалық кешені бойынша орындалды."))
    head0 = g(["Цех, участок", "Источник выделения", "Число часов работы в году", "Номер источника на карте-схеме", "Высота источника, м",
               "Диаметр устья, м", "Параметры газовоздушной смеси на выходе", None, None, "Координаты на карте-схеме, м", None,
               "Код вещества", "Наименование вещества", "Выбросы загрязняющего вещества", None, None, "Год достижения НДВ"],
              ["Цех, учаске", "Бөліну көзі", "Жылына жұмыс сағаттарының саны", "Карта-сызбадағы көздің нөмірі", "Көздің биіктігі, м",
               "Сағасының диаметрі, м", "Шығудағы газ-ауа қоспасының параметрлері", None, None, "Карта-сызбадағы координаттар, м", None,
               "Заттың коды", "Заттың атауы", "Ластаушы заттың шығарындылары", None, None, "ЖШН қол жеткізу жылы"])
    head1 = [None] * 6 + g(["скорость, м/с", "объем, м³/с", "температура, °С"], ["жылдамдығы, м/с", "көлемі, м³/с", "температурасы, °С"]) + ["X1", "Y1", None, None] \
        + g(["г/с", "мг/нм³", "т/год"], ["г/с", "мг/нм³", "т/жыл"]) + [None]
    rows = [head0, head1, [str(k) for k in range(1, 18)]]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 4, 5, 11, 12, 16)] + [(0, 6, 0, 8), (0, 9, 0, 10), (0, 13, 0, 15)]
    numbers = []
    for (sh_ru, sh_kk), sources in ASSEMBLY_SHOPS:
        shop_start = len(rows)
        for number, s_ru, s_kk, hours, h, d, w, t, x, y, codes in sources:
            start = len(rows)
            vol = round(3.14159 * d * d / 4 * w, 3) if d else None
            for j, (c, (lo, hi)) in enumerate(codes.items()):
                gs = _sig(r.uniform(lo, hi), 3)
                ty = _sig(gs * 3600 * hours * r.uniform(0.75, 0.95) / 1e6, 3)
                mg = num(_sig(gs / vol * 1000, 3), doc.lang) if vol else "–"
                lead = [g(sh_ru, sh_kk) if len(rows) == shop_start else None, g(s_ru, s_kk), num(hours, doc.lang), number, num(h, doc.lang),
                        num(d, doc.lang) if d else "–", num(w, doc.lang) if w else "–", num(vol, doc.lang) if vol else "–",
                        num(t, doc.lang) if t else "–", num(x, doc.lang), num(y, doc.lang)]
                if j:
                    lead = [None] * 11
                rows.append(lead + [c, _air(doc, c), num(gs, doc.lang), mg, num(ty, doc.lang), "2026"])
                doc.add("emissions", emission(c, gs, ty, number))
            _down(merges, start, len(rows) - 1, range(1, 11))
            numbers.append(number)
        _down(merges, shop_start, len(rows) - 1, (0,))
    doc.table(g("Таблица 3.3 – Параметры выбросов загрязняющих веществ в атмосферу для расчета НДВ",
                "3.3-кесте – ЖШН есептеу үшін атмосфераға ластаушы заттар шығарындыларының параметрлері"), rows, merges, role="emissions")
    doc.add("sources", *({"number": n, "type": _type(n)} for n in numbers))
    doc.p(g("Примечание: для неорганизованного источника 6001 приведены координаты центра участка; концентрации не определяются.",
            "Ескерту: 6001 ұйымдастырылмаған көзі үшін учаске ортасының координаттары келтірілген; концентрациялар анықталмайды."))
    maybe_distractor(doc)


# (period, hours a day, [(VI source, [(code, factor text, (low, high) kg/day)])])
VN_EIA = (
    ("construction", 8, [
        ("Đào đắp, san nền (khối lượng 126.000 m³)", [("2902", "0,0134 kg/m³", (40, 110))]),
        ("Phương tiện vận chuyển, máy thi công đốt dầu DO", [("2902", "0,9 g/km", (1.5, 4)), ("0330", "2,16 g/km", (0.5, 1.8)),
                                                           ("0301", "14,4 g/km", (8, 20)), ("0337", "2,9 g/km", (3, 8))]),
        ("Hàn kết cấu thép nhà xưởng", [("0123", "766,3 mg/que hàn", (0.4, 1.2)), ("0143", "8,2 mg/que hàn", (0.005, 0.02))])]),
    ("operation", 24, [
        ("Ống thải tháp hấp thụ khí axit", [("0316", "-", (1.5, 5)), ("0342", "-", (0.3, 1.2))]),
        ("Ống thải hệ thống xử lý hơi dung môi", [("1051", "-", (6, 18)), ("1401", "-", (4, 14))]),
        ("Máy phát điện dự phòng 2.500 kVA (dầu DO, 0,05% S)", [("2902", "0,71 kg/tấn dầu", (0.2, 0.6)), ("0330", "20 × S kg/tấn dầu", (0.1, 0.3)),
                                                               ("0301", "9,62 kg/tấn dầu", (2, 6)), ("0337", "2,19 kg/tấn dầu", (0.5, 1.5))])]),
)  # fmt: skip


def _emissions_kd2_vi(doc: Doc) -> None:
    r = doc.rng
    company, _ = doc.pick(VN_OSAT)
    doc.h(f"BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG DỰ ÁN “NHÀ MÁY ĐÓNG GÓI VÀ KIỂM ĐỊNH CHIP BÁN DẪN GIAI ĐOẠN 2” – {company.upper()}")
    doc.h("Chương 3. Đánh giá, dự báo tác động môi trường")
    doc.p("Hệ số phát thải theo WHO (1993) và AP-42 của US EPA. Giai đoạn thi công làm việc 8 giờ/ngày; giai đoạn vận hành 24 giờ/ngày.")
    rows = [["TT", "Nguồn phát sinh", "Chất ô nhiễm", "Hệ số phát thải", "Tải lượng (kg/ngày)", "Tải lượng (g/s)"]]
    merges = []
    n = 0
    for period, hours, sources in VN_EIA:
        _span(rows, merges, "A. GIAI ĐOẠN THI CÔNG XÂY DỰNG" if period == "construction" else "B. GIAI ĐOẠN VẬN HÀNH", 6)
        for name, items in sources:
            n += 1
            start = len(rows)
            for j, (c, factor, (lo, hi)) in enumerate(items):
                kg = _sig(r.uniform(lo, hi), 3)
                gs = _sig(kg * 1000 / (hours * 3600), 3)
                rows.append([str(n) if j == 0 else None, name if j == 0 else None, _air(doc, c), factor, num(kg, "vi"), num(gs, "vi")])
                doc.add("emissions", emission(c, gs, None, None, None, period))
            _down(merges, start, len(rows) - 1, (0, 1))
    doc.table("Bảng 3.4. Tải lượng các chất ô nhiễm không khí theo giai đoạn của dự án", rows, merges, role="emissions")
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes


def _pcb_waste_calc(doc: Doc, area: int, staff: int) -> list[tuple[str, str, float, str]]:
    """(code, name, tonnes, calculation as written) of a PCB plant's wastes; the calculations are full of look-alike figures."""
    r, g, n = doc.rng, _rk(doc), (lambda x: num(x, doc.lang))
    out = []
    v = round(r.uniform(2.5, 4.0), 1)
    out.append(("11 01 05*", g("Отработанный кислый травильный раствор (хлорид меди)", "Пайдаланылған қышқыл травлеу ерітіндісі (мыс хлориді)"),
                round(v * 350 * 1.28, 1), f"V = {n(v)} м³/{g('сут', 'тәул')} × 350 {g('сут', 'тәул')} × 1,28 т/м³"))
    v = round(r.uniform(0.8, 1.6), 1)
    out.append(("11 01 07*", g("Отработанный щелочной (аммиачный) травильный раствор", "Пайдаланылған сілтілі (аммиакты) травлеу ерітіндісі"),
                round(v * 350 * 1.2, 1), f"V = {n(v)} м³/{g('сут', 'тәул')} × 350 {g('сут', 'тәул')} × 1,2 т/м³"))
    q = round(r.uniform(0.6, 1.2), 2)
    out.append(("11 01 11*", g("Отработанные растворы проявления и снятия фоторезиста", "Фоторезисті айқындау және алу үшін пайдаланылған ерітінділер"),
                round(area * q / 1000, 1), f"M = {n(area)} м² × {n(q)} {g('кг/м²', 'кг/м²')} × 10⁻³"))
    flow, c = r.choice((1450, 1850, 2200)), round(r.uniform(0.08, 0.16), 2)
    out.append(("11 01 09*", g("Шлам станции нейтрализации (гидроксиды меди и никеля), влажность 70 %", "Бейтараптандыру станциясының шламы (мыс пен никель гидроксидтері), ылғалдылығы 70 %"),
                round(flow * 350 * c / 1000 / 0.3, 1), f"M = {n(flow)} м³/{g('сут', 'тәул')} × 350 × {n(c)} кг/м³ × 10⁻³ / (1 − 0,7)"))
    vol = round(r.uniform(1.8, 3.2), 1)
    out.append(("11 01 16*", g("Отработанные ионообменные смолы", "Пайдаланылған ион алмастырғыш шайырлар"),
                round(vol * 0.75 / 2, 3), f"M = {n(vol)} м³ × 0,75 т/м³ / 2 {g('года', 'жыл')}"))
    pcs = r.randint(300, 520)
    out.append(("15 02 02*", g("Отработанные фильтрующие картриджи и угольный сорбент", "Пайдаланылған сүзгі картридждері мен көмір сорбенті"),
                round(pcs * 1.8 / 1000 + 2.5, 3), f"M = {pcs} {g('шт.', 'дана')} × 1,8 кг × 10⁻³ + 2,5 т"))
    pcs = r.randint(2800, 4200)
    out.append(("15 01 10*", g("Тара из-под химических реагентов (канистры, бочки ПЭ)", "Химиялық реагенттер ыдысы (канистрлер, ПЭ бөшкелер)"),
                round(pcs * 2.2 / 1000, 3), f"M = {n(pcs)} {g('шт.', 'дана')} × 2,2 кг × 10⁻³"))
    pcs = r.randint(420, 760)
    out.append(("20 01 21*", g("Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар"),
                round(pcs * 0.21 / 1000, 4), f"M = {pcs} {g('шт.', 'дана')} × 0,21 кг × 10⁻³"))
    q = round(r.uniform(0.08, 0.15), 2)
    out.append(("12 01 03", g("Обрезь медной фольги и медная стружка", "Мыс фольгасының кесінділері мен мыс жоңқасы"),
                round(area * q / 1000, 1), f"M = {n(area)} м² × {n(q)} кг/м² × 10⁻³"))
    q = round(r.uniform(0.25, 0.45), 2)
    out.append(("12 01 05", g("Пыль и стружка стеклотекстолита (сверление, фрезерование)", "Шыны текстолиттің шаңы мен жоңқасы (бұрғылау, фрезерлеу)"),
                round(area * q / 1000, 1), f"M = {n(area)} м² × {n(q)} кг/м² × 10⁻³"))
    out.append(("20 03 01", g("Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар"), round(staff * 0.075, 1),
                f"M = {staff} {g('чел.', 'адам')} × 0,075 т/{g('чел.', 'адам')}"))
    return out


def wastes_kd1(doc: Doc) -> None:
    """A PCB plant's calculation of the norms of waste generation: `№ | код | наименование | расчет | количество | обращение`
    with the units in a row of their own under the header (`т/год`), the hazardous and the non-hazardous wastes under spanning
    section rows, each with its subtotal, and the grand total last; the calculation column full of look-alike figures (flows,
    days, densities, the boards' area, pieces and kilograms); six codes of chapter 11 (VI: a PCB factory's GPMT list of
    hazardous and ordinary solid wastes in tonnes a year, VN-CTNH codes of acids, salts of heavy metals and the WWTP's sludge,
    the state and a frequency of handing over as look-alikes, subtotals of each group)."""
    if doc.lang == "vi":
        _wastes_kd1_vi(doc)
        return
    r, L, g = doc.rng, _L(doc), _rk(doc)
    op = doc.pick(PCB_OPERATORS)[L]
    area, staff = r.choice((90, 120, 150)) * 1000, r.randint(280, 460)
    items = _pcb_waste_calc(doc, area, staff)
    doc.h(g(f"Программа управления отходами {op}. Раздел 4. Расчет нормативов образования отходов",
            f"{op} қалдықтарды басқару бағдарламасы. 4-бөлім. Қалдықтардың түзілу нормативтерін есептеу"))
    doc.p(g(f"Исходные данные: выпуск печатных плат – {num(area, 'ru')} м²/год, численность персонала – {staff} чел., 350 рабочих суток в году. "
            "Удельные нормативы приняты по паспортам технологических линий и фактическим данным 2023–2025 гг.",
            f"Бастапқы деректер: баспа платаларын шығару – жылына {num(area, 'kk')} м², персонал саны – {staff} адам, жылына 350 жұмыс тәулігі. "
            "Үлестік нормативтер технологиялық желілердің паспорттары мен 2023–2025 жж. нақты деректері бойынша қабылданды."))
    rows = [g(["№", "Код отхода", "Наименование отхода", "Исходные данные и расчет", "Норматив образования", "Обращение"],
              ["№", "Қалдық коды", "Қалдықтың атауы", "Бастапқы деректер және есеп", "Түзілу нормативі", "Қалдықпен жұмыс"]),
            ["", "", "", "", g("т/год", "т/жыл"), ""]]
    merges = []
    k, grand = 0, 0.0
    for hazardous in (True, False):
        _span(rows, merges, g("Опасные отходы", "Қауіпті қалдықтар") if hazardous else g("Неопасные отходы", "Қауіпті емес қалдықтар"), 6)
        sub = 0.0
        for code, name, amount, calc in items:
            if code.endswith("*") != hazardous:
                continue
            k += 1
            sub += amount
            way = g("передача специализированной организации", "мамандандырылған ұйымға беру") if hazardous else \
                g("реализация / вывоз на полигон", "өткізу / полигонға шығару")
            rows.append([str(k), code, name, calc, num(amount, doc.lang), way])
            doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": hazardous, "amount_t": amount, "name_contains": _first(name.split(" (")[0], 3)})
        grand += sub
        rows.append(["", "", g("Итого опасных", "Қауіпті барлығы") if hazardous else g("Итого неопасных", "Қауіпті емес барлығы"), "",
                     num(round(sub, 3), doc.lang), ""])
    rows.append(["", "", g("Всего", "Жиыны"), "", num(round(grand, 3), doc.lang), ""])
    doc.table(g("Таблица 4.1 – Нормативы образования отходов", "4.1-кесте – Қалдықтардың түзілу нормативтері"), rows, merges, role="wastes")
    maybe_distractor(doc)


# (VI name, code or None, state, (low, high) t a year, handing over)
VN_PCB_WASTES = (
    ("Dung dịch ăn mòn đồng thải (chứa CuCl2)", "02 03 02", "Lỏng", (380, 620), "02 lần/tuần"),
    ("Axit thải từ công đoạn làm sạch bề mặt đồng", "02 01 06", "Lỏng", (60, 140), "01 lần/tháng"),
    ("Dung dịch kiềm thải từ công đoạn tách màng khô", "02 02 01", "Lỏng", (90, 180), "01 lần/tháng"),
    ("Bùn thải có thành phần nguy hại từ hệ thống xử lý nước thải", "12 06 05", "Bùn", (220, 480), "01 lần/tuần"),
    ("Than hoạt tính, vật liệu lọc thải", "18 02 01", "Rắn", (8, 25), "03 tháng/lần"),
    ("Bao bì cứng thải bằng nhựa", "18 01 03", "Rắn", (15, 40), "01 lần/tháng"),
    ("Bảng mạch lỗi, linh kiện điện tử thải", "16 01 13", "Rắn", (20, 60), "01 lần/tháng"),
    ("Bóng đèn huỳnh quang thải", "16 01 06", "Rắn", (0.1, 0.4), "06 tháng/lần"),
    ("Dầu động cơ, hộp số và bôi trơn tổng hợp thải", "17 02 03", "Lỏng", (0.5, 2), "06 tháng/lần"),
    ("Ba via, phế liệu tấm nền phủ đồng", None, "Rắn", (120, 260), "Bán phế liệu"),
    ("Bao bì giấy, carton thải", None, "Rắn", (40, 90), "Bán phế liệu"),
    ("Pallet gỗ hư hỏng", None, "Rắn", (10, 30), "Chuyển giao"),
)


def _wastes_kd1_vi(doc: Doc) -> None:
    r = doc.rng
    company, key, *_ = doc.pick(VN_PCB)
    doc.h(f"GIẤY PHÉP MÔI TRƯỜNG – PHỤ LỤC 4. YÊU CẦU VỀ QUẢN LÝ CHẤT THẢI (Nhà máy sản xuất bảng mạch in {key}, {company})")
    doc.p("A. Chủng loại, khối lượng chất thải phát sinh:")
    rows = [["TT", "Tên chất thải", "Mã chất thải", "Trạng thái tồn tại", "Khối lượng (tấn/năm)", "Tần suất chuyển giao"]]
    merges = []
    k = 0
    for hazardous in (True, False):
        _span(rows, merges, "I. Chất thải nguy hại" if hazardous else "II. Chất thải rắn công nghiệp thông thường", 6)
        sub = 0.0
        for name, code, state, (lo, hi), often in VN_PCB_WASTES:
            if (code is not None) != hazardous:
                continue
            k += 1
            t = round(r.uniform(lo, hi), 1) if hi >= 2 else round(r.uniform(lo, hi), 2)
            sub += t
            rows.append([str(k), name, code or "-", state, num(t, "vi"), often])
            if code:
                doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": t, "name_contains": _first(name, 4)})
            else:
                doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": _first(name, 3)})
        rows.append(["", "Tổng cộng (I)" if hazardous else "Tổng cộng (II)", "", "", num(round(sub, 2), "vi"), ""])
    doc.table("Bảng 4.1. Khối lượng chất thải phát sinh thường xuyên", rows, merges, role="wastes")
    doc.p("B. Chủ cơ sở phải lưu giữ chất thải nguy hại trong kho có mái che, gờ chống tràn và biển cảnh báo theo quy định tại Thông tư số "
          "02/2022/TT-BTNMT.")
    maybe_distractor(doc)


def wastes_kd2(doc: Doc) -> None:
    """The central WWTP's balance of sludges: the primary sludge, the excess activated sludge and the thickened mixture in
    cubic metres with their moisture and dry solids, which are stages and no waste (a dash for their code), then the
    dewatered cake `19 08 13*`, the screenings and the grit with their tonnes; the plant's other wastes in a second table with
    the norm of generation (the amount) beside the limit of accumulation and the number of the storage pad as look-alikes
    (VI: a park's central WWTP's log of dewatered sludge by month, the waste's name and code merged down the twelve months,
    the hazardous-waste manifests' numbers and the moisture as look-alikes, the year's total last; its other CTNH in kg)."""
    if doc.lang == "vi":
        _wastes_kd2_vi(doc)
        return
    r, g = doc.rng, _rk(doc)
    op = doc.pick(CTP_OPERATORS)
    flow = r.choice((7, 8, 9, 10)) * 1000
    doc.h(g(f"Отчет по инвентаризации отходов за 2025 год. Централизованные очистные сооружения индустриальной зоны «{op[2]}»",
            f"«{op[2]}» индустриялық аймағының орталықтандырылған тазарту құрылыстары. 2025 жылғы қалдықтарды түгендеу есебі"))
    doc.p(g(f"Оператор – {op[0]}. Среднесуточный приток – {num(flow, 'ru')} м³/сут; сточные воды абонентов – предприятий электроники и "
            "печатных плат – содержат медь, никель и свинец, поэтому обезвоженный осадок отнесен к опасным отходам.",
            f"Оператор – {op[1]}. Орташа тәуліктік ағын – {num(flow, 'kk')} м³/тәул; абоненттердің – электроника және баспа платалары "
            "кәсіпорындарының сарқынды суларында мыс, никель және қорғасын бар, сондықтан сусыздандырылған тұнба қауіпті қалдықтарға жатқызылды."))
    cake = round(r.uniform(1800, 3200), 1)
    dry = cake * 0.22
    stages = (
        (g("Осадок первичных отстойников", "Бірінші реттік тұндырғыштардың тұнбасы"), 0.45 * dry / 0.04, 96, 0.45 * dry, None, None),
        (g("Избыточный активный ил", "Артық белсенді лай"), 0.55 * dry / 0.008, 99.2, 0.55 * dry, None, None),
        (g("Смесь после гравитационного уплотнителя", "Гравитациялық тығыздағыштан кейінгі қоспа"), dry / 0.035, 96.5, dry, None, None),
        (g("Обезвоженный осадок (кек) после ленточного фильтр-пресса", "Таспалы сүзгі-престен кейінгі сусыздандырылған тұнба (кек)"),
         cake / 1.1, 78, dry, cake, "19 08 13*"),
        (g("Отбросы с решеток", "Торлардан алынған қоқыстар"), None, 80, None, round(flow * 365 * r.uniform(0.015, 0.03) / 1000, 1), "19 08 01"),
        (g("Песок из песколовок", "Құм ұстағыштардан алынған құм"), None, 60, None, round(flow * 365 * r.uniform(0.02, 0.04) / 1000, 1), "19 08 02"),
    )
    rows = [g(["Стадия / отход", "Объем, м³/год", "Влажность, %", "Сухое вещество, т/год", "Масса отхода, т/год", "Код отхода"],
              ["Саты / қалдық", "Көлемі, м³/жыл", "Ылғалдылығы, %", "Құрғақ зат, т/жыл", "Қалдық массасы, т/жыл", "Қалдық коды"])]
    for name, vol, moist, ds, mass, code in stages:
        rows.append([name, num(round(vol, -1), doc.lang) if vol else "–", num(moist, doc.lang), num(round(ds, 1), doc.lang) if ds else "–",
                     num(mass, doc.lang) if mass else "–", code or "–"])
        if code:
            doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": mass,
                               "name_contains": _first(name.split(" (")[0], 2)})
    doc.table(g("Таблица 1 – Баланс осадков очистных сооружений", "1-кесте – Тазарту құрылыстары тұнбаларының балансы"), rows, role="wastes")
    others = (
        ("15 01 10*", g("Тара из-под реагентов (коагулянт, флокулянт, гипохлорит)", "Реагенттер ыдысы (коагулянт, флокулянт, гипохлорит)"), (1.5, 4)),
        ("13 02 05*", g("Отработанное масло воздуходувок и насосов", "Ауа үрлегіштер мен сорғылардың пайдаланылған майы"), (0.4, 1.2)),
        ("15 02 02*", g("Промасленная ветошь", "Майланған шүберек"), (0.1, 0.4)),
        ("20 01 21*", g("Отработанные ртутьсодержащие лампы установки УФ-обеззараживания", "УК-зарарсыздандыру қондырғысының пайдаланылған құрамында сынабы бар шамдары"),
         (0.05, 0.2)),
        ("20 03 01", g("Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар"), (2, 5)),
    )
    rows = [g(["Код", "Наименование", "Норматив образования, т/год", "Лимит накопления, т", "Место накопления"],
              ["Коды", "Атауы", "Түзілу нормативі, т/жыл", "Жинақтау лимиті, т", "Жинақтау орны"])]
    for code, name, (lo, hi) in others:
        amount = round(r.uniform(lo, hi), 3)
        rows.append([code, name, num(amount, doc.lang), num(round(amount / 2, 3), doc.lang), g(f"площадка № {r.randint(1, 4)}", f"№ {r.randint(1, 4)} алаң")])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": amount, "name_contains": _first(name.split(" (")[0], 3)})
    doc.table(g("Таблица 2 – Прочие отходы", "2-кесте – Өзге қалдықтар"), rows, role="wastes")
    maybe_distractor(doc)


def _wastes_kd2_vi(doc: Doc) -> None:
    r = doc.rng
    park = doc.pick(("Tiên Du Bắc", "Quế Sơn Đông"))
    name = "Bùn thải có thành phần nguy hại từ quá trình xử lý nước thải công nghiệp"
    doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – NHÀ MÁY XỬ LÝ NƯỚC THẢI TẬP TRUNG KCN {park.upper()}")
    doc.h("3.3. Kết quả thu gom, chuyển giao bùn thải")
    rows = [["Tên chất thải (mã CTNH)", "Tháng", "Khối lượng bùn sau máy ép (tấn)", "Độ ẩm trung bình (%)", "Số chứng từ chất thải nguy hại"]]
    start = 1
    total = 0.0
    for month in range(1, 13):
        t = round(r.uniform(28, 55), 2)
        total += t
        rows.append([f"{name} (12 06 05)" if month == 1 else None, f"{month:02d}/2025", num(t, "vi"), num(r.randint(74, 81), "vi"),
                     f"{month:02d}{r.randint(10, 99)}/2025/CTNH-BN"])
    merges = [(start, 0, 12, 0)]
    total = round(total, 2)
    rows.append(["Cộng năm 2025", None, num(total, "vi"), "", ""])
    merges.append((13, 0, 13, 1))
    doc.table("Bảng 3.5. Khối lượng bùn thải theo tháng", rows, merges, role="wastes")
    doc.add("wastes", {"code": "12 06 05*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": total, "name_contains": "Bùn thải có thành phần nguy hại"})
    doc.p("Toàn bộ bùn thải được chuyển giao cho Công ty TNHH Môi trường Xanh Kinh Bắc (Giấy phép môi trường số 158/GPMT-BTNMT) để xử lý.")
    rows = [["TT", "Tên chất thải", "Mã CTNH", "Khối lượng (kg)"]]
    for k, (n_vi, code, lo, hi) in enumerate((("Bao bì cứng thải bằng nhựa (can đựng PAC, polymer)", "18 01 03", 300, 900),
                                              ("Chất hấp thụ, vật liệu lọc, giẻ lau nhiễm thành phần nguy hại", "18 02 01", 80, 260),
                                              ("Bóng đèn UV khử trùng thải", "16 01 06", 10, 45),
                                              ("Dầu động cơ, hộp số và bôi trơn tổng hợp thải (máy thổi khí)", "17 02 03", 60, 220)), 1):
        kg = float(r.randint(lo, hi))
        rows.append([str(k), n_vi, code, num(kg, "vi")])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000, "name_contains": _first(n_vi, 4)})
    doc.table("Bảng 3.6. Chất thải nguy hại khác phát sinh năm 2025", rows, role="wastes")
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

# (symbol, mg/l?, the zone's acceptance limit at the inlet, the КЭР's limit at the outfall; None: not set, "отс.": absence)
CTP_WATER = (
    ("pH", False, (6.5, 9.0), (6.5, 8.5)), ("TSS", True, 300, 15), ("BOD5", True, 300, 6), ("COD", True, 500, 30), ("NH4+", True, 25, 2),
    ("NO3-", True, None, 45), ("TPH", True, 10, 0.3), ("Surfactants", True, 10, 0.5), ("Cu", True, 0.5, 0.01), ("Ni", True, 0.5, 0.02),
    ("Pb", True, 0.1, 0.03), ("F-", True, 10, 1.5), ("CN-", True, "отс.", "отс."),
)


def _lim_cell(doc: Doc, value) -> str:
    if value is None:
        return _rk(doc)("не норм.", "нормаланбайды")
    if isinstance(value, str):
        return _rk(doc)("отсутствие", "болмауы")
    if isinstance(value, tuple):
        return f"{num(value[0], doc.lang)}–{num(value[1], doc.lang)}"
    return num(value, doc.lang)


def limits_kd1(doc: Doc) -> None:
    """A central WWTP's protocol of inlet and outlet control: the parameters down the rows, the unit in a column of its
    own, then two points under a two-row header — `К-1` the receiving chamber with the measured value and the zone's
    limit of acceptance from its tenants, `ВЫП-1` the outfall to the river with the measured value and the КЭР's limit —
    and the efficiency in per cent as a look-alike; `не норм.` where the acceptance sets nothing and `отсутствие` for
    cyanides, which gives no figure (VI: a park's central WWTP's inlet against the park's own acceptance limits and its
    outlet against QCVN 40:2011/BTNMT column A, the column's C printed beside Cmax = C × Kq × Kf, coliforms and pH not
    multiplied)."""
    if doc.lang == "vi":
        _limits_kd1_vi(doc)
        return
    r, g = doc.rng, _rk(doc)
    op = doc.pick(CTP_OPERATORS)
    doc.h(g(f"Протокол испытаний сточных вод № {r.randint(40, 390)}-СВ от {r.randint(1, 28):02d}.{doc.pick(('04', '07', '10'))}.2025",
            f"2025 ж. {r.randint(1, 28):02d}.{doc.pick(('04', '07', '10'))}. № {r.randint(40, 390)}-СВ сарқынды суларды сынау хаттамасы"))
    doc.p(g(f"Объект: централизованные очистные сооружения индустриальной зоны «{op[2]}» ({op[0]}). Пробы отобраны лабораторией ЦОС "
            "(аттестат аккредитации KZ.T.13.1142); ДК сброса – по комплексному экологическому разрешению, ДК приема – по Правилам приема "
            "сточных вод абонентов в сети зоны.",
            f"Объект: «{op[2]}» индустриялық аймағының орталықтандырылған тазарту құрылыстары ({op[1]}). Сынамаларды ОТҚ зертханасы алды "
            "(аккредиттеу аттестаты KZ.T.13.1142); шығарудағы ЖК – кешенді экологиялық рұқсат бойынша, қабылдау ЖК – абоненттердің "
            "сарқынды суларын аймақ желілеріне қабылдау қағидалары бойынша."))
    rows = [[g("№", "№"), g("Показатель", "Көрсеткіш"), g("Ед. изм.", "Өлш. бірл."), g("К-1 – приемная камера ЦОС (вход)", "К-1 – ОТҚ қабылдау камерасы (кіріс)"),
             None, g("ВЫП-1 – выпуск очищенных вод в р. Бадам", "ВЫП-1 – тазартылған суларды Бадам өзеніне шығару"), None, g("Эффект очистки, %", "Тазарту әсері, %")],
            [None, None, None, g("факт", "нақты"), g("ДК приема", "қабылдау ЖК"), g("факт", "нақты"), g("ДК сброса (КЭР)", "шығару ЖК (КЭР)"), None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 0, 6), (0, 7, 1, 7)]
    for k, (s, mg, acc, dk) in enumerate(CTP_WATER, 1):
        unit_cell = g("мг/дм³", "мг/дм³") if mg else g("ед. pH", "pH бірл.")
        if s == "pH":
            vin, vout = round(r.uniform(6.8, 8.6), 1), round(r.uniform(7.0, 8.2), 1)
        elif s == "CN-":
            vin = vout = None
        else:
            vin = _sig((acc if isinstance(acc, (int, float)) else 20) * r.uniform(0.3, 0.95), 3)
            vout = _sig(dk * r.uniform(0.2, 0.85), 2)
        eff = "–" if s == "pH" or vin is None or vout >= vin else num(round((vin - vout) / vin * 100, 1), doc.lang)
        rows.append([str(k), _w(doc, s), unit_cell, num(vin, doc.lang) if vin is not None else "< 0,005", _lim_cell(doc, acc),
                     num(vout, doc.lang) if vout is not None else "< 0,005", _lim_cell(doc, dk), eff])
        if vin is not None and isinstance(acc, (int, float, tuple)):
            add(doc, limit(("symbol", s), "waste_water", acc, "mg/l", None, "К-1", vin))
        if vout is not None and isinstance(dk, (int, float, tuple)):
            add(doc, limit(("symbol", s), "waste_water", dk, "mg/l", None, "ВЫП-1", vout))
    doc.table(g("Таблица 1 – Результаты входного и выходного контроля", "1-кесте – Кіріс және шығыс бақылау нәтижелері"), rows, merges, role="limits")
    doc.p(g("Примечание: «не норм.» – показатель при приеме от абонентов не нормируется; эффект очистки рассчитан по фактическим концентрациям.",
            "Ескерту: «нормаланбайды» – көрсеткіш абоненттерден қабылдау кезінде нормаланбайды; тазарту әсері нақты концентрациялар бойынша есептелді."))
    maybe_distractor(doc)


# symbol: park's acceptance limit at the inlet (VI)
VN_ACCEPT = {"pH": (5, 9), "TSS": 300, "BOD5": 300, "COD": 500, "NH4+": 30, "TN": 60, "TP": 8, "Cu": 2, "Ni": 0.5, "Pb": 0.5, "F-": 10, "Fe": 5,
             "Coliform": 5000}
VN_A = {"Coliform": 3000}


def _limits_kd1_vi(doc: Doc) -> None:
    r = doc.rng
    park = doc.pick(("Tiên Du Bắc", "Quế Sơn Đông"))
    kq = kf = 0.9
    doc.h(f"KẾT QUẢ QUAN TRẮC NƯỚC THẢI QUÝ {doc.pick(('II', 'III', 'IV'))}/2025 – NHÀ MÁY XỬ LÝ NƯỚC THẢI TẬP TRUNG KCN {park.upper()}")
    doc.p("Vị trí lấy mẫu: NT1 – nước thải đầu vào tại bể thu gom; NT2 – nước thải sau xử lý tại hố ga trước khi xả ra kênh tiêu Bắc Đuống. "
          "Nước thải đầu ra so sánh với QCVN 40:2011/BTNMT, cột A, Kq = 0,9 (kênh tiêu), Kf = 0,9 (lưu lượng trên 5.000 m³/ngày.đêm); "
          "các thông số pH và Coliform không áp dụng hệ số.")
    rows = [["TT", "Thông số", "Đơn vị", "Giới hạn tiếp nhận đầu vào của KCN", "NT1", "NT2", "QCVN 40:2011/BTNMT cột A (C)", "Cmax = C × Kq × Kf"]]
    for k, (s, acc) in enumerate(VN_ACCEPT.items(), 1):
        unit = "-" if s == "pH" else ("MPN/100ml" if s == "Coliform" else "mg/l")
        c = VN_A.get(s) or limit_a(s)
        cmax = c if s in ("pH", "Coliform") else round(c * kq * kf, 4)
        if s == "pH":
            v1, v2 = round(r.uniform(6.2, 8.4), 1), round(r.uniform(6.8, 7.9), 1)
        elif s == "Coliform":
            v1, v2 = float(r.randint(20, 48) * 100), float(r.randint(4, 25) * 100)
        else:
            v1 = _sig(acc * r.uniform(0.2, 0.8), 3)
            v2 = _sig(min(cmax * r.uniform(0.1, 0.7), v1 * r.uniform(0.05, 0.6)), 2)
        rows.append([str(k), _w(doc, s), unit, _vi_cell(acc), num(v1, "vi"), num(v2, "vi"), _vi_cell(c), _vi_cell(cmax)])
        u = "MPN/100ml" if s == "Coliform" else "mg/l"
        add(doc, limit(("symbol", s), "waste_water", acc, u, None, "NT1", v1), limit(("symbol", s), "waste_water", cmax, u, "A", "NT2", v2))
    doc.table("Bảng 2. Kết quả phân tích chất lượng nước thải", rows, role="limits")
    doc.p("Nhận xét: các thông số tại NT2 đều đạt QCVN 40:2011/BTNMT, cột A; dữ liệu quan trắc tự động được truyền liên tục về Sở Nông nghiệp và Môi trường.")
    maybe_distractor(doc)


def _vi_cell(x) -> str:
    return f"{num(x[0], 'vi')} – {num(x[1], 'vi')}" if isinstance(x, tuple) else num(x, "vi")


def limit_a(symbol: str) -> float | tuple:
    """QCVN 40:2011/BTNMT column A as the corpus keeps it (limits_data.QCVN40)."""
    from .limits_data import QCVN40

    return QCVN40[symbol][0]


SOIL_COLS = (("Cu", 3.0, True), ("Zn", 23, True), ("Ni", 4.0, True), ("Cr", 6.0, True), ("Pb", 32, False), ("Cd", None, False))


def limits_kd2(doc: Doc) -> None:
    """A laboratory's results of soil around the central WWTP's sludge drying beds, TRANSPOSED: the points down the rows
    with their place, coordinates and depth, the elements across under a three-row header — the element, its form (mobile
    or total) merged over its columns, the unit `мг/кг` in a row of its own — and the ПДК in the LAST row, where cadmium has
    none (a dash, the ОДК only in the note); the background point is a point like the others (VI: a chip plant's stacks in
    blocks under section rows that give each stack's flow, Kp and Kv, four quarterly rounds as columns, Cmax after them,
    QCVN 19:2009/BTNMT column B with Kp for acids, ammonia and dust and QCVN 20:2009/BTNMT as is for the solvents)."""
    if doc.lang == "vi":
        _limits_kd2_vi(doc)
        return
    r, g = doc.rng, _rk(doc)
    op = doc.pick(CTP_OPERATORS)
    doc.h(g("Результаты мониторинга почв в зоне влияния иловых площадок ЦОС (отбор 14–15 мая 2025 г.)",
            "ОТҚ лай алаңдарының әсер ету аймағындағы топырақ мониторингінің нәтижелері (2025 ж. 14–15 мамырда алынған)"))
    doc.p(g(f"Заказчик – {op[0]}. Исполнитель – ТОО «ЮгЭкоАналит». Подвижные формы определены в ацетатно-аммонийном буфере (pH 4,8).",
            f"Тапсырыс беруші – {op[1]}. Орындаушы – «ОңтүстікЭкоТалдау» ЖШС. Жылжымалы формалар ацетат-аммоний буферінде (pH 4,8) анықталды."))
    points = (("П-1", g("север иловых площадок, 50 м", "лай алаңдарының солтүстігі, 50 м")), ("П-2", g("восток, 50 м", "шығыс, 50 м")),
              ("П-3", g("юг, у дренажной канавы", "оңтүстік, дренаж арығының жанында")), ("П-4", g("запад, 100 м", "батыс, 100 м")),
              ("Ф-1", g("фон, 1,5 км к юго-западу", "фон, оңтүстік-батысқа қарай 1,5 км")))
    n = len(SOIL_COLS)
    head0 = [g("Точка", "Нүкте"), g("Местоположение", "Орналасқан жері"), g("Координаты", "Координаттары"), g("Глубина, см", "Тереңдігі, см")] + \
        [vocab.soil(s, doc.lang) for s, _, _ in SOIL_COLS]
    head1 = [None] * 4 + [g("подвижная форма", "жылжымалы форма"), None, None, None, g("валовое содержание", "жалпы мөлшері"), None]
    head2 = [None] * 4 + [g("мг/кг", "мг/кг")] + [None] * (n - 1)
    rows = [head0, head1, head2]
    merges = [(0, c, 2, c) for c in range(4)] + [(1, 4, 1, 7), (1, 8, 1, 9), (2, 4, 2, 3 + n)]
    base_lat, base_lon = 42.3651, 69.6612
    for pid, place in points:
        lat, lon = base_lat + r.uniform(-0.004, 0.004), base_lon + r.uniform(-0.004, 0.004)
        line = [pid, place, f"{num(round(lat, 5), doc.lang, False)}; {num(round(lon, 5), doc.lang, False)}", "0–20"]
        for s, pdk, _mobile in SOIL_COLS:
            hi = 0.45 if pid == "Ф-1" else 1.3
            v = _sig((pdk or 1.2) * r.uniform(0.15, hi), 2)
            line.append(num(v, doc.lang))
            if pdk is not None:
                add(doc, limit(("symbol", s), "soil", pdk, "mg/kg", None, pid, v))
        rows.append(line)
    rows.append([g("ПДК, мг/кг", "ШЖК, мг/кг"), None, None, None] + [num(p, doc.lang) if p is not None else "–" for _, p, _ in SOIL_COLS])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 3))
    doc.table(g("Таблица 2 – Содержание тяжелых металлов в почве", "2-кесте – Топырақтағы ауыр металдардың мөлшері"), rows, merges, role="limits")
    doc.p(g("Для кадмия ПДК не установлена; для сравнения используется ОДК 0,5–2,0 мг/кг в зависимости от типа почвы.",
            "Кадмий үшін ШЖК белгіленбеген; салыстыру үшін топырақ түріне қарай 0,5–2,0 мг/кг ОДК пайдаланылады."))
    maybe_distractor(doc)


# (point, VI stack, flow Nm3/h, [(code, C, QCVN 19 column B?)])
VN_OSAT_POINTS = (
    ("K1", "Ống thải tháp hấp thụ khí axit số 1", 18500, [("0316", 50, True), ("0342", 20, True), ("0322", 50, True)]),
    ("K2", "Ống thải tháp hấp thụ khí kiềm", 11200, [("0303", 50, True)]),
    ("K3", "Ống thải hệ thống hấp phụ than hoạt tính", 32000, [("1051", 980, False), ("1401", 2400, False), ("2902", 200, True)]),
)


def _limits_kd2_vi(doc: Doc) -> None:
    r = doc.rng
    company, _ = doc.pick(VN_OSAT)
    doc.h(f"TỔNG HỢP KẾT QUẢ QUAN TRẮC KHÍ THẢI ĐỊNH KỲ NĂM 2025 – {company.upper()}")
    doc.p("Cmax = C × Kp × Kv đối với các thông số theo QCVN 19:2009/BTNMT cột B (Kv = 1,0 – cơ sở nằm trong Khu Công nghệ cao); "
          "các thông số theo QCVN 20:2009/BTNMT áp dụng trực tiếp giá trị tối đa cho phép.")
    rows = [["TT", "Thông số", "Đơn vị", "Đợt 1 (03/2025)", "Đợt 2 (06/2025)", "Đợt 3 (09/2025)", "Đợt 4 (12/2025)", "Cmax", "Quy chuẩn"]]
    merges = []
    k = 0
    for pid, name, flow, items in VN_OSAT_POINTS:
        kp = 1.0 if flow <= 20000 else 0.9
        _span(rows, merges, f"{pid} – {name} (Q = {num(flow, 'vi')} m³/h; Kp = {f'{kp:.1f}'.replace('.', ',')}; Kv = 1,0)", 9)
        for code, c, q19 in items:
            k += 1
            cmax = _sig(c * kp, 6) if q19 else float(c)
            vals = [_sig(cmax * r.uniform(0.05, 0.6), 3) for _ in range(4)]
            rows.append([str(k), _air(doc, code), "mg/Nm³", *(num(v, "vi") for v in vals), num(cmax, "vi"),
                         "QCVN 19:2009/BTNMT, cột B" if q19 else "QCVN 20:2009/BTNMT"])
            for v in vals:
                add(doc, limit(("code", code), "flue_gas", cmax, "mg/Nm3", "B" if q19 else None, pid, v))
    doc.table("Bảng 4. Kết quả quan trắc khí thải tại các ống thải", rows, merges, role="limits")
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring

# letter: frequency
LETTERS = {"ru": {"Е": "daily", "Н": "weekly", "М": "monthly", "К": "quarterly", "П": "semiannual", "Г": "yearly"},
           "kk": {"КС": "daily", "АС": "weekly", "А": "monthly", "Т": "quarterly", "ЖЖ": "semiannual", "Ж": "yearly"}}
LEGEND = {"ru": "Условные обозначения: Е – ежедневно; Н – еженедельно; М – 1 раз в месяц; К – 1 раз в квартал; П – 1 раз в полугодие; "
                "Г – 1 раз в год; «–» – контроль не проводится.",
          "kk": "Шартты белгілер: КС – күн сайын; АС – апта сайын; А – айына 1 рет; Т – тоқсанына 1 рет; ЖЖ – жарты жылда 1 рет; "
                "Ж – жылына 1 рет; «–» – бақылау жүргізілмейді."}
# (number, RU, KK, {code: frequency})
PCB_PLAN = (
    ("0001", "Скруббер линий травления", "Травлеу желілерінің скруббері", {"0316": "quarterly", "0349": "quarterly", "0322": "semiannual"}),
    ("0002", "Скруббер линии меднения", "Мыстау желісінің скруббері", {"0322": "quarterly", "1325": "quarterly", "0303": "semiannual"}),
    ("0003", "Вытяжка участка паяльной маски", "Дәнекерлеу маскасы учаскесінің сорғышы", {"1210": "semiannual", "0616": "semiannual", "1401": "yearly"}),
    ("0004", "Вытяжка участка HASL", "HASL учаскесінің сорғышы", {"0168": "yearly", "0316": "semiannual"}),
    ("0005", "Котельная", "Қазандық", {"0301": "yearly", "0337": "yearly"}),
)
# (point, RU, KK place, {symbol: frequency})
PCB_WATER_PLAN = (
    ("КК-1", "контрольный колодец на выпуске в сеть индустриальной зоны", "аймақ желісіне шығарудағы бақылау құдығы",
     {"pH": "monthly", "TSS": "monthly", "COD": "monthly", "Cu": "monthly", "Ni": "monthly", "Pb": "quarterly", "F-": "quarterly"}),
    ("ЛОС-1", "выход локальных очистных сооружений", "жергілікті тазарту құрылыстарының шығысы",
     {"pH": "daily", "Cu": "daily", "Ni": "weekly", "COD": "weekly"}),
)  # fmt: skip


def monitoring_kd1(doc: Doc) -> None:
    """A PCB plant's ПЭК programme whose plans are MATRICES: the sources down the rows and the substances across (each
    header a code with its name), every cell a LETTER whose meaning — `К` a quarter, `П` a half-year, `Г` a year — is given
    only in the legend under the tables; then the water points against the parameters in a second matrix with `Е`, `Н`,
    `М` (KK: `КС`, `АС`, `А`, `Т`, `ЖЖ`, `Ж`) (VI: a park's central WWTP programme with a column of parameters measured
    automatically and continuously and a column of those measured periodically on the same row, the inlet monthly, the
    receiving canal half-yearly, the sludge's analysis once a year and a camera row that gives no duty)."""
    if doc.lang == "vi":
        _monitoring_kd1_vi(doc)
        return
    L, g = _L(doc), _rk(doc)
    letter = {v: k for k, v in LETTERS[doc.lang].items()}
    op = doc.pick(PCB_OPERATORS)[L]
    doc.h(g(f"Программа производственного экологического контроля {op} на 2026–2028 годы", f"{op} 2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы"))
    doc.p(g("Раздел 5. План-график контроля. Замеры на источниках и отбор проб сточных вод выполняет аккредитованная лаборатория по договору; "
            "контроль на ЛОС – собственная лаборатория предприятия.",
            "5-бөлім. Бақылау жоспар-кестесі. Көздердегі өлшеулерді және сарқынды сулардан сынама алуды шарт бойынша аккредиттелген зертхана "
            "орындайды; ЖТҚ-дағы бақылау – кәсіпорынның меншікті зертханасы."))
    codes = []
    for *_, items in PCB_PLAN:
        codes += [c for c in items if c not in codes]
    rows = [[g("№ ИЗА", "ЛШК №"), g("Источник", "Көз")] + [f"{c} {_air(doc, c)}" for c in codes]]
    pairs = []
    for number, s_ru, s_kk, items in PCB_PLAN:
        rows.append([number, g(s_ru, s_kk)] + [letter[items[c]] if c in items else "–" for c in codes])
        for c, word in items.items():
            doc.add("monitoring", {"source_number": number, "code": c, "frequency": word})
            pairs.append((number, c))
    doc.table(g("Таблица 5.1 – Контроль выбросов на источниках", "5.1-кесте – Көздердегі шығарындыларды бақылау"), rows, role="monitoring")
    doc.add("sources", *({"number": s[0], "type": "organized"} for s in PCB_PLAN))
    doc.add("emissions", *(emission(c, None, None, n) for n, c in pairs))
    symbols = []
    for *_, items in PCB_WATER_PLAN:
        symbols += [s for s in items if s not in symbols]
    rows = [[g("Точка", "Нүкте"), g("Место отбора", "Сынама алу орны")] + [_w(doc, s) for s in symbols]]
    for pid, p_ru, p_kk, items in PCB_WATER_PLAN:
        rows.append([pid, g(p_ru, p_kk)] + [letter[items[s]] if s in items else "–" for s in symbols])
        for s, word in items.items():
            doc.add("monitoring", {"point": pid, "symbol": s, "frequency": word})
    doc.table(g("Таблица 5.2 – Контроль сточных вод", "5.2-кесте – Сарқынды суларды бақылау"), rows, role="monitoring")
    doc.p(LEGEND[doc.lang])
    maybe_distractor(doc)


# (point, VI place, automatic symbols, periodic symbols, periodic frequency)
VN_CTP_PLAN = (
    ("NT1", "Nước thải đầu vào tại bể thu gom", [], ["pH", "COD", "BOD5", "TSS", "NH4+", "Cu", "Ni"], "monthly"),
    ("NT2", "Nước thải sau xử lý tại hố ga trước cửa xả", ["T", "pH", "COD", "TSS", "NH4+"], ["BOD5", "TN", "TP", "Cu", "Ni", "Pb", "F-", "Coliform"], "quarterly"),
    ("NM1", "Nước mặt kênh tiêu Bắc Đuống, cách cửa xả 500 m về phía hạ lưu", [], ["pH", "DO", "BOD5", "COD", "TSS", "NH4+"], "semiannual"),
    ("B1", "Bùn thải sau máy ép bùn", [], ["As", "Pb", "Cd", "Hg", "Cu", "Ni", "Zn"], "yearly"),
)
VN_LABEL = {"T": "Nhiệt độ", "DO": "DO"}


def _monitoring_kd1_vi(doc: Doc) -> None:
    park = doc.pick(("Tiên Du Bắc", "Quế Sơn Đông"))
    said = {"monthly": "01 tháng/lần", "quarterly": "03 tháng/lần", "semiannual": "06 tháng/lần", "yearly": "01 lần/năm"}
    doc.h(f"CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG – NHÀ MÁY XỬ LÝ NƯỚC THẢI TẬP TRUNG KCN {park.upper()}")
    doc.p("(Kèm theo Giấy phép môi trường.) Hệ thống quan trắc nước thải tự động, liên tục được kết nối, truyền dữ liệu trực tiếp về Sở Nông "
          "nghiệp và Môi trường tỉnh Bắc Ninh; không phải quan trắc định kỳ đối với các thông số đã được quan trắc tự động, liên tục.")
    rows = [["Ký hiệu", "Vị trí", "Thông số quan trắc tự động, liên tục", "Thông số quan trắc định kỳ", "Tần suất định kỳ"]]
    def names(ss):
        return ", ".join(VN_LABEL.get(s) or _w(doc, s) for s in ss) or "-"

    for pid, place, auto, periodic, word in VN_CTP_PLAN:
        auto_text = ("Lưu lượng đầu vào, lưu lượng đầu ra, " + names(auto)) if auto else "-"
        rows.append([pid, place, auto_text, names(periodic), said[word]])
        for s in auto:
            doc.add("monitoring", {"point": pid, "symbol": s, "frequency": "continuous"})
        for s in periodic:
            doc.add("monitoring", {"point": pid, "symbol": s, "frequency": word})
    rows.append(["-", "Camera giám sát tại cửa xả", "Hình ảnh truyền trực tuyến", "-", "-"])
    doc.table("Bảng 5. Nội dung chương trình quan trắc", rows, role="monitoring")
    maybe_distractor(doc)


FREQ_ORDER = ("daily", "weekly", "monthly", "quarterly")
# (point, RU, KK place, {frequency: [symbols]})
CTP_LAB = (
    ("Т-1", "приемная камера (поступающие стоки)", "қабылдау камерасы (келіп түсетін ағындар)",
     {"daily": ["pH", "TSS", "COD"], "weekly": ["BOD5", "NH4+", "TPH"], "monthly": ["Cu", "Ni", "Pb", "Zn", "F-"]}),
    ("Т-2", "после станции реагентной очистки", "реагенттік тазарту станциясынан кейін", {"daily": ["pH"], "weekly": ["Cu", "Ni"]}),
    ("Т-3", "аэротенки (иловая смесь)", "аэротенктер (лай қоспасы)", {"daily": ["DO"]}),
    ("Т-4", "выпуск после УФ-обеззараживания", "УК-зарарсыздандырудан кейінгі шығарылым",
     {"daily": ["pH", "TSS", "COD"], "weekly": ["BOD5", "NH4+", "NO2-", "NO3-"], "monthly": ["Cu", "Ni", "Pb", "Zn", "F-", "TPH", "Surfactants"],
      "quarterly": ["Coliform"]}),
    ("Т-5", "р. Бадам, 500 м ниже выпуска", "Бадам өзені, шығарылымнан 500 м төмен", {"monthly": ["TSS", "BOD5", "NH4+", "NO2-", "Cu"]}),
    ("Скв-1", "наблюдательная скважина у иловых площадок, север", "лай алаңдары жанындағы бақылау ұңғымасы, солтүстік",
     {"quarterly": ["NO3-", "Cl-", "SO4", "Cu", "Ni"]}),
    ("Скв-2", "наблюдательная скважина у иловых площадок, юг", "лай алаңдары жанындағы бақылау ұңғымасы, оңтүстік",
     {"quarterly": ["NO3-", "Cl-", "SO4", "Cu", "Ni"]}),
)  # fmt: skip


def monitoring_kd2(doc: Doc) -> None:
    """A central WWTP's schedule of laboratory control whose COLUMNS are the frequencies (`Ежедневно`, `1 раз в неделю`,
    `1 раз в месяц`, `1 раз в квартал` under a merged `Определяемые показатели и периодичность`) and whose cells list the
    parameters checked that often, a dash where none — seven points along the treatment, the river below the outfall and two
    observation wells (VI: a chip plant's GPMT programme in which one frequency cell and one standard cell are merged down
    three stacks, a row across the table exempting the waste water connected to the hi-tech park's plant, and the company's
    own monthly checks at its connection manhole)."""
    if doc.lang == "vi":
        _monitoring_kd2_vi(doc)
        return
    g = _rk(doc)
    op = doc.pick(CTP_OPERATORS)
    doc.h(g(f"Программа производственного экологического контроля ЦОС индустриальной зоны «{op[2]}». Раздел 6. Мониторинг эмиссий и воздействия на водные объекты",
            f"«{op[2]}» индустриялық аймағы ОТҚ өндірістік экологиялық бақылау бағдарламасы. 6-бөлім. Эмиссиялар мониторингі және су объектілеріне әсер мониторингі"))
    doc.p(g("Анализы выполняет химико-бактериологическая лаборатория ЦОС; показатели, на которые лаборатория не аккредитована, – по договору.",
            "Талдауларды ОТҚ химия-бактериологиялық зертханасы орындайды; зертхана аккредиттелмеген көрсеткіштер – шарт бойынша."))
    rows = [[g("Точка отбора", "Сынама алу нүктесі"), g("Место отбора", "Сынама алу орны"),
             g("Определяемые показатели и периодичность", "Анықталатын көрсеткіштер және кезеңділігі"), None, None, None],
            [None, None] + g(["Ежедневно", "1 раз в неделю", "1 раз в месяц", "1 раз в квартал"], ["Күн сайын", "Аптасына 1 рет", "Айына 1 рет", "Тоқсанына 1 рет"])]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 5)]
    for pid, p_ru, p_kk, plan in CTP_LAB:
        rows.append([pid, g(p_ru, p_kk)] + [", ".join(_w(doc, s) for s in plan.get(w, [])) or "–" for w in FREQ_ORDER])
        for w in FREQ_ORDER:
            for s in plan.get(w, []):
                doc.add("monitoring", {"point": pid, "symbol": s, "frequency": w})
    doc.table(g("Таблица 6.1 – График лабораторного контроля", "6.1-кесте – Зертханалық бақылау кестесі"), rows, merges, role="monitoring")
    maybe_distractor(doc)


def _monitoring_kd2_vi(doc: Doc) -> None:
    r = doc.rng
    company, _ = doc.pick(VN_OSAT)
    doc.h(f"GIẤY PHÉP MÔI TRƯỜNG – PHỤ LỤC 5. CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG ({company})")
    rows = [["TT", "Vị trí quan trắc", "Ký hiệu", "Thông số", "Tần suất", "Quy chuẩn so sánh"]]
    stacks = (("Ống thải tháp hấp thụ khí axit số 1", "K1", ["0316", "0342", "0322"]), ("Ống thải tháp hấp thụ khí axit số 2", "K2", ["0316", "0342"]),
              ("Ống thải tháp hấp thụ khí kiềm", "K3", ["0303"]))
    for k, (place, pid, codes) in enumerate(stacks, 1):
        rows.append([str(k), place, pid, ", ".join(_air(doc, c) for c in codes), "06 tháng/lần" if k == 1 else None,
                     "QCVN 19:2009/BTNMT, cột B (Kp = 1,0; Kv = 1,0)" if k == 1 else None])
        for c in codes:
            doc.add("monitoring", {"point": pid, "code": c, "frequency": "semiannual"})
    merges = [(1, 4, 3, 4), (1, 5, 3, 5)]
    rows.append(["4", "Ống thải hệ thống hấp phụ than hoạt tính", "K4", "Isopropanol (IPA), Axeton, Toluen", "03 tháng/lần", "QCVN 20:2009/BTNMT"])
    for c in ("1051", "1401", "0621"):
        doc.add("monitoring", {"point": "K4", "code": c, "frequency": "quarterly"})
    _span(rows, merges, f"Nước thải: không thuộc đối tượng phải quan trắc định kỳ – toàn bộ nước thải được đấu nối về Nhà máy xử lý nước thải tập trung "
                        f"của Khu Công nghệ cao theo Hợp đồng số {r.randint(10, 99)}/HĐ-XLNT ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2022.", 6)
    rows.append(["5", "Hố ga đấu nối nước thải (chủ cơ sở tự giám sát)", "NT1", "pH, COD, TSS, Florua (F-), Đồng (Cu)", "01 tháng/lần",
                 "Giới hạn tiếp nhận của Khu Công nghệ cao"])
    for s in ("pH", "COD", "TSS", "F-", "Cu"):
        doc.add("monitoring", {"point": "NT1", "symbol": s, "frequency": "monthly"})
    doc.table("Bảng 1. Quan trắc khí thải và nước thải", rows, merges, role="monitoring")
    doc.p("Chủ cơ sở lưu giữ kết quả quan trắc và tích hợp vào báo cáo công tác bảo vệ môi trường hằng năm gửi trước ngày 15 tháng 01 năm sau.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

MONTHS = {"ru": "янв фев мар апр май июн июл авг сен окт ноя дек".split(), "kk": "қаң ақп нау сәу мам мау шіл там қыр қаз қар жел".split()}
# (RU object, KK object, RU who, KK who, months)
PCB_AUDITS = (
    ("Газоочистные установки (скрубберы) линий травления и меднения", "Травлеу және мыстау желілерінің газ тазарту қондырғылары (скрубберлер)",
     "главный механик", "бас механик", set(range(1, 13))),
    ("Локальные очистные сооружения гальванических стоков", "Гальваникалық сарқынды сулардың жергілікті тазарту құрылыстары",
     "начальник участка ЛОС", "ЖТҚ учаскесінің бастығы", set(range(1, 13))),
    ("Склад кислот и щелочей (поддоны, аварийные емкости)", "Қышқылдар мен сілтілер қоймасы (табандықтар, апаттық сыйымдылықтар)",
     "инженер по ООС", "ҚОҚ жөніндегі инженер", {3, 6, 9, 12}),
    ("Площадки временного накопления опасных отходов", "Қауіпті қалдықтарды уақытша жинақтау алаңдары", "инженер по ООС", "ҚОҚ жөніндегі инженер",
     {2, 5, 8, 11}),
    ("Вентиляция и адсорберы участка паяльной маски", "Дәнекерлеу маскасы учаскесінің желдеткіші мен адсорберлері", "главный энергетик", "бас энергетик",
     {4, 10}),
    ("Выполнение условий КЭР (комплексная проверка)", "КЭР шарттарының орындалуы (кешенді тексеру)", "комиссия под председательством технического директора",
     "техникалық директор төрағалық ететін комиссия", {11}),
    ("Документация ПЭК и журналы учета отходов", "ӨЭБ құжаттамасы және қалдықтарды есепке алу журналдары", "начальник ОТиОС", "ЕҚжҚОҚБ бастығы", {3, 9, 10}),
)  # fmt: skip


def _regular(months: set) -> str | None:
    """The frequency a year's marks make when they are evenly spaced, else None."""
    return {12: "monthly", 4: "quarterly", 2: "semiannual", 1: "yearly"}.get(len(months)) if len(months) in (1, 12) or \
        (len(months) in (2, 4) and len({(m - min(months)) % (12 // len(months)) for m in months}) == 1) else None


def inspections_kd1(doc: Doc) -> None:
    """A PCB plant's schedule of internal environmental checks for 2026 as a GANTT chart: the objects down the rows with who
    checks, the twelve months across under a merged `Месяцы 2026 года`, an `х` in each month a check falls in — every
    month, every quarter, twice a year, once — and one row whose marks are irregular (March, September, October) and so give
    no frequency; a last row counting the checks of each month as look-alike figures (VI: a chip plant's self-inspection plan
    with the four quarters as columns and a row of unscheduled checks `Khi có phản ánh hoặc sự cố` with no marks)."""
    if doc.lang == "vi":
        _inspections_kd1_vi(doc)
        return
    L, g = _L(doc), _rk(doc)
    op = doc.pick(PCB_OPERATORS)[L]
    doc.h(g(f"График внутренних проверок соблюдения экологических требований {op} на 2026 год",
            f"{op} экологиялық талаптардың сақталуын ішкі тексерулердің 2026 жылға арналған кестесі"))
    doc.p(g("Результаты проверок оформляются актом; выявленные несоответствия вносятся в журнал корректирующих действий.",
            "Тексеру нәтижелері актімен ресімделеді; анықталған сәйкессіздіктер түзету әрекеттері журналына енгізіледі."))
    rows = [[g("№", "№"), g("Объект проверки", "Тексеру объектісі"), g("Ответственный", "Жауапты"), g("Месяцы 2026 года", "2026 жылғы айлар")] + [None] * 11,
            [None, None, None] + MONTHS[doc.lang]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 14)]
    counts = [0] * 12
    for k, (o_ru, o_kk, w_ru, w_kk, months) in enumerate(PCB_AUDITS, 1):
        obj, who = g(o_ru, o_kk), g(w_ru, w_kk)
        rows.append([str(k), obj, who] + ["х" if m in months else "" for m in range(1, 13)])
        for m in months:
            counts[m - 1] += 1
        item = {"kind": "inspection", "text_contains": _first(obj.split(" (")[0], 3), "actor_contains": who}
        if _regular(months):
            item["frequency"] = _regular(months)
        doc.add("obligations", item)
    rows.append(["", g("Количество проверок", "Тексерулер саны"), None] + [str(c) for c in counts])
    merges.append((len(rows) - 1, 1, len(rows) - 1, 2))
    doc.table(None, rows, merges, role="inspections")
    distractor(doc, "approval")


# (VI object, who, quarters, note)
VN_SELF_CHECKS = (
    ("Hệ thống xử lý khí thải (tháp hấp thụ axit, kiềm, than hoạt tính)", "Phòng EHS", {1, 2, 3, 4}, ""),
    ("Kho hóa chất và khu vực lưu chứa khí đặc biệt", "Phòng EHS", {1, 2, 3, 4}, ""),
    ("Hệ thống thu gom, xử lý sơ bộ nước thải chứa flo", "Bộ phận Facility", {1, 2, 3, 4}, ""),
    ("Kho lưu giữ chất thải nguy hại", "Bộ phận Hành chính – Tổng vụ", {2, 4}, ""),
    ("Đánh giá nội bộ hệ thống quản lý môi trường ISO 14001", "Ban ISO", {3}, "Trước kỳ đánh giá giám sát của tổ chức chứng nhận"),
    ("Kiểm tra đột xuất khu vực có nguy cơ rò rỉ hóa chất", "Phòng EHS", set(), "Khi có phản ánh hoặc sự cố"),
)


def _inspections_kd1_vi(doc: Doc) -> None:
    company, _ = doc.pick(VN_OSAT)
    doc.h(f"KẾ HOẠCH TỰ KIỂM TRA CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2026 – {company.upper()}")
    rows = [["TT", "Nội dung kiểm tra", "Bộ phận thực hiện", "Thời gian thực hiện năm 2026", None, None, None, "Ghi chú"],
            [None, None, None, "Quý I", "Quý II", "Quý III", "Quý IV", None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 6), (0, 7, 1, 7)]
    for k, (obj, who, quarters, note) in enumerate(VN_SELF_CHECKS, 1):
        rows.append([str(k), obj, who] + ["x" if q in quarters else "" for q in range(1, 5)] + [note])
        item = {"kind": "inspection", "text_contains": _first(obj, 4), "actor_contains": who}
        word = {4: "quarterly", 2: "semiannual", 1: "yearly"}.get(len(quarters))
        if word:
            item["frequency"] = word
        doc.add("obligations", item)
    doc.table("Bảng 1. Kế hoạch tự kiểm tra", rows, merges, role="inspections")
    maybe_distractor(doc)


# (RU tenant, KK tenant, key, RU, KK activity, contract, m3/day, inspection of the local plant or None, control sampling)
TENANT_CHECKS = (
    ("ТОО «KazPCB»", "«KazPCB» ЖШС", "KazPCB", "производство печатных плат", "баспа платаларын өндіру", "14/23", 950, "monthly", "monthly"),
    ("ТОО «Алатау Микро»", "«Алатау Микро» ЖШС", "Алатау Микро", "сборка электронных модулей", "электрондық модульдерді құрастыру", "22/23", 180,
     "quarterly", "quarterly"),
    ("ТОО «Оңтүстік Кабель»", "«Оңтүстік Кабель» ЖШС", "Оңтүстік Кабель", "кабельная продукция", "кабель өнімдері", "07/24", 240, "quarterly", "quarterly"),
    ("ТОО «SunQazaq Solar»", "«SunQazaq Solar» ЖШС", "SunQazaq", "сборка фотоэлектрических модулей", "фотоэлектрлік модульдерді құрастыру", "31/24", 120,
     None, "semiannual"),
    ("ТОО «Шымкент Трансформатор»", "«Шымкент Трансформатор» ЖШС", "Шымкент Трансформатор", "производство трансформаторов", "трансформаторлар өндірісі",
     "02/25", 75, "semiannual", "semiannual"),
)  # fmt: skip


def inspections_kd2(doc: Doc) -> None:
    """The industrial zone's managing company's schedule of checking its TENANTS: each tenant a row with its activity, the
    number of its contract (`14/23`) and the contracted m³ a day as look-alikes, then two kinds of inspection as columns —
    the inspection of the tenant's local treatment plant and meter by the tenant department's inspector, and control sampling
    at the tenant's outlet by the WWTP's laboratory, who acts named in each column's header — a tenant without a local plant
    gets a dash and only the sampling (VI: a PCB factory's operating checklist of its own waste water plant under section rows
    by waste stream, set points full of figures — pH ranges, ORP, a copper figure that triggers regeneration — that are no
    limits, a check after each pressing batch without a frequency)."""
    if doc.lang == "vi":
        _inspections_kd2_vi(doc)
        return
    g = _rk(doc)
    op = doc.pick(CTP_OPERATORS)
    said = {w: freq(doc, w) for w in ("monthly", "quarterly", "semiannual")}
    doc.h(g(f"График контроля абонентов сетей водоотведения индустриальной зоны «{op[2]}» на 2026 год",
            f"«{op[2]}» индустриялық аймағының су бұру желілері абоненттерін бақылаудың 2026 жылға арналған кестесі"))
    doc.p(g("Контрольные пробы отбираются без предварительного уведомления абонента; при превышении ДК приема абоненту выставляется плата за "
            "сверхнормативный сброс по условиям договора.",
            "Бақылау сынамалары абонентке алдын ала хабарламай алынады; қабылдау ЖК асқан жағдайда абонентке шарт талаптары бойынша нормадан "
            "тыс төгінді үшін төлем қойылады."))
    actors = (g("инспектор абонентского отдела", "абоненттік бөлімнің инспекторы"), g("лаборатория ЦОС", "ОТҚ зертханасы"))
    rows = [g(["№", "Абонент", "Вид деятельности", "Договор №", "Объем по договору, м³/сут"], ["№", "Абонент", "Қызмет түрі", "Шарт №", "Шарт бойынша көлемі, м³/тәул"])
            + [g(f"Осмотр ЛОС и узла учета ({actors[0]})", f"ЖТҚ мен есепке алу торабын қарап тексеру ({actors[0]})"),
               g(f"Контрольный отбор проб на выпуске абонента ({actors[1]})", f"Абонент шығарылымында бақылау сынамаларын алу ({actors[1]})")]]
    for k, (t_ru, t_kk, key, a_ru, a_kk, contract, vol, look, sample) in enumerate(TENANT_CHECKS, 1):
        rows.append([str(k), g(t_ru, t_kk), g(a_ru, a_kk), contract, num(vol, doc.lang),
                     said[look] if look else g("– (ЛОС отсутствуют)", "– (ЖТҚ жоқ)"), said[sample]])
        if look:
            doc.add("obligations", {"kind": "inspection", "text_contains": key, "actor_contains": actors[0], "frequency": look})
        doc.add("obligations", {"kind": "inspection", "text_contains": key, "actor_contains": actors[1], "frequency": sample})
    doc.table(g("Таблица 1 – Периодичность контроля абонентов", "1-кесте – Абоненттерді бақылау кезеңділігі"), rows, role="inspections")
    maybe_distractor(doc)


VN_WWTP_CHECKS = (
    ("I. DÒNG THẢI CHỨA ĐỒNG (NƯỚC RỬA SAU ĂN MÒN, MẠ)", [
        ("Bể phản ứng phá phức, kết tủa đồng", "pH 9,0 – 9,5; ORP ≥ 250 mV", "daily", "Hằng ngày", "Nhân viên vận hành"),
        ("Bơm định lượng NaOH, Na2S", "Lưu lượng 15 – 20 l/h", "daily", "Hằng ngày", "Nhân viên vận hành")]),
    ("II. DÒNG THẢI MỰC, MÀNG KHÔ (COD CAO)", [
        ("Bể axit hóa tách mực", "pH 3,0 – 4,0", "daily", "Hằng ngày", "Nhân viên vận hành"),
        ("Cụm phản ứng Fenton", "Tỷ lệ H2O2/Fe2+ = 3:1", "weekly", "Hằng tuần", "Kỹ sư môi trường")]),
    ("III. BỂ TRUNG HÒA – LẮNG – LỌC", [
        ("Bể lắng lamella, lớp bùn đáy", "Chiều cao lớp bùn dưới 0,8 m", "weekly", "Hằng tuần", "Tổ trưởng tổ môi trường"),
        ("Cột lọc cát, cột trao đổi ion", "Chênh áp dưới 0,5 bar; hoàn nguyên khi Cu sau cột trên 0,5 mg/l", "monthly", "01 tháng/lần", "Kỹ sư môi trường")]),
    ("IV. MÁY ÉP BÙN, KHO BÙN", [
        ("Máy ép bùn khung bản", "Độ ẩm bùn sau ép không quá 75%", None, "Sau mỗi mẻ ép", "Nhân viên vận hành"),
        ("Kho chứa bùn thải nguy hại", "Có mái che, gờ chống tràn, biển cảnh báo", "monthly", "01 tháng/lần", "Tổ trưởng tổ môi trường")]),
)  # fmt: skip


def _inspections_kd2_vi(doc: Doc) -> None:
    company, key, *_ = doc.pick(VN_PCB)
    doc.h(f"BẢNG KIỂM TRA VẬN HÀNH HỆ THỐNG XỬ LÝ NƯỚC THẢI CÔNG SUẤT 2.400 M³/NGÀY.ĐÊM – NHÀ MÁY BẢNG MẠCH IN {key.upper()}")
    doc.p(f"Ban hành kèm theo Quy trình vận hành số QT-MT-03 của {company}. Sai lệch so với tiêu chí phải được báo ngay cho Kỹ sư môi trường.")
    rows = [["TT", "Hạng mục kiểm tra", "Thông số vận hành / tiêu chí", "Tần suất", "Người thực hiện"]]
    merges = []
    k = 0
    for section, checks in VN_WWTP_CHECKS:
        _span(rows, merges, section, 5)
        for text, crit, word, said, who in checks:
            k += 1
            rows.append([str(k), text, crit, said, who])
            item = {"kind": "inspection", "text_contains": _first(text, 4), "actor_contains": who}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
    doc.table("Bảng kiểm tra vận hành", rows, merges, role="inspections")
    maybe_distractor(doc)


# ---------------------------------------------------------------- tasks

# ((RU, KK section), [(RU, KK measure, start, end, (2026, 2027, 2028) thousand tenge, RU, KK effect)])
PCB_PPM = (
    (("Охрана атмосферного воздуха", "Атмосфералық ауаны қорғау"), [
        ("Замена насадки и форсунок скрубберов ИЗА 0001 и 0002", "0001 және 0002 ЛШК скрубберлерінің саптамасы мен бүріккіштерін ауыстыру",
         "I кв. 2026", "II кв. 2026", (18500, 0, 0), "снижение выброса гидрохлорида на 0,42 т/год", "гидрохлорид шығарындысын жылына 0,42 т азайту"),
        ("Установка угольного адсорбера с рекуперацией растворителей на участке паяльной маски", "Дәнекерлеу маскасы учаскесінде еріткіштерді "
         "рекуперациялайтын көмір адсорберін орнату", "III кв. 2026", "II кв. 2027", (12000, 46000, 0), "снижение выброса ЛОС на 1,8 т/год",
         "ҰОҚ шығарындысын жылына 1,8 т азайту")]),
    (("Охрана водных объектов", "Су объектілерін қорғау"), [
        ("Строительство установки электролитического извлечения меди из отработанных травильных растворов", "Пайдаланылған травлеу ерітінділерінен "
         "мысты электролиттік бөліп алу қондырғысын салу", "II кв. 2026", "IV кв. 2027", (35000, 82000, 0), "извлечение меди 28 т/год",
         "жылына 28 т мыс алу"),
        ("Перевод линии меднения на каскадную противоточную промывку", "Мыстау желісін каскадты қарсы ағынды жууға көшіру", "I кв. 2027",
         "II кв. 2028", (0, 21000, 9000), "сокращение водоотведения на 18 000 м³/год", "су бұруды жылына 18 000 м³ қысқарту")]),
    (("Обращение с отходами", "Қалдықтармен жұмыс"), [
        ("Устройство крытой площадки временного накопления опасных отходов с бетонным поддоном", "Бетон табандығы бар қауіпті қалдықтарды уақытша "
         "жинақтаудың жабық алаңын салу", "II кв. 2026", "III кв. 2026", (12400, 0, 0), "исключение загрязнения почв", "топырақтың ластануын болдырмау"),
        ("Передача щелочного травильного раствора на регенерацию поставщику", "Сілтілі травлеу ерітіндісін жеткізушіге регенерацияға беру",
         "I кв. 2026", "IV кв. 2028", (3000, 3000, 3000), "сокращение размещения отходов на 460 т/год", "қалдықтарды орналастыруды жылына 460 т қысқарту")]),
    (("Охрана земель и озеленение", "Жерді қорғау және көгалдандыру"), [
        ("Озеленение санитарно-защитной зоны (посадка 350 деревьев)", "Санитариялық-қорғаныш аймағын көгалдандыру (350 ағаш отырғызу)",
         "II кв. 2027", "IV кв. 2027", (0, 7800, 0), "–", "–")]),
)  # fmt: skip


def tasks_kd1(doc: Doc) -> None:
    """A PCB plant's plan of nature-protection measures annexed to its КЭР with a THREE-row header — the term split into start
    and end, the costs into the total and, under a merged `в том числе по годам`, 2026 | 2027 | 2028 — the measures numbered
    1 … 7 straight through four section rows, the source numbers `ИЗА 0001 и 0002` inside an item's text, the expected effect
    in tonnes and cubic metres, the plan's total last and no one named responsible (VI: a PCB factory's plan of remedying what
    an inspection found, the conclusion's own number, each finding beside its measure, the lead unit, the deadline and the
    state of progress)."""
    if doc.lang == "vi":
        _tasks_kd1_vi(doc)
        return
    L, g = _L(doc), _rk(doc)
    op = doc.pick(PCB_OPERATORS)[L]
    doc.h(g(f"План мероприятий по охране окружающей среды {op} на 2026–2028 годы (приложение 3 к КЭР)",
            f"{op} қоршаған ортаны қорғау жөніндегі 2026–2028 жылдарға арналған іс-шаралар жоспары (КЭР-ге 3-қосымша)"))
    head0 = g(["№ п/п", "Наименование мероприятия", "Срок выполнения", None, "Затраты, тыс. тенге", None, None, None, "Источник финансирования", "Ожидаемый эффект"],
              ["Р/с №", "Іс-шараның атауы", "Орындау мерзімі", None, "Шығындар, мың теңге", None, None, None, "Қаржыландыру көзі", "Күтілетін әсер"])
    head1 = [None, None] + g(["начало", "окончание", "всего", "в том числе по годам"], ["басы", "соңы", "барлығы", "оның ішінде жылдар бойынша"]) + [None] * 4
    head2 = [None] * 5 + ["2026", "2027", "2028", None, None]
    rows = [head0, head1, head2]
    merges = [(0, 0, 2, 0), (0, 1, 2, 1), (0, 2, 0, 3), (1, 2, 2, 2), (1, 3, 2, 3), (0, 4, 0, 7), (1, 4, 2, 4), (1, 5, 1, 7), (0, 8, 2, 8), (0, 9, 2, 9)]
    k, sums = 0, [0, 0, 0]
    for (s_ru, s_kk), items in PCB_PPM:
        _span(rows, merges, g(s_ru, s_kk), 10)
        for m_ru, m_kk, start, end, money, e_ru, e_kk in items:
            k += 1
            text = g(m_ru, m_kk)
            sums = [a + b for a, b in zip(sums, money, strict=True)]
            rows.append([str(k), text, start if L == 0 else start.replace("кв.", "тоқ.").replace(" г.", ""), end if L == 0 else end.replace("кв.", "тоқ."),
                         num(sum(money), doc.lang), *(num(x, doc.lang) if x else "–" for x in money), g("собственные средства", "меншікті қаражат"),
                         g(e_ru, e_kk)])
            doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _first(text, 4)})
    rows.append(["", g("Итого по плану", "Жоспар бойынша барлығы"), "", "", num(sum(sums), doc.lang), *(num(x, doc.lang) for x in sums), "", ""])
    doc.table(None, rows, merges, role="tasks")
    maybe_distractor(doc)


VN_FIX = (
    ("Kho chất thải nguy hại chưa có gờ chống tràn, thiếu biển cảnh báo", "Cải tạo kho chất thải nguy hại: xây gờ chống tràn cao 20 cm, lắp biển "
     "cảnh báo theo TCVN 6707:2009", "Bộ phận Facility", "31/03/2026", "Đã hoàn thành"),
    ("Nhật ký vận hành hệ thống xử lý nước thải ghi chép chưa đầy đủ", "Ban hành biểu mẫu nhật ký vận hành mới và đào tạo lại nhân viên vận hành",
     "Phòng EHS", "15/02/2026", "Đã hoàn thành"),
    ("Lưu giữ bùn thải nguy hại quá thời hạn quy định", "Ký phụ lục hợp đồng với đơn vị xử lý, chuyển giao toàn bộ bùn thải tồn lưu",
     "Bộ phận Mua hàng", "31/01/2026", "Đã hoàn thành"),
    ("Hố ga thoát nước mưa khu rửa thiết bị có dấu hiệu lẫn nước thải", "Tách riêng đường ống thoát nước khu rửa thiết bị, lắp van khóa tại hố ga cuối",
     "Bộ phận Facility", "30/04/2026", "Đang thi công"),
    ("Lưu lượng khí thải ống thải số 2 vượt lưu lượng thiết kế", "Lắp bổ sung quạt hút và đồng hồ đo lưu lượng cho tháp hấp thụ số 2",
     "Bộ phận Facility", "30/06/2026", "Đang lựa chọn nhà thầu"),
    ("Chưa cập nhật kế hoạch ứng phó sự cố hóa chất", "Cập nhật Kế hoạch phòng ngừa, ứng phó sự cố chất thải và tổ chức diễn tập 01 lần/năm",
     "Phòng EHS", "30/06/2026", "Chưa thực hiện"),
)  # fmt: skip


def _tasks_kd1_vi(doc: Doc) -> None:
    r = doc.rng
    company, key, *_ = doc.pick(VN_PCB)
    n = r.randint(110, 290)
    doc.h(f"KẾ HOẠCH KHẮC PHỤC CÁC TỒN TẠI THEO KẾT LUẬN KIỂM TRA SỐ {n}/KL-STNMT – {company.upper()}")
    doc.p(f"Thực hiện Kết luận kiểm tra số {n}/KL-STNMT ngày {r.randint(1, 28):02d}/11/2025 về việc chấp hành pháp luật bảo vệ môi trường tại Nhà máy "
          f"sản xuất bảng mạch in {key}, Công ty lập kế hoạch khắc phục như sau:")
    rows = [["TT", "Tồn tại theo Kết luận", "Biện pháp khắc phục", "Đơn vị chủ trì", "Thời hạn hoàn thành", "Kết quả (đến 31/01/2026)"]]
    for k, (issue, fix, who, term, state) in enumerate(VN_FIX, 1):
        rows.append([str(k), issue, fix, who, term, state])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _first(fix, 5), "actor_contains": who})
    doc.table("Bảng 1. Danh mục tồn tại và biện pháp khắc phục", rows, role="tasks")
    maybe_distractor(doc)


# (stage, RU, KK stage, [(number, RU, KK measure, RU, KK form, term, RU, KK responsible, RU, KK co-executors)])
CTP_ROADMAP = (
    ("1", "Проектирование и экспертиза", "Жобалау және сараптама", [
        ("1.1", "Выполнить обследование существующих сооружений и инженерные изыскания", "Қолданыстағы құрылыстарды зерттеп-қарау және инженерлік іздестірулер жүргізу",
         "акт обследования", "зерттеп-қарау актісі", "II кв. 2026", "главный инженер", "бас инженер", "проектная организация", "жобалау ұйымы"),
        ("1.2", "Разработать проект реконструкции ЦОС с блоком доочистки от меди и никеля", "Мыс пен никельден қосымша тазарту блогы бар ОТҚ реконструкциясының жобасын әзірлеу",
         "проектно-сметная документация", "жобалау-сметалық құжаттама", "IV кв. 2026", "главный инженер", "бас инженер", "проектная организация", "жобалау ұйымы"),
        ("1.3", "Получить заключение комплексной вневедомственной экспертизы", "Кешенді ведомстводан тыс сараптаманың қорытындысын алу",
         "положительное заключение", "оң қорытынды", "I кв. 2027", "заместитель директора по развитию", "директордың даму жөніндегі орынбасары", "—", "—")]),
    ("2", "Строительство", "Құрылыс", [
        ("2.1", "Построить блок реагентной доочистки и скорых фильтров", "Реагенттік қосымша тазарту және жылдам сүзгілер блогын салу",
         "акт приемки работ", "жұмыстарды қабылдау актісі", "III кв. 2027", "начальник ЦОС", "ОТҚ бастығы", "генеральный подрядчик", "бас мердігер"),
        ("2.2", "Заменить аэрационную систему аэротенков № 1–4 на мелкопузырчатую", "№ 1–4 аэротенктердің аэрациялық жүйесін ұсақ көпіршікті жүйеге ауыстыру",
         "акт приемки работ", "жұмыстарды қабылдау актісі", "IV кв. 2027", "начальник ЦОС", "ОТҚ бастығы", "генеральный подрядчик", "бас мердігер"),
        ("2.3", "Установить автоматизированную систему мониторинга сбросов на выпуске № 1", "№ 1 шығарылымда төгінділер мониторингінің автоматтандырылған жүйесін орнату",
         "акт ввода АСМ", "АМЖ-ны енгізу актісі", "IV кв. 2027", "инженер-эколог", "инженер-эколог", "поставщик оборудования", "жабдық жеткізуші")]),
    ("3", "Ввод в эксплуатацию", "Пайдалануға беру", [
        ("3.1", "Провести пусконаладочные работы и вывести сооружения на проектный режим", "Іске қосу-жөндеу жұмыстарын жүргізу және құрылыстарды жобалық режимге шығару",
         "протокол испытаний", "сынақ хаттамасы", "I кв. 2028", "начальник ЦОС", "ОТҚ бастығы", "лаборатория ЦОС", "ОТҚ зертханасы"),
        ("3.2", "Внести изменения в комплексное экологическое разрешение", "Кешенді экологиялық рұқсатқа өзгерістер енгізу",
         "переоформленное КЭР", "қайта ресімделген КЭР", "II кв. 2028", "инженер-эколог", "инженер-эколог", "—", "—")]),
)  # fmt: skip


def tasks_kd2(doc: Doc) -> None:
    """The zone's managing company's roadmap of reconstructing the central WWTP: STAGE rows that carry a number of their own
    (`1`, `2`, `3`) in the first cell and the stage's name merged across the rest — headings, not tasks — and under them the
    measures `1.1` … with the form of completion (`акт приемки работ`, `положительное заключение`), the quarter, the
    responsible executor and the co-executors in separate columns (VI: a park operator's plan of carrying out its permit,
    the permit's annex or clause cited in a column of its own, items numbered straight through three spanning sections, one
    item ongoing with no deadline)."""
    if doc.lang == "vi":
        _tasks_kd2_vi(doc)
        return
    L, g = _L(doc), _rk(doc)
    op = doc.pick(CTP_OPERATORS)
    doc.h(g(f"Дорожная карта реконструкции централизованных очистных сооружений индустриальной зоны «{op[2]}» на 2026–2028 годы",
            f"«{op[2]}» индустриялық аймағының орталықтандырылған тазарту құрылыстарын реконструкциялаудың 2026–2028 жылдарға арналған жол картасы"))
    doc.p(g(f"Утверждена решением наблюдательного совета {op[0]}. Цель – достижение ДК сброса по меди 0,01 мг/дм³ и по никелю 0,02 мг/дм³.",
            f"{op[1]} байқау кеңесінің шешімімен бекітілді. Мақсаты – мыс бойынша 0,01 мг/дм³ және никель бойынша 0,02 мг/дм³ шығару ЖК-ға қол жеткізу."))
    rows = [g(["№", "Мероприятие", "Форма завершения", "Срок", "Ответственный исполнитель", "Соисполнители"],
              ["№", "Іс-шара", "Аяқтау нысаны", "Мерзімі", "Жауапты орындаушы", "Бірлесіп орындаушылар"])]
    merges = []
    for stage, st_ru, st_kk, items in CTP_ROADMAP:
        rows.append([stage, g(f"Этап {stage}. {st_ru}", f"{stage}-кезең. {st_kk}"), None, None, None, None])
        merges.append((len(rows) - 1, 1, len(rows) - 1, 5))
        for number, m_ru, m_kk, f_ru, f_kk, term, w_ru, w_kk, c_ru, c_kk in items:
            text, who = g(m_ru, m_kk), g(w_ru, w_kk)
            rows.append([number, text, g(f_ru, f_kk), term if L == 0 else term.replace("кв.", "тоқ."), who, g(c_ru, c_kk)])
            doc.add("obligations", {"kind": "task", "number": number, "text_contains": _first(text, 4), "actor_contains": who})
    doc.table(None, rows, merges, role="tasks")
    maybe_distractor(doc)


VN_PERMIT_PLAN = (
    ("A. NƯỚC THẢI", [
        ("Mục 2 Phụ lục 1", "Nạo vét bùn tuyến cống thu gom nước thải chính của KCN", "Phòng Kỹ thuật hạ tầng", "Đội vận hành NMXLNT", "Quý II/2026"),
        ("Mục 4 Phụ lục 1", "Kiểm định, hiệu chuẩn thiết bị quan trắc tự động tại cửa xả", "Nhà máy XLNT", "Đơn vị dịch vụ quan trắc", "Tháng 5/2026"),
        ("Điểm b mục 5 Phụ lục 1", "Kiểm tra việc đấu nối nước thải của các doanh nghiệp thứ cấp mới", "Phòng Quản lý môi trường", "Nhà máy XLNT",
         "Thường xuyên")]),
    ("B. CHẤT THẢI RẮN, CHẤT THẢI NGUY HẠI", [
        ("Mục 1 Phụ lục 3", "Cải tạo kho lưu giữ bùn thải, bổ sung mái che và rãnh thu nước rỉ", "Ban Quản lý dự án", "Nhà máy XLNT", "Quý III/2026"),
        ("Mục 2 Phụ lục 3", "Ký hợp đồng chuyển giao bùn thải với đơn vị có giấy phép xử lý chất thải nguy hại", "Phòng Hành chính", "Nhà máy XLNT",
         "Tháng 01/2026")]),
    ("C. PHÒNG NGỪA, ỨNG PHÓ SỰ CỐ", [
        ("Mục 1 Phụ lục 4", "Nâng dung tích hồ sự cố lên 10.000 m³", "Ban Quản lý dự án", "Phòng Kỹ thuật hạ tầng", "Quý IV/2026"),
        ("Mục 3 Phụ lục 4", "Tổ chức diễn tập ứng phó sự cố nước thải chưa qua xử lý", "Nhà máy XLNT", "Cảnh sát PCCC và CNCH", "Tháng 9/2026")]),
)  # fmt: skip


def _tasks_kd2_vi(doc: Doc) -> None:
    r = doc.rng
    park = doc.pick(("Tiên Du Bắc", "Quế Sơn Đông"))
    n = r.randint(100, 480)
    doc.h(f"KẾ HOẠCH THỰC HIỆN CÁC YÊU CẦU CỦA GIẤY PHÉP MÔI TRƯỜNG SỐ {n}/GPMT-BTNMT – CÔNG TY CỔ PHẦN PHÁT TRIỂN HẠ TẦNG KCN {park.upper()}")
    doc.p("Các bộ phận chủ trì báo cáo tiến độ về Phòng Quản lý môi trường trước ngày 25 hằng tháng.")
    rows = [["TT", "Yêu cầu của Giấy phép", "Nội dung công việc", "Chủ trì", "Phối hợp", "Thời hạn"]]
    merges = []
    k = 0
    for section, items in VN_PERMIT_PLAN:
        _span(rows, merges, section, 6)
        for ref, text, lead, partner, term in items:
            k += 1
            rows.append([str(k), ref, text, lead, partner, term])
            doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _first(text, 5), "actor_contains": lead})
    doc.table("Bảng 1. Kế hoạch thực hiện", rows, merges, role="tasks")
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"KD{k}", globals()[f"{role}_kd{k}"]) for role in ROLES for k in (1, 2)]
