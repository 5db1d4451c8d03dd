"""The twenty-ninth blind set's part HS (two layouts per role, `HS1` and `HS2`), written by someone who neither
ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`; held out and measured once (0.632
over 126 files when first measured after the registering commit, 2026-12-06), then moved to the tuning layouts to be
studied.

Theme: industrial parks and special economic zones — the zone's management company with its central treatment plant
(ЦОС) and the participants (tenants) connected to its sewers, where the places are the tenants' connection manholes
`КК-n`, the plant's inlet and outlet `Вып-1` and the river's sections above and below it. Kazakhstan: the special
economic zones «Сарыарқа» (Karaganda), «Павлодар» and «Оңтүстік» (Shymkent) with metal, cable, food, chemical,
plastics and textile participants (the registration card of the plant's automated monitoring system, the zone's GIS
export of its plots, a consolidated volume of emission norms of the participants, the plant's НДВ, a programme of waste
management, a truck scale's summary, the AMS's quarterly report, an act of control sampling at a manhole, the sewerage
section of the zone's ПЭК programme, the plant laboratory's schedule, an operating regulation, the participants' control
cards, an emergency plan and a letter to a participant). Vietnam: the industrial parks Long Hậu (Long An), Nhơn Trạch 3
(Đồng Nai) and Tràng Duệ (Hải Phòng), their infrastructure companies' central waste-water plants and the secondary
enterprises (phiếu thông tin trạm quan trắc tự động, a GIS export in a báo cáo công tác bảo vệ môi trường, a summary of
the tenants' stack loads, báo cáo đề xuất cấp GPMT, GPMT annexes, phiếu cân, báo cáo quan trắc tự động, biên bản lấy mẫu
tại hố ga đấu nối, chương trình giám sát, quy trình vận hành, phiếu kiểm soát doanh nghiệp thứ cấp, kế hoạch ứng phó sự
cố, thông báo).

Facility: the registration card of a zone's central treatment plant in the information system of automated emission
monitoring, the plant's identity, KATO, category and the centre of its site in decimal degrees under a section row, then
inside the same table a header row of its own for the AMS posts, each with its own ID and coordinates in the same
notation, and the data transfer's lines (VI: the registration sheet of a park plant's automatic station with the
Department, the station codes `LAN_LHAU_NT01` and their coordinates beside the plant's) (HS1); the attribute table of
the `plots` layer exported from a zone's GIS with shapefile field names (`UCH_NO | ARENDATOR | BIN | OBJEKT | KATO |
KAT_EK | SOST | S_GA | GEOM`), a row per plot — tenants and the management company's own plant, vacant plots `NULL` —
the site only as the plot's centroid in WKT `POINT (73.21456 49.87123)`, longitude first with a decimal point, the
fields explained in a table of no role before it (VI: `MA_LO | TEN_DN | MST | … | GEOM`) (HS2).

Emissions: a zone's consolidated volume of emission norms (сводный том НДВ), a row spanning the table per participant,
each source with two numbers side by side — the zone's through numbering, which the note before the table puts in
force, and the participant's own, which starts at 0001 and 6001 again and so coincides with other sources' through
numbers — subtotals per participant and the zone's total (VI: a park's summary of its tenants' stack loads by permit,
stacks tagged with the park's own codes `KT-05.1` that are no source numbers) (HS1); the central treatment plant's НДВ
table of hydrogen sulphide, ammonia, methanethiol and methane from its structures, the maximum one-time emission under a
header `г/с × 10⁻³` — thousandths of a gram a second, as the paragraph before says — beside the tonnes a year as they
are, a row of graph numbers (VI: the plant's odour loads in `mg/s` and `kg/năm` by unit with its surface) (HS2).

Wastes: the plant's waste section in a programme of waste management with the sludge given as dry solids, the cake's
humidity and the wet mass, the wet mass the amount; the excess activated sludge before thickening in the same table with
its dry solids, a dash for code and mass and `не является отходом` (VI: a GPMT annex, the sludge `12 06 05` as dry and
pressed tonnes under a section row, other CTNH in kilograms and ordinary wastes in tonnes under headers of their own)
(HS1); a truck scale's summary of the wastes sent away, months as rows and each waste a column group `брутто | тара |
нетто, кг`, grit taken away once a quarter, a closing year's row whose net weight alone is the amount (VI: `KL cân tổng |
KL xe | KL hàng`) (HS2).

Limits: the quarterly report of the plant's AMS, a row per parameter with the outlet's ДК, the inlet post's mean and
maximum and the outlet post's minimum, mean and maximum under merged headers, the hours above the norm and the data
completeness — statistics that give no single measured value, the norm binding the outlet `Вып-1` (VI: QCVN 40:2011/BTNMT
column A times Kq and Kf beside the count of hourly means, the share of data, daily means and days above the limit)
(HS1); an act of control sampling at a participant's connection manhole, the sample split with the participant, each
parameter with the agreement's ДК, the management company's result (the one the act says counts), the participant's
parallel result `(справочно)`, the exceedance ratio and the tariff's surcharge factor (VI: `Kết quả mẫu lưu Bên B (tham
khảo)`, `Hệ số K`) (HS2).

Monitoring: the sewerage section of a zone's ПЭК programme, the participants' connection manholes with their average
daily flow and the parameters of their industry, the frequency cell only `по примечанию 1`, and the note under the table
giving the frequency by the flow (over 100 m3 a day monthly, 20–100 quarterly, under 20 twice a year), the plant's inlet,
outlet and the river's sections with their frequency in the cell (VI: `Theo ghi chú (1)`, classes of 200 and 50 m3 a day)
(HS1); the plant laboratory's schedule as a matrix of parameters by the points along the treatment line in the order the
water flows, each cell the interval between samplings in days (`1`, `7`, `30`, `90`) under a merged header, sludge dose,
sludge index and temperature without a substance (VI: a GPMT's programme whose note exempts the automatically measured
parameters of the outlet from its periodic sampling, as Decree 08/2022 allows, and the sludge tested by QCVN 07:2009
once a year) (HS2).

Inspections: the inspections of a plant's operating regulation numbered as a tree — `1` the stage of treatment, `1.1` the
structure, `1.1.1` the check — the upper levels only headings, checks every shift beside daily to twice-yearly ones (VI:
`Mục 5`, items `5.1.1.1`, `Mỗi ca`) (HS1); the management company's control cards of its participants, one small table
per participant, the frequency a printed row of options `☐ ежемесячно ☒ ежеквартально ☐ 1 раз в полугодие ☐ ежегодно`
of which only the ticked one holds, a row with no box ticked `не применяется` that is no check (VI: `Phiếu kiểm soát
doanh nghiệp thứ cấp`, `☒ 03 tháng/lần`) (HS2).

Tasks: the zone's plan of action in emergencies on its sewerage and plant under scenario rows, actions `1.1`, the one
who acts, the reaction time and a last column of who is notified, the participant that caused a shock discharge among
those who act (VI: `Tình huống 1`, `Thông báo cho`) (HS1); the management company's letter to a participant after an
exceedance — letterhead, number, the addressee line `Директору ТОО «…»`, the exceedances told in prose — and a table of
requirements with terms and the document that proves each, with no column for who acts because the whole letter is
addressed to the participant, a copy line naming the Department of Ecology (VI: a `Thông báo`, `Kính gửi: Công ty …`)
(HS2).

The words of each layout are in the text tables (RU, KK, VI).
"""

from __future__ import annotations

from decimal import Decimal

from . import vocab
from .common import FREQ, Doc, distractor, freq, make_bin, make_msdn, maybe_distractor, num, rate
from .limits_data import DISCHARGE, QCVN40, add, cell, limit
from .registry import ROLES, Layout
from .sources_data import emission, total

# ---------------------------------------------------------------- helpers


def _L(doc: Doc) -> int:
    """0 for a Russian document, 1 for a Kazakh one."""
    return 0 if doc.lang == "ru" else 1


def _sig(x: float, digits: int = 3) -> float:
    return float(f"{x:.{digits}g}")


def _words(text: str, n: int = 5) -> str:
    return " ".join(text.split()[:n])


def _core(name: str) -> str:
    """The quoted part of a name (`Сарыарқа Индастриал Сервис` of `ТОО «Сарыарқа Индастриал Сервис»`)."""
    return name.split("«", 1)[1].split("»", 1)[0] if "«" in name else name


def _vcore(name: str) -> str:
    """A Vietnamese company's name without its legal form (`Dệt nhuộm Hiệp Phước` of `Công ty TNHH Dệt nhuộm Hiệp Phước`)."""
    for form in ("Công ty TNHH ", "Công ty Cổ phần "):
        if name.startswith(form):
            return name[len(form):]
    return name


def _span(rows: list, merges: list, text: str, width: int) -> None:
    """A row whose first cell spans the table."""
    rows.append([text] + [None] * (width - 1))
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))


def _kato(doc: Doc, prefix: str) -> str:
    """A nine-digit KATO code starting with the city's or district's prefix."""
    r = doc.rng
    rest = 9 - len(prefix) - 3
    return f"{prefix}{r.randint(10 ** (rest - 1), 10**rest - 1)}{r.choice(('000', '100'))}"


def _mul(x: float, n: float) -> float:
    """x × n without binary noise."""
    return float(Decimal(repr(x)) * Decimal(repr(n)))


def _div(x: float, n: float) -> float:
    """x ÷ n without binary noise (12,4 ÷ 1000 is 0,0124)."""
    return float(Decimal(repr(x)) / Decimal(repr(n)))


DAILY = {"ru": ("ежедневно",), "kk": ("күн сайын",), "vi": ("hằng ngày", "01 lần/ngày")}
WEEKLY = {"ru": ("еженедельно",), "kk": ("апта сайын",), "vi": ("hằng tuần", "01 lần/tuần")}


def _often(doc: Doc, word: str) -> str:
    if word == "daily":
        return doc.pick(DAILY[doc.lang])
    if word == "weekly":
        return doc.pick(WEEKLY[doc.lang])
    return freq(doc, word)


def _w(doc: Doc, s: str) -> str:
    """A water parameter's name; fats are no key of vocab.WATER but of the reference list (`FOG`)."""
    if s == "FOG":
        return doc.v("Жиры", "Майлар", "Dầu mỡ động thực vật")
    return vocab.water(s, doc.lang)


def _wnames(doc: Doc, keys, sep: str = ", ") -> str:
    return sep.join(_w(doc, s) for s in keys)


# ---------------------------------------------------------------- the parks

# tenants: (RU name, KK name, RU object, KK object, industry, category)
KZ_SEZ = (
    {"core": "Сарыарқа", "sez": ("СЭЗ «Сарыарқа»", "«Сарыарқа» АЭА"),
     "place": ("Карагандинская область, г. Караганда, район Әлихан Бөкейхан", "Қарағанды облысы, Қарағанды қ., Әлихан Бөкейхан ауданы"),
     "kato": "3510", "lat": 49.871, "lon": 73.214, "river": ("р. Сокыр", "Соқыр өзені"),
     "uk": ("ТОО «Сарыарқа Индастриал Сервис»", "«Сарыарқа Индастриал Сервис» ЖШС"),
     "dept": ("Департамент экологии по Карагандинской области", "Қарағанды облысы бойынша экология департаменті"),
     "tenants": (
         ("ТОО «Сарыарқа Металл Құрылым»", "«Сарыарқа Металл Құрылым» ЖШС", "Завод металлоконструкций", "Металл конструкциялар зауыты", "metal", "II"),
         ("ТОО «Karaganda Cable Works»", "«Karaganda Cable Works» ЖШС", "Кабельный завод", "Кабель зауыты", "cable", "II"),
         ("ТОО «Қарағанды Ет Өнімдері»", "«Қарағанды Ет Өнімдері» ЖШС", "Мясоперерабатывающий завод", "Ет өңдеу зауыты", "food", "II"),
         ("ТОО «Нұра Химпродукт»", "«Нұра Химпродукт» ЖШС", "Завод бытовой химии", "Тұрмыстық химия зауыты", "chem", "III"),
         ("ТОО «Saryarka Logistics Hub»", "«Saryarka Logistics Hub» ЖШС", "Складской комплекс", "Қойма кешені", "logistic", "IV"))},
    {"core": "Павлодар", "sez": ("СЭЗ «Павлодар»", "«Павлодар» АЭА"),
     "place": ("Павлодарская область, г. Павлодар, Северная промышленная зона", "Павлодар облысы, Павлодар қ., Солтүстік өнеркәсіптік аймақ"),
     "kato": "5510", "lat": 52.352, "lon": 76.918, "river": ("р. Усолка", "Усолка өзені"),
     "uk": ("ТОО «Ертіс Индастриал Инфраструктура»", "«Ертіс Индастриал Инфрақұрылым» ЖШС"),
     "dept": ("Департамент экологии по Павлодарской области", "Павлодар облысы бойынша экология департаменті"),
     "tenants": (
         ("ТОО «Ертіс Полимер Құбыр»", "«Ертіс Полимер Құбыр» ЖШС", "Завод полиэтиленовых труб", "Полиэтилен құбырлар зауыты", "plastic", "III"),
         ("ТОО «Павлодар Химпродукт»", "«Павлодар Химпродукт» ЖШС", "Завод минеральных солей", "Минералды тұздар зауыты", "chem", "II"),
         ("ТОО «Ертіс Алюминий Профиль»", "«Ертіс Алюминий Профиль» ЖШС", "Завод алюминиевого профиля", "Алюминий профиль зауыты", "metal", "II"),
         ("ТОО «Ертіс Ет Комбинаты»", "«Ертіс Ет Комбинаты» ЖШС", "Мясокомбинат", "Ет комбинаты", "food", "II"),
         ("ТОО «Солтүстік Логистика»", "«Солтүстік Логистика» ЖШС", "Контейнерный терминал", "Контейнер терминалы", "logistic", "IV"))},
    {"core": "Оңтүстік", "sez": ("СЭЗ «Оңтүстік»", "«Оңтүстік» АЭА"),
     "place": ("г. Шымкент, Абайский район", "Шымкент қ., Абай ауданы"),
     "kato": "7916", "lat": 42.371, "lon": 69.548, "river": ("р. Бадам", "Бадам өзені"),
     "uk": ("ТОО «Оңтүстік Инфра Сервис»", "«Оңтүстік Инфра Сервис» ЖШС"),
     "dept": ("Департамент экологии по городу Шымкент", "Шымкент қаласы бойынша экология департаменті"),
     "tenants": (
         ("ТОО «Shymkent Denim»", "«Shymkent Denim» ЖШС", "Фабрика джинсовой ткани с красильным производством", "Бояу өндірісі бар джинсы мата фабрикасы",
          "textile", "II"),
         ("ТОО «Оңтүстік Мақта Иірімі»", "«Оңтүстік Мақта Иірімі» ЖШС", "Хлопкопрядильная фабрика", "Мақта иіру фабрикасы", "textile", "III"),
         ("ТОО «Бадам Трикотаж»", "«Бадам Трикотаж» ЖШС", "Трикотажная фабрика с отделочным цехом", "Әрлеу цехы бар трикотаж фабрикасы", "textile", "II"),
         ("ТОО «Shymkent Textile Chemicals»", "«Shymkent Textile Chemicals» ЖШС", "Завод текстильных вспомогательных веществ",
          "Тоқыма қосалқы заттары зауыты", "chem", "II"),
         ("ТОО «Оңтүстік Тігін»", "«Оңтүстік Тігін» ЖШС", "Швейная фабрика", "Тігін фабрикасы", "domestic", "IV"))},
)  # fmt: skip

# tenants: (name, object, industry, group)
VN_PARKS = (
    {"park": "Khu công nghiệp Long Hậu", "short": "KCN Long Hậu", "core": "Long Hậu", "place": "xã Long Hậu, huyện Cần Giuộc, tỉnh Long An",
     "lat": 10.632, "lon": 106.724, "river": "sông Soài Rạp", "infra": "Công ty Cổ phần Phát triển Hạ tầng Long Hậu Mới",
     "board": "Ban Quản lý Khu kinh tế tỉnh Long An", "dept": "Sở Tài nguyên và Môi trường tỉnh Long An", "code": "LAN", "st": "LHAU",
     "tenants": (
         ("Công ty TNHH Thực phẩm Đông lạnh Sài Gòn Long Hậu", "Nhà máy chế biến thực phẩm đông lạnh", "food", "II"),
         ("Công ty TNHH Cơ khí Chính xác Kanto Việt Nam", "Nhà máy gia công cơ khí và sơn tĩnh điện", "metal", "II"),
         ("Công ty Cổ phần Hóa mỹ phẩm Phương Nam", "Nhà máy sản xuất chất tẩy rửa", "chem", "II"),
         ("Công ty TNHH Dệt nhuộm Cần Giuộc", "Nhà máy dệt nhuộm", "textile", "I"),
         ("Công ty TNHH Kho vận Lạnh Cần Giuộc", "Kho lạnh và trung tâm phân phối", "logistic", "III"))},
    {"park": "Khu công nghiệp Nhơn Trạch 3", "short": "KCN Nhơn Trạch 3", "core": "Nhơn Trạch 3", "place": "xã Hiệp Phước, huyện Nhơn Trạch, tỉnh Đồng Nai",
     "lat": 10.748, "lon": 106.935, "river": "rạch Bà Ký", "infra": "Công ty TNHH Hạ tầng Nhơn Trạch Xanh",
     "board": "Ban Quản lý các Khu công nghiệp Đồng Nai", "dept": "Sở Tài nguyên và Môi trường tỉnh Đồng Nai", "code": "DNA", "st": "NTR3",
     "tenants": (
         ("Công ty TNHH Dệt nhuộm Hiệp Phước", "Nhà máy dệt nhuộm vải", "textile", "I"),
         ("Công ty TNHH Sợi Polyester Tín Nghĩa", "Nhà máy kéo sợi polyester", "textile", "II"),
         ("Công ty TNHH Linh kiện Điện tử Hòa Phong", "Nhà máy lắp ráp linh kiện điện tử", "metal", "II"),
         ("Công ty Cổ phần Sữa Đồng Nai Xanh", "Nhà máy chế biến sữa", "food", "II"),
         ("Công ty TNHH Kho vận Long Tân", "Trung tâm kho vận", "logistic", "III"))},
    {"park": "Khu công nghiệp Tràng Duệ", "short": "KCN Tràng Duệ", "core": "Tràng Duệ", "place": "xã Lê Lợi, huyện An Dương, thành phố Hải Phòng",
     "lat": 20.861, "lon": 106.582, "river": "sông Lạch Tray", "infra": "Công ty Cổ phần Hạ tầng Tràng Duệ An Phát",
     "board": "Ban Quản lý Khu kinh tế Hải Phòng", "dept": "Sở Tài nguyên và Môi trường thành phố Hải Phòng", "code": "HPG", "st": "TDUE",
     "tenants": (
         ("Công ty TNHH Điện tử Quang Minh Hải Phòng", "Nhà máy sản xuất bảng mạch điện tử", "metal", "II"),
         ("Công ty TNHH Dệt may An Dương", "Nhà máy may mặc và giặt", "textile", "II"),
         ("Công ty TNHH Thực phẩm Lê Lợi", "Nhà máy chế biến thực phẩm", "food", "III"),
         ("Công ty TNHH Cơ khí Tàu thủy Tràng Duệ", "Xưởng chế tạo kết cấu thép", "metal", "II"),
         ("Công ty TNHH Logistics Cảng Xanh", "Kho bãi và trung tâm logistics", "logistic", "III"))},
)  # fmt: skip

# what each industry sends to the park's sewer (the parameters its waste water is checked for)
IND_WATER = {
    "food": ("pH", "TSS", "BOD5", "COD", "FOG"), "metal": ("pH", "TSS", "TPH", "Fe", "Zn"), "cable": ("pH", "TSS", "Cu", "TPH"),
    "chem": ("pH", "COD", "TSS", "SO4", "Cl-"), "textile": ("pH", "COD", "TSS", "Surfactants", "BOD5"), "plastic": ("pH", "TSS", "COD", "TPH"),
    "logistic": ("pH", "TSS", "TPH"), "domestic": ("pH", "TSS", "BOD5", "COD", "NH4+"),
}


def _sez(doc: Doc) -> dict:
    return doc.pick(KZ_SEZ)


def _park(doc: Doc) -> dict:
    return doc.pick(VN_PARKS)


# ---------------------------------------------------------------- facility


def _deg(doc: Doc, value: float, n: int = 5) -> str:
    return num(round(value, n), doc.lang)


def facility_hs1(doc: Doc) -> None:
    """The registration card of a special economic zone's central treatment plant (ЦОС) in the information system of
    automated emission monitoring: `№ | показатель | значение` under section rows — the operator (the zone's management
    company) with its BIN, the plant with its address, KATO, category and the centre of its site in decimal degrees, the
    permit's number and the capacity — and then, inside the same table, the AMS posts under a header row of their own
    (`ID поста | место установки | координаты | параметры`), the inlet's and the outlet's posts with their own IDs and
    coordinates in the same notation, and the data transfer's lines (VI: the registration sheet of a park's central
    treatment plant's automatic station with the Department, the station's code `LAN_LHAU_NT01` and its coordinates
    beside the plant's)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_hs1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    z = _sez(doc)
    bin_, kato = make_bin(r), _kato(doc, z["kato"])
    lat = round(z["lat"] + r.uniform(-0.02, 0.02), 5)
    lon = round(z["lon"] + r.uniform(-0.02, 0.02), 5)
    cap = r.choice((8, 12, 16, 24)) * 1000
    obj = g(f"Центральные очистные сооружения {z['sez'][0]}", f"{z['sez'][1]} орталық тазарту құрылыстары", "")
    permit = f"KZ{r.randint(10, 99)}VCZ{r.randint(10**7, 10**8 - 1):08d}"
    doc.h(g("Карточка объекта, оснащенного автоматизированной системой мониторинга эмиссий",
            "Эмиссиялар мониторингінің автоматтандырылған жүйесімен жабдықталған объектінің карточкасы", ""))
    doc.p(g(f"Карточка заполнена оператором для регистрации постов АСМ в информационной системе уполномоченного органа в области "
            f"охраны окружающей среды. Рег. № карточки: АСМ-{z['kato'][:2]}-{r.randint(100, 999)}.",
            f"Карточканы оператор қоршаған ортаны қорғау саласындағы уәкілетті органның ақпараттық жүйесінде АМЖ бекеттерін тіркеу үшін "
            f"толтырды. Карточканың тір. №: АМЖ-{z['kato'][:2]}-{r.randint(100, 999)}.", ""))
    rows: list = []
    merges: list = []
    _span(rows, merges, g("1. Сведения об объекте", "1. Объект туралы мәліметтер", ""), 4)

    def line(no: str, label: str, value: str) -> None:
        rows.append([no, label, value, None])
        merges.append((len(rows) - 1, 2, len(rows) - 1, 3))

    line("1.1", g("Оператор (юридическое лицо)", "Оператор (заңды тұлға)", ""), z["uk"][L])
    line("1.2", g("БИН оператора", "Оператордың БСН", ""), bin_)
    line("1.3", g("Наименование объекта", "Объектінің атауы", ""), obj)
    line("1.4", g("Адрес объекта", "Объектінің мекенжайы", ""),
         g(f"{z['place'][0]}, {z['sez'][0]}, участок № {r.randint(30, 60)}", f"{z['place'][1]}, {z['sez'][1]}, № {r.randint(30, 60)} учаске", ""))
    line("1.5", g("Код КАТО", "ҚАТО коды", ""), kato)
    line("1.6", g("Категория объекта", "Объектінің санаты", ""), "II")
    line("1.7", g("Координаты объекта (центр площадки ЦОС), WGS-84", "Объектінің координаттары (ОТҚ алаңының орталығы), WGS-84", ""),
         g(f"{_deg(doc, lat)}° с.ш.; {_deg(doc, lon)}° в.д.", f"с.е. {_deg(doc, lat)}°; ш.б. {_deg(doc, lon)}°", ""))
    line("1.8", g("Экологическое разрешение на воздействие", "Әсер етуге экологиялық рұқсат", ""),
         g(f"№ {permit} от {r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2024", f"2024 ж. {r.randint(1, 28):02d}.{r.randint(1, 12):02d} № {permit}", ""))
    line("1.9", g("Проектная производительность", "Жобалық өнімділігі", ""), g(f"{num(cap, 'ru')} м3/сут", f"тәулігіне {num(cap, 'kk')} м3", ""))
    line("1.10", g("Водоприемник", "Су қабылдағыш", ""), g(f"{z['river'][0]}, выпуск Вып-1", f"{z['river'][1]}, Вып-1 шығарылымы", ""))
    _span(rows, merges, g("2. Посты АСМ", "2. АМЖ бекеттері", ""), 4)
    rows.append(g(["ID поста", "Место установки", "Координаты поста, WGS-84", "Измеряемые параметры"],
                  ["Бекеттің ID", "Орнатылған орны", "Бекеттің координаттары, WGS-84", "Өлшенетін параметрлер"], []))
    region = z["kato"][:2]
    posts = (
        (f"KZ{region}-ASM-{r.randint(1000, 9999)}-01", g("вход ЦОС, приемная камера (пост АСМ-В1)", "ОТҚ кірісі, қабылдау камерасы (АМЖ-К1 бекеті)", ""),
         lat + r.uniform(-0.004, 0.004), lon + r.uniform(-0.004, 0.004),
         g("расход, pH, ХПК, взвешенные вещества", "шығын, pH, ОХТ, қалқыма заттар", "")),
        (f"KZ{region}-ASM-{r.randint(1000, 9999)}-02", g("выпуск Вып-1, колодец перед оголовком (пост АСМ-С1)", "Вып-1 шығарылымы, ұштық алдындағы құдық (АМЖ-Ш1 бекеті)", ""),
         lat + r.uniform(-0.012, -0.006), lon + r.uniform(0.006, 0.012),
         g("расход, температура, pH, ХПК, взвешенные вещества, аммоний-ион", "шығын, температура, pH, ОХТ, қалқыма заттар, аммоний-ион", "")),
    )
    for pid, where, la, lo, what in posts:
        la, lo = round(la, 5), round(lo, 5)
        rows.append([pid, where, g(f"{_deg(doc, la)}° с.ш.; {_deg(doc, lo)}° в.д.", f"с.е. {_deg(doc, la)}°; ш.б. {_deg(doc, lo)}°", ""), what])
    _span(rows, merges, g("3. Передача данных", "3. Деректерді беру", ""), 4)
    line("3.1", g("Интервал передачи данных", "Деректерді беру аралығы", ""), g("20 мин (усредненные значения)", "20 мин (орташаланған мәндер)", ""))
    line("3.2", g("Ответственный за работу АСМ", "АМЖ жұмысына жауапты", ""),
         g(f"инженер КИПиА {doc.pick(('Жакупов Р.Т.', 'Ильин С.В.', 'Омарова Г.К.'))}",
           f"БӨАжА инженері {doc.pick(('Жақыпов Р.Т.', 'Ильин С.В.', 'Омарова Г.Қ.'))}", ""))
    doc.table(g("Таблица 1 – Сведения для регистрации", "1-кесте – Тіркеуге арналған мәліметтер", ""), rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": z["core"], "kato": kato, "category": "II", "lat": lat, "lon": lon})
    doc.p(g("Оператор подтверждает, что средства измерений АСМ внесены в реестр государственной системы обеспечения единства измерений.",
            "Оператор АМЖ өлшеу құралдары өлшем бірлігін қамтамасыз етудің мемлекеттік жүйесінің тізіліміне енгізілгенін растайды.", ""))
    maybe_distractor(doc, 0.3)


def _facility_hs1_vi(doc: Doc) -> None:
    r = doc.rng
    p = _park(doc)
    msdn = make_msdn(r)
    lat = round(p["lat"] + r.uniform(-0.01, 0.01), 5)
    lon = round(p["lon"] + r.uniform(-0.01, 0.01), 5)
    cap = r.choice((4, 6, 8, 12)) * 1000
    name = f"Nhà máy xử lý nước thải tập trung {p['short']}"
    doc.h("PHIẾU THÔNG TIN TRẠM QUAN TRẮC NƯỚC THẢI TỰ ĐỘNG, LIÊN TỤC")
    doc.p(f"Kính gửi: {p['dept']}. Thực hiện Thông tư số 10/2021/TT-BTNMT, {p['infra']} cung cấp thông tin về trạm quan trắc tự động, "
          "liên tục để kết nối, truyền số liệu như sau.")
    rows: list = []
    merges: list = []
    _span(rows, merges, "I. THÔNG TIN VỀ CƠ SỞ", 4)

    def line(no: str, label: str, value: str) -> None:
        rows.append([no, label, value, None])
        merges.append((len(rows) - 1, 2, len(rows) - 1, 3))

    line("1", "Tên cơ sở", name)
    line("2", "Chủ cơ sở", p["infra"])
    line("3", "Mã số doanh nghiệp", msdn)
    line("4", "Địa chỉ", f"{p['park']}, {p['place']}")
    line("5", "Phân loại theo tiêu chí về môi trường", "Nhóm I")
    line("6", "Tọa độ nhà máy (VN-2000 quy đổi WGS-84)", f"{_deg(doc, lat)}° vĩ độ Bắc; {_deg(doc, lon)}° kinh độ Đông")
    line("7", "Giấy phép môi trường", f"Số {r.randint(40, 480)}/GPMT-BTNMT ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2023")
    line("8", "Công suất thiết kế", f"{num(cap, 'vi')} m3/ngày.đêm")
    line("9", "Nguồn tiếp nhận nước thải", f"{p['river']} (điểm xả NT1)")
    _span(rows, merges, "II. THÔNG TIN VỀ TRẠM QUAN TRẮC", 4)
    rows.append(["Mã trạm", "Vị trí lắp đặt", "Tọa độ trạm (WGS-84)", "Thông số quan trắc"])
    stations = ((f"{p['code']}_{p['st']}_NT00", "Hố thu gom nước thải đầu vào",
                 lat + r.uniform(-0.003, 0.003), lon + r.uniform(-0.003, 0.003), "Lưu lượng, pH, COD"),
                (f"{p['code']}_{p['st']}_NT01", "Sau bể khử trùng, trước điểm xả NT1",
                 lat + r.uniform(0.004, 0.008), lon + r.uniform(-0.008, -0.004), "Lưu lượng, nhiệt độ, pH, COD, TSS, Amoni, Tổng nitơ, Tổng phốt pho"))
    for code, where, la, lo, what in stations:
        rows.append([code, where, f"{_deg(doc, round(la, 5))}° B; {_deg(doc, round(lo, 5))}° Đ", what])
    _span(rows, merges, "III. TRUYỀN SỐ LIỆU", 4)
    line("1", "Phương thức truyền", "FTP, tệp dữ liệu định dạng .txt theo Thông tư số 10/2021/TT-BTNMT")
    line("2", "Tần suất truyền", "05 phút/lần")
    doc.table("Bảng 1. Thông tin cơ sở và trạm quan trắc", rows, merges, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": p["core"], "category": "I", "lat": lat, "lon": lon})
    maybe_distractor(doc, 0.3)


# (field, RU description, KK description)
GIS_FIELDS = (
    ("UCH_NO", "номер участка по генеральному плану СЭЗ", "АЭА бас жоспары бойынша учаске нөмірі"),
    ("ARENDATOR", "землепользователь (участник СЭЗ или управляющая компания)", "жер пайдаланушы (АЭА қатысушысы немесе басқарушы компания)"),
    ("BIN", "БИН землепользователя", "жер пайдаланушының БСН"),
    ("OBJEKT", "наименование объекта на участке", "учаскедегі объектінің атауы"),
    ("KATO", "код КАТО", "ҚАТО коды"),
    ("KAT_EK", "категория объекта по статье 12 Экологического кодекса", "Экология кодексінің 12-бабы бойынша объектінің санаты"),
    ("SOST", "состояние участка", "учаскенің жай-күйі"),
    ("S_GA", "площадь участка, га", "учаскенің ауданы, га"),
    ("GEOM", "геометрия: центроид участка в формате WKT, EPSG:4326 (долгота, широта)",
     "геометрия: учаске центроиды WKT форматында, EPSG:4326 (бойлық, ендік)"),
)


def facility_hs2(doc: Doc) -> None:
    """The attribute table of the `plots` layer exported from a special economic zone's GIS (shapefile field names in
    Latin capitals: `UCH_NO | ARENDATOR | BIN | OBJEKT | KATO | KAT_EK | SOST | S_GA | GEOM`), a row per plot — the tenants'
    plants and the management company's own treatment plant, each with its BIN, KATO and category, vacant plots with
    `NULL` — the site of each written only as the plot's centroid in WKT, `POINT (73.21456 49.87123)`, longitude first
    and with a decimal point; the fields explained in a table of no role before it (VI: the same export from an
    industrial park's GIS, `MA_LO | TEN_DN | MST | DU_AN | NHOM_MT | TRANG_THAI | DT_HA | GEOM`)."""
    r = doc.rng
    vi = doc.lang == "vi"
    g = doc.v
    if vi:
        p = _park(doc)
        tenants = [(n, o, grp) for n, o, _, grp in p["tenants"]]
        own = (p["infra"], f"Nhà máy xử lý nước thải tập trung {p['short']}", "I")
        lat0, lon0 = p["lat"], p["lon"]
        doc.h(f"BÁO CÁO TÌNH HÌNH HOẠT ĐỘNG VÀ CÔNG TÁC BẢO VỆ MÔI TRƯỜNG {p['short'].upper()} NĂM 2024")
        doc.p(f"Phụ lục 2. Dữ liệu thuộc tính lớp «Lô đất» xuất từ hệ thống thông tin địa lý (GIS) của {p['park']}, cập nhật đến "
              f"ngày 31/12/2024. Chủ đầu tư hạ tầng: {p['infra']}.")
        fields = [["Trường", "Mô tả"], ["MA_LO", "mã lô đất theo quy hoạch chi tiết"], ["TEN_DN", "doanh nghiệp thuê đất"],
                  ["MST", "mã số doanh nghiệp (mã số thuế)"], ["DU_AN", "tên dự án, cơ sở"],
                  ["NHOM_MT", "nhóm dự án, cơ sở theo tiêu chí về môi trường (Luật Bảo vệ môi trường 2020)"],
                  ["TRANG_THAI", "tình trạng lô đất"], ["DT_HA", "diện tích, ha"],
                  ["GEOM", "hình học: điểm trọng tâm lô đất dạng WKT, EPSG:4326 (kinh độ, vĩ độ)"]]
        doc.table("Bảng P2.1. Mô tả các trường dữ liệu", fields, role="other")
        head = ["MA_LO", "TEN_DN", "MST", "DU_AN", "NHOM_MT", "TRANG_THAI", "DT_HA", "GEOM"]
    else:
        L = _L(doc)
        z = _sez(doc)
        tenants = [((n_ru, n_kk)[L], (o_ru, o_kk)[L], cat) for n_ru, n_kk, o_ru, o_kk, _, cat in z["tenants"]]
        own = (z["uk"][L], g(f"Центральные очистные сооружения {z['sez'][0]}", f"{z['sez'][1]} орталық тазарту құрылыстары", ""), "II")
        lat0, lon0 = z["lat"], z["lon"]
        kato = _kato(doc, z["kato"])
        doc.h(g(f"Паспорт {z['sez'][0]}. Приложение 4. Земельные участки и размещенные на них объекты",
                f"{z['sez'][1]} паспорты. 4-қосымша. Жер учаскелері және оларда орналасқан объектілер", ""))
        doc.p(g(f"Выгрузка атрибутивной таблицы слоя «Участки» геоинформационной системы {z['sez'][0]} по состоянию на 01.01.2026. "
                "Описание полей приведено в таблице П4.1.",
                f"{z['sez'][1]} геоақпараттық жүйесінің «Учаскелер» қабатының атрибуттық кестесінен 01.01.2026 жағдай бойынша үзінді. "
                "Өрістердің сипаттамасы П4.1-кестеде келтірілген.", ""))
        fields = [g(["Поле", "Описание"], ["Өріс", "Сипаттамасы"], [])] + [[f, (d_ru, d_kk)[L]] for f, d_ru, d_kk in GIS_FIELDS]
        doc.table(g("Таблица П4.1 – Описание полей", "П4.1-кесте – Өрістердің сипаттамасы", ""), fields, role="other")
        head = [f for f, _, _ in GIS_FIELDS]
    status = doc.v(("действует", "строительство", "свободен"), ("жұмыс істейді", "құрылыс", "бос"), ("đang hoạt động", "đang xây dựng", "đất trống"))
    plots = [(t, status[0] if r.random() < 0.8 else status[1]) for t in tenants] + [(own, status[0])] + [(None, status[2])] * r.randint(2, 3)
    r.shuffle(plots)
    rows = [head]
    for k, (who, state) in enumerate(plots, 1):
        lat = round(lat0 + r.uniform(-0.012, 0.012), 5)
        lon = round(lon0 + r.uniform(-0.015, 0.015), 5)
        area = f"{r.uniform(0.8, 14):.2f}"
        geom = f"POINT ({lon:.5f} {lat:.5f})"
        lot = f"CN-{k:02d}" if vi else f"{doc.pick(('А', 'Б', 'В'))}-{k:02d}"
        if who is None:
            rows.append([lot, "NULL", "NULL", "NULL", "NULL", state, area, geom] if vi else
                        [lot, "NULL", "NULL", "NULL", kato, "NULL", state, area, geom])
            continue
        name, obj, cat = who
        code = make_msdn(r) if vi else make_bin(r)
        if vi:
            rows.append([lot, name, code, obj, cat, state, area, geom])
            doc.add("facilities", {"bin": code, "name_contains": _vcore(name), "category": cat, "lat": lat, "lon": lon})
        else:
            rows.append([lot, name, code, obj, kato, cat, state, area, geom])
            doc.add("facilities", {"bin": code, "name_contains": _core(name), "kato": kato, "category": cat, "lat": lat, "lon": lon})
    doc.table(g("Таблица П4.2 – Слой «Участки» (атрибутивная таблица)", "П4.2-кесте – «Учаскелер» қабаты (атрибуттық кесте)",
                "Bảng P2.2. Lớp «Lô đất» (bảng thuộc tính)"), rows, role="facility")
    doc.p(g("NULL – значение отсутствует (участок не предоставлен).", "NULL – мән жоқ (учаске берілмеген).",
            "NULL – không có giá trị (lô đất chưa cho thuê)."))


# ---------------------------------------------------------------- emissions

BOILER = ("Дымовая труба котельной", "Қазандықтың түтін мұржасы")
# industry: [(organised?, RU source, KK source, codes)]
IND_AIR = {
    "food": ((True, *BOILER, ("0301", "0304", "0337")),
             (True, "Вытяжная вентиляция коптильного отделения", "Ыстау бөлімшесінің сорып шығару желдеткіші", ("0337", "0328", "1325")),
             (False, "Жироуловитель локальных очистных сооружений", "Жергілікті тазарту құрылыстарының май ұстағышы", ("0333", "0303"))),
    "metal": ((True, "Аспирация участка дробеструйной очистки", "Бытыра-ағынды тазалау учаскесінің аспирациясы", ("2908",)),
              (True, "Вытяжка окрасочной камеры", "Бояу камерасының сорғышы", ("0616", "0621")),
              (False, "Сварочный участок", "Дәнекерлеу учаскесі", ("0123", "0143"))),
    "cable": ((True, "Вытяжка экструзионных линий ПВХ-изоляции", "ПВХ оқшаулағыш экструзиялық желілерінің сорғышы", ("0337", "0316")),
              (True, "Вытяжка участка лужения медной проволоки", "Мыс сымды қалайылау учаскесінің сорғышы", ("0184",))),
    "chem": ((True, "Вытяжка реакторного отделения", "Реактор бөлімшесінің сорғышы", ("0316", "0303")),
             (True, *BOILER, ("0301", "0304", "0337")),
             (False, "Склад сыпучего сырья (пересыпка)", "Үйілмелі шикізат қоймасы (төгу)", ("2908",))),
    "textile": ((True, *BOILER, ("0301", "0304", "0337")),
                (True, "Вытяжка сушильно-ширильных машин", "Кептіру-керу машиналарының сорғышы", ("0337", "1325")),
                (False, "Склад красителей и химикатов", "Бояғыштар мен химикаттар қоймасы", ("0303",))),
    "plastic": ((True, "Вытяжка экструзионных линий", "Экструзиялық желілердің сорғышы", ("0337", "1325")),
                (False, "Участок дробления технологических отходов", "Технологиялық қалдықтарды ұсату учаскесі", ("2902",))),
    "logistic": ((True, *BOILER, ("0301", "0304", "0337")),
                 (False, "Открытая стоянка грузового автотранспорта", "Жүк автокөлігінің ашық тұрағы", ("0301", "0337", "2754"))),
    "domestic": ((True, *BOILER, ("0301", "0304", "0337")),),
}  # fmt: skip
# code: ((g/s low, high), (t/year low, high))
RATES = {
    "0301": ((0.01, 0.25), (0.1, 4.5)), "0304": ((0.002, 0.04), (0.02, 0.7)), "0337": ((0.02, 0.6), (0.2, 9.0)),
    "0328": ((0.001, 0.02), (0.005, 0.2)), "1325": ((0.0005, 0.008), (0.005, 0.12)), "0333": ((0.00005, 0.0008), (0.001, 0.02)),
    "0303": ((0.0005, 0.01), (0.01, 0.25)), "2908": ((0.02, 0.3), (0.1, 4.0)), "0616": ((0.02, 0.2), (0.1, 2.5)),
    "0621": ((0.01, 0.12), (0.05, 1.5)), "0123": ((0.002, 0.015), (0.01, 0.15)), "0143": ((0.0002, 0.0015), (0.001, 0.015)),
    "0316": ((0.001, 0.02), (0.01, 0.3)), "0184": ((0.00001, 0.0002), (0.0001, 0.003)), "2902": ((0.01, 0.2), (0.05, 2.0)),
    "2754": ((0.005, 0.05), (0.02, 0.4)), "0330": ((0.005, 0.1), (0.02, 1.5)),
}


def _rates(doc: Doc, code: str) -> tuple[float, float]:
    (glo, ghi), (tlo, thi) = RATES[code]
    return rate(doc.rng, glo, ghi, 3), rate(doc.rng, tlo, thi, 3)


def emissions_hs1(doc: Doc) -> None:
    """The consolidated volume of emission norms of a special economic zone (сводный том НДВ), which puts the participants'
    projects together: a row spanning the table per participant, then its sources with two numbers side by side — the
    zone's through numbering (graph 1), which the note before the table says is the one in force, and the number in the
    participant's own project (graph 2), which starts from 0001 and 6001 again for each participant and so coincides with
    other sources' through numbers — the source merged down over its substances, g/s and t/year, a subtotal per
    participant and the zone's total (VI: an industrial park's summary of its tenants' stack loads by permit, a row per
    tenant, the stacks named and tagged with the park's own codes `KT-05.1`, which are no source numbers)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_hs1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    z = _sez(doc)
    parts = r.sample([t for t in z["tenants"] if t[4] != "domestic"], r.choice((3, 4)))
    doc.h(g(f"Сводный том нормативов допустимых выбросов {z['sez'][0]}. Раздел 3. Нормативы выбросов по источникам",
            f"{z['sez'][1]} жол берілетін шығарындылар нормативтерінің жиынтық томы. 3-бөлім. Көздер бойынша шығарындылар нормативтері", ""))
    doc.p(g("Сводный том объединяет проекты НДВ участников СЭЗ для оценки совокупного воздействия на атмосферный воздух. В томе "
            "принята сквозная нумерация источников выбросов СЭЗ (графа 1), которая используется при нормировании, в программе "
            "производственного экологического контроля и в отчетности; номера источников по проектам НДВ участников (графа 2) "
            "приведены справочно.",
            "Жиынтық том атмосфералық ауаға жиынтық әсерді бағалау үшін АЭА қатысушыларының ЖШН жобаларын біріктіреді. Томда АЭА "
            "шығарынды көздерінің өтпелі нөмірленуі (1-баған) қабылданған, ол нормалау кезінде, өндірістік экологиялық бақылау "
            "бағдарламасында және есептілікте қолданылады; қатысушылардың ЖШН жобалары бойынша көздердің нөмірлері (2-баған) "
            "анықтама үшін келтірілген.", ""))
    rows = [g(["№ ИЗА (сквозной по СЭЗ)", "№ ИЗА по проекту участника", "Наименование источника", "Код ЗВ", "Наименование ЗВ",
               "Выброс, г/с", "Выброс, т/год"],
              ["ЛШК № (АЭА бойынша өтпелі)", "Қатысушы жобасы бойынша ЛШК №", "Көздің атауы", "ЛЗ коды", "ЛЗ атауы",
               "Шығарынды, г/с", "Шығарынды, т/жыл"], []),
            [str(k) for k in range(1, 8)]]
    merges: list = []
    org, unorg = 1, 6001
    all_g, all_t, numbers = [], [], []
    for name_ru, name_kk, _, _, ind, _ in parts:
        _span(rows, merges, g(f"Участник СЭЗ: {name_ru}", f"АЭА қатысушысы: {name_kk}", ""), 7)
        own_org, own_unorg = 1, 6001
        sub_g, sub_t = [], []
        for organised, s_ru, s_kk, codes in IND_AIR[ind]:
            if organised:
                sez_no, own_no = f"{org:04d}", f"{own_org:04d}"
                org, own_org = org + 1, own_org + 1
            else:
                sez_no, own_no = f"{unorg:04d}", f"{own_unorg:04d}"
                unorg, own_unorg = unorg + 1, own_unorg + 1
            numbers.append(sez_no)
            start = len(rows)
            for j, c in enumerate(codes):
                gs, t = _rates(doc, c)
                rows.append([sez_no if j == 0 else None, own_no if j == 0 else None, (s_ru, s_kk)[L] if j == 0 else None, c,
                             vocab.air(c, doc.lang), num(gs, doc.lang), num(t, doc.lang)])
                doc.add("emissions", emission(c, gs, t, sez_no))
                sub_g.append(gs)
                sub_t.append(t)
            if len(codes) > 1:
                merges += [(start, col, len(rows) - 1, col) for col in range(3)]
        rows.append([g("Итого по участнику", "Қатысушы бойынша барлығы", ""), None, None, None, None, total(doc, sub_g), total(doc, sub_t)])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
        all_g += sub_g
        all_t += sub_t
    rows.append([g("Всего по СЭЗ", "АЭА бойынша барлығы", ""), None, None, None, None, total(doc, all_g), total(doc, all_t)])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
    doc.table(g("Таблица 3.1 – Нормативы выбросов загрязняющих веществ участников СЭЗ",
                "3.1-кесте – АЭА қатысушыларының ластаушы заттар шығарындыларының нормативтері", ""), rows, merges, role="emissions")
    doc.add("sources", *({"number": n, "type": "unorganized" if n.startswith("6") else "organized"} for n in numbers))
    doc.p(g(f"Выбросы центральных очистных сооружений {z['sez'][0]} приведены в разделе 4 (источники управляющей компании).",
            f"{z['sez'][1]} орталық тазарту құрылыстарының шығарындылары 4-бөлімде келтірілген (басқарушы компанияның көздері).", ""))
    maybe_distractor(doc)


# industry: [(VI stack, codes)]
VI_AIR = {
    "food": (("Ống khói lò hơi đốt biomass", ("2902", "0330", "0301", "0337")),),
    "textile": (("Ống khói lò hơi đốt than", ("2902", "0330", "0301", "0337")), ("Ống thải máy căng kim định hình", ("2902", "1325"))),
    "metal": (("Ống thải buồng sơn tĩnh điện", ("0616", "0621")), ("Ống thải khu vực hàn", ("0123", "0143"))),
    "chem": (("Ống thải tháp hấp thụ khu phối trộn", ("2902", "0303")),),
    "logistic": (("Ống xả máy phát điện dự phòng", ("0301", "0330", "0337")),),
}


def _emissions_hs1_vi(doc: Doc) -> None:
    r = doc.rng
    p = _park(doc)
    parts = r.sample(p["tenants"], r.choice((3, 4)))
    doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2024 CỦA {p['short'].upper()}")
    doc.h("2.3. Tổng hợp tải lượng khí thải của các doanh nghiệp thứ cấp")
    doc.p(f"Số liệu được tổng hợp từ giấy phép môi trường và báo cáo của các doanh nghiệp thứ cấp gửi {p['infra']}. Mã ống thải "
          "(KT-số lô.số thứ tự) là mã quản lý nội bộ của khu công nghiệp.")
    rows = [["TT", "Nguồn thải", "Lưu lượng khí thải (m3/giờ)", "Thông số", "Tải lượng (g/s)", "Tải lượng (tấn/năm)"]]
    merges: list = []
    all_t = []
    for k, (name, _, ind, _) in enumerate(parts, 1):
        lot = r.randint(1, 40)
        _span(rows, merges, f"{k}. {name} (lô CN-{lot:02d}; GPMT số {r.randint(20, 640)}/GPMT-{doc.pick(('BQL', 'UBND'))})", 6)
        for j, (stack, codes) in enumerate(VI_AIR[ind], 1):
            start = len(rows)
            flow = num(r.randint(18, 160) * 100, "vi")
            for i, c in enumerate(codes):
                gs, t = _rates(doc, c)
                rows.append([f"{k}.{j}" if i == 0 else None, f"{stack} (KT-{lot:02d}.{j})" if i == 0 else None, flow if i == 0 else None,
                             vocab.air(c, "vi", r.randint(0, 1)), num(gs, "vi"), num(t, "vi")])
                doc.add("emissions", emission(c, gs, t))
                all_t.append(t)
            if len(codes) > 1:
                merges += [(start, col, len(rows) - 1, col) for col in range(3)]
    rows.append(["", "Tổng cộng", "", "", "", total(doc, all_t)])
    doc.table("Bảng 2.5. Tải lượng khí thải của các doanh nghiệp thứ cấp theo giấy phép môi trường", rows, merges, role="emissions")
    doc.p("Các doanh nghiệp thứ cấp tự chịu trách nhiệm quan trắc khí thải theo giấy phép môi trường đã được cấp.")
    maybe_distractor(doc)


AIR_X = {"1715": ("Метантиол (Метилмеркаптан)", "Метантиол (метилмеркаптан)", "Methyl mercaptan (CH3SH)", 4)}
# (number, RU source, KK source, codes)
WWTP_SOURCES = (
    ("0001", "Вытяжная вентиляция здания решеток", "Торлар ғимаратының сорып шығару желдеткіші", ("0333", "0303", "1715")),
    ("0002", "Вытяжная вентиляция цеха механического обезвоживания осадка", "Тұнбаны механикалық сусыздандыру цехының сорып шығару желдеткіші",
     ("0333", "0303", "1715")),
    ("6001", "Приемная камера и песколовки", "Қабылдау камерасы және құм ұстағыштар", ("0333", "0303")),
    ("6002", "Первичные отстойники", "Бастапқы тұндырғыштар", ("0333", "0303", "1715")),
    ("6003", "Аэротенки", "Аэротенктер", ("0333", "0303")),
    ("6004", "Вторичные отстойники", "Қайталама тұндырғыштар", ("0333", "0303")),
    ("6005", "Илоуплотнители", "Лай тығыздағыштар", ("0333", "0303", "1715", "0410")),
    ("6006", "Площадка временного хранения обезвоженного осадка", "Сусыздандырылған тұнбаны уақытша сақтау алаңы", ("0333", "0303", "0410")),
)  # fmt: skip
# code: (shown ×10⁻³ g/s, VI mg/s) low, high; the tonnes a year are 30–90 % of the maximum rate kept all year
ODOUR = {"0333": (0.05, 4.0), "0303": (0.2, 12.0), "1715": (0.01, 0.6), "0410": (5.0, 90.0)}


def _odour_name(doc: Doc, code: str) -> str:
    if code in AIR_X:
        return AIR_X[code][vocab.LANGS.index(doc.lang)]
    return vocab.air(code, doc.lang)


def _odour_class(code: str) -> int | None:
    return AIR_X[code][3] if code in AIR_X else vocab.hazard(code)


def emissions_hs2(doc: Doc) -> None:
    """The air section of a special economic zone's central treatment plant: the structures as sources (the screen house's
    and the sludge dewatering shop's exhausts, the open tanks as unorganised sources), hydrogen sulphide, ammonia,
    methanethiol and methane, a hazard class — and, since the figures are tiny, the maximum one-time emission given in
    thousandths of a gram a second under a header `г/с × 10⁻³`, as the paragraph before the table says, beside the tonnes a
    year as they are, a row of graph numbers and a total (VI: a park's central treatment plant's odour loads in `mg/s` and
    `kg/năm`, named units of the plant with their surface)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_hs2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    z = _sez(doc)
    doc.h(g(f"Проект нормативов допустимых выбросов. Центральные очистные сооружения {z['sez'][0]}",
            f"Жол берілетін шығарындылар нормативтерінің жобасы. {z['sez'][1]} орталық тазарту құрылыстары", ""))
    doc.p(g("Выбросы от открытых поверхностей очистных сооружений рассчитаны по удельным выделениям загрязняющих веществ с 1 м2 "
            "поверхности при среднемесячной температуре сточных вод наиболее теплого месяца. Ввиду малых значений максимальные "
            "разовые выбросы в графе 6 приведены в тысячных долях грамма в секунду (г/с × 10⁻³); для перехода к г/с значения "
            "графы 6 умножаются на 0,001. Валовые выбросы (графа 7) приведены в т/год без пересчета.",
            "Тазарту құрылыстарының ашық беттерінен шығарындылар ең жылы айдағы сарқынды сулардың орташа айлық температурасы кезінде "
            "1 м2 беттен ластаушы заттардың үлестік бөлінулері бойынша есептелді. Мәндердің аздығына байланысты 6-бағандағы ең "
            "жоғары бір реттік шығарындылар грамның секундтағы мыңдық үлестерінде (г/с × 10⁻³) келтірілген; г/с-ке өту үшін "
            "6-бағанның мәндері 0,001-ге көбейтіледі. Жалпы шығарындылар (7-баған) қайта есептеусіз т/жыл түрінде келтірілген.", ""))
    rows = [g(["№ ИЗА", "Наименование источника", "Код ЗВ", "Наименование загрязняющего вещества", "Класс опасности",
               "Максимальный разовый выброс, г/с × 10⁻³", "Валовый выброс, т/год"],
              ["ЛШК №", "Көздің атауы", "ЛЗ коды", "Ластаушы заттың атауы", "Қауіптілік сыныбы",
               "Ең жоғары бір реттік шығарынды, г/с × 10⁻³", "Жалпы шығарынды, т/жыл"], []),
            [str(k) for k in range(1, 8)]]
    merges: list = []
    chosen = [s for s in WWTP_SOURCES if s[0] in ("0001", "0002", "6003", "6005") or r.random() < 0.7]
    shown_all, t_all = [], []
    for number, s_ru, s_kk, codes in chosen:
        start = len(rows)
        for j, c in enumerate(codes):
            slo, shi = ODOUR[c]
            shown = rate(r, slo, shi, 3)
            t = _sig(shown * 0.031536 * r.uniform(0.3, 0.9), 3)
            hz = _odour_class(c)
            rows.append([number if j == 0 else None, (s_ru, s_kk)[L] if j == 0 else None, c, _odour_name(doc, c), str(hz) if hz else "–",
                         num(shown, doc.lang), num(t, doc.lang)])
            doc.add("emissions", emission(c, _div(shown, 1000), t, number, hz))
            shown_all.append(shown)
            t_all.append(t)
        merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    rows.append([g("Итого по ЦОС", "ОТҚ бойынша барлығы", ""), None, None, None, None, total(doc, shown_all), total(doc, t_all)])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
    doc.table(g("Таблица 4.2 – Выбросы загрязняющих веществ от сооружений ЦОС", "4.2-кесте – ОТҚ құрылыстарынан ластаушы заттар шығарындылары", ""),
              rows, merges, role="emissions")
    doc.add("sources", *({"number": s[0], "type": "unorganized" if s[0].startswith("6") else "organized"} for s in chosen))
    doc.p(g("Метан выделяется преимущественно в илоуплотнителях и на площадке хранения осадка; класс опасности для метана не "
            "установлен (нормируется по ОБУВ).",
            "Метан негізінен лай тығыздағыштарда және тұнбаны сақтау алаңында бөлінеді; метан үшін қауіптілік сыныбы белгіленбеген "
            "(ШБӘҚД бойынша нормаланады).", ""))
    maybe_distractor(doc)


# (VI unit, surface m2 range, codes)
VI_WWTP_UNITS = (
    ("Bể thu gom và song chắn rác", (40, 90), ("0333", "0303", "1715")),
    ("Bể điều hòa", (300, 900), ("0333", "0303", "1715")),
    ("Bể thiếu khí (Anoxic)", (250, 700), ("0333", "0303")),
    ("Bể hiếu khí (Aerotank)", (600, 1800), ("0333", "0303")),
    ("Bể lắng sinh học", (300, 800), ("0333", "0303")),
    ("Bể chứa và nén bùn", (60, 180), ("0333", "0303", "1715")),
    ("Nhà đặt máy ép bùn", (150, 300), ("0333", "0303", "1715")),
)


def _emissions_hs2_vi(doc: Doc) -> None:
    r = doc.rng
    p = _park(doc)
    cap = r.choice((4, 6, 8)) * 1000
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – NHÀ MÁY XỬ LÝ NƯỚC THẢI TẬP TRUNG {p['short'].upper()} (MODULE 2)")
    doc.h("3.2. Công trình, biện pháp giảm thiểu mùi")
    doc.p(f"Nhà máy có công suất {num(cap, 'vi')} m3/ngày.đêm. Tải lượng các khí gây mùi được tính theo hệ số phát thải trên một đơn vị "
          "diện tích bề mặt công trình; do giá trị nhỏ, tải lượng được biểu thị bằng mg/s và kg/năm.")
    rows = [["TT", "Hạng mục công trình", "Diện tích bề mặt (m2)", "Thông số", "Tải lượng (mg/s)", "Tải lượng (kg/năm)"]]
    merges: list = []
    units = [u for u in VI_WWTP_UNITS if r.random() < 0.8 or u[0].startswith("Bể hiếu khí")]
    for k, (unit, (lo, hi), codes) in enumerate(units, 1):
        start = len(rows)
        area = num(r.randint(lo, hi), "vi")
        for j, c in enumerate(codes):
            slo, shi = ODOUR[c]
            mg = rate(r, slo, shi, 3)
            kg = _sig(mg * 31.536 * r.uniform(0.3, 0.9), 3)
            name = AIR_X[c][2] if c in AIR_X else f"{vocab.air(c, 'vi', 0)} ({vocab.air(c, 'vi', 1)})"
            rows.append([str(k) if j == 0 else None, unit if j == 0 else None, area if j == 0 else None, name, num(mg, "vi"), num(kg, "vi")])
            doc.add("emissions", emission(c, _div(mg, 1000), _div(kg, 1000)))
        merges += [(start, col, len(rows) - 1, col) for col in range(3)]
    doc.table("Bảng 3.4. Tải lượng các khí gây mùi từ các hạng mục của nhà máy xử lý nước thải", rows, merges, role="emissions")
    doc.p("Biện pháp giảm thiểu: đậy kín bể thu gom, bể nén bùn; thu khí tại nhà ép bùn về tháp hấp thụ bằng dung dịch NaOH; trồng "
          "cây xanh cách ly quanh nhà máy.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

# (code, RU, KK, RU place, KK place, kind, (low, high) t/year, RU handling, KK handling)
WWTP_WASTES = (
    ("19 08 01", "Отбросы с решеток", "Торлардан алынған қалдықтар", "здание решеток", "торлар ғимараты", "screen", (60, 240),
     "вывоз на полигон ТБО по договору", "шарт бойынша ҚТҚ полигонына шығару"),
    ("19 08 02", "Песок из песколовок", "Құм ұстағыштардан алынған құм", "песколовки, песковые бункеры", "құм ұстағыштар, құм бункерлері", "grit",
     (40, 180), "вывоз на полигон ТБО по договору", "шарт бойынша ҚТҚ полигонына шығару"),
    (None, "Избыточный активный ил (до уплотнения)", "Артық белсенді лай (тығыздауға дейін)", "вторичные отстойники", "қайталама тұндырғыштар",
     "sludge", None, "не является отходом: подается в илоуплотнители", "қалдық болып табылмайды: лай тығыздағыштарға беріледі"),
    ("19 08 12", "Обезвоженный осадок (кек) биологической очистки сточных вод", "Сарқынды суларды биологиялық тазартудың сусыздандырылған тұнбасы (кек)",
     "цех механического обезвоживания", "механикалық сусыздандыру цехы", "cake", (180, 900),
     "передача на полигон промышленных отходов", "өнеркәсіптік қалдықтар полигонына беру"),
    ("19 08 09", "Жиро-масляная смесь из жироуловителей", "Май ұстағыштардан алынған май қоспасы", "жироуловитель приемной камеры",
     "қабылдау камерасының май ұстағышы", "mass", (2, 15), "передача на переработку", "қайта өңдеуге беру"),
    ("15 01 10*", "Тара из-под флокулянта и реагентов", "Флокулянт пен реагенттер ыдысы", "склад реагентов", "реагенттер қоймасы", "mass", (0.2, 1.5),
     "передача специализированной организации", "мамандандырылған ұйымға беру"),
    ("20 01 21*", "Отработанные ртутные лампы установки УФ-обеззараживания", "УК-зарарсыздандыру қондырғысының пайдаланылған сынапты шамдары",
     "блок УФ-обеззараживания", "УК-зарарсыздандыру блогы", "mass", (0.03, 0.2), "демеркуризация", "демеркуризациялау"),
    ("15 02 02*", "Промасленная ветошь", "Майланған шүберек", "ремонтно-механическая мастерская", "жөндеу-механикалық шеберхана", "mass", (0.05, 0.4),
     "передача специализированной организации", "мамандандырылған ұйымға беру"),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", "административно-бытовой корпус", "әкімшілік-тұрмыстық ғимарат", "mass", (1.5, 6),
     "вывоз на полигон ТБО по договору", "шарт бойынша ҚТҚ полигонына шығару"),
)  # fmt: skip


def wastes_hs1(doc: Doc) -> None:
    """The waste section of a special economic zone's central treatment plant in its programme of waste management, where
    the sludge is accounted as dry solids and as the wet mass at the cake's humidity: `код | наименование | место
    образования | сухое вещество, т/год | влажность, % | масса отхода при фактической влажности, т/год | обращение` — the
    dewatered cake's amount is the wet mass, not the dry solids before it; the excess activated sludge before thickening
    stands in the same table with its dry solids and a humidity of 99 % but is no waste (a dash for the code and the mass);
    screenings and grit with an approximate humidity and their mass, the plant's other wastes with the mass only (VI: a
    park's treatment plant's permit, the sludge `12 06 05` as dry and pressed tonnes under a section row, then other CTNH in
    kilograms and ordinary wastes in tonnes under headers of their own)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_hs1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    z = _sez(doc)
    doc.h(g(f"Программа управления отходами {z['uk'][0]} на 2026–2030 годы. Раздел 2. Отходы центральных очистных сооружений {z['sez'][0]}",
            f"{z['uk'][1]} 2026–2030 жылдарға арналған қалдықтарды басқару бағдарламасы. 2-бөлім. {z['sez'][1]} орталық тазарту "
            "құрылыстарының қалдықтары", ""))
    doc.p(g("Количество осадка определено по балансу сухого вещества (взвешенные вещества, задержанные на сооружениях, и прирост "
            "активного ила) и пересчитано на фактическую влажность кека после ленточного фильтр-пресса.",
            "Тұнбаның мөлшері құрғақ зат балансы бойынша (құрылыстарда ұсталған қалқыма заттар және белсенді лайдың өсімі) анықталды "
            "және таспалы сүзгі-престен кейінгі кектің нақты ылғалдылығына қайта есептелді.", ""))
    rows = [g(["№", "Код", "Наименование отхода", "Место образования", "Сухое вещество, т/год", "Влажность, %",
               "Масса отхода при фактической влажности, т/год", "Обращение"],
              ["№", "Коды", "Қалдықтың атауы", "Түзілу орны", "Құрғақ зат, т/жыл", "Ылғалдылығы, %",
               "Нақты ылғалдылықтағы қалдық массасы, т/жыл", "Қалдықпен жұмыс істеу"], [])]
    dry_cake = round(r.uniform(180, 900), 1)
    k = 0
    for code, n_ru, n_kk, p_ru, p_kk, kind, rng_t, h_ru, h_kk in WWTP_WASTES:
        name = (n_ru, n_kk)[L]
        if kind == "sludge":
            rows.append(["", "–", name, (p_ru, p_kk)[L], num(round(dry_cake * r.uniform(0.55, 0.75), 1), doc.lang), num(99.3, doc.lang), "–",
                         (h_ru, h_kk)[L]])
            continue
        if kind not in ("screen", "grit", "cake") and r.random() < 0.2:
            continue
        k += 1
        if kind == "cake":
            hum = r.choice((76, 78, 80, 82))
            t = round(dry_cake / (1 - hum / 100), 1)
            dry, humid = num(dry_cake, doc.lang), num(hum, doc.lang)
        else:
            t = rate(r, *rng_t, 3)
            dry = "–"
            humid = {"screen": "≈ 80", "grit": "≈ 60"}.get(kind, "–")
        rows.append([str(k), code, name, (p_ru, p_kk)[L], dry, humid, num(t, doc.lang), (h_ru, h_kk)[L]])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t, "name_contains": _words(name, 3)})
    doc.table(g("Таблица 2.1 – Отходы ЦОС и их количество", "2.1-кесте – ОТҚ қалдықтары және олардың мөлшері", ""), rows, role="wastes")
    doc.p(g("Избыточный активный ил учитывается в балансе осадка и отходом не является; отходом является обезвоженный осадок (кек), "
            "масса которого приведена при фактической влажности.",
            "Артық белсенді лай тұнба балансында ескеріледі және қалдық болып табылмайды; қалдық – массасы нақты ылғалдылықта "
            "келтірілген сусыздандырылған тұнба (кек).", ""))
    maybe_distractor(doc)


def _wastes_hs1_vi(doc: Doc) -> None:
    r = doc.rng
    p = _park(doc)
    doc.h(f"GIẤY PHÉP MÔI TRƯỜNG – NHÀ MÁY XỬ LÝ NƯỚC THẢI TẬP TRUNG {p['short'].upper()}")
    doc.h("Phụ lục 3. Chủng loại, khối lượng chất thải phát sinh")
    doc.p("Khối lượng bùn thải được xác định theo khối lượng chất rắn khô và quy đổi về độ ẩm của bùn sau máy ép bùn băng tải.")
    rows: list = []
    merges: list = []
    _span(rows, merges, "I. Bùn thải từ hệ thống xử lý nước thải (tấn/năm)", 6)
    rows.append(["TT", "Tên chất thải", "Mã CTNH", "Khối lượng bùn khô (tấn/năm)", "Độ ẩm sau ép (%)", "Khối lượng bùn sau ép (tấn/năm)"])
    dry = round(r.uniform(150, 700), 1)
    hum = r.choice((75, 78, 80))
    wet = round(dry / (1 - hum / 100), 1)
    name = "Bùn thải có các thành phần nguy hại từ quá trình xử lý nước thải công nghiệp"
    rows.append(["1", name, "12 06 05", num(dry, "vi"), num(hum, "vi"), num(wet, "vi")])
    doc.add("wastes", {"code": "12 06 05*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": wet, "name_contains": _words(name, 6)})
    _span(rows, merges, "II. Chất thải nguy hại khác (kg/năm)", 6)
    rows.append(["TT", "Tên chất thải", "Mã CTNH", "Trạng thái tồn tại", "Khối lượng (kg/năm)", None])
    merges.append((len(rows) - 1, 4, len(rows) - 1, 5))
    picks = [c for c in vocab.VN_CTNH if c[0] in ("16 01 06", "18 02 01", "18 01 03", "17 02 03", "18 01 02")]
    for k, (code, cname, state) in enumerate(r.sample(picks, 4), 1):
        kg = r.randint(4, 120) * 5
        rows.append([str(k), cname, code, state, num(kg, "vi"), None])
        merges.append((len(rows) - 1, 4, len(rows) - 1, 5))
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000, "name_contains": cname})
    _span(rows, merges, "III. Chất thải rắn công nghiệp thông thường (tấn/năm)", 6)
    rows.append(["TT", "Tên chất thải", "Ký hiệu phân loại", "Khối lượng (tấn/năm)", "Biện pháp xử lý", None])
    merges.append((len(rows) - 1, 4, len(rows) - 1, 5))
    for k, (cname, (lo, hi)) in enumerate((("Rác từ song chắn rác", (20, 90)), ("Cát từ bể lắng cát", (15, 60))), 1):
        t = float(r.randint(lo, hi))
        rows.append([str(k), cname, "TT", num(t, "vi"), "Chuyển giao đơn vị có chức năng thu gom, xử lý", None])
        merges.append((len(rows) - 1, 4, len(rows) - 1, 5))
        doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": cname})
    doc.table("Bảng 3.1. Chất thải phát sinh thường xuyên", rows, merges, role="wastes")
    doc.p("Bùn thải được lưu giữ trong kho chứa có mái che, nền chống thấm, diện tích 120 m2 và chuyển giao cho đơn vị có giấy phép "
          "môi trường về xử lý chất thải nguy hại.")
    maybe_distractor(doc)


MONTHS = {
    "ru": ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"),
    "kk": ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"),
    "vi": tuple(f"Tháng {m}" for m in range(1, 13)),
}
# (code, RU, KK, VI, VI's CTNH code or None, months taken away, (low, high) net kg a trip, tare kg a trip, trips a month (low, high))
WEIGHED = (
    ("19 08 12", "Кек обезвоженного осадка", "Сусыздандырылған тұнба кегі", "Bùn thải sau ép", "12 06 05", "all", (5_400, 8_900), 11_850, (8, 20)),
    ("19 08 01", "Отбросы с решеток", "Торлардан алынған қалдықтар", "Rác từ song chắn rác", None, "all", (450, 1_200), 6_200, (1, 2)),
    ("19 08 02", "Песок из песколовок", "Құм ұстағыштардан алынған құм", "Cát từ bể lắng cát", None, "quarters", (3_000, 6_200), 11_850, (1, 2)),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", "", None, "all", (110, 260), 8_700, (2, 4)),
)


def wastes_hs2(doc: Doc) -> None:
    """The summary of the truck scale's weighing of the wastes a special economic zone's central treatment plant sent away
    in a year: the months as rows, each waste a column group `брутто | тара | нетто, кг` under its name with the code in
    brackets, dashes in the months the grit was not taken away, and a closing `Итого за 2025 год` row — the year's net
    weight alone is the amount, in kilograms, while the gross and the tare (the empty trucks' weight over the month's
    trips) beside it are no amounts (VI: a park's plant's summary by weighing tickets, `KL cân tổng | KL xe | KL hàng`, the
    sludge `12 06 05` beside screenings and grit without a code)."""
    r = doc.rng
    vi = doc.lang == "vi"
    g = doc.v
    if vi:
        p = _park(doc)
        wastes = [w for w in WEIGHED if w[3]]
        doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2024 – NHÀ MÁY XỬ LÝ NƯỚC THẢI TẬP TRUNG {p['short'].upper()}")
        doc.p("Bảng tổng hợp khối lượng chất thải chuyển giao trong năm theo phiếu cân tại trạm cân của nhà máy. Khối lượng hàng = "
              "khối lượng cân tổng – khối lượng xe.")
        sub = ["KL cân tổng (kg)", "KL xe (kg)", "KL hàng (kg)"]
        year = "Cộng năm 2024"
    else:
        L = _L(doc)
        z = _sez(doc)
        wastes = [w for w in WEIGHED if w[0] != "20 03 01" or r.random() < 0.5]
        doc.h(g(f"Отчет по производственному экологическому контролю {z['uk'][0]} за 2025 год. Приложение 6",
                f"{z['uk'][1]} 2025 жылғы өндірістік экологиялық бақылау бойынша есебі. 6-қосымша", ""))
        doc.p(g(f"Сводная ведомость взвешивания отходов, вывезенных с территории ЦОС {z['sez'][0]} (по данным автомобильных весов "
                "ВА-60 на въезде ЦОС).",
                f"{z['sez'][1]} ОТҚ аумағынан шығарылған қалдықтарды өлшеудің жиынтық ведомосы (ОТҚ кіреберісіндегі ВА-60 автомобиль "
                "таразысының деректері бойынша).", ""))
        sub = g(["брутто, кг", "тара, кг", "нетто, кг"], ["брутто, кг", "ыдыс (тара), кг", "нетто, кг"], [])
        year = g("Итого за 2025 год", "2025 жылғы жиыны", "")
    head0 = [g("Месяц", "Ай", "Tháng")]
    head1: list = [None]
    merges = [(0, 0, 1, 0)]
    for code, n_ru, n_kk, n_vi, vcode, *_ in wastes:
        label = f"{n_vi} ({vcode})" if vi and vcode else (n_vi if vi else f"{(n_ru, n_kk)[L]} ({code})")
        merges.append((0, len(head0), 0, len(head0) + 2))
        head0 += [label, None, None]
        head1 += sub
    rows = [head0, head1]
    sums = {w[0]: [0, 0, 0] for w in wastes}
    for m in range(12):
        line = [MONTHS[doc.lang][m]]
        for code, _, _, _, _, when, (lo, hi), tare1, (tlo, thi) in wastes:
            if when == "quarters" and m % 3 != 2:
                line += ["–", "–", "–"]
                continue
            trips = r.randint(tlo, thi)
            net = sum(r.randint(lo // 10, hi // 10) * 10 for _ in range(trips))
            tare = tare1 * trips
            gross = net + tare
            for i, x in enumerate((gross, tare, net)):
                sums[code][i] += x
            line += [num(gross, doc.lang), num(tare, doc.lang), num(net, doc.lang)]
        rows.append(line)
    last = [year]
    for code, n_ru, n_kk, n_vi, vcode, *_ in wastes:
        last += [num(x, doc.lang) for x in sums[code]]
        t = _div(sums[code][2], 1000)
        if vi:
            item = ({"code": vcode + "*", "code_system": "VN-CTNH", "hazardous": True} if vcode else
                    {"code": None, "code_system": None, "hazardous": False})
            doc.add("wastes", {**item, "amount_t": t, "name_contains": n_vi})
        else:
            doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": False, "amount_t": t, "name_contains": (n_ru, n_kk)[L]})
    rows.append(last)
    doc.table(g("Таблица П6.1 – Масса вывезенных отходов по месяцам", "П6.1-кесте – Шығарылған қалдықтардың айлар бойынша массасы",
                "Bảng 4. Khối lượng chất thải chuyển giao theo tháng"), rows, merges, role="wastes")
    doc.p(g("Нетто – масса отхода; тара – масса порожних транспортных средств суммарно за рейсы месяца. Песок из песколовок "
            "вывозится один раз в квартал.",
            "Нетто – қалдықтың массасы; ыдыс (тара) – айдағы рейстер бойынша бос көлік құралдарының жиынтық массасы. Құм ұстағыштардан "
            "алынған құм тоқсанына бір рет шығарылады.",
            "Cát từ bể lắng cát được chuyển giao 03 tháng/lần. Bùn thải được chuyển giao cho đơn vị có giấy phép xử lý chất thải nguy hại."))
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits


def _no_value(item: dict | None) -> dict | None:
    """An expected limit whose measured value the document gives only as statistics: any value is taken."""
    return None if item is None else {k: x for k, x in item.items() if k != "value"}


# symbol: (inlet mean range, share of the norm the outlet mean takes) — the outlet's norm is DISCHARGE's
AMS_OUT = {"pH": ((7.0, 7.6), None), "COD": ((320, 520), (0.45, 0.85)), "TSS": ((180, 320), (0.4, 0.8)), "NH4+": ((22, 38), (0.3, 0.75)),
           "NO3-": (None, (0.3, 0.7))}


def limits_hs1(doc: Doc) -> None:
    """A special economic zone's quarterly report on its automated monitoring system at the central treatment plant: a row per
    parameter with its unit and the outlet's norm (ДК), then the inlet post's mean and maximum and the outlet post's minimum,
    mean and maximum under merged headers, the count of hourly values above the norm and the data completeness in per cent;
    flow and temperature without a norm, nitrate measured at the outlet only — the norms bind the outlet `Вып-1`, and the
    statistics give no single measured value (VI: a park's treatment plant's quarterly report on its automatic station, the
    count of hourly means and the share of data received, the smallest and largest daily means and the quarter's mean, days
    above the limit, Cmax of QCVN 40:2011/BTNMT column A with Kq and Kf in the last column)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_hs1_vi(doc)
        return
    g = doc.v
    z = _sez(doc)
    q = doc.pick(("II", "III", "IV"))
    doc.h(g(f"Отчет о работе автоматизированной системы мониторинга эмиссий ЦОС {z['sez'][0]} за {q} квартал 2025 года",
            f"{z['sez'][1]} ОТҚ эмиссиялар мониторингінің автоматтандырылған жүйесінің 2025 жылғы {q} тоқсандағы жұмысы туралы есеп", ""))
    doc.p(g(f"Пост АСМ-В1 установлен в приемной камере ЦОС, пост АСМ-С1 – на выпуске очищенных сточных вод Вып-1 в {z['river'][0]}. "
            "Статистические показатели рассчитаны по часовым значениям; нормативы допустимых концентраций (ДК) установлены "
            "экологическим разрешением для выпуска Вып-1.",
            f"АМЖ-К1 бекеті ОТҚ қабылдау камерасында, АМЖ-Ш1 бекеті тазартылған сарқынды суларды {z['river'][1]} шығаратын Вып-1 "
            "шығарылымында орнатылған. Статистикалық көрсеткіштер сағаттық мәндер бойынша есептелді; жол берілетін концентрациялар "
            "(ЖБК) нормативтері Вып-1 шығарылымы үшін экологиялық рұқсатпен белгіленген.", ""))
    rows = [g(["Показатель", "Ед. изм.", "ДК на Вып-1", "Вход ЦОС (пост АСМ-В1)", None, "Вып-1 – выпуск очищенных сточных вод (пост АСМ-С1)",
               None, None, "Часовых значений выше ДК", "Полнота данных, %"],
              ["Көрсеткіш", "Өлш. бірл.", "Вып-1 ЖБК", "ОТҚ кірісі (АМЖ-К1 бекеті)", None, "Вып-1 – тазартылған сарқынды сулар шығарылымы (АМЖ-Ш1 бекеті)",
               None, None, "ЖБК-дан жоғары сағаттық мәндер", "Деректердің толықтығы, %"], []),
            g([None, None, None, "среднее", "макс.", "мин.", "среднее", "макс.", None, None],
              [None, None, None, "орташа", "ең көп", "ең аз", "орташа", "ең көп", None, None], [])]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 0, 7), (0, 8, 1, 8), (0, 9, 1, 9)]

    def pct() -> str:
        return num(round(r.uniform(95.5, 99.9), 1), doc.lang)

    flow = r.randint(280, 900)
    rows.append([g("Расход сточных вод", "Сарқынды сулар шығыны", ""), g("м3/ч", "м3/сағ", ""), "–", num(flow, doc.lang),
                 num(int(flow * r.uniform(1.4, 1.8)), doc.lang), num(int(flow * 0.45), doc.lang), num(int(flow * 0.97), doc.lang),
                 num(int(flow * r.uniform(1.3, 1.6)), doc.lang), "–", pct()])
    rows.append([g("Температура", "Температура", ""), "°C", "–", num(round(r.uniform(14, 22), 1), doc.lang), num(round(r.uniform(23, 27), 1), doc.lang),
                 num(round(r.uniform(12, 15), 1), doc.lang), num(round(r.uniform(16, 21), 1), doc.lang), num(round(r.uniform(22, 26), 1), doc.lang), "–", pct()])
    keys = [s for s in AMS_OUT if s != "NO3-" or r.random() < 0.7]
    for s in keys:
        lim = DISCHARGE[s]
        inlet, share = AMS_OUT[s]
        if s == "pH":
            line = [vocab.water(s, doc.lang), g("ед. pH", "pH бірл.", ""), cell(doc, lim), num(round(r.uniform(*inlet), 1), doc.lang),
                    num(round(r.uniform(8.6, 9.4), 1), doc.lang), num(round(r.uniform(6.7, 7.0), 1), doc.lang), num(round(r.uniform(7.2, 7.6), 1), doc.lang),
                    num(round(r.uniform(7.9, 8.4), 1), doc.lang), "0", pct()]
        else:
            mean = _sig(lim * r.uniform(*share), 3)
            top = _sig(mean * r.uniform(1.3, 2.4), 3)
            above = str(r.randint(1, 26)) if top > lim else "0"
            ins = ["–", "–"] if inlet is None else [num(_sig(r.uniform(*inlet), 3), doc.lang), num(_sig(r.uniform(*inlet) * 2.1, 3), doc.lang)]
            line = [vocab.water(s, doc.lang), g("мг/дм3", "мг/дм3", ""), cell(doc, lim), *ins, num(_sig(mean * r.uniform(0.2, 0.5), 3), doc.lang),
                    num(mean, doc.lang), num(top, doc.lang), above, pct()]
        rows.append(line)
        add(doc, _no_value(limit(("symbol", s), "waste_water", lim, "mg/l", None, "Вып-1")))
    doc.table(g(f"Таблица 1 – Статистика данных АСМ за {q} квартал 2025 г.", f"1-кесте – 2025 жылғы {q} тоқсандағы АМЖ деректерінің статистикасы", ""),
              rows, merges, role="limits")
    doc.p(g("Превышения ДК по данным АСМ кратковременные и связаны с залповыми поступлениями от участников СЭЗ; по каждому случаю "
            "проведен отбор проб в колодцах присоединения.",
            "АМЖ деректері бойынша ЖБК-дан асулар қысқа мерзімді және АЭА қатысушыларынан кенеттен түсулерге байланысты; әр жағдай бойынша "
            "қосылу құдықтарында сынамалар алынды.", ""))
    maybe_distractor(doc)


# symbol: share of Cmax the quarter's mean takes
VI_AMS = {"pH": None, "COD": (0.35, 0.8), "TSS": (0.3, 0.75), "NH4+": (0.2, 0.7), "TN": (0.4, 0.85), "TP": (0.2, 0.6)}


def _limits_hs1_vi(doc: Doc) -> None:
    r = doc.rng
    p = _park(doc)
    kq, kf = doc.pick((0.9, 1.0)), doc.pick((0.9, 1.0))
    kq_s, kf_s = f"{kq:.1f}".replace(".", ","), f"{kf:.1f}".replace(".", ",")
    q = doc.pick(("II", "III", "IV"))
    doc.h(f"BÁO CÁO KẾT QUẢ QUAN TRẮC NƯỚC THẢI TỰ ĐỘNG, LIÊN TỤC QUÝ {q}/2024 – NHÀ MÁY XỬ LÝ NƯỚC THẢI TẬP TRUNG {p['short'].upper()}")
    doc.p(f"Trạm quan trắc tự động đặt sau bể khử trùng, trước điểm xả NT1 ra {p['river']}. Giá trị giới hạn là Cmax = C × Kq × Kf theo "
          f"QCVN 40:2011/BTNMT cột A với Kq = {kq_s}, Kf = {kf_s} (trừ pH và nhiệt độ).")
    head = ["TT", "Thông số", "Đơn vị", "Số giá trị TB 1 giờ thu được", "Tỷ lệ dữ liệu thu được (%)", "Giá trị TB ngày nhỏ nhất",
            "Giá trị TB ngày lớn nhất", "Giá trị TB quý", "Số ngày vượt", f"Cmax (QCVN 40:2011/BTNMT cột A; Kq = {kq_s}; Kf = {kf_s})"]
    rows = [head]
    hours = 92 * 24

    def got() -> tuple[str, str]:
        n = hours - r.randint(5, 90)
        return num(n, "vi"), num(round(n / hours * 100, 1), "vi")

    low, high = r.randint(120, 220), r.randint(300, 520)
    rows.append(["1", "Lưu lượng", "m3/giờ", *got(), num(low, "vi"), num(high, "vi"), num(r.randint(low + 40, high - 40), "vi"), "-", "-"])
    rows.append(["2", "Nhiệt độ", "°C", *got(), num(round(r.uniform(26, 28), 1), "vi"), num(round(r.uniform(31, 34), 1), "vi"),
                 num(round(r.uniform(29, 31), 1), "vi"), "0", "40"])
    k = 2
    for s, share in VI_AMS.items():
        if s in ("TN", "TP") and r.random() < 0.3:
            continue
        k += 1
        a = QCVN40[s][0]
        if s == "pH":
            lim = a
            vals = [num(round(r.uniform(6.6, 7.0), 1), "vi"), num(round(r.uniform(7.6, 8.2), 1), "vi"), num(round(r.uniform(7.1, 7.5), 1), "vi"), "0"]
        else:
            lim = _sig(_mul(_mul(a, kq), kf), 4)
            mean = _sig(lim * r.uniform(*share), 3)
            top = _sig(mean * r.uniform(1.2, 1.9), 3)
            vals = [num(_sig(mean * r.uniform(0.3, 0.7), 3), "vi"), num(top, "vi"), num(mean, "vi"), str(r.randint(1, 4)) if top > lim else "0"]
        rows.append([str(k), vocab.water(s, "vi"), "-" if s == "pH" else "mg/l", *got(), *vals, cell(doc, lim)])
        add(doc, _no_value(limit(("symbol", s), "waste_water", lim, "mg/l", "A", "NT1")))
    doc.table(f"Bảng 2. Thống kê kết quả quan trắc tự động, liên tục quý {q}/2024", rows, role="limits")
    doc.p("Ghi chú: giá trị trung bình ngày được tính từ các giá trị trung bình 1 giờ; ngày vượt là ngày có giá trị trung bình ngày "
          "lớn hơn Cmax.")
    maybe_distractor(doc)


# symbol: the connection limit (ДК) of a discharge agreement
DK_SEWER = {"pH": (6.5, 9.0), "TSS": 300, "BOD5": 300, "COD": 500, "FOG": 50, "TPH": 10, "Fe": 5, "Zn": 1, "Cu": 0.5, "SO4": 500, "Cl-": 350,
            "Surfactants": 10, "NH4+": 25}
VN_INTAKE = {"pH": (5.5, 9), "TSS": 200, "BOD5": 250, "COD": 400, "FOG": 30, "TPH": 10, "Fe": 5, "Zn": 3, "Cu": 2, "Surfactants": 10, "NH4+": 20,
             "TN": 60, "TP": 8}


def _factor(ratio: float) -> str:
    return "2" if ratio <= 2 else ("3" if ratio <= 5 else "5")


def limits_hs2(doc: Doc) -> None:
    """A management company's act of control sampling at a participant's connection manhole: the sample was split and one
    part handed to the participant, so each parameter carries the connection limit of the discharge agreement, the result
    of the company's laboratory — the one the agreement counts, as the act says — and the participant's parallel result
    `(справочно)`, then the exceedance ratio and the surcharge factor to the tariff; pH as a range (VI: an industrial park's
    infrastructure company's record at a tenant's connection manhole `HG-07`, the park's intake limits, Party A's result
    beside Party B's retained sample `(tham khảo)`, the exceedance factor and the K factor of the treatment fee)."""
    r = doc.rng
    vi = doc.lang == "vi"
    g = doc.v
    if vi:
        p = _park(doc)
        name, obj, ind, _ = doc.pick([t for t in p["tenants"] if t[2] != "logistic"])
        well = f"HG-{r.randint(2, 40):02d}"
        limits = VN_INTAKE
        keys = list(IND_WATER[ind]) + [s for s in ("NH4+", "TN", "TP") if r.random() < 0.5]
        doc.h("BIÊN BẢN LẤY MẪU VÀ THÔNG BÁO KẾT QUẢ PHÂN TÍCH NƯỚC THẢI TẠI HỐ GA ĐẤU NỐI")
        doc.p(f"Số: {r.randint(12, 240)}/BB-HT. Hôm nay, ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2024, tại hố ga đấu nối {well} "
              f"của {name} ({obj}, {p['park']}), đại diện {p['infra']} (Bên A) đã lấy mẫu nước thải. Mẫu được chia làm hai phần, "
              "một phần niêm phong giao Bên B lưu giữ. Theo hợp đồng dịch vụ xử lý nước thải, kết quả phân tích mẫu của Bên A là căn "
              "cứ xác định hệ số vượt và phí xử lý.")
        rows = [["TT", "Thông số", "Đơn vị", "Giới hạn tiếp nhận của KCN", "Kết quả (mẫu Bên A phân tích)", "Kết quả mẫu lưu Bên B (tham khảo)",
                 "Hệ số vượt", "Hệ số K tính phí xử lý"]]
    else:
        L = _L(doc)
        z = _sez(doc)
        t_ru, t_kk, _, _, ind, _ = doc.pick([t for t in z["tenants"] if t[4] not in ("logistic", "domestic")])
        name = (t_ru, t_kk)[L]
        well = f"КК-{r.randint(2, 19)}"
        limits = DK_SEWER
        keys = list(IND_WATER[ind]) + [s for s in ("NH4+", "Surfactants") if s not in IND_WATER[ind] and r.random() < 0.5]
        act = r.randint(12, 96)
        day = f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2025"
        doc.h(g(f"Акт № {act} отбора проб сточных вод участника {z['sez'][0]} и результатов их анализа",
                f"{z['sez'][1]} қатысушысының сарқынды суларынан сынама алу және оларды талдау нәтижелері туралы № {act} акт", ""))
        doc.p(g(f"Дата отбора: {day}. Место отбора: колодец присоединения {well} участника {name} к коллектору СЭЗ. Отбор выполнен "
                f"лабораторией {z['uk'][0]} в присутствии представителя участника; проба разделена на две части, одна часть "
                "опломбирована и передана участнику для параллельного анализа. Согласно п. 5.4 договора на прием сточных вод при "
                "расхождении результатов к расчетам принимаются результаты лаборатории Исполнителя.",
                f"Сынама алынған күн: {day}. Сынама алу орны: {name} қатысушысының АЭА коллекторына қосылу құдығы {well}. Сынаманы "
                f"қатысушы өкілінің қатысуымен {z['uk'][1]} зертханасы алды; сынама екі бөлікке бөлінді, бір бөлігі пломбаланып, "
                "параллель талдау үшін қатысушыға берілді. Сарқынды суларды қабылдау шартының 5.4-тармағына сәйкес нәтижелер "
                "сәйкес келмеген жағдайда есептеулерге Орындаушы зертханасының нәтижелері қабылданады.", ""))
        rows = [g(["№", "Показатель", "Ед. изм.", "ДК по договору", "Результат лаборатории управляющей компании (Исполнителя)",
                   "Параллельная проба участника (справочно)",
                   "Кратность превышения ДК", "Повышающий коэффициент к тарифу"],
                  ["№", "Көрсеткіш", "Өлш. бірл.", "Шарт бойынша ЖБК", "Басқарушы компания зертханасының нәтижесі", "Қатысушының параллель сынамасы (анықтама үшін)",
                   "ЖБК-дан асу еселігі", "Тарифке арттыру коэффициенті"], [])]
    over = set(r.sample([s for s in IND_WATER[ind] if s != "pH"], r.choice((1, 2))))
    vals = {s: round(r.uniform(7.0, 8.6), 1) if s == "pH" else _sig(limits[s] * (r.uniform(1.3, 3.6) if s in over else r.uniform(0.15, 0.9)), 3)
            for s in keys}
    if "BOD5" in vals and "COD" in vals and vals["BOD5"] > 0.6 * vals["COD"]:
        vals["COD"] = _sig(vals["BOD5"] / r.uniform(0.45, 0.6), 3)
    for k, s in enumerate(keys, 1):
        lim, v = limits[s], vals[s]
        if s == "pH":
            mine, theirs, ratio, fac = num(v, doc.lang), num(round(v + r.uniform(-0.3, 0.3), 1), doc.lang), "–", "–"
        else:
            mine, theirs = num(v, doc.lang), num(_sig(v * r.uniform(0.75, 1.1), 3), doc.lang)
            ratio, fac = ((num(round(v / lim, 1), doc.lang), _factor(v / lim)) if v > lim else ("–", "–"))
        unit = g("ед. pH", "pH бірл.", "-") if s == "pH" else g("мг/дм3", "мг/дм3", "mg/l")
        rows.append([str(k), _w(doc, s), unit, cell(doc, lim), mine, theirs, ratio, fac])
        add(doc, limit(("symbol", s), "waste_water", lim, "mg/l", None, well, v))
    doc.table(g("Результаты анализа", "Талдау нәтижелері", "Bảng kết quả phân tích"), rows, role="limits")
    doc.p(g("Участник вправе в течение 5 рабочих дней представить протокол анализа параллельной пробы аккредитованной лаборатории.",
            "Қатысушы 5 жұмыс күні ішінде параллель сынаманы талдаудың аккредиттелген зертхана хаттамасын ұсынуға құқылы.",
            "Bên B có quyền đề nghị phân tích mẫu lưu tại đơn vị quan trắc được chứng nhận trong thời hạn 05 ngày làm việc."))
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- monitoring

# the flow classes of the rule in the note: (low, high) m3 a day, frequency
KZ_FLOW_RULE = (((110, 420), "monthly"), ((22, 95), "quarterly"), ((3, 18), "semiannual"))
VN_FLOW_RULE = (((210, 900), "monthly"), ((55, 190), "quarterly"), ((6, 45), "semiannual"))


def _flows(doc: Doc, n: int, rule) -> list[tuple[int, str]]:
    """A daily flow for each of n connections and the frequency the rule gives it, every class at least once."""
    classes = [0, 1, 2] + [doc.rng.randrange(3) for _ in range(n - 3)]
    doc.rng.shuffle(classes)
    return [(doc.rng.randint(*rule[c][0]), rule[c][1]) for c in classes]


def monitoring_hs1(doc: Doc) -> None:
    """A special economic zone's ПЭК programme for its sewerage, the management company's sampling at the participants'
    connection manholes `КК-n` and at its own plant: each manhole's row names the participant, its average daily flow and
    the parameters for its industry, but its frequency cell only says `по примечанию 1`, and the note under the table gives
    the frequency by the flow (over 100 m3 a day monthly, 20–100 quarterly, under 20 twice a year); the plant's inlet and
    outlet and the river's sections above and below the outlet carry their frequency in the cell (VI: an industrial park's
    programme of sampling at its tenants' manholes, `Theo ghi chú (1)` and the flow classes of 200 and 50 m3 a day, then
    the plant's inlet and outlet)."""
    r = doc.rng
    vi = doc.lang == "vi"
    g = doc.v
    if vi:
        p = _park(doc)
        tenants = [(name, ind) for name, _, ind, _ in p["tenants"]]
        flows = _flows(doc, len(tenants), VN_FLOW_RULE)
        doc.h(f"CHƯƠNG TRÌNH GIÁM SÁT NƯỚC THẢI ĐẤU NỐI VÀ NƯỚC THẢI SAU XỬ LÝ NĂM 2024 – {p['short'].upper()}")
        doc.p(f"{p['infra']} lấy mẫu nước thải tại hố ga đấu nối của các doanh nghiệp thứ cấp để kiểm soát việc tuân thủ giới hạn "
              "tiếp nhận, đồng thời quan trắc nước thải đầu vào và sau xử lý của nhà máy xử lý nước thải tập trung.")
        rows = [["TT", "Điểm lấy mẫu", "Doanh nghiệp / vị trí", "Lưu lượng nước thải TB (m3/ngày.đêm)", "Thông số", "Tần suất"]]
        see = "Theo ghi chú (1)"
        wells = sorted(r.sample(range(1, 40), len(tenants)))
        ids = [f"HG-{w:02d}" for w in wells]
        places = [f"Hố ga đấu nối của {name}" for name, _ in tenants]
        own = (("NT0", "Hố thu gom nước thải đầu vào nhà máy XLNT tập trung", ("pH", "BOD5", "COD", "TSS", "NH4+", "TN", "TP"), "monthly"),
               ("NT1", f"Nước thải sau xử lý, trước điểm xả ra {p['river']}", ("pH", "BOD5", "COD", "TSS", "NH4+", "TN", "TP", "TPH", "Coliform"),
                "quarterly"))
    else:
        L = _L(doc)
        z = _sez(doc)
        tenants = [((n_ru, n_kk)[L], ind) for n_ru, n_kk, _, _, ind, _ in z["tenants"]]
        flows = _flows(doc, len(tenants), KZ_FLOW_RULE)
        doc.h(g(f"Программа производственного экологического контроля {z['uk'][0]}. Раздел 5. Контроль сточных вод {z['sez'][0]}",
                f"{z['uk'][1]} өндірістік экологиялық бақылау бағдарламасы. 5-бөлім. {z['sez'][1]} сарқынды суларын бақылау", ""))
        doc.p(g("Управляющая компания контролирует состав сточных вод участников СЭЗ в колодцах присоединения к коллекторам СЭЗ и "
                "работу центральных очистных сооружений; отбор проб выполняет лаборатория управляющей компании.",
                "Басқарушы компания АЭА қатысушыларының сарқынды суларының құрамын АЭА коллекторларына қосылу құдықтарында және "
                "орталық тазарту құрылыстарының жұмысын бақылайды; сынамаларды басқарушы компанияның зертханасы алады.", ""))
        rows = [g(["№", "Точка отбора проб", "Расположение", "Среднесуточный расход, м3/сут", "Контролируемые показатели", "Периодичность"],
                  ["№", "Сынама алу нүктесі", "Орналасқан жері", "Орташа тәуліктік шығын, м3/тәул", "Бақыланатын көрсеткіштер", "Кезеңділігі"], [])]
        see = g("по примечанию 1", "1-ескертпе бойынша", "")
        wells = sorted(r.sample(range(1, 20), len(tenants)))
        ids = [f"КК-{w}" for w in wells]
        places = [g(f"колодец присоединения участника {name}", f"{name} қатысушысының қосылу құдығы", "") for name, _ in tenants]
        river = z["river"][L]
        own = (("Вх-1", g("вход ЦОС, приемная камера", "ОТҚ кірісі, қабылдау камерасы", ""), ("pH", "BOD5", "COD", "TSS", "NH4+", "TP"), "monthly"),
               ("Вып-1", g(f"выпуск очищенных сточных вод в {river}", f"тазартылған сарқынды суларды {river} шығару", ""),
                ("pH", "BOD5", "COD", "TSS", "NH4+", "NO2-", "NO3-", "TPH"), "monthly"),
               ("Ств-1", g(f"{river}, 500 м выше выпуска (фоновый створ)", f"{river}, шығарылымнан 500 м жоғары (фондық тұстама)", ""),
                ("pH", "BOD5", "TSS", "NH4+", "NO2-", "NO3-", "TPH"), "quarterly"),
               ("Ств-2", g(f"{river}, 500 м ниже выпуска (контрольный створ)", f"{river}, шығарылымнан 500 м төмен (бақылау тұстамасы)", ""),
                ("pH", "BOD5", "TSS", "NH4+", "NO2-", "NO3-", "TPH"), "quarterly"))
    order = sorted(range(len(tenants)), key=lambda i: wells[i])
    k = 0
    for i in order:
        k += 1
        (_, ind), (flow, word) = tenants[i], flows[i]
        keys = IND_WATER[ind]
        rows.append([str(k), ids[i], places[i], num(flow, doc.lang), _wnames(doc, keys), see])
        for s in keys:
            doc.add("monitoring", {"point": ids[i], "symbol": s, "frequency": word})
    for pid, place, keys, word in own:
        k += 1
        rows.append([str(k), pid, place, "–", _wnames(doc, keys), _often(doc, word)])
        for s in keys:
            doc.add("monitoring", {"point": pid, "symbol": s, "frequency": word})
    doc.table(g("Таблица 5.1 – План-график отбора проб сточных и поверхностных вод", "5.1-кесте – Сарқынды және жерүсті суларынан сынама алу жоспар-кестесі",
                "Bảng 1. Vị trí, thông số và tần suất giám sát"), rows, role="monitoring")
    doc.p(g("Примечание 1. Периодичность отбора проб в колодцах присоединения устанавливается по среднесуточному расходу сточных "
            "вод участника: более 100 м3/сут – ежемесячно; от 20 до 100 м3/сут – ежеквартально; менее 20 м3/сут – два раза в год.",
            "1-ескертпе. Қосылу құдықтарында сынама алу кезеңділігі қатысушының сарқынды суларының орташа тәуліктік шығыны бойынша "
            "белгіленеді: тәулігіне 100 м3-ден астам – ай сайын; тәулігіне 20-дан 100 м3-ге дейін – тоқсан сайын; тәулігіне 20 м3-ден "
            "аз – жылына екі рет.",
            "Ghi chú (1): Tần suất lấy mẫu tại hố ga đấu nối được xác định theo lưu lượng nước thải trung bình của doanh nghiệp: từ "
            "200 m3/ngày.đêm trở lên – 01 tháng/lần; từ 50 đến dưới 200 m3/ngày.đêm – 03 tháng/lần; dưới 50 m3/ngày.đêm – 06 tháng/lần."))
    maybe_distractor(doc)


# (point, RU place, KK place)
LAB_POINTS = (
    ("ТЛ-1", "вход ЦОС (приемная камера)", "ОТҚ кірісі (қабылдау камерасы)"),
    ("ТЛ-2", "после песколовок", "құм ұстағыштардан кейін"),
    ("ТЛ-3", "после первичных отстойников", "бастапқы тұндырғыштардан кейін"),
    ("ТЛ-4", "иловая смесь аэротенков", "аэротенктердің лай қоспасы"),
    ("ТЛ-5", "после вторичных отстойников", "қайталама тұндырғыштардан кейін"),
    ("ТЛ-6", "Вып-1, после УФ-обеззараживания", "Вып-1, УК-зарарсыздандырудан кейін"),
)
# symbol (None for a row of no substance: (RU, KK)): intervals in days at the six points, None for a dash
LAB_PLAN = (
    ("pH", (1, None, None, 1, None, 1)),
    ("TSS", (1, 1, 1, None, 1, 1)),
    ("COD", (1, None, 1, None, 7, 1)),
    ("BOD5", (7, None, 7, None, 7, 7)),
    ("NH4+", (7, None, None, None, 7, 1)),
    ("NO2-", (None, None, None, None, 7, 7)),
    ("NO3-", (None, None, None, None, 7, 7)),
    ("TP", (30, None, None, None, None, 30)),
    ("TPH", (30, None, None, None, None, 30)),
    ("Surfactants", (30, None, None, None, None, 90)),
    ("DO", (None, None, None, 1, None, None)),
    (("Температура, °C", "Температура, °C"), (1, None, None, 1, None, 1)),
    (("Доза ила по объему, мл/дм3", "Лайдың көлем бойынша мөлшері, мл/дм3"), (None, None, None, 1, None, None)),
    (("Иловый индекс, см3/г", "Лай индексі, см3/г"), (None, None, None, 7, None, None)),
)
INTERVAL = {1: "daily", 7: "weekly", 30: "monthly", 90: "quarterly"}


def monitoring_hs2(doc: Doc) -> None:
    """The laboratory control schedule of a special economic zone's central treatment plant, a matrix of parameters by the
    points along the treatment line in the order the water flows — inlet, after the grit chambers, after the primary
    settlers, the aeration tanks' mixed liquor, after the secondary settlers, the outlet — whose cells give the interval
    between samplings in days (`1`, `7`, `30`, `90`) under a merged `Интервал между отборами проб, сут.`, a dash where a
    point is not sampled for that parameter; temperature, the sludge dose and the sludge index without a substance (VI: a
    park's plant's environmental permit whose programme has automatic and periodic monitoring at the outlet and a note that
    exempts the automatically measured parameters from the periodic sampling, as Decree 08/2022 allows)."""
    r = doc.rng
    if doc.lang == "vi":
        _monitoring_hs2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    z = _sez(doc)
    doc.h(g(f"График лабораторно-производственного контроля центральных очистных сооружений {z['sez'][0]} на 2026 год",
            f"{z['sez'][1]} орталық тазарту құрылыстарының 2026 жылға арналған зертханалық-өндірістік бақылау кестесі", ""))
    doc.p(g("Точки отбора проб расположены по ходу движения воды. В ячейках указан интервал между отборами проб в сутках; «–» – "
            "показатель в данной точке не определяется.",
            "Сынама алу нүктелері судың қозғалыс бағыты бойынша орналасқан. Ұяшықтарда сынама алулар арасындағы аралық тәулікпен "
            "көрсетілген; «–» – көрсеткіш осы нүктеде анықталмайды.", ""))
    rows = [[g("Показатель", "Көрсеткіш", ""), g("Интервал между отборами проб, сут.", "Сынама алулар арасындағы аралық, тәул.", "")] + [None] * 5,
            [None] + [f"{pid} – {(p_ru, p_kk)[L]}" for pid, p_ru, p_kk in LAB_POINTS]]
    merges = [(0, 0, 1, 0), (0, 1, 0, 6)]
    for key, plan in LAB_PLAN:
        if isinstance(key, str) and key in ("Surfactants", "TPH") and r.random() < 0.3:
            continue
        label = key[L] if isinstance(key, tuple) else vocab.water(key, doc.lang)
        rows.append([label] + [str(d) if d else "–" for d in plan])
        if isinstance(key, tuple):
            continue
        for (pid, _, _), d in zip(LAB_POINTS, plan, strict=True):
            if d:
                doc.add("monitoring", {"point": pid, "symbol": key, "frequency": INTERVAL[d]})
    doc.table(g("Таблица 1 – Точки, показатели и интервалы отбора проб", "1-кесте – Сынама алу нүктелері, көрсеткіштері және аралықтары", ""),
              rows, merges, role="monitoring")
    doc.p(g("Анализы выполняет лаборатория ЦОС; пробы на выпуске Вып-1 один раз в квартал дублируются сторонней аккредитованной "
            "лабораторией для отчета по ПЭК.",
            "Талдауларды ОТҚ зертханасы орындайды; Вып-1 шығарылымындағы сынамалар ӨЭБ бойынша есеп үшін тоқсанына бір рет бөгде "
            "аккредиттелген зертханамен қайталанады.", ""))
    maybe_distractor(doc)


def _monitoring_hs2_vi(doc: Doc) -> None:
    r = doc.rng
    p = _park(doc)
    auto = ["pH", "COD", "TSS", "NH4+"] + [s for s in ("TN", "TP") if r.random() < 0.5]
    periodic = ["pH", "BOD5", "COD", "TSS", "NH4+", "TN", "TP", "TPH", "Coliform"] + [s for s in ("Fe", "Zn", "Cu") if r.random() < 0.5]
    sludge = ["As", "Pb", "Cd", "Hg"]
    doc.h(f"GIẤY PHÉP MÔI TRƯỜNG – NHÀ MÁY XỬ LÝ NƯỚC THẢI TẬP TRUNG {p['short'].upper()}")
    doc.h("Phụ lục 2. Chương trình quan trắc nước thải")
    rows = [["TT", "Vị trí quan trắc", "Hình thức", "Thông số", "Tần suất"]]
    merges: list = []
    rows.append(["1", "NT0 – Hố thu gom nước thải đầu vào", "Tự động, liên tục", "Lưu lượng, pH, COD", doc.pick(FREQ["vi"]["continuous"])])
    for s in ("pH", "COD"):
        doc.add("monitoring", {"point": "NT0", "symbol": s, "frequency": "continuous"})
    start = len(rows)
    rows.append(["2", f"NT1 – Nước thải sau xử lý, trước điểm xả ra {p['river']}", "Tự động, liên tục",
                 f"Lưu lượng, nhiệt độ, {_wnames(doc, auto)}", "liên tục"])
    rows.append([None, None, "Định kỳ", _wnames(doc, periodic), f"{freq(doc, 'quarterly')} (*)"])
    merges += [(start, 0, start + 1, 0), (start, 1, start + 1, 1)]
    for s in auto:
        doc.add("monitoring", {"point": "NT1", "symbol": s, "frequency": "continuous"})
    for s in periodic:
        if s not in auto:
            doc.add("monitoring", {"point": "NT1", "symbol": s, "frequency": "quarterly"})
    rows.append(["3", "BT1 – Bùn thải sau máy ép bùn", "Định kỳ (phân định theo QCVN 07:2009/BTNMT)", _wnames(doc, sludge), freq(doc, "yearly")])
    for s in sludge:
        doc.add("monitoring", {"point": "BT1", "symbol": s, "frequency": "yearly"})
    doc.table("Bảng 2.1. Vị trí, thông số và tần suất quan trắc", rows, merges, role="monitoring")
    doc.p(f"(*) Cơ sở được miễn quan trắc định kỳ đối với các thông số đã được quan trắc tự động, liên tục tại điểm NT1 ({_wnames(doc, auto)}) "
          "theo quy định của Nghị định số 08/2022/NĐ-CP; các thông số còn lại quan trắc định kỳ theo tần suất nêu trên.")
    doc.p("Dữ liệu quan trắc tự động, liên tục được truyền trực tiếp về Sở Tài nguyên và Môi trường; quy chuẩn so sánh: QCVN "
          "40:2011/BTNMT, cột A.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

# a tree: (RU, KK, VI) heading of level 1, [(RU, KK, VI) heading of level 2, [(RU, KK, VI) check, word or None, (RU, KK, VI) who]]
OPERATOR = ("оператор очистных сооружений", "тазарту құрылыстарының операторы", "Công nhân vận hành")
FOREMAN = ("мастер ЦОС", "ОТҚ шебері", "Tổ trưởng ca vận hành")
MECH = ("механик ЦОС", "ОТҚ механигі", "Kỹ thuật viên cơ điện")
ECO = ("инженер-эколог", "инженер-эколог", "Cán bộ môi trường")
KIP = ("инженер КИПиА", "БӨАжА инженері", "Kỹ sư tự động hóa")
TREE = (
    (("Механическая очистка", "Механикалық тазарту", "Xử lý sơ bộ"), (
        (("Решетки", "Торлар", "Song chắn rác"), (
            (("Осмотр решеток и транспортера отбросов, заполнение контейнера", "Торлар мен қалдықтар транспортерін қарау, контейнердің толуы",
              "Kiểm tra song chắn rác, băng tải rác và mức đầy thùng chứa"), None, OPERATOR),
            (("Проверка герметичности контейнеров и своевременности вывоза отбросов", "Контейнерлердің саңылаусыздығын және қалдықтардың уақтылы шығарылуын тексеру",
              "Kiểm tra độ kín thùng chứa rác và việc chuyển giao rác"), "weekly", FOREMAN))),
        (("Песколовки", "Құм ұстағыштар", "Bể lắng cát"), (
            (("Осмотр песколовок и уровня песка в бункере", "Құм ұстағыштарды және бункердегі құм деңгейін қарау",
              "Kiểm tra bể lắng cát và mức cát trong phễu"), "daily", OPERATOR),
            (("Проверка состояния песковой площадки и ее ограждающего вала", "Құм алаңының және оның қоршау білігінің жай-күйін тексеру",
              "Kiểm tra sân phơi cát và bờ bao"), "monthly", FOREMAN))))),
    (("Биологическая очистка", "Биологиялық тазарту", "Xử lý sinh học"), (
        (("Аэротенки", "Аэротенктер", "Bể hiếu khí"), (
            (("Визуальный осмотр аэрации, пенообразования и цвета иловой смеси", "Аэрацияны, көбік түзілуін және лай қоспасының түсін көзбен қарау",
              "Quan sát sục khí, bọt và màu bùn hoạt tính"), "daily", OPERATOR),
            (("Проверка состояния аэраторов и воздуховодов при опорожнении секции", "Секцияны босатқан кезде аэраторлар мен ауа өткізгіштердің жай-күйін тексеру",
              "Kiểm tra đĩa phân phối khí và đường ống khí khi tháo cạn bể"), "yearly", MECH))),
        (("Вторичные отстойники", "Қайталама тұндырғыштар", "Bể lắng sinh học"), (
            (("Осмотр илоскребов, лотков и переливов", "Лай қырғыштарды, науаларды және асып төгілулерді қарау",
              "Kiểm tra cầu gạt bùn, máng thu nước và hiện tượng tràn"), "daily", OPERATOR),
            (("Проверка выноса взвешенных веществ и всплывания ила", "Қалқыма заттардың шығарылуын және лайдың қалқып шығуын тексеру",
              "Kiểm tra hiện tượng bùn nổi và trôi bùn"), "weekly", FOREMAN))))),
    (("Обработка осадка", "Тұнбаны өңдеу", "Xử lý bùn"), (
        (("Цех механического обезвоживания", "Механикалық сусыздандыру цехы", "Nhà ép bùn"), (
            (("Осмотр ленточного фильтр-пресса, утечки флокулянта", "Таспалы сүзгі-престі қарау, флокулянттың ағуы",
              "Kiểm tra máy ép bùn băng tải, rò rỉ polymer"), None, OPERATOR),
            (("Проверка площадки временного хранения кека", "Кекті уақытша сақтау алаңын тексеру", "Kiểm tra khu lưu giữ bùn sau ép"),
             "weekly", ECO))),)),
    (("Выпуск и водоприемник", "Шығарылым және су қабылдағыш", "Điểm xả và nguồn tiếp nhận"), (
        (("Выпуск Вып-1", "Вып-1 шығарылымы", "Điểm xả NT1"), (
            (("Осмотр оголовка выпуска и берега водоприемника", "Шығарылым ұштығын және су қабылдағыш жағалауын қарау",
              "Kiểm tra cửa xả và bờ nguồn tiếp nhận"), "monthly", ECO),
            (("Проверка поста АСМ-С1, сверка показаний с лабораторными данными", "АМЖ-Ш1 бекетін тексеру, көрсеткіштерді зертхана деректерімен салыстыру",
              "Kiểm tra trạm quan trắc tự động, so sánh với kết quả phòng thí nghiệm"), "weekly", KIP))),
        (("Водоохранная зона", "Су қорғау аймағы", "Hành lang bảo vệ nguồn nước"), (
            (("Обследование водоохранной полосы в районе выпуска", "Шығарылым маңындағы су қорғау белдеуін зерттеп-қарау",
              "Khảo sát hành lang bảo vệ nguồn nước khu vực cửa xả"), "semiannual", ECO),)))),
)  # fmt: skip
SHIFT = ("ежесменно", "ауысым сайын", "Mỗi ca")


def inspections_hs1(doc: Doc) -> None:
    """The section on inspections of a special economic zone's central treatment plant's operating regulation, numbered as a
    tree three levels deep in the first column — `1` the stage of treatment, `1.1` the structure, `1.1.1` the check — the
    stage's and the structure's rows carrying only their heading, the checks with their frequency, the one who checks and
    the record; checks every shift beside daily to twice-yearly ones, and one done at each draining of a tank written as
    yearly (VI: the operating procedure of a park's treatment plant, `Mục 5` with items `5.1.1.1`, `Mỗi ca` beside `Hằng
    ngày` and `06 tháng/lần`)."""
    r = doc.rng
    vi = doc.lang == "vi"
    i = vocab.LANGS.index(doc.lang)
    g = doc.v
    if vi:
        p = _park(doc)
        doc.h(f"QUY TRÌNH VẬN HÀNH NHÀ MÁY XỬ LÝ NƯỚC THẢI TẬP TRUNG {p['short'].upper()}")
        doc.h("Mục 5. Kiểm tra công trình, thiết bị")
        doc.p("Kết quả kiểm tra được ghi vào sổ nhật ký vận hành; các hư hỏng phải báo ngay cho Giám đốc nhà máy.")
        prefix = "5."
        head = ["Mục", "Công trình, thiết bị, nội dung kiểm tra", "Tần suất", "Người thực hiện", "Ghi chép"]
        rec = ("Sổ nhật ký vận hành", "Biên bản kiểm tra")
    else:
        z = _sez(doc)
        doc.h(g(f"Регламент эксплуатации центральных очистных сооружений {z['sez'][0]}. Раздел 6. Осмотры сооружений",
                f"{z['sez'][1]} орталық тазарту құрылыстарын пайдалану регламенті. 6-бөлім. Құрылыстарды қарау", ""))
        doc.p(g("Осмотры проводятся по перечню таблицы 6.1; выявленные неисправности заносятся в журнал и сообщаются начальнику ЦОС.",
                "Қарау 6.1-кестенің тізбесі бойынша жүргізіледі; анықталған ақаулар журналға енгізіледі және ОТҚ бастығына хабарланады.", ""))
        prefix = ""
        head = g(["№", "Сооружение, оборудование, вид осмотра", "Периодичность", "Исполнитель", "Запись"],
                 ["№", "Құрылыс, жабдық, қарау түрі", "Кезеңділігі", "Орындаушы", "Жазба"], [])
        rec = g(("вахтенный журнал", "акт осмотра"), ("кезекшілік журналы", "қарау актісі"), ())
    rows = [head]
    for a, (stage, structures) in enumerate(TREE, 1):
        rows.append([f"{prefix}{a}", stage[i], "", "", ""])
        for b, (structure, checks) in enumerate(structures, 1):
            rows.append([f"{prefix}{a}.{b}", structure[i], "", "", ""])
            for c, (text, word, who) in enumerate(checks, 1):
                when = SHIFT[i] if word is None else _often(doc, word)
                rows.append([f"{prefix}{a}.{b}.{c}", text[i], when, who[i], rec[0] if word in (None, "daily") else rec[1]])
                item = {"kind": "inspection", "text_contains": _words(text[i], 7 if vi else 4), "actor_contains": who[i]}
                if word:
                    item["frequency"] = word
                doc.add("obligations", item)
    doc.table(g("Таблица 6.1 – Перечень осмотров", "6.1-кесте – Қарау тізбесі", "Bảng 5.1. Nội dung và tần suất kiểm tra"), rows, role="inspections")
    if r.random() < 0.4:
        distractor(doc, "approval")


# industry: [(RU object, KK object, VI object, RU what, KK what, VI what)]
CARD_CHECKS = {
    "common": (("Колодец присоединения {well}", "{well} қосылу құдығы", "Hố ga đấu nối {well}",
                "пломба на задвижке, отсутствие подпора и посторонних сбросов", "ысырмадағы пломба, тірелудің және бөгде ағызулардың болмауы",
                "niêm phong van, không ứ đọng, không có dòng xả lạ"),
               ("Узел учета сточных вод", "Сарқынды суларды есепке алу торабы", "Đồng hồ đo lưu lượng nước thải",
                "показания и срок поверки расходомера", "шығын өлшегіштің көрсеткіштері және салыстырып тексеру мерзімі",
                "chỉ số và thời hạn kiểm định đồng hồ"),
               ("Ливневая канализация участка", "Учаскенің нөсер кәрізі", "Hệ thống thoát nước mưa của nhà máy",
                "отсутствие подключения производственных стоков", "өндірістік ағындардың қосылмауы",
                "không đấu nối nước thải sản xuất vào cống thoát nước mưa")),
    "food": (("Жироуловитель", "Май ұстағыш", "Bể tách mỡ",
              "степень заполнения, журнал очистки", "толу дәрежесі, тазалау журналы", "mức mỡ tích tụ, sổ theo dõi hút mỡ"),),
    "metal": (("Локальные очистные сооружения гальванических стоков", "Гальваникалық ағындардың жергілікті тазарту құрылыстары",
               "Hệ thống xử lý sơ bộ nước thải xi mạ", "работа реагентной обработки, журнал pH", "реагенттік өңдеудің жұмысы, pH журналы",
               "vận hành hệ thống hóa lý, sổ theo dõi pH"),),
    "chem": (("Нейтрализатор кислых стоков", "Қышқыл ағындардың бейтараптандырғышы", "Bể trung hòa nước thải axit",
              "исправность дозирования щелочи, показания pH-метра", "сілтіні мөлшерлеудің ақаусыздығы, pH-метр көрсеткіштері",
              "thiết bị châm kiềm, chỉ số đầu đo pH"),),
    "textile": (("Усреднитель производственных стоков", "Өндірістік ағындардың орташаландырғышы", "Bể điều hòa nước thải sản xuất",
                 "перемешивание, охлаждение стоков перед сбросом", "араластыру, ағызу алдында ағындарды салқындату",
                 "khuấy trộn, làm mát nước thải trước khi đấu nối"),),
    "cable": (("Оборотная система охлаждения экструдеров", "Экструдерлерді салқындатудың айналмалы жүйесі", "Hệ thống nước làm mát tuần hoàn",
               "отсутствие сброса продувочных вод без согласования", "келісімсіз үрлеу суларын ағызудың болмауы",
               "không xả nước xả đáy khi chưa được chấp thuận"),),
    "plastic": (("Оборотная система охлаждения экструдеров", "Экструдерлерді салқындатудың айналмалы жүйесі", "Hệ thống nước làm mát tuần hoàn",
                 "отсутствие сброса продувочных вод без согласования", "келісімсіз үрлеу суларын ағызудың болмауы",
                 "không xả nước xả đáy khi chưa được chấp thuận"),),
    "logistic": (("Пескобензомаслоуловитель мойки", "Жуу орнының құм-бензин-май ұстағышы", "Bể tách dầu khu rửa xe",
                  "слой нефтепродуктов, журнал очистки", "мұнай өнімдерінің қабаты, тазалау журналы", "lớp dầu nổi, sổ theo dõi hút dầu"),),
}
CARD_OPTIONS = ("monthly", "quarterly", "semiannual", "yearly")
CARD_WORDS = {"ru": ("ежемесячно", "ежеквартально", "1 раз в полугодие", "ежегодно"),
              "kk": ("ай сайын", "тоқсан сайын", "жарты жылда 1 рет", "жылына 1 рет"),
              "vi": ("01 tháng/lần", "03 tháng/lần", "06 tháng/lần", "01 năm/lần")}


def _ticked(doc: Doc, word: str | None) -> str:
    return "  ".join(("☒ " if w == word else "☐ ") + text for w, text in zip(CARD_OPTIONS, CARD_WORDS[doc.lang], strict=True))


def inspections_hs2(doc: Doc) -> None:
    """A special economic zone's management company's control cards of its participants, one small table per participant
    under a caption naming it and its connection manhole: `№ | объект проверки | что проверяется | периодичность |
    проверяющий`, the frequency cell a printed row of options — `☐ ежемесячно ☒ ежеквартально ☐ 1 раз в полугодие ☐
    ежегодно` — only the ticked one holding; a row whose boxes are all empty and whose remark says the object is absent is
    no check (VI: an industrial park's infrastructure company's `Phiếu kiểm soát doanh nghiệp thứ cấp`, `☒ 03 tháng/lần`)."""
    r = doc.rng
    vi = doc.lang == "vi"
    i = vocab.LANGS.index(doc.lang)
    g = doc.v
    if vi:
        p = _park(doc)
        cards = [(name, ind) for name, _, ind, _ in r.sample(p["tenants"], 3)]
        doc.h(f"KẾ HOẠCH KIỂM SOÁT CÁC DOANH NGHIỆP THỨ CẤP NĂM 2024 – {p['short'].upper()}")
        doc.p(f"Phụ lục: Phiếu kiểm soát của từng doanh nghiệp thứ cấp do {p['infra']} lập; tần suất kiểm tra được đánh dấu ☒.")
        who_opts = ("Cán bộ môi trường Công ty hạ tầng", "Tổ kiểm soát nước thải", "Trưởng phòng Môi trường")
        head = ["TT", "Đối tượng kiểm tra", "Nội dung kiểm tra", "Tần suất (đánh dấu ☒)", "Người kiểm tra"]
        absent = "Không áp dụng (doanh nghiệp không có công trình này)"
    else:
        L = _L(doc)
        z = _sez(doc)
        cards = [((t[0], t[1])[L], t[4]) for t in r.sample(z["tenants"], 3)]
        doc.h(g(f"Карты контроля участников {z['sez'][0]} на 2026 год", f"{z['sez'][1]} қатысушыларын бақылау карталары, 2026 жыл", ""))
        doc.p(g(f"Карты составлены {z['uk'][0]} по условиям договоров на прием сточных вод; периодичность каждой проверки отмечена знаком ☒.",
                f"Карталарды {z['uk'][1]} сарқынды суларды қабылдау шарттарының талаптары бойынша жасады; әр тексерудің кезеңділігі ☒ "
                "белгісімен белгіленген.", ""))
        who_opts = g(("инспектор управляющей компании", "инженер-эколог управляющей компании", "лаборант управляющей компании"),
                     ("басқарушы компанияның инспекторы", "басқарушы компанияның инженер-экологы", "басқарушы компанияның зертханашысы"), ())
        head = g(["№", "Объект проверки", "Что проверяется", "Периодичность (отметить ☒)", "Проверяющий"],
                 ["№", "Тексеру объектісі", "Не тексеріледі", "Кезеңділігі (☒ белгілеу)", "Тексеруші"], [])
        absent = g("не применяется (объект отсутствует у участника)", "қолданылмайды (қатысушыда объект жоқ)", "")
    for n, (name, ind) in enumerate(cards, 1):
        well = f"HG-{r.randint(2, 40):02d}" if vi else f"КК-{r.randint(2, 19)}"
        rows = [head]
        checks = list(CARD_CHECKS["common"]) + list(CARD_CHECKS.get(ind, ()))
        missing = r.randrange(1, len(checks)) if r.random() < 0.5 else None
        for k, check in enumerate(checks, 1):
            obj = check[i].format(well=well)
            what = check[3 + i]
            if k - 1 == missing and k > 1:
                rows.append([str(k), obj, absent, _ticked(doc, None), "–"])
                continue
            word = doc.pick(CARD_OPTIONS[:3] if k == 1 else CARD_OPTIONS)
            who = doc.pick(who_opts)
            rows.append([str(k), obj, what, _ticked(doc, word), who])
            doc.add("obligations", {"kind": "inspection", "text_contains": _words(obj, 6 if vi else 4), "frequency": word, "actor_contains": who})
        cap = g(f"Карта № {n}. Участник: {name}; колодец присоединения {well}", f"№ {n} карта. Қатысушы: {name}; қосылу құдығы {well}",
                f"Phiếu số {n}. Doanh nghiệp: {name}; hố ga đấu nối {well}")
        doc.table(cap, rows, role="inspections")
    doc.p(g("Результаты проверок оформляются актом в двух экземплярах, один из которых передается участнику.",
            "Тексеру нәтижелері екі данада актімен ресімделеді, оның біреуі қатысушыға беріледі.",
            "Kết quả kiểm tra được lập thành biên bản, gửi doanh nghiệp thứ cấp 01 bản."))


# ---------------------------------------------------------------- tasks

# (RU, KK, VI) scenario, [((RU, KK, VI) action, (RU, KK, VI) who, (RU, KK, VI) term, (RU, KK, VI) notified)]
DUTY = ("дежурный оператор ЦОС", "ОТҚ кезекші операторы", "Trực ca vận hành")
LAB = ("лаборатория ЦОС", "ОТҚ зертханасы", "Phòng thí nghiệm của nhà máy")
HEAD = ("начальник ЦОС", "ОТҚ бастығы", "Giám đốc nhà máy XLNT")
INSP = ("инспектор управляющей компании", "басқарушы компанияның инспекторы", "Tổ kiểm soát nước thải")
GUILTY = ("участник СЭЗ, допустивший сброс", "ағызуға жол берген АЭА қатысушысы", "Doanh nghiệp thứ cấp gây ra sự cố")
ELECTRIC = ("дежурный электромонтер", "кезекші электр монтері", "Thợ điện trực ca")
DISPATCH = ("диспетчер управляющей компании", "басқарушы компанияның диспетчері", "Bộ phận điều độ Công ty hạ tầng")
ECOLOGIST = ("инженер-эколог управляющей компании", "басқарушы компанияның инженер-экологы", "Phòng Môi trường Công ty hạ tầng")
SCENARIOS = (
    (("Превышение ХПК или pH на входе ЦОС по данным поста АСМ-В1 (залповый сброс)",
      "АМЖ-К1 бекетінің деректері бойынша ОТҚ кірісінде ОХТ немесе pH-тың асуы (кенеттен ағызу)",
      "COD hoặc pH đầu vào vượt ngưỡng theo trạm quan trắc tự động (xả thải đột ngột)"), (
        (("Подтвердить показания АСМ отбором и анализом разовой пробы на входе", "АМЖ көрсеткіштерін кірістегі бір реттік сынаманы алу және талдау арқылы растау",
          "Lấy mẫu đơn tại hố thu đầu vào để xác nhận số liệu quan trắc tự động"), LAB,
         ("в течение 30 мин", "30 мин ішінде", "Trong vòng 30 phút"), HEAD),
        (("Перевести поступающие стоки в аварийный резервуар-усреднитель", "Түсетін ағындарды апаттық резервуар-орташаландырғышқа ауыстыру",
          "Chuyển nước thải đầu vào sang hồ sự cố"), DUTY, ("немедленно", "дереу", "Ngay lập tức"), DISPATCH),
        (("Отобрать пробы в колодцах присоединения на коллекторе для установления источника сброса",
          "Ағызу көзін анықтау үшін коллектордағы қосылу құдықтарынан сынамалар алу",
          "Lấy mẫu tại các hố ga đấu nối trên tuyến cống để xác định nguồn xả"), INSP,
         ("в течение 2 ч", "2 сағ ішінде", "Trong vòng 02 giờ"), ECOLOGIST),
        (("Прекратить сброс, локализовать загрязненные стоки на своей площадке", "Ағызуды тоқтату, ластанған ағындарды өз алаңында оқшаулау",
          "Dừng xả thải, thu gom nước thải ô nhiễm trong phạm vi nhà máy"), GUILTY,
         ("немедленно по получении уведомления", "хабарлама алынған бойда дереу", "Ngay khi nhận được thông báo"), DISPATCH))),
    (("Поступление нефтепродуктов в коллектор СЭЗ", "АЭА коллекторына мұнай өнімдерінің түсуі",
      "Dầu tràn vào hệ thống thu gom nước thải"), (
        (("Установить сорбирующие боны в приемной камере и на входе в песколовки", "Қабылдау камерасында және құм ұстағыштардың кірісінде сорбциялық бондар орнату",
          "Lắp phao thấm dầu tại hố thu và đầu vào bể lắng cát"), DUTY, ("в течение 1 ч", "1 сағ ішінде", "Trong vòng 01 giờ"), HEAD),
        (("Откачать нефтяную пленку в емкость и передать на утилизацию", "Мұнай қабыршағын сыйымдылыққа сорып алып, кәдеге жаратуға беру",
          "Hút lớp dầu nổi vào bồn chứa và chuyển giao xử lý"), ("аварийная бригада управляющей компании", "басқарушы компанияның апаттық бригадасы",
                                                               "Đội ứng cứu sự cố Công ty hạ tầng"),
         ("в течение 24 ч", "24 сағ ішінде", "Trong vòng 24 giờ"), ECOLOGIST))),
    (("Отключение электроснабжения ЦОС или КНС", "ОТҚ немесе КСС электрмен жабдықтауының ажыратылуы",
      "Mất điện tại nhà máy hoặc trạm bơm"), (
        (("Запустить резервную дизельную электростанцию", "Резервтік дизель электр станциясын іске қосу", "Khởi động máy phát điện dự phòng"),
         ELECTRIC, ("в течение 15 мин", "15 мин ішінде", "Trong vòng 15 phút"), HEAD),
        (("Уведомить участников СЭЗ о временном ограничении сброса", "АЭА қатысушыларын ағызуды уақытша шектеу туралы хабардар ету",
          "Thông báo các doanh nghiệp thứ cấp tạm thời hạn chế xả thải"), DISPATCH,
         ("в течение 30 мин", "30 мин ішінде", "Trong vòng 30 phút"), ("участники СЭЗ", "АЭА қатысушылары", "Các doanh nghiệp thứ cấp")))),
    (("Отказ поста АСМ-С1 на выпуске", "Шығарылымдағы АМЖ-Ш1 бекетінің істен шығуы",
      "Trạm quan trắc tự động tại điểm xả NT1 ngừng hoạt động"), (
        (("Организовать отбор проб на выпуске вручную каждые 2 ч до восстановления АСМ",
          "АМЖ қалпына келгенге дейін шығарылымда әр 2 сағат сайын қолмен сынама алуды ұйымдастыру",
          "Lấy mẫu thủ công tại điểm xả 02 giờ/lần cho đến khi khắc phục trạm"), LAB,
         ("с момента отказа", "істен шыққан сәттен бастап", "Ngay khi trạm ngừng hoạt động"), HEAD),
        (("Уведомить уполномоченный орган об отказе АСМ и сроках восстановления", "Уәкілетті органды АМЖ-ның істен шығуы және қалпына келтіру мерзімдері туралы хабардар ету",
          "Thông báo cơ quan quản lý về sự cố trạm và thời gian khắc phục"), ECOLOGIST,
         ("в течение 1 рабочего дня", "1 жұмыс күні ішінде", "Trong vòng 01 ngày làm việc"),
         ("Департамент экологии", "Экология департаменті", "Sở Tài nguyên và Môi trường")))),
)  # fmt: skip


def tasks_hs1(doc: Doc) -> None:
    """A special economic zone's plan of action in emergencies on its sewerage and central treatment plant: a row spanning the
    table per scenario (a shock load seen by the inlet's AMS post, oil in the collector, a power cut, a failure of the
    outlet's AMS post), the actions numbered `1.1`, `2.2` within it, the one who acts, the reaction time (`немедленно`,
    `в течение 30 мин`) and, last, who is notified — a column of other bodies that act in no row of their own; the
    participant that caused the discharge among those who act (VI: a park's treatment plant's incident response plan,
    `Tình huống 1` rows, `Thông báo cho`)."""
    r = doc.rng
    vi = doc.lang == "vi"
    i = vocab.LANGS.index(doc.lang)
    g = doc.v
    if vi:
        p = _park(doc)
        doc.h(f"KẾ HOẠCH ỨNG PHÓ SỰ CỐ MÔI TRƯỜNG – NHÀ MÁY XỬ LÝ NƯỚC THẢI TẬP TRUNG {p['short'].upper()}")
        doc.p(f"Kế hoạch do {p['infra']} lập theo Luật Bảo vệ môi trường 2020; áp dụng cho hệ thống thu gom và nhà máy xử lý nước "
              "thải tập trung của khu công nghiệp.")
        head = ["TT", "Nội dung ứng phó", "Người/bộ phận thực hiện", "Thời gian thực hiện", "Thông báo cho"]
        cap = "Bảng 3. Các bước ứng phó theo tình huống"
    else:
        z = _sez(doc)
        doc.h(g(f"План действий при аварийных ситуациях на сетях водоотведения и центральных очистных сооружениях {z['sez'][0]}",
                f"{z['sez'][1]} су бұру желілері мен орталық тазарту құрылыстарындағы авариялық жағдайлар кезіндегі іс-қимыл жоспары", ""))
        doc.p(g(f"План утвержден директором {z['uk'][0]} и доведен до участников СЭЗ. Время реагирования отсчитывается с момента "
                "обнаружения ситуации.",
                f"Жоспарды {z['uk'][1]} директоры бекітті және АЭА қатысушыларына жеткізілді. Әрекет ету уақыты жағдай анықталған "
                "сәттен бастап есептеледі.", ""))
        head = g(["№", "Действие", "Исполнитель", "Время реагирования", "Кого оповещают"],
                 ["№", "Әрекет", "Орындаушы", "Әрекет ету уақыты", "Кімге хабарланады"], [])
        cap = g("Таблица 2 – Действия по сценариям", "2-кесте – Сценарийлер бойынша әрекеттер", "")
    rows = [head]
    merges: list = []
    scenarios = [s for s in SCENARIOS if r.random() < 0.85 or s is SCENARIOS[0]]
    for a, (title, steps) in enumerate(scenarios, 1):
        label = f"Tình huống {a}. {title[i]}" if vi else f"{a}. {title[i]}"
        _span(rows, merges, label, 5)
        for b, (text, who, term, told) in enumerate(steps, 1):
            number = f"{a}.{b}"
            rows.append([number, text[i], who[i], term[i], told[i]])
            doc.add("obligations", {"kind": "task", "number": number, "text_contains": _words(text[i]), "actor_contains": who[i]})
    doc.table(cap, rows, merges, role="tasks")
    maybe_distractor(doc, 0.4)


# industry: [(RU, KK, VI) requirement, (RU, KK, VI) term, (RU, KK, VI) proof]
DEMANDS = {
    "food": (("Выполнить внеочередную очистку жироуловителя и восстановить график его обслуживания", "Май ұстағышты кезектен тыс тазалауды орындау және оған қызмет көрсету кестесін қалпына келтіру",
              "Hút mỡ và vệ sinh bể tách mỡ, lập lại lịch bảo dưỡng định kỳ"),),
    "metal": (("Восстановить работу реагентной обработки гальванических стоков", "Гальваникалық ағындарды реагенттік өңдеудің жұмысын қалпына келтіру",
               "Khôi phục hoạt động của hệ thống xử lý hóa lý nước thải xi mạ"),),
    "chem": (("Отрегулировать дозирование щелочи в нейтрализаторе кислых стоков", "Қышқыл ағындарды бейтараптандырғышта сілтіні мөлшерлеуді реттеу",
              "Hiệu chỉnh hệ thống châm kiềm tại bể trung hòa"),),
    "textile": (("Обеспечить усреднение и охлаждение стоков красильного цеха перед сбросом", "Ағызу алдында бояу цехының ағындарын орташаландыруды және салқындатуды қамтамасыз ету",
                 "Bảo đảm điều hòa và làm mát nước thải nhuộm trước khi đấu nối"),),
    "cable": (("Прекратить сброс продувочных вод оборотной системы без согласования", "Келісімсіз айналмалы жүйенің үрлеу суларын ағызуды тоқтату",
               "Chấm dứt xả nước xả đáy hệ thống làm mát khi chưa được chấp thuận"),),
    "plastic": (("Прекратить сброс продувочных вод оборотной системы без согласования", "Келісімсіз айналмалы жүйенің үрлеу суларын ағызуды тоқтату",
                 "Chấm dứt xả nước xả đáy hệ thống làm mát khi chưa được chấp thuận"),),
}  # fmt: skip
COMMON_DEMANDS = (
    (("Представить письменное объяснение причин превышения допустимых концентраций", "Жол берілетін концентрациялардан асу себептері туралы жазбаша түсініктеме ұсыну",
      "Gửi văn bản giải trình nguyên nhân nước thải vượt giới hạn tiếp nhận"),
     ("в течение 5 рабочих дней", "5 жұмыс күні ішінде", "Trong vòng 05 ngày làm việc"), ("письмо", "хат", "Văn bản giải trình")),
    (("Разработать и согласовать с управляющей компанией план мероприятий по доведению стоков до ДК", "Ағындарды ЖБК-ға жеткізу жөніндегі іс-шаралар жоспарын әзірлеу және басқарушы компаниямен келісу",
      "Lập kế hoạch khắc phục và thống nhất với Công ty hạ tầng"),
     ("до 15.10.2025", "2025 ж. 15.10 дейін", "Trước ngày 15/10/2024"), ("план мероприятий", "іс-шаралар жоспары", "Kế hoạch khắc phục")),
    (("Выполнить повторный отбор проб в колодце присоединения за счет участника", "Қосылу құдығында қатысушының есебінен қайта сынама алуды орындау",
      "Phối hợp lấy mẫu lặp lại tại hố ga đấu nối, chi phí do doanh nghiệp chi trả"),
     ("после выполнения мероприятий, не позднее 30.10.2025", "іс-шаралар орындалғаннан кейін, 2025 ж. 30.10 кешіктірмей",
      "Sau khi khắc phục, chậm nhất ngày 30/10/2024"), ("протокол анализа", "талдау хаттамасы", "Phiếu kết quả phân tích")),
    (("Оплатить сверхнормативный сброс с повышающим коэффициентом по счету управляющей компании", "Басқарушы компанияның шоты бойынша арттыру коэффициентімен нормадан тыс ағызуды төлеу",
      "Thanh toán phí xử lý nước thải vượt giới hạn theo hệ số K"),
     ("в течение 10 дней с даты счета", "шот күнінен бастап 10 күн ішінде", "Trong vòng 10 ngày kể từ ngày thông báo phí"),
     ("платежное поручение", "төлем тапсырмасы", "Chứng từ thanh toán")),
)  # fmt: skip


def tasks_hs2(doc: Doc) -> None:
    """A management company's letter to a participant after its waste water exceeded the connection limits: the letterhead,
    the number, the addressee line `Директору ТОО «…»`, the exceedances told in prose, then a table of what the participant
    must do — `№ | требование | срок | подтверждающий документ` — with no column for who acts, since the whole letter is
    addressed to the participant, and a copy line naming the Department of Ecology, which acts in nothing (VI: a park
    infrastructure company's `Thông báo` to a tenant, `Kính gửi: Công ty TNHH …`, the table of `Nội dung yêu cầu`)."""
    r = doc.rng
    vi = doc.lang == "vi"
    i = vocab.LANGS.index(doc.lang)
    g = doc.v
    if vi:
        p = _park(doc)
        name, _, ind, _ = doc.pick([t for t in p["tenants"] if t[2] in DEMANDS])
        who = _vcore(name)
        well = f"HG-{r.randint(2, 40):02d}"
        x1, x2 = round(r.uniform(1.3, 3.2), 1), round(r.uniform(1.2, 2.6), 1)
        doc.h(p["infra"].upper())
        doc.p(f"Số: {r.randint(100, 480)}/TB-HT. V/v nước thải vượt giới hạn tiếp nhận của khu công nghiệp.")
        doc.p(f"Kính gửi: {name}.")
        doc.p(f"Kết quả phân tích mẫu nước thải lấy ngày {r.randint(1, 28):02d}/09/2024 tại hố ga đấu nối {well} của Quý Công ty cho thấy "
              f"COD vượt {num(x1, 'vi')} lần và TSS vượt {num(x2, 'vi')} lần so với giới hạn tiếp nhận của {p['short']}. Căn cứ hợp đồng dịch vụ "
              f"xử lý nước thải, {p['infra']} đề nghị Quý Công ty thực hiện các nội dung sau:")
        head = ["TT", "Nội dung yêu cầu", "Thời hạn hoàn thành", "Hồ sơ gửi về Công ty hạ tầng"]
        cap = None
        copy = f"Nơi nhận: Như trên; {p['board']} (để báo cáo); Lưu: VT, P.MT."
    else:
        L = _L(doc)
        z = _sez(doc)
        t_ru, t_kk, _, _, ind, _ = doc.pick([t for t in z["tenants"] if t[4] in DEMANDS])
        name = (t_ru, t_kk)[L]
        who = _core(t_ru)
        well = f"КК-{r.randint(2, 19)}"
        x1, x2 = round(r.uniform(1.3, 3.2), 1), round(r.uniform(1.2, 2.6), 1)
        doc.h(z["uk"][L])
        doc.p(g(f"Исх. № 02-14/{r.randint(100, 480)} от {r.randint(16, 30)}.09.2025", f"Шығ. № 02-14/{r.randint(100, 480)}, 2025 ж. {r.randint(16, 30)}.09", ""))
        doc.p(g(f"Директору {name}", f"{name} директорына", ""))
        doc.p(g("Уведомление о нарушении условий приема сточных вод", "Сарқынды суларды қабылдау шарттарын бұзу туралы хабарлама", ""))
        doc.p(g(f"По результатам контрольного отбора проб от {r.randint(1, 15):02d}.09.2025 в колодце присоединения {well} установлено превышение "
                f"допустимых концентраций, предусмотренных договором на прием сточных вод: по ХПК – в {num(x1, 'ru')} раза, по взвешенным "
                f"веществам – в {num(x2, 'ru')} раза. На основании п. 4.6 договора требуем:",
                f"2025 ж. {r.randint(1, 15):02d}.09 бақылау сынамасын алу нәтижелері бойынша {well} қосылу құдығында сарқынды суларды қабылдау "
                f"шартында көзделген жол берілетін концентрациялардан асу анықталды: ОХТ бойынша – {num(x1, 'kk')} есе, қалқыма заттар бойынша – "
                f"{num(x2, 'kk')} есе. Шарттың 4.6-тармағы негізінде мыналарды талап етеміз:", ""))
        head = g(["№", "Требование", "Срок", "Подтверждающий документ"], ["№", "Талап", "Мерзімі", "Растайтын құжат"], [])
        cap = None
        copy = g(f"Копия: {z['dept'][0]} (для сведения).", f"Көшірмесі: {z['dept'][1]} (мәлімет үшін).", "")
    rows = [head]
    special = DEMANDS[ind][0]
    items = [COMMON_DEMANDS[0], (special, ("в течение 10 рабочих дней", "10 жұмыс күні ішінде", "Trong vòng 10 ngày làm việc"),
                                 ("акт выполненных работ", "орындалған жұмыстар актісі", "Biên bản nghiệm thu, hình ảnh"))] + list(COMMON_DEMANDS[1:])
    if r.random() < 0.4:
        items.pop()
    for k, (text, term, proof) in enumerate(items, 1):
        rows.append([str(k), text[i], term[i], proof[i]])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text[i]), "actor_contains": who})
    doc.table(cap, rows, role="tasks")
    doc.p(g("В случае невыполнения требований управляющая компания вправе ограничить прием сточных вод участника в порядке, "
            "установленном договором.",
            "Талаптар орындалмаған жағдайда басқарушы компания шартта белгіленген тәртіппен қатысушының сарқынды суларын қабылдауды "
            "шектеуге құқылы.",
            "Trường hợp không thực hiện, Công ty hạ tầng sẽ tạm ngừng tiếp nhận nước thải theo quy định của hợp đồng."))
    doc.p(copy)


LAYOUTS = [Layout(role, f"HS{k}", globals()[f"{role}_hs{k}"]) for role in ROLES for k in (1, 2)]
