"""The forty-fourth blind set's part JV (two layouts per role, `JV1` and `JV2`), written by someone who
neither ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`; held out and measured
once (0.871 over 126 files when first measured at the registering commit, 2026-12-07), then moved to the tuning
layouts to be studied.

Theme: natural rubber latex processing, rubber plantations and smoked-sheet factories, and the rubber-wood sawmills
beside them. Kazakhstan: a plant near Shymkent that dips gloves and balloons from imported ammonia-preserved latex
concentrate, a rubber-goods plant in the Almaty region that masticates imported smoked sheets (RSS) and its latex store,
a shop sawing and impregnating imported rubber-wood (гевея) lumber with borates and drying it in kilns. Vietnam: a state
rubber company of Bình Phước with its SVR latex processing plant, its smoked-sheet (RSS) factory, its plantations and
its rubber-wood sawmill with boron impregnation and kiln drying.

Facility: a plant's questionnaire written as two label–value pairs a row, DMS coordinates with seconds in decimals, the
postcode, phone, year of start and staff as look-alikes, the raw materials in a table of no role (VI: an SVR plant's
information sheet of the same shape, `Nhóm II`, the plantation area in hectares as a look-alike) (JV1); an operator's
sites as rows under a two-row header with `широта | долгота` merged under the coordinates, a footnote on the category
(VI: a rubber company's plant, RSS factory and sawmill with VN-2000 metres beside WGS-84 degrees, plantations by farm in a
table of no role) (JV2).

Emissions: an НДВ table ordered by substance, each substance merged down over the sources that emit it, a subtotal per
substance and the plant's total, the class before the code (VI: an SVR plant's ĐTM loads by source with concentration
and flow as look-alikes before g/s and tonnes, odour substances of the waste-water ponds) (JV1); a scoping document's
emissions in the construction and the operation periods of a rubber-wood shop under period rows, `ОБУВ` for wood dust,
totals per period (VI: a rubber-wood sawmill's loads by phase, g/s only while building) (JV2).

Wastes: limits of accumulation of a latex-goods plant, hazardous and non-hazardous under section rows with subtotals, the
place's area and the storage months as look-alike figures, the units in a row of their own (VI: an SVR plant's CTNH in
kilograms and its ordinary wastes without codes, the state and the receiver) (JV1); a rubber-wood shop's record of
wastes by quarter under a merged header with the year's total as the amount (VI: a sawmill's wastes in tonnes a year with
the sign `NH`/`TT` column and the hazardous codes) (JV2).

Limits: a laboratory's protocol of the latex plant's waste water at its control well against the admission limits of the
city's sewer, the method's ГОСТ/СТ РК numbers in a column of their own, units in the cells (VI: an SVR plant's treated
waste water at two points against QCVN 01-MT:2015/BTNMT column B as Cmax = C × Kq × Kf) (JV1); ambient air at the
protection zone's four points as columns with the ПДК м.р. last, units in a row of their own, the weather rows of no key
(VI: a rubber-wood sawmill's boiler stack and cyclone stack against QCVN 19:2009/BTNMT column B, O2, temperature and velocity
as look-alikes) (JV2).

Monitoring: a ПЭК matrix of substances as rows and sources as columns with a frequency or a dash in each cell, then the
control well quarterly (VI: an SVR plant's GPMT programme with an automated station continuously and the periodic
parameters quarterly, flow and temperature without a key) (JV1); a rubber-wood shop's ПЭК written as kinds of control with
the place, the substances in one cell and how often, a visual check that gives no pair (VI: a smoked-sheet factory's
monitoring of its smokehouse stack and the stream above and below it) (JV2).

Inspections: a plant's yearly schedule of internal checks with month marks `х` and the periodicity column beside them
(VI: an SVR plant's self-inspection plan with the record form's number as a look-alike) (JV1); a clause of the
operator's order on internal environmental control set out as numbered points `3.1`, each naming who checks what and how
often (VI: a provincial department's plan of inspecting rubber companies in 2026, one check each) (JV2).

Tasks: a plan of nature-protection measures under section rows, items numbered straight through, the term split into start
and end, the money by year and the effect in tonnes a year (VI: a remedy plan after an inspection, the shortcoming and the
measure side by side) (JV1); a rubber-wood shop's measures under numbered group rows that are no tasks, quarter marks
(VI: a plantation's replanting plan with items `1.1`) (JV2).
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


def _g(doc: Doc):
    """`g(ru, kk)`: the text of a Russian or a Kazakh document."""
    L = _L(doc)
    return lambda ru, kk: (ru, kk)[L]


def _sig(x: float, digits: int = 3) -> float:
    return float(f"{x:.{digits}g}")


def _words(text: str, n: int = 4) -> str:
    return " ".join(text.split()[:n])


def _span(rows: list, merges: list, text: str, width: int) -> None:
    rows.append([text] + [None] * (width - 1))
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))


def _kind(number: str) -> str:
    return "unorganized" if number.startswith("6") else "organized"


def _kato(doc: Doc, prefix: str) -> str:
    rest = 9 - len(prefix) - 3
    return f"{prefix}{doc.rng.randint(10 ** (rest - 1), 10**rest - 1)}{doc.rng.choice(('000', '100'))}"


def _dms(value: float, lang: str) -> tuple[str, float]:
    """`42°21'14,6"` and the decimal degrees it stands for."""
    d = int(value)
    m = int((value - d) * 60)
    s = min(round((value - d - m / 60) * 3600, 1), 59.9)
    return f"{d}°{m:02d}'{num(s, lang, group=False)}\"", d + m / 60 + s / 3600


# code: (RU, KK, VI, hazard class) of pollutants the vocabulary does not name
EXTRA = {
    "2936": ("Пыль древесная", "Ағаш шаңы", "Bụi gỗ", None),
    "1555": ("Этановая кислота (Уксусная кислота)", "Сірке қышқылы", "Axit axetic", 3),
    "1715": ("Метантиол (Метилмеркаптан)", "Метантиол (метилмеркаптан)", "Metyl mercaptan", 4),
    "0207": ("Цинк оксид (в пересчете на цинк)", "Мырыш оксиді", "Kẽm oxit", 3),
}


def _air(doc: Doc, code: str, variant: int = 0) -> str:
    if code in EXTRA:
        return EXTRA[code][vocab.LANGS.index(doc.lang)]
    return vocab.air(code, doc.lang, variant)


def _hazard(code: str) -> int | None:
    return EXTRA[code][3] if code in EXTRA else vocab.hazard(code)


DAILY = {"ru": "ежедневно", "kk": "күн сайын", "vi": "hằng ngày"}
WEEKLY = {"ru": "еженедельно", "kk": "апта сайын", "vi": "hằng tuần"}
CONT = {"ru": "непрерывно (АСМ)", "kk": "үздіксіз (АМЖ)", "vi": "Tự động, liên tục"}


def _fw(doc: Doc, word: str) -> str:
    if word == "daily":
        return DAILY[doc.lang]
    if word == "weekly":
        return WEEKLY[doc.lang]
    if word == "continuous":
        return CONT[doc.lang]
    return freq(doc, word)


def _said(doc: Doc) -> dict[str, str]:
    """One wording per frequency for the whole document."""
    return {w: _fw(doc, w) for w in ("daily", "weekly", "monthly", "quarterly", "semiannual", "yearly", "continuous")}


# ---------------------------------------------------------------- facility

LATEX_OPS = (
    ("ТОО «Тау Латекс Продакшн»", "«Тау Латекс Продакшн» ЖШС", "Латекс", "Латекс"),
    ("ТОО «Оңтүстік Латекс Индастри»", "«Оңтүстік Латекс Индастри» ЖШС", "Латекс", "Латекс"),
)


def facility_jv1(doc: Doc) -> None:
    """A latex-dipping plant's questionnaire (анкета объекта) written as two label–value pairs a row, the plant's DMS
    coordinates with decimal seconds, postcode, phone, year of start and staff as look-alikes, category `II категория`;
    the raw materials in a table of no role (VI: an SVR latex plant's information sheet in the same two-pair shape,
    `Nhóm II`, the plantation area in hectares and the enterprise's date of registration as look-alikes)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_jv1_vi(doc)
        return
    L, g = _L(doc), _g(doc)
    op = doc.pick(LATEX_OPS)
    operator = op[L]
    bin_ = make_bin(r)
    kato = _kato(doc, "7912")
    lat_s, lat = _dms(42.3541 + r.uniform(-0.01, 0.01), doc.lang)
    lon_s, lon = _dms(69.6342 + r.uniform(-0.01, 0.01), doc.lang)
    name = g("Завод латексных изделий (перчатки, шары)", "Латекс бұйымдары зауыты (қолғаптар, шарлар)")
    doc.h(g("Анкета объекта, оказывающего негативное воздействие на окружающую среду", "Қоршаған ортаға теріс әсер ететін объектінің сауалнамасы"))
    doc.p(g(f"Заполняется оператором для включения в Государственный регистр выбросов и переноса загрязнителей. Оператор: {operator}.",
            f"Ластаушы заттардың шығарындылары мен тасымалдануының мемлекеттік тізіліміне енгізу үшін оператор толтырады. Оператор: {operator}."))
    year = r.randint(2012, 2020)
    staff = r.randint(180, 420)
    rows = [
        g(["Наименование объекта", name, "БИН оператора", bin_], ["Объектінің атауы", name, "Оператордың БСН", bin_]),
        g(["Оператор", operator, "Почтовый индекс", "160019"], ["Оператор", operator, "Пошта индексі", "160019"]),
        g(["Адрес", "г. Шымкент, индустриальная зона «Оңтүстік», ул. 7, участок 14", "Код КАТО", kato],
          ["Мекенжайы", "Шымкент қ., «Оңтүстік» индустриялық аймағы, 7-көше, 14-учаске", "ҚАТО коды", kato]),
        g(["Широта (WGS-84)", f"{lat_s} с.ш.", "Долгота (WGS-84)", f"{lon_s} в.д."],
          ["Ендік (WGS-84)", f"{lat_s} с.е.", "Бойлық (WGS-84)", f"{lon_s} ш.б."]),
        g(["ОКЭД основной", "22190 – Производство прочих резиновых изделий", "Год ввода в эксплуатацию", str(year)],
          ["Негізгі ЭҚЖЖ", "22190 – Өзге де резеңке бұйымдар өндірісі", "Пайдалануға берілген жылы", str(year)]),
        g(["Категория объекта", "II категория", "Численность персонала, чел.", str(staff)],
          ["Объектінің санаты", "II санат", "Персонал саны, адам", str(staff)]),
        g(["Проектная мощность", "перчатки – 240 млн шт./год; шары – 35 млн шт./год", "Телефон", f"+7 7252 {r.randint(30, 59)}-{r.randint(10, 99)}-{r.randint(10, 99)}"],
          ["Жобалық қуаты", "қолғаптар – жылына 240 млн дана; шарлар – жылына 35 млн дана", "Телефон",
           f"+7 7252 {r.randint(30, 59)}-{r.randint(10, 99)}-{r.randint(10, 99)}"]),
    ]
    doc.table(None, rows, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": op[2 + L], "kato": kato, "oked": "22190", "category": "II",
                           "lat": round(lat, 5), "lon": round(lon, 5)})
    doc.table(g("Основное сырье и материалы", "Негізгі шикізат пен материалдар"), [
        g(["Сырье", "Страна происхождения", "Расход, т/год"], ["Шикізат", "Шыққан елі", "Шығыны, т/жыл"]),
        g(["Латекс натуральный концентрированный 60 % (HA, аммиак 0,7 %)", "Вьетнам, Малайзия", num(r.randint(3800, 5200), doc.lang)],
          ["Табиғи концентрацияланған латекс 60 % (HA, аммиак 0,7 %)", "Вьетнам, Малайзия", num(r.randint(3800, 5200), doc.lang)]),
        g(["Кальций азотнокислый (коагулянт)", "Казахстан", num(r.randint(120, 260), doc.lang)],
          ["Кальций нитраты (коагулянт)", "Қазақстан", num(r.randint(120, 260), doc.lang)]),
        g(["Крахмал кукурузный (опудривание)", "Казахстан", num(r.randint(40, 90), doc.lang)],
          ["Жүгері крахмалы (ұнтақтау)", "Қазақстан", num(r.randint(40, 90), doc.lang)]),
    ], role="other")


VN_RUBBER_COS = (
    ("Công ty TNHH MTV Cao su Đồng Xoài Xanh", "Suối Đá"),
    ("Công ty Cổ phần Cao su Hớn Quản Mới", "Tân Khai"),
)


def _facility_jv1_vi(doc: Doc) -> None:
    r = doc.rng
    company, key = doc.pick(VN_RUBBER_COS)
    msdn = make_msdn(r)
    lat_s, lat = _dms(11.6402 + r.uniform(-0.01, 0.01), "vi")
    lon_s, lon = _dms(106.6128 + r.uniform(-0.01, 0.01), "vi")
    doc.h("PHIẾU THÔNG TIN CƠ SỞ SẢN XUẤT, KINH DOANH, DỊCH VỤ")
    doc.p(f"(Kèm theo hồ sơ đề nghị cấp giấy phép môi trường của {company}.)")
    area = r.randint(6200, 9800)
    rows = [
        ["Tên cơ sở", f"Nhà máy chế biến mủ cao su {key}", "Mã số doanh nghiệp", msdn],
        ["Chủ cơ sở", company, "Ngày đăng ký lần đầu", f"{r.randint(1, 28):02d}/0{r.randint(1, 9)}/2010"],
        ["Địa chỉ", f"ấp 3, xã {key}, tỉnh Đồng Nai (trước đây thuộc tỉnh Bình Phước)", "Điện thoại", f"0271 {r.randint(3800, 3899)} {r.randint(100, 999)}"],
        ["Vĩ độ (WGS-84)", f"{lat_s} Bắc", "Kinh độ (WGS-84)", f"{lon_s} Đông"],
        ["Loại hình sản xuất", "Sơ chế mủ cao su thiên nhiên (SVR 3L, SVR 10, SVR 20)", "Tổng diện tích vườn cây cung cấp nguyên liệu", f"{num(area, 'vi')} ha"],
        ["Công suất", "12.000 tấn sản phẩm/năm (mủ nước 9.000 tấn, mủ tạp 3.000 tấn)", "Phân nhóm theo Luật BVMT 2020", "Nhóm II"],
    ]
    doc.table("Bảng 1. Thông tin chung", rows, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": key, "category": "II", "lat": round(lat, 5), "lon": round(lon, 5)})
    doc.table("Bảng 2. Nhu cầu nguyên liệu, hóa chất", [
        ["TT", "Tên", "Đơn vị", "Khối lượng/năm"],
        ["1", "Mủ nước (DRC 30 %)", "tấn", num(r.randint(28, 32) * 1000, "vi")],
        ["2", "Axit formic 85 %", "tấn", num(r.randint(90, 150), "vi")],
        ["3", "Amoniac (chống đông mủ)", "tấn", num(r.randint(30, 60), "vi")],
        ["4", "Natri metabisulfit", "tấn", num(r.randint(8, 20), "vi")],
    ], role="other")
    maybe_distractor(doc, 0.3)


# (RU, KK site, key RU, key KK, RU, KK place, KATO prefix, lat, lon, OKED, category, RU, KK capacity)
RTI_SITES = (
    ("Завод резинотехнических изделий", "Резеңке-техникалық бұйымдар зауыты", "резинотехнических", "Резеңке-техникалық",
     "Алматинская область, Илийский район, п. Боралдай, ул. Промышленная, 9", "Алматы облысы, Іле ауданы, Боралдай к., Өнеркәсіп к-сі, 9",
     "1952", 43.3507, 76.8614, "22190", "II", "РТИ – 4 200 т/год (натуральный каучук RSS, латекс)", "РТБ – жылына 4 200 т (RSS табиғи каучук, латекс)"),
    ("Склад натурального каучука и латекса", "Табиғи каучук пен латекс қоймасы", "Склад", "қоймасы",
     "г. Алматы, Турксибский район, ул. Бекмаханова, 96", "Алматы қ., Түрксіб ауданы, Бекмаханов к-сі, 96",
     "7510", 43.3489, 76.9817, "52101", "III", "единовременное хранение – 800 т", "бір мезгілде сақтау – 800 т"),
    ("Цех раскроя и пропитки древесины гевеи", "Гевея сүрегін пішу және сіңдіру цехы", "гевеи", "Гевея",
     "Алматинская область, г. Конаев, промзона «Капшагай», 3", "Алматы облысы, Қонаев қ., «Қапшағай» өнеркәсіп аймағы, 3",
     "1910", 43.8761, 77.0912, "16100", "III", "пиломатериалы гевеи – 6 500 м³/год", "гевея ағаш материалдары – жылына 6 500 м³"),
)  # fmt: skip


def facility_jv2(doc: Doc) -> None:
    """An operator's sites as rows: `№ | площадка | местонахождение | КАТО | координаты (WGS-84)` with `широта | долгота`
    merged under it in a second header row, then OKED, category with a footnote mark and capacity; the operator's BIN only
    in the paragraph above the table (VI: a rubber company's SVR plant, RSS factory and rubber-wood sawmill with VN-2000
    metres in a column before the WGS-84 degrees, `Nhóm II`/`Nhóm III`, the plantations by farm in a table of no role)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_jv2_vi(doc)
        return
    L, g = _L(doc), _g(doc)
    operator = g("ТОО «Евразия Резина Групп»", "«Еуразия Резеңке Групп» ЖШС")
    bin_ = make_bin(r)
    doc.h(g("Сведения о производственных площадках оператора", "Оператордың өндірістік алаңдары туралы мәліметтер"))
    doc.p(g(f"Оператор: {operator}, БИН {bin_}, юридический адрес: г. Алматы, пр. Райымбека, 212/1, тел. +7 727 {r.randint(200, 399)} 14 {r.randint(10, 99)}.",
            f"Оператор: {operator}, БСН {bin_}, заңды мекенжайы: Алматы қ., Райымбек даңғ., 212/1, тел. +7 727 {r.randint(200, 399)} 14 {r.randint(10, 99)}."))
    rows = [
        g(["№", "Площадка", "Местонахождение", "Код КАТО", "Координаты (WGS-84), град.", None, "ОКЭД", "Категория*", "Мощность"],
          ["№", "Алаң", "Орналасқан жері", "ҚАТО коды", "Координаттары (WGS-84), град.", None, "ЭҚЖЖ", "Санаты*", "Қуаты"]),
        [None, None, None, None, *g(["широта", "долгота"], ["ендік", "бойлық"]), None, None, None],
    ]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 6, 7, 8)] + [(0, 4, 0, 5)]
    for k, s in enumerate(RTI_SITES, 1):
        kato = _kato(doc, s[6])
        lat, lon = round(s[7] + r.uniform(-0.004, 0.004), 5), round(s[8] + r.uniform(-0.004, 0.004), 5)
        rows.append([str(k), s[L], s[4 + L], kato, num(lat, doc.lang, group=False), num(lon, doc.lang, group=False), s[9], s[10], s[11 + L]])
        doc.add("facilities", {"bin": bin_, "name_contains": s[2 + L], "kato": kato, "oked": s[9], "category": s[10], "lat": lat, "lon": lon})
    doc.table(g("Таблица 1.1 – Перечень площадок", "1.1-кесте – Алаңдар тізбесі"), rows, merges, role="facility")
    doc.p(g("* Категория определена по приложению 2 к Экологическому кодексу Республики Казахстан от 2 января 2021 года № 400-VI.",
            "* Санаты Қазақстан Республикасының 2021 жылғы 2 қаңтардағы № 400-VI Экологиялық кодексінің 2-қосымшасы бойынша айқындалған."))
    maybe_distractor(doc)


# (VI site, key, place, lat, lon, X, Y, capacity, group)
VN_RUBBER_SITES = (
    ("Nhà máy chế biến mủ cao su Trung tâm", "Trung tâm", "xã Tân Thành, tỉnh Đồng Nai", 11.5621, 106.8455, 1279410, 594620,
     "15.000 tấn SVR/năm", "II"),
    ("Xưởng sản xuất mủ tờ xông khói RSS Lộc Hiệp", "Lộc Hiệp", "xã Lộc Hiệp, tỉnh Đồng Nai", 11.8702, 106.6033, 1313520, 566180,
     "2.400 tấn RSS/năm", "III"),
    ("Xưởng cưa xẻ, tẩm sấy gỗ cao su Minh Hưng", "Minh Hưng", "xã Minh Hưng, tỉnh Đồng Nai", 11.7185, 106.7819, 1296700, 585710,
     "18.000 m³ gỗ tròn/năm", "III"),
)  # fmt: skip


def _facility_jv2_vi(doc: Doc) -> None:
    r = doc.rng
    company = doc.pick(("Công ty TNHH MTV Cao su Bình Long Xanh", "Tổng Công ty Cao su Phước Thạnh – Công ty Cổ phần"))
    msdn = make_msdn(r)
    doc.h(f"DANH MỤC CÁC CƠ SỞ SẢN XUẤT CỦA {company.upper()}")
    doc.p(f"Mã số doanh nghiệp: {msdn}. Địa chỉ trụ sở: số 12 Quốc lộ 13, phường Bình Long, tỉnh Đồng Nai.")
    rows = [["TT", "Tên cơ sở", "Địa điểm", "Tọa độ VN-2000 (m)", "Tọa độ WGS-84", None, "Công suất", "Phân nhóm"],
            [None, None, None, None, "Vĩ độ (°)", "Kinh độ (°)", None, None]]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 6, 7)] + [(0, 4, 0, 5)]
    for k, s in enumerate(VN_RUBBER_SITES, 1):
        lat, lon = round(s[3] + r.uniform(-0.003, 0.003), 5), round(s[4] + r.uniform(-0.003, 0.003), 5)
        x, y = s[5] + r.randint(-200, 200), s[6] + r.randint(-200, 200)
        rows.append([str(k), s[0], s[2], f"X: {num(x, 'vi')}; Y: {num(y, 'vi')}", num(lat, "vi", group=False), num(lon, "vi", group=False), s[7],
                     f"Nhóm {s[8]}"])
        doc.add("facilities", {"bin": msdn, "name_contains": s[1], "category": s[8], "lat": lat, "lon": lon})
    doc.table("Bảng 1.1. Các cơ sở sản xuất", rows, merges, role="facility")
    doc.table("Bảng 1.2. Diện tích vườn cây cao su theo nông trường", [
        ["Nông trường", "Diện tích (ha)", "Năm trồng", "Sản lượng mủ (tấn/năm)"],
        ["Nông trường Lộc Ninh", num(r.randint(1800, 2600), "vi"), "2008 – 2012", num(r.randint(3000, 4200), "vi")],
        ["Nông trường Minh Hưng", num(r.randint(1500, 2400), "vi"), "2010 – 2015", num(r.randint(2500, 3800), "vi")],
        ["Nông trường Tân Thành", num(r.randint(1200, 2100), "vi"), "2005 – 2009", num(r.randint(2200, 3400), "vi")],
    ], role="other")


# ---------------------------------------------------------------- emissions

# (number, RU, KK source, {code: (low, high) g/s}, hours a year)
LATEX_SOURCES = (
    ("0001", "Котельная (2 котла на газе), дымовая труба", "Қазандық (газбен жұмыс істейтін 2 қазандық), түтін мұржасы",
     {"0301": (0.08, 0.2), "0304": (0.012, 0.03), "0337": (0.15, 0.4)}, 8400),
    ("0002", "Печи сушки и вулканизации, линия 1", "Кептіру және вулкандау пештері, 1-желі", {"0303": (0.02, 0.06), "0301": (0.01, 0.03), "0337": (0.03, 0.08)}, 7900),
    ("0003", "Печи сушки и вулканизации, линия 2", "Кептіру және вулкандау пештері, 2-желі", {"0303": (0.02, 0.06), "0301": (0.01, 0.03), "0337": (0.03, 0.08)}, 7900),
    ("0004", "Аспирация участка опудривания", "Ұнтақтау учаскесінің аспирациясы", {"2902": (0.01, 0.05)}, 6000),
    ("0005", "Вытяжка реакторов приготовления латексной смеси", "Латекс қоспасын дайындау реакторларының сорғышы", {"0303": (0.005, 0.02)}, 6000),
    ("6001", "Узел слива латекса из флекси-танков", "Латексті флекси-танктерден төгу торабы", {"0303": (0.002, 0.008)}, 900),
)  # fmt: skip


def emissions_jv1(doc: Doc) -> None:
    """A latex-dipping plant's НДВ table ordered by substance: the class, the code and the name merged down over the
    sources that emit it, each source's number and name in its own row, a subtotal `Итого по веществу` after each
    substance and the plant's total last (VI: an SVR plant's ĐTM loads by source — the dryers' stack and the waste-water
    ponds — with flow and concentration as look-alikes before g/s and tonnes a year, odour substances with dashes)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_jv1_vi(doc)
        return
    L, g = _L(doc), _g(doc)
    op = doc.pick(LATEX_OPS)[L]
    doc.h(g(f"Нормативы допустимых выбросов {op} на 2026–2035 годы", f"{op} 2026–2035 жылдарға арналған жол берілетін шығарындылар нормативтері"))
    doc.p(g("Нормативы приведены по веществам; для каждого вещества перечислены источники выделения в порядке нумерации.",
            "Нормативтер заттар бойынша келтірілген; әр зат үшін бөліну көздері нөмірлеу ретімен берілген."))
    by_code: dict[str, list] = {}
    for number, s_ru, s_kk, codes, hours in LATEX_SOURCES:
        for c, (lo, hi) in codes.items():
            gs = _sig(r.uniform(lo, hi), 3)
            ty = _sig(gs * 3600 * hours * r.uniform(0.8, 1.0) / 1e6, 3)
            by_code.setdefault(c, []).append((number, (s_ru, s_kk)[L], gs, ty))
    rows = [g(["Класс опасности", "Код", "Наименование вещества", "№ источника", "Наименование источника", "Норматив, г/с", "Норматив, т/год"],
              ["Қауіптілік сыныбы", "Коды", "Заттың атауы", "Көз №", "Көздің атауы", "Норматив, г/с", "Норматив, т/жыл"])]
    merges = []
    all_g, all_t = [], []
    for c in sorted(by_code):
        items = by_code[c]
        start = len(rows)
        hz = _hazard(c)
        for j, (number, sname, gs, ty) in enumerate(items):
            rows.append([str(hz) if j == 0 else None, c if j == 0 else None, _air(doc, c) if j == 0 else None, number, sname,
                         num(gs, doc.lang), num(ty, doc.lang)])
            doc.add("emissions", emission(c, gs, ty, number, hz))
        if len(items) > 1:
            merges += [(start, k, len(rows) - 1, k) for k in range(3)]
        sg, st = round(sum(x[2] for x in items), 6), round(sum(x[3] for x in items), 6)
        all_g.append(sg)
        all_t.append(st)
        rows.append(["", "", g("Итого по веществу", "Зат бойынша жиыны"), "", "", num(sg, doc.lang), num(st, doc.lang)])
    rows.append([g("Всего по предприятию", "Кәсіпорын бойынша барлығы"), None, None, None, None, num(round(sum(all_g), 6), doc.lang),
                 num(round(sum(all_t), 6), doc.lang)])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
    doc.table(g("Таблица 5 – Нормативы выбросов по веществам и источникам", "5-кесте – Заттар мен көздер бойынша шығарындылар нормативтері"),
              rows, merges, role="emissions")
    doc.add("sources", *({"number": s[0], "type": _kind(s[0])} for s in LATEX_SOURCES))
    doc.p(g("Выбросы аммиака обусловлены его содержанием в консервированном латексе (до 0,7 % масс.).",
            "Аммиак шығарындылары консервіленген латекстегі оның құрамымен (0,7 % дейін) байланысты."))
    maybe_distractor(doc)


# (VI source, flow Nm3/h or None, hours, [(code, VI label, (low, high) g/s)])
VN_SVR_SOURCES = (
    ("Ống khói lò sấy mủ cốm (đốt dầu DO), 02 lò", 9800, 6000,
     [("2902", "Bụi tổng", (0.05, 0.2)), ("0330", "SO2", (0.2, 0.6)), ("0301", "NO2", (0.1, 0.3)), ("0337", "CO", (0.05, 0.15))]),
    ("Khu vực bể gạn mủ và hồ kỵ khí của trạm xử lý nước thải", None, 8760,
     [("0303", "NH3", (0.01, 0.05)), ("0333", "H2S", (0.002, 0.01)), ("1715", "Metyl mercaptan (CH3SH)", (0.0005, 0.003))]),
)


def _emissions_jv1_vi(doc: Doc) -> None:
    r = doc.rng
    company, key = doc.pick(VN_RUBBER_COS)
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – NHÀ MÁY CHẾ BIẾN MỦ CAO SU {key.upper()}")
    doc.p(f"Chủ cơ sở: {company}. Tải lượng được tính theo hệ số ô nhiễm và kết quả đo đạc năm 2025.")
    rows = [["Nguồn phát sinh", "Thông số", "Lưu lượng (Nm³/h)", "Nồng độ (mg/Nm³)", "Tải lượng", None],
            [None, None, None, None, "g/s", "tấn/năm"]]
    merges = [(0, c, 1, c) for c in range(4)] + [(0, 4, 0, 5)]
    for name, flow, hours, items in VN_SVR_SOURCES:
        start = len(rows)
        for j, (code, label, (lo, hi)) in enumerate(items):
            gs = _sig(r.uniform(lo, hi), 3)
            ty = _sig(gs * 3600 * hours / 1e6, 3)
            conc = num(_sig(gs * 3600 * 1000 / flow, 3), "vi") if flow else "-"
            rows.append([name if j == 0 else None, label, (num(flow, "vi") if flow else "-") if j == 0 else None, conc, num(gs, "vi"), num(ty, "vi")])
            doc.add("emissions", emission(code, gs, ty))
        merges += [(start, 0, len(rows) - 1, 0), (start, 2, len(rows) - 1, 2)]
    doc.table("Bảng 3.5. Tải lượng các chất ô nhiễm không khí phát sinh tại nhà máy", rows, merges, role="emissions")
    doc.p("Ghi chú: lò sấy hoạt động 6.000 giờ/năm; khu xử lý nước thải phát sinh mùi liên tục 24/24 giờ.")
    maybe_distractor(doc)


# (number, RU, KK source, {code: (low, high) g/s}, hours or None for construction)
HEVEA_BUILD = (
    ("6001", "Земляные и планировочные работы", "Жер және тегістеу жұмыстары", {"2908": (0.05, 0.3)}),
    ("6002", "Работа строительной техники", "Құрылыс техникасының жұмысы", {"0301": (0.02, 0.08), "0304": (0.003, 0.012), "0328": (0.003, 0.01),
                                                                          "0337": (0.05, 0.2), "2754": (0.01, 0.04)}),
    ("6003", "Сварочные работы", "Дәнекерлеу жұмыстары", {"0123": (0.001, 0.006), "0143": (0.0001, 0.0006)}),
)
HEVEA_RUN = (
    ("0001", "Котельная на древесных отходах, труба Н=18 м", "Ағаш қалдықтарымен жұмыс істейтін қазандық, мұржа Н=18 м",
     {"0301": (0.05, 0.15), "0304": (0.008, 0.025), "0337": (0.3, 0.9), "0328": (0.01, 0.04)}, 5200),
    ("0002", "Аспирационная система раскройных станков (циклон)", "Пішу станоктарының аспирациялық жүйесі (циклон)", {"2936": (0.03, 0.12)}, 3900),
    ("6004", "Бункер-накопитель опилок", "Үгінді жинағыш бункер", {"2936": (0.005, 0.02)}, 3900),
)


def emissions_jv2(doc: Doc) -> None:
    """A statement of the intended activity of a rubber-wood cutting and impregnation shop (the scoping stage): the
    construction and the operation period under rows spanning the table, each source merged down over its substances,
    `ОБУВ` in the class column of wood dust, tonnes for the period of building (six months) and a year of work, a total
    after each period (VI: a rubber-wood sawmill's loads by phase, the building phase in g/s only, the boiler burning
    sawdust and the saws' wood dust while working)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_jv2_vi(doc)
        return
    L, g = _L(doc), _g(doc)
    doc.h(g("Заявление о намечаемой деятельности. Цех раскроя и пропитки древесины гевеи, г. Конаев",
            "Белгіленіп отырған қызмет туралы өтініш. Гевея сүрегін пішу және сіңдіру цехы, Қонаев қ."))
    doc.p(g("Продолжительность строительства – 6 месяцев; выбросы периода строительства приведены в тоннах за весь период.",
            "Құрылыс ұзақтығы – 6 ай; құрылыс кезеңінің шығарындылары бүкіл кезеңге тоннамен келтірілген."))
    rows = [g(["№ ИЗА", "Источник", "Код", "Загрязняющее вещество", "Класс", "Выброс, г/с", "Выброс, т/период"],
              ["ЛШК №", "Көз", "Коды", "Ластаушы зат", "Сынып", "Шығарынды, г/с", "Шығарынды, т/кезең"])]
    merges = []
    numbers = []
    for period, sources in (("construction", HEVEA_BUILD), ("operation", HEVEA_RUN)):
        _span(rows, merges, g("Период строительства", "Құрылыс кезеңі") if period == "construction" else g("Период эксплуатации", "Пайдалану кезеңі"), 7)
        sg, st = 0.0, 0.0
        for src in sources:
            number, s_ru, s_kk, codes = src[:4]
            hours = src[4] if len(src) > 4 else 6 * 22 * 8
            start = len(rows)
            for j, (c, (lo, hi)) in enumerate(codes.items()):
                gs = _sig(r.uniform(lo, hi), 3)
                ty = _sig(gs * 3600 * hours * r.uniform(0.7, 1.0) / 1e6, 3)
                hz = _hazard(c)
                rows.append([number if j == 0 else None, (s_ru, s_kk)[L] if j == 0 else None, c, _air(doc, c), str(hz) if hz else g("ОБУВ", "ҚӘБД"),
                             num(gs, doc.lang), num(ty, doc.lang)])
                doc.add("emissions", emission(c, gs, ty, number, hz, period))
                sg, st = sg + gs, st + ty
            if len(codes) > 1:
                merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
            numbers.append(number)
        rows.append([g("Итого за период", "Кезең бойынша жиыны"), None, None, None, None, num(round(sg, 6), doc.lang), num(round(st, 6), doc.lang)])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
    doc.table(g("Таблица 3 – Ожидаемые выбросы загрязняющих веществ", "3-кесте – Ластаушы заттардың күтілетін шығарындылары"), rows, merges, role="emissions")
    doc.add("sources", *({"number": n, "type": _kind(n)} for n in numbers))
    doc.p(g("Пропитка пиломатериалов раствором боратов ведется в закрытых ваннах при температуре 20–25 °С, выбросы отсутствуют.",
            "Ағаш материалдарын борат ерітіндісімен сіңдіру 20–25 °С температурада жабық ванналарда жүргізіледі, шығарындылар жоқ."))
    maybe_distractor(doc)


# (period, VI source, hours or None, [(code, VI label, (low, high) g/s)])
VN_SAW_PHASES = (
    ("construction", "Bụi từ san lấp mặt bằng, đào móng", None, [("2902", "Bụi tổng (TSP)", (0.05, 0.3))]),
    ("construction", "Khí thải phương tiện, máy móc thi công", None,
     [("0301", "NO2", (0.01, 0.05)), ("0330", "SO2", (0.002, 0.01)), ("0337", "CO", (0.03, 0.12))]),
    ("operation", "Lò hơi đốt mùn cưa 4 tấn hơi/giờ (cấp nhiệt lò sấy gỗ)", 6500,
     [("2902", "Bụi tổng", (0.1, 0.4)), ("0301", "NO2", (0.08, 0.25)), ("0330", "SO2", (0.01, 0.05)), ("0337", "CO", (0.2, 0.8))]),
    ("operation", "Xưởng cưa xẻ, bào, rong cạnh (sau cyclone)", 4800, [("2936", "Bụi gỗ", (0.03, 0.1))]),
)


def _emissions_jv2_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG DỰ ÁN XƯỞNG CƯA XẺ, TẨM SẤY GỖ CAO SU MINH HƯNG")
    doc.p("Giai đoạn thi công kéo dài 8 tháng; tải lượng giai đoạn thi công chỉ tính theo g/s.")
    rows = [["TT", "Nguồn thải", "Chất ô nhiễm", "Tải lượng (g/s)", "Tải lượng (tấn/năm)"]]
    merges = []
    n = 0
    for period, title in (("construction", "A. GIAI ĐOẠN THI CÔNG XÂY DỰNG"), ("operation", "B. GIAI ĐOẠN VẬN HÀNH")):
        _span(rows, merges, title, 5)
        for p, name, hours, items in VN_SAW_PHASES:
            if p != period:
                continue
            n += 1
            start = len(rows)
            for j, (code, label, (lo, hi)) in enumerate(items):
                gs = _sig(r.uniform(lo, hi), 3)
                ty = _sig(gs * 3600 * hours / 1e6, 3) if hours else None
                rows.append([str(n) if j == 0 else None, name if j == 0 else None, label, num(gs, "vi"), num(ty, "vi") if ty else "-"])
                doc.add("emissions", emission(code, gs, ty, None, None, period))
            if len(items) > 1:
                merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    doc.table("Bảng 3.2. Tải lượng chất ô nhiễm không khí của dự án", rows, merges, role="emissions")
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

# (code, RU, KK, (low, high) t, site)
LATEX_WASTES = (
    ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", (0.05, 0.2), "1"),
    ("15 01 10*", "Тара из-под химических реагентов (бочки из-под аммиака и ускорителей вулканизации)",
     "Химиялық реагенттер ыдысы (аммиак пен вулкандау үдеткіштерінің бөшкелері)", (1.5, 4.5), "1"),
    ("15 02 02*", "Промасленная ветошь", "Майланған шүберек", (0.1, 0.5), "1"),
    ("13 02 05*", "Отработанные моторные масла", "Пайдаланылған мотор майлары", (0.3, 1.2), "1"),
    ("07 02 99", "Брак латексных изделий (перчатки, шары)", "Латекс бұйымдарының ақауы (қолғаптар, шарлар)", (40, 95), "2"),
    ("07 02 99", "Коагулюм латекса из ванн макания и смесителей", "Малу ванналары мен араластырғыштардан шыққан латекс коагулюмы", (12, 40), "2"),
    ("19 08 14", "Осадок локальных очистных сооружений", "Жергілікті тазарту құрылыстарының тұнбасы", (20, 60), "3"),
    ("15 01 02", "Пластиковая упаковка (флекси-танки, пленка)", "Пластик орама (флекси-танктер, үлдір)", (8, 25), "2"),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", (25, 60), "4"),
)  # fmt: skip


def wastes_jv1(doc: Doc) -> None:
    """A latex-dipping plant's limits of accumulation of wastes for 2026: hazardous and non-hazardous wastes under section
    rows each closed by a subtotal, the units in a row of their own under the header, the place of accumulation's number,
    area in m² and months of storage as look-alike figures before the limit in tonnes (the amount), the code after the
    name, the same code `07 02 99` on two wastes (VI: an SVR plant's CTNH in kilograms a year with their state, then its
    ordinary wastes without codes in a second table with the receiver)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_jv1_vi(doc)
        return
    L, g = _L(doc), _g(doc)
    op = doc.pick(LATEX_OPS)[L]
    doc.h(g(f"Программа управления отходами {op}. Раздел 4. Лимиты накопления отходов на 2026 год",
            f"{op} қалдықтарды басқару бағдарламасы. 4-бөлім. 2026 жылға арналған қалдықтарды жинақтау лимиттері"))
    rows = [g(["№", "Наименование отхода", "Код по классификатору", "Место накопления", "Площадь места", "Срок накопления", "Лимит накопления"],
              ["№", "Қалдықтың атауы", "Жіктеуіш бойынша коды", "Жинақтау орны", "Орынның ауданы", "Жинақтау мерзімі", "Жинақтау лимиті"]),
            ["", "", "", "", g("м²", "м²"), g("мес.", "ай"), g("т/год", "т/жыл")]]
    merges = []
    areas = {"1": r.randint(12, 30), "2": r.randint(40, 90), "3": r.randint(20, 45), "4": r.randint(8, 16)}
    k = 0
    total = 0.0
    for hazardous, title in ((True, g("Опасные отходы", "Қауіпті қалдықтар")), (False, g("Неопасные отходы", "Қауіпті емес қалдықтар"))):
        _span(rows, merges, title, 7)
        sub = 0.0
        for code, n_ru, n_kk, (lo, hi), site in LATEX_WASTES:
            if code.endswith("*") != hazardous:
                continue
            k += 1
            amount = round(r.uniform(lo, hi), 2 if hi < 10 else 1)
            name = (n_ru, n_kk)[L]
            rows.append([str(k), name, code, g(f"площадка № {site}", f"№ {site} алаң"), str(areas[site]), "6" if hazardous else "3",
                         num(amount, doc.lang)])
            doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": hazardous, "amount_t": amount,
                               "name_contains": _words(name.split(" (")[0], 3)})
            sub += amount
        rows.append(["", g("Итого", "Жиыны"), "", "", "", "", num(round(sub, 3), doc.lang)])
        total += sub
    rows.append(["", g("Всего", "Барлығы"), "", "", "", "", num(round(total, 3), doc.lang)])
    doc.table(g("Таблица 4.1 – Лимиты накопления отходов", "4.1-кесте – Қалдықтарды жинақтау лимиттері"), rows, merges, role="wastes")
    doc.p(g("Сроки накопления не превышают шести месяцев в соответствии со статьей 320 Экологического кодекса Республики Казахстан.",
            "Жинақтау мерзімдері Қазақстан Республикасы Экологиялық кодексінің 320-бабына сәйкес алты айдан аспайды."))
    maybe_distractor(doc)


VN_SVR_ORDINARY = (
    ("Mủ đông, mủ tạp rơi vãi thu gom tại mương đánh đông", (6000, 15000), "Bán lại cho cơ sở tái chế mủ"),
    ("Bùn thải từ hệ thống xử lý nước thải (đã ép khô)", (40000, 90000), "Công ty TNHH Phân bón vi sinh Phú Lộc"),
    ("Tro, xỉ lò sấy", (2000, 6000), "Công ty Cổ phần Công trình đô thị Đồng Xoài"),
    ("Bao bì PE, pallet gỗ hư hỏng", (1500, 4000), "Cơ sở thu mua phế liệu Thanh Bình"),
)


def _wastes_jv1_vi(doc: Doc) -> None:
    r = doc.rng
    company, key = doc.pick(VN_RUBBER_COS)
    doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – NHÀ MÁY CHẾ BIẾN MỦ CAO SU {key.upper()}")
    doc.p(f"Chủ cơ sở: {company}. Kỳ báo cáo: từ 01/01/2025 đến 31/12/2025.")
    rows = [["TT", "Tên chất thải", "Trạng thái tồn tại", "Mã CTNH", "Khối lượng (kg/năm)"]]
    for k, (code, name, state) in enumerate(r.sample(vocab.VN_CTNH, 5), 1):
        kg = float(r.randint(2, 60) * 10)
        rows.append([str(k), name, state, code, num(kg, "vi")])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000, "name_contains": _words(name, 4)})
    doc.table("Bảng 5. Chất thải nguy hại phát sinh", rows, role="wastes")
    rows = [["TT", "Nhóm chất thải", "Khối lượng (kg/năm)", "Tổ chức tiếp nhận"]]
    for k, (name, (lo, hi), who) in enumerate(VN_SVR_ORDINARY, 1):
        kg = float(r.randint(lo // 100, hi // 100) * 100)
        rows.append([str(k), name, num(kg, "vi"), who])
        doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": kg / 1000, "name_contains": _words(name, 3)})
    doc.table("Bảng 6. Chất thải rắn công nghiệp thông thường", rows, role="wastes")
    doc.p("Ghi chú: bùn thải đã được phân định là chất thải thông thường theo kết quả phân tích ngưỡng nguy hại ngày 12/5/2025.")


# (code, RU, KK, (low, high) t a quarter, RU, KK receiver)
HEVEA_WASTES = (
    ("03 01 05", "Опилки и стружка древесины гевеи", "Гевея сүрегінің үгінділері мен жаңқасы", (20, 45), "сжигание в собственной котельной", "меншікті қазандықта жағу"),
    ("03 01 05", "Обрезки и кусковые отходы пиломатериалов", "Ағаш материалдарының кесінділері мен кесек қалдықтары", (8, 20), "ТОО «Қонаев Пеллет»", "«Қонаев Пеллет» ЖШС"),
    ("03 02 05*", "Отработанный пропиточный раствор боратов и шлам ванн", "Пайдаланылған борат сіңдіру ерітіндісі және ванна шламы", (0.2, 0.9),
     "ТОО «Эко Утилизация Алматы»", "«Эко Утилизация Алматы» ЖШС"),
    ("10 01 01", "Зола и шлак котельной", "Қазандықтың күлі мен қожы", (1.5, 4), "полигон ТБО г. Конаев", "Қонаев қ. ҚТҚ полигоны"),
    ("13 02 05*", "Отработанные моторные масла", "Пайдаланылған мотор майлары", (0.05, 0.3), "ТОО «Эко Утилизация Алматы»", "«Эко Утилизация Алматы» ЖШС"),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", (1.2, 3), "полигон ТБО г. Конаев", "Қонаев қ. ҚТҚ полигоны"),
)  # fmt: skip


def wastes_jv2(doc: Doc) -> None:
    """A rubber-wood cutting and impregnation shop's record of wastes for 2025 by quarter: `Образовано, т` merged over
    `I кв. | II кв. | III кв. | IV кв. | за год` in a second header row, the year's total the amount and the quarters
    look-alikes, where each went in the last column, the same code `03 01 05` on sawdust and trimmings, the spent borate
    solution `03 02 05*` (VI: a rubber-wood sawmill's wastes in tonnes a year with the sign `NH`/`TT` of Thông tư
    02/2022/TT-BTNMT and the hazardous codes in their own column, ordinary wastes without codes)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_jv2_vi(doc)
        return
    L, g = _L(doc), _g(doc)
    doc.h(g("Журнал учета образования и движения отходов за 2025 год. Цех раскроя и пропитки древесины гевеи",
            "2025 жылғы қалдықтардың түзілуі мен қозғалысын есепке алу журналы. Гевея сүрегін пішу және сіңдіру цехы"))
    q = g(["I кв.", "II кв.", "III кв.", "IV кв.", "за год"], ["I тоқс.", "II тоқс.", "III тоқс.", "IV тоқс.", "жылына"])
    rows = [g(["№", "Код", "Вид отхода", "Образовано, т", None, None, None, None, "Куда передано"],
              ["№", "Коды", "Қалдық түрі", "Түзілді, т", None, None, None, None, "Қайда берілді"]),
            [None, None, None, *q, None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 7), (0, 8, 1, 8)]
    for k, (code, n_ru, n_kk, (lo, hi), w_ru, w_kk) in enumerate(HEVEA_WASTES, 1):
        digits = 3 if hi < 1 else 2 if hi < 10 else 1
        qs = [round(r.uniform(lo, hi), digits) for _ in range(4)]
        year = round(sum(qs), digits)
        name = (n_ru, n_kk)[L]
        rows.append([str(k), code, name, *(num(x, doc.lang) for x in qs), num(year, doc.lang), (w_ru, w_kk)[L]])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": year,
                           "name_contains": _words(name, 3)})
    doc.table(None, rows, merges, role="wastes")
    doc.p(g("Журнал ведется мастером цеха; сведения сверяются с актами приема-передачи ежеквартально.",
            "Журналды цех шебері жүргізеді; мәліметтер қабылдау-беру актілерімен тоқсан сайын салыстырылады."))
    maybe_distractor(doc)


VN_SAW_WASTES = (
    ("Bao bì cứng thải bằng nhựa (can đựng hóa chất tẩm gỗ gốc bo)", "18 01 03", (0.1, 0.6)),
    ("Dầu động cơ, hộp số và bôi trơn tổng hợp thải", "17 02 03", (0.05, 0.4)),
    ("Giẻ lau, găng tay dính dầu nhớt", "18 02 01", (0.05, 0.3)),
    ("Bóng đèn huỳnh quang thải", "16 01 06", (0.01, 0.05)),
    ("Mùn cưa, dăm bào", None, (800, 1500)),
    ("Bìa, bắp, đầu mẩu gỗ cao su", None, (1200, 2600)),
    ("Tro lò hơi đốt mùn cưa", None, (40, 110)),
)


def _wastes_jv2_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("PHỤ LỤC 3. CHẤT THẢI RẮN PHÁT SINH TẠI XƯỞNG CƯA XẺ, TẨM SẤY GỖ CAO SU MINH HƯNG")
    doc.p("Ký hiệu phân loại theo Phụ lục III Thông tư số 02/2022/TT-BTNMT: NH – chất thải nguy hại; TT – chất thải rắn công nghiệp thông thường.")
    rows = [["STT", "Tên chất thải", "Ký hiệu phân loại", "Mã chất thải nguy hại", "Khối lượng phát sinh (tấn/năm)"]]
    for k, (name, code, (lo, hi)) in enumerate(VN_SAW_WASTES, 1):
        t = round(r.uniform(lo, hi), 2 if hi < 10 else 0)
        rows.append([str(k), name, "NH" if code else "TT", code or "-", num(t, "vi")])
        if code:
            doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": t, "name_contains": _words(name, 3)})
        else:
            doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": _words(name, 3)})
    rows.append(["", "Tổng cộng", "", "", num(round(sum(float(x[4].replace(".", "").replace(",", ".")) for x in rows[1:]), 2), "vi")])
    doc.table("Bảng PL3.1. Danh mục, khối lượng chất thải", rows, role="wastes")
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

# symbol: (RU method, limit of the city sewer, (low, high) share of the limit measured)
SEWER = {
    "pH": ("СТ РК ISO 10523-2013", (6.5, 9.0)),
    "TSS": ("ГОСТ 31954-2012", 300),
    "BOD5": ("СТ РК ISO 5815-1-2010", 300),
    "COD": ("ГОСТ 31859-2012", 500),
    "NH4+": ("ГОСТ 33045-2014", 25),
    "Surfactants": ("ГОСТ 31857-2012", 10),
    "TPH": ("ПНД Ф 14.1:2:4.128-98", 4),
    "Zn": ("ГОСТ 31870-2012", 1),
}


def limits_jv1(doc: Doc) -> None:
    """An accredited laboratory's protocol of the latex plant's waste water at its control well before the city sewer:
    the method's ГОСТ/СТ РК number in a column of its own (a look-alike full of figures), the result and the admission
    limit of the sewer's rules each with its unit in the cell (`124 мг/дм³`), pH as `ед. pH` and a range, zinc from the
    zinc oxide of the latex compound (VI: an SVR plant's treated waste water at two points against QCVN 01-MT:2015/BTNMT
    column B with Kq = 0,9 and Kf = 1,0, only Cmax printed, C in the note)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_jv1_vi(doc)
        return
    L, g = _L(doc), _g(doc)
    op = doc.pick(LATEX_OPS)[L]
    mg = g("мг/дм³", "мг/дм³")
    doc.h(g(f"Протокол испытаний сточной воды № {r.randint(200, 900)}-В от {r.randint(1, 28):02d}.10.2025",
            f"2025 жылғы {r.randint(1, 28):02d}.10. № {r.randint(200, 900)}-В ағынды суды сынау хаттамасы"))
    doc.p(g(f"Заказчик: {op}. Место отбора: контрольный колодец КК-1 на выпуске в городскую канализацию, координаты 42°21'09\" с.ш., "
            f"69°38'11\" в.д. Допустимые концентрации – по Правилам приема сточных вод в системы водоотведения ГКП «Водные ресурсы – Маркетинг».",
            f"Тапсырыс беруші: {op}. Сынама алу орны: қалалық кәрізге шығарудағы КК-1 бақылау құдығы, координаттары 42°21'09\" с.е., "
            f"69°38'11\" ш.б. Рұқсат етілген концентрациялар – «Водные ресурсы – Маркетинг» МКК су бұру жүйелеріне ағынды суларды қабылдау қағидалары бойынша."))
    rows = [g(["№ п/п", "Показатель", "НД на метод испытаний", "Результат", "Допустимая концентрация"],
              ["Р/с №", "Көрсеткіш", "Сынау әдісіне НҚ", "Нәтиже", "Рұқсат етілген концентрация"])]
    for k, (sym, (method, lim)) in enumerate(SEWER.items(), 1):
        if sym == "pH":
            v = round(r.uniform(6.9, 8.2), 1)
            rows.append([str(k), vocab.water(sym, doc.lang), method, f"{num(v, doc.lang)} {g('ед. pH', 'рН бірл.')}",
                         f"{num(lim[0], doc.lang)}–{num(lim[1], doc.lang)}"])
        else:
            v = _sig(lim * r.uniform(0.2, 0.9), 3)
            rows.append([str(k), vocab.water(sym, doc.lang), method, f"{num(v, doc.lang)} {mg}", f"{num(lim, doc.lang)} {mg}"])
        add(doc, limit(("symbol", sym), "waste_water", lim, "mg/l", None, "КК-1", v))
    doc.table(g("Результаты испытаний", "Сынау нәтижелері"), rows, role="limits")
    doc.p(g("Результаты относятся только к испытанной пробе. Протокол не может быть частично воспроизведен без разрешения лаборатории.",
            "Нәтижелер тек сыналған сынамаға қатысты. Хаттаманы зертхананың рұқсатынсыз ішінара көшіруге болмайды."))
    distractor(doc, "contacts")


# symbol: (VI label, C of column B)
QCVN01_B = {"pH": ("pH", (6, 9)), "BOD5": ("BOD5 (20°C)", 50), "COD": ("COD", 250), "TSS": ("Tổng chất rắn lơ lửng (TSS)", 100),
            "TN": ("Tổng nitơ (tính theo N)", 60), "NH4+": ("Amoni (tính theo N)", 40)}


def _limits_jv1_vi(doc: Doc) -> None:
    r = doc.rng
    company, key = doc.pick(VN_RUBBER_COS)
    doc.h(f"KẾT QUẢ QUAN TRẮC NƯỚC THẢI ĐỊNH KỲ QUÝ III/2025 – NHÀ MÁY CHẾ BIẾN MỦ CAO SU {key.upper()}")
    doc.p(f"Chủ cơ sở: {company}. Đơn vị quan trắc: Trung tâm Quan trắc Tài nguyên và Môi trường (VIMCERTS 142). "
          "Lưu lượng xả thải 1.200 m³/ngày đêm vào suối Rạt (Kq = 0,9; Kf = 1,0).")
    rows = [["TT", "Thông số", "Đơn vị", "Kết quả", None, "QCVN 01-MT:2015/BTNMT, cột B (Cmax)"], [None, None, None, "NT-1", "NT-2", None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 1, 5)]
    for k, (sym, (label, c)) in enumerate(QCVN01_B.items(), 1):
        if sym == "pH":
            cmax = c
            vals = [round(r.uniform(6.4, 7.8), 1) for _ in range(2)]
            cell = f"{num(c[0], 'vi')} – {num(c[1], 'vi')}"
        else:
            cmax = round(c * 0.9, 2)
            vals = [_sig(cmax * r.uniform(0.15, 0.85), 3) for _ in range(2)]
            cell = num(cmax, "vi")
        rows.append([str(k), label, "-" if sym == "pH" else "mg/l", num(vals[0], "vi"), num(vals[1], "vi"), cell])
        for pt, v in zip(("NT-1", "NT-2"), vals, strict=True):
            add(doc, limit(("symbol", sym), "waste_water", cmax, "mg/l", "B", pt, v))
    doc.table("Bảng 2. Kết quả phân tích mẫu nước thải sau xử lý", rows, merges, role="limits")
    doc.p("Ghi chú: Cmax = C × Kq × Kf; C là giá trị cột B Bảng 1 của QCVN 01-MT:2015/BTNMT (BOD5 50; COD 250; TSS 100; Tổng nitơ 60; Amoni 40 mg/l). "
          "NT-1: hố ga sau hồ hiếu khí; NT-2: cửa xả ra suối Rạt.")
    maybe_distractor(doc)


AMB = {"0303": 0.2, "0333": 0.008, "0301": 0.2, "0337": 5, "2902": 0.5}


def limits_jv2(doc: Doc) -> None:
    """Ambient air at the four points of the protection zone's boundary of a rubber-goods plant as columns `Т-1 (север)` …,
    the ПДК м.р. last, `мг/м³` in a row of its own merged across the points, temperature, wind and pressure rows with
    figures and no key and no limit (VI: a rubber-wood sawmill's boiler stack and cyclone stack against QCVN 19:2009/BTNMT
    column B with Kp = Kv = 1, temperature, velocity and O2 rows as look-alikes, the cyclone measured for dust only)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_jv2_vi(doc)
        return
    g = _g(doc)
    doc.h(g("Отчет о мониторинге атмосферного воздуха на границе СЗЗ завода РТИ за III квартал 2025 года",
            "РТБ зауыты СҚА шекарасындағы атмосфералық ауа мониторингі туралы 2025 жылғы III тоқсандағы есеп"))
    doc.p(g(f"Отбор проб выполнен {r.randint(2, 27):02d}.08.2025 с 11:00 до 13:30 на расстоянии 500 м от границы площадки.",
            f"Сынамалар 2025 жылғы {r.randint(2, 27):02d}.08. сағ. 11:00-ден 13:30-ға дейін алаң шекарасынан 500 м қашықтықта алынды."))
    sides = g(("север", "восток", "юг", "запад"), ("солтүстік", "шығыс", "оңтүстік", "батыс"))
    pts = [f"Т-{k}" for k in range(1, 5)]
    rows = [[g("Показатель", "Көрсеткіш"), *(f"{p} ({s})" for p, s in zip(pts, sides, strict=True)), g("ПДК м.р.", "ШЖК б.м.")],
            ["", g("мг/м³", "мг/м³"), None, None, None, None]]
    merges = [(1, 1, 1, 5)]
    for c, pdk in AMB.items():
        vals = [_sig(pdk * r.uniform(0.05, 0.7), 2) for _ in pts]
        rows.append([_air(doc, c), *(num(v, doc.lang) for v in vals), num(pdk, doc.lang)])
        for p, v in zip(pts, vals, strict=True):
            add(doc, limit(("code", c), "air", pdk, "mg/m3", None, p, v))
    rows.append([g("Температура воздуха, °С", "Ауа температурасы, °С"), *(num(round(r.uniform(27, 34), 1), doc.lang) for _ in pts), "–"])
    rows.append([g("Скорость ветра, м/с", "Жел жылдамдығы, м/с"), *(num(round(r.uniform(1, 4), 1), doc.lang) for _ in pts), "–"])
    rows.append([g("Давление, мм рт. ст.", "Қысым, сын. бағ. мм"), *(str(r.randint(700, 712)) for _ in pts), "–"])
    doc.table(g("Таблица 2 – Концентрации загрязняющих веществ в атмосферном воздухе", "2-кесте – Атмосфералық ауадағы ластаушы заттардың концентрациялары"),
              rows, merges, role="limits")
    doc.p(g("ПДК – по Гигиеническим нормативам к атмосферному воздуху (приказ Министра здравоохранения РК от 2 августа 2022 года № ҚР ДСМ-70).",
            "ШЖК – атмосфералық ауаға қойылатын гигиеналық нормативтер бойынша (ҚР Денсаулық сақтау министрінің 2022 жылғы 2 тамыздағы № ҚР ДСМ-70 бұйрығы)."))
    maybe_distractor(doc)


VN_STACK_B = (("2902", "Bụi tổng", 200), ("0337", "CO", 1000), ("0330", "SO2", 500), ("0301", "NOx (tính theo NO2)", 850))


def _limits_jv2_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("PHIẾU KẾT QUẢ QUAN TRẮC KHÍ THẢI – XƯỞNG CƯA XẺ, TẨM SẤY GỖ CAO SU MINH HƯNG")
    doc.p(f"Ngày lấy mẫu: {r.randint(1, 28):02d}/11/2025. KT1: ống khói lò hơi đốt mùn cưa; KT2: ống thải cyclone xưởng cưa. "
          "Hệ số Kp = 1,0 (lưu lượng dưới 20.000 m³/h); Kv = 1,0.")
    rows = [["TT", "Thông số", "Đơn vị", "KT1", "KT2", "QCVN 19:2009/BTNMT (cột B)"]]
    rows.append(["1", "Nhiệt độ khí thải", "°C", str(r.randint(140, 190)), str(r.randint(32, 38)), "-"])
    rows.append(["2", "Vận tốc khí thải", "m/s", num(round(r.uniform(6, 11), 1), "vi"), num(round(r.uniform(8, 14), 1), "vi"), "-"])
    rows.append(["3", "O2", "%", num(round(r.uniform(9, 13), 1), "vi"), "-", "-"])
    for k, (code, label, c) in enumerate(VN_STACK_B, 4):
        v1 = _sig(c * r.uniform(0.1, 0.8), 3)
        v2 = _sig(c * r.uniform(0.1, 0.6), 3) if code == "2902" else None
        rows.append([str(k), label, "mg/Nm³", num(v1, "vi"), num(v2, "vi") if v2 else "-", num(c, "vi")])
        add(doc, limit(("code", code), "flue_gas", c, "mg/Nm3", "B", "KT1", v1))
        if v2:
            add(doc, limit(("code", code), "flue_gas", c, "mg/Nm3", "B", "KT2", v2))
    doc.table("Bảng 1. Kết quả phân tích khí thải", rows, role="limits")
    distractor(doc, "contacts")


# ---------------------------------------------------------------- monitoring

# (number, {code: frequency})
LATEX_PLAN = (
    ("0001", {"0301": "quarterly", "0304": "quarterly", "0337": "quarterly"}),
    ("0002", {"0303": "monthly", "0301": "quarterly", "0337": "quarterly"}),
    ("0003", {"0303": "monthly", "0301": "quarterly", "0337": "quarterly"}),
    ("0004", {"2902": "quarterly"}),
    ("0005", {"0303": "monthly"}),
)


def monitoring_jv1(doc: Doc) -> None:
    """A latex-dipping plant's ПЭК matrix: the substances as rows, the sources as columns under `Номер источника выброса`
    merged across them, each cell a frequency or a dash, ammonia monthly at the dipping ovens and the compound reactors, the
    rest quarterly; then the control well's parameters quarterly in a table of their own (VI: an SVR plant's GPMT programme
    with an automated station at the outlet continuously for flow, temperature, pH, COD, TSS and ammonium and BOD5 and total
    nitrogen every three months at the same point, the point's mark in a column of its own)."""
    if doc.lang == "vi":
        _monitoring_jv1_vi(doc)
        return
    L, g = _L(doc), _g(doc)
    op = doc.pick(LATEX_OPS)[L]
    said = _said(doc)
    doc.h(g(f"Программа производственного экологического контроля {op} на 2026–2028 годы. Раздел 3. Операционный мониторинг",
            f"{op} 2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы. 3-бөлім. Операциялық мониторинг"))
    numbers = [n for n, _ in LATEX_PLAN]
    codes = []
    for _, items in LATEX_PLAN:
        codes += [c for c in items if c not in codes]
    rows = [[g("Загрязняющее вещество", "Ластаушы зат"), g("Номер источника выброса", "Шығарынды көзінің нөмірі"), *([None] * (len(numbers) - 1))],
            [None, *numbers]]
    merges = [(0, 0, 1, 0), (0, 1, 0, len(numbers))]
    for c in codes:
        line = [f"{c} {_air(doc, c)}"]
        for n, items in LATEX_PLAN:
            if c in items:
                line.append(said[items[c]])
                doc.add("monitoring", {"source_number": n, "code": c, "frequency": items[c]})
                doc.add("emissions", emission(c, None, None, n))
            else:
                line.append("–")
        rows.append(line)
    doc.table(g("Таблица 3.1 – Периодичность контроля на источниках выбросов", "3.1-кесте – Шығарынды көздеріндегі бақылау кезеңділігі"), rows, merges,
              role="monitoring")
    doc.add("sources", *({"number": n, "type": "organized"} for n in numbers))
    rows = [g(["Точка контроля", "Показатели", "Периодичность"], ["Бақылау нүктесі", "Көрсеткіштер", "Кезеңділігі"])]
    syms = ("pH", "COD", "BOD5", "TSS", "Zn")
    rows.append([g("КК-1 (выпуск в городскую канализацию)", "КК-1 (қалалық кәрізге шығару)"), "; ".join(vocab.water(s, doc.lang) for s in syms),
                 said["quarterly"]])
    for s in syms:
        doc.add("monitoring", {"point": "КК-1", "symbol": s, "frequency": "quarterly"})
    doc.table(g("Таблица 3.2 – Контроль сточных вод", "3.2-кесте – Ағынды суларды бақылау"), rows, role="monitoring")
    doc.p(g("Инструментальные замеры выполняет аккредитованная лаборатория по договору; отчет по ПЭК представляется до 10 числа месяца, "
            "следующего за отчетным кварталом.",
            "Аспаптық өлшеулерді шарт бойынша аккредиттелген зертхана орындайды; ӨЭБ бойынша есеп есепті тоқсаннан кейінгі айдың 10-на дейін ұсынылады."))
    maybe_distractor(doc)


def _monitoring_jv1_vi(doc: Doc) -> None:
    company, key = doc.pick(VN_RUBBER_COS)
    doc.h(f"CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG – NHÀ MÁY CHẾ BIẾN MỦ CAO SU {key.upper()}")
    doc.p(f"(Theo Giấy phép môi trường của {company}.) Trạm quan trắc nước thải tự động được kết nối, truyền dữ liệu về Sở Nông nghiệp và Môi trường.")
    rows = [["Hình thức quan trắc", "Vị trí", "Ký hiệu", "Thông số", "Tần suất", "Quy chuẩn so sánh"]]
    auto = ("pH", "COD", "TSS", "NH4+")
    rows.append(["Tự động, liên tục", "Hố ga sau hệ thống xử lý nước thải, trước khi xả ra suối Rạt", "NT-01",
                 "Lưu lượng (đầu vào, đầu ra), nhiệt độ, " + ", ".join(vocab.water(s, "vi") for s in auto), "Liên tục",
                 "QCVN 01-MT:2015/BTNMT, cột B"])
    for s in auto:
        doc.add("monitoring", {"point": "NT-01", "symbol": s, "frequency": "continuous"})
    per = ("BOD5", "TN")
    rows.append(["Định kỳ", "Hố ga sau hệ thống xử lý nước thải", "NT-01", ", ".join(vocab.water(s, "vi") for s in per), freq(doc, "quarterly"),
                 "QCVN 01-MT:2015/BTNMT, cột B"])
    for s in per:
        doc.add("monitoring", {"point": "NT-01", "symbol": s, "frequency": "quarterly"})
    doc.table("Bảng 4. Chương trình quan trắc nước thải", rows, role="monitoring")
    doc.p("Khí thải lò sấy: cơ sở không thuộc đối tượng phải quan trắc khí thải định kỳ theo Phụ lục XXIX Nghị định số 08/2022/NĐ-CP.")
    maybe_distractor(doc)


def monitoring_jv2(doc: Doc) -> None:
    """A rubber-wood cutting and impregnation shop's ПЭК written as kinds of control: control at the boiler's stack
    (instrumental, twice a year) and at the cyclone (by calculation, quarterly) with the source's number inside the place's
    text, the protection zone's point, the observation well by the impregnation baths with its parameters joined by `;`
    in one cell, a visual check of the baths daily that names no substance (VI: a smoked-sheet factory's monitoring of its
    smokehouse stack twice a year and the stream above and below its outlet and its waste water quarterly)."""
    if doc.lang == "vi":
        _monitoring_jv2_vi(doc)
        return
    g = _g(doc)
    said = _said(doc)
    doc.h(g("Программа ПЭК цеха раскроя и пропитки древесины гевеи. Раздел 5. План-график контроля",
            "Гевея сүрегін пішу және сіңдіру цехының ӨЭБ бағдарламасы. 5-бөлім. Бақылау жоспар-кестесі"))
    rows = [g(["Вид контроля", "Место контроля", "Контролируемые параметры", "Периодичность", "Метод", "Исполнитель"],
              ["Бақылау түрі", "Бақылау орны", "Бақыланатын параметрлер", "Кезеңділігі", "Әдіс", "Орындаушы"])]
    lab, ecol = g("аккредитованная лаборатория", "аккредиттелген зертхана"), g("инженер-эколог", "инженер-эколог")
    plan = (
        (g("Контроль эмиссий", "Эмиссиялар бақылауы"), g("ИЗА 0001 – котельная", "0001 ЛШК – қазандық"), ("0301", "0304", "0337", "0328"),
         "semiannual", g("инструментальный", "аспаптық"), lab, "0001", None),
        (g("Контроль эмиссий", "Эмиссиялар бақылауы"), g("ИЗА 0002 – циклон аспирации", "0002 ЛШК – аспирация циклоны"), ("2936",),
         "quarterly", g("расчетный", "есептік"), ecol, "0002", None),
        (g("Мониторинг воздействия", "Әсер мониторингі"), g("Т-1 (граница СЗЗ, подветренная сторона)", "Т-1 (СҚА шекарасы, желдің ығы жағы)"),
         ("2936", "0301"), "quarterly", g("инструментальный", "аспаптық"), lab, None, "Т-1"),
    )
    for kind, place, codes, word, how, who, number, point in plan:
        rows.append([kind, place, "; ".join(_air(doc, c) for c in codes), said[word], how, who])
        for c in codes:
            if number:
                doc.add("monitoring", {"source_number": number, "code": c, "frequency": word})
                doc.add("emissions", emission(c, None, None, number))
            else:
                doc.add("monitoring", {"point": point, "code": c, "frequency": word})
    syms = ("pH", "TDS", "Cl-", "SO4")
    rows.append([g("Мониторинг подземных вод", "Жерасты суларының мониторингі"),
                 g("Скв-1 (наблюдательная скважина у участка пропитки)", "Скв-1 (сіңдіру учаскесі жанындағы бақылау ұңғымасы)"),
                 "; ".join(vocab.water(s, doc.lang) for s in syms), said["semiannual"], g("инструментальный", "аспаптық"), lab])
    for s in syms:
        doc.add("monitoring", {"point": "Скв-1", "symbol": s, "frequency": "semiannual"})
    rows.append([g("Визуальный контроль", "Көзбен шолып бақылау"), g("ванны пропитки, склад опилок", "сіңдіру ванналары, үгінді қоймасы"),
                 g("герметичность ванн, отсутствие проливов", "ванналардың саңылаусыздығы, төгілулердің болмауы"), said["daily"], "–",
                 g("мастер цеха", "цех шебері")])
    doc.table(g("Таблица 5.1", "5.1-кесте"), rows, role="monitoring")
    doc.add("sources", {"number": "0001", "type": "organized"}, {"number": "0002", "type": "organized"})
    maybe_distractor(doc)


def _monitoring_jv2_vi(doc: Doc) -> None:
    doc.h("CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG – XƯỞNG SẢN XUẤT MỦ TỜ XÔNG KHÓI RSS LỘC HIỆP")
    doc.p("Xưởng sản xuất mủ tờ xông khói (RSS 1, RSS 3) công suất 2.400 tấn/năm; lò xông khói đốt củi cao su thanh lý.")
    rows = [["STT", "Vị trí quan trắc", "Ký hiệu", "Thông số", "Tần suất"]]
    stack = (("2902", "Bụi tổng"), ("0337", "CO"), ("0330", "SO2"), ("0301", "NOx"))
    rows.append(["1", "Ống khói lò xông khói mủ tờ", "KT-01", ", ".join(x for _, x in stack), freq(doc, "semiannual")])
    for c, _ in stack:
        doc.add("monitoring", {"point": "KT-01", "code": c, "frequency": "semiannual"})
    water = ("pH", "BOD5", "COD", "TSS", "NH4+")
    places = (("Nước thải sau hồ sinh học, trước khi xả ra suối Giai", "NT-01", water + ("TN",)),
              ("Suối Giai, thượng nguồn cách điểm xả 100 m", "NM-01", water),
              ("Suối Giai, hạ nguồn cách điểm xả 200 m", "NM-02", water))
    q = freq(doc, "quarterly")
    for k, (place, pid, syms) in enumerate(places, 2):
        rows.append([str(k), place, pid, ", ".join(vocab.water(s, "vi") for s in syms), q])
        for s in syms:
            doc.add("monitoring", {"point": pid, "symbol": s, "frequency": "quarterly"})
    doc.table("Bảng 5.1. Vị trí, thông số và tần suất quan trắc", rows, role="monitoring")
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
MARKS = {"monthly": set(range(12)), "quarterly": {2, 5, 8, 11}, "semiannual": {5, 11}, "yearly": {10}}
# (RU, KK object, frequency, RU, KK who)
LATEX_CHECKS = (
    ("Узел слива и хранения латекса (флекси-танки, емкости)", "Латексті төгу және сақтау торабы (флекси-танктер, ыдыстар)", "monthly",
     "инженер-эколог", "инженер-эколог"),
    ("Ванны макания и печи вулканизации", "Малу ванналары мен вулкандау пештері", "quarterly", "начальник цеха", "цех бастығы"),
    ("Рукавный фильтр участка опудривания", "Ұнтақтау учаскесінің жеңді сүзгісі", "monthly", "механик цеха", "цех механигі"),
    ("Локальные очистные сооружения и колодец КК-1", "Жергілікті тазарту құрылыстары және КК-1 құдығы", "quarterly", "инженер-эколог", "инженер-эколог"),
    ("Места накопления отходов № 1–4", "№ 1–4 қалдықтарды жинақтау орындары", "monthly", "инженер-эколог", "инженер-эколог"),
    ("Котельная и газовое оборудование", "Қазандық және газ жабдығы", "semiannual", "главный энергетик", "бас энергетик"),
    ("Соблюдение условий экологического разрешения в целом", "Экологиялық рұқсат шарттарының жалпы сақталуы", "yearly",
     "комиссия под председательством главного инженера", "бас инженер төрағалық ететін комиссия"),
)  # fmt: skip


def inspections_jv1(doc: Doc) -> None:
    """A latex-dipping plant's yearly schedule of internal environmental checks: the objects as rows, the twelve months as
    columns under `2026 год` merged across them with `х` in the months of a check, the periodicity and who checks after
    the months, the annual complex check by a commission (VI: an SVR plant's self-inspection plan, each check with the
    number of its record form `BM-MT-03` as a look-alike, daily to yearly)."""
    if doc.lang == "vi":
        _inspections_jv1_vi(doc)
        return
    L, g = _L(doc), _g(doc)
    op = doc.pick(LATEX_OPS)[L]
    said = _said(doc)
    doc.h(g(f"График внутренних проверок {op} на 2026 год", f"{op} 2026 жылға арналған ішкі тексерулер кестесі"))
    doc.p(g("Проверки оформляются записью в журнале внутреннего контроля; выявленные нарушения устраняются в сроки, установленные проверяющим.",
            "Тексерулер ішкі бақылау журналында жазбамен ресімделеді; анықталған бұзушылықтар тексерушінің белгілеген мерзімінде жойылады."))
    rows = [["№", g("Объект проверки", "Тексеру объектісі"), g("2026 год", "2026 жыл"), *([None] * 11), g("Периодичность", "Кезеңділігі"),
             g("Проверяющий", "Тексеруші")],
            [None, None, *MONTHS, None, None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 13), (0, 14, 1, 14), (0, 15, 1, 15)]
    for k, (o_ru, o_kk, word, w_ru, w_kk) in enumerate(LATEX_CHECKS, 1):
        obj, who = (o_ru, o_kk)[L], (w_ru, w_kk)[L]
        rows.append([str(k), obj, *("х" if m in MARKS[word] else "" for m in range(12)), said[word], who])
        doc.add("obligations", {"kind": "inspection", "number": str(k), "frequency": word, "text_contains": _words(obj.split(" (")[0], 3),
                                "actor_contains": who})
    doc.table(None, rows, merges, role="inspections")
    distractor(doc, "approval")


VN_SELF_CHECKS = (
    ("Kiểm tra vận hành hệ thống xử lý nước thải (bể gạn mủ, bể kỵ khí, hồ hiếu khí)", "daily", "Tổ vận hành trạm xử lý nước thải", "BM-MT-01"),
    ("Kiểm tra kho lưu giữ chất thải nguy hại, nhãn và sổ theo dõi", "weekly", "Phòng Kỹ thuật – Môi trường", "BM-MT-02"),
    ("Kiểm tra trạm quan trắc nước thải tự động, đối chiếu số liệu truyền", "monthly", "Phòng Kỹ thuật – Môi trường", "BM-MT-03"),
    ("Kiểm tra lò sấy, buồng đốt và ống khói", "quarterly", "Xưởng Cơ điện", "BM-MT-04"),
    ("Đánh giá tổng thể việc thực hiện giấy phép môi trường", "yearly", "Ban Giám đốc", "BM-MT-05"),
)


def _inspections_jv1_vi(doc: Doc) -> None:
    company, key = doc.pick(VN_RUBBER_COS)
    said = _said(doc)
    doc.h(f"KẾ HOẠCH TỰ KIỂM TRA CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2026 – NHÀ MÁY CHẾ BIẾN MỦ CAO SU {key.upper()}")
    doc.p(f"Ban hành kèm theo Quyết định số {doc.rng.randint(12, 98)}/QĐ-CS ngày 05/01/2026 của Giám đốc {company}.")
    rows = [["TT", "Nội dung kiểm tra", "Tần suất", "Bộ phận thực hiện", "Biểu mẫu ghi chép"]]
    for k, (text, word, who, form) in enumerate(VN_SELF_CHECKS, 1):
        rows.append([str(k), text, said[word], who, form])
        doc.add("obligations", {"kind": "inspection", "number": str(k), "frequency": word, "text_contains": _words(text, 4), "actor_contains": who})
    doc.table("Bảng 1. Nội dung, tần suất tự kiểm tra", rows, role="inspections")
    maybe_distractor(doc)


# (number, RU, KK clause, frequency, RU, KK actor)
ORDER_CLAUSES = (
    ("3.1", "Мастер цеха ежедневно перед началом смены проверяет уровень раствора в ваннах пропитки и отсутствие проливов на поддонах.",
     "Цех шебері күн сайын ауысым басталар алдында сіңдіру ванналарындағы ерітінді деңгейін және табандықтарда төгілулердің жоқтығын тексереді.",
     "daily", "Мастер цеха", "Цех шебері"),
    ("3.2", "Инженер-эколог еженедельно осматривает бункер-накопитель опилок, склад золы и места накопления опасных отходов.",
     "Инженер-эколог апта сайын үгінді жинағыш бункерді, күл қоймасын және қауіпті қалдықтарды жинақтау орындарын қарап шығады.",
     "weekly", "Инженер-эколог", "Инженер-эколог"),
    ("3.3", "Главный механик 1 раз в квартал проверяет состояние циклона, воздуховодов и шлюзового затвора аспирационной системы.",
     "Бас механик тоқсанына 1 рет аспирациялық жүйенің циклонының, ауа өткізгіштерінің және шлюз жапқышының жай-күйін тексереді.",
     "quarterly", "Главный механик", "Бас механик"),
    ("3.4", "Комиссия, назначаемая директором, 1 раз в год проводит комплексную проверку соблюдения экологических требований в цехе.",
     "Директор тағайындайтын комиссия жылына 1 рет цехта экологиялық талаптардың сақталуына кешенді тексеру жүргізеді.",
     "yearly", "Комиссия", "комиссия"),
)  # fmt: skip


def inspections_jv2(doc: Doc) -> None:
    """Section 3 of a rubber-wood shop's order on internal environmental control set out as a two-column table `Пункт |
    Содержание`: each point `3.1`… a sentence naming who checks what and how often, then a point on recording the results
    that is no check and the order's own number and date as look-alikes (VI: a provincial department's plan of inspecting
    rubber companies in 2026, one check each, the quarter, the leading and the partner unit)."""
    if doc.lang == "vi":
        _inspections_jv2_vi(doc)
        return
    L, g = _L(doc), _g(doc)
    doc.h(g(f"Приказ № {doc.rng.randint(20, 90)}-П от 12.01.2026 «Об организации внутреннего экологического контроля в цехе раскроя и пропитки древесины гевеи»",
            f"2026 жылғы 12.01. № {doc.rng.randint(20, 90)}-П «Гевея сүрегін пішу және сіңдіру цехында ішкі экологиялық бақылауды ұйымдастыру туралы» бұйрық"))
    doc.p(g("В соответствии со статьей 182 Экологического кодекса Республики Казахстан ПРИКАЗЫВАЮ:",
            "Қазақстан Республикасы Экологиялық кодексінің 182-бабына сәйкес БҰЙЫРАМЫН:"))
    rows = [g(["Пункт", "Содержание"], ["Тармақ", "Мазмұны"])]
    for number, t_ru, t_kk, word, a_ru, a_kk in ORDER_CLAUSES:
        text = (t_ru, t_kk)[L]
        rows.append([number, text])
        doc.add("obligations", {"kind": "inspection", "number": number, "frequency": word, "text_contains": _words(text, 4),
                                "actor_contains": (a_ru, a_kk)[L]})
    rows.append(["3.5", g("Результаты проверок по пунктам 3.1–3.4 заносятся в журнал внутреннего контроля, который хранится у инженера-эколога 5 лет.",
                          "3.1–3.4-тармақтар бойынша тексеру нәтижелері ішкі бақылау журналына енгізіледі, ол инженер-экологта 5 жыл сақталады.")])
    doc.table(g("3. Порядок внутренних проверок", "3. Ішкі тексерулер тәртібі"), rows, role="inspections")
    doc.p(g("Контроль за исполнением приказа оставляю за собой. Директор ____________", "Бұйрықтың орындалуын бақылауды өзіме қалдырамын. Директор ____________"))


VN_STATE_PLAN = (
    ("Công ty TNHH MTV Cao su Đồng Xoài Xanh – Nhà máy chế biến mủ Suối Đá", "Quý II/2026", "Thanh tra Sở", "Chi cục Bảo vệ môi trường"),
    ("Công ty Cổ phần Cao su Hớn Quản Mới – Nhà máy chế biến mủ Tân Khai", "Quý II/2026", "Thanh tra Sở", "Công an tỉnh (PC03)"),
    ("Công ty TNHH Gỗ cao su Minh Hưng – Xưởng cưa xẻ, tẩm sấy", "Quý III/2026", "Chi cục Bảo vệ môi trường", "UBND xã Minh Hưng"),
    ("Hợp tác xã Mủ tờ Lộc Hiệp – Xưởng mủ tờ xông khói", "Quý IV/2026", "Chi cục Bảo vệ môi trường", "UBND xã Lộc Hiệp"),
)


def _inspections_jv2_vi(doc: Doc) -> None:
    doc.h("KẾ HOẠCH THANH TRA, KIỂM TRA NĂM 2026 ĐỐI VỚI CÁC CƠ SỞ CHẾ BIẾN CAO SU TRÊN ĐỊA BÀN TỈNH")
    doc.p("(Ban hành kèm theo Quyết định số 35/QĐ-SNNMT ngày 15/12/2025 của Giám đốc Sở Nông nghiệp và Môi trường tỉnh Đồng Nai.)")
    rows = [["STT", "Đối tượng thanh tra, kiểm tra", "Nội dung", "Thời gian", "Đơn vị chủ trì", "Đơn vị phối hợp"]]
    for k, (who, when, lead, partner) in enumerate(VN_STATE_PLAN, 1):
        rows.append([str(k), who, "Kiểm tra việc chấp hành pháp luật về bảo vệ môi trường, giấy phép môi trường", when, lead, partner])
        doc.add("obligations", {"kind": "inspection", "number": str(k), "text_contains": who.split(" – ")[1], "actor_contains": lead})
    doc.table("Danh sách cơ sở được thanh tra, kiểm tra", rows, role="inspections")
    maybe_distractor(doc)


# ---------------------------------------------------------------- tasks

# (RU, KK section, [(RU, KK measure, RU, KK volume, start, end, RU, KK source, 2026, 2027, RU, KK effect)])
LATEX_MEASURES = (
    (("Охрана атмосферного воздуха", "Атмосфералық ауаны қорғау"), [
        ("Установка скруббера улавливания аммиака на вытяжке реакторов латексной смеси",
         "Латекс қоспасы реакторларының сорғышына аммиакты ұстайтын скруббер орнату", "1 шт.", "1 дана", "04.2026", "09.2026",
         "собственные средства", "меншікті қаражат", 18500, None, "аммиак – 0,35 т/год", "аммиак – жылына 0,35 т"),
        ("Замена рукавов фильтра участка опудривания на мембранные", "Ұнтақтау учаскесі сүзгісінің жеңдерін мембраналыққа ауыстыру",
         "96 рукавов", "96 жең", "02.2026", "03.2026", "собственные средства", "меншікті қаражат", 4200, None,
         "взвешенные частицы – 0,8 т/год", "қалқыма бөлшектер – жылына 0,8 т"),
    ]),
    (("Охрана водных ресурсов", "Су ресурстарын қорғау"), [
        ("Строительство узла нейтрализации и флотации сточных вод перед КК-1", "КК-1 алдында ағынды суларды бейтараптандыру және флотациялау торабын салу",
         "120 м³/сут", "тәулігіне 120 м³", "05.2026", "06.2027", "собственные средства", "меншікті қаражат", 32000, 41000,
         "цинк – на 60 %", "мырыш – 60 %-ға"),
        ("Повторное использование воды промывки форм", "Қалыптарды жуу суын қайта пайдалану", "35 м³/сут", "тәулігіне 35 м³", "01.2027", "12.2027",
         "собственные средства", "меншікті қаражат", None, 9600, "водопотребление – 12 000 м³/год", "су тұтыну – жылына 12 000 м³"),
    ]),
    (("Обращение с отходами", "Қалдықтармен жұмыс"), [
        ("Передача брака латексных изделий на переработку в резиновую крошку", "Латекс бұйымдарының ақауын резеңке үгіндісіне қайта өңдеуге беру",
         "до 95 т/год", "жылына 95 т дейін", "01.2026", "12.2026", "собственные средства", "меншікті қаражат", 1500, 1500,
         "захоронение – минус 80 т/год", "көму – жылына 80 т азаяды"),
    ]),
)  # fmt: skip


def tasks_jv1(doc: Doc) -> None:
    """A latex-dipping plant's plan of nature-protection measures for 2026–2027 in the form annexed to a permit: section rows
    spanning the table, the measures numbered straight through across the sections, the volume (`96 рукавов`, `120 м³/сут`)
    as a look-alike, `Срок выполнения` merged over `начало | окончание` and `Затраты, тыс. тенге` over `2026 | 2027` in a
    second header row, the source of money and the expected effect in tonnes a year, no one named responsible (VI: an SVR
    plant's remedy plan after the province's inspection, the shortcoming and the measure side by side, the term and who
    answers for it)."""
    if doc.lang == "vi":
        _tasks_jv1_vi(doc)
        return
    L, g = _L(doc), _g(doc)
    op = doc.pick(LATEX_OPS)[L]
    doc.h(g(f"План мероприятий по охране окружающей среды {op} на 2026–2027 годы",
            f"{op} 2026–2027 жылдарға арналған қоршаған ортаны қорғау жөніндегі іс-шаралар жоспары"))
    rows = [g(["№", "Наименование мероприятия", "Объем", "Срок выполнения", None, "Источник финансирования", "Затраты, тыс. тенге", None, "Ожидаемый эффект"],
              ["№", "Іс-шараның атауы", "Көлемі", "Орындау мерзімі", None, "Қаржыландыру көзі", "Шығындар, мың теңге", None, "Күтілетін нәтиже"]),
            [None, None, None, *g(["начало", "окончание"], ["басталуы", "аяқталуы"]), None, "2026", "2027", None]]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 5, 8)] + [(0, 3, 0, 4), (0, 6, 0, 7)]
    k = 0
    for (s_ru, s_kk), items in LATEX_MEASURES:
        _span(rows, merges, (s_ru, s_kk)[L], 9)
        for m_ru, m_kk, v_ru, v_kk, start, end, f_ru, f_kk, y1, y2, e_ru, e_kk in items:
            k += 1
            text = (m_ru, m_kk)[L]
            rows.append([str(k), text, (v_ru, v_kk)[L], start, end, (f_ru, f_kk)[L], num(y1, doc.lang) if y1 else "–", num(y2, doc.lang) if y2 else "–",
                         (e_ru, e_kk)[L]])
            doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text, 4)})
    doc.table(None, rows, merges, role="tasks")
    maybe_distractor(doc)


VN_REMEDY = (
    ("Mương đánh đông chưa có mái che, nước mưa chảy tràn lẫn serum", "Lắp đặt mái che và tách riêng rãnh thu nước mưa khu vực mương đánh đông",
     "30/6/2026", "Xưởng Cơ điện"),
    ("Hồ hiếu khí bị bồi lắng, hiệu suất xử lý amoni thấp", "Nạo vét bùn hồ hiếu khí và bổ sung 02 máy sục khí bề mặt", "31/8/2026",
     "Tổ vận hành trạm xử lý nước thải"),
    ("Kho chất thải nguy hại chưa có gờ chống tràn", "Xây gờ chống tràn, rãnh thu và hố thu sự cố cho kho chất thải nguy hại", "31/5/2026",
     "Phòng Kỹ thuật – Môi trường"),
    ("Camera trạm quan trắc tự động chưa kết nối", "Kết nối camera giám sát trạm quan trắc tự động về Sở Nông nghiệp và Môi trường", "30/4/2026",
     "Phòng Kỹ thuật – Môi trường"),
)


def _tasks_jv1_vi(doc: Doc) -> None:
    company, key = doc.pick(VN_RUBBER_COS)
    doc.h(f"KẾ HOẠCH KHẮC PHỤC CÁC TỒN TẠI SAU KIỂM TRA – NHÀ MÁY CHẾ BIẾN MỦ CAO SU {key.upper()}")
    doc.p(f"Thực hiện Kết luận kiểm tra số 118/KL-SNNMT ngày 20/02/2026, {company} lập kế hoạch khắc phục như sau.")
    rows = [["TT", "Tồn tại, hạn chế", "Biện pháp khắc phục", "Thời hạn hoàn thành", "Bộ phận chịu trách nhiệm"]]
    for k, (issue, fix, term, who) in enumerate(VN_REMEDY, 1):
        rows.append([str(k), issue, fix, term, who])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(fix, 4), "actor_contains": who})
    doc.table("Bảng 1. Nội dung khắc phục", rows, role="tasks")
    maybe_distractor(doc)


# (RU, KK group, [(RU, KK measure, quarters, RU, KK who)])
HEVEA_GROUPS = (
    (("Участок пропитки", "Сіңдіру учаскесі"), [
        ("Устроить бетонный поддон с бортом под ваннами пропитки", "Сіңдіру ванналарының астына жиегі бар бетон табандық орнату", {1}, "главный механик", "бас механик"),
        ("Оборудовать навес для стеллажей стекания пропитанных пиломатериалов", "Сіңдірілген ағаш материалдары ағатын сөрелерге қалқа жасау", {2, 3},
         "начальник цеха", "цех бастығы"),
    ]),
    (("Аспирация и котельная", "Аспирация және қазандық"), [
        ("Заменить циклон аспирационной системы на циклон с рукавным фильтром", "Аспирациялық жүйенің циклонын жеңді сүзгісі бар циклонға ауыстыру", {2, 3},
         "главный механик", "бас механик"),
        ("Провести режимно-наладочные испытания котла на древесных отходах", "Ағаш қалдықтарымен жұмыс істейтін қазандықтың режимдік-баптау сынақтарын жүргізу", {3},
         "главный энергетик", "бас энергетик"),
    ]),
    (("Отходы", "Қалдықтар"), [
        ("Заключить договор на передачу отработанного раствора боратов", "Пайдаланылған борат ерітіндісін беруге шарт жасасу", {1}, "инженер-эколог", "инженер-эколог"),
    ]),
)  # fmt: skip


def tasks_jv2(doc: Doc) -> None:
    """A rubber-wood shop's measures for 2026 under numbered group rows (`1 | Участок пропитки`) that are no tasks, the
    measures `1.1`, `1.2`… below, the quarters `I | II | III | IV` under `2026 г.` merged across them with `+` in the
    quarters of work, who answers last (VI: a rubber company's plantation replanting plan with Roman section rows and items
    `1.1`, the plots' numbers and hectares as look-alikes)."""
    if doc.lang == "vi":
        _tasks_jv2_vi(doc)
        return
    L, g = _L(doc), _g(doc)
    doc.h(g("Мероприятия по снижению воздействия цеха раскроя и пропитки древесины гевеи на 2026 год",
            "Гевея сүрегін пішу және сіңдіру цехының әсерін төмендету жөніндегі 2026 жылға арналған іс-шаралар"))
    rows = [["№", g("Мероприятие", "Іс-шара"), g("2026 г.", "2026 ж."), None, None, None, g("Ответственный", "Жауапты")],
            [None, None, "I", "II", "III", "IV", None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 5), (0, 6, 1, 6)]
    for s, ((gr_ru, gr_kk), items) in enumerate(HEVEA_GROUPS, 1):
        rows.append([str(s), (gr_ru, gr_kk)[L], None, None, None, None, None])
        merges.append((len(rows) - 1, 1, len(rows) - 1, 6))
        for k, (m_ru, m_kk, qs, w_ru, w_kk) in enumerate(items, 1):
            text, who = (m_ru, m_kk)[L], (w_ru, w_kk)[L]
            rows.append([f"{s}.{k}", text, *("+" if q in qs else "" for q in range(1, 5)), who])
            doc.add("obligations", {"kind": "task", "number": f"{s}.{k}", "text_contains": _words(text, 4), "actor_contains": who})
    doc.table(None, rows, merges, role="tasks")
    maybe_distractor(doc)


VN_REPLANT = (
    ("I. CHUẨN BỊ ĐẤT TÁI CANH", [
        ("Thanh lý vườn cây, tận thu gỗ cao su chuyển về xưởng cưa xẻ Minh Hưng", "Lô 12, 14 – NT Lộc Ninh (86,5 ha)", "Quý I/2026", "Nông trường Lộc Ninh"),
        ("Thu gom, xử lý gốc rễ và cành nhánh, không đốt thực bì tại lô", "Lô 12, 14 – NT Lộc Ninh", "Quý II/2026", "Nông trường Lộc Ninh"),
    ]),
    ("II. TRỒNG MỚI VÀ CHĂM SÓC", [
        ("Trồng cây che phủ họ đậu giữa hàng để chống xói mòn", "Lô 12, 14 – NT Lộc Ninh", "Quý III/2026", "Phòng Kỹ thuật"),
        ("Thu gom bao bì thuốc bảo vệ thực vật về kho chất thải nguy hại của công ty", "Toàn bộ diện tích tái canh", "Hằng quý", "Phòng Kỹ thuật – Môi trường"),
    ]),
)


def _tasks_jv2_vi(doc: Doc) -> None:
    doc.h("KẾ HOẠCH BẢO VỆ MÔI TRƯỜNG TRONG TÁI CANH VƯỜN CÂY CAO SU NĂM 2026")
    doc.p("Diện tích tái canh năm 2026: 86,5 ha (lô 12 và lô 14, Nông trường Lộc Ninh), giống RRIV 209 và RRIV 114.")
    rows = [["TT", "Nội dung công việc", "Địa điểm", "Thời gian", "Đơn vị thực hiện"]]
    merges = []
    for s, (title, items) in enumerate(VN_REPLANT, 1):
        _span(rows, merges, title, 5)
        for k, (text, where, when, who) in enumerate(items, 1):
            rows.append([f"{s}.{k}", text, where, when, who])
            doc.add("obligations", {"kind": "task", "number": f"{s}.{k}", "text_contains": _words(text, 4), "actor_contains": who})
    doc.table("Bảng 2. Nội dung công việc", rows, merges, role="tasks")
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"JV{k}", globals()[f"{role}_jv{k}"]) for role in ROLES for k in (1, 2)]
