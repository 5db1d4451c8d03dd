"""A blind held-out set (two layouts per role, `JE1` and `JE2`): never used for tuning, written by someone who neither ran
the extractor on it nor read it, to differ from every layout of `layouts_*.py`.

Theme: penitentiary institutions and military garrisons. Kazakhstan: the correctional institutions of the penal system's
department in Karaganda oblast (institutions of minimum, medium and maximum security at Karabas, Dolinka and Pionerskoye)
with their coal boiler houses, the sewing, woodworking and furniture shops and bakeries run by the branch of the state
enterprise «Еңбек» with convict labour, their biological ponds and sludge beds; military garrisons at Saryozek, Otar and
Ayagoz with a unit's military town, its coal boiler house, vehicle park with its maintenance point, battery room and wash,
its fuel depot with petrol and diesel tanks and a filling point, and its firing range with bullet-catching berms (a penal
department's letter with a table turned on its side, a garrison's environmental passport, an НДВ draft as calculation
blocks, an inventory with a source's substances stacked in its cells, a report on the movement of wastes, a calculation of
a vehicle park's wastes, a laboratory protocol with the points as columns, a soil survey of a firing range by depth, a ПЭК
plan with counts a year, a monitoring plan by months, a schedule of checks with merged cells, a garrison's plan of checks
by quarters, a plan of measures with the forces used beside the responsible, a plan of eliminating an inspection's
violations). Vietnam: prison camps of the Ministry of Public Security with their kitchens' boilers, carpentry and sewing
workshops, pig farms, infirmaries and treatment plants; military vehicle repair factories (nhà máy Z) of the Ministry of
Defence with their blasting and paint booths, engine test rooms and welding; the repair workshops of naval bases with their
floating docks and berths (a summary of camps applying for permits, the general chapter of a factory's permit application,
load tables by blocks and with stacked lines, waste balances and calculations per repair, QCVN 14, 09-MT, 19 and 20 results,
monitoring programmes by counts and by months, self-inspection rules, a naval region's plan of checks, a camp's work plan
and a factory's plan of remedies after an inspection).

Facility: a penal department's letter to the Department of Ecology with its three institutions as columns under a merged
`Учреждения` and the attributes as numbered rows — BIN, kind, a capacity in places that is no capacity of the facility,
place, KATO, decimal coordinates with `с.ш.`/`в.д.` (`с.е.`/`ш.б.`), the branch's workshops, sewage, `II категория` and the
permit or declaration (VI: the prisons department's summary of three camps, tax codes, VN-2000 coordinates in metres that
are no latitude and longitude, the inmates, `Nhóm II`, `Nhóm III`) (JE1); a garrison town's environmental passport with
coded lines `1.1` … `3.4` under section rows and a remarks column, the unit known only as `Войсковая часть 61230`, its BIN
and OKED `84220`, KATO, the coordinates withheld as restricted, the category `II (вторая)`, the town's objects with
distances in a table of no role (VI: the general chapter of a Z factory's application, label and value under section rows,
the enterprise number among registration dates, the coordinates withheld as a military zone, `nhóm II`, the works' areas in
a table of no role) (JE2).

Emissions: an institution's draft of НДВ as a chain of calculation blocks — a row spanning the table per source `ИЗА 0001.
…`, a second spanning row of input data dense with figures, the substances with code, class, g/s and t/year, now and then a
`Итого по источнику`, a grand total; boiler house, bakery oven and fermentation, woodworking cyclone, furniture painting,
sewing, coal store, ash site, ponds (VI: a prison camp's `Nguồn số 1` … `Nguồn số 4` blocks with input rows and an
emission-factor column before the loads, no source numbers) (JE1); a garrison's inventory one row per source with its codes,
names, g/s and t/year stacked as lines inside four cells, rows spanning the table for the three sites, no class, the unit's
total (VI: a Z factory's stacks `OT-01` … `OT-04` and its welding without a stack, lines stacked the same way, the stack
labels no source numbers) (JE2).

Wastes: an institution's movement of wastes in a year — on hand at the start, a merged `Движение отходов в 2025 году` over
formed, used by its own means, handed over and placed on its own objects, on hand at the end — only `образовано` the amount,
under rows by where the wastes arise (VI: a camp's balance in kilograms under Roman groups with hazardous codes and the
infirmary's infectious waste) (JE1); a garrison's calculation of its vehicle park's wastes in blocks, the waste and its code
in a spanning row, rows by make of vehicle with the norm written as a product and the replacement period, the amount only in
the block's `Итого` row, the oily rags from the number of services (VI: a naval base's hazardous wastes by class of ship,
repairs a year times a norm per repair, the amount in `Cộng`) (JE2).

Limits: a laboratory's protocol of an institution's ponds with the points `т.1`, `т.2`, `т.3` as columns under a merged
header and two limit columns — the permit's НДС for the outlet only, the drinking-water ПДК for the observation well only,
dashes where groundwater has none, the inlet without any limit (VI: a camp's waste water before and after treatment and a
well, QCVN 14:2008/BTNMT column B with K = 1,0 for the outlet, QCVN 09-MT:2015/BTNMT for the well) (JE1); the soil of a
firing range with the metals as columns (gross lead, mobile copper and zinc in a second header row), each point merged down
over two depth rows, a background point, a `ПДК` row and a row of soil hazard classes at the foot (VI: a naval workshop's
stacks `KT1` … `KT3` as columns, dashes where not measured, one Cmax per parameter with the standard per row — QCVN 19
column B with Kp and Kv, QCVN 20 without a column) (JE2).

Monitoring: an institution's ПЭК plan whose frequency is a bare count under `Периодичность, раз в год`, section rows for
sources, boundary points, pond inlet and outlet, wells and soil, places as `0001 – дымовая труба котельной` (VI: `Số lần/năm`
`02`, `04`, `01`) (JE1); a garrison's plan whose frequency is only the months of sampling, the coded places in a first
column, three wells and two berms each on a row of its own with the object, parameters and months merged down over them (VI:
a naval base's plan with `Tháng 3, 6, 9, 12`, two coastal sea-water points sharing merged cells, the floating dock's
sediment) (JE2).

Inspections: an institution's schedule of internal checks, items `1.1` under rows naming its parts, the responsible merged
down over each part and the frequency merged over the checks that share it, the cleaning of the sludge beds `по мере
накопления осадка` without a frequency (VI: a camp's self-inspection rules merged the same way, a check after every storm)
(JE1); a garrison's plan of checks with terms as quarters in Roman numerals (`I, II, III, IV кв.`, `II, IV кв.`, `IV кв.
(октябрь)`) beside `ежемесячно` and a weekly park day, the units `в/ч 52859` inside the objects, an empty column of marks,
the clean-up after each exercise without a frequency, an approval sheet of no role (VI: a naval region's plan with `Quý I,
II, III, IV`, `Quý II và Quý IV`, a check after each exercise at sea) (JE2).

Tasks: an institution's plan of measures under sections by medium, numbered straight through, with the officer answerable
and, beside him, the forces used (convicts of the household detachment, a laboratory, a contractor), which are not who must
act, the sum and the source of money (VI: a camp's plan under Roman sections with items numbered anew in each, the lead and
partner units) (JE1); a unit's plan of eliminating the violations an inspection found, the violation with its clause of the
prescription (`п. 3 – …`) beside the measure that is the task, term, responsible and an empty column of marks (VI: a Z
factory's plan of remedies after a Ministry of Defence inspection, `Tồn tại` beside `Biện pháp khắc phục`) (JE2).
"""

from __future__ import annotations

from . import vocab
from .common import Doc, distractor, make_bin, maybe_distractor, num
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
    return " ".join(text.split()[:n])


def _span(rows: list, merges: list, text: str, width: int) -> None:
    """A row whose first cell spans the table."""
    rows.append([text] + [None] * (width - 1))
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))


def _kind(number: str) -> str:
    return "unorganized" if number.startswith("6") else "organized"


def _kato(doc: Doc, prefix: str) -> str:
    """A nine-digit KATO code starting with the district's prefix."""
    r = doc.rng
    rest = 9 - len(prefix) - 3
    return f"{prefix}{r.randint(10 ** (rest - 1), 10**rest - 1)}{r.choice(('000', '100'))}"


# code: (RU, KK, VI, hazard class as Kazakh tables print it) of pollutants the vocabulary does not name
EXTRA = {
    "0322": ("Серная кислота", "Күкірт қышқылы", "Axit sunfuric (H2SO4)", 2),
    "0415": ("Смесь углеводородов предельных С1-С5", "С1-С5 шекті көмірсутектерінің қоспасы", "", 4),
    "0416": ("Смесь углеводородов предельных С6-С10", "С6-С10 шекті көмірсутектерінің қоспасы", "", 3),
    "0627": ("Этилбензол", "Этилбензол", "Etylbenzen", 3),
    "1061": ("Этанол (Спирт этиловый)", "Этанол (этил спирті)", "Etanol", 4),
    "1210": ("Бутилацетат", "Бутилацетат", "Butyl axetat", 4),
    "1317": ("Ацетальдегид", "Ацетальдегид", "Axetandehit", 3),
    "1401": ("Пропан-2-он (Ацетон)", "Пропан-2-он (ацетон)", "Axeton", 4),
    "1555": ("Уксусная кислота", "Сірке қышқылы", "Axit axetic", 3),
    "2732": ("Керосин", "Керосин", "Kerosen", None),
    "2752": ("Уайт-спирит", "Уайт-спирит", "", None),
    "2917": ("Пыль хлопковая", "Мақта шаңы", "Bụi bông", 3),
    "2936": ("Пыль древесная", "Ағаш шаңы", "Bụi gỗ", None),
}


def _air(doc: Doc, code: str, variant: int = 0) -> str:
    if code in EXTRA:
        return EXTRA[code][vocab.LANGS.index(doc.lang)]
    return vocab.air(code, doc.lang, variant)


def _hazard(code: str) -> int | None:
    return EXTRA[code][3] if code in EXTRA else vocab.hazard(code)


def _hz(h: int | None) -> str:
    return str(h) if h else "–"


# the Vietnamese names a report prints for the gases of a stack
VI_GAS = {"2902": "Bụi tổng", "0330": "SO2", "0301": "NOx (tính theo NO2)", "0337": "CO", "0303": "NH3", "0333": "H2S"}


def _vi(code: str) -> str:
    return VI_GAS.get(code) or _air_vi(code)


def _air_vi(code: str) -> str:
    return EXTRA[code][2] if code in EXTRA else vocab.air(code, "vi")


# ---------------------------------------------------------------- facility

# (code, RU kind, KK kind, places, RU place, KK place, KATO prefix, lat, lon, RU heat, KK heat, RU works, KK works,
#  RU sewage, KK sewage, category)
COLONIES = (
    ("АК-159/12", "учреждение средней безопасности", "қауіпсіздігі орташа мекеме", 1250,
     "Карагандинская область, Абайский район, пос. Карабас, ул. Вокзальная, 1", "Қарағанды облысы, Абай ауданы, Қарабас кенті, Вокзальная к-сі, 1",
     "3520", 49.502, 72.846, "собственная котельная: 3 котла КЕ-4-14С, уголь", "меншікті қазандық: 3 КЕ-4-14С қазаны, көмір",
     "швейный цех, хлебопекарня, деревообрабатывающий цех", "тігін цехы, нан наубайханасы, ағаш өңдеу цехы",
     "биологические пруды (2 секции, 1,8 га)", "биологиялық тоғандар (2 секция, 1,8 га)", "II"),
    ("АК-159/27", "учреждение максимальной безопасности", "қауіпсіздігі барынша жоғары мекеме", 980,
     "Карагандинская область, Бухар-Жырауский район, пос. Долинка, ул. Шахтерская, 7", "Қарағанды облысы, Бұқар жырау ауданы, Долинка кенті, Шахтерская к-сі, 7",
     "3524", 49.662, 72.694, "собственная котельная: 2 котла КВр-1,74, уголь", "меншікті қазандық: 2 КВр-1,74 қазаны, көмір",
     "деревообрабатывающий и мебельный цеха, швейный цех, хлебопекарня", "ағаш өңдеу және жиһаз цехтары, тігін цехы, нан наубайханасы",
     "биологические пруды (3 секции, 2,4 га)", "биологиялық тоғандар (3 секция, 2,4 га)", "II"),
    ("АК-159/30", "учреждение минимальной безопасности", "қауіпсіздігі барынша төмен мекеме", 420,
     "Карагандинская область, Осакаровский район, с. Пионерское, ул. Степная, 2", "Қарағанды облысы, Осакаров ауданы, Пионерское ауылы, Степная к-сі, 2",
     "3536", 50.431, 72.571, "котельная: 2 котла КСВр-0,5, уголь", "қазандық: 2 КСВр-0,5 қазаны, көмір",
     "подсобное хозяйство (свиноферма на 300 голов, теплица)", "қосалқы шаруашылық (300 басқа арналған шошқа фермасы, жылыжай)",
     "выгреб с вывозом на КОС г. Темиртау", "Теміртау қ. КТҚ-на шығарылатын шұңқыр", "III"),
)  # fmt: skip


def _coords(doc: Doc, lat: float, lon: float) -> str:
    n, e = ("с.ш.", "в.д.") if doc.lang == "ru" else ("с.е.", "ш.б.")
    return f"{num(lat, doc.lang)}° {n}; {num(lon, doc.lang)}° {e}"


def facility_je1(doc: Doc) -> None:
    """A regional department of the penal system writing to the Department of Ecology with the particulars of three of its
    correctional institutions, the table turned on its side: attributes down the rows (`№ | Показатель`) and one column per
    institution under a merged header `Учреждения`, the institution named in the sub-header by its code alone (`АК-159/12`);
    each column holds its BIN, kind of institution, a capacity in places that looks like a figure of the facility, place,
    KATO, decimal coordinates with the hemisphere after them, heat source, the workshops of the branch of the state
    enterprise «Еңбек», sewage disposal and the category (`II категория`, `III санат`) (VI: the prisons department of the
    Ministry of Public Security summing up three prison camps applying for environmental permits, with tax codes, VN-2000
    coordinates in metres that are no latitude and longitude, the number of inmates and the group `Nhóm II`)."""
    if doc.lang == "vi":
        _facility_je1_vi(doc)
        return
    r = doc.rng
    L = _L(doc)
    g = doc.v
    doc.p(g("Исх. № 6/3-" + str(r.randint(1100, 2900)) + f" от {r.randint(10, 28)}.01.2026",
            f"2026 жылғы {r.randint(10, 28)} қаңтардағы шығыс № 6/3-{r.randint(1100, 2900)}", ""))
    doc.p(g("Руководителю РГУ «Департамент экологии по Карагандинской области» Комитета экологического регулирования и контроля МЭПР РК",
            "ҚР ЭТРМ Экологиялық реттеу және бақылау комитетінің «Қарағанды облысы бойынша экология департаменті» РММ басшысына", ""))
    doc.h(g("О представлении сведений об объектах учреждений уголовно-исполнительной системы",
            "Қылмыстық-атқару жүйесі мекемелерінің объектілері туралы мәліметтерді ұсыну туралы", ""))
    doc.p(g("Департамент уголовно-исполнительной системы по Карагандинской области направляет сведения об учреждениях, имеющих "
            "собственные котельные, производственные участки и очистные сооружения, для актуализации перечня объектов I–III "
            "категорий. Производственные участки в учреждениях эксплуатирует филиал РГП на ПХВ «Еңбек» КУИС МВД РК, использующий "
            "труд осужденных.",
            "Қарағанды облысы бойынша қылмыстық-атқару жүйесі департаменті I–III санаттағы объектілер тізбесін өзектендіру үшін "
            "меншікті қазандықтары, өндірістік учаскелері және тазарту құрылыстары бар мекемелер туралы мәліметтерді жолдайды. "
            "Мекемелердегі өндірістік учаскелерді сотталғандардың еңбегін пайдаланатын ІІМ ҚАЖК «Еңбек» ШЖҚ РМК филиалы "
            "пайдаланады.", ""))
    chosen = list(COLONIES)
    r.shuffle(chosen)
    rows = [g(["№", "Показатель", "Учреждения", None, None], ["№", "Көрсеткіш", "Мекемелер", None, None], []),
            [None, None, *(c[0] for c in chosen)]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 4)]
    facts = []
    for c in chosen:
        lat, lon = round(c[7] + r.uniform(-0.01, 0.01), 5), round(c[8] + r.uniform(-0.01, 0.01), 5)
        permit = (f"KZ{r.randint(10, 99)}VCZ{r.randint(10**7, 10**8 - 1):08d}", f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.{r.choice((2023, 2024))}")
        facts.append({"c": c, "bin": make_bin(r), "kato": _kato(doc, c[6]), "lat": lat, "lon": lon, "permit": permit})
    full = [g(f"РГУ «Учреждение {f['c'][0]} Департамента уголовно-исполнительной системы по Карагандинской области»",
              f"«Қарағанды облысы бойынша қылмыстық-атқару жүйесі департаментінің {f['c'][0]} мекемесі» РММ", "") for f in facts]
    cat = [g(f"{f['c'][15]} категория", f"{f['c'][15]} санат", "") for f in facts]
    perm = [g(f"экологическое разрешение на воздействие № {f['permit'][0]} от {f['permit'][1]}",
              f"{f['permit'][1]} берілген әсер етуге арналған № {f['permit'][0]} экологиялық рұқсат", "")
            if f["c"][15] == "II" else
            g(f"декларация о воздействии на окружающую среду, принята {f['permit'][1]}",
              f"қоршаған ортаға әсер ету туралы декларация, {f['permit'][1]} қабылданды", "") for f in facts]
    lines = [
        (g("Полное наименование", "Толық атауы", ""), full),
        (g("БИН", "БСН", ""), [f["bin"] for f in facts]),
        (g("Вид учреждения", "Мекеменің түрі", ""), [f["c"][1 + L] for f in facts]),
        (g("Лимит наполнения, мест", "Толтыру лимиті, орын", ""), [num(f["c"][3], doc.lang) for f in facts]),
        (g("Местонахождение", "Орналасқан жері", ""), [f["c"][4 + L] for f in facts]),
        (g("Код КАТО", "ҚАТО коды", ""), [f["kato"] for f in facts]),
        (g("Координаты центра территории (WGS-84)", "Аумақ орталығының координаттары (WGS-84)", ""),
         [_coords(doc, f["lat"], f["lon"]) for f in facts]),
        (g("Источник теплоснабжения", "Жылумен жабдықтау көзі", ""), [f["c"][9 + L] for f in facts]),
        (g("Производственные участки (филиал РГП на ПХВ «Еңбек»)", "Өндірістік учаскелер («Еңбек» ШЖҚ РМК филиалы)", ""),
         [f["c"][11 + L] for f in facts]),
        (g("Отведение хозяйственно-бытовых сточных вод", "Шаруашылық-тұрмыстық ағынды суларды бұру", ""), [f["c"][13 + L] for f in facts]),
        (g("Категория объекта (ст. 12 Экологического кодекса РК)", "Объект санаты (ҚР Экология кодексінің 12-бабы)", ""), cat),
        (g("Разрешительный документ", "Рұқсат беру құжаты", ""), perm),
    ]
    for k, (label, values) in enumerate(lines, 1):
        rows.append([str(k), label, *values])
    doc.table(g("Сведения об учреждениях ДУИС по Карагандинской области", "Қарағанды облысы бойынша ҚАЖД мекемелері туралы мәліметтер", ""),
              rows, merges, role="facility")
    for f in facts:
        doc.add("facilities", {"bin": f["bin"], "name_contains": f["c"][0], "kato": f["kato"], "category": f["c"][15],
                               "lat": f["lat"], "lon": f["lon"]})
    doc.p(g("Лимит наполнения указан по приказу КУИС МВД РК и не является производственной мощностью объекта.",
            "Толтыру лимиті ІІМ ҚАЖК бұйрығы бойынша көрсетілген және объектінің өндірістік қуаты болып табылмайды.", ""))
    doc.p(g(f"Начальник Департамента {doc.pick(('Б. Сейткали', 'Е. Нуртазин', 'А. Жаксылыков'))}",
            f"Департамент бастығы {doc.pick(('Б. Сейтқали', 'Е. Нұртазин', 'А. Жақсылықов'))}", ""))


# (name, place, X, Y, central meridian, inmates, area ha, sources, m3 a day, group, province prefix of the tax code)
VN_CAMPS = (
    ("Trại giam Suối Lạnh", "xã Tân Lợi, tỉnh Đồng Nai", 1_283_400, 563_200, "106°15'", 2400, 86.5,
     "Bếp ăn phạm nhân (lò hơi đốt than), trại chăn nuôi lợn, xưởng may gia công", 320, "II", "36"),
    ("Trại giam Đồng Cỏ May", "xã Cẩm Xuyên, tỉnh Hà Tĩnh", 2_013_700, 571_900, "105°30'", 1800, 64.0,
     "Bếp ăn phạm nhân (lò hơi đốt củi), xưởng mộc, khu trồng trọt", 240, "II", "30"),
    ("Trại giam Núi Đất", "xã Như Thanh, tỉnh Thanh Hóa", 2_170_500, 573_300, "105°00'", 950, 41.2,
     "Bếp ăn phạm nhân (bếp than tổ ong), xưởng đan lát mây tre", 110, "III", "28"),
)  # fmt: skip


def _facility_je1_vi(doc: Doc) -> None:
    r = doc.rng
    camps = list(VN_CAMPS)
    r.shuffle(camps)
    doc.p("BỘ CÔNG AN – CỤC CẢNH SÁT QUẢN LÝ TRẠI GIAM, CƠ SỞ GIÁO DỤC BẮT BUỘC, TRƯỜNG GIÁO DƯỠNG")
    doc.h("TỔNG HỢP THÔNG TIN CÁC TRẠI GIAM ĐỀ NGHỊ CẤP GIẤY PHÉP MÔI TRƯỜNG NĂM 2026")
    doc.p(f"(Kèm theo Công văn số {r.randint(200, 3900)}/C10-P4 ngày {r.randint(2, 28):02d}/01/2026) Các cơ sở dưới đây thuộc danh mục bí mật "
          "nhà nước về an ninh; giấy phép môi trường do Bộ Công an cấp theo khoản 2 Điều 41 Luật Bảo vệ môi trường. Tọa độ ghi theo hệ VN-2000, "
          "múi chiếu 3°.")
    rows = [["TT", "Nội dung", "Tên trại giam", None, None], [None, None, *(c[0] for c in camps)]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 4)]
    taxes = [c[10] + f"{r.randint(0, 99_999_999):08d}" for c in camps]
    coords = []
    for c in camps:
        x, y = c[2] + r.randint(-800, 800), c[3] + r.randint(-800, 800)
        coords.append(f"X = {num(x, 'vi')} m; Y = {num(y, 'vi')} m (KTT {c[4]})")
    lines = [
        ("Đơn vị chủ quản", ["Cục C10 – Bộ Công an"] * 3),
        ("Mã số thuế", taxes),
        ("Địa điểm", [c[1] for c in camps]),
        ("Tọa độ tâm khu đất (VN-2000)", coords),
        ("Diện tích khu đất (ha)", [num(c[6], "vi") for c in camps]),
        ("Số phạm nhân giam giữ theo thiết kế (người)", [num(c[5], "vi") for c in camps]),
        ("Nguồn phát sinh chất thải chính", [c[7] for c in camps]),
        ("Công suất hệ thống xử lý nước thải (m³/ngày.đêm)", [num(c[8], "vi") for c in camps]),
        ("Phân loại theo tiêu chí về môi trường", [f"Nhóm {c[9]}" for c in camps]),
    ]
    for k, (label, values) in enumerate(lines, 1):
        rows.append([str(k), label, *values])
    doc.table("Bảng 1. Thông tin cơ bản của các cơ sở", rows, merges, role="facility")
    for c, tax in zip(camps, taxes, strict=True):
        doc.add("facilities", {"bin": tax, "name_contains": c[0].replace("Trại giam ", ""), "category": c[9]})
    doc.p("Ghi chú: số phạm nhân là quy mô giam giữ theo thiết kế, không phải công suất sản xuất của cơ sở.")


# (unit, RU place, KK place, KATO prefix, RU command, KK command, area ha, RU objects…)
GARRISONS = (
    ("52859", "область Жетісу, Кербулакский район, пос. Сарыозек, военный городок № 3",
     "Жетісу облысы, Кербұлақ ауданы, Сарыөзек кенті, № 3 әскери қалашық", "3330",
     "Региональное командование «Юг»", "«Оңтүстік» өңірлік қолбасшылығы", 146.5, 2, 18),
    ("61230", "Алматинская область, Жамбылский район, с. Отар, военный городок № 1",
     "Алматы облысы, Жамбыл ауданы, Отар ауылы, № 1 әскери қалашық", "1950",
     "Региональное командование «Юг»", "«Оңтүстік» өңірлік қолбасшылығы", 212.0, 3, 24),
    ("35716", "Абайская область, Аягозский район, г. Аягоз, военный городок № 2",
     "Абай облысы, Аягөз ауданы, Аягөз қ., № 2 әскери қалашық", "1030",
     "Региональное командование «Восток»", "«Шығыс» өңірлік қолбасшылығы", 98.3, 2, 12),
)  # fmt: skip


def facility_je2(doc: Doc) -> None:
    """The environmental passport of a military garrison's town (военный городок) kept by the unit, a form of coded lines
    `1.1` … `1.12` with a remarks column under section rows, the unit known by its conventional name `Войсковая часть 52859`
    while its real name is withheld, its BIN and OKED `84220`, KATO, the coordinates not given because the information is of
    restricted distribution, its category written `II (вторая)`; the objects of the town — fuel depot, vehicle park, boiler
    house, firing range — with distances in a table of no role (VI: the general section of a military vehicle repair
    factory's report applying for a permit, label and value in two columns under section rows, the enterprise number among
    registration dates and a telephone number, the coordinates withheld as a military zone, `Nhóm II`)."""
    if doc.lang == "vi":
        _facility_je2_vi(doc)
        return
    r = doc.rng
    L = _L(doc)
    g = doc.v
    unit, p_ru, p_kk, prefix, c_ru, c_kk, area, boilers, range_km = doc.pick(GARRISONS)
    bin_, kato = make_bin(r), _kato(doc, prefix)
    permit = f"KZ{r.randint(10, 99)}VCZ{r.randint(10**7, 10**8 - 1):08d}"
    doc.p(g("Для служебного пользования. Экз. № 2", "Қызметтік пайдалану үшін. № 2 дана", ""))
    doc.h(g(f"Экологический паспорт военного городка войсковой части {unit}", f"{unit} әскери бөлімінің әскери қалашығының экологиялық паспорты", ""))
    doc.p(g("Паспорт составлен по состоянию на 1 января 2026 года в соответствии с требованиями Министерства обороны Республики Казахстан "
            "по организации природоохранной деятельности в Вооруженных Силах и уточняется ежегодно.",
            "Паспорт Қазақстан Республикасы Қорғаныс министрлігінің Қарулы Күштердегі табиғат қорғау қызметін ұйымдастыру жөніндегі "
            "талаптарына сәйкес 2026 жылғы 1 қаңтардағы жағдай бойынша жасалды және жыл сайын нақтыланады.", ""))
    rows = [g(["Код строки", "Наименование показателя", "Сведения", "Примечание"], ["Жол коды", "Көрсеткіштің атауы", "Мәліметтер", "Ескертпе"], [])]
    merges = []
    _span(rows, merges, g("Раздел 1. Общие сведения о воинской части", "1-бөлім. Әскери бөлім туралы жалпы мәліметтер", ""), 4)
    rows += [
        ["1.1", g("Условное наименование воинской части", "Әскери бөлімнің шартты атауы", ""), g(f"Войсковая часть {unit}", f"{unit} әскери бөлімі", ""),
         g("действительное наименование не указывается", "нақты атауы көрсетілмейді", "")],
        ["1.2", g("Организационно-правовая форма", "Ұйымдық-құқықтық нысаны", ""),
         g(f"РГУ «Войсковая часть {unit}» Министерства обороны Республики Казахстан", f"Қазақстан Республикасы Қорғаныс министрлігінің «{unit} әскери бөлімі» РММ", ""), ""],
        ["1.3", g("БИН", "БСН", ""), bin_, ""],
        ["1.4", g("Основной вид деятельности (ОКЭД)", "Негізгі қызмет түрі (ЭҚЖЖ)", ""),
         g("84220 – Деятельность в области обороны", "84220 – Қорғаныс саласындағы қызмет", ""), ""],
        ["1.5", g("Вышестоящий орган военного управления", "Жоғары тұрған әскери басқару органы", ""), (c_ru, c_kk)[L], ""],
    ]
    _span(rows, merges, g("Раздел 2. Местоположение и характеристика территории", "2-бөлім. Орналасқан жері және аумақтың сипаттамасы", ""), 4)
    rows += [
        ["2.1", g("Местонахождение", "Орналасқан жері", ""), (p_ru, p_kk)[L], ""],
        ["2.2", g("Код КАТО", "ҚАТО коды", ""), kato, ""],
        ["2.3", g("Географические координаты", "Географиялық координаттары", ""),
         g("не приводятся", "келтірілмейді", ""), g("сведения ограниченного распространения", "таралуы шектеулі мәліметтер", "")],
        ["2.4", g("Площадь военного городка", "Әскери қалашықтың ауданы", ""), g(f"{num(area, 'ru')} га", f"{num(area, 'kk')} га", ""),
         g("без учета стрельбища", "атыс алаңын есептемегенде", "")],
        ["2.5", g("Расстояние до ближайшей жилой застройки", "Жақын тұрғын үй құрылысына дейінгі қашықтық", ""),
         g(f"{r.randint(4, 9) * 100} м", f"{r.randint(4, 9) * 100} м", ""), ""],
    ]
    _span(rows, merges, g("Раздел 3. Экологические характеристики", "3-бөлім. Экологиялық сипаттамалар", ""), 4)
    rows += [
        ["3.1", g("Категория объекта, оказывающего негативное воздействие на окружающую среду", "Қоршаған ортаға теріс әсер ететін объектінің санаты", ""),
         g("II (вторая)", "II (екінші)", ""), g("ст. 12 Экологического кодекса РК", "ҚР Экология кодексінің 12-бабы", "")],
        ["3.2", g("Экологическое разрешение на воздействие", "Әсер етуге арналған экологиялық рұқсат", ""),
         g(f"№ {permit} от {r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2024", f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2024 ж. № {permit}", ""),
         g("срок действия до 31.12.2033", "қолданылу мерзімі 31.12.2033 дейін", "")],
        ["3.3", g("Количество источников выбросов (организованных / неорганизованных)", "Шығарынды көздерінің саны (ұйымдастырылған / ұйымдастырылмаған)", ""),
         f"{boilers + 4} / {r.randint(5, 9)}", ""],
        ["3.4", g("Ответственный за природоохранную деятельность", "Табиғат қорғау қызметіне жауапты", ""),
         g("заместитель командира войсковой части по вооружению", "әскери бөлім командирінің қару-жарақ жөніндегі орынбасары", ""),
         g("приказ командира № 12 от 05.01.2026", "командирдің 05.01.2026 № 12 бұйрығы", "")],
    ]
    doc.table(None, rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": unit, "kato": kato, "category": "II", "oked": "84220"})
    objects = [
        (g("Котельная военного городка", "Әскери қалашықтың қазандығы", ""), g(f"{boilers} котла КВр-1,16, уголь", f"{boilers} КВр-1,16 қазаны, көмір", ""), "0,3"),
        (g("Склад горючего", "Жанармай қоймасы", ""), g("6 резервуаров РГС-50, пункт налива", "6 РГС-50 резервуары, құю пункті", ""), "1,2"),
        (g("Парк боевых машин с ПТОР и мойкой", "техникалық қызмет көрсету және жөндеу пункті, жуу орны бар жауынгерлік машиналар паркі", ""),
         g(f"{r.randint(60, 140)} единиц техники", f"{r.randint(60, 140)} техника бірлігі", ""), "0,6"),
        (g("Войсковое стрельбище", "Әскери атыс алаңы", ""), g("4 огневых рубежа, пулеулавливающие валы", "4 атыс шебі, оқ ұстағыш қорғандар", ""), num(range_km, doc.lang)),
    ]
    doc.table(g("Таблица 1.1 – Объекты военного городка", "1.1-кесте – Әскери қалашықтың объектілері", ""),
              [g(["Объект", "Состав, мощность", "Удаленность от КПП, км"], ["Объект", "Құрамы, қуаты", "Бақылау-өткізу пунктінен қашықтығы, км"], []),
               *[list(o) for o in objects]], role="other")


# (name, company, place, capacity, province prefix of the enterprise number)
VN_Z = (
    ("Nhà máy Z262", "Công ty TNHH MTV Sửa chữa ô tô 262", "phường Tân Thới Hiệp, Thành phố Hồ Chí Minh", "sửa chữa lớn 320 xe/năm; sửa chữa vừa 540 xe/năm",
     "03"),
    ("Nhà máy Z274", "Công ty TNHH MTV Cơ khí xe máy 274", "xã Sóc Sơn, thành phố Hà Nội", "sửa chữa lớn 280 xe/năm; sản xuất phụ tùng 45 tấn/năm", "01"),
    ("Nhà máy Z286", "Công ty TNHH MTV Sửa chữa xe máy 286", "phường Hòa Khánh, thành phố Đà Nẵng", "sửa chữa lớn 150 xe/năm; sửa chữa vừa 300 xe/năm", "04"),
)  # fmt: skip


def _facility_je2_vi(doc: Doc) -> None:
    r = doc.rng
    name, company, place, capacity, prefix = doc.pick(VN_Z)
    msdn = prefix + f"{r.randint(0, 99_999_999):08d}"
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG CỦA CƠ SỞ {name.upper()}")
    doc.h("Chương I. THÔNG TIN CHUNG VỀ CƠ SỞ")
    rows, merges = [], []
    _span(rows, merges, "1. Tên chủ cơ sở", 2)
    rows += [["Tên chủ cơ sở", f"{company} ({name}) – Cục Xe máy – Vận tải, Bộ Quốc phòng"],
             ["Địa chỉ văn phòng", place],
             ["Người đại diện theo pháp luật", f"Đại tá {doc.pick(('Nguyễn Văn Bình', 'Trần Đức Long', 'Phạm Quang Huy'))} – Giám đốc"],
             ["Điện thoại", f"069.{r.randint(500, 999)}.{r.randint(100, 999)}"],
             ["Mã số doanh nghiệp", f"{msdn}, đăng ký lần đầu ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2010, "
                                    f"đăng ký thay đổi lần thứ {r.randint(3, 8)} ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2024"]]
    _span(rows, merges, "2. Tên cơ sở", 2)
    rows += [["Tên cơ sở", f"{name} – cơ sở sửa chữa xe quân sự"],
             ["Địa điểm", place],
             ["Tọa độ", "Không công bố (khu vực quân sự, thông tin thuộc phạm vi bí mật nhà nước)"],
             ["Quy mô, công suất", capacity],
             ["Phân loại theo tiêu chí về môi trường", "Cơ sở thuộc nhóm II (Phụ lục IV Nghị định số 08/2022/NĐ-CP)"],
             ["Cơ quan cấp giấy phép môi trường", "Bộ Quốc phòng"]]
    doc.table(None, rows, merges, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": name, "category": "II"})
    doc.table("Bảng 1.1. Các hạng mục công trình chính",
              [["TT", "Hạng mục", "Diện tích (m²)"],
               ["1", "Xưởng tháo rửa, sửa chữa động cơ", num(r.randint(1800, 3200), "vi")],
               ["2", "Xưởng gò, hàn, sơn vỏ xe", num(r.randint(1500, 2600), "vi")],
               ["3", "Khu thử xe, bãi xe chờ sửa chữa", num(r.randint(4000, 9000), "vi")],
               ["4", "Kho chất thải nguy hại", num(r.randint(30, 60), "vi")]], role="other")


# ---------------------------------------------------------------- emissions

# (number, RU source, KK source, RU data, KK data, hours, (low, high) load, {code: (low, high) g/s}, share of documents)
COLONY_SOURCES = (
    ("0001", "Дымовая труба котельной (Н = 30 м, D = 1,0 м)", "Қазандықтың түтін мұржасы (Н = 30 м, D = 1,0 м)",
     "Исходные данные: уголь Шубаркольский, B = {coal} т/год, Ar = 9,5 %, Sr = 0,45 %; золоуловитель – батарейный циклон БЦ-2, "
     "степень очистки 85 %; время работы 5 280 ч/год.",
     "Бастапқы деректер: Шұбаркөл көмірі, B = {coal} т/жыл, Ar = 9,5 %, Sr = 0,45 %; күл ұстағыш – БЦ-2 батареялық циклоны, тазарту "
     "дәрежесі 85 %; жұмыс уақыты 5 280 сағ/жыл.",
     5280, (0.55, 0.8), {"0301": (0.15, 0.45), "0304": (0.025, 0.07), "0330": (0.6, 1.6), "0337": (1.2, 3.5), "2908": (0.3, 0.9),
                         "0703": (2e-7, 9e-7)}, 1.0),
    ("0002", "Труба хлебопекарной печи ФТЛ-2 (Н = 12 м, D = 0,3 м)", "ФТЛ-2 нан пісіру пешінің мұржасы (Н = 12 м, D = 0,3 м)",
     "Исходные данные: дизельное топливо – {fuel} т/год; время работы 4 380 ч/год.",
     "Бастапқы деректер: дизель отыны – {fuel} т/жыл; жұмыс уақыты 4 380 сағ/жыл.",
     4380, (0.6, 0.85), {"0301": (0.01, 0.04), "0304": (0.002, 0.006), "0328": (0.001, 0.005), "0330": (0.02, 0.06), "0337": (0.03, 0.1)}, 1.0),
    ("0003", "Вытяжная вентиляция хлебопекарни (брожение теста, выпечка)", "Наубайхананың сорып шығару желдеткіші (қамырдың ашуы, пісіру)",
     "Исходные данные: выпуск хлебобулочных изделий – {bread} т/год.", "Бастапқы деректер: нан-тоқаш өнімдерін шығару – {bread} т/жыл.",
     4380, (0.6, 0.85), {"1061": (0.02, 0.08), "1555": (0.002, 0.008), "1317": (0.0005, 0.002)}, 1.0),
    ("0004", "Циклон деревообрабатывающего цеха (УЦ-1000)", "Ағаш өңдеу цехының циклоны (УЦ-1000)",
     "Исходные данные: станки ЦДК-4, СФ-6, ШлПС-5П; переработка древесины – {wood} м³/год; степень очистки циклона 90 %; 2 000 ч/год.",
     "Бастапқы деректер: ЦДК-4, СФ-6, ШлПС-5П станоктары; ағаш өңдеу – {wood} м³/жыл; циклонның тазарту дәрежесі 90 %; 2 000 сағ/жыл.",
     2000, (0.6, 0.9), {"2936": (0.05, 0.2)}, 1.0),
    ("0005", "Вытяжная вентиляция участка покраски мебели", "Жиһаз бояу учаскесінің сорып шығару желдеткіші",
     "Исходные данные: эмаль ПФ-115 – {paint} т/год, лак НЦ-218 – {lac} т/год; окраска кистью и пневмораспылением; 1 200 ч/год.",
     "Бастапқы деректер: ПФ-115 эмалі – {paint} т/жыл, НЦ-218 лагы – {lac} т/жыл; қылқаламмен және пневможүйемен бояу; 1 200 сағ/жыл.",
     1200, (0.5, 0.8), {"0616": (0.01, 0.04), "1210": (0.003, 0.01), "1401": (0.002, 0.008), "2752": (0.005, 0.02)}, 0.7),
    ("0006", "Вытяжная вентиляция швейного цеха (раскройный участок)", "Тігін цехының сорып шығару желдеткіші (пішу учаскесі)",
     "Исходные данные: {machines} швейных машин, раскройная машина ЭЗДМ-3; расход ткани – {cloth} тыс. м/год; 3 960 ч/год.",
     "Бастапқы деректер: {machines} тігін машинасы, ЭЗДМ-3 пішу машинасы; мата шығыны – {cloth} мың м/жыл; 3 960 сағ/жыл.",
     3960, (0.6, 0.9), {"2917": (0.001, 0.006)}, 1.0),
    ("6001", "Открытый склад угля", "Ашық көмір қоймасы",
     "Исходные данные: площадь 1 200 м², годовой грузооборот {coal} т; разгрузка самосвалом, подача на котельную погрузчиком.",
     "Бастапқы деректер: ауданы 1 200 м², жылдық жүк айналымы {coal} т; өздігінен аударғышпен түсіру, қазандыққа тиегішпен беру.",
     8760, (0.15, 0.3), {"2908": (0.02, 0.09)}, 1.0),
    ("6002", "Площадка временного хранения золошлака", "Күл-қожды уақытша сақтау алаңы",
     "Исходные данные: площадь 300 м², накопление до вывоза на золоотвал – {ash} т/год.",
     "Бастапқы деректер: ауданы 300 м², күл үйіндісіне шығарғанға дейін жинақталуы – {ash} т/жыл.",
     8760, (0.15, 0.3), {"2908": (0.005, 0.03)}, 0.6),
    ("6003", "Биологические пруды", "Биологиялық тоғандар",
     "Исходные данные: расход хозяйственно-бытовых сточных вод – {water} м³/сут.",
     "Бастапқы деректер: шаруашылық-тұрмыстық ағынды сулар шығыны – {water} м³/тәул.",
     8760, (0.6, 0.9), {"0303": (0.001, 0.005), "0333": (0.0001, 0.0005)}, 1.0),
)  # fmt: skip


def emissions_je1(doc: Doc) -> None:
    """A correctional institution's draft of emission norms whose table is a chain of calculation blocks: each source opens
    with a row spanning the table (`ИЗА 0001. Дымовая труба котельной (…Н = 30 м, D = 1,0 м)`), then a second spanning row of
    input data full of figures (coal a year, ash and sulphur content, cleaning degree, hours), then its substances with code,
    class, g/s and t/year under a two-row header, sometimes a `Итого по источнику` row; the boiler house of the institution,
    the bakery, the woodworking, furniture-painting and sewing shops of the state enterprise's branch, the coal store, the
    ash site and the biological ponds, a grand total (VI: a prison camp's loads by `Nguồn số 1` … `Nguồn số 4` blocks with
    input data rows and an emission-factor column before the loads, the kitchen boiler, carpentry shop, pig sties and
    standby generator, no source numbers)."""
    if doc.lang == "vi":
        _emissions_je1_vi(doc)
        return
    r = doc.rng
    L = _L(doc)
    g = doc.v
    colony = doc.pick(COLONIES[:2])[0]
    coal = r.randint(14, 26) * 100
    data = {"coal": num(coal, doc.lang), "fuel": num(r.randint(18, 40), doc.lang), "bread": num(r.randint(35, 70) * 10, doc.lang),
            "wood": num(r.randint(6, 15) * 100, doc.lang), "paint": num(round(r.uniform(0.8, 2.5), 1), doc.lang),
            "lac": num(round(r.uniform(0.3, 1.2), 1), doc.lang), "machines": str(r.randint(40, 90)),
            "cloth": num(r.randint(120, 380), doc.lang), "ash": num(round(coal * 0.12), doc.lang), "water": num(r.randint(18, 35) * 10, doc.lang)}
    doc.h(g(f"Проект нормативов допустимых выбросов для РГУ «Учреждение {colony} ДУИС по Карагандинской области»",
            f"«Қарағанды облысы бойынша ҚАЖД {colony} мекемесі» РММ үшін жол берілетін шығарындылар нормативтерінің жобасы", ""))
    doc.h(g("3.2. Расчет выбросов загрязняющих веществ по источникам", "3.2. Көздер бойынша ластаушы заттар шығарындыларын есептеу", ""))
    doc.p(g("Производственные цеха учреждения (хлебопекарня, деревообрабатывающий, мебельный и швейный цеха) эксплуатирует филиал РГП на ПХВ "
            "«Еңбек»; их выбросы учтены в составе нормативов учреждения как единого объекта. Расчеты выполнены по действующим методикам.",
            "Мекеменің өндірістік цехтарын (наубайхана, ағаш өңдеу, жиһаз және тігін цехтары) «Еңбек» ШЖҚ РМК филиалы пайдаланады; олардың "
            "шығарындылары мекеменің бірыңғай объект ретіндегі нормативтерінің құрамында ескерілді. Есептер қолданыстағы әдістемелер "
            "бойынша орындалды.", ""))
    rows = [g(["Код ЗВ", "Наименование загрязняющего вещества", "Класс опасности", "Выброс", None],
              ["ЛЗ коды", "Ластаушы заттың атауы", "Қауіптілік сыныбы", "Шығарынды", None], []),
            [None, None, None, g("г/с", "г/с", ""), g("т/год", "т/жыл", "")]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4)]
    subtotals = r.random() < 0.5
    numbers, all_g, all_t = [], [], []
    for number, s_ru, s_kk, d_ru, d_kk, hours, (flo, fhi), codes, share in COLONY_SOURCES:
        if share < 1 and r.random() > share:
            continue
        numbers.append(number)
        _span(rows, merges, g(f"ИЗА {number}. {s_ru}", f"{number} ЛШК. {s_kk}", ""), 5)
        _span(rows, merges, (d_ru, d_kk)[L].format(**data), 5)
        sg, st = [], []
        for c, (lo, hi) in codes.items():
            gs = _sig(r.uniform(lo, hi), 3)
            ty = _sig(gs * hours * 3600 / 1e6 * r.uniform(flo, fhi), 3)
            hz = _hazard(c)
            rows.append([c, _air(doc, c), _hz(hz), num(gs, doc.lang), num(ty, doc.lang)])
            doc.add("emissions", emission(c, gs, ty, number, hz))
            sg.append(gs)
            st.append(ty)
        if subtotals and len(codes) > 1:
            rows.append(["", g("Итого по источнику", "Көз бойынша барлығы", ""), "", num(round(sum(sg), 6), doc.lang), num(round(sum(st), 6), doc.lang)])
        all_g += sg
        all_t += st
    rows.append(["", g("Всего по учреждению", "Мекеме бойынша барлығы", ""), "", num(round(sum(all_g), 6), doc.lang), num(round(sum(all_t), 6), doc.lang)])
    doc.table(g("Таблица 3.2 – Результаты расчета выбросов", "3.2-кесте – Шығарындыларды есептеу нәтижелері", ""), rows, merges, role="emissions")
    doc.add("sources", *({"number": n, "type": _kind(n)} for n in numbers))
    doc.p(g("Для пыли древесной и уайт-спирита класс опасности не установлен, нормирование выполнено по ОБУВ.",
            "Ағаш шаңы мен уайт-спирит үшін қауіптілік сыныбы белгіленбеген, нормалау ҚӘБД бойынша орындалды.", ""))
    maybe_distractor(doc)


# (block, input data, unit of the factor, hours, {code: (low, high) g/s})
VN_CAMP_SOURCES = (
    ("Nguồn số 1. Ống khói lò hơi đốt than cấp hơi cho bếp ăn tập thể (02 lò 1 tấn hơi/giờ, cao 20 m)",
     "Thông số đầu vào: than cám 4a Quảng Ninh {coal} tấn/năm; độ tro A = 25 %; lưu huỳnh S = 0,6 %; xử lý bằng cyclon và tháp hấp thụ dung "
     "dịch sữa vôi; vận hành 12 giờ/ngày × 365 ngày.", "coal", "kg/tấn than", 4380,
     {"2902": (0.15, 0.5), "0330": (0.2, 0.6), "0301": (0.08, 0.25), "0337": (0.3, 0.9)}),
    ("Nguồn số 2. Xưởng mộc gia công (cưa, bào, chà nhám)",
     "Thông số đầu vào: gỗ keo rừng trồng {wood} m³/năm; hút bụi bằng hệ thống túi vải; 8 giờ/ngày × 300 ngày.", "wood", "kg/m³ gỗ", 2400,
     {"2936": (0.03, 0.12)}),
    ("Nguồn số 3. Khu chuồng nuôi lợn và hầm biogas",
     "Thông số đầu vào: quy mô {pigs} con lợn thịt; chuồng kín, làm mát bằng tấm làm mát và quạt hút.", "pigs", "kg/con/năm", 8760,
     {"0303": (0.004, 0.015), "0333": (0.0005, 0.002)}),
    ("Nguồn số 4. Máy phát điện dự phòng 250 kVA",
     "Thông số đầu vào: dầu DO 0,05 % S, tiêu thụ {do} tấn/năm; vận hành khoảng 250 giờ/năm khi mất điện lưới.", "do", "kg/tấn DO", 250,
     {"2902": (0.01, 0.03), "0330": (0.005, 0.02), "0301": (0.15, 0.4), "0337": (0.04, 0.12)}),
)  # fmt: skip


def _emissions_je1_vi(doc: Doc) -> None:
    r = doc.rng
    camp = doc.pick(VN_CAMPS)[0]
    act = {"coal": r.randint(45, 80) * 10, "wood": r.randint(12, 24) * 100, "pigs": r.randint(8, 16) * 100, "do": round(r.uniform(8, 15), 1)}
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – {camp.upper()}")
    doc.h("3.2. Công trình, biện pháp xử lý bụi, khí thải")
    doc.p("Tải lượng được tính theo hệ số phát thải của Tổ chức Y tế Thế giới (WHO, 1993) và số liệu tiêu thụ nhiên liệu năm 2025 của Đội Hậu cần. "
          "Các nguồn được đánh số theo sơ đồ mặt bằng tại Phụ lục 3.")
    rows = [["Thông số", "Hệ số phát thải", "Tải lượng (g/s)", "Tải lượng (tấn/năm)"]]
    merges = []
    for block, data, key, unit, hours, codes in VN_CAMP_SOURCES:
        _span(rows, merges, block, 4)
        _span(rows, merges, data.format(**{k: num(v, "vi") for k, v in act.items()}), 4)
        for c, (lo, hi) in codes.items():
            gs = _sig(r.uniform(lo, hi), 3)
            ty = _sig(gs * hours * 3600 / 1e6 * r.uniform(0.7, 0.95), 3)
            factor = _sig(ty * 1000 / act[key], 3)
            rows.append([_vi(c), f"{num(factor, 'vi')} {unit}", num(gs, "vi"), num(ty, "vi")])
            doc.add("emissions", emission(c, gs, ty))
    doc.table("Bảng 3.3. Tải lượng bụi, khí thải phát sinh tại trại giam", rows, merges, role="emissions")
    doc.p("Ghi chú: tải lượng của máy phát điện chỉ phát sinh khi mất điện lưới.")
    maybe_distractor(doc)


# (site, number, RU source, KK source, hours, (low, high) load, {code: (low, high) g/s})
GARRISON_SOURCES = (
    (1, "0001", "Дымовая труба котельной", "Қазандықтың түтін мұржасы", 6500, (0.5, 0.75),
     {"0301": (0.05, 0.2), "0304": (0.008, 0.03), "0330": (0.2, 0.7), "0337": (0.4, 1.5), "2908": (0.1, 0.4), "0703": (1e-7, 5e-7)}),
    (1, "0002", "Вытяжная вентиляция ПТОР (посты ТО и ремонта)", "Техникалық қызмет көрсету және жөндеу пунктінің сорып шығару желдеткіші", 2000, (0.4, 0.7),
     {"0301": (0.002, 0.008), "0304": (0.0003, 0.0012), "0328": (0.0002, 0.001), "0330": (0.0005, 0.002), "0337": (0.01, 0.04),
      "2732": (0.002, 0.008)}),
    (1, "0003", "Аккумуляторная (зарядка АКБ)", "Аккумуляторлық (АКБ зарядтау)", 1500, (0.5, 0.8), {"0322": (0.00002, 0.0001)}),
    (1, "6001", "Открытая стоянка техники парка боевых машин", "Жауынгерлік машиналар паркі техникасының ашық тұрағы", 1200, (0.3, 0.6),
     {"0301": (0.02, 0.08), "0304": (0.003, 0.012), "0328": (0.002, 0.01), "0330": (0.004, 0.015), "0337": (0.1, 0.4), "2732": (0.02, 0.08)}),
    (1, "6002", "Склад угля и площадка золошлака", "Көмір қоймасы және күл-қож алаңы", 8760, (0.15, 0.3), {"2908": (0.02, 0.08)}),
    (2, "0004", "Дыхательные клапаны резервуаров бензина АИ-92 (РГС-50, 3 шт.)", "АИ-92 бензин резервуарларының тыныс алу клапандары (РГС-50, 3 дана)",
     8760, (0.04, 0.12),
     {"0415": (0.3, 0.9), "0416": (0.1, 0.35), "0602": (0.001, 0.005), "0616": (0.0003, 0.0015), "0621": (0.001, 0.004), "0627": (0.00003, 0.00015)}),
    (2, "0005", "Дыхательные клапаны резервуаров дизельного топлива (РГС-50, 3 шт.)", "Дизель отыны резервуарларының тыныс алу клапандары (РГС-50, 3 дана)",
     8760, (0.04, 0.12), {"0333": (0.00002, 0.0001), "2754": (0.008, 0.03)}),
    (2, "6003", "Пункт налива топлива в автотопливозаправщики", "Автоотын құйғыштарға отын құю пункті", 1500, (0.2, 0.4),
     {"0415": (0.2, 0.7), "0416": (0.07, 0.25), "0333": (0.00001, 0.00005), "2754": (0.004, 0.015)}),
    (3, "6004", "Огневые рубежи стрельбища (стрелковое оружие)", "Атыс алаңының атыс шептері (атыс қаруы)", 600, (0.3, 0.6),
     {"0337": (0.01, 0.05), "0301": (0.001, 0.005), "0184": (0.00005, 0.0003)}),
    (3, "6005", "Стоянка техники на стрельбище", "Атыс алаңындағы техника тұрағы", 400, (0.4, 0.7),
     {"0301": (0.005, 0.02), "0337": (0.03, 0.1), "2732": (0.005, 0.02)}),
)  # fmt: skip


def emissions_je2(doc: Doc) -> None:
    """A garrison's inventory of emission sources laid out one row per source, as tables converted from old Word files hold
    them: the codes, the substances' names, the grams a second and the tonnes a year of all a source's substances stacked as
    lines inside four cells of that one row, so that only the line's position ties a code to its figures; rows spanning the
    table name the three sites (the military town with its boiler house, vehicle park and battery room, the fuel depot with
    the breathing valves of its petrol and diesel tanks and its filling point, the firing range with its firing lines), no
    hazard class, a total of the unit (VI: a military vehicle repair factory's stacks `OT-01` … `OT-04` — shot blasting, paint
    and drying booth, oil-fired heater, engine test room — and its welding shop without a stack, lines stacked the same way,
    the stack labels no source numbers)."""
    if doc.lang == "vi":
        _emissions_je2_vi(doc)
        return
    r = doc.rng
    L = _L(doc)
    g = doc.v
    unit, *_, range_km = doc.pick(GARRISONS)
    doc.h(g(f"Отчет по инвентаризации источников выбросов загрязняющих веществ войсковой части {unit}",
            f"{unit} әскери бөлімінің ластаушы заттар шығарындылары көздерін түгендеу жөніндегі есеп", ""))
    doc.p(g("Инвентаризация проведена на трех площадках воинской части. Выбросы определены расчетным методом; максимальные разовые выбросы "
            "(г/с) приняты для условий одновременной работы оборудования, валовые (т/год) – по фактическому расходу топлива и "
            "количеству выстрелов за 2025 год.",
            "Түгендеу әскери бөлімнің үш алаңында жүргізілді. Шығарындылар есептеу әдісімен анықталды; ең жоғары бір реттік шығарындылар "
            "(г/с) жабдықтың бір мезгілде жұмыс істеу жағдайы үшін, жалпы шығарындылар (т/жыл) 2025 жылғы отынның нақты шығыны және "
            "атыстар саны бойынша қабылданды.", ""))
    sites = {1: g("Площадка 1 – военный городок (котельная, парк боевых машин)", "1-алаң – әскери қалашық (қазандық, жауынгерлік машиналар паркі)", ""),
             2: g("Площадка 2 – склад горючего", "2-алаң – жанармай қоймасы", ""),
             3: g(f"Площадка 3 – войсковое стрельбище (в {range_km} км от военного городка)", f"3-алаң – әскери атыс алаңы (әскери қалашықтан {range_km} км)", "")}
    rows = [g(["№ ИЗА", "Источник выброса", "Код ЗВ", "Наименование загрязняющего вещества", "Выброс, г/с", "Выброс, т/год"],
              ["ЛШК №", "Шығарынды көзі", "ЛЗ коды", "Ластаушы заттың атауы", "Шығарынды, г/с", "Шығарынды, т/жыл"], [])]
    merges = []
    site, numbers, all_g, all_t = 0, [], [], []
    for s, number, s_ru, s_kk, hours, (flo, fhi), codes in GARRISON_SOURCES:
        if s != site:
            site = s
            _span(rows, merges, sites[s], 6)
        gss, tys = [], []
        for c, (lo, hi) in codes.items():
            gs = _sig(r.uniform(lo, hi), 3)
            ty = _sig(gs * hours * 3600 / 1e6 * r.uniform(flo, fhi), 3)
            gss.append(gs)
            tys.append(ty)
            doc.add("emissions", emission(c, gs, ty, number))
        rows.append([number, (s_ru, s_kk)[L], "\n".join(codes), "\n".join(_air(doc, c) for c in codes),
                     "\n".join(num(v, doc.lang) for v in gss), "\n".join(num(v, doc.lang) for v in tys)])
        numbers.append(number)
        all_g += gss
        all_t += tys
    rows.append(["", g(f"Всего по войсковой части {unit}", f"{unit} әскери бөлімі бойынша барлығы", ""), "", "",
                 num(round(sum(all_g), 6), doc.lang), num(round(sum(all_t), 6), doc.lang)])
    doc.table(g("Таблица 2 – Источники выбросов и выбрасываемые вещества", "2-кесте – Шығарынды көздері және шығарылатын заттар", ""),
              rows, merges, role="emissions")
    doc.add("sources", *({"number": n, "type": _kind(n)} for n in numbers))
    maybe_distractor(doc)


# (label, source, hours, {code: (low, high) g/s})
VN_Z_SOURCES = (
    ("OT-01", "Buồng phun bi làm sạch khung, vỏ xe (lọc bụi túi vải)", 2400, {"2902": (0.05, 0.2)}),
    ("OT-02", "Buồng sơn – sấy vỏ xe (màng nước, than hoạt tính)", 2400,
     {"2902": (0.01, 0.04), "0616": (0.03, 0.1), "0621": (0.01, 0.05), "1210": (0.005, 0.02)}),
    ("OT-03", "Ống khói lò đốt dầu DO cấp nhiệt buồng sấy", 2400, {"2902": (0.01, 0.03), "0330": (0.04, 0.12), "0301": (0.02, 0.07), "0337": (0.01, 0.04)}),
    ("OT-04", "Ống thải phòng thử động cơ sau đại tu", 800, {"0301": (0.05, 0.2), "0337": (0.03, 0.1), "0330": (0.005, 0.02), "2902": (0.005, 0.02)}),
    ("-", "Khu vực hàn, cắt kim loại (phát tán trong nhà xưởng)", 2400, {"0123": (0.002, 0.008), "0143": (0.0002, 0.0008)}),
)  # fmt: skip


def _emissions_je2_vi(doc: Doc) -> None:
    r = doc.rng
    name = doc.pick(VN_Z)[0]
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG CỦA {name.upper()}")
    doc.h("3.2. Nguồn phát sinh và tải lượng bụi, khí thải")
    doc.p("Tải lượng tính theo định mức sơn, dung môi, nhiên liệu tiêu thụ năm 2025 và kết quả quan trắc định kỳ; ký hiệu ống thải theo bản vẽ "
          "mặt bằng thoát khí (Phụ lục 4).")
    rows = [["Ký hiệu", "Nguồn phát sinh", "Thông số", "Tải lượng (g/s)", "Tải lượng (tấn/năm)"]]
    for label, source, hours, codes in VN_Z_SOURCES:
        gss, tys = [], []
        for c, (lo, hi) in codes.items():
            gs = _sig(r.uniform(lo, hi), 3)
            ty = _sig(gs * hours * 3600 / 1e6 * r.uniform(0.6, 0.9), 3)
            gss.append(gs)
            tys.append(ty)
            doc.add("emissions", emission(c, gs, ty))
        rows.append([label, source, "\n".join(_vi(c) for c in codes), "\n".join(num(v, "vi") for v in gss), "\n".join(num(v, "vi") for v in tys)])
    doc.table("Bảng 3.4. Tải lượng bụi, khí thải của Nhà máy", rows, role="emissions")
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

# ((RU group, KK group), [(code, RU, KK, (low, high) t, fate)]); fate: used, transfer, placed
COLONY_WASTES = (
    (("Котельная", "Қазандық"), [
        ("10 01 01", "Золошлаковые отходы", "Күл-қож қалдықтары", (180, 320), "placed")]),
    (("Производственные цеха филиала РГП на ПХВ «Еңбек»", "«Еңбек» ШЖҚ РМК филиалының өндірістік цехтары"), [
        ("04 02 22", "Обрезки и лоскут хлопчатобумажных тканей", "Мақта-мата маталарының қиындылары мен қиқымдары", (4, 12), "transfer"),
        ("03 01 05", "Опилки и стружка древесные", "Ағаш үгінділері мен жоңқалары", (30, 90), "used"),
        ("02 06 01", "Хлебобулочные изделия, непригодные для употребления", "Тұтынуға жарамсыз нан-тоқаш өнімдері", (1, 4), "used"),
        ("15 01 10*", "Тара из-под лакокрасочных материалов", "Лак-бояу материалдарының ыдысы", (0.1, 0.5), "transfer")]),
    (("Жилая и хозяйственная зоны", "Тұрғын және шаруашылық аймақтар"), [
        ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", (250, 450), "transfer"),
        ("20 01 08", "Пищевые отходы столовой", "Асхананың тамақ қалдықтары", (40, 90), "used"),
        ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", (0.05, 0.2), "transfer"),
        ("19 08 05", "Осадок с иловых площадок биологических прудов", "Биологиялық тоғандардың лай алаңдарындағы тұнба", (20, 60), "placed")]),
    (("Автотранспорт учреждения", "Мекеменің автокөлігі"), [
        ("13 02 05*", "Отработанные моторные масла", "Пайдаланылған мотор майлары", (0.3, 1.0), "transfer"),
        ("16 01 03", "Изношенные шины", "Тозған шиналар", (0.5, 1.5), "transfer"),
        ("15 02 02*", "Промасленная ветошь", "Майланған шүберек", (0.05, 0.2), "transfer")]),
)  # fmt: skip
FATES = ("used", "transfer", "placed")


def _t(x: float) -> float:
    """Tonnes as a report rounds them: three decimals under ten tonnes, one above."""
    return round(x, 3) if x < 10 else round(x, 1)


def wastes_je1(doc: Doc) -> None:
    """A correctional institution's report on the movement of its wastes in a year: what was on hand at the start, a merged
    group `Движение отходов в 2025 году` of four sub-columns — formed, used or rendered harmless by its own means (sawdust
    burnt in the boiler house, bread waste and kitchen scraps fed to its piggery), handed to other organisations, placed on its
    own objects (the ash dump, the sludge beds) — and what remained at the end; only `образовано` is the amount, the other four
    figures looking just like it; rows spanning the table group the wastes by where they arise (boiler house, the shops of the
    state enterprise's branch, living and household zones, vehicles) (VI: a prison camp's wastes of 2025 in kilograms with the
    stock carried over, the amount arisen, treated on site, handed over and left, under Roman group rows, hazardous codes and
    the infirmary's infectious waste)."""
    if doc.lang == "vi":
        _wastes_je1_vi(doc)
        return
    r = doc.rng
    L = _L(doc)
    g = doc.v
    colony = doc.pick(COLONIES[:2])[0]
    doc.h(g(f"Отчет по инвентаризации отходов производства и потребления за 2025 год. РГУ «Учреждение {colony}»",
            f"«{colony} мекемесі» РММ. 2025 жылғы өндіріс және тұтыну қалдықтарын түгендеу жөніндегі есеп", ""))
    doc.p(g("Учреждение размещает золошлаковые отходы котельной на собственном золоотвале, осадок биологических прудов – на иловых площадках; "
            "древесные отходы сжигаются в котельной, пищевые отходы и брак хлебопекарни используются в подсобном хозяйстве.",
            "Мекеме қазандықтың күл-қож қалдықтарын меншікті күл үйіндісіне, биологиялық тоғандардың тұнбасын лай алаңдарына орналастырады; "
            "ағаш қалдықтары қазандықта жағылады, тамақ қалдықтары мен наубайхананың ақауы қосалқы шаруашылықта пайдаланылады.", ""))
    rows = [g(["№ п/п", "Наименование отхода", "Код отхода", "Наличие на начало года, т", "Движение отходов в 2025 году, т", None, None, None,
               "Наличие на конец года, т"],
              ["Р/с №", "Қалдықтың атауы", "Қалдық коды", "Жыл басындағы қалдық, т", "2025 жылы қалдықтардың қозғалысы, т", None, None, None,
               "Жыл соңындағы қалдық, т"], []),
            [None, None, None, None, *g(["образовано", "использовано, обезврежено собственными силами", "передано сторонним организациям",
                                         "размещено на собственных объектах"],
                                        ["түзілді", "өз күшімен пайдаланылды, залалсыздандырылды", "бөгде ұйымдарға берілді",
                                         "меншікті объектілерге орналастырылды"], []), None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 1, 3), (0, 4, 0, 7), (0, 8, 1, 8)]
    k = 0
    for (gr_ru, gr_kk), items in COLONY_WASTES:
        _span(rows, merges, (gr_ru, gr_kk)[L], 9)
        for code, n_ru, n_kk, (lo, hi), fate in items:
            k += 1
            formed = _t(r.uniform(lo, hi))
            start = _t(formed * r.uniform(0.05, 0.25)) if fate == "transfer" and r.random() < 0.6 else 0.0
            end = _t(formed * r.uniform(0.05, 0.2)) if fate == "transfer" and r.random() < 0.5 else 0.0
            moved = _t(start + formed - end)
            cells = [num(moved, doc.lang) if f == fate else "–" for f in FATES]
            name = (n_ru, n_kk)[L]
            rows.append([str(k), name, code, num(start, doc.lang) if start else "–", num(formed, doc.lang), *cells,
                         num(end, doc.lang) if end else "–"])
            doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": formed,
                               "name_contains": _words(name, 3)})
    doc.table(g("Таблица 2 – Сведения о движении отходов", "2-кесте – Қалдықтардың қозғалысы туралы мәліметтер", ""), rows, merges, role="wastes")
    doc.p(g("Отходы переданы по договорам ТОО «Қарағанды Эко Сервис» (ТБО, шины, ткани) и ТОО «Экопереработка» (опасные отходы).",
            "Қалдықтар шарттар бойынша «Қарағанды Эко Сервис» ЖШС-ге (ҚТҚ, шиналар, маталар) және «Экопереработка» ЖШС-ге (қауіпті "
            "қалдықтар) берілді.", ""))
    maybe_distractor(doc)


# (group, [(code or None, name, (low, high) kg, fate)]); fate: self, transfer
VN_CAMP_WASTES = (
    ("I. Chất thải rắn sinh hoạt", [
        (None, "Chất thải rắn sinh hoạt của phạm nhân và cán bộ", (250_000, 420_000), "transfer"),
        (None, "Thức ăn thừa từ bếp ăn tập thể", (30_000, 60_000), "self")]),
    ("II. Chất thải rắn công nghiệp thông thường", [
        (None, "Vải vụn, chỉ thừa từ xưởng may gia công", (2_000, 6_000), "transfer"),
        (None, "Mùn cưa, phoi bào từ xưởng mộc", (20_000, 60_000), "self"),
        (None, "Xỉ than lò hơi", (60_000, 120_000), "transfer"),
        (None, "Phân lợn, chất độn chuồng", (150_000, 300_000), "self")]),
    ("III. Chất thải nguy hại", [
        ("17 02 03", "Dầu động cơ, hộp số và bôi trơn tổng hợp thải", (150, 400), "transfer"),
        ("16 01 06", "Bóng đèn huỳnh quang và các loại thủy tinh hoạt tính thải", (20, 60), "transfer"),
        ("18 02 01", "Chất hấp thụ, vật liệu lọc, giẻ lau, vải bảo vệ thải bị nhiễm các thành phần nguy hại", (50, 200), "transfer"),
        ("19 06 01", "Pin, ắc quy chì thải", (80, 300), "transfer")]),
    ("IV. Chất thải y tế từ bệnh xá trại giam", [
        ("13 01 01", "Chất thải lây nhiễm (bao gồm cả chất thải sắc nhọn)", (200, 600), "transfer")]),
)  # fmt: skip


def _wastes_je1_vi(doc: Doc) -> None:
    r = doc.rng
    camp = doc.pick(VN_CAMPS)[0]
    doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – {camp.upper()}")
    doc.h("3. Kết quả quản lý chất thải rắn, chất thải nguy hại")
    doc.p("Chất thải rắn sinh hoạt và xỉ than được chuyển giao cho đơn vị dịch vụ môi trường của xã; thức ăn thừa, mùn cưa và phân lợn được "
          "trại giam tự xử lý (chăn nuôi, đốt lò hơi, hầm biogas và ủ phân). Chất thải nguy hại và chất thải y tế lưu giữ tại kho riêng.")
    rows = [["TT", "Tên chất thải", "Mã CTNH", "Tồn năm 2024 chuyển sang (kg)", "Phát sinh năm 2025 (kg)", "Tự xử lý (kg)", "Chuyển giao (kg)",
             "Tồn cuối năm (kg)"]]
    merges = []
    for group, items in VN_CAMP_WASTES:
        _span(rows, merges, group, 8)
        for k, (code, name, (lo, hi), fate) in enumerate(items, 1):
            kg = r.randint(lo // 10, hi // 10) * 10
            start = r.randint(0, kg // 5) if code and r.random() < 0.5 else 0
            end = r.randint(0, kg // 5) if code and r.random() < 0.5 else 0
            moved = start + kg - end
            cells = [num(moved, "vi") if f == fate else "-" for f in ("self", "transfer")]
            rows.append([str(k), name, code or "-", num(start, "vi") if start else "-", num(kg, "vi"), *cells, num(end, "vi") if end else "-"])
            if code:
                doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000, "name_contains": _words(name, 5)})
            else:
                doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": kg / 1000, "name_contains": _words(name, 4)})
    doc.table("Bảng 3.1. Khối lượng chất thải phát sinh và xử lý năm 2025", rows, merges, role="wastes")
    maybe_distractor(doc)


# (brand, (low, high) units)
FLEET = (("КамАЗ-5350", (18, 40)), ("Урал-4320", (10, 25)), ("УАЗ-31519", (6, 14)), ("БТР-82А", (8, 20)))
# (code, RU, KK, {brand: (quantity, mass kg, times a year, RU norm, KK norm, RU period, KK period)})
FLEET_WASTES = (
    ("16 06 01*", "Аккумуляторы свинцовые отработанные неразобранные, с неслитым электролитом",
     "Электролиті төгілмеген, бөлшектелмеген пайдаланылған қорғасын аккумуляторлары",
     {"КамАЗ-5350": (2, 62, 1 / 3, "2 АКБ 6СТ-190 × 62 кг", "2 АКБ 6СТ-190 × 62 кг", "1 раз в 3 года", "3 жылда 1 рет"),
      "Урал-4320": (2, 62, 1 / 3, "2 АКБ 6СТ-190 × 62 кг", "2 АКБ 6СТ-190 × 62 кг", "1 раз в 3 года", "3 жылда 1 рет"),
      "УАЗ-31519": (1, 22, 1 / 3, "1 АКБ 6СТ-60 × 22 кг", "1 АКБ 6СТ-60 × 22 кг", "1 раз в 3 года", "3 жылда 1 рет"),
      "БТР-82А": (4, 72, 1 / 4, "4 АКБ 12СТ-85Р × 72 кг", "4 АКБ 12СТ-85Р × 72 кг", "1 раз в 4 года", "4 жылда 1 рет")}),
    ("16 01 03", "Шины пневматические автомобильные отработанные", "Пайдаланылған автомобиль пневматикалық шиналары",
     {"КамАЗ-5350": (6, 78, 1 / 4, "6 шин × 78 кг", "6 шина × 78 кг", "1 раз в 4 года", "4 жылда 1 рет"),
      "Урал-4320": (6, 95, 1 / 4, "6 шин × 95 кг", "6 шина × 95 кг", "1 раз в 4 года", "4 жылда 1 рет"),
      "УАЗ-31519": (4, 14, 1 / 3, "4 шины × 14 кг", "4 шина × 14 кг", "1 раз в 3 года", "3 жылда 1 рет"),
      "БТР-82А": (8, 128, 1 / 5, "8 шин × 128 кг", "8 шина × 128 кг", "1 раз в 5 лет", "5 жылда 1 рет")}),
    ("13 02 05*", "Отработанные моторные масла", "Пайдаланылған мотор майлары",
     {"КамАЗ-5350": (28, 0.9, 2, "28 л × 0,9 кг/л", "28 л × 0,9 кг/л", "2 раза в год", "жылына 2 рет"),
      "Урал-4320": (26, 0.9, 2, "26 л × 0,9 кг/л", "26 л × 0,9 кг/л", "2 раза в год", "жылына 2 рет"),
      "УАЗ-31519": (6, 0.9, 2, "6 л × 0,9 кг/л", "6 л × 0,9 кг/л", "2 раза в год", "жылына 2 рет"),
      "БТР-82А": (30, 0.9, 1, "30 л × 0,9 кг/л", "30 л × 0,9 кг/л", "1 раз в год", "жылына 1 рет")}),
    ("16 01 07*", "Фильтры масляные отработанные", "Пайдаланылған май сүзгілері",
     {"КамАЗ-5350": (2, 1.2, 2, "2 фильтра × 1,2 кг", "2 сүзгі × 1,2 кг", "2 раза в год", "жылына 2 рет"),
      "Урал-4320": (2, 1.2, 2, "2 фильтра × 1,2 кг", "2 сүзгі × 1,2 кг", "2 раза в год", "жылына 2 рет"),
      "УАЗ-31519": (1, 0.4, 2, "1 фильтр × 0,4 кг", "1 сүзгі × 0,4 кг", "2 раза в год", "жылына 2 рет"),
      "БТР-82А": (2, 1.2, 1, "2 фильтра × 1,2 кг", "2 сүзгі × 1,2 кг", "1 раз в год", "жылына 1 рет")}),
)  # fmt: skip


def wastes_je2(doc: Doc) -> None:
    """A garrison's calculation of the wastes of its vehicle park laid out as blocks: a row spanning the table names each
    waste with its code in brackets (`1. Аккумуляторы свинцовые … (код 16 06 01*)`), rows for the makes of vehicles follow
    (КамАЗ, Урал, УАЗ, БТР) with their number, the norm per vehicle written as a product (`2 АКБ 6СТ-190 × 62 кг`, `28 л × 0,9
    кг/л`) and how often it is replaced (`1 раз в 3 года`), each row's tonnes, and the amount of the waste stands only in the
    block's `Итого` row; the oily rags counted from the number of services (VI: a naval base's repair workshops, the hazardous
    wastes by class of ship with the repairs a year and a norm per repair, the kilograms of each waste in its `Cộng` row)."""
    if doc.lang == "vi":
        _wastes_je2_vi(doc)
        return
    r = doc.rng
    L = _L(doc)
    g = doc.v
    unit = doc.pick(GARRISONS)[0]
    fleet = {brand: r.randint(lo, hi) for brand, (lo, hi) in FLEET}
    doc.h(g(f"Расчет объемов образования отходов парка боевых машин войсковой части {unit}",
            f"{unit} әскери бөлімінің жауынгерлік машиналар паркі қалдықтарының түзілу көлемдерін есептеу", ""))
    doc.p(g("Расчет выполнен по Методике разработки проектов нормативов предельного размещения отходов производства и потребления "
            "(приложение 16 к приказу Министра охраны окружающей среды РК от 18.04.2008 № 100-п) по списочному составу техники на "
            "01.01.2026.",
            "Есеп ҚР Қоршаған ортаны қорғау министрінің 18.04.2008 № 100-п бұйрығына 16-қосымша – Өндіріс және тұтыну қалдықтарын "
            "шекті орналастыру нормативтерінің жобаларын әзірлеу әдістемесі бойынша 01.01.2026 жағдай бойынша техниканың тізімдік "
            "құрамына сәйкес орындалды.", ""))
    rows = [g(["№", "Марка техники", "Количество техники, ед.", "Норматив на единицу техники", "Периодичность замены", "Образование, т/год"],
              ["№", "Техника маркасы", "Техника саны, бірл.", "Техника бірлігіне норматив", "Ауыстыру кезеңділігі", "Түзілуі, т/жыл"], [])]
    merges = []
    for k, (code, n_ru, n_kk, norms) in enumerate(FLEET_WASTES, 1):
        name = (n_ru, n_kk)[L]
        _span(rows, merges, g(f"{k}. {name} (код {code})", f"{k}. {name} (коды {code})", ""), 6)
        total = 0.0
        for j, (brand, n) in enumerate(fleet.items(), 1):
            qty, mass, times, nr_ru, nr_kk, p_ru, p_kk = norms[brand]
            t = round(n * qty * mass * times / 1000, 4)
            total += t
            rows.append([f"{k}.{j}", brand, str(n), (nr_ru, nr_kk)[L], (p_ru, p_kk)[L], num(t, doc.lang)])
        total = round(total, 4)
        rows.append(["", g("Итого по виду отхода", "Қалдық түрі бойынша барлығы", ""), "", "", "", num(total, doc.lang)])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": total, "name_contains": _words(name, 3)})
    k = len(FLEET_WASTES) + 1
    name = g("Ветошь промасленная", "Майланған шүберек", "")
    _span(rows, merges, g(f"{k}. {name} (код 15 02 02*)", f"{k}. {name} (коды 15 02 02*)", ""), 6)
    n_all = sum(fleet.values())
    rag = round(n_all * 0.25 * 4 / 1000, 4)
    rows.append([f"{k}.1", g("Все марки (ТО-1, ТО-2)", "Барлық маркалар (ТҚК-1, ТҚК-2)", ""), str(n_all),
                 g("0,25 кг на одно обслуживание", "бір қызмет көрсетуге 0,25 кг", ""), g("4 раза в год", "жылына 4 рет", ""), num(rag, doc.lang)])
    rows.append(["", g("Итого по виду отхода", "Қалдық түрі бойынша барлығы", ""), "", "", "", num(rag, doc.lang)])
    doc.add("wastes", {"code": "15 02 02*", "code_system": "LoW", "hazardous": True, "amount_t": rag, "name_contains": name})
    doc.table(g("Таблица 4 – Расчет образования отходов", "4-кесте – Қалдықтардың түзілуін есептеу", ""), rows, merges, role="wastes")
    doc.p(g("Отходы накапливаются на площадке временного хранения парка не более 6 месяцев и передаются по договору специализированной "
            "организации.",
            "Қалдықтар парктің уақытша сақтау алаңында 6 айдан аспайтын мерзімде жинақталады және шарт бойынша мамандандырылған ұйымға беріледі.", ""))
    maybe_distractor(doc)


# (workshop, unit, place, Kv of QCVN 19:2009/BTNMT)
VN_NAVAL = (
    ("Xưởng sửa chữa tàu X-47", "Căn cứ Hậu cần – Kỹ thuật Vùng 4 Hải quân", "phường Ba Ngòi, tỉnh Khánh Hòa", 1.0),
    ("Xưởng sửa chữa tàu X-52", "Căn cứ Hậu cần – Kỹ thuật Vùng 1 Hải quân", "phường Đồ Sơn, thành phố Hải Phòng", 0.8),
    ("Xưởng sửa chữa tàu X-58", "Căn cứ Hậu cần – Kỹ thuật Vùng 3 Hải quân", "phường Sơn Trà, thành phố Đà Nẵng", 0.8),
)
VN_SHIPS = (("Tàu tuần tra", (6, 14)), ("Tàu đổ bộ", (2, 6)), ("Tàu dịch vụ hậu cần", (3, 8)), ("Tàu kéo, tàu công vụ", (4, 10)))
# (code, name, {ship: kg a repair})
VN_SHIP_WASTES = (
    ("17 02 03", "Dầu động cơ, hộp số và bôi trơn tổng hợp thải", {"Tàu tuần tra": 160, "Tàu đổ bộ": 420, "Tàu dịch vụ hậu cần": 260,
                                                                   "Tàu kéo, tàu công vụ": 120}),
    ("17 04 03", "Dầu đáy tàu (nước la canh lẫn dầu)", {"Tàu tuần tra": 900, "Tàu đổ bộ": 2400, "Tàu dịch vụ hậu cần": 1500,
                                                        "Tàu kéo, tàu công vụ": 700}),
    ("08 01 01", "Sơn và vecni thải có dung môi hữu cơ", {"Tàu tuần tra": 25, "Tàu đổ bộ": 60, "Tàu dịch vụ hậu cần": 40, "Tàu kéo, tàu công vụ": 20}),
    ("18 02 01", "Chất hấp thụ, vật liệu lọc, giẻ lau, vải bảo vệ thải bị nhiễm các thành phần nguy hại",
     {"Tàu tuần tra": 15, "Tàu đổ bộ": 35, "Tàu dịch vụ hậu cần": 25, "Tàu kéo, tàu công vụ": 12}),
    ("19 06 01", "Pin, ắc quy chì thải", {"Tàu tuần tra": 65, "Tàu đổ bộ": 130, "Tàu dịch vụ hậu cần": 65, "Tàu kéo, tàu công vụ": 45}),
)  # fmt: skip


def _wastes_je2_vi(doc: Doc) -> None:
    r = doc.rng
    base = doc.pick(VN_NAVAL)[0]
    visits = {ship: r.randint(lo, hi) for ship, (lo, hi) in VN_SHIPS}
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – {base.upper()}")
    doc.h("3.4. Tính toán khối lượng chất thải nguy hại phát sinh")
    doc.p("Khối lượng chất thải nguy hại được tính theo số lượt tàu vào sửa chữa bình quân giai đoạn 2023–2025 và định mức phát sinh cho mỗi lượt "
          "sửa chữa do Phòng Kỹ thuật xây dựng.")
    rows = [["TT", "Loại tàu", "Số lượt sửa chữa/năm", "Định mức phát sinh (kg/lượt)", "Khối lượng (kg/năm)"]]
    merges = []
    for k, (code, name, norms) in enumerate(VN_SHIP_WASTES, 1):
        _span(rows, merges, f"{k}. {name} (mã CTNH {code})", 5)
        total = 0
        for j, (ship, n) in enumerate(visits.items(), 1):
            kg = n * norms[ship]
            total += kg
            rows.append([f"{k}.{j}", ship, str(n), num(norms[ship], "vi"), num(kg, "vi")])
        rows.append(["", "Cộng", "", "", num(total, "vi")])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": total / 1000, "name_contains": _words(name, 5)})
    doc.table("Bảng 3.6. Khối lượng chất thải nguy hại phát sinh từ hoạt động sửa chữa tàu", rows, merges, role="wastes")
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

# symbol: (НДС, ПДК of drinking water or None, (low, high) at the inlet, at the outlet, in the well or None)
PONDS = {
    "pH": ((6.5, 8.5), (6, 9), (7.2, 7.9), (7.4, 8.2), (7.0, 7.8)),
    "TSS": (20, None, (120, 220), (10, 21), None),
    "BOD5": (15, None, (140, 260), (6, 16), None),
    "COD": (30, None, (250, 450), (18, 32), None),
    "NH4+": (2, 2, (20, 40), (0.8, 2.2), (0.1, 0.8)),
    "NO2-": (3.3, 3.3, (0.05, 0.3), (0.1, 1.2), (0.01, 0.1)),
    "NO3-": (45, 45, (1, 5), (8, 40), (5, 30)),
    "Cl-": (350, 350, (120, 250), (120, 250), (80, 250)),
    "SO4": (500, 500, (150, 300), (150, 300), (120, 400)),
    "TPH": (0.3, 0.1, (0.5, 1.5), (0.08, 0.32), (0.01, 0.06)),
    "Surfactants": (0.5, 0.5, (1, 3), (0.15, 0.55), (0.02, 0.1)),
    "TDS": (1000, 1000, (700, 1100), (700, 1050), (500, 950)),
}


def _range_cell(doc: Doc, v) -> str:
    return f"{num(v[0], doc.lang)}–{num(v[1], doc.lang)}" if isinstance(v, tuple) else num(v, doc.lang)


def limits_je1(doc: Doc) -> None:
    """A laboratory's protocol of the sewage of a correctional institution's biological ponds with the sampling points as
    columns under a merged `Результаты анализов` — the inlet to the ponds (`т.1`), the outlet of the last pond (`т.2`) and an
    observation well below the ponds (`т.3`) — then two limit columns side by side: the permitted discharge (НДС) of the
    permit, which holds for `т.2` alone, and the drinking-water ПДК, which holds for the well, dashes where groundwater has
    none; the inlet has no limit at all and gives no item (VI: a prison camp's waste water before and after its treatment
    plant and a drilled well, QCVN 14:2008/BTNMT column B with K = 1,0 for the outlet and QCVN 09-MT:2015/BTNMT for the
    well)."""
    if doc.lang == "vi":
        _limits_je1_vi(doc)
        return
    r = doc.rng
    g = doc.v
    colony = doc.pick(COLONIES[:2])[0]
    pno, pdate = r.randint(110, 940), f"{r.randint(3, 27):02d}.{doc.pick(('05', '08', '10'))}.2025"
    doc.h(g(f"Протокол испытаний № {pno}-В от {pdate}", f"{pdate} ж. № {pno}-В сынақ хаттамасы", ""))
    doc.p(g(f"Заказчик: РГУ «Учреждение {colony}». Объект испытаний: хозяйственно-бытовые сточные воды учреждения, очищаемые на "
            "биологических прудах, и подземные воды в районе прудов. Испытательная лаборатория ТОО «Центр экологических исследований», "
            f"аттестат аккредитации KZ.T.09.{r.randint(1000, 2999)}.",
            f"Тапсырыс беруші: «{colony} мекемесі» РММ. Сынақ объектісі: биологиялық тоғандарда тазартылатын мекеменің "
            "шаруашылық-тұрмыстық ағынды сулары және тоғандар маңындағы жерасты сулары. Сынақ зертханасы – «Экологиялық зерттеулер "
            f"орталығы» ЖШС, аккредиттеу аттестаты KZ.T.09.{r.randint(1000, 2999)}.", ""))
    points = g(["т.1 – вход на биологические пруды", "т.2 – выпуск из пруда-доочистителя", "т.3 – наблюдательная скважина № 1 (ниже прудов по потоку)"],
               ["т.1 – биологиялық тоғандарға кіреберіс", "т.2 – қосымша тазарту тоғанынан шығару", "т.3 – № 1 бақылау ұңғымасы (ағын бойынша тоғандардан төмен)"], [])
    rows = [g(["№", "Показатель", "Ед. изм.", "Результаты анализов", None, None, "НДС (экологическое разрешение)", "ПДК для питьевой воды"],
              ["№", "Көрсеткіш", "Өлш. бірл.", "Талдау нәтижелері", None, None, "Жол берілетін төгінді нормативі (экологиялық рұқсат)", "Ауыз суға арналған ШЖК"], []),
            [None, None, None, *points, None, None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 5), (0, 6, 1, 6), (0, 7, 1, 7)]
    for k, (s, (nds, pdk, inlet, outlet, well)) in enumerate(PONDS.items(), 1):
        unit = None if s == "pH" else "mg/l"
        if s == "pH":
            v1, v2 = round(r.uniform(*inlet), 1), round(r.uniform(*outlet), 1)
        else:
            v1, v2 = _sig(r.uniform(*inlet), 3), _sig(r.uniform(*outlet), 2)
        v3 = (round(r.uniform(*well), 1) if s == "pH" else _sig(r.uniform(*well), 2)) if well else None
        rows.append([str(k), vocab.water(s, doc.lang), g("ед. pH", "pH бірл.", "") if s == "pH" else g("мг/дм³", "мг/дм³", ""),
                     num(v1, doc.lang), num(v2, doc.lang), num(v3, doc.lang) if v3 is not None else "–",
                     _range_cell(doc, nds), _range_cell(doc, pdk) if pdk else "–"])
        add(doc, limit(("symbol", s), "waste_water", nds, unit, None, "т.2", v2))
        if pdk and v3 is not None:
            add(doc, limit(("symbol", s), "water", pdk, unit, None, "т.3", v3))
    doc.table(g("Результаты испытаний", "Сынақ нәтижелері", ""), rows, merges, role="limits")
    doc.p(g("НДС – норматив допустимого сброса на выпуске из пруда-доочистителя по экологическому разрешению; ПДК – гигиенический норматив "
            "для воды питьевого назначения, применяется к наблюдательной скважине. Для точки т.1 нормативы не установлены.",
            "Жол берілетін төгінді нормативі экологиялық рұқсат бойынша қосымша тазарту тоғанынан шығаруға белгіленген; ШЖК – ауыз су мақсатындағы "
            "суға арналған гигиеналық норматив, бақылау ұңғымасына қолданылады. т.1 нүктесі үшін нормативтер белгіленбеген.", ""))
    maybe_distractor(doc)


# symbol: (unit, QCVN 14 column B, QCVN 09-MT or None, (low, high) inlet, outlet, well or None)
VN_CAMP_WATER = {
    "pH": (None, (5, 9), (5.5, 8.5), (6.8, 7.6), (6.6, 7.8), (6.2, 7.4)),
    "BOD5": ("mg/l", 50, None, (180, 300), (15, 45), None),
    "TSS": ("mg/l", 100, None, (150, 260), (20, 80), None),
    "TDS": ("mg/l", 1000, 1500, (600, 900), (550, 850), (150, 600)),
    "S2-": ("mg/l", 4, None, (5, 12), (0.5, 3), None),
    "NH4+": ("mg/l", 10, 1, (25, 45), (2, 9), (0.05, 0.6)),
    "NO3-": ("mg/l", 50, 15, (1, 6), (10, 40), (0.5, 8)),
    "Surfactants": ("mg/l", 10, None, (4, 9), (1, 3.5), None),
    "Coliform": ("MPN/100ml", 5000, 3, (150_000, 460_000), None, (1, 4)),
}


def _vi_range(v) -> str:
    return f"{num(v[0], 'vi')} – {num(v[1], 'vi')}" if isinstance(v, tuple) else num(v, "vi")


def _limits_je1_vi(doc: Doc) -> None:
    r = doc.rng
    camp = doc.pick(VN_CAMPS)[0]
    doc.h(f"KẾT QUẢ QUAN TRẮC NƯỚC THẢI VÀ NƯỚC DƯỚI ĐẤT ĐỢT {doc.pick(('I', 'II', 'III', 'IV'))} NĂM 2025 – {camp.upper()}")
    doc.p("Nước thải sinh hoạt của trại giam được xử lý bằng hệ thống xử lý sinh học (bể tự hoại – bể thiếu khí – bể hiếu khí – khử trùng) trước "
          "khi xả ra suối. Quy chuẩn áp dụng cho nước thải: QCVN 14:2008/BTNMT cột B, hệ số K = 1,0 (cơ sở sản xuất, doanh trại lực lượng vũ "
          "trang); cho nước giếng khoan: QCVN 09-MT:2015/BTNMT.")
    rows = [["TT", "Thông số", "Đơn vị", "Kết quả phân tích", None, None, "QCVN 14:2008/BTNMT (cột B, K = 1,0)", "QCVN 09-MT:2015/BTNMT"],
            [None, None, None, "NT1 – Nước thải đầu vào hệ thống xử lý", "NT2 – Nước thải sau xử lý, trước khi xả ra suối",
             "NN1 – Giếng khoan khu hậu cần", None, None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 5), (0, 6, 1, 6), (0, 7, 1, 7)]
    for k, (s, (unit, b, q09, inlet, outlet, well)) in enumerate(VN_CAMP_WATER.items(), 1):
        if s == "pH":
            v1, v2, v3 = round(r.uniform(*inlet), 1), round(r.uniform(*outlet), 1), round(r.uniform(*well), 1)
        elif s == "Coliform":
            v1, v2, v3 = float(r.randint(*inlet) // 1000 * 1000), float(r.choice((1500, 2100, 2400, 4300))), float(r.randint(*well))
        else:
            v1, v2 = _sig(r.uniform(*inlet), 3), _sig(r.uniform(*outlet), 2)
            v3 = _sig(r.uniform(*well), 2) if well else None
        rows.append([str(k), vocab.water(s, "vi"), unit or "-", num(v1, "vi"), num(v2, "vi"), num(v3, "vi") if v3 is not None else "-",
                     _vi_range(b), _vi_range(q09) if q09 else "-"])
        add(doc, limit(("symbol", s), "waste_water", b, unit, "B", "NT2", v2))
        if q09 and v3 is not None:
            add(doc, limit(("symbol", s), "water", q09, unit, None, "NN1", v3))
    doc.table("Bảng 2. Kết quả phân tích mẫu nước", rows, merges, role="limits")
    doc.p("Ghi chú: QCVN 14:2008/BTNMT chỉ áp dụng cho mẫu NT2; QCVN 09-MT:2015/BTNMT chỉ áp dụng cho mẫu NN1; mẫu NT1 dùng để đánh giá hiệu "
          "quả xử lý.")
    maybe_distractor(doc)


# (point, RU, KK, (low, high) Pb mg/kg on the surface)
RANGE_POINTS = (
    ("П-1", "пулеулавливающий вал огневого рубежа № 1", "№ 1 атыс шебінің оқ ұстағыш қорғаны", (60, 400)),
    ("П-2", "пулеулавливающий вал огневого рубежа № 2", "№ 2 атыс шебінің оқ ұстағыш қорғаны", (50, 300)),
    ("П-3", "огневой рубеж № 1 (позиция стрелков)", "№ 1 атыс шебі (атқыштар позициясы)", (15, 60)),
    ("П-4", "площадка сбора стреляных гильз", "атылған гильзаларды жинау алаңы", (20, 80)),
    ("Ф-1", "фоновая точка, 2 км севернее стрельбища", "фондық нүкте, атыс алаңынан 2 км солтүстікке қарай", (8, 20)),
)  # fmt: skip
# symbol: (ПДК mg/kg, RU form, KK form, hazard class of soil, share of Pb on the surface)
RANGE_METALS = {"Pb": (32, "валовая форма", "жалпы түрі", 1, 1.0), "Cu": (3, "подвижная форма", "жылжымалы түрі", 2, 0.06),
                "Zn": (23, "подвижная форма", "жылжымалы түрі", 1, 0.15)}


def limits_je2(doc: Doc) -> None:
    """A survey of the soil of a garrison's firing range: the metals as columns (lead as a gross content, copper and zinc as
    mobile forms in a second header row), the points as rows `П-1 – пулеулавливающий вал …` each merged down over two depth
    rows `0–5` and `5–20` cm with their own figures, a background point `Ф-1`, and at the foot a `ПДК` row and a row of soil
    hazard classes that is no limit (VI: a naval repair workshop's stacks as columns `KT1` … `KT3` under a merged header,
    dashes where a stack is not measured, one Cmax per parameter and the standard named per row — QCVN 19:2009/BTNMT column
    B with Kp and Kv for dust and gases, QCVN 20:2009/BTNMT for xylene and toluene, which has no column)."""
    if doc.lang == "vi":
        _limits_je2_vi(doc)
        return
    r = doc.rng
    L = _L(doc)
    g = doc.v
    unit = doc.pick(GARRISONS)[0]
    doc.h(g(f"Результаты обследования почв войскового стрельбища войсковой части {unit}", f"{unit} әскери бөлімінің әскери атыс алаңы топырағын зерттеу нәтижелері", ""))
    doc.p(g(f"Пробы отобраны {r.randint(5, 25)} июня 2025 г. методом конверта на двух глубинах. Анализ выполнен атомно-абсорбционным методом; "
            "медь и цинк определены в подвижной форме (ацетатно-аммонийный буфер, рН 4,8).",
            f"Сынамалар 2025 жылғы {r.randint(5, 25)} маусымда конверт әдісімен екі тереңдікте алынды. Талдау атомдық-абсорбциялық әдіспен "
            "орындалды; мыс пен мырыш жылжымалы түрде анықталды (ацетатты-аммонийлі буфер, рН 4,8).", ""))
    metals = list(RANGE_METALS)
    rows = [[g("Точка отбора", "Сынама алу нүктесі", ""), g("Глубина, см", "Тереңдігі, см", ""), *(vocab.soil(m, doc.lang) for m in metals)],
            [None, None, *(RANGE_METALS[m][1 + L] for m in metals)]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1)]
    points = [p for p in RANGE_POINTS if p[0] != "П-4" or r.random() < 0.6]
    for pid, p_ru, p_kk, (lo, hi) in points:
        start = len(rows)
        pb = r.uniform(lo, hi)
        for depth, factor in (("0–5", 1.0), ("5–20", r.uniform(0.3, 0.6))):
            line = [f"{pid} – {(p_ru, p_kk)[L]}" if depth == "0–5" else None, depth]
            for m in metals:
                pdk, *_, share = RANGE_METALS[m]
                v = round(pb * share * factor * r.uniform(0.8, 1.2), 1)
                line.append(num(v, doc.lang))
                add(doc, limit(("symbol", m), "soil", pdk, "mg/kg", None, pid, v))
            rows.append(line)
        merges.append((start, 0, start + 1, 0))
    rows.append([g("ПДК, мг/кг", "ШЖК, мг/кг", ""), None, *(num(RANGE_METALS[m][0], doc.lang) for m in metals)])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 1))
    rows.append([g("Класс опасности", "Қауіптілік сыныбы", ""), None, *(str(RANGE_METALS[m][3]) for m in metals)])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 1))
    doc.table(g("Таблица 3 – Содержание тяжелых металлов в почве, мг/кг", "3-кесте – Топырақтағы ауыр металдардың мөлшері, мг/кг", ""),
              rows, merges, role="limits")
    doc.p(g("На пулеулавливающих валах содержание свинца превышает ПДК; рекомендована замена грунта валов.",
            "Оқ ұстағыш қорғандарда қорғасын мөлшері ШЖК-дан асады; қорғандардың топырағын ауыстыру ұсынылды.", ""))
    maybe_distractor(doc)


# (label, code, C of the standard, QCVN 19 or not, points measured, (low, high) share of Cmax)
VN_STACK_PARAMS = (
    ("Bụi tổng", "2902", 200, True, ("KT1", "KT2", "KT3"), (0.2, 0.8)),
    ("SO2", "0330", 500, True, ("KT3",), (0.2, 0.7)),
    ("NOx (tính theo NO2)", "0301", 850, True, ("KT3",), (0.15, 0.5)),
    ("CO", "0337", 1000, True, ("KT3",), (0.05, 0.4)),
    ("Xylen", "0616", 870, False, ("KT2",), (0.02, 0.2)),
    ("Toluen", "0621", 750, False, ("KT2",), (0.02, 0.15)),
)


def _limits_je2_vi(doc: Doc) -> None:
    r = doc.rng
    base, unit, _, kv = doc.pick(VN_NAVAL)
    kp = 1.0
    doc.h(f"KẾT QUẢ QUAN TRẮC KHÍ THẢI ĐỊNH KỲ NĂM 2025 – {base.upper()}")
    doc.p(f"Đơn vị quản lý: {unit}. Lưu lượng mỗi ống thải dưới 20.000 m³/giờ nên Kp = 1,0; vị trí cơ sở thuộc vùng có Kv = "
          f"{num(kv, 'vi')}. Thông số hữu cơ so sánh với QCVN 20:2009/BTNMT (không áp dụng hệ số).")
    pts = ("KT1", "KT2", "KT3")
    rows = [["TT", "Thông số", "Đơn vị", "Kết quả", None, None, "Giới hạn cho phép (Cmax)", "Quy chuẩn so sánh"],
            [None, None, None, "KT1 – Ống thải buồng phun hạt mài làm sạch vỏ tàu", "KT2 – Ống thải buồng sơn chi tiết",
             "KT3 – Ống khói lò hơi đốt dầu DO", None, None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 5), (0, 6, 1, 6), (0, 7, 1, 7)]
    for k, (label, code, c, q19, measured, (lo, hi)) in enumerate(VN_STACK_PARAMS, 1):
        cmax = _sig(c * kp * kv, 6) if q19 else float(c)
        cells = []
        for p in pts:
            if p in measured:
                v = _sig(cmax * r.uniform(lo, hi), 3)
                cells.append(num(v, "vi"))
                add(doc, limit(("code", code), "flue_gas", cmax, "mg/Nm3", "B" if q19 else None, p, v))
            else:
                cells.append("-")
        rows.append([str(k), label, "mg/Nm³", *cells, num(cmax, "vi"), "QCVN 19:2009/BTNMT, cột B" if q19 else "QCVN 20:2009/BTNMT"])
    doc.table("Bảng 4. Kết quả phân tích mẫu khí thải", rows, merges, role="limits")
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring

PER_YEAR = {12: "monthly", 4: "quarterly", 2: "semiannual", 1: "yearly"}
# ((RU section, KK section), [(point or source, RU place, KK place, [(kind, key)], times a year, RU executor, KK executor)])
COLONY_PLAN = (
    (("1. Источники выбросов загрязняющих веществ", "1. Ластаушы заттар шығарындыларының көздері"), [
        ("0001", "дымовая труба котельной", "қазандықтың түтін мұржасы", [("code", c) for c in ("0301", "0304", "0330", "0337", "2908")], 4),
        ("0002", "труба хлебопекарной печи", "нан пісіру пешінің мұржасы", [("code", "0301"), ("code", "0337")], 2),
        ("0004", "циклон деревообрабатывающего цеха", "ағаш өңдеу цехының циклоны", [("code", "2936")], 1)]),
    (("2. Атмосферный воздух на границе СЗЗ", "2. СҚА шекарасындағы атмосфералық ауа"), [
        ("Т-1", "граница СЗЗ, северо-восточное направление", "СҚА шекарасы, солтүстік-шығыс бағыты",
         [("code", c) for c in ("0301", "0330", "0337", "2908")], 4),
        ("Т-2", "граница СЗЗ, юго-западное направление", "СҚА шекарасы, оңтүстік-батыс бағыты",
         [("code", c) for c in ("0301", "0330", "0337", "2908")], 4)]),
    (("3. Сточные воды биологических прудов", "3. Биологиялық тоғандардың ағынды сулары"), [
        ("т.1", "вход на биологические пруды", "биологиялық тоғандарға кіреберіс", [("symbol", s) for s in ("pH", "TSS", "BOD5", "COD", "NH4+")], 12),
        ("т.2", "выпуск из пруда-доочистителя", "қосымша тазарту тоғанынан шығару",
         [("symbol", s) for s in ("pH", "TSS", "BOD5", "COD", "NH4+", "NO3-", "Cl-", "SO4", "TPH", "Surfactants")], 12)]),
    (("4. Подземные воды", "4. Жерасты сулары"), [
        ("Скв. 1", "выше прудов по потоку подземных вод", "жерасты суларының ағысы бойынша тоғандардан жоғары",
         [("symbol", s) for s in ("pH", "NH4+", "NO3-", "Cl-", "TDS")], 2),
        ("Скв. 2", "ниже прудов по потоку подземных вод", "жерасты суларының ағысы бойынша тоғандардан төмен",
         [("symbol", s) for s in ("pH", "NH4+", "NO3-", "Cl-", "TDS")], 2)]),
    (("5. Почва", "5. Топырақ"), [
        ("П-1", "почва у золошлакоотвала", "күл-қож үйіндісі маңындағы топырақ", [("soil", s) for s in ("Pb", "Zn", "Cu")], 1)]),
)  # fmt: skip


def _param(doc: Doc, kind: str, key: str) -> str:
    if kind == "code":
        return _air(doc, key) if doc.lang != "vi" else _vi(key)
    if kind == "soil":
        return vocab.soil(key, doc.lang)
    return vocab.water(key, doc.lang)


def _expect_row(doc: Doc, where: str, items, word: str, pairs: set, as_contains: bool = False) -> None:
    """The monitoring pairs of one row: at a source (four digits), at a point or at a place the expectation finds by a part."""
    for kind, key in items:
        item = {("code" if kind == "code" else "symbol"): key, "frequency": word}
        if where.isdigit():
            item["source_number"] = where
            pairs.add((where, key))
        elif as_contains:
            item["point_contains"] = where
        else:
            item["point"] = where
        doc.add("monitoring", item)


def monitoring_je1(doc: Doc) -> None:
    """A correctional institution's programme of production environmental control whose plan gives the frequency as a bare
    count in a column headed `Периодичность, раз в год` (`12`, `4`, `2`, `1`), under section rows for the sources (boiler
    house, bakery oven, woodworking cyclone), the protection zone's boundary points `Т-1`, `Т-2`, the ponds' inlet and outlet
    `т.1`, `т.2`, two wells `Скв. 1`, `Скв. 2` and the soil at the ash dump, the place written as `0001 – дымовая труба
    котельной`, an executor column (VI: a prison camp's monitoring programme with `Số lần/năm`, points `KT1`, `NT1`, `NN1`,
    `KK1`, `KK2`)."""
    if doc.lang == "vi":
        _monitoring_je1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    colony = doc.pick(COLONIES[:2])[0]
    doc.h(g(f"Программа производственного экологического контроля РГУ «Учреждение {colony}» на 2026–2028 годы",
            f"«{colony} мекемесі» РММ-нің 2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.h(g("Раздел 4. План-график производственного мониторинга", "4-бөлім. Өндірістік мониторингтің жоспар-кестесі", ""))
    doc.p(g("Мониторинг эмиссий и воздействия выполняет аккредитованная лаборатория по договору; визуальный контроль ведет инженер-эколог "
            "учреждения. Периодичность указана количеством отборов проб в течение календарного года.",
            "Эмиссиялар мен әсер ету мониторингін шарт бойынша аккредиттелген зертхана орындайды; көзбен бақылауды мекеменің инженер-экологы "
            "жүргізеді. Кезеңділік күнтізбелік жыл ішіндегі сынама алу санымен көрсетілген.", ""))
    lab = g("аккредитованная лаборатория", "аккредиттелген зертхана", "")
    rows = [g(["№", "Точка контроля", "Контролируемые показатели", "Периодичность, раз в год", "Исполнитель"],
              ["№", "Бақылау нүктесі", "Бақыланатын көрсеткіштер", "Кезеңділігі, жылына рет", "Орындаушы"], [])]
    merges = []
    pairs: set[tuple[str, str]] = set()
    n = 0
    for (s_ru, s_kk), points in COLONY_PLAN:
        _span(rows, merges, (s_ru, s_kk)[L], 5)
        for where, p_ru, p_kk, items, times in points:
            n += 1
            rows.append([str(n), f"{where} – {(p_ru, p_kk)[L]}", ", ".join(_param(doc, k, key) for k, key in items), str(times), lab])
            _expect_row(doc, where, items, PER_YEAR[times], pairs, as_contains=where.startswith("Скв"))
    doc.table(g("Таблица 4.1 – План-график контроля", "4.1-кесте – Бақылаудың жоспар-кестесі", ""), rows, merges, role="monitoring")
    numbers = sorted({s for s, _ in pairs})
    doc.add("sources", *({"number": s, "type": "organized"} for s in numbers))
    doc.add("emissions", *(emission(c, None, None, s) for s, c in sorted(pairs)))
    maybe_distractor(doc)


VN_CAMP_PLAN = (
    ("1. Quan trắc khí thải", [("KT1 – Ống khói lò hơi bếp ăn tập thể", [("code", c) for c in ("2902", "0330", "0301", "0337")], 2)]),
    ("2. Quan trắc nước thải", [("NT1 – Nước thải sau hệ thống xử lý, trước khi xả ra suối",
                                 [("symbol", s) for s in ("pH", "BOD5", "TSS", "TDS", "S2-", "NH4+", "NO3-", "Surfactants", "Coliform")], 4)]),
    ("3. Quan trắc nước dưới đất", [("NN1 – Giếng khoan khu hậu cần", [("symbol", s) for s in ("pH", "TDS", "NH4+", "NO3-", "Coliform")], 2)]),
    ("4. Quan trắc không khí xung quanh", [("KK1 – Khu vực chuồng nuôi lợn", [("code", "0303"), ("code", "0333")], 1),
                                          ("KK2 – Cổng chính trại giam", [("code", "2902"), ("code", "0330"), ("code", "0301")], 1)]),
)


def _monitoring_je1_vi(doc: Doc) -> None:
    camp = doc.pick(VN_CAMPS)[0]
    doc.h(f"CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG ĐỊNH KỲ – {camp.upper()}")
    doc.p("Trại giam thuê đơn vị có Giấy chứng nhận đủ điều kiện hoạt động dịch vụ quan trắc môi trường (VIMCERTS) thực hiện; tần suất ghi bằng "
          "số lần quan trắc trong một năm.")
    rows = [["TT", "Vị trí quan trắc", "Thông số", "Số lần/năm", "Quy chuẩn so sánh"]]
    merges = []
    std = {"1": "QCVN 19:2009/BTNMT", "2": "QCVN 14:2008/BTNMT", "3": "QCVN 09-MT:2015/BTNMT", "4": "QCVN 05:2023/BTNMT, QCVN 06:2009/BTNMT"}
    pairs: set = set()
    n = 0
    for section, points in VN_CAMP_PLAN:
        _span(rows, merges, section, 5)
        for place, items, times in points:
            n += 1
            rows.append([str(n), place, ", ".join(_param(doc, k, key) for k, key in items), f"{times:02d}", std[section[0]]])
            _expect_row(doc, place.split(" ")[0], items, PER_YEAR[times], pairs)
    doc.table("Bảng 5. Vị trí, thông số và tần suất quan trắc", rows, merges, role="monitoring")
    maybe_distractor(doc)


MONTHS = {
    "ru": ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"),
    "kk": ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"),
}
# (points, RU place, KK place, RU object, KK object, [(kind, key)], months, frequency)
GARRISON_PLAN = (
    (("0001",), "дымовая труба котельной военного городка", "әскери қалашық қазандығының түтін мұржасы", "выбросы", "шығарындылар",
     [("code", c) for c in ("0301", "0304", "0330", "0337", "2908")], (2, 5, 8, 11), "quarterly"),
    (("Т-1",), "граница СЗЗ склада горючего (подветренная сторона)", "жанармай қоймасы СҚА шекарасы (ық жақ)", "атмосферный воздух",
     "атмосфералық ауа", [("code", c) for c in ("0415", "0416", "0602", "0333")], (5, 11), "semiannual"),
    (("НС-1", "НС-2", "НС-3"), "наблюдательная скважина № {n} склада горючего", "жанармай қоймасының № {n} бақылау ұңғымасы", "подземные воды",
     "жерасты сулары",
     [("symbol", s) for s in ("pH", "TPH", "Cl-", "SO4")], (4, 10), "semiannual"),
    (("ЛС-1",), "выпуск ливневых стоков после нефтеловушки склада горючего", "жанармай қоймасының мұнай ұстағышынан кейінгі нөсер ағындарының шығарылымы",
     "ливневые сточные воды", "нөсер ағынды сулары", [("symbol", s) for s in ("pH", "TSS", "TPH")], (3, 6, 9, 12), "quarterly"),
    (("П-1", "П-2"), "почва пулеулавливающего вала № {n} стрельбища", "атыс алаңының № {n} оқ ұстағыш қорғанының топырағы", "почва", "топырақ",
     [("soil", s) for s in ("Pb", "Cu", "Zn")], (7,), "yearly"),
    (("П-3",), "почва у пункта налива склада горючего", "жанармай қоймасы құю пунктінің маңындағы топырақ", "почва", "топырақ",
     [("soil", "TPH")], (7,), "yearly"),
)  # fmt: skip


def monitoring_je2(doc: Doc) -> None:
    """A garrison's plan of environmental monitoring in which the frequency is only the months of sampling (`февраль, май,
    август, ноябрь`, `апрель, октябрь`, `июль`), the places coded in a first column `Шифр точки` — the boiler house's stack
    `0001`, a boundary point, three observation wells `НС-1` … `НС-3` of the fuel depot each on its own row with the place,
    the object, the parameters and the months merged down over the three, a storm-water outlet, the soil of the firing range's
    berms `П-1`, `П-2` merged the same way (VI: a naval base's monitoring plan with `Tháng 3, 6, 9, 12`, two coastal sea-water
    points sharing merged cells, the sediment under the floating dock)."""
    if doc.lang == "vi":
        _monitoring_je2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    unit = doc.pick(GARRISONS)[0]
    doc.h(g(f"План экологического мониторинга войсковой части {unit} на 2026 год", f"{unit} әскери бөлімінің 2026 жылға арналған экологиялық мониторинг жоспары", ""))
    doc.p(g("Отбор и анализ проб выполняет аккредитованная лаборатория по договору; сроки отбора согласовываются с планом боевой подготовки.",
            "Сынамаларды алу мен талдауды шарт бойынша аккредиттелген зертхана орындайды; сынама алу мерзімдері жауынгерлік даярлық "
            "жоспарымен келісіледі.", ""))
    rows = [g(["Шифр точки", "Место отбора проб", "Объект наблюдения", "Определяемые показатели", "Месяцы отбора проб"],
              ["Нүкте шифры", "Сынама алу орны", "Бақылау объектісі", "Анықталатын көрсеткіштер", "Сынама алу айлары"], [])]
    merges = []
    pairs: set = set()
    for points, p_ru, p_kk, o_ru, o_kk, items, months, word in GARRISON_PLAN:
        start = len(rows)
        for j, where in enumerate(points):
            place = (p_ru, p_kk)[L].format(n=where.split("-")[-1])
            if j == 0:
                rows.append([where, place, (o_ru, o_kk)[L], ", ".join(_param(doc, k, key) for k, key in items),
                             ", ".join(MONTHS[doc.lang][m - 1] for m in months)])
            else:
                rows.append([where, place, None, None, None])
            _expect_row(doc, where, items, word, pairs)
        if len(points) > 1:
            merges += [(start, c, len(rows) - 1, c) for c in (2, 3, 4)]
    doc.table(g("Таблица 1 – Места, показатели и сроки отбора проб", "1-кесте – Сынама алу орындары, көрсеткіштері және мерзімдері", ""),
              rows, merges, role="monitoring")
    doc.add("sources", {"number": "0001", "type": "organized"})
    doc.add("emissions", *(emission(c, None, None, s) for s, c in sorted(pairs)))
    maybe_distractor(doc)


# (points, place, medium, [(kind, key)], months, frequency)
VN_NAVAL_PLAN = (
    (("KT1",), "Ống thải buồng phun hạt mài làm sạch vỏ tàu", "Khí thải", [("code", "2902")], (4, 10), "semiannual"),
    (("KT3",), "Ống khói lò hơi đốt dầu DO", "Khí thải", [("code", c) for c in ("2902", "0330", "0301", "0337")], (4, 10), "semiannual"),
    (("NT1",), "Nước thải sau bể tách dầu khu ụ nổi", "Nước thải", [("symbol", s) for s in ("pH", "TSS", "COD", "TPH", "Cu", "Zn")],
     (3, 6, 9, 12), "quarterly"),
    (("NB1", "NB2"), "Nước biển ven bờ khu vực cầu tàu", "Nước biển", [("symbol", s) for s in ("pH", "TSS", "TPH", "Cu", "Zn", "Pb")],
     (3, 9), "semiannual"),
    (("TT1",), "Trầm tích đáy khu vực ụ nổi", "Trầm tích", [("soil", s) for s in ("Cu", "Zn", "Pb")], (7,), "yearly"),
)


def _monitoring_je2_vi(doc: Doc) -> None:
    base, unit, place, _ = doc.pick(VN_NAVAL)
    doc.h(f"KẾ HOẠCH QUAN TRẮC MÔI TRƯỜNG NĂM 2026 – {base.upper()}")
    doc.p(f"Đơn vị quản lý: {unit}, {place}. Thời gian quan trắc ghi theo tháng lấy mẫu trong năm.")
    rows = [["Ký hiệu", "Vị trí", "Thành phần môi trường", "Thông số", "Thời gian quan trắc"]]
    merges = []
    pairs: set = set()
    for points, where_text, medium, items, months, word in VN_NAVAL_PLAN:
        start = len(rows)
        for j, pid in enumerate(points):
            text = where_text + (f" số {j + 1}" if len(points) > 1 else "")
            if j == 0:
                rows.append([pid, text, medium, ", ".join(_param(doc, k, key) for k, key in items), "Tháng " + ", ".join(str(m) for m in months)])
            else:
                rows.append([pid, text, None, None, None])
            _expect_row(doc, pid, items, word, pairs)
        if len(points) > 1:
            merges += [(start, c, len(rows) - 1, c) for c in (2, 3, 4)]
    doc.table("Bảng 6. Kế hoạch quan trắc môi trường", rows, merges, role="monitoring")
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

FREQ_WORDS = {
    "daily": ("ежедневно (каждую смену)", "күн сайын (әр ауысымда)"),
    "weekly": ("еженедельно (по понедельникам)", "апта сайын (дүйсенбі күндері)"),
    "monthly": ("ежемесячно", "ай сайын"),
    "quarterly": ("ежеквартально", "тоқсан сайын"),
    None: ("по мере накопления осадка", "тұнба жиналуына қарай"),
}
# ((RU section, KK section), (RU responsible, KK responsible, RU key, KK key), [(RU check, KK check, frequency, shares the cell above)])
COLONY_CHECKS = (
    (("Котельная и золошлакоотвал", "Қазандық және күл-қож үйіндісі"),
     ("Главный энергетик учреждения", "Мекеменің бас энергетигі", "энергетик", "энергетигі"), [
        ("Режим горения котлов, работа батарейных циклонов", "Қазандардың жану режимі, батареялық циклондардың жұмысы", "daily", False),
        ("Ведение журнала учета расхода угля и времени работы котлов", "Көмір шығыны мен қазандардың жұмыс уақытын есепке алу журналын жүргізу",
         "daily", True),
        ("Состояние золошлакоотвала, увлажнение поверхности, высота ограждающей дамбы",
         "Күл-қож үйіндісінің жай-күйі, бетін ылғалдандыру, қоршау бөгетінің биіктігі", "weekly", False)]),
    (("Производственные цеха филиала РГП на ПХВ «Еңбек»", "«Еңбек» ШЖҚ РМК филиалының өндірістік цехтары"),
     ("Директор филиала РГП на ПХВ «Еңбек»", "«Еңбек» ШЖҚ РМК филиалының директоры", "Директор филиала", "филиалының директоры"), [
        ("Работа циклона и местных отсосов деревообрабатывающего цеха", "Ағаш өңдеу цехының циклоны мен жергілікті сорғыштарының жұмысы",
         "weekly", False),
        ("Сбор и хранение опилок, обрезков тканей, тары из-под лакокрасочных материалов",
         "Үгінділерді, мата қиындыларын, лак-бояу материалдарының ыдысын жинау және сақтау", "weekly", True),
        ("Состояние вытяжной вентиляции хлебопекарни и покрасочного участка", "Наубайхана мен бояу учаскесінің сорып шығару желдеткішінің жай-күйі",
         "monthly", False)]),
    (("Жилая и хозяйственная зоны", "Тұрғын және шаруашылық аймақтар"),
     ("Начальник отдела интендантского и хозяйственного обеспечения", "Интенданттық және шаруашылықпен қамтамасыз ету бөлімінің бастығы",
      "интендантского", "Интенданттық"), [
        ("Контейнерные площадки ТБО, своевременность вывоза отходов", "ҚТҚ контейнер алаңдары, қалдықтарды уақтылы шығару", "daily", False),
        ("Места накопления отработанных ламп и других опасных отходов", "Пайдаланылған шамдар мен басқа да қауіпті қалдықтарды жинақтау орындары",
         "monthly", False),
        ("Наличие договоров и актов передачи отходов", "Қалдықтарды беру шарттары мен актілерінің болуы", "quarterly", False)]),
    (("Биологические пруды и канализационные сети", "Биологиялық тоғандар және кәріз желілері"),
     ("Инженер-эколог учреждения", "Мекеменің инженер-экологы", "Инженер-эколог", "инженер-экологы"), [
        ("Уровень воды в прудах, состояние дамб и переливных сооружений", "Тоғандардағы су деңгейі, бөгеттер мен ағызу құрылыстарының жай-күйі",
         "weekly", False),
        ("Отсутствие утечек из канализационных колодцев и коллектора", "Кәріз құдықтары мен коллектордан ағып кетудің болмауы", "weekly", True),
        ("Очистка иловых площадок", "Лай алаңдарын тазалау", None, False)]),
)  # fmt: skip


def inspections_je1(doc: Doc) -> None:
    """A correctional institution's schedule of internal checks of environmental requirements, items `1.1` under rows spanning
    the table that name the part of the institution, the responsible person's cell merged down over the whole part and the
    frequency cell merged down over the checks that share it (`ежедневно (каждую смену)` over two checks of the boiler
    house), so that most rows carry neither; the cleaning of the sludge beds `по мере накопления осадка` has no frequency (VI:
    a prison camp's self-inspection rules under parts of the camp, the unit that checks and the frequency merged the same
    way, a check after every storm)."""
    if doc.lang == "vi":
        _inspections_je1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    colony = doc.pick(COLONIES[:2])[0]
    doc.h(g(f"График внутренних проверок соблюдения экологических требований в РГУ «Учреждение {colony}» на 2026 год",
            f"«{colony} мекемесі» РММ-де 2026 жылы экологиялық талаптардың сақталуын ішкі тексерулер кестесі", ""))
    doc.p(g("Утвержден приказом начальника учреждения. Результаты проверок заносятся в журнал производственного экологического контроля; "
            "о выявленных нарушениях докладывается начальнику учреждения в течение суток.",
            "Мекеме бастығының бұйрығымен бекітілді. Тексеру нәтижелері өндірістік экологиялық бақылау журналына енгізіледі; анықталған "
            "бұзушылықтар туралы мекеме бастығына бір тәулік ішінде баяндалады.", ""))
    rows = [g(["№", "Что проверяется", "Периодичность", "Ответственный"], ["№", "Не тексеріледі", "Кезеңділігі", "Жауапты"], [])]
    merges = []
    for s, ((s_ru, s_kk), resp, checks) in enumerate(COLONY_CHECKS, 1):
        _span(rows, merges, f"{s}. {(s_ru, s_kk)[L]}", 4)
        first = len(rows)
        run = first
        for k, (c_ru, c_kk, word, shared) in enumerate(checks, 1):
            what = (c_ru, c_kk)[L]
            if shared:
                rows.append([f"{s}.{k}", what, None, None])
            else:
                if len(rows) - run > 1:
                    merges.append((run, 2, len(rows) - 1, 2))
                run = len(rows)
                rows.append([f"{s}.{k}", what, FREQ_WORDS[word][L], resp[L] if k == 1 else None])
            item = {"kind": "inspection", "number": f"{s}.{k}", "text_contains": _words(what, 4), "actor_contains": resp[2 + L]}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
        if len(rows) - run > 1:
            merges.append((run, 2, len(rows) - 1, 2))
        if len(rows) - first > 1:
            merges.append((first, 3, len(rows) - 1, 3))
    doc.table(g("Приложение к приказу. График проверок", "Бұйрыққа қосымша. Тексерулер кестесі", ""), rows, merges, role="inspections")
    maybe_distractor(doc)


# (part, unit that checks, [(check, frequency, said, shares the cell above)])
VN_CAMP_CHECKS = (
    ("Khu hậu cần (bếp ăn, lò hơi)", "Đội Hậu cần", [
        ("Vận hành lò hơi, hệ thống xử lý khí thải lò hơi", "daily", "Hằng ngày", False),
        ("Vệ sinh bếp ăn, thu gom thức ăn thừa", "daily", "Hằng ngày", True),
        ("Kho than, bãi xỉ than", "weekly", "Hằng tuần (thứ Hai)", False)]),
    ("Xưởng may gia công và xưởng mộc", "Đội Kế hoạch – Lao động sản xuất", [
        ("Hệ thống hút bụi xưởng mộc, thu gom mùn cưa", "weekly", "Hằng tuần (thứ Sáu)", False),
        ("Thu gom vải vụn, chỉ thừa tại xưởng may", "weekly", "Hằng tuần (thứ Sáu)", True)]),
    ("Khu chăn nuôi lợn", "Đội Kế hoạch – Lao động sản xuất", [
        ("Hầm biogas, mương thoát nước thải chuồng trại", "monthly", "01 lần/tháng", False)]),
    ("Hệ thống xử lý nước thải và kho chất thải nguy hại", "Đội Hậu cần", [
        ("Vận hành hệ thống xử lý nước thải, nhật ký vận hành", "daily", "Hằng ngày", False),
        ("Kho lưu giữ chất thải nguy hại và chất thải y tế", "monthly", "01 lần/tháng", False),
        ("Rãnh thoát nước mưa, hố ga sau mưa bão", None, "Sau mỗi trận mưa bão", False)]),
)


def _inspections_je1_vi(doc: Doc) -> None:
    camp = doc.pick(VN_CAMPS)[0]
    doc.p(f"(Ban hành kèm theo Quyết định số {doc.rng.randint(10, 90)}/QĐ-TG ngày {doc.rng.randint(2, 28):02d}/01/2026 của Giám thị {camp})")
    doc.h(f"QUY ĐỊNH TỰ KIỂM TRA CÔNG TÁC BẢO VỆ MÔI TRƯỜNG – {camp.upper()}")
    rows = [["TT", "Nội dung kiểm tra", "Tần suất", "Đơn vị thực hiện"]]
    merges = []
    for s, (part, who, checks) in enumerate(VN_CAMP_CHECKS, 1):
        _span(rows, merges, f"{s}. {part}", 4)
        first = run = len(rows)
        for k, (what, word, said, shared) in enumerate(checks, 1):
            if shared:
                rows.append([f"{s}.{k}", what, None, None])
            else:
                if len(rows) - run > 1:
                    merges.append((run, 2, len(rows) - 1, 2))
                run = len(rows)
                rows.append([f"{s}.{k}", what, said, who if k == 1 else None])
            item = {"kind": "inspection", "number": f"{s}.{k}", "text_contains": _words(what, 5), "actor_contains": who}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
        if len(rows) - run > 1:
            merges.append((run, 2, len(rows) - 1, 2))
        if len(rows) - first > 1:
            merges.append((first, 3, len(rows) - 1, 3))
    doc.table("Phụ lục. Nội dung và tần suất tự kiểm tra", rows, merges, role="inspections")
    maybe_distractor(doc)


# (RU object, KK object, RU questions, KK questions, frequency, RU said, KK said, RU who, KK who)
GARRISON_CHECKS = (
    ("Котельная военного городка (в/ч {a})", "Әскери қалашықтың қазандығы ({a} ә/б)",
     "наличие разрешения, учет угля, работа золоуловителей", "рұқсаттың болуы, көмір есебі, күл ұстағыштардың жұмысы",
     "quarterly", "I, II, III, IV кв.", "I, II, III, IV тоқсан", "инженер-эколог гарнизона", "гарнизонның инженер-экологы"),
    ("Склад горючего (в/ч {b})", "Жанармай қоймасы ({b} ә/б)",
     "герметичность резервуаров, обвалование, запас сорбентов", "резервуарлардың саңылаусыздығы, үйінді қоршау, сорбенттер қоры",
     "monthly", "ежемесячно", "ай сайын", "начальник службы горючего", "жанармай қызметінің бастығы"),
    ("Парк боевых машин (в/ч {a})", "Жауынгерлік машиналар паркі ({a} ә/б)",
     "сбор отработанных масел, АКБ и шин, работа очистных сооружений мойки", "пайдаланылған майларды, АКБ мен шиналарды жинау, жуу орнының тазарту құрылыстарының жұмысы",
     "weekly", "еженедельно (пятница – парково-хозяйственный день)", "апта сайын (жұма – парктік-шаруашылық күн)",
     "заместитель командира по вооружению", "командирдің қару-жарақ жөніндегі орынбасары"),
    ("Войсковое стрельбище", "Әскери атыс алаңы",
     "сбор гильз, состояние пулеулавливающих валов, противопожарные разрывы", "гильзаларды жинау, оқ ұстағыш қорғандардың жай-күйі, өртке қарсы жолақтар",
     "semiannual", "II, IV кв.", "II, IV тоқсан", "начальник стрельбища", "атыс алаңының бастығы"),
    ("Площадка временного хранения отходов гарнизона", "Гарнизонның қалдықтарды уақытша сақтау алаңы",
     "сроки накопления, маркировка контейнеров, договоры на вывоз", "жинақтау мерзімдері, контейнерлерді таңбалау, шығаруға арналған шарттар",
     "monthly", "ежемесячно (до 25 числа)", "ай сайын (25-не дейін)", "инженер-эколог гарнизона", "гарнизонның инженер-экологы"),
    ("Все воинские части гарнизона", "Гарнизонның барлық әскери бөлімдері",
     "комплексная проверка природоохранной деятельности", "табиғат қорғау қызметін кешенді тексеру",
     "yearly", "IV кв. (октябрь)", "IV тоқсан (қазан)", "комиссия гарнизона", "гарнизон комиссиясы"),
    ("Районы полевых выходов и учений", "Далалық шығулар мен оқу-жаттығулар аудандары",
     "уборка территории, засыпка окопов, ликвидация кострищ", "аумақты тазалау, окоптарды көму, от орындарын жою",
     None, "по окончании каждого учения", "әр оқу-жаттығу аяқталғаннан кейін", "командиры подразделений", "бөлімшелер командирлері"),
)  # fmt: skip


def inspections_je2(doc: Doc) -> None:
    """A garrison's plan of checking its units' environmental work, the terms written as quarters in Roman numerals (`I, II,
    III, IV кв.` for a quarterly check, `II, IV кв.` for a half-yearly one, `IV кв. (октябрь)` for the yearly commission) beside
    plain words (`ежемесячно`, `еженедельно (пятница – парково-хозяйственный день)`), the units written `в/ч 52859` inside the
    object's name, an empty column for marks of execution, and the clean-up after each exercise with no frequency (VI: a naval
    region's plan of checking its units with `Quý I, II, III, IV`, `Quý II và Quý IV`, a check after each exercise at sea)."""
    if doc.lang == "vi":
        _inspections_je2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    a, b = doc.rng.sample([x[0] for x in GARRISONS], 2)
    doc.p(g("УТВЕРЖДАЮ. Начальник гарнизона", "БЕКІТЕМІН. Гарнизон бастығы", ""))
    doc.h(g("План проверок состояния природоохранной деятельности в воинских частях гарнизона на 2026 год",
            "Гарнизонның әскери бөлімдеріндегі табиғат қорғау қызметінің жай-күйін 2026 жылы тексеру жоспары", ""))
    rows = [g(["№ п/п", "Проверяемый объект", "Вопросы проверки", "Сроки проведения", "Кто проводит", "Отметка о выполнении"],
              ["Р/с №", "Тексерілетін объект", "Тексеру мәселелері", "Өткізу мерзімдері", "Кім жүргізеді", "Орындалғаны туралы белгі"], [])]
    for k, c in enumerate(GARRISON_CHECKS, 1):
        obj = c[L].format(a=a, b=b)
        who = c[7 + L]
        rows.append([str(k), obj, c[2 + L], c[5 + L], who, ""])
        item = {"kind": "inspection", "number": str(k), "text_contains": _words(obj, 3), "actor_contains": who}
        if c[4]:
            item["frequency"] = c[4]
        doc.add("obligations", item)
    doc.table(None, rows, role="inspections")
    doc.p(g("Внезапные проверки проводятся по решению начальника гарнизона.", "Кенеттен тексерулер гарнизон бастығының шешімі бойынша жүргізіледі.", ""))
    distractor(doc, "approval")


VN_NAVAL_CHECKS = (
    ("Xưởng sửa chữa tàu", "Quản lý chất thải nguy hại, vận hành bể tách dầu, hồ sơ môi trường", "quarterly", "Quý I, II, III, IV",
     "Phòng Kỹ thuật Vùng"),
    ("Kho xăng dầu của Căn cứ", "Tình trạng bồn bể, đê bao, vật tư ứng cứu sự cố tràn dầu", "monthly", "Hằng tháng", "Ngành Xăng dầu Vùng"),
    ("Các tàu neo đậu tại cầu cảng", "Thu gom nước la canh, rác thải sinh hoạt trên tàu", "weekly", "Hằng tuần (thứ Sáu)", "Ban Tham mưu Lữ đoàn"),
    ("Bãi tập kết chất thải rắn của Căn cứ", "Phân loại, thời gian lưu giữ, hợp đồng chuyển giao", "semiannual", "Quý II và Quý IV", "Phòng Hậu cần Vùng"),
    ("Toàn bộ các đơn vị trực thuộc", "Kiểm tra tổng thể công tác bảo vệ môi trường", "yearly", "Quý IV", "Hội đồng Bảo vệ môi trường Vùng"),
    ("Khu vực diễn tập trên biển", "Thu hồi vỏ đạn, rác thải sau diễn tập", None, "Sau mỗi đợt diễn tập", "Đơn vị tham gia diễn tập"),
)


def _inspections_je2_vi(doc: Doc) -> None:
    base, unit, _, _ = doc.pick(VN_NAVAL)
    doc.h(f"KẾ HOẠCH KIỂM TRA CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2026 – {unit.upper()}")
    doc.p("Kế hoạch được Tư lệnh Vùng phê duyệt; kết quả kiểm tra báo cáo về Phòng Kỹ thuật trước ngày 25 của tháng cuối quý.")
    rows = [["TT", "Đối tượng kiểm tra", "Nội dung kiểm tra", "Thời gian", "Cơ quan kiểm tra", "Ghi chú"]]
    for k, (obj, what, word, said, who) in enumerate(VN_NAVAL_CHECKS, 1):
        obj = f"{base}" if k == 1 else obj
        rows.append([str(k), obj, what, said, who, ""])
        item = {"kind": "inspection", "number": str(k), "text_contains": _words(obj, 4), "actor_contains": who}
        if word:
            item["frequency"] = word
        doc.add("obligations", item)
    doc.table("Phụ lục. Danh mục nội dung kiểm tra", rows, role="inspections")
    maybe_distractor(doc)


# ---------------------------------------------------------------- tasks

# ((RU section, KK section), [(RU task, KK task, RU term, KK term, (RU responsible, KK responsible, RU key, KK key), RU forces, KK forces,
#  thousand tenge, (RU source, KK source))])
RB = ("республиканский бюджет", "республикалық бюджет")
OWN = ("собственные средства филиала", "филиалдың меншікті қаражаты")
ENERGY = ("Главный энергетик учреждения", "Мекеменің бас энергетигі", "энергетик", "энергетигі")
ECO = ("Инженер-эколог учреждения", "Мекеменің инженер-экологы", "Инженер-эколог", "инженер-экологы")
OIHO = ("Начальник отдела интендантского и хозяйственного обеспечения", "Интенданттық және шаруашылықпен қамтамасыз ету бөлімінің бастығы",
        "интендантского", "Интенданттық")
BRANCH = ("Директор филиала РГП на ПХВ «Еңбек»", "«Еңбек» ШЖҚ РМК филиалының директоры", "Директор филиала", "филиалының директоры")
CONVICTS = ("осужденные отряда хозяйственной обслуги", "шаруашылық қызмет көрсету жасағының сотталғандары")
COLONY_TASKS = (
    (("1. Охрана атмосферного воздуха", "1. Атмосфералық ауаны қорғау"), [
        ("Замена батарейных циклонов БЦ-2 на котлах № 1 и № 2 котельной", "Қазандықтың № 1 және № 2 қазандарындағы БЦ-2 батареялық циклондарын ауыстыру",
         "III квартал 2026 г.", "2026 жылғы III тоқсан", ENERGY, CONVICTS, 8400, RB),
        ("Проведение инструментальных замеров выбросов на источниках 0001 и 0002", "0001 және 0002 көздерінде шығарындыларды аспаптық өлшеу жүргізу",
         "II и IV кварталы 2026 г.", "2026 жылғы II және IV тоқсандар", ECO, ("аккредитованная лаборатория", "аккредиттелген зертхана"), 1200, RB)]),
    (("2. Охрана водных ресурсов", "2. Су ресурстарын қорғау"), [
        ("Очистка иловых площадок и ремонт переливных сооружений биологических прудов",
         "Лай алаңдарын тазалау және биологиялық тоғандардың ағызу құрылыстарын жөндеу", "май – июнь 2026 г.", "2026 жылғы мамыр – маусым", OIHO,
         CONVICTS, 2600, RB),
        ("Оборудование второй наблюдательной скважины ниже прудов по потоку", "Ағын бойынша тоғандардан төмен екінші бақылау ұңғымасын жабдықтау",
         "до 1 сентября 2026 г.", "2026 жылғы 1 қыркүйекке дейін", ECO, ("подрядная организация", "мердігер ұйым"), 3900, RB)]),
    (("3. Обращение с отходами", "3. Қалдықтармен жұмыс істеу"), [
        ("Устройство площадки временного хранения опасных отходов с навесом", "Қалқасы бар қауіпті қалдықтарды уақытша сақтау алаңын орналастыру",
         "II квартал 2026 г.", "2026 жылғы II тоқсан", BRANCH, ("осужденные, занятые на производстве", "өндірісте жұмыс істейтін сотталғандар"),
         1800, OWN),
        ("Заключение договора на вывоз и демеркуризацию отработанных ламп", "Пайдаланылған шамдарды шығаруға және демеркуризациялауға шарт жасасу",
         "январь 2026 г.", "2026 жылғы қаңтар", OIHO, ("–", "–"), 150, RB)]),
    (("4. Озеленение", "4. Көгалдандыру"), [
        ("Посадка 500 саженцев деревьев и кустарников по периметру санитарно-защитной зоны",
         "Санитариялық-қорғаныш аймағының периметрі бойынша 500 ағаш пен бұта көшетін отырғызу", "апрель 2026 г.", "2026 жылғы сәуір", ECO,
         CONVICTS, 900, ("внебюджетные средства", "бюджеттен тыс қаражат"))]),
)  # fmt: skip


def tasks_je1(doc: Doc) -> None:
    """A correctional institution's plan of environmental measures for 2026 under section rows by medium, numbered straight
    through, with two columns of people — the officer answerable for the measure (`Ответственный исполнитель`) and the forces
    used to do it (convicts of the household detachment, a laboratory, a contractor), which are not who must act — the sum in
    thousands of tenge and the source (the republican budget, the state enterprise branch's own funds); a measure's text
    names the sources `0001 и 0002` (VI: a prison camp's plan of environmental work under Roman sections, items numbered anew
    in each section, the lead and the partner units of the camp)."""
    if doc.lang == "vi":
        _tasks_je1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    colony = doc.pick(COLONIES[:2])[0]
    doc.p(g("УТВЕРЖДАЮ. Начальник учреждения", "БЕКІТЕМІН. Мекеме бастығы", ""))
    doc.h(g(f"План мероприятий по охране окружающей среды РГУ «Учреждение {colony}» на 2026 год",
            f"«{colony} мекемесі» РММ-нің 2026 жылға арналған қоршаған ортаны қорғау жөніндегі іс-шаралар жоспары", ""))
    doc.p(g("План разработан во исполнение программы производственного экологического контроля и условий экологического разрешения. "
            "Работы, выполняемые хозяйственным способом, организуются с привлечением осужденных в соответствии с УИК РК.",
            "Жоспар өндірістік экологиялық бақылау бағдарламасын және экологиялық рұқсаттың шарттарын орындау үшін әзірленді. Шаруашылық "
            "тәсілмен орындалатын жұмыстар ҚР ҚАК-ке сәйкес сотталғандарды тарта отырып ұйымдастырылады.", ""))
    rows = [g(["№ п/п", "Наименование мероприятия", "Срок выполнения", "Ответственный исполнитель", "Привлекаемые силы", "Сумма, тыс. тенге",
               "Источник финансирования"],
              ["Р/с №", "Іс-шараның атауы", "Орындау мерзімі", "Жауапты орындаушы", "Тартылатын күштер", "Сомасы, мың теңге", "Қаржыландыру көзі"], [])]
    merges = []
    n = 0
    for (s_ru, s_kk), tasks in COLONY_TASKS:
        _span(rows, merges, (s_ru, s_kk)[L], 7)
        for t_ru, t_kk, term_ru, term_kk, resp, forces, money, source in tasks:
            n += 1
            text = (t_ru, t_kk)[L]
            rows.append([str(n), text, (term_ru, term_kk)[L], resp[L], forces[L], num(money, doc.lang), source[L]])
            doc.add("obligations", {"kind": "task", "number": str(n), "text_contains": _words(text, 4), "actor_contains": resp[2 + L]})
    doc.table(None, rows, merges, role="tasks")
    maybe_distractor(doc)


# (section, [(task, lead, partners, term, million đồng, source)])
VN_CAMP_TASKS = (
    ("I. XỬ LÝ NƯỚC THẢI", [
        ("Nạo vét bể tự hoại, bể lắng và bảo dưỡng hệ thống xử lý nước thải", "Đội Hậu cần", "Các phân trại", "Quý II/2026", "180",
         "Ngân sách nhà nước (chi thường xuyên)"),
        ("Lắp đặt đồng hồ đo lưu lượng nước thải đầu ra", "Đội Hậu cần", "Đơn vị tư vấn môi trường", "Tháng 5/2026", "65",
         "Ngân sách nhà nước (chi thường xuyên)")]),
    ("II. GIẢM THIỂU BỤI, KHÍ THẢI", [
        ("Thay lò hơi đốt than bằng lò hơi đốt viên nén sinh khối cho bếp ăn", "Đội Hậu cần", "Phòng Hậu cần – Kỹ thuật (Cục C10)", "Quý IV/2026",
         "2.400", "Vốn đầu tư công")]),
    ("III. QUẢN LÝ CHẤT THẢI", [
        ("Cải tạo kho lưu giữ chất thải nguy hại và chất thải y tế", "Bệnh xá trại giam", "Đội Hậu cần", "Quý III/2026", "95",
         "Ngân sách nhà nước (chi thường xuyên)"),
        ("Xây dựng thêm 01 hầm biogas cho khu chăn nuôi lợn", "Đội Kế hoạch – Lao động sản xuất", "Các phân trại", "Quý III/2026", "320",
         "Nguồn thu từ hoạt động lao động sản xuất"),
        ("Ký hợp đồng chuyển giao chất thải lây nhiễm với cơ sở xử lý có giấy phép", "Bệnh xá trại giam", "Đội Tham mưu", "Tháng 01/2026", "-", "-")]),
    ("IV. TUYÊN TRUYỀN, GIÁO DỤC", [
        ("Tuyên truyền phân loại chất thải rắn sinh hoạt tại nguồn cho phạm nhân", "Đội Giáo dục", "Các phân trại", "Tháng 6/2026", "20",
         "Ngân sách nhà nước (chi thường xuyên)")]),
)


def _tasks_je1_vi(doc: Doc) -> None:
    camp = doc.pick(VN_CAMPS)[0]
    doc.h(f"KẾ HOẠCH THỰC HIỆN CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2026 CỦA {camp.upper()}")
    doc.p("Giám thị trại giam giao các đội nghiệp vụ, bệnh xá và các phân trại tổ chức thực hiện; phạm nhân tham gia lao động theo kế hoạch của "
          "phân trại.")
    rows = [["TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Kinh phí (triệu đồng)", "Nguồn kinh phí"]]
    merges = []
    for section, tasks in VN_CAMP_TASKS:
        _span(rows, merges, section, 7)
        for k, (text, lead, partners, term, money, source) in enumerate(tasks, 1):
            rows.append([str(k), text, lead, partners, term, money, source])
            doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text, 5), "actor_contains": lead})
    doc.table("Phụ lục. Danh mục nhiệm vụ bảo vệ môi trường năm 2026", rows, merges, role="tasks")
    maybe_distractor(doc)


# (RU violation, KK violation, RU measure, KK measure, RU term, KK term, RU responsible, KK responsible)
GARRISON_FIXES = (
    ("п. 1 – отсутствуют паспорта опасных отходов на отработанные аккумуляторы и масла",
     "1-тармақ – пайдаланылған аккумуляторлар мен майларға қауіпті қалдықтардың паспорттары жоқ",
     "Разработать и утвердить паспорта опасных отходов", "Қауіпті қалдықтардың паспорттарын әзірлеу және бекіту",
     "до 01.03.2026", "01.03.2026 дейін", "заместитель командира по вооружению", "командирдің қару-жарақ жөніндегі орынбасары"),
    ("п. 2 – не ведется учет образования и передачи отходов в парке и на складе горючего",
     "2-тармақ – паркте және жанармай қоймасында қалдықтардың түзілуі мен берілуінің есебі жүргізілмейді",
     "Завести журналы учета образования и передачи отходов", "Қалдықтардың түзілуі мен берілуін есепке алу журналдарын жүргізу",
     "до 15.02.2026", "15.02.2026 дейін", "начальник автомобильной службы", "автомобиль қызметінің бастығы"),
    ("п. 3 – накопление изношенных шин на открытом грунте более 6 месяцев",
     "3-тармақ – тозған шиналарды ашық топырақта 6 айдан астам жинақтау",
     "Передать накопленные шины специализированной организации и оборудовать площадку с твердым покрытием",
     "Жинақталған шиналарды мамандандырылған ұйымға беру және қатты жабыны бар алаң жабдықтау",
     "II квартал 2026 г.", "2026 жылғы II тоқсан", "заместитель командира по тылу", "командирдің тыл жөніндегі орынбасары"),
    ("п. 4 – загрязнение грунта нефтепродуктами у пункта налива склада горючего",
     "4-тармақ – жанармай қоймасының құю пунктінің маңында топырақтың мұнай өнімдерімен ластануы",
     "Снять и вывезти на обезвреживание загрязненный грунт, установить поддоны под наливными стояками",
     "Ластанған топырақты алып, залалсыздандыруға шығару, құю тіректерінің астына табандықтар орнату",
     "до 30.04.2026", "30.04.2026 дейін", "начальник службы горючего", "жанармай қызметінің бастығы"),
    ("п. 5 – не проводятся инструментальные замеры выбросов на источнике 0001",
     "5-тармақ – 0001 көзінде шығарындыларды аспаптық өлшеу жүргізілмейді",
     "Заключить договор с аккредитованной лабораторией на замеры выбросов котельной",
     "Қазандық шығарындыларын өлшеуге аккредиттелген зертханамен шарт жасасу",
     "до 01.03.2026", "01.03.2026 дейін", "начальник котельной", "қазандық бастығы"),
    ("п. 6 – содержание свинца в почве пулеулавливающих валов выше ПДК",
     "6-тармақ – оқ ұстағыш қорғандар топырағындағы қорғасын мөлшері ШЖК-дан жоғары",
     "Выполнить замену грунта пулеулавливающих валов с вывозом снятого грунта на полигон",
     "Алынған топырақты полигонға шығара отырып, оқ ұстағыш қорғандардың топырағын ауыстыру",
     "III квартал 2026 г.", "2026 жылғы III тоқсан", "начальник стрельбища", "атыс алаңының бастығы"),
)  # fmt: skip


def tasks_je2(doc: Doc) -> None:
    """A military unit's plan of eliminating the violations that the Department of Ecology's inspection found, the violation
    with its clause of the prescription (`п. 3 – …`) in one column and the measure that is the task in the next, a term, the
    officer responsible and an empty column for the mark of execution; the clause numbers are not the items' numbers, which
    stand in the first column (VI: a military vehicle repair factory's plan of remedying the shortcomings named in the
    conclusion of an inspection, `Tồn tại` beside `Biện pháp khắc phục`, the unit that does it)."""
    if doc.lang == "vi":
        _tasks_je2_vi(doc)
        return
    r = doc.rng
    L = _L(doc)
    g = doc.v
    unit = doc.pick(GARRISONS)[0]
    num_ = f"{r.randint(10, 99)}-{r.randint(100, 999)}"
    doc.h(g(f"План мероприятий по устранению нарушений, выявленных при проверке войсковой части {unit}",
            f"{unit} әскери бөлімін тексеру кезінде анықталған бұзушылықтарды жою жөніндегі іс-шаралар жоспары", ""))
    doc.p(g(f"Основание: предписание Департамента экологии № {num_} от {r.randint(2, 28):02d}.12.2025 об устранении нарушений экологического "
            "законодательства. Об исполнении каждого пункта докладывается в Департамент экологии в течение 10 рабочих дней.",
            f"Негіз: Экология департаментінің экологиялық заңнаманы бұзушылықтарды жою туралы 2025 жылғы {r.randint(2, 28)} желтоқсандағы "
            f"№ {num_} нұсқамасы. Әрбір тармақтың орындалуы туралы Экология департаментіне 10 жұмыс күні ішінде баяндалады.", ""))
    rows = [g(["№ п/п", "Выявленное нарушение (пункт предписания)", "Мероприятие по устранению", "Срок устранения", "Ответственный",
               "Отметка об исполнении"],
              ["Р/с №", "Анықталған бұзушылық (нұсқама тармағы)", "Жою жөніндегі іс-шара", "Жою мерзімі", "Жауапты", "Орындалғаны туралы белгі"], [])]
    for k, f in enumerate(GARRISON_FIXES, 1):
        measure, who = f[2 + L], f[6 + L]
        rows.append([str(k), f[L], measure, f[4 + L], who, ""])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(measure, 4), "actor_contains": who})
    doc.table(None, rows, role="tasks")
    doc.p(g(f"Командир войсковой части {unit}", f"{unit} әскери бөлімінің командирі", ""))


VN_Z_FIXES = (
    ("Hồ sơ quản lý chất thải nguy hại chưa được cập nhật", "Cập nhật hồ sơ, báo cáo quản lý chất thải nguy hại theo Thông tư số 02/2022/TT-BTNMT",
     "Tháng 3/2026", "Phòng Kỹ thuật"),
    ("Kho chất thải nguy hại chưa có gờ chống tràn, biển cảnh báo", "Cải tạo kho lưu giữ chất thải nguy hại: làm gờ chống tràn, mái che, biển cảnh báo",
     "Quý II/2026", "Ban Doanh trại"),
    ("Buồng sơn – sấy chưa có hệ thống xử lý hơi dung môi", "Lắp đặt tháp hấp phụ than hoạt tính cho buồng sơn – sấy", "Quý III/2026", "Phòng Kỹ thuật"),
    ("Nước thải rửa xe chưa qua bể tách dầu", "Xây dựng bể tách dầu cho khu rửa xe và đấu nối về hệ thống xử lý nước thải", "Quý III/2026",
     "Ban Doanh trại"),
    ("Chưa quan trắc khí thải định kỳ năm 2025", "Ký hợp đồng quan trắc định kỳ với đơn vị có chứng nhận VIMCERTS", "Tháng 02/2026", "Phòng Kế hoạch"),
    ("Công nhân phân xưởng chưa được tập huấn về chất thải nguy hại", "Tập huấn quản lý chất thải nguy hại cho công nhân các phân xưởng", "Tháng 4/2026",
     "Phòng Chính trị"),
)


def _tasks_je2_vi(doc: Doc) -> None:
    r = doc.rng
    name = doc.pick(VN_Z)[0]
    doc.h(f"KẾ HOẠCH KHẮC PHỤC TỒN TẠI SAU KIỂM TRA CÔNG TÁC BẢO VỆ MÔI TRƯỜNG – {name.upper()}")
    doc.p(f"Căn cứ Thông báo kết luận kiểm tra số {r.randint(100, 990)}/TB-ĐKT ngày {r.randint(2, 28):02d}/12/2025 của Đoàn kiểm tra Bộ Quốc phòng "
          "về công tác bảo vệ môi trường tại các cơ sở sửa chữa xe quân sự.")
    rows = [["TT", "Tồn tại theo kết luận kiểm tra", "Biện pháp khắc phục", "Thời hạn hoàn thành", "Đơn vị thực hiện", "Kết quả"]]
    for k, (issue, measure, term, who) in enumerate(VN_Z_FIXES, 1):
        rows.append([str(k), issue, measure, term, who, ""])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(measure, 5), "actor_contains": who})
    doc.table("Phụ lục. Kế hoạch khắc phục", rows, role="tasks")
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"JE{k}", globals()[f"{role}_je{k}"]) for role in ROLES for k in (1, 2)]
