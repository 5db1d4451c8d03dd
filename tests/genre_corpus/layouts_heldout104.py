"""A blind held-out set (two layouts per role, `JI1` and `JI2`): never used for tuning, written by someone who neither
ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`.

Theme: foundries and metal casting. Kazakhstan: the iron and steel foundry of a machine-building plant in Petropavl with
its open cupola, induction crucible furnaces, moulding-sand preparation with its mullers, a shot-blasting chamber, a
knock-out grid and pouring of moulds with cold-setting phenolic cores, an aluminium die-casting shop of a car-parts maker
in Kostanay with its gas crucible furnaces, die-casting machines and grinding section, and a bell and art casting workshop
at Talgar making bronze bells and sculpture by the lost-wax process (a counterparty's questionnaire for a tender, a
declaration of impact of a category III object, an НДВ table of what is given off and what is let out after cleaning,
calculation sheets of an inventory, a report on the movement of wastes, a calculation of waste norms, an application for
a КЭР compared with the indicators of the best available techniques, a soil test report, a ПЭК matrix of samplings, a
ПЭК programme with operational monitoring, a map of environmental rounds, a regulation of three-step control, a
director's order with its annex, a calendar plan of a modernisation project). Vietnam: the steel recycling and casting
craft village of Đa Hội (Châu Khê, Từ Sơn, Bắc Ninh) with its induction furnaces, coal-fired reheating furnaces and
rolling mills and its cluster, an aluminium die-casting plant in the Bình Xuyên industrial park of Vĩnh Phúc, a cast-iron
pipe-fittings foundry in the Phố Nối A park of Hưng Yên (phiếu đăng ký nhà cung cấp, the ward's list of registered
enterprises, báo cáo đề xuất cấp GPMT with loads before and after treatment and by emission factors, báo cáo công tác BVMT,
báo cáo hiện trạng môi trường làng nghề, kết quả quan trắc khí thải and không khí xung quanh, chương trình and kế hoạch
quan trắc, a map of internal rounds, kế hoạch kiểm tra, kế hoạch vận hành thử nghiệm, kế hoạch di dời).

Facility: a counterparty's questionnaire filled in by the machine-building plant for a railway repair company's tender,
`№ | сведения | данные контрагента | подтверждающий документ` under four section rows — the BIN, the main OKED and further
OKED codes, the chairman's name with his IIN (twelve digits whose check holds, a look-alike of a BIN), an IBAN, a BIC and
the `Кбе`, the foundry shop as the place of manufacture with its KATO and coordinates pasted from a map as two decimals,
the category `I` with its reason and the КЭР — the customer's own BIN in the lead-in, the castings offered in a table of
no role (VI: an aluminium die-casting company's supplier registration form, the tax code, the director's citizen ID
number, `2432 – Đúc kim loại màu`, the plant's coordinates as two decimals, `Nhóm II`) (JI1); the first section of a
category III art foundry's declaration of impact as a horizontal card — one header row of eight fields, a row of their
numbers and one row of values — the coordinates in degrees and decimal minutes as a GPS receiver shows them (`43°18,412′
с.ш.`), the OKED with its name, the landlord's BIN in the paragraph under it, the products in a table of no role (VI: a
ward's register of the enterprises of the Đa Hội craft-village cluster that hold a permit or have registered, one row each
with its enterprise number, no coordinates) (JI2).

Emissions: a foundry's НДВ table of what each source gives off and what it lets into the air after cleaning, a row
spanning the table per source naming its cleaning (`ИЗА 0001 – …; ГОУ: циклон ЦН-15 и скруббер Вентури`), a pair `г/с |
т/год` before cleaning, the efficiency, and a second pair — the emission — after it, gases passing the cyclone with `0`
and the same figures twice, sources without cleaning with dashes before, column numbers under the two header rows, a
total of the air pair only (VI: an aluminium die-casting plant's stacks `KT1` … `KT3` before and after treatment, the
flow merged down, concentration and g/s in each pair, tonnes a year last, no source numbers) (JI1); the calculation sheets
of a die-casting shop's inventory, a small table per source under a caption naming it, the substances as columns headed
`код – наименование`, the rows the steps of the method — specific emission `q`, the output `P` and the year's melt `B`
merged across the substance columns, the efficiency in shares — and only the last two rows, `M` in g/s and `G` in tonnes,
the emission; the grinding section worked out from machines and hours instead, no hazard classes (VI: a Đa Hội steel
enterprise's loads by emission factors for its induction furnaces and its coal-fired reheating furnace, output and hours
merged across the parameters, kg a day before g/s and tonnes a year) (JI2).

Wastes: a foundry's report on how its wastes moved in the year, the stock on 1 January, then under a merged header what
was formed, received from the machining shop, used on site and passed on, then the stock on 31 December — only `formed`
the amount — the code in a column after the name, hazardous and non-hazardous wastes under two section rows, column
numbers, dashes for nothing (VI: an aluminium die-casting plant's annual report, hazardous wastes in kilograms with the
stocks and what was handed over, ordinary ones in tonnes, the scrap melted again among them) (JI1); an art foundry's
calculation of its waste norms, one row per waste with its code and a cell holding the formula, what each letter stands
for and the figures put into it (`M = Q · n / 100 = 12,6 · 4,5 / 100`), the norm in the next column the amount, how each is
handled (VI: an estimate of the Đa Hội village's production wastes by factors, the factor and the year's output before
the tonnes a year, two hazardous wastes with codes in a column otherwise of dashes) (JI2).

Limits: the part of a КЭР application comparing the foundry's stack measurements with the technological indicators of
the best available techniques, the source merged down over its substances, the code in a column of its own, indicators
as ranges `1–20` (a minimum and a maximum) or `≤ 1 000`, the mean of three measurements, a verdict, iron oxides measured
with `не установлен` for an indicator (VI: a cast-iron pipe-fittings foundry's four stacks as columns under a merged
`Kết quả`, flow and temperature rows with no limit, dashes where a stack has no such gas, the Cmax of QCVN 19:2009/BTNMT
column B with Kp = 0,9 and Kv = 1,0 last) (JI1); a laboratory's report on the soil of the art foundry's yard, points
merged down over two depths, metals as columns, the ПДК on a row under the header spanning the point and depth columns, a
footnote telling gross content from mobile forms, the background point as `П-4 (фон, …)` (VI: the Đa Hội village's
ambient air at five points, four parameters each a pair of columns for the dry-season and the rainy-season round, the
1-hour limit of QCVN 05:2023/BTNMT merged over each pair on a row under the header, µg/m³ only in the caption) (JI2).

Monitoring: a foundry's ПЭК matrix, points and sources as rows, nine substances as columns under a merged header with a
row of codes and a row of short names, `+` where sampled, the frequency only as the number of samplings a year (`12`, `4`,
`2`) or `непрерывно` for the cupola's automated system, so that the cupola carries the same gases quarterly and
continuously (VI: an aluminium die-casting plant's stacks with `x` marks, flow and temperature columns that are no
substances, `Tần suất (lần/năm)`, the waste water in a second table with the frequency in words) (JI1); a die-casting
shop's ПЭК programme in one table under three section rows — operational monitoring of the process (melt temperature,
pressure drops, each melt, each shift) giving no substance, monitoring of emissions, monitoring of impact — the
substances named in the parameters cell in lower case, a calculation-method row, the sewer well `КК-1` among the sources
(VI: the ward's monitoring plan of the craft village under component rows, the point code in a column of its own, an
automatic station measuring continuously, the river above and below the cluster's outlet, the soil once a year) (JI2).

Inspections: a foundry shop's map of environmental rounds, a row spanning the table per section naming the one who walks
it (`Плавильный участок (ответственный – мастер плавильного участка)`), items `1.1`, a column holding only a letter of
frequency (`Е`, `Н`, `М`, `К`, `П`) explained by the legend under the table — `П`, after every melt, no frequency of the
contract — and an empty column for marks (VI: a cast-iron foundry's map with `N`, `T`, `Th`, `Q`, `M` and `phụ trách` in
the section rows) (JI1); a die-casting shop's regulation of three-step control, one row per step with who carries it out,
the frequency in words, the objects of the check as one sentence and where the result is recorded, a commission under the
chief engineer at the third step, an unscheduled check on accidents and complaints without a frequency, the managing
company's yearly internal audit (VI: a ward's plan of inspecting the Đa Hội producers by group, periodic and
unscheduled, the lead and partner bodies) (JI2).

Tasks: a plant director's order on meeting the conditions of the foundry's КЭР, the operative part as numbered paragraphs
of prose each giving a named officer in the dative a task and a date, one of them a duty of reporting every quarter that
is no task, an approval and a control clause that are none either, and an annex table of the year's repairs of the gas
cleaning units with the source numbers inside the equipment's cell (VI: an aluminium die-casting plant's plan of trial
operation of its treatment works, the steps with start and end dates, the unit doing each — a monitoring firm among them —
and what it yields) (JI1); the calendar plan of an art foundry's modernisation project annexed to a loan application,
works `1.1` under three stage rows, start and end as months, the executor — design firm, furnace supplier, individual
contractor, laboratory or the workshop itself — and the cost, a total row, the sources of money in a table of no role (VI:
a city's plan of moving the Đa Hội furnaces out of the village into the cluster under Roman sections, numbered straight
through, the lead and partner bodies, the result) (JI2).
"""
from __future__ import annotations

from . import vocab
from .common import Doc, freq, make_bin, maybe_distractor, num
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


def _kz_check(digits: str) -> int | None:
    """The check digit of eleven digits of a Kazakh BIN or IIN, None when none fits."""
    for weights in (range(1, 12), (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)):
        c = sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11
        if c != 10:
            return c
    return None


def _iin(doc: Doc) -> str:
    """The IIN of a man born 1962–1984 whose check digit holds: twelve digits that look like a BIN."""
    r = doc.rng
    while True:
        head = f"{r.randint(62, 84):02d}{r.randint(1, 12):02d}{r.randint(1, 28):02d}3{r.randint(0, 9999):04d}"
        c = _kz_check(head)
        if c is not None:
            return head + str(c)


def _iban(doc: Doc, bank: str = "601") -> str:
    """A Kazakh IBAN (`KZ`, two check digits, the bank's code, thirteen digits) whose check holds."""
    body = bank + "".join(str(doc.rng.randint(0, 9)) for _ in range(13))
    return f"KZ{98 - int(body + '203500') % 97:02d}{body}"


def _msdn(doc: Doc, prefix: str) -> str:
    """A Vietnamese enterprise number of the province's tax office (`25` Vĩnh Phúc, `23` Bắc Ninh, `09` Hưng Yên)."""
    return prefix + f"{doc.rng.randint(0, 99_999_999):08d}"


HEMI = {"ru": ("с.ш.", "в.д."), "kk": ("с.е.", "ш.б."), "vi": ("B", "Đ")}


def _dm(value: float, lat: bool, lang: str) -> tuple[str, float]:
    """`43°15,367′ с.ш.`: degrees and decimal minutes as a GPS receiver shows them, and the degrees they stand for."""
    d = int(value)
    m = round((value - d) * 60, 3)
    minutes = f"{m:06.3f}".replace(".", ",")
    return f"{d}°{minutes}′ {HEMI[lang][0 if lat else 1]}", d + m / 60


# code: (RU, KK, VI, hazard class as Kazakh inventories print it) of pollutants the vocabulary does not name
EXTRA = {
    "0101": ("диАлюминий триоксид (в пересчете на алюминий)", "Диалюминий триоксиді (алюминийге шаққанда)", "Nhôm oxit (Al2O3)", 2),
    "0342": ("Фтористые газообразные соединения (в пересчете на фтор)", "Фторлы газ тәрізді қосылыстар (фторға шаққанда)", "", 2),
    "1071": ("Гидроксибензол (Фенол)", "Гидроксибензол (фенол)", "Phenol", 2),
    "2735": ("Масло минеральное нефтяное", "Мұнайлы минералды май", "", None),
    "2930": ("Пыль абразивная (Корунд белый, Монокорунд)", "Абразивті шаң (ақ корунд, монокорунд)", "", None),
}


def _air(doc: Doc, code: str, variant: int = 0) -> str:
    if code in EXTRA:
        return EXTRA[code][vocab.LANGS.index(doc.lang)]
    return vocab.air(code, doc.lang, variant)


def _hazard(code: str) -> int | None:
    return EXTRA[code][3] if code in EXTRA else vocab.hazard(code)


# ---------------------------------------------------------------- facility

# the Petropavl plant: (RU, KK)
ESIL_OPERATOR = ("АО «Есільмаш»", "«Есільмаш» АҚ")
ESIL_SHOP = ("Литейный цех АО «Есільмаш»", "«Есільмаш» АҚ құю цехы")
ESIL_PRODUCTS = (
    ("Колодка тормозная чугунная тип М", "М типті шойын тежегіш қалыпша", "СЧ 20", 12.4, (1800, 2600)),
    ("Корпус буксы грузового вагона", "Жүк вагоны буксасының корпусы", "сталь 20ГЛ", 68.0, (300, 520)),
    ("Крышка смотровая буксы", "Букса қарау қақпағы", "СЧ 15", 4.1, (90, 160)),
    ("Поглощающий аппарат, корпус", "Жұтқыш аппарат корпусы", "сталь 20ГФЛ", 51.5, (150, 300)),
)  # fmt: skip


def facility_ji1(doc: Doc) -> None:
    """A counterparty's questionnaire that a machine-building plant filled in for a railway repair company's tender for
    castings: `№ | сведения | данные контрагента | подтверждающий документ` under four section rows — registration with
    the BIN, the main OKED and further OKED codes, the head's name with his twelve-digit IIN; bank details with an IBAN,
    a BIC and the `Кбе`; the place of manufacture (the foundry shop) with its KATO and GPS coordinates pasted as two
    decimals `54.873412, 69.158907`; the category written with its reason and the КЭР — the customer's own BIN in the
    lead-in, the castings offered in a table of no role (VI: an aluminium die-casting company's supplier registration
    form for a motorcycle parts maker, the tax code, the director's citizen ID number, `2432 – Đúc kim loại màu`)."""
    if doc.lang == "vi":
        _facility_ji1_vi(doc)
        return
    r, g, L = doc.rng, doc.v, _L(doc)
    bin_, cust_bin, iin = make_bin(r), make_bin(r), _iin(doc)
    lat, lon = round(54.86 + r.uniform(0, 0.025), 6), round(69.13 + r.uniform(0, 0.05), 6)
    permit = f"KZ{r.randint(10, 99)}VCZ{r.randint(10**7, 10**8 - 1):08d}"
    pday, pmonth = r.randint(1, 28), r.randint(1, 12)
    lot = f"{r.randint(1200, 1900)}-{r.randint(10, 99)}/ЗЦП"
    customer = g("ТОО «Темір Жол Вагон Сервис»", "«Темір Жол Вагон Сервис» ЖШС", "")
    doc.p(g("Приложение 4 к тендерной документации", "Тендерлік құжаттамаға 4-қосымша", ""))
    doc.h(g("Анкета контрагента (потенциального поставщика)", "Контрагенттің (әлеуетті өнім берушінің) сауалнамасы", ""))
    doc.p(g(f"Заказчик: {customer}, БИН {cust_bin}. Закуп № {lot} «Отливки чугунные и стальные для ремонта грузовых вагонов». "
            "Сведения раздела 3 указываются по месту фактического изготовления продукции; к анкете прилагаются копии документов.",
            f"Тапсырыс беруші: {customer}, БСН {cust_bin}. № {lot} «Жүк вагондарын жөндеуге арналған шойын және болат құймалар» сатып алуы. "
            "3-бөлімнің мәліметтері өнім нақты дайындалатын орын бойынша көрсетіледі; сауалнамаға құжаттардың көшірмелері қоса беріледі.", ""))

    def att(k: int) -> str:
        return f"копия, прил. {k}" if L == 0 else f"көшірме, {k}-қос."

    rows = [g(["№", "Запрашиваемые сведения", "Сведения контрагента", "Подтверждающий документ"],
              ["№", "Сұратылатын мәліметтер", "Контрагенттің мәліметтері", "Растайтын құжат"], [])]
    merges: list = []
    _span(rows, merges, g("1. Регистрационные данные", "1. Тіркеу деректері", ""), 4)
    rows += [
        ["1.1", g("Полное наименование", "Толық атауы", ""), g("Акционерное общество «Есільмаш»", "«Есільмаш» акционерлік қоғамы", ""), att(1)],
        ["1.2", g("БИН", "БСН", ""), bin_, att(1)],
        ["1.3", g("Дата государственной регистрации", "Мемлекеттік тіркелген күні", ""), f"{r.randint(1, 28):02d}.{bin_[2:4]}.20{bin_[:2]}", att(1)],
        ["1.4", g("Основной вид деятельности (ОКЭД)", "Негізгі қызмет түрі (ЭҚЖЖ)", ""), g("24510 – Литье чугуна", "24510 – Шойын құю", ""), att(2)],
        ["1.5", g("Дополнительные виды деятельности (ОКЭД)", "Қосымша қызмет түрлері (ЭҚЖЖ)", ""),
         g("24520 – Литье стали; 28300 – Производство машин и оборудования для сельского и лесного хозяйства",
           "24520 – Болат құю; 28300 – Ауыл және орман шаруашылығына арналған машиналар мен жабдықтар өндірісі", ""), att(2)],
        ["1.6", g("Первый руководитель (Ф.И.О., ИИН)", "Бірінші басшы (Т.А.Ә., ЖСН)", ""),
         g(f"Председатель Правления Абдрахманов Ерлан Муратович, ИИН {iin}", f"Басқарма төрағасы Абдрахманов Ерлан Мұратұлы, ЖСН {iin}", ""), "–"],
        ["1.7", g("Юридический адрес", "Заңды мекенжайы", ""),
         g("150000, Северо-Казахстанская область, г. Петропавловск, ул. Жамбыла, 236", "150000, Солтүстік Қазақстан облысы, Петропавл қ., Жамбыл к-сі, 236", ""), "–"],
    ]
    _span(rows, merges, g("2. Банковские реквизиты", "2. Банк деректемелері", ""), 4)
    rows += [
        ["2.1", g("Обслуживающий банк", "Қызмет көрсететін банк", ""),
         g("АО «Народный Банк Казахстана», Северо-Казахстанский областной филиал", "«Қазақстан Халық Банкі» АҚ, Солтүстік Қазақстан облыстық филиалы", ""), att(3)],
        ["2.2", g("ИИК (IBAN)", "ЖСК (IBAN)", ""), _iban(doc), att(3)],
        ["2.3", g("БИК", "БСК", ""), "HSBKKZKX", "–"],
        ["2.4", g("Кбе", "БенК", ""), "17", "–"],
    ]
    _span(rows, merges, g("3. Место изготовления продукции", "3. Өнім дайындалатын орын", ""), 4)
    rows += [
        ["3.1", g("Наименование производственного объекта", "Өндірістік объектінің атауы", ""), ESIL_SHOP[L], "–"],
        ["3.2", g("Фактический адрес", "Нақты мекенжайы", ""),
         g("г. Петропавловск, ул. Жамбыла, 236, промышленная площадка № 2 (литейный корпус)", "Петропавл қ., Жамбыл к-сі, 236, № 2 өнеркәсіптік алаң (құю корпусы)", ""), "–"],
        ["3.3", g("Код КАТО места изготовления", "Дайындау орнының ҚАТО коды", ""), "591010000", "–"],
        ["3.4", g("GPS-координаты площадки (WGS-84)", "Алаңның GPS-координаттары (WGS-84)", ""), f"{lat:.6f}, {lon:.6f}", "–"],
        ["3.5", g("Проектная мощность", "Жобалық қуаты", ""),
         g(f"чугунное литье – {num(12000, 'ru')} т/год; стальное литье – {num(3600, 'ru')} т/год",
           f"шойын құю – жылына {num(12000, 'kk')} т; болат құю – жылына {num(3600, 'kk')} т", ""), att(4)],
        ["3.6", g("Плавильные агрегаты", "Балқыту агрегаттары", ""),
         g("вагранка открытого типа 5 т/ч; индукционные тигельные печи ИЧТ-6 (2 шт.) и ИСТ-1,0 (1 шт.)",
           "сағатына 5 т ашық типті вагранка; ИЧТ-6 (2 дана) және ИСТ-1,0 (1 дана) индукциялық тигельді пештері", ""), "–"],
    ]
    _span(rows, merges, g("4. Разрешительные документы и система менеджмента", "4. Рұқсат құжаттары және менеджмент жүйесі", ""), 4)
    rows += [
        ["4.1", g("Категория объекта (ст. 12 Экологического кодекса РК)", "Объект санаты (ҚР Экология кодексінің 12-бабы)", ""),
         g("I категория – литейное производство черных металлов мощностью более 20 т в сутки",
           "I санат – тәулігіне 20 т-дан астам қуаты бар қара металдарды құю өндірісі", ""), "–"],
        ["4.2", g("Комплексное экологическое разрешение", "Кешенді экологиялық рұқсат", ""),
         g(f"№ {permit} от {pday:02d}.{pmonth:02d}.2025, срок действия до {pday:02d}.{pmonth:02d}.2035",
           f"2025 жылғы {pday:02d}.{pmonth:02d} № {permit}, қолданылу мерзімі {pday:02d}.{pmonth:02d}.2035 дейін", ""), att(5)],
        ["4.3", g("Сертификат ISO 14001:2015", "ISO 14001:2015 сертификаты", ""),
         g(f"№ KZ.Q.02.{r.randint(1000, 9999)}, действителен до 11.09.2027", f"№ KZ.Q.02.{r.randint(1000, 9999)}, 11.09.2027 дейін жарамды", ""), att(6)],
    ]  # fmt: skip
    doc.table(None, rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": "Есільмаш", "kato": "591010000", "oked": "24510", "category": "I", "lat": lat, "lon": lon})
    prod = [g(["№", "Наименование отливки", "Материал", "Масса отливки, кг", "Объем поставки в год, шт."],
              ["№", "Құйманың атауы", "Материалы", "Құйманың массасы, кг", "Жылдық жеткізу көлемі, дана"], [])]
    for k, (n_ru, n_kk, mat, mass, (lo, hi)) in enumerate(ESIL_PRODUCTS, 1):
        prod.append([str(k), (n_ru, n_kk)[L], mat if L == 0 else mat.replace("сталь", "болат"), num(mass, doc.lang), num(r.randint(lo, hi) * 10, doc.lang)])
    doc.table(g("Перечень продукции, предлагаемой к поставке", "Жеткізуге ұсынылатын өнімдер тізбесі", ""), prod, role="other")
    doc.p(g("Достоверность сведений подтверждаю. Председатель Правления ____________ Е. Абдрахманов. М.П.",
            "Мәліметтердің дұрыстығын растаймын. Басқарма төрағасы ____________ Е. Абдрахманов. М.О.", ""))


def _facility_ji1_vi(doc: Doc) -> None:
    r = doc.rng
    msdn = _msdn(doc, "25")
    lat, lon = round(21.27 + r.uniform(0, 0.03), 6), round(105.66 + r.uniform(0, 0.05), 6)
    cccd = f"0260{r.randint(70, 88)}{r.randint(0, 999999):06d}"
    gp = f"{r.randint(100, 900)}/GPMT-UBND"
    doc.p("Biểu mẫu QT-MH-05 (ban hành lần 3) – Công ty TNHH Phụ tùng Xe máy Kim Long Việt Nam")
    doc.h("PHIẾU ĐĂNG KÝ THÔNG TIN NHÀ CUNG CẤP")
    doc.p("Nhà cung cấp điền đầy đủ thông tin và gửi kèm bản sao các giấy tờ liên quan về Phòng Mua hàng trước ngày 15/3/2025. Thông tin tại "
          "Mục III ghi theo địa điểm sản xuất thực tế của sản phẩm cung cấp.")
    rows = [["STT", "Nội dung", "Thông tin nhà cung cấp", "Tài liệu kèm theo"]]
    merges: list = []
    _span(rows, merges, "I. THÔNG TIN DOANH NGHIỆP", 4)
    rows += [["1", "Tên doanh nghiệp", "Công ty TNHH Đúc nhôm Hưng Phát Vĩnh Phúc", "Giấy CN ĐKDN"],
             ["2", "Mã số doanh nghiệp (mã số thuế)", msdn, "Giấy CN ĐKDN"],
             ["3", "Ngày cấp lần đầu", f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2016", ""],
             ["4", "Người đại diện theo pháp luật", f"Ông Nguyễn Văn Thịnh – Giám đốc; CCCD số {cccd}", "Bản sao CCCD"],
             ["5", "Ngành nghề kinh doanh chính (VSIC)", "2432 – Đúc kim loại màu", ""],
             ["6", "Địa chỉ trụ sở chính", "Lô CN-07, Khu công nghiệp Bình Xuyên, huyện Bình Xuyên, tỉnh Vĩnh Phúc", ""]]
    _span(rows, merges, "II. TÀI KHOẢN NGÂN HÀNG", 4)
    rows += [["7", "Số tài khoản", f"{r.randint(10**12, 10**13 - 1)}", "Xác nhận của ngân hàng"],
             ["8", "Ngân hàng", "Ngân hàng TMCP Ngoại thương Việt Nam – Chi nhánh Vĩnh Phúc (SWIFT: BFTVVNVX)", ""]]
    _span(rows, merges, "III. NHÀ MÁY SẢN XUẤT", 4)
    rows += [["9", "Tên nhà máy", "Nhà máy đúc nhôm áp lực Hưng Phát", ""],
             ["10", "Địa điểm", "Lô CN-07, Khu công nghiệp Bình Xuyên, huyện Bình Xuyên, tỉnh Vĩnh Phúc", ""],
             ["11", "Tọa độ (Google Maps)", f"{lat:.6f}, {lon:.6f}", ""],
             ["12", "Công suất thiết kế", f"{num(4800, 'vi')} tấn sản phẩm đúc/năm (12 máy đúc áp lực 250–800 tấn)", ""],
             ["13", "Số lao động", f"{r.randint(180, 320)} người", ""]]
    _span(rows, merges, "IV. MÔI TRƯỜNG VÀ HỆ THỐNG QUẢN LÝ", 4)
    rows += [["14", "Phân loại dự án theo Luật Bảo vệ môi trường 2020", "Nhóm II", ""],
             ["15", "Giấy phép môi trường", f"Số {gp} ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2023 của UBND tỉnh Vĩnh Phúc", "Bản sao GPMT"],
             ["16", "Chứng chỉ", "IATF 16949:2016; ISO 14001:2015", "Bản sao chứng chỉ"]]  # fmt: skip
    doc.table(None, rows, merges, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": "Hưng Phát", "category": "II", "lat": lat, "lon": lon})
    doc.table("Danh mục sản phẩm đề nghị cung cấp", [
        ["STT", "Tên sản phẩm", "Vật liệu", "Khối lượng (kg/chiếc)", "Sản lượng (chiếc/tháng)"],
        ["1", "Nắp máy (nắp quy lát) xe 110 cc", "ADC12", num(0.86, "vi"), num(r.randint(18, 30) * 1000, "vi")],
        ["2", "Vỏ hộp số trái", "ADC12", num(1.42, "vi"), num(r.randint(12, 22) * 1000, "vi")],
        ["3", "Giá đỡ ống xả", "AC4C", num(0.31, "vi"), num(r.randint(25, 40) * 1000, "vi")]], role="other")
    doc.p("Nhà cung cấp cam đoan các thông tin trên là đúng sự thật. Giám đốc (ký, đóng dấu).")


# (RU, KK) of the art foundry near Almaty
BELL_OPERATOR = ("ТОО «Алтын Қоңырау Құю»", "«Алтын Қоңырау Құю» ЖШС")
BELL_SHOP = ("Художественно-литейная мастерская «Алтын Қоңырау»", "«Алтын Қоңырау» көркем құю шеберханасы")
BELL_ADDRESS = ("Алматинская область, Талгарский район, г. Талгар, ул. Бокина, 41", "Алматы облысы, Талғар ауданы, Талғар қ., Бокин к-сі, 41")
BELL_PRODUCTS = (
    ("Колокола и колокольчики (0,5–350 кг)", "Қоңыраулар мен қоңыраушалар (0,5–350 кг)", ("шт.", "дана"), (60, 140)),
    ("Скульптура и памятные доски из бронзы", "Қоладан жасалған мүсіндер мен ескерткіш тақталар", ("шт.", "дана"), (25, 70)),
    ("Сувенирная продукция (литье по выплавляемым моделям)", "Кәдесый өнімдері (балқытылатын модельдер бойынша құю)", ("шт.", "дана"), (1500, 4000)),
    ("Переплавлено бронзы и латуни", "Балқытылған қола мен жез", ("т", "т"), (9, 16)),
)  # fmt: skip


def facility_ji2(doc: Doc) -> None:
    """The first section of a declaration of impact of a category III art foundry making bells and bronze sculpture, a
    horizontal card: one header row of eight fields, a row of the fields' numbers `1` … `8` and a single row of values — the
    BIN, the operator, the workshop, the address, the KATO, the coordinates in degrees and decimal minutes as a GPS
    receiver shows them (`43°18,412′ с.ш.`), the OKED with its name and the category — the landlord's BIN in the paragraph
    under it, the products in a table of no role (VI: the ward's register of the enterprises of the Đa Hội craft-village
    cluster that have registered or been permitted, five rows with their enterprise numbers and no coordinates)."""
    if doc.lang == "vi":
        _facility_ji2_vi(doc)
        return
    r, g, L = doc.rng, doc.v, _L(doc)
    bin_, landlord = make_bin(r), make_bin(r)
    kato = f"19622{r.randint(10, 99)}00"
    lat_s, lat = _dm(43.296 + r.uniform(0, 0.012), True, doc.lang)
    lon_s, lon = _dm(77.228 + r.uniform(0, 0.02), False, doc.lang)
    doc.h(g("Декларация о воздействии на окружающую среду (объект III категории)", "Қоршаған ортаға әсер ету туралы декларация (III санаттағы объект)", ""))
    doc.p(g("Представляется в ГУ «Управление природных ресурсов и регулирования природопользования Алматинской области» в соответствии со "
            "статьей 110 Экологического кодекса Республики Казахстан. Декларируемый период: 2026–2035 годы.",
            "Қазақстан Республикасы Экология кодексінің 110-бабына сәйкес «Алматы облысының табиғи ресурстар және табиғат пайдалануды реттеу "
            "басқармасы» ММ-ге ұсынылады. Декларацияланатын кезең: 2026–2035 жылдар.", ""))
    doc.h(g("Раздел 1. Сведения об операторе и объекте", "1-бөлім. Оператор және объект туралы мәліметтер", ""))
    head = g(["БИН оператора", "Наименование оператора", "Наименование объекта", "Адрес объекта", "КАТО", "Географические координаты",
              "Вид деятельности (ОКЭД)", "Категория объекта"],
             ["Оператордың БСН", "Оператордың атауы", "Объектінің атауы", "Объектінің мекенжайы", "ҚАТО", "Географиялық координаттары",
              "Қызмет түрі (ЭҚЖЖ)", "Объектінің санаты"], [])
    values = [bin_, BELL_OPERATOR[L], BELL_SHOP[L], BELL_ADDRESS[L], kato, f"{lat_s}, {lon_s}",
              g("24540 – Литье прочих цветных металлов", "24540 – Басқа да түсті металдарды құю", ""), "III"]
    doc.table(None, [head, [str(k) for k in range(1, 9)], values], role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": "Алтын Қоңырау", "kato": kato, "oked": "24540", "category": "III", "lat": lat, "lon": lon})
    doc.p(g(f"Производственное помещение площадью 640 м² арендуется у ТОО «Талғар Өнеркәсіп Паркі» (БИН {landlord}) по договору аренды "
            f"№ {r.randint(12, 90)}/24; координаты определены навигатором у входа в плавильный участок.",
            f"Ауданы 640 м² өндірістік үй-жай «Талғар Өнеркәсіп Паркі» ЖШС-нен (БСН {landlord}) № {r.randint(12, 90)}/24 жалдау шарты бойынша "
            "жалға алынады; координаттар балқыту учаскесінің кіреберісінде навигатормен анықталды.", ""))
    doc.h(g("Раздел 2. Сведения о выпускаемой продукции", "2-бөлім. Шығарылатын өнім туралы мәліметтер", ""))
    prod = [g(["Вид продукции", "Ед. изм.", "Объем в год"], ["Өнім түрі", "Өлш. бірл.", "Жылдық көлемі"], [])]
    for n_ru, n_kk, units, (lo, hi) in BELL_PRODUCTS:
        prod.append([(n_ru, n_kk)[L], units[L], num(r.randint(lo, hi), doc.lang)])
    doc.table(None, prod, role="other")


# (enterprise, lot in the cluster, trade, capacity, paper)
DA_HOI = (
    ("Công ty TNHH Thép Đa Hội Phát", "Lô A3", "Nấu, đúc phôi thép từ thép phế liệu bằng lò trung tần", "12.000 tấn phôi/năm", "Giấy phép môi trường số {n}/GPMT-UBND"),
    ("Công ty Cổ phần Cơ khí Đúc Châu Khê", "Lô B1", "Đúc gang, thép chi tiết máy, phụ tùng nông cơ", "3.500 tấn sản phẩm/năm", "Giấy phép môi trường số {n}/GPMT-UBND"),
    ("Công ty TNHH Sản xuất và Thương mại Hùng Mạnh Từ Sơn", "Lô A7", "Cán thép xây dựng từ phôi", "25.000 tấn/năm", "Giấy phép môi trường số {n}/GPMT-UBND"),
    ("Công ty TNHH Kim khí Quang Tuấn", "Lô C4", "Kéo dây thép, sản xuất đinh, lưới thép", "4.000 tấn/năm", "Đăng ký môi trường, phiếu tiếp nhận số {n}/PTN-UBND"),
    ("Công ty TNHH Đúc đồng Mỹ nghệ Đông Sơn", "Lô C9", "Đúc đồng mỹ nghệ, chuông, tượng", "60 tấn sản phẩm/năm", "Đăng ký môi trường, phiếu tiếp nhận số {n}/PTN-UBND"),
)  # fmt: skip


def _facility_ji2_vi(doc: Doc) -> None:
    r = doc.rng
    doc.p("ỦY BAN NHÂN DÂN PHƯỜNG CHÂU KHÊ – CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    doc.h("DANH SÁCH CÁC CƠ SỞ SẢN XUẤT TRONG CỤM CÔNG NGHIỆP LÀNG NGHỀ ĐA HỘI ĐÃ ĐƯỢC CẤP GIẤY PHÉP MÔI TRƯỜNG HOẶC ĐĂNG KÝ MÔI TRƯỜNG")
    doc.p("(Kèm theo Báo cáo số 112/BC-UBND ngày 20/11/2024 của UBND phường Châu Khê về công tác bảo vệ môi trường làng nghề). Địa chỉ chung: "
          "Cụm công nghiệp làng nghề Đa Hội, phường Châu Khê, thành phố Từ Sơn, tỉnh Bắc Ninh.")
    rows = [["TT", "Tên cơ sở", "Mã số doanh nghiệp", "Vị trí trong cụm", "Loại hình sản xuất", "Công suất", "Thủ tục môi trường đã thực hiện"]]
    chosen = [d for d in DA_HOI if d[4].startswith("Giấy") or r.random() < 0.8]
    for k, (name, lot, trade, cap, paper) in enumerate(chosen, 1):
        msdn = _msdn(doc, "23")
        rows.append([str(k), name, msdn, lot, trade, cap, paper.format(n=r.randint(20, 480))])
        doc.add("facilities", {"bin": msdn, "name_contains": name.split("TNHH ")[-1].split("phần ")[-1]})
    doc.table(None, rows, role="facility")
    doc.p("Ghi chú: các hộ sản xuất nhỏ lẻ trong khu dân cư thôn Đa Hội chưa đăng ký môi trường không thuộc danh sách này; UBND phường tiếp tục "
          "rà soát, lập danh sách riêng.")


# ---------------------------------------------------------------- emissions

# (number, RU, KK, RU cleaning, KK cleaning (None: none), hours a year, [(code, (low, high) g/s given off, efficiency % or None)])
FOUNDRY_SOURCES = (
    ("0001", "Вагранка открытого типа № 1, 5 т/ч", "№ 1 ашық типті вагранка, 5 т/сағ", "циклон ЦН-15 и скруббер Вентури",
     "ЦН-15 циклоны және Вентури скруббері", 3960,
     (("2908", (3.5, 6.0), 93.5), ("0337", (9.0, 16.0), 0.0), ("0330", (0.6, 1.2), 35.0), ("0301", (0.15, 0.35), 0.0), ("0304", (0.025, 0.06), 0.0))),
    ("0002", "Индукционные тигельные печи ИЧТ-6 № 1, 2 (чугун)", "ИЧТ-6 № 1, 2 индукциялық тигельді пештері (шойын)", "рукавный фильтр ФРИ-550",
     "ФРИ-550 жеңді сүзгісі", 4200, (("0123", (0.4, 0.9), 98.5), ("0143", (0.02, 0.05), 98.5), ("2908", (0.2, 0.5), 98.5))),
    ("0003", "Индукционная печь ИСТ-1,0 (сталь)", "ИСТ-1,0 индукциялық пеші (болат)", "рукавный фильтр ФРИ-160", "ФРИ-160 жеңді сүзгісі", 2640,
     (("0123", (0.2, 0.5), 98.0), ("0143", (0.01, 0.03), 98.0))),
    ("0004", "Смесеприготовительное отделение (бегуны, сито, аэратор)", "Қоспа дайындау бөлімшесі (бегундар, елеуіш, аэратор)",
     "циклон ЦН-15 и пенный аппарат ПВМ", "ЦН-15 циклоны және ПВМ көбікті аппараты", 3960, (("2908", (1.2, 2.4), 96.0),)),
    ("0005", "Дробеметная камера очистки отливок", "Құймаларды тазалайтын бытыра ату камерасы", "рукавный фильтр ФРКИ-90", "ФРКИ-90 жеңді сүзгісі",
     3300, (("0123", (0.8, 1.6), 99.0), ("2908", (0.5, 1.1), 99.0))),
    ("6001", "Участок заливки и охлаждения форм", "Қалыптарды құю және салқындату учаскесі", None, None, 3960,
     (("0337", (0.3, 0.7), None), ("1071", (0.002, 0.006), None), ("1325", (0.001, 0.004), None))),
    ("6002", "Выбивная решетка", "Қалыптан қағып шығару торы", None, None, 3960, (("2908", (0.15, 0.4), None),)),
)  # fmt: skip


def _tonnes(gs: float, hours: int) -> float:
    return _sig(gs * 3.6 * hours / 1000, 3)


def emissions_ji1(doc: Doc) -> None:
    """A foundry shop's table of what its sources give off and what they let into the air after cleaning: a row spanning
    the table per source (`ИЗА 0001 – вагранка …; ГОУ: циклон ЦН-15 и скруббер Вентури`) and under it the substances with
    the class, a column pair `г/с | т/год` for what is given off before cleaning, the cleaning efficiency and a second pair
    for what is let into the air, which alone is the emission; the gases pass the cyclone with `0` and the same figures in
    both pairs, the sources without cleaning dashes before, a row of column numbers under the two header rows, a total of
    the air pair only (VI: an aluminium die-casting plant's stacks `KT1` … `KT3` before and after treatment, the flow
    merged down, concentration and g/s in each pair, tonnes a year last, no source numbers)."""
    if doc.lang == "vi":
        _emissions_ji1_vi(doc)
        return
    r, g, L = doc.rng, doc.v, _L(doc)
    doc.h(g(f"Проект нормативов допустимых выбросов. {ESIL_SHOP[0]}", f"{ESIL_SHOP[1]}. Жол берілетін шығарындылар нормативтерінің жобасы", ""))
    doc.p(g("Литейный цех работает в две смены; выплавка чугуна ведется в вагранке и индукционных печах, стали – в индукционной печи ИСТ-1,0. "
            "Формовка в песчано-глинистые формы по-сырому, стержни – из холоднотвердеющих смесей (ХТС) на фенольной смоле.",
            "Құю цехы екі ауысыммен жұмыс істейді; шойын вагранкада және индукциялық пештерде, болат ИСТ-1,0 индукциялық пешінде балқытылады. "
            "Қалыптау құм-саз қалыптарына ылғалды күйде жүргізіледі, өзекшелер фенол шайыры негізіндегі суықтай қатаятын қоспалардан (СҚҚ) жасалады.", ""))
    head = g(["Код ЗВ", "Наименование загрязняющего вещества", "Класс опасности", "Выделяется (до очистки)", None, "Степень очистки, %",
              "Выбрасывается в атмосферу", None],
             ["ЛЗ коды", "Ластаушы заттың атауы", "Қауіптілік сыныбы", "Бөлінеді (тазартуға дейін)", None, "Тазарту дәрежесі, %",
              "Атмосфераға шығарылады", None], [])
    unit = g(["г/с", "т/год"], ["г/с", "т/жыл"], [])
    rows = [head, [None, None, None, *unit, None, *unit], [str(k) for k in range(1, 9)]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 1, 5), (0, 6, 0, 7)]
    sources = [s for s in FOUNDRY_SOURCES if s[0] not in ("0003", "6002") or r.random() < 0.6]
    all_g, all_t = [], []
    for number, n_ru, n_kk, c_ru, c_kk, hours, subs in sources:
        name = (n_ru, n_kk)[L]
        cleaning = g(f"ГОУ: {c_ru}", f"ГТҚ: {c_kk}", "") if c_ru else g("без очистки", "тазартусыз", "")
        _span(rows, merges, g(f"ИЗА {number} – {name}; {cleaning}", f"{number} ЛШК – {name}; {cleaning}", ""), 8)
        for code, (lo, hi), eff in subs:
            before = _sig(r.uniform(lo, hi), 3)
            after = before if not eff else _sig(before * (1 - eff / 100), 3)
            t_after = _tonnes(after, hours)
            hz = _hazard(code)
            if eff is None:
                pre = ["–", "–", "–"]
            else:
                pre = [num(before, doc.lang), num(_tonnes(before, hours), doc.lang), num(eff, doc.lang)]
            rows.append([code, _air(doc, code), str(hz) if hz else "–", *pre, num(after, doc.lang), num(t_after, doc.lang)])
            doc.add("emissions", emission(code, after, t_after, number, hz))
            all_g.append(after)
            all_t.append(t_after)
    rows.append(["", g("Всего по цеху", "Цех бойынша барлығы", ""), "", "", "", "", num(round(sum(all_g), 4), doc.lang), num(round(sum(all_t), 3), doc.lang)])
    doc.table(g("Таблица 3.3 – Выделение и выброс загрязняющих веществ с учетом очистки", "3.3-кесте – Тазартуды ескере отырып ластаушы заттардың бөлінуі және шығарылуы", ""),
              rows, merges, role="emissions")
    doc.add("sources", *({"number": s[0], "type": _kind(s[0])} for s in sources))
    doc.p(g("Примечание: «–» – источник не оснащен газоочистным оборудованием, выделение равно выбросу. Время работы источников принято по "
            "фактическому режиму 2025 года.",
            "Ескертпе: «–» – көз газ тазарту жабдығымен жабдықталмаған, бөліну шығарындыға тең. Көздердің жұмыс уақыты 2025 жылғы нақты режим "
            "бойынша қабылданды.", ""))
    maybe_distractor(doc, 0.3)


# (label, source, treatment, flow Nm3/h, [(code, VI name, (low, high) g/s before, efficiency %)])
VN_DIECAST_SOURCES = (
    ("KT1", "Lò nấu nhôm số 1 và số 2 (đốt LPG, 1 tấn/mẻ)", "chụp hút → cyclon → lọc bụi túi vải → tháp hấp thụ NaOH", 18000,
     (("2902", "Bụi tổng", (0.9, 1.6), 97.0), ("0316", "HCl", (0.05, 0.12), 85.0), ("0301", "NOx (tính theo NO2)", (0.03, 0.07), 0.0),
      ("0337", "CO", (0.02, 0.06), 0.0))),
    ("KT2", "Khu vực 12 máy đúc áp lực (khói dầu tách khuôn)", "chụp hút → lọc tĩnh điện", 24000, (("2902", "Bụi tổng", (0.25, 0.6), 90.0),)),
    ("KT3", "02 máy phun bi làm sạch sản phẩm", "lọc bụi túi vải đi kèm máy", 9000, (("2902", "Bụi tổng", (0.6, 1.4), 98.0),)),
)  # fmt: skip


def _emissions_ji1_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – NHÀ MÁY ĐÚC NHÔM ÁP LỰC HƯNG PHÁT")
    doc.h("3.2. Công trình, biện pháp xử lý bụi, khí thải")
    doc.p("Nhà máy hoạt động 2 ca/ngày, khoảng 6.000 giờ/năm. Nồng độ trước xử lý lấy theo kết quả đo tại cửa vào thiết bị xử lý tháng 10/2024; "
          "tải lượng sau xử lý tính với hiệu suất thiết kế của từng hệ thống.")
    rows = [["Nguồn thải", "Lưu lượng (Nm³/h)", "Thông số", "Trước xử lý", None, "Hiệu suất xử lý (%)", "Sau xử lý", None, None],
            [None, None, None, "C (mg/Nm³)", "M (g/s)", None, "C (mg/Nm³)", "M (g/s)", "Tải lượng (tấn/năm)"]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 1, 5), (0, 6, 0, 8)]
    for label, name, treat, flow, subs in VN_DIECAST_SOURCES:
        start = len(rows)
        for j, (code, vi, (lo, hi), eff) in enumerate(subs):
            before = _sig(r.uniform(lo, hi), 3)
            after = before if not eff else _sig(before * (1 - eff / 100), 3)
            t = _tonnes(after, 6000)
            rows.append([f"{label} – {name}\n({treat})" if j == 0 else None, num(flow, "vi") if j == 0 else None, vi,
                         num(_sig(before * 3.6e6 / flow, 3), "vi"), num(before, "vi"), num(eff, "vi"),
                         num(_sig(after * 3.6e6 / flow, 3), "vi"), num(after, "vi"), num(t, "vi")])
            doc.add("emissions", emission(code, after, t))
        if len(subs) > 1:
            merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    doc.table("Bảng 3.5. Nồng độ và tải lượng bụi, khí thải trước và sau xử lý", rows, merges, role="emissions")
    doc.p("Ghi chú: C – nồng độ; M – tải lượng. Khí thải sau xử lý được thải qua ống thải cao 15 m (KT1) và 12 m (KT2, KT3).")
    maybe_distractor(doc, 0.3)


class _Across:
    """Appends rows whose one value spans the substance columns of a calculation sheet."""

    def __init__(self, rows: list, merges: list, n: int) -> None:
        self.rows, self.merges, self.n = rows, merges, n

    def __call__(self, label: str, sym: str, unit: str, value: str) -> None:
        self.rows.append([label, sym, unit, value, *[None] * (self.n - 1)])
        if self.n > 1:
            self.merges.append((len(self.rows) - 1, 3, len(self.rows) - 1, 2 + self.n))


# (number, RU, KK, kind, (RU cleaning, KK cleaning), [(code, q, efficiency)])
DIECAST = (
    ("0001", "Газовые тигельные печи плавки сплава АК12 (2 шт.)", "АК12 қорытпасын балқытатын газды тигельді пештер (2 дана)", "melt",
     ("циклон ЦН-11", "ЦН-11 циклоны"), (("0101", 0.9, 0.85), ("0316", 0.24, 0.0), ("0342", 0.05, 0.0), ("0337", 1.1, 0.0))),
    ("0002", "Машины литья под давлением (6 шт.), вытяжная вентиляция", "Қысыммен құю машиналары (6 дана), сорып шығару желдеткіші", "melt",
     ("без очистки", "тазартусыз"), (("2735", 0.6, 0.0), ("0337", 0.35, 0.0), ("0101", 0.12, 0.0))),
    ("0003", "Участок обрубки и зачистки отливок (ленточно-шлифовальные станки)", "Құймаларды кесу және тазалау учаскесі (таспалы тегістеу станоктары)",
     "grind", ("рукавный фильтр ПУ-1500", "ПУ-1500 жеңді сүзгісі"), (("2930", 0.017, 0.9), ("0101", 0.011, 0.9))),
)  # fmt: skip


def emissions_ji2(doc: Doc) -> None:
    """The calculation sheets of an aluminium die-casting shop's inventory, a small table per source under a caption naming
    it (`Источник № 0001 – …`), turned on its side: the substances as columns headed `код – наименование`, the rows the
    steps of the method — specific emission `q`, the furnaces' output `P` and the year's melt `B` (merged across the
    substance columns), the cleaning's efficiency in shares — and only the last two rows, the greatest `M` in g/s and the
    year's `G` in tonnes, the emission; the grinding section worked out from the machines' number and hours instead, no
    hazard classes (VI: a Đa Hội steel enterprise's loads worked out from emission factors for its induction furnaces and
    its coal-fired reheating furnace, the output and hours merged across the parameters, kg a day before g/s and tonnes)."""
    if doc.lang == "vi":
        _emissions_ji2_vi(doc)
        return
    r, g = doc.rng, doc.v
    operator = g("ТОО «Қостанай Автокомпонент»", "«Қостанай Автокомпонент» ЖШС", "")
    doc.h(g(f"Инвентаризация источников выбросов. {operator}, участок литья алюминия под давлением",
            f"{operator}, алюминийді қысыммен құю учаскесі. Шығарынды көздерін түгендеу", ""))
    doc.p(g("Расчеты выполнены по Методике расчета выбросов загрязняющих веществ в атмосферу от предприятий машиностроения (приложение к приказу "
            "Министра охраны окружающей среды РК от 18.04.2008 № 100-п). Участок работает в две смены, 250 дней в году.",
            "Есептеулер машина жасау кәсіпорындарынан атмосфераға ластаушы заттардың шығарындыларын есептеу әдістемесі бойынша орындалды (ҚР "
            "Қоршаған ортаны қорғау министрінің 2008 жылғы 18 сәуірдегі № 100-п бұйрығына қосымша). Учаске жылына 250 күн, екі ауысыммен "
            "жұмыс істейді.", ""))
    p_out = doc.pick((0.25, 0.3, 0.35))
    melt = doc.pick((1600, 1800, 2000))
    for number, n_ru, n_kk, kind, (e_ru, e_kk), subs in DIECAST:
        codes = [c for c, _, _ in subs]
        n = len(codes)
        head = [g("Показатель", "Көрсеткіш", ""), g("Обозн.", "Белгісі", ""), g("Ед. изм.", "Өлш. бірл.", ""), *(f"{c} – {_air(doc, c)}" for c in codes)]
        rows, merges = [head], []
        common = _Across(rows, merges, n)
        qs = [_sig(q * r.uniform(0.9, 1.1), 2) for _, q, _ in subs]
        etas = [eta for _, _, eta in subs]
        if kind == "melt":
            p = p_out if number == "0001" else round(p_out * 0.85, 2)
            b = melt if number == "0001" else round(melt * 0.85, -1)
            rows.append([g("Удельное выделение на 1 т расплава", "1 т балқымаға шаққандағы меншікті бөліну", ""), "q", g("кг/т", "кг/т", ""),
                         *(num(q, doc.lang) for q in qs)])
            common(g("Производительность по жидкому металлу", "Сұйық металл бойынша өнімділік", ""), "P", g("т/ч", "т/сағ", ""), num(p, doc.lang))
            common(g("Годовой объем расплава", "Балқыманың жылдық көлемі", ""), "B", g("т/год", "т/жыл", ""), num(b, doc.lang))
            rows.append([g(f"Степень очистки ({e_ru})", f"Тазарту дәрежесі ({e_kk})", ""), "η", g("доли ед.", "бірл. үлесі", ""),
                         *(num(eta, doc.lang) for eta in etas)])
            ms = [_sig(q * p * (1 - eta) / 3.6, 4) for q, eta in zip(qs, etas, strict=True)]
            gs = [_sig(q * b * (1 - eta) / 1000, 4) for q, eta in zip(qs, etas, strict=True)]
            m_label = g("Максимальный разовый выброс, M = q·P·(1 − η)/3,6", "Ең жоғары бір реттік шығарынды, M = q·P·(1 − η)/3,6", "")
            g_label = g("Валовый выброс, G = q·B·(1 − η)·10⁻³", "Жалпы шығарынды, G = q·B·(1 − η)·10⁻³", "")
        else:
            machines, hours, eta = 4, doc.pick((3600, 3800, 4000)), etas[0]
            rows.append([g("Удельное выделение от одного станка", "Бір станоктан меншікті бөліну", ""), "q", g("г/с", "г/с", ""), *(num(q, doc.lang) for q in qs)])
            common(g("Число одновременно работающих станков", "Бір мезгілде жұмыс істейтін станоктар саны", ""), "n", g("шт.", "дана", ""), str(machines))
            common(g("Время работы", "Жұмыс уақыты", ""), "T", g("ч/год", "сағ/жыл", ""), num(hours, doc.lang))
            common(g(f"Степень очистки ({e_ru})", f"Тазарту дәрежесі ({e_kk})", ""), "η", g("доли ед.", "бірл. үлесі", ""), num(eta, doc.lang))
            ms = [_sig(q * machines * (1 - eta), 4) for q in qs]
            gs = [_sig(m * hours * 3600 / 1e6, 4) for m in ms]
            m_label = g("Максимальный разовый выброс, M = q·n·(1 − η)", "Ең жоғары бір реттік шығарынды, M = q·n·(1 − η)", "")
            g_label = g("Валовый выброс, G = M·T·3600·10⁻⁶", "Жалпы шығарынды, G = M·T·3600·10⁻⁶", "")
        rows.append([m_label, "M", g("г/с", "г/с", ""), *(num(m, doc.lang) for m in ms)])
        rows.append([g_label, "G", g("т/год", "т/жыл", ""), *(num(x, doc.lang) for x in gs)])
        for c, m, x in zip(codes, ms, gs, strict=True):
            doc.add("emissions", emission(c, m, x, number))
        doc.table(g(f"Источник № {number} – {n_ru}", f"№ {number} көз – {n_kk}", ""), rows, merges, role="emissions")
    doc.add("sources", *({"number": s[0], "type": "organized"} for s in DIECAST))
    doc.p(g("Для масла минерального нефтяного и пыли абразивной установлены ОБУВ; класс опасности не присваивается.",
            "Мұнайлы минералды май мен абразивті шаң үшін ШҚӘД белгіленген; қауіптілік сыныбы берілмейді.", ""))


# (caption, output t/day, hours/day, [(code, VI name, factor kg/t, efficiency %)])
VN_DAHOI_CALC = (
    ("Bảng 1.6. Tải lượng ô nhiễm từ 02 lò trung tần nấu thép phế liệu (03 tấn/mẻ), có hệ thống lọc bụi túi vải", (36, 40, 44), 20,
     (("2902", "Bụi tổng", 2.4, 95.0), ("0337", "CO", 0.45, 0.0), ("0301", "NO2", 0.08, 0.0), ("0330", "SO2", 0.05, 0.0))),
    ("Bảng 1.7. Tải lượng ô nhiễm từ lò nung phôi đốt than của dây chuyền cán, có cyclon và tháp rửa khí", (70, 80, 90), 16,
     (("2902", "Bụi tổng", 1.8, 85.0), ("0330", "SO2", 2.6, 50.0), ("0301", "NO2", 0.9, 0.0), ("0337", "CO", 1.4, 0.0))),
)  # fmt: skip


def _emissions_ji2_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – CÔNG TY TNHH THÉP ĐA HỘI PHÁT")
    doc.h("1.4. Tính toán tải lượng bụi, khí thải")
    doc.p("Tải lượng được tính theo hệ số phát thải của Tổ chức Y tế Thế giới (WHO, 1993) cho ngành luyện thép và đốt than, với số ngày làm việc "
          "300 ngày/năm và hiệu suất thiết kế của các hệ thống xử lý. Cơ sở nằm tại Lô A3, Cụm công nghiệp làng nghề Đa Hội, phường Châu Khê.")
    made = []
    for caption, outs, hours, subs in VN_DAHOI_CALC:
        n = len(subs)
        out = doc.pick(outs)
        made.append(out)
        rows = [["Nội dung", "Đơn vị", *(vi for _, vi, _, _ in subs)]]
        merges = []
        rows.append(["Hệ số phát thải", "kg/tấn sản phẩm", *(num(f, "vi") for _, _, f, _ in subs)])
        rows.append(["Sản lượng", "tấn/ngày", num(out, "vi"), *[None] * (n - 1)])
        rows.append(["Thời gian hoạt động", "giờ/ngày", str(hours), *[None] * (n - 1)])
        merges += [(2, 2, 2, 1 + n), (3, 2, 3, 1 + n)]
        rows.append(["Hiệu suất xử lý", "%", *(num(e, "vi") for _, _, _, e in subs)])
        kgd = [_sig(f * out * (1 - e / 100), 3) for _, _, f, e in subs]
        gs = [_sig(k * 1000 / (hours * 3600), 3) for k in kgd]
        ty = [_sig(k * 300 / 1000, 3) for k in kgd]
        rows.append(["Tải lượng sau xử lý", "kg/ngày", *(num(k, "vi") for k in kgd)])
        rows.append(["Tải lượng sau xử lý", "g/s", *(num(x, "vi") for x in gs)])
        rows.append(["Tải lượng sau xử lý", "tấn/năm", *(num(x, "vi") for x in ty)])
        for (code, _, _, _), a, b in zip(subs, gs, ty, strict=True):
            doc.add("emissions", emission(code, a, b))
        doc.table(caption, rows, merges, role="emissions")
    doc.p(f"Ghi chú: sản lượng năm tính toán – {num(made[0] * 300, 'vi')} tấn phôi thép và {num(made[1] * 300, 'vi')} tấn thép cán "
          f"(300 ngày/năm); thời gian nấu thực tế năm 2024 khoảng {r.randint(280, 310)} ngày.")


# ---------------------------------------------------------------- wastes

# (code, RU, KK, (low, high) t formed, share used on site, share passed on, (low, high) t in stock on 1 January, (low, high) t received)
FOUNDRY_WASTES = (
    ("13 01 10*", "Отработанные гидравлические масла", "Пайдаланылған гидравликалық майлар", (1.8, 5.5), 0.0, 0.9, (0.2, 0.8), None),
    ("15 02 02*", "Промасленная ветошь", "Майланған шүберек", (0.6, 1.9), 0.0, 1.0, (0.0, 0.2), None),
    ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", (0.05, 0.16), 0.0, 1.0, (0.0, 0.03), None),
    ("10 09 03", "Шлак ваграночный", "Вагранка қожы", (420, 880), 0.0, 1.0, (20, 60), None),
    ("10 09 08", "Отработанная формовочная смесь (горелая земля)", "Пайдаланылған қалыптау қоспасы (күйген топырақ)", (3200, 5600), 0.35, 0.62,
     (150, 400), None),
    ("10 09 10", "Пыль газоочистки, уловленная рукавными фильтрами", "Жеңді сүзгілер ұстаған газ тазарту шаңы", (45, 140), 0.0, 0.95, (2, 8), None),
    ("12 01 17", "Отходы дробеметной очистки (отработанная дробь с окалиной)", "Бытыра атып тазалау қалдықтары (қабыршағы бар пайдаланылған бытыра)",
     (18, 60), 0.0, 1.0, (1, 5), None),
    ("16 11 04", "Отходы футеровки индукционных печей и ковшей", "Индукциялық пештер мен шөміштердің футеровка қалдықтары", (14, 42), 0.0, 0.9,
     (0, 6), None),
    ("12 01 01", "Стружка черных металлов", "Қара металдардың жоңқасы", (90, 260), 1.0, 0.0, None, (40, 80)),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", (28, 56), 0.0, 1.0, (0, 3), None),
)  # fmt: skip


def _t(x: float) -> float:
    """Tonnes as a report rounds them: whole above 100, one decimal above 1, three below."""
    return float(round(x)) if x >= 100 else round(x, 1) if x >= 1 else round(x, 3)


def wastes_ji1(doc: Doc) -> None:
    """A foundry's report on how its wastes moved in the year, the form of a waste-management programme's report: the
    stock on 1 January, then under a merged header `Движение отходов за 2025 год, т` what was formed, received from the
    machining shop, used on site and passed on, then the stock on 31 December — only the formed column the amount — the
    code in a column after the name, hazardous and non-hazardous wastes under two section rows, a row of column numbers,
    dashes for nothing (VI: an aluminium die-casting plant's annual report, hazardous wastes in kilograms with the stock at
    the start and the end of the year and what was handed over, ordinary ones in tonnes in a second table)."""
    if doc.lang == "vi":
        _wastes_ji1_vi(doc)
        return
    r, g, L = doc.rng, doc.v, _L(doc)
    doc.h(g(f"Отчет о выполнении программы управления отходами за 2025 год. {ESIL_OPERATOR[0]}, литейный цех",
            f"{ESIL_OPERATOR[1]}, құю цехы. Қалдықтарды басқару бағдарламасының 2025 жылғы орындалуы туралы есеп", ""))
    doc.p(g("Горелая земля частично регенерируется и возвращается в смесеприготовительное отделение; стружка поступает из механического цеха и "
            "переплавляется в индукционных печах. Остальные отходы передаются специализированным организациям по договорам.",
            "Күйген топырақ ішінара регенерацияланып, қоспа дайындау бөлімшесіне қайтарылады; жоңқа механикалық цехтан түседі және "
            "индукциялық пештерде қайта балқытылады. Қалған қалдықтар шарттар бойынша мамандандырылған ұйымдарға беріледі.", ""))
    rows = [g(["№", "Наименование отхода", "Код отхода", "Наличие на 01.01.2025, т", "Движение отходов за 2025 год, т", None, None, None,
               "Наличие на 31.12.2025, т"],
              ["№", "Қалдықтың атауы", "Қалдық коды", "01.01.2025 жағдай бойынша бары, т", "2025 жылғы қалдықтардың қозғалысы, т", None, None, None,
               "31.12.2025 жағдай бойынша бары, т"], []),
            g([None, None, None, None, "образовано", "поступило со стороны", "использовано на предприятии", "передано сторонним организациям", None],
              [None, None, None, None, "түзілді", "сырттан түсті", "кәсіпорында пайдаланылды", "бөгде ұйымдарға берілді", None], []),
            [str(k) for k in range(1, 10)]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 1, 3), (0, 4, 0, 7), (0, 8, 1, 8)]

    def cell(x: float) -> str:
        return num(x, doc.lang) if x else "–"

    k = 0
    for label, hazardous in ((g("Опасные отходы", "Қауіпті қалдықтар", ""), True), (g("Неопасные отходы", "Қауіпті емес қалдықтар", ""), False)):
        _span(rows, merges, label, 9)
        for code, n_ru, n_kk, (lo, hi), used_share, passed_share, stock, received in FOUNDRY_WASTES:
            if code.endswith("*") != hazardous:
                continue
            k += 1
            formed = _t(r.uniform(lo, hi))
            start = _t(r.uniform(*stock)) if stock else 0.0
            got = _t(r.uniform(*received)) if received else 0.0
            used = _t((formed + got) * used_share)
            passed = _t(formed * passed_share)
            end = max(0.0, _t(start + formed + got - used - passed))
            name = (n_ru, n_kk)[L]
            rows.append([str(k), name, code, cell(start), num(formed, doc.lang), cell(got), cell(used), cell(passed), cell(end)])
            doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": hazardous, "amount_t": formed, "name_contains": _words(name.split(" (")[0], 3)})
    doc.table(g("Таблица 2 – Движение отходов", "2-кесте – Қалдықтардың қозғалысы", ""), rows, merges, role="wastes")
    doc.p(g("Примечание: передача отходов подтверждается актами приема-передачи; шлак ваграночный передан ТОО «Жол Құрылыс СҚО» для "
            "использования в основании автодорог.",
            "Ескертпе: қалдықтардың берілуі қабылдау-беру актілерімен расталады; вагранка қожы автожолдардың негізінде пайдалану үшін "
            "«Жол Құрылыс СҚО» ЖШС-не берілді.", ""))
    maybe_distractor(doc, 0.3)


VN_DIECAST_CTNH = (
    ("18 02 01", " (giẻ lau dính dầu, túi lọc bụi thải)", (300, 900)),
    ("17 02 03", " (dầu thủy lực máy đúc thay định kỳ)", (400, 1600)),
    ("18 01 02", " (thùng phuy chứa chất tách khuôn)", (150, 500)),
    ("16 01 06", "", (10, 40)),
)
VN_DIECAST_SLUDGE = ("12 06 05", "Bùn thải có các thành phần nguy hại từ quá trình xử lý nước thải công nghiệp", (800, 2400))
VN_DIECAST_ORDINARY = (
    ("Phế phẩm, ba via, đậu rót nhôm (nấu lại tại nhà máy)", (180, 320), 1.0),
    ("Cát, bi thép thải từ máy phun bi", (8, 20), 0.0),
    ("Bao bì giấy, carton thải", (12, 30), 0.0),
    ("Pallet gỗ hư hỏng", (4, 11), 0.0),
)


def _wastes_ji1_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2024 – CÔNG TY TNHH ĐÚC NHÔM HƯNG PHÁT VĨNH PHÚC")
    doc.h("3. Kết quả quản lý chất thải rắn, chất thải nguy hại")
    doc.p("Kỳ báo cáo: từ ngày 01/01/2024 đến ngày 31/12/2024. Chất thải nguy hại được lưu giữ tại kho 24 m² và chuyển giao cho Công ty TNHH "
          "Môi trường Công nghiệp Xanh Vĩnh Phúc theo hợp đồng.")
    rows = [["TT", "Tên chất thải", "Mã CTNH", "Tồn đầu kỳ (kg)", "Phát sinh trong kỳ (kg)", "Đã chuyển giao (kg)", "Tồn cuối kỳ (kg)"]]
    items = [(c, next(n for cc, n, _ in vocab.VN_CTNH if cc == c), tail, rng) for c, tail, rng in VN_DIECAST_CTNH]
    if r.random() < 0.7:
        items.append((VN_DIECAST_SLUDGE[0], VN_DIECAST_SLUDGE[1], "", VN_DIECAST_SLUDGE[2]))
    for k, (code, name, tail, (lo, hi)) in enumerate(items, 1):
        start = float(r.randint(0, lo // 10) * 5)
        made = float(r.randint(lo, hi))
        handed = float(round((start + made) * r.uniform(0.8, 1.0)))
        rows.append([str(k), name + tail, code, num(start, "vi") if start else "0", num(made, "vi"), num(handed, "vi"), num(start + made - handed, "vi")])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": made / 1000, "name_contains": _words(name, 5)})
    doc.table("Bảng 3.1. Chất thải nguy hại", rows, role="wastes")
    rows = [["TT", "Tên chất thải", "Khối lượng phát sinh (tấn)", "Tái sử dụng, tái chế tại nhà máy (tấn)", "Chuyển giao (tấn)"]]
    for k, (name, (lo, hi), reuse) in enumerate(VN_DIECAST_ORDINARY, 1):
        made = round(r.uniform(lo, hi), 1)
        rows.append([str(k), name, num(made, "vi"), num(made, "vi") if reuse else "-", "-" if reuse else num(made, "vi")])
        doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": made, "name_contains": _words(name.split(" (")[0], 4)})
    doc.table("Bảng 3.2. Chất thải rắn công nghiệp thông thường", rows, role="wastes")
    maybe_distractor(doc, 0.3)


def wastes_ji2(doc: Doc) -> None:
    """An art foundry's calculation of its waste norms for a declaration: one row per waste with its code and a cell
    holding the formula, what each letter stands for and the figures put into it (`M = Q · n / 100 = 12,6 · 4,5 / 100`), the
    norm in tonnes a year in the next column, which alone is the amount, and the way each waste is handled (VI: an
    estimate of the Đa Hội craft village's solid wastes by factors, the factor and the year's output before the tonnes a
    year, two hazardous wastes with their codes in a column mostly empty)."""
    if doc.lang == "vi":
        _wastes_ji2_vi(doc)
        return
    r, g, L = doc.rng, doc.v, _L(doc)
    q = round(r.uniform(9, 16), 1)
    yield_n, ratio, wax, staff = 4.5, doc.pick((1.4, 1.6, 1.8)), round(r.uniform(0.8, 1.6), 2), r.randint(9, 16)
    rag0 = round(r.uniform(0.05, 0.12), 3)
    wheels, wheel_kg = r.randint(40, 90), 1.2
    lamps = r.randint(6, 14)

    def fr(x: float) -> str:
        return num(x, doc.lang)

    items = [
        ("10 10 03", ("Шлак бронзовый", "Қола қожы"), round(q * yield_n / 100, 3),
         (f"M = Q · n / 100 = {fr(q)} · {fr(yield_n)} / 100, где Q – годовой объем плавки бронзы и латуни, т; n – выход шлака, % от массы плавки",
          f"M = Q · n / 100 = {fr(q)} · {fr(yield_n)} / 100, мұндағы Q – қола мен жезді балқытудың жылдық көлемі, т; n – қож шығымы, балқыту массасынан %"),
         ("передается на переработку цветных металлов", "түсті металдарды қайта өңдеуге беріледі")),
        ("10 10 08", ("Отработанные формы (керамические оболочки и гипсовые формы после выбивки)", "Пайдаланылған қалыптар (қағып шығарудан кейінгі керамикалық қабықтар мен гипс қалыптар)"),
         round(q * 0.9 * ratio, 2),
         (f"M = Q · 0,9 · k = {fr(q)} · 0,9 · {fr(ratio)}, где 0,9 – выход годного литья; k – масса форм на 1 т отливок, т/т",
          f"M = Q · 0,9 · k = {fr(q)} · 0,9 · {fr(ratio)}, мұндағы 0,9 – жарамды құйма шығымы; k – 1 т құймаға шаққандағы қалыптар массасы, т/т"),
         ("вывоз на полигон ТБО по договору", "шарт бойынша ҚТҚ полигонына шығарылады")),
        ("12 01 12*", ("Отходы модельного воска", "Модельдік балауыз қалдықтары"), round(wax * 8 / 100, 4),
         (f"M = V · p / 100 = {fr(wax)} · 8 / 100, где V – годовой расход модельного состава, т; p = 8 % – безвозвратные потери при вытопке",
          f"M = V · p / 100 = {fr(wax)} · 8 / 100, мұндағы V – модельдік құрамның жылдық шығыны, т; p = 8 % – балқытып шығару кезіндегі қайтарылмайтын шығын"),
         ("передается лицензированной организации", "лицензиясы бар ұйымға беріледі")),
        ("12 01 21", ("Отработанные абразивные круги и шлифовальные ленты", "Пайдаланылған абразивті дөңгелектер мен тегістеу таспалары"),
         round(wheels * wheel_kg * 0.7 / 1000, 4),
         (f"M = N · m · 0,7 · 10⁻³ = {wheels} · {fr(wheel_kg)} · 0,7 · 10⁻³, где N – расход кругов, шт./год; m – масса круга, кг; 0,7 – доля износа",
          f"M = N · m · 0,7 · 10⁻³ = {wheels} · {fr(wheel_kg)} · 0,7 · 10⁻³, мұндағы N – дөңгелектер шығыны, дана/жыл; m – дөңгелек массасы, кг; 0,7 – тозу үлесі"),
         ("вывоз на полигон ТБО по договору", "шарт бойынша ҚТҚ полигонына шығарылады")),
        ("15 02 02*", ("Промасленная ветошь", "Майланған шүберек"), round(rag0 * 1.27, 4),
         (f"N = M₀ + M + W = {fr(rag0)} + 0,12 · {fr(rag0)} + 0,15 · {fr(rag0)}, где M₀ – поступающее количество ветоши, т/год",
          f"N = M₀ + M + W = {fr(rag0)} + 0,12 · {fr(rag0)} + 0,15 · {fr(rag0)}, мұндағы M₀ – түсетін шүберек мөлшері, т/жыл"),
         ("передается лицензированной организации", "лицензиясы бар ұйымға беріледі")),
        ("20 01 21*", ("Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар"), round(lamps * 0.21 / 1000, 5),
         (f"M = N · m · 10⁻³ = {lamps} · 0,21 · 10⁻³, где N – количество ламп, заменяемых за год, шт.; m – масса лампы, кг",
          f"M = N · m · 10⁻³ = {lamps} · 0,21 · 10⁻³, мұндағы N – жылына ауыстырылатын шамдар саны, дана; m – шам массасы, кг"),
         ("демеркуризация по договору", "шарт бойынша демеркуризациялау")),
        ("20 03 01", ("Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар"), round(staff * 0.3 * 0.25, 3),
         (f"M = N · q · ρ = {staff} · 0,3 · 0,25, где N – численность работающих, чел.; q – норма накопления, м³/год; ρ – плотность, т/м³",
          f"M = N · q · ρ = {staff} · 0,3 · 0,25, мұндағы N – жұмыскерлер саны, адам; q – жинақталу нормасы, м³/жыл; ρ – тығыздығы, т/м³"),
         ("вывоз на полигон ТБО по договору", "шарт бойынша ҚТҚ полигонына шығарылады")),
    ]  # fmt: skip
    doc.h(g(f"{BELL_SHOP[0]}. Расчет нормативов образования отходов", f"{BELL_SHOP[1]}. Қалдықтардың түзілу нормативтерін есептеу", ""))
    doc.p(g(f"Исходные данные: годовой объем плавки бронзы и латуни – {fr(q)} т; литье по выплавляемым моделям в керамические оболочки и в гипсовые "
            f"формы; численность работающих – {staff} чел.",
            f"Бастапқы деректер: қола мен жезді балқытудың жылдық көлемі – {fr(q)} т; балқытылатын модельдер бойынша керамикалық қабықтарға және гипс "
            f"қалыптарға құю; жұмыскерлер саны – {staff} адам.", ""))
    rows = [g(["№", "Наименование отхода", "Код", "Расчет", "Норматив образования, т/год", "Обращение"],
              ["№", "Қалдықтың атауы", "Коды", "Есептеу", "Түзілу нормативі, т/жыл", "Қалдықпен жұмыс"], [])]
    for k, (code, names, amount, calc, handling) in enumerate(items, 1):
        name = names[L]
        rows.append([str(k), name, code, calc[L], fr(amount), handling[L]])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": amount,
                           "name_contains": _words(name.split(" (")[0], 3)})
    doc.table(g("Таблица 3 – Расчет нормативов образования отходов", "3-кесте – Қалдықтардың түзілу нормативтерін есептеу", ""), rows, role="wastes")
    doc.p(g("Латунная и бронзовая стружка, литники и брак отливок возвращаются в плавку и отходами не являются.",
            "Жез бен қола жоңқасы, құю жүйесінің қалдықтары мен ақаулы құймалар қайта балқытуға жіберіледі және қалдық болып саналмайды.", ""))


# (waste, where from, factor, factor unit, output key, code or None, handling)
VN_VILLAGE_WASTES = (
    ("Xỉ lò nấu thép", "Lò trung tần", 80, "kg/tấn thép", "steel", None, "Bán làm vật liệu san lấp, một phần đổ tại bãi tạm của thôn"),
    ("Vảy cán (vảy sắt)", "Máy cán thép", 15, "kg/tấn thép cán", "rolled", None, "Thu gom bán cho cơ sở luyện gang"),
    ("Gạch chịu lửa, vật liệu lót lò thải", "Lò trung tần, lò nung phôi", 3, "kg/tấn thép", "steel", None, "Đổ thải cùng xỉ"),
    ("Xỉ than, tro lò nung phôi", "Lò nung phôi đốt than", 120, "kg/tấn than", "coal", None, "Bán cho cơ sở sản xuất gạch không nung"),
    ("Dầu động cơ, hộp số và bôi trơn tổng hợp thải", "Máy cán, máy kéo dây", 0.05, "kg/tấn thép cán", "rolled", "17 02 03",
     "Chuyển giao cho đơn vị có chức năng (một phần)"),
    ("Chất hấp thụ, vật liệu lọc, giẻ lau, vải bảo vệ thải bị nhiễm các thành phần nguy hại", "Hệ thống lọc bụi túi vải", 0.02, "kg/tấn thép",
     "steel", "18 02 01", "Chuyển giao cho đơn vị có chức năng"),
)  # fmt: skip


def _wastes_ji2_vi(doc: Doc) -> None:
    r = doc.rng
    out = {"steel": r.randint(110, 130) * 1000, "rolled": r.randint(85, 100) * 1000, "coal": r.randint(12, 16) * 1000}
    doc.h("BÁO CÁO HIỆN TRẠNG MÔI TRƯỜNG LÀNG NGHỀ TÁI CHẾ SẮT THÉP ĐA HỘI, PHƯỜNG CHÂU KHÊ NĂM 2024")
    doc.h("3.3. Chất thải rắn sản xuất")
    doc.p("Khối lượng chất thải được ước tính từ sản lượng năm 2024 do UBND phường tổng hợp và hệ số phát sinh điều tra tại 30 cơ sở đại diện.")
    rows = [["TT", "Loại chất thải", "Nguồn phát sinh", "Hệ số phát sinh", "Sản lượng năm 2024", "Khối lượng phát sinh (tấn/năm)", "Mã CTNH",
             "Hướng xử lý hiện nay"]]
    units = {"steel": "tấn thép", "rolled": "tấn thép cán", "coal": "tấn than"}
    for k, (name, src, f, funit, key, code, how) in enumerate(VN_VILLAGE_WASTES, 1):
        amount = round(f * out[key] / 1000, 2)
        rows.append([str(k), name, src, f"{num(f, 'vi')} {funit}", f"{num(out[key], 'vi')} {units[key]}", num(amount, "vi"), code or "-", how])
        if code:
            doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": amount, "name_contains": _words(name, 5)})
        else:
            doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": amount, "name_contains": _words(name.split(" (")[0], 4)})
    doc.table("Bảng 3.4. Ước tính khối lượng chất thải rắn sản xuất của làng nghề", rows, role="wastes")
    doc.p("Bụi thu được từ thiết bị lọc bụi túi vải được các cơ sở đưa trở lại lò nấu, không thống kê là chất thải.")


# ---------------------------------------------------------------- limits

# (number, RU, KK, [(code, BAT level: (low, high) range, a single upper value or None)])
BAT_ROWS = (
    ("0001", "Вагранка № 1 (после скруббера Вентури)", "№ 1 вагранка (Вентури скрубберінен кейін)",
     (("2908", (1, 20)), ("0330", (20, 100)), ("0301", (10, 120)), ("0337", 1000))),
    ("0002", "Индукционные печи ИЧТ-6 (после фильтра ФРИ-550)", "ИЧТ-6 индукциялық пештері (ФРИ-550 сүзгісінен кейін)", (("2908", (1, 10)), ("0123", None))),
    ("0004", "Смесеприготовительное отделение (после ПВМ)", "Қоспа дайындау бөлімшесі (ПВМ-нен кейін)", (("2908", (1, 10)),)),
    ("0005", "Дробеметная камера (после ФРКИ-90)", "Бытыра ату камерасы (ФРКИ-90-нан кейін)", (("2908", (1, 10)),)),
)  # fmt: skip


def limits_ji1(doc: Doc) -> None:
    """A foundry's comparison of its stack measurements with the technological indicators associated with the best
    available techniques, as an application for a КЭР sets it out: the source merged down over its substances, the code
    in a column of its own, the indicators written as ranges `1–20` or as `≤ 1 000`, the mean of three measurements and a
    verdict column; iron oxides at the induction furnaces measured with `не установлен` in the indicator's cell (VI: a
    cast-iron pipe-fittings foundry's stacks as columns under a merged `Kết quả` header, flow and temperature rows with no
    limit, dashes where a stack has no such gas, the Cmax of QCVN 19:2009/BTNMT column B with Kp and Kv in the last
    column)."""
    if doc.lang == "vi":
        _limits_ji1_vi(doc)
        return
    r, g, L = doc.rng, doc.v, _L(doc)
    doc.h(g(f"Заявка на получение комплексного экологического разрешения. {ESIL_SHOP[0]}",
            f"{ESIL_SHOP[1]}. Кешенді экологиялық рұқсат алуға өтінім", ""))
    doc.h(g("Раздел 6. Сопоставление с технологическими показателями НДТ", "6-бөлім. ЕҚТ технологиялық көрсеткіштерімен салыстыру", ""))
    doc.p(g("Фактические концентрации – средние из трех последовательных 30-минутных измерений, выполненных аккредитованной лабораторией в "
            "сентябре 2025 года при нагрузке не менее 90 % от номинальной; концентрации приведены к нормальным условиям (273 К, 101,3 кПа), сухой газ.",
            "Нақты концентрациялар – аккредиттелген зертхана 2025 жылғы қыркүйекте номиналдың кемінде 90 %-ы жүктемесінде орындаған үш тізбекті "
            "30 минуттық өлшеудің орташа мәні; концентрациялар қалыпты жағдайларға (273 К, 101,3 кПа), құрғақ газға келтірілген.", ""))
    rows = [g(["№ ИЗА", "Источник", "Загрязняющее вещество", "Код", "Технологический показатель НДТ, мг/Нм³", "Фактическая концентрация, мг/Нм³",
               "Соответствие"],
              ["ЛШК №", "Көз", "Ластаушы зат", "Коды", "ЕҚТ технологиялық көрсеткіші, мг/Нм³", "Нақты концентрация, мг/Нм³", "Сәйкестігі"], [])]
    merges = []
    yes, no = g("соответствует", "сәйкес", ""), g("не соответствует", "сәйкес емес", "")
    for number, s_ru, s_kk, subs in BAT_ROWS:
        start = len(rows)
        for j, (code, level) in enumerate(subs):
            top = level[1] if isinstance(level, tuple) else level or 15
            value = _sig(top * r.uniform(0.15, 1.08 if code == "2908" else 0.9), 3)
            if isinstance(level, tuple):
                text = f"{num(level[0], doc.lang)}–{num(level[1], doc.lang)}"
                verdict = yes if value <= level[1] else no
            elif level:
                text = f"≤ {num(level, doc.lang)}"
                verdict = yes if value <= level else no
            else:
                text, verdict = g("не установлен", "белгіленбеген", ""), "–"
            rows.append([number if j == 0 else None, (s_ru, s_kk)[L] if j == 0 else None, _air(doc, code), code, text, num(value, doc.lang), verdict])
            add(doc, limit(("code", code), "flue_gas", level, "mg/Nm3", None, number, value))
        if len(subs) > 1:
            merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    doc.table(g("Таблица 6.1 – Сопоставление фактических концентраций с технологическими показателями НДТ",
                "6.1-кесте – Нақты концентрацияларды ЕҚТ технологиялық көрсеткіштерімен салыстыру", ""), rows, merges, role="limits")
    doc.add("sources", *({"number": s[0], "type": "organized"} for s in BAT_ROWS))
    doc.p(g("Для ИЗА 0001 по пыли предусмотрена замена скруббера Вентури рукавным фильтром (раздел 8 заявки).",
            "0001 ЛШК үшін шаң бойынша Вентури скрубберін жеңді сүзгімен ауыстыру көзделген (өтінімнің 8-бөлімі).", ""))
    maybe_distractor(doc, 0.3)


# (stack, description, {code: (low, high) share of Cmax})
VN_PIPE_STACKS = (
    ("KT1", "Lò trung tần số 1", {"2902": (0.2, 0.6), "0330": (0.02, 0.08), "0301": (0.02, 0.06), "0337": (0.05, 0.3)}),
    ("KT2", "Lò trung tần số 2", {"2902": (0.2, 0.6), "0330": (0.02, 0.08), "0301": (0.02, 0.06), "0337": (0.05, 0.3)}),
    ("KT3", "Hệ thống phun bi làm sạch", {"2902": (0.1, 0.5)}),
    ("KT4", "Khu trộn cát, làm khuôn", {"2902": (0.15, 0.7)}),
)
VN_PIPE_LABELS = {"2902": "Bụi tổng", "0330": "SO2", "0301": "NOx (tính theo NO2)", "0337": "CO"}
KP, KV = 0.9, 1.0


def _limits_ji1_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("KẾT QUẢ QUAN TRẮC KHÍ THẢI ĐỊNH KỲ QUÝ III NĂM 2024 – CÔNG TY TNHH ĐÚC GANG PHÚC LONG")
    doc.p("Địa điểm: Khu công nghiệp Phố Nối A, tỉnh Hưng Yên. Sản phẩm: phụ kiện ống gang dẻo (co, tê, mặt bích). Ngày lấy mẫu: "
          f"{r.randint(5, 25):02d}/08/2024. Tổng lưu lượng khí thải của cơ sở trên 20.000 m³/h nên áp dụng Kp = {num(KP, 'vi')}; cơ sở nằm "
          f"trong khu công nghiệp nên Kv = {num(KV, 'vi')}.")
    rows = [["TT", "Thông số", "Đơn vị", "Kết quả", None, None, None, "QCVN 19:2009/BTNMT, cột B (Cmax = C × Kp × Kv)"],
            [None, None, None, *(f"{s} – {d}" for s, d, _ in VN_PIPE_STACKS), None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 6), (0, 7, 1, 7)]
    rows.append(["1", "Lưu lượng", "m³/h", *(num(r.randint(40, 140) * 100, "vi") for _ in VN_PIPE_STACKS), "-"])
    rows.append(["2", "Nhiệt độ", "°C", *(str(r.randint(32, 78)) for _ in VN_PIPE_STACKS), "-"])
    for k, (code, label) in enumerate(VN_PIPE_LABELS.items(), 3):
        c = {"2902": 200, "0330": 500, "0301": 850, "0337": 1000}[code]
        cmax = _sig(c * KP * KV, 6)
        line = [str(k), label, "mg/Nm³"]
        for stack, _, shares in VN_PIPE_STACKS:
            if code not in shares:
                line.append("-")
                continue
            v = _sig(cmax * r.uniform(*shares[code]), 3)
            line.append(num(v, "vi"))
            add(doc, limit(("code", code), "flue_gas", cmax, "mg/Nm3", "B", stack, v))
        rows.append([*line, num(cmax, "vi")])
    doc.table("Bảng 2. Kết quả phân tích mẫu khí thải", rows, merges, role="limits")
    doc.p("Nhận xét: nồng độ các thông số tại các ống thải đều nằm trong giới hạn cho phép. Ghi chú: (-) không quy định / không phân tích.")
    maybe_distractor(doc, 0.3)


# symbol: (RU, KK, ПДК mg/kg)
BELL_SOIL = {"Pb": ("Свинец", "Қорғасын", 32), "Cu": ("Медь", "Мыс", 3), "Zn": ("Цинк", "Мырыш", 23), "Ni": ("Никель", "Никель", 4)}
# (point, RU, KK, {symbol: (low, high) mg/kg at 0–5 cm})
BELL_POINTS = (
    ("П-1", "у плавильного участка", "балқыту учаскесінің жанында", {"Pb": (40, 95), "Cu": (6, 18), "Zn": (20, 55), "Ni": (1.5, 4.5)}),
    ("П-2", "у площадки временного хранения шлака", "қожды уақытша сақтау алаңының жанында", {"Pb": (30, 80), "Cu": (4, 14), "Zn": (15, 45), "Ni": (1.2, 3.8)}),
    ("П-3", "граница участка, 50 м к востоку", "учаске шекарасы, шығысқа қарай 50 м", {"Pb": (15, 35), "Cu": (1.5, 5), "Zn": (8, 25), "Ni": (0.8, 3)}),
    ("П-4", "фон, 500 м к северу", "фон, солтүстікке қарай 500 м", {"Pb": (6, 14), "Cu": (0.4, 1.5), "Zn": (3, 9), "Ni": (0.6, 2)}),
)  # fmt: skip


def limits_ji2(doc: Doc) -> None:
    """A laboratory's test report on the soil of an art foundry's yard where bronze slag once lay: the points `П-1 (у
    плавильного участка)` merged down over two rows of depth, `0–5` and `5–20` cm, the metals as columns, the ПДК on a row
    under the header spanning the point and depth columns, a footnote saying which ПДК is of the gross content and which
    of the mobile form, the background point too (VI: the Đa Hội village's ambient air at five points, the four parameters
    each a pair of columns for the dry-season and the rainy-season round, the limit of QCVN 05:2023/BTNMT merged over each
    pair on a row under the header, µg/m³ in the caption only)."""
    if doc.lang == "vi":
        _limits_ji2_vi(doc)
        return
    r, g, L = doc.rng, doc.v, _L(doc)
    doc.h(g(f"Протокол испытаний № {r.randint(140, 480)}-П/2025. Почва", f"№ {r.randint(140, 480)}-П/2025 сынақ хаттамасы. Топырақ", ""))
    doc.p(g(f"Заказчик: {BELL_OPERATOR[0]} ({BELL_SHOP[0]}, {BELL_ADDRESS[0]}). Пробы отобраны {r.randint(3, 28):02d}.05.2025 методом конверта; "
            "определение – атомно-абсорбционным методом.",
            f"Тапсырыс беруші: {BELL_OPERATOR[1]} ({BELL_SHOP[1]}, {BELL_ADDRESS[1]}). Сынамалар {r.randint(3, 28):02d}.05.2025 конверт әдісімен "
            "алынды; анықтау – атомдық-абсорбциялық әдіспен.", ""))
    syms = list(BELL_SOIL)
    rows = [[g("Точка отбора", "Сынама алу нүктесі", ""), g("Глубина, см", "Тереңдігі, см", ""), *(f"{BELL_SOIL[s][L]} ({s}), мг/кг" for s in syms)],
            [g("ПДК, мг/кг*", "ШЖК, мг/кг*", ""), None, *(num(BELL_SOIL[s][2], doc.lang) for s in syms)]]
    merges = [(1, 0, 1, 1)]
    for pid, p_ru, p_kk, ranges in BELL_POINTS:
        start = len(rows)
        top = {s: r.uniform(*ranges[s]) for s in syms}
        for depth, factor in (("0–5", 1.0), ("5–20", 0.6)):
            line = [f"{pid} ({(p_ru, p_kk)[L]})" if depth == "0–5" else None, depth]
            for s in syms:
                v = _sig(top[s] * factor * r.uniform(0.85, 1.1), 3)
                line.append(num(v, doc.lang))
                add(doc, limit(("symbol", s), "soil", BELL_SOIL[s][2], "mg/kg", None, pid, v))
            rows.append(line)
        merges.append((start, 0, len(rows) - 1, 0))
    doc.table(g("Результаты испытаний", "Сынақ нәтижелері", ""), rows, merges, role="limits")
    doc.p(g("* Свинец – валовое содержание; медь, цинк, никель – подвижные формы (Гигиенические нормативы к безопасности среды обитания).",
            "* Қорғасын – жалпы құрамы; мыс, мырыш, никель – жылжымалы формалары (Тіршілік ету ортасының қауіпсіздігіне қойылатын гигиеналық нормативтер).", ""))


VN_VILLAGE_AIR = {"2902": ("Tổng bụi lơ lửng (TSP)", 300, (180, 720)), "0330": ("SO2", 350, (40, 260)), "0301": ("NO2", 200, (30, 160)),
                  "0337": ("CO", 30000, (3000, 14000))}
VN_VILLAGE_POINTS = (("KK1", "Cổng làng Đa Hội", 0.8), ("KK2", "Khu vực lò nấu thép, Lô A3 cụm công nghiệp", 1.3), ("KK3", "Trường Tiểu học Châu Khê", 0.7),
                     ("KK4", "Ngã ba chợ Đa Hội", 1.0), ("KK5", "Khu dân cư cuối hướng gió, thôn Đa Hội", 0.9))


def _limits_ji2_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("KẾT QUẢ QUAN TRẮC CHẤT LƯỢNG KHÔNG KHÍ XUNG QUANH LÀNG NGHỀ ĐA HỘI")
    doc.p("Đơn vị thực hiện: Trung tâm Quan trắc Tài nguyên và Môi trường tỉnh Bắc Ninh. Đợt 1 (mùa khô): tháng 12/2024; đợt 2 (mùa mưa): tháng "
          "4/2025. Mỗi kết quả là giá trị trung bình 1 giờ.")
    codes = list(VN_VILLAGE_AIR)
    head = ["Vị trí quan trắc"]
    sub = [None]
    std = ["QCVN 05:2023/BTNMT (trung bình 1 giờ)"]
    merges = [(0, 0, 1, 0)]
    for k, code in enumerate(codes):
        head += [VN_VILLAGE_AIR[code][0], None]
        sub += ["Đợt 1", "Đợt 2"]
        std += [num(VN_VILLAGE_AIR[code][1], "vi"), None]
        merges += [(0, 1 + 2 * k, 0, 2 + 2 * k), (2, 1 + 2 * k, 2, 2 + 2 * k)]
    rows = [head, sub, std]
    over = []
    for pid, place, factor in VN_VILLAGE_POINTS:
        line = [f"{pid} – {place}"]
        for code in codes:
            _, lim, (lo, hi) = VN_VILLAGE_AIR[code]
            for season in (1.0, 0.75):
                v = float(round(r.uniform(lo, hi) * factor * season, -1 if code == "0337" else 0))
                line.append(num(v, "vi"))
                add(doc, limit(("code", code), "air", lim, "µg/m3", None, pid, v))
                if v > lim and pid not in over:
                    over.append(pid)
        rows.append(line)
    doc.table("Bảng 2.1. Kết quả quan trắc không khí xung quanh (đơn vị: µg/m³)", rows, merges, role="limits")
    said = f"có giá trị vượt quy chuẩn tại {', '.join(over)}" if over else "đều nằm trong giới hạn cho phép"
    doc.p(f"Nhận xét: so với QCVN 05:2023/BTNMT, các thông số quan trắc {said}; bụi TSP là thông số đáng lo ngại nhất của làng nghề.")


# ---------------------------------------------------------------- monitoring

MON_CODES = ("0337", "0301", "0304", "0330", "2908", "0123", "0143", "1071", "1325")
MON_SHORT = {"0337": ("CO", "CO"), "0301": ("NO2", "NO2"), "0304": ("NO", "NO"), "0330": ("SO2", "SO2"), "2908": ("пыль SiO2 70–20 %", "шаң SiO2 70–20 %"),
             "0123": ("Fe2O3", "Fe2O3"), "0143": ("MnO2", "MnO2"), "1071": ("фенол", "фенол"), "1325": ("формальдегид", "формальдегид")}
AIR_SZZ = ("0337", "0301", "0330", "2908", "1071", "1325")
# (point or source, RU place, KK place, samplings a year or 0 for continuous, codes)
MON_ROWS = (
    ("0001", "вагранка № 1, газоход после скруббера", "№ 1 вагранка, скрубберден кейінгі газ жолы", 4, ("0337", "0301", "0304", "0330", "2908")),
    ("0001", "вагранка № 1, АСМ (газоанализатор и пылемер на трубе)", "№ 1 вагранка, АМЖ (мұржадағы газ талдағыш және шаң өлшегіш)", 0,
     ("0337", "0301", "0330", "2908")),
    ("0002", "индукционные печи ИЧТ-6, после фильтра ФРИ-550", "ИЧТ-6 индукциялық пештері, ФРИ-550 сүзгісінен кейін", 4, ("2908", "0123", "0143")),
    ("0004", "смесеприготовительное отделение, после ПВМ", "қоспа дайындау бөлімшесі, ПВМ-нен кейін", 2, ("2908",)),
    ("0005", "дробеметная камера, после ФРКИ-90", "бытыра ату камерасы, ФРКИ-90-нан кейін", 2, ("0123", "2908")),
    ("Т-1", "граница СЗЗ, север", "СҚА шекарасы, солтүстік", 4, AIR_SZZ),
    ("Т-2", "граница СЗЗ, восток", "СҚА шекарасы, шығыс", 4, AIR_SZZ),
    ("Т-3", "граница СЗЗ, юг (со стороны жилой застройки)", "СҚА шекарасы, оңтүстік (тұрғын үйлер жағы)", 12, AIR_SZZ),
    ("Т-4", "граница СЗЗ, запад", "СҚА шекарасы, батыс", 4, AIR_SZZ),
)  # fmt: skip
BY_COUNT = {12: "monthly", 4: "quarterly", 2: "semiannual", 1: "yearly", 0: "continuous"}


def monitoring_ji1(doc: Doc) -> None:
    """A foundry's programme of monitoring as a matrix: the points and sources as rows, the nine substances as columns
    under a merged header with a row of codes and a row of short names (`CO`, `Fe2O3`, `фенол`), a `+` where a substance
    is sampled, and the frequency given only as the number of samplings a year (`12`, `4`, `2`) or `непрерывно` for the
    cupola's automated system, so that the cupola carries the same gases twice, quarterly by the laboratory and
    continuously (VI: an aluminium die-casting plant's stacks with `x` marks, flow and temperature columns that are no
    substances, `Tần suất (lần/năm)`, the waste water in a second table with the frequency in words)."""
    if doc.lang == "vi":
        _monitoring_ji1_vi(doc)
        return
    g, L = doc.v, _L(doc)
    doc.h(g(f"Программа производственного экологического контроля на 2026–2028 годы. {ESIL_SHOP[0]}",
            f"{ESIL_SHOP[1]}. 2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.h(g("4. Мониторинг эмиссий и мониторинг воздействия на атмосферный воздух", "4. Атмосфералық ауаға эмиссиялар мониторингі және әсер мониторингі", ""))
    doc.p(g("Отбор проб на источниках и на границе санитарно-защитной зоны выполняет аккредитованная лаборатория по договору; на ИЗА 0001 "
            "действует автоматизированная система мониторинга эмиссий с передачей данных в информационную систему уполномоченного органа.",
            "Көздерде және санитариялық-қорғаныш аймағының шекарасында сынамаларды шарт бойынша аккредиттелген зертхана алады; 0001 ЛШК-да "
            "деректерді уәкілетті органның ақпараттық жүйесіне беретін эмиссиялар мониторингінің автоматтандырылған жүйесі жұмыс істейді.", ""))
    width = 3 + len(MON_CODES)
    rows = [[g("Точка контроля", "Бақылау нүктесі", ""), g("Место отбора проб", "Сынама алу орны", ""), g("Число отборов в год", "Жылына сынама алу саны", ""),
             g("Контролируемые вещества", "Бақыланатын заттар", ""), *[None] * (len(MON_CODES) - 1)],
            [None, None, None, *MON_CODES],
            [None, None, None, *(MON_SHORT[c][L] for c in MON_CODES)]]
    merges = [(0, 0, 2, 0), (0, 1, 2, 1), (0, 2, 2, 2), (0, 3, 0, width - 1)]
    south = doc.pick((12, 4))
    pairs: list[tuple[str, str]] = []
    for point, p_ru, p_kk, count, codes in MON_ROWS:
        if point == "Т-3":
            count = south
        source = point[0].isdigit()
        label = (g(f"ИЗА {point}", f"{point} ЛШК", "") if source else point)
        said = str(count) if count else g("непрерывно", "үздіксіз", "")
        rows.append([label, (p_ru, p_kk)[L], said, *("+" if c in codes else "" for c in MON_CODES)])
        for c in codes:
            where = {"source_number": point} if source else {"point": point}
            doc.add("monitoring", {**where, "code": c, "frequency": BY_COUNT[count]})
            if source and (point, c) not in pairs:
                pairs.append((point, c))
    doc.table(g("Таблица 4.1 – План-график отбора проб атмосферного воздуха и промышленных выбросов",
                "4.1-кесте – Атмосфералық ауа мен өнеркәсіптік шығарындылардың сынамаларын алу жоспар-кестесі", ""), rows, merges, role="monitoring")
    doc.p(g("«+» – вещество определяется в точке; отборы распределяются равномерно по месяцам (кварталам) года.",
            "«+» – зат нүктеде анықталады; сынама алу жылдың айлары (тоқсандары) бойынша біркелкі бөлінеді.", ""))
    doc.add("sources", *({"number": n, "type": "organized"} for n in sorted({p for p, _ in pairs})))
    doc.add("emissions", *(emission(c, None, None, n) for n, c in pairs))
    maybe_distractor(doc, 0.3)


VN_MON_PARAMS = (("flow", "Lưu lượng"), ("temp", "Nhiệt độ"), ("2902", "Bụi tổng"), ("0301", "NOx (tính theo NO2)"), ("0337", "CO"), ("0316", "HCl"))
VN_MON_ROWS = (("KT1", "Ống thải lò nấu nhôm số 1, 2 (sau tháp hấp thụ)", 4, ("flow", "temp", "2902", "0301", "0337", "0316")),
               ("KT2", "Ống thải khu máy đúc áp lực (sau lọc tĩnh điện)", 2, ("flow", "temp", "2902")),
               ("KT3", "Ống thải máy phun bi", 2, ("flow", "temp", "2902")))
VN_MON_WATER = ("pH", "TSS", "COD", "TPH", "Fe")


def _monitoring_ji1_vi(doc: Doc) -> None:
    doc.h("CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG ĐỊNH KỲ – NHÀ MÁY ĐÚC NHÔM ÁP LỰC HƯNG PHÁT")
    doc.p("Theo Giấy phép môi trường đã được UBND tỉnh Vĩnh Phúc cấp. Đánh dấu “x” là thông số phải quan trắc tại vị trí tương ứng.")
    rows = [["Ký hiệu", "Vị trí quan trắc", "Tần suất (lần/năm)", "Thông số quan trắc", *[None] * (len(VN_MON_PARAMS) - 1)],
            [None, None, None, *(p for _, p in VN_MON_PARAMS)]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 2 + len(VN_MON_PARAMS))]
    for pid, place, count, keys in VN_MON_ROWS:
        rows.append([pid, place, str(count), *("x" if k in keys else "" for k, _ in VN_MON_PARAMS)])
        for k in keys:
            if k[0].isdigit():
                doc.add("monitoring", {"point": pid, "code": k, "frequency": BY_COUNT[count]})
    doc.table("Bảng 5.1. Quan trắc khí thải định kỳ", rows, merges, role="monitoring")
    word = doc.pick(("quarterly", "semiannual"))
    doc.table("Bảng 5.2. Quan trắc nước thải", [
        ["Vị trí", "Thông số", "Tần suất", "Quy chuẩn so sánh"],
        ["NT1 – Nước thải sau hệ thống xử lý nước thải sản xuất, trước khi đấu nối vào hệ thống thu gom của KCN Bình Xuyên",
         ", ".join(vocab.water(s, "vi") for s in VN_MON_WATER), freq(doc, word), "Giới hạn tiếp nhận nước thải của KCN Bình Xuyên"]], role="monitoring")
    doc.add("monitoring", *({"point": "NT1", "symbol": s, "frequency": word} for s in VN_MON_WATER))
    maybe_distractor(doc, 0.3)


# ((RU section, KK section), [(RU object, KK object, [(kind, key)], frequency or None, (RU said, KK said), (RU how, KK how), where)])
DIECAST_PEK = (
    (("1. Операционный мониторинг", "1. Операциялық мониторинг"), [
        ("Газовые тигельные печи", "Газды тигельді пештер", "температура расплава, расход природного газа, продолжительность плавки",
         "балқыма температурасы, табиғи газ шығыны, балқыту ұзақтығы", [], None, ("каждую плавку", "әр балқыту сайын"),
         ("приборный, плавильщик", "аспаптық, балқытушы"), None),
        ("Циклон ЦН-11", "ЦН-11 циклоны", "перепад давления, заполнение бункера", "қысым айырмасы, бункердің толуы", [], None,
         ("ежесменно", "ауысым сайын"), ("визуально-приборный, мастер участка", "көзбен және аспаптық, учаске шебері"), None),
        ("Рукавный фильтр ПУ-1500", "ПУ-1500 жеңді сүзгісі", "перепад давления, целостность рукавов", "қысым айырмасы, жеңдердің бүтіндігі", [], None,
         ("еженедельно", "апта сайын"), ("механик участка", "учаске механигі"), None)]),
    (("2. Мониторинг эмиссий", "2. Эмиссиялар мониторингі"), [
        ("ИЗА 0001 – газовые тигельные печи (после циклона)", "0001 ЛШК – газды тигельді пештер (циклоннан кейін)", None, None,
         [("code", "0101"), ("code", "0316"), ("code", "0342"), ("code", "0337")], "quarterly", ("1 раз в квартал", "тоқсанына 1 рет"),
         ("инструментальный, аккредитованная лаборатория", "аспаптық, аккредиттелген зертхана"), ("source_number", "0001")),
        ("ИЗА 0002 – машины литья под давлением", "0002 ЛШК – қысыммен құю машиналары", None, None, [("code", "0337"), ("code", "2735")], "semiannual",
         ("2 раза в год", "жылына 2 рет"), ("инструментальный, аккредитованная лаборатория", "аспаптық, аккредиттелген зертхана"), ("source_number", "0002")),
        ("ИЗА 0003 – участок зачистки отливок (после ПУ-1500)", "0003 ЛШК – құймаларды тазалау учаскесі (ПУ-1500-ден кейін)", None, None,
         [("code", "2930"), ("code", "0101")], "yearly", ("1 раз в год", "жылына 1 рет"), ("расчетный, инженер-эколог", "есептік, инженер-эколог"),
         ("source_number", "0003")),
        ("Выпуск в городскую канализацию, контрольный колодец КК-1", "Қалалық кәріз желісіне шығару, КК-1 бақылау құдығы", None, None,
         [("water", "pH"), ("water", "TSS"), ("water", "TPH"), ("water", "Fe")], "quarterly", ("ежеквартально", "тоқсан сайын"),
         ("аккредитованная лаборатория", "аккредиттелген зертхана"), ("point", "КК-1"))]),
    (("3. Мониторинг воздействия", "3. Әсер мониторингі"), [
        ("Т-1 – граница СЗЗ (50 м), север", "Т-1 – СҚА шекарасы (50 м), солтүстік", None, None, [("code", "0301"), ("code", "0337"), ("code", "2902")],
         "semiannual", ("2 раза в год (II и III кварталы)", "жылына 2 рет (II және III тоқсандар)"),
         ("инструментальный, аккредитованная лаборатория", "аспаптық, аккредиттелген зертхана"), ("point", "Т-1")),
        ("Т-2 – граница СЗЗ (50 м), юг, со стороны жилых домов", "Т-2 – СҚА шекарасы (50 м), оңтүстік, тұрғын үйлер жағы", None, None,
         [("code", "0301"), ("code", "0337"), ("code", "2902")], "semiannual", ("2 раза в год (II и III кварталы)", "жылына 2 рет (II және III тоқсандар)"),
         ("инструментальный, аккредитованная лаборатория", "аспаптық, аккредиттелген зертхана"), ("point", "Т-2"))]),
)  # fmt: skip


def _param(doc: Doc, kind: str, key: str) -> str:
    if kind == "code":
        name = _air(doc, key, 1 if doc.lang == "vi" else 0)
    elif kind == "soil":
        name = vocab.soil(key, doc.lang)
    else:
        name = vocab.water(key, doc.lang)
    return name if doc.lang == "vi" else name[0].lower() + name[1:]


def monitoring_ji2(doc: Doc) -> None:
    """An aluminium die-casting shop's ПЭК programme in one table with three section rows — operational monitoring (melt
    temperature, the cyclone's pressure drop, checked each melt or each shift), monitoring of emissions, monitoring of
    impact — the substances written in the parameters cell as a list of names in lower case, the operational rows giving
    parameters of the process and no substance, a calculation-method row at the grinding section, the sewer outlet's well
    `КК-1` among the sources (VI: a craft village's monitoring plan by the ward under component rows, the point code in a
    column of its own, an automatic station that measures continuously, the river above and below the outlet)."""
    if doc.lang == "vi":
        _monitoring_ji2_vi(doc)
        return
    g, L = doc.v, _L(doc)
    operator = g("ТОО «Қостанай Автокомпонент»", "«Қостанай Автокомпонент» ЖШС", "")
    doc.h(g(f"Программа производственного экологического контроля. {operator}, участок литья алюминия под давлением",
            f"{operator}, алюминийді қысыммен құю учаскесі. Өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.p(g("Объект II категории. Программа включает операционный мониторинг, мониторинг эмиссий и мониторинг воздействия (статья 186 "
            "Экологического кодекса РК). Производственные сточные воды после локальной очистки отводятся в городскую канализацию.",
            "II санаттағы объект. Бағдарлама операциялық мониторингті, эмиссиялар мониторингін және әсер мониторингін қамтиды (ҚР Экология "
            "кодексінің 186-бабы). Өндірістік сарқынды сулар жергілікті тазартудан кейін қалалық кәріз желісіне бұрылады.", ""))
    rows = [g(["№", "Объект мониторинга", "Контролируемые параметры", "Периодичность", "Метод, исполнитель"],
              ["№", "Мониторинг объектісі", "Бақыланатын параметрлер", "Кезеңділігі", "Әдісі, орындаушы"], [])]
    merges: list = []
    pairs = []
    for s, ((s_ru, s_kk), items) in enumerate(DIECAST_PEK, 1):
        _span(rows, merges, (s_ru, s_kk)[L], 5)
        for k, (o_ru, o_kk, p_ru, p_kk, keys, word, said, how, where) in enumerate(items, 1):
            params = (p_ru, p_kk)[L] if p_ru else ", ".join(_param(doc, kind, key) for kind, key in keys)
            rows.append([f"{s}.{k}", (o_ru, o_kk)[L], params, said[L], how[L]])
            for kind, key in keys:
                doc.add("monitoring", {where[0]: where[1], ("code" if kind == "code" else "symbol"): key, "frequency": word})
                if where[0] == "source_number":
                    pairs.append((where[1], key))
    doc.table(g("Таблица 1 – План-график мониторинга", "1-кесте – Мониторинг жоспар-кестесі", ""), rows, merges, role="monitoring")
    doc.add("sources", *({"number": n, "type": "organized"} for n in ("0001", "0002", "0003")))
    doc.add("emissions", *(emission(c, None, None, n) for n, c in pairs))
    maybe_distractor(doc, 0.35)


# ((section), [(point, place, [(kind, key)], frequency, said)])
VN_VILLAGE_PLAN = (
    ("I. MÔI TRƯỜNG KHÔNG KHÍ XUNG QUANH", [
        ("KK1", "Cổng làng Đa Hội", [("code", "2902"), ("code", "0008"), ("code", "0330"), ("code", "0301"), ("code", "0337")], "semiannual",
         "02 lần/năm (mùa khô, mùa mưa)"),
        ("KK2", "Khu vực tập trung lò nấu thép, cụm công nghiệp Đa Hội", [("code", "2902"), ("code", "0008"), ("code", "0330"), ("code", "0301"),
                                                                       ("code", "0337")], "semiannual", "02 lần/năm (mùa khô, mùa mưa)"),
        ("KK3", "Trường Tiểu học Châu Khê", [("code", "2902"), ("code", "0008"), ("code", "0301")], "semiannual", "02 lần/năm (mùa khô, mùa mưa)"),
        ("KK4", "Trạm quan trắc không khí tự động đặt tại trụ sở UBND phường", [("code", "0008"), ("code", "0330"), ("code", "0301"), ("code", "0337")],
         "continuous", "Liên tục, truyền dữ liệu về Sở Tài nguyên và Môi trường")]),
    ("II. MÔI TRƯỜNG NƯỚC MẶT", [
        ("NM1", "Sông Ngũ Huyện Khê, thượng lưu cống xả của cụm công nghiệp 200 m",
         [("water", s) for s in ("pH", "DO", "BOD5", "COD", "TSS", "NH4+", "TPH", "Fe", "Zn")], "quarterly", "03 tháng/lần"),
        ("NM2", "Sông Ngũ Huyện Khê, hạ lưu cống xả của cụm công nghiệp 500 m",
         [("water", s) for s in ("pH", "DO", "BOD5", "COD", "TSS", "NH4+", "TPH", "Fe", "Zn")], "quarterly", "03 tháng/lần")]),
    ("III. NƯỚC THẢI", [
        ("NT1", "Cống xả chung của cụm công nghiệp ra sông Ngũ Huyện Khê", [("water", s) for s in ("pH", "TSS", "COD", "TPH", "Fe", "Zn")], "monthly",
         "01 tháng/lần")]),
    ("IV. MÔI TRƯỜNG ĐẤT", [
        ("Đ1", "Đất ruộng canh tác giáp khu sản xuất, xứ đồng Bãi Sậy", [("soil", s) for s in ("Pb", "Zn", "Cu", "As")], "yearly", "01 lần/năm")]),
)  # fmt: skip


def _monitoring_ji2_vi(doc: Doc) -> None:
    doc.h("KẾ HOẠCH QUAN TRẮC MÔI TRƯỜNG LÀNG NGHỀ ĐA HỘI NĂM 2025")
    doc.p("(Ban hành kèm theo Kế hoạch số 35/KH-UBND ngày 14/02/2025 của UBND phường Châu Khê). Kinh phí từ nguồn sự nghiệp môi trường của thành "
          "phố Từ Sơn; đơn vị thực hiện được lựa chọn theo quy định.")
    rows = [["TT", "Ký hiệu", "Vị trí quan trắc", "Thông số quan trắc", "Tần suất"]]
    merges: list = []
    n = 0
    for section, points in VN_VILLAGE_PLAN:
        _span(rows, merges, section, 5)
        for pid, place, keys, word, said in points:
            n += 1
            rows.append([str(n), pid, place, ", ".join(_param(doc, kind, key) for kind, key in keys), said])
            doc.add("monitoring", *({"point": pid, ("code" if kind == "code" else "symbol"): key, "frequency": word} for kind, key in keys))
    doc.table("Bảng 1. Vị trí, thông số và tần suất quan trắc", rows, merges, role="monitoring")
    doc.p("Quy chuẩn so sánh: QCVN 05:2023/BTNMT; QCVN 08:2023/BTNMT; QCVN 40:2011/BTNMT (cột B); QCVN 03:2023/BTNMT.")


# ---------------------------------------------------------------- inspections

LEGEND = {
    "ru": {"Е": "daily", "Н": "weekly", "М": "monthly", "К": "quarterly", "П": None},
    "kk": {"К": "daily", "А": "weekly", "Ай": "monthly", "Т": "quarterly", "Б": None},
    "vi": {"N": "daily", "T": "weekly", "Th": "monthly", "Q": "quarterly", "M": None},
}
# the letter of each frequency in each language
LETTER = {lang: {v: k for k, v in table.items()} for lang, table in LEGEND.items()}
# ((RU section, KK section, RU responsible, KK responsible), [(RU object, KK object, frequency or None)])
ROUNDS = (
    (("Плавильный участок", "Балқыту учаскесі", "мастер плавильного участка", "балқыту учаскесінің шебері"), [
        ("Вагранка № 1: герметичность шахты и загрузочного окна, работа рекуператора", "№ 1 вагранка: шахта мен тиеу терезесінің саңылаусыздығы, рекуператордың жұмысы", "daily"),
        ("Циклон ЦН-15 и скруббер Вентури: орошение, уровень шлама в отстойнике", "ЦН-15 циклоны және Вентури скруббері: суландыру, тұндырғыштағы шлам деңгейі", "daily"),
        ("Рукавные фильтры ФРИ-550 и ФРИ-160: перепад давления, целостность рукавов", "ФРИ-550 және ФРИ-160 жеңді сүзгілері: қысым айырмасы, жеңдердің бүтіндігі", "weekly"),
        ("Футеровка индукционных печей: состояние, отсутствие проливов металла", "Индукциялық пештердің футеровкасы: жай-күйі, металдың төгілмеуі", None),
        ("Шлаковый двор: складирование ваграночного шлака в пределах площадки", "Қож ауласы: вагранка қожын алаң шегінде жинау", "monthly")]),
    (("Формовочно-стержневой участок", "Қалыптау-өзекше учаскесі", "мастер формовочного участка", "қалыптау учаскесінің шебері"), [
        ("Смесеприготовительное отделение: работа аспирации бегунов и сит", "Қоспа дайындау бөлімшесі: бегундар мен елеуіштер аспирациясының жұмысы", "daily"),
        ("Пенный аппарат ПВМ: уровень воды, унос капель", "ПВМ көбікті аппараты: су деңгейі, тамшылардың ұшып кетуі", "weekly"),
        ("Склад смол и катализаторов ХТС: тара, маркировка, поддоны", "СҚҚ шайырлары мен катализаторларының қоймасы: ыдыс, таңбалау, табандар", "monthly")]),
    (("Участок очистки отливок", "Құймаларды тазалау учаскесі", "начальник участка очистки", "тазалау учаскесінің бастығы"), [
        ("Дробеметная камера: уплотнения дверей, работа фильтра ФРКИ-90", "Бытыра ату камерасы: есік тығыздағыштары, ФРКИ-90 сүзгісінің жұмысы", "daily"),
        ("Площадка накопления отработанной дроби и окалины", "Пайдаланылған бытыра мен қабыршақты жинақтау алаңы", "monthly")]),
    (("Общецеховые объекты", "Жалпы цехтық объектілер", "инженер-эколог цеха", "цехтың инженер-экологы"), [
        ("Площадки временного хранения отходов: соблюдение лимитов накопления", "Қалдықтарды уақытша сақтау алаңдары: жинақтау лимиттерінің сақталуы", "monthly"),
        ("АСМ на ИЗА 0001: полнота передачи данных", "0001 ЛШК-дағы АМЖ: деректерді берудің толықтығы", "weekly"),
        ("Журналы учета работы ГОУ и движения отходов", "ГТҚ жұмысын және қалдықтар қозғалысын есепке алу журналдары", "quarterly")]),
)  # fmt: skip


def inspections_ji1(doc: Doc) -> None:
    """A foundry shop's map of its environmental rounds: a row spanning the table per section of the shop naming the one
    who walks it (`Плавильный участок (ответственный – мастер плавильного участка)`), items `1.1` with what is checked, a
    column holding only a letter of frequency (`Е`, `Н`, `М`, `К`, `П`) that the legend under the table explains — `П`,
    after every melt, being no frequency of the contract — and an empty column for marks (VI: a cast-iron pipe-fittings
    foundry's map of rounds with `N`, `T`, `Th`, `Q`, `M` and `phụ trách` in the section rows)."""
    lang = doc.lang
    g = doc.v
    i = 2 if lang == "vi" else _L(doc)
    if lang == "vi":
        _inspections_ji1_vi(doc)
        return
    doc.h(g(f"Карта экологического обхода литейного цеха. {ESIL_OPERATOR[0]}", f"{ESIL_OPERATOR[1]}. Құю цехын экологиялық аралау картасы", ""))
    doc.p(g("Утверждена начальником литейного цеха. Результаты обхода отмечаются в последней графе; выявленные замечания передаются "
            "инженеру-экологу цеха до конца смены.",
            "Құю цехының бастығы бекіткен. Аралау нәтижелері соңғы бағанда белгіленеді; анықталған ескертулер ауысым соңына дейін цехтың "
            "инженер-экологына беріледі.", ""))
    rows = [g(["№", "Объект и предмет проверки", "Код периодичности", "Отметка о выполнении, замечания"],
              ["№", "Тексеру объектісі мен мәні", "Кезеңділік коды", "Орындалғаны туралы белгі, ескертулер"], [])]
    merges: list = []
    for s, ((s_ru, s_kk, w_ru, w_kk), items) in enumerate(ROUNDS, 1):
        who = (w_ru, w_kk)[i]
        _span(rows, merges, g(f"{s}. {s_ru} (ответственный – {w_ru})", f"{s}. {s_kk} (жауапты – {w_kk})", ""), 4)
        for k, (o_ru, o_kk, word) in enumerate(items, 1):
            what = (o_ru, o_kk)[i]
            rows.append([f"{s}.{k}", what, LETTER[lang][word], ""])
            item = {"kind": "inspection", "text_contains": _words(what.split(":")[0], 3), "actor_contains": who}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
    doc.table(None, rows, merges, role="inspections")
    doc.p(g("Коды периодичности: Е – ежедневно, в начале первой смены; Н – еженедельно, по пятницам; М – ежемесячно, в последний рабочий день "
            "месяца; К – ежеквартально; П – после каждой плавки.",
            "Кезеңділік кодтары: К – күн сайын, бірінші ауысымның басында; А – апта сайын, жұма күндері; Ай – ай сайын, айдың соңғы жұмыс күні; "
            "Т – тоқсан сайын; Б – әр балқытудан кейін.", ""))
    maybe_distractor(doc, 0.3)


# (section, responsible, [(object, frequency or None)])
VN_ROUNDS = (
    ("Xưởng nấu luyện", "Quản đốc xưởng nấu", [
        ("Lò trung tần số 1, số 2: chụp hút khói, quạt hút", "daily"), ("Hệ thống lọc bụi túi vải: chênh áp, tình trạng túi lọc", "weekly"),
        ("Lớp lót lò, nồi rót: nứt vỡ, rò kim loại", None), ("Khu chứa xỉ lò: che chắn, không để xỉ tràn ra ngoài khu vực", "monthly")]),
    ("Xưởng làm khuôn, làm lõi", "Tổ trưởng tổ làm khuôn", [
        ("Máy trộn cát và hệ thống thu hồi cát: hút bụi, rò rỉ", "daily"), ("Kho nhựa furan và chất đóng rắn: bao bì, nhãn, khay chống tràn", "monthly")]),
    ("Khu làm sạch, phun bi, mài", "Tổ trưởng tổ hoàn thiện", [
        ("Máy phun bi: gioăng cửa, thiết bị lọc bụi đi kèm", "daily"), ("Khu chứa bi thép thải và bụi mài", "monthly")]),
    ("Khu lưu giữ chất thải, hệ thống xử lý nước", "Cán bộ môi trường", [
        ("Kho chất thải nguy hại: nhãn, sổ theo dõi, khối lượng lưu giữ", "weekly"), ("Hệ thống xử lý nước làm mát tuần hoàn", "monthly"),
        ("Sổ nhật ký vận hành công trình xử lý chất thải", "quarterly")]),
)  # fmt: skip


def _inspections_ji1_vi(doc: Doc) -> None:
    doc.h("BẢN ĐỒ KIỂM TRA MÔI TRƯỜNG NỘI BỘ – CÔNG TY TNHH ĐÚC GANG PHÚC LONG")
    doc.p("Ban hành kèm theo Quyết định của Giám đốc Công ty. Người phụ trách từng khu vực thực hiện kiểm tra theo mã tần suất và ghi kết quả vào cột "
          "cuối; tồn tại phát hiện được báo cáo cán bộ môi trường trong ngày.")
    rows = [["TT", "Hạng mục, nội dung kiểm tra", "Mã tần suất", "Kết quả / ghi chú"]]
    merges: list = []
    for s, (section, who, items) in enumerate(VN_ROUNDS, 1):
        _span(rows, merges, f"{s}. {section} (phụ trách: {who})", 4)
        for k, (what, word) in enumerate(items, 1):
            rows.append([f"{s}.{k}", what, LETTER["vi"][word], ""])
            item = {"kind": "inspection", "text_contains": _words(what.split(":")[0], 4), "actor_contains": who}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
    doc.table(None, rows, merges, role="inspections")
    doc.p("Mã tần suất: N – hằng ngày, đầu ca 1; T – hằng tuần, thứ Sáu; Th – hằng tháng, ngày làm việc cuối tháng; Q – hằng quý; M – sau mỗi mẻ nấu.")
    maybe_distractor(doc, 0.3)


# (RU level, KK level, RU who, KK who, actor key (RU, KK), frequency or None, (RU said, KK said), (RU what, KK what), (RU record, KK record))
THREE_STEPS = (
    ("I ступень – оперативный контроль", "I саты – жедел бақылау", "мастер участка литья", "құю учаскесінің шебері", ("мастер участка", "учаскесінің шебері"),
     "daily", ("ежедневно, в начале смены", "күн сайын, ауысым басында"),
     ("плавильные печи и циклон ЦН-11, вытяжная вентиляция машин литья под давлением, места накопления отходов на участке",
      "балқыту пештері мен ЦН-11 циклоны, қысыммен құю машиналарының сорып шығару желдеткіші, учаскедегі қалдықтарды жинақтау орындары"),
     ("журнал I ступени", "I саты журналы")),
    ("II ступень", "II саты", "начальник цеха совместно с инженером по ОТ и ООС", "цех бастығы ЕҚ және ҚОҚ жөніндегі инженермен бірге",
     ("начальник цеха", "цех бастығы"), "weekly", ("еженедельно (по четвергам)", "апта сайын (бейсенбі күндері)"),
     ("устранение замечаний I ступени, состояние рукавного фильтра ПУ-1500, учет отходов цеха",
      "I саты ескертулерінің жойылуы, ПУ-1500 жеңді сүзгісінің жай-күйі, цех қалдықтарының есебі"),
     ("журнал II ступени", "II саты журналы")),
    ("III ступень", "III саты", "комиссия под председательством главного инженера", "бас инженер төрағалық ететін комиссия",
     ("комиссия", "комиссия"), "quarterly", ("1 раз в квартал", "тоқсанына 1 рет"),
     ("соблюдение нормативов эмиссий, выполнение программы ПЭК и плана природоохранных мероприятий",
      "эмиссия нормативтерінің сақталуы, ӨЭБ бағдарламасы мен табиғат қорғау іс-шаралары жоспарының орындалуы"),
     ("акт, приказ по итогам", "акт, қорытындысы бойынша бұйрық")),
    ("Внеплановая проверка", "Жоспардан тыс тексеру", "инженер-эколог предприятия", "кәсіпорынның инженер-экологы", ("инженер-эколог", "инженер-эколог"),
     None, ("при аварийных выбросах и жалобах населения", "авариялық шығарындылар мен халықтың шағымдары кезінде"),
     ("причины аварийного выброса или жалобы, принятые меры", "авариялық шығарынды немесе шағым себептері, қабылданған шаралар"),
     ("служебная записка", "қызметтік жазба")),
    ("Внутренний аудит", "Ішкі аудит", "отдел внутреннего аудита управляющей компании", "басқарушы компанияның ішкі аудит бөлімі",
     ("внутреннего аудита", "ішкі аудит"), "yearly", ("1 раз в год", "жылына 1 рет"),
     ("система экологического менеджмента участка в целом, результативность трехступенчатого контроля",
      "учаскенің экологиялық менеджмент жүйесі тұтастай, үш сатылы бақылаудың нәтижелілігі"),
     ("отчет об аудите", "аудит туралы есеп")),
)  # fmt: skip
# (object, content, form, frequency or None, said, lead, partners)
VN_VILLAGE_CHECKS = (
    ("Các cơ sở nấu, đúc phôi thép bằng lò trung tần trong cụm công nghiệp", "Vận hành hệ thống thu gom, xử lý bụi, khí thải; lưu giữ xỉ lò", "Định kỳ",
     "semiannual", "06 tháng/lần", "Phòng Tài nguyên và Môi trường thành phố", "UBND phường Châu Khê; Công an thành phố"),
    ("Các cơ sở cán, kéo thép trong khu dân cư thôn Đa Hội", "Tiếng ồn, bụi, nước làm mát; thực hiện lộ trình di dời", "Định kỳ", "quarterly", "Hằng quý",
     "UBND phường Châu Khê", "Tổ dân phố Đa Hội"),
    ("Các hộ nấu thép chưa có hệ thống xử lý khí thải", "Việc dừng hoạt động lò nấu theo cam kết", "Định kỳ", "monthly", "Hằng tháng",
     "Tổ công tác liên ngành phường", "Công an phường"),
    ("Bãi tập kết xỉ, chất thải rắn sản xuất của làng nghề", "Đổ thải không đúng nơi quy định, che phủ bãi", "Định kỳ", "weekly", "Hằng tuần",
     "Tổ dân phố Đa Hội", "Hợp tác xã dịch vụ môi trường Châu Khê"),
    ("Cơ sở bị người dân phản ánh gây ô nhiễm", "Nội dung theo phản ánh", "Đột xuất", None, "Khi có phản ánh, kiến nghị",
     "Phòng Tài nguyên và Môi trường thành phố", "UBND phường Châu Khê"),
)  # fmt: skip


def inspections_ji2(doc: Doc) -> None:
    """A die-casting shop's regulation of three-step control, one row per step with who carries it out, the frequency in
    words, the objects and questions of the check written as one sentence and where the result is recorded — a commission
    under the chief engineer at the third step, an unscheduled check on accidents and complaints with no frequency, the
    managing company's yearly internal audit (VI: a ward's plan of inspecting the Đa Hội craft village's producers by
    group, periodic and unscheduled, the lead and the partner bodies)."""
    if doc.lang == "vi":
        _inspections_ji2_vi(doc)
        return
    g, L = doc.v, _L(doc)
    operator = g("ТОО «Қостанай Автокомпонент»", "«Қостанай Автокомпонент» ЖШС", "")
    doc.h(g(f"Положение о трехступенчатом контроле за соблюдением требований охраны окружающей среды. {operator}",
            f"{operator}. Қоршаған ортаны қорғау талаптарының сақталуын үш сатылы бақылау туралы ереже", ""))
    doc.p(g("Настоящее Положение распространяется на участок литья алюминия под давлением и устанавливает порядок внутренних проверок.",
            "Осы Ереже алюминийді қысыммен құю учаскесіне қолданылады және ішкі тексерулердің тәртібін белгілейді.", ""))
    rows = [g(["Ступень контроля", "Кто проводит", "Периодичность", "Объекты и вопросы проверки", "Оформление результатов"],
              ["Бақылау сатысы", "Кім жүргізеді", "Кезеңділігі", "Тексеру объектілері мен мәселелері", "Нәтижелерді ресімдеу"], [])]
    for level_ru, level_kk, w_ru, w_kk, keys, word, said, what, record in THREE_STEPS:
        rows.append([(level_ru, level_kk)[L], (w_ru, w_kk)[L], said[L], what[L], record[L]])
        item = {"kind": "inspection", "text_contains": _words(what[L], 3), "actor_contains": keys[L]}
        if word:
            item["frequency"] = word
        doc.add("obligations", item)
    doc.table(g("Таблица 1 – Порядок проведения проверок", "1-кесте – Тексерулерді жүргізу тәртібі", ""), rows, role="inspections")
    doc.p(g("Замечания, не устраненные в срок, выносятся на рассмотрение следующей ступени контроля.",
            "Мерзімінде жойылмаған ескертулер бақылаудың келесі сатысының қарауына шығарылады.", ""))
    maybe_distractor(doc, 0.3)


def _inspections_ji2_vi(doc: Doc) -> None:
    doc.h("KẾ HOẠCH KIỂM TRA CÔNG TÁC BẢO VỆ MÔI TRƯỜNG TẠI LÀNG NGHỀ ĐA HỘI NĂM 2025")
    doc.p("Ban hành kèm theo Kế hoạch số 41/KH-UBND ngày 03/3/2025 của UBND phường Châu Khê, thành phố Từ Sơn. Kết quả kiểm tra được lập biên "
          "bản và báo cáo UBND thành phố Từ Sơn.")
    rows = [["TT", "Đối tượng kiểm tra", "Nội dung kiểm tra", "Hình thức", "Tần suất", "Cơ quan chủ trì", "Cơ quan phối hợp"]]
    for k, (obj, what, form, word, said, lead, partners) in enumerate(VN_VILLAGE_CHECKS, 1):
        rows.append([str(k), obj, what, form, said, lead, partners])
        item = {"kind": "inspection", "text_contains": _words(obj, 5), "actor_contains": lead}
        if word:
            item["frequency"] = word
        doc.add("obligations", item)
    doc.table("Phụ lục. Đối tượng, nội dung và tần suất kiểm tra", rows, role="inspections")
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- tasks

# (RU clause, KK clause, (RU actor, KK actor) or None for a clause that is no task, (RU words, KK words) the text is known by)
ORDER_CLAUSES = (
    ("Начальнику литейного цеха Жумабаеву К.Т. в срок до 30.06.2026 обеспечить замену скруббера Вентури вагранки № 1 рукавным фильтром с "
     "предварительным охлаждением газов.",
     "Құю цехының бастығы Қ.Т. Жұмабаев 30.06.2026 дейін № 1 вагранканың Вентури скрубберін газдарды алдын ала салқындататын жеңді сүзгімен "
     "ауыстыруды қамтамасыз етсін.", ("литейного цеха", "құю цехының бастығы"), ("обеспечить замену скруббера Вентури", "Вентури скрубберін газдарды")),
    ("Главному энергетику Сулейменову А.Б. до 31.03.2026 обеспечить поверку газоанализатора и пылемера автоматизированной системы мониторинга "
     "на ИЗА 0001.",
     "Бас энергетик А.Б. Сүлейменов 31.03.2026 дейін 0001 ЛШК-дағы автоматтандырылған мониторинг жүйесінің газ талдағышы мен шаң өлшегішін "
     "салыстырып тексеруді қамтамасыз етсін.", ("Главному энергетику", "Бас энергетик"), ("обеспечить поверку газоанализатора", "газ талдағышы мен шаң")),
    ("Начальнику отдела охраны окружающей среды Ким Е.В. ежеквартально, до 10 числа месяца, следующего за отчетным кварталом, представлять отчет "
     "по производственному экологическому контролю в Департамент экологии по Северо-Казахстанской области.",
     "Қоршаған ортаны қорғау бөлімінің бастығы Е.В. Ким тоқсан сайын, есепті тоқсаннан кейінгі айдың 10-на дейін өндірістік экологиялық "
     "бақылау бойынша есепті Солтүстік Қазақстан облысы бойынша экология департаментіне ұсынсын.", None, None),
    ("Начальнику отдела материально-технического снабжения Омарову Д.С. до 01.03.2026 заключить договор на передачу горелой земли для "
     "использования в дорожном строительстве.",
     "Материалдық-техникалық жабдықтау бөлімінің бастығы Д.С. Омаров 01.03.2026 дейін күйген топырақты жол құрылысында пайдалану үшін беруге "
     "шарт жасасын.", ("материально-технического снабжения", "жабдықтау бөлімінің бастығы"), ("заключить договор на передачу", "күйген топырақты жол")),
    ("Начальнику формовочного участка Алимжанову Н.Ж. до 30.09.2026 ввести в эксплуатацию установку регенерации отработанной формовочной смеси.",
     "Қалыптау учаскесінің бастығы Н.Ж. Әлімжанов 30.09.2026 дейін пайдаланылған қалыптау қоспасын регенерациялау қондырғысын пайдалануға "
     "енгізсін.", ("формовочного участка", "қалыптау учаскесінің бастығы"), ("ввести в эксплуатацию установку", "регенерациялау қондырғысын")),
)  # fmt: skip
# (RU equipment, KK equipment, RU work, KK work, RU term, KK term, RU responsible, KK responsible)
ORDER_SCHEDULE = (
    ("Рукавный фильтр ФРИ-550 (ИЗА 0002)", "ФРИ-550 жеңді сүзгісі (0002 ЛШК)", "Замена рукавов, полный комплект 144 шт.", "Жеңдерді ауыстыру, толық жиынтық 144 дана",
     "март 2026 г.", "2026 ж. наурыз", "главный механик", "бас механик"),
    ("Рукавный фильтр ФРИ-160 (ИЗА 0003)", "ФРИ-160 жеңді сүзгісі (0003 ЛШК)", "Ревизия и частичная замена рукавов", "Жеңдерді тексеру және ішінара ауыстыру",
     "май 2026 г.", "2026 ж. мамыр", "главный механик", "бас механик"),
    ("Циклон ЦН-15 и скруббер Вентури (ИЗА 0001)", "ЦН-15 циклоны және Вентури скруббері (0001 ЛШК)", "Очистка от отложений, замена форсунок орошения",
     "Шөгінділерден тазалау, суландыру бүріккіштерін ауыстыру", "февраль 2026 г.", "2026 ж. ақпан", "механик плавильного участка",
     "балқыту учаскесінің механигі"),
    ("Пенный аппарат ПВМ (ИЗА 0004)", "ПВМ көбікті аппараты (0004 ЛШК)", "Ремонт каплеуловителя и поддона", "Тамшы ұстағыш пен табанды жөндеу",
     "апрель 2026 г.", "2026 ж. сәуір", "механик формовочного участка", "қалыптау учаскесінің механигі"),
    ("Рукавный фильтр ФРКИ-90 (ИЗА 0005)", "ФРКИ-90 жеңді сүзгісі (0005 ЛШК)", "Замена рукавов и регенерационного клапана", "Жеңдерді және регенерация клапанын ауыстыру",
     "июль 2026 г.", "2026 ж. шілде", "начальник участка очистки", "тазалау учаскесінің бастығы"),
)  # fmt: skip


def tasks_ji1(doc: Doc) -> None:
    """A plant director's order on meeting the conditions of the foundry's КЭР: the operative part as numbered paragraphs
    of prose, each giving a named officer in the dative a task and a date (`Начальнику литейного цеха Жумабаеву К.Т. в срок
    до 30.06.2026 обеспечить …`), one of them a duty of reporting every quarter that is no task, and an annex table of the
    year's repairs of the gas-cleaning units with the source numbers inside the equipment's cell, a term in months and the
    position answering (VI: an aluminium die-casting plant's plan of trial operation of its treatment works, the steps with
    start and end dates, the unit doing each and what it yields, a monitoring firm among the units)."""
    if doc.lang == "vi":
        _tasks_ji1_vi(doc)
        return
    r, g, L = doc.rng, doc.v, _L(doc)
    no = r.randint(180, 260)
    doc.p(g(f"{ESIL_OPERATOR[0]}. ПРИКАЗ № {no}-п от 12.01.2026, г. Петропавловск", f"{ESIL_OPERATOR[1]}. 2026 жылғы 12 қаңтардағы № {no}-п БҰЙРЫҚ, Петропавл қ.", ""))
    doc.h(g("О мерах по выполнению условий комплексного экологического разрешения литейного цеха",
            "Құю цехының кешенді экологиялық рұқсатының шарттарын орындау жөніндегі шаралар туралы", ""))
    doc.p(g("В целях выполнения условий комплексного экологического разрешения и программы повышения экологической эффективности ПРИКАЗЫВАЮ:",
            "Кешенді экологиялық рұқсаттың шарттарын және экологиялық тиімділікті арттыру бағдарламасын орындау мақсатында БҰЙЫРАМЫН:", ""))
    for k, (c_ru, c_kk, actor, key) in enumerate(ORDER_CLAUSES, 1):
        doc.p(f"{k}. {(c_ru, c_kk)[L]}")
        if actor:
            doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": key[L], "actor_contains": actor[L]})
    n = len(ORDER_CLAUSES) + 1
    doc.p(g(f"{n}. Утвердить график ремонтов газоочистного оборудования на 2026 год (приложение 1).",
            f"{n}. Газ тазарту жабдығын жөндеудің 2026 жылға арналған кестесі бекітілсін (1-қосымша).", ""))
    doc.p(g(f"{n + 1}. Контроль за исполнением настоящего приказа оставляю за собой.", f"{n + 1}. Осы бұйрықтың орындалуын бақылауды өзіме қалдырамын.", ""))
    doc.p(g("Председатель Правления Е. Абдрахманов", "Басқарма төрағасы Е. Абдрахманов", ""))
    rows = [g(["№", "Газоочистное оборудование (ИЗА)", "Вид работ", "Срок", "Ответственный"],
              ["№", "Газ тазарту жабдығы (ЛШК)", "Жұмыс түрі", "Мерзімі", "Жауапты"], [])]
    for k, (e_ru, e_kk, w_ru, w_kk, t_ru, t_kk, p_ru, p_kk) in enumerate(ORDER_SCHEDULE, 1):
        work = (w_ru, w_kk)[L]
        rows.append([str(k), (e_ru, e_kk)[L], work, (t_ru, t_kk)[L], (p_ru, p_kk)[L]])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(work.split(",")[0], 4), "actor_contains": (p_ru, p_kk)[L]})
    doc.table(g(f"Приложение 1 к приказу № {no}-п. График ремонтов газоочистного оборудования на 2026 год",
                f"№ {no}-п бұйрыққа 1-қосымша. Газ тазарту жабдығын жөндеудің 2026 жылға арналған кестесі", ""), rows, role="tasks")


VN_TRIAL = (
    ("Thông báo kế hoạch vận hành thử nghiệm đến Sở Tài nguyên và Môi trường và UBND huyện Bình Xuyên", "02/01/2025", "06/01/2025",
     "Phòng An toàn – Môi trường", "Văn bản thông báo"),
    ("Vận hành thử nghiệm hệ thống xử lý khí thải lò nấu nhôm (KT1)", "08/01/2025", "08/04/2025", "Xưởng Đúc", "Sổ nhật ký vận hành"),
    ("Vận hành thử nghiệm hệ thống xử lý nước thải sản xuất công suất 20 m³/ngày đêm", "08/01/2025", "08/04/2025", "Xưởng Cơ điện", "Sổ nhật ký vận hành"),
    ("Lấy và phân tích mẫu khí thải, nước thải giai đoạn vận hành ổn định (03 ngày liên tiếp)", "10/03/2025", "12/03/2025",
     "Công ty Cổ phần Quan trắc và Kỹ thuật Môi trường Hà Thành (VIMCERTS 218)", "Phiếu kết quả phân tích"),
    ("Đánh giá hiệu quả xử lý, điều chỉnh thông số vận hành các công trình", "13/03/2025", "31/03/2025", "Phòng Kỹ thuật", "Biên bản đánh giá"),
    ("Lập báo cáo kết quả vận hành thử nghiệm gửi cơ quan cấp giấy phép môi trường", "01/04/2025", "15/04/2025", "Phòng An toàn – Môi trường",
     "Báo cáo kết quả vận hành thử nghiệm"),
)  # fmt: skip


def _tasks_ji1_vi(doc: Doc) -> None:
    doc.h("KẾ HOẠCH VẬN HÀNH THỬ NGHIỆM CÁC CÔNG TRÌNH XỬ LÝ CHẤT THẢI – NHÀ MÁY ĐÚC NHÔM ÁP LỰC HƯNG PHÁT")
    doc.p("Chủ dự án: Công ty TNHH Đúc nhôm Hưng Phát Vĩnh Phúc. Kế hoạch lập theo nội dung Giấy phép môi trường đã được cấp và Điều 31 Nghị "
          "định số 08/2022/NĐ-CP; công suất dự kiến đạt 80 % công suất thiết kế trong thời gian vận hành thử nghiệm.")
    rows = [["TT", "Nội dung công việc", "Thời gian bắt đầu", "Thời gian kết thúc", "Đơn vị thực hiện", "Sản phẩm"]]
    for k, (what, start, end, who, product) in enumerate(VN_TRIAL, 1):
        rows.append([str(k), what, start, end, who, product])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(what, 5), "actor_contains": who.split(" (")[0]})
    doc.table("Bảng 6.1. Tiến độ vận hành thử nghiệm", rows, role="tasks")
    maybe_distractor(doc, 0.3)


# ((RU stage, KK stage), [(RU work, KK work, start, end, executor key, cost thousand tenge)])
BELL_PLAN = (
    (("Подготовительный этап", "Дайындық кезеңі"), [
        ("Разработка рабочего проекта реконструкции плавильного участка", "Балқыту учаскесін қайта құрудың жұмыс жобасын әзірлеу", "02.2026", "04.2026",
         "design", 4800),
        ("Получение положительного заключения экспертизы рабочего проекта", "Жұмыс жобасына сараптаманың оң қорытындысын алу", "04.2026", "05.2026",
         "own", 900)]),
    (("Поставка и монтаж оборудования", "Жабдықты жеткізу және монтаждау"), [
        ("Поставка индукционной печи ИСТ-0,16 для плавки бронзы", "Қоланы балқытуға арналған ИСТ-0,16 индукциялық пешін жеткізу", "05.2026", "07.2026",
         "supplier", 21500),
        ("Монтаж местной вытяжной вентиляции с рукавным фильтром", "Жеңді сүзгісі бар жергілікті сорып шығару желдеткішін монтаждау", "06.2026", "08.2026",
         "contractor", 7300),
        ("Демонтаж двух тигельных горнов на дизельном топливе", "Дизель отынымен жұмыс істейтін екі тигельді көрікті бөлшектеу", "08.2026", "08.2026",
         "own", 350)]),
    (("Пусконаладка и экологическое сопровождение", "Іске қосу-баптау және экологиялық сүйемелдеу"), [
        ("Пусконаладочные работы и обучение плавильщиков", "Іске қосу-баптау жұмыстары және балқытушыларды оқыту", "09.2026", "09.2026", "supplier", 1200),
        ("Инструментальные замеры выбросов после реконструкции", "Қайта құрудан кейін шығарындыларды аспаптық өлшеу", "10.2026", "10.2026", "lab", 650),
        ("Представление новой декларации о воздействии на окружающую среду", "Қоршаған ортаға әсер ету туралы жаңа декларацияны ұсыну", "11.2026",
         "11.2026", "own", 0)]),
)  # fmt: skip
BELL_EXECUTORS = {
    "design": ("ТОО «Жетісу Жоба Сервис» (проектная организация)", "«Жетісу Жоба Сервис» ЖШС (жобалау ұйымы)", ("Жетісу Жоба Сервис", "Жетісу Жоба Сервис")),
    "own": (BELL_OPERATOR[0], BELL_OPERATOR[1], ("Алтын Қоңырау", "Алтын Қоңырау")),
    "supplier": ("ТОО «Индуктор Казахстан» (поставщик)", "«Индуктор Казахстан» ЖШС (жеткізуші)", ("Индуктор Казахстан", "Индуктор Казахстан")),
    "contractor": ("ИП «Сейткали Т.Е.» (подрядчик)", "«Сейітқали Т.Е.» ЖК (мердігер)", ("Сейткали", "Сейітқали")),
    "lab": ("ТОО «ЭкоАналитика-Алматы» (аккредитованная лаборатория)", "«ЭкоАналитика-Алматы» ЖШС (аккредиттелген зертхана)", ("ЭкоАналитика-Алматы", "ЭкоАналитика-Алматы")),
}  # fmt: skip


def tasks_ji2(doc: Doc) -> None:
    """The calendar plan of an art foundry's project of modernising its melting section, annexed to its application for a
    loan with a subsidised rate: works `1.1` under three stage rows, start and end as months (`05.2026`), the executor —
    the design firm, the furnace's supplier, an individual contractor, the laboratory or the workshop itself — and the cost,
    a total row, the sources of money in a table of no role (VI: a city's plan of moving the Đa Hội furnaces into the
    craft-village cluster under Roman sections, numbered straight through, the lead and partner bodies, the result)."""
    if doc.lang == "vi":
        _tasks_ji2_vi(doc)
        return
    g, L = doc.v, _L(doc)
    doc.h(g(f"Календарный план реализации проекта «Модернизация плавильного участка». {BELL_SHOP[0]}",
            f"{BELL_SHOP[1]}. «Балқыту учаскесін жаңғырту» жобасын іске асырудың күнтізбелік жоспары", ""))
    doc.p(g("Приложение 3 к заявке на получение кредита с субсидированием ставки вознаграждения. Проект предусматривает замену дизельных горнов "
            "индукционной печью и устройство местной вытяжной вентиляции с очисткой.",
            "Сыйақы мөлшерлемесі субсидияланатын кредит алуға өтінімге 3-қосымша. Жоба дизельді көріктерді индукциялық пешпен ауыстыруды және "
            "тазартуы бар жергілікті сорып шығару желдеткішін орнатуды көздейді.", ""))
    rows = [g(["№", "Наименование работ", "Начало", "Окончание", "Исполнитель", "Стоимость, тыс. тенге"],
              ["№", "Жұмыстардың атауы", "Басталуы", "Аяқталуы", "Орындаушы", "Құны, мың теңге"], [])]
    merges: list = []
    total = 0
    for s, ((s_ru, s_kk), works) in enumerate(BELL_PLAN, 1):
        _span(rows, merges, f"{s}. {(s_ru, s_kk)[L]}", 6)
        for k, (w_ru, w_kk, start, end, who, cost) in enumerate(works, 1):
            work = (w_ru, w_kk)[L]
            executor = BELL_EXECUTORS[who]
            rows.append([f"{s}.{k}", work, start, end, executor[L], num(cost, doc.lang) if cost else "–"])
            doc.add("obligations", {"kind": "task", "number": f"{s}.{k}", "text_contains": _words(work, 4), "actor_contains": executor[2][L]})
            total += cost
    rows.append(["", g("Итого по проекту", "Жоба бойынша барлығы", ""), "", "", "", num(total, doc.lang)])
    doc.table(g("Календарный план", "Күнтізбелік жоспар", ""), rows, merges, role="tasks")
    own = round(total * 0.3)
    doc.table(g("Источники финансирования проекта", "Жобаны қаржыландыру көздері", ""),
              [g(["Источник", "Сумма, тыс. тенге", "Доля, %"], ["Көзі", "Сомасы, мың теңге", "Үлесі, %"], []),
               [g("Собственные средства", "Меншікті қаражат", ""), num(own, doc.lang), "30"],
               [g("Кредит банка второго уровня (ставка субсидируется)", "Екінші деңгейдегі банктің кредиті (мөлшерлеме субсидияланады)", ""),
                num(total - own, doc.lang), "70"]], role="other")


# (section, [(task, lead, partners, term, result)])
VN_RELOCATION = (
    ("I. RÀ SOÁT, THỐNG KÊ", [
        ("Rà soát, lập danh sách các hộ, cơ sở nấu, cán thép gây ô nhiễm trong khu dân cư thôn Đa Hội", "UBND phường Châu Khê",
         "Phòng Tài nguyên và Môi trường; Phòng Kinh tế", "Quý I/2025", "Danh sách cơ sở phải di dời")]),
    ("II. HẠ TẦNG CỤM CÔNG NGHIỆP", [
        ("Hoàn thiện hệ thống thu gom, xử lý nước thải tập trung của cụm công nghiệp làng nghề Đa Hội", "Ban Quản lý dự án đầu tư xây dựng thành phố",
         "Phòng Kinh tế; UBND phường Châu Khê", "Quý II – Quý IV/2025", "Công trình được nghiệm thu, đưa vào vận hành"),
        ("Bố trí quỹ đất 12 ha mở rộng cụm công nghiệp để tiếp nhận các cơ sở di dời", "Phòng Tài nguyên và Môi trường", "UBND phường Châu Khê",
         "Năm 2025", "Quyết định giao đất, cho thuê đất")]),
    ("III. DI DỜI, HỖ TRỢ", [
        ("Tổ chức di dời các cơ sở nấu thép bằng lò trung tần ra khỏi khu dân cư vào cụm công nghiệp", "UBND phường Châu Khê",
         "Phòng Kinh tế; Công an phường", "Trước 31/12/2025", "Không còn lò nấu thép trong khu dân cư"),
        ("Hướng dẫn, hỗ trợ thủ tục đăng ký môi trường, giấy phép môi trường cho các cơ sở sau di dời", "Phòng Tài nguyên và Môi trường",
         "UBND phường Châu Khê", "Năm 2025 – 2026", "Hồ sơ môi trường của cơ sở")]),
    ("IV. TUYÊN TRUYỀN, CƯỠNG CHẾ", [
        ("Tuyên truyền, vận động các hộ sản xuất chấp hành lộ trình di dời", "Ủy ban Mặt trận Tổ quốc Việt Nam phường Châu Khê",
         "Các tổ dân phố; Hội Cựu chiến binh phường", "Cả năm 2025", "Các buổi tuyên truyền, cam kết của hộ sản xuất"),
        ("Ngừng cấp điện sản xuất đối với lò nấu thép không di dời đúng hạn", "Điện lực Từ Sơn", "UBND phường Châu Khê", "Từ 01/01/2026",
         "Biên bản ngừng cấp điện")]),
)  # fmt: skip


def _tasks_ji2_vi(doc: Doc) -> None:
    doc.p("ỦY BAN NHÂN DÂN THÀNH PHỐ TỪ SƠN – Số: 58/KH-UBND, Từ Sơn, ngày 21 tháng 02 năm 2025")
    doc.h("KẾ HOẠCH DI DỜI CÁC CƠ SỞ SẢN XUẤT GÂY Ô NHIỄM MÔI TRƯỜNG RA KHỎI KHU DÂN CƯ LÀNG NGHỀ ĐA HỘI")
    doc.p("Các cơ quan, đơn vị được giao chủ trì có trách nhiệm báo cáo kết quả thực hiện về UBND thành phố (qua Phòng Tài nguyên và Môi trường) "
          "trước ngày 15 của tháng cuối quý.")
    rows = [["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Kết quả, sản phẩm"]]
    merges: list = []
    n = 0
    for section, tasks in VN_RELOCATION:
        _span(rows, merges, section, 6)
        for text, lead, partners, term, result in tasks:
            n += 1
            rows.append([str(n), text, lead, partners, term, result])
            doc.add("obligations", {"kind": "task", "number": str(n), "text_contains": _words(text, 5), "actor_contains": lead})
    doc.table("Phụ lục. Nhiệm vụ cụ thể", rows, merges, role="tasks")


LAYOUTS = [Layout(role, f"JI{k}", globals()[f"{role}_ji{k}"]) for role in ROLES for k in (1, 2)]
