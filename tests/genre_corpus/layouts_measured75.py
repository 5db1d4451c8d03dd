"""The forty-sixth blind set's part KF (two layouts per role, `KF1` and `KF2`), written by someone who
neither ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`; held out and measured
once (0.878 over 126 files when first measured at the registering commit, 2026-12-07), then moved to the tuning
layouts to be studied.

Theme: railway depots, locomotive and wagon repair works, sleeper impregnation with creosote and fuelling points along
the line. Kazakhstan: locomotive and wagon repair depots at Мойынты, Шу and Бейнеу, a locomotive fuelling and sanding
point, and a sleeper impregnation plant at the Жарык junction that steams, vacuums and presses creosote (ГОСТ 2770-74
coal-tar oil) into pine sleepers, with its coal-fired boiler house (an object card written as label–value pairs, a
register of an operator's sites along the line, an НДВ parameter table of the impregnation plant, a fuelling point's
emissions with the substances as columns, a depot's limits of waste accumulation, a plant's calculation of waste
formation, a depot's permitted discharge concentrations at two outlets, a protocol of air at the plant's protection zone
with the weather above the results, a depot's source control with the number of checks a year, a calendar of sampling
marked by month, a schedule of internal checks by quarter, a fuelling point's walk-round check list, a plan of
environmental measures on the official form and a regulator's order after an inspection). Vietnam: a wagon repair works
at Dĩ An and a locomotive-and-wagon works at Đông Anh, locomotive depots with their diesel test stands and a fuelling
station for locomotives at a junction station (a works' information sheet, a railway company's list of its depots, an
EIA's loads in the construction and the operating phase, a fuelling station's vapour losses by tank, a yearly report's
hazardous wastes, a permit's waste list with kilograms and tonnes in one table, quarterly waste-water results against
QCVN 40:2011/BTNMT × Kq × Kf, ambient air written one parameter a row, a monitoring programme of ticks, a programme with
months to sample, a quarterly self-inspection plan, a treatment plant's check list by frequency, the progress plan of
environmental works and the demands of an inspection team).

Facility: an object card of a locomotive depot in four columns, two label–value pairs a row under section rows spanning
the card, the BIN beside the operator, the KATO beside the object's name, the station's ЕСР code, the kilometre and
picket, the phone, the height above sea and the zone's width as look-alikes, coordinates in degrees, minutes and seconds
(VI: a wagon works' information sheet in the same four columns, VN-2000 metres beside the WGS-84 degrees) (KF1); a
register of an operator's sites along the line, one row a site, the BIN only in the text above, latitude and longitude
as sub-columns of a merged header, the category written `2` and `3`, the station's kilometre beside the KATO (VI: a
railway company's list of its depots and fuelling station, one site not subject to grouping) (KF2).

Emissions: a sleeper impregnation plant's НДВ parameter table in fifteen columns under a two-row header and a row of
column numbers — shop merged down over its sources, height, diameter, the gas's speed, volume and temperature, the
coordinates on the site plan, then code, name, g/s, mg/Nm³ and t/year — benzo(a)pyrene in plain decimals, the total
merged across (VI: an EIA's loads of diesel machines while building and of a locomotive test stand while operating, WHO
factors and kg a day as look-alikes, g/s only) (KF1); a fuelling point's emissions with the sources as rows and the
substances as column pairs `г/с | т/год` under a three-row header, dashes where a source emits nothing, the column totals
(VI: a fuelling station's vapour losses with the substances as rows and the tanks and pumps as columns, kg a year named
only in the caption) (KF2).

Wastes: a locomotive depot's limits of waste accumulation, the formation beside the limit of accumulation (a look-alike
amount) with the units in a row of their own under the header words, codes written without spaces (`130205*`), hazardous and non-hazardous section rows with
subtotals and a grand total (VI: a depot's yearly report of hazardous wastes in tonnes with the KS/NH class beside the
code, the total) (KF1); a sleeper impregnation plant's calculation of waste formation, the code inside the name cell,
the input figures and the norm (`0,25 % от расхода креозота`) before the result (VI: a wagon works' permit list of wastes
with kilograms for hazardous and tonnes for ordinary wastes in a unit column) (KF2).

Limits: a depot's permitted concentrations at two outlets as column groups `факт | ДК`, the method's ПНД Ф number in
the last column, a dash where an outlet has no norm (VI: quarterly waste-water results at one outlet against QCVN
40:2011/BTNMT column B and Cmax = C × Kq × Kf beside it) (KF1); a protocol of ambient air at the impregnation plant's
protection zone, four points as columns, rows of date, wind, temperature and pressure above a section row of the
results, ПДК м.р. last (VI: ambient air around a locomotive depot written one parameter a row, the point merged down,
QCVN 05:2023/BTNMT) (KF2).

Monitoring: a depot's source control with the source merged down over rows of substances and the number of checks a year
(`4`, `12`, `1`) instead of words, ГОСТ numbers of methods, then waste water whose frequency is only in the caption (VI:
a programme of ticks under parameter columns grouped by medium, the frequency last) (KF1); a sleeper plant's calendar of
sampling for 2026 with `+` under the months I–XII and the count a year, section rows of sources, the zone, ground water,
soil and waste water (VI: a wagon works' programme naming the months to sample) (KF2).

Inspections: a depot's schedule of internal checks, the quarters as sub-columns with the planned dates, a dash for none,
who checks last, an unscheduled check after spills without a frequency (VI: a quarterly self-inspection plan of ticks)
(KF1); a fuelling point's walk-round check list whose section rows say how often and who checks (`А. При приеме смены
(ежедневно) – оператор`), a section after each tank-car discharge without a frequency (VI: a treatment plant's check
list by frequency, form numbers as look-alikes) (KF2).

Tasks: a plan of environmental measures on the official form — volume of work, cost in thousand tenge, source of money,
start and end under a merged header, the expected effect in tonnes — items numbered through the plan under section rows,
subtotals per section (VI: the progress plan of a works' environmental installations, items `1.1` under sections, the
capacity as a look-alike) (KF1); a regulator's order after an inspection of the impregnation plant, the violation,
the article broken (`п. 2 ст. 320`) and the demand in columns of their own, the term (VI: an inspection
team's demands to a depot) (KF2).
"""

from __future__ import annotations

from . import vocab
from .common import Doc, freq, make_bin, make_msdn, maybe_distractor, num
from .limits_data import QCVN40, add, limit
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
    """A nine-digit KATO code starting with the region's prefix."""
    rest = 9 - len(prefix) - 3
    return f"{prefix}{doc.rng.randint(10 ** (rest - 1), 10**rest - 1)}{doc.rng.choice(('000', '100'))}"


def _dms(value: float, lang: str, lat: bool) -> tuple[str, float]:
    """`47°12'05,3" с.ш.` and the decimal degrees it stands for."""
    d = int(value)
    rest = (value - d) * 60
    m = int(rest)
    s = round((rest - m) * 60, 1)
    if s >= 60:
        s, m = 0.0, m + 1
    hemi = {"ru": ("с.ш.", "в.д."), "kk": ("с.е.", "ш.б."), "vi": ("B", "Đ")}[lang][0 if lat else 1]
    text = f"{d}°{m:02d}'{f'{s:04.1f}'.replace('.', ',')}\" {hemi}"
    return text, d + m / 60 + s / 3600


# code: (RU, KK, VI, hazard class) of pollutants the vocabulary does not name (names of the list in force)
EXTRA = {
    "0708": ("Нафталин", "Нафталин", "Naphthalen", 4),
    "1071": ("Гидроксибензол (Фенол)", "Гидроксибензол (фенол)", "Phenol", 2),
    "0322": ("Серная кислота", "Күкірт қышқылы", "Axit sunfuric", 2),
    "2936": ("Пыль древесная", "Ағаш шаңы", "Bụi gỗ", None),
}
# VI labels as Vietnamese reports write them
VN_LABEL = {"2902": "Bụi tổng (TSP)", "0330": "SO2", "0301": "NO2", "0337": "CO", "0602": "Benzen", "0621": "Toluen",
            "0616": "Xylen", "0333": "H2S"}


def _air(doc: Doc, code: str, variant: int = 0) -> str:
    if code in EXTRA:
        return EXTRA[code][vocab.LANGS.index(doc.lang)]
    return vocab.air(code, doc.lang, variant)


DAILY = {"ru": "ежедневно", "kk": "күн сайын", "vi": "hằng ngày"}
WEEKLY = {"ru": "еженедельно", "kk": "апта сайын", "vi": "hằng tuần"}


def _said(doc: Doc) -> dict[str, str]:
    """One wording per frequency for the whole document, as one writer keeps it."""
    out = {"daily": DAILY[doc.lang], "weekly": WEEKLY[doc.lang]}
    out.update({w: freq(doc, w) for w in ("monthly", "quarterly", "semiannual", "yearly")})
    return out


# ---------------------------------------------------------------- facility

# (RU, KK operator, RU, KK legal address)
OPERATORS = (
    ("ТОО «Магистраль Локомотив Сервис»", "«Магистраль Локомотив Сервис» ЖШС", "г. Астана, район Есиль, ул. Кунаева, 10, офис 402",
     "Астана қ., Есіл ауданы, Қонаев к-сі, 10, 402-кеңсе"),
    ("ТОО «Дала Темір Жол Жөндеу»", "«Дала Темір Жол Жөндеу» ЖШС", "г. Караганда, ул. Привокзальная, 5",
     "Қарағанды қ., Вокзал маңы к-сі, 5"),
)  # fmt: skip
# (RU, KK name, key RU, key KK, RU, KK station, RU, KK region, KATO prefix, lat, lon, RU, KK capacity, category, OKED,
#  RU, KK OKED words, ЕСР code, km)
DEPOTS = (
    ("Локомотивное ремонтное депо Мойынты", "Мойынты локомотив жөндеу депосы", "Мойынты", "Мойынты", "ст. Мойынты", "Мойынты ст.",
     "Карагандинская область, Шетский район, п. Мойынты, ул. Деповская, 2", "Қарағанды облысы, Шет ауданы, Мойынты к., Деповская к-сі, 2",
     "3556", 47.2161, 73.3659, "текущий ремонт ТР-3 – 160 секций тепловозов в год", "ТР-3 ағымдағы жөндеу – жылына 160 тепловоз секциясы",
     "II", "33170", "Ремонт и техническое обслуживание прочих транспортных средств",
     "Өзге де көлік құралдарын жөндеу және техникалық қызмет көрсету", "673507", 1126),
    ("Вагонное ремонтное депо Шу", "Шу вагон жөндеу депосы", "Шу", "Шу", "ст. Шу", "Шу ст.",
     "Жамбылская область, Шуский район, г. Шу, ул. Вокзальная, 41", "Жамбыл облысы, Шу ауданы, Шу қ., Вокзал к-сі, 41",
     "3156", 43.6021, 73.7634, "деповской ремонт – 3 600 грузовых вагонов в год", "деполық жөндеу – жылына 3 600 жүк вагоны",
     "II", "33170", "Ремонт и техническое обслуживание прочих транспортных средств",
     "Өзге де көлік құралдарын жөндеу және техникалық қызмет көрсету", "700308", 3385),
    ("Эксплуатационное локомотивное депо Бейнеу", "Бейнеу пайдалану локомотив депосы", "Бейнеу", "Бейнеу", "ст. Бейнеу", "Бейнеу ст.",
     "Мангистауская область, Бейнеуский район, с. Бейнеу, Промзона, 7", "Маңғыстау облысы, Бейнеу ауданы, Бейнеу а., Өнеркәсіптік аймақ, 7",
     "4733", 45.3174, 55.1987, "экипировка до 60 тепловозов в сутки, ТО-2 и ТО-3", "тәулігіне 60 тепловозға дейін жабдықтау, ТҚ-2 және ТҚ-3",
     "II", "49200", "Грузовые железнодорожные перевозки", "Темір жолмен жүк тасымалдау", "664005", 2716),
)  # fmt: skip


def facility_kf1(doc: Doc) -> None:
    """An object card of a locomotive or wagon depot for its environmental passport in four columns, two label–value pairs
    a row under three section rows spanning the card: the operator with the BIN in the same row, the legal address with
    the phone, the object's name with its KATO, the station and kilometre with the station's ЕСР code, the OKED with the
    category, coordinates in degrees, minutes and seconds with the height above sea, the area with the staff, the capacity
    with the zone's width, the permit with its term; the locomotives of the depot in a table of no role (VI: a wagon works'
    information sheet in the same four columns, VN-2000 metres beside the WGS-84 degrees, the registration certificate
    repeating the enterprise number)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_kf1_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    op = doc.pick(OPERATORS)
    d = doc.pick(DEPOTS)
    operator, legal = op[L], op[2 + L]
    bin_, kato = make_bin(r), _kato(doc, d[8])
    lat_t, lat = _dms(d[9] + r.uniform(-0.003, 0.003), doc.lang, True)
    lon_t, lon = _dms(d[10] + r.uniform(-0.003, 0.003), doc.lang, False)
    permit = f"KZ{r.randint(10, 99)}VCZ{r.randint(10**7, 10**8 - 1):08d}"
    doc.h(g(f"Экологический паспорт объекта. {d[0]}", f"Объектінің экологиялық паспорты. {d[1]}"))
    doc.p(g("Раздел 1. Общие сведения. Паспорт составлен по состоянию на 01.01.2026 и актуализируется при изменении "
            "технологии, состава источников или разрешительных документов.",
            "1-бөлім. Жалпы мәліметтер. Паспорт 01.01.2026 жағдайы бойынша жасалды және технология, көздер құрамы немесе рұқсат беру "
            "құжаттары өзгерген кезде өзектендіріледі."))
    rows, merges = [], []
    _span(rows, merges, g("1. Оператор", "1. Оператор"), 4)
    rows += [[g("Наименование оператора", "Оператордың атауы"), operator, g("БИН", "БСН"), bin_],
             [g("Юридический адрес", "Заңды мекенжайы"), legal, g("Телефон / факс", "Телефон / факс"),
              f"+7 7172 {r.randint(20, 79)} {r.randint(10, 99)} {r.randint(10, 99)}"]]
    _span(rows, merges, g("2. Объект", "2. Объект"), 4)
    rows += [[g("Наименование объекта", "Объектінің атауы"), d[L], g("Код КАТО", "ҚАТО коды"), kato],
             [g("Местонахождение", "Орналасқан жері"), d[6 + L], g("Станция, км (ПК)", "Станция, км (ПК)"),
              f"{d[4 + L]}, {num(d[18], doc.lang)} км ПК {r.randint(1, 9)}"],
             [g("Вид деятельности (ОКЭД)", "Қызмет түрі (ЭҚЖЖ)"), f"{d[14]} – {d[15 + L]}", g("Код станции ЕСР", "Станцияның ЕСР коды"), d[17]],
             [g("Географические координаты (WGS-84)", "Географиялық координаттары (WGS-84)"), f"{lat_t}, {lon_t}",
              g("Абсолютная отметка, м", "Абсолюттік белгісі, м"), str(r.randint(280, 640))],
             [g("Категория объекта", "Объектінің санаты"), d[13], g("Площадь территории, га", "Аумақтың ауданы, га"),
              num(round(r.uniform(8, 26), 1), doc.lang)],
             [g("Проектная мощность", "Жобалық қуаты"), d[11 + L], g("Численность персонала, чел.", "Қызметкерлер саны, адам"),
              str(r.randint(180, 640))],
             [g("Санитарно-защитная зона, м", "Санитариялық-қорғаныш аймағы, м"), str(doc.pick((300, 500))),
              g("Ближайшая жилая застройка", "Ең жақын тұрғын үйлер"), g(f"{r.randint(320, 900)} м, северо-восток", f"{r.randint(320, 900)} м, солтүстік-шығыс")]]
    _span(rows, merges, g("3. Разрешительные документы", "3. Рұқсат беру құжаттары"), 4)
    rows += [[g("Экологическое разрешение на воздействие", "Әсер етуге экологиялық рұқсат"), permit,
              g("Срок действия", "Қолданылу мерзімі"), "01.07.2024 – 31.12.2033"],
             [g("Программа ПЭК", "ӨЭБ бағдарламасы"), g(f"утверждена приказом № {r.randint(12, 98)}-П от 15.01.2026",
                                                         f"2026 ж. 15.01. № {r.randint(12, 98)}-П бұйрықпен бекітілген"),
              g("Ответственный за охрану окружающей среды", "Қоршаған ортаны қорғауға жауапты"),
              g(f"инженер-эколог Нургалиева А.Б., +7 701 {r.randint(100, 999)} {r.randint(10, 99)} {r.randint(10, 99)}",
                f"инженер-эколог Нұрғалиева А.Б., +7 701 {r.randint(100, 999)} {r.randint(10, 99)} {r.randint(10, 99)}")]]
    doc.table(g("Карта-паспорт объекта", "Объектінің паспорт-картасы"), rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": d[2 + L], "kato": kato, "oked": d[14], "category": d[13], "lat": lat, "lon": lon})
    doc.table(g("Приписной парк локомотивов", "Тіркелген локомотивтер паркі"), [
        g(["Серия", "Количество секций", "Мощность секции, кВт", "Вид ремонта в депо"], ["Сериясы", "Секциялар саны", "Секция қуаты, кВт", "Деподағы жөндеу түрі"]),
        ["ТЭ33А", str(r.randint(40, 90)), "3 100", "ТО-3, ТР-1, ТР-3"],
        ["2ТЭ10М", str(r.randint(10, 30)), "2 200", "ТР-1, ТР-3"],
        ["ТЭМ7А", str(r.randint(4, 12)), "1 470", "ТО-3, ТР-1"],
    ], role="other")


# (VI name, key, company, address, lat, lon, VN-2000 X, Y, capacity, group)
VN_WORKS = (
    ("Nhà máy Sửa chữa Toa xe Sóng Thần", "Sóng Thần", "Công ty Cổ phần Toa xe Sóng Thần",
     "Số 12 đường ĐT743, phường Dĩ An, Thành phố Hồ Chí Minh (trước đây thuộc tỉnh Bình Dương)", 10.9053, 106.7652, 1206518, 611942,
     "Sửa chữa 1.200 toa xe/năm; đóng mới 150 toa xe hàng/năm", "II"),
    ("Nhà máy Đầu máy – Toa xe Đông Anh", "Đông Anh", "Công ty TNHH MTV Đầu máy Toa xe Đông Anh",
     "Tổ 5, xã Đông Anh, Thành phố Hà Nội", 21.1372, 105.8481, 2338217, 588305,
     "Sửa chữa lớn 60 đầu máy diesel/năm; sửa chữa 900 toa xe khách/năm", "II"),
)  # fmt: skip


def _facility_kf1_vi(doc: Doc) -> None:
    r = doc.rng
    w = doc.pick(VN_WORKS)
    msdn = make_msdn(r)
    lat_t, lat = _dms(w[4] + r.uniform(-0.002, 0.002), "vi", True)
    lon_t, lon = _dms(w[5] + r.uniform(-0.002, 0.002), "vi", False)
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG CỦA CƠ SỞ {w[0].upper()}")
    doc.h("Chương I. THÔNG TIN CHUNG VỀ CƠ SỞ")
    rows = [["Tên chủ cơ sở", w[2], "Mã số doanh nghiệp", msdn],
            ["Người đại diện", f"Ông {doc.pick(('Nguyễn Văn Thịnh', 'Lê Quang Vinh', 'Đỗ Mạnh Hùng'))} – Giám đốc", "Điện thoại",
             f"0{doc.pick(('274', '24'))} {r.randint(3000, 3999)} {r.randint(100, 999)}"],
            ["Tên cơ sở", w[0], "Loại hình", "Sửa chữa, đóng mới phương tiện giao thông đường sắt"],
            ["Địa điểm", w[3], "Diện tích khu đất", f"{num(round(r.uniform(9, 16), 1), 'vi')} ha"],
            ["Tọa độ VN-2000 (tâm khu đất)", f"X = {num(w[6] + r.randint(-200, 200), 'vi')} m; Y = {num(w[7] + r.randint(-200, 200), 'vi')} m",
             "Tọa độ WGS-84", f"{lat_t}; {lon_t}"],
            ["Quy mô, công suất", w[8], "Phân nhóm (Luật BVMT 2020)", f"Nhóm {w[9]}"],
            ["Giấy chứng nhận đăng ký doanh nghiệp", f"Mã số {msdn}, đăng ký lần đầu ngày 05/01/2010, thay đổi lần thứ 7 ngày 21/3/2024",
             "Số lao động", f"{r.randint(350, 820)} người"]]
    doc.table("Bảng 1.1. Thông tin chung về chủ cơ sở và cơ sở", rows, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": w[1], "category": w[9], "lat": lat, "lon": lon})
    doc.table("Bảng 1.2. Các hạng mục công trình chính", [
        ["TT", "Hạng mục", "Diện tích (m²)", "Ghi chú"],
        ["1", "Xưởng sửa chữa giá chuyển hướng", num(r.randint(3200, 5400), "vi"), "Nhà thép tiền chế"],
        ["2", "Xưởng sơn toa xe (02 buồng sơn)", num(r.randint(1800, 2600), "vi"), "Có hệ thống hút, xử lý khí"],
        ["3", "Trạm xử lý nước thải", num(r.randint(250, 420), "vi"), "Công suất 120 m³/ngày.đêm"],
    ], role="other")
    maybe_distractor(doc, 0.3)


# (RU, KK site, key RU, key KK, RU, KK station and km, KATO prefix, lat, lon, OKED, category, RU, KK capacity)
LINE_SITES = (
    ("Локомотивное ремонтное депо Мойынты", "Мойынты локомотив жөндеу депосы", "депо Мойынты", "Мойынты локомотив",
     "ст. Мойынты, 1 126 км", "Мойынты ст., 1 126 км", "3556", 47.2161, 73.3659, "33170", "2", "ТР-3 – 160 секций/год", "ТР-3 – жылына 160 секция"),
    ("Пункт экипировки тепловозов ст. Сарышаган", "Сарышаған ст. тепловоздарды жабдықтау пункті", "Сарышаган", "Сарышаған",
     "ст. Сарышаган, 1 312 км", "Сарышаған ст., 1 312 км", "3560", 46.1183, 73.6172, "49200", "3", "выдача ДТ до 180 м³/сут",
     "тәулігіне 180 м³ дейін ДО беру"),
    ("Шпалопропиточный завод Жарык", "Жарық шпал сіңдіру зауыты", "Жарык", "Жарық", "ст. Жарык, 956 км", "Жарық ст., 956 км", "3554",
     48.8574, 72.8651, "16100", "2", "пропитка 180 тыс. шпал/год", "жылына 180 мың шпал сіңдіру"),
    ("Вагонное эксплуатационное депо Балхаш", "Балқаш вагон пайдалану депосы", "Балхаш", "Балқаш", "ст. Балхаш-I, 1 214 км",
     "Балқаш-I ст., 1 214 км", "3510", 46.8466, 74.9821, "33170", "3", "ТО и ТР-2 – 2 400 вагонов/год", "ТҚ және ТЖ-2 – жылына 2 400 вагон"),
    ("Пункт заправки и пескоснабжения ст. Акадыр", "Ақадыр ст. жанармай құю және құм беру пункті", "Акадыр", "Ақадыр",
     "ст. Акадыр, 1 041 км", "Ақадыр ст., 1 041 км", "3552", 48.2597, 72.8588, "49200", "3", "выдача ДТ до 90 м³/сут", "тәулігіне 90 м³ дейін ДО беру"),
)  # fmt: skip


def facility_kf2(doc: Doc) -> None:
    """A register of an operator's sites along one line annexed to its report to the oblast's department of ecology: one row
    a site — depots, a fuelling point, a sleeper impregnation plant, a sanding point — with the station and kilometre, the
    KATO, latitude and longitude as sub-columns under a merged header in decimal degrees with the degree sign, the OKED, the
    category written `2` and `3`, the capacity; the operator's BIN only in the paragraph above, beside its registration
    number as a look-alike (VI: a railway company's list of its depots and a fuelling station, the enterprise number in the
    text, coordinates as a pair with decimal commas, one site that is not subject to grouping)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_kf2_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    op = doc.pick(OPERATORS)
    operator = op[L]
    bin_ = make_bin(r)
    doc.h(g("Реестр производственных объектов оператора на участке Мойынты – Жарык", "Мойынты – Жарық учаскесіндегі оператордың өндірістік объектілерінің тізілімі"))
    doc.p(g(f"Оператор: {operator}, БИН {bin_} (справка о государственной перерегистрации № {r.randint(1000, 9999)}-1930-ТОО). "
            "Категория объектов определена в соответствии с приложением 2 к Экологическому кодексу Республики Казахстан.",
            f"Оператор: {operator}, БСН {bin_} (мемлекеттік қайта тіркеу туралы анықтама № {r.randint(1000, 9999)}-1930-ЖШС). "
            "Объектілердің санаты Қазақстан Республикасы Экология кодексінің 2-қосымшасына сәйкес айқындалды."))
    head0 = g(["№", "Производственный объект", "Станция, км", "Код КАТО", "Координаты центра площадки", None, "ОКЭД", "Категория", "Мощность"],
              ["№", "Өндірістік объект", "Станция, км", "ҚАТО коды", "Алаң орталығының координаттары", None, "ЭҚЖЖ", "Санаты", "Қуаты"])
    head1 = [None] * 4 + g(["широта", "долгота"], ["ендік", "бойлық"]) + [None] * 3
    rows = [head0, head1]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 6, 7, 8)] + [(0, 4, 0, 5)]
    sites = list(LINE_SITES)
    r.shuffle(sites)
    for k, s in enumerate(sites[: r.randint(4, 5)], 1):
        kato = _kato(doc, s[6])
        lat, lon = round(s[7] + r.uniform(-0.003, 0.003), 5), round(s[8] + r.uniform(-0.003, 0.003), 5)
        rows.append([str(k), s[L], s[4 + L], kato, f"{num(lat, doc.lang, group=False)}°", f"{num(lon, doc.lang, group=False)}°", s[9], s[10], s[11 + L]])
        doc.add("facilities", {"bin": bin_, "name_contains": s[2 + L], "kato": kato, "oked": s[9], "category": "II" if s[10] == "2" else "III",
                               "lat": lat, "lon": lon})
    doc.table(g("Таблица 1 – Перечень объектов, оказывающих негативное воздействие на окружающую среду",
                "1-кесте – Қоршаған ортаға теріс әсер ететін объектілер тізбесі"), rows, merges, role="facility")
    doc.p(g("Примечание: километраж указан от начала линии (ст. Караганды-Сортировочная); координаты определены по спутниковым снимкам.",
            "Ескерту: километр желінің басынан (Қарағанды-Сұрыптау ст.) көрсетілген; координаттар спутниктік суреттер бойынша анықталған."))
    maybe_distractor(doc, 0.4)


# (VI site, key, address, lat, lon, VSIC, group or None, record)
VN_DEPOTS = (
    ("Xí nghiệp Đầu máy Hà Nội Bắc", "Hà Nội Bắc", "Số 2 phố Ga Giáp Bát, phường Hoàng Mai, Thành phố Hà Nội", 20.9836, 105.8428,
     "3315 – Sửa chữa và bảo dưỡng phương tiện vận tải (trừ ô tô, mô tô, xe máy)", "II", "Giấy phép môi trường số 214/GP-UBND ngày 12/9/2023"),
    ("Xí nghiệp Đầu máy Vinh Mới", "Vinh Mới", "Số 1 đường Lê Ninh, phường Vinh Phú, tỉnh Nghệ An", 18.6871, 105.6629,
     "3315 – Sửa chữa và bảo dưỡng phương tiện vận tải (trừ ô tô, mô tô, xe máy)", "III", "Đăng ký môi trường tại UBND phường"),
    ("Trạm cấp nhiên liệu đầu máy ga Diêu Trì", "Diêu Trì", "Ga Diêu Trì, xã Tuy Phước, tỉnh Gia Lai (trước đây thuộc tỉnh Bình Định)",
     13.8079, 109.1482, "5221 – Hoạt động dịch vụ hỗ trợ trực tiếp cho vận tải đường sắt", "III", "Đăng ký môi trường tại UBND xã"),
    ("Tổ khám chữa toa xe ga Đồng Đăng", "Đồng Đăng", "Ga Đồng Đăng, xã Đồng Đăng, tỉnh Lạng Sơn", 21.9423, 106.7024,
     "5221 – Hoạt động dịch vụ hỗ trợ trực tiếp cho vận tải đường sắt", None, "Không thuộc đối tượng phải đăng ký môi trường"),
)  # fmt: skip


def _facility_kf2_vi(doc: Doc) -> None:
    r = doc.rng
    company = doc.pick(("Công ty Cổ phần Vận tải Đường sắt Bắc Trung Nam", "Công ty Cổ phần Đầu máy Đường sắt Thống Nhất"))
    msdn = make_msdn(r)
    doc.h(f"DANH SÁCH CÁC CƠ SỞ TRỰC THUỘC {company.upper()}")
    doc.p(f"(Kèm theo văn bản số {r.randint(120, 980)}/ĐM-KT ngày {r.randint(1, 28):02d}/02/2026.) Mã số doanh nghiệp: {msdn}. "
          "Phân nhóm theo Phụ lục III – V Nghị định số 08/2022/NĐ-CP (được sửa đổi bởi Nghị định số 05/2025/NĐ-CP).")
    rows = [["TT", "Tên cơ sở", "Địa chỉ", "Tọa độ WGS-84 (vĩ độ; kinh độ)", "Ngành nghề (VSIC 2018)", "Phân nhóm", "Hồ sơ môi trường"]]
    for k, s in enumerate(VN_DEPOTS, 1):
        lat, lon = round(s[3] + r.uniform(-0.002, 0.002), 5), round(s[4] + r.uniform(-0.002, 0.002), 5)
        rows.append([str(k), s[0], s[2], f"{num(lat, 'vi', group=False)}; {num(lon, 'vi', group=False)}", s[5], f"Nhóm {s[6]}" if s[6] else "Không phân nhóm",
                     s[7]])
        item = {"bin": msdn, "name_contains": s[1], "lat": lat, "lon": lon}
        if s[6]:
            item["category"] = s[6]
        doc.add("facilities", item)
    doc.table("Bảng 1. Danh sách cơ sở", rows, role="facility")
    maybe_distractor(doc, 0.4)


# ---------------------------------------------------------------- emissions

# (RU, KK operator of the sleeper impregnation plant)
IMPREG_OPS = (("ТОО «Сарыарка Шпал»", "«Сарыарқа Шпал» ЖШС"), ("ТОО «Жарык Ағаш Өңдеу»", "«Жарық Ағаш Өңдеу» ЖШС"))
# ((RU, KK shop), [(number, RU, KK, height m, diameter m or None, (low, high) speed m/s or None, t °C or None, hours, {code: (low, high) g/s})])
IMPREG_SHOPS = (
    (("Пропиточный цех", "Сіңдіру цехы"), [
        ("0001", "Вакуум-насосы пропиточных цилиндров № 1, 2", "№ 1, 2 сіңдіру цилиндрлерінің вакуум-сорғылары", 18, 0.3, (2.1, 4.5), 40, 6200,
         {"0708": (0.02, 0.08), "1071": (0.004, 0.02), "0703": (0.0000008, 0.000004)}),
        ("0002", "Дыхательные клапаны мерников и резервуаров креозота", "Креозот өлшегіштері мен резервуарларының тыныс алу клапандары", 11, 0.1,
         (0.4, 1.0), 35, 8760, {"0708": (0.003, 0.015), "1071": (0.0008, 0.004)})]),
    (("Котельная", "Қазандық"), [
        ("0003", "Котлы КЕ-4-14С на угле (дымовая труба)", "Көмірмен жұмыс істейтін КЕ-4-14С қазандықтары (түтін мұржасы)", 30, 0.8, (6.5, 9.5),
         160, 5400, {"0301": (0.3, 0.8), "0304": (0.05, 0.13), "0330": (0.6, 1.6), "0337": (1.2, 3.5), "0328": (0.05, 0.2), "2908": (0.4, 1.2)})]),
    (("Участок торцовки шпал", "Шпалдарды торцтау учаскесі"), [
        ("0004", "Торцовочные станки (циклон УЦ-1000)", "Торцтау станоктары (УЦ-1000 циклоны)", 9, 0.5, (8, 12), 20, 3900, {"2936": (0.03, 0.15)})]),
    (("Склады", "Қоймалар"), [
        ("6001", "Площадка выдержки пропитанных шпал", "Сіңдірілген шпалдарды ұстау алаңы", 2, None, None, None, 8760,
         {"0708": (0.01, 0.04), "1071": (0.002, 0.01)}),
        ("6002", "Сливная эстакада цистерн с креозотом", "Креозоты бар цистерналарды төгу эстакадасы", 4, None, None, None, 900,
         {"0708": (0.02, 0.06), "1071": (0.003, 0.012)}),
        ("6003", "Угольный склад котельной", "Қазандықтың көмір қоймасы", 3, None, None, None, 8760, {"2908": (0.02, 0.09)})]),
)  # fmt: skip


def emissions_kf1(doc: Doc) -> None:
    """A sleeper impregnation plant's НДВ parameter table in fifteen columns: the shop merged down over its sources, the
    source's name, number, height, mouth diameter, the gas's speed, volume and temperature under a merged header, the X and
    Y of the site plan in metres under another, then the code, the name, g/s, mg/Nm³ and t/year under a third; a header
    of two rows and a row of column numbers, each source merged down over its substances, dashes in the gas columns of the
    unorganised sources, benzo(a)pyrene written in plain decimals (`0,0000021`), no hazard class, the plant's total merged
    across; the creosote's properties by ГОСТ 2770-74 in a table of no role (VI: an EIA's loads of a depot's relocation
    under section rows of the construction and the operating phase — diesel machines, then a locomotive test stand — with
    the WHO factor in kg per tonne of fuel and the kg a day beside the g/s)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_kf1_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    op = doc.pick(IMPREG_OPS)[L]
    doc.h(g(f"Проект нормативов допустимых выбросов. Шпалопропиточный завод Жарык ({op})",
            f"Жол берілетін шығарындылар нормативтерінің жобасы. Жарық шпал сіңдіру зауыты ({op})"))
    doc.p(g("Пропитка шпал выполняется каменноугольным маслом (креозотом) по способу «давление – давление – вакуум» в двух пропиточных "
            "цилиндрах длиной 27 м; пар для подогрева креозота вырабатывает угольная котельная. Координаты источников даны в условной системе "
            "карты-схемы (начало – угол ограждения у въезда).",
            "Шпалдарды сіңдіру екі 27 метрлік сіңдіру цилиндрінде «қысым – қысым – вакуум» тәсілімен тас көмір майымен (креозотпен) "
            "жүргізіледі; креозотты жылытуға арналған буды көмір қазандығы өндіреді. Көздердің координаттары карта-схеманың шартты жүйесінде "
            "берілген (басы – кіреберістегі қоршау бұрышы)."))
    head0 = g(["Цех (участок)", "Источник выделения", "№ источника выброса", "Высота, м", "Диаметр устья, м",
               "Параметры газовоздушной смеси на выходе", None, None, "Координаты на карте-схеме, м", None, "Код ЗВ", "Наименование ЗВ",
               "Выброс загрязняющего вещества", None, None],
              ["Цех (учаске)", "Бөліну көзі", "Шығарынды көзінің №", "Биіктігі, м", "Сағасының диаметрі, м",
               "Шығатын газ-ауа қоспасының параметрлері", None, None, "Карта-схемадағы координаттар, м", None, "ЛЗ коды", "ЛЗ атауы",
               "Ластаушы заттың шығарындысы", None, None])
    head1 = [None] * 5 + g(["скорость, м/с", "объем, м³/с", "t, °C"], ["жылдамдығы, м/с", "көлемі, м³/с", "t, °C"]) + ["X", "Y", None, None] \
        + g(["г/с", "мг/Нм³", "т/год"], ["г/с", "мг/Нм³", "т/жыл"])
    rows = [head0, head1, [str(k) for k in range(1, 16)]]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 4, 10, 11)] + [(0, 5, 0, 7), (0, 8, 0, 9), (0, 12, 0, 14)]
    numbers, all_g, all_t = [], [], []
    for (sh_ru, sh_kk), sources in IMPREG_SHOPS:
        shop_start = len(rows)
        for number, s_ru, s_kk, height, diam, speed, temp, hours, codes in sources:
            start = len(rows)
            if diam:
                v = _sig(r.uniform(*speed), 2)
                vol = _sig(3.14159 * diam * diam / 4 * v, 3)
                gas = [num(diam, doc.lang), num(v, doc.lang), num(vol, doc.lang), str(temp)]
            else:
                vol = None
                gas = ["–", "–", "–", "–"]
            x, y = r.randint(-180, 260), r.randint(-120, 340)
            for j, (c, (lo, hi)) in enumerate(codes.items()):
                gs = _sig(r.uniform(lo, hi), 2 if c == "0703" else 3)
                ty = _sig(gs * 3600 * hours * r.uniform(0.7, 0.95) / 1e6, 2 if c == "0703" else 3)
                conc = num(_sig(gs * 1000 / vol, 3), doc.lang) if vol else "–"
                lead = [(sh_ru, sh_kk)[L] if len(rows) == shop_start else None] + ([(s_ru, s_kk)[L], number, str(height), *gas, str(x), str(y)] if j == 0 else [None] * 9)
                rows.append(lead + [c, _air(doc, c), num(gs, doc.lang), conc, num(ty, doc.lang)])
                doc.add("emissions", emission(c, gs, ty, number, None))
                all_g.append(gs)
                all_t.append(ty)
            if len(codes) > 1:
                merges += [(start, k, len(rows) - 1, k) for k in range(1, 10)]
            numbers.append(number)
        if len(rows) - shop_start > 1:
            merges.append((shop_start, 0, len(rows) - 1, 0))
    rows.append([g("Всего по предприятию:", "Кәсіпорын бойынша барлығы:")] + [None] * 11 + [num(round(sum(all_g), 7), doc.lang), "", num(round(sum(all_t), 6), doc.lang)])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 11))
    doc.table(g("Таблица 3.3 – Параметры выбросов загрязняющих веществ в атмосферу для расчета нормативов допустимых выбросов на 2026 год",
                "3.3-кесте – 2026 жылға жол берілетін шығарындылар нормативтерін есептеуге арналған атмосфераға ластаушы заттар шығарындыларының "
                "параметрлері"), rows, merges, role="emissions")
    doc.add("sources", *({"number": n, "type": _kind(n)} for n in numbers))
    doc.table(g("Характеристика пропиточного масла (ГОСТ 2770-74 «Масло каменноугольное для пропитки древесины»)",
                "Сіңдіру майының сипаттамасы (ГОСТ 2770-74 «Ағашты сіңдіруге арналған тас көмір майы»)"), [
        g(["Показатель", "Норма по ГОСТ", "Фактически (паспорт партии)"], ["Көрсеткіш", "ГОСТ бойынша норма", "Нақты (партия паспорты)"]),
        g(["Плотность при 20 °C, г/см³", "1,04–1,13", num(round(r.uniform(1.06, 1.11), 3), "ru")],
          ["20 °C кезіндегі тығыздығы, г/см³", "1,04–1,13", num(round(r.uniform(1.06, 1.11), 3), "kk")]),
        g(["Массовая доля воды, %, не более", "1,0", num(round(r.uniform(0.2, 0.8), 1), "ru")],
          ["Судың массалық үлесі, %, артық емес", "1,0", num(round(r.uniform(0.2, 0.8), 1), "kk")]),
        g(["Массовая доля фенолов, %, не более", "8", num(round(r.uniform(3, 7), 1), "ru")],
          ["Фенолдардың массалық үлесі, %, артық емес", "8", num(round(r.uniform(3, 7), 1), "kk")]),
    ], role="other")


# (VI source, phase, tonnes of DO a day, hours a day)
VN_EIA_SOURCES = (
    ("Máy móc, thiết bị thi công (máy đào, máy lu, ô tô tự đổ)", "construction", 1.2, 8),
    ("Chạy thử đầu máy diesel D19E trên bệ thử tải sau sửa chữa", "operation", 0.6, 6),
)
# code: (VI label, WHO factor as written, kg per tonne)
VN_WHO = {"2902": ("Bụi tổng (TSP)", "4,3", 4.3), "0330": ("SO2", "20S (S = 0,05 %)", 1.0), "0301": ("NO2", "55", 55.0),
          "0337": ("CO", "28", 28.0)}


def _emissions_kf1_vi(doc: Doc) -> None:
    r = doc.rng
    name = doc.pick(("Xí nghiệp Đầu máy Hà Nội Bắc", "Xí nghiệp Đầu máy Vinh Mới"))
    doc.h(f"BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG DỰ ÁN DI DỜI, XÂY DỰNG MỚI {name.upper()}")
    doc.h("3.1. Đánh giá tác động và biện pháp giảm thiểu – nguồn phát sinh khí thải")
    doc.p("Hệ số phát thải theo Tổ chức Y tế Thế giới (WHO, 1993) đối với động cơ diesel, tính trên 1 tấn dầu DO. Tải lượng (g/s) = tải lượng "
          "(kg/ngày) × 1.000 / (số giờ hoạt động × 3.600).")
    rows = [["TT", "Nguồn phát sinh", "Chất ô nhiễm", "Hệ số phát thải (kg/tấn DO)", "Lượng DO tiêu thụ (tấn/ngày)", "Tải lượng (kg/ngày)",
             "Tải lượng (g/s)"]]
    merges = []
    n = 0
    for section, (src, phase, fuel, hours) in zip(("A. GIAI ĐOẠN THI CÔNG XÂY DỰNG", "B. GIAI ĐOẠN VẬN HÀNH"), VN_EIA_SOURCES, strict=True):
        _span(rows, merges, section, 7)
        fuel = round(fuel * r.uniform(0.8, 1.25), 2)
        start = len(rows)
        for j, (code, (label, said, factor)) in enumerate(VN_WHO.items()):
            n += 1
            kg = round(factor * fuel, 3)
            gs = _sig(kg * 1000 / (hours * 3600), 3)
            rows.append([str(n), src if j == 0 else None, label, said, num(fuel, "vi") if j == 0 else None, num(kg, "vi"), num(gs, "vi")])
            doc.add("emissions", emission(code, gs, None, None, None, phase))
        merges += [(start, 1, len(rows) - 1, 1), (start, 4, len(rows) - 1, 4)]
    doc.table("Bảng 3.4. Tải lượng các chất ô nhiễm trong khí thải động cơ diesel", rows, merges, role="emissions")
    doc.p("Ghi chú: thời gian hoạt động của máy móc thi công 8 giờ/ngày; bệ thử đầu máy hoạt động 6 giờ/ngày, 26 ngày/tháng.")
    maybe_distractor(doc)


# (number, RU, KK, organised?, {code: ((low, high) g/s, (low, high) t/year)})
FUEL_SOURCES = (
    ("0001", "Резервуар дизельного топлива РГС-75 № 1", "№ 1 РГС-75 дизель отыны резервуары", True,
     {"0333": ((0.00002, 0.00008), (0.00005, 0.0002)), "2754": ((0.008, 0.03), (0.02, 0.08))}),
    ("0002", "Резервуар дизельного топлива РГС-75 № 2", "№ 2 РГС-75 дизель отыны резервуары", True,
     {"0333": ((0.00002, 0.00008), (0.00005, 0.0002)), "2754": ((0.008, 0.03), (0.02, 0.08))}),
    ("0003", "Труба пескосушильной печи (топливо – дизельное)", "Құм кептіру пешінің құбыры (отыны – дизель)", True,
     {"2908": ((0.05, 0.2), (0.4, 1.6)), "0301": ((0.01, 0.04), (0.08, 0.3)), "0337": ((0.02, 0.08), (0.15, 0.6))}),
    ("6001", "Сливная эстакада (слив ДТ из цистерн)", "Құю эстакадасы (цистерналардан ДО төгу)", False,
     {"0333": ((0.00005, 0.0002), (0.00002, 0.0001)), "2754": ((0.02, 0.07), (0.01, 0.04))}),
    ("6002", "Топливораздаточные колонки экипировки тепловозов", "Тепловоздарды жабдықтаудың отын тарату бағандары", False,
     {"0333": ((0.00003, 0.0001), (0.00003, 0.0001)), "2754": ((0.01, 0.04), (0.01, 0.05))}),
    ("6003", "Бункер сухого песка и пескоподача в тепловозы", "Құрғақ құм бункері және тепловоздарға құм беру", False,
     {"2908": ((0.01, 0.05), (0.05, 0.3))}),
)  # fmt: skip
FUEL_CODES = ("0333", "2754", "2908", "0301", "0337")


def emissions_kf2(doc: Doc) -> None:
    """A locomotive fuelling and sanding point's emissions with the sources as rows and the substances as columns: a
    header of three rows — `Загрязняющие вещества` merged over all, then each substance's code and name merged over its
    pair, then `г/с | т/год` — the source's number, name and `орг.`/`неорг.` in the first columns, dashes where a source
    emits nothing of a substance, the column totals in the last row (VI: a fuelling station's vapour losses with the
    substances as rows and the tanks and the pumps as columns, kilograms a year said only in the caption, the row totals in
    the last column)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_kf2_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    d = doc.pick(DEPOTS)
    doc.h(g(f"Раздел охраны окружающей среды к проекту реконструкции пункта экипировки тепловозов ({d[4]})",
            f"Тепловоздарды жабдықтау пунктін реконструкциялау жобасына қоршаған ортаны қорғау бөлімі ({d[5]})"))
    doc.p(g("Выбросы от резервуаров и топливораздаточных колонок рассчитаны по Методическим указаниям по определению выбросов "
            "загрязняющих веществ в атмосферу из резервуаров; от пескосушильной печи – по расходу дизельного топлива 42 т/год.",
            "Резервуарлар мен отын тарату бағандарынан шығарындылар резервуарлардан атмосфераға ластаушы заттар шығарындыларын анықтау "
            "жөніндегі әдістемелік нұсқаулар бойынша; құм кептіру пешінен – жылына 42 т дизель отынының шығыны бойынша есептелді."))
    w = 3 + 2 * len(FUEL_CODES)
    head0 = g(["№ ИЗА", "Источник загрязнения атмосферы", "Тип"], ["ЛШК №", "Атмосфераны ластау көзі", "Түрі"]) \
        + [g("Загрязняющие вещества", "Ластаушы заттар")] + [None] * (w - 4)
    head1 = [None] * 3
    head2 = [None] * 3
    merges = [(0, c, 2, c) for c in range(3)] + [(0, 3, 0, w - 1)]
    for k, c in enumerate(FUEL_CODES):
        head1 += [f"{c} – {_air(doc, c)}", None]
        head2 += g(["г/с", "т/год"], ["г/с", "т/жыл"])
        merges.append((1, 3 + 2 * k, 1, 4 + 2 * k))
    rows = [head0, head1, head2]
    tot_g = {c: 0.0 for c in FUEL_CODES}
    tot_t = {c: 0.0 for c in FUEL_CODES}
    for number, s_ru, s_kk, organized, codes in FUEL_SOURCES:
        line = [number, (s_ru, s_kk)[L], g("орг.", "ұйымд.") if organized else g("неорг.", "ұйымд. емес")]
        for c in FUEL_CODES:
            if c not in codes:
                line += ["–", "–"]
                continue
            (glo, ghi), (tlo, thi) = codes[c]
            gs, ty = _sig(r.uniform(glo, ghi), 3), _sig(r.uniform(tlo, thi), 3)
            line += [num(gs, doc.lang), num(ty, doc.lang)]
            doc.add("emissions", emission(c, gs, ty, number, None))
            tot_g[c] += gs
            tot_t[c] += ty
        rows.append(line)
    total = [g("Итого по пункту", "Пункт бойынша барлығы"), None, None]
    for c in FUEL_CODES:
        total += [num(round(tot_g[c], 7), doc.lang), num(round(tot_t[c], 7), doc.lang)]
    rows.append(total)
    merges.append((len(rows) - 1, 0, len(rows) - 1, 2))
    doc.table(g("Таблица 4.2 – Выбросы загрязняющих веществ по источникам пункта экипировки", "4.2-кесте – Жабдықтау пунктінің көздері бойынша ластаушы заттар шығарындылары"),
              rows, merges, role="emissions")
    doc.add("sources", *({"number": s[0], "type": "organized" if s[3] else "unorganized"} for s in FUEL_SOURCES))
    maybe_distractor(doc)


# VI sources of a fuelling station and the (low, high) kg a year per code
VN_FUEL_COLS = ("Bồn chứa dầu DO số 1 (50 m³)", "Bồn chứa dầu DO số 2 (50 m³)", "Khu vực cột bơm cấp dầu cho đầu máy")
VN_FUEL_KG = {"0602": (0.5, 3.0), "0621": (2.0, 9.0), "0616": (3.0, 14.0), "0333": (0.05, 0.4)}


def _emissions_kf2_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("HỒ SƠ ĐĂNG KÝ MÔI TRƯỜNG – TRẠM CẤP NHIÊN LIỆU ĐẦU MÁY GA DIÊU TRÌ")
    doc.p("Lượng dầu DO nhập, cấp cho đầu máy bình quân 2.400 m³/năm. Tổn thất hơi dầu gồm hao hụt do 'thở' của bồn chứa và hao hụt khi "
          "cấp dầu; thành phần hơi tính theo tỷ lệ các chất trong hơi dầu DO.")
    rows = [["Thông số", *VN_FUEL_COLS, "Tổng"]]
    for code, (lo, hi) in VN_FUEL_KG.items():
        vals = [_sig(r.uniform(lo, hi), 3) for _ in VN_FUEL_COLS]
        rows.append([VN_LABEL[code], *(num(v, "vi") for v in vals), num(round(sum(vals), 4), "vi")])
        doc.add("emissions", *(emission(code, None, v / 1000) for v in vals))
    doc.table("Bảng 2. Tải lượng hơi hữu cơ phát sinh tại trạm (đơn vị: kg/năm)", rows, role="emissions")
    doc.p("Ghi chú: bồn chứa đặt nổi, có van thở; trạm không có ống thải tập trung.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

# (code, RU, KK, (low, high) t formed a year, months of accumulation or None)
DEPOT_WASTES = (
    ("13 02 05*", "Отработанные моторные и дизельные масла", "Пайдаланылған мотор және дизель майлары", (18, 60), 6),
    ("13 05 02*", "Шлам нефтеловушек локальных очистных сооружений", "Жергілікті тазарту құрылыстарының мұнай ұстағыш шламы", (4, 16), 6),
    ("16 01 07*", "Отработанные масляные и топливные фильтры", "Пайдаланылған май және отын сүзгілері", (1.2, 4.5), 6),
    ("15 02 02*", "Промасленная ветошь и обтирочный материал", "Майланған шүберек және сүрту материалы", (2, 7), 6),
    ("16 06 01*", "Отработанные свинцовые аккумуляторы", "Пайдаланылған қорғасын аккумуляторлары", (3, 11), 6),
    ("17 05 03*", "Песок, загрязненный нефтепродуктами (пескосушилка, подсыпка разливов)", "Мұнай өнімдерімен ластанған құм (құм кептіргіш, төгінділерді себу)",
     (6, 20), 6),
    ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", (0.1, 0.4), 6),
    ("16 01 12", "Изношенные композиционные тормозные колодки", "Тозған композициялық тежегіш қалыптары", (6, 18), 6),
    ("16 01 17", "Лом черных металлов (чугунные колодки, детали тележек)", "Қара металл сынықтары (шойын қалыптар, арба бөлшектері)", (90, 240), 6),
    ("12 01 01", "Стружка черных металлов", "Қара металдар жоңқасы", (4, 14), 6),
    ("12 01 13", "Огарки сварочных электродов", "Дәнекерлеу электродтарының тұқылдары", (0.2, 0.9), 6),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", (18, 45), None),
)  # fmt: skip


def _t(x: float) -> float:
    """Tonnes as a permit prints them: two decimals, three below ten."""
    return round(x, 2) if x >= 10 else round(x, 3)


def wastes_kf1(doc: Doc) -> None:
    """A locomotive depot's limits of waste accumulation annexed to its permit: the formation and the limit of accumulation
    as two figures under header words with their units in a row of their own (`т/год`, `т`, `мес.`), codes written without
    spaces (`130205*`), a section row of hazardous and one of non-hazardous wastes, each closed by its subtotal, and the grand
    total last; the limit of accumulation is no amount of waste formed (VI: a depot's yearly report of its hazardous wastes
    in tonnes with three decimals, the KS/NH class of Thông tư 02/2022/TT-BTNMT beside the code, the state, the method's
    abbreviation and the receiver, the total)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_kf1_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    d = doc.pick(DEPOTS)
    doc.h(g(f"Лимиты накопления отходов на 2026–2033 годы. {d[0]}", f"{d[1]}. 2026–2033 жылдарға арналған қалдықтарды жинақтау лимиттері"))
    doc.p(g("Приложение 3 к экологическому разрешению на воздействие. Места накопления – площадка временного хранения отходов с твердым "
            "покрытием и навесом (контейнеры № 1–9) на территории депо.",
            "Әсер етуге экологиялық рұқсатқа 3-қосымша. Жинақтау орындары – депо аумағындағы қатты жабыны және қалқасы бар қалдықтарды "
            "уақытша сақтау алаңы (№ 1–9 контейнерлер)."))
    head0 = g(["№ п/п", "Наименование отхода", "Код отхода", "Образование", "Лимит накопления", "Срок накопления", "Место накопления"],
              ["Р/с №", "Қалдықтың атауы", "Қалдық коды", "Түзілуі", "Жинақтау лимиті", "Жинақтау мерзімі", "Жинақтау орны"])
    head1 = [None, None, None, g("т/год", "т/жыл"), "т", g("мес.", "ай"), None]
    rows = [head0, head1]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 6)]
    n = 0
    all_f, all_l = 0.0, 0.0
    for hazardous, title, sub in ((True, g("Опасные отходы", "Қауіпті қалдықтар"), g("Итого по опасным отходам", "Қауіпті қалдықтар бойынша жиыны")),
                                  (False, g("Неопасные отходы", "Қауіпті емес қалдықтар"), g("Итого по неопасным отходам", "Қауіпті емес қалдықтар бойынша жиыны"))):
        _span(rows, merges, title, 7)
        sf, sl = 0.0, 0.0
        for code, n_ru, n_kk, (lo, hi), months in DEPOT_WASTES:
            if code.endswith("*") != hazardous:
                continue
            n += 1
            formed = _t(r.uniform(lo, hi))
            lim = _t(formed * r.uniform(0.25, 0.55))
            name = (n_ru, n_kk)[L]
            place = g(f"контейнер № {r.randint(1, 9)}", f"№ {r.randint(1, 9)} контейнер") if months else g("контейнерная площадка ТБО", "ҚТҚ контейнер алаңы")
            rows.append([str(n), name, code.replace(" ", ""), num(formed, doc.lang), num(lim, doc.lang), str(months) if months else g("3 сут.", "3 тәул."), place])
            doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": hazardous, "amount_t": formed,
                               "name_contains": _words(name.split(" (")[0], 3)})
            sf, sl = sf + formed, sl + lim
        rows.append(["", sub, "", num(round(sf, 3), doc.lang), num(round(sl, 3), doc.lang), "", ""])
        all_f, all_l = all_f + sf, all_l + sl
    rows.append(["", g("Всего", "Барлығы"), "", num(round(all_f, 3), doc.lang), num(round(all_l, 3), doc.lang), "", ""])
    doc.table(g("Таблица – Лимиты накопления отходов", "Кесте – Қалдықтарды жинақтау лимиттері"), rows, merges, role="wastes")
    doc.p(g("Срок накопления не превышает шести месяцев (статья 320 Экологического кодекса Республики Казахстан).",
            "Жинақтау мерзімі алты айдан аспайды (Қазақстан Республикасы Экология кодексінің 320-бабы)."))
    maybe_distractor(doc)


# (VI name, code, KS/NH, state, (low, high) t, method)
VN_DEPOT_CTNH = (
    ("Dầu động cơ, hộp số và bôi trơn tổng hợp thải", "17 02 03", "NH", "Lỏng", (2.5, 9.0), "TC"),
    ("Dầu nhiên liệu và dầu diesel thải", "17 06 01", "NH", "Lỏng", (0.3, 1.5), "TC"),
    ("Bùn thải từ thiết bị phân tách dầu/nước", "17 05 02", "NH", "Bùn", (1.0, 4.0), "TĐ"),
    ("Chất hấp thụ, vật liệu lọc, giẻ lau, vải bảo vệ thải bị nhiễm các thành phần nguy hại", "18 02 01", "KS", "Rắn", (0.5, 2.0), "TĐ"),
    ("Pin, ắc quy chì thải", "19 06 01", "NH", "Rắn", (1.0, 5.0), "TC"),
    ("Bóng đèn huỳnh quang và các loại thủy tinh hoạt tính thải", "16 01 06", "NH", "Rắn", (0.02, 0.12), "HR"),
    ("Bao bì cứng thải bằng kim loại", "18 01 02", "KS", "Rắn", (0.2, 1.0), "TC"),
)


def _wastes_kf1_vi(doc: Doc) -> None:
    r = doc.rng
    name = doc.pick(("Xí nghiệp Đầu máy Hà Nội Bắc", "Xí nghiệp Đầu máy Vinh Mới"))
    doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – {name.upper()}")
    doc.h("3. Kết quả quản lý chất thải nguy hại")
    doc.p(f"Tổng khối lượng chất thải rắn công nghiệp thông thường phát sinh trong năm khoảng {num(r.randint(60, 140), 'vi')} tấn (phế liệu "
          "sắt thép, guốc hãm), được bán cho đơn vị thu mua phế liệu.")
    rows = [["TT", "Tên chất thải", "Mã CTNH", "Ký hiệu phân loại", "Trạng thái tồn tại", "Số lượng (tấn)", "Phương pháp xử lý", "Tổ chức tiếp nhận"]]
    total = 0.0
    for k, (label, code, cls, state, (lo, hi), how) in enumerate(VN_DEPOT_CTNH, 1):
        t = round(r.uniform(lo, hi), 3)
        total += t
        rows.append([str(k), label, code, cls, state, num(t, "vi"), how, "Công ty TNHH Môi trường Xanh Bắc Hà"])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": t, "name_contains": _words(label, 4)})
    rows.append(["", "Tổng cộng", "", "", "", num(round(total, 3), "vi"), "", ""])
    doc.table("Bảng 3.1. Khối lượng chất thải nguy hại phát sinh năm 2025", rows, role="wastes")
    doc.p("Ghi chú: TC – tái chế; TĐ – thiêu đốt; HR – hóa rắn; KS – chất thải cần kiểm soát; NH – chất thải nguy hại.")
    maybe_distractor(doc)


def wastes_kf2(doc: Doc) -> None:
    """A sleeper impregnation plant's calculation of waste formation for its programme of waste management: the code inside
    the name cell in brackets, the input figures (pieces of sleepers, tonnes of creosote, cubic metres of water, staff), the
    specific norm (`0,25 % от расхода креозота`) and the formula before the result in tonnes a year, section rows by shop and
    the total; the sleepers rejected at impregnation counted in pieces and turned into tonnes (VI: a wagon works' permit
    list of wastes with the hazardous ones in kilograms and the ordinary ones in tonnes, the unit in a column of its own)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_kf2_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    op = doc.pick(IMPREG_OPS)[L]
    lang = doc.lang
    sleepers = r.randint(150, 190) * 1000
    creosote = round(sleepers * r.uniform(0.0098, 0.0112))
    rejected = round(sleepers * 0.008)
    water = r.randint(18, 32) * 100
    coal = r.randint(21, 30) * 100
    staff = r.randint(70, 110)
    doc.h(g(f"Программа управления отходами {op} на 2026–2035 годы", f"{op} 2026–2035 жылдарға арналған қалдықтарды басқару бағдарламасы"))
    doc.h(g("2.2. Расчет объемов образования отходов", "2.2. Қалдықтардың түзілу көлемдерін есептеу"))
    doc.p(g(f"Годовой выпуск – {num(sleepers, lang)} шпал типа I (ГОСТ 78-2014), расход креозота – {num(creosote, lang)} т/год.",
            f"Жылдық шығарылым – I типті {num(sleepers, lang)} шпал (ГОСТ 78-2014), креозот шығыны – жылына {num(creosote, lang)} т."))
    items = (
        ("impregnation", "17 02 04*", g("Шпалы, пропитанные креозотом, забракованные", "Креозот сіңдірілген, жарамсыз деп танылған шпалдар"),
         g(f"N = {num(rejected, lang)} шт. (0,8 % выпуска)", f"N = {num(rejected, lang)} дана (шығарылымның 0,8 %)"), g("m = 0,085 т/шт.", "m = 0,085 т/дана"),
         "M = N × m", round(rejected * 0.085, 1)),
        ("impregnation", "03 02 01*", g("Кубовые остатки и осадок креозота из цистерн и мерников", "Цистерналар мен өлшегіштердегі креозоттың текше қалдықтары мен тұнбасы"),
         g(f"Q = {num(creosote, lang)} т/год", f"Q = {num(creosote, lang)} т/жыл"), g("0,25 % от расхода креозота", "креозот шығынының 0,25 %"),
         "M = Q × 0,0025", round(creosote * 0.0025, 3)),
        ("impregnation", "19 08 13*", g("Шлам очистки надшпальных (подсмольных) вод", "Шпал үстіндегі (шайыр асты) суларды тазарту шламы"),
         g(f"V = {num(water, lang)} м³/год; C = 850 мг/дм³", f"V = {num(water, lang)} м³/жыл; C = 850 мг/дм³"), g("влажность шлама 80 %", "шлам ылғалдылығы 80 %"),
         "M = V × C × 10⁻⁶ / (1 – 0,8)", round(water * 850e-6 / 0.2, 3)),
        ("trimming", "03 01 05", g("Опилки и торцевые обрезки непропитанных шпал", "Сіңдірілмеген шпалдардың үгінділері мен торец кесінділері"),
         g(f"N = {num(sleepers, lang)} шт.", f"N = {num(sleepers, lang)} дана"), g("0,004 м³/шт.; ρ = 0,52 т/м³", "0,004 м³/дана; ρ = 0,52 т/м³"),
         "M = N × 0,004 × ρ", round(sleepers * 0.004 * 0.52, 1)),
        ("boiler", "10 01 01", g("Зола и шлак котельной", "Қазандықтың күлі мен қожы"), g(f"B = {num(coal, lang)} т угля/год", f"B = {num(coal, lang)} т көмір/жыл"),
         g("зольность Aр = 35 %", "күлділігі Aр = 35 %"), "M = B × Aр / 100", round(coal * 0.35, 1)),
        ("common", "15 02 02*", g("Промасленная ветошь", "Майланған шүберек"), g("M₀ = 1,2 т/год", "M₀ = 1,2 т/жыл"),
         g("масло 12 %, влага 15 %", "май 12 %, ылғал 15 %"), "M = M₀ / (1 – 0,12 – 0,15)", round(1.2 / 0.73, 3)),
        ("common", "20 03 01", g("Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар"), g(f"{staff} чел.", f"{staff} адам"),
         g("0,3 м³/чел. в год; ρ = 0,25 т/м³", "жылына 0,3 м³/адам; ρ = 0,25 т/м³"), "M = n × 0,3 × 0,25", round(staff * 0.3 * 0.25, 3)),
    )  # fmt: skip
    shops = {"impregnation": g("Пропиточный цех", "Сіңдіру цехы"), "trimming": g("Участок торцовки шпал", "Шпалдарды торцтау учаскесі"),
             "boiler": g("Котельная", "Қазандық"), "common": g("Общезаводские отходы", "Жалпы зауыттық қалдықтар")}
    rows = [g(["№", "Отход (код по классификатору)", "Исходные данные", "Удельный норматив", "Расчетная формула", "Количество, т/год"],
              ["№", "Қалдық (сыныптауыш бойынша коды)", "Бастапқы деректер", "Меншікті норматив", "Есептік формула", "Мөлшері, т/жыл"])]
    merges = []
    last, total = None, 0.0
    for k, (shop, code, name, data, norm, formula, amount) in enumerate(items, 1):
        if shop != last:
            _span(rows, merges, shops[shop], 6)
            last = shop
        rows.append([f"{k}.", f"{name} ({code})", data, norm, formula, num(amount, lang)])
        total += amount
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": amount, "name_contains": _words(name, 3)})
    rows.append(["", g("Итого", "Жиыны"), "", "", "", num(round(total, 3), lang)])
    doc.table(g("Таблица 2.3 – Расчет образования отходов", "2.3-кесте – Қалдықтардың түзілуін есептеу"), rows, merges, role="wastes")
    doc.p(g("Забракованные пропитанные шпалы и кубовые остатки креозота передаются на термическое обезвреживание по договору; зола "
            "котельной – на полигон промышленных отходов.",
            "Жарамсыз сіңдірілген шпалдар мен креозоттың текше қалдықтары шарт бойынша термиялық залалсыздандыруға беріледі; қазандық күлі – "
            "өнеркәсіптік қалдықтар полигонына."))
    maybe_distractor(doc)


# (VI name, code or None, state, (low, high) in the row's unit)
VN_WORKS_WASTES = (
    ("Dầu động cơ, hộp số và bôi trơn tổng hợp thải", "17 02 03", "Lỏng", (800, 2600)),
    ("Chất hấp thụ, vật liệu lọc, giẻ lau, vải bảo vệ thải bị nhiễm các thành phần nguy hại", "18 02 01", "Rắn", (600, 1800)),
    ("Bao bì cứng thải bằng kim loại (thùng sơn, dung môi)", "18 01 02", "Rắn", (400, 1500)),
    ("Pin, ắc quy chì thải", "19 06 01", "Rắn", (300, 1200)),
    ("Bóng đèn huỳnh quang và các loại thủy tinh hoạt tính thải", "16 01 06", "Rắn", (20, 90)),
    ("Các thiết bị, bộ phận, linh kiện điện tử thải", "16 01 13", "Rắn", (50, 300)),
    ("Phế liệu sắt thép (thân toa, guốc hãm gang, phụ tùng thay thế)", None, "Rắn", (180, 420)),
    ("Guốc hãm composite thải", None, "Rắn", (8, 25)),
    ("Gỗ sàn toa xe thải", None, "Rắn", (15, 60)),
    ("Bao bì giấy, carton thải", None, "Rắn", (3, 12)),
)


def _wastes_kf2_vi(doc: Doc) -> None:
    r = doc.rng
    w = doc.pick(VN_WORKS)
    doc.h(f"GIẤY PHÉP MÔI TRƯỜNG – {w[0].upper()}")
    doc.h("Phụ lục 3. YÊU CẦU VỀ QUẢN LÝ CHẤT THẢI")
    doc.p(f"Cấp cho {w[2]}. Chủng loại, khối lượng chất thải phát sinh tại cơ sở như sau:")
    rows = [["TT", "Tên chất thải", "Mã chất thải", "Trạng thái tồn tại", "Đơn vị", "Khối lượng phát sinh"]]
    merges = []
    n = 0
    for title, hazardous in (("1. Chất thải nguy hại", True), ("2. Chất thải rắn công nghiệp thông thường", False)):
        _span(rows, merges, title, 6)
        for label, code, state, (lo, hi) in VN_WORKS_WASTES:
            if (code is not None) != hazardous:
                continue
            n += 1
            if hazardous:
                kg = float(r.randint(lo // 10, hi // 10) * 10)
                rows.append([str(n), label, code, state, "kg/năm", num(kg, "vi")])
                doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000, "name_contains": _words(label, 4)})
            else:
                t = float(r.randint(lo, hi))
                rows.append([str(n), label, "-", state, "tấn/năm", num(t, "vi")])
                doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": _words(label, 3)})
    doc.table("Bảng 3.1. Khối lượng, chủng loại chất thải phát sinh", rows, merges, role="wastes")
    doc.p("Chủ cơ sở có trách nhiệm phân định, phân loại, lưu giữ chất thải nguy hại tại kho chứa có diện tích 36 m² và chuyển giao cho đơn "
          "vị có giấy phép môi trường phù hợp.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

# (symbol, method, ДК at ВП-1, ДК at ВП-2 or None)
OUTLET_NORMS = (
    ("pH", "ПНД Ф 14.1:2:3:4.121-97", (6.5, 8.5), (6.5, 9.0)),
    ("TSS", "ПНД Ф 14.1:2:4.254-09", 20, 300),
    ("BOD5", "ПНД Ф 14.1:2:3:4.123-97", 15, 200),
    ("COD", "ПНД Ф 14.1:2:4.190-03", 30, 500),
    ("TPH", "ПНД Ф 14.1:2:4.128-98", 0.3, 5),
    ("Fe", "ПНД Ф 14.1:2:4.50-96", 0.3, None),
    ("Surfactants", "ПНД Ф 14.1:2:4.158-2000", 0.5, 10),
    ("Cl-", "ПНД Ф 14.1:2:4.111-97", 350, None),
    ("SO4", "ПНД Ф 14.1:2:4.240-2007", 500, None),
)


def _range(doc: Doc, value) -> str:
    if isinstance(value, tuple):
        return f"{num(value[0], doc.lang)}–{num(value[1], doc.lang)}"
    return num(value, doc.lang)


def limits_kf1(doc: Doc) -> None:
    """A locomotive depot's permitted discharge concentrations at its two outlets as column groups — the outlet after the
    oil separators to the evaporation pond `ВП-1` and the outlet of the locomotive wash to the town sewer `ВП-2` — each a pair
    `факт 2025 г. | ДК` under the outlet's merged header, the units in a column, pH as a range, the ПНД Ф number of each
    method in the last column (a look-alike full of figures), both cells a dash where the sewer outlet has no norm (VI:
    quarterly results at one outlet as four sub-columns against QCVN 40:2011/BTNMT column B, the C and the Cmax = C × Kq ×
    Kf of the works' outlet side by side, pH and coliforms not multiplied)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_kf1_vi(doc)
        return
    g = _rk(doc)
    d = doc.pick(DEPOTS)
    doc.h(g(f"Нормативы допустимых сбросов загрязняющих веществ. {d[0]}", f"{d[1]}. Ластаушы заттардың жол берілетін төгінділерінің нормативтері"))
    doc.p(g("Ливневые и производственные стоки депо проходят песколовку, нефтеловушку и сорбционный фильтр (ЛОС) и отводятся в "
            "пруд-испаритель (выпуск ВП-1, 86 м³/сут); стоки моечной машины локомотивов после нефтеловушки сбрасываются в канализацию "
            "(выпуск ВП-2, 24 м³/сут) по договору с водоканалом.",
            "Депоның нөсер және өндірістік ағындары құм ұстағыш, мұнай ұстағыш және сорбциялық сүзгіден (ЖТҚ) өтіп, булану тоғанына "
            "бұрылады (ВП-1 шығарындысы, тәулігіне 86 м³); локомотив жуу машинасының ағындары мұнай ұстағыштан кейін су арнасымен шарт "
            "бойынша кәрізге төгіледі (ВП-2 шығарындысы, тәулігіне 24 м³)."))
    outs = (("ВП-1", g("ВП-1 – пруд-испаритель (после ЛОС)", "ВП-1 – булану тоғаны (ЖТҚ-дан кейін)")),
            ("ВП-2", g("ВП-2 – канализация (мойка локомотивов)", "ВП-2 – кәріз (локомотив жуу)")))
    head0 = [g("№", "№"), g("Показатель", "Көрсеткіш"), g("Ед. изм.", "Өлш. бірл."), outs[0][1], None, outs[1][1], None,
             g("Методика измерений", "Өлшеу әдістемесі")]
    fact, dk = g("факт 2025 г.", "2025 ж. нақты"), g("ДК", "ЖБК")
    rows = [head0, [None, None, None, fact, dk, fact, dk, None]]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 7)] + [(0, 3, 0, 4), (0, 5, 0, 6)]
    for k, (symbol, method, dk1, dk2) in enumerate(OUTLET_NORMS, 1):
        line = [str(k), vocab.water(symbol, doc.lang), g("ед. pH", "pH бірл.") if symbol == "pH" else g("мг/дм³", "мг/дм³")]
        for (pid, _), norm in zip(outs, (dk1, dk2), strict=True):
            if norm is None:
                line += ["–", "–"]
                continue
            if symbol == "pH":
                v = round(r.uniform(6.9, 8.2), 1)
            else:
                top = norm[1] if isinstance(norm, tuple) else norm
                v = _sig(top * r.uniform(0.3, 0.95), 2)
            line += [num(v, doc.lang), _range(doc, norm)]
            add(doc, limit(("symbol", symbol), "waste_water", norm, "mg/l", None, pid, v))
        rows.append(line + [method])
    doc.table(g("Таблица 2 – Допустимые концентрации загрязняющих веществ на выпусках", "2-кесте – Шығарындылардағы ластаушы заттардың жол берілетін концентрациялары"),
              rows, merges, role="limits")
    doc.p(g("ДК – допустимая концентрация, установленная экологическим разрешением; факт – среднегодовое значение по результатам "
            "производственного экологического контроля за 2025 год.",
            "ЖБК – экологиялық рұқсатпен белгіленген жол берілетін концентрация; нақты – 2025 жылғы өндірістік экологиялық бақылау нәтижелері "
            "бойынша орташа жылдық мән."))
    maybe_distractor(doc)


# (symbol, unit as written, unit of the contract)
VN_NT_PARAMS = (("pH", "-", None), ("TSS", "mg/L", "mg/l"), ("BOD5", "mg/L", "mg/l"), ("COD", "mg/L", "mg/l"), ("TPH", "mg/L", "mg/l"),
                ("NH4+", "mg/L", "mg/l"), ("Fe", "mg/L", "mg/l"), ("Coliform", "MPN/100mL", "MPN/100mL"))
VN_COLIFORM_B = 5000


def _limits_kf1_vi(doc: Doc) -> None:
    r = doc.rng
    w = doc.pick(VN_WORKS)
    kq, kf = 0.9, 1.1
    doc.h(f"BÁO CÁO KẾT QUẢ QUAN TRẮC NƯỚC THẢI NĂM 2025 – {w[0].upper()}")
    doc.p("Vị trí NT1: nước thải sau hệ thống xử lý nước thải tập trung (công suất 120 m³/ngày.đêm), trước khi xả ra mương thoát nước chung "
          "của khu vực. Cmax = C × Kq × Kf với Kq = 0,9 (nguồn tiếp nhận là kênh, mương có lưu lượng dòng chảy Q ≤ 50 m³/s) và Kf = 1,1 "
          "(lưu lượng xả thải 50 < F ≤ 500 m³/ngày.đêm); không áp dụng Kq, Kf đối với pH và tổng coliform.")
    head0 = ["TT", "Thông số", "Đơn vị", "Kết quả tại NT1", None, None, None, "QCVN 40:2011/BTNMT, cột B", None]
    head1 = [None, None, None, "Quý I", "Quý II", "Quý III", "Quý IV", "C", "Cmax"]
    rows = [head0, head1]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 6), (0, 7, 0, 8)]
    for k, (symbol, unit_said, unit_key) in enumerate(VN_NT_PARAMS, 1):
        c = VN_COLIFORM_B if symbol == "Coliform" else QCVN40[symbol][1]
        cmax = c if isinstance(c, tuple) or symbol == "Coliform" else _sig(c * kq * kf, 6)
        line = [str(k), vocab.water(symbol, "vi"), unit_said]
        for _q in range(4):
            if symbol == "pH":
                v = round(r.uniform(6.6, 7.9), 2)
            elif symbol == "Coliform":
                v = float(r.choice((430, 930, 1500, 2100, 2400)))
            else:
                v = _sig(cmax * r.uniform(0.15, 0.8), 2)
            line.append(num(v, "vi"))
            add(doc, limit(("symbol", symbol), "waste_water", cmax, unit_key, "B", "NT1", v))
        line += [_range(doc, c), _range(doc, cmax)]
        rows.append(line)
    doc.table("Bảng 2. Kết quả phân tích chất lượng nước thải sau xử lý", rows, merges, role="limits")
    doc.p("Nhận xét: các thông số đều nằm trong giới hạn cho phép của QCVN 40:2011/BTNMT, cột B.")
    maybe_distractor(doc)


# code: ПДК м.р. mg/m3, (low, high) share of it
ZONE_AIR = {"1071": 0.01, "0708": 0.007, "0301": 0.2, "0330": 0.5, "0337": 5.0, "2902": 0.5}
SIDES = (("север", "солтүстік"), ("восток", "шығыс"), ("юг", "оңтүстік"), ("запад", "батыс"))
WINDS = ("С", "СВ", "В", "ЮВ", "Ю", "ЮЗ", "З", "СЗ")


def limits_kf2(doc: Doc) -> None:
    """A laboratory's protocol of ambient air at the sleeper impregnation plant's protection zone, the four points on its
    boundary as columns (`Т-1 – граница СЗЗ, север`), first the rows of the sampling's date and time, wind direction and
    speed, temperature and pressure, then a section row `Результаты измерений, мг/м³` spanning the table and the substances
    — phenol, naphthalene, nitrogen dioxide, sulphur dioxide, carbon monoxide, suspended particles — with the ПДК м.р. in the
    last column; the instruments with their serial numbers and verification dates in a table of no role (VI: ambient air
    around a locomotive depot written one parameter a row under each point merged down, µg/m³ and QCVN 05:2023/BTNMT)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_kf2_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    op = doc.pick(IMPREG_OPS)[L]
    day = r.randint(4, 27)
    doc.h(g(f"Протокол испытаний атмосферного воздуха № {r.randint(210, 690)}-А/25", f"Атмосфералық ауаны сынау хаттамасы № {r.randint(210, 690)}-А/25"))
    doc.p(g(f"Заказчик: {op}, шпалопропиточный завод Жарык. Испытательная лаборатория ТОО «Сарыарка Эко Лаб», аттестат аккредитации "
            f"KZ.T.09.1145 от 18.05.2023. Отбор проб – {day:02d}.07.2025, разовые (20-минутные) пробы на границе СЗЗ (500 м).",
            f"Тапсырыс беруші: {op}, Жарық шпал сіңдіру зауыты. «Сарыарқа Эко Лаб» ЖШС сынақ зертханасы, 18.05.2023 ж. KZ.T.09.1145 "
            f"аккредиттеу аттестаты. Сынама алу – {day:02d}.07.2025, СҚА шекарасындағы (500 м) бір реттік (20 минуттық) сынамалар."))
    points = [(f"Т-{k}", g(f"Т-{k} – граница СЗЗ, {ru}", f"Т-{k} – СҚА шекарасы, {kk}")) for k, (ru, kk) in enumerate(SIDES, 1)]
    w = 2 + len(points)
    rows = [[g("Показатель", "Көрсеткіш"), *(p[1] for p in points), g("ПДК м.р., мг/м³", "ШЖК м.б., мг/м³")]]
    merges = []
    hour = r.randint(9, 11)
    rows.append([g("Дата и время отбора", "Сынама алу күні мен уақыты"), *(f"{day:02d}.07.2025 {hour + k}:{r.randint(0, 5)}0" for k in range(len(points))), ""])
    wind = doc.pick(WINDS)
    rows.append([g("Направление ветра", "Жел бағыты"), *([wind] * len(points)), ""])
    rows.append([g("Скорость ветра, м/с", "Жел жылдамдығы, м/с"), *(num(round(r.uniform(1.2, 4.5), 1), doc.lang) for _ in points), ""])
    rows.append([g("Температура воздуха, °C", "Ауа температурасы, °C"), *(f"+{r.randint(24, 33)}" for _ in points), ""])
    rows.append([g("Атмосферное давление, мм рт. ст.", "Атмосфералық қысым, мм сын. бағ."), *(str(r.randint(712, 724)) for _ in points), ""])
    _span(rows, merges, g("Результаты измерений, мг/м³", "Өлшеу нәтижелері, мг/м³"), w)
    for c, pdk in ZONE_AIR.items():
        line = [f"{_air(doc, c)} ({c})"]
        for pid, _ in points:
            v = _sig(pdk * r.uniform(0.1, 0.8), 2)
            line.append(num(v, doc.lang))
            add(doc, limit(("code", c), "air", pdk, "mg/m3", None, pid, v))
        rows.append(line + [num(pdk, doc.lang)])
    doc.table(g("Таблица 1 – Результаты испытаний", "1-кесте – Сынау нәтижелері"), rows, merges, role="limits")
    doc.table(g("Средства измерений", "Өлшеу құралдары"), [
        g(["Наименование", "Заводской №", "Свидетельство о поверке", "Действительно до"], ["Атауы", "Зауыттық №", "Салыстырып тексеру туралы куәлік", "Жарамдылық мерзімі"]),
        [g("Газоанализатор ГАНК-4", "ГАНК-4 газталдағышы"), str(r.randint(1000, 9999)), f"№ ВА-{r.randint(10000, 99999)}", "12.03.2026"],
        [g("Аспиратор ПУ-4Э", "ПУ-4Э аспираторы"), str(r.randint(100, 999)), f"№ ВА-{r.randint(10000, 99999)}", "27.11.2025"],
        [g("Метеометр МЭС-200А", "МЭС-200А метеометрі"), str(r.randint(1000, 9999)), f"№ ВА-{r.randint(10000, 99999)}", "05.02.2026"],
    ], role="other")
    doc.p(g("Заключение: превышений ПДК м.р. на границе санитарно-защитной зоны не выявлено.",
            "Қорытынды: санитариялық-қорғаныш аймағының шекарасында ШЖК м.б. асып кетуі анықталған жоқ."))


# (point, VI place)
VN_AIR_POINTS = (("KK1", "Khu vực trạm cấp dầu cho đầu máy"), ("KK2", "Khu vực bệ thử tải đầu máy"),
                 ("KK3", "Khu dân cư gần nhất, cách tường rào 150 m về phía Đông"))
# code: (QCVN 05:2023/BTNMT 1-hour µg/m3, (low, high))
VN_AIR_LIMITS = {"2902": (300, (60, 240)), "0301": (200, (20, 120)), "0330": (350, (15, 90)), "0337": (30000, (2000, 9000)),
                 "0602": (22, (2, 14)), "0333": (42, (3, 20))}


def _limits_kf2_vi(doc: Doc) -> None:
    r = doc.rng
    name = doc.pick(("Xí nghiệp Đầu máy Hà Nội Bắc", "Xí nghiệp Đầu máy Vinh Mới"))
    doc.h(f"PHIẾU KẾT QUẢ QUAN TRẮC MÔI TRƯỜNG KHÔNG KHÍ XUNG QUANH – {name.upper()}")
    doc.p(f"Ngày lấy mẫu: {r.randint(1, 28):02d}/{doc.pick(('04', '05', '10'))}/2025. Đơn vị quan trắc: Trung tâm Quan trắc Tài nguyên và "
          "Môi trường (số hiệu VIMCERTS 052). Thời gian lấy mẫu trung bình 1 giờ.")
    rows = [["Vị trí quan trắc", "Thông số", "Đơn vị", "Kết quả", "QCVN 05:2023/BTNMT (trung bình 1 giờ)"]]
    merges = []
    for pid, place in VN_AIR_POINTS:
        start = len(rows)
        for j, (code, (lim, (lo, hi))) in enumerate(VN_AIR_LIMITS.items()):
            v = float(round(r.uniform(lo, hi), -2)) if code == "0337" else float(r.randint(lo, hi))
            rows.append([f"{pid} – {place}" if j == 0 else None, VN_LABEL[code], "µg/m³", num(v, "vi"), num(lim, "vi")])
            add(doc, limit(("code", code), "air", lim, "ug/m3", None, pid, v))
        merges.append((start, 0, len(rows) - 1, 0))
    doc.table("Bảng kết quả", rows, merges, role="limits")
    doc.p("Ghi chú: giá trị H2S và benzen so sánh với giới hạn trung bình 1 giờ của các chất độc hại trong không khí xung quanh.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring

TIMES = {12: "monthly", 4: "quarterly", 2: "semiannual", 1: "yearly"}
# (number, RU, KK, [(codes, times a year, instrumental?)])
DEPOT_PLAN = (
    ("0001", "Котельная (котлы КВ-Г-1,0 на газе)", "Қазандық (газбен жұмыс істейтін КВ-Г-1,0 қазандықтары)", [(("0301", "0304", "0337"), 4, True)]),
    ("0002", "Стенд реостатных испытаний тепловозов", "Тепловоздарды реостаттық сынау стенді",
     [(("0301", "0304", "0337", "0328"), 12, True), (("0703",), 1, True)]),
    ("0003", "Пескосушильная печь", "Құм кептіру пеші", [(("2908",), 4, True), (("0301", "0337"), 2, True)]),
    ("0004", "Сварочный участок (местный отсос)", "Дәнекерлеу учаскесі (жергілікті сорғыш)", [(("0123", "0143"), 2, True)]),
    ("0005", "Окрасочная камера", "Бояу камерасы", [(("0616", "0621"), 2, True)]),
    ("0006", "Аккумуляторное отделение", "Аккумулятор бөлімшесі", [(("0322",), 1, True)]),
    ("6001", "Склад ГСМ (резервуары дизельного топлива)", "ЖЖМ қоймасы (дизель отыны резервуарлары)", [(("0333", "2754"), 1, False)]),
)  # fmt: skip


def monitoring_kf1(doc: Doc) -> None:
    """A locomotive depot's ПЭК plan of control at its sources: the source's number and name merged down over rows that each
    list substances with their codes in brackets, the number of checks a year (`4`, `12`, `2`, `1`) instead of words, the
    kind of control and the ГОСТ numbers of the methods as look-alikes; the rheostat test stand's gases monthly and its
    benzo(a)pyrene once a year, the fuel store by calculation; then the waste water at the entry and exit of the treatment
    plant in a second table whose frequency is said only in its caption (VI: a depot's programme of ticks under parameter
    columns grouped by medium under a two-row header, the frequency in the last column)."""
    if doc.lang == "vi":
        _monitoring_kf1_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    d = doc.pick(DEPOTS)
    said = _said(doc)
    doc.h(g(f"Программа производственного экологического контроля. {d[0]}", f"{d[1]}. Өндірістік экологиялық бақылау бағдарламасы"))
    doc.h(g("5.1. Операционный мониторинг и мониторинг эмиссий", "5.1. Операциялық мониторинг және эмиссиялар мониторингі"))
    rows = [g(["№ ИЗА", "Наименование источника", "Контролируемые вещества (код)", "Кратность контроля, раз в год", "Вид контроля", "Методика (НД)"],
              ["ЛШК №", "Көздің атауы", "Бақыланатын заттар (коды)", "Бақылау еселігі, жылына рет", "Бақылау түрі", "Әдістеме (НҚ)"])]
    merges = []
    pairs = []
    for number, s_ru, s_kk, items in DEPOT_PLAN:
        start = len(rows)
        for j, (codes, times, instrumental) in enumerate(items):
            subs = ", ".join(f"{_air(doc, c)} ({c})" for c in codes)
            kind = g("инструментальный", "аспаптық") if instrumental else g("расчетный", "есептік")
            method = "ГОСТ 17.2.4.06-90, ГОСТ 17.2.4.07-90, ГОСТ 33007-2014" if instrumental else g("Методика расчета выбросов от резервуаров",
                                                                                                          "Резервуарлардан шығарындыларды есептеу әдістемесі")
            rows.append([number if j == 0 else None, (s_ru, s_kk)[L] if j == 0 else None, subs, str(times), kind, method])
            for c in codes:
                doc.add("monitoring", {"source_number": number, "code": c, "frequency": TIMES[times]})
                pairs.append((number, c))
        if len(items) > 1:
            merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    doc.table(g("Таблица 5.1 – План-график контроля выбросов на источниках", "5.1-кесте – Көздердегі шығарындыларды бақылау жоспар-кестесі"), rows, merges,
              role="monitoring")
    doc.add("sources", *({"number": n, "type": _kind(n)} for n, *_ in DEPOT_PLAN))
    doc.add("emissions", *(emission(c, None, None, n) for n, c in pairs))
    water = ("pH", "TSS", "COD", "TPH", "Fe")
    rows = [g(["Точка", "Место отбора", "Показатели"], ["Нүкте", "Сынама алу орны", "Көрсеткіштер"])]
    for pid, ru, kk in (("К-1", "вход на ЛОС (после песколовки)", "ЖТҚ-ға кіреберіс (құм ұстағыштан кейін)"),
                        ("К-2", "выход с ЛОС, выпуск ВП-1", "ЖТҚ-дан шығыс, ВП-1 шығарындысы")):
        rows.append([pid, g(ru, kk), ", ".join(vocab.water(s, doc.lang) for s in water)])
        for s in water:
            doc.add("monitoring", {"point": pid, "symbol": s, "frequency": "quarterly"})
    doc.table(g(f"Таблица 5.2 – Контроль сточных вод на локальных очистных сооружениях (периодичность – {said['quarterly']})",
                f"5.2-кесте – Жергілікті тазарту құрылыстарындағы сарқынды суларды бақылау (кезеңділігі – {said['quarterly']})"), rows, role="monitoring")
    doc.p(g("Отчет по ПЭК представляется в уполномоченный орган ежеквартально, не позднее 10 числа месяца, следующего за отчетным кварталом.",
            "ӨЭБ бойынша есеп уәкілетті органға тоқсан сайын, есепті тоқсаннан кейінгі айдың 10-күнінен кешіктірмей ұсынылады."))
    maybe_distractor(doc)


VN_TICK_WATER = ("pH", "TSS", "BOD5", "COD", "TPH", "Coliform")
VN_TICK_AIR = ("2902", "0330", "0301", "0337")
# (point, VI place, ticked keys, frequency)
VN_TICK_ROWS = (
    ("NT1", "Nước thải sau bể tách dầu khu rửa đầu máy", ("pH", "TSS", "COD", "TPH"), "quarterly"),
    ("NT2", "Nước thải sau hệ thống xử lý nước thải tập trung", ("pH", "TSS", "BOD5", "COD", "TPH", "Coliform"), "quarterly"),
    ("KT1", "Ống thải bệ thử tải đầu máy diesel", ("2902", "0330", "0301", "0337"), "semiannual"),
    ("KK1", "Không khí khu vực trạm cấp dầu DO", ("2902", "0301", "0337"), "semiannual"),
)


def _monitoring_kf1_vi(doc: Doc) -> None:
    name = doc.pick(("Xí nghiệp Đầu máy Hà Nội Bắc", "Xí nghiệp Đầu máy Vinh Mới"))
    said = _said(doc)
    doc.h(f"CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG NĂM 2026 – {name.upper()}")
    doc.p("Dấu (x) thể hiện thông số phải quan trắc tại vị trí tương ứng. Đơn vị thực hiện: đơn vị có chứng nhận VIMCERTS.")
    width = 2 + len(VN_TICK_WATER) + len(VN_TICK_AIR) + 1
    head0 = ["Ký hiệu", "Vị trí quan trắc", "Nước thải", *([None] * (len(VN_TICK_WATER) - 1)), "Khí thải, không khí",
             *([None] * (len(VN_TICK_AIR) - 1)), "Tần suất"]
    head1 = [None, None, *(vocab.water(s, "vi") for s in VN_TICK_WATER), *(VN_LABEL[c] for c in VN_TICK_AIR), None]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 1 + len(VN_TICK_WATER)), (0, 2 + len(VN_TICK_WATER), 0, width - 2), (0, width - 1, 1, width - 1)]
    rows = [head0, head1]
    for pid, place, keys, word in VN_TICK_ROWS:
        line = [pid, place, *("x" if s in keys else "" for s in VN_TICK_WATER), *("x" if c in keys else "" for c in VN_TICK_AIR), said[word]]
        rows.append(line)
        for key in keys:
            doc.add("monitoring", {"point": pid, ("code" if key in VN_TICK_AIR else "symbol"): key, "frequency": word})
    doc.table("Bảng 5.1. Vị trí, thông số và tần suất quan trắc", rows, merges, role="monitoring")
    maybe_distractor(doc)


# (row kind: source or point, id, RU, KK place, [(kind, key)], months)
QUARTER_A = (3, 6, 9, 12)
QUARTER_B = (1, 4, 7, 10)
CALENDAR = (
    (("1. Мониторинг эмиссий (источники выбросов)", "1. Эмиссиялар мониторингі (шығарынды көздері)"), [
        ("source", "0001", "Ист. 0001 – вакуум-насосы пропиточных цилиндров", "0001 көз – сіңдіру цилиндрлерінің вакуум-сорғылары",
         [("code", "1071"), ("code", "0708")], QUARTER_A),
        ("source", "0003", "Ист. 0003 – дымовая труба котельной", "0003 көз – қазандықтың түтін мұржасы",
         [("code", "0301"), ("code", "0330"), ("code", "0337"), ("code", "2908")], (2, 11)),
        ("source", "0004", "Ист. 0004 – циклон торцовочных станков", "0004 көз – торцтау станоктарының циклоны", [("code", "2936")], (7,))]),
    (("2. Атмосферный воздух на границе СЗЗ", "2. СҚА шекарасындағы атмосфералық ауа"), [
        ("point", f"Т-{k}", f"Т-{k} – граница СЗЗ, {ru}", f"Т-{k} – СҚА шекарасы, {kk}", [("code", "1071"), ("code", "0708"), ("code", "0301")], QUARTER_B)
        for k, (ru, kk) in enumerate(SIDES, 1)]),
    (("3. Подземные воды", "3. Жерасты сулары"), [
        ("point", "НС-1", "НС-1 – наблюдательная скважина ниже площадки выдержки шпал", "НС-1 – шпал ұстау алаңынан төмен бақылау ұңғымасы",
         [("symbol", "pH"), ("symbol", "TPH"), ("symbol", "Phenols")], (5, 10))]),
    (("4. Почва", "4. Топырақ"), [
        ("point", "П-1", "П-1 – площадка выдержки пропитанных шпал", "П-1 – сіңдірілген шпалдарды ұстау алаңы", [("symbol", "TPH"), ("symbol", "Pb")], (6,))]),
    (("5. Сточные воды", "5. Сарқынды сулар"), [
        ("point", "К-1", "К-1 – выпуск ЛОС надшпальных вод", "К-1 – шпал үсті суларының ЖТҚ шығарындысы",
         [("symbol", "pH"), ("symbol", "TSS"), ("symbol", "TPH"), ("symbol", "Phenols")], tuple(range(1, 13)))]),
)  # fmt: skip
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def _name(doc: Doc, kind: str, key: str) -> str:
    if kind == "code":
        return _air(doc, key)
    return vocab.water(key, doc.lang) if key != "Pb" else vocab.soil(key, doc.lang)


def monitoring_kf2(doc: Doc) -> None:
    """A sleeper impregnation plant's calendar of sampling for 2026: `+` under the months I–XII of a merged header, the count
    a year last, section rows for the sources, the protection zone's boundary, ground water, soil and waste water, each row a
    source or a point with its substances in words; the frequency is only the pattern of the marks — quarterly in March,
    June, September and December or in January, April, July and October, twice a year in February and November, once a year
    and every month (VI: a wagon works' programme naming the months to sample, `Tháng 3, 6, 9 và 12`, the point's id in a
    column of its own)."""
    if doc.lang == "vi":
        _monitoring_kf2_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    op = doc.pick(IMPREG_OPS)[L]
    doc.h(g(f"График отбора проб и проведения измерений на 2026 год. Шпалопропиточный завод Жарык ({op})",
            f"2026 жылға арналған сынама алу және өлшеу жүргізу кестесі. Жарық шпал сіңдіру зауыты ({op})"))
    doc.p(g("Приложение 2 к программе производственного экологического контроля. Отбор проб выполняет аккредитованная лаборатория по "
            "договору; знак «+» – месяц проведения работ.",
            "Өндірістік экологиялық бақылау бағдарламасына 2-қосымша. Сынамаларды шарт бойынша аккредиттелген зертхана алады; «+» белгісі – "
            "жұмыстар жүргізілетін ай."))
    w = 2 + 12 + 1
    rows = [[g("Объект / точка контроля", "Бақылау объектісі / нүктесі"), g("Определяемые показатели", "Анықталатын көрсеткіштер"),
             g("Месяцы 2026 года", "2026 жылдың айлары"), *([None] * 11), g("Всего в год", "Жылына барлығы")],
            [None, None, *ROMAN, None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 13), (0, 14, 1, 14)]
    sources, pairs = [], []
    for (t_ru, t_kk), items in CALENDAR:
        _span(rows, merges, (t_ru, t_kk)[L], w)
        for kind, key, p_ru, p_kk, subs, months in items:
            word = TIMES[len(months)]
            rows.append([(p_ru, p_kk)[L], ", ".join(_name(doc, k, s) for k, s in subs), *("+" if m in months else "" for m in range(1, 13)), str(len(months))])
            for k, s in subs:
                if kind == "source":
                    doc.add("monitoring", {"source_number": key, k: s, "frequency": word})
                    pairs.append((key, s))
                else:
                    doc.add("monitoring", {"point": key, k: s, "frequency": word})
            if kind == "source":
                sources.append(key)
    doc.table(g("График мониторинга", "Мониторинг кестесі"), rows, merges, role="monitoring")
    doc.add("sources", *({"number": n, "type": "organized"} for n in sources))
    doc.add("emissions", *(emission(c, None, None, n) for n, c in pairs))
    maybe_distractor(doc)


# (VI place, point, [(kind, key)], months said, frequency)
VN_MONTHS = (
    ("Ống thải hệ thống xử lý khí buồng sơn toa xe", "KT1", [("code", "2902"), ("code", "0621"), ("code", "0616")], "Tháng 3, 6, 9 và 12", "quarterly"),
    ("Ống thải hệ thống lọc bụi buồng phun bi làm sạch thân toa", "KT2", [("code", "2902")], "Tháng 3, 6, 9 và 12", "quarterly"),
    ("Nước thải sau hệ thống xử lý nước thải tập trung", "NT1", [("symbol", "pH"), ("symbol", "TSS"), ("symbol", "COD"), ("symbol", "TPH")],
     "Tháng 1 đến tháng 12", "monthly"),
    ("Không khí xung quanh tại cổng nhà máy", "KK1", [("code", "2902"), ("code", "0301"), ("code", "0330")], "Tháng 6 và tháng 12", "semiannual"),
)


def _monitoring_kf2_vi(doc: Doc) -> None:
    w = doc.pick(VN_WORKS)
    doc.h(f"KẾ HOẠCH QUAN TRẮC MÔI TRƯỜNG NĂM 2026 – {w[0].upper()}")
    doc.p(f"Chủ cơ sở: {w[2]}. Kế hoạch lập theo chương trình quan trắc tại giấy phép môi trường đã được cấp.")
    rows = [["TT", "Điểm quan trắc", "Ký hiệu", "Thông số", "Thời gian thực hiện", "Quy chuẩn so sánh"]]
    for k, (place, pid, subs, months, word) in enumerate(VN_MONTHS, 1):
        label = ", ".join(VN_LABEL[key] if kind == "code" else vocab.water(key, "vi") for kind, key in subs)
        std = {"KT": "QCVN 19:2009/BTNMT, QCVN 20:2009/BTNMT", "NT": "QCVN 40:2011/BTNMT, cột B", "KK": "QCVN 05:2023/BTNMT"}[pid[:2]]
        rows.append([str(k), place, pid, label, months, std])
        for kind, key in subs:
            doc.add("monitoring", {"point": pid, kind: key, "frequency": word})
    doc.table("Bảng 1. Kế hoạch quan trắc định kỳ", rows, role="monitoring")
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

QUARTERS = {4: "quarterly", 2: "semiannual", 1: "yearly"}
# (RU, KK object, quarters or None for an unscheduled check, RU, KK who)
DEPOT_CHECKS = (
    ("Склад ГСМ и пункт экипировки тепловозов", "ЖЖМ қоймасы және тепловоздарды жабдықтау пункті", (1, 2, 3, 4), "инженер-эколог депо",
     "депо инженер-экологы"),
    ("Локальные очистные сооружения (песколовка, нефтеловушка, сорбционный фильтр)", "Жергілікті тазарту құрылыстары (құм ұстағыш, мұнай ұстағыш, "
     "сорбциялық сүзгі)", (1, 2, 3, 4), "инженер-эколог депо", "депо инженер-экологы"),
    ("Площадка временного хранения отходов", "Қалдықтарды уақытша сақтау алаңы", (1, 2, 3, 4), "мастер хозяйственного участка",
     "шаруашылық учаскесінің шебері"),
    ("Пескосушильное отделение и пескоподача", "Құм кептіру бөлімшесі және құм беру", (1, 3), "главный механик", "бас механик"),
    ("Стенд реостатных испытаний тепловозов", "Тепловоздарды реостаттық сынау стенді", (2, 4), "начальник цеха ТР-3", "ТЖ-3 цехының бастығы"),
    ("Окрасочная камера и склад лакокрасочных материалов", "Бояу камерасы және лак-бояу материалдарының қоймасы", (2,),
     "комиссия под председательством главного инженера", "бас инженер төрағалық ететін комиссия"),
    ("Аккумуляторное отделение", "Аккумулятор бөлімшесі", (3,), "инженер по охране труда", "еңбекті қорғау жөніндегі инженер"),
    ("Места разлива топлива на путях экипировки", "Жабдықтау жолдарындағы отын төгілген орындар", None, "инженер-эколог депо", "депо инженер-экологы"),
)  # fmt: skip


def inspections_kf1(doc: Doc) -> None:
    """A locomotive depot's schedule of internal environmental checks for 2026: the objects as rows, the four quarters as
    sub-columns of a merged header holding the planned date (`18.02`) or a dash, who checks in the last column — the
    number of dates gives the frequency — and a row of checks after each spill with `внепланово` merged across the quarters
    and no frequency; the standing commission in a table of no role (VI: a depot's self-inspection plan with `x` under
    the quarters, a check after each spill of oil without a frequency)."""
    r = doc.rng
    if doc.lang == "vi":
        _inspections_kf1_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    d = doc.pick(DEPOTS)
    doc.h(g(f"График внутренних проверок соблюдения экологических требований на 2026 год. {d[0]}",
            f"{d[1]}. Экологиялық талаптардың сақталуын ішкі тексерулердің 2026 жылға арналған кестесі"))
    doc.p(g("Результаты проверок оформляются актом; выявленные нарушения включаются в план корректирующих мероприятий.",
            "Тексеру нәтижелері актімен ресімделеді; анықталған бұзушылықтар түзету іс-шаралары жоспарына енгізіледі."))
    rows = [[g("№", "№"), g("Объект проверки", "Тексеру объектісі"), g("Сроки проведения в 2026 году", "2026 жылы өткізу мерзімдері"), None, None, None,
             g("Проверяющий", "Тексеруші")],
            [None, None, *(g(f"{q} кв.", f"{q} тоқс.") for q in ("I", "II", "III", "IV")), None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 5), (0, 6, 1, 6)]
    for k, (o_ru, o_kk, quarters, w_ru, w_kk) in enumerate(DEPOT_CHECKS, 1):
        obj, who = (o_ru, o_kk)[L], (w_ru, w_kk)[L]
        item = {"kind": "inspection", "number": str(k), "text_contains": _words(obj.split(" (")[0], 3), "actor_contains": who}
        if quarters is None:
            rows.append([str(k), obj, g("внепланово – в течение суток после каждого разлива", "жоспардан тыс – әр төгілгеннен кейін бір тәулік ішінде"),
                         None, None, None, who])
            merges.append((len(rows) - 1, 2, len(rows) - 1, 5))
        else:
            cells = [f"{r.randint(3, 27):02d}.{(q - 1) * 3 + r.randint(1, 3):02d}" if q in quarters else "–" for q in (1, 2, 3, 4)]
            rows.append([str(k), obj, *cells, who])
            item["frequency"] = QUARTERS[len(quarters)]
        doc.add("obligations", item)
    doc.table(g("Таблица 1 – График проверок", "1-кесте – Тексерулер кестесі"), rows, merges, role="inspections")
    doc.table(g("Состав постоянно действующей комиссии", "Тұрақты жұмыс істейтін комиссияның құрамы"), [
        g(["Роль", "Должность", "Ф.И.О."], ["Рөлі", "Лауазымы", "Аты-жөні"]),
        g(["Председатель", "главный инженер", "Байжанов Е.К."], ["Төраға", "бас инженер", "Байжанов Е.Қ."]),
        g(["Члены комиссии", "инженер-эколог, инженер по охране труда", "Нургалиева А.Б., Ким В.С."],
          ["Комиссия мүшелері", "инженер-эколог, еңбекті қорғау жөніндегі инженер", "Нұрғалиева А.Б., Ким В.С."]),
    ], role="other")


# (VI object, quarters or None, who)
VN_SELF_CHECKS = (
    ("Trạm cấp dầu DO cho đầu máy", (1, 2, 3, 4), "Tổ môi trường"),
    ("Bể tách dầu khu rửa đầu máy", (1, 2, 3, 4), "Tổ môi trường"),
    ("Kho lưu giữ chất thải nguy hại", (2, 4), "Phòng Kỹ thuật – An toàn"),
    ("Bệ thử tải đầu máy diesel", (1, 3), "Phòng Kỹ thuật – An toàn"),
    ("Hệ thống xử lý nước thải tập trung", (4,), "Ban Giám đốc"),
    ("Khu vực xảy ra sự cố tràn đổ dầu", None, "Tổ môi trường"),
)


def _inspections_kf1_vi(doc: Doc) -> None:
    name = doc.pick(("Xí nghiệp Đầu máy Hà Nội Bắc", "Xí nghiệp Đầu máy Vinh Mới"))
    doc.h(f"KẾ HOẠCH TỰ KIỂM TRA CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2026 – {name.upper()}")
    doc.p("Đánh dấu (x) vào quý thực hiện kiểm tra. Kết quả kiểm tra lập thành biên bản và báo cáo Giám đốc Xí nghiệp.")
    rows = [["TT", "Đối tượng kiểm tra", "Thời gian thực hiện", None, None, None, "Bộ phận kiểm tra"],
            [None, None, "Quý I", "Quý II", "Quý III", "Quý IV", None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 5), (0, 6, 1, 6)]
    for k, (obj, quarters, who) in enumerate(VN_SELF_CHECKS, 1):
        item = {"kind": "inspection", "number": str(k), "text_contains": _words(obj, 4), "actor_contains": who}
        if quarters is None:
            rows.append([str(k), obj, "Đột xuất, ngay sau khi xảy ra sự cố", None, None, None, who])
            merges.append((len(rows) - 1, 2, len(rows) - 1, 5))
        else:
            rows.append([str(k), obj, *("x" if q in quarters else "" for q in (1, 2, 3, 4)), who])
            item["frequency"] = QUARTERS[len(quarters)]
        doc.add("obligations", item)
    doc.table("Bảng 1. Kế hoạch tự kiểm tra", rows, merges, role="inspections")
    maybe_distractor(doc)


# ((RU, KK section), frequency or None, (RU, KK who), [(RU, KK object, RU, KK check)])
WALK_ROUND = (
    (("А. При приеме смены (ежедневно) – оператор пункта экипировки", "А. Ауысымды қабылдағанда (күн сайын) – жабдықтау пунктінің операторы"), "daily",
     ("оператор пункта экипировки", "жабдықтау пунктінің операторы"), [
        ("Резервуары ДТ № 1, 2", "ДО № 1, 2 резервуарлары", "уровень топлива, отсутствие подтеков на швах и задвижках",
         "отын деңгейі, жіктер мен ысырмаларда ағып кетулердің болмауы"),
        ("Топливораздаточные колонки", "Отын тарату бағандары", "герметичность рукавов и пистолетов, исправность поддонов",
         "жеңдер мен тапаншалардың саңылаусыздығы, табандықтардың жарамдылығы"),
        ("Пескоподача", "Құм беру", "отсутствие россыпи песка на путях экипировки", "жабдықтау жолдарында құм шашылуының болмауы")]),
    (("Б. Еженедельно – мастер пункта экипировки", "Б. Апта сайын – жабдықтау пунктінің шебері"), "weekly",
     ("мастер пункта экипировки", "жабдықтау пунктінің шебері"), [
        ("Обвалование резервуарного парка", "Резервуар паркінің үйіндісі", "целостность обвалования, отсутствие воды и нефтепродуктов внутри",
         "үйіндінің бүтіндігі, ішінде су мен мұнай өнімдерінің болмауы"),
        ("Лотки и колодцы ливневой канализации", "Нөсер кәрізінің науалары мен құдықтары", "отсутствие пленки нефтепродуктов, заиление не более 1/3 глубины",
         "мұнай өнімдері қабыршағының болмауы, лайлану тереңдіктің 1/3 бөлігінен аспауы"),
        ("Площадка временного хранения отходов", "Қалдықтарды уақытша сақтау алаңы", "маркировка контейнеров, закрытые крышки",
         "контейнерлердің таңбалануы, жабық қақпақтар")]),
    (("В. Ежемесячно – инженер-эколог депо", "В. Ай сайын – депо инженер-экологы"), "monthly", ("инженер-эколог", "инженер-эколог"), [
        ("Нефтеловушка ЛОС", "ЖТҚ мұнай ұстағышы", "толщина слоя нефтепродуктов не более 50 мм, записи об откачке",
         "мұнай өнімдері қабатының қалыңдығы 50 мм-ден аспауы, сорып алу туралы жазбалар"),
        ("Журналы учета отходов и ГСМ", "Қалдықтар мен ЖЖМ есебінің журналдары", "полнота записей, сверка с актами передачи отходов",
         "жазбалардың толықтығы, қалдықтарды беру актілерімен салыстыру"),
        ("Средства ликвидации разливов", "Төгінділерді жою құралдары", "наличие сорбента не менее 200 кг, сухого песка, лопат",
         "кемінде 200 кг сорбенттің, құрғақ құмның, күректердің болуы")]),
    (("Г. После каждого слива цистерн – оператор пункта экипировки", "Г. Цистерналарды әр төккеннен кейін – жабдықтау пунктінің операторы"), None,
     ("оператор пункта экипировки", "жабдықтау пунктінің операторы"), [
        ("Сливная эстакада", "Төгу эстакадасы", "отсутствие проливов топлива, чистота лотков", "отын төгілуінің болмауы, науалардың тазалығы"),
        ("Сливные устройства цистерн", "Цистерналардың төгу құрылғылары", "закрытие крышек и клапанов после слива",
         "төгуден кейін қақпақтар мен клапандардың жабылуы")]),
)  # fmt: skip


def inspections_kf2(doc: Doc) -> None:
    """A locomotive fuelling point's walk-round check list: section rows spanning the table say how often and who checks
    (`А. При приеме смены (ежедневно) – оператор пункта экипировки`, `Б. Еженедельно – мастер…`, `В. Ежемесячно –
    инженер-эколог депо`), the rows under them only the object, what is checked with its figures (`не более 50 мм`, `не
    менее 200 кг`), an empty column for the mark and one for remarks; a last section after each discharge of tank cars
    gives no frequency (VI: a treatment plant's check list by frequency and team, the form's number in a column as a
    look-alike, a section after each heavy rain)."""
    if doc.lang == "vi":
        _inspections_kf2_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    d = doc.pick(DEPOTS)
    doc.h(g(f"Чек-лист обхода пункта экипировки тепловозов ({d[4]})", f"Тепловоздарды жабдықтау пунктін аралау чек-парағы ({d[5]})"))
    doc.p(g("Отметка «да» ставится при соответствии; при несоответствии в графе «Примечание» указываются принятые меры.",
            "Сәйкес болғанда «иә» белгісі қойылады; сәйкессіздік болғанда «Ескерту» бағанында қабылданған шаралар көрсетіледі."))
    rows = [g(["№", "Объект осмотра", "Что проверяется", "Отметка (да/нет)", "Примечание"], ["№", "Қарау объектісі", "Не тексеріледі", "Белгі (иә/жоқ)", "Ескерту"])]
    merges = []
    n = 0
    for (s_ru, s_kk), word, (w_ru, w_kk), checks in WALK_ROUND:
        _span(rows, merges, (s_ru, s_kk)[L], 5)
        for o_ru, o_kk, c_ru, c_kk in checks:
            n += 1
            check = (c_ru, c_kk)[L]
            rows.append([str(n), (o_ru, o_kk)[L], check, "", ""])
            item = {"kind": "inspection", "number": str(n), "text_contains": _words(check, 3), "actor_contains": (w_ru, w_kk)[L]}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
    doc.table(None, rows, merges, role="inspections")
    doc.p(g("Заполненные чек-листы хранятся у мастера пункта экипировки в течение одного года.",
            "Толтырылған чек-парақтар жабдықтау пунктінің шеберінде бір жыл бойы сақталады."))
    maybe_distractor(doc)


# (VI section, frequency or None, who, [(item, check, form)])
VN_PLANT_CHECKS = (
    ("A. KIỂM TRA HẰNG NGÀY – Tổ vận hành trạm XLNT", "daily", "Tổ vận hành trạm XLNT", [
        ("Bơm nước thải, máy thổi khí", "Tình trạng hoạt động, tiếng ồn bất thường", "BM-MT-01"),
        ("Bể điều hòa, bể hiếu khí", "Mực nước, màu bùn, bọt nổi", "BM-MT-01"),
        ("Hệ thống châm hóa chất", "Lượng PAC, polymer còn lại trong bồn", "BM-MT-02")]),
    ("B. KIỂM TRA HẰNG TUẦN – Tổ trưởng tổ vận hành", "weekly", "Tổ trưởng tổ vận hành", [
        ("Bể tách dầu khu rửa đầu máy", "Chiều dày lớp dầu nổi, mức bùn đáy", "BM-MT-03"),
        ("Đồng hồ đo lưu lượng nước thải", "Chỉ số đồng hồ, đối chiếu sổ nhật ký", "BM-MT-03")]),
    ("C. KIỂM TRA HẰNG THÁNG – Phòng An toàn – Môi trường", "monthly", "Phòng An toàn – Môi trường", [
        ("Hồ sơ vận hành trạm XLNT", "Sổ nhật ký vận hành, sổ theo dõi hóa chất", "BM-MT-04"),
        ("Kho chứa bùn thải", "Dán nhãn, khối lượng lưu giữ, thời gian lưu giữ", "BM-MT-05")]),
    ("D. KIỂM TRA SAU MỖI TRẬN MƯA LỚN – Tổ vận hành trạm XLNT", None, "Tổ vận hành trạm XLNT", [
        ("Hố ga, mương thoát nước mưa", "Tắc nghẽn, tràn nước lẫn dầu ra ngoài", "BM-MT-06")]),
)


def _inspections_kf2_vi(doc: Doc) -> None:
    w = doc.pick(VN_WORKS)
    doc.h(f"BẢNG KIỂM TRA ĐỊNH KỲ HỆ THỐNG XỬ LÝ NƯỚC THẢI – {w[0].upper()}")
    doc.p("Ban hành kèm theo Quy trình vận hành trạm xử lý nước thải (mã QT-MT-02, lần ban hành 03).")
    rows = [["TT", "Hạng mục", "Nội dung kiểm tra", "Biểu mẫu ghi chép", "Ghi chú"]]
    merges = []
    n = 0
    for section, word, who, checks in VN_PLANT_CHECKS:
        _span(rows, merges, section, 5)
        for obj, check, form in checks:
            n += 1
            rows.append([str(n), obj, check, form, ""])
            item = {"kind": "inspection", "number": str(n), "text_contains": _words(check, 4), "actor_contains": who}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
    doc.table("Bảng kiểm tra", rows, merges, role="inspections")
    maybe_distractor(doc)


# ---------------------------------------------------------------- tasks

# ((RU, KK section), [(RU, KK measure, RU, KK volume, thousand tenge or None, start, end, RU, KK effect)])
PPM = (
    (("1. Охрана атмосферного воздуха", "1. Атмосфералық ауаны қорғау"), [
        ("Заменить горелки котлов КВ-Г-1,0 на горелки с пониженным образованием оксидов азота", "КВ-Г-1,0 қазандықтарының оттықтарын азот оксидтерінің "
         "түзілуі төмендетілген оттықтарға ауыстыру", "2 шт.", "2 дана", 18400, "I кв. 2026", "II кв. 2026",
         "снижение выброса азота диоксида на 1,2 т/год", "азот диоксиді шығарындысын жылына 1,2 т-ға азайту"),
        ("Установить рукавный фильтр на пескосушильной печи (ист. 0003)", "Құм кептіру пешіне жеңді сүзгі орнату (0003 көз)", "1 комплект",
         "1 жиынтық", 32600, "II кв. 2026", "IV кв. 2026", "снижение выброса пыли на 3,8 т/год", "шаң шығарындысын жылына 3,8 т-ға азайту")]),
    (("2. Охрана водных ресурсов", "2. Су ресурстарын қорғау"), [
        ("Реконструировать локальные очистные сооружения с заменой сорбционной загрузки", "Сорбциялық жүктемесін ауыстыра отырып, жергілікті тазарту "
         "құрылыстарын реконструкциялау", "1 объект", "1 объект", 56000, "I кв. 2026", "III кв. 2027",
         "снижение сброса нефтепродуктов на 0,04 т/год", "мұнай өнімдерінің төгіндісін жылына 0,04 т-ға азайту"),
        ("Устроить оборотное водоснабжение моечной машины локомотивов", "Локомотив жуу машинасының айналымдағы сумен жабдықтауын орнату", "1 система",
         "1 жүйе", 24300, "III кв. 2026", "IV кв. 2026", "сокращение водоотведения на 6 500 м³/год", "су бұруды жылына 6 500 м³-ге қысқарту")]),
    (("3. Обращение с отходами", "3. Қалдықтармен жұмыс істеу"), [
        ("Построить навес и бетонное покрытие площадки временного хранения отходов", "Қалдықтарды уақытша сақтау алаңының қалқасы мен бетон жабынын салу",
         "240 м²", "240 м²", 15800, "II кв. 2026", "III кв. 2026", "исключение загрязнения почвы", "топырақтың ластануын болдырмау"),
        ("Передавать отработанные масла на регенерацию по договору", "Пайдаланылған майларды шарт бойынша регенерацияға беру", "до 60 т/год",
         "жылына 60 т дейін", None, "I кв. 2026", "IV кв. 2026", "вовлечение 100 % масел в повторное использование",
         "майлардың 100 %-ын қайта пайдалануға тарту")]),
    (("4. Охрана земельных ресурсов", "4. Жер ресурстарын қорғау"), [
        ("Очистить и рекультивировать загрязненный нефтепродуктами грунт у пункта экипировки", "Жабдықтау пунктінің жанындағы мұнай өнімдерімен ластанған "
         "топырақты тазарту және рекультивациялау", "1 200 м³", "1 200 м³", 41200, "II кв. 2026", "IV кв. 2027", "рекультивация 0,6 га",
         "0,6 га рекультивациялау")]),
)  # fmt: skip


def tasks_kf1(doc: Doc) -> None:
    """A locomotive depot's plan of environmental measures on the official form annexed to its permit: the measure, the
    volume of work, the total cost in thousand tenge, the source of money, the start and the end under a merged header
    `Срок выполнения`, the expected effect in tonnes or cubic metres a year as a look-alike; items numbered `1` … through
    the whole plan under section rows by component, each section closed by its subtotal of money and the plan by its total,
    a measure needing no money marked `не требует затрат`, no responsible named (VI: the progress plan of a wagon works'
    environmental installations, items `1.1` under sections, the capacity `Q = 120 m³/ngày.đêm` as a look-alike, the start,
    the end and the unit that carries it out)."""
    if doc.lang == "vi":
        _tasks_kf1_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    d = doc.pick(DEPOTS)
    doc.h(g(f"План мероприятий по охране окружающей среды на 2026–2027 годы. {d[0]}",
            f"{d[1]}. 2026–2027 жылдарға арналған қоршаған ортаны қорғау жөніндегі іс-шаралар жоспары"))
    doc.p(g("Приложение 4 к экологическому разрешению на воздействие. Источник финансирования – собственные средства оператора.",
            "Әсер етуге экологиялық рұқсатқа 4-қосымша. Қаржыландыру көзі – оператордың меншікті қаражаты."))
    rows = [g(["№ п/п", "Наименование мероприятия", "Объем планируемых работ", "Общая стоимость, тыс. тенге", "Источник финансирования",
               "Срок выполнения", None, "Ожидаемый экологический эффект"],
              ["Р/с №", "Іс-шараның атауы", "Жоспарланған жұмыстар көлемі", "Жалпы құны, мың теңге", "Қаржыландыру көзі", "Орындау мерзімі", None,
               "Күтілетін экологиялық әсер"]),
            [None] * 5 + g(["начало", "окончание"], ["басы", "соңы"]) + [None]]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 4, 7)] + [(0, 5, 0, 6)]
    n, total = 0, 0
    for (s_ru, s_kk), items in PPM:
        _span(rows, merges, (s_ru, s_kk)[L], 8)
        sub = 0
        for m_ru, m_kk, v_ru, v_kk, money, start, end, e_ru, e_kk in items:
            n += 1
            text = (m_ru, m_kk)[L]
            rows.append([str(n), text, (v_ru, v_kk)[L], num(money, doc.lang) if money else g("не требует затрат", "шығынды қажет етпейді"),
                         g("собственные средства", "меншікті қаражат"), start if L == 0 else start.replace("кв.", "тоқс."),
                         end if L == 0 else end.replace("кв.", "тоқс."), (e_ru, e_kk)[L]])
            doc.add("obligations", {"kind": "task", "number": str(n), "text_contains": _words(text, 4)})
            sub += money or 0
        rows.append(["", g("Итого по разделу", "Бөлім бойынша жиыны"), "", num(sub, doc.lang), "", "", "", ""])
        total += sub
    rows.append(["", g("Всего по плану", "Жоспар бойынша барлығы"), "", num(total, doc.lang), "", "", "", ""])
    doc.table(g("План мероприятий по охране окружающей среды", "Қоршаған ортаны қорғау жөніндегі іс-шаралар жоспары"), rows, merges, role="tasks")
    maybe_distractor(doc)


# (VI section, [(item, scale, start, end, who)])
VN_WORKS_PLAN = (
    ("1. Công trình thu gom, xử lý nước thải", [
        ("Nâng cấp hệ thống xử lý nước thải tập trung, bổ sung bể lọc áp lực", "Q = 120 m³/ngày.đêm", "01/2026", "09/2026", "Ban Quản lý dự án"),
        ("Lắp đặt bể tách dầu 03 ngăn tại khu rửa giá chuyển hướng", "V = 12 m³", "03/2026", "06/2026", "Phân xưởng Cơ điện")]),
    ("2. Công trình xử lý bụi, khí thải", [
        ("Thay thế tháp hấp phụ than hoạt tính của buồng sơn toa xe số 2", "Q = 24.000 m³/h", "04/2026", "08/2026", "Phân xưởng Sơn"),
        ("Lắp đặt hệ thống lọc bụi túi vải cho buồng phun bi", "Q = 18.000 m³/h", "06/2026", "12/2026", "Ban Quản lý dự án")]),
    ("3. Công trình lưu giữ chất thải", [
        ("Cải tạo kho chứa chất thải nguy hại, bổ sung gờ chống tràn và rãnh thu", "S = 36 m²", "02/2026", "04/2026", "Phòng Hành chính – Tổng hợp")]),
)


def _tasks_kf1_vi(doc: Doc) -> None:
    w = doc.pick(VN_WORKS)
    doc.h(f"KẾ HOẠCH, TIẾN ĐỘ THỰC HIỆN CÁC CÔNG TRÌNH BẢO VỆ MÔI TRƯỜNG NĂM 2026 – {w[0].upper()}")
    doc.p(f"Chủ cơ sở: {w[2]}. Các công trình hoàn thành phải được vận hành thử nghiệm theo quy định tại Điều 46 Luật Bảo vệ môi trường.")
    rows = [["TT", "Công trình, hạng mục", "Quy mô, công suất", "Bắt đầu", "Hoàn thành", "Đơn vị thực hiện"]]
    merges = []
    for s, (section, items) in enumerate(VN_WORKS_PLAN, 1):
        _span(rows, merges, section, 6)
        for k, (text, scale, start, end, who) in enumerate(items, 1):
            rows.append([f"{s}.{k}", text, scale, start, end, who])
            doc.add("obligations", {"kind": "task", "number": f"{s}.{k}", "text_contains": _words(text, 5), "actor_contains": who})
    doc.table("Bảng 4.1. Tiến độ thực hiện các công trình bảo vệ môi trường", rows, merges, role="tasks")
    maybe_distractor(doc)


# (RU, KK violation, (RU, KK article), RU, KK demand, RU, KK term)
ORDER_ITEMS = (
    ("Пропитанные шпалы хранятся на площадке без твердого покрытия и отвода стоков", "Сіңдірілген шпалдар қатты жабыны және ағындарды бұру жүйесі жоқ "
     "алаңда сақталады", ("ст. 238 ЭК РК", "ҚР ЭК 238-бабы"), "Обустроить площадку выдержки шпал твердым покрытием с отводом стоков на ЛОС",
     "Шпал ұстау алаңын қатты жабынмен және ағындарды ЖТҚ-ға бұрумен жайластыру", "до 01.09.2026", "01.09.2026 дейін"),
    ("Не проводится инструментальный контроль выбросов на источнике 0001", "0001 көзде шығарындыларды аспаптық бақылау жүргізілмейді",
     ("п. 2 ст. 182 ЭК РК", "ҚР ЭК 182-бабының 2-тармағы"), "Обеспечить инструментальные замеры выбросов на источнике 0001 по программе ПЭК",
     "ӨЭБ бағдарламасы бойынша 0001 көзде шығарындыларды аспаптық өлшеуді қамтамасыз ету", "до 31.03.2026", "31.03.2026 дейін"),
    ("Кубовые остатки креозота накапливаются более шести месяцев", "Креозоттың текше қалдықтары алты айдан астам жинақталады", ("п. 2 ст. 320 ЭК РК", "ҚР ЭК 320-бабының 2-тармағы"),
     "Передать накопленные кубовые остатки креозота специализированной организации", "Жинақталған креозот текше қалдықтарын мамандандырылған ұйымға беру",
     "в течение 30 календарных дней", "30 күнтізбелік күн ішінде"),
    ("Грунт у сливной эстакады загрязнен креозотом", "Төгу эстакадасының жанындағы топырақ креозотпен ластанған", ("ст. 238 ЭК РК", "ҚР ЭК 238-бабы"),
     "Снять загрязненный грунт у сливной эстакады и передать его на обезвреживание", "Төгу эстакадасы жанындағы ластанған топырақты алып, "
     "залалсыздандыруға беру", "до 01.06.2026", "01.06.2026 дейін"),
)  # fmt: skip


def tasks_kf2(doc: Doc) -> None:
    """An order of the oblast's department of ecology to a sleeper impregnation plant after an unscheduled inspection: the
    violation found, the article of the Environmental Code broken (`п. 2 ст. 320 ЭК РК`, a look-alike of the item's number)
    and the demand in columns of their own, the term; the act's and the order's numbers and dates above the table (VI: an
    inspection team's conclusions on a depot, the shortcoming and the demand side by side with the deadline)."""
    r = doc.rng
    if doc.lang == "vi":
        _tasks_kf2_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    op = doc.pick(IMPREG_OPS)[L]
    act = r.randint(11, 48)
    doc.h(g(f"Предписание № {act}-ЭК об устранении нарушений экологического законодательства Республики Казахстан",
            f"Қазақстан Республикасының экологиялық заңнамасының бұзушылықтарын жою туралы № {act}-ЭК нұсқама"))
    doc.p(g(f"РГУ «Департамент экологии по Карагандинской области» по результатам внеплановой проверки (акт № {act} от {r.randint(3, 27):02d}.11.2025) "
            f"предписывает {op} (шпалопропиточный завод Жарык) устранить следующие нарушения:",
            f"«Қарағанды облысы бойынша экология департаменті» РММ жоспардан тыс тексеру нәтижелері бойынша (2025 ж. {r.randint(3, 27):02d}.11. № {act} акт) "
            f"{op} (Жарық шпал сіңдіру зауыты) мынадай бұзушылықтарды жоюды міндеттейді:"))
    rows = [g(["№ п/п", "Выявленное нарушение", "Нарушенная норма", "Требование об устранении", "Срок исполнения"],
              ["Р/с №", "Анықталған бұзушылық", "Бұзылған норма", "Жою туралы талап", "Орындау мерзімі"])]
    for k, (v_ru, v_kk, art, d_ru, d_kk, t_ru, t_kk) in enumerate(ORDER_ITEMS, 1):
        demand = (d_ru, d_kk)[L]
        rows.append([str(k), (v_ru, v_kk)[L], art[L], demand, (t_ru, t_kk)[L]])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(demand, 4)})
    doc.table(None, rows, role="tasks")
    doc.p(g("Об исполнении предписания сообщить в Департамент в письменной форме в течение трех рабочих дней после истечения срока.",
            "Нұсқаманың орындалғаны туралы мерзім өткеннен кейін үш жұмыс күні ішінде Департаментке жазбаша хабарлау."))
    maybe_distractor(doc)


# (VI shortcoming, demand, deadline)
VN_DEMANDS = (
    ("Kho chứa chất thải nguy hại chưa có biển cảnh báo, gờ chống tràn", "Lắp đặt biển cảnh báo và gờ chống tràn cho kho chứa chất thải nguy hại",
     "Trước ngày 30/6/2026"),
    ("Chưa lắp đặt đồng hồ đo lưu lượng nước thải đầu vào, đầu ra", "Lắp đặt đồng hồ đo lưu lượng nước thải đầu vào và đầu ra của hệ thống xử lý",
     "Trước ngày 30/9/2026"),
    ("Bể tách dầu khu rửa đầu máy chưa được nạo vét định kỳ", "Nạo vét bể tách dầu, chuyển giao bùn thải cho đơn vị có chức năng",
     "Trong vòng 30 ngày"),
    ("Sổ nhật ký vận hành hệ thống xử lý nước thải ghi chép không đầy đủ", "Lập và cập nhật đầy đủ nhật ký vận hành hệ thống xử lý nước thải",
     "Ngay sau khi nhận thông báo"),
)


def _tasks_kf2_vi(doc: Doc) -> None:
    r = doc.rng
    name = doc.pick(("Xí nghiệp Đầu máy Hà Nội Bắc", "Xí nghiệp Đầu máy Vinh Mới"))
    doc.h(f"THÔNG BÁO KẾT LUẬN KIỂM TRA VIỆC CHẤP HÀNH PHÁP LUẬT VỀ BẢO VỆ MÔI TRƯỜNG ĐỐI VỚI {name.upper()}")
    doc.p(f"Căn cứ Quyết định số {r.randint(100, 900)}/QĐ-SNNMT ngày {r.randint(1, 28):02d}/10/2025 của Giám đốc Sở Nông nghiệp và Môi trường về "
          "việc kiểm tra; Đoàn kiểm tra yêu cầu Xí nghiệp khắc phục các tồn tại sau:")
    rows = [["TT", "Tồn tại, hạn chế", "Yêu cầu khắc phục", "Thời hạn hoàn thành"]]
    for k, (issue, demand, term) in enumerate(VN_DEMANDS, 1):
        rows.append([str(k), issue, demand, term])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(demand, 5)})
    doc.table("Bảng. Nội dung yêu cầu khắc phục", rows, role="tasks")
    doc.p("Xí nghiệp báo cáo kết quả khắc phục về Sở Nông nghiệp và Môi trường trước ngày 15/10/2026.")
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"KF{k}", globals()[f"{role}_kf{k}"]) for role in ROLES for k in (1, 2)]
