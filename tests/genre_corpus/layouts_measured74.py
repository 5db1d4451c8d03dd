"""The forty-sixth blind set's part KC (two layouts per role, `KC1` and `KC2`), written by someone who
neither ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`; held out and measured
once (0.855 over 126 files when first measured at the registering commit, 2026-12-07), then moved to the tuning
layouts to be studied.

Theme: nitrogen and phosphate fertiliser plants. Kazakhstan: a nitrogen complex at Aktau (ammonia with its primary
reformer, weak nitric acid on УКЛ-7 units, urea and ammonium nitrate with their prilling towers, an isothermal ammonia store)
and a phosphate plant at Taraz (extraction phosphoric acid, ammophos, sulphuric acid, superphosphate) with its phosphogypsum
stack; the oblast's register of such objects (a card of the register of emissions and transfers of pollutants, a regional
department's register, an НДВ matrix, an ОВОС table of emission parameters by period, an inventory of wastes by shop, a
calculation of wastes, a groundwater protocol, an ambient-air protocol, a ПЭК plan with the frequency in its header, a
stack's monitoring schedule marked by quarter, a schedule of checks of gas cleaning, a leak-detection programme, a plan of
environmental measures and a plan of carrying out an inspector's order). Vietnam: a DAP plant and its gypsum stack at Đình
Vũ (Hải Phòng), a gas-based urea plant in Cà Mau, a superphosphate and DAP company in Phú Thọ and a fertiliser corporation's
member plants (a GPMT application's first chapter, a corporation's list of plants, a GPMT application's loads, an annual
report's CEMS totals, a GPMT annex of wastes, wastes by quarter, waste water against QCVN 40 with Kq and Kf, ambient air
against QCVN 05 and 06, a GPMT monitoring programme, a gypsum stack's programme marked by point, a dam inspection list, a
plan of internal checks, a plan of restoring the gypsum stack and a plan of remedies after an inspection conclusion).

Facility: a nitrogen complex's card in the register of emissions and transfers, `Код строки | показатель | значение` with
the form's row codes `010`–`130`, the postal index, telephone, КЭР number, head count and working hours as look-alikes,
DMS coordinates with a decimal comma, the units in a table of no role (VI: a DAP plant's first chapter of a GPMT
application, the enterprise number inside the registration certificate's sentence, DMS with `vĩ độ Bắc`, `Nhóm I`, the
corner points in VN-2000 metres in a table of no role) (KC1); a regional department of ecology's register over a two-row
header (`Координаты центра` over `широта | долгота`), district rows spanning the table, operator and BIN on two lines of one
cell, one operator with a plant and a phosphogypsum stack of its own OKED, categories I–III with `I*` and a footnote, permit
numbers and dates as look-alikes, the count by category in a table of no role (VI: a corporation's member plants, each a
company with its own enterprise number, VSIC codes, `21,2899° N`, `Nhóm I`–`Nhóm III`) (KC2).

Emissions: a nitrogen complex's НДВ table as a matrix — sources in rows, seven substances in columns each over `г/с | т/год`
— under four header rows (the merged title, code and name over each pair, the hazard class in a row of its own, the units in
another), dashes where a source emits nothing, production rows spanning the table, totals per column (VI: a urea plant's
loads by named stack with flow in Nm³/h and concentration before g/s and tonnes, the stacks' heights in a table of no role)
(KC1); a phosphate plant's ОВОС for raising its phosphogypsum stack's dam, the parameters of emissions over three header
rows (height and diameter, map coordinates `X1 | Y1`, `код | наименование`, `г/с | мг/м³ | т/год`, column numbers), rows
for the construction and the operation period, tonnes per period in the construction, subtotals per period, no hazard class
(VI: an annual report's totals from automated stations, tonnes a year only, the yearly mean concentration, flow and hours
as look-alikes, the stations' data completeness in a table of no role) (KC2).

Wastes: a nitrogen complex's inventory by shop, the code first and `опасный`/`неопасный` in its own column, the amount with
its unit in the cell (`21,3 т`, `347 кг` for platinum gauzes), how often the waste forms (`1 раз в 5 лет`) as a look-alike,
subtotals per shop, the same code on two catalysts (VI: a urea plant's GPMT annex in kg a year under hazardous, ordinary and
domestic sections, a dash for the code of ordinary wastes, section sums) (KC1); a phosphate plant's calculation of wastes,
the code in brackets inside the name's cell, input data, the norm and the whole calculation written out with its figures
before the amount, subtotals for hazardous and non-hazardous wastes, the stack's data in a table of no role (VI: a
superphosphate plant's wastes by quarter, tonnes and kilograms in a unit column, the year's sum last) (KC2).

Limits: a laboratory's groundwater results round a phosphogypsum stack, the ПДК column before the wells merged under one
header (`Н-0 (фон)`, `Н-1`–`Н-3`), rows of depths and sampling dates before the results, units in a column, exceedances
marked `**` in the cell, pH as a range (VI: a urea plant's waste water at two outlets against QCVN 40:2011/BTNMT column B,
the standard's C beside the Cmax derived with Kq and Kf, TCVN and SMEWW numbers as look-alikes) (KC1); an ambient-air
protocol with a row spanning the table for each point with its DMS coordinates and time, results with their uncertainty
(`0,041 ± 0,008`) or below detection (`< 0,02`, no value), the method's document and clause, the ratio to the ПДК as a
look-alike (VI: ambient air round a DAP plant, parameters in rows and points in columns, QCVN 05:2023/BTNMT last and
ammonia's `200 (*)` from QCVN 06:2009/BTNMT by a footnote, temperature and humidity with no norm) (KC2).

Monitoring: a nitrogen complex's ПЭК plan at its sources with the frequency in the header — `АСМ – непрерывно`,
instrumental quarterly, calculation yearly — and the codes in the cells under them, sampling places with elevation marks,
then protection-zone points monthly and a town point only in adverse weather with no frequency (VI: a urea plant's GPMT
programme, the kind of monitoring merged down, flow, temperature and O2 among the parameters, the waste water exempted from
periodic sampling in a row of words) (KC1); a phosphogypsum stack's programme marked `+` in four quarter columns, so that
four marks are quarterly, two semi-annual and one yearly, media in spanning rows, coordinates in their own column (VI: a
gypsum stack's programme with the frequency only in section rows and the points as columns marked `x`) (KC2).

Inspections: a nitrogen complex's schedule of checks of its gas-cleaning installations, the installation's passport number,
name with its source and efficiency merged down over its checks, criteria full of figures and units that are no limits, a
check at each planned shutdown with no frequency (VI: a gypsum stack's dam inspection list, crest levels in the criteria,
checks after heavy rain with no frequency) (KC1); a leak-detection programme at the ammonia store, pipeline and nitrate
store, counts of points and instruments as look-alikes, `Периодичность обследования` merged over a planned column and an
unplanned one with its conditions (VI: an acid plant's internal checks under area rows, items `1.1`, `Đột xuất`) (KC2).

Tasks: a nitrogen complex's plan of environmental measures annexed to its КЭР, the money over two header rows (`всего` and
three years), the expected effect with its own figures, section rows numbered `1.`–`3.` over items numbered through the
plan, a source number inside a measure, totals (VI: a gypsum stack's restoration plan, items `1.1` under stage rows,
volumes in m², m³ and ha) (KC1); an operator's plan of carrying out an inspector's order, its own numbers beside the order's
clauses `1.1`–`3.1`, breaches with figures before the measures, terms, the responsible and marks of completion (VI: a plan
of remedies after an inspection conclusion citing `mục 2.3`, the money in millions of dong) (KC2).
"""

from __future__ import annotations

from . import vocab
from .common import Doc, distractor, freq, make_bin, maybe_distractor, num
from .limits_data import add, limit
from .registry import ROLES, Layout
from .sources_data import emission

# ---------------------------------------------------------------- helpers


def _L(doc: Doc) -> int:
    return 0 if doc.lang == "ru" else 1


def _rk(doc: Doc):
    """`g(ru, kk)`: the text of a Russian or a Kazakh document."""
    L = _L(doc)
    return lambda ru, kk: (ru, kk)[L]


def _sig(x: float, digits: int = 3) -> float:
    return float(f"{x:.{digits}g}")


def _words(text: str, n: int = 3) -> str:
    return " ".join(text.split()[:n])


def _span(rows: list, merges: list, text: str, width: int) -> None:
    """A row whose first cell spans the table."""
    rows.append([text] + [None] * (width - 1))
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))


def _kind(number: str) -> str:
    return "unorganized" if number.startswith("6") else "organized"


def _kato(doc: Doc, prefix: str) -> str:
    rest = 9 - len(prefix) - 3
    return f"{prefix}{doc.rng.randint(10 ** (rest - 1), 10**rest - 1)}{doc.rng.choice(('000', '100'))}"


def _dms(doc: Doc, base: float) -> tuple[float, str]:
    """A point near `base` in degrees, minutes and seconds with a decimal comma, and its decimal value."""
    x = base + doc.rng.uniform(-0.01, 0.01)
    d = int(x)
    m = int((x - d) * 60)
    s = round((x - d - m / 60) * 3600, 1)
    if s >= 60:
        s = 59.9
    text = f"{d}°{m:02d}'{num(s, 'ru') if s >= 10 else '0' + num(s, 'ru')}\""
    return d + m / 60 + s / 3600, text


# code: (RU, KK, VI name, hazard class as Kazakh tables print it) — names of the list in force
SUB = {
    "0301": ("Азота (IV) диоксид", "Азот (IV) диоксиді", "NOx (tính theo NO2)", 2),
    "0304": ("Азот (II) оксид", "Азот (II) оксиді", "NO", 3),
    "0303": ("Аммиак", "Аммиак", "Amoniac (NH3)", 4),
    "0337": ("Углерод оксид", "Көміртек оксиді", "Cacbon monoxit (CO)", 4),
    "0302": ("Азотная кислота (по молекуле HNO3)", "Азот қышқылы (HNO3 молекуласы бойынша)", "Hơi axit nitric (HNO3)", 2),
    "0305": ("Аммоний нитрат (Аммиачная селитра)", "Аммоний нитраты (аммиак селитрасы)", "", 4),
    "1532": ("Карбамид (Мочевина)", "Карбамид (несепнәр)", "", 4),
    "0342": ("Фтористые газообразные соединения (в пересчете на фтор)", "Фторлы газ тәрізді қосылыстар (фторға шаққанда)",
             "Hợp chất flo (tính theo HF)", 2),
    "0344": ("Фториды неорганические плохо растворимые", "Нашар еритін бейорганикалық фторидтер", "", 2),
    "0330": ("Сера диоксид", "Күкірт диоксиді", "Lưu huỳnh đioxit (SO2)", 3),
    "0322": ("Серная кислота (по молекуле H2SO4)", "Күкірт қышқылы (H2SO4 молекуласы бойынша)", "Hơi axit sunfuric (H2SO4)", 2),
    "2902": ("Взвешенные частицы", "Қалқыма бөлшектер", "Bụi tổng", 3),
    "2908": ("Пыль неорганическая, содержащая двуокись кремния в %: 70-20", "Бейорганикалық шаң: кремний қостотығы 70-20%", "", 3),
    "2909": ("Пыль неорганическая, содержащая двуокись кремния в %: менее 20", "Бейорганикалық шаң: кремний қостотығы 20%-дан төмен", "", 3),
    "0123": ("Железо (II, III) оксиды (в пересчете на железо)", "Темір (II, III) оксидтері (темірге шаққанда)", "", 3),
    "0143": ("Марганец и его соединения", "Марганец және оның қосылыстары", "", 2),
    "0328": ("Углерод (Сажа)", "Көміртек (күйе)", "", 3),
}  # fmt: skip


def _n(doc: Doc, code: str) -> str:
    return SUB[code][vocab.LANGS.index(doc.lang)]


def _hz(code: str) -> int | None:
    return SUB[code][3]


PO4_NAMES = ("Фосфаты (PO4)", "Фосфаттар (PO4)", "Phosphat (PO4 3- tính theo P)")


def _water(key: str, lang: str) -> str:
    """A water parameter's name; phosphates, which the vocabulary lacks, by name of the reference list."""
    return PO4_NAMES[vocab.LANGS.index(lang)] if key == "PO4" else vocab.water(key, lang)


DAILY = {"ru": "ежедневно", "kk": "күн сайын", "vi": "hằng ngày"}
WEEKLY = {"ru": "еженедельно", "kk": "апта сайын", "vi": "hằng tuần"}


def _said(doc: Doc) -> dict[str, str]:
    """One wording per frequency for the whole document."""
    out = {w: freq(doc, w) for w in ("monthly", "quarterly", "semiannual", "yearly", "continuous")}
    out.update(daily=DAILY[doc.lang], weekly=WEEKLY[doc.lang])
    return out


# ---------------------------------------------------------------- facility

# (RU, KK operator, RU, KK object, key RU, key KK, KATO prefix, lat, lon, RU, KK capacity)
N_COMPLEXES = (
    ("ТОО «Каспий Азот Өнімдері»", "«Каспий Азот Өнімдері» ЖШС", "Азотно-туковый комплекс «Каспий Азот»", "«Каспий Азот» азот-тыңайтқыш кешені",
     "Каспий Азот", "Каспий Азот", "4710", 43.6412, 51.2287),
    ("АО «Маңғыстау Тыңайтқыштары»", "«Маңғыстау Тыңайтқыштары» АҚ", "Завод азотных удобрений «Тұран»", "«Тұран» азот тыңайтқыштары зауыты",
     "Тұран", "Тұран", "4710", 43.6705, 51.1932),
)  # fmt: skip
N_UNITS = (
    ("Аммиак", "Аммиак", "агрегат АМ-76", "АМ-76 агрегаты", 448800, 1985),
    ("Азотная кислота (неконц.)", "Азот қышқылы (сұйытылған)", "УКЛ-7, 3 агрегата", "УКЛ-7, 3 агрегат", 360000, 1987),
    ("Карбамид", "Карбамид", "агрегат с грануляционной башней", "түйіршіктеу мұнарасы бар агрегат", 330000, 1989),
    ("Аммиачная селитра", "Аммиак селитрасы", "АС-72М", "АС-72М", 450000, 1990),
)


def facility_kc1(doc: Doc) -> None:
    """A nitrogen complex's card in the register of emissions and transfer of pollutants: `Код строки | показатель |
    значение` with the form's row codes `010`–`130` (look-alikes of item numbers), the postal index, telephone, the number of
    the КЭР and the head count as look-alike figures, coordinates in degrees, minutes and seconds with a decimal comma, the
    activity as the item of annex 2 of the Code (`п. 4.3`), a footnote; the units and their start years in a table of no
    role (VI: a DAP plant's section of a GPMT application, the enterprise number inside the registration certificate's
    sentence, `Nhóm I`, DMS coordinates with `vĩ độ Bắc`, the site's corner points in VN-2000 metres in a table of no role)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_kc1_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    c = doc.pick(N_COMPLEXES)
    operator, name, key = c[L], c[2 + L], c[4 + L]
    bin_, kato = make_bin(r), _kato(doc, c[6])
    lat, lat_t = _dms(doc, c[7])
    lon, lon_t = _dms(doc, c[8])
    hemi = g(("с.ш.", "в.д."), ("с.е.", "ш.б."))
    staff = r.randint(950, 1650)
    doc.h(g("Отчет в Регистр выбросов и переноса загрязнителей за 2025 год. Раздел 1. Сведения об объекте",
            "2025 жылға арналған ластаушы заттардың шығарындылары мен тасымалдануы тіркелімінің есебі. 1-бөлім. Объект туралы мәліметтер"))
    doc.p(g("Форма заполняется оператором объекта I категории; коды строк соответствуют утвержденной форме отчета.",
            "Нысанды I санаттағы объектінің операторы толтырады; жол кодтары бекітілген есеп нысанына сәйкес келеді."))
    rows = [g(["Код строки", "Наименование показателя", "Значение"], ["Жол коды", "Көрсеткіштің атауы", "Мәні"])]
    merges: list = []
    _span(rows, merges, g("А. Оператор", "А. Оператор"), 3)
    rows += [["010", g("Наименование оператора", "Оператордың атауы"), operator],
             ["020", g("Бизнес-идентификационный номер", "Бизнес-сәйкестендіру нөмірі"), bin_],
             ["030", g("Почтовый адрес", "Пошталық мекенжайы"),
              g(f"130000, г. Актау, Промышленная зона, участок {r.randint(2, 40)}", f"130000, Ақтау қ., Өнеркәсіптік аймақ, {r.randint(2, 40)}-учаске")],
             ["040", g("Телефон / факс", "Телефон / факс"), f"+7 7292 {r.randint(20, 79)}-{r.randint(10, 99)}-{r.randint(10, 99)}"]]
    _span(rows, merges, g("Б. Объект", "Б. Объект"), 3)
    rows += [["050", g("Наименование объекта", "Объектінің атауы"), name],
             ["060", g("Вид деятельности (приложение 2 к Экологическому кодексу РК)", "Қызмет түрі (ҚР Экологиялық кодексіне 2-қосымша)"),
              g("раздел 1, п. 4.3 – производство азотных удобрений", "1-бөлім, 4.3-т. – азот тыңайтқыштарын өндіру")],
             ["070", g("Код ОКЭД", "ЭҚЖЖ коды"), g("20150 – Производство удобрений и азотных соединений", "20150 – Тыңайтқыштар мен азот қосылыстарын өндіру")],
             ["080", g("Код КАТО места нахождения", "Орналасқан жерінің ҚАТО коды"), kato],
             ["090", g("Координаты (центр площадки)", "Координаттары (алаң орталығы)"), f"{lat_t} {hemi[0]}, {lon_t} {hemi[1]}"],
             ["100", g("Категория объекта", "Объектінің санаты"), "I"],
             ["110", g("Номер КЭР", "КЭР нөмірі"), f"KZ{r.randint(10, 99)}VCZ{r.randint(10**7, 10**8 - 1)}"],
             ["120", g("Среднесписочная численность, чел.", "Орташа тізімдік саны, адам"), num(staff, doc.lang)],
             ["130", g("Число часов работы в году*", "Жылдағы жұмыс сағаттарының саны*"), num(8040, doc.lang)]]
    doc.table(g("Таблица 1.1", "1.1-кесте"), rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": key, "kato": kato, "oked": "20150", "category": "I",
                           "lat": round(lat, 6), "lon": round(lon, 6)})
    doc.p(g("* Для агрегата аммиака с учетом планового капитального ремонта продолжительностью 30 суток.",
            "* Аммиак агрегаты үшін ұзақтығы 30 тәулік жоспарлы күрделі жөндеуді ескере отырып."))
    rows = [g(["Продукция", "Установка", "Мощность, т/год", "Год ввода"], ["Өнім", "Қондырғы", "Қуаты, т/жыл", "Іске қосылған жылы"])]
    for u in N_UNITS:
        rows.append([u[L], u[2 + L], num(u[4], doc.lang), str(u[5])])
    doc.table(g("Таблица 1.2 – Производственные мощности", "1.2-кесте – Өндірістік қуаттар"), rows, role="other")


def _facility_kc1_vi(doc: Doc) -> None:
    r = doc.rng
    company = doc.pick(("Công ty Cổ phần DAP Cát Hải", "Công ty TNHH Phân bón Hóa chất Đình Vũ Xanh"))
    msdn = "02" + f"{r.randint(0, 99999999):08d}"
    lat, lat_t = _dms(doc, 20.8365)
    lon, lon_t = _dms(doc, 106.7688)
    doc.h("BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG CỦA CƠ SỞ “NHÀ MÁY SẢN XUẤT PHÂN BÓN DAP SỐ 2”")
    doc.h("Chương I. THÔNG TIN CHUNG VỀ CƠ SỞ")
    rows = [["TT", "Nội dung", "Thông tin"],
            ["1", "Tên chủ cơ sở", company],
            ["2", "Địa chỉ văn phòng", f"Lô GB{r.randint(1, 9)}, Khu kinh tế Đình Vũ – Cát Hải, phường Đông Hải, thành phố Hải Phòng"],
            ["3", "Người đại diện theo pháp luật", f"Ông {doc.pick(('Vũ Đức Thịnh', 'Đỗ Văn Khiêm', 'Phạm Quang Huy'))} – Tổng Giám đốc"],
            ["4", "Điện thoại", f"0225 {r.randint(3700, 3899)} {r.randint(100, 999)}"],
            ["5", "Giấy chứng nhận đăng ký doanh nghiệp",
             f"Mã số doanh nghiệp {msdn}, đăng ký lần đầu ngày 15/5/2009, đăng ký thay đổi lần thứ {r.randint(8, 14)} ngày 02/10/2024"],
            ["6", "Tên cơ sở", "Nhà máy sản xuất phân bón DAP số 2"],
            ["7", "Địa điểm cơ sở", "Khu công nghiệp Đình Vũ, phường Đông Hải, thành phố Hải Phòng"],
            ["8", "Tọa độ trung tâm (WGS-84)", f"{lat_t.replace(chr(34), chr(39) * 2)} vĩ độ Bắc; {lon_t.replace(chr(34), chr(39) * 2)} kinh độ Đông"],
            ["9", "Quy mô, công suất", "DAP 330.000 tấn/năm; axit photphoric 165.000 tấn P2O5/năm; axit sunfuric 400.000 tấn/năm"],
            ["10", "Phân loại theo Luật Bảo vệ môi trường",
             "Cơ sở thuộc Nhóm I (mục 3 Phụ lục III Nghị định số 08/2022/NĐ-CP) – loại hình sản xuất phân bón hóa học có nguy cơ gây ô nhiễm môi trường"]]  # fmt: skip
    doc.table("Bảng 1.1. Thông tin chung về chủ cơ sở và cơ sở", rows, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": "DAP số 2", "category": "I", "lat": round(lat, 6), "lon": round(lon, 6)})
    rows = [["Điểm góc", "X (m)", "Y (m)"]]
    for k in range(1, 5):
        rows.append([f"M{k}", num(2303400 + r.randint(-900, 900), "vi"), num(598200 + r.randint(-900, 900), "vi")])
    doc.table("Bảng 1.2. Tọa độ các điểm góc ranh giới cơ sở (hệ VN-2000, kinh tuyến trục 105°45', múi chiếu 3°)", rows, role="other")
    doc.p(f"Tổng diện tích khu đất {num(round(r.uniform(38, 55), 1), 'vi')} ha; bãi thải gyps số 2 nằm cách nhà máy khoảng 1,8 km về phía Đông Nam.")
    maybe_distractor(doc, 0.3)


# (RU, KK district section, [(RU, KK operator, op key, RU, KK object, key RU, key KK, KATO prefix, lat, lon, category, permit kind)])
PHOS_REGISTER = (
    (("г. Тараз", "Тараз қ."), [
        (0, "Завод минеральных удобрений (экстракционная фосфорная кислота, аммофос, серная кислота)",
         "Минералды тыңайтқыштар зауыты (экстракциялық фосфор қышқылы, аммофос, күкірт қышқылы)", "Минеральных удобрений",
         "Минералды тыңайтқыштар", "3110", 42.8786, 71.3102, "I", "20150"),
        (0, "Накопитель фосфогипса № 2", "№ 2 фосфогипс жинақтауышы", "фосфогипса № 2", "№ 2 фосфогипс", "3110", 42.8541, 71.2655, "I", "38210"),
    ]),
    (("Сарысуский район", "Сарысу ауданы"), [
        (1, "Завод по производству суперфосфата и фосфоритной муки", "Суперфосфат және фосфорит ұнын өндіру зауыты", "суперфосфата",
         "Суперфосфат", "3150", 43.5522, 69.7419, "II", "20150"),
    ]),
    (("Шуский район", "Шу ауданы"), [
        (2, "Склад аммиачной селитры и аммофоса с фасовкой", "Аммиак селитрасы мен аммофос қоймасы, қаптау учаскесімен", "аммиачной селитры",
         "селитрасы", "3160", 43.5981, 73.7604, "III", "52100"),
    ]),
)  # fmt: skip
PHOS_OPERATORS = (("ТОО «Тараз Фосфор Тыңайтқыштары»", "«Тараз Фосфор Тыңайтқыштары» ЖШС"), ("ТОО «Қаратау Суперфосфат»", "«Қаратау Суперфосфат» ЖШС"),
                  ("ТОО «Шу Агрохимсервис»", "«Шу Агрохимсервис» ЖШС"))


def facility_kc2(doc: Doc) -> None:
    """A regional department of ecology's register of the phosphate-fertiliser objects of its oblast: a header over two rows
    (`Координаты центра` merged over `широта | долгота`), district rows spanning the table, the operator and its BIN in one
    cell on two lines, one operator with two objects (the plant and its phosphogypsum stack, the stack with its own OKED),
    categories I to III, decimal coordinates with a comma, the permit's number and date as look-alikes, a footnote; the count
    by category in a table of no role (VI: a fertiliser corporation's list of its member plants, each a company with its
    own enterprise number, `Nhóm I`/`Nhóm II`, VSIC codes, coordinates as `21,4012° N`)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_kc2_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    bins = [make_bin(r) for _ in PHOS_OPERATORS]
    doc.h(g("Департамент экологии по Жамбылской области. Перечень объектов по производству и хранению фосфорных и азотных удобрений",
            "Жамбыл облысы бойынша экология департаменті. Фосфор және азот тыңайтқыштарын өндіру және сақтау объектілерінің тізбесі"))
    doc.p(g("Сведения по состоянию на 01.01.2026 для планирования проверок и мониторинга исполнения экологических разрешений.",
            "Тексерулерді жоспарлау және экологиялық рұқсаттардың орындалуын мониторингтеу үшін 01.01.2026 жағдай бойынша мәліметтер."))
    head1 = g(["№", "Оператор, БИН", "Объект", "ОКЭД", "КАТО", "Координаты центра", None, "Кат.", "Разрешение (№, дата)"],
              ["№", "Оператор, БСН", "Объект", "ЭҚЖЖ", "ҚАТО", "Орталығының координаттары", None, "Сан.", "Рұқсат (№, күні)"])
    head2 = [None] * 5 + g(["широта", "долгота"], ["ендік", "бойлық"]) + [None, None]
    rows = [head1, head2]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 4, 7, 8)] + [(0, 5, 0, 6)]
    k = 0
    for (d_ru, d_kk), objs in PHOS_REGISTER:
        _span(rows, merges, (d_ru, d_kk)[L], 9)
        for op, o_ru, o_kk, k_ru, k_kk, prefix, la, lo, cat, oked in objs:
            k += 1
            kato = _kato(doc, prefix)
            lat, lon = round(la + r.uniform(-0.004, 0.004), 4), round(lo + r.uniform(-0.004, 0.004), 4)
            kind = g("КЭР", "КЭР") if cat == "I" else g("разрешение на воздействие", "әсер етуге рұқсат") if cat == "II" else g("декларация", "декларация")
            date = f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.{r.choice((2023, 2024, 2025))}"
            permit = f"{kind} № KZ{r.randint(10, 99)}VCZ{r.randint(10**7, 10**8 - 1)} " + g(f"от {date}", f"{date} ж.")
            rows.append([str(k), f"{PHOS_OPERATORS[op][L]}\n{g('БИН', 'БСН')} {bins[op]}", (o_ru, o_kk)[L], oked, kato,
                         num(lat, doc.lang), num(lon, doc.lang), cat + ("*" if k == 2 else ""), permit])
            doc.add("facilities", {"bin": bins[op], "name_contains": (k_ru, k_kk)[L], "kato": kato, "oked": oked, "category": cat,
                                   "lat": lat, "lon": lon})
    doc.table(g("Таблица 1", "1-кесте"), rows, merges, role="facility")
    doc.p(g("* Накопитель фосфогипса включен в КЭР завода минеральных удобрений как отдельная производственная площадка.",
            "* Фосфогипс жинақтауышы минералды тыңайтқыштар зауытының КЭР-іне жеке өндірістік алаң ретінде енгізілген."))
    doc.table(g("Таблица 2 – Сводные данные", "2-кесте – Жиынтық деректер"), [
        g(["Категория", "Количество объектов", "Доля, %"], ["Санаты", "Объектілер саны", "Үлесі, %"]),
        ["I", "2", "50"], ["II", "1", "25"], ["III", "1", "25"], [g("Итого", "Барлығы"), "4", "100"]], role="other")


# (VI plant, key, company, province prefix, VSIC, lat, lon, group, capacity)
VN_GROUP = (
    ("Nhà máy Đạm Xương Giang", "Đạm Xương Giang", "Công ty TNHH MTV Phân đạm và Hóa chất Xương Giang", "24", "2012", 21.2921, 106.1983, "I", "Urê 500.000 tấn/năm"),
    ("Nhà máy Supe phốt phát Thao Giang", "Supe phốt phát", "Công ty Cổ phần Supe Phốt phát Thao Giang", "26", "2012", 21.3017, 105.2905, "I",
     "Supe lân 800.000 tấn/năm; axit sunfuric 320.000 tấn/năm"),
    ("Nhà máy Phân lân nung chảy Ngọc Hồi", "Phân lân nung chảy", "Công ty Cổ phần Phân lân Ngọc Hồi", "01", "2012", 20.9468, 105.8453, "II",
     "Phân lân nung chảy 300.000 tấn/năm"),
    ("Xưởng đóng bao, kho phân bón Cảng Cái Lân", "Cái Lân", "Công ty TNHH Kho vận Phân bón Cái Lân", "57", "5210", 20.9702, 107.0451, "III",
     "Kho 60.000 tấn"),
)  # fmt: skip


def _facility_kc2_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("TỔNG CÔNG TY PHÂN BÓN VÀ HÓA CHẤT SÔNG HỒNG – DANH SÁCH CÁC ĐƠN VỊ THÀNH VIÊN VÀ THÔNG TIN MÔI TRƯỜNG")
    doc.p("Kèm theo báo cáo tổng hợp công tác bảo vệ môi trường năm 2025 gửi Bộ Công Thương. Tên tỉnh, thành phố ghi theo địa giới "
          "hành chính sau sắp xếp năm 2025.")
    rows = [["STT", "Đơn vị / cơ sở", "Mã số doanh nghiệp", "Mã ngành VSIC", "Tọa độ", None, "Phân nhóm", "Công suất"],
            [None, None, None, None, "Vĩ độ", "Kinh độ", None, None]]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 6, 7)] + [(0, 4, 0, 5)]
    for k, (plant, key, company, prefix, vsic, la, lo, grp, cap) in enumerate(VN_GROUP, 1):
        msdn = prefix + f"{r.randint(0, 99999999):08d}"
        lat, lon = round(la + r.uniform(-0.003, 0.003), 4), round(lo + r.uniform(-0.003, 0.003), 4)
        rows.append([str(k), f"{plant}\n({company})", msdn, vsic, f"{num(lat, 'vi')}° N", f"{num(lon, 'vi')}° E", f"Nhóm {grp}", cap])
        doc.add("facilities", {"bin": msdn, "name_contains": key, "category": grp, "lat": lat, "lon": lon})
    doc.table("Bảng 1. Thông tin các cơ sở sản xuất, kinh doanh", rows, merges, role="facility")
    doc.p("Ghi chú: VSIC 2012 – Sản xuất phân bón và hợp chất ni tơ; 5210 – Kho bãi và lưu giữ hàng hóa. Tọa độ theo hệ WGS-84.")
    distractor(doc, "contacts")


# ---------------------------------------------------------------- emissions

MATRIX_CODES = ("0301", "0304", "0303", "0337", "0302", "0305", "1532")
# (RU, KK section, [(number, RU, KK source, hours a year, {code: (low, high) g/s})])
N_SOURCES = (
    (("Производство аммиака и азотной кислоты", "Аммиак және азот қышқылы өндірісі"), [
        ("0001", "Дымовая труба печи первичного риформинга агрегата аммиака", "Аммиак агрегатының бастапқы риформинг пешінің түтін мұржасы", 8040,
         {"0301": (2.5, 4.5), "0304": (0.4, 0.7), "0337": (0.8, 2.2)}),
        ("0002", "Выхлопная труба хвостовых газов агрегатов УКЛ-7", "УКЛ-7 агрегаттарының қалдық газдарының шығару құбыры", 8200,
         {"0301": (3.0, 6.0), "0304": (0.5, 1.0), "0303": (0.05, 0.2)}),
    ]),
    (("Производство карбамида и аммиачной селитры", "Карбамид және аммиак селитрасы өндірісі"), [
        ("0003", "Грануляционная башня карбамида", "Карбамидтің түйіршіктеу мұнарасы", 8000, {"0303": (1.5, 3.0), "1532": (2.0, 4.5)}),
        ("0004", "Грануляционная башня аммиачной селитры", "Аммиак селитрасының түйіршіктеу мұнарасы", 8000,
         {"0303": (0.6, 1.4), "0302": (0.05, 0.2), "0305": (1.2, 2.8)}),
        ("0005", "Вытяжная труба аппаратов ИТН", "ИТН аппараттарының сорып шығару құбыры", 8000, {"0303": (0.2, 0.6), "0302": (0.02, 0.08)}),
    ]),
    (("Неорганизованные источники", "Ұйымдастырылмаған көздер"), [
        ("6001", "Изотермическое хранилище жидкого аммиака (неплотности арматуры)", "Сұйық аммиактың изотермиялық қоймасы (арматураның тығыз еместігі)",
         8760, {"0303": (0.01, 0.05)}),
        ("6002", "Узел погрузки карбамида в вагоны", "Карбамидті вагондарға тиеу торабы", 3000, {"1532": (0.05, 0.2)}),
    ]),
)  # fmt: skip


def emissions_kc1(doc: Doc) -> None:
    """A nitrogen complex's НДВ table written as a matrix: the sources in rows, the seven substances in columns, each with
    `г/с | т/год` under it — a header of four rows: the merged title, the code and name merged over the pair, the hazard
    class in a row of its own and the units in another — dashes where a source does not emit a substance, production rows
    spanning the table, the plant's total per column (VI: a urea plant's loads by stack in a GPMT application, the stack
    named and merged down over its parameters with the flow in Nm³/h and the concentration in mg/Nm³ before g/s and tonnes,
    the stacks' heights and diameters in a table of no role)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_kc1_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    c = doc.pick(N_COMPLEXES)
    width = 2 + 2 * len(MATRIX_CODES)
    doc.h(g(f"Проект нормативов допустимых выбросов {c[0]} ({c[2]}) на 2026–2035 годы",
            f"{c[1]} ({c[3]}) 2026–2035 жылдарға арналған жол берілетін шығарындылар нормативтерінің жобасы"))
    doc.p(g("Нормативы допустимых выбросов установлены на уровне фактических выбросов при работе агрегатов на проектной мощности.",
            "Жол берілетін шығарындылар нормативтері агрегаттар жобалық қуатта жұмыс істеген кездегі нақты шығарындылар деңгейінде белгіленді."))
    rows = [[g("№ ИЗА", "ЛШК №"), g("Наименование источника выброса", "Шығарынды көзінің атауы"),
             g("Выбросы загрязняющих веществ по кодам", "Ластаушы заттардың кодтар бойынша шығарындылары")] + [None] * (width - 3),
            [None, None], [g("Класс опасности", "Қауіптілік сыныбы"), None], [g("Ед. изм.", "Өлш. бірл."), None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, width - 1), (2, 0, 2, 1), (3, 0, 3, 1)]
    for i, code in enumerate(MATRIX_CODES):
        col = 2 + 2 * i
        rows[1] += [f"{code} {_n(doc, code)}", None]
        rows[2] += [str(_hz(code)), None]
        rows[3] += ["г/с", g("т/год", "т/жыл")]
        merges += [(1, col, 1, col + 1), (2, col, 2, col + 1)]
    sums = {code: [0.0, 0.0] for code in MATRIX_CODES}
    numbers = []
    for (s_ru, s_kk), sources in N_SOURCES:
        _span(rows, merges, (s_ru, s_kk)[L], width)
        for number, n_ru, n_kk, hours, codes in sources:
            if number == "0005" and r.random() < 0.4:
                continue
            line = [number, (n_ru, n_kk)[L]]
            for code in MATRIX_CODES:
                if code not in codes:
                    line += ["–", "–"]
                    continue
                gs = _sig(r.uniform(*codes[code]), 3)
                ty = _sig(gs * 3600 * hours * r.uniform(0.8, 0.97) / 1e6, 4)
                line += [num(gs, doc.lang), num(ty, doc.lang)]
                sums[code][0] += gs
                sums[code][1] += ty
                doc.add("emissions", emission(code, gs, ty, number, _hz(code)))
            rows.append(line)
            numbers.append(number)
    total = [g("Всего по предприятию", "Кәсіпорын бойынша барлығы"), None]
    for code in MATRIX_CODES:
        total += [num(round(sums[code][0], 4), doc.lang), num(round(sums[code][1], 4), doc.lang)]
    rows.append(total)
    merges.append((len(rows) - 1, 0, len(rows) - 1, 1))
    doc.table(g("Таблица 5.2 – Нормативы выбросов загрязняющих веществ в атмосферу по источникам",
                "5.2-кесте – Көздер бойынша атмосфераға ластаушы заттар шығарындыларының нормативтері"), rows, merges, role="emissions")
    doc.add("sources", *({"number": n, "type": _kind(n)} for n in numbers))
    doc.p(g("Примечание: для карбамида и аммиачной селитры установлены только среднесуточные ПДК; класс опасности принят по перечню.",
            "Ескерту: карбамид пен аммиак селитрасы үшін тек орташа тәуліктік ШРК белгіленген; қауіптілік сыныбы тізбе бойынша қабылданды."))
    maybe_distractor(doc)


# (VI stack, (low, high) Nm3/h, {code: (low, high) mg/Nm3})
VN_UREA_STACKS = (
    ("KT1 – Ống thải tháp tạo hạt urê", (550000, 700000), {"2902": (30, 60), "0303": (40, 70)}),
    ("KT2 – Ống khói lò reforming sơ cấp", (180000, 220000), {"0301": (120, 220), "0337": (40, 90), "2902": (5, 15)}),
    ("KT3 – Ống khói lò hơi phụ trợ (đốt khí thiên nhiên)", (90000, 120000), {"0301": (100, 180), "0337": (20, 60)}),
    ("KT4 – Ống thải tháp hấp thụ NH3 khu tổng hợp urê", (3000, 6000), {"0303": (20, 45)}),
)
VN_SHORT = {"2902": "Bụi tổng", "0303": "NH3", "0301": "NOx (tính theo NO2)", "0337": "CO", "0330": "SO2", "0322": "H2SO4", "0342": "HF"}


def _emissions_kc1_vi(doc: Doc) -> None:
    r = doc.rng
    hours = 8000
    doc.h("BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – NHÀ MÁY ĐẠM SÔNG ĐỐC")
    doc.h("3.2. Công trình, biện pháp xử lý bụi, khí thải")
    doc.p(f"Tải lượng được tính theo kết quả quan trắc năm 2024 và thời gian vận hành {num(hours, 'vi')} giờ/năm. Nồng độ quy về điều kiện "
          "chuẩn (25 °C, 760 mmHg).")
    rows = [["TT", "Nguồn thải", "Lưu lượng (Nm³/h)", "Thông số", "Nồng độ (mg/Nm³)", "Tải lượng", None],
            [None, None, None, None, None, "g/s", "tấn/năm"]]
    merges = [(0, c, 1, c) for c in range(5)] + [(0, 5, 0, 6)]
    for k, (name, (qlo, qhi), params) in enumerate(VN_UREA_STACKS, 1):
        q = r.randint(qlo // 1000, qhi // 1000) * 1000
        start = len(rows)
        for j, (code, (lo, hi)) in enumerate(params.items()):
            conc = r.randint(lo, hi)
            gs = _sig(conc * q / 3.6e6, 3)
            ty = _sig(gs * 3600 * hours / 1e6, 3)
            rows.append([str(k) if j == 0 else None, name if j == 0 else None, num(q, "vi") if j == 0 else None, VN_SHORT[code],
                         num(conc, "vi"), num(gs, "vi"), num(ty, "vi")])
            doc.add("emissions", emission(code, gs, ty))
        if len(params) > 1:
            merges += [(start, c, len(rows) - 1, c) for c in range(3)]
    doc.table("Bảng 3.5. Lưu lượng, nồng độ và tải lượng các chất ô nhiễm trong khí thải", rows, merges, role="emissions")
    rows = [["Ký hiệu", "Chiều cao (m)", "Đường kính (m)", "Nhiệt độ khí thải (°C)"],
            ["KT1", "95", num(r.choice((8.5, 9.0, 9.5)), "vi"), str(r.randint(55, 70))],
            ["KT2", "45", "3,2", str(r.randint(160, 190))],
            ["KT3", "40", "2,4", str(r.randint(140, 170))],
            ["KT4", "30", "0,4", str(r.randint(35, 45))]]
    doc.table("Bảng 3.6. Thông số kỹ thuật các ống thải", rows, role="other")


# (number, RU, KK source, height m, diameter m or None, hours, {code: (low, high) g/s})
STACK_WORKS = {
    "construction": [
        ("0001", "Дизельная электростанция АД-100", "АД-100 дизельдік электр станциясы", 3, 0.1, 1400,
         {"0301": (0.05, 0.12), "0304": (0.008, 0.02), "0328": (0.004, 0.01), "0330": (0.01, 0.03), "0337": (0.06, 0.15)}),
        ("6001", "Выемка и перемещение грунта при наращивании дамбы", "Бөгетті биіктету кезінде топырақты қазу және орын ауыстыру", 2, None, 1400,
         {"2908": (0.2, 0.6)}),
        ("6002", "Сварочный пост (монтаж пульпопровода)", "Дәнекерлеу посты (пульпа құбырын монтаждау)", 2, None, 600,
         {"0123": (0.004, 0.01), "0143": (0.0004, 0.001)}),
    ],
    "operation": [
        ("6003", "Пыление сухих пляжей карты № 3 накопителя фосфогипса", "Фосфогипс жинақтауышының № 3 картасының құрғақ жағажайларының шаңдануы",
         5, None, 8760, {"2909": (0.3, 0.9), "0344": (0.002, 0.008)}),
        ("6004", "Выделение фтористых соединений с зеркала осветленной воды", "Мөлдірленген су айнасынан фторлы қосылыстардың бөлінуі", 2, None,
         8760, {"0342": (0.003, 0.012)}),
        ("6005", "Экскавация и погрузка фосфогипса потребителям", "Фосфогипсті қазу және тұтынушыларға тиеу", 3, None, 2000, {"2909": (0.08, 0.3)}),
    ],
}  # fmt: skip


def emissions_kc2(doc: Doc) -> None:
    """A phosphate plant's ОВОС for raising the dam of its phosphogypsum stack: the parameters of emissions by period, a header
    of three rows (groups over `высота | диаметр`, the map coordinates `X1 | Y1` in metres, `код | наименование`, `г/с | мг/м³ |
    т/год`, then the column numbers), period rows spanning the table, each source's number, name, height, diameter and
    coordinates merged down over its substances, tonnes per period for the construction, subtotals per period, no hazard
    class (VI: a superphosphate and DAP plant's annual report of totals from its automated stations, tonnes only, the yearly
    mean concentration, mean flow and hours merged down as look-alikes, the stations' data completeness in a table of no role)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_kc2_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    op = PHOS_OPERATORS[0][L]
    doc.h(g(f"Отчет о возможных воздействиях. Наращивание дамбы карты № 3 накопителя фосфогипса {op}",
            f"Ықтимал әсерлер туралы есеп. {op} фосфогипс жинақтауышының № 3 картасының бөгетін биіктету"))
    doc.p(g("Строительство продолжительностью 7 месяцев (апрель – октябрь 2026 года); эксплуатация карты – с 2027 года. Координаты "
            "источников даны в условной системе карты-схемы предприятия.",
            "Құрылыс ұзақтығы 7 ай (2026 жылғы сәуір – қазан); картаны пайдалану – 2027 жылдан бастап. Көздердің координаттары кәсіпорынның "
            "карта-схемасының шартты жүйесінде берілген."))
    rows = [[g("№ ИЗА", "ЛШК №"), g("Наименование источника", "Көздің атауы"), g("Параметры источника", "Көздің параметрлері"), None,
             g("Координаты на карте-схеме, м", "Карта-схемадағы координаттар, м"), None, g("Загрязняющее вещество", "Ластаушы зат"), None,
             g("Выброс", "Шығарынды"), None, None],
            [None, None, g("высота, м", "биіктігі, м"), g("диаметр устья, м", "сағасының диаметрі, м"), "X1", "Y1", g("код", "коды"),
             g("наименование", "атауы"), "г/с", "мг/м³", g("т/год*", "т/жыл*")],
            [str(k) for k in range(1, 12)]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 0, 5), (0, 6, 0, 7), (0, 8, 0, 10)]
    titles = {"construction": g("Период строительства (апрель – октябрь 2026 г.)", "Құрылыс кезеңі (2026 ж. сәуір – қазан)"),
              "operation": g("Период эксплуатации (с 2027 г.)", "Пайдалану кезеңі (2027 ж. бастап)")}
    subtot = {"construction": g("Итого за период строительства", "Құрылыс кезеңі бойынша жиыны"),
              "operation": g("Итого за период эксплуатации", "Пайдалану кезеңі бойынша жиыны")}
    numbers = []
    for period, sources in STACK_WORKS.items():
        _span(rows, merges, titles[period], 11)
        sg = st = 0.0
        for number, n_ru, n_kk, height, diam, hours, codes in sources:
            x, y = r.randint(120, 2400), r.randint(80, 1900)
            start = len(rows)
            for j, (code, (lo, hi)) in enumerate(codes.items()):
                gs = _sig(r.uniform(lo, hi), 3)
                ty = _sig(gs * 3600 * hours * r.uniform(0.7, 0.95) / 1e6, 3)
                conc = num(round(gs * 1000 / 0.35, 1), doc.lang) if diam else "–"
                head = [number, (n_ru, n_kk)[L], str(height), num(diam, doc.lang) if diam else "–", str(x), str(y)] if j == 0 else [None] * 6
                rows.append(head + [code, _n(doc, code), num(gs, doc.lang), conc, num(ty, doc.lang)])
                doc.add("emissions", emission(code, gs, ty, number, None, period))
                sg += gs
                st += ty
            if len(codes) > 1:
                merges += [(start, c, len(rows) - 1, c) for c in range(6)]
            numbers.append(number)
        rows.append([subtot[period]] + [None] * 7 + [num(round(sg, 5), doc.lang), "", num(round(st, 5), doc.lang)])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 7))
    doc.table(g("Таблица 4.3 – Параметры выбросов загрязняющих веществ в атмосферу", "4.3-кесте – Атмосфераға ластаушы заттар шығарындыларының параметрлері"),
              rows, merges, role="emissions")
    doc.add("sources", *({"number": n, "type": _kind(n)} for n in numbers))
    doc.p(g("* Для периода строительства – тонн за период.", "* Құрылыс кезеңі үшін – кезеңге тонна."))
    maybe_distractor(doc, 0.3)


# (VI stack, [(code, (low, high) mg/Nm3)], (low, high) m3/h)
VN_CEMS = (
    ("Ống khói tháp hấp thụ cuối – dây chuyền axit sunfuric", [("0330", (250, 450)), ("0322", (10, 30))], (95000, 120000)),
    ("Ống thải hệ thống rửa khí – xưởng axit photphoric", [("0342", (2, 6)), ("2902", (15, 40))], (60000, 80000)),
    ("Ống thải tháp tạo hạt – xưởng DAP", [("2902", (40, 90)), ("0303", (20, 45)), ("0342", (1, 4))], (250000, 320000)),
)


def _emissions_kc2_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – CÔNG TY CỔ PHẦN SUPE PHỐT PHÁT VÀ DAP THAO GIANG")
    doc.p("Mục 2.3. Kết quả quan trắc khí thải tự động, liên tục. Tổng lượng thải được tính từ nồng độ trung bình năm, lưu lượng trung bình "
          "và số giờ hoạt động của từng ống thải.")
    rows = [["TT", "Nguồn thải", "Thông số", "Nồng độ TB năm (mg/Nm³)", "Lưu lượng TB (m³/h)", "Số giờ hoạt động (h/năm)", "Tổng lượng thải (tấn/năm)"]]
    merges = []
    for k, (stack, params, (qlo, qhi)) in enumerate(VN_CEMS, 1):
        q = r.randint(qlo // 100, qhi // 100) * 100
        hours = r.randint(7400, 8300)
        start = len(rows)
        for j, (code, (lo, hi)) in enumerate(params):
            conc = round(r.uniform(lo, hi), 1)
            ty = _sig(conc * q * hours / 1e9, 3)
            rows.append([str(k) if j == 0 else None, stack if j == 0 else None, VN_SHORT[code], num(conc, "vi"),
                         num(q, "vi") if j == 0 else None, num(hours, "vi") if j == 0 else None, num(ty, "vi")])
            doc.add("emissions", emission(code, None, ty))
        merges += [(start, c, len(rows) - 1, c) for c in (0, 1, 4, 5)]
    doc.table("Bảng 2.4. Tổng lượng phát thải bụi, khí thải năm 2025", rows, merges, role="emissions")
    doc.table("Bảng 2.5. Tỷ lệ dữ liệu nhận được của các trạm quan trắc tự động", [
        ["Trạm", "Số giờ có dữ liệu", "Tỷ lệ (%)", "Truyền về Sở Nông nghiệp và Môi trường"],
        ["Trạm KT-01", num(r.randint(8100, 8600), "vi"), num(round(r.uniform(93, 99), 1), "vi"), "Có"],
        ["Trạm KT-02", num(r.randint(8100, 8600), "vi"), num(round(r.uniform(93, 99), 1), "vi"), "Có"],
        ["Trạm KT-03", num(r.randint(7900, 8600), "vi"), num(round(r.uniform(90, 99), 1), "vi"), "Có"]], role="other")


# ---------------------------------------------------------------- wastes

# (RU, KK shop, [(code, RU, KK waste, (low, high, unit), RU, KK how often formed, RU, KK handling)])
N_WASTES = (
    (("Цех аммиака", "Аммиак цехы"), [
        ("16 08 02*", "Отработанный никелевый катализатор первичного риформинга", "Бастапқы риформингтің пайдаланылған никель катализаторы",
         (18, 26, "t"), "1 раз в 5 лет (замена в 2026 г.)", "5 жылда 1 рет (2026 ж. ауыстыру)", "передача на регенерацию", "регенерацияға беру"),
        ("16 08 02*", "Отработанный медьсодержащий катализатор конверсии СО", "СО конверсиясының мыс құрамды пайдаланылған катализаторы",
         (30, 45, "t"), "1 раз в 4 года", "4 жылда 1 рет", "передача на регенерацию", "регенерацияға беру"),
        ("16 08 03", "Отработанный железный катализатор синтеза аммиака", "Аммиак синтезінің пайдаланылған темір катализаторы",
         (40, 70, "t"), "1 раз в 8–10 лет", "8–10 жылда 1 рет", "передача на переработку", "қайта өңдеуге беру"),
    ]),
    (("Цех азотной кислоты", "Азот қышқылы цехы"), [
        ("16 08 01", "Отработанные платиноидные каталитические сетки", "Пайдаланылған платиноидты каталитикалық торлар",
         (150, 420, "kg"), "2 раза в год", "жылына 2 рет", "возврат на аффинаж", "аффинаждауға қайтару"),
        ("16 08 01", "Отработанный палладиевый катализатор очистки хвостовых газов", "Қалдық газдарды тазартудың пайдаланылған палладий катализаторы",
         (300, 800, "kg"), "1 раз в 3 года", "3 жылда 1 рет", "возврат на аффинаж", "аффинаждауға қайтару"),
    ]),
    (("Цех карбамида и аммиачной селитры", "Карбамид және аммиак селитрасы цехы"), [
        ("06 10 99", "Смет и некондиционная аммиачная селитра", "Аммиак селитрасының сыпырындысы және кондициясыз селитра",
         (25, 60, "t"), "постоянно", "тұрақты", "растворение и возврат в производство", "ерітіп, өндіріске қайтару"),
        ("06 10 99", "Комки и отсев карбамида", "Карбамид кесектері мен елегінен өткен қалдығы",
         (40, 90, "t"), "постоянно", "тұрақты", "реализация как удобрения", "тыңайтқыш ретінде өткізу"),
    ]),
    (("Вспомогательные службы", "Қосалқы қызметтер"), [
        ("13 02 05*", "Отработанные компрессорные масла", "Пайдаланылған компрессор майлары", (6, 14, "t"), "при ТО", "ТҚ кезінде",
         "передача на регенерацию", "регенерацияға беру"),
        ("15 02 02*", "Промасленная ветошь", "Майланған шүберек", (800, 1800, "kg"), "постоянно", "тұрақты", "передача на сжигание", "жағуға беру"),
        ("20 01 21*", "Отработанные ртутные лампы", "Пайдаланылған сынап шамдары", (150, 400, "kg"), "постоянно", "тұрақты",
         "демеркуризация", "демеркуризациялау"),
        ("19 09 02", "Осадок осветлителей химводоочистки", "Химиялық су тазарту мөлдірлендіргіштерінің тұнбасы", (120, 260, "t"), "постоянно",
         "тұрақты", "размещение на полигоне", "полигонға орналастыру"),
        ("17 04 05", "Лом черных металлов", "Қара металдар сынығы", (150, 400, "t"), "при ремонтах", "жөндеу кезінде", "реализация", "өткізу"),
        ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", (120, 190, "t"), "постоянно", "тұрақты",
         "вывоз на полигон ТБО", "ҚТҚ полигонына шығару"),
    ]),
)  # fmt: skip


def wastes_kc1(doc: Doc) -> None:
    """A nitrogen complex's inventory of wastes for 2026 by shop: the code first, then `опасный`/`неопасный` in a column of
    its own, the amount with its unit in the cell (`12,4 т`, `380 кг` for the platinum gauzes and the palladium catalyst),
    how often the waste forms (`1 раз в 5 лет`, `постоянно`) as a look-alike of a frequency, shops' subtotals in tonnes and
    the plant's total; the same code on two catalysts and on two fertiliser wastes (VI: a urea plant's GPMT annex of wastes
    in kilograms a year under three sections — hazardous with their CTNH codes and state, ordinary industrial, domestic —
    the dash in the code column of ordinary wastes, a total per section)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_kc1_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    c = doc.pick(N_COMPLEXES)
    doc.h(g(f"Программа управления отходами {c[0]}. Приложение 2. Инвентаризация отходов на 2026 год",
            f"{c[1]} қалдықтарды басқару бағдарламасы. 2-қосымша. 2026 жылға арналған қалдықтарды түгендеу"))
    rows = [g(["Код отхода", "Вид отхода", "Наименование отхода", "Количество на 2026 г.", "Периодичность образования", "Способ обращения"],
              ["Қалдық коды", "Қалдық түрі", "Қалдықтың атауы", "2026 ж. саны", "Түзілу кезеңділігі", "Қалдықпен жұмыс тәсілі"])]
    merges: list = []
    grand = 0.0
    for (s_ru, s_kk), wastes in N_WASTES:
        _span(rows, merges, (s_ru, s_kk)[L], 6)
        sub = 0.0
        for code, n_ru, n_kk, (lo, hi, unit), f_ru, f_kk, o_ru, o_kk in wastes:
            if unit == "kg":
                kg = r.randint(lo, hi)
                t, cell = kg / 1000, f"{num(kg, doc.lang)} {g('кг', 'кг')}"
            else:
                t = round(r.uniform(lo, hi), 1)
                cell = f"{num(t, doc.lang)} т"
            hazardous = code.endswith("*")
            name = (n_ru, n_kk)[L]
            rows.append([code, g("опасный", "қауіпті") if hazardous else g("неопасный", "қауіпті емес"), name, cell, (f_ru, f_kk)[L], (o_ru, o_kk)[L]])
            doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": hazardous, "amount_t": t, "name_contains": _words(name, 3)})
            sub += t
        rows.append(["", "", g("Итого по цеху, т", "Цех бойынша жиыны, т"), num(round(sub, 3), doc.lang), "", ""])
        grand += sub
    rows.append(["", "", g("Всего по предприятию, т", "Кәсіпорын бойынша барлығы, т"), num(round(grand, 3), doc.lang), "", ""])
    doc.table(g("Таблица П2.1 – Виды и количество образующихся отходов", "П2.1-кесте – Түзілетін қалдықтардың түрлері мен саны"), rows, merges,
              role="wastes")
    doc.p(g("Катализаторы загружаются в реакторы партиями; количество указано для года плановой замены. Коды – по Классификатору отходов "
            "(приказ и.о. Министра экологии, геологии и природных ресурсов РК от 6 августа 2021 года № 314).",
            "Катализаторлар реакторларға партиялармен тиеледі; саны жоспарлы ауыстыру жылы үшін көрсетілген. Кодтар – Қалдықтар "
            "сыныптауышы бойынша (ҚР Экология, геология және табиғи ресурстар министрінің м.а. 2021 жылғы 6 тамыздағы № 314 бұйрығы)."))
    maybe_distractor(doc)


VN_UREA_WASTES = (
    ("I. Chất thải nguy hại", [(*w[:2], w[2], lo, hi) for w, lo, hi in (
        (vocab.VN_CTNH[0], 3000, 9000), (vocab.VN_CTNH[1], 80, 300), (vocab.VN_CTNH[2], 1200, 4000), (vocab.VN_CTNH[3], 500, 1600),
        (vocab.VN_CTNH[5], 200, 900))]),
    ("II. Chất thải rắn công nghiệp thông thường", [(None, n, "Rắn", lo, hi) for n, lo, hi in (
        ("Bao bì PP, PE thải (bao đựng urê rách, hỏng)", 8000, 20000), ("Bùn thải từ hệ thống xử lý nước thải", 30000, 70000),
        ("Phế liệu kim loại từ bảo dưỡng thiết bị", 15000, 40000), ("Vật liệu cách nhiệt, bảo ôn thải", 2000, 6000))]),
    ("III. Chất thải rắn sinh hoạt", [(None, "Chất thải rắn sinh hoạt của cán bộ, công nhân viên", "Rắn", 90000, 140000)]),
)  # fmt: skip


def _wastes_kc1_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("PHỤ LỤC 3. DANH MỤC CHẤT THẢI PHÁT SINH – NHÀ MÁY ĐẠM SÔNG ĐỐC")
    doc.p("(Kèm theo hồ sơ đề nghị cấp giấy phép môi trường.) Khối lượng tính trung bình cho 01 năm vận hành ổn định.")
    rows = [["TT", "Tên chất thải", "Mã CTNH", "Trạng thái tồn tại", "Khối lượng (kg/năm)"]]
    merges: list = []
    for section, wastes in VN_UREA_WASTES:
        _span(rows, merges, section, 5)
        sub = 0
        for k, (code, name, state, lo, hi) in enumerate(wastes, 1):
            kg = r.randint(lo // 10, hi // 10) * 10
            rows.append([str(k), name, code or "-", state, num(kg, "vi")])
            sub += kg
            if code:
                doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000, "name_contains": _words(name, 4)})
            else:
                doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": kg / 1000, "name_contains": _words(name, 4)})
        rows.append(["", "Cộng", "", "", num(sub, "vi")])
    doc.table("Bảng PL3.1. Chủng loại, khối lượng chất thải phát sinh", rows, merges, role="wastes")
    doc.p("Xúc tác thải từ các tháp reforming, chuyển hóa CO và tổng hợp NH3 được nhà cung cấp thu hồi khi thay thế theo hợp đồng, "
          "không lưu giữ tại cơ sở.")


def _calc(doc: Doc, *parts) -> str:
    return " × ".join(num(p, doc.lang) if not isinstance(p, str) else p for p in parts)


def wastes_kc2(doc: Doc) -> None:
    """A phosphate plant's calculation of the wastes it will form (a section of its draft waste-accumulation limits): the code
    in brackets inside the name's cell, the input data, the norm and the whole calculation written out with its figures
    (`М = 162 000 × 4,4 = 712 800`) before the amount, subtotals for hazardous and non-hazardous wastes and the total; the
    phosphogypsum stack's area, height and the gypsum stored since 1970 in a table of no role (VI: a superphosphate plant's
    wastes by quarter, tonnes for ordinary and kilograms for hazardous wastes in a unit column, the year's sum last)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_kc2_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    op = PHOS_OPERATORS[0][L]
    p2o5 = r.randint(150, 175) * 1000
    flow = r.randint(700, 900) * 1000
    cat_v = r.randint(90, 110)
    lamps = r.randint(120, 180) * 10
    rag = round(r.uniform(0.8, 1.6), 1)
    staff = r.randint(600, 700)
    lining = r.randint(200, 280)
    items = [
        ("06 09 04", g("Фосфогипс", "Фосфогипс"), g(f"выпуск ЭФК {num(p2o5, doc.lang)} т P2O5/год", f"ЭФҚ шығару {num(p2o5, doc.lang)} т P2O5/жыл"),
         g("4,4 т/т P2O5 (в пересчете на сухой)", "4,4 т/т P2O5 (құрғаққа шаққанда)"), (p2o5, 4.4), round(p2o5 * 4.4, 3)),
        ("06 05 03", g("Шлам нейтрализации кислых стоков известковым молоком", "Қышқыл ағындарды әк сүтімен бейтараптандыру шламы"),
         g(f"объем стоков {num(flow, doc.lang)} м³/год", f"ағындар көлемі {num(flow, doc.lang)} м³/жыл"), "0,012 т/м³", (flow, 0.012), round(flow * 0.012, 3)),
        ("16 08 02*", g("Отработанный ванадиевый катализатор сернокислотной системы", "Күкірт қышқылы жүйесінің пайдаланылған ванадий катализаторы"),
         g(f"загрузка {cat_v} м³, замена 1 раз в 10 лет", f"тиеу {cat_v} м³, 10 жылда 1 рет ауыстыру"), "ρ = 0,6 т/м³", (cat_v, 0.6, "1/10"),
         round(cat_v * 0.6 / 10, 3)),
        ("16 11 06", g("Отработанная кислотоупорная футеровка", "Пайдаланылған қышқылға төзімді футеровка"),
         g(f"масса футеровки {lining} т", f"футеровка массасы {lining} т"), g("8 % в год", "жылына 8 %"), (lining, 0.08), round(lining * 0.08, 3)),
        ("20 01 21*", g("Отработанные ртутьсодержащие лампы", "Пайдаланылған сынап бар шамдар"),
         g(f"{num(lamps, doc.lang)} шт., Т = 4 800 ч, Тр = 12 000 ч", f"{num(lamps, doc.lang)} дана, Т = 4 800 сағ, Тр = 12 000 сағ"),
         g("m = 0,25 кг", "m = 0,25 кг"), (lamps, 0.00025, 0.4), round(lamps * 0.00025 * 0.4, 4)),
        ("15 02 02*", g("Промасленная ветошь", "Майланған шүберек"), g(f"расход ветоши М0 = {num(rag, doc.lang)} т/год", f"шүберек шығыны М0 = {num(rag, doc.lang)} т/жыл"),
         "k = 1,27", (rag, 1.27), round(rag * 1.27, 4)),
        ("20 03 01", g("Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар"), g(f"{staff} работающих", f"{staff} жұмыскер"),
         g("0,3 м³/чел.; 0,25 т/м³", "0,3 м³/адам; 0,25 т/м³"), (staff, 0.3, 0.25), round(staff * 0.3 * 0.25, 3)),
    ]
    doc.h(g(f"Проект лимитов накопления отходов {op}. Раздел 3. Расчет объемов образования отходов",
            f"{op} қалдықтарды жинақтау лимиттерінің жобасы. 3-бөлім. Қалдықтардың түзілу көлемін есептеу"))
    doc.p(g("Расчет выполнен по Методике разработки проектов нормативов предельного размещения отходов производства и потребления "
            "(приложение 16 к приказу Министра охраны окружающей среды РК от 18 апреля 2008 года № 100-п).",
            "Есеп өндіріс және тұтыну қалдықтарын шекті орналастыру нормативтерінің жобаларын әзірлеу әдістемесі бойынша орындалды "
            "(ҚР Қоршаған ортаны қорғау министрінің 2008 жылғы 18 сәуірдегі № 100-п бұйрығына 16-қосымша)."))
    rows = [g(["№", "Наименование отхода (код)", "Исходные данные", "Норматив образования", "Расчет", "Количество, т/год"],
              ["№", "Қалдықтың атауы (коды)", "Бастапқы деректер", "Түзілу нормативі", "Есептеу", "Саны, т/жыл"])]
    haz = non = 0.0
    for k, (code, name, data, norm, parts, amount) in enumerate(items, 1):
        rows.append([str(k), f"{name} ({code})", data, norm, f"М = {_calc(doc, *parts)} = {num(amount, doc.lang)}", num(amount, doc.lang)])
        hazardous = code.endswith("*")
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": hazardous, "amount_t": amount, "name_contains": _words(name, 3)})
        haz, non = (haz + amount, non) if hazardous else (haz, non + amount)
    rows += [["", g("Итого опасных отходов", "Қауіпті қалдықтар жиыны"), "", "", "", num(round(haz, 4), doc.lang)],
             ["", g("Итого неопасных отходов", "Қауіпті емес қалдықтар жиыны"), "", "", "", num(round(non, 3), doc.lang)],
             ["", g("Всего", "Барлығы"), "", "", "", num(round(haz + non, 4), doc.lang)]]
    doc.table(g("Таблица 3.1 – Расчет образования отходов", "3.1-кесте – Қалдықтардың түзілуін есептеу"), rows, role="wastes")
    doc.table(g("Таблица 3.2 – Характеристика накопителя фосфогипса", "3.2-кесте – Фосфогипс жинақтауышының сипаттамасы"), [
        g(["Показатель", "Значение"], ["Көрсеткіш", "Мәні"]),
        [g("Площадь карт 1–3, га", "1–3 карталардың ауданы, га"), num(r.randint(180, 240), doc.lang)],
        [g("Высота дамбы, м", "Бөгеттің биіктігі, м"), num(r.randint(28, 42), doc.lang)],
        [g("Накоплено с 1970 г. на 01.01.2026, млн т", "1970 жылдан 01.01.2026 жинақталғаны, млн т"), num(round(r.uniform(38, 52), 1), doc.lang)],
        [g("Остаточная вместимость, млн т", "Қалған сыйымдылығы, млн т"), num(round(r.uniform(6, 11), 1), doc.lang)]], role="other")


VN_SUPE_WASTES = (
    ("A. Chất thải rắn công nghiệp thông thường", "tấn", [
        (None, "Bùn vôi – florua từ hệ thống xử lý nước thải", 300, 700),
        (None, "Cặn lưu huỳnh từ bể nấu chảy lưu huỳnh", 20, 60),
        (None, "Gạch chịu axit, vật liệu lót thiết bị thải", 10, 40),
        (None, "Bao bì PP thải", 15, 45)]),
    ("B. Chất thải nguy hại", "kg", [
        (vocab.VN_CTNH[2][0], vocab.VN_CTNH[2][1], 150, 600),
        (vocab.VN_CTNH[0][0], vocab.VN_CTNH[0][1], 200, 900),
        (vocab.VN_CTNH[1][0], vocab.VN_CTNH[1][1], 10, 60),
        (vocab.VN_CTNH[4][0], vocab.VN_CTNH[4][1], 100, 400)]),
)


def _wastes_kc2_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – NHÀ MÁY SUPE PHỐT PHÁT THAO GIANG")
    doc.p("Mục 3. Kết quả quản lý chất thải rắn. Khối lượng thống kê theo chứng từ chuyển giao từng quý.")
    rows = [["TT", "Loại chất thải", "Mã CTNH", "Đơn vị", "Khối lượng phát sinh", None, None, None, "Cả năm"],
            [None, None, None, None, "Quý I", "Quý II", "Quý III", "Quý IV", None]]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 8)] + [(0, 4, 0, 7)]
    for section, unit, wastes in VN_SUPE_WASTES:
        _span(rows, merges, section, 9)
        for k, (code, name, lo, hi) in enumerate(wastes, 1):
            if unit == "tấn":
                qs = [round(r.uniform(lo, hi) / 4, 1) for _ in range(4)]
                year = round(sum(qs), 1)
            else:
                qs = [r.randint(lo // 4, hi // 4) for _ in range(4)]
                year = sum(qs)
            rows.append([str(k), name, code or "", unit, *(num(q, "vi") for q in qs), num(year, "vi")])
            t = year if unit == "tấn" else year / 1000
            doc.add("wastes", {"code": code + "*" if code else None, "code_system": "VN-CTNH" if code else None, "hazardous": bool(code),
                               "amount_t": t, "name_contains": _words(name, 4)})
    doc.table("Bảng 3.1. Khối lượng chất thải rắn phát sinh theo quý năm 2025", rows, merges, role="wastes")
    doc.p("Ghi chú: Thạch cao phospho (gyps) không phát sinh tại nhà máy supe phốt phát đơn; các chất thải nguy hại được chuyển giao cho "
          "Công ty TNHH Môi trường Phú Hà theo hợp đồng số 18/2025/HĐ-MT.")


# ---------------------------------------------------------------- limits

# (symbol, RU, KK, ПДК (a range for pH), (low, high) upstream, (low, high) downstream, digits)
GW_PARAMS = (
    ("pH", "Водородный показатель", "Сутегі көрсеткіші", (6, 9), (7.1, 7.9), (6.3, 7.2), 2),
    ("F-", "Фториды", "Фторидтер", 1.5, (0.3, 0.8), (0.9, 3.2), 2),
    ("PO4", "Фосфаты (PO4)", "Фосфаттар (PO4)", 3.5, (0.05, 0.3), (0.4, 4.5), 2),
    ("SO4", "Сульфаты", "Сульфаттар", 500, (120, 260), (300, 900), 3),
    ("NO3-", "Нитраты", "Нитраттар", 45, (2, 12), (5, 30), 2),
    ("NH4+", "Аммоний-ион (по азоту)", "Аммоний-ион (азот бойынша)", 1.5, (0.05, 0.4), (0.2, 2.2), 2),
    ("TDS", "Сухой остаток", "Құрғақ қалдық", 1000, (600, 900), (900, 2400), 3),
    ("Sr", "Стронций", "Стронций", 7, (0.5, 2), (1.5, 6), 2),
)  # fmt: skip


def limits_kc1(doc: Doc) -> None:
    """A laboratory's results of groundwater monitoring around a phosphogypsum stack: the parameters in rows, the ПДК column
    before the wells, the wells merged under one header (`Н-0 (фон)` upstream, `Н-1`–`Н-3` downstream), then two rows of
    look-alike figures — the depth to water in metres and the sampling dates — before the results, the unit in a column of
    its own, exceedances marked `**` in the cell, pH as a range, the norms' order in a footnote (VI: a urea plant's waste
    water at two outlets against QCVN 40:2011/BTNMT column B, the standard's C beside the Cmax derived with Kq and Kf, the
    methods' TCVN and SMEWW numbers as look-alikes)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_kc1_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    op = PHOS_OPERATORS[0][L]
    wells = ("Н-0", "Н-1", "Н-2", "Н-3")
    doc.h(g(f"Протокол испытаний № {r.randint(140, 480)}/25-В. Подземные воды в районе накопителя фосфогипса {op}",
            f"№ {r.randint(140, 480)}/25-В сынақ хаттамасы. {op} фосфогипс жинақтауышы ауданындағы жерасты сулары"))
    doc.p(g("Испытательная лаборатория ТОО «ЭкоАнализ Тараз» (аттестат аккредитации KZ.T.08.1234 от 05.03.2024). Пробы отобраны "
            "из наблюдательных скважин после прокачки трех объемов.",
            "«ЭкоАнализ Тараз» ЖШС сынақ зертханасы (05.03.2024 ж. KZ.T.08.1234 аккредиттеу аттестаты). Сынамалар бақылау "
            "ұңғымаларынан үш көлемді айдағаннан кейін алынды."))
    rows = [[g("№", "№"), g("Показатель", "Көрсеткіш"), g("Ед. изм.", "Өлш. бірл."), g("ПДК*", "ШРК*"),
             g("Результаты по наблюдательным скважинам", "Бақылау ұңғымалары бойынша нәтижелер"), None, None, None],
            [None, None, None, None, g("Н-0 (фон)", "Н-0 (фон)"), "Н-1", "Н-2", "Н-3"],
            ["", g("Глубина до уровня воды", "Су деңгейіне дейінгі тереңдік"), g("м", "м"), "",
             *(num(round(r.uniform(4, 14), 1), doc.lang) for _ in wells)],
            ["", g("Дата отбора", "Сынама алу күні"), "", "", *(f"{d:02d}.05.2025" for d in sorted(r.sample(range(12, 20), 4)))]]
    merges = [(0, c, 1, c) for c in range(4)] + [(0, 4, 0, 7)]
    for k, (sym, n_ru, n_kk, pdk, up, down, digits) in enumerate(GW_PARAMS, 1):
        line = [str(k), (n_ru, n_kk)[L], g("ед. pH", "pH бірл.") if sym == "pH" else g("мг/дм³", "мг/дм³"),
                f"{num(pdk[0], doc.lang)}–{num(pdk[1], doc.lang)}" if isinstance(pdk, tuple) else num(pdk, doc.lang)]
        for w in wells:
            v = _sig(r.uniform(*(up if w == "Н-0" else down)), digits)
            over = (v > pdk[1] or v < pdk[0]) if isinstance(pdk, tuple) else v > pdk
            line.append(num(v, doc.lang) + ("**" if over else ""))
            add(doc, limit(("symbol", sym), "water", pdk, "mg/l", None, w, v))
        rows.append(line)
    doc.table(g("Результаты количественного химического анализа", "Сандық химиялық талдау нәтижелері"), rows, merges, role="limits")
    doc.p(g("* Гигиенические нормативы показателей безопасности хозяйственно-питьевого и культурно-бытового водопользования (приказ "
            "Министра здравоохранения РК от 24 ноября 2022 года № ҚР ДСМ-138). ** Превышение ПДК.",
            "* Шаруашылық-ауыз су және мәдени-тұрмыстық су пайдалану қауіпсіздігі көрсеткіштерінің гигиеналық нормативтері (ҚР Денсаулық "
            "сақтау министрінің 2022 жылғы 24 қарашадағы № ҚР ДСМ-138 бұйрығы). ** ШРК-дан асу."))
    distractor(doc, "approval")


# (symbol, VI name, method, QCVN 40 B, (low, high) measured)
VN_WW = (
    ("pH", "pH", "TCVN 6492:2011", (5.5, 9), (6.6, 8.1)),
    ("BOD5", "BOD5 (20 °C)", "TCVN 6001-1:2021", 50, (8, 32)),
    ("COD", "COD", "SMEWW 5220C:2023", 150, (25, 95)),
    ("TSS", "Tổng chất rắn lơ lửng (TSS)", "TCVN 6625:2000", 100, (10, 60)),
    ("NH4+", "Amoni (tính theo N)", "TCVN 6179-1:1996", 10, (1.2, 9.5)),
    ("TN", "Tổng nitơ (tính theo N)", "TCVN 6638:2000", 40, (6, 34)),
    ("TP", "Tổng phốt pho (tính theo P)", "TCVN 6202:2008", 6, (0.2, 2.5)),
    ("TPH", "Tổng dầu mỡ khoáng", "SMEWW 5520B&F:2023", 10, (0.3, 3.5)),
)


def _limits_kc1_vi(doc: Doc) -> None:
    r = doc.rng
    kq, kf = 0.9, 1.0
    doc.h("PHIẾU KẾT QUẢ PHÂN TÍCH NƯỚC THẢI – NHÀ MÁY ĐẠM SÔNG ĐỐC")
    doc.p(f"Đơn vị quan trắc: Trung tâm Quan trắc Tài nguyên và Môi trường (VIMCERTS {r.randint(100, 299)}). Ngày lấy mẫu: "
          f"{r.randint(10, 25)}/9/2025. NT1 – cửa xả nước thải sau hệ thống xử lý tập trung ra sông Ông Đốc; NT2 – cửa xả nước thải "
          "sau bể trung hòa khu xử lý nước khử khoáng.")
    rows = [["TT", "Thông số", "Đơn vị", "Phương pháp phân tích", "Kết quả", None, "QCVN 40:2011/BTNMT", None],
            [None, None, None, None, "NT1", "NT2", "Cột B (C)", f"Cmax (Kq = {num(kq, 'vi')}; Kf = {num(kf, 'vi')})"]]
    merges = [(0, c, 1, c) for c in range(4)] + [(0, 4, 0, 5), (0, 6, 0, 7)]
    for k, (sym, name, method, c, (lo, hi)) in enumerate(VN_WW, 1):
        cmax = c if sym == "pH" else round(c * kq * kf, 3)
        vals = [round(r.uniform(lo, hi), 1 if sym != "TP" else 2) for _ in range(2)]
        cell = (lambda x: f"{num(x[0], 'vi')} – {num(x[1], 'vi')}") if sym == "pH" else (lambda x: num(x, "vi"))
        rows.append([str(k), name, "-" if sym == "pH" else "mg/L", method, *(num(v, "vi") for v in vals), cell(c), cell(cmax)])
        for pid, v in zip(("NT1", "NT2"), vals, strict=True):
            add(doc, limit(("symbol", sym), "waste_water", cmax, "mg/l", "B", pid, v))
    doc.table("Bảng 1. Kết quả phân tích chất lượng nước thải", rows, merges, role="limits")
    doc.p("Ghi chú: Cmax = C × Kq × Kf; Kq = 0,9 ứng với lưu lượng sông Ông Đốc Q ≤ 50 m³/s, Kf = 1,0 ứng với lưu lượng xả "
          "500 < F ≤ 5.000 m³/ngày đêm; không áp dụng hệ số đối với pH.")


# (code, ПДК м.р. mg/m3 of the hygienic norms)
AIR_LAB = (("0301", 0.2), ("0304", 0.4), ("0303", 0.2), ("0302", 0.4), ("2902", 0.5), ("0337", 5.0))


def limits_kc2(doc: Doc) -> None:
    """A laboratory's protocol of the air at a nitrogen complex's protection zone and in the town: a row spanning the table
    for each point with its id, place, DMS coordinates and the time of sampling, then its substances, the result written with
    its uncertainty (`0,041 ± 0,008`) or below the detection limit (`< 0,02`, no value), the method's document with its
    clause numbers, the ПДК м.р. and the ratio to it as a look-alike (VI: ambient air round a DAP plant and its gypsum stack,
    the parameters in rows and four points in columns, the TCVN methods, QCVN 05:2023/BTNMT in the last column and ammonia's
    norm `200 (*)` from QCVN 06:2009/BTNMT by a footnote, temperature and humidity rows with no norm)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_kc2_vi(doc)
        return
    g = _rk(doc)
    c = doc.pick(N_COMPLEXES)
    points = (("КТ-1", g("граница СЗЗ (1000 м), северо-восток", "СҚА шекарасы (1000 м), солтүстік-шығыс"), 0.012, 0.011),
              ("КТ-2", g("граница СЗЗ (1000 м), юго-запад", "СҚА шекарасы (1000 м), оңтүстік-батыс"), -0.009, -0.012),
              ("КТ-3", g("жилая зона, 30-й микрорайон", "тұрғын аймақ, 30-шы шағын аудан"), 0.021, -0.035))
    hemi = g(("с.ш.", "в.д."), ("с.е.", "ш.б."))
    doc.h(g(f"Протокол измерений качества атмосферного воздуха № АВ-{r.randint(100, 999)}/2025", f"№ АВ-{r.randint(100, 999)}/2025 атмосфералық ауа сапасын өлшеу хаттамасы"))
    doc.p(g(f"Заказчик: {c[0]}. Измерения выполнены в рамках производственного экологического контроля, III квартал 2025 года.",
            f"Тапсырыс беруші: {c[1]}. Өлшеулер өндірістік экологиялық бақылау шеңберінде орындалды, 2025 жылғы III тоқсан."))
    rows = [g(["№ п/п", "Определяемый компонент", "НД на метод измерения", "Результат, мг/м³", "ПДК м.р., мг/м³", "Кратность к ПДК"],
              ["Р/с №", "Анықталатын компонент", "Өлшеу әдісіне НҚ", "Нәтиже, мг/м³", "ШРК б.м., мг/м³", "ШРК-ға еселігі"])]
    merges: list = []
    k = 0
    for pid, place, dlat, dlon in points:
        _, lat_t = _dms(doc, c[7] + dlat)
        _, lon_t = _dms(doc, c[8] + dlon)
        _span(rows, merges, f"{pid} – {place}; {lat_t} {hemi[0]}, {lon_t} {hemi[1]}; {r.randint(10, 28)}.08.2025 {r.randint(9, 16)}:{r.choice(('00', '20', '40'))}", 6)
        for code, pdk in AIR_LAB:
            k += 1
            if code == "0302" and r.random() < 0.7:
                res, ratio = "< 0,02", "–"
                item = limit(("code", code), "air", pdk, "mg/m3", None, pid)
                del item["value"]
            else:
                v = _sig(r.uniform(0.05, 0.6) * pdk, 2)
                res = f"{num(v, doc.lang)} ± {num(_sig(v * 0.2, 1), doc.lang)}"
                ratio = num(round(v / pdk, 2), doc.lang)
                item = limit(("code", code), "air", pdk, "mg/m3", None, pid, v)
            rows.append([str(k), f"{_n(doc, code)} ({code})", "РД 52.04.186-89, п. 5.2", res, num(pdk, doc.lang), ratio])
            add(doc, item)
    doc.table(g("Результаты измерений", "Өлшеу нәтижелері"), rows, merges, role="limits")
    doc.p(g("ПДК м.р. – по Гигиеническим нормативам к атмосферному воздуху в городских и сельских населенных пунктах (приказ Министра "
            "здравоохранения РК от 2 августа 2022 года № ҚР ДСМ-70).",
            "ШРК б.м. – қалалық және ауылдық елді мекендердегі атмосфералық ауаға қойылатын гигиеналық нормативтер бойынша (ҚР Денсаулық "
            "сақтау министрінің 2022 жылғы 2 тамыздағы № ҚР ДСМ-70 бұйрығы)."))
    distractor(doc, "contacts")


# (code, VI name, method, limit ug/m3, (low, high))
VN_AMB = (
    ("2902", "Bụi tổng (TSP)", "TCVN 5067:1995", 300, (80, 260)),
    ("0330", "SO2", "TCVN 5971:1995", 350, (20, 90)),
    ("0301", "NO2", "TCVN 6137:2009", 200, (15, 70)),
    ("0337", "CO", "HD.QT-KK.05", 30000, (2000, 8000)),
    ("0303", "NH3", "TCVN 5293:1995", 200, (20, 150)),
)


def _limits_kc2_vi(doc: Doc) -> None:
    r = doc.rng
    pts = ("KK1", "KK2", "KK3", "KK4")
    doc.h("KẾT QUẢ QUAN TRẮC CHẤT LƯỢNG KHÔNG KHÍ XUNG QUANH ĐỢT 2 NĂM 2025 – NHÀ MÁY DAP SỐ 2 VÀ BÃI THẢI GYPS")
    doc.table("Bảng 4.1. Vị trí quan trắc", [
        ["Ký hiệu", "Vị trí", "Tọa độ (VN-2000)"],
        ["KK1", "Cổng chính nhà máy", f"X: {num(2303400 + r.randint(-500, 500), 'vi')}; Y: {num(598200 + r.randint(-500, 500), 'vi')}"],
        ["KK2", "Cuối hướng gió, cách xưởng DAP 300 m", f"X: {num(2303100 + r.randint(-500, 500), 'vi')}; Y: {num(598900 + r.randint(-500, 500), 'vi')}"],
        ["KK3", "Chân đê bao bãi thải gyps phía Đông", f"X: {num(2302200 + r.randint(-500, 500), 'vi')}; Y: {num(600100 + r.randint(-500, 500), 'vi')}"],
        ["KK4", "Khu dân cư phường Đông Hải", f"X: {num(2304600 + r.randint(-500, 500), 'vi')}; Y: {num(597300 + r.randint(-500, 500), 'vi')}"]], role="other")
    rows = [["TT", "Thông số", "Đơn vị", "Phương pháp", "Kết quả", None, None, None, "QCVN 05:2023/BTNMT (TB 1 giờ)"],
            [None, None, None, None, *pts, None],
            ["1", "Nhiệt độ", "°C", "QCVN 46:2022/BTNMT", *(num(round(r.uniform(29, 34), 1), "vi") for _ in pts), "-"],
            ["2", "Độ ẩm", "%", "QCVN 46:2022/BTNMT", *(str(r.randint(62, 80)) for _ in pts), "-"]]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 8)] + [(0, 4, 0, 7)]
    for k, (code, name, method, lim, (lo, hi)) in enumerate(VN_AMB, 3):
        vals = [r.randint(lo, hi) for _ in pts]
        rows.append([str(k), name, "µg/m³", method, *(num(v, "vi") for v in vals), num(lim, "vi") + (" (*)" if code == "0303" else "")])
        for pid, v in zip(pts, vals, strict=True):
            add(doc, limit(("code", code), "air", lim, "ug/m3", None, pid, float(v)))
    doc.table("Bảng 4.2. Kết quả quan trắc không khí xung quanh", rows, merges, role="limits")
    doc.p("(*) Giá trị giới hạn theo QCVN 06:2009/BTNMT – Quy chuẩn kỹ thuật quốc gia về một số chất độc hại trong không khí xung quanh.")


# ---------------------------------------------------------------- monitoring

# (number, RU, KK source, RU, KK sampling place, {frequency: codes})
N_PLAN = (
    ("0001", "Дымовая труба печи риформинга", "Риформинг пешінің түтін мұржасы", "газоход после дымососа, отм. +42,0 м", "түтін сорғыштан кейінгі газжол, +42,0 м белгі",
     {"continuous": ("0301", "0304"), "quarterly": ("0337",)}),
    ("0002", "Выхлопная труба хвостовых газов УКЛ-7", "УКЛ-7 қалдық газдарының шығару құбыры", "после реактора каталитической очистки, отм. +18,5 м",
     "каталитикалық тазарту реакторынан кейін, +18,5 м белгі", {"continuous": ("0301", "0304"), "quarterly": ("0303",)}),
    ("0003", "Грануляционная башня карбамида", "Карбамидтің түйіршіктеу мұнарасы", "площадка обслуживания, отм. +96,0 м", "қызмет көрсету алаңы, +96,0 м белгі",
     {"quarterly": ("0303", "1532")}),
    ("0004", "Грануляционная башня аммиачной селитры", "Аммиак селитрасының түйіршіктеу мұнарасы", "после скрубберов, отм. +64,0 м", "скрубберлерден кейін, +64,0 м белгі",
     {"quarterly": ("0303", "0305"), "yearly": ("0302",)}),
    ("0005", "Вытяжная труба аппаратов ИТН", "ИТН аппараттарының сорып шығару құбыры", "воздуховод, отм. +12,0 м", "ауа өткізгіш, +12,0 м белгі",
     {"quarterly": ("0303",), "yearly": ("0302",)}),
    ("6001", "Изотермическое хранилище аммиака", "Аммиактың изотермиялық қоймасы", "–", "–", {"yearly": ("0303",)}),
    ("6002", "Узел погрузки карбамида", "Карбамид тиеу торабы", "–", "–", {"yearly": ("1532",)}),
)  # fmt: skip
CONT = {"ru": "непрерывно", "kk": "үздіксіз"}


def monitoring_kc1(doc: Doc) -> None:
    """A nitrogen complex's ПЭК plan of control at its sources in which the frequency sits in the header: three columns under a
    merged title — the automated system `АСМ – непрерывно`, instrumental measurement quarterly and calculation once a year —
    each cell listing the codes and names controlled that way at the source, a dash elsewhere, the sampling place with its
    elevation mark (`отм. +42,0 м`) as a look-alike; then the protection zone's points monthly and a point in town sampled
    only in adverse weather with no frequency (VI: a urea plant's GPMT programme, the kind of monitoring merged down over its
    points, flow, temperature and O2 among the parameters, the waste water exempted from periodic sampling in a row of words)."""
    if doc.lang == "vi":
        _monitoring_kc1_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    c = doc.pick(N_COMPLEXES)
    said = _said(doc)
    doc.h(g(f"Программа производственного экологического контроля {c[0]}", f"{c[1]} өндірістік экологиялық бақылау бағдарламасы"))
    doc.h(g("5. Мониторинг эмиссий в атмосферный воздух", "5. Атмосфералық ауаға эмиссиялар мониторингі"))
    cols = ("continuous", "quarterly", "yearly")
    labels = {"continuous": g(f"АСМ – {CONT['ru']}", f"АМЖ – {CONT['kk']}"),
              "quarterly": g(f"инструментальный – {said['quarterly']}", f"аспаптық – {said['quarterly']}"),
              "yearly": g(f"расчетный – {said['yearly']}", f"есептік – {said['yearly']}")}
    rows = [[g("№ ИЗА", "ЛШК №"), g("Источник", "Көз"), g("Контролируемые вещества по методу и периодичности контроля",
                                                        "Бақылау әдісі мен кезеңділігі бойынша бақыланатын заттар"), None, None,
             g("Место отбора проб", "Сынама алу орны")],
            [None, None, *(labels[w] for w in cols), None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 4), (0, 5, 1, 5)]
    pairs = []
    for number, n_ru, n_kk, p_ru, p_kk, plan in N_PLAN:
        cells = []
        for w in cols:
            codes = plan.get(w, ())
            cells.append("; ".join(f"{code} {_n(doc, code)}" for code in codes) or "–")
            for code in codes:
                doc.add("monitoring", {"source_number": number, "code": code, "frequency": w})
                pairs.append((number, code))
        rows.append([number, (n_ru, n_kk)[L], *cells, (p_ru, p_kk)[L]])
    doc.table(g("Таблица 5.1 – План-график контроля на источниках выбросов", "5.1-кесте – Шығарынды көздеріндегі бақылау жоспар-кестесі"), rows, merges,
              role="monitoring")
    doc.add("sources", *({"number": n, "type": _kind(n)} for n, *_ in N_PLAN))
    doc.add("emissions", *(emission(code, None, None, n) for n, code in pairs))
    doc.h(g("6. Мониторинг воздействия на атмосферный воздух", "6. Атмосфералық ауаға әсер мониторингі"))
    rows = [g(["Точка", "Местоположение", "Определяемые вещества", "Периодичность"], ["Нүкте", "Орналасқан жері", "Анықталатын заттар", "Кезеңділігі"])]
    sides = g(("север", "восток", "юг", "запад"), ("солтүстік", "шығыс", "оңтүстік", "батыс"))
    for k, side in enumerate(sides, 1):
        rows.append([f"Т-{k}", g(f"граница СЗЗ (1000 м), {side}", f"СҚА шекарасы (1000 м), {side}"), f"{_n(doc, '0303')}, {_n(doc, '0301')}", said["monthly"]])
        for code in ("0303", "0301"):
            doc.add("monitoring", {"point": f"Т-{k}", "code": code, "frequency": "monthly"})
    rows.append(["Т-5", g("жилая зона, 30-й микрорайон", "тұрғын аймақ, 30-шы шағын аудан"), _n(doc, "0303"),
                 g("в периоды неблагоприятных метеоусловий", "қолайсыз метеожағдайлар кезеңдерінде")])
    doc.add("monitoring", {"point": "Т-5", "code": "0303", "frequency": None})
    doc.table(g("Таблица 6.1 – Точки мониторинга на границе СЗЗ и в жилой зоне", "6.1-кесте – СҚА шекарасындағы және тұрғын аймақтағы мониторинг нүктелері"),
              rows, role="monitoring")
    maybe_distractor(doc)


# (kind, point, VI place, [(key kind, key)], other parameters, frequency or None, words when exempt)
VN_UREA_PLAN = (
    ("Quan trắc tự động, liên tục", "KT1", "Ống thải tháp tạo hạt urê", [("code", "2902"), ("code", "0303")], "Lưu lượng, nhiệt độ, áp suất", "continuous"),
    ("Quan trắc tự động, liên tục", "KT2", "Ống khói lò reforming sơ cấp", [("code", "0301"), ("code", "0337")], "Lưu lượng, nhiệt độ, O2 dư", "continuous"),
    ("Quan trắc tự động, liên tục", "NT1", "Nước thải sau hệ thống xử lý tập trung", [("symbol", "pH"), ("symbol", "COD"), ("symbol", "TSS"),
                                                                                      ("symbol", "NH4+")], "Lưu lượng đầu vào, đầu ra, nhiệt độ", "continuous"),
    ("Quan trắc định kỳ", "KT3", "Ống khói lò hơi phụ trợ", [("code", "2902"), ("code", "0301"), ("code", "0337"), ("code", "0330")], "", "semiannual"),
    ("Quan trắc định kỳ", "KT4", "Ống thải tháp hấp thụ NH3", [("code", "0303")], "", "quarterly"),
)  # fmt: skip


def _vi_name(kind: str, key: str) -> str:
    return VN_SHORT[key] if kind == "code" else _water(key, "vi")


def _monitoring_kc1_vi(doc: Doc) -> None:
    r = doc.rng
    said = _said(doc)
    doc.h("GIẤY PHÉP MÔI TRƯỜNG – PHỤ LỤC 2. CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG CỦA NHÀ MÁY ĐẠM SÔNG ĐỐC")
    rows = [["Loại quan trắc", "Vị trí, ký hiệu", "Tọa độ (VN-2000)", "Thông số", "Tần suất", "Quy chuẩn so sánh"]]
    merges = []
    start = {}
    for kind, pid, place, keys, other, word in VN_UREA_PLAN:
        start.setdefault(kind, len(rows))
        params = ", ".join(([other] if other else []) + [_vi_name(k, key) for k, key in keys])
        std = "QCVN 40:2011/BTNMT cột B (Kq = 0,9; Kf = 1,0)" if pid.startswith("NT") else "QCVN 19:2009/BTNMT cột B (Kp = 0,8; Kv = 1,0)"
        rows.append([kind if start[kind] == len(rows) else None, f"{pid} – {place}",
                     f"X: {num(1011200 + r.randint(-600, 600), 'vi')}; Y: {num(521300 + r.randint(-600, 600), 'vi')}", params, said[word], std])
        for k, key in keys:
            doc.add("monitoring", {"point": pid, k: key, "frequency": word})
    rows.append([None, "NT1 – Nước thải sau hệ thống xử lý tập trung", "-",
                 "Miễn quan trắc định kỳ do đã lắp đặt hệ thống quan trắc tự động, liên tục (khoản 4 Điều 97 Nghị định số 08/2022/NĐ-CP)", None, None])
    merges.append((len(rows) - 1, 3, len(rows) - 1, 5))
    kinds = list(start)
    for i, kind in enumerate(kinds):
        end = (start[kinds[i + 1]] if i + 1 < len(kinds) else len(rows)) - 1
        merges.append((start[kind], 0, end, 0))
    doc.table("Bảng PL2.1. Vị trí, thông số và tần suất quan trắc", rows, merges, role="monitoring")
    doc.p("Số liệu quan trắc tự động được truyền liên tục về Sở Nông nghiệp và Môi trường tỉnh Cà Mau; kết quả quan trắc định kỳ được "
          "báo cáo trong báo cáo công tác bảo vệ môi trường hằng năm trước ngày 31 tháng 01 của năm tiếp theo.")


# (RU, KK section, [(point, RU, KK place, [(kind, key)], quarters)]) — quarters marked
STACK_PLAN = (
    (("Атмосферный воздух на границе СЗЗ накопителя (500 м)", "Жинақтауыштың СҚА шекарасындағы атмосфералық ауа (500 м)"), [
        ("Т-1", "граница СЗЗ, север", "СҚА шекарасы, солтүстік", [("code", "2909"), ("code", "0342"), ("code", "0344")], (1, 2, 3, 4)),
        ("Т-2", "граница СЗЗ, юг", "СҚА шекарасы, оңтүстік", [("code", "2909"), ("code", "0342"), ("code", "0344")], (1, 2, 3, 4)),
        ("Т-3", "с. Карабастау, жилая зона", "Қарабастау а., тұрғын аймақ", [("code", "2909"), ("code", "0342")], (2, 3)),
    ]),
    (("Подземные воды (наблюдательные скважины)", "Жерасты сулары (бақылау ұңғымалары)"), [
        ("Н-1", "скважина выше по потоку (фон)", "ағыс бойынша жоғары ұңғыма (фон)", [("symbol", s) for s in ("pH", "F-", "PO4", "SO4", "TDS")], (2, 4)),
        ("Н-2", "скважина ниже по потоку, 150 м", "ағыс бойынша төмен ұңғыма, 150 м", [("symbol", s) for s in ("pH", "F-", "PO4", "SO4", "TDS")], (2, 4)),
        ("Н-3", "скважина у пруда осветленной воды", "мөлдірленген су тоғанының жанындағы ұңғыма", [("symbol", s) for s in ("pH", "F-", "PO4", "SO4", "TDS")],
         (1, 2, 3, 4)),
    ]),
    (("Почвы", "Топырақ"), [
        ("ПП-1", "500 м на северо-восток", "солтүстік-шығысқа қарай 500 м", [("soil", "F"), ("soil", "Sr")], (3,)),
        ("ПП-2", "1000 м на северо-восток", "солтүстік-шығысқа қарай 1000 м", [("soil", "F"), ("soil", "Sr")], (3,)),
    ]),
)  # fmt: skip
QUARTERS = {4: "quarterly", 2: "semiannual", 1: "yearly"}
SOIL_WORDS = {"F": ("Фтор (подвижные формы)", "Фтор (жылжымалы формалары)"), "Sr": ("Стронций", "Стронций")}


def monitoring_kc2(doc: Doc) -> None:
    """A phosphate plant's programme of monitoring the impact of its phosphogypsum stack in which nothing says how often: a
    schedule of four quarter columns under a merged header marked `+`, so that four marks are quarterly, two semi-annual and
    one yearly; media in rows spanning the table, the points with their coordinates in a column of their own, the substances
    listed in one cell, who samples (VI: a DAP plant's gypsum stack, the frequency written only in the section rows of
    groundwater, the drainage canal and the air, the points as columns marked `x` under the parameters in rows, the points'
    places and coordinates in a table of no role)."""
    r = doc.rng
    if doc.lang == "vi":
        _monitoring_kc2_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    op = PHOS_OPERATORS[0][L]
    doc.h(g(f"Программа мониторинга воздействия накопителя фосфогипса {op} на 2026–2028 годы",
            f"{op} фосфогипс жинақтауышының 2026–2028 жылдарға арналған әсер мониторингі бағдарламасы"))
    doc.p(g("Отбор проб выполняет аккредитованная лаборатория; знаком «+» отмечены кварталы, в которых производится отбор.",
            "Сынаманы аккредиттелген зертхана алады; «+» белгісімен сынама алынатын тоқсандар белгіленген."))
    rows = [[g("Точка", "Нүкте"), g("Координаты", "Координаттар"), g("Контролируемые показатели", "Бақыланатын көрсеткіштер"),
             g("График отбора (кварталы)", "Сынама алу кестесі (тоқсандар)"), None, None, None],
            [None, None, None, "I", "II", "III", "IV"]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 6)]
    for (s_ru, s_kk), points in STACK_PLAN:
        _span(rows, merges, (s_ru, s_kk)[L], 7)
        for pid, p_ru, p_kk, keys, quarters in points:
            names = []
            for kind, key in keys:
                names.append(_n(doc, key) if kind == "code" else SOIL_WORDS[key][L] if kind == "soil" else _water(key, doc.lang))
                doc.add("monitoring", {"point": pid, ("code" if kind == "code" else "symbol"): key, "frequency": QUARTERS[len(quarters)]})
            coords = f"{num(round(42.85 + r.uniform(-0.01, 0.01), 5), doc.lang)}; {num(round(71.27 + r.uniform(-0.01, 0.01), 5), doc.lang)}"
            rows.append([f"{pid} ({(p_ru, p_kk)[L]})", coords, ", ".join(names), *("+" if q in quarters else "" for q in (1, 2, 3, 4))])
    doc.table(g("Таблица 2 – План-график мониторинга воздействия", "2-кесте – Әсер мониторингінің жоспар-кестесі"), rows, merges, role="monitoring")
    doc.p(g("Результаты мониторинга включаются в ежеквартальный отчет по ПЭК. Визуальный осмотр дамб – см. регламент эксплуатации накопителя.",
            "Мониторинг нәтижелері ӨЭБ бойынша тоқсандық есепке енгізіледі. Бөгеттерді көзбен шолып тексеру – жинақтауышты пайдалану регламентін қараңыз."))


# (section, frequency, points of the section, [(kind, key, points marked)])
VN_GYPS_PLAN = (
    ("A. Nước dưới đất – tần suất 06 tháng/lần; so sánh QCVN 09:2023/BTNMT", "semiannual", ("NN1", "NN2", "NN3"), [
        ("symbol", "pH", ("NN1", "NN2", "NN3")), ("symbol", "F-", ("NN1", "NN2", "NN3")), ("symbol", "PO4", ("NN1", "NN2", "NN3")),
        ("symbol", "SO4", ("NN1", "NN2", "NN3")), ("symbol", "NH4+", ("NN2", "NN3"))]),
    ("B. Nước mặt kênh tiêu Đông Hải – tần suất 03 tháng/lần; so sánh QCVN 08:2023/BTNMT", "quarterly", ("NM1", "NM2"), [
        ("symbol", "pH", ("NM1", "NM2")), ("symbol", "F-", ("NM1", "NM2")), ("symbol", "PO4", ("NM1", "NM2")), ("symbol", "TSS", ("NM1", "NM2"))]),
    ("C. Không khí xung quanh – tần suất 03 tháng/lần; so sánh QCVN 05:2023/BTNMT", "quarterly", ("KK1", "KK2"), [
        ("code", "2902", ("KK1", "KK2")), ("code", "0342", ("KK1", "KK2"))]),
)  # fmt: skip
VN_GYPS_POINTS = (("NN1", "Giếng quan trắc phía Bắc bãi thải (thượng lưu)"), ("NN2", "Giếng quan trắc phía Nam bãi thải"),
                  ("NN3", "Giếng quan trắc phía Đông, cạnh hồ nước trong"), ("NM1", "Kênh tiêu, thượng lưu cửa xả 200 m"),
                  ("NM2", "Kênh tiêu, hạ lưu cửa xả 500 m"), ("KK1", "Chân đê bao phía Đông Nam"), ("KK2", "Khu dân cư thôn Đông Xuân"))


def _monitoring_kc2_vi(doc: Doc) -> None:
    r = doc.rng
    pts = [p for p, _ in VN_GYPS_POINTS]
    doc.h("CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG BÃI THẢI GYPS SỐ 2 – CÔNG TY CỔ PHẦN DAP CÁT HẢI")
    doc.table("Bảng 1. Vị trí các điểm quan trắc", [["Ký hiệu", "Vị trí", "Tọa độ (VN-2000)"]] + [
        [p, place, f"{num(2302000 + r.randint(-800, 800), 'vi')}; {num(600000 + r.randint(-800, 800), 'vi')}"] for p, place in VN_GYPS_POINTS],
        role="other")
    rows = [["TT", "Thông số", "Vị trí quan trắc"] + [None] * (len(pts) - 1), [None, None, *pts]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 1 + len(pts))]
    k = 0
    for section, word, _, params in VN_GYPS_PLAN:
        _span(rows, merges, section, 2 + len(pts))
        for kind, key, marked in params:
            k += 1
            name = VN_SHORT[key] if kind == "code" else _water(key, "vi")
            rows.append([str(k), name, *("x" if p in marked else "-" for p in pts)])
            for p in marked:
                doc.add("monitoring", {"point": p, kind: key, "frequency": word})
    doc.table("Bảng 2. Thông số và tần suất quan trắc", rows, merges, role="monitoring")
    doc.p("Ngoài ra, Công ty thực hiện quan trắc độ lún, chuyển vị đê bao theo quy trình vận hành bãi thải đã được phê duyệt.")


# ---------------------------------------------------------------- inspections

# (RU, KK shop, [(ГОУ no, RU, KK ГОУ, efficiency %, [(RU, KK check, frequency or None, RU, KK words when None, RU, KK who)])])
N_GOU = (
    (("Цех азотной кислоты", "Азот қышқылы цехы"), [
        ("ГОУ-01/АК", "Реактор каталитической очистки хвостовых газов (ИЗА 0002)", "Қалдық газдарды каталитикалық тазарту реакторы (ЛШК 0002)", 96.0, [
            ("Температура газа на входе 280–320 °C, расход аммиака-восстановителя, перепад давления не более 4 кПа",
             "Кірістегі газ температурасы 280–320 °C, аммиак-тотықсыздандырғыш шығыны, қысым айырмасы 4 кПа-дан аспайды", "daily", "", "",
             "начальник смены", "ауысым бастығы"),
            ("Отбор проб до и после реактора для определения эффективности очистки", "Тазарту тиімділігін анықтау үшін реакторға дейін және кейін сынама алу",
             "quarterly", "", "", "центральная заводская лаборатория", "орталық зауыт зертханасы")]),
    ]),
    (("Цех карбамида и аммиачной селитры", "Карбамид және аммиак селитрасы цехы"), [
        ("ГОУ-02/К", "Скрубберы грануляционной башни карбамида (ИЗА 0003)", "Карбамид түйіршіктеу мұнарасының скрубберлері (ЛШК 0003)", 92.5, [
            ("Орошение скрубберов, плотность циркулирующего раствора, состояние форсунок", "Скрубберлерді суару, айналымдағы ерітінді тығыздығы, бүріккіштердің жай-күйі",
             "weekly", "", "", "механик цеха", "цех механигі"),
            ("Внутренний осмотр и очистка каплеуловителей", "Тамшы ұстағыштарды ішкі тексеру және тазалау", None,
             "при каждом плановом останове агрегата", "агрегаттың әрбір жоспарлы тоқтауында", "механик цеха", "цех механигі")]),
        ("ГОУ-03/АС", "Скрубберы грануляционной башни аммиачной селитры (ИЗА 0004)", "Аммиак селитрасы түйіршіктеу мұнарасының скрубберлері (ЛШК 0004)", 95.0, [
            ("pH орошающего раствора 4,5–5,5, концентрация селитры в растворе не более 25 %",
             "Суару ерітіндісінің pH 4,5–5,5, ерітіндідегі селитра концентрациясы 25 %-дан аспайды", "monthly", "", "", "технолог цеха", "цех технологы")]),
    ]),
    (("Общезаводской контроль", "Жалпы зауыттық бақылау"), [
        ("—", "Все ГОУ предприятия", "Кәсіпорынның барлық ГТҚ", None, [
            ("Проверка технического состояния и эффективности ГОУ с оформлением акта", "ГТҚ техникалық жай-күйі мен тиімділігін актімен ресімдей отырып тексеру",
             "yearly", "", "", "комиссия под председательством главного инженера", "бас инженер төрағалық ететін комиссия")]),
    ]),
)  # fmt: skip


def inspections_kc1(doc: Doc) -> None:
    """A nitrogen complex's schedule of checks of its gas-cleaning installations: each installation's passport number, name
    with its source and design efficiency merged down over its checks, the check written with its criteria full of figures
    and units (`не более 4 кПа`, `pH 4,5–5,5`) that are no limits, the frequency and who checks, a check at each planned
    shutdown with no frequency, shop rows spanning the table (VI: a DAP plant's gypsum-stack inspection list, crest levels and
    water margins in the criteria, checks after heavy rain above 100 mm a day with no frequency, an independent consultant)."""
    if doc.lang == "vi":
        _inspections_kc1_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    c = doc.pick(N_COMPLEXES)
    said = _said(doc)
    doc.h(g(f"График проверок газоочистных установок {c[0]} на 2026 год", f"{c[1]} газ тазарту қондырғыларын тексерудің 2026 жылға арналған кестесі"))
    doc.p(g("Составлен в соответствии с Правилами эксплуатации установок очистки газа; результаты заносятся в журнал учета работы ГОУ (форма ПОД-3).",
            "Газ тазарту қондырғыларын пайдалану қағидаларына сәйкес жасалды; нәтижелер ГТҚ жұмысын есепке алу журналына (ПОД-3 нысаны) енгізіледі."))
    rows = [g(["№ ГОУ по паспорту", "Наименование ГОУ (№ ИЗА)", "Проектный КПД, %", "Что проверяется", "Периодичность", "Исполнитель"],
              ["Паспорт бойынша ГТҚ №", "ГТҚ атауы (ЛШК №)", "Жобалық ПӘК, %", "Не тексеріледі", "Кезеңділігі", "Орындаушы"])]
    merges: list = []
    for (s_ru, s_kk), gous in N_GOU:
        _span(rows, merges, (s_ru, s_kk)[L], 6)
        for no, n_ru, n_kk, eff, checks in gous:
            start = len(rows)
            for j, (c_ru, c_kk, word, w_ru, w_kk, a_ru, a_kk) in enumerate(checks):
                text, who = (c_ru, c_kk)[L], (a_ru, a_kk)[L]
                head = [no, (n_ru, n_kk)[L], num(eff, doc.lang) if eff else "–"] if j == 0 else [None] * 3
                rows.append(head + [text, said[word] if word else (w_ru, w_kk)[L], who])
                item = {"kind": "inspection", "text_contains": _words(text, 3), "actor_contains": who}
                if word:
                    item["frequency"] = word
                doc.add("obligations", item)
            if len(checks) > 1:
                merges += [(start, k, len(rows) - 1, k) for k in range(3)]
    doc.table(g("Таблица 1 – Проверки ГОУ", "1-кесте – ГТҚ тексерулері"), rows, merges, role="inspections")
    maybe_distractor(doc)


# (item, criteria, frequency or None, words when None, who)
VN_DAM = (
    ("Đê bao, mái taluy bãi thải", "Vết nứt, sạt lở, thấm ướt chân đê; cao trình đỉnh đê không thấp hơn +12,5 m", "daily", "", "Tổ vận hành bãi thải"),
    ("Hệ thống thu gom nước rỉ và rãnh chân đê", "Tắc nghẽn, rò rỉ; pH nước trong rãnh không nhỏ hơn 5,5", "weekly", "", "Tổ vận hành bãi thải"),
    ("Hồ nước trong, trạm bơm hồi lưu", "Mực nước cách đỉnh đê tối thiểu 1,5 m; hoạt động của 02 bơm", "daily", "", "Xưởng Axit photphoric"),
    ("Mốc quan trắc lún, chuyển vị đê bao", "Đo cao độ 12 mốc, so sánh với kết quả lần đo trước", "quarterly", "", "Phòng Kỹ thuật – An toàn"),
    ("Toàn bộ bãi thải gyps", "Đánh giá an toàn đê bao theo quy trình vận hành được phê duyệt", "yearly", "", "Đơn vị tư vấn độc lập"),
    ("Đê bao, cửa xả tràn sự cố", "Kiểm tra đột xuất", None, "Sau mỗi trận mưa lớn trên 100 mm/ngày hoặc sau bão", "Tổ vận hành bãi thải"),
)


def _inspections_kc1_vi(doc: Doc) -> None:
    said = _said(doc)
    doc.h("QUY TRÌNH VẬN HÀNH BÃI THẢI GYPS SỐ 2 – PHỤ LỤC 4. DANH MỤC KIỂM TRA ĐỊNH KỲ")
    doc.p("Kết quả kiểm tra được ghi vào sổ nhật ký vận hành bãi thải; phát hiện bất thường phải báo ngay cho Phó Giám đốc kỹ thuật.")
    rows = [["TT", "Hạng mục kiểm tra", "Nội dung, tiêu chí", "Tần suất", "Người/bộ phận thực hiện"]]
    for k, (item, crit, word, words, who) in enumerate(VN_DAM, 1):
        rows.append([str(k), item, crit, said[word] if word else words, who])
        ob = {"kind": "inspection", "number": str(k), "text_contains": _words(item, 3), "actor_contains": who}
        if word:
            ob["frequency"] = word
        doc.add("obligations", ob)
    doc.table("Bảng PL4.1. Danh mục kiểm tra", rows, role="inspections")
    distractor(doc, "approval")


# (RU, KK equipment, points, RU, KK method, frequency, RU, KK unplanned, RU, KK who)
LDAR = (
    ("Изотермическое хранилище жидкого аммиака: фланцевые соединения и арматура", "Сұйық аммиактың изотермиялық қоймасы: фланецті қосылыстар мен арматура",
     146, "газоанализатор АНКАТ-7664", "АНКАТ-7664 газталдағышы", "monthly", "после ремонта и при срабатывании сигнализации",
     "жөндеуден кейін және дабыл іске қосылғанда", "газоспасательная служба", "газ құтқару қызметі"),
    ("Насосы и компрессоры отгрузки аммиака: торцевые уплотнения", "Аммиак тиеу сорғылары мен компрессорлары: бүйір тығыздағыштары",
     24, "газоанализатор, мыльная проба", "газталдағыш, сабын сынамасы", "weekly", "при замене уплотнения", "тығыздағышты ауыстырғанда",
     "оператор склада аммиака", "аммиак қоймасының операторы"),
    ("Аммиакопровод до железнодорожной эстакады", "Темір жол эстакадасына дейінгі аммиак құбыры", 52, "обход с газоанализатором",
     "газталдағышпен айналып шығу", "quarterly", "после землетрясения силой 5 баллов и более", "5 балл және одан жоғары жер сілкінісінен кейін",
     "служба главного механика", "бас механик қызметі"),
    ("Датчики довзрывной и токсичной концентрации аммиака (ДАК)", "Аммиактың жарылыс алдындағы және улы концентрациясының датчиктері (ДАК)",
     36, "поверочная газовая смесь", "тексеру газ қоспасы", "monthly", "–", "–", "служба КИПиА", "БӨАжА қызметі"),
    ("Склад аммиачной селитры: температура и влажность в штабелях", "Аммиак селитрасының қоймасы: қатарлардағы температура мен ылғалдылық",
     8, "термометры сопротивления", "кедергі термометрлері", "daily", "при повышении температуры выше 30 °C", "температура 30 °C-тан жоғары көтерілгенде",
     "начальник склада", "қойма бастығы"),
)  # fmt: skip


def inspections_kc2(doc: Doc) -> None:
    """A nitrogen complex's programme of finding leaks at its ammonia storage, pipeline and ammonium-nitrate store: the
    equipment, the number of points checked and the instrument as look-alike figures, `Периодичность обследования` merged
    over a planned column with the frequency and an unplanned one with its conditions (after an earthquake of 5 points and
    more, above 30 °C), who checks; the detection thresholds in a table of no role (VI: a sulphuric- and phosphoric-acid
    plant's plan of internal checks under area rows, items `1.1`, a check after storms with its condition in the notes)."""
    r = doc.rng
    if doc.lang == "vi":
        _inspections_kc2_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    c = doc.pick(N_COMPLEXES)
    said = _said(doc)
    doc.h(g(f"Программа обнаружения и устранения утечек аммиака {c[0]}", f"{c[1]} аммиактың ағып кетуін анықтау және жою бағдарламасы"))
    doc.p(g(f"Утверждена главным инженером {r.randint(10, 28)}.01.2026. Обнаруженная утечка устраняется в течение 24 часов с записью в журнал.",
            f"Бас инженер {r.randint(10, 28)}.01.2026 бекітті. Анықталған ағып кету журналға жазыла отырып, 24 сағат ішінде жойылады."))
    rows = [g(["Объект / узел", "Точек контроля, шт.", "Средство контроля", "Периодичность обследования", None, "Исполнитель"],
              ["Объект / тораб", "Бақылау нүктелері, дана", "Бақылау құралы", "Тексеру кезеңділігі", None, "Орындаушы"]),
            [None, None, None, g("плановое", "жоспарлы"), g("внеплановое", "жоспардан тыс"), None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 1, 5)]
    for e_ru, e_kk, points, m_ru, m_kk, word, u_ru, u_kk, a_ru, a_kk in LDAR:
        text, who = (e_ru, e_kk)[L], (a_ru, a_kk)[L]
        rows.append([text, str(points), (m_ru, m_kk)[L], said[word], (u_ru, u_kk)[L], who])
        doc.add("obligations", {"kind": "inspection", "frequency": word, "text_contains": _words(text, 3), "actor_contains": who})
    doc.table(g("Таблица 2 – Обследование оборудования на утечки", "2-кесте – Жабдықты ағып кетуге тексеру"), rows, merges, role="inspections")
    doc.table(g("Таблица 3 – Пороги срабатывания", "3-кесте – Іске қосылу шектері"), [
        g(["Параметр", "Порог 1", "Порог 2"], ["Параметр", "1-шек", "2-шек"]),
        [g("Аммиак в воздухе рабочей зоны, мг/м³", "Жұмыс аймағы ауасындағы аммиак, мг/м³"), "20", "60"],
        [g("Концентрация у фланца, ppm", "Фланец жанындағы концентрация, ppm"), "25", "100"]], role="other")


# (section, [(number, check, frequency or None, who, note)])
VN_ACID_CHECKS = (
    ("1. Khu sản xuất axit sunfuric", [
        ("1.1", "Kiểm tra nồng độ SO2 tại ống khói qua màn hình trạm quan trắc tự động", "daily", "Trưởng ca xưởng Axit sunfuric", ""),
        ("1.2", "Kiểm tra rò rỉ axit tại bồn chứa, đường ống và bờ bao", "weekly", "Xưởng Axit sunfuric", "")]),
    ("2. Khu sản xuất axit photphoric", [
        ("2.1", "Kiểm tra hệ thống hấp thụ flo (tháp rửa khí) và lưu lượng nước tuần hoàn", "daily", "Trưởng ca xưởng Axit photphoric", ""),
        ("2.2", "Kiểm tra hiệu quả tháp rửa khí bằng thiết bị đo nhanh HF", "monthly", "Phòng Kỹ thuật – Môi trường", "")]),
    ("3. Kho, bãi và chất thải", [
        ("3.1", "Kiểm tra kho lưu giữ chất thải nguy hại: nhãn, biển cảnh báo, sổ theo dõi", "quarterly", "Phòng An toàn – Môi trường", ""),
        ("3.2", "Kiểm tra tổng thể việc tuân thủ giấy phép môi trường", "semiannual", "Đoàn kiểm tra nội bộ của Công ty", "Phó Giám đốc kỹ thuật làm trưởng đoàn"),
        ("3.3", "Kiểm tra bãi chứa quặng apatit và mương thoát nước", None, "Xưởng Nguyên liệu", "Sau mỗi đợt mưa bão")]),
)  # fmt: skip
VN_HANG = {"daily": "Hằng ngày", "weekly": "Hằng tuần", "monthly": "Hằng tháng", "quarterly": "Hằng quý", "semiannual": "06 tháng/lần"}


def _inspections_kc2_vi(doc: Doc) -> None:
    doc.h("KẾ HOẠCH KIỂM TRA NỘI BỘ VỀ BẢO VỆ MÔI TRƯỜNG NĂM 2026 – CÔNG TY CỔ PHẦN SUPE PHỐT PHÁT VÀ DAP THAO GIANG")
    rows = [["TT", "Nội dung kiểm tra", "Tần suất", "Bộ phận thực hiện", "Ghi chú"]]
    merges: list = []
    for section, checks in VN_ACID_CHECKS:
        _span(rows, merges, section, 5)
        for number, text, word, who, note in checks:
            rows.append([number, text, VN_HANG[word] if word else "Đột xuất", who, note])
            ob = {"kind": "inspection", "number": number, "text_contains": _words(text, 4), "actor_contains": who}
            if word:
                ob["frequency"] = word
            doc.add("obligations", ob)
    doc.table("Bảng 1. Nội dung và tần suất kiểm tra", rows, merges, role="inspections")
    maybe_distractor(doc, 0.4)


# ---------------------------------------------------------------- tasks

# (RU, KK section, [(RU, KK measure, total thousand tenge, years' shares, RU, KK term, RU, KK effect, RU, KK who)])
N_PLAN_MEASURES = (
    (("1. Охрана атмосферного воздуха", "1. Атмосфералық ауаны қорғау"), [
        ("Установка блока каталитического разложения N2O в контактных аппаратах УКЛ-7 № 1–3",
         "УКЛ-7 № 1–3 түйіспелі аппараттарында N2O каталитикалық ыдырату блогын орнату", 412000, (0.5, 0.5, 0.0), "IV кв. 2027 г.", "2027 ж. IV тоқсан",
         "снижение выбросов N2O на 85 %", "N2O шығарындыларын 85 %-ға азайту", "начальник цеха азотной кислоты", "азот қышқылы цехының бастығы"),
        ("Замена каплеуловителей грануляционной башни карбамида на волокнистые фильтры",
         "Карбамид түйіршіктеу мұнарасының тамшы ұстағыштарын талшықты сүзгілерге ауыстыру", 186500, (1.0, 0.0, 0.0), "2026 г.", "2026 ж.",
         "снижение выброса карбамида на 120 т/год", "карбамид шығарындысын жылына 120 т азайту", "главный механик", "бас механик"),
        ("Внедрение АСМ на источнике 0004 (грануляционная башня аммиачной селитры)",
         "0004 көзінде (аммиак селитрасының түйіршіктеу мұнарасы) АМЖ енгізу", 94800, (0.3, 0.7, 0.0), "II кв. 2027 г.", "2027 ж. II тоқсан",
         "непрерывный контроль NH3 и пыли", "NH3 және шаңды үздіксіз бақылау", "начальник службы КИПиА", "БӨАжА қызметінің бастығы"),
    ]),
    (("2. Охрана водных объектов", "2. Су объектілерін қорғау"), [
        ("Реконструкция локальных очистных сооружений аммиачсодержащих стоков", "Құрамында аммиак бар ағындардың жергілікті тазарту құрылыстарын қайта жаңарту",
         265000, (0.2, 0.5, 0.3), "2026–2028 гг.", "2026–2028 жж.", "снижение сброса аммоний-иона на 40 %", "аммоний-ион төгіндісін 40 %-ға азайту",
         "главный инженер", "бас инженер"),
        ("Бурение двух дополнительных наблюдательных скважин у накопителя шламов ХВО",
         "ХСТ шламдарының жинақтауышы жанында екі қосымша бақылау ұңғымасын бұрғылау", 14200, (1.0, 0.0, 0.0), "III кв. 2026 г.", "2026 ж. III тоқсан",
         "контроль подземных вод", "жерасты суларын бақылау", "инженер-эколог", "инженер-эколог"),
    ]),
    (("3. Обращение с отходами", "3. Қалдықтармен жұмыс"), [
        ("Строительство площадки временного хранения отработанных катализаторов", "Пайдаланылған катализаторларды уақытша сақтау алаңын салу",
         38700, (0.0, 1.0, 0.0), "2027 г.", "2027 ж.", "исключение загрязнения почв", "топырақтың ластануын болдырмау", "начальник ОКС", "КҚБ бастығы"),
        ("Передача накопленных отработанных катализаторов на регенерацию", "Жинақталған пайдаланылған катализаторларды регенерацияға беру",
         22600, (0.5, 0.5, 0.0), "2026–2027 гг.", "2026–2027 жж.", "сокращение накопления на 95 т", "жинақталуды 95 т қысқарту", "инженер-эколог", "инженер-эколог"),
    ]),
)  # fmt: skip


def tasks_kc1(doc: Doc) -> None:
    """A nitrogen complex's plan of environmental measures annexed to its КЭР for 2026–2028: the money over two header rows
    (`всего` and the three years under `Объем финансирования, тыс. тенге`), the term, the expected effect with its own figures
    (`на 120 т/год`, `на 85 %`) and the responsible, section rows numbered `1.`–`3.` over items numbered on through the plan,
    the source number `0004` inside a measure, totals of the money (VI: a DAP plant's plan of restoring its gypsum stack,
    items `1.1` under stage rows, volumes in square and cubic metres and hectares, the deposit in billions of dong)."""
    r = doc.rng
    if doc.lang == "vi":
        _tasks_kc1_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    c = doc.pick(N_COMPLEXES)
    doc.h(g(f"План мероприятий по охране окружающей среды {c[0]} на 2026–2028 годы (приложение 4 к КЭР)",
            f"{c[1]} қоршаған ортаны қорғау жөніндегі 2026–2028 жылдарға арналған іс-шаралар жоспары (КЭР-ге 4-қосымша)"))
    rows = [g(["№", "Наименование мероприятия", "Объем финансирования, тыс. тенге", None, None, None, "Срок выполнения", "Ожидаемый эффект", "Ответственный"],
              ["№", "Іс-шараның атауы", "Қаржыландыру көлемі, мың теңге", None, None, None, "Орындау мерзімі", "Күтілетін әсер", "Жауапты"]),
            [None, None, g("всего", "барлығы"), "2026", "2027", "2028", None, None, None]]
    merges = [(0, c_, 1, c_) for c_ in (0, 1, 6, 7, 8)] + [(0, 2, 0, 5)]
    k = 0
    money = [0, 0, 0, 0]
    for (s_ru, s_kk), measures in N_PLAN_MEASURES:
        _span(rows, merges, (s_ru, s_kk)[L], 9)
        for m_ru, m_kk, total, shares, t_ru, t_kk, e_ru, e_kk, a_ru, a_kk in measures:
            k += 1
            total = total + r.randint(-20, 20) * 100
            years = [round(total * s / 100) * 100 for s in shares]
            last = max(i for i, s in enumerate(shares) if s)
            years[last] = total - sum(y for i, y in enumerate(years) if i != last)
            text, who = (m_ru, m_kk)[L], (a_ru, a_kk)[L]
            rows.append([str(k), text, num(total, doc.lang), *(num(y, doc.lang) if y else "–" for y in years), (t_ru, t_kk)[L], (e_ru, e_kk)[L], who])
            money = [a + b for a, b in zip(money, [total, *years], strict=True)]
            doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text, 4), "actor_contains": who})
    rows.append(["", g("Итого по плану", "Жоспар бойынша барлығы"), *(num(x, doc.lang) for x in money), "", "", ""])
    doc.table(g("Таблица 4.1", "4.1-кесте"), rows, merges, role="tasks")
    maybe_distractor(doc)


# (stage, [(number, item, amount, unit, term, who)])
VN_REHAB = (
    ("1. Trong giai đoạn vận hành bãi thải", [
        ("1.1", "Trồng cỏ vetiver phủ mái taluy đê bao", "18.500", "m²", "2026", "Xưởng Gyps"),
        ("1.2", "Gia cố rãnh thu nước chân đê bằng bê tông cốt thép", "1.240", "m", "2026 – 2027", "Ban Quản lý dự án"),
        ("1.3", "Lắp đặt bổ sung 02 giếng quan trắc nước dưới đất phía Nam", "2", "giếng", "Quý III/2026", "Phòng An toàn – Môi trường")]),
    ("2. Khi kết thúc vận hành (đóng bãi)", [
        ("2.1", "Phủ lớp đất sét chống thấm dày 0,5 m trên bề mặt bãi", "96.000", "m³", "2031", "Nhà thầu thi công"),
        ("2.2", "Phủ đất màu và trồng cây keo lai", "32", "ha", "2032", "Nhà thầu thi công"),
        ("2.3", "Quan trắc môi trường sau đóng bãi trong 05 năm", "5", "năm", "2032 – 2037", "Phòng An toàn – Môi trường")]),
)


def _tasks_kc1_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("PHƯƠNG ÁN CẢI TẠO, PHỤC HỒI MÔI TRƯỜNG BÃI THẢI GYPS SỐ 2 – CÔNG TY CỔ PHẦN DAP CÁT HẢI")
    doc.p(f"Tổng kinh phí cải tạo, phục hồi môi trường: {num(round(r.uniform(38, 52), 2), 'vi')} tỷ đồng; ký quỹ lần đầu tại Quỹ Bảo vệ môi trường "
          "thành phố Hải Phòng trước ngày 31/3/2026.")
    rows = [["TT", "Hạng mục công trình, biện pháp", "Khối lượng", "Đơn vị", "Thời gian thực hiện", "Đơn vị thực hiện"]]
    merges: list = []
    for stage, items in VN_REHAB:
        _span(rows, merges, stage, 6)
        for number, item, amount, unit, term, who in items:
            rows.append([number, item, amount, unit, term, who])
            doc.add("obligations", {"kind": "task", "number": number, "text_contains": _words(item, 5), "actor_contains": who})
    doc.table("Bảng 3.2. Kế hoạch thực hiện các hạng mục cải tạo, phục hồi môi trường", rows, merges, role="tasks")


# (order's clause, RU, KK breach, RU, KK measure, RU, KK who, done)
ORDER_ITEMS = (
    ("1.1", "Превышение норматива выброса аммиака на ИЗА 0004: фактически {a} г/с при нормативе 2,1 г/с",
     "0004 ЛШК-да аммиак шығарындысы нормативінен асу: норматив 2,1 г/с болғанда іс жүзінде {a} г/с",
     "Провести ревизию скрубберов грануляционной башни и заменить насадку", "Түйіршіктеу мұнарасының скрубберлеріне ревизия жүргізу және саптаманы ауыстыру",
     "главный механик", "бас механик", True),
    ("1.2", "Не обеспечен учет объема сбрасываемых сточных вод на выпуске № 1", "№ 1 шығарылымда төгілетін сарқынды су көлемінің есебі қамтамасыз етілмеген",
     "Установить ультразвуковой расходомер на выпуске № 1", "№ 1 шығарылымға ультрадыбыстық шығын өлшегіш орнату", "начальник цеха водоснабжения",
     "сумен жабдықтау цехының бастығы", False),
    ("2.1", "Отработанные катализаторы хранятся на необорудованной площадке более 6 месяцев", "Пайдаланылған катализаторлар жабдықталмаған алаңда 6 айдан артық сақталады",
     "Передать отработанные катализаторы специализированной организации", "Пайдаланылған катализаторларды мамандандырылған ұйымға беру",
     "начальник цеха аммиака", "аммиак цехының бастығы", False),
    ("2.2", "Не разработаны паспорта опасных отходов на 3 вида отходов", "Қалдықтардың 3 түріне қауіпті қалдықтар паспорттары әзірленбеген",
     "Разработать и направить в уполномоченный орган паспорта опасных отходов", "Қауіпті қалдықтар паспорттарын әзірлеп, уәкілетті органға жіберу",
     "инженер-эколог", "инженер-эколог", True),
    ("3.1", "Не выполнен мониторинг подземных вод в III квартале 2025 года", "2025 жылғы III тоқсанда жерасты суларының мониторингі орындалмаған",
     "Заключить договор с аккредитованной лабораторией и выполнить отбор проб", "Аккредиттелген зертханамен шарт жасасу және сынама алуды орындау",
     "отдел охраны окружающей среды", "қоршаған ортаны қорғау бөлімі", False),
)  # fmt: skip


def tasks_kc2(doc: Doc) -> None:
    """An operator's plan of carrying out the regional department's order after an inspection: the plan's own item numbers
    `1`–`5` beside the order's clauses `1.1`–`3.1` as look-alikes, each breach with its figures (`3,9 г/с при нормативе
    2,1 г/с`, `выпуске № 1`, `более 6 месяцев`) before the measure, the dates as terms, the responsible and a column of
    marks `выполнено` / `в работе` (VI: a superphosphate company's plan of remedying what an inspection conclusion found,
    the conclusion's items cited as `mục 2.3`, the money in millions of dong)."""
    r = doc.rng
    if doc.lang == "vi":
        _tasks_kc2_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    c = doc.pick(N_COMPLEXES)
    order, day = f"№ {r.randint(10, 99)}-{r.randint(100, 999)}", r.randint(3, 27)
    doc.h(g(f"План мероприятий по исполнению предписания {order} от {day}.11.2025 Департамента экологии по Мангистауской области",
            f"Маңғыстау облысы бойынша экология департаментінің 2025 жылғы {day} қарашадағы {order} нұсқамасын орындау жөніндегі іс-шаралар жоспары"))
    doc.p(g(f"Оператор: {c[0]}. О выполнении каждого пункта оператор уведомляет Департамент с приложением подтверждающих документов.",
            f"Оператор: {c[1]}. Әр тармақтың орындалуы туралы оператор департаментті растайтын құжаттарды қоса бере отырып хабардар етеді."))
    rows = [g(["№ п/п", "Пункт предписания", "Выявленное нарушение", "Мероприятие по устранению", "Срок", "Ответственный", "Отметка о выполнении"],
              ["Р/с №", "Нұсқама тармағы", "Анықталған бұзушылық", "Жою жөніндегі іс-шара", "Мерзімі", "Жауапты", "Орындалуы туралы белгі"])]
    for k, (clause, b_ru, b_kk, m_ru, m_kk, a_ru, a_kk, done) in enumerate(ORDER_ITEMS, 1):
        breach = (b_ru, b_kk)[L].format(a=num(round(r.uniform(2.6, 4.4), 1), doc.lang))
        text, who = (m_ru, m_kk)[L], (a_ru, a_kk)[L]
        term = f"{r.randint(1, 28):02d}.{r.choice(('03', '04', '05', '06'))}.2026"
        rows.append([str(k), clause, breach, text, g(f"до {term}", f"{term} дейін"), who,
                     g("выполнено", "орындалды") if done else g("в работе", "орындалуда")])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text, 4), "actor_contains": who})
    doc.table(g("Таблица 1", "1-кесте"), rows, role="tasks")
    distractor(doc, "approval")


# (conclusion item, finding, measure, term, who, million dong)
VN_REMEDY = (
    ("mục 2.1", "Chưa lắp đặt thiết bị đo lưu lượng nước thải đầu vào hệ thống xử lý", "Lắp đặt thiết bị đo lưu lượng đầu vào và kết nối truyền dữ liệu",
     "30/4/2026", "Phòng Cơ điện", 420),
    ("mục 2.3", "Bờ bao bồn chứa axit sunfuric số 3 bị nứt, không đảm bảo dung tích chứa", "Sửa chữa, chống thấm bờ bao bồn chứa axit số 3",
     "31/3/2026", "Xưởng Axit sunfuric", 310),
    ("mục 2.4", "Kho chất thải nguy hại chưa có rãnh thu gom chất lỏng tràn đổ", "Xây dựng rãnh và hố thu gom chất lỏng trong kho chất thải nguy hại",
     "30/6/2026", "Phòng An toàn – Môi trường", 95),
    ("mục 3.1", "Chưa cập nhật kế hoạch ứng phó sự cố môi trường theo quy định", "Xây dựng, ban hành kế hoạch ứng phó sự cố môi trường",
     "31/5/2026", "Phòng Kỹ thuật – Môi trường", 60),
)


def _tasks_kc2_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("KẾ HOẠCH KHẮC PHỤC CÁC TỒN TẠI THEO KẾT LUẬN KIỂM TRA – CÔNG TY CỔ PHẦN SUPE PHỐT PHÁT VÀ DAP THAO GIANG")
    doc.p(f"Căn cứ Kết luận kiểm tra số {r.randint(20, 90)}/KL-SNNMT ngày {r.randint(2, 28)}/12/2025 của Sở Nông nghiệp và Môi trường tỉnh Phú Thọ.")
    rows = [["TT", "Tồn tại theo Kết luận", None, "Biện pháp khắc phục", "Thời hạn hoàn thành", "Bộ phận chủ trì", "Kinh phí dự kiến (triệu đồng)"],
            [None, "Mục", "Nội dung", None, None, None, None]]
    merges = [(0, 0, 1, 0), (0, 1, 0, 2)] + [(0, c, 1, c) for c in (3, 4, 5, 6)]
    for k, (item, finding, measure, term, who, money) in enumerate(VN_REMEDY, 1):
        rows.append([str(k), item, finding, measure, term, who, num(money, "vi")])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(measure, 5), "actor_contains": who})
    rows.append(["", "", "Tổng cộng", "", "", "", num(sum(x[5] for x in VN_REMEDY), "vi")])
    doc.table("Bảng 1. Nội dung khắc phục", rows, merges, role="tasks")


LAYOUTS = [Layout(role, f"KC{k}", globals()[f"{role}_kc{k}"]) for role in ROLES for k in (1, 2)]
