"""The fortieth blind set's part JH (two layouts per role, `JH1` and `JH2`), written by someone who
neither ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`; held out and measured
once (0.813 over 126 files when first measured at the registering commit, 2026-12-07), then moved to the tuning
layouts to be studied.

Theme: bitumen, roofing and waterproofing materials. Kazakhstan: bitumen plants oxidising the vacuum residue (гудрон) of
the refineries at Aktau, Pavlodar and Shymkent on land sub-leased from them, with their oxidation columns, afterburning
furnaces, hot-bitumen tank parks and rail and road loading racks; roofing-felt and bitumen-membrane factories at
Karaganda, Temirtau and Otegen Batyr with their impregnation baths, sprinkling units and a polymer-bitumen mastics shop;
asphalt emulsion plants at Baiserke and Aktobe (an environmental permit's printed blank, a road builder's questionnaire
of its supplier, an НДВ project's calculation by specific outputs, an ОВОС summary of its sources, a waste section of
constant and periodic wastes, a calculation of wastes by technological losses, a protocol of stack measurements by
quarter, air at the protection zone's boundary in fractions of the ПДК, a ПЭК programme, a plan-graph of sampling, an
ecological round's route, a schedule of checking contractors, a plan against odour after residents' complaints, the
environmental objectives of ISO 14001). Vietnam: a bitumen emulsion and polymer-modified bitumen plant in the Đình Vũ
industrial park of Hải Phòng, a bitumen waterproofing membrane factory at Nhơn Trạch (Đồng Nai), corrugated bitumen
roofing sheet makers at Phố Nối (Hưng Yên) and Quế Võ (Bắc Ninh) (đơn đề nghị cấp giấy phép môi trường, hồ sơ năng lực,
báo cáo đề xuất cấp GPMT, báo cáo công tác bảo vệ môi trường, kết quả quan trắc, chương trình and kế hoạch quan trắc,
lộ trình tuần tra, kế hoạch kiểm tra nhà thầu, kế hoạch khắc phục, mục tiêu môi trường ISO 14001).

Facility: the printed blank of a complex environmental permit (КЭР) for the bitumen plant of a refinery's tenant, each
value on a line of its own over the form's small printed caption in brackets (`(бизнес-идентификационный номер оператора)`), the
refinery that sub-leases the land named only in the text, the coordinates in degrees, minutes and seconds, the plant's
units in a table of no role (VI: an application for a GPMT typed over the lines of the form, the captions `(tên chủ cơ
sở)` under the values, the enterprise number inside the line of the registration certificate) (JH1); a road builder's
questionnaire filled in by an asphalt emulsion plant, the answers in two columns — the legal entity's head office in
another city and the production site — the name and BIN merged across both, a KATO in each column of which only the
site's is the facility's, the category and coordinates only under the site, deliveries in a table of no role (VI: a
corrugated roofing sheet maker's capability profile, `Trụ sở chính | Nhà máy`) (JH2).

Emissions: an НДВ project's calculation of a bitumen plant's emissions from specific outputs, the source's number on the
site plan (`1` … `6`) in a column before its inventory number, the basis of each source in its own unit per row
(tonnes of bitumen, thousand m³ of fuel gas, tonnes loaded), the hours, the specific output in kg per unit, then g/s and
t/year, the source merged down over its substances (VI: the Hải Phòng plant's loads from factors, sources labelled `S1`
… `S5` on the plan, which are no source numbers) (JH1); an ОВОС summary of a roofing-felt and membrane factory's sources,
one cell per source listing its substances one to a line as `код название (кл.) – г/с; т/год`, two identical stacks in
one row `0005, 0006` whose figures are `на каждый источник` (VI: a corrugated sheet maker's sources with `Bụi tổng: … g/s
(… tấn/năm)` lines) (JH2).

Wastes: a bitumen plant's wastes under two section rows — formed constantly, and formed at the cleaning of tanks and
oxidation columns and at repairs — the quantity of one cleaning and how often (`1 раз в 3 года`, `2 раза в год`) before
the average a year, which alone is the amount, dashes for the constant ones (VI: the Hải Phòng plant's annual report,
hazardous wastes in kilograms by half-year with the year in the last column, then ordinary wastes in tonnes) (JH1); a
membrane factory's calculation of wastes from the norms of technological losses, the raw material, its consumption and
the loss in per cent before the waste, its code and tonnes, the wastes that come from no raw material under a section
row with dashes (VI: a waterproofing membrane factory's `tỷ lệ hao hụt`, then its CTNH in kilograms) (JH2).

Limits: a protocol of measurements at a bitumen plant's afterburner and tube furnace through the year, a row spanning
the table per source, the substances as rows with the КЭР's norm in a column and the four quarters as columns, a quarter
in repair, `<` below the range (VI: a membrane factory's heater and bitumen tank vents against QCVN 19:2009/BTNMT column
B × Kp × Kv, rounds as columns) (JH1); the air at a roofing factory's protection-zone boundary, the points as column
groups each of the concentration and its fraction of the ПДК, the ПДК м.р. in a column, hydrogen sulphide above it at
the point downwind (VI: the Hải Phòng plant's ambient air, points as column groups over two rounds, QCVN 05:2023/BTNMT
and QCVN 06:2009/BTNMT in µg/m³) (JH2).

Monitoring: a bitumen plant's ПЭК programme in which the breathing valves of six tanks stand as one range `0003–0008`,
the same stack on two rows with two frequencies, calculated control at a loading rack, the boundary points in one cell
(VI: the Hải Phòng plant's GPMT programme whose rows on waste water and automatic monitoring say the plant is not
required to monitor them) (JH1); a membrane factory's plan-graph of sampling whose four quarter columns hold the dates of
sampling or a dash, the frequency told only by how many quarters are dated (VI: a roofing sheet maker's plan with the
months of sampling marked `x`) (JH2).

Inspections: a bitumen plant's route of the daily ecological round, stops numbered along the route, what is checked and
the sign of a breach in its own column, checks every shift and at each loading without a frequency of the contract (VI:
the Hải Phòng plant's `lộ trình tuần tra`) (JH1); a membrane factory's schedule of checking its contractors — waste
removal, a sewage truck, the transport firm — the contractor and its contract in the object cell, a check at each
removal without a frequency (VI: `kế hoạch kiểm tra, giám sát nhà thầu`) (JH2).

Tasks: a bitumen plant's plan against the smell of hydrogen sulphide after residents' complaints, the expected cut in
tonnes beside each measure and a column of its state of completion (VI: a plan of remedying after the Department's
inspection on residents' complaints) (JH1); a membrane factory's environmental objectives and programme under ISO 14001,
objectives as section rows with their indicator, actions numbered `Ц1.1` (VI: `MT1.1`) (JH2).
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
    return " ".join(text.split()[:n])


def _core(name: str) -> str:
    """The quoted part of a name (`Каспий` of `Битумная установка «Каспий»`)."""
    return name.split("«", 1)[1].split("»", 1)[0] if "«" in name else name


def _kato(doc: Doc, prefix: str) -> str:
    """A nine-digit KATO code starting with the place's prefix."""
    r = doc.rng
    rest = 9 - len(prefix) - 3
    return f"{prefix}{r.randint(10 ** (rest - 1), 10**rest - 1)}{r.choice(('000', '100'))}"


def _msdn(doc: Doc, prefix: str) -> str:
    """A Vietnamese enterprise number of the province's prefix."""
    return prefix + f"{doc.rng.randint(0, 99999999):08d}"


HEMI = {"ru": ("с.ш.", "в.д."), "kk": ("с.е.", "ш.б."), "vi": ("N", "E")}


def _dms(value: float, lat: bool, lang: str) -> tuple[str, float]:
    """`43°38′12,4″ с.ш.` and the decimal degrees it stands for."""
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


# code: (RU, KK, VI, hazard class as the documents print it) of pollutants the vocabulary does not name
EXTRA = {
    "0415": ("Смесь углеводородов предельных С1-С5", "Шекті көмірсутектер қоспасы С1-С5", "", 4),
    "0416": ("Смесь углеводородов предельных С6-С10", "Шекті көмірсутектер қоспасы С6-С10", "", 3),
    "1071": ("Гидроксибензол (Фенол)", "Гидроксибензол (фенол)", "Phenol", 2),
    "2735": ("Масло минеральное нефтяное", "Минералды мұнай майы", "", None),
    "2752": ("Уайт-спирит", "Уайт-спирит", "", None),
    "2909": ("Пыль неорганическая, содержащая двуокись кремния менее 20%", "Құрамында кремний қостотығы 20%-дан аз бейорганикалық шаң", "", 3),
}


def _air(doc: Doc, code: str, variant: int = 0) -> str:
    if code in EXTRA:
        return EXTRA[code][vocab.LANGS.index(doc.lang)]
    return vocab.air(code, doc.lang, variant)


def _hazard(code: str) -> int | None:
    return EXTRA[code][3] if code in EXTRA else vocab.hazard(code)


# the Vietnamese names of the substances as the loads and results tables write them
VI_AIR = {"2902": "Bụi tổng", "0330": "SO2", "0301": "NOx (tính theo NO2)", "0337": "CO", "0333": "H2S", "0602": "Benzen",
          "0621": "Toluen", "0616": "Xylen"}

DAILY = {"ru": "ежедневно", "kk": "күн сайын", "vi": "hằng ngày"}
WEEKLY = {"ru": "еженедельно", "kk": "апта сайын", "vi": "hằng tuần"}


def _fw(doc: Doc, word: str) -> str:
    """A frequency as the document writes it, `daily` and `weekly` included."""
    if word == "daily":
        return DAILY[doc.lang]
    if word == "weekly":
        return WEEKLY[doc.lang]
    return freq(doc, word)


# ---------------------------------------------------------------- the plants

# (RU plant, KK plant, RU operator, KK operator, RU place, KK place, KATO prefix, lat, lon, thousand t of bitumen a year,
#  RU refinery, KK refinery, RU department, KK department, RU city, KK city)
BITUMEN = (
    ("Битумная установка «Каспий»", "«Каспий» битум қондырғысы", "ТОО «Каспий Битум Процессинг»", "«Каспий Битум Процессинг» ЖШС",
     "Мангистауская область, г. Актау, промышленная зона, участок 14/2 (территория нефтеперерабатывающего завода)",
     "Маңғыстау облысы, Ақтау қ., өнеркәсіптік аймақ, 14/2-учаске (мұнай өңдеу зауытының аумағы)", "4710", 43.642, 51.208, 400,
     "АО «Маңғыстау мұнай өңдеу зауыты»", "«Маңғыстау мұнай өңдеу зауыты» АҚ",
     "РГУ «Департамент экологии по Мангистауской области»", "«Маңғыстау облысы бойынша экология департаменті» РММ", "г. Актау", "Ақтау қ."),
    ("Битумный завод «Ертіс»", "«Ертіс» битум зауыты", "ТОО «Ертіс Битум»", "«Ертіс Битум» ЖШС",
     "Павлодарская область, г. Павлодар, Северная промышленная зона, строение 305/1",
     "Павлодар облысы, Павлодар қ., Солтүстік өнеркәсіптік аймақ, 305/1-құрылыс", "5510", 52.335, 76.902, 350,
     "ТОО «Павлодарский нефтеперерабатывающий комплекс»", "«Павлодар мұнай өңдеу кешені» ЖШС",
     "РГУ «Департамент экологии по Павлодарской области»", "«Павлодар облысы бойынша экология департаменті» РММ", "г. Павлодар", "Павлодар қ."),
    ("Битумная установка «Оңтүстік»", "«Оңтүстік» битум қондырғысы", "ТОО «Оңтүстік Битум»", "«Оңтүстік Битум» ЖШС",
     "г. Шымкент, Абайский район, промышленная зона «Южная», ул. Капал батыра, 60/4",
     "Шымкент қ., Абай ауданы, «Оңтүстік» өнеркәсіптік аймағы, Қапал батыр к-сі, 60/4", "7910", 42.254, 69.663, 300,
     "ТОО «Шымкент нефтеперерабатывающий завод»", "«Шымкент мұнай өңдеу зауыты» ЖШС",
     "РГУ «Департамент экологии по городу Шымкент»", "«Шымкент қаласы бойынша экология департаменті» РММ", "г. Шымкент", "Шымкент қ."),
)  # fmt: skip

# (RU factory, KK factory, RU operator, KK operator, RU place, KK place, KATO prefix, lat, lon)
ROOFING = (
    ("Завод кровельных и гидроизоляционных материалов «Сарыарқа»", "«Сарыарқа» жабын және гидрооқшаулау материалдары зауыты",
     "ТОО «Сарыарқа Кровля»", "«Сарыарқа Кровля» ЖШС", "Карагандинская область, г. Караганда, район Казыбек би, Северо-Восточная промзона, 12",
     "Қарағанды облысы, Қарағанды қ., Қазыбек би ауданы, Солтүстік-Шығыс өнеркәсіп аймағы, 12", "3510", 49.842, 73.171),
    ("Рубероидный завод «Теміртау»", "«Теміртау» рубероид зауыты", "ТОО «Теміртау Рубероид»", "«Теміртау Рубероид» ЖШС",
     "Карагандинская область, г. Темиртау, Заводская промзона, ул. Металлургов, 8/3",
     "Қарағанды облысы, Теміртау қ., Зауыт өнеркәсіп аймағы, Металлургтер к-сі, 8/3", "3520", 50.062, 72.991),
    ("Завод гидроизоляционных мембран «Жетісу»", "«Жетісу» гидрооқшаулау мембраналары зауыты", "ТОО «Жетісу Гидроизоляция»",
     "«Жетісу Гидроизоляция» ЖШС", "Алматинская область, Илийский район, пос. Отеген батыр, ул. Промышленная, 21",
     "Алматы облысы, Іле ауданы, Өтеген батыр кенті, Өнеркәсіп к-сі, 21", "1962", 43.428, 77.031),
)  # fmt: skip

# the Hải Phòng plant, the membrane factory and the roofing sheet makers: (plant, company, place, lat, lon, province prefix)
VN_HP = ("Nhà máy nhũ tương nhựa đường và nhựa đường polime Đình Vũ", "Công ty TNHH Nhựa đường Bạch Đằng",
         "Lô CN4.3, Khu công nghiệp Đình Vũ, phường Đông Hải, thành phố Hải Phòng", 20.846, 106.765, "02")
VN_MEMBRANE = ("Nhà máy màng chống thấm gốc bitum Nhơn Trạch", "Công ty TNHH Vật liệu Chống thấm Phương Nam",
               "Đường số 7, Khu công nghiệp Nhơn Trạch 2, xã Nhơn Trạch, tỉnh Đồng Nai", 10.739, 106.893, "36")
VN_SHEETS = (
    ("Nhà máy sản xuất tấm lợp sóng bitum Phố Nối", "Công ty Cổ phần Tấm lợp Sinh Thái Việt",
     "Lô B7, Khu công nghiệp Phố Nối A, xã Như Quỳnh, tỉnh Hưng Yên", 20.958, 106.041, "01",
     "Số 18, phố Duy Tân, phường Cầu Giấy, thành phố Hà Nội"),
    ("Nhà máy tấm lợp bitum Quế Võ", "Công ty TNHH Tấm lợp Kinh Bắc",
     "Lô C12, Khu công nghiệp Quế Võ, phường Nam Sơn, tỉnh Bắc Ninh", 21.151, 106.141, "23",
     "Số 45, đường Lý Thái Tổ, phường Kinh Bắc, tỉnh Bắc Ninh"),
)  # fmt: skip


def _permit(doc: Doc) -> str:
    r = doc.rng
    return f"KZ{r.randint(10, 99)}VCZ{r.randint(10**7, 10**8 - 1):08d}"


# ---------------------------------------------------------------- facility

UNITS_BIT = (
    ("Окислительные колонны К-1, К-2 (непрерывное окисление гудрона воздухом)", "К-1, К-2 тотықтыру колонналары (гудронды ауамен үздіксіз тотықтыру)",
     "2 шт.", "2 дана"),
    ("Печь дожига газов окисления ПД-1 с котлом-утилизатором", "Кәдеге жаратушы қазандығы бар тотығу газдарын кейін жағу пеші ПД-1",
     "1 шт.", "1 дана"),
    ("Трубчатая печь нагрева гудрона П-1 (топливный газ НПЗ)", "Гудронды қыздыратын П-1 құбырлы пеші (МӨЗ отындық газы)", "1 шт.", "1 дана"),
    ("Резервуары гудрона и битума РВС-1000", "Гудрон мен битумның РВС-1000 резервуарлары", "6 шт.", "6 дана"),
    ("Эстакада налива битума в железнодорожные бункеры-полувагоны", "Битумды темір жол бункер-жартылай вагондарына құю эстакадасы",
     "8 стояков", "8 тірек"),
    ("Пункт налива битума в автобитумовозы", "Битумды автобитумтасығыштарға құю пункті", "2 стояка", "2 тірек"),
)  # fmt: skip


def facility_jh1(doc: Doc) -> None:
    """The printed blank of a complex environmental permit (КЭР) issued to the bitumen plant of a refinery's tenant: a
    two-column table, the line's number merged down over two rows, the typed value on the first and the form's small
    printed caption in brackets on the second (`(бизнес-идентификационный номер оператора)`, `(код по классификатору
    административно-территориальных объектов)`), the coordinates in degrees, minutes and seconds, the category `I
    (первая)`; the refinery that sub-leases the land named only in the text without a BIN, the plant's units in a table
    of no role (VI: an application for a GPMT typed over the form, the captions under the values, the enterprise number
    inside the line of the registration certificate with the date and body of issue)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_jh1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p = doc.pick(BITUMEN)
    name, operator, place, prefix, lat0, lon0, cap = p[L], p[2 + L], p[4 + L], p[6], p[7], p[8], p[9]
    refinery, dept, city = p[10 + L], p[12 + L], p[14 + L]
    bin_, kato = make_bin(r), _kato(doc, prefix)
    lat, lat_v = _dms(lat0 + r.uniform(-0.004, 0.004), True, doc.lang)
    lon, lon_v = _dms(lon0 + r.uniform(-0.004, 0.004), False, doc.lang)
    permit = _permit(doc)
    day = r.randint(2, 27)
    doc.p(g(f"Форма. Приложение 1 к Правилам выдачи экологических разрешений. Бланк № {r.randint(1000, 9999)}",
            f"Нысан. Экологиялық рұқсаттар беру қағидаларына 1-қосымша. № {r.randint(1000, 9999)} бланк", ""))
    doc.h(g(f"КОМПЛЕКСНОЕ ЭКОЛОГИЧЕСКОЕ РАЗРЕШЕНИЕ № {permit}", f"КЕШЕНДІ ЭКОЛОГИЯЛЫҚ РҰҚСАТ № {permit}", ""))
    doc.p(g(f"{city}                                                  «{day:02d}» февраля 2026 г.",
            f"{city}                                                  2026 ж. «{day:02d}» ақпан", ""))
    legal = g(f"{city}, ул. Промышленная, {r.randint(2, 40)}, офис {r.randint(101, 420)}",
              f"{city}, Өнеркәсіп к-сі, {r.randint(2, 40)}, {r.randint(101, 420)}-кеңсе", "")
    lines = (
        (operator, g("(полное наименование оператора объекта, организационно-правовая форма)",
                     "(объект операторының толық атауы, ұйымдық-құқықтық нысаны)", "")),
        (bin_, g("(бизнес-идентификационный номер оператора)", "(оператордың бизнес-сәйкестендіру нөмірі)", "")),
        (legal, g("(юридический адрес оператора)", "(оператордың заңды мекенжайы)", "")),
        (g(f"{name} производительностью {cap} тыс. т битума в год", f"Жылына {cap} мың т битум өндіретін {name}", ""),
         g("(наименование объекта, оказывающего негативное воздействие на окружающую среду)",
           "(қоршаған ортаға теріс әсер ететін объектінің атауы)", "")),
        (place, g("(местонахождение объекта)", "(объектінің орналасқан жері)", "")),
        (kato, g("(код по классификатору административно-территориальных объектов)", "(әкімшілік-аумақтық объектілер сыныптауышы бойынша коды)", "")),
        (f"{lat}; {lon}", g("(географические координаты центра промышленной площадки)", "(өнеркәсіптік алаң орталығының географиялық координаттары)", "")),
        (g("I (первая)", "I (бірінші)", ""), g("(категория объекта в соответствии с приложением 2 к Экологическому кодексу)",
                                               "(Экология кодексінің 2-қосымшасына сәйкес объектінің санаты)", "")),
        (dept, g("(наименование уполномоченного органа, выдавшего разрешение)", "(рұқсат берген уәкілетті органның атауы)", "")),
        (g("с 01.03.2026 по 31.12.2035", "01.03.2026 бастап 31.12.2035 дейін", ""), g("(срок действия разрешения)", "(рұқсаттың қолданылу мерзімі)", "")),
    )  # fmt: skip
    rows, merges = [], []
    for k, (value, caption) in enumerate(lines, 1):
        rows += [[f"{k}.", value], [None, caption]]
        merges.append((len(rows) - 2, 0, len(rows) - 1, 0))
    doc.table(None, rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": _core(name), "kato": kato, "category": "I", "lat": lat_v, "lon": lon_v})
    doc.p(g(f"Земельный участок площадью {num(round(r.uniform(6, 14), 2), doc.lang)} га предоставлен оператору в субаренду {refinery} "
            f"(договор субаренды № {r.randint(12, 90)}-СА от {r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2023); сырье (гудрон) поступает "
            "с установки вакуумной перегонки по трубопроводу эстакадной прокладки.",
            f"Ауданы {num(round(r.uniform(6, 14), 2), doc.lang)} га жер учаскесі операторға {refinery} қосалқы жалдауға берілген "
            f"({r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2023 № {r.randint(12, 90)}-ҚЖ қосалқы жалдау шарты); шикізат (гудрон) вакуумдық "
            "айдау қондырғысынан эстакадалық құбырмен келеді.", ""))
    unit_rows = [g(["№", "Наименование установки (оборудования)", "Количество"], ["№", "Қондырғының (жабдықтың) атауы", "Саны"], [])]
    for k, (u_ru, u_kk, n_ru, n_kk) in enumerate(UNITS_BIT, 1):
        unit_rows.append([str(k), (u_ru, u_kk)[L], (n_ru, n_kk)[L]])
    doc.table(g("Приложение 1 к разрешению. Перечень технологического оборудования", "Рұқсатқа 1-қосымша. Технологиялық жабдықтар тізбесі", ""),
              unit_rows, role="other")


def _facility_jh1_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, place, lat0, lon0, prefix = VN_HP
    msdn = _msdn(doc, prefix)
    lat, lat_v = _dms(lat0 + r.uniform(-0.003, 0.003), True, "vi")
    lon, lon_v = _dms(lon0 + r.uniform(-0.003, 0.003), False, "vi")
    emul, pmb = r.choice((30_000, 40_000, 50_000)), r.choice((20_000, 25_000, 30_000))
    doc.p("Mẫu văn bản đề nghị cấp giấy phép môi trường (ban hành kèm theo Nghị định số 08/2022/NĐ-CP ngày 10 tháng 01 năm 2022 của Chính phủ)")
    doc.p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM – Độc lập - Tự do - Hạnh phúc")
    doc.h("VĂN BẢN ĐỀ NGHỊ CẤP GIẤY PHÉP MÔI TRƯỜNG")
    doc.p("Kính gửi: Ủy ban nhân dân thành phố Hải Phòng")
    day, month = r.randint(1, 28), r.randint(1, 12)
    lines = (
        (company, "(1) (tên chủ cơ sở)"),
        (f"Số {r.randint(2, 90)}, đường Lê Hồng Phong, phường Hải An, thành phố Hải Phòng", "(địa chỉ trụ sở chính của chủ cơ sở)"),
        (f"Giấy chứng nhận đăng ký doanh nghiệp, mã số doanh nghiệp {msdn} do Sở Kế hoạch và Đầu tư thành phố Hải Phòng cấp lần đầu ngày "
         f"{day:02d}/{month:02d}/2016, đăng ký thay đổi lần thứ {r.randint(2, 6)}",
         "(2) (số, ngày cấp, cơ quan cấp giấy chứng nhận đăng ký doanh nghiệp)"),
        (plant, "(3) (tên cơ sở)"),
        (place, "(địa điểm thực hiện cơ sở)"),
        (f"{lat}; {lon}", "(tọa độ vị trí cơ sở, hệ WGS-84)"),
        ("Cơ sở có tiêu chí về môi trường như dự án đầu tư nhóm II", "(4) (phân loại theo tiêu chí về môi trường của Luật Bảo vệ môi trường)"),
        (f"Nhũ tương nhựa đường {num(emul, 'vi')} tấn/năm; nhựa đường polime {num(pmb, 'vi')} tấn/năm", "(quy mô, công suất)"),
    )
    rows, merges = [], []
    for k, (value, caption) in enumerate(lines, 1):
        rows += [[f"{k}.", value], [None, caption]]
        merges.append((len(rows) - 2, 0, len(rows) - 1, 0))
    doc.table(None, rows, merges, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": "Đình Vũ", "category": "II", "lat": lat_v, "lon": lon_v})
    doc.p("Ghi chú: (1) Chủ cơ sở ghi đúng tên theo giấy chứng nhận đăng ký doanh nghiệp; (2) ghi mã số doanh nghiệp; (3) ghi tên cơ sở "
          "theo báo cáo đề xuất cấp giấy phép môi trường; (4) theo Phụ lục IV Nghị định số 08/2022/NĐ-CP.")
    doc.table("Hồ sơ kèm theo", [["TT", "Tài liệu", "Số bản"],
                                  ["1", "Báo cáo đề xuất cấp giấy phép môi trường của cơ sở", "07"],
                                  ["2", "Bản sao quyết định phê duyệt kết quả thẩm định báo cáo ĐTM", "01"],
                                  ["3", "Hợp đồng đấu nối nước thải với chủ đầu tư hạ tầng KCN Đình Vũ", "01"]], role="other")


# (RU plant, KK plant, RU operator, KK operator, RU legal address, KK legal address, legal KATO prefix, RU site, KK site,
#  site KATO prefix, lat, lon, thousand t of emulsion a year, RU customer, KK customer)
EMULSION = (
    ("Завод битумных эмульсий «Алатау»", "«Алатау» битум эмульсиялары зауыты", "ТОО «Алатау Эмульсия»", "«Алатау Эмульсия» ЖШС",
     "г. Алматы, Бостандыкский район, пр. аль-Фараби, 77/8, офис 1204", "Алматы қ., Бостандық ауданы, әл-Фараби даңғ., 77/8, 1204-кеңсе", "7510",
     "Алматинская область, Илийский район, с. Байсерке, промышленная зона, участок 5", "Алматы облысы, Іле ауданы, Байсерке а., өнеркәсіп аймағы, 5-учаске",
     "1962", 43.472, 77.058, 60, "АО «НК «ҚазАвтоЖол»", "«ҚазАвтоЖол» ҰК» АҚ"),
    ("Завод битумных эмульсий «Ақтөбе»", "«Ақтөбе» битум эмульсиялары зауыты", "ТОО «Ақтөбе Жол Эмульсия»", "«Ақтөбе Жол Эмульсия» ЖШС",
     "г. Астана, район Есиль, пр. Мангилик Ел, 55/20, офис 310", "Астана қ., Есіл ауданы, Мәңгілік Ел даңғ., 55/20, 310-кеңсе", "7110",
     "Актюбинская область, г. Актобе, промышленная зона «Южная», ул. Тамдинская, 9", "Ақтөбе облысы, Ақтөбе қ., «Оңтүстік» өнеркәсіп аймағы, Тамды к-сі, 9",
     "1510", 50.241, 57.221, 45, "АО «НК «ҚазАвтоЖол»", "«ҚазАвтоЖол» ҰК» АҚ"),
)  # fmt: skip
CUSTOMERS = (("ТОО «Жол Құрылыс Сервис»", "«Жол Құрылыс Сервис» ЖШС"), ("АО «Алматыжолкурылыс»", "«Алматыжолқұрылыс» АҚ"),
             ("ТОО «Асфальтобетон-1»", "«Асфальтобетон-1» ЖШС"), ("филиалы АО «НК «ҚазАвтоЖол»", "«ҚазАвтоЖол» ҰК» АҚ филиалдары"))


def facility_jh2(doc: Doc) -> None:
    """A road builder's questionnaire of a potential supplier filled in by an asphalt emulsion plant, `№ | сведения |
    головной офис (юридическое лицо) | производственная площадка`: the name, the BIN, the laboratory and the certificates
    merged across both answer columns, the addresses and a KATO in each column — the head office in another city, so that
    only the site's KATO is the facility's — the capacity, the category and the coordinates (`43.47214, 77.05831`, as a map
    service gives them) only under the site and `—` or `не относится` under the office, the deliveries of three years in a
    table of no role (VI: a corrugated roofing sheet maker's capability profile, `Trụ sở chính | Nhà máy`, the enterprise
    number merged across both, the factory in an industrial park of another province with its decimal coordinates and
    `nhóm III`)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_jh2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    e = doc.pick(EMULSION)
    name, operator, legal, site, cap, customer = e[L], e[2 + L], e[4 + L], e[7 + L], e[12], e[13 + L]
    bin_ = make_bin(r)
    kato_legal, kato = _kato(doc, e[6]), _kato(doc, e[9])
    lat, lon = round(e[10] + r.uniform(-0.003, 0.003), 5), round(e[11] + r.uniform(-0.003, 0.003), 5)
    permit = _permit(doc)
    doc.p(g(f"Приложение 4 к тендерной документации {customer} по закупке битумных эмульсий ЭБК-2 и ЭБК-3 на 2026 год",
            f"{customer} 2026 жылға ЭБК-2 және ЭБК-3 битум эмульсияларын сатып алу жөніндегі тендерлік құжаттамасына 4-қосымша", ""))
    doc.h(g("Анкета потенциального поставщика", "Әлеуетті өнім берушінің сауалнамасы", ""))
    doc.p(g("Сведения заполняются отдельно для юридического лица и для каждой производственной площадки, с которой будет осуществляться "
            "отгрузка продукции. Недостоверность сведений является основанием для отклонения заявки.",
            "Мәліметтер заңды тұлға үшін және өнім тиеп-жөнелтілетін әрбір өндірістік алаң үшін бөлек толтырылады. Мәліметтердің "
            "дұрыс болмауы өтінімді қабылдамауға негіз болып табылады.", ""))
    dash, na = "—", g("не относится (административный офис)", "қатысты емес (әкімшілік кеңсе)", "")
    rows = [g(["№", "Запрашиваемые сведения", "Головной офис (юридическое лицо)", "Производственная площадка"],
              ["№", "Сұратылатын мәліметтер", "Бас кеңсе (заңды тұлға)", "Өндірістік алаң"], [])]
    merges = []

    def both(label, value):
        rows.append([str(len(rows)), label, value, None])
        merges.append((len(rows) - 1, 2, len(rows) - 1, 3))

    def each(label, office, plant):
        rows.append([str(len(rows)), label, office, plant])

    both(g("Полное наименование", "Толық атауы", ""), operator)
    both(g("БИН", "БСН", ""), bin_)
    each(g("Наименование площадки", "Алаңның атауы", ""), g("Головной офис", "Бас кеңсе", ""), name)
    each(g("Адрес", "Мекенжайы", ""), legal, site)
    each(g("Код КАТО", "ҚАТО коды", ""), kato_legal, kato)
    each(g("Координаты площадки (широта, долгота)", "Алаңның координаттары (ендік, бойлық)", ""), dash, f"{lat:.5f}, {lon:.5f}")
    each(g("Руководитель", "Басшы", ""), g("Генеральный директор Байжанов Е.С.", "Бас директор Байжанов Е.С.", ""),
         g("Директор завода Ким А.В.", "Зауыт директоры Ким А.В.", ""))
    each(g("Производственная мощность", "Өндірістік қуаты", ""), dash,
         g(f"{cap} тыс. т битумных эмульсий в год (2 коллоидные мельницы)", f"жылына {cap} мың т битум эмульсиясы (2 коллоидтық диірмен)", ""))
    each(g("Категория объекта по Экологическому кодексу РК", "ҚР Экология кодексі бойынша объектінің санаты", ""), na,
         g("II категория", "II санат", ""))
    each(g("Экологическое разрешение (номер, дата)", "Экологиялық рұқсат (нөмірі, күні)", ""), dash,
         f"№ {permit}, {r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2024")
    both(g("Испытательная лаборатория", "Сынақ зертханасы", ""),
         g(f"собственная, аттестат аккредитации KZ.T.02.{r.randint(1000, 2999)} (контроль по СТ РК 1274)",
           f"меншікті, аккредиттеу аттестаты KZ.T.02.{r.randint(1000, 2999)} (СТ РК 1274 бойынша бақылау)", ""))
    both(g("Система менеджмента", "Менеджмент жүйесі", ""), f"ISO 9001:2015, ISO 14001:2015 (№ KZ.{r.randint(10000, 99999)}.QMS)")
    doc.table(g("1. Общие сведения о поставщике", "1. Өнім беруші туралы жалпы мәліметтер", ""), rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": _core(name), "kato": kato, "category": "II", "lat": lat, "lon": lon})
    sup = [g(["Заказчик", "2023 г., т", "2024 г., т", "2025 г., т"], ["Тапсырыс беруші", "2023 ж., т", "2024 ж., т", "2025 ж., т"], [])]
    for c in CUSTOMERS:
        sup.append([c[L], *(num(r.randint(18, 140) * 100, doc.lang) for _ in range(3))])
    doc.table(g("2. Объемы поставок битумных эмульсий за последние три года", "2. Соңғы үш жылдағы битум эмульсияларын жеткізу көлемдері", ""),
              sup, role="other")
    doc.p(g("Подтверждаю достоверность представленных сведений. Генеральный директор ____________ М.П.",
            "Ұсынылған мәліметтердің дұрыстығын растаймын. Бас директор ____________ М.О.", ""))


def _facility_jh2_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, place, lat0, lon0, prefix, office = doc.pick(VN_SHEETS)
    msdn = _msdn(doc, prefix)
    lat, lon = round(lat0 + r.uniform(-0.003, 0.003), 5), round(lon0 + r.uniform(-0.003, 0.003), 5)
    doc.h(f"HỒ SƠ NĂNG LỰC – {company.upper()}")
    doc.p("Nhà sản xuất tấm lợp sóng gốc bitum (tấm lợp sinh thái) từ sợi xenlulo tẩm bitum, phủ sơn màu; sản phẩm đạt TCVN 8053:2009.")
    rows = [["STT", "Thông tin", "Trụ sở chính", "Nhà máy sản xuất"]]
    merges = []

    def both(label, value):
        rows.append([str(len(rows)), label, value, None])
        merges.append((len(rows) - 1, 2, len(rows) - 1, 3))

    both("Tên doanh nghiệp", company)
    both("Mã số doanh nghiệp / mã số thuế", msdn)
    rows.append([str(len(rows)), "Tên đơn vị", "Văn phòng Công ty", plant])
    rows.append([str(len(rows)), "Địa chỉ", office, place])
    rows.append([str(len(rows)), "Tọa độ (vĩ độ, kinh độ)", "-", f"{lat:.5f}, {lon:.5f}"])
    rows.append([str(len(rows)), "Diện tích", "320 m² văn phòng", f"{num(round(r.uniform(1.8, 4.5), 1), 'vi')} ha"])
    rows.append([str(len(rows)), "Công suất thiết kế", "-", f"{num(r.choice((3, 4, 5)) * 1_000_000, 'vi')} m² tấm lợp/năm"])
    rows.append([str(len(rows)), "Phân loại theo Luật Bảo vệ môi trường 2020", "Không thuộc đối tượng", "Cơ sở nhóm III"])
    rows.append([str(len(rows)), "Số lao động", str(r.randint(18, 35)), str(r.randint(120, 260))])
    both("Chứng chỉ", "ISO 9001:2015; ISO 14001:2015; Chứng nhận hợp quy sản phẩm theo QCVN 16:2023/BXD")
    doc.table("1. THÔNG TIN CHUNG", rows, merges, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": plant.split("bitum ")[-1], "category": "III", "lat": lat, "lon": lon})
    doc.table("2. MỘT SỐ CÔNG TRÌNH TIÊU BIỂU ĐÃ CUNG CẤP",
              [["STT", "Công trình", "Chủ đầu tư", "Khối lượng (m²)", "Năm"],
               ["1", "Nhà xưởng KCN Yên Phong II-C", "Công ty TNHH Điện tử Yên Phong", num(r.randint(20, 60) * 1000, "vi"), "2024"],
               ["2", "Trang trại chăn nuôi bò sữa Mộc Châu (giai đoạn 3)", "Công ty Cổ phần Giống bò sữa Mộc Châu", num(r.randint(15, 40) * 1000, "vi"), "2024"],
               ["3", "Chợ đầu mối nông sản Phú Xuyên", "Ban quản lý dự án huyện Phú Xuyên", num(r.randint(8, 20) * 1000, "vi"), "2025"]],
              role="other")


# ---------------------------------------------------------------- emissions

# basis: (RU, KK) of what a source's specific outputs are counted per, and the unit of the specific output
BASIS = {
    "bit": ("Окисленный битум, т/год", "Тотыққан битум, т/жыл", "кг/т", "кг/т"),
    "gas": ("Сожжено топливного газа, тыс. м³/год", "Жағылған отындық газ, мың м³/жыл", "кг/тыс. м³", "кг/мың м³"),
    "store": ("Оборот резервуаров, т/год", "Резервуарлар айналымы, т/жыл", "кг/т", "кг/т"),
    "rail": ("Налито в ж/д бункеры, т/год", "Т/ж бункерлерге құйылды, т/жыл", "кг/т", "кг/т"),
    "auto": ("Налито в автобитумовозы, т/год", "Автобитумтасығыштарға құйылды, т/жыл", "кг/т", "кг/т"),
    "bags": ("Разлито в кловертейнеры, т/год", "Кловертейнерлерге құйылды, т/жыл", "кг/т", "кг/т"),
}
# (number, RU, KK, basis, hours a year, {code: kg per unit})
BIT_SOURCES = (
    ("0001", "Дымовая труба печи дожига ПД-1 (газы окисления колонн К-1, К-2)", "ПД-1 кейін жағу пешінің түтін мұржасы (К-1, К-2 колонналарының тотығу газдары)",
     "bit", 8400, {"0337": 0.085, "0301": 0.011, "0304": 0.0018, "0330": 0.032, "0333": 0.0009, "2754": 0.005, "0328": 0.0012}),
    ("0002", "Дымовая труба трубчатой печи П-1 нагрева гудрона", "Гудронды қыздыратын П-1 құбырлы пешінің түтін мұржасы", "gas", 8400,
     {"0301": 2.1, "0304": 0.34, "0337": 1.6, "0330": 0.06}),
    ("0003", "Воздушник резервуарного парка битума РВС-1 – РВС-6 (через конденсатор)", "РВС-1 – РВС-6 битум резервуар паркінің ауа шығарғышы (конденсатор арқылы)",
     "store", 8760, {"0333": 0.00018, "2754": 0.0042}),
    ("0004", "Вытяжная труба эстакады налива в ж/д бункеры (местные отсосы)", "Т/ж бункерлерге құю эстакадасының сору құбыры (жергілікті сорғыштар)",
     "rail", 4200, {"0333": 0.00025, "2754": 0.006}),
    ("6001", "Пункт налива битума в автобитумовозы (открытые люки)", "Битумды автобитумтасығыштарға құю пункті (ашық люктер)", "auto", 3600,
     {"0333": 0.0003, "2754": 0.0075}),
    ("6002", "Площадка разлива битума в кловертейнеры", "Битумды кловертейнерлерге құю алаңы", "bags", 2000, {"2754": 0.01, "0333": 0.0004}),
)  # fmt: skip


def _bases(doc: Doc, cap: int) -> dict[str, float]:
    r = doc.rng
    bit = float(round(cap * 1000 * r.uniform(0.82, 0.97), -2))
    rail = float(round(bit * r.uniform(0.5, 0.62), -2))
    bags = float(round(r.uniform(5000, 12000), -2))
    return {"bit": bit, "gas": float(r.randint(32, 52) * 100), "store": bit, "rail": rail, "auto": bit - rail - bags, "bags": bags}


def emissions_jh1(doc: Doc) -> None:
    """An НДВ project's calculation of a bitumen plant's emissions from specific outputs: the source's number on the site
    plan (`1` … `6`, in the plan's order) in a column before its number in the inventory, then the source, the basis of its
    calculation in its own unit per row (tonnes of oxidised bitumen, thousand m³ of fuel gas, tonnes loaded into rail
    hoppers and into bitumen trucks), its value, the hours, and per substance the specific output in kg per unit, g/s and
    t/year, the source's cells merged down over its substances, a row of column numbers under the header, no hazard class
    (VI: the Hải Phòng plant's loads from emission factors, the sources labelled `S1` … `S5` on the plan, which are no
    source numbers, the basis in tonnes of fuel oil, of bitumen and of polymer)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_jh1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p = doc.pick(BITUMEN)
    name, operator, cap = p[L], p[2 + L], p[9]
    bases = _bases(doc, cap)
    doc.h(g(f"Проект нормативов допустимых выбросов. {operator}. {name}", f"{operator}. {name}. Жол берілетін шығарындылар нормативтерінің жобасы", ""))
    doc.h(g("3.2. Расчет выбросов загрязняющих веществ", "3.2. Ластаушы заттар шығарындыларын есептеу", ""))
    doc.p(g("Выбросы определены расчетным методом по удельным показателям выделения на единицу производительности: М = q × П / 1000, т/год; "
            "G = М × 10⁶ / (3600 × T), г/с, где q – удельный выброс, кг/ед.; П – годовая производительность; T – время работы, ч/год. "
            "Номера источников на карте-схеме (приложение 3) присвоены по ходу технологического процесса и не совпадают с номерами ИЗА.",
            "Шығарындылар өнімділік бірлігіне шаққандағы меншікті бөліну көрсеткіштері бойынша есептеу әдісімен анықталды: М = q × П / 1000, "
            "т/жыл; G = М × 10⁶ / (3600 × T), г/с, мұнда q – меншікті шығарынды, кг/бірл.; П – жылдық өнімділік; T – жұмыс уақыты, сағ/жыл. "
            "Карта-сызбадағы (3-қосымша) көз нөмірлері технологиялық процестің барысы бойынша берілген және ЛШК нөмірлеріне сәйкес келмейді.", ""))
    head = g(["№ на карте-схеме", "№ ИЗА", "Источник выделения", "Расчетный показатель", "Значение показателя", "Время работы, ч/год", "Код ЗВ",
              "Наименование ЗВ", "Удельный выброс q", "Выброс, г/с", "Выброс, т/год"],
             ["Карта-сызбадағы №", "ЛШК №", "Бөліну көзі", "Есептік көрсеткіш", "Көрсеткіш мәні", "Жұмыс уақыты, сағ/жыл", "ЛЗ коды",
              "ЛЗ атауы", "Меншікті шығарынды q", "Шығарынды, г/с", "Шығарынды, т/жыл"], [])
    rows = [head, [str(k) for k in range(1, 12)]]
    merges = []
    plan = r.sample(range(1, len(BIT_SOURCES) + 1), len(BIT_SOURCES))
    for (number, s_ru, s_kk, basis, hours, codes), m in zip(BIT_SOURCES, plan, strict=True):
        b_ru, b_kk, u_ru, u_kk = BASIS[basis]
        value = bases[basis]
        start = len(rows)
        for j, (c, q) in enumerate(codes.items()):
            ty = _sig(value * q / 1000, 4)
            gs = _sig(ty * 1e6 / (3600 * hours), 4)
            head_cells = [str(m), number, (s_ru, s_kk)[L], (b_ru, b_kk)[L], num(value, doc.lang), num(hours, doc.lang)] if j == 0 else [None] * 6
            rows.append([*head_cells, c, _air(doc, c), f"{num(q, doc.lang)} {(u_ru, u_kk)[L]}", num(gs, doc.lang), num(ty, doc.lang)])
            doc.add("emissions", emission(c, gs, ty, number))
        merges += [(start, k, len(rows) - 1, k) for k in range(6)]
    doc.table(g("Таблица 3.2 – Расчет выбросов по удельным показателям", "3.2-кесте – Меншікті көрсеткіштер бойынша шығарындыларды есептеу", ""),
              rows, merges, role="emissions")
    doc.add("sources", *({"number": s[0], "type": _kind(s[0])} for s in BIT_SOURCES))
    doc.p(g("Удельные показатели приняты по отраслевой методике расчета выбросов от производства нефтяных битумов и по данным инструментальных "
            "замеров 2025 года на печи дожига.",
            "Меншікті көрсеткіштер мұнай битумдарын өндіруден шығатын шығарындыларды есептеудің салалық әдістемесі бойынша және кейін жағу "
            "пешіндегі 2025 жылғы аспаптық өлшеулер деректері бойынша қабылданды.", ""))
    maybe_distractor(doc)


# (label, source, basis, (low, high) of the basis, hours, {code: kg per tonne})
VN_HP_SOURCES = (
    ("S1", "Lò gia nhiệt dầu tải nhiệt (đốt dầu DO 0,05S)", "Dầu DO tiêu thụ (tấn/năm)", (380, 620), 7200,
     {"2902": 0.28, "0330": 1.0, "0301": 2.84, "0337": 0.71}),
    ("S2", "Cụm 08 bồn chứa nhựa đường nóng – ống thông hơi", "Nhựa đường luân chuyển qua bồn (tấn/năm)", (60_000, 85_000), 8760, {"0333": 0.00015}),
    ("S3", "Khu nạp polime SBS và phụ gia vào bồn trộn", "Polime SBS sử dụng (tấn/năm)", (900, 1500), 2400, {"2902": 0.5}),
    ("S4", "Máy phát điện dự phòng 500 kVA", "Dầu DO tiêu thụ (tấn/năm)", (4, 9), 200, {"2902": 0.71, "0330": 1.0, "0301": 9.62, "0337": 2.19}),
    ("S5", "Khu xuất hàng lên xe bồn (04 họng xuất)", "Lượng nhựa đường xuất (tấn/năm)", (55_000, 80_000), 3000, {"0333": 0.0002}),
)  # fmt: skip


def _emissions_jh1_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, *_ = VN_HP
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG CỦA CƠ SỞ “{plant.upper()}”")
    doc.h("3.2.1. Nguồn phát sinh và tải lượng bụi, khí thải")
    doc.p(f"Chủ cơ sở: {company}. Tải lượng được tính theo hệ số phát thải của Tổ chức Y tế Thế giới (WHO) và AP-42 (US EPA): "
          "tải lượng (tấn/năm) = hệ số (kg/tấn) × cơ sở tính / 1.000. Ký hiệu S1 – S5 là ký hiệu nguồn trên sơ đồ mặt bằng tại Phụ lục 2.")
    rows = [["Ký hiệu", "Nguồn phát sinh", "Cơ sở tính", "Giá trị", "Thời gian hoạt động (giờ/năm)", "Thông số", "Hệ số phát thải (kg/tấn)",
             "Tải lượng (g/s)", "Tải lượng (tấn/năm)"]]
    merges = []
    for label, src, basis, (lo, hi), hours, codes in VN_HP_SOURCES:
        value = float(r.randint(lo, hi)) if hi < 100 else float(round(r.uniform(lo, hi), -2))
        start = len(rows)
        for j, (c, q) in enumerate(codes.items()):
            ty = _sig(value * q / 1000, 3)
            gs = _sig(ty * 1e6 / (3600 * hours), 3)
            lead = [label, src, basis, num(value, "vi"), num(hours, "vi")] if j == 0 else [None] * 5
            rows.append([*lead, VI_AIR[c], num(q, "vi"), num(gs, "vi"), num(ty, "vi")])
            doc.add("emissions", emission(c, gs, ty))
        if len(codes) > 1:
            merges += [(start, k, len(rows) - 1, k) for k in range(5)]
    doc.table("Bảng 3.4. Tải lượng bụi, khí thải phát sinh từ các nguồn của cơ sở", rows, merges, role="emissions")
    doc.p("Nhận xét: khí thải lò gia nhiệt được thải qua ống khói cao 18 m; hơi nhựa đường từ bồn chứa được thu gom qua tháp hấp phụ than hoạt tính.")
    maybe_distractor(doc)


# (numbers, RU, KK, height m, {code: ((low, high) g/s, (low, high) t/year)})
ROOF_SOURCES = (
    (("0001",), "Дымовая труба печи нагрева масла-теплоносителя (природный газ)", "Жылу тасығыш майды қыздыру пешінің түтін мұржасы (табиғи газ)", 16,
     {"0301": ((0.03, 0.08), (0.6, 1.8)), "0304": ((0.005, 0.013), (0.1, 0.3)), "0337": ((0.05, 0.15), (1.0, 3.5))}),
    (("0002",), "Вытяжная труба узла приготовления битумно-полимерного вяжущего", "Битум-полимерлі тұтқырғышты дайындау торабының сору құбыры", 22,
     {"2754": ((0.02, 0.07), (0.4, 1.6)), "0333": ((0.0004, 0.0015), (0.008, 0.03)), "0328": ((0.001, 0.004), (0.02, 0.08))}),
    (("0003",), "Вытяжная труба пропиточной ванны линии рубероида", "Рубероид желісінің сіңдіру ваннасының сору құбыры", 18,
     {"2754": ((0.015, 0.05), (0.3, 1.1)), "0333": ((0.0003, 0.001), (0.006, 0.02))}),
    (("0004",), "Аспирация узла посыпки (циклон ЦН-15)", "Себу торабының аспирациясы (ЦН-15 циклоны)", 12, {"2909": ((0.04, 0.12), (0.6, 2.2))}),
    (("0005", "0006"), "Вытяжные трубы пропиточно-покровных ванн линий наплавляемых мембран № 1 и № 2",
     "№ 1 және № 2 балқытылатын мембраналар желілерінің сіңдіру-жабу ванналарының сору құбырлары", 20,
     {"2754": ((0.01, 0.04), (0.2, 0.9)), "0333": ((0.0002, 0.0008), (0.004, 0.016))}),
    (("0007",), "Вытяжка участка мастик (смесители с растворителем)", "Мастика учаскесінің сорғышы (еріткіші бар араластырғыштар)", 11,
     {"2752": ((0.01, 0.03), (0.1, 0.4)), "0616": ((0.004, 0.012), (0.04, 0.15))}),
    (("6001",), "Открытый склад посыпки (песок, сланец)", "Себетін материалдың ашық қоймасы (құм, тақтатас)", 2, {"2908": ((0.02, 0.08), (0.2, 0.9))}),
    (("6002",), "Слив битума из ж/д цистерн (паровой разогрев)", "Битумды т/ж цистерналарынан ағызу (бумен жылыту)", 3,
     {"2754": ((0.008, 0.03), (0.05, 0.25)), "0333": ((0.0002, 0.0006), (0.001, 0.005))}),
)  # fmt: skip


def _class_said(doc: Doc, code: str) -> str:
    hz = _hazard(code)
    if doc.lang == "ru":
        return f"(кл. {hz})" if hz else "(ОБУВ)"
    return f"({hz}-сынып)" if hz else "(ҚӘБД)"


def emissions_jh2(doc: Doc) -> None:
    """The summary of sources in an ОВОС of a roofing-felt and membrane factory: `№ ИЗА | источник | высота | выбрасываемые
    вещества`, one cell per source listing its substances one to a line as `0301 Азота диоксид (кл. 2) – 0,0412 г/с; 0,862
    т/год`, white spirit `(ОБУВ)` with no class, two identical stacks of the membrane lines in one row `0005, 0006` whose
    figures are `на каждый источник`, so that each carries them, the factory's total only in the text (VI: a corrugated
    roofing sheet maker's stacks `KT-01` … and its generator, lines `Bụi tổng: 0,152 g/s (3,21 tấn/năm)` in one cell,
    which are no source numbers)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_jh2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    f = doc.pick(ROOFING)
    name, operator = f[L], f[2 + L]
    doc.h(g(f"Отчет о возможных воздействиях. {name}", f"{name}. Ықтимал әсерлер туралы есеп", ""))
    doc.h(g("6.1. Краткая характеристика источников выбросов", "6.1. Шығарынды көздерінің қысқаша сипаттамасы", ""))
    doc.p(g(f"{operator} выпускает рубероид, наплавляемые битумно-полимерные мембраны и мастики. Ниже по каждому источнику приведены "
            "выбрасываемые вещества с кодом, классом опасности, максимальным разовым (г/с) и валовым (т/год) выбросом.",
            f"{operator} рубероид, балқытылатын битум-полимерлі мембраналар және мастикалар шығарады. Төменде әрбір көз бойынша шығарылатын "
            "заттар коды, қауіптілік сыныбы, ең жоғары бір реттік (г/с) және жалпы (т/жыл) шығарындысымен келтірілген.", ""))
    rows = [g(["№ ИЗА", "Наименование источника", "Высота, м", "Выбрасываемые вещества: код, наименование (класс опасности) – г/с; т/год"],
              ["ЛШК №", "Көздің атауы", "Биіктігі, м", "Шығарылатын заттар: коды, атауы (қауіптілік сыныбы) – г/с; т/жыл"], [])]
    total = 0.0
    for numbers, s_ru, s_kk, height, codes in ROOF_SOURCES:
        lines = []
        for c, ((glo, ghi), (tlo, thi)) in codes.items():
            gs, ty = _sig(r.uniform(glo, ghi), 3), _sig(r.uniform(tlo, thi), 3)
            lines.append(f"{c} {_air(doc, c)} {_class_said(doc, c)} – {num(gs, doc.lang)} г/с; {num(ty, doc.lang)} {g('т/год', 'т/жыл', '')}")
            for n in numbers:
                doc.add("emissions", emission(c, gs, ty, n, _hazard(c)))
                total += ty
        label = (s_ru, s_kk)[L]
        if len(numbers) > 1:
            label += g(" (выбросы указаны на каждый источник)", " (шығарындылар әрбір көзге көрсетілген)", "")
        rows.append([", ".join(numbers), label, str(height), "\n".join(lines)])
    doc.table(g("Таблица 6.1 – Источники выбросов и выбрасываемые вещества", "6.1-кесте – Шығарынды көздері және шығарылатын заттар", ""),
              rows, role="emissions")
    doc.add("sources", *({"number": n, "type": _kind(n)} for s in ROOF_SOURCES for n in s[0]))
    doc.p(g(f"Всего по заводу (с учетом двух одинаковых источников 0005 и 0006): {num(round(total, 4), doc.lang)} т/год.",
            f"Зауыт бойынша барлығы (0005 және 0006 бірдей екі көзді ескере отырып): {num(round(total, 4), doc.lang)} т/жыл.", ""))
    maybe_distractor(doc)


# (source, {code: ((low, high) g/s, (low, high) t/year)})
VN_SHEET_SOURCES = (
    ("Ống khói lò dầu tải nhiệt đốt viên nén sinh khối (KT-01, cao 20 m)",
     {"2902": ((0.05, 0.2), (1.0, 4.5)), "0330": ((0.01, 0.05), (0.2, 1.0)), "0301": ((0.08, 0.25), (1.5, 5.5)), "0337": ((0.05, 0.3), (1.0, 6.0))}),
    ("Ống thải bể tẩm bitum sau tháp hấp phụ than hoạt tính (KT-02, cao 15 m)", {"0333": ((0.0005, 0.002), (0.01, 0.04))}),
    ("Ống thải hệ thống lọc bụi túi khu nghiền bột giấy, xeo tấm (KT-03, cao 12 m)", {"2902": ((0.03, 0.12), (0.5, 2.5))}),
    ("Ống thải buồng phun sơn phủ màu (KT-04, cao 12 m)", {"0621": ((0.01, 0.04), (0.15, 0.7)), "0616": ((0.008, 0.03), (0.1, 0.5)),
                                                             "2902": ((0.005, 0.02), (0.05, 0.3))}),
    ("Máy phát điện dự phòng 400 kVA", {"2902": ((0.01, 0.03), (0.005, 0.02)), "0330": ((0.005, 0.02), (0.002, 0.01)),
                                        "0301": ((0.1, 0.3), (0.05, 0.15)), "0337": ((0.03, 0.1), (0.01, 0.05))}),
)  # fmt: skip


def _emissions_jh2_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, *_ = doc.pick(VN_SHEETS)
    doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – {plant.upper()}")
    doc.h("2.2. Nguồn phát sinh khí thải và tải lượng")
    doc.p(f"{company} sản xuất tấm lợp sóng từ bột giấy tẩm bitum và phủ sơn. Tải lượng của từng nguồn được tính từ kết quả quan trắc định "
          "kỳ và thời gian vận hành thực tế năm 2025.")
    rows = [["TT", "Nguồn thải", "Thông số ô nhiễm – tải lượng g/s (tấn/năm)"]]
    for k, (src, codes) in enumerate(VN_SHEET_SOURCES, 1):
        lines = []
        for c, ((glo, ghi), (tlo, thi)) in codes.items():
            gs, ty = _sig(r.uniform(glo, ghi), 3), _sig(r.uniform(tlo, thi), 3)
            lines.append(f"{VI_AIR[c]}: {num(gs, 'vi')} g/s ({num(ty, 'vi')} tấn/năm)")
            doc.add("emissions", emission(c, gs, ty))
        rows.append([str(k), src, "\n".join(lines)])
    doc.table("Bảng 2.3. Tổng hợp nguồn thải và tải lượng khí thải", rows, role="emissions")
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

# (code, RU, KK, RU place, KK place, (low, high) t a year)
BIT_CONSTANT = (
    ("05 01 17", "Отходы битума (сливы и проливы при наливе, остатки в стояках)", "Битум қалдықтары (құю кезіндегі ағындар мен төгілулер, тіректердегі қалдықтар)",
     "эстакада налива, пункт налива", "құю эстакадасы, құю пункті", (15, 60)),
    ("17 05 03*", "Грунт, загрязненный битумом и нефтепродуктами", "Битуммен және мұнай өнімдерімен ластанған топырақ",
     "ликвидация проливов", "төгілулерді жою", (2, 8)),
    ("15 02 02*", "Промасленная ветошь", "Майланған шүберек", "ремонт насосов и арматуры", "сорғылар мен арматураны жөндеу", (0.3, 1.2)),
    ("13 02 05*", "Отработанные масла насосов и редукторов", "Сорғылар мен редукторлардың пайдаланылған майлары", "насосная, механическая мастерская",
     "сорғы станциясы, механикалық шеберхана", (0.4, 1.5)),
    ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", "освещение", "жарықтандыру", (0.01, 0.04)),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", "административно-бытовой корпус", "әкімшілік-тұрмыстық ғимарат", (3, 8)),
)  # fmt: skip
# (code, RU, KK, RU place, KK place, (low, high) t one time, cleanings a year, RU said, KK said)
BIT_PERIODIC = (
    ("05 01 03*", "Шлам зачистки резервуаров гудрона и битума", "Гудрон және битум резервуарларын тазалау шламы", "резервуарный парк РВС-1 – РВС-6",
     "РВС-1 – РВС-6 резервуар паркі", (18, 40), 1 / 3, "1 раз в 3 года", "3 жылда 1 рет"),
    ("05 01 17", "Коксовые отложения при чистке окислительных колонн", "Тотықтыру колонналарын тазалау кезіндегі кокс шөгінділері",
     "колонны К-1, К-2", "К-1, К-2 колонналары", (4, 9), 1 / 2, "1 раз в 2 года", "2 жылда 1 рет"),
    ("16 11 04", "Отработанная футеровка печи дожига", "Кейін жағу пешінің пайдаланылған футеровкасы", "печь дожига ПД-1", "ПД-1 кейін жағу пеші",
     (6, 14), 1 / 5, "1 раз в 5 лет", "5 жылда 1 рет"),
    ("13 05 02*", "Осадок нефтеловушки ливневых стоков", "Нөсер ағындары мұнай ұстағышының тұнбасы", "очистные сооружения ливневых стоков",
     "нөсер ағындарын тазарту құрылыстары", (0.8, 2.5), 2, "2 раза в год", "жылына 2 рет"),
    ("17 06 04", "Отходы минераловатной теплоизоляции трубопроводов", "Құбырлардың минералды мақта жылу оқшаулағышының қалдықтары",
     "ремонт обогреваемых трубопроводов", "жылытылатын құбырларды жөндеу", (1.5, 4), 1 / 2, "1 раз в 2 года", "2 жылда 1 рет"),
)  # fmt: skip


def wastes_jh1(doc: Doc) -> None:
    """The waste section of a bitumen plant's programme of waste management, one table under two section rows — wastes
    formed constantly, and wastes formed at the cleaning of tanks and oxidation columns and at repairs — with the place of
    formation, the quantity of one cleaning (replacement) and how often (`1 раз в 3 года`, `1 раз в 5 лет`, `2 раза в год`)
    before the average a year, which alone is the amount, `–` and `постоянно` in those columns for the constant wastes; the
    same code for two wastes (VI: the Hải Phòng plant's annual report, its hazardous wastes in kilograms for the first and
    the second half-year with the year in the last column before the receiver, then its ordinary wastes in tonnes)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_jh1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p = doc.pick(BITUMEN)
    name, operator = p[L], p[2 + L]
    doc.h(g(f"Программа управления отходами на 2026–2035 годы. {operator}", f"{operator}. 2026–2035 жылдарға арналған қалдықтарды басқару бағдарламасы", ""))
    doc.h(g(f"2. Сведения об образовании отходов. {name}", f"2. Қалдықтардың түзілуі туралы мәліметтер. {name}", ""))
    doc.p(g("Для отходов, образующихся при периодических работах, в качестве норматива принято среднегодовое количество: количество за одну "
            "зачистку (замену), умноженное на число зачисток в год.",
            "Мерзімдік жұмыстар кезінде түзілетін қалдықтар үшін норматив ретінде орташа жылдық мөлшер қабылданды: бір тазалаудағы "
            "(ауыстырудағы) мөлшер жылына тазалаулар санына көбейтілген.", ""))
    rows = [g(["№", "Наименование отхода", "Код", "Место образования", "Количество за одну зачистку (замену), т", "Периодичность",
               "Среднегодовое количество, т/год"],
              ["№", "Қалдықтың атауы", "Коды", "Түзілу орны", "Бір тазалаудағы (ауыстырудағы) мөлшер, т", "Кезеңділігі", "Орташа жылдық мөлшер, т/жыл"], [])]
    merges = []
    _span(rows, merges, g("А. Отходы, образующиеся постоянно", "А. Тұрақты түзілетін қалдықтар", ""), 7)
    n = 0
    for code, n_ru, n_kk, p_ru, p_kk, (lo, hi) in BIT_CONSTANT:
        n += 1
        t = round(r.uniform(lo, hi), 3 if hi < 1 else 2)
        wname = (n_ru, n_kk)[L]
        rows.append([str(n), wname, code, (p_ru, p_kk)[L], "–", g("постоянно", "тұрақты", ""), num(t, doc.lang)])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t, "name_contains": _words(wname, 3)})
    _span(rows, merges, g("Б. Отходы, образующиеся периодически (зачистка оборудования, ремонты)",
                          "Б. Мерзімдік түзілетін қалдықтар (жабдықты тазалау, жөндеулер)", ""), 7)
    for code, n_ru, n_kk, p_ru, p_kk, (lo, hi), per_year, s_ru, s_kk in BIT_PERIODIC:
        n += 1
        once = round(r.uniform(lo, hi), 1)
        t = round(once * per_year, 3)
        wname = (n_ru, n_kk)[L]
        rows.append([str(n), wname, code, (p_ru, p_kk)[L], num(once, doc.lang), (s_ru, s_kk)[L], num(t, doc.lang)])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t, "name_contains": _words(wname, 3)})
    doc.table(g("Таблица 2.1 – Виды и количество образующихся отходов", "2.1-кесте – Түзілетін қалдықтардың түрлері мен мөлшері", ""),
              rows, merges, role="wastes")
    doc.p(g("Шлам зачистки резервуаров и осадок нефтеловушки передаются специализированной организации для термической обработки; отходы "
            "битума накапливаются в металлических поддонах и передаются по договору на асфальтобетонный завод.",
            "Резервуарларды тазалау шламы мен мұнай ұстағыш тұнбасы термиялық өңдеу үшін мамандандырылған ұйымға беріледі; битум "
            "қалдықтары металл табандарда жинақталып, шарт бойынша асфальтбетон зауытына беріледі.", ""))
    maybe_distractor(doc)


VN_HP_CTNH = (("18 02 01", None, (120, 420)), ("17 02 03", None, (150, 600)), ("18 01 02", " (phuy đựng chất nhũ hóa)", (300, 1200)),
              ("18 01 03", " (can đựng axit HCl)", (80, 300)), ("16 01 06", None, (5, 25)),
              ("12 06 05", None, (400, 1800)))
VN_HP_ORDINARY = (("Bao bì giấy, bao jumbo đựng polime SBS", (2, 6)), ("Pallet gỗ hư hỏng", (3, 9)),
                  ("Nhựa đường đông cứng thải từ vệ sinh đường ống, họng xuất", (4, 15)), ("Phế liệu kim loại", (1, 4)))
RECEIVERS = ("Công ty Cổ phần Môi trường Hải Phòng Xanh", "Công ty TNHH Xử lý chất thải Đông Bắc")


def _ctnh_name(code: str) -> str:
    if code == "12 06 05":
        return "Bùn thải có các thành phần nguy hại từ quá trình xử lý nước thải công nghiệp"
    return next(n for c, n, _ in vocab.VN_CTNH if c == code)


def _wastes_jh1_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, *_ = VN_HP
    doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – {company.upper()}")
    doc.p(f"Cơ sở: {plant}. Phần 3. Kết quả quản lý chất thải rắn, chất thải nguy hại.")
    rows = [["TT", "Tên chất thải", "Mã CTNH", "Khối lượng phát sinh (kg)", None, None, "Tổ chức tiếp nhận, xử lý"],
            [None, None, None, "6 tháng đầu năm", "6 tháng cuối năm", "Cả năm 2025", None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 5), (0, 6, 1, 6)]
    for k, (code, tail, (lo, hi)) in enumerate(VN_HP_CTNH, 1):
        base = _ctnh_name(code)
        h1, h2 = float(r.randint(lo, hi)), float(r.randint(lo, hi))
        rows.append([str(k), base + (tail or ""), code, num(h1, "vi"), num(h2, "vi"), num(h1 + h2, "vi"), RECEIVERS[k % 2]])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": (h1 + h2) / 1000,
                           "name_contains": _words(base, 4)})
    doc.table("Bảng 3.1. Chất thải nguy hại phát sinh năm 2025", rows, merges, role="wastes")
    rows = [["TT", "Tên chất thải", "Khối lượng (tấn/năm)", "Biện pháp xử lý"]]
    for k, (wname, (lo, hi)) in enumerate(VN_HP_ORDINARY, 1):
        t = round(r.uniform(lo, hi), 2)
        rows.append([str(k), wname, num(t, "vi"), "Bán phế liệu" if "kim loại" in wname or "Bao bì" in wname else "Chuyển giao đơn vị thu gom"])
        doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": _words(wname, 4)})
    doc.table("Bảng 3.2. Chất thải rắn công nghiệp thông thường", rows, role="wastes")
    maybe_distractor(doc)


# (RU material, KK material, (low, high) t consumed, loss %, RU waste, KK waste, code)
MEMBRANE_LOSSES = (
    ("Битум нефтяной БНД 100/130", "БНД 100/130 мұнай битумы", (12_000, 22_000), 0.35, "Отходы битумно-полимерного вяжущего (сливы, брак при пуске линий)",
     "Битум-полимерлі тұтқырғыш қалдықтары (ағындар, желілерді іске қосу кезіндегі ақау)", "05 01 17"),
    ("Полимер СБС (стирол-бутадиен-стирол)", "СБС полимері (стирол-бутадиен-стирол)", (600, 1200), 0.2, "Просыпи полимера СБС", "СБС полимерінің шашылуы", "07 02 13"),
    ("Стеклохолст и стеклоткань", "Шыны кенеп және шыны мата", (1500, 2600), 1.5, "Обрезь стеклохолста и стеклоткани", "Шыны кенеп пен шыны мата кесінділері",
     "10 11 03"),
    ("Полиэфирная основа", "Полиэфир негіз", (900, 1600), 1.2, "Обрезь полиэфирной основы", "Полиэфир негіз кесінділері", "04 02 22"),
    ("Полиэтиленовая пленка", "Полиэтилен пленка", (250, 450), 2.5, "Обрезь и брак полиэтиленовой пленки", "Полиэтилен пленканың кесінділері мен ақауы",
     "07 02 13"),
    ("Посыпка (сланец, песок)", "Себу материалы (тақтатас, құм)", (2500, 4000), 0.8, "Просыпи посыпки", "Себу материалының шашылуы", "01 04 09"),
    ("Наполнитель (известняковая мука)", "Толтырғыш (әктас ұны)", (2000, 3500), 0.3, "Просыпи минерального наполнителя", "Минералды толтырғыштың шашылуы",
     "01 04 10"),
    ("Уайт-спирит (для мастик)", "Уайт-спирит (мастикалар үшін)", (80, 160), 0.5, "Отходы мастики на растворителе", "Еріткіштегі мастика қалдықтары",
     "08 04 09*"),
)  # fmt: skip
# (code, RU, KK, (low, high) t)
MEMBRANE_OTHER = (
    ("15 02 02*", "Промасленная ветошь", "Майланған шүберек", (0.2, 0.9)),
    ("15 01 01", "Бумажные мешки из-под наполнителя", "Толтырғыштан босаған қағаз қаптар", (3, 9)),
    ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", (0.01, 0.05)),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", (6, 15)),
)  # fmt: skip


def wastes_jh2(doc: Doc) -> None:
    """A membrane factory's calculation of its production wastes from the norms of technological losses: per raw
    material its consumption planned for 2026 in tonnes and the loss in per cent, then the waste it gives, its code and the
    tonnes a year — the amount — the same code for two wastes, solvent-borne mastic wastes hazardous; then, under a
    section row, the wastes that come from no raw material with dashes in the consumption and loss columns (VI: a
    waterproofing membrane factory's `tỷ lệ hao hụt`, ordinary wastes with no code, then its CTNH in kilograms a year)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_jh2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    f = doc.pick(ROOFING[0::2])
    name, operator = f[L], f[2 + L]
    doc.h(g(f"Обоснование объемов образования отходов. {name}", f"{name}. Қалдықтардың түзілу көлемдерінің негіздемесі", ""))
    doc.p(g(f"Количество отходов производства {operator} определено по нормативам технологических потерь сырья, утвержденным "
            "технологическим регламентом производства наплавляемых мембран и мастик (потери в % от массы израсходованного сырья).",
            f"{operator} өндіріс қалдықтарының мөлшері балқытылатын мембраналар мен мастикалар өндірісінің технологиялық регламентімен "
            "бекітілген шикізаттың технологиялық шығындары нормативтері бойынша анықталды (жұмсалған шикізат массасынан % шығын).", ""))
    rows = [g(["№", "Сырье (материал)", "Расход на 2026 г., т", "Норматив потерь, %", "Наименование отхода", "Код отхода", "Количество отхода, т/год"],
              ["№", "Шикізат (материал)", "2026 ж. шығыны, т", "Шығын нормативі, %", "Қалдықтың атауы", "Қалдық коды", "Қалдық мөлшері, т/жыл"], [])]
    merges = []
    n = 0
    for m_ru, m_kk, (lo, hi), pct, w_ru, w_kk, code in MEMBRANE_LOSSES:
        n += 1
        used = float(round(r.uniform(lo, hi), -1))
        t = round(used * pct / 100, 3)
        wname = (w_ru, w_kk)[L]
        rows.append([str(n), (m_ru, m_kk)[L], num(used, doc.lang), num(pct, doc.lang), wname, code, num(t, doc.lang)])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t, "name_contains": _words(wname, 3)})
    _span(rows, merges, g("Прочие отходы (по удельным нормам и фактическим данным 2025 г.)",
                          "Басқа қалдықтар (меншікті нормалар және 2025 ж. нақты деректер бойынша)", ""), 7)
    for code, n_ru, n_kk, (lo, hi) in MEMBRANE_OTHER:
        n += 1
        t = round(r.uniform(lo, hi), 3 if hi < 1 else 2)
        wname = (n_ru, n_kk)[L]
        rows.append([str(n), "–", "–", "–", wname, code, num(t, doc.lang)])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t, "name_contains": _words(wname, 3)})
    doc.table(g("Таблица 4.2 – Расчет образования отходов", "4.2-кесте – Қалдықтардың түзілуін есептеу", ""), rows, merges, role="wastes")
    maybe_distractor(doc)


VN_MEMBRANE_LOSSES = (
    ("Bitum 60/70", (9_000, 15_000), 0.4, "Bitum thải, phế phẩm khi khởi động dây chuyền"),
    ("Lưới sợi thủy tinh, vải polyester gia cường", (1_200, 2_200), 1.5, "Biên cắt lưới sợi thủy tinh, vải polyester"),
    ("Màng PE phủ bề mặt", (200, 380), 2.5, "Màng PE thải, biên cắt"),
    ("Cát phủ bề mặt", (1_500, 2_800), 0.8, "Cát rơi vãi"),
    ("Lõi giấy cuộn, bao bì đóng gói", (150, 300), 3.0, "Lõi giấy, bao bì carton hỏng"),
)
VN_MEMBRANE_CTNH = (("18 02 01", "Rắn", (80, 300)), ("17 02 03", "Lỏng", (100, 450)), ("18 01 02", "Rắn", (150, 700)), ("16 01 06", "Rắn", (5, 20)))


def _wastes_jh2_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, *_ = VN_MEMBRANE
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG CỦA CƠ SỞ “{plant.upper()}”")
    doc.h("3.3. Công trình lưu giữ, xử lý chất thải rắn")
    doc.p(f"Chủ cơ sở: {company}. Khối lượng chất thải rắn công nghiệp thông thường được tính theo tỷ lệ hao hụt nguyên liệu của dây chuyền "
          "sản xuất màng chống thấm khò nóng và màng tự dính.")
    rows = [["TT", "Nguyên liệu", "Khối lượng sử dụng (tấn/năm)", "Tỷ lệ hao hụt (%)", "Chất thải phát sinh", "Khối lượng chất thải (tấn/năm)"]]
    for k, (mat, (lo, hi), pct, wname) in enumerate(VN_MEMBRANE_LOSSES, 1):
        used = float(round(r.uniform(lo, hi), -1))
        t = round(used * pct / 100, 2)
        rows.append([str(k), mat, num(used, "vi"), num(pct, "vi"), wname, num(t, "vi")])
        doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": _words(wname, 4)})
    doc.table("Bảng 3.6. Khối lượng chất thải rắn công nghiệp thông thường", rows, role="wastes")
    rows = [["TT", "Tên chất thải", "Trạng thái tồn tại", "Mã CTNH", "Khối lượng (kg/năm)"]]
    for k, (code, state, (lo, hi)) in enumerate(VN_MEMBRANE_CTNH, 1):
        base = _ctnh_name(code)
        kg = float(r.randint(lo, hi))
        rows.append([str(k), base, state, code, num(kg, "vi")])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000, "name_contains": _words(base, 4)})
    doc.table("Bảng 3.7. Chất thải nguy hại phát sinh", rows, role="wastes")
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

# (number, RU, KK, O2 %, {code: norm mg/Nm3})
STACK_NORMS = (
    ("0001", "дымовая труба печи дожига ПД-1", "ПД-1 кейін жағу пешінің түтін мұржасы", 3,
     {"0337": 300, "0301": 250, "0330": 500, "0333": 5, "2754": 50}),
    ("0002", "дымовая труба трубчатой печи П-1", "П-1 құбырлы пешінің түтін мұржасы", 3, {"0337": 150, "0301": 200, "0330": 100}),
)


def limits_jh1(doc: Doc) -> None:
    """A protocol of a bitumen plant's stack measurements over 2025: a row spanning the table per source (`ИЗА 0001 –
    дымовая труба печи дожига ПД-1, приведено к 3 % O2`), the substances under it as rows with their code and the КЭР's
    norm in a column, and the four quarters as columns under a merged `Фактическая концентрация` headed by their dates; the
    tube furnace under repair in one quarter, a cell merged down over its substances, hydrogen sulphide below the range
    written `< 1,0` (VI: a membrane factory's heater stack and the vent of its bitumen mixers after activated carbon,
    four rounds as columns, the Cmax of QCVN 19:2009/BTNMT column B with Kp = Kv = 1 in the last column, `KPH`)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_jh1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p = doc.pick(BITUMEN)
    name, operator = p[L], p[2 + L]
    repair = r.randrange(4)
    dates = [f"{r.randint(5, 25):02d}.{m:02d}.2025" for m in (2, 5, 8, 11)]
    doc.h(g(f"Протокол инструментальных замеров на источниках выбросов за 2025 год № {r.randint(10, 99)}/ИЛ. {operator}",
            f"{operator}. 2025 жылғы шығарынды көздеріндегі аспаптық өлшеулер хаттамасы № {r.randint(10, 99)}/СЗ", ""))
    doc.p(g(f"Объект: {name}. Замеры выполнены испытательной лабораторией по договору один раз в квартал; концентрации приведены к "
            "нормальным условиям (273 К, 101,3 кПа, сухой газ) и содержанию кислорода 3 %.",
            f"Объект: {name}. Өлшеулерді сынақ зертханасы шарт бойынша тоқсанына бір рет орындады; концентрациялар қалыпты жағдайларға "
            "(273 К, 101,3 кПа, құрғақ газ) және оттегінің 3 % құрамына келтірілген.", ""))
    quarters = g(("I кв.", "II кв.", "III кв.", "IV кв."), ("I тоқс.", "II тоқс.", "III тоқс.", "IV тоқс."), ())
    rows = [[g("Загрязняющее вещество", "Ластаушы зат", ""), g("Код", "Коды", ""), g("Норматив КЭР, мг/Нм³", "КЭР нормативі, мг/Нм³", ""),
             g("Фактическая концентрация, мг/Нм³", "Нақты концентрация, мг/Нм³", ""), None, None, None],
            [None, None, None, *(f"{q} ({d})" for q, d in zip(quarters, dates, strict=True))]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 6)]
    below = False
    for number, s_ru, s_kk, o2, norms in STACK_NORMS:
        _span(rows, merges, g(f"ИЗА {number} – {s_ru} (приведено к {o2} % O2)", f"ЛШК {number} – {s_kk} ({o2} % O2-ге келтірілген)", ""), 7)
        start = len(rows)
        for c, norm in norms.items():
            line = [_air(doc, c), c, num(norm, doc.lang)]
            for q in range(4):
                if number == "0002" and q == repair:
                    line.append(g("печь в ремонте, замер не проводился", "пеш жөндеуде, өлшеу жүргізілмеді", "") if c == next(iter(norms)) else None)
                    continue
                if c == "0333" and r.random() < 0.35:
                    below = True
                    line.append("< 1,0")
                    add(doc, {k: v for k, v in limit(("code", c), "flue_gas", norm, "mg/Nm3", None, number).items() if k != "value"})
                    continue
                v = _sig(norm * r.uniform(0.2, 0.9), 3)
                line.append(num(v, doc.lang))
                add(doc, limit(("code", c), "flue_gas", norm, "mg/Nm3", None, number, v))
            rows.append(line)
        if number == "0002":
            merges.append((start, 3 + repair, len(rows) - 1, 3 + repair))
    doc.table(g("Таблица 1 – Результаты замеров концентраций загрязняющих веществ", "1-кесте – Ластаушы заттар концентрацияларын өлшеу нәтижелері", ""),
              rows, merges, role="limits")
    doc.add("sources", {"number": "0001", "type": "organized"}, {"number": "0002", "type": "organized"})
    note = g("Превышений нормативов КЭР не выявлено.", "КЭР нормативтерінен асу анықталған жоқ.", "")
    if below:
        note = g("«< 1,0» – ниже нижней границы диапазона измерений. ", "«< 1,0» – өлшеу ауқымының төменгі шегінен төмен. ", "") + note
    doc.p(note)
    maybe_distractor(doc)


QCVN19_B = {"2902": ("Bụi tổng", 200), "0330": ("SO2", 500), "0301": ("NOx (tính theo NO2)", 850), "0337": ("CO", 1000), "0333": ("H2S", 7.5)}
VN_STACKS = (("KT1", "Ống khói lò gia nhiệt dầu tải nhiệt", ("2902", "0330", "0301", "0337")),
             ("KT2", "Ống thoát khí bồn trộn bitum sau tháp hấp phụ than hoạt tính", ("2902", "0333")))


def _limits_jh1_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, *_ = VN_MEMBRANE
    days = [f"{r.randint(5, 25):02d}/{m:02d}/2025" for m in (3, 6, 9, 12)]
    doc.h(f"KẾT QUẢ QUAN TRẮC KHÍ THẢI ĐỊNH KỲ NĂM 2025 – {plant.upper()}")
    doc.p(f"Chủ cơ sở: {company}. Quy chuẩn so sánh: QCVN 19:2009/BTNMT cột B; Cmax = C × Kp × Kv với Kp = 1 (lưu lượng dưới 20.000 m³/h), "
          "Kv = 1 (khu công nghiệp).")
    rows = [["Vị trí", "Thông số", "Đơn vị", *(f"Đợt {k} ({d})" for k, d in enumerate(days, 1)), "QCVN 19:2009/BTNMT cột B (Cmax)"]]
    merges = []
    kph = False
    for pid, place, codes in VN_STACKS:
        start = len(rows)
        for j, c in enumerate(codes):
            label, lim = QCVN19_B[c]
            line = [f"{pid} – {place}" if j == 0 else None, label, "mg/Nm³"]
            for _ in days:
                if c == "0333" and r.random() < 0.4:
                    kph = True
                    line.append("KPH")
                    add(doc, {k: v for k, v in limit(("code", c), "flue_gas", lim, "mg/Nm3", "B", pid).items() if k != "value"})
                    continue
                v = _sig(lim * r.uniform(0.05, 0.6), 3)
                line.append(num(v, "vi"))
                add(doc, limit(("code", c), "flue_gas", lim, "mg/Nm3", "B", pid, v))
            rows.append([*line, num(lim, "vi")])
        merges.append((start, 0, len(rows) - 1, 0))
    doc.table("Bảng 2. Kết quả phân tích mẫu khí thải", rows, merges, role="limits")
    if kph:
        doc.p("Ghi chú: KPH – không phát hiện (nhỏ hơn giới hạn phát hiện của phương pháp).")
    maybe_distractor(doc)


# code: ПДК м.р., mg/m3, and (low, high) share of it
SZZ = {"0333": (0.008, (0.2, 0.9)), "2754": (1, (0.05, 0.4)), "0337": (5, (0.1, 0.5)), "0301": (0.2, (0.1, 0.6)), "2908": (0.3, (0.15, 0.7))}
SIDES = (("Т-1", "север", "солтүстік"), ("Т-2", "восток", "шығыс"), ("Т-3", "юг", "оңтүстік"), ("Т-4", "запад", "батыс"))


def limits_jh2(doc: Doc) -> None:
    """The air at a roofing factory's protection-zone boundary: the substances as rows with their code and ПДК м.р. in
    columns, then the four points `Т-1` … `Т-4` as column groups, each of the concentration in mg/m³ and its fraction of the
    ПДК, so that every second number is no concentration; hydrogen sulphide above the ПДК at the point downwind told only
    by its fraction over 1 and a sentence (VI: the Hải Phòng plant's ambient air, the points `KK1` … `KK3` as column groups
    over two rounds, the limits of QCVN 05:2023/BTNMT and QCVN 06:2009/BTNMT in µg/m³ in the last column)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_jh2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    f = doc.pick(ROOFING)
    name, operator = f[L], f[2 + L]
    doc.h(g(f"Результаты мониторинга атмосферного воздуха на границе СЗЗ за III квартал 2025 года. {name}",
            f"{name}. 2025 жылғы III тоқсандағы СҚА шекарасындағы атмосфералық ауа мониторингінің нәтижелері", ""))
    doc.p(g(f"Заказчик: {operator}. Размер санитарно-защитной зоны – 500 м. Отбор проб выполнен {r.randint(3, 27):02d}.08.2025 при работе "
            "линий рубероида и мембран на полную мощность; ветер северный, 2–3 м/с.",
            f"Тапсырыс беруші: {operator}. Санитариялық-қорғау аймағының өлшемі – 500 м. Сынамалар 2025 жылғы {r.randint(3, 27):02d} тамызда "
            "рубероид және мембрана желілері толық қуатпен жұмыс істеген кезде алынды; жел солтүстіктен, 2–3 м/с.", ""))
    head0 = [g("Загрязняющее вещество", "Ластаушы зат", ""), g("Код", "Коды", ""), g("ПДК м.р., мг/м³", "ШРК м.б., мг/м³", "")]
    head1 = [None, None, None]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2)]
    for k, (pid, s_ru, s_kk) in enumerate(SIDES):
        head0 += [g(f"{pid} ({s_ru}, 500 м)", f"{pid} ({s_kk}, 500 м)", ""), None]
        head1 += [g("C, мг/м³", "C, мг/м³", ""), g("C/ПДК", "C/ШРК", "")]
        merges.append((0, 3 + 2 * k, 0, 4 + 2 * k))
    rows = [head0, head1]
    over = None
    for c, (pdk, (lo, hi)) in SZZ.items():
        line = [_air(doc, c), c, num(pdk, doc.lang)]
        for pid, _, _ in SIDES:
            share = r.uniform(1.05, 1.3) if c == "0333" and pid == "Т-3" else r.uniform(lo, hi)
            v = _sig(pdk * share, 2)
            if v > pdk:
                over = pid
            line += [num(v, doc.lang), num(round(v / pdk, 2), doc.lang)]
            add(doc, limit(("code", c), "air", pdk, "mg/m3", None, pid, v))
        rows.append(line)
    doc.table(g("Таблица 3 – Концентрации загрязняющих веществ на границе СЗЗ", "3-кесте – СҚА шекарасындағы ластаушы заттардың концентрациялары", ""),
              rows, merges, role="limits")
    if over:
        doc.p(g(f"В точке {over} (подветренная сторона) зафиксировано превышение ПДК м.р. по сероводороду; причина – слив битума из цистерн "
                "в период отбора проб.",
                f"{over} нүктесінде (желдің ық жағы) күкіртсутек бойынша ШРК м.б. асуы тіркелді; себебі – сынама алу кезеңінде битумды "
                "цистерналардан ағызу.", ""))
    else:
        doc.p(g("Превышений ПДК м.р. не зафиксировано.", "ШРК м.б. асуы тіркелген жоқ.", ""))
    maybe_distractor(doc)


# code: (label, limit µg/m3, standard, (low, high) share)
VN_AMBIENT = {"2902": ("Bụi TSP", 300, "QCVN 05:2023/BTNMT", (0.2, 0.7)), "0330": ("SO2", 350, "QCVN 05:2023/BTNMT", (0.05, 0.3)),
              "0301": ("NO2", 200, "QCVN 05:2023/BTNMT", (0.1, 0.5)), "0337": ("CO", 30000, "QCVN 05:2023/BTNMT", (0.05, 0.25)),
              "0333": ("H2S", 42, "QCVN 06:2009/BTNMT", (0.1, 0.6))}
VN_AMB_POINTS = (("KK1", "Cổng nhà máy"), ("KK2", "Khu bồn chứa nhựa đường"), ("KK3", "Khu dân cư phường Đông Hải, cách 800 m"))


def _limits_jh2_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, *_ = VN_HP
    doc.h(f"KẾT QUẢ QUAN TRẮC MÔI TRƯỜNG KHÔNG KHÍ XUNG QUANH NĂM 2025 – {plant.upper()}")
    doc.p(f"Đơn vị yêu cầu: {company}. Đợt 1 lấy mẫu ngày {r.randint(3, 27):02d}/05/2025, đợt 2 ngày {r.randint(3, 27):02d}/11/2025; "
          "mẫu trung bình 1 giờ.")
    head0, head1 = ["Thông số", "Đơn vị"], [None, None]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1)]
    for k, (pid, place) in enumerate(VN_AMB_POINTS):
        head0 += [f"{pid} – {place}", None]
        head1 += ["Đợt 1", "Đợt 2"]
        merges.append((0, 2 + 2 * k, 0, 3 + 2 * k))
    head0.append("Giới hạn cho phép (trung bình 1 giờ)")
    head1.append(None)
    merges.append((0, 8, 1, 8))
    rows = [head0, head1]
    for c, (label, lim, std, (lo, hi)) in VN_AMBIENT.items():
        line = [label, "µg/m³"]
        for pid, _ in VN_AMB_POINTS:
            for _ in range(2):
                v = float(round(lim * r.uniform(lo, hi)))
                line.append(num(v, "vi"))
                add(doc, limit(("code", c), "air", lim, "µg/m3", None, pid, v))
        rows.append([*line, f"{num(lim, 'vi')} ({std})"])
    doc.table("Bảng 3. Kết quả quan trắc không khí xung quanh", rows, merges, role="limits")
    doc.p("Nhận xét: tất cả các thông số quan trắc đều nằm trong giới hạn cho phép của quy chuẩn.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring

# (numbers, RU, KK, codes, method, frequency)
BIT_PEK = (
    (("0001",), "Дымовая труба печи дожига ПД-1", "ПД-1 кейін жағу пешінің түтін мұржасы", ("0337", "0301", "0330", "0333"), "instr", "quarterly"),
    (("0001",), "Дымовая труба печи дожига ПД-1", "ПД-1 кейін жағу пешінің түтін мұржасы", ("0703",), "instr", "yearly"),
    (("0002",), "Дымовая труба печи П-1 нагрева гудрона", "Гудронды қыздыратын П-1 пешінің түтін мұржасы", ("0337", "0301"), "instr", "quarterly"),
    (tuple(f"{n:04d}" for n in range(3, 9)), "Дыхательные клапаны резервуаров РВС-1 – РВС-6", "РВС-1 – РВС-6 резервуарларының тыныс алу клапандары",
     ("0333", "2754"), "calc", "quarterly"),
    (("0009",), "Вытяжная труба эстакады налива в ж/д бункеры", "Т/ж бункерлерге құю эстакадасының сору құбыры", ("0333", "2754"), "instr", "semiannual"),
    (("6001",), "Пункт налива в автобитумовозы", "Автобитумтасығыштарға құю пункті", ("0333", "2754"), "calc", "quarterly"),
)  # fmt: skip
METHOD = {"instr": ("инструментальный", "аспаптық"), "calc": ("расчетный (по объему налива)", "есептік (құю көлемі бойынша)")}


def _names(doc: Doc, codes) -> str:
    return ", ".join(_air(doc, c) for c in codes)


def monitoring_jh1(doc: Doc) -> None:
    """A bitumen plant's ПЭК programme, its table of emission monitoring: the breathing valves of six tanks as one row
    whose number cell is the range `0003–0008`, so that each of the six carries the duty; the afterburner's stack on two
    rows, the gases quarterly and benzo(a)pyrene once a year; calculated control at the truck loading point beside the
    instrumental one, the four boundary points in one cell, monthly in the warm season (VI: the Hải Phòng plant's GPMT
    programme whose rows on waste water and on automatic monitoring say, across the row, that the plant is not required to
    monitor them — the waste water goes to the park's central plant — two stacks twice a year, the flow beside the
    parameters, two ambient points in one cell quarterly)."""
    if doc.lang == "vi":
        _monitoring_jh1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p = doc.pick(BITUMEN)
    name, operator = p[L], p[2 + L]
    doc.h(g(f"Программа производственного экологического контроля на 2026–2028 годы. {operator}",
            f"{operator}. 2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.h(g(f"4.2. Мониторинг эмиссий в атмосферный воздух. {name}", f"4.2. Атмосфералық ауаға эмиссиялар мониторингі. {name}", ""))
    doc.p(g("Резервуары РВС-1 – РВС-6 однотипны и работают в одинаковом режиме, поэтому их дыхательные клапаны (ИЗА 0003–0008) приведены в "
            "программе одной строкой; контроль выполняется по каждому источнику.",
            "РВС-1 – РВС-6 резервуарлары бір типті және бірдей режимде жұмыс істейді, сондықтан олардың тыныс алу клапандары (ЛШК 0003–0008) "
            "бағдарламада бір жолмен келтірілген; бақылау әрбір көз бойынша орындалады.", ""))
    lab = g("аккредитованная лаборатория (по договору)", "аккредиттелген зертхана (шарт бойынша)", "")
    eco = g("инженер-эколог", "инженер-эколог", "")
    rows = [g(["№", "№ ИЗА, точки", "Источник, место контроля", "Контролируемые вещества", "Метод контроля", "Периодичность", "Исполнитель"],
              ["№", "ЛШК, нүкте №", "Көз, бақылау орны", "Бақыланатын заттар", "Бақылау әдісі", "Кезеңділігі", "Орындаушы"], [])]
    pairs: list[tuple[str, str]] = []
    numbers: list[str] = []
    for k, (nums, s_ru, s_kk, codes, method, word) in enumerate(BIT_PEK, 1):
        cell = nums[0] if len(nums) == 1 else f"{nums[0]}–{nums[-1]}"
        rows.append([str(k), cell, (s_ru, s_kk)[L], _names(doc, codes), METHOD[method][L], freq(doc, word), lab if method == "instr" else eco])
        for n in nums:
            for c in codes:
                doc.add("monitoring", {"source_number": n, "code": c, "frequency": word})
                pairs.append((n, c))
            if n not in numbers:
                numbers.append(n)
    points = ("Т-1", "Т-2", "Т-3", "Т-4")
    codes = ("0333", "2754", "0337", "0301")
    rows.append([str(len(BIT_PEK) + 1), ", ".join(points), g("граница СЗЗ (север, восток, юг, запад)", "СҚА шекарасы (солтүстік, шығыс, оңтүстік, батыс)", ""),
                 _names(doc, codes), METHOD["instr"][L], g("ежемесячно в теплый период (май – сентябрь)", "жылы кезеңде ай сайын (мамыр – қыркүйек)", ""), lab])
    for pt in points:
        for c in codes:
            doc.add("monitoring", {"point": pt, "code": c, "frequency": "monthly"})
    doc.table(g("Таблица 4.2 – План-график мониторинга эмиссий", "4.2-кесте – Эмиссиялар мониторингінің жоспар-кестесі", ""), rows, role="monitoring")
    doc.add("sources", *({"number": n, "type": _kind(n)} for n in numbers))
    doc.add("emissions", *(emission(c, None, None, n) for n, c in dict.fromkeys(pairs)))
    maybe_distractor(doc)


def _monitoring_jh1_vi(doc: Doc) -> None:
    plant, company, *_ = VN_HP
    doc.h(f"PHỤ LỤC 4. CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG CỦA CƠ SỞ “{plant.upper()}”")
    doc.p(f"(Kèm theo Giấy phép môi trường cấp cho {company})")
    rows = [["TT", "Nội dung quan trắc", "Vị trí", "Thông số", "Tần suất", "Quy chuẩn so sánh"]]
    merges = []

    def exempt(k, what, text):
        rows.append([str(k), what, text, None, None, None])
        merges.append((len(rows) - 1, 2, len(rows) - 1, 5))

    exempt(1, "Quan trắc nước thải định kỳ", "Không thuộc đối tượng phải quan trắc: nước thải của cơ sở được đấu nối về Nhà máy xử lý nước thải "
           "tập trung KCN Đình Vũ theo hợp đồng với chủ đầu tư hạ tầng.")
    stacks = (("KT1 – Ống khói lò gia nhiệt dầu tải nhiệt", ("2902", "0330", "0301", "0337")),
              ("KT2 – Ống thoát khí cụm bồn chứa nhựa đường sau tháp hấp phụ than hoạt tính", ("0333",)))
    start = len(rows)
    for j, (place, codes) in enumerate(stacks):
        rows.append(["2" if j == 0 else None, "Quan trắc khí thải định kỳ" if j == 0 else None, place,
                     "Lưu lượng, " + ", ".join(VI_AIR[c] for c in codes), freq(doc, "semiannual"), "QCVN 19:2009/BTNMT cột B, Kp = 1, Kv = 1"])
        for c in codes:
            doc.add("monitoring", {"point": place.split(" ")[0], "code": c, "frequency": "semiannual"})
    merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    exempt(3, "Quan trắc khí thải tự động, liên tục", "Không thuộc đối tượng phải thực hiện (lưu lượng khí thải nhỏ hơn ngưỡng quy định tại Phụ lục "
           "XXIX Nghị định số 08/2022/NĐ-CP).")
    rows.append(["4", "Giám sát không khí xung quanh (theo cam kết với Ủy ban nhân dân phường Đông Hải)",
                 "KK1 – cổng nhà máy; KK2 – khu dân cư cách nhà máy 800 m về phía Tây", "Bụi TSP, H2S", freq(doc, "quarterly"),
                 "QCVN 05:2023/BTNMT; QCVN 06:2009/BTNMT"])
    for pt in ("KK1", "KK2"):
        for c in ("2902", "0333"):
            doc.add("monitoring", {"point": pt, "code": c, "frequency": "quarterly"})
    doc.table("Bảng PL4.1. Chương trình quan trắc môi trường", rows, merges, role="monitoring")
    doc.p("Chất thải rắn, chất thải nguy hại được giám sát theo quy định về quản lý chất thải, không thuộc chương trình quan trắc định kỳ.")
    maybe_distractor(doc)


# (points, RU, KK, [(kind, key)], quarters sampled)
MEMBRANE_PLAN = (
    (("0001",), "Дымовая труба печи нагрева масла-теплоносителя", "Жылу тасығыш майды қыздыру пешінің түтін мұржасы",
     [("code", "0301"), ("code", "0337")], (0, 1, 2, 3)),
    (("0002",), "Вытяжная труба узла приготовления вяжущего", "Тұтқырғышты дайындау торабының сору құбыры", [("code", "2754"), ("code", "0333")],
     (0, 1, 2, 3)),
    (("0004",), "Аспирация узла посыпки (после циклона)", "Себу торабының аспирациясы (циклоннан кейін)", [("code", "2909")], (1, 3)),
    (("0005",), "Вытяжная труба ванн линии мембран № 1", "№ 1 мембрана желісі ванналарының сору құбыры", [("code", "2754"), ("code", "0333")], (1, 3)),
    (("0006",), "Вытяжная труба ванн линии мембран № 2", "№ 2 мембрана желісі ванналарының сору құбыры", [("code", "2754"), ("code", "0333")], (1, 3)),
    (("0007",), "Вытяжка участка мастик", "Мастика учаскесінің сорғышы", [("code", "2752"), ("code", "0616")], (2,)),
    (("КК-1",), "Колодец выпуска в городскую канализацию", "Қалалық кәрізге шығару құдығы",
     [("symbol", "pH"), ("symbol", "TSS"), ("symbol", "TPH"), ("symbol", "COD")], (0, 1, 2, 3)),
    (("Т-1", "Т-2", "Т-3", "Т-4"), "Граница СЗЗ", "СҚА шекарасы", [("code", "0333"), ("code", "2754"), ("code", "2908")], (1, 2)),
)  # fmt: skip
WORD = {4: "quarterly", 2: "semiannual", 1: "yearly"}


def _param(doc: Doc, kind: str, key: str) -> str:
    return _air(doc, key) if kind == "code" else vocab.water(key, doc.lang)


def monitoring_jh2(doc: Doc) -> None:
    """A membrane factory's plan-graph of sampling for 2026: the object (a source, the sewer well, the boundary points
    in one cell) and its parameters, then the four quarters as columns holding the planned date of sampling or `—`, so
    that how often is told only by how many quarters carry a date — four a quarterly duty, two a half-yearly one, one a
    yearly one — the laboratory last (VI: a roofing sheet maker's plan for 2026, the quarters marked `x`)."""
    r = doc.rng
    if doc.lang == "vi":
        _monitoring_jh2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    f = doc.pick(ROOFING[0::2])
    name, operator = f[L], f[2 + L]
    doc.h(g(f"План-график отбора проб на 2026 год. {name}", f"{name}. 2026 жылға арналған сынама алу жоспар-кестесі", ""))
    doc.p(g(f"Утвержден главным инженером {operator}. Отбор проб выполняет аккредитованная лаборатория в указанные даты (± 5 рабочих дней); "
            "«—» – отбор в квартале не предусмотрен.",
            f"{operator} бас инженері бекітті. Сынамаларды аккредиттелген зертхана көрсетілген күндері (± 5 жұмыс күні) алады; «—» – тоқсанда "
            "сынама алу көзделмеген.", ""))
    rows = [g(["№", "Объект контроля", "Контролируемые показатели", "Дата отбора проб", None, None, None, "Лаборатория"],
              ["№", "Бақылау объектісі", "Бақыланатын көрсеткіштер", "Сынама алу күні", None, None, None, "Зертхана"], []),
            [None, None, None, *g(["I кв.", "II кв.", "III кв.", "IV кв."], ["I тоқс.", "II тоқс.", "III тоқс.", "IV тоқс."], []), None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 6), (0, 7, 1, 7)]
    lab = g("ТОО «ЭкоАналитика», аттестат KZ.T.03.0876", "«ЭкоАналитика» ЖШС, KZ.T.03.0876 аттестаты", "")
    pairs, numbers = [], []
    for k, (points, o_ru, o_kk, params, quarters) in enumerate(MEMBRANE_PLAN, 1):
        label = (o_ru, o_kk)[L]
        obj = f"{g('ИЗА', 'ЛШК', '')} {points[0]} – {label}" if points[0][0].isdigit() else f"{', '.join(points)} – {label}"
        dates = [f"{r.randint(10, 25):02d}.{3 * q + r.randint(1, 3):02d}" if q in quarters else "—" for q in range(4)]
        rows.append([str(k), obj, ", ".join(_param(doc, kind, key) for kind, key in params), *dates, lab])
        word = WORD[len(quarters)]
        for pt in points:
            for kind, key in params:
                where = "source_number" if pt[0].isdigit() else "point"
                doc.add("monitoring", {where: pt, kind: key, "frequency": word})
                if pt[0].isdigit():
                    pairs.append((pt, key))
            if pt[0].isdigit():
                numbers.append(pt)
    doc.table(g("Таблица 1 – План-график", "1-кесте – Жоспар-кесте", ""), rows, merges, role="monitoring")
    doc.add("sources", *({"number": n, "type": "organized"} for n in numbers))
    doc.add("emissions", *(emission(c, None, None, n) for n, c in pairs))
    maybe_distractor(doc)


VN_SHEET_PLAN = (
    ("KT-01 – Ống khói lò dầu tải nhiệt", [("code", "2902"), ("code", "0330"), ("code", "0301"), ("code", "0337")], (0, 1, 2, 3)),
    ("KT-02 – Ống thải bể tẩm bitum", [("code", "0333")], (1, 3)),
    ("KT-04 – Ống thải buồng phun sơn", [("code", "0621"), ("code", "0616")], (1, 3)),
    ("NT1 – Hố ga nước thải sau hệ thống xử lý", [("symbol", "pH"), ("symbol", "TSS"), ("symbol", "COD"), ("symbol", "TPH")], (0, 1, 2, 3)),
    ("KK1 – Khu vực xưởng tẩm bitum", [("code", "2902"), ("code", "0333")], (2,)),
)


def _monitoring_jh2_vi(doc: Doc) -> None:
    plant, company, *_ = doc.pick(VN_SHEETS)
    doc.h(f"KẾ HOẠCH QUAN TRẮC MÔI TRƯỜNG NĂM 2026 – {plant.upper()}")
    doc.p(f"{company} ký hợp đồng với đơn vị có chứng nhận VIMCERTS thực hiện lấy mẫu vào các quý đánh dấu “x”.")
    rows = [["TT", "Vị trí quan trắc", "Thông số", "Quý I", "Quý II", "Quý III", "Quý IV", "Ghi chú"]]
    for k, (place, params, quarters) in enumerate(VN_SHEET_PLAN, 1):
        said = ", ".join(VI_AIR[key] if kind == "code" else vocab.water(key, "vi") for kind, key in params)
        rows.append([str(k), place, said, *("x" if q in quarters else "" for q in range(4)),
                     "Nước thải đấu nối về KCN" if place.startswith("NT1") else ""])
        for kind, key in params:
            doc.add("monitoring", {"point": place.split(" ")[0], kind: key, "frequency": WORD[len(quarters)]})
    doc.table("Bảng 1. Kế hoạch lấy mẫu năm 2026", rows, role="monitoring")
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

# (RU place, KK place, RU what, KK what, RU sign, KK sign, frequency, RU said, KK said, RU who, KK who)
ROUTE = (
    ("Печь дожига ПД-1", "ПД-1 кейін жағу пеші", "температура в топке по прибору (не ниже 800 °C), отсутствие дымления", "оттықтағы температура аспап бойынша "
     "(800 °C-тан төмен емес), түтіндеудің болмауы", "темный дым из трубы, температура ниже 800 °C", "мұржадан қара түтін, температура 800 °C-тан төмен",
     None, "каждую смену", "әр ауысымда", "оператор установки", "қондырғы операторы"),
    ("Окислительные колонны К-1, К-2", "К-1, К-2 тотықтыру колонналары", "герметичность люков и фланцев, работа сепаратора газов окисления",
     "люктер мен фланецтердің саңылаусыздығы, тотығу газдары сепараторының жұмысы", "запах, подтеки битума на корпусе", "иіс, корпустағы битум ағындары",
     "daily", "ежедневно при приеме смены", "күн сайын ауысымды қабылдау кезінде", "мастер установки", "қондырғы шебері"),
    ("Резервуарный парк РВС-1 – РВС-6", "РВС-1 – РВС-6 резервуар паркі", "дыхательные клапаны, обвалование, уровень продукта",
     "тыныс алу клапандары, қоршау білігі, өнім деңгейі", "запах сероводорода у клапанов, битум в обваловании",
     "клапандар жанында күкіртсутек иісі, қоршау ішінде битум", "daily", "ежедневно", "күн сайын", "оператор товарный", "тауар операторы"),
    ("Эстакада налива в железнодорожные бункеры", "Темір жол бункерлеріне құю эстакадасы", "работа местных отсосов, поддоны под стояками",
     "жергілікті сорғыштардың жұмысы, тіректер астындағы табандар", "пролив битума на путях, переполнение поддонов",
     "жолдарға битумның төгілуі, табандардың толып кетуі", None, "при каждом наливе", "әр құю кезінде", "оператор налива", "құю операторы"),
    ("Пункт налива в автобитумовозы", "Автобитумтасығыштарға құю пункті", "закрытие люков после налива, чистота площадки",
     "құюдан кейін люктердің жабылуы, алаңның тазалығы", "открытые люки, подтеки на площадке", "ашық люктер, алаңдағы ағындар", None,
     "при каждом наливе", "әр құю кезінде", "оператор налива", "құю операторы"),
    ("Нефтеловушка ливневых стоков", "Нөсер ағындарының мұнай ұстағышы", "слой нефтепродуктов, отсутствие перелива", "мұнай өнімдері қабаты, асып төгілудің болмауы",
     "пленка нефтепродуктов на выходе", "шығуда мұнай өнімдерінің қабыршағы", "weekly", "еженедельно, по понедельникам", "апта сайын, дүйсенбі күндері",
     "инженер-эколог", "инженер-эколог"),
    ("Площадка накопления отходов", "Қалдықтарды жинақтау алаңы", "маркировка контейнеров, сроки накопления (не более 6 месяцев)",
     "контейнерлердің таңбалануы, жинақтау мерзімдері (6 айдан аспайды)", "переполнение контейнеров, отходы вне площадки",
     "контейнерлердің толып кетуі, алаңнан тыс қалдықтар", "monthly", "ежемесячно", "ай сайын", "инженер-эколог", "инженер-эколог"),
    ("Граница СЗЗ (точки Т-1 – Т-4)", "СҚА шекарасы (Т-1 – Т-4 нүктелері)", "органолептическая оценка запаха", "иісті органолептикалық бағалау",
     "устойчивый запах битума или сероводорода", "битумның немесе күкіртсутектің тұрақты иісі", "quarterly", "1 раз в квартал", "тоқсанына 1 рет",
     "инженер-эколог", "инженер-эколог"),
)  # fmt: skip
VN_ROUTE = (
    ("Lò gia nhiệt dầu tải nhiệt", "Nhiệt độ buồng đốt, màu khói tại ống khói", "Khói đen, có mùi khét", None, "Mỗi ca", "Công nhân vận hành lò"),
    ("Cụm bồn chứa nhựa đường nóng", "Van thở, mức nhựa đường, đê bao", "Mùi H2S tại van thở, nhựa đường tràn ra đê bao", "daily", "Hằng ngày",
     "Tổ trưởng kho bồn"),
    ("Tháp hấp phụ than hoạt tính", "Chênh áp, thời gian sử dụng lớp than", "Mùi nhựa đường tại miệng ống thoát khí", "weekly", "Thứ Hai hằng tuần",
     "Phòng An toàn – Môi trường"),
    ("Khu xuất hàng lên xe bồn", "Đóng nắp bồn xe sau khi xuất, vệ sinh sàn xuất", "Nhựa đường rơi vãi trên sàn", None, "Mỗi lần xuất hàng",
     "Nhân viên xuất hàng"),
    ("Hố ga, rãnh thoát nước mưa", "Váng dầu, rác chắn dòng", "Váng dầu tại hố ga cuối", "weekly", "Hằng tuần", "Phòng An toàn – Môi trường"),
    ("Kho lưu giữ chất thải nguy hại", "Nhãn, thời gian lưu giữ, sổ theo dõi", "Chất thải để ngoài kho, không có nhãn", "monthly", "01 tháng/lần",
     "Phòng An toàn – Môi trường"),
)  # fmt: skip


def inspections_jh1(doc: Doc) -> None:
    """A bitumen plant's route of its daily ecological round, the stops numbered in the order they are walked: the place,
    what is checked and, in a column of its own, the sign of a breach (`темный дым из трубы`, `запах сероводорода у
    клапанов`), then how often and who checks; checks every shift and at each loading, which are no frequency of the
    contract, beside daily, weekly, monthly and quarterly ones (VI: the Hải Phòng plant's `lộ trình tuần tra`, `Mỗi ca`,
    `Mỗi lần xuất hàng`)."""
    g = doc.v
    if doc.lang == "vi":
        plant, company, *_ = VN_HP
        doc.h(f"LỘ TRÌNH TUẦN TRA BẢO VỆ MÔI TRƯỜNG – {plant.upper()}")
        doc.p(f"Ban hành kèm theo Quyết định của Giám đốc {company}. Người tuần tra đi theo thứ tự các điểm dưới đây và ghi kết quả vào sổ tuần tra.")
        rows = [["Điểm dừng", "Vị trí", "Nội dung kiểm tra", "Dấu hiệu vi phạm", "Tần suất", "Người thực hiện"]]
        for k, (place, what, sign, word, said, who) in enumerate(VN_ROUTE, 1):
            rows.append([f"Điểm {k}", place, what, sign, said, who])
            item = {"kind": "inspection", "text_contains": _words(place, 3), "actor_contains": who}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
        doc.table("Bảng 1. Lộ trình và nội dung tuần tra", rows, role="inspections")
        maybe_distractor(doc)
        return
    L = _L(doc)
    p = doc.pick(BITUMEN)
    name, operator = p[L], p[2 + L]
    doc.h(g(f"Маршрут экологического обхода. {name}", f"{name}. Экологиялық аралау маршруты", ""))
    doc.p(g(f"Утвержден приказом директора {operator}. Обход выполняется по порядку остановок; нарушения записываются в журнал обхода с "
            "указанием времени и принятых мер и сообщаются инженеру-экологу.",
            f"{operator} директорының бұйрығымен бекітілген. Аралау аялдамалардың реті бойынша орындалады; бұзушылықтар уақыты мен "
            "қабылданған шаралар көрсетіліп аралау журналына жазылады және инженер-экологқа хабарланады.", ""))
    rows = [g(["Остановка", "Место на маршруте", "Что проверяется", "Признак нарушения", "Периодичность", "Кто проверяет"],
              ["Аялдама", "Маршруттағы орын", "Не тексеріледі", "Бұзушылық белгісі", "Кезеңділігі", "Кім тексереді"], [])]
    for k, c in enumerate(ROUTE, 1):
        place, what, sign, word, said, who = c[L], c[2 + L], c[4 + L], c[6], c[7 + L], c[9 + L]
        rows.append([str(k), place, what, sign, said, who])
        item = {"kind": "inspection", "text_contains": _words(place, 3), "actor_contains": who}
        if word:
            item["frequency"] = word
        doc.add("obligations", item)
    doc.table(g("Таблица 1 – Остановки маршрута", "1-кесте – Маршрут аялдамалары", ""), rows, role="inspections")
    doc.p(g("Обход начинается от операторной и заканчивается у площадки накопления отходов; точки на границе СЗЗ обходятся в первый рабочий "
            "день квартала.",
            "Аралау операторлық бөлмеден басталып, қалдықтарды жинақтау алаңында аяқталады; СҚА шекарасындағы нүктелер тоқсанның бірінші "
            "жұмыс күні аралап шығылады.", ""))


# (RU object, KK object, RU what, KK what, frequency, RU said, KK said, RU who, KK who)
CONTRACTORS = (
    ("Вывоз твердых бытовых отходов – ТОО «Қала Тазалық Сервис» (договор № 45/26)", "Қатты тұрмыстық қалдықтарды шығару – «Қала Тазалық Сервис» ЖШС "
     "(№ 45/26 шарт)", "соблюдение графика вывоза, состояние контейнеров, талоны полигона", "шығару кестесінің сақталуы, контейнерлердің жай-күйі, "
     "полигон талондары", "weekly", "еженедельно", "апта сайын", "начальник АХО", "ӘШБ бастығы"),
    ("Прием опасных отходов (ветошь, лампы, тара из-под растворителя) – ТОО «ЭкоРесайклинг Орталық» (договор № 12-ОО)",
     "Қауіпті қалдықтарды қабылдау (шүберек, шамдар, еріткіш ыдысы) – «ЭкоРесайклинг Орталық» ЖШС (№ 12-ҚҚ шарт)",
     "наличие лицензии, паспорта отходов, акты приема-передачи", "лицензияның, қалдықтар паспорттарының, қабылдау-тапсыру актілерінің болуы", "quarterly",
     "1 раз в квартал", "тоқсанына 1 рет", "инженер-эколог", "инженер-эколог"),
    ("Откачка выгреба ассенизационной машиной – ИП «Сарсенов» (договор № 7)", "Ассенизациялық машинамен шұңқырды сорып шығару – «Сәрсенов» ЖК (№ 7 шарт)",
     "объем по акту, отсутствие проливов на территории", "акт бойынша көлем, аумақта төгілулердің болмауы", None, "при каждом вывозе",
     "әр шығару кезінде", "начальник АХО", "ӘШБ бастығы"),
    ("Доставка битума автобитумовозами – ТОО «ЖолТранс Логистик» (договор № 3-Т)", "Битумды автобитумтасығыштармен жеткізу – «ЖолТранс Логистик» ЖШС "
     "(№ 3-Т шарт)", "исправность цистерн, отсутствие подтеков при сливе", "цистерналардың жарамдылығы, ағызу кезінде ағындардың болмауы", "monthly",
     "ежемесячно (выборочно)", "ай сайын (іріктеп)", "начальник склада сырья", "шикізат қоймасының бастығы"),
    ("Вывоз лома черных металлов – ТОО «Казвтормет» (договор № 19-М)", "Қара металл сынықтарын шығару – «Казвтормет» ЖШС (№ 19-М шарт)",
     "документы на прием лома, взвешивание", "сынықтарды қабылдау құжаттары, өлшеу", "semiannual", "1 раз в полугодие", "жарты жылда 1 рет",
     "главный механик", "бас механик"),
    ("Лабораторные услуги – аккредитованная испытательная лаборатория", "Зертханалық қызметтер – аккредиттелген сынақ зертханасы",
     "срок аттестата аккредитации, поверка средств измерений", "аккредиттеу аттестатының мерзімі, өлшеу құралдарын тексеру", "yearly",
     "1 раз в год (январь)", "жылына 1 рет (қаңтар)", "инженер-эколог", "инженер-эколог"),
)  # fmt: skip
VN_CONTRACTORS = (
    ("Thu gom, vận chuyển chất thải sinh hoạt – Công ty Cổ phần Môi trường Nhơn Trạch (HĐ số 15/2026)", "Lịch thu gom, tình trạng thùng chứa",
     "weekly", "Hằng tuần", "Bộ phận Hành chính"),
    ("Thu gom, xử lý chất thải nguy hại – Công ty TNHH Môi trường Tân Thành Phát (HĐ số 08/2026/CTNH)", "Giấy phép môi trường của đơn vị xử lý, "
     "chứng từ chất thải nguy hại", "quarterly", "03 tháng/lần", "Phòng An toàn – Môi trường"),
    ("Hút bùn bể tự hoại – Hộ kinh doanh Minh Tâm", "Khối lượng bùn theo biên bản, không rơi vãi", None, "Mỗi lần hút bùn", "Bộ phận Hành chính"),
    ("Vận chuyển bitum bằng xe bồn – Công ty TNHH Vận tải Đông Nam", "Tình trạng xe bồn, không rò rỉ khi xả hàng", "monthly", "Hằng tháng",
     "Thủ kho nguyên liệu"),
    ("Quan trắc môi trường định kỳ – đơn vị có chứng nhận VIMCERTS", "Thời hạn chứng nhận VIMCERTS, hiệu chuẩn thiết bị", "yearly", "1 lần/năm",
     "Phòng An toàn – Môi trường"),
)  # fmt: skip


def inspections_jh2(doc: Doc) -> None:
    """A membrane factory's schedule of checking its contractors in the field of environmental protection: the object a
    service and the contractor who renders it with its contract in one cell (`Вывоз твердых бытовых отходов – ТОО «…»
    (договор № 45/26)`), what is checked, how often and who checks; a check at each removal by the sewage truck without a
    frequency of the contract, an approval sheet of no role after it (VI: `kế hoạch kiểm tra, giám sát nhà thầu`, `Mỗi lần
    hút bùn`)."""
    g = doc.v
    if doc.lang == "vi":
        plant, company, *_ = VN_MEMBRANE
        doc.h(f"KẾ HOẠCH KIỂM TRA, GIÁM SÁT NHÀ THẦU VỀ BẢO VỆ MÔI TRƯỜNG NĂM 2026 – {company.upper()}")
        doc.p(f"Áp dụng tại {plant}. Kết quả kiểm tra được lập biên bản và là căn cứ nghiệm thu, thanh toán hợp đồng.")
        rows = [["TT", "Dịch vụ – nhà thầu", "Nội dung kiểm tra", "Tần suất", "Người kiểm tra"]]
        for k, (obj, what, word, said, who) in enumerate(VN_CONTRACTORS, 1):
            rows.append([str(k), obj, what, said, who])
            item = {"kind": "inspection", "text_contains": _words(obj, 4), "actor_contains": who}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
        doc.table("Bảng 1. Kế hoạch kiểm tra nhà thầu", rows, role="inspections")
        distractor(doc, "approval")
        return
    L = _L(doc)
    f = doc.pick(ROOFING[0::2])
    name, operator = f[L], f[2 + L]
    doc.h(g(f"График проверок подрядных организаций в области охраны окружающей среды на 2026 год. {name}",
            f"{name}. Қоршаған ортаны қорғау саласындағы мердігер ұйымдарды тексерудің 2026 жылға арналған кестесі", ""))
    doc.p(g(f"Проверки проводятся работниками {operator}, ответственными за исполнение договоров; результаты оформляются актом и "
            "учитываются при приемке оказанных услуг.",
            f"Тексерулерді {operator} шарттардың орындалуына жауапты қызметкерлері жүргізеді; нәтижелер актімен ресімделеді және "
            "көрсетілген қызметтерді қабылдау кезінде ескеріледі.", ""))
    rows = [g(["№", "Услуга – подрядная организация", "Предмет проверки", "Периодичность", "Проверяющий"],
              ["№", "Қызмет – мердігер ұйым", "Тексеру нысанасы", "Кезеңділігі", "Тексеруші"], [])]
    for k, c in enumerate(CONTRACTORS, 1):
        obj, what, word, said, who = c[L], c[2 + L], c[4], c[5 + L], c[7 + L]
        rows.append([str(k), obj, what, said, who])
        item = {"kind": "inspection", "text_contains": _words(obj, 3), "actor_contains": who}
        if word:
            item["frequency"] = word
        doc.add("obligations", item)
    doc.table(g("Таблица 1 – График проверок", "1-кесте – Тексерулер кестесі", ""), rows, role="inspections")
    distractor(doc, "approval")


# ---------------------------------------------------------------- tasks

# (RU, KK, tonnes of H2S a year cut or None, RU term, KK term, RU who, KK who, RU state, KK state)
ODOUR_PLAN = (
    ("Установить систему улавливания паров на дыхательных клапанах резервуаров РВС-1 – РВС-6 с отводом в печь дожига",
     "РВС-1 – РВС-6 резервуарларының тыныс алу клапандарына буларды ұстау жүйесін кейін жағу пешіне бұра отырып орнату", 0.12,
     "до 30.06.2026", "2026 жылғы 30.06 дейін", "Начальник битумной установки", "Битум қондырғысының бастығы",
     "в работе (проект согласован)", "орындалуда (жоба келісілді)"),
    ("Перевести налив в автобитумовозы на герметичный налив с отсосом паров", "Автобитумтасығыштарға құюды буларды сора отырып герметикалық құюға көшіру",
     0.05, "III квартал 2026 г.", "2026 жылғы III тоқсан", "Главный механик", "Бас механик", "—", "—"),
    ("Повысить температуру в топке печи дожига до 850 °C и установить ее непрерывную регистрацию", "Кейін жағу пешінің оттығындағы температураны 850 °C-қа "
     "дейін көтеру және оны үздіксіз тіркеуді орнату", 0.03, "до 01.04.2026", "2026 жылғы 01.04 дейін", "Начальник цеха КИПиА", "БӨАжА цехының бастығы",
     "выполнено", "орындалды"),
    ("Заменить уплотнения люков окислительных колонн К-1, К-2", "К-1, К-2 тотықтыру колонналары люктерінің тығыздағыштарын ауыстыру", None, "май 2026 г.",
     "2026 жылғы мамыр", "Главный механик", "Бас механик", "—", "—"),
    ("Организовать замеры сероводорода переносным газоанализатором у жилой застройки в периоды НМУ",
     "ҚМЖ кезеңдерінде тұрғын үйлер жанында тасымалы газталдағышпен күкіртсутекті өлшеуді ұйымдастыру", None, "с 01.03.2026, постоянно",
     "2026 жылғы 01.03 бастап, тұрақты", "Инженер-эколог", "Инженер-эколог", "в работе", "орындалуда"),
    ("Разработать регламент сокращения выбросов в периоды неблагоприятных метеоусловий",
     "Қолайсыз метеорологиялық жағдайлар кезеңдерінде шығарындыларды қысқарту регламентін әзірлеу", None, "до 01.03.2026", "2026 жылғы 01.03 дейін",
     "Главный инженер", "Бас инженер", "выполнено", "орындалды"),
    ("Проводить встречи с жителями и размещать сведения о ходе работ на сайте предприятия",
     "Тұрғындармен кездесулер өткізу және жұмыстардың барысы туралы мәліметтерді кәсіпорын сайтында орналастыру", None, "ежеквартально",
     "тоқсан сайын", "Заместитель директора по общим вопросам", "Директордың жалпы мәселелер жөніндегі орынбасары", "—", "—"),
)  # fmt: skip
VN_ODOUR = (
    ("Lắp đặt hệ thống thu hồi hơi tại van thở cụm bồn chứa nhựa đường, dẫn về tháp hấp phụ", "Không còn mùi tại hàng rào phía Tây",
     "Trước 30/6/2026", "Phòng Kỹ thuật", "Đang thực hiện"),
    ("Thay lớp than hoạt tính của tháp hấp phụ và lập sổ theo dõi thời gian sử dụng", "Than được thay định kỳ 03 tháng/lần", "Tháng 02/2026",
     "Phòng An toàn – Môi trường", "Đã hoàn thành"),
    ("Lắp đặt mái che và màn chắn tại khu xuất hàng lên xe bồn", "Hạn chế phát tán hơi khi xuất hàng", "Quý III/2026", "Xưởng Cơ điện", "Chưa thực hiện"),
    ("Trồng bổ sung dải cây xanh cách ly dọc hàng rào giáp khu dân cư", "Dải cây xanh rộng 10 m", "Tháng 4–5/2026", "Phòng Hành chính – Nhân sự",
     "Chưa thực hiện"),
    ("Thuê đơn vị có chứng nhận VIMCERTS đo H2S tại khu dân cư khi có phản ánh", "Có kết quả đo trong 48 giờ kể từ khi có phản ánh",
     "Thường xuyên", "Phòng An toàn – Môi trường", "Đang thực hiện"),
    ("Báo cáo kết quả khắc phục về Sở Nông nghiệp và Môi trường thành phố Hải Phòng", "Báo cáo bằng văn bản", "Trước 15/7/2026", "Ban Giám đốc",
     "Chưa thực hiện"),
)  # fmt: skip


def tasks_jh1(doc: Doc) -> None:
    """A bitumen plant's plan of measures against the smell of hydrogen sulphide drawn up after residents' complaints and
    the Department's unscheduled inspection: items `1` … `7`, the expected cut of hydrogen sulphide in tonnes a year beside
    each measure (`–` for those with no figure), the term, the one responsible and a column of the state of completion at
    the plan's date (`выполнено`, `в работе`), the done ones staying items of the plan (VI: a plan of remedying after the
    Department's inspection on residents' complaints of the Hải Phòng plant's smell, the result to reach, the term, the
    unit in charge and the state)."""
    r = doc.rng
    g = doc.v
    if doc.lang == "vi":
        plant, company, *_ = VN_HP
        doc.h(f"KẾ HOẠCH KHẮC PHỤC CÁC TỒN TẠI VỀ MÙI – {company.upper()}")
        doc.p(f"Thực hiện Kết luận kiểm tra số {r.randint(100, 900)}/KL-SNNMT ngày {r.randint(5, 28):02d}/01/2026 của Sở Nông nghiệp "
              f"và Môi trường thành phố Hải Phòng về việc giải quyết phản ánh của người dân phường Đông Hải đối với mùi phát sinh từ {plant}.")
        rows = [["TT", "Nội dung khắc phục", "Kết quả cần đạt", "Thời hạn hoàn thành", "Bộ phận chủ trì", "Tình trạng"]]
        for k, (text, result, term, who, state) in enumerate(VN_ODOUR, 1):
            rows.append([str(k), text, result, term, who, state])
            doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text, 5), "actor_contains": who})
        doc.table("Bảng 1. Nội dung và tiến độ khắc phục", rows, role="tasks")
        maybe_distractor(doc)
        return
    L = _L(doc)
    p = doc.pick(BITUMEN)
    name, operator, city = p[L], p[2 + L], p[14 + L]
    doc.h(g(f"План мероприятий по снижению неприятного запаха на 2026 год. {operator}",
            f"{operator}. Жағымсыз иісті азайту жөніндегі 2026 жылға арналған іс-шаралар жоспары", ""))
    doc.p(g(f"Разработан по результатам внеплановой проверки, проведенной {r.randint(1, 28):02d}.{r.randint(10, 12):02d}.2025 по обращениям жителей "
            f"жилого массива у северной границы СЗЗ ({city}). Объект: {name}. Состояние выполнения указано на {r.randint(1, 28):02d}.03.2026.",
            f"{city} СҚА солтүстік шекарасындағы тұрғын алап тұрғындарының өтініштері бойынша 2025 жылғы {r.randint(1, 28)} "
            f"{doc.pick(('қазанда', 'қарашада', 'желтоқсанда'))} жүргізілген жоспардан тыс тексеру нәтижелері бойынша әзірленді. Объект: {name}. "
            f"Орындалу жай-күйі 2026 жылғы {r.randint(1, 28)} наурыздағы жағдай бойынша көрсетілген.", ""))
    rows = [g(["№ п/п", "Наименование мероприятия", "Ожидаемое снижение выбросов сероводорода, т/год", "Срок исполнения", "Ответственный",
               "Отметка о выполнении"],
              ["Р/с №", "Іс-шараның атауы", "Күкіртсутек шығарындыларының күтілетін азаюы, т/жыл", "Орындау мерзімі", "Жауапты", "Орындалуы туралы белгі"], [])]
    for k, (t_ru, t_kk, cut, term_ru, term_kk, who_ru, who_kk, st_ru, st_kk) in enumerate(ODOUR_PLAN, 1):
        text, who = (t_ru, t_kk)[L], (who_ru, who_kk)[L]
        rows.append([str(k), text, num(cut, doc.lang) if cut else "–", (term_ru, term_kk)[L], who, (st_ru, st_kk)[L]])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text, 4), "actor_contains": who})
    doc.table(None, rows, role="tasks")
    doc.p(g("Суммарное ожидаемое снижение выбросов сероводорода – 0,2 т/год. Информация о выполнении направляется в департамент экологии "
            "ежеквартально.",
            "Күкіртсутек шығарындыларының жиынтық күтілетін азаюы – жылына 0,2 т. Орындалуы туралы ақпарат экология департаментіне тоқсан сайын "
            "жіберіледі.", ""))
    maybe_distractor(doc)


# ((RU objective, KK objective), [(RU action, KK action, RU who, KK who, RU term, KK term, thousand tenge)])
OBJECTIVES = (
    (("Снизить валовой выброс алканов С12-19 на 20 % к уровню 2025 года (показатель: т/год по отчету ПЭК)",
      "Алкандар С12-19 жалпы шығарындысын 2025 жылғы деңгейге қарағанда 20 %-ға азайту (көрсеткіш: ӨЭБ есебі бойынша т/жыл)"), [
        ("Установить блок термического дожига паров на вытяжке ванн линий мембран № 1 и № 2", "№ 1 және № 2 мембрана желілері ванналарының сорғышына "
         "буларды термиялық кейін жағу блогын орнату", "Главный инженер", "Бас инженер", "IV кв. 2026", "2026 ж. IV тоқс.", 84_000),
        ("Оборудовать битумоплавильные котлы участка мастик крышками с местными отсосами", "Мастика учаскесінің битум балқытатын қазандарын жергілікті "
         "сорғыштары бар қақпақтармен жабдықтау", "Начальник участка мастик", "Мастика учаскесінің бастығы", "II кв. 2026", "2026 ж. II тоқс.", 6_500)]),
    (("Сократить количество отходов, направляемых на полигон, на 30 % (показатель: т/год)",
      "Полигонға жіберілетін қалдықтар мөлшерін 30 %-ға қысқарту (көрсеткіш: т/жыл)"), [
        ("Организовать возврат обрези полиэфирной основы и стеклохолста поставщикам на переработку", "Полиэфир негіз бен шыны кенеп кесінділерін "
         "өңдеуге жеткізушілерге қайтаруды ұйымдастыру", "Начальник отдела снабжения", "Жабдықтау бөлімінің бастығы", "в течение 2026 г.",
         "2026 ж. ішінде", 0),
        ("Внедрить измельчение брака мембран с вводом в вяжущее до 3 % массы", "Мембрана ақауын ұсақтап, тұтқырғышқа массаның 3 %-ына дейін қосуды енгізу",
         "Главный технолог", "Бас технолог", "III кв. 2026", "2026 ж. III тоқс.", 12_300)]),
    (("Снизить удельный расход природного газа на 1 000 м² мембран на 10 %", "1 000 м² мембранаға табиғи газдың меншікті шығынын 10 %-ға азайту"), [
        ("Заменить горелки печи нагрева масла-теплоносителя на горелки с низким выбросом оксидов азота", "Жылу тасығыш майды қыздыру пешінің "
         "жанарғыларын азот оксидтері шығарындысы төмен жанарғыларға ауыстыру", "Главный механик", "Бас механик", "II кв. 2026", "2026 ж. II тоқс.", 18_700),
        ("Установить приборы учета газа на каждой линии", "Әрбір желіге газ есептеу аспаптарын орнату", "Главный энергетик", "Бас энергетик",
         "I кв. 2026", "2026 ж. I тоқс.", 2_900)]),
)  # fmt: skip
VN_OBJECTIVES = (
    ("Mục tiêu 1: Giảm 20% mùi và hơi bitum phát tán tại khu vực bể trộn so với năm 2025", [
        ("Lắp đặt chụp hút và đường ống thu khí tại 04 bể trộn bitum, dẫn về tháp hấp phụ", "Phòng Kỹ thuật", "Quý II/2026", "650"),
        ("Thay than hoạt tính định kỳ 03 tháng/lần và ghi sổ theo dõi", "Phòng An toàn – Môi trường", "Từ tháng 01/2026", "180")]),
    ("Mục tiêu 2: Giảm 30% khối lượng chất thải rắn công nghiệp thông thường phải chuyển giao xử lý", [
        ("Thu hồi biên cắt lưới sợi thủy tinh, vải polyester để bán cho đơn vị tái chế", "Xưởng Sản xuất", "Cả năm 2026", "0"),
        ("Nghiền phế phẩm màng chống thấm để phối trộn lại vào hỗn hợp bitum", "Phòng Công nghệ", "Quý III/2026", "420")]),
    ("Mục tiêu 3: Nâng cao nhận thức về môi trường cho 100% công nhân", [
        ("Tổ chức tập huấn phân loại chất thải và ứng phó sự cố tràn đổ bitum", "Phòng Hành chính – Nhân sự", "Tháng 4/2026", "35")]),
)  # fmt: skip


def tasks_jh2(doc: Doc) -> None:
    """A membrane factory's environmental objectives and the programme of achieving them under ISO 14001: each objective
    a row spanning the table with its indicator (`Ц1. Снизить валовой выброс …`), the actions under it numbered by
    objective `Ц1.1`, `Ц1.2` (KK `М1.1`), the one responsible, the term and the resources in thousands of tenge, an
    action with no money (VI: `mục tiêu môi trường và chương trình quản lý môi trường`, actions `MT1.1`)."""
    g = doc.v
    if doc.lang == "vi":
        plant, company, *_ = VN_MEMBRANE
        doc.h(f"MỤC TIÊU MÔI TRƯỜNG VÀ CHƯƠNG TRÌNH QUẢN LÝ MÔI TRƯỜNG NĂM 2026 – {company.upper()}")
        doc.p(f"Theo điều khoản 6.2 của ISO 14001:2015, áp dụng cho {plant}. Chương trình được Ban Giám đốc phê duyệt và xem xét lại 06 tháng/lần.")
        rows = [["Mã", "Mục tiêu / hành động", "Bộ phận chịu trách nhiệm", "Thời hạn", "Kinh phí (triệu đồng)"]]
        merges = []
        for s, (objective, actions) in enumerate(VN_OBJECTIVES, 1):
            _span(rows, merges, objective, 5)
            for k, (text, who, term, money) in enumerate(actions, 1):
                rows.append([f"MT{s}.{k}", text, who, term, money])
                doc.add("obligations", {"kind": "task", "number": f"MT{s}.{k}", "text_contains": _words(text, 5), "actor_contains": who})
        doc.table("Bảng 1. Chương trình quản lý môi trường", rows, merges, role="tasks")
        maybe_distractor(doc)
        return
    L = _L(doc)
    f = doc.pick(ROOFING[0::2])
    name, operator = f[L], f[2 + L]
    mark = g("Ц", "М", "")
    doc.h(g(f"Экологические цели и программа их достижения на 2026 год. {operator}", f"{operator}. 2026 жылға арналған экологиялық мақсаттар және "
            "оларға қол жеткізу бағдарламасы", ""))
    doc.p(g(f"Разработаны в соответствии с п. 6.2 ISO 14001:2015 для площадки «{_core(name)}» и утверждены генеральным директором. Пересмотр – "
            "при анализе со стороны руководства.",
            f"ISO 14001:2015 6.2-тармағына сәйкес «{_core(name)}» алаңы үшін әзірленген және бас директор бекіткен. Қайта қарау – басшылық тарапынан "
            "талдау кезінде.", ""))
    rows = [g(["Код", "Цель / мероприятие", "Ответственный", "Срок", "Ресурсы, тыс. тенге"], ["Коды", "Мақсат / іс-шара", "Жауапты", "Мерзімі",
                                                                                            "Ресурстар, мың теңге"], [])]
    merges = []
    for s, (objective, actions) in enumerate(OBJECTIVES, 1):
        _span(rows, merges, f"{mark}{s}. {objective[L]}", 5)
        for k, (a_ru, a_kk, w_ru, w_kk, t_ru, t_kk, money) in enumerate(actions, 1):
            text, who = (a_ru, a_kk)[L], (w_ru, w_kk)[L]
            rows.append([f"{mark}{s}.{k}", text, who, (t_ru, t_kk)[L], num(money, doc.lang) if money else g("без затрат", "шығынсыз", "")])
            doc.add("obligations", {"kind": "task", "number": f"{mark}{s}.{k}", "text_contains": _words(text, 4), "actor_contains": who})
    doc.table(g("Таблица 1 – Программа достижения экологических целей", "1-кесте – Экологиялық мақсаттарға қол жеткізу бағдарламасы", ""),
              rows, merges, role="tasks")
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"JH{k}", globals()[f"{role}_jh{k}"]) for role in ROLES for k in (1, 2)]
