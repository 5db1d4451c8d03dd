"""The forty-fifth blind set's part JY (two layouts per role, `JY1` and `JY2`), written by someone who
neither ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`; held out and measured
once (0.807 over 126 files when first measured at the registering commit, 2026-12-07), then moved to the tuning
layouts to be studied.

Theme: glass, ceramics and brick works. Kazakhstan: a container-glass plant at Kyzylorda and one at Kentau with their
regenerative furnaces, batch houses, cullet crushers, annealing lehrs and hot-end coating; brick works near Almaty and
Taraz with tunnel kilns, dryers and their own loam quarries; a ceramic-tile plant and an expanded-clay shop of Almaty
oblast. Vietnam: tunnel-kiln brick works and their clay pits in Phú Thọ (after the merger of provinces), ceramic-tile
plants with roller kilns and spray dryers at Bình Xuyên (the former Vĩnh Phúc) and Tiền Hải, a sanitary-ware plant at Phúc
Yên, a glass-bottle plant in Hải Phòng.

Facility: a regional department's register of the brick, tile, glass and expanded-clay works of Almaty oblast, a row per
object under district rows, the operator and the place under headers merged over two rows with a row of column numbers,
coordinates in degrees, minutes and seconds, the permit's number and date as look-alikes (VI: a province's list of brick,
tile and sanitary-ware works, the enterprise number inside the owner's cell, decimal degrees with a comma, `Nhóm II`)
(JY1); a container-glass plant's general information in its ПЭК programme as group | item | value with the groups merged
down, the centre of the site in DMS beside four corner points, the phone, the pull in tonnes a day and the protection
zone as look-alikes, the furnaces in a table of no role (VI: a glass-bottle plant's chapter I of a GPMT application, the
enterprise number inside the registration sentence, only VN-2000 metres for the corners so no degrees are expected) (JY2).

Emissions: a glass plant's table of the parameters of emission sources as the ЭРА software prints it — three header rows
with a row of column numbers, height, gas velocity, volume and temperature, the X and Y of the site plan and the
concentration in mg/nm³ between the g/s and the t/year, shop rows spanning the table, no hazard class (VI: an EIA's loads
for the building and the running of a tile plant under period rows, emission factors as look-alikes, no tonnes in the
building period) (JY1); a brick works' list of sources grouped by substance: each substance a row spanning the table with
its code, ПДК and class, its sources below with g/s, t/year and their share in per cent, a subtotal per substance and the
works' total (VI: an annual report's loads with the stacks as rows and the pollutants as column pairs `g/s | tấn/năm`)
(JY2).

Wastes: a glass plant's КЭР annex of accumulation limits, hazardous and non-hazardous section rows with subtotals and a
total, the storage site's number and the longest storage in months as look-alikes (VI: a tile plant's GPMT with the unit
in a row of its own, kg a year for CTNH and tonnes for ordinary wastes) (JY1); a brick works' and its loam quarry's
calculation of wastes, the inputs full of figures (people, m³, density, per cent) and the formula before the tonnes, the
code inside the name (VI: a brick works' annual report by quarter in kg with the year's total as the amount) (JY2).

Limits: a laboratory's protocol of ambient air at the protection zone's boundary, the four points as columns under a
merged header with their direction and distance in a row of their own, the ПДК м.р. after them, the weather in a table
of no role (VI: a tile plant's treated waste water in two rounds against QCVN 40:2011/BTNMT column B and the Cmax after
Kq and Kf, the Cmax being the limit) (JY1); a glass plant's КЭР technological norms with the furnaces and lehrs as columns
and their source numbers in a header row of their own, the O2 of reference and the gas volume as look-alike rows, a
footnote mark on a substance's name (VI: a tile plant's derivation of Cmax from QCVN 19:2009/BTNMT column B with Kp by
stack flow and Kv, the stacks merged down) (JY2).

Monitoring: a brick works' and quarry's schedule of source control with the quarters as columns marked `+`, the frequency
to be read from the marks, the codes of the substances in one cell, then the boundary points (VI: a brick works' plan for
2026 with twelve month columns marked `x`) (JY1); a glass plant's automated monitoring of its furnaces beside the
laboratory's quarterly measurements at the same stacks, then the wells, the outlet to the evaporation pond and the soil
points with coordinates as look-alikes and a visual check without substances (VI: a tile plant's GPMT with continuous and
periodic parameters of each stack in one row, a row saying the waste water is not discharged) (JY2).

Inspections: a glass plant's programme of internal audits of its ISO 14001 system, the standard's clause numbers as
look-alikes, the frequency and months in one cell, one audit without a frequency (VI: a brick works' self-inspection plan
with `hằng ngày`, `03 tháng/lần` and `khi có sự cố`) (JY1); a quarry's and brick works' rules of production control as
numbered clauses under chapter rows, the frequency inside each clause's sentence (`не реже одного раза в месяц`), per-shift
and after-rain checks without one (VI: a glass plant's check sheet of its precipitator, scrubber and CEMS with check codes
`ESP-01` in place of numbers) (JY2).

Tasks: a brick works' plan of environmental measures with the component, the volume of works, money in thousands of
tenge, the source of money and the start and end under a merged header, no actor (VI: a clay pit's plan of restoring the
land with volumes and units) (JY1); a Department of Ecology's order to remove violations at a glass plant, the articles
of the Code as look-alikes of the items' numbers (VI: a tile plant's plan of remedying the faults found by an inspection,
the conclusion's number as a look-alike) (JY2).
"""

from __future__ import annotations

from . import vocab
from .common import Doc, distractor, make_bin, make_msdn, maybe_distractor, num
from .limits_data import QCVN40, add, limit
from .registry import ROLES, Layout
from .sources_data import emission

# ---------------------------------------------------------------- helpers


def _g(doc: Doc):
    """`g(ru, kk)`: the text of a Russian or a Kazakh document."""
    k = 0 if doc.lang == "ru" else 1
    return lambda ru, kk: (ru, kk)[k]


def _sig(x: float, digits: int = 3) -> float:
    return float(f"{x:.{digits}g}")


def _first(text: str, n: int = 4) -> str:
    return " ".join(text.split()[:n])


def _wide(rows: list, merges: list, text: str, width: int) -> None:
    """A row whose text spans the whole table."""
    rows.append([text] + [None] * (width - 1))
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))


def _down(merges: list, start: int, end: int, cols) -> None:
    """Merges each of `cols` from row `start` down to row `end` when there is more than one row."""
    if end > start:
        merges.extend((start, c, end, c) for c in cols)


def _kato9(doc: Doc, prefix: str) -> str:
    rest = 9 - len(prefix) - 3
    return f"{prefix}{doc.rng.randint(10 ** (rest - 1), 10**rest - 1)}{doc.rng.choice(('000', '100'))}"


def _dms(doc: Doc, lat0: float, lon0: float, spread: float = 0.004) -> tuple[str, str, float, float]:
    """A point near (lat0, lon0) in degrees, minutes and seconds (`43°22′26,8″`) and its decimal degrees."""
    out = []
    for base in (lat0, lon0):
        x = base + doc.rng.uniform(-spread, spread)
        d = int(x)
        m = int((x - d) * 60)
        s = round((x - d - m / 60) * 3600, 1)
        if s >= 60:
            s = 59.9
        text = f"{d}°{m:02d}′{num(s, doc.lang) if s >= 10 else '0' + num(s, doc.lang)}″"
        out.append((text, round(d + m / 60 + s / 3600, 5)))
    return out[0][0], out[1][0], out[0][1], out[1][1]


def _kind(number: str) -> str:
    return "unorganized" if number.startswith("6") else "organized"


# code: (RU, KK, VI or None, hazard class) — names as the list in force prints them
AIRN = {
    "0301": ("Азота (IV) диоксид", "Азот диоксиді", "NOx (tính theo NO2)", 2),
    "0304": ("Азот (II) оксид", "Азот оксиді", None, 3),
    "0330": ("Сера диоксид", "Күкірт диоксиді", "SO2", 3),
    "0337": ("Углерод оксид", "Көміртек оксиді", "CO", 4),
    "0342": ("Фтористые газообразные соединения (в пересчете на фтор)", "Фторлы газ тәрізді қосылыстар", "HF", 2),
    "0316": ("Гидрохлорид (Соляная кислота)", "Тұз қышқылы", "HCl", 2),
    "0184": ("Свинец и его неорганические соединения", "Қорғасын және оның бейорганикалық қосылыстары", "Chì và hợp chất", 1),
    "0168": ("Олово оксид (в пересчете на олово)", "Қалайы оксиді", None, 3),
    "0155": ("диНатрий карбонат (Сода кальцинированная)", "диНатрий карбонат (Сода кальцинированная)", None, 3),
    "2902": ("Взвешенные частицы", "Қалқыма бөлшектер", "Bụi tổng", 3),
    "2907": ("Пыль неорганическая, содержащая двуокись кремния в %: более 70", "Бейорганикалық шаң: кремний қостотығы 70%-дан жоғары", None, 3),
    "2908": ("Пыль неорганическая, содержащая двуокись кремния в %: 70-20", "Бейорганикалық шаң: кремний қостотығы 70-20%", None, 3),
}  # fmt: skip
# code: ПДК м.р., mg/m3
PDK_MR = {"0301": 0.2, "0330": 0.5, "0337": 5, "0342": 0.02, "2908": 0.3, "2902": 0.5, "0155": 0.15, "0316": 0.2}


def _an(doc: Doc, code: str) -> str:
    """A pollutant's name in the document's language (RU for VI where the list has no Vietnamese one)."""
    ru, kk, vi, _ = AIRN[code]
    return {"ru": ru, "kk": kk, "vi": vi or ru}[doc.lang]


def _hz(code: str) -> int | None:
    return AIRN[code][3]


# ---------------------------------------------------------------- facility

# (RU, KK district, KATO prefix, [(RU, KK object, RU key, KK key, RU, KK operator, RU, KK address, OKED, category, lat, lon)])
REGISTER = (
    ("Карасайский район", "Қарасай ауданы", "1952", [
        ("Кирпичный завод с карьером суглинков «Шамалган»", "Саздақ карьері бар «Шамалған» кірпіш зауыты", "Шамалган", "Шамалған",
         "ТОО «Шамалган Кирпич»", "«Шамалған Кірпіш» ЖШС", "с. Шамалган, ул. Заводская, 1", "Шамалған а., Заводская к-сі, 1",
         "23320", "II", 43.3741, 76.6198),
        ("Завод керамической плитки «Алатау Керамик»", "«Алатау Керамик» керамикалық плитка зауыты", "Алатау Керамик", "Алатау Керамик",
         "ТОО «Алатау Керамик»", "«Алатау Керамик» ЖШС", "с. Жибек Жолы, промзона, участок 17", "Жібек Жолы а., өнеркәсіп аймағы, 17-учаске",
         "23310", "I", 43.2618, 76.6884)]),
    ("Илийский район", "Іле ауданы", "1954", [
        ("Завод стеклотары «Іле Шыны»", "«Іле Шыны» шыны ыдыс зауыты", "Іле Шыны", "Іле Шыны", "АО «Іле Шыны»", "«Іле Шыны» АҚ",
         "п. Боралдай, ул. Промышленная, 44", "Боралдай к., Өнеркәсіп к-сі, 44", "23130", "I", 43.3587, 76.8552),
        ("Цех керамзитового гравия «Өтеген»", "«Өтеген» керамзит қиыршығы цехы", "Өтеген", "Өтеген", "ТОО «Өтеген Керамзит»",
         "«Өтеген Керамзит» ЖШС", "с. Отеген батыр, ул. Титова, 2а", "Өтеген батыр а., Титов к-сі, 2а", "23990", "II", 43.4172, 77.0139)]),
    ("Талгарский район", "Талғар ауданы", "1956", [
        ("Карьер глины «Бесагаш»", "«Бесағаш» саз карьері", "Бесагаш", "Бесағаш", "ТОО «Талгар Құрылыс Материалдары»",
         "«Талғар Құрылыс Материалдары» ЖШС", "2,5 км восточнее с. Бесагаш", "Бесағаш а. шығысқа қарай 2,5 км", "08120", "III", 43.3089, 77.0163),
        ("Кирпичный завод «Талгар»", "«Талғар» кірпіш зауыты", "Талгар", "Талғар", "ТОО «Талгар Кирпич-Сервис»", "«Талғар Кірпіш-Сервис» ЖШС",
         "г. Талгар, ул. Кунаева, 201", "Талғар қ., Қонаев к-сі, 201", "23320", "II", 43.2921, 77.2115)]),
)  # fmt: skip


def _permit(doc: Doc, category: str) -> str:
    r, g = doc.rng, _g(doc)
    date = f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.{r.choice((2022, 2023, 2024, 2025))}"
    if category == "I":
        return g(f"КЭР № KZ{r.randint(10, 99)}VCZ{r.randint(10**7, 10**8 - 1)} от {date}", f"{date} № KZ{r.randint(10, 99)}VCZ{r.randint(10**7, 10**8 - 1)} КЭР")
    if category == "II":
        return g(f"разрешение на эмиссии № KZ{r.randint(10, 99)}VWF{r.randint(10**7, 10**8 - 1)} от {date}",
                 f"{date} № KZ{r.randint(10, 99)}VWF{r.randint(10**7, 10**8 - 1)} эмиссияларға рұқсат")
    return g(f"декларация о воздействии от {date}", f"{date} әсер ету туралы декларация")


def facility_jy1(doc: Doc) -> None:
    """A regional department's register of the brick, tile, glass and expanded-clay works of Almaty oblast: a row per
    object under rows naming the district, the operator (name, BIN) and the place (address, KATO) under headers merged over
    two rows, a row of column numbers, coordinates in degrees, minutes and seconds, the OKED, the category and the permit
    with its number and date (VI: a province's list of brick, tile and sanitary-ware works, the enterprise number in the
    owner's cell, decimal degrees with a comma, `Nhóm I/II/III`)."""
    if doc.lang == "vi":
        _facility_jy1_vi(doc)
        return
    g = _g(doc)
    L = 0 if doc.lang == "ru" else 1
    doc.h(g("Реестр объектов, оказывающих негативное воздействие на окружающую среду: производство строительной керамики, стекла и "
            "добыча глинистого сырья (Алматинская область, по состоянию на 01.01.2026)",
            "Қоршаған ортаға теріс әсер ететін объектілер тізілімі: құрылыс керамикасын, шыны өндіру және саз шикізатын өндіру "
            "(Алматы облысы, 01.01.2026 жағдай бойынша)"))
    doc.p(g("Составлен ГУ «Управление природных ресурсов и регулирования природопользования Алматинской области». Тел. для справок: "
            "+7 7282 30 14 52.",
            "«Алматы облысының табиғи ресурстар және табиғат пайдалануды реттеу басқармасы» ММ жасады. Анықтама телефоны: "
            "+7 7282 30 14 52."))
    rows = [
        g(["№ п/п", "Оператор", None, "Объект", "Местонахождение", None, "Координаты (WGS-84)", None, "ОКЭД", "Категория", "Разрешительный документ"],
          ["Р/с №", "Оператор", None, "Объект", "Орналасқан жері", None, "Координаттар (WGS-84)", None, "ЭҚЖЖ", "Санаты", "Рұқсат беру құжаты"]),
        g([None, "наименование", "БИН", None, "адрес", "код КАТО", "северная широта", "восточная долгота", None, None, None],
          [None, "атауы", "БСН", None, "мекенжайы", "ҚАТО коды", "солтүстік ендік", "шығыс бойлық", None, None, None]),
        [str(k) for k in range(1, 12)],
    ]
    merges = [(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 1, 3), (0, 4, 0, 5), (0, 6, 0, 7), (0, 8, 1, 8), (0, 9, 1, 9), (0, 10, 1, 10)]
    n = 0
    for d_ru, d_kk, prefix, objs in REGISTER:
        _wide(rows, merges, (d_ru, d_kk)[L], 11)
        for o in objs:
            n += 1
            bin_, kato = make_bin(doc.rng), _kato9(doc, prefix)
            la_t, lo_t, lat, lon = _dms(doc, o[10], o[11])
            rows.append([str(n), o[4 + L], bin_, o[L], o[6 + L], kato, la_t, lo_t, o[8], o[9], _permit(doc, o[9])])
            doc.add("facilities", {"bin": bin_, "name_contains": o[2 + L], "kato": kato, "oked": o[8], "category": o[9], "lat": lat, "lon": lon})
    doc.table(None, rows, merges, role="facility")
    doc.p(g("Категория объекта определена в соответствии с приложением 2 к Экологическому кодексу Республики Казахстан. Объекты III "
            "категории включены в реестр по заявлениям операторов.",
            "Объектінің санаты Қазақстан Республикасы Экология кодексінің 2-қосымшасына сәйкес айқындалды. III санаттағы объектілер "
            "операторлардың өтініштері бойынша тізілімге енгізілді."))
    maybe_distractor(doc, 0.4)


# (VI name, key, owner, address, lat, lon, capacity, kiln, group)
VN_BRICK_SITES = (
    ("I. SẢN XUẤT GẠCH NUNG (LÒ TUYNEL)", [
        ("Nhà máy gạch tuynel Sơn Đông", "Sơn Đông", "Công ty Cổ phần Gạch Tuynel Sơn Đông", "xã Sơn Đông (huyện Lập Thạch cũ), tỉnh Phú Thọ",
         21.4123, 105.4688, "40 triệu viên QTC/năm", "Lò tuynel 02 hầm sấy, 01 hầm nung; nhiên liệu than cám pha vào phối liệu", "II"),
        ("Nhà máy gạch Tam Dương", "Tam Dương", "Công ty TNHH Vật liệu xây dựng Tam Dương", "xã Hoàng Đan (huyện Tam Dương cũ), tỉnh Phú Thọ",
         21.3627, 105.5541, "25 triệu viên QTC/năm", "Lò tuynel 01 hầm nung, sấy tận dụng nhiệt", "III")]),
    ("II. SẢN XUẤT GẠCH ỐP LÁT, SỨ VỆ SINH", [
        ("Nhà máy gạch ốp lát Bình Xuyên", "Bình Xuyên", "Công ty Cổ phần Gạch ốp lát Bình Xuyên", "KCN Bình Xuyên, xã Bình Nguyên, tỉnh Phú Thọ",
         21.2795, 105.6652, "9.000.000 m² sản phẩm/năm", "02 lò nung con lăn dài 280 m, khí hóa than → khí thiên nhiên", "I"),
        ("Nhà máy sứ vệ sinh Phúc Yên", "Phúc Yên", "Công ty TNHH Sứ vệ sinh Phúc Yên", "KCN Quang Minh mở rộng, phường Phúc Yên, tỉnh Phú Thọ",
         21.2108, 105.7394, "1.200.000 sản phẩm/năm", "01 lò nung tuynel dài 96 m đốt LPG", "II")]),
)  # fmt: skip


def _facility_jy1_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("DANH SÁCH CÁC CƠ SỞ SẢN XUẤT GẠCH NUNG, GẠCH ỐP LÁT VÀ SỨ VỆ SINH TRÊN ĐỊA BÀN TỈNH PHÚ THỌ")
    doc.p("(Kèm theo Công văn số 1482/SNNMT-CCBVMT ngày 16/10/2025 của Sở Nông nghiệp và Môi trường về việc rà soát các cơ sở có nguy cơ "
          "gây ô nhiễm môi trường sau sắp xếp đơn vị hành chính.)")
    rows = [["TT", "Tên cơ sở", "Chủ cơ sở, mã số doanh nghiệp", "Địa chỉ", "Tọa độ (WGS-84)", None, "Công suất thiết kế", "Công nghệ lò nung",
             "Phân nhóm"],
            [None, None, None, None, "Vĩ độ Bắc", "Kinh độ Đông", None, None, None]]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 6, 7, 8)] + [(0, 4, 0, 5)]
    n = 0
    for section, sites in VN_BRICK_SITES:
        _wide(rows, merges, section, 9)
        for name, key, owner, place, la0, lo0, cap, kiln, grp in sites:
            n += 1
            msdn = make_msdn(r)
            lat, lon = round(la0 + r.uniform(-0.003, 0.003), 5), round(lo0 + r.uniform(-0.003, 0.003), 5)
            rows.append([str(n), name, f"{owner}; MSDN: {msdn}", place, num(lat, "vi", group=False), num(lon, "vi", group=False), cap, kiln,
                         f"Nhóm {grp}"])
            doc.add("facilities", {"bin": msdn, "name_contains": key, "category": grp, "lat": lat, "lon": lon})
    doc.table("Phụ lục. Danh sách cơ sở", rows, merges, role="facility")
    doc.p("Ghi chú: phân nhóm theo Phụ lục III, IV, V Nghị định số 08/2022/NĐ-CP (đã được sửa đổi, bổ sung bởi Nghị định số 05/2025/NĐ-CP).")
    maybe_distractor(doc, 0.4)


# (RU, KK plant, RU key, KK key, RU, KK operator, RU, KK address, KATO prefix, lat, lon, furnaces, t/day per furnace)
GLASS_PLANTS = (
    ("Завод стеклянной тары «Сырдария»", "«Сырдария» шыны ыдыс зауыты", "Сырдария", "Сырдария", "ТОО «Сырдария Шыны»", "«Сырдария Шыны» ЖШС",
     "Кызылординская область, г. Кызылорда, индустриальная зона «Тасбогет», ул. Зауытская, 9",
     "Қызылорда облысы, Қызылорда қ., «Тасбөгет» индустриялық аймағы, Зауыт к-сі, 9", "4310", 44.7953, 65.5857, 2, 180),
    ("Стекольный завод «Кентау Әйнек»", "«Кентау Әйнек» шыны зауыты", "Кентау", "Кентау", "ТОО «Кентау Әйнек»", "«Кентау Әйнек» ЖШС",
     "Туркестанская область, г. Кентау, промышленная зона «Северная», 14", "Түркістан облысы, Кентау қ., «Солтүстік» өнеркәсіп аймағы, 14",
     "5128", 43.5311, 68.5103, 2, 150),
)  # fmt: skip

PHONE = {"Сырдария": ("7242", "eco@syrdaryaglass.kz"), "Кентау": ("72536", "eco@kentauainek.kz")}


def facility_jy2(doc: Doc) -> None:
    """A container-glass plant's general information in its ПЭК programme: `группа | показатель | значение` with the groups
    (operator, object, site, production) merged down over their items; the operator's BIN, phone and e-mail, the object's
    OKED, category and KATO, the centre of the site in DMS beside the four corner points of the land plot, the pull of the
    furnaces in tonnes a day, the hours a year and the protection zone as look-alikes; the furnaces in a table of no role
    (VI: chapter I of a glass-bottle plant's GPMT application, the enterprise number inside the registration sentence, the
    corners in VN-2000 metres only, so that no degrees are expected)."""
    if doc.lang == "vi":
        _facility_jy2_vi(doc)
        return
    r, g = doc.rng, _g(doc)
    L = 0 if doc.lang == "ru" else 1
    p = doc.pick(GLASS_PLANTS)
    bin_, kato = make_bin(r), _kato9(doc, p[8])
    la_t, lo_t, lat, lon = _dms(doc, p[9], p[10], 0.002)
    hemi = g(("с.ш.", "в.д."), ("с.е.", "ш.б."))
    doc.h(g(f"Программа производственного экологического контроля {p[4]} на 2026–2028 годы", f"{p[5]} 2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы"))
    doc.h(g("1. Общие сведения об операторе и объекте", "1. Оператор және объект туралы жалпы мәліметтер"))
    corners = []
    for dy, dx in ((0.0031, -0.0042), (0.0029, 0.0047), (-0.0034, 0.0045), (-0.0030, -0.0044)):
        a, b, _, _ = _dms(doc, lat + dy, lon + dx, 0.0)
        corners.append(f"{a} {hemi[0]}, {b} {hemi[1]}")
    groups = [
        (g("Оператор", "Оператор"), [
            (g("Наименование", "Атауы"), p[4 + L]), (g("БИН", "БСН"), bin_),
            (g("Руководитель", "Басшысы"), g("генеральный директор Нурпеисов Е.А.", "бас директор Нұрпейісов Е.А.")),
            (g("Телефон, e-mail", "Телефон, e-mail"), f"+7 {PHONE[p[2]][0]} {r.randint(20, 79)} {r.randint(10, 99)} {r.randint(10, 99)}, {PHONE[p[2]][1]}")]),
        (g("Объект", "Объект"), [
            (g("Наименование объекта", "Объектінің атауы"), p[L]),
            (g("Вид деятельности (ОКЭД)", "Қызмет түрі (ЭҚЖЖ)"), g("23130 – Производство полых стеклянных изделий", "23130 – Қуыс шыны бұйымдарын өндіру")),
            (g("Категория объекта", "Объектінің санаты"), g("I (плавление стекла мощностью 20 т/сут и более)", "I (тәулігіне 20 т және одан астам шыны балқыту)")),
            (g("Код КАТО", "ҚАТО коды"), kato)]),
        (g("Площадка", "Алаң"), [
            (g("Адрес", "Мекенжайы"), p[6 + L]),
            (g("Координаты центра площадки", "Алаң орталығының координаттары"), f"{la_t} {hemi[0]}, {lo_t} {hemi[1]}"),
            (g("Угловые точки земельного участка (1–4)", "Жер учаскесінің бұрыштық нүктелері (1–4)"), "; ".join(corners)),
            (g("Площадь участка", "Учаскенің ауданы"), g(f"{num(round(r.uniform(18, 34), 1), doc.lang)} га", f"{num(round(r.uniform(18, 34), 1), doc.lang)} га")),
            (g("Санитарно-защитная зона", "Санитариялық-қорғаныш аймағы"), g("500 м (II класс)", "500 м (II сынып)"))]),
        (g("Производство", "Өндіріс"), [
            (g("Производительность", "Өнімділігі"),
             g(f"{p[11]} стекловаренные печи по {p[12]} т/сут стекломассы; {r.randint(280, 360)} млн бутылок в год",
               f"тәулігіне {p[12]} т шыны массасынан {p[11]} шыны балқыту пеші; жылына {r.randint(280, 360)} млн бөтелке")),
            (g("Режим работы", "Жұмыс режимі"), g("непрерывный, 8 760 ч/год", "үздіксіз, жылына 8 760 сағ")),
            (g("Топливо", "Отын"), g("природный газ, резерв – дизельное топливо", "табиғи газ, резерв – дизель отыны"))]),
    ]
    rows = [g(["Группа сведений", "Показатель", "Значение"], ["Мәліметтер тобы", "Көрсеткіш", "Мәні"])]
    merges = []
    for head, items in groups:
        start = len(rows)
        for j, (label, value) in enumerate(items):
            rows.append([head if j == 0 else None, label, value])
        _down(merges, start, len(rows) - 1, (0,))
    doc.table(g("Таблица 1.1 – Общие сведения", "1.1-кесте – Жалпы мәліметтер"), rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": p[2 + L], "kato": kato, "oked": "23130", "category": "I", "lat": lat, "lon": lon})
    rows = [g(["№ печи", "Тип", "Площадь варочного бассейна, м²", "Съем стекломассы, т/сут", "Расход газа, нм³/ч", "Год последнего холодного ремонта"],
              ["Пеш №", "Түрі", "Балқыту бассейнінің ауданы, м²", "Шыны массасын алу, т/тәул", "Газ шығыны, нм³/сағ", "Соңғы суық жөндеу жылы"])]
    for k in range(1, p[11] + 1):
        rows.append([str(k), g("регенеративная с подковообразным пламенем", "тағалы жалынды регенеративті"), num(round(r.uniform(70, 95), 1), doc.lang),
                     str(p[12]), num(r.randint(17, 24) * 100, doc.lang), str(r.choice((2017, 2019, 2021, 2023)))])
    doc.table(g("Таблица 1.2 – Характеристика стекловаренных печей", "1.2-кесте – Шыны балқыту пештерінің сипаттамасы"), rows, role="other")


VN_GLASS = (("Công ty TNHH Thủy tinh Bao bì Hải An", "Hải An", "Lô CN5, Khu công nghiệp Nam Đình Vũ, phường Đông Hải, thành phố Hải Phòng"),
            ("Công ty Cổ phần Chai lọ Thủy tinh Kim Thành", "Kim Thành", "Khu công nghiệp Phú Thái, xã Phú Thái, thành phố Hải Phòng"))


def _facility_jy2_vi(doc: Doc) -> None:
    r = doc.rng
    owner, key, place = doc.pick(VN_GLASS)
    msdn = make_msdn(r)
    name = f"Nhà máy sản xuất chai lọ thủy tinh {key}"
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG CỦA CƠ SỞ “{name.upper()}”")
    doc.h("Chương I. THÔNG TIN CHUNG VỀ CƠ SỞ")
    x0, y0 = r.randint(2300, 2330) * 1000 + r.randint(0, 999), r.randint(590, 610) * 1000 + r.randint(0, 999)
    corners = "; ".join(f"M{k}: X = {num(x0 + dx, 'vi')}, Y = {num(y0 + dy, 'vi')}" for k, (dx, dy) in
                        enumerate(((0, 0), (212, 18), (230, 395), (-15, 380)), 1))
    rows = [["Mục", "Nội dung", "Thông tin"],
            ["1", "Tên chủ cơ sở", owner], [None, "Người đại diện theo pháp luật", f"Ông {doc.pick(('Vũ Đức Thắng', 'Phạm Quang Huy'))} – Tổng Giám đốc"],
            [None, "Giấy chứng nhận đăng ký doanh nghiệp",
             f"Mã số doanh nghiệp {msdn}, đăng ký lần đầu ngày {r.randint(1, 28):02d}/0{r.randint(1, 9)}/2012, đăng ký thay đổi lần thứ {r.randint(3, 9)} ngày {r.randint(1, 28):02d}/05/2025"],
            [None, "Điện thoại", f"0225 {r.randint(3600, 3999)} {r.randint(100, 999)}"],
            ["2", "Tên cơ sở", name], [None, "Địa điểm", place],
            [None, "Tọa độ các điểm góc (VN-2000, KTT 105°45′, múi 3°)", corners],
            [None, "Quy mô, công suất", f"02 lò nấu thủy tinh, tổng {num(r.choice((300, 320, 350)), 'vi')} tấn thủy tinh/ngày; {num(r.randint(400, 520), 'vi')} triệu chai/năm"],
            [None, "Phân loại theo Luật Bảo vệ môi trường", "Dự án nhóm II (cơ sở có công suất trung bình thuộc loại hình có nguy cơ gây ô nhiễm môi trường)"]]
    merges = [(1, 0, 4, 0), (5, 0, 9, 0)]
    doc.table("Bảng 1.1. Thông tin chung", rows, merges, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": key, "category": "II"})
    doc.table("Bảng 1.2. Nhu cầu nguyên, nhiên liệu chính", [
        ["TT", "Nguyên liệu", "Đơn vị", "Khối lượng/năm"],
        ["1", "Cát trắng", "tấn", num(r.randint(55, 70) * 1000, "vi")],
        ["2", "Soda (Na2CO3)", "tấn", num(r.randint(16, 22) * 1000, "vi")],
        ["3", "Thủy tinh vụn tái chế", "tấn", num(r.randint(25, 40) * 1000, "vi")],
        ["4", "Khí thiên nhiên (CNG)", "m³", num(r.randint(30, 42) * 1_000_000, "vi")],
    ], role="other")


# ---------------------------------------------------------------- emissions

# ((RU, KK shop), [(number, RU, KK source, height, (v lo, v hi) m/s or None, (Q lo, Q hi) m3/s, T °C, {code: (lo, hi) g/s})])
GLASS_SOURCES = (
    (("Стекловаренный цех", "Шыны балқыту цехы"), [
        ("0001", "Стекловаренная печь № 1 (регенераторы, электрофильтр)", "№ 1 шыны балқыту пеші (регенераторлар, электрсүзгі)", 60, (9, 12), (18, 24), 195,
         {"0301": (3, 5), "0304": (0.5, 0.8), "0330": (1.5, 3), "0337": (0.2, 0.6), "0342": (0.02, 0.06), "0316": (0.1, 0.3), "2902": (0.3, 0.7),
          "0184": (0.002, 0.006)}),
        ("0002", "Стекловаренная печь № 2 (регенераторы, электрофильтр)", "№ 2 шыны балқыту пеші (регенераторлар, электрсүзгі)", 60, (9, 12), (18, 24), 205,
         {"0301": (3, 5), "0304": (0.5, 0.8), "0330": (1.5, 3), "0337": (0.2, 0.6), "0342": (0.02, 0.06), "0316": (0.1, 0.3), "2902": (0.3, 0.7),
          "0184": (0.002, 0.006)}),
        ("0003", "Печи отжига (леры) № 1–4", "№ 1–4 күйдіру пештері (лерлер)", 18, (4, 6), (1.5, 2.5), 90, {"0301": (0.02, 0.05), "0337": (0.05, 0.12)}),
        ("0004", "Участок горячего покрытия бутылок (SnCl4)", "Бөтелкелерді ыстық жабу учаскесі (SnCl4)", 15, (6, 8), (0.8, 1.2), 45,
         {"0168": (0.001, 0.004), "0316": (0.005, 0.02)})]),
    (("Составной цех", "Шихта цехы"), [
        ("0005", "Аспирация дозировочно-смесительного отделения (рукавный фильтр)", "Мөлшерлеу-араластыру бөлімшесінің аспирациясы (жеңді сүзгі)", 20,
         (10, 14), (2.5, 3.5), 25, {"2908": (0.05, 0.15), "0155": (0.02, 0.06)}),
        ("0006", "Аспирация дробилки стеклобоя (циклон)", "Шыны сынықтарын ұсатқыштың аспирациясы (циклон)", 12, (8, 11), (1.0, 1.6), 20, {"2907": (0.02, 0.08)})]),
    (("Неорганизованные источники", "Ұйымдастырылмаған көздер"), [
        ("6001", "Открытый склад кварцевого песка", "Кварц құмының ашық қоймасы", 5, None, None, None, {"2908": (0.05, 0.2)}),
        ("6002", "Разгрузка соды из вагонов-хопперов", "Соданы хоппер-вагондардан түсіру", 3, None, None, None, {"0155": (0.01, 0.05)})]),
)  # fmt: skip


def emissions_jy1(doc: Doc) -> None:
    """A container-glass plant's table of the parameters of its emission sources as the ЭРА software prints it: three header
    rows (merged groups, sub-columns, a row of column numbers), the height, the gas velocity, volume and temperature, the X
    and Y of the site plan, the code and name, then g/s, the concentration in mg/nm³ and t/year, the year of reaching the
    НДВ; shop rows spanning the table, the source's cells merged down over its substances, no hazard class (VI: an EIA's
    loads for building and running a tile plant's new line under period rows, emission factors as look-alikes, no tonnes a
    year in the building period)."""
    if doc.lang == "vi":
        _emissions_jy1_vi(doc)
        return
    r, g = doc.rng, _g(doc)
    L = 0 if doc.lang == "ru" else 1
    p = doc.pick(GLASS_PLANTS)
    doc.h(g(f"Проект нормативов допустимых выбросов для {p[4]} ({p[0]})", f"{p[5]} ({p[1]}) үшін жол берілетін шығарындылар нормативтерінің жобасы"))
    doc.p(g("Расчеты выполнены по программному комплексу «ЭРА» v3.0. Координаты источников даны в условной системе карты-схемы предприятия "
            "(начало – юго-западный угол ограждения).",
            "Есептеулер «ЭРА» v3.0 бағдарламалық кешені бойынша орындалды. Көздердің координаттары кәсіпорын карта-схемасының шартты жүйесінде "
            "берілген (басы – қоршаудың оңтүстік-батыс бұрышы)."))
    rows = [
        g(["№ ИЗА", "Источник выделения", "Высота, м", "Параметры газовоздушной смеси на выходе из ИЗА", None, None, "Координаты на карте-схеме, м", None,
           "Код ЗВ", "Наименование ЗВ", "Выбросы ЗВ", None, None, "Год достижения НДВ"],
          ["ЛШК №", "Бөліну көзі", "Биіктігі, м", "ЛШК шығысындағы газ-ауа қоспасының параметрлері", None, None, "Карта-схемадағы координаттар, м", None,
           "ЛЗ коды", "ЛЗ атауы", "ЛЗ шығарындылары", None, None, "ЖШН-ге қол жеткізу жылы"]),
        g([None, None, None, "скорость, м/с", "объем, м³/с", "температура, °С", "X1", "Y1", None, None, "г/с", "мг/нм³", "т/год", None],
          [None, None, None, "жылдамдығы, м/с", "көлемі, м³/с", "температурасы, °С", "X1", "Y1", None, None, "г/с", "мг/нм³", "т/жыл", None]),
        [str(k) for k in range(1, 15)],
    ]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 8, 9, 13)] + [(0, 3, 0, 5), (0, 6, 0, 7), (0, 10, 0, 12)]
    numbers = []
    for (s_ru, s_kk), sources in GLASS_SOURCES:
        _wide(rows, merges, (s_ru, s_kk)[L], 14)
        for number, n_ru, n_kk, height, vel, vol, temp, codes in sources:
            v = round(r.uniform(*vel), 1) if vel else None
            q = round(r.uniform(*vol), 2) if vol else None
            x1, y1 = r.randint(40, 480), r.randint(30, 360)
            hours = 8760 if number in ("0001", "0002") else r.choice((6240, 7200, 8040))
            start = len(rows)
            for j, (c, (lo, hi)) in enumerate(codes.items()):
                gs = _sig(r.uniform(lo, hi), 3)
                ty = _sig(gs * 3600 * hours * r.uniform(0.8, 0.97) / 1e6, 4)
                conc = num(_sig(gs * 1000 / q * (273 + temp) / 273, 3), doc.lang) if q else "–"
                head = [number, (n_ru, n_kk)[L], str(height), num(v, doc.lang) if v else "–", num(q, doc.lang) if q else "–", str(temp) if temp else "–",
                        str(x1), str(y1)] if j == 0 else [None] * 8
                rows.append(head + [c, _an(doc, c), num(gs, doc.lang), conc, num(ty, doc.lang), "2026"])
                doc.add("emissions", emission(c, gs, ty, number))
            _down(merges, start, len(rows) - 1, range(8))
            numbers.append(number)
    doc.table(g("Таблица 3.3 – Параметры выбросов загрязняющих веществ в атмосферу для расчета НДВ",
                "3.3-кесте – ЖШН есептеу үшін атмосфераға ластаушы заттар шығарындыларының параметрлері"), rows, merges, role="emissions")
    doc.add("sources", *({"number": n, "type": _kind(n)} for n in numbers))
    doc.p(g("Концентрации в графе 12 приведены к нормальным условиям (273 К, 101,3 кПа). Для неорганизованных источников параметры ГВС не определяются.",
            "12-бағандағы концентрациялар қалыпты жағдайларға (273 К, 101,3 кПа) келтірілген. Ұйымдастырылмаған көздер үшін ГАҚ параметрлері анықталмайды."))
    maybe_distractor(doc)


# (VI source, [(code, VI label, factor text, (lo, hi) kg/day)])
VN_TILE_BUILD = (
    ("Đào đắp, san nền mặt bằng (khối lượng 48.500 m³)", [("2902", "Bụi tổng", "0,075 kg/tấn đất", (25, 60))]),
    ("Phương tiện vận chuyển vật liệu (xe tải 10 tấn, 42 lượt/ngày)", [
        ("2902", "Bụi tổng", "0,9 kg/1.000 km", (0.3, 0.8)), ("0330", "SO2", "4,29S kg/1.000 km (S = 0,05%)", (0.05, 0.15)),
        ("0301", "NO2", "11,8 kg/1.000 km", (2.0, 4.5)), ("0337", "CO", "6,0 kg/1.000 km", (1.0, 2.6))]),
)
VN_TILE_RUN = (
    ("Ống khói lò nung con lăn số 3 (sau tháp hấp thụ dung dịch sữa vôi)", [
        ("2902", "Bụi tổng", "0,12 kg/tấn sản phẩm", (20, 40)), ("0330", "SO2", "0,35 kg/tấn sản phẩm", (60, 110)),
        ("0301", "NOx (tính theo NO2)", "0,42 kg/tấn sản phẩm", (70, 130)), ("0337", "CO", "0,20 kg/tấn sản phẩm", (35, 70)),
        ("0342", "HF", "0,03 kg/tấn sản phẩm", (4, 10))]),
    ("Ống thải tháp sấy phun số 2 (sau cyclone và lọc bụi túi vải)", [
        ("2902", "Bụi tổng", "0,25 kg/tấn bột", (45, 90)), ("0330", "SO2", "0,10 kg/tấn bột", (15, 35)), ("0301", "NOx (tính theo NO2)", "0,15 kg/tấn bột", (25, 50))]),
)


def _emissions_jy1_vi(doc: Doc) -> None:
    r = doc.rng
    key = doc.pick(("Bình Xuyên", "Tiền Hải"))
    doc.h(f"BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG DỰ ÁN ĐẦU TƯ DÂY CHUYỀN GẠCH ỐP LÁT SỐ 3 – NHÀ MÁY GẠCH ỐP LÁT {key.upper()}")
    doc.h("3.1. Đánh giá, dự báo tác động đến môi trường không khí")
    doc.p("Thời gian thi công 8 giờ/ngày; giai đoạn vận hành lò nung và tháp sấy phun hoạt động liên tục 24 giờ/ngày, 330 ngày/năm. "
          "Tải lượng giai đoạn vận hành tính cho khí thải sau hệ thống xử lý.")
    rows = [["TT", "Nguồn phát sinh", "Chất ô nhiễm", "Hệ số phát thải", "Tải lượng (kg/ngày)", "Tải lượng (g/s)", "Tải lượng (tấn/năm)"]]
    merges = []
    n = 0
    for section, period, groups, hours in (("A. GIAI ĐOẠN THI CÔNG XÂY DỰNG", "construction", VN_TILE_BUILD, 8),
                                           ("B. GIAI ĐOẠN VẬN HÀNH", "operation", VN_TILE_RUN, 24)):
        _wide(rows, merges, section, 7)
        for source, items in groups:
            n += 1
            start = len(rows)
            for j, (code, label, factor, (lo, hi)) in enumerate(items):
                kgd = _sig(r.uniform(lo, hi), 3)
                gs = _sig(kgd * 1000 / (hours * 3600), 3)
                ty = _sig(kgd * 330 / 1000, 3) if period == "operation" else None
                rows.append([str(n) if j == 0 else None, source if j == 0 else None, label, factor, num(kgd, "vi"), num(gs, "vi"),
                             num(ty, "vi") if ty else "–"])
                doc.add("emissions", emission(code, gs, ty, None, None, period))
            _down(merges, start, len(rows) - 1, (0, 1))
    doc.table("Bảng 3.8. Tải lượng các chất ô nhiễm không khí của dự án", rows, merges, role="emissions")
    doc.p("Nguồn hệ số: Tổ chức Y tế Thế giới (WHO, 1993) đối với giai đoạn thi công; số liệu vận hành thực tế của dây chuyền số 1 và số 2 đối với giai đoạn vận hành.")
    maybe_distractor(doc)


# (number, RU, KK source, RU, KK site, {code: (lo, hi) g/s}, hours)
BRICK_SOURCES = (
    ("0001", "Туннельная печь обжига кирпича (дымовая труба Н = 30 м)", "Кірпіш күйдіретін туннельді пеш (түтін мұржасы Н = 30 м)", "завод", "зауыт",
     {"0301": (0.4, 0.9), "0304": (0.06, 0.15), "0330": (0.3, 1.2), "0337": (0.8, 2.0), "0342": (0.005, 0.02), "2908": (0.1, 0.3)}, 8000),
    ("0002", "Туннельная сушилка (вытяжная труба Н = 20 м)", "Туннельді кептіргіш (сору мұржасы Н = 20 м)", "завод", "зауыт",
     {"0337": (0.1, 0.3), "2908": (0.05, 0.15)}, 8000),
    ("0003", "Аспирация глинообрабатывающего отделения (циклон ЦН-15)", "Саз өңдеу бөлімшесінің аспирациясы (ЦН-15 циклоны)", "завод", "зауыт",
     {"2908": (0.08, 0.25)}, 4000),
    ("6001", "Выемочно-погрузочные работы (экскаватор ЭО-5126)", "Қазып-тиеу жұмыстары (ЭО-5126 экскаваторы)", "карьер", "карьер", {"2908": (0.1, 0.4)}, 2000),
    ("6002", "Отвал вскрышных пород", "Аршылған жыныстар үйіндісі", "карьер", "карьер", {"2908": (0.02, 0.08)}, 8760),
    ("6003", "Транспортировка суглинка автосамосвалами", "Саздақты автосамосвалдармен тасымалдау", "карьер", "карьер", {"2908": (0.05, 0.2)}, 2000),
    ("6004", "Глинозапасник (закрытый склад шихты)", "Саз қоймасы (шихтаның жабық қоймасы)", "завод", "зауыт", {"2908": (0.01, 0.05)}, 8760),
)  # fmt: skip
BRICK_WORKS = (
    ("ТОО «Шамалган Кирпич»", "«Шамалған Кірпіш» ЖШС", "кирпичный завод и карьер суглинков «Шамалган»", "«Шамалған» кірпіш зауыты және саздақ карьері"),
    ("ТОО «Тараз Кирпич»", "«Тараз Кірпіш» ЖШС", "кирпичный завод и карьер суглинков «Аса»", "«Аса» кірпіш зауыты және саздақ карьері"),
)


def emissions_jy2(doc: Doc) -> None:
    """A brick works' and its loam quarry's list of emission sources grouped by substance: each substance a row spanning
    the table with its code, name, ПДК м.р. and hazard class, its sources below with the site, g/s, t/year and their share
    of the substance's tonnes in per cent, a subtotal per substance and the works' total (VI: an annual report's loads of a
    tile plant with the stacks as rows, the flow and the hours as look-alikes, and the pollutants as column pairs
    `g/s | tấn/năm` under merged headers, dashes where a stack does not emit a pollutant)."""
    if doc.lang == "vi":
        _emissions_jy2_vi(doc)
        return
    r, g = doc.rng, _g(doc)
    L = 0 if doc.lang == "ru" else 1
    w = doc.pick(BRICK_WORKS)
    doc.h(g(f"Раздел 3. Характеристика источников выбросов. {w[0]}, {w[2]}", f"3-бөлім. Шығарынды көздерінің сипаттамасы. {w[1]}, {w[3]}"))
    doc.p(g("Перечень источников сгруппирован по загрязняющим веществам; вклад источника дан в процентах от валового выброса вещества.",
            "Көздер тізбесі ластаушы заттар бойынша топтастырылған; көздің үлесі заттың жалпы шығарындысынан пайызбен берілген."))
    rates = {}
    for number, *_rest, codes, hours in BRICK_SOURCES:
        for c, (lo, hi) in codes.items():
            gs = _sig(r.uniform(lo, hi), 3)
            rates[(number, c)] = (gs, _sig(gs * 3600 * hours / 1e6, 3))
    rows = [g(["№ ИЗА", "Наименование источника", "Площадка", "Выброс, г/с", "Выброс, т/год", "Вклад в валовый выброс вещества, %"],
              ["ЛШК №", "Көздің атауы", "Алаң", "Шығарынды, г/с", "Шығарынды, т/жыл", "Заттың жалпы шығарындысына үлесі, %"])]
    merges = []
    all_g, all_t = [], []
    for code in ("0301", "0304", "0330", "0337", "0342", "2908"):
        hz = _hz(code)
        _wide(rows, merges, g(f"{code} – {_an(doc, code)} (ПДК м.р. {num(PDK_MR.get(code, 0.4), doc.lang)} мг/м³, класс опасности {hz})",
                              f"{code} – {_an(doc, code)} (ШРК б.м. {num(PDK_MR.get(code, 0.4), doc.lang)} мг/м³, қауіптілік сыныбы {hz})"), 6)
        mine = [(s, rates[(s[0], code)]) for s in BRICK_SOURCES if (s[0], code) in rates]
        tot_g = round(sum(x[0] for _, x in mine), 6)
        tot_t = round(sum(x[1] for _, x in mine), 6)
        for s, (gs, ty) in mine:
            rows.append([s[0], s[1 + L], s[3 + L], num(gs, doc.lang), num(ty, doc.lang), num(round(ty / tot_t * 100, 1), doc.lang)])
            doc.add("emissions", emission(code, gs, ty, s[0], hz))
        rows.append(["", g("Итого по веществу", "Зат бойынша жиыны"), "", num(tot_g, doc.lang), num(tot_t, doc.lang), "100"])
        all_g.append(tot_g)
        all_t.append(tot_t)
    rows.append(["", g("Всего по предприятию", "Кәсіпорын бойынша барлығы"), "", num(round(sum(all_g), 6), doc.lang), num(round(sum(all_t), 6), doc.lang), ""])
    doc.table(g("Таблица 3.6 – Источники выбросов по загрязняющим веществам", "3.6-кесте – Ластаушы заттар бойынша шығарынды көздері"), rows, merges,
              role="emissions")
    doc.add("sources", *({"number": s[0], "type": _kind(s[0])} for s in BRICK_SOURCES))
    doc.p(g("Выбросы от двигателей карьерной техники (передвижные источники) не нормируются и в таблицу не включены.",
            "Карьер техникасы қозғалтқыштарының шығарындылары (жылжымалы көздер) нормаланбайды және кестеге енгізілмеген."))
    maybe_distractor(doc)


# (VI stack, (flow lo, hi) m3/h, {code: (lo, hi) mg/Nm3})
VN_TILE_STACKS = (
    ("Ống khói lò nung con lăn số 1 (K1)", (38000, 46000), {"2902": (25, 60), "0330": (80, 220), "0301": (120, 300), "0342": (2, 8)}),
    ("Ống khói lò nung con lăn số 2 (K2)", (38000, 46000), {"2902": (25, 60), "0330": (80, 220), "0301": (120, 300), "0342": (2, 8)}),
    ("Ống thải tháp sấy phun (K3)", (90000, 115000), {"2902": (40, 110), "0330": (20, 90), "0301": (40, 120)}),
    ("Ống thải lọc bụi khu nghiền men, phối liệu (K4)", (12000, 18000), {"2902": (10, 35)}),
)
VN_COLS = (("2902", "Bụi tổng"), ("0330", "SO2"), ("0301", "NOx (tính theo NO2)"), ("0342", "HF"))


def _emissions_jy2_vi(doc: Doc) -> None:
    r = doc.rng
    company = doc.pick(("Công ty Cổ phần Gạch ốp lát Bình Xuyên", "Công ty TNHH Gốm sứ Tiền Hải Xanh"))
    doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – {company.upper()}")
    doc.h("2.2. Tổng lượng khí thải và các chất ô nhiễm phát sinh")
    doc.p("Tải lượng được tính từ nồng độ trung bình của các đợt quan trắc định kỳ và số liệu quan trắc tự động, lưu lượng trung bình và số giờ vận hành thực tế năm 2025.")
    rows = [["TT", "Nguồn thải", "Lưu lượng trung bình (m³/h)", "Số giờ vận hành (h/năm)"] + [x for _, label in VN_COLS for x in (label, None)],
            [None, None, None, None] + ["g/s", "tấn/năm"] * len(VN_COLS)]
    merges = [(0, c, 1, c) for c in range(4)] + [(0, 4 + 2 * k, 0, 5 + 2 * k) for k in range(len(VN_COLS))]
    sums = {c: [0.0, 0.0] for c, _ in VN_COLS}
    for k, (name, (qlo, qhi), codes) in enumerate(VN_TILE_STACKS, 1):
        q = r.randint(qlo // 100, qhi // 100) * 100
        hours = r.randint(7400, 7900)
        line = [str(k), name, num(q, "vi"), num(hours, "vi")]
        for c, _ in VN_COLS:
            if c not in codes:
                line += ["-", "-"]
                continue
            gs = _sig(r.uniform(*codes[c]) * q / 3600 / 1000, 3)
            ty = _sig(gs * hours * 3600 / 1e6, 3)
            line += [num(gs, "vi"), num(ty, "vi")]
            sums[c][0] += gs
            sums[c][1] += ty
            doc.add("emissions", emission(c, gs, ty))
        rows.append(line)
    rows.append(["", "Tổng cộng", "", ""] + [num(round(x, 6), "vi") for c, _ in VN_COLS for x in sums[c]])
    doc.table("Bảng 2.3. Tải lượng bụi, khí thải phát sinh năm 2025", rows, merges, role="emissions")
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

# (code, RU, KK, (lo, hi) t a year, RU, KK operation, site)
GLASS_WASTES = (
    ("13 02 05*", "Отработанные моторные и трансмиссионные масла", "Пайдаланылған мотор және трансмиссия майлары", (1.5, 4.0),
     "накопление, передача специализированной организации", "жинақтау, мамандандырылған ұйымға беру", 3),
    ("15 02 02*", "Промасленная ветошь", "Майланған шүберек", (0.3, 1.2), "накопление, передача специализированной организации",
     "жинақтау, мамандандырылған ұйымға беру", 3),
    ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", (0.05, 0.3), "накопление, демеркуризация",
     "жинақтау, демеркуризациялау", 3),
    ("16 06 01*", "Отработанные свинцовые аккумуляторы", "Пайдаланылған қорғасын аккумуляторлары", (0.2, 0.8), "накопление, передача на переработку",
     "жинақтау, қайта өңдеуге беру", 3),
    ("15 01 10*", "Тара из-под тетрахлорида олова (участок горячего покрытия)", "Қалайы тетрахлориді ыдысы (ыстық жабу учаскесі)", (0.1, 0.6),
     "накопление, возврат поставщику", "жинақтау, жеткізушіге қайтару", 3),
    ("10 11 12", "Стеклобой загрязненный, непригодный для повторной варки", "Қайта балқытуға жарамсыз ластанған шыны сынықтары", (150, 600),
     "накопление, передача на переработку", "жинақтау, қайта өңдеуге беру", 1),
    ("10 11 16", "Пыль электрофильтров стекловаренных печей", "Шыны балқыту пештері электрсүзгілерінің шаңы", (40, 120),
     "накопление, частичный возврат в шихту", "жинақтау, шихтаға ішінара қайтару", 2),
    ("10 11 10", "Просыпи шихты", "Шихта шашындылары", (20, 80), "накопление, возврат в производство", "жинақтау, өндіріске қайтару", 2),
    ("16 11 06", "Бой огнеупоров после холодного ремонта печей", "Пештерді суық жөндеуден кейінгі отқа төзімді бұйымдар сынығы", (80, 400),
     "накопление, передача на полигон", "жинақтау, полигонға беру", 1),
    ("17 04 05", "Лом черных металлов", "Қара металл сынықтары", (10, 40), "накопление, сдача во вторчермет", "жинақтау, екінші қара металға тапсыру", 1),
    ("15 01 02", "Пластиковая упаковка (стрейч- и термоусадочная пленка)", "Пластик орама (стрейч және термошөгетін пленка)", (5, 20),
     "накопление, передача на переработку", "жинақтау, қайта өңдеуге беру", 1),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", (25, 60), "накопление, вывоз на полигон ТБО", "жинақтау, ҚТҚ полигонына шығару", 4),
)  # fmt: skip


def _tonnes(x: float) -> float:
    return round(x, 1) if x >= 10 else round(x, 3)


def wastes_jy1(doc: Doc) -> None:
    """A container-glass plant's КЭР annex of the limits of accumulating wastes for 2026–2035: hazardous and non-hazardous
    section rows, each with a subtotal, and the plant's total; the code in a column of its own, the operation, the limit in
    tonnes a year (the amount), the number of the storage site and the longest storage in months as look-alikes (VI: a tile
    plant's GPMT on wastes, the unit `Đơn vị tính: kg/năm` or `tấn/năm` in a row of its own above each table's header, CTNH in
    kilograms and ordinary wastes in tonnes without codes)."""
    if doc.lang == "vi":
        _wastes_jy1_vi(doc)
        return
    r, g = doc.rng, _g(doc)
    L = 0 if doc.lang == "ru" else 1
    p = doc.pick(GLASS_PLANTS)
    doc.h(g(f"Приложение 3 к комплексному экологическому разрешению {p[4]}. Лимиты накопления отходов на 2026–2035 годы",
            f"{p[5]} кешенді экологиялық рұқсатына 3-қосымша. 2026–2035 жылдарға арналған қалдықтарды жинақтау лимиттері"))
    rows = [g(["№", "Наименование отхода", "Код отхода", "Вид операции", "Лимит накопления, т/год", "Место накопления", "Максимальный срок накопления, мес."],
              ["№", "Қалдықтың атауы", "Қалдық коды", "Операция түрі", "Жинақтау лимиті, т/жыл", "Жинақтау орны", "Жинақтаудың ең ұзақ мерзімі, ай"])]
    merges = []
    n, total = 0, 0.0
    for title, sub, hazardous in ((g("Опасные отходы", "Қауіпті қалдықтар"), g("Итого опасных отходов", "Қауіпті қалдықтар бойынша жиыны"), True),
                                  (g("Неопасные отходы", "Қауіпті емес қалдықтар"), g("Итого неопасных отходов", "Қауіпті емес қалдықтар бойынша жиыны"), False)):
        _wide(rows, merges, title, 7)
        part = 0.0
        for code, n_ru, n_kk, (lo, hi), o_ru, o_kk, site in GLASS_WASTES:
            if code.endswith("*") != hazardous:
                continue
            n += 1
            amount = _tonnes(r.uniform(lo, hi))
            part += amount
            name = (n_ru, n_kk)[L]
            rows.append([str(n), name, code, (o_ru, o_kk)[L], num(amount, doc.lang), g(f"площадка № {site}", f"№ {site} алаң"), "6" if site != 4 else "3"])
            doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": hazardous, "amount_t": amount, "name_contains": _first(name.split(" (")[0], 3)})
        rows.append(["", sub, "", "", num(round(part, 3), doc.lang), "", ""])
        total += part
    rows.append(["", g("Всего", "Барлығы"), "", "", num(round(total, 3), doc.lang), "", ""])
    doc.table(None, rows, merges, role="wastes")
    doc.p(g("Площадка № 1 – открытая с бетонным покрытием; № 2 – крытый склад; № 3 – склад опасных отходов; № 4 – контейнерная площадка. "
            "Срок накопления не превышает шести месяцев (пункт 2 статьи 320 Экологического кодекса РК), для ТБО – трех суток в теплое время года.",
            "№ 1 алаң – бетон жабынды ашық алаң; № 2 – жабық қойма; № 3 – қауіпті қалдықтар қоймасы; № 4 – контейнер алаңы. Жинақтау мерзімі алты "
            "айдан аспайды (ҚР Экология кодексінің 320-бабының 2-тармағы), ҚТҚ үшін – жылы мезгілде үш тәуліктен."))
    maybe_distractor(doc)


# (code, VI name, state, (lo, hi) kg a year)
VN_TILE_CTNH = (
    ("17 02 03", "Dầu động cơ, hộp số và bôi trơn tổng hợp thải", "Lỏng", (300, 900)),
    ("18 02 01", "Chất hấp thụ, vật liệu lọc, giẻ lau, vải bảo vệ thải bị nhiễm các thành phần nguy hại", "Rắn", (200, 600)),
    ("18 01 03", "Bao bì cứng thải bằng nhựa (can đựng phụ gia men, chất tẩy rửa)", "Rắn", (150, 500)),
    ("18 01 02", "Bao bì cứng thải bằng kim loại", "Rắn", (100, 300)),
    ("16 01 06", "Bóng đèn huỳnh quang và các loại thủy tinh hoạt tính thải", "Rắn", (20, 60)),
    ("19 06 01", "Pin, ắc quy chì thải", "Rắn", (50, 200)),
)
# (VI name, (lo, hi) t a year, handling)
VN_TILE_ORDINARY = (
    ("Phế phẩm gạch mộc (chưa nung)", (1200, 2500), "Tái sử dụng làm nguyên liệu phối liệu"),
    ("Phế phẩm gạch sau nung", (800, 1800), "Nghiền làm phụ gia hoặc chuyển giao làm vật liệu san lấp"),
    ("Bụi thu hồi từ hệ thống lọc bụi túi vải", (300, 700), "Tái sử dụng làm nguyên liệu"),
    ("Bùn thải từ hệ thống xử lý nước thải mài, tráng men (đã phân định không nguy hại)", (200, 450), "Chuyển giao đơn vị có chức năng"),
    ("Con lăn gốm, tấm lót lò nung hư hỏng", (5, 15), "Chuyển giao đơn vị có chức năng"),
    ("Bao bì giấy, nhựa, pallet gỗ hư hỏng", (40, 90), "Bán phế liệu"),
)


def _wastes_jy1_vi(doc: Doc) -> None:
    r = doc.rng
    key = doc.pick(("Bình Xuyên", "Tiền Hải"))
    doc.h(f"PHỤ LỤC 3. YÊU CẦU VỀ QUẢN LÝ CHẤT THẢI (Kèm theo Giấy phép môi trường của Nhà máy gạch ốp lát {key})")
    doc.h("A. Khối lượng, chủng loại chất thải phát sinh")
    doc.p("1. Khối lượng, chủng loại chất thải nguy hại phát sinh thường xuyên:")
    rows = [["Đơn vị tính: kg/năm", None, None, None, None], ["TT", "Tên chất thải", "Mã CTNH", "Trạng thái tồn tại", "Khối lượng"]]
    merges = [(0, 0, 0, 4)]
    total = 0
    for k, (code, name, state, (lo, hi)) in enumerate(VN_TILE_CTNH, 1):
        kg = r.randint(lo // 10, hi // 10) * 10
        total += kg
        rows.append([str(k), name, code, state, num(kg, "vi")])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000, "name_contains": _first(name, 4)})
    rows.append(["", "Tổng khối lượng", "", "", num(total, "vi")])
    doc.table(None, rows, merges, role="wastes")
    doc.p("2. Khối lượng, chủng loại chất thải rắn công nghiệp thông thường phát sinh:")
    rows = [["Đơn vị tính: tấn/năm", None, None, None], ["TT", "Tên chất thải", "Khối lượng", "Biện pháp quản lý"]]
    merges = [(0, 0, 0, 3)]
    for k, (name, (lo, hi), how) in enumerate(VN_TILE_ORDINARY, 1):
        t = float(r.randint(int(lo), int(hi))) if lo >= 40 else round(r.uniform(lo, hi), 1)
        rows.append([str(k), name, num(t, "vi"), how])
        doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": _first(name.split(" (")[0], 4)})
    doc.table(None, rows, merges, role="wastes")
    doc.p("Chất thải rắn sinh hoạt được thu gom hằng ngày và chuyển giao cho đơn vị dịch vụ môi trường của địa phương.")
    maybe_distractor(doc, 0.3)


def wastes_jy2(doc: Doc) -> None:
    """A brick works' and its loam quarry's calculation of the wastes it forms: the name with its code inside (`код 10 12
    08`), the inputs full of figures (the overburden in m³ and its density, the output in millions of bricks, the mass of
    a brick, the reject rate in per cent, the dust load in g/s and the efficiency, the people and the norm per head), the
    formula, then the tonnes a year; the total last (VI: a brick works' annual report by quarter in kilograms under a
    merged header, the year's total as the amount, hazardous and ordinary section rows)."""
    if doc.lang == "vi":
        _wastes_jy2_vi(doc)
        return
    r, g = doc.rng, _g(doc)
    w = doc.pick(BRICK_WORKS)
    vol = r.randint(120, 260) * 100
    bricks = r.randint(18, 40)
    dust = round(r.uniform(0.6, 1.4), 2)
    cars, tyres, staff = r.randint(5, 9), r.randint(20, 36), r.randint(70, 120)
    f = lambda x: num(x, doc.lang)  # noqa: E731
    items = [
        (g("Вскрышные породы (почвенно-растительный слой, некондиционные суглинки), код 01 01 02",
           "Аршылған жыныстар (топырақ-өсімдік қабаты, кондициялық емес саздақтар), коды 01 01 02"),
         g(f"V = {f(vol)} м³ (календарный план горных работ на 2026 г.); ρ = 1,65 т/м³", f"V = {f(vol)} м³ (2026 ж. тау-кен жұмыстарының күнтізбелік жоспары); ρ = 1,65 т/м³"),
         "М = V × ρ", "01 01 02", round(vol * 1.65, 1)),
        (g("Брак кирпича после обжига (бой), код 10 12 08", "Күйдіруден кейінгі кірпіш ақауы (сынық), коды 10 12 08"),
         g(f"N = {bricks} млн шт. усл. кирпича; m = 3,5 кг; n = 1,5 %", f"N = {bricks} млн дана шартты кірпіш; m = 3,5 кг; n = 1,5 %"),
         "М = N × m × n / 100", "10 12 08", round(bricks * 52.5, 1)),
        (g("Брак сырца (возвращается в шихту), код 10 12 01", "Шикі кірпіш ақауы (шихтаға қайтарылады), коды 10 12 01"),
         g(f"N = {bricks} млн шт.; m = 4,1 кг; n = 2 %", f"N = {bricks} млн дана; m = 4,1 кг; n = 2 %"), "М = N × m × n / 100", "10 12 01", round(bricks * 82.0, 1)),
        (g("Пыль, уловленная циклоном ЦН-15, код 10 12 03", "ЦН-15 циклоны ұстаған шаң, коды 10 12 03"),
         g(f"G = {f(dust)} г/с; η = 85 %; T = 4 000 ч/год", f"G = {f(dust)} г/с; η = 85 %; T = жылына 4 000 сағ"), "М = G × η × T × 3600 × 10⁻⁶", "10 12 03",
         round(dust * 0.85 * 4000 * 3600 / 1e6, 3)),
        (g("Отработанные моторные масла, код 13 02 05*", "Пайдаланылған мотор майлары, коды 13 02 05*"),
         g(f"n = {cars} ед. техники; норма сбора 0,28 т/ед. в год", f"n = {cars} техника бірлігі; жинау нормасы жылына 0,28 т/бірл."), "М = n × q", "13 02 05*",
         round(cars * 0.28, 3)),
        (g("Изношенные шины, код 16 01 03", "Тозған шиналар, коды 16 01 03"),
         g(f"N = {tyres} шт.; средняя масса 0,085 т", f"N = {tyres} дана; орташа массасы 0,085 т"), "М = N × m", "16 01 03", round(tyres * 0.085, 3)),
        (g("Промасленная ветошь, код 15 02 02*", "Майланған шүберек, коды 15 02 02*"), "М₀ = 0,3 т/год", "М = М₀ + 0,12·М₀ + 0,15·М₀", "15 02 02*", 0.381),
        (g("Твердые бытовые отходы, код 20 03 01", "Қатты тұрмыстық қалдықтар, коды 20 03 01"),
         g(f"N = {staff} чел.; норма 0,3 м³/чел. в год; ρ = 0,25 т/м³", f"N = {staff} адам; норма жылына 0,3 м³/адам; ρ = 0,25 т/м³"), "М = N × q × ρ", "20 03 01",
         round(staff * 0.075, 3)),
    ]
    doc.h(g(f"Раздел 5. Расчет образования отходов. {w[0]} ({w[2]})", f"5-бөлім. Қалдықтардың түзілуін есептеу. {w[1]} ({w[3]})"))
    doc.p(g("Расчеты выполнены по Методике разработки проектов нормативов предельного размещения отходов производства и потребления и "
            "по фактическим данным предприятия за 2023–2025 годы.",
            "Есептеулер өндіріс және тұтыну қалдықтарын шекті орналастыру нормативтерінің жобаларын әзірлеу әдістемесі және кәсіпорынның "
            "2023–2025 жылдардағы нақты деректері бойынша орындалды."))
    rows = [g(["№", "Наименование отхода, код", "Исходные данные", "Расчетная формула", "Количество, т/год"],
              ["№", "Қалдықтың атауы, коды", "Бастапқы деректер", "Есептік формула", "Мөлшері, т/жыл"])]
    for k, (name, data, formula, code, amount) in enumerate(items, 1):
        rows.append([str(k), name, data, formula, num(amount, doc.lang)])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": amount,
                           "name_contains": _first(name.split(" (")[0].split(",")[0], 3)})
    rows.append(["", g("Итого", "Барлығы"), "", "", num(round(sum(x[4] for x in items), 3), doc.lang)])
    doc.table(g("Таблица 5.1 – Расчет объемов образования отходов", "5.1-кесте – Қалдықтардың түзілу көлемін есептеу"), rows, role="wastes")
    maybe_distractor(doc)


# (VI name, code or None, (lo, hi) kg a quarter, receiver)
VN_BRICK_WASTES = (
    ("Dầu động cơ, hộp số và bôi trơn tổng hợp thải", "17 02 03", (40, 160), "Công ty TNHH Môi trường Xanh Việt Trì"),
    ("Giẻ lau, găng tay dính dầu", "18 02 01", (20, 70), "Công ty TNHH Môi trường Xanh Việt Trì"),
    ("Bóng đèn huỳnh quang thải", "16 01 06", (3, 12), "Công ty TNHH Môi trường Xanh Việt Trì"),
    ("Gạch vỡ, phế phẩm sau nung", None, (30000, 70000), "Tận dụng san lấp mặt bằng"),
    ("Xỉ than từ lò nung tuynel", None, (8000, 20000), "Hợp tác xã vật liệu Đồng Tâm"),
    ("Bao bì, dây đai nhựa thải", None, (300, 900), "Cơ sở thu mua phế liệu Hòa Bình"),
)


def _wastes_jy2_vi(doc: Doc) -> None:
    r = doc.rng
    key = doc.pick(("Sơn Đông", "Tam Dương"))
    doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – NHÀ MÁY GẠCH TUYNEL {key.upper()}")
    doc.h("3. Kết quả quản lý chất thải rắn")
    rows = [["TT", "Tên chất thải", "Mã CTNH", "Khối lượng phát sinh (kg)", None, None, None, None, "Đơn vị tiếp nhận, xử lý"],
            [None, None, None, "Quý I", "Quý II", "Quý III", "Quý IV", "Cả năm", None]]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 8)] + [(0, 3, 0, 7)]
    n = 0
    for section, hazardous in (("A. CHẤT THẢI NGUY HẠI", True), ("B. CHẤT THẢI RẮN CÔNG NGHIỆP THÔNG THƯỜNG", False)):
        _wide(rows, merges, section, 9)
        for name, code, (lo, hi), who in VN_BRICK_WASTES:
            if (code is not None) != hazardous:
                continue
            n += 1
            q = [r.randint(lo, hi) for _ in range(4)]
            if hi > 1000:
                q = [round(x, -2) for x in q]
            year = sum(q)
            rows.append([str(n), name, code or "-", *(num(x, "vi") for x in q), num(year, "vi"), who])
            if code:
                doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": year / 1000, "name_contains": _first(name, 4)})
            else:
                doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": year / 1000, "name_contains": _first(name, 3)})
    doc.table("Bảng 3.1. Khối lượng chất thải phát sinh theo quý năm 2025", rows, merges, role="wastes")
    doc.p("Ghi chú: nhà máy sử dụng than cám pha vào phối liệu gạch mộc; xỉ than được sàng tách tại khu vực ra lò.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits


def limits_jy1(doc: Doc) -> None:
    """A laboratory's protocol of ambient air at the protection zone's boundary of a brick works: the four points as columns
    under a merged header, their direction and distance in a header row of their own, the code and the unit in columns,
    the ПДК м.р. after the results and the method's document last; the weather during sampling in a table of no role (VI: a
    tile plant's treated waste water at NT1 in two rounds, dated, against QCVN 40:2011/BTNMT column B with the C of the
    standard beside the Cmax after Kq = 0,9 and Kf = 1,1, the Cmax being the limit, pH a range)."""
    if doc.lang == "vi":
        _limits_jy1_vi(doc)
        return
    r, g = doc.rng, _g(doc)
    w = doc.pick(BRICK_WORKS)
    day = r.randint(3, 27)
    doc.h(g(f"Протокол испытаний № {r.randint(210, 690)}-А от {day:02d}.07.2025. Атмосферный воздух на границе СЗЗ",
            f"2025 ж. {day:02d}.07. № {r.randint(210, 690)}-А сынақ хаттамасы. СҚА шекарасындағы атмосфералық ауа"))
    doc.p(g(f"Заказчик: {w[0]} ({w[2]}). Испытательная лаборатория ТОО «ЭкоАналитика-Алматы», аттестат аккредитации KZ.T.02.1275 "
            f"действителен до 12.11.2027. Отбор проб: {day:02d}.07.2025, 11:00–15:30.",
            f"Тапсырыс беруші: {w[1]} ({w[3]}). «ЭкоАналитика-Алматы» ЖШС сынақ зертханасы, аккредиттеу аттестаты KZ.T.02.1275 "
            f"12.11.2027 дейін жарамды. Сынама алу: {day:02d}.07.2025, 11:00–15:30."))
    sides = g(("север", "восток", "юг", "запад"), ("солтүстік", "шығыс", "оңтүстік", "батыс"))
    rows = [g(["№", "Определяемый показатель", "Код ЗВ", "Ед. изм.", "Результаты измерений в точках отбора", None, None, None, "ПДК м.р.", "НД на метод"],
              ["№", "Анықталатын көрсеткіш", "ЛЗ коды", "Өлш. бірл.", "Сынама алу нүктелеріндегі өлшеу нәтижелері", None, None, None, "ШРК б.м.", "Әдіс НҚ"]),
            [None, None, None, None, "Т.1", "Т.2", "Т.3", "Т.4", None, None],
            [None, None, None, None, *(g(f"{s}, 300 м", f"{s}, 300 м") for s in sides), None, None]]
    merges = [(0, c, 2, c) for c in (0, 1, 2, 3, 8, 9)] + [(0, 4, 0, 7)]
    for k, code in enumerate(("2908", "0301", "0330", "0337", "0342"), 1):
        pdk = PDK_MR[code]
        vals = [_sig(pdk * r.uniform(0.08, 0.85), 2) for _ in range(4)]
        rows.append([str(k), _an(doc, code), code, g("мг/м³", "мг/м³"), *(num(v, doc.lang) for v in vals), num(pdk, doc.lang), "РД 52.04.186-89"])
        for j, v in enumerate(vals, 1):
            add(doc, limit(("code", code), "air", pdk, "mg/m3", None, f"Т.{j}", v))
    doc.table(g("Таблица 1 – Результаты испытаний", "1-кесте – Сынақ нәтижелері"), rows, merges, role="limits")
    doc.table(g("Метеорологические условия при отборе проб", "Сынама алу кезіндегі метеорологиялық жағдайлар"), [
        g(["Время", "Направление ветра", "Скорость ветра, м/с", "Температура, °С", "Давление, мм рт. ст.", "Влажность, %"],
          ["Уақыты", "Жел бағыты", "Жел жылдамдығы, м/с", "Температура, °С", "Қысым, мм сын. бағ.", "Ылғалдылық, %"]),
        ["11:00", g("северо-западное", "солтүстік-батыс"), num(round(r.uniform(1.2, 3.5), 1), doc.lang), str(r.randint(24, 31)), str(r.randint(690, 705)), str(r.randint(28, 45))],
        ["15:30", g("западное", "батыс"), num(round(r.uniform(1.2, 3.5), 1), doc.lang), str(r.randint(28, 35)), str(r.randint(688, 703)), str(r.randint(20, 35))],
    ], role="other")
    doc.p(g("Заключение: концентрации загрязняющих веществ на границе СЗЗ не превышают ПДК м.р.", "Қорытынды: СҚА шекарасындағы ластаушы заттардың концентрациялары ШРК б.м. аспайды."))


VN_WW = ("pH", "TSS", "COD", "BOD5", "Pb", "Zn", "Cd", "F-", "Fe")


def _limits_jy1_vi(doc: Doc) -> None:
    r = doc.rng
    company = doc.pick(("Công ty Cổ phần Gạch ốp lát Bình Xuyên", "Công ty TNHH Gốm sứ Tiền Hải Xanh"))
    doc.h(f"KẾT QUẢ QUAN TRẮC NƯỚC THẢI ĐỊNH KỲ NĂM 2025 – {company.upper()}")
    doc.p("Vị trí lấy mẫu NT1: hố ga sau hệ thống xử lý nước thải sản xuất (mài, tráng men), trước khi xả ra mương tiêu thoát chung chảy ra sông Cà Lồ. "
          "Lưu lượng xả thải lớn nhất theo giấy phép: 180 m³/ngày.đêm.")
    rows = [["TT", "Thông số", "Đơn vị", "Kết quả phân tích mẫu NT1", None, "QCVN 40:2011/BTNMT, cột B", None],
            [None, None, None, "Đợt 1 (14/3/2025)", "Đợt 2 (10/9/2025)", "C", "Cmax (Kq = 0,9; Kf = 1,1)"]]
    merges = [(0, c, 1, c) for c in (0, 1, 2)] + [(0, 3, 0, 4), (0, 5, 0, 6)]
    for k, s in enumerate(VN_WW, 1):
        c = QCVN40[s][1]
        if isinstance(c, tuple):
            cmax = c
            vals = [round(r.uniform(6.6, 8.2), 1) for _ in range(2)]
            c_txt = cm_txt = f"{num(c[0], 'vi')} – {num(c[1], 'vi')}"
        else:
            cmax = round(c * 0.99, 6)
            vals = [_sig(cmax * r.uniform(0.05, 0.7), 2) for _ in range(2)]
            c_txt, cm_txt = num(c, "vi"), num(cmax, "vi")
        rows.append([str(k), vocab.water(s, "vi"), "-" if s == "pH" else "mg/L", *(num(v, "vi") for v in vals), c_txt, cm_txt])
        for v in vals:
            add(doc, limit(("symbol", s), "waste_water", cmax, "mg/l", "B", "NT1", v))
    doc.table("Bảng 2. Kết quả phân tích chất lượng nước thải", rows, merges, role="limits")
    doc.p("Ghi chú: Cmax = C × Kq × Kf; Kq = 0,9 (nguồn tiếp nhận là sông có lưu lượng dòng chảy nhỏ hơn hoặc bằng 50 m³/s), Kf = 1,1 (lưu lượng xả "
          "thải trên 50 m³/ngày.đêm đến 500 m³/ngày.đêm); pH không áp dụng hệ số.")
    maybe_distractor(doc)


# code: (RU, KK label, furnace norm low/high choices, lehr norm or None)
GLASS_NORMS = (
    ("2902", "Взвешенные частицы (пыль)", "Қалқыма бөлшектер (шаң)", (20, 30), None),
    ("0301", "Азота оксиды (в пересчете на NO2)¹", "Азот оксидтері (NO2-ге шаққанда)¹", (700, 800), 250),
    ("0330", "Сера диоксид", "Күкірт диоксиді", (400, 500), None),
    ("0316", "Гидрохлорид", "Гидрохлорид", (20, 30), None),
    ("0342", "Гидрофторид (фтористые газообразные соединения)", "Гидрофторид (фторлы газ тәрізді қосылыстар)", (4, 5), None),
    ("0184", "Свинец и его неорганические соединения", "Қорғасын және оның бейорганикалық қосылыстары", (1, 1), None),
    ("0337", "Углерод оксид", "Көміртек оксиді", None, 300),
)


def limits_jy2(doc: Doc) -> None:
    """A container-glass plant's КЭР annex of technological norms: the substances as rows, the two furnaces and the lehrs as
    columns with their source numbers in a header row of their own, a dash where no norm is set, the O2 of reference and the
    volume of gases as look-alike rows inside the table, the footnote mark `¹` on a substance's name and a footnote under
    the table (VI: a tile plant's derivation of Cmax from QCVN 19:2009/BTNMT column B, each stack's code, name and flow
    merged down over its parameters, Kp by the stack's flow and Kv of an industrial park in columns, the Cmax last)."""
    if doc.lang == "vi":
        _limits_jy2_vi(doc)
        return
    r, g = doc.rng, _g(doc)
    L = 0 if doc.lang == "ru" else 1
    p = doc.pick(GLASS_PLANTS)
    doc.h(g(f"Приложение 2 к комплексному экологическому разрешению {p[4]}. Технологические нормативы выбросов",
            f"{p[5]} кешенді экологиялық рұқсатына 2-қосымша. Шығарындылардың технологиялық нормативтері"))
    doc.p(g("Нормативы установлены на основании заключения по наилучшим доступным техникам «Производство стекла» и действуют с 01.01.2026. "
            "Концентрации даны для сухого газа при нормальных условиях.",
            "Нормативтер «Шыны өндіру» ең үздік қолжетімді техникалар бойынша қорытынды негізінде белгіленді және 01.01.2026 бастап қолданылады. "
            "Концентрациялар қалыпты жағдайлардағы құрғақ газ үшін берілген."))
    rows = [g(["Показатель", "Код ЗВ", "Ед. изм.", "Стекловаренная печь № 1", "Стекловаренная печь № 2", "Печи отжига (леры)"],
              ["Көрсеткіш", "ЛЗ коды", "Өлш. бірл.", "№ 1 шыны балқыту пеші", "№ 2 шыны балқыту пеші", "Күйдіру пештері (лерлер)"]),
            [None, None, None, g("ИЗА 0001", "ЛШК 0001"), g("ИЗА 0002", "ЛШК 0002"), g("ИЗА 0003", "ЛШК 0003")],
            [g("Содержание O2 для приведения", "Келтіруге арналған O2 мөлшері"), "–", "%", "8", "8", g("фактическое", "нақты")],
            [g("Объем отходящих газов", "Шығатын газдар көлемі"), "–", g("тыс. нм³/ч", "мың нм³/сағ"), str(r.randint(55, 70)), str(r.randint(55, 70)),
             num(round(r.uniform(6, 9), 1), doc.lang)]]
    merges = [(0, c, 1, c) for c in (0, 1, 2)]
    for code, n_ru, n_kk, furnace, lehr in GLASS_NORMS:
        f_val = r.choice(furnace) if furnace else None
        cells = [num(f_val, doc.lang) if f_val else "–"] * 2 + [num(lehr, doc.lang) if lehr else "–"]
        rows.append([(n_ru, n_kk)[L], code, g("мг/нм³", "мг/нм³"), *cells])
        for point, val in zip(("0001", "0002", "0003"), (f_val, f_val, lehr), strict=True):
            add(doc, limit(("code", code), "flue_gas", val, "mg/Nm3", None, point))
    doc.table(g("Таблица 2.1 – Технологические нормативы (предельные концентрации) на источниках", "2.1-кесте – Көздердегі технологиялық нормативтер (шекті концентрациялар)"),
              rows, merges, role="limits")
    doc.add("sources", *({"number": n, "type": "organized"} for n in ("0001", "0002", "0003")))
    doc.p(g("¹ Сумма оксида и диоксида азота в пересчете на диоксид азота. Соблюдение нормативов печей контролируется АСМ по среднесуточным значениям.",
            "¹ Азот оксиді мен диоксидінің азот диоксидіне шаққандағы сомасы. Пештер нормативтерінің сақталуы АМЖ арқылы орташа тәуліктік мәндер бойынша бақыланады."))
    maybe_distractor(doc)


# (point, VI stack, (flow lo, hi) m3/h, codes)
VN_STACK_CMAX = (
    ("KT1", "Ống khói lò nung con lăn số 1", (36000, 48000), ("2902", "0330", "0301", "0337", "0342")),
    ("KT2", "Ống thải tháp sấy phun", (105000, 125000), ("2902", "0330", "0301", "0337")),
    ("KT3", "Ống thải hệ thống lọc bụi khu nghiền men", (9000, 16000), ("2902",)),
)
QCVN19_B = {"2902": 200, "0330": 500, "0301": 850, "0337": 1000, "0342": 20}


def _limits_jy2_vi(doc: Doc) -> None:
    r = doc.rng
    key = doc.pick(("Bình Xuyên", "Tiền Hải"))
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – NHÀ MÁY GẠCH ỐP LÁT {key.upper()}")
    doc.h("4.2. Nội dung đề nghị cấp phép đối với khí thải: giá trị giới hạn của các chất ô nhiễm")
    doc.p("Áp dụng QCVN 19:2009/BTNMT, cột B; Cmax = C × Kp × Kv, trong đó Kv = 1,0 (cơ sở nằm trong khu công nghiệp), Kp theo lưu lượng nguồn thải.")
    rows = [["Ký hiệu", "Nguồn thải", "Lưu lượng xả thải lớn nhất (m³/h)", "Thông số", "C (mg/Nm³)", "Kp", "Kv", "Cmax (mg/Nm³)"]]
    merges = []
    for point, name, (lo, hi), codes in VN_STACK_CMAX:
        q = r.randint(lo // 1000, hi // 1000) * 1000
        kp = 1.0 if q <= 20000 else 0.9 if q <= 100000 else 0.8
        start = len(rows)
        for j, code in enumerate(codes):
            c = QCVN19_B[code]
            cmax = round(c * kp, 6)
            head = [point, name, num(q, "vi")] if j == 0 else [None, None, None]
            rows.append(head + [_an(doc, code), num(c, "vi"), num(kp, "vi"), "1,0", num(cmax, "vi")])
            add(doc, limit(("code", code), "flue_gas", cmax, "mg/Nm3", "B", point))
        _down(merges, start, len(rows) - 1, (0, 1, 2))
    doc.table("Bảng 4.2. Giá trị giới hạn cho phép của các chất ô nhiễm theo dòng khí thải", rows, merges, role="limits")
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring

MARKS = {4: "quarterly", 2: "semiannual", 1: "yearly", 12: "monthly"}
# (number, RU, KK source, codes, quarters marked, calculated?)
BRICK_PLAN = (
    ("0001", "Туннельная печь обжига", "Туннельді күйдіру пеші", ("0301", "0304", "0330", "0337", "0342", "2908"), (1, 2, 3, 4), False),
    ("0002", "Туннельная сушилка", "Туннельді кептіргіш", ("0337", "2908"), (2, 4), False),
    ("0003", "Аспирация глинообрабатывающего отделения", "Саз өңдеу бөлімшесінің аспирациясы", ("2908",), (3,), False),
    ("6001", "Выемочно-погрузочные работы в карьере", "Карьердегі қазып-тиеу жұмыстары", ("2908",), (2, 3), True),
    ("6002", "Отвал вскрышных пород", "Аршылған жыныстар үйіндісі", ("2908",), (3,), True),
    ("6003", "Транспортировка суглинка", "Саздақты тасымалдау", ("2908",), (2, 3), True),
)
SHORT = {"0301": ("азота диоксид", "азот диоксиді"), "0304": ("азота оксид", "азот оксиді"), "0330": ("сера диоксид", "күкірт диоксиді"),
         "0337": ("углерод оксид", "көміртек оксиді"), "0342": ("фтористые газообразные соединения", "фторлы газ тәрізді қосылыстар"),
         "2908": ("пыль неорганическая 70-20 % SiO2", "бейорганикалық шаң 70-20 % SiO2"), "2902": ("взвешенные частицы", "қалқыма бөлшектер"),
         "0316": ("гидрохлорид", "гидрохлорид"), "0184": ("свинец", "қорғасын"), "0155": ("сода кальцинированная", "кальцийленген сода")}


def monitoring_jy1(doc: Doc) -> None:
    """A brick works' and its loam quarry's ПЭК schedule of control at the sources: the codes and short names of the
    substances in one cell, the quarters as columns under a merged header marked `+`, so that the frequency is read from
    the marks (four a year, two, one), the method last — instrumental at the kiln and dryer, by calculation at the quarry;
    then the protection zone's points in a second table of the same form (VI: a brick works' plan for 2026 with twelve month
    columns numbered 1–12 and marked `x`, the stacks quarterly and the ambient points twice a year)."""
    if doc.lang == "vi":
        _monitoring_jy1_vi(doc)
        return
    g = _g(doc)
    L = 0 if doc.lang == "ru" else 1
    w = doc.pick(BRICK_WORKS)
    doc.h(g(f"Программа производственного экологического контроля {w[0]} ({w[2]})", f"{w[1]} ({w[3]}) өндірістік экологиялық бақылау бағдарламасы"))
    doc.h(g("5. Мониторинг эмиссий и воздействия на атмосферный воздух", "5. Атмосфералық ауаға эмиссиялар мен әсер мониторингі"))
    head = [g(["№ ИЗА", "Источник", "Контролируемые вещества", "Сроки контроля (кварталы 2026 г.)", None, None, None, "Метод контроля"],
              ["ЛШК №", "Көз", "Бақыланатын заттар", "Бақылау мерзімдері (2026 ж. тоқсандары)", None, None, None, "Бақылау әдісі"]),
            [None, None, None, "I", "II", "III", "IV", None]]
    rows = [list(x) for x in head]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 7)] + [(0, 3, 0, 6)]
    pairs = []
    for number, s_ru, s_kk, codes, marks, calc in BRICK_PLAN:
        rows.append([number, (s_ru, s_kk)[L], "; ".join(f"{c} – {SHORT[c][L]}" for c in codes), *("+" if q in marks else "" for q in range(1, 5)),
                     g("расчетный", "есептік") if calc else g("инструментальный", "аспаптық")])
        for c in codes:
            doc.add("monitoring", {"source_number": number, "code": c, "frequency": MARKS[len(marks)]})
            pairs.append((number, c))
    doc.table(g("Таблица 5.1 – План-график контроля на источниках выбросов", "5.1-кесте – Шығарынды көздеріндегі бақылау жоспар-кестесі"), rows, merges,
              role="monitoring")
    doc.add("sources", *({"number": s[0], "type": _kind(s[0])} for s in BRICK_PLAN))
    doc.add("emissions", *(emission(c, None, None, n) for n, c in pairs))
    rows = [g(["Точка", "Местоположение", "Контролируемые вещества", "Сроки контроля (кварталы 2026 г.)", None, None, None, "Метод контроля"],
              ["Нүкте", "Орналасқан жері", "Бақыланатын заттар", "Бақылау мерзімдері (2026 ж. тоқсандары)", None, None, None, "Бақылау әдісі"]),
            [None, None, None, "I", "II", "III", "IV", None]]
    sides = g(("север", "восток", "юг", "запад"), ("солтүстік", "шығыс", "оңтүстік", "батыс"))
    codes = ("2908", "0301", "0337")
    for k, side in enumerate(sides, 1):
        rows.append([f"Т-{k}", g(f"граница СЗЗ (300 м), {side}", f"СҚА шекарасы (300 м), {side}"), "; ".join(f"{c} – {SHORT[c][L]}" for c in codes),
                     "", "+", "+", "", g("инструментальный", "аспаптық")])
        for c in codes:
            doc.add("monitoring", {"point": f"Т-{k}", "code": c, "frequency": "semiannual"})
    doc.table(g("Таблица 5.2 – Мониторинг воздействия на границе СЗЗ", "5.2-кесте – СҚА шекарасындағы әсер мониторингі"), rows,
              [(0, c, 1, c) for c in (0, 1, 2, 7)] + [(0, 3, 0, 6)], role="monitoring")
    doc.p(g("«+» – замеры выполняются в течение указанного квартала. Расчетный метод – по удельным показателям и фактическим объемам горных работ.",
            "«+» – өлшеулер көрсетілген тоқсан ішінде орындалады. Есептік әдіс – үлестік көрсеткіштер мен тау-кен жұмыстарының нақты көлемдері бойынша."))
    maybe_distractor(doc)


# (point, VI place, [(code, VI label)], months)
VN_BRICK_PLAN = (
    ("KT1", "Ống khói lò nung tuynel số 1 (sau tháp hấp thụ)", [("2902", "Bụi tổng"), ("0330", "SO2"), ("0301", "NOx (tính theo NO2)"), ("0337", "CO"),
                                                                   ("0342", "HF")], (3, 6, 9, 12)),
    ("KT2", "Ống khói lò nung tuynel số 2 (sau tháp hấp thụ)", [("2902", "Bụi tổng"), ("0330", "SO2"), ("0301", "NOx (tính theo NO2)"), ("0337", "CO"),
                                                                   ("0342", "HF")], (3, 6, 9, 12)),
    ("KK1", "Không khí xung quanh tại cổng nhà máy", [("2902", "Bụi tổng"), ("0330", "SO2"), ("0301", "NO2"), ("0337", "CO")], (6, 12)),
    ("KK2", "Khu dân cư thôn Đồng Mỏ, cách nhà máy 300 m về phía Đông Nam", [("2902", "Bụi tổng"), ("0330", "SO2"), ("0301", "NO2"), ("0337", "CO")], (6, 12)),
)  # fmt: skip


def _monitoring_jy1_vi(doc: Doc) -> None:
    key = doc.pick(("Sơn Đông", "Tam Dương"))
    doc.h(f"KẾ HOẠCH QUAN TRẮC MÔI TRƯỜNG NĂM 2026 – NHÀ MÁY GẠCH TUYNEL {key.upper()}")
    doc.p("Kế hoạch lập theo Giấy phép môi trường của nhà máy; đơn vị thực hiện: Trung tâm Quan trắc tài nguyên và môi trường tỉnh Phú Thọ (VIMCERTS 046).")
    rows = [["Ký hiệu", "Vị trí quan trắc", "Thông số", "Thời gian quan trắc (tháng)"] + [None] * 11,
            [None, None, None] + [str(m) for m in range(1, 13)]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 14)]
    for point, place, params, months in VN_BRICK_PLAN:
        rows.append([point, place, ", ".join(label for _, label in params), *("x" if m in months else "" for m in range(1, 13))])
        for code, _ in params:
            doc.add("monitoring", {"point": point, "code": code, "frequency": MARKS[len(months)]})
    doc.table("Bảng 1. Lịch quan trắc môi trường định kỳ", rows, merges, role="monitoring")
    doc.p("Chất thải rắn, chất thải nguy hại: theo dõi khối lượng phát sinh thường xuyên, ghi sổ và báo cáo trong báo cáo công tác bảo vệ môi trường năm.")
    maybe_distractor(doc)


# (number, RU, KK source, [(codes, RU, KK method, frequency)])
GLASS_PLAN = (
    ("0001", "Стекловаренная печь № 1", "№ 1 шыны балқыту пеші",
     [(("0301", "0330", "0337", "2902"), "АСМ (газоанализатор, пылемер)", "АМЖ (газталдағыш, шаңөлшегіш)", "continuous"),
      (("0342", "0316", "0184"), "инструментальный, аккредитованная лаборатория", "аспаптық, аккредиттелген зертхана", "quarterly")]),
    ("0002", "Стекловаренная печь № 2", "№ 2 шыны балқыту пеші",
     [(("0301", "0330", "0337", "2902"), "АСМ (газоанализатор, пылемер)", "АМЖ (газталдағыш, шаңөлшегіш)", "continuous"),
      (("0342", "0316", "0184"), "инструментальный, аккредитованная лаборатория", "аспаптық, аккредиттелген зертхана", "quarterly")]),
    ("0003", "Печи отжига (леры)", "Күйдіру пештері (лерлер)", [(("0301", "0337"), "инструментальный", "аспаптық", "semiannual")]),
    ("0005", "Аспирация составного цеха", "Шихта цехының аспирациясы", [(("2908", "0155"), "инструментальный", "аспаптық", "yearly")]),
)
FREQ_RK = {"continuous": ("непрерывно", "үздіксіз"), "quarterly": ("1 раз в квартал", "тоқсанына 1 рет"), "semiannual": ("1 раз в полугодие", "жарты жылда 1 рет"),
           "yearly": ("1 раз в год", "жылына 1 рет"), "monthly": ("ежемесячно", "ай сайын"), "daily": ("ежедневно", "күн сайын")}
# (point, RU, KK place, kind, keys, frequency)
GLASS_POINTS = (
    ("Скв-1", "фоновая, 300 м выше по потоку подземных вод", "фондық, жерасты сулары ағынынан 300 м жоғары", "water", ("pH", "Cl-", "SO4", "F-", "Pb"), "quarterly"),
    ("Скв-2", "ниже пруда-испарителя по потоку", "булану тоғанынан ағын бойынша төмен", "water", ("pH", "Cl-", "SO4", "F-", "Pb"), "quarterly"),
    ("ВП-1", "выпуск производственно-ливневых стоков в пруд-испаритель", "өндірістік-нөсер ағындарын булану тоғанына шығару", "water",
     ("pH", "TSS", "TPH", "SO4", "Cl-"), "monthly"),
    ("П-1", "почва, граница СЗЗ, север", "топырақ, СҚА шекарасы, солтүстік", "soil", ("Pb", "Zn", "Cu"), "yearly"),
    ("П-2", "почва, граница СЗЗ, юг", "топырақ, СҚА шекарасы, оңтүстік", "soil", ("Pb", "Zn", "Cu"), "yearly"),
)

# where each point lies from the centre of the site (lat, lon degrees)
SHIFT = {"Скв-1": (0.006, -0.008), "Скв-2": (-0.004, 0.005), "ВП-1": (-0.002, 0.003), "П-1": (0.0065, 0.0), "П-2": (-0.0065, 0.0)}


def monitoring_jy2(doc: Doc) -> None:
    """A container-glass plant's ПЭК: the furnaces' automated monitoring system for NOx, SO2, CO and dust continuously
    beside the laboratory's quarterly measurements of HF, HCl and lead at the same stacks (two rows per source, the source
    merged down), O2, temperature and flow measured too but no substances, the lehrs twice a year and the batch house once;
    then the wells, the outlet to the evaporation pond and the soil points with DMS coordinates as look-alikes, and a daily
    visual check of the pond's dam without substances (VI: a tile plant's GPMT, continuous and periodic parameters of each
    stack in one row under a merged header, a row across the table saying the waste water is recirculated and not
    monitored)."""
    if doc.lang == "vi":
        _monitoring_jy2_vi(doc)
        return
    g = _g(doc)
    L = 0 if doc.lang == "ru" else 1
    p = doc.pick(GLASS_PLANTS)
    doc.h(g(f"Программа производственного экологического контроля {p[4]}. Раздел 4. Мониторинг", f"{p[5]} өндірістік экологиялық бақылау бағдарламасы. 4-бөлім. Мониторинг"))
    rows = [g(["№ ИЗА", "Источник", "Контролируемые параметры", "Способ контроля", "Периодичность"],
              ["ЛШК №", "Көз", "Бақыланатын параметрлер", "Бақылау тәсілі", "Кезеңділігі"])]
    merges, pairs = [], []
    for number, s_ru, s_kk, groups in GLASS_PLAN:
        start = len(rows)
        for j, (codes, m_ru, m_kk, word) in enumerate(groups):
            text = ", ".join(f"{c} – {SHORT[c][L]}" for c in codes)
            if word == "continuous":
                text += g("; O2, температура, расход газа", "; O2, температура, газ шығыны")
            rows.append([number if j == 0 else None, (s_ru, s_kk)[L] if j == 0 else None, text, (m_ru, m_kk)[L], FREQ_RK[word][L]])
            for c in codes:
                doc.add("monitoring", {"source_number": number, "code": c, "frequency": word})
                pairs.append((number, c))
        _down(merges, start, len(rows) - 1, (0, 1))
    doc.table(g("Таблица 4.1 – Мониторинг эмиссий на источниках выбросов", "4.1-кесте – Шығарынды көздеріндегі эмиссиялар мониторингі"), rows, merges,
              role="monitoring")
    doc.add("sources", *({"number": s[0], "type": "organized"} for s in GLASS_PLAN))
    doc.add("emissions", *(emission(c, None, None, n) for n, c in pairs))
    rows = [g(["Точка контроля", "Координаты", "Контролируемые показатели", "Периодичность"], ["Бақылау нүктесі", "Координаттары", "Бақыланатын көрсеткіштер", "Кезеңділігі"])]
    hemi = g(("с.ш.", "в.д."), ("с.е.", "ш.б."))
    for point, d_ru, d_kk, kind, keys, word in GLASS_POINTS:
        dy, dx = SHIFT[point]
        la, lo, _, _ = _dms(doc, p[9] + dy, p[10] + dx, 0.0005)
        names = ", ".join((vocab.water if kind == "water" else vocab.soil)(k, doc.lang) for k in keys)
        rows.append([f"{point} ({(d_ru, d_kk)[L]})", f"{la} {hemi[0]}, {lo} {hemi[1]}", names, FREQ_RK[word][L]])
        for k in keys:
            doc.add("monitoring", {"point": point, "symbol": k, "frequency": word})
    rows.append([g("Пруд-испаритель", "Булану тоғаны"), "–", g("визуальный осмотр ограждающей дамбы и уровня воды", "қоршау бөгетін және су деңгейін көзбен шолу"),
                 FREQ_RK["daily"][L]])
    doc.table(g("Таблица 4.2 – Мониторинг воздействия на подземные воды и почвы", "4.2-кесте – Жерасты сулары мен топыраққа әсер мониторингі"), rows, role="monitoring")
    doc.p(g("Данные АСМ передаются в информационную систему уполномоченного органа в соответствии с Правилами ведения автоматизированной системы "
            "мониторинга эмиссий в окружающую среду.",
            "АМЖ деректері қоршаған ортаға эмиссиялар мониторингінің автоматтандырылған жүйесін жүргізу қағидаларына сәйкес уәкілетті органның "
            "ақпараттық жүйесіне беріледі."))
    maybe_distractor(doc)


# (point, VI stack, continuous [(code, label)], periodic [(code, label)])
VN_TILE_PLAN = (
    ("KT1", "Ống khói lò nung con lăn số 1", [("2902", "Bụi tổng"), ("0330", "SO2"), ("0301", "NOx (tính theo NO2)")], [("0342", "HF"), ("0337", "CO")]),
    ("KT2", "Ống khói lò nung con lăn số 2", [("2902", "Bụi tổng"), ("0330", "SO2"), ("0301", "NOx (tính theo NO2)")], [("0342", "HF"), ("0337", "CO")]),
    ("KT3", "Ống thải tháp sấy phun", [], [("2902", "Bụi tổng"), ("0330", "SO2"), ("0301", "NOx (tính theo NO2)")]),
    ("KT4", "Ống thải lọc bụi khu nghiền men", [], [("2902", "Bụi tổng")]),
)


def _monitoring_jy2_vi(doc: Doc) -> None:
    key = doc.pick(("Bình Xuyên", "Tiền Hải"))
    doc.h(f"GIẤY PHÉP MÔI TRƯỜNG – NHÀ MÁY GẠCH ỐP LÁT {key.upper()}. PHỤ LỤC 2: YÊU CẦU VỀ QUAN TRẮC KHÍ THẢI")
    rows = [["Vị trí", "Ký hiệu", "Quan trắc tự động, liên tục", "Quan trắc định kỳ", None],
            [None, None, "Thông số", "Thông số", "Tần suất"]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 3, 0, 4)]
    for point, name, auto, periodic in VN_TILE_PLAN:
        auto_txt = "Lưu lượng, nhiệt độ, O2 dư, " + ", ".join(lb for _, lb in auto) if auto else "Không thuộc đối tượng"
        rows.append([name, point, auto_txt, ", ".join(lb for _, lb in periodic), "06 tháng/lần"])
        for code, _ in auto:
            doc.add("monitoring", {"point": point, "code": code, "frequency": "continuous"})
        for code, _ in periodic:
            doc.add("monitoring", {"point": point, "code": code, "frequency": "semiannual"})
    _wide(rows, merges, "Nước thải sản xuất được tuần hoàn 100%, không xả ra môi trường: không thực hiện quan trắc nước thải.", 5)
    doc.table("Bảng 2.1. Vị trí, thông số và tần suất quan trắc", rows, merges, role="monitoring")
    doc.p("Dữ liệu quan trắc tự động, liên tục được truyền về Sở Nông nghiệp và Môi trường theo quy định tại Thông tư số 10/2021/TT-BTNMT.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

# (RU, KK object, clauses, frequency or None, RU, KK when, RU, KK leader)
AUDITS = (
    ("Составной цех: приемка и хранение сырья, дозирование и смешивание шихты", "Шихта цехы: шикізатты қабылдау және сақтау, шихтаны мөлшерлеу және араластыру",
     "6.1.2; 8.1", "quarterly", "ежеквартально (январь, апрель, июль, октябрь)", "тоқсан сайын (қаңтар, сәуір, шілде, қазан)", "инженер-эколог", "инженер-эколог"),
    ("Стекловаренный цех: печи, регенераторы, электрофильтры", "Шыны балқыту цехы: пештер, регенераторлар, электрсүзгілер", "6.1.2; 8.1; 9.1.1",
     "semiannual", "2 раза в год (март, сентябрь)", "жылына 2 рет (наурыз, қыркүйек)", "главный технолог", "бас технолог"),
    ("Склад ГСМ и площадки накопления отходов", "ЖЖМ қоймасы және қалдықтарды жинақтау алаңдары", "8.1; 8.2", "yearly", "1 раз в год (май)",
     "жылына 1 рет (мамыр)", "начальник службы ОТиПБ", "ЕҚжӨҚ қызметінің бастығы"),
    ("Лаборатория ОТК и автоматизированная система мониторинга эмиссий", "ТББ зертханасы және эмиссиялар мониторингінің автоматтандырылған жүйесі",
     "7.1; 9.1.1", "yearly", "1 раз в год (октябрь)", "жылына 1 рет (қазан)", "начальник ОТК", "ТББ бастығы"),
    ("Управление изменениями: новые виды стеклотары, реконструкция печей", "Өзгерістерді басқару: шыны ыдыстың жаңа түрлері, пештерді қайта жаңарту",
     "6.1.4; 8.1", None, "при каждом изменении, по решению представителя руководства", "әрбір өзгеріс кезінде, басшылық өкілінің шешімі бойынша",
     "представитель руководства по СЭМ", "ЭМЖ бойынша басшылық өкілі"),
    ("Оценка соответствия законодательным требованиям", "Заңнамалық талаптарға сәйкестікті бағалау", "9.1.2", "semiannual",
     "1 раз в полугодие (июнь, декабрь)", "жарты жылда 1 рет (маусым, желтоқсан)", "юрисконсульт", "заңгер-кеңесші"),
)  # fmt: skip


def inspections_jy1(doc: Doc) -> None:
    """A container-glass plant's programme of internal audits of its environmental management system to СТ РК ISO
    14001-2016: the audited shop or process, the standard's clause numbers (`6.1.2; 8.1; 9.1.1`) as look-alikes of the
    items' numbers, the frequency and the months in one cell, the audit team's leader; the audit of changes without a
    frequency (VI: a brick works' self-inspection plan for 2026, `hằng ngày`, `hằng tuần`, `03 tháng/lần`, and checks after
    heavy rain and on incidents without one, the records kept in a column of their own)."""
    if doc.lang == "vi":
        _inspections_jy1_vi(doc)
        return
    g = _g(doc)
    L = 0 if doc.lang == "ru" else 1
    p = doc.pick(GLASS_PLANTS)
    doc.h(g(f"Программа внутренних аудитов системы экологического менеджмента {p[4]} на 2026 год",
            f"{p[5]} экологиялық менеджмент жүйесінің 2026 жылға арналған ішкі аудиттер бағдарламасы"))
    doc.p(g("Аудиты проводятся на соответствие СТ РК ISO 14001-2016 и требованиям комплексного экологического разрешения. Отчет об аудите "
            "представляется генеральному директору в течение 10 рабочих дней.",
            "Аудиттер СТ РК ISO 14001-2016 және кешенді экологиялық рұқсат талаптарына сәйкестікке жүргізіледі. Аудит туралы есеп бас директорға "
            "10 жұмыс күні ішінде ұсынылады."))
    rows = [g(["№", "Объект аудита", "Пункты СТ РК ISO 14001-2016", "Периодичность, сроки", "Руководитель аудиторской группы"],
              ["№", "Аудит объектісі", "СТ РК ISO 14001-2016 тармақтары", "Кезеңділігі, мерзімдері", "Аудиторлық топ басшысы"])]
    for k, (o_ru, o_kk, clauses, word, w_ru, w_kk, a_ru, a_kk) in enumerate(AUDITS, 1):
        obj, actor = (o_ru, o_kk)[L], (a_ru, a_kk)[L]
        rows.append([str(k), obj, clauses, (w_ru, w_kk)[L], actor])
        item = {"kind": "inspection", "number": str(k), "text_contains": _first(obj.split(":")[0], 3), "actor_contains": actor}
        if word:
            item["frequency"] = word
        doc.add("obligations", item)
    doc.table(None, rows, role="inspections")
    distractor(doc, "approval")


VN_SELF_CHECKS = (
    ("Kiểm tra tình trạng hoạt động của hệ thống xử lý khí thải lò nung (tháp hấp thụ, quạt hút, bơm tuần hoàn)", "Tổ vận hành lò", "Hằng ngày", "daily",
     "Sổ vận hành"),
    ("Kiểm tra hệ thống phun sương dập bụi khu vực chứa đất, nhào trộn", "Tổ cơ điện", "Hằng tuần", "weekly", "Sổ theo dõi"),
    ("Kiểm tra kho chứa chất thải nguy hại: nhãn, biển cảnh báo, sổ theo dõi xuất nhập", "Cán bộ môi trường", "Hằng tháng", "monthly", "Biên bản kiểm tra"),
    ("Kiểm tra tổng thể việc thực hiện các nội dung của Giấy phép môi trường", "Ban Giám đốc", "03 tháng/lần", "quarterly", "Biên bản kiểm tra"),
    ("Kiểm tra mương thoát nước mưa, hố lắng quanh bãi chứa đất sét", "Tổ bảo vệ – môi trường", "Trước và sau mỗi đợt mưa lớn", None, "Sổ theo dõi"),
    ("Kiểm tra đột xuất khi có sự cố hoặc phản ánh của người dân", "Ban Giám đốc", "Khi có sự cố", None, "Biên bản"),
)


def _inspections_jy1_vi(doc: Doc) -> None:
    key = doc.pick(("Sơn Đông", "Tam Dương"))
    doc.h(f"KẾ HOẠCH TỰ KIỂM TRA CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2026 – NHÀ MÁY GẠCH TUYNEL {key.upper()}")
    doc.p("(Ban hành kèm theo Quyết định số 12/QĐ-GĐ ngày 05/01/2026 của Giám đốc nhà máy.)")
    rows = [["TT", "Nội dung kiểm tra", "Bộ phận thực hiện", "Tần suất", "Hồ sơ lưu"]]
    for k, (text, who, said, word, record) in enumerate(VN_SELF_CHECKS, 1):
        rows.append([str(k), text, who, said, record])
        item = {"kind": "inspection", "number": str(k), "text_contains": _first(text, 5), "actor_contains": who}
        if word:
            item["frequency"] = word
        doc.add("obligations", item)
    doc.table("Bảng 1. Nội dung, tần suất tự kiểm tra", rows, role="inspections")
    maybe_distractor(doc)


# ((RU, KK chapter), [(clause, RU text, KK text, RU key, KK key, RU, KK actor, frequency or None)])
QUARRY_RULES = (
    (("3. Карьер суглинков", "3. Саздақ карьері"), [
        ("3.1", "Ежедневно перед началом смены осматривать борта и уступы карьера на наличие заколов, оползней и размывов.",
         "Күн сайын ауысым басталар алдында карьердің борттары мен кемерлерін жарықтардың, көшкіндердің және шайылулардың болуына тексеру.",
         "борта и уступы карьера", "борттары мен кемерлерін", "горный мастер", "тау-кен шебері", "daily"),
        ("3.2", "Не реже одного раза в месяц проверять состояние водоотводных канав и зумпфа карьера.",
         "Айына кемінде бір рет карьердің су бұру арықтары мен зумпфының жай-күйін тексеру.",
         "водоотводных канав", "су бұру арықтары", "начальник карьера", "карьер бастығы", "monthly"),
        ("3.3", "Еженедельно проверять работу поливомоечной машины и выполнение графика пылеподавления на карьерных дорогах.",
         "Апта сайын суару-жуу машинасының жұмысын және карьер жолдарында шаң басу кестесінің орындалуын тексеру.",
         "графика пылеподавления", "шаң басу кестесінің", "механик карьера", "карьер механигі", "weekly"),
        ("3.4", "После каждого ливня осматривать откосы отвала вскрышных пород и ограждающий вал.",
         "Әрбір нөсерден кейін аршылған жыныстар үйіндісінің еңістерін және қоршау білігін тексеру.",
         "откосы отвала", "үйіндісінің еңістерін", "горный мастер", "тау-кен шебері", None),
        ("3.5", "Ежеквартально проверять соблюдение границ горного отвода по данным маркшейдерской съемки.",
         "Тоқсан сайын маркшейдерлік түсірілім деректері бойынша тау-кен бөлу шекараларының сақталуын тексеру.",
         "границ горного отвода", "тау-кен бөлу шекараларының", "маркшейдер", "маркшейдер", "quarterly")]),
    (("4. Кирпичный завод", "4. Кірпіш зауыты"), [
        ("4.1", "Ежесменно контролировать разрежение и температуру в зоне обжига туннельной печи по показаниям КИП.",
         "Әр ауысым сайын БӨА көрсеткіштері бойынша туннельді пештің күйдіру аймағындағы сиретуді және температураны бақылау.",
         "разрежение и температуру", "сиретуді және температураны", "мастер участка обжига", "күйдіру учаскесінің шебері", None),
        ("4.2", "Один раз в полугодие проверять герметичность газоходов и состояние циклона ЦН-15.",
         "Жарты жылда бір рет газ жолдарының герметикалығын және ЦН-15 циклонының жай-күйін тексеру.",
         "герметичность газоходов", "газ жолдарының герметикалығын", "главный механик", "бас механик", "semiannual"),
        ("4.3", "Ежегодно, до 1 апреля, проверять наличие договоров на передачу отходов и сроки их действия.",
         "Жыл сайын, 1 сәуірге дейін, қалдықтарды беруге арналған шарттардың болуын және олардың қолданылу мерзімдерін тексеру.",
         "договоров на передачу отходов", "қалдықтарды беруге арналған шарттардың", "инженер-эколог", "инженер-эколог", "yearly")]),
)  # fmt: skip


def inspections_jy2(doc: Doc) -> None:
    """A loam quarry's and brick works' rules of production control as numbered clauses (`3.1`) under chapter rows spanning
    the table, each clause one sentence that carries its own frequency (`Ежедневно перед началом смены`, `Не реже одного
    раза в месяц`, `Один раз в полугодие`), who acts and the record in columns; a per-shift check and a check after each
    downpour without a frequency (VI: a glass plant's check sheet of its electrostatic precipitator, semi-dry scrubber and
    CEMS under equipment rows, check codes `ESP-01` in place of numbers, `hằng ca` without a frequency)."""
    if doc.lang == "vi":
        _inspections_jy2_vi(doc)
        return
    g = _g(doc)
    L = 0 if doc.lang == "ru" else 1
    w = doc.pick(BRICK_WORKS)
    doc.h(g(f"Положение о производственном контроле {w[0]}", f"{w[1]} өндірістік бақылау туралы ереже"))
    doc.p(g(f"Область применения: {w[2]}. Результаты контроля фиксируются в журналах, формы которых приведены в приложениях 1–4.",
            f"Қолданылу саласы: {w[3]}. Бақылау нәтижелері нысандары 1–4-қосымшаларда келтірілген журналдарда тіркеледі."))
    rows = [g(["Пункт", "Требование", "Исполнитель", "Форма фиксации"], ["Тармақ", "Талап", "Орындаушы", "Тіркеу нысаны"])]
    merges = []
    for (c_ru, c_kk), clauses in QUARRY_RULES:
        _wide(rows, merges, (c_ru, c_kk)[L], 4)
        for number, t_ru, t_kk, k_ru, k_kk, a_ru, a_kk, word in clauses:
            actor = (a_ru, a_kk)[L]
            rows.append([number, (t_ru, t_kk)[L], actor, g(f"журнал (приложение {number[0]})", f"журнал ({number[0]}-қосымша)")])
            item = {"kind": "inspection", "number": number, "text_contains": (k_ru, k_kk)[L], "actor_contains": actor}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
    doc.table(None, rows, merges, role="inspections")
    maybe_distractor(doc)


# ((section), [(code, VI text, said, frequency or None, who)])
VN_GAS_CHECKS = (
    ("I. LỌC BỤI TĨNH ĐIỆN (ESP)", [
        ("ESP-01", "Kiểm tra điện áp, dòng điện các trường lọc trên màn hình điều khiển", "Hằng ca", None, "Trưởng ca lò nấu"),
        ("ESP-02", "Kiểm tra cơ cấu gõ rũ bụi điện cực lắng và điện cực phóng", "Hằng tuần", "weekly", "Tổ cơ điện"),
        ("ESP-03", "Kiểm tra vít tải, phễu thu bụi và van xả bụi", "Hằng ngày", "daily", "Trưởng ca lò nấu")]),
    ("II. THÁP PHẢN ỨNG BÁN KHÔ (PHUN SỮA VÔI)", [
        ("SDA-01", "Kiểm tra lưu lượng và nồng độ sữa vôi cấp cho tháp phản ứng", "Hằng ngày", "daily", "Trưởng ca lò nấu"),
        ("SDA-02", "Kiểm tra, vệ sinh béc phun sữa vôi", "Hằng tháng", "monthly", "Tổ cơ điện")]),
    ("III. HỆ THỐNG QUAN TRẮC KHÍ THẢI TỰ ĐỘNG (CEMS)", [
        ("CEMS-01", "Kiểm tra điểm không và điểm chuẩn (zero/span) của thiết bị phân tích khí", "Hằng tuần", "weekly", "Phòng Môi trường"),
        ("CEMS-02", "Kiểm định, hiệu chuẩn thiết bị quan trắc tự động", "12 tháng/lần", "yearly", "Đơn vị kiểm định được chỉ định"),
        ("CEMS-03", "Kiểm tra đường truyền dữ liệu về Sở Nông nghiệp và Môi trường", "Hằng ngày", "daily", "Phòng Môi trường")]),
)


def _inspections_jy2_vi(doc: Doc) -> None:
    owner, key, _ = doc.pick(VN_GLASS)
    doc.h(f"BẢNG KIỂM TRA ĐỊNH KỲ HỆ THỐNG XỬ LÝ KHÍ THẢI LÒ NẤU THỦY TINH – {owner.upper()}")
    doc.p(f"Áp dụng cho lò nấu số 1 và số 2, Nhà máy sản xuất chai lọ thủy tinh {key}. Kết quả kiểm tra ghi vào sổ vận hành hệ thống xử lý khí thải.")
    rows = [["Mã", "Hạng mục kiểm tra", "Tần suất", "Người thực hiện"]]
    merges = []
    for section, checks in VN_GAS_CHECKS:
        _wide(rows, merges, section, 4)
        for code, text, said, word, who in checks:
            rows.append([code, text, said, who])
            item = {"kind": "inspection", "text_contains": _first(text, 5), "actor_contains": who}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
    doc.table(None, rows, merges, role="inspections")
    maybe_distractor(doc)


# ---------------------------------------------------------------- tasks

# (RU, KK component, RU, KK measure, RU, KK volume, money thousand tenge, start, end, RU, KK effect)
BRICK_MEASURES = (
    ("атмосферный воздух", "атмосфералық ауа", "Установка рукавного фильтра на аспирации глинообрабатывающего отделения взамен циклона ЦН-15",
     "Саз өңдеу бөлімшесінің аспирациясына ЦН-15 циклонының орнына жеңді сүзгі орнату", "1 комплект, 18 000 м³/ч", "1 жинақ, 18 000 м³/сағ", 46500,
     "II кв. 2026", "IV кв. 2026", "снижение выбросов пыли на 2,1 т/год", "шаң шығарындыларын жылына 2,1 т азайту"),
    ("атмосферный воздух", "атмосфералық ауа", "Автоматизация режима горения туннельной печи с контролем O2 и CO в отходящих газах",
     "Шығатын газдардағы O2 және CO бақылауымен туннельді пештің жану режимін автоматтандыру", "1 печь", "1 пеш", 28000, "I кв. 2026", "III кв. 2026",
     "снижение выбросов CO на 15 %", "CO шығарындыларын 15 %-ға азайту"),
    ("атмосферный воздух", "атмосфералық ауа", "Пылеподавление карьерных дорог поливомоечной машиной", "Карьер жолдарында суару-жуу машинасымен шаң басу",
     "2,4 км, 120 дней в году", "2,4 км, жылына 120 күн", 6200, "апрель 2026", "октябрь 2026", "снижение пыления на 60 %", "шаңдануды 60 %-ға азайту"),
    ("водные ресурсы", "су ресурстары", "Устройство водоотводных канав и отстойника карьерных вод", "Карьер суларына арналған су бұру арықтары мен тұндырғыш салу",
     "850 м канав, отстойник 300 м³", "850 м арық, 300 м³ тұндырғыш", 12800, "май 2026", "август 2026", "исключение размыва отвала", "үйіндінің шайылуын болдырмау"),
    ("отходы", "қалдықтар", "Возврат боя кирпича в производство после дробления в шамот", "Кірпіш сынығын шамотқа ұсатқаннан кейін өндіріске қайтару",
     "до 2 000 т/год", "жылына 2 000 т дейін", 9700, "III кв. 2026", "IV кв. 2026", "сокращение размещения отходов", "қалдықтарды орналастыруды қысқарту"),
    ("земельные ресурсы", "жер ресурстары", "Рекультивация отработанного участка карьера площадью 3,2 га", "Карьердің 3,2 га өңделген учаскесін рекультивациялау",
     "3,2 га", "3,2 га", 21400, "2026", "2027", "возврат земель в оборот", "жерлерді айналымға қайтару"),
    ("растительный мир", "өсімдіктер әлемі", "Озеленение санитарно-защитной зоны", "Санитариялық-қорғаныш аймағын көгалдандыру",
     "1 200 саженцев карагача и тополя", "1 200 қарағаш пен терек көшеті", 4300, "апрель 2026", "май 2026", "пылезащитная полоса", "шаңнан қорғайтын белдеу"),
)  # fmt: skip


def tasks_jy1(doc: Doc) -> None:
    """A brick works' plan of environmental measures for 2026–2027 annexed to its permit: the component of the environment,
    the measure, the volume of works full of figures (`18 000 м³/ч`, `3,2 га`), the money in thousands of tenge, the source of
    money and the start and end under a merged header, the expected effect with per cent and tonnes; no one named to act,
    the total of money last (VI: a clay pit's plan of restoring the land under section rows of the pit, the overburden dump
    and the auxiliary area, units and volumes in columns, who acts in the last)."""
    if doc.lang == "vi":
        _tasks_jy1_vi(doc)
        return
    g = _g(doc)
    L = 0 if doc.lang == "ru" else 1
    w = doc.pick(BRICK_WORKS)
    doc.h(g(f"План мероприятий по охране окружающей среды на 2026–2027 годы. {w[0]}", f"{w[1]}. 2026–2027 жылдарға арналған қоршаған ортаны қорғау жөніндегі іс-шаралар жоспары"))
    rows = [g(["№ п/п", "Компонент", "Наименование мероприятия", "Объем планируемых работ", "Общая стоимость, тыс. тенге", "Источник финансирования",
               "Срок выполнения", None, "Ожидаемый экологический эффект"],
              ["Р/с №", "Компонент", "Іс-шараның атауы", "Жоспарланған жұмыстар көлемі", "Жалпы құны, мың теңге", "Қаржыландыру көзі", "Орындау мерзімі", None,
               "Күтілетін экологиялық әсер"]),
            g([None, None, None, None, None, None, "начало", "окончание", None], [None, None, None, None, None, None, "басы", "соңы", None])]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 4, 5, 8)] + [(0, 6, 0, 7)]
    total = 0
    for k, (c_ru, c_kk, m_ru, m_kk, v_ru, v_kk, money, start, end, e_ru, e_kk) in enumerate(BRICK_MEASURES, 1):
        text = (m_ru, m_kk)[L]
        total += money
        rows.append([str(k), (c_ru, c_kk)[L], text, (v_ru, v_kk)[L], num(money, doc.lang), g("собственные средства", "меншікті қаражат"),
                     start if L == 0 else start.replace("кв.", "тоқ.").replace("апрель", "сәуір").replace("май", "мамыр").replace("август", "тамыз"),
                     end if L == 0 else end.replace("кв.", "тоқ.").replace("октябрь", "қазан").replace("май", "мамыр").replace("август", "тамыз"),
                     (e_ru, e_kk)[L]])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _first(text, 4)})
    rows.append(["", "", g("Итого", "Барлығы"), "", num(total, doc.lang), "", "", "", ""])
    doc.table(None, rows, merges, role="tasks")
    maybe_distractor(doc)


VN_RESTORE = (
    ("I. KHU VỰC MOONG KHAI THÁC", [
        ("San gạt, bạt taluy bờ moong về góc dốc ổn định không quá 35°", "m³", "12.400", "Năm 2027", "Nhà thầu thi công"),
        ("Đắp đê bao, trồng cỏ chống xói lở bờ moong", "m²", "3.600", "Quý I/2028", "Nhà thầu thi công"),
        ("Cải tạo moong thành hồ chứa nước phục vụ tưới tiêu", "ha", "2,8", "Quý II/2028", "Chủ đầu tư phối hợp UBND xã")]),
    ("II. BÃI THẢI ĐẤT PHỦ", [
        ("Hoàn thổ, san phẳng bãi thải, phủ lớp đất màu dày 0,3 m", "m³", "5.200", "Quý I/2028", "Nhà thầu thi công"),
        ("Trồng cây keo lai trên mặt bãi thải, mật độ 1.600 cây/ha", "cây", "4.480", "Quý II/2028", "Chủ đầu tư")]),
    ("III. KHU PHỤ TRỢ, ĐƯỜNG VẬN CHUYỂN", [
        ("Tháo dỡ lán trại, trạm cân, thu dọn mặt bằng khu phụ trợ", "m²", "850", "Quý III/2028", "Chủ đầu tư"),
        ("Gia cố mặt đường vận chuyển và bàn giao cho địa phương", "m", "1.250", "Quý III/2028", "Nhà thầu thi công")]),
)


def _tasks_jy1_vi(doc: Doc) -> None:
    key = doc.pick(("Sơn Đông", "Tam Dương"))
    doc.h(f"PHƯƠNG ÁN CẢI TẠO, PHỤC HỒI MÔI TRƯỜNG MỎ SÉT GẠCH NGÓI {key.upper()}")
    doc.h("Chương 3. Kế hoạch thực hiện các hạng mục cải tạo, phục hồi môi trường")
    doc.p("Diện tích khu vực khai thác 9,6 ha; trữ lượng khai thác 1.150.000 m³ sét; thời gian khai thác 12 năm. Tiền ký quỹ cải tạo, phục hồi môi trường nộp tại "
          "Quỹ Bảo vệ môi trường tỉnh Phú Thọ.")
    rows = [["TT", "Hạng mục công việc", "Đơn vị", "Khối lượng", "Thời gian thực hiện", "Đơn vị thực hiện"]]
    merges = []
    n = 0
    for section, items in VN_RESTORE:
        _wide(rows, merges, section, 6)
        for text, unit, qty, when, who in items:
            n += 1
            rows.append([str(n), text, unit, qty, when, who])
            doc.add("obligations", {"kind": "task", "number": str(n), "text_contains": _first(text, 5), "actor_contains": who})
    doc.table("Bảng 3.1. Kế hoạch thực hiện cải tạo, phục hồi môi trường", rows, merges, role="tasks")
    maybe_distractor(doc)


# (RU, KK violation, RU, KK requirement, RU, KK deadline, norm)
ORDER_ITEMS = (
    ("Перерывы в передаче данных АСМ стекловаренной печи № 2 в информационную систему уполномоченного органа",
     "№ 2 шыны балқыту пеші АМЖ деректерін уәкілетті органның ақпараттық жүйесіне берудегі үзілістер",
     "Восстановить непрерывную передачу данных автоматизированной системы мониторинга эмиссий печи № 2",
     "№ 2 пештің эмиссиялар мониторингінің автоматтандырылған жүйесі деректерінің үздіксіз берілуін қалпына келтіру",
     "до 01.03.2026", "01.03.2026 дейін", ("ст. 186 ЭК РК", "ҚР ЭК 186-бабы")),
    ("Пыль электрофильтров накапливается на открытой площадке без твердого покрытия более шести месяцев",
     "Электрсүзгілердің шаңы қатты жабыны жоқ ашық алаңда алты айдан астам жинақталады",
     "Вывезти накопленную пыль электрофильтров и оборудовать крытую площадку накопления с твердым покрытием",
     "Жинақталған электрсүзгі шаңын шығару және қатты жабынды жабық жинақтау алаңын жабдықтау", "до 01.04.2026", "01.04.2026 дейін", ("п. 2 ст. 320 ЭК РК", "ҚР ЭК 320-бабының 2-тармағы")),
    ("Отчет по программе ПЭК за III квартал 2025 года представлен с нарушением срока", "2025 жылғы III тоқсандағы ӨЭБ бағдарламасы бойынша есеп мерзімін бұза отырып ұсынылды",
     "Обеспечить представление отчетов по программе производственного экологического контроля в установленный срок",
     "Өндірістік экологиялық бақылау бағдарламасы бойынша есептердің белгіленген мерзімде ұсынылуын қамтамасыз ету", "постоянно", "тұрақты", ("ст. 186 ЭК РК", "ҚР ЭК 186-бабы")),
    ("По результатам инструментальных замеров превышен норматив выбросов гидрофторида стекловаренной печи № 1",
     "Аспаптық өлшеулер нәтижелері бойынша № 1 шыны балқыту пешінің гидрофторид шығарындыларының нормативі асып кетті",
     "Разработать и выполнить мероприятия по снижению выбросов гидрофторида печи № 1, представить протокол повторных замеров",
     "№ 1 пештің гидрофторид шығарындыларын азайту жөніндегі іс-шараларды әзірлеу және орындау, қайталама өлшеулер хаттамасын ұсыну",
     "до 30.06.2026", "30.06.2026 дейін", ("КЭР, приложение 2", "КЭР, 2-қосымша")),
    ("Площадка временного хранения стеклобоя не огорожена, информационные знаки отсутствуют",
     "Шыны сынықтарын уақытша сақтау алаңы қоршалмаған, ақпараттық белгілер жоқ",
     "Установить ограждение и информационные знаки на площадке временного хранения стеклобоя",
     "Шыны сынықтарын уақытша сақтау алаңына қоршау мен ақпараттық белгілер орнату", "до 15.03.2026", "15.03.2026 дейін", ("ст. 320 ЭК РК", "ҚР ЭК 320-бабы")),
)  # fmt: skip


def tasks_jy2(doc: Doc) -> None:
    """A regional Department of Ecology's order to a container-glass plant to remove the violations found by an unscheduled
    inspection: the violation, what is required (the task), the deadline (`до 01.03.2026`, `постоянно`) and the article of
    the Environmental Code broken (`п. 2 ст. 320 ЭК РК`) as look-alikes of the items' numbers; the operator named in the
    preamble only (VI: a tile plant's plan of remedying the faults found by the provincial inspection, the conclusion's
    number `215/KL-SNNMT` as a look-alike, the unit that acts and the money in millions of dong)."""
    if doc.lang == "vi":
        _tasks_jy2_vi(doc)
        return
    r, g = doc.rng, _g(doc)
    L = 0 if doc.lang == "ru" else 1
    p = doc.pick(GLASS_PLANTS)
    region = {"4310": ("Кызылординской области", "Қызылорда облысы"), "5128": ("Туркестанской области", "Түркістан облысы")}[p[8]]
    doc.h(g(f"Предписание об устранении нарушений экологического законодательства Республики Казахстан № {r.randint(10, 99)}-П от {r.randint(1, 28):02d}.12.2025",
            f"2025 ж. {r.randint(1, 28):02d}.12. № {r.randint(10, 99)}-П Қазақстан Республикасының экологиялық заңнамасын бұзушылықтарды жою туралы нұсқама"))
    doc.p(g(f"РГУ «Департамент экологии по {region[0]}» по результатам внеплановой проверки {p[4]} ({p[0]}) предписывает устранить следующие нарушения:",
            f"«{region[1]} бойынша экология департаменті» РММ {p[5]} ({p[1]}) жоспардан тыс тексеру нәтижелері бойынша мынадай бұзушылықтарды жоюды нұсқайды:"))
    rows = [g(["№", "Выявленное нарушение", "Требуется", "Срок исполнения", "Нарушенная норма"], ["№", "Анықталған бұзушылық", "Талап етіледі", "Орындау мерзімі", "Бұзылған норма"])]
    for k, (v_ru, v_kk, t_ru, t_kk, d_ru, d_kk, norm) in enumerate(ORDER_ITEMS, 1):
        text = (t_ru, t_kk)[L]
        rows.append([str(k), (v_ru, v_kk)[L], text, (d_ru, d_kk)[L], norm[L]])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _first(text, 4)})
    doc.table(None, rows, role="tasks")
    doc.p(g("О выполнении предписания сообщить в Департамент в письменной форме в течение 10 рабочих дней после истечения каждого срока. "
            "Неисполнение предписания влечет ответственность по статье 330 КоАП РК.",
            "Нұсқаманың орындалуы туралы әрбір мерзім өткеннен кейін 10 жұмыс күні ішінде Департаментке жазбаша хабарлау қажет. "
            "Нұсқаманы орындамау ҚР ӘҚБтК 330-бабы бойынша жауаптылыққа әкеп соғады."))


VN_REMEDY = (
    ("Chưa lắp đặt thiết bị đo lưu lượng tại đầu ra hệ thống xử lý khí thải lò nung số 2",
     "Lắp đặt thiết bị đo lưu lượng, nhiệt độ và kết nối truyền dữ liệu về Sở Nông nghiệp và Môi trường", "30/6/2026", "Phòng Cơ điện", "450"),
    ("Kho chứa CTNH chưa có rãnh thu gom chất lỏng tràn đổ", "Cải tạo kho chứa chất thải nguy hại: làm rãnh, hố thu chất lỏng, bổ sung biển cảnh báo",
     "31/3/2026", "Phòng Hành chính – Nhân sự", "85"),
    ("Bùn thải hệ thống xử lý nước thải mài, tráng men chưa được phân định", "Lấy mẫu phân định bùn thải và chuyển giao theo kết quả phân định",
     "30/4/2026", "Phòng An toàn – Môi trường", "40"),
    ("Chưa ban hành kế hoạch ứng phó sự cố môi trường", "Xây dựng, ban hành kế hoạch phòng ngừa, ứng phó sự cố môi trường và tổ chức diễn tập",
     "30/9/2026", "Phòng An toàn – Môi trường", "60"),
    ("Bụi phát tán tại khu vực tập kết nguyên liệu ngoài trời", "Che phủ bãi nguyên liệu, lắp hệ thống phun sương dập bụi", "31/5/2026", "Xưởng Nguyên liệu", "320"),
)


def _tasks_jy2_vi(doc: Doc) -> None:
    company = doc.pick(("Công ty Cổ phần Gạch ốp lát Bình Xuyên", "Công ty TNHH Gốm sứ Tiền Hải Xanh"))
    doc.h(f"KẾ HOẠCH KHẮC PHỤC CÁC TỒN TẠI THEO KẾT LUẬN KIỂM TRA SỐ 215/KL-SNNMT NGÀY 18/11/2025 – {company.upper()}")
    doc.p("Căn cứ Kết luận kiểm tra việc chấp hành pháp luật về bảo vệ môi trường của Sở Nông nghiệp và Môi trường, Công ty xây dựng kế hoạch khắc phục như sau:")
    rows = [["TT", "Tồn tại, hạn chế", "Biện pháp khắc phục", "Thời hạn hoàn thành", "Bộ phận thực hiện", "Kinh phí dự kiến (triệu đồng)"]]
    for k, (fault, fix, when, who, money) in enumerate(VN_REMEDY, 1):
        rows.append([str(k), fault, fix, when, who, money])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _first(fix, 5), "actor_contains": who})
    doc.table("Bảng 1. Kế hoạch khắc phục", rows, role="tasks")
    doc.p("Công ty báo cáo kết quả khắc phục về Sở Nông nghiệp và Môi trường trước ngày 15/10/2026.")
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"JY{k}", globals()[f"{role}_jy{k}"]) for role in ROLES for k in (1, 2)]
