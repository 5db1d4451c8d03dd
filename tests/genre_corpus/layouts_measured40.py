"""The twenty-fifth blind set's part HK (two layouts per role, `HK1` and `HK2`), written by someone who neither
ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`; held out and measured once (0.684
over 126 files when first measured after the registering commit, 2026-12-06), then moved to the tuning layouts to be
studied.

Theme: pharmaceutical, veterinary-drug and cosmetics manufacturing, vaccine plants and large analytical laboratories.
Kazakhstan: tablet and API plants in Shymkent and Pavlodar, an injectables plant at Talgar, an infusion-solution plant
in Karaganda, a veterinary biofactory at Gvardeyskiy (Kordai district) with its vivarium, autoclaves and incinerator, a
veterinary-drug plant at Otegen Batyr, a cosmetics plant at Kosshy, testing laboratories in Astana and Almaty (a GMP
site master file, a consultancy's questionnaire of initial data, НДВ materials keyed by the ventilation systems of clean
rooms, a category III laboratory's declaration worked out from its reagents, a medicine's production regulation, a
standard operating procedure on wastes, a PQ report of a waste-water inactivation station, a trend report with alert and
action levels, a plan joining GMP and ПЭК monitoring, a sampling route sheet, an operating instruction of an incinerator
and autoclaves, an ISO 14001 register of legal requirements, a change-control action plan and a task tracker's export).
Vietnam: GMP plants in the VSIP II, Long Hậu and Quang Minh parks and a chemical-pharmaceutical plant at Nhơn Trạch, a
veterinary-drug plant at Phố Nối A, veterinary vaccine plants, a cosmetics factory at Sóng Thần, testing laboratories
(hồ sơ tổng thể, phiếu thu thập thông tin, báo cáo đề xuất cấp GPMT, SOP, báo cáo thẩm định hiệu năng, báo cáo xu hướng,
kế hoạch giám sát, kế hoạch lấy mẫu, hướng dẫn vận hành lò đốt và nồi hấp, sổ đăng ký yêu cầu pháp luật, kiểm soát thay
đổi, danh sách công việc).

Facility: the first chapter of a site master file (PIC/S PE 008), sections spanning the table over numbered sub-items,
the BIN inside the licence holder's line, the KATO after the site's address, the place only as a 2GIS link whose figures
come longitude first, the pharmaceutical licence, the GMP certificate and the cleanliness classes of the premises (`A,
B, C, D` or `C, D`) before the environmental category, the clean rooms in a table of no role after it (VI: a hồ sơ tổng
thể with Google Maps figures written with a decimal point, `cấp sạch A, B, C, D` before `nhóm`) (HK1); a consultancy's
questionnaire of initial data as the plant answered it, questions beside answers in the plant's own words and the
developer's marks, the operator's BIN in one answer and, lower down, the waste contractor's and the laboratory's BINs in
others (VI: a phiếu thu thập thông tin with the CTNH collector's and the monitoring firm's tax numbers) (HK2).

Emissions: the sources of release in one table, each stack tied to a ventilation system `В-1` … `В-7` in another order,
then the emissions keyed by the ventilation system alone, so that the source's number is read through the first table,
the solvent store named by its abbreviation (VI: treatment systems `HT-01` … in a table of no role, then loads by system
in g/s and kilograms a year) (HK1); a laboratory's declaration whose emissions are worked out from the reagents bought —
reagent, the substance it gives off with its code and class, consumption, share passing to the air, hours — the fume-
hood system merged down, grams and tonnes last (VI: a testing laboratory's loads in g/s and kilograms a year) (HK2).

Wastes: a production regulation's section on wastes, stages coded `ВР-2`, `ТП-5`, `УМО-1` and decoded in a table of no
role after it, the amount on one batch in kilograms before the amount a year in tonnes, the batches a year only in the
sentence before (VI: kilograms a lot, lots a year and kilograms a year, ordinary wastes without a code in the same
table) (HK1); an SOP's annex of wastes under its document-control block, colour of marking, container and volume, place
of collection, treatment with temperatures and minutes, how often removed, and the planned tonnes a year last, the
suppliers' returnable packaging on a row with no code and no amount (VI: the colours of the Ministry of Health's rules,
kilograms a year) (HK2).

Limits: a PQ report of a waste-water inactivation station, three consecutive validation runs as columns headed by their
dates, the process tests (temperature held, biological indicator, pressure) under one section row and the discharged
water at `КК-2` under another, each criterion `≤ 500 мг/дм3` with its unit inside the cell, pH as a range, `<` below the
method's range, coliforms as `отсутствие` (VI: QCVN 40:2011/BTNMT column A multiplied by Kq and Kf, operating rows of
flow and dissolved oxygen in the aeration tank above the outlet's rows) (HK1); a trend report of a plant's two sewer
outlets, the utility's limit followed by the plant's own alert and action levels in the same unit, four quarters'
results and an arrow (VI: the industrial park's acceptance limit, `Ngưỡng cảnh báo`, `Ngưỡng hành động`, `Tăng`/`Giảm`)
(HK2).

Monitoring: one plan of the quality and environment services, the GMP monitoring of clean rooms (non-viable particles,
microorganisms, pressure differentials — continuous, every shift, daily) under a first section row with no substance of
the environment, the ПЭК points with their substances under a second, air substances as `name (code)` (VI: `Giám sát môi
trường phòng sạch` above the permit's periodic monitoring, a boiler stack among the points) (HK1); a laboratory's route
sheet of sampling, a row per bottle with the point and its frequency merged down over its bottles, preservatives written
as formulas in the bottle cell (`H2SO4 до pH < 2`, `HNO3`) beside the parameters (VI: kế hoạch lấy mẫu và bảo quản mẫu)
(HK2).

Inspections: the operating instruction of an incinerator and autoclaves, a row per unit over its checks, the `когда`
column mixing moments of the equipment's cycle (before each start, every 30 minutes of a burn, every load) with calendar
frequencies, norms of temperature and pressure that are no limits (VI: hướng dẫn vận hành, `Mỗi mẻ hấp`, `03 tháng/lần`)
(HK1); an ISO 14001 register of legal requirements, each requirement with the article or contract it comes from, the way
and frequency of evaluating compliance, who evaluates and the last result with CAPA numbers (VI: sổ đăng ký yêu cầu pháp
luật citing the Law, decrees and circulars) (HK2).

Tasks: the action plan of a change-control request replacing dichloromethane by ethyl acetate, after a table of the
change and a risk table of no role, actions numbered straight through under the three phases of the change control, the
responsible as `department – name`, terms counted from the implementation (VI: kế hoạch hành động of a yêu cầu thay đổi)
(HK1); a task tracker's export, the tracker's IDs as the numbers, the responsible beside the one who set the task and
the co-executors, deadlines with the hour, statuses (VI: `Mã CV`, `Người thực hiện` beside `Người giao việc`) (HK2).
"""

from __future__ import annotations

from . import vocab
from .common import Doc, distractor, freq, make_bin, make_msdn, maybe_distractor, num
from .limits_data import add, cell, limit
from .registry import ROLES, Layout
from .sources_data import emission, total

# ---------------------------------------------------------------- helpers


def _L(doc: Doc) -> int:
    """0 for a Russian document, 1 for a Kazakh one."""
    return 0 if doc.lang == "ru" else 1


def _sig(x: float, digits: int = 3) -> float:
    return float(f"{x:.{digits}g}")


def _words(text: str, n: int = 4) -> str:
    return " ".join(text.split()[:n])


def _lead(text: str, n: int = 3) -> str:
    """The first words of a name up to a bracket, without trailing punctuation (`Острые предметы` of `Острые предметы (иглы…`)."""
    out = []
    for w in text.split()[:n]:
        if w.startswith("("):
            break
        out.append(w)
    return " ".join(out).rstrip(",;:–-")


def _core(name: str) -> str:
    """The quoted part of a name (`Оңтүстік Фарм` of `ТОО «Оңтүстік Фарм»`)."""
    return name.split("«", 1)[1].split("»", 1)[0] if "«" in name else name


def _kato(doc: Doc, prefix: str) -> str:
    """A nine-digit KATO code starting with the district's prefix."""
    r = doc.rng
    rest = 9 - len(prefix) - 3
    return f"{prefix}{r.randint(10 ** (rest - 1), 10**rest - 1)}{r.choice(('000', '100'))}"


def _dms(value: float) -> tuple[str, float]:
    """`43°14'46,2"` as typed on a keyboard, and the decimal degrees it stands for."""
    d = int(value)
    m = int((value - d) * 60)
    s = round((value - d - m / 60) * 3600, 1)
    if s >= 60:
        m, s = m + 1, 0.0
    sec = f"{s:04.1f}".replace(".", ",")
    return f"{d}°{m:02d}'{sec}\"", d + m / 60 + s / 3600


def _span(rows: list, merges: list, text: str, width: int) -> None:
    """A row whose first cell spans the table."""
    rows.append([text] + [None] * (width - 1))
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))


def _date(doc: Doc, year: int, sep: str = ".") -> str:
    r = doc.rng
    return f"{r.randint(1, 28):02d}{sep}{r.randint(1, 12):02d}{sep}{year}"


def _permit_no(doc: Doc) -> str:
    r = doc.rng
    return f"KZ{r.randint(10, 99)}VCZ{r.randint(0, 99999999):08d}"


# code: (RU, KK, VI name, hazard class as the Kazakh list prints it)
SUBST = {
    "1061": ("Этанол (спирт этиловый)", "Этанол (этил спирті)", "Etanol", 4),
    "1051": ("Пропан-2-ол (спирт изопропиловый)", "Пропан-2-ол (изопропил спирті)", "Isopropanol (IPA)", 3),
    "1052": ("Метанол (спирт метиловый)", "Метанол (метил спирті)", "Metanol", 3),
    "1401": ("Пропан-2-он (ацетон)", "Ацетон", "Axeton", 4),
    "0869": ("Дихлорметан (метилен хлористый)", "Дихлорметан", "Diclometan (CH2Cl2)", 4),
    "0898": ("Трихлорметан (хлороформ)", "Трихлорметан (хлороформ)", "Cloroform (CHCl3)", 2),
    "1555": ("Этановая кислота (уксусная кислота)", "Сірке қышқылы", "Axit axetic", 3),
    "0316": ("Гидрохлорид (соляная кислота)", "Тұз қышқылы (хлорсутек)", "Axit clohydric", 2),
    "0302": ("Азотная кислота", "Азот қышқылы", "HNO3 (axit nitric)", 2),
    "0322": ("Серная кислота", "Күкірт қышқылы", "Axit sunfuric", 2),
    "0303": ("Аммиак", "Аммиак", "Amoniac", 4),
    "1325": ("Формальдегид", "Формальдегид", "Formaldehyt", 2),
    "0403": ("Гексан", "Гексан", "Hexan", 4),
    "2902": ("Взвешенные частицы", "Қалқыма бөлшектер", "Bụi tổng", 3),
    "0621": ("Метилбензол (толуол)", "Метилбензол (толуол)", "Toluen", 3),
    "0330": ("Сера диоксид", "Күкірт диоксиді", "SO2", 3),
    "0301": ("Азота диоксид", "Азот диоксиді", "NOx (tính theo NO2)", 2),
    "0337": ("Углерод оксид", "Көміртек оксиді", "CO", 4),
}


def _sub(doc: Doc, code: str) -> str:
    return SUBST[code][vocab.LANGS.index(doc.lang)]


# ---------------------------------------------------------------- facility

# (RU object, KK object, RU operator, KK operator, RU legal address, KK legal address, RU site, KK site, KATO prefix, 2GIS
#  city, lat, lon, RU forms, KK forms, category, RU ground, KK ground, sterile?)
KZ_SMF = (
    ("Фармацевтический завод «Оңтүстік Фарм»", "«Оңтүстік Фарм» фармацевтика зауыты", "ТОО «Оңтүстік Фарм»", "«Оңтүстік Фарм» ЖШС",
     "г. Шымкент, Абайский район, ул. Рашидова, 81", "Шымкент қ., Әбай ауданы, Рашидов к., 81",
     "г. Шымкент, Енбекшинский район, индустриальная зона «Оңтүстік», участок 27",
     "Шымкент қ., Еңбекші ауданы, «Оңтүстік» индустриялық аймағы, 27-учаске", "5110", "shymkent", 42.33, 69.64,
     "таблетки, таблетки, покрытые пленочной оболочкой, капсулы; синтез фармацевтической субстанции метформина гидрохлорида",
     "таблеткалар, үлбірлі қабықшамен қапталған таблеткалар, капсулалар; метформин гидрохлориді фармацевтикалық субстанциясының синтезі",
     "I", "раздел 1 приложения 2 к Экологическому кодексу РК, производство фармацевтических субстанций химическим синтезом",
     "ҚР Экология кодексінің 2-қосымшасының 1-бөлімі, фармацевтикалық субстанцияларды химиялық синтез арқылы өндіру", False),
    ("Завод инъекционных лекарственных средств «Алатау Фармация»", "«Алатау Фармация» инъекциялық дәрілік заттар зауыты",
     "АО «Алатау Фармация»", "«Алатау Фармация» АҚ",
     "г. Алматы, Медеуский район, пр. Достык, 132, офис 5", "Алматы қ., Медеу ауданы, Достық даңғ., 132, 5-кеңсе",
     "Алматинская область, Талгарский район, г. Талгар, ул. Промышленная, 3", "Алматы облысы, Талғар ауданы, Талғар қ., Өнеркәсіп к., 3",
     "1966", "almaty", 43.30, 77.23,
     "растворы для инъекций в ампулах и флаконах (асептическое наполнение), лиофилизаты",
     "ампулалар мен құтылардағы инъекцияға арналған ерітінділер (асептикалық толтыру), лиофилизаттар",
     "II", "раздел 2 приложения 2 к Экологическому кодексу РК, производство готовых лекарственных форм",
     "ҚР Экология кодексінің 2-қосымшасының 2-бөлімі, дайын дәрілік түрлерді өндіру", True),
    ("Завод инфузионных растворов «Сарыарқа Медикал»", "«Сарыарқа Медикал» инфузиялық ерітінділер зауыты",
     "ТОО «Сарыарқа Медикал»", "«Сарыарқа Медикал» ЖШС",
     "г. Караганда, район имени Казыбек би, ул. Ерубаева, 47", "Қарағанды қ., Қазыбек би атындағы аудан, Ерубаев к., 47",
     "г. Караганда, район Әлихан Бөкейхан, Северная промзона, участок 8",
     "Қарағанды қ., Әлихан Бөкейхан ауданы, Солтүстік өнеркәсіптік аймақ, 8-учаске", "3510", "karaganda", 49.86, 73.06,
     "инфузионные растворы в полимерных контейнерах, растворы для гемодиализа",
     "полимер контейнерлердегі инфузиялық ерітінділер, гемодиализге арналған ерітінділер",
     "II", "раздел 2 приложения 2 к Экологическому кодексу РК, производство готовых лекарственных форм",
     "ҚР Экология кодексінің 2-қосымшасының 2-бөлімі, дайын дәрілік түрлерді өндіру", True),
)  # fmt: skip
QP = (("Абенова Динара Маратовна", "Әбенова Динара Маратқызы"), ("Ли Константин Олегович", "Ли Константин Олегұлы"),
      ("Мусин Арман Серикович", "Мусин Арман Серікұлы"))
# (room, class, RU name, KK name, VI name) of a sterile and of a solid-forms plant
CLEAN_ROOMS = {
    True: (("1.21", "A/B", "Асептическое наполнение (RABS)", "Асептикалық толтыру (RABS)", "Chiết rót vô trùng (RABS)"),
           ("1.18", "B", "Шлюз персонала в зону B", "B аймағына персонал шлюзі", "Chốt gió nhân viên vào khu cấp B"),
           ("1.14", "C", "Приготовление растворов", "Ерітінділерді дайындау", "Pha chế dung dịch"),
           ("1.09", "C", "Мойка и стерилизация первичной упаковки", "Бастапқы ораманы жуу және зарарсыздандыру", "Rửa, tiệt trùng bao bì cấp 1"),
           ("1.05", "D", "Взвешивание сырья", "Шикізатты өлшеу", "Cân nguyên liệu"),
           ("1.03", "D", "Коридор чистой зоны", "Таза аймақ дәлізі", "Hành lang sạch")),
    False: (("3.04", "C", "Выделение и сушка субстанции", "Субстанцияны бөліп алу және кептіру", "Lọc, sấy nguyên liệu"),
            ("2.01", "D", "Взвешивание сырья", "Шикізатты өлшеу", "Cân nguyên liệu"),
            ("2.02", "D", "Грануляция и сушка", "Түйіршіктеу және кептіру", "Xát hạt, sấy"),
            ("2.04", "D", "Таблетирование", "Таблеткалау", "Dập viên"),
            ("2.05", "D", "Нанесение пленочной оболочки", "Үлбірлі қабықша жабу", "Bao phim"),
            ("2.08", "D", "Фасовка в блистеры", "Блистерлерге буып-түю", "Ép vỉ")),
}  # fmt: skip


def facility_hk1(doc: Doc) -> None:
    """The first chapter of a pharmaceutical plant's site master file (досье производственной площадки, PIC/S PE 008):
    `пункт SMF | содержание | сведения`, the chapter's sections (contact information, authorised activities, other
    activities) as rows spanning the table over numbered sub-items; the licence holder with its BIN in the first sub-item,
    the site with its KATO in the second, the site's place only as a 2GIS map link whose figures come longitude first
    (`2gis.kz/shymkent/geo/69.641520,42.332180`), the pharmaceutical licence, the GMP certificate and the cleanliness
    classes A–D of the premises as distractors before the environmental category under `other activities`, and the clean
    rooms in a table of no role after it (VI: a GMP plant's hồ sơ tổng thể, the enterprise number inside the first item,
    `cấp sạch A, B, C, D` before the environmental group, Google Maps figures with a decimal point in a Vietnamese
    document)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_hk1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    (o_ru, o_kk, op_ru, op_kk, a_ru, a_kk, s_ru, s_kk, prefix, city, lat0, lon0, f_ru, f_kk, cat, gr_ru, gr_kk, sterile) = doc.pick(KZ_SMF)
    classes = "A, B, C, D" if sterile else "C, D"
    name, operator = (o_ru, o_kk)[L], (op_ru, op_kk)[L]
    bin_, kato = make_bin(r), _kato(doc, prefix)
    lat = round(lat0 + r.uniform(-0.02, 0.02), 6)
    lon = round(lon0 + r.uniform(-0.02, 0.02), 6)
    qp = doc.pick(QP)[L]
    lic = f"{r.randint(10, 24):02d}0{r.randint(10000, 99999)}"
    gmp = f"KZ.GMP.{r.randint(1, 240):04d}/{r.choice((2023, 2024, 2025))}"
    area = num(r.randint(9, 38) * 100 + r.choice((0, 50)), doc.lang)
    staff = r.randint(180, 640)
    doc.h(g(f"Досье производственной площадки (Site Master File). {name}", f"Өндірістік алаңның дерекнамасы (Site Master File). {name}", ""))
    doc.p(g(f"Версия {r.randint(4, 9)}.0. Досье составлено в соответствии с руководством PIC/S PE 008-4 и Правилами надлежащей "
            "производственной практики Евразийского экономического союза. Глава 1. Общая информация о производителе.",
            f"{r.randint(4, 9)}.0 нұсқа. Дерекнама PIC/S PE 008-4 нұсқаулығына және Еуразиялық экономикалық одақтың тиісті өндірістік "
            "практика қағидаларына сәйкес жасалды. 1-тарау. Өндіруші туралы жалпы ақпарат.", ""))
    rows = [g(["Пункт SMF", "Содержание", "Сведения"], ["SMF тармағы", "Мазмұны", "Мәліметтер"], [])]
    merges: list = []
    _span(rows, merges, g("1.1. Контактная информация о производителе", "1.1. Өндіруші туралы байланыс ақпараты", ""), 3)
    rows.append(["1.1.1", g("Наименование и юридический адрес держателя лицензии на производство",
                            "Өндіруге арналған лицензия ұстаушының атауы және заңды мекенжайы", ""),
                 g(f"{operator}, {a_ru}. БИН {bin_}", f"{operator}, {a_kk}. БСН {bin_}", "")])
    rows.append(["1.1.2", g("Наименование и адрес производственной площадки", "Өндірістік алаңның атауы мен мекенжайы", ""),
                 g(f"{name}; {s_ru} (код КАТО {kato})", f"{name}; {s_kk} (ҚАТО коды {kato})", "")])
    link = f"https://2gis.kz/{city}/geo/{lon:.6f},{lat:.6f}"
    rows.append(["1.1.3", g("Расположение площадки на карте", "Алаңның картадағы орны", ""),
                 g(f"Карта 2ГИС: {link} (центр площадки, административный корпус)",
                   f"2ГИС картасы: {link} (алаң орталығы, әкімшілік ғимарат)", "")])
    rows.append(["1.1.4", g("Контактные данные уполномоченного лица (круглосуточно)", "Уәкілетті тұлғаның байланыс деректері (тәулік бойы)", ""),
                 g(f"{qp}, уполномоченное лицо по качеству; тел. +7 7{r.randint(10, 29)} {r.randint(200, 599)} {r.randint(10, 99)} "
                   f"{r.randint(10, 99)}, моб. +7 70{r.randint(1, 8)} {r.randint(100, 999)} {r.randint(10, 99)} {r.randint(10, 99)}",
                   f"{qp}, сапа жөніндегі уәкілетті тұлға; тел. +7 7{r.randint(10, 29)} {r.randint(200, 599)} {r.randint(10, 99)} "
                   f"{r.randint(10, 99)}, ұялы +7 70{r.randint(1, 8)} {r.randint(100, 999)} {r.randint(10, 99)} {r.randint(10, 99)}", "")])
    _span(rows, merges, g("1.2. Разрешенная фармацевтическая деятельность на площадке", "1.2. Алаңдағы рұқсат етілген фармацевтикалық қызмет", ""), 3)
    rows.append(["1.2.1", g("Лицензия на производство лекарственных средств", "Дәрілік заттарды өндіруге арналған лицензия", ""),
                 g(f"№ {lic} от {_date(doc, r.randint(2016, 2022))}, выдана РГУ «Комитет медицинского и фармацевтического контроля "
                   "Министерства здравоохранения Республики Казахстан», бессрочная",
                   f"№ {lic}, {_date(doc, r.randint(2016, 2022))}, «Қазақстан Республикасы Денсаулық сақтау министрлігінің Медициналық "
                   "және фармацевтикалық бақылау комитеті» РММ берген, мерзімсіз", "")])
    rows.append(["1.2.2", g("Сертификат соответствия требованиям GMP", "GMP талаптарына сәйкестік сертификаты", ""),
                 g(f"№ {gmp}, действителен до {_date(doc, r.randint(2026, 2028))}", f"№ {gmp}, {_date(doc, r.randint(2026, 2028))} дейін жарамды", "")])
    rows.append(["1.2.3", g("Производимые лекарственные формы", "Өндірілетін дәрілік түрлер", ""), (f_ru, f_kk)[L]])
    rows.append(["1.2.4", g("Классы чистоты производственных помещений", "Өндірістік үй-жайлардың тазалық сыныптары", ""),
                 g(f"{classes} по приложению 1 к Правилам GMP ЕАЭС; общая площадь чистых помещений – {area} м2",
                   f"ЕАЭО GMP қағидаларының 1-қосымшасы бойынша {classes}; таза үй-жайлардың жалпы ауданы – {area} м2", "")])
    _span(rows, merges, g("1.3. Иная деятельность на площадке", "1.3. Алаңдағы өзге қызмет", ""), 3)
    rows.append(["1.3.1", g("Сведения об экологическом регулировании", "Экологиялық реттеу туралы мәліметтер", ""),
                 g(f"Объект {cat} категории ({gr_ru}); {'комплексное экологическое разрешение' if cat == 'I' else 'экологическое разрешение на воздействие'} "
                   f"№ {_permit_no(doc)}",
                   f"{cat} санаттағы объект ({gr_kk}); {'кешенді экологиялық рұқсат' if cat == 'I' else 'әсер етуге экологиялық рұқсат'} "
                   f"№ {_permit_no(doc)}", "")])
    rows.append(["1.3.2", g("Численность персонала", "Персонал саны", ""),
                 g(f"{staff} чел., в т.ч. служба качества – {r.randint(25, 60)} чел.", f"{staff} адам, оның ішінде сапа қызметі – "
                   f"{r.randint(25, 60)} адам", "")])
    doc.table(g("Таблица 1.1 – Общая информация о производителе", "1.1-кесте – Өндіруші туралы жалпы ақпарат", ""), rows, merges,
              role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": _core(name), "kato": kato, "category": cat, "lat": lat, "lon": lon})
    doc.p(g("Глава 4. Помещения и оборудование (извлечение).", "4-тарау. Үй-жайлар мен жабдықтар (үзінді).", ""))
    crows = [g(["Помещение", "Наименование", "Класс чистоты", "Площадь, м2", "Перепад давления к смежному помещению, Па"],
               ["Үй-жай", "Атауы", "Тазалық сыныбы", "Ауданы, м2", "Іргелес үй-жайға қатысты қысым айырмасы, Па"], [])]
    for room, cls, n_ru, n_kk, _ in CLEAN_ROOMS[sterile]:
        crows.append([room, (n_ru, n_kk)[L], cls, num(round(r.uniform(12, 90), 1), doc.lang), f"+{r.choice((10, 12, 15, 20))}"])
    doc.table(g("Таблица 4.2 – Чистые помещения", "4.2-кесте – Таза үй-жайлар", ""), crows, role="other")


# (name, owner, head office, site, lat, lon, forms, GMP, group, annex, sterile?)
VN_SMF = (
    ("Nhà máy sản xuất thuốc tiêm Phú Hòa", "Công ty Cổ phần Dược phẩm Phú Hòa", "Số 18 Đại lộ Bình Dương, phường Phú Hòa, TP. Thủ Dầu Một, "
     "tỉnh Bình Dương", "Lô C-12, KCN VSIP II, phường Hòa Phú, TP. Thủ Dầu Một, tỉnh Bình Dương", 11.08, 106.68,
     "thuốc tiêm dạng dung dịch, thuốc bột pha tiêm, thuốc nhỏ mắt", "EU-GMP", "II", "IV", True),
    ("Nhà máy dược phẩm Quang Minh", "Công ty TNHH Dược phẩm Quang Minh", "Số 45 Trần Duy Hưng, phường Trung Hòa, quận Cầu Giấy, TP. Hà Nội",
     "Lô 27, KCN Quang Minh, thị trấn Quang Minh, huyện Mê Linh, TP. Hà Nội", 21.19, 105.77,
     "viên nén, viên nang cứng, viên bao phim, thuốc cốm", "PIC/S-GMP", "II", "IV", False),
    ("Nhà máy hóa dược Nhơn Trạch", "Công ty Cổ phần Hóa dược Đồng Nai", "Số 206 đường 30 tháng 4, phường Thanh Bình, TP. Biên Hòa, "
     "tỉnh Đồng Nai", "Đường số 6, KCN Nhơn Trạch 3, huyện Nhơn Trạch, tỉnh Đồng Nai", 10.73, 106.93,
     "nguyên liệu làm thuốc (tổng hợp hóa dược) và viên nén", "GMP-WHO", "I", "III", False),
)


def _facility_hk1_vi(doc: Doc) -> None:
    r = doc.rng
    name, owner, hq, site, lat0, lon0, forms, gmp, group, annex, sterile = doc.pick(VN_SMF)
    msdn = make_msdn(r)
    lat = round(lat0 + r.uniform(-0.01, 0.01), 6)
    lon = round(lon0 + r.uniform(-0.01, 0.01), 6)
    doc.h(f"HỒ SƠ TỔNG THỂ CƠ SỞ SẢN XUẤT (SITE MASTER FILE) – {name.upper()}")
    doc.p(f"Phiên bản {r.randint(3, 8)}.0, ban hành kèm theo quyết định của Tổng Giám đốc. Phần 1. Thông tin chung về nhà sản xuất.")
    rows: list = [["Mục", "Nội dung", "Thông tin"]]
    merges: list = []
    _span(rows, merges, "1.1. Thông tin liên hệ của nhà sản xuất", 3)
    rows.append(["1.1.1", "Tên, địa chỉ trụ sở chính của cơ sở",
                 f"{owner}; địa chỉ: {hq}. Giấy chứng nhận đăng ký doanh nghiệp mã số {msdn}, đăng ký lần đầu ngày {_date(doc, r.randint(2005, 2016), '/')}"])
    rows.append(["1.1.2", "Tên, địa chỉ nhà máy", f"{name}; {site}"])
    rows.append(["1.1.3", "Vị trí nhà máy trên bản đồ", f"Google Maps: {lat:.6f}, {lon:.6f} (tâm khu đất nhà máy)"])
    rows.append(["1.1.4", "Người liên hệ 24/24 giờ", f"{doc.pick(('Ông Phạm Minh Tuấn', 'Bà Nguyễn Thị Lan Anh', 'Ông Đỗ Quang Huy'))} – Giám đốc "
                 f"chất lượng; điện thoại 09{r.randint(10, 89)} {r.randint(100, 999)} {r.randint(100, 999)}"])
    _span(rows, merges, "1.2. Hoạt động sản xuất dược phẩm được cấp phép", 3)
    rows.append(["1.2.1", "Giấy chứng nhận đủ điều kiện kinh doanh dược",
                 f"Số {r.randint(100, 899)}/ĐKKDD-BYT ngày {_date(doc, r.randint(2018, 2023), '/')} do Bộ Y tế cấp"])
    rows.append(["1.2.2", "Giấy chứng nhận thực hành tốt sản xuất thuốc", f"Đạt {gmp}, số {r.randint(10, 99)}/{r.choice((2024, 2025))}/GMP"])
    rows.append(["1.2.3", "Dạng bào chế sản xuất tại nhà máy", forms])
    rows.append(["1.2.4", "Cấp sạch khu vực sản xuất", f"Cấp {'A, B, C, D' if sterile else 'C, D'} theo Phụ lục 1 GMP; tổng diện tích phòng sạch {num(r.randint(12, 40) * 100, 'vi')} m2"])
    _span(rows, merges, "1.3. Các hoạt động khác tại nhà máy", 3)
    rows.append(["1.3.1", "Thông tin về môi trường",
                 f"Dự án đầu tư nhóm {group} theo tiêu chí về môi trường (Phụ lục {annex} Nghị định số 08/2022/NĐ-CP); Giấy phép môi trường "
                 f"số {r.randint(100, 899)}/GPMT-UBND ngày {_date(doc, r.randint(2023, 2025), '/')}"])
    rows.append(["1.3.2", "Số lượng cán bộ, công nhân viên", f"{r.randint(220, 720)} người"])
    doc.table("Bảng 1. Thông tin chung về nhà sản xuất", rows, merges, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": name, "category": group, "lat": lat, "lon": lon})
    crows = [["Phòng", "Tên phòng", "Cấp sạch", "Diện tích (m2)", "Chênh áp (Pa)"]]
    for room, cls, _, _, vi_name in CLEAN_ROOMS[sterile]:
        crows.append([room, vi_name, cls,
                      num(round(r.uniform(12, 90), 1), "vi"), f"+{r.choice((10, 12, 15))}"])
    doc.table("Bảng 4.2. Danh sách phòng sạch", crows, role="other")


# (RU object, KK object, RU operator, KK operator, RU place, KK place, KATO prefix, lat, lon, RU activity, KK activity, OKED,
#  category, RU oblast for the department, KK oblast)
KZ_QUEST = (
    ("Биофабрика «Жамбыл Биовет»", "«Жамбыл Биовет» биофабрикасы", "ТОО «Жамбыл Биовет»", "«Жамбыл Биовет» ЖШС",
     "Жамбылская область, Кордайский район, пгт Гвардейский, ул. Момышулы, 15", "Жамбыл облысы, Қордай ауданы, Гвардейский кенті, "
     "Момышұлы к., 15", "3140", 43.25, 74.88, "производство ветеринарных вакцин и диагностических препаратов",
     "ветеринариялық вакциналар мен диагностикалық препараттар өндірісі", "21209", "II", "Жамбылской области", "Жамбыл облысы"),
    ("Завод ветеринарных препаратов «Агро Вет Фарм»", "«Агро Вет Фарм» ветеринариялық препараттар зауыты", "ТОО «Агро Вет Фарм»",
     "«Агро Вет Фарм» ЖШС", "Алматинская область, Илийский район, с. Отеген батыр, ул. Титова, 2А",
     "Алматы облысы, Іле ауданы, Өтеген батыр а., Титов к., 2А", "1954", 43.41, 77.03,
     "производство ветеринарных лекарственных препаратов (растворы для инъекций, порошки, суспензии)",
     "ветеринариялық дәрілік препараттар өндірісі (инъекцияға арналған ерітінділер, ұнтақтар, суспензиялар)", "21209", "II",
     "Алматинской области", "Алматы облысы"),
    ("Завод косметической продукции «Ақ Бота»", "«Ақ Бота» косметикалық өнім зауыты", "ТОО «Ақ Бота Косметикс»", "«Ақ Бота Косметикс» ЖШС",
     "Акмолинская область, Целиноградский район, г. Косшы, ул. Республики, 71", "Ақмола облысы, Целиноград ауданы, Қосшы қ., "
     "Республика к., 71", "1158", 51.02, 71.53, "производство шампуней, кремов и средств личной гигиены",
     "сусабындар, кремдер және жеке гигиена құралдарын өндіру", "20420", "III", "Акмолинской области", "Ақмола облысы"),
)  # fmt: skip
# the answers on water and on combustion plant, one per object of KZ_QUEST: (RU water, KK water, RU plant, KK plant)
QUEST_UTILITIES = (
    ("водопровод поселка; сточные воды – в поселковую канализацию по договору, после станции термической инактивации",
     "кент су құбыры; ағынды сулар термиялық инактивациялау станциясынан кейін шарт бойынша кент кәрізіне",
     "инсинератор ИН-50 (50 кг/ч); котельная на газе 3 × 1 МВт; ДГУ 400 кВт (резерв)",
     "ИН-50 инсинераторы (50 кг/сағ); газбен жұмыс істейтін қазандық 3 × 1 МВт; 400 кВт ДГҚ (резерв)"),
    ("собственная скважина; сточные воды – в выгреб 50 м3 с вывозом на КОС района по договору",
     "меншікті ұңғыма; ағынды сулар 50 м3 шұңқырға, шарт бойынша аудандық тазарту құрылыстарына әкетіледі",
     "инсинератора нет; котельная на газе 2 × 0,5 МВт; ДГУ 200 кВт (резерв)",
     "инсинератор жоқ; газбен жұмыс істейтін қазандық 2 × 0,5 МВт; 200 кВт ДГҚ (резерв)"),
    ("городской водопровод; сточные воды – в городскую канализацию по договору с ГКП",
     "қалалық су құбыры; ағынды сулар МКК-мен шарт бойынша қалалық кәрізге",
     "инсинератора и котельной нет (теплоснабжение от городских сетей); ДГУ 100 кВт (резерв)",
     "инсинератор мен қазандық жоқ (жылумен жабдықтау қалалық желілерден); 100 кВт ДГҚ (резерв)"),
)  # fmt: skip
CARRIERS = (("ТОО «Эко Утиль Сервис»", "«Эко Утиль Сервис» ЖШС"), ("ТОО «Таза Орта Кәдеге»", "«Таза Орта Кәдеге» ЖШС"))
LABS = (("ТОО «Сапа Лаб Тест»", "«Сапа Лаб Тест» ЖШС"), ("ТОО «ЭкоАналитика Казахстан»", "«ЭкоАналитика Казахстан» ЖШС"))


def facility_hk2(doc: Doc) -> None:
    """A consultancy's questionnaire of initial data for a ПЭК programme and an НДВ project as the plant filled it in: `№ |
    запрашиваемые сведения | ответ предприятия | отметка разработчика`, the questions long, the answers in the plant's
    own words — the operator and its BIN in one answer, the object with its KATO in another, the centre in degrees,
    minutes and seconds typed with apostrophes, the category with the screening conclusion that set it — and, further
    down, the waste contractor and the accredited laboratory each with its own BIN, the developer's marks (`сверено с
    egov.kz`, `уточнить`) in the last column (VI: a consultancy's phiếu thu thập thông tin for a GPMT application, the
    CTNH collector's and the monitoring firm's tax numbers below the owner's)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_hk2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    item = doc.pick(KZ_QUEST)
    (o_ru, o_kk, op_ru, op_kk, p_ru, p_kk, prefix, lat0, lon0, a_ru, a_kk, oked, cat, ob_ru, ob_kk) = item
    mail = f"info@{('zhambylbiovet', 'agrovetpharm', 'akbotacosmetics')[KZ_QUEST.index(item)]}.kz"
    w_ru, w_kk, e_ru, e_kk = QUEST_UTILITIES[KZ_QUEST.index(item)]
    name, operator = (o_ru, o_kk)[L], (op_ru, op_kk)[L]
    bin_, kato = make_bin(r), _kato(doc, prefix)
    lat, lat_v = _dms(lat0 + r.uniform(-0.02, 0.02))
    lon, lon_v = _dms(lon0 + r.uniform(-0.02, 0.02))
    carrier, lab = doc.pick(CARRIERS)[L], doc.pick(LABS)[L]
    bin_c, bin_l = make_bin(r), make_bin(r)
    screening = f"KZ{r.randint(10, 99)}VWF{r.randint(0, 99999999):08d}"
    doc.h(g("Опросный лист для разработки программы производственного экологического контроля и проекта нормативов допустимых выбросов",
            "Өндірістік экологиялық бақылау бағдарламасын және жол берілетін шығарындылар нормативтерінің жобасын әзірлеуге арналған сауалнама", ""))
    doc.p(g(f"Разработчик: ТОО «ЭкоПроект Консалт». Заполнено предприятием {_date(doc, 2026)}; отметки разработчика внесены после "
            "сверки с представленными документами.",
            f"Әзірлеуші: «ЭкоПроект Консалт» ЖШС. Кәсіпорын {_date(doc, 2026)} толтырды; әзірлеушінің белгілері ұсынылған құжаттармен "
            "салыстырылғаннан кейін енгізілді.", ""))
    ok, check = g(("принято", "сверено с egov.kz"), ("қабылданды", "egov.kz деректерімен салыстырылды"), ())
    ask = g("уточнить, приложить копию", "нақтылау, көшірмесін қоса беру", "")
    rows = [g(["№", "Запрашиваемые сведения", "Ответ предприятия", "Отметка разработчика"],
              ["№", "Сұратылатын мәліметтер", "Кәсіпорынның жауабы", "Әзірлеушінің белгісі"], [])]
    qa = [
        (g("Полное наименование юридического лица (оператора объекта) и его бизнес-идентификационный номер",
           "Заңды тұлғаның (объект операторының) толық атауы және оның бизнес-сәйкестендіру нөмірі", ""),
         g(f"{operator}, БИН {bin_}", f"{operator}, БСН {bin_}", ""), check),
        (g("Юридический адрес, телефон, адрес электронной почты", "Заңды мекенжайы, телефоны, электрондық пошта мекенжайы", ""),
         g(f"{p_ru}; тел. +7 72{r.randint(10, 99)} {r.randint(10, 99)}-{r.randint(10, 99)}-{r.randint(10, 99)}; {mail}",
           f"{p_kk}; тел. +7 72{r.randint(10, 99)} {r.randint(10, 99)}-{r.randint(10, 99)}-{r.randint(10, 99)}; {mail}", ""),
         ok),
        (g("Наименование объекта, его фактическое местонахождение и код КАТО", "Объектінің атауы, нақты орналасқан жері және ҚАТО коды", ""),
         g(f"{name}, {p_ru}. КАТО – {kato}", f"{name}, {p_kk}. ҚАТО – {kato}", ""), ok),
        (g("Географические координаты центра производственной площадки", "Өндірістік алаң орталығының географиялық координаттары", ""),
         g(f"{lat} с.ш., {lon} в.д. (определены по Google Earth)", f"с.е. {lat}, ш.б. {lon} (Google Earth бойынша анықталды)", ""), ok),
        (g("Основной вид деятельности, код ОКЭД", "Негізгі қызмет түрі, ЭҚЖЖ коды", ""), f"{(a_ru, a_kk)[L]}, {oked}", ok),
        (g("Категория объекта, если определена, и документ, которым она определена",
           "Объектінің санаты (егер айқындалса) және оны айқындаған құжат", ""),
         g(f"{cat} категория, заключение о результатах скрининга № {screening} Департамента экологии по {ob_ru}",
           f"{cat} санат, {ob_kk} бойынша Экология департаментінің № {screening} скрининг нәтижелері туралы қорытындысы", ""), ok),
        (g("Режим работы предприятия (число смен, продолжительность смены, рабочих дней в году)",
           "Кәсіпорынның жұмыс режимі (ауысымдар саны, ауысым ұзақтығы, жылдағы жұмыс күндері)", ""),
         g(f"{r.choice((1, 2))} смены по 8 ч, {r.choice((247, 250, 252))} дней", f"8 сағаттан {r.choice((1, 2))} ауысым, "
           f"{r.choice((247, 250, 252))} күн", ""), ok),
        (g("Численность работающих", "Жұмыскерлер саны", ""), g(f"{r.randint(60, 320)} чел.", f"{r.randint(60, 320)} адам", ""), ok),
        (g("Организация, принимающая отходы на обезвреживание (наименование, БИН, лицензия)",
           "Қалдықтарды залалсыздандыруға қабылдайтын ұйым (атауы, БСН, лицензиясы)", ""),
         g(f"{carrier}, БИН {bin_c}, лицензия на обращение с опасными отходами № {r.randint(10, 99)}0{r.randint(1000, 9999)}",
           f"{carrier}, БСН {bin_c}, қауіпті қалдықтармен жұмыс істеуге лицензия № {r.randint(10, 99)}0{r.randint(1000, 9999)}", ""), ask),
        (g("Аккредитованная лаборатория, выполняющая замеры (наименование, БИН, аттестат аккредитации)",
           "Өлшеулерді жүргізетін аккредиттелген зертхана (атауы, БСН, аккредиттеу аттестаты)", ""),
         g(f"{lab}, БИН {bin_l}, аттестат KZ.T.{r.randint(1, 19):02d}.{r.randint(1000, 2999)}",
           f"{lab}, БСН {bin_l}, аттестат KZ.T.{r.randint(1, 19):02d}.{r.randint(1000, 2999)}", ""), ok),
        (g("Водоснабжение и водоотведение", "Сумен жабдықтау және су бұру", ""),
         g(w_ru, w_kk, ""), ask),
        (g("Наличие инсинератора, котельной, резервных дизель-генераторов", "Инсинератордың, қазандықтың, резервтік дизель-генераторлардың болуы", ""),
         g(e_ru, e_kk, ""), ok),
    ]
    for k, (q, a, mark) in enumerate(qa, 1):
        rows.append([str(k), q, a, mark])
    doc.table(None, rows, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": _core(name), "kato": kato, "category": cat, "lat": lat_v, "lon": lon_v})
    doc.p(g("Ответственный за заполнение: инженер-эколог предприятия. Копии документов прилагаются в электронном виде.",
            "Толтыруға жауапты: кәсіпорынның инженер-экологы. Құжаттардың көшірмелері электрондық түрде қоса беріледі.", ""))


# (name, owner, site, lat, lon, activity, group, annex, telephone area code)
VN_QUEST = (
    ("Nhà máy thuốc thú y Phố Nối", "Công ty Cổ phần Thuốc thú y Phố Nối", "Lô B4, KCN Phố Nối A, xã Lạc Hồng, huyện Văn Lâm, tỉnh Hưng Yên",
     20.95, 106.03, "sản xuất thuốc thú y dạng tiêm, thuốc bột và dung dịch uống, công suất 1.200 tấn sản phẩm/năm", "II", "IV", "0221"),
    ("Nhà máy vắc xin thú y Thuận Đạo", "Công ty TNHH Vắc xin Thú y Nam Long", "Lô F2, KCN Thuận Đạo, huyện Bến Lức, tỉnh Long An",
     10.66, 106.47, "sản xuất vắc xin thú y, công suất 180 triệu liều/năm", "II", "IV", "0272"),
    ("Nhà máy mỹ phẩm Sóng Thần", "Công ty TNHH Mỹ phẩm Sóng Thần", "Đường số 9, KCN Sóng Thần 2, TP. Dĩ An, tỉnh Bình Dương",
     10.91, 106.75, "sản xuất dầu gội, sữa tắm, kem dưỡng da, công suất 6.500 tấn sản phẩm/năm", "III", "V", "0274"),
)


def _facility_hk2_vi(doc: Doc) -> None:
    r = doc.rng
    name, owner, site, lat0, lon0, activity, group, annex, area_code = doc.pick(VN_QUEST)
    msdn, msdn_c, msdn_l = make_msdn(r), make_msdn(r), make_msdn(r)
    lat, lat_v = _dms(lat0 + r.uniform(-0.01, 0.01))
    lon, lon_v = _dms(lon0 + r.uniform(-0.01, 0.01))
    doc.h("PHIẾU THU THẬP THÔNG TIN PHỤC VỤ LẬP BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG")
    doc.p(f"Đơn vị tư vấn: Công ty TNHH Tư vấn Môi trường Sao Việt. Cơ sở điền thông tin ngày {_date(doc, 2026, '/')}; cột cuối do đơn vị tư "
          "vấn ghi sau khi đối chiếu hồ sơ.")
    rows = [["STT", "Nội dung thông tin cần cung cấp", "Thông tin do cơ sở cung cấp", "Ý kiến của đơn vị tư vấn"]]
    qa = [
        ("Tên chủ cơ sở và mã số doanh nghiệp", f"{owner}, mã số doanh nghiệp {msdn}", "Đã đối chiếu GCN đăng ký doanh nghiệp"),
        ("Địa chỉ trụ sở, điện thoại, người đại diện theo pháp luật",
         f"{site}; ĐT: {area_code} {r.randint(3500000, 3999999)}; {doc.pick(('Ông Vũ Đức Thắng', 'Bà Lê Thị Thu Hà', 'Ông Hoàng Văn Nam'))} – Giám đốc",
         "Thống nhất"),
        ("Tên cơ sở và địa điểm thực hiện", f"{name}, {site}", "Thống nhất"),
        ("Tọa độ vị trí cơ sở", f"{lat} vĩ độ Bắc, {lon} kinh độ Đông (định vị GPS tại tâm khu đất, hệ WGS-84)", "Thống nhất"),
        ("Loại hình sản xuất, công suất", activity, "Thống nhất"),
        ("Phân loại theo tiêu chí về môi trường", f"Nhóm {group} (Phụ lục {annex} Nghị định số 08/2022/NĐ-CP)", "Đã kiểm tra"),
        ("Đơn vị thu gom, xử lý chất thải nguy hại (tên, mã số thuế, giấy phép)",
         f"Công ty TNHH Môi trường Xanh Việt, MST {msdn_c}, Giấy phép môi trường số {r.randint(10, 99)}/GPMT-BTNMT", "Bổ sung bản sao hợp đồng"),
        ("Đơn vị quan trắc môi trường (tên, mã số thuế, số hiệu VIMCERTS)",
         f"Công ty Cổ phần Kỹ thuật Môi trường Đông Á, MST {msdn_l}, VIMCERTS {r.randint(10, 299):03d}", "Thống nhất"),
        ("Nguồn nước cấp, lượng nước thải phát sinh", f"Nước cấp của KCN; nước thải khoảng {r.randint(30, 140)} m3/ngày, đấu nối về trạm XLNT "
         "tập trung của KCN", "Bổ sung hợp đồng đấu nối"),
        ("Lò hơi, máy phát điện dự phòng, lò đốt", f"Lò hơi đốt dầu DO {r.choice((1, 2, 3))} tấn hơi/giờ; máy phát điện dự phòng 500 kVA",
         "Thống nhất"),
    ]
    for k, (q, a, mark) in enumerate(qa, 1):
        rows.append([str(k), q, a, mark])
    doc.table(None, rows, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": name, "category": group, "lat": lat_v, "lon": lon_v})
    doc.p("Người điền phiếu: cán bộ phụ trách môi trường của cơ sở.")


# ---------------------------------------------------------------- emissions

# (ventilation system, RU rooms, KK rooms, RU cleaning, KK cleaning, height, diameter, [(code, (g/s), (t/year))])
HVAC = (
    ("В-1", "Участок взвешивания и приготовления гранулята (класс D)", "Өлшеу және гранулят дайындау учаскесі (D сыныбы)",
     "фильтры F9 + HEPA H13", "F9 + HEPA H13 сүзгілері", 14, 0.5,
     [("2902", (0.0008, 0.006), (0.008, 0.07)), ("1061", (0.02, 0.12), (0.25, 1.6))]),
    ("В-2", "Участок таблетирования и обеспыливания таблеток (класс D)", "Таблеткалау және таблеткаларды шаңсыздандыру учаскесі (D сыныбы)",
     "циклон + HEPA H13", "циклон + HEPA H13", 14, 0.4, [("2902", (0.001, 0.009), (0.01, 0.09))]),
    ("В-3", "Установка нанесения пленочной оболочки", "Үлбірлі қабықша жабу қондырғысы", "HEPA H13 + угольный адсорбер",
     "HEPA H13 + көмір адсорбері", 16, 0.45,
     [("1061", (0.05, 0.3), (0.6, 3.5)), ("1051", (0.02, 0.15), (0.2, 1.8)), ("2902", (0.0005, 0.004), (0.005, 0.04))]),
    ("В-4", "Отделение синтеза субстанции (реакторы Р-101 – Р-104, центрифуги, сушилки)",
     "Субстанция синтезі бөлімшесі (Р-101 – Р-104 реакторлары, центрифугалар, кептіргіштер)",
     "рекуперационный конденсатор + угольный адсорбер", "рекуперациялық конденсатор + көмір адсорбері", 18, 0.6,
     [("1052", (0.03, 0.2), (0.4, 2.6)), ("1401", (0.02, 0.15), (0.3, 1.9)), ("0869", (0.005, 0.04), (0.06, 0.5))]),
    ("В-5", "Лаборатория отдела контроля качества (вытяжные шкафы)", "Сапаны бақылау бөлімінің зертханасы (сору шкафтары)",
     "без очистки", "тазартусыз", 15, 0.4,
     [("0316", (0.0002, 0.002), (0.001, 0.012)), ("1555", (0.0005, 0.004), (0.003, 0.03)), ("1052", (0.002, 0.012), (0.01, 0.08))]),
    ("В-7", "Мойка и дезинфекция оборудования", "Жабдықты жуу және дезинфекциялау", "каплеуловитель", "тамшы ұстағыш", 12, 0.35,
     [("1061", (0.01, 0.06), (0.1, 0.7)), ("1555", (0.001, 0.008), (0.01, 0.06))]),
)  # fmt: skip
STORE = ("Склад легковоспламеняющихся жидкостей (дыхательные клапаны емкостей)",
         "Тез тұтанатын сұйықтықтар қоймасы (сыйымдылықтардың тыныс алу клапандары)",
         [("1061", (0.002, 0.02), (0.02, 0.2)), ("1051", (0.001, 0.01), (0.01, 0.1)), ("1052", (0.001, 0.01), (0.01, 0.1))])


def emissions_hk1(doc: Doc) -> None:
    """A pharmaceutical plant's НДВ materials in two tables: the sources of release (`№ ИЗА | источник | вентсистема по
    проекту ОВиК | обслуживаемые помещения | высота | диаметр | газоочистка | тип`), each exhaust stack tied to its
    ventilation system `В-1` … `В-7` in an order that is not the order of the stacks, then the emissions keyed by the
    ventilation system alone (`вентсистема | код | вещество | класс | г/с | т/год`, sorted by the system), so that each
    system's number of source must be read through the first table; the solvent store's breathing valves named by the
    store (VI: a GMP plant's GPMT application, the treatment systems `HT-01` … with their rooms, fans and stacks in a table
    of no role, then the loads by system in g/s and kg a year, no numbers)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_hk1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    chosen = [s for s in HVAC if s[0] in ("В-3", "В-4") or r.random() < 0.7]
    order = list(chosen)
    r.shuffle(order)
    number_of = {s[0]: f"{k:04d}" for k, s in enumerate(order, 1)}
    plant = doc.pick((("ТОО «Оңтүстік Фарм» (г. Шымкент)", "«Оңтүстік Фарм» ЖШС (Шымкент қ.)"),
                      ("ТОО «Павлодар Фарм Синтез» (г. Павлодар)", "«Павлодар Фарм Синтез» ЖШС (Павлодар қ.)")))[L]
    doc.h(g(f"Проект нормативов допустимых выбросов. {plant}. Раздел 3. Характеристика источников выбросов",
            f"Жол берілетін шығарындылар нормативтерінің жобасы. {plant}. 3-бөлім. Шығарынды көздерінің сипаттамасы", ""))
    doc.p(g("Вытяжной воздух чистых помещений и технологического оборудования удаляется системами вытяжной вентиляции, "
            "обозначенными по проекту ОВиК; каждая система выбрасывает воздух через отдельную шахту на кровле, которой присвоен "
            "номер источника выброса (ИЗА).",
            "Таза үй-жайлар мен технологиялық жабдықтың сорылған ауасы ЖЖА (жылыту, желдету, ауа баптау) жобасы бойынша белгіленген "
            "сору желдеткіш жүйелерімен шығарылады; әр жүйе ауаны шатырдағы жеке шахта арқылы шығарады, оған шығарынды көзінің "
            "(ЛШК) нөмірі берілген.", ""))
    rows = [g(["№ ИЗА", "Наименование источника выброса", "Вентсистема по проекту ОВиК", "Обслуживаемые помещения", "Высота, м",
               "Диаметр устья, м", "Газоочистное оборудование", "Тип источника"],
              ["ЛШК №", "Шығарынды көзінің атауы", "ЖЖА жобасы бойынша желдету жүйесі", "Қызмет көрсетілетін үй-жайлар", "Биіктігі, м",
               "Сағасының диаметрі, м", "Газ тазарту жабдығы", "Көз түрі"], [])]
    org, unorg = g(("организованный", "неорганизованный"), ("ұйымдастырылған", "ұйымдастырылмаған"), ())
    for s in order:
        vent, rm_ru, rm_kk, c_ru, c_kk, h, d, _ = s
        rows.append([number_of[vent], g("Выбросная шахта на кровле", "Шатырдағы шығару шахтасы", ""), vent, (rm_ru, rm_kk)[L],
                     num(h, doc.lang), num(d, doc.lang), (c_ru, c_kk)[L], org])
    store_no = "6001"
    rows.append([store_no, (STORE[0], STORE[1])[L], "–", "–", num(r.choice((2, 3)), doc.lang), "–", "–", unorg])
    doc.table(g("Таблица 3.1 – Источники выбросов и вентиляционные системы", "3.1-кесте – Шығарынды көздері және желдету жүйелері", ""),
              rows, role="sources")
    doc.add("sources", *({"number": number_of[s[0]], "type": "organized"} for s in chosen), {"number": store_no, "type": "unorganized"})
    rows = [g(["Вентсистема", "Код ЗВ", "Наименование загрязняющего вещества", "Класс опасности", "Выброс, г/с", "Выброс, т/год"],
              ["Желдету жүйесі", "ЛЗ коды", "Ластаушы заттың атауы", "Қауіптілік сыныбы", "Шығарынды, г/с", "Шығарынды, т/жыл"], [])]
    merges = []
    all_g, all_t = [], []
    blocks = [(s[0], number_of[s[0]], s[7]) for s in sorted(chosen, key=lambda s: s[0])]
    blocks.append((g("Склад ЛВЖ (дыхательные клапаны)", "ТТС қоймасы (тыныс алу клапандары)", ""), store_no, STORE[2]))
    hours = r.choice((3960, 4950, 5940))
    for label, number, items in blocks:
        start = len(rows)
        run = 8760 if number == store_no else hours
        for j, (c, gr, _) in enumerate(items):
            gs = _sig(r.uniform(*gr))
            t = _sig(gs * 3600 * run * r.uniform(0.45, 0.95) / 1e6)
            hz = SUBST[c][3]
            rows.append([label if j == 0 else None, c, _sub(doc, c), str(hz), num(gs, doc.lang), num(t, doc.lang)])
            doc.add("emissions", emission(c, gs, t, number, hz))
            all_g.append(gs)
            all_t.append(t)
        if len(items) > 1:
            merges.append((start, 0, len(rows) - 1, 0))
    rows.append([g("Всего по предприятию", "Кәсіпорын бойынша барлығы", ""), None, None, None, total(doc, all_g), total(doc, all_t)])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 3))
    doc.table(g("Таблица 3.2 – Выбросы загрязняющих веществ по системам вытяжной вентиляции (обозначения систем – по табл. 3.1)",
                "3.2-кесте – Сору желдеткіш жүйелері бойынша ластаушы заттар шығарындылары (жүйелердің белгіленуі – 3.1-кесте бойынша)", ""),
              rows, merges, role="emissions")
    doc.p(g("ЛВЖ – легковоспламеняющиеся жидкости. Выбросы рассчитаны по материальному балансу растворителей за 2025 год с учетом "
            "эффективности газоочистки, подтвержденной инструментальными замерами.",
            "ТТС – тез тұтанатын сұйықтықтар. Шығарындылар газ тазартудың аспаптық өлшеулермен расталған тиімділігін ескере отырып, "
            "2025 жылғы еріткіштердің материалдық балансы бойынша есептелді.", ""))
    maybe_distractor(doc)


# (system, VI area, VI treatment, [(code, (g/s), (kg/year))])
VN_HVAC = (
    ("HT-01", "Khu cân, pha chế và xát hạt (cấp D)", "Lọc túi vải + lọc HEPA", [("2902", (0.002, 0.012), (20, 110)), ("1061", (0.03, 0.15), (300, 1400))]),
    ("HT-02", "Khu dập viên, đóng nang", "Cyclone + lọc HEPA", [("2902", (0.002, 0.01), (15, 90))]),
    ("HT-03", "Khu bao phim", "Lọc HEPA + tháp hấp phụ than hoạt tính", [("1061", (0.05, 0.25), (500, 2600)), ("2902", (0.001, 0.005), (8, 45))]),
    ("HT-04", "Phòng kiểm nghiệm (tủ hút khí độc)", "Tháp hấp phụ than hoạt tính", [("0316", (0.0003, 0.002), (1, 12)), ("1052", (0.002, 0.01), (10, 70)),
                                                                                   ("1555", (0.0005, 0.004), (3, 25))]),
    ("HT-05", "Xưởng tổng hợp nguyên liệu (thiết bị phản ứng)", "Ngưng tụ thu hồi dung môi + hấp phụ than hoạt tính",
     [("1052", (0.02, 0.15), (200, 1500)), ("1401", (0.02, 0.12), (200, 1200)), ("0621", (0.005, 0.04), (50, 380))]),
)


def _emissions_hk1_vi(doc: Doc) -> None:
    r = doc.rng
    plant = doc.pick(("Nhà máy dược phẩm Quang Minh", "Nhà máy hóa dược Nhơn Trạch"))
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – {plant.upper()}")
    doc.h("3.2. Công trình, biện pháp xử lý bụi, khí thải")
    chosen = [s for s in VN_HVAC if s[0] in ("HT-03", "HT-04") or (r.random() < 0.7 and (s[0] != "HT-05" or "hóa dược" in plant))]
    rows = [["Ký hiệu hệ thống", "Khu vực thu gom", "Công nghệ xử lý", "Lưu lượng quạt hút (m3/giờ)", "Ống thải: chiều cao × đường kính (m)"]]
    for sys_, area, how, _ in chosen:
        rows.append([sys_, area, how, num(r.randint(30, 240) * 100, "vi"), f"{r.choice((12, 15, 18))} × {num(r.choice((0.4, 0.5, 0.6)), 'vi')}"])
    doc.table("Bảng 3.4. Danh mục hệ thống thu gom, xử lý bụi, khí thải", rows, role="other")
    hours = r.choice((4000, 4800, 6000))
    doc.p(f"Tải lượng các chất ô nhiễm sau xử lý của từng hệ thống được tính theo cân bằng dung môi năm 2025; thời gian hoạt động "
          f"{num(hours, 'vi')} giờ/năm.")
    rows = [["Hệ thống", "Thông số ô nhiễm", "Tải lượng (g/s)", "Tải lượng (kg/năm)"]]
    merges = []
    for sys_, _, _, items in chosen:
        start = len(rows)
        for j, (c, gr, _) in enumerate(items):
            gs = _sig(r.uniform(*gr))
            kg = _sig(gs * 3600 * hours * r.uniform(0.45, 0.95) / 1000)
            rows.append([sys_ if j == 0 else None, _sub(doc, c), num(gs, "vi"), num(kg, "vi")])
            doc.add("emissions", emission(c, gs, kg / 1000))
        if len(items) > 1:
            merges.append((start, 0, len(rows) - 1, 0))
    doc.table("Bảng 3.5. Tải lượng bụi, khí thải sau xử lý theo từng hệ thống", rows, merges, role="emissions")
    doc.p("Ghi chú: ký hiệu hệ thống theo Bảng 3.4.")
    maybe_distractor(doc)


# (reagent RU, KK, VI, code, consumption kg/year (low, high), share passing to the air (low, high))
REAGENTS = {
    "acid": [
        ("Кислота соляная 36 % (х.ч.)", "Тұз қышқылы 36 % (х.т.)", "Axit clohydric 36%", "0316", (20, 140), (0.02, 0.05)),
        ("Аммиак водный 25 % (ч.д.а.)", "Сулы аммиак 25 % (т.д.а.)", "Amoniac 25%", "0303", (10, 60), (0.05, 0.12)),
        ("Кислота уксусная ледяная (х.ч.)", "Мұзды сірке қышқылы (х.т.)", "Axit axetic băng", "1555", (10, 80), (0.05, 0.15)),
    ],
    "digest": [
        ("Кислота азотная 65 % (ос.ч.)", "Азот қышқылы 65 % (ас.т.)", "Axit nitric 65% (HNO3)", "0302", (30, 200), (0.02, 0.06)),
        ("Кислота серная 96 % (х.ч.)", "Күкірт қышқылы 96 % (х.т.)", "Axit sunfuric 96%", "0322", (20, 120), (0.005, 0.02)),
        ("Кислота соляная 36 % (ос.ч.)", "Тұз қышқылы 36 % (ас.т.)", "Axit clohydric 36%", "0316", (20, 120), (0.02, 0.05)),
    ],
    "solvent": [
        ("Ацетон (ч.д.а.)", "Ацетон (т.д.а.)", "Axeton", "1401", (60, 400), (0.4, 0.7)),
        ("Спирт этиловый ректификованный 96 %", "Ректификацияланған этил спирті 96 %", "Cồn etylic 96% (etanol)", "1061", (100, 600), (0.4, 0.7)),
        ("Метанол для ВЭЖХ", "ЖТСХ-ға арналған метанол", "Metanol (HPLC)", "1052", (80, 500), (0.3, 0.6)),
        ("Гексан для хроматографии", "Хроматографияға арналған гексан", "n-Hexan", "0403", (20, 150), (0.5, 0.8)),
        ("Хлороформ (х.ч.)", "Хлороформ (х.т.)", "Cloroform", "0898", (10, 60), (0.4, 0.7)),
    ],
}
# (number, RU source, KK source, VI source, pool)
LAB_SOURCES = (
    ("0001", "Вытяжная система В-1 химико-аналитического отдела ({n} вытяжных шкафов)",
     "Химия-аналитикалық бөлімнің В-1 сору жүйесі ({n} сору шкафы)", "Ống thải tủ hút khu phân tích hóa lý ({n} tủ hút)", "acid"),
    ("0002", "Вытяжная система В-2 участка пробоподготовки (кислотное разложение проб)",
     "Сынама дайындау учаскесінің В-2 сору жүйесі (сынамаларды қышқылмен ыдырату)", "Ống thải tủ hút khu xử lý mẫu (phá mẫu bằng axit)",
     "digest"),
    ("0003", "Вытяжная система В-3 отдела хроматографии и экстракции",
     "Хроматография және экстракция бөлімінің В-3 сору жүйесі", "Ống thải tủ hút khu sắc ký và chiết tách", "solvent"),
)


def emissions_hk2(doc: Doc) -> None:
    """A large analytical laboratory's declaration of impact (category III) with the emissions worked out from the
    reagents used: `№ ИЗА | источник | реактив | код | выделяющееся вещество | класс | расход реактива, кг/год | доля
    перехода в атмосферу | время работы, ч/год | г/с | т/год`, each fume-hood system merged down over its reagents, the
    reagent written as the lab buys it (`Кислота соляная 36 % (х.ч.)`, `Аммиак водный 25 %`) beside the substance it gives
    off, the grams a second and the tonnes a year last, a total row (VI: a testing laboratory's report for a GPMT, named
    fume-hood stacks, the chemicals used in kilograms a year and the loads in g/s and kilograms a year)."""
    r = doc.rng
    lab = doc.pick((("Испытательный центр ТОО «Талдау Аналитика»", "«Талдау Аналитика» ЖШС сынақ орталығы", "г. Астана, район Есиль",
                     "Астана қ., Есіл ауданы"),
                    ("Центральная аналитическая лаборатория ТОО «Нур Аналитикс»", "«Нұр Аналитикс» ЖШС орталық аналитикалық зертханасы",
                     "г. Алматы, Алатауский район", "Алматы қ., Алатау ауданы"),
                    ("Лаборатория контроля качества АО «Алатау Фармация»", "«Алатау Фармация» АҚ сапаны бақылау зертханасы",
                     "Алматинская область, г. Талгар", "Алматы облысы, Талғар қ.")))
    hoods = r.randint(8, 18)
    if doc.lang == "vi":
        _emissions_hk2_vi(doc, hoods)
        return
    L = _L(doc)
    g = doc.v
    doc.h(g("Декларация о воздействии на окружающую среду (объект III категории)", "Қоршаған ортаға әсер ету туралы декларация (III санаттағы объект)", ""))
    doc.p(g(f"Объект: {lab[0]} ({lab[2]}). Приложение 2. Расчет выбросов загрязняющих веществ от вытяжных шкафов по расходу реактивов "
            "за 2025 год. Количество вещества, переходящего в атмосферу, принято долей от расхода реактива; максимальный разовый выброс "
            "отнесен ко времени работы вытяжных систем.",
            f"Объект: {lab[1]} ({lab[3]}). 2-қосымша. 2025 жылғы реактивтер шығыны бойынша сору шкафтарынан ластаушы заттар "
            "шығарындыларын есептеу. Атмосфераға өтетін зат мөлшері реактив шығынының үлесі ретінде қабылданды; ең жоғары бір реттік "
            "шығарынды сору жүйелерінің жұмыс уақытына жатқызылды.", ""))
    rows = [g(["№ ИЗА", "Источник выброса", "Реактив", "Код ЗВ", "Выделяющееся вещество", "Класс опасности", "Расход реактива, кг/год",
               "Доля перехода в атмосферу", "Время работы, ч/год", "Выброс, г/с", "Выброс, т/год"],
              ["ЛШК №", "Шығарынды көзі", "Реактив", "ЛЗ коды", "Бөлінетін зат", "Қауіптілік сыныбы", "Реактив шығыны, кг/жыл",
               "Атмосфераға өту үлесі", "Жұмыс уақыты, сағ/жыл", "Шығарынды, г/с", "Шығарынды, т/жыл"], [])]
    merges = []
    all_g, all_t = [], []
    numbers = []
    for number, s_ru, s_kk, _, pool in LAB_SOURCES:
        picked = [x for x in REAGENTS[pool] if r.random() < 0.75] or REAGENTS[pool][:1]
        hours = r.choice((1760, 1980, 2000, 2480))
        start = len(rows)
        for j, (re_ru, re_kk, _, c, (lo, hi), (klo, khi)) in enumerate(picked):
            use = float(r.randint(lo, hi))
            k = round(r.uniform(klo, khi), 3)
            t = _sig(use * k / 1000)
            gs = _sig(t * 1e6 / (hours * 3600))
            hz = SUBST[c][3]
            lead = [number, (s_ru, s_kk)[L].format(n=hoods)] if j == 0 else [None, None]
            rows.append([*lead, (re_ru, re_kk)[L], c, _sub(doc, c), str(hz), num(use, doc.lang), num(k, doc.lang),
                         num(hours, doc.lang) if j == 0 else None, num(gs, doc.lang), num(t, doc.lang)])
            doc.add("emissions", emission(c, gs, t, number, hz))
            all_g.append(gs)
            all_t.append(t)
        numbers.append(number)
        if len(picked) > 1:
            merges += [(start, col, len(rows) - 1, col) for col in (0, 1, 8)]
    rows.append([g("Итого по объекту", "Объект бойынша барлығы", ""), *[None] * 8, total(doc, all_g), total(doc, all_t)])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 8))
    doc.table(g("Таблица П2.1 – Выбросы загрязняющих веществ от лабораторных вытяжных систем",
                "П2.1-кесте – Зертханалық сору жүйелерінен ластаушы заттар шығарындылары", ""), rows, merges, role="emissions")
    doc.add("sources", *({"number": n, "type": "organized"} for n in numbers))
    doc.p(g("Сокращения: х.ч. – химически чистый, ч.д.а. – чистый для анализа, ос.ч. – особо чистый.",
            "Қысқартулар: х.т. – химиялық таза, т.д.а. – талдау үшін таза, ас.т. – аса таза.", ""))
    maybe_distractor(doc)


def _emissions_hk2_vi(doc: Doc, hoods: int) -> None:
    r = doc.rng
    lab = doc.pick(("Phòng thí nghiệm trung tâm – Công ty TNHH Dịch vụ Kiểm nghiệm An Khang",
                    "Trung tâm Kiểm nghiệm – Công ty Cổ phần Dược phẩm Phú Hòa",
                    "Phòng thí nghiệm phân tích môi trường – Công ty Cổ phần Kỹ thuật Môi trường Đông Á"))
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – {lab.upper()}")
    doc.p("Hơi dung môi, axit phát sinh từ các tủ hút được thu gom và thải qua ống thải trên mái. Tải lượng được tính theo lượng hóa chất "
          "sử dụng năm 2025 và hệ số bay hơi của từng loại hóa chất.")
    rows = [["TT", "Nguồn thải", "Hóa chất sử dụng", "Thông số ô nhiễm", "Lượng sử dụng (kg/năm)", "Hệ số bay hơi",
             "Thời gian hoạt động (giờ/năm)", "Tải lượng (g/s)", "Tải lượng (kg/năm)"]]
    merges = []
    for k, (_, _, _, s_vi, pool) in enumerate(LAB_SOURCES, 1):
        pool_items = [x for x in REAGENTS[pool] if x[3] not in ("0403", "0898")]
        picked = [x for x in pool_items if r.random() < 0.75] or pool_items[:1]
        hours = r.choice((2000, 2400, 2800))
        start = len(rows)
        for j, (_, _, re_vi, c, (lo, hi), (klo, khi)) in enumerate(picked):
            use = float(r.randint(lo, hi))
            kf = round(r.uniform(klo, khi), 3)
            kg = _sig(use * kf)
            gs = _sig(kg * 1000 / (hours * 3600))
            lead = [str(k), s_vi.format(n=hoods)] if j == 0 else [None, None]
            rows.append([*lead, re_vi, _sub(doc, c), num(use, "vi"), num(kf, "vi"), num(hours, "vi") if j == 0 else None,
                         num(gs, "vi"), num(kg, "vi")])
            doc.add("emissions", emission(c, gs, kg / 1000))
        if len(picked) > 1:
            merges += [(start, col, len(rows) - 1, col) for col in (0, 1, 6)]
    doc.table("Bảng 3.3. Tải lượng hơi hóa chất từ các tủ hút phòng thí nghiệm", rows, merges, role="emissions")
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

# (RU product, KK product, RU batch, KK batch, code of the product's wastes)
PRODUCTS = (
    ("Парацетамол, таблетки 500 мг", "Парацетамол, 500 мг таблеткалар", "600 тыс. таблеток", "600 мың таблетка", "07 05 14"),
    ("Амоксициллин, капсулы 250 мг", "Амоксициллин, 250 мг капсулалар", "400 тыс. капсул", "400 мың капсула", "07 05 13*"),
    ("Метформин, таблетки, покрытые пленочной оболочкой, 850 мг", "Метформин, үлбірлі қабықшамен қапталған 850 мг таблеткалар",
     "350 тыс. таблеток", "350 мың таблетка", "07 05 14"),
)
# (RU name, KK name, stage, code (None: the product's), RU state, KK state, kg per batch (low, high) or None, t a year if not per
#  batch, RU direction, KK direction)
REG_WASTES = (
    ("Некондиционная таблеточная масса и брак таблеток (капсул)", "Кондицияға сай емес таблетка массасы және таблеткалар (капсулалар) ақауы",
     "ТП-5", None, "твердое", "қатты", (4, 14), None, "термическое обезвреживание по договору", "шарт бойынша термиялық залалсыздандыру"),
    ("Пыль, уловленная циклонами и фильтрами аспирации", "Аспирация циклондары мен сүзгілері ұстаған шаң", "ТП-3, ТП-5", None,
     "пылевидное", "шаң тәрізді", (0.5, 2.5), None, "термическое обезвреживание по договору", "шарт бойынша термиялық залалсыздандыру"),
    ("Отработанные спиртовые растворы после нанесения оболочки и мойки оборудования",
     "Қабықша жабудан және жабдықты жуудан кейінгі пайдаланылған спирт ерітінділері", "ТП-6, ВР-2", "07 05 04*", "жидкое", "сұйық",
     (6, 22), None, "передача на регенерацию растворителя", "еріткішті регенерациялауға беру"),
    ("Первые промывные воды после мойки технологического оборудования", "Технологиялық жабдықты жуудан кейінгі алғашқы шаю сулары",
     "ВР-2", "07 05 01*", "жидкое", "сұйық", (40, 130), None, "передача на обезвреживание по договору", "шарт бойынша залалсыздандыруға беру"),
    ("Упаковка из-под сырья (полиэтиленовые мешки и вкладыши)", "Шикізаттан босаған орама (полиэтилен қаптар мен ішпектер)", "ТП-1",
     "15 01 02", "твердое", "қатты", (0.8, 3.0), None, "передача на переработку", "қайта өңдеуге беру"),
    ("Отходы блистерной ленты (ПВХ/алюминиевая фольга) при наладке линии", "Желіні баптау кезіндегі блистер таспасының қалдықтары "
     "(ПВХ/алюминий фольга)", "УМО-1", "15 01 05", "твердое", "қатты", (1.0, 4.5), None, "передача на переработку", "қайта өңдеуге беру"),
    ("Картонная упаковка сырья и вспомогательных материалов", "Шикізат пен қосалқы материалдардың картон орамасы", "ТП-1, УМО-2",
     "15 01 01", "твердое", "қатты", (2, 7), None, "передача на переработку", "қайта өңдеуге беру"),
    ("Отработанные фильтры HEPA и карманные фильтры систем вентиляции", "Желдету жүйелерінің пайдаланылған HEPA және қалталы сүзгілері",
     "ВР-1", "15 02 02*", "твердое", "қатты", None, (0.3, 1.4), "термическое обезвреживание по договору",
     "шарт бойынша термиялық залалсыздандыру"),
    ("Отходы лаборатории ОКК (остатки проб, реактивов и растворов)", "СББ зертханасының қалдықтары (сынамалар, реактивтер және "
     "ерітінділер қалдықтары)", "ОКК", "16 05 06*", "жидкое, твердое", "сұйық, қатты", None, (0.1, 0.6),
     "передача специализированной организации", "мамандандырылған ұйымға беру"),
)  # fmt: skip


def wastes_hk1(doc: Doc) -> None:
    """The section «Отходы производства» of a medicine's production regulation (технологический регламент): the stages are
    written as the regulation codes them (`ВР-2`, `ТП-5`, `УМО-1`, `ОКК`), each waste with its state, the amount on one
    batch in kilograms before the amount a year in tonnes, the direction last; the year's programme of batches only in the
    sentence before and the stages decoded in a table of no role after it (VI: a GMP plant's GPMT application, the hazardous
    wastes of each production step with kilograms a lot, the lots a year and kilograms a year, ordinary wastes without a
    code under the same header)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_hk1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p_ru, p_kk, b_ru, b_kk, pcode = doc.pick(PRODUCTS)
    batches = r.choice((120, 150, 180, 220, 240))
    plant = doc.pick((("ТОО «Оңтүстік Фарм»", "«Оңтүстік Фарм» ЖШС"), ("ТОО «Павлодар Фарм Синтез»", "«Павлодар Фарм Синтез» ЖШС")))[L]
    doc.h(g(f"Технологический регламент производства лекарственного препарата «{p_ru}». {plant}",
            f"{plant}. «{p_kk}» дәрілік препаратын өндірудің технологиялық регламенті", ""))
    doc.h(g("Раздел 11. Отходы производства, сточные воды, выбросы в атмосферу", "11-бөлім. Өндіріс қалдықтары, ағынды сулар, атмосфераға "
            "шығарындылар", ""))
    doc.p(g(f"Размер серии – {b_ru}. Годовая программа выпуска – {batches} серий. Коды отходов указаны по Классификатору отходов "
            "(приказ МЭГПР РК от 6 августа 2021 года № 314).",
            f"Серияның мөлшері – {b_kk}. Жылдық шығару бағдарламасы – {batches} серия. Қалдықтардың кодтары Қалдықтар сыныптауышы "
            "бойынша көрсетілген (ҚР ЭГТРМ 2021 жылғы 6 тамыздағы № 314 бұйрығы).", ""))
    rows = [g(["№", "Наименование отхода", "Стадия образования", "Код отхода", "Агрегатное состояние", "Количество на 1 серию, кг",
               "Количество в год, т", "Направление использования, обезвреживания"],
              ["№", "Қалдықтың атауы", "Түзілу сатысы", "Қалдық коды", "Агрегаттық күйі", "1 серияға мөлшері, кг", "Жылына мөлшері, т",
               "Пайдалану, залалсыздандыру бағыты"], [])]
    amounts = []
    picked = [w for w in REG_WASTES if r.random() < 0.85 or w[2] in ("ТП-5", "ВР-2")]
    for k, (n_ru, n_kk, stage, code, st_ru, st_kk, per, year, d_ru, d_kk) in enumerate(picked, 1):
        code = code or pcode
        if per:
            kg = round(r.uniform(*per), 1)
            t = round(kg * batches / 1000, 4)
            per_cell = num(kg, doc.lang)
        else:
            t = _sig(r.uniform(*year))
            per_cell = "–"
        name = (n_ru, n_kk)[L]
        rows.append([str(k), name, stage, code, (st_ru, st_kk)[L], per_cell, num(t, doc.lang), (d_ru, d_kk)[L]])
        amounts.append(t)
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t, "name_contains": _lead(name)})
    rows.append(["", g("Итого", "Барлығы", ""), "", "", "", "", total(doc, amounts), ""])
    doc.table(g("Таблица 11.1 – Твердые и жидкие отходы производства", "11.1-кесте – Өндірістің қатты және сұйық қалдықтары", ""), rows,
              role="wastes")
    srows = [g(["Код стадии", "Наименование стадии"], ["Саты коды", "Сатының атауы"], []),
             ["ВР-1", g("Подготовка воздуха чистых помещений", "Таза үй-жайлардың ауасын дайындау", "")],
             ["ВР-2", g("Мойка и стерилизация оборудования", "Жабдықты жуу және зарарсыздандыру", "")],
             ["ТП-1", g("Отвешивание и просеивание сырья", "Шикізатты өлшеп алу және електен өткізу", "")],
             ["ТП-3", g("Влажная грануляция и сушка", "Ылғалды түйіршіктеу және кептіру", "")],
             ["ТП-5", g("Таблетирование (капсулирование)", "Таблеткалау (капсулалау)", "")],
             ["ТП-6", g("Нанесение пленочной оболочки", "Үлбірлі қабықша жабу", "")],
             ["УМО-1", g("Фасовка в блистеры", "Блистерлерге буып-түю", "")],
             ["УМО-2", g("Упаковка во вторичную тару, маркировка, отгрузка", "Қайталама ыдысқа орау, таңбалау, жөнелту", "")],
             ["ОКК", g("Контроль качества (лаборатория)", "Сапаны бақылау (зертхана)", "")]]
    doc.table(g("Справочно: таблица 3.1 – Стадии технологического процесса", "Анықтама үшін: 3.1-кесте – Технологиялық процестің сатылары", ""),
              srows, role="other")


# (VI name, step, CTNH code or None, kg per lot (low, high) or None, kg a year if not per lot)
VN_REG_WASTES = (
    ("Dung môi, dịch rửa hữu cơ thải (cồn, IPA) từ công đoạn bao phim và vệ sinh thiết bị", "Bao phim, vệ sinh thiết bị", "03 05 03",
     (8, 25), None),
    ("Dung dịch rửa thiết bị thải (nước rửa lần đầu)", "Vệ sinh thiết bị", "03 05 01", (40, 120), None),
    ("Than hoạt tính, vật liệu lọc thải từ hệ thống xử lý hơi dung môi", "Xử lý khí thải", "03 05 07", None, (300, 1200)),
    ("Bùn thải từ hệ thống xử lý nước thải", "Xử lý nước thải", "03 05 08", None, (800, 4000)),
    ("Bóng đèn huỳnh quang, đèn UV thải", "Toàn nhà máy", "16 01 06", None, (15, 60)),
    ("Bao bì cứng thải bằng nhựa (can, thùng đựng hóa chất)", "Pha chế", "18 01 03", (0.5, 2.5), None),
    ("Giẻ lau, găng tay, khẩu trang nhiễm thành phần nguy hại", "Pha chế, dập viên", "18 02 01", (0.8, 3.0), None),
    ("Vỉ nhôm – PVC hỏng không nhiễm dược chất", "Đóng gói", None, (1.0, 4.0), None),
    ("Bao bì giấy, thùng carton thải", "Nhập nguyên liệu, đóng gói", None, (2.0, 6.0), None),
)


def _wastes_hk1_vi(doc: Doc) -> None:
    r = doc.rng
    plant = doc.pick(("Nhà máy dược phẩm Quang Minh", "Nhà máy hóa dược Nhơn Trạch"))
    lots = r.choice((150, 180, 240, 300))
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – {plant.upper()}")
    doc.h("3.3. Công trình lưu giữ, xử lý chất thải rắn, chất thải nguy hại")
    doc.p(f"Khối lượng chất thải phát sinh theo từng công đoạn được tính trên một lô sản xuất; số lô sản xuất trung bình {lots} lô/năm.")
    rows = [["TT", "Tên chất thải", "Công đoạn phát sinh", "Mã CTNH", "Khối lượng/lô (kg)", "Số lô/năm", "Tổng khối lượng (kg/năm)"]]
    for k, (name, step, code, per, year) in enumerate(VN_REG_WASTES, 1):
        if per:
            per_kg = round(r.uniform(*per), 1)
            kg = round(per_kg * lots, 1)
            cells = [num(per_kg, "vi"), num(lots, "vi")]
        else:
            kg = float(r.randint(*year))
            cells = ["-", "-"]
        rows.append([str(k), name, step, code or "-", *cells, num(kg, "vi")])
        if code:
            doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000, "name_contains": _lead(name, 4)})
        else:
            doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": kg / 1000, "name_contains": _lead(name, 4)})
    doc.table("Bảng 3.8. Chất thải phát sinh theo công đoạn sản xuất", rows, role="wastes")
    doc.p("Chất thải nguy hại được lưu giữ tại kho CTNH diện tích 24 m2 và chuyển giao cho đơn vị có chức năng theo hợp đồng.")
    maybe_distractor(doc)


# (RU, KK, code or None, colour RU, KK, RU container, KK container, RU place, KK place, RU treatment, KK treatment, RU how often,
#  KK how often, t a year (low, high) or None)
SOP_WASTES = (
    ("Культуральные жидкости и остатки вирусосодержащих суспензий", "Культуралдық сұйықтықтар және құрамында вирус бар суспензиялар қалдықтары",
     "18 02 02*", "красный", "қызыл", "емкость ПП 10 л с завинчивающейся крышкой", "бұрандалы қақпағы бар 10 л ПП сыйымдылығы",
     "производственные боксы 2.11–2.16 (BSL-2)", "2.11–2.16 өндірістік бокстар (BSL-2)", "автоклавирование 121 °С, 60 мин",
     "автоклавтау 121 °С, 60 мин", "после каждой смены", "әр ауысымнан кейін", (0.8, 3.5)),
    ("Лабораторный пластик и флаконы, контактировавшие с живыми культурами", "Тірі культуралармен жанасқан зертханалық пластик пен құтылар",
     "18 02 02*", "красный", "қызыл", "автоклавируемый пакет 30 л в жестком контейнере", "қатты контейнердегі автоклавталатын 30 л пакет",
     "боксы 2.11–2.16, лаборатория ОКК", "2.11–2.16 бокстар, СББ зертханасы", "автоклавирование 134 °С, 20 мин",
     "автоклавтау 134 °С, 20 мин", "по заполнению на 3/4, не реже 1 раза в смену", "3/4 толғанда, ауысымына кемінде 1 рет", (1.2, 4.8)),
    ("Куриные эмбрионы после сбора вируссодержащей жидкости", "Құрамында вирус бар сұйықтықты жинағаннан кейінгі тауық эмбриондары",
     "18 02 02*", "красный", "қызыл", "бак 60 л с крышкой", "қақпағы бар 60 л бак", "участок сбора аллантоисной жидкости, пом. 2.08",
     "аллантоис сұйықтығын жинау учаскесі, 2.08 бөлме", "автоклавирование, затем сжигание в инсинераторе",
     "автоклавтау, содан кейін инсинераторда жағу", "после каждого цикла сбора", "әр жинау циклынан кейін", (5, 18)),
    ("Трупы лабораторных животных и подстилка вивария", "Зертханалық жануарлардың өлекселері және виварий төсеніші", "18 02 02*", "красный",
     "қызыл", "мешок 50 л, хранение в морозильной камере при –18 °С", "50 л қап, –18 °С мұздатқыш камерада сақтау", "виварий, пом. 0.12",
     "виварий, 0.12 бөлме", "сжигание в инсинераторе ИН-50", "ИН-50 инсинераторында жағу", "1 раз в неделю", "аптасына 1 рет", (0.4, 1.6)),
    ("Острые предметы (иглы, скарификаторы, стеклянные пипетки)", "Өткір заттар (инелер, скарификаторлар, шыны тамызғыштар)", "18 02 01",
     "желтый", "сары", "непрокалываемый контейнер 1,5 л", "тесілмейтін 1,5 л контейнер", "все рабочие места", "барлық жұмыс орындары",
     "автоклавирование 134 °С, 20 мин", "автоклавтау 134 °С, 20 мин", "по заполнению на 3/4", "3/4 толғанда", (0.05, 0.3)),
    ("Забракованные серии вакцин и диагностикумов", "Жарамсыз деп танылған вакциналар мен диагностикумдар сериялары", "18 02 08", "синий",
     "көк", "картонная коробка 30 л", "30 л картон қорап", "склад карантина, пом. 1.04", "карантин қоймасы, 1.04 бөлме",
     "сжигание в инсинераторе ИН-50", "ИН-50 инсинераторында жағу", "по мере накопления", "жиналуына қарай", (0.2, 1.1)),
    ("Химические реактивы с истекшим сроком годности", "Жарамдылық мерзімі өткен химиялық реактивтер", "18 02 05*", "черный", "қара",
     "оригинальная тара в пластиковом контейнере 60 л", "60 л пластик контейнердегі түпнұсқа ыдыс", "лаборатория ОКК", "СББ зертханасы",
     "без обработки, передача специализированной организации", "өңдеусіз, мамандандырылған ұйымға беру", "1 раз в квартал",
     "тоқсанына 1 рет", (0.03, 0.15)),
    ("Отработанные HEPA-фильтры вытяжных систем заразной зоны", "Жұқпалы аймақ сору жүйелерінің пайдаланылған HEPA сүзгілері",
     "15 02 02*", "красный", "қызыл", "двойной пакет в жестком контейнере", "қатты контейнердегі қос пакет", "технический этаж",
     "техникалық қабат", "фумигация парами перекиси водорода, затем сжигание", "сутегі асқын тотығының буымен фумигациялау, содан кейін жағу",
     "при замене фильтров", "сүзгілерді ауыстыру кезінде", (0.1, 0.45)),
    ("Бактерицидные ультрафиолетовые и люминесцентные лампы", "Бактерицидтік ультракүлгін және люминесцентті шамдар", "20 01 21*",
     "черный", "қара", "картонная коробка в металлическом контейнере", "металл контейнердегі картон қорап", "склад службы главного "
     "энергетика", "бас энергетик қызметінің қоймасы", "без обработки", "өңдеусіз", "1 раз в квартал", "тоқсанына 1 рет", (0.01, 0.06)),
    ("Картонная упаковка", "Картон орама", "15 01 01", "белый", "ақ", "контейнер 1,1 м3", "1,1 м3 контейнер", "склад готовой продукции",
     "дайын өнім қоймасы", "прессование", "престеу", "ежедневно", "күн сайын", (3, 9)),
    ("Смешанные коммунальные отходы", "Аралас коммуналдық қалдықтар", "20 03 01", "зеленый", "жасыл", "контейнер 0,75 м3",
     "0,75 м3 контейнер", "площадка ТБО у КПП", "өткізу пункті жанындағы ҚТҚ алаңы", "–", "–", "ежедневно", "күн сайын", (6, 15)),
    ("Возвратная тара поставщиков (поддоны, бочки из-под сырья)", "Жеткізушілердің қайтарылатын ыдысы (тұғырықтар, шикізат бөшкелері)",
     None, "–", "–", "–", "–", "склад сырья", "шикізат қоймасы", "возврат поставщику", "жеткізушіге қайтару", "по графику поставок",
     "жеткізу кестесі бойынша", None),
)  # fmt: skip


def wastes_hk2(doc: Doc) -> None:
    """Annex 1 of a vaccine plant's standard operating procedure on handling wastes (СОП), under the SOP's document-control
    block (code, version, dates, who wrote and approved it — a table of no role): `№ | вид отхода | код | цвет маркировки
    | тара, объем | место сбора | обеззараживание | периодичность удаления | плановый объем, т/год`, the cells before the
    amount full of figures that are none (`10 л`, `121 °С, 60 мин`, rooms `2.11–2.16`, `–18 °С`), the supplier's
    returnable packaging on the last row with no code and no amount (VI: a vaccine plant's SOP with the colours of the
    Ministry of Health's rules — vàng, đen, xanh, trắng — CTNH codes, kilograms a year)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_hk2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    plant = doc.pick((("ТОО «Жамбыл Биовет»", "«Жамбыл Биовет» ЖШС"), ("ТОО «Агро Вет Фарм»", "«Агро Вет Фарм» ЖШС")))[L]
    ver = r.randint(2, 5)
    doc.h(g(f"{plant}. Стандартная операционная процедура СОП-ООС-014 «Сбор, обеззараживание и удаление отходов производства»",
            f"{plant}. СОП-ООС-014 «Өндіріс қалдықтарын жинау, залалсыздандыру және шығару» стандартты операциялық рәсімі", ""))
    code_doc = g("СОП-ООС-014", "СОП-ООС-014", "")
    ctrl = [g(["Код документа", "Версия", "Дата введения", "Заменяет", "Разработал", "Утвердил"],
              ["Құжат коды", "Нұсқа", "Енгізілген күні", "Ауыстырады", "Әзірлеген", "Бекіткен"], []),
            [code_doc, f"{ver:02d}", _date(doc, 2026), g(f"версию {ver - 1:02d}", f"{ver - 1:02d} нұсқаны", ""),
             g("инженер-эколог Сейткали Е.Б.", "инженер-эколог Сейтқали Е.Б.", ""), g("директор по качеству Абенова Д.М.",
                                                                                     "сапа жөніндегі директор Әбенова Д.М.", "")]]
    doc.table(None, ctrl, role="other")
    doc.p(g("6. Порядок обращения с отходами. Отходы собираются раздельно в тару установленного цвета; отходы, контактировавшие с "
            "живыми микроорганизмами, обеззараживаются на месте до удаления из чистой зоны. Перечень отходов приведен в приложении 1.",
            "6. Қалдықтармен жұмыс істеу тәртібі. Қалдықтар белгіленген түсті ыдысқа бөлек жиналады; тірі микроорганизмдермен жанасқан "
            "қалдықтар таза аймақтан шығарылғанға дейін орнында залалсыздандырылады. Қалдықтар тізбесі 1-қосымшада келтірілген.", ""))
    rows = [g(["№", "Вид отхода", "Код по классификатору", "Цвет маркировки", "Тара, объем", "Место сбора", "Обеззараживание / обработка",
               "Периодичность удаления", "Плановый объем образования, т/год"],
              ["№", "Қалдық түрі", "Сыныптауыш бойынша коды", "Таңбалау түсі", "Ыдыс, көлемі", "Жинау орны", "Залалсыздандыру / өңдеу",
               "Шығару кезеңділігі", "Түзілудің жоспарлы көлемі, т/жыл"], [])]
    for k, (n_ru, n_kk, code, c_ru, c_kk, t_ru, t_kk, p_ru, p_kk, h_ru, h_kk, f_ru, f_kk, rng) in enumerate(SOP_WASTES, 1):
        name = (n_ru, n_kk)[L]
        if rng is None:
            amount = "–"
        else:
            t = _sig(r.uniform(*rng))
            amount = num(t, doc.lang)
            doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t, "name_contains": _lead(name)})
        rows.append([str(k), name, code or "–", (c_ru, c_kk)[L], (t_ru, t_kk)[L], (p_ru, p_kk)[L], (h_ru, h_kk)[L], (f_ru, f_kk)[L], amount])
    doc.table(g(f"Приложение 1 к {code_doc}. Перечень отходов, маркировка тары и порядок удаления",
                f"{code_doc}-ке 1-қосымша. Қалдықтар тізбесі, ыдысты таңбалау және шығару тәртібі", ""), rows, role="wastes")
    doc.p(g("Тара для отходов, подлежащих автоклавированию, маркируется индикаторной лентой; журнал автоклавирования хранится 3 года.",
            "Автоклавталатын қалдықтарға арналған ыдыс индикаторлық таспамен таңбаланады; автоклавтау журналы 3 жыл сақталады.", ""))


# (VI name, CTNH code or None, colour, container, place, treatment, how often, kg a year (low, high))
VN_SOP_WASTES = (
    ("Chất thải lây nhiễm: dịch nuôi cấy, phôi trứng, dụng cụ nhựa tiếp xúc với vi sinh vật", "13 01 01", "Vàng",
     "Túi nilon màu vàng trong thùng có nắp đạp chân 30 lít", "Khu sản xuất cấp B, C", "Hấp tiệt trùng 121 °C trong 30 phút",
     "Cuối mỗi ca", (1500, 6000)),
    ("Chất thải sắc nhọn (kim tiêm, pipet thủy tinh)", "13 01 01", "Vàng", "Hộp kháng thủng 1,5 lít", "Tất cả vị trí làm việc",
     "Hấp tiệt trùng 134 °C trong 20 phút", "Khi đầy 3/4 hộp", (40, 250)),
    ("Hóa chất thải, thuốc thử hết hạn sử dụng", "13 01 02", "Đen", "Can nhựa 20 lít có nắp kín", "Phòng kiểm nghiệm", "Không xử lý tại chỗ",
     "03 tháng/lần", (30, 160)),
    ("Bóng đèn UV, đèn huỳnh quang thải", "16 01 06", "Đen", "Thùng carton chống va đập", "Kho kỹ thuật", "Không xử lý tại chỗ",
     "06 tháng/lần", (10, 60)),
    ("Vật liệu lọc HEPA, giẻ lau nhiễm thành phần nguy hại", "18 02 01", "Đen", "Túi đôi trong thùng cứng 120 lít", "Tầng kỹ thuật",
     "Khử nhiễm bằng hơi hydro peroxit", "Khi thay lọc", (80, 450)),
    ("Bao bì giấy, thùng carton", None, "Trắng", "Lồng chứa 1 m3", "Kho thành phẩm", "Ép kiện", "Hằng ngày", (2000, 8000)),
    ("Chất thải rắn sinh hoạt", None, "Xanh", "Thùng 240 lít", "Nhà ăn, văn phòng", "-", "Hằng ngày", (5000, 14000)),
)


def _wastes_hk2_vi(doc: Doc) -> None:
    r = doc.rng
    plant = doc.pick(("Nhà máy vắc xin thú y Thuận Đạo", "Nhà máy vắc xin và sinh phẩm Suối Dầu", "Nhà máy sinh phẩm Hòa Khánh"))
    doc.h(f"QUY TRÌNH THAO TÁC CHUẨN SOP-MT-014: THU GOM, XỬ LÝ BAN ĐẦU VÀ LƯU GIỮ CHẤT THẢI – {plant.upper()}")
    ver = r.randint(2, 6)
    doc.table(None, [["Mã tài liệu", "Phiên bản", "Ngày hiệu lực", "Người soạn thảo", "Người phê duyệt"],
                     ["SOP-MT-014", f"{ver:02d}", _date(doc, 2026, "/"), "Cán bộ môi trường Lê Văn Hải", "Giám đốc chất lượng Trần Thị Minh"]],
              role="other")
    doc.p("Chất thải được phân loại tại nguồn vào dụng cụ có màu theo Thông tư số 20/2021/TT-BYT; chất thải lây nhiễm được hấp tiệt "
          "trùng trước khi đưa ra khỏi khu vực sạch.")
    rows = [["STT", "Loại chất thải", "Mã CTNH", "Màu dụng cụ chứa", "Dụng cụ chứa", "Vị trí thu gom", "Xử lý ban đầu", "Tần suất thu gom",
             "Khối lượng dự kiến (kg/năm)"]]
    for k, (name, code, colour, cont, place, treat, often, rng) in enumerate(VN_SOP_WASTES, 1):
        kg = float(r.randint(*rng))
        rows.append([str(k), name, code or "-", colour, cont, place, treat, often, num(kg, "vi")])
        if code:
            doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000, "name_contains": _lead(name, 4)})
        else:
            doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": kg / 1000, "name_contains": _lead(name, 4)})
    doc.table("Phụ lục 1. Danh mục chất thải, màu dụng cụ chứa và tần suất thu gom", rows, role="wastes")


# ---------------------------------------------------------------- limits

# symbol: acceptance limit of a city's sewer for the plant, mg/l (a tuple is a range), results (low, high) as a share
SEWER = {"pH": ((6.5, 9.0), None), "COD": (500, (0.3, 0.85)), "BOD5": (300, (0.25, 0.8)), "TSS": (300, (0.1, 0.6)),
         "NH4+": (25, (0.1, 0.7)), "Surfactants": (10, (0.05, 0.6)), "Cl-": (350, (0.2, 0.7)), "Phenols": (0.25, (0.1, 0.8))}
UTILITY = (("ГКП «Алматы Су»", "«Алматы Су» МКК", "Алматинская область, г. Талгар"),
           ("ГКП «Астана Су Арнасы»", "«Астана Су Арнасы» МКК", "г. Астана"),
           ("ГКП «Кордай Су»", "«Қордай Су» МКК", "Жамбылская область, пгт Гвардейский"))


def _criterion(doc: Doc, s: str, lim) -> str:
    """An acceptance criterion as a validation protocol writes it: `6,5 – 9,0`, `≤ 500 мг/дм3`."""
    if isinstance(lim, tuple):
        return f"{num(lim[0], doc.lang)} – {num(lim[1], doc.lang)}"
    unit = {"ru": "мг/дм3", "kk": "мг/дм3", "vi": "mg/L"}[doc.lang]
    return f"≤ {num(lim, doc.lang)} {unit}"


def limits_hk1(doc: Doc) -> None:
    """The performance qualification (PQ) report of a vaccine plant's station for neutralising and heat-inactivating its
    waste water: `№ теста | контролируемый параметр | критерий приемлемости | серия 1 | серия 2 | серия 3 | заключение`,
    three consecutive validation runs as columns headed by their dates, the process tests first (temperature held,
    biological indicator, pressure — no substances) under one section row, then the waste water at the outlet `КК-2`
    under another, each criterion a limit written with `≤` and its unit inside the cell (pH as a range), the sewer
    utility's limits the criteria, `< 0,025` below the method's range, coliforms as `отсутствие` (VI: the PQ report of a
    GMP plant's waste-water plant, the criteria QCVN 40:2011/BTNMT column A already multiplied by Kq and Kf, `Ngày 1 … 3`)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_hk1_vi(doc)
        return
    g = doc.v
    u_ru, u_kk, city = doc.pick(UTILITY)
    days = sorted(r.sample(range(3, 27), 3))
    month = r.randint(2, 11)
    dates = [f"{d:02d}.{month:02d}.2026" for d in days]
    doc.h(g("Отчет о квалификации эксплуатационных характеристик (PQ) станции нейтрализации и термической инактивации сточных вод",
            "Ағынды суларды бейтараптандыру және термиялық инактивациялау станциясының пайдалану сипаттамаларын біліктілікке сынау (PQ) "
            "туралы есеп", ""))
    doc.p(g(f"Документ PQ-СНИ-{r.randint(1, 9):02d}. Квалификация выполнена на трех последовательных сериях стоков заразной зоны. "
            f"Критерии приемлемости для сбрасываемых сточных вод приняты по условиям приема сточных вод в систему водоотведения "
            f"{u_ru} ({city}); пробы отобраны в точке КК-2 на выходе станции перед сбросом в канализацию.",
            f"PQ-СНИ-{r.randint(1, 9):02d} құжаты. Біліктілікке сынау жұқпалы аймақ ағындарының қатарынан үш сериясында орындалды. "
            f"Ағызылатын ағынды суларға арналған қабылдау өлшемшарттары {u_kk} су бұру жүйесіне ағынды суларды қабылдау шарттары бойынша "
            "қабылданды; сынамалар кәрізге ағызу алдында станция шығысындағы КК-2 нүктесінде алынды.", ""))
    head = g(["№ теста", "Контролируемый параметр", "Критерий приемлемости", *(f"Серия {k}\n{d}" for k, d in enumerate(dates, 1)),
              "Заключение"],
             ["Сынақ №", "Бақыланатын параметр", "Қабылдау өлшемшарты", *(f"{k}-серия\n{d}" for k, d in enumerate(dates, 1)), "Қорытынды"], [])
    rows = [head]
    merges: list = []
    ok = g("соответствует", "сәйкес келеді", "")
    _span(rows, merges, g("7.1. Параметры процесса инактивации", "7.1. Инактивациялау процесінің параметрлері", ""), 7)
    temps = [f"{num(round(r.uniform(121.4, 123.8), 1), doc.lang)} °С / {r.randint(31, 38)} {g('мин', 'мин', '')}" for _ in range(3)]
    rows.append(["7.1.1", g("Температура стоков в реакторе инактивации и время выдержки", "Инактивациялау реакторындағы ағындардың "
                            "температурасы және ұстау уақыты", ""),
                 g("не ниже 121 °С не менее 30 мин", "кемінде 30 мин бойы 121 °С-тан төмен емес", ""), *temps, ok])
    none = g("рост отсутствует", "өсу жоқ", "")
    rows.append(["7.1.2", g("Биологический индикатор (Geobacillus stearothermophilus, 10⁶ спор)", "Биологиялық индикатор "
                            "(Geobacillus stearothermophilus, 10⁶ спора)", ""),
                 g("отсутствие роста после 7 сут инкубации", "7 тәулік инкубациядан кейін өсудің болмауы", ""), none, none, none, ok])
    rows.append(["7.1.3", g("Давление в реакторе", "Реактордағы қысым", ""), g("0,11 – 0,14 МПа", "0,11 – 0,14 МПа", ""),
                 *(num(round(r.uniform(0.115, 0.135), 3), doc.lang) for _ in range(3)), ok])
    _span(rows, merges, g("7.2. Показатели сточных вод на выходе станции (точка КК-2)", "7.2. Станция шығысындағы ағынды сулардың "
                          "көрсеткіштері (КК-2 нүктесі)", ""), 7)
    keys = ["pH", "COD", "BOD5", "TSS", *sorted(r.sample(["NH4+", "Surfactants", "Cl-", "Phenols"], 2), key=list(SEWER).index)]
    for k, s in enumerate(keys, 1):
        lim, share = SEWER[s]
        line = [f"7.2.{k}", vocab.water(s, doc.lang), _criterion(doc, s, lim)]
        for _ in range(3):
            if s == "pH":
                v = round(r.uniform(6.9, 8.6), 1)
            elif s == "Phenols" and r.random() < 0.4:
                line.append(f"< {num(0.025, doc.lang)}")
                add(doc, {x: y for x, y in limit(("symbol", s), "waste_water", lim, "mg/l", None, "КК-2").items() if x != "value"})
                continue
            else:
                v = _sig(lim * r.uniform(*share), 3)
            line.append(num(v, doc.lang))
            add(doc, limit(("symbol", s), "waste_water", lim, "mg/l", None, "КК-2", v))
        rows.append(line + [ok])
    nb = g("не обнаружены", "анықталған жоқ", "")
    rows.append([f"7.2.{len(keys) + 1}", vocab.water("Coliform", doc.lang), g("отсутствие в 100 см3", "100 см3-де болмауы", ""), nb, nb, nb, ok])
    doc.table(g("Таблица 7 – Результаты испытаний PQ", "7-кесте – PQ сынақтарының нәтижелері", ""), rows, merges, role="limits")
    doc.p(g("Вывод: станция обеспечивает инактивацию стоков и соответствие сбрасываемых вод условиям приема; квалификация признана "
            "успешной, повторная квалификация – при изменении режима или через 3 года.",
            "Қорытынды: станция ағындарды инактивациялауды және ағызылатын сулардың қабылдау шарттарына сәйкестігін қамтамасыз етеді; "
            "біліктілікке сынау сәтті деп танылды, қайта сынау – режим өзгергенде немесе 3 жылдан кейін.", ""))
    maybe_distractor(doc)


# symbol: (QCVN 40:2011/BTNMT column A, unit, multiplied by Kq × Kf?, result share (low, high))
QCVN40A = {"pH": ((6, 9), None, False, None), "BOD5": (30, "mg/l", True, (0.2, 0.8)), "COD": (75, "mg/l", True, (0.25, 0.85)),
           "TSS": (50, "mg/l", True, (0.1, 0.7)), "NH4+": (5, "mg/l", True, (0.05, 0.6)), "TN": (20, "mg/l", True, (0.2, 0.7)),
           "Coliform": (3000, "MPN/100ml", False, None)}


def _limits_hk1_vi(doc: Doc) -> None:
    r = doc.rng
    kq, kf = doc.pick((0.9, 1.0)), 1.1
    plant = doc.pick(("Nhà máy sản xuất thuốc tiêm Phú Hòa", "Nhà máy dược phẩm Quang Minh", "Nhà máy vắc xin thú y Thuận Đạo"))
    days = sorted(r.sample(range(3, 27), 3))
    month = r.randint(2, 11)
    doc.h(f"BÁO CÁO THẨM ĐỊNH HIỆU NĂNG (PQ) HỆ THỐNG XỬ LÝ NƯỚC THẢI – {plant.upper()}")
    doc.p(f"Thẩm định được thực hiện trong 03 ngày vận hành liên tiếp. Tiêu chí chấp nhận của nước thải sau xử lý tại điểm NT1 (hố ga "
          f"trước khi xả ra nguồn tiếp nhận) là QCVN 40:2011/BTNMT, cột A, Cmax = C × Kq × Kf với Kq = {num(kq, 'vi')}, Kf = {num(kf, 'vi')}.")
    rows = [["Mã phép thử", "Thông số", "Tiêu chí chấp nhận", *(f"Ngày {k}\n{d:02d}/{month:02d}/2026" for k, d in enumerate(days, 1)), "Kết luận"]]
    merges: list = []
    _span(rows, merges, "6.1. Thông số vận hành", 7)
    rows.append(["6.1.1", "Lưu lượng nước thải xử lý (m3/ngày)", "≤ 150", *(num(r.randint(92, 140), "vi") for _ in range(3)), "Đạt"])
    rows.append(["6.1.2", "Nồng độ DO bể hiếu khí (mg/L)", "2 – 4", *(num(round(r.uniform(2.2, 3.8), 1), "vi") for _ in range(3)), "Đạt"])
    _span(rows, merges, "6.2. Chất lượng nước thải sau xử lý (điểm NT1)", 7)
    for k, (s, (lim, unit, scaled, share)) in enumerate(QCVN40A.items(), 1):
        cmax = _sig(lim * kq * kf, 4) if scaled else lim
        crit = cell(doc, cmax) if isinstance(cmax, tuple) else f"≤ {num(cmax, 'vi')}" + (f" {unit.replace('mg/l', 'mg/L')}" if unit else "")
        line = [f"6.2.{k}", vocab.water(s, "vi"), crit]
        for _ in range(3):
            if s == "pH":
                v = round(r.uniform(6.6, 7.9), 1)
            elif s == "Coliform":
                v = float(r.choice((230, 430, 750, 930, 1500, 2100)))
            else:
                v = _sig(cmax * r.uniform(*share), 3)
            line.append(num(v, "vi"))
            add(doc, limit(("symbol", s), "waste_water", cmax, unit, "A", "NT1", v))
        rows.append(line + ["Đạt"])
    doc.table("Bảng 6. Kết quả thẩm định hiệu năng", rows, merges, role="limits")
    doc.p("Kết luận: hệ thống xử lý nước thải vận hành ổn định, chất lượng nước thải sau xử lý đáp ứng tiêu chí chấp nhận.")
    maybe_distractor(doc)


# (point, RU place, KK place)
TREND_POINTS = (("КК-1", "выпуск хозяйственно-бытовых и производственных стоков корпуса 1", "1-корпустың шаруашылық-тұрмыстық және өндірістік "
                 "ағындарының шығарылымы"),
                ("КК-2", "выпуск после локальных очистных сооружений производственного корпуса 2", "2-өндірістік корпустың жергілікті "
                 "тазарту құрылыстарынан кейінгі шығарылым"))
TREND_KEYS = ("pH", "COD", "BOD5", "TSS", "Surfactants", "NH4+", "Cl-")


def limits_hk2(doc: Doc) -> None:
    """A cosmetics and pharmaceutical plant's trend report on its waste water for 2025 (an annex of its SOP on monitoring):
    the two sewer outlets as rows spanning the table, `показатель | ед. изм. | ДК по условиям приема | уровень
    предупреждения | уровень действия | I кв. | II кв. | III кв. | IV кв. | тренд`, the plant's own alert and action levels
    (70 % and 90 % of the ДК, figures of the same unit) between the utility's limit and the four quarters' results, arrows
    in the last column (VI: a cosmetics factory in an industrial park, the park's acceptance limits beside `Ngưỡng cảnh báo`
    and `Ngưỡng hành động`)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_hk2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    plant = doc.pick((("ТОО «Ақ Бота Косметикс»", "«Ақ Бота Косметикс» ЖШС"), ("АО «Алатау Фармация»", "«Алатау Фармация» АҚ")))[L]
    doc.h(g(f"{plant}. Отчет по трендам показателей сточных вод за 2025 год", f"{plant}. 2025 жылғы ағынды сулар көрсеткіштерінің "
            "трендтері бойынша есеп", ""))
    doc.p(g("Приложение 4 к СОП-ООС-021 «Мониторинг сточных вод». Внутренние уровни установлены предприятием: уровень предупреждения – "
            "70 % допустимой концентрации (ДК), уровень действия – 90 % ДК; при достижении уровня действия открывается отклонение и "
            "разрабатываются CAPA. ДК – по условиям приема сточных вод в городскую канализацию.",
            "СОП-ООС-021 «Ағынды суларды мониторингтеу» рәсіміне 4-қосымша. Ішкі деңгейлерді кәсіпорын белгіледі: ескерту деңгейі – жол "
            "берілетін концентрацияның (ЖК) 70 %-ы, әрекет ету деңгейі – ЖК-ның 90 %-ы; әрекет ету деңгейіне жеткенде ауытқу ашылады және "
            "CAPA әзірленеді. ЖК – қалалық кәрізге ағынды суларды қабылдау шарттары бойынша.", ""))
    head = g(["Показатель", "Ед. изм.", "ДК по условиям приема", "Уровень предупреждения", "Уровень действия", "I кв.", "II кв.", "III кв.",
              "IV кв.", "Тренд"],
             ["Көрсеткіш", "Өлш. бірл.", "Қабылдау шарттары бойынша ЖК", "Ескерту деңгейі", "Әрекет ету деңгейі", "I тқс.", "II тқс.",
              "III тқс.", "IV тқс.", "Тренд"], [])
    rows = [head]
    merges: list = []
    for pid, p_ru, p_kk in TREND_POINTS:
        _span(rows, merges, f"{pid} – {(p_ru, p_kk)[L]}", 10)
        for s in TREND_KEYS:
            lim, share = SEWER[s]
            if s == "pH":
                vals = [round(r.uniform(6.9, 8.7), 1) for _ in range(4)]
                warn, act = "–", "–"
                unit = g("ед. pH", "pH бірл.", "")
            else:
                vals = [_sig(lim * r.uniform(*share), 3) for _ in range(4)]
                warn, act = num(_sig(lim * 0.7, 4), doc.lang), num(_sig(lim * 0.9, 4), doc.lang)
                unit = g("мг/дм3", "мг/дм3", "")
            trend = "↑" if vals[3] > vals[0] * 1.15 else "↓" if vals[3] < vals[0] * 0.85 else "→"
            rows.append([vocab.water(s, doc.lang), unit, cell(doc, lim), warn, act, *(num(v, doc.lang) for v in vals), trend])
            for v in vals:
                add(doc, limit(("symbol", s), "waste_water", lim, "mg/l", None, pid, v))
    doc.table(g("Таблица 1 – Результаты контроля сточных вод по кварталам 2025 года", "1-кесте – 2025 жылғы тоқсандар бойынша ағынды "
                "суларды бақылау нәтижелері", ""), rows, merges, role="limits")
    doc.p(g("Тренд: ↑ – рост более 15 % к I кварталу, ↓ – снижение более 15 %, → – без значимых изменений.",
            "Тренд: ↑ – I тоқсанға қарағанда 15 %-дан астам өсу, ↓ – 15 %-дан астам төмендеу, → – елеулі өзгерістерсіз.", ""))
    maybe_distractor(doc)


# symbol: (acceptance limit of the park, unit, result share (low, high))
PARK = {"pH": ((5.5, 9), None, None), "COD": (400, "mg/l", (0.3, 0.85)), "BOD5": (250, "mg/l", (0.25, 0.8)), "TSS": (200, "mg/l", (0.1, 0.6)),
        "NH4+": (20, "mg/l", (0.1, 0.6)), "TP": (6, "mg/l", (0.1, 0.7)), "Surfactants": (10, "mg/l", (0.1, 0.8))}


def _limits_hk2_vi(doc: Doc) -> None:
    r = doc.rng
    plant, park = doc.pick((("Nhà máy mỹ phẩm Sóng Thần", "KCN Sóng Thần 2"), ("Nhà máy mỹ phẩm Tân Uyên Xanh", "KCN Nam Tân Uyên"),
                            ("Nhà máy hóa mỹ phẩm Mỹ Phước", "KCN Mỹ Phước 3")))
    doc.h(f"BÁO CÁO PHÂN TÍCH XU HƯỚNG CHẤT LƯỢNG NƯỚC THẢI NĂM 2025 – {plant.upper()}")
    doc.p(f"Giới hạn tiếp nhận theo hợp đồng đấu nối nước thải với Công ty phát triển hạ tầng {park}. Ngưỡng cảnh báo (70% giới hạn) và "
          "ngưỡng hành động (90% giới hạn) do nhà máy tự đặt ra để kiểm soát nội bộ.")
    rows = [["Thông số", "Đơn vị", f"Giới hạn tiếp nhận của {park}", "Ngưỡng cảnh báo", "Ngưỡng hành động", "Quý I", "Quý II", "Quý III",
             "Quý IV", "Xu hướng"]]
    merges: list = []
    for pid, place in (("NT1", "Hố ga đấu nối số 1 (khu sản xuất dầu gội, sữa tắm)"), ("NT2", "Hố ga đấu nối số 2 (khu sản xuất kem)")):
        _span(rows, merges, f"{pid} – {place}", 10)
        for s, (lim, unit, share) in PARK.items():
            if s == "pH":
                vals = [round(r.uniform(6.2, 8.4), 1) for _ in range(4)]
                warn, act = "-", "-"
            else:
                vals = [_sig(lim * r.uniform(*share), 3) for _ in range(4)]
                warn, act = num(_sig(lim * 0.7, 4), "vi"), num(_sig(lim * 0.9, 4), "vi")
            trend = "Tăng" if vals[3] > vals[0] * 1.15 else "Giảm" if vals[3] < vals[0] * 0.85 else "Ổn định"
            rows.append([vocab.water(s, "vi"), "-" if s == "pH" else "mg/L", cell(doc, lim), warn, act, *(num(v, "vi") for v in vals), trend])
            for v in vals:
                add(doc, limit(("symbol", s), "waste_water", lim, unit, None, pid, v))
    doc.table("Bảng 2. Kết quả quan trắc nước thải theo quý năm 2025", rows, merges, role="limits")
    doc.p("Khi kết quả vượt ngưỡng hành động, bộ phận HSE lập báo cáo sai lệch và đề xuất hành động khắc phục, phòng ngừa (CAPA).")
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring


def _names(doc: Doc, keys) -> str:
    """Substances by name and code (air) or by name (water, soil), joined by commas."""
    out = []
    for kind, key in keys:
        if kind == "code":
            out.append(_sub(doc, key) if doc.lang == "vi" else f"{_sub(doc, key).split(' (')[0].lower()} ({key})")
        elif kind == "soil":
            out.append(vocab.soil(key, doc.lang))
        else:
            out.append(vocab.water(key, doc.lang))
    return ", ".join(out)


def _mon(pid: str, keys, word) -> list[dict]:
    return [{"point": pid, ("code" if kind == "code" else "symbol"): key, "frequency": word} for kind, key in keys]


# GMP rows: (RU object, KK object, RU what, KK what, RU how often, KK how often, RU who, KK who)
GMP_ROWS = (
    ("Зона класса A (RABS линии асептического наполнения, к. 1.21)", "A сыныбының аймағы (асептикалық толтыру желісінің RABS, 1.21 б.)",
     "неживые частицы ≥ 0,5 мкм и ≥ 5,0 мкм (счетная концентрация)", "тірі емес бөлшектер ≥ 0,5 мкм және ≥ 5,0 мкм (санау концентрациясы)",
     "непрерывно во время работы", "жұмыс кезінде үздіксіз", "система мониторинга частиц", "бөлшектерді мониторингтеу жүйесі"),
    ("Зона класса A", "A сыныбының аймағы", "микробиологическая чистота воздуха и поверхностей (седиментация, контактные пластины, "
     "отпечатки перчаток)", "ауа мен беттердің микробиологиялық тазалығы (седиментация, байланыс пластиналары, қолғап таңбалары)",
     "каждую смену", "әр ауысымда", "микробиологическая лаборатория ОКК", "СББ микробиологиялық зертханасы"),
    ("Помещения класса B", "B сыныбының үй-жайлары", "неживые частицы; микроорганизмы в воздухе (активный отбор)",
     "тірі емес бөлшектер; ауадағы микроорганизмдер (белсенді іріктеу)", "ежедневно", "күн сайын", "микробиологическая лаборатория ОКК",
     "СББ микробиологиялық зертханасы"),
    ("Помещения классов C и D", "C және D сыныптарының үй-жайлары", "неживые частицы; микроорганизмы в воздухе и на поверхностях",
     "тірі емес бөлшектер; ауадағы және беттердегі микроорганизмдер", "еженедельно (C), ежемесячно (D)", "апта сайын (C), ай сайын (D)",
     "микробиологическая лаборатория ОКК", "СББ микробиологиялық зертханасы"),
    ("Системы HVAC чистых помещений", "Таза үй-жайлардың HVAC жүйелері", "перепады давления между помещениями, температура, относительная "
     "влажность", "үй-жайлар арасындағы қысым айырмалары, температура, салыстырмалы ылғалдылық", "непрерывно (BMS)", "үздіксіз (BMS)",
     "инженерная служба", "инженерлік қызмет"),
)  # fmt: skip
# ПЭК rows: (point, RU place, KK place, [(kind, key)], word, RU who, KK who)
PEK_ROWS = (
    ("Т-1", "граница СЗЗ, север (300 м от производственного корпуса)", "СҚА шекарасы, солтүстік (өндірістік корпустан 300 м)",
     [("code", "1061"), ("code", "1051"), ("code", "2902")], "quarterly", "аккредитованная лаборатория", "аккредиттелген зертхана"),
    ("Т-2", "граница СЗЗ, юго-восток", "СҚА шекарасы, оңтүстік-шығыс", [("code", "1061"), ("code", "1051"), ("code", "2902")], "quarterly",
     "аккредитованная лаборатория", "аккредиттелген зертхана"),
    ("КК-1", "колодец на выпуске в городскую канализацию", "қалалық кәрізге шығарылымдағы құдық",
     [("water", "pH"), ("water", "COD"), ("water", "BOD5"), ("water", "TSS"), ("water", "Surfactants"), ("water", "NH4+")], "monthly",
     "лаборатория ОКК (внутренний контроль)", "СББ зертханасы (ішкі бақылау)"),
    ("Н-1", "наблюдательная скважина у склада ЛВЖ", "ТТС қоймасы жанындағы бақылау ұңғымасы",
     [("water", "pH"), ("water", "TDS"), ("water", "TPH"), ("water", "NO3-")], "semiannual", "аккредитованная лаборатория",
     "аккредиттелген зертхана"),
    ("П-1", "почва у площадки накопления отходов", "қалдықтарды жинақтау алаңы жанындағы топырақ",
     [("soil", "TPH"), ("soil", "Pb"), ("soil", "Zn")], "yearly", "аккредитованная лаборатория", "аккредиттелген зертхана"),
)  # fmt: skip


def monitoring_hk1(doc: Doc) -> None:
    """A pharmaceutical plant's single monitoring plan for the year kept by its quality and environment services: `№ |
    объект, точка контроля | контролируемые параметры | периодичность | исполнитель` under two section rows — first the
    GMP monitoring of the clean rooms (non-viable particles ≥ 0,5 µm, microorganisms, pressure differentials; continuous,
    every shift, daily, weekly), duties that carry no substance of the environment, then the ПЭК points: the boundary of
    the protection zone, the sewer outlet, a well and a soil point with their substances, the air substances as `name
    (code)` (VI: a GMP plant's kế hoạch giám sát, `Giám sát môi trường phòng sạch` above the periodic monitoring of its
    permit)."""
    r = doc.rng
    if doc.lang == "vi":
        _monitoring_hk1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    plant = doc.pick((("АО «Алатау Фармация»", "«Алатау Фармация» АҚ"), ("ТОО «Сарыарқа Медикал»", "«Сарыарқа Медикал» ЖШС")))[L]
    doc.h(g(f"{plant}. План мониторинга на 2026 год", f"{plant}. 2026 жылға арналған мониторинг жоспары", ""))
    doc.p(g("План объединяет мониторинг производственной среды чистых помещений (требования GMP) и производственный экологический "
            "контроль по программе ПЭК; согласован уполномоченным лицом и начальником отдела охраны окружающей среды.",
            "Жоспар таза үй-жайлардың өндірістік ортасын мониторингтеуді (GMP талаптары) және ӨЭБ бағдарламасы бойынша өндірістік "
            "экологиялық бақылауды біріктіреді; уәкілетті тұлғамен және қоршаған ортаны қорғау бөлімінің бастығымен келісілді.", ""))
    rows = [g(["№", "Объект, точка контроля", "Контролируемые параметры", "Периодичность", "Исполнитель"],
              ["№", "Объект, бақылау нүктесі", "Бақыланатын параметрлер", "Кезеңділігі", "Орындаушы"], [])]
    merges: list = []
    _span(rows, merges, g("А. Мониторинг производственной среды чистых помещений (GMP)", "А. Таза үй-жайлардың өндірістік ортасын "
                          "мониторингтеу (GMP)", ""), 5)
    for k, (o_ru, o_kk, w_ru, w_kk, f_ru, f_kk, h_ru, h_kk) in enumerate(GMP_ROWS, 1):
        rows.append([f"А.{k}", (o_ru, o_kk)[L], (w_ru, w_kk)[L], (f_ru, f_kk)[L], (h_ru, h_kk)[L]])
    _span(rows, merges, g("Б. Производственный экологический контроль (программа ПЭК)", "Б. Өндірістік экологиялық бақылау (ӨЭБ "
                          "бағдарламасы)", ""), 5)
    picked = [p for p in PEK_ROWS if p[0] in ("Т-1", "КК-1") or r.random() < 0.8]
    for k, (pid, p_ru, p_kk, keys, word, h_ru, h_kk) in enumerate(picked, 1):
        rows.append([f"Б.{k}", f"{pid} – {(p_ru, p_kk)[L]}", _names(doc, keys), freq(doc, word), (h_ru, h_kk)[L]])
        doc.add("monitoring", *_mon(pid, keys, word))
    doc.table(g("Таблица 1 – План мониторинга", "1-кесте – Мониторинг жоспары", ""), rows, merges, role="monitoring")
    doc.p(g("СЗЗ – санитарно-защитная зона; ЛВЖ – легковоспламеняющиеся жидкости; BMS – система управления зданием.",
            "СҚА – санитариялық-қорғау аймағы; ТТС – тез тұтанатын сұйықтықтар; BMS – ғимаратты басқару жүйесі.", ""))
    maybe_distractor(doc)


VN_GMP_ROWS = (
    ("Khu vực cấp A (vùng chiết rót vô trùng)", "Tiểu phân không sống kích thước ≥ 0,5 µm và ≥ 5,0 µm", "Liên tục trong thời gian sản xuất",
     "Phòng Đảm bảo chất lượng"),
    ("Khu vực cấp A", "Vi sinh vật trong không khí và trên bề mặt (đĩa thạch lắng, đĩa tiếp xúc, dấu găng tay)", "Mỗi ca sản xuất",
     "Phòng Kiểm nghiệm – tổ vi sinh"),
    ("Phòng sạch cấp B, C", "Tiểu phân không sống; vi sinh vật trong không khí", "Hằng ngày (cấp B), hằng tuần (cấp C)",
     "Phòng Kiểm nghiệm – tổ vi sinh"),
    ("Hệ thống HVAC", "Chênh áp giữa các phòng, nhiệt độ, độ ẩm tương đối", "Liên tục (hệ thống BMS)", "Phòng Cơ điện"),
)
VN_PERMIT_ROWS = (
    ("NT1", "Hố ga sau hệ thống xử lý nước thải, trước khi đấu nối vào KCN",
     [("water", "pH"), ("water", "BOD5"), ("water", "COD"), ("water", "TSS"), ("water", "NH4+"), ("water", "Coliform")], "quarterly"),
    ("KT1", "Ống thải hệ thống xử lý hơi dung môi khu pha chế", [("code", "2902"), ("code", "1061")], "semiannual"),
    ("KT2", "Ống khói lò hơi đốt dầu DO 2 tấn hơi/giờ", [("code", "2902"), ("code", "0330"), ("code", "0301"), ("code", "0337")], "semiannual"),
)


def _monitoring_hk1_vi(doc: Doc) -> None:
    r = doc.rng
    plant = doc.pick(("Nhà máy sản xuất thuốc tiêm Phú Hòa", "Nhà máy thuốc tiêm Long Hậu"))
    doc.h(f"KẾ HOẠCH GIÁM SÁT NĂM 2026 – {plant.upper()}")
    doc.p("Kế hoạch gồm giám sát môi trường phòng sạch theo GMP và quan trắc môi trường định kỳ theo Giấy phép môi trường của nhà máy.")
    rows = [["TT", "Đối tượng, vị trí", "Thông số", "Tần suất", "Đơn vị thực hiện"]]
    merges: list = []
    _span(rows, merges, "A. Giám sát môi trường phòng sạch (GMP)", 5)
    for k, (obj, what, often, who) in enumerate(VN_GMP_ROWS, 1):
        rows.append([f"A.{k}", obj, what, often, who])
    _span(rows, merges, "B. Quan trắc môi trường định kỳ theo Giấy phép môi trường", 5)
    picked = [p for p in VN_PERMIT_ROWS if p[0] == "NT1" or r.random() < 0.8]
    for k, (pid, place, keys, word) in enumerate(picked, 1):
        rows.append([f"B.{k}", f"{pid}: {place}", _names(doc, keys), freq(doc, word), "Đơn vị quan trắc có chứng nhận VIMCERTS"])
        doc.add("monitoring", *_mon(pid, keys, word))
    doc.table("Bảng 1. Kế hoạch giám sát", rows, merges, role="monitoring")
    maybe_distractor(doc)


# a point's bottles: (RU container, KK container, VI container, [(kind, key)])
ROUTE = {
    "КК-1": (("колодец на выпуске в городскую канализацию", "қалалық кәрізге шығарылымдағы құдық", "Hố ga đấu nối nước thải sau xử lý"),
             "monthly", [
                 ("пластик, 1,5 дм3, без консервации, охлаждение до 2–5 °С", "пластик, 1,5 дм3, консервациясыз, 2–5 °С дейін салқындату",
                  "Chai nhựa 1,5 L, không bảo quản hóa chất, giữ lạnh 2–5 °C", [("water", "pH"), ("water", "TSS"), ("water", "BOD5")]),
                 ("стекло, 0,5 дм3, H2SO4 до pH < 2", "шыны, 0,5 дм3, H2SO4 арқылы pH < 2 дейін", "Chai thủy tinh 0,5 L, axit hóa bằng H2SO4 đến pH < 2",
                  [("water", "COD"), ("water", "NH4+")]),
                 ("стекло, 1 дм3, без консервации, анализ в течение 24 ч", "шыны, 1 дм3, консервациясыз, 24 сағ ішінде талдау",
                  "Chai thủy tinh 1 L, phân tích trong 24 giờ", [("water", "Surfactants")]),
             ]),
    "КК-2": (("выход станции термической инактивации стоков", "ағындарды термиялық инактивациялау станциясының шығысы",
              "Đầu ra bể khử trùng nước thải khu vi sinh"), "quarterly", [
                 ("стерильный флакон, 0,5 дм3, с тиосульфатом натрия", "натрий тиосульфаты бар стерильді құты, 0,5 дм3",
                  "Chai vô trùng 0,5 L có natri thiosunfat", [("water", "Coliform")]),
                 ("стекло, 0,5 дм3, H2SO4 до pH < 2", "шыны, 0,5 дм3, H2SO4 арқылы pH < 2 дейін", "Chai thủy tinh 0,5 L, axit hóa bằng H2SO4 đến pH < 2",
                  [("water", "COD")]),
             ]),
    "Н-1": (("наблюдательная скважина у склада ЛВЖ", "ТТС қоймасы жанындағы бақылау ұңғымасы", "Giếng quan trắc nước dưới đất cạnh kho dung môi"),
            "semiannual", [
                ("пластик, 1,5 дм3, после прокачки трех объемов скважины", "пластик, 1,5 дм3, ұңғыманың үш көлемін айдағаннан кейін",
                 "Chai nhựa 1,5 L, lấy sau khi bơm xả 3 lần thể tích giếng", [("water", "pH"), ("water", "TDS"), ("water", "Cl-")]),
                ("стекло, 1 дм3, экстракция в течение 24 ч", "шыны, 1 дм3, 24 сағ ішінде экстракциялау", "Chai thủy tinh 1 L, chiết trong 24 giờ",
                 [("water", "TPH")]),
                ("пластик, 0,25 дм3, HNO3 до pH < 2", "пластик, 0,25 дм3, HNO3 арқылы pH < 2 дейін", "Chai nhựa 0,25 L, axit hóa bằng HNO3 đến pH < 2",
                 [("water", "Fe"), ("water", "Mn")]),
            ]),
    "Т-1": (("граница СЗЗ, подветренная сторона", "СҚА шекарасы, ық жағы", "Không khí xung quanh tại cổng sau nhà máy (cuối hướng gió)"),
            "quarterly", [
                ("фильтр АФА-ВП-20, аспиратор 20 дм3/мин, 20 мин", "АФА-ВП-20 сүзгісі, аспиратор 20 дм3/мин, 20 мин",
                 "Giấy lọc sợi thủy tinh, bơm hút 20 L/phút trong 1 giờ", [("code", "2902")]),
                ("поглотительный прибор Рихтера, 6 см3 дистиллированной воды", "Рихтердің сіңіргіш аспабы, 6 см3 дистилденген су",
                 "Ống hấp thụ chứa 10 mL nước cất", [("code", "1325")]),
                ("сорбционная трубка с активированным углем", "белсендірілген көмірі бар сорбциялық түтік", "Ống than hoạt tính",
                 [("code", "1061")]),
            ]),
}


def monitoring_hk2(doc: Doc) -> None:
    """A contract laboratory's route sheet of sampling at a veterinary-drug plant under its ПЭК programme: `очередность |
    точка отбора | проба (тара, объем, консервация) | определяемые показатели | периодичность`, a row per bottle with the
    point merged down over its bottles and its frequency merged down likewise, the preservatives and fixing agents written
    as formulas in the bottle cell (`H2SO4 до pH < 2`, `HNO3`, `тиосульфат натрия`) beside the parameters the bottle is for
    — chemicals that are no parameters (VI: a monitoring firm's kế hoạch lấy mẫu và bảo quản mẫu at a veterinary-vaccine
    plant, `axit hóa bằng H2SO4 đến pH < 2`)."""
    r = doc.rng
    L = vocab.LANGS.index(doc.lang)
    g = doc.v
    points = [p for p in ROUTE if p in ("КК-1", "Т-1") or r.random() < 0.75]
    vi_id = {"КК-1": "NT1", "КК-2": "NT2", "Н-1": "NN1", "Т-1": "KK1"}
    if doc.lang == "vi":
        doc.h("KẾ HOẠCH LẤY MẪU VÀ BẢO QUẢN MẪU NĂM 2026 – NHÀ MÁY VẮC XIN THÚ Y THUẬN ĐẠO")
        doc.p("Đơn vị thực hiện: Công ty Cổ phần Kỹ thuật Môi trường Đông Á (VIMCERTS). Kế hoạch áp dụng cho cán bộ lấy mẫu hiện trường.")
    else:
        plant = doc.pick((("ТОО «Агро Вет Фарм»", "«Агро Вет Фарм» ЖШС"), ("ТОО «Жамбыл Биовет»", "«Жамбыл Биовет» ЖШС")))[L]
        doc.h(g(f"Маршрутный лист отбора проб по программе ПЭК на 2026 год. {plant}", f"{plant}. ӨЭБ бағдарламасы бойынша 2026 жылға "
                "арналған сынама алудың маршруттық парағы", ""))
        doc.p(g("Исполнитель: испытательная лаборатория ТОО «Сапа Лаб Тест». Пробоотборщик проходит точки в указанной очередности; "
                "пробы доставляются в лабораторию в день отбора в термоконтейнере.",
                "Орындаушы: «Сапа Лаб Тест» ЖШС сынақ зертханасы. Сынама алушы нүктелерді көрсетілген реттілікпен аралайды; сынамалар "
                "зертханаға сол күні термоконтейнермен жеткізіледі.", ""))
    rows = [g(["Очередность", "Точка отбора", "Проба (тара, объем, консервация)", "Определяемые показатели", "Периодичность"],
              ["Кезектілігі", "Сынама алу нүктесі", "Сынама (ыдыс, көлемі, консервациясы)", "Анықталатын көрсеткіштер", "Кезеңділігі"],
              ["Thứ tự", "Vị trí lấy mẫu", "Dụng cụ chứa, thể tích, bảo quản", "Thông số", "Tần suất"])]
    merges: list = []
    for k, pid in enumerate(points, 1):
        places, word, bottles = ROUTE[pid]
        shown = vi_id[pid] if doc.lang == "vi" else pid
        start = len(rows)
        often = freq(doc, word)
        for j, (b_ru, b_kk, b_vi, keys) in enumerate(bottles):
            lead = [str(k), f"{shown} – {places[L]}"] if j == 0 else [None, None]
            rows.append([*lead, (b_ru, b_kk, b_vi)[L], _names(doc, keys), often if j == 0 else None])
            doc.add("monitoring", *_mon(shown, keys, word))
        if len(bottles) > 1:
            merges += [(start, c, len(rows) - 1, c) for c in (0, 1, 4)]
    doc.table(g("Маршрут отбора проб", "Сынама алу маршруты", "Bảng 1. Vị trí, dụng cụ chứa và thông số quan trắc"), rows, merges, role="monitoring")
    doc.p(g("Консервирующие реактивы выдаются лабораторией в дозаторах; пустые флаконы маркируются кодом точки и датой.",
            "Консервациялайтын реактивтерді зертхана мөлшерлегіштерде береді; бос құтылар нүкте кодымен және күнімен таңбаланады.",
            "Hóa chất bảo quản mẫu do phòng thí nghiệm cấp sẵn; chai mẫu được dán nhãn mã vị trí và ngày lấy mẫu."))
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

# when a check is made: (RU, KK, VI, frequency or None)
WHEN = {
    "start": ("перед каждым пуском", "әр іске қосу алдында", "Trước mỗi lần khởi động", None),
    "run": ("каждые 30 мин во время работы", "жұмыс кезінде әр 30 мин сайын", "30 phút/lần khi vận hành", None),
    "cycle": ("каждый цикл (загрузку)", "әр циклде (жүктемеде)", "Mỗi mẻ hấp", None),
    "daily": ("ежедневно", "күн сайын", "Hằng ngày", "daily"),
    "weekly": ("еженедельно", "апта сайын", "Hằng tuần", "weekly"),
    "monthly": ("ежемесячно", "ай сайын", "Hằng tháng", "monthly"),
    "quarterly": ("1 раз в квартал", "тоқсанына 1 рет", "03 tháng/lần", "quarterly"),
    "yearly": ("ежегодно", "жыл сайын", "Hằng năm", "yearly"),
}
# (group, [(RU what, KK what, VI what, RU norm, KK norm, VI norm, when, RU who, KK who, VI who, RU record, KK record, VI record)])
INCINERATOR = (
    (("7.1. Инсинератор ИН-50", "7.1. ИН-50 инсинераторы", "7.1. Lò đốt chất thải"), [
        ("Исправность горелок и автоматики розжига", "Оттықтар мен тұтату автоматикасының ақаусыздығы", "Đầu đốt và hệ thống đánh lửa tự động",
         "устойчивое пламя, нет аварийных сигналов на пульте", "жалын тұрақты, пультте апаттық белгілер жоқ",
         "Ngọn lửa ổn định, không có cảnh báo lỗi", "start", "оператор инсинератора", "инсинератор операторы", "Công nhân vận hành lò đốt",
         "журнал работы", "жұмыс журналы", "Sổ vận hành"),
        ("Температура в камере дожигания по самописцу", "Жағып бітіру камерасындағы температура (өздігінен жазғыш бойынша)",
         "Nhiệt độ buồng đốt thứ cấp", "не ниже 1 100 °С", "1 100 °С-тан төмен емес", "≥ 1.050 °C", "run", "оператор инсинератора",
         "инсинератор операторы", "Công nhân vận hành lò đốt", "журнал работы", "жұмыс журналы", "Sổ vận hành"),
        ("Уровень и циркуляция жидкости в скруббере", "Скруббердегі сұйықтық деңгейі мен айналымы", "Mực nước và bơm tuần hoàn tháp hấp thụ",
         "уровень в рабочем диапазоне, насос работает", "деңгей жұмыс ауқымында, сорғы жұмыс істейді", "Mực nước trong giới hạn, bơm hoạt động",
         "daily", "оператор инсинератора", "инсинератор операторы", "Công nhân vận hành lò đốt", "журнал работы", "жұмыс журналы", "Sổ vận hành"),
        ("Состояние футеровки камер сгорания и дверцы загрузки", "Жану камераларының қаптамасы мен жүктеу есігінің жай-күйі",
         "Lớp gạch chịu lửa buồng đốt, cửa nạp liệu", "нет трещин и прогаров", "жарықтар мен күйіктер жоқ", "Không nứt, không cháy thủng",
         "monthly", "мастер участка обезвреживания", "залалсыздандыру учаскесінің шебері", "Tổ trưởng tổ xử lý chất thải",
         "акт осмотра", "қарау актісі", "Biên bản kiểm tra"),
        ("Газоход и дымовая труба: плотность соединений, подсосы", "Газ өткізгіш және түтін мұржасы: қосылыстардың тығыздығы, сорып алу",
         "Đường ống dẫn khói và ống khói", "нет подсосов и отложений", "сорып алу және шөгінділер жоқ", "Kín, không đóng cặn",
         "quarterly", "механик участка", "учаске механигі", "Tổ cơ điện", "акт осмотра", "қарау актісі", "Biên bản kiểm tra")]),
    (("7.2. Паровые стерилизаторы (автоклавы)", "7.2. Бу стерилизаторлары (автоклавтар)", "7.2. Nồi hấp tiệt trùng chất thải"), [
        ("Показания термометра и манометра, герметичность двери", "Термометр мен манометр көрсеткіштері, есіктің саңылаусыздығы",
         "Nhiệt độ, áp suất, độ kín cửa nồi hấp", "121 °С / 0,11 МПа или 134 °С / 0,2 МПа", "121 °С / 0,11 МПа немесе 134 °С / 0,2 МПа",
         "121 °C / 0,11 MPa", "cycle", "оператор автоклава", "автоклав операторы", "Nhân viên vận hành nồi hấp", "журнал стерилизации",
         "стерилизация журналы", "Sổ theo dõi hấp"),
        ("Эффективность обеззараживания по биологическим индикаторам", "Биологиялық индикаторлар бойынша залалсыздандыру тиімділігі",
         "Hiệu quả tiệt trùng bằng chỉ thị sinh học", "отсутствие роста тест-культуры", "тест-культура өсуінің болмауы",
         "Không có vi sinh vật phát triển", "weekly", "микробиолог ОКК", "СББ микробиологы", "Cán bộ vi sinh Phòng Kiểm nghiệm",
         "протокол испытаний", "сынақ хаттамасы", "Phiếu kết quả"),
        ("Предохранительные клапаны и манометры", "Сақтандырғыш клапандар мен манометрлер", "Van an toàn, đồng hồ áp suất",
         "действующая поверка, клеймо", "қолданыстағы салыстырып тексеру, таңба", "Còn hạn kiểm định", "yearly", "служба КИПиА",
         "БӨАжА қызметі", "Phòng Cơ điện", "свидетельство о поверке", "салыстырып тексеру туралы куәлік", "Giấy chứng nhận kiểm định")]),
    (("7.3. Площадка накопления биологических отходов", "7.3. Биологиялық қалдықтарды жинақтау алаңы", "7.3. Khu lưu giữ chất thải lây nhiễm"), [
        ("Маркировка и целостность контейнеров, сроки накопления", "Контейнерлердің таңбалануы мен бүтіндігі, жинақтау мерзімдері",
         "Nhãn, tình trạng thùng chứa, thời gian lưu giữ", "не более 24 ч до обеззараживания", "залалсыздандыруға дейін 24 сағаттан аспайды",
         "Không quá 2 ngày", "daily", "инженер-эколог", "инженер-эколог", "Cán bộ môi trường", "журнал учета отходов",
         "қалдықтарды есепке алу журналы", "Sổ giao nhận chất thải"),
        ("Морозильная камера для трупов лабораторных животных", "Зертханалық жануарлардың өлекселеріне арналған мұздатқыш камера",
         "Tủ đông bảo quản xác động vật thí nghiệm", "температура не выше –18 °С", "температура –18 °С-тан жоғары емес", "≤ –18 °C",
         "weekly", "ветеринарный врач вивария", "виварийдің ветеринар дәрігері", "Bác sĩ thú y khu nuôi động vật", "журнал температур",
         "температура журналы", "Sổ theo dõi nhiệt độ")]),
)  # fmt: skip


def inspections_hk1(doc: Doc) -> None:
    """Section 7 «Контроль работы оборудования» of the operating instruction of a biofactory's incinerator and autoclaves:
    `№ | что проверяется | норма (признак исправности) | когда | кто проверяет | где фиксируется` under a row per unit, the
    `когда` column mixing moments of the equipment's own cycle — before each start, every 30 minutes of a burn, every
    autoclave load — with the calendar (daily, weekly, monthly, once a quarter, yearly), the norms temperatures, pressures
    and hours that are no limits (VI: hướng dẫn vận hành lò đốt và nồi hấp, `Trước mỗi lần khởi động`, `Mỗi mẻ hấp`,
    `03 tháng/lần`)."""
    L = vocab.LANGS.index(doc.lang)
    g = doc.v
    plant = doc.pick((("ТОО «Жамбыл Биовет»", "«Жамбыл Биовет» ЖШС", "Nhà máy vắc xin thú y Thuận Đạo"),
                      ("ТОО «Агро Вет Фарм»", "«Агро Вет Фарм» ЖШС", "Nhà máy thuốc thú y Phố Nối")))[L]
    doc.h(g(f"{plant}. Инструкция по эксплуатации инсинератора ИН-50 и паровых стерилизаторов участка обезвреживания отходов",
            f"{plant}. Қалдықтарды залалсыздандыру учаскесінің ИН-50 инсинераторы мен бу стерилизаторларын пайдалану жөніндегі нұсқаулық",
            f"HƯỚNG DẪN VẬN HÀNH LÒ ĐỐT CHẤT THẢI VÀ NỒI HẤP TIỆT TRÙNG – {plant.upper()}"))
    doc.p(g("Раздел 7. Контроль работы оборудования. Результаты осмотров записываются в указанные журналы; при отклонении оборудование "
            "останавливается до устранения неисправности.",
            "7-бөлім. Жабдық жұмысын бақылау. Қарау нәтижелері көрсетілген журналдарға жазылады; ауытқу болған кезде жабдық ақаулық "
            "жойылғанға дейін тоқтатылады.",
            "Mục 7. Kiểm tra thiết bị. Kết quả kiểm tra được ghi vào sổ tương ứng; khi phát hiện bất thường phải dừng thiết bị để khắc phục."))
    rows = [g(["№", "Что проверяется", "Норма (признак исправности)", "Когда", "Кто проверяет", "Где фиксируется"],
              ["№", "Не тексеріледі", "Норма (ақаусыздық белгісі)", "Қашан", "Кім тексереді", "Қайда тіркеледі"],
              ["TT", "Nội dung kiểm tra", "Yêu cầu", "Thời điểm, tần suất", "Người kiểm tra", "Hồ sơ ghi nhận"])]
    merges: list = []
    k = 0
    for group, checks in INCINERATOR:
        _span(rows, merges, group[L], 6)
        for item in checks:
            k += 1
            what, norm, when, who, rec = item[L], item[3 + L], item[6], item[7 + L], item[10 + L]
            rows.append([str(k), what, norm, WHEN[when][L], who, rec])
            ob = {"kind": "inspection", "text_contains": _words(what, 3), "actor_contains": who}
            if WHEN[when][3]:
                ob["frequency"] = WHEN[when][3]
            doc.add("obligations", ob)
    doc.table(g("Таблица 7 – Контроль работы оборудования", "7-кесте – Жабдық жұмысын бақылау", "Bảng 7. Nội dung kiểm tra thiết bị"),
              rows, merges, role="inspections")
    maybe_distractor(doc)


# (RU requirement, KK, RU source, KK source, RU scope, KK scope, RU how, KK how, word, RU who, KK who)
REGISTER = (
    ("Соблюдать нормативы допустимых выбросов по каждому источнику", "Әр көз бойынша жол берілетін шығарындылар нормативтерін сақтау",
     "экологическое разрешение, приложение 1; Экологический кодекс РК", "экологиялық рұқсат, 1-қосымша; ҚР Экология кодексі",
     "котельная, производственные корпуса", "қазандық, өндірістік корпустар", "анализ протоколов инструментальных замеров", "аспаптық өлшеу хаттамаларын талдау",
     "quarterly", "инженер-эколог", "инженер-эколог"),
    ("Хранить отходы на месте образования не более шести месяцев до передачи", "Қалдықтарды беруге дейін түзілген жерінде алты айдан "
     "артық сақтамау", "Экологический кодекс РК, ст. 320", "ҚР Экология кодексі, 320-бап", "площадка накопления отходов",
     "қалдықтарды жинақтау алаңы", "осмотр площадки, сверка журнала учета отходов", "алаңды қарау, қалдықтарды есепке алу журналын салыстыру",
     "monthly", "инженер-эколог", "инженер-эколог"),
    ("Выполнять программу производственного экологического контроля и представлять отчеты", "Өндірістік экологиялық бақылау "
     "бағдарламасын орындау және есептерді ұсыну", "Экологический кодекс РК, ст. 182–187", "ҚР Экология кодексі, 182–187-баптар",
     "отдел охраны окружающей среды", "қоршаған ортаны қорғау бөлімі", "проверка комплектности и сроков отчетов",
     "есептердің толықтығы мен мерзімдерін тексеру", "quarterly", "начальник ООС", "ҚОҚ бөлімінің бастығы"),
    ("Обеззараживать отходы, контактировавшие с микроорганизмами, до их вывоза", "Микроорганизмдермен жанасқан қалдықтарды шығарғанға "
     "дейін залалсыздандыру", "санитарные правила обращения с медицинскими отходами", "медициналық қалдықтармен жұмыс істеудің "
     "санитариялық қағидалары", "микробиологическая лаборатория, автоклавная", "микробиологиялық зертхана, автоклав бөлмесі", "выборочная проверка журнала автоклавирования",
     "автоклавтау журналын іріктеп тексеру", "weekly", "микробиолог ОКК", "СББ микробиологы"),
    ("Соблюдать условия приема сточных вод в городскую канализацию", "Ағынды суларды қалалық кәрізге қабылдау шарттарын сақтау",
     "договор на водоотведение, приложение 2", "су бұру шарты, 2-қосымша", "выпуски КК-1, КК-2", "КК-1, КК-2 шығарылымдары",
     "сравнение результатов анализов с допустимыми концентрациями", "талдау нәтижелерін жол берілетін концентрациялармен салыстыру",
     "monthly", "инженер-эколог", "инженер-эколог"),
    ("Проводить обучение персонала, обращающегося с опасными отходами", "Қауіпті қалдықтармен жұмыс істейтін персоналды оқыту",
     "Экологический кодекс РК; СОП-ООС-014", "ҚР Экология кодексі; СОП-ООС-014", "все подразделения", "барлық бөлімшелер",
     "проверка протоколов обучения", "оқыту хаттамаларын тексеру", "semiannual", "менеджер по обучению", "оқыту жөніндегі менеджер"),
    ("Представлять отчет по инвентаризации отходов", "Қалдықтарды түгендеу туралы есеп ұсыну", "Экологический кодекс РК",
     "ҚР Экология кодексі", "отдел охраны окружающей среды", "қоршаған ортаны қорғау бөлімі", "проверка факта и даты подачи отчета",
     "есептің берілу фактісі мен күнін тексеру", "yearly", "начальник ООС", "ҚОҚ бөлімінің бастығы"),
)  # fmt: skip
VN_REGISTER = (
    ("Quan trắc nước thải định kỳ theo giấy phép môi trường", "Luật Bảo vệ môi trường 2020, Điều 111; Giấy phép môi trường", "Hệ thống XLNT",
     "Đối chiếu kết quả quan trắc với giới hạn cho phép", "quarterly", "Cán bộ môi trường"),
    ("Quan trắc bụi, khí thải công nghiệp định kỳ", "Luật Bảo vệ môi trường 2020, Điều 112", "Các hệ thống xử lý khí thải",
     "Kiểm tra phiếu kết quả quan trắc", "semiannual", "Cán bộ môi trường"),
    ("Phân định, phân loại, lưu giữ chất thải nguy hại đúng quy định", "Nghị định số 08/2022/NĐ-CP; Thông tư số 02/2022/TT-BTNMT",
     "Kho CTNH", "Kiểm tra hiện trường kho, nhãn, sổ giao nhận", "monthly", "Trưởng phòng HSE"),
    ("Xử lý chất thải lây nhiễm trước khi chuyển ra khỏi khu vực sản xuất", "Thông tư số 20/2021/TT-BYT", "Khu vi sinh, nhà hấp",
     "Kiểm tra sổ theo dõi hấp tiệt trùng", "weekly", "Tổ trưởng tổ vi sinh"),
    ("Tuân thủ giới hạn tiếp nhận nước thải của KCN", "Hợp đồng đấu nối nước thải với chủ đầu tư hạ tầng KCN", "Hố ga đấu nối",
     "So sánh kết quả phân tích với giới hạn tiếp nhận", "monthly", "Cán bộ môi trường"),
    ("Lập báo cáo công tác bảo vệ môi trường hằng năm", "Thông tư số 02/2022/TT-BTNMT", "Phòng HSE",
     "Kiểm tra nội dung và thời hạn nộp báo cáo", "yearly", "Trưởng phòng HSE"),
    ("Đào tạo nhân viên về quản lý chất thải nguy hại và ứng phó sự cố", "Nghị định số 08/2022/NĐ-CP", "Toàn nhà máy",
     "Kiểm tra hồ sơ đào tạo", "semiannual", "Phòng Nhân sự"),
)
WORD = {"weekly": ("еженедельно", "апта сайын", "Hằng tuần"), "monthly": ("ежемесячно", "ай сайын", "Hằng tháng"),
        "quarterly": ("ежеквартально", "тоқсан сайын", "Hằng quý"), "semiannual": ("1 раз в полугодие", "жарты жылда 1 рет", "06 tháng/lần"),
        "yearly": ("ежегодно", "жыл сайын", "Hằng năm")}


def inspections_hk2(doc: Doc) -> None:
    """An ISO 14001 register of applicable legal and other requirements with the evaluation of compliance (clauses 6.1.3 and
    9.1.2) of a cosmetics and pharmaceutical plant: `№ | требование | источник требования | область применения | способ
    оценки соответствия | периодичность оценки | ответственный за оценку | результат оценки 2025`, each requirement an
    article of the Code or a contract cited beside it, the check of compliance with it an inspection of its own frequency,
    a result column of `соответствует` and a CAPA number (VI: sổ đăng ký yêu cầu pháp luật và đánh giá sự tuân thủ, the
    articles of the Law on environmental protection, decrees and circulars cited)."""
    r = doc.rng
    if doc.lang == "vi":
        doc.h("SỔ ĐĂNG KÝ YÊU CẦU PHÁP LUẬT VÀ ĐÁNH GIÁ SỰ TUÂN THỦ (ISO 14001:2015, ĐIỀU 6.1.3 VÀ 9.1.2)")
        doc.p(f"{doc.pick(('Nhà máy vắc xin thú y Thuận Đạo', 'Nhà máy dược phẩm Quang Minh'))}. Sổ được rà soát, cập nhật khi có văn bản pháp "
              "luật mới và tối thiểu một lần mỗi năm.")
        rows = [["TT", "Yêu cầu", "Căn cứ pháp lý", "Bộ phận, khu vực áp dụng", "Phương pháp đánh giá", "Tần suất đánh giá", "Người đánh giá",
                 "Kết quả năm 2025"]]
        for k, (req, base, scope, how, word, who) in enumerate(VN_REGISTER, 1):
            res = "Tuân thủ" if r.random() < 0.8 else f"Chưa tuân thủ đầy đủ (CAPA-2025-{r.randint(3, 40):02d})"
            rows.append([str(k), req, base, scope, how, WORD[word][2], who, res])
            doc.add("obligations", {"kind": "inspection", "text_contains": _words(req, 4), "frequency": word, "actor_contains": who})
        doc.table("Bảng 1. Yêu cầu pháp luật và đánh giá sự tuân thủ", rows, role="inspections")
        maybe_distractor(doc)
        return
    L = _L(doc)
    g = doc.v
    plant = doc.pick((("ТОО «Жамбыл Биовет»", "«Жамбыл Биовет» ЖШС"), ("ТОО «Оңтүстік Фарм»", "«Оңтүстік Фарм» ЖШС")))[L]
    doc.h(g(f"{plant}. Реестр применимых законодательных и других требований и оценка соответствия (ISO 14001:2015, п. 6.1.3, 9.1.2)",
            f"{plant}. Қолданылатын заңнамалық және басқа талаптар тізілімі және сәйкестікті бағалау (ISO 14001:2015, 6.1.3, 9.1.2-т.)", ""))
    doc.p(g("Реестр пересматривается при изменении законодательства и не реже одного раза в год; оценка соответствия каждому требованию "
            "проводится с указанной периодичностью, несоответствия оформляются как CAPA.",
            "Тізілім заңнама өзгерген кезде және жылына кемінде бір рет қайта қаралады; әр талапқа сәйкестікті бағалау көрсетілген "
            "кезеңділікпен жүргізіледі, сәйкессіздіктер CAPA ретінде ресімделеді.", ""))
    rows = [g(["№", "Требование", "Источник требования", "Область применения", "Способ оценки соответствия", "Периодичность оценки",
               "Ответственный за оценку", "Результат оценки за 2025 г."],
              ["№", "Талап", "Талаптың көзі", "Қолданылу саласы", "Сәйкестікті бағалау тәсілі", "Бағалау кезеңділігі",
               "Бағалауға жауапты", "2025 жылғы бағалау нәтижесі"], [])]
    for k, (q_ru, q_kk, s_ru, s_kk, a_ru, a_kk, h_ru, h_kk, word, w_ru, w_kk) in enumerate(REGISTER, 1):
        req, who = (q_ru, q_kk)[L], (w_ru, w_kk)[L]
        res = g("соответствует", "сәйкес келеді", "") if r.random() < 0.8 else g(f"частично (CAPA-2025-{r.randint(3, 40):02d})",
                                                                              f"ішінара (CAPA-2025-{r.randint(3, 40):02d})", "")
        rows.append([str(k), req, (s_ru, s_kk)[L], (a_ru, a_kk)[L], (h_ru, h_kk)[L], WORD[word][L], who, res])
        doc.add("obligations", {"kind": "inspection", "text_contains": _words(req, 4), "frequency": word, "actor_contains": who})
    doc.table(g("Таблица 1 – Реестр требований", "1-кесте – Талаптар тізілімі", ""), rows, role="inspections")
    maybe_distractor(doc)


# ---------------------------------------------------------------- tasks

# (phase RU, KK, VI, [(RU action, KK action, VI action, RU who, KK who, VI who, RU term, KK term, VI term)])
CHANGE = (
    (("I. Действия до утверждения изменения", "I. Өзгерісті бекітуге дейінгі әрекеттер", "I. Trước khi phê duyệt thay đổi"), [
        ("Оценить изменение выбросов от ИЗА 0001 и 0002 при замене дихлорметана этилацетатом",
         "Дихлорметанды этилацетатпен ауыстырған кезде 0001 және 0002 ЛШК шығарындыларының өзгерісін бағалау",
         "Đánh giá thay đổi tải lượng khí thải tại ống thải KT2 khi thay diclometan bằng etyl axetat",
         "ООС – инженер-эколог Нурланова А.Б.", "ҚОҚ – инженер-эколог Нұрланова А.Б.", "Phòng HSE – Nguyễn Thu Trang",
         "до 13.02.2026", "13.02.2026 дейін", "Trước 13/02/2026"),
        ("Оценить влияние изменения на профиль примесей и регистрационное досье", "Өзгерістің қоспалар бейініне және тіркеу дерекнамасына "
         "әсерін бағалау", "Đánh giá ảnh hưởng đến tạp chất và hồ sơ đăng ký thuốc", "Регуляторный отдел – Ким О.В.",
         "Реттеушілік бөлім – Ким О.В.", "Phòng Đăng ký – Phạm Quang Huy", "до 20.02.2026", "20.02.2026 дейін", "Trước 20/02/2026")]),
    (("II. Действия до внедрения", "II. Енгізуге дейінгі әрекеттер", "II. Trước khi triển khai"), [
        ("Внести изменения в технологический регламент и СОП стадии ТП-4", "Технологиялық регламентке және ТП-4 сатысының СОП-ына "
         "өзгерістер енгізу", "Cập nhật hồ sơ lô gốc và SOP công đoạn chiết", "Цех синтеза – начальник цеха Абдрахманов Т.С.",
         "Синтез цехы – цех бастығы Әбдірахманов Т.С.", "Xưởng tổng hợp – Quản đốc Lê Minh Đức", "за 10 рабочих дней до внедрения",
         "енгізуге дейін 10 жұмыс күні бұрын", "10 ngày làm việc trước khi triển khai"),
        ("Подготовить изменения в проект НДВ и подать заявление на изменение экологического разрешения",
         "Жол берілетін шығарындылар нормативтерінің жобасына өзгерістер дайындау және экологиялық "
         "рұқсатты өзгертуге өтініш беру",
         "Lập hồ sơ đề nghị điều chỉnh giấy phép môi trường", "ООС – начальник отдела Сейткали Е.Б.",
         "ҚОҚ – бөлім бастығы Сейтқали Е.Б.", "Phòng HSE – Trưởng phòng Võ Thanh Sơn", "до 30.04.2026", "30.04.2026 дейін", "Trước 30/04/2026"),
        ("Обучить персонал цеха синтеза работе с этилацетатом и мерам пожарной безопасности",
         "Синтез цехының персоналын этилацетатпен жұмыс істеуге және өрт қауіпсіздігі шараларына оқыту",
         "Đào tạo công nhân xưởng tổng hợp về an toàn khi sử dụng etyl axetat", "Служба ОТ и ПБ – Жумабекова С.К.",
         "ЕҚ және ӨҚ қызметі – Жұмабекова С.Қ.", "Phòng An toàn – Đỗ Văn Khoa", "до внедрения", "енгізуге дейін", "Trước khi triển khai"),
        ("Провести валидацию процесса на трех последовательных сериях", "Қатарынан үш серияда процесті валидациялау",
         "Thẩm định quy trình trên 03 lô liên tiếp", "Отдел валидации – Мусин А.С.", "Валидация бөлімі – Мусин А.С.",
         "Phòng Thẩm định – Trần Bảo Ngọc", "май – июнь 2026", "2026 ж. мамыр – маусым", "Tháng 5 – 6/2026")]),
    (("III. Действия после внедрения", "III. Енгізгеннен кейінгі әрекеттер", "III. Sau khi triển khai"), [
        ("Выполнить инструментальные замеры на ИЗА 0001 и включить результаты в отчет по ПЭК",
         "0001 ЛШК-да аспаптық өлшеулер жүргізу және нәтижелерін ӨЭБ есебіне енгізу",
         "Quan trắc khí thải tại ống thải KT2 và đưa kết quả vào báo cáo công tác bảo vệ môi trường",
         "ООС – инженер-эколог Нурланова А.Б.", "ҚОҚ – инженер-эколог Нұрланова А.Б.", "Phòng HSE – Nguyễn Thu Trang",
         "в течение 30 дней после внедрения", "енгізгеннен кейін 30 күн ішінде", "Trong 30 ngày sau khi triển khai"),
        ("Передать остатки дихлорметана и кубовые остатки лицензированной организации", "Дихлорметан қалдықтары мен кубтық қалдықтарды "
         "лицензиясы бар ұйымға беру", "Chuyển giao diclometan tồn và cặn chưng cất cho đơn vị có chức năng xử lý",
         "Склад – заведующий складом Петренко И.Н.", "Қойма – қойма меңгерушісі Петренко И.Н.", "Kho – Thủ kho Bùi Thị Hạnh",
         "до 31.08.2026", "31.08.2026 дейін", "Trước 31/08/2026"),
        ("Оценить эффективность изменения (выход, примеси, потери растворителя)", "Өзгерістің тиімділігін бағалау (шығым, қоспалар, "
         "еріткіш шығындары)", "Đánh giá hiệu quả thay đổi (hiệu suất, tạp chất, hao hụt dung môi)", "Служба качества – Абенова Д.М.",
         "Сапа қызметі – Әбенова Д.М.", "Phòng Đảm bảo chất lượng – Phan Mỹ Linh", "через 3 месяца после внедрения",
         "енгізгеннен кейін 3 айдан соң", "Sau 03 tháng triển khai")]),
)  # fmt: skip


def tasks_hk1(doc: Doc) -> None:
    """The action plan of a change-control request (CC-2026-014) of an API plant replacing dichloromethane by ethyl acetate:
    a table of the change (`параметр | до изменения | после изменения`, solvent charges and recovery in per cent) and a
    risk table of no role first, then `№ | действие | ответственный (подразделение – Ф.И.О.) | срок | отметка о
    выполнении` under the three phases of the change control (before approval, before implementation, after it), the
    actions numbered straight through, terms counted from the implementation (`за 10 рабочих дней до внедрения`,
    `через 3 месяца после внедрения`) (VI: the kế hoạch hành động of a yêu cầu thay đổi CC-2026-009)."""
    L = vocab.LANGS.index(doc.lang)
    g = doc.v
    cc = "CC-2026-014" if doc.lang != "vi" else "CC-2026-009"
    doc.h(g(f"Запрос на изменение № {cc}. Замена дихлорметана на этилацетат на стадии экстракции (ТП-4)",
            f"№ {cc} өзгеріске сұрау салу. Экстракция сатысында (ТП-4) дихлорметанды этилацетатқа ауыстыру",
            f"YÊU CẦU THAY ĐỔI SỐ {cc}: THAY THẾ DICLOMETAN BẰNG ETYL AXETAT TẠI CÔNG ĐOẠN CHIẾT"))
    doc.p(g("Классификация изменения: значительное (major). Инициатор – цех синтеза субстанций. Цель – исключение хлорированного "
            "растворителя, снижение выбросов и затрат на обезвреживание отходов.",
            "Өзгерістің жіктелуі: елеулі (major). Бастамашы – субстанциялар синтезі цехы. Мақсаты – хлорланған еріткішті алып тастау, "
            "шығарындылар мен қалдықтарды залалсыздандыру шығындарын азайту.",
            "Phân loại thay đổi: lớn (major). Bộ phận đề xuất: xưởng tổng hợp nguyên liệu. Mục đích: loại bỏ dung môi clo hóa, giảm khí "
            "thải và chi phí xử lý chất thải."))
    r = doc.rng
    desc = [g(["Параметр", "До изменения", "После изменения"], ["Параметр", "Өзгеріске дейін", "Өзгерістен кейін"],
              ["Thông số", "Trước thay đổi", "Sau thay đổi"]),
            [g("Растворитель экстракции", "Экстракция еріткіші", "Dung môi chiết"), g("дихлорметан", "дихлорметан", "diclometan"),
             g("этилацетат", "этилацетат", "etyl axetat")],
            [g("Загрузка растворителя, кг на серию", "Еріткішті жүктеу, серияға кг", "Lượng dung môi, kg/lô"),
             num(r.randint(110, 140) * 10, doc.lang), num(r.randint(140, 170) * 10, doc.lang)],
            [g("Степень рекуперации, %", "Рекуперация дәрежесі, %", "Tỷ lệ thu hồi, %"), str(r.randint(80, 86)), str(r.randint(90, 95))]]
    doc.table(g("Таблица 1 – Описание изменения", "1-кесте – Өзгерістің сипаттамасы", "Bảng 1. Mô tả thay đổi"), desc, role="other")
    risk = [g(["Риск", "S", "O", "D", "RPN"], ["Тәуекел", "S", "O", "D", "RPN"], ["Rủi ro", "S", "O", "D", "RPN"]),
            [g("Изменение профиля примесей", "Қоспалар бейінінің өзгеруі", "Thay đổi tạp chất"), "7", "3", "4", "84"],
            [g("Рост пожароопасности участка", "Учаскенің өрт қауіптілігінің артуы", "Tăng nguy cơ cháy nổ"), "8", "3", "3", "72"],
            [g("Превышение нормативов выбросов", "Шығарынды нормативтерінің асып кетуі", "Vượt giới hạn khí thải"), "6", "2", "3", "36"]]
    doc.table(g("Таблица 2 – Оценка рисков (FMEA)", "2-кесте – Тәуекелдерді бағалау (FMEA)", "Bảng 2. Đánh giá rủi ro (FMEA)"), risk,
              role="other")
    rows = [g(["№", "Действие", "Ответственный (подразделение – Ф.И.О.)", "Срок", "Отметка о выполнении"],
              ["№", "Әрекет", "Жауапты (бөлімше – аты-жөні)", "Мерзімі", "Орындалғаны туралы белгі"],
              ["TT", "Hành động", "Người chịu trách nhiệm (bộ phận – họ tên)", "Thời hạn", "Tình trạng"])]
    merges: list = []
    k = 0
    for phase, actions in CHANGE:
        _span(rows, merges, phase[L], 5)
        for a in actions:
            k += 1
            text, who, term = a[L], a[3 + L], a[6 + L]
            done = k <= 2 and r.random() < 0.6
            rows.append([str(k), text, who, term, g("выполнено", "орындалды", "Đã hoàn thành") if done else ""])
            doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text, 4),
                                    "actor_contains": who.split(" – ")[1] if " – " in who else who})
    doc.table(g("Таблица 3 – План действий по изменению", "3-кесте – Өзгеріс бойынша әрекеттер жоспары", "Bảng 3. Kế hoạch hành động"),
              rows, merges, role="tasks")
    doc.p(g("Дата внедрения изменения устанавливается службой качества после выполнения действий раздела II.",
            "Өзгерісті енгізу күнін II бөлімнің әрекеттері орындалғаннан кейін сапа қызметі белгілейді.",
            "Ngày triển khai thay đổi do Phòng Đảm bảo chất lượng quyết định sau khi hoàn thành các hành động mục II."))
    distractor(doc, "approval")


# (RU task, KK task, VI task, responsible index, tag, months the deadline falls in)
TRACKER = (
    ("Подготовить и сдать отчет по ПЭК за IV квартал 2025 года", "2025 жылғы IV тоқсан бойынша ӨЭБ есебін дайындау және тапсыру",
     "Lập và nộp báo cáo kết quả quan trắc quý IV/2025", 0, "ПЭК", (2, 2)),
    ("Заключить договор на вывоз и сжигание фармацевтических отходов на 2026 год", "2026 жылға фармацевтикалық қалдықтарды шығару және "
     "жағу шартын жасасу", "Ký hợp đồng thu gom, xử lý chất thải nguy hại năm 2026", 1, "отходы", (2, 3)),
    ("Заменить угольный адсорбер на ИЗА 0003 участка нанесения оболочки", "Қабықша жабу учаскесінің 0003 ЛШК-дағы көмір адсорберін "
     "ауыстыру", "Thay than hoạt tính tháp hấp phụ hệ thống HT-03", 2, "выбросы", (4, 9)),
    ("Провести инвентаризацию отходов и направить отчет", "Қалдықтарды түгендеу және есепті жіберу",
     "Cập nhật sổ theo dõi chất thải nguy hại và chứng từ năm 2025", 0, "отходы", (3, 3)),
    ("Обучить операторов автоклавов обращению с биологическими отходами", "Автоклав операторларын биологиялық қалдықтармен жұмыс істеуге "
     "оқыту", "Đào tạo nhân viên vận hành nồi hấp về xử lý chất thải lây nhiễm", 3, "обучение", (3, 6)),
    ("Установить расходомер на выпуске КК-1", "КК-1 шығарылымына шығын өлшегіш орнату", "Lắp đồng hồ đo lưu lượng nước thải tại hố ga NT1", 2,
     "сточные воды", (5, 10)),
    ("Обновить паспорта опасных отходов (лампы, реактивы, фильтры HEPA)", "Қауіпті қалдықтардың паспорттарын жаңарту (шамдар, реактивтер, "
     "HEPA сүзгілері)", "Rà soát, dán nhãn lại thùng chứa CTNH theo mã mới", 1, "отходы", (3, 6)),
    ("Подготовить заявку на продление экологического разрешения", "Экологиялық рұқсатты ұзартуға өтінім дайындау",
     "Lập hồ sơ đề nghị cấp điều chỉnh giấy phép môi trường", 4, "разрешение", (6, 11)),
)
PEOPLE = (("Нурланова Айгерим", "Нұрланова Әйгерім", "Nguyễn Thu Trang"), ("Сейткали Ержан", "Сейтқали Ержан", "Võ Thanh Sơn"),
          ("Ким Ольга", "Ким Ольга", "Lê Minh Đức"), ("Абдрахманов Тимур", "Әбдірахманов Тимур", "Phan Mỹ Linh"),
          ("Жумабекова Салтанат", "Жұмабекова Салтанат", "Đỗ Văn Khoa"))
BOSS = ("Петренко Игорь", "Петренко Игорь", "Trần Quốc Bảo")
TAGS_KK = {"ПЭК": "ӨЭБ", "отходы": "қалдықтар", "выбросы": "шығарындылар", "обучение": "оқыту", "сточные воды": "ағынды сулар",
           "разрешение": "рұқсат"}
STATUS = (("Ждет выполнения", "Орындалуын күтуде", "Chưa bắt đầu"), ("Выполняется", "Орындалуда", "Đang thực hiện"),
          ("Отложена", "Кейінге қалдырылды", "Tạm dừng"), ("Завершена", "Аяқталды", "Hoàn thành"))


def tasks_hk2(doc: Doc) -> None:
    """An export of the tasks of an environmental project from a company's task tracker (Битрикс24): `ID | название | статус |
    ответственный | постановщик | соисполнители | крайний срок | теги`, the tracker's task IDs as numbers, the person
    responsible beside the one who set the task (the head of the plant on most rows, the responsible setting some tasks
    herself) and the co-executors, deadlines with the hour, statuses from `Ждет выполнения` to `Завершена` (VI: a task
    list exported from a work-management application, `Mã CV | Tên công việc | Trạng thái | Người thực hiện | Người giao
    việc`)."""
    r = doc.rng
    L = vocab.LANGS.index(doc.lang)
    g = doc.v
    company = doc.pick((("ТОО «Оңтүстік Фарм»", "«Оңтүстік Фарм» ЖШС", "Công ty TNHH Dược phẩm Quang Minh"),
                        ("ТОО «Павлодар Фарм Синтез»", "«Павлодар Фарм Синтез» ЖШС", "Công ty Cổ phần Hóa dược Đồng Nai")))[L]
    day = f"{r.randint(10, 27):02d}.02.2026"
    doc.h(g(f"{company}. Выгрузка задач проекта «Экология 2026» из корпоративного портала Битрикс24",
            f"{company}. «Экология 2026» жобасының тапсырмаларын Битрикс24 корпоративтік порталынан түсіру",
            f"DANH SÁCH CÔNG VIỆC DỰ ÁN “MÔI TRƯỜNG 2026” – {company.upper()}"))
    doc.p(g(f"Выгрузка сформирована {day} в 09:{r.randint(10, 59)}; фильтр: проект «Экология 2026», все статусы.",
            f"Түсіру {day} күні 09:{r.randint(10, 59)}-да қалыптастырылды; сүзгі: «Экология 2026» жобасы, барлық мәртебелер.",
            f"Xuất từ phần mềm quản lý công việc ngày {day.replace('.', '/')} lúc 09:{r.randint(10, 59)}; bộ lọc: dự án “Môi trường 2026”, "
            "tất cả trạng thái."))
    rows = [g(["ID", "Название", "Статус", "Ответственный", "Постановщик", "Соисполнители", "Крайний срок", "Теги"],
              ["ID", "Атауы", "Мәртебесі", "Жауапты", "Қоюшы", "Бірлесіп орындаушылар", "Соңғы мерзім", "Тегтер"],
              ["Mã CV", "Tên công việc", "Trạng thái", "Người thực hiện", "Người giao việc", "Người phối hợp", "Hạn chót", "Nhóm"])]
    ident = r.randint(3800, 4600)
    for text_ru, text_kk, text_vi, who_i, tag, months in TRACKER:
        ident += r.randint(3, 40)
        number = str(ident) if doc.lang != "vi" else f"CV-{ident}"
        text = (text_ru, text_kk, text_vi)[L]
        who = PEOPLE[who_i][L]
        setter = who if r.random() < 0.2 else BOSS[L]
        mates = ", ".join(p[L] for p in r.sample([p for k, p in enumerate(PEOPLE) if k != who_i], r.choice((0, 1, 1, 2))))
        deadline = f"{r.randint(1, 28):02d}.{r.randint(*months):02d}.2026 18:00"
        if doc.lang == "vi":
            deadline = deadline.replace(".", "/")
        tag_cell = {"ru": tag, "kk": TAGS_KK[tag], "vi": "Môi trường"}[doc.lang]
        rows.append([number, text, doc.pick(STATUS)[L], who, setter, mates or "–", deadline, tag_cell])
        doc.add("obligations", {"kind": "task", "number": number, "text_contains": _words(text, 4), "actor_contains": who})
    doc.table(None, rows, role="tasks")
    doc.p(g(f"Всего задач: {len(TRACKER)}.", f"Барлық тапсырма: {len(TRACKER)}.", f"Tổng số công việc: {len(TRACKER)}."))


LAYOUTS = [Layout(role, f"HK{k}", globals()[f"{role}_hk{k}"]) for role in ROLES for k in (1, 2)]
