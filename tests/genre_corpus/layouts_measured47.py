"""The thirty-second blind set's part HY (two layouts per role, `HY1` and `HY2`), written by someone who neither
ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`; held out and measured once (0.697
over 126 files when first measured at the registering commit, 2026-12-06), then moved to the tuning layouts to be
studied.

Theme: basic chemicals and mineral fertilisers, in the documents of the plants and of the bodies over them. Kazakhstan: a
yellow-phosphorus plant at Taraz with its ore-thermal furnaces, furnace-gas flare stacks and phosphorus sludge ponds,
sodium tripolyphosphate plants at Shymkent and Taraz, a chlor-alkali and caustic soda plant in Pavlodar with its
chlorine liquefaction and tank store, the sulphuric-acid shop of a copper smelter at Balkhash and of a zinc plant at
Ust-Kamenogorsk, an ammonium-nitrate plant at Alga in Aktobe oblast, a chromium compounds plant at Aktobe and the
chemical holding over them (an ОВОС annex of dispersion input data, a technological regulation, a report on ПЭК with its
accidental releases, an НДВ table pasted from Excel, a КЭР annex of accumulation limits, a waste section of periodic
wastes, SZZ air results, a protocol of a sewer outlet, ПЭК programmes, an analytical laboratory's plan by method, a shift
log, a responsibility matrix, a letter of commitments to the Department of Ecology, a holding's consolidated plan).
Vietnam: the Đình Vũ DAP complex in Hải Phòng, superphosphate and NPK plants at Lâm Thao (Phú Thọ), the Phú Mỹ urea
plant, the caustic soda and chlorine plant at Việt Trì, a pesticide formulation plant in the Tân Đức park of Long An
(a certificate of eligibility to produce fertilisers, an ĐTM approval decision, an incident summary of an annual report,
ĐTM loads, GPMT annexes, a turnaround waste plan, periodic monitoring results, monitoring programmes, a sổ giao ca, a
ma trận phân công, a văn bản cam kết and a corporation's plan).

Facility: an ОВОС annex giving the input data of the dispersion calculation, where the operator's BIN, the KATO, the OKED
and the category stand among the stratification coefficient `A = 200`, the relief coefficient, temperatures, the wind
speed `U*` and the calms, and two points in degrees, minutes and seconds — the origin of the local grid at the fence's
corner and the centre of the site, the latter the site's — with a wind rose of no role after it (VI: the Plant
Protection Department's certificate of eligibility to produce fertilisers, the certificate's own numbers, the head
office in Hà Nội and the production site at Lâm Thao, the lines of production in a table of no role) (HY1); the first
section of a technological regulation of sodium tripolyphosphate, the identity lines few among the characteristics of
the process — year of start-up, method, developer, lines, capacity in tonnes of 100 % product — a sanitary class beside
the category, the regulation's number, the product's ГОСТ, CAS and customs code around it and the product's quality in a
table of no role (VI: the annex of the Ministry's decision approving the ĐTM of a pesticide formulation plant, capacities
by formulation, the project code of the investment registration beside the enterprise number) (HY2).

Emissions: the section of a chlor-alkali plant's report on ПЭК on accidental and volley releases, a row per event with
the date, the duration in minutes, the source, what happened, the substance, the mass released in kilograms and the
greatest grams a second, an event with two substances merged over two rows, the same source in two events (VI: the
incident section of a caustic plant's annual report, chlorine and hydrogen chloride leaks in kilograms and g/s, no source
numbers) (HY1); a yellow-phosphorus plant's НДВ table pasted from Excel, the codes of the substances typed as numbers so
that their leading zeros are gone (`338`, `342`, `315`, `337`, `301`), fixed six decimals, the shop merged down and the
source repeated on every row, solid and gaseous subtotals (VI: the DAP complex's ĐTM, pollutants written as formulas only,
the stack's flow merged down, kg/h before g/s and tonnes, the hours a year only in a note) (HY2).

Wastes: a КЭР annex of a chromium compounds plant's accumulation limits, the place of accumulation merged down over its
wastes, the hazardous properties `HP 6, 7, 14` on a second line of the code's cell, the greatest quantity stored at once
and the term of accumulation before the limit a year, which alone is the amount (VI: a caustic plant's GPMT annex, the
kilograms a year beside the most kept in the store, ordinary wastes in tonnes in a second table) (HY1); the periodic
wastes of a smelter's sulphuric-acid shop, the quantity of one replacement, the interval (`1 раз в 4 года`, `ежемесячно`)
and then the average a year, which is the amount, the same code on two wastes (VI: a urea plant's wastes of its
turnaround every three years and of ordinary months, kilograms each time, the cycle and the kilograms a year, spent
catalysts taken back by the supplier named only in the text) (HY2).

Limits: the air at a phosphorus plant's protection zone and in the nearest houses, points as rows merged over two dates,
substances as columns headed by formula and code, the ПДК on a row under the header, a column of a summation group in
shares of the ПДК with its `1,0` that gives no item, `<` below detection (VI: the DAP complex's ambient air with
temperature, humidity and wind columns of no limit, two rows of standards — QCVN 05:2023/BTNMT and QCVN 06:2009/BTNMT —
under the header, µg/m3) (HY1); a sodium tripolyphosphate plant's protocol at its control well to the city sewer whose
allowed concentrations stand inside each parameter's name cell, written three ways (`ДК ≤ 3,5`, `(ДК не более 500)`, `–
ДК 6,5–9,0`), four quarters as columns (VI: a pesticide plant's outlet to the park's sewer, QCVN 40:2011/BTNMT column B
inside the name cells, pesticide residues with no key of their own, `KPH`) (HY2).

Monitoring: a chlor-alkali plant's programme of impact monitoring whose rows mix the operator's own points with the posts
and river sections of the state network whose bulletins it only uses — `выполняет: РГП «Казгидромет»` — which are no
duty of the operator, mercury in the wells of the old sludge store (VI: the DAP complex's GPMT programme, the waste water
sent to the park's central plant and monitored by the park's company, and the gypsum stack's wells) (HY1); an
ammonium-nitrate plant's laboratory plan laid out by the method of measurement, each row a method with the substances it
gives, the sources and points where it is used and how often, the same substance at the same stack once a month by a
portable analyser and continuously by the automated system (VI: the DAP complex's plan by US EPA and SMEWW methods) (HY2).

Inspections: the printed shift log of a chlorine store, what is checked as rows and the three shifts as columns with a
box `☐` where the check falls due — boxes in all three shifts a check every shift, one box a daily check, a note
`по понедельникам` a weekly one — the operator who checks named only in the form's title (VI: a caustic plant's `sổ giao
ca`, `Ca 1 | Ca 2 | Ca 3`) (HY1); an acid shop's matrix of responsibility for its checks, the positions as columns and the
letters `О`, `У`, `И` in the cells — the one marked `О` does the check — the frequency before them and a check at each
stop for repairs without one (VI: a superphosphate plant's `C`, `P`, `B`) (HY2).

Tasks: a chromium compounds plant's letter of commitments to the Department of Ecology after an inspection, the measures
with their terms and the documents that will prove them, no column of who acts because the letter's writer commits
itself (VI: a caustic plant's `văn bản cam kết` to the provincial Department) (HY1); a chemical holding's consolidated
plan for three plants, a column of the plants' short codes and the one who answers for each plant only in a legend table
of no role after it (VI: a chemical corporation's plan for its member companies `LT`, `ĐV`, `VT`) (HY2).
"""

from __future__ import annotations

from decimal import Decimal

from .common import Doc, freq, make_bin, make_msdn, maybe_distractor, num
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
    """The quoted part of a name (`Ертіс Хлор` of `Завод «Ертіс Хлор»`)."""
    return name.split("«", 1)[1].split("»", 1)[0] if "«" in name else name


def _kato(doc: Doc, prefix: str) -> str:
    """A nine-digit KATO code starting with the region's prefix."""
    r = doc.rng
    rest = 9 - len(prefix) - 3
    return f"{prefix}{r.randint(10 ** (rest - 1), 10**rest - 1)}{r.choice(('000', '100'))}"


def _dms(value: float, lang: str) -> tuple[str, float]:
    """`52°19′48,6″` and the decimal degrees it stands for."""
    d = int(value)
    m = int((value - d) * 60)
    s = round((value - d - m / 60) * 3600, 1)
    if s >= 60:
        m, s = m + 1, 0.0
    sec = f"{s:04.1f}".replace(".", ",")
    return f"{d}°{m:02d}′{sec}″", d + m / 60 + s / 3600


def _div(a: float, b: float, places: int = 3) -> float:
    """a / b rounded without binary noise."""
    q = Decimal(repr(a)) / Decimal(repr(b))
    return float(round(q, places))


def _kind(number: str) -> str:
    return "unorganized" if number.startswith("6") else "organized"


def _span(rows: list, merges: list, text: str, width: int) -> None:
    """A row whose first cell spans the table."""
    rows.append([text] + [None] * (width - 1))
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))


def _fixed(x: float, places: int) -> str:
    """A figure as Excel shows a cell of fixed decimals: `0,047300`."""
    return f"{x:.{places}f}".replace(".", ",")


# code: (RU, KK, hazard class as the KZ list gives it) — names the air-pollutant list knows; a Kazakh table keeps the
# Russian name where the list has no Kazakh one, as Kazakh tables do
AIR = {
    "0338": ("Фосфорный ангидрид (диФосфор пентаоксид)", "Фосфорный ангидрид (диФосфор пентаоксид)", 2),
    "0342": ("Фтористые газообразные соединения (в пересчете на фтор)", "Фторлы газ тәрізді қосылыстар (фтор бойынша)", 2),
    "0315": ("Фосфин (Водород фосфористый)", "Фосфин (Водород фосфористый)", 2),
    "0337": ("Углерод оксид", "Көміртек оксиді", 4),
    "0330": ("Сера диоксид", "Күкірт диоксиді", 3),
    "0301": ("Азота диоксид", "Азот диоксиді", 3),
    "0304": ("Азот (II) оксид", "Азот оксиді", 3),
    "2908": ("Пыль неорганическая, содержащая двуокись кремния в %: 70-20", "Бейорганикалық шаң: кремний қостотығы 70-20%", 3),
    "0349": ("Хлор", "Хлор", 2),
    "0316": ("Гидрохлорид (Соляная кислота)", "Тұз қышқылы (гидрохлорид)", 2),
    "0150": ("Натрий гидроксид (Натр едкий)", "Натрий гидроксиді", None),
    "0303": ("Аммиак", "Аммиак", 4),
    "0305": ("Аммоний нитрат (Аммиачная селитра)", "Аммоний нитрат (Аммиачная селитра)", 4),
    "0302": ("Азотная кислота", "Азот қышқылы", 2),
    "0322": ("Серная кислота", "Күкірт қышқылы", 2),
}


def _air(doc: Doc, code: str) -> str:
    return AIR[code][_L(doc)]


DAILY = {"ru": ("ежедневно", "ежесуточно"), "kk": ("күн сайын", "тәулік сайын"), "vi": ("hằng ngày", "01 lần/ngày")}
WEEKLY = {"ru": ("еженедельно", "1 раз в неделю"), "kk": ("апта сайын", "аптасына 1 рет"), "vi": ("hằng tuần", "01 lần/tuần")}


def _often(doc: Doc, word: str) -> str:
    """A frequency as the document writes it, daily and weekly included."""
    if word == "daily":
        return doc.pick(DAILY[doc.lang])
    if word == "weekly":
        return doc.pick(WEEKLY[doc.lang])
    return freq(doc, word)


# ---------------------------------------------------------------- facility

# (RU object, KK object, RU operator, KK operator, RU place, KK place, KATO prefix, lat, lon, RU settlement, KK settlement)
PAVLODAR = (
    ("Завод хлора и каустической соды «Ертіс Хлор»", "«Ертіс Хлор» хлор және каустикалық сода зауыты", "ТОО «Ертіс Хлор-Сілті»",
     "«Ертіс Хлор-Сілті» ЖШС", "Павлодарская область, г. Павлодар, Северная промышленная зона, строение 47",
     "Павлодар облысы, Павлодар қ., Солтүстік өнеркәсіп аймағы, 47-құрылыс", "551", 52.336, 76.957, "г. Павлодар", "Павлодар қ."),
    ("Производство жидкого хлора, соляной кислоты и гипохлорита натрия «Павлодар Каустик»",
     "«Павлодар Каустик» сұйық хлор, тұз қышқылы және натрий гипохлориті өндірісі", "АО «Павлодар Каустик Химия»",
     "«Павлодар Каустик Химия» АҚ", "Павлодарская область, г. Павлодар, Промышленная зона Северная, участок 12/3",
     "Павлодар облысы, Павлодар қ., Солтүстік өнеркәсіп аймағы, 12/3-учаске", "551", 52.349, 76.912, "г. Павлодар", "Павлодар қ."),
)  # fmt: skip


def facility_hy1(doc: Doc) -> None:
    """An ОВОС annex of a Pavlodar chlor-alkali plant giving the input data of the dispersion calculation (ПК «ЭРА»): a
    `характеристика | значение` table whose identity lines — operator, BIN, object, KATO, OKED with its words, category —
    stand among the calculation's parameters written with their symbols (`А`, `η`, `T`, `U*`), temperatures with signs,
    the calms in per cent, the grid's size and step, and two points in degrees, minutes and seconds (KK `с.е.`, `ш.б.`):
    the origin of the local grid at the south-west corner of the fence and the centre of the site, the latter the site's
    coordinates; the wind rose in a table of no role after it (VI: the Plant Protection Department's certificate of
    eligibility to produce fertilisers of an NPK plant at Lâm Thao, the certificate's numbers, the head office in Hà Nội
    beside the production site, the lines of production in a table of no role)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_hy1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    o_ru, o_kk, op_ru, op_kk, p_ru, p_kk, prefix, lat0, lon0, s_ru, s_kk = doc.pick(PAVLODAR)
    name, operator = (o_ru, o_kk)[L], (op_ru, op_kk)[L]
    bin_, kato = make_bin(r), _kato(doc, prefix)
    lat_c, lon_c = lat0 + r.uniform(-0.004, 0.004), lon0 + r.uniform(-0.004, 0.004)
    lat0_t, _ = _dms(lat_c - r.uniform(0.004, 0.007), doc.lang)
    lon0_t, _ = _dms(lon_c - r.uniform(0.006, 0.010), doc.lang)
    lat_t, lat_v = _dms(lat_c, doc.lang)
    lon_t, lon_v = _dms(lon_c, doc.lang)
    ns, ew = g("с.ш.", "с.е.", ""), g("в.д.", "ш.б.", "")
    doc.h(g("Приложение 3. Исходные данные для расчета загрязнения атмосферы",
            "3-қосымша. Атмосфераның ластануын есептеуге арналған бастапқы деректер", ""))
    doc.p(g(f"К отчету о возможных воздействиях намечаемой деятельности «Техническое перевооружение отделения электролиза» "
            f"({name}). Расчет рассеивания выполнен по Методике расчета концентраций вредных веществ в атмосферном воздухе "
            f"от выбросов предприятий (приложение 12 к приказу МОС РК от 18.04.2008 № 100-п) в ПК «ЭРА» версии 3.0.",
            f"«Электролиз бөлімшесін техникалық қайта жарақтандыру» белгіленіп отырған қызметінің ықтимал әсерлері туралы есепке "
            f"({name}). Шашырау есебі кәсіпорындар шығарындыларынан атмосфералық ауадағы зиянды заттар концентрацияларын есептеу "
            f"әдістемесі бойынша (ҚР ҚОҚМ 18.04.2008 № 100-п бұйрығына 12-қосымша) «ЭРА» 3.0 БК-де орындалды.", ""))
    t_hot, t_cold = round(r.uniform(27.6, 29.8), 1), round(r.uniform(-19.5, -16.8), 1)
    calm, u_star = r.randint(8, 14), r.choice((8, 9, 10))
    rows = [g(["Характеристика", "Значение"], ["Сипаттама", "Мәні"], []),
            [g("Город (населенный пункт)", "Қала (елді мекен)", ""), (s_ru, s_kk)[L]],
            [g("Предприятие (оператор объекта)", "Кәсіпорын (объект операторы)", ""), operator],
            [g("БИН оператора", "Оператордың БСН", ""), bin_],
            [g("Объект", "Объект", ""), name],
            [g("Местоположение объекта", "Объектінің орналасқан жері", ""), (p_ru, p_kk)[L]],
            [g("Код КАТО", "ҚАТО коды", ""), kato],
            [g("Основной вид деятельности по ОКЭД", "ЭҚЖЖ бойынша негізгі қызмет түрі", ""),
             g("20130 – Производство прочих основных неорганических химических веществ",
               "20130 – Басқа да негізгі бейорганикалық химиялық заттар өндірісі", "")],
            [g("Категория объекта (ст. 12 Экологического кодекса РК)", "Объект санаты (ҚР Экология кодексінің 12-бабы)", ""), "I"],
            [g("Коэффициент, зависящий от температурной стратификации атмосферы, А",
               "Атмосфераның температуралық стратификациясына байланысты коэффициент, А", ""), "200"],
            [g("Коэффициент влияния рельефа местности, η", "Жер бедері әсерінің коэффициенті, η", ""), "1,0"],
            [g("Средняя максимальная температура наружного воздуха наиболее жаркого месяца, Т, °С",
               "Ең ыстық айдағы сыртқы ауаның орташа максималды температурасы, Т, °С", ""), "+" + num(t_hot, doc.lang)],
            [g("Средняя температура наружного воздуха наиболее холодного месяца, °С",
               "Ең суық айдағы сыртқы ауаның орташа температурасы, °С", ""), "−" + num(-t_cold, doc.lang)],
            [g("Скорость ветра, повторяемость превышения которой составляет 5 %, U*, м/с",
               "Асып кету қайталануы 5 % құрайтын жел жылдамдығы, U*, м/с", ""), str(u_star)],
            [g("Повторяемость штилей, %", "Тымық ауа райының қайталануы, %", ""), str(calm)],
            [g("Начало местной системы координат (X = 0; Y = 0) – юго-западный угол ограждения",
               "Жергілікті координаттар жүйесінің басы (X = 0; Y = 0) – қоршаудың оңтүстік-батыс бұрышы", ""),
             f"{lat0_t} {ns}; {lon0_t} {ew}"],
            [g("Центр промышленной площадки (WGS-84)", "Өнеркәсіптік алаңның орталығы (WGS-84)", ""), f"{lat_t} {ns}; {lon_t} {ew}"],
            [g("Расчетный прямоугольник, м", "Есептік тіктөртбұрыш, м", ""),
             g(f"{num(6000, 'ru')} × {num(6000, 'ru')}, шаг 250", f"{num(6000, 'kk')} × {num(6000, 'kk')}, қадамы 250", "")],
            [g("Размер санитарно-защитной зоны, м", "Санитариялық-қорғаныш аймағының өлшемі, м", ""), num(1000, doc.lang)],
            [g("Фоновые концентрации", "Фондық концентрациялар", ""),
             g(f"по справке РГП «Казгидромет» № 25-07-3/{r.randint(100, 999)} (посты ПНЗ № 1, 2, 5)",
               f"«Қазгидромет» РМК № 25-07-3/{r.randint(100, 999)} анықтамасы бойынша (№ 1, 2, 5 ЛББ)", "")]]  # fmt: skip
    doc.table(g("Таблица П3.1 – Метеорологические характеристики и исходные данные расчета",
                "П3.1-кесте – Метеорологиялық сипаттамалар және есептің бастапқы деректері", ""), rows, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": _core(name), "kato": kato, "oked": "20130", "category": "I", "lat": lat_v,
                           "lon": lon_v})
    weights = [r.randint(4, 9), r.randint(6, 12), r.randint(6, 12), r.randint(8, 14), r.randint(12, 20), r.randint(14, 24),
               r.randint(10, 18), r.randint(6, 12)]
    share = [round(w * 100 / sum(weights)) for w in weights[:-1]]
    share.append(100 - sum(share))
    rhumbs = g(["С", "СВ", "В", "ЮВ", "Ю", "ЮЗ", "З", "СЗ"], ["С", "СШ", "Ш", "ОШ", "О", "ОБ", "Б", "СБ"], [])
    doc.table(g("Таблица П3.2 – Повторяемость направлений ветра, % (среднегодовая)", "П3.2-кесте – Жел бағыттарының қайталануы, % (жылдық орташа)", ""),
              [g(["Румб"], ["Румб"], []) + rhumbs + g(["Штиль"], ["Тымық"], []),
               [g("Год", "Жыл", "")] + [str(x) for x in share] + [str(calm)]], role="other")
    doc.p(g("Значения коэффициентов и метеорологических характеристик приняты по данным многолетних наблюдений метеостанции Павлодар.",
            "Коэффициенттер мен метеорологиялық сипаттамалардың мәндері Павлодар метеостанциясының көпжылдық бақылау деректері бойынша қабылданды.", ""))


# (plant, company, head office, production site, phone code, types, capacity)
VN_FERT = (
    ("Nhà máy phân bón NPK Thao Giang", "Công ty Cổ phần Phân bón và Hóa chất Thao Giang",
     "Tầng 9, tòa nhà Hóa chất, số 1A Tràng Tiền, phường Tràng Tiền, quận Hoàn Kiếm, Hà Nội",
     "khu 9, thị trấn Lâm Thao, huyện Lâm Thao, tỉnh Phú Thọ",
     "Phân bón vô cơ: phân lân (supe lân đơn), phân hỗn hợp NPK, phân bón lá",
     "Supe lân: 450.000 tấn/năm; NPK: 350.000 tấn/năm; phân bón lá: 1.500 kL/năm"),
    ("Nhà máy supe lân và NPK Phong Châu Xanh", "Công ty Cổ phần Supe Phốt phát Phong Châu Xanh",
     "Số 27 phố Lê Đại Hành, phường Lê Đại Hành, quận Hai Bà Trưng, Hà Nội",
     "xã Sơn Vi, huyện Lâm Thao, tỉnh Phú Thọ",
     "Phân bón vô cơ: phân lân, phân hỗn hợp NPK; phân bón hữu cơ khoáng",
     "Supe lân: 300.000 tấn/năm; NPK: 250.000 tấn/năm; hữu cơ khoáng: 50.000 tấn/năm"),
)
VN_LINES = (
    ("Dây chuyền sản xuất supe lân đơn (phương pháp buồng hóa thành liên tục)", "01", "Trung Quốc, 2009"),
    ("Dây chuyền NPK tạo hạt bằng hơi nước số 1", "01", "Việt Nam, 2012"),
    ("Dây chuyền NPK tạo hạt bằng hơi nước số 2", "01", "Việt Nam, 2018"),
    ("Dây chuyền NPK phối trộn (BB)", "01", "Việt Nam, 2020"),
    ("Dây chuyền pha chế, đóng chai phân bón lá", "01", "Hàn Quốc, 2021"),
)


def _facility_hy1_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, office, site, kinds, cap = doc.pick(VN_FERT)
    msdn = make_msdn(r)
    number = r.randint(120, 980)
    doc.p("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG – CỤC BẢO VỆ THỰC VẬT")
    doc.p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM – Độc lập - Tự do - Hạnh phúc")
    doc.p(f"Số: {number}/GCN-BVTV-PB                Hà Nội, ngày {r.randint(2, 27):02d} tháng {r.randint(1, 12):02d} năm 2025")
    doc.h("GIẤY CHỨNG NHẬN ĐỦ ĐIỀU KIỆN SẢN XUẤT PHÂN BÓN")
    doc.p("Căn cứ Nghị định số 84/2019/NĐ-CP ngày 14 tháng 11 năm 2019 của Chính phủ quy định về quản lý phân bón; xét hồ sơ đề "
          f"nghị cấp lại Giấy chứng nhận của {company}, CỤC BẢO VỆ THỰC VẬT CHỨNG NHẬN:")
    rows = [["Tên tổ chức", company],
            ["Mã số doanh nghiệp", msdn],
            ["Địa chỉ trụ sở chính", office],
            ["Điện thoại", f"024 3{r.randint(100, 999)} {r.randint(1000, 9999)}"],
            ["Tên cơ sở sản xuất", plant],
            ["Địa điểm sản xuất", site],
            ["Điện thoại cơ sở sản xuất", f"0210 3{r.randint(100, 999)} {r.randint(100, 999)}"],
            ["Đủ điều kiện sản xuất phân bón", kinds],
            ["Hình thức sản xuất", "Sản xuất phân bón thành phẩm (dạng rắn và dạng lỏng)"],
            ["Công suất thiết kế", cap]]
    doc.table(None, rows, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": plant})
    old = r.randint(40, 119)
    doc.p(f"Giấy chứng nhận này có hiệu lực 05 năm kể từ ngày ký và thay thế Giấy chứng nhận số {old}/GCN-BVTV-PB ngày "
          f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2020.")
    lines = [["TT", "Dây chuyền, thiết bị chính", "Số lượng", "Xuất xứ, năm đưa vào sử dụng"]]
    for k, (line, n, origin) in enumerate(VN_LINES, 1):
        lines.append([str(k), line, n, origin])
    doc.table("Phụ lục: Danh mục dây chuyền, thiết bị sản xuất chính", lines, role="other")


# (RU object, KK object, RU operator, KK operator, RU address, KK address, KATO prefix, lat, lon, capacity t/year, year)
STPP = (
    ("Завод фосфатных солей «Оңтүстік Фосфат»", "«Оңтүстік Фосфат» фосфат тұздары зауыты", "ТОО «Оңтүстік Фосфат Тұздары»",
     "«Оңтүстік Фосфат Тұздары» ЖШС", "г. Шымкент, Абайский район, промышленная зона «Оңтүстік», ул. Капал батыра, 120",
     "Шымкент қ., Абай ауданы, «Оңтүстік» өнеркәсіп аймағы, Қапал батыр к., 120", "791", 42.356, 69.641, 80000, 1974),
    ("Цех триполифосфата натрия «Тараз Фосфат Тұз»", "«Тараз Фосфат Тұз» натрий триполифосфаты цехы", "ТОО «Тараз Химия Тұздары»",
     "«Тараз Химия Тұздары» ЖШС", "Жамбылская область, г. Тараз, Северная промышленная зона, ул. Шымкентская, 2",
     "Жамбыл облысы, Тараз қ., Солтүстік өнеркәсіп аймағы, Шымкент к., 2", "311", 42.928, 71.341, 60000, 1978),
)  # fmt: skip


def facility_hy2(doc: Doc) -> None:
    """The first section of a technological regulation of sodium tripolyphosphate, `№ п/п | наименование | характеристика`
    numbered 1.1 to 1.15, whose few identity lines — the object, the owner with its BIN written after the name, the
    KATO, the OKED, the category — stand among the characteristics of the process (year of start-up and reconstruction,
    capacity in tonnes of 100 % product and the year's load, lines, method, the developer of the process), a sanitary class
    with its zone beside the category and the centre of the site in degrees, minutes and seconds; the regulation's number,
    the product's ГОСТ, CAS and customs code in the sentences around it and the product's quality in a table of no role
    (VI: the annex of the Ministry's decision approving the ĐTM of a pesticide formulation plant in the Tân Đức park,
    capacities by formulation, decimal degrees, the ten-digit project code beside the enterprise number, `nhóm I`)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_hy2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    o_ru, o_kk, op_ru, op_kk, a_ru, a_kk, prefix, lat0, lon0, cap, year = doc.pick(STPP)
    name, operator = (o_ru, o_kk)[L], (op_ru, op_kk)[L]
    bin_, kato = make_bin(r), _kato(doc, prefix)
    lat_t, lat_v = _dms(lat0 + r.uniform(-0.005, 0.005), doc.lang)
    lon_t, lon_v = _dms(lon0 + r.uniform(-0.005, 0.005), doc.lang)
    reg = f"ТР 20130-{r.randint(1, 9):02d}-2025"
    doc.p(g(f"УТВЕРЖДАЮ: Главный инженер {operator} ____________ «{r.randint(2, 28)}» {doc.pick(('марта', 'апреля', 'мая'))} 2025 г.",
            f"БЕКІТЕМІН: {operator} бас инженері ____________ «{r.randint(2, 28)}» {doc.pick(('наурыз', 'сәуір', 'мамыр'))} 2025 ж.", ""))
    doc.h(g(f"Технологический регламент производства триполифосфата натрия. {reg}",
            f"Натрий триполифосфатын өндірудің технологиялық регламенті. {reg}", ""))
    doc.p(g("Регламент постоянный. Разработан на основании исходных данных разработчика процесса и опыта эксплуатации; срок "
            "действия – до 31.12.2030. Продукция: натрия триполифосфат технический по ГОСТ 13493-86 (CAS 7758-29-4, код ТН ВЭД "
            "2835 31 000 0).",
            "Регламент тұрақты. Процесті әзірлеушінің бастапқы деректері мен пайдалану тәжірибесі негізінде әзірленді; қолданылу "
            "мерзімі – 31.12.2030 дейін. Өнім: МЕМСТ 13493-86 бойынша техникалық натрий триполифосфаты (CAS 7758-29-4, СЭҚ ТН коды "
            "2835 31 000 0).", ""))
    load = r.randint(58, 86)
    rows = [g(["№ п/п", "Наименование", "Характеристика"], ["Р/с №", "Атауы", "Сипаттамасы"], []),
            ["1.1", g("Наименование производства", "Өндірістің атауы", ""),
             g("Производство триполифосфата натрия (ТПФН) из экстракционной фосфорной кислоты и кальцинированной соды",
               "Экстракциялық фосфор қышқылы мен кальцийленген содадан натрий триполифосфатын (НТПФ) өндіру", "")],
            ["1.2", g("Наименование объекта", "Объектінің атауы", ""), name],
            ["1.3", g("Организация – владелец производства", "Өндірісті иеленуші ұйым", ""), f"{operator}, {g('БИН', 'БСН', '')} {bin_}"],
            ["1.4", g("Местонахождение", "Орналасқан жері", ""), (a_ru, a_kk)[L]],
            ["1.5", g("Код КАТО места осуществления деятельности", "Қызметті жүзеге асыру орнының ҚАТО коды", ""), kato],
            ["1.6", g("Год ввода в эксплуатацию (реконструкции)", "Пайдалануға берілген жылы (қайта жаңарту)", ""),
             f"{year} ({r.choice((2011, 2012, 2014, 2016))})"],
            ["1.7", g("Проектная мощность", "Жобалық қуаты", ""),
             g(f"{num(cap, 'ru')} т/год ТПФН в пересчете на 100 % продукта; фактическая загрузка в 2025 г. – {load} %",
               f"100 % өнімге шаққанда жылына {num(cap, 'kk')} т НТПФ; 2025 ж. нақты жүктемесі – {load} %", "")],
            ["1.8", g("Количество технологических линий", "Технологиялық желілер саны", ""),
             g("2 (распылительная сушилка и прокалочная вращающаяся печь на каждой)", "2 (әрқайсысында бүріккіш кептіргіш және күйдіру айналмалы пеші)", "")],
            ["1.9", g("Метод производства", "Өндіріс әдісі", ""),
             g("двухстадийный: нейтрализация, распылительная сушка раствора ортофосфатов, прокаливание при 350–450 °С",
               "екі сатылы: бейтараптандыру, ортофосфаттар ерітіндісін бүріккіш кептіру, 350–450 °С-та күйдіру", "")],
            ["1.10", g("Разработчик процесса", "Процесті әзірлеуші", ""), g("АО «НИУИФ им. Я.В. Самойлова»", "«Я.В. Самойлов ат. НИУИФ» АҚ", "")],
            ["1.11", g("Код ОКЭД", "ЭҚЖЖ коды", ""), "20130"],
            ["1.12", g("Категория объекта, оказывающего негативное воздействие на окружающую среду",
                       "Қоршаған ортаға теріс әсер ететін объект санаты", ""), "I"],
            ["1.13", g("Класс санитарной опасности, размер СЗЗ", "Санитариялық қауіптілік сыныбы, СҚА өлшемі", ""),
             g("II класс, 500 м", "II сынып, 500 м", "")],
            ["1.14", g("Координаты центра площадки", "Алаң орталығының координаттары", ""),
             g(f"{lat_t} с.ш.; {lon_t} в.д.", f"{lat_t} с.е.; {lon_t} ш.б.", "")],
            ["1.15", g("Режим работы", "Жұмыс режимі", ""), g("непрерывный, 330 сут/год, 4 смены", "үздіксіз, жылына 330 тәул., 4 ауысым", "")]]  # fmt: skip
    doc.table(g("Раздел 1. Общая характеристика производства", "1-бөлім. Өндірістің жалпы сипаттамасы", ""), rows, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": _core(name), "kato": kato, "oked": "20130", "category": "I", "lat": lat_v,
                           "lon": lon_v})
    p2o5, insol, white = round(r.uniform(57.1, 57.6), 1), round(r.uniform(0.04, 0.09), 2), r.randint(91, 95)
    doc.table(g("Таблица 1.2 – Характеристика выпускаемой продукции", "1.2-кесте – Шығарылатын өнімнің сипаттамасы", ""),
              [g(["Показатель", "Высший сорт", "Первый сорт", "Фактически за 2025 г."],
                 ["Көрсеткіш", "Жоғары сұрып", "Бірінші сұрып", "2025 ж. нақты"], []),
               [g("Массовая доля P2O5, %, не менее", "P2O5 массалық үлесі, %, кемінде", ""), "57,0",
                num(56.5, doc.lang), num(p2o5, doc.lang)],
               [g("Массовая доля нерастворимых в воде веществ, %, не более", "Суда ерімейтін заттардың массалық үлесі, %, көп емес", ""),
                num(0.1, doc.lang), num(0.15, doc.lang), num(insol, doc.lang)],
               [g("pH раствора с массовой долей 1 %", "Массалық үлесі 1 % ерітіндінің pH", ""), "9,4–10,0", "9,4–10,0",
                num(round(r.uniform(9.5, 9.9), 1), doc.lang)],
               [g("Белизна, %, не менее", "Ақтығы, %, кемінде", ""), "90", "85", str(white)]], role="other")


# (project, company, place, lat, lon)
VN_PEST = (
    ("Nhà máy sản xuất, gia công thuốc bảo vệ thực vật Tân Đức Xanh", "Công ty TNHH Nông dược Tân Đức Xanh",
     "Lô B7–B8, Khu công nghiệp Tân Đức, xã Đức Hòa Hạ, huyện Đức Hòa, tỉnh Long An", 10.8571, 106.4693),
    ("Nhà máy phối trộn, sang chai thuốc bảo vệ thực vật Mekong Agro", "Công ty Cổ phần Hóa nông Mekong Agro",
     "Lô C3, Khu công nghiệp Tân Đức, xã Hữu Thạnh, huyện Đức Hòa, tỉnh Long An", 10.8512, 106.4618),
)


def _facility_hy2_vi(doc: Doc) -> None:
    r = doc.rng
    project, company, place, lat0, lon0 = doc.pick(VN_PEST)
    msdn = make_msdn(r)
    lat, lon = round(lat0 + r.uniform(-0.002, 0.002), 5), round(lon0 + r.uniform(-0.002, 0.002), 5)
    code = f"{r.randint(1000, 9999)}{r.randint(100000, 999999)}"
    number = r.randint(1200, 3900)
    doc.p("BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG – CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM – Độc lập - Tự do - Hạnh phúc")
    doc.p(f"Số: {number}/QĐ-BTNMT                Hà Nội, ngày {r.randint(2, 27):02d} tháng {r.randint(6, 12):02d} năm 2024")
    doc.h("QUYẾT ĐỊNH Phê duyệt kết quả thẩm định báo cáo đánh giá tác động môi trường của Dự án " + f"“{project}”")
    doc.p(f"Điều 1. Phê duyệt kết quả thẩm định báo cáo đánh giá tác động môi trường của Dự án “{project}” (sau đây gọi là Dự án) "
          f"của {company} (sau đây gọi là Chủ dự án) với các nội dung chính tại Phụ lục ban hành kèm theo Quyết định này.")
    ec, sc, wp, gr = (r.randint(20, 45) * 100 for _ in range(4))
    rows = [["TT", "Nội dung", "Thông tin"],
            ["1", "Thông tin về dự án", None],
            ["1.1", "Tên dự án", project],
            ["1.2", "Địa điểm thực hiện", place],
            ["1.3", "Tọa độ vị trí trung tâm (hệ WGS-84)", f"{num(lat, 'vi')}° vĩ độ Bắc; {num(lon, 'vi')}° kinh độ Đông"],
            ["1.4", "Quy mô, công suất",
             f"Thuốc dạng nhũ dầu (EC): {num(ec, 'vi')} tấn/năm; huyền phù (SC): {num(sc, 'vi')} tấn/năm; bột thấm nước (WP): "
             f"{num(wp, 'vi')} tấn/năm; dạng hạt (GR): {num(gr, 'vi')} tấn/năm"],
            ["1.5", "Loại hình sản xuất", "Sản xuất (gia công, phối trộn, sang chai, đóng gói) thuốc bảo vệ thực vật – loại hình có nguy cơ "
                                          "gây ô nhiễm môi trường (Phụ lục II Nghị định số 08/2022/NĐ-CP)"],
            ["1.6", "Phân loại dự án theo tiêu chí về môi trường", "Dự án đầu tư nhóm I"],
            ["2", "Thông tin về chủ dự án", None],
            ["2.1", "Tên chủ dự án", company],
            ["2.2", "Mã số doanh nghiệp", msdn],
            ["2.3", "Giấy chứng nhận đăng ký đầu tư", f"Mã số dự án {code}, chứng nhận lần đầu ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2023"],
            ["2.4", "Người đại diện theo pháp luật", f"Ông {doc.pick(('Lê Quang Vinh', 'Nguyễn Thành Trung', 'Phạm Đức Hải'))} – Tổng Giám đốc"]]  # fmt: skip
    merges = [(1, 1, 1, 2), (8, 1, 8, 2)]
    doc.table("PHỤ LỤC 1. THÔNG TIN VỀ DỰ ÁN VÀ CHỦ DỰ ÁN", rows, merges, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": project, "category": "I", "lat": lat, "lon": lon})
    doc.p("Điều 2. Chủ dự án có trách nhiệm thực hiện các yêu cầu về bảo vệ môi trường nêu tại Phụ lục 2 và Phụ lục 3 ban hành kèm theo "
          "Quyết định này.")


# ---------------------------------------------------------------- emissions

# (number, RU source, KK source, RU what happened, KK what happened, [(code, (low, high) kg)], (low, high) minutes)
RELEASES = (
    ("0014", "Колонна санитарной абсорбции хлора (абгазы узла сжижения)", "Хлорды санитариялық сіңіру колоннасы (сұйылту торабының абгаздары)",
     "аварийная остановка компрессора хлора, проскок хлора через санитарную колонну при истощении поглотительного раствора",
     "хлор компрессорының апаттық тоқтауы, сіңіргіш ерітінді таусылғанда хлордың санитариялық колонна арқылы өтуі",
     [("0349", (8, 36))], (12, 40)),
    ("6003", "Эстакада хлоропроводов (неорганизованный источник)", "Хлор құбырларының эстакадасы (ұйымдастырылмаған көз)",
     "разгерметизация фланцевого соединения хлоропровода Ду 80 у танка Т-3",
     "Т-3 танкі жанындағы Ду 80 хлор құбырының фланецтік қосылысының тығыздығы бұзылуы", [("0349", (3, 14))], (6, 25)),
    ("0009", "Абсорбционная колонна отделения синтеза соляной кислоты", "Тұз қышқылын синтездеу бөлімшесінің абсорбциялық колоннасы",
     "нарушение соотношения хлор/водород при пуске печи синтеза № 2", "№ 2 синтез пешін іске қосқанда хлор/сутек арақатынасының бұзылуы",
     [("0316", (18, 70)), ("0349", (2, 9))], (15, 45)),
    ("0021", "Выхлопная труба отделения выпарки каустической соды", "Каустикалық соданы буландыру бөлімшесінің шығару құбыры",
     "выброс аэрозоля щелочи при промывке выпарного аппарата II ступени", "II сатылы буландыру аппаратын жуу кезінде сілті аэрозолінің шығуы",
     [("0150", (4, 20))], (20, 60)),
    ("0014", "Колонна санитарной абсорбции хлора (абгазы узла сжижения)", "Хлорды санитариялық сіңіру колоннасы (сұйылту торабының абгаздары)",
     "срабатывание предохранительного клапана танка Т-2 со сбросом на санитарную колонну",
     "Т-2 танкінің сақтандырғыш клапанының іске қосылып, санитариялық колоннаға лақтыруы", [("0349", (5, 22))], (4, 15)),
)  # fmt: skip


def emissions_hy1(doc: Doc) -> None:
    """The section of a chlor-alkali plant's annual report on ПЭК on accidental and volley releases: a row per event with the
    date and time, the duration in minutes, the source's number and name, what happened, the code and the substance, the
    mass released in kilograms and the greatest grams a second; an event giving off two substances with its first cells
    merged over two rows, the same sanitary column in two events, a closing row of the year's kilograms by substance that
    is no item — each row an emission whose tonnes are the event's (VI: the incident section of a caustic plant's annual
    report, chlorine and hydrogen chloride leaks by place, kilograms and g/s, no source numbers)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_hy1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    name = doc.pick(PAVLODAR)[L]
    picked = [e for e in RELEASES if e[0] in ("0009", "0014") or r.random() < 0.7]
    months = sorted(r.sample(range(1, 13), len(picked)))
    doc.h(g(f"Отчет по программе производственного экологического контроля за 2025 год. {name}",
            f"{name}. 2025 жылғы өндірістік экологиялық бақылау бағдарламасы бойынша есеп", ""))
    doc.h(g("3.4. Сведения об аварийных и залповых выбросах", "3.4. Апаттық және залпты шығарындылар туралы мәліметтер", ""))
    doc.p(g(f"Нештатных ситуаций с выбросом загрязняющих веществ сверх установленных нормативов, зарегистрированных в отчетном году, – "
            f"{len(picked)}. О каждой ситуации в течение двух часов сообщено в Департамент экологии по Павлодарской области. Масса выброса "
            "определена расчетом по продолжительности события и расходу газа (по показаниям приборов КИПиА).",
            f"Есепті жылы белгіленген нормативтерден тыс ластаушы заттар шығарылған {len(picked)} штаттан тыс жағдай тіркелді. Әр жағдай "
            "туралы екі сағат ішінде Павлодар облысы бойынша экология департаментіне хабарланды. Шығарынды массасы оқиғаның ұзақтығы "
            "мен газ шығыны бойынша (БӨАжА аспаптарының көрсеткіштері бойынша) есептеумен анықталды.", ""))
    head = g(["№", "Дата, время начала", "Продолжительность, мин", "№ ИЗА", "Источник выброса", "Описание события", "Код ЗВ",
              "Загрязняющее вещество", "Масса выброса, кг", "Максимальный выброс, г/с"],
             ["№", "Басталған күні, уақыты", "Ұзақтығы, мин", "ЛШК №", "Шығарынды көзі", "Оқиғаның сипаттамасы", "ЛЗ коды",
              "Ластаушы зат", "Шығарынды массасы, кг", "Ең жоғары шығарынды, г/с"], [])
    rows, merges = [head], []
    totals: dict[str, float] = {}
    for k, ((number, s_ru, s_kk, w_ru, w_kk, subs, (mlo, mhi)), month) in enumerate(zip(picked, months, strict=True), 1):
        minutes = r.randint(mlo, mhi)
        when = f"{r.randint(1, 28):02d}.{month:02d}.2025 {r.randint(0, 23):02d}:{r.choice(('05', '15', '20', '40', '50'))}"
        start = len(rows)
        for j, (code, (klo, khi)) in enumerate(subs):
            kg = round(r.uniform(klo, khi), 1)
            gs = _sig(kg * 1000 / (minutes * 60), 4)
            lead = [str(k), when, str(minutes), number, (s_ru, s_kk)[L], (w_ru, w_kk)[L]] if j == 0 else [None] * 6
            rows.append([*lead, code, _air(doc, code), num(kg, doc.lang), num(gs, doc.lang)])
            doc.add("emissions", emission(code, gs, _div(kg, 1000, 5), number))
            totals[code] = round(totals.get(code, 0) + kg, 1)
        if len(subs) > 1:
            merges += [(start, c, len(rows) - 1, c) for c in range(6)]
    said = "; ".join(f"{_air(doc, c).split(' (')[0].lower()} – {num(v, doc.lang)} {g('кг', 'кг', '')}" for c, v in sorted(totals.items()))
    _span(rows, merges, g(f"Всего за 2025 год: {said}", f"2025 жылы барлығы: {said}", ""), 10)
    doc.table(g("Таблица 3.4 – Аварийные и залповые выбросы загрязняющих веществ в 2025 году",
                "3.4-кесте – 2025 жылғы ластаушы заттардың апаттық және залпты шығарындылары", ""), rows, merges, role="emissions")
    doc.add("sources", *({"number": n, "type": _kind(n)} for n in dict.fromkeys(e[0] for e in picked)))
    doc.p(g("Нормативные (плановые) выбросы источников приведены в разделе 3.1 и в настоящую таблицу не включены.",
            "Көздердің нормативтік (жоспарлы) шығарындылары 3.1-бөлімде келтірілген және осы кестеге енгізілмеген.", ""))
    maybe_distractor(doc)


# (place, cause, label, code, (low, high) kg, (low, high) minutes, remedy)
VT_LEAKS = (
    ("Khu vực hóa lỏng clo – máy nén clo số 2", "Sự cố dừng máy nén đột ngột, khí clo dư thoát qua tháp hấp thụ sự cố khi dung dịch xút bị bão hòa",
     "Khí clo (Cl2)", "0349", (6, 28), (10, 35), "Bổ sung dung dịch NaOH 18 %, thay bơm tuần hoàn tháp hấp thụ"),
    ("Kho chứa clo lỏng – bồn B-03", "Rò rỉ tại gioăng mặt bích van đầu ra bồn chứa", "Khí clo (Cl2)", "0349", (2, 12), (5, 20),
     "Thay gioăng, kiểm tra toàn bộ mặt bích bằng dung dịch amoniac"),
    ("Xưởng tổng hợp axit HCl – lò tổng hợp số 1", "Mất cân bằng tỷ lệ H2/Cl2 khi khởi động lò", "Hơi axit clohydric (HCl)", "0316", (15, 60),
     (12, 40), "Điều chỉnh lại quy trình khởi động, lắp thêm thiết bị phân tích clo dư"),
    ("Trạm xuất clo lỏng vào bình 1 tấn", "Hở van bình chứa trong lúc nạp", "Khí clo (Cl2)", "0349", (1, 6), (3, 10),
     "Thay van, đào tạo lại công nhân nạp bình"),
)


def _emissions_hy1_vi(doc: Doc) -> None:
    r = doc.rng
    company = doc.pick(("Công ty Cổ phần Hóa chất Sông Lô Việt Trì", "Công ty Cổ phần Xút – Clo Bạch Hạc"))
    leaks = [x for x in VT_LEAKS if x[3] == "0316" or r.random() < 0.8]
    months = sorted(r.sample(range(1, 13), len(leaks)))
    doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – {company.upper()}")
    doc.h("7. Tình hình sự cố môi trường và công tác ứng phó")
    doc.p(f"Trong năm 2025, Công ty xảy ra {len(leaks)} sự cố rò rỉ khí độc ở quy mô cơ sở, đều đã được xử lý kịp thời và báo cáo Sở Nông "
          "nghiệp và Môi trường tỉnh Phú Thọ. Khối lượng phát thải được ước tính theo thời gian rò rỉ và lưu lượng khí qua thiết bị.")
    rows = [["TT", "Thời điểm", "Vị trí xảy ra", "Nguyên nhân", "Chất phát thải", "Thời gian rò rỉ (phút)",
             "Khối lượng phát thải ước tính (kg)", "Tải lượng lớn nhất (g/s)", "Biện pháp khắc phục"]]
    for k, ((place, cause, label, code, (klo, khi), (mlo, mhi), remedy), month) in enumerate(zip(leaks, months, strict=True), 1):
        minutes = r.randint(mlo, mhi)
        kg = round(r.uniform(klo, khi), 1)
        gs = _sig(kg * 1000 / (minutes * 60), 3)
        rows.append([str(k), f"{r.randint(0, 23):02d}h{r.choice(('05', '20', '35', '50'))} ngày {r.randint(1, 28):02d}/{month:02d}/2025", place,
                     cause, label, str(minutes), num(kg, "vi"), num(gs, "vi"), remedy])
        doc.add("emissions", emission(code, gs, _div(kg, 1000, 5)))
    doc.table("Bảng 7.1. Tổng hợp các sự cố rò rỉ khí năm 2025", rows, role="emissions")
    doc.p("Các nguồn thải thường xuyên của Công ty được trình bày tại Mục 3; bảng trên chỉ tổng hợp lượng phát thải do sự cố.")
    maybe_distractor(doc)


# (number, RU shop, KK shop, RU source, KK source, {code: (low, high) g/s}, hours, always?)
PHOSPHORUS = (
    ("0001", "Цех электровозгонки фосфора", "Фосфорды электрлік айдау цехы", "Свеча дожига печного газа, печь РКЗ-80 № 6",
     "№ 6 РКЗ-80 пешінің пеш газын жағу шамшырағы",
     {"0338": (0.4, 2.2), "0342": (0.04, 0.25), "0337": (0.8, 4.5), "0330": (0.2, 1.4), "0301": (0.08, 0.5)}, 8100, True),
    ("0002", "Цех электровозгонки фосфора", "Фосфорды электрлік айдау цехы", "Свеча дожига печного газа, печь РКЗ-80 № 8",
     "№ 8 РКЗ-80 пешінің пеш газын жағу шамшырағы",
     {"0338": (0.4, 2.2), "0342": (0.04, 0.25), "0337": (0.8, 4.5), "0330": (0.2, 1.4), "0301": (0.08, 0.5)}, 7900, False),
    ("0003", "Цех шихтоподготовки", "Шихта дайындау цехы", "Аспирация дробления и грохочения кокса и кварцита (рукавный фильтр ФРИ-360)",
     "Кокс пен кварцитті ұсату және електен өткізу аспирациясы (ФРИ-360 жеңді сүзгісі)", {"2908": (0.3, 1.6)}, 6200, True),
    ("0004", "Цех шихтоподготовки", "Шихта дайындау цехы", "Дымовая труба сушильного барабана кварцита (природный газ)",
     "Кварцит кептіру барабанының түтін мұржасы (табиғи газ)",
     {"0337": (0.1, 0.6), "0301": (0.05, 0.3), "0304": (0.008, 0.05), "2908": (0.2, 0.9)}, 5800, False),
    ("0005", "Отделение приемки и хранения фосфора", "Фосфорды қабылдау және сақтау бөлімшесі", "Вытяжная труба сборников фосфора под водой",
     "Су астындағы фосфор жинағыштарының сору құбыры", {"0315": (0.002, 0.02), "0338": (0.01, 0.08)}, 8760, True),
    ("6001", "Шламовое хозяйство", "Шлам шаруашылығы", "Шламонакопитель фосфорного шлама (открытая поверхность)",
     "Фосфор шламының шлам жинағышы (ашық беті)", {"0315": (0.001, 0.012), "0338": (0.005, 0.04)}, 8760, True),
    ("6002", "Шлаковое хозяйство", "Қож шаруашылығы", "Отвал гранулированного фосфорного шлака",
     "Түйіршіктелген фосфор қожының үйіндісі", {"2908": (0.1, 0.8)}, 8760, False),
)  # fmt: skip
SOLID = ("2908", "0338")


def emissions_hy2(doc: Doc) -> None:
    """A yellow-phosphorus plant's НДВ table as it was pasted from an Excel workbook: `цех | номер ИЗА | источник | код ЗВ |
    наименование ЗВ | класс опасности | г/с | т/год`, the codes of the substances typed as numbers so that their leading
    zeros are gone (`338`, `342`, `315`, `337`, `330`, `301`, `304` beside `2908`), every figure with six fixed decimals,
    the shop merged down and the source's number and name repeated on every row, a total with solid and gaseous subtotals
    (VI: the DAP complex's ĐTM, the stacks with their flow merged down, pollutants written as formulas only, kg/h before g/s
    and tonnes a year, the hours a year only in the note under the table)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_hy2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    name = g("Завод желтого фосфора «Тараз Фосфор»", "«Тараз Фосфор» сары фосфор зауыты", "")
    doc.h(g(f"Проект нормативов допустимых выбросов. {name}. Раздел 3. Нормативы выбросов",
            f"Жол берілетін шығарындылар нормативтерінің жобасы. {name}. 3-бөлім. Шығарындылар нормативтері", ""))
    doc.p(g("Нормативы установлены на 2026–2035 годы на уровне фактических выбросов при работе двух печей РКЗ-80 на номинальной "
            "мощности. Таблица сформирована в ПК «ЭРА» и выгружена в формат MS Excel.",
            "Нормативтер 2026–2035 жылдарға екі РКЗ-80 пешінің номиналды қуатпен жұмыс істеуі кезіндегі нақты шығарындылар деңгейінде "
            "белгіленді. Кесте «ЭРА» БК-де қалыптастырылып, MS Excel форматына түсірілді.", ""))
    head = g(["Производство, цех", "Номер ИЗА", "Наименование источника", "Код ЗВ", "Наименование загрязняющего вещества",
              "Класс опасности", "Выброс, г/с", "Выброс, т/год"],
             ["Өндіріс, цех", "ЛШК нөмірі", "Көздің атауы", "ЛЗ коды", "Ластаушы заттың атауы", "Қауіптілік сыныбы", "Шығарынды, г/с",
              "Шығарынды, т/жыл"], [])
    rows, merges = [head], []
    chosen = [s for s in PHOSPHORUS if s[7] or r.random() < 0.7]
    sums = {"all": [0.0, 0.0], "solid": [0.0, 0.0], "gas": [0.0, 0.0]}
    shop_start, shop = 1, None
    for number, sh_ru, sh_kk, so_ru, so_kk, codes, hours, _ in chosen:
        if (sh_ru, sh_kk)[L] != shop:
            if shop is not None and len(rows) - shop_start > 1:
                merges.append((shop_start, 0, len(rows) - 1, 0))
            shop, shop_start = (sh_ru, sh_kk)[L], len(rows)
        for code, (lo, hi) in codes.items():
            gs = round(r.uniform(lo, hi), 6)
            ty = round(gs * hours * 0.0036 * r.uniform(0.85, 1.0), 4)
            rows.append([shop if len(rows) == shop_start else None, number, (so_ru, so_kk)[L], str(int(code)), _air(doc, code),
                         str(AIR[code][2]), _fixed(gs, 6), _fixed(ty, 4)])
            doc.add("emissions", emission(code, gs, ty, number, AIR[code][2]))
            for key in ("all", "solid" if code in SOLID else "gas"):
                sums[key][0] += gs
                sums[key][1] += ty
    if len(rows) - shop_start > 1:
        merges.append((shop_start, 0, len(rows) - 1, 0))
    for key, label in (("all", g("Всего по предприятию", "Кәсіпорын бойынша барлығы", "")),
                       ("solid", g("в том числе твердые", "оның ішінде қатты", "")),
                       ("gas", g("газообразные и жидкие", "газ тәрізді және сұйық", ""))):
        rows.append([label, None, None, None, None, None, _fixed(sums[key][0], 6), _fixed(sums[key][1], 4)])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 5))
    doc.table(g("Таблица 3.1 – Нормативы выбросов загрязняющих веществ в атмосферу по источникам",
                "3.1-кесте – Көздер бойынша атмосфераға ластаушы заттар шығарындыларының нормативтері", ""), rows, merges, role="emissions")
    doc.add("sources", *({"number": s[0], "type": _kind(s[0])} for s in chosen))
    doc.p(g("Примечание: фосфорный ангидрид учтен в составе твердых веществ (аэрозоль).",
            "Ескертпе: фосфорлы ангидрид қатты заттар құрамында (аэрозоль) ескерілді.", ""))
    maybe_distractor(doc)


# (stack, (low, high) Nm3/h, [(label, code, (low, high) mg/Nm3)])
DAP_STACKS = (
    ("Ống khói xưởng axit sunfuric (H = 80 m)", (90000, 110000), [("SO2", "0330", (250, 450)), ("H2SO4", "0322", (15, 40))]),
    ("Ống khói xưởng axit photphoric (H = 40 m)", (60000, 80000), [("HF", "0342", (2, 8))]),
    ("Ống khói tháp tạo hạt DAP số 1 (H = 55 m)", (250000, 320000), [("Bụi tổng", "2902", (40, 120)), ("NH3", "0303", (15, 40)),
                                                                    ("HF", "0342", (1, 5))]),
    ("Ống khói tháp tạo hạt DAP số 2 (H = 55 m)", (250000, 320000), [("Bụi tổng", "2902", (40, 120)), ("NH3", "0303", (15, 40)),
                                                                    ("HF", "0342", (1, 5))]),
    ("Ống khói lò hơi đốt than phụ trợ (H = 60 m)", (40000, 60000), [("Bụi tổng", "2902", (80, 160)), ("SO2", "0330", (300, 480)),
                                                                     ("NOx (tính theo NO2)", "0301", (250, 500))]),
)


def _emissions_hy2_vi(doc: Doc) -> None:
    r = doc.rng
    hours = 7920
    doc.h("BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG DỰ ÁN NÂNG CÔNG SUẤT TỔ HỢP HÓA CHẤT DAP ĐÌNH VŨ XANH")
    doc.h("3.2.1.1. Tác động do bụi, khí thải từ các ống khói")
    doc.p("Nồng độ sau xử lý lấy theo số liệu quan trắc định kỳ năm 2024 của các dây chuyền hiện hữu; lưu lượng theo thiết kế nâng công suất.")
    rows = [["TT", "Nguồn thải", "Lưu lượng (Nm3/h)", "Chất ô nhiễm", "Nồng độ (mg/Nm3)", "Tải lượng (kg/h)", "Tải lượng (g/s)",
             "Tải lượng (tấn/năm)"]]
    merges = []
    stacks = [s for s in DAP_STACKS if not s[0].startswith("Ống khói lò hơi") or r.random() < 0.7]
    for k, (stack, (flo, fhi), items) in enumerate(stacks, 1):
        flow = r.randint(flo // 1000, fhi // 1000) * 1000
        start = len(rows)
        for j, (label, code, (clo, chi)) in enumerate(items):
            conc = _sig(r.uniform(clo, chi), 3)
            kgh = _sig(conc * flow / 1e6, 3)
            gs = _sig(kgh / 3.6, 3)
            ty = _sig(kgh * hours / 1000, 4)
            lead = [str(k), stack, num(flow, "vi")] if j == 0 else [None] * 3
            rows.append([*lead, label, num(conc, "vi"), num(kgh, "vi"), num(gs, "vi"), num(ty, "vi")])
            doc.add("emissions", emission(code, gs, ty))
        if len(items) > 1:
            merges += [(start, c, len(rows) - 1, c) for c in range(3)]
    doc.table("Bảng 3.12. Tải lượng các chất ô nhiễm trong khí thải sau xử lý của Tổ hợp (giai đoạn vận hành)", rows, merges,
              role="emissions")
    doc.p(f"Ghi chú: thời gian vận hành {num(hours, 'vi')} giờ/năm; tải lượng (tấn/năm) = tải lượng (kg/h) × {num(hours, 'vi')} / 1.000.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

# place: (RU, KK)
CHROME_PLACES = {
    "P1": ("Крытая площадка шламов № 2 (бетонное покрытие, 420 м²)", "№ 2 жабық шлам алаңы (бетон жабын, 420 м²)"),
    "P2": ("Открытая площадка огнеупоров и металлолома (асфальт, 180 м²)", "Отқа төзімді материалдар мен металл сынықтарының ашық алаңы (асфальт, 180 м²)"),
    "P3": ("Склад тары и отработанных материалов (крытый, 96 м²)", "Ыдыс пен пайдаланылған материалдар қоймасы (жабық, 96 м²)"),
    "P4": ("Склад ГСМ: металлические емкости 2 × 5 м³", "ЖЖМ қоймасы: 2 × 5 м³ металл сыйымдылықтар"),
    "P5": ("Контейнерная площадка у АБК (6 контейнеров по 1,1 м³)", "ӘТК жанындағы контейнер алаңы (әрқайсысы 1,1 м³ 6 контейнер)"),
}
# (code, hazardous properties or None, RU, KK, place, (low, high) t/year, always?)
CHROME_WASTES = (
    ("06 05 02*", "HP 6, HP 7, HP 14", "Шлам станции нейтрализации хромсодержащих сточных вод",
     "Құрамында хром бар ағынды суларды бейтараптандыру станциясының шламы", "P1", (900, 2400), True),
    ("06 03 15*", "HP 7, HP 14", "Пыль газоочистки печей окислительного обжига, не возвращаемая в процесс",
     "Процеске қайтарылмайтын тотықтырып күйдіру пештерінің газ тазарту шаңы", "P1", (150, 600), False),
    ("16 11 05*", "HP 7, HP 14", "Отработанная футеровка вращающихся печей (хромомагнезитовый кирпич)",
     "Айналмалы пештердің пайдаланылған футеровкасы (хромомагнезит кірпіш)", "P2", (80, 260), True),
    ("17 04 05", None, "Лом черных металлов", "Қара металл сынықтары", "P2", (40, 120), False),
    ("16 01 03", None, "Изношенные шины", "Тозған шиналар", "P2", (3, 9), False),
    ("15 01 10*", "HP 6, HP 14", "Мешки и биг-бэги из-под хромовой руды и соды", "Хром кені мен сода қаптары және биг-бэгтер", "P3", (20, 60), True),
    ("15 02 02*", "HP 7, HP 14", "Отработанные рукавные фильтры газоочистки", "Газ тазартудың пайдаланылған жеңді сүзгілері", "P3", (3, 12), False),
    ("20 01 21*", "HP 6", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", "P3", (0.1, 0.5), False),
    ("13 02 05*", "HP 14", "Отработанные моторные и трансмиссионные масла", "Пайдаланылған мотор және трансмиссиялық майлар", "P4", (2, 8), True),
    ("20 03 01", None, "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", "P5", (30, 70), True),
)  # fmt: skip


def wastes_hy1(doc: Doc) -> None:
    """A КЭР annex of the accumulation limits of a chromium compounds plant: `№ | код | наименование | место накопления |
    наибольшее количество единовременного накопления, т | предельный срок накопления | лимит накопления, т/год`, the
    place of accumulation merged down over its wastes, the hazardous properties `(HP 6, HP 7, HP 14)` on a second line of
    the code's cell, the one-time quantity — a third to a half of the year's — before the term and the limit a year, which
    alone is the amount, a total of the limits (VI: a caustic plant's GPMT annex, the CTNH's kilograms a year beside the
    most kept in the store at once, the ordinary wastes in tonnes in a second table of the same shape)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_hy1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    operator = g("ТОО «Ақтөбе Хром Қосылыстары»", "«Ақтөбе Хром Қосылыстары» ЖШС", "")
    doc.h(g(f"Приложение 3 к комплексному экологическому разрешению {operator}. Лимиты накопления отходов на 2026–2035 годы",
            f"{operator} кешенді экологиялық рұқсатына 3-қосымша. 2026–2035 жылдарға арналған қалдықтарды жинақтау лимиттері", ""))
    doc.p(g("Объект: завод хромовых соединений, г. Актобе. Шлам хроматный отвальный размещается на собственном шламонакопителе и "
            "нормируется лимитами захоронения (приложение 4); в настоящее приложение не включен.",
            "Объект: хром қосылыстары зауыты, Ақтөбе қ. Үйіндідегі хроматты шлам өз шлам жинағышында орналастырылады және көму "
            "лимиттерімен нормаланады (4-қосымша); осы қосымшаға енгізілмеген.", ""))
    head = g(["№", "Код отхода", "Наименование отхода", "Место накопления", "Наибольшее количество единовременного накопления, т",
              "Предельный срок накопления", "Лимит накопления, т/год"],
             ["№", "Қалдық коды", "Қалдықтың атауы", "Жинақтау орны", "Бір мезгілде жинақтаудың ең көп мөлшері, т",
              "Жинақтаудың шекті мерзімі", "Жинақтау лимиті, т/жыл"], [])
    rows, merges = [head], []
    picked = [w for w in CHROME_WASTES if w[6] or r.random() < 0.75]
    limits = []
    place, start = None, 1
    for k, (code, hp, n_ru, n_kk, pl, (lo, hi), _) in enumerate(picked, 1):
        t = _sig(r.uniform(lo, hi), 3)
        if pl == "P5":
            once, term = _sig(t * 3 / 365, 2), g("3 суток", "3 тәулік", "")
        else:
            once, term = _sig(t * r.uniform(0.3, 0.5), 2), g("6 месяцев", "6 ай", "")
        if pl != place:
            if place is not None and len(rows) - start > 1:
                merges.append((start, 3, len(rows) - 1, 3))
            place, start = pl, len(rows)
        name = (n_ru, n_kk)[L]
        code_cell = f"{code}\n({hp})" if hp else code
        rows.append([str(k), code_cell, name, CHROME_PLACES[pl][L] if len(rows) == start else None, num(once, doc.lang), term,
                     num(t, doc.lang)])
        limits.append(t)
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t, "name_contains": _words(name, 2)})
    if len(rows) - start > 1:
        merges.append((start, 3, len(rows) - 1, 3))
    rows.append(["", "", g("Итого", "Барлығы", ""), "", "", "", num(round(sum(limits), 3), doc.lang)])
    doc.table(g("Таблица 1", "1-кесте", ""), rows, merges, role="wastes")
    doc.p(g("HP – опасные свойства отходов по Классификатору отходов (HP 6 – острая токсичность, HP 7 – канцерогенность, HP 14 – "
            "экотоксичность).",
            "HP – Қалдықтар сыныптауышы бойынша қалдықтардың қауіпті қасиеттері (HP 6 – жедел уыттылық, HP 7 – канцерогендік, HP 14 – "
            "экоуыттылық).", ""))
    maybe_distractor(doc)


# (name, code, state, (low, high) kg/year)
VT_CTNH = (
    ("Bùn thải có các thành phần nguy hại từ quá trình xử lý nước thải công nghiệp", "12 06 05", "Bùn", (8000, 24000)),
    ("Vải lọc, vật liệu lọc thải nhiễm các thành phần nguy hại (vải lọc nước muối, màng lọc)", "18 02 01", "Rắn", (600, 1800)),
    ("Bao bì cứng thải bằng nhựa (can đựng axit HCl, NaClO)", "18 01 03", "Rắn", (400, 1200)),
    ("Bao bì cứng thải bằng kim loại (thùng phuy đựng hóa chất)", "18 01 02", "Rắn", (300, 900)),
    ("Dầu động cơ, hộp số và bôi trơn tổng hợp thải", "17 02 03", "Lỏng", (200, 700)),
    ("Bóng đèn huỳnh quang và các loại thủy tinh hoạt tính thải", "16 01 06", "Rắn", (20, 80)),
    ("Pin, ắc quy chì thải", "19 06 01", "Rắn", (50, 300)),
)
VT_ORDINARY = (
    ("Bùn muối (bã lọc nước muối thô)", (600, 1500)),
    ("Cặn lắng từ hệ thống xử lý nước cấp", (80, 200)),
    ("Bao bì giấy, nhựa không nhiễm thành phần nguy hại", (10, 40)),
    ("Sắt thép phế liệu", (20, 60)),
)


def _wastes_hy1_vi(doc: Doc) -> None:
    r = doc.rng
    company = doc.pick(("Công ty Cổ phần Hóa chất Sông Lô Việt Trì", "Công ty Cổ phần Xút – Clo Bạch Hạc"))
    doc.h(f"GIẤY PHÉP MÔI TRƯỜNG – {company.upper()}")
    doc.h("Phụ lục 3. Yêu cầu về quản lý chất thải, phòng ngừa và ứng phó sự cố môi trường")
    doc.p("A. Quản lý chất thải. 1. Chủng loại, khối lượng chất thải phát sinh. 1.1. Khối lượng, chủng loại chất thải nguy hại phát sinh "
          "thường xuyên; chất thải được lưu giữ tại kho CTNH diện tích 120 m2, khối lượng lưu giữ tại một thời điểm không vượt quá giá trị "
          "nêu dưới đây:")
    rows = [["TT", "Tên chất thải", "Mã CTNH", "Trạng thái tồn tại", "Khối lượng phát sinh (kg/năm)", "Khối lượng lưu giữ tối đa tại kho (kg)"]]
    for k, (name, code, state, (lo, hi)) in enumerate(VT_CTNH, 1):
        kg = r.randint(lo // 10, hi // 10) * 10
        keep = max(10, round(kg * r.uniform(0.2, 0.5) / 10) * 10)
        rows.append([str(k), name, code, state, num(kg, "vi"), num(keep, "vi")])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000, "name_contains": _words(name, 4)})
    doc.table("Bảng 3.1. Chất thải nguy hại", rows, role="wastes")
    doc.p("1.2. Khối lượng, chủng loại chất thải rắn công nghiệp thông thường phát sinh:")
    rows = [["TT", "Tên chất thải", "Khối lượng phát sinh (tấn/năm)", "Khối lượng lưu giữ tối đa (tấn)"]]
    for k, (name, (lo, hi)) in enumerate(VT_ORDINARY, 1):
        t = float(r.randint(lo, hi))
        rows.append([str(k), name, num(t, "vi"), num(max(1.0, round(t * r.uniform(0.05, 0.15))), "vi")])
        doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": _words(name, 3)})
    doc.table("Bảng 3.2. Chất thải rắn công nghiệp thông thường", rows, role="wastes")
    maybe_distractor(doc)


# (RU object, KK object, RU operator, KK operator, sludge code)
SMELTERS = (
    ("Сернокислотный цех медеплавильного завода «Балқаш Мыс»", "«Балқаш Мыс» мыс балқыту зауытының күкірт қышқылы цехы",
     "ТОО «Балқаш Мыс Металлургия»", "«Балқаш Мыс Металлургия» ЖШС", "10 06 07*"),
    ("Сернокислотный цех цинкового завода «Өскемен Мырыш»", "«Өскемен Мырыш» мырыш зауытының күкірт қышқылы цехы",
     "ТОО «Өскемен Мырыш Металлургия»", "«Өскемен Мырыш Металлургия» ЖШС", "10 05 06*"),
)
# period: (RU, KK, multiplier giving the amount a year)
PERIODS = {
    "4y": ("1 раз в 4 года", "4 жылда 1 рет", Decimal(1) / Decimal(4)),
    "1y": ("ежегодно (при ревизии)", "жыл сайын (тексеру кезінде)", Decimal(1)),
    "1m": ("ежемесячно", "ай сайын", Decimal(12)),
    "6y": ("1 раз в 6 лет (капитальный ремонт)", "6 жылда 1 рет (күрделі жөндеу)", Decimal(1) / Decimal(6)),
    "3y": ("1 раз в 3 года", "3 жылда 1 рет", Decimal(1) / Decimal(3)),
    "2y": ("1 раз в 2 года", "2 жылда 1 рет", Decimal(1) / Decimal(2)),
    "2/y": ("2 раза в год", "жылына 2 рет", Decimal(2)),
}
# (code or None for the smelter's sludge code, RU, KK, RU source, KK source, (low, high) t a cycle, period, RU handling, KK handling)
ACID_WASTES = (
    ("16 08 02*", "Отработанный ванадиевый катализатор (I и II слои контактных аппаратов)",
     "Пайдаланылған ванадий катализаторы (жанасу аппараттарының I және II қабаттары)", "контактные аппараты КА-1, КА-2 (перегрузка)",
     "КА-1, КА-2 жанасу аппараттары (қайта тиеу)", (36, 64), "4y", "возврат изготовителю на регенерацию", "қалпына келтіруге дайындаушыға қайтару"),
    ("16 08 02*", "Мелочь ванадиевого катализатора после рассева", "Електен кейінгі ванадий катализаторының ұсағы",
     "рассев катализатора при ревизии КА", "КА тексеру кезінде катализаторды електен өткізу", (2, 5), "1y",
     "передача специализированной организации", "мамандандырылған ұйымға беру"),
    (None, "Шлам (кек) промывного отделения, содержит мышьяк и свинец", "Жуу бөлімшесінің шламы (кегі), құрамында күшән мен қорғасын бар",
     "промывные башни, мокрые электрофильтры, фильтр-пресс", "жуу мұнаралары, дымқыл электрсүзгілер, сүзгі-пресс", (14, 30), "1m",
     "возврат в металлургический передел (шихта)", "металлургиялық қайта өңдеуге қайтару (шихта)"),
    ("16 11 05*", "Отработанная кислотоупорная футеровка башен (кирпич, плитка)", "Мұнаралардың пайдаланылған қышқылға төзімді футеровкасы (кірпіш, тақтайша)",
     "сушильная и моногидратная башни", "кептіру және моногидратты мұнаралар", (60, 120), "6y", "захоронение на полигоне промышленных отходов",
     "өнеркәсіптік қалдықтар полигонында көму"),
    ("16 11 06", "Отработанная керамическая насадка (кольца Рашига)", "Пайдаланылған керамикалық саптама (Рашиг сақиналары)",
     "сушильная и абсорбционные башни", "кептіру және сіңіру мұнаралары", (12, 30), "3y", "захоронение на полигоне промышленных отходов",
     "өнеркәсіптік қалдықтар полигонында көму"),
    ("15 02 02*", "Отработанные волокнистые фильтрующие элементы брызгоуловителей", "Тамшы ұстағыштардың пайдаланылған талшықты сүзгі элементтері",
     "брызгоуловители моногидратного абсорбера", "моногидратты абсорбердің тамшы ұстағыштары", (1.2, 3.0), "2y",
     "передача специализированной организации", "мамандандырылған ұйымға беру"),
    ("13 02 05*", "Отработанные масла газодувок", "Газ үрлегіштердің пайдаланылған майлары", "газодувки ТВ-450 (2 шт.)",
     "ТВ-450 газ үрлегіштері (2 дана)", (1.5, 4.0), "2/y", "передача на регенерацию", "регенерацияға беру"),
)  # fmt: skip


def wastes_hy2(doc: Doc) -> None:
    """The waste section of a ПЭК programme of a smelter's sulphuric-acid shop whose wastes form periodically: `код |
    наименование | источник образования | количество за один цикл, т | периодичность образования | среднегодовое количество,
    т/год | обращение`, the vanadium catalyst reloaded once in four years, the linings once in six, the sludge of the washing
    section every month, oils twice a year — the quantity of one cycle and the interval before the average a year, which
    alone is the amount — the same code on the spent catalyst and on its fines, a total of the averages (VI: a urea plant's
    wastes of its turnaround every three years and of ordinary months, kilograms each time, the cycle and the kilograms a
    year, the spent catalysts taken back by their supplier named only in the text)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_hy2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    o_ru, o_kk, op_ru, op_kk, sludge = doc.pick(SMELTERS)
    doc.h(g(f"Программа производственного экологического контроля {op_ru}. {o_ru}. Раздел 6. Отходы производства",
            f"{op_kk}. {o_kk}. Өндірістік экологиялық бақылау бағдарламасы. 6-бөлім. Өндіріс қалдықтары", ""))
    doc.p(g("Сернокислотный цех перерабатывает отходящие газы металлургического производства методом двойного контактирования и "
            "двойной абсорбции. Большая часть отходов цеха образуется периодически, при ремонтах и перегрузках катализатора; они учтены "
            "по среднегодовому количеству – количеству за цикл, отнесенному к межремонтному периоду.",
            "Күкірт қышқылы цехы металлургиялық өндірістің шығатын газдарын қос жанастыру және қос сіңіру әдісімен өңдейді. Цех "
            "қалдықтарының басым бөлігі мерзімді түрде, жөндеу және катализаторды қайта тиеу кезінде түзіледі; олар жылдық орташа мөлшер "
            "бойынша – циклдегі мөлшерді жөндеу аралық кезеңге бөлу арқылы ескерілді.", ""))
    head = g(["№", "Код", "Наименование отхода", "Источник образования", "Количество за один цикл образования, т",
              "Периодичность образования", "Среднегодовое количество, т/год", "Обращение"],
             ["№", "Коды", "Қалдықтың атауы", "Түзілу көзі", "Бір түзілу циклындағы мөлшері, т", "Түзілу кезеңділігі",
              "Жылдық орташа мөлшері, т/жыл", "Жұмыс істеу"], [])
    rows = [head]
    picked = [w for w in ACID_WASTES if w[6] in ("4y", "1y", "1m", "6y") or r.random() < 0.8]
    avgs = []
    for k, (code, n_ru, n_kk, s_ru, s_kk, (lo, hi), period, h_ru, h_kk) in enumerate(picked, 1):
        code = code or sludge
        cycle = round(r.uniform(lo, hi), 1)
        per_ru, per_kk, mult = PERIODS[period]
        avg = float(round(Decimal(repr(cycle)) * mult, 3))
        name = (n_ru, n_kk)[L]
        rows.append([str(k), code, name, (s_ru, s_kk)[L], num(cycle, doc.lang), (per_ru, per_kk)[L], num(avg, doc.lang), (h_ru, h_kk)[L]])
        avgs.append(avg)
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": avg, "name_contains": _words(name, 2)})
    rows.append(["", "", g("Итого (среднегодовое)", "Барлығы (жылдық орташа)", ""), "", "", "", num(round(sum(avgs), 3), doc.lang), ""])
    doc.table(g("Таблица 6.1 – Отходы сернокислотного цеха", "6.1-кесте – Күкірт қышқылы цехының қалдықтары", ""), rows, role="wastes")
    maybe_distractor(doc)


# (name, code or None, (low, high) kg each time in units of the divisor, cycle, multiplier as (numerator, denominator))
UREA_WASTES = (
    ("Dầu máy nén khí CO2 và dầu tuabin thải", "17 02 03", (1500, 3000), "02 năm/lần", (1, 2)),
    ("Chất hấp thụ, vật liệu lọc, giẻ lau thải nhiễm dầu", "18 02 01", (400, 850), "Mỗi đợt bảo dưỡng tổng thể (03 năm/lần)", (1, 3)),
    ("Bùn thải có các thành phần nguy hại từ quá trình xử lý nước thải công nghiệp", "12 06 05", (600, 1500), "Hằng tháng", (12, 1)),
    ("Bóng đèn huỳnh quang thải", "16 01 06", (40, 120), "01 năm/lần", (1, 1)),
    ("Ắc quy chì thải (hệ thống UPS)", "19 06 01", (160, 320), "05 năm/lần", (1, 5)),
    ("Bao bì cứng thải bằng kim loại (thùng phuy đựng dầu, hóa chất)", "18 01 02", (150, 400), "06 tháng/lần", (2, 1)),
    ("Bông khoáng, vật liệu cách nhiệt thải", None, (2500, 5000), "Mỗi đợt bảo dưỡng tổng thể (03 năm/lần)", (1, 3)),
    ("Gạch chịu lửa thải từ lò reforming sơ cấp", None, (3500, 7500), "06 năm/lần", (1, 6)),
)


def _wastes_hy2_vi(doc: Doc) -> None:
    r = doc.rng
    plant = doc.pick(("Nhà máy Đạm Phú Mỹ Xanh", "Nhà máy Đạm Tân Thành"))
    doc.h(f"KẾ HOẠCH QUẢN LÝ CHẤT THẢI NĂM 2026 – {plant.upper()}")
    doc.p("Năm 2026 Nhà máy dừng máy bảo dưỡng tổng thể (BDTT) 35 ngày theo chu kỳ 03 năm/lần. Chất thải phát sinh không thường xuyên được "
          "quy đổi về khối lượng trung bình năm. Chất xúc tác thải (xúc tác reforming Ni, xúc tác chuyển hóa CO, xúc tác tổng hợp "
          "amoniac) được nhà cung cấp thu hồi ngay khi tháo dỡ theo hợp đồng, không lưu giữ tại Nhà máy nên không đưa vào bảng dưới.")
    rows = [["TT", "Tên chất thải", "Mã CTNH", "Khối lượng mỗi lần phát sinh (kg)", "Chu kỳ phát sinh", "Khối lượng trung bình năm (kg/năm)"]]
    for k, (name, code, (lo, hi), cycle, (a, b)) in enumerate(UREA_WASTES, 1):
        kg = r.randint(lo // 10, hi // 10) * 10 * b
        year = kg * a // b
        rows.append([str(k), name, code or "-", num(kg, "vi"), cycle, num(year, "vi")])
        if code:
            doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": year / 1000,
                               "name_contains": _words(name, 4)})
        else:
            doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": year / 1000, "name_contains": _words(name, 3)})
    doc.table("Bảng 2. Chất thải phát sinh định kỳ và trong đợt bảo dưỡng tổng thể", rows, role="wastes")
    doc.p("Ghi chú: “-” – chất thải rắn công nghiệp thông thường, không có mã CTNH.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

# (code, formula, ПДК м.р., (low, high) mg/m3, detection limit or None)
P_AIR = (("0338", "P2O5", 0.15, (0.01, 0.12), None), ("0342", "HF", 0.02, (0.002, 0.009), None),
         ("0315", "PH3", 0.01, (0.001, 0.008), 0.001), ("0330", "SO2", 0.5, (0.02, 0.2), None), ("0337", "CO", 5, (0.6, 3.2), None))
P_POINTS = (("Т-1", "граница СЗЗ, север (1000 м)", "СҚА шекарасы, солтүстік (1000 м)"),
            ("Т-2", "граница СЗЗ, восток (1000 м)", "СҚА шекарасы, шығыс (1000 м)"),
            ("Т-3", "граница СЗЗ, юг (1000 м)", "СҚА шекарасы, оңтүстік (1000 м)"),
            ("Т-4", "граница СЗЗ, запад (1000 м)", "СҚА шекарасы, батыс (1000 м)"),
            ("Ж-1", "жилой массив Өркен (2,3 км)", "Өркен тұрғын алабы (2,3 км)"))


def limits_hy1(doc: Doc) -> None:
    """A yellow-phosphorus plant's quarterly report on ПЭК, the air at the protection zone's boundary and in the nearest
    houses: the points as rows, each merged down over its two sampling dates, the substances as columns headed by their
    formula and code (`P2O5 (0338)`), the ПДК м.р. on a row under the header, and a last column of the summation group of
    sulphur dioxide and gaseous fluorides in shares of the ПДК with its `1,0` that gives no item, phosphine below detection
    written `< 0,001` (VI: the DAP complex's ambient air, temperature, humidity and wind columns of no limit, the two
    standards' one-hour values — QCVN 05:2023/BTNMT and QCVN 06:2009/BTNMT — on two rows under the header, µg/m3)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_hy1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    doc.h(g("Отчет по программе производственного экологического контроля за III квартал 2025 года. Завод желтого фосфора «Тараз Фосфор»",
            "«Тараз Фосфор» сары фосфор зауыты. 2025 жылғы III тоқсандағы өндірістік экологиялық бақылау бағдарламасы бойынша есеп", ""))
    doc.h(g("4. Мониторинг воздействия на атмосферный воздух", "4. Атмосфералық ауаға әсер мониторингі", ""))
    doc.p(g("Отбор проб выполнен аккредитованной лабораторией при работе двух печей на номинальной нагрузке, с подветренной стороны. "
            "Концентрации приведены в мг/м³, группа суммации – в долях ПДК (Σ Ci/ПДКi).",
            "Сынамаларды аккредиттелген зертхана екі пеш номиналды жүктемемен жұмыс істеген кезде ық жағынан алды. Концентрациялар мг/м³, "
            "жиынтық топ – ШЖК үлесімен (Σ Ci/ШЖКi) келтірілген.", ""))
    head = [g("Точка наблюдения", "Бақылау нүктесі", ""), g("Дата отбора", "Алынған күні", "")] + [f"{f} ({c})" for c, f, *_ in P_AIR]
    head.append(g("SO2 + HF (группа суммации), доли ПДК", "SO2 + HF (жиынтық тобы), ШЖК үлесі", ""))
    pdk_row = [g("ПДК м.р., мг/м³", "ШЖК м.б., мг/м³", ""), None] + [num(p, doc.lang) for _, _, p, _, _ in P_AIR] + ["1,0"]
    rows, merges = [head, pdk_row], [(1, 0, 1, 1)]
    dates = [f"{r.randint(8, 20):02d}.07.2025", f"{r.randint(8, 20):02d}.09.2025"]
    for pid, p_ru, p_kk in P_POINTS:
        start = len(rows)
        for date in dates:
            line = [f"{pid} – {(p_ru, p_kk)[L]}" if len(rows) == start else None, date]
            shares = 0.0
            for code, _, pdk, (lo, hi), det in P_AIR:
                if det and r.random() < 0.4:
                    line.append(f"< {num(det, doc.lang)}")
                    add(doc, {k: v for k, v in limit(("code", code), "air", pdk, "mg/m3", None, pid).items() if k != "value"})
                    continue
                v = _sig(r.uniform(lo, hi), 2)
                line.append(num(v, doc.lang))
                add(doc, limit(("code", code), "air", pdk, "mg/m3", None, pid, v))
                if code in ("0330", "0342"):
                    shares += v / pdk
            line.append(num(round(shares, 2), doc.lang))
            rows.append(line)
        merges.append((start, 0, len(rows) - 1, 0))
    doc.table(g("Таблица 4.1 – Результаты наблюдений за качеством атмосферного воздуха",
                "4.1-кесте – Атмосфералық ауа сапасын бақылау нәтижелері", ""), rows, merges, role="limits")
    doc.p(g("«<» – ниже нижнего предела диапазона измерений методики. Превышений ПДК и единицы по группе суммации не выявлено.",
            "«<» – әдістеменің өлшеу ауқымының төменгі шегінен төмен. ШЖК мен жиынтық тобы бойынша бірліктің асуы анықталған жоқ.", ""))
    maybe_distractor(doc)


# (code, label, QCVN 05 value, QCVN 06 value, (low, high) µg/m3)
DAP_AIR = (("2902", "Tổng bụi lơ lửng (TSP)", 300, None, (60, 220)), ("0330", "SO2", 350, None, (20, 140)),
           ("0301", "NO2", 200, None, (15, 90)), ("0303", "NH3", None, 200, (10, 120)))
DAP_POINTS = (("KK1", "Cổng chính Tổ hợp"), ("KK2", "Khu dân cư phường Đông Hải 2, cách 1,5 km theo hướng gió chủ đạo"),
              ("KK3", "Cạnh bãi thải gyps, phía Tây Nam"))


def _limits_hy1_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("BÁO CÁO KẾT QUẢ QUAN TRẮC MÔI TRƯỜNG ĐỊNH KỲ ĐỢT 3 NĂM 2025 – TỔ HỢP HÓA CHẤT DAP ĐÌNH VŨ XANH")
    doc.p("Không khí xung quanh được lấy mẫu trung bình 1 giờ, 02 ngày liên tiếp tại mỗi vị trí; đơn vị của các thông số ô nhiễm là µg/m3.")
    head = ["Vị trí quan trắc", "Ngày lấy mẫu", "Nhiệt độ (°C)", "Độ ẩm (%)", "Tốc độ gió (m/s)"] + [f"{lab} (µg/m3)" for _, lab, *_ in DAP_AIR]
    q05 = ["QCVN 05:2023/BTNMT (trung bình 1 giờ)", None, "-", "-", "-"] + [num(a, "vi") if a else "-" for _, _, a, _, _ in DAP_AIR]
    q06 = ["QCVN 06:2009/BTNMT (trung bình 1 giờ)", None, "-", "-", "-"] + [num(b, "vi") if b else "-" for _, _, _, b, _ in DAP_AIR]
    rows, merges = [head, q05, q06], [(1, 0, 1, 1), (2, 0, 2, 1)]
    days = r.randint(5, 20)
    for pid, place in DAP_POINTS:
        start = len(rows)
        for d in (days, days + 1):
            line = [f"{pid} – {place}" if len(rows) == start else None, f"{d:02d}/09/2025", num(round(r.uniform(27, 33), 1), "vi"),
                    str(r.randint(62, 85)), num(round(r.uniform(0.8, 3.6), 1), "vi")]
            for code, _, a, b, (lo, hi) in DAP_AIR:
                v = float(r.randint(lo, hi))
                line.append(num(v, "vi"))
                add(doc, limit(("code", code), "air", a or b, "µg/m3", None, pid, v))
            rows.append(line)
        merges.append((start, 0, len(rows) - 1, 0))
    doc.table("Bảng 2. Kết quả quan trắc không khí xung quanh", rows, merges, role="limits")
    doc.p("Nhận xét: các thông số quan trắc đều nằm trong giới hạn cho phép của QCVN 05:2023/BTNMT và QCVN 06:2009/BTNMT.")
    maybe_distractor(doc)


# (symbol, RU, KK, ДК (a tuple for a range), (low, high), detection limit or None)
SEWER = (
    ("pH", "Водородный показатель (pH)", "Сутегі көрсеткіші (pH)", (6.5, 9.0), (7.1, 8.9), None),
    ("TSS", "Взвешенные вещества", "Қалқыма заттар", 300, (60, 260), None),
    ("PO4", "Фосфаты (по PO4)", "Фосфаттар (PO4 бойынша)", 12, (2.5, 11.5), None),
    ("SO4", "Сульфаты", "Сульфаттар", 500, (120, 430), None),
    ("Cl-", "Хлориды", "Хлоридтер", 350, (60, 300), None),
    ("F-", "Фториды", "Фторидтер", 1.5, (0.2, 1.4), 0.1),
    ("NH4+", "Аммоний-ион", "Аммоний-ион", 25, (1.2, 18), None),
    ("TDS", "Сухой остаток", "Құрғақ қалдық", 1500, (600, 1400), None),
)


def _dk(doc: Doc, name: str, dk) -> str:
    """A parameter's cell with its allowed concentration written one of three ways."""
    g = doc.v
    if isinstance(dk, tuple):
        lo, hi = (num(x, doc.lang) for x in dk)
        return doc.pick((g(f"{name} – ДК {lo}–{hi}", f"{name} – ДК {lo}–{hi}", ""),
                         g(f"{name} (ДК от {lo} до {hi})", f"{name} (ДК {lo}-ден {hi}-ға дейін)", "")))
    v = num(dk, doc.lang)
    return doc.pick((g(f"{name}, мг/дм³ (ДК не более {v})", f"{name}, мг/дм³ (ДК {v} артық емес)", ""),
                     g(f"{name}, мг/дм³ – ДК ≤ {v}", f"{name}, мг/дм³ – ДК ≤ {v}", ""),
                     g(f"{name} (ДК {v} мг/дм³)", f"{name} (ДК {v} мг/дм³)", "")))


def limits_hy2(doc: Doc) -> None:
    """A sodium tripolyphosphate plant's protocol of its waste water at the control well of its outlet to the city sewer:
    the well merged down the first column, each parameter's allowed concentration by the utility's conditions of acceptance
    written inside its name cell one of three ways (`Фосфаты, мг/дм³ – ДК ≤ 12`, `Сульфаты, мг/дм³ (ДК не более 500)`,
    `Водородный показатель (pH) – ДК 6,5–9,0`), no column of limits, the four quarters' results as columns headed by their
    dates, fluorides below detection written `< 0,1` (VI: a pesticide formulation plant's outlet to the park's sewer,
    QCVN 40:2011/BTNMT column B inside the name cells, organochlorine and organophosphorus pesticide residues with no key of
    their own, `KPH`)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_hy2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    plant = doc.pick(STPP)
    name = plant[L]
    well = g("КК-1 (выпуск в городскую канализацию)", "КК-1 (қалалық кәрізге шығару)", "")
    doc.h(g(f"Протокол результатов контроля сточных вод за 2025 год. {name}", f"{name}. 2025 жылғы ағынды суларды бақылау нәтижелерінің хаттамасы", ""))
    doc.p(g("Сточные воды завода (производственные после нейтрализации и хозяйственно-бытовые) отводятся в городскую канализацию по "
            "договору с водоканалом. Допустимые концентрации (ДК) приняты по условиям приема сточных вод абонента.",
            "Зауыттың ағынды сулары (бейтараптандырудан кейінгі өндірістік және шаруашылық-тұрмыстық) су арнасымен шарт бойынша қалалық "
            "кәрізге бұрылады. Жол берілетін концентрациялар (ДК) абоненттің ағынды суларын қабылдау шарттары бойынша қабылданды.", ""))
    dates = [f"{r.randint(5, 25):02d}.{m:02d}.2025" for m in (2, 5, 8, 11)]
    quarters = g(("I кв.", "II кв.", "III кв.", "IV кв."), ("I тоқс.", "II тоқс.", "III тоқс.", "IV тоқс."), ())
    rows = [[g("Точка отбора", "Сынама алу нүктесі", ""), g("Показатель и допустимая концентрация по условиям приема",
                                                             "Көрсеткіш және қабылдау шарттары бойынша жол берілетін концентрация", "")]
            + [f"{q} ({d})" for q, d in zip(quarters, dates, strict=True)]]
    keys = [p for p in SEWER if p[0] in ("pH", "TSS", "PO4", "F-") or r.random() < 0.75]
    below = False
    for k, (s, n_ru, n_kk, dk, (lo, hi), det) in enumerate(keys):
        line = [well if k == 0 else None, _dk(doc, (n_ru, n_kk)[L], dk)]
        for _ in dates:
            if det and r.random() < 0.3:
                below = True
                line.append(f"< {num(det, doc.lang)}")
                add(doc, {x: v for x, v in limit(("symbol", s), "waste_water", dk, "mg/l", None, "КК-1").items() if x != "value"})
                continue
            v = round(r.uniform(lo, hi), 1) if s == "pH" else _sig(r.uniform(lo, hi), 3)
            line.append(num(v, doc.lang))
            add(doc, limit(("symbol", s), "waste_water", dk, "mg/l", None, "КК-1", v))
        rows.append(line)
    merges = [(1, 0, len(rows) - 1, 0)]
    doc.table(g("Таблица 2 – Результаты анализов проб сточных вод", "2-кесте – Ағынды сулар сынамаларын талдау нәтижелері", ""), rows,
              merges, role="limits")
    note = g("Пробы отобраны совместно с представителем водоканала.", "Сынамалар су арнасының өкілімен бірге алынды.", "")
    if below:
        note = g("«<» – ниже предела обнаружения методики. ", "«<» – әдістеменің анықтау шегінен төмен. ", "") + note
    doc.p(note)
    maybe_distractor(doc)


# (symbol or None, label, limit of column B (a tuple for a range), unit as the contract writes it, unit as written, (low, high),
#  share of KPH)
PEST_WW = (
    ("pH", "pH", (5.5, 9), None, "-", (6.4, 8.2), 0),
    ("TSS", "Tổng chất rắn lơ lửng (TSS)", 100, "mg/l", "mg/L", (12, 80), 0),
    ("COD", "COD", 150, "mg/l", "mg/L", (30, 140), 0),
    ("BOD5", "BOD5 (20 °C)", 50, "mg/l", "mg/L", (8, 45), 0),
    ("NH4+", "Amoni (tính theo N)", 10, "mg/l", "mg/L", (0.5, 8), 0),
    ("TN", "Tổng nitơ", 40, "mg/l", "mg/L", (4, 30), 0),
    ("TP", "Tổng phốt pho (tính theo P)", 6, "mg/l", "mg/L", (0.3, 4), 0),
    (None, "Tổng hóa chất bảo vệ thực vật clo hữu cơ", 0.1, "mg/l", "mg/L", (0.002, 0.02), 0.7),
    (None, "Tổng hóa chất bảo vệ thực vật phốt pho hữu cơ", 1, "mg/l", "mg/L", (0.01, 0.3), 0.4),
    ("Coliform", "Tổng Coliforms", 5000, "MPN/100ml", "MPN/100mL", (430, 4300), 0),
)


def _limits_hy2_vi(doc: Doc) -> None:
    r = doc.rng
    project = doc.pick(VN_PEST)[0]
    doc.h(f"BÁO CÁO KẾT QUẢ QUAN TRẮC NƯỚC THẢI NĂM 2025 – {project.upper()}")
    doc.p("Vị trí lấy mẫu NT1 – hố ga sau hệ thống xử lý nước thải của Nhà máy, trước khi đấu nối vào hệ thống thu gom nước thải của KCN "
          "Tân Đức. Giá trị giới hạn theo QCVN 40:2011/BTNMT, cột B (theo thỏa thuận đấu nối với chủ đầu tư hạ tầng KCN), ghi trong "
          "ngoặc sau tên thông số.")
    days = [f"{r.randint(5, 25):02d}/{m:02d}/2025" for m in (3, 6, 9, 12)]
    rows = [["TT", "Thông số (giá trị tối đa cho phép)", "Đơn vị", *(f"Đợt {k} ({d})" for k, d in enumerate(days, 1))]]
    kph = False
    for k, (s, label, lim, unit, shown, (lo, hi), share) in enumerate(PEST_WW, 1):
        lim_txt = f"{num(lim[0], 'vi')} – {num(lim[1], 'vi')}" if isinstance(lim, tuple) else num(lim, "vi")
        line = [str(k), f"{label} (≤ {lim_txt})" if not isinstance(lim, tuple) else f"{label} ({lim_txt})", shown]
        for _ in days:
            if share and r.random() < share:
                kph = True
                line.append("KPH")
                item = {"medium": "waste_water", "unit": unit, "column": "B", "point": "NT1", "limit": float(lim), "limit_min": None,
                        "limit_max": None}
                if s:
                    item["symbol"] = s
                add(doc, item)
                continue
            if s == "pH":
                v = round(r.uniform(lo, hi), 1)
            elif s == "Coliform":
                v = float(r.choice((430, 930, 1500, 2400, 4300)))
            else:
                v = _sig(r.uniform(lo, hi), 3)
            line.append(num(v, "vi"))
            if s:
                add(doc, limit(("symbol", s), "waste_water", lim, unit, "B", "NT1", v))
            else:
                add(doc, {"medium": "waste_water", "unit": unit, "column": "B", "point": "NT1", "limit": float(lim), "limit_min": None,
                          "limit_max": None, "value": v})
        rows.append(line)
    doc.table("Bảng 4.3. Kết quả phân tích nước thải sau xử lý tại NT1", rows, role="limits")
    if kph:
        doc.p("Ghi chú: KPH – không phát hiện (nhỏ hơn giới hạn phát hiện của phương pháp).")
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring

# RU / KK names of the keys the programmes below name
KEYS = {
    ("code", "0349"): ("хлор", "хлор"), ("code", "0316"): ("гидрохлорид", "гидрохлорид"), ("code", "0330"): ("сера диоксид", "күкірт диоксиді"),
    ("code", "0301"): ("азота диоксид", "азот диоксиді"), ("code", "0337"): ("углерод оксид", "көміртек оксиді"),
    ("code", "0304"): ("азот (II) оксид", "азот оксиді"), ("code", "0303"): ("аммиак", "аммиак"),
    ("code", "0305"): ("аммиачная селитра", "аммиак селитрасы"), ("code", "0302"): ("азотная кислота", "азот қышқылы"),
    ("symbol", "Hg"): ("ртуть", "сынап"), ("symbol", "Cl-"): ("хлориды", "хлоридтер"), ("symbol", "TDS"): ("сухой остаток", "құрғақ қалдық"),
    ("symbol", "pH"): ("pH", "pH"), ("symbol", "NH4+"): ("аммоний-ион", "аммоний-ион"), ("symbol", "NO3-"): ("нитраты", "нитраттар"),
}  # fmt: skip
# (RU component, KK component, [(RU point, KK point, points, keys, frequency or None, RU said, KK said, RU who, KK who, duty?)])
IMPACT = (
    ("Атмосферный воздух", "Атмосфералық ауа", [
        ("Т-1, Т-2, Т-3, Т-4 – граница СЗЗ (1000 м) по румбам С, В, Ю, З", "Т-1, Т-2, Т-3, Т-4 – СҚА шекарасы (1000 м), С, Ш, О, Б румбтары",
         ("Т-1", "Т-2", "Т-3", "Т-4"), (("code", "0349"), ("code", "0316")), "quarterly", None, None,
         "аккредитованная лаборатория (по договору)", "аккредиттелген зертхана (шарт бойынша)", True),
        ("Ж-1 – жилая застройка по ул. Камзина (1,8 км)", "Ж-1 – Қамзин к. бойындағы тұрғын үйлер (1,8 км)", ("Ж-1",),
         (("code", "0349"), ("code", "0316")), "monthly", None, None, "ЦЗЛ предприятия", "кәсіпорынның орталық зауыт зертханасы", True),
        ("ПНЗ № 2 РГП «Казгидромет» (ручной отбор)", "«Қазгидромет» РМК № 2 ЛББ (қолмен алу)", ("ПНЗ-2",),
         (("code", "0349"), ("code", "0316"), ("code", "0330"), ("code", "0301")), None, "3 раза в сутки", "тәулігіне 3 рет",
         "РГП «Казгидромет»; предприятие использует данные ежемесячного бюллетеня",
         "«Қазгидромет» РМК; кәсіпорын ай сайынғы бюллетень деректерін пайдаланады", False),
        ("Автоматический пост № 5 РГП «Казгидромет»", "«Қазгидромет» РМК № 5 автоматты бекеті", ("ПНЗ-5",),
         (("code", "0330"), ("code", "0301"), ("code", "0337")), None, "непрерывно", "үздіксіз",
         "РГП «Казгидромет»; данные используются при оценке фона", "«Қазгидромет» РМК; деректер фонды бағалауда пайдаланылады", False)]),
    ("Подземные воды", "Жерасты сулары", [
        ("Н-1, Н-2, Н-3 – наблюдательные скважины у старого шламонакопителя ртутьсодержащих шламов",
         "Н-1, Н-2, Н-3 – құрамында сынап бар шламдардың ескі шлам жинағышы жанындағы бақылау ұңғымалары", ("Н-1", "Н-2", "Н-3"),
         (("symbol", "Hg"), ("symbol", "Cl-"), ("symbol", "TDS"), ("symbol", "pH")), "semiannual", None, None, "ЦЗЛ предприятия",
         "кәсіпорынның орталық зауыт зертханасы", True),
        ("Н-4 – фоновая скважина (выше по потоку)", "Н-4 – фондық ұңғыма (ағыстан жоғары)", ("Н-4",), (("symbol", "Hg"), ("symbol", "Cl-")),
         "yearly", None, None, "ЦЗЛ предприятия", "кәсіпорынның орталық зауыт зертханасы", True)]),
    ("Поверхностные воды", "Жерүсті сулары", [
        ("р. Иртыш – створы 0,5 км выше и 0,5 км ниже г. Павлодар", "Ертіс өз. – Павлодар қ. 0,5 км жоғары және 0,5 км төмен тұстамалар", (),
         (("symbol", "Hg"), ("symbol", "Cl-"), ("symbol", "NH4+")), None, "ежемесячно", "ай сайын",
         "РГП «Казгидромет» (гидрохимические посты); используются данные бюллетеня",
         "«Қазгидромет» РМК (гидрохимиялық бекеттер); бюллетень деректері пайдаланылады", False)]),
    ("Почвы", "Топырақ", [
        ("П-1, П-2 – граница СЗЗ, северо-восточное направление", "П-1, П-2 – СҚА шекарасы, солтүстік-шығыс бағыт", ("П-1", "П-2"),
         (("symbol", "Hg"),), "yearly", None, None, "аккредитованная лаборатория (по договору)", "аккредиттелген зертхана (шарт бойынша)", True)]),
)  # fmt: skip


def monitoring_hy1(doc: Doc) -> None:
    """A Pavlodar chlor-alkali plant's ПЭК programme of impact monitoring, `компонент | пункт наблюдения | показатели |
    периодичность | выполняет`, the component merged down, whose rows mix the operator's own points — the protection zone's
    boundary, the houses, the wells of the old store of mercury sludges, the soil — with the posts and river sections of
    the state network whose bulletins it only uses (`РГП «Казгидромет»; предприятие использует данные бюллетеня`), which
    are no duty of the operator though they carry substances and frequencies, several points in one cell (VI: the DAP
    complex's GPMT programme with periodic and automatic stack monitoring, the waste water sent to the park's central plant
    and monitored there by the park's company — no duty — and the gypsum stack's wells)."""
    if doc.lang == "vi":
        _monitoring_hy1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    name = doc.pick(PAVLODAR)[L]
    doc.h(g(f"Программа производственного экологического контроля на 2026–2028 годы. {name}",
            f"{name}. 2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.h(g("5. Мониторинг воздействия", "5. Әсер мониторингі", ""))
    doc.p(g("Для оценки фонового загрязнения и влияния предприятия на город используются также данные наблюдений государственной сети "
            "РГП «Казгидромет», которые предприятием не выполняются и в затраты программы не включены.",
            "Фондық ластануды және кәсіпорынның қалаға әсерін бағалау үшін «Қазгидромет» РМК мемлекеттік желісінің бақылау деректері де "
            "пайдаланылады, оларды кәсіпорын орындамайды және бағдарлама шығындарына енгізілмеген.", ""))
    rows = [g(["Компонент среды", "Пункт наблюдения", "Контролируемые показатели", "Периодичность", "Выполняет"],
              ["Орта компоненті", "Бақылау пункті", "Бақыланатын көрсеткіштер", "Кезеңділігі", "Орындайды"], [])]
    merges = []
    for c_ru, c_kk, items in IMPACT:
        start = len(rows)
        for p_ru, p_kk, points, keys, word, s_ru, s_kk, w_ru, w_kk, duty in items:
            said = (s_ru, s_kk)[L] if s_ru else _often(doc, word)
            names = ", ".join(KEYS[k][L] for k in keys)
            rows.append([(c_ru, c_kk)[L] if len(rows) == start else None, (p_ru, p_kk)[L], names, said, (w_ru, w_kk)[L]])
            if duty:
                doc.add("monitoring", *({"point": p, kind: key, "frequency": word} for p in points for kind, key in keys))
        if len(rows) - start > 1:
            merges.append((start, 0, len(rows) - 1, 0))
    doc.table(g("Таблица 5.1 – План-график мониторинга воздействия", "5.1-кесте – Әсер мониторингінің жоспар-кестесі", ""), rows, merges,
              role="monitoring")
    doc.p(g("Ртуть в подземных водах определяется атомно-абсорбционным методом «холодного пара»; пробы почвы отбираются с глубины 0–5 см.",
            "Жерасты суларындағы сынап «суық бу» атомдық-абсорбциялық әдісімен анықталады; топырақ сынамалары 0–5 см тереңдіктен алынады.", ""))
    maybe_distractor(doc)


# (group, [(point cell, points, [(kind, key, label) or (None, None, label)], frequency or None, note)])
DAP_PROGRAMME = (
    ("1. Quan trắc khí thải định kỳ", [
        ("KT1 – Ống khói xưởng axit sunfuric", ("KT1",), ((None, None, "Lưu lượng"), ("code", "0330", "SO2"), ("code", "0322", "H2SO4")),
         "quarterly", "QCVN 19:2009/BTNMT cột B"),
        ("KT2 – Ống khói xưởng axit photphoric", ("KT2",), ((None, None, "Lưu lượng"), ("code", "0342", "HF")), "quarterly",
         "QCVN 19:2009/BTNMT cột B"),
        ("KT3, KT4 – Ống khói tháp tạo hạt DAP số 1, số 2", ("KT3", "KT4"),
         ((None, None, "Lưu lượng"), ("code", "2902", "Bụi tổng"), ("code", "0303", "NH3"), ("code", "0342", "HF")), "quarterly",
         "QCVN 19:2009/BTNMT cột B")]),
    ("2. Quan trắc khí thải tự động, liên tục", [
        ("KT1 – Ống khói xưởng axit sunfuric", ("KT1",), ((None, None, "Lưu lượng"), (None, None, "Nhiệt độ"), ("code", "0330", "SO2"),
                                                         (None, None, "O2 dư")), "continuous", "Truyền dữ liệu về Sở Nông nghiệp và Môi trường"),
        ("KT3, KT4 – Ống khói tháp tạo hạt DAP số 1, số 2", ("KT3", "KT4"), ((None, None, "Lưu lượng"), ("code", "2902", "Bụi tổng")),
         "continuous", "Truyền dữ liệu về Sở Nông nghiệp và Môi trường")]),
    ("3. Nước thải", [
        ("Nước thải sau xử lý sơ bộ đấu nối về Nhà máy xử lý nước thải tập trung KCN Đình Vũ", (),
         ((None, None, "pH, COD, TSS, amoni, florua, phosphat"),), None,
         "Không thuộc đối tượng quan trắc định kỳ; quan trắc tự động tại cửa xả chung do Công ty cổ phần đầu tư hạ tầng KCN thực hiện")]),
    ("4. Nước dưới đất (theo cam kết tại báo cáo ĐTM)", [
        ("NN1, NN2, NN3 – Giếng quan trắc quanh bãi thải gyps", ("NN1", "NN2", "NN3"),
         (("symbol", "pH", "pH"), ("symbol", "F-", "Florua (F-)"), ("symbol", "PO4", "Phosphat (PO4 3-)"), ("symbol", "SO4", "Sunfat (SO4 2-)")),
         "semiannual", "QCVN 09:2023/BTNMT")]),
)


def _monitoring_hy1_vi(doc: Doc) -> None:
    doc.h("GIẤY PHÉP MÔI TRƯỜNG – TỔ HỢP HÓA CHẤT DAP ĐÌNH VŨ XANH")
    doc.h("Phụ lục 4. Chương trình quan trắc môi trường trong quá trình hoạt động")
    doc.p("Nước thải của Tổ hợp sau xử lý sơ bộ được đấu nối vào hệ thống thu gom của KCN Đình Vũ; việc quan trắc tại cửa xả ra môi trường "
          "do chủ đầu tư hạ tầng KCN thực hiện theo giấy phép môi trường của KCN.")
    rows = [["TT", "Vị trí quan trắc", "Thông số", "Tần suất", "Ghi chú"]]
    merges = []
    k = 0
    for group, items in DAP_PROGRAMME:
        _span(rows, merges, group, 5)
        for cell, points, params, word, note in items:
            k += 1
            rows.append([str(k), cell, ", ".join(p[2] for p in params), freq(doc, word) if word else "-", note])
            if word:
                doc.add("monitoring", *({"point": p, kind: key, "frequency": word} for p in points for kind, key, _ in params if kind))
    doc.table("Bảng PL4.1. Vị trí, thông số và tần suất quan trắc", rows, merges, role="monitoring")
    maybe_distractor(doc, 0.5)


AN_SOURCES = (("0001", "Выхлопная труба агрегата УКЛ-7 № 1", "№ 1 УКЛ-7 агрегатының шығару құбыры"),
              ("0002", "Выхлопная труба агрегата УКЛ-7 № 2", "№ 2 УКЛ-7 агрегатының шығару құбыры"),
              ("0003", "Грануляционная башня", "Түйіршіктеу мұнарасы"),
              ("0004", "Выпарная станция аммиачной селитры", "Аммиак селитрасын буландыру станциясы"),
              ("0005", "Аспирация узла фасовки аммиачной селитры", "Аммиак селитрасын қаптау торабының аспирациясы"),
              ("0006", "Дыхательные клапаны склада азотной кислоты", "Азот қышқылы қоймасының тыныс алу клапандары"))
# (RU method, KK method, keys, sources, points, RU points said, KK points said, frequency, RU performer, KK performer)
AN_METHODS = (
    ("Электрохимический метод, переносной газоанализатор «Testo 350» (МВИ KZ.07.00.01872-2019)",
     "Электрохимиялық әдіс, «Testo 350» тасымалы газталдағышы (KZ.07.00.01872-2019 ӨӘН)",
     (("code", "0301"), ("code", "0304"), ("code", "0337")), ("0001", "0002"), (), None, None, "monthly", "ЦЗЛ", "ОЗЗ"),
    ("Хемилюминесцентный метод, автоматизированная система мониторинга (АСМ)", "Хемилюминесценттік әдіс, автоматтандырылған мониторинг жүйесі (АМЖ)",
     (("code", "0301"), ("code", "0304")), ("0001", "0002"), (), None, None, "continuous", "служба КИПиА", "БӨАжА қызметі"),
    ("Фотометрический метод с реактивом Несслера (МВИ KZ.07.00.02214-2020)", "Несслер реактивімен фотометриялық әдіс (KZ.07.00.02214-2020 ӨӘН)",
     (("code", "0303"),), ("0001", "0002", "0003", "0004"), (), None, None, "quarterly", "аккредитованная лаборатория",
     "аккредиттелген зертхана"),
    ("Гравиметрический метод с фотометрическим определением нитрат-иона (МВИ KZ.07.00.02390-2021)",
     "Нитрат-ионды фотометриялық анықтайтын гравиметриялық әдіс (KZ.07.00.02390-2021 ӨӘН)", (("code", "0305"),), ("0003", "0005"), (),
     None, None, "quarterly", "аккредитованная лаборатория", "аккредиттелген зертхана"),
    ("Титриметрический метод (кислотно-основное титрование)", "Титриметриялық әдіс (қышқыл-негіздік титрлеу)", (("code", "0302"),),
     ("0006",), (), None, None, "semiannual", "ЦЗЛ", "ОЗЗ"),
    ("РД 52.04.186-89, фотометрия (атмосферный воздух)", "РД 52.04.186-89, фотометрия (атмосфералық ауа)", (("code", "0303"), ("code", "0301")),
     (), ("Т-1", "Т-2", "Т-3", "Т-4"), "Т-1, Т-2, Т-3, Т-4 (граница СЗЗ)", "Т-1, Т-2, Т-3, Т-4 (СҚА шекарасы)", "monthly",
     "аккредитованная лаборатория", "аккредиттелген зертхана"),
    ("ПНД Ф 14.1:2.1-95 (аммоний), ПНД Ф 14.1:2:4.4-95 (нитраты)", "ПНД Ф 14.1:2.1-95 (аммоний), ПНД Ф 14.1:2:4.4-95 (нитраттар)",
     (("symbol", "NH4+"), ("symbol", "NO3-")), (), ("К-1", "Н-1", "Н-2"),
     "К-1 (выпуск в пруд-испаритель), Н-1, Н-2 (наблюдательные скважины)", "К-1 (булану тоғанына шығару), Н-1, Н-2 (бақылау ұңғымалары)",
     "quarterly", "ЦЗЛ", "ОЗЗ"),
)  # fmt: skip


def _key_label(doc: Doc, kind: str, key: str) -> str:
    name = KEYS[(kind, key)][_L(doc)]
    return f"{name} ({key})" if kind == "code" else name


def monitoring_hy2(doc: Doc) -> None:
    """An ammonium-nitrate plant's analytical laboratory plan laid out by the method of measurement: each row a method —
    a portable electrochemical analyser, the automated system's chemiluminescence analyser, photometry with Nessler's
    reagent, gravimetry with nitrate photometry, titration, the methods for ambient air and for water — with the substances
    it gives, the sources and points where it is used and how often, so that nitrogen dioxide at the same two stacks is
    measured once a month by one method and continuously by another, the sources listed in a table of their own before it
    (VI: the DAP complex's plan by US EPA and SMEWW methods, the points' legend in a table of no role)."""
    if doc.lang == "vi":
        _monitoring_hy2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    name = g("Завод аммиачной селитры «Ақтөбе Азот»", "«Ақтөбе Азот» аммиак селитрасы зауыты", "")
    doc.h(g(f"План-график аналитического контроля на 2026 год (раздел «Охрана окружающей среды»). {name}",
            f"{name}. 2026 жылға арналған аналитикалық бақылаудың жоспар-кестесі («Қоршаған ортаны қорғау» бөлімі)", ""))
    doc.p(g("Актюбинская область, Алгинский район. Производство: азотная кислота (2 агрегата УКЛ-7), аммиачная селитра (грануляционная "
            "башня). План составлен по методам измерений, закрепленным в области аккредитации лабораторий.",
            "Ақтөбе облысы, Алға ауданы. Өндіріс: азот қышқылы (2 УКЛ-7 агрегаты), аммиак селитрасы (түйіршіктеу мұнарасы). Жоспар "
            "зертханалардың аккредиттеу саласында бекітілген өлшеу әдістері бойынша жасалды.", ""))
    rows = [g(["№ ИЗА", "Наименование источника выброса", "Тип"], ["ЛШК №", "Шығарынды көзінің атауы", "Түрі"], [])]
    for number, n_ru, n_kk in AN_SOURCES:
        rows.append([number, (n_ru, n_kk)[L], g("организованный", "ұйымдастырылған", "")])
    doc.table(g("Таблица 1 – Источники выбросов, охваченные контролем", "1-кесте – Бақылаумен қамтылған шығарынды көздері", ""), rows,
              role="sources")
    doc.add("sources", *({"number": n, "type": "organized"} for n, _, _ in AN_SOURCES))
    rows = [g(["№", "Метод (методика) измерений", "Определяемые показатели", "Места отбора проб", "Периодичность", "Исполнитель"],
              ["№", "Өлшеу әдісі (әдістемесі)", "Анықталатын көрсеткіштер", "Сынама алу орындары", "Кезеңділігі", "Орындаушы"], [])]
    pairs = []
    for k, (m_ru, m_kk, keys, sources, points, p_ru, p_kk, word, w_ru, w_kk) in enumerate(AN_METHODS, 1):
        where = (p_ru, p_kk)[L] if points else g("ИЗА ", "ЛШК ", "") + ", ".join(sources)
        rows.append([str(k), (m_ru, m_kk)[L], ", ".join(_key_label(doc, kind, key) for kind, key in keys), where, _often(doc, word),
                     (w_ru, w_kk)[L]])
        doc.add("monitoring", *({"source_number": s, kind: key, "frequency": word} for s in sources for kind, key in keys))
        doc.add("monitoring", *({"point": p, kind: key, "frequency": word} for p in points for kind, key in keys))
        pairs += [(s, key) for s in sources for _, key in keys]
    doc.table(g("Таблица 2 – План-график аналитического контроля по методам измерений",
                "2-кесте – Өлшеу әдістері бойынша аналитикалық бақылаудың жоспар-кестесі", ""), rows, role="monitoring")
    doc.add("emissions", *(emission(c, None, None, s) for s, c in dict.fromkeys(pairs)))
    maybe_distractor(doc)


# (method, [(kind, key, label)], points, frequency)
DAP_METHODS = (
    ("US EPA Method 6C (phân tích bằng thiết bị)", (("code", "0330", "SO2"),), ("KT1", "KT5"), "quarterly"),
    ("US EPA Method 8", (("code", "0322", "H2SO4"),), ("KT1",), "quarterly"),
    ("US EPA Method 26A", (("code", "0342", "HF"),), ("KT2", "KT3", "KT4"), "quarterly"),
    ("US EPA Method 5", (("code", "2902", "Bụi tổng"),), ("KT3", "KT4", "KT5"), "quarterly"),
    ("US EPA CTM-027", (("code", "0303", "NH3"),), ("KT3", "KT4"), "quarterly"),
    ("US EPA Method 7E", (("code", "0301", "NOx (tính theo NO2)"),), ("KT5",), "quarterly"),
    ("SMEWW 4500-F-.B&D:2017", (("symbol", "F-", "Florua (F-)"),), ("NN1", "NN2", "NN3"), "semiannual"),
    ("SMEWW 4500-P.B&E:2017", (("symbol", "PO4", "Phosphat (PO4 3-)"),), ("NN1", "NN2", "NN3"), "semiannual"),
)
DAP_PLACES = (("KT1", "Ống khói xưởng axit sunfuric"), ("KT2", "Ống khói xưởng axit photphoric"), ("KT3", "Ống khói tháp tạo hạt DAP số 1"),
              ("KT4", "Ống khói tháp tạo hạt DAP số 2"), ("KT5", "Ống khói lò hơi đốt than phụ trợ"),
              ("NN1, NN2, NN3", "Giếng quan trắc nước dưới đất quanh bãi thải gyps"))


def _monitoring_hy2_vi(doc: Doc) -> None:
    doc.h("KẾ HOẠCH QUAN TRẮC ĐỊNH KỲ NĂM 2026 THEO PHƯƠNG PHÁP PHÂN TÍCH – TỔ HỢP HÓA CHẤT DAP ĐÌNH VŨ XANH")
    doc.p("Kế hoạch do Phòng An toàn – Môi trường lập để ký hợp đồng với đơn vị quan trắc có chứng nhận VIMCERTS; mỗi phương pháp chỉ "
          "được thực hiện bởi phòng thí nghiệm có phạm vi chứng nhận tương ứng.")
    doc.table("Bảng 1. Ký hiệu vị trí quan trắc", [["Ký hiệu", "Vị trí"], *[list(x) for x in DAP_PLACES]], role="other")
    rows = [["TT", "Phương pháp lấy mẫu, phân tích", "Thông số", "Vị trí áp dụng", "Tần suất"]]
    for k, (method, keys, points, word) in enumerate(DAP_METHODS, 1):
        rows.append([str(k), method, ", ".join(x[2] for x in keys), ", ".join(points), freq(doc, word)])
        doc.add("monitoring", *({"point": p, kind: key, "frequency": word} for p in points for kind, key, _ in keys))
    doc.table("Bảng 2. Kế hoạch quan trắc theo phương pháp", rows, role="monitoring")
    maybe_distractor(doc, 0.5)


# ---------------------------------------------------------------- inspections

BOX, NONE = "☐", "—"
# (RU object, KK object, RU what, KK what, shifts with a box, RU note, KK note, frequency or None)
SHIFT_CHECKS = (
    ("Танки жидкого хлора Т-1 – Т-4", "Т-1 – Т-4 сұйық хлор танктері", "отсутствие пропусков хлора (по запаху, индикаторной бумагой), давление в танках",
     "хлордың өтіп кетуінің болмауы (иіс бойынша, индикатор қағазбен), танктердегі қысым", (1, 1, 1), "", "", None),
    ("Колонна санитарной абсорбции хлора", "Хлорды санитариялық сіңіру колоннасы", "концентрация NaOH в поглотительном растворе, работа циркуляционного насоса",
     "сіңіргіш ерітіндідегі NaOH концентрациясы, айналым сорғысының жұмысы", (1, 1, 1), "", "", None),
    ("Газоанализаторы-сигнализаторы хлора (6 шт.)", "Хлордың газталдағыш-дабылдағыштары (6 дана)",
     "исправность, срабатывания за прошедшие сутки, запись в журнал", "жарамдылығы, өткен тәуліктегі іске қосылулар, журналға жазу", (1, 0, 0),
     "в начале I смены", "I ауысымның басында", "daily"),
    ("Нейтрализатор сливной эстакады (щелочная ловушка)", "Құю эстакадасының бейтараптандырғышы (сілтілі ұстағыш)", "уровень и концентрация щелочи",
     "сілтінің деңгейі мен концентрациясы", (0, 1, 0), "", "", "daily"),
    ("Поддон и приямок танкового склада", "Танк қоймасының табаны мен шұңқыры", "отсутствие проливов, уровень в приямке, исправность насоса откачки",
     "төгілулердің болмауы, шұңқырдағы деңгей, айдау сорғысының жарамдылығы", (1, 0, 0), "по понедельникам", "дүйсенбі күндері", "weekly"),
    ("Площадка временного накопления отходов отделения", "Бөлімшенің қалдықтарды уақытша жинақтау алаңы",
     "маркировка и целостность тары, сроки накопления (ртутные лампы, тара из-под реагентов)",
     "ыдыстың таңбалануы мен бүтіндігі, жинақтау мерзімдері (сынап шамдары, реагент ыдысы)", (1, 0, 0), "1-го числа каждого месяца",
     "әр айдың 1-күні", "monthly"),
    ("Вентиляционная установка В-3 отделения (ИЗА 0012)", "Бөлімшенің В-3 желдету қондырғысы (ЛШК 0012)",
     "работа вентилятора, отсутствие запаха хлора у выхлопной трубы", "желдеткіштің жұмысы, шығару құбыры жанында хлор иісінің болмауы", (1, 1, 1),
     "", "", None),
)  # fmt: skip
VT_SHIFT = (
    ("Bồn chứa clo lỏng B-01 ÷ B-04", "Rò rỉ clo (kiểm tra bằng dung dịch amoniac), áp suất bồn", (1, 1, 1), "", None),
    ("Tháp hấp thụ sự cố", "Nồng độ NaOH trong dung dịch hấp thụ, hoạt động của bơm tuần hoàn", (1, 1, 1), "", None),
    ("Thiết bị báo rò rỉ clo (06 đầu dò)", "Tình trạng hoạt động, cảnh báo ghi nhận trong 24 giờ qua", (1, 0, 0), "Đầu ca 1", "daily"),
    ("Rãnh thu và hố gom khu bồn chứa", "Không có tràn đổ, mực nước trong hố gom", (1, 0, 0), "Thứ Hai hằng tuần", "weekly"),
    ("Khu lưu giữ tạm thời chất thải nguy hại của xưởng", "Nhãn, bao bì, thời gian lưu giữ", (1, 0, 0), "Ngày 01 hằng tháng", "monthly"),
    ("Quạt hút và ống thải khu điện phân", "Quạt hoạt động, không có mùi clo tại miệng ống thải", (1, 1, 1), "", None),
)


def inspections_hy1(doc: Doc) -> None:
    """The printed shift log of a chlor-alkali plant's chlorine liquefaction and store (form ЖС-07), its section of checks on
    the round: what is checked as rows and the three shifts as columns with a box `☐` where the check falls due and `—`
    where it does not — boxes in all three shifts a check every shift, which is no frequency of the contract, one box a
    daily check, a box with the note `по понедельникам` a weekly one and `1-го числа каждого месяца` a monthly one — the
    operator who checks named only in the form's title (VI: a caustic plant's `sổ giao ca` of its electrolysis shop,
    `Ca 1 | Ca 2 | Ca 3`, `Thứ Hai hằng tuần`)."""
    i = 2 if doc.lang == "vi" else _L(doc)
    g = doc.v
    if doc.lang == "vi":
        doc.h("SỔ GIAO CA CỦA CÔNG NHÂN VẬN HÀNH – XƯỞNG ĐIỆN PHÂN (MẪU SGC-03)")
        doc.p("Phần 2. Kiểm tra bảo vệ môi trường khi đi tuần. Công nhân vận hành nhận ca đánh dấu “✓” vào ô “☐” của ca mình sau khi kiểm "
              "tra; ô “—” là không phải kiểm tra trong ca đó. Phát hiện bất thường phải ghi vào cột Ghi chú và báo ngay Trưởng ca.")
        rows = [["TT", "Hạng mục", "Nội dung kiểm tra", "Ca 1 (06h–14h)", "Ca 2 (14h–22h)", "Ca 3 (22h–06h)", "Ghi chú"]]
        for k, (obj, what, shifts, note, word) in enumerate(VT_SHIFT, 1):
            rows.append([str(k), obj, what, *(BOX if s else NONE for s in shifts), note])
            item = {"kind": "inspection", "text_contains": _words(obj.split(" (")[0], 3), "actor_contains": "công nhân vận hành"}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
        doc.table("Bảng kiểm tra khi giao – nhận ca", rows, role="inspections")
        maybe_distractor(doc)
        return
    name = doc.pick(PAVLODAR)[i]
    doc.h(g(f"Журнал приема-сдачи смены аппаратчика отделения сжижения и хранения хлора. Форма ЖС-07. {name}",
            f"{name}. Хлорды сұйылту және сақтау бөлімшесі аппаратшысының ауысымды қабылдау-тапсыру журналы. ЖС-07 нысаны", ""))
    doc.p(g("Раздел 2. Контроль при обходе. Отметку «✓» в графе своей смены ставит аппаратчик, принимающий смену; «—» – проверка в "
            "эту смену не проводится. О нарушениях делается запись в графе «Примечание» и сообщается мастеру смены.",
            "2-бөлім. Аралау кезіндегі бақылау. Өз ауысымы бағанына «✓» белгісін ауысымды қабылдайтын аппаратшы қояды; «—» – бұл "
            "ауысымда тексеру жүргізілмейді. Бұзушылықтар туралы «Ескертпе» бағанына жазылады және ауысым шеберіне хабарланады.", ""))
    rows = [g(["№", "Объект", "Что проверяется", "I смена 08:00–16:00", "II смена 16:00–24:00", "III смена 00:00–08:00", "Примечание"],
              ["№", "Объект", "Не тексеріледі", "I ауысым 08:00–16:00", "II ауысым 16:00–24:00", "III ауысым 00:00–08:00", "Ескертпе"], [])]
    actor = g("аппаратчик", "аппаратшы", "")
    for k, (o_ru, o_kk, w_ru, w_kk, shifts, n_ru, n_kk, word) in enumerate(SHIFT_CHECKS, 1):
        obj = (o_ru, o_kk)[i]
        rows.append([str(k), obj, (w_ru, w_kk)[i], *(BOX if s else NONE for s in shifts), (n_ru, n_kk)[i]])
        item = {"kind": "inspection", "text_contains": _words(obj.split(" (")[0], 3), "actor_contains": actor}
        if word:
            item["frequency"] = word
        doc.add("obligations", item)
    doc.table(g("Таблица 2 – Контроль при обходе", "2-кесте – Аралау кезіндегі бақылау", ""), rows, role="inspections")
    doc.p(g("Смену сдал ______________ Смену принял ______________ Мастер смены ______________",
            "Ауысымды тапсырды ______________ Ауысымды қабылдады ______________ Ауысым шебері ______________", ""))


POSITIONS = (("Начальник цеха", "Цех бастығы"), ("Мастер смены", "Ауысым шебері"), ("Механик цеха", "Цех механигі"),
             ("Инженер-эколог", "Инженер-эколог"), ("ЦЗЛ", "ОЗЗ"))
# (RU, KK, frequency or None, RU said, KK said, letters by position)
ACID_CHECKS = (
    ("Контактные аппараты и теплообменники: герметичность, подсосы воздуха", "Жанасу аппараттары мен жылу алмастырғыштар: саңылаусыздығы, ауаның сорылуы",
     "daily", None, None, ("И", "О", "У", "", "")),
    ("Газоход хвостовых газов и выхлопная труба (ИЗА 0001): изоляция, люки, пробоотборные штуцеры",
     "Қалдық газдардың газ құбыры және шығару құбыры (ЛШК 0001): оқшаулау, люктер, сынама алу штуцерлері", "weekly", None, None,
     ("", "У", "О", "И", "")),
    ("Брызгоуловители моногидратного абсорбера: перепад давления, состояние фильтрующих элементов",
     "Моногидратты абсорбердің тамшы ұстағыштары: қысым айырмасы, сүзгі элементтерінің жай-күйі", "monthly", None, None, ("И", "У", "О", "", "")),
    ("Склад серной кислоты и сливо-наливная эстакада: поддоны, обвалование, отсутствие проливов",
     "Күкірт қышқылы қоймасы және құю-ағызу эстакадасы: табандар, қоршау білігі, төгілулердің болмауы", "weekly", None, None, ("О", "У", "", "И", "")),
    ("Станция нейтрализации кислых стоков: pH на выходе, работа дозаторов известкового молока",
     "Қышқыл ағындарды бейтараптандыру станциясы: шығудағы pH, әк сүті мөлшерлегіштерінің жұмысы", "daily", None, None, ("", "О", "", "И", "У")),
    ("Площадки накопления отработанного катализатора и футеровки", "Пайдаланылған катализатор мен футеровканы жинақтау алаңдары", "quarterly",
     None, None, ("У", "", "", "О", "")),
    ("Журналы ПЭК и выполнение плана-графика замеров на ИЗА 0001", "ӨЭБ журналдары және ЛШК 0001 өлшеу жоспар-кестесінің орындалуы", "monthly",
     None, None, ("И", "", "", "О", "У")),
    ("Промывное отделение и мокрые электрофильтры: внутренний осмотр", "Жуу бөлімшесі және дымқыл электрсүзгілер: ішкі қарау", None,
     "при каждой остановке на ППР", "әр жоспарлы-алдын ала жөндеу тоқтауында", ("У", "У", "О", "", "")),
)  # fmt: skip
VI_POSITIONS = ("Quản đốc phân xưởng", "Trưởng ca", "Phòng Cơ điện", "Phòng An toàn – Môi trường")
VI_CHECKS = (
    ("Hệ thống hấp thụ khí flo (tháp hấp thụ, quạt hút) xưởng supe lân", "daily", None, ("B", "C", "P", "")),
    ("Kho chứa axit sunfuric và đê bao", "weekly", None, ("C", "P", "", "B")),
    ("Bãi chứa quặng apatit: che phủ, phun ẩm chống bụi", "weekly", None, ("", "C", "", "B")),
    ("Hệ thống xử lý nước thải tập trung của Công ty", "daily", None, ("", "C", "P", "B")),
    ("Thiết bị lọc bụi túi các dây chuyền NPK", "monthly", None, ("P", "", "C", "B")),
    ("Kho lưu giữ chất thải nguy hại", "monthly", None, ("B", "", "", "C")),
    ("Hệ thống thu gom, thoát nước mưa", None, "Sau mỗi trận mưa lớn", ("P", "", "", "C")),
)


def inspections_hy2(doc: Doc) -> None:
    """A smelter's sulphuric-acid shop's matrix of responsibility for its environmental checks: the objects and what is
    checked as rows, the frequency, then the positions — head of shop, shift foreman, shop mechanic, engineer-ecologist, the
    central laboratory — as columns whose cells hold the letters `О` (organises and makes the check), `У` (takes part) and
    `И` (is informed), explained in a line under the table, so that who checks is the column of the `О`; a check at each
    stop for planned repairs without a frequency of the contract (VI: a superphosphate plant's `ma trận phân công`, `C`,
    `P`, `B` under the shop, the shift leader and two departments, a check after each heavy rain)."""
    g = doc.v
    if doc.lang == "vi":
        company = doc.pick(VN_FERT)[1]
        doc.h(f"QUY CHẾ TỰ KIỂM TRA CÔNG TÁC BẢO VỆ MÔI TRƯỜNG – {company.upper()}")
        doc.p("Phụ lục 2. Ma trận phân công trách nhiệm kiểm tra các công trình bảo vệ môi trường (áp dụng từ ngày 01/01/2026).")
        rows = [["TT", "Đối tượng, nội dung kiểm tra", "Tần suất", *VI_POSITIONS]]
        for k, (text, word, said, letters) in enumerate(VI_CHECKS, 1):
            rows.append([str(k), text, _often(doc, word) if word else said, *letters])
            item = {"kind": "inspection", "text_contains": _words(text, 4), "actor_contains": VI_POSITIONS[letters.index("C")]}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
        doc.table("Bảng PL2.1. Ma trận phân công", rows, role="inspections")
        doc.p("Ký hiệu: C – chủ trì kiểm tra và ghi sổ; P – phối hợp; B – được báo cáo kết quả.")
        maybe_distractor(doc)
        return
    L = _L(doc)
    o_ru, o_kk, *_ = doc.pick(SMELTERS)
    doc.h(g(f"Положение о производственном экологическом контроле. {o_ru}", f"{o_kk}. Өндірістік экологиялық бақылау туралы ереже", ""))
    doc.p(g("Приложение 2. Матрица распределения ответственности за внутренние проверки природоохранного оборудования и объектов цеха.",
            "2-қосымша. Цехтың табиғат қорғау жабдықтары мен объектілерін ішкі тексеру үшін жауапкершілікті бөлу матрицасы.", ""))
    positions = [p[L] for p in POSITIONS]
    rows = [[g("№", "№", ""), g("Объект и содержание проверки", "Тексеру объектісі мен мазмұны", ""), g("Периодичность", "Кезеңділігі", ""),
             *positions]]
    for k, (t_ru, t_kk, word, s_ru, s_kk, letters) in enumerate(ACID_CHECKS, 1):
        text = (t_ru, t_kk)[L]
        rows.append([str(k), text, _often(doc, word) if word else (s_ru, s_kk)[L], *letters])
        item = {"kind": "inspection", "text_contains": _words(text, 3), "actor_contains": positions[letters.index("О")]}
        if word:
            item["frequency"] = word
        doc.add("obligations", item)
    doc.table(g("Таблица П2.1", "П2.1-кесте", ""), rows, role="inspections")
    doc.p(g("О – организует и проводит проверку, делает запись в журнале; У – участвует в проверке; И – информируется о результатах.",
            "О – тексеруді ұйымдастырады және жүргізеді, журналға жазба жасайды; У – тексеруге қатысады; И – нәтижелер туралы хабардар етіледі.", ""))
    maybe_distractor(doc)


# ---------------------------------------------------------------- tasks

# (RU, KK, RU term, KK term, RU proof, KK proof)
CHROME_MEASURES = (
    ("Восстановить противофильтрационный экран карты № 3 шламонакопителя хроматного шлама",
     "Хроматты шлам жинағышының № 3 картасының сүзуге қарсы экранын қалпына келтіру", "до 30.09.2026", "30.09.2026 дейін",
     "акт освидетельствования скрытых работ, акт приемки", "жасырын жұмыстарды куәландыру актісі, қабылдау актісі"),
    ("Пробурить две дополнительные наблюдательные скважины ниже шламонакопителя по потоку подземных вод",
     "Шлам жинағыштан жерасты суларының ағысы бойынша төмен екі қосымша бақылау ұңғымасын бұрғылау", "до 31.07.2026", "31.07.2026 дейін",
     "паспорта скважин, протокол первого опробования", "ұңғымалардың паспорттары, алғашқы сынама алу хаттамасы"),
    ("Оборудовать площадку накопления отработанной футеровки навесом и бетонным основанием с бортиком",
     "Пайдаланылған футеровканы жинақтау алаңын қалқамен және жиегі бар бетон негізбен жабдықтау", "до 30.06.2026", "30.06.2026 дейін",
     "фотоматериалы, акт ввода в эксплуатацию", "фотоматериалдар, пайдалануға беру актісі"),
    ("Заменить рукава фильтра печи прокалки № 2 и провести инструментальные замеры на ИЗА 0004",
     "№ 2 күйдіру пеші сүзгісінің жеңдерін ауыстыру және ЛШК 0004-те аспаптық өлшеулер жүргізу", "до 15.05.2026", "15.05.2026 дейін",
     "протокол испытаний аккредитованной лаборатории", "аккредиттелген зертхананың сынақ хаттамасы"),
    ("Разработать программу производственного экологического контроля в новой редакции с учетом замечаний проверки",
     "Тексеру ескертулерін ескере отырып, өндірістік экологиялық бақылау бағдарламасын жаңа редакцияда әзірлеу",
     "в течение 30 календарных дней", "30 күнтізбелік күн ішінде", "программа ПЭК, сопроводительное письмо", "ӨЭБ бағдарламасы, ілеспе хат"),
    ("Передать накопленные сверх лимита отработанные масла специализированной организации",
     "Лимиттен тыс жинақталған пайдаланылған майларды мамандандырылған ұйымға беру", "до 30.04.2026", "30.04.2026 дейін",
     "акт приема-передачи, копия лицензии получателя", "қабылдау-тапсыру актісі, алушы лицензиясының көшірмесі"),
)  # fmt: skip
# (measure, term, proof)
VT_MEASURES = (
    ("Nạo vét, gia cố hố gom nước mưa khu bồn chứa axit HCl", "30/06/2026", "Biên bản nghiệm thu, hình ảnh"),
    ("Bổ sung biển cảnh báo, nhãn CTNH tại kho lưu giữ và lập sổ theo dõi xuất, nhập CTNH", "15/05/2026", "Hình ảnh, bản sao sổ theo dõi"),
    ("Kiểm định, hiệu chuẩn thiết bị quan trắc clo tự động tại tháp hấp thụ sự cố", "31/07/2026", "Giấy chứng nhận kiểm định"),
    ("Ký hợp đồng chuyển giao bùn thải với đơn vị có giấy phép xử lý CTNH", "30/04/2026", "Hợp đồng, chứng từ chất thải nguy hại"),
    ("Cập nhật kế hoạch phòng ngừa, ứng phó sự cố hóa chất và tổ chức diễn tập rò rỉ clo", "30/09/2026", "Quyết định ban hành, biên bản diễn tập"),
)


def tasks_hy1(doc: Doc) -> None:
    """A chromium compounds plant's letter of commitments to the Department of Ecology after an unscheduled inspection:
    letterhead, outgoing number and addressee, a sentence in which the operator (with its BIN) commits itself, then a table
    `№ | мероприятие | срок | документ, подтверждающий выполнение` with no column of who acts — the one who acts is the
    letter's writer — terms as dates and as `в течение 30 календарных дней`, the director's signature under it (VI: a
    caustic plant's `văn bản cam kết` to the provincial Department after its inspection)."""
    r = doc.rng
    g = doc.v
    if doc.lang == "vi":
        company, core = doc.pick((("Công ty Cổ phần Hóa chất Sông Lô Việt Trì", "Sông Lô"), ("Công ty Cổ phần Xút – Clo Bạch Hạc", "Bạch Hạc")))
        doc.p(f"{company.upper()} – Số: {r.randint(100, 480)}/CV-MT      Phú Thọ, ngày {r.randint(2, 27):02d} tháng 3 năm 2026")
        doc.p("Kính gửi: Sở Nông nghiệp và Môi trường tỉnh Phú Thọ")
        doc.h("V/v cam kết khắc phục các tồn tại theo Kết luận kiểm tra về bảo vệ môi trường")
        doc.p(f"Thực hiện Kết luận kiểm tra số {r.randint(20, 99)}/KL-SNNMT ngày {r.randint(1, 28):02d}/02/2026 của Sở, {company} cam kết "
              "thực hiện các nội dung khắc phục sau đây và báo cáo kết quả bằng văn bản kèm tài liệu chứng minh:")
        rows = [["TT", "Nội dung khắc phục", "Thời hạn hoàn thành", "Tài liệu chứng minh"]]
        for k, (text, term, proof) in enumerate(VT_MEASURES, 1):
            rows.append([str(k), text, term, proof])
            doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text, 5), "actor_contains": core})
        doc.table(None, rows, role="tasks")
        doc.p("Nơi nhận: Như trên; Chi cục Bảo vệ môi trường; Lưu: VT, P.KT-MT. TỔNG GIÁM ĐỐC (đã ký)")
        return
    L = _L(doc)
    operator = g("ТОО «Ақтөбе Хром Қосылыстары»", "«Ақтөбе Хром Қосылыстары» ЖШС", "")
    bin_ = make_bin(r)
    doc.p(g(f"{operator}, БИН {bin_}. Исх. № 02-14/{r.randint(200, 990)} от {r.randint(2, 27):02d}.03.2026",
            f"{operator}, БСН {bin_}. Шығ. № 02-14/{r.randint(200, 990)}, {r.randint(2, 27):02d}.03.2026", ""))
    doc.p(g("Руководителю РГУ «Департамент экологии по Актюбинской области»", "«Ақтөбе облысы бойынша экология департаменті» РММ басшысына", ""))
    doc.h(g("Гарантийное письмо", "Кепілдік хат", ""))
    doc.p(g(f"По результатам внеплановой проверки (акт № {r.randint(10, 99)} от {r.randint(1, 28):02d}.02.2026) и предписания об устранении "
            f"нарушений {operator} гарантирует выполнение следующих мероприятий в указанные сроки с представлением в Департамент "
            "подтверждающих документов:",
            f"Жоспардан тыс тексеру нәтижелері (№ {r.randint(10, 99)} акт, {r.randint(1, 28):02d}.02.2026) және бұзушылықтарды жою туралы "
            f"нұсқама бойынша {operator} төмендегі іс-шараларды көрсетілген мерзімде орындауға және Департаментке растайтын құжаттарды "
            "ұсынуға кепілдік береді:", ""))
    rows = [g(["№ п/п", "Мероприятие", "Срок выполнения", "Документ, подтверждающий выполнение"],
              ["Р/с №", "Іс-шара", "Орындау мерзімі", "Орындалуын растайтын құжат"], [])]
    items = [m for m in CHROME_MEASURES if r.random() < 0.85]
    for k, (m_ru, m_kk, t_ru, t_kk, d_ru, d_kk) in enumerate(items, 1):
        text = (m_ru, m_kk)[L]
        rows.append([str(k), text, (t_ru, t_kk)[L], (d_ru, d_kk)[L]])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text, 5), "actor_contains": "Ақтөбе Хром"})
    doc.table(None, rows, role="tasks")
    doc.p(g("Генеральный директор ______________ Исп. инженер-эколог, тел. 8 (7132) 55-18-40",
            "Бас директор ______________ Орынд. инженер-эколог, тел. 8 (7132) 55-18-40", ""))


# (code, RU plant, KK plant, RU responsible, KK responsible, words of the responsible the expectation looks for (RU, KK))
HOLDING = (
    ("ТЖФ", "Завод желтого фосфора «Тараз Фосфор» (г. Тараз), ТОО «Тараз Фосфор Өндірісі»",
     "«Тараз Фосфор» сары фосфор зауыты (Тараз қ.), «Тараз Фосфор Өндірісі» ЖШС", "главный инженер завода Сейітов Н.А.",
     "зауыттың бас инженері Сейітов Н.А.", ("главный инженер", "бас инженері")),
    ("ШФС", "Завод фосфатных солей «Оңтүстік Фосфат» (г. Шымкент), ТОО «Оңтүстік Фосфат Тұздары»",
     "«Оңтүстік Фосфат» фосфат тұздары зауыты (Шымкент қ.), «Оңтүстік Фосфат Тұздары» ЖШС", "технический директор Ким В.П.",
     "техникалық директор Ким В.П.", ("технический директор", "техникалық директор")),
    ("АХС", "Завод хромовых соединений «Ақтөбе Хром» (г. Актобе), ТОО «Ақтөбе Хром Қосылыстары»",
     "«Ақтөбе Хром» хром қосылыстары зауыты (Ақтөбе қ.), «Ақтөбе Хром Қосылыстары» ЖШС", "заместитель директора по производству Нұрланов Е.Б.",
     "директордың өндіріс жөніндегі орынбасары Нұрланов Е.Б.", ("заместитель директора", "өндіріс жөніндегі орынбасары")),
)  # fmt: skip
# (plant code, RU, KK, RU term, KK term, million tenge)
HOLDING_PLAN = (
    ("ТЖФ", "Реконструкция электрофильтров очистки печного газа печей № 6 и 8", "№ 6 және 8 пештердің пеш газын тазарту электрсүзгілерін қайта жаңарту",
     "IV квартал 2026 г.", "2026 ж. IV тоқсаны", 1850),
    ("АХС", "Рекультивация отработанной карты № 1 шламонакопителя хроматного шлама", "Хроматты шлам жинағышының пайдаланылған № 1 картасын рекультивациялау",
     "2026–2027 гг.", "2026–2027 жж.", 920),
    ("ШФС", "Замена циклонов распылительных сушилок на рукавные фильтры", "Бүріккіш кептіргіштердің циклондарын жеңді сүзгілерге ауыстыру",
     "III квартал 2026 г.", "2026 ж. III тоқсаны", 640),
    ("АХС", "Внедрение автоматизированной системы мониторинга выбросов на ИЗА 0003–0005", "ЛШК 0003–0005-те шығарындылар мониторингінің автоматтандырылған жүйесін енгізу",
     "до 01.07.2026", "01.07.2026 дейін", 310),
    ("ТЖФ", "Строительство второй очереди оборотного водоснабжения фосфорной воды", "Фосфорлы судың айналмалы сумен жабдықтауының екінші кезегін салу",
     "2027 г.", "2027 ж.", 2300),
    ("ШФС", "Устройство локальных очистных сооружений ливневых стоков промплощадки", "Өнеркәсіптік алаңның нөсер ағындарының жергілікті тазарту құрылыстарын салу",
     "II квартал 2027 г.", "2027 ж. II тоқсаны", 480),
    ("ТЖФ", "Переработка фосфорного шлама в фосфорную кислоту на закрытой установке", "Фосфор шламын жабық қондырғыда фосфор қышқылына өңдеу",
     "2028 г.", "2028 ж.", 3100),
    ("АХС", "Разработка программы управления отходами на 2027–2036 годы", "2027–2036 жылдарға арналған қалдықтарды басқару бағдарламасын әзірлеу",
     "до 01.12.2026", "01.12.2026 дейін", 25),
)  # fmt: skip
# (code, member company, the one in charge, words of the one in charge the expectation looks for)
VN_HOLDING = (
    ("LT", "Công ty CP Phân bón và Hóa chất Thao Giang (Lâm Thao, Phú Thọ)", "Phó Tổng giám đốc kỹ thuật Công ty Thao Giang",
     "Phó Tổng giám đốc kỹ thuật"),
    ("ĐV", "Công ty CP DAP Đình Vũ Xanh (KKT Đình Vũ – Cát Hải, Hải Phòng)", "Giám đốc Nhà máy DAP", "Giám đốc Nhà máy DAP"),
    ("VT", "Công ty CP Hóa chất Sông Lô Việt Trì (Việt Trì, Phú Thọ)", "Trưởng phòng Kỹ thuật – Môi trường", "Trưởng phòng Kỹ thuật"),
)
VN_HOLDING_PLAN = (
    ("LT", "Cải tạo hệ thống hấp thụ khí flo xưởng supe lân số 2", "Quý III/2026", "18.500"),
    ("ĐV", "Mở rộng bãi thải gyps (ô số 5) và lắp đặt lớp chống thấm HDPE", "2026–2027", "46.000"),
    ("VT", "Chuyển đổi công nghệ điện phân màng cho dây chuyền xút số 1", "2027", "120.000"),
    ("LT", "Lắp đặt hệ thống quan trắc khí thải tự động, liên tục cho lò sấy NPK", "Quý II/2026", "3.200"),
    ("ĐV", "Nâng cấp hệ thống xử lý nước thải chứa flo, phosphat", "Quý IV/2026", "12.800"),
    ("VT", "Xây dựng kho lưu giữ chất thải nguy hại mới 150 m2", "Quý III/2026", "2.100"),
    ("LT", "Trồng cây xanh cách ly dọc tường rào phía Bắc (1,2 km)", "Quý I/2027", "650"),
)


def tasks_hy2(doc: Doc) -> None:
    """A chemical holding's consolidated plan of nature-protection measures for 2026–2028 for three of its plants: `№ |
    площадка | мероприятие | срок | затраты, млн тенге | источник финансирования`, the plants by their short codes (`ТЖФ`,
    `ШФС`, `АХС`) in no order, and the one who answers for each plant's measures only in a legend table of no role after
    it — code, plant with its operator, responsible — so that each measure's actor is read through its plant's code (VI: a
    chemical corporation's plan for its member companies `LT`, `ĐV`, `VT`, the legend naming the one in charge at each)."""
    g = doc.v
    if doc.lang == "vi":
        doc.h("KẾ HOẠCH BẢO VỆ MÔI TRƯỜNG GIAI ĐOẠN 2026–2028 CỦA TỔNG CÔNG TY HÓA CHẤT SÔNG HỒNG – CTCP")
        doc.p("Kế hoạch được Hội đồng quản trị thông qua tại Nghị quyết số 14/NQ-HĐQT; các đơn vị thành viên được ghi bằng ký hiệu tại cột 2.")
        rows = [["TT", "Đơn vị", "Nội dung công việc", "Thời gian thực hiện", "Kinh phí dự kiến (triệu đồng)"]]
        who = {code: words for code, _, _, words in VN_HOLDING}
        for k, (code, text, term, cost) in enumerate(VN_HOLDING_PLAN, 1):
            rows.append([str(k), code, text, term, cost])
            doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text, 5), "actor_contains": who[code]})
        doc.table("Bảng 1. Danh mục nhiệm vụ", rows, role="tasks")
        doc.table("Bảng 2. Ký hiệu đơn vị và người chịu trách nhiệm tổ chức thực hiện",
                  [["Ký hiệu", "Đơn vị thành viên", "Người chịu trách nhiệm"], *[list(x[:3]) for x in VN_HOLDING]], role="other")
        return
    L = _L(doc)
    doc.h(g("План природоохранных мероприятий АО «Қазхим Холдинг» на 2026–2028 годы (сводный)",
            "«Қазхим Холдинг» АҚ 2026–2028 жылдарға арналған табиғат қорғау іс-шараларының жоспары (жиынтық)", ""))
    doc.p(g("План утвержден решением Правления; площадки обозначены кодами, расшифровка кодов и ответственные – в таблице 2.",
            "Жоспар Басқарма шешімімен бекітілді; алаңдар кодтармен белгіленген, кодтардың толық жазылуы мен жауаптылар – 2-кестеде.", ""))
    rows = [g(["№", "Площадка", "Мероприятие", "Срок выполнения", "Затраты, млн тенге", "Источник финансирования"],
              ["№", "Алаң", "Іс-шара", "Орындау мерзімі", "Шығындар, млн теңге", "Қаржыландыру көзі"], [])]
    who = {code: words[L] for code, *_, words in HOLDING}
    own = g("собственные средства", "өз қаражаты", "")
    for k, (code, t_ru, t_kk, m_ru, m_kk, cost) in enumerate(HOLDING_PLAN, 1):
        text = (t_ru, t_kk)[L]
        rows.append([str(k), code, text, (m_ru, m_kk)[L], num(cost, doc.lang), own])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text, 5), "actor_contains": who[code]})
    doc.table(g("Таблица 1 – Мероприятия", "1-кесте – Іс-шаралар", ""), rows, role="tasks")
    doc.table(g("Таблица 2 – Коды площадок и ответственные за выполнение", "2-кесте – Алаңдардың кодтары және орындауға жауаптылар", ""),
              [g(["Код", "Площадка (оператор)", "Ответственный за выполнение мероприятий площадки"],
                 ["Коды", "Алаң (оператор)", "Алаң іс-шараларын орындауға жауапты"], [])]
              + [[code, (p_ru, p_kk)[L], (w_ru, w_kk)[L]] for code, p_ru, p_kk, w_ru, w_kk, _ in HOLDING], role="other")


LAYOUTS = [Layout(role, f"HY{k}", globals()[f"{role}_hy{k}"]) for role in ROLES for k in (1, 2)]
