"""A blind held-out set (two layouts per role, `IT1` and `IT2`): never used for tuning, written by someone who neither
ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`.

Theme: industrial explosives for mining. Kazakhstan: an emulsion-matrix plant at an open-pit copper mine in Abai oblast,
the mobile charging units (СЗМ) of a blasting contractor and their base, the base explosives warehouses (склады ВМ) of
open-pit copper mines at Aktogay, Ekibastuz and Balkhash, a complex at the Moiynkum desert destroying expired ammunition
and explosives, and the blasting contractors with their licences and permits (a warehouse's passport, an act of
accepting a plant into operation, an НДВ project's calculation of mass blasts, an inventory of the destruction complex
in numerator-and-denominator form, a report on ПЭК with its wastes, the wastes of dismantling ammunition by type, air
control at mass blasts, a protocol at the destruction furnaces by lot, ПЭК programmes, a warehouse's schedule of checks,
a regulation of the destruction ground, a plan of cutting blast emissions and a register of permits to renew). Vietnam:
the industrial explosives plants of the defence-economic corporation (GAET) at Phù Ninh (Phú Thọ) and Hoành Bồ (Quảng
Ninh), the branches of the mining chemicals corporation (Micco) with their explosives depots, the open-pit coal mines of
Quảng Ninh that blast with them, and the destruction of defective explosives (giấy phép sử dụng vật liệu nổ công nghiệp,
biên bản nghiệm thu, ĐTM, báo cáo công tác bảo vệ môi trường, kết quả quan trắc, giấy phép môi trường, kế hoạch tự
kiểm tra, quy trình hủy, kế hoạch giảm thiểu, danh mục giấy phép). The groups are named only to set the scene; every
plant, depot, mine, number, figure and person is invented.

Facility: the passport of a base explosives warehouse under four section rows, its owner a blasting contractor with its
BIN and licence, decimal coordinates with a comma, the store's own classes — fire resistance `II`, lightning protection
category `I` — before the category under the Code `III`, safety distances in metres, the stores in a table of no role
(VI: a provincial Department of Industry and Trade's permit to use industrial explosives at an open-pit coal mine, the
pit's centre in decimal degrees and the depot in VN-2000 metres, the explosives allowed in a table of no role) (IT1);
an act of accepting an emulsion-matrix plant into operation, the customer who will run it, the general contractor, the
designer and the technical supervisor each with a BIN in the cell of its name, the builders' licence categories and the
level of responsibility beside the category, a cadastral number, coordinates in whole seconds, the buildings in a table
of no role (VI: the record of accepting an emulsion explosives line, four parties with their enterprise numbers, `cấp I`
of the works beside `nhóm I`) (IT2).

Emissions: an НДВ project's calculation of a copper pit's mass blasts with the explosives as columns — emulsion,
igdanite, granulite — the year's use, the greatest blast and the specific outputs as rows, then each substance on a
`т/год` and a `г/с` row whose `Всего по ИЗА 6001` column alone is the emission, nitrogen oxides split by the
transformation coefficients, dust only in the total, then the charging units and their base in an ordinary table with
classes (VI: an open-pit coal mine's ĐTM, thuốc nổ nhũ tương and ANFO as columns, `Tổng` the load) (IT1); an ammunition
destruction complex's inventory as a matrix of sources by substances, each cell `г/с / т/год` as numerator and
denominator explained in a note, a class row under the header with `ОБУВ` for trotyl, lead from fuzes, dashes, a total
(VI: an explosives plant and its destruction ground, `tử số – g/s; mẫu số – tấn/năm`, named sources) (IT2).

Wastes: a report on ПЭК of the emulsion plant and the charging units' base whose amount column has no unit, the unit
standing only in the two section rows — kilograms for the hazardous wastes, tonnes for the rest — the same code on two
wastes (VI: an explosives plant's annual report, `đơn vị tính: kg` and `đơn vị tính: tấn` in the section rows, the
defective explosives destroyed under a plan of their own told only in a note) (IT1); the wastes of dismantling
ammunition worked out per piece for three kinds of rounds as sub-columns, the year's programme in pieces in a row under
the header, the tonnes a year last, the complex's common wastes with dashes, the recovered trotyl a product told only in
the text (VI: an explosives plant's wastes per tonne of emulsion and ANFO, the year's output in a row, kilograms a year)
(IT2).

Limits: air control at a pit's mass blasts, the points as rows spanning the table and the blasts under them with the
block, the mass of explosive and the minutes after the blast, two norm rows under the header — the ПДК м.р. for the
protection zone's boundary and 0,8 ПДК м.р. for a children's camp — each point bound to one by its row, `<` below
detection (VI: a coal pit's blasts against QCVN 05:2023/BTNMT in µg/m3) (IT1); a protocol at a destruction complex's two
furnaces, a row spanning the table per furnace, the КЭР's norms of that furnace in the row under it, the lots burnt as
rows (what was destroyed, the date, O2), a lot not measured for a repair, dashes where a furnace is not normed (VI: an
explosives plant's stacks with their own Cmax rows under QCVN 19:2009/BTNMT column B × Kp × Kv, rounds as rows) (IT2).

Monitoring: a copper pit's ПЭК programme for blasting and the warehouse with two frequency columns under a merged header,
the planned one and an additional one at each mass blast or after each destruction of explosives, which is no frequency
of the contract (VI: a coal pit's permit, `Giám sát bổ sung` at each large blast) (IT1); an emulsion plant's plan-graph
turned on its side, the sources and boundary points as columns and their name, substances, frequency, method and
performer as rows (VI: an explosives plant's permit turned likewise) (IT2).

Inspections: a warehouse's schedule of checks whose frequency is a mark `х` in one of six columns under a merged header,
the last `по мере необходимости`, which is none (VI: a Micco depot's self-inspection plan with `x` marks) (IT1); a
destruction ground's regulation of control with a column of who checks and one of who receives the report, checks
before each cycle and every shift without a frequency of the contract (VI: a Micco branch's procedure of destroying
defective explosives, `Người thực hiện` beside `Người giám sát`) (IT2).

Tasks: a copper pit's plan of cutting the emissions of drilling and blasting whose source numbers, substances and tonnes
saved stand beside the measures and are no emissions (VI: a coal company's plan against dust and gases of blasting,
`Đơn vị chủ trì` beside `Đơn vị phối hợp`) (IT1); a blasting contractor's register of its permits — licence, permits to
apply explosives and to carry them, the environmental permit, the blasters' books — with numbers, issuing bodies and
expiry dates before the measure to renew each, the term of filing and the one who answers (VI: a Micco branch's list of
licences and the plan of renewing them) (IT2).
"""

from __future__ import annotations

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
    """The quoted part of a name (`Қызылтау` of `Базисный склад ВМ «Қызылтау»`)."""
    return name.split("«", 1)[1].split("»", 1)[0] if "«" in name else name


def _kato(doc: Doc, prefix: str) -> str:
    """A nine-digit KATO code starting with the district's prefix."""
    r = doc.rng
    rest = 9 - len(prefix) - 3
    return f"{prefix}{r.randint(10 ** (rest - 1), 10**rest - 1)}{r.choice(('000', '100'))}"


def _msdn(doc: Doc, prefix: str) -> str:
    """A Vietnamese enterprise number of the province's tax prefix (57 Quảng Ninh, 26 Phú Thọ, 01 Hà Nội) whose
    tenth digit is the check digit of the first nine."""
    r = doc.rng
    weights = (31, 29, 23, 19, 17, 13, 7, 5, 3)
    while True:
        head = prefix + f"{r.randint(0, 10**7 - 1):07d}"
        rest = sum(int(d) * w for d, w in zip(head, weights, strict=True)) % 11
        if rest:
            return head + str(10 - rest)


def _span(rows: list, merges: list, text: str, width: int) -> None:
    """A row whose first cell spans the table."""
    rows.append([text] + [None] * (width - 1))
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))


def _kind(number: str) -> str:
    return "unorganized" if number.startswith("6") else "organized"


def _dms(value: float, lang: str) -> tuple[str, float]:
    """`46°57′31″` (whole seconds) and the decimal degrees it stands for."""
    d = int(value)
    m = int((value - d) * 60)
    s = round((value - d - m / 60) * 3600)
    if s == 60:
        m, s = m + 1, 0
    return f"{d}°{m:02d}′{s:02d}″", d + m / 60 + s / 3600


def _date(doc: Doc, year: int, months=(1, 12)) -> str:
    return f"{doc.rng.randint(1, 28):02d}.{doc.rng.randint(*months):02d}.{year}"


DAILY = {"ru": ("ежедневно", "ежесуточно"), "kk": ("күн сайын", "тәулік сайын"), "vi": ("hằng ngày", "01 lần/ngày")}
WEEKLY = {"ru": ("еженедельно", "1 раз в неделю"), "kk": ("апта сайын", "аптасына 1 рет"), "vi": ("hằng tuần", "01 lần/tuần")}


def _often(doc: Doc, word: str) -> str:
    """A frequency as the document writes it, daily and weekly included."""
    if word == "daily":
        return doc.pick(DAILY[doc.lang])
    if word == "weekly":
        return doc.pick(WEEKLY[doc.lang])
    return freq(doc, word)


# code: (RU, KK, VI) of pollutants the vocabulary does not name; names of the Kazakh list
EXTRA = {
    "0305": ("Аммоний нитрат (Аммиачная селитра)", "Аммоний нитраты (аммиак селитрасы)", "Amoni nitrat (NH4NO3)"),
    "1923": ("2,4,6-Тринитротолуол (тротил)", "2,4,6-Тринитротолуол (тротил)", "TNT (2,4,6-trinitrotoluen)"),
    "2735": ("Масло минеральное нефтяное", "Мұнайлы минералды май", "Hơi dầu khoáng"),
}
# hazard classes as the tables below print them (the Kazakh list's edition in force); None where the list gives an ОБУВ
HAZARD = {"0301": 3, "0304": 3, "0337": 4, "0328": 3, "0330": 3, "2908": 3, "0303": 4, "0305": 4, "0184": 1, "1923": None,
          "0123": 3, "2754": 4, "0333": 2, "2735": None}


def _air(doc: Doc, code: str, variant: int = 0) -> str:
    if code in EXTRA:
        return EXTRA[code][vocab.LANGS.index(doc.lang)]
    return vocab.air(code, doc.lang, variant)


def _cls(doc: Doc, code: str) -> str:
    """The hazard class as printed, `ОБУВ` (KK `ҚӘБД`) where the list gives only a safe reference level."""
    return str(HAZARD[code]) if HAZARD[code] else doc.v("ОБУВ", "ҚӘБД", "")


# ---------------------------------------------------------------- facility

# (RU store, KK store, RU mine, KK mine, RU owner, KK owner, RU place, KK place, KATO prefix, lat, lon,
#  RU settlement, KK settlement)
WAREHOUSES = (
    ("Базисный склад ВМ «Қызылтау»", "«Қызылтау» ЖМ базистік қоймасы", "медный карьер «Шығыс Мыс»", "«Шығыс Мыс» мыс карьері",
     "ТОО «Тау Жарылыс Сервис»", "«Тау Жарылыс Сервис» ЖШС", "Абайская область, Аягозский район, Актогайский сельский округ",
     "Абай облысы, Аягөз ауданы, Ақтоғай ауылдық округі", "1046", 46.991, 79.962, "ст. Актогай", "Ақтоғай ст."),
    ("Базисный склад ВМ «Бозшакөл-2»", "«Бозшакөл-2» ЖМ базистік қоймасы", "медный карьер «Бозтөбе»", "«Бозтөбе» мыс карьері",
     "ТОО «Сарыарқа Взрывпром»", "«Сарыарқа Взрывпром» ЖШС", "Павлодарская область, Экибастузская г.а., Бозшакольский сельский округ",
     "Павлодар облысы, Екібастұз қ.ә., Бозшакөл ауылдық округі", "5524", 51.862, 75.291, "с. Бозшакөл", "Бозшакөл а."),
    ("Базисный склад ВМ «Тасарал»", "«Тасарал» ЖМ базистік қоймасы", "карьер «Қоңыр Тас»", "«Қоңыр Тас» карьері",
     "ТОО «Балқаш Жарылыс»", "«Балқаш Жарылыс» ЖШС", "Карагандинская область, г. Балхаш, промышленная зона «Северная»",
     "Қарағанды облысы, Балқаш қ., «Солтүстік» өнеркәсіп аймағы", "3514", 46.962, 75.021, "г. Балхаш", "Балқаш қ."),
)  # fmt: skip


def facility_it1(doc: Doc) -> None:
    """The passport of a base explosives warehouse serving an open-pit copper mine, `№ | показатель | значение` under four
    section rows — general facts, the store, safety distances, environmental facts: the owner is a blasting contractor with
    its BIN and licence, the place with its KATO, the centre in decimal degrees with a comma and the hemisphere after it,
    the store's own classes (fire resistance `II`, lightning protection category `I`) long before the category under the
    Code (`III`), capacities in tonnes and thousands of pieces and safety distances in metres as look-alike figures; the
    stores in a table of no role after it (VI: a provincial Department's permit to use industrial explosives at an
    open-pit coal mine, the pit's centre in decimal degrees and the depot only in VN-2000 metres, the explosives allowed
    a year in a table of no role)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_it1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    w = doc.pick(WAREHOUSES)
    name, mine, owner, place, prefix, lat0, lon0, village = w[L], w[2 + L], w[4 + L], w[6 + L], w[8], w[9], w[10], w[11 + L]
    bin_, kato = make_bin(r), _kato(doc, prefix)
    lat, lon = round(lat0 + r.uniform(-0.01, 0.01), 5), round(lon0 + r.uniform(-0.01, 0.01), 5)
    lic = f"{r.randint(16000000, 19999999)}"
    decl = f"KZ{r.randint(10, 99)}VDD{r.randint(10**7, 10**8 - 1):08d}"
    cap, si, dist = r.choice((120, 180, 240)), r.choice((100, 150, 200)), r.randint(38, 61) * 100
    ns, ew = g("с.ш.", "с.е.", ""), g("в.д.", "ш.б.", "")
    doc.p(g(f"УТВЕРЖДАЮ: Директор {owner} ______________ «{r.randint(2, 27)}» января 2026 г.",
            f"БЕКІТЕМІН: {owner} директоры ______________ 2026 ж. «{r.randint(2, 27)}» қаңтар", ""))
    doc.h(g(f"Паспорт склада взрывчатых материалов. {name}", f"Жарылғыш материалдар қоймасының паспорты. {name}", ""))
    doc.p(g("Паспорт составлен в соответствии с Правилами обеспечения промышленной безопасности для опасных производственных объектов, "
            "ведущих взрывные работы, и пересматривается при изменении вместимости склада или условий хранения ВМ.",
            "Паспорт жарылыс жұмыстарын жүргізетін қауіпті өндірістік объектілер үшін өнеркәсіптік қауіпсіздікті қамтамасыз ету "
            "қағидаларына сәйкес жасалды және қойманың сыйымдылығы немесе ЖМ сақтау жағдайлары өзгерген кезде қайта қаралады.", ""))
    rows = [g(["№ п/п", "Наименование показателя", "Значение"], ["Р/с №", "Көрсеткіштің атауы", "Мәні"], [])]
    merges: list = []
    _span(rows, merges, g("1. Общие сведения", "1. Жалпы мәліметтер", ""), 3)
    rows += [["1.1", g("Наименование склада", "Қойманың атауы", ""), name],
             ["1.2", g("Назначение и тип склада", "Қойманың мақсаты мен түрі", ""),
              g(f"базисный, постоянный, поверхностный; обеспечивает ВМ {mine}", f"базистік, тұрақты, жерүсті; {mine} ЖМ-мен қамтамасыз етеді", "")],
             ["1.3", g("Владелец склада (оператор)", "Қойманың иесі (оператор)", ""), owner],
             ["1.4", g("БИН владельца", "Иесінің БСН", ""), bin_],
             ["1.5", g("Лицензия на обращение с ВМ промышленного назначения", "Өнеркәсіптік мақсаттағы ЖМ айналымына лицензия", ""),
              g(f"№ {lic} от {_date(doc, 2017)}; подвиды: хранение ВМ, производство взрывных работ",
                f"{_date(doc, 2017)} № {lic}; кіші түрлері: ЖМ сақтау, жарылыс жұмыстарын жүргізу", "")],
             ["1.6", g("Местонахождение", "Орналасқан жері", ""), place],
             ["1.7", g("Код КАТО", "ҚАТО коды", ""), kato],
             ["1.8", g("Координаты центра склада (WGS-84)", "Қойма орталығының координаттары (WGS-84)", ""),
              f"{num(lat, doc.lang)}° {ns}; {num(lon, doc.lang)}° {ew}"]]
    _span(rows, merges, g("2. Характеристика склада", "2. Қойманың сипаттамасы", ""), 3)
    rows += [["2.1", g("Количество хранилищ", "Сақтау орындарының саны", ""), g("4 (ВВ – 3, СИ – 1)", "4 (ЖЗ – 3, БҚ – 1)", "")],
             ["2.2", g("Вместимость по ВВ, т", "ЖЗ бойынша сыйымдылығы, т", ""), str(cap)],
             ["2.3", g("Вместимость по средствам инициирования", "Бастамашылау құралдары бойынша сыйымдылығы", ""),
              g(f"{si} тыс. шт. детонаторов; 300 тыс. м ДШ", f"{si} мың дана детонатор; 300 мың м ДШ", "")],
             ["2.4", g("Площадь территории в ограждении, га", "Қоршау ішіндегі аумақтың ауданы, га", ""), num(round(r.uniform(2.8, 4.6), 1), doc.lang)],
             ["2.5", g("Степень огнестойкости хранилищ", "Сақтау орындарының отқа төзімділік дәрежесі", ""), "II"],
             ["2.6", g("Категория устройства молниезащиты", "Найзағайдан қорғау құрылғысының санаты", ""), "I"],
             ["2.7", g("Охрана", "Күзет", ""), g("ведомственная военизированная охрана, 3 поста; запретная зона 50 м",
                                                 "ведомстволық әскерилендірілген күзет, 3 пост; тыйым салынған аймақ 50 м", "")]]
    _span(rows, merges, g("3. Безопасные расстояния, м (фактическое / по расчету)", "3. Қауіпсіз қашықтықтар, м (нақты / есеп бойынша)", ""), 3)
    rows += [["3.1", g(f"до жилой застройки ({village})", f"тұрғын үйлерге дейін ({village})", ""),
              f"{num(dist, doc.lang)} / {num(r.randint(21, 26) * 100, doc.lang)}"],
             ["3.2", g("до железной дороги", "темір жолға дейін", ""), f"{num(r.randint(12, 30) * 100, doc.lang)} / {num(r.randint(6, 9) * 100, doc.lang)}"],
             ["3.3", g("до ЛЭП 110 кВ", "110 кВ ЭБЖ-ге дейін", ""), f"{num(r.randint(8, 15) * 100, doc.lang)} / 480"],
             ["3.4", g("до границы карьера", "карьер шекарасына дейін", ""), f"{num(r.randint(30, 55) * 100, doc.lang)} / {num(r.randint(10, 14) * 100, doc.lang)}"]]
    _span(rows, merges, g("4. Экологические сведения", "4. Экологиялық мәліметтер", ""), 3)
    rows += [["4.1", g("Категория объекта (статья 12 Экологического кодекса РК)", "Объектінің санаты (ҚР Экология кодексінің 12-бабы)", ""), "III"],
             ["4.2", g("Декларация о воздействии на окружающую среду", "Қоршаған ортаға әсер ету туралы декларация", ""),
              g(f"№ {decl} от {_date(doc, 2024)}", f"{_date(doc, 2024)} № {decl}", "")],
             ["4.3", g("Площадка уничтожения ВМ", "ЖМ жою алаңы", ""),
              g("на территории склада, в 220 м от хранилищ; уничтожение сжиганием", "қойма аумағында, сақтау орындарынан 220 м; өртеу арқылы жою", "")]]  # fmt: skip
    doc.table(g("Таблица 1 – Общие сведения о складе", "1-кесте – Қойма туралы жалпы мәліметтер", ""), rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": _core(name), "kato": kato, "category": "III", "lat": lat, "lon": lon})
    per = cap // 3
    stores = [g(["№ хранилища", "Назначение", "Конструкция", "Вместимость"], ["Сақтау орны №", "Мақсаты", "Құрылымы", "Сыйымдылығы"], []),
              ["1", g("ВВ (эмульсионные, в заводской упаковке)", "ЖЗ (эмульсиялық, зауыттық орамада)", ""),
               g("наземное, кирпичное, с обвалованием", "жерүсті, кірпіш, топырақ үйіндісімен", ""), f"{per} {g('т', 'т', '')}"],
              ["2", g("ВВ (гранулированные)", "ЖЗ (түйіршіктелген)", ""), g("наземное, металлическое, с обвалованием", "жерүсті, металл, топырақ үйіндісімен", ""),
               f"{per} {g('т', 'т', '')}"],
              ["3", g("ВВ (резерв)", "ЖЗ (резерв)", ""), g("наземное, металлическое", "жерүсті, металл", ""), f"{cap - 2 * per} {g('т', 'т', '')}"],
              ["4", g("Средства инициирования", "Бастамашылау құралдары", ""), g("наземное, кирпичное", "жерүсті, кірпіш", ""),
               g(f"{si} тыс. шт.", f"{si} мың дана", "")]]
    doc.table(g("Таблица 2 – Хранилища склада", "2-кесте – Қойманың сақтау орындары", ""), stores, role="other")


# (mine, company, office, place of use, lat, lon)
VN_MINES = (
    ("Mỏ than lộ thiên Đông Lĩnh", "Công ty Cổ phần Than Đông Lĩnh – Vinacomin", "Số 268 đường Trần Phú, phường Cẩm Phả, tỉnh Quảng Ninh",
     "khai trường mỏ Đông Lĩnh, phường Mông Dương, tỉnh Quảng Ninh", 21.068, 107.334),
    ("Mỏ than lộ thiên Khe Vàng", "Công ty Than Khe Vàng – TKV", "Tổ 4, khu 2, phường Hà Tu, tỉnh Quảng Ninh",
     "khai trường mỏ Khe Vàng, phường Hà Tu, tỉnh Quảng Ninh", 20.972, 107.142),
    ("Mỏ than lộ thiên Bắc Cọc Sáu", "Công ty Cổ phần Than Bắc Cọc Sáu – Vinacomin", "Số 12 đường Lý Thường Kiệt, phường Cửa Ông, tỉnh Quảng Ninh",
     "khai trường mỏ Bắc Cọc Sáu, phường Cửa Ông, tỉnh Quảng Ninh", 21.031, 107.352),
)  # fmt: skip


def _facility_it1_vi(doc: Doc) -> None:
    r = doc.rng
    mine, company, office, site, lat0, lon0 = doc.pick(VN_MINES)
    msdn = _msdn(doc, "57")
    lat, lon = round(lat0 + r.uniform(-0.004, 0.004), 5), round(lon0 + r.uniform(-0.004, 0.004), 5)
    doc.p("ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH – SỞ CÔNG THƯƠNG")
    doc.p(f"Số: {r.randint(12, 96)}/GP-SCT                Quảng Ninh, ngày {r.randint(2, 27):02d} tháng {r.randint(1, 3):02d} năm 2026")
    doc.h("GIẤY PHÉP SỬ DỤNG VẬT LIỆU NỔ CÔNG NGHIỆP")
    doc.p("Căn cứ Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ năm 2024 và các văn bản hướng dẫn thi hành; xét hồ sơ đề "
          f"nghị cấp giấy phép của {company}, GIÁM ĐỐC SỞ CÔNG THƯƠNG cấp phép cho:")
    rows = [["1. Tên tổ chức", company],
            ["2. Mã số doanh nghiệp", msdn],
            ["3. Địa chỉ trụ sở chính", office],
            ["4. Mục đích sử dụng vật liệu nổ công nghiệp", "Nổ mìn bóc đất đá và khai thác than lộ thiên"],
            ["5. Địa điểm sử dụng", f"{mine}, {site}"],
            ["6. Tọa độ trung tâm khai trường (hệ WGS-84)", f"Vĩ độ {num(lat, 'vi')}° B; Kinh độ {num(lon, 'vi')}° Đ"],
            ["7. Kho vật liệu nổ công nghiệp", f"Kho VLNCN {mine.split('lộ thiên ')[-1]}, sức chứa {r.choice((20, 30, 40))} tấn thuốc nổ và "
                                                f"{num(r.choice((50000, 80000, 100000)), 'vi')} kíp nổ"],
            ["8. Tọa độ kho (VN-2000, kinh tuyến trục 107°45′, múi chiếu 3°)",
             f"X = {num(r.randint(2318000, 2334000), 'vi')} m; Y = {num(r.randint(425000, 440000), 'vi')} m"],
            ["9. Người chỉ huy nổ mìn", f"Ông {doc.pick(('Nguyễn Văn Thành', 'Phạm Quang Huy', 'Vũ Đức Long'))} – Phó Giám đốc kỹ thuật"],
            ["10. Thời hạn của giấy phép", "Đến hết ngày 31 tháng 12 năm 2028"]]
    doc.table(None, rows, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": mine.split("lộ thiên ")[1], "lat": lat, "lon": lon})
    doc.table("Phụ lục. Chủng loại, khối lượng vật liệu nổ công nghiệp được phép sử dụng trong một năm",
              [["TT", "Chủng loại", "Đơn vị", "Khối lượng"],
               ["1", "Thuốc nổ nhũ tương rời (nạp bằng xe chuyên dụng)", "tấn", num(r.randint(30, 60) * 100, "vi")],
               ["2", "Thuốc nổ ANFO", "tấn", num(r.randint(8, 20) * 100, "vi")],
               ["3", "Kíp nổ vi sai phi điện", "cái", num(r.randint(15, 40) * 10000, "vi")],
               ["4", "Mồi nổ 400 g", "quả", num(r.randint(4, 9) * 10000, "vi")]], role="other")
    doc.p("Tổ chức được cấp phép có trách nhiệm thực hiện đúng QCVN 01:2019/BCT về an toàn trong sản xuất, thử nghiệm, nghiệm thu, bảo quản, "
          "vận chuyển, sử dụng, tiêu hủy vật liệu nổ công nghiệp.")


# (RU plant, KK plant, RU operator, KK operator, RU place, KK place, KATO prefix, lat, lon, RU mine, KK mine, capacity kt)
EMULSION_PLANTS = (
    ("Завод эмульсионной матрицы «Ақтоғай Эмульсия»", "«Ақтоғай Эмульсия» эмульсиялық матрица зауыты", "ТОО «Тау Жарылыс Сервис»",
     "«Тау Жарылыс Сервис» ЖШС", "Абайская область, Аягозский район, промышленная площадка карьера «Шығыс Мыс», участок 7",
     "Абай облысы, Аягөз ауданы, «Шығыс Мыс» карьерінің өнеркәсіптік алаңы, 7-учаске", "1046", 46.958, 79.931,
     "медного карьера «Шығыс Мыс»", "«Шығыс Мыс» мыс карьерінің", 30),
    ("Завод эмульсионной матрицы «Бозшакөл Эмульсия»", "«Бозшакөл Эмульсия» эмульсиялық матрица зауыты", "ТОО «Сарыарқа Взрывпром»",
     "«Сарыарқа Взрывпром» ЖШС", "Павлодарская область, Экибастузская г.а., промышленная площадка карьера «Бозтөбе»",
     "Павлодар облысы, Екібастұз қ.ә., «Бозтөбе» карьерінің өнеркәсіптік алаңы", "5524", 51.849, 75.312,
     "медного карьера «Бозтөбе»", "«Бозтөбе» мыс карьерінің", 40),
)  # fmt: skip
BUILDINGS = (
    ("Склад аммиачной селитры (2 000 т)", "Аммиак селитрасының қоймасы (2 000 т)", 1850, 1),
    ("Цех приготовления раствора окислителя и эмульсионной матрицы", "Тотықтырғыш ерітіндісін және эмульсиялық матрицаны дайындау цехы", 1240, 2),
    ("Резервуарный парк матрицы (4 × 60 м³)", "Матрицаның резервуарлық паркі (4 × 60 м³)", 460, 1),
    ("Склад дизельного топлива и эмульгатора", "Дизель отыны мен эмульгатор қоймасы", 310, 1),
    ("Котельная (2 котла по 1,0 МВт, дизельное топливо)", "Қазандық (әрқайсысы 1,0 МВт 2 қазан, дизель отыны)", 180, 1),
    ("Локальные очистные сооружения и пруд-испаритель", "Жергілікті тазарту құрылыстары және булану тоғаны", 2600, 1),
    ("Административно-бытовой корпус", "Әкімшілік-тұрмыстық корпус", 720, 2),
)


def facility_it2(doc: Doc) -> None:
    """An act of accepting an emulsion-matrix plant built at a copper pit into operation, `№ | сведения | содержание`
    without section rows: the object by its project name and by the name it will bear, the place, KATO, a cadastral
    number, the centre in degrees, minutes and whole seconds, then the customer who will run the plant, the general
    contractor, the designer and the technical supervisor each with its BIN inside the cell of its name, the builders'
    licences of `I` and `II` categories and the level of responsibility `I (повышенный)` beside the category under the
    Code; the plant's buildings in a table of no role and the commission's decision after it (VI: the record of accepting
    an emulsion explosives line of a GAET plant into use, the investor, builder, supervisor and designer each with its
    enterprise number, `cấp I` of the works beside `nhóm I` of the environmental criteria)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_it2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p = doc.pick(EMULSION_PLANTS)
    plant, operator, place, prefix, lat0, lon0, mine, cap = p[L], p[2 + L], p[4 + L], p[6], p[7], p[8], p[9 + L], p[11]
    bin_, kato = make_bin(r), _kato(doc, prefix)
    lat, lat_v = _dms(lat0 + r.uniform(-0.004, 0.004), doc.lang)
    lon, lon_v = _dms(lon0 + r.uniform(-0.004, 0.004), doc.lang)
    ns, ew = g("с.ш.", "с.е.", ""), g("в.д.", "ш.б.", "")
    others = [make_bin(r) for _ in range(3)]
    bin_w = g("БИН", "БСН", "")
    doc.h(g(f"Акт приемки построенного объекта в эксплуатацию № {r.randint(3, 40)}",
            f"Салынған объектіні пайдалануға қабылдау актісі № {r.randint(3, 40)}", ""))
    doc.p(g(f"{_date(doc, 2025, (9, 12))} г. Приемочная комиссия в составе представителей заказчика, генерального подрядчика, технического "
            "и авторского надзора, руководствуясь Законом Республики Казахстан «Об архитектурной, градостроительной и строительной "
            "деятельности в Республике Казахстан», произвела осмотр объекта и проверку исполнительной документации и установила:",
            f"{_date(doc, 2025, (9, 12))} ж. Тапсырыс берушінің, бас мердігердің, техникалық және авторлық қадағалау өкілдерінен тұратын "
            "қабылдау комиссиясы «Қазақстан Республикасындағы сәулет, қала құрылысы және құрылыс қызметі туралы» Қазақстан "
            "Республикасының Заңын басшылыққа ала отырып, объектіні қарап, атқарушы құжаттаманы тексерді және мынаны анықтады:", ""))
    rows = [g(["№", "Сведения", "Содержание"], ["№", "Мәліметтер", "Мазмұны"], []),
            ["1", g("Наименование объекта по проекту", "Жоба бойынша объектінің атауы", ""),
             g(f"Строительство завода эмульсионной матрицы мощностью {cap} тыс. т в год на промышленной площадке {mine}",
               f"{mine} өнеркәсіптік алаңында қуаты жылына {cap} мың т эмульсиялық матрица зауытын салу", "")],
            ["2", g("Наименование объекта при эксплуатации", "Пайдалану кезіндегі объектінің атауы", ""), plant],
            ["3", g("Местонахождение", "Орналасқан жері", ""), place],
            ["4", g("Код КАТО", "ҚАТО коды", ""), kato],
            ["5", g("Кадастровый номер земельного участка", "Жер учаскесінің кадастрлық нөмірі", ""),
             f"{prefix[:2]}-{r.randint(100, 399)}-{r.randint(10, 99):03d}-{r.randint(100, 999)}"],
            ["6", g("Координаты центра площадки (по исполнительной съемке)", "Алаң орталығының координаттары (атқарушы түсірілім бойынша)", ""),
             f"{lat} {ns}, {lon} {ew}"],
            ["7", g("Заказчик (собственник и оператор объекта)", "Тапсырыс беруші (объектінің меншік иесі және операторы)", ""),
             f"{operator}, {bin_w} {bin_}"],
            ["8", g("Генеральный подрядчик", "Бас мердігер", ""),
             g(f"ТОО «Шығыс Құрылыс Монтаж», БИН {others[0]}; государственная лицензия на строительно-монтажные работы I категории № {r.randint(15000000, 19999999)}",
               f"«Шығыс Құрылыс Монтаж» ЖШС, БСН {others[0]}; құрылыс-монтаж жұмыстарына I санатты мемлекеттік лицензия № {r.randint(15000000, 19999999)}", "")],
            ["9", g("Проектная организация", "Жобалау ұйымы", ""),
             g(f"ТОО «ХимПроект Инжиниринг», БИН {others[1]}; лицензия на проектную деятельность II категории № {r.randint(15000000, 19999999)}",
               f"«ХимПроект Инжиниринг» ЖШС, БСН {others[1]}; жобалау қызметіне II санатты лицензия № {r.randint(15000000, 19999999)}", "")],
            ["10", g("Технический надзор", "Техникалық қадағалау", ""),
             g(f"ТОО «Сапа Қадағалау», БИН {others[2]}; аттестат эксперта № KZ{r.randint(10, 99)}-ТН-{r.randint(1000, 9999)}",
               f"«Сапа Қадағалау» ЖШС, БСН {others[2]}; сарапшы аттестаты № KZ{r.randint(10, 99)}-ТН-{r.randint(1000, 9999)}", "")],
            ["11", g("Проектная мощность", "Жобалық қуаты", ""),
             g(f"{num(cap * 1000, 'ru')} т эмульсионной матрицы в год (2 линии по 8 т/ч)", f"жылына {num(cap * 1000, 'kk')} т эмульсиялық матрица (сағатына 8 т-дан 2 желі)", "")],
            ["12", g("Уровень ответственности", "Жауапкершілік деңгейі", ""), g("I (повышенный), технически сложный объект", "I (жоғары), техникалық күрделі объект", "")],
            ["13", g("Категория объекта, оказывающего негативное воздействие на окружающую среду", "Қоршаған ортаға теріс әсер ететін объектінің санаты", ""),
             g("I (производство взрывчатых веществ, приложение 2 к Экологическому кодексу РК)", "I (жарылғыш заттар өндірісі, ҚР Экология кодексіне 2-қосымша)", "")],
            ["14", g("Заключение по оценке воздействия на окружающую среду", "Қоршаған ортаға әсерді бағалау бойынша қорытынды", ""),
             f"№ KZ{r.randint(10, 99)}VWF{r.randint(10**7, 10**8 - 1):08d}, {_date(doc, 2023)}"],
            ["15", g("Начало и окончание строительства", "Құрылыстың басталуы мен аяқталуы", ""), f"{_date(doc, 2024, (3, 5))} – {_date(doc, 2025, (7, 9))}"]]  # fmt: skip
    doc.table(None, rows, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": _core(plant), "kato": kato, "category": "I", "lat": lat_v, "lon": lon_v})
    b = [g(["№", "Здание, сооружение", "Площадь застройки, м²", "Этажность"], ["№", "Ғимарат, құрылыс", "Құрылыс ауданы, м²", "Қабаттылығы"], [])]
    for k, (b_ru, b_kk, area, floors) in enumerate(BUILDINGS, 1):
        b.append([str(k), (b_ru, b_kk)[L], num(round(area * r.uniform(0.9, 1.1)), doc.lang), str(floors)])
    doc.table(g("Приложение 1. Состав принимаемого объекта", "1-қосымша. Қабылданатын объектінің құрамы", ""), b, role="other")
    doc.p(g("Решение приемочной комиссии: объект выполнен в соответствии с проектом и принимается в эксплуатацию.",
            "Қабылдау комиссиясының шешімі: объект жобаға сәйкес орындалды және пайдалануға қабылданады.", ""))


VN_PLANTS = (
    ("Xí nghiệp Vật liệu nổ Phù Ninh", "Công ty TNHH MTV Vật liệu nổ Phù Ninh – GAET", "xã Phù Ninh, tỉnh Phú Thọ", 21.452, 105.271, "26"),
    ("Xí nghiệp Vật liệu nổ Hoành Bồ", "Công ty TNHH MTV Vật liệu nổ Hoành Bồ – GAET", "phường Hoành Bồ, tỉnh Quảng Ninh", 21.018, 107.031, "57"),
)


def _facility_it2_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, place, lat0, lon0, prefix = doc.pick(VN_PLANTS)
    msdn = _msdn(doc, prefix)
    others = [_msdn(doc, "01") for _ in range(3)]
    lat, lon = round(lat0 + r.uniform(-0.003, 0.003), 5), round(lon0 + r.uniform(-0.003, 0.003), 5)
    cap = r.choice((8, 10, 12))
    doc.p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM – Độc lập - Tự do - Hạnh phúc")
    doc.h("BIÊN BẢN NGHIỆM THU HOÀN THÀNH HẠNG MỤC CÔNG TRÌNH ĐỂ ĐƯA VÀO SỬ DỤNG")
    doc.p(f"Hôm nay, ngày {r.randint(2, 27):02d} tháng {r.randint(9, 12):02d} năm 2025, tại {plant}, các bên gồm:")
    rows = [["Mục", "Nội dung", "Thông tin"],
            ["1", "Hạng mục công trình", f"Dây chuyền sản xuất thuốc nổ nhũ tương công suất {num(cap * 1000, 'vi')} tấn/năm"],
            ["2", "Thuộc cơ sở", plant],
            ["3", "Địa điểm xây dựng", place],
            ["4", "Tọa độ tâm khu đất (WGS-84)", f"{num(lat, 'vi')}° N; {num(lon, 'vi')}° E"],
            ["5", "Chủ đầu tư", f"{company} (mã số doanh nghiệp {msdn})"],
            ["6", "Nhà thầu thi công xây dựng", f"Công ty Cổ phần Xây lắp Công nghiệp Sông Thao (mã số doanh nghiệp {others[0]})"],
            ["7", "Tư vấn giám sát", f"Công ty Cổ phần Tư vấn Kiểm định Xây dựng Hà Nội (mã số doanh nghiệp {others[1]})"],
            ["8", "Tư vấn thiết kế", f"Công ty Cổ phần Tư vấn Thiết kế Hóa chất Mỏ (mã số doanh nghiệp {others[2]})"],
            ["9", "Loại, cấp công trình", "Công trình công nghiệp, cấp I"],
            ["10", "Phân loại dự án theo tiêu chí về môi trường", f"Nhóm I; Giấy phép môi trường số {r.randint(100, 480)}/GPMT-BTNMT"],
            ["11", "Thời gian thi công", f"Từ {r.randint(1, 28):02d}/03/2024 đến {r.randint(1, 28):02d}/08/2025"]]
    doc.table("I. ĐỐI TƯỢNG VÀ THÀNH PHẦN NGHIỆM THU", rows, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": plant.split("Xí nghiệp ")[1], "category": "I", "lat": lat, "lon": lon})
    doc.table("II. DANH MỤC HẠNG MỤC ĐƯỢC NGHIỆM THU",
              [["TT", "Hạng mục", "Quy mô"],
               ["1", "Nhà pha chế dung dịch chất oxy hóa", f"{num(r.randint(600, 900), 'vi')} m²"],
               ["2", "Nhà nhũ hóa, làm nguội và nạp thỏi", f"{num(r.randint(900, 1400), 'vi')} m²"],
               ["3", "Kho amoni nitrat", f"{num(r.choice((1500, 2000)), 'vi')} tấn"],
               ["4", "Trạm xử lý nước thải sản xuất", f"{r.choice((30, 40, 50))} m³/ngày đêm"]], role="other")
    doc.p("Kết luận: đồng ý nghiệm thu hạng mục công trình để đưa vào sử dụng.")


# ---------------------------------------------------------------- emissions

# (RU pit, KK pit, RU mine operator, KK mine operator, RU contractor, KK contractor)
PITS = (
    ("Медный карьер «Шығыс Мыс»", "«Шығыс Мыс» мыс карьері", "ТОО «Шығыс Мыс Майнинг»", "«Шығыс Мыс Майнинг» ЖШС",
     "ТОО «Тау Жарылыс Сервис»", "«Тау Жарылыс Сервис» ЖШС"),
    ("Медный карьер «Бозтөбе»", "«Бозтөбе» мыс карьері", "ТОО «Бозтөбе Коппер»", "«Бозтөбе Коппер» ЖШС",
     "ТОО «Сарыарқа Взрывпром»", "«Сарыарқа Взрывпром» ЖШС"),
    ("Карьер «Қоңыр Тас»", "«Қоңыр Тас» карьері", "ТОО «Қоңыр Тас Кен»", "«Қоңыр Тас Кен» ЖШС", "ТОО «Балқаш Жарылыс»",
     "«Балқаш Жарылыс» ЖШС"),
)  # fmt: skip
# (RU, KK, CO t/t, NOx t/t, (low, high) t a year, (low, high) t in the greatest blast)
EXPLOSIVES = (
    ("Эмульсионное ВВ (СЗМ)", "Эмульсиялық ЖЗ (АОМ)", 0.0032, 0.0008, (6000, 12000), (150, 280)),
    ("Игданит (АС-ДТ)", "Игданит (АС-ДТ)", 0.004, 0.0025, (800, 2000), (20, 60)),
    ("Гранулит АС-8", "Гранулит АС-8", 0.008, 0.0026, (60, 300), (2, 9)),
)
# (number, RU, KK, {code: ((low, high) g/s, (low, high) t/year)})
CHARGING = (
    ("0001", "Дымовая труба котельной базы СЗМ (дизельное топливо)", "АОМ базасы қазандығының түтін мұржасы (дизель отыны)",
     {"0301": ((0.01, 0.04), (0.1, 0.5)), "0304": ((0.002, 0.006), (0.015, 0.08)), "0328": ((0.002, 0.008), (0.01, 0.06)),
      "0330": ((0.01, 0.05), (0.1, 0.6)), "0337": ((0.02, 0.08), (0.2, 0.9))}),
    ("6002", "Заряжание скважин смесительно-зарядными машинами", "Ұңғымаларды араластырып-оқтайтын машиналармен оқтау",
     {"0305": ((0.01, 0.05), (0.05, 0.4)), "2754": ((0.005, 0.02), (0.02, 0.15))}),
    ("6003", "Растаривание аммиачной селитры из МКР в бункеры СЗМ", "Аммиак селитрасын ЖЖК-дан АОМ бункерлеріне төгу",
     {"0305": ((0.02, 0.08), (0.1, 0.8))}),
)  # fmt: skip


def emissions_it1(doc: Doc) -> None:
    """An НДВ project's calculation of the emissions of an open copper pit's mass blasts (ИЗА 6001), turned on its side:
    the explosives — emulsion, igdanite, granulite — as columns under a merged `Тип ВВ`, a unit column, the year's use,
    the explosive in the greatest blast and the specific outputs as rows of the first section, then each substance on a
    `т/год` row and a `г/с` row merged down its name, the figures of each explosive beside the `Всего по ИЗА 6001` column
    that alone is the emission, nitrogen oxides split by the transformation coefficients 0,8 and 0,13, the dust only in
    the total; the charging units and their base follow in an ordinary table with classes (VI: an open-pit coal mine's
    ĐTM, thuốc nổ nhũ tương and ANFO as columns, kg/tấn factors, `Tổng` the load, no source numbers)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_it1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p = doc.pick(PITS)
    pit, operator, contractor = p[L], p[2 + L], p[4 + L]
    use = [float(r.randint(lo // 10, hi // 10) * 10) for *_, (lo, hi), _ in EXPLOSIVES]
    big = [float(r.randint(lo, hi)) for *_, (lo, hi) in EXPLOSIVES]
    vol, vmax = r.randint(80, 150) * 100, r.randint(12, 25) * 10
    doc.h(g(f"Проект нормативов допустимых выбросов. {pit}. 3.4. Расчет выбросов при производстве массовых взрывов",
            f"{pit}. Жол берілетін шығарындылар нормативтерінің жобасы. 3.4. Жаппай жарылыстар кезіндегі шығарындыларды есептеу", ""))
    doc.p(g(f"Оператор объекта – {operator}; буровзрывные работы выполняет подрядная организация {contractor}. Массовые взрывы "
            "проводятся 1–2 раза в неделю в дневное время. Максимальный разовый выброс определен для наибольшего взрыва при "
            "продолжительности формирования газопылевого облака 1 200 с; для оксидов азота приняты коэффициенты трансформации "
            "0,8 (азота диоксид) и 0,13 (азот (II) оксид).",
            f"Объект операторы – {operator}; бұрғылау-жару жұмыстарын {contractor} мердігер ұйымы орындайды. Жаппай жарылыстар аптасына "
            "1–2 рет күндізгі уақытта жүргізіледі. Ең жоғары бір реттік шығарынды газ-шаң бұлтының қалыптасу ұзақтығы 1 200 с болған "
            "кездегі ең үлкен жарылыс үшін анықталды; азот оксидтері үшін трансформация коэффициенттері 0,8 (азот диоксиді) және 0,13 "
            "(азот (II) оксиді) қабылданды.", ""))
    total_word = g("Всего по ИЗА 6001", "6001 ЛШК бойынша барлығы", "")
    rows = [[g("Показатель", "Көрсеткіш", ""), g("Ед. изм.", "Өлш. бірл.", ""), g("Тип ВВ", "ЖЗ түрі", ""), None, None, total_word],
            [None, None, *(e[L] for e in EXPLOSIVES), None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 4), (0, 5, 1, 5)]
    t, dash = g("т", "т", ""), "–"
    _span(rows, merges, g("1. Исходные данные", "1. Бастапқы деректер", ""), 6)
    rows += [[g("Годовой расход ВВ", "ЖЗ жылдық шығыны", ""), t, *(num(a, doc.lang) for a in use), num(sum(use), doc.lang)],
             [g("Масса ВВ в наибольшем массовом взрыве", "Ең үлкен жаппай жарылыстағы ЖЗ массасы", ""), t, *(num(m, doc.lang) for m in big),
              num(sum(big), doc.lang)],
             [g("Удельное выделение углерода оксида", "Көміртек оксидінің меншікті бөлінуі", ""), g("т/т ВВ", "т/т ЖЗ", ""),
              *(num(e[2], doc.lang) for e in EXPLOSIVES), dash],
             [g("Удельное выделение оксидов азота (NOx)", "Азот оксидтерінің (NOx) меншікті бөлінуі", ""), g("т/т ВВ", "т/т ЖЗ", ""),
              *(num(e[3], doc.lang) for e in EXPLOSIVES), dash],
             [g("Объем взорванной горной массы за год", "Жылына жарылған тау-кен массасының көлемі", ""), g("тыс. м³", "мың м³", ""),
              dash, dash, dash, num(vol, doc.lang)],
             [g("Объем горной массы в наибольшем взрыве", "Ең үлкен жарылыстағы тау-кен массасының көлемі", ""), g("тыс. м³", "мың м³", ""),
              dash, dash, dash, num(vmax, doc.lang)],
             [g("Удельное пылевыделение с учетом гидрозабойки (η = 0,5)", "Гидробітеуді ескергендегі меншікті шаң бөлінуі (η = 0,5)", ""),
              g("кг/м³", "кг/м³", ""), dash, dash, dash, num(0.01, doc.lang)]]
    _span(rows, merges, g("2. Выбросы загрязняющих веществ", "2. Ластаушы заттардың шығарындылары", ""), 6)
    gases = (("0337", 2, 1.0, "", 3), ("0301", 3, 0.8, " (0,8 NOx)", 3), ("0304", 3, 0.13, " (0,13 NOx)", 4))
    for code, k, share, tail, places in gases:
        ty = [round(a * e[k] * share, places) for a, e in zip(use, EXPLOSIVES, strict=True)]
        gs = [round(m * e[k] * share * 1e6 / 1200, 2) for m, e in zip(big, EXPLOSIVES, strict=True)]
        ty_all, gs_all = round(sum(ty), places), round(sum(gs), 2)
        rows.append([f"{code} – {_air(doc, code)}{tail}", g("т/год", "т/жыл", ""), *(num(x, doc.lang) for x in ty), num(ty_all, doc.lang)])
        rows.append([None, g("г/с", "г/с", ""), *(num(x, doc.lang) for x in gs), num(gs_all, doc.lang)])
        merges.append((len(rows) - 2, 0, len(rows) - 1, 0))
        doc.add("emissions", emission(code, gs_all, ty_all, "6001"))
    dust_t, dust_g = round(vol * 0.01, 2), round(vmax * 1000 * 0.01 * 1000 / 1200, 2)
    rows.append([f"2908 – {_air(doc, '2908')}", g("т/год", "т/жыл", ""), dash, dash, dash, num(dust_t, doc.lang)])
    rows.append([None, g("г/с", "г/с", ""), dash, dash, dash, num(dust_g, doc.lang)])
    merges.append((len(rows) - 2, 0, len(rows) - 1, 0))
    doc.add("emissions", emission("2908", dust_g, dust_t, "6001"))
    doc.table(g("Таблица 3.4 – Расчет выбросов загрязняющих веществ при массовых взрывах (ИЗА 6001 – взрывные работы в карьере)",
                "3.4-кесте – Жаппай жарылыстар кезіндегі ластаушы заттар шығарындыларын есептеу (6001 ЛШК – карьердегі жарылыс жұмыстары)", ""),
              rows, merges, role="emissions")
    doc.p(g("Выбросы при заряжании скважин и на базе смесительно-зарядных машин приведены в таблице 3.5.",
            "Ұңғымаларды оқтау кезіндегі және араластырып-оқтайтын машиналар базасындағы шығарындылар 3.5-кестеде келтірілген.", ""))
    rows = [g(["№ ИЗА", "Наименование источника", "Код ЗВ", "Наименование ЗВ", "Класс опасности", "Выброс, г/с", "Выброс, т/год"],
              ["ЛШК №", "Көздің атауы", "ЛЗ коды", "ЛЗ атауы", "Қауіптілік сыныбы", "Шығарынды, г/с", "Шығарынды, т/жыл"], [])]
    merges = []
    for number, s_ru, s_kk, codes in CHARGING:
        start = len(rows)
        for j, (code, ((glo, ghi), (tlo, thi))) in enumerate(codes.items()):
            gs, ty = _sig(r.uniform(glo, ghi), 3), _sig(r.uniform(tlo, thi), 3)
            rows.append([number if j == 0 else None, (s_ru, s_kk)[L] if j == 0 else None, code, _air(doc, code), _cls(doc, code),
                         num(gs, doc.lang), num(ty, doc.lang)])
            doc.add("emissions", emission(code, gs, ty, number, HAZARD[code]))
        if len(codes) > 1:
            merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    doc.table(g("Таблица 3.5 – Выбросы при заряжании скважин и на базе СЗМ", "3.5-кесте – Ұңғымаларды оқтау кезіндегі және АОМ базасындағы шығарындылар", ""),
              rows, merges, role="emissions")
    doc.add("sources", {"number": "6001", "type": "unorganized"}, *({"number": n, "type": _kind(n)} for n, *_ in CHARGING))
    maybe_distractor(doc)


# (label, CO kg/t, NOx kg/t, (low, high) t a year, (low, high) t in the greatest blast)
VN_EXPLOSIVES = (("Thuốc nổ nhũ tương", 3.2, 0.8, (3000, 6000), (18, 40)), ("Thuốc nổ ANFO", 4.0, 2.5, (1000, 3000), (6, 15)))


def _emissions_it1_vi(doc: Doc) -> None:
    r = doc.rng
    mine, company, *_ = doc.pick(VN_MINES)
    use = [float(r.randint(lo // 50, hi // 50) * 50) for _, _, _, (lo, hi), _ in VN_EXPLOSIVES]
    big = [float(r.randint(lo, hi)) for *_, (lo, hi) in VN_EXPLOSIVES]
    vol, vmax = r.randint(40, 90) * 100, r.randint(60, 140)
    doc.h(f"BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG DỰ ÁN CẢI TẠO, MỞ RỘNG {mine.upper()}")
    doc.h("3.2.1.2. Bụi và khí thải phát sinh do hoạt động nổ mìn")
    doc.p(f"Chủ dự án: {company}. Mỏ nổ mìn 2–3 lần/tuần bằng thuốc nổ nhũ tương và ANFO do Chi nhánh Hóa chất mỏ – Micco cung ứng. Tải lượng "
          "khí độc được tính theo hệ số phát thải trên một tấn thuốc nổ; tải lượng lớn nhất (g/s) tính cho lần nổ có khối lượng thuốc nổ "
          "lớn nhất, thời gian hình thành đám mây bụi khí 1.200 giây.")
    rows = [["Thông số", "Đơn vị", "Loại thuốc nổ", None, "Tổng"], [None, None, *(e[0] for e in VN_EXPLOSIVES), None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 1, 4)]
    rows += [["Khối lượng thuốc nổ sử dụng", "tấn/năm", *(num(a, "vi") for a in use), num(sum(use), "vi")],
             ["Khối lượng thuốc nổ lớn nhất một lần nổ", "tấn", *(num(m, "vi") for m in big), num(sum(big), "vi")],
             ["Hệ số phát thải CO", "kg/tấn", *(num(e[1], "vi") for e in VN_EXPLOSIVES), "-"],
             ["Hệ số phát thải NOx", "kg/tấn", *(num(e[2], "vi") for e in VN_EXPLOSIVES), "-"],
             ["Khối lượng đất đá nổ mìn", "nghìn m³/năm", "-", "-", num(vol, "vi")],
             ["Khối lượng đất đá lớn nhất một lần nổ", "nghìn m³", "-", "-", num(vmax, "vi")]]
    for code, k, label in (("0337", 1, "CO"), ("0301", 2, "NOx (tính theo NO2)")):
        ty = [round(a * e[k] / 1000, 3) for a, e in zip(use, VN_EXPLOSIVES, strict=True)]
        gs = [round(m * e[k] * 1000 / 1200, 2) for m, e in zip(big, VN_EXPLOSIVES, strict=True)]
        ty_all, gs_all = round(sum(ty), 3), round(sum(gs), 2)
        rows.append([label, "tấn/năm", *(num(x, "vi") for x in ty), num(ty_all, "vi")])
        rows.append([None, "g/s", *(num(x, "vi") for x in gs), num(gs_all, "vi")])
        merges.append((len(rows) - 2, 0, len(rows) - 1, 0))
        doc.add("emissions", emission(code, gs_all, ty_all))
    dust_t, dust_g = round(vol * 0.008, 2), round(vmax * 8 * 1000 / 1200, 2)
    rows.append(["Bụi tổng", "tấn/năm", "-", "-", num(dust_t, "vi")])
    rows.append([None, "g/s", "-", "-", num(dust_g, "vi")])
    merges.append((len(rows) - 2, 0, len(rows) - 1, 0))
    doc.add("emissions", emission("2902", dust_g, dust_t))
    doc.table("Bảng 3.14. Tải lượng bụi, khí độc phát sinh do nổ mìn", rows, merges, role="emissions")
    doc.p("Ghi chú: hệ số phát thải bụi khi nổ mìn có áp dụng biện pháp nạp nước bua là 0,008 kg/m³ đất đá.")
    maybe_distractor(doc)


# (number, RU, KK, {code: ((low, high) g/s, (low, high) t/year)})
DESTRUCTION = (
    ("0001", "Печь сжигания порохов и отходов ВВ ПС-1", "Оқ-дәрі мен ЖЗ қалдықтарын өртейтін ПС-1 пеші",
     {"0337": ((0.3, 1.2), (1.5, 6)), "0301": ((0.08, 0.3), (0.4, 1.6)), "0304": ((0.012, 0.05), (0.06, 0.26)), "0328": ((0.02, 0.08), (0.1, 0.4))}),
    ("0002", "Камера выжигания взрывателей и капсюлей-детонаторов", "Жарғыштар мен капсюль-детонаторларды күйдіру камерасы",
     {"0337": ((0.05, 0.2), (0.2, 0.8)), "0301": ((0.01, 0.05), (0.05, 0.2)), "0184": ((0.0002, 0.001), (0.001, 0.005))}),
    ("0003", "Вытяжная вентиляция цеха выплавки тротила", "Тротил балқыту цехының сору желдеткіші", {"1923": ((0.001, 0.005), (0.005, 0.03))}),
    ("0004", "Аспирация участка механической разделки корпусов", "Корпустарды механикалық бөлшектеу учаскесінің аспирациясы",
     {"0123": ((0.005, 0.02), (0.02, 0.1)), "2908": ((0.01, 0.04), (0.03, 0.15))}),
    ("6001", "Площадка уничтожения подрывом", "Жару арқылы жою алаңы",
     {"0337": ((2, 8), (1, 4)), "0301": ((0.5, 2), (0.2, 1)), "0304": ((0.08, 0.3), (0.03, 0.15)), "0328": ((0.1, 0.5), (0.05, 0.2)),
      "2908": ((1, 5), (0.5, 2.5))}),
    ("6002", "Площадка открытого сжигания порохов", "Оқ-дәріні ашық өртеу алаңы",
     {"0337": ((1, 4), (2, 8)), "0301": ((0.2, 0.8), (0.4, 1.5)), "0304": ((0.03, 0.12), (0.06, 0.25)), "0328": ((0.1, 0.4), (0.2, 0.8))}),
)  # fmt: skip
DESTRUCTION_CODES = ("0337", "0301", "0304", "0328", "0184", "1923", "0123", "2908")
# (RU, KK) of the complex
COMPLEX = (("Комплекс промышленной утилизации боеприпасов «Шөлтау»", "«Шөлтау» оқ-дәрілерді өнеркәсіптік кәдеге жарату кешені"),
           ("ТОО «Шөлтау Утилизация»", "«Шөлтау Утилизация» ЖШС"),
           ("Жамбылская область, Мойынкумский район", "Жамбыл облысы, Мойынқұм ауданы"))


def _fraction(doc: Doc, gs: float, ty: float) -> str:
    return f"{num(gs, doc.lang)} / {num(ty, doc.lang)}"


def emissions_it2(doc: Doc) -> None:
    """An inventory of the sources of a complex destroying expired ammunition and explosives, laid out as a matrix: the
    sources as rows (furnaces, the trotyl melting shop, the cutting of shell bodies, the detonation and open-burning
    grounds), the substances as columns headed `код – наименование`, each cell `г/с / т/год` as numerator and denominator
    — the convention told only in the note under the table — a row of hazard classes under the header with `ОБУВ` for
    trotyl, lead from fuzes, dashes where a source gives nothing and a total row of fractions (VI: a GAET explosives plant
    with its coal boiler and the ground where defective explosives are burnt and detonated, `tử số – g/s; mẫu số –
    tấn/năm`, named sources)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_it2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    name, operator, place = (x[L] for x in COMPLEX)
    doc.h(g(f"Отчет по инвентаризации источников выбросов загрязняющих веществ. {name}",
            f"{name}. Ластаушы заттар шығарындыларының көздерін түгендеу туралы есеп", ""))
    doc.p(g(f"Оператор – {operator}; {place}. Комплекс выполняет расснаряжение боеприпасов с истекшими сроками хранения, выплавку "
            "тротила и уничтожение непригодных ВВ, порохов и средств инициирования сжиганием и подрывом.",
            f"Операторы – {operator}; {place}. Кешен сақтау мерзімі өткен оқ-дәрілерді бөлшектеуді, тротилді балқытуды және жарамсыз ЖЗ-ны, "
            "оқ-дәріні және бастамашылау құралдарын өртеу және жару арқылы жоюды орындайды.", ""))
    width = 2 + len(DESTRUCTION_CODES)
    rows = [[g("№ ИЗА", "ЛШК №", ""), g("Источник выброса", "Шығарынды көзі", ""), *(f"{c} – {_air(doc, c)}" for c in DESTRUCTION_CODES)],
            [g("Класс опасности", "Қауіптілік сыныбы", ""), None, *(_cls(doc, c) for c in DESTRUCTION_CODES)]]
    merges = [(1, 0, 1, 1)]
    sums = {c: [0.0, 0.0] for c in DESTRUCTION_CODES}
    for number, s_ru, s_kk, codes in DESTRUCTION:
        line = [number, (s_ru, s_kk)[L]]
        for c in DESTRUCTION_CODES:
            if c not in codes:
                line.append("–")
                continue
            (glo, ghi), (tlo, thi) = codes[c]
            gs, ty = _sig(r.uniform(glo, ghi), 3), _sig(r.uniform(tlo, thi), 3)
            line.append(_fraction(doc, gs, ty))
            sums[c][0] += gs
            sums[c][1] += ty
            doc.add("emissions", emission(c, gs, ty, number, HAZARD[c]))
        rows.append(line)
    rows.append([g("Всего по комплексу", "Кешен бойынша барлығы", ""), None,
                 *(_fraction(doc, round(sums[c][0], 6), round(sums[c][1], 6)) for c in DESTRUCTION_CODES)])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 1))
    assert all(len(x) == width for x in rows)
    doc.table(g("Таблица 2.3 – Выбросы загрязняющих веществ по источникам", "2.3-кесте – Көздер бойынша ластаушы заттардың шығарындылары", ""),
              rows, merges, role="emissions")
    doc.add("sources", *({"number": n, "type": _kind(n)} for n, *_ in DESTRUCTION))
    doc.p(g("Примечание: в числителе – максимальный разовый выброс, г/с; в знаменателе – валовый выброс, т/год; «–» – вещество "
            "источником не выделяется. Уничтожение на площадках 6001 и 6002 ведется с апреля по октябрь в светлое время суток.",
            "Ескертпе: алымында – ең жоғары бір реттік шығарынды, г/с; бөлімінде – жалпы шығарынды, т/жыл; «–» – зат көзден бөлінбейді. "
            "6001 және 6002 алаңдарында жою сәуірден қазанға дейін күндізгі уақытта жүргізіледі.", ""))
    maybe_distractor(doc)


# (source, {code: ((low, high) g/s, (low, high) t/year)})
VN_DESTRUCTION = (
    ("Lò hơi đốt than 2 tấn hơi/giờ (ống khói cao 20 m)",
     {"2902": ((0.1, 0.4), (1, 4)), "0337": ((0.1, 0.5), (1, 4)), "0301": ((0.1, 0.3), (1, 3)), "0330": ((0.2, 0.6), (2, 6))}),
    ("Tháp hấp thụ khí thải khu hòa tan amoni nitrat", {"2902": ((0.01, 0.04), (0.1, 0.3)), "0303": ((0.005, 0.02), (0.05, 0.2))}),
    ("Bãi đốt hủy thuốc nổ kém chất lượng", {"2902": ((0.5, 2), (0.1, 0.5)), "0337": ((1, 4), (0.2, 1)), "0301": ((0.3, 1), (0.05, 0.3))}),
    ("Hố nổ hủy kíp nổ, dây nổ hỏng", {"2902": ((0.2, 1), (0.02, 0.1)), "0337": ((0.3, 1.2), (0.03, 0.15)), "0301": ((0.1, 0.4), (0.01, 0.06))}),
)
VN_DESTRUCTION_CODES = (("2902", "Bụi tổng"), ("0337", "CO"), ("0301", "NOx (tính theo NO2)"), ("0330", "SO2"), ("0303", "NH3"))


def _emissions_it2_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, *_ = doc.pick(VN_PLANTS)
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – {plant.upper()}")
    doc.h("3.2. Nguồn phát sinh bụi, khí thải")
    doc.p(f"Chủ cơ sở: {company}. Ngoài các nguồn của dây chuyền sản xuất, Xí nghiệp có bãi hủy vật liệu nổ công nghiệp kém chất lượng "
          "(đốt hủy thuốc nổ, nổ hủy kíp và dây nổ) hoạt động theo từng đợt, chỉ trong mùa khô.")
    rows = [["TT", "Nguồn phát sinh", *(label for _, label in VN_DESTRUCTION_CODES)]]
    for k, (source, codes) in enumerate(VN_DESTRUCTION, 1):
        line = [str(k), source]
        for c, _ in VN_DESTRUCTION_CODES:
            if c not in codes:
                line.append("-")
                continue
            (glo, ghi), (tlo, thi) = codes[c]
            gs, ty = _sig(r.uniform(glo, ghi), 3), _sig(r.uniform(tlo, thi), 3)
            line.append(_fraction(doc, gs, ty))
            doc.add("emissions", emission(c, gs, ty))
        rows.append(line)
    doc.table("Bảng 3.3. Tải lượng các chất ô nhiễm theo nguồn", rows, role="emissions")
    doc.p("Ghi chú: tử số – tải lượng lớn nhất (g/s); mẫu số – tổng tải lượng (tấn/năm); “-” – nguồn không phát sinh thông số.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

# (code, RU, KK, RU place, KK place, (low, high) kg, RU handling, KK handling)
PLANT_HAZARDOUS = (
    ("16 04 03*", "Отходы эмульсионной матрицы и эмульсионных ВВ (некондиция, зачистка емкостей, просыпи при заряжании)",
     "Эмульсиялық матрица мен эмульсиялық ЖЗ қалдықтары (кондицияға сай емес, ыдыстарды тазарту, оқтау кезіндегі шашылу)",
     "цех эмульсии, СЗМ", "эмульсия цехы, АОМ", (300, 1500), "уничтожение сжиганием на площадке склада ВМ", "ЖМ қоймасының алаңында өртеу арқылы жою"),
    ("15 01 10*", "Мешки МКР из-под аммиачной селитры", "Аммиак селитрасынан босаған ЖЖК қаптары", "склад аммиачной селитры",
     "аммиак селитрасының қоймасы", (55000, 80000), "передача специализированной организации", "мамандандырылған ұйымға беру"),
    ("15 01 10*", "Бочки из-под эмульгатора и минерального масла", "Эмульгатор мен минералды майдан босаған бөшкелер",
     "склад ГСМ и эмульгатора", "ЖЖМ және эмульгатор қоймасы", (2000, 6000), "возврат поставщику", "жеткізушіге қайтару"),
    ("13 02 05*", "Отработанные моторные и трансмиссионные масла", "Пайдаланылған мотор және трансмиссия майлары", "гараж СЗМ", "АОМ гаражы",
     (2500, 6000), "передача на регенерацию", "регенерацияға беру"),
    ("16 01 07*", "Отработанные масляные фильтры", "Пайдаланылған май сүзгілері", "гараж СЗМ", "АОМ гаражы", (150, 450),
     "передача специализированной организации", "мамандандырылған ұйымға беру"),
    ("13 05 02*", "Шлам нефтеуловителя мойки СЗМ", "АОМ жуу орнының мұнай ұстағышының шламы", "локальные очистные сооружения",
     "жергілікті тазарту құрылыстары", (800, 2500), "передача специализированной организации", "мамандандырылған ұйымға беру"),
    ("16 06 01*", "Отработанные свинцовые аккумуляторы", "Пайдаланылған қорғасын аккумуляторлары", "гараж СЗМ", "АОМ гаражы", (300, 900),
     "передача на переработку", "қайта өңдеуге беру"),
    ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", "административно-бытовой корпус",
     "әкімшілік-тұрмыстық корпус", (15, 60), "демеркуризация (по договору)", "демеркуризациялау (шарт бойынша)"),
)  # fmt: skip
# (code, RU, KK, RU place, KK place, (low, high) t, RU handling, KK handling)
PLANT_ORDINARY = (
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", "административно-бытовой корпус", "әкімшілік-тұрмыстық корпус", (8, 20),
     "вывоз на полигон ТБО", "ҚТҚ полигонына шығару"),
    ("16 01 03", "Изношенные шины СЗМ и погрузчиков", "АОМ мен тиегіштердің тозған шиналары", "гараж СЗМ", "АОМ гаражы", (3, 9),
     "передача на переработку", "қайта өңдеуге беру"),
    ("17 04 05", "Лом черных металлов", "Қара металл сынықтары", "ремонтный участок", "жөндеу учаскесі", (4, 12), "реализация", "өткізу"),
    ("15 01 01", "Картонная упаковка эмульгатора и комплектующих", "Эмульгатор мен жинақтауыштардың картон орамасы", "склад", "қойма",
     (0.8, 2.5), "передача на переработку", "қайта өңдеуге беру"),
)  # fmt: skip


def _name_key(name: str, n: int = 3) -> str:
    return _words(name.split(" (")[0], n)


def wastes_it1(doc: Doc) -> None:
    """The waste section of a report on ПЭК for a year of an emulsion-matrix plant and its charging units' base, `№ | код |
    наименование | место образования | образовано | обращение`, the amount column without a unit: the unit stands only in
    the two section rows — `количество – в килограммах` over the hazardous wastes, `в тоннах` over the rest — the bags of
    ammonium nitrate in tens of thousands of kilograms, the code `15 01 10*` on two wastes (VI: a GAET explosives plant's
    annual report, `đơn vị tính: kg` and `đơn vị tính: tấn` in the section rows, the defective explosives and detonators
    destroyed under a plan of their own told only in a note under the table)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_it1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p = doc.pick(EMULSION_PLANTS)
    plant, operator = p[L], p[2 + L]
    doc.h(g(f"Отчет по программе производственного экологического контроля за 2025 год. {plant}",
            f"{plant}. 2025 жылғы өндірістік экологиялық бақылау бағдарламасы бойынша есеп", ""))
    doc.h(g("6. Обращение с отходами производства и потребления", "6. Өндіріс және тұтыну қалдықтарымен жұмыс істеу", ""))
    doc.p(g(f"Оператор – {operator}. В отчетном периоде отходы образовывались на заводе эмульсионной матрицы и на базе смесительно-зарядных "
            "машин (СЗМ). Отходы ВВ уничтожаются на площадке уничтожения базисного склада ВМ по актам; остальные отходы передаются по договорам.",
            f"Операторы – {operator}. Есепті кезеңде қалдықтар эмульсиялық матрица зауытында және араластырып-оқтайтын машиналар (АОМ) "
            "базасында түзілді. ЖЗ қалдықтары базистік ЖМ қоймасының жою алаңында актілер бойынша жойылады; қалған қалдықтар шарттар "
            "бойынша беріледі.", ""))
    rows = [g(["№", "Код отхода", "Наименование отхода", "Место образования", "Образовано в 2025 году", "Обращение (получатель)"],
              ["№", "Қалдық коды", "Қалдықтың атауы", "Түзілу орны", "2025 жылы түзілді", "Жұмыс істеу (алушы)"], [])]
    merges: list = []
    _span(rows, merges, g("I. Опасные отходы (количество – в килограммах)", "I. Қауіпті қалдықтар (мөлшері – килограммен)", ""), 6)
    k = 0
    for code, n_ru, n_kk, p_ru, p_kk, (lo, hi), h_ru, h_kk in PLANT_HAZARDOUS:
        k += 1
        kg = r.randint(lo // 10, hi // 10) * 10
        name = (n_ru, n_kk)[L]
        rows.append([str(k), code, name, (p_ru, p_kk)[L], num(kg, doc.lang), (h_ru, h_kk)[L]])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": True, "amount_t": kg / 1000, "name_contains": _name_key(name)})
    _span(rows, merges, g("II. Неопасные отходы (количество – в тоннах)", "II. Қауіпті емес қалдықтар (мөлшері – тоннамен)", ""), 6)
    for code, n_ru, n_kk, p_ru, p_kk, (lo, hi), h_ru, h_kk in PLANT_ORDINARY:
        k += 1
        t = round(r.uniform(lo, hi), 2)
        name = (n_ru, n_kk)[L]
        rows.append([str(k), code, name, (p_ru, p_kk)[L], num(t, doc.lang), (h_ru, h_kk)[L]])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": False, "amount_t": t, "name_contains": _name_key(name)})
    doc.table(g("Таблица 6.1 – Образование отходов в 2025 году", "6.1-кесте – 2025 жылы қалдықтардың түзілуі", ""), rows, merges, role="wastes")
    maybe_distractor(doc)


VN_PLANT_HAZARDOUS = (
    ("12 06 05", "Bùn thải có các thành phần nguy hại từ hệ thống xử lý nước thải sản xuất thuốc nổ", (300, 1200)),
    ("18 01 02", "Bao bì cứng thải bằng kim loại (thùng phuy đựng dầu khoáng, chất nhũ hóa)", (400, 1500)),
    ("18 01 03", "Bao bì cứng thải bằng nhựa (can đựng chất tạo bọt, phụ gia)", (100, 500)),
    ("17 02 03", "Dầu động cơ, hộp số và bôi trơn tổng hợp thải", (200, 800)),
    ("18 02 01", "Giẻ lau, găng tay nhiễm dầu và chất oxy hóa", (100, 400)),
    ("16 01 06", "Bóng đèn huỳnh quang thải", (10, 50)),
    ("19 06 01", "Pin, ắc quy chì thải", (80, 300)),
)
VN_PLANT_ORDINARY = (("Bao PP đựng amoni nitrat (đã rũ sạch)", (8, 20)), ("Bao bì giấy, thùng carton thải", (2, 6)),
                     ("Phế liệu kim loại", (3, 9)), ("Pallet gỗ hư hỏng", (1, 4)))


def _wastes_it1_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, *_ = doc.pick(VN_PLANTS)
    doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – {plant.upper()}")
    doc.p(f"Chủ cơ sở: {company}. Mục 4. Kết quả quản lý chất thải rắn thông thường, chất thải nguy hại.")
    rows = [["TT", "Tên chất thải", "Mã chất thải nguy hại", "Khối lượng phát sinh năm 2025", "Đơn vị tiếp nhận, xử lý"]]
    merges: list = []
    _span(rows, merges, "A. CHẤT THẢI NGUY HẠI (đơn vị tính: kg)", 5)
    k = 0
    for code, name, (lo, hi) in VN_PLANT_HAZARDOUS:
        k += 1
        kg = r.randint(lo // 5, hi // 5) * 5
        rows.append([str(k), name, code, num(kg, "vi"), "Công ty TNHH Môi trường Sông Lô"])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000, "name_contains": _name_key(name, 4)})
    _span(rows, merges, "B. CHẤT THẢI RẮN CÔNG NGHIỆP THÔNG THƯỜNG (đơn vị tính: tấn)", 5)
    for name, (lo, hi) in VN_PLANT_ORDINARY:
        k += 1
        t = round(r.uniform(lo, hi), 1)
        rows.append([str(k), name, "-", num(t, "vi"), "Công ty TNHH Tái chế Miền Bắc"])
        doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": _name_key(name, 4)})
    _span(rows, merges, "C. CHẤT THẢI RẮN SINH HOẠT (đơn vị tính: tấn)", 5)
    k += 1
    t = round(r.uniform(10, 25), 1)
    rows.append([str(k), "Chất thải rắn sinh hoạt", "-", num(t, "vi"), "Hợp tác xã Dịch vụ môi trường địa phương"])
    doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": "Chất thải rắn sinh hoạt"})
    doc.table("Bảng 4.1. Khối lượng chất thải phát sinh năm 2025", rows, merges, role="wastes")
    doc.p(f"Ghi chú: {num(r.randint(60, 250) * 10, 'vi')} kg thuốc nổ và {num(r.randint(12, 48) * 100, 'vi')} kíp nổ không đạt chất lượng đã "
          "được hủy theo phương án hủy vật liệu nổ công nghiệp được phê duyệt, không quản lý như chất thải nguy hại nên không thống kê "
          "vào bảng trên.")
    maybe_distractor(doc)


# (RU, KK, (low, high) pieces a year)
AMMO = (("Выстрелы 122-мм к гаубице Д-30", "Д-30 гаубицасына 122 мм атыстар", (6000, 12000)),
        ("Мины 82-мм осколочные", "82 мм жарықшақты миналар", (10000, 25000)),
        ("Выстрелы 23-мм к ЗУ-23", "ЗУ-23-ке 23 мм атыстар", (150000, 300000)))
# (code, RU, KK, kg a piece by kind of round, None for none)
DISMANTLING = (
    ("19 12 02", "Лом черных металлов (корпуса снарядов и мин, стаканы)", "Қара металл сынықтары (снарядтар мен миналардың корпустары, стақандар)",
     (16.8, 2.9, 0.12)),
    ("19 12 03", "Лом цветных металлов (латунные гильзы, медные ведущие пояски)", "Түсті металл сынықтары (жез гильзалар, мыс жетекші белдіктер)",
     (4.6, None, 0.115)),
    ("19 12 07", "Деревянная укупорка (ящики), не загрязненная ВВ", "ЖЗ-мен ластанбаған ағаш буып-түйгіш (жәшіктер)", (9.5, 1.6, 0.21)),
    ("19 12 04", "Пластмасса и резина (обтюраторы, колпачки, пеналы)", "Пластмасса және резеңке (обтюраторлар, қалпақшалар, пеналдар)",
     (0.35, 0.05, 0.004)),
    ("16 04 03*", "Отходы ВВ, не подлежащие выплавке (смесевые ВВ, загрязненный тротил)", "Балқытуға жатпайтын ЖЗ қалдықтары (қоспалы ЖЗ, ластанған тротил)",
     (0.12, 0.04, 0.002)),
    ("19 01 12", "Зола и шлак печи сжигания порохов ПС-1", "ПС-1 оқ-дәрі өртеу пешінің күлі мен қожы", (0.045, 0.006, 0.0009)),
)  # fmt: skip
# (code, RU, KK, (low, high) t)
COMPLEX_COMMON = (
    ("15 02 02*", "Отработанные рукавные фильтры газоочистки печей", "Пештердің газ тазартқышының пайдаланылған жеңді сүзгілері", (0.4, 1.2)),
    ("13 02 05*", "Отработанные моторные масла", "Пайдаланылған мотор майлары", (1.0, 3.0)),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", (6, 15)),
)  # fmt: skip


def wastes_it2(doc: Doc) -> None:
    """The waste section of a programme of waste management of a complex dismantling ammunition, worked out per piece:
    the specific output in kilograms per round for three kinds of rounds as sub-columns under a merged header, the year's
    programme of dismantling in pieces in a row of its own under the header, the tonnes a year in the last column, which
    alone are the amount; the complex's common wastes under a row spanning the table with dashes per piece; the trotyl
    melted out and the serviceable powders a product told only in the text (VI: a GAET plant's wastes per tonne of emulsion
    and of ANFO, the year's output in a row under the header, kilograms a year last)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_it2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    name, operator, _ = (x[L] for x in COMPLEX)
    pieces = [r.randint(lo // 100, hi // 100) * 100 for *_, (lo, hi) in AMMO]
    doc.h(g(f"Программа управления отходами на 2026–2035 годы. {name}", f"{name}. 2026–2035 жылдарға арналған қалдықтарды басқару бағдарламасы", ""))
    doc.h(g("3.2. Расчет образования отходов при утилизации боеприпасов", "3.2. Оқ-дәрілерді кәдеге жарату кезінде қалдықтардың түзілуін есептеу", ""))
    doc.p(g(f"Оператор – {operator}. Образование отходов расснаряжения определено по удельным показателям на один боеприпас (по данным "
            "разборки опытной партии) и годовой программе утилизации. Тротил, выплавленный из корпусов (около "
            f"{num(r.randint(25, 60), 'ru')} т в год), и пригодные пороха являются продукцией комплекса (сырье для промышленных ВВ) и в "
            "расчет отходов не включены.",
            f"Операторы – {operator}. Бөлшектеу қалдықтарының түзілуі бір оқ-дәріге шаққандағы меншікті көрсеткіштер (тәжірибелік партияны "
            "бөлшектеу деректері бойынша) және кәдеге жаратудың жылдық бағдарламасы бойынша анықталды. Корпустардан балқытылған тротил "
            f"(жылына шамамен {num(r.randint(25, 60), 'kk')} т) және жарамды оқ-дәрілер кешеннің өнімі (өнеркәсіптік ЖЗ үшін шикізат) болып "
            "табылады және қалдықтар есебіне енгізілмеген.", ""))
    rows = [[g("№", "№", ""), g("Код", "Коды", ""), g("Наименование отхода", "Қалдықтың атауы", ""),
             g("Удельное образование, кг на 1 шт. боеприпаса", "Меншікті түзілуі, 1 дана оқ-дәріге кг", ""), None, None,
             g("Образование, т/год", "Түзілуі, т/жыл", "")],
            [None, None, None, *(a[L] for a in AMMO), None],
            [g("Годовая программа утилизации, шт.", "Кәдеге жаратудың жылдық бағдарламасы, дана", ""), None, None,
             *(num(n, doc.lang) for n in pieces), "–"]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 5), (0, 6, 1, 6), (2, 0, 2, 2)]
    k = 0
    for code, n_ru, n_kk, per in DISMANTLING:
        k += 1
        t = round(sum(x * n for x, n in zip(per, pieces, strict=True) if x) / 1000, 3)
        name_w = (n_ru, n_kk)[L]
        rows.append([str(k), code, name_w, *(num(x, doc.lang) if x else "–" for x in per), num(t, doc.lang)])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t, "name_contains": _name_key(name_w)})
    _span(rows, merges, g("Отходы, не зависящие от программы утилизации", "Кәдеге жарату бағдарламасына тәуелсіз қалдықтар", ""), 7)
    for code, n_ru, n_kk, (lo, hi) in COMPLEX_COMMON:
        k += 1
        t = round(r.uniform(lo, hi), 2)
        name_w = (n_ru, n_kk)[L]
        rows.append([str(k), code, name_w, "–", "–", "–", num(t, doc.lang)])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t, "name_contains": _name_key(name_w)})
    doc.table(g("Таблица 3.2 – Образование отходов в 2026 году", "3.2-кесте – 2026 жылы қалдықтардың түзілуі", ""), rows, merges, role="wastes")
    maybe_distractor(doc)


# (code or None, name, kg per tonne of (emulsion, ANFO))
VN_NORMS = (
    ("12 06 05", "Bùn thải có các thành phần nguy hại từ hệ thống xử lý nước thải sản xuất", (0.12, None)),
    ("18 01 02", "Bao bì cứng thải bằng kim loại (thùng phuy đựng dầu khoáng, chất nhũ hóa)", (0.08, 0.15)),
    ("18 02 01", "Giẻ lau, găng tay nhiễm dầu và chất oxy hóa", (0.02, 0.01)),
    (None, "Bao PP đựng amoni nitrat (đã rũ sạch)", (1.6, 2.1)),
    (None, "Bao bì giấy, thùng carton đóng gói sản phẩm", (0.6, 0.4)),
)
VN_COMMON = (("17 02 03", "Dầu động cơ, hộp số và bôi trơn tổng hợp thải", (300, 700)), ("16 01 06", "Bóng đèn huỳnh quang thải", (10, 40)),
             (None, "Chất thải rắn sinh hoạt", (12000, 20000)))


def _wastes_it2_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, *_ = doc.pick(VN_PLANTS)
    out = [r.randint(60, 100) * 100, r.randint(20, 50) * 100]
    doc.h(f"KẾ HOẠCH QUẢN LÝ CHẤT THẢI NĂM 2026 – {plant.upper()}")
    doc.p(f"Chủ cơ sở: {company}. Khối lượng chất thải dự kiến được tính theo định mức phát sinh trên một tấn sản phẩm (thống kê giai đoạn "
          "2023–2025) và sản lượng kế hoạch năm 2026.")
    rows = [["TT", "Tên chất thải", "Mã CTNH", "Định mức phát sinh (kg/tấn sản phẩm)", None, "Khối lượng dự kiến (kg/năm)"],
            [None, None, None, "Thuốc nổ nhũ tương", "Thuốc nổ ANFO", None],
            ["Sản lượng kế hoạch năm 2026 (tấn)", None, None, num(out[0], "vi"), num(out[1], "vi"), "-"]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 1, 5), (2, 0, 2, 2)]
    k = 0
    for code, name, per in VN_NORMS:
        k += 1
        kg = round(sum(x * n for x, n in zip(per, out, strict=True) if x))
        rows.append([str(k), name, code or "-", *(num(x, "vi") if x else "-" for x in per), num(kg, "vi")])
        doc.add("wastes", {"code": code + "*" if code else None, "code_system": "VN-CTNH" if code else None, "hazardous": bool(code),
                           "amount_t": kg / 1000, "name_contains": _name_key(name, 4)})
    _span(rows, merges, "Chất thải không phụ thuộc sản lượng", 6)
    for code, name, (lo, hi) in VN_COMMON:
        k += 1
        kg = r.randint(lo // 10, hi // 10) * 10
        rows.append([str(k), name, code or "-", "-", "-", num(kg, "vi")])
        doc.add("wastes", {"code": code + "*" if code else None, "code_system": "VN-CTNH" if code else None, "hazardous": bool(code),
                           "amount_t": kg / 1000, "name_contains": _name_key(name, 4)})
    doc.table("Bảng 2. Khối lượng chất thải dự kiến phát sinh năm 2026", rows, merges, role="wastes")
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

BLAST_PDK = {"0337": 5.0, "0301": 0.2, "0304": 0.4, "2908": 0.3}
# value ranges as shares of the ПДК
BLAST_SHARE = {"0337": (0.15, 0.7), "0301": (0.15, 0.75), "0304": (0.05, 0.3), "2908": (0.3, 0.78)}
# (point, RU place, KK place, share of the ПДК that is the norm)
BLAST_POINTS = (
    ("Т-1", "граница СЗЗ карьера, север (1 000 м)", "карьер СҚА шекарасы, солтүстік (1 000 м)", 1.0),
    ("Т-2", "граница СЗЗ карьера, восток (1 000 м)", "карьер СҚА шекарасы, шығыс (1 000 м)", 1.0),
    ("Т-3", "детский оздоровительный лагерь «Балдәурен» (3,8 км)", "«Балдәурен» балалар сауықтыру лагері (3,8 км)", 0.8),
)


def limits_it1(doc: Doc) -> None:
    """A report on ПЭК of an open copper pit, its control of the air at mass blasts: the points as rows spanning the table
    — two at the protection zone's boundary and a children's camp — each over the blasts during which it lay downwind,
    a blast's row giving its date and number, the block and the mass of explosive and the minutes after the blast, which
    are no limits; two norm rows under the header, the ПДК м.р. for the boundary and 0,8 of it for the camp (a zone of
    rest), each point bound to one of them by the label of its norm row, `<` for nitrogen oxide below detection (VI: an
    open-pit coal mine's blasts at two houses' points against QCVN 05:2023/BTNMT in µg/m3, `KPH`)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_it1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    pit = doc.pick(PITS)[L]
    codes = list(BLAST_PDK)
    doc.h(g(f"Отчет по программе производственного экологического контроля за III квартал 2025 года. {pit}",
            f"{pit}. 2025 жылғы III тоқсандағы өндірістік экологиялық бақылау бағдарламасы бойынша есеп", ""))
    doc.h(g("4.2. Контроль атмосферного воздуха при производстве массовых взрывов", "4.2. Жаппай жарылыстар кезінде атмосфералық ауаны бақылау", ""))
    doc.p(g("Пробы отбирались передвижной лабораторией в точке, находившейся с подветренной стороны, после рассеивания газопылевого облака. "
            "Территория детского оздоровительного лагеря относится к зоне отдыха, для которой концентрации не должны превышать 0,8 ПДК м.р.",
            "Сынамаларды жылжымалы зертхана газ-шаң бұлты сейілгеннен кейін ық жағындағы нүктеде алды. Балалар сауықтыру лагерінің аумағы "
            "демалыс аймағына жатады, онда концентрациялар 0,8 ШЖК м.б.-дан аспауға тиіс.", ""))
    rows = [[g("Дата и № взрыва", "Жарылыс күні мен №", ""), g("Блок, масса ВВ, т", "Блок, ЖЗ массасы, т", ""),
             g("Отбор после взрыва, мин", "Жарылыстан кейін сынама алу, мин", ""), *(f"{_air(doc, c)} ({c})" for c in codes)],
            [g("ПДК м.р., мг/м³ (Т-1, Т-2 – граница СЗЗ)", "ШЖК м.б., мг/м³ (Т-1, Т-2 – СҚА шекарасы)", ""), None, None,
             *(num(BLAST_PDK[c], doc.lang) for c in codes)],
            [g("0,8 ПДК м.р., мг/м³ (Т-3 – зона отдыха)", "0,8 ШЖК м.б., мг/м³ (Т-3 – демалыс аймағы)", ""), None, None,
             *(num(round(BLAST_PDK[c] * 0.8, 4), doc.lang) for c in codes)]]
    merges = [(1, 0, 1, 2), (2, 0, 2, 2)]
    blasts = sorted(r.sample(range(1, 92), 6))
    number = r.randint(40, 60)
    below = False
    for k, (pid, p_ru, p_kk, share) in enumerate(BLAST_POINTS):
        _span(rows, merges, f"{pid} – {(p_ru, p_kk)[L]}", 3 + len(codes))
        for day in blasts[2 * k: 2 * k + 2]:
            month, dd = 7 + (day - 1) // 31, (day - 1) % 31 + 1
            dd = min(dd, 30 if month == 9 else 31)
            line = [g(f"{dd:02d}.{month:02d}.2025, взрыв № {number + day // 7}", f"{dd:02d}.{month:02d}.2025, № {number + day // 7} жарылыс", ""),
                    f"{r.randint(8, 14) * 5}-{r.randint(1, 9):02d}; {r.randint(90, 280)}", str(r.choice((20, 30, 40)))]
            for c in codes:
                lim = round(BLAST_PDK[c] * share, 4)
                if c == "0304" and r.random() < 0.35:
                    below = True
                    line.append(f"< {num(0.03, doc.lang)}")
                    add(doc, {x: v for x, v in limit(("code", c), "air", lim, "mg/m3", None, pid).items() if x != "value"})
                    continue
                lo, hi = BLAST_SHARE[c]
                v = _sig(BLAST_PDK[c] * share * r.uniform(lo, hi), 2)
                line.append(num(v, doc.lang))
                add(doc, limit(("code", c), "air", lim, "mg/m3", None, pid, v))
            rows.append(line)
    doc.table(g("Таблица 4.2 – Результаты контроля атмосферного воздуха при массовых взрывах, мг/м³",
                "4.2-кесте – Жаппай жарылыстар кезіндегі атмосфералық ауаны бақылау нәтижелері, мг/м³", ""), rows, merges, role="limits")
    note = g("Превышений нормативов качества атмосферного воздуха не зафиксировано.", "Атмосфералық ауа сапасы нормативтерінің асуы тіркелген жоқ.", "")
    if below:
        note = g("«<» – ниже нижней границы диапазона измерений. ", "«<» – өлшеу ауқымының төменгі шегінен төмен. ", "") + note
    doc.p(note)
    maybe_distractor(doc)


QCVN05 = {"2902": ("Bụi TSP", 300, (0.3, 0.95)), "0337": ("CO", 30000, (0.08, 0.4)), "0301": ("NO2", 200, (0.2, 0.9)),
          "0330": ("SO2", 350, (0.05, 0.4))}
VN_BLAST_POINTS = (("KK1", "Khu dân cư tổ 3, khu 5 (cách biên giới mỏ 600 m)"), ("KK2", "Trường Tiểu học Mông Dương (cách mép moong 900 m)"))


def _limits_it1_vi(doc: Doc) -> None:
    r = doc.rng
    mine, company, *_ = doc.pick(VN_MINES)
    codes = list(QCVN05)
    doc.h(f"KẾT QUẢ QUAN TRẮC KHÔNG KHÍ XUNG QUANH TRONG CÁC ĐỢT NỔ MÌN QUÝ III NĂM 2025 – {mine.upper()}")
    doc.p(f"Đơn vị yêu cầu: {company}. Mẫu được lấy trung bình 1 giờ tại vị trí cuối hướng gió, bắt đầu sau khi nổ mìn.")
    rows = [["Đợt nổ mìn", "Khối lượng thuốc nổ (tấn)", "Bắt đầu lấy mẫu sau nổ (phút)", *(f"{QCVN05[c][0]} (µg/m³)" for c in codes)],
            ["QCVN 05:2023/BTNMT (trung bình 1 giờ)", None, None, *(num(QCVN05[c][1], "vi") for c in codes)]]
    merges = [(1, 0, 1, 2)]
    kph = False
    for pid, place in VN_BLAST_POINTS:
        _span(rows, merges, f"{pid} – {place}", 3 + len(codes))
        for month, day in sorted((r.randint(7, 9), r.randint(1, 28)) for _ in range(2)):
            line = [f"Ngày {day:02d}/{month:02d}/2025", num(r.randint(18, 45), "vi"), str(r.choice((10, 20, 30)))]
            for c in codes:
                lim = QCVN05[c][1]
                if c == "0330" and r.random() < 0.3:
                    kph = True
                    line.append("KPH")
                    add(doc, {x: v for x, v in limit(("code", c), "air", lim, "µg/m3", None, pid).items() if x != "value"})
                    continue
                lo, hi = QCVN05[c][2]
                v = float(round(lim * r.uniform(lo, hi)))
                line.append(num(v, "vi"))
                add(doc, limit(("code", c), "air", lim, "µg/m3", None, pid, v))
            rows.append(line)
    doc.table("Bảng 2. Kết quả quan trắc không khí xung quanh khi nổ mìn", rows, merges, role="limits")
    if kph:
        doc.p("Ghi chú: KPH – không phát hiện (nhỏ hơn giới hạn phát hiện của phương pháp).")
    maybe_distractor(doc)


# (number, RU, KK, norms mg/Nm3 by code, None where the furnace is not normed, lots (RU, KK))
FURNACES = (
    ("0001", "печь сжигания порохов ПС-1", "ПС-1 оқ-дәрі өртеу пеші", {"0337": 250, "0301": 300, "0304": 50, "0328": 50, "0184": None},
     (("Пороха пироксилиновые из 122-мм выстрелов", "122 мм атыстардағы пироксилин оқ-дәрілері"),
      ("Пороха баллиститные (дополнительные заряды 82-мм мин)", "Баллиститті оқ-дәрілер (82 мм миналардың қосымша зарядтары)"),
      ("Отходы ВВ и загрязненная укупорка", "ЖЗ қалдықтары және ластанған буып-түйгіш"))),
    ("0002", "камера выжигания взрывателей", "жарғыштарды күйдіру камерасы", {"0337": 150, "0301": 200, "0304": 35, "0328": None, "0184": 0.5},
     (("Взрыватели РГМ-2", "РГМ-2 жарғыштары"), ("Капсюли-втулки КВ-4", "КВ-4 капсюль-төлкелері"),
      ("Трубки и капсюли-детонаторы", "Түтікшелер және капсюль-детонаторлар"))),
)  # fmt: skip
FURNACE_CODES = ("0337", "0301", "0304", "0328", "0184")


def limits_it2(doc: Doc) -> None:
    """A protocol of instrumental measurements at the two furnaces of an ammunition destruction complex during a season of
    burning: a row spanning the table per furnace (`ИЗА 0001 – …`), under it the КЭР's norms of that furnace on a row of
    their own and then a row per lot burnt — what was destroyed, the date, O2 — each judged against its furnace's norms;
    a dash in the norm row where a furnace is not normed for a substance (lead at the powder furnace, soot at the fuze
    chamber) and in its lots, a lot not measured because the furnace was stopped for a repair (VI: a GAET plant's coal
    boiler and ammonium-nitrate absorber stacks, each with its own Cmax row of QCVN 19:2009/BTNMT column B × Kp × Kv under
    its name, four rounds as rows, the flow a column of no limit)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_it2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    name, operator, _ = (x[L] for x in COMPLEX)
    doc.h(g(f"Протокол инструментальных замеров на источниках выбросов № {r.randint(30, 90)}-ИЗ/2025. {name}",
            f"{name}. Шығарынды көздеріндегі аспаптық өлшеулер хаттамасы № {r.randint(30, 90)}-ИЗ/2025", ""))
    doc.p(g(f"Заказчик – {operator}. Замеры выполнены при сжигании партий, указанных в таблице; концентрации приведены к нормальным "
            "условиям. Технологические нормативы установлены комплексным экологическим разрешением отдельно для каждой печи.",
            f"Тапсырыс беруші – {operator}. Өлшеулер кестеде көрсетілген партияларды өртеу кезінде орындалды; концентрациялар қалыпты "
            "жағдайларға келтірілген. Технологиялық нормативтер кешенді экологиялық рұқсатпен әр пеш үшін бөлек белгіленген.", ""))
    width = 3 + len(FURNACE_CODES)
    rows = [[g("Партия (что уничтожалось)", "Партия (жойылған өнім)", ""), g("Дата замера", "Өлшеу күні", ""), "O2, %",
             *(f"{_air(doc, c)} ({c})" for c in FURNACE_CODES)]]
    merges: list = []
    repair = r.randrange(3)
    for f, (number, n_ru, n_kk, norms, lots) in enumerate(FURNACES):
        _span(rows, merges, g(f"ИЗА {number} – {n_ru}", f"{number} ЛШК – {n_kk}", ""), width)
        rows.append([g(f"Норматив КЭР для ИЗА {number}, мг/нм³", f"{number} ЛШК үшін КЭР нормативі, мг/нм³", ""), None, None,
                     *(num(norms[c], doc.lang) if norms[c] else "–" for c in FURNACE_CODES)])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 2))
        dates = sorted((r.randint(5, 9), r.randint(1, 28)) for _ in lots)
        for k, ((l_ru, l_kk), (month, day)) in enumerate(zip(lots, dates, strict=True)):
            lot = f"{(l_ru, l_kk)[L]}, {g('партия', 'партия', '')} № {r.randint(10, 60)}/25"
            when = f"{day:02d}.{month:02d}.2025"
            if f == 1 and k == repair:
                rows.append([lot, when, g("замер не проводился – камера остановлена на ремонт футеровки",
                                          "өлшеу жүргізілген жоқ – камера футеровканы жөндеуге тоқтатылды", ""), *[None] * (width - 3)])
                merges.append((len(rows) - 1, 2, len(rows) - 1, width - 1))
                continue
            line = [lot, when, num(round(r.uniform(11, 17), 1), doc.lang)]
            for c in FURNACE_CODES:
                if not norms[c]:
                    line.append("–")
                    continue
                v = _sig(norms[c] * r.uniform(0.25, 0.9), 2 if c == "0184" else 3)
                line.append(num(v, doc.lang))
                add(doc, limit(("code", c), "flue_gas", norms[c], "mg/Nm3", None, number, v))
            rows.append(line)
    doc.table(g("Таблица 1 – Результаты замеров, мг/нм³", "1-кесте – Өлшеу нәтижелері, мг/нм³", ""), rows, merges, role="limits")
    doc.add("sources", *({"number": f[0], "type": "organized"} for f in FURNACES))
    doc.p(g("Концентрации загрязняющих веществ не превышают технологических нормативов.", "Ластаушы заттардың концентрациялары технологиялық нормативтерден аспайды.", ""))
    maybe_distractor(doc)


# code: (VI label, C of QCVN 19:2009/BTNMT column B)
QCVN19_B = {"2902": ("Bụi tổng", 200), "0330": ("SO2", 500), "0301": ("NOx (tính theo NO2)", 850), "0337": ("CO", 1000), "0303": ("NH3", 50)}
VN_STACKS = (("KT1", "Ống khói lò hơi đốt than 2 tấn hơi/giờ", ("2902", "0330", "0301", "0337"), (9000, 14000)),
             ("KT2", "Ống thải tháp hấp thụ khu hòa tan amoni nitrat", ("2902", "0303"), (4000, 7000)))
KP, KV = 1.0, 1.2


def _limits_it2_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, *_ = doc.pick(VN_PLANTS)
    codes = list(QCVN19_B)
    doc.h(f"BÁO CÁO KẾT QUẢ QUAN TRẮC KHÍ THẢI ĐỊNH KỲ NĂM 2025 – {plant.upper()}")
    doc.p(f"Chủ cơ sở: {company}. Quy chuẩn so sánh: QCVN 19:2009/BTNMT cột B; Cmax = C × Kp × Kv với Kp = 1,0 (lưu lượng dưới "
          "20.000 m³/h) và Kv = 1,2 (khu vực nông thôn).")
    width = 2 + len(codes)
    rows = [["Vị trí, đợt quan trắc", "Lưu lượng (m³/h)", *(f"{QCVN19_B[c][0]} (mg/Nm³)" for c in codes)]]
    merges: list = []
    for pid, name, keys, (flo, fhi) in VN_STACKS:
        _span(rows, merges, f"{pid} – {name}", width)
        cmax = {c: _sig(QCVN19_B[c][1] * KP * KV, 6) for c in keys}
        rows.append(["Cmax (QCVN 19:2009/BTNMT cột B × Kp × Kv)", "-", *(num(cmax[c], "vi") if c in keys else "-" for c in codes)])
        for q in range(1, 5):
            line = [f"Đợt {q} ({r.randint(5, 25):02d}/{3 * q:02d}/2025)", num(r.randint(flo // 100, fhi // 100) * 100, "vi")]
            for c in codes:
                if c not in keys:
                    line.append("-")
                    continue
                v = _sig(cmax[c] * r.uniform(0.1, 0.7), 3)
                line.append(num(v, "vi"))
                add(doc, limit(("code", c), "flue_gas", cmax[c], "mg/Nm3", "B", pid, v))
            rows.append(line)
    doc.table("Bảng 3. Kết quả phân tích khí thải", rows, merges, role="limits")
    doc.p("Nhận xét: các thông số khí thải tại KT1, KT2 đều nằm trong giới hạn cho phép.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring

# (RU, KK) names of water and soil parameters the programmes below name
PARAMS = {
    "NO3-": ("нитраты", "нитраттар"), "NO2-": ("нитриты", "нитриттер"), "NH4+": ("аммоний-ион", "аммоний-ион"),
    "TPH": ("нефтепродукты", "мұнай өнімдері"), "TSS": ("взвешенные вещества", "қалқыма заттар"),
}
# (RU place, KK place, point, keys, planned frequency, RU additional, KK additional)
PIT_PROGRAMME = (
    ("Граница СЗЗ карьера, север (1 000 м)", "Карьер СҚА шекарасы, солтүстік (1 000 м)", "Т-1",
     (("code", "0337"), ("code", "0301"), ("code", "2908")), "quarterly",
     "при каждом массовом взрыве (при ветре в сторону точки)", "әр жаппай жарылыс кезінде (жел нүкте жаққа соққанда)"),
    ("Граница СЗЗ карьера, восток (1 000 м)", "Карьер СҚА шекарасы, шығыс (1 000 м)", "Т-2",
     (("code", "0337"), ("code", "0301"), ("code", "2908")), "quarterly",
     "при каждом массовом взрыве (при ветре в сторону точки)", "әр жаппай жарылыс кезінде (жел нүкте жаққа соққанда)"),
    ("Жилая зона ближайшего населенного пункта", "Жақын елді мекеннің тұрғын аймағы", "Т-3",
     (("code", "0337"), ("code", "0301"), ("code", "0304"), ("code", "2908")), "semiannual",
     "при массовых взрывах с массой ВВ более 200 т", "ЖЗ массасы 200 т-дан асатын жаппай жарылыстар кезінде"),
    ("Склад ВМ: почва площадки уничтожения ВМ", "ЖМ қоймасы: ЖМ жою алаңының топырағы", "П-1", (("symbol", "TPH"), ("symbol", "NO3-")),
     "yearly", "после каждого уничтожения ВМ сжиганием", "ЖМ-ды өртеп жойған сайын"),
    ("Карьерные воды (зумпф) перед сбросом в пруд-испаритель", "Булану тоғанына төгу алдындағы карьер сулары (зумпф)", "В-1",
     (("symbol", "NO3-"), ("symbol", "NO2-"), ("symbol", "NH4+"), ("symbol", "TPH"), ("symbol", "TSS")), "monthly", None, None),
    ("База СЗМ: выпуск локальных очистных сооружений мойки", "АОМ базасы: жуу орнының жергілікті тазарту құрылыстарының шығарымы", "В-2",
     (("symbol", "TPH"), ("symbol", "TSS"), ("symbol", "NH4+")), "quarterly", None, None),
)  # fmt: skip


def _label(doc: Doc, kind: str, key: str) -> str:
    if kind == "code":
        return f"{_air(doc, key)} ({key})"
    return PARAMS[key][_L(doc)]


def monitoring_it1(doc: Doc) -> None:
    """A ПЭК programme of an open copper pit for its blasting and its explosives warehouse: `№ | место контроля | код
    точки | показатели | периодичность`, the frequency split under a merged header into the planned frequency and an
    additional control — at each mass blast when the wind blows towards the point, at blasts of more than 200 t, after
    each destruction of explosives by burning — which is no frequency of the contract, so the same point and substance
    carry two duties; the pit water and the charging units' wash with a dash in the second column (VI: an open-pit coal
    mine's permit, `Giám sát bổ sung` at each blast of more than 20 tonnes)."""
    if doc.lang == "vi":
        _monitoring_it1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p = doc.pick(PITS)
    pit, operator = p[L], p[2 + L]
    doc.h(g(f"Программа производственного экологического контроля на 2026–2028 годы. {pit}",
            f"{pit}. 2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.h(g("5.3. Мониторинг воздействия при ведении взрывных работ и на складе ВМ", "5.3. Жарылыс жұмыстарын жүргізу кезінде және ЖМ қоймасында әсер мониторингі", ""))
    doc.p(g(f"Оператор – {operator}. Дополнительный (внеплановый) контроль проводится по уведомлению участка буровзрывных работ о дате "
            "массового взрыва и выполняется той же лабораторией, что и плановый.",
            f"Операторы – {operator}. Қосымша (жоспардан тыс) бақылау бұрғылау-жару жұмыстары учаскесінің жаппай жарылыс күні туралы "
            "хабарламасы бойынша жүргізіледі және оны жоспарлы бақылауды жүргізетін зертхана орындайды.", ""))
    rows = [g(["№", "Место контроля", "Код точки", "Контролируемые показатели", "Периодичность контроля", None],
              ["№", "Бақылау орны", "Нүкте коды", "Бақыланатын көрсеткіштер", "Бақылау кезеңділігі", None], []),
            g([None, None, None, None, "плановая", "дополнительно (внепланово)"], [None, None, None, None, "жоспарлы", "қосымша (жоспардан тыс)"], [])]
    merges = [(0, c, 1, c) for c in range(4)] + [(0, 4, 0, 5)]
    for k, (p_ru, p_kk, pid, keys, word, x_ru, x_kk) in enumerate(PIT_PROGRAMME, 1):
        rows.append([str(k), (p_ru, p_kk)[L], pid, ", ".join(_label(doc, kind, key) for kind, key in keys), _often(doc, word),
                     (x_ru, x_kk)[L] if x_ru else "–"])
        doc.add("monitoring", *({"point": pid, kind: key, "frequency": word} for kind, key in keys))
        if x_ru:
            doc.add("monitoring", *({"point": pid, kind: key, "frequency": None} for kind, key in keys))
    doc.table(g("Таблица 5.3 – План-график мониторинга воздействия", "5.3-кесте – Әсер мониторингінің жоспар-кестесі", ""), rows, merges,
              role="monitoring")
    doc.p(g("Почва отбирается методом конверта с глубины 0–5 см; карьерные воды – из зумпфа перед откачкой.",
            "Топырақ 0–5 см тереңдіктен конверт әдісімен алынады; карьер сулары – айдау алдында зумпфтан.", ""))
    maybe_distractor(doc)


VN_PIT_PROGRAMME = (
    ("Khu dân cư tổ 3, khu 5 (cách biên giới mỏ 600 m)", "KK1", (("code", "2902"), ("code", "0337"), ("code", "0301"), ("code", "0330")),
     "quarterly", "Mỗi đợt nổ mìn có khối lượng thuốc nổ trên 20 tấn"),
    ("Trường Tiểu học (cách mép moong 900 m)", "KK2", (("code", "2902"), ("code", "0301")), "quarterly",
     "Mỗi đợt nổ mìn có khối lượng thuốc nổ trên 20 tấn"),
    ("Nước thải moong sau trạm xử lý, trước khi xả ra suối", "NT1",
     (("symbol", "pH"), ("symbol", "TSS"), ("symbol", "Fe"), ("symbol", "Mn"), ("symbol", "NH4+"), ("symbol", "NO3-")), "quarterly", None),
    ("Nước mặt suối tiếp nhận, hạ lưu điểm xả 200 m", "NM1", (("symbol", "pH"), ("symbol", "TSS"), ("symbol", "NH4+"), ("symbol", "NO3-")),
     "semiannual", None),
)
VN_LABEL = {"2902": "Bụi TSP", "0337": "CO", "0301": "NO2", "0330": "SO2", "0303": "NH3"}
VN_STACK_LABEL = {**VN_LABEL, "2902": "Bụi tổng", "0301": "NOx (tính theo NO2)"}


def _vn_label(kind: str, key: str, stack: bool = False) -> str:
    if kind == "code":
        return (VN_STACK_LABEL if stack else VN_LABEL)[key]
    return vocab.water(key, "vi")


def _monitoring_it1_vi(doc: Doc) -> None:
    mine, company, *_ = doc.pick(VN_MINES)
    doc.h(f"GIẤY PHÉP MÔI TRƯỜNG – {mine.upper()}")
    doc.h("Phụ lục 4. Chương trình quan trắc, giám sát môi trường trong quá trình vận hành")
    doc.p(f"Chủ dự án: {company}. Ngoài quan trắc định kỳ, chủ dự án thực hiện giám sát bổ sung chất lượng không khí tại khu dân cư khi nổ mìn "
          "với khối lượng lớn; thời điểm nổ mìn được thông báo trước cho đơn vị quan trắc.")
    rows = [["TT", "Vị trí", "Ký hiệu", "Thông số", "Tần suất", None],
            [None, None, None, None, "Định kỳ", "Giám sát bổ sung"]]
    merges = [(0, c, 1, c) for c in range(4)] + [(0, 4, 0, 5)]
    for k, (place, pid, keys, word, extra) in enumerate(VN_PIT_PROGRAMME, 1):
        rows.append([str(k), place, pid, ", ".join(_vn_label(kind, key) for kind, key in keys), _often(doc, word), extra or "-"])
        doc.add("monitoring", *({"point": pid, kind: key, "frequency": word} for kind, key in keys))
        if extra:
            doc.add("monitoring", *({"point": pid, kind: key, "frequency": None} for kind, key in keys))
    doc.table("Bảng PL4.1. Vị trí, thông số, tần suất quan trắc", rows, merges, role="monitoring")
    doc.p("Quy chuẩn so sánh: QCVN 05:2023/BTNMT; QCVN 40:2011/BTNMT cột B; QCVN 08:2023/BTNMT.")
    maybe_distractor(doc)


# (object, RU name, KK name, codes, frequency, (RU method, KK method), (RU performer, KK performer))
EMULSION_CONTROL = (
    ("0001", "Дымовая труба котельной", "Қазандықтың түтін мұржасы", ("0301", "0304", "0337", "0330"), "quarterly",
     ("инструментальный", "аспаптық"), ("аккредитованная лаборатория", "аккредиттелген зертхана")),
    ("0002", "Аспирация узла растворения аммиачной селитры", "Аммиак селитрасын еріту торабының аспирациясы", ("0305", "0303"), "monthly",
     ("инструментальный", "аспаптық"), ("заводская лаборатория", "зауыт зертханасы")),
    ("0003", "Вытяжка узла эмульгирования и охлаждения матрицы", "Матрицаны эмульсиялау және салқындату торабының сорғышы", ("0303", "2735"),
     "quarterly", ("инструментальный", "аспаптық"), ("аккредитованная лаборатория", "аккредиттелген зертхана")),
    ("0004", "Дыхательные клапаны емкостей дизельного топлива и эмульгатора", "Дизель отыны мен эмульгатор ыдыстарының тыныс алу клапандары",
     ("2754", "0333"), "yearly", ("расчетный", "есептік"), ("инженер-эколог", "инженер-эколог")),
    ("Т-1", "Граница СЗЗ, подветренная сторона", "СҚА шекарасы, ық жағы", ("0303", "0305", "0301"), "quarterly",
     ("инструментальный", "аспаптық"), ("аккредитованная лаборатория", "аккредиттелген зертхана")),
    ("Т-2", "Граница СЗЗ, наветренная сторона (фон)", "СҚА шекарасы, жел жағы (фон)", ("0303", "0305", "0301"), "semiannual",
     ("инструментальный", "аспаптық"), ("аккредитованная лаборатория", "аккредиттелген зертхана")),
)  # fmt: skip


def monitoring_it2(doc: Doc) -> None:
    """An emulsion-matrix plant's plan-graph of control at its sources and its protection zone's boundary turned on its
    side: the sources `ИЗА 0001` … `0004` and the points `Т-1`, `Т-2` as columns, and as rows their name, the substances
    with their codes, the frequency, the method (a storage tank's vents by calculation once a year) and the performer;
    ammonium nitrate and ammonia at the dissolving unit monthly, the boundary's windward background point half-yearly
    (VI: a GAET plant's permit turned likewise, `KT1`, `KT2`, `NT1`, `KK1` as columns)."""
    if doc.lang == "vi":
        _monitoring_it2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p = doc.pick(EMULSION_PLANTS)
    plant, operator = p[L], p[2 + L]
    doc.h(g(f"Программа производственного экологического контроля. {plant}", f"{plant}. Өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.p(g(f"Оператор – {operator}. Раздел 4. План-график контроля на источниках выбросов и на границе санитарно-защитной зоны.",
            f"Операторы – {operator}. 4-бөлім. Шығарынды көздеріндегі және санитариялық-қорғаныш аймағы шекарасындағы бақылаудың жоспар-кестесі.", ""))
    head = [g("Показатель", "Көрсеткіш", "")]
    for ident, *_ in EMULSION_CONTROL:
        head.append(g(f"ИЗА {ident}", f"{ident} ЛШК", "") if ident[0].isdigit() else ident)
    rows = [head,
            [g("Наименование", "Атауы", ""), *(c[1 + L] for c in EMULSION_CONTROL)],
            [g("Контролируемые вещества", "Бақыланатын заттар", ""), *(", ".join(f"{_air(doc, k)} ({k})" for k in c[3]) for c in EMULSION_CONTROL)],
            [g("Периодичность", "Кезеңділігі", ""), *(_often(doc, c[4]) for c in EMULSION_CONTROL)],
            [g("Метод контроля", "Бақылау әдісі", ""), *(c[5][L] for c in EMULSION_CONTROL)],
            [g("Исполнитель", "Орындаушы", ""), *(c[6][L] for c in EMULSION_CONTROL)]]
    pairs = []
    for ident, _, _, codes, word, _, _ in EMULSION_CONTROL:
        where = "source_number" if ident[0].isdigit() else "point"
        doc.add("monitoring", *({where: ident, "code": k, "frequency": word} for k in codes))
        if where == "source_number":
            pairs += [(ident, k) for k in codes]
    doc.table(g("Таблица 4.1 – План-график контроля", "4.1-кесте – Бақылаудың жоспар-кестесі", ""), rows, role="monitoring")
    doc.add("sources", *({"number": c[0], "type": "organized"} for c in EMULSION_CONTROL if c[0][0].isdigit()))
    doc.add("emissions", *(emission(k, None, None, n) for n, k in pairs))
    maybe_distractor(doc)


VN_PLANT_CONTROL = (
    ("KT1", "Ống khói lò hơi đốt than", (("code", "2902"), ("code", "0330"), ("code", "0301"), ("code", "0337")), "quarterly",
     "QCVN 19:2009/BTNMT cột B (Kp = 1,0; Kv = 1,2)"),
    ("KT2", "Ống thải tháp hấp thụ khu hòa tan amoni nitrat", (("code", "2902"), ("code", "0303")), "quarterly", "QCVN 19:2009/BTNMT cột B"),
    ("NT1", "Nước thải sau hệ thống xử lý, trước khi xả ra ngòi", (("symbol", "pH"), ("symbol", "TSS"), ("symbol", "COD"), ("symbol", "NH4+"),
                                                                   ("symbol", "NO3-"), ("symbol", "TPH")), "quarterly", "QCVN 40:2011/BTNMT cột B"),
    ("KK1", "Khu dân cư giáp ranh phía Đông Bắc", (("code", "2902"), ("code", "0303"), ("code", "0301")), "semiannual",
     "QCVN 05:2023/BTNMT; QCVN 06:2009/BTNMT"),
)


def _monitoring_it2_vi(doc: Doc) -> None:
    plant, company, *_ = doc.pick(VN_PLANTS)
    doc.h(f"GIẤY PHÉP MÔI TRƯỜNG – {plant.upper()}")
    doc.p(f"Chủ cơ sở: {company}. Phụ lục 3. Chương trình quan trắc môi trường định kỳ của cơ sở.")
    rows = [["Nội dung", *(pid for pid, *_ in VN_PLANT_CONTROL)],
            ["Vị trí", *(c[1] for c in VN_PLANT_CONTROL)],
            ["Thông số", *(", ".join(_vn_label(kind, key, c[0].startswith("KT")) for kind, key in c[2]) for c in VN_PLANT_CONTROL)],
            ["Tần suất", *(_often(doc, c[3]) for c in VN_PLANT_CONTROL)],
            ["Quy chuẩn so sánh", *(c[4] for c in VN_PLANT_CONTROL)]]
    for pid, _, keys, word, _ in VN_PLANT_CONTROL:
        doc.add("monitoring", *({"point": pid, kind: key, "frequency": word} for kind, key in keys))
    doc.table("Bảng PL3.1. Chương trình quan trắc định kỳ", rows, role="monitoring")
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

STORE_FREQS = ("daily", "weekly", "monthly", "quarterly", "yearly", None)
STORE_FREQ_HEAD = {
    "ru": ("ежедневно", "еженедельно", "ежемесячно", "ежеквартально", "1 раз в год", "по мере необходимости"),
    "kk": ("күн сайын", "апта сайын", "ай сайын", "тоқсан сайын", "жылына 1 рет", "қажеттілігіне қарай"),
    "vi": ("Hằng ngày", "Hằng tuần", "Hằng tháng", "Hằng quý", "Hằng năm", "Đột xuất"),
}
# (RU check, KK check, frequency, RU checker, KK checker, (RU key, KK key))
STORE_CHECKS = (
    ("Хранилища ВМ: целостность кровли, полов и дверей, отсутствие россыпей ВВ",
     "ЖМ сақтау орындары: шатырдың, еденнің және есіктердің бүтіндігі, ЖЗ шашылуының болмауы", "daily",
     "заведующий складом ВМ", "ЖМ қоймасының меңгерушісі", ("заведующий складом", "қоймасының меңгерушісі")),
    ("Противопожарный водоем, пожарный инвентарь и первичные средства пожаротушения",
     "Өртке қарсы су айдыны, өрт құрал-жабдықтары және алғашқы өрт сөндіру құралдары", "weekly",
     "начальник караула", "күзет бастығы", ("начальник караула", "күзет бастығы")),
    ("Площадка уничтожения ВМ: отсутствие остатков ВМ и тары, состояние обвалования",
     "ЖМ жою алаңы: ЖМ мен ыдыс қалдықтарының болмауы, топырақ үйіндісінің жай-күйі", "weekly",
     "заведующий складом ВМ", "ЖМ қоймасының меңгерушісі", ("заведующий складом", "қоймасының меңгерушісі")),
    ("Книги учета прихода и расхода ВМ, сверка фактических остатков", "ЖМ кірісі мен шығысын есепке алу кітаптары, нақты қалдықтарды салыстыру",
     "monthly", "начальник участка буровзрывных работ", "бұрғылау-жару жұмыстары учаскесінің бастығы",
     ("начальник участка", "учаскесінің бастығы")),
    ("Площадка накопления отходов (тара из-под ВМ, промасленная ветошь): сроки накопления и маркировка",
     "Қалдықтарды жинақтау алаңы (ЖМ ыдысы, майланған шүберек): жинақтау мерзімдері және таңбалау", "monthly",
     "инженер-эколог", "инженер-эколог", ("инженер-эколог", "инженер-эколог")),
    ("Септик караульного помещения: уровень заполнения и своевременность откачки", "Күзет үй-жайының септигі: толу деңгейі және уақтылы сорып шығару",
     "monthly", "заведующий хозяйством", "шаруашылық меңгерушісі", ("заведующий хозяйством", "шаруашылық меңгерушісі")),
    ("Наличие ВМ, состояние склада и охраны (комиссионная проверка)", "ЖМ-дың болуы, қойма мен күзеттің жай-күйі (комиссиялық тексеру)",
     "quarterly", "комиссия, назначенная приказом директора", "директордың бұйрығымен тағайындалған комиссия", ("комиссия", "комиссия")),
    ("Молниезащита и заземление хранилищ: замер сопротивления растеканию тока", "Сақтау орындарының найзағайдан қорғауы мен жерге тұйықталуы: кедергіні өлшеу",
     "yearly", "главный энергетик", "бас энергетик", ("главный энергетик", "бас энергетик")),
    ("Подъездные пути и разгрузочная площадка после завоза ВМ", "ЖМ әкелінгеннен кейінгі кіреберіс жолдар мен түсіру алаңы", None,
     "заведующий складом ВМ", "ЖМ қоймасының меңгерушісі", ("заведующий складом", "қоймасының меңгерушісі")),
)  # fmt: skip


def inspections_it1(doc: Doc) -> None:
    """The schedule of production checks at a base explosives warehouse approved by the blasting contractor's technical
    director: `№ | объект и содержание проверки | периодичность | проверяющий`, the frequency not written but marked `х`
    in one of six columns under a merged header — daily, weekly, monthly, quarterly, once a year and `по мере
    необходимости`, the last no frequency of the contract — a commission among the checkers (VI: a Micco branch's
    depot's plan of self-inspection with `x` marks under `Hằng ngày` … `Đột xuất`)."""
    if doc.lang == "vi":
        _inspections_it1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    w = doc.pick(WAREHOUSES)
    name, owner = w[L], w[4 + L]
    doc.p(g(f"УТВЕРЖДАЮ: Технический директор {owner} ______________", f"БЕКІТЕМІН: {owner} техникалық директоры ______________", ""))
    doc.h(g(f"График производственного контроля на складе ВМ на 2026 год. {name}", f"{name}. ЖМ қоймасындағы 2026 жылға арналған өндірістік бақылау кестесі", ""))
    heads = STORE_FREQ_HEAD[doc.lang]
    rows = [[g("№", "№", ""), g("Объект и содержание проверки", "Тексеру объектісі мен мазмұны", ""), g("Периодичность", "Кезеңділігі", ""),
             *[None] * 5, g("Проверяющий", "Тексеруші", "")],
            [None, None, *heads, None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 7), (0, 8, 1, 8)]
    for k, (c_ru, c_kk, word, w_ru, w_kk, keys) in enumerate(STORE_CHECKS, 1):
        text = (c_ru, c_kk)[L]
        rows.append([str(k), text, *("х" if f == word else "" for f in STORE_FREQS), (w_ru, w_kk)[L]])
        item = {"kind": "inspection", "text_contains": _words(text, 3), "actor_contains": keys[L]}
        if word:
            item["frequency"] = word
        doc.add("obligations", item)
    doc.table(None, rows, merges, role="inspections")
    doc.p(g("Результаты проверок записываются в журнал осмотра склада ВМ; выявленные нарушения устраняются немедленно.",
            "Тексеру нәтижелері ЖМ қоймасын қарау журналына жазылады; анықталған бұзушылықтар дереу жойылады.", ""))
    maybe_distractor(doc)


VN_STORE_CHECKS = (
    ("Nhà kho thuốc nổ: mái, nền, cửa, không có thuốc nổ rơi vãi", "daily", "Thủ kho"),
    ("Nhà kho phương tiện nổ (kíp nổ, dây nổ): niêm phong, nhiệt độ", "daily", "Thủ kho"),
    ("Bãi hủy vật liệu nổ: tàn dư thuốc nổ, bao bì, tình trạng ụ đất", "weekly", "Trưởng kho"),
    ("Sổ theo dõi nhập, xuất vật liệu nổ và đối chiếu tồn kho", "monthly", "Phòng Kỹ thuật – An toàn"),
    ("Khu lưu giữ chất thải nguy hại của kho: nhãn, thời gian lưu giữ", "monthly", "Nhân viên môi trường"),
    ("Kiểm kê vật liệu nổ tồn kho", "quarterly", "Hội đồng kiểm kê của Chi nhánh"),
    ("Hệ thống chống sét, tiếp địa các nhà kho", "yearly", "Phòng Cơ điện"),
    ("Đường vận chuyển, bãi đỗ xe sau mỗi đợt nhập hàng", None, "Trưởng kho"),
)
VN_BRANCHES = ("Chi nhánh Hóa chất mỏ Cẩm Phả – Micco", "Chi nhánh Hóa chất mỏ Hạ Long – Micco", "Chi nhánh Hóa chất mỏ Uông Bí – Micco")


def _inspections_it1_vi(doc: Doc) -> None:
    branch = doc.pick(VN_BRANCHES)
    depot = "Kho vật liệu nổ công nghiệp " + branch.split("mỏ ")[1].split(" –")[0]
    doc.h(f"KẾ HOẠCH TỰ KIỂM TRA NĂM 2026 – {depot.upper()}")
    doc.p(f"Đơn vị: {branch}. Đánh dấu “x” vào cột tần suất tương ứng; kết quả kiểm tra ghi vào sổ kiểm tra kho.")
    heads = STORE_FREQ_HEAD["vi"]
    rows = [["TT", "Đối tượng, nội dung kiểm tra", "Tần suất", *[None] * 5, "Người kiểm tra"], [None, None, *heads, None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 7), (0, 8, 1, 8)]
    for k, (text, word, who) in enumerate(VN_STORE_CHECKS, 1):
        rows.append([str(k), text, *("x" if f == word else "" for f in STORE_FREQS), who])
        item = {"kind": "inspection", "text_contains": _words(text, 4), "actor_contains": who}
        if word:
            item["frequency"] = word
        doc.add("obligations", item)
    doc.table("Bảng 1. Nội dung, tần suất tự kiểm tra", rows, merges, role="inspections")
    maybe_distractor(doc)


# (RU object, KK object, RU what, KK what, frequency, RU said, KK said, RU performer, KK performer, RU control, KK control,
#  (RU key, KK key))
GROUND_CHECKS = (
    ("Площадка уничтожения подрывом", "Жару арқылы жою алаңы", "отсутствие неразорвавшихся элементов и осколков, состояние воронок",
     "жарылмаған элементтер мен жарықшақтардың болмауы, шұңқырлардың жай-күйі", None, "после каждого цикла уничтожения",
     "әр жою циклынан кейін", "руководитель взрывных работ", "жарылыс жұмыстарының басшысы", "главный инженер", "бас инженер",
     ("руководитель взрывных", "жарылыс жұмыстарының басшысы")),
    ("Площадка открытого сжигания", "Ашық өртеу алаңы", "остатки несгоревших порохов, состояние бетонного основания",
     "жанбай қалған оқ-дәрі қалдықтары, бетон негіздің жай-күйі", None, "перед каждым циклом сжигания", "әр өртеу циклы алдында",
     "мастер участка уничтожения", "жою учаскесінің шебері", "начальник цеха утилизации", "кәдеге жарату цехының бастығы",
     ("мастер участка", "учаскесінің шебері")),
    ("Печь ПС-1 и рукавный фильтр", "ПС-1 пеші және жеңді сүзгі", "перепад давления на фильтре, целостность рукавов",
     "сүзгідегі қысым айырмасы, жеңдердің бүтіндігі", None, "ежесменно", "әр ауысымда", "оператор печи", "пеш операторы", "мастер смены",
     "ауысым шебері", ("оператор печи", "пеш операторы")),
    ("Цех выплавки тротила", "Тротил балқыту цехы", "герметичность ванн выплавки, работа вытяжной вентиляции",
     "балқыту ванналарының саңылаусыздығы, сору желдеткішінің жұмысы", "weekly", "еженедельно", "апта сайын", "начальник цеха выплавки",
     "балқыту цехының бастығы", "главный инженер", "бас инженер", ("начальник цеха выплавки", "балқыту цехының бастығы")),
    ("Площадка накопления отходов и металлолома", "Қалдықтар мен металл сынықтарын жинақтау алаңы",
     "раздельное накопление, маркировка, отсутствие ВВ в металлоломе", "бөлек жинақтау, таңбалау, металл сынықтарында ЖЗ-ның болмауы",
     "weekly", "еженедельно", "апта сайын", "инженер-эколог", "инженер-эколог", "главный инженер", "бас инженер",
     ("инженер-эколог", "инженер-эколог")),
    ("Земляной вал и ограждение полигона", "Полигонның топырақ білігі мен қоршауы", "целостность вала, отсутствие размывов",
     "біліктің бүтіндігі, шайылудың болмауы", "monthly", "ежемесячно в сезон уничтожения (апрель – октябрь)",
     "жою маусымында ай сайын (сәуір – қазан)", "начальник полигона", "полигон бастығы", "директор", "директор",
     ("начальник полигона", "полигон бастығы")),
    ("Пруд-накопитель промывных вод цеха выплавки", "Балқыту цехы жуу суларының жинақтағыш тоғаны", "уровень воды, целостность противофильтрационного экрана",
     "су деңгейі, сүзуге қарсы экранның бүтіндігі", "quarterly", "1 раз в квартал", "тоқсанына 1 рет", "инженер-эколог", "инженер-эколог",
     "главный инженер", "бас инженер", ("инженер-эколог", "инженер-эколог")),
    ("Наблюдательные скважины у полигона", "Полигон жанындағы бақылау ұңғымалары", "состояние оголовков, доступность для отбора проб",
     "ұңғыма бастарының жай-күйі, сынама алуға қолжетімділігі", "semiannual", "1 раз в полугодие", "жарты жылда 1 рет", "гидрогеолог",
     "гидрогеолог", "инженер-эколог", "инженер-эколог", ("гидрогеолог", "гидрогеолог")),
)  # fmt: skip


def inspections_it2(doc: Doc) -> None:
    """A regulation of production control at an ammunition destruction complex's ground and furnaces, `№ | объект | что
    проверяется | периодичность | исполнитель | контроль`: the one who makes the check in one column and the one who
    receives its report in the next, so the actor is the first; checks after each cycle of destruction, before each
    burning and every shift, which are no frequencies of the contract, beside weekly to half-yearly ones, a monthly check
    only in the season of destruction (VI: a Micco branch's procedure of destroying defective explosives, `Người thực
    hiện` beside `Người giám sát`)."""
    if doc.lang == "vi":
        _inspections_it2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    name, operator, _ = (x[L] for x in COMPLEX)
    doc.h(g(f"Регламент производственного контроля на полигоне уничтожения и печах сжигания. {name}",
            f"{name}. Жою полигонындағы және өртеу пештеріндегі өндірістік бақылау регламенті", ""))
    doc.p(g(f"Утвержден приказом директора {operator}. Исполнитель проводит проверку и делает запись в журнале; лицо, указанное в графе "
            "«Контроль», рассматривает результаты и принимает меры по выявленным нарушениям.",
            f"{operator} директорының бұйрығымен бекітілді. Орындаушы тексеруді жүргізеді және журналға жазба жасайды; «Бақылау» бағанында "
            "көрсетілген тұлға нәтижелерді қарайды және анықталған бұзушылықтар бойынша шаралар қолданады.", ""))
    rows = [g(["№", "Объект", "Что проверяется", "Периодичность", "Исполнитель", "Контроль"],
              ["№", "Объект", "Не тексеріледі", "Кезеңділігі", "Орындаушы", "Бақылау"], [])]
    for k, c in enumerate(GROUND_CHECKS, 1):
        obj, what, word, said, perf, ctrl, keys = c[L], c[2 + L], c[4], c[5 + L], c[7 + L], c[9 + L], c[11]
        rows.append([str(k), obj, what, said, perf, ctrl])
        item = {"kind": "inspection", "text_contains": _words(obj, 3), "actor_contains": keys[L]}
        if word:
            item["frequency"] = word
        doc.add("obligations", item)
    doc.table(g("Приложение 1. Перечень проверок", "1-қосымша. Тексерулер тізбесі", ""), rows, role="inspections")
    maybe_distractor(doc)


VN_GROUND_CHECKS = (
    ("Bãi hủy: dọn sạch cỏ, vật dễ cháy trong bán kính 25 m", None, "Trước mỗi đợt hủy", "Chỉ huy nổ mìn", "Trưởng phòng Kỹ thuật – An toàn"),
    ("Hố nổ hủy kíp: tàn dư kíp, dây nổ chưa nổ hết", None, "Sau mỗi lần nổ hủy", "Thợ mìn", "Chỉ huy nổ mìn"),
    ("Kho tạm chứa vật liệu nổ chờ hủy: niêm phong, sổ theo dõi", "daily", "Hằng ngày", "Thủ kho", "Trưởng kho"),
    ("Khu lưu giữ tro, bao bì sau hủy: nhãn, thời gian lưu giữ", "weekly", "Hằng tuần", "Nhân viên môi trường", "Trưởng phòng Kỹ thuật – An toàn"),
    ("Ụ đất, rãnh thoát nước bãi hủy: sạt lở, nước đọng", "monthly", "01 lần/tháng", "Tổ trưởng tổ bảo vệ", "Phó Giám đốc Chi nhánh"),
    ("Giếng quan trắc nước dưới đất quanh bãi hủy", "quarterly", "03 tháng/lần", "Nhân viên môi trường", "Phó Giám đốc Chi nhánh"),
)


def _inspections_it2_vi(doc: Doc) -> None:
    branch = doc.pick(VN_BRANCHES)
    doc.h(f"QUY TRÌNH HỦY VẬT LIỆU NỔ CÔNG NGHIỆP KÉM CHẤT LƯỢNG – {branch.upper()}")
    doc.p("Mục 6. Kiểm tra, giám sát. Người thực hiện tiến hành kiểm tra và ghi sổ; người giám sát xem xét kết quả và chỉ đạo khắc phục.")
    rows = [["TT", "Đối tượng, nội dung kiểm tra", "Thời điểm, tần suất", "Người thực hiện", "Người giám sát"]]
    for k, (text, word, said, who, boss) in enumerate(VN_GROUND_CHECKS, 1):
        rows.append([str(k), text, said, who, boss])
        item = {"kind": "inspection", "text_contains": _words(text, 4), "actor_contains": who}
        if word:
            item["frequency"] = word
        doc.add("obligations", item)
    doc.table("Bảng 6.1. Nội dung kiểm tra, giám sát khu vực hủy", rows, role="inspections")
    maybe_distractor(doc)


# ---------------------------------------------------------------- tasks

# (RU, KK, source, codes, cut t/year by code, RU term, KK term, RU responsible, KK responsible, (RU key, KK key))
BLAST_PLAN = (
    ("Перевести массовые взрывы на эмульсионные ВВ, исключив применение гранулита АС-8",
     "Жаппай жарылыстарды эмульсиялық ЖЗ-ға көшіру, АС-8 гранулитін қолдануды тоқтату", "6001", ("0337", "0301"), (0.48, 0.13),
     "I квартал 2026 г.", "2026 ж. I тоқсаны", "начальник участка буровзрывных работ", "бұрғылау-жару жұмыстары учаскесінің бастығы",
     ("начальник участка", "учаскесінің бастығы")),
    ("Внедрить гидрозабойку скважин и орошение взрываемого блока водой", "Ұңғымаларды гидробітеуді және жарылатын блокты сумен суаруды енгізу",
     "6001", ("2908",), (12.5,), "с 01.04.2026 (теплый период)", "01.04.2026 бастап (жылы кезең)", "начальник участка буровзрывных работ",
     "бұрғылау-жару жұмыстары учаскесінің бастығы", ("начальник участка", "учаскесінің бастығы")),
    ("Проводить массовые взрывы при скорости ветра 2–5 м/с, не допускать взрывов при штиле и инверсии",
     "Жаппай жарылыстарды жел жылдамдығы 2–5 м/с болғанда жүргізу, тымық ауа райында және инверсия кезінде жарылыстарға жол бермеу",
     "6001", (), (), "постоянно", "тұрақты", "главный инженер карьера", "карьердің бас инженері", ("главный инженер", "бас инженері")),
    ("Оснастить бункеры аммиачной селитры СЗМ аспирацией с рукавным фильтром",
     "АОМ-ның аммиак селитрасы бункерлерін жеңді сүзгісі бар аспирациямен жабдықтау", "6003", ("0305",), (0.21,), "III квартал 2026 г.",
     "2026 ж. III тоқсаны", "подрядчик – {c}", "мердігер – {c}", None),
    ("Заменить дизельный котел базы СЗМ электрическим", "АОМ базасының дизельді қазанын электр қазанымен ауыстыру", "0001",
     ("0301", "0337", "0328"), (0.32, 0.41, 0.03), "2027 г.", "2027 ж.", "главный энергетик", "бас энергетик", ("главный энергетик", "бас энергетик")),
    ("Внедрить неэлектрическую систему инициирования с электронными детонаторами",
     "Электрондық детонаторлары бар электрлік емес бастамашылау жүйесін енгізу", "6001", (), (), "2027–2028 гг.", "2027–2028 жж.",
     "главный инженер карьера", "карьердің бас инженері", ("главный инженер", "бас инженері")),
    ("Разработать регламент буровзрывных работ в периоды неблагоприятных метеорологических условий",
     "Қолайсыз метеорологиялық жағдайлар кезеңдеріне арналған бұрғылау-жару жұмыстарының регламентін әзірлеу",
     "6001", ("0337", "0301", "2908"), (None, None, None), "до 01.06.2026", "01.06.2026 дейін", "инженер-эколог", "инженер-эколог",
     ("инженер-эколог", "инженер-эколог")),
)  # fmt: skip


def tasks_it1(doc: Doc) -> None:
    """An open copper pit's plan of measures to cut the emissions of drilling and blasting for 2026–2028: `№ | мероприятие |
    № ИЗА | загрязняющее вещество | снижение выбросов, т/год | срок | ответственный`, the sources' numbers, the substances
    with their codes and the tonnes saved standing beside the measures — no sources and no emissions — a measure with
    dashes, the contractor answering for the charging units (VI: an open-pit coal company's plan against the dust and
    gases of blasting, the area and the parameter beside each measure, `Đơn vị chủ trì` before `Đơn vị phối hợp`)."""
    if doc.lang == "vi":
        _tasks_it1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p = doc.pick(PITS)
    pit, operator, contractor = p[L], p[2 + L], p[4 + L]
    doc.h(g(f"План мероприятий по охране атмосферного воздуха при ведении буровзрывных работ на 2026–2028 годы. {pit}",
            f"{pit}. 2026–2028 жылдарға арналған бұрғылау-жару жұмыстарын жүргізу кезінде атмосфералық ауаны қорғау жөніндегі іс-шаралар жоспары", ""))
    doc.p(g(f"Утвержден генеральным директором {operator}. Снижение выбросов указано относительно нормативов НДВ на 2025 год.",
            f"{operator} бас директоры бекітті. Шығарындылардың азаюы 2025 жылға арналған ЖШН нормативтеріне қатысты көрсетілген.", ""))
    rows = [g(["№", "Мероприятие", "№ ИЗА", "Загрязняющее вещество (код)", "Снижение выбросов, т/год", "Срок выполнения", "Ответственный исполнитель"],
              ["№", "Іс-шара", "ЛШК №", "Ластаушы зат (коды)", "Шығарындылардың азаюы, т/жыл", "Орындау мерзімі", "Жауапты орындаушы"], [])]
    core = _core(contractor)
    for k, (m_ru, m_kk, src, codes, cuts, t_ru, t_kk, r_ru, r_kk, keys) in enumerate(BLAST_PLAN, 1):
        text = (m_ru, m_kk)[L]
        who = (r_ru, r_kk)[L].format(c=contractor)
        subs = "; ".join(f"{_air(doc, c)} ({c})" for c in codes) or "–"
        cut = "; ".join(num(x, doc.lang) for x in cuts if x) or "–"
        rows.append([str(k), text, src, subs, cut, (t_ru, t_kk)[L], who])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text, 5), "actor_contains": keys[L] if keys else core})
    doc.table(g("Таблица 1 – Мероприятия", "1-кесте – Іс-шаралар", ""), rows, role="tasks")
    maybe_distractor(doc)


VN_BLAST_PLAN = (
    ("Thay thế toàn bộ thuốc nổ ANFO bằng thuốc nổ nhũ tương rời nạp bằng xe chuyên dụng", "Khai trường mỏ", "CO, NO2", "Giảm 25–30 % khí độc",
     "Quý II/2026", "Phòng Kỹ thuật khai thác", "Chi nhánh Hóa chất mỏ – Micco"),
    ("Nạp bua nước cho toàn bộ lỗ khoan trước khi nổ mìn", "Khai trường mỏ", "Bụi TSP", "Giảm 50 % bụi", "Từ tháng 4/2026",
     "Công trường Khoan – Nổ mìn", "Phòng An toàn"),
    ("Phun nước dập bụi khu vực bãi nổ trước và sau khi nổ mìn", "Bãi nổ, tuyến đường vận chuyển", "Bụi TSP", "Giảm bụi lan tỏa",
     "Thường xuyên", "Phân xưởng Vận tải", "Công trường Khoan – Nổ mìn"),
    ("Bố trí nổ mìn vào 11h30 và 17h00, không nổ mìn khi lặng gió", "Khai trường mỏ", "Bụi TSP, CO, NO2", "Hạn chế tích tụ khí độc",
     "Thường xuyên", "Phòng Điều khiển sản xuất", "Công trường Khoan – Nổ mìn"),
    ("Lắp đặt 02 trạm quan trắc không khí tự động tại khu dân cư giáp mỏ", "Khu dân cư tổ 3, khu 5", "Bụi TSP, CO, NO2, SO2",
     "Giám sát liên tục", "Quý III/2026", "Phòng Môi trường", "Phòng Đầu tư"),
    ("Trồng cây xanh cách ly dọc ranh giới mỏ phía khu dân cư", "Ranh giới phía Bắc", "Bụi TSP", "1,5 ha cây xanh", "Quý IV/2026",
     "Phòng Môi trường", "Phân xưởng Đời sống"),
)


def _tasks_it1_vi(doc: Doc) -> None:
    mine, company, *_ = doc.pick(VN_MINES)
    doc.h(f"KẾ HOẠCH GIẢM THIỂU BỤI, KHÍ ĐỘC DO NỔ MÌN NĂM 2026 – {company.upper()}")
    doc.p(f"Áp dụng cho {mine}. Kế hoạch ban hành kèm theo Quyết định của Giám đốc Công ty.")
    rows = [["TT", "Nội dung thực hiện", "Khu vực", "Thông số giảm thiểu", "Hiệu quả dự kiến", "Thời gian", "Đơn vị chủ trì", "Đơn vị phối hợp"]]
    for k, (text, area, params, effect, term, lead, partner) in enumerate(VN_BLAST_PLAN, 1):
        rows.append([str(k), text, area, params, effect, term, lead, partner])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text, 5), "actor_contains": lead})
    doc.table("Bảng 1. Danh mục nhiệm vụ", rows, role="tasks")
    maybe_distractor(doc)


def tasks_it2(doc: Doc) -> None:
    """A blasting contractor's register of its permits with the plan of renewing them in 2026: `№ | документ | номер, дата |
    кем выдан | срок действия | мероприятие | срок подачи | ответственный`, the licence for explosives of industrial use,
    the permits to apply an explosive and to carry explosives, the environmental permit and the declaration of the
    warehouse, the blasters' books — their numbers, issuing bodies and expiry dates before the measure that is the task,
    terms of filing counted back from the expiry (VI: a Micco branch's list of its licences and certificates and the
    work to renew each, `Bộ phận thực hiện` last)."""
    r = doc.rng
    if doc.lang == "vi":
        _tasks_it2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    w = doc.pick(WAREHOUSES)
    store, owner = w[L], w[4 + L]
    region = g("Абайской области" if "Абай" in w[6] else "Павлодарской области" if "Павлодар" in w[6] else "Карагандинской области",
               "Абай облысы" if "Абай" in w[6] else "Павлодар облысы" if "Павлодар" in w[6] else "Қарағанды облысы", "")
    kz = f"KZ{r.randint(10, 99)}VCZ{r.randint(10**7, 10**8 - 1):08d}"
    items = (
        (g("Лицензия на обращение с ВМ промышленного назначения", "Өнеркәсіптік мақсаттағы ЖМ айналымына лицензия", ""), f"№ {r.randint(16000000, 19999999)}, {_date(doc, 2017)}",
         g("Комитет промышленной безопасности МЧС РК", "ҚР ТЖМ Өнеркәсіптік қауіпсіздік комитеті", ""), g("бессрочно", "мерзімсіз", ""),
         g("Переоформить приложение к лицензии в связи с новым местом производства взрывных работ",
           "Жарылыс жұмыстарын жүргізудің жаңа орнына байланысты лицензияға қосымшаны қайта ресімдеу", ""), g("до 01.03.2026", "01.03.2026 дейін", ""),
         g("юрисконсульт", "заң кеңесшісі", "")),
        (g("Разрешение на применение эмульсионного ВВ марки «Тау-Эмульсия П»", "«Тау-Эмульсия П» маркалы эмульсиялық ЖЗ-ны қолдануға рұқсат", ""),
         f"№ {r.randint(100, 999)}-ВМ, {_date(doc, 2021)}", g("Комитет промышленной безопасности МЧС РК", "ҚР ТЖМ Өнеркәсіптік қауіпсіздік комитеті", ""),
         "30.06.2026", g("Подать заявление на продление разрешения на применение ВВ с результатами приемочных испытаний",
                         "Қабылдау сынақтарының нәтижелерімен ЖЗ-ны қолдануға рұқсатты ұзарту туралы өтініш беру", ""),
         g("не позднее 30.04.2026", "30.04.2026 кешіктірмей", ""), g("главный инженер", "бас инженер", "")),
        (g("Разрешение на перевозку ВМ (СЗМ – 6 ед., спецавтомобили – 3 ед.)", "ЖМ тасымалдауға рұқсат (АОМ – 6 бірл., арнайы автомобильдер – 3 бірл.)", ""),
         f"№ {r.randint(10, 99)}/{r.randint(100, 999)}, {_date(doc, 2025)}", g(f"Департамент полиции {region}", f"{region} полиция департаменті", ""),
         "31.05.2026", g("Переоформить разрешение на перевозку в связи с заменой двух СЗМ", "Екі АОМ-ның ауыстырылуына байланысты тасымалдауға рұқсатты қайта ресімдеу", ""),
         g("до 15.04.2026", "15.04.2026 дейін", ""), g("начальник транспортного участка", "көлік учаскесінің бастығы", "")),
        (g("Экологическое разрешение на воздействие (база СЗМ и завод эмульсионной матрицы)", "Әсер етуге экологиялық рұқсат (АОМ базасы және эмульсиялық матрица зауыты)", ""),
         f"№ {kz}, {_date(doc, 2017)}", g(f"Департамент экологии по {region}", f"{region} бойынша экология департаменті", ""), "31.12.2026",
         g("Разработать проект НДВ на 2027–2036 годы и подать заявление на получение нового разрешения",
           "2027–2036 жылдарға арналған ЖШН жобасын әзірлеу және жаңа рұқсат алуға өтініш беру", ""),
         g("до 01.09.2026", "01.09.2026 дейін", ""), g("инженер-эколог", "инженер-эколог", "")),
        (g(f"Декларация о воздействии на окружающую среду ({store})", f"Қоршаған ортаға әсер ету туралы декларация ({store})", ""),
         f"№ KZ{r.randint(10, 99)}VDD{r.randint(10**7, 10**8 - 1):08d}, {_date(doc, 2024)}", g(f"Департамент экологии по {region}", f"{region} бойынша экология департаменті", ""),
         "–", g("Внести изменения в декларацию в связи с увеличением вместимости склада", "Қойманың сыйымдылығының ұлғаюына байланысты декларацияға өзгерістер енгізу", ""),
         g("до 01.06.2026", "01.06.2026 дейін", ""), g("инженер-эколог", "инженер-эколог", "")),
        (g(f"Единые книжки взрывника ({r.randint(28, 44)} чел.)", f"Жарушының бірыңғай кітапшалары ({r.randint(28, 44)} адам)", ""), "–",
         g("экзаменационная комиссия предприятия", "кәсіпорынның емтихан комиссиясы", ""), g("ежегодная проверка знаний", "жыл сайынғы білімін тексеру", ""),
         g("Организовать ежегодную проверку знаний взрывников с участием инспектора", "Инспектордың қатысуымен жарушылардың білімін жыл сайынғы тексеруді ұйымдастыру", ""),
         g("февраль 2026 г.", "2026 ж. ақпан", ""), g("начальник службы промышленной безопасности", "өнеркәсіптік қауіпсіздік қызметінің бастығы", "")),
    )  # fmt: skip
    doc.h(g(f"Реестр разрешительных документов и план их переоформления на 2026 год. {owner}",
            f"{owner}. Рұқсат беру құжаттарының тізілімі және оларды 2026 жылы қайта ресімдеу жоспары", ""))
    doc.p(g("Документы подаются через портал «Е-лицензирование» не позднее сроков, указанных в графе 7; ответственные ежемесячно "
            "докладывают о ходе работы заместителю директора по производству.",
            "Құжаттар «Е-лицензиялау» порталы арқылы 7-бағанда көрсетілген мерзімнен кешіктірілмей беріледі; жауаптылар жұмыс барысы туралы "
            "өндіріс жөніндегі директордың орынбасарына ай сайын баяндайды.", ""))
    rows = [g(["№", "Разрешительный документ", "Номер, дата выдачи", "Кем выдан", "Срок действия", "Мероприятие", "Срок подачи документов", "Ответственный"],
              ["№", "Рұқсат беру құжаты", "Нөмірі, берілген күні", "Кім берген", "Қолданылу мерзімі", "Іс-шара", "Құжаттарды беру мерзімі", "Жауапты"], []),
            [str(x) for x in range(1, 9)]]
    for k, (doc_name, number, body, valid, task, term, who) in enumerate(items, 1):
        rows.append([str(k), doc_name, number, body, valid, task, term, who])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(task, 5), "actor_contains": who})
    doc.table(None, rows, role="tasks")
    distractor(doc, "approval")


# (document, number's suffix and years of issue or None, issuing body, valid until, task, term, who)
VN_PERMITS = (
    ("Giấy chứng nhận đủ điều kiện kinh doanh vật liệu nổ công nghiệp", ("GCN-BCT", 2019, 2021), "Bộ Công Thương", "Không thời hạn",
     "Lập hồ sơ đề nghị điều chỉnh Giấy chứng nhận do bổ sung kho vật liệu nổ mới", "Trước 31/3/2026", "Phòng Kỹ thuật – An toàn"),
    ("Giấy phép vận chuyển vật liệu nổ công nghiệp (12 xe chuyên dùng)", ("GP-CAT", 2025, 2025), "Công an tỉnh Quảng Ninh", "31/05/2026",
     "Lập hồ sơ cấp lại giấy phép vận chuyển, bổ sung 03 xe mới", "Trước 15/4/2026", "Phòng Vận tải"),
    ("Giấy phép môi trường của kho vật liệu nổ và bãi hủy", ("GPMT-UBND", 2021, 2021), "Ủy ban nhân dân tỉnh Quảng Ninh", "14/09/2031",
     "Lập báo cáo đề xuất cấp điều chỉnh giấy phép môi trường do mở rộng bãi hủy", "Trước 30/6/2026", "Phòng An toàn – Môi trường"),
    ("Văn bản nghiệm thu về phòng cháy và chữa cháy các nhà kho", ("NT-PCCC", 2019, 2020), "Phòng Cảnh sát PCCC và CNCH – Công an tỉnh", "-",
     "Bảo dưỡng hệ thống chữa cháy trước đợt kiểm tra định kỳ", "Tháng 5/2026", "Phòng Cơ điện"),
    ("Chứng chỉ huấn luyện kỹ thuật an toàn vật liệu nổ của thủ kho, thợ mìn", ("CC-SCT", 2025, 2025), "Sở Công Thương tỉnh Quảng Ninh", "31/12/2026",
     "Tổ chức huấn luyện, kiểm tra định kỳ hằng năm", "Tháng 11/2026", "Phòng Tổ chức – Lao động"),
    ("Phương án hủy vật liệu nổ công nghiệp kém chất lượng năm 2026", None, "Tổng công ty Công nghiệp Hóa chất mỏ – Vinacomin", "Năm 2026",
     "Lập phương án hủy năm 2026 và trình Tổng công ty phê duyệt", "Trước 28/2/2026", "Phòng Kỹ thuật – An toàn"),
)


def _tasks_it2_vi(doc: Doc) -> None:
    r = doc.rng
    branch = doc.pick(VN_BRANCHES)
    doc.h(f"DANH MỤC GIẤY PHÉP, VĂN BẢN PHÁP LÝ VÀ KẾ HOẠCH GIA HẠN NĂM 2026 – {branch.upper()}")
    doc.p("Các bộ phận được giao chủ động chuẩn bị hồ sơ, báo cáo tiến độ về Phòng Kỹ thuật – An toàn trước ngày 25 hằng tháng.")
    rows = [["TT", "Giấy phép, văn bản", "Số, ngày cấp", "Cơ quan cấp", "Thời hạn", "Công việc cần thực hiện", "Thời hạn nộp hồ sơ", "Bộ phận thực hiện"]]
    for k, (name, sign, body, valid, task, term, who) in enumerate(VN_PERMITS, 1):
        number = "Chưa lập" if sign is None else f"{r.randint(10, 480)}/{sign[0]}, {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.randint(sign[1], sign[2])}"
        rows.append([str(k), name, number, body, valid, task, term, who])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(task, 5), "actor_contains": who})
    doc.table("Bảng 1. Danh mục và kế hoạch", rows, role="tasks")
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"IT{k}", globals()[f"{role}_it{k}"]) for role in ROLES for k in (1, 2)]
