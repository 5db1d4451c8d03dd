"""A blind held-out set (two layouts per role, `JP1` and `JP2`): never used for tuning, written by someone who neither
ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`.

Theme: wood panels, sawmills and furniture. Kazakhstan: an MDF and particleboard plant near Ust-Kamenogorsk with its
urea-formaldehyde resin kitchen, fibre and chip dryers, continuous presses, sanding lines and an energy centre whose
thermal-oil boiler burns bark and sanding dust; sawmills and log yards of the Western Altai and the Bukhtarma valley in
East Kazakhstan (Ridder, Altai, Katon-Karagay); a furniture factory in Almaty with its lacquering booths (a list of an
operator's objects annexed to a КЭР application, a sawmill's reference sheet for the oblast's list of wood processors,
an НДВ table by production line, an НДВ list of substances, a report on the inventory of wastes, a balance of sawing
logs, a laboratory's stack protocol beside the КЭР norms and the BAT levels, a protocol of a log yard's storm water and
the river above and below it, a ПЭК plan of source control with an automated system, a ПЭК section written as numbered
clauses, a matrix of the levels of internal control, a booth-maintenance check sheet, a programme of raising
environmental efficiency by BAT and a plan of removing old sawdust dumps). Vietnam: export furniture factories in the
former Bình Dương (now Hồ Chí Minh City) and at Quy Nhơn, a plywood and veneer plant in the Long Bình An park of Tuyên
Quang with a peeling workshop in the countryside, and a wood-chip export terminal at Nhơn Hội (an annex of a company's
sites, a terminal's information sheet, a GPMT application's loads, an annual report's pollutant summary, a waste table
with what was burnt in the boiler and what was handed over, a material balance of peeling acacia logs, stack results
with Kp that differ by stack, ambient air at a chip yard in two rounds, GPMT monitoring with rows exempted from it,
monitoring written as clauses, a matrix of self-inspection levels, a terminal's dust-control check sheet, a plan of
passing to low-emission glues and a plan of dust control with short- and long-term items).

Facility: an annex to a КЭР application listing all the operator's objects as columns — the MDF and particleboard plant
(category I, the object applied for), its sawmill with the log yard at a railway siding (II) and its furniture-parts shop
and store in town (III) — the operator's name, BIN, legal address and head in rows merged across the three columns, each
object with its OKED and words, place, KATO, decimal coordinates with `с.ш.`/`в.д.`, capacity, category and permit, the
distance to the houses as a look-alike figure, the plant's lines in a table of no role (VI: a plywood company's two sites
as columns, the enterprise number merged across them, VSIC codes, VN-2000 metres beside the WGS-84 degrees, `Nhóm II`
and `Nhóm III`) (JP1); a sawmill's reference sheet for the oblast's list of wood processors, `№ | показатель | сведения`
under four Roman section rows, the GPS point written with a point as a pair, the СК-42 rectangular coordinates in metres
and the number in the state timber-accounting system as look-alikes, the category `III` beside the sanitary class `IV`,
the output by species in a table of no role (VI: a wood-chip export terminal's information sheet after the merger of
provinces, the UN/LOCODE, berth length and ships' tonnage as look-alikes, the berth's corner points in a table of no
role) (JP2).

Emissions: an MDF plant's НДВ table under rows spanning the table for the MDF line, the particleboard line, the resin
kitchen, the energy centre and the unorganised sources, source numbers coded by shop (`0101`, `0201`, `0401`), the
source's number, name and height merged down over its substances, `ОБУВ` instead of a class for wood dust, the boiler's
benzo(a)pyrene written `3,6·10⁻⁶`, the plant's total (VI: a plywood plant's loads by stack with flow, concentration and
kg/h before g/s and tonnes, stacks without numbers, the hours only in the note) (JP1); a furniture factory's list of the
substances it emits with their ПДК м.р., ПДК с.с., ОБУВ and class before the grams and tonnes and the `М/ПДК` ratio
after them, a row of column numbers under the header, the totals with `в том числе твердые` and `жидкие и газообразные`,
no sources (VI: an export furniture factory's summary by pollutant with the sources named in a text column) (JP2).

Wastes: an MDF plant's report on the inventory of wastes for 2025 — the stock at the start, the tonnes formed (the
amount), the tonnes burnt in its own energy centre and used again under a merged header, the tonnes handed over and the
stock at the end — the same code `03 01 05` on two wastes, the spent thermal oil `13 03 07*` (VI: a furniture factory's
CTNH and ordinary wastes under section rows in kilograms, what it burnt in its boiler and what it handed over) (JP1); a
sawmill's balance of sawing logs in which sawn timber and chips sold to a mill are products, shrinkage and kerf are
losses and only slabs, sawdust and bark are wastes, per cent, cubic metres, density and tonnes, then its other wastes in
a second table (VI: the material balance of peeling acacia logs, the cores sold for chips, the bark burnt in the boiler,
CTNH in kilograms in a second table) (JP2).

Limits: an accredited laboratory's protocol at an MDF plant's stacks, each source merged down over its substances, the
measured value, the КЭР's technological norm, a BAT level range `3–20` given for reference only, the O2 of reference, a
TVOC row with no code (VI: a plywood plant's stacks as column pairs `Kết quả | Cmax`, Kp differing with each stack's
flow, formaldehyde against QCVN 20:2009/BTNMT without a column) (JP1); a sawmill's log-yard storm water at its outlet
against the permit's allowed concentrations and the river above and below it against the fishery ПДК in one table, the
suspended solids' fishery norm `фон + 0,25` that gives no limit (VI: ambient air at a wood-chip terminal in a dry and a
rainy round as sub-columns, QCVN 05:2023/BTNMT in the last row, PM10 with no hourly norm, noise with no key) (JP2).

Monitoring: an MDF plant's plan of source control, each source merged down over its substances with a frequency per
substance — formaldehyde monthly, dust quarterly, the energy centre continuously by its automated system and
benzo(a)pyrene yearly — the method and who measures, the protection zone's points after them (VI: an export furniture
factory's GPMT programme in which the boiler is written `Không thuộc đối tượng phải quan trắc…` and the waste water `Không thực
hiện…` across their rows, a row on wastes without a parameter) (JP1);
a sawmill's ПЭК section written as numbered clauses in a table, each clause a sentence naming the points or the source,
the substances and how often, a clause on visual checks and one on the state network's data that give no duty (VI: a
wood-chip terminal's programme as clauses) (JP2).

Inspections: an MDF plant's matrix of the three levels of internal control — operational by the shift's head, targeted by
the environmental engineer, complex by the chief engineer's commission — as columns over the objects, each cell a
frequency, a dash or `после каждой очистки циклонов` without one (VI: a plywood plant's `hằng ca`, `định kỳ`, `tổng thể` levels,
a check after each change of filter bags) (JP1);
a furniture factory's check sheet of its lacquering booths, dust extraction, dryers and paint store under equipment rows,
each check with a criterion full of figures and units (`не более 250 Па`) that are no limits, the frequency and who
checks, checks at each change of colour without a frequency (VI: a wood-chip terminal's dust-control sheet, checks while a
ship is loaded) (JP2).

Tasks: an MDF plant's programme of raising environmental efficiency annexed to its КЭР, items `1.1` under component rows,
the BAT's number in the Commission's conclusions (`НДТ 15`) as a look-alike of the item's, the emission before and after, the term,
the responsible and the money (VI: a plywood plant's plan of passing to E0 and CARB P2 glues, the certificate aimed at
beside each item) (JP1); a sawmill's plan of removing its old sawdust dumps, the dump's own number `О-2` and coordinates
merged down over its measures beside the item numbers, volumes in cubic metres (VI: a wood-chip terminal's plan whose
short-term and long-term sections each number their items from 1) (JP2).
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
    """A nine-digit KATO code starting with the place's prefix."""
    rest = 9 - len(prefix) - 3
    return f"{prefix}{doc.rng.randint(10 ** (rest - 1), 10**rest - 1)}{doc.rng.choice(('000', '100'))}"


SUP = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")


def _exp(value: float, lang: str) -> str:
    """A small figure as engineers print it: `3,6·10⁻⁶`."""
    mant, _, power = f"{value:.1e}".partition("e")
    return f"{mant.replace('.', ',')}·10{str(int(power)).translate(SUP)}"


# code: (RU, KK, VI, hazard class) of pollutants the vocabulary does not name (names of the list in force)
EXTRA = {
    "2936": ("Пыль древесная", "Ағаш шаңы", "Bụi gỗ", None),
    "1052": ("Метанол (Метиловый спирт)", "Метанол (метил спирті)", "Metanol", 3),
    "1532": ("Карбамид (Мочевина)", "Карбамид (несепнәр)", "Urê", 4),
    "1210": ("Бутилацетат", "Бутилацетат", "Butyl axetat", 4),
    "1401": ("Пропан-2-он (Ацетон)", "Пропан-2-он (ацетон)", "Axeton", 4),
    "1240": ("Этилацетат", "Этилацетат", "Etyl axetat", 4),
    "1042": ("Бутан-1-ол (Спирт н-бутиловый)", "Бутан-1-ол (н-бутил спирті)", "n-Butanol", 3),
    "2752": ("Уайт-спирит", "Уайт-спирит", "", None),
}


def _air(doc: Doc, code: str, variant: int = 0) -> str:
    if code in EXTRA:
        return EXTRA[code][vocab.LANGS.index(doc.lang)]
    return vocab.air(code, doc.lang, variant)


def _hazard(code: str) -> int | None:
    return EXTRA[code][3] if code in EXTRA else vocab.hazard(code)


def _param(doc: Doc, kind: str, key: str) -> str:
    if kind == "code":
        return _air(doc, key, 1 if doc.lang == "vi" else 0)
    if kind == "soil":
        return vocab.soil(key, doc.lang)
    return vocab.water(key, doc.lang)


DAILY = {"ru": "ежедневно", "kk": "күн сайын", "vi": "hằng ngày"}
WEEKLY = {"ru": "еженедельно", "kk": "апта сайын", "vi": "hằng tuần"}


def _fw(doc: Doc, word: str) -> str:
    """A frequency as the document writes it, `daily` and `weekly` included."""
    if word == "daily":
        return DAILY[doc.lang]
    if word == "weekly":
        return WEEKLY[doc.lang]
    return freq(doc, word)


def _said(doc: Doc) -> dict[str, str]:
    """One wording per frequency for the whole document, as one writer keeps it."""
    return {w: _fw(doc, w) for w in ("daily", "weekly", "monthly", "quarterly", "semiannual", "yearly")}


def _deg(value: float, lang: str, lat: bool) -> str:
    """`50,01234 с.ш.` (RU), `50,01234 с.е.` (KK)."""
    hemi = {"ru": ("с.ш.", "в.д."), "kk": ("с.е.", "ш.б.")}[lang][0 if lat else 1]
    return f"{num(value, lang, group=False)} {hemi}"


# ---------------------------------------------------------------- facility

# (RU, KK operator, RU, KK legal address, RU, KK head)
PANEL_OPERATORS = (
    ("ТОО «Ертіс Ағаш Плита»", "«Ертіс Ағаш Плита» ЖШС", "г. Усть-Каменогорск, пр. Независимости, 36, офис 5",
     "Өскемен қ., Тәуелсіздік даңғ., 36, 5-кеңсе", "генеральный директор Сагинтаев Е.М.", "бас директор Сағынтаев Е.М."),
    ("ТОО «Алтай Плита Групп»", "«Алтай Плита Групп» ЖШС", "г. Усть-Каменогорск, ул. Казахстан, 64, офис 12",
     "Өскемен қ., Қазақстан к-сі, 64, 12-кеңсе", "директор Рахимжанов А.С.", "директор Рахымжанов А.С."),
)  # fmt: skip
# (RU name, KK name, key RU, key KK, OKED, RU OKED words, KK OKED words, RU place, KK place, KATO prefix, lat, lon,
#  RU capacity, KK capacity, category, RU permit, KK permit, distance to houses m)
PANEL_OBJECTS = (
    ("Завод плит МДФ и ДСП", "МДФ және ағаш-жаңқа плиталары зауыты", "МДФ", "МДФ", "16210",
     "Производство шпона, фанеры, плит и панелей из дерева", "Шпон, фанера, ағаш плиталары мен панельдерін өндіру",
     "Восточно-Казахстанская область, г. Усть-Каменогорск, Северная промышленная зона, ул. Промышленная, 21",
     "Шығыс Қазақстан облысы, Өскемен қ., Солтүстік өнеркәсіптік аймақ, Өнеркәсіп к-сі, 21", "6310", 50.0121, 82.5716,
     "МДФ – 180 000 м³/год; ДСП – 150 000 м³/год", "МДФ – жылына 180 000 м³; ЖСП – жылына 150 000 м³", "I",
     "настоящая заявка на комплексное экологическое разрешение", "осы кешенді экологиялық рұқсат алуға өтінім", 1150),
    ("Лесопильный цех и биржа круглых лесоматериалов", "Ағаш тілу цехы және дөңгелек ағаш биржасы", "Лесопильный цех", "Ағаш тілу цехы",
     "16100", "Распиловка и строгание древесины", "Ағашты аралау және сүргілеу",
     "Восточно-Казахстанская область, район Алтай, п. Белоусовка, ул. Железнодорожная, 3 (подъездной путь ст. Белоусовка)",
     "Шығыс Қазақстан облысы, Алтай ауданы, Белоусовка к., Теміржол к-сі, 3 (Белоусовка ст. кірме жолы)", "6336", 50.1452, 82.5149,
     "переработка пиловочника – 60 000 м³/год", "бөренені қайта өңдеу – жылына 60 000 м³", "II",
     "разрешение на воздействие № {permit} от 12.05.2024", "2024 ж. 12.05. № {permit} әсер етуге рұқсат", 420),
    ("Цех мебельных деталей и склад готовой продукции", "Жиһаз бөлшектері цехы және дайын өнім қоймасы", "мебельных деталей",
     "Жиһаз бөлшектері", "31090", "Производство прочей мебели", "Өзге де жиһаз өндірісі",
     "Восточно-Казахстанская область, г. Усть-Каменогорск, ул. Бажова, 333", "Шығыс Қазақстан облысы, Өскемен қ., Бажов к-сі, 333",
     "6310", 49.9753, 82.6534, "мебельные детали – 45 000 м²/год", "жиһаз бөлшектері – жылына 45 000 м²", "III",
     "декларация о воздействии от 03.03.2025", "2025 ж. 03.03. әсер ету туралы декларация", 85),
)  # fmt: skip


def facility_jp1(doc: Doc) -> None:
    """An annex to a КЭР application listing every object of the operator as a column: the MDF and particleboard plant
    (category I, the object applied for), the sawmill with its log yard at a railway siding (II) and the furniture-parts
    shop with the store in town (III); the operator's name, BIN, legal address and head in rows merged across the three
    columns under a section row of their own, then per object its OKED with its words, place, KATO, decimal coordinates
    with the hemisphere words, capacity, category, permit and the distance to the nearest houses as a look-alike figure;
    the plant's lines in a table of no role (VI: a plywood company's plywood plant in the Long Bình An park and its
    peeling workshop in the countryside as two columns, the enterprise number merged across them, VSIC codes, VN-2000
    metres beside the WGS-84 degrees, `Nhóm II` and `Nhóm III`)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_jp1_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    op = doc.pick(PANEL_OPERATORS)
    operator, legal, head = op[L], op[2 + L], op[4 + L]
    bin_ = make_bin(r)
    permit = f"KZ{r.randint(10, 99)}VCZ{r.randint(10**7, 10**8 - 1):08d}"
    doc.h(g("Приложение 1 к заявлению на получение комплексного экологического разрешения",
            "Кешенді экологиялық рұқсат алуға арналған өтінішке 1-қосымша"))
    doc.p(g(f"Заявитель: {operator}. Комплексное экологическое разрешение испрашивается для объекта I категории – завода плит МДФ и ДСП; "
            "прочие объекты оператора приведены для сведения, их воздействие нормируется отдельными документами.",
            f"Өтініш беруші: {operator}. Кешенді экологиялық рұқсат I санаттағы объект – МДФ және ағаш-жаңқа плиталары зауыты үшін "
            "сұралады; оператордың өзге объектілері мәлімет үшін келтірілген, олардың әсері жеке құжаттармен нормаланады."))
    head_row = g(["№", "Показатель", "Объект 1", "Объект 2", "Объект 3"], ["№", "Көрсеткіш", "1-объект", "2-объект", "3-объект"])
    rows, merges = [head_row], []
    _span(rows, merges, g("1. Сведения об операторе", "1. Оператор туралы мәліметтер"), 5)

    def common(code: str, label: str, value: str) -> None:
        rows.append([code, label, value, None, None])
        merges.append((len(rows) - 1, 2, len(rows) - 1, 4))

    common("1.1", g("Наименование оператора", "Оператордың атауы"), operator)
    common("1.2", g("БИН", "БСН"), bin_)
    common("1.3", g("Юридический адрес", "Заңды мекенжайы"), legal)
    common("1.4", g("Первый руководитель", "Бірінші басшы"), head)
    _span(rows, merges, g("2. Сведения об объектах", "2. Объектілер туралы мәліметтер"), 5)
    objs = []
    for o in PANEL_OBJECTS:
        kato = _kato(doc, o[9])
        lat, lon = round(o[10] + r.uniform(-0.004, 0.004), 5), round(o[11] + r.uniform(-0.004, 0.004), 5)
        objs.append((o, kato, lat, lon))
    lines = (
        ("2.1", g("Наименование объекта", "Объектінің атауы"), lambda o, k, la, lo: o[L]),
        ("2.2", g("Основной вид деятельности (ОКЭД)", "Негізгі қызмет түрі (ЭҚЖЖ)"), lambda o, k, la, lo: f"{o[4]} – {o[5 + L]}"),
        ("2.3", g("Местонахождение", "Орналасқан жері"), lambda o, k, la, lo: o[7 + L]),
        ("2.4", g("Код КАТО", "ҚАТО коды"), lambda o, k, la, lo: k),
        ("2.5", g("Географические координаты центра площадки (WGS-84)", "Алаң орталығының географиялық координаттары (WGS-84)"),
         lambda o, k, la, lo: f"{_deg(la, doc.lang, True)}; {_deg(lo, doc.lang, False)}"),
        ("2.6", g("Проектная мощность", "Жобалық қуаты"), lambda o, k, la, lo: o[12 + L]),
        ("2.7", g("Категория объекта", "Объектінің санаты"), lambda o, k, la, lo: o[14]),
        ("2.8", g("Разрешительный документ", "Рұқсат беру құжаты"), lambda o, k, la, lo: o[15 + L].format(permit=permit)),
        ("2.9", g("Расстояние до ближайшей жилой застройки, м", "Ең жақын тұрғын үйлерге дейінгі қашықтық, м"),
         lambda o, k, la, lo: num(o[17], doc.lang)),
    )
    for code, label, cell in lines:
        rows.append([code, label, *(cell(o, k, la, lo) for o, k, la, lo in objs)])
    doc.table(g("Перечень объектов оператора, оказывающих негативное воздействие на окружающую среду",
                "Қоршаған ортаға теріс әсер ететін оператор объектілерінің тізбесі"), rows, merges, role="facility")
    for o, kato, lat, lon in objs:
        doc.add("facilities", {"bin": bin_, "name_contains": o[2 + L], "kato": kato, "oked": o[4], "category": o[14], "lat": lat, "lon": lon})
    doc.table(g("Основные технологические линии завода плит", "Плиталар зауытының негізгі технологиялық желілері"), [
        g(["Линия", "Оборудование", "Мощность, м³/сут"], ["Желі", "Жабдық", "Қуаты, м³/тәул"]),
        g(["Линия МДФ", "дефибратор, сушильная труба, пресс непрерывного действия", "540"],
          ["МДФ желісі", "дефибратор, кептіру құбыры, үздіксіз әрекет ететін пресс", "540"]),
        g(["Линия ДСП", "барабанная сушилка, формирующая машина, пресс", "450"],
          ["АЖП желісі", "барабанды кептіргіш, қалыптау машинасы, пресс", "450"]),
        g(["Линия ламинирования", "короткотактный пресс", str(r.randint(14, 22)) + " 000 м²"],
          ["Ламинаттау желісі", "қысқа тактілі пресс", str(r.randint(14, 22)) + " 000 м²"]),
    ], role="other")


# (VI site, key, VSIC, place, lat, lon, VN-2000 X, Y, capacity, group, permit)
VN_PLY_SITES = (
    ("Nhà máy sản xuất ván ép (plywood) Long Bình An", "Long Bình An", "1621 – Sản xuất gỗ dán, gỗ lạng, ván ép và ván mỏng khác",
     "Lô C4, Khu công nghiệp Long Bình An, phường An Tường, tỉnh Tuyên Quang", 21.7953, 105.2512, 2411630, 432118,
     "60.000 m³ sản phẩm/năm", "II", "Giấy phép môi trường số {n}/GP-UBND ngày 18/7/2023 của UBND tỉnh Tuyên Quang"),
    ("Xưởng bóc, sấy ván bóc Đồng Bài", "Đồng Bài", "1610 – Cưa, xẻ, bào gỗ và bảo quản gỗ",
     "thôn Đồng Bài, xã Thái Sơn, tỉnh Tuyên Quang", 21.8712, 105.2841, 2420054, 435507, "45.000 m³ ván bóc/năm", "III",
     "Đăng ký môi trường tiếp nhận ngày 05/3/2024 tại UBND xã"),
)  # fmt: skip
VN_PLY_COMPANIES = ("Công ty TNHH Gỗ Ván Ép Sông Lô", "Công ty Cổ phần Lâm sản Tuyên Quang Xanh")


def _facility_jp1_vi(doc: Doc) -> None:
    r = doc.rng
    company = doc.pick(VN_PLY_COMPANIES)
    msdn = make_msdn(r)
    doc.h(f"PHỤ LỤC 1. THÔNG TIN VỀ CÁC CƠ SỞ SẢN XUẤT CỦA {company.upper()}")
    doc.p("(Kèm theo báo cáo công tác bảo vệ môi trường năm 2025.) Công ty có 02 cơ sở sản xuất; mỗi cơ sở thực hiện thủ tục môi trường riêng "
          "theo phân nhóm tại Phụ lục III – V Nghị định số 08/2022/NĐ-CP.")
    sites = []
    for s in VN_PLY_SITES:
        lat, lon = round(s[4] + r.uniform(-0.003, 0.003), 5), round(s[5] + r.uniform(-0.003, 0.003), 5)
        sites.append((s, lat, lon, s[6] + r.randint(-300, 300), s[7] + r.randint(-300, 300)))
    rows = [["TT", "Nội dung", "Cơ sở 1", "Cơ sở 2"], ["1", "Tên doanh nghiệp", company, None], ["2", "Mã số doanh nghiệp", msdn, None],
            ["3", "Người đại diện theo pháp luật", f"Ông {doc.pick(('Hoàng Văn Quyết', 'Ma Đình Tuấn', 'Nông Văn Hải'))} – Tổng Giám đốc", None]]
    merges = [(1, 2, 1, 3), (2, 2, 2, 3), (3, 2, 3, 3)]
    rows += [["4", "Tên cơ sở", *(s[0] for s, *_ in sites)],
             ["5", "Ngành nghề (VSIC 2018)", *(s[2] for s, *_ in sites)],
             ["6", "Địa điểm", *(s[3] for s, *_ in sites)],
             ["7", "Tọa độ VN-2000 (KTT 106°, múi chiếu 3°)", *(f"X = {num(x, 'vi')} m; Y = {num(y, 'vi')} m" for _, _, _, x, y in sites)],
             ["8", "Tọa độ WGS-84", *(f"{num(la, 'vi', group=False)}° B; {num(lo, 'vi', group=False)}° Đ" for _, la, lo, _, _ in sites)],
             ["9", "Công suất", *(s[8] for s, *_ in sites)],
             ["10", "Phân nhóm dự án, cơ sở", *(f"Nhóm {s[9]}" for s, *_ in sites)],
             ["11", "Thủ tục môi trường", *(s[10].format(n=r.randint(40, 190)) for s, *_ in sites)]]  # fmt: skip
    doc.table("Bảng 1. Thông tin chung về các cơ sở", rows, merges, role="facility")
    for s, lat, lon, _, _ in sites:
        doc.add("facilities", {"bin": msdn, "name_contains": s[1], "category": s[9], "lat": lat, "lon": lon})
    doc.table("Bảng 2. Nguyên liệu, hóa chất chính", [
        ["TT", "Tên nguyên liệu", "Đơn vị", "Khối lượng/năm"],
        ["1", "Gỗ keo rừng trồng (gỗ tròn)", "m³", num(r.randint(95, 130) * 1000, "vi")],
        ["2", "Keo Urea Formaldehyde (UF)", "tấn", num(r.randint(2400, 3600), "vi")],
        ["3", "Bột mì (chất độn keo)", "tấn", num(r.randint(180, 320), "vi")],
    ], role="other")
    maybe_distractor(doc, 0.3)


# (RU, KK sawmill, key RU, key KK, RU, KK operator, RU, KK place, KATO prefix, lat, lon, m3 a year, (RU, KK species, share))
SAWMILLS = (
    ("Лесопильный цех «Үлбі»", "«Үлбі» ағаш тілу цехы", "Үлбі", "Үлбі", "ТОО «Үлбі Орман Өнімдері»", "«Үлбі Орман Өнімдері» ЖШС",
     "Восточно-Казахстанская область, г. Риддер, ул. Лесозаводская, 14", "Шығыс Қазақстан облысы, Риддер қ., Лесозаводская к-сі, 14",
     "6316", 50.3451, 83.5129, 38400, (("Пихта", "Самырсын", 0.38), ("Ель", "Шырша", 0.3), ("Кедр", "Кедр", 0.17), ("Береза", "Қайың", 0.15))),
    ("Лесопильный цех «Бұқтырма»", "«Бұқтырма» ағаш тілу цехы", "Бұқтырма", "Бұқтырма", "ТОО «Бухтарма Лес»", "«Бұқтырма Орман» ЖШС",
     "Восточно-Казахстанская область, г. Алтай, ул. Горная, 2а", "Шығыс Қазақстан облысы, Алтай қ., Горная к-сі, 2а",
     "6343", 49.7226, 84.2818, 26700, (("Пихта", "Самырсын", 0.46), ("Ель", "Шырша", 0.36), ("Осина", "Көктерек", 0.18))),
    ("Лесопильный цех «Нарын»", "«Нарын» ағаш тілу цехы", "Нарын", "Нарын", "ТОО «Катон Ағаш»", "«Қатон Ағаш» ЖШС",
     "Восточно-Казахстанская область, Катон-Карагайский район, с. Улкен Нарын, ул. Абая, 77",
     "Шығыс Қазақстан облысы, Катонқарағай ауданы, Үлкен Нарын а., Абай к-сі, 77", "6346", 49.2072, 84.5133, 14200,
     (("Лиственница", "Балқарағай", 0.52), ("Кедр", "Кедр", 0.27), ("Ель", "Шырша", 0.21))),
)  # fmt: skip


def facility_jp2(doc: Doc) -> None:
    """A sawmill's reference sheet for the oblast's department of natural resources, which keeps a list of the wood
    processors allowed to buy timber: `№ | показатель | сведения` under four Roman section rows — the enterprise with its
    BIN, the site with its place, KATO, the GPS point written with a point as a pair (`50.34512, 83.51291`), the СК-42
    rectangular coordinates in metres and the cadastral number, the production with the volume sawn, the species and the
    number in the state timber-accounting system, then the category `III` and its declaration beside the sanitary class
    `IV` of the protection zone; the output by species in a table of no role (VI: a wood-chip export terminal's information
    sheet after the merger of provinces, the UN/LOCODE, the berth length and the ships' tonnage as look-alikes, the centre
    of the chip yard as the site and the berth's corner points in a table of no role)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_jp2_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    s = doc.pick(SAWMILLS)
    name, key, operator, place = s[L], s[2 + L], s[4 + L], s[6 + L]
    bin_, kato = make_bin(r), _kato(doc, s[8])
    lat, lon = round(s[9] + r.uniform(-0.003, 0.003), 5), round(s[10] + r.uniform(-0.003, 0.003), 5)
    volume = s[11] + r.randint(-40, 40) * 10
    decl = f"KZ{r.randint(10, 99)}RYS{r.randint(10**7, 10**8 - 1):08d}"
    doc.h(g("Справка-характеристика деревоперерабатывающего предприятия", "Ағаш өңдеу кәсіпорнының анықтама-сипаттамасы"))
    doc.p(g("Представляется в ГУ «Управление природных ресурсов и регулирования природопользования Восточно-Казахстанской области» для "
            "включения в региональный перечень переработчиков древесины на 2026 год.",
            "«Шығыс Қазақстан облысының табиғи ресурстар және табиғат пайдалануды реттеу басқармасы» ММ-ге 2026 жылға арналған ағаш "
            "өңдеушілердің өңірлік тізбесіне енгізу үшін ұсынылады."))
    rows = [g(["№", "Показатель", "Сведения"], ["№", "Көрсеткіш", "Мәліметтер"])]
    merges = []
    _span(rows, merges, g("I. Предприятие", "I. Кәсіпорын"), 3)
    rows += [["1", g("Наименование", "Атауы"), operator],
             ["2", g("БИН", "БСН"), bin_],
             ["3", g("Руководитель, телефон", "Басшысы, телефоны"),
              g(f"директор {doc.pick(('Пономарев В.И.', 'Жакупов Н.Т.', 'Шмидт А.А.'))}, +7 7232 {r.randint(20, 79)} {r.randint(10, 99)} {r.randint(10, 99)}",
                f"директор {doc.pick(('Пономарев В.И.', 'Жақыпов Н.Т.', 'Шмидт А.А.'))}, +7 7232 {r.randint(20, 79)} {r.randint(10, 99)} {r.randint(10, 99)}")]]
    _span(rows, merges, g("II. Производственная площадка", "II. Өндірістік алаң"), 3)
    zone = int(lon // 6) + 1
    x, y = round(lat * 110_950) + r.randint(-900, 900), zone * 1_000_000 + round((lon - (zone * 6 - 3)) * 71_500) + 500_000
    rows += [["4", g("Наименование площадки", "Алаңның атауы"), name],
             ["5", g("Адрес", "Мекенжайы"), place],
             ["6", g("Код КАТО", "ҚАТО коды"), kato],
             ["7", g("Координаты (GPS, WGS-84)", "Координаттары (GPS, WGS-84)"), f"{lat:.5f}, {lon:.5f}"],
             ["8", g(f"Прямоугольные координаты СК-42 (зона {zone}), м", f"СК-42 тікбұрышты координаттары ({zone}-аймақ), м"),
              f"X = {num(x, doc.lang)}; Y = {num(y, doc.lang)}"],
             ["9", g("Кадастровый номер земельного участка, площадь", "Жер учаскесінің кадастрлық нөмірі, ауданы"),
              f"05-{r.randint(68, 79)}-{r.randint(10, 99):03d}-{r.randint(100, 999)}, {num(round(r.uniform(1.2, 4.8), 2), doc.lang)} " + g("га", "га")]]
    _span(rows, merges, g("III. Производственная деятельность", "III. Өндірістік қызмет"), 3)
    rows += [["10", g("Объем переработки пиловочника в 2025 году, м³", "2025 жылы бөренені қайта өңдеу көлемі, м³"), num(volume, doc.lang)],
             ["11", g("Перерабатываемые породы", "Өңделетін тұқымдар"), ", ".join(sp[L].lower() for sp in s[12])],
             ["12", g("Основное оборудование", "Негізгі жабдық"),
              g("ленточнопильные станки – 3 шт., многопильный станок – 1 шт., сушильные камеры – 2 шт.",
                "таспалы ара станоктары – 3 дана, көп аралы станок – 1 дана, кептіру камералары – 2 дана")],
             ["13", g("Регистрационный номер в ИС учета древесины", "Сүрек есебінің АЖ-дағы тіркеу нөмірі"), f"63-ЛП-{r.randint(100, 999):04d}"]]
    _span(rows, merges, g("IV. Экологические требования", "IV. Экологиялық талаптар"), 3)
    rows += [["14", g("Категория объекта по Экологическому кодексу РК", "ҚР Экология кодексі бойынша объектінің санаты"), "III"],
             ["15", g("Декларация о воздействии на окружающую среду", "Қоршаған ортаға әсер ету туралы декларация"),
              g(f"№ {decl} от {r.randint(1, 28):02d}.02.2025", f"2025 ж. {r.randint(1, 28):02d}.02. № {decl}")],
             ["16", g("Санитарно-защитная зона (класс по санитарной классификации)", "Санитариялық-қорғаныш аймағы (санитариялық жіктеу бойынша сыныбы)"),
              g("100 м (IV класс)", "100 м (IV сынып)")]]
    doc.table(None, rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": key, "kato": kato, "category": "III", "lat": lat, "lon": lon})
    out = [g(["Порода", "Пиломатериалы, м³", "Доля, %"], ["Тұқымы", "Кесілген ағаш материалдары, м³", "Үлесі, %"])]
    for ru, kk, share in s[12]:
        out.append([(ru, kk)[L], num(round(volume * 0.56 * share), doc.lang), num(round(share * 100), doc.lang)])
    doc.table(g("Выпуск пиломатериалов по породам в 2025 году", "2025 жылы тұқымдар бойынша кесілген ағаш материалдарын шығару"), out, role="other")


def _facility_jp2_vi(doc: Doc) -> None:
    r = doc.rng
    msdn = make_msdn(r)
    company = doc.pick(("Công ty Cổ phần Dăm gỗ Xuất khẩu Nhơn Hội", "Công ty TNHH Cảng Dăm Gỗ Phương Mai"))
    key = "Nhơn Hội" if "Nhơn Hội" in company else "Phương Mai"
    name = f"Cảng chuyên dùng và bãi tập kết dăm gỗ xuất khẩu {key}"
    lat, lon = round(13.8012 + r.uniform(-0.003, 0.003), 5), round(109.2716 + r.uniform(-0.003, 0.003), 5)
    doc.h("PHIẾU THÔNG TIN CƠ SỞ")
    doc.p("(Phục vụ điều tra, thống kê nguồn thải trên địa bàn tỉnh Gia Lai năm 2026 – Sở Nông nghiệp và Môi trường.)")
    rows = [["Mục", "Chỉ tiêu", "Thông tin"],
            ["1", "Tên cơ sở", name],
            ["2", "Chủ cơ sở", company],
            ["3", "Mã số doanh nghiệp", msdn],
            ["4", "Địa chỉ", "Khu kinh tế Nhơn Hội, phường Quy Nhơn Đông, tỉnh Gia Lai (trước ngày 01/7/2025: xã Nhơn Hội, TP. Quy Nhơn, tỉnh Bình Định)"],
            ["5", "Tọa độ tâm bãi chứa dăm (WGS-84)", f"{num(lat, 'vi', group=False)} N; {num(lon, 'vi', group=False)} E"],
            ["6", "Mã cảng (UN/LOCODE)", "VNUIH"],
            ["7", "Cầu cảng", f"dài {r.randint(160, 220)} m, tiếp nhận tàu đến {num(r.choice((45000, 50000, 55000)), 'vi')} DWT"],
            ["8", "Diện tích bãi chứa dăm", f"{num(round(r.uniform(5.5, 9.5), 1), 'vi')} ha, sức chứa {num(r.randint(8, 14) * 10000, 'vi')} tấn dăm"],
            ["9", "Sản lượng xuất khẩu năm 2025", f"{num(r.randint(55, 90) * 10000, 'vi')} tấn dăm gỗ keo, bạch đàn (BDMT)"],
            ["10", "Phân nhóm theo Luật Bảo vệ môi trường", "Nhóm II"],
            ["11", "Giấy phép môi trường", f"Số {r.randint(10, 99)}/GP-BQL ngày {r.randint(1, 28):02d}/10/2024 của Ban Quản lý Khu kinh tế"]]
    doc.table(None, rows, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": key, "category": "II", "lat": lat, "lon": lon})
    pts = [["Điểm", "Vĩ độ (N)", "Kinh độ (E)", "Ghi chú"]]
    for k, (dy, dx) in enumerate(((0.0021, -0.0012), (0.0023, 0.0004), (0.0027, 0.0003), (0.0025, -0.0013)), 1):
        pts.append([f"M{k}", num(round(lat + dy, 5), "vi", group=False), num(round(lon + dx, 5), "vi", group=False), "Mép bến" if k < 3 else "Mép sau cầu cảng"])
    doc.table("Tọa độ các điểm góc cầu cảng", pts, role="other")
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- emissions

# ((RU line, KK line), [(number, RU, KK, height m, hours a year, {code: (low, high) g/s})])
PANEL_LINES = (
    (("Цех МДФ", "МДФ цехы"), [
        ("0101", "Рубительная машина и сортировка щепы (циклон)", "Жаңқалау машинасы және жаңқаны сұрыптау (циклон)", 18, 7200,
         {"2936": (0.08, 0.35)}),
        ("0102", "Сушильная труба волокна (циклоны, мокрый скруббер)", "Талшықты кептіру құбыры (циклондар, дымқыл скруббер)", 45, 8000,
         {"2936": (0.4, 1.2), "1325": (0.05, 0.18), "1052": (0.1, 0.4), "0301": (0.3, 0.9), "0337": (0.5, 1.6)}),
        ("0103", "Вытяжка пресса непрерывного действия", "Үздіксіз әрекет ететін престің сорғышы", 32, 8000,
         {"1325": (0.03, 0.12), "1052": (0.04, 0.15), "2936": (0.02, 0.08)}),
        ("0104", "Шлифовальная линия МДФ (рукавный фильтр)", "МДФ тегістеу желісі (жеңді сүзгі)", 25, 7600, {"2936": (0.05, 0.2)})]),
    (("Цех ДСП", "Ағаш-жаңқа плиталары цехы"), [
        ("0201", "Барабанная сушилка стружки (циклоны)", "Жаңқаны кептіретін барабанды кептіргіш (циклондар)", 40, 8000,
         {"2936": (0.3, 0.9), "1325": (0.03, 0.1), "0301": (0.2, 0.6), "0337": (0.4, 1.2)}),
        ("0202", "Пресс и веерный охладитель плит", "Пресс және плиталардың желпуішті салқындатқышы", 28, 8000,
         {"1325": (0.02, 0.09), "1052": (0.03, 0.1)}),
        ("0203", "Шлифование и форматный раскрой ДСП (рукавный фильтр)", "АЖП тегістеу және пішімдеп кесу (жеңді сүзгі)", 22, 7600,
         {"2936": (0.04, 0.16)})]),
    (("Смоляной цех", "Шайыр цехы"), [
        ("0301", "Реакторы синтеза карбамидоформальдегидной смолы (через скруббер)",
         "Карбамид-формальдегид шайырын синтездеу реакторлары (скруббер арқылы)", 20, 6000,
         {"1325": (0.005, 0.03), "1052": (0.01, 0.05), "0303": (0.002, 0.01)}),
        ("0302", "Резервуары формалина и метанола (дыхательные клапаны)", "Формалин және метанол резервуарлары (тыныс алу клапандары)", 12, 8760,
         {"1325": (0.001, 0.006), "1052": (0.002, 0.01)}),
        ("0303", "Аспирация узла приема карбамида", "Карбамид қабылдау торабының аспирациясы", 15, 1500, {"1532": (0.01, 0.05)})]),
    (("Энергоцентр", "Энергия орталығы"), [
        ("0401", "Дымовая труба термомасляного котла 30 МВт (кора, шлифовальная пыль)",
         "30 МВт термомай қазандығының түтін мұржасы (қабық, тегістеу шаңы)", 60, 8000,
         {"0301": (1.2, 3.0), "0304": (0.2, 0.5), "0337": (1.5, 4.0), "0330": (0.05, 0.2), "2902": (0.3, 0.9), "0703": (0.000002, 0.000006)})]),
    (("Неорганизованные источники", "Ұйымдастырылмаған көздер"), [
        ("6001", "Биржа сырья: разгрузка лесовозов, рубка и штабелирование щепы", "Шикізат биржасы: ағаш тасығыштарды түсіру, жаңқалау және жаңқаны үю",
         2, 4200, {"2936": (0.05, 0.25)}),
        ("6002", "Открытый склад коры и топливной щепы", "Қабық пен отын жаңқасының ашық қоймасы", 3, 8760, {"2936": (0.01, 0.06)})]),
)  # fmt: skip


def emissions_jp1(doc: Doc) -> None:
    """An MDF and particleboard plant's НДВ table under rows spanning the table that name the MDF line, the particleboard
    line, the resin kitchen, the energy centre and the unorganised sources; the source numbers coded by shop (`0101`,
    `0201`, `0401`), the source's number, name and height merged down over its substances, `г/с | т/год` under a merged
    header, `ОБУВ` in the class column of wood dust, the energy centre's benzo(a)pyrene written `3,6·10⁻⁶`, the plant's total
    last (VI: a plywood plant's loads by stack — flow, concentration, kg/h, g/s, tonnes — the stacks named, not numbered,
    the hours a year only in the note under the table)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_jp1_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    op = doc.pick(PANEL_OPERATORS)[L]
    doc.h(g(f"Проект нормативов допустимых выбросов. Завод плит МДФ и ДСП {op}", f"{op} МДФ және АЖП плиталары зауыты. Жол берілетін шығарындылар нормативтерінің жобасы"))
    doc.p(g("Источники пронумерованы по цехам: первые две цифры – номер цеха, последние две – порядковый номер источника в цехе; "
            "неорганизованные источники – с 6001.",
            "Көздер цехтар бойынша нөмірленген: алғашқы екі цифр – цех нөмірі, соңғы екеуі – цехтағы көздің реттік нөмірі; "
            "ұйымдастырылмаған көздер – 6001-ден бастап."))
    head = g(["№ ИЗА", "Наименование источника", "Высота, м", "Код ЗВ", "Наименование загрязняющего вещества", "Класс опасности",
              "Выброс загрязняющего вещества", None],
             ["ЛШК №", "Көздің атауы", "Биіктігі, м", "ЛЗ коды", "Ластаушы заттың атауы", "Қауіптілік сыныбы", "Ластаушы заттың шығарындысы", None])
    rows = [head, [None] * 6 + g(["г/с", "т/год"], ["г/с", "т/жыл"])]
    merges = [(0, c, 1, c) for c in range(6)] + [(0, 6, 0, 7)]
    numbers, all_g, all_t = [], [], []
    for (l_ru, l_kk), sources in PANEL_LINES:
        _span(rows, merges, (l_ru, l_kk)[L], 8)
        for number, s_ru, s_kk, height, hours, codes in sources:
            if number in ("0303", "6002") and r.random() < 0.4:
                continue
            start = len(rows)
            for j, (c, (lo, hi)) in enumerate(codes.items()):
                load = r.uniform(0.75, 1.0)
                if c == "0703":
                    gs = float(f"{r.uniform(lo, hi):.1e}")
                    ty = float(f"{gs * 3600 * hours * load / 1e6:.1e}")
                    cells = [_exp(gs, doc.lang), _exp(ty, doc.lang)]
                else:
                    gs = _sig(r.uniform(lo, hi), 3)
                    ty = _sig(gs * 3600 * hours * load / 1e6, 3)
                    cells = [num(gs, doc.lang), num(ty, doc.lang)]
                hz = _hazard(c)
                rows.append([number if j == 0 else None, (s_ru, s_kk)[L] if j == 0 else None, str(height) if j == 0 else None, c, _air(doc, c),
                             str(hz) if hz else g("ОБУВ", "ҚӘБД"), *cells])
                doc.add("emissions", emission(c, gs, ty, number, hz))
                all_g.append(gs)
                all_t.append(ty)
            if len(codes) > 1:
                merges += [(start, k, len(rows) - 1, k) for k in range(3)]
            numbers.append(number)
    rows.append([g("Всего по предприятию", "Кәсіпорын бойынша барлығы"), None, None, None, None, None, num(round(sum(all_g), 6), doc.lang),
                 num(round(sum(all_t), 6), doc.lang)])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 5))
    doc.table(g("Таблица 3.4 – Нормативы выбросов загрязняющих веществ по источникам на 2026–2035 годы",
                "3.4-кесте – 2026–2035 жылдарға арналған көздер бойынша ластаушы заттар шығарындыларының нормативтері"), rows, merges, role="emissions")
    doc.add("sources", *({"number": n, "type": _kind(n)} for n in numbers))
    doc.p(g("ОБУВ – ориентировочный безопасный уровень воздействия; для пыли древесной класс опасности не установлен.",
            "ҚӘБД – әсер етудің болжамды қауіпсіз деңгейі; ағаш шаңы үшін қауіптілік сыныбы белгіленбеген."))
    maybe_distractor(doc)


# (VI stack, (low, high) Nm3/h, {code: (low, high) mg/Nm3})
VN_PLY_STACKS = (
    ("Ống khói lò hơi tầng sôi đốt vỏ cây, gỗ vụn (10 tấn hơi/giờ)", (24000, 30000),
     {"2902": (120, 180), "0337": (300, 600), "0330": (20, 60), "0301": (150, 280)}),
    ("Ống thải buồng sấy ván bóc (máy sấy con lăn)", (16000, 20000), {"2902": (30, 70), "1325": (2, 6)}),
    ("Ống thải chụp hút khu máy ép nóng", (20000, 26000), {"1325": (4, 12), "1052": (8, 20)}),
    ("Ống thải hệ thống lọc bụi túi vải xưởng chà nhám, cắt cạnh", (28000, 36000), {"2902": (15, 45)}),
)
VN_LABEL = {"2902": "Bụi tổng", "0337": "CO", "0330": "SO2", "0301": "NOx (tính theo NO2)", "1325": "Formaldehyt", "1052": "Metanol",
            "0621": "Toluen", "0616": "Xylen", "1210": "Butyl axetat", "1401": "Axeton", "2936": "Bụi gỗ"}


def _emissions_jp1_vi(doc: Doc) -> None:
    r = doc.rng
    company = doc.pick(VN_PLY_COMPANIES)
    hours = 6600
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – NHÀ MÁY SẢN XUẤT VÁN ÉP LONG BÌNH AN ({company.upper()})")
    doc.h("3.2.2. Tải lượng các chất ô nhiễm trong khí thải sau hệ thống xử lý")
    doc.p("Nồng độ được lấy theo kết quả đo đạc của các đợt vận hành thử nghiệm; tải lượng tính theo lưu lượng thực tế của từng ống thải.")
    rows = [["Nguồn thải", "Lưu lượng (Nm³/h)", "Thông số", "Nồng độ (mg/Nm³)", "Tải lượng (kg/h)", "Tải lượng (g/s)", "Tải lượng (tấn/năm)"]]
    merges = []
    for name, (qlo, qhi), codes in VN_PLY_STACKS:
        q = r.randint(qlo // 100, qhi // 100) * 100
        start = len(rows)
        for j, (c, (lo, hi)) in enumerate(codes.items()):
            conc = _sig(r.uniform(lo, hi), 3)
            kgh = _sig(conc * q / 1e6, 3)
            gs = _sig(kgh / 3.6, 3)
            ty = _sig(kgh * hours / 1000, 3)
            rows.append([name if j == 0 else None, num(q, "vi") if j == 0 else None, VN_LABEL[c], num(conc, "vi"), num(kgh, "vi"), num(gs, "vi"),
                         num(ty, "vi")])
            doc.add("emissions", emission(c, gs, ty))
        if len(codes) > 1:
            merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    doc.table("Bảng 3.5. Tải lượng bụi, khí thải phát sinh từ các ống thải của nhà máy", rows, merges, role="emissions")
    doc.p("Ghi chú: thời gian hoạt động 22 giờ/ngày, 300 ngày/năm (6.600 giờ/năm); tải lượng (tấn/năm) = tải lượng (kg/h) × 6.600 / 1.000.")
    maybe_distractor(doc)


# code: (ПДК м.р., ПДК с.с., ОБУВ), solid?
FURN_SUBST = {
    "0123": ((None, 0.04, None), True), "0143": ((0.01, 0.001, None), True), "0301": ((0.2, 0.04, None), False),
    "0304": ((0.4, 0.06, None), False), "0337": ((5, 3, None), False), "0616": ((0.2, None, None), False),
    "0621": ((0.6, None, None), False), "1042": ((0.1, None, None), False), "1210": ((0.1, None, None), False),
    "1240": ((0.1, None, None), False), "1401": ((0.35, None, None), False), "2752": ((None, None, 1), False),
    "2902": ((0.5, 0.15, None), True), "2936": ((None, None, 0.5), True),
}
# code: ((low, high) g/s, (low, high) t/year)
FURN_RATES = {
    "0123": ((0.001, 0.004), (0.005, 0.02)), "0143": ((0.0001, 0.0004), (0.0005, 0.002)), "0301": ((0.01, 0.04), (0.1, 0.5)),
    "0304": ((0.002, 0.006), (0.02, 0.08)), "0337": ((0.03, 0.1), (0.3, 1.2)), "0616": ((0.05, 0.2), (0.4, 1.6)),
    "0621": ((0.03, 0.15), (0.2, 1.1)), "1042": ((0.01, 0.05), (0.08, 0.4)), "1210": ((0.04, 0.16), (0.3, 1.3)),
    "1240": ((0.02, 0.08), (0.1, 0.6)), "1401": ((0.03, 0.12), (0.2, 0.9)), "2752": ((0.01, 0.06), (0.05, 0.4)),
    "2902": ((0.01, 0.05), (0.08, 0.4)), "2936": ((0.05, 0.3), (0.5, 2.8)),
}
FURN_FACTORIES = (
    ("ТОО «Алатау Жиһаз»", "«Алатау Жиһаз» ЖШС", "г. Алматы, Алатауский район, ул. Бурундайская, 93",
     "Алматы қ., Алатау ауданы, Бурундай к-сі, 93"),
    ("ТОО «Мебельная фабрика «Жетісу Интерьер»", "«Жетісу Интерьер» жиһаз фабрикасы» ЖШС", "г. Алматы, Турксибский район, ул. Бекмаханова, 60/2",
     "Алматы қ., Түрксіб ауданы, Бекмаханов к-сі, 60/2"),
)  # fmt: skip


def _limit_cell(value, lang: str) -> str:
    return "–" if value is None else num(value, lang)


def emissions_jp2(doc: Doc) -> None:
    """A furniture factory's list of the substances it lets into the air, as the НДВ project's summary gives it: the
    code, the name, the ПДК м.р., ПДК с.с. and ОБУВ, the class (a dash for white spirit and wood dust), the grams a second
    and the tonnes a year, then `М/ПДК`, a row of column numbers under the header, the total with `в том числе твердые`
    and `жидкие и газообразные` after it, no source (VI: an export furniture factory's annual summary by pollutant, the
    sources that give it named in a text column)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_jp2_vi(doc)
        return
    g = _rk(doc)
    f = doc.pick(FURN_FACTORIES)
    doc.h(g(f"Проект нормативов допустимых выбросов мебельной фабрики {f[0]}", f"{f[1]} жиһаз фабрикасының жол берілетін шығарындылар нормативтерінің жобасы"))
    doc.p(g(f"Фабрика расположена по адресу: {f[2]}. На предприятии 14 источников выбросов: окрасочные и лакировочные камеры с гидрофильтрами, "
            "сушильные камеры, аспирация деревообрабатывающего участка, газовая котельная и сварочный пост цеха металлокаркасов.",
            f"Фабриканың мекенжайы: {f[3]}. Кәсіпорында 14 шығарынды көзі бар: гидросүзгілері бар бояу және лактау камералары, кептіру "
            "камералары, ағаш өңдеу учаскесінің аспирациясы, газ қазандығы және металл қаңқалар цехының дәнекерлеу посты."))
    head = g(["Код ЗВ", "Наименование загрязняющего вещества", "ПДК м.р., мг/м³", "ПДК с.с., мг/м³", "ОБУВ, мг/м³", "Класс опасности",
              "Выброс, г/с", "Выброс, т/год", "Значение М/ПДК"],
             ["ЛЗ коды", "Ластаушы заттың атауы", "ШЖК м.б., мг/м³", "ШЖК о.т., мг/м³", "ҚӘБД, мг/м³", "Қауіптілік сыныбы",
              "Шығарынды, г/с", "Шығарынды, т/жыл", "М/ШЖК мәні"])
    rows = [head, [str(k) for k in range(1, 10)]]
    tot = {True: [0.0, 0.0], False: [0.0, 0.0]}
    for c, ((mr, ss, obuv), solid) in FURN_SUBST.items():
        (glo, ghi), (tlo, thi) = FURN_RATES[c]
        gs, ty = _sig(r.uniform(glo, ghi), 3), _sig(r.uniform(tlo, thi), 3)
        hz = _hazard(c)
        base = ss or mr or obuv
        rows.append([c, _air(doc, c), _limit_cell(mr, doc.lang), _limit_cell(ss, doc.lang), _limit_cell(obuv, doc.lang), str(hz) if hz else "–",
                     num(gs, doc.lang), num(ty, doc.lang), num(_sig(ty / base, 4), doc.lang)])
        doc.add("emissions", emission(c, gs, ty, None, hz))
        tot[solid][0] += gs
        tot[solid][1] += ty
    all_g, all_t = tot[True][0] + tot[False][0], tot[True][1] + tot[False][1]
    for label, (a, b) in ((g("Всего:", "Барлығы:"), (all_g, all_t)), (g("в том числе твердые:", "оның ішінде қатты:"), tot[True]),
                          (g("жидкие и газообразные:", "сұйық және газ тәрізді:"), tot[False])):
        rows.append(["", label, "", "", "", "", num(round(a, 6), doc.lang), num(round(b, 6), doc.lang), ""])
    doc.table(g("Таблица 2.1 – Перечень загрязняющих веществ, выбрасываемых в атмосферу на 2026–2035 годы",
                "2.1-кесте – 2026–2035 жылдары атмосфераға шығарылатын ластаушы заттардың тізбесі"), rows, role="emissions")
    doc.p(g("М/ПДК – отношение массы выброса (т/год) к ПДК с.с., а при ее отсутствии – к ПДК м.р. или ОБУВ; используется для определения "
            "категории опасности предприятия.",
            "М/ШЖК – шығарынды массасының (т/жыл) ШЖК о.т.-ға, ол болмаған жағдайда ШЖК м.б.-ға немесе ҚӘБД-ға қатынасы; кәсіпорынның "
            "қауіптілік санатын анықтау үшін қолданылады."))
    maybe_distractor(doc)


# (code, sources, (low, high) g/s, (low, high) t/year)
VN_FURN = (
    ("2936", "Hệ thống lọc bụi cyclone – túi vải xưởng cắt, phay, chà nhám (03 hệ thống)", (0.2, 0.6), (2.5, 7.0)),
    ("2902", "Buồng sơn màng nước số 1 – 6 (bụi sơn sau màng nước)", (0.03, 0.1), (0.3, 1.1)),
    ("0621", "Buồng sơn màng nước số 1 – 6, sau tháp hấp phụ than hoạt tính", (0.04, 0.15), (0.4, 1.6)),
    ("0616", "Buồng sơn màng nước số 1 – 6, sau tháp hấp phụ than hoạt tính", (0.06, 0.2), (0.6, 2.1)),
    ("1210", "Buồng sơn màng nước số 1 – 6; phòng pha sơn", (0.05, 0.18), (0.5, 1.9)),
    ("1401", "Phòng pha sơn; khu vực rửa súng phun", (0.01, 0.05), (0.1, 0.5)),
    ("1325", "Khu vực ép nguội, ghép tấm bằng keo UF", (0.002, 0.008), (0.02, 0.08)),
    ("0301", "Lò hơi đốt củi 2 tấn hơi/giờ (cấp nhiệt cho lò sấy gỗ)", (0.15, 0.4), (1.2, 3.5)),
    ("0337", "Lò hơi đốt củi 2 tấn hơi/giờ (cấp nhiệt cho lò sấy gỗ)", (0.2, 0.7), (1.8, 5.5)),
    ("0330", "Lò hơi đốt củi 2 tấn hơi/giờ (cấp nhiệt cho lò sấy gỗ)", (0.02, 0.08), (0.2, 0.7)),
)  # fmt: skip
VN_FURN_FACTORIES = (("Công ty TNHH Nội thất Xuất khẩu Phú Tân", "phường Tân Uyên, Thành phố Hồ Chí Minh (trước đây thuộc tỉnh Bình Dương)"),
                     ("Công ty Cổ phần Gỗ Nội thất Phú Tài Quy Nhơn", "Khu công nghiệp Phú Tài, phường Quy Nhơn Tây, tỉnh Gia Lai"))


def _emissions_jp2_vi(doc: Doc) -> None:
    r = doc.rng
    company, place = doc.pick(VN_FURN_FACTORIES)
    doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – {company.upper()}")
    doc.p(f"Địa chỉ: {place}. Sản phẩm: bàn, ghế, tủ gỗ xuất khẩu sang Hoa Kỳ và EU. Tổng hợp tải lượng các chất ô nhiễm không khí "
          "theo từng chất, tính từ kết quả quan trắc định kỳ và hệ số phát thải.")
    rows = [["TT", "Chất ô nhiễm", "Nguồn phát sinh", "Tải lượng (g/s)", "Tải lượng (tấn/năm)"]]
    for k, (c, sources, (glo, ghi), (tlo, thi)) in enumerate(VN_FURN, 1):
        gs, ty = _sig(r.uniform(glo, ghi), 3), _sig(r.uniform(tlo, thi), 3)
        rows.append([str(k), VN_LABEL[c], sources, num(gs, "vi"), num(ty, "vi")])
        doc.add("emissions", emission(c, gs, ty))
    doc.table("Bảng 3. Tổng hợp tải lượng chất ô nhiễm không khí năm 2025", rows, role="emissions")
    doc.p("Ghi chú: buồng sơn và khu vực pha sơn dùng chung 03 ống thải cao 15 m; lò hơi có ống khói riêng cao 20 m.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

# (code, RU, KK, (low, high) t formed, fate: burn / reuse / hand)
PANEL_WASTES = (
    ("03 01 01", "Кора (отходы окорки круглых лесоматериалов)", "Қабық (дөңгелек ағашты қабығынан арылту қалдықтары)", (9000, 16000), "burn"),
    ("03 01 05", "Шлифовальная пыль плит", "Плиталарды тегістеу шаңы", (3000, 6000), "burn"),
    ("03 01 05", "Обрезки и брак плит МДФ и ДСП", "МДФ және АЖП плиталарының кесінділері мен ақауы", (1500, 4000), "reuse"),
    ("10 01 01", "Зола и шлак термомасляного котла", "Термомай қазандығының күлі мен қожы", (700, 1600), "hand"),
    ("08 04 10", "Отвержденные отходы карбамидоформальдегидной смолы", "Карбамид-формальдегид шайырының қатқан қалдықтары", (20, 80), "hand"),
    ("08 04 09*", "Неотвержденные остатки смолы и промывные шламы реакторов", "Реакторлардың қатпаған шайыр қалдықтары мен жуу шламдары",
     (5, 25), "hand"),
    ("12 01 21", "Отработанные шлифовальные ленты", "Пайдаланылған тегістеу таспалары", (6, 18), "hand"),
    ("15 02 03", "Отработанные фильтровальные рукава", "Пайдаланылған сүзгі жеңдері", (2, 8), "hand"),
    ("13 03 07*", "Отработанное термомасло (теплоноситель)", "Пайдаланылған термомай (жылу тасымалдағыш)", (3, 12), "hand"),
    ("15 01 10*", "Тара из-под химических реагентов (отвердитель, парафиновая эмульсия)",
     "Химиялық реагенттер ыдысы (қатайтқыш, парафин эмульсиясы)", (1, 6), "hand"),
    ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", (0.1, 0.5), "hand"),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", (40, 90), "hand"),
)  # fmt: skip


def _t(x: float) -> float:
    """Tonnes as a report prints them: one decimal, three below ten."""
    return round(x, 1) if x >= 10 else round(x, 3)


def _cell(x: float, lang: str) -> str:
    return num(x, lang) if x else "–"


def wastes_jp1(doc: Doc) -> None:
    """An MDF plant's report on the inventory of its wastes for 2025: the stock at the start of the year, the tonnes formed
    in the year (the amount), the tonnes used at the plant under a merged header split into burnt in its own energy centre
    and used again in production, the tonnes handed over and the stock at the end; the bark and the sanding dust all but
    burnt, the trimmings of boards chipped again, the same code `03 01 05` on two wastes, the spent thermal oil `13 03 07*`
    (VI: an export furniture factory's wastes under section rows of hazardous and ordinary wastes in kilograms, what it
    burnt in its own boiler and what it handed over with the receiver, ordinary wastes without codes)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_jp1_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    op = doc.pick(PANEL_OPERATORS)[L]
    doc.h(g(f"Отчет по инвентаризации отходов за 2025 год. {op}, завод плит МДФ и ДСП", f"{op}, МДФ және АЖП плиталары зауыты. 2025 жылғы қалдықтарды түгендеу есебі"))
    doc.p(g("Кора, шлифовальная пыль и часть древесных отходов сжигаются в собственном энергоцентре (термомасляный котел) как топливо; "
            "обрезки плит измельчаются и возвращаются в производство ДСП.",
            "Қабық, тегістеу шаңы және ағаш қалдықтарының бір бөлігі меншікті энергия орталығында (термомай қазандығы) отын ретінде "
            "жағылады; плита кесінділері ұсатылып, АЖП өндірісіне қайтарылады."))
    head0 = g(["№", "Код", "Наименование отхода", "Остаток на 01.01.2025, т", "Образовано за 2025 год, т", "Использовано на предприятии, т", None,
               "Передано сторонним организациям, т", "Остаток на 31.12.2025, т"],
              ["№", "Коды", "Қалдықтың атауы", "01.01.2025 қалдығы, т", "2025 жылы түзілді, т", "Кәсіпорында пайдаланылды, т", None,
               "Бөгде ұйымдарға берілді, т", "31.12.2025 қалдығы, т"])
    head1 = [None] * 5 + g(["сожжено в энергоцентре", "повторно использовано в производстве"], ["энергия орталығында жағылды", "өндірісте қайта пайдаланылды"]) + [None, None]
    rows = [head0, head1]
    merges = [(0, c, 1, c) for c in range(5)] + [(0, 5, 0, 6), (0, 7, 1, 7), (0, 8, 1, 8)]
    for k, (code, n_ru, n_kk, (lo, hi), fate) in enumerate(PANEL_WASTES, 1):
        formed = _t(r.uniform(lo, hi))
        start = _t(formed * r.uniform(0.0, 0.08)) if fate != "hand" or r.random() < 0.6 else 0.0
        burnt = _t(formed * r.uniform(0.95, 1.0)) if fate == "burn" else 0.0
        reused = _t(formed * r.uniform(0.55, 0.7)) if fate == "reuse" else 0.0
        share = r.uniform(0.5, 0.9) if fate == "reuse" else r.uniform(0.0, 0.2) if fate == "burn" else r.uniform(0.85, 0.98)
        handed = _t((start + formed - burnt - reused) * share)
        end = max(0.0, _t(start + formed - burnt - reused - handed))
        name = (n_ru, n_kk)[L]
        rows.append([str(k), code, name, _cell(start, doc.lang), num(formed, doc.lang), _cell(burnt, doc.lang), _cell(reused, doc.lang),
                     _cell(handed, doc.lang), _cell(end, doc.lang)])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": formed,
                           "name_contains": _words(name.split(" (")[0], 3)})
    doc.table(g("Таблица 1 – Движение отходов производства и потребления", "1-кесте – Өндіріс және тұтыну қалдықтарының қозғалысы"), rows, merges,
              role="wastes")
    doc.p(g("Зола термомасляного котла передается ТОО «ВК Тазалық» для размещения на полигоне промышленных отходов; опасные отходы – "
            "ТОО «Шығыс Эко Сервис» по договорам на 2025 год.",
            "Термомай қазандығының күлі өнеркәсіптік қалдықтар полигонына орналастыру үшін «ШҚ Тазалық» ЖШС-ге беріледі; қауіпті қалдықтар – "
            "2025 жылғы шарттар бойынша «Шығыс Эко Сервис» ЖШС-ге."))
    maybe_distractor(doc)


# (VI name, code or None, (low, high) kg, share burnt in the boiler, receiver)
VN_FURN_WASTES = (
    ("Sơn và vecni thải có dung môi hữu cơ (sơn thừa, cặn pha màu)", "08 01 01", (300, 900), 0.0, "Công ty TNHH Môi trường Tân Thành Đạt"),
    ("Bùn thải có sơn từ bể màng nước buồng sơn", "08 01 02", (2500, 6000), 0.0, "Công ty TNHH Môi trường Tân Thành Đạt"),
    ("Dung môi thải từ rửa súng phun, thiết bị pha sơn", "17 08 03", (200, 700), 0.0, "Công ty TNHH Môi trường Tân Thành Đạt"),
    ("Than hoạt tính thải từ tháp hấp phụ", "18 02 01", (1500, 4000), 0.0, "Công ty TNHH Môi trường Tân Thành Đạt"),
    ("Bao bì cứng thải bằng kim loại (thùng đựng sơn, dung môi)", "18 01 02", (800, 2200), 0.0, "Công ty TNHH Môi trường Tân Thành Đạt"),
    ("Bóng đèn huỳnh quang thải", "16 01 06", (10, 60), 0.0, "Công ty TNHH Môi trường Tân Thành Đạt"),
    ("Mùn cưa, dăm bào", None, (180000, 320000), 0.7, "Cơ sở sản xuất viên nén Thành Phát"),
    ("Gỗ vụn, đầu mẩu", None, (90000, 160000), 0.5, "Cơ sở sản xuất viên nén Thành Phát"),
    ("Bụi gỗ thu từ hệ thống lọc bụi", None, (20000, 45000), 1.0, "-"),
    ("Tro, xỉ lò hơi đốt củi", None, (8000, 16000), 0.0, "Công ty Cổ phần Dịch vụ Môi trường Bình Phú"),
    ("Bao bì giấy, carton, xốp thải", None, (12000, 30000), 0.0, "Cơ sở thu mua phế liệu Hưng Thịnh"),
)  # fmt: skip


def _wastes_jp1_vi(doc: Doc) -> None:
    r = doc.rng
    company, place = doc.pick(VN_FURN_FACTORIES)
    doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – {company.upper()}")
    doc.h("4. Kết quả quản lý chất thải rắn công nghiệp thông thường và chất thải nguy hại")
    doc.p(f"Địa chỉ cơ sở: {place}. Mùn cưa, gỗ vụn được tận dụng một phần làm nhiên liệu lò hơi cấp nhiệt cho lò sấy gỗ của cơ sở.")
    rows = [["TT", "Tên chất thải", "Mã chất thải", "Khối lượng phát sinh (kg)", "Tự xử lý, tái sử dụng tại cơ sở (kg)", "Chuyển giao (kg)",
             "Đơn vị tiếp nhận"]]
    merges = []
    n = 0
    for section, hazardous in (("I. CHẤT THẢI NGUY HẠI", True), ("II. CHẤT THẢI RẮN CÔNG NGHIỆP THÔNG THƯỜNG", False)):
        _span(rows, merges, section, 7)
        for name, code, (lo, hi), burnt, receiver in VN_FURN_WASTES:
            if (code is not None) != hazardous:
                continue
            n += 1
            kg = float(r.randint(int(lo) // 10, int(hi) // 10) * 10)
            own = float(round(kg * burnt, -1))
            rows.append([str(n), name, code or "-", num(kg, "vi"), num(own, "vi") if own else "-", num(kg - own, "vi") if kg - own else "-", receiver])
            if code:
                doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000, "name_contains": _words(name, 4)})
            else:
                doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": kg / 1000, "name_contains": _words(name, 3)})
    doc.table("Bảng 4.1. Khối lượng chất thải phát sinh và biện pháp xử lý năm 2025", rows, merges, role="wastes")
    maybe_distractor(doc)


# (RU, KK item, kind ("raw", "product", "waste", "loss"), per cent, density t/m3, code)
LOG_BALANCE = (
    ("Пиловочник хвойный (сырье)", "Қылқан жапырақты бөрене (шикізат)", "raw", 100, 0.75, None),
    ("Пиломатериалы обрезные", "Жиектелген кесілген ағаш материалдары", "product", 56, 0.5, None),
    ("Технологическая щепа (реализуется плитному заводу)", "Технологиялық жаңқа (плита зауытына сатылады)", "product", 9, 0.75, None),
    ("Горбыль и рейка (реализуются населению на дрова)", "Шалғай мен тақтайша (тұрғындарға отынға сатылады)", "waste", 8, 0.75, "03 01 05"),
    ("Опилки", "Үгінділер", "waste", 12, 0.75, "03 01 05"),
    ("Кора", "Қабық", "waste", 9, 0.55, "03 01 01"),
    ("Усушка, распыл и потери при сушке", "Кебу, шашырау және кептіру кезіндегі шығындар", "loss", 6, None, None),
)  # fmt: skip
KIND_WORDS = {"raw": ("сырье", "шикізат"), "product": ("продукция", "өнім"), "waste": ("отход", "қалдық"), "loss": ("потери", "шығын")}
# (code, RU, KK, (low, high) t, RU handling, KK handling)
SAWMILL_OTHER = (
    ("17 04 05", "Лом черных металлов (отработанные ленточные и дисковые пилы)", "Қара металл сынықтары (пайдаланылған таспалы және дискілі аралар)",
     (0.8, 2.5), "сдача в пункт приема металлолома", "металл сынықтарын қабылдау пунктіне тапсыру"),
    ("13 02 05*", "Отработанные моторные масла (погрузчики, лесовозы)", "Пайдаланылған мотор майлары (тиегіштер, ағаш тасығыштар)", (0.6, 2.0),
     "передача специализированной организации", "мамандандырылған ұйымға беру"),
    ("16 01 07*", "Отработанные масляные фильтры", "Пайдаланылған май сүзгілері", (0.05, 0.2), "передача специализированной организации",
     "мамандандырылған ұйымға беру"),
    ("16 06 01*", "Отработанные свинцовые аккумуляторы", "Пайдаланылған қорғасын аккумуляторлары", (0.1, 0.4), "передача специализированной организации",
     "мамандандырылған ұйымға беру"),
    ("15 02 02*", "Промасленная ветошь", "Майланған шүберек", (0.05, 0.3), "передача специализированной организации", "мамандандырылған ұйымға беру"),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", (3, 9), "вывоз на полигон ТБО", "ҚТҚ полигонына шығару"),
)  # fmt: skip


def wastes_jp2(doc: Doc) -> None:
    """A sawmill's programme of waste management working its wood wastes out of the balance of sawing logs: each line of
    the balance with its kind — raw material, product, waste, losses — per cent of the logs, cubic metres, density and
    tonnes, where sawn timber and the chips sold to a board plant are products, shrinkage, kerf and drying losses no waste,
    and only slabs, sawdust and bark (two of them under `03 01 05`) are wastes; the sawmill's other wastes in tonnes in a
    second table (VI: the material balance of peeling acacia logs at a veneer workshop, the cores sold for chips, the bark
    burnt in the boiler, the drying losses, then the workshop's CTNH in kilograms)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_jp2_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    s = doc.pick(SAWMILLS)
    volume = s[11] + r.randint(-40, 40) * 10
    doc.h(g(f"Программа управления отходами на 2026–2035 годы. {s[4]}, {s[0]}", f"{s[5]}, {s[1]}. 2026–2035 жылдарға арналған қалдықтарды басқару бағдарламасы"))
    doc.h(g("3.1. Расчет образования древесных отходов", "3.1. Ағаш қалдықтарының түзілуін есептеу"))
    doc.p(g(f"Расчет выполнен по балансу раскроя пиловочника (годовой объем переработки – {num(volume, 'ru')} м³ в плотной мере) по "
            "фактическим выходам продукции за 2023–2025 годы.",
            f"Есеп бөренені кесу балансы бойынша (жылдық қайта өңдеу көлемі – тығыз өлшеммен {num(volume, 'kk')} м³) 2023–2025 жылдардағы "
            "өнімнің нақты шығымы бойынша орындалды."))
    rows = [g(["№", "Статья баланса", "Вид", "Доля от объема сырья, %", "Объем, м³/год", "Плотность, т/м³", "Масса, т/год", "Код отхода"],
              ["№", "Баланс бабы", "Түрі", "Шикізат көлеміндегі үлесі, %", "Көлемі, м³/жыл", "Тығыздығы, т/м³", "Массасы, т/жыл", "Қалдық коды"])]
    for k, (n_ru, n_kk, kind, share, rho, code) in enumerate(LOG_BALANCE, 1):
        vol = round(volume * share / 100)
        mass = round(vol * rho, 1) if rho else None
        name = (n_ru, n_kk)[L]
        rows.append([str(k), name, KIND_WORDS[kind][L], num(share, doc.lang), num(vol, doc.lang), num(rho, doc.lang) if rho else "–",
                     num(mass, doc.lang) if mass else "–", code or "–"])
        if kind == "waste":
            doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": False, "amount_t": mass, "name_contains": _words(name.split(" (")[0], 3)})
    doc.table(g("Таблица 3.1 – Баланс раскроя пиловочника", "3.1-кесте – Бөренені кесу балансы"), rows, role="wastes")
    rows = [g(["№", "Код", "Наименование отхода", "Норматив образования, т/год", "Способ обращения"],
              ["№", "Коды", "Қалдықтың атауы", "Түзілу нормативі, т/жыл", "Қалдықпен жұмыс істеу тәсілі"])]
    for k, (code, n_ru, n_kk, (lo, hi), h_ru, h_kk) in enumerate(SAWMILL_OTHER, 1):
        amount = _t(r.uniform(lo, hi))
        name = (n_ru, n_kk)[L]
        rows.append([str(k), code, name, num(amount, doc.lang), (h_ru, h_kk)[L]])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": amount,
                           "name_contains": _words(name.split(" (")[0], 3)})
    doc.table(g("Таблица 3.2 – Прочие отходы лесопильного цеха", "3.2-кесте – Ағаш тілу цехының өзге қалдықтары"), rows, role="wastes")
    maybe_distractor(doc)


# (VI item, kind, per cent, density t/m3)
VN_PEEL = (
    ("Gỗ keo tròn (nguyên liệu đầu vào)", "Nguyên liệu", 100, 0.8),
    ("Ván bóc khô (sản phẩm)", "Sản phẩm", 52, 0.55),
    ("Lõi gỗ (bán cho nhà máy dăm)", "Sản phẩm phụ", 14, 0.8),
    ("Vỏ cây (làm nhiên liệu lò hơi)", "Chất thải rắn thông thường", 10, 0.6),
    ("Ván bóc vụn, dập rách", "Chất thải rắn thông thường", 12, 0.8),
    ("Mùn, đầu mẩu cắt khúc", "Chất thải rắn thông thường", 4, 0.8),
    ("Hao hụt do sấy (thoát ẩm)", "Hao hụt", 8, None),
)
VN_PEEL_CTNH = (("Chất kết dính thải có dung môi hữu cơ (cặn keo UF)", "08 03 01", (120, 400)),
                ("Giẻ lau, găng tay dính dầu mỡ", "18 02 01", (60, 200)),
                ("Dầu động cơ, hộp số và bôi trơn tổng hợp thải (máy bóc, máy sấy)", "17 02 03", (80, 260)),
                ("Bóng đèn huỳnh quang thải", "16 01 06", (5, 25)),
                ("Bao bì cứng thải bằng nhựa (can đựng hóa chất)", "18 01 03", (40, 150)))


def _wastes_jp2_vi(doc: Doc) -> None:
    r = doc.rng
    company = doc.pick(VN_PLY_COMPANIES)
    volume = r.randint(180, 260) * 250
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – XƯỞNG BÓC, SẤY VÁN BÓC ĐỒNG BÀI ({company.upper()})")
    doc.h("1.4. Cân bằng vật liệu và chất thải rắn phát sinh")
    doc.p(f"Công suất tiêu thụ gỗ keo tròn: {num(volume, 'vi')} m³/năm. Tỷ lệ theo số liệu vận hành thực tế năm 2024 – 2025.")
    rows = [["TT", "Hạng mục", "Phân loại", "Tỷ lệ (%)", "Khối lượng (m³/năm)", "Khối lượng riêng (tấn/m³)", "Khối lượng (tấn/năm)"]]
    for k, (name, kind, share, rho) in enumerate(VN_PEEL, 1):
        vol = round(volume * share / 100)
        mass = round(vol * rho, 1) if rho else None
        rows.append([str(k), name, kind, num(share, "vi"), num(vol, "vi"), num(rho, "vi") if rho else "-", num(mass, "vi") if mass else "-"])
        if kind == "Chất thải rắn thông thường":
            doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": mass, "name_contains": _words(name.split(" (")[0], 3)})
    doc.table("Bảng 1.6. Cân bằng vật liệu gỗ của xưởng bóc", rows, role="wastes")
    rows = [["TT", "Tên chất thải", "Mã CTNH", "Khối lượng (kg/năm)"]]
    for k, (name, code, (lo, hi)) in enumerate(VN_PEEL_CTNH, 1):
        kg = float(r.randint(lo, hi))
        rows.append([str(k), name, code, num(kg, "vi")])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000, "name_contains": _words(name, 4)})
    doc.table("Bảng 1.7. Chất thải nguy hại phát sinh", rows, role="wastes")
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

TVOC = ("Летучие органические соединения (сумма, по углероду)", "Ұшпа органикалық қосылыстар (қосынды, көміртек бойынша)")
# (number, RU, KK, O2 of reference or None, [(code or None for TVOC, КЭР norm mg/Nm3, BAT range)])
STACK_NORMS = (
    ("0102", "Сушильная труба волокна МДФ", "МДФ талшығын кептіру құбыры", 18, [("2936", 20, (3, 30)), ("1325", 15, (5, 15)), (None, 150, (20, 200))]),
    ("0103", "Вытяжка пресса непрерывного действия", "Үздіксіз әрекет ететін престің сорғышы", None,
     [("1325", 10, (2, 15)), ("2936", 15, (3, 15)), (None, 80, (10, 100))]),
    ("0104", "Шлифовальная линия МДФ (рукавный фильтр)", "МДФ тегістеу желісі (жеңді сүзгі)", None, [("2936", 5, (3, 5))]),
    ("0201", "Барабанная сушилка стружки", "Жаңқаны кептіретін барабанды кептіргіш", 18, [("2936", 30, (3, 30)), ("1325", 15, (5, 15)), (None, 200, (20, 200))]),
    ("0401", "Термомасляный котел энергоцентра", "Энергия орталығының термомай қазандығы", 6,
     [("0301", 300, (120, 300)), ("0337", 250, (50, 300)), ("2902", 20, (2, 20))]),
)  # fmt: skip


def limits_jp1(doc: Doc) -> None:
    """An accredited laboratory's protocol at an MDF and particleboard plant's stacks: each source's number, name and
    oxygen of reference merged down over its substances, the measured concentration, the КЭР's technological norm and,
    for reference only, the range of emission levels associated with the BAT (`3–30`), which is no norm of the plant, a
    conclusion column; the volatile organic compounds as a sum by carbon with no code (VI: a plywood plant's stacks as
    column pairs `Kết quả | Cmax` under each stack with its Kp, QCVN 19:2009/BTNMT column B for dust and gases with Kp
    differing by the stack's flow and Kv = 1,0 of an industrial park, formaldehyde and methanol against QCVN 20:2009/BTNMT
    with no column, the standard of each row in the last column)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_jp1_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    op = doc.pick(PANEL_OPERATORS)[L]
    doc.h(g(f"Протокол инструментальных измерений выбросов № {r.randint(100, 480)}/25 от {r.randint(1, 28):02d}.09.2025",
            f"2025 жылғы {r.randint(1, 28):02d}.09. № {r.randint(100, 480)}/25 шығарындыларды аспаптық өлшеу хаттамасы"))
    doc.p(g(f"Заказчик: {op} (завод плит МДФ и ДСП). Исполнитель: испытательная лаборатория ТОО «Шығыс ЭкоТест», аттестат аккредитации "
            "KZ.T.16.0987. Концентрации приведены к нормальным условиям (273 К, 101,3 кПа, сухой газ) и указанному содержанию кислорода.",
            f"Тапсырыс беруші: {op} (МДФ және АЖП плиталары зауыты). Орындаушы: «Шығыс ЭкоТест» ЖШС сынақ зертханасы, аккредиттеу аттестаты "
            "KZ.T.16.0987. Концентрациялар қалыпты жағдайларға (273 К, 101,3 кПа, құрғақ газ) және көрсетілген оттегі құрамына келтірілген."))
    rows = [g(["№ ИЗА", "Источник выброса", "Приведено к O2, %", "Загрязняющее вещество", "Результат измерения, мг/Нм³",
               "Технологический норматив (КЭР), мг/Нм³", "Уровень эмиссий, связанный с НДТ (справочно), мг/Нм³", "Вывод"],
              ["ЛШК №", "Шығарынды көзі", "O2-ге келтірілген, %", "Ластаушы зат", "Өлшеу нәтижесі, мг/Нм³", "Технологиялық норматив (КЭР), мг/Нм³",
               "ЕҚТ-мен байланысты эмиссия деңгейі (анықтама үшін), мг/Нм³", "Қорытынды"])]
    merges = []
    ok = g("соответствует", "сәйкес")
    for number, s_ru, s_kk, o2, items in STACK_NORMS:
        start = len(rows)
        for j, (code, norm, (lo, hi)) in enumerate(items):
            v = _sig(norm * r.uniform(0.3, 0.92), 3)
            rows.append([number if j == 0 else None, (s_ru, s_kk)[L] if j == 0 else None,
                         (str(o2) if o2 else g("фактическое", "нақты")) if j == 0 else None,
                         f"{code} – {_air(doc, code)}" if code else TVOC[L], num(v, doc.lang), num(norm, doc.lang),
                         f"{num(lo, doc.lang)}–{num(hi, doc.lang)}", ok])
            if code:
                add(doc, limit(("code", code), "flue_gas", norm, "mg/Nm3", None, number, v))
            else:
                doc.add("limits", {"medium": "flue_gas", "unit": "mg/Nm3", "column": None, "point": number, "limit": float(norm),
                                   "limit_min": None, "limit_max": None, "value": v})
        if len(items) > 1:
            merges += [(start, k, len(rows) - 1, k) for k in range(3)]
    doc.table(g("Таблица 1 – Результаты измерений на источниках выбросов", "1-кесте – Шығарынды көздеріндегі өлшеу нәтижелері"), rows, merges, role="limits")
    doc.add("sources", *({"number": s[0], "type": "organized"} for s in STACK_NORMS))
    doc.p(g("Уровни эмиссий, связанные с НДТ, приведены по Решению Комиссии (ЕС) 2015/2119 для сведения и нормативами предприятия не являются.",
            "ЕҚТ-мен байланысты эмиссия деңгейлері Комиссияның (ЕО) 2015/2119 шешімі бойынша мәлімет үшін келтірілген және кәсіпорынның "
            "нормативтері болып табылмайды."))
    maybe_distractor(doc)


# (point, VI stack, flow Nm3/h, Kp, {code: (low, high) share of Cmax})
VN_PLY_POINTS = (
    ("KT1", "Ống khói lò hơi", 26400, 0.9, ("2902", "0337", "0330", "0301")),
    ("KT2", "Ống thải buồng sấy ván bóc", 17800, 1.0, ("2902", "1325")),
    ("KT3", "Ống thải khu ép nóng", 23100, 0.9, ("1325", "1052", "2902")),
    ("KT4", "Ống thải lọc bụi xưởng chà nhám", 31500, 0.9, ("2902",)),
)
# code: (VI label, C, QCVN 19 column B?)
VN_STACK_C = {"2902": ("Bụi tổng", 200, True), "0337": ("CO", 1000, True), "0330": ("SO2", 500, True), "0301": ("NOx (tính theo NO2)", 850, True),
              "1325": ("Formaldehyt", 20, False), "1052": ("Metanol", 260, False)}


def _limits_jp1_vi(doc: Doc) -> None:
    r = doc.rng
    company = doc.pick(VN_PLY_COMPANIES)
    kv = 1.0
    doc.h(f"KẾT QUẢ QUAN TRẮC KHÍ THẢI ĐỊNH KỲ QUÝ {doc.pick(('II', 'III'))} NĂM 2025 – NHÀ MÁY VÁN ÉP LONG BÌNH AN")
    doc.p(f"Chủ cơ sở: {company}. Cmax = C × Kp × Kv theo QCVN 19:2009/BTNMT cột B; Kv = 1,0 (cơ sở nằm trong khu công nghiệp); Kp = 1,0 với "
          "lưu lượng đến 20.000 m³/h và 0,9 với lưu lượng trên 20.000 đến 100.000 m³/h. Formaldehyt và metanol so sánh với QCVN 20:2009/BTNMT.")
    head0 = ["TT", "Thông số", "Đơn vị"]
    head1 = [None, None, None]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2)]
    for k, (pid, name, flow, kp, _) in enumerate(VN_PLY_POINTS):
        head0 += [f"{pid} – {name} (Q = {num(flow, 'vi')} m³/h; Kp = {f'{kp:.1f}'.replace('.', ',')})", None]
        head1 += ["Kết quả", "Cmax"]
        merges.append((0, 3 + 2 * k, 0, 4 + 2 * k))
    head0.append("Quy chuẩn áp dụng")
    head1.append(None)
    merges.append((0, 3 + 2 * len(VN_PLY_POINTS), 1, 3 + 2 * len(VN_PLY_POINTS)))
    rows = [head0, head1]
    for n, (code, (label, c, qcvn19)) in enumerate(VN_STACK_C.items(), 1):
        line = [str(n), label, "mg/Nm³"]
        for pid, _, _, kp, codes in VN_PLY_POINTS:
            if code not in codes:
                line += ["-", "-"]
                continue
            cmax = _sig(c * kp * kv, 6) if qcvn19 else float(c)
            v = _sig(cmax * r.uniform(0.12, 0.8), 3)
            line += [num(v, "vi"), num(cmax, "vi")]
            add(doc, limit(("code", code), "flue_gas", cmax, "mg/Nm3", "B" if qcvn19 else None, pid, v))
        line.append("QCVN 19:2009/BTNMT, cột B" if qcvn19 else "QCVN 20:2009/BTNMT")
        rows.append(line)
    doc.table("Bảng 2. Kết quả phân tích mẫu khí thải", rows, merges, role="limits")
    doc.p("Nhận xét: tất cả các thông số tại các vị trí quan trắc đều nằm trong giới hạn cho phép.")
    maybe_distractor(doc)


RIVERS = {"Үлбі": ("р. Ульба", "Үлбі өзені"), "Бұқтырма": ("р. Бухтарма", "Бұқтырма өзені"), "Нарын": ("р. Нарын", "Нарын өзені")}
# (symbol, unit kind, discharge ДК or None, fishery ПДК: a figure, a range, words or None)
RUNOFF = (
    ("pH", None, (6.5, 8.5), (6.5, 8.5)),
    ("TSS", "mg", 20, "фон + 0,25"),
    ("BOD5", "mg", 15, 2.1),
    ("COD", "mg", 30, None),
    ("TPH", "mg", 0.3, 0.05),
    ("Phenols", "mg", None, 0.001),
    ("Fe", "mg", 0.3, 0.1),
)


def limits_jp2(doc: Doc) -> None:
    """A protocol of a sawmill's log-yard storm water and of the river it flows to in one table: the parameters as rows,
    three points as columns — the background section 500 m upstream `Т-1`, the outlet after the settling pond `ВЫП-1`, the
    control section 500 m downstream `Т-2` — then the allowed concentration of the outlet from the permit and the fishery
    ПДК of the river, the first judging the outlet and the second the river's sections; the suspended solids' fishery norm
    written `фон + 0,25`, which gives no limit, phenols without an allowed concentration at the outlet and COD without a
    fishery ПДК (VI: ambient air at a wood-chip terminal in a dry-season and a rainy-season round as sub-columns under each
    parameter, QCVN 05:2023/BTNMT's hourly values in the last row merged over both rounds, PM10 with no hourly value, noise
    with QCVN 26:2010/BTNMT and no key)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_jp2_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    s = doc.pick(SAWMILLS)
    river = RIVERS[s[2]][L]
    doc.h(g(f"Протокол испытаний № {r.randint(30, 260)}-В от {r.randint(1, 28):02d}.{doc.pick(('05', '07', '09'))}.2025. Ливневые стоки биржи сырья и "
            f"поверхностные воды ({river})",
            f"2025 ж. {r.randint(1, 28):02d}.{doc.pick(('05', '07', '09'))}. № {r.randint(30, 260)}-В сынақ хаттамасы. Шикізат биржасының нөсер "
            f"ағындары және жерүсті сулары ({river})"))
    doc.p(g(f"Объект: {s[0]}, {s[4]}. Ливневые стоки с территории биржи круглых лесоматериалов после отстойника сбрасываются в {river} "
            "(выпуск ВЫП-1). Допустимые концентрации на выпуске установлены разрешением на эмиссии; в фоновом и контрольном створах "
            "результаты сравниваются с ПДК для водных объектов рыбохозяйственного значения.",
            f"Объект: {s[1]}, {s[5]}. Дөңгелек ағаш биржасы аумағынан тұндырғыштан кейінгі нөсер ағындары {river.replace('өзені', 'өзеніне')} "
            "төгіледі (ВЫП-1 шығарындысы). Шығарындыдағы рұқсат етілген концентрациялар эмиссияларға рұқсатпен белгіленген; фондық және "
            "бақылау тұстамаларындағы нәтижелер балық шаруашылығы маңызы бар су объектілеріне арналған ШЖК-мен салыстырылады."))
    points = (("Т-1", g("Т-1 – фоновый створ, 500 м выше выпуска", "Т-1 – фондық тұстама, шығарындыдан 500 м жоғары")),
              ("ВЫП-1", g("ВЫП-1 – выпуск ливневых стоков после отстойника", "ВЫП-1 – тұндырғыштан кейінгі нөсер ағындарының шығарындысы")),
              ("Т-2", g("Т-2 – контрольный створ, 500 м ниже выпуска", "Т-2 – бақылау тұстамасы, шығарындыдан 500 м төмен")))
    rows = [g(["Показатель", "Ед. изм.", *(p[1] for p in points), "ДК на выпуске (разрешение на эмиссии)", "ПДК рыбохозяйственная"],
              ["Көрсеткіш", "Өлш. бірл.", *(p[1] for p in points), "Шығарындыдағы жол берілетін концентрация (эмиссияларға рұқсат)", "Балық шаруашылығы ШЖК"])]
    for symbol, unit_kind, dk, pdk in RUNOFF:
        unit_cell = g("мг/дм³", "мг/дм³") if unit_kind else g("ед. pH", "pH бірл.")
        line = [vocab.water(symbol, doc.lang), unit_cell]
        for pid, _ in points:
            if symbol == "pH":
                v = round(r.uniform(6.9, 8.1), 1)
            else:
                ref = dk if pid == "ВЫП-1" else pdk
                if not isinstance(ref, (int, float)):
                    ref = 0.05 if pid == "ВЫП-1" else dk * 0.2
                if symbol == "TSS" and pid != "ВЫП-1":
                    v = round(r.uniform(3, 9), 1)
                else:
                    v = _sig(ref * r.uniform(0.2, 0.85), 2)
            line.append(num(v, doc.lang))
            if pid == "ВЫП-1":
                if dk is not None:
                    add(doc, limit(("symbol", symbol), "waste_water", dk, "mg/l", None, pid, v))
            elif isinstance(pdk, (int, float, tuple)):
                add(doc, limit(("symbol", symbol), "water", pdk, "mg/l", None, pid, v))
        dk_cell = "–" if dk is None else (f"{num(dk[0], doc.lang)}–{num(dk[1], doc.lang)}" if isinstance(dk, tuple) else num(dk, doc.lang))
        if pdk is None:
            pdk_cell = "–"
        elif isinstance(pdk, str):
            pdk_cell = pdk
        else:
            pdk_cell = f"{num(pdk[0], doc.lang)}–{num(pdk[1], doc.lang)}" if isinstance(pdk, tuple) else num(pdk, doc.lang)
        rows.append(line + [dk_cell, pdk_cell])
    doc.table(g("Таблица 1 – Результаты количественного химического анализа", "1-кесте – Сандық химиялық талдау нәтижелері"), rows, role="limits")
    doc.p(g("Примечание: для взвешенных веществ рыбохозяйственная ПДК устанавливается как увеличение содержания по сравнению с фоном не более "
            "чем на 0,25 мг/дм³.",
            "Ескерту: қалқыма заттар үшін балық шаруашылығы ШЖК олардың мөлшерінің фонмен салыстырғанда 0,25 мг/дм³-ден аспайтын артуы ретінде "
            "белгіленеді."))
    maybe_distractor(doc)


# (point, VI place)
VN_CHIP_POINTS = (("KK1", "Bãi chứa dăm, cuối hướng gió chủ đạo"), ("KK2", "Cầu cảng, trong thời gian bốc xếp dăm lên tàu"),
                  ("KK3", "Cổng ra vào cảng"), ("KK4", "Khu dân cư gần nhất, cách ranh giới cảng 500 m"))
# (code or None, VI label, QCVN 05:2023 hourly µg/m3 or None, (low, high) µg/m3)
VN_CHIP_PARAMS = (("2902", "Tổng bụi lơ lửng (TSP)", 300, (80, 280)), ("0008", "Bụi PM10", None, (40, 140)), ("0330", "SO2", 350, (10, 60)),
                  ("0301", "NO2", 200, (12, 70)), ("0337", "CO", 30000, (1500, 6000)))


def _limits_jp2_vi(doc: Doc) -> None:
    r = doc.rng
    company = doc.pick(("Công ty Cổ phần Dăm gỗ Xuất khẩu Nhơn Hội", "Công ty TNHH Cảng Dăm Gỗ Phương Mai"))
    doc.h(f"KẾT QUẢ QUAN TRẮC MÔI TRƯỜNG KHÔNG KHÍ XUNG QUANH NĂM 2025 – {company.upper()}")
    doc.p("Đợt 1 lấy mẫu ngày 18/3/2025 (mùa khô), đợt 2 ngày 21/10/2025 (mùa mưa); mỗi mẫu lấy trung bình 1 giờ.")
    head0, head1 = ["Vị trí quan trắc"], [None]
    merges = [(0, 0, 1, 0)]
    for k, (_, label, _, _) in enumerate(VN_CHIP_PARAMS):
        head0 += [f"{label} (µg/m³)", None]
        head1 += ["Đợt 1", "Đợt 2"]
        merges.append((0, 1 + 2 * k, 0, 2 + 2 * k))
    noise = 1 + 2 * len(VN_CHIP_PARAMS)
    head0 += ["Tiếng ồn (dBA)", None]
    head1 += ["Đợt 1", "Đợt 2"]
    merges.append((0, noise, 0, noise + 1))
    rows = [head0, head1]
    for pid, place in VN_CHIP_POINTS:
        line = [f"{pid} – {place}"]
        for code, _, lim, (lo, hi) in VN_CHIP_PARAMS:
            for _round in (1, 2):
                v = float(round(r.uniform(lo, hi), -1)) if code == "0337" else float(r.randint(int(lo), int(hi)))
                line.append(num(v, "vi"))
                if lim is not None:
                    add(doc, limit(("code", code), "air", lim, "ug/m3", None, pid, v))
        line += [num(round(r.uniform(55, 69), 1), "vi"), num(round(r.uniform(52, 68), 1), "vi")]
        rows.append(line)
    last = ["QCVN 05:2023/BTNMT (trung bình 1 giờ); QCVN 26:2010/BTNMT"]
    for _, _, lim, _ in VN_CHIP_PARAMS:
        last += [num(lim, "vi") if lim else "-", None]
    last += ["70", None]
    rows.append(last)
    base = len(rows) - 1
    merges += [(base, 1 + 2 * k, base, 2 + 2 * k) for k in range(len(VN_CHIP_PARAMS) + 1)]
    doc.table("Bảng 3. Kết quả quan trắc không khí xung quanh", rows, merges, role="limits")
    doc.p("Ghi chú: QCVN 05:2023/BTNMT không quy định giá trị trung bình 1 giờ đối với bụi PM10; kết quả PM10 dùng để theo dõi.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring

CONT = ("непрерывно (АСМ)", "үздіксіз (АМЖ)")
# (number, RU, KK, [(code, frequency, method)]) — method: i instrumental, a automated, c calculation
PANEL_PLAN = (
    ("0101", "Рубительная машина и сортировка щепы", "Жаңқалау машинасы және жаңқаны сұрыптау", [("2936", "quarterly", "i")]),
    ("0102", "Сушильная труба волокна МДФ", "МДФ талшығын кептіру құбыры",
     [("2936", "quarterly", "i"), ("1325", "monthly", "i"), ("1052", "quarterly", "i"), ("0301", "quarterly", "i"), ("0337", "quarterly", "i")]),
    ("0103", "Вытяжка пресса непрерывного действия", "Үздіксіз әрекет ететін престің сорғышы",
     [("1325", "monthly", "i"), ("1052", "quarterly", "i"), ("2936", "quarterly", "i")]),
    ("0201", "Барабанная сушилка стружки", "Жаңқаны кептіретін барабанды кептіргіш",
     [("2936", "quarterly", "i"), ("1325", "monthly", "i"), ("0301", "quarterly", "i"), ("0337", "quarterly", "i")]),
    ("0202", "Пресс и веерный охладитель плит ДСП", "АЖП престі және плиталардың желпуішті салқындатқышы", [("1325", "monthly", "i"), ("1052", "quarterly", "i")]),
    ("0301", "Реакторы синтеза смолы КФС", "КФШ шайырын синтездеу реакторлары", [("1325", "quarterly", "i"), ("1052", "quarterly", "i"), ("0303", "quarterly", "i")]),
    ("0401", "Дымовая труба термомасляного котла", "Термомай қазандығының түтін мұржасы",
     [("0301", "continuous", "a"), ("0304", "continuous", "a"), ("0337", "continuous", "a"), ("2902", "continuous", "a"), ("0330", "quarterly", "i"),
      ("0703", "yearly", "i")]),
    ("6001", "Биржа сырья (разгрузка и штабелирование щепы)", "Шикізат биржасы (жаңқаны түсіру және үю)", [("2936", "yearly", "c")]),
)  # fmt: skip
METHOD = {"i": ("инструментальный", "аспаптық"), "a": ("автоматизированная система мониторинга", "автоматтандырылған мониторинг жүйесі"),
          "c": ("расчетный", "есептік")}
WHO = {"i": ("аккредитованная лаборатория по договору", "шарт бойынша аккредиттелген зертхана"), "a": ("служба КИПиА энергоцентра", "энергия орталығының БӨАжА қызметі"),
       "c": ("инженер-эколог", "инженер-эколог")}


def monitoring_jp1(doc: Doc) -> None:
    """An MDF and particleboard plant's ПЭК plan of control at its sources: each source's number and name merged down over
    its substances, a frequency per substance — formaldehyde monthly at the dryers and presses, dust and gases quarterly, the
    energy centre's nitrogen oxides, carbon monoxide and dust continuously by its automated system, its sulphur dioxide
    quarterly and benzo(a)pyrene once a year, the log yard once a year by calculation — the method and who measures in
    columns of their own, then the protection zone's four points in a second table (VI: an export furniture factory's GPMT
    programme, the paint booths' and the sanding shop's stacks semi-annually, the wood-fired boiler and the waste water
    written `Không thuộc đối tượng phải quan trắc` or `Không thực hiện`, a row on wastes without a parameter)."""
    r = doc.rng
    if doc.lang == "vi":
        _monitoring_jp1_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    op = doc.pick(PANEL_OPERATORS)[L]
    doc.h(g(f"Программа производственного экологического контроля {op} (завод плит МДФ и ДСП) на 2026–2028 годы",
            f"{op} (МДФ және АЖП плиталары зауыты) 2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы"))
    doc.h(g("4.1. Мониторинг эмиссий в атмосферный воздух", "4.1. Атмосфералық ауаға эмиссиялар мониторингі"))
    rows = [g(["№ ИЗА", "Наименование источника", "Контролируемое вещество", "Периодичность контроля", "Метод контроля", "Кем осуществляется"],
              ["ЛШК №", "Көздің атауы", "Бақыланатын зат", "Бақылау кезеңділігі", "Бақылау әдісі", "Кім жүзеге асырады"])]
    merges = []
    pairs = []
    said_of = _said(doc)
    for number, s_ru, s_kk, items in PANEL_PLAN:
        start = len(rows)
        for j, (code, word, how) in enumerate(items):
            said = CONT[L] if word == "continuous" else said_of[word]
            rows.append([number if j == 0 else None, (s_ru, s_kk)[L] if j == 0 else None, f"{code} – {_air(doc, code)}", said, METHOD[how][L],
                         WHO[how][L]])
            doc.add("monitoring", {"source_number": number, "code": code, "frequency": word})
            pairs.append((number, code))
        if len(items) > 1:
            merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    doc.table(g("Таблица 4.1 – План-график контроля на источниках выбросов", "4.1-кесте – Шығарынды көздеріндегі бақылау жоспар-кестесі"), rows, merges,
              role="monitoring")
    doc.add("sources", *({"number": n, "type": _kind(n)} for n, *_ in PANEL_PLAN))
    doc.add("emissions", *(emission(c, None, None, n) for n, c in pairs))
    sides = g(("север", "восток", "юг", "запад"), ("солтүстік", "шығыс", "оңтүстік", "батыс"))
    rows = [g(["Точка", "Местоположение", "Определяемые вещества", "Периодичность"], ["Нүкте", "Орналасқан жері", "Анықталатын заттар", "Кезеңділігі"])]
    codes = ("1325", "2936", "0301")
    for k, side in enumerate(sides, 1):
        pid = f"Т-{k}"
        rows.append([pid, g(f"граница СЗЗ (1000 м), {side}", f"СҚА шекарасы (1000 м), {side}"), ", ".join(_air(doc, c) for c in codes), said_of["quarterly"]])
        for c in codes:
            doc.add("monitoring", {"point": pid, "code": c, "frequency": "quarterly"})
    doc.table(g("Таблица 4.2 – Мониторинг воздействия на границе санитарно-защитной зоны", "4.2-кесте – Санитариялық-қорғаныш аймағы шекарасындағы әсер мониторингі"),
              rows, role="monitoring")
    doc.p(g(f"Данные АСМ энергоцентра передаются в информационную систему уполномоченного органа в режиме реального времени; отчеты по ПЭК "
            f"представляются ежеквартально, до {r.choice((10, 15))} числа месяца, следующего за отчетным кварталом.",
            f"Энергия орталығы АМЖ-ның деректері уәкілетті органның ақпараттық жүйесіне нақты уақыт режимінде беріледі; ӨЭБ бойынша есептер "
            f"тоқсан сайын, есепті тоқсаннан кейінгі айдың {r.choice((10, 15))}-на дейін ұсынылады."))
    maybe_distractor(doc)


# (point, VI place, [(kind, key)], frequency or None, VI words when None)
VN_FURN_PLAN = (
    ("KT1", "Ống thải hệ thống xử lý buồng sơn số 1 – 3 (màng nước + than hoạt tính)",
     [("code", "2902"), ("code", "0621"), ("code", "0616"), ("code", "1210")], "semiannual", None),
    ("KT2", "Ống thải hệ thống xử lý buồng sơn số 4 – 6 (màng nước + than hoạt tính)",
     [("code", "2902"), ("code", "0621"), ("code", "0616"), ("code", "1210")], "semiannual", None),
    ("KT3", "Ống thải hệ thống lọc bụi cyclone – túi vải xưởng phay, chà nhám", [("code", "2902")], "semiannual", None),
    ("KT4", "Ống khói lò hơi đốt củi 2 tấn hơi/giờ", [], None,
     "Không thuộc đối tượng phải quan trắc khí thải định kỳ (lưu lượng xả thải dưới ngưỡng quy định)"),
    ("NT1", "Nước thải sinh hoạt sau bể tự hoại", [], None, "Không thực hiện – nước thải đấu nối về hệ thống XLNT tập trung của KCN"),
)  # fmt: skip


def _monitoring_jp1_vi(doc: Doc) -> None:
    company, place = doc.pick(VN_FURN_FACTORIES)
    doc.h(f"CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG CỦA {company.upper()}")
    doc.p(f"(Nội dung tại Phụ lục 3 kèm theo giấy phép môi trường.) Địa chỉ: {place}.")
    rows = [["Ký hiệu", "Vị trí", "Thông số", "Tần suất", "Quy chuẩn so sánh"]]
    merges = []
    said_of = _said(doc)
    for pid, place_vi, items, word, words in VN_FURN_PLAN:
        if word:
            std = "QCVN 19:2009/BTNMT cột B; QCVN 20:2009/BTNMT" if len(items) > 1 else "QCVN 19:2009/BTNMT cột B"
            rows.append([pid, place_vi, ", ".join(VN_LABEL[key] for _, key in items), said_of[word], std])
            for kind, key in items:
                doc.add("monitoring", {"point": pid, kind: key, "frequency": word})
        else:
            rows.append([pid, place_vi, words, None, None])
            merges.append((len(rows) - 1, 2, len(rows) - 1, 4))
    rows.append(["-", "Chất thải rắn công nghiệp thông thường, CTNH", "Khối lượng phát sinh, phân định, lưu giữ, chuyển giao", "Thường xuyên", "-"])
    doc.table("Bảng 1. Chương trình quan trắc môi trường định kỳ", rows, merges, role="monitoring")
    maybe_distractor(doc)


# (clause, RU, KK, [(where kind, where), ...], [(kind, key)], frequency) — where kind: point or source; frequency None: no duty
SAW_CLAUSES = (
    ("4.1", "Отбор проб атмосферного воздуха на границе СЗЗ в точках Т-1 (северо-восток) и Т-2 (юго-запад) с определением пыли древесной, "
     "азота диоксида и углерода оксида – 1 раз в квартал.",
     "СҚА шекарасындағы Т-1 (солтүстік-шығыс) және Т-2 (оңтүстік-батыс) нүктелерінде ағаш шаңын, азот диоксидін және көміртек оксидін "
     "анықтай отырып, атмосфералық ауадан сынама алу – тоқсанына 1 рет.",
     [("point", "Т-1"), ("point", "Т-2")], [("code", "2936"), ("code", "0301"), ("code", "0337")], "quarterly"),
    ("4.2", "Инструментальные замеры на источнике 0001 (дымовая труба котельной на опилках КВ-0,5): азота диоксид, углерод оксид, "
     "взвешенные частицы – 2 раза в год, в отопительный период.",
     "0001 көздегі (үгінділермен жұмыс істейтін КВ-0,5 қазандығының түтін мұржасы) аспаптық өлшеулер: азот диоксиді, көміртек оксиді, "
     "қалқыма бөлшектер – жылына 2 рет, жылыту кезеңінде.",
     [("source", "0001")], [("code", "0301"), ("code", "0337"), ("code", "2902")], "semiannual"),
    ("4.3", "Контроль выбросов пыли древесной на источнике 0002 (циклон ленточнопильного участка) – ежеквартально.",
     "0002 көздегі (таспалы ара учаскесінің циклоны) ағаш шаңы шығарындыларын бақылау – тоқсан сайын.",
     [("source", "0002")], [("code", "2936")], "quarterly"),
    ("4.4", "Контроль качества ливневых стоков биржи сырья на выпуске ВЫП-1 после отстойника: водородный показатель, взвешенные вещества, "
     "ХПК, нефтепродукты – ежемесячно в период с апреля по октябрь.",
     "Шикізат биржасы нөсер ағындарының сапасын тұндырғыштан кейінгі ВЫП-1 шығарындысында бақылау: сутегі көрсеткіші, қалқыма заттар, ОХТ, "
     "мұнай өнімдері – сәуірден қазанға дейінгі кезеңде ай сайын.",
     [("point", "ВЫП-1")], [("symbol", "pH"), ("symbol", "TSS"), ("symbol", "COD"), ("symbol", "TPH")], "monthly"),
    ("4.5", "Отбор проб почвы на площадке временного хранения опилок (точка П-1): нефтепродукты, свинец – 1 раз в год (май).",
     "Үгінділерді уақытша сақтау алаңында (П-1 нүктесі) топырақ сынамаларын алу: мұнай өнімдері, қорғасын – жылына 1 рет (мамыр).",
     [("point", "П-1")], [("symbol", "TPH"), ("symbol", "Pb")], "yearly"),
    ("4.6", "Визуальный осмотр обваловки склада опилок и водоотводных канав биржи – ежедневно, с записью в журнале.",
     "Үгінді қоймасының үйіндісін және биржаның су бұру арықтарын көзбен шолып тексеру – күн сайын, журналға жазу арқылы.", [], [], None),
    ("4.7", "Для оценки фонового загрязнения используются данные стационарного поста наблюдений РГП «Казгидромет»; собственные наблюдения "
     "за фоном не проводятся.",
     "Фондық ластануды бағалау үшін «Қазгидромет» РМК стационарлық бақылау бекетінің деректері пайдаланылады; фонға меншікті бақылау "
     "жүргізілмейді.", [], [], None),
)  # fmt: skip


def monitoring_jp2(doc: Doc) -> None:
    """A sawmill's ПЭК programme whose section on monitoring is a two-column table of numbered clauses `4.1` … `4.7`, each
    clause a sentence naming the points or the source, the substances in words and how often — air at the protection zone's
    two points quarterly, the sawdust-fired boiler twice a year, the band-saw cyclone quarterly, the log yard's storm water
    monthly from April to October, the soil under the sawdust store once a year — then a clause of daily visual checks and
    one on the state network's data that give no duty (VI: a wood-chip terminal's monitoring as clauses, dust at three
    points, the runoff at its outlet to the sea, a daily check of the chips' moisture)."""
    if doc.lang == "vi":
        _monitoring_jp2_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    s = doc.pick(SAWMILLS)
    doc.h(g(f"Программа производственного экологического контроля. {s[0]} ({s[4]})", f"{s[1]} ({s[5]}). Өндірістік экологиялық бақылау бағдарламасы"))
    doc.p(g("Раздел 4. Мониторинг воздействия и мониторинг эмиссий. Требования программы изложены по пунктам; исполнитель отбора проб и "
            "анализов – аккредитованная лаборатория по договору.",
            "4-бөлім. Әсер мониторингі және эмиссиялар мониторингі. Бағдарлама талаптары тармақтар бойынша баяндалған; сынама алу мен "
            "талдауларды шарт бойынша аккредиттелген зертхана орындайды."))
    rows = [g(["Пункт", "Содержание требования"], ["Тармақ", "Талаптың мазмұны"])]
    sources, pairs = [], []
    for clause, t_ru, t_kk, where, items, word in SAW_CLAUSES:
        rows.append([clause, (t_ru, t_kk)[L]])
        if word is None:
            continue
        for wk, w in where:
            for kind, key in items:
                if wk == "source":
                    doc.add("monitoring", {"source_number": w, kind: key, "frequency": word})
                    pairs.append((w, key))
                else:
                    doc.add("monitoring", {"point": w, kind: key, "frequency": word})
            if wk == "source":
                sources.append(w)
    doc.table(g("Таблица 4 – Требования к мониторингу", "4-кесте – Мониторингке қойылатын талаптар"), rows, role="monitoring")
    doc.add("sources", *({"number": n, "type": "organized"} for n in sources))
    doc.add("emissions", *(emission(c, None, None, n) for n, c in pairs))
    maybe_distractor(doc)


VN_CHIP_CLAUSES = (
    ("1", "Quan trắc tổng bụi lơ lửng (TSP) và bụi PM10 trong không khí xung quanh tại 03 vị trí: KK1 (bãi chứa dăm), KK2 (cầu cảng) và KK3 "
     "(khu dân cư gần nhất), tần suất 03 tháng/lần.", ["KK1", "KK2", "KK3"], [("code", "2902"), ("code", "0008")], "quarterly"),
    ("2", "Quan trắc nước mưa chảy tràn tại cửa xả NM1 trước khi thoát ra biển với các thông số pH, TSS, BOD5, COD, tần suất 06 tháng/lần.",
     ["NM1"], [("symbol", "pH"), ("symbol", "TSS"), ("symbol", "BOD5"), ("symbol", "COD")], "semiannual"),
    ("3", "Kiểm tra độ ẩm dăm gỗ và chiều cao đống dăm hằng ngày, ghi vào sổ theo dõi của bãi.", [], [], None),
    ("4", "Cơ sở không thuộc đối tượng phải quan trắc bụi, khí thải tự động, liên tục.", [], [], None),
)


def _monitoring_jp2_vi(doc: Doc) -> None:
    company = doc.pick(("Công ty Cổ phần Dăm gỗ Xuất khẩu Nhơn Hội", "Công ty TNHH Cảng Dăm Gỗ Phương Mai"))
    doc.h(f"KẾ HOẠCH QUAN TRẮC MÔI TRƯỜNG NĂM 2026 – {company.upper()}")
    doc.p("Các nội dung quan trắc được thực hiện bởi đơn vị có Giấy chứng nhận đủ điều kiện hoạt động dịch vụ quan trắc môi trường.")
    rows = [["Mục", "Nội dung"]]
    for clause, text, points, items, word in VN_CHIP_CLAUSES:
        rows.append([clause, text])
        if word:
            for p in points:
                for kind, key in items:
                    doc.add("monitoring", {"point": p, kind: key, "frequency": word})
    doc.table("Bảng 1. Nội dung quan trắc môi trường", rows, role="monitoring")
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

LEVELS = (("I уровень – оперативный контроль (начальник смены)", "I деңгей – жедел бақылау (ауысым бастығы)", "начальник смены", "ауысым бастығы"),
          ("II уровень – целевая проверка (инженер-эколог)", "II деңгей – мақсатты тексеру (инженер-эколог)", "инженер-эколог", "инженер-эколог"),
          ("III уровень – комплексная проверка (комиссия под председательством главного инженера)",
           "III деңгей – кешенді тексеру (бас инженер төрағалық ететін комиссия)", "главного инженера", "бас инженер"))
# (RU object, KK object, [three cells: frequency word, None for a dash, or (RU, KK) words without a frequency])
LEVEL_OBJECTS = (
    ("Смоляной цех и склад формалина (реакторы, резервуары, поддоны)", "Шайыр цехы және формалин қоймасы (реакторлар, резервуарлар, табандықтар)",
     ["daily", "monthly", "yearly"]),
    ("Энергоцентр: термомасляный котел, золоудаление, АСМ", "Энергия орталығы: термомай қазандығы, күл шығару, АМЖ", ["daily", "monthly", "yearly"]),
    ("Сушилки волокна и стружки, циклоны, скрубберы", "Талшық пен жаңқа кептіргіштері, циклондар, скрубберлер",
     ["daily", ("после каждой очистки циклонов", "циклондарды әр тазалағаннан кейін"), "yearly"]),
    ("Рукавные фильтры шлифовальных линий", "Тегістеу желілерінің жеңді сүзгілері", ["weekly", "quarterly", "yearly"]),
    ("Биржа сырья, склад коры и топливной щепы", "Шикізат биржасы, қабық пен отын жаңқасының қоймасы", ["daily", "monthly", "semiannual"]),
    ("Площадка временного хранения отходов", "Қалдықтарды уақытша сақтау алаңы", ["weekly", "quarterly", "yearly"]),
    ("Локальные очистные сооружения ливневых стоков", "Нөсер ағындарының жергілікті тазарту құрылыстары", [None, "monthly", "yearly"]),
)  # fmt: skip


def inspections_jp1(doc: Doc) -> None:
    """An MDF and particleboard plant's regulation of production environmental control with its annex of the three levels of
    internal control as columns over the objects — operational control by the shift's head, the environmental engineer's
    targeted check, the complex check of a commission chaired by the chief engineer — who checks named only in the column's
    header, each cell a frequency, a dash or `после каждой очистки циклонов` that is no frequency (VI: a plywood plant's
    self-inspection rules with `Cấp 1 – hằng ca (Trưởng ca)`, `Cấp 2 – định kỳ (Phòng An toàn – Môi trường)` and `Cấp 3 – tổng
    thể (Ban Giám đốc)`, a check after each change of filter bags)."""
    if doc.lang == "vi":
        _inspections_jp1_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    op = doc.pick(PANEL_OPERATORS)[L]
    doc.h(g(f"Положение о производственном экологическом контроле {op}. Приложение 3. Уровни внутреннего контроля",
            f"{op} өндірістік экологиялық бақылау туралы ереже. 3-қосымша. Ішкі бақылау деңгейлері"))
    doc.p(g("Результаты контроля I уровня записываются в сменный журнал, II и III уровней – оформляются актом с перечнем выявленных нарушений и "
            "сроками их устранения.",
            "I деңгейдегі бақылау нәтижелері ауысым журналына жазылады, II және III деңгейлердікі – анықталған бұзушылықтар тізбесі және оларды "
            "жою мерзімдері көрсетілген актімен ресімделеді."))
    rows = [[g("№", "№"), g("Объект контроля", "Бақылау объектісі"), *(lv[L] for lv in LEVELS)]]
    said_of = _said(doc)
    for k, (o_ru, o_kk, cells) in enumerate(LEVEL_OBJECTS, 1):
        obj = (o_ru, o_kk)[L]
        line = [str(k), obj]
        for lv, cell in zip(LEVELS, cells, strict=True):
            if cell is None:
                line.append("—")
                continue
            item = {"kind": "inspection", "text_contains": _words(obj.split(" (")[0].split(":")[0], 3), "actor_contains": lv[2 + L]}
            if isinstance(cell, tuple):
                line.append(cell[L])
            else:
                line.append(said_of[cell])
                item["frequency"] = cell
            doc.add("obligations", item)
        rows.append(line)
    doc.table(g("Таблица – Периодичность внутреннего контроля по уровням", "Кесте – Деңгейлер бойынша ішкі бақылаудың кезеңділігі"), rows, role="inspections")
    distractor(doc, "approval")


VN_LEVELS = (("Cấp 1 – Kiểm tra hằng ca (Trưởng ca)", "Trưởng ca"), ("Cấp 2 – Kiểm tra định kỳ (Phòng An toàn – Môi trường)", "Phòng An toàn – Môi trường"),
             ("Cấp 3 – Kiểm tra tổng thể (Ban Giám đốc)", "Ban Giám đốc"))
VN_LEVEL_OBJECTS = (
    ("Lò hơi và hệ thống xử lý khí thải lò hơi", ["daily", "monthly", "semiannual"]),
    ("Khu pha keo, bồn chứa keo UF", ["daily", "monthly", "yearly"]),
    ("Máy ép nóng, chụp hút và tháp rửa khí", ["daily", "quarterly", "yearly"]),
    ("Hệ thống lọc bụi túi vải xưởng chà nhám", ["weekly", "Sau mỗi lần thay túi lọc", "yearly"]),
    ("Kho lưu giữ chất thải nguy hại", [None, "monthly", "yearly"]),
    ("Bãi gỗ tròn, bãi vỏ cây", ["daily", "quarterly", None]),
)


def _inspections_jp1_vi(doc: Doc) -> None:
    company = doc.pick(VN_PLY_COMPANIES)
    doc.h(f"QUY CHẾ TỰ KIỂM TRA CÔNG TÁC BẢO VỆ MÔI TRƯỜNG – {company.upper()}")
    doc.p("Phụ lục 2. Phân cấp và tần suất tự kiểm tra tại Nhà máy sản xuất ván ép Long Bình An.")
    rows = [["TT", "Đối tượng kiểm tra", *(lv[0] for lv in VN_LEVELS)]]
    said_of = _said(doc)
    for k, (obj, cells) in enumerate(VN_LEVEL_OBJECTS, 1):
        line = [str(k), obj]
        for (_, who), cell in zip(VN_LEVELS, cells, strict=True):
            if cell is None:
                line.append("-")
                continue
            item = {"kind": "inspection", "text_contains": _words(obj, 4), "actor_contains": who}
            if cell in said_of:
                line.append(said_of[cell])
                item["frequency"] = cell
            else:
                line.append(cell)
            doc.add("obligations", item)
        rows.append(line)
    doc.table("Bảng phân cấp kiểm tra", rows, role="inspections")
    maybe_distractor(doc)


# ((RU section, KK section), [(RU check, KK check, RU criterion, KK criterion, frequency or None, RU said, KK said, RU who, KK who)])
BOOTH_CHECKS = (
    (("Окрасочные и лакировочные камеры № 1–4 (гидрофильтры)", "№ 1–4 бояу және лактау камералары (гидросүзгілер)"), [
        ("Уровень воды в ванне гидрофильтра", "Гидросүзгі ваннасындағы су деңгейі", "не ниже 300 мм от кромки перелива", "асып төгілу жиегінен 300 мм-ден төмен емес",
         "daily", "ежедневно перед началом смены", "күн сайын ауысым басталар алдында", "оператор окрасочной камеры", "бояу камерасының операторы"),
        ("Перепад давления на фильтрах вытяжки", "Сорғыш сүзгілеріндегі қысым айырмасы", "не более 250 Па", "250 Па-дан аспауы тиіс",
         "weekly", "еженедельно (пятница)", "апта сайын (жұма)", "мастер участка отделки", "әрлеу учаскесінің шебері"),
        ("Замена воды и удаление шлама из ванны", "Ваннадағы суды ауыстыру және шламды жою", "концентрация коагулянта 0,5–1,0 %",
         "коагулянт концентрациясы 0,5–1,0 %", None, "при каждой смене цвета лака", "лак түсін әр ауыстырған сайын", "мастер участка отделки",
         "әрлеу учаскесінің шебері")]),
    (("Аспирационная система деревообрабатывающего участка (циклон ЦН-15, рукавный фильтр)",
      "Ағаш өңдеу учаскесінің аспирациялық жүйесі (ЦН-15 циклоны, жеңді сүзгі)"), [
        ("Разрежение в воздуховодах у станков", "Станоктар жанындағы ауа өткізгіштердегі сиретілу", "не менее 800 Па", "800 Па-дан кем емес",
         "monthly", "1 раз в месяц", "айына 1 рет", "механик цеха", "цех механигі"),
        ("Целостность рукавов и работа регенерации", "Жеңдердің тұтастығы және регенерацияның жұмысы", "перепад не более 1 500 Па",
         "қысым айырмасы 1 500 Па-дан аспауы тиіс", "weekly", "еженедельно", "апта сайын", "механик цеха", "цех механигі"),
        ("Заполнение бункера циклона", "Циклон бункерінің толуы", "не более 2/3 объема", "көлемнің 2/3 бөлігінен аспауы тиіс", "daily", "ежедневно",
         "күн сайын", "станочник участка", "учаске станокшысы")]),
    (("Сушильные камеры", "Кептіру камералары"), [
        ("Температура и влажность агента сушки", "Кептіру агентінің температурасы мен ылғалдылығы", "по режиму, t не выше 80 °C",
         "режим бойынша, t 80 °C-тан аспайды", "daily", "ежедневно", "күн сайын", "оператор сушильных камер", "кептіру камераларының операторы"),
        ("Герметичность дверей и вентиляционных каналов", "Есіктер мен желдету арналарының саңылаусыздығы", "отсутствие видимых подсосов",
         "көрінетін сорылулардың болмауы", "quarterly", "1 раз в квартал", "тоқсанына 1 рет", "главный механик", "бас механик")]),
    (("Склад лакокрасочных материалов и растворителей", "Лак-бояу материалдары мен еріткіштер қоймасы"), [
        ("Герметичность тары, наличие поддонов", "Ыдыстың саңылаусыздығы, табандықтардың болуы", "объем поддона не менее 110 % наибольшей емкости",
         "табандық көлемі ең үлкен ыдыстың 110 %-ынан кем емес", "weekly", "еженедельно", "апта сайын", "кладовщик склада ЛКМ", "ЛБМ қоймасының қоймашысы"),
        ("Работа приточно-вытяжной вентиляции", "Сорып-үрлеу желдеткішінің жұмысы", "кратность воздухообмена не менее 5 ч⁻¹",
         "ауа алмасу еселігі 5 сағ⁻¹-ден кем емес", "semiannual", "2 раза в год", "жылына 2 рет", "главный механик", "бас механик")]),
)  # fmt: skip


def inspections_jp2(doc: Doc) -> None:
    """A furniture factory's check sheet of the equipment that keeps its emissions down — the lacquering booths' water
    curtains, the dust extraction of the woodworking shop, the drying chambers and the paint store — under rows naming the
    equipment, items `1.1`, each check with a criterion full of figures and units (`не более 250 Па`, `не ниже 300 мм`,
    `концентрация коагулянта 0,5–1,0 %`) that are no limits, the frequency in the factory's words and who checks; the water
    changed at each change of colour without a frequency (VI: a wood-chip terminal's dust-control check sheet by area,
    checks while a ship is loaded and after each ship without a frequency)."""
    if doc.lang == "vi":
        _inspections_jp2_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    f = doc.pick(FURN_FACTORIES)
    doc.h(g(f"Лист контроля природоохранного оборудования мебельной фабрики {f[0]}", f"{f[1]} жиһаз фабрикасының табиғат қорғау жабдығын бақылау парағы"))
    doc.p(g("Утвержден главным инженером. Отклонения от критериев устраняются немедленно с записью в журнале работы оборудования.",
            "Бас инженер бекіткен. Өлшемшарттардан ауытқулар жабдық жұмысы журналына жазыла отырып, дереу жойылады."))
    rows = [g(["№", "Что проверяется", "Критерий", "Периодичность", "Кто проверяет"], ["№", "Не тексеріледі", "Өлшемшарт", "Кезеңділігі", "Кім тексереді"])]
    merges = []
    for s, ((s_ru, s_kk), checks) in enumerate(BOOTH_CHECKS, 1):
        _span(rows, merges, f"{s}. {(s_ru, s_kk)[L]}", 5)
        for k, (c_ru, c_kk, k_ru, k_kk, word, w_ru, w_kk, who_ru, who_kk) in enumerate(checks, 1):
            text, who = (c_ru, c_kk)[L], (who_ru, who_kk)[L]
            rows.append([f"{s}.{k}", text, (k_ru, k_kk)[L], (w_ru, w_kk)[L], who])
            item = {"kind": "inspection", "text_contains": _words(text, 3), "actor_contains": who}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
    doc.table(None, rows, merges, role="inspections")
    maybe_distractor(doc)


# (area, [(check, criterion, frequency or None, said, who)])
VN_CHIP_CHECKS = (
    ("I. BÃI CHỨA DĂM", [
        ("Hệ thống phun sương dập bụi trên đống dăm", "Hoạt động khi độ ẩm dăm dưới 40 %", "daily", "Hằng ngày", "Tổ trưởng bãi"),
        ("Chiều cao và mái dốc đống dăm", "Không quá 25 m; mái dốc không quá 40°", "weekly", "Hằng tuần", "Tổ trưởng bãi")]),
    ("II. BĂNG TẢI, CẦU CẢNG", [
        ("Che chắn băng tải, máng rót dăm xuống hầm tàu", "Bạt che kín, không rơi vãi", None, "Mỗi khi có tàu làm hàng", "Trưởng ca bốc xếp"),
        ("Vệ sinh mặt cầu cảng, thu gom dăm rơi vãi", "Không để dăm trôi xuống biển", None, "Sau mỗi chuyến tàu", "Trưởng ca bốc xếp")]),
    ("III. ĐƯỜNG NỘI BỘ, CỔNG RA VÀO", [
        ("Tưới nước mặt đường nội bộ", "02 lần/ngày vào mùa khô", "daily", "Hằng ngày (tháng 1 – tháng 8)", "Đội vệ sinh"),
        ("Rửa bánh xe tải trước khi ra cổng", "Không mang bùn đất ra đường", "daily", "Hằng ngày", "Bảo vệ cổng")]),
    ("IV. HỆ THỐNG THOÁT NƯỚC MƯA", [
        ("Song chắn rác, hố ga lắng dăm", "Không tắc nghẽn, bùn lắng dưới 1/3 hố", "monthly", "01 tháng/lần", "Phòng Kỹ thuật – Môi trường")]),
)


def _inspections_jp2_vi(doc: Doc) -> None:
    company = doc.pick(("Công ty Cổ phần Dăm gỗ Xuất khẩu Nhơn Hội", "Công ty TNHH Cảng Dăm Gỗ Phương Mai"))
    doc.h(f"BẢNG KIỂM TRA CÔNG TÁC KIỂM SOÁT BỤI TẠI CẢNG – {company.upper()}")
    doc.p("Kết quả kiểm tra được ghi vào sổ và báo cáo Phòng Kỹ thuật – Môi trường vào cuối mỗi tuần.")
    rows = [["TT", "Nội dung kiểm tra", "Tiêu chí", "Tần suất", "Người kiểm tra"]]
    merges = []
    n = 0
    for area, checks in VN_CHIP_CHECKS:
        _span(rows, merges, area, 5)
        for text, crit, word, said, who in checks:
            n += 1
            rows.append([str(n), text, crit, said, who])
            item = {"kind": "inspection", "text_contains": _words(text, 4), "actor_contains": who}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
    doc.table("Bảng kiểm tra", rows, merges, role="inspections")
    maybe_distractor(doc)


# ---------------------------------------------------------------- tasks

# ((RU, KK component), [(RU, KK measure, BAT, RU, KK before/after, RU, KK term, RU, KK responsible, million tenge or None)])
BAT_PROGRAMME = (
    (("Атмосферный воздух", "Атмосфералық ауа"), [
        ("Установить мокрый электрофильтр на сушильной трубе волокна МДФ", "МДФ талшығын кептіру құбырына дымқыл электрсүзгі орнату", "НДТ 15",
         "пыль древесная 35 → 10 мг/Нм³", "ағаш шаңы 35 → 10 мг/Нм³", "IV квартал 2027 г.", "2027 ж. IV тоқсан", "главный инженер", "бас инженер", 1850),
        ("Перейти на смолу КФС с пониженным мольным соотношением (класс эмиссии E1)", "Мольдік қатынасы төмендетілген КФШ шайырына көшу (E1 эмиссия сыныбы)",
         "НДТ 12", "формальдегид на прессе 15 → 8 мг/Нм³", "престегі формальдегид 15 → 8 мг/Нм³", "2026 г.", "2026 ж.",
         "начальник смоляного цеха", "шайыр цехының бастығы", 120),
        ("Подключить АСМ сушилки стружки к информационной системе уполномоченного органа",
         "Жаңқа кептіргішінің АМЖ-сын уәкілетті органның ақпараттық жүйесіне қосу", "НДТ 4", "—", "—", "до 01.07.2026", "01.07.2026 дейін",
         "инженер КИПиА", "БӨАжА инженері", 95)]),
    (("Отходы", "Қалдықтар"), [
        ("Построить крытый склад коры с механизированной подачей в энергоцентр", "Энергия орталығына механикаландырылған берілісі бар жабық қабық қоймасын салу",
         "НДТ 21", "пыление склада коры −70 %", "қабық қоймасының шаңдауы −70 %", "2027 г.", "2027 ж.", "начальник энергоцентра",
         "энергия орталығының бастығы", 640),
        ("Передавать золу котла на производство строительных материалов вместо полигона", "Қазандық күлін полигонның орнына құрылыс материалдары өндірісіне беру",
         "НДТ 23", "размещение золы 1 200 → 0 т/год", "күлді орналастыру 1 200 → 0 т/жыл", "2028 г.", "2028 ж.", "инженер-эколог", "инженер-эколог",
         None)]),
    (("Водные ресурсы", "Су ресурстары"), [
        ("Реконструировать очистные сооружения ливневых стоков биржи сырья", "Шикізат биржасының нөсер ағындарын тазарту құрылыстарын реконструкциялау",
         "НДТ 19", "взвешенные вещества 35 → 15 мг/дм³", "қалқыма заттар 35 → 15 мг/дм³", "2027–2028 гг.", "2027–2028 жж.", "главный инженер", "бас инженер",
         410),
        ("Перевести мокрый скруббер сушилки на оборотное водоснабжение", "Кептіргіштің дымқыл скрубберін айналымдағы сумен жабдықтауға көшіру",
         "НДТ 18", "сброс 12 → 3 тыс. м³/год", "төгінді 12 → 3 мың м³/жыл", "2029 г.", "2029 ж.", "главный механик", "бас механик", 230)]),
)  # fmt: skip


def tasks_jp1(doc: Doc) -> None:
    """An MDF and particleboard plant's programme of raising environmental efficiency annexed to its КЭР: items `1.1` under
    component rows (air, wastes, water), the number of the BAT in the Commission's conclusions (`НДТ 15`) in a column of its
    own as a look-alike of the item's number, the emission before and after (`35 → 10 мг/Нм³`), the term, the responsible
    and the money in millions of tenge, a dash where no money is needed (VI: a plywood plant's plan of passing to E0 and CARB
    P2 glues, the certificate or the limit aimed at beside each item, the lead and partner units)."""
    if doc.lang == "vi":
        _tasks_jp1_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    op = doc.pick(PANEL_OPERATORS)[L]
    doc.h(g(f"Программа повышения экологической эффективности {op} на 2026–2029 годы", f"{op} 2026–2029 жылдарға арналған экологиялық тиімділікті арттыру бағдарламасы"))
    doc.p(g("Приложение к комплексному экологическому разрешению. Мероприятия направлены на достижение технологических показателей, связанных "
            "с применением наилучших доступных техник (номера НДТ – по Решению Комиссии (ЕС) 2015/2119).",
            "Кешенді экологиялық рұқсатқа қосымша. Іс-шаралар ең үздік қолжетімді техникаларды қолданумен байланысты технологиялық "
            "көрсеткіштерге қол жеткізуге бағытталған (ЕҚТ нөмірлері – Комиссияның (ЕО) 2015/2119 шешімі бойынша)."))
    rows = [g(["№ п/п", "Мероприятие", "НДТ", "Показатель до → после", "Срок", "Ответственный", "Затраты, млн тенге"],
              ["Р/с №", "Іс-шара", "ЕҚТ", "Көрсеткіш дейін → кейін", "Мерзімі", "Жауапты", "Шығындар, млн теңге"])]
    merges = []
    for s, ((c_ru, c_kk), items) in enumerate(BAT_PROGRAMME, 1):
        _span(rows, merges, f"{s}. {(c_ru, c_kk)[L]}", 7)
        for k, (m_ru, m_kk, bat, b_ru, b_kk, t_ru, t_kk, w_ru, w_kk, money) in enumerate(items, 1):
            text, who = (m_ru, m_kk)[L], (w_ru, w_kk)[L]
            rows.append([f"{s}.{k}", text, bat if L == 0 else bat.replace("НДТ", "ЕҚТ"), (b_ru, b_kk)[L], (t_ru, t_kk)[L], who,
                         num(money, doc.lang) if money else "–"])
            doc.add("obligations", {"kind": "task", "number": f"{s}.{k}", "text_contains": _words(text, 4), "actor_contains": who})
    doc.table(None, rows, merges, role="tasks")
    maybe_distractor(doc)


VN_GLUE_PLAN = (
    ("Thử nghiệm và chuyển sang keo UF phát thải thấp (tỷ lệ mol F/U không quá 1,0)", "E0 (không quá 0,5 mg/l theo JIS A 1460)", "Phòng Kỹ thuật",
     "Xưởng ép", "Quý II/2026", "350"),
    ("Lắp đặt chụp hút và tháp rửa khí cho máy ép nóng số 3 và số 4", "Formaldehyt không quá 20 mg/Nm³ (QCVN 20:2009/BTNMT)", "Xưởng Cơ điện",
     "Phòng An toàn – Môi trường", "Quý III/2026", "1.200"),
    ("Đánh giá chứng nhận CARB Phase 2 (TSCA Title VI) cho dòng ván ép xuất khẩu Hoa Kỳ", "CARB P2", "Phòng Kinh doanh", "Phòng Kỹ thuật",
     "Tháng 10/2026", "280"),
    ("Duy trì chứng nhận FSC CoC, cập nhật hệ thống truy xuất nguồn gốc gỗ keo", "FSC CoC", "Phòng Mua hàng", "Phòng Kế toán", "Tháng 12/2026", "150"),
    ("Thay túi lọc, lắp đồng hồ chênh áp cho hệ thống lọc bụi xưởng chà nhám", "Bụi tổng không quá 180 mg/Nm³", "Xưởng Cơ điện",
     "Phòng An toàn – Môi trường", "Tháng 6/2026", "420"),
)


def _tasks_jp1_vi(doc: Doc) -> None:
    company = doc.pick(VN_PLY_COMPANIES)
    doc.h(f"KẾ HOẠCH CHUYỂN ĐỔI SỬ DỤNG KEO PHÁT THẢI FORMALDEHYT THẤP VÀ GIẢM THIỂU Ô NHIỄM GIAI ĐOẠN 2026 – 2027 CỦA {company.upper()}")
    doc.p("Kế hoạch được Tổng Giám đốc phê duyệt; tiến độ thực hiện được báo cáo tại cuộc họp giao ban hằng tháng.")
    rows = [["TT", "Nội dung công việc", "Mục tiêu, chứng nhận hướng tới", "Bộ phận chủ trì", "Bộ phận phối hợp", "Thời hạn", "Kinh phí (triệu đồng)"]]
    for k, (text, aim, lead, partner, term, money) in enumerate(VN_GLUE_PLAN, 1):
        rows.append([str(k), text, aim, lead, partner, term, money])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text, 5), "actor_contains": lead})
    doc.table("Bảng 1. Danh mục công việc", rows, role="tasks")
    maybe_distractor(doc)


# (dump, RU, KK place, dlat, dlon, (low, high) m3, [(RU, KK measure, RU, KK term, RU, KK who)])
DUMPS = (
    ("О-1", "у северной границы цеха", "цехтың солтүстік шекарасында", 0.0021, -0.0012, (6000, 9000), [
        ("Вывезти опилки на плитный завод для использования в производстве ДСП", "Үгінділерді АЖП өндірісінде пайдалану үшін плита зауытына шығару",
         "май – сентябрь 2026 г.", "2026 ж. мамыр – қыркүйек", "начальник цеха", "цех бастығы"),
        ("Провести техническую и биологическую рекультивацию освобожденного участка", "Босатылған учаскеге техникалық және биологиялық рекультивация жүргізу",
         "2027 г.", "2027 ж.", "подрядная организация по договору", "шарт бойынша мердігер ұйым")]),
    ("О-2", "за сушильными камерами", "кептіру камераларының артында", -0.0008, 0.0019, (2000, 4000), [
        ("Разобрать отвал и использовать опилки в топке котельной", "Үйіндіні бөлшектеп, үгінділерді қазандық оттығында пайдалану",
         "отопительный сезон 2026–2027 гг.", "2026–2027 жж. жылыту маусымы", "мастер котельной", "қазандық шебері"),
        ("Отобрать пробы почвы под отвалом после его ликвидации", "Үйінді жойылғаннан кейін оның астындағы топырақтан сынама алу", "июнь 2027 г.",
         "2027 ж. маусым", "инженер-эколог", "инженер-эколог")]),
    ("О-3", "в водоохранной полосе реки", "өзеннің су қорғау белдеуінде", -0.0017, -0.0025, (900, 1800), [
        ("Вывезти опилки из водоохранной полосы в первоочередном порядке", "Үгінділерді су қорғау белдеуінен бірінші кезекте шығару",
         "до 30 апреля 2026 г.", "2026 ж. 30 сәуірге дейін", "директор", "директор"),
        ("Установить ограждение и информационные знаки водоохранной полосы", "Су қорғау белдеуінің қоршауы мен ақпараттық белгілерін орнату",
         "май 2026 г.", "2026 ж. мамыр", "заместитель директора по производству", "директордың өндіріс жөніндегі орынбасары")]),
)  # fmt: skip


def tasks_jp2(doc: Doc) -> None:
    """A sawmill's plan of removing its old sawdust dumps and restoring the land, approved after the Department of
    Ecology's check: the dump's own number (`О-2`), its place with decimal coordinates and its volume in cubic metres merged
    down over its measures, the measures numbered `1` … through the whole plan beside them, the term and who acts; a dump in
    the river's water protection strip first (VI: a wood-chip terminal's plan of cutting dust and noise whose short-term and
    long-term sections each number their items from 1)."""
    r = doc.rng
    if doc.lang == "vi":
        _tasks_jp2_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    s = doc.pick(SAWMILLS)
    doc.h(g(f"План мероприятий по ликвидации опилочных отвалов на 2026–2027 годы. {s[4]}, {s[0]}",
            f"{s[5]}, {s[1]}. 2026–2027 жылдарға арналған үгінді үйінділерін жою жөніндегі іс-шаралар жоспары"))
    doc.p(g("Разработан во исполнение предписания Департамента экологии по Восточно-Казахстанской области по итогам проверки 2025 года.",
            "Шығыс Қазақстан облысы бойынша Экология департаментінің 2025 жылғы тексеру қорытындысы бойынша нұсқамасын орындау үшін әзірленді."))
    rows = [g(["№ п/п", "№ отвала", "Местоположение, координаты", "Объем, м³", "Мероприятие", "Срок", "Исполнитель"],
              ["Р/с №", "Үйінді №", "Орналасқан жері, координаттары", "Көлемі, м³", "Іс-шара", "Мерзімі", "Орындаушы"])]
    merges = []
    n = 0
    for dump, p_ru, p_kk, dlat, dlon, (lo, hi), measures in DUMPS:
        lat, lon = round(s[9] + dlat, 4), round(s[10] + dlon, 4)
        volume = r.randint(lo // 100, hi // 100) * 100
        start = len(rows)
        for j, (m_ru, m_kk, t_ru, t_kk, w_ru, w_kk) in enumerate(measures):
            n += 1
            text, who = (m_ru, m_kk)[L], (w_ru, w_kk)[L]
            place = f"{(p_ru, p_kk)[L]}; {_deg(lat, doc.lang, True)}, {_deg(lon, doc.lang, False)}"
            rows.append([str(n), dump if j == 0 else None, place if j == 0 else None, num(volume, doc.lang) if j == 0 else None, text, (t_ru, t_kk)[L], who])
            doc.add("obligations", {"kind": "task", "number": str(n), "text_contains": _words(text, 4), "actor_contains": who})
        merges += [(start, c, len(rows) - 1, c) for c in (1, 2, 3)]
    doc.table(None, rows, merges, role="tasks")
    doc.p(g("Отчет о выполнении плана представляется в Департамент экологии ежеквартально.", "Жоспардың орындалуы туралы есеп Экология департаментіне тоқсан сайын ұсынылады."))
    maybe_distractor(doc)


VN_DUST_PLAN = (
    ("A. NGẮN HẠN (NĂM 2026)", [
        ("Lắp bổ sung 12 béc phun sương dập bụi quanh bãi chứa dăm", "Phòng Kỹ thuật – Môi trường", "Quý II/2026", "480"),
        ("Lắp tường chắn gió cao 8 m dọc ranh giới phía Bắc bãi chứa", "Ban Quản lý dự án", "Quý III/2026", "2.600"),
        ("Trang bị xe quét hút bụi cho đường nội bộ cảng", "Phòng Hành chính – Tổng hợp", "Tháng 6/2026", "1.900")]),
    ("B. DÀI HẠN (2027 – 2028)", [
        ("Đầu tư hệ thống băng tải kín từ bãi chứa ra cầu cảng", "Ban Quản lý dự án", "2027 – 2028", "38.000"),
        ("Trồng dải cây xanh cách ly rộng 10 m giáp khu dân cư", "Phòng Hành chính – Tổng hợp", "Năm 2027", "650")]),
)


def _tasks_jp2_vi(doc: Doc) -> None:
    company = doc.pick(("Công ty Cổ phần Dăm gỗ Xuất khẩu Nhơn Hội", "Công ty TNHH Cảng Dăm Gỗ Phương Mai"))
    doc.h(f"KẾ HOẠCH GIẢM THIỂU BỤI, TIẾNG ỒN TẠI CẢNG GIAI ĐOẠN 2026 – 2028 – {company.upper()}")
    doc.p("Kế hoạch được lập theo kiến nghị của Đoàn kiểm tra liên ngành tỉnh Gia Lai và ý kiến của cộng đồng dân cư lân cận.")
    rows = [["TT", "Nội dung thực hiện", "Đơn vị thực hiện", "Thời gian", "Kinh phí dự kiến (triệu đồng)"]]
    merges = []
    for section, items in VN_DUST_PLAN:
        _span(rows, merges, section, 5)
        for k, (text, who, term, money) in enumerate(items, 1):
            rows.append([str(k), text, who, term, money])
            doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text, 5), "actor_contains": who})
    doc.table("Bảng 1. Các hạng mục giảm thiểu bụi, tiếng ồn", rows, merges, role="tasks")
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"JP{k}", globals()[f"{role}_jp{k}"]) for role in ROLES for k in (1, 2)]
