"""A blind held-out set (two layouts per role, `IY1` and `IY2`): never used for tuning, written by someone who neither
ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`.

Theme: lime, gypsum, asbestos-cement and building stone. Kazakhstan: the chrysotile-asbestos mine and mill at Zhitikara
with its overburden dumps, tailings and town posts, shaft lime kilns with their hydration unit, a gypsum and plaster
works with its sludge pond, a slate (asbestos-cement sheet) plant at Semey, a granite quarry at Kordai with a
stone-cutting shop near Almaty (a mining plan's general section, a ПЭК programme's section on two objects, an inventory
of release and emission sources, an НДВ table by shops, a report on the inventory of wastes, a waste section of an
asbestos-cement plant, a protocol of measurements at kilns, groundwater around a sludge pond over three years, ПЭК
programmes, a sampling calendar, a production-control schedule along the asbestos flow, an order's annex on who answers
for and who checks each object, a plan of nature-protection measures and an amended plan). Vietnam: limestone quarries
and lime kilns of Ninh Bình and Thanh Hóa, a stone crushing site and a terrazzo maker, fibre-cement roofing plants at
Đồng Văn and Bỉm Sơn, a granite tile workshop (phiếu điều tra cơ sở sản xuất vôi, báo cáo công tác bảo vệ môi trường,
báo cáo đề xuất cấp GPMT, đăng ký môi trường, kết quả quan trắc, a giấy phép môi trường's programme, kế hoạch quan trắc,
kế hoạch kiểm tra, quyết định phân công, kế hoạch chuyển đổi lò vôi, kế hoạch điều chỉnh). Every plant, person and
figure is invented; pollutant and waste codes are real.

Facility: the general section of a mining plan for the chrysotile deposit, `№ | показатель | ед. изм. | значение` under
three section rows (subsoil user, deposit, object), the sole shareholder with a BIN of its own and the licence's number
among the identity lines, the reserves `категорий А+В+С1` and the deposit's `группа сложности` as look-alikes of the
category, the centre of the mining allotment in decimal degrees with the hemisphere words after them, the year-by-year
technical indicators in a table of no role (VI: a provincial Department of Construction's survey form of a lime works for
the roadmap of closing manual kilns, numbered questions under Roman sections, a GPS reading in decimal degrees, `Nhóm II`,
the kilns in a table of no role) (IY1); a granite company's ПЭК programme whose card has a column per object — a quarry of
category II and a stone-cutting shop of category III in other districts — under the operator's lines merged across both
columns, coordinates in degrees, minutes and seconds, so that one BIN gives two facilities (VI: the annual report of a
fibre-cement company with two factories as columns, the enterprise number merged across them, `Nhóm II` and `Nhóm III`)
(IY2).

Emissions: a lime works' inventory in two tables — the sources of release numbered `001` … under shop rows merged down,
each naming the emission source it goes to and the tonnes leaving it before cleaning, then the emission sources with their
height, diameter, cleaning unit and efficiency and the g/s and t/year after cleaning, which alone are the emissions (VI: a
lime plant's stacks with the concentration and load before treatment, the efficiency and then the concentration and loads
after it, named sources) (IY1); a slate plant's НДВ table under shop rows that carry the working regime, asbestos-bearing
dust of class 1 beside cement dust, a reserve boiler that is normed, a source dismantled in 2025 with dashes, totals and
`в том числе твердые / газообразные` (VI: a stone crushing site and terrazzo maker's environmental registration, the hours a
day, the kilograms a day and the g/s under lettered area rows, wet grinding with no dust, no tonnes a year) (IY2).

Wastes: the mine and mill's report on the inventory of wastes for 2025, stock, formed, used, handed over, placed and stock
again, whose two section rows alone say the unit — thousand tonnes for overburden and tailings, tonnes for the rest — the
formed amount the item (VI: a limestone quarry and lime works' annual report, the overburden in m³ with its tonnes in
brackets, CTNH in kilograms) (IY1); a slate plant's waste section under `содержащие асбест / не содержащие асбест` rows,
hazardous properties beside the code, the sheet scrap and the circulating sludge returned to production as rows of no
waste, lamps in pieces with their tonnes in brackets (VI: a fibre-cement plant's CTNH and ordinary wastes by half-year with
the year's amount last) (IY2).

Limits: a protocol at a lime works' shaft kilns, the substances as rows and each kiln a column pair `факт | норматив`
headed `ИЗА 0001 (печь № 1)`, gas flow and temperature rows of no norm, a kiln under overhaul merged down its pair (VI: the
ambient air around a stone crushing cluster against QCVN 05:2023/BTNMT one-hour values in µg/m³, noise against QCVN
26:2010/BTNMT and PM10 without a one-hour value) (IY1); groundwater around a gypsum works' sludge pond, a row spanning the
table per well over its three years, a well drilled in 2024 whose 2023 row says so, the drinking-water ПДК as a row,
hardness without a key (VI: a granite tile workshop's water after the settling tanks, recycled, beside the discharge
point that alone QCVN 40:2011/BTNMT column B with Kq and Kf applies to) (IY2).

Monitoring: the chrysotile mine and mill's ПЭК programme whose place cells hold ranges — `ИЗА 0001 – 0004`, `П-1 – П-4` —
to be read as every source and post between, the town post, drainage water at an outlet (VI: a lime works' GPMT programme
with a small stack not subject to periodic monitoring) (IY1); a granite quarry's sampling calendar for 2026 with the twelve
months as columns and `+` where a sample is taken, no frequency column, so that the marks alone tell monthly, quarterly,
twice a year or once (VI: a stone crushing site's plan, `T1` … `T12` marked `x`) (IY2).

Inspections: a slate plant's schedule of production control along the flow of chrysotile — wagons unloaded, the store,
bag opening, bag filters, edge runners, trimming, the store of asbestos-bearing wastes — checks at each unloading and every
shift without a frequency of the contract, the record kept in a last column (VI: a fibre-cement plant's flow from the
amiăng store to the waste store) (IY1); the annex of a granite quarry's order naming for each object the one who answers
for its state and, in another column, the one who checks it, who alone is the checker (VI: a stone crushing company's
decision, `Người phụ trách` beside `Người kiểm tra`) (IY2).

Tasks: the mine and mill's plan of nature-protection measures under the Code's directions, items `1.1`, the money by
quarter under a merged header, the source of financing, the responsible and the expected effect (VI: a Thanh Hóa lime
company's plan of converting its kilns with start and end dates and the unit doing each item) (IY1); a gypsum works' plan
amended in the year, measures carried over from 2025 marked in a note column, an item whose row says only that it was
struck out, the numbering going on after it (VI: a stone company's adjusted plan, a `Hủy bỏ` row) (IY2).
"""

from __future__ import annotations

from decimal import Decimal

from . import vocab
from .common import Doc, distractor, freq, make_bin, maybe_distractor, num
from .limits_data import add, limit
from .registry import ROLES, Layout
from .sources_data import emission

# ---------------------------------------------------------------- helpers


def _L(doc: Doc) -> int:
    """0 for a Russian document, 1 for a Kazakh one."""
    return 0 if doc.lang == "ru" else 1


def _sig(x: float, digits: int = 3) -> float:
    return float(f"{x:.{digits}g}")


def _words(text: str, n: int = 4) -> str:
    return " ".join(text.split()[:n]).rstrip(",;:.")


def _core(name: str) -> str:
    """The quoted part of a name (`Жітіқара` of `Месторождение «Жітіқара»`)."""
    return name.split("«", 1)[1].split("»", 1)[0] if "«" in name else name


def _kato(doc: Doc, prefix: str) -> str:
    """A nine-digit KATO code starting with the district's prefix."""
    r = doc.rng
    rest = 9 - len(prefix) - 3
    return f"{prefix}{r.randint(10 ** (rest - 1), 10**rest - 1)}{r.choice(('000', '100'))}"


HEMI = {"ru": ("с.ш.", "в.д."), "kk": ("с.е.", "ш.б."), "vi": ("B", "Đ")}


def _dms(value: float, lat: bool, lang: str) -> tuple[str, float]:
    """`43°00′36,5″ с.ш.` and the decimal degrees it stands for."""
    d = int(value)
    m = int((value - d) * 60)
    s = round((value - d - m / 60) * 3600, 1)
    if s >= 60:
        m, s = m + 1, 0.0
    sec = f"{s:04.1f}".replace(".", ",")
    return f"{d}°{m:02d}′{sec}″ {HEMI[lang][0 if lat else 1]}", d + m / 60 + s / 3600


def _span(rows: list, merges: list, text: str, width: int) -> None:
    """A row whose first cell spans the table."""
    rows.append([text] + [None] * (width - 1))
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))


def _kind(number: str) -> str:
    return "unorganized" if number.startswith("6") else "organized"


def _msdn(doc: Doc, prefix: str) -> str:
    """A Vietnamese enterprise number of the province whose tax office gave it (`28` Thanh Hóa, `07` Hà Nam)."""
    return prefix + f"{doc.rng.randint(0, 99999999):08d}"


def _mul(a: float, b: float) -> float:
    """a × b without binary noise."""
    return float(Decimal(repr(a)) * Decimal(repr(b)))


# code: (RU, KK, hazard class as the KZ list gives it) — pollutants of lime, gypsum, asbestos-cement and stone
AIR = {
    "2931": ("Пыль асбестосодержащая (с содержанием хризотиласбеста до 10%)",
             "Құрамында асбест бар шаң (хризотил-асбест мөлшері 10%-ға дейін)", 1),
    "2909": ("Пыль неорганическая, содержащая двуокись кремния менее 20%", "Бейорганикалық шаң: кремний қостотығы 20%-дан кем", 3),
    "2908": ("Пыль неорганическая, содержащая двуокись кремния в %: 70-20", "Бейорганикалық шаң: кремний қостотығы 70-20%", 3),
    "0128": ("Кальций оксид (Негашеная известь)", "Кальций оксиді (сөндірілмеген әк)", None),
    "0214": ("Кальций дигидрооксид (Гашеная известь)", "Кальций дигидроксиді (сөндірілген әк)", 3),
    "0301": ("Азота диоксид", "Азот диоксиді", 2),
    "0304": ("Азот (II) оксид", "Азот оксиді", 3),
    "0330": ("Сера диоксид", "Күкірт диоксиді", 3),
    "0337": ("Углерод оксид", "Көміртек оксиді", 4),
    "0328": ("Углерод (Сажа)", "Көміртек (күйе)", 3),
    "2902": ("Взвешенные частицы", "Қалқыма бөлшектер", 3),
}  # fmt: skip


def _air(doc: Doc, code: str) -> str:
    return AIR[code][_L(doc)]


def _hz(code: str) -> int | None:
    return AIR[code][2]


DAILY = {"ru": "ежедневно", "kk": "күн сайын", "vi": "hằng ngày"}
WEEKLY = {"ru": "еженедельно", "kk": "апта сайын", "vi": "hằng tuần"}


def _often(doc: Doc, word: str) -> str:
    """A frequency as the document writes it, daily and weekly included."""
    if word == "daily":
        return DAILY[doc.lang]
    if word == "weekly":
        return WEEKLY[doc.lang]
    return freq(doc, word)


# ---------------------------------------------------------------- facility

# (RU, KK) pairs of the chrysotile mine and mill
MINE = {
    "name": ("Месторождение хризотил-асбеста «Жітіқара» (карьер и обогатительная фабрика)",
             "«Жітіқара» хризотил-асбест кен орны (карьер және байыту фабрикасы)"),
    "operator": ("АО «Жітіқара Хризотил»", "«Жітіқара Хризотил» АҚ"),
    "parent": ("ТОО «Торғай Минерал Холдинг»", "«Торғай Минерал Холдинг» ЖШС"),
    "place": ("Костанайская область, Житикаринский район, г. Житикара, промышленная зона «Карьер»",
              "Қостанай облысы, Жітіқара ауданы, Жітіқара қ., «Карьер» өнеркәсіп аймағы"),
}  # fmt: skip


def facility_iy1(doc: Doc) -> None:
    """The general section of a mining plan for the chrysotile-asbestos deposit at Zhitikara, `№ п/п | наименование
    показателя | ед. изм. | значение` under three section rows — the subsoil user, the deposit, the object — the identity
    lines carrying a dash as their unit; the sole shareholder with a BIN of its own, the mining licence and the old contract
    among them, the balance reserves `категорий А+В+С1` and the deposit's `группа сложности` as look-alikes of the category,
    which comes last with its ground in the Code; the centre of the mining allotment in decimal degrees with a comma and the
    hemisphere words after them; the technical indicators by year in a table of no role after it (VI: a provincial
    Department of Construction's survey form of a lime works for the roadmap of closing manual kilns)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_iy1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    name, operator, parent, place = (MINE[k][L] for k in ("name", "operator", "parent", "place"))
    bin_, parent_bin = make_bin(r), make_bin(r)
    kato = _kato(doc, "394")
    lat, lon = round(52.188 + r.uniform(-0.006, 0.006), 4), round(61.156 + r.uniform(-0.006, 0.006), 4)
    lic = f"{r.randint(12, 48)}-ML"
    reserves = round(r.uniform(380, 460), 1)
    fibre = round(reserves * r.uniform(0.032, 0.041) * 1000)
    ore = r.randint(19, 24) * 100
    out = round(ore * r.uniform(0.045, 0.055), 1)
    doc.h(g("План горных работ по добыче хризотил-асбеста на месторождении «Жітіқара» на 2026–2035 годы",
            "«Жітіқара» кен орнында хризотил-асбест өндіру жөніндегі 2026–2035 жылдарға арналған тау-кен жұмыстарының жоспары", ""))
    doc.h(g("Раздел 1. Общие сведения о недропользователе и объекте", "1-бөлім. Жер қойнауын пайдаланушы және объект туралы жалпы мәліметтер", ""))
    doc.p(g("План разработан в соответствии с Кодексом Республики Казахстан «О недрах и недропользовании» и Инструкцией по составлению "
            "плана горных работ. Руда отрабатывается открытым способом, обогащение – сухое, с многостадийным дроблением, сушкой и "
            "распушкой волокна.",
            "Жоспар Қазақстан Республикасының «Жер қойнауы және жер қойнауын пайдалану туралы» кодексіне және тау-кен жұмыстарының "
            "жоспарын жасау жөніндегі нұсқаулыққа сәйкес әзірленді. Кен ашық тәсілмен игеріледі, байыту – құрғақ, көп сатылы ұсату, "
            "кептіру және талшықты үлпілдету арқылы.", ""))
    dash = "–"
    rows = [g(["№ п/п", "Наименование показателя", "Ед. изм.", "Значение"], ["Р/с №", "Көрсеткіштің атауы", "Өлш. бірл.", "Мәні"], [])]
    merges: list = []
    _span(rows, merges, g("1. Недропользователь", "1. Жер қойнауын пайдаланушы", ""), 4)
    rows += [["1.1", g("Наименование", "Атауы", ""), dash, operator],
             ["1.2", g("Бизнес-идентификационный номер (БИН)", "Бизнес-сәйкестендіру нөмірі (БСН)", ""), dash, bin_],
             ["1.3", g("Единственный акционер", "Жалғыз акционер", ""), dash, g(f"{parent}, БИН {parent_bin}", f"{parent}, БСН {parent_bin}", "")],
             ["1.4", g("Лицензия на добычу твердых полезных ископаемых", "Қатты пайдалы қазбаларды өндіруге арналған лицензия", ""), dash,
              g(f"№ {lic} от {r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2021 (ранее – контракт № {r.randint(120, 480)} от 1999 г.)",
                f"2021 жылғы {r.randint(1, 28):02d}.{r.randint(1, 12):02d} № {lic} (бұрын – 1999 жылғы № {r.randint(120, 480)} келісімшарт)", "")]]
    _span(rows, merges, g("2. Месторождение", "2. Кен орны", ""), 4)
    rows += [["2.1", g("Полезное ископаемое", "Пайдалы қазба", ""), dash,
              g("хризотил-асбест; попутно – серпентинит для производства щебня", "хризотил-асбест; ілеспе – қиыршық тас өндіруге арналған серпентинит", "")],
             ["2.2", g("Балансовые запасы руды категорий А+В+С1", "А+В+С1 санаттарындағы кеннің баланстық қорлары", ""),
              g("млн т", "млн т", ""), num(reserves, doc.lang)],
             ["2.3", g("в том числе волокна", "оның ішінде талшық", ""), g("тыс. т", "мың т", ""), num(fibre, doc.lang)],
             ["2.4", g("Группа сложности геологического строения", "Геологиялық құрылымның күрделілік тобы", ""), dash, g("1-я", "1-топ", "")],
             ["2.5", g("Площадь горного отвода", "Тау-кен бөлінісінің ауданы", ""), g("га", "га", ""), num(round(r.uniform(1180, 1320), 1), doc.lang)],
             ["2.6", g("Проектная глубина карьера", "Карьердің жобалық тереңдігі", ""), "м", str(r.randint(38, 46) * 10)]]
    _span(rows, merges, g("3. Объект", "3. Объект", ""), 4)
    coord = g(f"{num(lat, 'ru')}° с.ш., {num(lon, 'ru')}° в.д.", f"{num(lat, 'kk')}° с.е., {num(lon, 'kk')}° ш.б.", "")
    rows += [["3.1", g("Наименование объекта", "Объектінің атауы", ""), dash, name],
             ["3.2", g("Местонахождение", "Орналасқан жері", ""), dash, place],
             ["3.3", g("Код КАТО", "ҚАТО коды", ""), dash, kato],
             ["3.4", g("Координаты центра горного отвода (WGS-84)", "Тау-кен бөлінісі орталығының координаттары (WGS-84)", ""), g("град.", "град.", ""), coord],
             ["3.5", g("Производительность по руде", "Кен бойынша өнімділігі", ""), g("тыс. т/год", "мың т/жыл", ""), num(ore, doc.lang)],
             ["3.6", g("Выпуск товарного волокна", "Тауарлық талшық шығару", ""), g("тыс. т/год", "мың т/жыл", ""), num(out, doc.lang)],
             ["3.7", g("Класс по санитарной классификации, размер СЗЗ", "Санитариялық жіктеу бойынша сыныбы, СҚА өлшемі", ""), dash,
              g("I класс, 1000 м", "I сынып, 1000 м", "")],
             ["3.8", g("Категория объекта, оказывающего негативное воздействие на окружающую среду",
                       "Қоршаған ортаға теріс әсер ететін объектінің санаты", ""), dash,
              g("I (раздел 1 приложения 2 к Экологическому кодексу РК)", "I (ҚР Экология кодексіне 2-қосымшаның 1-бөлімі)", "")]]  # fmt: skip
    doc.table(g("Таблица 1.1 – Общие сведения", "1.1-кесте – Жалпы мәліметтер", ""), rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": "Жітіқара", "kato": kato, "category": "I", "lat": lat, "lon": lon})
    years = ("2026", "2027", "2028", "2029", "2030")
    tep = [g(["Показатель", *years], ["Көрсеткіш", *years], [])]
    for lab, lo, hi in ((g("Добыча руды, тыс. т", "Кен өндіру, мың т", ""), 0.95, 1.05),
                        (g("Вскрыша, тыс. м³", "Аршу, мың м³", ""), 1.6, 2.1),
                        (g("Выпуск волокна, тыс. т", "Талшық шығару, мың т", ""), 0.045, 0.055)):
        tep.append([lab, *(num(round(ore * r.uniform(lo, hi), 1), doc.lang) for _ in years)])
    doc.table(g("Таблица 1.2 – Основные технико-экономические показатели", "1.2-кесте – Негізгі техникалық-экономикалық көрсеткіштер", ""),
              tep, role="other")


# (works, company, place, lat, lon, kilns, tonnes a year)
VN_LIME = (
    ("Cơ sở sản xuất vôi công nghiệp Hà Long", "Công ty TNHH Vôi công nghiệp Hà Long", "thôn Đồng Mốc, xã Hà Long, tỉnh Thanh Hóa",
     20.071, 105.826, 2, 36000),
    ("Xưởng nung vôi Yên Lâm", "Công ty Cổ phần Vật liệu Yên Lâm", "thôn Yên Thịnh, xã Yên Lâm, tỉnh Thanh Hóa", 20.026, 105.662, 3, 48000),
    ("Cơ sở sản xuất vôi Thạch Quảng", "Công ty TNHH Khoáng sản và Vôi Thạch Quảng", "thôn Quảng Thành, xã Thạch Quảng, tỉnh Thanh Hóa",
     20.247, 105.549, 2, 30000),
)  # fmt: skip


def _facility_iy1_vi(doc: Doc) -> None:
    r = doc.rng
    works, company, place, lat0, lon0, kilns, tons = doc.pick(VN_LIME)
    msdn = _msdn(doc, "28")
    lat, lon = round(lat0 + r.uniform(-0.003, 0.003), 4), round(lon0 + r.uniform(-0.003, 0.003), 4)
    core = works.split("vôi ", 1)[1].replace("công nghiệp ", "")
    doc.p("SỞ XÂY DỰNG TỈNH THANH HÓA")
    doc.h("PHIẾU ĐIỀU TRA, THỐNG KÊ CƠ SỞ SẢN XUẤT VÔI TRÊN ĐỊA BÀN TỈNH")
    doc.p("(Phục vụ xây dựng lộ trình chấm dứt hoạt động các lò vôi thủ công, lò đứng gián đoạn gây ô nhiễm môi trường; cơ sở điền đầy đủ "
          "thông tin và gửi về Sở trước ngày 30/11/2025)")
    rows = [["TT", "Nội dung", "Thông tin kê khai"]]
    merges: list = []
    _span(rows, merges, "I. THÔNG TIN CHUNG", 3)
    rows += [["1", "Tên cơ sở", works],
             ["2", "Tổ chức quản lý cơ sở", company],
             ["3", "Mã số doanh nghiệp", msdn],
             ["4", "Địa điểm cơ sở", place],
             ["5", "Tọa độ vị trí (WGS-84, đo bằng máy GPS cầm tay)", f"Vĩ độ: {num(lat, 'vi')}; Kinh độ: {num(lon, 'vi')}"],
             ["6", "Số lao động", f"{r.randint(28, 64)} người"]]
    _span(rows, merges, "II. QUY MÔ, CÔNG NGHỆ", 3)
    rows += [["7", "Loại lò", "Lò đứng liên tục cơ giới hóa, nạp liệu bằng skip, ra vôi bằng bàn xoay"],
             ["8", "Số lò đang hoạt động / công suất thiết kế", f"{kilns:02d} lò / {num(tons, 'vi')} tấn vôi/năm"],
             ["9", "Nhiên liệu sử dụng", f"Than cám 4a, khoảng {num(round(tons * r.uniform(0.14, 0.17), -2), 'vi')} tấn/năm"],
             ["10", "Công trình xử lý khí thải", "Xyclon chùm và lọc bụi túi vải; ống khói cao 25 m"]]
    _span(rows, merges, "III. HỒ SƠ MÔI TRƯỜNG", 3)
    rows += [["11", "Giấy phép môi trường", f"Số {r.randint(80, 420)}/GPMT-UBND ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2024 của UBND tỉnh"],
             ["12", "Phân loại theo tiêu chí về môi trường (Luật Bảo vệ môi trường năm 2020)", "Nhóm II"],
             ["13", "Thuộc diện phải chấm dứt hoạt động theo lộ trình", "Không (lò đã đáp ứng yêu cầu về công nghệ)"]]  # fmt: skip
    doc.table(None, rows, merges, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": core, "category": "II", "lat": lat, "lon": lon})
    kl = [["Lò số", "Năm xây dựng", "Chiều cao lò (m)", "Đường kính trong (m)", "Công suất (tấn vôi/ngày)", "Tình trạng"]]
    for k in range(1, kilns + 1):
        kl.append([str(k), str(r.randint(2012, 2021)), num(round(r.uniform(18, 24), 1), "vi"), num(round(r.uniform(2.8, 3.4), 1), "vi"),
                   str(round(tons / kilns / 330)), "Đang hoạt động"])
    doc.table("Bảng kê các lò nung vôi", kl, role="other")
    doc.p("Người kê khai cam đoan các thông tin trên là đúng sự thật.")


# (RU, KK) pairs of the granite company and its two objects
STONE = {
    "operator": ("ТОО «Жетісу Тас Өнімдері»", "«Жетісу Тас Өнімдері» ЖШС"),
    "legal": ("г. Алматы, Алмалинский район, ул. Толе би, 189, офис 31", "Алматы қ., Алмалы ауданы, Төле би к-сі, 189, 31-кеңсе"),
    "head": ("Директор – Сейітқалиев Р.Т.", "Директор – Сейітқалиев Р.Т."),
    "obj1": ("Карьер гранита «Қордай»", "«Қордай» гранит карьері"),
    "obj2": ("Камнеобрабатывающий цех «Тас Өрнек»", "«Тас Өрнек» тас өңдеу цехы"),
    "act1": ("добыча облицовочного гранита и щебня (ОПИ)", "қаптауыш гранит пен қиыршық тас өндіру (КПҚ)"),
    "act2": ("распиловка блоков, шлифовка и полировка плит", "блоктарды аралау, тақталарды тегістеу және жылтырату"),
    "place1": ("Жамбылская область, Кордайский район, 9 км юго-западнее с. Кордай",
               "Жамбыл облысы, Қордай ауданы, Қордай а. оңтүстік-батысқа қарай 9 км"),
    "place2": ("Алматинская область, Илийский район, пос. Өтеген батыр, промзона, участок 14",
               "Алматы облысы, Іле ауданы, Өтеген батыр к., өнеркәсіп аймағы, 14-учаске"),
    "cap1": ("блоки – 6 000 м³/год, щебень – 120 тыс. т/год", "блоктар – жылына 6 000 м³, қиыршық тас – жылына 120 мың т"),
    "cap2": ("плиты – 48 тыс. м²/год", "тақталар – жылына 48 мың м²"),
}  # fmt: skip


def facility_iy2(doc: Doc) -> None:
    """The first section of a granite company's ПЭК programme covering two objects: a card `наименование сведений | объект
    № 1 | объект № 2` whose operator lines — name, BIN, legal address, head — are merged across both object columns under a
    section row, then the objects' own lines side by side: a granite quarry of category II and a stone-cutting shop of
    category III in another oblast, each with its place, KATO, coordinates in degrees, minutes and seconds, capacity, permit
    or declaration and protection zone, so that one BIN gives two facilities; the quarry's machinery in a table of no role
    (VI: the general part of a fibre-cement company's annual report with its two factories as columns, the enterprise
    number merged across them, `Nhóm II` and `Nhóm III`)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_iy2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    s = {k: v[L] for k, v in STONE.items()}
    bin_ = make_bin(r)
    kato1, kato2 = _kato(doc, "316"), _kato(doc, "196")
    lat1, lat1_v = _dms(43.012 + r.uniform(-0.01, 0.01), True, doc.lang)
    lon1, lon1_v = _dms(74.651 + r.uniform(-0.01, 0.01), False, doc.lang)
    lat2, lat2_v = _dms(43.398 + r.uniform(-0.005, 0.005), True, doc.lang)
    lon2, lon2_v = _dms(77.016 + r.uniform(-0.005, 0.005), False, doc.lang)
    permit = f"KZ{r.randint(10, 99)}VCZ{r.randint(10**7, 10**8 - 1):08d}"
    doc.h(g(f"Программа производственного экологического контроля {s['operator']} на 2026–2028 годы",
            f"{s['operator']} 2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.h(g("1. Общие сведения об операторе и объектах", "1. Оператор және объектілер туралы жалпы мәліметтер", ""))
    doc.p(g("Программа составлена на два объекта оператора: карьер, где добываются гранитные блоки и щебень, и цех, где блоки "
            "распиливаются на плиты. Сведения по объектам приведены в таблице 1.1.",
            "Бағдарлама оператордың екі объектісіне жасалды: гранит блоктары мен қиыршық тас өндірілетін карьер және блоктар "
            "тақталарға араланатын цех. Объектілер бойынша мәліметтер 1.1-кестеде келтірілген.", ""))
    rows = [g(["Наименование сведений", "Объект № 1", "Объект № 2"], ["Мәліметтердің атауы", "№ 1 объект", "№ 2 объект"], [])]
    merges: list = []
    _span(rows, merges, g("Оператор (общие сведения для обоих объектов)", "Оператор (екі объектіге ортақ мәліметтер)", ""), 3)
    for label, value in ((g("Наименование оператора", "Оператордың атауы", ""), s["operator"]), (g("БИН", "БСН", ""), bin_),
                         (g("Юридический адрес", "Заңды мекенжайы", ""), s["legal"]), (g("Руководитель", "Басшысы", ""), s["head"])):
        rows.append([label, value, None])
        merges.append((len(rows) - 1, 1, len(rows) - 1, 2))
    _span(rows, merges, g("Объекты", "Объектілер", ""), 3)
    rows += [[g("Наименование объекта", "Объектінің атауы", ""), s["obj1"], s["obj2"]],
             [g("Вид деятельности", "Қызмет түрі", ""), s["act1"], s["act2"]],
             [g("Местонахождение", "Орналасқан жері", ""), s["place1"], s["place2"]],
             [g("Код КАТО", "ҚАТО коды", ""), kato1, kato2],
             [g("Географические координаты", "Географиялық координаттары", ""), f"{lat1}, {lon1}", f"{lat2}, {lon2}"],
             [g("Производственная мощность", "Өндірістік қуаты", ""), s["cap1"], s["cap2"]],
             [g("Категория объекта (статья 12 Экологического кодекса)", "Объектінің санаты (Экология кодексінің 12-бабы)", ""),
              g("II категория", "II санат", ""), g("III категория", "III санат", "")],
             [g("Разрешительный документ", "Рұқсат беру құжаты", ""),
              g(f"экологическое разрешение на воздействие № {permit}", f"№ {permit} әсер етуге арналған экологиялық рұқсат", ""),
              g(f"декларация о воздействии, зарегистрирована {r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2025",
                f"әсер ету туралы декларация, {r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2025 тіркелген", "")],
             [g("Размер санитарно-защитной зоны", "Санитариялық-қорғау аймағының өлшемі", ""), "500 м", "100 м"]]  # fmt: skip
    doc.table(g("Таблица 1.1 – Сведения об операторе и объектах", "1.1-кесте – Оператор және объектілер туралы мәліметтер", ""), rows, merges,
              role="facility")
    doc.add("facilities",
            {"bin": bin_, "name_contains": "Қордай", "kato": kato1, "category": "II", "lat": lat1_v, "lon": lon1_v},
            {"bin": bin_, "name_contains": "Тас Өрнек", "kato": kato2, "category": "III", "lat": lat2_v, "lon": lon2_v})
    mach = [g(["Техника", "Марка", "Количество, ед.", "Объект"], ["Техника", "Маркасы", "Саны, бірл.", "Объект"], []),
            [g("Канатная алмазная пила", "Арқанды алмаз ара", ""), "Pellegrini DIAMANT 75", str(r.randint(2, 3)), s["obj1"]],
            [g("Погрузчик фронтальный", "Фронтальды тиегіш", ""), "Liebherr L 580", str(r.randint(2, 4)), s["obj1"]],
            [g("Мостовой распиловочный станок", "Көпірлі аралау станогы", ""), "GMM Brio", str(r.randint(1, 2)), s["obj2"]]]
    doc.table(g("Таблица 1.2 – Основная техника", "1.2-кесте – Негізгі техника", ""), mach, role="other")


VN_FIBRO = {
    "company": "Công ty Cổ phần Tấm lợp và Vật liệu xây dựng Đồng Văn",
    "f1": ("Nhà máy tấm lợp fibro xi măng Đồng Văn", "Khu công nghiệp Đồng Văn I, phường Duy Tiên, tỉnh Ninh Bình", 20.636, 105.921,
           "Sản xuất tấm lợp fibro xi măng (sợi amiăng chrysotile)", "4,5 triệu m² sản phẩm/năm", "Nhóm II"),
    "f2": ("Nhà máy tấm lợp và gạch không nung Bỉm Sơn", "Khu công nghiệp Bỉm Sơn, phường Bỉm Sơn, tỉnh Thanh Hóa", 20.089, 105.862,
           "Sản xuất tấm lợp fibro xi măng và gạch bê tông không nung", "1,8 triệu m² tấm lợp/năm; 20 triệu viên gạch/năm", "Nhóm III"),
}


def _facility_iy2_vi(doc: Doc) -> None:
    r = doc.rng
    msdn = _msdn(doc, "07")
    f1, f2 = VN_FIBRO["f1"], VN_FIBRO["f2"]
    c1 = (round(f1[2] + r.uniform(-0.003, 0.003), 5), round(f1[3] + r.uniform(-0.003, 0.003), 5))
    c2 = (round(f2[2] + r.uniform(-0.003, 0.003), 5), round(f2[3] + r.uniform(-0.003, 0.003), 5))
    doc.p(f"{VN_FIBRO['company'].upper()} – Số: {r.randint(10, 90)}/BC-TLĐV")
    doc.h("BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025")
    doc.p("(Theo Mẫu số 05.A Phụ lục VI ban hành kèm theo Thông tư số 02/2022/TT-BTNMT; báo cáo chung cho hai nhà máy của Công ty)")
    doc.h("Phần I. THÔNG TIN CHUNG")
    rows = [["Thông tin", "Nhà máy số 1", "Nhà máy số 2"]]
    merges: list = []
    for label, value in (("Tên chủ cơ sở", VN_FIBRO["company"]), ("Mã số doanh nghiệp", msdn),
                         ("Người đại diện theo pháp luật", "Ông Phạm Quốc Khánh – Tổng Giám đốc")):
        rows.append([label, value, None])
        merges.append((len(rows) - 1, 1, len(rows) - 1, 2))
    rows += [["Tên cơ sở", f1[0], f2[0]],
             ["Địa điểm", f1[1], f2[1]],
             ["Tọa độ (WGS-84)", f"{num(c1[0], 'vi')}° B; {num(c1[1], 'vi')}° Đ", f"{num(c2[0], 'vi')}° B; {num(c2[1], 'vi')}° Đ"],
             ["Loại hình sản xuất", f1[4], f2[4]],
             ["Công suất", f1[5], f2[5]],
             ["Giấy phép môi trường", f"Số {r.randint(100, 900)}/GPMT-BTNMT ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2023",
              f"Số {r.randint(10, 300)}/GPMT-UBND ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2024"],
             ["Phân loại theo tiêu chí về môi trường", f1[6], f2[6]]]  # fmt: skip
    doc.table("Bảng 1. Thông tin chung về cơ sở", rows, merges, role="facility")
    doc.add("facilities",
            {"bin": msdn, "name_contains": "Đồng Văn", "category": "II", "lat": c1[0], "lon": c1[1]},
            {"bin": msdn, "name_contains": "Bỉm Sơn", "category": "III", "lat": c2[0], "lon": c2[1]})
    maybe_distractor(doc)

# ---------------------------------------------------------------- emissions

LIME_WORKS = (("ТОО «Ақтас Әк»", "«Ақтас Әк» ЖШС", "Известковый завод «Ақтас»", "«Ақтас» әк зауыты"),
              ("ТОО «Сарыарқа Әк Өнімдері»", "«Сарыарқа Әк Өнімдері» ЖШС", "Известковый завод «Шерубай»", "«Шерубай» әк зауыты"))
# number: (RU, KK, height m, diameter m, (RU cleaning unit, KK cleaning unit), hours, {code: (efficiency % or None, (low, high) g/s)})
LIME_SOURCES = {
    "0001": ("Труба шахтной печи № 1", "№ 1 шахталы пештің құбыры", 28, 0.8, ("рукавный фильтр ФРКИ-180", "ФРКИ-180 жеңді сүзгісі"), 8000,
             {"0128": (99.0, (0.05, 0.15)), "0301": (None, (0.2, 0.6)), "0304": (None, (0.03, 0.09)), "0330": (None, (0.1, 0.4)),
              "0337": (None, (2.0, 6.0))}),
    "0002": ("Труба шахтной печи № 2", "№ 2 шахталы пештің құбыры", 28, 0.8, ("рукавный фильтр ФРКИ-180", "ФРКИ-180 жеңді сүзгісі"), 8000,
             {"0128": (99.0, (0.05, 0.15)), "0301": (None, (0.2, 0.6)), "0304": (None, (0.03, 0.09)), "0330": (None, (0.1, 0.4)),
              "0337": (None, (2.0, 6.0))}),
    "0003": ("Аспирационная система дробильно-сортировочного участка", "Ұсату-сұрыптау учаскесінің аспирациялық жүйесі", 15, 0.5,
             ("рукавный фильтр СМЦ-101", "СМЦ-101 жеңді сүзгісі"), 3600, {"2909": (98.5, (0.04, 0.12))}),
    "0004": ("Аспирация узла выгрузки и сортировки извести", "Әкті түсіру және сұрыптау торабының аспирациясы", 12, 0.4,
             ("циклон ЦН-15 и рукавный фильтр", "ЦН-15 циклоны және жеңді сүзгі"), 8000, {"0128": (97.0, (0.02, 0.07))}),
    "0005": ("Труба гидратора (гашение извести)", "Гидратордың құбыры (әкті сөндіру)", 14, 0.4, ("мокрый скруббер", "дымқыл скруббер"), 4000,
             {"0214": (92.0, (0.01, 0.04))}),
    "6001": ("Открытый склад известняка", "Әктастың ашық қоймасы", 5, None, ("–", "–"), 8760, {"2909": (None, (0.03, 0.1))}),
}  # fmt: skip
# (RU shop, KK shop, [(release number, RU, KK, hours, emission source, codes, share of the source's uncleaned amount)])
LIME_RELEASE = (
    ("Дробильно-сортировочный участок", "Ұсату-сұрыптау учаскесі", [
        ("001", "Щековая дробилка СМД-110", "СМД-110 жақты ұсатқышы", 3600, "0003", ("2909",), 0.65),
        ("002", "Грохот инерционный ГИТ-51", "ГИТ-51 инерциялық електегіші", 3600, "0003", ("2909",), 0.35),
        ("003", "Склад известняка (пересыпка, сдувание)", "Әктас қоймасы (төгу, ұшыру)", 8760, "6001", ("2909",), 1.0)]),
    ("Обжиговое отделение", "Күйдіру бөлімшесі", [
        ("004", "Шахтная печь № 1 (топливо – кокс)", "№ 1 шахталы пеш (отын – кокс)", 8000, "0001", ("0128", "0301", "0304", "0330", "0337"), 1.0),
        ("005", "Шахтная печь № 2 (топливо – кокс)", "№ 2 шахталы пеш (отын – кокс)", 8000, "0002", ("0128", "0301", "0304", "0330", "0337"), 1.0),
        ("006", "Затворы выгрузки извести из печей", "Пештерден әкті түсіру ысырмалары", 8000, "0004", ("0128",), 0.55),
        ("007", "Грохот сортировки извести", "Әкті сұрыптау електегіші", 8000, "0004", ("0128",), 0.45)]),
    ("Участок гидратации", "Гидраттау учаскесі", [
        ("008", "Гидратор (гаситель) извести", "Әк гидраторы (сөндіргіш)", 4000, "0005", ("0214",), 0.7),
        ("009", "Узел фасовки гидратной извести", "Гидратты әкті қаптау торабы", 4000, "0005", ("0214",), 0.3)]),
)  # fmt: skip


def emissions_iy1(doc: Doc) -> None:
    """A lime works' inventory of emissions in two tables as the inventory's forms give them: first the sources of release —
    crushers, screens, the shaft kilns, the unloading gates, the hydrator — numbered `001` … under shop cells merged down,
    each with its hours, the emission source it goes to, the codes and the tonnes a year leaving it before any cleaning; then
    the emission sources with height, diameter, the cleaning unit merged over their substances and its efficiency on the dust
    rows, and the g/s and t/year after cleaning, which alone are the emissions; two sources of release go into one
    aspiration system, whose uncleaned tonnes are split between them (VI: a Ninh Bình lime plant's stacks, the flow merged
    down, concentration and load before treatment, the efficiency, then the concentration, g/s and tonnes after it)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_iy1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    w = doc.pick(LIME_WORKS)
    operator, works = w[L], w[2 + L]
    # the emissions after cleaning first: the release table is worked back from them
    after: dict[str, dict[str, tuple[float, float]]] = {}
    for number, (_, _, _, _, _, hours, codes) in LIME_SOURCES.items():
        after[number] = {}
        for c, (_, (lo, hi)) in codes.items():
            gs = _sig(r.uniform(lo, hi), 3)
            after[number][c] = (gs, _sig(gs * 3600 * hours / 1e6 * r.uniform(0.85, 0.95), 3))
    doc.h(g(f"Отчет по инвентаризации выбросов загрязняющих веществ в атмосферный воздух. {works}",
            f"{works}. Атмосфералық ауаға ластаушы заттар шығарындыларын түгендеу жөніндегі есеп", ""))
    doc.p(g(f"Оператор – {operator}. Известь производится обжигом известняка в двух шахтных печах на коксе; часть извести "
            "гасится в гидраторе и фасуется как гидратная. Инвентаризация выполнена инструментальным методом в 2025 году.",
            f"Оператор – {operator}. Әк әктасты кокспен жұмыс істейтін екі шахталы пеште күйдіру арқылы өндіріледі; әктің бір бөлігі "
            "гидраторда сөндіріліп, гидратты әк ретінде қапталады. Түгендеу 2025 жылы аспаптық әдіспен орындалды.", ""))
    rows = [g(["Наименование цеха, участка", "№ источника выделения", "Наименование источника выделения", "Время работы, ч/год", "№ ИЗА",
               "Код ЗВ", "Количество ЗВ, отходящих от источника выделения, т/год"],
              ["Цехтің, учаскенің атауы", "Бөліну көзінің №", "Бөліну көзінің атауы", "Жұмыс уақыты, сағ/жыл", "ЛШК №", "ЛЗ коды",
               "Бөліну көзінен шығатын ЛЗ мөлшері, т/жыл"], [])]
    merges: list = []
    for s_ru, s_kk, items in LIME_RELEASE:
        shop_start = len(rows)
        for number, n_ru, n_kk, hours, src, codes, share in items:
            start = len(rows)
            eff_of = LIME_SOURCES[src][6]
            for j, c in enumerate(codes):
                eff = eff_of[c][0]
                raw = after[src][c][1] / (1 - eff / 100) if eff else after[src][c][1]
                rows.append([(s_ru, s_kk)[L] if len(rows) == shop_start else None, number if j == 0 else None,
                             (n_ru, n_kk)[L] if j == 0 else None, num(hours, doc.lang) if j == 0 else None, src if j == 0 else None, c,
                             num(_sig(raw * share, 3), doc.lang)])
            if len(codes) > 1:
                merges += [(start, k, len(rows) - 1, k) for k in (1, 2, 3, 4)]
        merges.append((shop_start, 0, len(rows) - 1, 0))
    doc.table(g("Таблица 1 – Источники выделения загрязняющих веществ", "1-кесте – Ластаушы заттардың бөліну көздері", ""), rows, merges,
              role="sources")
    doc.p(g("Количество веществ, отходящих от источников выделения, приведено до очистки; выбросы в атмосферу – в таблице 2.",
            "Бөліну көздерінен шығатын заттардың мөлшері тазартуға дейін келтірілген; атмосфераға шығарындылар – 2-кестеде.", ""))
    rows = [g(["№ ИЗА", "Наименование источника выброса", "Высота, м", "Диаметр устья, м", "Газоочистная установка", "Степень очистки, %",
               "Код ЗВ", "Наименование ЗВ", "Выброс, г/с", "Выброс, т/год"],
              ["ЛШК №", "Шығарынды көзінің атауы", "Биіктігі, м", "Сағасының диаметрі, м", "Газ тазарту қондырғысы", "Тазарту дәрежесі, %",
               "ЛЗ коды", "ЛЗ атауы", "Шығарынды, г/с", "Шығарынды, т/жыл"], [])]
    merges = []
    for number, (n_ru, n_kk, height, diam, unit, _, codes) in LIME_SOURCES.items():
        start = len(rows)
        for j, (c, (eff, _)) in enumerate(codes.items()):
            gs, ty = after[number][c]
            lead = [number, (n_ru, n_kk)[L], str(height), num(diam, doc.lang) if diam else "–", unit[L]] if j == 0 else [None] * 5
            rows.append([*lead, f"{eff:.1f}".replace(".", ",") if eff else "–", c, _air(doc, c), num(gs, doc.lang), num(ty, doc.lang)])
            doc.add("emissions", emission(c, gs, ty, number))
        if len(codes) > 1:
            merges += [(start, k, len(rows) - 1, k) for k in range(5)]
    doc.table(g("Таблица 2 – Характеристика источников выбросов и выбросы после очистки",
                "2-кесте – Шығарынды көздерінің сипаттамасы және тазартудан кейінгі шығарындылар", ""), rows, merges, role="emissions")
    doc.add("sources", *({"number": n, "type": _kind(n)} for n in LIME_SOURCES))
    maybe_distractor(doc)


# (source, flow Nm3/h, [(code, label, (low, high) mg/Nm3 before treatment, efficiency % or None)])
VN_KILN_STACKS = (
    ("Ống khói lò vôi số 1 (lò đứng, 200 tấn vôi/ngày)", (18000, 22000),
     [("2902", "Bụi tổng", (3000, 5000), 99.2), ("0330", "SO2", (80, 200), None), ("0301", "NOx (tính theo NO2)", (150, 300), None),
      ("0337", "CO", (800, 1500), None)]),
    ("Ống khói lò vôi số 2 (lò đứng, 200 tấn vôi/ngày)", (18000, 22000),
     [("2902", "Bụi tổng", (3000, 5000), 99.2), ("0330", "SO2", (80, 200), None), ("0301", "NOx (tính theo NO2)", (150, 300), None),
      ("0337", "CO", (800, 1500), None)]),
    ("Ống thải hệ thống lọc bụi khu nghiền, sàng đá", (11000, 13000), [("2902", "Bụi tổng", (2000, 4000), 98.5)]),
    ("Ống thải tháp rửa khí máy hydrat hóa vôi", (5500, 6500), [("2902", "Bụi tổng", (1500, 3000), 95.0)]),
)  # fmt: skip
VN_LIME_PLANTS = (("Nhà máy vôi công nghiệp Gia Thanh", "Công ty Cổ phần Vôi Gia Thanh", "xã Gia Thanh, tỉnh Ninh Bình"),
                  ("Nhà máy vôi Tam Điệp", "Công ty TNHH Vôi và Khoáng sản Tam Điệp", "phường Trung Sơn, tỉnh Ninh Bình"))


def _emissions_iy1_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, place = doc.pick(VN_LIME_PLANTS)
    hours = 7920
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – {plant.upper()}")
    doc.h("3.2. Công trình, biện pháp xử lý bụi, khí thải")
    doc.p(f"Chủ cơ sở: {company}, địa chỉ {place}. Mỗi lò vôi được lắp 01 hệ thống lọc bụi túi vải trước ống khói; khí SO2, NOx, CO không "
          f"qua xử lý. Nhà máy hoạt động 330 ngày/năm, 24 giờ/ngày ({num(hours, 'vi')} giờ/năm).")
    rows = [["TT", "Nguồn thải", "Lưu lượng (Nm³/h)", "Thông số", "Trước xử lý", None, "Hiệu suất xử lý (%)", "Sau xử lý", None, None],
            [None, None, None, None, "Nồng độ (mg/Nm³)", "Tải lượng (g/s)", None, "Nồng độ (mg/Nm³)", "Tải lượng (g/s)", "Tải lượng (tấn/năm)"]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 1, 3), (0, 4, 0, 5), (0, 6, 1, 6), (0, 7, 0, 9)]
    for k, (source, (qlo, qhi), params) in enumerate(VN_KILN_STACKS, 1):
        q = r.randint(qlo // 100, qhi // 100) * 100
        start = len(rows)
        for j, (c, label, (lo, hi), eff) in enumerate(params):
            c0 = float(round(r.uniform(lo, hi)))
            c1 = _sig(c0 * (1 - eff / 100), 3) if eff else c0
            g0 = _sig(c0 * q / 3.6e6, 3)
            g1 = _sig(c1 * q / 3.6e6, 3)
            t1 = _sig(g1 * 3600 * hours / 1e6, 3)
            lead = [str(k), source, num(q, "vi")] if j == 0 else [None] * 3
            rows.append([*lead, label, num(c0, "vi"), num(g0, "vi"), num(eff, "vi") if eff else "-", num(c1, "vi"), num(g1, "vi"), num(t1, "vi")])
            doc.add("emissions", emission(c, g1, t1))
        if len(params) > 1:
            merges += [(start, c, len(rows) - 1, c) for c in (0, 1, 2)]
    doc.table("Bảng 3.3. Nồng độ, tải lượng bụi và khí thải trước và sau xử lý", rows, merges, role="emissions")
    doc.table("Bảng 3.4. Nhiên liệu, nguyên liệu sử dụng năm 2025",
              [["Loại", "Đơn vị", "Khối lượng"], ["Đá vôi nguyên liệu", "tấn", num(r.randint(210, 250) * 1000, "vi")],
               ["Than cám 4a", "tấn", num(r.randint(18, 24) * 1000, "vi")], ["Điện năng", "kWh", num(r.randint(28, 40) * 100000, "vi")]], role="other")


SLATE = (("АО «Ертіс Шифер»", "«Ертіс Шифер» АҚ", "Завод асбестоцементных изделий «Ертіс Шифер»", "«Ертіс Шифер» асбестцемент бұйымдары зауыты"),)
# ((RU shop, KK shop), [(number, RU, KK, {code: ((low, high) g/s, hours)} or None if dismantled)])
SLATE_SHOPS = (
    (("Цех подготовки сырья (2 смены, 4 800 ч/год)", "Шикізат дайындау цехы (2 ауысым, жылына 4 800 сағ)"), [
        ("0001", "Аспирация узла растаривания мешков с асбестом", "Асбест қаптарын ашу торабының аспирациясы", {"2931": (0.002, 0.008)}),
        ("0002", "Фильтры силосов цемента (3 силоса)", "Цемент силостарының сүзгілері (3 силос)", {"2908": (0.01, 0.04)})]),
    (("Цех формования и обработки листов (3 смены, 7 200 ч/год)", "Табақтарды қалыптау және өңдеу цехы (3 ауысым, жылына 7 200 сағ)"), [
        ("0003", "Аспирация узла обрезки кромок листов", "Табақ жиектерін кесу торабының аспирациясы", {"2931": (0.001, 0.005), "2908": (0.004, 0.015)}),
        ("0004", "Аспирация узла сухой резки листов – демонтирована в 2025 г.", "Табақтарды құрғақ кесу торабының аспирациясы – 2025 ж. бөлшектелді",
         None),
        ("6001", "Склад готовой продукции (погрузка шифера)", "Дайын өнім қоймасы (шиферді тиеу)", {"2931": (0.0005, 0.002)})]),
    (("Котельная (отопительный период, 4 320 ч/год)", "Қазандық (жылыту кезеңі, жылына 4 320 сағ)"), [
        ("0005", "Дымовая труба котельной (котлы КЕ-10-14, уголь)", "Қазандықтың түтін мұржасы (КЕ-10-14 қазандары, көмір)",
         {"0301": (0.3, 0.8), "0304": (0.05, 0.13), "0330": (0.8, 2.2), "0337": (1.5, 4.0), "0328": (0.05, 0.2), "2908": (0.3, 0.9)}),
        ("0006", "Дымовая труба резервного котла КЕ-4-14 (в работе только при остановке основного котла)",
         "КЕ-4-14 резервтік қазанының түтін мұржасы (тек негізгі қазан тоқтағанда жұмыс істейді)",
         {"0301": (0.1, 0.3), "0330": (0.3, 0.8), "0337": (0.5, 1.5), "2908": (0.1, 0.3)}),
        ("6002", "Открытый склад угля", "Көмірдің ашық қоймасы", {"2908": (0.02, 0.08)})]),
)  # fmt: skip
SLATE_HOURS = {"0001": 4800, "0002": 4800, "0003": 7200, "6001": 7200, "0005": 4320, "0006": 720, "6002": 8760}
SOLID = ("2931", "2908", "0328", "2909", "0128", "0214", "2902")


def emissions_iy2(doc: Doc) -> None:
    """An asbestos-cement (slate) plant's table of emission norms under a row spanning the table per shop that carries the
    shop's working regime in brackets (`2 смены, 4 800 ч/год`, `отопительный период`), each source's number and name merged
    over its substances, a class column where asbestos-bearing dust is of class 1 beside cement dust and the boiler house's
    gases; a reserve boiler that works only when the main one stops is normed all the same, and a dry-cutting aspiration
    dismantled in 2025 keeps its row with dashes; a total with `в том числе: твердые` and `газообразные и жидкие` rows (VI: a
    Thanh Hóa stone crushing site and terrazzo maker's environmental registration, lettered area rows, wet grinding with no
    dust, the hours a day before the kilograms a day and the g/s, no tonnes a year)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_iy2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    operator, plant = SLATE[0][L], SLATE[0][2 + L]
    doc.h(g(f"Проект нормативов допустимых выбросов. {plant}", f"{plant}. Жол берілетін шығарындылар нормативтерінің жобасы", ""))
    doc.p(g(f"Оператор – {operator}, Абайская область, г. Семей. Завод выпускает волнистые асбестоцементные листы (шифер) из "
            "хризотил-асбеста, цемента и воды по мокрому способу; асбест поступает в мешках по железной дороге.",
            f"Оператор – {operator}, Абай облысы, Семей қ. Зауыт хризотил-асбесттен, цементтен және судан дымқыл тәсілмен толқынды "
            "асбестцемент табақтарын (шифер) шығарады; асбест темір жолмен қаптарда жеткізіледі.", ""))
    rows = [g(["№ ИЗА", "Наименование источника", "Код ЗВ", "Наименование ЗВ", "Класс опасности", "Выброс, г/с", "Выброс, т/год"],
              ["ЛШК №", "Көздің атауы", "ЛЗ коды", "ЛЗ атауы", "Қауіптілік сыныбы", "Шығарынды, г/с", "Шығарынды, т/жыл"], [])]
    merges: list = []
    numbers, sums = [], {"s": [0.0, 0.0], "g": [0.0, 0.0]}
    for (s_ru, s_kk), sources in SLATE_SHOPS:
        _span(rows, merges, (s_ru, s_kk)[L], 7)
        for number, n_ru, n_kk, codes in sources:
            if codes is None:
                rows.append([number, (n_ru, n_kk)[L], "–", "–", "–", "–", "–"])
                continue
            numbers.append(number)
            start = len(rows)
            for j, (c, (lo, hi)) in enumerate(codes.items()):
                gs = _sig(r.uniform(lo, hi), 3)
                ty = _sig(gs * 3600 * SLATE_HOURS[number] / 1e6 * r.uniform(0.8, 0.95), 3)
                hz = _hz(c)
                rows.append([number if j == 0 else None, (n_ru, n_kk)[L] if j == 0 else None, c, _air(doc, c), str(hz) if hz else "–",
                             num(gs, doc.lang), num(ty, doc.lang)])
                doc.add("emissions", emission(c, gs, ty, number, hz))
                part = sums["s" if c in SOLID else "g"]
                part[0] += gs
                part[1] += ty
            if len(codes) > 1:
                merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    tot = [sums["s"][0] + sums["g"][0], sums["s"][1] + sums["g"][1]]
    for label, (a, b) in ((g("Всего по предприятию", "Кәсіпорын бойынша барлығы", ""), tot),
                          (g("в том числе: твердые", "оның ішінде: қатты", ""), sums["s"]),
                          (g("газообразные и жидкие", "газ тәрізді және сұйық", ""), sums["g"])):
        rows.append(["", label, "", "", "", num(round(a, 6), doc.lang), num(round(b, 6), doc.lang)])
    doc.table(g("Таблица 3.4 – Нормативы выбросов загрязняющих веществ на 2026–2035 годы",
                "3.4-кесте – 2026–2035 жылдарға арналған ластаушы заттар шығарындыларының нормативтері", ""), rows, merges, role="emissions")
    doc.add("sources", *({"number": n, "type": _kind(n)} for n in numbers))
    doc.p(g("Узел сухой резки (ИЗА 0004) демонтирован в 2025 году и заменен гидроабразивной резкой, выбросов не имеющей.",
            "Құрғақ кесу торабы (0004 ЛШК) 2025 жылы бөлшектеліп, шығарындысы жоқ гидроабразивті кесумен ауыстырылды.", ""))
    maybe_distractor(doc)


# (area, [(source, {code: (low, high) g/s} or None for no emission, hours a day)])
VN_CRUSH = (
    ("A. KHU NGHIỀN SÀNG ĐÁ", [
        ("Máy nghiền hàm và máy nghiền côn", {"2902": (0.15, 0.45), "0008": (0.05, 0.15)}, 16),
        ("Sàng rung phân loại đá", {"2902": (0.08, 0.25)}, 16),
        ("Băng tải và bãi chứa đá thành phẩm", {"2902": (0.05, 0.18)}, 24)]),
    ("B. XƯỞNG SẢN XUẤT GẠCH TERRAZZO", [
        ("Máy trộn phối liệu (xi măng, bột đá)", {"2902": (0.02, 0.06)}, 8),
        ("Máy mài, đánh bóng mặt gạch (mài ướt)", None, 8)]),
    ("C. MÁY PHÁT ĐIỆN DỰ PHÒNG 250 kVA", [
        ("Ống xả máy phát điện", {"2902": (0.01, 0.03), "0330": (0.01, 0.05), "0301": (0.15, 0.4), "0337": (0.05, 0.15)}, 2)]),
)  # fmt: skip
VN_LABELS = {"2902": "Bụi tổng", "0008": "Bụi PM10", "0330": "SO2", "0301": "NO2", "0337": "CO"}


def _emissions_iy2_vi(doc: Doc) -> None:
    r = doc.rng
    site = doc.pick(("Cơ sở nghiền sàng đá và sản xuất gạch terrazzo Đông Sơn", "Cơ sở khai thác, chế biến đá và gạch terrazzo Núi Nhồi"))
    doc.h(f"ĐĂNG KÝ MÔI TRƯỜNG – {site.upper()}")
    doc.p("Địa điểm: tỉnh Thanh Hóa. Tải lượng bụi, khí thải được tính theo hệ số phát thải của WHO (1993) và AP-42 (US EPA); thời gian "
          "hoạt động tính theo giờ làm việc thực tế trong ngày.")
    rows = [["TT", "Nguồn phát sinh", "Thông số", "Thời gian hoạt động (giờ/ngày)", "Tải lượng (kg/ngày)", "Tải lượng (g/s)"]]
    merges: list = []
    n = 0
    for area, sources in VN_CRUSH:
        _span(rows, merges, area, 6)
        for source, codes, hours in sources:
            n += 1
            if codes is None:
                rows.append([str(n), source, "Không phát sinh bụi (gia công ướt)", str(hours), "-", "-"])
                continue
            start = len(rows)
            for j, (c, (lo, hi)) in enumerate(codes.items()):
                gs = _sig(r.uniform(lo, hi), 3)
                kg = _sig(gs * 3600 * hours / 1000, 3)
                rows.append([str(n) if j == 0 else None, source if j == 0 else None, VN_LABELS[c], str(hours) if j == 0 else None,
                             num(kg, "vi"), num(gs, "vi")])
                doc.add("emissions", emission(c, gs, None))
            if len(codes) > 1:
                merges += [(start, k, len(rows) - 1, k) for k in (0, 1, 3)]
    doc.table("Bảng 2. Tải lượng bụi, khí thải phát sinh", rows, merges, role="emissions")
    doc.p("Ghi chú: máy phát điện chỉ vận hành khi mất điện lưới, trung bình 2 giờ/ngày.")
    maybe_distractor(doc)

# ---------------------------------------------------------------- wastes

# (code, RU, KK, (low, high) formed, share used on site, share handed over, stock at the start (low, high) or None)
MINE_WASTES_KT = (
    ("01 01 02", "Вскрышные породы (серпентиниты, габбро, суглинки)", "Аршылған жыныстар (серпентиниттер, габбро, саздақтар)",
     (6800, 8600), 0.07, 0.0, None),
    ("01 04 07*", "Хвосты обогащения хризотил-асбестовых руд", "Хризотил-асбест кендерін байыту қалдықтары", (2800, 3400), 0.0, 0.06, None),
    ("01 04 08", "Отсев дробления серпентинита (щебеночный цех)", "Серпентинитті ұсату елегінің қалдығы (қиыршық тас цехы)", (90, 160), 0.0, 0.7,
     (20, 40)),
)  # fmt: skip
MINE_WASTES_T = (
    ("06 13 04*", "Отходы переработки асбеста (просыпи волокна, смет с полов фабрики)",
     "Асбестті қайта өңдеу қалдықтары (талшық шашындылары, фабрика еденінен сыпырынды)", (18, 40), 0.6, 0.0, None),
    ("15 01 10*", "Мешки полипропиленовые, загрязненные асбестом", "Асбестпен ластанған полипропилен қаптар", (6, 14), 0.0, 1.0, (0.5, 2)),
    ("13 02 05*", "Отработанные моторные масла", "Пайдаланылған мотор майлары", (35, 70), 0.0, 1.0, (2, 6)),
    ("16 01 03", "Изношенные шины карьерных самосвалов", "Карьерлік өздігінен түсіргіштердің тозған шиналары", (90, 180), 0.0, 1.0, (10, 30)),
    ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", (0.15, 0.45), 0.0, 1.0, None),
    ("17 04 05", "Лом черных металлов", "Қара металл сынықтары", (120, 260), 0.0, 1.0, (5, 20)),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", (90, 140), 0.0, 1.0, None),
)  # fmt: skip


def _balance(doc: Doc, lo: float, hi: float, used: float, passed: float, stock, places: int) -> tuple[list[float | None], float]:
    """Stock, formed, used, handed over, placed, stock: the cells of one waste and its formed amount."""
    r = doc.rng
    formed = round(r.uniform(lo, hi), places)
    s0 = round(r.uniform(*stock), places) if stock else 0.0
    left = round(s0 * r.uniform(0.2, 0.6), places)
    u = round(formed * used, places)
    p = round(formed * passed + (s0 - left if passed else 0), places)
    placed = round(s0 + formed - u - p - left, places)
    return [s0 or None, formed, u or None, p or None, placed or None, left or None], formed


def wastes_iy1(doc: Doc) -> None:
    """The chrysotile mine and mill's report on the inventory of wastes for 2025, `№ | код | наименование | наличие на
    01.01.2025 | образовано | использовано на предприятии | передано сторонним организациям | размещено на собственных
    объектах | наличие на 31.12.2025`, whose unit is said only by the two section rows spanning the table — `тыс. т` for the
    overburden, the tailings and the crushing screenings, `т` for the rest — so the first three amounts are thousands of
    tonnes; dashes where nothing is held or moved; the formed amount is the item (VI: a Ninh Bình limestone quarry and lime
    works' annual report, the overburden in m³ with its tonnes in brackets, wastes of the kilns in tonnes, CTNH in
    kilograms)."""
    if doc.lang == "vi":
        _wastes_iy1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    operator = MINE["operator"][L]
    doc.h(g(f"Отчет по инвентаризации отходов за 2025 год. {operator}", f"{operator}. 2025 жылғы қалдықтарды түгендеу жөніндегі есеп", ""))
    doc.p(g("Объект: карьер и обогатительная фабрика хризотил-асбеста, г. Житикара. Вскрышные породы размещаются во внешних отвалах № 2 и № 3, "
            "хвосты обогащения – в хвостохранилище фабрики; часть хвостов и отсева реализуется как щебень для дорожного строительства.",
            "Объект: хризотил-асбест карьері және байыту фабрикасы, Жітіқара қ. Аршылған жыныстар № 2 және № 3 сыртқы үйінділерге, байыту "
            "қалдықтары фабриканың қалдық қоймасына орналастырылады; қалдықтар мен електің бір бөлігі жол құрылысына қиыршық тас ретінде "
            "өткізіледі.", ""))
    head = g(["№", "Код отхода", "Наименование отхода", "Наличие на 01.01.2025", "Образовано за 2025 год", "Использовано на предприятии",
              "Передано сторонним организациям", "Размещено на собственных объектах", "Наличие на 31.12.2025"],
             ["№", "Қалдық коды", "Қалдықтың атауы", "01.01.2025 жағдай бойынша бар", "2025 жылы түзілді", "Кәсіпорында пайдаланылды",
              "Бөгде ұйымдарға берілді", "Өз объектілерінде орналастырылды", "31.12.2025 жағдай бойынша бар"], [])
    rows, merges = [head], []
    k = 0
    for (sec_ru, sec_kk), items, places, factor in (
        (("I. Отходы горнодобывающего производства, тыс. т", "I. Тау-кен өндірісінің қалдықтары, мың т"), MINE_WASTES_KT, 1, 1000),
        (("II. Отходы производства и потребления, т", "II. Өндіріс және тұтыну қалдықтары, т"), MINE_WASTES_T, 2, 1),
    ):
        _span(rows, merges, (sec_ru, sec_kk)[L], 9)
        for code, n_ru, n_kk, (lo, hi), used, passed, stock in items:
            k += 1
            p = 3 if hi < 1 else places
            cells, formed = _balance(doc, lo, hi, used, passed, stock, p)
            name = (n_ru, n_kk)[L]
            rows.append([str(k), code, name, *(num(v, doc.lang) if v else "–" for v in cells)])
            doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": _mul(formed, factor),
                               "name_contains": _words(name, 2)})
    doc.table(g("Таблица 1 – Движение отходов за 2025 год", "1-кесте – 2025 жылғы қалдықтардың қозғалысы", ""), rows, merges, role="wastes")
    doc.p(g("Использование на предприятии: вскрышные породы – отсыпка карьерных автодорог и дамб; отходы переработки асбеста – возврат "
            "в голову процесса обогащения.",
            "Кәсіпорында пайдалану: аршылған жыныстар – карьер автожолдары мен бөгеттерді төсеу; асбестті қайта өңдеу қалдықтары – байыту "
            "процесінің басына қайтару.", ""))
    maybe_distractor(doc)


# (name, m3 or None, (low, high) tonnes, management)
VN_QUARRY_ORDINARY = (
    ("Đất đá bóc tầng phủ", True, (9000, 15000), "Đổ tại bãi thải trong khai trường, san gạt phục vụ hoàn thổ"),
    ("Vôi sống phế phẩm (quá lửa, non lửa)", False, (300, 600), "Nghiền làm phụ gia cải tạo đất, bán cho hộ dân"),
    ("Xỉ than lò vôi", False, (900, 1500), "Bán cho cơ sở sản xuất gạch không nung"),
    ("Bụi đá thu hồi từ hệ thống lọc bụi", False, (60, 120), "Tái sử dụng làm phối liệu gạch không nung"),
)
VN_QUARRY_CTNH = (("17 02 03", (400, 1200)), ("18 02 01", (80, 260)), ("16 01 06", (10, 40)), ("19 06 01", (60, 240)))


def _wastes_iy1_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, place = doc.pick(VN_LIME_PLANTS)
    doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – {company.upper()}")
    doc.p(f"Cơ sở: mỏ đá vôi và {plant[0].lower()}{plant[1:]}, {place}. Mục 3. Kết quả quản lý chất thải rắn và chất thải nguy hại.")
    rows = [["TT", "Tên chất thải", "Khối lượng phát sinh năm 2025", "Biện pháp quản lý, xử lý"]]
    for k, (name, cubic, (lo, hi), how) in enumerate(VN_QUARRY_ORDINARY, 1):
        if cubic:
            m3 = r.randint(int(lo) // 100, int(hi) // 100) * 100
            t = float(round(m3 * 2.5))
            said = f"{num(m3, 'vi')} m³ (tương đương {num(t, 'vi')} tấn)"
        else:
            t = float(r.randint(int(lo), int(hi)))
            said = f"{num(t, 'vi')} tấn"
        rows.append([str(k), name, said, how])
        doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": _words(name, 3)})
    doc.table("Bảng 3.1. Chất thải rắn công nghiệp thông thường", rows, role="wastes")
    doc.p("Khối lượng riêng của đất đá bóc tầng phủ lấy bằng 2,5 tấn/m³ theo báo cáo thăm dò mỏ.")
    rows = [["TT", "Tên chất thải", "Mã CTNH", "Khối lượng (kg)", "Đơn vị tiếp nhận, xử lý"]]
    for k, (code, (lo, hi)) in enumerate(VN_QUARRY_CTNH, 1):
        name = next(n for c, n, _ in vocab.VN_CTNH if c == code)
        kg = float(r.randint(lo // 10, hi // 10) * 10)
        rows.append([str(k), name, code, num(kg, "vi"), "Công ty TNHH Môi trường Xanh Ninh Bình"])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000, "name_contains": _words(name, 4)})
    doc.table("Bảng 3.2. Chất thải nguy hại", rows, role="wastes")
    maybe_distractor(doc)


# (code or None for a row of no waste, RU, KK, hazardous properties, (low, high) t or a count of lamps, RU handling, KK handling)
SLATE_WASTES_A = (
    ("10 13 09*", "Отходы производства асбестоцемента, содержащие асбест (некондиционные листы, не подлежащие помолу)",
     "Құрамында асбест бар асбестцемент өндірісінің қалдықтары (ұнтақтауға жатпайтын жарамсыз табақтар)", "HP 7", (40, 90),
     "захоронение на полигоне опасных отходов в герметичной упаковке", "герметикалық орамада қауіпті қалдықтар полигонында көму"),
    (None, "Технологический бой и обрезки листов", "Табақтардың технологиялық сынықтары мен кесінділері", "–", (1100, 1400),
     "возвращаются на помол и в формовочную массу; отходом не являются", "ұнтақтауға және қалыптау массасына қайтарылады; қалдық болып саналмайды"),
    ("15 01 10*", "Мешки полипропиленовые из-под хризотил-асбеста", "Хризотил-асбесттен босаған полипропилен қаптар", "HP 7", (8, 15),
     "прессование, захоронение на полигоне опасных отходов", "престеу, қауіпті қалдықтар полигонында көму"),
    ("06 13 04*", "Отходы переработки асбеста (смет при влажной уборке, содержимое промышленных пылесосов)",
     "Асбестті қайта өңдеу қалдықтары (дымқыл жинау сыпырындысы, өнеркәсіптік шаңсорғыштардың ішіндегісі)", "HP 7", (2, 6),
     "захоронение на полигоне опасных отходов", "қауіпті қалдықтар полигонында көму"),
    ("15 02 02*", "Отработанные фильтровальные рукава аспирационных систем", "Аспирациялық жүйелердің пайдаланылған сүзгі жеңдері", "HP 7",
     (0.5, 1.5), "захоронение на полигоне опасных отходов", "қауіпті қалдықтар полигонында көму"),
)  # fmt: skip
SLATE_WASTES_B = (
    (None, "Шлам оборотного водоснабжения (осветлитель)", "Айналымдағы сумен жабдықтау шламы (тұндырғыш)", "–", (300, 500),
     "возвращается в производство; в отходы не поступает", "өндіріске қайтарылады; қалдыққа түспейді"),
    ("10 01 01", "Шлак и зола котельной", "Қазандықтың қожы мен күлі", "–", (300, 600), "передача на производство шлакоблоков",
     "қож блоктарын өндіруге беру"),
    ("13 02 05*", "Отработанные моторные масла", "Пайдаланылған мотор майлары", "HP 14", (3, 8), "передача на регенерацию", "регенерацияға беру"),
    ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", "HP 6", (300, 480), "демеркуризация",
     "демеркуризациялау"),
    ("17 04 05", "Лом черных металлов", "Қара металл сынықтары", "–", (20, 45), "передача на переработку", "қайта өңдеуге беру"),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", "–", (30, 55), "вывоз на полигон ТБО", "ҚТҚ полигонына шығару"),
)  # fmt: skip
LAMP_T = 0.00025


def wastes_iy2(doc: Doc) -> None:
    """The waste section of an asbestos-cement (slate) plant's ПЭК programme, `№ | код | наименование | опасные свойства |
    образование, т/год | обращение` under two rows spanning the table — wastes containing asbestos and wastes not containing
    it — with the sheet scrap returned to the mill and the circulating sludge as rows without a number or code whose handling
    says they are no wastes, the wastes numbered straight through around them, lamps counted in pieces with their tonnes in
    brackets (VI: a fibre-cement plant's CTNH by half-year in kilograms and its ordinary wastes in tonnes, the year last)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_iy2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    operator, plant = SLATE[0][L], SLATE[0][2 + L]
    doc.h(g(f"Программа производственного экологического контроля. {plant}", f"{plant}. Өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.h(g("Раздел 5. Производственный контроль в области управления отходами", "5-бөлім. Қалдықтарды басқару саласындағы өндірістік бақылау", ""))
    doc.p(g(f"Оператор – {operator}. Отходы, содержащие хризотил-асбест, накапливаются раздельно в герметичной таре на крытой площадке "
            "и передаются организации, имеющей лицензию на обращение с опасными отходами.",
            f"Оператор – {operator}. Құрамында хризотил-асбест бар қалдықтар жабық алаңда герметикалық ыдыста бөлек жинақталады және "
            "қауіпті қалдықтармен жұмыс істеуге лицензиясы бар ұйымға беріледі.", ""))
    rows = [g(["№", "Код", "Наименование отхода", "Опасные свойства", "Образование, т/год", "Обращение"],
              ["№", "Коды", "Қалдықтың атауы", "Қауіпті қасиеттері", "Түзілуі, т/жыл", "Жұмыс істеу"], [])]
    merges: list = []
    k = 0
    for (sec_ru, sec_kk), items in ((("А. Отходы, содержащие асбест", "А. Құрамында асбест бар қалдықтар"), SLATE_WASTES_A),
                                    (("Б. Отходы, не содержащие асбест", "Б. Құрамында асбест жоқ қалдықтар"), SLATE_WASTES_B)):
        _span(rows, merges, (sec_ru, sec_kk)[L], 6)
        for code, n_ru, n_kk, hp, (lo, hi), h_ru, h_kk in items:
            name = (n_ru, n_kk)[L]
            if code is None:
                rows.append(["", "–", name, hp, num(round(r.uniform(lo, hi), -1), doc.lang), (h_ru, h_kk)[L]])
                continue
            k += 1
            if code == "20 01 21*":
                pieces = r.randint(int(lo) // 10, int(hi) // 10) * 10
                t = _mul(pieces, LAMP_T)
                said = g(f"{pieces} шт. ({num(t, 'ru')} т)", f"{pieces} дана ({num(t, 'kk')} т)", "")
            else:
                t = round(r.uniform(lo, hi), 1 if hi > 2 else 2)
                said = num(t, doc.lang)
            rows.append([str(k), code, name, hp, said, (h_ru, h_kk)[L]])
            doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t, "name_contains": _words(name, 2)})
    doc.table(g("Таблица 5.1 – Виды и количество отходов", "5.1-кесте – Қалдықтардың түрлері мен мөлшері", ""), rows, merges, role="wastes")
    doc.p(g("HP 6 – острая токсичность, HP 7 – канцерогенность, HP 14 – экотоксичность.",
            "HP 6 – жедел уыттылық, HP 7 – канцерогендік, HP 14 – экоуыттылық.", ""))
    maybe_distractor(doc)


VN_FIBRO_CTNH = (("17 02 03", (300, 900)), ("18 02 01", (150, 500)), ("18 01 02", (200, 600)), ("16 01 06", (20, 60)))
VN_FIBRO_ORDINARY = (("Bao bì giấy đựng xi măng", (20, 45)), ("Xỉ than lò hơi", (120, 260)), ("Phế liệu kim loại", (8, 25)),
                     ("Pallet gỗ hư hỏng", (5, 15)))


def _wastes_iy2_vi(doc: Doc) -> None:
    r = doc.rng
    plant = VN_FIBRO["f1"][0]
    doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – {plant.upper()}")
    doc.p("Mục 2.3. Kết quả quản lý chất thải. Tấm lợp vỡ, phế phẩm được nghiền ướt và tái sử dụng 100% làm phối liệu, bùn từ bể lắng nước "
          "tuần hoàn được bơm trở lại máy xeo nên không thống kê là chất thải.")
    rows = [["TT", "Tên chất thải", "Mã CTNH", "6 tháng đầu năm (kg)", "6 tháng cuối năm (kg)", "Cả năm 2025 (kg)"]]
    for k, (code, (lo, hi)) in enumerate(VN_FIBRO_CTNH, 1):
        name = next(n for c, n, _ in vocab.VN_CTNH if c == code)
        a, b = r.randint(lo // 20, hi // 20) * 10, r.randint(lo // 20, hi // 20) * 10
        rows.append([str(k), name, code, num(a, "vi"), num(b, "vi"), num(a + b, "vi")])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": (a + b) / 1000,
                           "name_contains": _words(name, 4)})
    doc.table("Bảng 2.4. Chất thải nguy hại phát sinh năm 2025", rows, role="wastes")
    rows = [["TT", "Tên chất thải", "6 tháng đầu năm (tấn)", "6 tháng cuối năm (tấn)", "Cả năm 2025 (tấn)"]]
    for k, (name, (lo, hi)) in enumerate(VN_FIBRO_ORDINARY, 1):
        a, b = round(r.uniform(lo, hi) / 2, 1), round(r.uniform(lo, hi) / 2, 1)
        year = round(a + b, 1)
        rows.append([str(k), name, num(a, "vi"), num(b, "vi"), num(year, "vi")])
        doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": year, "name_contains": _words(name, 3)})
    doc.table("Bảng 2.5. Chất thải rắn công nghiệp thông thường phát sinh năm 2025", rows, role="wastes")
    maybe_distractor(doc)

# ---------------------------------------------------------------- limits

# code: technological norm of the КЭР for the shaft kilns, mg/Nm3, and the (low, high) share measured
KILN_NORMS = {"2909": (50, (0.3, 0.9)), "0301": (250, (0.25, 0.8)), "0304": (40, (0.25, 0.8)), "0330": (350, (0.1, 0.6)), "0337": (1500, (0.4, 1.05))}


def limits_iy1(doc: Doc) -> None:
    """A protocol of instrumental measurements at a lime works' three shaft kilns: the substances as rows (name with the code
    in brackets) under two rows of gas flow and temperature that have no norm, each kiln a column pair `факт | норматив`
    under a merged header `ИЗА 0001 (печь № 1)`, the unit only in the caption, carbon monoxide sometimes above its norm, and
    one kiln under overhaul whose pair is merged down the whole table with the words saying so (VI: ambient air at the
    houses around a stone crushing cluster against QCVN 05:2023/BTNMT one-hour values in µg/m³, noise against QCVN
    26:2010/BTNMT in a column of its own, PM10 without a one-hour value)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_iy1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    w = doc.pick(LIME_WORKS)
    operator, works = w[L], w[2 + L]
    repair = r.randint(1, 3)
    doc.h(g(f"Протокол инструментальных замеров выбросов № {r.randint(40, 180)}-В от {r.randint(1, 28):02d}.{r.randint(5, 9):02d}.2025",
            f"2025 жылғы {r.randint(1, 28):02d}.{r.randint(5, 9):02d} № {r.randint(40, 180)}-В шығарындыларды аспаптық өлшеу хаттамасы", ""))
    doc.p(g(f"Заказчик: {operator}, {works}. Объект измерений: дымовые трубы шахтных известеобжигательных печей после рукавных фильтров. "
            "Нормативы – технологические нормативы комплексного экологического разрешения.",
            f"Тапсырыс беруші: {operator}, {works}. Өлшеу объектісі: жеңді сүзгілерден кейінгі шахталы әк күйдіру пештерінің түтін мұржалары. "
            "Нормативтер – кешенді экологиялық рұқсаттың технологиялық нормативтері.", ""))
    head0 = [g("Наименование показателя", "Көрсеткіштің атауы", "")]
    head1: list[str | None] = [None]
    for k in range(1, 4):
        head0 += [g(f"ИЗА 000{k} (печь № {k})", f"000{k} ЛШК (№ {k} пеш)", ""), None]
        head1 += [g("факт", "нақты", ""), g("норматив", "норматив", "")]
    rows = [head0, head1]
    merges = [(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4), (0, 5, 0, 6)]
    flows = [r.randint(160, 220) * 100 for _ in range(3)]
    temps = [r.randint(95, 140) for _ in range(3)]
    first = len(rows)
    for label, vals in ((g("Объемный расход газов, нм³/ч", "Газдардың көлемдік шығыны, нм³/сағ", ""), flows),
                        (g("Температура газов, °С", "Газдардың температурасы, °С", ""), temps)):
        line = [label]
        for k in range(3):
            line += [num(vals[k], doc.lang), "–"]
        rows.append(line)
    over = []
    for c, (norm, (lo, hi)) in KILN_NORMS.items():
        line = [f"{_air(doc, c)} ({c})"]
        for k in range(1, 4):
            if k == repair:
                line += [None, None]
                continue
            v = _sig(norm * r.uniform(lo, hi), 3)
            if v > norm:
                over.append(f"000{k}")
            line += [num(v, doc.lang), num(norm, doc.lang)]
            add(doc, limit(("code", c), "flue_gas", norm, "mg/Nm3", None, f"000{k}", v))
        rows.append(line)
    col = 1 + 2 * (repair - 1)
    for row in rows[first:]:
        row[col], row[col + 1] = None, None
    rows[first][col] = g("печь на капитальном ремонте (замена футеровки), замеры не проводились",
                         "пеш күрделі жөндеуде (футеровканы ауыстыру), өлшеулер жүргізілген жоқ", "")
    merges.append((first, col, len(rows) - 1, col + 1))
    doc.table(g("Таблица 2 – Результаты замеров, мг/нм³ (при нормальных условиях)", "2-кесте – Өлшеу нәтижелері, мг/нм³ (қалыпты жағдайда)", ""),
              rows, merges, role="limits")
    doc.add("sources", *({"number": f"000{k}", "type": "organized"} for k in range(1, 4)))
    if over:
        doc.p(g(f"Превышение норматива по углерод оксиду (ИЗА {', '.join(over)}) связано с неполным сгоранием кокса при загрузке шихты.",
                f"Көміртек оксиді бойынша нормативтің асып кетуі ({', '.join(over)} ЛШК) шихтаны тиеу кезінде кокстың толық жанбауына байланысты.",
                ""))
    else:
        doc.p(g("Превышений технологических нормативов не выявлено.", "Технологиялық нормативтердің асып кетуі анықталған жоқ.", ""))
    maybe_distractor(doc)


# code: (VI label, one-hour value of QCVN 05:2023/BTNMT in µg/m3 or None, (low, high) µg/m3)
VN_AMBIENT = {"2902": ("Tổng bụi lơ lửng (TSP)", 300, (110, 390)), "0008": ("Bụi PM10", None, (60, 190)), "0330": ("SO2", 350, (18, 90)),
              "0301": ("NO2", 200, (20, 95)), "0337": ("CO", 30000, (1800, 6500))}
VN_HOUSES = (("K1", "Khu dân cư thôn Đông, cách trạm nghiền 300 m về phía Đông Nam"), ("K2", "Trường tiểu học xã, cạnh tuyến đường vận chuyển"),
             ("K3", "Khu dân cư thôn Nam, cuối hướng gió chủ đạo"), ("K4", "Cổng chính khu mỏ (cạnh trạm cân)"),
             ("K5", "Điểm nền – chân núi phía Tây, cách khu mỏ 1,5 km"))


def _limits_iy1_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h(f"KẾT QUẢ QUAN TRẮC MÔI TRƯỜNG KHÔNG KHÍ XUNG QUANH ĐỢT {doc.pick(('I', 'II'))} NĂM 2025 – CỤM MỎ ĐÁ VÔI VÀ TRẠM NGHIỀN SÀNG XÃ YÊN LÂM")
    doc.p("Đơn vị quan trắc: Trung tâm Quan trắc tài nguyên và môi trường tỉnh Thanh Hóa. Mẫu được lấy trong thời gian các trạm nghiền hoạt động, "
          "mỗi mẫu lấy liên tục 1 giờ.")
    keys = list(VN_AMBIENT)
    rows = [["Ký hiệu", "Vị trí lấy mẫu", "Tiếng ồn", *(VN_AMBIENT[k][0] for k in keys)],
            ["", "Đơn vị", "dBA", *(["µg/m³"] * len(keys))],
            ["QCVN 05:2023/BTNMT (trung bình 1 giờ)", None, "-", *(num(VN_AMBIENT[k][1], "vi") if VN_AMBIENT[k][1] else "-" for k in keys)],
            ["QCVN 26:2010/BTNMT (từ 6 giờ đến 21 giờ, khu vực thông thường)", None, "70", *(["-"] * len(keys))]]
    merges = [(2, 0, 2, 1), (3, 0, 3, 1)]
    for pid, place in VN_HOUSES:
        line = [pid, place, num(round(r.uniform(52, 76), 1), "vi")]
        for k in keys:
            lim = VN_AMBIENT[k][1]
            v = float(round(r.uniform(*VN_AMBIENT[k][2]) / (100 if k == "0337" else 1)) * (100 if k == "0337" else 1))
            line.append(num(v, "vi"))
            if lim:
                add(doc, limit(("code", k), "air", lim, "µg/m3", None, pid, v))
        rows.append(line)
    doc.table("Bảng 1. Kết quả quan trắc không khí xung quanh", rows, merges, role="limits")
    doc.p("Ghi chú: QCVN 05:2023/BTNMT không quy định giá trị trung bình 1 giờ đối với bụi PM10; kết quả PM10 chỉ dùng để theo dõi diễn biến.")
    maybe_distractor(doc)


GYPSUM = ("ТОО «Іле Гипс Өнімдері»", "«Іле Гипс Өнімдері» ЖШС", "Завод гипсовых вяжущих «Іле»", "«Іле» гипс тұтқыр заттары зауыты")
# symbol: (ПДК, unit, (low, high) at the background well, (low, high) downstream)
GW = {"pH": ((6, 9), None, (7.0, 7.8), (6.8, 8.3)), "SO4": (500, "mg/l", (160, 320), (420, 1350)), "Cl-": (350, "mg/l", (40, 120), (90, 260)),
      "TDS": (1000, "mg/l", (480, 820), (900, 2400)), "NO3-": (45, "mg/l", (2, 12), (5, 38))}
GW_WELLS = (("Н-1", "фоновая, 300 м выше по потоку подземных вод", "фондық, жерасты сулары ағысынан 300 м жоғары", None),
            ("Н-2", "у восточной дамбы шламонакопителя", "шлам жинағыштың шығыс бөгетінің жанында", None),
            ("Н-3", "150 м ниже шламонакопителя по потоку", "шлам жинағыштан ағыс бойынша 150 м төмен", 2024))
YEARS3 = (2023, 2024, 2025)


def limits_iy2(doc: Doc) -> None:
    """A gypsum works' report on ПЭК, the groundwater of three observation wells around its sludge pond over the last three
    years: a row spanning the table per well (`Н-2 – у восточной дамбы шламонакопителя`) over a row per year of sampling,
    the parameters as columns with a unit row and the drinking-water ПДК as a row under the header, sulphates and the dry
    residue above the ПДК downstream; the background well is judged like the others; a well drilled in 2024 has a 2023 row
    that says so across it; total hardness has its norm but no key (VI: a granite tile workshop's water after its settling
    tanks, recycled to the saws and never discharged, beside the discharge point to the drain, which alone QCVN
    40:2011/BTNMT column B with Kq = 0,9 and Kf = 1,0 in the last column applies to)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_iy2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    operator, plant = GYPSUM[L], GYPSUM[2 + L]
    doc.h(g(f"Отчет по производственному экологическому контролю за 2025 год. {plant}", f"{plant}. 2025 жылғы өндірістік экологиялық бақылау жөніндегі есеп", ""))
    doc.h(g("4.3. Мониторинг подземных вод в районе шламонакопителя", "4.3. Шлам жинағыш ауданындағы жерасты суларының мониторингі", ""))
    doc.p(g(f"Оператор – {operator}. Пробы отбираются ежегодно в октябре; для сравнения приведены результаты 2023–2024 годов. Сравнение – с "
            "гигиеническими нормативами для питьевой воды.",
            f"Оператор – {operator}. Сынамалар жыл сайын қазан айында алынады; салыстыру үшін 2023–2024 жылдардың нәтижелері келтірілген. "
            "Салыстыру – ауыз суға арналған гигиеналық нормативтермен.", ""))
    keys = list(GW)
    rows = [[g("Скважина, год отбора", "Ұңғыма, сынама алу жылы", ""), *(vocab.water(s, doc.lang) for s in keys),
             g("Жесткость общая", "Жалпы кермектілік", "")],
            ["", g("ед. pH", "pH бірл.", ""), *(["мг/дм³"] * (len(keys) - 1)), g("мг-экв/дм³", "мг-экв/дм³", "")],
            [g("ПДК", "ШЖК", ""), *(f"{num(GW[s][0][0], doc.lang)}–{num(GW[s][0][1], doc.lang)}" if isinstance(GW[s][0], tuple)
                                    else num(GW[s][0], doc.lang) for s in keys), "7,0"]]
    merges: list = []
    width = len(keys) + 2
    for wid, p_ru, p_kk, drilled in GW_WELLS:
        _span(rows, merges, f"{wid} – {(p_ru, p_kk)[L]}", width)
        for year in YEARS3:
            if drilled and year < drilled:
                rows.append([str(year), g(f"скважина не была оборудована (пробурена в мае {drilled} г.)",
                                          f"ұңғыма жабдықталмаған ({drilled} ж. мамырда бұрғыланды)", ""), *[None] * (width - 2)])
                merges.append((len(rows) - 1, 1, len(rows) - 1, width - 1))
                continue
            line = [str(year)]
            for s in keys:
                lim, unit, back, down = GW[s]
                lo, hi = back if wid == "Н-1" else down
                v = round(r.uniform(lo, hi), 1) if s in ("pH", "NO3-") else float(round(r.uniform(lo, hi)))
                line.append(f"{v:.1f}".replace(".", ",") if s == "pH" else num(v, doc.lang))
                add(doc, limit(("symbol", s), "water", lim, unit, None, wid, v))
            line.append(num(round(r.uniform(4.5, 14.0), 1), doc.lang))
            rows.append(line)
    doc.table(g("Таблица 4.3 – Результаты анализов проб подземных вод", "4.3-кесте – Жерасты сулары сынамаларын талдау нәтижелері", ""),
              rows, merges, role="limits")
    doc.p(g("Повышенное содержание сульфатов в скважинах Н-2 и Н-3 связано с фильтрацией из шламонакопителя; запланирован ремонт "
            "противофильтрационного экрана.",
            "Н-2 және Н-3 ұңғымаларындағы сульфаттардың жоғары мөлшері шлам жинағыштан сүзілумен байланысты; сүзуге қарсы экранды жөндеу "
            "жоспарланған.", ""))
    maybe_distractor(doc)


KQ, KF = 0.9, 1.0
# symbol: (VI label, unit, QCVN 40:2011/BTNMT column B, (low, high) after the settling tanks, (low, high) share at the outlet)
VN_TILE_WATER = {"pH": ("pH", "-", (5.5, 9), (7.4, 8.6), (6.8, 8.2)), "TSS": ("Tổng chất rắn lơ lửng (TSS)", "mg/l", 100, (280, 950), (0.3, 0.85)),
                 "COD": ("COD", "mg/l", 150, (20, 60), (0.15, 0.5)), "BOD5": ("BOD5 (20°C)", "mg/l", 50, (8, 25), (0.15, 0.5)),
                 "Fe": ("Sắt (Fe)", "mg/l", 5, (0.4, 2.5), (0.05, 0.4)), "TPH": ("Tổng dầu mỡ khoáng", "mg/l", 10, (0.3, 1.8), (0.05, 0.3))}


def _limits_iy2_vi(doc: Doc) -> None:
    r = doc.rng
    site = doc.pick(("Cơ sở sản xuất đá ốp lát granite Phù Cát", "Xưởng cưa xẻ, mài đá granite Nhơn Tân"))
    doc.h(f"KẾT QUẢ QUAN TRẮC NƯỚC THẢI ĐỊNH KỲ ĐỢT 2 NĂM 2025 – {site.upper()}")
    doc.p("Địa điểm: tỉnh Gia Lai (trước đây thuộc tỉnh Bình Định). Nước từ máy cưa, máy mài được thu về bể lắng 3 ngăn và bơm tuần hoàn trở lại; "
          "chỉ nước tràn khi mưa lớn và nước vệ sinh nhà xưởng xả ra mương thoát nước chung của khu vực.")
    keys = list(VN_TILE_WATER)
    rows = [["TT", "Thông số", "Đơn vị", "NT1 – Nước sau bể lắng 3 ngăn (tuần hoàn cho máy cưa, mài)", "NT2 – Nước thải tại điểm xả ra mương thoát nước chung",
             "QCVN 40:2011/BTNMT cột B, Cmax (Kq = 0,9; Kf = 1,0) – áp dụng cho NT2"]]
    for k, s in enumerate(keys, 1):
        label, unit, col_b, inside, share = VN_TILE_WATER[s]
        if s == "pH":
            cmax = col_b
            v1, v2 = round(r.uniform(*inside), 1), round(r.uniform(*share), 1)
            said = f"{num(cmax[0], 'vi')} – {num(cmax[1], 'vi')}"
        else:
            cmax = _sig(col_b * KQ * KF, 6)
            v1 = _sig(r.uniform(*inside), 3)
            v2 = _sig(cmax * r.uniform(*share), 3)
            said = num(cmax, "vi")
        rows.append([str(k), label, unit, num(v1, "vi"), num(v2, "vi"), said])
        add(doc, limit(("symbol", s), "waste_water", cmax, unit if unit != "-" else None, "B", "NT2", v2))
    doc.table("Bảng 2. Kết quả phân tích mẫu nước", rows, role="limits")
    doc.p("Nhận xét: nước tuần hoàn NT1 không xả ra môi trường nên không so sánh với quy chuẩn; các thông số tại NT2 đều đạt QCVN 40:2011/BTNMT cột B.")
    maybe_distractor(doc)

# ---------------------------------------------------------------- monitoring

# (RU object, KK object, RU place, KK place, sources, points, [(kind, key)], frequency, RU method, KK method)
MINE_PEK = (
    ("Выбросы корпусов дробления и обогащения", "Ұсату және байыту корпустарының шығарындылары",
     "ИЗА 0001 – 0004 (аспирационные системы, рукавные фильтры)", "0001 – 0004 ЛШК (аспирациялық жүйелер, жеңді сүзгілер)",
     ("0001", "0002", "0003", "0004"), (), [("code", "2931")], "quarterly", "инструментальный", "аспаптық"),
    ("Сушильное отделение", "Кептіру бөлімшесі", "ИЗА 0005, 0006 (сушильные барабаны)", "0005, 0006 ЛШК (кептіру барабандары)",
     ("0005", "0006"), (), [("code", "2931"), ("code", "0301"), ("code", "0330"), ("code", "0337")], "quarterly", "инструментальный", "аспаптық"),
    ("Котельная фабрики", "Фабрика қазандығы", "ИЗА 0007 (дымовая труба)", "0007 ЛШК (түтін мұржасы)", ("0007",), (),
     [("code", "0301"), ("code", "0304"), ("code", "0330"), ("code", "0337"), ("code", "2908")], "semiannual", "инструментальный", "аспаптық"),
    ("Атмосферный воздух на границе СЗЗ (1000 м)", "СҚА шекарасындағы атмосфералық ауа (1000 м)",
     "П-1 – П-4 (посты на границе СЗЗ: север, восток, юг, запад)", "П-1 – П-4 (СҚА шекарасындағы бекеттер: солтүстік, шығыс, оңтүстік, батыс)",
     (), ("П-1", "П-2", "П-3", "П-4"), [("code", "2931"), ("code", "2902")], "monthly", "отбор проб на фильтры", "сүзгілерге сынама алу"),
    ("Атмосферный воздух жилой зоны", "Тұрғын аймақтың атмосфералық ауасы", "Ж-1 – г. Житикара, ул. Т. Шевченко (школа № 3)",
     "Ж-1 – Жітіқара қ., Т. Шевченко к-сі (№ 3 мектеп)", (), ("Ж-1",), [("code", "2931"), ("code", "2902")], "monthly",
     "отбор проб на фильтры", "сүзгілерге сынама алу"),
    ("Карьерные воды", "Карьер сулары", "В-1 – выпуск водоотлива в пруд-испаритель", "В-1 – су төгуді буландыру тоғанына шығару", (), ("В-1",),
     [("symbol", "pH"), ("symbol", "TSS"), ("symbol", "SO4"), ("symbol", "Cl-"), ("symbol", "TPH")], "quarterly", "лабораторный", "зертханалық"),
)  # fmt: skip


def _label(doc: Doc, kind: str, key: str) -> str:
    if kind == "code":
        return f"{key} – {_air(doc, key)}"
    if kind == "soil":
        return vocab.soil(key, doc.lang)
    return vocab.water(key, doc.lang)


def monitoring_iy1(doc: Doc) -> None:
    """The chrysotile mine and mill's ПЭК programme, `№ | объект контроля | место отбора проб | контролируемые вещества |
    периодичность | метод`, whose place cells hold ranges and lists — `ИЗА 0001 – 0004 (аспирационные системы)`, `ИЗА 0005,
    0006`, `П-1 – П-4 (посты на границе СЗЗ …)` — to be read as every source and post between the ends, the substances as `код
    – наименование` with asbestos-bearing dust at the stacks, the zone's posts and the town post, the drainage water at its
    outlet (VI: a Ninh Bình lime works' programme from its environmental permit, a small stack of the hydrator whose row
    says it is not subject to periodic monitoring)."""
    if doc.lang == "vi":
        _monitoring_iy1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    operator = MINE["operator"][L]
    doc.h(g(f"Программа производственного экологического контроля {operator} на 2026–2028 годы",
            f"{operator} 2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.h(g("Раздел 3. Операционный мониторинг и мониторинг воздействия", "3-бөлім. Операциялық мониторинг және әсер ету мониторингі", ""))
    doc.p(g("Контроль содержания асбестосодержащей пыли ведется аккредитованной лабораторией; пробы на границе СЗЗ и в жилой зоне "
            "отбираются с подветренной стороны при работе фабрики.",
            "Құрамында асбест бар шаңның мөлшерін бақылауды аккредиттелген зертхана жүргізеді; СҚА шекарасында және тұрғын аймақта "
            "сынамалар фабрика жұмыс істеп тұрған кезде жел жақтан алынады.", ""))
    rows = [g(["№", "Объект контроля", "Место отбора проб", "Контролируемые вещества", "Периодичность", "Метод"],
              ["№", "Бақылау объектісі", "Сынама алу орны", "Бақыланатын заттар", "Кезеңділігі", "Әдісі"], [])]
    pairs, sources = [], []
    for k, (o_ru, o_kk, p_ru, p_kk, srcs, points, keys, word, m_ru, m_kk) in enumerate(MINE_PEK, 1):
        rows.append([str(k), (o_ru, o_kk)[L], (p_ru, p_kk)[L], "; ".join(_label(doc, kind, key) for kind, key in keys), _often(doc, word),
                     (m_ru, m_kk)[L]])
        for s in srcs:
            sources.append(s)
            for kind, key in keys:
                doc.add("monitoring", {"source_number": s, kind: key, "frequency": word})
                pairs.append((s, key))
        for p in points:
            doc.add("monitoring", *({"point": p, kind: key, "frequency": word} for kind, key in keys))
    doc.table(g("Таблица 3.1 – План-график мониторинга", "3.1-кесте – Мониторингтің жоспар-кестесі", ""), rows, role="monitoring")
    doc.add("sources", *({"number": s, "type": "organized"} for s in sources))
    doc.add("emissions", *(emission(c, None, None, s) for s, c in pairs))
    maybe_distractor(doc)


# (place with its code, params [(code, label)], frequency or None if not monitored, said when not monitored)
VN_KILN_PLAN = (
    ("KT1 – Ống khói lò vôi số 1", [("2902", "Bụi tổng"), ("0330", "SO2"), ("0301", "NOx (tính theo NO2)"), ("0337", "CO")], "quarterly"),
    ("KT2 – Ống khói lò vôi số 2", [("2902", "Bụi tổng"), ("0330", "SO2"), ("0301", "NOx (tính theo NO2)"), ("0337", "CO")], "quarterly"),
    ("KT3 – Ống thải hệ thống lọc bụi khu nghiền, sàng đá", [("2902", "Bụi tổng")], "semiannual"),
    ("KT4 – Ống thải tháp rửa khí máy hydrat hóa vôi", [("2902", "Bụi tổng")], None),
)


def _monitoring_iy1_vi(doc: Doc) -> None:
    plant, company, place = doc.pick(VN_LIME_PLANTS)
    doc.h(f"GIẤY PHÉP MÔI TRƯỜNG – {plant.upper()}")
    doc.h("Phụ lục 2. Chương trình quan trắc môi trường định kỳ")
    doc.p(f"Chủ cơ sở: {company}, {place}. Nước thải sinh hoạt được xử lý bằng bể tự hoại và tái sử dụng tưới cây, không xả ra môi trường "
          "nên không phải quan trắc nước thải.")
    rows = [["TT", "Vị trí quan trắc", "Thông số quan trắc", "Tần suất", "Quy chuẩn so sánh"]]
    merges: list = []
    for k, (place_, params, word) in enumerate(VN_KILN_PLAN, 1):
        if word is None:
            rows.append([str(k), place_, "Không thuộc đối tượng phải quan trắc định kỳ (lưu lượng khí thải nhỏ, dưới ngưỡng tại Phụ lục XXIX "
                         "Nghị định số 08/2022/NĐ-CP)", None, None])
            merges.append((len(rows) - 1, 2, len(rows) - 1, 4))
            continue
        rows.append([str(k), place_, "Lưu lượng, " + ", ".join(label for _, label in params), freq(doc, word), "QCVN 19:2009/BTNMT, cột B"])
        doc.add("monitoring", *({"point": place_.split(" ")[0], "code": c, "frequency": word} for c, _ in params))
    doc.table("Bảng 2.1. Quan trắc khí thải định kỳ", rows, merges, role="monitoring")
    maybe_distractor(doc)


MONTHS_RO = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
# (RU place, KK place, sources, points, [(kind, key)], frequency, months marked (0-based))
QUARRY_PLAN = (
    ("ИЗА 0001 – аспирация дробильно-сортировочной установки", "0001 ЛШК – ұсату-сұрыптау қондырғысының аспирациясы", ("0001",), (),
     [("code", "2908")], "quarterly", (2, 5, 8, 11)),
    ("ИЗА 0002 – труба котельной бытового корпуса (котел КВр-0,5, уголь)", "0002 ЛШК – тұрмыстық корпус қазандығының құбыры (КВр-0,5 қазаны, көмір)",
     ("0002",), (), [("code", "0301"), ("code", "0330"), ("code", "0337")], "semiannual", (1, 10)),
    ("ИЗА 0003 – аспирация пункта перегрузки щебня", "0003 ЛШК – қиыршық тасты қайта тиеу пунктінің аспирациясы", ("0003",), (),
     [("code", "2908")], "semiannual", (3, 9)),
    ("Т-1, Т-2 – граница СЗЗ (500 м), север и юг", "Т-1, Т-2 – СҚА шекарасы (500 м), солтүстік және оңтүстік", (), ("Т-1", "Т-2"),
     [("code", "2908"), ("code", "0301")], "monthly", tuple(range(12))),
    ("В-1 – выпуск карьерного водоотлива в пруд-отстойник", "В-1 – карьерлік су төгудің тұндыру тоғанына шығарылымы", (), ("В-1",),
     [("symbol", "pH"), ("symbol", "TSS"), ("symbol", "TPH")], "semiannual", (4, 8)),
    ("П-1 – почва у подошвы отвала вскрышных пород", "П-1 – аршылған жыныстар үйіндісінің етегіндегі топырақ", (), ("П-1",),
     [("soil", "Pb"), ("soil", "Zn"), ("soil", "Cu")], "yearly", (6,)),
)  # fmt: skip


def monitoring_iy2(doc: Doc) -> None:
    """A granite quarry's sampling calendar for 2026 attached to its ПЭК programme: `№ | место отбора | показатели` and then
    the twelve months in Roman figures under a merged header, `+` in the months a sample is taken, the executor last and no
    frequency column anywhere, so that the marks alone say monthly (all twelve), quarterly (March, June, September,
    December), twice a year or once a year; two boundary points in one cell (VI: a Thanh Hóa stone crushing company's plan
    for 2026, `T1` … `T12` marked `x`)."""
    if doc.lang == "vi":
        _monitoring_iy2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    operator = STONE["operator"][L]
    quarry = STONE["obj1"][L]
    lab = g("ТОО «ЭкоАналитика Жетісу» (аттестат KZ.T.02.1183)", "«ЭкоАналитика Жетісу» ЖШС (KZ.T.02.1183 аттестаты)", "")
    doc.h(g(f"Приложение 2 к Программе ПЭК {operator}. График отбора проб на 2026 год. {quarry}",
            f"{operator} ӨЭБ бағдарламасына 2-қосымша. 2026 жылға арналған сынама алу кестесі. {quarry}", ""))
    doc.p(g("Знаком «+» отмечены месяцы, в которые производится отбор проб (замеры).", "«+» белгісімен сынама алынатын (өлшеу жүргізілетін) айлар белгіленген.", ""))
    head0 = [g("№", "№", ""), g("Место отбора проб", "Сынама алу орны", ""), g("Определяемые показатели", "Анықталатын көрсеткіштер", ""),
             g("Месяцы 2026 года", "2026 жылдың айлары", ""), *[None] * 11, g("Исполнитель", "Орындаушы", "")]
    rows = [head0, [None, None, None, *MONTHS_RO, None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 14), (0, 15, 1, 15)]
    pairs, sources = [], []
    for k, (p_ru, p_kk, srcs, points, keys, word, months) in enumerate(QUARRY_PLAN, 1):
        marks = ["+" if m in months else "" for m in range(12)]
        rows.append([str(k), (p_ru, p_kk)[L], ", ".join(_label(doc, kind, key) for kind, key in keys), *marks, lab])
        for s in srcs:
            sources.append(s)
            doc.add("monitoring", *({"source_number": s, kind: key, "frequency": word} for kind, key in keys))
            pairs += [(s, key) for _, key in keys]
        for p in points:
            doc.add("monitoring", *({"point": p, ("symbol" if kind == "soil" else kind): key, "frequency": word} for kind, key in keys))
    doc.table(None, rows, merges, role="monitoring")
    doc.add("sources", *({"number": s, "type": "organized"} for s in sources))
    doc.add("emissions", *(emission(c, None, None, s) for s, c in pairs))
    distractor(doc, "approval")


# (place with its code, [(kind, key, label)], frequency, months marked)
VN_CRUSH_PLAN = (
    ("KT1 – Ống thải hệ thống lọc bụi trạm nghiền số 1", [("code", "2902", "Bụi tổng")], "quarterly", (2, 5, 8, 11)),
    ("KT2 – Ống thải hệ thống lọc bụi trạm nghiền số 2", [("code", "2902", "Bụi tổng")], "quarterly", (2, 5, 8, 11)),
    ("K1 – Khu dân cư thôn Đông (cách trạm nghiền 300 m)", [("code", "2902", "Tổng bụi lơ lửng (TSP)"), ("code", "0330", "SO2"), ("code", "0301", "NO2"),
                                                             ("code", "0337", "CO")], "semiannual", (5, 11)),
    ("NM1 – Nước tại hố lắng đáy moong khai thác", [("symbol", "pH", "pH"), ("symbol", "TSS", "TSS"), ("symbol", "TPH", "Tổng dầu mỡ khoáng")],
     "semiannual", (4, 9)),
    ("KT3 – Ống xả máy phát điện dự phòng", [("code", "0301", "NO2"), ("code", "0337", "CO")], "yearly", (6,)),
)  # fmt: skip


def _monitoring_iy2_vi(doc: Doc) -> None:
    company = doc.pick(("Công ty Cổ phần Đá xây dựng Núi Nhồi", "Công ty TNHH Khai thác đá Đông Sơn"))
    doc.h(f"KẾ HOẠCH QUAN TRẮC MÔI TRƯỜNG NĂM 2026 – {company.upper()}")
    doc.p("Dấu “x” là tháng thực hiện lấy mẫu. Đơn vị thực hiện: đơn vị có Giấy chứng nhận đủ điều kiện hoạt động dịch vụ quan trắc môi trường "
          "(VIMCERTS) theo hợp đồng năm 2026.")
    rows = [["TT", "Vị trí lấy mẫu", "Thông số", "Tháng thực hiện năm 2026", *[None] * 11],
            [None, None, None, *(f"T{m}" for m in range(1, 13))]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 14)]
    for k, (place, params, word, months) in enumerate(VN_CRUSH_PLAN, 1):
        rows.append([str(k), place, ", ".join(label for _, _, label in params), *("x" if m in months else "" for m in range(12))])
        doc.add("monitoring", *({"point": place.split(" ")[0], kind: key, "frequency": word} for kind, key, _ in params))
    doc.table("Bảng 1. Vị trí, thông số và thời gian quan trắc", rows, merges, role="monitoring")
    maybe_distractor(doc)

# ---------------------------------------------------------------- inspections

# (RU stage, KK stage, RU what, KK what, frequency or None, RU said, KK said, RU who, KK who, RU record, KK record)
ASBESTOS_FLOW = (
    ("Приемка вагонов с хризотил-асбестом на подъездном пути", "Кірме жолда хризотил-асбесті бар вагондарды қабылдау",
     "целостность мешков и пломб, отсутствие просыпей в вагоне", "қаптар мен пломбалардың бүтіндігі, вагонда шашылудың болмауы", None,
     "при каждой разгрузке вагона", "әр вагонды түсірген сайын", "мастер склада сырья", "шикізат қоймасының шебері",
     "журнал приемки сырья", "шикізатты қабылдау журналы"),
    ("Закрытый склад хризотил-асбеста", "Хризотил-асбесттің жабық қоймасы", "хранение на поддонах, целостность упаковки, влажная уборка",
     "тұғырықтарда сақтау, қаптаманың бүтіндігі, дымқыл жинау", "daily", "ежедневно", "күн сайын", "заведующий складом сырья",
     "шикізат қоймасының меңгерушісі", "журнал склада", "қойма журналы"),
    ("Узел растаривания мешков", "Қаптарды ашу торабы", "работа местных отсосов, перепад давления на рукавном фильтре ИЗА 0001",
     "жергілікті сорғыштардың жұмысы, 0001 ЛШК жеңді сүзгісіндегі қысым айырмасы", None, "ежесменно", "әр ауысымда",
     "сменный мастер цеха подготовки сырья", "шикізат дайындау цехының ауысым шебері", "сменный журнал", "ауысым журналы"),
    ("Рукавные фильтры ИЗА 0001 и 0003", "0001 және 0003 ЛШК жеңді сүзгілері",
     "целостность рукавов, регенерация, выгрузка уловленной пыли в герметичную тару",
     "жеңдердің бүтіндігі, регенерация, ұсталған шаңды герметикалық ыдысқа түсіру", "weekly", "еженедельно", "апта сайын",
     "механик цеха", "цех механигі", "журнал работы ГОУ", "ГТҚ жұмыс журналы"),
    ("Бегуны и гидропушители", "Бегундар мен гидроүлпілдеткіштер", "герметичность укрытий, подача воды на увлажнение асбеста",
     "жабындардың герметикалығы, асбестті ылғалдандыруға су беру", "daily", "ежедневно", "күн сайын",
     "мастер участка приготовления массы", "масса дайындау учаскесінің шебері", "сменный журнал", "ауысым журналы"),
    ("Узел обрезки кромок листов", "Табақ жиектерін кесу торабы", "работа гидроабразивной резки, отсутствие сухой резки и пыления",
     "гидроабразивті кесудің жұмысы, құрғақ кесу мен шаңның болмауы", "monthly", "1 раз в месяц", "айына 1 рет", "инженер-эколог",
     "инженер-эколог", "журнал ПЭК", "ӨЭБ журналы"),
    ("Площадка накопления асбестсодержащих отходов", "Құрамында асбест бар қалдықтарды жинақтау алаңы",
     "маркировка и герметичность тары, сроки накопления (не более 6 месяцев)", "ыдыстың таңбалануы мен герметикалығы, жинақтау мерзімі (6 айдан аспайды)",
     "monthly", "ежемесячно", "ай сайын", "инженер-эколог", "инженер-эколог", "журнал учета отходов", "қалдықтарды есепке алу журналы"),
    ("Территория завода и подъездные пути", "Зауыт аумағы және кірме жолдар", "отсутствие просыпей асбеста и боя шифера, полив проездов",
     "асбест шашындылары мен шифер сынықтарының болмауы, өтпе жолдарды суару", "weekly", "еженедельно", "апта сайын",
     "начальник хозяйственного отдела", "шаруашылық бөлімінің бастығы", "акт обхода", "аралау актісі"),
    ("Система производственного экологического контроля", "Өндірістік экологиялық бақылау жүйесі", "выполнение программы ПЭК, ведение журналов",
     "ӨЭБ бағдарламасының орындалуы, журналдарды жүргізу", "yearly", "1 раз в год (декабрь)", "жылына 1 рет (желтоқсан)", "главный инженер",
     "бас инженер", "акт внутренней проверки", "ішкі тексеру актісі"),
)  # fmt: skip
# (stage, what, frequency or None, said, who, record)
VN_ASBESTOS_FLOW = (
    ("Nhập sợi amiăng chrysotile tại kho", "Tình trạng bao, không rách vỡ, không rơi vãi khi bốc dỡ", None, "Mỗi lần nhập hàng", "Thủ kho nguyên liệu",
     "Sổ nhập kho"),
    ("Kho chứa amiăng (kho kín)", "Xếp trên pallet, che phủ, vệ sinh ướt nền kho", "daily", "Hằng ngày", "Thủ kho nguyên liệu", "Sổ theo dõi kho"),
    ("Khu vực xé bao, nạp amiăng", "Hoạt động của chụp hút, chênh áp lọc bụi túi vải", None, "Mỗi ca sản xuất", "Trưởng ca sản xuất", "Sổ giao ca"),
    ("Hệ thống lọc bụi túi vải", "Tình trạng túi lọc, rũ bụi, thu bụi vào bao kín", "weekly", "Hằng tuần", "Tổ trưởng tổ cơ điện",
     "Sổ vận hành hệ thống xử lý khí thải"),
    ("Máy nghiền ướt, máy xeo tấm", "Độ kín nắp che, cấp nước làm ẩm amiăng", "daily", "Hằng ngày", "Quản đốc phân xưởng", "Sổ giao ca"),
    ("Kho lưu giữ chất thải có amiăng", "Dán nhãn, bao gói kín, thời gian lưu giữ", "monthly", "01 tháng/lần", "Cán bộ phụ trách môi trường",
     "Sổ theo dõi chất thải"),
    ("Khuôn viên nhà máy", "Không rơi vãi amiăng, tấm vỡ; tưới ẩm đường nội bộ", "weekly", "Hằng tuần", "Trưởng phòng Hành chính",
     "Biên bản kiểm tra"),
)  # fmt: skip


def inspections_iy1(doc: Doc) -> None:
    """A slate plant's schedule of production control over the handling of chrysotile, the rows following the asbestos along
    its way — wagons unloaded on the siding, the closed store, bag opening, the bag filters, the edge runners, the trimming of
    sheets, the store of asbestos-bearing wastes, the grounds — then the control system as a whole once a year; `№ | этап
    (объект контроля) | что контролируется | периодичность | кто контролирует | учетный документ`, checks at each unloading
    and every shift with no frequency of the contract, the record in a last column (VI: a fibre-cement plant's checks from
    the amiăng store to the store of asbestos-bearing wastes, `Mỗi lần nhập hàng`, `Mỗi ca sản xuất`)."""
    g = doc.v
    if doc.lang == "vi":
        plant = VN_FIBRO["f1"][0]
        doc.h(f"KẾ HOẠCH KIỂM TRA NỘI BỘ VỀ QUẢN LÝ AMIĂNG CHRYSOTILE NĂM 2026 – {plant.upper()}")
        doc.p("Các nội dung kiểm tra được sắp xếp theo dòng di chuyển của amiăng trong nhà máy, từ khi nhập kho đến khi chất thải có amiăng được "
              "chuyển giao.")
        rows = [["TT", "Công đoạn, vị trí kiểm tra", "Nội dung kiểm tra", "Tần suất", "Người kiểm tra", "Hồ sơ ghi chép"]]
        for k, (stage, what, word, said, who, record) in enumerate(VN_ASBESTOS_FLOW, 1):
            rows.append([str(k), stage, what, said, who, record])
            item = {"kind": "inspection", "text_contains": _words(stage, 4), "actor_contains": who}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
        doc.table("Bảng 1. Nội dung và tần suất kiểm tra", rows, role="inspections")
        maybe_distractor(doc)
        return
    L = _L(doc)
    operator, plant = SLATE[0][L], SLATE[0][2 + L]
    doc.h(g(f"График производственного контроля обращения с хризотил-асбестом на 2026 год. {plant}",
            f"{plant}. Хризотил-асбестпен жұмыс істеуді өндірістік бақылаудың 2026 жылға арналған кестесі", ""))
    doc.p(g(f"Утвержден главным инженером {operator}. Контроль ведется по ходу движения асбеста от приемки до передачи асбестсодержащих "
            "отходов; результаты заносятся в указанные учетные документы.",
            f"{operator} бас инженері бекітті. Бақылау асбесттің қабылданғаннан бастап құрамында асбест бар қалдықтар берілгенге дейінгі "
            "қозғалысы бойынша жүргізіледі; нәтижелер көрсетілген есепке алу құжаттарына енгізіледі.", ""))
    rows = [g(["№", "Этап (объект контроля)", "Что контролируется", "Периодичность", "Кто контролирует", "Учетный документ"],
              ["№", "Кезең (бақылау объектісі)", "Не бақыланады", "Кезеңділігі", "Кім бақылайды", "Есепке алу құжаты"], [])]
    for k, c in enumerate(ASBESTOS_FLOW, 1):
        stage, what, word, said, who, record = c[L], c[2 + L], c[4], c[5 + L], c[7 + L], c[9 + L]
        rows.append([str(k), stage, what, said, who, record])
        item = {"kind": "inspection", "text_contains": _words(stage, 3), "actor_contains": who}
        if word:
            item["frequency"] = word
        doc.add("obligations", item)
    doc.table(g("Таблица 1 – График контроля", "1-кесте – Бақылау кестесі", ""), rows, role="inspections")
    maybe_distractor(doc)


# (RU object, KK object, RU answers for it, KK, RU checks it, KK, frequency, RU said, KK said)
QUARRY_CHECKS = (
    ("Отвал вскрышных пород № 1", "№ 1 аршылған жыныстар үйіндісі", "горный мастер участка вскрышных работ", "аршу жұмыстары учаскесінің тау-кен шебері",
     "главный инженер", "бас инженер", "monthly", "ежемесячно", "ай сайын"),
    ("Дробильно-сортировочная установка (пылеподавление, аспирация ИЗА 0001)", "Ұсату-сұрыптау қондырғысы (шаң басу, 0001 ЛШК аспирациясы)",
     "начальник ДСУ", "ҰСҚ бастығы", "инженер-эколог", "инженер-эколог", "weekly", "еженедельно", "апта сайын"),
    ("Пруд-отстойник карьерных вод", "Карьер суларының тұндыру тоғаны", "механик участка водоотлива", "су төгу учаскесінің механигі",
     "инженер-эколог", "инженер-эколог", "monthly", "1 раз в месяц", "айына 1 рет"),
    ("Склад ГСМ с обвалованием", "Үйіндімен қоршалған ЖЖМ қоймасы", "заведующий складом ГСМ", "ЖЖМ қоймасының меңгерушісі", "главный механик",
     "бас механик", "quarterly", "ежеквартально", "тоқсан сайын"),
    ("Площадка временного накопления отходов", "Қалдықтарды уақытша жинақтау алаңы", "мастер хозяйственного участка", "шаруашылық учаскесінің шебері",
     "инженер-эколог", "инженер-эколог", "monthly", "ежемесячно", "ай сайын"),
    ("Карьерные автодороги (полив в теплый период)", "Карьер автожолдары (жылы кезеңде суару)", "начальник автотранспортного участка",
     "автокөлік учаскесінің бастығы", "горный мастер смены", "ауысымның тау-кен шебері", "daily", "ежедневно (май – сентябрь)",
     "күн сайын (мамыр – қыркүйек)"),
    ("Знаки границы санитарно-защитной зоны, озеленение", "Санитариялық-қорғау аймағы шекарасының белгілері, көгалдандыру",
     "заместитель директора по общим вопросам", "директордың жалпы мәселелер жөніндегі орынбасары", "инженер-эколог", "инженер-эколог",
     "semiannual", "2 раза в год", "жылына 2 рет"),
    ("Участки рекультивации отработанных уступов", "Өңделіп біткен кемерлерді рекультивациялау учаскелері", "главный маркшейдер", "бас маркшейдер",
     "главный инженер", "бас инженер", "yearly", "1 раз в год (октябрь)", "жылына 1 рет (қазан)"),
)  # fmt: skip
VN_QUARRY_CHECKS = (
    ("Bãi thải đất đá", "Đội trưởng đội khai thác", "Phó Giám đốc kỹ thuật", "monthly", "01 tháng/lần"),
    ("Trạm nghiền sàng số 1 và hệ thống phun sương dập bụi", "Trưởng trạm nghiền", "Cán bộ phụ trách môi trường", "weekly", "Hằng tuần"),
    ("Hố lắng đáy moong và mương thoát nước", "Tổ trưởng tổ bơm thoát nước", "Cán bộ phụ trách môi trường", "monthly", "01 tháng/lần"),
    ("Kho dầu và khu rửa xe", "Thủ kho vật tư", "Quản đốc cơ điện", "quarterly", "03 tháng/lần"),
    ("Kho chứa chất thải nguy hại", "Nhân viên hành chính", "Cán bộ phụ trách môi trường", "monthly", "Hằng tháng"),
    ("Đường vận chuyển nội mỏ (tưới nước chống bụi)", "Đội trưởng đội xe", "Trưởng ca khai thác", "daily", "Hằng ngày (mùa khô)"),
    ("Khu vực đã hoàn thổ, trồng cây", "Đội trưởng đội khai thác", "Phó Giám đốc kỹ thuật", "yearly", "1 lần/năm"),
)


def inspections_iy2(doc: Doc) -> None:
    """The annex of a granite quarry's order on who answers for the nature-protection objects and how they are checked,
    `№ | объект | ответственный за состояние и эксплуатацию | контроль осуществляет | периодичность контроля`: each row
    names two people, the one who runs the object and, in the next column, the one who checks it — the checker alone is the
    actor of the check — the same engineer checking many objects, frequencies with the months in brackets (VI: a stone
    company's decision, `Người phụ trách vận hành` beside `Người kiểm tra`)."""
    g = doc.v
    if doc.lang == "vi":
        company = doc.pick(("Công ty Cổ phần Đá xây dựng Núi Nhồi", "Công ty TNHH Khai thác đá Đông Sơn"))
        doc.p(f"{company.upper()} – Phụ lục kèm theo Quyết định số {doc.rng.randint(10, 90)}/QĐ-CT ngày {doc.rng.randint(2, 28):02d}/01/2026 của Giám đốc")
        doc.h("DANH MỤC CÔNG TRÌNH BẢO VỆ MÔI TRƯỜNG, NGƯỜI PHỤ TRÁCH VÀ NGƯỜI KIỂM TRA")
        rows = [["TT", "Công trình, hạng mục", "Người phụ trách vận hành", "Người kiểm tra", "Tần suất kiểm tra"]]
        for k, (obj, runs, checks, word, said) in enumerate(VN_QUARRY_CHECKS, 1):
            rows.append([str(k), obj, runs, checks, said])
            doc.add("obligations", {"kind": "inspection", "text_contains": _words(obj, 4), "actor_contains": checks, "frequency": word})
        doc.table(None, rows, role="inspections")
        doc.p("Người kiểm tra ghi kết quả vào sổ theo dõi và báo cáo Giám đốc khi phát hiện sự cố.")
        maybe_distractor(doc)
        return
    L = _L(doc)
    operator = STONE["operator"][L]
    quarry = STONE["obj1"][L]
    n = doc.rng.randint(4, 40)
    doc.p(g(f"Приложение 1 к приказу {operator} от {doc.rng.randint(2, 28):02d}.01.2026 № {n}-П",
            f"{operator} 2026 жылғы {doc.rng.randint(2, 28):02d}.01 № {n}-Б бұйрығына 1-қосымша", ""))
    doc.h(g(f"Перечень природоохранных объектов, ответственных лиц и порядок их контроля. {quarry}",
            f"{quarry}. Табиғат қорғау объектілерінің, жауапты тұлғалардың тізбесі және оларды бақылау тәртібі", ""))
    rows = [g(["№", "Объект", "Ответственный за состояние и эксплуатацию", "Контроль осуществляет", "Периодичность контроля"],
              ["№", "Объект", "Жай-күйі мен пайдаланылуына жауапты", "Бақылауды жүзеге асырады", "Бақылау кезеңділігі"], [])]
    for k, c in enumerate(QUARRY_CHECKS, 1):
        obj, runs, checks, word, said = c[L], c[2 + L], c[4 + L], c[6], c[7 + L]
        rows.append([str(k), obj, runs, checks, said])
        doc.add("obligations", {"kind": "inspection", "text_contains": _words(obj, 3), "actor_contains": checks, "frequency": word})
    doc.table(None, rows, role="inspections")
    doc.p(g("Результаты контроля фиксируются в журнале проверок природоохранных объектов; о нарушениях контролирующее лицо сообщает "
            "главному инженеру в тот же день.",
            "Бақылау нәтижелері табиғат қорғау объектілерін тексеру журналында тіркеледі; бұзушылықтар туралы бақылаушы тұлға сол күні бас "
            "инженерге хабарлайды.", ""))
    maybe_distractor(doc)

# ---------------------------------------------------------------- tasks

# ((RU direction, KK direction), [(RU measure, KK measure, RU volume, KK volume, quarters' shares, RU responsible, KK responsible,
#   RU effect, KK effect)])
MINE_PLAN = (
    (("Охрана атмосферного воздуха", "Атмосфералық ауаны қорғау"), [
        ("Замена фильтровальных рукавов аспирационных систем корпуса обогащения (ИЗА 0001 – 0004)",
         "Байыту корпусының аспирациялық жүйелерінің сүзгі жеңдерін ауыстыру (0001 – 0004 ЛШК)", "1 840 шт.", "1 840 дана", (0, 0.5, 0.5, 0),
         "начальник обогатительной фабрики", "байыту фабрикасының бастығы", "снижение выбросов пыли на 3,2 т/год", "шаң шығарындыларын жылына 3,2 т азайту"),
        ("Гидрообеспыливание забоев и карьерных автодорог поливомоечными машинами", "Кенжарлар мен карьер автожолдарын суару-жуу машиналарымен шаңсыздандыру",
         "3 машины", "3 машина", (0, 0.4, 0.5, 0.1), "начальник карьера", "карьер бастығы", "снижение пыления автодорог",
         "автожолдардың шаңдануын азайту"),
        ("Установка автоматизированной системы мониторинга выбросов на сушильных барабанах (ИЗА 0005, 0006)",
         "Кептіру барабандарына шығарындылар мониторингінің автоматтандырылған жүйесін орнату (0005, 0006 ЛШК)", "2 комплекта", "2 жиынтық",
         (0, 0, 0.6, 0.4), "главный энергетик", "бас энергетик", "непрерывный контроль выбросов", "шығарындыларды үздіксіз бақылау")]),
    (("Охрана водных объектов", "Су объектілерін қорғау"), [
        ("Очистка пруда-испарителя карьерных вод от донных отложений", "Карьер суларының буландыру тоғанын түбіндегі шөгінділерден тазарту",
         "12 тыс. м³", "12 мың м³", (0, 0, 1, 0), "начальник карьера", "карьер бастығы", "восстановление емкости пруда", "тоған сыйымдылығын қалпына келтіру")]),
    (("Охрана земель", "Жерді қорғау"), [
        ("Биологическая рекультивация откосов отвала № 3 (посев многолетних трав)", "№ 3 үйінді беткейлерін биологиялық рекультивациялау (көпжылдық шөп егу)",
         "24 га", "24 га", (0, 0.7, 0.3, 0), "главный маркшейдер", "бас маркшейдер", "закрепление откосов, снижение пыления",
         "беткейлерді бекіту, шаңдануды азайту")]),
    (("Обращение с отходами", "Қалдықтармен жұмыс"), [
        ("Строительство крытой площадки накопления асбестсодержащих отходов", "Құрамында асбест бар қалдықтарды жинақтаудың жабық алаңын салу",
         "1 площадка", "1 алаң", (0.2, 0.5, 0.3, 0), "главный инженер", "бас инженер", "исключение пыления при хранении",
         "сақтау кезінде шаңдануды болдырмау")]),
    (("Экологический мониторинг", "Экологиялық мониторинг"), [
        ("Наблюдения за содержанием хризотила в атмосферном воздухе г. Житикара по договору с аккредитованной лабораторией",
         "Аккредиттелген зертханамен шарт бойынша Жітіқара қ. атмосфералық ауасындағы хризотил мөлшерін бақылау", "12 серий", "12 серия",
         (0.25, 0.25, 0.25, 0.25), "инженер-эколог", "инженер-эколог", "информирование населения", "халықты хабардар ету")]),
)  # fmt: skip


def tasks_iy1(doc: Doc) -> None:
    """The chrysotile mine and mill's plan of nature-protection measures for 2026 in the form of the Rules, measures `1.1`
    under rows spanning the table that name the Code's directions, `объем`, the money in thousands of tenge as a total and
    by quarter under a merged header, the source of financing, the responsible and the expected effect, a total row (VI: a
    Thanh Hóa lime company's plan of converting its kilns and protecting the environment in 2026–2027, Roman sections, items
    numbered straight through, the start and the end, the money and the unit doing each)."""
    r = doc.rng
    if doc.lang == "vi":
        _tasks_iy1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    operator = MINE["operator"][L]
    doc.h(g(f"План мероприятий по охране окружающей среды {operator} на 2026 год", f"{operator} 2026 жылға арналған қоршаған ортаны қорғау жөніндегі іс-шаралар жоспары", ""))
    doc.p(g("Составлен по форме приложения к Правилам разработки плана мероприятий по охране окружающей среды; финансирование – за счет "
            "собственных средств недропользователя.",
            "Қоршаған ортаны қорғау жөніндегі іс-шаралар жоспарын әзірлеу қағидаларына қосымшаның нысаны бойынша жасалды; қаржыландыру – жер "
            "қойнауын пайдаланушының өз қаражаты есебінен.", ""))
    head0 = g(["№ п/п", "Наименование мероприятия", "Объем", "Сумма, тыс. тенге", None, None, None, None, "Источник финансирования", "Ответственный",
               "Ожидаемый экологический эффект"],
              ["Р/с №", "Іс-шараның атауы", "Көлемі", "Сомасы, мың теңге", None, None, None, None, "Қаржыландыру көзі", "Жауапты",
               "Күтілетін экологиялық нәтиже"], [])
    head1 = [None, None, None, g("всего", "барлығы", ""), g("I кв.", "I тоқ.", ""), g("II кв.", "II тоқ.", ""), g("III кв.", "III тоқ.", ""),
             g("IV кв.", "IV тоқ.", ""), None, None, None]
    rows = [head0, head1]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 8, 9, 10)] + [(0, 3, 0, 7)]
    own = g("собственные средства", "өз қаражаты", "")
    grand = 0
    for s, ((d_ru, d_kk), items) in enumerate(MINE_PLAN, 1):
        _span(rows, merges, f"{s}. {(d_ru, d_kk)[L]}", 11)
        for k, (m_ru, m_kk, v_ru, v_kk, shares, a_ru, a_kk, e_ru, e_kk) in enumerate(items, 1):
            total = r.randint(12, 240) * 1000
            parts = [round(total * x) for x in shares]
            parts[max(range(4), key=lambda i: shares[i])] += total - sum(parts)
            grand += total
            text, actor = (m_ru, m_kk)[L], (a_ru, a_kk)[L]
            rows.append([f"{s}.{k}", text, (v_ru, v_kk)[L], num(total, doc.lang), *(num(p, doc.lang) if p else "–" for p in parts), own, actor,
                         (e_ru, e_kk)[L]])
            doc.add("obligations", {"kind": "task", "number": f"{s}.{k}", "text_contains": _words(text, 4), "actor_contains": actor})
    rows.append(["", g("Итого по плану", "Жоспар бойынша барлығы", ""), "", num(grand, doc.lang), "", "", "", "", "", "", ""])
    doc.table(g("Таблица 1 – Мероприятия по охране окружающей среды на 2026 год", "1-кесте – 2026 жылға арналған қоршаған ортаны қорғау іс-шаралары", ""),
              rows, merges, role="tasks")
    maybe_distractor(doc)


# (Roman section, [(task, start, end, million đồng, unit)])
VN_KILN_PLAN_TASKS = (
    ("I. CHUẨN BỊ ĐẦU TƯ", [
        ("Thuê đơn vị tư vấn lập thiết kế cải tạo lò đứng thủ công thành lò đứng liên tục cơ giới hóa", "01/2026", "03/2026", "450", "Phòng Kỹ thuật"),
        ("Lập hồ sơ đề nghị điều chỉnh giấy phép môi trường", "03/2026", "06/2026", "180", "Phòng An toàn – Môi trường")]),
    ("II. CẢI TẠO, CHUYỂN ĐỔI LÒ NUNG", [
        ("Dừng và tháo dỡ 02 lò vôi thủ công số 3 và số 4", "04/2026", "05/2026", "320", "Phân xưởng Lò nung"),
        ("Xây dựng lò đứng liên tục 150 tấn/ngày thay thế lò số 3, số 4", "05/2026", "12/2026", "18.500", "Ban Quản lý dự án"),
        ("Lắp đặt hệ thống lọc bụi túi vải và ống khói 25 m cho lò mới", "09/2026", "12/2026", "2.400", "Ban Quản lý dự án")]),
    ("III. BẢO VỆ MÔI TRƯỜNG KHU VỰC", [
        ("Trồng cây xanh cách ly quanh khu lò nung (1,2 ha)", "02/2027", "04/2027", "260", "Phòng Hành chính – Tổng hợp"),
        ("Quan trắc khí thải sau cải tạo, báo cáo kết quả vận hành thử nghiệm", "01/2027", "06/2027", "150", "Phòng An toàn – Môi trường")]),
)  # fmt: skip


def _tasks_iy1_vi(doc: Doc) -> None:
    _, company, place, _, _, _, _ = doc.pick(VN_LIME)
    doc.h(f"KẾ HOẠCH CHUYỂN ĐỔI CÔNG NGHỆ LÒ NUNG VÔI VÀ BẢO VỆ MÔI TRƯỜNG GIAI ĐOẠN 2026 – 2027 CỦA {company.upper()}")
    doc.p(f"Địa điểm: {place}. Thực hiện lộ trình chấm dứt hoạt động các lò vôi thủ công trên địa bàn tỉnh Thanh Hóa theo chỉ đạo của UBND tỉnh.")
    rows = [["TT", "Nội dung công việc", "Thời gian bắt đầu", "Thời gian hoàn thành", "Kinh phí (triệu đồng)", "Bộ phận thực hiện", "Ghi chú"]]
    merges: list = []
    n = 0
    for section, tasks in VN_KILN_PLAN_TASKS:
        _span(rows, merges, section, 7)
        for text, start, end, money, unit in tasks:
            n += 1
            rows.append([str(n), text, start, end, money, unit, ""])
            doc.add("obligations", {"kind": "task", "number": str(n), "text_contains": _words(text, 5), "actor_contains": unit})
    doc.table("Bảng 1. Danh mục công việc", rows, merges, role="tasks")
    maybe_distractor(doc)


# (RU measure, KK measure, RU term, KK term, RU responsible, KK responsible, carried over from 2025) — None is the struck-out item
GYPSUM_PLAN = (
    ("Ремонт противофильтрационного экрана шламонакопителя (участок восточной дамбы)", "Шлам жинағыштың сүзуге қарсы экранын жөндеу (шығыс бөгет учаскесі)",
     "II–III кв. 2026 г.", "2026 ж. II–III тоқ.", "начальник цеха водоснабжения", "сумен жабдықтау цехының бастығы", True),
    ("Замена рукавов фильтра варочного котла № 2 (ИЗА 0004)", "№ 2 қайнату қазаны сүзгісінің жеңдерін ауыстыру (0004 ЛШК)", "март 2026 г.",
     "2026 ж. наурыз", "главный механик", "бас механик", False),
    ("Установка датчиков перепада давления на рукавных фильтрах сушильного барабана", "Кептіру барабанының жеңді сүзгілеріне қысым айырмасы датчиктерін орнату",
     "июнь 2026 г.", "2026 ж. маусым", "главный энергетик", "бас энергетик", False),
    None,
    ("Бурение дополнительной наблюдательной скважины Н-4 ниже шламонакопителя", "Шлам жинағыштан төмен қосымша Н-4 бақылау ұңғымасын бұрғылау",
     "III кв. 2026 г.", "2026 ж. III тоқ.", "инженер-эколог", "инженер-эколог", True),
    ("Устройство системы орошения на складе гипсового камня", "Гипс тасы қоймасында суару жүйесін орнату", "май 2026 г.", "2026 ж. мамыр",
     "начальник карьерно-дробильного участка", "карьер-ұсату учаскесінің бастығы", False),
    ("Озеленение санитарно-защитной зоны (посадка 300 саженцев вяза)", "Санитариялық-қорғау аймағын көгалдандыру (300 шегіршін көшетін отырғызу)",
     "апрель – май 2026 г.", "2026 ж. сәуір – мамыр", "заместитель директора по общим вопросам", "директордың жалпы мәселелер жөніндегі орынбасары", False),
)  # fmt: skip


def tasks_iy2(doc: Doc) -> None:
    """A gypsum works' plan of nature-protection measures for 2026 as amended in the year, `№ | мероприятие | срок | ответственный |
    примечание`: measures carried over from 2025 say so in the last column, item 4 is a row whose cell merged across the table
    says only that it is struck out, with the struck measure named in a footnote under the table, and the numbering goes on
    after it (VI: a stone company's adjusted plan for 2026 with a `Hủy bỏ` row and the reason under the table)."""
    r = doc.rng
    if doc.lang == "vi":
        _tasks_iy2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    operator, plant = GYPSUM[L], GYPSUM[2 + L]
    day, n = r.randint(2, 27), r.randint(2, 9)
    doc.h(g(f"План мероприятий по охране окружающей среды на 2026 год (с изменениями от {day:02d}.03.2026). {plant}",
            f"{plant}. 2026 жылға арналған қоршаған ортаны қорғау жөніндегі іс-шаралар жоспары ({day:02d}.03.2026 өзгерістерімен)", ""))
    doc.p(g(f"Оператор – {operator}. Изменения внесены решением технического совета от {day:02d}.03.2026 № {n}.",
            f"Оператор – {operator}. Өзгерістер техникалық кеңестің {day:02d}.03.2026 № {n} шешімімен енгізілді.", ""))
    rows = [g(["№", "Мероприятие", "Срок исполнения", "Ответственный", "Примечание"], ["№", "Іс-шара", "Орындау мерзімі", "Жауапты", "Ескертпе"], [])]
    merges: list = []
    for k, item in enumerate(GYPSUM_PLAN, 1):
        if item is None:
            rows.append([str(k), g("Исключено (см. примечание 1)", "Алып тасталды (1-ескертпені қараңыз)", ""), None, None, None])
            merges.append((len(rows) - 1, 1, len(rows) - 1, 4))
            continue
        m_ru, m_kk, t_ru, t_kk, a_ru, a_kk, carried = item
        text, actor = (m_ru, m_kk)[L], (a_ru, a_kk)[L]
        note = g("перенесено из плана 2025 г.", "2025 ж. жоспарынан ауыстырылды", "") if carried else ""
        rows.append([str(k), text, (t_ru, t_kk)[L], actor, note])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text, 4), "actor_contains": actor})
    doc.table(None, rows, merges, role="tasks")
    doc.p(g(f"1) Мероприятие «Строительство крытого склада гипсового камня» исключено решением технического совета от {day:02d}.03.2026 № {n} в "
            "связи с переносом строительства на 2027 год.",
            f"1) «Гипс тасының жабық қоймасын салу» іс-шарасы құрылыстың 2027 жылға ауыстырылуына байланысты техникалық кеңестің {day:02d}.03.2026 "
            f"№ {n} шешімімен алып тасталды.", ""))
    maybe_distractor(doc)


# (task, term, lead, note) — None is the cancelled item
VN_STONE_PLAN = (
    ("Lắp bổ sung hệ thống phun sương dập bụi tại trạm nghiền số 2", "Quý I/2026", "Quản đốc cơ điện", ""),
    ("Nạo vét hố lắng đáy moong và mương thoát nước trước mùa mưa", "Tháng 4/2026", "Tổ trưởng tổ bơm thoát nước", ""),
    None,
    ("Trồng cây xanh hoàn thổ khu vực đã kết thúc khai thác phía Bắc (0,8 ha)", "Tháng 7 – 8/2026", "Đội trưởng đội khai thác", "Chuyển từ kế hoạch năm 2025"),
    ("Cải tạo kho chứa chất thải nguy hại (lát nền chống thấm, mái che)", "Quý II/2026", "Phòng Hành chính", ""),
    ("Tập huấn ứng phó sự cố sạt lở bờ moong cho công nhân", "Tháng 5/2026", "Phó Giám đốc kỹ thuật", ""),
)


def _tasks_iy2_vi(doc: Doc) -> None:
    company = doc.pick(("Công ty Cổ phần Đá xây dựng Núi Nhồi", "Công ty TNHH Khai thác đá Đông Sơn"))
    doc.h(f"KẾ HOẠCH BẢO VỆ MÔI TRƯỜNG NĂM 2026 (ĐIỀU CHỈNH LẦN 1) – {company.upper()}")
    doc.p("Điều chỉnh theo Biên bản họp Ban Giám đốc ngày 16/3/2026.")
    rows = [["TT", "Nội dung công việc", "Thời gian thực hiện", "Bộ phận chủ trì", "Ghi chú"]]
    merges: list = []
    for k, item in enumerate(VN_STONE_PLAN, 1):
        if item is None:
            rows.append([str(k), "Hủy bỏ (xem ghi chú (*))", None, None, None])
            merges.append((len(rows) - 1, 1, len(rows) - 1, 4))
            continue
        text, term, lead, note = item
        rows.append([str(k), text, term, lead, note])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text, 5), "actor_contains": lead})
    doc.table("Bảng 1. Danh mục nhiệm vụ", rows, merges, role="tasks")
    doc.p("(*) Nhiệm vụ “Đầu tư trạm quan trắc bụi tự động tại khu dân cư thôn Đông” được hủy bỏ do không thuộc đối tượng bắt buộc theo quy định.")
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"IY{k}", globals()[f"{role}_iy{k}"]) for role in ROLES for k in (1, 2)]
