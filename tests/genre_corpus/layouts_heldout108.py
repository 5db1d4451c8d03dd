"""A blind held-out set (two layouts per role, `JM1` and `JM2`): never used for tuning, written by someone who neither
ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`.

Theme: shipbuilding, ship repair and the river fleet. Kazakhstan: a shipyard at Kuryk on the Caspian with its dry dock,
slipway, outfitting quay and chambers for blasting and painting sections, a ship-repair yard at Bautino with its floating
dock, open grit blasting and hull painting and its port reception of bilge water, sewage and garbage from ships, a river
fleet base on the Irtysh at Pavlodar with its backwater of winter moorings, coal boiler house, slipway and bunkering berth
(an application for an environmental permit, the passport of winter moorings, an НДВ table of the dock's works, an
inventory by months of work, a report on ПЭК with the wastes taken from ships, a calculation of waste norms, a log of
treated bilge water by batch, the Irtysh in open water and under the ice, ПЭК programmes, a regulation of checks by the
phases of a docking, a schedule of winter rounds, the prescription of an inspection and a plan of preparing the fleet for
navigation). Vietnam: a shipyard at Hạ Long on the Cửa Lục bay, a ship-repair yard in the Dung Quất economic zone, a
ship-repair yard on the Cấm river in Hải Phòng and a fishing-port repair dock at Tắc Cậu, formerly of Kiên Giang (văn bản
đề nghị cấp GPMT, phiếu thông tin cơ sở đóng mới, sửa chữa tàu cá, ĐTM, báo cáo đề xuất cấp GPMT, báo cáo công tác bảo vệ
môi trường, sổ theo dõi nước thải nhiễm dầu, kết quả quan trắc không khí, chương trình and kế hoạch quan trắc, quy trình
kiểm tra, lịch kiểm tra theo mùa, kết luận kiểm tra and kế hoạch cải tạo).

Facility: a shipyard's application for an environmental permit, `№ | Наименование сведений | Сведения` with the value
merged over three columns under section rows — the applicant with its BIN and main and additional OKED, the object with
KATO, the position longitude first (`долгота 51,66234° в.д.; широта 43,17312° с.ш.`), a cadastral number and the Register
of Shipping's certificate as look-alikes, the category — and then a third section whose own header row, in the middle of
the same table, turns the columns into the docks, slipway, quay and cranes with sizes, capacities and years (VI: a Hạ Long
shipyard's application for a GPMT, `Kinh độ …; Vĩ độ …` in whole seconds, `Dự án nhóm A` of the public investment law
beside `nhóm II`, the dock and building berth under a header of their own) (JM1); the passport of a river fleet base's
winter moorings with two value columns — the shipping company with its head office in Astana and the base on the Irtysh —
the BIN only under the company, a KATO under each, the base's position and category under the base, rows common to both
merged across them; the wintering vessels with their River Register numbers and classes in a table of no role (VI: a
fishing-port repair dock's sheet, `Theo Giấy chứng nhận đăng ký doanh nghiệp | Tại cơ sở`, the certificate of eligibility
to repair fishing vessels, boats `KG-92345-TS` in a table of no role, no group) (JM2).

Emissions: a ship-repair yard's НДВ table of the works around its floating dock with the substance first and the source's
number and name only third and fourth, merged down over its substances, under rows for the stages of a repair, abrasive
dust and white spirit with `ОБУВ 0,04` and `ОБУВ 1` in the class column, subtotals per stage and a total (VI: a Dung Quất
yard's ĐTM, blasting, painting, welding and a standby generator from emission factors per tonne of grit, litre of paint or
tonne of electrodes, quantity and hours merged down, kilograms a year and g/s, no source numbers) (JM1); a river fleet
base's inventory with the months each source works in Roman numerals and its hours a year merged down with it, the
boiler house of the heating period, the slipway of the inter-navigation period, the bunkering berth of the navigation and
the wintering vessels' boilers as one source, no class; the fuel of each period in a table of no role before it (VI: a Cấm
river yard's `Nguồn số 01` … — no source numbers — with g/s, kilograms a day and tonnes a year under a merged header) (JM2).

Wastes: the waste section of a ship-repair yard's report on ПЭК under two group rows — the wastes of repairs and the wastes
taken from ships under MARPOL — the amount formed or taken before what was handed on, the recipient with its contract
and what was left at the year's end, `20 03 01` under both groups (VI: a Cấm river yard's yearly report, the CTNH formed and
those taken from ships in repair under two group rows, kilograms before the kilograms handed on and the manifest's
number, ordinary wastes in tonnes apart) (JM1); a shipyard's calculation of waste norms with the input data in a cell of
their own and the formula carried through to its result (`M = Q × k = 9 850 × 0,08 = 788`) before the norm, spent abrasive
of new steel classed non-hazardous, oily rags by `M0 × 1,27` (VI: a Hạ Long shipyard's wastes of one ship in tonnes or
kilograms by row and of the four ships a year in tonnes last) (JM2).

Limits: a ship-repair yard's log of the bilge water it takes from ships, a row per batch with its number, date, vessel,
volume and the oil at the plant's inlet with no norm, then the treated water at the outlet `В-1` under a merged header,
the permit's norms in a row under the header, a batch handed on untreated written across the results (VI: a Dung Quất
yard's log of tankers' tank-washing water, each vessel with its IMO number, the economic zone's acceptance limits of QCVN
40:2011/BTNMT column B) (JM1); the Irtysh above and below a backwater in open water and under the ice, each season a merged
header over `Ф-1` and `К-1`, the fishery ПДК third with dissolved oxygen a lower bound only (`не менее 6`), the temperature
as a row of no norm, `< 0,02` (VI: the air at a Cấm river yard's gate and in the nearest houses on a day of grit blasting
and a day without, QCVN 05:2023/BTNMT and QCVN 06:2009/BTNMT in a column of their own, `KPH`) (JM2).

Monitoring: a shipyard's ПЭК programme whose plan at the sources names the substances by code alone, their names only in a
list of no role before it, instrumental control at the chambers beside calculated control of the dock's open works, then
the protection zone's points in one cell with codes again and the sea water and bottom sediments by name (VI: a Hạ Long
shipyard's GPMT programme whose parameters are numbers in brackets `(2), (3)` resolved by a list of no role, the flow among
them with no key) (JM1); a river fleet base's programme, a row per object with its source or points in a column of their
own and one cell of parameter groups each followed by its frequency in brackets, two or three frequencies to a row (VI: a
fishing-port repair dock's `pH, TSS, COD (3 tháng/lần); Tổng dầu mỡ khoáng (hàng tháng)`) (JM2).

Inspections: a ship-repair yard's regulation of checks around its floating dock whose frequency stands in one of three
columns for the phases of a docking — before, during and after — with dashes in the others, event-bound checks (`при
каждом доковании`, `перед каждым погружением дока`) without a frequency of the contract, a monthly check merged over all
three (VI: a Dung Quất yard's procedure `Trước khi đưa tàu vào ụ | Trong thời gian tàu nằm ụ | Khi đưa tàu ra ụ`) (JM1); a
river fleet base's winter rounds with the three periods of the winter as columns, a frequency kept over two or three
periods written once in a merged cell, so that a row gives one to three checks, `после схода льда` none of the contract (VI:
a fishing-port repair dock's checks in the dry and the stormy season, `Trước mỗi cơn bão`) (JM2).

Tasks: the prescription closing an unscheduled inspection of a shipyard by the Department of Ecology, a row per violation
— what was found, the Code's article, the measure required and the term — the operator who must act named only in the
text above, a protocol's number inside a violation (VI: the conclusion of an inspection of a Cấm river yard, `Tồn tại, vi
phạm | Căn cứ | Yêu cầu khắc phục | Thời hạn hoàn thành`) (JM1); a river fleet base's plan of preparing the fleet for
navigation, items `1.1` under rows for the kinds of vessels and the shore objects, the vessel with its River Register
number in a column of its own, terms that are stages of the season (`до выхода из затона`, `к началу навигации`), the
responsible and an empty column for the Register's mark (VI: a fishing-port repair dock's plan of upgrading its works
before the stormy season, lead and partner, million đồng) (JM2).
"""

from __future__ import annotations

from . import vocab
from .common import Doc, distractor, freq, make_bin, num
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
    """The quoted part of a name (`Құрық` of `Судостроительная верфь «Құрық»`)."""
    return name.split("«", 1)[1].split("»", 1)[0] if "«" in name else name


def _kato(doc: Doc, prefix: str) -> str:
    """A nine-digit KATO code starting with the district's prefix."""
    r = doc.rng
    rest = 9 - len(prefix) - 3
    return f"{prefix}{r.randint(10 ** (rest - 1), 10**rest - 1)}{r.choice(('000', '100'))}"


def _msdn(doc: Doc, prefix: str) -> str:
    """A Vietnamese enterprise number with the province's prefix (57 Quảng Ninh, 43 Quảng Ngãi, 02 Hải Phòng, 17 Kiên Giang)."""
    return f"{prefix}{doc.rng.randint(0, 99999999):08d}"


def _span(rows: list, merges: list, text: str, width: int) -> None:
    """A row whose first cell spans the table."""
    rows.append([text] + [None] * (width - 1))
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))


def _kind(number: str) -> str:
    return "unorganized" if number.startswith("6") else "organized"


HEMI = {"ru": ("с.ш.", "в.д."), "kk": ("с.е.", "ш.б."), "vi": ("B", "Đ")}


def _dms(value: float, lat: bool, lang: str, whole: bool = False) -> tuple[str, float]:
    """`52°17′41,3″ с.ш.` (or whole seconds) and the decimal degrees it stands for."""
    d = int(value)
    m = int((value - d) * 60)
    s = round((value - d - m / 60) * 3600, 0 if whole else 1)
    if s >= 60:
        m, s = m + 1, 0.0
    sec = f"{int(s):02d}" if whole else f"{s:04.1f}".replace(".", ",")
    return f"{d}°{m:02d}′{sec}″ {HEMI[lang][0 if lat else 1]}", d + m / 60 + s / 3600


def _dec(value: float, lat: bool, lang: str) -> tuple[str, float]:
    """`43,17312° с.ш.` and its value."""
    v = round(value, 5)
    return f"{num(v, lang)}° {HEMI[lang][0 if lat else 1]}", v


# code: (RU, KK, VI, hazard class as printed; None where the list gives an ОБУВ) of pollutants the vocabulary does not name
EXTRA = {
    "2930": ("Пыль абразивная (корунд белый, монокорунд)", "Абразивті шаң (ақ корунд, монокорунд)", "", None),
    "1210": ("Бутилацетат", "Бутилацетат", "Butyl axetat", 4),
    "1401": ("Пропан-2-он (Ацетон)", "Пропан-2-он (ацетон)", "Axeton", 4),
    "2752": ("Уайт-спирит", "Уайт-спирит", "", None),
    "0342": ("Фтористые газообразные соединения (в пересчете на фтор)", "Фторлы газ тәрізді қосылыстар (фторға шаққанда)", "", 2),
}
OBUV = {"2930": 0.04, "2752": 1}


def _air(doc: Doc, code: str, variant: int = 0) -> str:
    if code in EXTRA:
        return EXTRA[code][vocab.LANGS.index(doc.lang)]
    return vocab.air(code, doc.lang, variant)


def _hazard(code: str) -> int | None:
    return EXTRA[code][3] if code in EXTRA else vocab.hazard(code)


def _param(doc: Doc, kind: str, key: str) -> str:
    """A parameter's name: an air pollutant by its code, a soil element, else a water parameter."""
    if kind == "code":
        return _air(doc, key, 1 if doc.lang == "vi" else 0)
    if kind == "soil":
        return vocab.soil(key, doc.lang)
    return vocab.water(key, doc.lang)


def _maybe_other(doc: Doc, share: float = 0.35) -> None:
    """Now and then a table of no role: contents, an approval sheet, contacts or a budget (no equipment list, whose
    crusher would not belong to a shipyard)."""
    if doc.rng.random() < share:
        distractor(doc, doc.pick(("contents", "approval", "contacts", "budget")))


# ---------------------------------------------------------------- the places

# Kazakhstan: (RU, KK) of each name
KURYK = {
    "name": ("Судостроительная верфь «Құрық»", "«Құрық» кеме жасау зауыты"),
    "operator": ("ТОО «Каспий Кеме Жасау»", "«Каспий Кеме Жасау» ЖШС"),
    "place": ("Мангистауская область, Каракиянский район, Курыкский сельский округ, с. Курык, промышленная зона морского порта Курык, "
              "участок 14",
              "Маңғыстау облысы, Қарақия ауданы, Құрық ауылдық округі, Құрық ауылы, Құрық теңіз портының өнеркәсіптік аймағы, 14-учаске"),
    "legal": ("Мангистауская область, г. Актау, 9 мкр., здание 12, офис 3", "Маңғыстау облысы, Ақтау қ., 9 шағын аудан, 12-ғимарат, 3-кеңсе"),
}  # fmt: skip
BAUTINO = {
    "name": ("Судоремонтный завод «Баутино»", "«Баутино» кеме жөндеу зауыты"),
    "operator": ("ТОО «Баутино Кеме Жөндеу»", "«Баутино Кеме Жөндеу» ЖШС"),
}
PAVLODAR = {
    "name": ("Ремонтно-эксплуатационная база флота «Павлодарский затон»", "«Павлодар затоны» флоттың жөндеу-пайдалану базасы"),
    "core": ("Павлодарский затон", "Павлодар затоны"),
    "operator": ("АО «Ертіс Кеме Қатынасы»", "«Ертіс Кеме Қатынасы» АҚ"),
}
# Vietnam
HON_GAI = ("Nhà máy Đóng tàu Hòn Gai", "Công ty TNHH MTV Công nghiệp Tàu thủy Cửa Lục", "phường Việt Hưng, tỉnh Quảng Ninh")
DUNG_QUAT = ("Nhà máy Sửa chữa tàu biển Vạn Tường", "Công ty Cổ phần Công nghiệp Tàu thủy Vạn Tường", "Khu kinh tế Dung Quất, tỉnh Quảng Ngãi")
CAM_RIVER = ("Xưởng sửa chữa tàu sông Cấm", "Công ty Cổ phần Sửa chữa Tàu biển Thượng Lý", "phường Hồng Bàng, thành phố Hải Phòng")
TAC_CAU = ("Ụ sửa chữa tàu cá Tắc Cậu", "Công ty TNHH Cơ khí Tàu cá Tắc Cậu",
           "cảng cá Tắc Cậu, xã Châu Thành, tỉnh An Giang (trước đây thuộc huyện Châu Thành, tỉnh Kiên Giang)")


# ---------------------------------------------------------------- facility

# (RU, KK, size, lifting capacity in t or None, year)
STRUCTURES = (
    ("Сухой док № 1 с батопортом", "Батопорты бар № 1 құрғақ док", "180 × 32 × 9,5", None, 2016),
    ("Судоподъемный слип с поперечным передаточным устройством", "Көлденең беру құрылғысы бар кеме көтергіш слип", "120 × 24", 3200, 2015),
    ("Достроечная набережная (причал № 2)", "Аяқтау жағалауы (№ 2 айлақ)", "320 × 20", None, 2015),
    ("Портальный кран КПП-40/32", "КПП-40/32 порталдық краны", "вылет 32|ұшуы 32", 40, 2016),
    ("Камера абразивоструйной очистки секций", "Секцияларды абразивті-ағынды тазарту камерасы", "24 × 12 × 10", None, 2017),
    ("Окрасочно-сушильная камера секций", "Секцияларды бояу-кептіру камерасы", "30 × 14 × 12", None, 2017),
)  # fmt: skip


def facility_jm1(doc: Doc) -> None:
    """A shipyard's application for an environmental permit, `№ | Наименование сведений | Сведения` with the value merged
    over three columns under two section rows — the applicant with its BIN, legal address and main and additional OKED, then
    the object with its KATO, the position given longitude first (`долгота 51,66234° в.д.; широта 43,17312° с.ш.`), a
    cadastral number inside the area's cell and the recognition certificate of the Register of Shipping as look-alikes, the
    category — and then, inside the same table, a third section whose own header row turns the columns into a list of the
    yard's docks, slipway, quay and cranes with sizes, lifting capacities and years (VI: a Hạ Long shipyard's application for
    a GPMT, `Kinh độ … ; Vĩ độ …` in degrees, minutes and seconds, the project's group `nhóm A` under the public investment law
    beside the environmental `nhóm II`, then the shipyard's dock, building berth and quays under a header of their own)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_jm1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    name, operator, place, legal = (KURYK[k][L] for k in ("name", "operator", "place", "legal"))
    bin_ = make_bin(r)
    kato = _kato(doc, "4743")
    lat, lat_v = _dec(43.173 + r.uniform(-0.003, 0.003), True, doc.lang)
    lon, lon_v = _dec(51.662 + r.uniform(-0.003, 0.003), False, doc.lang)
    screening = f"KZ{r.randint(10, 99)}VWF{r.randint(10**7, 10**8 - 1):08d}"
    cadastre = f"13-200-{r.randint(10, 99):03d}-{r.randint(100, 999)}"
    certificate = f"СП-{r.randint(100, 999):04d}-24"
    area = round(r.uniform(38, 55), 1)
    doc.p(g("Приложение 1 к Правилам выдачи экологических разрешений, представления декларации о воздействии на окружающую среду",
            "Экологиялық рұқсаттар беру, қоршаған ортаға әсер ету туралы декларацияны ұсыну қағидаларына 1-қосымша", ""))
    doc.h(g("Заявление на получение экологического разрешения на воздействие", "Әсер етуге экологиялық рұқсат алуға арналған өтініш", ""))
    doc.p(g(f"{operator} просит выдать экологическое разрешение на воздействие для объекта II категории на 2026–2035 годы. Сведения о "
            "заявителе и объекте приведены ниже; проект нормативов эмиссий и программа производственного экологического контроля "
            "прилагаются.",
            f"{operator} 2026–2035 жылдарға II санаттағы объектіге әсер етуге экологиялық рұқсат беруді сұрайды. Өтініш беруші мен объект "
            "туралы мәліметтер төменде келтірілген; эмиссиялар нормативтерінің жобасы және өндірістік экологиялық бақылау бағдарламасы "
            "қоса беріледі.", ""))
    rows = [g(["№", "Наименование сведений", "Сведения", None, None], ["№", "Мәліметтердің атауы", "Мәліметтер", None, None], [])]
    merges = [(0, 2, 0, 4)]

    def line(number: str, label: str, value: str) -> None:
        rows.append([number, label, value, None, None])
        merges.append((len(rows) - 1, 2, len(rows) - 1, 4))

    _span(rows, merges, g("1. Сведения о заявителе (операторе объекта)", "1. Өтініш беруші (объект операторы) туралы мәліметтер", ""), 5)
    line("1.1", g("Наименование юридического лица", "Заңды тұлғаның атауы", ""), operator)
    line("1.2", g("Бизнес-идентификационный номер (БИН)", "Бизнес-сәйкестендіру нөмірі (БСН)", ""), bin_)
    line("1.3", g("Юридический адрес", "Заңды мекенжайы", ""), legal)
    line("1.4", g("Первый руководитель", "Бірінші басшы", ""), g("генеральный директор Ермеков А.С.", "бас директор Ермеков А.С.", ""))
    line("1.5", g("Вид деятельности по ОКЭД", "ЭҚЖЖ бойынша қызмет түрі", ""),
         g("основной: 30111 – Строительство судов и плавучих конструкций, кроме прогулочных и спортивных судов; дополнительный: "
           "33150 – Ремонт и техническое обслуживание судов и лодок",
           "негізгі: 30111 – Серуендеу және спорттық кемелерден басқа кемелер мен жүзбелі конструкцияларды жасау; қосымша: "
           "33150 – Кемелер мен қайықтарды жөндеу және техникалық қызмет көрсету", ""))
    _span(rows, merges, g("2. Сведения об объекте", "2. Объект туралы мәліметтер", ""), 5)
    line("2.1", g("Наименование объекта", "Объектінің атауы", ""), name)
    line("2.2", g("Местонахождение объекта", "Объектінің орналасқан жері", ""), place)
    line("2.3", g("Код КАТО", "ҚАТО коды", ""), kato)
    line("2.4", g("Географические координаты центра промплощадки (WGS-84)", "Өнеркәсіптік алаң орталығының географиялық координаттары (WGS-84)", ""),
         g(f"долгота {lon}; широта {lat}", f"бойлығы {lon}; ендігі {lat}", ""))
    line("2.5", g("Площадь земельного участка", "Жер учаскесінің ауданы", ""),
         g(f"{num(area, 'ru')} га (кадастровый номер {cadastre})", f"{num(area, 'kk')} га (кадастрлық нөмірі {cadastre})", ""))
    line("2.6", g("Категория объекта", "Объектінің санаты", ""),
         g(f"II (заключение о результатах скрининга воздействий намечаемой деятельности № {screening})",
           f"II (белгіленген қызмет әсерлерін скринингтеу нәтижелері туралы № {screening} қорытынды)", ""))
    line("2.7", g("Проектная мощность", "Жобалық қуаты", ""),
         g("постройка до 4 судов в год (морские баржи, буксиры, суда обеспечения); переработка металлопроката до 12 000 т/год",
           "жылына 4 кемеге дейін жасау (теңіз баржалары, буксирлер, қамтамасыз ету кемелері); 12 000 т/жыл дейін металл прокатын өңдеу", ""))
    line("2.8", g("Признание Регистром судоходства", "Кеме қатынасы тіркелімінің тануы", ""),
         g(f"свидетельство о соответствии предприятия № {certificate}", f"кәсіпорынның сәйкестігі туралы № {certificate} куәлік", ""))
    _span(rows, merges, g("3. Гидротехнические сооружения и основное подъемно-транспортное оборудование",
                          "3. Гидротехникалық құрылыстар және негізгі көтергіш-көлік жабдықтары", ""), 5)
    rows.append(g(["№", "Сооружение, оборудование", "Основные размеры, м", "Грузоподъемность, т", "Год ввода"],
                  ["№", "Құрылыс, жабдық", "Негізгі өлшемдері, м", "Жүк көтергіштігі, т", "Пайдалануға берілген жылы"], []))
    for k, (s_ru, s_kk, size, lift, year) in enumerate(STRUCTURES, 1):
        size = size.split("|")[L] if "|" in size else size
        rows.append([f"3.{k}", (s_ru, s_kk)[L], size, num(lift, doc.lang) if lift else "–", str(year)])
    doc.table(None, rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": _core(name), "kato": kato, "oked": "30111", "category": "II", "lat": lat_v,
                           "lon": lon_v})
    doc.p(g("Приложения: 1) проект нормативов допустимых выбросов; 2) программа ПЭК; 3) правоустанавливающие документы на земельный "
            "участок и акваторию.",
            "Қосымшалар: 1) жол берілетін шығарындылар нормативтерінің жобасы; 2) ӨЭБ бағдарламасы; 3) жер учаскесі мен су айдынына "
            "құқық белгілейтін құжаттар.", ""))


VN_STRUCTURES = (
    ("Ụ khô số 1 (có cửa ụ kiểu phao)", "210 × 36 × 10,5", "tàu đến 30.000 DWT", 2009),
    ("Triền đà đóng mới số 2", "185 × 32", "tàu đến 20.000 DWT", 2007),
    ("Cầu tàu trang trí (cầu số 1, số 2)", "250 × 18", "tàu đến 30.000 DWT", 2008),
    ("Cần trục chân đế KONE 50 tấn", "tầm với 38 m", "50 tấn", 2010),
    ("Nhà phun hạt mài và sơn phân đoạn", "48 × 24 × 16", "–", 2012),
)


def _facility_jm1_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, place = HON_GAI
    msdn = _msdn(doc, "57")
    lat, lat_v = _dms(20.986 + r.uniform(-0.003, 0.003), True, "vi", whole=True)
    lon, lon_v = _dms(107.021 + r.uniform(-0.003, 0.003), False, "vi", whole=True)
    doc.p("Mẫu số 01 – Phụ lục XII ban hành kèm theo Nghị định số 08/2022/NĐ-CP (được sửa đổi, bổ sung)")
    doc.h("VĂN BẢN ĐỀ NGHỊ CẤP GIẤY PHÉP MÔI TRƯỜNG")
    doc.p(f"Kính gửi: Ủy ban nhân dân tỉnh Quảng Ninh. {company} đề nghị cấp giấy phép môi trường cho {plant} với các thông tin dưới đây.")
    rows = [["TT", "Nội dung", "Thông tin", None, None]]
    merges = [(0, 2, 0, 4)]

    def line(number: str, label: str, value: str) -> None:
        rows.append([number, label, value, None, None])
        merges.append((len(rows) - 1, 2, len(rows) - 1, 4))

    _span(rows, merges, "I. THÔNG TIN VỀ CHỦ CƠ SỞ", 5)
    line("1", "Tên chủ cơ sở", company)
    line("2", "Mã số doanh nghiệp", f"{msdn}, đăng ký lần đầu ngày {r.randint(1, 28):02d}/0{r.randint(1, 9)}/2010, đăng ký thay đổi lần thứ "
                                     f"{r.randint(5, 12)} ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2024")
    line("3", "Địa chỉ trụ sở chính", f"Số {r.randint(2, 90)} đường Lê Thánh Tông, phường Hồng Gai, tỉnh Quảng Ninh")
    line("4", "Người đại diện theo pháp luật", "Ông Phạm Văn Cường – Giám đốc")
    _span(rows, merges, "II. THÔNG TIN VỀ CƠ SỞ", 5)
    line("5", "Tên cơ sở", plant)
    line("6", "Địa điểm", f"Bờ bắc vịnh Cửa Lục, {place}")
    line("7", "Tọa độ tâm cơ sở (hệ WGS-84)", f"Kinh độ {lon}; Vĩ độ {lat}")
    line("8", "Loại hình sản xuất", "Đóng mới tàu hàng, tàu kéo đến 20.000 DWT; sửa chữa tàu biển đến 30.000 DWT")
    line("9", "Phân loại dự án theo tiêu chí của pháp luật về đầu tư công", "Dự án nhóm A")
    line("10", "Phân loại theo tiêu chí về môi trường", "Cơ sở nhóm II (mục 2 Phụ lục IV Nghị định số 08/2022/NĐ-CP)")
    line("11", "Quyết định phê duyệt kết quả thẩm định báo cáo ĐTM",
         f"Số {r.randint(1200, 3900)}/QĐ-BTNMT ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2008 của Bộ Tài nguyên và Môi trường")
    _span(rows, merges, "III. CÁC HẠNG MỤC CÔNG TRÌNH CHÍNH", 5)
    rows.append(["TT", "Hạng mục", "Kích thước (m)", "Năng lực tiếp nhận / sức nâng", "Năm đưa vào sử dụng"])
    for k, (item, size, cap, year) in enumerate(VN_STRUCTURES, 12):
        rows.append([str(k), item, size, cap, str(year)])
    doc.table(None, rows, merges, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": "Hòn Gai", "category": "II", "lat": lat_v, "lon": lon_v})
    doc.p("Chúng tôi cam kết những thông tin nêu trên là đúng sự thật và chịu trách nhiệm trước pháp luật.")


# (RU, KK, registry number, RU class, power kW, berth row)
WINTER_FLEET = (
    ("Буксир-толкач «Баянауыл»", "«Баянауыл» итергіш-буксирі", "Р-14-0587", "О 2,0 (лед 20)", 441, "I"),
    ("Теплоход «Ертіс-14»", "«Ертіс-14» теплоходы", "Р-14-0612", "Р 1,2", 220, "I"),
    ("Нефтеналивная баржа «НБ-1207»", "«НБ-1207» мұнай құятын баржасы", "Р-14-1207", "О 2,0", 0, "II"),
    ("Земснаряд «Екібастұз-3»", "«Екібастұз-3» жер снаряды", "Р-14-0371", "Р 1,2", 600, "II"),
    ("Плавкран «ПК-16»", "«ПК-16» жүзбелі краны", "Р-14-0455", "Р 1,2", 150, "III"),
    ("Брандвахта «Б-5»", "«Б-5» брандвахтасы", "Р-14-0501", "Р 1,2", 0, "III"),
)  # fmt: skip


def facility_jm2(doc: Doc) -> None:
    """The passport of a river fleet base's winter moorings for the coming inter-navigation period with two value columns —
    the legal entity (the shipping company with its head office in Astana) and the base (the backwater on the Irtysh at
    Pavlodar) — the BIN only under the company, a KATO under each, the base's position in degrees, minutes and whole seconds
    and its category under the base, the head and the ecologist merged over both columns, the backwater's area, berths and
    boiler house after them; the vessels wintering there with their River Register numbers and classes (`О 2,0 (лед 20)`) in
    a table of no role (VI: a Kiên Giang fishing-port repair dock's information sheet, `Theo Giấy chứng nhận đăng ký doanh
    nghiệp | Tại cơ sở`, the certificate of eligibility to build and repair fishing vessels as a look-alike, the boats repaired
    with their registration numbers `KG-92345-TS` in a table of no role)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_jm2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    name, core, operator = PAVLODAR["name"][L], PAVLODAR["core"][L], PAVLODAR["operator"][L]
    bin_ = make_bin(r)
    kato_legal, kato = _kato(doc, "7114"), _kato(doc, "5510")
    lat, lat_v = _dms(52.305 + r.uniform(-0.003, 0.003), True, doc.lang, whole=True)
    lon, lon_v = _dms(76.962 + r.uniform(-0.003, 0.003), False, doc.lang, whole=True)
    permit = f"KZ{r.randint(10, 99)}VCZ{r.randint(10**7, 10**8 - 1):08d}"
    doc.h(g(f"Паспорт места зимнего отстоя и ремонта флота на межнавигационный период 2025–2026 гг. {name}",
            f"{name}. 2025–2026 жж. навигацияаралық кезеңге арналған флотты қыстату және жөндеу орнының паспорты", ""))
    doc.p(g("Паспорт составлен к началу ледостава и согласован с капитаном порта Павлодар; сведения об операторе приведены по данным "
            "государственной регистрации, сведения о базе – по состоянию на 01.11.2025.",
            "Паспорт мұз қатар алдында жасалды және Павлодар порты капитанымен келісілді; оператор туралы мәліметтер мемлекеттік тіркеу "
            "деректері бойынша, база туралы мәліметтер 01.11.2025 жағдай бойынша келтірілген.", ""))
    rows = [g(["Показатель", "Юридическое лицо (оператор)", "База флота (место отстоя)"],
              ["Көрсеткіш", "Заңды тұлға (оператор)", "Флот базасы (қыстау орны)"], [])]
    merges: list = []
    dash = "–"

    def both(label: str, value: str) -> None:
        rows.append([label, value, None])
        merges.append((len(rows) - 1, 1, len(rows) - 1, 2))

    rows.append([g("Наименование", "Атауы", ""), operator, name])
    rows.append([g("БИН", "БСН", ""), bin_, dash])
    rows.append([g("Адрес", "Мекенжайы", ""),
                 g("г. Астана, район Есиль, ул. Достык, 18, БЦ «Москва», офис 1104", "Астана қ., Есіл ауданы, Достық к-сі, 18, «Москва» БО, 1104-кеңсе", ""),
                 g("Павлодарская область, г. Павлодар, Северная промышленная зона, ул. Затонская, 1",
                   "Павлодар облысы, Павлодар қ., Солтүстік өнеркәсіптік аймақ, Затон к-сі, 1", "")])
    rows.append([g("Код КАТО", "ҚАТО коды", ""), kato_legal, kato])
    rows.append([g("Географические координаты (WGS-84)", "Географиялық координаттары (WGS-84)", ""), dash, f"{lat}, {lon}"])
    both(g("Руководитель", "Басшы", ""), g("председатель правления Нуркенов Д.Б.; начальник базы Гейдт В.А.",
                                          "басқарма төрағасы Нүркенов Д.Б.; база бастығы Гейдт В.А.", ""))
    both(g("Ответственный за охрану окружающей среды", "Қоршаған ортаны қорғауға жауапты", ""),
         g("инженер-эколог Смагулова А.Т., тел. +7 718 255 41 07", "инженер-эколог Смағұлова А.Т., тел. +7 718 255 41 07", ""))
    rows.append([g("Категория объекта по Экологическому кодексу РК", "ҚР Экология кодексі бойынша объект санаты", ""), dash,
                 g(f"II; экологическое разрешение на воздействие № {permit}", f"II; әсер етуге № {permit} экологиялық рұқсат", "")])
    rows.append([g("Акватория затона", "Затон су айдыны", ""), dash,
                 g(f"{num(round(r.uniform(18, 26), 1), 'ru')} га, глубина на местах отстоя 2,8–4,5 м",
                   f"{num(round(r.uniform(18, 26), 1), 'kk')} га, қыстау орындарындағы тереңдік 2,8–4,5 м", "")])
    rows.append([g("Причальный фронт, места отстоя", "Айлақ майданы, қыстау орындары", ""), dash,
                 g("640 м; 3 ряда, до 24 единиц флота", "640 м; 3 қатар, 24 флот бірлігіне дейін", "")])
    rows.append([g("Котельная", "Қазандық", ""), dash,
                 g("2 котла КВр-1,16 на экибастузском угле; дымовая труба Н = 25 м", "екібастұз көмірімен жұмыс істейтін 2 КВр-1,16 қазаны; түтін мұржасы Н = 25 м", "")])
    rows.append([g("Слип", "Слип", ""), dash, g("продольный, грузоподъемность 600 т", "бойлық, жүк көтергіштігі 600 т", "")])
    doc.table(g("1. Общие сведения", "1. Жалпы мәліметтер", ""), rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": core, "kato": kato, "category": "II", "lat": lat_v, "lon": lon_v})
    fleet = [g(["№", "Судно", "Регистровый номер", "Класс Речного Регистра", "Мощность главных двигателей, кВт", "Ряд отстоя"],
               ["№", "Кеме", "Тіркеу нөмірі", "Өзен тіркелімінің сыныбы", "Бас қозғалтқыштардың қуаты, кВт", "Қыстау қатары"], [])]
    for k, (v_ru, v_kk, reg, cls, kw, row) in enumerate(WINTER_FLEET, 1):
        fleet.append([str(k), (v_ru, v_kk)[L], reg, cls, num(kw, doc.lang) if kw else g("несамоходное", "өздігінен жүрмейтін", ""), row])
    doc.table(g("2. Ведомость судов, поставленных на зимний отстой", "2. Қыстауға қойылған кемелердің тізімдемесі", ""), fleet, role="other")
    doc.p(g("Суда, не указанные в ведомости, к отстою в затоне не допускаются.", "Тізімдемеде көрсетілмеген кемелер затонда қыстатуға жіберілмейді.", ""))


# (registration number, length m, power CV, hull, work)
VN_BOATS = (
    ("KG-92345-TS", "18,5", "450", "Gỗ", "Thay ván mạn, xảm, sơn chống hà"),
    ("KG-90712-TS", "22,0", "620", "Thép", "Gõ rỉ, phun hạt mài, sơn vỏ; thay tôn đáy"),
    ("KG-93108-TS", "15,6", "360", "Composite (FRP)", "Sửa vết nứt vỏ, dán lớp sợi thủy tinh"),
    ("KG-91874-TS", "24,0", "820", "Thép", "Sửa chữa trục chân vịt, thay dầu máy"),
    ("KG-94420-TS", "16,8", "400", "Gỗ", "Bọc composite vỏ gỗ, sơn lại"),
)


def _facility_jm2_vi(doc: Doc) -> None:
    r = doc.rng
    dock, company, place = TAC_CAU
    msdn = _msdn(doc, "17")
    lat, lat_v = _dec(9.952 + r.uniform(-0.002, 0.002), True, "vi")
    lon, lon_v = _dec(105.118 + r.uniform(-0.002, 0.002), False, "vi")
    doc.h("PHIẾU THÔNG TIN CƠ SỞ ĐÓNG MỚI, SỬA CHỮA TÀU CÁ")
    doc.p("Phiếu kèm theo hồ sơ đăng ký môi trường gửi Ủy ban nhân dân xã Châu Thành; thông tin pháp nhân ghi theo Giấy chứng nhận đăng ký "
          "doanh nghiệp, thông tin cơ sở ghi theo hiện trạng ụ sửa chữa.")
    rows = [["Nội dung", "Theo Giấy chứng nhận đăng ký doanh nghiệp", "Tại cơ sở (ụ, triền sửa chữa)"],
            ["Tên", company, dock],
            ["Mã số doanh nghiệp", msdn, "–"],
            ["Địa chỉ", f"Số {r.randint(10, 240)} đường Ngô Quyền, phường Rạch Giá, tỉnh An Giang", place],
            ["Tọa độ (WGS-84)", "–", f"{lat}; {lon}"],
            ["Người đại diện", "Ông Danh Sơn – Giám đốc", None],
            ["Giấy chứng nhận cơ sở đủ điều kiện đóng mới, cải hoán tàu cá", "–",
             f"Số {r.randint(3, 30):02d}/2024/CNĐK-CCTS do Chi cục Thủy sản cấp ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2024"],
            ["Năng lực sửa chữa", "–", "Tàu cá vỏ gỗ, vỏ thép, vỏ composite chiều dài đến 24 m; 01 ụ nổi sức nâng 300 tấn, 02 triền kéo"],
            ["Lao động", "–", f"{r.randint(25, 60)} người"]]
    merges = [(5, 1, 5, 2)]
    doc.table("1. Thông tin chung", rows, merges, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": "Tắc Cậu", "lat": lat_v, "lon": lon_v})
    boats = [["TT", "Số đăng ký tàu", "Chiều dài (m)", "Công suất máy (CV)", "Vật liệu vỏ", "Hạng mục sửa chữa"]]
    for k, row in enumerate(VN_BOATS, 1):
        boats.append([str(k), *row])
    doc.table("2. Danh sách tàu cá đã sửa chữa năm 2025 (trích)", boats, role="other")


# ---------------------------------------------------------------- emissions

# ((RU stage, KK stage), [(number, hours a year at full load, RU source, KK source, {code: (g/s low, high)})])
DOCK_STAGES = (
    (("I. Подготовка поверхности корпуса", "I. Корпус бетін дайындау"), [
        ("0001", 3200, "Дробеметная камера очистки листового проката (после рукавного фильтра)", "Табақ прокатты тазартатын бытыра ату камерасы (жеңді сүзгіден кейін)",
         {"0123": (0.01, 0.04), "2902": (0.02, 0.06)}),
        ("6001", 2400, "Абразивоструйная очистка корпуса в плавучем доке (купершлак)", "Қалқымалы докта корпусты абразивті-ағынды тазарту (купершлак)",
         {"2908": (0.3, 0.9), "0123": (0.03, 0.09), "2930": (0.004, 0.015)})]),
    (("II. Окраска корпуса", "II. Корпусты бояу"), [
        ("6002", 2000, "Окраска корпуса в доке безвоздушным распылением", "Докта корпусты ауасыз бүркумен бояу",
         {"0616": (0.2, 0.6), "0621": (0.05, 0.2), "1210": (0.03, 0.1),
          "1401": (0.02, 0.08), "2752": (0.05, 0.2), "2902": (0.02, 0.08)}),
        ("0002", 3000, "Окрасочно-сушильная камера секций (после гидрофильтра)", "Секцияларды бояу-кептіру камерасы (гидросүзгіден кейін)",
         {"0616": (0.05, 0.2), "2752": (0.02, 0.08), "2902": (0.005, 0.02)})]),
    (("III. Корпусные и сварочные работы", "III. Корпустық және дәнекерлеу жұмыстары"), [
        ("6003", 4000, "Сварочные посты в доке и на стапеле (электроды УОНИ-13/55)", "Доктағы және стапельдегі дәнекерлеу посттары (УОНИ-13/55 электродтары)",
         {"0123": (0.005, 0.02), "0143": (0.0005, 0.002), "0342": (0.0002, 0.001)}),
        ("6004", 1500, "Газовая резка металла (пропан-кислород)", "Металды газбен кесу (пропан-оттегі)",
         {"0123": (0.01, 0.04), "0143": (0.0002, 0.0008), "0301": (0.005, 0.02),
          "0337": (0.006, 0.02)})]),
    (("IV. Вспомогательные объекты", "IV. Қосалқы объектілер"), [
        ("0003", 4500, "Дымовая труба котельной (дизельное топливо)", "Қазандықтың түтін мұржасы (дизель отыны)",
         {"0301": (0.05, 0.15), "0304": (0.008, 0.025), "0328": (0.003, 0.01),
          "0330": (0.04, 0.12), "0337": (0.1, 0.3)}),
        ("0004", 8760, "Дыхательный клапан резервуаров приема льяльных вод (2 × 50 м³)", "Льял суларын қабылдау резервуарларының тыныс алу клапаны (2 × 50 м³)",
         {"0333": (0.00002, 0.00008), "2754": (0.007, 0.02)})]),
)  # fmt: skip
ROMAN = ("I", "II", "III", "IV")


def emissions_jm1(doc: Doc) -> None:
    """A ship-repair yard's НДВ table of the works around its floating dock, the substance first — `Код ЗВ | Наименование ЗВ`
    — and only then the source's number and name merged down over its substances, under rows spanning the table for the
    stages of a repair (preparing the hull, painting, hull and welding works, auxiliary objects), a class column where the
    abrasive dust and white spirit carry their ОБУВ instead of a class, subtotals per stage and a total (VI: a Dung Quất
    ship-repair yard's ĐTM, loads of blasting, painting, welding and a standby generator worked out from emission factors
    per tonne of grit, litre of paint or tonne of electrodes, the quantity and hours merged down an activity, kilograms a
    year and g/s, no source numbers)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_jm1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    name, operator = BAUTINO["name"][L], BAUTINO["operator"][L]
    doc.h(g(f"Проект нормативов допустимых выбросов. {name} ({operator})", f"{name} ({operator}). Жол берілетін шығарындылар нормативтерінің жобасы", ""))
    doc.p(g("Ремонт судов ведется в плавучем доке подъемной силой 8 500 т; за год выполняется 14–18 докований. Абразивоструйная очистка и "
            "окраска корпуса производятся открытым способом на стапель-палубе дока и являются неорганизованными источниками.",
            "Кемелерді жөндеу көтеру күші 8 500 т қалқымалы докта жүргізіледі; жылына 14–18 доктау орындалады. Корпусты абразивті-ағынды "
            "тазарту және бояу доктың стапель-палубасында ашық тәсілмен жүргізіледі және ұйымдастырылмаған көздер болып табылады.", ""))
    width = 7
    rows = [g(["Код ЗВ", "Наименование загрязняющего вещества", "№ ИЗА", "Наименование источника выброса", "Класс опасности", "Выброс, г/с", "Выброс, т/год"],
              ["ЛЗ коды", "Ластаушы заттың атауы", "ЛШК №", "Шығарынды көзінің атауы", "Қауіптілік сыныбы", "Шығарынды, г/с", "Шығарынды, т/жыл"], [])]
    merges: list = []
    obuv = g("ОБУВ", "ҚӘБД", "")
    numbers, all_g, all_t = [], 0.0, 0.0
    for s, ((st_ru, st_kk), sources) in enumerate(DOCK_STAGES):
        _span(rows, merges, (st_ru, st_kk)[L], width)
        st_g = st_t = 0.0
        for number, hours, s_ru, s_kk, codes in sources:
            if number == "6004" and r.random() < 0.3:
                continue
            start = len(rows)
            for j, (c, (glo, ghi)) in enumerate(codes.items()):
                gs = _sig(r.uniform(glo, ghi), 3)
                ty = _sig(gs * 3600 * hours / 1e6 * r.uniform(0.55, 0.9), 3)
                hz = _hazard(c)
                cls = str(hz) if hz else f"{obuv} {num(OBUV[c], doc.lang)}"
                rows.append([c, _air(doc, c), number if j == 0 else None, (s_ru, s_kk)[L] if j == 0 else None, cls,
                             num(gs, doc.lang), num(ty, doc.lang)])
                doc.add("emissions", emission(c, gs, ty, number, hz))
                st_g, st_t = st_g + gs, st_t + ty
            if len(codes) > 1:
                merges += [(start, 2, len(rows) - 1, 2), (start, 3, len(rows) - 1, 3)]
            numbers.append(number)
        rows.append([g(f"Итого по разделу {ROMAN[s]}", f"{ROMAN[s]} бөлім бойынша жиыны", ""), None, None, None, None,
                     num(round(st_g, 6), doc.lang), num(round(st_t, 6), doc.lang)])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
        all_g, all_t = all_g + st_g, all_t + st_t
    rows.append([g("Всего по предприятию", "Кәсіпорын бойынша барлығы", ""), None, None, None, None, num(round(all_g, 6), doc.lang),
                 num(round(all_t, 6), doc.lang)])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
    doc.table(g("Таблица 3.4 – Нормативы выбросов загрязняющих веществ по источникам на 2026–2035 годы",
                "3.4-кесте – 2026–2035 жылдарға арналған көздер бойынша ластаушы заттар шығарындыларының нормативтері", ""),
              rows, merges, role="emissions")
    doc.add("sources", *({"number": n, "type": _kind(n)} for n in numbers))
    doc.p(g("Для пыли абразивной и уайт-спирита класс опасности не установлен, нормирование ведется по ОБУВ (мг/м³).",
            "Абразивті шаң мен уайт-спирит үшін қауіптілік сыныбы белгіленбеген, нормалау ҚӘБД (мг/м³) бойынша жүргізіледі.", ""))
    _maybe_other(doc)


# (activity, quantity as written, quantity, hours a year, [(code, factor as written, factor)])
VN_DOCK_ACTIVITIES = (
    ("Phun hạt mài (xỉ đồng) làm sạch vỏ tàu tại ụ khô", "tấn hạt mài/năm", (3800, 5200), 2400,
     [("2902", "12 kg/tấn hạt mài (sau khi che chắn bằng bạt)", 12.0)]),
    ("Sơn vỏ tàu bằng máy phun sơn áp lực cao", "lít sơn/năm", (260000, 380000), 2400,
     [("0616", "0,16 kg/lít sơn", 0.16), ("0621", "0,06 kg/lít sơn", 0.06), ("1210", "0,04 kg/lít sơn", 0.04)]),
    ("Hàn, cắt thép tấm thay thế", "tấn que hàn/năm", (120, 220), 4800,
     [("0123", "10,6 kg/tấn que hàn", 10.6), ("0143", "0,92 kg/tấn que hàn", 0.92)]),
    ("Máy phát điện dự phòng 1.000 kVA (dầu DO 0,05 %S)", "tấn dầu DO/năm", (40, 80), 300,
     [("2902", "0,71 kg/tấn dầu", 0.71), ("0330", "1 kg/tấn dầu", 1.0), ("0301", "9,62 kg/tấn dầu", 9.62), ("0337", "2,19 kg/tấn dầu", 2.19)]),
)  # fmt: skip


def _emissions_jm1_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, place = DUNG_QUAT
    doc.h(f"BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG DỰ ÁN NÂNG CẤP {plant.upper()}")
    doc.h("3.2.1.2. Tác động do bụi, khí thải trong giai đoạn vận hành")
    doc.p(f"Chủ dự án: {company}, {place}. Tải lượng được tính theo hệ số phát thải của WHO (1993) và US EPA AP-42 nhân với khối lượng nguyên "
          "liệu, nhiên liệu sử dụng theo kế hoạch sửa chữa 45 lượt tàu/năm; thời gian làm việc 8 giờ/ca, 300 ngày/năm.")
    rows = [["TT", "Hoạt động", "Khối lượng sử dụng", "Thời gian hoạt động (giờ/năm)", "Chất ô nhiễm", "Hệ số phát thải", "Tải lượng (kg/năm)",
             "Tải lượng (g/s)"]]
    merges: list = []
    for k, (act, unit, (lo, hi), hours, items) in enumerate(VN_DOCK_ACTIVITIES, 1):
        qty = r.randint(lo // 10, hi // 10) * 10
        start = len(rows)
        for j, (c, said, factor) in enumerate(items):
            kg = round(factor * qty, 1)
            gs = _sig(kg * 1000 / (hours * 3600), 3)
            rows.append([str(k) if j == 0 else None, act if j == 0 else None, f"{num(qty, 'vi')} {unit}" if j == 0 else None,
                         num(hours, "vi") if j == 0 else None, _param(doc, "code", c), said, num(kg, "vi"), num(gs, "vi")])
            doc.add("emissions", emission(c, gs, round(kg / 1000, 7)))
        if len(items) > 1:
            merges += [(start, col, len(rows) - 1, col) for col in range(4)]
    doc.table("Bảng 3.15. Tải lượng bụi, khí thải từ hoạt động sửa chữa tàu tại ụ khô", rows, merges, role="emissions")
    doc.p("Nhận xét: bụi từ phun hạt mài là nguồn ô nhiễm chủ yếu; Chủ dự án bố trí bạt che kín ụ khô và máy hút bụi di động khi phun.")
    _maybe_other(doc)


# (number, RU, KK, (RU period, KK period), hours a year, {code: (g/s low, high)})
BASE_SOURCES = (
    ("0001", "Дымовая труба котельной (2 котла КВр-1,16, уголь)", "Қазандықтың түтін мұржасы (2 КВр-1,16 қазаны, көмір)",
     ("X–IV (отопительный период)", "X–IV (жылыту кезеңі)"), 5088,
     {"0301": (0.15, 0.4), "0304": (0.02, 0.06), "0330": (0.5, 1.2), "0337": (0.8, 2.0),
      "2908": (0.6, 1.5), "0703": (0.0000008, 0.000003)}),
    ("0002", "Выхлопная труба резервной ДЭС-100", "ДЭС-100 резервтік дизель-генераторының шығару құбыры",
     ("I–XII (при отключениях сети)", "I–XII (желі ажыратылғанда)"), 250,
     {"0301": (0.1, 0.25), "0304": (0.015, 0.04), "0328": (0.008, 0.02),
      "0330": (0.015, 0.04), "0337": (0.08, 0.2), "1325": (0.002, 0.005),
      "2754": (0.04, 0.1)}),
    ("6001", "Открытый склад угля", "Ашық көмір қоймасы", ("IX–IV", "IX–IV"), 5832, {"2908": (0.05, 0.2)}),
    ("6002", "Площадка временного хранения золошлака", "Күл-қожды уақытша сақтау алаңы", ("X–V", "X–V"), 5832, {"2908": (0.02, 0.08)}),
    ("6003", "Слип: сварка и газовая резка при зимнем ремонте судов", "Слип: кемелерді қысқы жөндеу кезіндегі дәнекерлеу және газбен кесу",
     ("XI–III (межнавигационный период)", "XI–III (навигацияаралық кезең)"), 1800,
     {"0123": (0.01, 0.04), "0143": (0.0008, 0.003), "0301": (0.005, 0.015),
      "0337": (0.006, 0.02)}),
    ("6004", "Бункеровочный причал (заправка судов дизельным топливом)", "Бункерлеу айлағы (кемелерге дизель отынын құю)",
     ("V–X (навигация)", "V–X (навигация)"), 900, {"0333": (0.00001, 0.00005), "2754": (0.004, 0.018)}),
    ("6005", "Суда на зимнем отстое (автономные отопительные котлы, 9 ед.)", "Қыстаудағы кемелер (автономды жылыту қазандары, 9 бірл.)",
     ("XI–III (межнавигационный период)", "XI–III (навигацияаралық кезең)"), 3600,
     {"0301": (0.03, 0.09), "0304": (0.005, 0.015), "0328": (0.004, 0.012),
      "0330": (0.02, 0.07), "0337": (0.05, 0.15)}),
)  # fmt: skip


def emissions_jm2(doc: Doc) -> None:
    """A river fleet base's inventory of sources, a column of the months each source works in Roman numerals (`X–IV
    (отопительный период)`, `V–X (навигация)`, `XI–III (межнавигационный период)`) and the hours a year merged down with the
    source over its substances, the coal boiler house with benzo(a)pyrene in millionths of a gram, the slipway of winter
    repairs, the bunkering berth of the navigation and the wintering vessels' own heating boilers as one source, no class
    column; the fuel burnt in each period in a table of no role before it (VI: a Hải Phòng ship-repair yard on the Cấm
    river, its sources labelled `Nguồn số 01` … which are no source numbers, loads in g/s, kilograms a day and tonnes a
    year, the kilograms a day no item)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_jm2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    name, operator = PAVLODAR["name"][L], PAVLODAR["operator"][L]
    doc.h(g(f"Инвентаризация источников выбросов загрязняющих веществ. {name}", f"{name}. Ластаушы заттар шығарындылары көздерін түгендеу", ""))
    doc.p(g(f"Оператор – {operator}. База работает круглый год: в навигацию (май – октябрь) обеспечивает бункеровку и текущий ремонт "
            "судов, в межнавигационный период – зимний отстой флота в затоне и ремонт на слипе. Время работы источников принято по "
            "фактическим данным 2025 года.",
            f"Оператор – {operator}. База жыл бойы жұмыс істейді: навигация кезінде (мамыр – қазан) кемелерді бункерлеуді және ағымдағы "
            "жөндеуді қамтамасыз етеді, навигацияаралық кезеңде – флотты затонда қыстатуды және слипте жөндеуді. Көздердің жұмыс уақыты "
            "2025 жылғы нақты деректер бойынша қабылданды.", ""))
    coal = r.randint(1500, 2300)
    fuel = [g(["Потребитель", "Вид топлива", "Навигационный период (V–X), т", "Межнавигационный период (XI–IV), т", "Всего, т"],
              ["Тұтынушы", "Отын түрі", "Навигациялық кезең (V–X), т", "Навигацияаралық кезең (XI–IV), т", "Барлығы, т"], []),
            [g("Котельная", "Қазандық", ""), g("уголь экибастузский", "екібастұз көмірі", ""), num(round(coal * 0.08), doc.lang),
             num(round(coal * 0.92), doc.lang), num(round(coal * 0.08) + round(coal * 0.92), doc.lang)],
            [g("Судовые котлы на отстое", "Қыстаудағы кеме қазандары", ""), g("дизельное топливо", "дизель отыны", ""), "–",
             num(r.randint(60, 110), doc.lang), ""],
            [g("Бункеровка судов (отпуск)", "Кемелерді бункерлеу (босату)", ""), g("дизельное топливо", "дизель отыны", ""),
             num(r.randint(2400, 3900), doc.lang), "–", ""]]
    fuel[2][4], fuel[3][4] = fuel[2][3], fuel[3][2]
    doc.table(g("Таблица 2.1 – Расход топлива по периодам года", "2.1-кесте – Жыл кезеңдері бойынша отын шығыны", ""), fuel, role="other")
    rows = [g(["№ ИЗА", "Источник выброса", "Период работы (месяцы)", "Время работы, ч/год", "Код ЗВ", "Наименование ЗВ", "Выброс, г/с", "Выброс, т/год"],
              ["ЛШК №", "Шығарынды көзі", "Жұмыс кезеңі (айлар)", "Жұмыс уақыты, сағ/жыл", "ЛЗ коды", "ЛЗ атауы", "Шығарынды, г/с", "Шығарынды, т/жыл"], [])]
    merges: list = []
    numbers = []
    for number, s_ru, s_kk, period, hours, codes in BASE_SOURCES:
        if number == "6002" and r.random() < 0.35:
            continue
        start = len(rows)
        for j, (c, (glo, ghi)) in enumerate(codes.items()):
            gs = _sig(r.uniform(glo, ghi), 3)
            ty = _sig(gs * 3600 * hours / 1e6 * r.uniform(0.55, 0.95), 3)
            head = [number, (s_ru, s_kk)[L], period[L], num(hours, doc.lang)] if j == 0 else [None] * 4
            rows.append([*head, c, _air(doc, c), num(gs, doc.lang), num(ty, doc.lang)])
            doc.add("emissions", emission(c, gs, ty, number))
        if len(codes) > 1:
            merges += [(start, col, len(rows) - 1, col) for col in range(4)]
        numbers.append(number)
    doc.table(g("Таблица 2.2 – Характеристика источников и выбросы загрязняющих веществ",
                "2.2-кесте – Көздердің сипаттамасы және ластаушы заттардың шығарындылары", ""), rows, merges, role="emissions")
    doc.add("sources", *({"number": n, "type": _kind(n)} for n in numbers))
    doc.p(g("Суда на отстое учтены одним неорганизованным источником 6005; при выходе судов в навигацию источник не действует.",
            "Қыстаудағы кемелер бір ұйымдастырылмаған 6005 көзі ретінде ескерілді; кемелер навигацияға шыққанда көз әрекет етпейді.", ""))
    _maybe_other(doc)


# (label, source, [(code, (g/s low, high))])
VN_YARD_SOURCES = (
    ("Nguồn số 01", "Khu vực gõ rỉ, phun hạt mài vỏ tàu trên triền", [("2902", (0.4, 1.2))]),
    ("Nguồn số 02", "Khu vực sơn vỏ tàu trên triền", [("0616", (0.15, 0.45)), ("0621", (0.05, 0.15)), ("1210", (0.03, 0.1))]),
    ("Nguồn số 03", "Xưởng vỏ – hàn, cắt thép", [("0123", (0.01, 0.04)), ("0143", (0.001, 0.004)), ("0301", (0.004, 0.015)),
                                                ("0337", (0.005, 0.02))]),
    ("Nguồn số 04", "Máy phát điện dự phòng 500 kVA", [("2902", (0.02, 0.06)), ("0330", (0.01, 0.04)), ("0301", (0.2, 0.5)),
                                                      ("0337", (0.05, 0.15))]),
)


def _emissions_jm2_vi(doc: Doc) -> None:
    r = doc.rng
    yard, company, place = CAM_RIVER
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG CỦA CƠ SỞ {yard.upper()}")
    doc.h("Chương III. 2. Công trình, biện pháp xử lý bụi, khí thải")
    doc.p(f"{company} sửa chữa tàu sông – biển (VR-SB) trọng tải đến 3.000 tấn trên 02 triền dọc bờ sông Cấm, {place}. Các nguồn phát sinh "
          "được đánh số theo sơ đồ mặt bằng; thời gian làm việc 8 giờ/ngày, 300 ngày/năm, máy phát điện ước tính 2 giờ/ngày.")
    rows = [["Ký hiệu", "Nguồn phát sinh", "Thông số", "Tải lượng", None, None],
            [None, None, None, "g/s", "kg/ngày", "tấn/năm"]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 5)]
    for label, source, items in VN_YARD_SOURCES:
        hours = 2 if label == "Nguồn số 04" else 8
        start = len(rows)
        for j, (c, (lo, hi)) in enumerate(items):
            gs = _sig(r.uniform(lo, hi), 3)
            kg_day = _sig(gs * 3600 * hours / 1000, 3)
            ty = _sig(kg_day * 300 / 1000, 3)
            rows.append([label if j == 0 else None, source if j == 0 else None, _param(doc, "code", c), num(gs, "vi"), num(kg_day, "vi"),
                         num(ty, "vi")])
            doc.add("emissions", emission(c, gs, ty))
        if len(items) > 1:
            merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    doc.table("Bảng 3.2. Tải lượng bụi, khí thải phát sinh tại cơ sở", rows, merges, role="emissions")
    doc.p("Biện pháp giảm thiểu: che chắn triền bằng lưới, bạt khi phun hạt mài; sơn bằng súng phun không khí; tăng cường thông gió xưởng vỏ.")
    _maybe_other(doc)


# ---------------------------------------------------------------- wastes

# (code, RU, KK, (low, high) t, recipient: 0 the own bilge-water plant, 1 a waste firm, 2 scrap metal, 3 the landfill, share kept at year's end)
YARD_WASTES = (
    ("12 01 16*", "Отработанный абразив (купершлак) с остатками старой краски", "Ескі бояу қалдықтары бар пайдаланылған абразив (купершлак)",
     (180, 420), 1, 0.15),
    ("08 01 17*", "Отходы удаления старой краски (скребковая зачистка корпуса)", "Ескі бояуды кетіру қалдықтары (корпусты қырғышпен тазарту)",
     (4, 14), 1, 0.1),
    ("08 01 11*", "Остатки лакокрасочных материалов, содержащих органические растворители", "Органикалық еріткіштері бар лак-бояу материалдарының қалдықтары",
     (1.2, 4.0), 1, 0.0),
    ("15 01 10*", "Тара из-под лакокрасочных материалов и растворителей", "Лак-бояу материалдары мен еріткіштердің ыдысы", (2, 6), 1, 0.2),
    ("17 04 05", "Лом черных металлов (демонтированная обшивка и набор корпуса)", "Қара металл сынықтары (бөлшектелген корпус қаптамасы мен жиынтығы)",
     (90, 260), 2, 0.0),
    ("12 01 13", "Огарки сварочных электродов", "Дәнекерлеу электродтарының қалдықтары", (0.3, 1.2), 2, 0.0),
    ("15 02 02*", "Промасленная ветошь", "Майланған шүберек", (0.5, 2.0), 1, 0.0),
    ("13 02 05*", "Отработанные моторные масла", "Пайдаланылған мотор майлары", (1.5, 5.0), 1, 0.1),
    ("19 08 10*", "Нефтепродукты, уловленные на установке очистки льяльных вод", "Льял суларын тазарту қондырғысында ұсталған мұнай өнімдері",
     (3, 12), 1, 0.0),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", (12, 30), 3, 0.0),
)  # fmt: skip
SHIP_WASTES = (
    ("13 04 03*", "Льяльные воды с судов (нефтесодержащие)", "Кемелердің льял сулары (құрамында мұнай бар)", (300, 900), 0, 0.05),
    ("16 07 08*", "Нефтешлам от зачистки топливных танков судов", "Кемелердің отын танктерін тазартудан шыққан мұнай шламы", (8, 40), 1, 0.0),
    ("20 03 04", "Сточные (фекальные) воды из сборных цистерн судов", "Кемелердің жинау цистерналарындағы ағынды (нәжіс) сулар", (150, 500), 4, 0.0),
    ("20 03 01", "Судовой мусор (смешанные бытовые отходы)", "Кеме қоқысы (аралас тұрмыстық қалдықтар)", (5, 20), 3, 0.0),
)  # fmt: skip
RECIPIENTS = (
    ("обезврежены на собственной установке УОЛВ-10", "меншікті УОЛВ-10 қондырғысында залалсыздандырылды"),
    ("ТОО «Эко Ресайклинг Мангистау», дог. № {n}/25", "«Эко Ресайклинг Маңғыстау» ЖШС, № {n}/25 шарт"),
    ("ТОО «Каспий Металл Втормет», дог. № {n}/25", "«Каспий Металл Втормет» ЖШС, № {n}/25 шарт"),
    ("полигон ТБО с. Баутино (ГКП «Тупкараган Тазалық»), дог. № {n}", "Баутино а. ҚТҚ полигоны («Түпқараған Тазалық» МКК), № {n} шарт"),
    ("ГКП «Тупкараган Су», дог. № {n}/25 (вывоз ассенизационными машинами)", "«Түпқараған Су» МКК, № {n}/25 шарт (ассенизациялық көліктермен шығару)"),
)  # fmt: skip


def _amount(x: float) -> float:
    return round(x, 1) if x >= 10 else round(x, 2) if x >= 1 else round(x, 3)


def wastes_jm1(doc: Doc) -> None:
    """The waste section of a ship-repair yard's report on ПЭК for a year, one table under two group rows — the wastes the
    yard formed in repairs, and the wastes it took from the ships calling at the port under MARPOL (bilge water, tank
    sludge, sewage and ship's garbage) — the amount formed or taken in the fourth column, then what was handed on, the
    recipient with its contract's number and what was left at the year's end, the same code `20 03 01` under both groups
    (VI: a Cấm river ship-repair yard's yearly report, the CTNH it formed and those it took from the ships in repair under two
    group rows, kilograms formed before the kilograms handed on and the manifest's number, ordinary wastes in tonnes apart)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_jm1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    name, operator = BAUTINO["name"][L], BAUTINO["operator"][L]
    doc.h(g(f"Отчет по программе производственного экологического контроля за 2025 год. {name}",
            f"{name}. 2025 жылға арналған өндірістік экологиялық бақылау бағдарламасы бойынша есеп", ""))
    doc.h(g("5. Обращение с отходами", "5. Қалдықтармен жұмыс істеу", ""))
    doc.p(g(f"{operator} осуществляет прием с судов нефтесодержащих (льяльных) и сточных вод и мусора как портовое приемное сооружение; "
            "льяльные воды обезвреживаются на собственной установке УОЛВ-10, прочие отходы передаются специализированным организациям.",
            f"{operator} порттық қабылдау құрылысы ретінде кемелерден құрамында мұнай бар (льял) және ағынды суларды, қоқысты қабылдайды; "
            "льял сулары меншікті УОЛВ-10 қондырғысында залалсыздандырылады, басқа қалдықтар мамандандырылған ұйымдарға беріледі.", ""))
    width = 7
    rows = [g(["№", "Код", "Наименование отхода", "Образовано (принято), т", "Передано, т", "Получатель, договор", "Остаток на 31.12.2025, т"],
              ["№", "Коды", "Қалдықтың атауы", "Түзілді (қабылданды), т", "Берілді, т", "Алушы, шарт", "31.12.2025 қалдығы, т"], [])]
    merges: list = []
    k = 0
    groups = ((g("1. Отходы, образованные при ремонте судов", "1. Кемелерді жөндеу кезінде түзілген қалдықтар", ""), YARD_WASTES),
              (g("2. Отходы, принятые с судов (МАРПОЛ 73/78, приложения I, IV, V)", "2. Кемелерден қабылданған қалдықтар (МАРПОЛ 73/78, I, IV, V қосымшалар)", ""),
               SHIP_WASTES))
    for title, wastes in groups:
        _span(rows, merges, title, width)
        for code, n_ru, n_kk, (lo, hi), who, kept in wastes:
            k += 1
            t = _amount(r.uniform(lo, hi))
            left = _amount(t * kept) if kept else 0.0
            recipient = RECIPIENTS[who][L].format(n=r.randint(3, 98))
            handed = "–" if who == 0 else num(_amount(t - left), doc.lang)
            rows.append([str(k), code, (n_ru, n_kk)[L], num(t, doc.lang), handed, recipient, num(left, doc.lang) if left else "–"])
            doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t,
                               "name_contains": _words((n_ru, n_kk)[L], 3)})
    doc.table(g("Таблица 5.1 – Образование и движение отходов в 2025 году", "5.1-кесте – 2025 жылы қалдықтардың түзілуі және қозғалысы", ""),
              rows, merges, role="wastes")
    doc.p(g("Очищенная на УОЛВ-10 вода отводится в пруд-испаритель; результаты ее контроля приведены в разделе 3.",
            "УОЛВ-10 қондырғысында тазартылған су булану тоғанына бұрылады; оны бақылау нәтижелері 3-бөлімде келтірілген.", ""))
    _maybe_other(doc)


# (code, name as the yard writes it, (low, high) kg)
VN_YARD_CTNH = (
    ("17 02 03", "Dầu động cơ, hộp số và bôi trơn tổng hợp thải", (300, 1200)),
    ("18 02 01", "Giẻ lau, găng tay dính dầu, sơn thải", (200, 900)),
    ("08 01 01", "Sơn và vecni thải có dung môi hữu cơ", (150, 600)),
    ("18 01 02", "Bao bì cứng thải bằng kim loại (thùng sơn, thùng dung môi)", (400, 1500)),
    ("16 01 06", "Bóng đèn huỳnh quang thải", (10, 60)),
    ("19 06 01", "Ắc quy chì thải tháo từ tàu", (200, 800)),
)
VN_SHIP_CTNH = (
    ("17 04 03", "Dầu đáy tàu (nước la canh lẫn dầu) từ tàu vào sửa chữa", (8000, 30000)),
    ("17 05 02", "Bùn thải từ thiết bị tách dầu/nước", (300, 1500)),
)
VN_YARD_ORDINARY = (
    ("Hạt mài (xỉ đồng) đã qua sử dụng (đã phân định không phải CTNH)", (60, 180)),
    ("Sắt thép phế liệu", (40, 140)),
    ("Gỗ kê, đà giáo hư hỏng", (3, 12)),
    ("Chất thải rắn sinh hoạt", (8, 20)),
)


def _wastes_jm1_vi(doc: Doc) -> None:
    r = doc.rng
    yard, company, _ = CAM_RIVER
    doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – {yard.upper()}")
    doc.p(f"Chủ cơ sở: {company}. Nước la canh và cặn dầu trong két của tàu vào sửa chữa được Công ty tiếp nhận, lưu giữ và chuyển giao cùng "
          "chất thải nguy hại phát sinh tại xưởng.")
    rows = [["TT", "Tên chất thải", "Mã CTNH", "Số lượng phát sinh (kg)", "Số lượng đã chuyển giao (kg)", "Tổ chức tiếp nhận, số chứng từ"]]
    merges: list = []
    k = 0
    for title, wastes in (("I. CTNH phát sinh từ hoạt động sửa chữa tàu", VN_YARD_CTNH), ("II. CTNH tiếp nhận từ tàu vào sửa chữa", VN_SHIP_CTNH)):
        _span(rows, merges, title, 6)
        for code, name, (lo, hi) in wastes:
            k += 1
            kg = float(r.randint(lo // 10, hi // 10) * 10)
            handed = kg - (r.randint(0, 5) * 10 if kg > 500 else 0)
            rows.append([str(k), name, code, num(kg, "vi"), num(handed, "vi"),
                         f"Công ty TNHH Môi trường Xanh Đình Vũ; chứng từ số 02.{r.randint(100, 999)}.T/2025"])
            doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000, "name_contains": _words(name, 4)})
    doc.table("Bảng 3. Khối lượng chất thải nguy hại phát sinh, tiếp nhận và chuyển giao năm 2025", rows, merges, role="wastes")
    rows = [["TT", "Tên chất thải", "Khối lượng (tấn/năm)", "Biện pháp xử lý"]]
    for k, (name, (lo, hi)) in enumerate(VN_YARD_ORDINARY, 1):
        t = round(r.uniform(lo, hi), 1)
        rows.append([str(k), name, num(t, "vi"), "Bán phế liệu" if k in (2, 3) else "Chuyển giao đơn vị có chức năng xử lý"])
        doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": _words(name, 3)})
    doc.table("Bảng 4. Chất thải rắn công nghiệp thông thường và sinh hoạt", rows, role="wastes")
    _maybe_other(doc)


def wastes_jm2(doc: Doc) -> None:
    """A shipyard's calculation of its waste norms, one row per waste with the input data in a cell of their own (`Q = 9 850 т
    листового проката; k = 0,08`) and the formula carried through to its result (`M = Q × k = 9 850 × 0,08 = 788`) before the
    norm in the last column, which alone is the amount; spent abrasive of new steel classed non-hazardous by a protocol, oily
    rags by the usual `M0 × 1,27` (VI: a Hạ Long shipyard's wastes of building one ship and of the four ships a year, the
    unit per row — tonnes or kilograms — for one ship, the tonnes a year last)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_jm2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    name, operator = KURYK["name"][L], KURYK["operator"][L]
    n = doc.lang
    plate, electrodes, grit, paint = r.randint(800, 1200) * 10, r.randint(60, 140), r.randint(90, 160) * 10, r.randint(180, 320)
    cans, rag0, people, lamps = r.randint(60, 110) * 100, r.randint(20, 60) / 10, r.randint(35, 62) * 10, r.randint(30, 80) * 10
    items = (
        ("17 04 05", g("Лом черных металлов (обрезь листового и профильного проката)", "Қара металл сынықтары (табақ және профиль прокатының қиындылары)", ""),
         g(f"Q = {num(plate, n)} т/год металлопроката; k = 0,08 (отход при раскрое)", f"Q = {num(plate, n)} т/жыл металл прокаты; k = 0,08 (пішу кезіндегі қалдық)", ""),
         f"M = Q × k = {num(plate, n)} × 0,08", plate * 0.08),
        ("12 01 13", g("Огарки сварочных электродов", "Дәнекерлеу электродтарының қалдықтары", ""),
         g(f"Q = {num(electrodes, n)} т/год электродов; норматив огарков 15 %", f"Q = {num(electrodes, n)} т/жыл электрод; қалдық нормативі 15 %", ""),
         f"M = Q × 0,15 = {num(electrodes, n)} × 0,15", electrodes * 0.15),
        ("12 01 17", g("Отработанный абразив (купершлак) от очистки нового проката", "Жаңа прокатты тазартудан шыққан пайдаланылған абразив (купершлак)", ""),
         g(f"Q = {num(grit, n)} т/год купершлака; унос в виде пыли 5 % (протокол испытаний: опасных свойств нет)",
           f"Q = {num(grit, n)} т/жыл купершлак; шаң түрінде ұшып кету 5 % (сынақ хаттамасы: қауіпті қасиеттері жоқ)", ""),
         f"M = Q × (1 – 0,05) = {num(grit, n)} × 0,95", grit * 0.95),
        ("08 01 11*", g("Остатки лакокрасочных материалов", "Лак-бояу материалдарының қалдықтары", ""),
         g(f"Q = {num(paint, n)} т/год ЛКМ; потери в виде остатков 2 %", f"Q = {num(paint, n)} т/жыл ЛБМ; қалдық түріндегі шығын 2 %", ""),
         f"M = Q × 0,02 = {num(paint, n)} × 0,02", paint * 0.02),
        ("15 01 10*", g("Тара из-под лакокрасочных материалов", "Лак-бояу материалдарының ыдысы", ""),
         g(f"n = {num(cans, n)} ведер по 20 л; m = 1,2 кг", f"n = {num(cans, n)} шелек (әрқайсысы 20 л); m = 1,2 кг", ""),
         f"M = n × m × 10⁻³ = {num(cans, n)} × 1,2 × 10⁻³", cans * 1.2 / 1000),
        ("15 02 02*", g("Промасленная ветошь", "Майланған шүберек", ""),
         g(f"M0 = {num(rag0, n)} т/год ветоши; масло 12 %, влага 15 %", f"M0 = {num(rag0, n)} т/жыл шүберек; май 12 %, ылғал 15 %", ""),
         f"M = M0 × (1 + 0,12 + 0,15) = {num(rag0, n)} × 1,27", rag0 * 1.27),
        ("20 01 21*", g("Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", ""),
         g(f"n = {num(lamps, n)} шт. в год; m = 0,2 кг", f"жылына n = {num(lamps, n)} дана; m = 0,2 кг", ""),
         f"M = n × m × 10⁻³ = {num(lamps, n)} × 0,2 × 10⁻³", lamps * 0.2 / 1000),
        ("20 03 01", g("Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", ""),
         g(f"P = {num(people, n)} чел.; норма 0,075 т/чел. в год", f"P = {num(people, n)} адам; норма адамға жылына 0,075 т", ""),
         f"M = P × 0,075 = {num(people, n)} × 0,075", people * 0.075),
    )
    doc.h(g(f"Программа управления отходами на 2026–2035 годы. {name}", f"{name}. 2026–2035 жылдарға арналған қалдықтарды басқару бағдарламасы", ""))
    doc.h(g("4.2. Расчет нормативов образования отходов", "4.2. Қалдықтардың түзілу нормативтерін есептеу", ""))
    doc.p(g(f"Расчет выполнен {operator} по удельным нормативам и данным о расходе материалов на программу постройки 4 судов в год.",
            f"Есепті {operator} меншікті нормативтер және жылына 4 кеме жасау бағдарламасына материалдар шығыны туралы деректер бойынша орындады.", ""))
    rows = [g(["№", "Код", "Наименование отхода", "Исходные данные", "Расчет", "Норматив образования, т/год"],
              ["№", "Коды", "Қалдықтың атауы", "Бастапқы деректер", "Есеп", "Түзілу нормативі, т/жыл"], [])]
    for k, (code, label, data, formula, value) in enumerate(items, 1):
        m = round(value, 3)
        rows.append([str(k), code, label, data, f"{formula} = {num(m, n)}", num(m, n)])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": m, "name_contains": _words(label, 3)})
    doc.table(g("Таблица 4.2 – Расчет нормативов образования отходов", "4.2-кесте – Қалдықтардың түзілу нормативтерін есептеу", ""), rows,
              role="wastes")
    doc.p(g("Отработанный абразив отнесен к неопасным отходам по протоколу испытаний, так как очищается прокат без лакокрасочного покрытия.",
            "Пайдаланылған абразив сынақ хаттамасы бойынша қауіпті емес қалдықтарға жатқызылды, өйткені лак-бояу жабыны жоқ прокат тазартылады.", ""))
    _maybe_other(doc)


# (name, CTNH code or None, unit, (low, high) per ship in the unit)
VN_NEWBUILD = (
    ("Phôi thép, sắt thép vụn từ cắt tôn", None, "tấn", (90, 160)),
    ("Đầu mẩu que hàn, xỉ hàn", None, "kg", (900, 2200)),
    ("Hạt mài thải từ làm sạch tôn", None, "tấn", (60, 110)),
    ("Sơn và vecni thải có dung môi hữu cơ", "08 01 01", "kg", (300, 700)),
    ("Bao bì cứng thải bằng kim loại (thùng sơn)", "18 01 02", "kg", (700, 1400)),
    ("Giẻ lau, găng tay dính sơn, dầu", "18 02 01", "kg", (200, 500)),
    ("Dầu thủy lực, dầu bôi trơn thải khi chạy thử", "17 02 03", "kg", (100, 300)),
)


def _wastes_jm2_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, _ = HON_GAI
    ships = 4
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG CỦA {plant.upper()}")
    doc.h("1.4. Chất thải rắn phát sinh từ hoạt động đóng mới tàu")
    doc.p(f"Chủ cơ sở: {company}. Khối lượng được dự báo theo định mức phát sinh khi đóng mới 01 tàu hàng 20.000 DWT nhân với kế hoạch "
          f"{ships:02d} tàu/năm; chất thải nguy hại được chuyển giao cho đơn vị có giấy phép xử lý.")
    rows = [["TT", "Loại chất thải", "Mã CTNH", "Đơn vị tính", "Định mức phát sinh / 01 tàu", "Số tàu đóng mới / năm", "Khối lượng phát sinh (tấn/năm)"]]
    for k, (name, code, unit, (lo, hi)) in enumerate(VN_NEWBUILD, 1):
        per = float(r.randint(lo // 10, hi // 10) * 10)
        year = per * ships if unit == "tấn" else per * ships / 1000
        rows.append([str(k), name, code or "–", unit, num(per, "vi"), f"{ships:02d}", num(year, "vi")])
        doc.add("wastes", {"code": code + "*" if code else None, "code_system": "VN-CTNH" if code else None, "hazardous": bool(code),
                           "amount_t": year, "name_contains": _words(name, 4)})
    doc.table("Bảng 1.6. Dự báo khối lượng chất thải rắn công nghiệp và chất thải nguy hại", rows, role="wastes")
    doc.p("Ghi chú: định mức phát sinh xác định theo số liệu thống kê của 03 tàu đóng mới năm 2023–2024.")
    _maybe_other(doc)


# ---------------------------------------------------------------- limits

# symbol: (НДС of the treated bilge water, (low, high) measured)
BILGE_NORMS = {"TPH": (1.0, (0.15, 1.1)), "TSS": (20, (4, 22)), "COD": (60, (18, 66)), "Surfactants": (0.5, (0.04, 0.55)), "pH": ((6.5, 8.5), (6.8, 8.1))}
# (RU, KK) of the vessels handing over bilge water
VESSELS = (
    ("т/х «Дина-2»", "«Дина-2» т/к"), ("буксир «Тюб-Караган»", "«Түпқараған» буксирі"), ("танкер «Актау»", "«Ақтау» танкері"),
    ("СПБУ «Сұңқар»", "«Сұңқар» ӨКБҚ"), ("т/х «Каспий Тулпар»", "«Каспий Тұлпар» т/к"), ("буксир «Баутино-3»", "«Баутино-3» буксирі"),
    ("судно обеспечения «Нур»", "«Нұр» қамтамасыз ету кемесі"), ("т/х «Шагала»", "«Шағала» т/к"),
)


def _value(symbol: str, low: float, high: float, rng) -> float:
    return round(rng.uniform(low, high), 1) if symbol == "pH" else _sig(rng.uniform(low, high), 2)


def limits_jm1(doc: Doc) -> None:
    """A ship-repair yard's log of the bilge water it takes from ships and treats in its own plant before the evaporation
    pond, a row per batch — its number, the date, the vessel that handed it over, the volume and the oil content at the
    plant's inlet, which has no norm — then the treated water at the outlet `В-1` under a merged header, the permit's
    norms in a row under the header whose label spans the first four columns, a batch not treated but handed on written
    across the result columns (VI: a Dung Quất ship-repair yard's log of the tank-washing water of tankers, each vessel with
    its IMO number, against the acceptance limits of the economic zone's central plant, QCVN 40:2011/BTNMT column B)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_jm1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    name, operator = BAUTINO["name"][L], BAUTINO["operator"][L]
    permit = f"KZ{r.randint(10, 99)}VCZ{r.randint(10**7, 10**8 - 1):08d}"
    doc.h(g(f"Журнал контроля качества очищенных льяльных вод за II полугодие 2025 года. {name}",
            f"{name}. 2025 жылғы II жартыжылдықтағы тазартылған льял суларының сапасын бақылау журналы", ""))
    doc.p(g(f"Льяльные воды, принятые {operator} с судов, очищаются на установке УОЛВ-10 (отстой, коалесцентный сепаратор, сорбционный "
            "фильтр) и отводятся на выпуск В-1 в пруд-испаритель. Анализы выполняет аккредитованная лаборатория по каждой партии.",
            f"{operator} кемелерден қабылдаған льял сулары УОЛВ-10 қондырғысында (тұндыру, коалесцентті сепаратор, сорбциялық сүзгі) "
            "тазартылады және В-1 шығаруы арқылы булану тоғанына бұрылады. Талдауларды әр партия бойынша аккредиттелген зертхана орындайды.", ""))
    keys = list(BILGE_NORMS)
    n_batches = r.randint(6, 8)
    skipped = r.randrange(1, n_batches)
    rows = [g(["№ партии", "Дата приема", "Судно-сдатчик", "Объем, м³", "Нефтепродукты на входе УОЛВ, мг/дм³",
               "Очищенная вода на выпуске В-1 в пруд-испаритель, мг/дм³", None, None, None, None],
              ["Партия №", "Қабылдау күні", "Тапсырушы кеме", "Көлемі, м³", "УОЛВ кірісіндегі мұнай өнімдері, мг/дм³",
               "Булану тоғанына В-1 шығарудағы тазартылған су, мг/дм³", None, None, None, None], []),
            [None] * 5 + [vocab.water(s, doc.lang) for s in keys],
            [g(f"НДС (разрешение № {permit})", f"Жол берілетін төгінді нормативі (№ {permit} рұқсат)", ""), None, None, None, "–",
             *(cell_text(doc, BILGE_NORMS[s][0]) for s in keys)]]
    merges = [(0, c, 1, c) for c in range(5)] + [(0, 5, 0, 9), (2, 0, 2, 3)]
    for b in range(n_batches):
        vessel = VESSELS[b % len(VESSELS)][L]
        day = f"{r.randint(1, 28):02d}.{7 + b * 6 // n_batches:02d}.2025"
        head = [f"{b + 1}/25-Л", day, vessel, num(r.randint(8, 60), doc.lang)]
        if b == skipped:
            rows.append([*head, g("> 5 000", "> 5 000", ""),
                         g("не очищалась – эмульсия, передана ТОО «Эко Ресайклинг Мангистау» на обезвреживание",
                           "тазартылмады – эмульсия, залалсыздандыруға «Эко Ресайклинг Маңғыстау» ЖШС-ке берілді", ""), None, None, None, None])
            merges.append((len(rows) - 1, 5, len(rows) - 1, 9))
            continue
        line = [*head, num(r.randint(15, 90) * 10, doc.lang)]
        for s in keys:
            norm, (lo, hi) = BILGE_NORMS[s]
            v = _value(s, lo, hi, r)
            line.append(num(v, doc.lang))
            add(doc, limit(("symbol", s), "waste_water", norm, "mg/l", None, "В-1", v))
        rows.append(line)
    doc.table(g("Таблица 3.2 – Результаты анализов по партиям", "3.2-кесте – Партиялар бойынша талдау нәтижелері", ""), rows, merges, role="limits")
    doc.p(g("Партии с превышением НДС возвращаются на повторную очистку; сведения о повторной очистке ведутся в журнале УОЛВ.",
            "Жол берілетін төгінді нормативінен асып кеткен партиялар қайта тазартуға қайтарылады; қайта тазарту туралы мәліметтер УОЛВ журналында жүргізіледі.", ""))
    _maybe_other(doc)


def cell_text(doc: Doc, value) -> str:
    """A norm as written: a figure or a range `6,5–8,5`."""
    if isinstance(value, tuple):
        return f"{num(value[0], doc.lang)}–{num(value[1], doc.lang)}"
    return num(value, doc.lang)


# symbol: (label, column B limit, (low, high))
VN_TANK_WATER = {"pH": ("pH", (5.5, 9), (6.2, 8.4)), "TSS": ("TSS", 100, (18, 95)), "COD": ("COD", 150, (40, 160)),
                 "TPH": ("Tổng dầu mỡ khoáng", 10, (1.2, 9.5)), "Phenols": ("Tổng phenol", 0.5, (0.02, 0.4))}
VN_TANKERS = ("Tàu dầu Hải Linh 09", "Tàu dầu PVT Mercury", "Tàu hàng Vinaship Gold", "Tàu dầu Petrolimex 16", "Tàu hàng VTC Ocean",
              "Tàu dầu Đại Việt Star")


def _limits_jm1_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, _ = DUNG_QUAT
    doc.h(f"SỔ THEO DÕI KẾT QUẢ PHÂN TÍCH NƯỚC THẢI NHIỄM DẦU SAU XỬ LÝ NĂM 2025 – {plant.upper()}")
    doc.p(f"Nước rửa két và nước la canh của tàu vào sửa chữa được {company} tiếp nhận, xử lý tại hệ thống tách dầu 20 m³/giờ, lấy mẫu tại hố ga "
          "sau bể tách dầu (NT1) trước khi đấu nối vào hệ thống thu gom của Nhà máy xử lý nước thải tập trung Khu kinh tế Dung Quất.")
    keys = list(VN_TANK_WATER)
    rows = [["Đợt", "Ngày lấy mẫu", "Tàu (số IMO)", "Khối lượng tiếp nhận (m³)", *(VN_TANK_WATER[s][0] for s in keys)],
            ["Đơn vị", None, None, None, *("-" if s == "pH" else "mg/L" for s in keys)],
            ["Giới hạn tiếp nhận (QCVN 40:2011/BTNMT, cột B)", None, None, None, *(_vi_range(VN_TANK_WATER[s][1]) for s in keys)]]
    merges = [(1, 0, 1, 3), (2, 0, 2, 3)]
    for b, ship in enumerate(r.sample(VN_TANKERS, r.randint(4, 6)), 1):
        line = [f"{b:02d}", f"{r.randint(1, 28):02d}/{min(12, b * 2):02d}/2025", f"{ship} (IMO {r.randint(9100000, 9899999)})", num(r.randint(40, 400), "vi")]
        for s in keys:
            lim, (lo, hi) = VN_TANK_WATER[s][1:]
            v = _value(s, lo, hi, r)
            line.append(num(v, "vi"))
            add(doc, limit(("symbol", s), "waste_water", lim, "mg/l", "B", "NT1", v))
        rows.append(line)
    doc.table("Bảng 2. Kết quả phân tích nước thải nhiễm dầu sau xử lý (vị trí NT1)", rows, merges, role="limits")
    doc.p("Đợt có thông số vượt giới hạn tiếp nhận được tuần hoàn về bể điều hòa để xử lý lại, không đấu nối ra ngoài.")
    _maybe_other(doc)


def _vi_range(value) -> str:
    return f"{num(value[0], 'vi')} – {num(value[1], 'vi')}" if isinstance(value, tuple) else num(value, "vi")


# (symbol, RU unit, KK unit, norm kind, norm, (open-water low, high), (under-ice low, high), share below detection)
IRTYSH = (
    ("pH", "ед. pH", "pH бірл.", "range", (6.5, 8.5), (7.4, 8.3), (7.1, 7.8), 0),
    ("DO", "мг/дм³", "мг/дм³", "min", 6, (7.8, 9.6), (6.4, 8.2), 0),
    ("BOD5", "мг/дм³", "мг/дм³", "max", 2.1, (0.8, 2.0), (0.6, 1.9), 0),
    ("NH4+", "мг/дм³", "мг/дм³", "max", 0.5, (0.05, 0.3), (0.52, 0.74), 0),
    ("NO2-", "мг/дм³", "мг/дм³", "max", 0.08, (0.005, 0.04), (0.008, 0.05), 0),
    ("TPH", "мг/дм³", "мг/дм³", "max", 0.05, (0.02, 0.045), (0.02, 0.06), 0.35),
    ("Fe", "мг/дм³", "мг/дм³", "max", 0.1, (0.03, 0.09), (0.11, 0.17), 0),
    ("Zn", "мг/дм³", "мг/дм³", "max", 0.01, (0.002, 0.009), (0.003, 0.011), 0),
)  # fmt: skip


def _norm(doc: Doc, kind: str, value) -> str:
    if kind == "range":
        return cell_text(doc, value)
    if kind == "min":
        return doc.v(f"не менее {num(value, 'ru')}", f"кемінде {num(value, 'kk')}", f"≥ {num(value, 'vi')}")
    return num(value, doc.lang)


def _bounded(key: tuple[str, str], kind: str, value, unit, column, point, measured) -> dict:
    """The expected limit of a one-sided or two-sided norm: `не менее 6` is a lower bound only."""
    if kind != "min":
        return limit(key, "water", value, unit, column, point, measured)
    return {key[0]: key[1], "medium": "water", "unit": unit, "column": column, "point": point, "limit": None, "limit_min": float(value),
            "limit_max": None, "value": measured}


def limits_jm2(doc: Doc) -> None:
    """The Irtysh above and below a river fleet base's backwater, sampled once in open water in August and once under the
    ice in February from a hole, each season a merged header over its background point `Ф-1` and control point `К-1`,
    the fishery ПДК in the third column with dissolved oxygen as a lower bound only (`не менее 6`), the water's temperature
    as a row of no norm, oil products `< 0,02` below detection, ammonium and iron above the ПДК under the ice (VI: the air at a
    Cấm river ship-repair yard's gate and in the nearest houses on a day of grit blasting and on a day without, QCVN
    05:2023/BTNMT for dust and gases and QCVN 06:2009/BTNMT for xylene and toluene, `KPH`)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_jm2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    name = PAVLODAR["name"][L]
    doc.h(g(f"Результаты мониторинга поверхностных вод р. Иртыш в районе затона. {name}",
            f"{name}. Затон ауданындағы Ертіс өзенінің жерүсті суларының мониторинг нәтижелері", ""))
    doc.p(g("Точки отбора: Ф-1 – 500 м выше входа в затон (фоновая), К-1 – 500 м ниже выхода из затона (контрольная). В период ледостава "
            "пробы отбираются из лунок на середине потока. Нормативы – ПДК для водных объектов рыбохозяйственного значения.",
            "Сынама алу нүктелері: Ф-1 – затонға кіреберістен 500 м жоғары (фондық), К-1 – затоннан шығатын жерден 500 м төмен (бақылау). "
            "Мұз қату кезеңінде сынамалар ағыстың ортасындағы ойықтардан алынады. Нормативтер – балық шаруашылығы маңызы бар су объектілері "
            "үшін ШЖК.", ""))
    seasons = g(("Открытая вода (14.08.2025)", "Ледостав (18.02.2026, проба из лунки)"),
                ("Ашық су (14.08.2025)", "Мұз қату (18.02.2026, ойықтан алынған сынама)"), ())
    rows = [g(["Показатель", "Ед. изм.", "ПДК р/х", seasons[0], None, seasons[1], None],
              ["Көрсеткіш", "Өлш. бірл.", "Балық шаруашылығы ШЖК", seasons[0], None, seasons[1], None], []),
            [None, None, None, "Ф-1", "К-1", "Ф-1", "К-1"]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 0, 6)]
    rows.append([g("Температура воды", "Су температурасы", ""), "°C", g("не норм.", "нормаланбайды", ""),
                 num(round(r.uniform(19, 22), 1), doc.lang), num(round(r.uniform(19.5, 23), 1), doc.lang), "0,2", "0,3"])
    for s, u_ru, u_kk, kind, norm, open_, ice, below in IRTYSH:
        unit = None if s == "pH" else "mg/l"
        line = [vocab.water(s, doc.lang), (u_ru, u_kk)[L], _norm(doc, kind, norm)]
        for (lo, hi), pid in zip((open_, open_, ice, ice), ("Ф-1", "К-1", "Ф-1", "К-1"), strict=True):
            if below and r.random() < below:
                line.append(f"< {num(0.02, doc.lang)}")
                add(doc, {k: v for k, v in _bounded(("symbol", s), kind, norm, unit, None, pid, None).items() if k != "value"})
                continue
            v = round(r.uniform(lo, hi), 1) if s in ("pH", "DO") else _sig(r.uniform(lo, hi), 2)
            line.append(num(v, doc.lang))
            add(doc, _bounded(("symbol", s), kind, norm, unit, None, pid, v))
        rows.append(line)
    doc.table(g("Таблица 4.1 – Качество воды р. Иртыш", "4.1-кесте – Ертіс өзені суының сапасы", ""), rows, merges, role="limits")
    doc.p(g("Превышение ПДК по аммоний-иону и железу в период ледостава наблюдается и в фоновом створе и связано с природными факторами.",
            "Мұз қату кезеңінде аммоний-ион мен темір бойынша ШЖК асуы фондық тұстамада да байқалады және табиғи факторлармен байланысты.", ""))
    _maybe_other(doc)


# code: (label, limit µg/m3, standard, (blasting day low, high), (other day low, high), may be KPH on the other day)
VN_YARD_AIR = {
    "2902": ("Tổng bụi lơ lửng (TSP)", 300, "QCVN 05:2023/BTNMT", (180, 420), (90, 210), False),
    "0301": ("NO2", 200, "QCVN 05:2023/BTNMT", (40, 120), (30, 90), False),
    "0330": ("SO2", 350, "QCVN 05:2023/BTNMT", (30, 110), (25, 90), False),
    "0337": ("CO", 30000, "QCVN 05:2023/BTNMT", (3000, 9000), (2500, 7000), False),
    "0616": ("Xylen", 1000, "QCVN 06:2009/BTNMT", (80, 400), (20, 90), True),
    "0621": ("Toluen", 500, "QCVN 06:2009/BTNMT", (40, 260), (10, 60), True),
}


def _limits_jm2_vi(doc: Doc) -> None:
    r = doc.rng
    yard, company, _ = CAM_RIVER
    d1, d2 = f"{r.randint(3, 14):02d}/10/2025", f"{r.randint(16, 28):02d}/10/2025"
    doc.h(f"KẾT QUẢ QUAN TRẮC KHÔNG KHÍ XUNG QUANH ĐỢT 4 NĂM 2025 – {yard.upper()}")
    doc.p(f"Chủ cơ sở: {company}. Mẫu được lấy trung bình 1 giờ tại 02 vị trí: KK1 – cổng xưởng, giáp đường Hà Nội; KK2 – khu dân cư tổ dân "
          f"phố số 5, cách triền số 2 khoảng 150 m; mỗi vị trí lấy vào ngày có phun hạt mài ({d1}) và ngày không phun ({d2}).")
    rows = [["Thông số", "Đơn vị", "Giới hạn cho phép", "Quy chuẩn", "KK1", None, "KK2", None],
            [None, None, None, None, "Ngày có phun hạt mài", "Ngày không phun", "Ngày có phun hạt mài", "Ngày không phun"]]
    merges = [(0, c, 1, c) for c in range(4)] + [(0, 4, 0, 5), (0, 6, 0, 7)]
    kph = False
    for c, (label, lim, std, blast, other, may_kph) in VN_YARD_AIR.items():
        line = [label, "µg/m³", num(lim, "vi"), std]
        for pid in ("KK1", "KK2"):
            for lo, hi in (blast, other):
                if may_kph and (lo, hi) == other and r.random() < 0.5:
                    kph = True
                    line.append("KPH")
                    add(doc, {k: v for k, v in limit(("code", c), "air", lim, "µg/m3", None, pid).items() if k != "value"})
                    continue
                v = float(round(r.uniform(lo, hi)))
                line.append(num(v, "vi"))
                add(doc, limit(("code", c), "air", lim, "µg/m3", None, pid, v))
        rows.append(line)
    doc.table("Bảng 1. Kết quả phân tích chất lượng không khí xung quanh", rows, merges, role="limits")
    doc.p(("Ghi chú: KPH – không phát hiện. " if kph else "") + "Giới hạn cho phép lấy theo trung bình 1 giờ của các quy chuẩn tương ứng.")
    _maybe_other(doc)


# ---------------------------------------------------------------- monitoring

LEGEND_CODES = ("0123", "0143", "0342", "2908", "2930", "0616", "0621", "1210", "2752", "2902", "0301", "0337")
# (number, RU source, KK source, codes, (RU method, KK method), frequency, (RU said, KK said))
YARD_PLAN = (
    ("0001", "Камера абразивоструйной очистки секций (после фильтра)", "Секцияларды абразивті-ағынды тазарту камерасы (сүзгіден кейін)",
     ("2908", "0123"), ("инструментальный", "аспаптық"), "quarterly", ("1 раз в квартал", "тоқсанына 1 рет")),
    ("0002", "Окрасочно-сушильная камера секций", "Секцияларды бояу-кептіру камерасы", ("0616", "0621", "1210", "2752", "2902"),
     ("инструментальный", "аспаптық"), "quarterly", ("1 раз в квартал", "тоқсанына 1 рет")),
    ("0003", "Котельная административно-бытового корпуса (газ)", "Әкімшілік-тұрмыстық корпустың қазандығы (газ)", ("0301", "0337"),
     ("инструментальный", "аспаптық"), "semiannual", ("2 раза в год (в отопительный период)", "жылына 2 рет (жылыту кезеңінде)")),
    ("6001", "Абразивоструйная очистка корпусов в сухом доке", "Құрғақ докта корпустарды абразивті-ағынды тазарту", ("2908", "0123", "2930"),
     ("расчетный", "есептік"), "quarterly", ("ежеквартально", "тоқсан сайын")),
    ("6002", "Окраска корпусов в сухом доке", "Құрғақ докта корпустарды бояу", ("0616", "0621", "1210", "2752"),
     ("расчетный", "есептік"), "quarterly", ("ежеквартально", "тоқсан сайын")),
    ("6003", "Сварочные посты на стапеле и достроечной набережной", "Стапельдегі және аяқтау жағалауындағы дәнекерлеу посттары",
     ("0123", "0143", "0342"), ("расчетный", "есептік"), "yearly", ("1 раз в год", "жылына 1 рет")),
)  # fmt: skip
# (RU component, KK component, points, [(kind, key)], frequency, (RU said, KK said))
YARD_IMPACT = (
    ("Атмосферный воздух на границе СЗЗ", "СҚА шекарасындағы атмосфералық ауа", ("Т-1", "Т-2", "Т-3", "Т-4"),
     [("code", c) for c in ("2908", "0123", "0616", "0621", "0301")], "quarterly", ("ежеквартально", "тоқсан сайын")),
    ("Морская вода акватории верфи", "Зауыт су айдынының теңіз суы", ("М-1", "М-2", "М-3"),
     [("symbol", s) for s in ("pH", "TSS", "TPH", "Fe", "Zn", "Cu")], "quarterly", ("ежеквартально", "тоқсан сайын")),
    ("Донные отложения у дока и причала", "Док пен айлақ маңындағы түп шөгінділері", ("М-1", "М-3"),
     [("soil", s) for s in ("TPH", "Pb", "Zn", "Cu")], "yearly", ("1 раз в год (август)", "жылына 1 рет (тамыз)")),
)  # fmt: skip


def monitoring_jm1(doc: Doc) -> None:
    """A shipyard's ПЭК programme whose plan of control at the sources names the substances by their codes alone (`0616,
    0621, 1210, 2752, 2902`), the codes' names standing only in a list of no role before it, the instrumental control of the
    chambers' stacks beside the calculated control of the dock's open blasting and painting; then the impact monitoring with
    the protection zone's points listed in one cell and the substances again by code, the sea water of the yard's basin and
    the bottom sediments by name (VI: a Hạ Long shipyard's GPMT programme whose parameters are numbers in brackets `(2), (3)`
    resolved only by a list of no role before it, the flow among them with no key)."""
    if doc.lang == "vi":
        _monitoring_jm1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    name, operator = KURYK["name"][L], KURYK["operator"][L]
    doc.h(g(f"Программа производственного экологического контроля на 2026–2028 годы. {name}",
            f"{name}. 2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.p(g(f"Программа разработана {operator}. Инструментальные замеры на организованных источниках выполняет аккредитованная "
            "лаборатория по договору; на неорганизованных источниках дока выбросы определяются расчетным методом по фактическому расходу "
            "абразива и лакокрасочных материалов.",
            f"Бағдарламаны {operator} әзірледі. Ұйымдастырылған көздердегі аспаптық өлшеулерді шарт бойынша аккредиттелген зертхана "
            "орындайды; доктың ұйымдастырылмаған көздерінде шығарындылар абразив пен лак-бояу материалдарының нақты шығыны бойынша есептік "
            "әдіспен анықталады.", ""))
    legend = [g(["Код", "Наименование вещества", "Класс опасности"], ["Коды", "Заттың атауы", "Қауіптілік сыныбы"], [])]
    for c in LEGEND_CODES:
        hz = _hazard(c)
        legend.append([c, _air(doc, c), str(hz) if hz else g("ОБУВ", "ҚӘБД", "")])
    doc.table(g("Таблица 5.0 – Перечень контролируемых загрязняющих веществ", "5.0-кесте – Бақыланатын ластаушы заттардың тізбесі", ""), legend,
              role="other")
    lab = g("аккредитованная лаборатория", "аккредиттелген зертхана", "")
    ecologist = g("инженер-эколог верфи", "зауыттың инженер-экологы", "")
    rows = [g(["№ ИЗА", "Источник выброса", "Контролируемые вещества (коды)", "Метод контроля", "Периодичность", "Исполнитель"],
              ["ЛШК №", "Шығарынды көзі", "Бақыланатын заттар (кодтары)", "Бақылау әдісі", "Кезеңділігі", "Орындаушы"], [])]
    pairs = []
    for number, s_ru, s_kk, codes, method, word, said in YARD_PLAN:
        rows.append([number, (s_ru, s_kk)[L], ", ".join(codes), method[L], said[L], lab if method[0] == "инструментальный" else ecologist])
        doc.add("monitoring", *({"source_number": number, "code": c, "frequency": word} for c in codes))
        pairs += [(number, c) for c in codes]
    doc.table(g("Таблица 5.1 – План-график контроля на источниках выбросов", "5.1-кесте – Шығарынды көздеріндегі бақылау жоспар-кестесі", ""),
              rows, role="monitoring")
    doc.add("sources", *({"number": n, "type": _kind(n)} for n, *_ in YARD_PLAN))
    doc.add("emissions", *(emission(c, None, None, n) for n, c in pairs))
    rows = [g(["Компонент", "Точки наблюдения", "Контролируемые показатели", "Периодичность"],
              ["Құрамдас", "Бақылау нүктелері", "Бақыланатын көрсеткіштер", "Кезеңділігі"], [])]
    for c_ru, c_kk, points, items, word, said in YARD_IMPACT:
        shown = ", ".join(key if kind == "code" else _param(doc, kind, key) for kind, key in items)
        rows.append([(c_ru, c_kk)[L], ", ".join(points), shown, said[L]])
        for p in points:
            doc.add("monitoring", *({"point": p, ("code" if kind == "code" else "symbol"): key, "frequency": word} for kind, key in items))
    doc.table(g("Таблица 5.2 – Мониторинг воздействия", "5.2-кесте – Әсер мониторингі", ""), rows, role="monitoring")
    doc.p(g("Точки Т-1 – Т-4 расположены на границе СЗЗ (1 000 м) по основным румбам; станции М-1 – М-3 – в 50 м от батопорта дока, у "
            "достроечной набережной и на входе в ковш.",
            "Т-1 – Т-4 нүктелері негізгі румбтар бойынша СҚА шекарасында (1 000 м) орналасқан; М-1 – М-3 станциялары – доктың батопортынан "
            "50 м жерде, аяқтау жағалауында және ковшқа кіреберісте.", ""))
    _maybe_other(doc)


# (number, label, kind, key) — the parameters of the Vietnamese programme; flow has no key
VN_PARAMS = ((1, "Lưu lượng", None, None), (2, "Bụi tổng", "code", "2902"), (3, "Xylen", "code", "0616"), (4, "Toluen", "code", "0621"),
             (5, "Butyl axetat", "code", "1210"), (6, "pH", "symbol", "pH"), (7, "Tổng chất rắn lơ lửng (TSS)", "symbol", "TSS"),
             (8, "COD", "symbol", "COD"), (9, "BOD5 (20°C)", "symbol", "BOD5"), (10, "Amoni (tính theo N)", "symbol", "NH4+"),
             (11, "Tổng dầu mỡ khoáng", "symbol", "TPH"), (12, "Tổng Coliforms", "symbol", "Coliform"))
# (place, point, parameter numbers, frequency, standard)
VN_YARD_PROGRAMME = (
    ("Ống thải nhà phun hạt mài phân đoạn", "KT1", (1, 2), "semiannual", "QCVN 19:2009/BTNMT, cột B (Kp = 1; Kv = 0,8)"),
    ("Ống thải nhà sơn phân đoạn", "KT2", (1, 2, 3, 4, 5), "semiannual", "QCVN 19:2009/BTNMT, cột B; QCVN 20:2009/BTNMT"),
    ("Nước thải sau trạm xử lý 150 m³/ngày, trước khi xả ra vịnh Cửa Lục", "NT1", (1, 6, 7, 8, 9, 10, 11, 12), "quarterly",
     "QCVN 40:2011/BTNMT, cột B (Kq = 1,3; Kf = 1,1)"),
)


def _monitoring_jm1_vi(doc: Doc) -> None:
    plant, company, _ = HON_GAI
    doc.h(f"CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG ĐỊNH KỲ CỦA {plant.upper()}")
    doc.p(f"Chủ cơ sở: {company}. Thông số quan trắc tại từng vị trí được ghi bằng số thứ tự theo Bảng 6.1.")
    legend = [["Số TT", "Thông số", "Đơn vị"]]
    for k, label, kind, _ in VN_PARAMS:
        unit = "m³/giờ" if k == 1 else ("mg/Nm³" if kind == "code" else ("-" if k == 6 else "MPN/100 mL" if k == 12 else "mg/L"))
        legend.append([f"({k})", label, unit])
    doc.table("Bảng 6.1. Danh mục thông số quan trắc", legend, role="other")
    rows = [["Vị trí quan trắc", "Ký hiệu", "Thông số", "Tần suất", "Quy chuẩn so sánh"]]
    by_number = {k: (kind, key) for k, _, kind, key in VN_PARAMS}
    for place, point, numbers, word, std in VN_YARD_PROGRAMME:
        rows.append([place, point, ", ".join(f"({k})" for k in numbers), freq(doc, word), std])
        for k in numbers:
            kind, key = by_number[k]
            if kind:
                doc.add("monitoring", {"point": point, kind: key, "frequency": word})
    doc.table("Bảng 6.2. Chương trình quan trắc chất thải định kỳ", rows, role="monitoring")
    doc.p("Cơ sở không thuộc đối tượng phải quan trắc khí thải, nước thải tự động, liên tục.")
    _maybe_other(doc)


# (RU object, KK object, (RU place, KK place), [([(kind, key)], frequency, (RU said, KK said))])
BASE_PLAN = (
    ("Котельная", "Қазандық", ("ИЗА 0001", "0001 ЛШК"), [
        ([("code", "0301"), ("code", "0330"), ("code", "0337")], "quarterly", ("ежеквартально в отопительный период", "жылыту кезеңінде тоқсан сайын")),
        ([("code", "2908")], "quarterly", ("ежеквартально", "тоқсан сайын")),
        ([("code", "0703")], "yearly", ("1 раз в год, январь", "жылына 1 рет, қаңтар"))]),
    ("Резервная ДЭС", "Резервтік ДЭС", ("ИЗА 0002", "0002 ЛШК"), [
        ([("code", "0301"), ("code", "0337")], "yearly", ("1 раз в год", "жылына 1 рет"))]),
    ("Граница СЗЗ", "СҚА шекарасы", ("Т-1, Т-2", "Т-1, Т-2"), [
        ([("code", "2908"), ("code", "0301")], "quarterly", ("ежеквартально", "тоқсан сайын")),
        ([("code", "0330")], "semiannual", ("2 раза в год", "жылына 2 рет"))]),
    ("Приемный пункт сточных и льяльных вод с судов", "Кемелерден ағынды және льял суларын қабылдау пункті", ("В-1", "В-1"), [
        ([("symbol", "pH"), ("symbol", "TSS"), ("symbol", "TPH")], "monthly", ("ежемесячно в период навигации", "навигация кезеңінде ай сайын")),
        ([("symbol", "BOD5"), ("symbol", "COD")], "quarterly", ("ежеквартально", "тоқсан сайын"))]),
    ("р. Иртыш (выше и ниже затона)", "Ертіс өзені (затоннан жоғары және төмен)", ("Ф-1, К-1", "Ф-1, К-1"), [
        ([("symbol", "TPH"), ("symbol", "TSS"), ("symbol", "NH4+")], "quarterly", ("ежеквартально", "тоқсан сайын")),
        ([("symbol", "Fe"), ("symbol", "Cu"), ("symbol", "Zn")], "semiannual", ("2 раза в год: август, февраль", "жылына 2 рет: тамыз, ақпан"))]),
    ("Почва у склада угля и золошлака", "Көмір және күл-қож қоймасы маңындағы топырақ", ("П-1", "П-1"), [
        ([("soil", "Pb"), ("soil", "Zn"), ("soil", "TPH")], "yearly", ("1 раз в год", "жылына 1 рет"))]),
)  # fmt: skip


def monitoring_jm2(doc: Doc) -> None:
    """A river fleet base's programme whose rows are its objects — the boiler house, the standby generator, the protection
    zone, the reception point of the ships' sewage and bilge water, the Irtysh above and below the backwater, the soil at
    the coal store — with the place or source in a column of its own and one cell holding all the parameters, each group
    followed by its own frequency in brackets (`… (ежеквартально в отопительный период); бенз/а/пирен (1 раз в год, январь)`),
    so that a row carries two or three frequencies (VI: a Kiên Giang fishing-port repair dock's plan, `pH, TSS, COD (3
    tháng/lần); Tổng dầu mỡ khoáng (hàng tháng)`)."""
    if doc.lang == "vi":
        _monitoring_jm2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    name = PAVLODAR["name"][L]
    doc.h(g(f"Программа производственного экологического контроля. {name}", f"{name}. Өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.h(g("Раздел 4. Мониторинг эмиссий и воздействия", "4-бөлім. Эмиссиялар мен әсер мониторингі", ""))
    doc.p(g("Периодичность указана в скобках после каждой группы показателей. Отбор проб на р. Иртыш в феврале выполняется из лунок.",
            "Кезеңділік әрбір көрсеткіштер тобынан кейін жақша ішінде көрсетілген. Ертіс өзенінде ақпанда сынамалар ойықтардан алынады.", ""))
    rows = [g(["№", "Объект контроля", "Точка, ИЗА", "Контролируемые показатели и периодичность"],
              ["№", "Бақылау объектісі", "Нүкте, ЛШК", "Бақыланатын көрсеткіштер және кезеңділігі"], [])]
    pairs = []
    for k, (o_ru, o_kk, place, groups) in enumerate(BASE_PLAN, 1):
        parts = []
        for items, word, said in groups:
            names = ", ".join(_param(doc, kind, key) if kind != "code" else _air(doc, key, 1 if key == "2908" else 0) for kind, key in items)
            parts.append(f"{names} ({said[L]})")
            for kind, key in items:
                field = "code" if kind == "code" else "symbol"
                if place[0].startswith("ИЗА"):
                    number = place[0].split()[1]
                    doc.add("monitoring", {"source_number": number, field: key, "frequency": word})
                    pairs.append((number, key))
                else:
                    for p in place[0].split(", "):
                        doc.add("monitoring", {"point": p, field: key, "frequency": word})
        rows.append([str(k), (o_ru, o_kk)[L], place[L], "; ".join(parts)])
    doc.table(g("Таблица 4.1 – План-график мониторинга", "4.1-кесте – Мониторинг жоспар-кестесі", ""), rows, role="monitoring")
    doc.add("sources", {"number": "0001", "type": "organized"}, {"number": "0002", "type": "organized"})
    doc.add("emissions", *(emission(c, None, None, n) for n, c in pairs))
    _maybe_other(doc)


# (place, point, [([(kind, key)], frequency)])
VN_DOCK_PLAN = (
    ("Nước thải sau bể tách dầu – lắng, trước khi xả ra kênh", "NT1",
     [([("symbol", "pH"), ("symbol", "TSS"), ("symbol", "COD")], "quarterly"), ([("symbol", "TPH")], "monthly")]),
    ("Không khí khu vực phun hạt mài, sơn vỏ tàu", "KK1", [([("code", "2902"), ("code", "0621"), ("code", "0616")], "semiannual")]),
    ("Nước mặt kênh Tắc Cậu, cách ụ 100 m về phía hạ lưu", "NM1",
     [([("symbol", "pH"), ("symbol", "DO"), ("symbol", "TSS"), ("symbol", "TPH")], "quarterly"), ([("symbol", "Coliform")], "semiannual")]),
)


def _monitoring_jm2_vi(doc: Doc) -> None:
    dock, company, _ = TAC_CAU
    doc.h(f"KẾ HOẠCH QUAN TRẮC MÔI TRƯỜNG NĂM 2026 – {dock.upper()}")
    doc.p(f"Đơn vị thực hiện: {company}. Tần suất được ghi trong ngoặc sau mỗi nhóm thông số.")
    rows = [["TT", "Vị trí quan trắc", "Ký hiệu", "Thông số và tần suất"]]
    for k, (place, point, groups) in enumerate(VN_DOCK_PLAN, 1):
        parts = []
        for items, word in groups:
            parts.append(f"{', '.join(_param(doc, kind, key) for kind, key in items)} ({freq(doc, word)})")
            doc.add("monitoring", *({"point": point, ("code" if kind == "code" else "symbol"): key, "frequency": word} for kind, key in items))
        rows.append([str(k), place, point, "; ".join(parts)])
    doc.table("Bảng 1. Vị trí, thông số và tần suất quan trắc", rows, role="monitoring")
    doc.p("Quy chuẩn so sánh: QCVN 40:2011/BTNMT cột B; QCVN 05:2023/BTNMT; QCVN 08:2023/BTNMT.")
    _maybe_other(doc)


# ---------------------------------------------------------------- inspections

# (RU check, KK check, phase 0..2 or None for all three, frequency or None, (RU said, KK said), (RU who, KK who))
DOCK_CHECKS = (
    ("Наличие у судна акта сдачи льяльных и сточных вод и записей в журнале нефтяных операций",
     "Кемеде льял және ағынды суларды тапсыру актісінің және мұнай операциялары журналындағы жазбалардың болуы",
     0, None, ("при каждом доковании", "әр доктау кезінде"), ("диспетчер дока", "док диспетчері")),
    ("Зачистка и дегазация топливных и масляных танков судна", "Кеменің отын және май танктерін тазарту және газсыздандыру",
     0, None, ("при каждом доковании", "әр доктау кезінде"), ("инженер-эколог завода", "зауыттың инженер-экологы")),
    ("Сбор отработанного абразива со стапель-палубы в бункеры", "Пайдаланылған абразивті стапель-палубадан бункерлерге жинау",
     1, "daily", ("ежедневно, в конце смены", "күн сайын, ауысым соңында"), ("мастер участка очистки", "тазарту учаскесінің шебері")),
    ("Состояние защитных экранов и укрытий при абразивоструйной очистке", "Абразивті-ағынды тазарту кезіндегі қорғаныш экрандары мен жабындардың жай-күйі",
     1, "daily", ("ежедневно", "күн сайын"), ("мастер участка очистки", "тазарту учаскесінің шебері")),
    ("Отсутствие проливов лакокрасочных материалов на стапель-палубе", "Стапель-палубада лак-бояу материалдарының төгілмеуі",
     1, "weekly", ("еженедельно", "апта сайын"), ("докмейстер", "докмейстер")),
    ("Учет расхода лакокрасочных материалов и растворителей", "Лак-бояу материалдары мен еріткіштердің шығынын есепке алу",
     1, "monthly", ("ежемесячно", "ай сайын"), ("инженер-технолог", "инженер-технолог")),
    ("Очистка стапель-палубы от отходов и смывов", "Стапель-палубаны қалдықтар мен шайындылардан тазарту",
     2, None, ("перед каждым погружением дока", "доктың әр батырылуы алдында"), ("докмейстер", "докмейстер")),
    ("Визуальный осмотр акватории у дока на наличие пленки нефтепродуктов", "Док маңындағы су айдынын мұнай өнімдері қабықшасының болуына көзбен тексеру",
     2, None, ("после каждого вывода судна", "кеме әр шығарылғаннан кейін"), ("инженер-эколог завода", "зауыттың инженер-экологы")),
    ("Состояние площадки временного накопления отходов", "Қалдықтарды уақытша жинақтау алаңының жай-күйі",
     None, "monthly", ("ежемесячно, независимо от докования", "доктауға қарамастан ай сайын"), ("инженер-эколог завода", "зауыттың инженер-экологы")),
)  # fmt: skip
VN_DOCK_CHECKS = (
    ("Biên bản giao nhận nước la canh, nước thải của tàu trước khi vào ụ", 0, None, "Mỗi lượt tàu vào ụ", "Điều độ ụ"),
    ("Vệ sinh, làm sạch két dầu nhiên liệu, két dầu nhờn của tàu", 0, None, "Mỗi lượt tàu vào ụ", "Cán bộ môi trường"),
    ("Thu gom hạt mài thải trên đáy ụ về khu lưu giữ", 1, "daily", "Hằng ngày, cuối ca", "Tổ trưởng tổ phun hạt mài"),
    ("Tình trạng bạt che, lưới chắn khi phun hạt mài", 1, "daily", "Hằng ngày", "Tổ trưởng tổ phun hạt mài"),
    ("Rò rỉ, rơi vãi sơn, dung môi trên đáy ụ", 1, "weekly", "Hằng tuần", "Trưởng ụ"),
    ("Sổ theo dõi lượng sơn, dung môi sử dụng", 1, "monthly", "Hằng tháng", "Phòng Kỹ thuật"),
    ("Làm sạch đáy ụ trước khi mở cửa ụ, bơm nước vào ụ", 2, None, "Trước mỗi lần đưa tàu ra ụ", "Trưởng ụ"),
    ("Quan sát váng dầu trên mặt nước khu vực cửa ụ", 2, None, "Sau mỗi lần đưa tàu ra ụ", "Cán bộ môi trường"),
    ("Kho lưu giữ chất thải nguy hại", None, "monthly", "Hằng tháng, không phụ thuộc lượt tàu", "Cán bộ môi trường"),
)


def inspections_jm1(doc: Doc) -> None:
    """A ship-repair yard's regulation of environmental checks around its floating dock whose frequency stands in one of three
    columns for the phases of a docking — before the ship is docked, while it stays in the dock, when it is undocked —
    with dashes in the other two, the event-bound ones (`при каждом доковании`, `перед каждым погружением дока`) no frequency
    of the contract, the waste site's monthly check merged over all three phases (VI: a Dung Quất yard's procedure for ships
    entering the dry dock, `Trước khi đưa tàu vào ụ | Trong thời gian tàu nằm ụ | Khi đưa tàu ra ụ`)."""
    vi = doc.lang == "vi"
    g = doc.v
    L = 0 if vi else _L(doc)
    if vi:
        plant, company, _ = DUNG_QUAT
        doc.h(f"QUY TRÌNH KIỂM TRA BẢO VỆ MÔI TRƯỜNG KHI ĐƯA TÀU VÀO, RA Ụ KHÔ – {plant.upper()}")
        doc.p(f"Ban hành kèm theo Quyết định của Giám đốc {company}. Kết quả kiểm tra ghi vào sổ nhật ký ụ.")
        phases = ("Trước khi đưa tàu vào ụ", "Trong thời gian tàu nằm ụ", "Khi đưa tàu ra ụ")
        checks = [(what, phase, word, said, who) for what, phase, word, said, who in VN_DOCK_CHECKS]
        rows = [["TT", "Nội dung kiểm tra", "Thời điểm, tần suất kiểm tra", None, None, "Người thực hiện"], [None, None, *phases, None]]
    else:
        name = BAUTINO["name"][L]
        doc.h(g(f"Регламент экологического контроля при доковании судов. {name}", f"{name}. Кемелерді доктау кезіндегі экологиялық бақылау регламенті", ""))
        doc.p(g("Утвержден главным инженером завода. Результаты проверок заносятся в журнал дока; выявленные нарушения устраняются до "
                "следующей операции докования.",
                "Зауыттың бас инженері бекітті. Тексеру нәтижелері док журналына енгізіледі; анықталған бұзушылықтар келесі доктау "
                "операциясына дейін жойылады.", ""))
        phases = g(("Перед постановкой судна в док", "В период стоянки в доке", "При выводе судна из дока"),
                   ("Кемені докқа қою алдында", "Докта тұру кезеңінде", "Кемені доктан шығару кезінде"), ())
        checks = [(c[L], c[2], c[3], c[4][L], c[5][L]) for c in DOCK_CHECKS]
        rows = [g(["№", "Что проверяется", "Периодичность проверки по этапам докования", None, None, "Ответственный"],
                  ["№", "Не тексеріледі", "Доктау кезеңдері бойынша тексеру кезеңділігі", None, None, "Жауапты"], []),
                [None, None, *phases, None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 4), (0, 5, 1, 5)]
    for k, (what, phase, word, said, who) in enumerate(checks, 1):
        if phase is None:
            rows.append([str(k), what, said, None, None, who])
            merges.append((len(rows) - 1, 2, len(rows) - 1, 4))
        else:
            cells = ["–"] * 3
            cells[phase] = said
            rows.append([str(k), what, *cells, who])
        item = {"kind": "inspection", "text_contains": _words(what, 4), "actor_contains": who}
        if word:
            item["frequency"] = word
        doc.add("obligations", item)
    doc.table(g("Приложение 1. Перечень проверок", "1-қосымша. Тексерулер тізбесі", "Phụ lục. Nội dung kiểm tra"), rows, merges, role="inspections")
    _maybe_other(doc)


# (RU check, KK check, [(RU said, KK said, frequency) or None per period; a tuple (said, frequency, span) merges over `span` periods], (RU who, KK who))
WINTER_CHECKS = (
    ("Обколка льда вокруг корпусов судов, состояние майн", "Кеме корпустарының айналасындағы мұзды шабу, ойықтардың жай-күйі",
     [(("ежедневно", "күн сайын"), "daily", 1), (("еженедельно", "апта сайын"), "weekly", 1), None], ("вахтенный шкипер", "вахталық шкипер")),
    ("Утечки топлива и масла с судов (пятна на льду и в майнах)", "Кемелерден отын мен майдың ағуы (мұздағы және ойықтардағы дақтар)",
     [(("ежедневно при обходе", "аралау кезінде күн сайын"), "daily", 3)], ("вахтенный шкипер", "вахталық шкипер")),
    ("Осмотр льяльных отсеков и откачка льяльных вод в приемную емкость", "Льял бөліктерін қарау және льял суларын қабылдау сыйымдылығына сорып алу",
     [(("еженедельно", "апта сайын"), "weekly", 2), (("ежедневно", "күн сайын"), "daily", 1)], ("механик-наставник", "тәлімгер механик")),
    ("Работа котельной и золоулавливающей установки", "Қазандық пен күл ұстағыш қондырғының жұмысы",
     [(("ежемесячно", "ай сайын"), "monthly", 2), None], ("начальник котельной", "қазандық бастығы")),
    ("Состояние складов угля и золошлака, отсутствие пыления", "Көмір және күл-қож қоймаларының жай-күйі, шаңданудың болмауы",
     [(("еженедельно", "апта сайын"), "weekly", 1), (("ежемесячно", "ай сайын"), "monthly", 1), None], ("инженер-эколог", "инженер-эколог")),
    ("Учет принятых с судов сточных и льяльных вод", "Кемелерден қабылданған ағынды және льял суларын есепке алу",
     [(("ежемесячно", "ай сайын"), "monthly", 3)], ("инженер-эколог", "инженер-эколог")),
    ("Обследование берега и акватории затона", "Затонның жағалауы мен су айдынын тексеру",
     [None, None, (("после схода льда", "мұз кеткеннен кейін"), None, 1)], ("инженер-эколог", "инженер-эколог")),
    ("Проверка сепараторов льяльных вод и сборных цистерн", "Льял сулары сепараторлары мен жинау цистерналарын тексеру",
     [None, None, (("до выхода каждого судна из затона", "әр кеме затоннан шыққанға дейін"), None, 1)], ("механик-наставник", "тәлімгер механик")),
)  # fmt: skip
VN_SEASON_CHECKS = (
    ("Rác, dầu thải tồn đọng trên triền và bãi sửa chữa", [("Hằng ngày", "daily", 2)], "Tổ trưởng triền"),
    ("Bể tách dầu, bể lắng và mương thu nước mưa chảy tràn", [("Hằng tháng", "monthly", 1), ("Hằng tuần", "weekly", 1)], "Cán bộ môi trường"),
    ("Khu vực phun hạt mài, bạt che chắn", [("Hằng ngày", "daily", 1), ("Hằng tuần", "weekly", 1)], "Tổ trưởng tổ vỏ"),
    ("Kho chứa chất thải nguy hại, mái che và gờ chống tràn", [("Hằng tháng", "monthly", 1), ("Trước và sau mỗi đợt áp thấp, bão", None, 1)],
     "Cán bộ môi trường"),
    ("Neo buộc tàu cá chờ sửa chữa, phương án ứng phó sự cố tràn dầu", [None, ("Trước mỗi cơn bão", None, 1)], "Giám đốc xưởng"),
    ("Sổ giao nhận dầu thải, nước la canh từ tàu cá", [("Hằng quý", "quarterly", 2)], "Kế toán kho"),
)


def inspections_jm2(doc: Doc) -> None:
    """A river fleet base's schedule of rounds at its winter moorings whose columns are the three periods of the winter —
    freezing-over, the winter stand and the ice drift with the preparing for navigation — each cell the frequency of the
    check in that period or a dash, a frequency kept over two or three periods written once in a cell merged across them,
    so that a row yields one, two or three checks; `после схода льда` and `до выхода каждого судна из затона` no frequency of
    the contract (VI: a Kiên Giang fishing-port repair dock's checks in the dry and the stormy season, `Trước mỗi cơn bão`)."""
    vi = doc.lang == "vi"
    g = doc.v
    if vi:
        dock, company, _ = TAC_CAU
        doc.h(f"LỊCH KIỂM TRA BẢO VỆ MÔI TRƯỜNG THEO MÙA – {dock.upper()}")
        doc.p(f"Ban hành kèm theo Quyết định của Giám đốc {company}. Mùa mưa bão có nhiều tàu cá vào ụ tránh trú, sửa chữa.")
        periods = ("Mùa khô (tháng 12 – tháng 4)", "Mùa mưa bão (tháng 5 – tháng 11)")
        checks = list(VN_SEASON_CHECKS)
        rows = [["TT", "Nội dung kiểm tra", "Tần suất kiểm tra", None, "Người kiểm tra"], [None, None, *periods, None]]
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 1, 4)]
    else:
        L = _L(doc)
        name = PAVLODAR["name"][L]
        doc.h(g(f"График обходов и проверок в межнавигационный период 2025–2026 гг. {name}",
                f"{name}. 2025–2026 жж. навигацияаралық кезеңдегі аралаулар мен тексерулер кестесі", ""))
        doc.p(g("Утвержден начальником базы. Результаты обходов заносятся в вахтенный журнал затона, замечания – в журнал экологического "
                "контроля.",
                "База бастығы бекітті. Аралау нәтижелері затонның вахталық журналына, ескертулер экологиялық бақылау журналына енгізіледі.", ""))
        periods = g(("Ледостав (ноябрь – декабрь)", "Зимний отстой (январь – март)", "Ледоход и подготовка к навигации (апрель)"),
                    ("Мұз қату (қараша – желтоқсан)", "Қыстау (қаңтар – наурыз)", "Мұз жүру және навигацияға дайындық (сәуір)"), ())
        checks = [(c[L], [((s[0][L], s[1], s[2]) if s else None) for s in c[2]], c[3][L]) for c in WINTER_CHECKS]
        rows = [g(["№", "Объект проверки", "Периодичность по периодам", None, None, "Кто проверяет"],
                  ["№", "Тексеру объектісі", "Кезеңдер бойынша кезеңділігі", None, None, "Кім тексереді"], []),
                [None, None, *periods, None]]
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 4), (0, 5, 1, 5)]
    width = len(periods)
    for k, (what, cells, who) in enumerate(checks, 1):
        line, col = [str(k), what], 0
        for cell in cells:
            if cell is None:
                line.append("–")
                col += 1
                continue
            said, word, span = cell
            line += [said] + [None] * (span - 1)
            if span > 1:
                merges.append((len(rows), 2 + col, len(rows), 2 + col + span - 1))
            col += span
            item = {"kind": "inspection", "text_contains": _words(what, 4), "actor_contains": who}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
        line += ["–"] * (width - col)
        rows.append([*line, who])
    doc.table(g("Таблица 1 – График проверок", "1-кесте – Тексерулер кестесі", "Bảng 1. Nội dung và tần suất kiểm tra"), rows, merges,
              role="inspections")
    _maybe_other(doc)


# ---------------------------------------------------------------- tasks

# (RU violation, KK violation, (RU norm, KK norm), RU measure, KK measure, RU term, KK term)
PRESCRIPTION = (
    ("Отработанный абразив хранится навалом на грунте у сухого дока без покрытия и навеса",
     "Пайдаланылған абразив құрғақ доктың жанында жабынсыз және қалқасыз топыраққа үйіліп сақталады", ("ст. 320 ЭК РК", "ҚР ЭК 320-бабы"),
     "Оборудовать площадку накопления отработанного абразива с твердым покрытием, бортами и навесом",
     "Пайдаланылған абразивті жинақтау алаңын қатты жабынмен, бортпен және қалқамен жабдықтау", "до 01.06.2026", "01.06.2026 дейін"),
    ("Абразивоструйная очистка корпуса в доке ведется без защитных экранов", "Доктағы корпусты абразивті-ағынды тазарту қорғаныш экрандарынсыз жүргізіледі",
     ("п. 1 ст. 199 ЭК РК", "ҚР ЭК 199-бабының 1-тармағы"), "Установить передвижные защитные экраны и укрытия на время абразивоструйных работ в доке",
     "Доктағы абразивті-ағынды жұмыстар кезінде жылжымалы қорғаныш экрандары мен жабындарды орнату", "до 01.05.2026", "01.05.2026 дейін"),
    ("Программа ПЭК не содержит мониторинга морской воды и донных отложений акватории",
     "ӨЭБ бағдарламасында су айдынының теңіз суы мен түп шөгінділерінің мониторингі жоқ", ("ст. 185 ЭК РК", "ҚР ЭК 185-бабы"),
     "Внести изменения в программу ПЭК, включив мониторинг морской воды и донных отложений",
     "Теңіз суы мен түп шөгінділерінің мониторингін қоса отырып, ӨЭБ бағдарламасына өзгерістер енгізу", "до 01.04.2026", "01.04.2026 дейін"),
    ("Не ведется учет расхода лакокрасочных материалов по докованиям", "Лак-бояу материалдарының шығыны доктаулар бойынша есепке алынбайды",
     ("ст. 182 ЭК РК", "ҚР ЭК 182-бабы"), "Организовать учет расхода лакокрасочных материалов и растворителей по каждому докованию",
     "Әр доктау бойынша лак-бояу материалдары мен еріткіштердің шығынын есепке алуды ұйымдастыру", "в течение 10 рабочих дней",
     "10 жұмыс күні ішінде"),
    ("Превышение норматива по взвешенным частицам на ИЗА 0001 (протокол № 118-А от 12.11.2025)",
     "0001 ЛШК-да қалқыма бөлшектер бойынша нормативтің асуы (12.11.2025 № 118-А хаттама)", ("ст. 207 ЭК РК", "ҚР ЭК 207-бабы"),
     "Заменить рукава фильтра дробеметной камеры и выполнить повторные замеры на ИЗА 0001",
     "Бытыра ату камерасы сүзгісінің жеңдерін ауыстыру және 0001 ЛШК-да қайта өлшеу жүргізу", "до 15.03.2026", "15.03.2026 дейін"),
    ("Не разработаны паспорта опасных отходов на остатки ЛКМ и промасленную ветошь",
     "ЛБМ қалдықтары мен майланған шүберекке қауіпті қалдықтар паспорттары әзірленбеген", ("ст. 343 ЭК РК", "ҚР ЭК 343-бабы"),
     "Разработать паспорта опасных отходов и направить их в уполномоченный орган",
     "Қауіпті қалдықтар паспорттарын әзірлеу және уәкілетті органға жіберу", "в течение 1 месяца", "1 ай ішінде"),
)  # fmt: skip
# (violation, ground, measure, term)
VN_FINDINGS = (
    ("Chưa lắp đặt đồng hồ đo lưu lượng nước thải tại điểm xả", "Khoản 3 Điều 47 Nghị định số 08/2022/NĐ-CP",
     "Lắp đặt đồng hồ đo lưu lượng nước thải đầu ra và ghi sổ theo dõi hằng ngày", "Trước ngày 30/4/2026"),
    ("Hạt mài thải để lộ thiên trên bãi triền, không có mái che", "Điều 33 Thông tư số 02/2022/TT-BTNMT",
     "Xây dựng khu lưu giữ hạt mài thải có mái che, nền bê tông và rãnh thu nước", "Trước ngày 31/5/2026"),
    ("Kho chất thải nguy hại không có biển cảnh báo, không có gờ chống tràn", "Khoản 4 Điều 35 Thông tư số 02/2022/TT-BTNMT",
     "Bổ sung biển cảnh báo, gờ chống tràn và thiết bị phòng cháy tại kho chất thải nguy hại", "Trong 30 ngày"),
    ("Chưa thực hiện quan trắc nước thải định kỳ quý III/2025", "Điểm a khoản 4 Điều 18 Nghị định số 45/2022/NĐ-CP",
     "Thực hiện quan trắc bổ sung và báo cáo kết quả về Sở Nông nghiệp và Môi trường", "Trong 15 ngày"),
    ("Phun hạt mài vỏ tàu trên triền không che chắn, bụi phát tán ra sông Cấm", "Khoản 2 Điều 20 Nghị định số 45/2022/NĐ-CP",
     "Lắp đặt khung bạt che chắn di động quanh tàu trong thời gian phun hạt mài", "Trước ngày 15/4/2026"),
)


def tasks_jm1(doc: Doc) -> None:
    """The prescription that closes an unscheduled inspection of a shipyard by the regional Department of Ecology, a row per
    violation found — what was found, the Code's article broken (`ст. 320 ЭК РК`), what must be done and by when — the
    measure in the fourth column the task and the operator named only in the text above, a protocol's number inside one
    violation as a look-alike (VI: the conclusion of an inspection of a Cấm river ship-repair yard by the city's Department,
    `Tồn tại, vi phạm | Căn cứ | Yêu cầu khắc phục | Thời hạn`)."""
    r = doc.rng
    if doc.lang == "vi":
        _tasks_jm1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    name, operator = KURYK["name"][L], KURYK["operator"][L]
    act = f"{r.randint(20, 99)}-ВП"
    doc.h(g(f"Предписание об устранении нарушений требований экологического законодательства Республики Казахстан № {act}",
            f"Қазақстан Республикасының экологиялық заңнамасы талаптарының бұзылуын жою туралы № {act} нұсқама", ""))
    doc.p(g(f"Выдано РГУ «Департамент экологии по Мангистауской области» по результатам внеплановой проверки {operator} ({name}), проведенной "
            f"с {r.randint(1, 9):02d} по {r.randint(12, 20)} февраля 2026 г. {operator} обязано устранить нарушения в указанные сроки.",
            f"«Маңғыстау облысы бойынша экология департаменті» РММ {operator} ({name}) 2026 жылғы {r.randint(1, 9)}–{r.randint(12, 20)} "
            f"ақпан аралығында жүргізілген жоспардан тыс тексеру нәтижелері бойынша берді. {operator} бұзушылықтарды көрсетілген мерзімде "
            "жоюға міндетті.", ""))
    rows = [g(["№ п/п", "Выявленное нарушение", "Нарушенная норма", "Требуемое мероприятие", "Срок устранения"],
              ["Р/с №", "Анықталған бұзушылық", "Бұзылған норма", "Талап етілетін іс-шара", "Жою мерзімі"], [])]
    items = [p for p in PRESCRIPTION if r.random() < 0.85] or list(PRESCRIPTION)
    core = _core(operator)
    for k, (v_ru, v_kk, norm, m_ru, m_kk, t_ru, t_kk) in enumerate(items, 1):
        measure = (m_ru, m_kk)[L]
        rows.append([str(k), (v_ru, v_kk)[L], norm[L], measure, (t_ru, t_kk)[L]])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(measure, 5), "actor_contains": core})
    doc.table(None, rows, role="tasks")
    doc.p(g("Об исполнении предписания сообщить в Департамент письменно в течение трех рабочих дней после истечения срока с приложением "
            "подтверждающих документов. Предписание может быть обжаловано в порядке, установленном законодательством.",
            "Нұсқаманың орындалғаны туралы мерзім өткеннен кейін үш жұмыс күні ішінде растайтын құжаттарды қоса бере отырып, Департаментке "
            "жазбаша хабарлау қажет. Нұсқамаға заңнамада белгіленген тәртіппен шағым жасалуы мүмкін.", ""))


def _tasks_jm1_vi(doc: Doc) -> None:
    r = doc.rng
    yard, company, _ = CAM_RIVER
    doc.h("KẾT LUẬN KIỂM TRA VIỆC CHẤP HÀNH PHÁP LUẬT VỀ BẢO VỆ MÔI TRƯỜNG")
    doc.p(f"Số: {r.randint(40, 290)}/KL-SNNMT. Sở Nông nghiệp và Môi trường thành phố Hải Phòng đã kiểm tra {yard} của {company} từ ngày "
          f"{r.randint(3, 9):02d}/3/2026. Yêu cầu {company} khắc phục các tồn tại theo bảng dưới đây.")
    rows = [["TT", "Tồn tại, vi phạm", "Căn cứ", "Yêu cầu khắc phục", "Thời hạn hoàn thành"]]
    for k, (finding, ground, measure, term) in enumerate(VN_FINDINGS, 1):
        rows.append([str(k), finding, ground, measure, term])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(measure, 5), "actor_contains": "Thượng Lý"})
    doc.table(None, rows, role="tasks")
    doc.p("Báo cáo kết quả khắc phục gửi về Sở trước ngày 30/6/2026 kèm theo hình ảnh, hồ sơ chứng minh.")


# ((RU section, KK section), [(RU measure, KK measure, (RU object, KK object), (RU term, KK term), (RU who, KK who))])
NAVIGATION_PLAN = (
    (("1. Буксиры-толкачи и теплоходы", "1. Итергіш-буксирлер мен теплоходтар"), [
        ("Проверить и отрегулировать сепараторы льяльных вод, заменить коалесцентные элементы", "Льял сулары сепараторларын тексеру және реттеу, коалесцентті элементтерді ауыстыру",
         ("«Баянауыл» (Р-14-0587), «Ертіс-14» (Р-14-0612)", "«Баянауыл» (Р-14-0587), «Ертіс-14» (Р-14-0612)"),
         ("до выхода из затона", "затоннан шыққанға дейін"), ("старший механик судна", "кеменің аға механигі")),
        ("Опломбировать за борт клапаны сброса льяльных вод", "Льял суларын борттан тыс ағызу клапандарын пломбалау",
         ("все самоходные суда", "барлық өздігінен жүретін кемелер"), ("до 15.04.2026", "15.04.2026 дейін"), ("капитан-наставник", "тәлімгер капитан")),
        ("Заменить моторное масло и фильтры главных двигателей с передачей отходов по акту", "Бас қозғалтқыштардың мотор майы мен сүзгілерін ауыстыру, қалдықтарды акт бойынша тапсыру",
         ("«Баянауыл» (Р-14-0587)", "«Баянауыл» (Р-14-0587)"), ("март 2026 г.", "2026 жылғы наурыз"), ("старший механик судна", "кеменің аға механигі"))]),
    (("2. Нефтеналивные баржи", "2. Мұнай құятын баржалар"), [
        ("Зачистить грузовые танки и сдать нефтешлам специализированной организации", "Жүк танктерін тазарту және мұнай шламын мамандандырылған ұйымға тапсыру",
         ("«НБ-1207» (Р-14-1207)", "«НБ-1207» (Р-14-1207)"), ("до 01.04.2026", "01.04.2026 дейін"), ("начальник слипа", "слип бастығы")),
        ("Испытать на герметичность грузовые трубопроводы и клинкеты", "Жүк құбырлары мен клинкеттерді саңылаусыздыққа сынау",
         ("«НБ-1207» (Р-14-1207)", "«НБ-1207» (Р-14-1207)"), ("до предъявления Речному Регистру", "Өзен тіркеліміне ұсынғанға дейін"),
         ("механик-наставник", "тәлімгер механик"))]),
    (("3. Земснаряды и плавкраны", "3. Жер снарядтары мен жүзбелі крандар"), [
        ("Оборудовать сборную цистерну сточных вод и штуцер выдачи на берег", "Ағынды суларды жинау цистернасын және жағаға беру штуцерін жабдықтау",
         ("«Екібастұз-3» (Р-14-0371)", "«Екібастұз-3» (Р-14-0371)"), ("к началу навигации", "навигация басталғанға дейін"), ("начальник слипа", "слип бастығы"))]),
    (("4. Береговые объекты базы", "4. Базаның жағалаудағы объектілері"), [
        ("Очистить приемную емкость льяльных вод и проверить ее гидроизоляцию", "Льял суларын қабылдау сыйымдылығын тазарту және оның гидрооқшаулауын тексеру",
         ("приемный пункт, В-1", "қабылдау пункті, В-1"), ("апрель 2026 г.", "2026 жылғы сәуір"), ("инженер-эколог базы", "базаның инженер-экологы")),
        ("Заключить договор на прием твердых бытовых отходов с судов в навигацию", "Навигация кезінде кемелерден қатты тұрмыстық қалдықтарды қабылдауға шарт жасасу",
         ("база флота", "флот базасы"), ("до 01.05.2026", "01.05.2026 дейін"), ("инженер-эколог базы", "базаның инженер-экологы"))]),
)  # fmt: skip


def tasks_jm2(doc: Doc) -> None:
    """A river fleet base's plan of environmental measures in preparing the fleet for navigation, items `1.1` under rows for
    the kinds of vessels and the shore objects, a column naming the vessel with its River Register number (`«НБ-1207»
    (Р-14-1207)`) as a look-alike, terms that are stages of the season (`до выхода из затона`, `к началу навигации`, `до
    предъявления Речному Регистру`), the responsible, and an empty column for the Register's mark (VI: a Kiên Giang
    fishing-port repair dock's plan of upgrading its works before the stormy season, `Trước mùa mưa bão 2026`, the lead and
    the partner, the cost in million đồng)."""
    if doc.lang == "vi":
        _tasks_jm2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    name, operator = PAVLODAR["name"][L], PAVLODAR["operator"][L]
    doc.h(g(f"План природоохранных мероприятий по подготовке флота к навигации 2026 года. {name}",
            f"{name}. Флотты 2026 жылғы навигацияға дайындау жөніндегі табиғат қорғау іс-шараларының жоспары", ""))
    doc.p(g(f"Утвержден приказом {operator}. Выход судов из затона допускается после выполнения мероприятий и освидетельствования Речным Регистром.",
            f"{operator} бұйрығымен бекітілген. Кемелердің затоннан шығуына іс-шаралар орындалып, Өзен тіркелімі куәландырғаннан кейін рұқсат етіледі.", ""))
    rows = [g(["№", "Мероприятие", "Судно (рег. номер), объект", "Срок", "Ответственный", "Отметка Речного Регистра"],
              ["№", "Іс-шара", "Кеме (тіркеу нөмірі), объект", "Мерзімі", "Жауапты", "Өзен тіркелімінің белгісі"], [])]
    merges: list = []
    for s, ((s_ru, s_kk), measures) in enumerate(NAVIGATION_PLAN, 1):
        _span(rows, merges, (s_ru, s_kk)[L], 6)
        for k, (m_ru, m_kk, obj, term, who) in enumerate(measures, 1):
            text = (m_ru, m_kk)[L]
            rows.append([f"{s}.{k}", text, obj[L], term[L], who[L], ""])
            doc.add("obligations", {"kind": "task", "number": f"{s}.{k}", "text_contains": _words(text, 4), "actor_contains": who[L]})
    doc.table(None, rows, merges, role="tasks")
    _maybe_other(doc)


# (section, [(measure, term, lead, partner, million đồng)])
VN_UPGRADE = (
    ("I. CÔNG TRÌNH XỬ LÝ NƯỚC THẢI", [
        ("Cải tạo bể tách dầu – lắng 3 ngăn, bổ sung ngăn lọc hấp phụ", "Trước mùa mưa bão 2026", "Tổ cơ khí của xưởng", "Đơn vị tư vấn môi trường", "180"),
        ("Xây mương thu nước mưa chảy tràn quanh bãi triền", "Tháng 4/2026", "Tổ cơ khí của xưởng", "–", "95")]),
    ("II. QUẢN LÝ CHẤT THẢI", [
        ("Xây kho lưu giữ chất thải nguy hại 20 m² có mái che, gờ chống tràn", "Quý II/2026", "Giám đốc xưởng", "Kế toán", "120"),
        ("Ký hợp đồng chuyển giao dầu thải, nước la canh với đơn vị có giấy phép", "Tháng 3/2026", "Kế toán", "Cán bộ môi trường", "–")]),
    ("III. BỤI VÀ KHÍ THẢI", [
        ("Trang bị khung bạt che chắn di động cho khu vực phun hạt mài", "Trước mùa mưa bão 2026", "Tổ trưởng tổ vỏ", "Giám đốc xưởng", "60")]),
)


def _tasks_jm2_vi(doc: Doc) -> None:
    dock, company, _ = TAC_CAU
    doc.h(f"KẾ HOẠCH CẢI TẠO, NÂNG CẤP CÔNG TRÌNH BẢO VỆ MÔI TRƯỜNG NĂM 2026 – {dock.upper()}")
    doc.p(f"Kế hoạch do {company} lập để khắc phục các nội dung theo ý kiến của đoàn kiểm tra liên ngành và chuẩn bị cho mùa mưa bão.")
    rows = [["TT", "Nội dung thực hiện", "Thời gian", "Chủ trì", "Phối hợp", "Kinh phí (triệu đồng)"]]
    merges: list = []
    for s, (section, measures) in enumerate(VN_UPGRADE, 1):
        _span(rows, merges, section, 6)
        for k, (text, term, lead, partner, money) in enumerate(measures, 1):
            rows.append([f"{s}.{k}", text, term, lead, partner, money])
            doc.add("obligations", {"kind": "task", "number": f"{s}.{k}", "text_contains": _words(text, 5), "actor_contains": lead})
    doc.table("Bảng 1. Danh mục hạng mục cải tạo, nâng cấp", rows, merges, role="tasks")
    _maybe_other(doc)


LAYOUTS = [Layout(role, f"JM{k}", globals()[f"{role}_jm{k}"]) for role in ROLES for k in (1, 2)]
