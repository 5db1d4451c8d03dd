"""The forty-third blind set's part JS (two layouts per role, `JS1` and `JS2`), written by someone who
neither ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`; held out and measured
once (0.778 over 126 files when first measured at the registering commit, 2026-12-07), then moved to the tuning
layouts to be studied.

Theme: oil sludge, drilling waste and oil-contaminated soil treatment. Kazakhstan: a polygon on the Buzachi peninsula
(Mangystau) that takes tank-bottom sludge, cuttings on oil-based mud and oil-soaked soil from the fields around it and
treats them in a thermal desorption unit (УТД), on bioremediation maps and in a small incinerator; an oilfield operator
of the Zhylyoi district (Atyrau) closing its old sludge pits and building a bioremediation pad (a КЭР application's form
sheet, a scoping conclusion, an НДВ table by source, an НДВ summary by substance and period, passports of hazardous
wastes, a quarterly record of wastes received and formed, a soil protocol of the bioremediation maps, a groundwater
protocol of the wells around the closed pits, a ПЭК matrix of letters, a post-closure monitoring calendar, a process
control regulation, a quarterly schedule of internal checks, a plan of environmental measures with money by year and a
regulator's order). Vietnam: a hazardous-waste plant with an incinerator and a TDU in the Phú Mỹ industrial park
(formerly Bà Rịa – Vũng Tàu, now Hồ Chí Minh City), a cuttings-treatment station at the Sao Mai – Bến Đình supply base,
a drilling contractor's base and a fuel depot at Long Sơn (a form sheet, an EIA approval's annex, stack loads before and
after treatment, EIA loads from emission factors in two periods, an annual report's wastes with treatment codes, manifests
summed by waste in columns, stack results in two rounds against two standards, soil against QCVN 03:2023/BTNMT Loại 3,
GPMT monitoring in three sections, a post-closure programme transposed, self-inspection plans and a closure plan).

Facility: a КЭР application's form sheet of the sludge polygon laid out as two label–value pairs a row under section rows,
no header, the licence for hazardous wastes, the telephone, the cadastral number and the distances as look-alikes, the
coordinates in degrees, minutes and seconds with `с.ш.`/`в.д.`, the plot's corners in a table of no role (VI: the same
form sheet of the Phú Mỹ plant, VN-2000 metres beside decimal WGS-84 degrees, `Nhóm I`) (JS1); a scoping conclusion of
the Department of Ecology on closing sludge pits and building a bioremediation pad, labels merged over two columns, the
centre's latitude and longitude as two sub-rows under one merged label, the application's number `KZ..RYS..` as a
look-alike, the pits with their own coordinates in a table of no role (VI: the annex of an EIA approval decision, the
centre in degrees-minutes-seconds with `N`/`E`, the investment in đồng, the corners in VN-2000 in a table of no role) (JS2).

Emissions: an НДВ table of the polygon with a three-row header (groups, columns, units) and a row of column numbers, the
source's number, name, height, mouth diameter and gas temperature merged down over its substances, a subtotal row after
each source and the polygon's total, benzo(a)pyrene and mercury in long decimals (VI: a GPMT application's loads of the
incinerator's and the TDU's stacks under section rows carrying height, diameter and flow, the concentration before and
after treatment and the efficiency before kg/h, g/s and tonnes) (JS1); an НДВ summary of closing the pits in which each
substance's code, name, ПДК and class are merged down over the sources that emit it, sections for the construction
period (tonnes per period) and the operation period, subtotals by substance and totals by period (VI: an EIA's loads by
emission factors, `20S` and kg/day as look-alikes, construction and operation as sections) (JS2).

Wastes: three passports of hazardous wastes as forms of eleven numbered lines, the composition in per cent, the HP
properties, the store's volume and the passport's registration number as look-alikes (VI: an annual report's hazardous
and ordinary wastes in kilograms under section rows with subtotals, the treatment written as codes `TĐ`, `TC`, `HR`
explained in a note, the same code `01 04 01` on two wastes) (JS1); a quarterly record of the wastes the polygon received
and the wastes it formed, a two-row header, the year's total beside four quarters, subtotals by section (VI: a depot's
manifests as rows and its four hazardous wastes as columns, the totals in kilograms and again in tonnes) (JS2).

Limits: a soil protocol of the bioremediation maps with the samples as rows — the same map at day 0 and day 90 — the
components under a merged header with the units in a row of their own, the norm in the last row (the project's target for
oil products, the hygienic ПДК for metals), `< 0,5` below detection (VI: two stacks as section rows in one table, two
rounds as columns, one limit column whose standard — QCVN 30:2012/BTNMT or QCVN 19:2009/BTNMT, both column B — is told
only in the note, US EPA method numbers, dioxins in ngTEQ/Nm³) (JS1); a groundwater protocol of the wells around the
closed pits, the wells as columns under a merged header, the well depth and water level as look-alike rows, pH as a range
(VI: soil of a remediated cuttings pit with the points as columns against QCVN 03:2023/BTNMT Loại 3, oil hydrocarbons
with no limit) (JS2).

Monitoring: a ПЭК matrix with the sources as rows and the substances' codes as columns, each cell a letter (`Н`, `К`,
`П`, `Г`) explained only in the note under it, then the protection zone's points with coordinates (VI: a GPMT programme in
three sections — continuous, periodic stack, periodic waste water — with flow, temperature and O2 listed among the
parameters and dioxins without a key) (JS1); a post-closure calendar of the sludge pits with twelve month columns marked
`+`, the frequency to be counted from the marks (VI: a post-closure programme transposed, the media as columns and the
points, parameters and frequency as rows) (JS2).

Inspections: a regulation of process control at the bioremediation maps, the TDU and the sludge store, each object merged
down over its checks, the criteria full of figures (`60–80 %`, `850 °C`, `C:N:P = 100:10:1`) that are no limits, the
journal's code as a look-alike, a check at each receipt without a frequency (VI: a self-inspection plan by areas with
form codes `BM-MT-..`) (JS1); a quarterly schedule of internal checks whose cells name the month or carry a dash, the
frequency to be counted from them (VI: a check sheet with `x` under the daily, weekly or monthly column) (JS2).

Tasks: a plan of environmental measures for 2026–2028 under component rows, items `1.1`, the money by year under a
merged header, the tonnes of sludge and the hectares as look-alikes (VI: a closure plan of a cuttings pit with items `1.1`
under phases and quarters marked `x`) (JS1); a regulator's order to remove violations found at the polygon, the violation
citing a source, a substance and a ratio beside each requirement, its ground (a КЭР item, an article, the ПЭК rules), the
deadline and no actor (VI: an inspection conclusion
of the provincial Department of Agriculture and Environment with its requirements) (JS2).
"""

from __future__ import annotations

from . import vocab
from .common import Doc, distractor, freq, make_bin, make_msdn, maybe_distractor, num
from .limits_data import add, limit
from .registry import ROLES, Layout
from .sources_data import emission

# ---------------------------------------------------------------- helpers


def _L(doc: Doc) -> int:
    """0 for a Russian document, 1 for a Kazakh one."""
    return 0 if doc.lang == "ru" else 1


def _rk(doc: Doc):
    """`g(ru, kk)`: the text of a Russian or a Kazakh document."""
    L = _L(doc)
    return lambda ru, kk: (ru, kk)[L]


def _sig(x: float, digits: int = 3) -> float:
    return float(f"{x:.{digits}g}")


def _words(text: str, n: int = 4) -> str:
    return " ".join(text.split()[:n])


def _span(rows: list, merges: list, text: str, width: int) -> None:
    """A section row: one cell across the whole table."""
    rows.append([text] + [None] * (width - 1))
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))


def _kind(number: str) -> str:
    return "unorganized" if number.startswith("6") else "organized"


def _kato(doc: Doc, prefix: str) -> str:
    """Nine digits: the district's prefix, a rural district and `000`."""
    width = 6 - len(prefix)
    return f"{prefix}{doc.rng.randint(1, 10**width - 1):0{width}d}000"


def _dms(value: float, lang: str, lat: bool) -> tuple[str, float]:
    """`44°57'40,7" с.ш.` and the decimal degrees the text stands for."""
    d = int(value)
    m = int((value - d) * 60)
    s = round(((value - d) * 60 - m) * 60, 1)
    if s >= 60:
        s, m = 0.0, m + 1
    if m >= 60:
        d, m = d + 1, 0
    hemi = {"ru": ("с.ш.", "в.д."), "kk": ("с.е.", "ш.б."), "vi": ("N", "E")}[lang][0 if lat else 1]
    return f"{d}°{m:02d}'{f'{s:04.1f}'.replace('.', ',')}\" {hemi}", round(d + m / 60 + s / 3600, 6)


def _parts(total: float, n: int, rng, digits: int = 1) -> list[float]:
    """`total` split into n uneven parts, rounded."""
    w = [rng.uniform(0.6, 1.4) for _ in range(n)]
    return [round(total * x / sum(w), digits) for x in w]


# code: (RU, KK, VI, hazard class) of pollutants the vocabulary does not name (names of the list in force)
EXTRA = {
    "0415": ("Смесь углеводородов предельных С1-С5", "Шекті көмірсутектер қоспасы С1-С5", "", 4),
    "0416": ("Смесь углеводородов предельных С6-С10", "Шекті көмірсутектер қоспасы С6-С10", "", 3),
    "0342": ("Фтористые газообразные соединения (в пересчете на фтор)", "Фторлы газ тәрізді қосылыстар", "HF", 2),
    "0183": ("Ртуть (Ртуть металлическая)", "Сынап", "Thủy ngân và hợp chất, tính theo Hg", 1),
    "2732": ("Керосин", "Керосин", "", None),
}
# how Vietnamese stack and air tables name the pollutants
VN_AIR = {"2902": "Bụi tổng", "0330": "SO2", "0301": "NOx (tính theo NO2)", "0337": "CO", "0316": "HCl", "0333": "H2S",
          "0183": "Thủy ngân và hợp chất, tính theo Hg", "0184": "Chì và hợp chất, tính theo Pb", "0602": "Benzen"}


def _air(doc: Doc, code: str) -> str:
    if doc.lang == "vi" and code in VN_AIR:
        return VN_AIR[code]
    if code in EXTRA:
        return EXTRA[code][vocab.LANGS.index(doc.lang)]
    return vocab.air(code, doc.lang)


def _hazard(code: str) -> int | None:
    return EXTRA[code][3] if code in EXTRA else vocab.hazard(code)


def _cls(code: str) -> str:
    hz = _hazard(code)
    return str(hz) if hz else "—"


def _fw(doc: Doc, word: str) -> str:
    """A frequency as the document writes it, `daily` and `weekly` included."""
    own = {"daily": {"ru": "ежедневно", "kk": "күн сайын", "vi": "Hằng ngày"},
           "weekly": {"ru": "еженедельно", "kk": "апта сайын", "vi": "Hằng tuần"}}
    return own[word][doc.lang] if word in own else freq(doc, word)


# ---------------------------------------------------------------- facility

# (RU, KK operator, RU, KK legal address, RU, KK head)
SLUDGE_OPS = (
    ("ТОО «Бозашы Эко Ресайклинг»", "«Бозашы Эко Ресайклинг» ЖШС", "г. Актау, 14 мкр., здание 57, офис 203",
     "Ақтау қ., 14 ш/а, 57-ғимарат, 203-кеңсе", "директор Есенгалиев Р.Т.", "директор Есенғалиев Р.Т."),
    ("ТОО «КаспийТерм Сервис»", "«КаспийТерм Сервис» ЖШС", "г. Актау, промышленная зона 6, база 12",
     "Ақтау қ., 6-өнеркәсіптік аймақ, 12-база", "генеральный директор Ким Д.А.", "бас директор Ким Д.А."),
)  # fmt: skip
POLYGON = ("Полигон по переработке и обезвреживанию нефтесодержащих отходов «Бозашы»",
           "«Бозашы» мұнай құрамды қалдықтарды қайта өңдеу және залалсыздандыру полигоны")
POLYGON_PLACE = ("Мангистауская область, Тупкараганский район, 18 км юго-восточнее месторождения Каражанбас",
                 "Маңғыстау облысы, Түпқараған ауданы, Қаражанбас кен орнынан 18 км оңтүстік-шығысқа қарай")


def facility_js1(doc: Doc) -> None:
    """A КЭР application's form sheet of an oil-waste polygon: two label–value pairs a row under the section rows
    `1. Оператор` and `2. Объект`, no header; the BIN beside the operator's name, the licence for hazardous wastes, the
    telephone and the cadastral number as look-alikes, OKED `38220`, KATO, the centre in degrees, minutes and seconds, the
    category `I` beside the protection zone's class `I`, the distances to the village and the sea; the plot's corners in a
    table of no role (VI: the Phú Mỹ hazardous-waste plant's form sheet, VN-2000 metres beside decimal WGS-84 degrees)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_js1_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    op = doc.pick(SLUDGE_OPS)
    bin_, kato = make_bin(r), _kato(doc, "4756")
    lat0, lon0 = 44.9613 + r.uniform(-0.004, 0.004), 51.6127 + r.uniform(-0.004, 0.004)
    (lat_t, lat), (lon_t, lon) = _dms(lat0, doc.lang, True), _dms(lon0, doc.lang, False)
    area = round(r.uniform(18, 32), 1)
    doc.h(g("Раздел 1. Общие сведения об объекте (к заявке на получение комплексного экологического разрешения)",
            "1-бөлім. Объект туралы жалпы мәліметтер (кешенді экологиялық рұқсат алуға арналған өтінімге)"))
    doc.p(g("Полигон принимает нефтешламы, буровые шламы и нефтезагрязненные грунты предприятий полуострова Бузачи и обезвреживает их "
            "методами термической десорбции, биоремедиации и сжигания.",
            "Полигон Бозашы түбегі кәсіпорындарының мұнай шламдарын, бұрғылау шламдарын және мұнаймен ластанған топырақты қабылдап, "
            "оларды термиялық десорбция, биоремедиация және жағу әдістерімен залалсыздандырады."))
    rows, merges = [], []
    _span(rows, merges, g("1. Оператор", "1. Оператор"), 4)
    rows += [
        [g("Наименование", "Атауы"), op[L], g("БИН", "БСН"), bin_],
        [g("Юридический адрес", "Заңды мекенжайы"), op[2 + L], g("Телефон", "Телефон"),
         f"+7 7292 {r.randint(30, 79)} {r.randint(10, 99)} {r.randint(10, 99)}"],
        [g("Первый руководитель", "Бірінші басшы"), op[4 + L],
         g("Лицензия на переработку, обезвреживание, утилизацию и уничтожение опасных отходов",
           "Қауіпті қалдықтарды қайта өңдеуге, залалсыздандыруға, кәдеге жаратуға және жоюға лицензия"),
         g(f"№ {r.randint(1, 9):02d}{r.randint(100, 999)}P от {r.randint(1, 28):02d}.05.2019",
           f"2019 ж. {r.randint(1, 28):02d}.05. № {r.randint(1, 9):02d}{r.randint(100, 999)}P")],
    ]
    _span(rows, merges, g("2. Объект", "2. Объект"), 4)
    rows += [
        [g("Наименование объекта", "Объектінің атауы"), POLYGON[L], g("Вид деятельности (ОКЭД)", "Қызмет түрі (ЭҚЖЖ)"),
         g("38220 – Обработка и удаление опасных отходов", "38220 – Қауіпті қалдықтарды өңдеу және жою")],
        [g("Местонахождение", "Орналасқан жері"), POLYGON_PLACE[L], g("Код КАТО", "ҚАТО коды"), kato],
        [g("Координаты центра площадки", "Алаң орталығының координаттары"), f"{lat_t}; {lon_t}",
         g("Площадь земельного участка, га", "Жер учаскесінің ауданы, га"),
         g(f"{num(area, 'ru')} (кадастровый № 13-200-0{r.randint(10, 99)}-{r.randint(100, 999)})",
           f"{num(area, 'kk')} (кадастрлық № 13-200-0{r.randint(10, 99)}-{r.randint(100, 999)})")],
        [g("Категория объекта", "Объектінің санаты"), "I", g("Санитарно-защитная зона", "Санитариялық-қорғаныш аймағы"),
         g("1 000 м (I класс)", "1 000 м (I сынып)")],
        [g("Проектная мощность", "Жобалық қуаты"),
         g("УТД – 25 000 т/год; биоремедиация – 40 000 т/год; инсинератор – 1,2 т/ч",
           "ТДҚ – жылына 25 000 т; биоремедиация – жылына 40 000 т; инсинератор – сағатына 1,2 т"),
         g("Режим работы", "Жұмыс режимі"), g("круглосуточно, 330 сут/год", "тәулік бойы, жылына 330 тәулік")],
        [g("Ближайший населенный пункт", "Ең жақын елді мекен"), g(f"с. Каламкас – {r.randint(24, 31)} км", f"Қаламқас а. – {r.randint(24, 31)} км"),
         g("Ближайший водный объект", "Ең жақын су объектісі"),
         g(f"Каспийское море – {num(round(r.uniform(8, 12), 1), 'ru')} км", f"Каспий теңізі – {num(round(r.uniform(8, 12), 1), 'kk')} км")],
    ]
    doc.table(None, rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": "Бозашы", "kato": kato, "oked": "38220", "category": "I", "lat": lat, "lon": lon})
    corners = [g(["Точка", "Северная широта", "Восточная долгота"], ["Нүкте", "Солтүстік ендік", "Шығыс бойлық"])]
    for k, (dy, dx) in enumerate(((0.0019, -0.0027), (0.0021, 0.0026), (-0.0018, 0.0025), (-0.0020, -0.0024)), 1):
        corners.append([str(k), _dms(lat0 + dy, doc.lang, True)[0], _dms(lon0 + dx, doc.lang, False)[0]])
    doc.table(g("Координаты угловых точек земельного участка", "Жер учаскесінің бұрыштық нүктелерінің координаттары"), corners, role="other")


VN_PLANTS = (("Công ty TNHH Xử lý Chất thải Dầu khí Phú Mỹ Xanh", "Phú Mỹ Xanh"), ("Công ty Cổ phần Môi trường Công nghiệp Sao Biển", "Sao Biển"))


def _facility_js1_vi(doc: Doc) -> None:
    r = doc.rng
    company, key = doc.pick(VN_PLANTS)
    msdn = make_msdn(r)
    name = f"Nhà máy xử lý chất thải nguy hại và bùn dầu {key}"
    lat, lon = round(10.5734 + r.uniform(-0.003, 0.003), 5), round(107.0321 + r.uniform(-0.003, 0.003), 5)
    doc.h("CHƯƠNG I. THÔNG TIN CHUNG VỀ CƠ SỞ")
    doc.p(f"(Báo cáo đề xuất cấp lại giấy phép môi trường của {name}.)")
    rows, merges = [], []
    _span(rows, merges, "I. CHỦ CƠ SỞ", 4)
    rows += [["Tên chủ cơ sở", company, "Mã số doanh nghiệp", msdn],
             ["Người đại diện theo pháp luật", f"Ông {doc.pick(('Trương Minh Khoa', 'Lâm Quốc Bảo', 'Đặng Văn Hưng'))} – Giám đốc", "Điện thoại",
              f"0254 {r.randint(3500, 3999)} {r.randint(100, 999)}"]]
    _span(rows, merges, "II. CƠ SỞ", 4)
    rows += [["Tên cơ sở", name, "Loại hình", "Dịch vụ xử lý chất thải nguy hại (VSIC 3822)"],
             ["Địa điểm", "Lô D3, Khu công nghiệp Phú Mỹ II mở rộng, phường Phú Mỹ, TP. Hồ Chí Minh (trước ngày 01/7/2025: thị xã Phú Mỹ, "
              "tỉnh Bà Rịa – Vũng Tàu)", "Diện tích", f"{num(round(r.uniform(4.5, 6.5), 1), 'vi')} ha"],
             ["Tọa độ tâm (VN-2000, KTT 107°45', múi 3°)", f"X = {num(1169000 + r.randint(0, 900), 'vi')} m; Y = {num(421000 + r.randint(0, 900), 'vi')} m",
              "Tọa độ tâm (WGS-84)", f"{num(lat, 'vi', group=False)}° N; {num(lon, 'vi', group=False)}° E"],
             ["Phân nhóm theo Luật BVMT", "Nhóm I (có cấu phần dịch vụ xử lý chất thải nguy hại)", "Giấy phép môi trường",
              f"Số {r.randint(100, 399)}/GP-BTNMT ngày {r.randint(1, 28):02d}/9/2023"],
             ["Công suất", "Lò đốt CTNH 3 tấn/giờ; hệ thống giải hấp nhiệt (TDU) bùn dầu, mùn khoan 50 tấn/ngày; hóa rắn 30 tấn/ngày",
              "Số lao động", f"{r.randint(70, 110)} người"]]  # fmt: skip
    doc.table("Bảng 1.1. Thông tin chung", rows, merges, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": key, "category": "I", "lat": lat, "lon": lon})
    doc.table("Bảng 1.2. Các hệ thống xử lý chính", [
        ["Hệ thống", "Công suất thiết kế", "Năm vận hành"],
        ["Lò đốt CTNH hai cấp (sơ cấp 850 °C, thứ cấp 1.100 °C)", "3 tấn/giờ", "2016"],
        ["Hệ thống giải hấp nhiệt gián tiếp (TDU)", "50 tấn/ngày", "2021"],
        ["Hệ thống hóa rắn, đóng rắn tro xỉ", "30 tấn/ngày", "2016"],
        ["Hệ thống xử lý nước thải", f"{r.randint(80, 150)} m³/ngày đêm", "2016"],
    ], role="other")
    maybe_distractor(doc, 0.3)


# (RU, KK operator) of the oilfield closing its pits
FIELD_OPS = (("АО «Жылыой Мунай Оперейтинг»", "«Жылыой Мұнай Оперейтинг» АҚ"), ("ТОО «Эмба Южная Нефть»", "«Ембі Оңтүстік Мұнай» ЖШС"))


def facility_js2(doc: Doc) -> None:
    """A scoping conclusion of the Department of Ecology for Atyrau oblast on an oilfield operator's plan to close fourteen
    sludge pits and build a bioremediation pad: `Показатель | | Сведения`, most labels merged over the first two columns,
    the centre's latitude and longitude as two sub-rows under one label merged down, the application's number `KZ..RYS..`
    and date, OKED `06100`, KATO, the category `I` in a sentence citing the Code's annex, the area and the term; the pits
    with their wells, areas, depths and coordinates in a table of no role (VI: the annex of an EIA approval decision of a
    cuttings-treatment station, the centre in degrees-minutes-seconds with `N`/`E`, the investment, the corners in VN-2000)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_js2_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    op = doc.pick(FIELD_OPS)[L]
    bin_, kato = make_bin(r), _kato(doc, "2347")
    lat0, lon0 = 46.6857 + r.uniform(-0.004, 0.004), 54.3799 + r.uniform(-0.004, 0.004)
    (lat_t, lat), (lon_t, lon) = _dms(lat0, doc.lang, True), _dms(lon0, doc.lang, False)
    name = g("Площадка биоремедиации нефтезагрязненных грунтов месторождения Каратобе Южное",
             "Оңтүстік Қаратөбе кен орнының мұнаймен ластанған топырақты биоремедиациялау алаңы")
    doc.h(g("Заключение об определении сферы охвата оценки воздействия на окружающую среду и (или) скрининга воздействий намечаемой деятельности",
            "Қоршаған ортаға әсерді бағалаудың қамту саласын және (немесе) белгіленіп отырған қызмет әсерлерін скринингтеу туралы қорытынды"))
    doc.p(g("РГУ «Департамент экологии по Атырауской области Комитета экологического регулирования и контроля Министерства экологии и "
            "природных ресурсов Республики Казахстан», рассмотрев заявление о намечаемой деятельности, сообщает следующее.",
            "«Қазақстан Республикасы Экология және табиғи ресурстар министрлігі Экологиялық реттеу және бақылау комитетінің Атырау облысы "
            "бойынша экология департаменті» РММ белгіленіп отырған қызмет туралы өтінішті қарап, мынаны хабарлайды."))
    rows, merges = [g(["Показатель", None, "Сведения"], ["Көрсеткіш", None, "Мәліметтер"])], [(0, 0, 0, 1)]

    def line(label: str, value: str) -> None:
        rows.append([label, None, value])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 1))

    line(g("Инициатор намечаемой деятельности", "Белгіленіп отырған қызметтің бастамашысы"), op)
    line(g("БИН", "БСН"), bin_)
    line(g("Номер и дата заявления", "Өтініштің нөмірі мен күні"),
         g(f"KZ{r.randint(10, 99)}RYS{r.randint(10**7, 10**8 - 1):08d} от {r.randint(1, 28):02d}.11.2025",
           f"2025 ж. {r.randint(1, 28):02d}.11. № KZ{r.randint(10, 99)}RYS{r.randint(10**7, 10**8 - 1):08d}"))
    line(g("Наименование объекта", "Объектінің атауы"), name)
    line(g("Вид деятельности (ОКЭД)", "Қызмет түрі (ЭҚЖЖ)"), g("06100 – Добыча сырой нефти и попутного газа", "06100 – Шикі мұнай мен ілеспе газ өндіру"))
    line(g("Место осуществления", "Жүзеге асырылатын орны"),
         g(f"Атырауская область, Жылыойский район, месторождение Каратобе Южное, в {r.randint(38, 46)} км к юго-востоку от г. Кульсары",
           f"Атырау облысы, Жылыой ауданы, Оңтүстік Қаратөбе кен орны, Құлсары қ. {r.randint(38, 46)} км оңтүстік-шығысқа қарай"))
    line(g("Код КАТО", "ҚАТО коды"), kato)
    rows.append([g("Координаты центра площадки", "Алаң орталығының координаттары"), g("северная широта", "солтүстік ендік"), lat_t])
    rows.append([None, g("восточная долгота", "шығыс бойлық"), lon_t])
    merges.append((len(rows) - 2, 0, len(rows) - 1, 0))
    line(g("Категория объекта", "Объектінің санаты"),
         g("I категория (раздел 1 приложения 2 к Экологическому кодексу Республики Казахстан)",
           "I санат (Қазақстан Республикасы Экология кодексіне 2-қосымшаның 1-бөлімі)"))
    line(g("Площадь площадки, га", "Алаңның ауданы, га"), num(round(r.uniform(4.2, 5.6), 1), doc.lang))
    line(g("Срок проведения работ", "Жұмыстарды жүргізу мерзімі"), g("ликвидация амбаров – 2026 г.; эксплуатация площадки – 2027–2035 гг.",
                                                                 "амбарларды жою – 2026 ж.; алаңды пайдалану – 2027–2035 жж."))
    doc.table(None, rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": g("Каратобе", "Қаратөбе"), "kato": kato, "oked": "06100", "category": "I",
                           "lat": lat, "lon": lon})
    pits = [g(["№ амбара", "Скважина №", "Площадь, м²", "Глубина, м", "Координаты"], ["Амбар №", "Ұңғыма №", "Ауданы, м²", "Тереңдігі, м", "Координаттары"])]
    for k in range(1, 6):
        plat, plon = lat0 + r.uniform(-0.03, 0.03), lon0 + r.uniform(-0.04, 0.04)
        pits.append([f"ША-{k}", str(r.randint(101, 260)), num(r.randint(8, 30) * 50, doc.lang), num(round(r.uniform(1.5, 3.0), 1), doc.lang),
                     f"{_dms(plat, doc.lang, True)[0]}, {_dms(plon, doc.lang, False)[0]}"])
    doc.table(g("Шламовые амбары, подлежащие ликвидации (первая очередь)", "Жойылатын шлам амбарлары (бірінші кезек)"), pits, role="other")
    doc.p(g("Выводы: намечаемая деятельность подлежит обязательной оценке воздействия на окружающую среду; в отчете о возможных "
            "воздействиях рассмотреть воздействие на подземные воды и почвы, обращение с извлекаемым нефтешламом и мониторинг после ликвидации.",
            "Қорытынды: белгіленіп отырған қызмет қоршаған ортаға әсерді міндетті бағалауға жатады; ықтимал әсерлер туралы есепте жерасты "
            "суларына және топыраққа әсерді, алынатын мұнай шламымен жұмыс істеуді және жойылғаннан кейінгі мониторингті қарау қажет."))


def _facility_js2_vi(doc: Doc) -> None:
    r = doc.rng
    company = doc.pick(("Công ty TNHH Dịch vụ Kỹ thuật Dầu khí Sao Mai Xanh", "Công ty Cổ phần Xử lý Chất thải Khoan Sao Mai"))
    msdn = make_msdn(r)
    lat0, lon0 = 10.4101 + r.uniform(-0.002, 0.002), 107.1328 + r.uniform(-0.002, 0.002)
    (lat_t, lat), (lon_t, lon) = _dms(lat0, "vi", True), _dms(lon0, "vi", False)
    doc.h("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG")
    doc.p(f"QUYẾT ĐỊNH số {r.randint(1200, 2900)}/QĐ-BNNMT ngày {r.randint(1, 28):02d}/10/2025 về việc phê duyệt kết quả thẩm định báo cáo "
          "đánh giá tác động môi trường của Dự án Trạm xử lý mùn khoan và dung dịch khoan thải Sao Mai.")
    doc.p("Điều 1. Phê duyệt kết quả thẩm định báo cáo đánh giá tác động môi trường của Dự án với các nội dung tại Phụ lục kèm theo Quyết định này.")
    rows = [["TT", "Nội dung", "Thông tin"],
            ["1", "Tên dự án", "Dự án Trạm xử lý mùn khoan và dung dịch khoan thải Sao Mai"],
            ["2", "Chủ dự án", company],
            ["3", "Mã số doanh nghiệp", msdn],
            ["4", "Địa điểm thực hiện", "Khu căn cứ dịch vụ dầu khí Sao Mai – Bến Đình, phường Vũng Tàu, Thành phố Hồ Chí Minh"],
            ["5", "Tọa độ tâm khu đất (WGS-84)", f"{lat_t}; {lon_t}"],
            ["6", "Diện tích sử dụng đất", f"{num(round(r.uniform(2.8, 3.9), 1), 'vi')} ha"],
            ["7", "Quy mô, công suất", "Xử lý 30.000 tấn mùn khoan nhiễm dầu/năm bằng công nghệ giải hấp nhiệt gián tiếp; tái sinh 6.000 m³ dung "
             "dịch khoan nền không nước/năm"],
            ["8", "Phân loại dự án", "Dự án đầu tư nhóm I theo Phụ lục III ban hành kèm theo Nghị định số 08/2022/NĐ-CP"],
            ["9", "Tổng vốn đầu tư", f"{num(r.randint(150, 220) * 10**9 + r.randint(1, 9) * 10**8, 'vi')} đồng"]]  # fmt: skip
    doc.table("PHỤ LỤC. THÔNG TIN VỀ DỰ ÁN", rows, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": "Sao Mai", "category": "I", "lat": lat, "lon": lon})
    pts = [["Điểm", "X (m)", "Y (m)"]]
    x0, y0 = 1151000 + r.randint(0, 900), 434000 + r.randint(0, 900)
    for k, (dx, dy) in enumerate(((0, 0), (96, 12), (104, 171), (-8, 164)), 1):
        pts.append([f"M{k}", num(x0 + dx, "vi"), num(y0 + dy, "vi")])
    doc.table("Tọa độ các điểm góc khu đất (VN-2000, KTT 107°45', múi chiếu 3°)", pts, role="other")


# ---------------------------------------------------------------- emissions

# (number, RU, KK, height m, diameter m or None, gas t °C or None, hours a year, {code: (low, high) g/s})
POLY_SOURCES = (
    ("0001", "Дымовая труба установки термической десорбции УТД-1 (камера дожигания, скруббер)",
     "ТДҚ-1 термиялық десорбция қондырғысының түтін мұржасы (жағу камерасы, скруббер)", 25, 0.8, 185, 7920,
     {"0301": (0.25, 0.7), "0304": (0.04, 0.11), "0330": (0.08, 0.35), "0337": (0.2, 0.9), "0328": (0.01, 0.04), "2902": (0.05, 0.18),
      "0703": (0.0000002, 0.0000009)}),
    ("0002", "Дымовая труба инсинератора (сжигание промасленных отходов)", "Инсинератордың түтін мұржасы (майланған қалдықтарды жағу)",
     12, 0.4, 240, 4800,
     {"0301": (0.03, 0.09), "0337": (0.05, 0.2), "0330": (0.01, 0.05), "0316": (0.004, 0.02), "0342": (0.0005, 0.002), "2902": (0.01, 0.04),
      "0183": (0.000005, 0.00002)}),
    ("0003", "Выхлопная труба дизель-генератора АД-200 (резервный)", "АД-200 дизель-генераторының шығару құбыры (резервтік)", 3.5, 0.15, 420, 500,
     {"0301": (0.1, 0.3), "0304": (0.015, 0.05), "0328": (0.008, 0.03), "0330": (0.02, 0.06), "0337": (0.1, 0.3), "1325": (0.002, 0.006),
      "2754": (0.05, 0.15)}),
    ("6001", "Приемная площадка и шламонакопитель ШН-1", "Қабылдау алаңы және ШН-1 шлам жинағышы", 2, None, None, 8760,
     {"0415": (0.2, 0.8), "0416": (0.05, 0.2), "0333": (0.0005, 0.002), "0602": (0.002, 0.008), "0621": (0.001, 0.005), "0616": (0.001, 0.004)}),
    ("6002", "Карты биоремедиации № 1–6", "№ 1–6 биоремедиация карталары", 2, None, None, 5100,
     {"0415": (0.1, 0.5), "0333": (0.0003, 0.001), "2754": (0.02, 0.08)}),
    ("6003", "Выгрузка и складирование обезвреженного грунта", "Залалсыздандырылған топырақты түсіру және қоймалау", 2, None, None, 2600,
     {"2908": (0.03, 0.12)}),
)  # fmt: skip


def emissions_js1(doc: Doc) -> None:
    """The НДВ table of an oil-waste polygon: a header of three rows — the groups `Источник загрязнения`, `Загрязняющее
    вещество`, `Выбросы`, then the columns, then the units `м`, `°C`, `г/с`, `т/год` in a row of their own — and a row of
    column numbers; the source's number, name, height, mouth diameter and gas temperature merged down over its substances,
    `Итого по ИЗА 0001` after each source and the polygon's total last; the TDU's benzo(a)pyrene and the incinerator's
    mercury in long decimals, unorganised sources with dashes for diameter and temperature (VI: a GPMT application's loads
    of the incinerator's and the TDU's stacks under section rows that carry height, diameter and flow, the concentration
    before and after treatment and the efficiency in front of kg/h, g/s and tonnes a year)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_js1_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    op = doc.pick(SLUDGE_OPS)[L]
    doc.h(g(f"Проект нормативов допустимых выбросов. {POLYGON[0]} ({op})", f"{op}. {POLYGON[1]}. Жол берілетін шығарындылар нормативтерінің жобасы"))
    doc.p(g("Таблица 3.3 составлена по результатам инвентаризации 2025 года; выбросы установлены на 2026–2035 годы без изменения. "
            "Координаты источников в условной системе приведены в приложении 4.",
            "3.3-кесте 2025 жылғы түгендеу нәтижелері бойынша жасалды; шығарындылар 2026–2035 жылдарға өзгеріссіз белгіленді. Көздердің "
            "шартты жүйедегі координаттары 4-қосымшада келтірілген."))
    rows = [
        g(["Источник загрязнения атмосферы", None, None, None, None, "Загрязняющее вещество", None, None, "Выбросы на 2026–2035 гг.", None],
          ["Атмосфераның ластану көзі", None, None, None, None, "Ластаушы зат", None, None, "2026–2035 жж. шығарындылар", None]),
        g(["номер", "наименование", "высота", "диаметр устья", "температура ГВС", "код", "наименование", "класс опасности", "максимальные", "валовые"],
          ["нөмірі", "атауы", "биіктігі", "сағасының диаметрі", "ГАҚ температурасы", "коды", "атауы", "қауіптілік сыныбы", "ең жоғары", "жалпы"]),
        [None, None, g("м", "м"), g("м", "м"), "°C", None, None, None, g("г/с", "г/с"), g("т/год", "т/жыл")],
        [str(k) for k in range(1, 11)],
    ]
    merges = [(0, 0, 0, 4), (0, 5, 0, 7), (0, 8, 0, 9)] + [(1, c, 2, c) for c in (0, 1, 5, 6, 7)]
    all_g, all_t = 0.0, 0.0
    for number, s_ru, s_kk, height, diam, temp, hours, codes in POLY_SOURCES:
        start, sum_g, sum_t = len(rows), 0.0, 0.0
        for j, (code, (lo, hi)) in enumerate(codes.items()):
            gs = _sig(r.uniform(lo, hi), 3)
            ty = _sig(gs * hours * 3600 / 1e6, 4)
            head = ([number, (s_ru, s_kk)[L], num(height, doc.lang), num(diam, doc.lang) if diam else "—", str(temp) if temp else "—"]
                    if j == 0 else [None] * 5)
            rows.append(head + [code, _air(doc, code), _cls(code), num(gs, doc.lang), num(ty, doc.lang)])
            doc.add("emissions", emission(code, gs, ty, number, _hazard(code)))
            sum_g, sum_t = sum_g + gs, sum_t + ty
        if len(codes) > 1:
            merges += [(start, c, len(rows) - 1, c) for c in range(5)]
        rows.append(["", "", "", "", "", g(f"Итого по ИЗА {number}:", f"{number} ЛШК бойынша жиыны:"), None, None,
                     num(round(sum_g, 7), doc.lang), num(round(sum_t, 6), doc.lang)])
        merges.append((len(rows) - 1, 5, len(rows) - 1, 7))
        all_g, all_t = all_g + sum_g, all_t + sum_t
    rows.append([g("Всего по полигону:", "Полигон бойынша барлығы:"), None, None, None, None, None, None, None,
                 num(round(all_g, 7), doc.lang), num(round(all_t, 6), doc.lang)])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 7))
    doc.table(g("Таблица 3.3 – Параметры выбросов загрязняющих веществ в атмосферу для расчета нормативов допустимых выбросов",
                "3.3-кесте – Жол берілетін шығарындылар нормативтерін есептеуге арналған атмосфераға ластаушы заттар шығарындыларының параметрлері"),
              rows, merges, role="emissions")
    doc.add("sources", *({"number": s[0], "type": _kind(s[0])} for s in POLY_SOURCES))
    maybe_distractor(doc)


# (VI stack, height m, diameter m, flow Nm3/h, hours a year, {code: (concentration before mg/Nm3, efficiency %)})
VN_STACKS = (
    ("Ống khói lò đốt CTNH công suất 3 tấn/giờ", 30, 1.0, 28000, 6600,
     {"2902": (2500, 99.2), "0316": (900, 97.0), "0330": (600, 85.0), "0301": (450, 30.0), "0337": (300, 60.0), "0183": (0.8, 90.0)}),
    ("Ống khói hệ thống giải hấp nhiệt (TDU) bùn dầu, mùn khoan", 20, 0.6, 12000, 7200,
     {"2902": (1800, 98.5), "0330": (350, 80.0), "0301": (300, 20.0), "0337": (500, 75.0), "0333": (25, 95.0)}),
)


def _emissions_js1_vi(doc: Doc) -> None:
    r = doc.rng
    company, key = doc.pick(VN_PLANTS)
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP LẠI GIẤY PHÉP MÔI TRƯỜNG – NHÀ MÁY XỬ LÝ CHẤT THẢI NGUY HẠI VÀ BÙN DẦU {key.upper()}")
    doc.p(f"Chủ cơ sở: {company}. Nồng độ trước xử lý lấy theo số liệu thiết kế; nồng độ sau xử lý là giá trị trung bình của kết quả "
          "quan trắc tự động năm 2025.")
    rows = [["TT", "Thông số", "Nồng độ trước xử lý (mg/Nm³)", "Hiệu suất xử lý (%)", "Nồng độ sau xử lý (mg/Nm³)", "Tải lượng (kg/giờ)",
             "Tải lượng (g/s)", "Tải lượng (tấn/năm)"]]
    merges = []
    for name, height, diam, flow, hours, codes in VN_STACKS:
        q = flow + r.randint(-15, 15) * 100
        _span(rows, merges, f"{name} (H = {height} m; D = {num(diam, 'vi')} m; Q = {num(q, 'vi')} Nm³/h; {num(hours, 'vi')} giờ/năm)", 8)
        for k, (code, (before, eff)) in enumerate(codes.items(), 1):
            b = _sig(before * r.uniform(0.85, 1.15), 3)
            after = _sig(b * (1 - eff / 100), 3)
            gs = _sig(after * q / 3.6e6, 3)
            ty = _sig(gs * hours * 3600 / 1e6, 3)
            rows.append([str(k), _air(doc, code), num(b, "vi"), num(eff, "vi"), num(after, "vi"), num(_sig(after * q / 1e6, 3), "vi"),
                         num(gs, "vi"), num(ty, "vi")])
            doc.add("emissions", emission(code, gs, ty))
    doc.table("Bảng 3.4. Nồng độ, tải lượng các chất ô nhiễm trong khí thải của cơ sở", rows, merges, role="emissions")
    doc.p("Ghi chú: hệ thống xử lý khí thải lò đốt gồm buồng làm nguội nhanh, cyclon, tháp hấp thụ bằng dung dịch NaOH và tháp hấp phụ than hoạt tính.")
    maybe_distractor(doc)


# ПДК м.р., mg/m3, printed in the summary (None: a dash)
PDK_MR = {"0301": 0.2, "0304": 0.4, "0328": 0.15, "0330": 0.5, "0337": 5, "0333": 0.008, "0415": 200, "0416": 50, "0602": 0.3,
          "0703": None, "1325": 0.05, "2754": 1, "2908": 0.3, "2732": None}
# period: [(number, RU, KK, hours, {code: (low, high) g/s})]
CLOSURE = {
    "construction": [
        ("0001", "Передвижная дизельная электростанция ДЭС-60", "ДЭС-60 жылжымалы дизель электр станциясы", 2160,
         {"0301": (0.05, 0.12), "0304": (0.008, 0.02), "0328": (0.004, 0.012), "0330": (0.01, 0.03), "0337": (0.05, 0.12),
          "0703": (0.0000001, 0.0000003), "1325": (0.001, 0.003), "2754": (0.02, 0.06)}),
        ("6001", "Выемка и погрузка нефтешлама из амбаров экскаватором", "Амбарлардан мұнай шламын экскаватормен қазу және тиеу", 1440,
         {"0415": (0.3, 1.1), "0416": (0.08, 0.3), "0333": (0.001, 0.004)}),
        ("6002", "Засыпка амбаров и планировка чистым грунтом", "Амбарларды таза топырақпен көму және тегістеу", 1200, {"2908": (0.08, 0.3)}),
        ("6003", "Работа дорожно-строительной техники", "Жол-құрылыс техникасының жұмысы", 1800,
         {"0301": (0.03, 0.09), "0328": (0.005, 0.015), "0330": (0.005, 0.015), "0337": (0.04, 0.12), "2732": (0.01, 0.04)})],
    "operation": [
        ("6004", "Карты биоремедиации (внесение биопрепарата, рыхление)", "Биоремедиация карталары (биопрепарат енгізу, қопсыту)", 4400,
         {"0415": (0.15, 0.6), "0333": (0.0004, 0.0015), "2754": (0.03, 0.1)}),
        ("6005", "Площадка смешения грунта со структуратором", "Топырақты құрылымдаушымен араластыру алаңы", 1500, {"2908": (0.02, 0.08)}),
        ("0002", "Дыхательный клапан емкости уловленной нефти Е-1", "Е-1 ұсталған мұнай сыйымдылығының тыныс алу клапаны", 8760,
         {"0415": (0.02, 0.08), "0416": (0.005, 0.02), "0333": (0.00005, 0.0002), "0602": (0.0002, 0.0008)})],
}  # fmt: skip


def emissions_js2(doc: Doc) -> None:
    """The summary of an НДВ project for closing an oilfield's sludge pits and running a bioremediation pad, turned inside
    out: each substance's code, name, ПДК м.р. and class merged down over the sources that emit it, the source's number and
    name beside, `г/с | т/период` under a merged header; section rows for the construction period (closing the pits in
    2026, tonnes per period) and the operation period (the pad), `итого по веществу` under substances with more than one
    source and the period's total at each section's end; kerosene and benzo(a)pyrene with dashes for ПДК or class (VI: an
    EIA's loads worked out from emission factors for the building works and for the running TDU, the factor and its unit
    `kg/tấn dầu DO` with `20S` and kg/day as look-alikes, tonnes per period in construction and per year in operation)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_js2_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    op = doc.pick(FIELD_OPS)[L]
    doc.h(g(f"Нормативы допустимых выбросов. Ликвидация шламовых амбаров и площадка биоремедиации месторождения Каратобе Южное ({op})",
            f"Жол берілетін шығарындылар нормативтері. Оңтүстік Қаратөбе кен орнының шлам амбарларын жою және биоремедиация алаңы ({op})"))
    rows = [g(["Код ЗВ", "Наименование загрязняющего вещества", "ПДК м.р., мг/м³", "Класс опасности", "Источник выброса", None, "Выброс", None],
              ["ЛЗ коды", "Ластаушы заттың атауы", "ШЖК м.б., мг/м³", "Қауіптілік сыныбы", "Шығарынды көзі", None, "Шығарынды", None]),
            [None, None, None, None, "№", g("наименование", "атауы"), g("г/с", "г/с"), g("т/период", "т/кезең")]]
    merges = [(0, c, 1, c) for c in range(4)] + [(0, 4, 0, 5), (0, 6, 0, 7)]
    titles = {"construction": g("А. Период строительства – ликвидация шламовых амбаров (2026 г.)", "А. Құрылыс кезеңі – шлам амбарларын жою (2026 ж.)"),
              "operation": g("Б. Период эксплуатации – площадка биоремедиации (ежегодно, 2027–2035 гг.)",
                             "Б. Пайдалану кезеңі – биоремедиация алаңы (жыл сайын, 2027–2035 жж.)")}
    for period, sources in CLOSURE.items():
        _span(rows, merges, titles[period], 8)
        by_code: dict[str, list] = {}
        for number, s_ru, s_kk, hours, codes in sources:
            for code, (lo, hi) in codes.items():
                gs = _sig(r.uniform(lo, hi), 3)
                by_code.setdefault(code, []).append((number, (s_ru, s_kk)[L], gs, _sig(gs * hours * 3600 / 1e6, 4)))
        tot_g = tot_t = 0.0
        for code in sorted(by_code):
            items, start = by_code[code], len(rows)
            pdk = PDK_MR[code]
            for j, (number, sname, gs, ty) in enumerate(items):
                head = [code, _air(doc, code), num(pdk, doc.lang) if pdk else "—", _cls(code)] if j == 0 else [None] * 4
                rows.append(head + [number, sname, num(gs, doc.lang), num(ty, doc.lang)])
                doc.add("emissions", emission(code, gs, ty, number, _hazard(code), period))
                tot_g, tot_t = tot_g + gs, tot_t + ty
            if len(items) > 1:
                merges += [(start, c, len(rows) - 1, c) for c in range(4)]
                rows.append(["", "", "", "", "", g("итого по веществу:", "зат бойынша жиыны:"), num(round(sum(x[2] for x in items), 7), doc.lang),
                             num(round(sum(x[3] for x in items), 6), doc.lang)])
        rows.append([g("Всего за период:", "Кезең бойынша барлығы:"), None, None, None, None, None, num(round(tot_g, 7), doc.lang),
                     num(round(tot_t, 6), doc.lang)])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 5))
    doc.table(g("Таблица 5.2 – Нормативы выбросов загрязняющих веществ по веществам и источникам",
                "5.2-кесте – Заттар мен көздер бойынша ластаушы заттар шығарындыларының нормативтері"), rows, merges, role="emissions")
    doc.add("sources", *({"number": s[0], "type": _kind(s[0])} for ss in CLOSURE.values() for s in ss))
    doc.p(g("Для периода эксплуатации выбросы указаны в тоннах в год; для периода строительства – в тоннах за весь период работ (8 месяцев).",
            "Пайдалану кезеңі үшін шығарындылар жылына тоннамен; құрылыс кезеңі үшін – жұмыстардың бүкіл кезеңіне (8 ай) тоннамен көрсетілген."))
    maybe_distractor(doc)


# period: (section, [(code, factor as written, unit of factor, kg/day)]) — loads worked from fuel or waste amounts
VN_FACTORS = {
    "construction": ("A. GIAI ĐOẠN THI CÔNG XÂY DỰNG (08 tháng; dầu DO tiêu thụ 186 tấn)", 186, 8 * 26 * 10,
                     (("2902", "4,3", "kg/tấn dầu", 4.3), ("0330", "20S (S = 0,05%)", "kg/tấn dầu", 1.0), ("0301", "55", "kg/tấn dầu", 55),
                      ("0337", "28", "kg/tấn dầu", 28))),
    "operation": ("B. GIAI ĐOẠN VẬN HÀNH (30.000 tấn mùn khoan/năm; 7.200 giờ/năm)", 30000, 7200,
                  (("2902", "0,012", "kg/tấn mùn khoan", 0.012), ("0330", "0,035", "kg/tấn mùn khoan", 0.035),
                   ("0301", "0,11", "kg/tấn mùn khoan", 0.11), ("0337", "0,06", "kg/tấn mùn khoan", 0.06),
                   ("0333", "0,0008", "kg/tấn mùn khoan", 0.0008))),
}  # fmt: skip


def _emissions_js2_vi(doc: Doc) -> None:
    r = doc.rng
    company = doc.pick(("Công ty TNHH Dịch vụ Kỹ thuật Dầu khí Sao Mai Xanh", "Công ty Cổ phần Xử lý Chất thải Khoan Sao Mai"))
    doc.h("BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG – DỰ ÁN TRẠM XỬ LÝ MÙN KHOAN VÀ DUNG DỊCH KHOAN THẢI SAO MAI")
    doc.p(f"Chủ dự án: {company}. Hệ số phát thải theo Tổ chức Y tế Thế giới (WHO, 1993) và số liệu vận hành hệ thống TDU tương tự.")
    rows = [["TT", "Chất ô nhiễm", "Hệ số phát thải", "Đơn vị", "Tải lượng (kg/ngày)", "Tải lượng (g/s)", "Tải lượng (tấn/năm; tấn/giai đoạn)"]]
    merges = []
    for period, (title, amount, hours, items) in VN_FACTORS.items():
        _span(rows, merges, title, 7)
        scale = r.uniform(0.9, 1.1)
        for k, (code, written, unit, factor) in enumerate(items, 1):
            ty = _sig(factor * amount * scale / 1000, 3)
            gs = _sig(ty * 1e6 / (hours * 3600), 3)
            per_day = _sig(ty * 1000 / (hours / (10 if period == "construction" else 24)), 3)
            rows.append([str(k), _air(doc, code), written, unit, num(per_day, "vi"), num(gs, "vi"), num(ty, "vi")])
            doc.add("emissions", emission(code, gs, ty, None, None, period))
    doc.table("Bảng 3.6. Tải lượng bụi, khí thải của dự án", rows, merges, role="emissions")
    doc.p("Ghi chú: giai đoạn thi công làm việc 10 giờ/ngày, 26 ngày/tháng; tải lượng giai đoạn thi công tính cho cả giai đoạn (tấn/giai đoạn).")
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

# (RU, KK name, code, (low, high) t/year, RU, KK origin, RU, KK state, [(RU, KK component, %)], HP, RU, KK store, RU, KK handling)
PASSPORTS = (
    ("Нефтешлам зачистки резервуаров", "Резервуарларды тазалаудың мұнай шламы", "05 01 03*", (800, 1600),
     "зачистка резервуаров РВС-5000 № 3, 4 товарного парка ЦППН", "ШДДО тауар паркінің № 3, 4 РВС-5000 резервуарларын тазалау",
     "пастообразное", "паста тәрізді", (("нефтепродукты", "мұнай өнімдері", 38.5), ("вода", "су", 21.0), ("механические примеси", "механикалық қоспалар", 40.5)),
     "HP3, HP7, HP14", "шламонакопитель ШН-2 (V = 3 000 м³)", "ШН-2 шлам жинағышы (V = 3 000 м³)",
     "передача на полигон «Бозашы» для термической десорбции", "термиялық десорбция үшін «Бозашы» полигонына беру"),
    ("Буровой шлам на углеводородной основе", "Көмірсутек негізіндегі бұрғылау шламы", "01 05 05*", (2500, 5200),
     "бурение эксплуатационных скважин с применением раствора на углеводородной основе (РУО)",
     "көмірсутек негізіндегі ерітіндіні (КНЕ) қолданып пайдалану ұңғымаларын бұрғылау",
     "твердое, влажное", "қатты, ылғалды", (("нефтепродукты", "мұнай өнімдері", 12.4), ("вода", "су", 9.6), ("выбуренная порода", "бұрғыланған жыныс", 78.0)),
     "HP5, HP14", "металлические контейнеры V = 20 м³ на буровой площадке", "бұрғылау алаңындағы V = 20 м³ металл контейнерлер",
     "термическая десорбция с возвратом базового масла", "базалық майды қайтара отырып термиялық десорбция"),
    ("Нефтезагрязненный грунт", "Мұнаймен ластанған топырақ", "17 05 03*", (300, 900),
     "ликвидация последствий порывов промысловых трубопроводов", "кәсіпшілік құбырларының жарылу салдарын жою",
     "твердое", "қатты", (("нефтепродукты", "мұнай өнімдері", 6.8), ("вода", "су", 14.2), ("грунт", "топырақ", 79.0)),
     "HP14", "площадка временного хранения с гидроизоляцией (1 200 м²)", "гидрооқшаулауы бар уақытша сақтау алаңы (1 200 м²)",
     "биоремедиация на площадке полигона «Бозашы»", "«Бозашы» полигонының алаңында биоремедиация"),
)  # fmt: skip


def wastes_js1(doc: Doc) -> None:
    """Passports of an oilfield operator's hazardous wastes, one table each: eleven numbered lines — the name, the code of
    the waste classifier, the kind `опасный`, where it comes from, its state, the composition in per cent by mass, the
    hazardous properties `HP3, HP7, HP14`, the tonnes formed a year, where it is stored with the store's volume, how it is
    handled and the date — the passport's registration number in the caption as a look-alike (VI: a drilling contractor's
    annual report of hazardous and ordinary wastes in kilograms under section rows with subtotals, the treatment written
    `TĐ`, `TC`, `HR` and explained only in a note, the same code `01 04 01` on the cuttings and on the spent mud)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_js1_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    op = doc.pick(FIELD_OPS)[L]
    doc.h(g(f"Паспорта опасных отходов {op} (месторождение Каратобе Южное)", f"{op} қауіпті қалдықтарының паспорттары (Оңтүстік Қаратөбе кен орны)"))
    doc.p(g("Паспорта составлены на 2026 год по результатам инвентаризации отходов и лабораторных анализов проб отходов.",
            "Паспорттар қалдықтарды түгендеу және қалдық сынамаларын зертханалық талдау нәтижелері бойынша 2026 жылға жасалды."))
    labels = g(("Наименование отхода", "Код отхода по Классификатору отходов", "Вид отхода", "Источник образования", "Агрегатное состояние",
                "Компонентный состав, % масс.", "Опасные свойства", "Количество образования, т/год", "Место накопления", "Способ обращения",
                "Дата составления"),
               ("Қалдықтың атауы", "Қалдықтар сыныптауышы бойынша қалдық коды", "Қалдықтың түрі", "Түзілу көзі", "Агрегаттық күйі",
                "Компоненттік құрамы, масс. %", "Қауіпті қасиеттері", "Түзілу мөлшері, т/жыл", "Жинақтау орны", "Жұмыс істеу тәсілі", "Жасалған күні"))
    for n, p in enumerate(PASSPORTS, 1):
        amount = round(r.uniform(*p[3]), 1)
        name = p[L]
        comp = "; ".join(f"{c[L]} – {num(c[2], doc.lang)}" for c in p[8])
        values = (name, p[2], g("опасный", "қауіпті"), p[4 + L], p[6 + L], comp, p[9], num(amount, doc.lang), p[10 + L], p[12 + L],
                  f"{r.randint(1, 28):02d}.01.2026")
        rows = [["№", g("Показатель", "Көрсеткіш"), g("Сведения", "Мәліметтер")]]
        rows += [[str(k), label, value] for k, (label, value) in enumerate(zip(labels, values, strict=True), 1)]
        doc.table(g(f"Паспорт опасных отходов № {n} (рег. № ПОО-2026/{r.randint(10, 99):03d})",
                    f"№ {n} қауіпті қалдықтар паспорты (тірк. № ҚҚП-2026/{r.randint(10, 99):03d})"), rows, role="wastes")
        doc.add("wastes", {"code": p[2], "code_system": "LoW", "hazardous": True, "amount_t": amount, "name_contains": _words(name, 2)})
    distractor(doc, "approval")


# (VI name, state, code or None, (low, high) kg, method, receiver)
VN_DRILL_WASTES = (
    ("Mùn khoan nhiễm dầu (dung dịch khoan nền không nước)", "Rắn", "01 04 01", (180000, 420000), "Khác (giải hấp nhiệt)", "plant"),
    ("Dung dịch khoan nền không nước thải", "Lỏng", "01 04 01", (40000, 120000), "TC", "plant"),
    ("Bùn đáy bồn chứa dầu DO", "Bùn", "01 05 02", (3000, 9000), "Khác (giải hấp nhiệt)", "plant"),
    ("Bùn thải từ thiết bị tách dầu/nước", "Bùn", "17 05 02", (2000, 6000), "TĐ", "plant"),
    ("Dầu động cơ, hộp số và bôi trơn tổng hợp thải", "Lỏng", "17 02 03", (1500, 4000), "TC", "plant"),
    ("Giẻ lau, vật liệu thấm hút dính dầu", "Rắn", "18 02 01", (800, 2500), "TĐ", "plant"),
    ("Bao bì cứng thải bằng kim loại (thùng phuy hóa phẩm khoan)", "Rắn", "18 01 02", (1200, 3500), "TC", "plant"),
    ("Bóng đèn huỳnh quang thải", "Rắn", "16 01 06", (20, 90), "HR", "plant"),
    ("Mùn khoan nền nước (đã phân định không vượt ngưỡng CTNH)", "Rắn", None, (60000, 150000), "C", "Công ty TNHH Môi trường Đô thị Bà Rịa"),
    ("Sắt thép phế liệu (cần khoan, ống chống hỏng)", "Rắn", None, (15000, 40000), "TC", "Cơ sở thu mua phế liệu Thành Đạt"),
    ("Bao giấy, bao PP đựng barit, bentonit", "Rắn", None, (4000, 12000), "TC", "Cơ sở thu mua phế liệu Thành Đạt"),
)  # fmt: skip


def _wastes_js1_vi(doc: Doc) -> None:
    r = doc.rng
    company = doc.pick(("Công ty Cổ phần Dịch vụ Khoan Biển Đông", "Công ty TNHH Khoan và Giếng khoan Rạng Đông"))
    plant = doc.pick(VN_PLANTS)[0]
    doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – {company.upper()}")
    doc.p("Cơ sở: Căn cứ dịch vụ khoan tại Khu căn cứ dịch vụ dầu khí Sao Mai – Bến Đình, phường Vũng Tàu, Thành phố Hồ Chí Minh.")
    rows = [["TT", "Tên chất thải", "Trạng thái tồn tại", "Mã CTNH", "Khối lượng (kg)", "Phương pháp xử lý (*)", "Tổ chức tiếp nhận"]]
    merges = []
    n = 0
    for section, hazardous in (("A. CHẤT THẢI NGUY HẠI", True), ("B. CHẤT THẢI RẮN CÔNG NGHIỆP THÔNG THƯỜNG", False)):
        _span(rows, merges, section, 7)
        total = 0.0
        for name, state, code, (lo, hi), method, receiver in VN_DRILL_WASTES:
            if (code is not None) != hazardous:
                continue
            n += 1
            kg = float(r.randint(lo // 10, hi // 10) * 10)
            total += kg
            rows.append([str(n), name, state, code or "-", num(kg, "vi"), method, plant if receiver == "plant" else receiver])
            doc.add("wastes", {"code": f"{code}*" if code else None, "code_system": "VN-CTNH" if code else None, "hazardous": hazardous,
                               "amount_t": kg / 1000, "name_contains": _words(name.split(" (")[0], 4)})
        rows.append(["", f"Cộng {section[0]}", "", "", num(total, "vi"), "", ""])
    doc.table("Bảng 5. Khối lượng chất thải phát sinh và biện pháp quản lý năm 2025", rows, merges, role="wastes")
    doc.p("(*) Ký hiệu phương pháp xử lý: TC – tận thu/tái chế; TĐ – thiêu đốt; HR – hóa rắn; C – chôn lấp; Khác – ghi rõ tên phương pháp.")
    maybe_distractor(doc)


# (code, RU, KK, (low, high) t a year, RU, KK handling)
RECEIVED = (
    ("05 01 03*", "Нефтешлам зачистки резервуаров", "Резервуарларды тазалаудың мұнай шламы", (2200, 4800), "термическая десорбция (УТД-1)", "термиялық десорбция (ТДҚ-1)"),
    ("01 05 05*", "Буровой шлам на углеводородной основе", "Көмірсутек негізіндегі бұрғылау шламы", (5000, 11000), "термическая десорбция (УТД-1)",
     "термиялық десорбция (ТДҚ-1)"),
    ("01 05 06*", "Отработанный буровой раствор, содержащий опасные вещества", "Құрамында қауіпті заттар бар пайдаланылған бұрғылау ерітіндісі",
     (600, 1800), "разделение фаз, твердая фаза – на УТД-1", "фазаларды бөлу, қатты фаза – ТДҚ-1-ге"),
    ("17 05 03*", "Нефтезагрязненный грунт", "Мұнаймен ластанған топырақ", (7000, 15000), "биоремедиация (карты 1–6)", "биоремедиация (1–6 карталар)"),
    ("13 05 02*", "Шлам нефтеловушек", "Мұнай ұстағыштардың шламы", (150, 450), "сжигание (инсинератор)", "жағу (инсинератор)"),
    ("15 02 02*", "Промасленная ветошь и сорбенты", "Майланған шүберек пен сорбенттер", (40, 120), "сжигание (инсинератор)", "жағу (инсинератор)"),
)  # fmt: skip
FORMED = (
    ("19 13 02", "Грунт после биоремедиации", "Биоремедиациядан кейінгі топырақ", (6000, 13000), "рекультивация амбаров месторождений",
     "кен орындарының амбарларын рекультивациялау"),
    ("19 01 18", "Твердый остаток термодесорбции", "Термодесорбцияның қатты қалдығы", (4500, 9500), "отсыпка промысловых дорог",
     "кәсіпшілік жолдарын төсеу"),
    ("19 01 11*", "Зола и шлак инсинератора", "Инсинератордың күлі мен қожы", (20, 70), "передача ТОО «Каспий Утилизация»",
     "«Каспий Утилизация» ЖШС-не беру"),
    ("19 01 07*", "Отработанный сорбент газоочистки", "Газ тазартудың пайдаланылған сорбенті", (3, 12), "передача ТОО «Каспий Утилизация»",
     "«Каспий Утилизация» ЖШС-не беру"),
    ("20 03 01", "Смешанные коммунальные отходы", "Аралас коммуналдық қалдықтар", (8, 20), "вывоз на полигон ТБО г. Форт-Шевченко",
     "Форт-Шевченко қ. ҚТҚ полигонына шығару"),
)  # fmt: skip


def wastes_js2(doc: Doc) -> None:
    """The polygon's quarterly record of wastes for 2025: a two-row header — `Количество, т` merged over four quarters and
    the year's total — the code, the name and how it was handled; section `А` with the wastes received from the fields'
    operators (the amount is the year's total), section `Б` with the wastes the treatment itself formed (the soil after
    bioremediation, the TDU's solid residue, the incinerator's ash), each section closed by a subtotal row (VI: a fuel
    depot's summary of hazardous-waste manifests, the manifests as rows with their numbers and dates, the four wastes as
    columns under a merged header, the totals in kilograms and again converted to tonnes)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_js2_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    op = doc.pick(SLUDGE_OPS)[L]
    doc.h(g(f"Сведения о приеме, образовании и обращении с отходами за 2025 год. {POLYGON[0]}", f"{POLYGON[1]}. 2025 жылғы қалдықтарды қабылдау, "
            "түзілу және олармен жұмыс істеу туралы мәліметтер"))
    doc.p(g(f"Оператор: {op}. Учет ведется по весовой; данные сверены с актами приема-передачи отходов.",
            f"Оператор: {op}. Есеп таразы бойынша жүргізіледі; деректер қалдықтарды қабылдау-беру актілерімен салыстырылды."))
    rows = [g(["№", "Код", "Наименование отхода", "Количество, т", None, None, None, None, "Способ обращения"],
              ["№", "Коды", "Қалдықтың атауы", "Мөлшері, т", None, None, None, None, "Жұмыс істеу тәсілі"]),
            [None, None, None, g("I кв.", "I тоқс."), g("II кв.", "II тоқс."), g("III кв.", "III тоқс."), g("IV кв.", "IV тоқс."),
             g("всего за год", "жыл бойы барлығы"), None]]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 8)] + [(0, 3, 0, 7)]
    n = 0
    for title, items in ((g("А. Принято от сторонних организаций на обезвреживание", "А. Залалсыздандыруға бөгде ұйымдардан қабылданды"), RECEIVED),
                         (g("Б. Образовано в результате обезвреживания и деятельности полигона", "Б. Залалсыздандыру және полигон қызметі нәтижесінде түзілді"),
                          FORMED)):
        _span(rows, merges, title, 9)
        sums = [0.0] * 5
        for code, n_ru, n_kk, (lo, hi), h_ru, h_kk in items:
            n += 1
            q = _parts(r.uniform(lo, hi), 4, r)
            total = round(sum(q), 1)
            name = (n_ru, n_kk)[L]
            rows.append([str(n), code, name, *(num(x, doc.lang) for x in q), num(total, doc.lang), (h_ru, h_kk)[L]])
            sums = [a + b for a, b in zip(sums, [*q, total], strict=True)]
            doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": total,
                               "name_contains": _words(name, 2)})
        rows.append(["", "", g(f"Итого по разделу {title[0]}", f"{title[0]} бөлімі бойынша жиыны"), *(num(round(x, 1), doc.lang) for x in sums), ""])
    doc.table(g("Таблица 2 – Движение отходов на полигоне в 2025 году", "2-кесте – 2025 жылы полигондағы қалдықтардың қозғалысы"), rows, merges, role="wastes")
    doc.p(g("Уловленные при термической десорбции нефтепродукты (2025 г.) реализуются как товарная продукция и к отходам не относятся.",
            "Термиялық десорбция кезінде ұсталған мұнай өнімдері (2025 ж.) тауарлық өнім ретінде өткізіледі және қалдықтарға жатпайды."))
    maybe_distractor(doc)


# (VI name, code, manifests that carry it: (low, high) kg each)
VN_DEPOT_WASTES = (("Bùn đáy bồn chứa dầu", "01 05 02", (6000, 14000)), ("Bùn thải từ thiết bị tách dầu/nước", "17 05 02", (800, 2400)),
                   ("Giẻ lau, vật liệu lọc dính dầu", "18 02 01", (60, 240)), ("Dầu động cơ, hộp số thải", "17 02 03", (100, 400)))


def _wastes_js2_vi(doc: Doc) -> None:
    r = doc.rng
    company = doc.pick(("Công ty Cổ phần Kho cảng Xăng dầu Long Sơn Xanh", "Công ty TNHH Tổng kho Xăng dầu Sao Việt Long Sơn"))
    receiver = doc.pick(VN_PLANTS)[0]
    doc.h(f"TỔNG HỢP CHỨNG TỪ CHẤT THẢI NGUY HẠI NĂM 2025 – {company.upper()}")
    doc.p(f"Tổng kho xăng dầu tại xã Long Sơn, Thành phố Hồ Chí Minh. Đơn vị tiếp nhận, xử lý: {receiver}. Bùn đáy bồn phát sinh khi vệ sinh "
          "định kỳ bồn chứa T-03, T-05 (tháng 4) và T-07 (tháng 10).")
    head0 = ["TT", "Số chứng từ CTNH", "Ngày chuyển giao", "Khối lượng chuyển giao theo loại chất thải (kg)", None, None, None]
    head1 = [None, None, None, *(f"{name} (mã {code})" for name, code, _ in VN_DEPOT_WASTES)]
    rows = [head0, head1]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 6)]
    months = (1, 3, 4, 4, 6, 8, 10, 10, 12)
    totals = [0.0] * len(VN_DEPOT_WASTES)
    for k, month in enumerate(months, 1):
        day = r.randint(2, 13) if months.index(month) == k - 1 else r.randint(14, 27)
        line = [str(k), f"{r.randint(10, 99)}.{r.randint(100000, 999999)}.T/2025-{k:02d}", f"{day:02d}/{month:02d}/2025"]
        carries = [month in (4, 10), k % 2 == 1, k % 3 != 0, month in (6, 12)]
        if not any(carries):
            carries[2] = True
        for j, (_, _, (lo, hi)) in enumerate(VN_DEPOT_WASTES):
            if carries[j]:
                kg = float(r.randint(lo // 10, hi // 10) * 10)
                totals[j] += kg
                line.append(num(kg, "vi"))
            else:
                line.append("-")
        rows.append(line)
    rows.append(["", "Tổng cộng (kg)", None, *(num(t, "vi") for t in totals)])
    rows.append(["", "Quy đổi (tấn)", None, *(num(round(t / 1000, 3), "vi") for t in totals)])
    merges += [(len(rows) - 2, 1, len(rows) - 2, 2), (len(rows) - 1, 1, len(rows) - 1, 2)]
    doc.table("Bảng 2. Khối lượng CTNH chuyển giao theo chứng từ", rows, merges, role="wastes")
    for (name, code, _), t in zip(VN_DEPOT_WASTES, totals, strict=True):
        doc.add("wastes", {"code": f"{code}*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": round(t / 1000, 3), "name_contains": _words(name, 4)})
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

# (symbol, RU, KK, norm mg/kg, (low, high) day 0, (low, high) day 90, (low, high) background; None: below detection)
SOIL_PARAMS = (
    ("TPH", "Нефтепродукты", "Мұнай өнімдері", 1000, (28000, 65000), (1500, 9000), (40, 120)),
    ("Pb", "Свинец (валовое содержание)", "Қорғасын (жалпы мөлшері)", 32, (9, 26), (8, 24), (5, 12)),
    ("Zn", "Цинк (подвижная форма)", "Мырыш (жылжымалы түрі)", 23, (6, 19), (5, 17), (2, 7)),
    ("Ni", "Никель (подвижная форма)", "Никель (жылжымалы түрі)", 4, (1.2, 3.8), (1.0, 3.5), (0.5, 1.5)),
    ("Cu", "Медь (подвижная форма)", "Мыс (жылжымалы түрі)", 3, (0.6, 2.6), (0.5, 2.4), None),
)  # fmt: skip


def limits_js1(doc: Doc) -> None:
    """A laboratory's soil protocol of the bioremediation maps: the samples as rows — each map at day 0 and again at day
    90 (`К1-0`, `К1-90`) and a background sample — with the place, the date and the depth `0,0–0,2` as look-alikes; the
    components under a merged header `Массовая доля компонентов`, their names in a second row and `мг/кг` in a third, pH of
    the water extract with no norm; the norm in the last row — the project's target `1 000*` for oil products (explained in
    the footnote) and the hygienic ПДК for the metals; copper `< 0,5` below detection in the background (VI: two stacks of
    a hazardous-waste plant as section rows of one table, two rounds as columns, one limit column whose standard —
    QCVN 30:2012/BTNMT for the incinerator, QCVN 19:2009/BTNMT for the TDU, both column B — is told only in the note, the
    US EPA method numbers, temperature, O2 and flow rows without limits, dioxins in ngTEQ/Nm³ with no key)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_js1_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    op = doc.pick(SLUDGE_OPS)[L]
    doc.h(g(f"Протокол испытаний почвы (грунта) № {r.randint(120, 480)}-П от {r.randint(1, 28):02d}.09.2025",
            f"2025 ж. {r.randint(1, 28):02d}.09. № {r.randint(120, 480)}-П топырақты (грунтты) сынау хаттамасы"))
    doc.p(g(f"Заказчик: {op}. Объект: {POLYGON[0]}, карты биоремедиации. Пробы отобраны по ГОСТ 17.4.3.01-2017 и ГОСТ 17.4.4.02-2017; "
            "нефтепродукты определены по ПНД Ф 16.1:2.2.22-98.",
            f"Тапсырыс беруші: {op}. Объект: {POLYGON[1]}, биоремедиация карталары. Сынамалар МЕМСТ 17.4.3.01-2017 және МЕМСТ 17.4.4.02-2017 "
            "бойынша алынды; мұнай өнімдері ПНД Ф 16.1:2.2.22-98 бойынша анықталды."))
    n_par = len(SOIL_PARAMS)
    rows = [[g("№ п/п", "Р/с №"), g("Шифр пробы", "Сынама шифры"), g("Место отбора", "Алынған орны"), g("Дата отбора", "Алынған күні"),
             g("Глубина, м", "Тереңдігі, м"), g("Массовая доля компонентов", "Компоненттердің массалық үлесі")] + [None] * (n_par - 1)
            + [g("pH водной вытяжки", "Су сығындысының pH")],
            [None] * 5 + [p[1 + L] for p in SOIL_PARAMS] + [None],
            [None] * 5 + [g("мг/кг", "мг/кг")] * n_par + [None]]
    merges = [(0, c, 2, c) for c in range(5)] + [(0, 5, 0, 4 + n_par), (0, 5 + n_par, 2, 5 + n_par)]
    samples = []
    for m in range(1, 4):
        samples += [(f"К{m}-0", g(f"карта № {m}, исходный грунт", f"№ {m} карта, бастапқы топырақ"), "04.06.2025", 4),
                    (f"К{m}-90", g(f"карта № {m}, через 90 сут", f"№ {m} карта, 90 тәуліктен кейін"), "02.09.2025", 5)]
    samples.append(("Ф-1", g("фон, 500 м к северу от полигона", "фон, полигоннан 500 м солтүстікке"), "02.09.2025", 6))
    for k, (pid, place, date, which) in enumerate(samples, 1):
        line = [str(k), pid, place, date, "0,0–0,2"]
        for sym, _, _, norm, *ranges in SOIL_PARAMS:
            rng = ranges[which - 4]
            if rng is None:
                line.append("< 0,5")
                item = limit(("symbol", sym), "soil", norm, "mg/kg", None, pid)
                item.pop("value")
                doc.add("limits", item)
                continue
            v = float(round(r.uniform(*rng))) if sym == "TPH" else round(r.uniform(*rng), 1)
            line.append(num(v, doc.lang))
            add(doc, limit(("symbol", sym), "soil", norm, "mg/kg", None, pid, v))
        line.append(num(round(r.uniform(7.2, 8.6), 1), doc.lang))
        rows.append(line)
    rows.append([g("Норматив", "Норматив"), None, None, None, None, *(num(p[3], doc.lang) + ("*" if p[0] == "TPH" else "") for p in SOIL_PARAMS), "—"])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
    doc.table(g("Результаты испытаний", "Сынау нәтижелері"), rows, merges, role="limits")
    doc.p(g("* Допустимое остаточное содержание нефтепродуктов в грунте после биоремедиации, установленное проектом рекультивации; для металлов – "
            "ПДК по Гигиеническим нормативам к безопасности среды обитания (приказ Министра здравоохранения РК от 21 апреля 2021 года № ҚР ДСМ-32).",
            "* Биоремедиациядан кейін топырақтағы мұнай өнімдерінің рекультивация жобасымен белгіленген жол берілетін қалдық мөлшері; металдар үшін – "
            "Тіршілік ету ортасының қауіпсіздігіне қойылатын гигиеналық нормативтер бойынша ШЖК (ҚР Денсаулық сақтау министрінің 2021 жылғы "
            "21 сәуірдегі № ҚР ДСМ-32 бұйрығы)."))
    maybe_distractor(doc)


# (point, VI title, [(code or None for dioxins, limit, (low, high) share of limit, method)])
VN_STACK_RESULTS = (
    ("KT-01", "KT-01 – Ống khói lò đốt CTNH (H = 30 m)", (
        ("2902", 100, (0.1, 0.5), "US EPA Method 5"), ("0316", 50, (0.05, 0.4), "US EPA Method 26A"), ("0337", 250, (0.05, 0.5), "US EPA Method 10"),
        ("0330", 250, (0.1, 0.6), "US EPA Method 6C"), ("0301", 500, (0.2, 0.7), "US EPA Method 7E"), ("0183", 0.2, (0.02, 0.3), "US EPA Method 29"),
        ("0184", 1.2, (0.01, 0.2), "US EPA Method 29"), (None, 0.6, (0.03, 0.4), "US EPA Method 23"))),
    ("KT-02", "KT-02 – Ống khói hệ thống giải hấp nhiệt TDU (H = 20 m)", (
        ("2902", 200, (0.1, 0.5), "US EPA Method 5"), ("0330", 500, (0.05, 0.4), "US EPA Method 6C"), ("0301", 850, (0.1, 0.5), "US EPA Method 7E"),
        ("0337", 1000, (0.02, 0.3), "US EPA Method 10"), ("0333", 7.5, (0.05, 0.5), "US EPA Method 15"))),
)  # fmt: skip


def _limits_js1_vi(doc: Doc) -> None:
    r = doc.rng
    company, key = doc.pick(VN_PLANTS)
    d1, d2 = r.randint(5, 25), r.randint(3, 24)
    doc.h(f"KẾT QUẢ QUAN TRẮC KHÍ THẢI ĐỊNH KỲ NĂM 2025 – NHÀ MÁY XỬ LÝ CHẤT THẢI NGUY HẠI VÀ BÙN DẦU {key.upper()}")
    doc.p(f"Chủ cơ sở: {company}. Đơn vị quan trắc: Trung tâm Quan trắc và Kỹ thuật Môi trường (VIMCERTS {r.randint(100, 299)}).")
    rows = [["TT", "Thông số", "Đơn vị", "Phương pháp phân tích", f"Đợt 1 ({d1:02d}/5/2025)", f"Đợt 2 ({d2:02d}/11/2025)", "Giới hạn cho phép (*)"]]
    merges = []
    for pid, title, items in VN_STACK_RESULTS:
        _span(rows, merges, title, 7)
        k = 0
        for k, (code, lim, (lo, hi), method) in enumerate(items, 1):
            v1, v2 = (_sig(lim * r.uniform(lo, hi), 3) for _ in range(2))
            unit = "ngTEQ/Nm³" if code is None else "mg/Nm³"
            label = "Tổng dioxin/furan (PCDD/PCDF)" if code is None else _air(doc, code)
            rows.append([str(k), label, unit, method, num(v1, "vi"), num(v2, "vi"), num(lim, "vi")])
            for v in (v1, v2):
                if code is None:
                    doc.add("limits", {"medium": "flue_gas", "unit": "ngTEQ/Nm3", "column": "B", "point": pid, "limit": float(lim),
                                       "limit_min": None, "limit_max": None, "value": v})
                else:
                    add(doc, limit(("code", code), "flue_gas", lim, "mg/Nm3", "B", pid, v))
        for label, unit, method, lo, hi in (("Nhiệt độ khí thải", "°C", "US EPA Method 2", 140, 190), ("Oxy dư", "%", "US EPA Method 3A", 9, 13)):
            k += 1
            rows.append([str(k), label, unit, method, num(r.randint(lo, hi), "vi"), num(r.randint(lo, hi), "vi"), "-"])
    doc.table("Bảng 2. Kết quả phân tích mẫu khí thải", rows, merges, role="limits")
    doc.p("(*) KT-01: QCVN 30:2012/BTNMT – Quy chuẩn kỹ thuật quốc gia về lò đốt chất thải công nghiệp, cột B; KT-02: QCVN 19:2009/BTNMT, cột B, "
          "Kp = 1,0; Kv = 1,0 (H2S theo Bảng 2 của quy chuẩn).")
    maybe_distractor(doc)


# (symbol, RU, KK, unit kind, ПДК (a range for pH), (low, high) background, (low, high) near the pits; None: below detection)
WELL_PARAMS = (
    ("pH", "Водородный показатель", "Сутегі көрсеткіші", None, (6, 9), (7.1, 7.6), (6.9, 7.8)),
    ("TPH", "Нефтепродукты", "Мұнай өнімдері", "mg", 0.1, (0.02, 0.05), (0.08, 0.65)),
    ("Cl-", "Хлориды", "Хлоридтер", "mg", 350, (1400, 2200), (1800, 4200)),
    ("SO4", "Сульфаты", "Сульфаттар", "mg", 500, (700, 1100), (900, 2100)),
    ("TDS", "Сухой остаток", "Құрғақ қалдық", "mg", 1000, (3800, 5200), (4500, 9400)),
    ("Phenols", "Фенолы", "Фенолдар", "mg", 0.001, None, (0.0008, 0.004)),
    ("Pb", "Свинец", "Қорғасын", "mg", 0.01, None, None),
)  # fmt: skip


def limits_js2(doc: Doc) -> None:
    """A groundwater protocol of the observation wells around an oilfield's closed sludge pits: the components as rows
    with their units, the wells as columns under a merged header `Наблюдательные скважины` — `Н-1 (фон)` upstream and three
    downstream — the drinking-water ПДК in the last column, pH `6–9` as a range; the well's depth and the water level as rows
    without norms, lead and the background's phenols `< 0,001` below detection (VI: soil of a remediated cuttings pit, the
    points Đ1–Đ4 as columns, the sampling depth and the VN-2000 coordinates as rows, QCVN 03:2023/BTNMT Loại 3 as the
    limit column, oil hydrocarbons measured and compared with nothing)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_js2_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    op = doc.pick(FIELD_OPS)[L]
    wells = (("Н-1", g("Н-1 (фон)", "Н-1 (фон)")), ("Н-2", "Н-2"), ("Н-3", "Н-3"), ("Н-4", "Н-4"))
    doc.h(g(f"Результаты мониторинга подземных вод в районе ликвидированных шламовых амбаров, II полугодие 2025 г. ({op})",
            f"Жойылған шлам амбарлары ауданындағы жерасты суларының мониторинг нәтижелері, 2025 ж. II жартыжылдығы ({op})"))
    doc.p(g("Скважина Н-1 расположена выше амбаров по потоку подземных вод, Н-2 – Н-4 – ниже по потоку на расстоянии 50–150 м.",
            "Н-1 ұңғымасы жерасты сулары ағыны бойынша амбарлардан жоғары, Н-2 – Н-4 ағын бойынша 50–150 м қашықтықта төмен орналасқан."))
    rows = [[g("Показатель", "Көрсеткіш"), g("Ед. изм.", "Өлш. бірл."), g("Наблюдательные скважины", "Бақылау ұңғымалары"), None, None, None,
             g("ПДК (питьевая вода)", "ШЖК (ауыз су)")],
            [None, None, *(w[1] for w in wells), None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 5), (0, 6, 1, 6)]
    rows.append([g("Глубина скважины", "Ұңғыманың тереңдігі"), "м", *(str(r.randint(12, 25)) for _ in wells), "—"])
    rows.append([g("Уровень подземных вод от поверхности", "Жерасты суларының жер бетінен деңгейі"), "м",
                 *(num(round(r.uniform(3.5, 9.5), 1), doc.lang) for _ in wells), "—"])
    for sym, n_ru, n_kk, unit_kind, pdk, bg, near in WELL_PARAMS:
        line = [(n_ru, n_kk)[L], g("мг/дм³", "мг/дм³") if unit_kind else g("ед. pH", "pH бірл.")]
        for pid, _ in wells:
            rng = bg if pid == "Н-1" else near
            if rng is None:
                line.append(f"< {num(pdk if sym == 'Phenols' else 0.002, doc.lang)}")
                item = limit(("symbol", sym), "water", pdk, "mg/l", None, pid)
                item.pop("value")
                doc.add("limits", item)
                continue
            v = round(r.uniform(*rng), 1) if sym == "pH" else _sig(r.uniform(*rng), 2)
            line.append(num(v, doc.lang))
            add(doc, limit(("symbol", sym), "water", pdk, "mg/l", None, pid, v))
        line.append(f"{num(pdk[0], doc.lang)}–{num(pdk[1], doc.lang)}" if isinstance(pdk, tuple) else num(pdk, doc.lang))
        rows.append(line)
    doc.table(g("Таблица 3 – Результаты анализа проб подземных вод", "3-кесте – Жерасты сулары сынамаларын талдау нәтижелері"), rows, merges, role="limits")
    doc.p(g("Повышенные хлориды, сульфаты и сухой остаток во всех скважинах, включая фоновую, обусловлены природной минерализацией подземных вод.",
            "Барлық ұңғымалардағы, соның ішінде фондық ұңғымадағы хлоридтердің, сульфаттардың және құрғақ қалдықтың жоғары болуы жерасты "
            "суларының табиғи минералдануына байланысты."))
    maybe_distractor(doc)


# (symbol, VI label, QCVN 03:2023/BTNMT Loại 3 or None, (low, high) mg/kg)
VN_PIT_SOIL = (("As", "Asen (As)", 200, (2, 12)), ("Cd", "Cadimi (Cd)", 60, (0.1, 0.9)), ("Pb", "Chì (Pb)", 700, (8, 45)),
               ("Zn", "Kẽm (Zn)", 2000, (20, 140)), ("Cu", "Đồng (Cu)", 2000, (6, 40)), ("Cr", "Crom tổng (Cr)", 250, (10, 60)),
               ("Hg", "Thủy ngân (Hg)", 60, (0.02, 0.3)), ("TPH", "Tổng hydrocacbon dầu mỏ (TPH)", None, (30, 900)))


def _limits_js2_vi(doc: Doc) -> None:
    r = doc.rng
    company = doc.pick(("Công ty Cổ phần Dịch vụ Khoan Biển Đông", "Công ty TNHH Khoan và Giếng khoan Rạng Đông"))
    points = ("Đ1", "Đ2", "Đ3", "Đ4")
    doc.h("KẾT QUẢ PHÂN TÍCH CHẤT LƯỢNG ĐẤT SAU CẢI TẠO HỐ CHỨA MÙN KHOAN SỐ 2")
    doc.p(f"Chủ dự án: {company}. Lấy mẫu ngày {r.randint(2, 27):02d}/8/2025 tại 04 vị trí trên bề mặt hố đã lấp và trồng cỏ.")
    rows = [["Thông số", "Đơn vị", *points, "QCVN 03:2023/BTNMT (Loại 3)"],
            ["Độ sâu lấy mẫu", "cm", *("0 – 30" for _ in points), "-"],
            ["Tọa độ X (VN-2000)", "m", *(num(1151000 + r.randint(0, 999), "vi") for _ in points), "-"]]
    for sym, label, lim, (lo, hi) in VN_PIT_SOIL:
        line = [label, "mg/kg"]
        for pid in points:
            v = _sig(r.uniform(lo, hi), 3)
            line.append(num(v, "vi"))
            if lim is not None:
                add(doc, limit(("symbol", sym), "soil", lim, "mg/kg", "Loại 3", pid, v))
        line.append(num(lim, "vi") if lim is not None else "-")
        rows.append(line)
    doc.table("Bảng 4. Kết quả phân tích mẫu đất", rows, role="limits")
    doc.p("Ghi chú: tổng hydrocacbon dầu mỏ được phân tích để theo dõi diễn biến sau cải tạo, không so sánh với quy chuẩn.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring

MATRIX_CODES = ("0301", "0304", "0330", "0337", "2902", "0316", "0342", "0703", "0415", "0333", "2908")
SHORT = {"0301": ("Азота диоксид", "Азот диоксиді"), "0304": ("Азота оксид", "Азот оксиді"), "0330": ("Серы диоксид", "Күкірт диоксиді"),
         "0337": ("Углерода оксид", "Көміртек оксиді"), "2902": ("Взвешенные частицы", "Қалқыма бөлшектер"), "0316": ("Гидрохлорид", "Тұз қышқылы"),
         "0342": ("Фтористые газообразные соединения", "Фторлы газ тәрізді қосылыстар"), "0703": ("Бенз/а/пирен", "Бенз(а)пирен"),
         "0415": ("Углеводороды С1-С5", "Көмірсутектер С1-С5"), "0333": ("Сероводород", "Күкіртсутек"),
         "2908": ("Пыль неорганическая 70-20% SiO2", "Бейорганикалық шаң 70-20%")}
# (number, RU, KK, {code: frequency})
MATRIX = (
    ("0001", "УТД-1, дымовая труба", "ТДҚ-1, түтін мұржасы",
     {"0301": "continuous", "0304": "continuous", "0330": "continuous", "0337": "continuous", "2902": "continuous", "0703": "yearly", "0333": "quarterly"}),
    ("0002", "Инсинератор", "Инсинератор",
     {"0301": "quarterly", "0304": "quarterly", "0330": "quarterly", "0337": "quarterly", "2902": "quarterly", "0316": "quarterly",
      "0342": "semiannual", "0703": "yearly"}),
    ("0003", "Дизель-генератор АД-200", "АД-200 дизель-генераторы", {"0301": "yearly", "0337": "yearly"}),
    ("6001", "Приемная площадка, ШН-1", "Қабылдау алаңы, ШН-1", {"0415": "quarterly", "0333": "quarterly"}),
    ("6002", "Карты биоремедиации", "Биоремедиация карталары", {"0415": "semiannual", "0333": "semiannual"}),
    ("6003", "Склад обезвреженного грунта", "Залалсыздандырылған топырақ қоймасы", {"2908": "semiannual"}),
)  # fmt: skip
LETTERS = {"ru": {"continuous": "Н", "monthly": "М", "quarterly": "К", "semiannual": "П", "yearly": "Г"},
           "kk": {"continuous": "Ү", "monthly": "А", "quarterly": "Т", "semiannual": "ЖЖ", "yearly": "Ж"}}


def monitoring_js1(doc: Doc) -> None:
    """The oil-waste polygon's ПЭК plan of source control as a matrix: the sources as rows, the substances as columns headed
    by their code and a short name, each cell a letter — `Н` continuously by the automated system, `К` quarterly, `П` twice a
    year, `Г` once a year, a dash for none — explained only in the note under the table (KK: `Ү`, `Т`, `ЖЖ`, `Ж`); then the
    protection zone's four points with their coordinates, the substances in words and the frequency (VI: a GPMT monitoring
    programme in three sections — continuous stack monitoring with flow, temperature, pressure and O2 among the parameters,
    periodic stack monitoring with dioxins that carry no key, periodic waste water before the park's plant)."""
    r = doc.rng
    if doc.lang == "vi":
        _monitoring_js1_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    let = LETTERS[doc.lang]
    op = doc.pick(SLUDGE_OPS)[L]
    doc.h(g(f"Программа производственного экологического контроля {op} на 2026–2028 годы. Раздел 3. Мониторинг эмиссий",
            f"{op} 2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы. 3-бөлім. Эмиссиялар мониторингі"))
    width = 2 + len(MATRIX_CODES)
    rows = [[g("№ ИЗА", "ЛШК №"), g("Источник выброса", "Шығарынды көзі"), g("Контролируемые вещества и периодичность контроля*", "Бақыланатын заттар "
             "және бақылау кезеңділігі*")] + [None] * (len(MATRIX_CODES) - 1),
            [None, None, *(f"{c}\n{SHORT[c][L]}" for c in MATRIX_CODES)]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, width - 1)]
    for number, s_ru, s_kk, plan in MATRIX:
        rows.append([number, (s_ru, s_kk)[L], *(let[plan[c]] if c in plan else "—" for c in MATRIX_CODES)])
        for c, word in plan.items():
            doc.add("monitoring", {"source_number": number, "code": c, "frequency": word})
            doc.add("emissions", emission(c, None, None, number))
    doc.table(g("Таблица 3.1 – План-график контроля на источниках выбросов", "3.1-кесте – Шығарынды көздеріндегі бақылау жоспар-кестесі"), rows, merges,
              role="monitoring")
    doc.add("sources", *({"number": m[0], "type": _kind(m[0])} for m in MATRIX))
    doc.p(g("* Н – непрерывно (автоматизированная система мониторинга эмиссий); К – 1 раз в квартал; П – 2 раза в год; Г – 1 раз в год; «—» – "
            "контроль не проводится. Инструментальные замеры выполняет аккредитованная лаборатория по договору.",
            "* Ү – үздіксіз (эмиссиялар мониторингінің автоматтандырылған жүйесі); Т – тоқсанына 1 рет; ЖЖ – жылына 2 рет; Ж – жылына 1 рет; «—» – "
            "бақылау жүргізілмейді. Аспаптық өлшеулерді шарт бойынша аккредиттелген зертхана орындайды."))
    rows = [g(["Точка", "Местоположение", "Координаты", "Контролируемые вещества", "Периодичность"],
              ["Нүкте", "Орналасқан жері", "Координаттары", "Бақыланатын заттар", "Кезеңділігі"])]
    codes = ("0301", "0330", "0337", "0333", "0415")
    names = ", ".join(_air(doc, c)[0].lower() + _air(doc, c)[1:] for c in codes)
    lat0, lon0 = 44.9613 + r.uniform(-0.004, 0.004), 51.6127 + r.uniform(-0.004, 0.004)
    said = _fw(doc, "quarterly")
    for k, (side, dy, dx) in enumerate((("север", 0.009, 0), ("восток", 0, 0.0127), ("юг", -0.009, 0), ("запад", 0, -0.0127)), 1):
        pid = f"КТ-{k}"
        side_kk = {"север": "солтүстік", "восток": "шығыс", "юг": "оңтүстік", "запад": "батыс"}[side]
        rows.append([pid, g(f"граница СЗЗ (1000 м), {side}", f"СҚА шекарасы (1000 м), {side_kk}"),
                     f"{_dms(lat0 + dy, doc.lang, True)[0]}; {_dms(lon0 + dx, doc.lang, False)[0]}", names, said])
        for c in codes:
            doc.add("monitoring", {"point": pid, "code": c, "frequency": "quarterly"})
    doc.table(g("Таблица 3.2 – Мониторинг воздействия на границе санитарно-защитной зоны", "3.2-кесте – Санитариялық-қорғаныш аймағы шекарасындағы "
                "әсер мониторингі"), rows, role="monitoring")
    maybe_distractor(doc)


# (section, [(VI place, point, parameters as written, [(kind, key)], frequency word, standard)])
VN_PLAN = (
    ("1. QUAN TRẮC KHÍ THẢI TỰ ĐỘNG, LIÊN TỤC", [
        ("Ống khói lò đốt CTNH", "KT-01", "Lưu lượng, nhiệt độ, áp suất, O2 dư, bụi tổng, SO2, NOx (tính theo NO2), CO, HCl",
         [("code", "2902"), ("code", "0330"), ("code", "0301"), ("code", "0337"), ("code", "0316")], "continuous", "QCVN 30:2012/BTNMT, cột B")]),
    ("2. QUAN TRẮC KHÍ THẢI ĐỊNH KỲ", [
        ("Ống khói lò đốt CTNH", "KT-01", "Thủy ngân và hợp chất (Hg), chì và hợp chất (Pb)", [("code", "0183"), ("code", "0184")], "semiannual",
         "QCVN 30:2012/BTNMT, cột B"),
        ("Ống khói lò đốt CTNH", "KT-01", "Tổng dioxin/furan (PCDD/PCDF)", [], "yearly", "QCVN 30:2012/BTNMT, cột B"),
        ("Ống khói hệ thống TDU", "KT-02", "Bụi tổng, SO2, NOx (tính theo NO2), CO, H2S",
         [("code", "2902"), ("code", "0330"), ("code", "0301"), ("code", "0337"), ("code", "0333")], "quarterly", "QCVN 19:2009/BTNMT, cột B")]),
    ("3. QUAN TRẮC NƯỚC THẢI ĐỊNH KỲ", [
        ("Nước thải sau hệ thống xử lý, trước khi đấu nối vào hệ thống XLNT tập trung của KCN", "NT-01",
         "pH, TSS, COD, BOD5, tổng dầu mỡ khoáng, tổng phenol",
         [("symbol", "pH"), ("symbol", "TSS"), ("symbol", "COD"), ("symbol", "BOD5"), ("symbol", "TPH"), ("symbol", "Phenols")], "quarterly",
         "Giới hạn tiếp nhận nước thải của KCN Phú Mỹ II")]),
)  # fmt: skip


def _monitoring_js1_vi(doc: Doc) -> None:
    company, key = doc.pick(VN_PLANTS)
    doc.h(f"PHỤ LỤC 3. CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG – NHÀ MÁY XỬ LÝ CHẤT THẢI NGUY HẠI VÀ BÙN DẦU {key.upper()}")
    doc.p(f"(Kèm theo Giấy phép môi trường cấp cho {company}.) Dữ liệu quan trắc tự động được truyền liên tục về Sở Nông nghiệp và Môi trường.")
    rows = [["TT", "Vị trí quan trắc", "Ký hiệu", "Thông số", "Tần suất", "Quy chuẩn so sánh"]]
    merges = []
    for section, items in VN_PLAN:
        _span(rows, merges, section, 6)
        for k, (place, pid, written, keys, word, std) in enumerate(items, 1):
            rows.append([str(k), place, pid, written, _fw(doc, word), std])
            for kind, key_ in keys:
                doc.add("monitoring", {"point": pid, kind: key_, "frequency": word})
    doc.table("Bảng 1. Chương trình quan trắc chất thải", rows, merges, role="monitoring")
    maybe_distractor(doc)


# (RU, KK object, points, [(kind, key)], RU, KK substances as written, months)
POST = (
    ("Атмосферный воздух на границе участка", "Учаске шекарасындағы атмосфералық ауа", ("А-1", "А-2"), (("code", "0333"), ("code", "0415")),
     "сероводород, углеводороды предельные С1-С5", "күкіртсутек, шекті көмірсутектер С1-С5", (2, 5, 8, 11)),
    ("Подземные воды (наблюдательные скважины)", "Жерасты сулары (бақылау ұңғымалары)", ("Н-1", "Н-2", "Н-3"),
     (("symbol", "pH"), ("symbol", "TPH"), ("symbol", "Cl-"), ("symbol", "TDS")), "pH, нефтепродукты, хлориды, сухой остаток",
     "pH, мұнай өнімдері, хлоридтер, құрғақ қалдық", (4, 10)),
    ("Почва рекультивированных амбаров", "Рекультивацияланған амбарлардың топырағы", ("П-1", "П-2", "П-3", "П-4"),
     (("symbol", "TPH"), ("symbol", "Pb"), ("symbol", "Ni")), "нефтепродукты, свинец, никель", "мұнай өнімдері, қорғасын, никель", (6,)),
    ("Вода пруда-испарителя", "Буландырғыш тоғанның суы", ("ПИ-1",), (("symbol", "pH"), ("symbol", "TPH"), ("symbol", "Cl-")),
     "pH, нефтепродукты, хлориды", "pH, мұнай өнімдері, хлоридтер", tuple(range(1, 13))),
)  # fmt: skip
MONTHS_WORD = {4: "quarterly", 2: "semiannual", 1: "yearly", 12: "monthly"}


def monitoring_js2(doc: Doc) -> None:
    """A calendar of monitoring after the closure of an oilfield's sludge pits: the medium, the points, the components in
    words, then twelve month columns `I` … `XII` under a merged header with `+` in the months of sampling — four marks for
    the air at the plot's edge, two for the wells, one for the soil of the filled pits, all twelve for the evaporation
    pond — the frequency only to be counted from the marks (VI: a post-closure programme transposed, the media as columns
    and the points, the parameters, the frequency, the standard and the term as rows)."""
    if doc.lang == "vi":
        _monitoring_js2_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    op = doc.pick(FIELD_OPS)[L]
    doc.h(g(f"План-график пострекультивационного мониторинга шламовых амбаров месторождения Каратобе Южное на 2026 год ({op})",
            f"Оңтүстік Қаратөбе кен орны шлам амбарларының рекультивациядан кейінгі мониторингінің 2026 жылға арналған жоспар-кестесі ({op})"))
    romans = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
    rows = [["№", g("Объект мониторинга", "Мониторинг объектісі"), g("Пункты наблюдения", "Бақылау пункттері"), g("Определяемые показатели", "Анықталатын "
             "көрсеткіштер"), g("Месяцы 2026 года", "2026 жылдың айлары")] + [None] * 11,
            [None] * 4 + list(romans)]
    merges = [(0, c, 1, c) for c in range(4)] + [(0, 4, 0, 15)]
    for k, (o_ru, o_kk, points, keys, s_ru, s_kk, months) in enumerate(POST, 1):
        rows.append([str(k), (o_ru, o_kk)[L], ", ".join(points), (s_ru, s_kk)[L], *("+" if m in months else "" for m in range(1, 13))])
        for p in points:
            for kind, key in keys:
                doc.add("monitoring", {"point": p, kind: key, "frequency": MONTHS_WORD[len(months)]})
    doc.table(None, rows, merges, role="monitoring")
    doc.p(g("«+» – месяц отбора проб. Отбор и анализ проб выполняет аккредитованная лаборатория; результаты включаются в отчет по ПЭК.",
            "«+» – сынама алу айы. Сынамаларды алуды және талдауды аккредиттелген зертхана орындайды; нәтижелер ӨЭБ бойынша есепке енгізіледі."))
    maybe_distractor(doc)


def _monitoring_js2_vi(doc: Doc) -> None:
    company = doc.pick(("Công ty Cổ phần Dịch vụ Khoan Biển Đông", "Công ty TNHH Khoan và Giếng khoan Rạng Đông"))
    doc.h("CHƯƠNG TRÌNH QUAN TRẮC SAU CẢI TẠO, PHỤC HỒI MÔI TRƯỜNG HỐ CHỨA MÙN KHOAN SỐ 2")
    doc.p(f"Chủ dự án: {company}. Chương trình thực hiện trong 03 năm kể từ khi hoàn thành cải tạo.")
    cols = (
        (("NN1", "NN2", "NN3"), "NN1, NN2, NN3 – giếng quan trắc thượng và hạ lưu hố", "pH, tổng chất rắn hòa tan (TDS), clorua (Cl-), tổng dầu mỡ khoáng",
         (("symbol", "pH"), ("symbol", "TDS"), ("symbol", "Cl-"), ("symbol", "TPH")), "semiannual", "QCVN 09:2023/BTNMT"),
        (("Đ1", "Đ2"), "Đ1, Đ2 – trên bề mặt hố đã lấp", "Asen (As), chì (Pb), tổng hydrocacbon dầu mỏ",
         (("symbol", "As"), ("symbol", "Pb"), ("symbol", "TPH")), "yearly", "QCVN 03:2023/BTNMT (Loại 3)"),
        (("KK1", "KK2"), "KK1, KK2 – ranh giới phía Bắc và phía Nam khu vực", "Tổng bụi lơ lửng (TSP), H2S",
         (("code", "2902"), ("code", "0333")), "quarterly", "QCVN 05:2023/BTNMT"),
    )  # fmt: skip
    rows = [["Nội dung", "Nước dưới đất", "Đất", "Không khí xung quanh"],
            ["Vị trí, ký hiệu", *(c[1] for c in cols)],
            ["Thông số", *(c[2] for c in cols)],
            ["Tần suất", *(_fw(doc, c[4]) for c in cols)],
            ["Quy chuẩn so sánh", *(c[5] for c in cols)],
            ["Thời gian thực hiện", "2026 – 2028", "2026 – 2028", "2026 – 2028"]]
    for points, _, _, keys, word, _ in cols:
        for p in points:
            for kind, key in keys:
                doc.add("monitoring", {"point": p, kind: key, "frequency": word})
    doc.table("Bảng 5. Chương trình quan trắc môi trường sau cải tạo", rows, role="monitoring")
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

# ((RU, KK object), [(RU, KK parameter, RU, KK criterion, frequency or None, RU, KK said when None, RU, KK who, journal)])
PROCESS = (
    (("Карты биоремедиации № 1–6", "№ 1–6 биоремедиация карталары"), [
        ("Влажность обрабатываемого грунта", "Өңделетін топырақтың ылғалдылығы", "60–80 % от полной влагоемкости", "толық ылғал сыйымдылығының 60–80 %",
         "weekly", "", "", "мастер биоплощадки", "биоалаң шебері", "Ж-БР-01"),
        ("Температура в бурте", "Бурттағы температура", "не ниже +10 °C; при снижении – укрытие пленкой", "+10 °C-тан төмен емес; төмендеген кезде – "
         "үлдірмен жабу", "daily", "", "", "мастер биоплощадки", "биоалаң шебері", "Ж-БР-01"),
        ("Рыхление (аэрация) грунта", "Топырақты қопсыту (аэрациялау)", "глубина рыхления 0,3–0,4 м", "қопсыту тереңдігі 0,3–0,4 м", "weekly", "", "",
         "механизатор участка", "учаске механизаторы", "Ж-БР-02"),
        ("Внесение минеральных удобрений", "Минералды тыңайтқыштар енгізу", "соотношение C:N:P = 100:10:1", "C:N:P = 100:10:1 қатынасы", None,
         "при каждой подкормке", "әр қоректендіру кезінде", "технолог", "технолог", "Ж-БР-02")]),
    (("Установка термической десорбции УТД-1", "ТДҚ-1 термиялық десорбция қондырғысы"), [
        ("Температура в камере дожигания", "Жағу камерасындағы температура", "не ниже 850 °C, время пребывания газов не менее 2 с",
         "850 °C-тан төмен емес, газдардың болу уақыты 2 с-тан кем емес", "continuous", "", "", "оператор УТД", "ТДҚ операторы", "АСУ ТП"),
        ("Расход орошающей жидкости скруббера", "Скрубберді суаратын сұйықтың шығыны", "не менее 12 м³/ч, pH 7–9", "сағатына 12 м³-тан кем емес, pH 7–9",
         "daily", "", "", "оператор УТД", "ТДҚ операторы", "Ж-УТД-03"),
        ("Состояние футеровки и уплотнений барабана", "Барабан футеровкасы мен тығыздағыштарының жай-күйі", "отсутствие прогаров и подсосов воздуха",
         "күйіктер мен ауа сорылуының болмауы", "monthly", "", "", "главный механик", "бас механик", "Ж-УТД-05")]),
    (("Шламонакопитель ШН-1 и приемная площадка", "ШН-1 шлам жинағышы және қабылдау алаңы"), [
        ("Входной контроль партии отходов", "Қалдықтар партиясын кіріс бақылау", "паспорт опасных отходов, сопроводительный документ, масса на весах",
         "қауіпті қалдықтар паспорты, ілеспе құжат, таразыдағы салмағы", None, "при каждом приеме", "әр қабылдау кезінде", "приемщик-весовщик",
         "қабылдаушы-таразышы", "Ж-ПР-01"),
        ("Свободный борт шламонакопителя", "Шлам жинағыштың бос борты", "не менее 0,5 м", "0,5 м-ден кем емес", "weekly", "", "", "начальник участка",
         "учаске бастығы", "Ж-ПР-02"),
        ("Целостность геомембраны и обвалования", "Геомембрана мен үйіндінің тұтастығы", "отсутствие разрывов, высота обвалования не менее 1,0 м",
         "жыртылулардың болмауы, үйінді биіктігі 1,0 м-ден кем емес", "quarterly", "", "", "комиссия под председательством главного инженера",
         "бас инженер төрағалық ететін комиссия", "акт")]),
)  # fmt: skip


def inspections_js1(doc: Doc) -> None:
    """A regulation of process control at an oil-waste polygon: the object (the bioremediation maps, the TDU, the sludge
    store) merged down over its checks, each check with a criterion full of figures and units that are no limits (`60–80 %`,
    `не ниже 850 °C`, `C:N:P = 100:10:1`, `pH 7–9`), the frequency, who checks and the journal's code (`Ж-БР-01`) as a
    look-alike; the afterburner's temperature continuously by the process control system, the incoming batch checked at
    each receipt and the fertiliser at each feeding without a frequency (VI: a hazardous-waste plant's self-inspection
    plan by areas under section rows, the form's code `BM-MT-..` in a column of its own, a check at each truck)."""
    if doc.lang == "vi":
        _inspections_js1_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    op = doc.pick(SLUDGE_OPS)[L]
    doc.h(g(f"Регламент производственного контроля технологических процессов обезвреживания отходов. {op}",
            f"{op}. Қалдықтарды залалсыздандыру технологиялық процестерін өндірістік бақылау регламенті"))
    doc.p(g("Отклонение параметра от критерия фиксируется в журнале и доводится до начальника смены; повторное отклонение – до главного инженера.",
            "Параметрдің өлшемшарттан ауытқуы журналға тіркеліп, ауысым бастығына жеткізіледі; қайталанған ауытқу – бас инженерге."))
    rows = [g(["Объект", "Контролируемый параметр", "Критерий", "Периодичность", "Кто контролирует", "Регистрация"],
              ["Объект", "Бақыланатын параметр", "Өлшемшарт", "Кезеңділігі", "Кім бақылайды", "Тіркеу"])]
    merges = []
    for (o_ru, o_kk), checks in PROCESS:
        start = len(rows)
        for j, (p_ru, p_kk, c_ru, c_kk, word, w_ru, w_kk, a_ru, a_kk, journal) in enumerate(checks):
            said = (w_ru, w_kk)[L] if word is None else (g("непрерывно (АСУ ТП)", "үздіксіз (ТП АБЖ)") if word == "continuous" else _fw(doc, word))
            param, who = (p_ru, p_kk)[L], (a_ru, a_kk)[L]
            rows.append([(o_ru, o_kk)[L] if j == 0 else None, param, (c_ru, c_kk)[L], said, who, journal])
            item = {"kind": "inspection", "text_contains": _words(param, 3), "actor_contains": who}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
        merges.append((start, 0, len(rows) - 1, 0))
    doc.table(g("Таблица 1 – Контролируемые параметры и периодичность контроля", "1-кесте – Бақыланатын параметрлер және бақылау кезеңділігі"), rows,
              merges, role="inspections")
    maybe_distractor(doc)


# (section, [(VI area, what is checked, frequency or None, VI words when None, who, form)])
VN_SELF = (
    ("I. KHU TIẾP NHẬN VÀ LƯU GIỮ CTNH", [
        ("Khu tiếp nhận", "Kiểm tra nhãn, chứng từ CTNH và cân khối lượng xe chở chất thải", None, "Mỗi khi tiếp nhận xe", "Tổ tiếp nhận", "BM-MT-01"),
        ("Kho lưu giữ CTNH", "Kiểm tra rò rỉ, gờ chống tràn, biển cảnh báo, thiết bị PCCC", "daily", "", "Thủ kho", "BM-MT-02"),
        ("Bãi chứa bùn dầu có mái che", "Kiểm tra hố thu nước rỉ, lớp chống thấm nền", "weekly", "", "Phòng An toàn – Môi trường", "BM-MT-03")]),
    ("II. LÒ ĐỐT VÀ HỆ THỐNG XỬ LÝ KHÍ THẢI", [
        ("Lò đốt CTNH", "Kiểm tra nhiệt độ buồng thứ cấp (≥ 1.050 °C) và thời gian lưu khí (≥ 2 giây)", "daily", "", "Trưởng ca vận hành", "BM-MT-04"),
        ("Tháp hấp thụ NaOH", "Kiểm tra pH dung dịch hấp thụ, lượng cặn lắng", "daily", "", "Trưởng ca vận hành", "BM-MT-04"),
        ("Trạm quan trắc khí thải tự động", "Kiểm tra, hiệu chuẩn thiết bị đo, đường truyền dữ liệu", "monthly", "", "Phòng An toàn – Môi trường", "BM-MT-05")]),
    ("III. HỆ THỐNG GIẢI HẤP NHIỆT (TDU)", [
        ("Thiết bị ngưng tụ, tách dầu", "Kiểm tra nhiệt độ nước làm mát, mức dầu thu hồi", "daily", "", "Trưởng ca vận hành", "BM-MT-06"),
        ("Băng tải và phễu nạp liệu", "Kiểm tra rơi vãi bùn dầu, vệ sinh khu vực", "weekly", "", "Quản đốc phân xưởng", "BM-MT-06")]),
)  # fmt: skip


def _inspections_js1_vi(doc: Doc) -> None:
    company, key = doc.pick(VN_PLANTS)
    doc.h(f"KẾ HOẠCH TỰ KIỂM TRA CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2026 – {company.upper()}")
    doc.p(f"Áp dụng tại Nhà máy xử lý chất thải nguy hại và bùn dầu {key}. Kết quả kiểm tra ghi vào biểu mẫu tương ứng và lưu tại Phòng An toàn – Môi trường.")
    rows = [["TT", "Hạng mục", "Nội dung kiểm tra", "Tần suất", "Bộ phận thực hiện", "Biểu mẫu"]]
    merges = []
    n = 0
    for section, checks in VN_SELF:
        _span(rows, merges, section, 6)
        for area, what, word, words, who, form in checks:
            n += 1
            rows.append([str(n), area, what, words if word is None else _fw(doc, word), who, form])
            item = {"kind": "inspection", "text_contains": _words(what, 4), "actor_contains": who}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
    doc.table("Bảng 1. Nội dung, tần suất tự kiểm tra", rows, merges, role="inspections")
    maybe_distractor(doc)


# (RU, KK what is checked, months by quarter (None: a dash) or a note without schedule, RU, KK who)
SCHEDULE = (
    ("Соблюдение условий КЭР на установке термической десорбции", "ТДҚ-да КЭР шарттарының сақталуы", ("февраль", "май", "август", "ноябрь"),
     "инженер-эколог", "инженер-эколог"),
    ("Площадки временного хранения и шламонакопители", "Уақытша сақтау алаңдары мен шлам жинағыштар", ("март", None, "сентябрь", None),
     "начальник участка приема отходов", "қалдықтарды қабылдау учаскесінің бастығы"),
    ("Карты биоремедиации и пруд-испаритель", "Биоремедиация карталары және буландырғыш тоған", (None, "июнь", None, None),
     "комиссия под председательством главного инженера", "бас инженер төрағалық ететін комиссия"),
    ("Инсинератор и газоочистка", "Инсинератор және газ тазарту", ("январь", "апрель", "июль", "октябрь"), "главный механик", "бас механик"),
    ("Ведение журналов учета отходов и паспортов", "Қалдықтарды есепке алу журналдары мен паспорттарын жүргізу", (None, None, None, "декабрь"),
     "инженер-эколог", "инженер-эколог"),
    ("Подрядчики по перевозке нефтешлама", "Мұнай шламын тасымалдау жөніндегі мердігерлер", "по отдельному графику",
     "служба охраны труда и окружающей среды", "еңбек және қоршаған ортаны қорғау қызметі"),
)  # fmt: skip
MONTHS_KK = {"январь": "қаңтар", "февраль": "ақпан", "март": "наурыз", "апрель": "сәуір", "май": "мамыр", "июнь": "маусым", "июль": "шілде",
             "август": "тамыз", "сентябрь": "қыркүйек", "октябрь": "қазан", "ноябрь": "қараша", "декабрь": "желтоқсан"}
COUNT_WORD = {4: "quarterly", 2: "semiannual", 1: "yearly"}


def inspections_js2(doc: Doc) -> None:
    """An oil-waste polygon's schedule of internal environmental checks for 2026, approved by the director: the object
    checked, four quarter columns whose cells name the month of the check or carry a dash — four months for the TDU and the
    incinerator, two for the stores, one for the bioremediation maps and the records — the frequency only to be counted from
    them, who checks last, and the hauliers' check `по отдельному графику` across the quarters (VI: a fuel depot's check
    sheet of its hazardous-waste store and sludge pad with `x` under the daily, weekly or monthly column)."""
    r = doc.rng
    if doc.lang == "vi":
        _inspections_js2_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    op = doc.pick(SLUDGE_OPS)[L]
    doc.h(g(f"График внутренних проверок соблюдения экологических требований на 2026 год. {op}",
            f"{op}. Экологиялық талаптардың сақталуын ішкі тексерулердің 2026 жылға арналған кестесі"))
    doc.p(g(f"УТВЕРЖДАЮ: директор {op}, {r.randint(10, 28)}.12.2025. По результатам проверки составляется акт с перечнем несоответствий.",
            f"БЕКІТЕМІН: {op} директоры, {r.randint(10, 28)}.12.2025. Тексеру нәтижелері бойынша сәйкессіздіктер тізбесі бар акт жасалады."))
    rows = [["№", g("Объект проверки", "Тексеру объектісі"), g("I квартал", "I тоқсан"), g("II квартал", "II тоқсан"), g("III квартал", "III тоқсан"),
             g("IV квартал", "IV тоқсан"), g("Проверяющий", "Тексеруші")]]
    merges = []
    for k, (t_ru, t_kk, months, w_ru, w_kk) in enumerate(SCHEDULE, 1):
        what, who = (t_ru, t_kk)[L], (w_ru, w_kk)[L]
        item = {"kind": "inspection", "text_contains": _words(what, 3), "actor_contains": who}
        if isinstance(months, str):
            rows.append([str(k), what, g(months, "жеке кесте бойынша"), None, None, None, who])
            merges.append((len(rows) - 1, 2, len(rows) - 1, 5))
        else:
            rows.append([str(k), what, *((m if L == 0 else MONTHS_KK[m]) if m else "—" for m in months), who])
            item["frequency"] = COUNT_WORD[sum(1 for m in months if m)]
        doc.add("obligations", item)
    doc.table(None, rows, merges, role="inspections")
    distractor(doc, "approval")


VN_SHEET = (
    ("Kiểm tra rò rỉ, tràn đổ tại kho lưu giữ CTNH", "daily", "Thủ kho"),
    ("Kiểm tra nhãn, mã CTNH trên thùng chứa, bao bì", "weekly", "Thủ kho"),
    ("Kiểm tra rãnh thu, hố ga lắng tại bãi chứa bùn đáy bồn", "weekly", "Tổ vận hành bồn bể"),
    ("Kiểm tra thiết bị tách dầu/nước, lượng bùn tích tụ", "monthly", "Tổ vận hành bồn bể"),
    ("Kiểm tra bình chữa cháy, cát, vật liệu thấm hút dầu ứng phó sự cố", "monthly", "Cán bộ an toàn"),
    ("Đối chiếu sổ theo dõi với chứng từ CTNH đã chuyển giao", "monthly", "Cán bộ môi trường"),
)


def _inspections_js2_vi(doc: Doc) -> None:
    company = doc.pick(("Công ty Cổ phần Kho cảng Xăng dầu Long Sơn Xanh", "Công ty TNHH Tổng kho Xăng dầu Sao Việt Long Sơn"))
    doc.h(f"BẢNG KIỂM TRA ĐỊNH KỲ KHO LƯU GIỮ CTNH VÀ BÃI CHỨA BÙN ĐÁY BỒN – {company.upper()}")
    doc.p("Đánh dấu (x) vào cột tần suất áp dụng; người kiểm tra ký xác nhận vào sổ sau mỗi lần kiểm tra.")
    cols = ("daily", "weekly", "monthly")
    rows = [["TT", "Nội dung kiểm tra", "Hằng ngày", "Hằng tuần", "Hằng tháng", "Người kiểm tra"]]
    for k, (what, word, who) in enumerate(VN_SHEET, 1):
        rows.append([str(k), what, *("x" if c == word else "" for c in cols), who])
        doc.add("obligations", {"kind": "inspection", "text_contains": _words(what, 4), "actor_contains": who, "frequency": word})
    doc.table("Bảng kiểm tra", rows, role="inspections")
    maybe_distractor(doc)


# ---------------------------------------------------------------- tasks

# ((RU, KK component), [(RU, KK measure, RU, KK who, RU, KK term, (money 2026, 2027, 2028) thousand tenge, RU, KK effect)])
MEASURES = (
    (("Охрана атмосферного воздуха", "Атмосфералық ауаны қорғау"), [
        ("Установить автоматизированную систему мониторинга эмиссий на дымовой трубе инсинератора (ист. 0002)",
         "Инсинератордың түтін мұржасына (0002 көз) эмиссиялар мониторингінің автоматтандырылған жүйесін орнату", "главный инженер", "бас инженер",
         "IV кв. 2026 г.", "2026 ж. IV тоқс.", (48500, None, None), "непрерывный контроль NOx, SO2, CO, пыли", "NOx, SO2, CO, шаңды үздіксіз бақылау"),
        ("Заменить рукавные фильтры инсинератора на фильтры с мембраной PTFE", "Инсинератордың жеңді сүзгілерін PTFE мембраналы сүзгілерге ауыстыру",
         "главный механик", "бас механик", "2027 г.", "2027 ж.", (None, 21300, None), "снижение выбросов пыли на 0,42 т/год",
         "шаң шығарындыларын жылына 0,42 т-ға азайту")]),
    (("Обращение с отходами", "Қалдықтармен жұмыс істеу"), [
        ("Переработать на УТД исторический нефтешлам шламонакопителя ШН-2 (18 500 т)",
         "ШН-2 шлам жинағышының тарихи мұнай шламын (18 500 т) ТДҚ-да қайта өңдеу", "начальник УТД", "ТДҚ бастығы", "2026–2028 гг.", "2026–2028 жж.",
         (36000, 41000, 38500), "ликвидация ШН-2", "ШН-2-ні жою"),
        ("Построить крытую площадку временного хранения бурового шлама площадью 1 200 м²",
         "Ауданы 1 200 м² бұрғылау шламын уақытша сақтаудың жабық алаңын салу", "заместитель директора по капитальному строительству",
         "директордың күрделі құрылыс жөніндегі орынбасары", "2027 г.", "2027 ж.", (None, 64800, None), "исключение пыления и смыва",
         "шаңдау мен шайылуды болдырмау")]),
    (("Охрана земель", "Жерді қорғау"), [
        ("Провести биологическую рекультивацию карт № 4–6 после завершения биоремедиации (6,3 га)",
         "Биоремедиация аяқталғаннан кейін № 4–6 карталарды (6,3 га) биологиялық рекультивациялау", "инженер-эколог", "инженер-эколог",
         "май – сентябрь 2028 г.", "2028 ж. мамыр – қыркүйек", (None, None, 12700), "восстановление 6,3 га", "6,3 га қалпына келтіру")]),
    (("Научно-исследовательские работы", "Ғылыми-зерттеу жұмыстары"), [
        ("Провести опытно-промышленные испытания биопрепарата-нефтедеструктора на грунтах с содержанием нефтепродуктов более 10 %",
         "Мұнай өнімдерінің мөлшері 10 %-дан асатын топырақта мұнай ыдыратқыш биопрепаратқа тәжірибелік-өнеркәсіптік сынақ жүргізу", "технолог", "технолог",
         "2026–2027 гг.", "2026–2027 жж.", (9800, 7400, None), "сокращение срока обработки до 120 сут", "өңдеу мерзімін 120 тәулікке дейін қысқарту")]),
)  # fmt: skip


def tasks_js1(doc: Doc) -> None:
    """An oil-waste polygon's plan of environmental measures for 2026–2028: items `1.1` under component rows (air, wastes,
    land, research), who answers for each before its term, the money in thousands of tenge by year under a merged header
    with dashes in the years without money, the expected effect last; the 18 500 tonnes of historical sludge, the 1 200 m²
    and the 6,3 ha inside the measures as look-alikes (VI: a closure plan of a drilling-cuttings pit, items `1.1` under
    phases, the quarters of 2026 and 2027 as columns marked `x`, who carries out each)."""
    if doc.lang == "vi":
        _tasks_js1_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    op = doc.pick(SLUDGE_OPS)[L]
    doc.h(g(f"План мероприятий по охране окружающей среды на 2026–2028 годы. {op}, {POLYGON[0]}",
            f"{op}, {POLYGON[1]}. 2026–2028 жылдарға арналған қоршаған ортаны қорғау жөніндегі іс-шаралар жоспары"))
    rows = [[g("№ п/п", "Р/с №"), g("Наименование мероприятия", "Іс-шараның атауы"), g("Ответственный", "Жауапты"), g("Срок", "Мерзімі"),
             g("Объем финансирования, тыс. тенге", "Қаржыландыру көлемі, мың теңге"), None, None, g("Ожидаемый экологический эффект", "Күтілетін "
             "экологиялық әсер")],
            [None, None, None, None, "2026", "2027", "2028", None]]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 7)] + [(0, 4, 0, 6)]
    for s, ((c_ru, c_kk), items) in enumerate(MEASURES, 1):
        _span(rows, merges, f"{s}. {(c_ru, c_kk)[L]}", 8)
        for k, (m_ru, m_kk, w_ru, w_kk, t_ru, t_kk, money, e_ru, e_kk) in enumerate(items, 1):
            text, who = (m_ru, m_kk)[L], (w_ru, w_kk)[L]
            rows.append([f"{s}.{k}", text, who, (t_ru, t_kk)[L], *(num(x, doc.lang) if x else "—" for x in money), (e_ru, e_kk)[L]])
            doc.add("obligations", {"kind": "task", "number": f"{s}.{k}", "text_contains": _words(text, 4), "actor_contains": who})
    doc.table(g("Приложение 3 к КЭР. План мероприятий", "КЭР-ге 3-қосымша. Іс-шаралар жоспары"), rows, merges, role="tasks")
    maybe_distractor(doc)


# (phase, [(VI task, who, quarters 1–8 of 2026–2027)])
VN_CLOSURE = (
    ("1. Giai đoạn chuẩn bị", [
        ("Bơm hút toàn bộ nước trên bề mặt hố về hệ thống xử lý nước thải", "Nhà thầu thi công", (1,)),
        ("Lấy mẫu, phân định mùn khoan trong hố theo QCVN 07:2009/BTNMT", "Đơn vị quan trắc", (1,))]),
    ("2. Giai đoạn cải tạo", [
        ("Đào, vận chuyển mùn khoan nhiễm dầu về trạm xử lý bằng giải hấp nhiệt", "Nhà thầu thi công", (2, 3)),
        ("San lấp hố bằng đất sạch, lu lèn từng lớp dày 0,3 m", "Nhà thầu thi công", (3, 4)),
        ("Phủ lớp đất màu dày 0,3 m và trồng cỏ Vetiver", "Nhà thầu thi công", (4, 5))]),
    ("3. Giai đoạn giám sát và nghiệm thu", [
        ("Quan trắc chất lượng đất và nước dưới đất sau cải tạo", "Đơn vị quan trắc", (6, 8)),
        ("Lập hồ sơ đề nghị kiểm tra, xác nhận hoàn thành phương án cải tạo", "Phòng An toàn – Sức khỏe – Môi trường", (8,))]),
)


def _tasks_js1_vi(doc: Doc) -> None:
    company = doc.pick(("Công ty Cổ phần Dịch vụ Khoan Biển Đông", "Công ty TNHH Khoan và Giếng khoan Rạng Đông"))
    doc.h("PHƯƠNG ÁN CẢI TẠO, PHỤC HỒI MÔI TRƯỜNG HỐ CHỨA MÙN KHOAN SỐ 2 – KẾ HOẠCH THỰC HIỆN")
    doc.p(f"Chủ dự án: {company}. Hố số 2 có diện tích 2.450 m², sâu trung bình 3,2 m, chứa khoảng 6.800 m³ mùn khoan.")
    rows = [["TT", "Nội dung công việc", "Đơn vị thực hiện", "Năm 2026", None, None, None, "Năm 2027", None, None, None],
            [None, None, None, "Q1", "Q2", "Q3", "Q4", "Q1", "Q2", "Q3", "Q4"]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 6), (0, 7, 0, 10)]
    for s, (phase, items) in enumerate(VN_CLOSURE, 1):
        _span(rows, merges, phase, 11)
        for k, (text, who, quarters) in enumerate(items, 1):
            rows.append([f"{s}.{k}", text, who, *("x" if q in quarters else "" for q in range(1, 9))])
            doc.add("obligations", {"kind": "task", "number": f"{s}.{k}", "text_contains": _words(text, 5), "actor_contains": who})
    doc.table("Bảng 3. Tiến độ thực hiện phương án", rows, merges, role="tasks")
    maybe_distractor(doc)


# (RU, KK violation, RU, KK requirement, RU, KK article, RU, KK term)
ORDER = (
    ("Превышение технологического норматива по азота диоксиду на источнике 0002 (инсинератор) в 1,4 раза",
     "0002 көзде (инсинератор) азот диоксиді бойынша технологиялық нормативтің 1,4 есе асып кетуі",
     "Провести наладку режима горения инсинератора и повторные инструментальные замеры с представлением протокола",
     "Инсинератордың жану режимін баптауды және хаттаманы ұсына отырып қайта аспаптық өлшеулерді жүргізу",
     "п. 1.2 приложения 1 к КЭР (технологические нормативы)", "КЭР-ге 1-қосымшаның 1.2-тармағы (технологиялық нормативтер)", "до 01.03.2026", "01.03.2026 дейін"),
    ("Замазученность грунта на площади около 350 м² у шламонакопителя ШН-1", "ШН-1 шлам жинағышы жанында шамамен 350 м² алаңда топырақтың майлануы",
     "Снять замазученный грунт и передать его на биоремедиацию, восстановить обвалование шламонакопителя",
     "Майланған топырақты алып, биоремедиацияға беру, шлам жинағыштың үйіндісін қалпына келтіру",
     "п. 4.5 условий КЭР", "КЭР шарттарының 4.5-тармағы", "в течение 30 календарных дней", "30 күнтізбелік күн ішінде"),
    ("Прием нефтешлама без паспортов опасных отходов (3 партии в октябре 2025 г.)",
     "Мұнай шламын қауіпті қалдықтар паспорттарынсыз қабылдау (2025 ж. қазанда 3 партия)",
     "Внести изменения в порядок входного контроля, исключающие прием отходов без паспортов",
     "Паспорттарсыз қалдықтарды қабылдауды болдырмайтын кіріс бақылау тәртібіне өзгерістер енгізу",
     "ст. 343 Экологического кодекса РК", "ҚР Экология кодексінің 343-бабы", "незамедлительно", "дереу"),
    ("Отсутствие в программе ПЭК мониторинга подземных вод вокруг карт биоремедиации",
     "ӨЭБ бағдарламасында биоремедиация карталарының айналасындағы жерасты суларының мониторингінің болмауы",
     "Оборудовать три наблюдательные скважины и дополнить программу ПЭК мониторингом подземных вод",
     "Үш бақылау ұңғымасын жабдықтау және ӨЭБ бағдарламасын жерасты суларының мониторингімен толықтыру",
     "Правила разработки программы ПЭК (приказ МЭГПР РК от 14.07.2021 № 250)", "ӨЭБ бағдарламасын әзірлеу қағидалары (ҚР ЭГТРМ 2021 ж. 14.07. № 250 бұйрығы)", "до 30.06.2026", "30.06.2026 дейін"),
)  # fmt: skip


def tasks_js2(doc: Doc) -> None:
    """An order of the Department of Ecology to remove the violations found at an oil-waste polygon: the inspection act's
    number and date above, then `№ | Выявленное нарушение | Требование | Основание | Срок` — each violation citing a source,
    a substance and a ratio (`0002`, `1,4 раза`), the area and the batches as look-alikes, the ground — a КЭР item, an article of the
    Code or the ПЭК rules — in a column of its own, the deadline as a date, in days or `незамедлительно`, and no actor beside the operator named above
    (VI: an inspection conclusion of the Department of Agriculture and Environment with the requirements put to a depot)."""
    r = doc.rng
    if doc.lang == "vi":
        _tasks_js2_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    op = doc.pick(SLUDGE_OPS)[L]
    doc.h(g("Предписание об устранении нарушений требований экологического законодательства Республики Казахстан",
            "Қазақстан Республикасының экологиялық заңнамасы талаптарының бұзушылықтарын жою туралы нұсқама"))
    doc.p(g(f"РГУ «Департамент экологии по Мангистауской области» по результатам внеплановой проверки (акт № {r.randint(12, 98)} от "
            f"{r.randint(1, 28):02d}.11.2025) предписывает {op} устранить следующие нарушения.",
            f"«Маңғыстау облысы бойынша экология департаменті» РММ жоспардан тыс тексеру нәтижелері бойынша (2025 ж. {r.randint(1, 28):02d}.11. "
            f"№ {r.randint(12, 98)} акт) {op} мынадай бұзушылықтарды жоюды міндеттейді."))
    rows = [g(["№", "Выявленное нарушение", "Требование по устранению", "Основание", "Срок исполнения"],
              ["№", "Анықталған бұзушылық", "Жою жөніндегі талап", "Негіздеме", "Орындау мерзімі"])]
    for k, (v_ru, v_kk, q_ru, q_kk, a_ru, a_kk, t_ru, t_kk) in enumerate(ORDER, 1):
        text = (q_ru, q_kk)[L]
        rows.append([str(k), (v_ru, v_kk)[L], text, (a_ru, a_kk)[L], (t_ru, t_kk)[L]])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text, 4)})
    doc.table(None, rows, role="tasks")
    doc.p(g("Об исполнении предписания сообщить в Департамент в письменной форме с приложением подтверждающих документов в течение 5 рабочих дней "
            "после истечения срока.",
            "Нұсқаманың орындалуы туралы мерзім өткеннен кейін 5 жұмыс күні ішінде растайтын құжаттарды қоса бере отырып, Департаментке жазбаша "
            "хабарлау қажет."))


VN_REQUIREMENTS = (
    ("Nạo vét, chuyển giao toàn bộ bùn đáy bồn đang lưu giữ ngoài trời tại khu vực bồn T-05 cho đơn vị có chức năng xử lý", "Trong vòng 30 ngày",
     "Điều 83 Luật Bảo vệ môi trường năm 2020"),
    ("Bổ sung mái che, gờ chống tràn và rãnh thu cho khu vực lưu giữ tạm thời bùn đáy bồn", "Trước ngày 31/3/2026",
     "Điều 35 Thông tư số 02/2022/TT-BTNMT"),
    ("Cập nhật sổ theo dõi chất thải nguy hại, lưu giữ chứng từ CTNH theo quy định", "Ngay sau khi nhận kết luận",
     "Thông tư số 02/2022/TT-BTNMT"),
    ("Thực hiện quan trắc nước mưa chảy tràn tại cửa xả số 2 và báo cáo kết quả về Sở", "Trong quý I/2026", "Giấy phép môi trường đã được cấp"),
)


def _tasks_js2_vi(doc: Doc) -> None:
    r = doc.rng
    company = doc.pick(("Công ty Cổ phần Kho cảng Xăng dầu Long Sơn Xanh", "Công ty TNHH Tổng kho Xăng dầu Sao Việt Long Sơn"))
    doc.h(f"KẾT LUẬN KIỂM TRA VỀ BẢO VỆ MÔI TRƯỜNG ĐỐI VỚI {company.upper()}")
    doc.p(f"Sở Nông nghiệp và Môi trường Thành phố Hồ Chí Minh; Kết luận số {r.randint(100, 900)}/KL-SNNMT ngày {r.randint(1, 28):02d}/12/2025. "
          f"Yêu cầu {company} thực hiện các nội dung sau:")
    rows = [["STT", "Nội dung yêu cầu", "Thời hạn hoàn thành", "Căn cứ pháp lý"]]
    for k, (text, term, basis) in enumerate(VN_REQUIREMENTS, 1):
        rows.append([str(k), text, term, basis])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text, 5)})
    doc.table(None, rows, role="tasks")
    doc.p("Công ty báo cáo kết quả thực hiện về Sở trước ngày 15/4/2026.")


LAYOUTS = [Layout(role, f"JS{k}", globals()[f"{role}_js{k}"]) for role in ROLES for k in (1, 2)]
