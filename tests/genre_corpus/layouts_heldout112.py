"""A blind held-out set (two layouts per role, `JQ1` and `JQ2`): never used for tuning, written by someone who neither
ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`.

Theme: asphalt-concrete plants, road building and road-maintenance bases. Kazakhstan: a road contractor's temporary
bases along the reconstruction of the Taldykorgan – Kalbatau – Ust-Kamenogorsk road (a mobile asphalt plant, a crushing
and screening complex with its crushed-stone stockpiles, a bitumen base, a camp), a stationary asphalt plant of the
Akmola region with its drum dryer burning fuel oil, bitumen boilers and mineral-powder silo, road-maintenance sections
(ДЭУ) of the Kostanay region with their winter stores of sand-salt mix and technical salt, bitumen tanks, wash bays
with oil traps and observation wells, and the soil beside a road of the Almaty region. Vietnam: a hot-mix asphalt plant
in the former Bình Dương, a bitumen depot at Hải Phòng port, the upgrading of a national highway with its temporary
asphalt plant, crushed-stone yards and bridge crossings, and a road-maintenance company's patrol of its road sections.

Facility: a contractor's list of its temporary bases along the road under reconstruction, one base a row, its operator
and BIN only in the sentence above the table, the coordinates in degrees, minutes and seconds under a two-row header,
the road's kilometre and picket and the distance from the axis as look-alikes, a base of category IV among II and III
(VI: a hot-mix asphalt plant's general information as `Hạng mục | Nội dung` rows, the enterprise number inside the text of
its registration certificate, DMS coordinates, `nhóm II` in a sentence, the boundary's VN-2000 points in a table of no
role) (JQ1); a road-maintenance base's declaration of impact written as a statistical form — `Наименование показателя |
Код строки | Значение`, line codes 010 … 130 beside the values, the postcode, the OKPO code and the phone as look-alike
identifiers, the coordinates written `52.3694:64.0871`, the winter stores in a table of no role (VI: a bitumen depot's
sheet whose tax code sits inside the operator's cell, coordinates with `B`/`Đ`, its tanks in a table of no role) (JQ2).

Emissions: a stationary asphalt plant's table of the parameters of its sources for the НДВ — a three-row header (the
gas-air mixture's speed, volume and temperature and the map coordinates X, Y under merged cells, a row of column
numbers), the concentration in mg/m³ between the grams a second and the tonnes a year, the hours of work, height and
diameter as look-alikes, each source merged down over its substances, no hazard class, fuel-oil ash `2904` from the
dryer (VI: a hot-mix plant's loads by pollutant with the construction and the operation periods as column groups, tonnes
a period and tonnes a year) (JQ1); a road-maintenance base's calculation sheets, one table a source, the coefficients
K1 … K7, the tonnes an hour and a year and the fuel's sulphur as parameter rows, then a section row and a sub-header
before the results by pollutant, sodium chloride out of the sand-salt mix (VI: a highway upgrade's loads from the
building machines with the pollutants as columns in g/s, the machines' number and fuel as look-alikes, a total row) (JQ2).

Wastes: an asphalt plant and road base's report of wastes formed in 2025 with the year's total beside its four quarters
under a merged header, hazardous and non-hazardous sections with subtotals and a grand total, the tonnes handed over
(VI: a hot-mix plant's permit annex, hazardous wastes with their state and codes in kilograms a year, then the ordinary
solid wastes without codes in a second table) (JQ1); a road builder's limits of accumulating wastes for the construction
period, totals on top, sections of hazardous, non-hazardous and mirror wastes — the milled asphalt `17 03 02` a mirror of
`17 03 01*` and not hazardous — the stock already there as a look-alike, the storage places in a table of no role (VI:
the highway's construction wastes in cubic metres and a density before the tonnes, the hazardous ones in kilograms for
the whole period) (JQ2).

Limits: ground water in three observation wells around a sand-salt store, each well two samplings (April, October)
under a merged header, the drinking-water ПДК before the results, chlorides over the ПДК marked `412*`, the depth to water
as a row without a norm (VI: a hot-mix plant's permit limits of two gas flows, QCVN 19:2009/BTNMT column B times Kp and
Kv, the gas flow's number and coordinates in a paragraph, the frequency of monitoring merged down in the same table)
(JQ1); soil at 5, 25, 50 and 100 m from a road's edge at two depths, the ПДК row first under a unit row merged across the
metals, cadmium and oil products without a ПДК, the distance and depth as look-alikes (VI: surface water at a highway's
bridge crossings against QCVN 08-MT:2015/BTNMT column B1, dissolved oxygen `≥ 4` as a lower bound, temperature without a
norm) (JQ2).

Monitoring: an asphalt plant's ПЭК plan, all the substances of a source with their codes in one cell, seasonal words
around the frequency (`1 раз в квартал (II–III кв., в период работы АБЗ)`), a second frequency for unfavourable weather
(НМУ) as a look-alike, a source left to the zone's monitoring without a duty, then the protection zone's points monthly in
the season (VI: a highway's construction-period programme, the media merged down, VN-2000 coordinates inside the points'
cells, the frequency merged down over the points) (JQ1); a road builder's schedule of sampling by month with `+` marks in
twelve Roman-numbered columns, the frequency only in the marks, the count of samplings as a look-alike, noise without a
substance (VI: a bitumen depot's programme, one frequency cell merged down over the water rows) (JQ2).

Inspections: a road-maintenance base's schedule of internal checks under object rows, who checks merged down over each
object's checks, `ежедневно в период зимнего содержания`, a check after each delivery of salt without a frequency (VI: a
hot-mix plant's check sheet of its bag filter, cyclone and bitumen tanks, the equipment merged down, a bag change when the
pressure drop exceeds 2.000 Pa without a frequency) (JQ1); a matrix of the dust and gas cleaning equipment against the
frequencies as columns (`Ежедневно (перед пуском)` … `1 раз в год (перед началом сезона)`), each cell a check, blank cells,
who is responsible in the last column, pressure drops and efficiencies as look-alikes (VI: a road-maintenance company's
patrol and inspection of its road sections, the checks after floods without a frequency) (JQ2).

Tasks: a road-maintenance base's environmental action plan with two header rows — the term's start and end, the money by
year — component section rows, items numbered through the plan, the volume of work (`1 200 м²`) and the money as
look-alikes, a total row (VI: a highway's schedule of environmental works by phase, the implementing and the supervising
units side by side) (JQ1); the Department of Ecology's order to remove breaches found at an asphalt plant, the articles of
the Code and rules cited in the breach column as look-alikes of the items' numbers, no actor beside the items (VI: a
provincial inspection's conclusion on a hot-mix plant with the remedies and their terms) (JQ2).
"""

from __future__ import annotations

from . import vocab
from .common import Doc, distractor, make_bin, make_msdn, maybe_distractor, num
from .limits_data import add, limit
from .registry import ROLES, Layout
from .sources_data import emission

# ---------------------------------------------------------------- helpers


def _rk(doc: Doc):
    """The text of a Russian or a Kazakh document: `g(ru, kk)`."""
    k = 0 if doc.lang == "ru" else 1
    return lambda ru, kk: (ru, kk)[k]


def _sig(x: float, digits: int = 3) -> float:
    return float(f"{x:.{digits}g}")


def _words(text: str, n: int = 4) -> str:
    return " ".join(text.split()[:n])


def _span(rows: list, merges: list, text: str, width: int) -> None:
    """A row whose one cell spans the table."""
    rows.append([text] + [None] * (width - 1))
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))


def _type(number: str) -> str:
    return "unorganized" if number[0] in "6789" else "organized"


def _kato(doc: Doc, prefix: str) -> str:
    rest = 9 - len(prefix) - 3
    return f"{prefix}{doc.rng.randint(10 ** (rest - 1), 10**rest - 1)}{doc.rng.choice(('000', '100'))}"


def _dms(value: float, lang: str, lat: bool) -> tuple[str, float]:
    """`47°57'36,4" с.ш.` and the decimal degrees it says."""
    d = int(value)
    minutes = (value - d) * 60
    m = int(minutes)
    s = round((minutes - m) * 60, 1)
    if s >= 60:
        s, m = 0.0, m + 1
    hemi = {"ru": ("с.ш.", "в.д."), "kk": ("с.е.", "ш.б."), "vi": ("N", "E")}[lang][0 if lat else 1]
    text = f"{d}°{m:02d}'{f'{s:04.1f}'.replace('.', ',')}\" {hemi}"
    return text, round(d + m / 60 + s / 3600, 6)


# code: (RU, KK, VI) of pollutants the vocabulary does not name, as the list names them (corpus/air_pollutants.csv)
EXTRA = {
    "2909": ("Пыль неорганическая, содержащая двуокись кремния в %: менее 20", "Бейорганикалық шаң: кремний қостотығы 20%-дан төмен", ""),
    "2904": ("Мазутная зола теплоэлектростанций (в пересчете на ванадий)", "Мазут күлі (ванадийге шаққанда)", ""),
    "0152": ("Натрий хлорид (Поваренная соль)", "Натрий хлориді (ас тұзы)", ""),
    "2754": ("Алканы С12-19 (в пересчете на С)", "Алкандар С12-19", ""),
    "0333": ("Сероводород (Дигидросульфид)", "Күкіртсутек", "H2S"),
}


def _air(doc: Doc, code: str, variant: int = 0) -> str:
    if code in EXTRA and doc.lang != "vi":
        return EXTRA[code][vocab.LANGS.index(doc.lang)]
    return vocab.air(code, doc.lang, variant)


# VI labels as monitoring reports and permits print them
VI_AIR = {"2902": "Bụi tổng", "0330": "SO2", "0301": "NOx (tính theo NO2)", "0337": "CO", "0008": "Bụi PM10"}

# ---------------------------------------------------------------- facility

# (RU, KK base, key RU, key KK, RU, KK road reference, RU, KK place, KATO prefix, lat, lon, category, RU, KK term)
ROAD_BASES = (
    ("Асфальтобетонный завод (мобильная установка Amomatic 160 т/ч)", "Асфальтбетон зауыты (Amomatic 160 т/сағ жылжымалы қондырғы)",
     "Асфальтобетонный завод", "Асфальтбетон зауыты", "км 431+200, справа, 350 м от оси", "431+200 км, оң жақта, осьтен 350 м",
     "Абайская область, Аягозский район, с. Тарбагатай", "Абай облысы, Аягөз ауданы, Тарбағатай а.", "1043", 47.9412, 80.3127, "II",
     "05.2026 – 10.2027", "2026 ж. 05. – 2027 ж. 10."),
    ("Дробильно-сортировочный комплекс и склады щебня", "Ұсату-сұрыптау кешені және қиыршық тас қоймалары",
     "Дробильно-сортировочный", "Ұсату-сұрыптау", "км 418+650, слева, 1,2 км от оси (карьер «Көкжота»)",
     "418+650 км, сол жақта, осьтен 1,2 км («Көкжота» карьері)", "Абайская область, Аягозский район, 9 км западнее с. Тарбагатай",
     "Абай облысы, Аягөз ауданы, Тарбағатай а. 9 км батысқа қарай", "1043", 47.8854, 80.1769, "II", "04.2026 – 11.2027", "2026 ж. 04. – 2027 ж. 11."),
    ("Битумная база (4 резервуара по 200 м³) и склад ГСМ", "Битум базасы (әрқайсысы 200 м³ 4 резервуар) және ЖЖМ қоймасы",
     "Битумная база", "Битум базасы", "км 433+100, справа, 420 м от оси", "433+100 км, оң жақта, осьтен 420 м",
     "Абайская область, Аягозский район, с. Тарбагатай, промзона", "Абай облысы, Аягөз ауданы, Тарбағатай а., өнеркәсіптік аймақ", "1043",
     47.9478, 80.3342, "III", "05.2026 – 10.2027", "2026 ж. 05. – 2027 ж. 10."),
    ("Вахтовый поселок и ремонтно-механическая мастерская", "Вахталық кент және жөндеу-механикалық шеберхана", "Вахтовый поселок", "Вахталық кент",
     "км 452+800, слева, 600 м от оси", "452+800 км, сол жақта, осьтен 600 м", "Абайская область, Аягозский район, с. Мадениет",
     "Абай облысы, Аягөз ауданы, Мәдениет а.", "1043", 48.0963, 80.6021, "IV", "03.2026 – 12.2027", "2026 ж. 03. – 2027 ж. 12."),
)  # fmt: skip
CONTRACTORS = (("ТОО «Жетісу Жол Құрылыс»", "«Жетісу Жол Құрылыс» ЖШС"), ("ТОО «Тарбағатай Автобан»", "«Тарбағатай Автобан» ЖШС"))


def facility_jq1(doc: Doc) -> None:
    """A road contractor's list of its temporary production bases along the reconstruction of the Taldykorgan – Kalbatau –
    Ust-Kamenogorsk road, one base a row: the asphalt plant and the crushing complex (II), the bitumen base (III) and the
    camp with its workshop (IV); the operator's name and BIN only in the sentence above the table, the coordinates in
    degrees, minutes and seconds under a merged header with `северная широта | восточная долгота`, the road's kilometre,
    picket and distance from the axis, and the term of each base as look-alikes (VI: a hot-mix asphalt plant's general
    information in rows, the enterprise number inside its certificate's sentence, `nhóm II` in the classification row,
    DMS coordinates and the boundary's VN-2000 points in a table of no role)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_jq1_vi(doc)
        return
    g = _rk(doc)
    k = 0 if doc.lang == "ru" else 1
    op = doc.pick(CONTRACTORS)[k]
    bin_ = make_bin(r)
    doc.h(g("Раздел 1. Общие сведения о производственных базах подрядчика",
            "1-бөлім. Мердігердің өндірістік базалары туралы жалпы мәліметтер"))
    doc.p(g(f"Реконструкция автомобильной дороги республиканского значения «Талдыкорган – Калбатау – Усть-Каменогорск», участок км 412–468. "
            f"Подрядчик: {op}, БИН {bin_}, тел. +7 7222 {r.randint(20, 79)} {r.randint(10, 99)} {r.randint(10, 99)}. "
            "На период строительства подрядчик размещает следующие временные производственные базы.",
            f"«Талдықорған – Қалбатау – Өскемен» республикалық маңызы бар автомобиль жолын реконструкциялау, 412–468 км учаскесі. "
            f"Мердігер: {op}, БСН {bin_}, тел. +7 7222 {r.randint(20, 79)} {r.randint(10, 99)} {r.randint(10, 99)}. "
            "Құрылыс кезеңінде мердігер мынадай уақытша өндірістік базаларды орналастырады."))
    head0 = g(["№ п/п", "Наименование производственной базы", "Привязка к трассе", "Местонахождение", "Код КАТО",
               "Географические координаты центра площадки", None, "Категория объекта", "Период размещения"],
              ["Р/с №", "Өндірістік базаның атауы", "Трассаға байланысы", "Орналасқан жері", "ҚАТО коды",
               "Алаң орталығының географиялық координаттары", None, "Объект санаты", "Орналастыру кезеңі"])
    head1 = [None] * 5 + g(["северная широта", "восточная долгота"], ["солтүстік ендік", "шығыс бойлық"]) + [None, None]
    rows = [head0, head1]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 4, 7, 8)] + [(0, 5, 0, 6)]
    for n, b in enumerate(ROAD_BASES, 1):
        kato = _kato(doc, b[8])
        lat_t, lat = _dms(b[9] + r.uniform(-0.004, 0.004), doc.lang, True)
        lon_t, lon = _dms(b[10] + r.uniform(-0.004, 0.004), doc.lang, False)
        rows.append([str(n), b[k], b[4 + k], b[6 + k], kato, lat_t, lon_t, b[11], b[12 + k]])
        doc.add("facilities", {"bin": bin_, "name_contains": b[2 + k], "kato": kato, "category": b[11], "lat": lat, "lon": lon})
    doc.table(g("Таблица 1.1 – Временные производственные базы", "1.1-кесте – Уақытша өндірістік базалар"), rows, merges, role="facility")
    doc.p(g("Расстояние до ближайшей жилой застройки от АБЗ – 1 150 м, от дробильно-сортировочного комплекса – 2 300 м.",
            "Ең жақын тұрғын үйлерге дейінгі қашықтық АБЗ-дан – 1 150 м, ұсату-сұрыптау кешенінен – 2 300 м."))
    doc.table(g("Таблица 1.2 – Основное оборудование баз", "1.2-кесте – Базалардың негізгі жабдықтары"), [
        g(["База", "Оборудование", "Кол-во", "Производительность"], ["База", "Жабдық", "Саны", "Өнімділігі"]),
        g(["АБЗ", "асфальтосмесительная установка Amomatic 160", "1", "160 т/ч"], ["АБЗ", "Amomatic 160 асфальт араластырғыш қондырғысы", "1", "160 т/сағ"]),
        g(["ДСК", "щековая дробилка СМД-110, конусная КСД-1750", "2", "250 т/ч"], ["ҰСК", "СМД-110 жақты ұсатқыш, КСД-1750 конусты ұсатқыш", "2", "250 т/сағ"]),
        g(["Битумная база", "битумонагреватель ДЭ-0,5", str(r.randint(2, 3)), "10 т/ч"], ["Битум базасы", "ДЭ-0,5 битум қыздырғышы", str(r.randint(2, 3)), "10 т/сағ"]),
    ], role="other")


VN_ASPHALT_OWNERS = (("Công ty Cổ phần Xây dựng Công trình Giao thông Trường An", "Trường An"),
                     ("Công ty TNHH Bê tông nhựa Phú Giáo", "Phú Giáo"))


def _facility_jq1_vi(doc: Doc) -> None:
    r = doc.rng
    owner, key = doc.pick(VN_ASPHALT_OWNERS)
    msdn = make_msdn(r)
    lat_t, lat = _dms(11.0766 + r.uniform(-0.01, 0.01), "vi", True)
    lon_t, lon = _dms(106.6702 + r.uniform(-0.01, 0.01), "vi", False)
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG CỦA CƠ SỞ “TRẠM TRỘN BÊ TÔNG NHỰA NÓNG {key.upper()}, CÔNG SUẤT 120 TẤN/GIỜ”")
    doc.h("Chương I. THÔNG TIN CHUNG VỀ CƠ SỞ")
    rows = [["Hạng mục", "Nội dung"],
            ["1. Tên chủ cơ sở", owner],
            ["2. Địa chỉ văn phòng", f"Số {r.randint(12, 240)}, đường ĐT 741, phường Phú Lợi, Thành phố Hồ Chí Minh"],
            ["3. Người đại diện theo pháp luật", f"Ông {doc.pick(('Nguyễn Văn Thành', 'Lê Hoàng Phúc', 'Trần Quốc Dũng'))} – Giám đốc; "
             f"điện thoại: 0274 {r.randint(3800, 3899)} {r.randint(100, 999)}"],
            ["4. Giấy chứng nhận đăng ký doanh nghiệp", f"Công ty cổ phần, mã số doanh nghiệp {msdn}, đăng ký lần đầu ngày 12/5/2009, "
             f"đăng ký thay đổi lần thứ {r.randint(4, 9)} ngày {r.randint(1, 28)}/{r.randint(1, 12)}/2024"],
            ["5. Tên cơ sở", f"Trạm trộn bê tông nhựa nóng {key}, công suất 120 tấn/giờ"],
            ["6. Địa điểm", "Ấp 3, xã Phước Hòa, Thành phố Hồ Chí Minh (trước đây thuộc huyện Phú Giáo, tỉnh Bình Dương)"],
            ["7. Tọa độ tâm khu đất (WGS-84)", f"{lat_t}; {lon_t}"],
            ["8. Quyết định phê duyệt kết quả thẩm định ĐTM", f"Số {r.randint(1100, 2900)}/QĐ-UBND ngày 18/8/2016 của UBND tỉnh Bình Dương"],
            ["9. Diện tích khu đất", f"{num(r.randint(18, 32) * 1000 + 450, 'vi')} m²"],
            ["10. Phân loại dự án", "Cơ sở thuộc nhóm II (mục số 2 Phụ lục IV ban hành kèm theo Nghị định số 08/2022/NĐ-CP)"]]
    doc.table("Bảng 1.1. Thông tin chung về cơ sở", rows, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": key, "category": "II", "lat": lat, "lon": lon})
    x0, y0 = r.randint(1224000, 1226000), r.randint(584000, 586000)
    pts = [["Điểm mốc", "X (m)", "Y (m)"]] + [[f"M{i}", num(x0 + dx, "vi"), num(y0 + dy, "vi")]
                                              for i, (dx, dy) in enumerate(((0, 0), (142, 18), (131, 176), (-9, 160)), 1)]
    doc.table("Bảng 1.2. Tọa độ các điểm mốc ranh giới (hệ VN-2000, kinh tuyến trục 105°45', múi chiếu 3°)", pts, role="other")
    maybe_distractor(doc, 0.3)


# (RU, KK name, key, RU, KK place, KATO prefix, lat, lon)
MAINT_BASES = (
    ("Дорожно-эксплуатационный участок № 7 «Әулиекөл»", "№ 7 «Әулиекөл» жол пайдалану учаскесі", "Әулиекөл",
     "Костанайская область, Аулиекольский район, с. Аулиеколь, ул. Промышленная, 4", "Қостанай облысы, Әулиекөл ауданы, Әулиекөл а., Өнеркәсіп к-сі, 4",
     "3934", 52.3694, 64.0871),
    ("Дорожно-эксплуатационный участок № 3 «Ұзынкөл»", "№ 3 «Ұзынкөл» жол пайдалану учаскесі", "Ұзынкөл",
     "Костанайская область, Узункольский район, с. Узунколь, ул. Тәуелсіздік, 112", "Қостанай облысы, Ұзынкөл ауданы, Ұзынкөл а., Тәуелсіздік к-сі, 112",
     "3958", 54.0043, 65.3178),
)  # fmt: skip


def facility_jq2(doc: Doc) -> None:
    """A road-maintenance base's declaration of impact (category III) whose first section is written as a statistical form:
    `Наименование показателя | Код строки | Значение`, line codes 010 … 130 beside the operator, its BIN, the base, its OKED,
    address, KATO, the postcode, the coordinates written `52.3694:64.0871`, the category, the stores' capacities, the phone
    and the OKPO code, so that codes and identifiers stand next to the real ones; the winter stores of sand-salt mix, salt
    and crushed stone in a table of no role (VI: a bitumen depot at Hải Phòng port in a `Thông tin | Chi tiết` sheet whose
    tax code sits in the operator's cell, coordinates with `B`/`Đ`, its tanks in a table of no role)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_jq2_vi(doc)
        return
    g = _rk(doc)
    k = 0 if doc.lang == "ru" else 1
    b = doc.pick(MAINT_BASES)
    op = g("ТОО «Қостанай Жол Күтім»", "«Қостанай Жол Күтім» ЖШС")
    bin_, kato = make_bin(r), _kato(doc, b[5])
    lat, lon = round(b[6] + r.uniform(-0.003, 0.003), 4), round(b[7] + r.uniform(-0.003, 0.003), 4)
    salt, psm = r.randint(8, 16) * 100, r.randint(40, 70) * 100
    doc.h(g("Декларация о воздействии на окружающую среду", "Қоршаған ортаға әсер ету туралы декларация"))
    doc.p(g("Объект III категории. Раздел 1. Сведения об операторе и объекте.", "III санаттағы объект. 1-бөлім. Оператор және объект туралы мәліметтер."))
    lines = (
        ("010", g("Наименование оператора", "Оператордың атауы"), op),
        ("020", g("Бизнес-идентификационный номер (БИН)", "Бизнес-сәйкестендіру нөмірі (БСН)"), bin_),
        ("030", g("Код ОКПО", "ЖСЖК коды"), f"{r.randint(10**7, 10**8 - 1)}"),
        ("040", g("Наименование объекта", "Объектінің атауы"), b[k]),
        ("050", g("Основной вид деятельности, код ОКЭД", "Негізгі қызмет түрі, ЭҚЖЖ коды"), "42110"),
        ("060", g("Адрес объекта", "Объектінің мекенжайы"), b[3 + k]),
        ("070", g("Почтовый индекс", "Пошта индексі"), f"11{r.randint(1000, 9999)}"),
        ("080", g("Код КАТО", "ҚАТО коды"), kato),
        ("090", g("Координаты (широта:долгота)", "Координаттары (ендік:бойлық)"), f"{lat:.4f}:{lon:.4f}"),
        ("100", g("Категория объекта", "Объектінің санаты"), "III"),
        ("110", g("Мощность (емкость складов)", "Қуаты (қоймалардың сыйымдылығы)"),
         g(f"склад ПГМ – {num(psm, 'ru')} т; склад технической соли – {num(salt, 'ru')} т; битумохранилище – 2 × 50 м³",
           f"КҚМ қоймасы – {num(psm, 'kk')} т; техникалық тұз қоймасы – {num(salt, 'kk')} т; битум қоймасы – 2 × 50 м³")),
        ("120", g("Телефон, электронная почта", "Телефон, электрондық пошта"), f"+7 7145 {r.randint(21, 49)} {r.randint(10, 99)} {r.randint(10, 99)}, dep7@kzk.kz"),
        ("130", g("Численность работающих, чел.", "Жұмыскерлер саны, адам"), str(r.randint(38, 64))),
    )
    rows = [g(["Наименование показателя", "Код строки", "Значение"], ["Көрсеткіштің атауы", "Жол коды", "Мәні"]), ["А", "Б", "1"]]
    rows += [[label, code, value] for code, label, value in lines]
    doc.table(None, rows, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": b[2], "kato": kato, "oked": "42110", "category": "III", "lat": lat, "lon": lon})
    doc.table(g("Сведения о складах противогололедных материалов", "Көктайғаққа қарсы материалдар қоймалары туралы мәліметтер"), [
        g(["Материал", "Хранение", "Запас на 01.11.2025, т", "Расход за зиму 2024–2025, т"],
          ["Материал", "Сақталуы", "01.11.2025 қоры, т", "2024–2025 қысындағы шығыны, т"]),
        g(["Пескосоляная смесь (соль 10 %)", "открытая площадка с навесом", num(psm - r.randint(3, 9) * 100, "ru"), num(psm - r.randint(5, 15) * 100, "ru")],
          ["Құм-тұз қоспасы (тұз 10 %)", "шатыры бар ашық алаң", num(psm - r.randint(3, 9) * 100, "kk"), num(psm - r.randint(5, 15) * 100, "kk")]),
        g(["Соль техническая (галит)", "закрытый склад", num(salt - 200, "ru"), num(salt - r.randint(3, 6) * 100, "ru")],
          ["Техникалық тұз (галит)", "жабық қойма", num(salt - 200, "kk"), num(salt - r.randint(3, 6) * 100, "kk")]),
        g(["Щебень фр. 2–5 мм (фрикционный)", "открытый штабель", "600", "450"], ["Қиыршық тас 2–5 мм (үйкеліс)", "ашық қатар", "600", "450"]),
    ], role="other")


def _facility_jq2_vi(doc: Doc) -> None:
    r = doc.rng
    owner = doc.pick(("Công ty TNHH Nhựa đường Hải Long", "Công ty Cổ phần Nhựa đường Đình Vũ"))
    msdn = make_msdn(r)
    lat_t, lat = _dms(20.8521 + r.uniform(-0.004, 0.004), "vi", True)
    lon_t, lon = _dms(106.7412 + r.uniform(-0.004, 0.004), "vi", False)
    lat_t, lon_t = lat_t.replace(" N", " B"), lon_t.replace(" E", " Đ")
    doc.h("BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025")
    doc.p("(Theo mẫu số 05.A Phụ lục VI ban hành kèm theo Thông tư số 02/2022/TT-BTNMT.)")
    rows = [["Thông tin", "Chi tiết"],
            ["Chủ cơ sở", f"{owner} (mã số thuế: {msdn})"],
            ["Tên cơ sở", "Tổng kho nhựa đường lỏng Đình Vũ"],
            ["Địa chỉ", "Lô CN5.2, Khu công nghiệp Đình Vũ, phường Đông Hải, thành phố Hải Phòng"],
            ["Tọa độ vị trí (WGS-84)", f"{lat_t} – {lon_t}"],
            ["Loại hình sản xuất", "Tiếp nhận nhựa đường nóng từ tàu, lưu chứa, gia nhiệt, xuất bằng xe bồn; sản xuất nhũ tương nhựa đường"],
            ["Công suất", f"{num(r.randint(90, 140) * 1000, 'vi')} tấn nhựa đường/năm"],
            ["Giấy phép môi trường", f"Số {r.randint(12, 99)}/GPMT-UBND ngày 06/3/2024 của UBND thành phố Hải Phòng"],
            ["Nhóm dự án", "Nhóm II"]]
    doc.table(None, rows, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": "Đình Vũ", "category": "II", "lat": lat, "lon": lon})
    tanks = [["Ký hiệu bồn", "Dung tích (m³)", "Đường kính (m)", "Chiều cao (m)", "Nhiệt độ lưu chứa (°C)"]]
    for i in range(1, 5):
        tanks.append([f"T-0{i}", num(5000 if i < 3 else 2500, "vi"), "22,5" if i < 3 else "16,0", "13,5", f"{r.randint(135, 160)}"])
    doc.table("Bảng 2. Thông số các bồn chứa nhựa đường", tanks, role="other")
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- emissions

# (number, RU, KK, hours, height, diameter or None, speed m/s, temperature °C, {code: (low, high) g/s})
ABZ_SOURCES = (
    ("0001", "Сушильный барабан АБЗ (циклон ЦН-15 + рукавный фильтр)", "АБЗ кептіру барабаны (ЦН-15 циклоны + жеңді сүзгі)", 1800, 18, 1.0, 12.5, 140,
     {"2908": (0.3, 0.9), "0301": (0.4, 0.9), "0304": (0.06, 0.15), "0330": (0.8, 1.9), "0337": (0.6, 1.8), "0328": (0.02, 0.08), "2904": (0.001, 0.004)}),
    ("0002", "Битумоплавильная установка (котел ДЭ-0,5)", "Битум балқыту қондырғысы (ДЭ-0,5 қазандығы)", 2000, 10, 0.4, 6.1, 210,
     {"0301": (0.02, 0.06), "0304": (0.003, 0.01), "0330": (0.05, 0.15), "0337": (0.04, 0.12), "0328": (0.003, 0.01), "2754": (0.01, 0.05)}),
    ("0003", "Дыхательный клапан резервуара дизельного топлива 50 м³", "50 м³ дизель отыны резервуарының тыныс алу клапаны", 8760, 6, 0.05, 0.4, 20,
     {"0333": (0.00001, 0.00005), "2754": (0.003, 0.01)}),
    ("6001", "Склад щебня (открытый штабель)", "Қиыршық тас қоймасы (ашық қатар)", 4380, 3, None, 0, 0, {"2908": (0.05, 0.2)}),
    ("6002", "Склад песка (открытый штабель)", "Құм қоймасы (ашық қатар)", 4380, 3, None, 0, 0, {"2908": (0.03, 0.12)}),
    ("6003", "Силос минерального порошка (пневмозагрузка)", "Минералды ұнтақ силосы (пневможүктеу)", 600, 12, None, 0, 0, {"2909": (0.01, 0.04)}),
    ("6004", "Отгрузка асфальтобетонной смеси в автосамосвалы", "Асфальтбетон қоспасын автоөздіаударғыштарға тиеу", 1800, 4, None, 0, 0, {"2754": (0.005, 0.02)}),
)  # fmt: skip


def emissions_jq1(doc: Doc) -> None:
    """A stationary asphalt plant's table of the parameters of its sources for the НДВ project, as the emission software
    prints it: a header of three rows (the gas-air mixture's speed, volume and temperature under one merged cell, the map
    coordinates X1, Y1 under another, `г/с | мг/м³ | т/год` under the emission, then the column numbers 1 … 15), the hours of
    work, height and diameter before the substances, each source's cells merged down over its substances, the concentration
    in mg/m³ between the grams a second and the tonnes a year, dashes for the unorganised sources' gas parameters, the fuel-oil
    ash `2904` from the dryer and a plant total (VI: a hot-mix plant's loads by pollutant with the construction period and the
    operation as column groups, `tấn/giai đoạn` and `tấn/năm`)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_jq1_vi(doc)
        return
    g = _rk(doc)
    k = 0 if doc.lang == "ru" else 1
    op = g(doc.pick(("ТОО «Астана Жол Құрылыс»", "ТОО «Ақмола Асфальт»")), doc.pick(("«Астана Жол Құрылыс» ЖШС", "«Ақмола Асфальт» ЖШС")))
    doc.h(g(f"Проект нормативов допустимых выбросов для асфальтобетонного завода {op} (Акмолинская область, Целиноградский район)",
            f"{op} асфальтбетон зауытына арналған жол берілетін шығарындылар нормативтерінің жобасы (Ақмола облысы, Целиноград ауданы)"))
    doc.p(g("Сушильный барабан работает на мазуте М-100 (содержание серы 1,5 %). Параметры выбросов приняты по результатам инвентаризации 2025 года.",
            "Кептіру барабаны М-100 мазутымен жұмыс істейді (күкірт мөлшері 1,5 %). Шығарындылар параметрлері 2025 жылғы түгендеу нәтижелері бойынша алынды."))
    head0 = g(["№ ИЗА", "Наименование источника выброса", "Число часов работы в году", "Высота источника, м", "Диаметр устья трубы, м",
               "Параметры газовоздушной смеси на выходе из источника", None, None, "Координаты источника на карте-схеме, м", None, "Код вещества",
               "Наименование вещества", "Выброс загрязняющего вещества", None, None],
              ["ЛШК №", "Шығарынды көзінің атауы", "Жылына жұмыс сағаттарының саны", "Көздің биіктігі, м", "Құбыр сағасының диаметрі, м",
               "Көзден шығатын газ-ауа қоспасының параметрлері", None, None, "Карта-схемадағы көздің координаттары, м", None, "Зат коды",
               "Заттың атауы", "Ластаушы заттың шығарындысы", None, None])
    head1 = [None] * 5 + g(["скорость, м/с", "объем, м³/с", "температура, °С"], ["жылдамдығы, м/с", "көлемі, м³/с", "температурасы, °С"]) + ["X1", "Y1", None, None]
    head1 += g(["г/с", "мг/м³", "т/год"], ["г/с", "мг/м³", "т/жыл"])
    rows = [head0, head1, [str(i) for i in range(1, 16)]]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 4, 10, 11)] + [(0, 5, 0, 7), (0, 8, 0, 9), (0, 12, 0, 14)]
    dash = "–"
    all_g, all_t = [], []
    for number, n_ru, n_kk, hours, height, diam, speed, temp, codes in ABZ_SOURCES:
        vol = round(3.14159 * diam**2 / 4 * speed, 3) if diam else None
        x, y = r.randint(-180, 260), r.randint(-140, 220)
        start = len(rows)
        for j, (code, (lo, hi)) in enumerate(codes.items()):
            gs = _sig(r.uniform(lo, hi), 3)
            ty = _sig(gs * 3600 * hours * r.uniform(0.7, 0.95) / 1e6, 3)
            conc = num(_sig(gs * 1000 / vol, 4), doc.lang) if vol else dash
            lead = [number, (n_ru, n_kk)[k], num(hours, doc.lang), str(height), num(diam, doc.lang) if diam else dash,
                    num(speed, doc.lang) if diam else dash, num(vol, doc.lang) if vol else dash, str(temp) if diam else dash, str(x), str(y)]
            rows.append((lead if j == 0 else [None] * 10) + [code, _air(doc, code), num(gs, doc.lang), conc, num(ty, doc.lang)])
            doc.add("emissions", emission(code, gs, ty, number))
            all_g.append(gs)
            all_t.append(ty)
        if len(codes) > 1:
            merges += [(start, c, len(rows) - 1, c) for c in range(10)]
    rows.append([g("Всего по предприятию:", "Кәсіпорын бойынша барлығы:")] + [None] * 11
                + [num(round(sum(all_g), 6), doc.lang), "", num(round(sum(all_t), 6), doc.lang)])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 11))
    doc.table(g("Таблица 3.3 – Параметры выбросов загрязняющих веществ в атмосферу для расчета нормативов допустимых выбросов",
                "3.3-кесте – Жол берілетін шығарындылар нормативтерін есептеуге арналған атмосфераға ластаушы заттар шығарындыларының параметрлері"),
              rows, merges, role="emissions")
    doc.add("sources", *({"number": s[0], "type": _type(s[0])} for s in ABZ_SOURCES))
    maybe_distractor(doc)


# (code, VI sources of the construction, VI sources of the operation, (low, high) g/s construction, operation)
VN_HMA_LOADS = (
    ("2902", "San nền, đào đắp; xe vận chuyển vật liệu", "Ống khói trạm trộn (sau lọc bụi túi vải); bãi chứa đá, cát", (0.2, 0.6), (0.5, 1.4)),
    ("0330", "Máy móc thi công sử dụng dầu DO", "Ống khói trạm trộn (đốt dầu FO 3,5 %S)", (0.01, 0.04), (1.2, 3.0)),
    ("0301", "Máy móc thi công sử dụng dầu DO", "Ống khói trạm trộn; lò gia nhiệt dầu tải nhiệt", (0.08, 0.25), (0.4, 1.1)),
    ("0337", "Máy móc thi công sử dụng dầu DO", "Ống khói trạm trộn; lò gia nhiệt dầu tải nhiệt", (0.05, 0.15), (0.3, 0.9)),
)


def _emissions_jq1_vi(doc: Doc) -> None:
    r = doc.rng
    owner, key = doc.pick(VN_ASPHALT_OWNERS)
    doc.h(f"BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG DỰ ÁN “TRẠM TRỘN BÊ TÔNG NHỰA NÓNG {key.upper()}, CÔNG SUẤT 120 TẤN/GIỜ”")
    doc.p(f"Chủ dự án: {owner}. Tải lượng được tính theo hệ số phát thải của Tổ chức Y tế Thế giới (WHO, 1993) và AP-42 của US EPA (mục 11.1 – Hot Mix Asphalt Plants).")
    rows = [["TT", "Thông số ô nhiễm", "Nguồn phát sinh chính", "Giai đoạn thi công xây dựng (06 tháng)", None, "Nguồn phát sinh chính", "Giai đoạn vận hành", None],
            [None, None, None, "Tải lượng (g/s)", "Tổng (tấn/giai đoạn)", None, "Tải lượng (g/s)", "Tổng (tấn/năm)"]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 1, 5), (0, 6, 0, 7)]
    for n, (code, src_c, src_o, (clo, chi), (olo, ohi)) in enumerate(VN_HMA_LOADS, 1):
        gc, go = _sig(r.uniform(clo, chi), 3), _sig(r.uniform(olo, ohi), 3)
        tc = _sig(gc * 3600 * 8 * 26 * 6 / 1e6, 3)
        to = _sig(go * 3600 * 2400 / 1e6, 3)
        rows.append([str(n), VI_AIR[code].replace("NOx (tính theo NO2)", "NO2"), src_c, num(gc, "vi"), num(tc, "vi"), src_o, num(go, "vi"), num(to, "vi")])
        doc.add("emissions", emission(code, gc, tc, None, None, "construction"), emission(code, go, to, None, None, "operation"))
    doc.table("Bảng 3.4. Tổng hợp tải lượng bụi, khí thải của dự án theo từng giai đoạn", rows, merges, role="emissions")
    doc.p("Ghi chú: giai đoạn thi công làm việc 8 giờ/ngày, 26 ngày/tháng; giai đoạn vận hành 2.400 giờ/năm (8 giờ/ngày × 300 ngày).")
    maybe_distractor(doc)


# (key, RU, KK parameter name, symbol, RU, KK unit)
PARAMS = {
    "K1": ("Весовая доля пылевой фракции в материале", "Материалдағы шаң фракциясының салмақтық үлесі", "K1", "", ""),
    "K2": ("Доля пыли, переходящая в аэрозоль", "Аэрозольге өтетін шаң үлесі", "K2", "", ""),
    "K3": ("Коэффициент, учитывающий местные метеоусловия", "Жергілікті метеожағдайларды ескеретін коэффициент", "K3", "", ""),
    "K4": ("Коэффициент, учитывающий защищенность узла от внешних воздействий", "Тораптың сыртқы әсерлерден қорғалуын ескеретін коэффициент", "K4", "", ""),
    "K5": ("Коэффициент, учитывающий влажность материала", "Материалдың ылғалдылығын ескеретін коэффициент", "K5", "", ""),
    "K7": ("Коэффициент, учитывающий крупность материала", "Материалдың ірілігін ескеретін коэффициент", "K7", "", ""),
    "B": ("Коэффициент, учитывающий высоту пересыпки", "Төгу биіктігін ескеретін коэффициент", "B'", "", ""),
    "Gh": ("Количество перерабатываемого материала", "Өңделетін материал мөлшері", "Gчас", "т/ч", "т/сағ"),
    "Gy": ("Количество перерабатываемого материала за год", "Жылына өңделетін материал мөлшері", "Gгод", "т/год", "т/жыл"),
    "salt": ("Содержание соли в смеси", "Қоспадағы тұз мөлшері", "Cс", "%", "%"),
    "By": ("Расход топлива за год", "Жылдық отын шығыны", "B", "т/год", "т/жыл"),
    "Bh": ("Часовой расход топлива", "Сағаттық отын шығыны", "Bч", "кг/ч", "кг/сағ"),
    "S": ("Содержание серы в топливе", "Отындағы күкірт мөлшері", "Sr", "%", "%"),
    "A": ("Зольность топлива", "Отынның күлділігі", "Ar", "%", "%"),
    "Q": ("Низшая теплота сгорания топлива", "Отынның жануының төменгі жылуы", "Qr", "МДж/кг", "МДж/кг"),
}
# (number, RU, KK, {param: value}, salt share or None)
PGM_SOURCES = (
    ("6001", "Открытый склад пескосоляной смеси (навес с трех сторон)", "Құм-тұз қоспасының ашық қоймасы (үш жағынан қалқа)",
     {"K1": 0.05, "K2": 0.03, "K3": 1.2, "K4": 0.5, "K5": 0.4, "K7": 0.6, "B": 0.5, "Gh": 25, "Gy": 6200, "salt": 10}, 0.1),
    ("6002", "Склад щебня фракции 5–20 мм", "5–20 мм фракциялы қиыршық тас қоймасы",
     {"K1": 0.04, "K2": 0.02, "K3": 1.2, "K4": 1.0, "K5": 0.6, "K7": 0.5, "B": 0.6, "Gh": 15, "Gy": 2800}, None),
    ("6003", "Пересыпка песка погрузчиком при приготовлении ПСС", "ҚТҚ дайындау кезінде құмды тиегішпен төгу",
     {"K1": 0.05, "K2": 0.03, "K3": 1.2, "K4": 1.0, "K5": 0.4, "K7": 0.7, "B": 0.7, "Gh": 40, "Gy": 5600}, None),
)  # fmt: skip
BOILER_CODES = ("0301", "0304", "0330", "0337", "0328")


def _sheet(doc: Doc, number: str, name: str, params: dict, results: list[tuple[str, float, float]]) -> None:
    g = _rk(doc)
    k = 0 if doc.lang == "ru" else 1
    rows = [g(["Наименование параметра", "Обозначение", "Ед. изм.", "Значение"], ["Параметрдің атауы", "Белгіленуі", "Өлш. бірл.", "Мәні"])]
    merges = []
    for key, value in params.items():
        p = PARAMS[key]
        rows.append([p[k], p[2], p[3 + k], num(value, doc.lang)])
    _span(rows, merges, g("Результаты расчета", "Есептеу нәтижелері"), 4)
    rows.append(g(["Код", "Наименование загрязняющего вещества", "Максимальный разовый выброс, г/с", "Валовый выброс, т/год"],
                  ["Коды", "Ластаушы заттың атауы", "Ең жоғары бір реттік шығарынды, г/с", "Жалпы шығарынды, т/жыл"]))
    for code, gs, ty in results:
        rows.append([code, _air(doc, code), num(gs, doc.lang), num(ty, doc.lang)])
        doc.add("emissions", emission(code, gs, ty, number))
    doc.table(g(f"Источник загрязнения № {number}. {name}", f"№ {number} ластану көзі. {name}"), rows, merges, role="emissions")


def emissions_jq2(doc: Doc) -> None:
    """A road-maintenance base's calculation of its emissions, one table a source as the calculation software prints it:
    the coefficients K1 … K7 and B', the tonnes an hour and a year, the salt's share and for the bitumen boiler the fuel
    burnt, its sulphur, ash and heat value as parameter rows, then a section row `Результаты расчета` and a sub-header
    `Код | Наименование | г/с | т/год` before the results — the sand-salt store giving inorganic dust and sodium chloride
    (VI: a highway upgrade's loads of the building machines with the pollutants as columns in g/s, the number of machines and
    the diesel norm per shift as look-alikes, a total row)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_jq2_vi(doc)
        return
    g = _rk(doc)
    k = 0 if doc.lang == "ru" else 1
    b = doc.pick(MAINT_BASES)
    doc.h(g(f"Расчет выбросов загрязняющих веществ в атмосферу. {b[0]}", f"Атмосфераға ластаушы заттар шығарындыларын есептеу. {b[1]}"))
    doc.p(g("Расчет выполнен по Методике расчета нормативов выбросов от неорганизованных источников (приложение № 8 к приказу Министра охраны "
            "окружающей среды Республики Казахстан от 12 июня 2014 года № 221-Ө); для котла – по Методике расчета выбросов от котлоагрегатов.",
            "Есеп ұйымдастырылмаған көздерден шығарындылар нормативтерін есептеу әдістемесі бойынша орындалды (Қазақстан Республикасы Қоршаған "
            "ортаны қорғау министрінің 2014 жылғы 12 маусымдағы № 221-Ө бұйрығына № 8 қосымша); қазандық үшін – қазандық агрегаттарынан "
            "шығарындыларды есептеу әдістемесі бойынша."))
    numbers = []
    for number, n_ru, n_kk, params, salt in PGM_SOURCES:
        p = dict(params)
        p["Gh"] = p["Gh"] + r.randint(-3, 3)
        p["Gy"] = p["Gy"] + r.randint(-8, 8) * 50
        base = p["K1"] * p["K2"] * p["K4"] * p["K5"] * p["K7"] * p["B"]
        gs_all = base * p["K3"] * p["Gh"] * 1e6 / 3600
        ty_all = base * 1.0 * p["Gy"]
        if salt:
            results = [("2908", _sig(gs_all * (1 - salt), 3), _sig(ty_all * (1 - salt), 3)), ("0152", _sig(gs_all * salt, 3), _sig(ty_all * salt, 3))]
        else:
            results = [("2908", _sig(gs_all, 3), _sig(ty_all, 3))]
        _sheet(doc, number, (n_ru, n_kk)[k], p, results)
        numbers.append(number)
    fuel_y, fuel_h = r.randint(8, 16), round(r.uniform(4, 8), 1)
    sulphur = 0.3
    gs_so2, ty_so2 = _sig(0.02 * fuel_h * sulphur / 3.6, 3), _sig(0.02 * fuel_y * sulphur, 3)
    results = [("0301", _sig(fuel_h * 0.0021, 3), _sig(fuel_y * 0.0076, 3)), ("0304", _sig(fuel_h * 0.00034, 3), _sig(fuel_y * 0.0012, 3)),
               ("0330", gs_so2, ty_so2), ("0337", _sig(fuel_h * 0.0038, 3), _sig(fuel_y * 0.0137, 3)),
               ("0328", _sig(fuel_h * 0.00028, 3), _sig(fuel_y * 0.001, 3))]
    _sheet(doc, "0001", g("Битумный котел для ямочного ремонта (дизельное топливо)", "Шұңқырларды жөндеуге арналған битум қазандығы (дизель отыны)"),
           {"By": fuel_y, "Bh": fuel_h, "S": sulphur, "A": 0.025, "Q": 42.75}, results)
    numbers.append("0001")
    doc.add("sources", *({"number": n, "type": _type(n)} for n in numbers))
    maybe_distractor(doc)


# (VI machine, (low, high) number, diesel litres a shift)
VN_MACHINES = (("Máy đào một gầu 1,25 m³", (3, 5), 83), ("Máy ủi 110 CV", (2, 4), 46), ("Lu rung 25 T", (3, 5), 55),
               ("Máy rải bê tông nhựa 130 – 140 CV", (1, 2), 60), ("Ô tô tự đổ 12 tấn", (10, 16), 57))
# code: kg of pollutant per tonne of diesel (WHO, 1993; diesel 0,05 %S)
VN_DIESEL = {"2902": 4.3, "0330": 1.0, "0301": 55, "0337": 28}


def _emissions_jq2_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("BÁO CÁO ĐTM DỰ ÁN NÂNG CẤP, MỞ RỘNG QUỐC LỘ 14C ĐOẠN KM 92+000 – KM 128+500")
    doc.h("3.1.1.2. Bụi, khí thải từ hoạt động của máy móc, thiết bị thi công")
    doc.p("Định mức tiêu hao nhiên liệu theo Quyết định số 1134/QĐ-BXD; khối lượng riêng dầu DO 0,845 kg/lít; 01 ca = 8 giờ; hệ số phát thải theo WHO (1993).")
    rows = [["TT", "Loại máy móc, thiết bị", "Số lượng (chiếc)", "Định mức dầu DO (lít/ca)", "Tải lượng ô nhiễm", None, None, None],
            [None, None, None, None, "Bụi (g/s)", "SO2 (g/s)", "NO2 (g/s)", "CO (g/s)"]]
    merges = [(0, c, 1, c) for c in range(4)] + [(0, 4, 0, 7)]
    totals = dict.fromkeys(VN_DIESEL, 0.0)
    for n, (name, (lo, hi), litres) in enumerate(VN_MACHINES, 1):
        count = r.randint(lo, hi)
        fuel_t_h = count * litres * 0.845 / 8 / 1000
        cells = []
        for code, coef in VN_DIESEL.items():
            gs = _sig(fuel_t_h * coef / 3.6, 3)
            cells.append(num(gs, "vi"))
            totals[code] += gs
            doc.add("emissions", emission(code, gs, None, None, None, "construction"))
        rows.append([str(n), name, str(count), str(litres), *cells])
    rows.append(["", "Tổng cộng", "", "", *(num(round(v, 6), "vi") for v in totals.values())])
    doc.table("Bảng 3.6. Tải lượng bụi, khí thải do máy móc thi công trên công trường", rows, merges, role="emissions")
    doc.p("Nhận xét: tải lượng phát sinh phân tán trên chiều dài tuyến 36,5 km nên mức độ tác động được đánh giá là nhỏ và tạm thời.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

# (code, RU, KK, (low, high) t a year, share by quarter, handed over?)
ABZ_WASTES = (
    ("13 02 05*", "Отработанные моторные и трансмиссионные масла", "Пайдаланылған мотор және трансмиссия майлары", (1.2, 3.5), (0.1, 0.3, 0.3, 0.3), True),
    ("15 02 02*", "Промасленная ветошь и фильтровальные материалы", "Майланған шүберек және сүзгі материалдары", (0.2, 0.6), (0.1, 0.3, 0.4, 0.2), True),
    ("16 06 01*", "Отработанные свинцовые аккумуляторы", "Пайдаланылған қорғасын аккумуляторлары", (0.3, 0.9), (0.5, 0.0, 0.0, 0.5), True),
    ("16 01 07*", "Отработанные масляные фильтры", "Пайдаланылған май сүзгілері", (0.05, 0.2), (0.1, 0.3, 0.3, 0.3), True),
    ("05 01 03*", "Нефтешлам от зачистки битумных резервуаров", "Битум резервуарларын тазалаудан шыққан мұнай шламы", (0.8, 2.5), (0.0, 1.0, 0.0, 0.0), True),
    ("17 05 03*", "Грунт, загрязненный нефтепродуктами и битумом", "Мұнай өнімдерімен және битуммен ластанған топырақ", (0.5, 2.0), (0.0, 0.4, 0.6, 0.0), True),
    ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", (0.01, 0.04), (0.5, 0.0, 0.0, 0.5), True),
    ("17 03 02", "Отходы асфальтобетонной смеси (брак, остатки от очистки смесителя)", "Асфальтбетон қоспасының қалдықтары (ақау, араластырғышты тазалау қалдықтары)",
     (40, 120), (0.0, 0.4, 0.5, 0.1), False),
    ("15 02 03", "Отработанные фильтровальные рукава", "Пайдаланылған сүзгі жеңдері", (0.4, 1.2), (0.0, 0.5, 0.5, 0.0), True),
    ("16 01 03", "Изношенные шины", "Тозған шиналар", (1.5, 4.0), (0.3, 0.2, 0.2, 0.3), True),
    ("17 04 05", "Лом черных металлов", "Қара металл сынықтары", (2, 6), (0.1, 0.3, 0.4, 0.2), True),
    ("20 03 03", "Смет с территории базы", "База аумағынан сыпырынды", (15, 40), (0.1, 0.5, 0.2, 0.2), True),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", (4, 9), (0.25, 0.25, 0.25, 0.25), True),
)  # fmt: skip


def _quarters(r, total: float, shares) -> tuple[float, list[float]]:
    """Quarter figures as a report rounds them, and the year as their sum."""
    digits = 1 if total >= 10 else 3
    parts = [round(total * s, digits) for s in shares]
    return round(sum(parts), digits), parts


def wastes_jq1(doc: Doc) -> None:
    """An asphalt plant's and its road base's report of the wastes formed in 2025: the year's total, then the same tonnes by
    quarter under a merged header `в том числе по кварталам` (the plant stands idle in winter, so bitumen sludge and
    asphalt waste fall in the second and third quarters), the tonnes handed over, hazardous and non-hazardous wastes under
    section rows with their subtotals and a grand total (VI: a hot-mix plant's permit annex, the hazardous wastes with their
    state and codes in kilograms a year and a total row, then the ordinary solid wastes without codes in a second table)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_jq1_vi(doc)
        return
    g = _rk(doc)
    k = 0 if doc.lang == "ru" else 1
    op = g("ТОО «Ақмола Асфальт»", "«Ақмола Асфальт» ЖШС")
    doc.h(g(f"Отчет об образовании и движении отходов за 2025 год. {op}: асфальтобетонный завод и производственная база",
            f"{op}: асфальтбетон зауыты және өндірістік база. 2025 жылғы қалдықтардың түзілуі мен қозғалысы туралы есеп"))
    doc.p(g("Асфальтобетонный завод работает в сезон с апреля по октябрь; отходы асфальтобетонной смеси используются повторно при ремонте "
            "внутриплощадочных проездов и на сторону не передаются.",
            "Асфальтбетон зауыты сәуірден қазанға дейінгі маусымда жұмыс істейді; асфальтбетон қоспасының қалдықтары алаң ішіндегі өтпе "
            "жолдарды жөндеуде қайта пайдаланылады және басқа ұйымдарға берілмейді."))
    head0 = g(["№", "Код отхода", "Наименование отхода", "Образовано за 2025 год, т", "в том числе по кварталам, т", None, None, None,
               "Передано сторонним организациям, т"],
              ["№", "Қалдық коды", "Қалдықтың атауы", "2025 жылы түзілді, т", "оның ішінде тоқсандар бойынша, т", None, None, None,
               "Бөгде ұйымдарға берілді, т"])
    rows = [head0, [None] * 4 + ["I", "II", "III", "IV"] + [None]]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 8)] + [(0, 4, 0, 7)]
    grand = [0.0] * 6
    n = 0
    for hazardous, title, sub in ((True, g("А. Опасные отходы", "А. Қауіпті қалдықтар"), g("Итого опасных отходов", "Қауіпті қалдықтар жиыны")),
                                  (False, g("Б. Неопасные отходы", "Б. Қауіпті емес қалдықтар"), g("Итого неопасных отходов", "Қауіпті емес қалдықтар жиыны"))):
        _span(rows, merges, title, 9)
        tot = [0.0] * 6
        for code, n_ru, n_kk, (lo, hi), shares, handed in ABZ_WASTES:
            if code.endswith("*") != hazardous:
                continue
            n += 1
            year, parts = _quarters(r, r.uniform(lo, hi), shares)
            out = round(year * r.uniform(0.8, 1.0), 3 if year < 10 else 1) if handed else 0.0
            name = (n_ru, n_kk)[k]
            rows.append([str(n), code, name, num(year, doc.lang), *(num(p, doc.lang) if p else "–" for p in parts), num(out, doc.lang) if out else "–"])
            doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": hazardous, "amount_t": year, "name_contains": _words(name.split(" (")[0], 3)})
            for i, v in enumerate([year, *parts, out]):
                tot[i] += v
        rows.append(["", "", sub, *(num(round(v, 3), doc.lang) for v in tot)])
        grand = [a + b for a, b in zip(grand, tot, strict=True)]
    rows.append(["", "", g("Всего", "Барлығы"), *(num(round(v, 3), doc.lang) for v in grand)])
    doc.table(g("Таблица 2 – Образование отходов по кварталам", "2-кесте – Қалдықтардың тоқсандар бойынша түзілуі"), rows, merges, role="wastes")
    maybe_distractor(doc)


# (VI name, state, code, (low, high) kg a year)
VN_HMA_CTNH = (
    ("Dầu động cơ, hộp số và bôi trơn tổng hợp thải", "Lỏng", "17 02 03", (300, 900)),
    ("Chất hấp thụ, vật liệu lọc, giẻ lau, vải bảo vệ thải bị nhiễm các thành phần nguy hại", "Rắn", "18 02 01", (80, 250)),
    ("Bao bì cứng thải bằng kim loại (thùng phuy đựng nhũ tương nhựa đường, dầu FO)", "Rắn", "18 01 02", (200, 600)),
    ("Bóng đèn huỳnh quang và các loại thủy tinh hoạt tính thải", "Rắn", "16 01 06", (5, 20)),
    ("Pin, ắc quy chì thải", "Rắn", "19 06 01", (50, 150)),
)
VN_HMA_ORDINARY = (
    ("Bê tông nhựa thải do khởi động, vệ sinh trạm trộn, rơi vãi", (40000, 90000), "Tái sử dụng san lấp, gia cố đường nội bộ"),
    ("Bụi thu hồi từ cyclon và lọc bụi túi vải", (60000, 150000), "Tuần hoàn làm bột khoáng cho mẻ trộn"),
    ("Túi lọc bụi hư hỏng thay thế", (150, 500), "Chuyển giao đơn vị có chức năng"),
    ("Bao bì xi măng, bột khoáng thải", (500, 1500), "Bán phế liệu"),
    ("Chất thải rắn sinh hoạt", (3000, 6000), "Hợp đồng thu gom với đơn vị dịch vụ công ích"),
)


def _wastes_jq1_vi(doc: Doc) -> None:
    r = doc.rng
    owner, key = doc.pick(VN_ASPHALT_OWNERS)
    doc.h(f"PHỤ LỤC 3. YÊU CẦU VỀ QUẢN LÝ CHẤT THẢI – TRẠM TRỘN BÊ TÔNG NHỰA NÓNG {key.upper()}")
    doc.p(f"(Kèm theo Giấy phép môi trường cấp cho {owner}.) A. Chủng loại, khối lượng chất thải phát sinh.")
    rows = [["TT", "Tên chất thải", "Trạng thái tồn tại", "Mã CTNH", "Khối lượng (kg/năm)"]]
    total = 0
    for n, (name, state, code, (lo, hi)) in enumerate(VN_HMA_CTNH, 1):
        kg = r.randint(lo // 5, hi // 5) * 5
        total += kg
        rows.append([str(n), name, state, code, num(kg, "vi")])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000, "name_contains": _words(name, 4)})
    rows.append(["", "Tổng khối lượng", "", "", num(total, "vi")])
    doc.table("1. Chất thải nguy hại", rows, role="wastes")
    rows = [["TT", "Tên chất thải", "Khối lượng (kg/năm)", "Biện pháp quản lý"]]
    for n, (name, (lo, hi), how) in enumerate(VN_HMA_ORDINARY, 1):
        kg = r.randint(lo // 50, hi // 50) * 50
        rows.append([str(n), name, num(kg, "vi"), how])
        doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": kg / 1000, "name_contains": _words(name, 4)})
    doc.table("2. Chất thải rắn công nghiệp thông thường và chất thải rắn sinh hoạt", rows, role="wastes")
    doc.p("B. Yêu cầu: kho lưu giữ CTNH diện tích tối thiểu 12 m², có mái che, gờ chống tràn, biển cảnh báo theo TCVN 6707:2009.")
    maybe_distractor(doc)


# (section, code, RU, KK, (low, high) t limit, stock already there (low, high) or None)
ROAD_LIMITS = (
    ("haz", "13 02 05*", "Отработанные моторные масла", "Пайдаланылған мотор майлары", (0.8, 2.4), None),
    ("haz", "15 02 02*", "Промасленная ветошь", "Майланған шүберек", (0.1, 0.5), None),
    ("haz", "08 01 11*", "Тара из-под дорожной разметочной краски", "Жол белгілеу бояуының ыдысы", (0.2, 0.9), None),
    ("haz", "16 06 01*", "Отработанные свинцовые аккумуляторы", "Пайдаланылған қорғасын аккумуляторлары", (0.2, 0.6), (0.05, 0.1)),
    ("non", "17 09 04", "Смешанные строительные отходы", "Аралас құрылыс қалдықтары", (40, 120), None),
    ("non", "17 01 01", "Бетон от разборки водопропускных труб", "Су өткізгіш құбырларды бөлшектеуден шыққан бетон", (60, 180), None),
    ("non", "12 01 13", "Огарки сварочных электродов", "Дәнекерлеу электродтарының қалдықтары", (0.05, 0.2), None),
    ("non", "16 01 03", "Изношенные шины", "Тозған шиналар", (2, 6), (0.5, 1.5)),
    ("non", "20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", (8, 20), None),
    ("mir", "17 03 02", "Асфальтобетонный лом (фрезерованный асфальтобетон)", "Асфальтбетон сынықтары (фрезерленген асфальтбетон)", (800, 2500), (100, 300)),
    ("mir", "17 05 04", "Грунт от выемки, не используемый в насыпи", "Үйіндіде пайдаланылмайтын қазылған топырақ", (5000, 15000), None),
)  # fmt: skip


def wastes_jq2(doc: Doc) -> None:
    """A road builder's limits of accumulating wastes for the construction period, as the permit's table gives them: the
    totals on top (all, of production, of consumption), then sections of hazardous, non-hazardous and mirror wastes, the code
    in a column of its own, the stock already accumulated as a look-alike beside the limit in tonnes a year; the milled
    asphalt `17 03 02` and the surplus soil `17 05 04` are mirror entries, not hazardous; the places of accumulation in a
    table of no role (VI: the highway's construction wastes in cubic metres and a density before the tonnes, the workers'
    household waste worked out in its name, then the hazardous wastes in kilograms for the whole period)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_jq2_vi(doc)
        return
    g = _rk(doc)
    k = 0 if doc.lang == "ru" else 1
    op = doc.pick(CONTRACTORS)[k]
    doc.h(g(f"Лимиты накопления отходов на период строительства 2026–2027 годов. {op}",
            f"{op}. 2026–2027 жылдардағы құрылыс кезеңіне арналған қалдықтарды жинақтау лимиттері"))
    doc.p(g("Объект: реконструкция автомобильной дороги «Талдыкорган – Калбатау – Усть-Каменогорск», участок км 412–468.",
            "Объект: «Талдықорған – Қалбатау – Өскемен» автомобиль жолын реконструкциялау, 412–468 км учаскесі."))
    items = []
    for sec, code, n_ru, n_kk, (lo, hi), stock in ROAD_LIMITS:
        lim = round(r.uniform(lo, hi), 1 if hi >= 10 else 3)
        have = round(r.uniform(*stock), 3) if stock else None
        items.append((sec, code, (n_ru, n_kk)[k], lim, have))
    total = sum(i[3] for i in items)
    consumption = sum(i[3] for i in items if i[1] == "20 03 01")
    rows = [g(["№", "Наименование отходов", "Код отхода", "Объем накопленных отходов на существующее положение, т", "Лимит накопления, т/год"],
              ["№", "Қалдықтардың атауы", "Қалдық коды", "Қазіргі жағдай бойынша жинақталған қалдықтар көлемі, т", "Жинақтау лимиті, т/жыл"])]
    rows += [["", g("Всего", "Барлығы"), "", "", num(round(total, 3), doc.lang)],
             ["", g("в том числе отходов производства", "оның ішінде өндіріс қалдықтары"), "", "", num(round(total - consumption, 3), doc.lang)],
             ["", g("отходов потребления", "тұтыну қалдықтары"), "", "", num(round(consumption, 3), doc.lang)]]
    merges = []
    titles = {"haz": g("Опасные отходы", "Қауіпті қалдықтар"), "non": g("Неопасные отходы", "Қауіпті емес қалдықтар"),
              "mir": g("Зеркальные отходы", "Айна қалдықтар")}
    n = 0
    for sec, title in titles.items():
        _span(rows, merges, title, 5)
        for s, code, name, lim, have in items:
            if s != sec:
                continue
            n += 1
            rows.append([str(n), name, code, num(have, doc.lang) if have else "–", num(lim, doc.lang)])
            doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": lim,
                               "name_contains": _words(name.split(" (")[0], 3)})
    doc.table(g("Таблица 5 – Лимиты накопления отходов", "5-кесте – Қалдықтарды жинақтау лимиттері"), rows, merges, role="wastes")
    doc.p(g("Зеркальные отходы отнесены к неопасным по результатам анализа состава (протокол № 118-П от 14.03.2026).",
            "Айна қалдықтар құрамын талдау нәтижелері бойынша қауіпті емес қалдықтарға жатқызылды (14.03.2026 № 118-П хаттама)."))
    doc.table(g("Места временного накопления отходов", "Қалдықтарды уақытша жинақтау орындары"), [
        g(["№ площадки", "Привязка", "Площадь, м²", "Покрытие", "Емкости"], ["Алаң №", "Байланысы", "Ауданы, м²", "Жабыны", "Сыйымдылықтар"]),
        g(["1", "км 431+200 (АБЗ)", "48", "бетон", "контейнеры 0,75 м³ – 4 шт."], ["1", "431+200 км (АБЗ)", "48", "бетон", "0,75 м³ контейнерлер – 4 дана"]),
        g(["2", "км 452+800 (вахтовый поселок)", "24", "асфальт", "контейнеры 1,1 м³ – 3 шт."], ["2", "452+800 км (вахталық кент)", "24", "асфальт", "1,1 м³ контейнерлер – 3 дана"]),
        g(["3", "км 418+650 (карьер)", str(r.randint(1500, 2500)), "грунт", "временный отвал"], ["3", "418+650 км (карьер)", str(r.randint(1500, 2500)), "топырақ", "уақытша үйінді"]),
    ], role="other")


# (VI name, (low, high) m3 or None, density t/m3 or None, (low, high) t when no volume, handling)
VN_ROAD_WASTES = (
    ("Đất hữu cơ bóc phong hóa", (25000, 40000), 1.45, None, "Tận dụng đắp mái taluy, trồng cỏ"),
    ("Đất đào không thích hợp", (15000, 30000), 1.6, None, "Đổ thải tại bãi thải Km 105+200 đã được UBND xã chấp thuận"),
    ("Bê tông nhựa mặt đường cũ cào bóc", (6000, 12000), 2.3, None, "Tái chế làm lớp móng cấp phối"),
    ("Bê tông xi măng phá dỡ cống cũ", (300, 800), 2.4, None, "Đổ thải tại bãi thải Km 105+200"),
    ("Sinh khối phát quang (cây bụi, gốc cây)", None, None, (120, 300), "Người dân tận dụng, phần còn lại thu gom xử lý"),
)
VN_ROAD_CTNH = (("Dầu động cơ, hộp số và bôi trơn tổng hợp thải", "17 02 03", (600, 1500)),
                ("Giẻ lau, găng tay dính dầu mỡ thải", "18 02 01", (150, 400)),
                ("Thùng phuy đựng nhựa đường, nhũ tương thải (bao bì cứng bằng kim loại)", "18 01 02", (800, 2000)),
                ("Bóng đèn huỳnh quang thải", "16 01 06", (10, 30)),
                ("Ắc quy chì thải của máy thi công", "19 06 01", (100, 300)))


def _wastes_jq2_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("BÁO CÁO ĐTM DỰ ÁN NÂNG CẤP, MỞ RỘNG QUỐC LỘ 14C ĐOẠN KM 92+000 – KM 128+500")
    doc.h("3.1.1.4. Chất thải rắn, chất thải nguy hại trong giai đoạn thi công (18 tháng)")
    rows = [["TT", "Loại chất thải", "Khối lượng (m³)", "Hệ số quy đổi (tấn/m³)", "Khối lượng (tấn)", "Biện pháp xử lý"]]
    for n, (name, vol, rho, tonnes, how) in enumerate(VN_ROAD_WASTES, 1):
        if vol:
            m3 = r.randint(vol[0] // 10, vol[1] // 10) * 10
            t = round(m3 * rho, 1)
            rows.append([str(n), name, num(m3, "vi"), num(rho, "vi"), num(t, "vi"), how])
        else:
            t = float(r.randint(*tonnes))
            rows.append([str(n), name, "-", "-", num(t, "vi"), how])
        doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": _words(name.split(" (")[0], 4)})
    workers = r.choice((120, 150, 180))
    t = workers * 0.5 * 540 / 1000
    rows.append([str(len(VN_ROAD_WASTES) + 1), f"Chất thải rắn sinh hoạt ({workers} công nhân × 0,5 kg/người/ngày × 540 ngày)", "-", "-", num(t, "vi"),
                 "Hợp đồng với đơn vị thu gom địa phương"])
    doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": "Chất thải rắn sinh hoạt"})
    doc.table("Bảng 3.9. Khối lượng chất thải rắn thông thường phát sinh", rows, role="wastes")
    rows = [["TT", "Tên chất thải", "Mã CTNH", "Khối lượng cả giai đoạn (kg)"]]
    for n, (name, code, (lo, hi)) in enumerate(VN_ROAD_CTNH, 1):
        kg = r.randint(lo // 10, hi // 10) * 10
        rows.append([str(n), name, code, num(kg, "vi")])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000, "name_contains": _words(name, 4)})
    doc.table("Bảng 3.10. Chất thải nguy hại phát sinh trong giai đoạn thi công", rows, role="wastes")
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

# (symbol, drinking-water ПДК: a figure or a range, (background, at the store, downstream) ranges)
WELL_PARAMS = (
    ("pH", (6, 9), ((7.0, 7.6), (7.2, 8.2), (7.1, 7.9))),
    ("Cl-", 350, ((40, 90), (300, 480), (120, 260))),
    ("Na", 200, ((30, 70), (150, 260), (80, 170))),
    ("TDS", 1000, ((400, 700), (900, 1600), (700, 1100))),
    ("SO4", 500, ((80, 200), (150, 300), (100, 250))),
    ("NO3-", 45, ((2, 15), (2, 15), (2, 15))),
    ("TPH", 0.1, ((0.01, 0.04), (0.02, 0.09), (0.01, 0.06))),
    ("Fe", 0.3, ((0.05, 0.2), (0.05, 0.25), (0.05, 0.25))),
)
WELLS = (("Скв-1", "фон, 150 м выше склада по потоку, глубина 12 м", "фон, ағын бойынша қоймадан 150 м жоғары, тереңдігі 12 м"),
         ("Скв-2", "у склада ПГМ, 25 м, глубина 10 м", "КҚМ қоймасы жанында, 25 м, тереңдігі 10 м"),
         ("Скв-3", "180 м ниже склада по потоку, глубина 12 м", "ағын бойынша қоймадан 180 м төмен, тереңдігі 12 м"))


def _water_name(doc: Doc, symbol: str) -> str:
    if symbol == "Na":
        return doc.v("Натрий", "Натрий", "Natri (Na)")
    return vocab.water(symbol, doc.lang)


def limits_jq1(doc: Doc) -> None:
    """Ground water in three observation wells around a road-maintenance base's sand-salt store: each well's id, place and
    depth in a header cell merged over its two samplings (April, October), the drinking-water ПДК before the results, units
    in a column, chlorides and dry residue over the ПДК at the store's well marked with an asterisk (`412*`), the depth to the
    water table as a row without a norm (VI: a hot-mix plant's permit limits of its two gas flows, QCVN 19:2009/BTNMT column B
    times Kp and Kv worked out in the paragraph above, each flow under a section row, the frequency of monitoring and the
    automatic monitoring merged down in the same table, the second flow exempt from periodic monitoring)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_jq1_vi(doc)
        return
    g = _rk(doc)
    k = 0 if doc.lang == "ru" else 1
    b = doc.pick(MAINT_BASES)
    doc.h(g(f"Результаты мониторинга подземных вод в районе склада противогололедных материалов. {b[0]}",
            f"{b[1]}. Көктайғаққа қарсы материалдар қоймасы ауданындағы жерасты суларының мониторингі нәтижелері"))
    doc.p(g("Отбор проб выполнен ТОО «Қостанай ЭкоСараптама» (аттестат аккредитации KZ.T.08.1142) 16.04.2025 и 09.10.2025. Результаты сравниваются "
            "с гигиеническими нормативами к безопасности питьевой воды.",
            "Сынамаларды «Қостанай ЭкоСараптама» ЖШС (аккредиттеу аттестаты KZ.T.08.1142) 16.04.2025 және 09.10.2025 алды. Нәтижелер ауыз судың "
            "қауіпсіздігіне қойылатын гигиеналық нормативтермен салыстырылады."))
    head0 = g(["№", "Показатель", "Ед. изм.", "ПДК¹"], ["№", "Көрсеткіш", "Өлш. бірл.", "ШЖК¹"])
    head1 = [None] * 4
    merges = [(0, c, 1, c) for c in range(4)]
    for i, (wid, p_ru, p_kk) in enumerate(WELLS):
        head0 += [f"{wid} ({(p_ru, p_kk)[k]})", None]
        head1 += g(["апрель", "октябрь"], ["сәуір", "қазан"])
        merges.append((0, 4 + 2 * i, 0, 5 + 2 * i))
    rows = [head0, head1]
    for n, (sym, pdk, ranges) in enumerate(WELL_PARAMS, 1):
        unit_cell = g("ед. pH", "pH бірл.") if sym == "pH" else g("мг/дм³", "мг/дм³")
        pdk_cell = f"{num(pdk[0], doc.lang)}–{num(pdk[1], doc.lang)}" if isinstance(pdk, tuple) else num(pdk, doc.lang)
        line = [str(n), _water_name(doc, sym), unit_cell, pdk_cell]
        for (wid, _, _), (lo, hi) in zip(WELLS, ranges, strict=True):
            for _ in range(2):
                v = round(r.uniform(lo, hi), 1) if sym == "pH" else _sig(r.uniform(lo, hi), 2 if hi < 1 else 3)
                over = not isinstance(pdk, tuple) and v > pdk
                line.append(num(v, doc.lang) + ("*" if over else ""))
                add(doc, limit(("symbol", sym), "water", pdk, "mg/l", None, wid, v))
        rows.append(line)
    rows.append([str(len(WELL_PARAMS) + 1), g("Уровень подземных вод от поверхности земли", "Жер бетінен жерасты суларының деңгейі"), "м", "–",
                 *(num(round(r.uniform(3.0, 6.5), 1), doc.lang) for _ in range(6))])
    doc.table(g("Таблица 3 – Результаты анализа проб подземных вод", "3-кесте – Жерасты сулары сынамаларын талдау нәтижелері"), rows, merges, role="limits")
    doc.p(g("¹ Гигиенические нормативы показателей безопасности хозяйственно-питьевого водоснабжения (приказ Министра здравоохранения Республики "
            "Казахстан от 24 ноября 2022 года № ҚР ДСМ-138). * – превышение ПДК.",
            "¹ Шаруашылық-ауыз сумен жабдықтау қауіпсіздігі көрсеткіштерінің гигиеналық нормативтері (Қазақстан Республикасы Денсаулық сақтау "
            "министрінің 2022 жылғы 24 қарашадағы № ҚР ДСМ-138 бұйрығы). * – ШЖК-дан асу."))
    maybe_distractor(doc)


# (point, VI flow, height m, flow m3/h, Kp, periodic?)
VN_FLOWS = (("KT-01", "ống khói trạm trộn sau hệ thống cyclon và lọc bụi túi vải", 15, 32000, 0.9, True),
            ("KT-02", "ống khói lò gia nhiệt dầu tải nhiệt (đốt dầu DO)", 12, 3500, 1.0, False))
VN_QCVN19_B = (("2902", 200), ("0330", 500), ("0301", 850), ("0337", 1000))


def _limits_jq1_vi(doc: Doc) -> None:
    r = doc.rng
    owner, key = doc.pick(VN_ASPHALT_OWNERS)
    kv = 1.2
    doc.h(f"PHỤ LỤC 2. NỘI DUNG CẤP PHÉP XẢ KHÍ THẢI – TRẠM TRỘN BÊ TÔNG NHỰA NÓNG {key.upper()} ({owner.upper()})")
    for n, (pid, name, height, flow, _kp, _) in enumerate(VN_FLOWS, 1):
        doc.p(f"Dòng khí thải số 0{n} ({pid}): {name}, chiều cao {height} m, lưu lượng xả khí thải lớn nhất {num(flow, 'vi')} m³/giờ; tọa độ vị trí xả "
              f"(VN-2000): X = {num(r.randint(1225000, 1226000), 'vi')}; Y = {num(r.randint(585000, 586000), 'vi')}.")
    doc.p("Giá trị giới hạn: QCVN 19:2009/BTNMT, cột B, với Kp = 0,9 (dòng khí thải số 01), Kp = 1,0 (dòng khí thải số 02) và Kv = 1,2 (khu vực nông thôn).")
    rows = [["TT", "Chất ô nhiễm", "Đơn vị tính", "Giá trị giới hạn cho phép", "Tần suất quan trắc định kỳ", "Quan trắc tự động, liên tục"]]
    merges = []
    for n, (pid, _, _, _, kp, periodic) in enumerate(VN_FLOWS, 1):
        _span(rows, merges, f"Dòng khí thải số 0{n} ({pid})", 6)
        start = len(rows)
        for i, (code, c) in enumerate(VN_QCVN19_B, 1):
            cmax = _sig(c * kp * kv, 6)
            freq_cell = ("03 tháng/lần" if periodic else "Không thuộc đối tượng phải quan trắc định kỳ") if i == 1 else None
            auto_cell = "Không thuộc đối tượng phải quan trắc tự động, liên tục" if i == 1 else None
            rows.append([str(i), VI_AIR[code], "mg/Nm³", num(cmax, "vi"), freq_cell, auto_cell])
            add(doc, limit(("code", code), "flue_gas", cmax, "mg/Nm3", "B", pid))
            if periodic:
                doc.add("monitoring", {"point": pid, "code": code, "frequency": "quarterly"})
        merges += [(start, 4, len(rows) - 1, 4), (start, 5, len(rows) - 1, 5)]
    doc.table("Bảng 1. Các chất ô nhiễm và giá trị giới hạn của các chất ô nhiễm theo dòng khí thải", rows, merges, role="limits")
    maybe_distractor(doc)


# (symbol, ПДК mg/kg or None, (low, high) at 5 m; lower farther)
SOIL_PARAMS = (("Pb", 32, (18, 45)), ("Zn", 23, (10, 32)), ("Cu", 3, (1.2, 3.8)), ("Cd", None, (0.2, 0.7)), ("BaP", 0.02, (0.008, 0.035)),
               ("TPH", None, (120, 640)))
SOIL_HEAD = {"Pb": ("Свинец (валовая форма)", "Қорғасын (жалпы түрі)"), "Zn": ("Цинк (подвижная форма)", "Мырыш (жылжымалы түрі)"),
             "Cu": ("Медь (подвижная форма)", "Мыс (жылжымалы түрі)"), "Cd": ("Кадмий", "Кадмий"), "BaP": ("Бенз(а)пирен", "Бенз(а)пирен"),
             "TPH": ("Нефтепродукты", "Мұнай өнімдері")}
SOIL_POINTS = (("П-1", 5, 1.0), ("П-2", 25, 0.7), ("П-3", 50, 0.5), ("П-4", 100, 0.35), ("Ф-1", 500, 0.2))


def limits_jq2(doc: Doc) -> None:
    """A laboratory's protocol of soil beside a road, taken at 5, 25, 50 and 100 m from the carriageway's edge and at a
    background point, each at two depths: the point and its distance merged down over the depths, the metals and the rest
    as columns under a unit row `мг/кг` merged across them, the ПДК row first under the header, cadmium and oil products with
    a dash for a ПДК, the distances and depths as look-alikes (VI: surface water at a highway's bridge crossings, the points
    as columns and QCVN 08-MT:2015/BTNMT column B1 last, dissolved oxygen `≥ 4` as a lower bound, the temperature without a
    norm)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_jq2_vi(doc)
        return
    g = _rk(doc)
    k = 0 if doc.lang == "ru" else 1
    doc.h(g(f"Протокол испытаний почв № {r.randint(40, 390)}-П от {r.randint(1, 28):02d}.06.2025",
            f"2025 ж. {r.randint(1, 28):02d}.06. № {r.randint(40, 390)}-П топырақ сынақтарының хаттамасы"))
    doc.p(g("Объект: автомобильная дорога «Алматы – Капшагай», км 38+400 (производственный экологический контроль ТОО «Жетісу Жол Күтім»). "
            "Испытательная лаборатория ТОО «ЭкоЛаб Жетісу». Пробы отобраны по ГОСТ 17.4.4.02-2017.",
            "Объект: «Алматы – Қапшағай» автомобиль жолы, 38+400 км («Жетісу Жол Күтім» ЖШС өндірістік экологиялық бақылауы). "
            "«ЭкоЛаб Жетісу» ЖШС сынақ зертханасы. Сынамалар МЕМСТ 17.4.4.02-2017 бойынша алынды."))
    head0 = g(["Точка отбора", "Расстояние от кромки проезжей части, м", "Глубина отбора, см"], ["Сынама алу нүктесі", "Жүру бөлігінің жиегінен қашықтық, м", "Сынама алу тереңдігі, см"])
    head0 += [SOIL_HEAD[s][k] for s, _, _ in SOIL_PARAMS]
    head1 = [None, None, None, g("мг/кг", "мг/кг")] + [None] * (len(SOIL_PARAMS) - 1)
    pdk_row = [g("ПДК*", "ШЖК*"), None, None] + [num(p, doc.lang) if p else "–" for _, p, _ in SOIL_PARAMS]
    rows = [head0, head1, pdk_row]
    merges = [(0, c, 1, c) for c in range(3)] + [(1, 3, 1, 2 + len(SOIL_PARAMS)), (2, 0, 2, 2)]
    for pid, dist, factor in SOIL_POINTS:
        start = len(rows)
        for depth, dfac in (("0–5", 1.0), ("5–20", 0.7)):
            line = [pid if depth == "0–5" else None, str(dist) if depth == "0–5" else None, depth]
            for sym, pdk, (lo, hi) in SOIL_PARAMS:
                v = _sig(r.uniform(lo, hi) * factor * dfac, 2)
                line.append(num(v, doc.lang))
                if pdk:
                    add(doc, limit(("symbol", sym), "soil", pdk, "mg/kg", None, pid, v))
            rows.append(line)
        merges += [(start, 0, start + 1, 0), (start, 1, start + 1, 1)]
    doc.table(g("Таблица 1 – Содержание загрязняющих веществ в почве", "1-кесте – Топырақтағы ластаушы заттардың мөлшері"), rows, merges, role="limits")
    doc.p(g("* Гигиенические нормативы к безопасности среды обитания (приказ Министра здравоохранения Республики Казахстан от 21 апреля 2021 года "
            "№ ҚР ДСМ-32); для кадмия и нефтепродуктов ПДК в почве не установлены.",
            "* Тіршілік ету ортасының қауіпсіздігіне қойылатын гигиеналық нормативтер (Қазақстан Республикасы Денсаулық сақтау министрінің 2021 жылғы "
            "21 сәуірдегі № ҚР ДСМ-32 бұйрығы); кадмий мен мұнай өнімдері үшін топырақтағы ШЖК белгіленбеген."))
    maybe_distractor(doc)


# (symbol, B1 limit: a figure, a range or ("min", x), unit, (low, high))
VN_SURFACE = (("pH", (5.5, 9), None, (6.6, 7.8)), ("DO", ("min", 4), "mg/l", (4.5, 6.8)), ("TSS", 50, "mg/l", (18, 60)),
              ("BOD5", 15, "mg/l", (5, 14)), ("COD", 30, "mg/l", (10, 28)), ("NH4+", 0.9, "mg/l", (0.1, 0.7)), ("NO3-", 10, "mg/l", (0.5, 4)),
              ("Fe", 1.5, "mg/l", (0.3, 1.4)), ("Coliform", 7500, "MPN/100ml", (1200, 6800)))
VN_BRIDGES = (("NM1", "Sông Sa Thầy, thượng lưu cầu Km 97+350 khoảng 200 m"), ("NM2", "Sông Sa Thầy, tại vị trí cầu Km 97+350"),
              ("NM3", "Suối Đăk Psi, hạ lưu cống hộp Km 112+080 khoảng 150 m"))


def _limits_jq2_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("BÁO CÁO ĐTM DỰ ÁN NÂNG CẤP, MỞ RỘNG QUỐC LỘ 14C ĐOẠN KM 92+000 – KM 128+500")
    doc.h("2.1.2.2. Hiện trạng chất lượng nước mặt")
    doc.p("Thời gian lấy mẫu: 14/9/2023. Vị trí: " + "; ".join(f"{pid} – {place}" for pid, place in VN_BRIDGES) + ".")
    rows = [["TT", "Thông số", "Đơn vị", *(pid for pid, _ in VN_BRIDGES), "QCVN 08-MT:2015/BTNMT (cột B1)"],
            ["1", "Nhiệt độ", "°C", *(num(round(r.uniform(24, 29), 1), "vi") for _ in VN_BRIDGES), "-"]]
    for n, (sym, lim, unit, (lo, hi)) in enumerate(VN_SURFACE, 2):
        if isinstance(lim, tuple) and lim[0] == "min":
            lim_cell = f"≥ {num(lim[1], 'vi')}"
        elif isinstance(lim, tuple):
            lim_cell = f"{num(lim[0], 'vi')} – {num(lim[1], 'vi')}"
        else:
            lim_cell = num(lim, "vi")
        unit_cell = {"mg/l": "mg/l", "MPN/100ml": "MPN/100ml", None: "-"}[unit]
        line = [str(n), vocab.water(sym, "vi"), unit_cell]
        for pid, _ in VN_BRIDGES:
            v = round(r.uniform(lo, hi), 1) if sym in ("pH", "DO") else float(r.randint(lo // 100, hi // 100) * 100) if sym == "Coliform" else _sig(r.uniform(lo, hi), 2)
            line.append(num(v, "vi"))
            if isinstance(lim, tuple) and lim[0] == "min":
                doc.add("limits", {"symbol": sym, "medium": "water", "unit": unit, "column": "B1", "point": pid, "limit": None,
                                   "limit_min": float(lim[1]), "limit_max": None, "value": v})
            else:
                add(doc, limit(("symbol", sym), "water", lim, unit, "B1", pid, v))
        rows.append(line + [lim_cell])
    doc.table("Bảng 2.5. Kết quả phân tích chất lượng nước mặt khu vực dự án", rows, role="limits")
    doc.p("Nhận xét: hàm lượng TSS tại một số vị trí xấp xỉ giới hạn cột B1 do lấy mẫu vào mùa mưa; các thông số còn lại đạt quy chuẩn.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring

# (number, RU, KK, codes, frequency, (RU, KK said), (RU, KK under НМУ), method) — codes empty: no duty at the source
ABZ_PLAN = (
    ("0001", "Сушильный барабан АБЗ", "АБЗ кептіру барабаны", ("2908", "0301", "0304", "0330", "0337"), "quarterly",
     ("1 раз в квартал (II–III кв., в период работы АБЗ)", "тоқсанына 1 рет (II–III тоқс., АБЗ жұмыс істеген кезеңде)"),
     ("1 раз в сутки", "тәулігіне 1 рет"), ("инструментальный", "аспаптық")),
    ("0002", "Битумоплавильная установка", "Битум балқыту қондырғысы", ("0301", "0337", "2754"), "semiannual",
     ("2 раза в год (май, август)", "жылына 2 рет (мамыр, тамыз)"), ("–", "–"), ("инструментальный", "аспаптық")),
    ("0003", "Резервуар дизельного топлива", "Дизель отыны резервуары", ("0333", "2754"), "yearly", ("1 раз в год", "жылына 1 рет"), ("–", "–"),
     ("расчетный", "есептік")),
    ("6001", "Склад щебня", "Қиыршық тас қоймасы", ("2908",), "yearly", ("1 раз в год", "жылына 1 рет"), ("–", "–"), ("расчетный", "есептік")),
    ("6003", "Силос минерального порошка", "Минералды ұнтақ силосы", (), None, None, None, None),
)  # fmt: skip


def monitoring_jq1(doc: Doc) -> None:
    """An asphalt plant's ПЭК plan of control at its sources: all the substances of a source with their codes in one cell,
    seasonal words around the frequency (`1 раз в квартал (II–III кв., в период работы АБЗ)`, `2 раза в год (май, август)`),
    a second frequency for the periods of unfavourable weather (НМУ) as a look-alike, the method and who measures, a source
    whose control is left to the zone's monitoring in a row merged across without a duty; then the protection zone's four
    points monthly in the plant's season (VI: a highway's construction-period programme, the media merged down, VN-2000
    coordinates inside the points' cells, one frequency and one standard merged down over each medium's points)."""
    if doc.lang == "vi":
        _monitoring_jq1_vi(doc)
        return
    g = _rk(doc)
    k = 0 if doc.lang == "ru" else 1
    op = g("ТОО «Ақмола Асфальт»", "«Ақмола Асфальт» ЖШС")
    doc.h(g(f"Программа производственного экологического контроля {op} (асфальтобетонный завод) на 2026–2028 годы",
            f"{op} (асфальтбетон зауыты) 2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы"))
    doc.h(g("5.1. Мониторинг эмиссий в атмосферный воздух", "5.1. Атмосфералық ауаға эмиссиялар мониторингі"))
    rows = [g(["№ ИЗА", "Наименование источника", "Контролируемые вещества (код)", "Периодичность контроля", "Периодичность контроля в периоды НМУ",
               "Метод контроля", "Кем осуществляется"],
              ["ЛШК №", "Көздің атауы", "Бақыланатын заттар (коды)", "Бақылау кезеңділігі", "ҚМЖ кезеңдеріндегі бақылау кезеңділігі",
               "Бақылау әдісі", "Кім жүзеге асырады"])]
    merges = []
    lab = g("аккредитованная лаборатория по договору", "шарт бойынша аккредиттелген зертхана")
    for number, n_ru, n_kk, codes, word, said, nmu, method in ABZ_PLAN:
        if not codes:
            rows.append([number, (n_ru, n_kk)[k], g("Контроль на источнике не проводится: источник оснащен рукавным фильтром, выбросы учитываются "
                                                    "мониторингом на границе СЗЗ", "Көзде бақылау жүргізілмейді: көз жеңді сүзгімен жабдықталған, "
                                                    "шығарындылар СҚА шекарасындағы мониторингпен ескеріледі"), None, None, None, None])
            merges.append((len(rows) - 1, 2, len(rows) - 1, 6))
        else:
            rows.append([number, (n_ru, n_kk)[k], "; ".join(f"{c} – {_air(doc, c)}" for c in codes), said[k], nmu[k], method[k],
                         lab if method[0] == "инструментальный" else g("инженер-эколог", "инженер-эколог")])
            for c in codes:
                doc.add("monitoring", {"source_number": number, "code": c, "frequency": word})
            doc.add("emissions", *(emission(c, None, None, number) for c in codes))
    doc.table(g("Таблица 5.1 – План-график контроля на источниках выбросов", "5.1-кесте – Шығарынды көздеріндегі бақылау жоспар-кестесі"), rows, merges,
              role="monitoring")
    doc.add("sources", *({"number": s[0], "type": _type(s[0])} for s in ABZ_PLAN))
    sides = g(("север", "восток", "юг", "запад"), ("солтүстік", "шығыс", "оңтүстік", "батыс"))
    rows = [g(["Точка", "Местоположение", "Определяемые вещества", "Периодичность"], ["Нүкте", "Орналасқан жері", "Анықталатын заттар", "Кезеңділігі"])]
    codes = ("2908", "0301", "0337")
    for n, side in enumerate(sides, 1):
        rows.append([f"Т-{n}", g(f"граница СЗЗ (500 м), {side}", f"СҚА шекарасы (500 м), {side}"), ", ".join(_air(doc, c) for c in codes),
                     g("ежемесячно в период работы АБЗ (апрель – октябрь)", "АБЗ жұмыс істейтін кезеңде ай сайын (сәуір – қазан)")])
        for c in codes:
            doc.add("monitoring", {"point": f"Т-{n}", "code": c, "frequency": "monthly"})
    doc.table(g("Таблица 5.2 – Мониторинг атмосферного воздуха на границе СЗЗ", "5.2-кесте – СҚА шекарасындағы атмосфералық ауа мониторингі"), rows,
              role="monitoring")
    maybe_distractor(doc)


# (medium, standard, frequency word, VI said, [(point, VI place, coordinates?)], VI parameters, [(kind, key)])
VN_ROAD_PLAN = (
    ("Không khí xung quanh", "QCVN 05:2023/BTNMT; QCVN 26:2010/BTNMT", "quarterly", "03 tháng/lần",
     [("KK1", "Trạm trộn bê tông nhựa tạm, Km 98+200"), ("KK2", "Khu dân cư thôn Đăk Hring, Km 104+500"), ("KK3", "Mỏ đá và bãi vật liệu, Km 110+300")],
     "TSP, SO2, NO2, CO, tiếng ồn", [("code", "2902"), ("code", "0330"), ("code", "0301"), ("code", "0337")]),
    ("Nước mặt", "QCVN 08-MT:2015/BTNMT (cột B1)", "quarterly", "03 tháng/lần",
     [("NM1", "Sông Sa Thầy, hạ lưu cầu Km 97+350 khoảng 100 m"), ("NM2", "Suối Đăk Psi, hạ lưu cống Km 112+080")],
     "pH, TSS, BOD5, COD, tổng dầu mỡ khoáng", [("symbol", "pH"), ("symbol", "TSS"), ("symbol", "BOD5"), ("symbol", "COD"), ("symbol", "TPH")]),
    ("Nước thải sinh hoạt lán trại", "QCVN 14:2008/BTNMT (cột B)", "semiannual", "06 tháng/lần",
     [("NT1", "Sau bể tự hoại lán trại chính, Km 101+600")], "pH, BOD5, TSS, amoni, tổng Coliforms",
     [("symbol", "pH"), ("symbol", "BOD5"), ("symbol", "TSS"), ("symbol", "NH4+"), ("symbol", "Coliform")]),
)  # fmt: skip


def _monitoring_jq1_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("BÁO CÁO ĐTM DỰ ÁN NÂNG CẤP, MỞ RỘNG QUỐC LỘ 14C ĐOẠN KM 92+000 – KM 128+500")
    doc.h("5.2. Chương trình giám sát môi trường trong giai đoạn thi công")
    rows = [["Thành phần", "Vị trí giám sát", "Thông số giám sát", "Tần suất", "Quy chuẩn so sánh"]]
    merges = []
    for medium, std, word, said, points, params, keys in VN_ROAD_PLAN:
        start = len(rows)
        for j, (pid, place) in enumerate(points):
            x, y = r.randint(1585000, 1599000), r.randint(405000, 418000)
            cell = f"{pid}: {place} (X: {num(x, 'vi')}; Y: {num(y, 'vi')})"
            rows.append([medium if j == 0 else None, cell, params, said if j == 0 else None, std if j == 0 else None])
            for kind, key in keys:
                doc.add("monitoring", {"point": pid, kind: key, "frequency": word})
        if len(points) > 1:
            merges += [(start, c, len(rows) - 1, c) for c in (0, 3, 4)]
    doc.table("Bảng 5.2. Chương trình giám sát môi trường giai đoạn thi công", rows, merges, role="monitoring")
    doc.p("Ghi chú: tọa độ theo hệ VN-2000, kinh tuyến trục 107°30', múi chiếu 3°.")
    maybe_distractor(doc)


MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
# (section RU, KK, [(point, RU, KK place, RU, KK parameters, [(kind, key)], months, frequency or None)])
ROAD_SCHEDULE = (
    (("Атмосферный воздух (граница жилой застройки)", "Атмосфералық ауа (тұрғын үйлер шекарасы)"), [
        ("Т-1", "с. Жаңатұрмыс, км 424+300, 120 м от оси", "Жаңатұрмыс а., 424+300 км, осьтен 120 м",
         "пыль неорганическая 70-20 % SiO2, азота диоксид, углерод оксид, сажа", "бейорганикалық шаң 70-20 % SiO2, азот диоксиді, көміртек оксиді, күйе",
         [("code", "2908"), ("code", "0301"), ("code", "0337"), ("code", "0328")], (3, 6, 9, 12), "quarterly"),
        ("Т-2", "с. Қаражота, км 441+800, 90 м от оси", "Қаражота а., 441+800 км, осьтен 90 м",
         "пыль неорганическая 70-20 % SiO2, азота диоксид, углерод оксид, сажа", "бейорганикалық шаң 70-20 % SiO2, азот диоксиді, көміртек оксиді, күйе",
         [("code", "2908"), ("code", "0301"), ("code", "0337"), ("code", "0328")], (3, 6, 9, 12), "quarterly")]),
    (("Поверхностные воды (мостовой переход через р. Аягоз)", "Жерүсті сулары (Аягөз өзені арқылы көпір өткелі)"), [
        ("В-1", "500 м выше мостового перехода", "көпір өткелінен 500 м жоғары", "взвешенные вещества, нефтепродукты, БПК5",
         "қалқыма заттар, мұнай өнімдері, ОБТ5", [("symbol", "TSS"), ("symbol", "TPH"), ("symbol", "BOD5")], (4, 5, 6, 7, 8, 9, 10), "monthly"),
        ("В-2", "500 м ниже мостового перехода", "көпір өткелінен 500 м төмен", "взвешенные вещества, нефтепродукты, БПК5",
         "қалқыма заттар, мұнай өнімдері, ОБТ5", [("symbol", "TSS"), ("symbol", "TPH"), ("symbol", "BOD5")], (4, 5, 6, 7, 8, 9, 10), "monthly")]),
    (("Почва", "Топырақ"), [
        ("П-1", "площадка АБЗ, км 431+200", "АБЗ алаңы, 431+200 км", "нефтепродукты, свинец", "мұнай өнімдері, қорғасын",
         [("symbol", "TPH"), ("symbol", "Pb")], (5,), "yearly"),
        ("П-2", "битумная база, км 433+100", "битум базасы, 433+100 км", "нефтепродукты, бенз(а)пирен", "мұнай өнімдері, бенз(а)пирен",
         [("symbol", "TPH"), ("symbol", "BaP")], (5, 9), "semiannual")]),
    (("Физическое воздействие", "Физикалық әсер"), [
        ("Ш-1", "с. Жаңатұрмыс, у ближайшего жилого дома", "Жаңатұрмыс а., ең жақын тұрғын үй жанында", "эквивалентный и максимальный уровни звука, дБА",
         "баламалы және ең жоғары дыбыс деңгейлері, дБА", [], (3, 6, 9, 12), None)]),
)  # fmt: skip


def monitoring_jq2(doc: Doc) -> None:
    """A road builder's schedule of sampling for 2026, one row a point under section rows by medium, the parameters in
    words in one cell, then twelve Roman-numbered month columns under a merged `Месяцы 2026 года` with `+` where a sample is
    taken, so that the frequency is only in the marks (a mark a quarter, every month from April to October, May alone, May
    and September), the number of samplings in the last column as a look-alike, the noise point without a substance (VI: a
    bitumen depot's monitoring programme, one frequency cell merged down over the storm-water and waste-water rows, the kind
    of sample merged down too)."""
    if doc.lang == "vi":
        _monitoring_jq2_vi(doc)
        return
    g = _rk(doc)
    k = 0 if doc.lang == "ru" else 1
    op = doc.pick(CONTRACTORS)[k]
    doc.h(g(f"Программа производственного экологического контроля на период строительства. {op}",
            f"{op}. Құрылыс кезеңіне арналған өндірістік экологиялық бақылау бағдарламасы"))
    doc.p(g("Объект: реконструкция автомобильной дороги «Талдыкорган – Калбатау – Усть-Каменогорск», км 412–468. График отбора проб на 2026 год.",
            "Объект: «Талдықорған – Қалбатау – Өскемен» автомобиль жолын реконструкциялау, 412–468 км. 2026 жылға арналған сынама алу кестесі."))
    rows = [g(["№", "Точка контроля", "Определяемые показатели", "Месяцы 2026 года"], ["№", "Бақылау нүктесі", "Анықталатын көрсеткіштер", "2026 жылдың айлары"])
            + [None] * 11 + [g("Всего отборов", "Сынамалар саны")],
            [None, None, None, *MONTHS, None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 14), (0, 15, 1, 15)]
    n = 0
    for (s_ru, s_kk), points in ROAD_SCHEDULE:
        _span(rows, merges, (s_ru, s_kk)[k], 16)
        for pid, p_ru, p_kk, a_ru, a_kk, keys, months, word in points:
            n += 1
            marks = ["+" if m in months else "" for m in range(1, 13)]
            rows.append([str(n), f"{pid} – {(p_ru, p_kk)[k]}", (a_ru, a_kk)[k], *marks, str(len(months))])
            for kind, key in keys:
                doc.add("monitoring", {"point": pid, kind: key, "frequency": word})
    doc.table(g("Таблица 6 – График производственного мониторинга", "6-кесте – Өндірістік мониторинг кестесі"), rows, merges, role="monitoring")
    doc.p(g("Отбор проб и анализы выполняет аккредитованная лаборатория по договору; результаты включаются в квартальный отчет по ПЭК.",
            "Сынама алуды және талдауларды шарт бойынша аккредиттелген зертхана орындайды; нәтижелер ӨЭБ бойынша тоқсандық есепке енгізіледі."))
    maybe_distractor(doc)


# (kind of sample, point, VI place, VI parameters, [(kind, key)], frequency group)
VN_DEPOT_PLAN = (
    ("Khí thải", "KT1", "Ống khói lò gia nhiệt dầu tải nhiệt (đốt dầu DO)", "Bụi tổng, SO2, NOx (tính theo NO2), CO",
     [("code", "2902"), ("code", "0330"), ("code", "0301"), ("code", "0337")], "semiannual"),
    ("Nước mưa chảy tràn", "NM1", "Sau bể lắng, tách dầu khu bồn chứa, trước khi xả ra hệ thống thoát nước mưa KCN", "pH, TSS, tổng dầu mỡ khoáng",
     [("symbol", "pH"), ("symbol", "TSS"), ("symbol", "TPH")], "quarterly"),
    ("Nước thải", "NT1", "Nước thải sinh hoạt sau bể tự hoại", "pH, BOD5, TSS, amoni, tổng Coliforms",
     [("symbol", "pH"), ("symbol", "BOD5"), ("symbol", "TSS"), ("symbol", "NH4+"), ("symbol", "Coliform")], "quarterly"),
    ("Nước thải", "NT2", "Nước thải phòng thí nghiệm sau bể trung hòa", "pH, COD, TSS", [("symbol", "pH"), ("symbol", "COD"), ("symbol", "TSS")],
     "quarterly"),
)  # fmt: skip


def _monitoring_jq2_vi(doc: Doc) -> None:
    doc.h("CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG – TỔNG KHO NHỰA ĐƯỜNG LỎNG ĐÌNH VŨ")
    doc.p("Nước thải của tổng kho được đấu nối về hệ thống xử lý nước thải tập trung của KCN Đình Vũ theo hợp đồng đấu nối.")
    rows = [["Loại mẫu", "Ký hiệu", "Vị trí quan trắc", "Thông số", "Tần suất"]]
    said = {"semiannual": "06 tháng/lần", "quarterly": "03 tháng/lần"}
    merges = []
    prev_kind, prev_word, kind_start, word_start = None, None, 1, 1
    for kind_s, pid, place, params, keys, word in VN_DEPOT_PLAN:
        row = len(rows)
        rows.append([kind_s if kind_s != prev_kind else None, pid, place, params, said[word] if word != prev_word else None])
        if kind_s != prev_kind:
            if row - kind_start > 1:
                merges.append((kind_start, 0, row - 1, 0))
            kind_start, prev_kind = row, kind_s
        if word != prev_word:
            if row - word_start > 1:
                merges.append((word_start, 4, row - 1, 4))
            word_start, prev_word = row, word
        for kind, key in keys:
            doc.add("monitoring", {"point": pid, kind: key, "frequency": word})
    end = len(rows)
    if end - kind_start > 1:
        merges.append((kind_start, 0, end - 1, 0))
    if end - word_start > 1:
        merges.append((word_start, 4, end - 1, 4))
    doc.table("Bảng 4. Nội dung quan trắc môi trường định kỳ", rows, merges, role="monitoring")
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

# ((RU, KK object), (RU, KK responsible), [(RU, KK check, RU, KK said, frequency or None)])
BASE_CHECKS = (
    (("Склад противогололедных материалов", "Көктайғаққа қарсы материалдар қоймасы"), ("мастер склада ПГМ", "КҚМ қоймасының шебері"), [
        ("Целостность кровли и стен закрытого склада соли, отсутствие россыпей за его пределами",
         "Жабық тұз қоймасының шатыры мен қабырғаларының тұтастығы, одан тыс шашылудың болмауы",
         "ежедневно в период зимнего содержания (ноябрь – март)", "қысқы күтіп ұстау кезеңінде күн сайын (қараша – наурыз)", "daily"),
        ("Покрытие площадки пескосоляной смеси и водоотводные лотки", "Құм-тұз қоспасы алаңының жабыны және су бұру науалары",
         "после каждой завозки соли", "тұзды әр әкелгеннен кейін", None),
        ("Укрытие штабеля пескосоляной смеси от осадков", "Құм-тұз қоспасы қатарын жауын-шашыннан жабу", "еженедельно", "апта сайын", "weekly")]),
    (("Битумохранилище и битумный котел", "Битум қоймасы және битум қазандығы"), ("механик участка", "учаске механигі"), [
        ("Герметичность битумных емкостей и запорной арматуры, отсутствие проливов", "Битум сыйымдылықтары мен бекіту арматурасының саңылаусыздығы, төгілудің болмауы",
         "еженедельно", "апта сайын", "weekly"),
        ("Исправность топливной системы и дымовой трубы котла", "Қазандықтың отын жүйесі мен түтін мұржасының жарамдылығы", "1 раз в месяц", "айына 1 рет", "monthly")]),
    (("Площадка стоянки и мойки техники с нефтеловушкой", "Мұнай ұстағышы бар техника тұрағы және жуу алаңы"), ("начальник гаража", "гараж бастығы"), [
        ("Уровень нефтепродуктов и осадка в нефтеловушке", "Мұнай ұстағыштағы мұнай өнімдері мен тұнбаның деңгейі", "еженедельно", "апта сайын", "weekly"),
        ("Очистка нефтеловушки с передачей нефтешлама специализированной организации", "Мұнай шламын мамандандырылған ұйымға бере отырып, мұнай ұстағышты тазалау",
         "1 раз в квартал", "тоқсанына 1 рет", "quarterly")]),
    (("Площадка временного хранения отходов", "Қалдықтарды уақытша сақтау алаңы"), ("инженер по ТБ и ООС", "ҚТ және ҚОҚ жөніндегі инженер"), [
        ("Маркировка контейнеров и соблюдение сроков накопления отходов", "Контейнерлердің таңбалануы және қалдықтарды жинақтау мерзімдерінің сақталуы",
         "1 раз в месяц", "айына 1 рет", "monthly"),
        ("Наличие договоров и актов передачи отходов", "Қалдықтарды беру шарттары мен актілерінің болуы", "ежегодно, до 31 января", "жыл сайын, 31 қаңтарға дейін",
         "yearly")]),
)  # fmt: skip


def inspections_jq1(doc: Doc) -> None:
    """A road-maintenance base's schedule of internal environmental checks: object rows spanning the table, the checks
    numbered `1.1` … under them, who checks in a cell merged down over each object's checks, the frequency in the base's
    own words (`ежедневно в период зимнего содержания (ноябрь – март)`, `ежегодно, до 31 января`), a check after each
    delivery of salt without a frequency and an empty column for the marks (VI: a hot-mix plant's check sheet of its bag
    filter, cyclones, bitumen tanks and hazardous-waste store, the equipment merged down, a bag change when the pressure
    drop exceeds 2.000 Pa without a frequency)."""
    if doc.lang == "vi":
        _inspections_jq1_vi(doc)
        return
    g = _rk(doc)
    k = 0 if doc.lang == "ru" else 1
    b = doc.pick(MAINT_BASES)
    doc.h(g(f"График внутренних проверок соблюдения экологических требований на 2026 год. {b[0]}",
            f"{b[1]}. Экологиялық талаптардың сақталуын ішкі тексеру кестесі, 2026 жыл"))
    doc.p(g("Результаты проверок заносятся в журнал производственного экологического контроля; выявленные нарушения устраняются в течение 3 рабочих дней.",
            "Тексеру нәтижелері өндірістік экологиялық бақылау журналына енгізіледі; анықталған бұзушылықтар 3 жұмыс күні ішінде жойылады."))
    rows = [g(["№", "Предмет проверки", "Периодичность", "Ответственный", "Отметка о проведении"],
              ["№", "Тексеру нысанасы", "Кезеңділігі", "Жауапты", "Жүргізілгені туралы белгі"])]
    merges = []
    for s, (obj, who, checks) in enumerate(BASE_CHECKS, 1):
        _span(rows, merges, f"{s}. {obj[k]}", 5)
        start = len(rows)
        for j, (c_ru, c_kk, w_ru, w_kk, word) in enumerate(checks, 1):
            text = (c_ru, c_kk)[k]
            rows.append([f"{s}.{j}", text, (w_ru, w_kk)[k], who[k] if j == 1 else None, ""])
            item = {"kind": "inspection", "number": f"{s}.{j}", "text_contains": _words(text, 4), "actor_contains": who[k]}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
        if len(checks) > 1:
            merges.append((start, 3, len(rows) - 1, 3))
    doc.table(None, rows, merges, role="inspections")
    distractor(doc, "approval")


# (VI equipment, [(check, said, frequency or None, who)])
VN_HMA_CHECKS = (
    ("Hệ thống lọc bụi túi vải", [("Kiểm tra chênh áp qua túi lọc trên đồng hồ", "Hằng ngày", "daily", "Tổ vận hành trạm trộn"),
                                  ("Thay túi lọc bị rách, thủng", "Khi chênh áp vượt 2.000 Pa", None, "Tổ cơ điện"),
                                  ("Kiểm tra van rũ bụi bằng khí nén", "Hằng tuần", "weekly", "Tổ cơ điện")]),
    ("Cyclon và đường ống dẫn khí", [("Xả bụi thu hồi ở đáy cyclon về silo bột khoáng", "Hằng ngày", "daily", "Tổ vận hành trạm trộn"),
                                     ("Kiểm tra mài mòn, rò rỉ đường ống dẫn khí", "Hàng tháng", "monthly", "Tổ cơ điện")]),
    ("Bồn chứa nhựa đường, lò gia nhiệt dầu tải nhiệt", [("Kiểm tra mức nhựa, nhiệt độ bồn, rò rỉ van", "Hằng ngày", "daily", "Thủ kho nhựa đường"),
                                                          ("Kiểm tra bờ bao, rãnh thu dầu tràn quanh bồn", "Hàng tháng", "monthly", "Cán bộ môi trường")]),
    ("Kho chất thải nguy hại", [("Kiểm tra nhãn, biển cảnh báo, sổ giao nhận chất thải nguy hại", "03 tháng/lần", "quarterly", "Cán bộ môi trường")]),
)


def _inspections_jq1_vi(doc: Doc) -> None:
    owner, key = doc.pick(VN_ASPHALT_OWNERS)
    doc.h(f"BẢNG KIỂM TRA ĐỊNH KỲ CÁC CÔNG TRÌNH BẢO VỆ MÔI TRƯỜNG – TRẠM TRỘN BÊ TÔNG NHỰA NÓNG {key.upper()}")
    doc.p(f"Ban hành kèm theo Quy trình vận hành công trình xử lý bụi, khí thải của {owner}.")
    rows = [["TT", "Thiết bị, công trình", "Nội dung kiểm tra", "Tần suất", "Người thực hiện"]]
    merges = []
    n = 0
    for equip, checks in VN_HMA_CHECKS:
        start = len(rows)
        for j, (text, said, word, who) in enumerate(checks):
            n += 1
            rows.append([str(n), equip if j == 0 else None, text, said, who])
            item = {"kind": "inspection", "number": str(n), "text_contains": _words(text, 4), "actor_contains": who}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
        if len(checks) > 1:
            merges.append((start, 1, len(rows) - 1, 1))
    doc.table("Bảng 1. Nội dung, tần suất kiểm tra", rows, merges, role="inspections")
    maybe_distractor(doc)


FREQ_COLUMNS = (("daily", "Ежедневно (перед пуском)", "Күн сайын (іске қосар алдында)"), ("weekly", "Еженедельно", "Апта сайын"),
                ("monthly", "Ежемесячно", "Ай сайын"), ("yearly", "1 раз в год (перед началом сезона)", "Жылына 1 рет (маусым басталар алдында)"))
# (RU, KK equipment, four cells (RU, KK) or None, RU, KK responsible)
PGOU_MATRIX = (
    ("Циклоны ЦН-15 (группа из 4 шт.)", "ЦН-15 циклондары (4 дана топ)",
     [("Отсутствие подсосов воздуха через люки и фланцы", "Люктер мен фланецтер арқылы ауа сорылуының болмауы"),
      ("Выгрузка пыли из бункеров в силос минерального порошка", "Бункерлерден шаңды минералды ұнтақ силосына түсіру"), None,
      ("Замер эффективности очистки (КПД не ниже 85 %)", "Тазарту тиімділігін өлшеу (ПӘК кемінде 85 %)")],
     "механик АБЗ", "АБЗ механигі"),
    ("Рукавный фильтр ФРИ-1200", "ФРИ-1200 жеңді сүзгісі",
     [("Перепад давления по дифманометру (1,2–1,8 кПа)", "Дифманометр бойынша қысым айырмасы (1,2–1,8 кПа)"),
      ("Работа системы импульсной регенерации рукавов", "Жеңдерді импульстік регенерациялау жүйесінің жұмысы"),
      ("Осмотр рукавов и замена поврежденных", "Жеңдерді қарау және зақымданғандарын ауыстыру"),
      ("Инструментальный замер запыленности до и после фильтра", "Сүзгіге дейін және кейін шаңдылықты аспаптық өлшеу")],
     "механик АБЗ", "АБЗ механигі"),
    ("Дымосос и газоходы сушильного барабана", "Кептіру барабанының түтін сорғышы мен газ жолдары",
     [None, ("Отсутствие неплотностей газоходов", "Газ жолдарында саңылаулардың болмауы"),
      ("Вибрация и нагрев подшипников дымососа", "Түтін сорғыш мойынтіректерінің дірілі мен қызуы"),
      ("Очистка газоходов от отложений", "Газ жолдарын шөгінділерден тазалау")],
     "главный механик", "бас механик"),
    ("Горелка сушильного барабана", "Кептіру барабанының жанарғысы",
     [("Устойчивость факела, отсутствие дымления", "Алаудың тұрақтылығы, түтіндеудің болмауы"), None,
      ("Регулировка горения по газоанализатору (CO не более 300 мг/м³)", "Газ талдағыш бойынша жануды реттеу (CO 300 мг/м³-ден аспайды)"),
      ("Ревизия форсунки и топливного фильтра", "Форсунка мен отын сүзгісін тексеру")],
     "старший оператор АБЗ", "АБЗ аға операторы"),
    ("Битумоплавильная установка", "Битум балқыту қондырғысы",
     [("Температура битума не выше 160 °C", "Битум температурасы 160 °C-тан аспайды"),
      ("Герметичность котлов и битумопроводов", "Қазандықтар мен битум құбырларының саңылаусыздығы"), None, None],
     "машинист битумной установки", "битум қондырғысының машинисі"),
)  # fmt: skip


def inspections_jq2(doc: Doc) -> None:
    """An asphalt plant's matrix of checks of its dust and gas cleaning equipment: the equipment as rows, the frequencies as
    columns (`Ежедневно (перед пуском)`, `Еженедельно`, `Ежемесячно`, `1 раз в год (перед началом сезона)`), each cell a check
    and blank cells where there is none, who is responsible in the last column; pressure drops, an efficiency, a temperature
    and a CO figure inside the checks as look-alikes of limits (VI: a road-maintenance company's patrol and inspection of its
    road sections by kind of check, the checks after floods and incidents without a frequency)."""
    if doc.lang == "vi":
        _inspections_jq2_vi(doc)
        return
    g = _rk(doc)
    k = 0 if doc.lang == "ru" else 1
    op = g("ТОО «Ақмола Асфальт»", "«Ақмола Асфальт» ЖШС")
    doc.h(g(f"Регламент контроля пылегазоочистного оборудования асфальтобетонного завода {op}",
            f"{op} асфальтбетон зауытының шаң-газ тазарту жабдығын бақылау регламенті"))
    doc.p(g("Приложение 4 к Программе производственного экологического контроля. Результаты заносятся в журнал учета работы ПГОУ.",
            "Өндірістік экологиялық бақылау бағдарламасына 4-қосымша. Нәтижелер ШГТҚ жұмысын есепке алу журналына енгізіледі."))
    rows = [[g("Оборудование", "Жабдық"), *(c[1 + k] for c in FREQ_COLUMNS), g("Ответственный", "Жауапты")]]
    for e_ru, e_kk, cells, w_ru, w_kk in PGOU_MATRIX:
        who = (w_ru, w_kk)[k]
        rows.append([(e_ru, e_kk)[k], *((c[k] if c else "") for c in cells), who])
        for (word, _, _), cell in zip(FREQ_COLUMNS, cells, strict=True):
            if cell:
                doc.add("obligations", {"kind": "inspection", "frequency": word, "text_contains": _words(cell[k].split(" (")[0], 3), "actor_contains": who})
    doc.table(g("Таблица – Виды и периодичность проверок ПГОУ", "Кесте – ШГТҚ тексерулерінің түрлері мен кезеңділігі"), rows, role="inspections")
    maybe_distractor(doc)


# (kind of check, VI check, said, frequency or None, who)
VN_PATROL = (
    ("Tuần đường", "Phát hiện đổ trộm chất thải, vật liệu rơi vãi trên mặt đường và hành lang an toàn đường bộ", "Hằng ngày", "daily",
     "Công nhân tuần đường các hạt"),
    ("Kiểm tra định kỳ tháng", "Tình trạng rãnh dọc, cống thoát nước, bùn đất bồi lắng", "01 tháng/lần", "monthly", "Hạt trưởng các hạt quản lý đường bộ"),
    ("Kiểm tra định kỳ quý", "Kho nhựa đường, bãi vật liệu tại các hạt; việc thu gom chất thải nguy hại", "03 tháng/lần", "quarterly",
     "Phòng Kỹ thuật – An toàn"),
    ("Kiểm tra trước mùa mưa bão", "Cây xanh có nguy cơ gãy đổ, mái taluy có nguy cơ sạt lở, hệ thống thoát nước", "Hằng năm, hoàn thành trước 30/4",
     "yearly", "Ban Giám đốc Công ty"),
    ("Kiểm tra đột xuất", "Sạt lở, ngập úng, sự cố tràn đổ nhiên liệu, nhựa đường trên tuyến", "Sau mỗi đợt mưa lũ, sự cố", None, "Phòng Kỹ thuật – An toàn"),
)


def _inspections_jq2_vi(doc: Doc) -> None:
    company = doc.pick(("Công ty Cổ phần Quản lý và Xây dựng đường bộ Tây Nguyên", "Công ty TNHH MTV Quản lý đường bộ 14C"))
    doc.h(f"KẾ HOẠCH KIỂM TRA CÔNG TÁC BẢO TRÌ VÀ BẢO VỆ MÔI TRƯỜNG NĂM 2026 – {company.upper()}")
    doc.p("Phạm vi: Quốc lộ 14C từ Km 92+000 đến Km 178+000, gồm 04 hạt quản lý đường bộ. Căn cứ Thông tư số 37/2018/TT-BGTVT.")
    rows = [["TT", "Hình thức kiểm tra", "Nội dung kiểm tra liên quan đến môi trường", "Tần suất", "Đơn vị thực hiện", "Ghi chép"]]
    for n, (kind_s, text, said, word, who) in enumerate(VN_PATROL, 1):
        rows.append([str(n), kind_s, text, said, who, "Sổ nhật ký tuần đường" if n == 1 else "Biên bản kiểm tra"])
        item = {"kind": "inspection", "number": str(n), "text_contains": _words(text, 4), "actor_contains": who}
        if word:
            item["frequency"] = word
        doc.add("obligations", item)
    doc.table("Bảng 2. Kế hoạch kiểm tra", rows, role="inspections")
    maybe_distractor(doc)


# ---------------------------------------------------------------- tasks

# ((RU, KK component), [(RU, KK measure, RU, KK volume, start, end, money 2026, money 2027 (thousand tenge or None), RU, KK responsible)])
BASE_PLAN = (
    (("Охрана атмосферного воздуха", "Атмосфералық ауаны қорғау"), [
        ("Устройство навеса и ветрозащитного ограждения склада пескосоляной смеси", "Құм-тұз қоспасы қоймасының қалқасы мен желден қорғайтын қоршауын орнату",
         "1 200 м²", "1 200 м²", "04.2026", "09.2026", 18500, None, "начальник ДЭУ", "ЖПУ бастығы"),
        ("Перевод битумного котла с мазута на дизельное топливо", "Битум қазандығын мазуттан дизель отынына ауыстыру", "1 котел", "1 қазандық",
         "05.2026", "06.2026", 2400, None, "главный механик", "бас механик")]),
    (("Охрана водных объектов", "Су объектілерін қорғау"), [
        ("Строительство водоотводных лотков и локальных очистных сооружений ливневых стоков площадки ПГМ",
         "КҚМ алаңының су бұру науаларын және нөсер ағындарын жергілікті тазарту құрылыстарын салу", "лотки 320 м; очистные 10 л/с",
         "науалар 320 м; тазарту құрылыстары 10 л/с", "04.2026", "10.2027", 26000, 14500, "начальник ДЭУ", "ЖПУ бастығы"),
        ("Бурение наблюдательной скважины Скв-4 ниже склада соли по потоку", "Тұз қоймасынан ағын бойынша төмен Скв-4 бақылау ұңғымасын бұрғылау",
         "1 скв., 15 м", "1 ұңғыма, 15 м", "05.2027", "06.2027", None, 1900, "инженер-эколог", "инженер-эколог")]),
    (("Обращение с отходами", "Қалдықтармен жұмыс істеу"), [
        ("Оборудование площадки временного хранения отходов с твердым покрытием и навесом",
         "Қалдықтарды уақытша сақтау алаңын қатты жабынмен және қалқамен жабдықтау", "36 м²", "36 м²", "06.2026", "08.2026", 3200, None,
         "инженер по ТБ и ООС", "ҚТ және ҚОҚ жөніндегі инженер")]),
    (("Охрана земельных ресурсов", "Жер ресурстарын қорғау"), [
        ("Рекультивация участка бывшего открытого склада соли с вывозом засоленного грунта (слой 0,3 м)",
         "Бұрынғы ашық тұз қоймасының учаскесін тұзданған топырақты шығара отырып рекультивациялау (0,3 м қабат)", "0,8 га", "0,8 га",
         "05.2027", "09.2027", None, 9800, "начальник ДЭУ", "ЖПУ бастығы")]),
)  # fmt: skip


def tasks_jq1(doc: Doc) -> None:
    """A road-maintenance base's environmental action plan for 2026–2027 in the form annexed to a permit: two header rows
    (`Срок выполнения` over `начало | окончание`, `Планируемые затраты, тыс. тенге` over the two years), component rows
    spanning the table, items numbered `1` … through the whole plan, the volume of work (`1 200 м²`, `0,8 га`) and the money
    as look-alikes, the source of finance and who is responsible, a total row (VI: a highway's schedule of environmental
    works by phase, items numbered through the phases, the implementing and the supervising units side by side)."""
    if doc.lang == "vi":
        _tasks_jq1_vi(doc)
        return
    g = _rk(doc)
    k = 0 if doc.lang == "ru" else 1
    b = doc.pick(MAINT_BASES)
    doc.h(g(f"План мероприятий по охране окружающей среды на 2026–2027 годы. {b[0]}", f"{b[1]}. 2026–2027 жылдарға арналған қоршаған ортаны қорғау жөніндегі іс-шаралар жоспары"))
    head0 = g(["№ п/п", "Наименование мероприятия", "Объем работ", "Срок выполнения", None, "Планируемые затраты, тыс. тенге", None,
               "Источник финансирования", "Ответственный"],
              ["Р/с №", "Іс-шараның атауы", "Жұмыс көлемі", "Орындау мерзімі", None, "Жоспарланған шығындар, мың теңге", None,
               "Қаржыландыру көзі", "Жауапты"])
    head1 = [None, None, None, *g(["начало", "окончание"], ["басы", "соңы"]), "2026", "2027", None, None]
    rows = [head0, head1]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 7, 8)] + [(0, 3, 0, 4), (0, 5, 0, 6)]
    own = g("собственные средства", "меншікті қаражат")
    n, sums = 0, [0, 0]
    for (c_ru, c_kk), items in BASE_PLAN:
        _span(rows, merges, (c_ru, c_kk)[k], 9)
        for m_ru, m_kk, v_ru, v_kk, start, end, m26, m27, w_ru, w_kk in items:
            n += 1
            text, who = (m_ru, m_kk)[k], (w_ru, w_kk)[k]
            rows.append([str(n), text, (v_ru, v_kk)[k], start, end, num(m26, doc.lang) if m26 else "–", num(m27, doc.lang) if m27 else "–", own, who])
            sums = [sums[0] + (m26 or 0), sums[1] + (m27 or 0)]
            doc.add("obligations", {"kind": "task", "number": str(n), "text_contains": _words(text, 4), "actor_contains": who})
    rows.append(["", g("Итого", "Барлығы"), "", "", "", num(sums[0], doc.lang), num(sums[1], doc.lang), "", ""])
    doc.table(None, rows, merges, role="tasks")
    maybe_distractor(doc)


# (phase, [(VI work, time, implementing, supervising)])
VN_ROAD_WORKS = (
    ("A. GIAI ĐOẠN CHUẨN BỊ", [
        ("Lập phương án phát quang, thu dọn thực bì và thu gom sinh khối", "Tháng 01/2026", "Nhà thầu thi công", "Ban Quản lý dự án 4"),
        ("Ký hợp đồng sử dụng bãi đổ thải tại Km 105+200 với UBND xã", "Tháng 02/2026", "Ban Quản lý dự án 4", "Sở Nông nghiệp và Môi trường")]),
    ("B. GIAI ĐOẠN THI CÔNG XÂY DỰNG", [
        ("Lắp đặt hệ thống lọc bụi túi vải cho trạm trộn bê tông nhựa tạm", "Trước khi vận hành trạm trộn", "Nhà thầu thi công", "Tư vấn giám sát"),
        ("Tưới nước giảm bụi các đoạn qua khu dân cư, 02 lần/ngày vào mùa khô", "Suốt thời gian thi công", "Nhà thầu thi công", "Tư vấn giám sát"),
        ("Bố trí nhà vệ sinh di động và bể tự hoại 3 ngăn tại lán trại", "Tháng 03/2026", "Nhà thầu thi công", "Ban Quản lý dự án 4"),
        ("Xây dựng kho chứa chất thải nguy hại tạm thời 10 m² tại lán trại", "Tháng 03/2026", "Nhà thầu thi công", "Ban Quản lý dự án 4")]),
    ("C. GIAI ĐOẠN HOÀN THIỆN, BÀN GIAO", [
        ("Hoàn trả mặt bằng lán trại, bãi vật liệu và trồng cỏ mái taluy", "Trước khi bàn giao công trình", "Nhà thầu thi công", "Ban Quản lý dự án 4"),
        ("Bàn giao hồ sơ hệ thống thoát nước cho đơn vị quản lý đường bộ", "Khi bàn giao đưa vào sử dụng", "Ban Quản lý dự án 4", "Khu Quản lý đường bộ")]),
)  # fmt: skip


def _tasks_jq1_vi(doc: Doc) -> None:
    doc.h("BÁO CÁO ĐTM DỰ ÁN NÂNG CẤP, MỞ RỘNG QUỐC LỘ 14C ĐOẠN KM 92+000 – KM 128+500")
    doc.h("5.1.2. Kế hoạch, tiến độ thực hiện các công trình, biện pháp bảo vệ môi trường")
    rows = [["TT", "Công trình, biện pháp bảo vệ môi trường", "Thời gian thực hiện", "Đơn vị thực hiện", "Đơn vị giám sát"]]
    merges = []
    n = 0
    for phase, works in VN_ROAD_WORKS:
        _span(rows, merges, phase, 5)
        for text, when, who, sup in works:
            n += 1
            rows.append([str(n), text, when, who, sup])
            doc.add("obligations", {"kind": "task", "number": str(n), "text_contains": _words(text, 5), "actor_contains": who})
    doc.table("Bảng 5.1. Tiến độ thực hiện công trình, biện pháp bảo vệ môi trường", rows, merges, role="tasks")
    maybe_distractor(doc)


# (RU, KK breach, RU, KK demand, RU, KK term)
ORDER_ITEMS = (
    ("Не проводятся инструментальные замеры выбросов на источнике 0001 (сушильный барабан), предусмотренные программой ПЭК "
     "(статья 182 Экологического кодекса Республики Казахстан)",
     "ӨЭБ бағдарламасында көзделген 0001 көздегі (кептіру барабаны) шығарындыларды аспаптық өлшеу жүргізілмейді "
     "(Қазақстан Республикасы Экологиялық кодексінің 182-бабы)",
     "Провести инструментальные замеры выбросов на источнике 0001 силами аккредитованной лаборатории и представить протокол",
     "0001 көздегі шығарындыларды аккредиттелген зертхана күшімен аспаптық өлшеп, хаттаманы ұсыну", "до 01.08.2025", "01.08.2025 дейін"),
    ("Отходы асфальтобетонной смеси размещены на площадке без твердого покрытия (пункт 2 статьи 320 Экологического кодекса)",
     "Асфальтбетон қоспасының қалдықтары қатты жабыны жоқ алаңда орналастырылған (Экологиялық кодекстің 320-бабының 2-тармағы)",
     "Убрать отходы асфальтобетонной смеси и оборудовать место накопления с твердым покрытием",
     "Асфальтбетон қоспасының қалдықтарын жинап, қатты жабыны бар жинақтау орнын жабдықтау", "в течение 30 календарных дней",
     "30 күнтізбелік күн ішінде"),
    ("Рукавный фильтр сушильного барабана эксплуатируется с поврежденными рукавами, журнал работы ПГОУ не ведется",
     "Кептіру барабанының жеңді сүзгісі зақымданған жеңдермен пайдаланылады, ШГТҚ жұмыс журналы жүргізілмейді",
     "Заменить поврежденные рукава фильтра и восстановить учет работы пылегазоочистного оборудования",
     "Сүзгінің зақымданған жеңдерін ауыстырып, шаң-газ тазарту жабдығының жұмысын есепке алуды қалпына келтіру", "до 15.07.2025", "15.07.2025 дейін"),
    ("Битумоплавильная установка размещена в 420 м от жилого дома при нормативной СЗЗ 500 м (Санитарные правила, утвержденные приказом "
     "и.о. Министра здравоохранения Республики Казахстан от 11 января 2022 года № ҚР ДСМ-2)",
     "Битум балқыту қондырғысы нормативтік СҚА 500 м болғанда тұрғын үйден 420 м жерде орналастырылған (Қазақстан Республикасы Денсаулық сақтау "
     "министрінің м.а. 2022 жылғы 11 қаңтардағы № ҚР ДСМ-2 бұйрығымен бекітілген санитариялық қағидалар)",
     "Разработать проект обоснования сокращения СЗЗ с натурными исследованиями либо перенести битумоплавильную установку",
     "Табиғи зерттеулері бар СҚА-ны қысқартуды негіздеу жобасын әзірлеу не битум балқыту қондырғысын көшіру", "до 01.12.2025", "01.12.2025 дейін"),
)  # fmt: skip


def tasks_jq2(doc: Doc) -> None:
    """The Department of Ecology's order to remove the breaches found at an asphalt plant: the breaches with the articles
    of the Code and the sanitary rules they break (`статья 182`, `пункт 2 статьи 320`, `№ ҚР ДСМ-2`, a source number, 420 and
    500 m) as look-alikes of the items' numbers, the demand and its term in columns of their own, an empty column for the
    marks, the operator only in the sentence above the table (VI: a provincial inspection's conclusion on a hot-mix plant,
    the shortcomings and the remedies with their terms)."""
    r = doc.rng
    if doc.lang == "vi":
        _tasks_jq2_vi(doc)
        return
    g = _rk(doc)
    k = 0 if doc.lang == "ru" else 1
    op = g("ТОО «Ақмола Асфальт»", "«Ақмола Асфальт» ЖШС")
    doc.h(g(f"Предписание об устранении нарушений требований экологического законодательства Республики Казахстан № {r.randint(12, 96)}-ЭК "
            f"от {r.randint(1, 28):02d}.06.2025",
            f"Қазақстан Республикасы экологиялық заңнамасы талаптарының бұзылуын жою туралы 2025 ж. {r.randint(1, 28):02d}.06. "
            f"№ {r.randint(12, 96)}-ЭК нұсқама"))
    doc.p(g(f"РГУ «Департамент экологии по Акмолинской области» по результатам внеплановой проверки асфальтобетонного завода обязывает {op} "
            f"(БИН {make_bin(r)}) устранить следующие нарушения:",
            f"«Ақмола облысы бойынша экология департаменті» РММ асфальтбетон зауытын жоспардан тыс тексеру нәтижелері бойынша {op} "
            f"(БСН {make_bin(r)}) мынадай бұзушылықтарды жоюға міндеттейді:"))
    rows = [g(["№", "Выявленное нарушение", "Требование об устранении", "Срок исполнения", "Отметка об исполнении"],
              ["№", "Анықталған бұзушылық", "Жою туралы талап", "Орындау мерзімі", "Орындалғаны туралы белгі"])]
    for n, item in enumerate(ORDER_ITEMS, 1):
        demand = item[2 + k]
        rows.append([str(n), item[k], demand, item[4 + k], ""])
        doc.add("obligations", {"kind": "task", "number": str(n), "text_contains": _words(demand, 4)})
    doc.table(None, rows, role="tasks")
    doc.p(g("О выполнении предписания сообщить в Департамент в письменной форме с приложением подтверждающих документов в течение 3 рабочих "
            "дней после истечения срока исполнения.",
            "Нұсқаманың орындалғаны туралы орындау мерзімі өткеннен кейін 3 жұмыс күні ішінде растайтын құжаттарды қоса бере отырып, "
            "Департаментке жазбаша хабарлау."))


VN_FINDINGS = (
    ("Chưa thực hiện quan trắc khí thải định kỳ quý III/2025 theo giấy phép môi trường",
     "Thực hiện quan trắc khí thải định kỳ tại ống khói trạm trộn và báo cáo kết quả về Sở", "Trong vòng 30 ngày kể từ ngày nhận kết luận"),
    ("Kho lưu giữ CTNH chưa có gờ chống tràn, chưa dán nhãn theo Thông tư số 02/2022/TT-BTNMT",
     "Cải tạo kho lưu giữ CTNH, bổ sung gờ chống tràn, biển cảnh báo và nhãn chất thải", "Trước ngày 31/12/2025"),
    ("Bãi chứa đá, cát không có tường chắn và hệ thống phun sương, phát tán bụi ra khu dân cư",
     "Xây tường chắn cao tối thiểu 3 m và lắp hệ thống phun sương dập bụi tại bãi chứa cốt liệu", "Trước ngày 31/3/2026"),
    ("Nước mưa chảy tràn khu vực bồn nhựa đường chưa qua bể lắng, tách dầu",
     "Xây dựng bể lắng, tách dầu dung tích 20 m³ thu gom nước mưa khu vực bồn chứa", "Trước ngày 31/3/2026"),
)


def _tasks_jq2_vi(doc: Doc) -> None:
    owner, key = doc.pick(VN_ASPHALT_OWNERS)
    doc.h(f"KẾT LUẬN KIỂM TRA VIỆC CHẤP HÀNH PHÁP LUẬT VỀ BẢO VỆ MÔI TRƯỜNG ĐỐI VỚI TRẠM TRỘN BÊ TÔNG NHỰA NÓNG {key.upper()}")
    doc.p(f"Sở Nông nghiệp và Môi trường Thành phố Hồ Chí Minh yêu cầu {owner} khắc phục các tồn tại sau và báo cáo kết quả bằng văn bản "
          "(theo Nghị định số 45/2022/NĐ-CP, hành vi vi phạm đã được lập biên bản riêng):")
    rows = [["TT", "Tồn tại, hạn chế", "Yêu cầu khắc phục", "Thời hạn hoàn thành"]]
    for n, (found, demand, term) in enumerate(VN_FINDINGS, 1):
        rows.append([str(n), found, demand, term])
        doc.add("obligations", {"kind": "task", "number": str(n), "text_contains": _words(demand, 5)})
    doc.table("Bảng. Nội dung yêu cầu khắc phục", rows, role="tasks")
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"JQ{k}", globals()[f"{role}_jq{k}"]) for role in ROLES for k in (1, 2)]
