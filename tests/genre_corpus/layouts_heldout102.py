"""A blind held-out set (two layouts per role, `JG1` and `JG2`): never used for tuning, written by someone who neither
ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`.

Theme: vehicle, bus and motorcycle assembly. Kazakhstan: car assembly plants in Kostanay and Almaty with their body
welding shops, pretreatment and cataphoresis (КТЛ) lines, paint booths with hydrofilters and a regenerative thermal
oxidiser (RTO), a bus plant in Almaty oblast painting its bus frames, an agricultural machinery plant's combine assembly
line in Kostanay with its test run and fuelling point (a ПЭК programme's title sheet typed as alternating rows of labels
and values, an inspection act with the checked operator and the inspecting body side by side, a welding shop's calculation
of emissions by material, an НДВ annex listing every substance of a source in one cell, a waste-management programme's
norms per vehicle and model, a characteristic of wastes turned on its side, a protocol of the RTO's inlet and outlet, soil
at two depths, a plan-graph of sampling by months, a table of automated and laboratory control per stack, a layered
process audit, a schedule of checks of cleaning equipment by frequency columns, a programme of raising environmental
efficiency bound to the КЭР's clauses and the minutes of a meeting after an inspection). Vietnam: motorcycle assembly
plants in the Bình Xuyên park (Vĩnh Phúc, now Phú Thọ) and the Nội Bài park (Hà Nội), a car assembly plant in the Tam
Hiệp park (Quảng Nam, now Đà Nẵng), an electric scooter factory in the Quang Minh park (Hà Nội) (phụ lục thông tin chung
of a GPMT, biên bản kiểm tra, ĐTM loads of welding fumes, tổng hợp tải lượng khí thải, định mức phát sinh chất thải, báo
cáo công tác bảo vệ môi trường, kết quả quan trắc khí thải trước và sau RTO, nước thải đấu nối KCN, kế hoạch quan trắc,
quan trắc tự động và định kỳ, đánh giá theo cấp LPA, kế hoạch kiểm tra công trình BVMT, kế hoạch thực hiện GPMT, biên
bản họp giao ban HSE). Every firm, person and figure is invented; the pollutant and waste codes are real.

Facility: a ПЭК programme's title sheet in which each row of three labels (operator, BIN, OKED; object, category, its
ground; place, KATO, coordinates; permit, term, developer) is followed by a row of their three values, the coordinates
written `φ = 53°14′09″ с.ш.` / `λ = …` on two lines, the developer's BIN and licence in the last value row as a look-alike,
the shops' capacities in a table of no role (VI: a GPMT's annex of general information typed the same way, the ten-digit
project code of the investment certificate beside the enterprise number) (JG1); an inspection act whose first table sets
the checked operator and the Department of Ecology side by side, a column each, `Наименование: …`, `БИН: …` on parallel
rows so that the inspecting body's BIN stands beside the operator's, then rows spanning both columns with the object, its
place and KATO, the GPS reading `N43.41823 E077.00951` and the category, the documents presented in a table of no role
(VI: a biên bản kiểm tra with `Cơ sở được kiểm tra | Đoàn kiểm tra`, the Sở's budget-relation code beside the enterprise
number) (JG2).

Emissions: a body welding shop's calculation of emissions in an НДВ project, each source merged over the materials it
burns — MAG wire, МР-3 electrodes, CuSi3 brazing wire, spot-welding points in thousands, grinders counted in pieces — with
the amount, hours and specific emission per material, and where a source burns two materials the emissions are only the
`Итого по ИЗА` rows after them, a row of column numbers under the header (VI: a motorcycle frame welding shop's ĐTM loads
by area under section rows, `Cộng khu vực` rows after the two wires of the robot line) (JG1); a bus plant's annex of
permitted emissions listing every substance of a source in one cell, one line each, `0616 Ксилол – 0,0412 г/с; 0,385
т/год`, sources under section rows by shop, height and diameter in one cell, the year of reaching the norm last (VI: an
electric scooter factory's summary of loads, `Xylen: … g/s; … tấn/năm` per line in one cell of each stack) (JG2).

Wastes: a car plant's waste-management programme computing each waste from a norm in kilograms per vehicle for the sedan
and the crossover as sub-columns under a merged header, the year's production of each model in a row under the header,
the municipal wastes normed per worker across both sub-columns, the tonnes last (VI: a motorcycle plant's norms per 1,000
scooters and underbones, hazardous wastes in kilograms and ordinary ones in tonnes in a second table) (JG1); an
agricultural machinery plant's characteristic of wastes turned on its side, the wastes as columns and code, name, origin,
state, amount, place and handling as rows, hazardous and non-hazardous wastes in two such tables (VI: an electric scooter
factory's annual report, CTNH and ordinary wastes as columns) (JG2).

Limits: a car plant's protocol at its paint shop's stacks, each source a row spanning the table, the RTO measured at its
inlet — no norm, efficiency judged only — and at its outlet under a place cell merged down, the КЭР's (or permit's) norms in mg/m3 only
for the outlet, a booth and a cataphoresis oven measured at the mouth (VI: QCVN 19:2009/BTNMT column B × Kp × Kv for dust,
CO and NOx and QCVN 20:2009/BTNMT for the solvents, the standard named per row, the RTO's inlet and outlet) (JG1); soil
around an agricultural machinery plant, each point merged over two depths, the ПДК in a row under the header, oil
products without a norm (VI: a motorcycle plant's waste water to the park's sewer by sampling rounds as rows, the park's
acceptance limits in the last row, the point named only in the lead-in) (JG2).

Monitoring: a car plant's plan-graph of sampling, the twelve months in Roman figures as columns under a merged header and
`+` in the months of sampling, the count a year last and no frequency written — monthly, quarterly, twice or once a year
read from the marks — stacks, boundary points, the sewer well and soil under section rows (VI: a motorcycle plant's plan
with months `1` … `12` and `x`) (JG1); a category I car plant's table of control per stack split into the automated
system's continuous measurements and the accredited laboratory's periodic sampling, a stack without the automated system
(VI: a car plant's `Quan trắc tự động, liên tục` beside `Quan trắc định kỳ` at the RTO stack, a booth and the waste-water
outlet) (JG2).

Inspections: a car plant's layered process audit of environmental requirements, the questions under shop rows and three
levels — master daily, head of shop weekly, plant director monthly — as columns with `+` marks, a question checked at one,
two or three levels (VI: a motorcycle plant's đánh giá theo cấp) (JG1); a bus plant's schedule of checks of its cleaning
equipment, what is checked written in frequency columns — daily, weekly, monthly, yearly during the summer stop — with a
dash where nothing is due and the responsible last (VI: an electric scooter factory's plan of checking its environmental
works, `Hằng ngày | Hằng tuần | Hằng tháng | 06 tháng/lần`) (JG2).

Tasks: a category I car plant's programme of raising environmental efficiency annexed to its КЭР, measures numbered through
under component rows, a column of the КЭР's clauses (`п. 3.1.2`) and of the sources (`ИЗА 0004, 0007`) that look like item
numbers, start and end, the responsible's position and name on two lines, the cost (VI: a car plant's plan of carrying out
its GPMT, `Mục 2.3 Phụ lục II` beside each task) (JG1); the minutes of a bus or agricultural machinery plant's meeting after
an inspection, those present in a table of no role and the decisions as assignments with executor, term and form of
report (VI: an electric scooter factory's monthly HSE meeting, `Kết luận và phân công nhiệm vụ`) (JG2).
"""

from __future__ import annotations

from . import vocab
from .common import Doc, make_bin, maybe_distractor, num
from .limits_data import SOIL_PDK, add, limit
from .registry import ROLES, Layout
from .sources_data import emission

# ---------------------------------------------------------------- helpers


def _L(doc: Doc) -> int:
    """0 for a Russian document, 1 for a Kazakh one."""
    return 0 if doc.lang == "ru" else 1


def _sig(x: float, digits: int = 3) -> float:
    return float(f"{x:.{digits}g}")


def _words(text: str, n: int = 4) -> str:
    return " ".join(text.replace("\n", " ").split()[:n])


def _span(rows: list, merges: list, text: str, width: int) -> None:
    """A row whose first cell spans the table."""
    rows.append([text] + [None] * (width - 1))
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))


def _kind(number: str) -> str:
    return "unorganized" if number.startswith("6") else "organized"


def _kato(doc: Doc, prefix: str) -> str:
    """A nine-digit KATO code starting with the place's prefix."""
    r = doc.rng
    rest = 9 - len(prefix) - 3
    return f"{prefix}{r.randint(10 ** (rest - 1), 10**rest - 1)}{r.choice(('000', '100'))}"


def _msdn(doc: Doc, prefix: str) -> str:
    """A Vietnamese enterprise number of the province's prefix."""
    return prefix + f"{doc.rng.randint(0, 99999999):08d}"


def _dms(value: float) -> tuple[int, int, int, float]:
    """Degrees, minutes, whole seconds and the decimal degrees they stand for."""
    d = int(value)
    m = int((value - d) * 60)
    s = int(round((value - d - m / 60) * 3600))
    if s == 60:
        m, s = m + 1, 0
    return d, m, s, d + m / 60 + s / 3600


def _date(doc: Doc, year: int = 2025) -> str:
    return f"{doc.rng.randint(1, 28):02d}.{doc.rng.randint(1, 12):02d}.{year}"


# code: (RU, KK, VI) of pollutants the vocabulary does not name
EXTRA = {
    "1210": ("Бутилацетат", "Бутилацетат", "Butyl axetat"),
    "1401": ("Пропан-2-он (Ацетон)", "Пропан-2-он (ацетон)", "Axeton"),
    "1042": ("Бутан-1-ол (Спирт н-бутиловый)", "Бутан-1-ол (н-бутил спирті)", "n-Butanol"),
    "1140": ("2-Бутоксиэтанол (Бутилцеллозольв)", "2-Бутоксиэтанол (бутилцеллозольв)", "2-Butoxyetanol"),
    "0342": ("Фтористые газообразные соединения (в пересчете на фтор)", "Фторлы газ тәрізді қосылыстар (фторға шаққанда)", "Florua (HF)"),
    "2752": ("Уайт-спирит", "Уайт-спирит", "White spirit"),
    "2930": ("Пыль абразивная (Корунд белый)", "Абразивті шаң (ақ корунд)", "Bụi mài"),
    "0146": ("Медь оксид (в пересчете на медь)", "Мыс оксиді (мысқа шаққанда)", "Đồng oxit"),
    "0150": ("Натрий гидроксид (Натр едкий)", "Натрий гидроксиді (күйдіргіш натр)", "Natri hydroxit (NaOH)"),
}  # fmt: skip


def _air(doc: Doc, code: str, variant: int = 0) -> str:
    if code in EXTRA:
        return EXTRA[code][vocab.LANGS.index(doc.lang)]
    return vocab.air(code, doc.lang, variant)


def _param(doc: Doc, kind: str, key: str) -> str:
    """The name of a parameter: an air pollutant by code, a water parameter or a soil element by symbol."""
    if kind == "code":
        return _air(doc, key, 1 if doc.lang == "vi" and key != "2902" else 0)
    if kind == "soil":
        return vocab.soil(key, doc.lang)
    return vocab.water(key, doc.lang)


def _mkey(kind: str) -> str:
    return "code" if kind == "code" else "symbol"


# Kazakh plants: (RU, KK) pairs and figures
KZ_PLANTS = {
    "kst": {
        "name": ("Автосборочный завод «Тобыл»", "«Тобыл» автоқұрастыру зауыты"), "core": "Тобыл",
        "op": ("ТОО «Тобыл Авто Моторс»", "«Тобыл Авто Моторс» ЖШС"),
        "place": ("Костанайская область, г. Костанай, Северная промышленная зона, 14", "Қостанай облысы, Қостанай қ., Солтүстік өнеркәсіп аймағы, 14"),
        "legal": ("г. Костанай, пр. Абая, 28, офис 305", "Қостанай қ., Абай даңғ., 28, 305-кеңсе"),
        "region": ("Костанайской области", "Қостанай облысы"), "kato": "3910", "lat": 53.236, "lon": 63.655, "cat": "I",
        "models": (("седаны", "седандар"), ("кроссоверы", "кроссоверлер")), "workers": 1140,
    },
    "ala": {
        "name": ("Завод по сборке легковых автомобилей «Алатау»", "«Алатау» жеңіл автомобильдер құрастыру зауыты"), "core": "Алатау",
        "op": ("ТОО «Алатау Автокомплекс»", "«Алатау Автокомплекс» ЖШС"),
        "place": ("г. Алматы, Турксибский район, ул. Бекмаханова, 96", "Алматы қ., Түрксіб ауданы, Бекмаханов к-сі, 96"),
        "legal": ("г. Алматы, Медеуский район, пр. Достык, 132", "Алматы қ., Медеу ауданы, Достық даңғ., 132"),
        "region": ("города Алматы", "Алматы қаласы"), "kato": "7517", "lat": 43.346, "lon": 76.987, "cat": "II",
        "models": (("седаны", "седандар"), ("внедорожники", "жолсыз жүргіштер")), "workers": 760,
    },
    "bus": {
        "name": ("Завод по производству автобусов «Жетісу Бас»", "«Жетісу Бас» автобус шығару зауыты"), "core": "Жетісу Бас",
        "op": ("ТОО «Жетісу Бас Индастри»", "«Жетісу Бас Индастри» ЖШС"),
        "place": ("Алматинская область, Илийский район, п. Өтеген батыр, ул. Титова, 2А", "Алматы облысы, Іле ауданы, Өтеген батыр кенті, Титов к-сі, 2А"),
        "legal": ("Алматинская область, Илийский район, п. Өтеген батыр, ул. Титова, 2А", "Алматы облысы, Іле ауданы, Өтеген батыр кенті, Титов к-сі, 2А"),
        "region": ("Алматинской области", "Алматы облысы"), "kato": "1962", "lat": 43.418, "lon": 77.009, "cat": "II",
        "models": (), "workers": 420,
    },
    "agro": {
        "name": ("Завод сельскохозяйственной техники «Кең Дала»", "«Кең Дала» ауыл шаруашылығы техникасы зауыты"), "core": "Кең Дала",
        "op": ("ТОО «Кең Дала Агромаш»", "«Кең Дала Агромаш» ЖШС"),
        "place": ("Костанайская область, г. Костанай, ул. Карбышева, 2/1", "Қостанай облысы, Қостанай қ., Карбышев к-сі, 2/1"),
        "legal": ("Костанайская область, г. Костанай, ул. Карбышева, 2/1", "Қостанай облысы, Қостанай қ., Карбышев к-сі, 2/1"),
        "region": ("Костанайской области", "Қостанай облысы"), "kato": "3910", "lat": 53.197, "lon": 63.584, "cat": "II",
        "models": (), "workers": 530,
    },
}  # fmt: skip

# Vietnamese plants: (name, owner, place, key, enterprise-number prefix, lat, lon, province's Sở)
VN_PLANTS = {
    "vp": ("Nhà máy lắp ráp xe máy Bình Xuyên", "Công ty TNHH Xe máy Hương Canh",
           "Khu công nghiệp Bình Xuyên, xã Bình Xuyên, tỉnh Phú Thọ (trước đây thuộc huyện Bình Xuyên, tỉnh Vĩnh Phúc)", "Bình Xuyên", "25",
           21.265, 105.662, "Sở Nông nghiệp và Môi trường tỉnh Phú Thọ"),
    "hn": ("Nhà máy xe máy Sóc Sơn", "Công ty TNHH Công nghiệp Xe máy Kim Anh", "Khu công nghiệp Nội Bài, xã Sóc Sơn, thành phố Hà Nội",
           "Sóc Sơn", "01", 21.247, 105.823, "Sở Nông nghiệp và Môi trường thành phố Hà Nội"),
    "qn": ("Nhà máy sản xuất, lắp ráp ô tô Tam Hiệp", "Công ty TNHH Ô tô Núi Thành",
           "Khu công nghiệp Tam Hiệp, xã Núi Thành, thành phố Đà Nẵng (trước đây thuộc huyện Núi Thành, tỉnh Quảng Nam)", "Tam Hiệp", "40",
           15.436, 108.621, "Sở Nông nghiệp và Môi trường thành phố Đà Nẵng"),
    "ev": ("Nhà máy sản xuất xe máy điện Quang Minh", "Công ty Cổ phần Xe điện Sông Hồng", "Khu công nghiệp Quang Minh, xã Quang Minh, thành phố Hà Nội",
           "Quang Minh", "01", 21.195, 105.770, "Sở Nông nghiệp và Môi trường thành phố Hà Nội"),
}  # fmt: skip
MONTHS_RO = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
BY_COUNT = {12: "monthly", 4: "quarterly", 2: "semiannual", 1: "yearly"}


# ---------------------------------------------------------------- facility

SHOPS_CAPACITY = (
    (("Корпус сварки кузовов", "Шанақтарды дәнекерлеу корпусы"), ("92 сварочных робота, 24 клещи контактной сварки", "92 дәнекерлеу роботы, 24 түйіспелі дәнекерлеу қысқышы")),
    (("Корпус окраски (подготовка поверхности, КТЛ, камеры грунта, базы и лака)", "Бояу корпусы (бетті дайындау, КТЛ, грунт, негіз және лак камералары)"),
     ("4 окрасочно-сушильные камеры, установка RTO 60 000 м³/ч", "4 бояу-кептіру камерасы, сағатына 60 000 м³ RTO қондырғысы")),
    (("Корпус сборки и контроля", "Құрастыру және бақылау корпусы"), ("главный конвейер 86 постов, участок испытаний", "86 бекеттік бас конвейер, сынақ учаскесі")),
    (("Котельная", "Қазандық"), ("2 водогрейных котла по 4,0 МВт, природный газ", "әрқайсысы 4,0 МВт 2 су жылыту қазаны, табиғи газ")),
)  # fmt: skip


def facility_jg1(doc: Doc) -> None:
    """A car plant's ПЭК programme title sheet typed as a form: a row of three labels, then a row of their three values,
    four times over — operator, BIN, OKED; object, category, its ground in the Code's annex; place, KATO, coordinates as
    `φ = 53°14′09″ с.ш.` and `λ = …` on two lines; permit, term, developer with its own BIN and licence — the shops in a
    table of no role (VI: a GPMT's annex of general information of a car or motorcycle plant typed the same way, DMS
    coordinates in words, the project code of the investment certificate beside the enterprise number)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_jg1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p = KZ_PLANTS[doc.pick(("kst", "ala"))]
    name, op, place, cat = p["name"][L], p["op"][L], p["place"][L], p["cat"]
    bin_, dev_bin, kato = make_bin(r), make_bin(r), _kato(doc, p["kato"])
    la, lo = _dms(p["lat"] + r.uniform(-0.004, 0.004)), _dms(p["lon"] + r.uniform(-0.004, 0.004))
    ns, ew = g(("с.ш.", "в.д."), ("с.е.", "ш.б."), ("", ""))
    coords = f"φ = {la[0]}°{la[1]:02d}′{la[2]:02d}″ {ns}\nλ = {lo[0]}°{lo[1]:02d}′{lo[2]:02d}″ {ew}"
    permit = f"KZ{r.randint(10, 99)}VCZ{r.randint(10**7, 10**8 - 1):08d}"
    pdate = _date(doc, 2025)
    doc.p(g("УТВЕРЖДАЮ: Генеральный директор " + op, op + " Бас директоры БЕКІТЕМІН", ""))
    doc.h(g("Программа производственного экологического контроля на 2026–2028 годы", "2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.p(g(f"Титульный лист. Программа разработана для объекта {cat} категории в соответствии со статьей 182 Экологического кодекса Республики "
            "Казахстан и Правилами разработки программы производственного экологического контроля.",
            f"Титулдық парақ. Бағдарлама {cat} санаттағы объект үшін Қазақстан Республикасы Экология кодексінің 182-бабына және өндірістік "
            "экологиялық бақылау бағдарламасын әзірлеу қағидаларына сәйкес әзірленді.", ""))
    if cat == "I":
        basis = g("раздел 1 приложения 2 к Экологическому кодексу РК: обработка поверхностей с использованием органических растворителей, "
                  "потребление растворителей более 200 т/год",
                  "ҚР Экология кодексіне 2-қосымшаның 1-бөлімі: органикалық еріткіштерді қолдана отырып беттерді өңдеу, еріткіштерді тұтыну "
                  "жылына 200 т-дан астам", "")
        doc_ = g(f"Комплексное экологическое разрешение № {permit} от {pdate}", f"{pdate} № {permit} кешенді экологиялық рұқсат", "")
    else:
        basis = g("раздел 2 приложения 2 к Экологическому кодексу РК: обработка поверхностей с использованием органических растворителей, "
                  "потребление растворителей до 200 т/год",
                  "ҚР Экология кодексіне 2-қосымшаның 2-бөлімі: органикалық еріткіштерді қолдана отырып беттерді өңдеу, еріткіштерді тұтыну "
                  "жылына 200 т-ға дейін", "")
        doc_ = g(f"Экологическое разрешение на воздействие № {permit} от {pdate}", f"{pdate} № {permit} әсер етуге арналған экологиялық рұқсат", "")
    lic = f"{r.randint(1, 2)}{r.randint(1000, 9999):04d}Р"
    rows = [
        g(["Оператор объекта", "БИН оператора", "Основной вид деятельности (ОКЭД)"], ["Объект операторы", "Оператордың БСН", "Негізгі қызмет түрі (ЭҚЖЖ)"], []),
        [op, bin_, g("29101 – Производство легковых автомобилей", "29101 – Жеңіл автомобильдер өндірісі", "")],
        g(["Наименование объекта", "Категория объекта", "Основание отнесения к категории"], ["Объектінің атауы", "Объектінің санаты", "Санатқа жатқызу негізі"], []),
        [name, cat, basis],
        g(["Местонахождение производственной площадки", "Код КАТО", "Координаты центра площадки (WGS-84)"],
          ["Өндірістік алаңның орналасқан жері", "ҚАТО коды", "Алаң орталығының координаттары (WGS-84)"], []),
        [place, kato, coords],
        g(["Разрешительный документ", "Срок действия разрешения", "Разработчик программы"], ["Рұқсат беру құжаты", "Рұқсаттың қолданылу мерзімі", "Бағдарламаны әзірлеуші"], []),
        [doc_, g("по 31.12.2035", "31.12.2035 дейін", ""),
         g(f"ТОО «ЭкоНорма Консалтинг», БИН {dev_bin}, государственная лицензия № {lic} на выполнение работ в области охраны окружающей среды",
           f"«ЭкоНорма Консалтинг» ЖШС, БСН {dev_bin}, қоршаған ортаны қорғау саласындағы жұмыстарды орындауға № {lic} мемлекеттік лицензия", "")],
    ]  # fmt: skip
    doc.table(g("Общие сведения", "Жалпы мәліметтер", ""), rows, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": p["core"], "kato": kato, "category": cat, "lat": la[3], "lon": lo[3]})
    cap = [g(["Производственное подразделение", "Основное оборудование, мощность"], ["Өндірістік бөлімше", "Негізгі жабдық, қуаты"], [])]
    cap += [[s[L], e[L]] for s, e in SHOPS_CAPACITY]
    cap.append([g("Проектная мощность завода", "Зауыттың жобалық қуаты", ""),
                g(f"{num(r.choice((30000, 45000, 60000)), doc.lang)} автомобилей в год в две смены", f"екі ауысымда жылына {num(r.choice((30000, 45000, 60000)), doc.lang)} автомобиль", "")])
    doc.table(g("Производственные подразделения", "Өндірістік бөлімшелер", ""), cap, role="other")
    maybe_distractor(doc, 0.3)


def _facility_jg1_vi(doc: Doc) -> None:
    r = doc.rng
    name, owner, place, key, prefix, lat0, lon0, _ = VN_PLANTS[doc.pick(("qn", "vp"))]
    msdn = _msdn(doc, prefix)
    project = f"{r.randint(1, 9)}{r.randint(100000000, 999999999)}"
    la, lo = _dms(lat0 + r.uniform(-0.003, 0.003)), _dms(lon0 + r.uniform(-0.003, 0.003))
    car = "ô tô" in name
    doc.p(f"Phụ lục I. (Kèm theo Giấy phép môi trường số {r.randint(20, 480)}/GPMT-BNNMT ngày {_date(doc, 2025).replace('.', '/')} "
          "của Bộ trưởng Bộ Nông nghiệp và Môi trường)")
    doc.h("THÔNG TIN CHUNG VỀ CƠ SỞ")
    rows = [
        ["Chủ cơ sở", "Mã số doanh nghiệp", "Người đại diện theo pháp luật"],
        [owner, msdn, f"Ông {doc.pick(('Park Ji Hoon', 'Nguyễn Quang Huy', 'Takahashi Kenji', 'Lê Văn Thành'))} – Tổng Giám đốc"],
        ["Tên cơ sở", "Địa điểm thực hiện", "Loại hình, công suất"],
        [name, place, ("Sản xuất, lắp ráp ô tô du lịch và ô tô tải nhẹ, " + num(r.choice((30000, 50000)), "vi") + " xe/năm") if car
         else ("Sản xuất, lắp ráp xe máy, " + num(r.choice((500000, 750000, 1000000)), "vi") + " xe/năm")],
        ["Tọa độ vị trí trung tâm cơ sở", "Giấy chứng nhận đăng ký đầu tư", "Quyết định phê duyệt kết quả thẩm định báo cáo ĐTM"],
        [f"{la[0]}°{la[1]:02d}′{la[2]:02d}″ vĩ độ Bắc;\n{lo[0]}°{lo[1]:02d}′{lo[2]:02d}″ kinh độ Đông",
         f"Mã số dự án {project}, chứng nhận lần đầu ngày {_date(doc, 2016).replace('.', '/')}",
         f"Số {r.randint(100, 2900)}/QĐ-BTNMT ngày {_date(doc, 2019).replace('.', '/')}"],
    ]  # fmt: skip
    doc.table(None, rows, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": key, "lat": la[3], "lon": lo[3]})
    doc.p("Giấy phép môi trường có thời hạn 10 năm kể từ ngày ký. Chủ cơ sở có trách nhiệm thực hiện đầy đủ các nội dung quy định tại các Phụ lục kèm theo.")
    maybe_distractor(doc, 0.5)


DEPTS = {
    "Алматинской области": ("РГУ «Департамент экологии по Алматинской области Комитета экологического регулирования и контроля Министерства "
                            "экологии и природных ресурсов Республики Казахстан»",
                            "«Қазақстан Республикасы Экология және табиғи ресурстар министрлігі Экологиялық реттеу және бақылау комитетінің Алматы "
                            "облысы бойынша экология департаменті» РММ",
                            "г. Қонаев, ул. Байсеитовой, 12", "Қонаев қ., Байсейітова к-сі, 12"),
    "Костанайской области": ("РГУ «Департамент экологии по Костанайской области Комитета экологического регулирования и контроля Министерства "
                             "экологии и природных ресурсов Республики Казахстан»",
                             "«Қазақстан Республикасы Экология және табиғи ресурстар министрлігі Экологиялық реттеу және бақылау комитетінің Қостанай "
                             "облысы бойынша экология департаменті» РММ",
                             "г. Костанай, ул. Гоголя, 75", "Қостанай қ., Гоголь к-сі, 75"),
}  # fmt: skip
DIRECTORS = ("Сапаров Д.М.", "Ли В.Г.", "Нурпеисов А.К.", "Шевченко О.И.")
INSPECTORS = ("Ермекова А.С.", "Досжанов Б.Т.", "Кусаинова Ж.Е.", "Мельник П.А.")


def facility_jg2(doc: Doc) -> None:
    """An act of an unscheduled inspection whose first table sets the checked operator and the inspecting Department of
    Ecology side by side, a column each, on parallel rows (`Наименование: …`, `БИН: …`, address, head / inspectors), so
    that the Department's BIN stands beside the operator's; rows spanning both columns then give the object, its place
    with the KATO, the GPS reading at the gate (`N43.41823 E077.00951`) and the category; the documents presented in a
    table of no role (VI: a Sở's biên bản kiểm tra of a motorcycle plant, `Cơ sở được kiểm tra | Đoàn kiểm tra`, the Sở's
    budget-relation code beside the enterprise number)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_jg2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p = KZ_PLANTS[doc.pick(("bus", "agro"))]
    dept = DEPTS[p["region"][0]]
    bin_, dept_bin, kato = make_bin(r), make_bin(r), _kato(doc, p["kato"])
    lat, lon = round(p["lat"] + r.uniform(-0.003, 0.003), 5), round(p["lon"] + r.uniform(-0.003, 0.003), 5)
    number = f"{r.randint(3, 64)}-ВП"
    day = f"{r.randint(2, 27):02d}.0{r.randint(1, 3)}.2026"
    doc.h(g(f"Акт о результатах проверки № {number}", f"№ {number} тексеру нәтижелері туралы акт", ""))
    doc.p(g(f"Дата составления: {day}. Внеплановая проверка назначена по обращению физического лица (жалоба на запах растворителей) на основании "
            f"акта о назначении проверки, зарегистрированного в КПСиСУ Генеральной прокуратуры РК под № {r.randint(10**11, 10**12 - 1)}.",
            f"Жасалған күні: {day}. Жоспардан тыс тексеру жеке тұлғаның өтініші (еріткіштер иісіне шағым) бойынша ҚР Бас прокуратурасының ҚСжАЕК-де "
            f"№ {r.randint(10**11, 10**12 - 1)} болып тіркелген тексеруді тағайындау туралы акт негізінде тағайындалды.", ""))
    rows = [g(["Проверяемый субъект (оператор объекта)", "Орган контроля"], ["Тексерілетін субъект (объект операторы)", "Бақылау органы"], []),
            [g("Наименование: ", "Атауы: ", "") + p["op"][L], g("Наименование: ", "Атауы: ", "") + dept[L]],
            [g(f"БИН: {bin_}", f"БСН: {bin_}", ""), g(f"БИН: {dept_bin}", f"БСН: {dept_bin}", "")],
            [g("Юридический адрес: ", "Заңды мекенжайы: ", "") + p["legal"][L], g("Адрес: ", "Мекенжайы: ", "") + dept[2 + L]],
            [g("Первый руководитель: директор ", "Бірінші басшысы: директор ", "") + doc.pick(DIRECTORS),
             g("Проверку провели: главный специалист – государственный инспектор ", "Тексеруді жүргізгендер: бас маман – мемлекеттік инспектор ", "")
             + ", ".join(r.sample(INSPECTORS, 2))]]
    merges = []
    _span(rows, merges, g("Объект проверки: ", "Тексеру объектісі: ", "") + p["name"][L], 2)
    _span(rows, merges, g(f"Место нахождения объекта: {p['place'][0]}; код КАТО {kato}", f"Объектінің орналасқан жері: {p['place'][1]}; ҚАТО коды {kato}", ""), 2)
    _span(rows, merges, g(f"Координаты въезда на территорию (GPS-навигатор, WGS-84): N{lat:.5f} E{lon:09.5f}",
                          f"Аумаққа кіру орнының координаттары (GPS-навигатор, WGS-84): N{lat:.5f} E{lon:09.5f}", ""), 2)
    _span(rows, merges, g("Категория объекта: II (выписка из реестра объектов, оказывающих негативное воздействие на окружающую среду)",
                          "Объектінің санаты: II (қоршаған ортаға теріс әсер ететін объектілер тізілімінен үзінді)", ""), 2)
    _span(rows, merges, g(f"Период проверки: с {day} по {int(day[:2]) + 1:02d}{day[2:]}", f"Тексеру кезеңі: {day} бастап {int(day[:2]) + 1:02d}{day[2:]} дейін", ""), 2)
    doc.table(g("1. Сведения о проверке", "1. Тексеру туралы мәліметтер", ""), rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": p["core"], "kato": kato, "category": "II", "lat": lat, "lon": lon})
    docs = [g(["№", "Документ", "Реквизиты"], ["№", "Құжат", "Деректемелері"], []),
            ["1", g("Экологическое разрешение на воздействие", "Әсер етуге арналған экологиялық рұқсат", ""),
             f"KZ{r.randint(10, 99)}VCZ{r.randint(10**7, 10**8 - 1):08d}, {_date(doc, 2024)}"],
            ["2", g("Программа производственного экологического контроля", "Өндірістік экологиялық бақылау бағдарламасы", ""), g("на 2025–2027 гг.", "2025–2027 жж.", "")],
            ["3", g("Отчеты по ПЭК за III и IV кварталы 2025 г.", "2025 ж. III және IV тоқсандардағы ӨЭБ есептері", ""), g("приняты в ИС «Экоинфо»", "«Экоинфо» АЖ-де қабылданды", "")],
            ["4", g("Договор на вывоз опасных отходов", "Қауіпті қалдықтарды шығару шарты", ""), f"№ {r.randint(10, 99)}/26 {g('от', '', '')} {_date(doc, 2026)}".replace("  ", " ")]]
    doc.table(g("2. Документы, представленные проверяемым субъектом", "2. Тексерілетін субъект ұсынған құжаттар", ""), docs, role="other")
    doc.p(g("3. Результаты проверки: в окрасочном цехе выявлена неисправность гидрофильтра камеры № 2; нарушения изложены в предписании, "
            "выданном одновременно с актом.",
            "3. Тексеру нәтижелері: бояу цехында № 2 камераның гидросүзгісінің ақаулығы анықталды; бұзушылықтар актімен бір мезгілде берілген "
            "нұсқамада баяндалды.", ""))


def _facility_jg2_vi(doc: Doc) -> None:
    r = doc.rng
    name, owner, place, key, prefix, lat0, lon0, so = VN_PLANTS[doc.pick(("vp", "hn"))]
    msdn = _msdn(doc, prefix)
    qhns = f"1{r.randint(100000, 999999)}"
    lat, lon = round(lat0 + r.uniform(-0.003, 0.003), 5), round(lon0 + r.uniform(-0.003, 0.003), 5)
    day = f"{r.randint(2, 27):02d}/03/2026"
    doc.p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM – Độc lập - Tự do - Hạnh phúc")
    doc.h("BIÊN BẢN KIỂM TRA VIỆC CHẤP HÀNH PHÁP LUẬT VỀ BẢO VỆ MÔI TRƯỜNG")
    doc.p(f"Hôm nay, ngày {day}, tại {name}, Đoàn kiểm tra tiến hành kiểm tra theo Kế hoạch kiểm tra năm 2026 đã được phê duyệt.")
    rows = [["Cơ sở được kiểm tra", "Đoàn kiểm tra"],
            [f"Tên doanh nghiệp: {owner}", f"Cơ quan chủ trì: {so}"],
            [f"Mã số doanh nghiệp: {msdn}", f"Mã số đơn vị có quan hệ với ngân sách: {qhns}"],
            [f"Địa chỉ trụ sở chính: {place}", f"Quyết định thành lập Đoàn: số {r.randint(50, 900)}/QĐ-SNNMT ngày {r.randint(2, 27):02d}/02/2026"],
            [f"Đại diện: Ông {doc.pick(('Trần Minh Khoa', 'Watanabe Hiroshi', 'Đỗ Văn Long'))} – Giám đốc nhà máy",
             f"Trưởng đoàn: Bà {doc.pick(('Nguyễn Thị Lan', 'Phạm Thu Hà', 'Vũ Thị Hằng'))} – Phó Chi cục trưởng Chi cục Bảo vệ môi trường"]]
    merges = []
    _span(rows, merges, f"Cơ sở được kiểm tra: {name}", 2)
    _span(rows, merges, f"Tọa độ cổng chính (đo bằng máy GPS cầm tay, hệ WGS-84): N{lat:.5f} E{lon:.5f}", 2)
    _span(rows, merges, "Hồ sơ môi trường: Giấy phép môi trường số " + f"{r.randint(20, 480)}/GPMT-UBND ngày {_date(doc, 2024).replace('.', '/')}", 2)
    doc.table("I. THÔNG TIN CHUNG", rows, merges, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": key, "lat": lat, "lon": lon})
    doc.table("II. THÀNH PHẦN THAM GIA", [["TT", "Họ và tên", "Chức vụ, đơn vị"],
                                          ["1", "Nguyễn Thị Lan", "Trưởng đoàn"],
                                          ["2", "Hoàng Đức Anh", "Chuyên viên Chi cục Bảo vệ môi trường"],
                                          ["3", "Trần Minh Khoa", "Đại diện cơ sở"]], role="other")
    doc.p("III. KẾT QUẢ KIỂM TRA: Cơ sở đã lắp đặt đầy đủ công trình xử lý khí thải buồng sơn; sổ theo dõi vận hành ghi chép chưa đầy đủ.")


# ---------------------------------------------------------------- emissions

# (number, (RU, KK) source, hours a year, [((RU, KK) material, kind, (low, high) amount, {code: specific emission})])
# kind: "kg" – kilograms of material a year, g/kg; "pts" – thousands of welding points, g per 1000 points;
# "mach" – grinders (in all, at once), g/s per grinder
WELD = (
    ("0001", ("Участок сварки основания и боковин кузова (вытяжная система В-1)", "Шанақ негізі мен бүйірлерін дәнекерлеу учаскесі (В-1 сорып шығару жүйесі)"), 4000,
     [(("Проволока Св-08Г2С Ø1,0 мм, роботизированная сварка в среде CO2", "Св-08Г2С Ø1,0 мм сым, CO2 ортасында роботтандырылған дәнекерлеу"), "kg",
       (14000, 22000), {"0123": 7.67, "0143": 1.9}),
      (("Электроды МР-3, ручная дуговая доварка", "МР-3 электродтары, қолмен доғалық дәнекерлеп жөндеу"), "kg", (600, 1500),
       {"0123": 9.77, "0143": 1.73, "0342": 0.4})]),
    ("0002", ("Участок сварки кузова в сборе и навесных деталей (вытяжная система В-2)", "Жиналған шанақ пен аспалы бөлшектерді дәнекерлеу учаскесі (В-2 сорып шығару жүйесі)"), 4000,
     [(("Проволока Св-08Г2С Ø1,2 мм, полуавтоматическая сварка в смеси Ar + CO2", "Св-08Г2С Ø1,2 мм сым, Ar + CO2 қоспасында жартылай автоматты дәнекерлеу"), "kg",
       (5000, 9000), {"0123": 7.67, "0143": 1.9}),
      (("Проволока CuSi3 Ø1,0 мм, MIG-пайка крыши и стоек", "CuSi3 Ø1,0 мм сым, шатыр мен тіректерді MIG-дәнекерлеу"), "kg", (800, 1800),
       {"0146": 0.52, "0123": 0.35})]),
    ("0003", ("Участок контактной точечной сварки (вытяжная система В-3)", "Түйіспелі нүктелік дәнекерлеу учаскесі (В-3 сорып шығару жүйесі)"), 4000,
     [(("Контактная точечная сварка, 24 сварочных клещи", "Түйіспелі нүктелік дәнекерлеу, 24 дәнекерлеу қысқышы"), "pts", (2500, 4200),
       {"0123": 4.5, "0143": 0.14})]),
    ("6001", ("Участок зачистки сварных швов (неорганизованный, через проемы ворот)", "Дәнекерлеу жіктерін тазалау учаскесі (ұйымдастырылмаған, қақпа ойықтары арқылы)"), 2000,
     [(("Пневматические шлифовальные машинки Ø125 мм", "Ø125 мм пневматикалық ажарлау машинкалары"), "mach", (10, 16),
       {"2930": 0.006, "0123": 0.0095})]),
)  # fmt: skip


def _weld_rates(kind: str, amount: float, at_once: int, factor: float, hours: int) -> tuple[float, float]:
    if kind == "mach":
        gs = _sig(factor * at_once, 4)
        return gs, _sig(gs * hours * 3600 / 1e6, 4)
    t = _sig(amount * factor / 1e6, 4)
    return _sig(t * 1e6 / (hours * 3600), 4), t


def emissions_jg1(doc: Doc) -> None:
    """A body welding shop's calculation of emissions in an НДВ project: each source merged down over the materials it
    burns — MAG wire, МР-3 electrodes, CuSi3 brazing wire, spot welds counted in thousands of points, grinders in pieces —
    each material merged over its substances with its amount, hours and specific emission (`7,67 г/кг`, `4,5 г/1000
    точек`, `0,006 г/с на 1 машинку`); where a source burns two materials its emissions are only the `Итого по ИЗА` rows
    after them; a row of column numbers under a two-row header, a total of the shop (VI: a motorcycle frame welding shop's
    ĐTM loads by area under section rows, the two wires of the robot line closed by `Cộng khu vực I` rows)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_jg1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p = KZ_PLANTS[doc.pick(("kst", "ala"))]
    doc.h(g(f"Проект нормативов допустимых выбросов. {p['op'][0]}, {p['name'][0]}", f"{p['op'][1]}, {p['name'][1]}. Жол берілетін шығарындылар нормативтерінің жобасы", ""))
    doc.h(g("3.4. Расчет выбросов загрязняющих веществ от корпуса сварки кузовов", "3.4. Шанақтарды дәнекерлеу корпусынан ластаушы заттар шығарындыларын есептеу", ""))
    doc.p(g("Расчет выполнен по методике расчета выбросов загрязняющих веществ в атмосферу при сварочных работах (по величинам удельных "
            "выбросов) на основании фактического расхода сварочных материалов за 2025 год. Корпус работает в две смены, 250 дней в году.",
            "Есеп дәнекерлеу жұмыстары кезінде атмосфераға ластаушы заттар шығарындыларын есептеу әдістемесі бойынша (үлестік шығарындылар "
            "шамасы бойынша) 2025 жылғы дәнекерлеу материалдарының нақты шығыны негізінде орындалды. Корпус жылына 250 күн екі ауысыммен жұмыс істейді.", ""))
    head = g(["№ ИЗА", "Участок, технологическая операция, материал", "Расход материала (объем работ) в год", "Время работы, ч/год", "Код ЗВ",
              "Наименование ЗВ", "Удельный выброс", "Выброс ЗВ", None],
             ["ЛШК №", "Учаске, технологиялық операция, материал", "Жылына материал шығыны (жұмыс көлемі)", "Жұмыс уақыты, сағ/жыл", "ЛЗ коды",
              "ЛЗ атауы", "Үлестік шығарынды", "ЛЗ шығарындысы", None], [])
    rows = [head, [None] * 7 + g(["г/с", "т/год"], ["г/с", "т/жыл"], []), [str(k) for k in range(1, 10)]]
    merges = [(0, c, 1, c) for c in range(7)] + [(0, 7, 0, 8)]
    all_g, all_t, numbers = [], [], []
    for number, (s_ru, s_kk), hours, materials in WELD:
        numbers.append(number)
        _span(rows, merges, (s_ru, s_kk)[L], 9)
        start = len(rows)
        totals: dict[str, list[float]] = {}
        for (m_ru, m_kk), kind, (lo, hi), factors in materials:
            if kind == "mach":
                amount, at_once = r.randint(lo, hi), r.randint(3, 5)
                amount_s = g(f"{amount} шт. (одновременно {at_once})", f"{amount} дана (бір мезгілде {at_once})", "")
                unit = g("г/с на 1 машинку", "1 машинкаға г/с", "")
            elif kind == "pts":
                amount, at_once = r.randint(lo // 10, hi // 10) * 10, 0
                amount_s = g(f"{num(amount, doc.lang)} тыс. точек", f"{num(amount, doc.lang)} мың нүкте", "")
                unit = g("г/1000 точек", "г/1000 нүкте", "")
            else:
                amount, at_once = r.randint(lo // 10, hi // 10) * 10, 0
                amount_s = g(f"{num(amount, doc.lang)} кг", f"{num(amount, doc.lang)} кг", "")
                unit = g("г/кг", "г/кг", "")
            mstart = len(rows)
            for j, (c, f) in enumerate(factors.items()):
                gs, ty = _weld_rates(kind, amount, at_once, f, hours)
                rows.append([number if len(rows) == start else None, (m_ru, m_kk)[L] if j == 0 else None, amount_s if j == 0 else None,
                             num(hours, doc.lang) if j == 0 else None,
                             c, _air(doc, c), f"{num(f, doc.lang)} {unit}", num(gs, doc.lang), num(ty, doc.lang)])
                totals.setdefault(c, [0.0, 0.0])
                totals[c][0] += gs
                totals[c][1] += ty
                if len(materials) == 1:
                    doc.add("emissions", emission(c, gs, ty, number))
                    all_g.append(gs)
                    all_t.append(ty)
            if len(factors) > 1:
                merges += [(mstart, 1, len(rows) - 1, 1), (mstart, 2, len(rows) - 1, 2), (mstart, 3, len(rows) - 1, 3)]
        if len(materials) > 1:
            tstart = len(rows)
            for j, (c, (gs, ty)) in enumerate(totals.items()):
                gs, ty = _sig(gs, 4), _sig(ty, 4)
                rows.append([None, g(f"Итого по ИЗА {number}", f"{number} ЛШК бойынша жиыны", "") if j == 0 else None, None, None,
                             c, _air(doc, c), "", num(gs, doc.lang), num(ty, doc.lang)])
                doc.add("emissions", emission(c, gs, ty, number))
                all_g.append(gs)
                all_t.append(ty)
            merges.append((tstart, 1, len(rows) - 1, 3))
        if len(rows) - start > 1:
            merges.append((start, 0, len(rows) - 1, 0))
    rows.append(["", g("Всего по корпусу сварки", "Дәнекерлеу корпусы бойынша барлығы", ""), None, None, "", "", "",
                 num(round(sum(all_g), 6), doc.lang), num(round(sum(all_t), 6), doc.lang)])
    merges.append((len(rows) - 1, 1, len(rows) - 1, 3))
    doc.table(g("Таблица 3.4 – Расчет выбросов от сварочных работ", "3.4-кесте – Дәнекерлеу жұмыстарынан шығарындыларды есептеу", ""), rows, merges,
              role="emissions")
    doc.add("sources", *({"number": n, "type": _kind(n)} for n in numbers))
    doc.p(g("Примечание: для источников, на которых используется более одного сварочного материала, выбросы принимаются по строкам «Итого по ИЗА».",
            "Ескертпе: бірнеше дәнекерлеу материалы қолданылатын көздер үшін шығарындылар «ЛШК бойынша жиыны» жолдары бойынша қабылданады.", ""))
    maybe_distractor(doc, 0.3)


# (section, [(material, (low, high) kg a year, {code: g/kg})])
VN_WELD = (
    ("I. Dây chuyền robot hàn khung xe (hàn MAG trong khí CO2)",
     [("Dây hàn ER70S-6 Ø1,0 mm (robot hàn)", (18000, 30000), {"0123": 7.67, "0143": 1.9}),
      ("Dây hàn ER70S-6 Ø0,8 mm (hàn bán tự động sửa lỗi)", (1500, 3500), {"0123": 7.67, "0143": 1.9})]),
    ("II. Khu hàn TIG ống xả, chân chống", [("Que hàn TIG ER308L Ø2,0 mm", (900, 2000), {"0123": 3.2, "0143": 0.42})]),
    ("III. Khu hàn que sửa chữa đồ gá, khuôn", [("Que hàn E6013 (KT-421) Ø3,2 mm", (300, 900), {"0123": 9.77, "0143": 1.73})]),
)
VN_HOURS = 4800


def _emissions_jg1_vi(doc: Doc) -> None:
    r = doc.rng
    name, owner, *_ = VN_PLANTS[doc.pick(("vp", "hn"))]
    doc.h(f"BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG DỰ ÁN NÂNG CÔNG SUẤT {name.upper()}")
    doc.h("3.2.1.3. Tác động do khói hàn tại xưởng hàn khung xe")
    doc.p(f"Chủ dự án: {owner}. Tải lượng khói hàn được tính theo hệ số phát thải (g/kg vật liệu hàn) và lượng vật liệu hàn tiêu thụ dự kiến; "
          f"xưởng hàn làm việc 2 ca/ngày, 300 ngày/năm ({num(VN_HOURS, 'vi')} giờ/năm).")
    rows = [["TT", "Khu vực, vật liệu hàn", "Lượng tiêu thụ (kg/năm)", "Thông số ô nhiễm", "Hệ số phát thải (g/kg)", "Tải lượng", None],
            [None] * 5 + ["g/s", "tấn/năm"]]
    merges = [(0, c, 1, c) for c in range(5)] + [(0, 5, 0, 6)]
    for section, materials in VN_WELD:
        _span(rows, merges, section, 7)
        totals: dict[str, list[float]] = {}
        for k, (mat, (lo, hi), factors) in enumerate(materials, 1):
            amount = r.randint(lo // 10, hi // 10) * 10
            mstart = len(rows)
            for j, (c, f) in enumerate(factors.items()):
                gs, ty = _weld_rates("kg", amount, 0, f, VN_HOURS)
                rows.append([str(k) if j == 0 else None, mat if j == 0 else None, num(amount, "vi") if j == 0 else None, vocab.air(c, "vi"),
                             num(f, "vi"), num(gs, "vi"), num(ty, "vi")])
                totals.setdefault(c, [0.0, 0.0])
                totals[c][0] += gs
                totals[c][1] += ty
                if len(materials) == 1:
                    doc.add("emissions", emission(c, gs, ty))
            if len(factors) > 1:
                merges += [(mstart, 0, len(rows) - 1, 0), (mstart, 1, len(rows) - 1, 1), (mstart, 2, len(rows) - 1, 2)]
        if len(materials) > 1:
            tstart = len(rows)
            for j, (c, (gs, ty)) in enumerate(totals.items()):
                gs, ty = _sig(gs, 4), _sig(ty, 4)
                rows.append([f"Cộng khu vực {section.split('.')[0]}" if j == 0 else None, None, None, vocab.air(c, "vi"), "", num(gs, "vi"), num(ty, "vi")])
                doc.add("emissions", emission(c, gs, ty))
            merges.append((tstart, 0, len(rows) - 1, 2))
    doc.table("Bảng 3.9. Tải lượng các chất ô nhiễm trong khói hàn", rows, merges, role="emissions")
    doc.p("Khói hàn tại các khu vực được thu gom bằng chụp hút cục bộ, xử lý qua bộ lọc hộp (cartridge) trước khi thải ra ống thải chung của xưởng.")
    maybe_distractor(doc, 0.3)


# shop: ((RU, KK) section, [(number, (RU, KK) source, height, diameter, {code: ((g/s low, high), (t/y low, high))})])
BUS_NDV = (
    (("Цех подготовки поверхности и катафорезного грунтования каркасов", "Қаңқаларды бетін дайындау және катафорездік грунттау цехы"), [
        ("0001", ("Вытяжка ванн обезжиривания и фосфатирования", "Майсыздандыру және фосфаттау ванналарының сорғышы"), 14, 0.8,
         {"0150": ((0.0004, 0.0015), (0.004, 0.015))}),
        ("0002", ("Вытяжка ванны катафорезного грунтования (КТЛ)", "Катафорездік грунттау (КТЛ) ваннасының сорғышы"), 14, 0.6,
         {"1140": ((0.008, 0.025), (0.08, 0.25)), "1042": ((0.003, 0.012), (0.03, 0.12))}),
        ("0003", ("Печь полимеризации грунта КТЛ (газовые горелки)", "КТЛ грунтын полимерлеу пеші (газ жанарғылары)"), 16, 0.5,
         {"0301": ((0.01, 0.03), (0.1, 0.3)), "0304": ((0.0015, 0.005), (0.015, 0.05)), "0337": ((0.02, 0.06), (0.2, 0.6)),
          "1140": ((0.004, 0.012), (0.04, 0.12)), "1325": ((0.0005, 0.002), (0.005, 0.02))})]),
    (("Окрасочный цех", "Бояу цехы"), [
        ("0004", ("Окрасочно-сушильная камера № 1 (после гидрофильтра)", "№ 1 бояу-кептіру камерасы (гидросүзгіден кейін)"), 12, 1.0,
         {"2902": ((0.004, 0.015), (0.03, 0.12)), "0616": ((0.05, 0.18), (0.4, 1.5)), "1210": ((0.02, 0.08), (0.15, 0.6)),
          "1401": ((0.01, 0.05), (0.08, 0.4))}),
        ("0005", ("Окрасочно-сушильная камера № 2 (после гидрофильтра)", "№ 2 бояу-кептіру камерасы (гидросүзгіден кейін)"), 12, 1.0,
         {"2902": ((0.004, 0.015), (0.03, 0.12)), "0616": ((0.05, 0.18), (0.4, 1.5)), "1210": ((0.02, 0.08), (0.15, 0.6)),
          "0621": ((0.01, 0.04), (0.08, 0.3))}),
        ("6001", ("Участок шпатлевания и шлифования (через ворота цеха)", "Шпаклевкалау және ажарлау учаскесі (цех қақпасы арқылы)"), 5, None,
         {"2902": ((0.002, 0.008), (0.01, 0.05)), "2752": ((0.01, 0.04), (0.05, 0.2))})]),
    (("Котельная", "Қазандық"), [
        ("0006", ("Дымовая труба котельной (2 котла по 1,0 МВт, природный газ)", "Қазандықтың түтін мұржасы (әрқайсысы 1,0 МВт 2 қазан, табиғи газ)"), 18, 0.4,
         {"0301": ((0.03, 0.08), (0.4, 1.1)), "0304": ((0.005, 0.013), (0.06, 0.18)), "0337": ((0.05, 0.15), (0.6, 1.8))})]),
)  # fmt: skip


def emissions_jg2(doc: Doc) -> None:
    """A bus plant's annex of permitted emissions that lists every substance of a source in one cell, a line each
    (`0616 Ксилол – 0,0412 г/с; 0,385 т/год`), the sources under rows spanning the table that name the shops (pretreatment
    and cataphoresis of the frames, painting, boiler house), height and mouth diameter in one cell, the year of reaching
    the norm last and the plant's total as one line in the same column (VI: an electric scooter factory's summary of
    loads, `Xylen: … g/s; … tấn/năm` per line in one cell of each stack, no source numbers)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_jg2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p = KZ_PLANTS["bus"]
    doc.p(g(f"Приложение 1 к экологическому разрешению на воздействие № KZ{r.randint(10, 99)}VCZ{r.randint(10**7, 10**8 - 1):08d}",
            f"№ KZ{r.randint(10, 99)}VCZ{r.randint(10**7, 10**8 - 1):08d} әсер етуге арналған экологиялық рұқсатқа 1-қосымша", ""))
    doc.h(g(f"Нормативы допустимых выбросов загрязняющих веществ на 2026–2035 годы. {p['op'][0]}, {p['name'][0]}",
            f"{p['op'][1]}, {p['name'][1]}. 2026–2035 жылдарға арналған ластаушы заттардың жол берілетін шығарындыларының нормативтері", ""))
    doc.p(g("Каркасы кузовов автобусов проходят подготовку поверхности и катафорезное грунтование, после чего окрашиваются в тупиковых "
            "окрасочно-сушильных камерах. Нормативы установлены на уровне фактических выбросов 2025 года.",
            "Автобус шанақтарының қаңқалары бетін дайындаудан және катафорездік грунттаудан өтеді, содан кейін тұйық бояу-кептіру "
            "камераларында боялады. Нормативтер 2025 жылғы нақты шығарындылар деңгейінде белгіленді.", ""))
    unit_t = g("т/год", "т/жыл", "")
    rows = [g(["№ ИЗА", "Наименование источника", "Высота / диаметр устья, м", "Загрязняющие вещества (код, наименование) и нормативы: г/с; т/год",
               "Год достижения НДВ"],
              ["ЛШК №", "Көздің атауы", "Биіктігі / сағасының диаметрі, м", "Ластаушы заттар (коды, атауы) және нормативтер: г/с; т/жыл",
               "ЖШН қол жеткізу жылы"], [])]
    merges = []
    sum_g, sum_t, numbers = 0.0, 0.0, []
    for (sec_ru, sec_kk), sources in BUS_NDV:
        _span(rows, merges, (sec_ru, sec_kk)[L], 5)
        for number, (s_ru, s_kk), height, diam, codes in sources:
            numbers.append(number)
            lines = []
            for c, ((glo, ghi), (tlo, thi)) in codes.items():
                gs, ty = _sig(r.uniform(glo, ghi), 3), _sig(r.uniform(tlo, thi), 3)
                lines.append(f"{c} {_air(doc, c)} – {num(gs, doc.lang)} г/с; {num(ty, doc.lang)} {unit_t}")
                doc.add("emissions", emission(c, gs, ty, number))
                sum_g, sum_t = sum_g + gs, sum_t + ty
            size = f"{num(height, doc.lang)} / {num(diam, doc.lang) if diam else '–'}"
            rows.append([number, (s_ru, s_kk)[L], size, "\n".join(lines), "2026"])
    rows.append(["", g("Всего по предприятию", "Кәсіпорын бойынша барлығы", ""), "",
                 f"{num(round(sum_g, 6), doc.lang)} г/с; {num(round(sum_t, 6), doc.lang)} {unit_t}", ""])
    doc.table(g("Таблица 1 – Нормативы выбросов по источникам", "1-кесте – Көздер бойынша шығарындылар нормативтері", ""), rows, merges, role="emissions")
    doc.add("sources", *({"number": n, "type": _kind(n)} for n in numbers))
    maybe_distractor(doc, 0.3)


# (stack, height/diameter, [(code, (low, high) g/s, hours)], treatment)
VN_EV_STACKS = (
    ("Ống thải buồng sơn vỏ nhựa số 1 (KT01)", "15 / 0,8", [("2902", (0.004, 0.015)), ("0616", (0.02, 0.08)), ("0621", (0.01, 0.04)), ("1210", (0.01, 0.05))],
     "Màng nước + tháp hấp phụ than hoạt tính"),
    ("Ống thải buồng sơn vỏ nhựa số 2 (KT02)", "15 / 0,8", [("2902", (0.004, 0.015)), ("0616", (0.02, 0.08)), ("1401", (0.01, 0.05))],
     "Màng nước + tháp hấp phụ than hoạt tính"),
    ("Ống thải lò sấy sơn (đốt LPG) (KT03)", "12 / 0,4", [("0337", (0.01, 0.04)), ("0301", (0.005, 0.02)), ("0330", (0.0005, 0.002))],
     "Phát tán trực tiếp qua ống thải"),
    ("Ống thải khu hàn khung xe (KT04)", "12 / 0,5", [("0123", (0.002, 0.008)), ("0143", (0.0003, 0.001))], "Lọc bụi túi vải"),
)  # fmt: skip


def _emissions_jg2_vi(doc: Doc) -> None:
    r = doc.rng
    name, owner, *_ = VN_PLANTS["ev"]
    hours = 4800
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – {name.upper()}")
    doc.h("3.2. Công trình, biện pháp xử lý bụi, khí thải")
    doc.p(f"Chủ cơ sở: {owner}. Tải lượng được tính từ kết quả đo đạc lưu lượng và nồng độ khí thải năm 2025, thời gian hoạt động "
          f"{num(hours, 'vi')} giờ/năm. Vỏ nhựa xe máy điện được sơn lót, sơn màu và sơn bóng trong 02 buồng sơn.")
    rows = [["TT", "Nguồn thải (ký hiệu ống thải)", "Chiều cao / đường kính ống (m)", "Chất ô nhiễm: tải lượng (g/s; tấn/năm)", "Biện pháp xử lý"]]
    for k, (stack, size, codes, treat) in enumerate(VN_EV_STACKS, 1):
        lines = []
        for c, (lo, hi) in codes:
            gs = _sig(r.uniform(lo, hi), 3)
            ty = _sig(gs * hours * 3600 / 1e6, 3)
            lines.append(f"{_air(doc, c)}: {num(gs, 'vi')} g/s; {num(ty, 'vi')} tấn/năm")
            doc.add("emissions", emission(c, gs, ty))
        rows.append([str(k), stack, size, "\n".join(lines), treat])
    doc.table("Bảng 3.4. Tổng hợp nguồn phát sinh và tải lượng khí thải của cơ sở", rows, role="emissions")
    doc.p("Ghi chú: ký hiệu ống thải theo sơ đồ thu gom, xử lý khí thải tại Phụ lục 3.")
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- wastes

# (code, RU, KK, kg per sedan, kg per crossover)
CAR_WASTES = (
    ("08 01 13*", "Шлам окрасочных камер (коагулят гидрофильтров)", "Бояу камераларының шламы (гидросүзгілер коагуляты)", 2.1, 2.6),
    ("11 01 09*", "Шлам ванн фосфатирования", "Фосфаттау ванналарының шламы", 0.35, 0.42),
    ("08 01 11*", "Остатки и отходы лакокрасочных материалов", "Лак-бояу материалдарының қалдықтары", 0.48, 0.55),
    ("14 06 03*", "Отработанные растворители промывки окрасочного оборудования", "Бояу жабдығын жуудан кейінгі пайдаланылған еріткіштер", 0.9, 1.1),
    ("15 02 02*", "Фильтры окрасочных камер (потолочные и напольные)", "Бояу камераларының сүзгілері (төбелік және еденге төселетін)", 0.62, 0.74),
    ("15 01 10*", "Тара из-под ЛКМ, герметиков и мастик", "ЛБМ, герметиктер мен мастикалар ыдысы", 0.8, 0.95),
    ("12 01 13", "Отходы сварки (остатки проволоки, брызги металла)", "Дәнекерлеу қалдықтары (сым қалдықтары, металл шашырандылары)", 0.12, 0.15),
    ("15 01 01", "Картонная упаковка комплектующих", "Жинақтаушы бұйымдардың картон орамасы", 18.5, 22.0),
    ("15 01 03", "Деревянная упаковка и поддоны", "Ағаш орама және тұғырықтар", 9.2, 11.4),
    ("15 01 02", "Полиэтиленовая пленка и пластиковая упаковка", "Полиэтилен үлдір және пластик орама", 3.1, 3.6),
)  # fmt: skip


def _t(x: float) -> float:
    return round(x, 2) if x >= 10 else round(x, 3)


def wastes_jg1(doc: Doc) -> None:
    """A car plant's waste-management programme computing each waste from a norm in kilograms per vehicle given for the
    two model families as sub-columns under a merged header, the year's production of each family in a row under the
    header, the municipal wastes normed per worker in one cell merged across both sub-columns, the tonnes a year last and a
    total (VI: a motorcycle plant's norms per 1,000 underbones and scooters, CTNH in kilograms a year, ordinary wastes in
    tonnes in a second table with the municipal wastes per worker and day)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_jg1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p = KZ_PLANTS[doc.pick(("kst", "ala"))]
    (m1_ru, m1_kk), (m2_ru, m2_kk) = p["models"]
    n1, n2 = r.randint(60, 180) * 100, r.randint(40, 140) * 100
    workers = p["workers"] + r.randint(-40, 40)
    doc.h(g(f"Программа управления отходами на 2026–2035 годы. {p['op'][0]}", f"{p['op'][1]}. 2026–2035 жылдарға арналған қалдықтарды басқару бағдарламасы", ""))
    doc.h(g("3.2. Расчет объемов образования отходов", "3.2. Қалдықтардың түзілу көлемін есептеу", ""))
    doc.p(g(f"Объемы образования отходов рассчитаны по удельным нормативам на один выпущенный автомобиль, установленным по данным учета 2023–2025 "
            f"годов отдельно для двух семейств моделей, и по производственной программе 2026 года. Списочная численность персонала – {num(workers, 'ru')} чел.",
            f"Қалдықтардың түзілу көлемі 2023–2025 жылдардағы есепке алу деректері бойынша екі модель отбасы үшін жеке белгіленген бір шығарылған "
            f"автомобильге үлестік нормативтер және 2026 жылғы өндірістік бағдарлама бойынша есептелді. Персоналдың тізімдік саны – {num(workers, 'kk')} адам.", ""))
    rows = [g(["№", "Код отхода", "Наименование отхода", "Норматив образования, кг на 1 автомобиль", None, "Образование отходов, т/год"],
              ["№", "Қалдық коды", "Қалдықтың атауы", "Түзілу нормативі, 1 автомобильге кг", None, "Қалдықтардың түзілуі, т/жыл"], []),
            [None, None, None, (m1_ru, m1_kk)[L], (m2_ru, m2_kk)[L], None],
            ["", "", g("Производственная программа 2026 г., шт.", "2026 ж. өндірістік бағдарламасы, дана", ""), num(n1, doc.lang), num(n2, doc.lang), ""]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 1, 5)]
    total = 0.0
    for k, (code, n_ru, n_kk, a, b) in enumerate(CAR_WASTES, 1):
        t = _t((n1 * a + n2 * b) / 1000)
        name = (n_ru, n_kk)[L]
        rows.append([str(k), code, name, num(a, doc.lang), num(b, doc.lang), num(t, doc.lang)])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t, "name_contains": _words(name.split(" (")[0], 3)})
        total += t
    k = len(CAR_WASTES) + 1
    t = _t(0.075 * workers)
    name = g("Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", "")
    rows.append([str(k), "20 03 01", name, g(f"0,075 т на 1 работающего × {num(workers, 'ru')} чел.", f"1 жұмыскерге 0,075 т × {num(workers, 'kk')} адам", ""),
                 None, num(t, doc.lang)])
    merges.append((len(rows) - 1, 3, len(rows) - 1, 4))
    doc.add("wastes", {"code": "20 03 01", "code_system": "LoW", "hazardous": False, "amount_t": t, "name_contains": name})
    total += t
    rows.append(["", "", g("Итого", "Жиыны", ""), "", "", num(round(total, 3), doc.lang)])
    doc.table(g("Таблица 3.2 – Расчет образования отходов по удельным нормативам", "3.2-кесте – Үлестік нормативтер бойынша қалдықтардың түзілуін есептеу", ""),
              rows, merges, role="wastes")
    doc.p(g("Норматив для семейства кроссоверов выше за счет большей площади окрашиваемой поверхности кузова.",
            "Кроссоверлер отбасына арналған норматив шанақтың боялатын бетінің ауданы үлкен болуына байланысты жоғары.", ""))
    maybe_distractor(doc, 0.3)


# (code, name, kg per 1,000 underbones, kg per 1,000 scooters)
VN_MOTO_CTNH = (
    ("18 02 01", "Giẻ lau, găng tay, vật liệu lọc buồng sơn nhiễm sơn và dung môi", 120, 150),
    ("18 01 02", "Bao bì cứng thải bằng kim loại (thùng sơn, thùng dung môi)", 90, 130),
    ("18 01 03", "Bao bì cứng thải bằng nhựa (can đựng hóa chất phốt phát hóa)", 25, 35),
    ("17 08 03", "Dung môi thải từ vệ sinh súng sơn, đường ống sơn", 60, 85),
    ("12 06 05", "Bùn thải có các thành phần nguy hại từ quá trình xử lý nước thải công nghiệp", 310, 380),
    ("17 02 03", "Dầu động cơ, hộp số và bôi trơn tổng hợp thải (chạy thử xe)", 40, 55),
)
VN_MOTO_ORDINARY = (("Bao bì carton, giấy thải", 2800, 3400), ("Pallet gỗ, thùng gỗ hỏng", 900, 1300),
                    ("Phế liệu sắt thép (đầu mẩu ống thép khung xe)", 1500, 1900), ("Nilon, xốp bọc linh kiện", 420, 560))


def _wastes_jg1_vi(doc: Doc) -> None:
    r = doc.rng
    name, owner, *_ = VN_PLANTS[doc.pick(("vp", "hn"))]
    n1, n2 = r.randint(20, 45) * 10000, r.randint(25, 60) * 10000
    workers = r.randint(1500, 2600)
    doc.h(f"KẾ HOẠCH QUẢN LÝ CHẤT THẢI NĂM 2026 – {name.upper()}")
    doc.p(f"Chủ cơ sở: {owner}. Khối lượng chất thải dự kiến được tính theo định mức phát sinh trên 1.000 xe thành phẩm (thống kê 2023–2025) "
          f"và kế hoạch sản lượng năm 2026; số lao động {num(workers, 'vi')} người, làm việc 300 ngày/năm.")
    head = [["TT", "Mã CTNH", "Tên chất thải nguy hại", "Định mức phát sinh (kg/1.000 xe)", None, "Khối lượng dự kiến (kg/năm)"],
            [None, None, None, "Xe số", "Xe tay ga", None],
            ["", "", "Sản lượng kế hoạch năm 2026 (xe)", num(n1, "vi"), num(n2, "vi"), ""]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 1, 5)]
    rows = [list(x) for x in head]
    for k, (code, wname, a, b) in enumerate(VN_MOTO_CTNH, 1):
        kg = round((n1 * a + n2 * b) / 1000, 1)
        rows.append([str(k), code, wname, num(a, "vi"), num(b, "vi"), num(kg, "vi")])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": round(kg / 1000, 4), "name_contains": _words(wname, 5)})
    doc.table("Bảng 1. Chất thải nguy hại dự kiến phát sinh", rows, merges, role="wastes")
    rows = [["TT", "Tên chất thải rắn công nghiệp thông thường", "Định mức phát sinh (kg/1.000 xe)", None, "Khối lượng dự kiến (tấn/năm)"],
            [None, None, "Xe số", "Xe tay ga", None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 1, 4)]
    for k, (wname, a, b) in enumerate(VN_MOTO_ORDINARY, 1):
        t = round((n1 * a + n2 * b) / 1e6, 2)
        rows.append([str(k), wname, num(a, "vi"), num(b, "vi"), num(t, "vi")])
        doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": _words(wname, 4)})
    t = round(0.3 * workers * 300 / 1000, 1)
    rows.append([str(len(VN_MOTO_ORDINARY) + 1), "Chất thải rắn sinh hoạt", f"0,3 kg/người/ngày × {num(workers, 'vi')} người × 300 ngày", None, num(t, "vi")])
    merges.append((len(rows) - 1, 2, len(rows) - 1, 3))
    doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": "Chất thải rắn sinh hoạt"})
    doc.table("Bảng 2. Chất thải rắn thông thường dự kiến phát sinh", rows, merges, role="wastes")
    maybe_distractor(doc, 0.3)


# (code, (RU, KK) name, (RU, KK) origin, (RU, KK) state, (low, high) t, (RU, KK) place, (RU, KK) handling)
AGRO_HAZ = (
    ("08 01 11*", ("Отходы лакокрасочных материалов", "Лак-бояу материалдарының қалдықтары"),
     ("окраска рам и бункеров комбайнов", "комбайн рамалары мен бункерлерін бояу"), ("пастообразное", "паста тәрізді"), (1.2, 3.5),
     ("металлические бочки, площадка № 1", "металл бөшкелер, № 1 алаң"), ("передача на утилизацию специализированной организации", "мамандандырылған ұйымға кәдеге жаратуға беру")),
    ("13 02 05*", ("Отработанные моторные и трансмиссионные масла", "Пайдаланылған мотор және трансмиссиялық майлар"),
     ("обкатка и испытания комбайнов, ТО погрузчиков", "комбайндарды жүгіртіп сынау, тиегіштерге ТҚК"), ("жидкое", "сұйық"), (2.5, 6.0),
     ("емкость 2 м³ на поддоне, площадка № 1", "табандықтағы 2 м³ сыйымдылық, № 1 алаң"), ("передача на регенерацию", "регенерацияға беру")),
    ("12 01 09*", ("Отработанные смазочно-охлаждающие жидкости (эмульсии)", "Пайдаланылған майлау-салқындату сұйықтықтары (эмульсиялар)"),
     ("механический участок, станки с ЧПУ", "механикалық учаске, СБЖ станоктары"), ("жидкое", "сұйық"), (4.0, 9.0),
     ("емкость 1 м³, механический участок", "1 м³ сыйымдылық, механикалық учаске"), ("передача на обезвреживание", "залалсыздандыруға беру")),
    ("15 02 02*", ("Промасленная ветошь и фильтры окрасочной камеры", "Майланған шүберек және бояу камерасының сүзгілері"),
     ("окрасочная камера, участок обкатки", "бояу камерасы, жүгіртіп сынау учаскесі"), ("твердое", "қатты"), (0.8, 2.2),
     ("металлический контейнер с крышкой", "қақпағы бар металл контейнер"), ("передача на термическое обезвреживание", "термиялық залалсыздандыруға беру")),
)  # fmt: skip
AGRO_NONHAZ = (
    ("12 01 01", ("Стружка и обрезь черных металлов", "Қара металл жоңқасы мен кесінділері"), ("заготовительный и механический участки", "дайындау және механикалық учаскелер"),
     ("твердое", "қатты"), (60, 140), ("открытая площадка с твердым покрытием", "қатты жабыны бар ашық алаң"), ("сдача в пункт приема металлолома", "металл сынықтарын қабылдау пунктіне тапсыру")),
    ("12 01 13", ("Отходы сварки", "Дәнекерлеу қалдықтары"), ("сварочный участок рам", "рамаларды дәнекерлеу учаскесі"), ("твердое", "қатты"), (1.5, 4.0),
     ("металлический ящик", "металл жәшік"), ("сдача в пункт приема металлолома", "металл сынықтарын қабылдау пунктіне тапсыру")),
    ("15 01 03", ("Деревянная упаковка (ящики, поддоны)", "Ағаш орама (жәшіктер, тұғырықтар)"), ("приемка покупных комплектующих", "сатып алынатын жинақтауыштарды қабылдау"),
     ("твердое", "қатты"), (20, 45), ("открытая площадка", "ашық алаң"), ("передача на переработку в щепу", "жоңқаға өңдеуге беру")),
    ("15 01 01", ("Бумажная и картонная упаковка", "Қағаз және картон орама"), ("склад комплектующих", "жинақтауыштар қоймасы"), ("твердое", "қатты"), (6, 14),
     ("контейнер с крышкой", "қақпағы бар контейнер"), ("передача на переработку", "қайта өңдеуге беру")),
    ("20 03 01", ("Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар"), ("жизнедеятельность персонала, столовая", "персоналдың тыныс-тіршілігі, асхана"),
     ("твердое", "қатты"), (30, 45), ("контейнеры на бетонированной площадке", "бетондалған алаңдағы контейнерлер"), ("вывоз на полигон ТБО по договору", "шарт бойынша ҚТҚ полигонына шығару")),
)  # fmt: skip
AGRO_LABELS = (("Код отхода", "Қалдық коды"), ("Наименование отхода", "Қалдықтың атауы"), ("Источник образования", "Түзілу көзі"),
               ("Агрегатное состояние", "Агрегаттық күйі"), ("Количество образования, т/год", "Түзілу мөлшері, т/жыл"),
               ("Место накопления", "Жинақтау орны"), ("Способ обращения", "Жұмыс істеу тәсілі"))


def _turned(doc: Doc, items, caption: str, first: int) -> None:
    """A table with the wastes as columns and their characteristics as rows."""
    L = _L(doc)
    r = doc.rng
    amounts = [_t(r.uniform(lo, hi)) for *_rest, (lo, hi), _p, _h in items]
    head = [doc.v("Показатель", "Көрсеткіш", "")] + [doc.v(f"Отход № {first + k}", f"№ {first + k} қалдық", "") for k in range(len(items))]
    rows = [head]
    for i, (l_ru, l_kk) in enumerate(AGRO_LABELS):
        line = [(l_ru, l_kk)[L]]
        for (code, name, origin, state, _, place, how), t in zip(items, amounts, strict=True):
            line.append((code, name[L], origin[L], state[L], num(t, doc.lang), place[L], how[L])[i])
        rows.append(line)
    doc.table(caption, rows, role="wastes")
    for (code, name, *_), t in zip(items, amounts, strict=True):
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t, "name_contains": _words(name[L].split(" (")[0], 3)})


def wastes_jg2(doc: Doc) -> None:
    """An agricultural machinery plant's characteristic of wastes in its ПЭК programme turned on its side: the wastes are
    columns `Отход № 1` … and code, name, origin, state, amount a year, place of accumulation and handling are rows, the
    hazardous and the non-hazardous wastes in two such tables numbered through (VI: an electric scooter factory's annual
    report, CTNH as columns with kilograms of 2025, ordinary wastes as columns with tonnes)."""
    if doc.lang == "vi":
        _wastes_jg2_vi(doc)
        return
    g = doc.v
    p = KZ_PLANTS["agro"]
    doc.h(g(f"Программа производственного экологического контроля. {p['op'][0]}", f"{p['op'][1]}. Өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.h(g("4. Характеристика отходов производства и потребления", "4. Өндіріс және тұтыну қалдықтарының сипаттамасы", ""))
    doc.p(g(f"Объект: {p['name'][0]}. На заводе ведется сборка зерноуборочных комбайнов и жаток: заготовка и сварка рам, окраска в камере, сборка на "
            "конвейере, обкатка и заправка готовых машин. Количество отходов принято по нормативам программы управления отходами.",
            f"{p['name'][1]} астық жинайтын комбайндар мен орақтарды құрастырады: рамаларды дайындау және дәнекерлеу, камерада бояу, конвейерде "
            "құрастыру, дайын машиналарды жүгіртіп сынау және жанармай құю. Қалдықтардың мөлшері қалдықтарды басқару бағдарламасының нормативтері бойынша қабылданды.", ""))
    _turned(doc, AGRO_HAZ, g("Таблица 4.1 – Опасные отходы", "4.1-кесте – Қауіпті қалдықтар", ""), 1)
    _turned(doc, AGRO_NONHAZ, g("Таблица 4.2 – Неопасные отходы", "4.2-кесте – Қауіпті емес қалдықтар", ""), len(AGRO_HAZ) + 1)
    doc.p(g("Срок накопления отходов на площадках не превышает шести месяцев.", "Қалдықтарды алаңдарда жинақтау мерзімі алты айдан аспайды.", ""))
    maybe_distractor(doc, 0.3)


# (code, name, state, (low, high) kg)
VN_EV_CTNH = (
    ("16 01 13", "Các thiết bị, bộ phận, linh kiện điện tử thải (bo mạch BMS, bộ điều khiển lỗi)", "Rắn", (150, 600)),
    ("18 02 01", "Chất hấp thụ, vật liệu lọc (than hoạt tính từ tháp hấp phụ), giẻ lau nhiễm thành phần nguy hại", "Rắn", (800, 2400)),
    ("18 01 03", "Bao bì cứng thải bằng nhựa (can đựng sơn, dung môi)", "Rắn", (200, 700)),
    ("17 08 03", "Các loại dung môi và hỗn hợp dung môi thải khác", "Lỏng", (150, 500)),
    ("17 02 03", "Dầu động cơ, hộp số và bôi trơn tổng hợp thải", "Lỏng", (60, 200)),
)
VN_EV_ORDINARY = (("Vỏ nhựa lỗi, ba via nhựa", (8, 25)), ("Bao bì carton, giấy", (40, 90)), ("Phế liệu kim loại", (12, 30)),
                  ("Chất thải rắn sinh hoạt", (60, 120)))


def _wastes_jg2_vi(doc: Doc) -> None:
    r = doc.rng
    name, owner, *_ = VN_PLANTS["ev"]
    doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – {owner.upper()}")
    doc.p(f"Cơ sở: {name}. Kỳ báo cáo: từ ngày 01/01/2025 đến ngày 31/12/2025. Pin lithium lỗi được nhà cung cấp thu hồi theo hợp đồng nên không thống kê tại đây.")
    doc.h("3. Kết quả quản lý chất thải rắn và chất thải nguy hại")
    kgs = [r.randint(lo // 5, hi // 5) * 5 for *_x, (lo, hi) in VN_EV_CTNH]
    rows = [["Nội dung", *(f"CTNH {k}" for k in range(1, len(VN_EV_CTNH) + 1))],
            ["Mã CTNH", *(c for c, *_x in VN_EV_CTNH)],
            ["Tên chất thải", *(n for _c, n, *_x in VN_EV_CTNH)],
            ["Trạng thái tồn tại", *(s for _c, _n, s, _x in VN_EV_CTNH)],
            ["Khối lượng phát sinh năm 2025 (kg)", *(num(k, "vi") for k in kgs)],
            ["Tổ chức tiếp nhận, xử lý", *["Công ty TNHH Môi trường Xanh Hà Nội"] * len(VN_EV_CTNH)]]
    doc.table("Bảng 3.1. Chất thải nguy hại phát sinh", rows, role="wastes")
    for (code, wname, _s, _x), kg in zip(VN_EV_CTNH, kgs, strict=True):
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000, "name_contains": _words(wname, 5)})
    tons = [round(r.uniform(lo, hi), 1) for _n, (lo, hi) in VN_EV_ORDINARY]
    rows = [["Nội dung", *(f"Loại {k}" for k in range(1, len(VN_EV_ORDINARY) + 1))],
            ["Tên chất thải", *(n for n, _x in VN_EV_ORDINARY)],
            ["Khối lượng năm 2025 (tấn)", *(num(t, "vi") for t in tons)],
            ["Biện pháp xử lý", "Bán phế liệu cho đơn vị tái chế", "Bán phế liệu cho đơn vị tái chế", "Bán phế liệu cho đơn vị tái chế",
             "Chuyển giao cho Công ty Môi trường đô thị"]]
    doc.table("Bảng 3.2. Chất thải rắn công nghiệp thông thường và sinh hoạt", rows, role="wastes")
    for (wname, _x), t in zip(VN_EV_ORDINARY, tons, strict=True):
        doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": _words(wname, 4)})
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- limits

# (number, (RU, KK) source, {code: (low, high) inlet mg/m3} at the RTO's inlet, {code: norm mg/m3} at the mouth)
PAINT_STACKS = (
    ("0003", ("Окрасочно-сушильные камеры грунта и базового покрытия № 1, 2 (после гидрофильтров и фильтров тонкой очистки)",
              "Грунт және негізгі жабын бояу-кептіру камералары № 1, 2 (гидросүзгілер мен жұқа тазарту сүзгілерінен кейін)"),
     {}, {"2902": 3, "0616": 40, "1210": 30}),
    ("0004", ("Установка регенеративного термического окисления (RTO) камер лака и печей сушки",
              "Лак камералары мен кептіру пештерінің регенеративті термиялық тотықтыру қондырғысы (RTO)"),
     {"0616": (250, 700), "1210": (180, 520), "1401": (90, 300)}, {"0616": 15, "1210": 10, "1401": 25, "0301": 100, "0337": 100}),
    ("0005", ("Печь полимеризации катафорезного грунта (КТЛ)", "Катафорездік грунтты (КТЛ) полимерлеу пеші"),
     {}, {"0301": 100, "0337": 150, "1325": 5}),
)  # fmt: skip


def limits_jg1(doc: Doc) -> None:
    """A car plant's protocol of instrumental measurements at its paint shop's stacks, each source a row spanning the table,
    the places of sampling in a first column merged down over their substances: the RTO measured at its inlet, where the
    norm reads `не нормируется` and only the efficiency is worked out, and at the mouth of its stack against the КЭР's
    or permit's norms in mg/m3; the booths and the cataphoresis oven measured at the mouth only; the gas parameters in a
    table of no role before it (VI: a car plant's periodic monitoring, the RTO's inlet and outlet, the standard named per
    row — QCVN 19:2009/BTNMT column B × Kp × Kv for dust, CO and NOx, QCVN 20:2009/BTNMT for the solvents)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_jg1_vi(doc)
        return
    g = doc.v
    p = KZ_PLANTS[doc.pick(("kst", "ala"))]
    permit = g("КЭР", "КЭР", "") if p["cat"] == "I" else g("экологического разрешения", "экологиялық рұқсаттың", "")
    doc.h(g(f"Протокол инструментальных измерений № {r.randint(100, 900)}-ИЗ/26", f"№ {r.randint(100, 900)}-ИЗ/26 аспаптық өлшеулер хаттамасы", ""))
    doc.p(g(f"Заказчик: {p['op'][0]}, {p['name'][0]}. Испытательная лаборатория ТОО «КазЭкоТест» (аттестат аккредитации KZ.T.{r.randint(10, 17)}.{r.randint(1000, 2999)}). "
            f"Отбор проб выполнен {r.randint(3, 27):02d}.0{r.randint(2, 4)}.2026 при работе окрасочной линии в штатном режиме (не менее 80 % загрузки конвейера).",
            f"Тапсырыс беруші: {p['op'][1]}, {p['name'][1]}. «КазЭкоТест» ЖШС сынақ зертханасы (аккредиттеу аттестаты KZ.T.{r.randint(10, 17)}.{r.randint(1000, 2999)}). "
            f"Сынамалар 2026 жылғы {r.randint(3, 27):02d}.0{r.randint(2, 4)} бояу желісі қалыпты режимде (конвейер жүктемесі кемінде 80 %) жұмыс істеген кезде алынды.", ""))
    gas = [g(["№ ИЗА", "Объемный расход, м³/с", "Температура, °C", "Скорость потока, м/с"], ["ЛШК №", "Көлемдік шығын, м³/с", "Температура, °C", "Ағын жылдамдығы, м/с"], [])]
    for number, *_ in PAINT_STACKS:
        gas.append([number, num(round(r.uniform(6, 22), 2), doc.lang), num(r.randint(24, 160), doc.lang), num(round(r.uniform(9, 16), 1), doc.lang)])
    doc.table(g("Таблица 1 – Параметры газовоздушной смеси", "1-кесте – Газ-ауа қоспасының параметрлері", ""), gas, role="other")
    rows = [g(["Место отбора проб", "Код ЗВ", "Наименование ЗВ", "Концентрация, мг/м³", f"Норматив {permit}, мг/м³", "Эффективность очистки, %", "Вывод"],
              ["Сынама алу орны", "ЛЗ коды", "ЛЗ атауы", "Концентрациясы, мг/м³", f"{permit} нормативі, мг/м³", "Тазарту тиімділігі, %", "Қорытынды"], [])]
    merges = []
    ok, none = g("соответствует", "сәйкес келеді", ""), g("не нормируется", "нормаланбайды", "")
    for number, (s_ru, s_kk), inlet, norms in PAINT_STACKS:
        _span(rows, merges, g(f"ИЗА {number} – {s_ru}", f"{number} ЛШК – {s_kk}", ""), 7)
        outs = {c: _sig(norm * r.uniform(0.15, 0.8), 2) for c, norm in norms.items()}
        ins = {c: _sig(max(r.uniform(lo, hi), outs[c] * 20), 3) for c, (lo, hi) in inlet.items()}
        if ins:
            start = len(rows)
            for j, (c, v) in enumerate(ins.items()):
                rows.append([g("Вход в RTO (сборный воздуховод)", "RTO кірісі (жинағыш ауа өткізгіш)", "") if j == 0 else None, c, _air(doc, c),
                             num(v, doc.lang), none, "–", "–"])
            merges.append((start, 0, len(rows) - 1, 0))
        start = len(rows)
        for j, (c, v) in enumerate(outs.items()):
            eff = num(round((1 - v / ins[c]) * 100, 1), doc.lang) if c in ins else "–"
            place = g(f"Выход – устье трубы ИЗА {number}", f"Шығыс – {number} ЛШК мұржасының сағасы", "")
            rows.append([place if j == 0 else None, c, _air(doc, c), num(v, doc.lang), num(norms[c], doc.lang), eff, ok])
            add(doc, limit(("code", c), "flue_gas", norms[c], "mg/m3", None, number, v))
        merges.append((start, 0, len(rows) - 1, 0))
    doc.table(g("Таблица 2 – Результаты измерений концентраций загрязняющих веществ", "2-кесте – Ластаушы заттар концентрацияларын өлшеу нәтижелері", ""),
              rows, merges, role="limits")
    doc.add("sources", *({"number": s[0], "type": "organized"} for s in PAINT_STACKS))
    doc.p(g("Концентрации на входе в RTO нормативами не регламентируются и приведены для оценки эффективности установки.",
            "RTO кірісіндегі концентрациялар нормативтермен регламенттелмейді және қондырғының тиімділігін бағалау үшін келтірілген.", ""))
    maybe_distractor(doc, 0.25)


KP, KV = 0.9, 1.0
# code: (VI label, limit, column) — QCVN 19:2009/BTNMT column B × Kp × Kv, or QCVN 20:2009/BTNMT without a column
VN_STACK_NORMS = {
    "2902": ("Bụi tổng", 200 * KP * KV, "B"), "0337": ("CO", 1000 * KP * KV, "B"), "0301": ("NOx (tính theo NO2)", 850 * KP * KV, "B"),
    "0616": ("Xylen", 870, None), "0621": ("Toluen", 750, None), "1210": ("Butyl axetat", 950, None),
}  # fmt: skip
VN_STACKS = (
    ("KT1", "Ống thải hệ thống RTO (buồng sơn phủ và lò sấy sơn phủ)", ("0616", "0621", "1210"), ("2902", "0337", "0301", "0616", "0621", "1210")),
    ("KT2", "Ống thải buồng sơn lót (sau màng nước)", (), ("2902", "0616", "0621")),
    ("KT3", "Ống thải lò sấy sơn điện di (ED)", (), ("2902", "0337", "0301")),
)


def _limits_jg1_vi(doc: Doc) -> None:
    r = doc.rng
    name, owner, *_ = VN_PLANTS["qn"]
    doc.h(f"KẾT QUẢ QUAN TRẮC KHÍ THẢI ĐỊNH KỲ ĐỢT {doc.pick(('1', '2'))} NĂM 2025 – {name.upper()}")
    doc.p(f"Chủ cơ sở: {owner}. Lưu lượng khí thải mỗi ống từ 20.000 đến 100.000 m³/h nên Kp = {num(KP, 'vi')}; cơ sở nằm trong khu công nghiệp "
          f"nên Kv = {num(KV, 'vi')}. Các thông số hữu cơ so sánh với QCVN 20:2009/BTNMT (không áp dụng Kp, Kv).")
    rows = [["Vị trí lấy mẫu", "Thông số", "Đơn vị", "Kết quả", "Giới hạn cho phép", "Quy chuẩn áp dụng"]]
    merges = []
    for pid, label, inlet, outlet in VN_STACKS:
        _span(rows, merges, f"{pid} – {label}", 6)
        outs = {c: _sig(VN_STACK_NORMS[c][1] * (r.uniform(0.005, 0.04) if c in inlet else r.uniform(0.03, 0.5)), 3) for c in outlet}
        if inlet:
            start = len(rows)
            for j, c in enumerate(inlet):
                v = _sig(max(r.uniform(300, 1200), outs[c] * 15), 3)
                rows.append(["Đầu vào RTO" if j == 0 else None, VN_STACK_NORMS[c][0], "mg/Nm³", num(v, "vi"), "-", "Không áp dụng"])
            merges.append((start, 0, len(rows) - 1, 0))
        start = len(rows)
        for j, c in enumerate(outlet):
            lab, lim, col = VN_STACK_NORMS[c]
            std = f"QCVN 19:2009/BTNMT, cột B (Kp = {num(KP, 'vi')}; Kv = {num(KV, 'vi')})" if col else "QCVN 20:2009/BTNMT"
            rows.append([(f"Đầu ra RTO (ống thải {pid})" if inlet else f"Ống thải {pid}") if j == 0 else None, lab, "mg/Nm³", num(outs[c], "vi"),
                         num(_sig(lim, 6), "vi"), std])
            add(doc, limit(("code", c), "flue_gas", _sig(lim, 6), "mg/Nm3", col, pid, outs[c]))
        merges.append((start, 0, len(rows) - 1, 0))
    doc.table("Bảng 2. Kết quả phân tích mẫu khí thải", rows, merges, role="limits")
    doc.p("Nhận xét: các thông số tại đầu ra các ống thải đều nằm trong giới hạn cho phép; mẫu đầu vào RTO chỉ dùng để đánh giá hiệu suất xử lý.")
    maybe_distractor(doc, 0.3)


SOIL_POINTS = (
    ("П-1", ("граница СЗЗ, север", "СҚА шекарасы, солтүстік")),
    ("П-2", ("у заправочного пункта участка обкатки комбайнов", "комбайндарды жүгіртіп сынау учаскесінің жанармай құю пунктінің жанында")),
    ("П-3", ("у окрасочного корпуса", "бояу корпусының жанында")),
    ("П-4", ("площадка временного хранения отходов", "қалдықтарды уақытша сақтау алаңы")),
    ("П-5", ("фоновая, 1,5 км к северо-западу", "фондық, солтүстік-батысқа қарай 1,5 км")),
)  # fmt: skip
SOIL_KEYS = ("Pb", "Zn", "Cu", "Ni", "Cr")
DEPTHS = ("0–5", "5–20")


def limits_jg2(doc: Doc) -> None:
    """Soil around an agricultural machinery plant in its report on ПЭК: each point of sampling merged down over its two
    depths, the elements as columns with the ПДК in a row under the header, oil products without a norm (`не
    установлена`), the background point among the others (VI: a motorcycle plant's waste water at its connection to the
    park's sewer, the sampling rounds as rows, the park's acceptance limits in the last row, the point `NT1` named only in
    the lead-in, nickel not detected in some rounds)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_jg2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p = KZ_PLANTS[doc.pick(("agro", "bus"))]
    doc.h(g(f"Отчет по производственному экологическому контролю за 2025 год. {p['op'][0]}", f"{p['op'][1]}. 2025 жылғы өндірістік экологиялық бақылау бойынша есеп", ""))
    doc.h(g("5. Мониторинг воздействия на почвенный покров", "5. Топырақ жамылғысына әсер ету мониторингі", ""))
    doc.p(g(f"Пробы почвы отобраны {r.randint(10, 30)} мая 2025 г. методом конверта на двух глубинах. Для меди, никеля и хрома определялись подвижные "
            "формы, для свинца и цинка – валовое содержание.",
            f"Топырақ сынамалары 2025 жылғы {r.randint(10, 30)} мамырда конверт әдісімен екі тереңдікте алынды. Мыс, никель және хром үшін жылжымалы "
            "формалары, қорғасын мен мырыш үшін жалпы құрамы анықталды.", ""))
    rows = [[g("Точка отбора", "Сынама алу нүктесі", ""), g("Глубина, см", "Тереңдігі, см", ""), *(vocab.soil(s, doc.lang) for s in SOIL_KEYS),
             vocab.soil("TPH", doc.lang)],
            [g("ПДК, мг/кг", "ШЖК, мг/кг", ""), None, *(num(SOIL_PDK[s], doc.lang) for s in SOIL_KEYS), g("не установлена", "белгіленбеген", "")]]
    merges = [(1, 0, 1, 1)]
    points = [pt for pt in SOIL_POINTS if pt[0] != "П-4" or r.random() < 0.7]
    for pid, place in points:
        start = len(rows)
        for depth in DEPTHS:
            vals = {s: _sig(SOIL_PDK[s] * r.uniform(0.1 if pid == "П-5" else 0.2, 0.4 if pid == "П-5" else 0.95), 2) for s in SOIL_KEYS}
            tph = r.randint(60, 900 if pid == "П-2" else 250)
            rows.append([f"{pid} ({place[L]})" if depth == DEPTHS[0] else None, depth, *(num(vals[s], doc.lang) for s in SOIL_KEYS), num(tph, doc.lang)])
            for s in SOIL_KEYS:
                add(doc, limit(("symbol", s), "soil", SOIL_PDK[s], "mg/kg", None, pid, vals[s]))
        merges.append((start, 0, len(rows) - 1, 0))
    doc.table(g("Таблица 5.1 – Содержание тяжелых металлов и нефтепродуктов в почве, мг/кг", "5.1-кесте – Топырақтағы ауыр металдар мен мұнай өнімдерінің құрамы, мг/кг", ""),
              rows, merges, role="limits")
    doc.p(g("Превышений ПДК не выявлено; содержание нефтепродуктов у заправочного пункта выше фонового.",
            "ШЖК-дан асу анықталған жоқ; жанармай құю пунктінің жанындағы мұнай өнімдерінің құрамы фондық деңгейден жоғары.", ""))
    maybe_distractor(doc, 0.3)


# symbol: (unit, park's acceptance limit, (low, high) share of it)
KCN_LIMITS = {"pH": (None, (5.5, 9), None), "TSS": ("mg/l", 200, (0.2, 0.7)), "COD": ("mg/l", 400, (0.15, 0.6)), "BOD5": ("mg/l", 200, (0.1, 0.5)),
              "TN": ("mg/l", 60, (0.15, 0.6)), "TP": ("mg/l", 8, (0.2, 0.9)), "TPH": ("mg/l", 10, (0.05, 0.4)), "Zn": ("mg/l", 3, (0.05, 0.5)),
              "Ni": ("mg/l", 0.5, (0.04, 0.4))}  # fmt: skip


def _limits_jg2_vi(doc: Doc) -> None:
    r = doc.rng
    name, owner, place, *_ = VN_PLANTS[doc.pick(("hn", "vp"))]
    park = place.split(",")[0]
    doc.h(f"BÁO CÁO KẾT QUẢ QUAN TRẮC NƯỚC THẢI ĐẤU NỐI NĂM 2025 – {name.upper()}")
    doc.p(f"Chủ cơ sở: {owner}. Vị trí lấy mẫu: NT1 – hố ga cuối cùng trước khi đấu nối nước thải sau hệ thống xử lý (công suất 450 m³/ngày.đêm) "
          f"vào hệ thống thu gom nước thải của {park}. Tần suất: 03 tháng/lần.")
    keys = list(KCN_LIMITS)
    rows = [["Đợt quan trắc", *(vocab.water(s, "vi") for s in keys)], ["Đơn vị", *(KCN_LIMITS[s][0] or "-" for s in keys)]]
    for k in range(1, 5):
        line = [f"Đợt {k} (ngày {r.randint(5, 25):02d}/{3 * k:02d}/2025)"]
        for s in keys:
            unit, lim, share = KCN_LIMITS[s]
            if s == "pH":
                v = round(r.uniform(6.5, 8.2), 1)
            elif s == "Ni" and r.random() < 0.35:
                line.append("KPH")
                add(doc, {x: y for x, y in limit(("symbol", s), "waste_water", lim, unit, None, "NT1").items() if x != "value"})
                continue
            else:
                v = _sig(lim * r.uniform(*share), 3)
            line.append(num(v, "vi"))
            add(doc, limit(("symbol", s), "waste_water", lim, unit, None, "NT1", v))
        rows.append(line)
    rows.append([f"Giới hạn tiếp nhận nước thải của {park}", *(f"{num(KCN_LIMITS[s][1][0], 'vi')} – {num(KCN_LIMITS[s][1][1], 'vi')}" if s == "pH"
                                                                 else num(KCN_LIMITS[s][1], "vi") for s in keys)])
    doc.table("Bảng 4. Kết quả phân tích nước thải tại điểm đấu nối", rows, role="limits")
    doc.p("Ghi chú: KPH – không phát hiện (giới hạn phát hiện của phương pháp đối với Niken là 0,01 mg/l).")
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- monitoring

# ((RU, KK) section, [(kind, id, (RU, KK) place, [(kind, key)], months)]); kind "src" – a source, "pt" – a point
CALENDAR = (
    (("1. Эмиссии на источниках выбросов", "1. Шығарынды көздеріндегі эмиссиялар"), [
        ("src", "0001", ("ИЗА 0001 – вытяжная система В-1 корпуса сварки", "0001 ЛШК – дәнекерлеу корпусының В-1 сорып шығару жүйесі"),
         [("code", "0123"), ("code", "0143")], (4, 10)),
        ("src", "0003", ("ИЗА 0003 – окрасочные камеры грунта и базового покрытия", "0003 ЛШК – грунт және негізгі жабын бояу камералары"),
         [("code", "2902"), ("code", "0616"), ("code", "1210")], (3, 6, 9, 12)),
        ("src", "0004", ("ИЗА 0004 – установка термического окисления RTO", "0004 ЛШК – RTO термиялық тотықтыру қондырғысы"),
         [("code", "0616"), ("code", "1210"), ("code", "1401"), ("code", "0301"), ("code", "0337")], tuple(range(1, 13))),
        ("src", "0005", ("ИЗА 0005 – печь полимеризации грунта КТЛ", "0005 ЛШК – КТЛ грунтын полимерлеу пеші"),
         [("code", "0301"), ("code", "0337"), ("code", "1325")], (3, 6, 9, 12))]),
    (("2. Атмосферный воздух на границе СЗЗ", "2. СҚА шекарасындағы атмосфералық ауа"), [
        ("pt", "Т-1", ("Т-1 (север)", "Т-1 (солтүстік)"), [("code", "0301"), ("code", "0337"), ("code", "0616"), ("code", "2902")], (2, 5, 8, 11)),
        ("pt", "Т-2", ("Т-2 (восток)", "Т-2 (шығыс)"), [("code", "0301"), ("code", "0337"), ("code", "0616"), ("code", "2902")], (2, 5, 8, 11)),
        ("pt", "Т-3", ("Т-3 (юг)", "Т-3 (оңтүстік)"), [("code", "0301"), ("code", "0337"), ("code", "0616"), ("code", "2902")], (2, 5, 8, 11)),
        ("pt", "Т-4", ("Т-4 (запад)", "Т-4 (батыс)"), [("code", "0301"), ("code", "0337"), ("code", "0616"), ("code", "2902")], (2, 5, 8, 11))]),
    (("3. Сточные воды", "3. Сарқынды сулар"), [
        ("pt", "КК-1", ("КК-1 – контрольный колодец на выпуске в городскую канализацию", "КК-1 – қалалық кәрізге шығарудағы бақылау құдығы"),
         [("water", "pH"), ("water", "TSS"), ("water", "COD"), ("water", "TPH"), ("water", "Zn"), ("water", "Ni")], tuple(range(1, 13)))]),
    (("4. Почва", "4. Топырақ"), [
        ("pt", "П-1", ("П-1 – у площадки временного хранения отходов", "П-1 – қалдықтарды уақытша сақтау алаңының жанында"),
         [("soil", "Pb"), ("soil", "Zn"), ("soil", "Cu"), ("soil", "TPH")], (5,)),
        ("pt", "П-2", ("П-2 – у склада ЛКМ и растворителей", "П-2 – ЛБМ және еріткіштер қоймасының жанында"),
         [("soil", "Pb"), ("soil", "Zn"), ("soil", "Cu"), ("soil", "TPH")], (5,))]),
)  # fmt: skip


def _param_list(doc: Doc, items) -> str:
    return ", ".join(f"{key} {_param(doc, kind, key)}" if kind == "code" else _param(doc, kind, key) for kind, key in items)


def monitoring_jg1(doc: Doc) -> None:
    """A car plant's plan-graph of sampling for the year: the twelve months in Roman figures as columns under a merged
    header with `+` in the months of sampling and the count a year last, no frequency written anywhere — monthly,
    quarterly, twice or once a year read from the marks; stacks, four boundary points whose parameters are merged down,
    the sewer well and two soil points under section rows (VI: a motorcycle plant's plan with months `1` … `12` and `x`,
    stacks `KT1` … and the waste-water point `NT1`)."""
    if doc.lang == "vi":
        _monitoring_jg1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p = KZ_PLANTS[doc.pick(("kst", "ala"))]
    doc.h(g(f"План-график производственного мониторинга на 2026 год. {p['name'][0]}", f"{p['name'][1]}. 2026 жылға арналған өндірістік мониторинг кестесі", ""))
    doc.p(g(f"Приложение 3 к программе производственного экологического контроля {p['op'][0]}. Замеры на источниках выполняются при работе "
            "окрасочной линии с загрузкой не менее 80 %; отбор проб воздуха на границе СЗЗ – с подветренной стороны.",
            f"{p['op'][1]} өндірістік экологиялық бақылау бағдарламасына 3-қосымша. Көздердегі өлшеулер бояу желісі кемінде 80 % жүктемемен жұмыс "
            "істеген кезде орындалады; СҚА шекарасында ауа сынамалары желдің ық жағынан алынады.", ""))
    width = 16
    rows = [g(["№", "Точка контроля", "Контролируемые показатели", "Месяцы проведения замеров (отбора проб)", *[None] * 11, "Кол-во в год"],
              ["№", "Бақылау нүктесі", "Бақыланатын көрсеткіштер", "Өлшеу (сынама алу) жүргізілетін айлар", *[None] * 11, "Жылына саны"], []),
            [None, None, None, *MONTHS_RO, None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 14), (0, 15, 1, 15)]
    sources, pairs = [], []
    for s, ((sec_ru, sec_kk), items) in enumerate(CALENDAR, 1):
        _span(rows, merges, (sec_ru, sec_kk)[L], width)
        pstart, last = None, None
        for k, (kind, ident, place, params, months) in enumerate(items, 1):
            same = last == params
            rows.append([f"{s}.{k}", place[L], None if same else _param_list(doc, params), *("+" if m in months else "" for m in range(1, 13)), str(len(months))])
            if not same:
                pstart = len(rows) - 1
            elif pstart is not None:
                if merges and merges[-1][0] == pstart and merges[-1][1] == 2:
                    merges.pop()
                merges.append((pstart, 2, len(rows) - 1, 2))
            last = params
            word = BY_COUNT[len(months)]
            for pk, key in params:
                where = {"source_number": ident} if kind == "src" else {"point": ident}
                doc.add("monitoring", {**where, _mkey(pk): key, "frequency": word})
                if kind == "src":
                    pairs.append((ident, key))
            if kind == "src":
                sources.append(ident)
    doc.table(g("Таблица 1 – План-график отбора проб и замеров", "1-кесте – Сынама алу және өлшеу кестесі", ""), rows, merges, role="monitoring")
    doc.add("sources", *({"number": n, "type": "organized"} for n in sources))
    doc.add("emissions", *(emission(c, None, None, n) for n, c in pairs))
    doc.p(g("«+» – месяц проведения замеров (отбора проб).", "«+» – өлшеу (сынама алу) жүргізілетін ай.", ""))
    maybe_distractor(doc, 0.3)


VN_CAL = (
    ("KT1", "Ống thải buồng sơn (sau hệ thống màng nước và than hoạt tính)", [("code", "2902"), ("code", "0616"), ("code", "0621"), ("code", "1210")],
     (3, 6, 9, 12)),
    ("KT2", "Ống thải lò sấy sơn (đốt LPG)", [("code", "2902"), ("code", "0337"), ("code", "0301"), ("code", "0330")], (6, 12)),
    ("KT3", "Ống thải xưởng hàn khung xe (sau lọc túi vải)", [("code", "2902"), ("code", "0123"), ("code", "0143")], (9,)),
    ("NT1", "Nước thải sau hệ thống xử lý, trước điểm đấu nối vào KCN",
     [("symbol", s) for s in ("pH", "TSS", "COD", "BOD5", "NH4+", "TN", "TP", "TPH", "Zn")], tuple(range(1, 13))),
)


def _monitoring_jg1_vi(doc: Doc) -> None:
    name, owner, *_ = VN_PLANTS[doc.pick(("vp", "hn"))]
    doc.h(f"KẾ HOẠCH QUAN TRẮC MÔI TRƯỜNG ĐỊNH KỲ NĂM 2026 – {name.upper()}")
    doc.p(f"Chủ cơ sở: {owner}. Kế hoạch được lập theo chương trình quan trắc tại giấy phép môi trường; đơn vị thực hiện là tổ chức có chứng nhận "
          "đủ điều kiện hoạt động dịch vụ quan trắc môi trường (VIMCERTS).")
    rows = [["TT", "Ký hiệu điểm", "Vị trí quan trắc", "Thông số quan trắc", "Tháng thực hiện", *[None] * 11, "Số lần/năm"],
            [None] * 4 + [str(m) for m in range(1, 13)] + [None]]
    merges = [(0, c, 1, c) for c in range(4)] + [(0, 4, 0, 15), (0, 16, 1, 16)]
    for k, (pid, place, params, months) in enumerate(VN_CAL, 1):
        names = ", ".join(_param(doc, "code" if kind == "code" else "water", key) for kind, key in params)
        rows.append([str(k), pid, place, names, *("x" if m in months else "" for m in range(1, 13)), f"{len(months):02d}"])
        for kind, key in params:
            doc.add("monitoring", {"point": pid, kind: key, "frequency": BY_COUNT[len(months)]})
    doc.table("Bảng 1. Kế hoạch quan trắc định kỳ", rows, merges, role="monitoring")
    doc.p("Ghi chú: “x” – tháng thực hiện lấy mẫu, phân tích.")
    maybe_distractor(doc, 0.3)


# (number, (RU, KK) source, [automated codes], (RU, KK) more automated, (RU, KK) analyser, [laboratory codes], frequency)
ASM = (
    ("0003", ("Окрасочные камеры грунта и базы (общий воздуховод)", "Грунт және негіз бояу камералары (ортақ ауа өткізгіш)"), ["2902"],
     ("расход, температура", "шығын, температура"), ("пылемер FW300", "FW300 шаңөлшегіші"), ["0616", "1210", "0621"], "monthly"),
    ("0004", ("Установка RTO камер лака и печей сушки", "Лак камералары мен кептіру пештерінің RTO қондырғысы"), ["0301", "0337"],
     ("суммарные ЛОС (по углероду), O2, расход, температура", "жиынтық ҰОҚ (көміртек бойынша), O2, шығын, температура"),
     ("газоанализатор MCS100E с FID", "FID бар MCS100E газталдағышы"), ["0616", "1210", "1401"], "quarterly"),
    ("0005", ("Печь полимеризации грунта КТЛ", "КТЛ грунтын полимерлеу пеші"), [],
     ("не оснащается (объемный расход менее 5 000 м³/ч)", "жабдықталмайды (көлемдік шығын сағатына 5 000 м³-ден аз)"), ("–", "–"),
     ["0301", "0337", "1140"], "quarterly"),
    ("0006", ("Дымовая труба котельной", "Қазандықтың түтін мұржасы"), ["0301", "0337"], ("O2, температура", "O2, температура"),
     ("газоанализатор Testo 350 стационарного исполнения", "стационарлық орындалған Testo 350 газталдағышы"), ["0304"], "yearly"),
)  # fmt: skip
LAB_WORDS = {"monthly": ("ежемесячно", "ай сайын"), "quarterly": ("1 раз в квартал", "тоқсанына 1 рет"), "yearly": ("1 раз в год", "жылына 1 рет")}


def monitoring_jg2(doc: Doc) -> None:
    """A category I car plant's control per stack split by how it is done: the automated monitoring system's continuous
    measurements (substances with their codes in brackets beside flow, temperature and O2, the analyser) and the accredited
    laboratory's periodic sampling with its frequency, under a two-level header; a stack whose automated system is not
    required carries a sentence instead (VI: a car plant's `Quan trắc tự động, liên tục` beside `Quan trắc định kỳ` at
    the RTO stack, a primer booth without automatic monitoring and the waste-water outlet)."""
    if doc.lang == "vi":
        _monitoring_jg2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p = KZ_PLANTS["kst"]
    doc.h(g(f"Программа производственного экологического контроля. {p['op'][0]}", f"{p['op'][1]}. Өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.h(g("6. Мониторинг эмиссий: автоматизированная система мониторинга и инструментальный контроль",
            "6. Эмиссиялар мониторингі: автоматтандырылған мониторинг жүйесі және аспаптық бақылау", ""))
    doc.p(g("Данные АСМ передаются в информационную систему уполномоченного органа в режиме реального времени; вещества, не измеряемые АСМ, "
            "контролируются аккредитованной лабораторией по договору.",
            "АМЖ деректері уәкілетті органның ақпараттық жүйесіне нақты уақыт режимінде беріледі; АМЖ өлшемейтін заттарды шарт бойынша "
            "аккредиттелген зертхана бақылайды.", ""))
    rows = [g(["№ ИЗА", "Источник выброса", "Автоматизированная система мониторинга (непрерывные измерения)", None,
               "Периодический инструментальный контроль (аккредитованная лаборатория)", None],
              ["ЛШК №", "Шығарынды көзі", "Автоматтандырылған мониторинг жүйесі (үздіксіз өлшеулер)", None,
               "Кезеңдік аспаптық бақылау (аккредиттелген зертхана)", None], []),
            g([None, None, "Измеряемые показатели", "Средство измерения", "Определяемые вещества", "Периодичность"],
              [None, None, "Өлшенетін көрсеткіштер", "Өлшеу құралы", "Анықталатын заттар", "Кезеңділігі"], [])]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 0, 5)]
    pairs = []
    for number, src, auto, more, analyser, lab, word in ASM:
        auto_s = "; ".join(x for x in (", ".join(f"{_air(doc, c)} ({c})" for c in auto), more[L]) if x)
        rows.append([number, src[L], auto_s, analyser[L], ", ".join(f"{c} – {_air(doc, c)}" for c in lab), LAB_WORDS[word][L]])
        for c in auto:
            doc.add("monitoring", {"source_number": number, "code": c, "frequency": "continuous"})
            pairs.append((number, c))
        for c in lab:
            doc.add("monitoring", {"source_number": number, "code": c, "frequency": word})
            pairs.append((number, c))
    doc.table(g("Таблица 6.1 – Мониторинг эмиссий в атмосферный воздух", "6.1-кесте – Атмосфералық ауаға эмиссиялар мониторингі", ""), rows, merges,
              role="monitoring")
    doc.add("sources", *({"number": s[0], "type": "organized"} for s in ASM))
    doc.add("emissions", *(emission(c, None, None, n) for n, c in pairs))
    doc.table(g("Таблица 6.2 – Метрологические характеристики анализаторов АСМ", "6.2-кесте – АМЖ талдағыштарының метрологиялық сипаттамалары", ""),
              [g(["Анализатор", "Диапазон измерений", "Погрешность", "Поверка"], ["Талдағыш", "Өлшеу диапазоны", "Қателік", "Салыстырып тексеру"], []),
               ["MCS100E", "0–500 мг/м³", "±2 %", g("до 14.08.2026", "14.08.2026 дейін", "")],
               ["FW300", "0–200 мг/м³", "±5 %", g("до 02.03.2027", "02.03.2027 дейін", "")]], role="other")


VN_AUTO = (
    ("KT1", "Ống thải hệ thống RTO (buồng sơn phủ, lò sấy)", [("code", "2902"), ("code", "0337"), ("code", "0301")], "lưu lượng, nhiệt độ, áp suất, O2 dư",
     [("code", "0616"), ("code", "0621"), ("code", "1210"), ("code", "1401")], "semiannual"),
    ("KT2", "Ống thải buồng sơn lót (sau màng nước)", [], "Không thuộc đối tượng phải quan trắc tự động, liên tục",
     [("code", "2902"), ("code", "0616"), ("code", "0621")], "quarterly"),
    ("NT1", "Nước thải sau hệ thống xử lý tập trung (600 m³/ngày.đêm)", [("symbol", "pH"), ("symbol", "COD"), ("symbol", "TSS")],
     "lưu lượng đầu vào, đầu ra, nhiệt độ", [("symbol", s) for s in ("BOD5", "NH4+", "TN", "TP", "TPH", "Zn", "Ni")], "quarterly"),
)
VN_WORDS = {"semiannual": "06 tháng/lần", "quarterly": "03 tháng/lần"}


def _monitoring_jg2_vi(doc: Doc) -> None:
    name, owner, *_ = VN_PLANTS["qn"]
    doc.h(f"CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG – {name.upper()}")
    doc.p(f"Chủ cơ sở: {owner}. Dữ liệu quan trắc tự động, liên tục được truyền về Sở Nông nghiệp và Môi trường; các thông số còn lại quan trắc "
          "định kỳ bởi đơn vị có chứng nhận VIMCERTS.")
    rows = [["Ký hiệu, vị trí", "Quan trắc tự động, liên tục (thông số)", "Quan trắc định kỳ (thông số)", "Tần suất quan trắc định kỳ"]]
    for pid, place, auto, more, periodic, word in VN_AUTO:
        kinds = {"code": "code", "symbol": "water"}
        auto_s = ", ".join([_param(doc, kinds[k], key) for k, key in auto] + [more]) if auto else more
        rows.append([f"{pid} – {place}", auto_s, ", ".join(_param(doc, kinds[k], key) for k, key in periodic), VN_WORDS[word]])
        for k, key in auto:
            doc.add("monitoring", {"point": pid, k: key, "frequency": "continuous"})
        for k, key in periodic:
            doc.add("monitoring", {"point": pid, k: key, "frequency": word})
    doc.table("Bảng 5.1. Chương trình quan trắc khí thải, nước thải", rows, role="monitoring")
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- inspections

# ((RU, KK) shop, [((RU, KK) question, levels)])
LPA = (
    (("Цех окраски", "Бояу цехы"), [
        (("Гидрофильтры окрасочных камер: уровень воды, отсутствие перелива коагулята", "Бояу камераларының гидросүзгілері: су деңгейі, коагуляттың асып төгілмеуі"), (1, 2)),
        (("Тара с ЛКМ и растворителями на рабочих местах закрыта и промаркирована", "Жұмыс орындарындағы ЛБМ мен еріткіштер ыдысы жабық және таңбаланған"), (1, 2, 3)),
        (("Перепад давления на фильтрах окрасочных камер в допустимом диапазоне", "Бояу камералары сүзгілеріндегі қысым құламасы рұқсат етілген ауқымда"), (1,)),
        (("Температура камеры окисления RTO по журналу оператора не ниже 760 °C", "Оператор журналы бойынша RTO тотықтыру камерасының температурасы 760 °C-тан төмен емес"), (1, 2, 3))]),
    (("Цех сварки", "Дәнекерлеу цехы"), [
        (("Местные отсосы сварочных постов включены и исправны", "Дәнекерлеу бекеттерінің жергілікті сорғыштары қосулы және жарамды"), (1, 2)),
        (("Огарки проволоки и брызги металла собираются в промаркированные контейнеры", "Сым қалдықтары мен металл шашырандылары таңбаланған контейнерлерге жиналады"), (1,))]),
    (("Общезаводские объекты", "Жалпы зауыттық объектілер"), [
        (("Площадка временного хранения опасных отходов: целостность тары, сроки накопления", "Қауіпті қалдықтарды уақытша сақтау алаңы: ыдыстың бүтіндігі, жинақтау мерзімдері"), (2, 3)),
        (("Журналы учета отходов и акты передачи сторонним организациям", "Қалдықтарды есепке алу журналдары және бөгде ұйымдарға беру актілері"), (3,)),
        (("Локальные очистные сооружения: pH на выходе, запас реагентов", "Жергілікті тазарту құрылыстары: шығыстағы pH, реагенттер қоры"), (1, 2))]),
)  # fmt: skip
LPA_LEVELS = {
    1: (("мастер участка", "учаске шебері"), "daily", ("ежедневно", "күн сайын")),
    2: (("начальник цеха", "цех бастығы"), "weekly", ("еженедельно", "апта сайын")),
    3: (("директор завода", "зауыт директоры"), "monthly", ("ежемесячно", "ай сайын")),
}


def inspections_jg1(doc: Doc) -> None:
    """A car plant's standard of a layered process audit of environmental requirements: questions `1.1` under rows naming
    the shops, and the three levels of the audit — the master daily, the head of the shop weekly, the plant's director
    monthly — as columns whose header names who and how often, a `+` where the level checks the question, so that one
    question is one, two or three checks (VI: a motorcycle plant's đánh giá theo cấp, `Cấp 1 – Tổ trưởng, hằng ngày`)."""
    if doc.lang == "vi":
        _inspections_jg1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p = KZ_PLANTS[doc.pick(("kst", "ala"))]
    doc.h(g(f"СТП ЭК-07-2026. Поуровневый аудит (LPA) выполнения экологических требований. {p['name'][0]}",
            f"СТП ЭК-07-2026. Экологиялық талаптардың орындалуын деңгейлік аудиттеу (LPA). {p['name'][1]}", ""))
    doc.p(g("Несоответствия, выявленные при аудите, фиксируются в листе LPA и передаются в систему корректирующих действий; аудиторы уровня 2 и 3 "
            "проверяют также закрытие несоответствий нижних уровней.",
            "Аудит кезінде анықталған сәйкессіздіктер LPA парағында тіркеліп, түзету әрекеттері жүйесіне беріледі; 2 және 3-деңгей аудиторлары төменгі "
            "деңгейлердегі сәйкессіздіктердің жабылуын да тексереді.", ""))
    rows = [g(["№", "Вопрос аудита (что проверяется)", "Уровень аудита, проверяющий и периодичность", None, None],
              ["№", "Аудит сұрағы (не тексеріледі)", "Аудит деңгейі, тексеруші және кезеңділігі", None, None], []),
            [None, None, *(f"{k} – {LPA_LEVELS[k][0][L]},\n{LPA_LEVELS[k][2][L]}" for k in (1, 2, 3))]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 4)]
    for s, ((sh_ru, sh_kk), questions) in enumerate(LPA, 1):
        _span(rows, merges, (sh_ru, sh_kk)[L], 5)
        for k, ((q_ru, q_kk), levels) in enumerate(questions, 1):
            q = (q_ru, q_kk)[L]
            rows.append([f"{s}.{k}", q, *("+" if lv in levels else "" for lv in (1, 2, 3))])
            for lv in levels:
                who, word, _ = LPA_LEVELS[lv]
                doc.add("obligations", {"kind": "inspection", "number": f"{s}.{k}", "frequency": word, "text_contains": _words(q, 3), "actor_contains": who[L]})
    doc.table(g("Приложение А. Матрица вопросов LPA по уровням", "А қосымшасы. Деңгейлер бойынша LPA сұрақтарының матрицасы", ""), rows, merges, role="inspections")
    doc.p(g("«+» – вопрос включается в лист аудита данного уровня.", "«+» – сұрақ осы деңгейдің аудит парағына енгізіледі.", ""))
    maybe_distractor(doc, 0.3)


VN_LPA = (
    ("Xưởng sơn", [("Màng nước buồng sơn: mực nước, lượng cặn sơn nổi", (1, 2)), ("Thùng sơn, dung môi tại vị trí làm việc được đậy kín, dán nhãn", (1, 2, 3)),
                   ("Chênh áp bộ lọc buồng sơn nằm trong giới hạn cho phép", (1,))]),
    ("Xưởng hàn khung", [("Chụp hút khói hàn và quạt hút hoạt động bình thường", (1, 2)), ("Xỉ hàn, đầu mẩu dây hàn được thu gom vào thùng có nhãn", (1,))]),
    ("Khu vực chung", [("Kho chất thải nguy hại: bao bì, nhãn, thời gian lưu giữ", (2, 3)), ("Sổ nhật ký vận hành hệ thống xử lý nước thải", (2, 3)),
                       ("Bể chứa hóa chất phốt phát hóa: rò rỉ, gờ chắn tràn", (1, 2))]),
)
VN_LEVELS = {1: ("Tổ trưởng sản xuất", "daily", "hằng ngày"), 2: ("Quản đốc xưởng", "weekly", "hằng tuần"), 3: ("Giám đốc nhà máy", "monthly", "hằng tháng")}


def _inspections_jg1_vi(doc: Doc) -> None:
    name, *_ = VN_PLANTS[doc.pick(("vp", "hn"))]
    doc.h(f"QUY TRÌNH ĐÁNH GIÁ THEO CẤP (LPA) VỀ TUÂN THỦ YÊU CẦU MÔI TRƯỜNG – {name.upper()}")
    doc.p("Mã tài liệu: QT-MT-05, lần ban hành 03. Kết quả đánh giá được ghi vào phiếu LPA và theo dõi khắc phục trên hệ thống.")
    rows = [["STT", "Nội dung đánh giá", "Cấp đánh giá, người thực hiện và tần suất", None, None],
            [None, None, *(f"Cấp {k} – {VN_LEVELS[k][0]}, {VN_LEVELS[k][2]}" for k in (1, 2, 3))]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 4)]
    for s, (area, questions) in enumerate(VN_LPA, 1):
        _span(rows, merges, area, 5)
        for k, (q, levels) in enumerate(questions, 1):
            rows.append([f"{s}.{k}", q, *("x" if lv in levels else "" for lv in (1, 2, 3))])
            for lv in levels:
                who, word, _ = VN_LEVELS[lv]
                doc.add("obligations", {"kind": "inspection", "number": f"{s}.{k}", "frequency": word, "text_contains": _words(q, 4), "actor_contains": who})
    doc.table("Phụ lục 1. Ma trận nội dung đánh giá theo cấp", rows, merges, role="inspections")
    maybe_distractor(doc, 0.3)


# ((RU, KK) equipment, {frequency: (RU, KK) check}, (RU, KK) responsible)
EQUIP_CHECKS = (
    (("Гидрофильтры окрасочно-сушильных камер № 1, 2 (ИЗА 0004, 0005)", "№ 1, 2 бояу-кептіру камераларының гидросүзгілері (0004, 0005 ЛШК)"),
     {"daily": ("Уровень воды в ванне гидрофильтра, работа насоса", "Гидросүзгі ваннасындағы су деңгейі, сорғының жұмысы"),
      "weekly": ("Дозирование коагулянта, удаление всплывшего шлама", "Коагулянтты мөлшерлеу, қалқып шыққан шламды жою"),
      "monthly": ("Очистка форсунок и каплеуловителя гидрофильтра", "Гидросүзгінің бүріккіштері мен тамшы ұстағышын тазалау"),
      "yearly": ("Ревизия гидрофильтра и замер эффективности очистки", "Гидросүзгіні тексеру және тазарту тиімділігін өлшеу")},
     ("мастер окрасочного участка", "бояу учаскесінің шебері")),
    (("Фильтры тонкой очистки камер (потолочные и напольные)", "Камералардың жұқа тазарту сүзгілері (төбелік және еденге төселетін)"),
     {"daily": ("Перепад давления на фильтрах по дифманометру", "Дифманометр бойынша сүзгілердегі қысым құламасы"),
      "monthly": ("Замена напольных фильтров камер", "Камералардың еденге төселетін сүзгілерін ауыстыру"),
      "yearly": ("Замена потолочных фильтров камер", "Камералардың төбелік сүзгілерін ауыстыру")},
     ("механик окрасочного цеха", "бояу цехының механигі")),
    (("Циклон и рукавный фильтр камеры дробеструйной очистки каркасов (ИЗА 0007)", "Қаңқаларды бытыралы тазалау камерасының циклоны мен жеңді сүзгісі (0007 ЛШК)"),
     {"weekly": ("Регенерация рукавов и выгрузка бункера циклона", "Жеңдерді регенерациялау және циклон бункерін босату"),
      "monthly": ("Осмотр рукавов на прорывы, проверка герметичности", "Жеңдердің жыртылуын қарау, саңылаусыздығын тексеру"),
      "yearly": ("Замена рукавов (по результатам осмотра)", "Жеңдерді ауыстыру (қарау нәтижелері бойынша)")},
     ("механик цеха подготовки поверхности", "бетті дайындау цехының механигі")),
    (("Локальные очистные сооружения участка фосфатирования", "Фосфаттау учаскесінің жергілікті тазарту құрылыстары"),
     {"daily": ("Значение pH после нейтрализации по журналу", "Журнал бойынша бейтараптандырудан кейінгі pH мәні"),
      "weekly": ("Выгрузка осадка на фильтр-пресс", "Тұнбаны сүзгі-пресске түсіру"),
      "yearly": ("Зачистка отстойника и ревизия дозирующих насосов", "Тұндырғышты тазалау және мөлшерлеу сорғыларын тексеру")},
     ("оператор очистных сооружений", "тазарту құрылыстарының операторы")),
    (("Нефтеуловитель ливневой канализации", "Нөсер кәрізінің мұнай ұстағышы"),
     {"monthly": ("Толщина слоя нефтепродуктов в нефтеуловителе", "Мұнай ұстағыштағы мұнай өнімдері қабатының қалыңдығы"),
      "yearly": ("Замена сорбционного блока нефтеуловителя", "Мұнай ұстағыштың сорбциялық блогын ауыстыру")},
     ("инженер-эколог", "инженер-эколог")),
)  # fmt: skip
EQUIP_FREQ = ("daily", "weekly", "monthly", "yearly")


def inspections_jg2(doc: Doc) -> None:
    """A bus plant's schedule of checks of its cleaning equipment for 2026: the equipment as rows, what is checked written
    into four frequency columns under a merged header — daily, weekly, monthly, once a year during the summer stop of the
    conveyor — a dash where nothing is due, and the one responsible for the row last (VI: an electric scooter factory's
    plan of checking its environmental works, `Hằng ngày | Hằng tuần | Hằng tháng | 06 tháng/lần` and `Bộ phận thực
    hiện`)."""
    if doc.lang == "vi":
        _inspections_jg2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p = KZ_PLANTS["bus"]
    doc.h(g(f"График осмотров и проверок пылегазоочистного оборудования и очистных сооружений на 2026 год. {p['op'][0]}",
            f"{p['op'][1]}. Шаң-газ тазарту жабдығы мен тазарту құрылыстарын 2026 жылы қарау және тексеру кестесі", ""))
    doc.p(g("Результаты осмотров заносятся в журналы эксплуатации ПГОУ; ежегодные проверки выполняются в период летней остановки конвейера (июль).",
            "Қарау нәтижелері ШГТҚ пайдалану журналдарына енгізіледі; жыл сайынғы тексерулер конвейердің жазғы тоқтауы кезеңінде (шілде) орындалады.", ""))
    rows = [g(["№", "Оборудование, сооружение", "Что проверяется", None, None, None, "Ответственный"],
              ["№", "Жабдық, құрылыс", "Не тексеріледі", None, None, None, "Жауапты"], []),
            g([None, None, "ежедневно", "еженедельно", "ежемесячно", "1 раз в год (июль)", None],
              [None, None, "күн сайын", "апта сайын", "ай сайын", "жылына 1 рет (шілде)", None], [])]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 5), (0, 6, 1, 6)]
    for k, (equip, checks, who) in enumerate(EQUIP_CHECKS, 1):
        rows.append([str(k), equip[L], *(checks[f][L] if f in checks else "–" for f in EQUIP_FREQ), who[L]])
        for f in EQUIP_FREQ:
            if f in checks:
                doc.add("obligations", {"kind": "inspection", "number": str(k), "frequency": f, "text_contains": _words(checks[f][L], 3),
                                        "actor_contains": who[L]})
    doc.table(g("Таблица 1 – График осмотров и проверок", "1-кесте – Қарау және тексеру кестесі", ""), rows, merges, role="inspections")
    maybe_distractor(doc, 0.35)


VN_EQUIP = (
    ("Hệ thống xử lý nước thải tập trung (80 m³/ngày.đêm)",
     {"daily": "Ghi lưu lượng, pH đầu ra vào sổ vận hành", "weekly": "Kiểm tra bơm định lượng hóa chất, máy thổi khí",
      "monthly": "Hút bùn bể lắng, kiểm tra máy ép bùn", "semiannual": "Kiểm định thiết bị đo lưu lượng nước thải"}, "Tổ vận hành HTXL"),
    ("Hệ thống xử lý khí thải buồng sơn (màng nước + than hoạt tính)",
     {"daily": "Kiểm tra mực nước màng nước, áp suất quạt hút", "monthly": "Vớt cặn sơn, bổ sung hóa chất keo tụ",
      "semiannual": "Thay than hoạt tính tháp hấp phụ"}, "Tổ Bảo trì"),
    ("Kho chất thải nguy hại", {"weekly": "Kiểm tra nhãn, bao bì, khay chống tràn trong kho CTNH", "monthly": "Đối chiếu sổ theo dõi CTNH với biên bản bàn giao"},
     "Phòng HSE"),
    ("Phòng sạc, thử pin lithium", {"daily": "Kiểm tra nhiệt độ phòng sạc, hệ thống báo khói", "weekly": "Kiểm tra thùng cách ly pin lỗi, cát chữa cháy"},
     "Xưởng Lắp ráp pin"),
    ("Hệ thống thu gom, thoát nước mưa", {"monthly": "Nạo vét hố ga, song chắn rác nước mưa"}, "Phòng Hành chính – Tổng vụ"),
)
VN_EQUIP_FREQ = (("daily", "Hằng ngày"), ("weekly", "Hằng tuần"), ("monthly", "Hằng tháng"), ("semiannual", "06 tháng/lần"))


def _inspections_jg2_vi(doc: Doc) -> None:
    name, owner, *_ = VN_PLANTS["ev"]
    doc.h(f"KẾ HOẠCH KIỂM TRA, BẢO DƯỠNG CÁC CÔNG TRÌNH BẢO VỆ MÔI TRƯỜNG NĂM 2026 – {name.upper()}")
    doc.p(f"Ban hành kèm theo Quyết định của Tổng Giám đốc {owner}. Kết quả kiểm tra ghi vào sổ theo dõi của từng công trình.")
    rows = [["TT", "Công trình, thiết bị", "Nội dung kiểm tra theo tần suất", None, None, None, "Bộ phận thực hiện"],
            [None, None, *(w for _, w in VN_EQUIP_FREQ), None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 5), (0, 6, 1, 6)]
    for k, (equip, checks, who) in enumerate(VN_EQUIP, 1):
        rows.append([str(k), equip, *(checks.get(f, "-") for f, _ in VN_EQUIP_FREQ), who])
        for f, _ in VN_EQUIP_FREQ:
            if f in checks:
                doc.add("obligations", {"kind": "inspection", "number": str(k), "frequency": f, "text_contains": _words(checks[f], 4), "actor_contains": who})
    doc.table("Phụ lục. Kế hoạch kiểm tra công trình bảo vệ môi trường", rows, merges, role="inspections")
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- tasks

# ((RU, KK) section, [((RU, KK) measure, clause, (RU, KK) object, (RU, KK) effect, start, end, (RU, KK) position, name, million tenge)])
EFFICIENCY = (
    (("Охрана атмосферного воздуха", "Атмосфералық ауаны қорғау"), [
        (("Замена грунтов и эмалей на органических растворителях водоразбавляемыми материалами в камерах базового покрытия",
          "Негізгі жабын камераларында органикалық еріткіштердегі грунттар мен эмальдарды сумен сұйылтылатын материалдарға ауыстыру"),
         "п. 3.1.2", ("ИЗА 0003", "0003 ЛШК"), ("снижение выбросов ксилола и бутилацетата на 38 %", "ксилол мен бутилацетат шығарындыларын 38 %-ға азайту"),
         "I кв. 2026", "IV кв. 2027", ("Главный технолог", "Бас технолог"), "Оспанов Е.Т.", 412.0),
        (("Подключение печей сушки лака к установке термического окисления RTO", "Лак кептіру пештерін RTO термиялық тотықтыру қондырғысына қосу"),
         "п. 3.1.4", ("ИЗА 0004, 0007", "0004, 0007 ЛШК"), ("снижение выбросов ЛОС на 21,6 т/год", "ҰОҚ шығарындыларын жылына 21,6 т азайту"),
         "II кв. 2027", "IV кв. 2028", ("Главный инженер", "Бас инженер"), "Жумабаев Р.Т.", 860.0),
        (("Установка автоматизированной системы мониторинга эмиссий на дымовой трубе котельной",
          "Қазандықтың түтін мұржасына эмиссиялар мониторингінің автоматтандырылған жүйесін орнату"),
         "п. 5.2", ("ИЗА 0006", "0006 ЛШК"), ("передача данных в информационную систему уполномоченного органа", "деректерді уәкілетті органның ақпараттық жүйесіне беру"),
         "I кв. 2026", "III кв. 2026", ("Начальник отдела охраны окружающей среды", "Қоршаған ортаны қорғау бөлімінің бастығы"), "Ким А.В.", 145.0)]),
    (("Охрана водных ресурсов", "Су ресурстарын қорғау"), [
        (("Реконструкция локальных очистных сооружений участка фосфатирования с установкой ультрафильтрации",
          "Ультрасүзгі орната отырып фосфаттау учаскесінің жергілікті тазарту құрылыстарын реконструкциялау"),
         "п. 3.2.1", ("выпуск КК-1", "КК-1 шығарылымы"), ("снижение концентрации цинка и никеля до уровня ДК", "мырыш пен никель концентрациясын РК деңгейіне дейін азайту"),
         "III кв. 2026", "II кв. 2027", ("Главный энергетик", "Бас энергетик"), "Поляков С.Н.", 238.0),
        (("Перевод промывок после катафореза на каскадную схему с возвратом ультрафильтрата", "Катафорезден кейінгі жууды ультрасүзіндіні қайтара отырып каскадтық сызбаға көшіру"),
         "п. 3.2.3", ("линия КТЛ", "КТЛ желісі"), ("сокращение водопотребления на 18 тыс. м³/год", "су тұтынуды жылына 18 мың м³ қысқарту"),
         "I кв. 2027", "IV кв. 2027", ("Главный технолог", "Бас технолог"), "Оспанов Е.Т.", 96.5)]),
    (("Обращение с отходами", "Қалдықтармен жұмыс істеу"), [
        (("Внедрение обезвоживания шлама окрасочных камер на камерном фильтр-прессе", "Бояу камераларының шламын камералық сүзгі-пресспен сусыздандыруды енгізу"),
         "п. 3.3.1", ("окрасочный цех", "бояу цехы"), ("уменьшение массы шлама на 45 %", "шлам массасын 45 %-ға азайту"),
         "II кв. 2026", "IV кв. 2026", ("Начальник окрасочного цеха", "Бояу цехының бастығы"), "Дюсенов М.К.", 54.0),
        (("Организация возврата многооборотной тары поставщикам комплектующих", "Көп айналымды ыдысты жинақтауыш жеткізушілерге қайтаруды ұйымдастыру"),
         "п. 3.3.4", ("склад комплектующих", "жинақтауыштар қоймасы"), ("сокращение отходов упаковки на 120 т/год", "орама қалдықтарын жылына 120 т қысқарту"),
         "I кв. 2026", "IV кв. 2026", ("Директор по логистике", "Логистика жөніндегі директор"), "Ахметов Б.Ж.", 12.0)]),
    (("Внедрение наилучших доступных техник и системы управления", "Ең үздік қолжетімді техникаларды және басқару жүйесін енгізу"), [
        (("Сертификация системы экологического менеджмента по ISO 14001:2015", "Экологиялық менеджмент жүйесін ISO 14001:2015 бойынша сертификаттау"),
         "п. 6.1", ("предприятие в целом", "кәсіпорын тұтастай"), ("получение сертификата соответствия", "сәйкестік сертификатын алу"),
         "I кв. 2026", "IV кв. 2026", ("Начальник отдела охраны окружающей среды", "Қоршаған ортаны қорғау бөлімінің бастығы"), "Ким А.В.", 18.0)]),
)  # fmt: skip


def _quarter(text: str, L: int) -> str:
    """`I кв. 2026`, in Kazakh `2026 ж. I тоқсан`."""
    if L == 0:
        return text
    q, _, year = text.split(" ")
    return f"{year} ж. {q} тоқсан"


def tasks_jg1(doc: Doc) -> None:
    """A category I car plant's programme of raising environmental efficiency annexed to its КЭР: measures numbered through
    under rows naming the component, a column of the КЭР's clauses (`п. 3.1.2`) and one of the sources or objects
    (`ИЗА 0004, 0007`) that look like item numbers, the expected effect, start and end by quarters, the responsible's
    position and name on two lines and the cost, a total (VI: a car plant's plan of carrying out its GPMT, the permit's
    `Mục 2.3 Phụ lục II` beside each task, the lead and the partner units)."""
    r = doc.rng
    if doc.lang == "vi":
        _tasks_jg1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p = KZ_PLANTS["kst"]
    doc.p(g(f"Приложение 4 к комплексному экологическому разрешению № KZ{r.randint(10, 99)}VCZ{r.randint(10**7, 10**8 - 1):08d}",
            f"№ KZ{r.randint(10, 99)}VCZ{r.randint(10**7, 10**8 - 1):08d} кешенді экологиялық рұқсатқа 4-қосымша", ""))
    doc.h(g(f"Программа повышения экологической эффективности {p['op'][0]} на 2026–2028 годы",
            f"{p['op'][1]} 2026–2028 жылдарға арналған экологиялық тиімділікті арттыру бағдарламасы", ""))
    doc.p(g("Мероприятия выполняются оператором объекта; отчет о выполнении представляется ежегодно до 1 марта года, следующего за отчетным.",
            "Іс-шараларды объект операторы орындайды; орындалуы туралы есеп жыл сайын есепті жылдан кейінгі жылдың 1 наурызына дейін ұсынылады.", ""))
    rows = [g(["№ п/п", "Мероприятие", "Пункт условий КЭР", "Объект (ИЗА)", "Ожидаемый экологический эффект", "Срок начала", "Срок окончания",
               "Ответственный исполнитель", "Затраты, млн тенге"],
              ["Р/с №", "Іс-шара", "КЭР шарттарының тармағы", "Объект (ЛШК)", "Күтілетін экологиялық нәтиже", "Басталу мерзімі", "Аяқталу мерзімі",
               "Жауапты орындаушы", "Шығындар, млн теңге"], [])]
    merges = []
    n, total = 0, 0.0
    for s, ((sec_ru, sec_kk), measures) in enumerate(EFFICIENCY, 1):
        _span(rows, merges, f"{s}. {(sec_ru, sec_kk)[L]}", 9)
        for text, clause, obj, effect, start, end, pos, person, cost in measures:
            n += 1
            total += cost
            clause_s = clause if L == 0 else clause.replace("п. ", "") + "-т."
            rows.append([str(n), text[L], clause_s, obj[L], effect[L], _quarter(start, L), _quarter(end, L), f"{pos[L]}\n{person}", num(cost, doc.lang)])
            doc.add("obligations", {"kind": "task", "number": str(n), "text_contains": _words(text[L], 4), "actor_contains": pos[L]})
    rows.append(["", g("Итого по программе", "Бағдарлама бойынша жиыны", ""), "", "", "", "", "", "", num(round(total, 1), doc.lang)])
    doc.table(g("Таблица 1 – Перечень мероприятий", "1-кесте – Іс-шаралар тізбесі", ""), rows, merges, role="tasks")
    maybe_distractor(doc, 0.35)


# (task, ground, item, term, lead, partner, million đồng)
VN_GPMT_TASKS = (
    ("Lắp đặt hệ thống quan trắc khí thải tự động, liên tục tại ống thải KT1 và truyền dữ liệu về Sở", "Mục 2.3 Phụ lục II", "Ống thải KT1 (RTO)",
     "Trước 30/6/2026", "Phòng Kỹ thuật – Bảo trì", "Phòng An toàn – Môi trường", "3.200"),
    ("Cải tạo hệ thống màng nước buồng sơn lót, bổ sung tháp hấp phụ than hoạt tính", "Mục 2.1 Phụ lục II", "Ống thải KT2",
     "Quý III/2026", "Xưởng Sơn", "Phòng Kỹ thuật – Bảo trì", "1.450"),
    ("Nâng công suất hệ thống xử lý nước thải tập trung lên 800 m³/ngày.đêm", "Mục 1.2 Phụ lục I", "Trạm xử lý nước thải",
     "Quý IV/2026", "Ban Quản lý dự án", "Phòng An toàn – Môi trường", "6.800"),
    ("Xây dựng kho lưu giữ chất thải nguy hại mới có gờ chống tràn, rãnh thu và hố thu sự cố", "Mục 3 Phụ lục III", "Khu kho chất thải",
     "Quý II/2026", "Ban Quản lý dự án", "Phòng Hành chính – Tổng vụ", "980"),
    ("Cập nhật kế hoạch phòng ngừa, ứng phó sự cố môi trường và tổ chức diễn tập", "Mục 4 Phụ lục IV", "Toàn nhà máy",
     "Tháng 9/2026", "Phòng An toàn – Môi trường", "Các xưởng sản xuất", "150"),
    ("Trồng bổ sung cây xanh đảm bảo tỷ lệ 20% diện tích khu đất", "Mục 5 Phụ lục IV", "Hành lang cây xanh phía Đông",
     "Tháng 4–5/2026", "Phòng Hành chính – Tổng vụ", "Công đoàn công ty", "320"),
)


def _tasks_jg1_vi(doc: Doc) -> None:
    name, owner, *_ = VN_PLANTS["qn"]
    doc.h(f"KẾ HOẠCH THỰC HIỆN CÁC YÊU CẦU CỦA GIẤY PHÉP MÔI TRƯỜNG NĂM 2026 – {owner.upper()}")
    doc.p(f"Cơ sở: {name}. Kế hoạch được lập để thực hiện các yêu cầu về bảo vệ môi trường nêu tại các Phụ lục của Giấy phép môi trường đã được cấp.")
    rows = [["STT", "Nội dung công việc", "Căn cứ (Giấy phép môi trường)", "Hạng mục công trình", "Thời hạn hoàn thành", "Đơn vị chủ trì",
             "Đơn vị phối hợp", "Kinh phí dự kiến (triệu đồng)"]]
    for k, (text, ground, item, term, lead, partner, money) in enumerate(VN_GPMT_TASKS, 1):
        rows.append([str(k), text, ground, item, term, lead, partner, money])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text, 5), "actor_contains": lead})
    doc.table("Bảng 1. Danh mục công việc thực hiện năm 2026", rows, role="tasks")
    maybe_distractor(doc, 0.35)


# ((RU, KK) assignment, (RU, KK) executor with name, (RU, KK) key of the executor, (RU, KK) term, (RU, KK) report)
MINUTES = (
    (("Устранить нарушения, указанные в предписании Департамента экологии, и направить информацию об исполнении",
      "Экология департаментінің нұсқамасында көрсетілген бұзушылықтарды жою және орындалуы туралы ақпаратты жіберу"),
     ("Начальник отдела ООС Ахметова Г.Б.", "ҚОҚ бөлімінің бастығы Ахметова Г.Б."), ("Начальник отдела ООС", "ҚОҚ бөлімінің бастығы"),
     ("до 20.03.2026", "20.03.2026 дейін"), ("письмо в Департамент", "департаментке хат")),
    (("Провести внеочередную замену фильтров окрасочно-сушильных камер № 1 и № 2", "№ 1 және № 2 бояу-кептіру камераларының сүзгілерін кезектен тыс ауыстыру"),
     ("Главный механик Литвинов С.П.", "Бас механик Литвинов С.П."), ("Главный механик", "Бас механик"),
     ("до 15.02.2026", "15.02.2026 дейін"), ("акт замены", "ауыстыру актісі")),
    (("Заключить договор на вывоз шлама гидрофильтров с организацией, подавшей уведомление о деятельности по обращению с отходами",
      "Гидросүзгілер шламын шығаруға қалдықтармен жұмыс істеу қызметі туралы хабарлама берген ұйыммен шарт жасасу"),
     ("Начальник отдела снабжения Кенжебаев А.Т.", "Жабдықтау бөлімінің бастығы Кенжебаев А.Т."), ("Начальник отдела снабжения", "Жабдықтау бөлімінің бастығы"),
     ("до 01.03.2026", "01.03.2026 дейін"), ("копия договора", "шарттың көшірмесі")),
    (("Оборудовать площадку временного хранения опасных отходов навесом и поддонами", "Қауіпті қалдықтарды уақытша сақтау алаңын қалқамен және табандықтармен жабдықтау"),
     ("Начальник АХО Бекова М.Р.", "ӘШБ бастығы Бекова М.Р."), ("Начальник АХО", "ӘШБ бастығы"),
     ("до 30.04.2026", "30.04.2026 дейін"), ("фотоотчет", "фотоесеп")),
    (("Провести внеплановый инструктаж мастеров окрасочного цеха по ведению журналов эксплуатации ПГОУ",
      "Бояу цехының шеберлеріне ШГТҚ пайдалану журналдарын жүргізу бойынша жоспардан тыс нұсқама өткізу"),
     ("Инженер-эколог Сейтова Д.А.", "Инженер-эколог Сейтова Д.А."), ("Инженер-эколог", "Инженер-эколог"),
     ("до 10.02.2026", "10.02.2026 дейін"), ("журнал инструктажей", "нұсқама журналы")),
    (("Включить затраты на ремонт гидрофильтров в бюджет капитальных вложений 2026 года",
      "Гидросүзгілерді жөндеуге арналған шығындарды 2026 жылғы күрделі салымдар бюджетіне енгізу"),
     ("Финансовый директор Омарова Л.К.", "Қаржы директоры Омарова Л.К."), ("Финансовый директор", "Қаржы директоры"),
     ("до 28.02.2026", "28.02.2026 дейін"), ("изменения в бюджет", "бюджетке өзгерістер")),
)  # fmt: skip


def tasks_jg2(doc: Doc) -> None:
    """The minutes of a bus or agricultural machinery plant's production meeting held after the Department of Ecology's
    inspection: those present in a table of no role, what was heard in paragraphs, and the decisions as a table of
    assignments — number, assignment, executor with position and name, term, form of report (VI: an electric scooter
    factory's monthly HSE meeting, those present as a table of no role and `Kết luận và phân công nhiệm vụ`)."""
    r = doc.rng
    if doc.lang == "vi":
        _tasks_jg2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p = KZ_PLANTS[doc.pick(("bus", "agro"))]
    day = f"{r.randint(2, 9):02d}.02.2026"
    doc.h(g(f"Протокол производственного совещания № {r.randint(3, 19)} от {day}", f"{day} № {r.randint(3, 19)} өндірістік кеңестің хаттамасы", ""))
    doc.p(g(f"{p['op'][0]}, {p['name'][0]}. Председатель – генеральный директор; секретарь – инженер-эколог.",
            f"{p['op'][1]}, {p['name'][1]}. Төраға – бас директор; хатшы – инженер-эколог.", ""))
    doc.table(g("Присутствовали:", "Қатысқандар:", ""),
              [g(["Ф.И.О.", "Должность"], ["Аты-жөні", "Лауазымы"], []),
               [doc.pick(DIRECTORS), g("Генеральный директор", "Бас директор", "")],
               ["Литвинов С.П.", g("Главный механик", "Бас механик", "")],
               ["Ахметова Г.Б.", g("Начальник отдела ООС", "ҚОҚ бөлімінің бастығы", "")],
               ["Омарова Л.К.", g("Финансовый директор", "Қаржы директоры", "")]], role="other")
    doc.p(g("Слушали: начальника отдела ООС о результатах внеплановой проверки Департамента экологии (неисправность гидрофильтра камеры № 2, "
            "хранение шлама в открытых бочках, неполное заполнение журналов ПГОУ).",
            "Тыңдалды: ҚОҚ бөлімінің бастығы Экология департаментінің жоспардан тыс тексеру нәтижелері туралы (№ 2 камера гидросүзгісінің ақаулығы, "
            "шламды ашық бөшкелерде сақтау, ШГТҚ журналдарының толық толтырылмауы).", ""))
    doc.p(g("Решили:", "Шешілді:", ""))
    rows = [g(["№", "Поручение", "Исполнитель", "Срок", "Форма отчета"], ["№", "Тапсырма", "Орындаушы", "Мерзімі", "Есеп нысаны"], [])]
    items = [m for m in MINUTES if m[2][0] != "Финансовый директор" or r.random() < 0.7]
    for k, (text, who, key, term, report) in enumerate(items, 1):
        rows.append([f"{k}.", text[L], who[L], term[L], report[L]])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text[L], 4), "actor_contains": key[L]})
    doc.table(None, rows, role="tasks")
    doc.p(g("Председатель: подпись. Секретарь: Сейтова Д.А.", "Төраға: қолы. Хатшы: Сейтова Д.А.", ""))


VN_MEETING = (
    ("Hoàn thiện hồ sơ đề nghị cấp giấy phép môi trường điều chỉnh cho dây chuyền sơn mới", "Phòng HSE", "31/03/2026"),
    ("Thay than hoạt tính tháp hấp phụ khí thải buồng sơn số 2", "Tổ Bảo trì", "15/02/2026"),
    ("Bố trí khu vực cách ly pin lithium lỗi, trang bị cát và bình chữa cháy chuyên dụng", "Xưởng Lắp ráp pin", "28/02/2026"),
    ("Ký phụ lục hợp đồng chuyển giao chất thải nguy hại năm 2026", "Phòng Mua hàng", "20/01/2026"),
    ("Tổ chức tập huấn phân loại chất thải tại nguồn cho công nhân mới", "Phòng Nhân sự", "Tháng 02/2026"),
    ("Lắp đồng hồ đo lưu lượng nước thải đầu ra hệ thống xử lý", "Phòng Kỹ thuật", "Quý I/2026"),
)


def _tasks_jg2_vi(doc: Doc) -> None:
    name, owner, *_ = VN_PLANTS["ev"]
    doc.h("BIÊN BẢN HỌP GIAO BAN AN TOÀN – SỨC KHỎE – MÔI TRƯỜNG THÁNG 01/2026")
    doc.p(f"{owner} – {name}. Thời gian: 8h30 ngày 12/01/2026, tại phòng họp số 2. Chủ trì: Phó Tổng Giám đốc sản xuất.")
    doc.table("Thành phần tham dự", [["TT", "Họ và tên", "Bộ phận"], ["1", "Đặng Văn Hải", "Ban Giám đốc"], ["2", "Lương Thị Thu", "Phòng HSE"],
                                     ["3", "Bùi Quốc Toàn", "Tổ Bảo trì"], ["4", "Ngô Minh Châu", "Xưởng Lắp ráp pin"]], role="other")
    doc.p("Nội dung: Phòng HSE báo cáo kết quả quan trắc quý IV/2025 và tình hình quản lý chất thải; các bộ phận báo cáo tồn tại cần khắc phục.")
    rows = [["STT", "Nội dung công việc", "Bộ phận thực hiện", "Thời hạn", "Ghi chú"]]
    for k, (text, who, term) in enumerate(VN_MEETING, 1):
        rows.append([str(k), text, who, term, ""])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text, 5), "actor_contains": who})
    doc.table("Kết luận và phân công nhiệm vụ", rows, role="tasks")
    doc.p("Biên bản kết thúc lúc 10h15 cùng ngày, đã được các thành viên dự họp thống nhất.")


LAYOUTS = [Layout(role, f"JG{k}", globals()[f"{role}_jg{k}"]) for role in ROLES for k in (1, 2)]
