"""A blind held-out set (two layouts per role, `ID1` and `ID2`): never used for tuning, written by someone who neither ran the
extractor on it nor read it, to differ from every layout of `layouts_*.py`.

Theme: trade, warehousing and the cold chain. Kazakhstan: hypermarkets and shopping malls with their roof boiler houses and
underground car parks, transport and logistics centres with their temporary-storage (bonded) warehouses, cold stores and
meat-processing plants with their ammonia refrigeration, grain elevators with their dryers, and wholesale depots of
pesticides and fertilisers (an industrial-safety declaration of an ammonia refrigeration unit, a contract of compulsory
environmental insurance, an НДВ project's calculation of ammonia leaks, an inventory with the sources on two rows each, a
hypermarket's log of wastes by quarter, an elevator's calculation of wastes from the grain it takes in, a protocol of
three samples at the protection zone's boundary, a storm-water treatment plant's inlet and outlet, an elevator's control
plan by season, a hub's programme counted in samplings a year, a schedule of checks by kinds of maintenance, a mall's
checks by who checks, a retail chain's road map away from R-22 and a hub's protocol of a meeting). Vietnam: the cold
stores of seafood exporters in Cần Thơ, Cà Mau and Hồ Chí Minh City, pesticide warehouses in the Mekong delta and Hưng Yên,
distribution centres near Hà Nội and Hồ Chí Minh City, shopping malls in Hà Nội and Hồ Chí Minh City and dry ports (ICD)
(kế hoạch phòng ngừa, ứng phó sự cố hóa chất, hợp đồng bảo hiểm cháy, nổ bắt buộc, báo cáo đề xuất cấp GPMT, báo cáo công
tác bảo vệ môi trường, kết quả quan trắc, chương trình quan trắc, kế hoạch kiểm tra, quy chế phân công, kế hoạch loại trừ
HCFC and biên bản họp).

Facility: the first section of an industrial-safety declaration of a cold store's ammonia refrigeration unit under four
section rows — the operating company with its BIN, the hazardous object with its place, KATO, decimal coordinates with the
hemisphere words and its tonnes of ammonia, the environmental documents with the category inside a sentence and a sanitary
class, and the consultancy that wrote the declaration with a BIN of its own — the ammonia by apparatus in a table of no
role after it (VI: a seafood exporter's cold store's plan of preventing and responding to chemical incidents, the export
code `DL 465` beside the enterprise number, the group in a row of its own, the chemicals in a table of no role) (ID1); a
contract of compulsory environmental insurance of a wholesale depot of pesticides, the parties as two columns — the
insurer before the insured, each with a BIN, a bank account and a head — above the insured object's lines merged across
both, coordinates in degrees, minutes and seconds (VI: a pesticide warehouse's contract of compulsory fire and explosion
insurance, the insured before the insurer, decimal coordinates) (ID2).

Emissions: an НДВ project's calculation of the ammonia leaking from a cold store's refrigeration, the substance named only
in the merged header over `г/с | т/год`, the mass of ammonia in the apparatus, the losses in per cent a year and the hours
before the figures, a yearly recharge of a few hours, then the boiler house's emissions in a table whose source stands only
in its caption, with a class column (VI: a seafood cold store's NH3 losses by apparatus with no source numbers, the backup
generator named only in the caption of its table of loads, emission factors before the figures) (ID1); a pesticide
depot's inventory with the substances as columns over a row of codes, a row of names and a row of hazard classes (`–` for
the substances with an ОБУВ), each source on two rows — `г/с` and `т/год` in a unit column — dashes where a source does not
emit and a total pair last, the stock of pesticides in a table of no role (VI: a pesticide warehouse's loads by named
source on a `g/s` and a `tấn/năm` row, solvents of the formulations among the gases) (ID2).

Wastes: a hypermarket's log of wastes for a year, a row spanning the table per waste with its code, name and unit (tonnes
or kilograms), four quarter rows under it with the amounts formed, handed over and left, and the year's total row, which
alone gives the amount; refrigerated display cases with R-22 and compressor oil among them (VI: a distribution centre's
report, ordinary wastes with no code in tonnes and CTNH in kilograms, each group row naming its unit) (ID1); a grain
elevator's calculation of its wastes from what it takes in and burns, a column of the source data, the specific norm and
the calculation written out (`125 000 × 0,35 / 100 = 437,5`) before the tonnes a year (VI: a dry port's wastes from the
TEU it handles, the vehicles and the staff, kilograms worked out before the tonnes) (ID2).

Limits: a protocol of the air at a cold store's protection-zone boundary, a point merged down over its substances, three
20-minute samples and the greatest of them judged against the ПДК м.р., shares of the ПДК, a sample below detection
(`< 0,002`), the weather in a table of no role (VI: ambient air at a cold store in µg/m3 against QCVN 06:2009/BTNMT and QCVN
05:2023/BTNMT, three measurements and the largest judged) (ID1); a logistics centre's storm water sampled at the inlet and
the outlet of its treatment plant after the snow melt and after a downpour, the allowed concentrations of the city's
technical conditions holding for the outlet alone (VI: a shopping mall's waste water before and after its treatment
station against QCVN 14:2008/BTNMT column B with K = 1,0, animal and vegetable fats with no key of their own) (ID2).

Monitoring: an elevator's control plan under rows spanning the table that name the season — the intake and drying of grain,
then the rest of the year — the same sources and points repeated under both with another frequency, a dryer that does not
work in the second season and a boiler house that works only in it (VI: a seafood cold store's peak season of buying and
the other months) (ID1); a logistics centre's programme whose frequency is a number of samplings a year with the months of
sampling, the points' coordinates in columns of their own, a boiler house's stack among the points (VI: a mall's programme
with `Số lần/năm`, a generator exempted from monitoring) (ID2).

Inspections: a cold store's schedule of checks of its ammonia refrigeration whose frequency column holds only the kinds of
maintenance (`ЕО`, `ТО-1`, `ТО-2`, `ТО-3`, `ГО`), explained in a legend table of no role before it, a check every shift
that is no frequency of the contract (VI: a seafood cold store's `K1` … `K5`) (ID1); a shopping mall's regulation of
checks whose columns are the people who check, each cell holding how often that person checks that object and a dash
where the person does not, so that one object gives several checks (VI: a Hà Nội or Hồ Chí Minh City mall) (ID2).

Tasks: a hypermarket chain's road map of phasing out R-22 and moving to natural refrigerants, measures `1.1` under section
rows, the stores as short codes, the responsible merged down over the measures of a section (VI: a distribution company's
plan of removing HCFC) (ID1); a logistics centre's protocol of a meeting on environmental matters, the decisions as a
table of instructions to the operator of the bonded warehouse, its tenants and the centre's services, a column of the
grounds citing the points of an inspector's order (VI: a dry port's minutes of a meeting, `Kết luận, phân công`) (ID2).
"""

from __future__ import annotations

from decimal import Decimal

from . import vocab
from .common import Doc, distractor, freq, make_bin, make_msdn, num
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
    """The quoted part of a name (`Алатау Ет` of `Комплекс «Алатау Ет»`)."""
    return name.split("«", 1)[1].split("»", 1)[0] if "«" in name else name


def _kato(doc: Doc, prefix: str) -> str:
    """A nine-digit KATO code starting with the region's prefix."""
    r = doc.rng
    rest = 9 - len(prefix) - 3
    return f"{prefix}{r.randint(10 ** (rest - 1), 10**rest - 1)}{r.choice(('000', '100'))}"


HEMI = {"ru": ("с.ш.", "в.д."), "kk": ("с.е.", "ш.б."), "vi": ("B", "Đ")}


def _dms(value: float, lat: bool, lang: str) -> tuple[str, float]:
    """`44°54′18,2″ с.ш.` and the decimal degrees it stands for."""
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


def _dec(x) -> Decimal:
    return Decimal(repr(x)) if isinstance(x, float) else Decimal(x)


def _f(x: Decimal) -> float:
    return float(x.normalize())


def _iik(doc: Doc) -> str:
    """A Kazakh bank account (IBAN, 20 characters)."""
    r = doc.rng
    return f"KZ{r.randint(10, 99)}{r.choice(('601', '722', '826', '998', '914'))}{r.randint(10**12, 10**13 - 1)}"


DAILY = {"ru": ("ежедневно", "ежесуточно"), "kk": ("күн сайын", "тәулік сайын"), "vi": ("hằng ngày", "01 lần/ngày")}
WEEKLY = {"ru": ("еженедельно", "1 раз в неделю"), "kk": ("апта сайын", "аптасына 1 рет"), "vi": ("hằng tuần", "01 lần/tuần")}


def _often(doc: Doc, word: str) -> str:
    """A frequency as the document writes it, daily and weekly included."""
    if word == "daily":
        return doc.pick(DAILY[doc.lang])
    if word == "weekly":
        return doc.pick(WEEKLY[doc.lang])
    return freq(doc, word)


# code: (RU, KK, VI, hazard class as the Kazakh list gives it); a Kazakh table keeps the Russian name of a pesticide
AIR = {
    "0301": ("Азота диоксид", "Азот диоксиді", "NO2", 3),
    "0304": ("Азот (II) оксид", "Азот оксиді", "NO", 3),
    "0330": ("Сера диоксид", "Күкірт диоксиді", "SO2", 3),
    "0337": ("Углерод оксид", "Көміртек оксиді", "CO", 4),
    "0328": ("Углерод (Сажа)", "Көміртек (күйе)", "Muội than", 3),
    "0303": ("Аммиак", "Аммиак", "NH3", 4),
    "0333": ("Сероводород", "Күкіртсутек", "H2S", 2),
    "0703": ("Бенз/а/пирен", "Бенз(а)пирен", "Benzo(a)pyren", 1),
    "2908": ("Пыль неорганическая, содержащая двуокись кремния в %: 70-20", "Бейорганикалық шаң: кремний қостотығы 70-20%", "", 3),
    "2902": ("Взвешенные частицы", "Қалқыма бөлшектер", "Bụi tổng", 3),
    "2937": ("Пыль зерновая", "Пыль зерновая (астық шаңы)", "", 3),
    "2732": ("Керосин", "Керосин", "", None),
    "0305": ("Аммоний нитрат (Аммиачная селитра)", "Аммоний нитрат (Аммиачная селитра)", "", 4),
    "0616": ("Ксилол", "Диметилбензол (ксилол)", "Xylen", 3),
    "0621": ("Толуол", "Метилбензол (толуол)", "Toluen", 3),
    "2142": ("Глифосат", "Глифосат", "", None),
    "2146": ("Хлорпирифос", "Хлорпирифос", "", 2),
    "3243": ("Тебуконазол", "Тебуконазол", "", None),
    "3334": ("2,4-Дихлорфеноксиуксусная кислота", "2,4-Дихлорфеноксиуксусная кислота", "", None),
}


def _other(doc: Doc, share: float = 0.35) -> None:
    """Now and then a table of no role that fits a trading or warehousing firm (no crushers or coal boilers)."""
    if doc.rng.random() < share:
        distractor(doc, doc.pick(("contents", "approval", "contacts", "budget")))


def _air(doc: Doc, code: str) -> str:
    return AIR[code][vocab.LANGS.index(doc.lang)]


def _hz(code: str) -> int | None:
    return AIR[code][3]


# ---------------------------------------------------------------- facility

# (RU object, KK object, RU operator, KK operator, RU legal address, KK legal address, RU site, KK site, KATO prefix, lat, lon,
#  tonnes of ammonia in the system, RU region's emergency department, KK one)
COLD_PLANTS = (
    ("Мясоперерабатывающий комплекс с холодильником «Алатау Ет»", "«Алатау Ет» тоңазытқышы бар ет өңдеу кешені",
     "ТОО «Алатау Ет Өнімдері»", "«Алатау Ет Өнімдері» ЖШС",
     "г. Алматы, Медеуский район, пр. Достык, 105, офис 31", "Алматы қ., Медеу ауданы, Достық даңғ., 105, 31-кеңсе",
     "Алматинская область, Илийский район, с. Өтеген батыр, ул. Титова, 2/1", "Алматы облысы, Іле ауданы, Өтеген батыр а., Титов к-сі, 2/1",
     "1962", 43.4071, 77.0193, 16.4, "ДЧС Алматинской области", "Алматы облысының ТЖД"),
    ("Распределительный холодильник «Есіл Суық Қойма»", "«Есіл Суық Қойма» тарату тоңазытқышы",
     "АО «Есіл Суық Логистика»", "«Есіл Суық Логистика» АҚ",
     "г. Астана, район Есиль, ул. Сығанақ, 18, офис 704", "Астана қ., Есіл ауданы, Сығанақ к-сі, 18, 704-кеңсе",
     "г. Астана, район Байқоңыр, Индустриальный парк № 1, ул. Хамида Чурина, 12",
     "Астана қ., Байқоңыр ауданы, № 1 индустриялық парк, Хамид Чурин к-сі, 12", "7114", 51.1838, 71.5089, 22.8,
     "ДЧС города Астаны", "Астана қаласының ТЖД"),
    ("Холодильник мясокомбината «Ертіс Ет»", "«Ертіс Ет» ет комбинатының тоңазытқышы",
     "ТОО «Ертіс Ет Комбинаты»", "«Ертіс Ет Комбинаты» ЖШС",
     "г. Павлодар, ул. Кривенко, 81", "Павлодар қ., Кривенко к-сі, 81",
     "г. Павлодар, Восточная промышленная зона, строение 310", "Павлодар қ., Шығыс өнеркәсіп аймағы, 310-құрылыс",
     "5510", 52.2712, 77.0151, 9.6, "ДЧС Павлодарской области", "Павлодар облысының ТЖД"),
)  # fmt: skip
# (RU apparatus, KK apparatus, count, share of the ammonia)
AMMONIA_KIT = (
    ("Ресиверы линейные 5РД", "5РД сызықтық ресиверлері", "2", 0.28),
    ("Ресиверы циркуляционные защитные 3,5РДВ", "3,5РДВ циркуляциялық қорғаныш ресиверлері", "3", 0.22),
    ("Воздухоохладители камер хранения", "Сақтау камераларының ауа салқындатқыштары", "24", 0.24),
    ("Конденсаторы испарительные", "Буландырғыш конденсаторлар", "2", 0.10),
    ("Агрегаты компрессорные винтовые с маслоотделителями", "Май бөлгіштері бар бұрандалы компрессорлық агрегаттар", "3", 0.06),
    ("Трубопроводы аммиачные (жидкостные и паровые)", "Аммиак құбырлары (сұйықтық және бу)", "–", 0.10),
)  # fmt: skip


def facility_id1(doc: Doc) -> None:
    """Section 1 of an industrial-safety declaration of a cold store's ammonia refrigeration unit, `№ | наименование сведений
    | содержание` under four section rows: the operating company with its BIN, legal address and head; the hazardous object —
    the complex's name, its place, KATO, centre in decimal degrees with the hemisphere words, the tonnes of ammonia in the
    system and in the largest apparatus, the registration number of the object and the staff; the environmental documents —
    `объект II категории` inside a sentence beside the permit's number — and a sanitary class `IV` with its zone; last the
    consultancy that wrote the declaration with a BIN and an attestation of its own; the ammonia by apparatus in kilograms in
    a table of no role after it (VI: a seafood exporter's cold store's plan of preventing and responding to chemical
    incidents, the export code `DL 465`, the group in a row of its own, the chemicals kept in a table of no role)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_id1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    c = doc.pick(COLD_PLANTS)
    name, operator, legal, site, prefix, lat0, lon0, tons, dept = c[L], c[2 + L], c[4 + L], c[6 + L], c[8], c[9], c[10], c[11], c[12 + L]
    bin_, other_bin, kato = make_bin(r), make_bin(r), _kato(doc, prefix)
    lat, lon = round(lat0 + r.uniform(-0.004, 0.004), 5), round(lon0 + r.uniform(-0.004, 0.004), 5)
    ns, ew = HEMI[doc.lang]
    permit = f"KZ{r.randint(10, 99)}VCZ{r.randint(10**7, 10**8 - 1):08d}"
    head = doc.pick(("Сулейменов А.К.", "Байжанов Е.Т.", "Ким В.С."))
    biggest = round(tons * 0.28 / 2, 1)
    doc.p(g(f"Регистрационный № декларации: ДПБ-{r.randint(10, 99)}-{r.randint(100, 999)}-2026", f"Декларацияның тіркеу нөмірі: ӨҚД-{r.randint(10, 99)}-{r.randint(100, 999)}-2026", ""))
    doc.h(g(f"Декларация промышленной безопасности опасного производственного объекта «Аммиачная холодильная установка». {name}",
            f"{name}. «Аммиакты тоңазыту қондырғысы» қауіпті өндірістік объектісінің өнеркәсіптік қауіпсіздік декларациясы", ""))
    doc.p(g("Декларация разработана в соответствии с Законом Республики Казахстан «О гражданской защите» и Правилами разработки декларации "
            "промышленной безопасности опасного производственного объекта. Раздел 1. Общие сведения.",
            "Декларация «Азаматтық қорғау туралы» Қазақстан Республикасының Заңына және қауіпті өндірістік объектінің өнеркәсіптік "
            "қауіпсіздік декларациясын әзірлеу қағидаларына сәйкес әзірленді. 1-бөлім. Жалпы мәліметтер.", ""))
    rows = [g(["№ п/п", "Наименование сведений", "Содержание сведений"], ["Р/с №", "Мәліметтердің атауы", "Мәліметтердің мазмұны"], [])]
    merges = []
    _span(rows, merges, g("1. Сведения об эксплуатирующей организации", "1. Пайдаланушы ұйым туралы мәліметтер", ""), 3)
    rows += [["1.1", g("Полное наименование организации", "Ұйымның толық атауы", ""), operator],
             ["1.2", g("Бизнес-идентификационный номер (БИН)", "Бизнес-сәйкестендіру нөмірі (БСН)", ""), bin_],
             ["1.3", g("Юридический адрес", "Заңды мекенжайы", ""), legal],
             ["1.4", g("Первый руководитель", "Бірінші басшы", ""), g(f"Генеральный директор {head}", f"Бас директор {head}", "")]]
    _span(rows, merges, g("2. Сведения об опасном производственном объекте", "2. Қауіпті өндірістік объект туралы мәліметтер", ""), 3)
    rows += [["2.1", g("Наименование объекта, в состав которого входит ОПО", "ҚӨО кіретін объектінің атауы", ""), name],
             ["2.2", g("Состав ОПО", "ҚӨО құрамы", ""),
              g("аммиачная холодильная установка: машинное и аппаратное отделения, конденсаторная площадка на кровле, камеры хранения",
                "аммиакты тоңазыту қондырғысы: машина және аппарат бөлімшелері, шатырдағы конденсатор алаңы, сақтау камералары", "")],
             ["2.3", g("Место нахождения", "Орналасқан жері", ""), site],
             ["2.4", g("Код КАТО", "ҚАТО коды", ""), kato],
             ["2.5", g("Координаты центра площадки", "Алаң орталығының координаттары", ""),
              f"{num(lat, doc.lang)}° {ns}, {num(lon, doc.lang)}° {ew}"],
             ["2.6", g("Опасное вещество и его количество", "Қауіпті зат және оның мөлшері", ""),
              g(f"аммиак (NH3): в системе – {num(tons, 'ru')} т; в наибольшей единице оборудования (линейный ресивер 5РД) – {num(biggest, 'ru')} т",
                f"аммиак (NH3): жүйеде – {num(tons, 'kk')} т; ең үлкен жабдық бірлігінде (5РД сызықтық ресивері) – {num(biggest, 'kk')} т", "")],
             ["2.7", g("Учетный номер ОПО", "ҚӨО есепке алу нөмірі", ""),
              g(f"{r.randint(10, 99)}-{r.randint(1000, 9999)} (поставлен на учет в {dept})", f"{r.randint(10, 99)}-{r.randint(1000, 9999)} ({dept} есепке қойылған)", "")],
             ["2.8", g("Численность персонала, в т.ч. в наибольшую смену, чел.", "Персонал саны, оның ішінде ең көп ауысымда, адам", ""),
              f"{r.randint(90, 260)} / {r.randint(30, 80)}"]]
    _span(rows, merges, g("3. Разрешительные документы в области охраны окружающей среды", "3. Қоршаған ортаны қорғау саласындағы рұқсат беру құжаттары", ""), 3)
    rows += [["3.1", g("Экологическое разрешение", "Экологиялық рұқсат", ""),
              g(f"объект II категории; экологическое разрешение на воздействие № {permit} от {r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2024",
                f"II санаттағы объект; {r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2024 берілген № {permit} әсер етуге арналған экологиялық рұқсат", "")],
             ["3.2", g("Санитарная классификация", "Санитариялық жіктеу", ""), g("класс IV, санитарно-защитная зона 100 м", "IV сынып, санитариялық-қорғаныш аймағы 100 м", "")]]
    _span(rows, merges, g("4. Сведения о разработчике декларации", "4. Декларацияны әзірлеуші туралы мәліметтер", ""), 3)
    rows += [["4.1", g("Наименование", "Атауы", ""), g("ТОО «ӨнеркәсіпҚауіпсіздік Аудит»", "«ӨнеркәсіпҚауіпсіздік Аудит» ЖШС", "")],
             ["4.2", g("БИН", "БСН", ""), other_bin],
             ["4.3", g("Аттестат на право проведения работ в области промышленной безопасности", "Өнеркәсіптік қауіпсіздік саласындағы жұмыстарды жүргізу құқығына аттестат", ""),
              f"№ KZ{r.randint(10, 99)}VEK{r.randint(10**7, 10**8 - 1):08d}"]]  # fmt: skip
    doc.table(g("Таблица 1.1 – Общие сведения", "1.1-кесте – Жалпы мәліметтер", ""), rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": _core(name), "kato": kato, "category": "II", "lat": lat, "lon": lon})
    kit = [g(["Оборудование", "Количество, шт.", "Масса аммиака, кг"], ["Жабдық", "Саны, дана", "Аммиак массасы, кг"], [])]
    left = round(tons * 1000)
    for k, (e_ru, e_kk, count, share) in enumerate(AMMONIA_KIT):
        kg = left if k == len(AMMONIA_KIT) - 1 else round(tons * 1000 * share, -1)
        left -= kg
        kit.append([(e_ru, e_kk)[L], count, num(kg, doc.lang)])
    kit.append([g("Всего в системе", "Жүйеде барлығы", ""), "", num(round(tons * 1000), doc.lang)])
    doc.table(g("Таблица 1.2 – Распределение аммиака по оборудованию", "1.2-кесте – Аммиактың жабдықтар бойынша бөлінуі", ""), kit, role="other")


# (cold store, company, address, lat, lon, export code, kg of NH3, tonnes of goods, telephone code)
VN_COLD = (
    ("Kho lạnh Sao Biển Trà Nóc", "Công ty Cổ phần Thủy sản Sao Biển", "Lô 2.14, Khu công nghiệp Trà Nóc 2, phường Phước Thới, thành phố Cần Thơ",
     10.1083, 105.6972, "DL 465", 6800, 12000, "0292"),
    ("Kho lạnh Khánh An Frozen", "Công ty TNHH Kho vận Lạnh Khánh An", "Khu công nghiệp Khánh An, xã Khánh An, tỉnh Cà Mau", 9.2216, 105.1124,
     "DL 357", 4200, 8000, "0290"),
    ("Trung tâm kho lạnh Hiệp Phước", "Công ty Cổ phần Logistics Lạnh Hiệp Phước",
     "Đường số 10, Khu công nghiệp Hiệp Phước, xã Hiệp Phước, Thành phố Hồ Chí Minh", 10.6241, 106.7452, "DL 812", 9500, 25000, "028"),
)  # fmt: skip


def _facility_id1_vi(doc: Doc) -> None:
    r = doc.rng
    name, company, place, lat0, lon0, dl, nh3, goods, phone = doc.pick(VN_COLD)
    msdn = make_msdn(r)
    lat, lon = round(lat0 + r.uniform(-0.003, 0.003), 5), round(lon0 + r.uniform(-0.003, 0.003), 5)
    doc.p(f"{company.upper()} – CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM – Độc lập - Tự do - Hạnh phúc")
    doc.h(f"KẾ HOẠCH PHÒNG NGỪA, ỨNG PHÓ SỰ CỐ HÓA CHẤT – {name.upper()}")
    doc.p("Kế hoạch được xây dựng theo quy định của Luật Hóa chất và các văn bản hướng dẫn thi hành đối với cơ sở có tồn trữ hóa chất nguy "
          "hiểm (amoniac dùng làm môi chất lạnh). Chương I. Thông tin chung về cơ sở.")
    rows = [["Mục", "Nội dung", "Thông tin"]]
    merges = []
    _span(rows, merges, "1. THÔNG TIN VỀ CƠ SỞ", 3)
    rows += [["1.1", "Tên cơ sở", name],
             ["1.2", "Địa chỉ", place],
             ["1.3", "Tọa độ vị trí (hệ WGS-84)", f"{num(lat, 'vi')}° vĩ độ Bắc; {num(lon, 'vi')}° kinh độ Đông"],
             ["1.4", "Mã số cơ sở xuất khẩu thủy sản (do Cục Chất lượng, Chế biến và Phát triển thị trường cấp)", dl],
             ["1.5", "Quy mô", f"Sức chứa {num(goods, 'vi')} tấn hàng đông lạnh; {r.randint(6, 14):02d} buồng trữ đông −25 °C"],
             ["1.6", "Phân loại theo tiêu chí về môi trường", "Nhóm II"],
             ["1.7", "Giấy phép môi trường", f"Số {r.randint(20, 480)}/GPMT-UBND ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2024"]]
    _span(rows, merges, "2. THÔNG TIN VỀ CHỦ CƠ SỞ", 3)
    rows += [["2.1", "Tên doanh nghiệp", company],
             ["2.2", "Mã số doanh nghiệp", msdn],
             ["2.3", "Người đại diện theo pháp luật", f"Ông {doc.pick(('Trần Minh Khoa', 'Lê Hoàng Phúc', 'Nguyễn Văn Lợi'))} – Tổng Giám đốc"],
             ["2.4", "Điện thoại", f"{phone} 3{r.randint(100, 999)} {r.randint(100, 999)}"]]
    _span(rows, merges, "3. HÓA CHẤT NGUY HIỂM TỒN TRỮ", 3)
    rows.append(["3.1", "Tên hóa chất, khối lượng", f"Amoniac (NH3) làm môi chất lạnh: {num(nh3, 'vi')} kg trong hệ thống; dự trữ 02 bình × 400 kg"])  # fmt: skip
    doc.table("Bảng 1.1. Thông tin chung", rows, merges, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": name, "category": "II", "lat": lat, "lon": lon})
    chem = [["TT", "Tên hóa chất", "Số CAS", "Khối lượng tồn trữ lớn nhất (kg)", "Mục đích sử dụng"],
            ["1", "Amoniac (NH3)", "7664-41-7", num(nh3 + 800, "vi"), "Môi chất lạnh"],
            ["2", "Natri hydroxit (NaOH) 32 %", "1310-73-2", num(r.randint(4, 12) * 100, "vi"), "Điều chỉnh pH hệ thống xử lý nước thải"],
            ["3", "Canxi hypoclorit (Chlorine 70 %)", "7778-54-3", num(r.randint(2, 9) * 50, "vi"), "Khử trùng nước thải, vệ sinh kho"]]
    doc.table("Bảng 1.2. Danh mục hóa chất sử dụng, tồn trữ tại cơ sở", chem, role="other")


# (RU depot, KK depot, RU operator, KK operator, RU legal address, KK legal address, RU site, KK site, KATO prefix, lat, lon)
AGRO_DEPOTS = (
    ("Склад пестицидов и агрохимикатов «Жетісу Агрохим»", "«Жетісу Агрохим» пестицидтер мен агрохимикаттар қоймасы",
     "ТОО «Жетісу Агрохимия»", "«Жетісу Агрохимия» ЖШС",
     "область Жетісу, г. Талдыкорган, ул. Тәуелсіздік, 58", "Жетісу облысы, Талдықорған қ., Тәуелсіздік к-сі, 58",
     "область Жетісу, Ескельдинский район, с. Карабулак, промышленная зона, участок 4",
     "Жетісу облысы, Ескелді ауданы, Қарабұлақ а., өнеркәсіптік аймақ, 4-учаске", "3344", 44.905, 78.488),
    ("Оптовый склад средств защиты растений «Тобыл Агро»", "«Тобыл Агро» өсімдіктерді қорғау құралдарының көтерме қоймасы",
     "ТОО «Тобыл Агросервис»", "«Тобыл Агросервис» ЖШС",
     "г. Костанай, пр. Аль-Фараби, 119, офис 5", "Қостанай қ., Әл-Фараби даңғ., 119, 5-кеңсе",
     "Костанайская область, Костанайский район, п. Заречный, ул. Промышленная, 21",
     "Қостанай облысы, Қостанай ауданы, Заречный к., Өнеркәсіп к-сі, 21", "3946", 53.152, 63.553),
    ("Региональный склад агрохимикатов «Оңтүстік Агрохим»", "«Оңтүстік Агрохим» өңірлік агрохимикаттар қоймасы",
     "ТОО «Оңтүстік Агрохим Сауда»", "«Оңтүстік Агрохим Сауда» ЖШС",
     "г. Шымкент, ул. Байтурсынова, 14", "Шымкент қ., Байтұрсынов к-сі, 14",
     "Туркестанская область, Сайрамский район, с. Аксукент, ул. Кольцевая, 2", "Түркістан облысы, Сайрам ауданы, Ақсукент а., Айналма к-сі, 2",
     "6156", 42.236, 69.873),
)  # fmt: skip
INSURERS = (("АО «Страховая компания «Сақтандыру Кепілі»", "«Сақтандыру Кепілі» сақтандыру компаниясы» АҚ", "г. Алматы, ул. Желтоқсан, 96",
             "Алматы қ., Желтоқсан к-сі, 96", "Председатель правления Нұрланов Е.Б.", "Басқарма төрағасы Нұрланов Е.Б."),
            ("АО «Дала Иншуранс»", "«Дала Иншуранс» АҚ", "г. Астана, пр. Мәңгілік Ел, 30", "Астана қ., Мәңгілік Ел даңғ., 30",
             "Председатель правления Оспанова Г.М.", "Басқарма төрағасы Оспанова Г.М."))


def facility_id2(doc: Doc) -> None:
    """A contract of compulsory environmental insurance of a wholesale depot of pesticides and agrochemicals, its first section
    a table whose upper part gives the parties as two columns — the insurer first, then the insured — each with a name, a BIN,
    a legal address, a bank account (IBAN and BIC) and a head, and whose lower part, under a row spanning the table, gives
    the insured object's lines merged across both columns: the hazardous activity, the depot, its place, KATO, coordinates in
    degrees, minutes and seconds, the category by its permit, the insured sum in МРП and tenge and the term (VI: a pesticide
    warehouse's contract of compulsory fire and explosion insurance, the insured before the insurer, decimal coordinates)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_id2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    d = doc.pick(AGRO_DEPOTS)
    name, operator, legal, site, prefix = d[L], d[2 + L], d[4 + L], d[6 + L], d[8]
    ins = doc.pick(INSURERS)
    bin_, ins_bin, kato = make_bin(r), make_bin(r), _kato(doc, prefix)
    lat, lat_v = _dms(d[9] + r.uniform(-0.004, 0.004), True, doc.lang)
    lon, lon_v = _dms(d[10] + r.uniform(-0.004, 0.004), False, doc.lang)
    number = f"ОЭС-{r.randint(1000, 9999)}/26"
    mrp = r.choice((20000, 30000, 50000))
    doc.h(g(f"Договор обязательного экологического страхования № {number}", f"№ {number} міндетті экологиялық сақтандыру шарты", ""))
    doc.p(g(f"г. {doc.pick(('Алматы', 'Астана'))}, {r.randint(2, 28)} декабря 2025 г. Настоящий договор заключен в соответствии с Экологическим "
            "кодексом Республики Казахстан и Законом Республики Казахстан «Об обязательном экологическом страховании».",
            f"{doc.pick(('Алматы', 'Астана'))} қ., 2025 жылғы {r.randint(2, 28)} желтоқсан. Осы шарт Қазақстан Республикасының Экология "
            "кодексіне және «Міндетті экологиялық сақтандыру туралы» Қазақстан Республикасының Заңына сәйкес жасалды.", ""))
    bics = ("HSBKKZKX", "KCJBKZKX", "CASPKZKA", "HCSKKZKA")
    rows = [g(["Реквизиты", "Страховщик", "Страхователь"], ["Деректемелер", "Сақтандырушы", "Сақтанушы"], []),
            [g("Наименование", "Атауы", ""), ins[L], operator],
            [g("БИН", "БСН", ""), ins_bin, bin_],
            [g("Юридический адрес", "Заңды мекенжайы", ""), ins[2 + L], legal],
            [g("ИИК / БИК", "ЖСК / БСК", ""), f"{_iik(doc)} / {doc.pick(bics)}", f"{_iik(doc)} / {doc.pick(bics)}"],
            [g("Первый руководитель", "Бірінші басшы", ""), ins[4 + L], g(f"Директор {doc.pick(('Ким В.С.', 'Ахметов Р.Т.', 'Жақсылықов Б.М.'))}",
                                                                        f"Директор {doc.pick(('Ким В.С.', 'Ахметов Р.Т.', 'Жақсылықов Б.М.'))}", "")]]
    merges = []
    _span(rows, merges, g("Объект страхования", "Сақтандыру объектісі", ""), 3)

    def line(label: str, value: str) -> None:
        rows.append([label, value, None])
        merges.append((len(rows) - 1, 1, len(rows) - 1, 2))

    line(g("Вид экологически опасной хозяйственной деятельности", "Экологиялық қауіпті шаруашылық қызметінің түрі", ""),
         g("хранение и оптовая реализация пестицидов (ядохимикатов) и минеральных удобрений",
           "пестицидтерді (улы химикаттарды) және минералды тыңайтқыштарды сақтау және көтерме сату", ""))
    line(g("Наименование объекта", "Объектінің атауы", ""), name)
    line(g("Место нахождения объекта", "Объектінің орналасқан жері", ""), site)
    line(g("Код КАТО", "ҚАТО коды", ""), kato)
    line(g("Географические координаты", "Географиялық координаттары", ""), f"{lat}; {lon}")
    line(g("Категория объекта (согласно экологическому разрешению)", "Объект санаты (экологиялық рұқсатқа сәйкес)", ""), "II")
    line(g("Страховая сумма", "Сақтандыру сомасы", ""),
         g(f"{num(mrp, 'ru')} МРП ({num(mrp * 4325, 'ru')} тенге)", f"{num(mrp, 'kk')} АЕК ({num(mrp * 4325, 'kk')} теңге)", ""))
    line(g("Срок действия договора", "Шарттың қолданылу мерзімі", ""), g("с 01.01.2026 по 31.12.2026", "01.01.2026 бастап 31.12.2026 дейін", ""))
    doc.table(g("Раздел 1. Стороны договора и объект страхования", "1-бөлім. Шарт тараптары және сақтандыру объектісі", ""), rows, merges,
              role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": _core(name), "kato": kato, "category": "II", "lat": lat_v, "lon": lon_v})
    doc.p(g("Страховая премия уплачивается единовременно в течение 10 рабочих дней со дня заключения договора.",
            "Сақтандыру сыйлықақысы шарт жасалған күннен бастап 10 жұмыс күні ішінде бір жолғы төленеді.", ""))


# (warehouse, company, address, lat, lon)
VN_PEST_WH = (
    ("Kho thuốc bảo vệ thực vật Phước Hưng", "Công ty TNHH Nông dược Phước Hưng", "Lô C5, Cụm công nghiệp Phong Điền, xã Phong Điền, thành phố Cần Thơ",
     10.0011, 105.6693),
    ("Kho trung chuyển thuốc bảo vệ thực vật Sa Đéc Xanh", "Công ty Cổ phần Vật tư Nông nghiệp Sa Đéc Xanh",
     "Lô A12, Khu công nghiệp Sa Đéc, phường Sa Đéc, tỉnh Đồng Tháp", 10.3064, 105.7462),
    ("Kho hàng nông dược Phố Nối", "Công ty TNHH Hóa nông Phố Nối", "Lô D2, Khu công nghiệp Phố Nối A, xã Như Quỳnh, tỉnh Hưng Yên",
     20.9712, 106.0213),
)  # fmt: skip


def _facility_id2_vi(doc: Doc) -> None:
    r = doc.rng
    name, company, place, lat0, lon0 = doc.pick(VN_PEST_WH)
    msdn, ins_msdn = make_msdn(r), make_msdn(r)
    lat, lon = round(lat0 + r.uniform(-0.002, 0.002), 5), round(lon0 + r.uniform(-0.002, 0.002), 5)
    volume = r.randint(18, 60) * 100
    doc.p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM – Độc lập - Tự do - Hạnh phúc")
    doc.h(f"HỢP ĐỒNG BẢO HIỂM CHÁY, NỔ BẮT BUỘC Số: {r.randint(100, 990)}/2026/HĐBH-CNBB")
    doc.p("Căn cứ Nghị định số 67/2023/NĐ-CP ngày 06 tháng 9 năm 2023 của Chính phủ quy định về bảo hiểm bắt buộc trách nhiệm dân sự của chủ "
          "xe cơ giới, bảo hiểm cháy, nổ bắt buộc, bảo hiểm bắt buộc trong hoạt động đầu tư xây dựng; hôm nay, các bên gồm:")
    rows = [["Thông tin", "Bên mua bảo hiểm (Bên A)", "Doanh nghiệp bảo hiểm (Bên B)"],
            ["Tên", company, "Tổng Công ty Cổ phần Bảo hiểm Phương Nam"],
            ["Mã số doanh nghiệp", msdn, ins_msdn],
            ["Địa chỉ", place, "Tầng 12, số 21 Nguyễn Huệ, phường Sài Gòn, Thành phố Hồ Chí Minh"],
            ["Số tài khoản", f"{r.randint(10**11, 10**12 - 1)} tại Ngân hàng TMCP Ngoại thương", f"{r.randint(10**11, 10**12 - 1)} tại Ngân hàng TMCP Công Thương"],
            ["Người đại diện", f"Ông {doc.pick(('Phạm Quốc Bảo', 'Võ Thanh Tùng', 'Đỗ Văn Hải'))} – Giám đốc", "Bà Hoàng Thu Trang – Giám đốc Chi nhánh"]]  # fmt: skip
    merges = []
    _span(rows, merges, "ĐỐI TƯỢNG VÀ ĐỊA ĐIỂM ĐƯỢC BẢO HIỂM", 3)

    def line(label: str, value: str) -> None:
        rows.append([label, value, None])
        merges.append((len(rows) - 1, 1, len(rows) - 1, 2))

    line("Cơ sở được bảo hiểm", name)
    line("Địa điểm", place)
    line("Vị trí (tọa độ WGS-84)", f"{num(lat, 'vi')}; {num(lon, 'vi')}")
    line("Loại cơ sở", f"Kho hàng hóa, vật tư cháy được có khối tích {num(volume, 'vi')} m³ (cơ sở có nguy hiểm về cháy, nổ)")
    line("Tài sản được bảo hiểm", "Nhà kho, hệ thống kệ, thiết bị và hàng hóa lưu kho (thuốc bảo vệ thực vật, phân bón)")
    line("Số tiền bảo hiểm", f"{num(r.randint(18, 90) * 1000, 'vi')} triệu đồng")
    line("Thời hạn bảo hiểm", "Từ 00 giờ ngày 01/01/2026 đến 24 giờ ngày 31/12/2026")
    doc.table("Điều 1. Các bên và đối tượng bảo hiểm", rows, merges, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": name, "lat": lat, "lon": lon})
    doc.p("Điều 2. Phí bảo hiểm được thanh toán một lần trong vòng 15 ngày kể từ ngày ký hợp đồng.")


# ---------------------------------------------------------------- emissions

# (number, RU source, KK source, RU apparatus, KK apparatus, (low, high) kg of ammonia, losses % a year, hours a year)
LEAKS = (
    ("0001", "Вытяжная вентиляция машинного отделения", "Машина бөлімшесінің сорып шығару желдеткіші",
     "компрессорные агрегаты винтовые (3 шт.), маслоотделители", "бұрандалы компрессорлық агрегаттар (3 дана), май бөлгіштер", (700, 1300), "0.5", 8760),
    ("0002", "Вытяжная вентиляция аппаратного отделения", "Аппарат бөлімшесінің сорып шығару желдеткіші",
     "ресиверы линейные и циркуляционные, насосы аммиачные", "сызықтық және циркуляциялық ресиверлер, аммиак сорғылары", (5000, 8000), "0.3", 8760),
    ("6001", "Конденсаторная площадка на кровле", "Шатырдағы конденсатор алаңы",
     "конденсаторы испарительные (2 шт.)", "буландырғыш конденсаторлар (2 дана)", (1200, 2200), "0.8", 8760),
    ("6002", "Камеры хранения (неплотности воздухоохладителей и трубопроводов)", "Сақтау камералары (ауа салқындатқыштар мен құбырлардың саңылаулары)",
     "воздухоохладители (24 шт.), трубопроводы", "ауа салқындатқыштар (24 дана), құбырлар", (4000, 6000), "0.4", 8760),
    ("6003", "Узел заправки системы аммиаком из автоцистерны", "Жүйені автоцистернадан аммиакпен толтыру торабы",
     "гибкие рукава и запорная арматура (дозаправка 1 раз в год)", "иілгіш жеңдер және бекіту арматурасы (жылына 1 рет толықтыру)", (1500, 2500), "0.05", 4),
)  # fmt: skip
# code: ((low, high) g/s, (low, high) t/year) of a gas-fired boiler house
BOILER = {"0301": ((0.02, 0.07), (0.25, 0.9)), "0304": ((0.003, 0.011), (0.04, 0.15)), "0337": ((0.05, 0.2), (0.6, 2.4)),
          "0703": ((0.00000002, 0.00000008), (0.0000002, 0.0000009))}


def _leak(charge: int, pct: str, hours: int) -> tuple[float, float]:
    """The tonnes a year lost from `charge` kg at `pct` per cent and the grams a second over `hours`."""
    t = _dec(charge) * Decimal(pct) / Decimal(100) / Decimal(1000)
    return _sig(float(t) * 1e6 / (hours * 3600), 3), _f(t)


def emissions_id1(doc: Doc) -> None:
    """An НДВ project's section on the ammonia leaking from a cold store's refrigeration, a row per source — the exhaust
    ventilation of the machine room and of the apparatus room, the condensers on the roof, the storage chambers and the yearly
    recharge from a tanker lasting four hours — with the apparatus, the kilograms of ammonia in it, the losses in per cent a year and the hours before the
    figures, ammonia (0303) named only in the merged header over `г/с | т/год`; then the gas boiler house's emissions in a table
    of its own whose source `ИЗА 0003` stands only in the caption, with codes and a class column (VI: a seafood cold store's NH3
    losses by apparatus with no source numbers, then the backup generator named only in the caption of its loads, the
    emission factors and the fuel before the figures)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_id1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    c = doc.pick(COLD_PLANTS)
    name, operator = c[L], c[2 + L]
    doc.h(g(f"Проект нормативов допустимых выбросов. {name}", f"{name}. Жол берілетін шығарындылар нормативтерінің жобасы", ""))
    doc.h(g("3.3. Расчет выбросов аммиака от аммиачной холодильной установки", "3.3. Аммиакты тоңазыту қондырғысынан шығатын аммиак шығарындыларын есептеу", ""))
    doc.p(g(f"Оператор – {operator}. Выбросы аммиака через неплотности оборудования определены по удельным потерям хладагента в процентах "
            "от массы аммиака, находящегося в оборудовании, по данным журнала учета заправки системы за три последних года.",
            f"Оператор – {operator}. Жабдықтың саңылаулары арқылы шығатын аммиак шығарындылары соңғы үш жылдағы жүйені толтыруды есепке "
            "алу журналының деректері бойынша жабдықтағы аммиак массасынан пайызбен алынған хладагенттің үлестік шығындары бойынша анықталды.", ""))
    rows = [g(["№ ИЗА", "Наименование источника выброса", "Оборудование", "Масса аммиака в оборудовании, кг", "Удельные потери, % в год",
               "Время выделения, ч/год", "Выброс аммиака (код 0303)", None],
              ["ЛШК №", "Шығарынды көзінің атауы", "Жабдық", "Жабдықтағы аммиак массасы, кг", "Үлестік шығындар, жылына %",
               "Бөліну уақыты, сағ/жыл", "Аммиак шығарындысы (0303 коды)", None], []),
            [None] * 6 + g(["г/с", "т/год"], ["г/с", "т/жыл"], [])]
    merges = [(0, k, 1, k) for k in range(6)] + [(0, 6, 0, 7)]
    numbers, sum_g, sum_t = [], Decimal(0), Decimal(0)
    for number, s_ru, s_kk, a_ru, a_kk, (lo, hi), pct, hours in LEAKS:
        charge = r.randint(lo // 10, hi // 10) * 10
        gs, ty = _leak(charge, pct, hours)
        rows.append([number, (s_ru, s_kk)[L], (a_ru, a_kk)[L], num(charge, doc.lang), num(float(pct), doc.lang), num(hours, doc.lang),
                     num(gs, doc.lang), num(ty, doc.lang)])
        doc.add("emissions", emission("0303", gs, ty, number))
        numbers.append(number)
        sum_g += _dec(gs)
        sum_t += _dec(ty)
    rows.append(["", g("Итого по аммиачной холодильной установке", "Аммиакты тоңазыту қондырғысы бойынша жиыны", ""), "", "", "", "",
                 num(_f(sum_g), doc.lang), num(_f(sum_t), doc.lang)])
    doc.table(g("Таблица 3.5 – Расчет выбросов от утечек аммиака", "3.5-кесте – Аммиактың ағып кетуінен шығатын шығарындыларды есептеу", ""),
              rows, merges, role="emissions")
    doc.p(g("Аварийные выбросы через предохранительные клапаны в нормативы не включаются.",
            "Сақтандырғыш клапандар арқылы болатын авариялық шығарындылар нормативтерге енгізілмейді.", ""))
    rows = [g(["Код ЗВ", "Наименование загрязняющего вещества", "Класс опасности", "Выброс, г/с", "Выброс, т/год"],
              ["ЛЗ коды", "Ластаушы заттың атауы", "Қауіптілік сыныбы", "Шығарынды, г/с", "Шығарынды, т/жыл"], [])]
    for code, ((glo, ghi), (tlo, thi)) in BOILER.items():
        gs, ty = _sig(r.uniform(glo, ghi), 3), _sig(r.uniform(tlo, thi), 3)
        rows.append([code, _air(doc, code), str(_hz(code)), num(gs, doc.lang), num(ty, doc.lang)])
        doc.add("emissions", emission(code, gs, ty, "0003", _hz(code)))
    doc.table(g("Таблица 3.6 – Выбросы котельной, ИЗА 0003 (дымовая труба, котлы Buderus Logano SK745 – 2 шт., природный газ)",
                "3.6-кесте – Қазандық шығарындылары, 0003 ЛШК (түтін мұржасы, Buderus Logano SK745 қазандары – 2 дана, табиғи газ)", ""),
              rows, role="emissions")
    doc.add("sources", *({"number": n, "type": _kind(n)} for n in [*numbers[:2], "0003", *numbers[2:]]))
    _other(doc)


# (VI place, VI apparatus, (low, high) kg of NH3, losses % a year, hours)
VN_LEAKS = (
    ("Phòng máy nén (quạt hút thông gió)", "Cụm máy nén trục vít, bình tách dầu", (400, 900), "0.5", 8760),
    ("Phòng thiết bị (quạt hút thông gió)", "Bình chứa cao áp, bình tuần hoàn, bơm NH3", (2500, 4500), "0.3", 8760),
    ("Dàn ngưng tụ bay hơi trên mái", "Dàn ngưng (02 cụm)", (600, 1200), "0.8", 8760),
    ("Các buồng trữ đông, kho tiền đông", "Dàn lạnh, đường ống NH3", (1500, 3000), "0.4", 8760),
    ("Khu vực nạp bổ sung NH3 (01 lần/năm)", "Ống mềm, van nạp từ bình chứa 400 kg", (800, 1600), "0.05", 3),
)
# code: (VI label, kg a tonne of DO fuel)
VN_GEN = {"2902": ("Bụi tổng", "0.71"), "0330": ("SO2", "1.0"), "0301": ("NO2", "9.62"), "0337": ("CO", "2.19")}


def _emissions_id1_vi(doc: Doc) -> None:
    r = doc.rng
    name, company, *_ = doc.pick(VN_COLD)
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – {name.upper()}")
    doc.h("3.2. Nguồn phát sinh bụi, khí thải")
    doc.p(f"Chủ cơ sở: {company}. Hệ thống lạnh sử dụng môi chất NH3; lượng rò rỉ được tính theo tỷ lệ thất thoát môi chất lạnh hằng năm trên "
          "khối lượng NH3 nạp trong từng cụm thiết bị (số liệu sổ theo dõi nạp bổ sung môi chất 03 năm gần nhất).")
    rows = [["TT", "Vị trí phát sinh", "Thiết bị", "Lượng NH3 nạp trong thiết bị (kg)", "Tỷ lệ thất thoát (%/năm)", "Thời gian phát sinh (giờ/năm)",
             "Tải lượng NH3", None],
            [None] * 6 + ["g/s", "tấn/năm"]]
    merges = [(0, k, 1, k) for k in range(6)] + [(0, 6, 0, 7)]
    for k, (place, kit, (lo, hi), pct, hours) in enumerate(VN_LEAKS, 1):
        charge = r.randint(lo // 10, hi // 10) * 10
        gs, ty = _leak(charge, pct, hours)
        rows.append([str(k), place, kit, num(charge, "vi"), num(float(pct), "vi"), num(hours, "vi"), num(gs, "vi"), num(ty, "vi")])
        doc.add("emissions", emission("0303", gs, ty))
    doc.table("Bảng 3.5. Tải lượng NH3 rò rỉ từ hệ thống lạnh", rows, merges, role="emissions")
    kva = doc.pick((800, 1000, 1250))
    fuel = {800: "0.17", 1000: "0.21", 1250: "0.26"}[kva]
    hours = r.randint(8, 20) * 10
    doc.p(f"Máy phát điện dự phòng chỉ vận hành khi mất điện lưới; thời gian vận hành ước tính {hours} giờ/năm, định mức tiêu thụ dầu DO "
          f"(0,05 %S) {num(float(fuel), 'vi')} tấn/giờ.")
    rows = [["TT", "Thông số", "Hệ số phát thải (kg/tấn dầu)", "Tải lượng (g/s)", "Tải lượng (tấn/năm)"]]
    for k, (code, (label, factor)) in enumerate(VN_GEN.items(), 1):
        kg_h = Decimal(factor) * Decimal(fuel)
        gs = _sig(float(kg_h) / 3.6, 3)
        ty = _f(kg_h * hours / Decimal(1000))
        rows.append([str(k), label, num(float(factor), "vi"), num(gs, "vi"), num(ty, "vi")])
        doc.add("emissions", emission(code, gs, ty))
    doc.table(f"Bảng 3.6. Tải lượng khí thải của máy phát điện dự phòng {num(kva, 'vi')} kVA", rows, role="emissions")
    _other(doc)


# (number, RU source, KK source, hours a year, {code: (low, high) g/s})
AGRO_SOURCES = (
    ("0001", "Вытяжная вентиляция склада пестицидов (корпус № 1)", "Пестицидтер қоймасының сорып шығару желдеткіші (№ 1 корпус)", 8760,
     {"2142": (0.00002, 0.00008), "2146": (0.00001, 0.00005), "3243": (0.00001, 0.00004), "3334": (0.000005, 0.00002)}),
    ("0002", "Местный отсос участка фасовки жидких пестицидов", "Сұйық пестицидтерді құю учаскесінің жергілікті сорғышы", 1240,
     {"0616": (0.002, 0.008), "2146": (0.00005, 0.0002), "3334": (0.00002, 0.0001)}),
    ("0003", "Дымовая труба котельной (котел КВм-0,4, уголь)", "Қазандықтың түтін мұржасы (КВм-0,4 қазаны, көмір)", 4800,
     {"0301": (0.01, 0.03), "0330": (0.05, 0.15), "0337": (0.1, 0.4), "2908": (0.02, 0.08)}),
    ("6001", "Погрузочно-разгрузочная рампа (автопогрузчики, грузовой транспорт)", "Тиеу-түсіру рампасы (автотиегіштер, жүк көлігі)", 2000,
     {"0301": (0.005, 0.02), "0337": (0.03, 0.1), "2732": (0.005, 0.02)}),
    ("6002", "Склад минеральных удобрений (перегрузка аммиачной селитры в мешках МКР)", "Минералды тыңайтқыштар қоймасы (МКР қаптарындағы аммиак селитрасын қайта тиеу)",
     600, {"0305": (0.002, 0.01)}),
)  # fmt: skip
AGRO_CODES = ("0301", "0330", "0337", "2908", "2732", "0305", "0616", "2142", "2146", "3243", "3334")
SHORT = {"2908": ("Пыль неорганическая 70-20 % SiO2", "Бейорганикалық шаң 70-20 % SiO2"), "0305": ("Аммиачная селитра", "Аммиак селитрасы"),
         "3334": ("2,4-Д (кислота)", "2,4-Д (қышқыл)")}
# (RU product, KK product, unit RU, unit KK)
PRODUCTS = (("Глифосат 360, ВР", "Глифосат 360, СЕ", "л", "л"), ("Хлорпирифос 480, КЭ", "Хлорпирифос 480, КЭ", "л", "л"),
            ("Тебуконазол 250, КЭ", "Тебуконазол 250, КЭ", "л", "л"), ("2,4-Д аминная соль 720, ВР", "2,4-Д амин тұзы 720, СЕ", "л", "л"),
            ("Аммиачная селитра (N 34,4 %)", "Аммиак селитрасы (N 34,4 %)", "т", "т"))


def emissions_id2(doc: Doc) -> None:
    """A pesticide depot's inventory with the substances as columns under a merged `Загрязняющие вещества` over three header
    rows — the codes, short names and the hazard classes (`–` for glyphosate, tebuconazole, 2,4-D and kerosene, which have an
    ОБУВ) — each source on two rows merged down its number and name, `г/с` and `т/год` in a unit column, dashes where a source
    does not emit, and a total pair last; the stock of pesticides and fertiliser on the date in a table of no role (VI: a
    pesticide warehouse's loads by named source on a `g/s` and a `tấn/năm` row, xylene and toluene of the formulations)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_id2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    d = doc.pick(AGRO_DEPOTS)
    name, operator = d[L], d[2 + L]
    doc.h(g(f"Инвентаризация источников выбросов загрязняющих веществ. {name}", f"{name}. Ластаушы заттар шығарындылары көздерін түгендеу", ""))
    doc.p(g(f"Оператор – {operator}. Склад принимает пестициды в заводской таре, хранит их и реализует оптом; жидкие препараты "
            "фасуются в мелкую тару на участке с местным отсосом.",
            f"Оператор – {operator}. Қойма пестицидтерді зауыттық ыдыста қабылдайды, сақтайды және көтерме сатады; сұйық препараттар "
            "жергілікті сорғышы бар учаскеде ұсақ ыдысқа құйылады.", ""))
    stock = [g(["Препарат (удобрение)", "Остаток на 01.01.2026", "Ед. изм."], ["Препарат (тыңайтқыш)", "01.01.2026 жағдай бойынша қалдық", "Өлш. бірл."], [])]
    for p_ru, p_kk, u_ru, u_kk in PRODUCTS:
        amount = r.randint(40, 900) * (10 if u_ru == "л" else 1)
        stock.append([(p_ru, p_kk)[L], num(amount, doc.lang), (u_ru, u_kk)[L]])
    doc.table(g("Таблица 1 – Остатки продукции на складе", "1-кесте – Қоймадағы өнім қалдықтары", ""), stock, role="other")
    width = 3 + len(AGRO_CODES)
    names = [SHORT[k][L] if k in SHORT else _air(doc, k) for k in AGRO_CODES]
    rows = [g(["№ ИЗА", "Источник выброса", "Ед. изм.", "Загрязняющие вещества"], ["ЛШК №", "Шығарынды көзі", "Өлш. бірл.", "Ластаушы заттар"], [])
            + [None] * (len(AGRO_CODES) - 1),
            [None, None, None, *AGRO_CODES],
            [None, None, None, *names],
            [g("Класс опасности", "Қауіптілік сыныбы", ""), None, None, *(str(_hz(k)) if _hz(k) else "–" for k in AGRO_CODES)]]
    merges = [(0, 0, 2, 0), (0, 1, 2, 1), (0, 2, 2, 2), (0, 3, 0, width - 1), (3, 0, 3, 2)]
    gs_unit, ty_unit = g("г/с", "г/с", ""), g("т/год", "т/жыл", "")
    tot_g, tot_t = {k: Decimal(0) for k in AGRO_CODES}, {k: Decimal(0) for k in AGRO_CODES}
    for number, s_ru, s_kk, hours, codes in AGRO_SOURCES:
        line_g, line_t = [number, (s_ru, s_kk)[L], gs_unit], [None, None, ty_unit]
        for k in AGRO_CODES:
            if k not in codes:
                line_g.append("–")
                line_t.append("–")
                continue
            lo, hi = codes[k]
            gs = _sig(r.uniform(lo, hi), 2)
            ty = _sig(gs * 3600 * hours / 1e6, 3)
            line_g.append(num(gs, doc.lang))
            line_t.append(num(ty, doc.lang))
            tot_g[k] += _dec(gs)
            tot_t[k] += _dec(ty)
            doc.add("emissions", emission(k, gs, ty, number, _hz(k)))
        rows += [line_g, line_t]
        merges += [(len(rows) - 2, 0, len(rows) - 1, 0), (len(rows) - 2, 1, len(rows) - 1, 1)]
    rows += [[g("Всего по складу", "Қойма бойынша барлығы", ""), None, gs_unit, *(num(_f(tot_g[k]), doc.lang) for k in AGRO_CODES)],
             [None, None, ty_unit, *(num(_f(tot_t[k]), doc.lang) for k in AGRO_CODES)]]
    merges.append((len(rows) - 2, 0, len(rows) - 1, 1))
    doc.table(g("Таблица 2 – Выбросы загрязняющих веществ по источникам", "2-кесте – Көздер бойынша ластаушы заттардың шығарындылары", ""),
              rows, merges, role="emissions")
    doc.add("sources", *({"number": s[0], "type": _kind(s[0])} for s in AGRO_SOURCES))
    doc.p(g("Для веществ, для которых установлены ОБУВ, класс опасности не определен («–»).",
            "ОБӘД белгіленген заттар үшін қауіптілік сыныбы анықталмаған («–»).", ""))


# (VI source, hours a year, {code: (low, high) g/s})
VN_PEST_SOURCES = (
    ("Khu vực kho chứa thuốc BVTV (quạt hút thông gió mái)", 8760, {"0616": (0.001, 0.004), "0621": (0.0005, 0.002)}),
    ("Khu vực sang chiết thuốc dạng lỏng (chụp hút, tháp hấp phụ than hoạt tính)", 2100, {"0616": (0.004, 0.012), "0621": (0.002, 0.006)}),
    ("Xe nâng, xe tải ra vào kho", 2500, {"2902": (0.002, 0.008), "0330": (0.001, 0.004), "0301": (0.01, 0.04), "0337": (0.02, 0.08)}),
    ("Máy phát điện dự phòng 250 kVA", 120, {"2902": (0.005, 0.015), "0330": (0.008, 0.02), "0301": (0.08, 0.2), "0337": (0.02, 0.06)}),
)
VN_PEST_CODES = ("2902", "0330", "0301", "0337", "0616", "0621")
VN_PEST_LABELS = {"2902": "Bụi tổng", "0330": "SO2", "0301": "NO2", "0337": "CO", "0616": "Xylen", "0621": "Toluen"}


def _emissions_id2_vi(doc: Doc) -> None:
    r = doc.rng
    name, company, *_ = doc.pick(VN_PEST_WH)
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – {name.upper()}")
    doc.p(f"Chủ cơ sở: {company}. Kho tiếp nhận, lưu giữ và sang chiết thuốc bảo vệ thực vật dạng nhũ dầu (EC) có dung môi xylen, toluen; "
          "tải lượng được tính theo hệ số phát thải và thời gian hoạt động của từng nguồn.")
    width = 3 + len(VN_PEST_CODES)
    rows = [["TT", "Nguồn phát sinh", "Đơn vị", "Tải lượng các chất ô nhiễm", *[None] * (len(VN_PEST_CODES) - 1)],
            [None, None, None, *(VN_PEST_LABELS[k] for k in VN_PEST_CODES)]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, width - 1)]
    for k, (source, hours, codes) in enumerate(VN_PEST_SOURCES, 1):
        line_g, line_t = [str(k), source, "g/s"], [None, None, "tấn/năm"]
        for c in VN_PEST_CODES:
            if c not in codes:
                line_g.append("-")
                line_t.append("-")
                continue
            gs = _sig(r.uniform(*codes[c]), 2)
            ty = _sig(gs * 3600 * hours / 1e6, 3)
            line_g.append(num(gs, "vi"))
            line_t.append(num(ty, "vi"))
            doc.add("emissions", emission(c, gs, ty))
        rows += [line_g, line_t]
        merges += [(len(rows) - 2, 0, len(rows) - 1, 0), (len(rows) - 2, 1, len(rows) - 1, 1)]
    doc.table("Bảng 3.3. Tải lượng khí thải phát sinh tại kho", rows, merges, role="emissions")
    doc.p("Ghi chú: “-” – nguồn không phát sinh thông số.")
    _other(doc)


# ---------------------------------------------------------------- wastes

# (RU store, KK store, RU operator, KK operator, RU receiver of cardboard, KK one)
HYPERMARKETS = (
    ("Гипермаркет «Дастархан» (г. Шымкент, пр. Республики, 18)", "«Дастархан» гипермаркеті (Шымкент қ., Республика даңғ., 18)",
     "ТОО «Дастархан Ритейл»", "«Дастархан Ритейл» ЖШС"),
    ("Гипермаркет «Береке Маркет» (г. Караганда, пр. Бухар жырау, 59)", "«Береке Маркет» гипермаркеті (Қарағанды қ., Бұқар жырау даңғ., 59)",
     "ТОО «Береке Сауда Желісі»", "«Береке Сауда Желісі» ЖШС"),
    ("Гипермаркет «Қала Маркет» (г. Астана, ул. Сарайшық, 4)", "«Қала Маркет» гипермаркеті (Астана қ., Сарайшық к-сі, 4)",
     "ТОО «Қала Маркет Групп»", "«Қала Маркет Групп» ЖШС"),
)  # fmt: skip
# (code, RU, KK, unit, (low, high) a quarter, handed over once a year?, RU receiver, KK receiver)
HM_WASTES = (
    ("15 01 01", "Упаковка из бумаги и картона (гофрокартон)", "Қағаз және картон орамасы (гофрокартон)", "t", (18, 42), False,
     "ТОО «Вторсырье-Ресурс», дог. № 14/25", "«Вторсырье-Ресурс» ЖШС, № 14/25 шарт"),
    ("15 01 02", "Пластиковая упаковка (стретч-пленка, пакеты)", "Пластик орама (стретч-үлдір, пакеттер)", "t", (3, 9), False,
     "ТОО «ПолиРесайкл», дог. № 7-П", "«ПолиРесайкл» ЖШС, № 7-П шарт"),
    ("15 01 03", "Деревянная упаковка (поддоны, ящики)", "Ағаш орама (тұғырықтар, жәшіктер)", "t", (2, 7), False,
     "ТОО «ЭкоПаллет», дог. № 3/25", "«ЭкоПаллет» ЖШС, № 3/25 шарт"),
    ("16 03 06", "Пищевые продукты с истекшим сроком годности", "Жарамдылық мерзімі өткен тамақ өнімдері", "t", (4, 12), False,
     "ТОО «Биоутиль», дог. № 22", "«Биоутиль» ЖШС, № 22 шарт"),
    ("20 03 01", "Смешанные коммунальные отходы", "Аралас коммуналдық қалдықтар", "t", (20, 36), False,
     "ТОО «Тазалық Сервис», дог. № 118", "«Тазалық Сервис» ЖШС, № 118 шарт"),
    ("20 01 21*", "Люминесцентные лампы и ртутьсодержащие отходы", "Люминесцентті шамдар және құрамында сынап бар қалдықтар", "kg", (15, 60), True,
     "ТОО «Демеркуризация KZ», дог. № 5-Д", "«Демеркуризация KZ» ЖШС, № 5-Д шарт"),
    ("16 02 11*", "Холодильные витрины, содержащие ГХФУ (R-22), списанные", "Құрамында ГХФК (R-22) бар есептен шығарылған тоңазытқыш витриналар",
     "kg", (0, 700), True, "ТОО «Холод Утилизация», дог. № 9", "«Холод Утилизация» ЖШС, № 9 шарт"),
    ("13 02 08*", "Отработанное масло компрессоров холодильных машин", "Тоңазыту машиналары компрессорларының пайдаланылған майы", "kg", (10, 60), True,
     "ТОО «Мұнай Регенерация», дог. № 31", "«Мұнай Регенерация» ЖШС, № 31 шарт"),
)  # fmt: skip
QUARTERS = {"ru": ("I квартал", "II квартал", "III квартал", "IV квартал"), "kk": ("I тоқсан", "II тоқсан", "III тоқсан", "IV тоқсан"),
            "vi": ("Quý I", "Quý II", "Quý III", "Quý IV")}


def wastes_id1(doc: Doc) -> None:
    """A hypermarket's log of wastes for 2025 summed by quarter: a row spanning the table per waste with its code, name and
    unit — tonnes for the packaging, foods and mixed wastes, kilograms for the lamps, the R-22 display cases and the
    compressor oil — four quarter rows under it with the amounts formed, handed over, the receiver with its contract and what
    is left at the quarter's end, and a `Итого за 2025 год` row, whose amount formed alone is the item; the hazardous ones
    handed over once a year, a quarter with nothing formed written as a dash (VI: a distribution centre's annual report,
    ordinary wastes with no code in tonnes, CTNH in kilograms, forklift batteries among them)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_id1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    h = doc.pick(HYPERMARKETS)
    store, operator = h[L], h[2 + L]
    doc.h(g(f"Журнал учета отходов производства и потребления за 2025 год (сводный по кварталам). {store}",
            f"{store}. 2025 жылғы өндіріс және тұтыну қалдықтарын есепке алу журналы (тоқсандар бойынша жиынтық)", ""))
    doc.p(g(f"Оператор – {operator}. Отходы накапливаются на площадке у дебаркадера не более шести месяцев и передаются организациям по "
            "договорам; ртутьсодержащие отходы и списанное холодильное оборудование передаются в IV квартале.",
            f"Оператор – {operator}. Қалдықтар дебаркадер жанындағы алаңда алты айдан аспайтын мерзімде жинақталып, шарттар бойынша "
            "ұйымдарға беріледі; құрамында сынап бар қалдықтар мен есептен шығарылған тоңазытқыш жабдық IV тоқсанда беріледі.", ""))
    rows = [g(["Период", "Образовано", "Передано сторонним организациям", "Получатель, № договора", "Остаток на конец периода"],
              ["Кезең", "Түзілді", "Бөгде ұйымдарға берілді", "Алушы, шарт нөмірі", "Кезең соңындағы қалдық"], [])]
    merges = []
    units = {"t": g("ед. изм. – т", "өлш. бірл. – т", ""), "kg": g("ед. изм. – кг", "өлш. бірл. – кг", "")}
    for code, n_ru, n_kk, unit, (lo, hi), yearly, w_ru, w_kk in HM_WASTES:
        name = (n_ru, n_kk)[L]
        _span(rows, merges, f"{code} – {name} ({units[unit]})", 5)
        formed = []
        for _ in range(4):
            x = r.uniform(lo, hi)
            formed.append(round(x, 1) if unit == "t" else float(round(x / 5) * 5) if x >= 5 else 0.0)
        if sum(formed) == 0:
            formed[3] = float((hi // 10) * 5)
        left, total = 0.0, 0.0
        for q, (label, f) in enumerate(zip(QUARTERS[doc.lang], formed, strict=True)):
            given = round(left + f, 1) if (q == 3 or not yearly) else 0.0
            left = round(left + f - given, 1)
            total = round(total + f, 1)
            rows.append([label, num(f, doc.lang) if f else "–", num(given, doc.lang) if given else "–",
                         (w_ru, w_kk)[L] if given else "", num(left, doc.lang) if left else "–"])
        rows.append([g("Итого за 2025 год", "2025 жыл бойынша жиыны", ""), num(total, doc.lang), num(total, doc.lang), "", "–"])
        amount = total if unit == "t" else _f(_dec(total) / 1000)
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": amount, "name_contains": _words(name, 3)})
    doc.table(g("Таблица 1 – Образование и передача отходов", "1-кесте – Қалдықтардың түзілуі және берілуі", ""), rows, merges, role="wastes")
    _other(doc)


# (distribution centre, company, place)
VN_DC = (
    ("Trung tâm phân phối hàng tiêu dùng Quang Minh", "Công ty TNHH Phân phối Bắc Hà", "Khu công nghiệp Quang Minh, xã Quang Minh, thành phố Hà Nội"),
    ("Trung tâm phân phối Sóng Thần", "Công ty Cổ phần Chuỗi cung ứng Nam Việt", "Khu công nghiệp Sóng Thần 2, phường Dĩ An, Thành phố Hồ Chí Minh"),
    ("Trung tâm phân phối lạnh Tân Kim", "Công ty Cổ phần Logistics Thực phẩm Tân Kim", "Khu công nghiệp Tân Kim, xã Cần Giuộc, tỉnh Tây Ninh"),
)
# (code or None, name, unit, (low, high) a quarter, receiver of an ordinary waste)
VN_DC_WASTES = (
    (None, "Bao bì giấy, carton thải", "tấn", (12, 30), "Cơ sở thu mua phế liệu Hưng Thịnh"),
    (None, "Màng co, màng quấn pallet (nhựa) thải", "tấn", (2, 6), "Cơ sở thu mua phế liệu Hưng Thịnh"),
    (None, "Pallet gỗ hư hỏng", "tấn", (1.5, 5), "Công ty TNHH Pallet Tái chế Việt"),
    (None, "Hàng thực phẩm hết hạn sử dụng, hư hỏng", "tấn", (3, 9), "Công ty Cổ phần Môi trường Đô thị (xử lý chất thải hữu cơ)"),
    ("19 06 01", "Pin, ắc quy chì thải", "kg", (0, 400), None),
    ("16 01 06", "Bóng đèn huỳnh quang và các loại thủy tinh hoạt tính thải", "kg", (5, 25), None),
    ("18 02 01", "Chất hấp thụ, vật liệu lọc, giẻ lau, vải bảo vệ thải bị nhiễm các thành phần nguy hại", "kg", (10, 40), None),
    ("17 02 03", "Dầu động cơ, hộp số và bôi trơn tổng hợp thải", "kg", (20, 80), None),
)


def _wastes_id1_vi(doc: Doc) -> None:
    r = doc.rng
    name, company, place = doc.pick(VN_DC)
    doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – {name.upper()}")
    doc.p(f"Chủ cơ sở: {company}; địa chỉ: {place}. Mục 3. Kết quả quản lý chất thải rắn thông thường và chất thải nguy hại (tổng hợp theo quý).")
    rows = [["Thời gian", "Khối lượng phát sinh", "Khối lượng đã chuyển giao", "Đơn vị tiếp nhận", "Tồn lưu cuối kỳ"]]
    merges = []
    for code, wname, unit, (lo, hi), taker in VN_DC_WASTES:
        label = f"Mã CTNH {code} – {wname} (đơn vị: {unit})" if code else f"{wname} (đơn vị: {unit})"
        _span(rows, merges, label, 5)
        formed = [round(r.uniform(lo, hi), 1) if unit == "tấn" else float(round(r.uniform(lo, hi) / 5) * 5) for _ in range(4)]
        if code == "19 06 01":
            formed = [0.0, float(r.randint(6, 14) * 25), 0.0, float(r.randint(4, 12) * 25)]
        receiver = taker or "Công ty TNHH Môi trường Xanh Việt"
        left, total = 0.0, 0.0
        for q, (label_q, f) in enumerate(zip(QUARTERS["vi"], formed, strict=True)):
            given = round(left + f, 1) if (not code or q in (1, 3)) else 0.0
            left = round(left + f - given, 1)
            total = round(total + f, 1)
            rows.append([label_q, num(f, "vi") if f else "-", num(given, "vi") if given else "-", receiver if given else "", num(left, "vi") if left else "-"])
        rows.append(["Cả năm 2025", num(total, "vi"), num(total, "vi"), "", "-"])
        if code:
            doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": _f(_dec(total) / 1000), "name_contains": _words(wname, 4)})
        else:
            doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": total, "name_contains": _words(wname, 4)})
    doc.table("Bảng 3.1. Khối lượng chất thải phát sinh và chuyển giao năm 2025", rows, merges, role="wastes")
    _other(doc)


# (RU elevator, KK elevator, RU operator, KK operator, RU place, KK place, (low, high) thousand tonnes of grain taken in)
ELEVATORS = (
    ("Элеватор «Есіл Астық»", "«Есіл Астық» элеваторы", "ТОО «Есіл Астық Терминалы»", "«Есіл Астық Терминалы» ЖШС",
     "Акмолинская область, г. Есиль, ул. Элеваторная, 1", "Ақмола облысы, Есіл қ., Элеватор к-сі, 1", (90, 160)),
    ("Хлебоприемное предприятие «Қостанай Дән»", "«Қостанай Дән» астық қабылдау кәсіпорны", "АО «Қостанай Дән Өнімдері»", "«Қостанай Дән Өнімдері» АҚ",
     "Костанайская область, г. Житикара, ул. Вокзальная, 35", "Қостанай облысы, Жітіқара қ., Вокзал к-сі, 35", (60, 120)),
    ("Зерновой терминал «Көкше Астық»", "«Көкше Астық» астық терминалы", "ТОО «Көкше Астық Логистика»", "«Көкше Астық Логистика» ЖШС",
     "Акмолинская область, Зерендинский район, ст. Койсалган", "Ақмола облысы, Зеренді ауданы, Қойсалған ст.", (120, 220)),
)  # fmt: skip


def wastes_id2(doc: Doc) -> None:
    """A grain elevator's waste section in which each amount is worked out from what the elevator takes in and burns: the
    source data (the grain taken in, the coal burnt with its ash, the vehicles, the staff, the lamps replaced), the specific
    norm of formation and the calculation written out in a column of its own (`125 000 × 0,35 / 100 = 437,5`) before the
    tonnes a year in the last column, the amount (VI: a dry port's wastes from the TEU it handles, its vehicles and its
    staff, the kilograms worked out in the calculation before the tonnes a year)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_id2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    e = doc.pick(ELEVATORS)
    name, operator, place, (lo, hi) = e[L], e[2 + L], e[4 + L], e[6]
    intake = r.randint(lo, hi) * 1000
    coal = r.randint(30, 90) * 10
    ash = doc.pick(("16", "18", "21"))
    units = r.randint(9, 18)
    staff = r.randint(60, 140)
    lamps = r.randint(8, 24) * 10
    rag = doc.pick(("0.6", "0.8", "1.0"))
    doc.h(g(f"Программа управления отходами на 2026–2035 годы. {name}", f"{name}. 2026–2035 жылдарға арналған қалдықтарды басқару бағдарламасы", ""))
    doc.h(g("3. Расчет объемов образования отходов", "3. Қалдықтардың түзілу көлемдерін есептеу", ""))
    doc.p(g(f"Оператор – {operator}, {place}. Объемы образования отходов рассчитаны по удельным нормативам исходя из проектной приемки "
            f"зерна {num(intake, 'ru')} т/год и расхода угля котельной {num(coal, 'ru')} т/год.",
            f"Оператор – {operator}, {place}. Қалдықтардың түзілу көлемдері жылына {num(intake, 'kk')} т жобалық астық қабылдау және "
            f"қазандықтың жылына {num(coal, 'kk')} т көмір шығыны негізге алынып, үлестік нормативтер бойынша есептелді.", ""))

    def n(x) -> str:
        return num(float(x), doc.lang)

    items = [
        ("02 03 04", g("Отходы зерноочистки (сорная и зерновая примесь)", "Астық тазалау қалдықтары (арамшөп және астық қоспасы)", ""),
         g(f"приемка зерна {n(intake)} т/год", f"астық қабылдау {n(intake)} т/жыл", ""), "0,35 %", _dec(intake) * Decimal("0.35") / 100,
         f"{n(intake)} × 0,35 / 100"),
        ("02 03 99", g("Пыль зерновая, уловленная циклонами аспирации", "Аспирация циклондары ұстаған астық шаңы", ""),
         g(f"приемка зерна {n(intake)} т/год", f"астық қабылдау {n(intake)} т/жыл", ""), "0,02 %", _dec(intake) * Decimal("0.02") / 100,
         f"{n(intake)} × 0,02 / 100"),
        ("10 01 01", g("Шлак и зола котельной", "Қазандықтың қожы мен күлі", ""),
         g(f"расход угля {n(coal)} т/год, зольность {ash} %", f"көмір шығыны {n(coal)} т/жыл, күлділігі {ash} %", ""),
         g(f"Ар = {ash} %", f"Ар = {ash} %", ""), _dec(coal) * Decimal(ash) / 100, f"{n(coal)} × {ash} / 100"),
        ("13 02 05*", g("Отработанные моторные масла", "Пайдаланылған мотор майлары", ""),
         g(f"погрузчики и автотранспорт – {units} ед.", f"тиегіштер мен автокөлік – {units} бірл.", ""),
         g("0,18 т/год на ед.", "бірлікке 0,18 т/жыл", ""), _dec(units) * Decimal("0.18"), f"{units} × 0,18"),
        ("15 02 02*", g("Промасленная ветошь", "Майланған шүберек", ""),
         g(f"расход ветоши {n(rag)} т/год", f"шүберек шығыны {n(rag)} т/жыл", ""),
         g("содержание масла 12 %", "май құрамы 12 %", ""), _dec(rag) * Decimal("1.12"), f"{n(rag)} × 1,12"),
        ("20 01 21*", g("Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", ""),
         g(f"заменяется {lamps} шт./год", f"жылына {lamps} дана ауыстырылады", ""),
         g("0,25 кг/шт.", "0,25 кг/дана", ""), _dec(lamps) * Decimal("0.25") / 1000, f"{lamps} × 0,25 / 1000"),
        ("20 03 01", g("Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", ""),
         g(f"персонал {staff} чел.", f"персонал {staff} адам", ""), g("0,3 т/год на 1 чел.", "1 адамға 0,3 т/жыл", ""),
         _dec(staff) * Decimal("0.3"), f"{staff} × 0,3"),
    ]
    rows = [g(["№", "Код отхода", "Наименование отхода", "Исходные данные", "Норматив образования", "Расчет", "Количество, т/год"],
              ["№", "Қалдық коды", "Қалдықтың атауы", "Бастапқы деректер", "Түзілу нормативі", "Есептеу", "Мөлшері, т/жыл"], [])]
    for k, (code, wname, data, norm, amount, calc) in enumerate(items, 1):
        value = _f(amount)
        rows.append([str(k), code, wname, data, norm, f"{calc} = {num(value, doc.lang)}", num(value, doc.lang)])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": value,
                           "name_contains": _words(wname.split(" (")[0], 3)})
    doc.table(g("Таблица 3.1 – Расчет нормативов образования отходов", "3.1-кесте – Қалдықтардың түзілу нормативтерін есептеу", ""), rows,
              role="wastes")
    _other(doc)


# (dry port, company, place, TEU a year, staff, vehicles)
VN_ICD = (
    ("Cảng cạn ICD Kim Sơn", "Công ty Cổ phần Cảng cạn Kim Sơn", "xã Kim Sơn, tỉnh Ninh Bình", (90, 140), (150, 210), (14, 22)),
    ("Cảng cạn ICD Nhơn Trạch Nam", "Công ty TNHH Tiếp vận Nhơn Trạch Nam", "xã Đại Phước, tỉnh Đồng Nai", (200, 300), (260, 380), (30, 45)),
    ("Cảng cạn Lào Cai Kim Thành", "Công ty Cổ phần Logistics Biên giới Kim Thành", "phường Lào Cai, tỉnh Lào Cai", (40, 80), (80, 120), (8, 14)),
)


def _wastes_id2_vi(doc: Doc) -> None:
    r = doc.rng
    name, company, place, (tlo, thi), (slo, shi), (vlo, vhi) = doc.pick(VN_ICD)
    teu = r.randint(tlo, thi) * 1000
    staff = r.randint(slo, shi)
    vehicles = r.randint(vlo, vhi)
    batteries = r.randint(6, 16)
    lamps = r.randint(10, 30) * 10
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – {name.upper()}")
    doc.h("3.4. Khối lượng chất thải rắn, chất thải nguy hại phát sinh")
    doc.p(f"Chủ cơ sở: {company}, {place}. Khối lượng chất thải được tính theo sản lượng container thông qua ({num(teu, 'vi')} TEU/năm), số "
          f"phương tiện xếp dỡ ({vehicles} xe nâng, xe đầu kéo) và số lao động ({staff} người, làm việc 365 ngày/năm).")

    def n(x) -> str:
        return num(float(x), "vi")

    items = [
        (None, "Chất thải rắn từ vệ sinh container rỗng (giấy, nilon, gỗ chèn)", f"{n(teu)} TEU/năm", "0,6 kg/TEU",
         _dec(teu) * Decimal("0.6"), f"{n(teu)} × 0,6"),
        (None, "Pallet, gỗ chèn lót hư hỏng", f"{n(teu)} TEU/năm", "0,25 kg/TEU", _dec(teu) * Decimal("0.25"), f"{n(teu)} × 0,25"),
        (None, "Chất thải rắn sinh hoạt", f"{staff} người", "0,8 kg/người/ngày", _dec(staff) * Decimal("0.8") * 365, f"{staff} × 0,8 × 365"),
        ("17 02 03", "Dầu động cơ, hộp số và bôi trơn tổng hợp thải", f"{vehicles} xe", "60 lít/xe/năm; 0,9 kg/lít",
         _dec(vehicles) * 60 * Decimal("0.9"), f"{vehicles} × 60 × 0,9"),
        ("18 02 01", "Giẻ lau, găng tay dính dầu", f"{vehicles} xe", "15 kg/xe/năm", _dec(vehicles) * 15, f"{vehicles} × 15"),
        ("19 06 01", "Pin, ắc quy chì thải", f"{batteries} bình/năm", "28 kg/bình", _dec(batteries) * 28, f"{batteries} × 28"),
        ("16 01 06", "Bóng đèn huỳnh quang thải", f"{lamps} bóng/năm", "0,3 kg/bóng", _dec(lamps) * Decimal("0.3"), f"{lamps} × 0,3"),
    ]
    rows = [["TT", "Tên chất thải", "Mã CTNH", "Cơ sở tính toán", "Hệ số phát sinh", "Cách tính (kg/năm)", "Khối lượng (tấn/năm)"]]
    for k, (code, wname, basis, factor, kg, calc) in enumerate(items, 1):
        tons = _f(kg / 1000)
        rows.append([str(k), wname, code or "-", basis, factor, f"{calc} = {num(_f(kg), 'vi')}", num(tons, "vi")])
        if code:
            doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": tons, "name_contains": _words(wname, 4)})
        else:
            doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": tons, "name_contains": _words(wname, 4)})
    doc.table("Bảng 3.8. Tính toán khối lượng chất thải phát sinh", rows, role="wastes")
    _other(doc)


# ---------------------------------------------------------------- limits

# (point, RU side, KK side)
SZZ_POINTS = (("Т-1", "север", "солтүстік"), ("Т-2", "восток", "шығыс"), ("Т-3", "юг", "оңтүстік"), ("Т-4", "запад", "батыс"))
# code: (ПДК м.р. mg/m3, (low, high) share of the ПДК, detection limit or None)
SZZ_AIR = {"0303": (0.2, (0.1, 0.6), None), "0333": (0.008, (0.2, 0.7), 0.002), "0301": (0.2, (0.1, 0.45), None)}


def limits_id1(doc: Doc) -> None:
    """A laboratory protocol of the air at a cold store's protection-zone boundary, the point cell `Т-1 (север, граница СЗЗ,
    100 м)` merged down over its substances, three 20-minute samples as columns under a merged header, then the greatest of
    them — the one-time concentration judged — the ПДК м.р. and the share of the ПДК; hydrogen sulphide of the waste-water
    pre-treatment with samples below detection written `< 0,002`, and when all three are below it the greatest is too; the
    weather of the sampling in a table of no role before it (VI: ambient air at a seafood cold store in µg/m3, three
    measurements and the largest judged against QCVN 06:2009/BTNMT for NH3 and H2S and QCVN 05:2023/BTNMT for NO2 and dust)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_id1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    c = doc.pick(COLD_PLANTS)
    name, operator = c[L], c[2 + L]
    day = f"{r.randint(3, 27):02d}.{doc.pick(('06', '07', '08'))}.2025"
    doc.h(g(f"Протокол испытаний атмосферного воздуха № {r.randint(100, 900)}-А от {day}", f"{day} № {r.randint(100, 900)}-А атмосфералық ауаны сынау хаттамасы", ""))
    doc.p(g(f"Заказчик: {operator}. Объект: {name}. Отбор проб выполнен на границе санитарно-защитной зоны (100 м) по четырем румбам; в каждой "
            "точке отобраны три разовые (20-минутные) пробы, с ПДК м.р. сравнивается наибольшая из них.",
            f"Тапсырыс беруші: {operator}. Объект: {name}. Сынамалар санитариялық-қорғаныш аймағының шекарасында (100 м) төрт румб бойынша "
            "алынды; әр нүктеде үш бір реттік (20 минуттық) сынама алынды, ШЖК м.б.-мен олардың ең үлкені салыстырылады.", ""))
    wind = doc.pick(g(("северо-восточный", "восточный"), ("солтүстік-шығыс", "шығыс"), ()))
    doc.table(g("Таблица 1 – Метеорологические условия при отборе", "1-кесте – Сынама алу кезіндегі метеорологиялық жағдайлар", ""),
              [g(["Время отбора", "Температура, °C", "Давление, кПа", "Направление ветра", "Скорость ветра, м/с"],
                 ["Сынама алу уақыты", "Температура, °C", "Қысым, кПа", "Жел бағыты", "Жел жылдамдығы, м/с"], []),
               ["10:00–12:40", num(round(r.uniform(21, 31), 1), doc.lang), num(round(r.uniform(92.5, 99.5), 1), doc.lang), wind,
                num(round(r.uniform(1.2, 4.5), 1), doc.lang)]], role="other")
    rows = [g(["Точка отбора", "Определяемое вещество (код)", "Концентрация в пробе, мг/м³", None, None, "Максимальная разовая концентрация, мг/м³",
               "ПДК м.р., мг/м³", "Доли ПДК"],
              ["Сынама алу нүктесі", "Анықталатын зат (коды)", "Сынамадағы концентрация, мг/м³", None, None, "Ең жоғары бір реттік концентрация, мг/м³",
               "ШЖК м.б., мг/м³", "ШЖК үлесі"], []),
            [None, None, g("проба 1", "1-сынама", ""), g("проба 2", "2-сынама", ""), g("проба 3", "3-сынама", ""), None, None, None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 4), (0, 5, 1, 5), (0, 6, 1, 6), (0, 7, 1, 7)]
    below_seen = False
    for pid, s_ru, s_kk in SZZ_POINTS:
        start = len(rows)
        for code, (pdk, (lo, hi), det) in SZZ_AIR.items():
            samples: list[float | None] = []
            for _ in range(3):
                v = _sig(pdk * r.uniform(lo, hi) * r.uniform(0.6, 1.0), 2)
                samples.append(None if det and v < det else v)
            if code == "0333" and pid == "Т-4":
                samples = [None, None, None]
            cells = [num(v, doc.lang) if v is not None else f"< {num(det, doc.lang)}" for v in samples]
            known = [v for v in samples if v is not None]
            top = max(known) if known else None
            below_seen = below_seen or len(known) < 3
            share = num(round(top / pdk, 2), doc.lang) if top is not None else "–"
            rows.append([f"{pid} ({(s_ru, s_kk)[L]}, {g('граница СЗЗ, 100 м', 'СҚА шекарасы, 100 м', '')})" if code == "0303" else None,
                         f"{_air(doc, code)} ({code})", *cells, num(top, doc.lang) if top is not None else f"< {num(det, doc.lang)}",
                         num(pdk, doc.lang), share])
            item = limit(("code", code), "air", pdk, "mg/m3", None, pid, top)
            if top is None:
                item.pop("value")
            add(doc, item)
        merges.append((start, 0, len(rows) - 1, 0))
    doc.table(g("Таблица 2 – Результаты анализа проб атмосферного воздуха", "2-кесте – Атмосфералық ауа сынамаларын талдау нәтижелері", ""),
              rows, merges, role="limits")
    if below_seen:
        doc.p(g("«<» – ниже нижней границы диапазона измерений методики. Превышений ПДК м.р. не выявлено.",
                "«<» – әдістеме өлшеу диапазонының төменгі шегінен төмен. ШЖК м.б. асып кету анықталған жоқ.", ""))


# code: (VI label, standard, limit µg/m3, (low, high) share)
VN_AMBIENT = {"0303": ("NH3", "QCVN 06:2009/BTNMT", 200, (0.1, 0.5)), "0333": ("H2S", "QCVN 06:2009/BTNMT", 42, (0.1, 0.6)),
              "0301": ("NO2", "QCVN 05:2023/BTNMT", 200, (0.1, 0.4)), "2902": ("Bụi tổng (TSP)", "QCVN 05:2023/BTNMT", 300, (0.2, 0.6))}
VN_AMB_POINTS = (("KK1", "Cổng ra vào kho"), ("KK2", "Gần phòng máy nén, cuối hướng gió"), ("KK3", "Khu dân cư giáp ranh phía Tây"))


def _limits_id1_vi(doc: Doc) -> None:
    r = doc.rng
    name, company, *_ = doc.pick(VN_COLD)
    doc.h(f"KẾT QUẢ QUAN TRẮC MÔI TRƯỜNG KHÔNG KHÍ XUNG QUANH ĐỢT {doc.pick(('I', 'II'))} NĂM 2025 – {name.upper()}")
    doc.p(f"Chủ cơ sở: {company}. Tại mỗi vị trí đo 03 lần trong ngày (mỗi lần lấy mẫu trung bình 1 giờ); giá trị lớn nhất được so sánh "
          "với giới hạn trung bình 1 giờ của quy chuẩn.")
    rows = [["Vị trí", "Thông số", "Kết quả đo (µg/m³)", None, None, "Giá trị lớn nhất (µg/m³)", "Giới hạn cho phép (µg/m³)", "Quy chuẩn so sánh"],
            [None, None, "Lần 1", "Lần 2", "Lần 3", None, None, None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 4), (0, 5, 1, 5), (0, 6, 1, 6), (0, 7, 1, 7)]
    for pid, place in VN_AMB_POINTS:
        start = len(rows)
        for j, (code, (label, std, lim, (lo, hi))) in enumerate(VN_AMBIENT.items()):
            vals = [float(round(lim * r.uniform(lo, hi))) for _ in range(3)]
            top = max(vals)
            rows.append([f"{pid} – {place}" if j == 0 else None, label, *(num(v, "vi") for v in vals), num(top, "vi"), num(lim, "vi"), std])
            add(doc, limit(("code", code), "air", lim, "µg/m3", None, pid, top))
        merges.append((start, 0, len(rows) - 1, 0))
    doc.table("Bảng 2. Kết quả quan trắc không khí xung quanh", rows, merges, role="limits")
    doc.p("Nhận xét: giá trị lớn nhất của các thông số tại các vị trí đều thấp hơn giới hạn cho phép.")
    _other(doc)


# (RU hub, KK hub, RU operator, KK operator, RU city, KK city)
HUBS = (
    ("Транспортно-логистический центр «Қорғас Транзит» с СВХ", "Уақытша сақтау қоймасы бар «Қорғас Транзит» көліктік-логистикалық орталығы",
     "ТОО «Қорғас Транзит Логистикс»", "«Қорғас Транзит Логистикс» ЖШС", "г. Жаркент", "Жаркент қ."),
    ("Мультимодальный логистический хаб «Алатау» (СВХ и таможенный склад)", "«Алатау» мультимодальды логистикалық хабы (УСҚ және кеден қоймасы)",
     "ТОО «Алатау Хаб Терминал»", "«Алатау Хаб Терминал» ЖШС", "г. Алматы", "Алматы қ."),
    ("Индустриально-логистический комплекс «Сарыарқа Карго»", "«Сарыарқа Карго» индустриялық-логистикалық кешені",
     "ТОО «Сарыарқа Карго Сервис»", "«Сарыарқа Карго Сервис» ЖШС", "г. Караганда", "Қарағанды қ."),
)  # fmt: skip
# symbol: (RU, KK, ДК (a tuple for a range), (low, high) inlet, share removed)
STORM = {"pH": ("Водородный показатель (pH)", "Сутегі көрсеткіші (pH)", (6.5, 8.5), (6.8, 8.1), None),
         "TSS": ("Взвешенные вещества", "Қалқыма заттар", 20, (120, 480), (0.88, 0.96)),
         "TPH": ("Нефтепродукты", "Мұнай өнімдері", 0.3, (2.5, 9.0), (0.94, 0.985)),
         "BOD5": ("БПК5", "ОБТ5", 6, (12, 30), (0.6, 0.8)),
         "COD": ("ХПК", "ОХТ", 30, (60, 140), (0.6, 0.8))}
UNIT_ML = {"ru": "мг/дм³", "kk": "мг/дм³", "vi": "mg/L"}


def limits_id2(doc: Doc) -> None:
    """A logistics centre's storm water from its truck yard and container site sampled twice — after the snow melt and after a
    downpour — each sampling a column pair `вход ЛОС (К-1) | выпуск (К-2)`, the allowed concentrations of the technical
    conditions of discharging into the city's storm sewer in a column before them, which hold for the outlet alone: the
    inlet's figures judge the treatment plant and give no item (VI: a shopping mall's waste water before and after its
    treatment station against QCVN 14:2008/BTNMT column B, K = 1,0 for a trade centre of 5 000 m² or more, animal and
    vegetable fats with no key of their own)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_id2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    h = doc.pick(HUBS)
    name, operator, city = h[L], h[2 + L], h[4 + L]
    doc.h(g(f"Отчет по производственному экологическому контролю за 2025 год. {name}", f"{name}. 2025 жылғы өндірістік экологиялық бақылау бойынша есеп", ""))
    doc.h(g("4.2. Контроль качества ливневых сточных вод", "4.2. Нөсер ағынды суларының сапасын бақылау", ""))
    doc.p(g(f"Оператор – {operator}. Поверхностный сток с площадок отстоя грузовых автомобилей и контейнерной площадки проходит локальные "
            f"очистные сооружения (пескоуловитель, бензомаслоотделитель, сорбционный фильтр) и отводится в ливневую канализацию {city}. "
            "Допустимые концентрации (ДК) установлены техническими условиями для сточных вод на выпуске (К-2); показатели на входе ЛОС (К-1) "
            "определяются для оценки эффективности очистки и нормированию не подлежат.",
            f"Оператор – {operator}. Жүк автомобильдерінің тұрақ алаңдары мен контейнер алаңынан ағатын жер беті ағыны жергілікті тазарту "
            f"құрылыстарынан (құм ұстағыш, бензин-май бөлгіш, сорбциялық сүзгі) өтіп, {city} нөсер кәрізіне бұрылады. Жол берілетін "
            "концентрациялар (ЖК) техникалық шарттармен шығарудағы (К-2) ағынды сулар үшін белгіленген; ЖТҚ кірісіндегі (К-1) көрсеткіштер "
            "тазарту тиімділігін бағалау үшін анықталады және нормалауға жатпайды.", ""))
    d1 = f"{r.randint(3, 25):02d}.04.2025"
    d2 = f"{r.randint(3, 25):02d}.07.2025"
    rows = [g(["Показатель", "Ед. изм.", "ДК по техническим условиям", f"Отбор {d1} (снеготаяние)", None, f"Отбор {d2} (ливневый сток)", None],
              ["Көрсеткіш", "Өлш. бірл.", "Техникалық шарттар бойынша ЖК", f"{d1} сынама (қар еруі)", None, f"{d2} сынама (нөсер ағыны)", None], []),
            [None, None, None, g("вход ЛОС (К-1)", "ЖТҚ кірісі (К-1)", ""), g("выпуск (К-2)", "шығару (К-2)", ""),
             g("вход ЛОС (К-1)", "ЖТҚ кірісі (К-1)", ""), g("выпуск (К-2)", "шығару (К-2)", "")]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 0, 6)]
    for s, (n_ru, n_kk, dk, (lo, hi), removed) in STORM.items():
        dk_txt = f"{num(dk[0], doc.lang)}–{num(dk[1], doc.lang)}" if isinstance(dk, tuple) else num(dk, doc.lang)
        line = [(n_ru, n_kk)[L], "–" if s == "pH" else UNIT_ML[doc.lang], dk_txt]
        for _ in (d1, d2):
            if s == "pH":
                inlet, outlet = round(r.uniform(lo, hi), 1), round(r.uniform(7.0, 8.2), 1)
            else:
                inlet = _sig(r.uniform(lo, hi), 3)
                outlet = _sig(min(inlet * (1 - r.uniform(*removed)), dk * r.uniform(0.4, 0.95)), 2)
            line += [num(inlet, doc.lang), num(outlet, doc.lang)]
            add(doc, limit(("symbol", s), "waste_water", dk, "mg/l", None, "К-2", outlet))
        rows.append(line)
    doc.table(g("Таблица 4.2 – Результаты анализов ливневых сточных вод", "4.2-кесте – Нөсер ағынды суларын талдау нәтижелері", ""), rows, merges,
              role="limits")
    doc.p(g("Концентрации загрязняющих веществ на выпуске не превышают ДК.", "Шығарудағы ластаушы заттардың концентрациялары ЖК-дан аспайды.", ""))
    _other(doc)


VN_MALLS = (
    ("Trung tâm thương mại Long Biên Plaza", "Công ty Cổ phần Đầu tư Thương mại Long Biên", "phường Long Biên, thành phố Hà Nội", 52000),
    ("Trung tâm thương mại Tây Hồ Center", "Công ty TNHH Phát triển Thương mại Tây Hồ", "phường Tây Hồ, thành phố Hà Nội", 38000),
    ("Trung tâm thương mại Sài Gòn Riverside Mall", "Công ty Cổ phần Bất động sản Thương mại Bến Nghé", "phường Sài Gòn, Thành phố Hồ Chí Minh", 61000),
)
# (symbol or None, label, unit as the contract writes it, unit as written, C of column B (a tuple for a range), (low, high) inlet, outlet share)
QCVN14 = (
    ("pH", "pH", None, "-", (5, 9), (6.6, 7.6), None),
    ("BOD5", "BOD5 (20 °C)", "mg/l", "mg/L", 50, (180, 320), (0.08, 0.2)),
    ("TSS", "Tổng chất rắn lơ lửng (TSS)", "mg/l", "mg/L", 100, (150, 280), (0.1, 0.3)),
    ("TDS", "Tổng chất rắn hòa tan (TDS)", "mg/l", "mg/L", 1000, (450, 800), (0.7, 0.95)),
    ("S2-", "Sunfua (tính theo H2S)", "mg/l", "mg/L", 4, (2.5, 6), (0.1, 0.3)),
    ("NH4+", "Amoni (tính theo N)", "mg/l", "mg/L", 10, (25, 45), (0.1, 0.25)),
    ("NO3-", "Nitrat (NO3- tính theo N)", "mg/l", "mg/L", 50, (3, 10), (1.2, 2.5)),
    (None, "Dầu mỡ động, thực vật", "mg/l", "mg/L", 20, (40, 90), (0.05, 0.2)),
    ("Surfactants", "Tổng các chất hoạt động bề mặt", "mg/l", "mg/L", 10, (8, 18), (0.1, 0.3)),
    ("Coliform", "Tổng Coliforms", "MPN/100ml", "MPN/100 mL", 5000, (200000, 900000), None),
)


def _limits_id2_vi(doc: Doc) -> None:
    r = doc.rng
    name, company, place, area = doc.pick(VN_MALLS)
    doc.h(f"BÁO CÁO KẾT QUẢ QUAN TRẮC NƯỚC THẢI ĐỊNH KỲ QUÝ {doc.pick(('II', 'III'))} NĂM 2025 – {name.upper()}")
    doc.p(f"Chủ cơ sở: {company}, {place}. Tổng diện tích kinh doanh {num(area, 'vi')} m² nên hệ số K = 1,0 (trung tâm thương mại, siêu thị từ "
          "5.000 m² trở lên). Mẫu NT0 lấy tại bể gom trước trạm xử lý để đánh giá hiệu quả xử lý; chỉ mẫu NT1 (sau xử lý, trước khi xả vào hệ thống "
          "thoát nước chung) được so sánh với QCVN 14:2008/BTNMT cột B.")
    rows = [["TT", "Thông số", "Đơn vị", "NT0 – Trước xử lý", "NT1 – Sau xử lý", "QCVN 14:2008/BTNMT cột B (C)", "Cmax = C × K (K = 1,0)"]]
    for k, (s, label, unit, shown, c, (lo, hi), out) in enumerate(QCVN14, 1):
        c_txt = f"{num(c[0], 'vi')} – {num(c[1], 'vi')}" if isinstance(c, tuple) else num(c, "vi")
        if s == "pH":
            inlet, outlet = round(r.uniform(lo, hi), 1), round(r.uniform(6.8, 7.8), 1)
        elif s == "Coliform":
            inlet, outlet = float(r.choice((240000, 430000, 930000))), float(r.choice((430, 930, 1500, 2400)))
        else:
            inlet = _sig(r.uniform(lo, hi), 3)
            outlet = _sig(min(inlet * r.uniform(*out), c * r.uniform(0.3, 0.9)), 3)
        rows.append([str(k), label, shown, num(inlet, "vi"), num(outlet, "vi"), c_txt, c_txt])
        if s:
            add(doc, limit(("symbol", s), "waste_water", c, unit, "B", "NT1", outlet))
        else:
            add(doc, {"medium": "waste_water", "unit": unit, "column": "B", "point": "NT1", "limit": float(c), "limit_min": None,
                      "limit_max": None, "value": outlet})
    doc.table("Bảng 1. Kết quả phân tích mẫu nước thải", rows, role="limits")
    doc.p("Nhận xét: các thông số của mẫu NT1 đều đạt QCVN 14:2008/BTNMT cột B.")
    _other(doc)


# ---------------------------------------------------------------- monitoring

# (RU season, KK season, [(number or points, RU place, KK place, codes, frequency or None)])
ELEV_SEASONS = (
    (("I. Период приемки и сушки урожая (август – октябрь)", "I. Өнім қабылдау және кептіру кезеңі (тамыз – қазан)"), (
        ("0001", "Зерносушилка ДСП-32 (топка на дизельном топливе)", "ДСП-32 астық кептіргіші (дизель отынындағы оттық)",
         ("0301", "0330", "0337", "2937"), "monthly"),
        ("0002", "Аспирационная система рабочей башни (циклоны 4БЦШ)", "Жұмыс мұнарасының аспирациялық жүйесі (4БЦШ циклондары)", ("2937",),
         "monthly"),
        ("0003", "Аспирация завальной ямы приема с автотранспорта", "Автокөліктен қабылдау шұңқырының аспирациясы", ("2937",), "monthly"),
        (("Т-1", "Т-2", "Т-3", "Т-4"), "граница СЗЗ (500 м) по четырем румбам", "СҚА шекарасы (500 м) төрт румб бойынша", ("2937",), "monthly"))),
    (("II. Остальное время года (ноябрь – июль)", "II. Жылдың қалған уақыты (қараша – шілде)"), (
        ("0001", "Зерносушилка ДСП-32 (топка на дизельном топливе)", "ДСП-32 астық кептіргіші (дизель отынындағы оттық)", (), None),
        ("0002", "Аспирационная система рабочей башни (циклоны 4БЦШ)", "Жұмыс мұнарасының аспирациялық жүйесі (4БЦШ циклондары)", ("2937",),
         "quarterly"),
        ("0003", "Аспирация завальной ямы приема с автотранспорта", "Автокөліктен қабылдау шұңқырының аспирациясы", ("2937",), "semiannual"),
        ("0004", "Дымовая труба котельной (котел КВр-1,0, уголь; отопительный период)", "Қазандықтың түтін мұржасы (КВр-1,0 қазаны, көмір; жылыту кезеңі)",
         ("0301", "0330", "0337", "2908"), "quarterly"),
        (("Т-1", "Т-2", "Т-3", "Т-4"), "граница СЗЗ (500 м) по четырем румбам", "СҚА шекарасы (500 м) төрт румб бойынша", ("2937",), "semiannual"))),
)  # fmt: skip


def monitoring_id1(doc: Doc) -> None:
    """A grain elevator's plan of control under two rows spanning the table that name the season — the intake and drying of
    the harvest (August–October), then the rest of the year — the same sources and boundary points repeated under both with
    another frequency, so that grain dust at the working tower's cyclones is measured monthly in one season and quarterly in
    the other; the dryer written across its row as not working in the second season, the coal boiler house only in it, four
    boundary points in one cell (VI: a seafood cold store's peak season of buying and freezing and the other months, a point
    not sampled outside the peak)."""
    if doc.lang == "vi":
        _monitoring_id1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    e = doc.pick(ELEVATORS)
    name, operator = e[L], e[2 + L]
    doc.h(g(f"Программа производственного экологического контроля на 2026–2028 годы. {name}",
            f"{name}. 2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.h(g("5. План-график контроля на источниках выбросов и на границе СЗЗ", "5. Шығарынды көздеріндегі және СҚА шекарасындағы бақылаудың жоспар-кестесі", ""))
    doc.p(g(f"Оператор – {operator}. Режим работы элеватора сезонный: зерносушилка работает только в период приемки урожая, котельная – в "
            "отопительный период; периодичность контроля установлена отдельно для каждого периода.",
            f"Оператор – {operator}. Элеватордың жұмыс режимі маусымдық: астық кептіргіш тек өнім қабылдау кезеңінде, қазандық жылыту "
            "кезеңінде жұмыс істейді; бақылау кезеңділігі әр кезең үшін бөлек белгіленген.", ""))
    rows = [g(["№ ИЗА, точки", "Источник выброса, место отбора", "Контролируемые вещества", "Периодичность", "Метод контроля", "Исполнитель"],
              ["ЛШК, нүкте №", "Шығарынды көзі, сынама алу орны", "Бақыланатын заттар", "Кезеңділігі", "Бақылау әдісі", "Орындаушы"], [])]
    merges = []
    lab = g("аккредитованная лаборатория (по договору)", "аккредиттелген зертхана (шарт бойынша)", "")
    pairs, numbers = [], []
    for (s_ru, s_kk), items in ELEV_SEASONS:
        _span(rows, merges, (s_ru, s_kk)[L], 6)
        for where, p_ru, p_kk, codes, word in items:
            label = ", ".join(where) if isinstance(where, tuple) else where
            if isinstance(where, str) and where not in numbers:
                numbers.append(where)
            if not codes:
                rows.append([label, (p_ru, p_kk)[L], g("в данный период не эксплуатируется, контроль не проводится",
                                                        "бұл кезеңде пайдаланылмайды, бақылау жүргізілмейді", ""), None, None, None])
                merges.append((len(rows) - 1, 2, len(rows) - 1, 5))
                continue
            method = g("инструментальный", "аспаптық", "") if isinstance(where, str) else g("инструментальный (отбор проб воздуха)", "аспаптық (ауа сынамасын алу)", "")
            rows.append([label, (p_ru, p_kk)[L], ", ".join(f"{_air(doc, c)[0].lower()}{_air(doc, c)[1:]} ({c})" for c in codes),
                         _often(doc, word), method, lab])
            for c in codes:
                if isinstance(where, tuple):
                    doc.add("monitoring", *({"point": p, "code": c, "frequency": word} for p in where))
                else:
                    doc.add("monitoring", {"source_number": where, "code": c, "frequency": word})
                    pairs.append((where, c))
    doc.table(g("Таблица 5.1 – План-график контроля", "5.1-кесте – Бақылаудың жоспар-кестесі", ""), rows, merges, role="monitoring")
    doc.add("sources", *({"number": n, "type": "organized"} for n in numbers))
    doc.add("emissions", *(emission(c, None, None, s) for s, c in dict.fromkeys(pairs)))
    _other(doc)


# (season, [(point cell, point, [(kind, key, label)], frequency or None)])
VN_COLD_SEASONS = (
    ("I. MÙA CAO ĐIỂM THU MUA, CẤP ĐÔNG (THÁNG 8 – THÁNG 12)", (
        ("NT1 – Nước thải sau hệ thống xử lý, trước khi đấu nối vào KCN", "NT1",
         (("symbol", "pH", "pH"), ("symbol", "BOD5", "BOD5"), ("symbol", "COD", "COD"), ("symbol", "TSS", "TSS"), ("symbol", "NH4+", "Amoni"),
          ("symbol", "TN", "Tổng nitơ"), ("symbol", "TP", "Tổng phốt pho"), ("symbol", "Coliform", "Tổng Coliforms")), "monthly"),
        ("KT1 – Ống thoát khí quạt hút phòng máy nén", "KT1", (("code", "0303", "NH3"),), "quarterly"),
        ("KK1 – Không khí cuối hướng gió, cách phòng máy 50 m", "KK1", (("code", "0303", "NH3"), ("code", "0333", "H2S")), "quarterly"))),
    ("II. CÁC THÁNG CÒN LẠI (THÁNG 1 – THÁNG 7)", (
        ("NT1 – Nước thải sau hệ thống xử lý, trước khi đấu nối vào KCN", "NT1",
         (("symbol", "pH", "pH"), ("symbol", "COD", "COD"), ("symbol", "TSS", "TSS"), ("symbol", "NH4+", "Amoni")), "quarterly"),
        ("KT1 – Ống thoát khí quạt hút phòng máy nén", "KT1", (("code", "0303", "NH3"),), "semiannual"),
        ("KK1 – Không khí cuối hướng gió, cách phòng máy 50 m", "KK1", (), None))),
)


def _monitoring_id1_vi(doc: Doc) -> None:
    name, company, *_ = doc.pick(VN_COLD)
    doc.h(f"CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG NĂM 2026 – {name.upper()}")
    doc.p(f"Chủ cơ sở: {company}. Lượng hàng nhập kho và nước thải rã đông, vệ sinh tăng mạnh trong mùa thu mua, cấp đông; tần suất quan trắc "
          "được quy định riêng cho từng giai đoạn.")
    rows = [["Vị trí quan trắc", "Thông số", "Tần suất", "Quy chuẩn so sánh"]]
    merges = []
    std = {"NT1": "QCVN 11-MT:2015/BTNMT cột B", "KT1": "QCVN 19:2009/BTNMT cột B", "KK1": "QCVN 06:2009/BTNMT"}
    for season, items in VN_COLD_SEASONS:
        _span(rows, merges, season, 4)
        for cell, pid, params, word in items:
            if not params:
                rows.append([cell, "Không thực hiện trong giai đoạn này", None, None])
                merges.append((len(rows) - 1, 1, len(rows) - 1, 3))
                continue
            rows.append([cell, ", ".join(p[2] for p in params), freq(doc, word), std[pid]])
            doc.add("monitoring", *({"point": pid, kind: key, "frequency": word} for kind, key, _ in params))
    doc.table("Bảng 5.1. Vị trí, thông số và tần suất quan trắc theo giai đoạn", rows, merges, role="monitoring")
    _other(doc)


# (point, RU place, KK place, (lat, lon) offsets, [(kind, key)], samplings a year, RU months, KK months, frequency)
HUB_POINTS = (
    ("0001", "Дымовая труба котельной", "Қазандықтың түтін мұржасы", (0.0011, -0.0008), (("code", "0301"), ("code", "0337")), 4,
     "март, июнь, сентябрь, декабрь", "наурыз, маусым, қыркүйек, желтоқсан", "quarterly"),
    ("А-1", "Граница СЗЗ, северная сторона", "СҚА шекарасы, солтүстік жағы", (0.0046, 0.0003),
     (("code", "0301"), ("code", "0330"), ("code", "0337"), ("code", "2902")), 4, "март, июнь, сентябрь, декабрь", "наурыз, маусым, қыркүйек, желтоқсан", "quarterly"),
    ("А-2", "Граница СЗЗ, юго-восточная сторона (въезд грузового транспорта)", "СҚА шекарасы, оңтүстік-шығыс жағы (жүк көлігінің кіреберісі)",
     (-0.0031, 0.0042), (("code", "0301"), ("code", "0330"), ("code", "0337"), ("code", "2902")), 4, "март, июнь, сентябрь, декабрь",
     "наурыз, маусым, қыркүйек, желтоқсан", "quarterly"),
    ("К-1", "Вход ЛОС (контроль эффективности очистки)", "ЖТҚ кірісі (тазарту тиімділігін бақылау)", (-0.0012, -0.0035), (("symbol", "TSS"), ("symbol", "TPH")),
     2, "апрель, июль", "сәуір, шілде", "semiannual"),
    ("К-2", "Выпуск ЛОС в городскую ливневую канализацию", "ЖТҚ-дан қалалық нөсер кәрізіне шығару", (-0.0014, -0.0038),
     (("symbol", "pH"), ("symbol", "TSS"), ("symbol", "TPH"), ("symbol", "BOD5"), ("symbol", "COD")), 2, "апрель, июль", "сәуір, шілде", "semiannual"),
    ("П-1", "Почва у топливозаправочного пункта", "Жанармай құю пунктінің жанындағы топырақ", (0.0021, 0.0027), (("soil", "TPH"), ("soil", "Pb")), 1,
     "май", "мамыр", "yearly"),
    ("П-2", "Почва у площадки ремонта и мойки контейнеров", "Контейнерлерді жөндеу және жуу алаңы жанындағы топырақ", (0.0008, 0.0051),
     (("soil", "TPH"), ("soil", "Pb"), ("soil", "Zn")), 1, "май", "мамыр", "yearly"),
)  # fmt: skip
HUB_CENTRES = {"г. Жаркент": (44.168, 79.987), "г. Алматы": (43.262, 77.013), "г. Караганда": (49.775, 73.187)}


def _key_name(doc: Doc, kind: str, key: str) -> str:
    if kind == "code":
        return _air(doc, key)
    if kind == "soil":
        return vocab.soil(key, doc.lang)
    return vocab.water(key, doc.lang)


def monitoring_id2(doc: Doc) -> None:
    """A logistics centre's programme of monitoring whose frequency stands only as a number of samplings a year with the
    months of sampling beside it (`4 | март, июнь, сентябрь, декабрь`, `2 | апрель, июль`, `1 | май`), the points' latitude and
    longitude in columns of their own, the boiler house's stack `ИЗА 0001` among the points, storm water at the inlet and the
    outlet of the treatment plant, soil at the filling point and the container repair site (VI: a shopping mall's programme with `Số lần/năm` and the months, the backup generator written as
    exempt)."""
    r = doc.rng
    if doc.lang == "vi":
        _monitoring_id2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    h = doc.pick(HUBS)
    name, operator, city = h[L], h[2 + L], h[4]
    lat0, lon0 = HUB_CENTRES[city]
    lat0, lon0 = lat0 + r.uniform(-0.005, 0.005), lon0 + r.uniform(-0.005, 0.005)
    doc.h(g(f"Программа производственного экологического контроля. {name}", f"{name}. Өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.h(g("Раздел 6. Мониторинг эмиссий и воздействия", "6-бөлім. Эмиссиялар және әсер мониторингі", ""))
    doc.p(g(f"Оператор – {operator}. Отбор проб выполняет аккредитованная лаборатория по договору; сроки отбора согласуются с режимом работы "
            "котельной и с периодами образования поверхностного стока.",
            f"Оператор – {operator}. Сынамаларды шарт бойынша аккредиттелген зертхана алады; сынама алу мерзімдері қазандықтың жұмыс режимімен "
            "және жер беті ағынының түзілу кезеңдерімен келісіледі.", ""))
    rows = [g(["Код точки", "Место отбора", "Широта", "Долгота", "Контролируемые показатели", "Количество отборов в год", "Месяцы отбора"],
              ["Нүкте коды", "Сынама алу орны", "Ендік", "Бойлық", "Бақыланатын көрсеткіштер", "Жылына сынама алу саны", "Сынама алу айлары"], [])]
    for pid, p_ru, p_kk, (dlat, dlon), keys, count, m_ru, m_kk, word in HUB_POINTS:
        label = (g("ИЗА ", "ЛШК ", "") + pid) if pid.isdigit() else pid
        rows.append([label, (p_ru, p_kk)[L], num(round(lat0 + dlat, 5), doc.lang), num(round(lon0 + dlon, 5), doc.lang),
                     ", ".join(_key_name(doc, kind, key) for kind, key in keys), str(count), (m_ru, m_kk)[L]])
        for kind, key in keys:
            doc.add("monitoring", {("source_number" if pid.isdigit() else "point"): pid, ("code" if kind == "code" else "symbol"): key,
                                   "frequency": word})
    doc.table(g("Таблица 6.1 – Точки и периодичность отбора проб", "6.1-кесте – Сынама алу нүктелері мен кезеңділігі", ""), rows, role="monitoring")
    doc.add("sources", {"number": "0001", "type": "organized"})
    doc.add("emissions", emission("0301", None, None, "0001"), emission("0337", None, None, "0001"))
    _other(doc)


# (point, VI place, [(kind, key, label)], samplings a year or None, months, frequency)
VN_MALL_POINTS = (
    ("NT1", "Nước thải sau trạm xử lý, trước khi xả vào hệ thống thoát nước chung",
     (("symbol", "pH", "pH"), ("symbol", "BOD5", "BOD5"), ("symbol", "TSS", "TSS"), ("symbol", "TDS", "TDS"), ("symbol", "S2-", "Sunfua"),
      ("symbol", "NH4+", "Amoni"), ("symbol", "NO3-", "Nitrat"), ("symbol", "Surfactants", "Chất hoạt động bề mặt"), ("symbol", "Coliform", "Tổng Coliforms")),
     4, "Tháng 3, 6, 9, 12", "quarterly"),
    ("KT1", "Ống xả máy phát điện dự phòng", (), None, "-", None),
    ("KT2", "Miệng xả quạt hút khí thải tầng hầm B2 (bãi đỗ xe)", (("code", "0337", "CO"), ("code", "0301", "NO2")), 2, "Tháng 4, 10", "semiannual"),
    ("KK1", "Khu vực nhà chứa rác, điểm tập kết chất thải", (("code", "0303", "NH3"), ("code", "0333", "H2S")), 2, "Tháng 4, 10", "semiannual"),
)


def _monitoring_id2_vi(doc: Doc) -> None:
    name, company, place, _ = doc.pick(VN_MALLS)
    doc.h(f"CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG – {name.upper()}")
    doc.p(f"Chủ cơ sở: {company}, {place}. Đơn vị thực hiện: đơn vị có Giấy chứng nhận đủ điều kiện hoạt động dịch vụ quan trắc môi trường.")
    rows = [["Ký hiệu", "Vị trí quan trắc", "Thông số", "Số lần/năm", "Thời gian thực hiện"]]
    merges = []
    for pid, place_, params, count, months, word in VN_MALL_POINTS:
        if not params:
            rows.append([pid, place_, "Không thuộc đối tượng phải quan trắc (máy phát điện chỉ vận hành khi mất điện)", None, None])
            merges.append((len(rows) - 1, 2, len(rows) - 1, 4))
            continue
        rows.append([pid, place_, ", ".join(p[2] for p in params), str(count), months])
        doc.add("monitoring", *({"point": pid, kind: key, "frequency": word} for kind, key, _ in params))
    doc.table("Bảng 4. Kế hoạch quan trắc môi trường định kỳ", rows, merges, role="monitoring")
    _other(doc)


# ---------------------------------------------------------------- inspections

# (RU code, KK code, VI code, RU meaning, KK meaning, VI meaning, frequency or None)
KINDS = (
    ("ЕО", "АҚТ", "K1", "ежесменный осмотр при приеме смены", "ауысымды қабылдау кезіндегі ауысымдық қарап тексеру", "Kiểm tra mỗi ca khi giao nhận ca", None),
    ("ТО-1", "ТҚК-1", "K2", "техническое обслуживание № 1 – еженедельно", "№ 1 техникалық қызмет көрсету – апта сайын", "Kiểm tra, bảo dưỡng hằng tuần", "weekly"),
    ("ТО-2", "ТҚК-2", "K3", "техническое обслуживание № 2 – ежемесячно", "№ 2 техникалық қызмет көрсету – ай сайын", "Kiểm tra, bảo dưỡng hằng tháng", "monthly"),
    ("ТО-3", "ТҚК-3", "K4", "техническое обслуживание № 3 – 1 раз в квартал", "№ 3 техникалық қызмет көрсету – тоқсанына 1 рет",
     "Kiểm tra, bảo dưỡng 03 tháng/lần", "quarterly"),
    ("ГО", "ЖТ", "K5", "годовое обследование (ревизия) – 1 раз в год", "жылдық тексеру (ревизия) – жылына 1 рет", "Kiểm định, đại tu 01 lần/năm", "yearly"),
)  # fmt: skip
# (RU object, KK object, VI object, RU what, KK what, VI what, index of the kind, RU executor, KK executor, VI executor)
AMMONIA_CHECKS = (
    ("Компрессорные агрегаты и маслоотделители", "Компрессорлық агрегаттар мен май бөлгіштер", "Cụm máy nén và bình tách dầu",
     "отсутствие утечек аммиака через уплотнения и фланцы (индикаторная бумага, переносной газоанализатор)",
     "тығыздағыштар мен фланецтер арқылы аммиактың ағып кетпеуі (индикатор қағаз, тасымалы газталдағыш)",
     "Rò rỉ NH3 tại phớt, mặt bích (giấy chỉ thị, máy đo khí cầm tay)", 0,
     "машинист холодильных установок", "тоңазыту қондырғыларының машинисі", "Công nhân vận hành máy lạnh"),
    ("Система контроля загазованности", "Газдануды бақылау жүйесі", "Hệ thống cảm biến rò rỉ NH3",
     "срабатывание датчиков NH3, световой и звуковой сигнализации, пуск аварийной вентиляции",
     "NH3 датчиктерінің, жарық және дыбыс дабылының іске қосылуы, авариялық желдеткіштің қосылуы",
     "Hoạt động của cảm biến, còi, đèn báo và quạt hút sự cố", 2, "инженер КИПиА", "БӨАжА инженері", "Kỹ sư tự động hóa"),
    ("Испарительные конденсаторы на кровле", "Шатырдағы буландырғыш конденсаторлар", "Dàn ngưng tụ bay hơi trên mái",
     "состояние теплообменных секций, отсутствие масляных пятен и следов утечек", "жылу алмасу секцияларының жай-күйі, май дақтары мен ағу іздерінің болмауы",
     "Tình trạng dàn ống, vết dầu, dấu hiệu rò rỉ", 1, "механик холодильной установки", "тоңазыту қондырғысының механигі", "Tổ trưởng tổ cơ điện lạnh"),
    ("Аммиачные трубопроводы и арматура камер хранения", "Сақтау камераларының аммиак құбырлары мен арматурасы", "Đường ống, van NH3 tại các buồng trữ đông",
     "целостность изоляции, обмерзание, герметичность запорной арматуры", "оқшаулаудың тұтастығы, қырау басуы, бекіту арматурасының саңылаусыздығы",
     "Lớp bảo ôn, hiện tượng đóng băng, độ kín của van", 3, "механик холодильной установки", "тоңазыту қондырғысының механигі", "Tổ trưởng tổ cơ điện lạnh"),
    ("Аварийный запас воды и средств нейтрализации", "Судың және бейтараптандыру құралдарының авариялық қоры", "Nước, hóa chất trung hòa dự phòng sự cố",
     "наличие и исправность, изолирующие противогазы и костюмы химзащиты", "бар болуы және жарамдылығы, оқшаулағыш газқағарлар мен химиялық қорғаныс костюмдері",
     "Số lượng, tình trạng; mặt nạ phòng độc, quần áo chống hóa chất", 2, "начальник компрессорного цеха", "компрессор цехының бастығы", "Quản đốc phân xưởng máy lạnh"),
    ("Маслосборники и слив отработанного масла", "Май жинағыштар және пайдаланылған майды ағызу", "Bình gom dầu và việc xả dầu thải",
     "уровень масла, отсутствие проливов, передача масла на площадку накопления отходов", "май деңгейі, төгілудің болмауы, майды қалдықтарды жинақтау алаңына беру",
     "Mức dầu, rò rỉ, chuyển dầu thải về kho chất thải nguy hại", 1, "машинист холодильных установок", "тоңазыту қондырғыларының машинисі",
     "Công nhân vận hành máy lạnh"),
    ("Ресиверы и предохранительные клапаны", "Ресиверлер және сақтандырғыш клапандар", "Bình chứa cao áp và van an toàn",
     "наружный осмотр, проверка настройки клапанов, сроки технического освидетельствования", "сыртқы қарап тексеру, клапандардың баптауын тексеру, техникалық куәландыру мерзімдері",
     "Kiểm tra bên ngoài, hiệu chỉnh van an toàn, thời hạn kiểm định", 4, "главный механик", "бас механик", "Phó Giám đốc kỹ thuật"),
    ("Журнал учета заправки и расхода аммиака", "Аммиакты толтыру және жұмсауды есепке алу журналы", "Sổ theo dõi nạp bổ sung NH3",
     "соответствие записей фактическим дозаправкам, расчет потерь", "жазбалардың нақты толтыруларға сәйкестігі, шығындарды есептеу",
     "Đối chiếu lượng nạp bổ sung thực tế, tính lượng thất thoát", 3, "инженер-эколог", "инженер-эколог", "Cán bộ môi trường"),
)  # fmt: skip


def inspections_id1(doc: Doc) -> None:
    """A cold store's schedule of checks of its ammonia refrigeration, `№ | объект | что проверяется | вид | исполнитель`, whose
    column of the kind holds only the maintenance codes `ЕО`, `ТО-1`, `ТО-2`, `ТО-3`, `ГО` (KK `АҚТ`, `ТҚК-1` …), the
    frequencies they stand for given in a legend table of no role before it; `ЕО`, a check at each change of shift, is no
    frequency of the contract (VI: a seafood cold store's plan of checking its NH3 system with `K1` … `K5` explained in a
    legend table)."""
    i = vocab.LANGS.index(doc.lang)
    g = doc.v
    if doc.lang == "vi":
        name, company, *_ = doc.pick(VN_COLD)
        doc.h(f"KẾ HOẠCH KIỂM TRA ĐỊNH KỲ HỆ THỐNG LẠNH NH3 NĂM 2026 – {name.upper()}")
        doc.p(f"Ban hành kèm theo Quyết định của Tổng Giám đốc {company}. Cột “Loại kiểm tra” ghi theo ký hiệu tại Bảng 1.")
    else:
        c = doc.pick(COLD_PLANTS)
        name, operator = c[i], c[2 + i]
        doc.h(g(f"График проверок технического состояния и герметичности аммиачной холодильной установки на 2026 год. {name}",
                f"{name}. Аммиакты тоңазыту қондырғысының техникалық жай-күйі мен саңылаусыздығын тексерудің 2026 жылға арналған кестесі", ""))
        doc.p(g(f"Утвержден техническим директором {operator}. Результаты проверок заносятся в журнал осмотров; обнаруженные утечки аммиака "
                "устраняются немедленно с записью в журнале учета заправки.",
                f"{operator} техникалық директоры бекітті. Тексеру нәтижелері қарап тексеру журналына енгізіледі; анықталған аммиактың ағып "
                "кетуі толтыруды есепке алу журналына жазыла отырып дереу жойылады.", ""))
    legend = [g(["Обозначение", "Вид проверки и периодичность"], ["Белгіленуі", "Тексеру түрі және кезеңділігі"], ["Ký hiệu", "Loại kiểm tra, tần suất"])]
    for kind in KINDS:
        legend.append([kind[i], kind[3 + i]])
    doc.table(g("Таблица 1 – Условные обозначения видов проверок", "1-кесте – Тексеру түрлерінің шартты белгілері", "Bảng 1. Ký hiệu loại kiểm tra"),
              legend, role="other")
    rows = [g(["№", "Объект проверки", "Что проверяется", "Вид проверки", "Исполнитель"], ["№", "Тексеру объектісі", "Не тексеріледі", "Тексеру түрі", "Орындаушы"],
              ["TT", "Đối tượng kiểm tra", "Nội dung kiểm tra", "Loại kiểm tra", "Người thực hiện"])]
    for k, check in enumerate(AMMONIA_CHECKS, 1):
        obj, what, kind, who = check[i], check[3 + i], KINDS[check[6]], check[7 + i]
        rows.append([str(k), obj, what, kind[i], who])
        item = {"kind": "inspection", "text_contains": _words(obj, 3), "actor_contains": who}
        if kind[6]:
            item["frequency"] = kind[6]
        doc.add("obligations", item)
    doc.table(g("Таблица 2 – График проверок", "2-кесте – Тексеру кестесі", "Bảng 2. Nội dung, loại kiểm tra và người thực hiện"), rows,
              role="inspections")


# (RU mall, KK mall, RU operator, KK operator)
MALLS = (
    ("ТРЦ «Нұр Плаза» (г. Астана, пр. Тұран, 37)", "«Нұр Плаза» СОО (Астана қ., Тұран даңғ., 37)", "ТОО «Нұр Плаза Менеджмент»", "«Нұр Плаза Менеджмент» ЖШС"),
    ("ТРЦ «Алатау Молл» (г. Алматы, ул. Розыбакиева, 247)", "«Алатау Молл» СОО (Алматы қ., Розыбакиев к-сі, 247)", "ТОО «Алатау Молл Пропертиз»",
     "«Алатау Молл Пропертиз» ЖШС"),
    ("ТРЦ «Шымкент Гранд» (г. Шымкент, пр. Тәуке хана, 35)", "«Шымкент Гранд» СОО (Шымкент қ., Тәуке хан даңғ., 35)", "ТОО «Шымкент Гранд Сервис»",
     "«Шымкент Гранд Сервис» ЖШС"),
)  # fmt: skip
CHECKERS = (("Инженер-эколог", "Инженер-эколог", "Cán bộ môi trường"), ("Главный инженер", "Бас инженер", "Trưởng bộ phận Kỹ thuật"),
            ("Дежурный инженер службы эксплуатации", "Пайдалану қызметінің кезекші инженері", "Kỹ thuật viên trực ca"))
# (RU object, KK object, VI object, frequencies by checker); "semiannual*" is written `2 раза в год (апрель, октябрь)`
MALL_CHECKS = (
    ("Крышная газовая котельная: режим горения, журнал, герметичность газопровода", "Шатырдағы газ қазандығы: жану режимі, журнал, газ құбырының саңылаусыздығы",
     "Lò hơi, bình nước nóng dùng gas trên mái: chế độ đốt, sổ vận hành", ("quarterly", "monthly", "daily")),
    ("Вентиляция подземного паркинга и датчики CO", "Жерасты паркингінің желдеткіші және CO датчиктері", "Quạt hút khí thải tầng hầm và cảm biến CO",
     (None, "quarterly", "daily")),
    ("Жироуловители фуд-корта: заполнение, очистка, вывоз жира", "Фуд-корттың май ұстағыштары: толуы, тазалау, майды шығару",
     "Bể tách mỡ khu ẩm thực: mức mỡ, hút mỡ, vệ sinh", ("monthly", None, "weekly")),
    ("Контейнерная площадка ТБО и раздельный сбор вторсырья", "ҚТҚ контейнер алаңы және қайталама шикізатты бөлек жинау",
     "Nhà chứa rác, phân loại chất thải tại nguồn", ("weekly", None, "daily")),
    ("Место накопления ртутьсодержащих ламп", "Құрамында сынап бар шамдарды жинақтау орны", "Kho lưu giữ chất thải nguy hại (bóng đèn, pin, giẻ lau)",
     ("quarterly", None, None)),
    ("Ливневая канализация и пескоуловители наземной парковки", "Нөсер кәрізі және жерүсті тұрағының құм ұстағыштары", "Hố ga, song chắn rác thoát nước mưa bãi đỗ xe",
     ("semiannual*", None, "monthly")),
    ("Резервная дизель-генераторная установка: наработка, проливы топлива", "Резервтегі дизель-генератор қондырғысы: жұмыс сағаты, отынның төгілуі",
     "Máy phát điện dự phòng: giờ chạy, rò rỉ dầu", (None, "monthly", None)),
    ("Холодильные машины гипермаркета-арендатора: утечки хладагента R-404A", "Жалға алушы гипермаркеттің тоңазыту машиналары: R-404A хладагентінің ағуы",
     "Máy lạnh của siêu thị thuê mặt bằng: rò rỉ môi chất lạnh R-404A", ("semiannual", "quarterly", None)),
)  # fmt: skip
HALF = {"ru": "2 раза в год (апрель, октябрь)", "kk": "жылына 2 рет (сәуір, қазан)", "vi": "02 lần/năm (tháng 4, tháng 10)"}


def inspections_id2(doc: Doc) -> None:
    """A shopping mall's regulation of its internal environmental checks whose columns after the object are the people who
    check — the engineer-ecologist, the chief engineer, the duty engineer of the operating service — each cell holding how
    often that person checks that object and a dash where the person does not check it, so that the roof boiler house gives
    three checks at three frequencies and the lamps' store one; the tenant hypermarket's refrigeration among the objects
    (VI: a Hà Nội or Hồ Chí Minh City mall, the environmental officer, the head of the technical department and the
    technician on shift)."""
    i = vocab.LANGS.index(doc.lang)
    g = doc.v
    if doc.lang == "vi":
        name, company, *_ = doc.pick(VN_MALLS)
        doc.h(f"QUY CHẾ PHÂN CÔNG KIỂM TRA CÔNG TÁC BẢO VỆ MÔI TRƯỜNG – {name.upper()}")
        doc.p(f"Ban hành kèm theo Quyết định của Giám đốc {company}. Mỗi ô ghi tần suất người ở cột đó kiểm tra hạng mục; dấu “-” là không "
              "thuộc trách nhiệm kiểm tra.")
    else:
        m = doc.pick(MALLS)
        name, operator = m[i], m[2 + i]
        doc.h(g(f"Регламент внутреннего экологического контроля. {name}", f"{name}. Ішкі экологиялық бақылау регламенті", ""))
        doc.p(g(f"Утвержден директором {operator}. В графах по должностям указана периодичность проверки объекта соответствующим работником; "
                "знак «–» означает, что работник объект не проверяет.",
                f"{operator} директоры бекітті. Лауазымдар бағандарында объектіні тиісті қызметкердің тексеру кезеңділігі көрсетілген; "
                "«–» белгісі қызметкердің объектіні тексермейтінін білдіреді.", ""))
    dash = "-" if doc.lang == "vi" else "–"
    rows = [[g("№", "№", "TT"), g("Объект контроля", "Бақылау объектісі", "Hạng mục kiểm tra"), *(c[i] for c in CHECKERS)]]
    for k, (o_ru, o_kk, o_vi, words) in enumerate(MALL_CHECKS, 1):
        obj = (o_ru, o_kk, o_vi)[i]
        cells = []
        for who, word in zip(CHECKERS, words, strict=True):
            if not word:
                cells.append(dash)
                continue
            cells.append(HALF[doc.lang] if word == "semiannual*" else _often(doc, word))
            doc.add("obligations", {"kind": "inspection", "frequency": word.rstrip("*"), "text_contains": _words(obj.split(":")[0], 3),
                                    "actor_contains": who[i]})
        rows.append([str(k), obj, *cells])
    doc.table(g("Приложение 1. Распределение проверок по должностям", "1-қосымша. Тексерулерді лауазымдар бойынша бөлу", "Phụ lục. Phân công kiểm tra"),
              rows, role="inspections")
    distractor(doc, "approval")


# ---------------------------------------------------------------- tasks

# ((RU section, KK section), (RU actor, KK actor) or None, [(RU, KK, RU stores, KK stores, RU term, KK term, (RU actor, KK actor) or None)])
ROADMAP = (
    (("Инвентаризация и учет хладагентов", "Хладагенттерді түгендеу және есепке алу"), ("Главный инженер сети", "Желінің бас инженері"), (
        ("Провести инвентаризацию холодильного оборудования, содержащего ГХФУ (R-22), с указанием массы заправки",
         "Құрамында ГХФК (R-22) бар тоңазыту жабдығын толтыру массасын көрсете отырып түгендеу", "все", "барлығы", "I квартал 2026 г.", "2026 ж. I тоқсан", None),
        ("Ввести журналы учета заправки, утечек и извлечения хладагентов на каждом объекте",
         "Әр объектіде хладагенттерді толтыруды, ағып кетуін және алуды есепке алу журналдарын енгізу", "все", "барлығы", "до 01.04.2026",
         "01.04.2026 дейін", None))),
    (("Замена оборудования", "Жабдықты ауыстыру"), ("Департамент капитального строительства", "Күрделі құрылыс департаменті"), (
        ("Заменить холодильную централь на R-22 транскритической системой на CO2 (R-744)", "R-22-дегі тоңазыту орталығын CO2-дегі (R-744) транскритикалық жүйемен ауыстыру",
         "ГМ-01, ГМ-03", "ГМ-01, ГМ-03", "2026 г.", "2026 ж.", None),
        ("Заменить витрины со встроенными агрегатами на R-22 витринами на пропане (R-290)", "R-22-дегі кіріктірілген агрегаттары бар витриналарды пропандағы (R-290) витриналармен ауыстыру",
         "ГМ-02, ГМ-04, ГМ-05", "ГМ-02, ГМ-04, ГМ-05", "2026–2027 гг.", "2026–2027 жж.", None),
        ("Установить систему рекуперации тепла конденсации для отопления торгового зала", "Сауда залын жылыту үшін конденсация жылуын рекуперациялау жүйесін орнату",
         "ГМ-01", "ГМ-01", "2027 г.", "2027 ж.", None))),
    (("Обращение с отходами и извлеченными хладагентами", "Қалдықтармен және алынған хладагенттермен жұмыс істеу"),
     ("Отдел экологии и охраны труда", "Экология және еңбекті қорғау бөлімі"), (
        ("Передавать списанное оборудование, содержащее ГХФУ, организации, имеющей разрешение на обращение с опасными отходами",
         "Құрамында ГХФК бар есептен шығарылған жабдықты қауіпті қалдықтармен жұмыс істеуге рұқсаты бар ұйымға беру", "все", "барлығы",
         "по мере списания", "есептен шығарылуына қарай", None),
        ("Обеспечить извлечение хладагента R-22 в баллоны и передачу на регенерацию", "R-22 хладагентін баллондарға алуды және регенерацияға беруді қамтамасыз ету",
         "все", "барлығы", "при каждом демонтаже", "әр бөлшектеу кезінде", None))),
    (("Обучение и отчетность", "Оқыту және есептілік"), None, (
        ("Обучить техников сервисной службы правилам безопасного обращения с хладагентами", "Сервис қызметінің техниктерін хладагенттермен қауіпсіз жұмыс істеу қағидаларына оқыту",
         "все", "барлығы", "II квартал 2026 г.", "2026 ж. II тоқсан", ("Служба персонала", "Персонал қызметі")),
        ("Представлять сведения о потреблении озоноразрушающих веществ в уполномоченный орган", "Озон қабатын бұзатын заттарды тұтыну туралы мәліметтерді уәкілетті органға ұсыну",
         "все", "барлығы", "ежегодно до 1 марта", "жыл сайын 1 наурызға дейін", ("Отдел экологии и охраны труда", "Экология және еңбекті қорғау бөлімі")))),
)  # fmt: skip


def tasks_id1(doc: Doc) -> None:
    """A hypermarket chain's road map of phasing out the refrigeration on R-22 and moving to CO2 and propane in 2026–2028:
    measures `1.1` under section rows, a column of the stores as short codes (`ГМ-01, ГМ-03`, `все`) explained in a line
    above the table, the term, and the responsible merged down over all the measures of a section, while the last section
    names its own for each measure (VI: a distribution company's plan of removing HCFC from its cold stores and trucks, the
    lead merged down)."""
    if doc.lang == "vi":
        _tasks_id1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    h = doc.pick(HYPERMARKETS)
    operator = h[2 + L]
    doc.h(g(f"Дорожная карта по выводу из эксплуатации холодильного оборудования на ГХФУ и переходу на природные хладагенты на 2026–2028 годы. {operator}",
            f"{operator}. ГХФК-дағы тоңазыту жабдығын пайдаланудан шығару және табиғи хладагенттерге көшу жөніндегі 2026–2028 жылдарға арналған жол картасы", ""))
    doc.p(g("Объекты сети: ГМ-01 – гипермаркет в г. Шымкенте, ГМ-02 – в г. Таразе, ГМ-03 – в г. Караганде, ГМ-04 – в г. Астане, ГМ-05 – в г. "
            "Костанае; «все» – все объекты сети и распределительный центр.",
            "Желі объектілері: ГМ-01 – Шымкент қ. гипермаркеті, ГМ-02 – Тараз қ., ГМ-03 – Қарағанды қ., ГМ-04 – Астана қ., ГМ-05 – Қостанай қ.; "
            "«барлығы» – желінің барлық объектілері және тарату орталығы.", ""))
    rows = [g(["№", "Мероприятие", "Объекты", "Срок", "Ответственный"], ["№", "Іс-шара", "Объектілер", "Мерзімі", "Жауапты"], [])]
    merges = []
    for s, ((s_ru, s_kk), lead, items) in enumerate(ROADMAP, 1):
        _span(rows, merges, f"{s}. {(s_ru, s_kk)[L]}", 5)
        start = len(rows)
        for k, (m_ru, m_kk, st_ru, st_kk, t_ru, t_kk, own) in enumerate(items, 1):
            who = (own or lead)[L]
            text = (m_ru, m_kk)[L]
            rows.append([f"{s}.{k}", text, (st_ru, st_kk)[L], (t_ru, t_kk)[L], who if (own or k == 1) else None])
            doc.add("obligations", {"kind": "task", "number": f"{s}.{k}", "text_contains": _words(text, 4), "actor_contains": who})
        if lead and len(items) > 1:
            merges.append((start, 4, len(rows) - 1, 4))
    doc.table(g("Таблица 1 – Мероприятия дорожной карты", "1-кесте – Жол картасының іс-шаралары", ""), rows, merges, role="tasks")
    _other(doc)


# (section, lead or None, [(task, stores, term, own lead or None)])
VN_HCFC = (
    ("I. KIỂM KÊ, THEO DÕI MÔI CHẤT LẠNH", "Phòng Kỹ thuật – Cơ điện", (
        ("Kiểm kê toàn bộ thiết bị lạnh sử dụng HCFC-22, ghi khối lượng môi chất đã nạp", "Toàn bộ", "Quý I/2026", None),
        ("Lập sổ theo dõi nạp bổ sung, rò rỉ và thu hồi môi chất lạnh cho từng kho lạnh", "Toàn bộ", "Trước 31/3/2026", None))),
    ("II. THAY THẾ THIẾT BỊ", "Ban Quản lý dự án đầu tư", (
        ("Thay thế hệ thống lạnh kho mát bằng hệ thống sử dụng NH3/CO2", "Kho A, Kho C", "Năm 2026", None),
        ("Thay thế cụm máy lạnh xe tải lạnh sử dụng R-22 bằng cụm máy dùng R-452A", "Đội xe", "2026 – 2027", None))),
    ("III. THU HỒI, XỬ LÝ", "Phòng An toàn – Môi trường", (
        ("Thu hồi môi chất R-22 vào bình chứa khi tháo dỡ thiết bị, chuyển giao đơn vị có chức năng tái chế, tiêu hủy", "Toàn bộ", "Mỗi lần tháo dỡ", None),
        ("Chuyển giao thiết bị lạnh thải bỏ chứa HCFC cho đơn vị có giấy phép xử lý chất thải nguy hại", "Toàn bộ", "Khi thanh lý", None))),
    ("IV. ĐÀO TẠO, BÁO CÁO", None, (
        ("Tập huấn kỹ thuật viên về thu hồi, tái chế môi chất lạnh", "Toàn bộ", "Quý II/2026", "Phòng Hành chính – Nhân sự"),
        ("Báo cáo tình hình sử dụng chất được kiểm soát gửi Bộ Nông nghiệp và Môi trường", "Toàn bộ", "Trước ngày 15/01 hằng năm",
         "Phòng An toàn – Môi trường"))),
)


def _tasks_id1_vi(doc: Doc) -> None:
    name, company, _ = doc.pick(VN_DC)
    doc.h(f"KẾ HOẠCH QUẢN LÝ, LOẠI TRỪ CÁC CHẤT HCFC GIAI ĐOẠN 2026 – 2028 – {company.upper()}")
    doc.p(f"Thực hiện Nghị định số 06/2022/NĐ-CP quy định giảm nhẹ phát thải khí nhà kính và bảo vệ tầng ô-dôn. Phạm vi: {name}; Kho A, Kho B, "
          "Kho C – các kho lạnh của trung tâm; “Đội xe” – xe tải lạnh của Công ty; “Toàn bộ” – tất cả các hạng mục trên.")
    rows = [["TT", "Nhiệm vụ", "Phạm vi", "Thời hạn", "Đơn vị chủ trì"]]
    merges = []
    for s, (section, lead, items) in enumerate(VN_HCFC, 1):
        _span(rows, merges, section, 5)
        start = len(rows)
        for k, (text, where, term, own) in enumerate(items, 1):
            who = own or lead
            rows.append([f"{s}.{k}", text, where, term, who if (own or k == 1) else None])
            doc.add("obligations", {"kind": "task", "number": f"{s}.{k}", "text_contains": _words(text, 5), "actor_contains": who})
        if lead and len(items) > 1:
            merges.append((start, 4, len(rows) - 1, 4))
    doc.table("Phụ lục. Danh mục nhiệm vụ", rows, merges, role="tasks")
    _other(doc)


# (RU, KK, actor key, RU term, KK term, point of the order or None)
PROTOCOL = (
    ("Очистить пескоуловитель и бензомаслоотделитель ЛОС, осадок передать специализированной организации",
     "ЖТҚ құм ұстағышы мен бензин-май бөлгішін тазалау, тұнбаны мамандандырылған ұйымға беру", "chief", "до 15.04.2026", "15.04.2026 дейін", "2"),
    ("Оборудовать площадку накопления отходов у склада СВХ твердым покрытием и навесом",
     "УСҚ қоймасы жанындағы қалдықтарды жинақтау алаңын қатты жабынмен және қалқамен жабдықтау", "svh", "до 01.06.2026", "01.06.2026 дейін", "4"),
    ("Представить договор на вывоз отходов холодильного склада и акты приема-передачи за 2025 год",
     "Тоңазытқыш қойманың қалдықтарын шығаруға арналған шартты және 2025 жылғы қабылдау-тапсыру актілерін ұсыну", "tenant", "до 20.02.2026",
     "20.02.2026 дейін", "5"),
    ("Организовать подключение рефрижераторных контейнеров к электросети на площадке № 3",
     "№ 3 алаңдағы рефрижераторлық контейнерлерді электр желісіне қосуды ұйымдастыру", "energy", "III квартал 2026 г.", "2026 ж. III тоқсан", None),
    ("Провести инструментальные замеры на границе СЗЗ и представить протокол в Департамент экологии",
     "СҚА шекарасында аспаптық өлшеулер жүргізу және хаттаманы Экология департаментіне ұсыну", "eco", "апрель 2026 г.", "2026 ж. сәуір", "7"),
    ("Внести изменения в программу производственного экологического контроля с учетом склада № 4",
     "№ 4 қойманы ескере отырып өндірістік экологиялық бақылау бағдарламасына өзгерістер енгізу", "eco", "до 01.05.2026", "01.05.2026 дейін", None),
    ("Провести обучение водителей погрузчиков и персонала СВХ действиям при проливах ГСМ и химических грузов",
     "Тиегіш жүргізушілері мен УСҚ персоналын ЖЖМ және химиялық жүктер төгілген кездегі әрекеттерге оқыту", "svh", "март 2026 г.", "2026 ж. наурыз", None),
)  # fmt: skip
# key: (RU actor, KK actor, RU key, KK key)
PROTOCOL_ACTORS = {
    "chief": ("Служба главного инженера", "Бас инженер қызметі", "главного инженера", "Бас инженер"),
    "svh": ("ТОО «Кеден Терминал» (владелец СВХ)", "«Кеден Терминал» ЖШС (УСҚ иесі)", "Кеден Терминал", "Кеден Терминал"),
    "tenant": ("ТОО «Суық Қойма Сервис» (арендатор, холодильный склад)", "«Суық Қойма Сервис» ЖШС (жалға алушы, тоңазытқыш қойма)", "Суық Қойма Сервис",
               "Суық Қойма Сервис"),
    "energy": ("Служба главного энергетика", "Бас энергетик қызметі", "главного энергетика", "Бас энергетик"),
    "eco": ("Отдел охраны труда и экологии", "Еңбекті қорғау және экология бөлімі", "охраны труда и экологии", "Еңбекті қорғау және экология"),
}  # fmt: skip


def tasks_id2(doc: Doc) -> None:
    """A logistics centre's protocol of a working meeting on environmental matters after an inspection: the attendance in a
    paragraph, then the decisions as a table of instructions `№ | поручение | ответственный | срок | основание` to the
    centre's services, the owner of the bonded warehouse and a tenant's cold store, the grounds column citing the points of
    the inspector's order (`п. 4 предписания № …`) or `решение совещания` (VI: a dry port's minutes of a quarterly meeting,
    `Kết luận, phân công`, the grounds citing the points of an inspection's minutes)."""
    r = doc.rng
    if doc.lang == "vi":
        _tasks_id2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    h = doc.pick(HUBS)
    name, operator = h[L], h[2 + L]
    order = f"№ {r.randint(10, 40)}-{r.randint(10, 99)}/{r.randint(100, 999)}"
    odate = f"{r.randint(1, 28):02d}.11.2025"
    doc.h(g(f"Протокол рабочего совещания № {r.randint(2, 9)} по вопросам охраны окружающей среды. {name}",
            f"{name}. Қоршаған ортаны қорғау мәселелері жөніндегі № {r.randint(2, 9)} жұмыс кеңесінің хаттамасы", ""))
    doc.p(g(f"Дата: {r.randint(10, 28)}.01.2026. Председатель – генеральный директор {operator}. Присутствовали: главный инженер, главный "
            "энергетик, начальник отдела охраны труда и экологии, представители ТОО «Кеден Терминал» и ТОО «Суық Қойма Сервис». Слушали: "
            f"об исполнении предписания Департамента экологии {order} от {odate}.",
            f"Күні: {r.randint(10, 28)}.01.2026. Төраға – {operator} бас директоры. Қатысқандар: бас инженер, бас энергетик, еңбекті қорғау "
            "және экология бөлімінің бастығы, «Кеден Терминал» ЖШС және «Суық Қойма Сервис» ЖШС өкілдері. Тыңдалды: Экология департаментінің "
            f"{odate} {order} нұсқамасының орындалуы туралы.", ""))
    doc.p(g("РЕШИЛИ:", "ШЕШТІ:", ""))
    rows = [g(["№", "Поручение", "Ответственный", "Срок исполнения", "Основание"], ["№", "Тапсырма", "Жауапты", "Орындау мерзімі", "Негіздеме"], [])]
    for k, (t_ru, t_kk, key, d_ru, d_kk, point) in enumerate(PROTOCOL, 1):
        actor = PROTOCOL_ACTORS[key]
        text = (t_ru, t_kk)[L]
        ground = (g(f"п. {point} предписания {order} от {odate}", f"{odate} {order} нұсқаманың {point}-тармағы", "") if point
                  else g("решение совещания", "кеңес шешімі", ""))
        rows.append([str(k), text, actor[L], (d_ru, d_kk)[L], ground])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text, 4), "actor_contains": actor[2 + L]})
    doc.table(None, rows, role="tasks")
    doc.p(g("Контроль за исполнением протокола возложить на главного инженера. Секретарь совещания ____________",
            "Хаттаманың орындалуын бақылау бас инженерге жүктелсін. Кеңес хатшысы ____________", ""))


# (task, actor, actor key, term, point of the minutes or None)
VN_MINUTES = (
    ("Nạo vét hố ga, rãnh thu nước mưa khu bãi container trước mùa mưa", "Đội Cơ giới – Sửa chữa", "Đội Cơ giới", "Trước 30/4/2026", "1"),
    ("Bố trí khu vực lưu giữ chất thải nguy hại có mái che, biển báo theo quy định", "Phòng An toàn – Môi trường", "Phòng An toàn", "Quý I/2026", "3"),
    ("Lắp đặt hệ thống phun sương giảm bụi tại cổng ra vào và tuyến đường nội bộ", "Phòng Kỹ thuật – Đầu tư", "Phòng Kỹ thuật", "Quý II/2026", "4"),
    ("Yêu cầu nhà thầu vận chuyển che phủ thùng xe, rửa bánh xe trước khi ra khỏi cảng", "Phòng Khai thác", "Phòng Khai thác", "Thường xuyên", None),
    ("Ký hợp đồng thu gom, xử lý bùn thải từ bể tách dầu của khu sửa chữa, vệ sinh container", "Phòng Hành chính – Tổng hợp", "Phòng Hành chính",
     "Tháng 02/2026", "5"),
    ("Cập nhật kế hoạch ứng phó sự cố tràn dầu, rò rỉ hóa chất từ container hàng nguy hiểm", "Phòng An toàn – Môi trường", "Phòng An toàn", "Tháng 3/2026",
     None),
)  # fmt: skip


def _tasks_id2_vi(doc: Doc) -> None:
    r = doc.rng
    name, company, *_ = doc.pick(VN_ICD)
    number = r.randint(5, 40)
    doc.h(f"BIÊN BẢN HỌP GIAO BAN CÔNG TÁC AN TOÀN – MÔI TRƯỜNG QUÝ I/2026 – {name.upper()}")
    doc.p(f"Thời gian: {r.randint(8, 9):02d} giờ, ngày {r.randint(5, 25):02d}/01/2026. Chủ trì: Phó Tổng Giám đốc {company}. Thành phần: "
          "Trưởng các phòng, đội. Nội dung: triển khai khắc phục các tồn tại nêu tại Biên bản kiểm tra số "
          f"{number}/BB-ĐKT ngày {r.randint(1, 28):02d}/12/2025 của Đoàn kiểm tra về bảo vệ môi trường.")
    doc.p("KẾT LUẬN, PHÂN CÔNG NHIỆM VỤ:")
    rows = [["TT", "Nội dung công việc", "Đơn vị thực hiện", "Thời hạn", "Căn cứ"]]
    for k, (text, actor, key, term, point) in enumerate(VN_MINUTES, 1):
        ground = f"Mục {point} Biên bản kiểm tra số {number}/BB-ĐKT" if point else "Kết luận cuộc họp"
        rows.append([str(k), text, actor, term, ground])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text, 5), "actor_contains": key})
    doc.table(None, rows, role="tasks")
    doc.p("Biên bản kết thúc lúc 11 giờ cùng ngày, đã được thông qua và các thành viên dự họp thống nhất ký tên.")


LAYOUTS = [Layout(role, f"ID{k}", globals()[f"{role}_id{k}"]) for role in ROLES for k in (1, 2)]
