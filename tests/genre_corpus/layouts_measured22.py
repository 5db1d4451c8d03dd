"""Measured blind (part Y of the eleventh blind set: the set 0.685 as first measured; part Y 0.668, first and again on
2026-12-04 before study), then studied and tuned on: now a tuning layout. What follows is its writer's
description.

A blind held-out set (two layouts per role, `Y1` and `Y2`): never used for tuning, written by someone who neither ran
the extractor on it nor read it, to differ from every layout of `layouts_*.py`.

Theme: municipal and social services — a city's water supply and sewage (a vodokanal's wells, water-treatment
station, sewage treatment plant and pumping stations), municipal solid-waste landfills and sorting, district boiler
houses of a heating enterprise, hospitals with their incinerators and medical wastes; in Kazakhstan the documents of
state and municipal enterprises (ГКП / КГП на ПХВ, ТОО operating a landfill): ПЭК programmes and reports on ПЭК, НДВ
projects, reports to the akimat, regulations and orders of the enterprise, municipal programmes; in Vietnam urban
water and waste-water companies, hospitals (chất thải y tế), landfills with their incinerators (bãi chôn lấp, lò đốt),
craft villages and industrial clusters (làng nghề, cụm công nghiệp): GPMT applications, ĐTM, báo cáo công tác bảo vệ
môi trường, kết quả xét nghiệm nước sạch, kế hoạch of the People's Committees.

Facility: a vodokanal's objects as rows under a three-row header whose coordinates are split into degree, minute and
second columns for latitude and longitude, the operator and its BIN only in the sentence above (VI: a water company's
plants, the enterprise number in the sentence) (Y1); a report's card with a column per year (2024, 2025), the identity
lines merged across both years and the operating indicators differing by year (Y2).
Emissions: a landfill's biogas components by the methodology's mass shares, the source only in the caption, the
input data in a table of no role (VI: an ĐTM's landfill-gas loads in the operation phase) (Y1); a hospital's matrix
of sources by substances printed twice, a block of g/s and a block of t/year under spanning rows, with a code row, a
name row and a hazard-class row in the header (VI: named sources, formulas as headers) (Y2).
Wastes: a landfill's report on the wastes it accepted, the total split into buried, sorted and used for isolation
under a merged `в том числе` (VI: a hospital cluster's medical-waste treatment, split by autoclave and incinerator)
(Y1); hazardous and non-hazardous wastes of a sewage plant printed as two halves side by side, each with its own
total (VI: CTNH in kg beside ordinary wastes in tonnes) (Y2).
Limits: a hospital incinerator's stack results of two half-years against its norm at 11 % O2, the sampling date
merged down each half-year, a dioxin row in ng TEQ (VI: a landfill's waste incinerator against QCVN 61-MT:2016 under
a point row) (Y1); drinking-water control at three points with residual chlorine as a range and rows in units of no
concentration (turbidity, colour) (VI: QCVN 01-1:2018/BYT at a water plant) (Y2).
Monitoring: a sampling schedule of quarter columns whose cells list the parameters taken that quarter — the frequency
read from the quarters (Y1); a heating enterprise's boiler houses as spanning rows over their sources, frequencies
with a heating-season qualifier, substances written `name (code)`, a boundary point at the end (VI: a hospital's GPMT
programme under media rows, a row of solid-waste bookkeeping with no parameters) (Y2).
Inspections: a landfill's control regulation with `не реже 1 раза в …` wordings (VI: a district People's Committee's
checks of craft villages and industrial clusters) (Y1); one cell per ward holding several lines `frequency –
checker`, each an inspection of its own (VI: a sewage plant's units) (Y2).
Tasks: a vodokanal's plan with the object merged down over its measures (VI: a province's plan for craft villages,
the village merged down, lead and partner bodies) (Y1); measure passports — each measure a block of label–value rows
with its number merged down the first column, no header (VI: a city's waste-water tasks) (Y2).

The words of each layout are in the text tables (RU, KK, VI); a header row is one string, its cells between `|`, `^`
for a cell a merge covers.
"""

from __future__ import annotations

from . import vocab
from .common import Doc, distractor, freq, make_bin, make_kato, make_msdn, maybe_distractor, num, rate
from .limits_data import add, cell, limit
from .obligations_data import task
from .registry import ROLES, Layout
from .sources_data import Source, emission, expect_sources, total

TEXT: dict[str, tuple[str, str, str]] = {}


def _t(doc: Doc, key: str) -> str:
    return TEXT[key][vocab.LANGS.index(doc.lang)]


def _cells(text: str) -> list[str | None]:
    return [None if x == "^" else x for x in text.split("|")]


def _row(doc: Doc, key: str) -> list[str | None]:
    """A header row of the text tables in the document's language."""
    return _cells(_t(doc, key))


def _list(doc: Doc, key: str) -> list[str]:
    return _t(doc, key).split("|")


def _mon(loc: dict, key: tuple[str, str], frequency: str) -> dict:
    return {**loc, key[0]: key[1], "frequency": frequency}


def _sig(x: float, digits: int = 3) -> float:
    return float(f"{x:.{digits}g}")


def _down(rows: list, start: int, col: int, merges: list) -> None:
    """Merges a column down from row `start` to the last row, when that is two rows or more."""
    if len(rows) - 1 > start:
        merges.append((start, col, len(rows) - 1, col))


def _span(rows: list, merges: list, text: str, width: int) -> None:
    """A row whose one cell spans the table."""
    rows.append([text] + [None] * (width - 1))
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))


def _dms_parts(value: float) -> tuple[int, int, float, float]:
    """Degrees, minutes and seconds (one decimal) of an angle, and the decimal degrees they stand for."""
    d = int(value)
    m = int((value - d) * 60)
    s = round(((value - d) * 60 - m) * 60, 1)
    if s >= 60:
        m, s = m + 1, 0.0
    if m >= 60:
        d, m = d + 1, 0
    return d, m, s, d + m / 60 + s / 3600


def _dms(value: float, lang: str) -> tuple[str, float]:
    """An angle written `50°17'12,4"` and the decimal degrees it stands for."""
    d, m, s, exact = _dms_parts(value)
    seconds = f"{s:04.1f}".replace(".", ",")
    return f"{d}°{m:02d}'{seconds}\"", exact


def _name(doc: Doc, code: str, variant: int = 0) -> str:
    """An air pollutant's name, with the few this file uses that vocab does not list."""
    if code in EXTRA_AIR:
        return EXTRA_AIR[code][vocab.LANGS.index(doc.lang)]
    return vocab.air(code, doc.lang, variant)


EXTRA_AIR = {
    "0627": ("Этилбензол", "Этилбензол", "Etylbenzen"),
    "0183": ("Ртуть и ее соединения", "Сынап", "Thủy ngân (Hg)"),
    "0342": (
        "Фтористые газообразные соединения (в пересчете на фтор)",
        "Фторлы газ тәрізді қосылыстар",
        "HF",
    ),
}
"""Names as corpus/air_pollutants.csv gives them (name or alias)."""
HAZARD = {"0627": 3, "0183": 1, "0342": 2}


def _hazard(code: str) -> int | None:
    return HAZARD[code] if code in HAZARD else vocab.hazard(code)


# ---------------------------------------------------------------- facility

TEXT |= {
    "fac1.title": ("Программа производственного экологического контроля на 2026–2028 годы",
                   "2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы",
                   "BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG CỦA CÁC CÔNG TRÌNH CẤP NƯỚC, THOÁT NƯỚC VÀ XỬ LÝ NƯỚC THẢI"),
    "fac1.h": ("1.2. Сведения об объектах оператора", "1.2. Оператор объектілері туралы мәліметтер",
               "1.2. Các công trình thuộc phạm vi đề nghị cấp giấy phép môi trường"),
    "fac1.p": ("Оператор: {operator}, БИН {bin}. Программа распространяется на объекты водоснабжения и водоотведения, "
               "находящиеся на балансе предприятия; координаты центров площадок определены в системе WGS-84.",
               "Оператор: {operator}, БСН {bin}. Бағдарлама кәсіпорын балансындағы сумен жабдықтау және су бұру "
               "объектілеріне қолданылады; алаң орталықтарының координаттары WGS-84 жүйесінде анықталды.",
               "Chủ cơ sở: {operator}; mã số doanh nghiệp: {bin}, đăng ký lần đầu ngày 12/3/2008, đăng ký thay đổi lần "
               "thứ 9 ngày 04/6/2024. Các công trình đề nghị cấp phép gồm:"),
    "fac1.head0": ("№ п/п|Наименование объекта|Назначение, мощность|Код КАТО|Географические координаты центра площадки"
                   "|^|^|^|^|^|Категория объекта",
                   "№|Объектінің атауы|Мақсаты, қуаты|ҚАТО коды|Алаң ортасының географиялық координаттары|^|^|^|^|^|"
                   "Объект санаты",
                   "TT|Tên công trình|Công suất|Địa điểm|Tọa độ vị trí (hệ WGS-84)|^|^|^|^|^|Phân nhóm"),
    "fac1.head1": ("^|^|^|^|северная широта|^|^|восточная долгота|^|^|^",
                   "^|^|^|^|солтүстік ендік|^|^|шығыс бойлық|^|^|^",
                   "^|^|^|^|Vĩ độ Bắc|^|^|Kinh độ Đông|^|^|^"),
    "fac1.head2": ("^|^|^|^|град.|мин.|сек.|град.|мин.|сек.|^", "^|^|^|^|град.|мин.|сек.|град.|мин.|сек.|^",
                   "^|^|^|^|độ|phút|giây|độ|phút|giây|^"),
    "fac1.caption": ("Таблица 1.2 – Перечень объектов и координаты их размещения",
                     "1.2-кесте – Объектілердің тізбесі және олардың орналасу координаттары",
                     "Bảng 1.2. Danh mục công trình và tọa độ vị trí"),
    "fac1.note": ("Категория объектов определена в соответствии с приложением 2 к Экологическому кодексу Республики Казахстан.",
                  "Объектілердің санаты Қазақстан Республикасы Экологиялық кодексінің 2-қосымшасына сәйкес айқындалды.",
                  "Ghi chú: phân nhóm theo tiêu chí về môi trường quy định tại Phụ lục III, IV, V ban hành kèm theo "
                  "Nghị định số 08/2022/NĐ-CP."),
}  # fmt: skip
# operator, (lat, lon) of the town, [(object, purpose, categories, KATO of the town?, address (VI))]
VODOKANAL = {
    "ru": ("ГКП на ПХВ «Семей Водоканал» акимата города Семей", (50.41, 80.25), (
        ("Водозабор «Иртышский»", "добыча подземных вод, 22 скважины, 95 тыс. м3/сут", ("III",), False, ""),
        ("Станция обезжелезивания и обеззараживания воды", "водоподготовка, 80 тыс. м3/сут", ("III",), True, ""),
        ("Канализационные очистные сооружения г. Семей", "очистка городских сточных вод, 60 тыс. м3/сут", ("I", "II"), True, ""),
        ("Главная канализационная насосная станция", "перекачка сточных вод, 3 500 м3/ч", ("IV",), True, ""),
    )),
    "kk": ("Орал қаласы әкімдігінің «Орал Су Арнасы» ШЖҚ МКК", (51.23, 51.37), (
        ("«Көшім» су тартқышы", "жерүсті суларын алу, 110 мың м3/тәул", ("III",), False, ""),
        ("Су тазарту станциясы", "суды дайындау және залалсыздандыру, 100 мың м3/тәул", ("III",), True, ""),
        ("Орал қаласының кәріз тазарту құрылыстары", "қалалық ағынды суларды тазарту, 70 мың м3/тәул", ("I", "II"), True, ""),
        ("№ 1 бас кәріз сорғы станциясы", "ағынды суларды айдау, 4 000 м3/сағ", ("IV",), True, ""),
    )),
    "vi": ("Công ty Cổ phần Cấp thoát nước và Môi trường đô thị Hòa An", (13.78, 109.2), (
        ("Nhà máy nước Hòa An 1", "30.000 m3/ngày.đêm", ("III",), True, "phường Nhơn Phú, thành phố Quy Nhơn"),
        ("Trạm bơm nước thô Bến Đá", "36.000 m3/ngày.đêm", ("III",), False, "xã Phước An, huyện Tuy Phước"),
        ("Nhà máy xử lý nước thải tập trung khu đô thị phía Bắc", "15.000 m3/ngày.đêm", ("I", "II"), True,
         "phường Nhơn Bình, thành phố Quy Nhơn"),
        ("Trạm xử lý nước thải khu dân cư Nhơn Hội", "2.500 m3/ngày.đêm", ("II",), True, "xã Nhơn Hội, thành phố Quy Nhơn"),
    )),
}  # fmt: skip


def facility_y1(doc: Doc) -> None:
    """A vodokanal's objects as rows under a three-row header: the coordinates of each site's centre split into
    degree, minute and second columns under `северная широта` and `восточная долгота`, the KATO and the category per
    object; the operator and its BIN only in the sentence above, a note row under the table (VI: a water company's
    plants with their address, the enterprise number in the sentence, the group `Nhóm II`)."""
    vi = doc.lang == "vi"
    operator, (lat0, lon0), objects = VODOKANAL[doc.lang]
    bin_ = make_msdn(doc.rng) if vi else make_bin(doc.rng)
    city = make_kato(doc.rng)
    rural = f"{city[:4]}{doc.rng.randint(30, 89)}{city[6:]}"  # a rural district of the same region
    doc.h(_t(doc, "fac1.title"))
    doc.h(_t(doc, "fac1.h"))
    doc.p(_t(doc, "fac1.p").format(operator=operator, bin=bin_))
    head = [_row(doc, "fac1.head0"), _row(doc, "fac1.head1"), _row(doc, "fac1.head2")]
    rows = [*head]
    merges = [(0, c, 2, c) for c in (0, 1, 2, 3, 10)] + [(0, 4, 0, 9), (1, 4, 1, 6), (1, 7, 1, 9)]
    picked = sorted(doc.rng.sample(range(len(objects)), 3))
    for k, i in enumerate(picked, 1):
        name, purpose, cats, in_town, address = objects[i]
        cat = doc.pick(cats)
        la = _dms_parts(lat0 + doc.rng.uniform(-0.06, 0.06))
        lo = _dms_parts(lon0 + doc.rng.uniform(-0.08, 0.08))
        kato = city if in_town else rural
        place = address if vi else kato
        category = f"Nhóm {cat}" if vi else cat
        rows.append(
            [
                str(k),
                name,
                purpose,
                place,
                str(la[0]),
                f"{la[1]:02d}",
                num(la[2], doc.lang),
                str(lo[0]),
                f"{lo[1]:02d}",
                num(lo[2], doc.lang),
                category,
            ]
        )
        out = {"bin": bin_, "name_contains": name, "category": cat, "lat": la[3], "lon": lo[3]}
        if not vi:
            out["kato"] = kato
        doc.add("facilities", out)
    _span(rows, merges, _t(doc, "fac1.note"), 11)
    doc.table(_t(doc, "fac1.caption"), rows, merges, role="facility")
    maybe_distractor(doc)


TEXT |= {
    "fac2.title": ("Отчет по программе производственного экологического контроля за 2025 год",
                   "2025 жылғы өндірістік экологиялық бақылау бағдарламасы бойынша есеп",
                   "BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025"),
    "fac2.h": ("Раздел 1. Общие сведения об операторе и объекте", "1-бөлім. Оператор мен объект туралы жалпы мәліметтер",
               "I. THÔNG TIN CHUNG VỀ CƠ SỞ"),
    "fac2.p": ("Для сопоставления приведены показатели предыдущего отчетного года.",
               "Салыстыру үшін алдыңғы есепті жылдың көрсеткіштері келтірілген.",
               "Số liệu năm 2024 được nêu để so sánh với năm báo cáo."),
    "fac2.head0": ("№|Наименование показателя|Значение|^", "№|Көрсеткіштің атауы|Мәні|^", "TT|Nội dung|Thông tin, số liệu|^"),
    "fac2.head1": ("^|^|2024 г.|2025 г.", "^|^|2024 ж.|2025 ж.", "^|^|Năm 2024|Năm 2025"),
    "fac2.labels": ("Наименование оператора|БИН|Наименование объекта|Фактический адрес объекта|Код КАТО|Код ОКЭД|"
                    "Категория объекта|Географические координаты",
                    "Оператордың атауы|БСН|Объектінің атауы|Объектінің нақты мекенжайы|ҚАТО коды|ЭҚЖЖ коды|Объект санаты|"
                    "Географиялық координаттары",
                    "Tên chủ cơ sở|Mã số doanh nghiệp|Tên cơ sở|Địa điểm cơ sở|-|-|Phân nhóm theo tiêu chí môi trường|"
                    "Tọa độ trung tâm (WGS-84)"),
    "fac2.caption": ("Таблица 1.1 – Общие сведения", "1.1-кесте – Жалпы мәліметтер", "Bảng 1. Thông tin chung về cơ sở"),
}  # fmt: skip
# (name, operator, address, OKED with its words, (lat, lon), [(indicator, low, high, digits, same every year?)])
PLACES = {
    "ru": (
        ("Полигон твердых бытовых отходов г. Актобе", "ТОО «Актобе Тазалык Сервис»",
         "Актюбинская область, г. Актобе, 12 км по трассе Актобе – Мартук", "38210 – Обработка и удаление неопасных отходов",
         (50.22, 57.31),
         (("Площадь земельного участка, га", 38, 65, 1, True), ("Проектная вместимость, тыс. м3", 2500, 4800, -2, True),
          ("Заполненность полигона, %", 40, 80, 1, False), ("Численность персонала, чел.", 35, 90, 0, False))),
        ("Больница скорой медицинской помощи г. Петропавловска",
         "КГП на ПХВ «Городская больница скорой медицинской помощи» акимата Северо-Казахстанской области",
         "Северо-Казахстанская область, г. Петропавловск, ул. Брусиловского, 20", "86101 – Деятельность больничных организаций",
         (54.87, 69.15),
         (("Коечный фонд, коек", 240, 480, 0, True), ("Пролечено пациентов за год, чел.", 9000, 22000, -1, False),
          ("Водопотребление, тыс. м3/год", 40, 95, 1, False), ("Расход природного газа котельной, тыс. м3/год", 300, 900, 0, False))),
    ),
    "kk": (
        ("Ақтөбе қаласының қатты тұрмыстық қалдықтар полигоны", "«Ақтөбе Тазалық Сервис» ЖШС",
         "Ақтөбе облысы, Ақтөбе қ., Ақтөбе – Мәртөк тасжолы бойынша 12 км", "38210 – Қауіпті емес қалдықтарды өңдеу және жою",
         (50.22, 57.31),
         (("Жер учаскесінің ауданы, га", 38, 65, 1, True), ("Жобалық сыйымдылығы, мың м3", 2500, 4800, -2, True),
          ("Полигонның толу деңгейі, %", 40, 80, 1, False), ("Қызметкерлер саны, адам", 35, 90, 0, False))),
        ("Петропавл қаласының жедел медициналық жәрдем ауруханасы",
         "Солтүстік Қазақстан облысы әкімдігінің «Қалалық жедел медициналық жәрдем ауруханасы» ШЖҚ КМК",
         "Солтүстік Қазақстан облысы, Петропавл қ., Брусиловский көшесі, 20", "86101 – Аурухана ұйымдарының қызметі",
         (54.87, 69.15),
         (("Төсек қоры, төсек", 240, 480, 0, True), ("Жыл ішінде емделген науқастар, адам", 9000, 22000, -1, False),
          ("Су тұтыну, мың м3/жыл", 40, 95, 1, False), ("Қазандықтың табиғи газ шығыны, мың м3/жыл", 300, 900, 0, False))),
    ),
    "vi": (
        ("Bệnh viện Đa khoa Hòa Bình Xanh", "Công ty Cổ phần Y tế Hòa Bình Xanh",
         "Số 86 đường Lê Lợi, phường Hòa Bình, thành phố Thái Nguyên, tỉnh Thái Nguyên", "", (21.59, 105.84),
         (("Quy mô giường bệnh (giường)", 150, 300, 0, True), ("Lượt khám, chữa bệnh trung bình (lượt/ngày)", 400, 1200, 0, False),
          ("Lượng nước sử dụng (m3/tháng)", 3000, 9000, -1, False), ("Số lượng cán bộ, nhân viên (người)", 250, 600, 0, False))),
        ("Khu xử lý chất thải rắn sinh hoạt Tây Bắc Bình Xuyên", "Công ty TNHH Môi trường Tây Bắc Bình Xuyên",
         "Xã Trung Mỹ, huyện Bình Xuyên, tỉnh Vĩnh Phúc", "", (21.36, 105.66),
         (("Diện tích khu đất (ha)", 18, 40, 1, True), ("Công suất tiếp nhận thiết kế (tấn/ngày)", 300, 600, -1, True),
          ("Số ô chôn lấp đang vận hành (ô)", 1, 4, 0, False), ("Số lao động (người)", 40, 110, 0, False))),
    ),
}  # fmt: skip


def facility_y2(doc: Doc) -> None:
    """A report on ПЭК whose card has a column per year (`2024 г. | 2025 г.` under a merged `Значение`): the identity
    lines (operator, BIN, object, address, KATO, OKED with its words, category, coordinates in degrees, minutes and
    decimal seconds) merged across both years, the operating indicators given for each year (a landfill or a hospital;
    VI: a private hospital or a landfill in the annual report, the group `Nhóm II`, no KATO or OKED)."""
    vi = doc.lang == "vi"
    name, operator, address, oked, (lat0, lon0), indicators = doc.pick(PLACES[doc.lang])
    doc.h(_t(doc, "fac2.title"))
    doc.p(name)
    doc.h(_t(doc, "fac2.h"))
    doc.p(_t(doc, "fac2.p"))
    bin_ = make_msdn(doc.rng) if vi else make_bin(doc.rng)
    kato = make_kato(doc.rng)
    cat = doc.pick(("I", "II") if "олигон" in name or "Khu xử lý" in name else ("II", "III"))
    lat, lat_v = _dms(lat0 + doc.rng.uniform(-0.03, 0.03), doc.lang)
    lon, lon_v = _dms(lon0 + doc.rng.uniform(-0.03, 0.03), doc.lang)
    coords = doc.v(f"{lat} с.ш.; {lon} в.д.", f"{lat} с.е.; {lon} ш.б.", f"{lat}N; {lon}E")
    category = doc.v(f"{cat} категория", f"{cat} санат", f"Nhóm {cat}")
    values = [operator, bin_, name, address, kato, oked, category, coords]
    rows = [_row(doc, "fac2.head0"), _row(doc, "fac2.head1")]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3)]
    lines = [
        (label, value) for label, value in zip(_list(doc, "fac2.labels"), values, strict=True) if label != "-"
    ]
    k = 0
    for label, value in lines[:4]:
        k += 1
        rows.append([f"{k}.", label, value, None])
        merges.append((len(rows) - 1, 2, len(rows) - 1, 3))
    for label, low, high, digits, same in indicators:
        k += 1
        years = [round(doc.rng.uniform(low, high), digits) for _ in range(2)]
        if same:
            years[0] = years[1]
        cells = [num(x if digits > 0 else int(x), doc.lang) for x in years]
        rows.append([f"{k}.", label, *cells])
    for label, value in lines[4:]:
        k += 1
        rows.append([f"{k}.", label, value, None])
        merges.append((len(rows) - 1, 2, len(rows) - 1, 3))
    doc.table(_t(doc, "fac2.caption"), rows, merges, role="facility")
    out = {"bin": bin_, "name_contains": name, "category": cat, "lat": lat_v, "lon": lon_v}
    if not vi:
        out.update(kato=kato, oked=oked.split(" ")[0])
    doc.add("facilities", out)
    maybe_distractor(doc)


# ---------------------------------------------------------------- emissions

TEXT |= {
    "em1.title": ("Проект нормативов допустимых выбросов загрязняющих веществ для полигона твердых бытовых отходов",
                  "Қатты тұрмыстық қалдықтар полигоны үшін ластаушы заттардың жол берілетін шығарындылары нормативтерінің жобасы",
                  "BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG DỰ ÁN BÃI CHÔN LẤP CHẤT THẢI RẮN SINH HOẠT HỢP VỆ SINH"),
    "em1.h": ("3.2. Расчет выбросов загрязняющих веществ от тела полигона",
              "3.2. Полигон денесінен ластаушы заттар шығарындыларын есептеу",
              "3.2.1.3. Tác động do khí thải phát sinh từ các ô chôn lấp"),
    "em1.p": ("Выбросы от тела полигона рассчитаны по Методике расчета количественных характеристик выбросов загрязняющих "
              "веществ в атмосферу от полигонов твердых бытовых и промышленных отходов. Количество выделяющегося биогаза "
              "определено по массе отходов, захороненных за период активного газовыделения; выбросы отдельных компонентов – "
              "по их весовому содержанию в биогазе.",
              "Полигон денесінен шығарындылар қатты тұрмыстық және өнеркәсіптік қалдықтар полигондарынан атмосфераға "
              "ластаушы заттар шығарындыларының сандық сипаттамаларын есептеу әдістемесі бойынша есептелді. Бөлінетін биогаз "
              "мөлшері белсенді газ бөліну кезеңінде көмілген қалдықтар массасы бойынша, жекелеген компоненттердің "
              "шығарындылары – олардың биогаздағы салмақтық үлесі бойынша анықталды.",
              "Khí bãi rác phát sinh do quá trình phân hủy kỵ khí các chất hữu cơ trong ô chôn lấp. Tải lượng từng chất ô "
              "nhiễm được tính trên cơ sở lượng khí bãi rác phát sinh và tỷ lệ khối lượng của chất đó trong khí bãi rác."),
    "em1.in.caption": ("Таблица 3.1 – Исходные данные для расчета", "3.1-кесте – Есептеуге арналған бастапқы деректер",
                       "Bảng 3.14. Các thông số đầu vào tính toán"),
    "em1.in.head": ("Показатель|Обозначение|Значение", "Көрсеткіш|Белгіленуі|Мәні", "Thông số|Ký hiệu|Giá trị"),
    "em1.in.lines": ("Площадь карт захоронения, га|Масса отходов, захороненных за период активного газовыделения, тыс. т|"
                     "Содержание органической составляющей в отходах, %|Удельный выход биогаза, кг/кг органики|"
                     "Продолжительность теплого периода года, сут",
                     "Көму карталарының ауданы, га|Белсенді газ бөліну кезеңінде көмілген қалдықтар массасы, мың т|"
                     "Қалдықтардағы органикалық құрауыштың үлесі, %|Биогаздың үлестік шығуы, кг/кг органика|"
                     "Жылдың жылы кезеңінің ұзақтығы, тәул",
                     "Diện tích các ô chôn lấp (ha)|Khối lượng chất thải đã chôn lấp (nghìn tấn)|"
                     "Tỷ lệ thành phần hữu cơ trong chất thải (%)|Hệ số phát sinh khí (kg/kg chất hữu cơ)|"
                     "Số ngày có nhiệt độ trung bình trên 8 °C (ngày)"),
    "em1.head": ("№|Код ЗВ|Наименование загрязняющего вещества|Весовое содержание в биогазе, %|"
                 "Максимально-разовый выброс, г/с|Валовый выброс, т/год",
                 "№|ЛЗ коды|Ластаушы заттың атауы|Биогаздағы салмақтық үлесі, %|Ең жоғары бір реттік шығарынды, г/с|"
                 "Жалпы шығарынды, т/жыл",
                 "TT|Chất ô nhiễm|Tỷ lệ khối lượng trong khí bãi rác (%)|Tải lượng (g/s)|Tải lượng (tấn/năm)"),
    "em1.total": ("Всего от источника № 6001", "№ 6001 көзден барлығы", "Tổng cộng"),
    "em1.caption": ("Таблица 3.2 – Выбросы загрязняющих веществ от тела полигона (источник № 6001, неорганизованный)",
                    "3.2-кесте – Полигон денесінен ластаушы заттар шығарындылары (№ 6001 көз, ұйымдастырылмаған)",
                    "Bảng 3.15. Tải lượng các chất ô nhiễm trong khí bãi rác giai đoạn vận hành"),
}  # fmt: skip
BIOGAS = (
    ("0410", 52.915),
    ("0621", 0.723),
    ("0303", 0.533),
    ("0616", 0.443),
    ("0337", 0.252),
    ("0301", 0.111),
    ("1325", 0.096),
    ("0627", 0.095),
    ("0330", 0.07),
    ("0333", 0.026),
)
"""Mass shares of landfill-gas components, per cent, as the Russian methodology of 1998 tabulates them."""
BIOGAS_VI = {
    "0410": "Metan (CH4)",
    "0621": "Toluen",
    "0303": "Amoniac (NH3)",
    "0616": "Xylen",
    "0337": "Cacbon monoxit",
    "0301": "Nitơ đioxit",
    "1325": "Formaldehyt",
    "0627": "Etylbenzen",
    "0330": "Lưu huỳnh đioxit",
    "0333": "Hydro sunfua",
}


def emissions_y1(doc: Doc) -> None:
    """A landfill's НДВ project: the gas the body of the landfill gives off, split by the methodology's mass shares of
    its ten components (`Весовое содержание в биогазе, %` — shares, no limits), g/s and t/year, a total row; the source
    (`№ 6001, неорганизованный`) only in the caption; the input data before it in a table of no role (VI: an ĐTM's
    landfill-gas loads in the operation phase, no source number)."""
    vi = doc.lang == "vi"
    doc.h(_t(doc, "em1.title"))
    doc.h(_t(doc, "em1.h"))
    doc.p(_t(doc, "em1.p"))
    area = round(doc.rng.uniform(8, 36), 1)
    inputs = [
        num(area, doc.lang),
        num(doc.rng.randint(300, 1900), doc.lang),
        num(doc.rng.randint(45, 62), doc.lang),
        num(0.09 if not vi else 0.2, doc.lang),
        num(doc.rng.randint(190, 230) if not vi else 365, doc.lang),
    ]
    marks = ("S", "D", "R", "Qw", "tтепл" if not vi else "t")
    rows = [_row(doc, "em1.in.head")]
    rows += [
        [label, mark, value]
        for label, mark, value in zip(_list(doc, "em1.in.lines"), marks, inputs, strict=True)
    ]
    doc.table(_t(doc, "em1.in.caption"), rows, role="other")
    gas = rate(doc.rng, 12, 60, 3)  # g/s of the whole landfill gas
    rows = [_row(doc, "em1.head")]
    items = []
    for k, (code, share) in enumerate(BIOGAS, 1):
        g_s = _sig(gas * share / 100, 4)
        t_y = _sig(g_s * 31.536, 4)
        items.append((g_s, t_y))
        if vi:
            rows.append([str(k), BIOGAS_VI[code], num(share, "vi"), num(g_s, "vi"), num(t_y, "vi")])
            doc.add("emissions", emission(code, g_s, t_y, period="operation"))
        else:
            rows.append(
                [str(k), code, _name(doc, code), num(share, doc.lang), num(g_s, doc.lang), num(t_y, doc.lang)]
            )
            doc.add("emissions", emission(code, g_s, t_y, "6001"))
    sums = [total(doc, [x[0] for x in items]), total(doc, [x[1] for x in items])]
    merges = []
    if vi:
        rows.append(["", _t(doc, "em1.total"), "", *sums])
    else:
        rows.append([_t(doc, "em1.total"), None, None, "", *sums])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 2))
    doc.table(_t(doc, "em1.caption"), rows, merges, role="emissions")
    if not vi:
        doc.add("sources", {"number": "6001", "type": "unorganized"})
    maybe_distractor(doc, 0.25)


TEXT |= {
    "em2.title": ("Проект нормативов допустимых выбросов загрязняющих веществ в атмосферу",
                  "Атмосфераға ластаушы заттардың жол берілетін шығарындылары нормативтерінің жобасы",
                  "BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025"),
    "em2.p": ("Объект: {name}. На территории больницы расположены три организованных источника выбросов: дымовая труба "
              "газовой котельной, труба инсинератора для обезвреживания медицинских отходов и выхлопная труба резервной "
              "дизельной электростанции, работающей только при отключении внешнего электроснабжения.",
              "Объект: {name}. Аурухана аумағында шығарындылардың үш ұйымдастырылған көзі орналасқан: газ қазандығының "
              "түтін мұржасы, медициналық қалдықтарды залалсыздандыруға арналған инсинератор құбыры және сыртқы электрмен "
              "жабдықтау ажыратылғанда ғана жұмыс істейтін резервтік дизель электр станциясының шығару құбыры.",
              "Cơ sở: {name}. Bụi, khí thải của bệnh viện phát sinh từ lò hơi đốt dầu DO cấp hơi cho khu giặt là, lò đốt "
              "chất thải y tế công suất 60 kg/giờ và máy phát điện dự phòng; tải lượng được xác định trên cơ sở kết quả quan "
              "trắc định kỳ, lưu lượng khí thải và thời gian vận hành thực tế năm 2025."),
    "em2.names": ("Областная многопрофильная больница|Городская детская больница № 2",
                  "Облыстық көпбейінді аурухана|№ 2 қалалық балалар ауруханасы",
                  "Bệnh viện Đa khoa tỉnh Hà Nam|Bệnh viện Đa khoa khu vực Nghĩa Lộ"),
    "em2.head": ("№ ИЗА|Наименование источника выброса", "ЛШК №|Шығарынды көзінің атауы", "TT|Nguồn phát thải|Chất ô nhiễm"),
    "em2.class": ("{h} класс опасности", "{h} қауіптілік сыныбы", ""),
    "em2.gs": ("Максимально-разовые выбросы, г/с", "Ең жоғары бір реттік шығарындылар, г/с", "Tải lượng phát thải (g/s)"),
    "em2.ty": ("Валовые выбросы, т/год", "Жалпы шығарындылар, т/жыл", "Tổng lượng phát thải năm 2025 (tấn/năm)"),
    "em2.total.gs": ("Итого по объекту, г/с", "Объект бойынша барлығы, г/с", "Tổng (g/s)"),
    "em2.total.ty": ("Итого по объекту, т/год", "Объект бойынша барлығы, т/жыл", "Tổng (tấn/năm)"),
    "em2.caption": ("Таблица 3.4 – Сводная таблица выбросов по источникам", "3.4-кесте – Көздер бойынша шығарындылардың жиынтық кестесі",
                    "Bảng 2.3. Tải lượng bụi, khí thải từ các nguồn phát thải của bệnh viện"),
}  # fmt: skip
# (RU, KK, VI names), KZ codes, VI codes, (low, high) g/s, hours a year
HOSPITAL_SOURCES = (
    (
        (
            "Дымовая труба газовой котельной",
            "Газ қазандығының түтін мұржасы",
            "Lò hơi đốt dầu DO 1 tấn hơi/giờ",
        ),
        ("0301", "0304", "0337"),
        ("2902", "0330", "0301", "0337"),
        (0.04, 0.45),
        5112,
    ),
    (
        (
            "Труба инсинератора медицинских отходов",
            "Медициналық қалдықтар инсинераторының құбыры",
            "Lò đốt chất thải y tế",
        ),
        ("0301", "0330", "0337", "0316", "2902"),
        ("2902", "0330", "0301", "0337", "0316"),
        (0.004, 0.09),
        2100,
    ),
    (
        (
            "Выхлопная труба резервной ДЭС",
            "Резервтік ДЭС-тің шығару құбыры",
            "Máy phát điện dự phòng 500 kVA",
        ),
        ("0301", "0304", "0330", "0337"),
        ("2902", "0330", "0301", "0337"),
        (0.02, 0.6),
        150,
    ),
)
COLUMNS = {
    "kz": ("0301", "0304", "0330", "0337", "0316", "2902"),
    "vi": ("2902", "0330", "0301", "0337", "0316"),
}
VI_HEAD = {"2902": "Bụi tổng", "0330": "SO2", "0301": "NO2", "0337": "CO", "0316": "HCl"}


def emissions_y2(doc: Doc) -> None:
    """A hospital's sources by substances printed as two blocks, the same rows first under a spanning `г/с` row and then
    under a spanning `т/год` row, each block with its total; the header gives the code, the name and the hazard class
    of each substance on three rows, a dash where a source does not emit one (VI: the annual report's named sources,
    formulas as the only header, no class row)."""
    vi = doc.lang == "vi"
    name = doc.pick(_list(doc, "em2.names"))
    doc.h(_t(doc, "em2.title"))
    doc.p(_t(doc, "em2.p").format(name=name))
    codes = COLUMNS["vi" if vi else "kz"]
    width = 2 + len(codes)
    if vi:
        rows = [_row(doc, "em2.head") + [None] * (len(codes) - 1), [None, None, *(VI_HEAD[c] for c in codes)]]
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, width - 1)]
    else:
        head = _row(doc, "em2.head")
        rows = [
            [head[0], head[1], *codes],
            [None, None, *(vocab.air(c, doc.lang) for c in codes)],
            [None, None, *(_t(doc, "em2.class").format(h=_hazard(c)) for c in codes)],
        ]
        merges = [(0, 0, 2, 0), (0, 1, 2, 1)]
    first = doc.rng.randint(1, 3)
    sources, got = [], []
    for k, (names, kz, vn, (low, high), hours) in enumerate(HOSPITAL_SOURCES):
        number = f"{first + k:04d}"
        emitted = vn if vi else kz
        figures = {}
        for c in emitted:
            g_s = rate(doc.rng, low, high, 3)
            if c == "0304":  # nitrogen oxide is 0.13 of the oxides, as the methods split them
                g_s = _sig(figures["0301"][0] * 0.106, 3)
            figures[c] = (g_s, _sig(g_s * hours * 0.0036, 4))
        sources.append(Source(number, names[vocab.LANGS.index(doc.lang)], True, emitted))
        got.append(figures)
        for c, (g_s, t_y) in figures.items():
            doc.add("emissions", emission(c, g_s, t_y, None if vi else number, None if vi else _hazard(c)))
    for part, key in ((0, "em2.gs"), (1, "em2.ty")):
        _span(rows, merges, _t(doc, key), width)
        for k, (s, figures) in enumerate(zip(sources, got, strict=True), 1):
            cells = [num(figures[c][part], doc.lang) if c in figures else "–" for c in codes]
            rows.append([str(k) if vi else s.number, s.name, *cells])
        sums = [total(doc, [f[c][part] for f in got if c in f]) for c in codes]
        rows.append([_t(doc, "em2.total.gs" if part == 0 else "em2.total.ty"), None, *sums])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 1))
    doc.table(_t(doc, "em2.caption"), rows, merges, role="emissions")
    if not vi:
        expect_sources(doc, sources)
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

TEXT |= {
    "w1.title": ("Отчет о приеме и размещении отходов на полигоне твердых бытовых отходов за 2025 год",
                 "2025 жылы қатты тұрмыстық қалдықтар полигонында қалдықтарды қабылдау және орналастыру туралы есеп",
                 "BÁO CÁO KẾT QUẢ XỬ LÝ CHẤT THẢI Y TẾ THEO MÔ HÌNH CỤM NĂM 2025"),
    "w1.p": ("Оператор полигона: {operator}. Прием отходов осуществляется по договорам с организациями, вывозящими отходы, "
             "с весовым контролем каждого рейса; часть поступающих смешанных коммунальных отходов направляется на линию "
             "сортировки, грунт и строительные отходы используются для промежуточной изоляции карт.",
             "Полигон операторы: {operator}. Қалдықтар әр рейсті таразымен бақылай отырып, қалдықтарды шығаратын ұйымдармен "
             "жасалған шарттар бойынша қабылданады; келіп түсетін аралас коммуналдық қалдықтардың бір бөлігі сұрыптау "
             "желісіне жіберіледі, топырақ пен құрылыс қалдықтары карталарды аралық оқшаулау үшін пайдаланылады.",
             "Cơ sở xử lý: {operator} – cơ sở xử lý chất thải y tế cho cụm gồm 09 cơ sở y tế trên địa bàn huyện theo "
             "Quyết định của UBND tỉnh. Chất thải lây nhiễm được xử lý bằng thiết bị hấp tiệt trùng kết hợp nghiền cắt; "
             "chất thải giải phẫu và dược phẩm gây độc tế bào được xử lý bằng lò đốt."),
    "w1.operators": ("ТОО «Кокшетау Тазалык»|ГКП на ПХВ «Тазалык-Павлодар» акимата г. Павлодара",
                     "«Көкшетау Тазалық» ЖШС|Павлодар қаласы әкімдігінің «Тазалық-Павлодар» ШЖҚ МКК",
                     "Trung tâm Y tế huyện Đông Anh|Bệnh viện Đa khoa huyện Sóc Sơn"),
    "w1.head0": ("№|Код отхода|Наименование отхода|Принято на полигон, т|в том числе|^|^|Основные сдатчики отходов",
                 "№|Қалдық коды|Қалдықтың атауы|Полигонға қабылданды, т|оның ішінде|^|^|Қалдықтарды негізгі тапсырушылар",
                 "TT|Loại chất thải|Mã CTNH|Khối lượng tiếp nhận (kg)|Trong đó|^|Cơ sở chuyển giao"),
    "w1.head1": ("^|^|^|^|захоронено|передано на сортировку|использовано для изоляции карт|^",
                 "^|^|^|^|көмілді|сұрыптауға берілді|карталарды оқшаулауға пайдаланылды|^",
                 "^|^|^|^|Xử lý bằng thiết bị hấp (kg)|Xử lý bằng lò đốt (kg)|^"),
    "w1.total": ("Всего", "Барлығы", "Tổng cộng"),
    "w1.caption": ("Таблица 2 – Отходы, принятые на полигон в 2025 году", "2-кесте – 2025 жылы полигонға қабылданған қалдықтар",
                   "Bảng 2. Khối lượng chất thải y tế tiếp nhận, xử lý năm 2025"),
}  # fmt: skip
# code, RU, KK, (low, high) t, shares (buried, sorted, isolation), who hands it over (RU, KK)
ACCEPTED = (
    ("20 03 01", "Смешанные коммунальные отходы", "Аралас коммуналдық қалдықтар", (60000, 140000), (0.84, 0.16, 0),
     "специализированные организации по вывозу ТБО", "ҚТҚ шығаратын мамандандырылған ұйымдар"),
    ("20 03 03", "Отходы от уборки улиц", "Көшелерді тазалаудан шыққан қалдықтар", (2000, 9000), (1, 0, 0),
     "ГКП «Горкомхоз», подрядчики акимата", "«Горкомхоз» МКК, әкімдік мердігерлері"),
    ("20 03 07", "Крупногабаритные отходы", "Ірі габаритті қалдықтар", (500, 3000), (0.6, 0.4, 0),
     "управляющие компании, КСК", "басқарушы компаниялар, ПИК"),
    ("20 02 01", "Биоразлагаемые отходы садов и парков", "Бақтар мен саябақтардың биологиялық ыдырайтын қалдықтары",
     (800, 4000), (1, 0, 0), "ГКП «Зеленстрой»", "«Зеленстрой» МКК"),
    ("17 09 04", "Смешанные строительные отходы", "Аралас құрылыс қалдықтары", (3000, 15000), (0.5, 0, 0.5),
     "строительные организации", "құрылыс ұйымдары"),
    ("17 05 04", "Грунт и камни", "Топырақ және тастар", (5000, 20000), (0, 0, 1), "строительные организации",
     "құрылыс ұйымдары"),
    ("19 08 05", "Обезвоженный осадок городских очистных сооружений", "Қалалық тазарту құрылыстарының сусыздандырылған тұнбасы",
     (1000, 6000), (1, 0, 0), "ГКП «Водоканал»", "«Су арнасы» МКК"),
    ("19 08 01", "Отбросы с решеток", "Торлардан шыққан қалдықтар", (100, 600), (1, 0, 0), "ГКП «Водоканал»", "«Су арнасы» МКК"),
)  # fmt: skip
# VI: name, code, (low, high) kg, share autoclaved (the rest burnt), who hands it over
ACCEPTED_VN = (
    ("Chất thải lây nhiễm sắc nhọn", "13 01 01", (800, 4000), 1.0, "09 cơ sở trong cụm"),
    ("Chất thải lây nhiễm không sắc nhọn", "13 01 01", (15000, 60000), 0.9, "09 cơ sở trong cụm"),
    (
        "Chất thải có nguy cơ chứa vi sinh vật gây bệnh truyền nhiễm cao",
        "13 01 01",
        (300, 2500),
        1.0,
        "Trung tâm Y tế huyện, Phòng khám đa khoa khu vực",
    ),
    (
        "Chất thải giải phẫu",
        "13 01 01",
        (100, 900),
        0.0,
        "Trung tâm Y tế huyện, Bệnh viện Đa khoa tư nhân An Phú",
    ),
    ("Dược phẩm thải gây độc tế bào", "13 01 03", (5, 60), 0.0, "Trung tâm Y tế huyện"),
)


def wastes_y1(doc: Doc) -> None:
    """A landfill's report on the wastes it accepted: the total accepted, then under a merged `в том числе` what was
    buried, sent to sorting and used to cover the cells (dashes for none), who hands each waste over, a total row; the
    accepted total is the amount (VI: a hospital cluster's medical wastes received, split by autoclave and incinerator,
    kilograms)."""
    vi = doc.lang == "vi"
    operator = doc.pick(_list(doc, "w1.operators"))
    doc.h(_t(doc, "w1.title"))
    doc.p(_t(doc, "w1.p").format(operator=operator))
    rows = [_row(doc, "w1.head0"), _row(doc, "w1.head1")]
    if vi:
        merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 6)] + [(0, 4, 0, 5)]
        sums = [0, 0, 0]
        for k, (name, code, (low, high), steam, who) in enumerate(ACCEPTED_VN, 1):
            kg = doc.rng.randint(low, high)
            autoclaved = round(kg * steam)
            burnt = kg - autoclaved
            sums = [sums[0] + kg, sums[1] + autoclaved, sums[2] + burnt]
            rows.append(
                [
                    str(k),
                    name,
                    code,
                    num(kg, "vi"),
                    num(autoclaved, "vi") if autoclaved else "-",
                    num(burnt, "vi") if burnt else "-",
                    who,
                ]
            )
            doc.add(
                "wastes",
                {
                    "code": code + "*",
                    "code_system": "VN-CTNH",
                    "hazardous": True,
                    "amount_t": kg / 1000,
                    "name_contains": name,
                },
            )
        rows.append(["", _t(doc, "w1.total"), "", *(num(x, "vi") for x in sums), ""])
        doc.table(_t(doc, "w1.caption"), rows, merges, role="wastes")
        maybe_distractor(doc)
        return
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 7)] + [(0, 4, 0, 6)]
    picked = [0, *sorted(doc.rng.sample(range(1, len(ACCEPTED)), 5))]
    sums = [0.0] * 4
    for k, i in enumerate(picked, 1):
        code, ru, kk, (low, high), shares, who_ru, who_kk = ACCEPTED[i]
        name = ru if doc.lang == "ru" else kk
        parts = [round(doc.rng.uniform(low, high) * x, 1) for x in shares]
        whole = round(sum(parts), 1)
        sums = [round(a + b, 1) for a, b in zip(sums, [whole, *parts], strict=True)]
        rows.append(
            [
                str(k),
                code,
                name,
                num(whole, doc.lang),
                *(num(x, doc.lang) if x else "–" for x in parts),
                who_ru if doc.lang == "ru" else who_kk,
            ]
        )
        doc.add(
            "wastes",
            {
                "code": code,
                "code_system": "LoW",
                "hazardous": False,
                "amount_t": whole,
                "name_contains": name,
            },
        )
    rows.append(["", "", _t(doc, "w1.total"), *(num(x, doc.lang) for x in sums), ""])
    doc.table(_t(doc, "w1.caption"), rows, merges, role="wastes")
    maybe_distractor(doc)


TEXT |= {
    "w2.title": ("Отчет о возможных воздействиях к рабочему проекту «Реконструкция и расширение канализационных очистных "
                 "сооружений»",
                 "«Кәріз тазарту құрылыстарын реконструкциялау және кеңейту» жұмыс жобасына ықтимал әсерлер туралы есеп",
                 "BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG CỦA NHÀ MÁY XỬ LÝ NƯỚC THẢI ĐÔ THỊ"),
    "w2.h": ("6.2. Виды и количество отходов в период эксплуатации",
             "6.2. Пайдалану кезеңіндегі қалдықтардың түрлері мен мөлшері",
             "3.2. Chất thải rắn phát sinh trong quá trình vận hành"),
    "w2.p": ("Отходы очистных сооружений и вспомогательных служб разделены на опасные и неопасные; количество определено по "
             "удельным нормативам образования и данным действующих сооружений.",
             "Тазарту құрылыстары мен қосалқы қызметтердің қалдықтары қауіпті және қауіпті емес болып бөлінді; мөлшері "
             "түзілудің үлестік нормативтері және жұмыс істеп тұрған құрылыстардың деректері бойынша анықталды.",
             "Khối lượng chất thải phát sinh thực tế năm 2025 của nhà máy được tổng hợp như sau:"),
    "w2.head0": ("Опасные отходы|^|^|Неопасные отходы|^|^", "Қауіпті қалдықтар|^|^|Қауіпті емес қалдықтар|^|^",
                 "Chất thải nguy hại|^|^|Chất thải rắn công nghiệp thông thường|^"),
    "w2.head1": ("Код|Наименование|Количество, т/год|Код|Наименование|Количество, т/год",
                 "Коды|Атауы|Мөлшері, т/жыл|Коды|Атауы|Мөлшері, т/жыл",
                 "Mã CTNH|Tên chất thải|Khối lượng (kg/năm)|Tên chất thải|Khối lượng (tấn/năm)"),
    "w2.total": ("Итого", "Барлығы", "Tổng"),
    "w2.caption": ("Таблица 6.3 – Отходы производства и потребления", "6.3-кесте – Өндіріс және тұтыну қалдықтары",
                   "Bảng 3.6. Chất thải phát sinh tại nhà máy năm 2025"),
}  # fmt: skip
# code, RU, KK, (low, high) t a year
PLANT_HAZARDOUS = (
    ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", (0.02, 0.15)),
    ("13 02 05*", "Отработанные моторные масла", "Пайдаланылған мотор майлары", (0.1, 1.2)),
    ("15 02 02*", "Промасленная ветошь", "Майланған шүберек", (0.05, 0.4)),
    (
        "16 06 01*",
        "Отработанные свинцовые аккумуляторы",
        "Пайдаланылған қорғасын аккумуляторлары",
        (0.1, 0.6),
    ),
    ("15 01 10*", "Тара из-под химических реагентов", "Химиялық реагенттер ыдысы", (0.2, 1.5)),
)
PLANT_PLAIN = (
    ("19 08 01", "Отбросы с решеток", "Торлардан шыққан қалдықтар", (40, 320)),
    ("19 08 02", "Песок из песколовок", "Құм ұстағыштардан шыққан құм", (60, 480)),
    ("19 08 05", "Обезвоженный осадок сточных вод", "Ағынды сулардың сусыздандырылған тұнбасы", (900, 6500)),
    ("20 03 01", "Смешанные коммунальные отходы", "Аралас коммуналдық қалдықтар", (6, 45)),
)
PLANT_PLAIN_VN = (
    "Rác thải từ song chắn rác",
    "Cát từ bể lắng cát",
    "Bùn thải từ hệ thống xử lý nước thải",
    "Chất thải rắn sinh hoạt của cán bộ, công nhân viên",
)


def wastes_y2(doc: Doc) -> None:
    """A sewage plant's wastes printed as two halves side by side under a merged title each — hazardous on the left,
    non-hazardous on the right, `Код | Наименование | т/год` in each — blank cells where one half is shorter and a total
    for each half on the last row (VI: CTNH in kg a year on the left, ordinary wastes in tonnes, without codes, on the
    right)."""
    vi = doc.lang == "vi"
    doc.h(_t(doc, "w2.title"))
    doc.h(_t(doc, "w2.h"))
    doc.p(_t(doc, "w2.p"))
    left: list[tuple[list[str], float]] = []  # (cells, amount as written)
    right: list[tuple[list[str], float]] = []
    if vi:
        for code, name, _ in doc.rng.sample(vocab.VN_CTNH, doc.rng.randint(4, 5)):
            kg = doc.rng.randint(3, 90) * 10
            left.append(([code, name, num(kg, "vi")], kg))
            doc.add(
                "wastes",
                {
                    "code": code + "*",
                    "code_system": "VN-CTNH",
                    "hazardous": True,
                    "amount_t": kg / 1000,
                    "name_contains": name,
                },
            )
        for name in doc.rng.sample(PLANT_PLAIN_VN, doc.rng.randint(2, 3)):
            t = rate(doc.rng, 2, 900, 3)
            right.append(([name, num(t, "vi")], t))
            doc.add(
                "wastes",
                {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": name},
            )
    else:
        lang = 1 if doc.lang == "ru" else 2
        for group, sink in ((PLANT_HAZARDOUS, left), (PLANT_PLAIN, right)):
            picked = sorted(doc.rng.sample(range(len(group)), doc.rng.randint(3, len(group))))
            for i in picked:
                code, (low, high) = group[i][0], group[i][3]
                t = rate(doc.rng, low, high, 3)
                sink.append(([code, group[i][lang], num(t, doc.lang)], t))
                doc.add(
                    "wastes",
                    {
                        "code": code,
                        "code_system": "LoW",
                        "hazardous": code.endswith("*"),
                        "amount_t": t,
                        "name_contains": group[i][lang],
                    },
                )
    rows = [_row(doc, "w2.head0"), _row(doc, "w2.head1")]
    lw, rw = (3, 2) if vi else (3, 3)
    merges = [(0, 0, 0, lw - 1), (0, lw, 0, lw + rw - 1)]
    for k in range(max(len(left), len(right))):
        a = left[k][0] if k < len(left) else [""] * lw
        b = right[k][0] if k < len(right) else [""] * rw
        rows.append([*a, *b])
    sum_left, sum_right = total(doc, [x[1] for x in left]), total(doc, [x[1] for x in right])
    if vi:
        rows.append(["", _t(doc, "w2.total"), sum_left, _t(doc, "w2.total"), sum_right])
    else:
        rows.append([_t(doc, "w2.total"), None, sum_left, _t(doc, "w2.total"), None, sum_right])
        merges += [(len(rows) - 1, 0, len(rows) - 1, 1), (len(rows) - 1, 3, len(rows) - 1, 4)]
    doc.table(_t(doc, "w2.caption"), rows, merges, role="wastes")
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

TEXT |= {
    "l1.title": ("Отчет по программе производственного экологического контроля за 2025 год",
                 "2025 жылғы өндірістік экологиялық бақылау бағдарламасы бойынша есеп",
                 "BÁO CÁO KẾT QUẢ QUAN TRẮC MÔI TRƯỜNG ĐỊNH KỲ NĂM 2025"),
    "l1.h": ("3.1. Мониторинг эмиссий: результаты инструментальных замеров на источнике выбросов",
             "3.1. Эмиссиялар мониторингі: шығарынды көзіндегі аспаптық өлшеулердің нәтижелері",
             "2.2. Kết quả quan trắc khí thải lò đốt chất thải rắn sinh hoạt"),
    "l1.p": ("Объект: {name}. Замеры выполнены аккредитованной лабораторией на дымовой трубе инсинератора медицинских отходов "
             "при номинальной загрузке; концентрации приведены к нормальным условиям и содержанию кислорода 11 %. "
             "Нормативы приняты по экологическому разрешению на воздействие.",
             "Объект: {name}. Өлшеулерді аккредиттелген зертхана медициналық қалдықтар инсинераторының түтін мұржасында "
             "номиналды жүктеме кезінде орындады; концентрациялар қалыпты жағдайларға және 11 % оттегі құрамына келтірілген. "
             "Нормативтер әсер етуге арналған экологиялық рұқсат бойынша қабылданды.",
             "Cơ sở: {name}. Đơn vị quan trắc: Trung tâm Quan trắc tài nguyên và môi trường tỉnh (VIMCERTS 071). "
             "Kết quả đã được quy đổi về điều kiện tiêu chuẩn."),
    "l1.names": ("Областной онкологический центр|Многопрофильная больница г. Кокшетау",
                 "Облыстық онкологиялық орталық|Көкшетау қаласының көпбейінді ауруханасы",
                 "Khu liên hợp xử lý chất thải rắn Nam Sơn Mới|Khu xử lý chất thải rắn sinh hoạt tập trung Đồng Xuân"),
    "l1.head0": ("№ ИЗА|Загрязняющее вещество|Код ЗВ|Норматив, мг/Нм3 (при 11 % O2)|I полугодие 2025 г.|^|II полугодие 2025 г.|^",
                 "ЛШК №|Ластаушы зат|ЛЗ коды|Норматив, мг/Нм3 (11 % O2 кезінде)|2025 жылғы I жартыжылдық|^|"
                 "2025 жылғы II жартыжылдық|^",
                 "TT|Thông số|Đơn vị|Kết quả quan trắc|^|QCVN 61-MT:2016/BTNMT"),
    "l1.head1": ("^|^|^|^|дата отбора|концентрация, мг/Нм3|дата отбора|концентрация, мг/Нм3",
                 "^|^|^|^|сынама алынған күн|концентрациясы, мг/Нм3|сынама алынған күн|концентрациясы, мг/Нм3",
                 "^|^|^|Đợt 1 ({d1})|Đợt 2 ({d2})|^"),
    "l1.source": ("0001", "0001", "KT1 – Ống khói lò đốt chất thải rắn sinh hoạt công suất 100 tấn/ngày"),
    "l1.dioxin": ("Диоксины и фураны (в пересчете на 2,3,7,8-ТХДД), нг ТЭ/Нм3",
                  "Диоксиндер мен фурандар (2,3,7,8-ТХДД-ға қайта есептегенде), нг ТЭ/Нм3", "Tổng Dioxin/Furan (PCDD/PCDF)"),
    "l1.ok": ("Превышений технологических нормативов в 2025 году не выявлено.",
              "2025 жылы технологиялық нормативтерден асу анықталған жоқ.",
              "Nhận xét: tất cả các thông số quan trắc đều nằm trong giới hạn cho phép của QCVN 61-MT:2016/BTNMT."),
    "l1.over": ("Во II полугодии зафиксировано превышение норматива по веществу «{x}»; разработаны корректирующие мероприятия.",
                "II жартыжылдықта «{x}» заты бойынша нормативтен асу тіркелді; түзету іс-шаралары әзірленді.",
                "Nhận xét: thông số {x} đợt 2 vượt giới hạn cho phép; cơ sở đã kiểm tra, điều chỉnh chế độ vận hành lò đốt."),
    "l1.caption": ("Таблица 3.1 – Концентрации загрязняющих веществ в отходящих газах инсинератора",
                   "3.1-кесте – Инсинератордың шығатын газдарындағы ластаушы заттардың концентрациялары",
                   "Bảng 2.3. Kết quả quan trắc khí thải lò đốt"),
}  # fmt: skip
INCINERATOR = {"2902": 10, "0316": 10, "0342": 1, "0330": 50, "0301": 200, "0337": 50, "0183": 0.05}
"""mg/Nm3 at 11 % O2 — the daily averages a hospital incinerator's permit copies from the EU directive."""
QCVN61 = {"2902": 100, "0316": 50, "0337": 250, "0330": 250, "0301": 500, "0183": 0.2, "0184": 1.2}
"""mg/Nm3 — QCVN 61-MT:2016/BTNMT, incinerators of municipal solid waste."""
QCVN61_NAMES = {
    "2902": "Bụi tổng",
    "0316": "Axit clohydric (HCl)",
    "0337": "Cacbon monoxit (CO)",
    "0330": "Lưu huỳnh đioxit (SO2)",
    "0301": "NOx (tính theo NO2)",
    "0183": "Thủy ngân (Hg)",
    "0184": "Chì và hợp chất (Pb)",
}


def limits_y1(doc: Doc) -> None:
    """A hospital incinerator's stack results of two half-years against its norm at 11 % O2: the source's number merged
    down the first column, the code after the name, each half-year a pair `дата отбора | концентрация` with the date
    merged down; a dioxin row in ng TEQ/Nm3 (VI: a municipal waste incinerator against QCVN 61-MT:2016/BTNMT, the two
    rounds as sub-columns, the stack in a row spanning the table above its parameters)."""
    vi = doc.lang == "vi"
    r = doc.rng
    name = doc.pick(_list(doc, "l1.names"))
    doc.h(_t(doc, "l1.title"))
    doc.h(_t(doc, "l1.h"))
    doc.p(_t(doc, "l1.p").format(name=name))
    norms = QCVN61 if vi else INCINERATOR
    codes = [c for c in norms if c in ("2902", "0301", "0337") or r.random() < 0.75]
    over = r.choice(codes) if r.random() < 0.4 else None
    d1 = f"{r.randint(3, 28):02d}.0{r.randint(3, 6)}.2025"
    d2 = f"{r.randint(3, 28):02d}.{r.randint(9, 11):02d}.2025"
    values = {}
    for c in codes:
        lim = norms[c]
        values[c] = (
            _sig(lim * r.uniform(0.1, 0.85), 2),
            _sig(lim * (r.uniform(1.05, 1.4) if c == over else r.uniform(0.1, 0.85)), 2),
        )
    if vi:
        d1, d2 = d1.replace(".", "/"), d2.replace(".", "/")
        rows = [_row(doc, "l1.head0"), _cells(_t(doc, "l1.head1").format(d1=d1, d2=d2))]
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 1, 5)]
        point = _t(doc, "l1.source")
        _span(rows, merges, point, 6)
        for k, c in enumerate(codes, 1):
            v1, v2 = values[c]
            rows.append(
                [str(k), QCVN61_NAMES[c], "mg/Nm3", num(v1, "vi"), num(v2, "vi"), num(norms[c], "vi")]
            )
            for v in (v1, v2):
                add(doc, limit(("code", c), "flue_gas", norms[c], "mg/Nm3", None, point.split(" ")[0], v))
        dioxin = (round(r.uniform(0.02, 0.3), 3), round(r.uniform(0.02, 0.3), 3))
        rows.append(
            [str(len(codes) + 1), _t(doc, "l1.dioxin"), "ngTEQ/Nm3", *(num(x, "vi") for x in dioxin), "0,6"]
        )
        doc.table(_t(doc, "l1.caption"), rows, merges, role="limits")
        doc.p(_t(doc, "l1.over").format(x=QCVN61_NAMES[over]) if over else _t(doc, "l1.ok"))
        return
    rows = [_row(doc, "l1.head0"), _row(doc, "l1.head1")]
    merges = [(0, c, 1, c) for c in range(4)] + [(0, 4, 0, 5), (0, 6, 0, 7)]
    start = len(rows)
    for c in codes:
        v1, v2 = values[c]
        first = len(rows) == start
        rows.append(
            [
                _t(doc, "l1.source") if first else None,
                _name(doc, c),
                c,
                num(norms[c], doc.lang),
                d1 if first else None,
                num(v1, doc.lang),
                d2 if first else None,
                num(v2, doc.lang),
            ]
        )
        for v in (v1, v2):
            add(doc, limit(("code", c), "flue_gas", norms[c], "mg/Nm3", None, "0001", v))
        doc.add("emissions", emission(c, None, None, "0001"))
    dioxin = (round(r.uniform(0.005, 0.06), 3), round(r.uniform(0.005, 0.06), 3))
    rows.append(
        [
            None,
            _t(doc, "l1.dioxin"),
            "–",
            num(0.1, doc.lang),
            None,
            num(dioxin[0], doc.lang),
            None,
            num(dioxin[1], doc.lang),
        ]
    )
    for col in (0, 4, 6):
        _down(rows, start, col, merges)
    doc.table(_t(doc, "l1.caption"), rows, merges, role="limits")
    doc.p(_t(doc, "l1.over").format(x=_name(doc, over)) if over else _t(doc, "l1.ok"))
    doc.add("sources", {"number": "0001", "type": "organized"})
    maybe_distractor(doc, 0.25)


TEXT |= {
    "l2.title": ("Отчет о производственном лабораторном контроле качества питьевой воды за 2025 год",
                 "2025 жылғы ауыз судың сапасын өндірістік зертханалық бақылау туралы есеп",
                 "KẾT QUẢ XÉT NGHIỆM CHẤT LƯỢNG NƯỚC SẠCH NĂM 2025"),
    "l2.p": ("Предприятие: {operator}. Источник водоснабжения – подземные воды; вода проходит обезжелезивание и "
             "обеззараживание гипохлоритом натрия. Приведены среднегодовые значения по результатам анализов "
             "производственной лаборатории.",
             "Кәсіпорын: {operator}. Сумен жабдықтау көзі – жерасты сулары; су темірсіздендіруден және натрий "
             "гипохлоритімен залалсыздандырудан өтеді. Өндірістік зертхана талдауларының нәтижелері бойынша орташа жылдық "
             "мәндер келтірілген.",
             "Đơn vị cấp nước: {operator}. Mẫu nước được lấy và xét nghiệm theo QCVN 01-1:2018/BYT; kết quả là giá trị "
             "trung bình của các đợt xét nghiệm định kỳ trong năm."),
    "l2.operators": ("ГКП на ПХВ «Талдыкорган Су Арнасы»|ГКП на ПХВ «Кызылорда Водоканал»",
                     "«Талдықорған Су Арнасы» ШЖҚ МКК|«Қызылорда Су Арнасы» ШЖҚ МКК",
                     "Công ty Cổ phần Nước sạch Thái Nguyên Xanh|Công ty TNHH MTV Cấp nước Vĩnh Phúc Mới"),
    "l2.head0": ("№|Показатель|Ед. изм.|Гигиенический норматив|Результаты анализов (среднегодовые)|^|^",
                 "№|Көрсеткіш|Өлш. бірл.|Гигиеналық норматив|Талдау нәтижелері (орташа жылдық)|^|^",
                 "TT|Tên thông số|Đơn vị tính|Ngưỡng giới hạn cho phép|Kết quả xét nghiệm|^|^"),
    "l2.points": ("Т-1|Т-2|Т-3", "Т-1|Т-2|Т-3", "N1|N2|N3"),
    "l2.note": ("Т-1 – исходная вода, сборный водовод скважин; Т-2 – резервуар чистой воды после обеззараживания; "
                "Т-3 – разводящая сеть, водоразборная колонка по ул. Жамбыла, 15.",
                "Т-1 – бастапқы су, ұңғымалардың жинау су құбыры; Т-2 – залалсыздандырудан кейінгі таза су резервуары; "
                "Т-3 – тарату желісі, Жамбыл көшесі, 15 бойындағы су тарату колонкасы.",
                "Ghi chú: N1 – bể chứa nước sạch sau xử lý của nhà máy; N2 – điểm giữa mạng lưới (phường Phan Đình Phùng); "
                "N3 – điểm cuối mạng lưới (xã Quyết Thắng)."),
    "l2.caption": ("Таблица 4 – Качество питьевой воды по точкам контроля", "4-кесте – Бақылау нүктелері бойынша ауыз судың сапасы",
                   "Bảng 1. Kết quả xét nghiệm chất lượng nước sạch"),
}  # fmt: skip
# symbol: (RU, KK name, unit RU, unit KK, norm, raw water (low, high) or None when not measured there, scored?)
DRINK_KZ = (
    ("pH", "Водородный показатель (pH)", "Сутегі көрсеткіші (pH)", "ед. pH", "pH бірл.", (6, 9), (7.0, 7.9), True),
    ("Turbidity", "Мутность", "Лайлылық", "ЕМФ", "ЕМФ", 2.6, (1.5, 6), False),
    ("Colour", "Цветность", "Түстілік", "градус", "градус", 20, (10, 35), False),
    ("TDS", "Сухой остаток", "Құрғақ қалдық", "мг/дм3", "мг/дм3", 1000, (300, 800), True),
    ("Cl-", "Хлориды", "Хлоридтер", "мг/дм3", "мг/дм3", 350, (40, 200), True),
    ("SO4", "Сульфаты", "Сульфаттар", "мг/дм3", "мг/дм3", 500, (60, 300), True),
    ("NO3-", "Нитраты", "Нитраттар", "мг/дм3", "мг/дм3", 45, (2, 20), True),
    ("NH4+", "Аммоний-ион", "Аммоний-ион", "мг/дм3", "мг/дм3", 2, (0.1, 1.2), True),
    ("Fe", "Железо общее", "Темір", "мг/дм3", "мг/дм3", 0.3, (0.4, 1.8), True),
    ("Mn", "Марганец", "Марганец", "мг/дм3", "мг/дм3", 0.1, (0.03, 0.25), True),
    ("Cl2", "Хлор остаточный свободный", "Қалдық хлор (бос)", "мг/дм3", "мг/дм3", (0.3, 0.5), None, True),
)  # fmt: skip
# symbol, VI name, unit, norm, scored?
DRINK_VN = (
    ("pH", "pH", "-", (6, 8.5), True),
    ("Turbidity", "Độ đục", "NTU", 2, False),
    ("Cl2", "Clo dư tự do", "mg/L", (0.2, 1), True),
    ("NH4+", "Amoni (NH3 và NH4+ tính theo N)", "mg/L", 0.3, True),
    ("Fe", "Sắt (Fe)", "mg/L", 0.3, True),
    ("Mn", "Mangan (Mn)", "mg/L", 0.1, True),
    ("As", "Asen (As)", "mg/L", 0.01, True),
    ("Cl-", "Clorua (Cl-)", "mg/L", 250, True),
    ("SO4", "Sunfat (SO4 2-)", "mg/L", 250, True),
    ("NO3-", "Nitrat (NO3- tính theo N)", "mg/L", 2, True),
    ("NO2-", "Nitrit (NO2- tính theo N)", "mg/L", 0.05, True),
    ("Hardness", "Độ cứng, tính theo CaCO3", "mg/L", 300, True),
)


REMOVED = ("Turbidity", "Colour", "Fe", "Mn", "NH4+")
"""What the treatment takes out of the raw water; the ions pass through it unchanged."""


def _along(doc: Doc, s: str, lim, first: float | None) -> list[float]:
    """A parameter's values at the three points: the ions near the first value, chlorine decaying along the network,
    pH one decimal, the rest a share of the limit."""
    r = doc.rng
    if s == "pH":
        return [round(r.uniform(6.6, 7.9), 1) for _ in range(3)]
    if s == "Cl2":
        low, high = lim
        span = high - low
        return [
            round(low + span * x, 2)
            for x in (r.uniform(0.6, 0.9), r.uniform(0.35, 0.6), r.uniform(0.1, 0.35))
        ]
    base = first if first is not None else _sig(lim * r.uniform(0.15, 0.7), 2)
    if s in REMOVED:
        return [_sig(lim * r.uniform(0.1, 0.6), 2) for _ in range(3)]
    return [_sig(base * r.uniform(0.93, 1.05), 2) for _ in range(3)]


def limits_y2(doc: Doc) -> None:
    """A vodokanal's drinking-water control: the hygienic norm before three points as sub-columns (raw water, the clean
    water reservoir, the network) whose codes are explained in a note under the table; residual chlorine as a range
    and not measured in raw water (a dash); turbidity and colour in units that are no concentrations; raw iron above the
    norm (VI: QCVN 01-1:2018/BYT at a water plant, `Trong khoảng 6–8,5`, three points of the network)."""
    vi = doc.lang == "vi"
    operator = doc.pick(_list(doc, "l2.operators"))
    doc.h(_t(doc, "l2.title"))
    doc.p(_t(doc, "l2.p").format(operator=operator))
    points = _list(doc, "l2.points")
    rows = [_row(doc, "l2.head0"), [None, None, None, None, *points]]
    merges = [(0, c, 1, c) for c in range(4)] + [(0, 4, 0, 6)]
    if vi:
        for k, (s, name, unit, lim, scored) in enumerate(DRINK_VN, 1):
            values = _along(doc, s, lim, None)
            said = f"Trong khoảng {cell(doc, lim, to='–')}" if isinstance(lim, tuple) else num(lim, "vi")
            rows.append([str(k), name, unit, said, *(num(v, "vi") for v in values)])
            if scored:
                for p, v in zip(points, values, strict=True):
                    add(doc, limit(("symbol", s), "water", lim, "mg/l", None, p, v))
    else:
        kk = doc.lang == "kk"
        for k, (s, ru, kk_name, unit_ru, unit_kk, lim, raw, scored) in enumerate(DRINK_KZ, 1):
            if raw is None:  # chlorine: not in raw water
                values: list[float | None] = [None, *_along(doc, s, lim, None)[1:]]
            else:
                first = round(doc.rng.uniform(*raw), 1) if s == "pH" else _sig(doc.rng.uniform(*raw), 2)
                values = [first, *_along(doc, s, lim, first)[1:]]
            cells = [num(v, doc.lang) if v is not None else "–" for v in values]
            rows.append(
                [str(k), kk_name if kk else ru, unit_kk if kk else unit_ru, cell(doc, lim, to="–"), *cells]
            )
            if scored:
                for p, v in zip(points, values, strict=True):
                    if v is not None:
                        add(doc, limit(("symbol", s), "water", lim, "mg/l", None, p, v))
    doc.table(_t(doc, "l2.caption"), rows, merges, role="limits")
    doc.p(_t(doc, "l2.note"))
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring

TEXT |= {
    "m1.title": ("Программа производственного экологического контроля канализационных очистных сооружений",
                 "Кәріз тазарту құрылыстарының өндірістік экологиялық бақылау бағдарламасы",
                 "KẾ HOẠCH QUAN TRẮC MÔI TRƯỜNG NĂM 2026 CỦA NHÀ MÁY XỬ LÝ NƯỚC THẢI TẬP TRUNG"),
    "m1.p": ("Отбор проб выполняется аккредитованной лабораторией в первом месяце квартала. В ячейках графика указаны "
             "показатели, определяемые в соответствующем квартале.",
             "Сынамаларды аккредиттелген зертхана тоқсанның бірінші айында алады. Кестенің ұяшықтарында тиісті тоқсанда "
             "анықталатын көрсеткіштер көрсетілген.",
             "Việc lấy mẫu do đơn vị có Giấy chứng nhận đủ điều kiện hoạt động dịch vụ quan trắc môi trường thực hiện vào "
             "tháng đầu của mỗi quý; các thông số quan trắc của từng quý được ghi trong bảng."),
    "m1.head0": ("Среда|Точка отбора проб|График отбора проб на 2026 год|^|^|^",
                 "Орта|Сынама алу нүктесі|2026 жылға арналған сынама алу кестесі|^|^|^",
                 "Thành phần|Vị trí quan trắc|Thông số quan trắc theo quý năm 2026|^|^|^"),
    "m1.head1": ("^|^|I квартал|II квартал|III квартал|IV квартал", "^|^|I тоқсан|II тоқсан|III тоқсан|IV тоқсан",
                 "^|^|Quý I|Quý II|Quý III|Quý IV"),
    "m1.media": ("Сточные воды|Поверхностные воды", "Ағынды сулар|Жерүсті сулары", "Nước thải|Nước mặt"),
    "m1.points": ("ОС-1 – приемная камера КОС (поступающие сточные воды)|ОС-2 – выпуск № 1 после обеззараживания|"
                  "Р-1 – р. Иртыш, 500 м выше выпуска (фоновый створ)|Р-2 – р. Иртыш, 500 м ниже выпуска (контрольный створ)",
                  "ТҚ-1 – ТҚ қабылдау камерасы (келіп түсетін ағынды сулар)|ТҚ-2 – залалсыздандырудан кейінгі № 1 шығарылым|"
                  "Ө-1 – Ертіс өзені, шығарылымнан 500 м жоғары (фондық тұстама)|"
                  "Ө-2 – Ертіс өзені, шығарылымнан 500 м төмен (бақылау тұстамасы)",
                  "NT1 – Nước thải đầu vào, tại hố thu gom của nhà máy|NT2 – Nước thải sau xử lý, tại cửa xả ra sông Hà Thanh|"
                  "NM1 – Nước mặt sông Hà Thanh, thượng lưu cửa xả 500 m|NM2 – Nước mặt sông Hà Thanh, hạ lưu cửa xả 500 m"),
    "m1.caption": ("Таблица 5.3 – График отбора проб сточных и поверхностных вод",
                   "5.3-кесте – Ағынды және жерүсті суларынан сынама алу кестесі",
                   "Bảng 4. Kế hoạch quan trắc nước thải và nước mặt"),
}  # fmt: skip
# per point: (every quarter, in quarters II and IV, in quarter III)
SCHEDULE = {
    "kz": (
        (("pH", "TSS", "BOD5", "COD", "NH4+"), ("TPH", "Surfactants"), ("Fe",)),
        (
            ("pH", "TSS", "BOD5", "COD", "NH4+", "NO2-", "NO3-"),
            ("TPH", "Surfactants", "Cl-", "SO4"),
            ("Fe", "Cu", "Zn"),
        ),
        (("pH", "TSS", "BOD5", "NH4+", "NO2-", "NO3-"), ("TPH", "Phenols"), ("Fe", "Cu", "Zn", "Mn")),
        (
            ("pH", "TSS", "BOD5", "NH4+", "NO2-", "NO3-"),
            ("TPH", "Phenols", "Surfactants"),
            ("Fe", "Cu", "Zn", "Mn"),
        ),
    ),
    "vi": (
        (("pH", "BOD5", "COD", "TSS", "NH4+"), ("TN", "TP"), ()),
        (
            ("pH", "BOD5", "COD", "TSS", "NH4+", "TN", "TP", "Coliform"),
            ("TPH", "Surfactants"),
            ("As", "Pb", "Cd", "Hg"),
        ),
        (("pH", "DO", "BOD5", "COD", "TSS", "NH4+"), ("NO3-", "TPH"), ("Fe", "Pb")),
        (("pH", "DO", "BOD5", "COD", "TSS", "NH4+"), ("NO3-", "TPH", "Coliform"), ("Fe", "Pb")),
    ),
}
WHEN = (("quarterly", (0, 1, 2, 3)), ("semiannual", (1, 3)), ("yearly", (2,)))


def monitoring_y1(doc: Doc) -> None:
    """A sampling schedule whose columns are the four quarters and whose cells list the parameters taken that quarter
    at the point: what every quarter lists is quarterly, what only quarters II and IV list is semiannual, what only
    quarter III lists is yearly; the medium merged down the first column, a point's code leading its description."""
    vi = doc.lang == "vi"
    doc.h(_t(doc, "m1.title"))
    doc.p(_t(doc, "m1.p"))
    rows = [_row(doc, "m1.head0"), _row(doc, "m1.head1")]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 5)]
    points = _list(doc, "m1.points")
    media = _list(doc, "m1.media")
    plans = SCHEDULE["vi" if vi else "kz"]
    for m, medium in enumerate(media):
        start = len(rows)
        for p in (2 * m, 2 * m + 1):
            sets = [
                [s for s in group if s == "pH" or doc.rng.random() < 0.85] or list(group[:1])
                for group in plans[p]
            ]
            code = points[p].split(" ")[0]
            cells = []
            for q in range(4):
                params = [
                    s for (_, quarters), group in zip(WHEN, sets, strict=True) if q in quarters for s in group
                ]
                cells.append(", ".join(vocab.water(s, doc.lang) for s in params))
            rows.append([medium if len(rows) == start else None, points[p], *cells])
            for (word, _), group in zip(WHEN, sets, strict=True):
                doc.add("monitoring", *(_mon({"point": code}, ("symbol", s), word) for s in group))
        _down(rows, start, 0, merges)
    doc.table(_t(doc, "m1.caption"), rows, merges, role="monitoring")
    maybe_distractor(doc)


TEXT |= {
    "m2.title": ("Программа производственного экологического контроля котельных на 2026–2028 годы",
                 "Қазандықтардың 2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы",
                 "CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG (Phụ lục 3 kèm theo Giấy phép môi trường)"),
    "m2.p": ("Оператор: {operator}. Котельные работают в отопительный период (октябрь – апрель); инструментальный контроль "
             "на организованных источниках выполняется в отопительный период, выбросы неорганизованных источников "
             "определяются расчетным методом.",
             "Оператор: {operator}. Қазандықтар жылыту кезеңінде (қазан – сәуір) жұмыс істейді; ұйымдастырылған көздердегі "
             "аспаптық бақылау жылыту кезеңінде орындалады, ұйымдастырылмаған көздердің шығарындылары есептік әдіспен "
             "анықталады.",
             "Cơ sở: {operator}. Chủ cơ sở thực hiện quan trắc chất thải định kỳ theo nội dung sau:"),
    "m2.operators": ("ГКП на ПХВ «Экибастуз Жылу» акимата г. Экибастуза|ГКП на ПХВ «Жезказган Жылу»",
                     "Екібастұз қаласы әкімдігінің «Екібастұз Жылу» ШЖҚ МКК|«Жезқазған Жылу» ШЖҚ МКК",
                     "Bệnh viện Đa khoa tỉnh Phú Thọ Mới|Bệnh viện Đa khoa khu vực Tây Bắc Nghệ An"),
    "m2.head": ("№ ИЗА (точки)|Наименование источника (точки)|Контролируемые вещества (код)|Периодичность|Метод контроля|Исполнитель",
                "ЛШК (нүкте) №|Көздің (нүктенің) атауы|Бақыланатын заттар (коды)|Кезеңділігі|Бақылау әдісі|Орындаушы",
                "TT|Vị trí quan trắc|Thông số|Tần suất|Quy chuẩn áp dụng"),
    "m2.sites": ("Котельная № 1, мкр. Жастар|Котельная № 4, ул. Промышленная, 8",
                 "№ 1 қазандық, Жастар ш/а|№ 4 қазандық, Өнеркәсіп көшесі, 8", ""),
    "m2.impact": ("Мониторинг воздействия", "Әсер мониторингі", ""),
    "m2.q": ("1 раз в квартал (в отопительный период)|ежеквартально в отопительный сезон",
             "тоқсанына 1 рет (жылыту кезеңінде)|жылыту маусымында тоқсан сайын", ""),
    "m2.y": ("1 раз в год", "жылына 1 рет", ""),
    "m2.methods": ("инструментальный|расчетный", "аспаптық|есептік", ""),
    "m2.who": ("аккредитованная лаборатория|инженер-эколог", "аккредиттелген зертхана|инженер-эколог", ""),
    "m2.point": ("Т-1|граница СЗЗ котельной № 1, подветренная сторона", "Т-1|№ 1 қазандықтың СҚА шекарасы, ық жақ", ""),
    "m2.caption": ("Таблица 6 – План-график производственного мониторинга", "6-кесте – Өндірістік мониторингтің жоспар-кестесі",
                   "Bảng 3.1. Chương trình quan trắc chất thải"),
}  # fmt: skip
# (RU, KK), organised?, codes — the sources of each boiler house
BOILER_PLANT = (
    (
        (
            ("Дымовая труба котлов КВ-ТС-20 (3 ед.)", "КВ-ТС-20 қазандықтарының түтін мұржасы (3 бірл.)"),
            True,
            ("0301", "0304", "0330", "0337", "2908", "0328"),
        ),
        (("Открытый склад угля", "Ашық көмір қоймасы"), False, ("2908",)),
        (("Золошлакоотвал", "Күл-қож үйіндісі"), False, ("2908",)),
    ),
    (
        (
            ("Дымовая труба котлов КЕ-10-14 (2 ед.)", "КЕ-10-14 қазандықтарының түтін мұржасы (2 бірл.)"),
            True,
            ("0301", "0304", "0330", "0337", "2908"),
        ),
        (("Склад угля", "Көмір қоймасы"), False, ("2908",)),
    ),
)
# VI: group title, point, codes or symbols, frequency word, said, standard
HOSPITAL_PLAN = (
    (
        "1. Quan trắc nước thải",
        "NT1 – Nước thải sau hệ thống xử lý, trước khi đấu nối vào hệ thống thoát nước của thành phố",
        ("symbol", ("pH", "BOD5", "COD", "TSS", "S2-", "NH4+", "NO3-", "Coliform")),
        "quarterly",
        "03 tháng/lần",
        "QCVN 28:2010/BTNMT, cột B",
    ),
    (
        "2. Quan trắc khí thải",
        "KT1 – Ống khói lò đốt chất thải y tế",
        ("code", ("2902", "0316", "0337", "0330", "0301")),
        "semiannual",
        "06 tháng/lần (trong thời gian lò đốt hoạt động)",
        "QCVN 02:2012/BTNMT",
    ),
    (
        None,
        "KT2 – Ống khói lò hơi đốt dầu DO",
        ("code", ("2902", "0330", "0301", "0337")),
        "semiannual",
        "06 tháng/lần (khi lò hơi vận hành)",
        "QCVN 19:2009/BTNMT, cột B",
    ),
    (
        "3. Giám sát chất thải rắn",
        "Khu lưu giữ chất thải y tế và chất thải rắn sinh hoạt",
        None,
        None,
        "Thường xuyên; ghi chép sổ giao nhận",
        "Thông tư số 20/2021/TT-BYT",
    ),
)
VI_FORMULA = {"2902": "Bụi tổng", "0316": "HCl", "0337": "CO", "0330": "SO2", "0301": "NOx (tính theo NO2)"}


def monitoring_y2(doc: Doc) -> None:
    """A heating enterprise's boiler houses as rows spanning the table over their sources, the stacks monitored
    `1 раз в квартал (в отопительный период)` by instruments, coal stores and ash dumps once a year by calculation,
    the substances written `Азота диоксид (0301), …`, a boundary point `Т-1` under a last spanning row (VI: a hospital's
    GPMT programme under media rows, the point's code leading its place, a solid-waste row with no parameters)."""
    vi = doc.lang == "vi"
    operator = doc.pick(_list(doc, "m2.operators"))
    doc.h(_t(doc, "m2.title"))
    doc.p(_t(doc, "m2.p").format(operator=operator))
    head = _row(doc, "m2.head")
    rows, merges = [head], []
    if vi:
        k = 0
        for title, place, params, word, said, standard in HOSPITAL_PLAN:
            if title:
                _span(rows, merges, title, len(head))
            k += 1
            if params is None:
                rows.append([str(k), place, "Khối lượng, chủng loại chất thải phát sinh", said, standard])
                continue
            key, items = params
            picked = [x for k, x in enumerate(items) if k < 2 or doc.rng.random() < 0.8]
            names = [VI_FORMULA[x] if key == "code" else vocab.water(x, "vi") for x in picked]
            rows.append([str(k), place, ", ".join(names), said, standard])
            doc.add("monitoring", *(_mon({"point": place.split(" ")[0]}, (key, x), word) for x in picked))
        doc.table(_t(doc, "m2.caption"), rows, merges, role="monitoring")
        maybe_distractor(doc)
        return
    lang = 0 if doc.lang == "ru" else 1
    methods, who = _list(doc, "m2.methods"), _list(doc, "m2.who")
    sources, org, unorg = [], doc.rng.randint(1, 2), 1
    for site, plant in zip(_list(doc, "m2.sites"), BOILER_PLANT, strict=True):
        _span(rows, merges, site, len(head))
        for names, organized, codes in plant:
            number = f"{org:04d}" if organized else f"{6000 + unorg:04d}"
            org, unorg = (org + 1, unorg) if organized else (org, unorg + 1)
            keep = [c for c in codes if c in ("0301", "0330", "2908") or doc.rng.random() < 0.7]
            sources.append(Source(number, names[lang], organized, tuple(keep)))
            word = "quarterly" if organized else "yearly"
            said = doc.pick(_list(doc, "m2.q")) if organized else _t(doc, "m2.y")
            listed = ", ".join(f"{vocab.air(c, doc.lang)} ({c})" for c in keep)
            rows.append(
                [
                    number,
                    names[lang],
                    listed,
                    said,
                    methods[0 if organized else 1],
                    who[0 if organized else 1],
                ]
            )
            doc.add("monitoring", *(_mon({"source_number": number}, ("code", c), word) for c in keep))
            doc.add("emissions", *(emission(c, None, None, number) for c in keep))
    _span(rows, merges, _t(doc, "m2.impact"), len(head))
    point, place = _list(doc, "m2.point")
    codes = ["0301", "0330", "0337", "2908"]
    rows.append(
        [
            point,
            place,
            ", ".join(f"{vocab.air(c, doc.lang)} ({c})" for c in codes),
            freq(doc, "quarterly"),
            methods[0],
            who[0],
        ]
    )
    doc.add("monitoring", *(_mon({"point": point}, ("code", c), "quarterly") for c in codes))
    doc.table(_t(doc, "m2.caption"), rows, merges, role="monitoring")
    expect_sources(doc, sources)
    maybe_distractor(doc, 0.25)


# ---------------------------------------------------------------- inspections

TEXT |= {
    "i1.title": ("Регламент производственного контроля полигона твердых бытовых отходов",
                 "Қатты тұрмыстық қалдықтар полигонын өндірістік бақылау регламенті",
                 "KẾ HOẠCH KIỂM TRA CÔNG TÁC BẢO VỆ MÔI TRƯỜNG TẠI CÁC LÀNG NGHỀ, CỤM CÔNG NGHIỆP NĂM 2026"),
    "i1.p": ("Приложение 2 к приказу директора {operator} от {day:02d}.01.2026 № {n}-п. Результаты осмотров заносятся в журнал "
             "производственного контроля полигона; выявленные нарушения устраняются в течение трех рабочих дней.",
             "{operator} директорының 2026 жылғы {day:02d}.01. № {n}-б бұйрығына 2-қосымша. Тексерулердің нәтижелері полигонның "
             "өндірістік бақылау журналына енгізіледі; анықталған бұзушылықтар үш жұмыс күні ішінде жойылады.",
             "(Ban hành kèm theo Quyết định số {n}/QĐ-UBND ngày {day}/01/2026 của Ủy ban nhân dân huyện Yên Phong)"),
    "i1.operators": ("ТОО «Тазалык-Сервис Кокшетау»|ТОО «Полигон Костанай»", "«Тазалық-Сервис Көкшетау» ЖШС|«Қостанай Полигон» ЖШС", ""),
    "i1.head": ("№ п/п|Объект контроля|Что проверяется|Периодичность|Ответственный|Форма фиксации результатов",
                "№|Бақылау объектісі|Не тексеріледі|Кезеңділігі|Жауапты|Нәтижелерді тіркеу нысаны",
                "TT|Đối tượng kiểm tra|Nội dung kiểm tra|Tần suất|Cơ quan chủ trì|Cơ quan phối hợp"),
    "i1.who": ("мастер полигона|начальник полигона|инженер-эколог|главный инженер",
               "полигон шебері|полигон бастығы|инженер-эколог|бас инженер",
               "Phòng Nông nghiệp và Môi trường|Phòng Kinh tế, Hạ tầng và Đô thị|UBND huyện (Đoàn kiểm tra liên ngành)"),
    "i1.partners": ("", "", "UBND các xã, thị trấn|Công an huyện|Trung tâm Quan trắc tài nguyên và môi trường tỉnh"),
    "i1.records": ("запись в журнале|акт осмотра|фотофиксация, запись в журнале", "журналға жазба|тексеру актісі|фотосурет, журналға жазба", ""),
}  # fmt: skip
WORDS_NOT_LESS = {
    "ru": {"daily": "ежедневно, перед началом смены", "weekly": "не реже 1 раза в неделю", "monthly": "не реже 1 раза в месяц",
           "quarterly": "не реже 1 раза в квартал", "semiannual": "не реже 1 раза в полугодие", "yearly": "не реже 1 раза в год"},
    "kk": {"daily": "күн сайын, ауысым басталар алдында", "weekly": "аптасына кемінде 1 рет", "monthly": "айына кемінде 1 рет",
           "quarterly": "тоқсанына кемінде 1 рет", "semiannual": "жарты жылда кемінде 1 рет", "yearly": "жылына кемінде 1 рет"},
    "vi": {"monthly": "Ít nhất 01 lần/tháng", "quarterly": "Ít nhất 01 lần/quý", "semiannual": "06 tháng/lần", "yearly": "01 lần/năm"},
}  # fmt: skip
LANDFILL_CHECKS = {
    "ru": (("Контрольно-пропускной пункт и дезинфицирующая ванна", "заполнение ванны дезраствором, учет въезжающих мусоровозов"),
           ("Весовая", "исправность автомобильных весов, ведение журнала взвешивания"),
           ("Рабочая карта захоронения", "уплотнение отходов, толщина изолирующего слоя"),
           ("Пруд-накопитель фильтрата", "уровень фильтрата, состояние противофильтрационного экрана"),
           ("Ограждение и обваловка полигона", "целостность ограждения, отсутствие разноса легких фракций"),
           ("Наблюдательные скважины", "состояние оголовков и запорных устройств"),
           ("Площадка мойки и дезинфекции мусоровозов", "работа локальной очистной установки, накопление осадка"),
           ("Санитарно-защитная зона полигона", "отсутствие несанкционированных свалок, состояние озеленения")),
    "kk": (("Бақылау-өткізу пункті және дезинфекциялық ванна", "ваннаның дезерітіндімен толтырылуы, кіретін қоқыс тасығыштарды есепке алу"),
           ("Таразы бекеті", "автомобиль таразысының жарамдылығы, өлшеу журналын жүргізу"),
           ("Жұмыс істеп тұрған көму картасы", "қалдықтардың тығыздалуы, оқшаулау қабатының қалыңдығы"),
           ("Сүзінді жинақтағыш тоған", "сүзінді деңгейі, сүзуге қарсы экранның жай-күйі"),
           ("Полигонның қоршауы мен үйіндісі", "қоршаудың бүтіндігі, жеңіл фракциялардың шашылмауы"),
           ("Бақылау ұңғымалары", "ұңғыма басының және бекіткіш құрылғылардың жай-күйі"),
           ("Қоқыс тасығыштарды жуу және дезинфекциялау алаңы", "жергілікті тазарту қондырғысының жұмысы, тұнбаның жиналуы"),
           ("Полигонның санитариялық-қорғау аймағы", "рұқсат етілмеген үйінділердің болмауы, көгалдандырудың жай-күйі")),
    "vi": (("Làng nghề tái chế giấy Phong Khê", "thu gom, xử lý nước thải; khí thải lò hơi; chất thải rắn sản xuất"),
           ("Làng nghề đúc đồng Đại Bái", "khí thải lò nấu kim loại, xỉ thải, tiếng ồn"),
           ("Làng nghề chế biến nông sản Tân Hòa", "nước thải sản xuất tinh bột, mùi, bã thải"),
           ("Cụm công nghiệp Hạp Lĩnh", "vận hành trạm xử lý nước thải tập trung, đấu nối nước thải của các cơ sở"),
           ("Cụm công nghiệp làng nghề Văn Môn", "thu gom chất thải rắn, chất thải nguy hại của các hộ sản xuất"),
           ("Bãi chôn lấp chất thải rắn sinh hoạt của huyện", "xử lý nước rỉ rác, phun chế phẩm khử mùi, che phủ ô chôn lấp"),
           ("Các điểm tập kết chất thải rắn sinh hoạt", "thời gian tập kết, vệ sinh điểm tập kết")),
}  # fmt: skip


HOW_OFTEN = {
    "kz": (("daily",), ("daily", "weekly"), ("daily",), ("weekly", "monthly"), ("weekly", "monthly"), ("quarterly", "semiannual"),
           ("weekly", "monthly"), ("monthly", "quarterly", "semiannual", "yearly")),
    "vi": (("monthly", "quarterly"), ("quarterly", "semiannual"), ("quarterly", "semiannual"), ("quarterly",),
           ("semiannual", "yearly"), ("monthly", "quarterly"), ("monthly",)),
}  # fmt: skip
"""The frequencies each object of LANDFILL_CHECKS is plausibly checked at."""
RANK = {"daily": 0, "weekly": 0, "monthly": 1, "quarterly": 2, "semiannual": 3, "yearly": 3}
"""Who checks that often: the landfill's foreman, its head, the engineer-ecologist, the chief engineer."""


def inspections_y1(doc: Doc) -> None:
    """A landfill's regulation of production control, an annex to the director's order: each object of the landfill
    with what is checked there, a frequency written `не реже 1 раза в квартал`, who and how the result is recorded
    (VI: a district People's Committee's plan of checks of craft villages, industrial clusters and its own landfill,
    `Ít nhất 01 lần/quý`, the lead and the partner bodies)."""
    vi = doc.lang == "vi"
    operator = doc.pick(_list(doc, "i1.operators")) if not vi else ""
    doc.h(_t(doc, "i1.title"))
    doc.p(_t(doc, "i1.p").format(operator=operator, day=doc.rng.randint(9, 28), n=doc.rng.randint(4, 60)))
    rows = [_row(doc, "i1.head")]
    checks = LANDFILL_CHECKS[doc.lang]
    options = HOW_OFTEN["vi" if vi else "kz"]
    picked = sorted(doc.rng.sample(range(len(checks)), 5 if vi else 6))
    who = _list(doc, "i1.who")
    for k, i in enumerate(picked, 1):
        (obj, what), word = checks[i], doc.pick(options[i])
        said = WORDS_NOT_LESS[doc.lang][word]
        if vi:
            rows.append([str(k), obj, what, said, doc.pick(who), doc.pick(_list(doc, "i1.partners"))])
        else:
            rows.append([str(k), obj, what, said, who[RANK[word]], doc.pick(_list(doc, "i1.records"))])
        doc.add("obligations", {"kind": "inspection", "frequency": word, "text_contains": obj})
    doc.table(None, rows, role="inspections")
    maybe_distractor(doc)


TEXT |= {
    "i2.title": ("План внутреннего контроля за обращением с медицинскими отходами на 2026 год",
                 "2026 жылға арналған медициналық қалдықтармен жұмысты ішкі бақылау жоспары",
                 "QUY CHẾ KIỂM TRA NỘI BỘ CÔNG TÁC VẬN HÀNH VÀ BẢO VỆ MÔI TRƯỜNG TẠI NHÀ MÁY XỬ LÝ NƯỚC THẢI"),
    "i2.p": ("Утвержден приказом главного врача {name}. Контроль в каждом подразделении ведется несколькими лицами, "
             "каждое со своей периодичностью; результаты заносятся в журнал контроля.",
             "{name} бас дәрігерінің бұйрығымен бекітілген. Әрбір бөлімшедегі бақылауды бірнеше адам, әрқайсысы өз "
             "кезеңділігімен жүргізеді; нәтижелер бақылау журналына енгізіледі.",
             "(Ban hành kèm theo Quyết định số {n}/QĐ-NMXLNT ngày 05/01/2026 của Giám đốc {name})"),
    "i2.names": ("ГКП на ПХВ «Областная детская больница»|ГКП на ПХВ «Городская поликлиника № 3»",
                 "«Облыстық балалар ауруханасы» ШЖҚ МКК|«№ 3 қалалық емхана» ШЖҚ МКК",
                 "Nhà máy xử lý nước thải Bắc Thăng Long Mới|Nhà máy xử lý nước thải Yên Xá Mới"),
    "i2.head": ("№|Подразделение, место|Предмет контроля|Периодичность – ответственное лицо|Документ",
                "№|Бөлімше, орын|Бақылау мәні|Кезеңділігі – жауапты тұлға|Құжат",
                "TT|Hạng mục, khu vực|Nội dung kiểm tra|Tần suất – người thực hiện|Hồ sơ"),
    "i2.docs": ("журнал контроля|чек-лист|акт", "бақылау журналы|чек-парақ|акт", "Sổ nhật ký vận hành|Phiếu kiểm tra|Biên bản"),
}  # fmt: skip
# frequency of each checker (by rank), the words, the checkers
CHECKERS = {
    "ru": (("daily", "ежедневно", "старшая медицинская сестра отделения"), ("weekly", "еженедельно", "главная медицинская сестра"),
           ("monthly", "ежемесячно", "госпитальный эпидемиолог"), ("quarterly", "ежеквартально", "инженер по охране окружающей среды")),
    "kk": (("daily", "күн сайын", "бөлімшенің аға мейірбикесі"), ("weekly", "апта сайын", "бас мейірбике"),
           ("monthly", "ай сайын", "госпитальдық эпидемиолог"), ("quarterly", "тоқсан сайын", "қоршаған ортаны қорғау инженері")),
    "vi": (("daily", "Hằng ngày", "Trưởng ca vận hành"), ("weekly", "Hằng tuần", "Tổ trưởng tổ vận hành"),
           ("monthly", "Hằng tháng", "Phòng Kỹ thuật"), ("quarterly", "Hằng quý", "Phó Giám đốc nhà máy")),
}  # fmt: skip
PLACES_CHECKED = {
    "ru": (("Приемное отделение", "сортировка отходов классов А и Б у места образования"),
           ("Отделение анестезиологии и реанимации", "маркировка пакетов и контейнеров, сбор острых предметов"),
           ("Клинико-диагностическая лаборатория", "обеззараживание отходов класса Б, учет химических реактивов"),
           ("Пищеблок", "сбор пищевых отходов, сроки их вывоза"),
           ("Участок временного хранения медицинских отходов", "сроки хранения, холодильное оборудование, журнал передачи"),
           ("Инсинераторная установка", "режим сжигания, учет золы"),
           ("Прачечная", "сбор и хранение отработанных моющих средств")),
    "kk": (("Қабылдау бөлімшесі", "А және Б сыныпты қалдықтарды түзілген жерінде сұрыптау"),
           ("Анестезиология және реанимация бөлімшесі", "пакеттер мен контейнерлерді таңбалау, өткір заттарды жинау"),
           ("Клиникалық-диагностикалық зертхана", "Б сыныпты қалдықтарды залалсыздандыру, химиялық реактивтерді есепке алу"),
           ("Тамақ блогы", "тамақ қалдықтарын жинау, оларды шығару мерзімдері"),
           ("Медициналық қалдықтарды уақытша сақтау учаскесі", "сақтау мерзімдері, тоңазытқыш жабдық, беру журналы"),
           ("Инсинераторлық қондырғы", "жағу режимі, күлді есепке алу"),
           ("Кір жуу орны", "пайдаланылған жуу құралдарын жинау және сақтау")),
    "vi": (("Trạm bơm nước thải đầu vào", "vận hành bơm, song chắn rác, mùi"),
           ("Bể lắng cát và tách dầu mỡ", "lượng cát, dầu mỡ tích tụ, tần suất hút"),
           ("Bể sinh học SBR", "chế độ sục khí, nồng độ bùn, hiện tượng bọt nổi"),
           ("Nhà ép bùn", "vận hành máy ép, lượng bùn thải, mùi"),
           ("Kho hóa chất (PAC, Polymer, Javen)", "điều kiện lưu giữ, sổ xuất nhập hóa chất"),
           ("Khu lưu giữ chất thải nguy hại", "dán nhãn, phân loại, sổ giao nhận chất thải"),
           ("Trạm quan trắc nước thải tự động", "tình trạng truyền số liệu, hiệu chuẩn thiết bị")),
}  # fmt: skip


def inspections_y2(doc: Doc) -> None:
    """A hospital's plan of internal control of medical wastes: one cell per ward holds one to three lines
    `ежедневно – старшая медицинская сестра отделения`, each line an inspection of the ward at its own frequency by
    its own checker (VI: a sewage plant's units checked by the shift, the team, the technical department and the
    deputy director)."""
    name = doc.pick(_list(doc, "i2.names"))
    doc.h(_t(doc, "i2.title"))
    doc.p(_t(doc, "i2.p").format(name=name, n=doc.rng.randint(2, 30)))
    rows = [_row(doc, "i2.head")]
    for k, (place, what) in enumerate(doc.rng.sample(PLACES_CHECKED[doc.lang], 5), 1):
        ranks = sorted(doc.rng.sample(range(4), doc.rng.randint(1, 3)))
        lines = []
        for rank in ranks:
            word, said, who = CHECKERS[doc.lang][rank]
            lines.append(f"{said} – {who}")
            doc.add("obligations", {"kind": "inspection", "frequency": word, "text_contains": place})
        rows.append([str(k), place, what, "\n".join(lines), doc.pick(_list(doc, "i2.docs"))])
    doc.table(None, rows, role="inspections")
    distractor(doc, "approval")


# ---------------------------------------------------------------- tasks

TEXT |= {
    "t1.title": ("План мероприятий по охране окружающей среды на 2026–2028 годы",
                 "2026–2028 жылдарға арналған қоршаған ортаны қорғау жөніндегі іс-шаралар жоспары",
                 "KẾ HOẠCH XỬ LÝ Ô NHIỄM MÔI TRƯỜNG LÀNG NGHỀ, CỤM CÔNG NGHIỆP TRÊN ĐỊA BÀN TỈNH GIAI ĐOẠN 2026–2028"),
    "t1.p": ("Приложение 5 к программе производственного экологического контроля {operator}. Мероприятия сгруппированы по "
             "объектам предприятия.",
             "{operator} өндірістік экологиялық бақылау бағдарламасына 5-қосымша. Іс-шаралар кәсіпорын объектілері бойынша "
             "топтастырылған.",
             "(Kèm theo Kế hoạch số {n}/KH-UBND ngày {day}/02/2026 của Ủy ban nhân dân tỉnh Bắc Ninh)"),
    "t1.operators": ("ГКП на ПХВ «Семей Водоканал»|ГКП на ПХВ «Петропавл Су Арнасы»",
                     "«Семей Су Арнасы» ШЖҚ МКК|«Петропавл Су Арнасы» ШЖҚ МКК", ""),
    "t1.head": ("№ п/п|Объект|Наименование мероприятия|Срок выполнения|Объем финансирования, млн тенге|Источник финансирования|"
                "Ответственный исполнитель",
                "№|Объект|Іс-шараның атауы|Орындау мерзімі|Қаржыландыру көлемі, млн теңге|Қаржыландыру көзі|Жауапты орындаушы",
                "TT|Làng nghề, cụm công nghiệp|Nội dung nhiệm vụ|Cơ quan chủ trì|Cơ quan phối hợp|Thời gian thực hiện|"
                "Kinh phí dự kiến (triệu đồng)"),
    "t1.sources": ("собственные средства|местный бюджет|республиканский бюджет (программа «Ауыз су»)",
                   "меншікті қаражат|жергілікті бюджет|республикалық бюджет («Ауыз су» бағдарламасы)", ""),
}  # fmt: skip
# object: [(measure, term, responsible)] (VI: village: [(task, lead, partner, term)])
VODOKANAL_PLAN = {
    "ru": (
        ("Водозабор «Иртышский»", (
            ("Оборудовать скважины водозабора приборами учета забираемой воды", "III квартал 2026 г.", "Начальник цеха водоснабжения"),
            ("Провести ревизию зоны санитарной охраны первого пояса водозабора", "до 1 мая 2026 г.", "Инженер по охране окружающей среды"))),
        ("Канализационные очистные сооружения", (
            ("Заменить аэрационную систему аэротенков № 1–4 на мелкопузырчатую", "2026–2027 гг.", "Начальник цеха очистных сооружений"),
            ("Построить блок доочистки и ультрафиолетового обеззараживания очищенных сточных вод", "IV квартал 2028 г.",
             "Отдел капитального строительства"),
            ("Внедрить механическое обезвоживание осадка на ленточных фильтр-прессах", "2027 г.", "Главный инженер"))),
        ("Иловые площадки", (
            ("Провести рекультивацию отработанных карт иловых площадок", "2028 г.", "Начальник цеха очистных сооружений"),)),
        ("Канализационные сети", (
            ("Выполнить санацию главного коллектора методом бестраншейной реновации", "2026–2028 гг.", "Служба эксплуатации сетей"),
            ("Установить приборы учета на выпусках промышленных абонентов в городскую канализацию", "II квартал 2026 г.",
             "Абонентский отдел"))),
    ),
    "kk": (
        ("«Ертіс» су тартқышы", (
            ("Су тартқыш ұңғымаларын алынатын суды есепке алу аспаптарымен жабдықтау", "2026 жылғы III тоқсан", "Сумен жабдықтау цехының бастығы"),
            ("Су тартқыштың бірінші белдеуінің санитариялық қорғау аймағына тексеру жүргізу", "2026 жылғы 1 мамырға дейін",
             "Қоршаған ортаны қорғау жөніндегі инженер"))),
        ("Кәріз тазарту құрылыстары", (
            ("№ 1–4 аэротенктердің аэрациялық жүйесін ұсақ көпіршікті жүйеге ауыстыру", "2026–2027 жж.", "Тазарту құрылыстары цехының бастығы"),
            ("Тазартылған ағынды суларды қосымша тазарту және ультракүлгін сәулемен залалсыздандыру блогын салу", "2028 жылғы IV тоқсан",
             "Күрделі құрылыс бөлімі"),
            ("Тұнбаны таспалы сүзгі-престерде механикалық сусыздандыруды енгізу", "2027 ж.", "Бас инженер"))),
        ("Лай алаңдары", (
            ("Лай алаңдарының пайдаланылған карталарын рекультивациялау", "2028 ж.", "Тазарту құрылыстары цехының бастығы"),)),
        ("Кәріз желілері", (
            ("Бас коллекторды траншеясыз жаңарту әдісімен санациялау", "2026–2028 жж.", "Желілерді пайдалану қызметі"),
            ("Өнеркәсіптік абоненттердің қалалық кәрізге шығарылымдарына есепке алу аспаптарын орнату", "2026 жылғы II тоқсан",
             "Абоненттік бөлім"))),
    ),
    "vi": (
        ("Làng nghề tái chế giấy Phong Khê", (
            ("Đầu tư xây dựng trạm xử lý nước thải tập trung công suất 5.000 m3/ngày.đêm", "UBND huyện Yên Phong",
             "Sở Nông nghiệp và Môi trường", "2026–2027"),
            ("Di dời các cơ sở sản xuất gây ô nhiễm vào cụm công nghiệp", "UBND xã Phong Khê", "Sở Công Thương", "2026–2028"))),
        ("Làng nghề đúc đồng Đại Bái", (
            ("Hỗ trợ các hộ sản xuất lắp đặt hệ thống thu gom, xử lý khí thải lò nấu", "UBND huyện Gia Bình",
             "Sở Khoa học và Công nghệ", "Năm 2026"),)),
        ("Cụm công nghiệp Hạp Lĩnh", (
            ("Hoàn thiện hệ thống thu gom, thoát nước mưa và nước thải riêng biệt", "Công ty TNHH Hạ tầng Hạp Lĩnh",
             "Sở Xây dựng", "Quý IV/2026"),
            ("Lắp đặt trạm quan trắc nước thải tự động, liên tục tại cửa xả", "Công ty TNHH Hạ tầng Hạp Lĩnh",
             "Sở Nông nghiệp và Môi trường", "Quý II/2027"))),
        ("Làng nghề chế biến nông sản Tân Hòa", (
            ("Xây dựng điểm tập kết chất thải rắn sản xuất và ký hợp đồng thu gom", "UBND xã Tân Hòa",
             "Hợp tác xã Dịch vụ môi trường Tân Hòa", "Tháng 9/2026"),)),
    ),
}  # fmt: skip


PLAN_MONEY = {
    "kz": (
        ((15, 60), (2, 8)),
        ((800, 2400), (1200, 4500), (300, 900)),
        ((40, 160),),
        ((600, 3000), (20, 90)),
    ),
    "vi": (
        ((45000, 120000), (20000, 80000)),
        ((3000, 12000),),
        ((8000, 30000), (1500, 3500)),
        ((400, 1500),),
    ),
}
"""The cost of each measure of VODOKANAL_PLAN: million tenge (KZ), million dong (VI)."""


def tasks_y1(doc: Doc) -> None:
    """A vodokanal's plan of measures grouped by object — the object merged down the second column over its measures,
    numbered straight through — with the term, the money, its source and the responsible (VI: a province's plan for
    craft villages and industrial clusters, the village merged down, the lead and the partner bodies before the term)."""
    vi = doc.lang == "vi"
    operator = doc.pick(_list(doc, "t1.operators")) if not vi else ""
    doc.h(_t(doc, "t1.title"))
    doc.p(_t(doc, "t1.p").format(operator=operator, n=doc.rng.randint(20, 300), day=doc.rng.randint(2, 27)))
    head = _row(doc, "t1.head")
    rows, merges, k = [head], [], 0
    costs = PLAN_MONEY["vi" if vi else "kz"]
    for (obj, items), ranges in zip(VODOKANAL_PLAN[doc.lang], costs, strict=True):
        start = len(rows)
        for item, (low, high) in zip(items, ranges, strict=True):
            if len(items) > 2 and doc.rng.random() < 0.25:
                continue
            k += 1
            money = num(_sig(doc.rng.uniform(low, high), 3), doc.lang)
            lead = obj if len(rows) == start else None
            if vi:
                text, who, partner, term = item
                rows.append([str(k), lead, text, who, partner, term, money])
            else:
                text, term, who = item
                rows.append([str(k), lead, text, term, money, doc.pick(_list(doc, "t1.sources")), who])
            doc.add("obligations", task(str(k), text, who))
        _down(rows, start, 1, merges)
    doc.table(None, rows, merges, role="tasks")
    maybe_distractor(doc)


TEXT |= {
    "t2.title": ("Программа управления коммунальными отходами города на 2026–2030 годы",
                 "Қаланың 2026–2030 жылдарға арналған коммуналдық қалдықтарды басқару бағдарламасы",
                 "KẾ HOẠCH THU GOM, XỬ LÝ NƯỚC THẢI ĐÔ THỊ TRÊN ĐỊA BÀN THÀNH PHỐ ĐẾN NĂM 2030"),
    "t2.h": ("Раздел 5. Паспорта мероприятий", "5-бөлім. Іс-шаралардың паспорттары", "IV. NHIỆM VỤ CỤ THỂ"),
    "t2.p": ("Каждое мероприятие программы описано ниже набором обязательных сведений.",
             "Бағдарламаның әрбір іс-шарасы төменде міндетті мәліметтер жиынымен сипатталған.",
             "Các nhiệm vụ cụ thể được giao như sau:"),
    "t2.labels": ("Наименование мероприятия|Срок реализации|Ответственный исполнитель|Соисполнители|"
                  "Объем финансирования, млн тенге|Ожидаемый результат",
                  "Іс-шараның атауы|Іске асыру мерзімі|Жауапты орындаушы|Бірлескен орындаушылар|Қаржыландыру көлемі, млн теңге|"
                  "Күтілетін нәтиже",
                  "Tên nhiệm vụ|Thời gian thực hiện|Cơ quan chủ trì|Cơ quan phối hợp|Kinh phí dự kiến (tỷ đồng)|Sản phẩm"),
}  # fmt: skip
# (measure, term, responsible, words expected of it, co-executors, result)
WASTE_PROGRAMME = {
    "ru": (
        ("Строительство мусоросортировочного комплекса мощностью 150 тыс. т в год", "2026–2027 гг.",
         "ГУ «Отдел жилищно-коммунального хозяйства города»", "Отдел жилищно-коммунального хозяйства",
         "ТОО «Эко Сервис Групп» (по согласованию)", "доля переработки ТБО – не менее 25 %"),
        ("Рекультивация закрытого полигона ТБО по ул. Северной", "2027–2028 гг.", "ГУ «Отдел земельных отношений города»",
         "Отдел земельных отношений", "ГКП на ПХВ «Тазалык»", "рекультивировано 18 га нарушенных земель"),
        ("Организация пунктов приема вторичного сырья в каждом микрорайоне", "2026 г.", "ГКП на ПХВ «Тазалык»", "Тазалык",
         "акимы сельских округов", "открыто не менее 12 пунктов приема"),
        ("Приобретение контейнеров для раздельного сбора (2 500 шт.)", "I полугодие 2026 г.", "ГКП на ПХВ «Тазалык»", "Тазалык",
         "управляющие компании (по согласованию)", "охват раздельным сбором – 60 % жилого фонда"),
        ("Создание площадки приема и компостирования растительных отходов", "2027 г.",
         "ГУ «Отдел жилищно-коммунального хозяйства города»", "Отдел жилищно-коммунального хозяйства", "ГКП «Зеленстрой»",
         "компостирование до 8 тыс. т растительных отходов в год"),
    ),
    "kk": (
        ("Жылына 150 мың т қуаты бар қоқыс сұрыптау кешенін салу", "2026–2027 жж.",
         "«Қаланың тұрғын үй-коммуналдық шаруашылығы бөлімі» ММ", "тұрғын үй-коммуналдық шаруашылығы бөлімі",
         "«Эко Сервис Групп» ЖШС (келісім бойынша)", "ҚТҚ қайта өңдеу үлесі – кемінде 25 %"),
        ("Солтүстік көшесіндегі жабылған ҚТҚ полигонын рекультивациялау", "2027–2028 жж.", "«Қаланың жер қатынастары бөлімі» ММ",
         "жер қатынастары бөлімі", "«Тазалық» ШЖҚ МКК", "18 га бүлінген жер рекультивацияланды"),
        ("Әр шағын ауданда қайталама шикізатты қабылдау пункттерін ұйымдастыру", "2026 ж.", "«Тазалық» ШЖҚ МКК", "Тазалық",
         "ауылдық округтердің әкімдері", "кемінде 12 қабылдау пункті ашылды"),
        ("Бөлек жинауға арналған контейнерлер сатып алу (2 500 дана)", "2026 жылғы I жартыжылдық", "«Тазалық» ШЖҚ МКК", "Тазалық",
         "басқарушы компаниялар (келісім бойынша)", "тұрғын үй қорының 60 %-ы бөлек жинаумен қамтылды"),
        ("Өсімдік қалдықтарын қабылдау және компосттау алаңын құру", "2027 ж.",
         "«Қаланың тұрғын үй-коммуналдық шаруашылығы бөлімі» ММ", "тұрғын үй-коммуналдық шаруашылығы бөлімі",
         "«Зеленстрой» МКК", "жылына 8 мың т дейін өсімдік қалдықтарын компосттау"),
    ),
    "vi": (
        ("Đầu tư mở rộng mạng lưới thu gom nước thải lưu vực phía Bắc thành phố", "2026–2028",
         "Ban Quản lý dự án đầu tư xây dựng thành phố", "Ban Quản lý dự án đầu tư xây dựng",
         "Công ty Cổ phần Cấp thoát nước và Môi trường đô thị", "Tỷ lệ nước thải đô thị được thu gom đạt 70 %"),
        ("Nâng công suất Nhà máy xử lý nước thải Nhơn Bình lên 30.000 m3/ngày.đêm", "2027–2029", "Sở Xây dựng", "Sở Xây dựng",
         "Sở Tài chính; Sở Nông nghiệp và Môi trường", "Nhà máy được nâng công suất, nước thải đạt QCVN 14:2025/BTNMT"),
        ("Rà soát, yêu cầu các hộ gia đình đấu nối nước thải vào hệ thống thu gom", "Năm 2026", "UBND các phường",
         "UBND các phường", "Công ty Cổ phần Cấp thoát nước và Môi trường đô thị", "Danh sách hộ đã đấu nối"),
        ("Xây dựng lộ trình điều chỉnh giá dịch vụ thoát nước và xử lý nước thải", "Quý III/2026", "Sở Tài chính", "Sở Tài chính",
         "Sở Xây dựng", "Quyết định phê duyệt lộ trình giá"),
        ("Lắp đặt thiết bị quan trắc tự động, liên tục tại cửa xả các nhà máy xử lý nước thải", "Năm 2027",
         "Sở Nông nghiệp và Môi trường", "Sở Nông nghiệp và Môi trường", "Công ty Cổ phần Cấp thoát nước và Môi trường đô thị",
         "Số liệu quan trắc được truyền về Sở"),
    ),
}  # fmt: skip


PROGRAMME_MONEY = {
    "kz": ((3000, 9000), (400, 1500), (30, 120), (150, 400), (120, 500)),
    "vi": ((300, 900), (400, 1200), (0.5, 2), (0.2, 0.8), (5, 20)),
}
"""The cost of each measure of WASTE_PROGRAMME: million tenge (KZ), billion dong (VI)."""


def tasks_y2(doc: Doc) -> None:
    """Passports of a municipal programme's measures: no header row, each measure a block of label–value rows
    (measure, term, responsible, co-executors, money, expected result) with its number merged down the first column
    over the block (VI: a city's tasks for urban waste water, the lead and the partner bodies)."""
    doc.h(_t(doc, "t2.title"))
    doc.h(_t(doc, "t2.h"))
    doc.p(_t(doc, "t2.p"))
    labels = _list(doc, "t2.labels")
    rows, merges = [], []
    picked = sorted(doc.rng.sample(range(5), 4))
    for k, i in enumerate(picked, 1):
        text, term, who, key, partners, result = WASTE_PROGRAMME[doc.lang][i]
        low, high = PROGRAMME_MONEY["vi" if doc.lang == "vi" else "kz"][i]
        money = num(_sig(doc.rng.uniform(low, high), 3), doc.lang)
        start = len(rows)
        for label, value in zip(labels, (text, term, who, partners, money, result), strict=True):
            rows.append([str(k) if len(rows) == start else None, label, value])
        _down(rows, start, 0, merges)
        doc.add("obligations", task(str(k), text, key))
    doc.table(None, rows, merges, role="tasks")
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"Y{k}", globals()[f"{role}_y{k}"]) for role in ROLES for k in (1, 2)]
"""`facility_y1` … `tasks_y2`, in the order of the roles."""
