"""The forty-third blind set's part JT (two layouts per role, `JT1` and `JT2`), written by someone who
neither ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`; held out and measured
once (0.811 over 126 files when first measured at the registering commit, 2026-12-07), then moved to the tuning
layouts to be studied.

Theme: pulp, paper, tissue and cardboard mills, recycled-paper mills and craft paper villages. Kazakhstan: a cardboard mill
near Talgar that makes containerboard from waste paper on two machines, with its gas boilers, starch kitchen, flotation and
anaerobic treatment and sludge beds by the Talgar river; a tissue mill in Shymkent's industrial zone; the paper trade of the
Almaty oblast (a corrugated-box plant at Konaev, a tissue converting shop, a waste-paper baling yard); a planned reed and
rice-straw sulphate pulp mill in the Kyzylorda oblast (an oblast's extract of objects by operator, a programme's general data
with the consultancy's own BIN, an НДВ table turned about, a scoping conclusion's tonnes by period, a permit's limits of
accumulating wastes in the official form, passports of hazardous wastes, standards of allowed discharge, groundwater wells at
the sludge beds, a ПЭК plan with methods, a grid of control with letters and a legend, a list of internal checks with their
legal basis, an ISO 14001 audit programme by month, a permit's plan of measures, minutes of a meeting with orders). Vietnam:
a containerboard mill on recycled OCC in the Sông Hậu industrial park of Hậu Giang, the craft paper village of Phong Khê and
Dương Ổ in Bắc Ninh with its industrial cluster, central waste-water plant and the Ngũ Huyện Khê river (a cluster's list of
companies, a GPMT's general data, loads by stack as column pairs, coal-fired boilers worked from emission factors, a GPMT
annex of wastes in three tables, a village survey of solid wastes, quarterly results against QCVN 12-MT:2015/BTNMT, river
water against QCVN 08:2023/BTNMT, GPMT monitoring with automated and periodic columns, a cluster's monitoring by frequency
rows, a waste-water plant's check sheet, a ward's plan of checks, a plan of putting right an inspection's findings and the
province's plan for the village).

Facility: an extract from the oblast's list of objects with a negative impact, one row per object of four operators each
with its own BIN, a three-row header (groups, sub-columns, column numbers), degrees-minutes-seconds under `широта |
долгота`, categories I to IV and the list entry's date and number as look-alikes, a summary by category of no role (VI: the
companies of the Phong Khê cluster as rows with enterprise numbers, VSIC codes, lots and areas, decimal degrees with
a comma, `Nhóm II`/`Nhóm III`, the cluster's shared works of no role) (JT1); a tissue mill's ПЭК general data, `№ |
показатель | значение` under section rows for the operator, the object and the consultancy — whose BIN and licence belong
to no facility — the Kazakh labels bilingual, the centre in ASCII `42°19'05,3"`, the category beside the annex that sets
it, the corner points of no role (VI: a GPMT's Article 1 with the enterprise number inside a sentence of registrations,
degrees-minutes-seconds `vĩ độ Bắc`, VN-2000 metres of the outlet as look-alikes, `Nhóm I`) (JT2).

Emissions: a recycled-cardboard mill's НДВ table turned about — sources as rows, six substances as columns each over
`г/с | т/год`, the hazard classes in a row of their own under the header, dashes, totals per substance (VI: a
containerboard mill's loads with parameters as rows and three stacks as column pairs, a total pair for the mill, no
source numbers) (JT1); a scoping conclusion on a planned sulphate pulp mill quoting tonnes a year only under the building
and the operating period's rows, the mercaptans, methanol and the three sulphate-pulp dusts (`3751`–`3753`, a dash for
the class), subtotals per period (VI: a craft paper village's coal-fired boilers, the load worked from emission factors
whose cells `19,5 × S (S = 0,8 %)` are no values, kilograms a day beside tonnes a year, chlorine from bleaching) (JT2).

Wastes: a permit's limits of accumulating wastes in the official form — `Всего` and `в том числе отходов производства /
потребления` first, section rows for hazardous, non-hazardous and mirror wastes, the code only in brackets after the name,
the volume accumulated today beside the limit, which is the amount (VI: a GPMT annex in three tables — hazardous wastes in
kilograms with their state and code, ordinary industrial wastes and domestic waste in tonnes without codes) (JT1); a tissue
mill's passports of hazardous wastes, one small key–value table per waste with its components in per cent, `HP` properties
and the passport's date as look-alikes (VI: a village survey of solid wastes in tonnes a day and a year, no codes, the
hazardous ones under a section row of their own, a total) (JT2).

Limits: standards of allowed discharge from a cardboard mill, the outlet's flow in a row spanning the table, the outlet
merged down the first column, today's concentration and tonnes beside the allowed concentration, grams an hour and tonnes
(VI: quarterly results at the outlet against QCVN 12-MT:2015/BTNMT column B with C beside Cmax = C × Kq 1,2 × Kf 0,9, pH
and colour not multiplied, a flow row with no limit) (JT1); groundwater at the sludge beds, three wells as columns with
their depth, level and coordinates on rows above the parameters, `<0,0005` below detection, the drinking ПДК last (VI:
a river at three points with the methods' numbers before the unit, `≥ 5` for dissolved oxygen, ammonium from Table 1
with no level beside Table 2 level B) (JT2).

Monitoring: a cardboard mill's ПЭК plan in one table under section rows for emissions, discharges and impact, places
led by the source's number or the point's id, air codes in brackets after the names, methods with ГОСТ and registry
numbers, two river points on one row (VI: a GPMT's automated and periodic parameters in two column pairs of one row,
stacks under automated monitoring with no periodic duty, flow and O2 with no key) (JT1); a tissue mill's grid of
substances against three sources and two points of the protection zone, each cell a letter (`К`, `П`, `Г`, `М`; KK `Т`,
`ЖЖ`, `Ж`, `А`) explained only by the legend under it (VI: a paper-village cluster's monitoring whose frequencies are
only the rows spanning the table, VN-2000 coordinates beside each point) (JT2).

Inspections: a cardboard mill's list of internal checks by shop, items `1.1`, the legal basis (`п. 2 ст. 320 ЭК РК`, a
clause of the permit) in a column of its own, abbreviated frequencies (`1 р/нед.`, `1 р/кв.`, `ежедн.`) and `ежесменно`
with none, the record kept before who checks (VI: a cluster waste-water plant's check sheet with who checks first and
merged down over his checks, operating criteria full of figures, a check after heavy rain with no frequency) (JT1); a
tissue mill's ISO 14001 audit programme with months under quarter headers, `А` in the months of an audit and how often
only as the marks show it, the count of audits as a look-alike (VI: a ward's plan of checking a paper village's
households, the lead body, a check on complaints with no frequency) (JT2).

Tasks: a permit's plan of environmental measures in the official form under component rows, the volume and the cost in
thousand tenge before the source of money, `начало | окончание` as `04.2026`, the effect, nobody named, a total (VI: a
plan of putting right an inspection's findings, the violation with its decree's article before the measure, who acts,
the term and the state, some done) (JT1); a tissue mill's minutes of a meeting, who attended in a table of no role, the
orders with a heading row `2. По итогам …` that is itself no order over `2.1`, `2.2`, the person and position
responsible and an empty column for the mark (VI: the province's plan for the paper village, the groups of tasks a column
merged down beside items numbered through, lead and partner bodies, years, billion dong) (JT2).
"""

from __future__ import annotations

from .common import Doc, distractor, make_bin, maybe_distractor, num
from .limits_data import add, limit
from .registry import ROLES, Layout
from .sources_data import emission

# ---------------------------------------------------------------- helpers


def _ix(doc: Doc) -> int:
    """0 in a Russian document, 1 in a Kazakh one."""
    return 0 if doc.lang == "ru" else 1


def _g(doc: Doc):
    """`g(ru, kk)`: the text of a Russian or a Kazakh document."""
    i = _ix(doc)
    return lambda ru, kk: (ru, kk)[i]


def _head(text: str, n: int = 4) -> str:
    """The first words of a text, what an expectation looks for."""
    return " ".join(text.split()[:n])


def _full(rows: list, merges: list, text: str, width: int) -> None:
    """A row whose only cell spans the whole table."""
    rows.append([text] + [None] * (width - 1))
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))


def _r(x: float, digits: int = 3) -> float:
    return float(f"{x:.{digits}g}")


def _type(number: str) -> str:
    return "unorganized" if number[0] in "6789" else "organized"


def _dms(value: float, lang: str, is_lat: bool, style: str = "prime") -> tuple[str, float]:
    """`43°17′54,9″ с.ш.` (or with ASCII `'` and `"`), and the decimal degrees it stands for."""
    d = int(value)
    rest = (value - d) * 60
    m = int(rest)
    s = min(round((rest - m) * 60, 1), 59.9)
    mark = ("′", "″") if style == "prime" else ("'", '"')
    hemi = {"ru": ("с.ш.", "в.д."), "kk": ("с.е.", "ш.б."), "vi": ("vĩ độ Bắc", "kinh độ Đông")}[lang][0 if is_lat else 1]
    text = f"{d}°{m:02d}{mark[0]}{f'{s:04.1f}'.replace('.', ',')}{mark[1]} {hemi}"
    return text, round(d + m / 60 + s / 3600, 6)


def _kato(doc: Doc, prefix: str) -> str:
    return f"{prefix}{doc.rng.randint(10 ** (6 - len(prefix)), 10 ** (7 - len(prefix)) - 1)}{doc.pick(('00', '10'))}"


def _msdn(doc: Doc, prefix: str) -> str:
    return prefix + f"{doc.rng.randint(0, 99999999):08d}"


# code: (RU, KK, VI name, hazard class as Kazakh emission tables print it) — names of the list in force
AIR = {
    "0301": ("Азота (IV) диоксид", "Азот диоксиді", "NOx (tính theo NO2)", 2),
    "0304": ("Азот (II) оксид", "Азот оксиді", "NO", 3),
    "0330": ("Сера диоксид", "Күкірт диоксиді", "SO2", 3),
    "0337": ("Углерод оксид", "Көміртек оксиді", "CO", 4),
    "0333": ("Сероводород (Дигидросульфид)", "Күкіртсутек", "H2S", 2),
    "0303": ("Аммиак", "Аммиак", "NH3", 4),
    "0349": ("Хлор", "Хлор", "Clo (Cl2)", 2),
    "0328": ("Углерод (Сажа)", "Көміртек (күйе)", "", 3),
    "0123": ("Железо (II, III) оксиды (в пересчете на железо)", "Темір оксидтері (темірге шаққанда)", "", 3),
    "0143": ("Марганец и его соединения (в пересчете на марганца (IV) оксид)", "Марганец және оның қосылыстары", "", 2),
    "0616": ("Диметилбензол (Ксилол)", "Диметилбензол (ксилол)", "Xylen", 3),
    "1052": ("Метанол (Метиловый спирт)", "Метанол", "Metanol", 3),
    "1706": ("Диметилдисульфид", "Диметилдисульфид", "", 4),
    "1707": ("Диметилсульфид", "Диметилсульфид", "", 4),
    "1715": ("Метантиол (Метилмеркаптан)", "Метантиол (метилмеркаптан)", "Metyl mercaptan", 4),
    "2754": ("Алканы С12-19 (в пересчете на С)", "Алкандар С12-19 (С-ға шаққанда)", "", 4),
    "2902": ("Взвешенные частицы", "Қалқыма бөлшектер", "Bụi tổng", 3),
    "2908": ("Пыль неорганическая, содержащая двуокись кремния в %: 70-20", "Бейорганикалық шаң: кремний қостотығы 70-20%", "", 3),
    "2966": ("Пыль крахмала", "Крахмал шаңы", "", 4),
    "3751": ("Пыль, образующаяся при растворении плава содорегенерационных котлов сульфатцеллюлозного производства",
             "Сульфатцеллюлоза өндірісінің сода регенерациялау қазандықтарының балқымасын ерітуде түзілетін шаң", "", None),
    "3752": ("Пыль, образующаяся при регенерации извести сульфатцеллюлозного производства",
             "Сульфатцеллюлоза өндірісінде әкті регенерациялау кезінде түзілетін шаң", "", None),
    "3753": ("Пыль, образующаяся при сжигании щелоков сульфатцеллюлозного производства",
             "Сульфатцеллюлоза өндірісінде сілтілерді жағу кезінде түзілетін шаң", "", None),
}  # fmt: skip


def _air(doc: Doc, code: str) -> str:
    return AIR[code][{"ru": 0, "kk": 1, "vi": 2}[doc.lang]]


def _hz(code: str) -> int | None:
    return AIR[code][3]


# symbol: (RU, KK, VI)
WATER = {
    "pH": ("Водородный показатель (pH)", "Сутегі көрсеткіші (pH)", "pH"),
    "TSS": ("Взвешенные вещества", "Қалқыма заттар", "Tổng chất rắn lơ lửng (TSS)"),
    "BOD5": ("БПК5", "ОБТ5", "BOD5 (20 °C)"),
    "COD": ("ХПК", "ОХТ", "COD"),
    "CODMn": ("Перманганатная окисляемость", "Перманганаттық тотығу", "Chỉ số pemanganat"),
    "NH4+": ("Аммоний-ион", "Аммоний-ион", "Amoni (NH4+ tính theo N)"),
    "NO2-": ("Нитриты", "Нитриттер", "Nitrit (NO2- tính theo N)"),
    "NO3-": ("Нитраты", "Нитраттар", "Nitrat (NO3- tính theo N)"),
    "PO4": ("Фосфаты (по фосфору)", "Фосфаттар (фосфор бойынша)", "Phosphat (PO4 3- tính theo P)"),
    "Fe": ("Железо общее", "Жалпы темір", "Sắt (Fe)"),
    "TPH": ("Нефтепродукты", "Мұнай өнімдері", "Tổng dầu mỡ khoáng"),
    "Surfactants": ("СПАВ (анионные)", "БАЗ (анионды)", "Chất hoạt động bề mặt"),
    "SO4": ("Сульфаты", "Сульфаттар", "Sunfat (SO4 2-)"),
    "Cl-": ("Хлориды", "Хлоридтер", "Clorua (Cl-)"),
    "TDS": ("Сухой остаток", "Құрғақ қалдық", "Tổng chất rắn hòa tan (TDS)"),
    "Phenols": ("Фенолы (летучие)", "Фенолдар (ұшпа)", "Tổng phenol"),
    "Colour": ("Цветность", "Түстілік", "Độ màu"),
    "DO": ("Растворенный кислород", "Еріген оттегі", "Oxy hòa tan (DO)"),
    "TN": ("Азот общий", "Жалпы азот", "Tổng nitơ (tính theo N)"),
    "TP": ("Фосфор общий", "Жалпы фосфор", "Tổng phốt pho (tính theo P)"),
    "Pb": ("Свинец", "Қорғасын", "Chì (Pb)"),
    "Zn": ("Цинк", "Мырыш", "Kẽm (Zn)"),
}


def _wat(doc: Doc, symbol: str) -> str:
    return WATER[symbol][{"ru": 0, "kk": 1, "vi": 2}[doc.lang]]


# frequency word: (RU, KK, VI) as the documents of this part write them
SAID = {
    "daily": ("ежедневно", "күн сайын", "Hằng ngày"),
    "weekly": ("еженедельно", "апта сайын", "1 lần/tuần"),
    "monthly": ("ежемесячно", "ай сайын", "01 tháng/lần"),
    "quarterly": ("1 раз в квартал", "тоқсанына 1 рет", "03 tháng/lần"),
    "semiannual": ("2 раза в год", "жылына 2 рет", "06 tháng/lần"),
    "yearly": ("1 раз в год", "жылына 1 рет", "01 lần/năm"),
    "continuous": ("непрерывно", "үздіксіз", "Liên tục"),
}


def _said(doc: Doc, word: str) -> str:
    return SAID[word][{"ru": 0, "kk": 1, "vi": 2}[doc.lang]]


# ---------------------------------------------------------------- facility

# (RU, KK operator, RU, KK object, key RU, key KK, OKED, KATO prefix, lat, lon, category, RU, KK look-alike entry)
PAPER_REGISTER = (
    ("ТОО «Талгар Қағаз»", "«Талғар Қағаз» ЖШС", "Картонная фабрика (тарный картон из макулатуры, КДМ-1 и КДМ-2)",
     "Картон фабрикасы (макулатурадан ыдыс картоны, КЖМ-1 және КЖМ-2)", "Талгар Қағаз", "Талғар Қағаз", "17120", "1956", 43.29861, 77.24117, "I"),
    ("АО «Конаев Гофротара»", "«Қонаев Гофроыдыс» АҚ", "Завод гофрированного картона и гофроящиков", "Гофрленген картон және гофрожәшіктер зауыты",
     "Гофротара", "Гофроыдыс", "17210", "1910", 43.87194, 77.06842, "II"),
    ("ТОО «Іле Тиссью»", "«Іле Тиссью» ЖШС", "Цех переработки основы-бумаги в санитарно-гигиенические изделия",
     "Негіз-қағазды санитариялық-гигиеналық бұйымдарға өңдеу цехы", "Іле Тиссью", "Іле Тиссью", "17220", "1962", 43.35118, 76.87307, "III"),
    ("ТОО «Есік Макулатура Жинау»", "«Есік Макулатура Жинау» ЖШС", "Площадка приема, сортировки и прессования макулатуры",
     "Макулатураны қабылдау, сұрыптау және престеу алаңы", "Есік Макулатура", "Есік Макулатура", "38320", "1958", 43.35608, 77.45364, "IV"),
)  # fmt: skip


def facility_jt1(doc: Doc) -> None:
    """An extract from the oblast's list of objects with a negative impact, one row per object of four operators of the
    paper trade, each with its own BIN; a three-row header (group, sub-column, column numbers) with the coordinates in
    degrees, minutes and seconds under `широта | долгота`, the category and the list entry's number and date last."""
    if doc.lang == "vi":
        _facility_jt1_vi(doc)
        return
    r = doc.rng
    g, i = _g(doc), _ix(doc)
    doc.h(g("Выписка из перечня объектов, оказывающих негативное воздействие на окружающую среду (Алматинская область)",
            "Қоршаған ортаға теріс әсер ететін объектілер тізбесінен үзінді (Алматы облысы)"))
    doc.p(g("Выдана по запросу ГУ «Управление природных ресурсов и регулирования природопользования Алматинской области» по виду "
            "деятельности «производство бумаги, картона и изделий из них, сбор и переработка макулатуры» по состоянию на 01.02.2026.",
            "«Алматы облысының табиғи ресурстар және табиғат пайдалануды реттеу басқармасы» ММ сұрауы бойынша «қағаз, картон және "
            "олардан жасалған бұйымдар өндірісі, макулатураны жинау және қайта өңдеу» қызмет түрі бойынша 01.02.2026 жағдай бойынша берілді."))
    rows = [
        g(["№ п/п", "Оператор", None, "Объект, оказывающий негативное воздействие", None, None, "Координаты (WGS-84)", None,
           "Категория объекта", "Дата и номер включения в перечень"],
          ["Р/с №", "Оператор", None, "Теріс әсер ететін объект", None, None, "Координаттар (WGS-84)", None, "Объект санаты",
           "Тізбеге енгізілген күні мен нөмірі"]),
        [None, *g(["наименование", "БИН", "наименование", "ОКЭД", "КАТО", "широта", "долгота"],
                  ["атауы", "БСН", "атауы", "ЭҚЖЖ", "ҚАТО", "ендік", "бойлық"]), None, None],
        [str(k) for k in range(1, 11)],
    ]
    merges = [(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 5), (0, 6, 0, 7), (0, 8, 1, 8), (0, 9, 1, 9)]
    for k, o in enumerate(PAPER_REGISTER, 1):
        bin_, kato = make_bin(r), _kato(doc, o[7])
        la, la_x = _dms(o[8] + r.uniform(-0.002, 0.002), doc.lang, True)
        lo, lo_x = _dms(o[9] + r.uniform(-0.002, 0.002), doc.lang, False)
        entry = f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.{r.choice((2022, 2023, 2024))}, № 19-{r.randint(10, 499):04d}"
        rows.append([str(k), o[i], bin_, o[2 + i], o[6], kato, la, lo, o[10], entry])
        doc.add("facilities", {"bin": bin_, "name_contains": o[4 + i], "kato": kato, "oked": o[6], "category": o[10], "lat": la_x, "lon": lo_x})
    doc.table(g("Таблица 1. Объекты отрасли по состоянию на 01.02.2026", "1-кесте. 01.02.2026 жағдай бойынша сала объектілері"), rows, merges,
              role="facility")
    doc.table(g("Сводка по категориям", "Санаттар бойынша жиынтық"), [
        g(["Категория", "Количество объектов", "в т.ч. с КЭР / разрешением"], ["Санат", "Объектілер саны", "оның ішінде КЭР / рұқсаты барлары"]),
        ["I", "1", "1"], ["II", "1", "1"], ["III", "1", g("декларация", "декларация")], ["IV", "1", "–"],
    ], role="other")
    doc.p(g("Примечание: в графе 10 – дата и регистрационный номер записи в перечне, не номер разрешительного документа.",
            "Ескерту: 10-бағанда – тізбедегі жазбаның күні мен тіркеу нөмірі, рұқсат беру құжатының нөмірі емес."))


# (VI company, key, VSIC, lot, area m2, lat, lon, capacity, group, paper)
PHONG_KHE = (
    ("Công ty TNHH Giấy Hưng Phát Phong Khê", "Hưng Phát", "1701", "Lô CN-03", 8250, 21.19212, 106.02377, "15.000 tấn giấy bao bì/năm", "II",
     "Giấy phép môi trường số 142/GP-UBND ngày 21/6/2024"),
    ("Công ty TNHH Sản xuất Giấy Đạt Thành", "Đạt Thành", "1701", "Lô CN-07", 5400, 21.19075, 106.02641, "6.000 tấn giấy đế/năm", "III",
     "Giấy phép môi trường số 37/GP-UBND ngày 04/3/2025"),
    ("Công ty Cổ phần Bao bì Carton Châu Khê", "Châu Khê", "1702", "Lô CN-11", 6900, 21.18844, 106.02198, "18 triệu m² bìa carton/năm", "III",
     "Đăng ký môi trường ngày 15/9/2023"),
    ("Công ty TNHH Giấy vệ sinh Minh Khang", "Minh Khang", "1709", "Lô CN-14", 3600, 21.18931, 106.02915, "2.400 tấn giấy vệ sinh, khăn giấy/năm", "III",
     "Đăng ký môi trường ngày 02/10/2024"),
)  # fmt: skip


def _facility_jt1_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("DANH SÁCH CÁC DOANH NGHIỆP SẢN XUẤT GIẤY ĐANG HOẠT ĐỘNG TẠI CỤM CÔNG NGHIỆP LÀNG NGHỀ PHONG KHÊ")
    doc.p("(Kèm theo báo cáo của Ban quản lý cụm công nghiệp về tình hình chấp hành pháp luật bảo vệ môi trường năm 2025; số liệu tính "
          "đến ngày 31/12/2025. Tọa độ là tâm lô đất theo hệ WGS-84.)")
    rows = [
        ["TT", "Doanh nghiệp", None, "Ngành nghề (mã VSIC)", "Lô đất", "Diện tích (m²)", "Tọa độ tâm lô đất", None, "Công suất thiết kế",
         "Phân nhóm dự án, cơ sở", "Hồ sơ môi trường"],
        [None, "Tên doanh nghiệp", "Mã số doanh nghiệp", None, None, None, "Vĩ độ (N)", "Kinh độ (E)", None, None, None],
    ]
    merges = [(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 1, 3), (0, 4, 1, 4), (0, 5, 1, 5), (0, 6, 0, 7), (0, 8, 1, 8), (0, 9, 1, 9), (0, 10, 1, 10)]
    for k, (name, key, vsic, lot, area, lat, lon, cap, group, paper) in enumerate(PHONG_KHE, 1):
        msdn = _msdn(doc, "23")
        la, lo = round(lat + r.uniform(-0.0008, 0.0008), 5), round(lon + r.uniform(-0.0008, 0.0008), 5)
        rows.append([str(k), name, msdn, vsic, lot, num(area, "vi"), num(la, "vi", group=False), num(lo, "vi", group=False), cap, f"Nhóm {group}", paper])
        doc.add("facilities", {"bin": msdn, "name_contains": key, "category": group, "lat": la, "lon": lo})
    doc.table("Bảng 1. Danh sách doanh nghiệp", rows, merges, role="facility")
    doc.table("Bảng 2. Hạ tầng dùng chung của cụm công nghiệp", [
        ["Hạng mục", "Quy mô", "Ghi chú"],
        ["Trạm xử lý nước thải tập trung", "4.000 m³/ngày đêm", "vận hành từ năm 2019"],
        ["Hệ thống thu gom nước thải", f"{num(r.randint(3, 6) * 1000 + 250, 'vi')} m", "đấu nối 100 % doanh nghiệp"],
        ["Điểm tập kết chất thải rắn", "1.200 m²", "có mái che"],
    ], role="other")


TISSUE = ("ТОО «Шымкент Тиссью Пэйпер»", "«Шымкент Тиссью Пэйпер» ЖШС", "Фабрика туалетной бумаги и бумажных салфеток",
          "Дәретхана қағазы мен қағаз майлықтар фабрикасы", "Тиссью")


def facility_jt2(doc: Doc) -> None:
    """The first table of a tissue mill's ПЭК programme, `№ | показатель | значение` under three section rows — the
    operator, the object and the consultancy that wrote the programme, the last with its own BIN and licence that belong to
    no facility; the Kazakh labels bilingual (`Атауы / Наименование`), the centre of the site in ASCII degrees, minutes and
    seconds, the category with the annex that sets it, the site's corner points in a table of no role."""
    if doc.lang == "vi":
        _facility_jt2_vi(doc)
        return
    r = doc.rng
    g, i = _g(doc), _ix(doc)

    def lab(ru: str, kk: str) -> str:
        return ru if i == 0 else f"{kk} / {ru}"

    bin_, kato = make_bin(r), _kato(doc, "7916")
    dev_bin = make_bin(r)
    lat0, lon0 = 42.3181 + r.uniform(-0.003, 0.003), 69.5949 + r.uniform(-0.003, 0.003)
    la, la_x = _dms(lat0, doc.lang, True, "ascii")
    lo, lo_x = _dms(lon0, doc.lang, False, "ascii")
    doc.h(g(f"Программа производственного экологического контроля {TISSUE[0]} на 2026–2028 годы",
            f"{TISSUE[1]} 2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы"))
    doc.h(g("1. Общие сведения", "1. Жалпы мәліметтер"))
    rows = [g(["№", "Наименование показателя", "Значение"], ["№", "Көрсеткіш / Показатель", "Мәні / Значение"])]
    merges: list = []
    _full(rows, merges, g("Сведения об операторе", "Оператор туралы мәліметтер / Сведения об операторе"), 3)
    rows += [
        ["1.1", lab("Наименование", "Атауы"), TISSUE[i]],
        ["1.2", lab("БИН", "БСН"), bin_],
        ["1.3", lab("Юридический адрес", "Заңды мекенжайы"),
         g("г. Шымкент, Енбекшинский район, ул. Капал батыра, 118", "Шымкент қ., Еңбекші ауданы, Қапал батыр к-сі, 118")],
        ["1.4", lab("Руководитель", "Басшысы"), g("директор Турсунов А.Б., тел. +7 7252 53 18 40", "директор Тұрсынов А.Б., тел. +7 7252 53 18 40")],
    ]
    _full(rows, merges, g("Сведения об объекте", "Объект туралы мәліметтер / Сведения об объекте"), 3)
    rows += [
        ["2.1", lab("Наименование объекта", "Объектінің атауы"), TISSUE[2 + i]],
        ["2.2", lab("Местонахождение", "Орналасқан жері"),
         g("г. Шымкент, индустриальная зона «Оңтүстік», участок 41/3", "Шымкент қ., «Оңтүстік» индустриялық аймағы, 41/3 учаске")],
        ["2.3", lab("Код КАТО", "ҚАТО коды"), kato],
        ["2.4", lab("Вид деятельности по ОКЭД", "ЭҚЖЖ бойынша қызмет түрі"),
         g("17220 – Производство бумажных изделий хозяйственно-бытового и санитарно-гигиенического назначения",
           "17220 – Шаруашылық-тұрмыстық және санитариялық-гигиеналық мақсаттағы қағаз бұйымдарын өндіру")],
        ["2.5", lab("Географические координаты центра площадки", "Алаң орталығының географиялық координаттары"), f"{la}; {lo}"],
        ["2.6", lab("Площадь территории", "Аумақтың ауданы"), g(f"{num(round(r.uniform(3.1, 4.6), 2), 'ru')} га", f"{num(round(r.uniform(3.1, 4.6), 2), 'kk')} га")],
        ["2.7", lab("Производственная мощность", "Өндірістік қуаты"),
         g("БДМ – 18 т/сутки основы-бумаги; 14 линий переработки – 5 400 т/год готовых изделий",
           "ҚЖМ – тәулігіне 18 т негіз-қағаз; 14 өңдеу желісі – жылына 5 400 т дайын бұйым")],
        ["2.8", lab("Категория объекта", "Объектінің санаты"),
         g("II (раздел 2 приложения 2 к Экологическому кодексу РК)", "II (ҚР Экология кодексіне 2-қосымшаның 2-бөлімі)")],
        ["2.9", lab("Экологическое разрешение", "Экологиялық рұқсат"),
         f"KZ{r.randint(10, 99)}VCZ{r.randint(10**7, 10**8 - 1)} " + g(f"от {r.randint(1, 28):02d}.06.2025", f"{r.randint(1, 28):02d}.06.2025 ж.")],
    ]
    _full(rows, merges, g("Сведения о разработчике программы", "Бағдарламаны әзірлеуші туралы мәліметтер / Сведения о разработчике программы"), 3)
    rows += [
        ["3.1", lab("Наименование", "Атауы"), g("ТОО «ЭкоПроект Оңтүстік»", "«ЭкоПроект Оңтүстік» ЖШС")],
        ["3.2", lab("БИН", "БСН"), dev_bin],
        ["3.3", lab("Лицензия на выполнение работ в области охраны окружающей среды", "Қоршаған ортаны қорғау саласындағы жұмыстарды орындауға лицензия"),
         g(f"№ 0{r.randint(1000, 2999)}Р от 18.06.2019", f"2019 ж. 18.06. № 0{r.randint(1000, 2999)}Р")],
        ["3.4", lab("Адрес, телефон", "Мекенжайы, телефоны"), g("г. Шымкент, пр. Тауке хана, 37, оф. 304; +7 701 722 40 15",
                                                                 "Шымкент қ., Тәуке хан даңғ., 37, 304-кеңсе; +7 701 722 40 15")],
    ]
    doc.table(None, rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": TISSUE[4], "kato": kato, "oked": "17220", "category": "II", "lat": la_x, "lon": lo_x})
    corners = [g(["Точка", "Северная широта", "Восточная долгота"], ["Нүкте", "Солтүстік ендік", "Шығыс бойлық"])]
    for k, (dy, dx) in enumerate(((0.0011, -0.0013), (0.0011, 0.0012), (-0.0010, 0.0012), (-0.0010, -0.0013)), 1):
        corners.append([str(k), _dms(lat0 + dy, doc.lang, True, "ascii")[0].split()[0], _dms(lon0 + dx, doc.lang, False, "ascii")[0].split()[0]])
    doc.table(g("Координаты угловых точек территории", "Аумақтың бұрыштық нүктелерінің координаттары"), corners, role="other")


def _facility_jt2_vi(doc: Doc) -> None:
    r = doc.rng
    company = doc.pick(("Công ty TNHH Giấy Kraft Sông Hậu", "Công ty Cổ phần Giấy và Bao bì Hậu Giang Xanh"))
    msdn = _msdn(doc, "63")
    lat0, lon0 = 9.9301 + r.uniform(-0.002, 0.002), 105.8392 + r.uniform(-0.002, 0.002)
    la, la_x = _dms(lat0, "vi", True, "ascii")
    lo, lo_x = _dms(lon0, "vi", False, "ascii")
    n = r.randint(180, 260)
    doc.h(f"GIẤY PHÉP MÔI TRƯỜNG SỐ {n}/GP-BTNMT NGÀY {r.randint(1, 28)} THÁNG 8 NĂM 2024")
    doc.p(f"BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG cấp phép cho {company} được thực hiện các hoạt động bảo vệ môi trường của Nhà máy giấy bao bì "
          "Sông Hậu. Điều 1. Thông tin chung của cơ sở:")
    rows = [["TT", "Nội dung", "Thông tin"],
            ["1", "Tên chủ cơ sở", company],
            ["2", "Địa chỉ trụ sở chính", "Lô A5, Khu công nghiệp Sông Hậu – giai đoạn 1, xã Đông Phú, huyện Châu Thành, tỉnh Hậu Giang"],
            ["3", "Người đại diện theo pháp luật", f"Ông {doc.pick(('Trương Minh Khôi', 'Lâm Quốc Việt'))} – Tổng Giám đốc; điện thoại: 0293 3956 {r.randint(100, 999)}"],
            ["4", "Giấy chứng nhận đăng ký doanh nghiệp",
             f"Mã số doanh nghiệp {msdn}, đăng ký lần đầu ngày 14/5/2016, đăng ký thay đổi lần thứ {r.randint(5, 11)} ngày {r.randint(1, 28)}/{r.randint(1, 12)}/2024"],
            ["5", "Tên cơ sở", "Nhà máy giấy bao bì Sông Hậu (giấy kraft, giấy medium từ giấy thu hồi OCC)"],
            ["6", "Địa điểm thực hiện", "Lô A5 – A7, Khu công nghiệp Sông Hậu – giai đoạn 1, tỉnh Hậu Giang"],
            ["7", "Tọa độ trung tâm nhà máy (WGS-84)", f"{la}; {lo}"],
            ["8", "Tọa độ vị trí xả nước thải (VN-2000, KTT 105°00', múi chiếu 3°)",
             f"X = {num(1_097_000 + r.randint(100, 900), 'vi')} m; Y = {num(589_000 + r.randint(100, 900), 'vi')} m"],
            ["9", "Loại hình sản xuất", "Sản xuất giấy, bột giấy – thuộc loại hình có nguy cơ gây ô nhiễm môi trường (Phụ lục II Nghị định số 08/2022/NĐ-CP)"],
            ["10", "Công suất", "350.000 tấn sản phẩm/năm (02 dây chuyền PM1, PM2)"],
            ["11", "Phân loại dự án, cơ sở", "Nhóm I (mục 3 Phụ lục III Nghị định số 08/2022/NĐ-CP)"]]  # fmt: skip
    doc.table(None, rows, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": "Sông Hậu", "category": "I", "lat": la_x, "lon": lo_x})
    doc.table("Các hạng mục công trình chính", [
        ["Hạng mục", "Thông số"],
        ["Lò hơi tầng sôi số 1 (than đá)", "75 tấn hơi/giờ"],
        ["Lò hơi tầng sôi số 2 (vỏ trấu, mùn cưa)", "35 tấn hơi/giờ"],
        ["Hệ thống xử lý nước thải (kỵ khí IC + hiếu khí)", "18.000 m³/ngày đêm"],
    ], role="other")
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- emissions

CARD_CODES = ("0301", "0304", "0337", "0333", "2902", "2966")
# (number, RU, KK, height m, hours a year, {code: (low, high) g/s})
CARD_SOURCES = (
    ("0001", "Дымовая труба котельной (котлы ДЕ-25-14ГМ, 2 шт., природный газ)", "Қазандықтың түтін мұржасы (ДЕ-25-14ГМ қазандықтары, 2 дана, табиғи газ)",
     30, 7800, {"0301": (0.8, 1.6), "0304": (0.13, 0.26), "0337": (1.2, 2.4)}),
    ("0002", "Вытяжка колпака сушильной части КДМ-1", "КЖМ-1 кептіру бөлігі қалпағының сорғышы", 22, 8000, {"2902": (0.02, 0.06)}),
    ("0003", "Аспирация узла приготовления крахмального клея", "Крахмал желімін дайындау торабының аспирациясы", 12, 4200, {"2966": (0.005, 0.02)}),
    ("0004", "Аспирация продольно-резательного станка (циклон)", "Бойлық кескіш станоктың аспирациясы (циклон)", 10, 6000, {"2902": (0.03, 0.09)}),
    ("0005", "Свеча сброса биогаза анаэробного реактора ЛОС", "ЖТҚ анаэробты реакторының биогаз шығару шырағы", 8, 8760,
     {"0333": (0.001, 0.004), "0337": (0.002, 0.008)}),
    ("6001", "Открытая площадка хранения кип макулатуры", "Макулатура тайларын сақтайтын ашық алаң", 2, 8760, {"2902": (0.01, 0.04)}),
    ("6002", "Иловые карты локальных очистных сооружений", "Жергілікті тазарту құрылыстарының лай карталары", 2, 8760, {"0333": (0.0005, 0.002)}),
)  # fmt: skip


def emissions_jt1(doc: Doc) -> None:
    """A recycled-cardboard mill's НДВ table turned about: the sources as rows and the substances as columns, each
    substance's code and name over `г/с | т/год`, the hazard classes in a row of their own under the header, a dash where a
    source gives no substance, the totals per substance last (VI: a containerboard mill's loads with the parameters as rows
    and the stacks as column pairs, a total pair of columns at the right)."""
    if doc.lang == "vi":
        _emissions_jt1_vi(doc)
        return
    r = doc.rng
    g, i = _g(doc), _ix(doc)
    doc.h(g("Нормативы допустимых выбросов загрязняющих веществ в атмосферу. ТОО «Талгар Қағаз», картонная фабрика",
            "«Талғар Қағаз» ЖШС, картон фабрикасы. Атмосфераға ластаушы заттар шығарындыларының жол берілетін нормативтері"))
    doc.p(g("Нормативы установлены на 2026–2035 годы для 7 источников (5 организованных и 2 неорганизованных) по результатам "
            "инвентаризации 2025 года. Фабрика работает 330 суток в году в три смены.",
            "Нормативтер 2025 жылғы түгендеу нәтижелері бойынша 7 көз (5 ұйымдастырылған және 2 ұйымдастырылмаған) үшін 2026–2035 "
            "жылдарға белгіленді. Фабрика жылына 330 тәулік үш ауысыммен жұмыс істейді."))
    h0 = g(["№ ИЗА", "Наименование источника", "Высота, м"], ["ЛШК №", "Көздің атауы", "Биіктігі, м"])
    h1, h2 = [None, None, None], ["", g("Класс опасности", "Қауіптілік сыныбы"), ""]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2)]
    for k, c in enumerate(CARD_CODES):
        h0 += [f"{c} {_air(doc, c)}", None]
        h1 += g(["г/с", "т/год"], ["г/с", "т/жыл"])
        h2 += [str(_hz(c)), None]
        merges += [(0, 3 + 2 * k, 0, 4 + 2 * k), (2, 3 + 2 * k, 2, 4 + 2 * k)]
    rows = [h0, h1, h2]
    sums = {c: [0.0, 0.0] for c in CARD_CODES}
    for number, s_ru, s_kk, height, hours, codes in CARD_SOURCES:
        line = [number, (s_ru, s_kk)[i], str(height)]
        for c in CARD_CODES:
            if c not in codes:
                line += ["–", "–"]
                continue
            gs = _r(r.uniform(*codes[c]))
            ty = _r(gs * 3600 * hours * r.uniform(0.8, 0.95) / 1e6)
            line += [num(gs, doc.lang), num(ty, doc.lang)]
            sums[c][0] += gs
            sums[c][1] += ty
            doc.add("emissions", emission(c, gs, ty, number, _hz(c)))
        rows.append(line)
    total = [g("Итого по веществу", "Зат бойынша барлығы"), None, None]
    for c in CARD_CODES:
        total += [num(round(sums[c][0], 6), doc.lang), num(round(sums[c][1], 6), doc.lang)]
    rows.append(total)
    merges.append((len(rows) - 1, 0, len(rows) - 1, 2))
    doc.table(g("Таблица 5.2 – Нормативы выбросов по источникам (г/с, т/год)", "5.2-кесте – Көздер бойынша шығарындылар нормативтері (г/с, т/жыл)"),
              rows, merges, role="emissions")
    doc.add("sources", *({"number": s[0], "type": _type(s[0])} for s in CARD_SOURCES))
    doc.p(g(f"Примечание: валовый выброс по фабрике – {num(round(sum(v[1] for v in sums.values()), 3), 'ru')} т/год; "
            "санитарно-защитная зона – 300 м (класс III).",
            f"Ескерту: фабрика бойынша жалпы шығарынды – жылына {num(round(sum(v[1] for v in sums.values()), 3), 'kk')} т; "
            "санитариялық-қорғаныш аймағы – 300 м (III сынып)."))
    maybe_distractor(doc)


# (VI stack, hours a year, {code: (low, high) g/s})
HAU_STACKS = (
    ("Ống khói lò hơi số 1 (than đá, 75 tấn hơi/giờ)", 8000, {"2902": (2.0, 4.5), "0330": (6.0, 14.0), "0301": (5.0, 11.0), "0337": (1.0, 3.0)}),
    ("Ống khói lò hơi số 2 (vỏ trấu, mùn cưa, 35 tấn hơi/giờ)", 7200, {"2902": (1.0, 2.5), "0330": (0.2, 0.8), "0301": (1.5, 3.5), "0337": (2.0, 5.0)}),
    ("Ống thải tháp khử mùi bể kỵ khí IC", 8760, {"0333": (0.01, 0.05), "0303": (0.02, 0.08)}),
)
HAU_CODES = ("2902", "0330", "0301", "0337", "0333", "0303")


def _emissions_jt1_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – NHÀ MÁY GIẤY BAO BÌ SÔNG HẬU")
    doc.h("Bảng 3.8. Tải lượng các chất ô nhiễm trong khí thải sau xử lý")
    doc.p("Tải lượng tính theo kết quả quan trắc tự động năm 2024 và số giờ vận hành thực tế của từng lò hơi.")
    h0, h1 = ["TT", "Thông số"], [None, None]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1)]
    for k, (name, _, _) in enumerate(HAU_STACKS):
        h0 += [name, None]
        h1 += ["g/s", "tấn/năm"]
        merges.append((0, 2 + 2 * k, 0, 3 + 2 * k))
    h0 += ["Tổng toàn nhà máy", None]
    h1 += ["g/s", "tấn/năm"]
    merges.append((0, 2 + 2 * len(HAU_STACKS), 0, 3 + 2 * len(HAU_STACKS)))
    rows = [h0, h1]
    for n, c in enumerate(HAU_CODES, 1):
        line, tg, tt = [str(n), _air(doc, c)], 0.0, 0.0
        for _, hours, codes in HAU_STACKS:
            if c not in codes:
                line += ["-", "-"]
                continue
            gs = _r(r.uniform(*codes[c]))
            ty = _r(gs * 3600 * hours / 1e6)
            line += [num(gs, "vi"), num(ty, "vi")]
            tg, tt = tg + gs, tt + ty
            doc.add("emissions", emission(c, gs, ty))
        rows.append(line + [num(round(tg, 6), "vi"), num(round(tt, 6), "vi")])
    doc.table(None, rows, merges, role="emissions")
    doc.p("Ghi chú: lò hơi số 1 vận hành 8.000 giờ/năm, lò hơi số 2 vận hành 7.200 giờ/năm; tháp khử mùi vận hành liên tục.")
    maybe_distractor(doc)


# (code, (low, high) t/year) per period
REED_BUILD = (("0301", (1.5, 4.0)), ("0304", (0.2, 0.6)), ("0328", (0.1, 0.4)), ("0330", (0.3, 0.9)), ("0337", (1.8, 5.0)), ("2754", (0.4, 1.2)),
              ("2908", (6.0, 18.0)), ("0123", (0.05, 0.2)), ("0143", (0.005, 0.02)), ("0616", (0.3, 1.1)))
REED_RUN = (("0301", (180, 320)), ("0304", (25, 50)), ("0330", (60, 140)), ("0337", (150, 300)), ("0333", (2.0, 6.0)), ("1715", (0.8, 2.5)),
            ("1707", (0.5, 1.8)), ("1706", (0.2, 0.9)), ("1052", (15, 40)), ("3751", (8, 20)), ("3752", (12, 30)), ("3753", (30, 70)))


def emissions_jt2(doc: Doc) -> None:
    """A scoping conclusion on a planned reed-pulp mill quoting the applicant's tonnes a year under two rows spanning the
    table, the building period and the operating one, each with its subtotal; no grams a second, the sulphate-pulp dusts
    and the mercaptans with their classes or a dash (VI: a craft paper village's coal-fired boilers, tonnes a year worked
    from emission factors and the village's coal, kilograms a day beside them)."""
    if doc.lang == "vi":
        _emissions_jt2_vi(doc)
        return
    r = doc.rng
    g = _g(doc)
    doc.h(g("Заключение об определении сферы охвата оценки воздействия на окружающую среду и (или) скрининга воздействий намечаемой деятельности",
            "Қоршаған ортаға әсерді бағалаудың қамту саласын және (немесе) белгіленіп отырған қызмет әсерлерін скринингтеу туралы қорытынды"))
    doc.p(g("Намечаемая деятельность: строительство завода небеленой сульфатной целлюлозы из тростника и рисовой соломы мощностью "
            "120 тыс. т в год, Кызылординская область, Жалагашский район. Инициатор – ТОО «Сырдария Целлюлоза».",
            "Белгіленіп отырған қызмет: жылына 120 мың т қамыс пен күріш сабанынан ағартылмаған сульфат целлюлозасы зауытын салу, "
            "Қызылорда облысы, Жалағаш ауданы. Бастамашы – «Сырдария Целлюлоза» ЖШС."))
    doc.p(g("Согласно заявлению о намечаемой деятельности, ориентировочные объемы выбросов загрязняющих веществ составят:",
            "Белгіленіп отырған қызмет туралы өтінішке сәйкес ластаушы заттар шығарындыларының болжамды көлемдері:"))
    rows = [g(["Код", "Наименование загрязняющего вещества", "Класс опасности", "Выброс, т/год"],
              ["Коды", "Ластаушы заттың атауы", "Қауіптілік сыныбы", "Шығарынды, т/жыл"])]
    merges: list = []
    for period, title, items, sub in (
        ("construction", g("Период строительства (2026–2027 гг.)", "Құрылыс кезеңі (2026–2027 жж.)"), REED_BUILD,
         g("Итого за период строительства", "Құрылыс кезеңі бойынша барлығы")),
        ("operation", g("Период эксплуатации (с 2028 г.)", "Пайдалану кезеңі (2028 ж. бастап)"), REED_RUN,
         g("Итого за период эксплуатации", "Пайдалану кезеңі бойынша барлығы")),
    ):
        _full(rows, merges, title, 4)
        total = 0.0
        for c, (lo, hi) in items:
            ty = _r(r.uniform(lo, hi), 3 if hi < 100 else 4)
            total += ty
            hz = _hz(c)
            rows.append([c, _air(doc, c), str(hz) if hz else "–", num(ty, doc.lang)])
            doc.add("emissions", emission(c, None, ty, None, hz, period))
        rows.append(["", sub, "", num(round(total, 4), doc.lang)])
    doc.table(None, rows, merges, role="emissions")
    doc.p(g("Выводы: в отчете о возможных воздействиях необходимо: 1) выполнить расчет рассеивания с учетом запаха (метилмеркаптан, "
            "сероводород) на границе с. Жалагаш; 2) предусмотреть сжигание дурнопахнущих газов в известерегенерационной печи; "
            "3) обосновать размер санитарно-защитной зоны не менее 1000 м.",
            "Қорытынды: ықтимал әсерлер туралы есепте: 1) Жалағаш ауылының шекарасында иісті (метилмеркаптан, күкіртсутек) ескере "
            "отырып, таралуды есептеу; 2) жағымсыз иісті газдарды әкті регенерациялау пешінде жағуды көздеу; 3) санитариялық-қорғаныш "
            "аймағының мөлшерін кемінде 1000 м етіп негіздеу қажет."))
    maybe_distractor(doc)


# (VI label, code, factor text, kg per tonne of coal)
VILLAGE_FACTORS = (("Bụi tổng", "2902", "5,0", 5.0), ("SO2", "0330", "19,5 × S (S = 0,8 %)", 15.6), ("NOx (tính theo NO2)", "0301", "9,0", 9.0),
                   ("CO", "0337", "0,6", 0.6))


def _emissions_jt2_vi(doc: Doc) -> None:
    r = doc.rng
    coal = r.randint(100, 140) * 300
    doc.h("BÁO CÁO HIỆN TRẠNG MÔI TRƯỜNG LÀNG NGHỀ SẢN XUẤT GIẤY PHONG KHÊ NĂM 2025")
    doc.h("2.3. Ô nhiễm không khí từ các lò hơi đốt than")
    doc.p(f"Theo điều tra, làng nghề có {r.randint(58, 74)} lò hơi công suất 1 – 4 tấn hơi/giờ, tổng lượng than cám tiêu thụ khoảng "
          f"{num(coal // 300, 'vi')} tấn/ngày, tương đương {num(coal, 'vi')} tấn/năm (300 ngày sản xuất). Tải lượng ô nhiễm được tính theo hệ số "
          "phát thải của Tổ chức Y tế Thế giới (WHO, 1993).")
    rows = [["TT", "Chất ô nhiễm", "Hệ số phát thải (kg/tấn than)", "Tải lượng (kg/ngày)", "Tải lượng (tấn/năm)"]]
    for n, (label, code, text, kg) in enumerate(VILLAGE_FACTORS, 1):
        ty = round(kg * coal / 1000, 1)
        rows.append([str(n), label, text, num(round(ty * 1000 / 300, 1), "vi"), num(ty, "vi")])
        doc.add("emissions", emission(code, None, ty))
    cl = round(r.uniform(2.5, 6.0), 2)
    rows.append([str(len(VILLAGE_FACTORS) + 1), "Clo (Cl2) – từ khâu tẩy trắng bằng nước Javen", "– (ước tính theo cân bằng vật chất)",
                 num(round(cl * 1000 / 300, 1), "vi"), num(cl, "vi")])
    doc.add("emissions", emission("0349", None, cl))
    doc.table("Bảng 2.6. Tải lượng các chất ô nhiễm không khí phát sinh tại làng nghề", rows, role="emissions")
    doc.p("Nhận xét: các lò hơi hầu hết không có hệ thống xử lý khí thải hoặc chỉ có buồng lắng bụi đơn giản, ống khói cao 10 – 15 m.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

# (code, RU, KK, (low, high) limit t/year, production?)
CARD_WASTES_HAZ = (
    ("13 02 05*", "Отработанные моторные и трансмиссионные масла", "Пайдаланылған мотор және трансмиссия майлары", (0.8, 2.4), False),
    ("15 01 10*", "Тара из-под биоцидов и красителей", "Биоцидтер мен бояғыштар ыдысы", (1.5, 4.0), True),
    ("15 02 02*", "Промасленная ветошь и фильтрующие материалы", "Майланған шүберек және сүзгі материалдары", (0.2, 0.8), False),
    ("16 06 01*", "Отработанные свинцовые аккумуляторы", "Пайдаланылған қорғасын аккумуляторлары", (0.3, 0.9), False),
    ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", (0.08, 0.25), False),
)
CARD_WASTES_NON = (
    ("03 03 07", "Отходы роспуска макулатуры (рейджект гидроразбивателя)", "Макулатураны ерітудің қалдықтары (гидроерітушінің реджекті)", (3800, 5600), True),
    ("03 03 08", "Отходы сортировки макулатуры (пленка, ламинированный картон)", "Макулатураны сұрыптау қалдықтары (үлдір, ламинатталған картон)", (900, 1600), True),
    ("03 03 10", "Волокнистый осадок (скоп) флотатора", "Флотатордың талшықты тұнбасы (скоп)", (2100, 3200), True),
    ("03 03 11", "Осадок локальных очистных сооружений (избыточный ил)", "Жергілікті тазарту құрылыстарының тұнбасы (артық лай)", (600, 1100), True),
    ("19 12 02", "Проволока от обвязки кип макулатуры", "Макулатура тайларын байлайтын сым", (70, 130), True),
    ("17 04 05", "Лом черных металлов", "Қара металл сынықтары", (8, 20), True),
    ("20 03 01", "Смешанные коммунальные отходы", "Аралас коммуналдық қалдықтар", (30, 50), False),
)  # fmt: skip


def _t(x: float) -> float:
    return round(x, 1) if x >= 10 else round(x, 3)


def wastes_jt1(doc: Doc) -> None:
    """A permit annex in the official form of the limits of accumulating wastes: `всего` first, then `в том числе отходов
    производства / потребления`, then section rows for hazardous, non-hazardous and mirror wastes, the code only in brackets
    after each name, the volume accumulated so far beside the limit (VI: a containerboard mill's permit annex, hazardous
    wastes in kilograms with their state, ordinary and domestic wastes in tonnes in two more tables)."""
    if doc.lang == "vi":
        _wastes_jt1_vi(doc)
        return
    r = doc.rng
    g, i = _g(doc), _ix(doc)
    doc.h(g("Приложение 3 к экологическому разрешению. Лимиты накопления отходов на 2026–2035 годы",
            "Экологиялық рұқсатқа 3-қосымша. 2026–2035 жылдарға арналған қалдықтарды жинақтау лимиттері"))
    doc.p(g("Оператор: ТОО «Талгар Қағаз», картонная фабрика. Срок накопления отходов на месте образования – не более шести месяцев "
            "(п. 2 статьи 320 Экологического кодекса РК).",
            "Оператор: «Талғар Қағаз» ЖШС, картон фабрикасы. Қалдықтарды түзілген жерінде жинақтау мерзімі – алты айдан аспайды "
            "(ҚР Экология кодексінің 320-бабының 2-тармағы)."))
    lines, tot, prod, cons = [], [0.0, 0.0], [0.0, 0.0], [0.0, 0.0]
    for title, items in ((g("Опасные отходы", "Қауіпті қалдықтар"), CARD_WASTES_HAZ), (g("Неопасные отходы", "Қауіпті емес қалдықтар"), CARD_WASTES_NON)):
        lines.append((title, None, None))
        for code, n_ru, n_kk, (lo, hi), made in items:
            lim = _t(r.uniform(lo, hi))
            now = _t(lim * r.uniform(0.05, 0.4)) if r.random() < 0.6 else 0.0
            name = (n_ru, n_kk)[i]
            lines.append((f"{name} ({code})", now, lim))
            for acc in (tot, prod if made else cons):
                acc[0] += now
                acc[1] += lim
            doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": lim,
                               "name_contains": _head(name.split(" (")[0], 3)})
    lines += [(g("Зеркальные", "Айналы"), None, None), ("–", "–", "–")]
    rows = [g(["Наименование отходов", "Объем накопленных отходов на существующее положение, тонн/год", "Лимит накопления, тонн/год"],
              ["Қалдықтардың атауы", "Қазіргі жағдайдағы жинақталған қалдықтардың көлемі, тонна/жыл", "Жинақтау лимиті, тонна/жыл"]),
            [g("Всего", "Барлығы"), num(round(tot[0], 3), doc.lang), num(round(tot[1], 3), doc.lang)],
            [g("в том числе отходов производства", "оның ішінде өндіріс қалдықтары"), num(round(prod[0], 3), doc.lang), num(round(prod[1], 3), doc.lang)],
            [g("отходов потребления", "тұтыну қалдықтары"), num(round(cons[0], 3), doc.lang), num(round(cons[1], 3), doc.lang)]]
    merges: list = []
    for text, now, lim in lines:
        if lim is None:
            _full(rows, merges, text, 3)
        else:
            rows.append([text, now if isinstance(now, str) else (num(now, doc.lang) if now else "0"), lim if isinstance(lim, str) else num(lim, doc.lang)])
    doc.table(None, rows, merges, role="wastes")
    doc.table(g("Договоры на передачу отходов", "Қалдықтарды беру шарттары"), [
        g(["Контрагент", "Договор", "Вид отходов"], ["Контрагент", "Шарт", "Қалдықтар түрі"]),
        [g("ТОО «Алатау Эко Сервис»", "«Алатау Эко Сервис» ЖШС"), f"№ {r.randint(10, 99)}/26 " + g("от 09.01.2026", "09.01.2026 ж."), g("опасные", "қауіпті")],
        [g("ТОО «Полигон Талгар»", "«Талғар Полигоны» ЖШС"), f"№ {r.randint(100, 399)} " + g("от 15.01.2026", "15.01.2026 ж."),
         g("рейджект, осадки", "реджект, тұнбалар")],
    ], role="other")


# (VI name, state, code, (low, high) kg/year)
HAU_CTNH = (
    ("Dầu động cơ, hộp số và bôi trơn tổng hợp thải", "Lỏng", "17 02 03", (1800, 3600)),
    ("Bóng đèn huỳnh quang thải", "Rắn", "16 01 06", (60, 180)),
    ("Giẻ lau, găng tay, vật liệu lọc dính dầu", "Rắn", "18 02 01", (900, 2400)),
    ("Bao bì cứng bằng kim loại thải (thùng đựng hóa chất, dầu)", "Rắn", "18 01 02", (600, 1500)),
    ("Bao bì cứng bằng nhựa thải (can đựng hóa chất phụ gia)", "Rắn", "18 01 03", (1200, 3200)),
    ("Ắc quy chì thải", "Rắn", "19 06 01", (200, 600)),
)
# (VI name, (low, high) t/year)
HAU_ORDINARY = (
    ("Tạp chất từ máy nghiền thủy lực (nilon, dây kẽm, băng keo)", (9000, 14000)),
    ("Bùn thải từ hệ thống xử lý nước thải (đã ép, độ ẩm 60 %)", (6000, 9500)),
    ("Tro, xỉ lò hơi", (11000, 17000)),
    ("Lõi ống giấy, đầu cuộn hỏng", (300, 700)),
)


def _wastes_jt1_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("PHỤ LỤC 3. YÊU CẦU VỀ QUẢN LÝ CHẤT THẢI (kèm theo Giấy phép môi trường của Nhà máy giấy bao bì Sông Hậu)")
    doc.p("A. Khối lượng, chủng loại chất thải phát sinh")
    rows = [["TT", "Tên chất thải", "Trạng thái tồn tại", "Mã CTNH", "Khối lượng (kg/năm)"]]
    for n, (name, state, code, (lo, hi)) in enumerate(HAU_CTNH, 1):
        kg = float(r.randint(lo // 10, hi // 10) * 10)
        rows.append([str(n), name, state, code, num(kg, "vi")])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000, "name_contains": _head(name, 4)})
    doc.table("1. Khối lượng, chủng loại chất thải nguy hại phát sinh thường xuyên", rows, role="wastes")
    rows = [["TT", "Tên chất thải", "Khối lượng (tấn/năm)"]]
    for n, (name, (lo, hi)) in enumerate(HAU_ORDINARY, 1):
        t = float(r.randint(lo // 10, hi // 10) * 10)
        rows.append([str(n), name, num(t, "vi")])
        doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": _head(name, 4)})
    doc.table("2. Khối lượng, chủng loại chất thải rắn công nghiệp thông thường phát sinh", rows, role="wastes")
    dom = float(r.randint(90, 160))
    doc.table("3. Khối lượng chất thải rắn sinh hoạt phát sinh", [["TT", "Tên chất thải", "Khối lượng (tấn/năm)"],
                                                                ["1", "Chất thải rắn sinh hoạt", num(dom, "vi")]], role="wastes")
    doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": dom, "name_contains": "Chất thải rắn sinh hoạt"})
    doc.p("B. Yêu cầu: chất thải nguy hại được lưu giữ trong kho riêng diện tích 60 m² và chuyển giao cho đơn vị có giấy phép xử lý chất thải nguy hại.")


# (code, RU, KK name, (low, high) t/year, [(RU, KK component, per cent)], RU, KK property, RU, KK place)
PASSPORTS = (
    ("13 02 05*", "Отработанные моторные масла", "Пайдаланылған мотор майлары", (0.6, 1.6),
     [("масло минеральное", "минералды май", 82.4), ("вода", "су", 9.1), ("механические примеси", "механикалық қоспалар", 8.5)],
     "HP 14 – экотоксичность; HP 3 – огнеопасность", "HP 14 – экоуыттылық; HP 3 – өрт қауіптілігі", "автопогрузчики, гараж", "автотиегіштер, гараж"),
    ("15 01 10*", "Тара из-под химических реагентов (полиамидоаминной смолы, пеногасителя)",
     "Химиялық реагенттер ыдысы (полиамидоамин шайыры, көбік сөндіргіш)", (1.2, 3.0),
     [("полиэтилен высокой плотности", "тығыздығы жоғары полиэтилен", 94.2), ("остатки реагентов", "реагенттердің қалдықтары", 5.8)],
     "HP 5 – специфическая системная токсичность", "HP 5 – арнайы жүйелік уыттылық", "узел приготовления химикатов БДМ", "ҚЖМ химикаттарын дайындау торабы"),
    ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", (0.05, 0.15),
     [("стекло", "шыны", 92.0), ("металлы (цоколь)", "металдар (цоколь)", 7.98), ("ртуть", "сынап", 0.02)],
     "HP 6 – острая токсичность", "HP 6 – жедел уыттылық", "освещение цехов", "цехтарды жарықтандыру"),
    ("16 06 01*", "Отработанные свинцовые аккумуляторы", "Пайдаланылған қорғасын аккумуляторлары", (0.2, 0.6),
     [("свинец и его соединения", "қорғасын және оның қосылыстары", 61.0), ("электролит (серная кислота)", "электролит (күкірт қышқылы)", 21.5),
      ("полипропилен", "полипропилен", 17.5)],
     "HP 8 – разъедающее действие; HP 10 – токсичность для деторождения", "HP 8 – күйдіргіш әсер; HP 10 – бала туу үшін уыттылық",
     "электропогрузчики склада готовой продукции", "дайын өнім қоймасының электр тиегіштері"),
)  # fmt: skip


def wastes_jt2(doc: Doc) -> None:
    """A tissue mill's passports of hazardous wastes, one small two-column table per waste — name, code, level of hazard,
    where it forms, the tonnes a year, its components in per cent on rows of their own, the hazard properties `HP 14` and
    the passport's date as look-alikes (VI: a craft paper village's survey of its solid wastes in tonnes a day and a year,
    no codes, the hazardous chemicals' packaging under a section row of its own and a total)."""
    if doc.lang == "vi":
        _wastes_jt2_vi(doc)
        return
    r = doc.rng
    g, i = _g(doc), _ix(doc)
    doc.h(g(f"Паспорта опасных отходов {TISSUE[0]}", f"{TISSUE[1]} қауіпті қалдықтарының паспорттары"))
    doc.p(g("Паспорта составлены по результатам инвентаризации отходов 2025 года и направлены в уполномоченный орган в течение "
            "трех месяцев с момента образования отходов.",
            "Паспорттар 2025 жылғы қалдықтарды түгендеу нәтижелері бойынша жасалып, қалдықтар түзілген сәттен бастап үш ай ішінде "
            "уәкілетті органға жіберілді."))
    for k, (code, n_ru, n_kk, (lo, hi), parts, p_ru, p_kk, w_ru, w_kk) in enumerate(PASSPORTS, 1):
        amount = _t(r.uniform(lo, hi))
        name = (n_ru, n_kk)[i]
        rows = [[g("Показатель", "Көрсеткіш"), g("Сведения", "Мәліметтер")],
                [g("1. Наименование отхода", "1. Қалдықтың атауы"), name],
                [g("2. Код по классификатору отходов", "2. Қалдықтар сыныптауышы бойынша коды"), code],
                [g("3. Уровень опасности", "3. Қауіптілік деңгейі"), g("опасный", "қауіпті")],
                [g("4. Место образования", "4. Түзілу орны"), (w_ru, w_kk)[i]],
                [g("5. Объем образования, т/год", "5. Түзілу көлемі, т/жыл"), num(amount, doc.lang)],
                [g("6. Компонентный состав, %", "6. Құрамдас бөліктері, %"), ""]]
        rows += [[f"6.{j} {(c_ru, c_kk)[i]}", num(share, doc.lang)] for j, (c_ru, c_kk, share) in enumerate(parts, 1)]
        rows += [[g("7. Опасные свойства", "7. Қауіпті қасиеттері"), (p_ru, p_kk)[i]],
                 [g("8. Дата составления паспорта", "8. Паспорттың жасалған күні"), f"{r.randint(10, 28)}.01.2026"]]
        doc.table(g(f"Паспорт опасных отходов № {k}", f"№ {k} қауіпті қалдықтар паспорты"), rows, role="wastes")
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": True, "amount_t": amount, "name_contains": _head(name.split(" (")[0], 3)})
    distractor(doc, "approval")


# (VI name, source, (low, high) t/day, handling) — hazardous?
VILLAGE_WASTES = (
    (False, "Tạp chất từ giấy phế liệu (nilon, ghim, băng dính, xốp)", "Khâu phân loại, nghiền giấy", (18, 26), "Đốt lò hơi, bán phế liệu"),
    (False, "Bùn thải từ bể lắng của các cơ sở sản xuất", "Bể lắng sơ bộ tại hộ, cơ sở", (9, 15), "Đổ tại bãi tập kết tạm của thôn"),
    (False, "Tro, xỉ than lò hơi", "Lò hơi đốt than", (20, 30), "San lấp mặt bằng"),
    (False, "Xơ sợi, bột giấy rơi vãi", "Khâu xeo giấy", (2, 4), "Thu hồi tái sử dụng"),
    (True, "Bao bì đựng hóa chất (xút, phèn, phẩm màu, Javen)", "Khâu pha hóa chất, tẩy trắng", (0.05, 0.12), "Bán cho người thu mua phế liệu"),
    (True, "Dầu mỡ thải, giẻ lau dính dầu", "Bảo dưỡng máy xeo, máy nghiền", (0.02, 0.06), "Lẫn vào rác sinh hoạt"),
)  # fmt: skip


def _wastes_jt2_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("ĐIỀU TRA, ĐÁNH GIÁ HIỆN TRẠNG CHẤT THẢI RẮN TẠI LÀNG NGHỀ GIẤY DƯƠNG Ổ")
    doc.p("Số liệu tổng hợp từ phiếu điều tra 112 hộ, cơ sở sản xuất (tháng 10/2025); khối lượng năm tính với 300 ngày sản xuất.")
    rows = [["TT", "Loại chất thải", "Nguồn phát sinh", "Khối lượng (tấn/ngày)", "Khối lượng (tấn/năm)", "Hình thức xử lý hiện nay"]]
    merges: list = []
    total = 0.0
    n = 0
    for section, hazardous in (("A. CHẤT THẢI RẮN CÔNG NGHIỆP THÔNG THƯỜNG", False), ("B. CHẤT THẢI NGUY HẠI", True)):
        _full(rows, merges, section, 6)
        for haz, name, source, (lo, hi), how in VILLAGE_WASTES:
            if haz != hazardous:
                continue
            n += 1
            day = round(r.uniform(lo, hi), 1 if hi >= 1 else 3)
            year = round(day * 300, 1)
            total += year
            rows.append([str(n), name, source, num(day, "vi"), num(year, "vi"), how])
            doc.add("wastes", {"code": None, "code_system": None, "hazardous": hazardous, "amount_t": year, "name_contains": _head(name, 4)})
    rows.append(["", "Tổng cộng", "", "", num(round(total, 1), "vi"), ""])
    doc.table("Bảng 2.9. Khối lượng chất thải rắn phát sinh từ hoạt động sản xuất giấy", rows, merges, role="wastes")
    doc.p("Ghi chú: chất thải nguy hại chưa được phân loại, lưu giữ riêng; hầu hết bị thải lẫn vào chất thải rắn sinh hoạt.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

# (symbol, ДК mg/l)
NDS = (("TSS", 15.0), ("BOD5", 6.0), ("COD", 30.0), ("NH4+", 2.0), ("NO2-", 3.3), ("NO3-", 45.0), ("PO4", 3.5), ("Fe", 0.3), ("TPH", 0.1),
       ("Surfactants", 0.5), ("SO4", 500.0), ("Cl-", 350.0), ("TDS", 1000.0))


def limits_jt1(doc: Doc) -> None:
    """A cardboard mill's standards of allowed discharge: the outlet's row spanning the table with its flow in m³/h and
    m³/year, the outlet's name merged down the first column, then `Существующее положение` over the concentration and the
    tonnes of today and `Норматив допустимого сброса` over the allowed concentration, grams an hour and tonnes a year
    (VI: a containerboard mill's quarterly results at its outlet against QCVN 12-MT:2015/BTNMT column B, C beside Cmax with
    Kq 1,2 and Kf 0,9, pH and colour not multiplied, a flow row with no limit)."""
    if doc.lang == "vi":
        _limits_jt1_vi(doc)
        return
    r = doc.rng
    g = _g(doc)
    flow = round(r.uniform(88, 104), 1)
    year = round(flow * 8760)
    doc.h(g("Нормативы допустимых сбросов загрязняющих веществ на 2026–2035 годы. ТОО «Талгар Қағаз»",
            "«Талғар Қағаз» ЖШС. 2026–2035 жылдарға арналған ластаушы заттардың жол берілетін төгінділерінің нормативтері"))
    doc.p(g("Очищенные производственные и хозяйственно-бытовые сточные воды после локальных очистных сооружений (флотация, анаэробно-аэробная "
            "биологическая очистка, доочистка на песчаных фильтрах) отводятся в р. Талгар по выпуску 1.",
            "Жергілікті тазарту құрылыстарынан (флотация, анаэробты-аэробты биологиялық тазарту, құмды сүзгілерде қосымша тазарту) кейінгі "
            "тазартылған өндірістік және шаруашылық-тұрмыстық ағынды сулар 1-шығарынды арқылы Талғар өзеніне бұрылады."))
    rows = [g(["Выпуск", "Показатель", "Существующее положение (2025 г.)", None, "Норматив допустимого сброса", None, None],
              ["Шығарынды", "Көрсеткіш", "Қазіргі жағдай (2025 ж.)", None, "Жол берілетін төгінді нормативі", None, None]),
            [None, None, *g(["концентрация, мг/дм³", "т/год", "ДК, мг/дм³", "г/ч", "т/год"], ["концентрация, мг/дм³", "т/жыл", "ЖК, мг/дм³", "г/сағ", "т/жыл"])]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 0, 6)]
    _full(rows, merges, g(f"Выпуск 1 – р. Талгар; расход {num(flow, 'ru')} м³/ч, {num(year, 'ru')} м³/год",
                          f"1-шығарынды – Талғар өзені; шығыны {num(flow, 'kk')} м³/сағ, {num(year, 'kk')} м³/жыл"), 7)
    start = len(rows)
    outlet = g("Выпуск 1", "1-шығарынды")
    for j, (symbol, dk) in enumerate(NDS):
        now = _r(dk * r.uniform(0.6, 1.25), 2)
        rows.append([outlet if j == 0 else None, _wat(doc, symbol), num(now, doc.lang), num(_r(now * year / 1e6, 3), doc.lang), num(dk, doc.lang),
                     num(_r(dk * flow, 4), doc.lang), num(_r(dk * year / 1e6, 4), doc.lang)])
        add(doc, limit(("symbol", symbol), "waste_water", dk, "mg/l", None, outlet))
    merges.append((start, 0, len(rows) - 1, 0))
    doc.table(g("Таблица 4.1 – Нормативы сбросов по выпуску", "4.1-кесте – Шығарынды бойынша төгінді нормативтері"), rows, merges, role="limits")
    doc.p(g("Примечание: ДК – допустимая концентрация; нормативы установлены по условиям выпуска в водный объект рыбохозяйственного значения.",
            "Ескерту: ЖК – жол берілетін концентрация; нормативтер балық шаруашылығы маңызы бар су объектісіне шығару шарттары бойынша белгіленді."))
    maybe_distractor(doc)


# (symbol or None, VI label, unit, C of column B: figure or range, multiplied by Kq × Kf?)
QCVN12 = ((("symbol", "pH"), "pH", "-", (5.5, 9.0), False), (("symbol", "BOD5"), "BOD5 (20 °C)", "mg/l", 50.0, True),
          (("symbol", "COD"), "COD", "mg/l", 150.0, True), (("symbol", "TSS"), "Tổng chất rắn lơ lửng (TSS)", "mg/l", 100.0, True),
          (("symbol", "Colour"), "Độ màu", "Pt-Co", 150.0, False))


def _limits_jt1_vi(doc: Doc) -> None:
    r = doc.rng
    kq, kf = 1.2, 0.9
    doc.h("BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – NHÀ MÁY GIẤY BAO BÌ SÔNG HẬU")
    doc.p("Kết quả quan trắc nước thải định kỳ tại vị trí NT1 – nước thải sau hệ thống xử lý, trước khi xả ra sông Hậu. Cmax = C × Kq × Kf "
          "theo QCVN 12-MT:2015/BTNMT, cột B; Kq = 1,2 (sông Hậu, lưu lượng trên 1.000 m³/s); Kf = 0,9 (lưu lượng xả trên 5.000 m³/ngày đêm). "
          "Thông số pH và độ màu áp dụng giá trị C.")
    rows = [["TT", "Thông số", "Đơn vị", "Kết quả quan trắc năm 2025", None, None, None, "QCVN 12-MT:2015/BTNMT, cột B", None],
            [None, None, None, "Quý I", "Quý II", "Quý III", "Quý IV", "C", "Cmax"]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 6), (0, 7, 0, 8)]
    rows.append(["", "Lưu lượng nước thải", "m³/ngày đêm", *(num(r.randint(128, 162) * 100, "vi") for _ in range(4)), "-", "-"])
    for n, (key, label, unit, c, mult) in enumerate(QCVN12, 1):
        if isinstance(c, tuple):
            cells = [f"{num(c[0], 'vi')} – {num(c[1], 'vi')}"] * 2
            cmax = c
        else:
            cmax = _r(c * kq * kf, 6) if mult else c
            cells = [num(c, "vi"), num(cmax, "vi")]
        line = [str(n), label, unit]
        for _q in range(4):
            v = round(r.uniform(6.8, 7.9), 1) if isinstance(c, tuple) else _r(cmax * r.uniform(0.25, 0.85), 3)
            line.append(num(v, "vi"))
            add(doc, limit(key, "waste_water", cmax, None if key[1] == "pH" else unit, "B", "NT1", v))
        rows.append(line + cells)
    doc.table("Bảng 2.2. Kết quả quan trắc nước thải định kỳ", rows, merges, role="limits")
    doc.p("Nhận xét: tất cả các thông số đều đạt QCVN 12-MT:2015/BTNMT, cột B với hệ số Kq, Kf tương ứng.")
    maybe_distractor(doc)


# (symbol, ПДК: a figure or a range, (low, high) measured, below-detection text or None)
WELL_PARAMS = (("pH", (6.0, 9.0), (6.9, 8.1), None), ("TDS", 1000.0, (420, 1150), None), ("Cl-", 350.0, (40, 260), None),
               ("SO4", 500.0, (90, 540), None), ("NO3-", 45.0, (3, 38), None), ("NH4+", 2.0, (0.1, 1.6), None), ("Fe", 0.3, (0.05, 0.42), None),
               ("TPH", 0.1, (0.01, 0.08), None), ("Phenols", 0.001, (0.0, 0.0), "<0,0005"), ("CODMn", 5.0, (0.8, 4.6), None))


def limits_jt2(doc: Doc) -> None:
    """A protocol of the groundwater around a cardboard mill's sludge beds: the three observation wells as columns, each
    well's depth, water level and coordinates on rows of their own above the parameters, values below the detection limit
    written `<0,0005`, the drinking-water ПДК last (VI: a river beside a craft paper village at three points with the
    analytical methods' numbers between the parameter and the unit, dissolved oxygen `≥ 5`, ammonium from Table 1 with no
    level and the others from Table 2 level B)."""
    if doc.lang == "vi":
        _limits_jt2_vi(doc)
        return
    r = doc.rng
    g = _g(doc)
    wells = g(("Скв.1", "Скв.2", "Скв.3"), ("Ұңғ.1", "Ұңғ.2", "Ұңғ.3"))
    doc.h(g(f"Протокол испытаний № {r.randint(110, 380)}/ПВ от {r.randint(1, 28):02d}.10.2025. Подземные воды в районе иловых карт",
            f"2025 ж. {r.randint(1, 28):02d}.10. № {r.randint(110, 380)}/ПВ сынақ хаттамасы. Лай карталары ауданындағы жерасты сулары"))
    doc.p(g("Заказчик: ТОО «Талгар Қағаз». Пробы отобраны из наблюдательных скважин: Скв.1 – фоновая, 300 м выше иловых карт по потоку; "
            "Скв.2 и Скв.3 – 50 м ниже по потоку.",
            "Тапсырыс беруші: «Талғар Қағаз» ЖШС. Сынамалар бақылау ұңғымаларынан алынды: Ұңғ.1 – фондық, лай карталарынан ағын бойынша "
            "300 м жоғары; Ұңғ.2 және Ұңғ.3 – ағын бойынша 50 м төмен."))
    rows = [[g("Показатель", "Көрсеткіш"), g("Ед. изм.", "Өлш. бірл."), *wells, g("ПДК", "ШЖК")]]
    depth = [r.randint(16, 24) for _ in wells]
    rows.append([g("Глубина скважины", "Ұңғыма тереңдігі"), g("м", "м"), *(str(d) for d in depth), "–"])
    rows.append([g("Уровень грунтовых вод", "Жерасты суларының деңгейі"), g("м", "м"), *(num(round(r.uniform(4.5, 9.5), 1), doc.lang) for _ in wells), "–"])
    rows.append([g("Координаты", "Координаттары"), "", *(_dms(43.2941 + r.uniform(-0.004, 0.004), doc.lang, True)[0] + ", "
                                                        + _dms(77.2395 + r.uniform(-0.004, 0.004), doc.lang, False)[0] for _ in wells), "–"])
    for symbol, pdk, (lo, hi), below in WELL_PARAMS:
        unit = None if symbol == "pH" else "mg/l"
        line = [_wat(doc, symbol), g("ед. pH", "pH бірл.") if symbol == "pH" else g("мг/дм³", "мг/дм³")]
        for w in wells:
            if below:
                line.append(below)
                add(doc, {k: v for k, v in limit(("symbol", symbol), "water", pdk, unit, None, w).items() if k != "value"})
                continue
            v = round(r.uniform(lo, hi), 1) if symbol == "pH" else _r(r.uniform(lo, hi), 2)
            line.append(num(v, doc.lang))
            add(doc, limit(("symbol", symbol), "water", pdk, unit, None, w, v))
        rows.append(line + [f"{num(pdk[0], doc.lang)}–{num(pdk[1], doc.lang)}" if isinstance(pdk, tuple) else num(pdk, doc.lang)])
    doc.table(g("Результаты анализа проб подземных вод", "Жерасты сулары сынамаларын талдау нәтижелері"), rows, role="limits")
    doc.p(g("ПДК – по гигиеническим нормативам к безопасности воды водных объектов хозяйственно-питьевого назначения. «<» – ниже предела "
            "обнаружения методики.",
            "ШЖК – шаруашылық-ауыз су мақсатындағы су объектілері суының қауіпсіздігіне қойылатын гигиеналық нормативтер бойынша. «<» – "
            "әдістеменің анықтау шегінен төмен."))
    maybe_distractor(doc)


# (key, VI label, method, unit, limit: figure, range or ("min", x), column, (low, high))
RIVER_PARAMS = ((("symbol", "pH"), "pH", "TCVN 6492:2011", "-", (6.5, 8.5), "B", (6.6, 7.8)),
                (("symbol", "DO"), "Oxy hòa tan (DO)", "TCVN 7325:2016", "mg/l", ("min", 5.0), "B", (2.1, 6.2)),
                (("symbol", "BOD5"), "BOD5 (20 °C)", "SMEWW 5210B:2017", "mg/l", 6.0, "B", (4.0, 28.0)),
                (("symbol", "COD"), "COD", "SMEWW 5220C:2017", "mg/l", 15.0, "B", (10.0, 64.0)),
                (("symbol", "TSS"), "Tổng chất rắn lơ lửng (TSS)", "TCVN 6625:2000", "mg/l", 100.0, "B", (22.0, 140.0)),
                (("symbol", "NH4+"), "Amoni (NH4+ tính theo N)", "SMEWW 4500-NH3.B&F:2017", "mg/l", 0.3, None, (0.1, 2.4)))
RIVER_POINTS = (("NM1", "Sông Ngũ Huyện Khê, thượng lưu làng nghề 500 m"), ("NM2", "Cống xả chung của làng nghề ra sông"),
                ("NM3", "Sông Ngũ Huyện Khê, hạ lưu cống xả 500 m"))


def _limits_jt2_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("KẾT QUẢ QUAN TRẮC CHẤT LƯỢNG NƯỚC MẶT KHU VỰC LÀNG NGHỀ GIẤY PHONG KHÊ ĐỢT 2 NĂM 2025")
    doc.p("Ngày lấy mẫu: 14/8/2025. Đơn vị quan trắc: Trung tâm Quan trắc tài nguyên và môi trường tỉnh, VIMCERTS 043. Kết quả so sánh với "
          "QCVN 08:2023/BTNMT (Bảng 2 – mức B; Amoni theo Bảng 1).")
    rows = [["TT", "Thông số", "Phương pháp phân tích", "Đơn vị", *(f"{pid} – {place}" for pid, place in RIVER_POINTS), "QCVN 08:2023/BTNMT", "Bảng, mức"]]
    for n, (key, label, method, unit, lim, col, (lo, hi)) in enumerate(RIVER_PARAMS, 1):
        line = [str(n), label, method, unit]
        for pid, _ in RIVER_POINTS:
            a, b = {"NM1": (0.0, 0.3), "NM2": (0.7, 1.0), "NM3": (0.4, 0.7)}[pid]
            if key[1] == "DO":
                a, b = 1 - b, 1 - a
            x = lo + (hi - lo) * r.uniform(a, b)
            v = round(x, 1) if key[1] in ("pH", "DO") else _r(x, 2)
            line.append(num(v, "vi"))
            if isinstance(lim, tuple) and lim[0] == "min":
                add(doc, {"symbol": key[1], "medium": "water", "unit": unit, "column": col, "point": pid, "limit": None, "limit_min": lim[1],
                          "limit_max": None, "value": v})
            else:
                add(doc, limit(key, "water", lim, None if key[1] == "pH" else unit, col, pid, v))
        if isinstance(lim, tuple) and lim[0] == "min":
            cell = f"≥ {num(lim[1], 'vi')}"
        elif isinstance(lim, tuple):
            cell = f"{num(lim[0], 'vi')} – {num(lim[1], 'vi')}"
        else:
            cell = f"≤ {num(lim, 'vi')}" if col else num(lim, "vi")
        rows.append(line + [cell, "Bảng 2, mức B" if col else "Bảng 1"])
    doc.table("Bảng 3. Kết quả phân tích chất lượng nước mặt", rows, role="limits")
    doc.p("Nhận xét: tại NM2 và NM3 các chỉ tiêu BOD5, COD, Amoni vượt giới hạn; nước sông có màu đen, mùi hôi vào mùa khô.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring

# section (RU, KK), [(where kind, where, RU, KK place, [(kind, key)], frequency, method)]
CARD_PLAN = (
    (("1. Мониторинг эмиссий в атмосферный воздух", "1. Атмосфералық ауаға эмиссиялар мониторингі"), [
        ("source", ["0001"], "ИЗА 0001 – дымовая труба котельной", "0001 ЛШК – қазандықтың түтін мұржасы",
         [("code", "0301"), ("code", "0304"), ("code", "0337")], "quarterly", "ГОСТ 17.2.4.06-90; ГОСТ 33007-2014; МВИ KZ.07.00.03241-2019"),
        ("source", ["0003"], "ИЗА 0003 – аспирация узла приготовления крахмального клея", "0003 ЛШК – крахмал желімін дайындау торабының аспирациясы",
         [("code", "2966")], "semiannual", "ГОСТ 33007-2014"),
        ("source", ["0005"], "ИЗА 0005 – свеча сброса биогаза", "0005 ЛШК – биогаз шығару шырағы", [("code", "0333")], "monthly",
         "МВИ KZ.07.00.02117-2018 (электрохимический газоанализатор)")]),
    (("2. Мониторинг сбросов", "2. Төгінділер мониторингі"), [
        ("point", ["КК-1"], "КК-1 – контрольный колодец на выпуске после ЛОС", "КК-1 – ЖТҚ-дан кейінгі шығарындыдағы бақылау құдығы",
         [("symbol", "TSS"), ("symbol", "BOD5"), ("symbol", "COD"), ("symbol", "NH4+"), ("symbol", "TPH"), ("symbol", "Surfactants")], "monthly",
         "ГОСТ 31861-2012; ПНД Ф 14.1:2:3.110-97")]),
    (("3. Мониторинг воздействия", "3. Әсер мониторингі"), [
        ("point", ["Т-1", "Т-2"], "Т-1 и Т-2 – р. Талгар, 500 м выше и 500 м ниже выпуска", "Т-1 және Т-2 – Талғар өзені, шығарындыдан 500 м жоғары және 500 м төмен",
         [("symbol", "TSS"), ("symbol", "BOD5"), ("symbol", "COD"), ("symbol", "NH4+")], "quarterly", "ГОСТ 31861-2012"),
        ("point", ["П-1"], "П-1 – почва у иловых карт", "П-1 – лай карталары жанындағы топырақ", [("symbol", "TPH"), ("symbol", "Pb"), ("symbol", "Zn")],
         "yearly", "ГОСТ 17.4.4.02-2017")]),
)  # fmt: skip


def monitoring_jt1(doc: Doc) -> None:
    """A cardboard mill's ПЭК plan in one table under section rows for emissions, discharges and impact: the place of
    sampling with the source's number or the point's id leading a description, the parameters in words with the air codes in
    brackets, the frequency, then the methods with ГОСТ and registry numbers that are no values; two river points on one row
    (VI: a containerboard mill's GPMT monitoring, the automated parameters and the periodic ones in two columns of one row,
    the periodic frequency after them, stacks under automated monitoring with no periodic duty)."""
    if doc.lang == "vi":
        _monitoring_jt1_vi(doc)
        return
    g, i = _g(doc), _ix(doc)
    doc.h(g("Программа производственного экологического контроля ТОО «Талгар Қағаз» на 2026–2028 годы",
            "«Талғар Қағаз» ЖШС 2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы"))
    doc.h(g("Раздел 5. План-график наблюдений", "5-бөлім. Бақылаулардың жоспар-кестесі"))
    rows = [g(["Место отбора проб (точка контроля)", "Контролируемые параметры", "Периодичность", "Методика (номер в реестре)"],
              ["Сынама алу орны (бақылау нүктесі)", "Бақыланатын параметрлер", "Кезеңділігі", "Әдістеме (тізілімдегі нөмірі)"])]
    merges: list = []
    sources = []
    for (s_ru, s_kk), items in CARD_PLAN:
        _full(rows, merges, (s_ru, s_kk)[i], 4)
        for wk, where, p_ru, p_kk, params, word, method in items:
            names = ", ".join(f"{_air(doc, key).lower()} ({key})" if kind == "code" else _wat(doc, key) for kind, key in params)
            rows.append([(p_ru, p_kk)[i], names, _said(doc, word), method])
            for w in where:
                for kind, key in params:
                    doc.add("monitoring", {"source_number" if wk == "source" else "point": w, kind: key, "frequency": word})
                    if wk == "source":
                        doc.add("emissions", emission(key, None, None, w))
                if wk == "source":
                    sources.append(w)
    doc.table(None, rows, merges, role="monitoring")
    doc.add("sources", *({"number": n, "type": _type(n)} for n in sources))
    doc.p(g("Отчет по ПЭК представляется ежеквартально не позднее 10 числа месяца, следующего за отчетным кварталом.",
            "ӨЭБ бойынша есеп тоқсан сайын есепті тоқсаннан кейінгі айдың 10-күнінен кешіктірмей ұсынылады."))
    maybe_distractor(doc)


# (point, VI place, automated [(kind, key)], VI automated text, periodic [(kind, key)], VI periodic text, periodic frequency)
HAU_PLAN = (
    ("NT1", "Nước thải sau hệ thống xử lý, trước khi xả ra sông Hậu",
     [("symbol", "pH"), ("symbol", "COD"), ("symbol", "TSS"), ("symbol", "Colour")], "Lưu lượng (đầu vào, đầu ra), nhiệt độ, pH, COD, TSS, độ màu",
     [("symbol", "BOD5"), ("symbol", "TN"), ("symbol", "TP")], "BOD5, Tổng nitơ, Tổng phốt pho", "quarterly"),
    ("KT1", "Ống khói lò hơi số 1 (than đá)", [("code", "2902"), ("code", "0330"), ("code", "0301"), ("code", "0337")],
     "Lưu lượng, nhiệt độ, áp suất, O2 dư, bụi tổng, SO2, NOx (tính theo NO2), CO", [], "Không thực hiện (đã quan trắc tự động, liên tục)", None),
    ("KT2", "Ống khói lò hơi số 2 (vỏ trấu, mùn cưa)", [], "Không thuộc đối tượng phải quan trắc tự động",
     [("code", "2902"), ("code", "0330"), ("code", "0301"), ("code", "0337")], "Lưu lượng, bụi tổng, SO2, NOx (tính theo NO2), CO", "semiannual"),
    ("KT3", "Ống thải tháp khử mùi bể kỵ khí IC", [], "-", [("code", "0333"), ("code", "0303")], "H2S, NH3", "semiannual"),
)  # fmt: skip


def _monitoring_jt1_vi(doc: Doc) -> None:
    doc.h("PHỤ LỤC 4. CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG CỦA NHÀ MÁY GIẤY BAO BÌ SÔNG HẬU")
    doc.p("Dữ liệu quan trắc tự động, liên tục được truyền trực tiếp về Sở Tài nguyên và Môi trường tỉnh Hậu Giang.")
    rows = [["Ký hiệu", "Vị trí", "Quan trắc tự động, liên tục", None, "Quan trắc định kỳ", None, "Quy chuẩn áp dụng"],
            [None, None, "Thông số", "Tần suất", "Thông số", "Tần suất", None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 0, 5), (0, 6, 1, 6)]
    for pid, place, auto, auto_text, periodic, per_text, word in HAU_PLAN:
        std = "QCVN 12-MT:2015/BTNMT, cột B" if pid.startswith("NT") else "QCVN 19:2009/BTNMT, cột B"
        rows.append([pid, place, auto_text, _said(doc, "continuous") if auto else "-", per_text, _said(doc, word) if word else "-", std])
        for kind, key in auto:
            doc.add("monitoring", {"point": pid, kind: key, "frequency": "continuous"})
        for kind, key in periodic:
            doc.add("monitoring", {"point": pid, kind: key, "frequency": word})
    doc.table("Bảng 4.1. Vị trí, thông số và tần suất quan trắc", rows, merges, role="monitoring")
    maybe_distractor(doc)


# (code, [cell per column]) — letters: M monthly, K quarterly, P semiannual, G yearly
LEGEND = {"ru": {"М": "monthly", "К": "quarterly", "П": "semiannual", "Г": "yearly"}, "kk": {"А": "monthly", "Т": "quarterly", "ЖЖ": "semiannual", "Ж": "yearly"}}
TISSUE_COLS = (("source", "0001"), ("source", "0002"), ("source", "0003"), ("point", "Т-1"), ("point", "Т-2"))
TISSUE_GRID = (("0301", ("quarterly", "quarterly", None, "quarterly", "quarterly")), ("0304", ("quarterly", "quarterly", None, None, None)),
               ("0337", ("quarterly", "semiannual", None, "quarterly", "quarterly")), ("2902", (None, "semiannual", "monthly", "quarterly", "quarterly")),
               ("0703", ("yearly", None, None, None, None)))


def monitoring_jt2(doc: Doc) -> None:
    """A tissue mill's grid of control: the substances as rows, the three sources and the two points of the protection
    zone as columns under `Источники выбросов` and `Граница СЗЗ`, each cell a letter — `К`, `П`, `Г`, `М` (KK `Т`, `ЖЖ`,
    `Ж`, `А`) — or a dash, the letters explained only in the legend under the table (VI: a craft paper village cluster's
    monitoring in which the frequency is given only by the rows spanning the table — every three months, every six months,
    once a year — with VN-2000 coordinates of each point as look-alikes)."""
    if doc.lang == "vi":
        _monitoring_jt2_vi(doc)
        return
    g = _g(doc)
    letter = {w: k for k, w in LEGEND[doc.lang].items()}
    doc.h(g(f"Программа ПЭК {TISSUE[0]}. Приложение 2. Матрица контроля атмосферного воздуха",
            f"{TISSUE[1]} ӨЭБ бағдарламасы. 2-қосымша. Атмосфералық ауаны бақылау матрицасы"))
    pts = g(("Т-1", "Т-2"), ("Н-1", "Н-2"))
    rows = [[g("Код", "Коды"), g("Вещество", "Зат"), g("Источники выбросов", "Шығарынды көздері"), None, None, g("Граница СЗЗ", "СҚА шекарасы"), None],
            [None, None, g("0001 котельная", "0001 қазандық"), g("0002 колпак БДМ", "0002 ҚЖМ қалпағы"), g("0003 резка и упаковка", "0003 кесу және орау"),
             g(f"{pts[0]} (север)", f"{pts[0]} (солтүстік)"), g(f"{pts[1]} (юг)", f"{pts[1]} (оңтүстік)")]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 4), (0, 5, 0, 6)]
    sources = set()
    for code, cells in TISSUE_GRID:
        line = [code, _air(doc, code) if code in AIR else g("Бенз/а/пирен", "Бенз(а)пирен")]
        for (wk, where), word in zip(TISSUE_COLS, cells, strict=True):
            line.append(letter[word] if word else "–")
            if not word:
                continue
            if wk == "source":
                doc.add("monitoring", {"source_number": where, "code": code, "frequency": word})
                doc.add("emissions", emission(code, None, None, where))
                sources.add(where)
            else:
                doc.add("monitoring", {"point": pts[("Т-1", "Т-2").index(where)], "code": code, "frequency": word})
        rows.append(line)
    doc.table(g("Таблица П2.1 – Матрица контроля", "П2.1-кесте – Бақылау матрицасы"), rows, merges, role="monitoring")
    doc.add("sources", *({"number": n, "type": _type(n)} for n in sorted(sources)))
    doc.p(g("Условные обозначения: М – ежемесячно; К – 1 раз в квартал; П – 1 раз в полугодие; Г – 1 раз в год; «–» – контроль не проводится.",
            "Шартты белгілер: А – ай сайын; Т – тоқсанына 1 рет; ЖЖ – жарты жылда 1 рет; Ж – жылына 1 рет; «–» – бақылау жүргізілмейді."))
    maybe_distractor(doc)


# (VI section, frequency, [(point, VI place, [(kind, key)], VI parameters)])
CLUSTER_PLAN = (
    ("I. GIÁM SÁT ĐỊNH KỲ 03 THÁNG/LẦN", "quarterly", [
        ("NT1", "Nước thải sau trạm xử lý nước thải tập trung", [("symbol", "pH"), ("symbol", "BOD5"), ("symbol", "COD"), ("symbol", "TSS"),
                                                                  ("symbol", "Colour")], "pH, BOD5, COD, TSS, độ màu"),
        ("NT0", "Nước thải đầu vào trạm xử lý", [("symbol", "COD"), ("symbol", "TSS")], "COD, TSS")]),
    ("II. GIÁM SÁT ĐỊNH KỲ 06 THÁNG/LẦN", "semiannual", [
        ("KK1", "Không khí khu vực trạm xử lý nước thải", [("code", "0333"), ("code", "0303")], "H2S, NH3"),
        ("KK2", "Không khí giữa cụm công nghiệp", [("code", "2902"), ("code", "0330"), ("code", "0301"), ("code", "0337")], "Bụi tổng, SO2, NO2, CO"),
        ("KK3", "Khu dân cư thôn Đông Xuyên, giáp cụm công nghiệp", [("code", "2902"), ("code", "0330"), ("code", "0301"), ("code", "0337")],
         "Bụi tổng, SO2, NO2, CO")]),
    ("III. GIÁM SÁT 01 LẦN/NĂM", "yearly", [
        ("NM1", "Sông Ngũ Huyện Khê tại điểm tiếp nhận nước thải", [("symbol", "DO"), ("symbol", "BOD5"), ("symbol", "COD"), ("symbol", "NH4+")],
         "DO, BOD5, COD, Amoni")]),
)  # fmt: skip


def _monitoring_jt2_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("CHƯƠNG TRÌNH GIÁM SÁT MÔI TRƯỜNG CỤM CÔNG NGHIỆP LÀNG NGHỀ GIẤY PHONG KHÊ")
    doc.p("Chủ đầu tư hạ tầng cụm công nghiệp chịu trách nhiệm thực hiện; kết quả gửi Sở Nông nghiệp và Môi trường và UBND phường.")
    rows = [["TT", "Ký hiệu", "Vị trí giám sát", "Thông số", "Tọa độ VN-2000", None],
            [None, None, None, None, "X (m)", "Y (m)"]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 1, 3), (0, 4, 0, 5)]
    n = 0
    for section, word, items in CLUSTER_PLAN:
        _full(rows, merges, section, 6)
        for pid, place, params, text in items:
            n += 1
            rows.append([str(n), pid, place, text, num(2_344_000 + r.randint(100, 900), "vi"), num(588_000 + r.randint(100, 900), "vi")])
            for kind, key in params:
                doc.add("monitoring", {"point": pid, kind: key, "frequency": word})
    doc.table("Bảng 5.1. Vị trí, thông số giám sát", rows, merges, role="monitoring")
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

# ((RU, KK section), [(RU, KK check, (RU, KK basis), frequency or None, RU, KK said, RU, KK record, RU, KK who)])
CARD_CHECKS = (
    (("Макулатурно-подготовительный цех", "Макулатура дайындау цехы"), [
        ("Хранение кип макулатуры только на площадке с твердым покрытием, высота штабеля", "Макулатура тайларын тек қатты жабынды алаңда сақтау, қатар биіктігі",
         ("п. 3.2 условий КЭР", "КЭР шарттарының 3.2-т."), "weekly", "1 р/нед.", "аптасына 1 р.", "журнал обхода", "айналып шығу журналы", "мастер МПЦ", "МДЦ шебері"),
        ("Сбор рейджекта гидроразбивателя в контейнеры, отсутствие россыпи", "Гидроерітушінің реджектін контейнерлерге жинау, шашылудың болмауы",
         ("ст. 320 ЭК РК", "ҚР ЭК 320-б."), None, "ежесменно", "әр ауысымда", "сменный журнал", "ауысым журналы", "мастер МПЦ", "МДЦ шебері")]),
    (("Картоноделательные машины и котельная", "Картон жасау машиналары және қазандық"), [
        ("Работа циклона продольно-резательного станка, целостность воздуховодов", "Бойлық кескіш станок циклонының жұмысы, ауа өткізгіштердің тұтастығы",
         ("ст. 182 ЭК РК", "ҚР ЭК 182-б."), "monthly", "1 р/мес.", "айына 1 р.", "акт осмотра", "тексеру актісі", "механик КДМ", "КЖМ механигі"),
        ("Режим горения котлов по режимной карте, показания газоанализатора", "Режимдік карта бойынша қазандықтардың жану режимі, газталдағыш көрсеткіштері",
         ("п. 2.4 условий КЭР", "КЭР шарттарының 2.4-т."), "daily", "ежедн.", "күн сайын", "вахтенный журнал", "вахталық журнал", "начальник котельной", "қазандық бастығы")]),
    (("Локальные очистные сооружения", "Жергілікті тазарту құрылыстары"), [
        ("Работа флотатора и анаэробного реактора, вынос взвеси", "Флотатор мен анаэробты реактордың жұмысы, қалқыма заттардың шығуы",
         ("п. 4.1 условий КЭР", "КЭР шарттарының 4.1-т."), "daily", "ежедн.", "күн сайын", "журнал ЛОС", "ЖТҚ журналы", "начальник ЛОС", "ЖТҚ бастығы"),
        ("Состояние иловых карт, обваловки и наблюдательных скважин", "Лай карталарының, үйінділердің және бақылау ұңғымаларының жай-күйі",
         ("ст. 182 ЭК РК", "ҚР ЭК 182-б."), "quarterly", "1 р/кв.", "тоқсанына 1 р.", "акт", "акт", "инженер-эколог", "инженер-эколог")]),
    (("Обращение с отходами", "Қалдықтармен жұмыс"), [
        ("Сроки накопления отходов на площадке временного хранения (не более 6 месяцев)", "Уақытша сақтау алаңында қалдықтарды жинақтау мерзімдері (6 айдан аспайды)",
         ("п. 2 ст. 320 ЭК РК", "ҚР ЭК 320-б. 2-т."), "monthly", "1 р/мес.", "айына 1 р.", "журнал учета отходов", "қалдықтарды есепке алу журналы", "инженер-эколог", "инженер-эколог"),
        ("Наличие паспортов опасных отходов и договоров с приемщиками", "Қауіпті қалдықтар паспорттарының және қабылдаушылармен шарттардың болуы",
         ("ст. 343 ЭК РК", "ҚР ЭК 343-б."), "semiannual", "2 р/год", "жылына 2 р.", "акт", "акт", "главный инженер", "бас инженер")]),
)  # fmt: skip


def inspections_jt1(doc: Doc) -> None:
    """A cardboard mill's list of internal checks of environmental requirements by shop under section rows, items `1.1`, the
    requirement's legal basis (`п. 2 ст. 320 ЭК РК`, a clause of the permit) in its own column as look-alike numbers, the
    frequency abbreviated (`1 р/нед.`, `1 р/кв.`, `ежедн.`) or `ежесменно`, the record kept, then who checks (VI: a cluster
    waste-water plant's operating check sheet with who checks first and merged down over his checks, criteria full of
    figures, checks after heavy rain without a frequency)."""
    if doc.lang == "vi":
        _inspections_jt1_vi(doc)
        return
    g, i = _g(doc), _ix(doc)
    doc.h(g("Перечень внутренних проверок соблюдения экологических требований. ТОО «Талгар Қағаз»",
            "«Талғар Қағаз» ЖШС. Экологиялық талаптардың сақталуын ішкі тексерулер тізбесі"))
    doc.p(g("Утвержден приказом директора. Нарушения, выявленные при проверке, устраняются в срок, указанный в акте.",
            "Директордың бұйрығымен бекітілген. Тексеру кезінде анықталған бұзушылықтар актіде көрсетілген мерзімде жойылады."))
    rows = [g(["№", "Проверяемое требование", "Основание", "Периодичность", "Форма фиксации", "Ответственный"],
              ["№", "Тексерілетін талап", "Негіздеме", "Кезеңділігі", "Тіркеу нысаны", "Жауапты"])]
    merges: list = []
    for s, ((s_ru, s_kk), checks) in enumerate(CARD_CHECKS, 1):
        _full(rows, merges, f"{s}. {(s_ru, s_kk)[i]}", 6)
        for k, (c_ru, c_kk, basis, word, f_ru, f_kk, rec_ru, rec_kk, w_ru, w_kk) in enumerate(checks, 1):
            text, who = (c_ru, c_kk)[i], (w_ru, w_kk)[i]
            rows.append([f"{s}.{k}", text, basis[i], (f_ru, f_kk)[i], (rec_ru, rec_kk)[i], who])
            item = {"kind": "inspection", "number": f"{s}.{k}", "text_contains": _head(text, 4), "actor_contains": who}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
    doc.table(g("Таблица 1", "1-кесте"), rows, merges, role="inspections")
    maybe_distractor(doc)


# (VI who, [(item, criterion, frequency or None, said)])
WWTP_CHECKS = (
    ("Công nhân vận hành ca", [
        ("Song chắn rác, bể thu gom: vớt rác, xơ sợi", "Không tắc nghẽn, mực nước dưới vạch báo động", None, "Mỗi ca"),
        ("pH bể điều hòa và liều lượng hóa chất keo tụ (PAC, polymer)", "pH 6,5 – 8,5; PAC 80 – 120 g/m³", "daily", "Hằng ngày"),
        ("Oxy hòa tan bể hiếu khí", "DO 2 – 4 mg/l", "daily", "Hằng ngày")]),
    ("Tổ trưởng tổ vận hành", [
        ("Máy thổi khí, bơm bùn tuần hoàn, máy ép bùn", "Không rò rỉ dầu, độ ồn bất thường; dòng điện không quá 90 % định mức", "weekly", "1 lần/tuần"),
        ("Chiều cao lớp bùn bể lắng thứ cấp", "Không quá 1/3 chiều sâu bể", "weekly", "1 lần/tuần"),
        ("Mương thoát nước mưa, hố ga quanh trạm", "Không có nước thải tràn vào hệ thống nước mưa", None, "Sau mỗi trận mưa lớn")]),
    ("Cán bộ môi trường Ban quản lý cụm", [
        ("Hệ thống quan trắc tự động nước thải đầu ra, camera giám sát", "Truyền dữ liệu liên tục về Sở; sai số không quá ± 5 %", "monthly", "1 lần/tháng"),
        ("Sổ nhật ký vận hành, hồ sơ chuyển giao bùn thải", "Ghi chép đầy đủ, có xác nhận của trưởng ca", "monthly", "1 lần/tháng")]),
)  # fmt: skip


def _inspections_jt1_vi(doc: Doc) -> None:
    doc.h("BẢNG KIỂM TRA VẬN HÀNH TRẠM XỬ LÝ NƯỚC THẢI TẬP TRUNG CỤM CÔNG NGHIỆP LÀNG NGHỀ GIẤY PHONG KHÊ")
    doc.p("Công suất trạm 4.000 m³/ngày đêm; công nghệ: keo tụ – tuyển nổi – sinh học hiếu khí – lắng – khử trùng.")
    rows = [["Người thực hiện", "TT", "Hạng mục kiểm tra", "Nội dung, tiêu chí", "Tần suất"]]
    merges = []
    n = 0
    for who, checks in WWTP_CHECKS:
        start = len(rows)
        for j, (item, crit, word, said) in enumerate(checks):
            n += 1
            rows.append([who if j == 0 else None, str(n), item, crit, said])
            obl = {"kind": "inspection", "number": str(n), "text_contains": _head(item, 4), "actor_contains": who}
            if word:
                obl["frequency"] = word
            doc.add("obligations", obl)
        merges.append((start, 0, len(rows) - 1, 0))
    doc.table("Bảng kiểm tra", rows, merges, role="inspections")
    maybe_distractor(doc)


# (RU, KK process, RU, KK auditor, months audited)
AUDITS = (
    ("Обращение с отходами (площадка временного хранения, склад макулатуры)", "Қалдықтармен жұмыс (уақытша сақтау алаңы, макулатура қоймасы)",
     "Касымова Г.Б., ведущий аудитор", "Қасымова Г.Б., жетекші аудитор", (2, 5, 8, 11)),
    ("Выбросы котельной и БДМ, работа газоанализаторов", "Қазандық пен ҚЖМ шығарындылары, газталдағыштардың жұмысы",
     "Ли Е.В., аудитор", "Ли Е.В., аудитор", (3, 9)),
    ("Водопотребление и отведение сточных вод в городскую канализацию", "Су тұтыну және ағынды суларды қалалық кәрізге бұру",
     "Касымова Г.Б., ведущий аудитор", "Қасымова Г.Б., жетекші аудитор", (4, 10)),
    ("Химикаты БДМ: хранение, паспорта безопасности, аварийные комплекты", "ҚЖМ химикаттары: сақтау, қауіпсіздік паспорттары, авариялық жиынтықтар",
     "Ли Е.В., аудитор", "Ли Е.В., аудитор", (6,)),
    ("Ежемесячная проверка журналов ПЭК", "ӨЭБ журналдарын ай сайын тексеру", "Омарова А.С., инженер-эколог", "Омарова А.С., инженер-эколог",
     tuple(range(1, 13))),
)  # fmt: skip
AUDIT_FREQ = {1: "yearly", 2: "semiannual", 4: "quarterly", 12: "monthly"}


def inspections_jt2(doc: Doc) -> None:
    """A tissue mill's programme of internal audits of its ISO 14001 system for 2026: the processes as rows, the months as
    columns under quarter headers, `А` in the months of an audit, the count of audits a year as a look-alike and the auditor
    last; how often only as the marks show it (VI: a commune's plan of checking the paper households of a craft village, the
    lead body and the form of the check, checks on complaints without a frequency)."""
    if doc.lang == "vi":
        _inspections_jt2_vi(doc)
        return
    g, i = _g(doc), _ix(doc)
    mark = g("А", "А")
    doc.h(g(f"Программа внутренних аудитов системы экологического менеджмента (СТ РК ISO 14001-2016) на 2026 год. {TISSUE[0]}",
            f"{TISSUE[1]}. Экологиялық менеджмент жүйесінің (ҚР СТ ISO 14001-2016) 2026 жылға арналған ішкі аудиттер бағдарламасы"))
    months = g(("янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"),
               ("қаң", "ақп", "нау", "сәу", "мам", "мау", "шіл", "там", "қыр", "қаз", "қар", "жел"))
    quarters = g(("I квартал", "II квартал", "III квартал", "IV квартал"), ("I тоқсан", "II тоқсан", "III тоқсан", "IV тоқсан"))
    h0 = ["№", g("Процесс, подразделение", "Процесс, бөлімше")]
    for q in quarters:
        h0 += [q, None, None]
    h0 += [g("Всего аудитов", "Аудиттер саны"), g("Аудитор", "Аудитор")]
    rows = [h0, [None, None, *months, None, None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 14, 1, 14), (0, 15, 1, 15)] + [(0, 2 + 3 * q, 0, 4 + 3 * q) for q in range(4)]
    for k, (p_ru, p_kk, a_ru, a_kk, when) in enumerate(AUDITS, 1):
        text, who = (p_ru, p_kk)[i], (a_ru, a_kk)[i]
        rows.append([str(k), text, *(mark if m in when else "" for m in range(1, 13)), str(len(when)), who])
        doc.add("obligations", {"kind": "inspection", "number": str(k), "text_contains": _head(text, 3), "actor_contains": who.split(",")[0],
                                "frequency": AUDIT_FREQ[len(when)]})
    doc.table(g("График аудитов", "Аудиттер кестесі"), rows, merges, role="inspections")
    doc.p(g("«А» – месяц проведения аудита. Результаты оформляются отчетом об аудите в течение 5 рабочих дней.",
            "«А» – аудит жүргізілетін ай. Нәтижелер 5 жұмыс күні ішінде аудит туралы есеппен ресімделеді."))
    distractor(doc, "approval")


# (VI content, target, lead, frequency or None, said)
COMMUNE_CHECKS = (
    ("Kiểm tra việc đấu nối nước thải của các hộ sản xuất giấy vào hệ thống thu gom chung", "Các hộ sản xuất giấy thôn Dương Ổ",
     "Tổ công tác liên ngành phường", "quarterly", "1 lần/quý"),
    ("Kiểm tra việc đổ thải tạp chất, bùn thải ra bờ sông, kênh mương", "Các hộ, cơ sở ven sông Ngũ Huyện Khê", "Công an phường (Đội Cảnh sát môi trường)",
     "monthly", "Hằng tháng"),
    ("Kiểm tra lò hơi đốt than: ống khói, buồng lắng bụi, nguồn gốc than", "Các cơ sở có lò hơi", "Phòng Kinh tế – Hạ tầng – Đô thị",
     "semiannual", "6 tháng/lần"),
    ("Kiểm tra đột xuất khi có phản ánh của người dân về mùi, khói, nước thải", "Cơ sở bị phản ánh", "Tổ công tác liên ngành phường", None,
     "Đột xuất"),
    ("Kiểm tra việc thu gom, lưu giữ bao bì hóa chất, dầu mỡ thải", "Các doanh nghiệp trong cụm công nghiệp", "Ban quản lý cụm công nghiệp",
     "yearly", "1 lần/năm"),
)  # fmt: skip


def _inspections_jt2_vi(doc: Doc) -> None:
    doc.h("KẾ HOẠCH KIỂM TRA CÔNG TÁC BẢO VỆ MÔI TRƯỜNG TẠI LÀNG NGHỀ GIẤY DƯƠNG Ổ NĂM 2026")
    doc.p("(Ban hành kèm theo Quyết định của Chủ tịch UBND phường.) Kết quả kiểm tra được lập biên bản, báo cáo UBND phường trước ngày 25 của tháng "
          "cuối quý.")
    rows = [["TT", "Nội dung kiểm tra", "Đối tượng", "Cơ quan chủ trì", "Thời gian, tần suất"]]
    for n, (text, target, lead, word, said) in enumerate(COMMUNE_CHECKS, 1):
        rows.append([str(n), text, target, lead, said])
        obl = {"kind": "inspection", "number": str(n), "text_contains": _head(text, 5), "actor_contains": lead}
        if word:
            obl["frequency"] = word
        doc.add("obligations", obl)
    doc.table("Phụ lục. Nội dung, thời gian kiểm tra", rows, role="inspections")
    maybe_distractor(doc)


# ---------------------------------------------------------------- tasks

# ((RU, KK component), [(RU, KK measure, RU, KK volume, cost thousand tenge, RU, KK source of money, start, end, RU, KK effect)])
CARD_MEASURES = (
    (("Охрана атмосферного воздуха", "Атмосфералық ауаны қорғау"), [
        ("Замена горелок котлов ДЕ-25 на горелки с низким выходом оксидов азота", "ДЕ-25 қазандықтарының оттықтарын азот оксидтері аз шығатын оттықтарға ауыстыру",
         "2 ед.", "2 бірл.", 48600, "собственные средства", "меншікті қаражат", "04.2026", "09.2026", "снижение выброса NO2 на 35 %", "NO2 шығарындысын 35 %-ға азайту"),
        ("Установка рукавного фильтра на аспирации продольно-резательного станка", "Бойлық кескіш станоктың аспирациясына жеңді сүзгі орнату",
         "1 комплект", "1 жиынтық", 12400, "собственные средства", "меншікті қаражат", "06.2026", "12.2026", "очистка 99 %", "99 % тазарту")]),
    (("Охрана водных объектов", "Су объектілерін қорғау"), [
        ("Строительство второй ступени доочистки сточных вод (песчаные фильтры)", "Ағынды суларды қосымша тазартудың екінші сатысын салу (құмды сүзгілер)",
         "1 500 м³/сут", "1 500 м³/тәул", 186000, "собственные средства, заем БРК", "меншікті қаражат, ҚДБ қарызы", "03.2026", "11.2027",
         "ВВ до 15 мг/дм³", "ҚЗ 15 мг/дм³ дейін"),
        ("Перевод КДМ-2 на замкнутый цикл оборотного водоснабжения", "КЖМ-2-ні тұйық айналымды сумен жабдықтау цикліне көшіру", "–", "–", 64800,
         "собственные средства", "меншікті қаражат", "01.2027", "12.2027", "сброс −25 %", "төгінді −25 %")]),
    (("Обращение с отходами", "Қалдықтармен жұмыс"), [
        ("Установка пресса для рейджекта и передача его на производство RDF-топлива", "Реджектке арналған пресс орнату және оны RDF-отын өндірісіне беру",
         "1 ед.", "1 бірл.", 27300, "собственные средства", "меншікті қаражат", "05.2026", "10.2026", "захоронение −60 %", "көму −60 %"),
        ("Обустройство крытой площадки для кип макулатуры с твердым покрытием", "Макулатура тайларына арналған қатты жабынды жабық алаңды жайластыру",
         "2 400 м²", "2 400 м²", 39500, "собственные средства", "меншікті қаражат", "04.2026", "08.2026", "пыление, размокание кип", "тайлардың шаңдауы, суланбауы")]),
)  # fmt: skip


def tasks_jt1(doc: Doc) -> None:
    """A cardboard mill's plan of environmental measures annexed to its permit in the official form: component rows, items
    `1.1`, the volume of work and the cost in thousand tenge before the source of money, `Срок выполнения` over `начало |
    окончание` written `04.2026`, the effect aimed at, and no one named to act (VI: a containerboard mill's plan of putting
    right what an inspection found, the violation with its decree's article beside the measure, who acts, the term and the
    state)."""
    if doc.lang == "vi":
        _tasks_jt1_vi(doc)
        return
    g, i = _g(doc), _ix(doc)
    doc.h(g("Приложение 4 к экологическому разрешению. План мероприятий по охране окружающей среды на 2026–2027 годы",
            "Экологиялық рұқсатқа 4-қосымша. 2026–2027 жылдарға арналған қоршаған ортаны қорғау жөніндегі іс-шаралар жоспары"))
    doc.p(g("Оператор: ТОО «Талгар Қағаз». Отчет о выполнении плана представляется ежегодно до 1 марта.",
            "Оператор: «Талғар Қағаз» ЖШС. Жоспардың орындалуы туралы есеп жыл сайын 1 наурызға дейін ұсынылады."))
    rows = [g(["№ п/п", "Наименование мероприятия", "Объем планируемых работ", "Общая стоимость, тыс. тенге", "Источник финансирования",
               "Срок выполнения", None, "Показатель эффективности"],
              ["Р/с №", "Іс-шараның атауы", "Жоспарланған жұмыстар көлемі", "Жалпы құны, мың теңге", "Қаржыландыру көзі", "Орындалу мерзімі", None,
               "Тиімділік көрсеткіші"]),
            [None, None, None, None, None, *g(["начало", "окончание"], ["басы", "соңы"]), None]]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 4, 7)] + [(0, 5, 0, 6)]
    for s, ((c_ru, c_kk), items) in enumerate(CARD_MEASURES, 1):
        _full(rows, merges, f"{s}. {(c_ru, c_kk)[i]}", 8)
        for k, (m_ru, m_kk, v_ru, v_kk, cost, f_ru, f_kk, start, end, e_ru, e_kk) in enumerate(items, 1):
            text = (m_ru, m_kk)[i]
            rows.append([f"{s}.{k}", text, (v_ru, v_kk)[i], num(cost, doc.lang), (f_ru, f_kk)[i], start, end, (e_ru, e_kk)[i]])
            doc.add("obligations", {"kind": "task", "number": f"{s}.{k}", "text_contains": _head(text, 4)})
    total = sum(x[4] for _, items in CARD_MEASURES for x in items)
    rows.append(["", g("Итого", "Барлығы"), "", num(total, doc.lang), "", "", "", ""])
    doc.table(None, rows, merges, role="tasks")
    maybe_distractor(doc)


# (VI violation, VI measure, who, term, state)
HAU_FIXES = (
    ("Không vận hành thường xuyên hệ thống xử lý khí thải lò hơi số 2 (không đúng nội dung Phụ lục 2 Giấy phép môi trường đã cấp)",
     "Sửa chữa bơm tuần hoàn tháp hấp thụ, lắp đồng hồ đo lưu lượng dung dịch và lập sổ nhật ký vận hành lò hơi số 2", "Xưởng Năng lượng",
     "30/4/2026", "Đang thực hiện"),
    ("Lưu giữ chất thải nguy hại không đúng quy định, kho thiếu biển cảnh báo và gờ chống tràn",
     "Cải tạo kho chất thải nguy hại: xây gờ chống tràn, lắp biển cảnh báo, phân khu theo mã chất thải", "Phòng An toàn – Môi trường",
     "31/3/2026", "Đã hoàn thành"),
    ("Dữ liệu quan trắc tự động nước thải bị gián đoạn quá 48 giờ không báo cáo",
     "Lắp đặt bộ lưu điện và đường truyền dự phòng cho trạm quan trắc tự động; xây dựng quy trình báo cáo sự cố", "Phòng Kỹ thuật",
     "15/5/2026", "Đang thực hiện"),
    ("Bãi tro xỉ chưa có mái che, phát tán bụi khi có gió",
     "Xây dựng nhà chứa tro xỉ có mái che và tường bao, trang bị hệ thống phun sương", "Ban Quản lý dự án", "30/9/2026", "Chưa thực hiện"),
)  # fmt: skip


def _tasks_jt1_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("KẾ HOẠCH KHẮC PHỤC CÁC TỒN TẠI, VI PHẠM THEO KẾT LUẬN KIỂM TRA – NHÀ MÁY GIẤY BAO BÌ SÔNG HẬU")
    doc.p(f"Căn cứ Kết luận kiểm tra số {r.randint(40, 180)}/KL-SNNMT ngày {r.randint(1, 28)}/01/2026 của Sở Nông nghiệp và Môi trường thành phố Cần Thơ (cơ sở trước đây thuộc tỉnh Hậu Giang).")
    rows = [["TT", "Tồn tại, vi phạm theo Kết luận", "Biện pháp khắc phục", "Đơn vị thực hiện", "Thời hạn hoàn thành", "Tình trạng"]]
    for n, (fault, fix, who, term, state) in enumerate(HAU_FIXES, 1):
        rows.append([str(n), fault, fix, who, term, state])
        doc.add("obligations", {"kind": "task", "number": str(n), "text_contains": _head(fix, 5), "actor_contains": who})
    doc.table("Bảng 1. Kế hoạch khắc phục", rows, role="tasks")
    doc.p("Báo cáo kết quả khắc phục gửi Sở trước ngày 30/10/2026.")
    maybe_distractor(doc)


# (number, RU, KK order or None for a heading row, RU, KK who, RU, KK term)
TISSUE_ORDERS = (
    ("1", "Подготовить и направить в Департамент экологии по г. Шымкент отчет по ПЭК за IV квартал 2025 года",
     "Шымкент қаласы бойынша Экология департаментіне 2025 жылғы IV тоқсандағы ӨЭБ бойынша есепті дайындап жіберу",
     "Омарова А.С., инженер-эколог", "Омарова А.С., инженер-эколог", "до 10.02.2026", "10.02.2026 дейін"),
    ("2", "По итогам профилактического контроля Департамента экологии:", "Экология департаментінің профилактикалық бақылауының қорытындысы бойынша:",
     None, None, None, None),
    ("2.1", "Восстановить обваловку площадки временного хранения отходов и покрытие площадки", "Қалдықтарды уақытша сақтау алаңының үйіндісін және жабынын қалпына келтіру",
     "Абдраимов Н.С., главный механик", "Әбдірайымов Н.С., бас механик", "до 01.03.2026", "01.03.2026 дейін"),
    ("2.2", "Заключить договор на вывоз отработанных ламп со специализированной организацией", "Пайдаланылған шамдарды шығаруға мамандандырылған ұйыммен шарт жасасу",
     "Жунусова Л.К., начальник отдела закупок", "Жүнісова Л.К., сатып алу бөлімінің бастығы", "до 15.02.2026", "15.02.2026 дейін"),
    ("3", "Провести наладку горелок газовой сушки колпака БДМ с замером оксидов азота и углерода оксида",
     "ҚЖМ қалпағының газбен кептіру оттықтарын азот оксидтері мен көміртек оксидін өлшей отырып баптау", "Ли Е.В., главный энергетик",
     "Ли Е.В., бас энергетик", "март 2026 г.", "2026 ж. наурыз"),
    ("4", "Обучить операторов БДМ и линий переработки правилам обращения с отходами", "ҚЖМ және өңдеу желілерінің операторларын қалдықтармен жұмыс істеу қағидаларына оқыту",
     "Омарова А.С., инженер-эколог", "Омарова А.С., инженер-эколог", "I квартал 2026 г.", "2026 ж. I тоқсан"),
)  # fmt: skip


def tasks_jt2(doc: Doc) -> None:
    """A tissue mill's minutes of a meeting on environmental matters: who attended in a table of no role, then the orders
    in a table of their own, a heading row `2. По итогам …` with sub-items `2.1`, `2.2` under it that is itself no order, the
    person and position responsible, the term and an empty column for the mark of execution (VI: a provincial plan for a
    craft paper village whose groups of tasks are a column merged down beside items numbered through, the lead and partner
    bodies, the years and the money in billion dong)."""
    if doc.lang == "vi":
        _tasks_jt2_vi(doc)
        return
    g, i = _g(doc), _ix(doc)
    doc.h(g(f"Протокол совещания по вопросам охраны окружающей среды № 3 от 27.01.2026. {TISSUE[0]}",
            f"{TISSUE[1]}. 27.01.2026 ж. № 3 қоршаған ортаны қорғау мәселелері жөніндегі кеңес хаттамасы"))
    doc.table(g("Присутствовали:", "Қатысқандар:"), [
        g(["Ф.И.О.", "Должность"], ["Аты-жөні", "Лауазымы"]),
        g(["Турсунов А.Б.", "директор (председатель)"], ["Тұрсынов А.Б.", "директор (төраға)"]),
        g(["Абдраимов Н.С.", "главный механик"], ["Әбдірайымов Н.С.", "бас механик"]),
        g(["Ли Е.В.", "главный энергетик"], ["Ли Е.В.", "бас энергетик"]),
        g(["Омарова А.С.", "инженер-эколог (секретарь)"], ["Омарова А.С.", "инженер-эколог (хатшы)"]),
    ], role="other")
    doc.p(g("Слушали: инженера-эколога Омарову А.С. о результатах профилактического контроля и выполнении программы ПЭК за 2025 год. Решили:",
            "Тыңдалды: инженер-эколог Омарова А.С. профилактикалық бақылау нәтижелері және 2025 жылғы ӨЭБ бағдарламасының орындалуы туралы. Шешілді:"))
    rows = [g(["№", "Поручение", "Ответственный", "Срок исполнения", "Отметка о выполнении"],
              ["№", "Тапсырма", "Жауапты", "Орындау мерзімі", "Орындалғаны туралы белгі"])]
    for number, o_ru, o_kk, w_ru, w_kk, t_ru, t_kk in TISSUE_ORDERS:
        text = (o_ru, o_kk)[i]
        if w_ru is None:
            rows.append([number, text, "", "", ""])
            continue
        who = (w_ru, w_kk)[i]
        rows.append([number, text, who, (t_ru, t_kk)[i], ""])
        doc.add("obligations", {"kind": "task", "number": number, "text_contains": _head(text, 4), "actor_contains": who.split(",")[0]})
    doc.table(None, rows, role="tasks")
    doc.p(g("Председатель А. Турсунов. Секретарь А. Омарова.", "Төраға А. Тұрсынов. Хатшы А. Омарова."))


# (VI group, [(task, lead, partner, years, billion dong)])
VILLAGE_PLAN = (
    ("Hạ tầng thu gom, xử lý nước thải", [
        ("Nâng công suất trạm xử lý nước thải tập trung cụm công nghiệp Phong Khê lên 8.000 m³/ngày đêm", "Sở Xây dựng", "UBND phường Phong Khê",
         "2026 – 2027", "96,5"),
        ("Xây dựng tuyến cống bao thu gom nước thải các hộ sản xuất ven sông Ngũ Huyện Khê", "UBND phường Phong Khê", "Ban quản lý dự án đầu tư xây dựng tỉnh",
         "2026 – 2028", "142,0")]),
    ("Di dời, sắp xếp cơ sở sản xuất", [
        ("Di dời các hộ sản xuất giấy trong khu dân cư vào cụm công nghiệp làng nghề", "UBND phường Phong Khê", "Sở Công Thương", "2026 – 2030", "-"),
        ("Chấm dứt hoạt động các lò hơi đốt than không có hệ thống xử lý khí thải", "Sở Nông nghiệp và Môi trường", "Công an tỉnh", "2026", "-")]),
    ("Quản lý chất thải rắn", [
        ("Đầu tư lò đốt tạp chất giấy phế liệu có thu hồi nhiệt cho cụm công nghiệp", "Sở Nông nghiệp và Môi trường", "Chủ đầu tư hạ tầng cụm công nghiệp",
         "2027 – 2028", "68,0")]),
)  # fmt: skip


def _tasks_jt2_vi(doc: Doc) -> None:
    doc.h("KẾ HOẠCH XỬ LÝ Ô NHIỄM MÔI TRƯỜNG LÀNG NGHỀ GIẤY PHONG KHÊ GIAI ĐOẠN 2026 – 2030")
    doc.p("(Kèm theo Quyết định của UBND tỉnh Bắc Ninh.) Kinh phí từ ngân sách tỉnh, ngân sách phường và nguồn xã hội hóa.")
    rows = [["Nhóm nhiệm vụ", "TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Kinh phí dự kiến (tỷ đồng)"]]
    merges = []
    n = 0
    for group, tasks in VILLAGE_PLAN:
        start = len(rows)
        for j, (text, lead, partner, years, money) in enumerate(tasks):
            n += 1
            rows.append([group if j == 0 else None, str(n), text, lead, partner, years, money])
            doc.add("obligations", {"kind": "task", "number": str(n), "text_contains": _head(text, 5), "actor_contains": lead})
        if len(tasks) > 1:
            merges.append((start, 0, len(rows) - 1, 0))
    doc.table("Phụ lục. Danh mục nhiệm vụ", rows, merges, role="tasks")
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"JT{k}", globals()[f"{role}_jt{k}"]) for role in ROLES for k in (1, 2)]
