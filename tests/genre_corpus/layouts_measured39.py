"""The twenty-fourth blind set's part HI (two layouts per role, `HI1` and `HI2`), written by someone who neither
ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`; held out and measured once (0.598
over 126 files when first measured at the registering commit, 2026-12-06), then moved to the tuning layouts to be
studied.

Theme: electronics, automotive and machinery assembly. Kazakhstan: car assembly plants in Kostanay and Almaty with their
welding shops, e-coat lines, paint booths and regenerative thermal oxidisers, an agricultural machinery plant in Kostanay,
a transformer and cable works in Ekibastuz, a railway car repair depot at Shu, an electric-meter and LED assembly plant in
the special economic zone «Астана – новый город» (an application for a КЭР, an internal audit report of ISO 14001, a
solvent balance and an НДВ draft of paint shops, a waste-management programme's classification by hazardous properties, a
ПЭК programme's scheme of the operational movement of wastes, an internal audit's check-list of a КЭР, an annual report on
ПЭК, a register of environmental aspects, the technical specification of a tender for laboratory services, a plan of
managing hazardous chemicals, a card of environmental control by shop, an 8D report after an inspection and an
environmental PFMEA). Vietnam: FDI electronics plants with surface-mount lines in the Yên Phong park (Bắc Ninh),
printed-circuit-board plants with etching and copper plating in the Yên Bình park (Thái Nguyên) and the Tràng Duệ park
(Hải Phòng), a motorbike plant in Vĩnh Phúc, a car plant at Chu Lai (Quảng Nam), a shipyard's steel-block shop in Hải
Phòng (báo cáo đề xuất cấp GPMT, báo cáo đánh giá nội bộ, ĐTM, báo cáo công tác bảo vệ môi trường, kế hoạch quản lý chất
thải, bảng kiểm tra tuân thủ giấy phép môi trường, báo cáo kết quả quan trắc, sổ đăng ký khía cạnh môi trường, a
monitoring contract's annex of prices, kế hoạch quản lý hóa chất, phiếu kiểm soát môi trường theo xưởng, a báo cáo 8D
after a biên bản kiểm tra, FMEA môi trường).

Facility: the first section of a КЭР application typed as two rows whose left cell holds all the labels one per line and
whose right cell holds all the values line against line — the operator (name, legal form, BIN, address, head) in one row
and the object (name, place, KATO, OKED with its words, category with its ground, decimal coordinates, capacity) in the
other — the plant's buildings in a table of no role after it (VI: the first chapter of a GPMT application typed the same
way, the enterprise number beside the ten-digit project code of the investment certificate, DMS coordinates) (HI1); the
header of an internal ISO 14001 audit report as a grid of three label–value pairs to a row without a header row, the
audit's own fields (number, dates, type, criteria, auditors) mixed with the site's, `БСН`, `ҚАТО`, `ЭҚЖЖ` in the Kazakh
text, the category beside the permit's number, the centre in degrees and decimal minutes as a GPS receiver shows them
(`N 51°43,275′ E 75°19,842′`) or in decimal degrees, values merged over two or three pairs, the audit's findings in a
table of no role (VI: a PCB plant in the Yên Bình park, the enterprise number beside the permit's number) (HI2).

Emissions: a car paint shop's solvent balance laid out as a solvent management plan — a row per substance with its
input I1 and the outputs O1 (the stack after the thermal oxidiser, ИЗА 0005), O2 (waste water), O4 (uncaptured, through
roof lanterns and gates, the unorganised ИЗА 6003), O5 (destroyed), O6 (in wastes) and O8 (regenerated) under a merged
`Выход, т/год`, the imbalance in per cent last — only O1 and O4 are emissions, tonnes a year without grams a second, the
paint materials' consumption in a table of no role before it (VI: a motorbike plant's paint line in Vĩnh Phúc, the
stack after the RTO and the fugitive share unnumbered) (HI1); an agricultural machinery plant's НДВ table whose booths,
e-coat tank and curing oven exhaust through common stacks — the substances as rows, each stack a column group headed by
its number, height and diameter, the sources of release as sub-columns of tonnes a year and the stack's `всего, г/с |
всего, т/год` closing the group as the only emissions, dashes where a booth does not emit, an unorganised post with its
two totals only (VI: a car plant's paint shop at Chu Lai, the booths and ovens in kilograms a year beside the stack's
totals in g/s and tonnes a year) (HI2).

Wastes: a car plant's classification of its wastes by hazardous properties, HP1–HP15 as fifteen narrow columns under a
merged header with `+` marks and the amount after them, the non-hazardous wastes unmarked and without an asterisk, the
legend of the properties under the table (VI: an SMT plant's annual report, `Đ | ĐS | C | AM | OH` marked and the
threshold `KS` / `NH`, kilograms a year, ordinary wastes under a section row of the same table) (HI1); a railway car
repair depot's scheme of the operational movement of wastes, each waste a block of four rows — formation, collection and
accumulation, transport, recovery or disposal — under its code and name merged down, one `количество / параметр` column
holding the amount formed (tonnes, or kilograms for the lamps) on the formation row and the containers, their volume
and how often they are taken away on the others (VI: a shipyard's steel-block shop in Hải Phòng, `Phát sinh | Thu gom,
phân loại | Lưu giữ | Chuyển giao, xử lý`, ordinary wastes without a code) (HI2).

Limits: an internal audit's check-list of compliance with a КЭР — a question per source merged down over its substances,
the source's number only inside the question's sentence, the norm in mg/Nm3 and the fact written together with the
protocol it comes from (`41,2 (протокол № 0318-Л от 14.02.2026)`), `< 0,05` below the method's range, a verdict `С` /
`НС` (VI: an SMT plant's compliance check of its permit's gas limits, QCVN 19:2009 column B or QCVN 20:2009 named per
row, `PKQ số …` after each result, `KPH`) (HI1); a transformer and cable works' annual report on ПЭК with the four
quarters' stack results in one cell after their labels (`I кв. – 31,4; II кв. – 28,9; III кв. – не работала (ремонт);
IV кв. – 35,2`), the source merged down (VI: a PCB plant's waste water at its connection manholes in the Tràng Duệ park,
`Đợt 1: …; Đợt 2: …` in one cell against QCVN 40:2011/BTNMT column B, pH as a range, `KPH`) (HI2).

Monitoring: an ISO 14001 register of environmental aspects whose last column holds an operational-control sentence and a
line `Мониторинг: ИЗА 0003, 0004 – ксилол, бутилацетат, толуол – ежеквартально` (or points `КК-1`, `Т-1, Т-2`), score
columns of figures that are no frequencies, an aspect without monitoring (VI: an SMT plant's sổ đăng ký khía cạnh môi
trường, `Quan trắc định kỳ: KT01 – … – 03 tháng/lần`) (HI1); the technical specification of a tender for laboratory
services of a railway car repair depot, the frequency never written but given by the count `16 (4 точки × 4 раза в
год)`, the boundary points as a range `Т-1 – Т-4`, sources and points mixed among prices in tenge (VI: a monitoring
contract's annex at Chu Lai, `08 (02 vị trí × 04 đợt)` and prices in đồng) (HI2).

Inspections: a plan of managing hazardous chemicals of an electric-meter and LED plant, its annex of storage places
with the chemicals and their CAS numbers, the greatest stock in kilograms and the GHS pictograms before what is checked,
how often and by whom (VI: a PCB plant's kế hoạch quản lý hóa chất, acid, alkali and etching-solution stores) (HI1); a
card of environmental control by shop with no header row, a row spanning the table per shop and each check a block of
four label–value rows — object, what is checked, frequency, who checks — its number `2.1` merged down the first column
(VI: a car plant's phiếu kiểm soát môi trường theo xưởng at Chu Lai) (HI2).

Tasks: an 8D report after an inspection found xylene above the КЭР's norm, the eight disciplines as rows spanning the
table, the team, the problem and the closure as merged text, the root causes numbered like actions but with no one
responsible, the actions of D3, D5, D6 and D7 numbered `3.1`, `5.2` with the person and position responsible, the term
and the status (VI: an 8D of a PCB plant after a biên bản kiểm tra found copper above the park's limit) (HI1); an
environmental PFMEA of paint and welding lines, operation numbers `010`–`080`, failure, effect, S, cause, O, control,
D and RPN before the recommended action and a cell joining the responsible and the term on two lines, rows under the
threshold carrying a dash (VI: the FMEA môi trường of a motorbike plant in Vĩnh Phúc) (HI2)."""

from __future__ import annotations

from decimal import Decimal

from . import vocab
from .common import Doc, distractor, freq, make_bin, make_msdn, maybe_distractor, num
from .limits_data import QCVN40, add, cell, limit
from .registry import ROLES, Layout

# ---------------------------------------------------------------- helpers


def _L(doc: Doc) -> int:
    """0 for a Russian document, 1 for a Kazakh one."""
    return 0 if doc.lang == "ru" else 1


def _sig(x: float, digits: int = 3) -> float:
    return float(f"{x:.{digits}g}")


def _words(text: str, n: int = 5) -> str:
    return " ".join(text.split()[:n])


def _sum(values) -> float:
    """A sum of printed figures without binary noise."""
    return float(sum(Decimal(repr(v)) for v in values))


def _kato(doc: Doc, prefix: str) -> str:
    """A nine-digit KATO code starting with the district's prefix."""
    r = doc.rng
    rest = 9 - len(prefix) - 3
    return f"{prefix}{r.randint(10 ** (rest - 1), 10**rest - 1)}{r.choice(('000', '100'))}"


def _span(rows: list, merges: list, text: str, width: int) -> None:
    """A row whose first cell spans the table."""
    rows.append([text] + [None] * (width - 1))
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))


def _dms(value: float, sep: str = ",") -> tuple[str, float]:
    """`53°14′47,3″` and the decimal degrees it stands for."""
    d = int(value)
    m = int((value - d) * 60)
    s = round((value - d - m / 60) * 3600, 1)
    if s >= 60:
        m, s = m + 1, 0.0
    return f"{d}°{m:02d}′{f'{s:04.1f}'.replace('.', sep)}″", d + m / 60 + s / 3600


def _dm(value: float, sep: str = ",") -> tuple[str, float]:
    """`51°43,275′` (degrees and decimal minutes, as a GPS receiver shows them) and its decimal degrees."""
    d = int(value)
    m = round((value - d) * 60, 3)
    return f"{d}°{f'{m:06.3f}'.replace('.', sep)}′", d + m / 60


# code: (RU, KK, VI or None, hazard class as printed or None for an ОБУВ)
SUBST = {
    "0616": ("Диметилбензол (ксилол)", "Диметилбензол (ксилол)", "Xylen", 3),
    "0621": ("Метилбензол (толуол)", "Метилбензол (толуол)", "Toluen", 3),
    "1210": ("Бутилацетат", "Бутилацетат", "Butyl axetat", 4),
    "1401": ("Пропан-2-он (ацетон)", "Ацетон", "Axeton", 4),
    "1042": ("Бутан-1-ол (спирт н-бутиловый)", "Бутил спирті", None, 3),
    "1119": ("2-Этоксиэтанол (этилцеллозольв)", "2-Этоксиэтанол (этилцеллозольв)", None, None),
    "2752": ("Уайт-спирит", "Уайт-спирит", None, None),
    "0627": ("Этилбензол", "Этилбензол", "Etylbenzen", 3),
    "1061": ("Этанол (спирт этиловый)", "Этанол (этил спирті)", "Etanol", 4),
    "1325": ("Формальдегид", "Формальдегид", "Formaldehyt", 2),
    "0123": ("Железо (II, III) оксиды", "Темір оксидтері", "Sắt oxit", 3),
    "0143": ("Марганец и его соединения", "Марганец және оның қосылыстары", "Mangan và hợp chất", 2),
    "0342": ("Фтористые газообразные соединения", "Фторлы газ тәрізді қосылыстар", None, 2),
    "0301": ("Азота диоксид", "Азот диоксиді", "NOx (tính theo NO2)", 2),
    "0304": ("Азот (II) оксид", "Азот оксиді", None, 3),
    "0337": ("Углерод оксид", "Көміртек оксиді", "CO", 4),
    "0330": ("Сера диоксид", "Күкірт диоксиді", "SO2", 3),
    "2902": ("Взвешенные частицы", "Қалқыма бөлшектер", "Bụi tổng", 3),
    "2908": ("Пыль неорганическая, содержащая двуокись кремния в %: 70-20", "Бейорганикалық шаң: кремний қостотығы 70-20%", None, 3),
    "2930": ("Пыль абразивная", "Абразивті шаң", None, None),
    "0316": ("Гидрохлорид", "Тұз қышқылы", "HCl", 2),
    "0322": ("Серная кислота", "Күкірт қышқылы", "H2SO4", 2),
    "0303": ("Аммиак", "Аммиак", "NH3", 4),
    "0827": ("Хлорэтилен (винилхлорид)", "Хлорэтилен (винилхлорид)", None, 1),
    "0168": ("Олово оксид", "Қалайы оксиді", None, 3),
    "0184": ("Свинец и его неорганические соединения", "Қорғасын және оның бейорганикалық қосылыстары", "Chì và hợp chất", 1),
}


def _name(doc: Doc, code: str) -> str:
    return SUBST[code][("ru", "kk", "vi").index(doc.lang)]


def _cls(code: str) -> str:
    hz = SUBST[code][3]
    return str(hz) if hz else "–"


def _kind(number: str) -> str:
    return "unorganized" if number.startswith("6") else "organized"


DAILY = {"ru": ("ежедневно",), "kk": ("күн сайын",), "vi": ("hằng ngày", "01 lần/ngày")}
WEEKLY = {"ru": ("еженедельно", "1 раз в неделю"), "kk": ("апта сайын", "аптасына 1 рет"), "vi": ("hằng tuần", "01 lần/tuần")}


def _often(doc: Doc, word: str) -> str:
    if word == "daily":
        return doc.pick(DAILY[doc.lang])
    if word == "weekly":
        return doc.pick(WEEKLY[doc.lang])
    return freq(doc, word)


# ---------------------------------------------------------------- facility

# (RU object, KK object, RU operator, KK operator, RU legal address, KK legal address, RU site, KK site, KATO prefix, lat, lon,
#  RU head, KK head, OKED, RU activity, KK activity, RU capacity, KK capacity, area)
KOSTANAY_CARS = (
    ("Завод полного цикла по производству легковых автомобилей «Тобыл»", "«Тобыл» жеңіл автомобильдер шығаратын толық циклді зауыты",
     "ТОО «Тобыл Автомотив»", "«Тобыл Автомотив» ЖШС",
     "Костанайская область, г. Костанай, ул. Промышленная, 52", "Қостанай облысы, Қостанай қ., Өнеркәсіп к., 52",
     "Костанайская область, г. Костанай, Северная промышленная зона, участок 12/3",
     "Қостанай облысы, Қостанай қ., Солтүстік өнеркәсіптік аймақ, 12/3 учаске", "3910", 53.247, 63.582,
     "Бекмаганбетов Нурлан Серикович", "Бекмағанбетов Нұрлан Серікұлы", "29101", "производство легковых автомобилей",
     "жеңіл автомобильдер өндірісі", "60 000 автомобилей в год (сварка, окраска и сборка кузовов)",
     "жылына 60 000 автомобиль (шанақтарды дәнекерлеу, бояу және құрастыру)", "48,6"),
    ("Автосборочный завод «Қостанай Моторс» (кузовное и окрасочное производство, конвейер сборки)",
     "«Қостанай Моторс» автоқұрастыру зауыты (шанақ және бояу өндірісі, құрастыру конвейері)",
     "АО «Қостанай Моторс»", "«Қостанай Моторс» АҚ",
     "Костанайская область, г. Костанай, пр. Абая, 28, офис 305", "Қостанай облысы, Қостанай қ., Абай даңғ., 28, 305 кеңсе",
     "Костанайская область, г. Костанай, ул. Карбышева, 2/1 (промышленная площадка № 2)",
     "Қостанай облысы, Қостанай қ., Карбышев к., 2/1 (№ 2 өнеркәсіптік алаң)", "3910", 53.193, 63.661,
     "Сагындыков Аскар Маратович", "Сағындықов Асқар Маратұлы", "29102", "производство грузовых автомобилей и автобусов",
     "жүк автомобильдері мен автобустар өндірісі", "12 000 автомобилей и 1 500 автобусов в год",
     "жылына 12 000 автомобиль және 1 500 автобус", "31,2"),
)  # fmt: skip
# (facility, owner, place, lat, lon, products, capacity, investor)
YENPHONG = (
    ("Nhà máy sản xuất mô-đun camera và bảng mạch điện tử Yên Phong 2", "Công ty TNHH Điện tử Hanbit Vina",
     "Lô CN-05, Khu công nghiệp Yên Phong, xã Long Châu, huyện Yên Phong, tỉnh Bắc Ninh", 21.204, 105.958,
     "lắp ráp bề mặt (SMT) bảng mạch điện tử, lắp ráp mô-đun camera cho điện thoại di động",
     "120 triệu sản phẩm/năm", "Hanbit Electronics Co., Ltd. (Hàn Quốc)"),
    ("Nhà máy linh kiện điện tử Daesung Yên Phong", "Công ty TNHH Daesung Precision Việt Nam",
     "Lô N4, Khu công nghiệp Yên Phong (mở rộng), xã Yên Trung, huyện Yên Phong, tỉnh Bắc Ninh", 21.218, 105.942,
     "dập, mạ và lắp ráp linh kiện kim loại, lắp ráp bảng mạch in cho thiết bị viễn thông",
     "85 triệu sản phẩm/năm", "Daesung Precision Co., Ltd. (Hàn Quốc)"),
)  # fmt: skip


def facility_hi1(doc: Doc) -> None:
    """The first section of an application for an integrated environmental permit (КЭР) of a car assembly plant in
    Kostanay, typed as a two-row table: in each row the left cell holds all the labels one per line and the right cell
    holds all the values one per line, line against line — the operator (name, legal form, BIN, address, head,
    phone) in the first row and the object (name, place, KATO, OKED with its words, category with its ground, the
    centre's decimal coordinates, capacity, area) in the second; a list of the plant's buildings of no role after it (VI:
    the first chapter of a báo cáo đề xuất cấp GPMT of an electronics plant in the Yên Phong industrial park typed the
    same way, the enterprise number beside the ten-digit project code of the investment certificate)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_hi1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    (o_ru, o_kk, op_ru, op_kk, a_ru, a_kk, s_ru, s_kk, prefix, lat0, lon0, h_ru, h_kk, oked, act_ru, act_kk, c_ru, c_kk,
     area) = doc.pick(KOSTANAY_CARS)
    name, operator = (o_ru, o_kk)[L], (op_ru, op_kk)[L]
    bin_, kato = make_bin(r), _kato(doc, prefix)
    lat = round(lat0 + r.uniform(-0.01, 0.01), 5)
    lon = round(lon0 + r.uniform(-0.01, 0.01), 5)
    phone = f"+7 (7142) {r.randint(50, 99)}-{r.randint(10, 99)}-{r.randint(10, 99)}"
    mail = doc.pick(("ecology", "ecolog", "hse"))
    doc.h(g("Заявление на получение комплексного экологического разрешения", "Кешенді экологиялық рұқсат алуға арналған өтініш", ""))
    doc.p(g("Раздел 1. Общие сведения об операторе и объекте I категории. Сведения приведены по состоянию на дату подачи заявления; "
            "подтверждающие документы – в приложениях 1–4.",
            "1-бөлім. Оператор және I санаттағы объект туралы жалпы мәліметтер. Мәліметтер өтініш берілген күнгі жағдай бойынша "
            "келтірілген; растайтын құжаттар – 1–4-қосымшаларда.", ""))
    labels1 = g(["Наименование оператора", "Организационно-правовая форма", "Бизнес-идентификационный номер (БИН)",
                 "Юридический адрес", "Первый руководитель", "Телефон, e-mail"],
                ["Оператордың атауы", "Ұйымдық-құқықтық нысаны", "Бизнес-сәйкестендіру нөмірі (БСН)", "Заңды мекенжайы",
                 "Бірінші басшысы", "Телефон, e-mail"], [])
    values1 = [operator,
               g("товарищество с ограниченной ответственностью" if op_ru.startswith("ТОО") else "акционерное общество",
                 "жауапкершілігі шектеулі серіктестік" if op_ru.startswith("ТОО") else "акционерлік қоғам", ""),
               bin_, (a_ru, a_kk)[L], g(f"генеральный директор {h_ru}", f"бас директор {h_kk}", ""),
               f"{phone}, {mail}@{'tobyl-auto' if 'Тобыл' in op_ru else 'kmotors'}.kz"]
    labels2 = g(["Наименование объекта", "Местонахождение объекта", "Код КАТО", "Основной вид деятельности (ОКЭД)",
                 "Категория объекта", "Координаты центра площадки (WGS-84)", "Проектная мощность", "Площадь земельного участка"],
                ["Объектінің атауы", "Объектінің орналасқан жері", "ӘАОЖ (ҚАТО) коды", "Негізгі қызмет түрі (ЭҚЖЖ)",
                 "Объектінің санаты", "Алаң орталығының координаттары (WGS-84)", "Жобалық қуаты", "Жер учаскесінің ауданы"], [])
    values2 = [name, (s_ru, s_kk)[L], kato, f"{oked} – {(act_ru, act_kk)[L]}",
               g("I (раздел 1 приложения 2 к Экологическому кодексу РК)", "I (ҚР Экология кодексінің 2-қосымшасының 1-бөлімі)", ""),
               g(f"{num(lat, 'ru')}° с.ш.; {num(lon, 'ru')}° в.д.", f"с.е. {num(lat, 'kk')}°; ш.б. {num(lon, 'kk')}°", ""),
               (c_ru, c_kk)[L], g(f"{area} га", f"{area} га", "")]
    rows = [g(["№", "Наименование сведений", "Сведения"], ["№", "Мәліметтердің атауы", "Мәліметтер"], []),
            ["1.1", "\n".join(labels1), "\n".join(values1)],
            ["1.2", "\n".join(labels2), "\n".join(values2)]]
    doc.table(g("Таблица 1 – Сведения об операторе и объекте", "1-кесте – Оператор және объект туралы мәліметтер", ""), rows,
              role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": "Тобыл" if "Тобыл" in name else "Қостанай Моторс",
                           "kato": kato, "oked": oked, "category": "I", "lat": lat, "lon": lon})
    brows = [g(["Корпус", "Назначение", "Площадь застройки, м2", "Год ввода"], ["Корпус", "Мақсаты", "Құрылыс ауданы, м2", "Берілген жылы"], [])]
    for b_ru, b_kk, (lo, hi) in (("Сварочный корпус", "Дәнекерлеу корпусы", (180, 320)), ("Окрасочный корпус", "Бояу корпусы", (220, 380)),
                                 ("Корпус сборки и испытаний", "Құрастыру және сынау корпусы", (300, 460)),
                                 ("Газовая котельная", "Газ қазандығы", (4, 9)), ("Склад ЛКМ и химикатов", "ЛБМ және химикаттар қоймасы", (6, 14))):
        brows.append([(b_ru, b_kk)[L], g("основное производство", "негізгі өндіріс", "") if "орпус" in b_ru else
                      g("вспомогательное", "қосалқы", ""), num(r.randint(lo, hi) * 100, doc.lang), str(r.randint(2012, 2024))])
    doc.table(g("Таблица 2 – Основные производственные корпуса", "2-кесте – Негізгі өндірістік корпустар", ""), brows, role="other")


def _facility_hi1_vi(doc: Doc) -> None:
    r = doc.rng
    name, owner, place, lat0, lon0, kind, capacity, investor = doc.pick(YENPHONG)
    msdn = make_msdn(r)
    project = f"{r.choice((5, 7, 8))}{r.randint(100000000, 999999999)}"
    lat, lat_v = _dms(lat0 + r.uniform(-0.004, 0.004))
    lon, lon_v = _dms(lon0 + r.uniform(-0.004, 0.004))
    rep = doc.pick(("Ông Kim Jae Won – Tổng Giám đốc", "Ông Park Sung Ho – Tổng Giám đốc", "Bà Lee Min Jung – Giám đốc"))
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG CỦA CƠ SỞ {name.upper()}")
    doc.h("Chương I. THÔNG TIN CHUNG VỀ CƠ SỞ")
    doc.p("Thông tin về chủ cơ sở và cơ sở được trình bày theo Mẫu Phụ lục X ban hành kèm theo Nghị định số 08/2022/NĐ-CP.")
    labels1 = ["Tên chủ cơ sở", "Nhà đầu tư", "Địa chỉ văn phòng", "Người đại diện theo pháp luật", "Điện thoại",
               "Giấy chứng nhận đăng ký doanh nghiệp", "Giấy chứng nhận đăng ký đầu tư"]
    values1 = [owner, investor, place, rep, f"0222 {r.randint(3600000, 3699999)}",
               f"Mã số doanh nghiệp {msdn}, đăng ký lần đầu ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.randint(2012, 2018)}, "
               f"đăng ký thay đổi lần thứ {r.randint(2, 7)}",
               f"Mã số dự án {project} do Ban Quản lý các KCN tỉnh Bắc Ninh cấp"]
    labels2 = ["Tên cơ sở", "Địa điểm cơ sở", "Tọa độ trung tâm (WGS-84)", "Loại hình sản xuất", "Quy mô, công suất",
               "Phân loại theo tiêu chí về môi trường"]
    values2 = [name, place, f"{lat} vĩ độ Bắc; {lon} kinh độ Đông", kind, capacity,
               "Cơ sở thuộc nhóm II (mục số 2, Phụ lục IV Nghị định số 08/2022/NĐ-CP)"]
    rows = [["TT", "Nội dung", "Thông tin"], ["1", "\n".join(labels1), "\n".join(values1)], ["2", "\n".join(labels2), "\n".join(values2)]]
    doc.table("Bảng 1.1. Thông tin chung về chủ cơ sở và cơ sở", rows, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": name, "category": "II", "lat": lat_v, "lon": lon_v})
    doc.p("Các hạng mục công trình chính của cơ sở được liệt kê tại Bảng 1.2.")
    rows = [["TT", "Hạng mục", "Diện tích (m2)", "Ghi chú"]]
    for k, (what, note, (lo, hi)) in enumerate((("Nhà xưởng SMT số 1", "02 tầng", (900, 1800)),
                                                ("Nhà xưởng lắp ráp mô-đun", "phòng sạch cấp 10.000", (600, 1400)),
                                                ("Kho hóa chất", "có gờ chống tràn", (12, 40)), ("Kho chất thải nguy hại", "tường gạch, mái tôn", (3, 8)),
                                                ("Trạm xử lý nước thải", "công suất 350 m3/ngày.đêm", (40, 90))), 1):
        rows.append([str(k), what, num(r.randint(lo, hi) * 10, "vi"), note])
    doc.table("Bảng 1.2. Các hạng mục công trình", rows, role="other")


# (RU object, KK object, RU operator, KK operator, RU place, KK place, KATO prefix, lat, lon, OKED, RU units, KK units, staff)
EKIBASTUZ = (
    ("Трансформаторный и кабельный завод (г. Экибастуз)", "Трансформатор және кабель зауыты (Екібастұз қ.)",
     "ТОО «Ертіс Электротехника»", "«Ертіс Электротехника» ЖШС",
     "Павлодарская область, г. Экибастуз, Промышленная зона, ул. Энергетиков, 101",
     "Павлодар облысы, Екібастұз қ., Өнеркәсіптік аймақ, Энергетиктер к., 101", "5522", 51.728, 75.335, "27110",
     "цех сборки трансформаторов, участок пропитки и сушки обмоток, кабельный цех (экструзия ПВХ), котельная, склад масел",
     "трансформаторларды құрастыру цехы, орамаларды сіңдіру және кептіру учаскесі, кабель цехы (ПВХ экструзиясы), қазандық, май қоймасы",
     (380, 640)),
    ("Экибастузский завод силовых трансформаторов и кабельно-проводниковой продукции",
     "Екібастұз күштік трансформаторлар және кабель-өткізгіш өнімдер зауыты",
     "АО «Экибастуз Трансформатор Кабель»", "«Екібастұз Трансформатор Кабель» АҚ",
     "Павлодарская область, г. Экибастуз, Северная промзона, строение 7",
     "Павлодар облысы, Екібастұз қ., Солтүстік өнеркәсіп аймағы, 7-құрылыс", "5522", 51.745, 75.301, "27320",
     "кабельный цех (волочение, экструзия), цех трансформаторов, лакокрасочный участок, ремонтно-механический цех",
     "кабель цехы (созу, экструзия), трансформаторлар цехы, лак-бояу учаскесі, жөндеу-механикалық цех", (250, 480)),
)  # fmt: skip
AUDITORS = (("Жаксыбекова Г.Т.", "Жақсыбекова Г.Т."), ("Пак Е.В.", "Пак Е.В."), ("Оспанов Д.К.", "Оспанов Д.Қ."),
            ("Ильина М.А.", "Ильина М.А."))
# (facility, owner, place, lat, lon, products)
YENBINH = (
    ("Nhà máy linh kiện điện tử Yên Bình 3", "Công ty TNHH Hanwool Electronics Việt Nam",
     "Lô CN-12, Khu công nghiệp Yên Bình, phường Đồng Tiến, thành phố Phổ Yên, tỉnh Thái Nguyên", 21.441, 105.882,
     "bảng mạch in nhiều lớp, mô-đun hiển thị"),
    ("Nhà máy sản xuất bảng mạch in Yên Bình", "Công ty TNHH Seojin PCB Thái Nguyên",
     "Lô CN-03, Khu công nghiệp Yên Bình, xã Hồng Tiến, thành phố Phổ Yên, tỉnh Thái Nguyên", 21.452, 105.874,
     "bảng mạch in hai mặt và nhiều lớp (khoan, mạ đồng, ăn mòn, phủ mực)"),
)


def facility_hi2(doc: Doc) -> None:
    """The header of an internal audit report of an environmental management system (ISO 14001) at a transformer and
    cable works in Ekibastuz: a grid of three label–value pairs to a row (six columns, no header row), the audit's own
    fields (number, dates, type, criteria, auditors) mixed with the site's — operator and BIN, object, address and KATO
    (Kazakh `БСН`, `ҚАТО`, `ЭҚЖЖ`), OKED, category beside the permit's number, the centre in degrees and decimal minutes
    as a GPS receiver shows them (`N 51°43,275′ E 75°19,842′`) or in decimal degrees — some values merged over two or
    three pairs; the audit's findings by clause in a table of no role after it (VI: an electronics or printed-circuit
    board plant in the Yên Bình industrial park, the enterprise number beside the permit's number)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_hi2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    o_ru, o_kk, op_ru, op_kk, p_ru, p_kk, prefix, lat0, lon0, oked, u_ru, u_kk, (lo, hi) = doc.pick(EKIBASTUZ)
    name, operator = (o_ru, o_kk)[L], (op_ru, op_kk)[L]
    bin_, kato = make_bin(r), _kato(doc, prefix)
    lat0, lon0 = lat0 + r.uniform(-0.008, 0.008), lon0 + r.uniform(-0.008, 0.008)
    if r.random() < 0.6:
        (la, lat), (lo_, lon) = _dm(lat0), _dm(lon0)
        coords = f"N {la} E {lo_}"
    else:
        lat, lon = round(lat0, 5), round(lon0, 5)
        coords = g(f"{num(lat, 'ru')}° с.ш., {num(lon, 'ru')}° в.д.", f"с.е. {num(lat, 'kk')}°, ш.б. {num(lon, 'kk')}°", "")
    cat = doc.pick(("I", "II"))
    permit = f"KZ{r.randint(10, 99)}{'VCZ' if cat == 'I' else 'VWF'}{r.randint(10**7, 10**8 - 1):08d}"
    lead, a1, a2 = r.sample(AUDITORS, 3)
    day = r.randint(3, 24)
    audit = f"ВА-{r.randint(1, 6):02d}/2026"
    doc.h(g(f"Отчет о внутреннем аудите системы экологического менеджмента № {audit}",
            f"Экологиялық менеджмент жүйесінің ішкі аудиті туралы № {audit} есеп", ""))
    doc.p(g("Аудит проведен по годовой программе внутренних аудитов на соответствие требованиям ISO 14001:2015, комплексного "
            "экологического разрешения и Экологического кодекса Республики Казахстан.",
            "Аудит ішкі аудиттердің жылдық бағдарламасы бойынша ISO 14001:2015, кешенді экологиялық рұқсат және Қазақстан "
            "Республикасы Экология кодексі талаптарына сәйкестікке жүргізілді.", ""))
    rows = [
        [g("Номер аудита", "Аудит нөмірі", ""), audit, g("Дата проведения", "Өткізілген күні", ""), f"{day:02d}–{day + 2:02d}.03.2026",
         g("Вид аудита", "Аудит түрі", ""), g("плановый, комплексный", "жоспарлы, кешенді", "")],
        [g("Проверяемая организация", "Тексерілетін ұйым", ""), operator, None, None, g("БИН", "БСН", ""), bin_],
        [g("Объект (производственная площадка)", "Объект (өндірістік алаң)", ""), name, None, None, None, None],
        [g("Адрес площадки", "Алаңның мекенжайы", ""), (p_ru, p_kk)[L], None, None, g("КАТО", "ҚАТО", ""), kato],
        [g("ОКЭД", "ЭҚЖЖ", ""), oked, g("Категория объекта по ЭК РК", "ҚР ЭК бойынша объект санаты", ""), cat,
         g("Экологическое разрешение", "Экологиялық рұқсат", ""),
         g(f"КЭР № {permit} от 12.09.2024", f"2024 ж. 12.09. № {permit} КЭР", "") if cat == "I" else
         g(f"разрешение на воздействие № {permit} от 12.09.2024", f"2024 ж. 12.09. № {permit} әсер етуге рұқсат", "")],
        [g("Координаты центра площадки", "Алаң орталығының координаттары", ""), coords, None, None,
         g("Численность персонала, чел.", "Персонал саны, адам", ""), str(r.randint(lo, hi))],
        [g("Проверяемые подразделения", "Тексерілетін бөлімшелер", ""), (u_ru, u_kk)[L], None, None, None, None],
        [g("Критерии аудита", "Аудит өлшемшарттары", ""),
         g("ISO 14001:2015 (п. 6.1.3, 8.1, 9.1.2); условия экологического разрешения; программа ПЭК на 2025–2027 гг.",
           "ISO 14001:2015 (6.1.3, 8.1, 9.1.2-т.); экологиялық рұқсат шарттары; 2025–2027 жж. ӨЭБ бағдарламасы", ""), None, None, None, None],
        [g("Руководитель аудиторской группы", "Аудиторлық топ жетекшісі", ""), lead[L], g("Аудиторы", "Аудиторлар", ""),
         f"{a1[L]}, {a2[L]}", None, None],
    ]
    merges = [(1, 1, 1, 3), (2, 1, 2, 5), (3, 1, 3, 3), (5, 1, 5, 3), (6, 1, 6, 5), (7, 1, 7, 5), (8, 3, 8, 5)]
    doc.table(g("1. Общие сведения", "1. Жалпы мәліметтер", ""), rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": (o_ru, o_kk)[L].split(" (")[0], "kato": kato, "oked": oked, "category": cat,
                           "lat": lat, "lon": lon})
    doc.p(g("2. Результаты аудита", "2. Аудит нәтижелері", ""))
    frows = [g(["Пункт ISO 14001", "Наблюдение", "Классификация"], ["ISO 14001 тармағы", "Байқау", "Жіктелуі"], [])]
    for clause, f_ru, f_kk, k_ru, k_kk in (
            ("6.1.3", "Реестр обязательных требований не актуализирован после изменения экологического разрешения",
             "Міндетті талаптар тізілімі экологиялық рұқсат өзгергеннен кейін өзектендірілмеген", "несоответствие", "сәйкессіздік"),
            ("8.1", "Поддоны под бочками с трансформаторным маслом переполнены", "Трансформатор майы бар бөшкелер астындағы табандықтар толып кеткен",
             "несоответствие", "сәйкессіздік"),
            ("9.1.2", "Оценка соблюдения выполнена, протоколы замеров в наличии", "Сәйкестікті бағалау орындалды, өлшеу хаттамалары бар",
             "соответствует", "сәйкес")):
        frows.append([clause, (f_ru, f_kk)[L], (k_ru, k_kk)[L]])
    doc.table(None, frows, role="other")


def _facility_hi2_vi(doc: Doc) -> None:
    r = doc.rng
    name, owner, place, lat0, lon0, products = doc.pick(YENBINH)
    msdn = make_msdn(r)
    lat, lon = round(lat0 + r.uniform(-0.004, 0.004), 5), round(lon0 + r.uniform(-0.004, 0.004), 5)
    day = r.randint(3, 24)
    code = f"IA-ENV-{r.randint(1, 9):02d}/2026"
    group = doc.pick(("I", "II"))
    doc.h(f"BÁO CÁO ĐÁNH GIÁ NỘI BỘ HỆ THỐNG QUẢN LÝ MÔI TRƯỜNG SỐ {code}")
    doc.p("Cuộc đánh giá được thực hiện theo chương trình đánh giá nội bộ năm 2026, căn cứ tiêu chuẩn ISO 14001:2015 và giấy "
          "phép môi trường của cơ sở.")
    rows = [
        ["Số báo cáo", code, "Ngày đánh giá", f"{day:02d}–{day + 1:02d}/3/2026", "Loại hình", "Định kỳ, toàn diện"],
        ["Đơn vị được đánh giá", owner, None, None, "Mã số doanh nghiệp", msdn],
        ["Cơ sở", name, None, None, None, None],
        ["Địa điểm", place, None, None, None, None],
        ["Sản phẩm", products, None, None, "Nhóm (Luật BVMT 2020)", group],
        ["Tọa độ trung tâm", f"{num(lat, 'vi')}° B; {num(lon, 'vi')}° Đ", None, None, "Giấy phép môi trường",
         f"Số {r.randint(100, 480)}/GPMT-BTNMT ngày {r.randint(1, 28)}/{r.randint(1, 12)}/2024" if group == "I" else
         f"Số {r.randint(100, 480)}/GPMT-UBND ngày {r.randint(1, 28)}/{r.randint(1, 12)}/2024"],
        ["Chuẩn mực đánh giá", "ISO 14001:2015 (điều 6.1.3, 8.1, 9.1.2); giấy phép môi trường; QCVN 40:2011/BTNMT", None, None, None, None],
        ["Trưởng đoàn đánh giá", doc.pick(("Nguyễn Thị Thu Hà", "Trần Quốc Việt")), "Thành viên", "Lê Văn Nam, Phạm Thị Hằng", None, None],
    ]
    merges = [(1, 1, 1, 3), (2, 1, 2, 5), (3, 1, 3, 5), (4, 1, 4, 3), (5, 1, 5, 3), (6, 1, 6, 5), (7, 3, 7, 5)]
    doc.table("1. Thông tin chung", rows, merges, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": name, "category": group, "lat": lat, "lon": lon})
    doc.p("2. Kết quả đánh giá")
    frows = [["Điều khoản", "Phát hiện", "Phân loại"],
             ["8.1", "Khu vực lưu giữ dung dịch ăn mòn đồng thải chưa có biển cảnh báo", "Điểm không phù hợp nhẹ"],
             ["9.1.1", "Thiết bị đo lưu lượng nước thải chưa được hiệu chuẩn đúng hạn", "Điểm không phù hợp nhẹ"],
             ["9.1.2", "Đã đánh giá sự tuân thủ, có đầy đủ phiếu kết quả quan trắc", "Phù hợp"]]
    doc.table(None, frows, role="other")


# ---------------------------------------------------------------- emissions

# code: (I1 range t/year, share into waste water, share regenerated)
SOLVENTS = {
    "0616": ((20, 60), 0.0, (0.02, 0.05)), "0621": ((5, 18), 0.0, (0.02, 0.05)), "1210": ((15, 45), 0.0, (0.02, 0.06)),
    "0627": ((3, 10), 0.0, (0.01, 0.03)), "1042": ((4, 12), 0.015, (0.01, 0.03)), "1119": ((2, 8), 0.03, (0.0, 0.0)),
    "1401": ((6, 16), 0.0, (0.2, 0.35)),
}
ALMATY_CARS = (("ТОО «Алатау Моторс Индастри»", "«Алатау Моторс Индастри» ЖШС", "Алатауский район, Индустриальная зона «Алатау»",
                "Алатау ауданы, «Алатау» индустриялық аймағы"),
               ("АО «Жетысу Автосборка»", "«Жетісу Автоқұрастыру» АҚ", "Алатауский район, мкр. Алгабас, ул. Индустриальная, 12",
                "Алатау ауданы, Алғабас ш/а, Индустриялық к., 12"))
# (RU, KK, organic solvents %, share of all solvents)
LKM = (("Катафорезный грунт (пигментная паста и связующее)", "Катафорездік грунт (пигмент пастасы және байланыстырғыш)", 2, 0.03),
       ("Грунт-наполнитель 2К", "2К грунт-толтырғыш", 38, 0.15), ("Базовая эмаль (металлик, солид)", "Базалық эмаль (металлик, солид)", 55, 0.3),
       ("Лак 2К акрил-уретановый", "2К акрил-уретан лагы", 45, 0.2), ("Разбавители и отвердители", "Сұйылтқыштар мен қатайтқыштар", 85, 0.12),
       ("Промывочный растворитель (для смены цвета)", "Жуу еріткіші (түсті ауыстыру үшін)", 100, 0.2))


def _balance(doc: Doc, codes) -> list[tuple[str, float, float, float, float, float, float, float]]:
    """A row per substance: I1, O1, O2, O4, O5, O6, O8 (t/year), rounded as printed."""
    r = doc.rng
    out = []
    for c in codes:
        (lo, hi), water, (rlo, rhi) = SOLVENTS[c]
        i1 = _sig(r.uniform(lo, hi), 3)
        o2 = _sig(i1 * water * r.uniform(0.6, 1.4), 2) if water else 0.0
        o6 = _sig(i1 * r.uniform(0.05, 0.12), 3)
        o8 = _sig(i1 * r.uniform(rlo, rhi), 3) if rhi else 0.0
        rest = i1 - o2 - o6 - o8 - i1 * r.uniform(0.002, 0.012)
        captured = rest * r.uniform(0.78, 0.9)
        o5 = _sig(captured * r.uniform(0.95, 0.985), 3)
        o1 = _sig(captured - o5, 3)
        o4 = _sig(rest - captured, 3)
        out.append((c, i1, o1, o2, o4, o5, o6, o8))
    return out


def emissions_hi1(doc: Doc) -> None:
    """The solvent balance of a car plant's paint shop in Almaty, laid out as a solvent management plan: a row per
    substance with its input I1 and the outputs O1 (the stack after the thermal oxidiser, ИЗА 0005), O2 (waste water), O4
    (uncaptured, through roof lanterns and gates — the unorganised ИЗА 6003), O5 (destroyed in the oxidiser), O6 (in the
    wastes collected), O8 (regenerated) under a merged `Выход, т/год`, the imbalance in per cent last; only the O1 and O4
    columns are emissions, in tonnes a year without grams a second; the paint materials' consumption in a table of no
    role before it (VI: a motorbike plant's paint line in Vĩnh Phúc, the stack after the RTO and the fugitive share named
    but not numbered)."""
    r = doc.rng
    codes = ["0616", "1210", *sorted(r.sample(["0621", "0627", "1042", "1119", "1401"], r.randint(3, 5)))]
    rows_b = _balance(doc, codes)
    if doc.lang == "vi":
        _emissions_hi1_vi(doc, rows_b)
        return
    L = _L(doc)
    g = doc.v
    op_ru, op_kk, p_ru, p_kk = doc.pick(ALMATY_CARS)
    doc.h(g(f"Проект нормативов допустимых выбросов. {op_ru}, завод по сборке легковых автомобилей (г. Алматы, {p_ru})",
            f"Жол берілетін шығарындылар нормативтерінің жобасы. {op_kk}, жеңіл автомобильдерді құрастыру зауыты (Алматы қ., {p_kk})", ""))
    doc.h(g("3.2. Баланс органических растворителей окрасочного производства за 2025 год",
            "3.2. Бояу өндірісінің 2025 жылғы органикалық еріткіштер балансы", ""))
    doc.p(g("Валовые выбросы летучих органических соединений окрасочного корпуса определены балансовым методом по фактическому расходу "
            "лакокрасочных материалов (ЛКМ) и данным паспортов безопасности о составе их летучей части. Воздух окрасочных камер и "
            "сушильных печей после улавливания направляется на регенеративный термический окислитель и выбрасывается через трубу "
            "ИЗА 0005; неуловленная часть поступает в атмосферу через аэрационные фонари и проемы корпуса (ИЗА 6003).",
            "Бояу корпусының ұшпа органикалық қосылыстарының жалпы шығарындылары лак-бояу материалдарының (ЛБМ) нақты шығыны және "
            "олардың ұшпа бөлігінің құрамы туралы қауіпсіздік паспорттарының деректері бойынша баланстық әдіспен анықталды. Бояу "
            "камералары мен кептіру пештерінің ауасы ұсталғаннан кейін регенеративті термиялық тотықтырғышқа жіберіліп, 0005 ЛШК "
            "құбыры арқылы шығарылады; ұсталмаған бөлігі корпустың аэрациялық шамдары мен ойықтары арқылы атмосфераға түседі (6003 ЛШК).", ""))
    mrows = [g(["Материал", "Расход, т/год", "Содержание органических растворителей, %"],
               ["Материал", "Шығыны, т/жыл", "Органикалық еріткіштердің құрамы, %"], [])]
    solvents = sum(x[1] for x in rows_b)
    for m_ru, m_kk, share, part in LKM:
        mrows.append([(m_ru, m_kk)[L], num(_sig(solvents * part * r.uniform(0.9, 1.1) / (share / 100), 3), doc.lang), num(share, doc.lang)])
    doc.table(g("Таблица 3.1 – Расход ЛКМ и растворителей в 2025 году", "3.1-кесте – 2025 жылғы ЛБМ және еріткіштер шығыны", ""), mrows,
              role="other")
    head0 = g(["Код ЗВ", "Наименование вещества", "Класс опасности", "Поступление, т/год", "Выход, т/год", None, None, None, None, None,
               "Невязка баланса, %"],
              ["ЛЗ коды", "Заттың атауы", "Қауіптілік сыныбы", "Түсуі, т/жыл", "Шығуы, т/жыл", None, None, None, None, None,
               "Баланс алшақтығы, %"], [])
    head1 = g([None, None, None, "I1 – поступило с ЛКМ, растворителями и очистителями",
               "O1 – с отходящими газами через ИЗА 0005 (после термического окислителя)", "O2 – со сточными водами",
               "O4 – неуловленные выбросы через аэрационные фонари и проемы (ИЗА 6003)", "O5 – разложено в термическом окислителе",
               "O6 – в составе собранных отходов", "O8 – регенерировано и использовано повторно", None],
              [None, None, None, "I1 – ЛБМ, еріткіштер және тазартқыштармен түсті",
               "O1 – шығатын газдармен 0005 ЛШК арқылы (термиялық тотықтырғыштан кейін)", "O2 – ағынды сулармен",
               "O4 – аэрациялық шамдар мен ойықтар арқылы ұсталмаған шығарындылар (6003 ЛШК)",
               "O5 – термиялық тотықтырғышта ыдыратылды", "O6 – жиналған қалдықтар құрамында",
               "O8 – регенерацияланып, қайта пайдаланылды", None], [])
    rows = [head0, head1]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 4, 0, 9), (0, 10, 1, 10)]
    cols = [[] for _ in range(7)]
    for c, i1, o1, o2, o4, o5, o6, o8 in rows_b:
        gap = round((i1 - o1 - o2 - o4 - o5 - o6 - o8) / i1 * 100, 1)
        rows.append([c, _name(doc, c), _cls(c), num(i1, doc.lang), num(o1, doc.lang), num(o2, doc.lang) if o2 else "–",
                     num(o4, doc.lang), num(o5, doc.lang), num(o6, doc.lang), num(o8, doc.lang) if o8 else "–", num(gap, doc.lang)])
        for k, v in enumerate((i1, o1, o2, o4, o5, o6, o8)):
            cols[k].append(v)
        hz = SUBST[c][3]
        doc.add("emissions", {"code": c, "source_number": "0005", "g_s": None, "t_y": o1, "hazard_class": hz, "period": None},
                {"code": c, "source_number": "6003", "g_s": None, "t_y": o4, "hazard_class": hz, "period": None})
    sums = [_sum(col) for col in cols]
    rows.append([g("Итого", "Барлығы", ""), None, None, *(num(round(v, 4), doc.lang) for v in sums),
                 num(round((sums[0] - sum(sums[1:])) / sums[0] * 100, 1), doc.lang)])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 2))
    doc.table(g("Таблица 3.2 – Баланс органических растворителей, т/год", "3.2-кесте – Органикалық еріткіштер балансы, т/жыл", ""), rows,
              merges, role="emissions")
    doc.add("sources", {"number": "0005", "type": "organized"}, {"number": "6003", "type": "unorganized"})
    e = round(sums[1] + sums[3], 3)
    doc.p(g(f"Выброс ЛОС в атмосферу E = O1 + O4 = {num(e, 'ru')} т/год. Эффективность улавливания определена по результатам "
            "аэродинамических испытаний окрасочных камер, степень разложения в окислителе – по протоколам замеров на входе и выходе. "
            "Максимальные разовые выбросы (г/с) рассчитаны в таблице 3.5 для режима одновременной работы всех камер.",
            f"Атмосфераға ҰОҚ шығарындысы E = O1 + O4 = {num(e, 'kk')} т/жыл. Ұстау тиімділігі бояу камераларының аэродинамикалық "
            "сынақтарының нәтижелері бойынша, тотықтырғышта ыдырау дәрежесі кірер және шығар кездегі өлшеу хаттамалары бойынша "
            "анықталды. Ең жоғары бір реттік шығарындылар (г/с) барлық камералар бір мезгілде жұмыс істеген режим үшін 3.5-кестеде "
            "есептелді.", ""))
    maybe_distractor(doc, 0.25)


def _emissions_hi1_vi(doc: Doc, rows_b) -> None:
    r = doc.rng
    plant = doc.pick(("Nhà máy sản xuất, lắp ráp xe máy Bình Xuyên – Công ty TNHH Xe máy Tam Dương Việt Nam",
                      "Nhà máy xe máy Phúc Yên 2 – Công ty TNHH Sản xuất Xe máy Kim Hoa Việt Nam"))
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – {plant.upper()}, TỈNH VĨNH PHÚC")
    doc.h("3.1.4. Cân bằng dung môi hữu cơ của xưởng sơn khung và chi tiết nhựa năm 2025")
    doc.p("Lượng dung môi đưa vào được tính từ khối lượng sơn, dung môi pha và dung môi vệ sinh súng phun đã sử dụng và tỷ lệ thành "
          "phần theo phiếu an toàn hóa chất (SDS). Khí thải buồng sơn và lò sấy được thu gom về thiết bị đốt nhiệt hồi lưu (RTO) và "
          "thoát ra qua ống thải số 02 (cao 25 m); phần không thu gom được phát tán qua cửa mái và cửa ra vào của xưởng.")
    head0 = ["Chất", "Đầu vào (tấn/năm)", "Đầu ra (tấn/năm)", None, None, None, None, None, "Chênh lệch (%)"]
    head1 = [None, "I1 – Dung môi trong sơn, dung môi pha, dung môi vệ sinh", "O1 – Khí thải qua ống thải số 02 sau RTO",
             "O2 – Theo nước thải", "O4 – Phát tán không qua ống thải (cửa mái, cửa ra vào)", "O5 – Bị phân hủy trong RTO",
             "O6 – Trong chất thải thu gom", "O8 – Thu hồi, tái sử dụng", None]
    rows = [head0, head1]
    merges = [(0, 0, 1, 0), (0, 2, 0, 7), (0, 8, 1, 8)]
    for c, i1, o1, o2, o4, o5, o6, o8 in rows_b:
        if not SUBST[c][2]:
            continue
        gap = round((i1 - o1 - o2 - o4 - o5 - o6 - o8) / i1 * 100, 1)
        rows.append([_name(doc, c), num(i1, "vi"), num(o1, "vi"), num(o2, "vi") if o2 else "-", num(o4, "vi"), num(o5, "vi"),
                     num(o6, "vi"), num(o8, "vi") if o8 else "-", num(gap, "vi")])
        doc.add("emissions", {"code": c, "source_number": None, "g_s": None, "t_y": o1, "hazard_class": None, "period": None},
                {"code": c, "source_number": None, "g_s": None, "t_y": o4, "hazard_class": None, "period": None})
    doc.table("Bảng 3.6. Cân bằng dung môi hữu cơ (tấn/năm)", rows, merges, role="emissions")
    doc.p(f"Hiệu suất thu gom khí thải của buồng sơn đạt khoảng {r.randint(80, 88)}%, hiệu suất xử lý của RTO đạt trên 95% theo kết "
          "quả đo đầu vào – đầu ra do đơn vị quan trắc thực hiện.")
    maybe_distractor(doc, 0.25)


# (sub-source key, RU, KK, VI) of the stacks; codes each sub-source emits
AGRO_STACKS = (
    ("0003", ("Общая труба окрасочных камер (H = 28 м, D = 1,4 м)", "Бояу камераларының ортақ құбыры (H = 28 м, D = 1,4 м)"),
     (("ОК-1 (грунтование), т/год", "ОК-1 (грунттау), т/жыл"), ("ОК-2 (окраска эмалью), т/год", "ОК-2 (эмальмен бояу), т/жыл"),
      ("КП (камера подкраски), т/год", "КП (бояуды түзету камерасы), т/жыл")),
     {"0616": (1, 1, 1), "0621": (1, 0, 1), "1210": (0, 1, 1), "2752": (0, 1, 1), "1042": (1, 0, 0), "2902": (1, 1, 1)}),
    ("0004", ("Труба ванны катафореза и печи полимеризации (H = 22 м, D = 0,8 м)",
              "Катафорез ваннасы мен полимеризация пешінің құбыры (H = 22 м, D = 0,8 м)"),
     (("ванна КТЛ, т/год", "КТЛ ваннасы, т/жыл"), ("печь полимеризации, т/год", "полимеризация пеші, т/жыл")),
     {"1119": (1, 1), "1042": (1, 1), "0616": (0, 1), "1325": (0, 1)}),
)
AGRO_FUGITIVE = ("6001", ("Пост ручной подкраски на участке сборки", "Құрастыру учаскесіндегі қолмен бояу посты"),
                 ("0616", "1210", "2752", "2902"))
AGRO_ORDER = ("0616", "0621", "1210", "1042", "1119", "2752", "1325", "2902")
AGRO_PLANTS = (("ТОО «Тобыл Агромаш»", "«Тобыл Агромаш» ЖШС", "зерноуборочных комбайнов и посевных комплексов",
                "астық жинайтын комбайндар мен егіс кешендері"),
               ("АО «Қостанай Ауылшаруашылық Машиналары»", "«Қостанай Ауылшаруашылық Машиналары» АҚ", "тракторов и почвообрабатывающей техники",
                "тракторлар мен топырақ өңдейтін техника"))


def emissions_hi2(doc: Doc) -> None:
    """An НДВ draft of an agricultural machinery plant in Kostanay whose booths, e-coat tank and curing oven (sources of
    release) exhaust through common stacks: the substances as rows, each stack a column group headed by its number,
    name, height and diameter, the sources of release as sub-columns of tonnes a year and the stack's `всего, г/с |
    всего, т/год` closing the group — only these totals are emissions — a dash where a booth does not emit, an
    unorganised post with its two totals only, the hazard class beside the name (VI: a car plant's paint shop at Chu Lai,
    the booths and ovens in kilograms a year, the stack's totals in g/s and tonnes a year, no codes and no classes)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_hi2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    op_ru, op_kk, pr_ru, pr_kk = doc.pick(AGRO_PLANTS)
    hours = r.choice((3600, 3900, 4100))
    doc.h(g(f"Проект нормативов допустимых выбросов {op_ru} (завод {pr_ru}, г. Костанай)",
            f"{op_kk} жол берілетін шығарындылар нормативтерінің жобасы ({pr_kk} зауыты, Қостанай қ.)", ""))
    doc.p(g(f"Окрасочно-сушильный комплекс работает в две смены, {num(hours, 'ru')} ч/год. Источники выделения (окрасочные камеры, "
            "ванна катафорезного грунтования, печь полимеризации) объединены газоходами в общие источники выбросов; нормативы "
            "устанавливаются по источникам выбросов. Максимальные разовые выбросы определены для одновременной работы всех "
            "источников выделения.",
            f"Бояу-кептіру кешені екі ауысымда жұмыс істейді, жылына {num(hours, 'kk')} сағ. Бөліну көздері (бояу камералары, катафорездік "
            "грунттау ваннасы, полимеризация пеші) газ құбырларымен ортақ шығарынды көздеріне біріктірілген; нормативтер шығарынды "
            "көздері бойынша белгіленеді. Ең жоғары бір реттік шығарындылар барлық бөліну көздерінің бір мезгілде жұмыс істеуі "
            "үшін анықталды.", ""))
    fugitive = doc.lang == "kk" or r.random() < 0.8
    stacks = [s for s in AGRO_STACKS]
    head0 = g(["Код ЗВ", "Наименование ЗВ", "Класс опасности"], ["ЛЗ коды", "ЛЗ атауы", "Қауіптілік сыныбы"], [])
    head1 = [None, None, None]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2)]
    for number, (n_ru, n_kk), subs, _ in stacks:
        start = len(head0)
        head0 += [g(f"ИЗА {number} – {n_ru}", f"{number} ЛШК – {n_kk}", "")] + [None] * (len(subs) + 1)
        head1 += [(s_ru, s_kk)[L] for s_ru, s_kk in subs] + [g("всего, г/с", "барлығы, г/с", ""), g("всего, т/год", "барлығы, т/жыл", "")]
        merges.append((0, start, 0, len(head0) - 1))
    if fugitive:
        number, (n_ru, n_kk), _ = AGRO_FUGITIVE
        start = len(head0)
        head0 += [g(f"ИЗА {number} – {n_ru}", f"{number} ЛШК – {n_kk}", ""), None]
        head1 += ["г/с", g("т/год", "т/жыл", "")]
        merges.append((0, start, 0, start + 1))
    rows = [head0, head1]
    totals: dict[str, list[float]] = {}
    for c in AGRO_ORDER:
        line = [c, _name(doc, c), _cls(c)]
        hz = SUBST[c][3]
        for number, _, subs, emits in stacks:
            flags = emits.get(c)
            if not flags:
                line += ["–"] * (len(subs) + 2)
                continue
            parts = [_sig(r.uniform(0.05, 6.5) if c != "1325" else r.uniform(0.005, 0.06), 3) if f else None for f in flags]
            t = round(_sum(p for p in parts if p is not None), 6)
            gs = _sig(t * 1e6 / (3600 * hours) * r.uniform(1.2, 1.6), 3)
            line += [num(p, doc.lang) if p is not None else "–" for p in parts] + [num(gs, doc.lang), num(t, doc.lang)]
            doc.add("emissions", {"code": c, "source_number": number, "g_s": gs, "t_y": t, "hazard_class": hz, "period": None})
            totals.setdefault(number, [0.0, 0.0])
            totals[number][0] += gs
            totals[number][1] += t
        if fugitive:
            number = AGRO_FUGITIVE[0]
            if c in AGRO_FUGITIVE[2]:
                t = _sig(r.uniform(0.02, 0.6), 3)
                gs = _sig(t * 1e6 / (3600 * 1200) * r.uniform(1.1, 1.5), 3)
                line += [num(gs, doc.lang), num(t, doc.lang)]
                doc.add("emissions", {"code": c, "source_number": number, "g_s": gs, "t_y": t, "hazard_class": hz, "period": None})
                totals.setdefault(number, [0.0, 0.0])
                totals[number][0] += gs
                totals[number][1] += t
            else:
                line += ["–", "–"]
        rows.append(line)
    last = [g("Всего по источнику", "Көз бойынша барлығы", ""), None, None]
    for number, _, subs, _ in stacks:
        gs, t = totals[number]
        last += [""] * len(subs) + [num(_sig(gs, 4), doc.lang), num(round(t, 4), doc.lang)]
    if fugitive:
        gs, t = totals[AGRO_FUGITIVE[0]]
        last += [num(_sig(gs, 4), doc.lang), num(round(t, 4), doc.lang)]
    rows.append(last)
    merges.append((len(rows) - 1, 0, len(rows) - 1, 2))
    doc.table(g("Таблица 3.4 – Выбросы окрасочно-сушильного комплекса по источникам выбросов",
                "3.4-кесте – Бояу-кептіру кешенінің шығарынды көздері бойынша шығарындылары", ""), rows, merges, role="emissions")
    doc.add("sources", *({"number": s[0], "type": "organized"} for s in stacks))
    if fugitive:
        doc.add("sources", {"number": AGRO_FUGITIVE[0], "type": "unorganized"})
    doc.p(g("ОК – окрасочная камера; КП – камера подкраски; КТЛ – катодное электроосаждение грунта. Графы источников выделения "
            "приведены для справки.",
            "ОК – бояу камерасы; КП – бояуды түзету камерасы; КТЛ – грунтты катодтық электртұндыру. Бөліну көздерінің бағандары "
            "анықтама үшін келтірілген.", ""))
    maybe_distractor(doc, 0.3)


VI_PAINT_STACKS = (
    ("Ống thải số 01 – hệ thống hút, xử lý khí thải các buồng sơn (màng nước + than hoạt tính)",
     ("Buồng sơn lót (kg/năm)", "Buồng sơn màu (kg/năm)", "Buồng sơn bóng (kg/năm)"),
     {"2902": (1, 1, 1), "0616": (1, 1, 1), "0621": (1, 1, 0), "1210": (0, 1, 1), "0627": (1, 1, 0)}),
    ("Ống thải số 02 – lò sấy sơn điện di (ED) và lò sấy sơn phủ", ("Lò sấy ED (kg/năm)", "Lò sấy sơn phủ (kg/năm)"),
     {"0616": (1, 1), "1210": (0, 1), "1325": (1, 0), "0337": (1, 1)}),
)
VI_PAINT_ORDER = ("2902", "0616", "0621", "1210", "0627", "1325", "0337")


def _emissions_hi2_vi(doc: Doc) -> None:
    r = doc.rng
    hours = r.choice((4200, 4800))
    plant = doc.pick(("NHÀ MÁY SẢN XUẤT, LẮP RÁP Ô TÔ DU LỊCH TAM HIỆP", "NHÀ MÁY Ô TÔ THƯƠNG MẠI CHU LAI 2"))
    doc.h(f"BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG DỰ ÁN MỞ RỘNG {plant}, KKT MỞ CHU LAI, TỈNH QUẢNG NAM")
    doc.h("3.2.1.2. Tải lượng khí thải từ xưởng sơn trong giai đoạn vận hành")
    doc.p(f"Xưởng sơn vận hành {num(hours, 'vi')} giờ/năm. Khí thải từ các buồng sơn và lò sấy được thu gom về hai ống thải chung; "
          "tải lượng tối đa (g/s) tính cho trường hợp tất cả các buồng, lò cùng hoạt động.")
    head0 = ["Thông số"]
    head1 = [None]
    merges = [(0, 0, 1, 0)]
    for name, subs, _ in VI_PAINT_STACKS:
        start = len(head0)
        head0 += [name] + [None] * (len(subs) + 1)
        head1 += list(subs) + ["Tổng (g/s)", "Tổng (tấn/năm)"]
        merges.append((0, start, 0, len(head0) - 1))
    rows = [head0, head1]
    for c in VI_PAINT_ORDER:
        line = [_name(doc, c)]
        for _, subs, emits in VI_PAINT_STACKS:
            flags = emits.get(c)
            if not flags:
                line += ["-"] * (len(subs) + 2)
                continue
            parts = [_sig(r.uniform(40, 5200) if c not in ("1325", "0337") else r.uniform(5, 300), 3) if f else None for f in flags]
            kg = _sum(p for p in parts if p is not None)
            t = float(Decimal(repr(kg)) / 1000)
            gs = _sig(kg * 1000 / (3600 * hours) * r.uniform(1.2, 1.5), 3)
            line += [num(p, "vi") if p is not None else "-" for p in parts] + [num(gs, "vi"), num(t, "vi")]
            doc.add("emissions", {"code": c, "source_number": None, "g_s": gs, "t_y": t, "hazard_class": None, "period": None})
        rows.append(line)
    doc.table("Bảng 3.14. Tải lượng các chất ô nhiễm trong khí thải xưởng sơn", rows, merges, role="emissions")
    doc.p("Ghi chú: cột theo từng buồng, lò chỉ để tham khảo; tải lượng của dự án tính theo ống thải (cột “Tổng”).")
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- wastes

HP = ("HP1", "HP2", "HP3", "HP4", "HP5", "HP6", "HP7", "HP8", "HP9", "HP10", "HP11", "HP12", "HP13", "HP14", "HP15")
# (code, RU, KK, hazardous properties, (low, high) t/year)
CAR_WASTES = (
    ("08 01 13*", "Шлам окрасочных камер (коагулированная краска)", "Бояу камераларының шламы (коагуляцияланған бояу)", (3, 5, 14), (40, 160)),
    ("08 01 11*", "Некондиционные и просроченные ЛКМ", "Кондицияға сай емес және мерзімі өткен ЛБМ", (3, 4, 14), (2, 12)),
    ("14 06 03*", "Отработанный промывочный растворитель", "Пайдаланылған жуу еріткіші", (3, 5, 6, 14), (15, 60)),
    ("15 02 02*", "Фильтры окрасочных камер, загрязненные краской", "Бояумен ластанған бояу камераларының сүзгілері", (3, 14), (8, 35)),
    ("11 01 08*", "Шлам ванн фосфатирования", "Фосфаттау ванналарының шламы", (4, 14), (6, 25)),
    ("08 01 19*", "Концентрат ультрафильтрации катафорезного грунта", "Катафорездік грунтты ультрасүзу концентраты", (14,), (3, 15)),
    ("13 02 05*", "Отработанные гидравлические и моторные масла", "Пайдаланылған гидравликалық және мотор майлары", (5, 14), (4, 18)),
    ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", (6, 14), (0.3, 1.2)),
    ("12 01 13", "Отходы сварки (огарки электродов, сварочный шлак)", "Дәнекерлеу қалдықтары (электрод қалдықтары, дәнекерлеу қожы)", (), (3, 14)),
    ("12 01 01", "Обрезь и высечка стального листа", "Болат табақтың кесінділері мен ойындылары", (), (900, 2600)),
    ("15 01 01", "Упаковка из бумаги и картона", "Қағаз және картон орамасы", (), (80, 260)),
    ("15 01 03", "Деревянная тара (поддоны, ящики комплектующих)", "Ағаш ыдыс (тұғырлықтар, құрамдас бөлшектер жәшіктері)", (), (60, 220)),
    ("20 03 01", "Смешанные коммунальные отходы", "Аралас коммуналдық қалдықтар", (), (70, 180)),
)  # fmt: skip
HP_WORDS = {
    "ru": "HP1 – взрывоопасность; HP2 – окисляющие свойства; HP3 – огнеопасность; HP4 – раздражающее действие; HP5 – специфическая "
          "токсичность для органов-мишеней, аспирационная токсичность; HP6 – острая токсичность; HP7 – канцерогенность; HP8 – "
          "коррозионность; HP9 – инфекционность; HP10 – токсичность для репродуктивной функции; HP11 – мутагенность; HP12 – выделение "
          "токсичных газов; HP13 – сенсибилизация; HP14 – экотоксичность; HP15 – способность проявлять опасные свойства после удаления.",
    "kk": "HP1 – жарылыс қаупі; HP2 – тотықтырғыш қасиеттер; HP3 – өрт қаупі; HP4 – тітіркендіргіш әсер; HP5 – нысана-ағзаларға "
          "арнайы уыттылық, аспирациялық уыттылық; HP6 – жедел уыттылық; HP7 – канцерогендік; HP8 – коррозиялық; HP9 – жұқпалылық; "
          "HP10 – репродуктивтік уыттылық; HP11 – мутагендік; HP12 – уытты газдар бөлу; HP13 – сенсибилизация; HP14 – экоуыттылық; "
          "HP15 – жойылғаннан кейін қауіпті қасиеттер көрсету қабілеті.",
}
# (code, name, properties of Đ ĐS C AM OH, threshold, (low, high) kg/year)
VN_PROPS = ("Đ", "ĐS", "C", "AM", "OH")
SMT_CTNH = (
    ("16 01 13", "Bảng mạch, linh kiện điện tử lỗi, hỏng thải", ("Đ", "ĐS"), "NH", (1200, 9000)),
    ("18 02 01", "Giẻ lau, găng tay, giấy lau dính kem hàn, dung môi", ("Đ", "ĐS", "C"), "KS", (800, 4200)),
    ("17 08 03", "Dung môi thải (IPA, dung môi rửa khuôn in kem hàn)", ("Đ", "C"), "NH", (600, 3800)),
    ("18 01 03", "Bao bì cứng thải bằng nhựa (hũ kem hàn, can hóa chất)", ("Đ", "ĐS"), "KS", (300, 1500)),
    ("18 01 02", "Bao bì cứng thải bằng kim loại (lon keo, thùng dung môi)", ("Đ", "ĐS"), "KS", (200, 1100)),
    ("16 01 06", "Bóng đèn huỳnh quang thải", ("Đ",), "NH", (40, 180)),
    ("17 02 03", "Dầu động cơ, hộp số và bôi trơn tổng hợp thải", ("Đ", "ĐS", "C"), "NH", (150, 700)),
    ("08 02 04", "Hộp mực in thải có các thành phần nguy hại", ("Đ", "ĐS"), "KS", (20, 90)),
    ("12 06 05", "Bùn thải có các thành phần nguy hại từ quá trình xử lý nước thải công nghiệp", ("Đ", "ĐS"), "KS", (2000, 12000)),
)
SMT_ORDINARY = (("Bao bì giấy, carton, khay nhựa đựng linh kiện", (30000, 90000)), ("Pallet gỗ hư hỏng", (8000, 26000)),
                ("Màng nhựa PE, băng cuộn linh kiện thải", (5000, 18000)))


def wastes_hi1(doc: Doc) -> None:
    """A car plant's classification of its wastes by hazardous properties (section of a waste-management programme, Almaty):
    `№ | наименование | код | опасные свойства | образование, т/год`, the properties as fifteen narrow columns HP1–HP15 under
    a merged header with `+` marks, the non-hazardous wastes without marks and without an asterisk, the amount in the last
    column after the marks, the legend of the properties under the table (VI: an SMT plant in the Yên Phong park, the main
    hazardous properties `Đ | ĐS | C | AM | OH` as marked columns and the threshold `KS` / `NH` after them, kilograms a year,
    ordinary wastes under a section row of the same table)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_hi1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    op_ru, op_kk, p_ru, p_kk = doc.pick(ALMATY_CARS)
    doc.h(g(f"Программа управления отходами {op_ru} на 2026–2035 годы", f"{op_kk} 2026–2035 жылдарға арналған қалдықтарды басқару бағдарламасы", ""))
    doc.h(g("2.3. Классификация отходов по опасным свойствам", "2.3. Қалдықтарды қауіпті қасиеттері бойынша жіктеу", ""))
    doc.p(g("Виды отходов определены по Классификатору отходов; опасные свойства установлены по паспортам безопасности исходных "
            "материалов и результатам лабораторных исследований 2025 года. Объемы образования приняты по фактическим данным 2025 года "
            "при выпуске автомобилей по утвержденной производственной программе.",
            "Қалдықтардың түрлері Қалдықтар жіктеуіші бойынша анықталды; қауіпті қасиеттер бастапқы материалдардың қауіпсіздік "
            "паспорттары мен 2025 жылғы зертханалық зерттеулердің нәтижелері бойынша белгіленді. Түзілу көлемдері бекітілген өндірістік "
            "бағдарлама бойынша автомобильдер шығару кезіндегі 2025 жылғы нақты деректер бойынша қабылданды.", ""))
    head0 = g(["№", "Наименование отхода", "Код", "Опасные свойства"], ["№", "Қалдықтың атауы", "Коды", "Қауіпті қасиеттері"], [])
    head0 += [None] * 14 + [g("Образование, т/год", "Түзілуі, т/жыл", "")]
    head1 = [None, None, None, *HP, None]
    rows = [head0, head1]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 17), (0, 18, 1, 18)]
    chosen = [w for w in CAR_WASTES if w[0] in ("08 01 13*", "14 06 03*", "12 01 13", "20 03 01") or r.random() < 0.75]
    for k, (code, n_ru, n_kk, props, (lo, hi)) in enumerate(chosen, 1):
        t = _sig(r.uniform(lo, hi), 3)
        marks = ["+" if int(h[2:]) in props else "" for h in HP]
        rows.append([str(k), (n_ru, n_kk)[L], code, *marks, num(t, doc.lang)])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t,
                           "name_contains": _words((n_ru, n_kk)[L], 2)})
    doc.table(g("Таблица 2.3 – Виды отходов и их опасные свойства", "2.3-кесте – Қалдықтардың түрлері және олардың қауіпті қасиеттері", ""),
              rows, merges, role="wastes")
    doc.p(HP_WORDS[doc.lang])
    doc.p(g("Отходы, не обладающие ни одним из опасных свойств, отнесены к неопасным (код без знака «*»).",
            "Қауіпті қасиеттердің ешқайсысы жоқ қалдықтар қауіпті емес қалдықтарға жатқызылды («*» белгісіз код).", ""))
    maybe_distractor(doc, 0.3)


def _wastes_hi1_vi(doc: Doc) -> None:
    r = doc.rng
    plant = doc.pick(YENPHONG)[0]
    doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – {plant.upper()}")
    doc.h("Phụ lục 2. Phân định và khối lượng chất thải phát sinh")
    doc.p("Chất thải được phân định theo Danh mục chất thải tại Phụ lục III Thông tư số 02/2022/TT-BTNMT; tính chất nguy hại chính "
          "và ngưỡng chất thải nguy hại được ghi theo danh mục.")
    head0 = ["TT", "Tên chất thải", "Mã chất thải", "Tính chất nguy hại chính", None, None, None, None, "Ngưỡng CTNH", "Khối lượng (kg/năm)"]
    head1 = [None, None, None, *VN_PROPS, None, None]
    rows = [head0, head1]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 7), (0, 8, 1, 8), (0, 9, 1, 9)]
    _span(rows, merges, "A. Chất thải nguy hại", 10)
    chosen = [w for w in SMT_CTNH if w[0] in ("16 01 13", "18 02 01", "17 08 03") or r.random() < 0.7]
    for k, (code, name, props, threshold, (lo, hi)) in enumerate(chosen, 1):
        kg = r.randint(lo // 10, hi // 10) * 10
        rows.append([str(k), name, code, *("x" if p in props else "" for p in VN_PROPS), threshold, num(kg, "vi")])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000, "name_contains": name})
    _span(rows, merges, "B. Chất thải rắn công nghiệp thông thường", 10)
    for k, (name, (lo, hi)) in enumerate(SMT_ORDINARY, 1):
        kg = r.randint(lo // 100, hi // 100) * 100
        rows.append([str(k), name, "-", "", "", "", "", "", "-", num(kg, "vi")])
        doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": kg / 1000, "name_contains": name})
    doc.table("Bảng PL2.1. Danh mục chất thải phát sinh năm 2025", rows, merges, role="wastes")
    doc.p("Ghi chú: Đ – độc tính; ĐS – độc tính sinh thái; C – dễ cháy; AM – ăn mòn; OH – oxy hóa; KS – chất thải cần kiểm soát; "
          "NH – chất thải nguy hại.")
    maybe_distractor(doc, 0.3)


# (code, RU, KK, (unit, low, high), [(stage, RU description, KK description, RU figure, KK figure)])
DEPOT_WASTES = (
    ("13 02 05*", "Отработанные масла (компрессорные, буксовые)", "Пайдаланылған майлар (компрессорлық, буксалық)", ("т", 2, 9),
     ("цех ремонта тележек, компрессорная", "арбашықтарды жөндеу цехы, компрессорлық"),
     ("металлические бочки 200 л на поддоне в складе ГСМ", "ЖЖМ қоймасындағы табандықта 200 л металл бөшкелер"), ("4 бочки", "4 бөшке"),
     ("по мере накопления, не реже 1 раза в 6 месяцев", "жиналуына қарай, 6 айда кемінде 1 рет"),
     ("R9 – регенерация масел, ТОО «ЭкоОйл Регенерация»", "R9 – майларды регенерациялау, «ЭкоОйл Регенерация» ЖШС")),
    ("15 02 02*", "Ветошь и сорбенты, загрязненные маслом", "Маймен ластанған шүберек пен сорбенттер", ("т", 0.6, 2.4),
     ("все производственные участки", "барлық өндірістік учаскелер"),
     ("закрывающиеся металлические ящики 0,2 м3 на участках", "учаскелердегі жабылатын 0,2 м3 металл жәшіктер"), ("6 ящиков", "6 жәшік"),
     ("1 раз в квартал", "тоқсанына 1 рет"), ("D10 – сжигание, ТОО «Өрт Утилизация»", "D10 – жағу, «Өрт Утилизация» ЖШС")),
    ("16 06 01*", "Отработанные свинцово-кислотные аккумуляторы", "Пайдаланылған қорғасын-қышқыл аккумуляторлар", ("т", 0.4, 1.8),
     ("участок ремонта электрооборудования вагонов", "вагондардың электр жабдығын жөндеу учаскесі"),
     ("стеллаж в аккумуляторной, кислотостойкий поддон", "аккумуляторлықтағы сөре, қышқылға төзімді табандық"), ("до 30 шт.", "30 данаға дейін"),
     ("1 раз в полугодие", "жарты жылда 1 рет"), ("R4 – переработка, ТОО «Аккумулятор Рециклинг»", "R4 – қайта өңдеу, «Аккумулятор Рециклинг» ЖШС")),
    ("20 01 21*", "Отработанные ртутьсодержащие лампы", "Пайдаланылған құрамында сынабы бар шамдар", ("кг", 40, 160),
     ("освещение цехов и территории", "цехтар мен аумақты жарықтандыру"),
     ("заводская упаковка в закрытом помещении склада", "қойманың жабық үй-жайындағы зауыттық орама"), ("до 400 шт.", "400 данаға дейін"),
     ("1 раз в год", "жылына 1 рет"), ("D9 – демеркуризация, ТОО «Демеркуризация Шу»", "D9 – демеркуризациялау, «Демеркуризация Шу» ЖШС")),
    ("16 01 12", "Отработанные композиционные тормозные колодки", "Пайдаланылған композициялық тежегіш қалыптар", ("т", 6, 22),
     ("участок ремонта тормозного оборудования", "тежегіш жабдықты жөндеу учаскесі"),
     ("открытая площадка с твердым покрытием, навалом", "қатты жабындысы бар ашық алаң, үйіп"), ("до 5 т", "5 т-ға дейін"),
     ("1 раз в квартал", "тоқсанына 1 рет"), ("D1 – размещение на полигоне ТОО «Шу Полигон»", "D1 – «Шу Полигон» ЖШС полигонында орналастыру")),
    ("16 01 17", "Лом черных металлов (изношенные детали вагонов)", "Қара металл сынықтары (вагондардың тозған бөлшектері)", ("т", 120, 480),
     ("колесно-роликовый и тележечный участки", "дөңгелек-роликтік және арбашық учаскелері"),
     ("площадка металлолома, бункеры 8 м3", "металл сынықтары алаңы, 8 м3 бункерлер"), ("3 бункера", "3 бункер"),
     ("по мере накопления", "жиналуына қарай"), ("R4 – переработка, ТОО «Казвтормет»", "R4 – қайта өңдеу, «Казвтормет» ЖШС")),
    ("12 01 17", "Отработанная дробь и абразив дробеструйной камеры", "Бытыра атқыш камераның пайдаланылған бытырасы мен абразиві", ("т", 3, 11),
     ("дробеструйная камера очистки рам тележек", "арбашық жақтауларын тазалайтын бытыра атқыш камера"),
     ("металлический контейнер 1,1 м3", "1,1 м3 металл контейнер"), ("2 контейнера", "2 контейнер"),
     ("1 раз в квартал", "тоқсанына 1 рет"), ("D1 – размещение на полигоне ТОО «Шу Полигон»", "D1 – «Шу Полигон» ЖШС полигонында орналастыру")),
    ("20 03 01", "Смешанные коммунальные отходы", "Аралас коммуналдық қалдықтар", ("т", 12, 40),
     ("административно-бытовой корпус, столовая", "әкімшілік-тұрмыстық корпус, асхана"),
     ("контейнеры 0,75 м3 на площадке с навесом", "қалқасы бар алаңдағы 0,75 м3 контейнерлер"), ("5 контейнеров", "5 контейнер"),
     ("1 раз в 3 дня (летом – ежедневно)", "3 күнде 1 рет (жазда – күн сайын)"),
     ("D1 – полигон ТБО г. Шу (договор с ГКП «Шу Тазалық»)", "D1 – Шу қ. ҚТҚ полигоны («Шу Тазалық» МКК-мен шарт)")),
)  # fmt: skip
STAGES = (("Образование", "Түзілуі"), ("Сбор и накопление", "Жинау және жинақтау"), ("Транспортирование", "Тасымалдау"),
          ("Восстановление / удаление", "Қалпына келтіру / жою"))


def wastes_hi2(doc: Doc) -> None:
    """The scheme of the operational movement of wastes of a railway car repair depot: each waste a block of four rows —
    formation, collection and accumulation, transport, recovery or disposal — under its code and name merged down, the
    place or the way described in one column and a `количество / параметр` column that holds the amount formed (tonnes a
    year, the lamps in kilograms) on the formation row only and the number of containers, their volume and how often they
    are taken away on the others (VI: a shipyard's steel-block shop in Hải Phòng, `Phát sinh | Thu gom, phân loại | Lưu giữ |
    Chuyển giao, xử lý`, kilograms a year on the first row, ordinary wastes without a code)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_hi2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    depot = g("Вагонное ремонтное депо станции Шу", "Шу станциясының вагон жөндеу депосы", "")
    doc.h(g(f"Программа производственного экологического контроля. {depot} (ТОО «Дала Вагон Сервис»)",
            f"Өндірістік экологиялық бақылау бағдарламасы. {depot} («Дала Вагон Сервис» ЖШС)", ""))
    doc.h(g("5.2. Схема операционного движения отходов", "5.2. Қалдықтардың операциялық қозғалысының схемасы", ""))
    doc.p(g("Схема составлена по видам отходов, образующихся при деповском и капитальном ремонте грузовых вагонов; объемы "
            "образования приняты по данным учета за 2025 год.",
            "Схема жүк вагондарын деполық және күрделі жөндеу кезінде түзілетін қалдықтардың түрлері бойынша жасалды; түзілу "
            "көлемдері 2025 жылғы есепке алу деректері бойынша қабылданды.", ""))
    rows = [g(["Код", "Наименование отхода", "Этап обращения", "Место, способ, исполнитель", "Количество / параметр"],
              ["Коды", "Қалдықтың атауы", "Жұмыс істеу кезеңі", "Орны, тәсілі, орындаушы", "Саны / параметрі"], [])]
    merges = []
    chosen = [w for w in DEPOT_WASTES if w[0] in ("13 02 05*", "15 02 02*", "20 03 01") or r.random() < 0.7]
    for code, n_ru, n_kk, (unit, lo, hi), where, store, count, trans, fate in chosen:
        amount = round(r.uniform(lo, hi)) if unit == "кг" else _sig(r.uniform(lo, hi), 3)
        t = amount / 1000 if unit == "кг" else amount
        fig = g(f"{num(amount, 'ru')} {'кг/год' if unit == 'кг' else 'т/год'}", f"{num(amount, 'kk')} {'кг/жыл' if unit == 'кг' else 'т/жыл'}", "")
        start = len(rows)
        lines = ((where[L], fig), (store[L], count[L]), (g("специализированный транспорт получателя", "алушының арнайы көлігі", ""),
                                                          trans[L]), (fate[L], g("100 %", "100 %", "")))
        for j, (text, figure) in enumerate(lines):
            rows.append([code if j == 0 else None, (n_ru, n_kk)[L] if j == 0 else None, STAGES[j][L], text, figure])
        merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t,
                           "name_contains": _words((n_ru, n_kk)[L], 2)})
    doc.table(g("Таблица 5.2 – Схема операционного движения отходов", "5.2-кесте – Қалдықтардың операциялық қозғалысының схемасы", ""),
              rows, merges, role="wastes")
    doc.p(g("R – операции восстановления, D – операции удаления по приложению к Экологическому кодексу РК.",
            "R – қалпына келтіру операциялары, D – ҚР Экология кодексінің қосымшасы бойынша жою операциялары.", ""))
    maybe_distractor(doc, 0.3)


# (code or None, name, (low, high) kg/year, where, collection, storage, fate)
YARD_WASTES = (
    ("18 02 01", "Giẻ lau, găng tay dính sơn, dầu", (1500, 6000), "Khu vực sơn block, lắp ráp block",
     ("Thùng chứa có nắp đặt tại xưởng", "06 thùng × 120 lít"), ("Kho CTNH", "48 m2; tối đa 6 tháng"),
     ("Công ty TNHH Môi trường Đông Hải (xử lý bằng lò đốt)", "03 tháng/lần")),
    ("18 01 02", "Bao bì cứng thải bằng kim loại (thùng sơn, thùng dung môi)", (2000, 9000), "Buồng sơn block",
     ("Để úp, xếp trên pallet tại khu tập kết", "04 pallet"), ("Kho CTNH", "48 m2; tối đa 6 tháng"),
     ("Công ty TNHH Môi trường Đông Hải (súc rửa, tái chế)", "03 tháng/lần")),
    ("17 08 03", "Các loại dung môi và hỗn hợp dung môi thải khác", (400, 2200), "Vệ sinh súng phun, đường ống sơn",
     ("Can nhựa có nắp kín", "10 can × 30 lít"), ("Kho CTNH, khay chống tràn", "tối đa 6 tháng"),
     ("Công ty CP Xử lý chất thải Hải Phòng (đốt)", "06 tháng/lần")),
    ("16 01 06", "Bóng đèn huỳnh quang thải", (30, 150), "Chiếu sáng xưởng chế tạo block",
     ("Thùng carton, giữ nguyên vẹn", "02 thùng"), ("Kho CTNH", "tối đa 12 tháng"),
     ("Công ty CP Xử lý chất thải Hải Phòng (nghiền, hóa rắn)", "12 tháng/lần")),
    ("17 02 03", "Dầu động cơ, hộp số và bôi trơn tổng hợp thải", (300, 1800), "Bảo dưỡng cầu trục, máy nén khí",
     ("Phuy thép trên khay chống tràn", "04 phuy × 200 lít"), ("Kho CTNH", "tối đa 6 tháng"),
     ("Công ty TNHH Môi trường Đông Hải (tái chế dầu)", "06 tháng/lần")),
    (None, "Đầu mẩu que hàn, xỉ hàn", (3000, 12000), "Khu vực hàn block", ("Thùng tôn tại các vị trí hàn", "08 thùng × 0,5 m3"),
     ("Bãi phế liệu có mái che", "200 m2"), ("Bán cho cơ sở tái chế", "01 tháng/lần")),
    (None, "Sắt thép vụn, phôi cắt thừa", (80000, 260000), "Khu vực cắt tôn, gia công chi tiết", ("Xe goòng tại máy cắt CNC", "03 xe"),
     ("Bãi phế liệu có mái che", "200 m2"), ("Bán cho cơ sở tái chế", "01 tháng/lần")),
)
VI_STAGES = ("Phát sinh", "Thu gom, phân loại", "Lưu giữ", "Chuyển giao, xử lý")


def _wastes_hi2_vi(doc: Doc) -> None:
    r = doc.rng
    yard = doc.pick(("Nhà máy đóng tàu Bạch Đằng Xanh – xưởng chế tạo block", "Công ty TNHH Đóng tàu Sông Cấm – phân xưởng vỏ và block"))
    doc.h(f"KẾ HOẠCH QUẢN LÝ CHẤT THẢI NĂM 2026 – {yard.upper()}, THÀNH PHỐ HẢI PHÒNG")
    doc.p("Bảng dưới đây mô tả quy trình quản lý từng loại chất thải từ khi phát sinh đến khi chuyển giao; khối lượng phát sinh theo số "
          "liệu năm 2025.")
    rows = [["Mã chất thải", "Tên chất thải", "Công đoạn", "Vị trí, biện pháp, đơn vị thực hiện", "Khối lượng / thông số"]]
    merges = []
    chosen = [w for w in YARD_WASTES if w[0] in ("18 02 01", "18 01 02", None) or r.random() < 0.7]
    for code, name, (lo, hi), where, collect, store, fate in chosen:
        kg = r.randint(lo // 10, hi // 10) * 10
        start = len(rows)
        for j, (text, figure) in enumerate(((where, f"{num(kg, 'vi')} kg/năm"), collect, store, fate)):
            rows.append([(code or "-") if j == 0 else None, name if j == 0 else None, VI_STAGES[j], text, figure])
        merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
        doc.add("wastes", {"code": code + "*" if code else None, "code_system": "VN-CTNH" if code else None, "hazardous": bool(code),
                           "amount_t": kg / 1000, "name_contains": name})
    doc.table("Bảng 2. Quy trình quản lý chất thải theo từng loại", rows, merges, role="wastes")
    doc.p("Chất thải nguy hại được chuyển giao kèm chứng từ chất thải nguy hại theo Thông tư số 02/2022/TT-BTNMT.")
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- limits

# (number, RU source, KK source, {code: КЭР norm mg/Nm3})
CAR_STACKS = (
    ("0001", "дымовая труба котельной (газовые водогрейные котлы)", "қазандықтың түтін мұржасы (газ су жылыту қазандары)",
     {"0301": 250, "0337": 300}),
    ("0003", "труба окрасочной камеры № 2 (после гидрофильтра и угольного адсорбера)",
     "№ 2 бояу камерасының құбыры (гидросүзгі мен көмір адсорберінен кейін)", {"0616": 50, "1210": 50, "2902": 5}),
    ("0005", "труба регенеративного термического окислителя", "регенеративті термиялық тотықтырғыштың құбыры",
     {"0616": 20, "0621": 20, "0337": 100, "0301": 150}),
    ("0007", "аспирация сварочного корпуса (картриджные фильтры)", "дәнекерлеу корпусының аспирациясы (картридж сүзгілер)",
     {"0123": 10, "0143": 1}),
)


def limits_hi1(doc: Doc) -> None:
    """An internal audit's check-list of compliance with a КЭР at a car plant in Kostanay, the section on technological
    emission norms: a question per source merged down over its substances, the source's number only inside the
    question's sentence, the norm in mg/Nm3 and the fact written together with the document it comes from (`41,2
    (протокол № 0318-Л от 14.02.2026)`), `< 0,05` where the laboratory found less than it can measure, a verdict `С` / `НС`
    explained under the table (VI: an SMT plant's internal compliance check of its permit's gas limits, QCVN 19:2009
    column B and QCVN 20:2009 named per row, the result with its test report `PKQ số …`)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_hi1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    name = doc.pick(KOSTANAY_CARS)[L]
    doc.h(g(f"Чек-лист внутреннего аудита соответствия условиям КЭР. {name}",
            f"{name}. КЭР шарттарына сәйкестікті ішкі аудиттің тексеру парағы", ""))
    doc.p(g("Раздел 3. Соблюдение технологических нормативов эмиссий (приложение 2 к КЭР). Фактические значения приняты по протоколам "
            "аккредитованной лаборатории за I квартал 2026 года; концентрации приведены к нормальным условиям.",
            "3-бөлім. Эмиссиялардың технологиялық нормативтерінің сақталуы (КЭР-ге 2-қосымша). Нақты мәндер 2026 жылғы I тоқсандағы "
            "аккредиттелген зертхана хаттамалары бойынша қабылданды; концентрациялар қалыпты жағдайларға келтірілген.", ""))
    rows = [g(["№ вопроса", "Вопрос проверки", "Загрязняющее вещество", "Норматив КЭР, мг/Нм³", "Фактическое значение, мг/Нм³ (документ-основание)",
               "Оценка"],
              ["Сұрақ №", "Тексеру сұрағы", "Ластаушы зат", "КЭР нормативі, мг/Нм³", "Нақты мән, мг/Нм³ (негіздеме құжат)", "Бағалау"], [])]
    merges = []
    bad = r.randrange(sum(len(s[3]) for s in CAR_STACKS))
    j = 0
    for k, (number, s_ru, s_kk, norms) in enumerate(CAR_STACKS, 1):
        start = len(rows)
        question = g(f"Соблюдаются ли нормативы на ИЗА {number} – {s_ru} (п. 2.{k} приложения 2 к КЭР)?",
                     f"{number} ЛШК – {s_kk} бойынша нормативтер сақтала ма (КЭР-ге 2-қосымшаның 2.{k}-т.)?", "")
        for c, norm in norms.items():
            proto = f"{r.randint(120, 480):04d}-Л"
            date = f"{r.randint(10, 28)}.0{r.randint(1, 3)}.2026"
            ref = g(f"протокол № {proto} от {date}", f"{date} № {proto} хаттама", "")
            v = _sig(norm * r.uniform(1.1, 1.45) if j == bad else norm * r.uniform(0.12, 0.9), 3)
            if c == "0143" and r.random() < 0.5:
                fact, verdict = f"< {num(0.05, doc.lang)} ({ref})", g("С", "С", "")
                add(doc, {x: y for x, y in limit(("code", c), "flue_gas", norm, "mg/Nm3", None, number).items() if x != "value"})
            else:
                fact, verdict = f"{num(v, doc.lang)} ({ref})", g("НС", "НС", "") if v > norm else g("С", "С", "")
                add(doc, limit(("code", c), "flue_gas", norm, "mg/Nm3", None, number, v))
            first = len(rows) == start
            rows.append([f"3.{k}" if first else None, question if first else None, _name(doc, c), num(norm, doc.lang), fact, verdict])
            j += 1
        merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    doc.table(g("Таблица 3 – Проверка соблюдения технологических нормативов", "3-кесте – Технологиялық нормативтердің сақталуын тексеру", ""),
              rows, merges, role="limits")
    doc.add("sources", *({"number": s[0], "type": "organized"} for s in CAR_STACKS))
    doc.p(g("С – соответствует; НС – несоответствие (оформляется отчет о несоответствии и план 8D). «<» – ниже нижней границы диапазона "
            "измерений методики.",
            "С – сәйкес; НС – сәйкессіздік (сәйкессіздік туралы есеп және 8D жоспары ресімделеді). «<» – әдістеменің өлшеу "
            "ауқымының төменгі шегінен төмен.", ""))
    maybe_distractor(doc, 0.3)


# (point, place, [(code, limit, column, standard)])
VN_SMT_STACKS = (
    ("KT01", "Ống thải hệ thống xử lý khí thải hàn reflow, hàn sóng (than hoạt tính)",
     (("2902", 200, "B", "QCVN 19:2009/BTNMT, cột B"), ("0184", 5, "B", "QCVN 19:2009/BTNMT, cột B"),
      ("0621", 750, None, "QCVN 20:2009/BTNMT"), ("1210", 950, None, "QCVN 20:2009/BTNMT"))),
    ("KT02", "Ống thải tháp hấp thụ khí axit, kiềm (dây chuyền làm sạch bảng mạch)",
     (("0316", 50, "B", "QCVN 19:2009/BTNMT, cột B"), ("0303", 50, "B", "QCVN 19:2009/BTNMT, cột B"))),
    ("KT03", "Ống thải buồng phun phủ keo bảo vệ (conformal coating)",
     (("0616", 870, None, "QCVN 20:2009/BTNMT"), ("0621", 750, None, "QCVN 20:2009/BTNMT"), ("1401", 2400, None, "QCVN 20:2009/BTNMT"))),
)


def _limits_hi1_vi(doc: Doc) -> None:
    r = doc.rng
    plant = doc.pick(YENPHONG)[0]
    doc.h(f"BẢNG KIỂM TRA TUÂN THỦ GIẤY PHÉP MÔI TRƯỜNG – {plant.upper()}")
    doc.p("Mục 2. Giới hạn các chất ô nhiễm trong khí thải (Phụ lục 2 của giấy phép; Kp = 1, Kv = 1). Kết quả lấy theo phiếu kết quả "
          "quan trắc định kỳ quý I/2026 của đơn vị quan trắc có chứng nhận VIMCERTS.")
    rows = [["Câu hỏi", "Nội dung kiểm tra", "Thông số", "Giới hạn theo GPMT (mg/Nm3)", "Căn cứ", "Kết quả (mg/Nm3) – chứng cứ", "Đánh giá"]]
    merges = []
    for k, (pid, place, items) in enumerate(VN_SMT_STACKS, 1):
        start = len(rows)
        for j, (c, lim, column, std) in enumerate(items):
            ref = f"PKQ số {r.randint(100, 999)}/2026/KQ-MT ngày {r.randint(5, 28)}/{r.randint(1, 3)}/2026"
            if c == "0184" and r.random() < 0.6:
                fact = f"KPH ({ref})"
                add(doc, {x: y for x, y in limit(("code", c), "flue_gas", lim, "mg/Nm3", column, pid).items() if x != "value"})
            else:
                v = _sig(lim * r.uniform(0.01, 0.6), 3)
                fact = f"{num(v, 'vi')} ({ref})"
                add(doc, limit(("code", c), "flue_gas", lim, "mg/Nm3", column, pid, v))
            rows.append([f"2.{k}" if j == 0 else None, f"Nồng độ khí thải tại {pid} – {place} có nằm trong giới hạn?" if j == 0 else None,
                         _name(doc, c), num(lim, "vi"), std, fact, "Đạt"])
        merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    doc.table("Bảng 2. Kiểm tra giới hạn khí thải", rows, merges, role="limits")
    doc.p("KPH: không phát hiện (nhỏ hơn giới hạn phát hiện của phương pháp).")
    maybe_distractor(doc, 0.3)


# (number, RU, KK, {code: norm mg/Nm3})
EKI_STACKS = (
    ("0001", "Дымовая труба котельной", "Қазандықтың түтін мұржасы", {"0301": 250, "0337": 300}),
    ("0002", "Труба вакуум-пропиточной установки обмоток", "Орамаларды вакуумдық сіңдіру қондырғысының құбыры", {"0616": 50, "2752": 100, "1042": 20}),
    ("0004", "Труба местных отсосов экструзионной линии ПВХ", "ПВХ экструзиялық желісінің жергілікті сорғыштарының құбыры",
     {"0316": 10, "0827": 1, "0337": 50}),
)
QUARTERS = {"ru": ("I кв.", "II кв.", "III кв.", "IV кв."), "kk": ("I тоқс.", "II тоқс.", "III тоқс.", "IV тоқс.")}


def limits_hi2(doc: Doc) -> None:
    """A transformer and cable works' annual report on ПЭК: the stack measurements of the year with the four quarters'
    results in one cell, each after its quarter's label (`I кв. – 31,4; II кв. – 28,9; III кв. – не работала; IV кв. –
    35,2`), a quarter in which a unit stood idle written in words, the source merged down over its substances, the КЭР norm
    in mg/Nm3 before them and the number of exceedances after (VI: a printed-circuit-board plant's waste water at its
    connection manholes in the Tràng Duệ park, `Đợt 1: …; Đợt 2: …` in one cell against QCVN 40:2011/BTNMT column B,
    `KPH`)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_hi2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    o_ru, o_kk, op_ru, op_kk = doc.pick(EKIBASTUZ)[:4]
    doc.h(g(f"Отчет по программе производственного экологического контроля за 2025 год. {op_ru}", f"{op_kk}. 2025 жылғы өндірістік "
            "экологиялық бақылау бағдарламасы бойынша есеп", ""))
    doc.p(g(f"Объект: {o_ru}. Раздел 2.1. Результаты инструментальных замеров на организованных источниках. Замеры выполнены "
            "ежеквартально аккредитованной лабораторией; концентрации приведены к нормальным условиям.",
            f"Объект: {o_kk}. 2.1-бөлім. Ұйымдастырылған көздердегі аспаптық өлшеулердің нәтижелері. Өлшеулерді аккредиттелген "
            "зертхана тоқсан сайын жүргізді; концентрациялар қалыпты жағдайларға келтірілген.", ""))
    rows = [g(["№ ИЗА", "Источник выброса", "Загрязняющее вещество", "Норматив КЭР, мг/Нм³", "Результаты замеров 2025 г. по кварталам, мг/Нм³",
               "Число превышений"],
              ["ЛШК №", "Шығарынды көзі", "Ластаушы зат", "КЭР нормативі, мг/Нм³", "2025 ж. тоқсандар бойынша өлшеу нәтижелері, мг/Нм³",
               "Асу саны"], [])]
    merges = []
    idle = (r.randrange(len(EKI_STACKS)), r.randrange(4))
    for si, (number, s_ru, s_kk, norms) in enumerate(EKI_STACKS):
        start = len(rows)
        for c, norm in norms.items():
            parts, over = [], 0
            for q in range(4):
                label = QUARTERS[doc.lang][q]
                if (si, q) == idle:
                    parts.append(f"{label} – " + g("не работала (ремонт)", "жұмыс істеген жоқ (жөндеу)", ""))
                    continue
                v = _sig(norm * r.uniform(0.15, 0.95 if r.random() < 0.92 else 1.25), 3)
                over += v > norm
                parts.append(f"{label} – {num(v, doc.lang)}")
                add(doc, limit(("code", c), "flue_gas", norm, "mg/Nm3", None, number, v))
            rows.append([number, (s_ru, s_kk)[L], _name(doc, c), num(norm, doc.lang), "; ".join(parts), str(over)])
        merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
        for row in rows[start + 1:]:
            row[0] = row[1] = None
    doc.table(g("Таблица 2.1 – Результаты контроля выбросов на источниках", "2.1-кесте – Көздердегі шығарындыларды бақылау нәтижелері", ""),
              rows, merges, role="limits")
    doc.add("sources", *({"number": s[0], "type": "organized"} for s in EKI_STACKS))
    doc.p(g("Превышения технологических нормативов зафиксированы в журнале учета и учтены при расчете платы за эмиссии.",
            "Технологиялық нормативтердің асуы есепке алу журналында тіркелді және эмиссиялар үшін төлемді есептеу кезінде ескерілді.", ""))
    maybe_distractor(doc, 0.3)


TRANGDUE_KEYS = ("pH", "TSS", "COD", "BOD5", "NH4+", "Cu", "Ni", "Fe", "CN-", "Pb")
TRANGDUE_POINTS = (("NT1", "Hố ga đấu nối nước thải sản xuất vào hệ thống thu gom của KCN Tràng Duệ"),
                   ("NT2", "Đầu ra cụm xử lý sơ bộ nước thải mạ đồng, ăn mòn"))


def _limits_hi2_vi(doc: Doc) -> None:
    r = doc.rng
    plant = doc.pick(("Nhà máy bảng mạch in Tràng Duệ – Công ty TNHH Sungwoo Circuit Việt Nam",
                      "Nhà máy linh kiện điện tử An Dương – Công ty TNHH Kwangil PCB Hải Phòng"))
    doc.h(f"BÁO CÁO KẾT QUẢ QUAN TRẮC MÔI TRƯỜNG NĂM 2025 – {plant.upper()}")
    doc.p("Kết quả 04 đợt quan trắc nước thải năm 2025 được ghi chung trong một ô theo thứ tự đợt; so sánh với QCVN 40:2011/BTNMT, "
          "cột B (giới hạn tiếp nhận của KCN Tràng Duệ).")
    rows = [["Vị trí", "Thông số", "Đơn vị", "Kết quả các đợt quan trắc năm 2025", "QCVN 40:2011/BTNMT (cột B)"]]
    merges = []
    points = TRANGDUE_POINTS if r.random() < 0.6 else TRANGDUE_POINTS[:1]
    for pid, place in points:
        keys = TRANGDUE_KEYS if pid == "NT1" else ("pH", "Cu", "Ni", "CN-")
        start = len(rows)
        for s in keys:
            lim = QCVN40[s][1]
            unit = None if s == "pH" else "mg/l"
            parts = []
            for q in range(1, 5):
                if s in ("CN-", "Pb") and r.random() < 0.5:
                    parts.append(f"Đợt {q}: KPH")
                    add(doc, {x: y for x, y in limit(("symbol", s), "waste_water", lim, unit, "B", pid).items() if x != "value"})
                    continue
                v = round(r.uniform(6.6, 8.1), 1) if s == "pH" else _sig(lim * r.uniform(0.05, 0.85), 2)
                parts.append(f"Đợt {q}: {num(v, 'vi')}")
                add(doc, limit(("symbol", s), "waste_water", lim, unit, "B", pid, v))
            rows.append([f"{pid} – {place}" if s == keys[0] else None, vocab.water(s, "vi"), "-" if s == "pH" else "mg/l",
                         "; ".join(parts), cell(doc, lim)])
        merges.append((start, 0, len(rows) - 1, 0))
    doc.table("Bảng 3. Kết quả quan trắc nước thải", rows, merges, role="limits")
    doc.p("Ghi chú: KPH – không phát hiện; đợt 1 – tháng 3, đợt 2 – tháng 6, đợt 3 – tháng 9, đợt 4 – tháng 12/2025.")
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- monitoring

# air names as aspect registers and specifications write them: code: (RU, KK)
SHORT_AIR = {"0616": ("ксилол", "ксилол"), "0621": ("толуол", "толуол"), "1210": ("бутилацетат", "бутилацетат"),
             "0301": ("азота диоксид", "азот диоксиді"), "0337": ("углерода оксид", "көміртек оксиді"),
             "0330": ("сера диоксид", "күкірт диоксиді"), "0123": ("железа оксиды", "темір оксидтері"),
             "0143": ("марганец и его соединения", "марганец және оның қосылыстары"), "2902": ("взвешенные частицы", "қалқыма бөлшектер"),
             "2908": ("пыль неорганическая 70-20% SiO2", "бейорганикалық шаң 70-20% кремний қостотығы"), "2930": ("пыль абразивная", "абразивті шаң"),
             "2752": ("уайт-спирит", "уайт-спирит")}


def _keys(doc: Doc, items) -> str:
    """Names of (kind, key) items joined by commas: air by their short names, water by the vocabulary."""
    out = []
    for kind, key in items:
        if kind == "code":
            out.append(SHORT_AIR[key][_L(doc)] if doc.lang != "vi" else _name(doc, key))
        else:
            name = vocab.soil(key, doc.lang) if kind == "soil" else vocab.water(key, doc.lang)
            out.append(name if doc.lang == "vi" or name[:2].isupper() else name[0].lower() + name[1:])
    return ", ".join(out)


def _expect(doc: Doc, where: dict, items, word: str) -> None:
    for kind, key in items:
        doc.add("monitoring", {**where, ("code" if kind == "code" else "symbol"): key, "frequency": word})


# (RU process, KK process, RU aspect, KK aspect, RU impact, KK impact, (T, В, М), [(where, items, word)] or None, RU control, KK control)
ASPECTS = (
    ("Окраска кузовов (окрасочные камеры, сушильные печи)", "Шанақтарды бояу (бояу камералары, кептіру пештері)",
     "Выбросы летучих органических соединений", "Ұшпа органикалық қосылыстар шығарындылары", "Загрязнение атмосферного воздуха",
     "Атмосфералық ауаның ластануы", (4, 4, 2),
     [({"source_number": "0003"}, [("code", "0616"), ("code", "1210"), ("code", "0621")], "quarterly"),
      ({"source_number": "0004"}, [("code", "0616"), ("code", "1210"), ("code", "0621")], "quarterly")],
     "Операционный контроль: перепад давления на фильтрах камер по показаниям АСУ ТП.",
     "Операциялық бақылау: камералар сүзгілеріндегі қысым айырмасы АБЖ ТП көрсеткіштері бойынша."),
    ("Дожигание отходящих газов (регенеративный термический окислитель)", "Шығатын газдарды жағу (регенеративті термиялық тотықтырғыш)",
     "Выбросы продуктов сгорания и остаточных ЛОС", "Жану өнімдері мен қалдық ҰОҚ шығарындылары", "Загрязнение атмосферного воздуха",
     "Атмосфералық ауаның ластануы", (3, 3, 3),
     [({"source_number": "0005"}, [("code", "0301"), ("code", "0337"), ("code", "0616")], "semiannual")],
     "Операционный контроль: температура в камере сжигания не ниже 760 °С (регистрируется системой управления).",
     "Операциялық бақылау: жағу камерасындағы температура 760 °С-тан төмен емес (басқару жүйесімен тіркеледі)."),
    ("Контактная и дуговая сварка кузовов", "Шанақтарды түйіспелі және доғалық дәнекерлеу", "Выбросы сварочного аэрозоля",
     "Дәнекерлеу аэрозолінің шығарындылары", "Загрязнение воздуха рабочей зоны и атмосферы", "Жұмыс аймағы ауасының және атмосфераның ластануы",
     (3, 4, 2), [({"source_number": "0007"}, [("code", "0123"), ("code", "0143")], "yearly")],
     "Операционный контроль: замена картриджей фильтров по графику ППР.", "Операциялық бақылау: сүзгі картридждерін ЖАЖ кестесі бойынша ауыстыру."),
    ("Подготовка поверхности (обезжиривание, фосфатирование)", "Бетті дайындау (майсыздандыру, фосфаттау)",
     "Сброс промывных вод на локальные очистные сооружения", "Жуу суларын жергілікті тазарту құрылыстарына ағызу",
     "Загрязнение сточных вод", "Ағынды сулардың ластануы", (4, 3, 2),
     [({"point": "КК-1"}, [("water", "pH"), ("water", "TSS"), ("water", "Zn"), ("water", "Ni"), ("water", "TP")], "monthly")],
     "Операционный контроль: pH и электропроводность промывных ванн – автоматически.",
     "Операциялық бақылау: жуу ванналарының pH және электр өткізгіштігі – автоматты түрде."),
    ("Хранение ЛКМ и растворителей на складе", "ЛБМ мен еріткіштерді қоймада сақтау", "Проливы при переливе и хранении",
     "Құю және сақтау кезіндегі төгілулер", "Загрязнение почвы", "Топырақтың ластануы", (3, 2, 1), None,
     "Управление: поддоны, сорбенты, инструкция ИОТ-12. Мониторинг не требуется.",
     "Басқару: табандықтар, сорбенттер, ИОТ-12 нұсқаулығы. Мониторинг талап етілмейді."),
    ("Стоянка готовых автомобилей, ливневая канализация", "Дайын автомобильдер тұрағы, нөсер кәрізі", "Сброс поверхностного стока",
     "Жер бетіндегі ағынды ағызу", "Загрязнение поверхностных вод", "Жерүсті суларының ластануы", (3, 3, 2),
     [({"point": "КК-2"}, [("water", "TSS"), ("water", "TPH")], "quarterly")],
     "Управление: очистка нефтеловушки по графику.", "Басқару: мұнай ұстағышты кесте бойынша тазалау."),
    ("Производственная площадка в целом", "Өндірістік алаң тұтастай", "Рассеивание выбросов за пределами площадки",
     "Шығарындылардың алаңнан тыс шашырауы", "Качество воздуха на границе СЗЗ", "СҚА шекарасындағы ауа сапасы", (3, 3, 3),
     [({"point": "Т-1"}, [("code", "0301"), ("code", "0616"), ("code", "2902")], "quarterly"),
      ({"point": "Т-2"}, [("code", "0301"), ("code", "0616"), ("code", "2902")], "quarterly")],
     "", ""),
)  # fmt: skip


def monitoring_hi1(doc: Doc) -> None:
    """An ISO 14001 register of environmental aspects of a car plant in Almaty: process, aspect, impact, three score columns
    (severity, probability, scale) and their product, significance, and a last column `средства управления и мониторинг`
    whose cell holds an operational-control sentence and, for most aspects, a line `Мониторинг: ИЗА 0003, 0004 – ксилол,
    бутилацетат, толуол – ежеквартально` or the same for points (`КК-1`, `Т-1, Т-2`); an aspect with no monitoring, sources
    and points written in one line, the scores as figures that are no frequencies (VI: an SMT plant's sổ đăng ký khía cạnh
    môi trường, `Quan trắc: KT01 – bụi tổng, chì và hợp chất, toluen – 03 tháng/lần`)."""
    if doc.lang == "vi":
        _monitoring_hi1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    op_ru, op_kk = doc.pick(ALMATY_CARS)[:2]
    doc.h(g(f"Реестр экологических аспектов {op_ru} (редакция 4, 2026 г.)", f"{op_kk} экологиялық аспектілерінің тізілімі (4-басылым, 2026 ж.)", ""))
    doc.p(g("Извлечение: аспекты окрасочного, сварочного производств и площадки в целом. Значимость Σ = Т × В × М; аспект значимый при "
            "Σ ≥ 18. Для значимых аспектов в последней графе указаны средства управления и производственный мониторинг по программе ПЭК.",
            "Үзінді: бояу, дәнекерлеу өндірістерінің және тұтас алаңның аспектілері. Маңыздылығы Σ = Т × Ы × А; Σ ≥ 18 болса, аспект "
            "маңызды. Маңызды аспектілер үшін соңғы бағанда басқару құралдары және ӨЭБ бағдарламасы бойынша өндірістік мониторинг "
            "көрсетілген.", ""))
    rows = [g(["№", "Процесс / операция", "Экологический аспект", "Воздействие", "Оценка", None, None, None, "Значимость",
               "Средства управления и мониторинг"],
              ["№", "Процесс / операция", "Экологиялық аспект", "Әсер", "Бағалау", None, None, None, "Маңыздылығы",
               "Басқару құралдары және мониторинг"], []),
            g([None, None, None, None, "Т", "В", "М", "Σ", None, None], [None, None, None, None, "Т", "Ы", "А", "Σ", None, None], [])]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 8, 9)] + [(0, 4, 0, 7)]
    label = g("Мониторинг", "Мониторинг", "")
    sources: list[str] = []
    for k, (p_ru, p_kk, a_ru, a_kk, i_ru, i_kk, (t, v, m), plan, c_ru, c_kk) in enumerate(ASPECTS, 1):
        score = t * v * m
        lines = [(c_ru, c_kk)[L]] if c_ru else []
        if plan:
            groups: list[tuple[list[str], list, str]] = []
            for where, items, word in plan:
                tag = where.get("source_number") or where.get("point")
                if groups and groups[-1][1] == items and groups[-1][2] == word:
                    groups[-1][0].append(tag)
                else:
                    groups.append(([tag], items, word))
                _expect(doc, where, items, word)
                if "source_number" in where:
                    sources.append(where["source_number"])
            for tags, items, word in groups:
                where = ", ".join(tags)
                if tags[0][0].isdigit():
                    where = g(f"ИЗА {where}", f"{where} ЛШК", "")
                lines.append(f"{label}: {where} – {_keys(doc, items)} – {_often(doc, word)}.")
        rows.append([str(k), (p_ru, p_kk)[L], (a_ru, a_kk)[L], (i_ru, i_kk)[L], str(t), str(v), str(m), str(score),
                     g("значимый", "маңызды", "") if score >= 18 else g("незначимый", "маңызды емес", ""), "\n".join(lines)])
    doc.table(g("Таблица 1 – Значимые и контролируемые экологические аспекты", "1-кесте – Маңызды және бақыланатын экологиялық аспектілер", ""),
              rows, merges, role="monitoring")
    doc.add("sources", *({"number": n, "type": "organized"} for n in sources))
    doc.p(g("Т – тяжесть воздействия, В – вероятность, М – масштаб (баллы 1–5). КК-1 – контрольный колодец на выходе ЛОС; КК-2 – выпуск "
            "ливневых стоков после нефтеловушки; Т-1, Т-2 – точки на границе СЗЗ.",
            "Т – әсердің ауырлығы, Ы – ықтималдығы, А – ауқымы (1–5 балл). КК-1 – ЖТҚ шығысындағы бақылау құдығы; КК-2 – мұнай "
            "ұстағыштан кейінгі нөсер ағындарының шығарылымы; Т-1, Т-2 – СҚА шекарасындағы нүктелер.", ""))
    maybe_distractor(doc, 0.3)


VN_ASPECTS = (
    ("Hàn reflow, hàn sóng trên dây chuyền SMT", "Phát sinh hơi kim loại, khí thải hàn", "Ô nhiễm không khí", (4, 4, 2),
     [("KT01", [("code", "2902"), ("code", "0184"), ("code", "0621")], "quarterly")],
     "Kiểm soát vận hành: thay than hoạt tính theo chênh áp."),
    ("Làm sạch bảng mạch bằng hóa chất", "Phát sinh hơi axit, kiềm", "Ô nhiễm không khí", (3, 3, 2),
     [("KT02", [("code", "0316"), ("code", "0303")], "semiannual")], "Kiểm soát vận hành: pH dung dịch hấp thụ được đo tự động."),
    ("Vận hành hệ thống xử lý nước thải sản xuất", "Xả nước thải vào hệ thống thu gom của KCN", "Ô nhiễm nguồn nước", (4, 3, 2),
     [("NT1", [("water", "pH"), ("water", "COD"), ("water", "TSS"), ("water", "Cu"), ("water", "Ni")], "quarterly")],
     "Kiểm soát vận hành: lưu lượng, pH đầu ra được ghi nhật ký vận hành."),
    ("Vận hành máy phát điện dự phòng", "Khí thải đốt dầu DO", "Ô nhiễm không khí", (2, 2, 2), None,
     "Không thuộc đối tượng phải quan trắc; ghi chép nhật ký vận hành."),
    ("Lưu giữ hóa chất, chất thải nguy hại", "Rò rỉ, tràn đổ", "Ô nhiễm đất, nước", (4, 2, 1), None,
     "Kiểm soát: gờ chống tràn, vật liệu thấm hút, quy trình ứng phó sự cố hóa chất."),
    ("Phủ keo bảo vệ bảng mạch (conformal coating)", "Phát sinh hơi dung môi hữu cơ", "Ô nhiễm không khí", (3, 4, 2),
     [("KT03", [("code", "0616"), ("code", "0621")], "quarterly")], "Kiểm soát vận hành: thay lọc than hoạt tính theo lịch."),
)


def _monitoring_hi1_vi(doc: Doc) -> None:
    plant = doc.pick(YENPHONG)[0]
    doc.h(f"SỔ ĐĂNG KÝ KHÍA CẠNH MÔI TRƯỜNG – {plant.upper()} (LẦN BAN HÀNH 3, NĂM 2026)")
    doc.p("Mức độ đáng kể Σ = M × K × P (mức độ nghiêm trọng, khả năng xảy ra, phạm vi ảnh hưởng, thang điểm 1–5); khía cạnh có Σ ≥ 18 là "
          "khía cạnh môi trường đáng kể. Cột cuối ghi biện pháp kiểm soát và nội dung quan trắc theo giấy phép môi trường.")
    rows = [["TT", "Hoạt động / công đoạn", "Khía cạnh môi trường", "Tác động", "Đánh giá", None, None, None, "Mức độ",
             "Biện pháp kiểm soát và quan trắc"],
            [None, None, None, None, "M", "K", "P", "Σ", None, None]]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 8, 9)] + [(0, 4, 0, 7)]
    for k, (proc, aspect, impact, (m, kk, p), plan, control) in enumerate(VN_ASPECTS, 1):
        score = m * kk * p
        lines = [control]
        for pid, items, word in plan or ():
            lines.append(f"Quan trắc định kỳ: {pid} – {_keys(doc, items)} – {freq(doc, word)}.")
            _expect(doc, {"point": pid}, items, word)
        rows.append([str(k), proc, aspect, impact, str(m), str(kk), str(p), str(score), "Đáng kể" if score >= 18 else "Không đáng kể",
                     "\n".join(lines)])
    doc.table("Bảng 1. Khía cạnh môi trường và biện pháp kiểm soát", rows, merges, role="monitoring")
    doc.p("KT01, KT02, KT03 – ống thải của các hệ thống xử lý khí thải; NT1 – hố ga đấu nối nước thải vào KCN Yên Phong.")
    maybe_distractor(doc, 0.3)


# (RU service, KK service, RU place, KK place, [where], items, word, count of points, price)
DEPOT_SPEC = (
    ("Инструментальные замеры выбросов на источнике", "Көздегі шығарындыларды аспаптық өлшеу",
     "ИЗА 0001 – дымовая труба котельной (уголь)", "0001 ЛШК – қазандықтың түтін мұржасы (көмір)", [{"source_number": "0001"}],
     [("code", "0301"), ("code", "0330"), ("code", "0337"), ("code", "2908")], "quarterly", (14000, 22000)),
    ("Инструментальные замеры выбросов на источнике", "Көздегі шығарындыларды аспаптық өлшеу",
     "ИЗА 0002 – дробеструйная камера очистки рам тележек", "0002 ЛШК – арбашық жақтауларын тазалайтын бытыра атқыш камера",
     [{"source_number": "0002"}], [("code", "2930"), ("code", "0123")], "semiannual", (9000, 15000)),
    ("Инструментальные замеры выбросов на источнике", "Көздегі шығарындыларды аспаптық өлшеу",
     "ИЗА 0003 – окрасочная камера вагонов", "0003 ЛШК – вагондарды бояу камерасы", [{"source_number": "0003"}],
     [("code", "0616"), ("code", "2752"), ("code", "2902")], "semiannual", (11000, 18000)),
    ("Отбор проб атмосферного воздуха на границе СЗЗ", "СҚА шекарасында атмосфералық ауа сынамаларын алу",
     "Т-1 – Т-4 (граница СЗЗ: север, восток, юг, запад)", "Т-1 – Т-4 (СҚА шекарасы: солтүстік, шығыс, оңтүстік, батыс)",
     [{"point": f"Т-{k}"} for k in range(1, 5)], [("code", "0301"), ("code", "0330"), ("code", "2908")], "quarterly", (6000, 9000)),
    ("Отбор и анализ проб сточных вод", "Ағынды сулардың сынамаларын алу және талдау",
     "КК-1 – выпуск очистных сооружений мойки вагонов", "КК-1 – вагон жуу тазарту құрылыстарының шығарылымы", [{"point": "КК-1"}],
     [("water", "pH"), ("water", "TSS"), ("water", "TPH"), ("water", "Surfactants"), ("water", "COD")], "monthly", (12000, 19000)),
    ("Отбор и анализ проб почвы", "Топырақ сынамаларын алу және талдау",
     "П-1, П-2 (площадка ГСМ, площадка накопления отходов)", "П-1, П-2 (ЖЖМ алаңы, қалдықтарды жинақтау алаңы)",
     [{"point": "П-1"}, {"point": "П-2"}], [("soil", "TPH"), ("soil", "Pb")], "yearly", (8000, 13000)),
)  # fmt: skip
TIMES = {"monthly": 12, "quarterly": 4, "semiannual": 2, "yearly": 1}


def _times(doc: Doc, n: int) -> str:
    if doc.lang == "kk":
        return f"жылына {n} рет"
    if doc.lang == "vi":
        return f"{n:02d} đợt"
    return f"{n} раз{'а' if n in (2, 3, 4) else ''} в год"


def monitoring_hi2(doc: Doc) -> None:
    """The technical specification of a tender for laboratory services of a railway car repair depot: `наименование
    услуги | место (источник, точки) | определяемые показатели | количество проб в год | цена | сумма`, the frequency
    never written as such but given by the count cell `16 (4 точки × 4 раза в год)`, the points of the protection zone
    written as a range `Т-1 – Т-4`, sources and points mixed, prices in tenge and a total (VI: a car plant's contract annex
    with a monitoring company at Chu Lai, `08 (02 vị trí × 04 đợt)` and prices in đồng)."""
    r = doc.rng
    if doc.lang == "vi":
        _monitoring_hi2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    doc.h(g("Техническая спецификация закупаемых услуг", "Сатып алынатын қызметтердің техникалық ерекшелігі", ""))
    doc.p(g("Наименование услуги: услуги аккредитованной лаборатории по производственному экологическому контролю Вагонного ремонтного "
            "депо станции Шу (ТОО «Дала Вагон Сервис») на 2026 год. Место оказания услуг: Жамбылская область, г. Шу. Показатели и объем "
            "работ соответствуют программе ПЭК; результаты представляются протоколами в течение 10 рабочих дней после отбора.",
            "Қызметтің атауы: «Дала Вагон Сервис» ЖШС Шу станциясының вагон жөндеу депосының 2026 жылға арналған өндірістік экологиялық "
            "бақылауы бойынша аккредиттелген зертхананың қызметтері. Қызмет көрсету орны: Жамбыл облысы, Шу қ. Көрсеткіштер мен жұмыс "
            "көлемі ӨЭБ бағдарламасына сәйкес; нәтижелер сынама алынғаннан кейін 10 жұмыс күні ішінде хаттамалармен ұсынылады.", ""))
    rows = [g(["№ п/п", "Наименование услуги", "Место (источник, точки отбора)", "Определяемые показатели",
               "Количество проб (замеров) в год", "Цена за единицу, тенге без НДС", "Сумма, тенге без НДС"],
              ["Р/с №", "Қызметтің атауы", "Орны (көз, сынама алу нүктелері)", "Анықталатын көрсеткіштер",
               "Жылына сынамалар (өлшеулер) саны", "Бірлік бағасы, ҚҚС-сыз теңге", "Сомасы, ҚҚС-сыз теңге"], [])]
    total_sum = 0
    sources = []
    for k, (s_ru, s_kk, p_ru, p_kk, wheres, items, word, (lo, hi)) in enumerate(DEPOT_SPEC, 1):
        n_pts, times = len(wheres), TIMES[word]
        count = n_pts * times
        what = g("точка", "нүкте", "") if "point" in wheres[0] else g("источник", "көз", "")
        if doc.lang == "ru" and "point" in wheres[0]:
            what = "точка" if n_pts == 1 else ("точки" if n_pts < 5 else "точек")
        price = r.randint(lo // 100, hi // 100) * 100
        total_sum += price * count
        rows.append([str(k), (s_ru, s_kk)[L], (p_ru, p_kk)[L], _keys(doc, items),
                     f"{count} ({n_pts} {what} × {_times(doc, times)})", num(price, doc.lang), num(price * count, doc.lang)])
        for where in wheres:
            _expect(doc, where, items, word)
            if "source_number" in where:
                sources.append(where["source_number"])
    rows.append(["", g("Итого", "Барлығы", ""), None, None, None, None, num(total_sum, doc.lang)])
    doc.table(g("Таблица 1 – Объем и стоимость услуг", "1-кесте – Қызметтердің көлемі мен құны", ""), rows, [(len(rows) - 1, 1, len(rows) - 1, 5)],
              role="monitoring")
    doc.add("sources", *({"number": n, "type": "organized"} for n in sources))
    doc.p(g("Отбор проб выполняется в сроки, согласованные с заказчиком, равномерно в течение года; при остановке источника замер "
            "переносится на следующий месяц.",
            "Сынамалар тапсырыс берушімен келісілген мерзімдерде жыл бойы біркелкі алынады; көз тоқтаған кезде өлшеу келесі айға "
            "ауыстырылады.", ""))
    maybe_distractor(doc, 0.3)


# (item, points, place, items, word, price range đồng)
CHULAI_SPEC = (
    ("Quan trắc khí thải buồng sơn", ("KT1", "KT2"), "KT1, KT2 – ống thải số 01, số 02 của xưởng sơn",
     [("code", "2902"), ("code", "0616"), ("code", "0621"), ("code", "1210")], "quarterly", (2600000, 3400000)),
    ("Quan trắc khí thải lò hơi", ("KT3",), "KT3 – ống khói lò hơi đốt dầu DO 4 tấn hơi/giờ",
     [("code", "2902"), ("code", "0330"), ("code", "0301"), ("code", "0337")], "semiannual", (2200000, 2900000)),
    ("Quan trắc nước thải", ("NT1",), "NT1 – đầu ra hệ thống xử lý nước thải tập trung 600 m3/ngày.đêm",
     [("water", "pH"), ("water", "BOD5"), ("water", "COD"), ("water", "TSS"), ("water", "Zn"), ("water", "Ni"), ("water", "TPH")],
     "monthly", (1800000, 2500000)),
    ("Quan trắc không khí xung quanh", ("KK1", "KK2"), "KK1, KK2 – cổng nhà máy và khu dân cư thôn Thuận An",
     [("code", "2902"), ("code", "0330"), ("code", "0337")], "semiannual", (1500000, 2100000)),
)


def _monitoring_hi2_vi(doc: Doc) -> None:
    r = doc.rng
    plant = doc.pick(("Nhà máy sản xuất, lắp ráp ô tô du lịch Tam Hiệp", "Nhà máy ô tô thương mại Chu Lai 2"))
    doc.h("PHỤ LỤC 01 – BẢNG KHỐI LƯỢNG VÀ ĐƠN GIÁ DỊCH VỤ QUAN TRẮC MÔI TRƯỜNG NĂM 2026")
    doc.p(f"(Kèm theo Hợp đồng số {r.randint(10, 99)}/2026/HĐQT giữa {plant} và Trung tâm Quan trắc và Kỹ thuật môi trường Quảng Nam.) "
          "Thông số, vị trí quan trắc theo giấy phép môi trường của cơ sở; thời điểm lấy mẫu do hai bên thống nhất.")
    rows = [["TT", "Hạng mục", "Vị trí (ký hiệu)", "Thông số", "Số mẫu/năm", "Đơn giá (đồng/mẫu)", "Thành tiền (đồng)"]]
    total_sum = 0
    for k, (item, pids, place, items, word, (lo, hi)) in enumerate(CHULAI_SPEC, 1):
        times = TIMES[word]
        count = len(pids) * times
        price = r.randint(lo // 10000, hi // 10000) * 10000
        total_sum += price * count
        rows.append([str(k), item, place, _keys(doc, items), f"{count:02d} ({len(pids):02d} vị trí × {times:02d} đợt)", num(price, "vi"),
                     num(price * count, "vi")])
        for pid in pids:
            _expect(doc, {"point": pid}, items, word)
    rows.append(["", "Tổng cộng", None, None, None, None, num(total_sum, "vi")])
    doc.table("Bảng khối lượng, đơn giá", rows, [(len(rows) - 1, 1, len(rows) - 1, 5)], role="monitoring")
    doc.p("Đơn giá đã bao gồm chi phí lấy mẫu, vận chuyển, phân tích và lập báo cáo; chưa bao gồm thuế giá trị gia tăng.")
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- inspections

# (RU place, KK place, RU products (CAS), KK products, max kg, GHS, RU what, KK what, word, RU who, KK who)
SEZ_STORES = (
    ("Шкаф хранения паяльных материалов на участке SMT", "SMT учаскесіндегі дәнекерлеу материалдарын сақтау шкафы",
     "паяльная паста Sn96,5Ag3Cu0,5; флюс безотмывочный (пропан-2-ол, CAS 67-63-0)",
     "Sn96,5Ag3Cu0,5 дәнекерлеу пастасы; жуылмайтын флюс (пропан-2-ол, CAS 67-63-0)", (15, 40), "GHS02, GHS07, GHS09",
     "сроки годности, маркировка, закрытие емкостей после смены", "жарамдылық мерзімдері, таңбалау, ауысымнан кейін ыдыстарды жабу",
     "daily", "мастер участка SMT", "SMT учаскесінің шебері"),
    ("Холодильник хранения паяльной пасты", "Дәнекерлеу пастасын сақтайтын тоңазытқыш",
     "паяльная паста (олово, CAS 7440-31-5; серебро, CAS 7440-22-4)", "дәнекерлеу пастасы (қалайы, CAS 7440-31-5; күміс, CAS 7440-22-4)",
     (8, 20), "GHS09", "температура +2…+10 °С по журналу, учет вскрытых банок", "журнал бойынша +2…+10 °С температура, ашылған банкаларды есепке алу",
     "daily", "оператор трафаретного принтера", "трафареттік принтер операторы"),
    ("Склад легковоспламеняющихся жидкостей (помещение 1.14)", "Тез тұтанатын сұйықтықтар қоймасы (1.14 үй-жай)",
     "пропан-2-ол (CAS 67-63-0); ацетон (CAS 67-64-1); разбавитель влагозащитного лака (ксилол, CAS 1330-20-7)",
     "пропан-2-ол (CAS 67-63-0); ацетон (CAS 67-64-1); ылғалдан қорғайтын лак сұйылтқышы (ксилол, CAS 1330-20-7)", (250, 600),
     "GHS02, GHS07", "герметичность тары, работа вытяжной вентиляции, заземление стеллажей, запас сорбента",
     "ыдыстың герметикалығы, сору желдеткішінің жұмысы, сөрелерді жерге қосу, сорбент қоры", "weekly", "кладовщик склада ЛВЖ",
     "ТТС қоймасының қоймашысы"),
    ("Склад компаундов и клеев участка заливки светильников", "Шамдарды құю учаскесінің компаундтар мен желімдер қоймасы",
     "эпоксидная смола (CAS 25068-38-6); аминный отвердитель; силиконовый герметик",
     "эпоксид шайыры (CAS 25068-38-6); аминдік қатайтқыш; силикон герметигі", (150, 400), "GHS05, GHS07, GHS09",
     "целостность тары, поддоны, учет остатков и сроков годности", "ыдыстың бүтіндігі, табандықтар, қалдықтар мен жарамдылық мерзімдерін есепке алу",
     "monthly", "инженер-технолог участка заливки", "құю учаскесінің инженер-технологы"),
    ("Площадка накопления отработанных химикатов и загрязненной тары", "Пайдаланылған химикаттар мен ластанған ыдысты жинақтау алаңы",
     "отработанный пропан-2-ол; тара из-под паяльной пасты и лака", "пайдаланылған пропан-2-ол; дәнекерлеу пастасы мен лак ыдысы",
     (60, 200), "GHS02, GHS07", "маркировка, раздельное хранение, срок накопления не более 6 месяцев",
     "таңбалау, бөлек сақтау, жинақтау мерзімі 6 айдан аспайды", "monthly", "инженер по охране труда и окружающей среды",
     "еңбекті және қоршаған ортаны қорғау жөніндегі инженер"),
    ("Газификатор жидкого азота у корпуса № 2", "№ 2 корпус жанындағы сұйық азот газификаторы",
     "азот жидкий (CAS 7727-37-9)", "сұйық азот (CAS 7727-37-9)", (2000, 6000), "GHS04",
     "давление в резервуаре, обмерзание арматуры, ограждение площадки", "резервуардағы қысым, арматураның қатуы, алаң қоршауы",
     "quarterly", "главный энергетик", "бас энергетик"),
    ("Шкаф реактивов лаборатории ОТК", "ТБК зертханасының реактивтер шкафы",
     "кислота соляная (CAS 7647-01-0); натрия гидроксид (CAS 1310-73-2)", "тұз қышқылы (CAS 7647-01-0); натрий гидроксиді (CAS 1310-73-2)",
     (5, 25), "GHS05, GHS07", "раздельное хранение кислот и щелочей, журнал выдачи", "қышқылдар мен сілтілерді бөлек сақтау, беру журналы",
     "semiannual", "заведующий лабораторией ОТК", "ТБК зертханасының меңгерушісі"),
)  # fmt: skip


def inspections_hi1(doc: Doc) -> None:
    """The plan of managing hazardous chemicals of an electric-meter and LED assembly plant in the special economic zone
    «Астана – новый город», its annex of storage places: each place with the chemicals kept there and their CAS numbers,
    the greatest stock in kilograms, the GHS pictograms, then what is checked, how often and by whom — the inspections
    sit in the last three columns of a chemical inventory full of numbers that are no frequencies (VI: a printed-circuit
    board plant's kế hoạch quản lý hóa chất in the Yên Bình park, acid, alkali and etching-solution stores)."""
    r = doc.rng
    if doc.lang == "vi":
        _inspections_hi1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    doc.h(g("План управления опасными химическими веществами ТОО «Астана Смарт Метеринг» на 2026 год",
            "«Астана Смарт Метеринг» ЖШС қауіпті химиялық заттарды басқарудың 2026 жылға арналған жоспары", ""))
    doc.p(g("Объект: завод интеллектуальных приборов учета электроэнергии и светодиодных светильников, СЭЗ «Астана – новый город», "
            "индустриальный парк № 1. Приложение 2. Места хранения химической продукции и порядок их проверки.",
            "Объект: электр энергиясын есепке алудың зияткерлік аспаптары мен жарықдиодты шамдар зауыты, «Астана – жаңа қала» АЭА, № 1 "
            "индустриялық парк. 2-қосымша. Химиялық өнімді сақтау орындары және оларды тексеру тәртібі.", ""))
    rows = [g(["№", "Место хранения", "Химическая продукция (CAS)", "Макс. запас, кг", "Пиктограммы СГС", "Что проверяется",
               "Периодичность проверки", "Проверяющий"],
              ["№", "Сақтау орны", "Химиялық өнім (CAS)", "Ең көп қоры, кг", "ЖҮЖ пиктограммалары", "Не тексеріледі",
               "Тексеру кезеңділігі", "Тексеруші"], [])]
    for k, (p_ru, p_kk, c_ru, c_kk, (lo, hi), ghs, w_ru, w_kk, word, h_ru, h_kk) in enumerate(SEZ_STORES, 1):
        place, who = (p_ru, p_kk)[L], (h_ru, h_kk)[L]
        stock = r.randint(lo, hi) if hi < 100 else r.randint(lo // 10, hi // 10) * 10
        rows.append([str(k), place, (c_ru, c_kk)[L], num(stock, doc.lang), ghs, (w_ru, w_kk)[L], _often(doc, word), who])
        doc.add("obligations", {"kind": "inspection", "text_contains": _words(place, 3), "frequency": word, "actor_contains": who})
    doc.table(g("Таблица П2.1 – Места хранения химической продукции", "П2.1-кесте – Химиялық өнімді сақтау орындары", ""), rows,
              role="inspections")
    doc.p(g("СГС – Согласованная на глобальном уровне система классификации и маркировки химических веществ. Результаты проверок "
            "заносятся в журнал осмотра мест хранения; несоответствия устраняются в течение смены.",
            "ЖҮЖ – химиялық заттарды жіктеу мен таңбалаудың жаһандық деңгейде үйлестірілген жүйесі. Тексеру нәтижелері сақтау орындарын "
            "қарау журналына енгізіледі; сәйкессіздіктер ауысым ішінде жойылады.", ""))
    maybe_distractor(doc, 0.3)


# (place, chemicals (CAS), (low, high) kg, GHS, what, word, who)
PCB_STORES = (
    ("Kho axit (khu A)", "Axit clohydric 32% (7647-01-0); axit sunfuric 98% (7664-93-9)", (4000, 9000), "GHS05, GHS07",
     "Rò rỉ, ăn mòn bồn chứa, gờ chống tràn, quạt hút", "daily", "Tổ trưởng kho hóa chất"),
    ("Bồn chứa dung dịch ăn mòn đồng clorua", "Đồng (II) clorua (7447-39-4); axit clohydric (7647-01-0)", (8000, 15000), "GHS05, GHS07, GHS09",
     "Mức dung dịch, van, đường ống, cảm biến rò rỉ", "daily", "Trưởng ca dây chuyền ăn mòn"),
    ("Kho kiềm và hóa chất xử lý nước", "Natri hydroxit (1310-73-2); PAC; polyme anion", (3000, 7000), "GHS05",
     "Bao bì, pallet, biển cảnh báo, sắp xếp theo tính tương kỵ", "weekly", "Nhân viên vận hành trạm xử lý nước thải"),
    ("Kho mực phủ hàn và dung môi", "Mực phủ hàn; 2-butoxyetanol (111-76-2); propan-2-ol (67-63-0)", (800, 2000), "GHS02, GHS07",
     "Nhiệt độ kho, thông gió, tiếp địa, bình chữa cháy", "weekly", "Thủ kho vật tư"),
    ("Bồn amoniac dung dịch 25% (dây chuyền ăn mòn kiềm)", "Amoniac dung dịch (1336-21-6)", (2000, 5000), "GHS05, GHS07, GHS09",
     "Áp suất, mùi, đệm kín mặt bích, vòi tắm khẩn cấp", "monthly", "Phòng An toàn – Môi trường"),
    ("Khu lưu giữ dung dịch thải chờ xử lý", "Dung dịch ăn mòn thải, dung dịch mạ thải", (5000, 12000), "GHS05, GHS09",
     "Dán nhãn, thời gian lưu giữ, bể chứa dự phòng", "monthly", "Phòng An toàn – Môi trường"),
    ("Tủ hóa chất phòng thí nghiệm QC", "Axit nitric (7697-37-2); kali pemanganat (7722-64-7)", (10, 40), "GHS03, GHS05",
     "Sổ xuất nhập, hạn sử dụng, tách riêng chất oxy hóa", "quarterly", "Trưởng phòng QC"),
)


def _inspections_hi1_vi(doc: Doc) -> None:
    r = doc.rng
    plant = doc.pick(YENBINH)[0]
    doc.h(f"KẾ HOẠCH QUẢN LÝ HÓA CHẤT NĂM 2026 – {plant.upper()}")
    doc.p("Phụ lục 3. Danh mục kho, khu vực chứa hóa chất và tần suất kiểm tra (lập theo Nghị định số 113/2017/NĐ-CP và kế hoạch phòng "
          "ngừa, ứng phó sự cố hóa chất đã được phê duyệt).")
    rows = [["TT", "Kho / khu vực", "Hóa chất (số CAS)", "Lượng lưu giữ tối đa (kg)", "Hình đồ cảnh báo GHS", "Nội dung kiểm tra", "Tần suất",
             "Người kiểm tra"]]
    for k, (place, chems, (lo, hi), ghs, what, word, who) in enumerate(PCB_STORES, 1):
        stock = r.randint(lo // 10, hi // 10) * 10
        rows.append([str(k), place, chems, num(stock, "vi"), ghs, what, _often(doc, word), who])
        doc.add("obligations", {"kind": "inspection", "text_contains": _words(place, 3), "frequency": word, "actor_contains": who})
    doc.table("Bảng PL3.1. Kho, khu vực chứa hóa chất", rows, role="inspections")
    doc.p("Kết quả kiểm tra được ghi vào sổ theo dõi kho hóa chất; sự cố rò rỉ được xử lý theo kế hoạch ứng phó sự cố hóa chất.")
    maybe_distractor(doc, 0.3)


# (RU shop, KK shop, [(RU object, KK object, RU what, KK what, word, RU who, KK who)])
EKI_CARDS = (
    ("Участок пропитки и сушки обмоток", "Орамаларды сіңдіру және кептіру учаскесі", [
        ("Вакуум-пропиточная установка и сушильные печи", "Вакуумдық сіңдіру қондырғысы және кептіру пештері",
         "герметичность крышек, работа вытяжной вентиляции, отсутствие проливов лака", "қақпақтардың герметикалығы, сору желдеткішінің жұмысы, лак төгілуінің болмауы",
         "daily", "мастер участка пропитки", "сіңдіру учаскесінің шебері"),
        ("Кладовая пропиточных лаков и растворителей", "Сіңдіру лактары мен еріткіштердің қоймасы",
         "состояние тары, поддонов, запас сорбента", "ыдыстың, табандықтардың жай-күйі, сорбент қоры", "weekly", "кладовщик цеха", "цех қоймашысы")]),
    ("Кабельный цех", "Кабель цехы", [
        ("Экструзионные линии ПВХ-изоляции", "ПВХ оқшаулағыш экструзиялық желілері",
         "работа местных отсосов, отсутствие перегрева компаунда", "жергілікті сорғыштардың жұмысы, компаундтың қызып кетпеуі", "weekly",
         "сменный мастер кабельного цеха", "кабель цехының ауысым шебері"),
        ("Площадка накопления отходов кабеля и ПВХ", "Кабель және ПВХ қалдықтарын жинақтау алаңы",
         "раздельный сбор, маркировка контейнеров, сроки накопления", "бөлек жинау, контейнерлерді таңбалау, жинақтау мерзімдері", "monthly",
         "инженер-эколог", "инженер-эколог")]),
    ("Маслохозяйство и испытательная станция", "Май шаруашылығы және сынау станциясы", [
        ("Резервуары трансформаторного масла", "Трансформатор майының резервуарлары",
         "протечки, уровень в поддонах, состояние обвалования", "ағулар, табандықтардағы деңгей, үйінді қоршаудың жай-күйі", "weekly",
         "начальник маслохозяйства", "май шаруашылығының бастығы"),
        ("Маслоприемник испытательной станции трансформаторов", "Трансформаторларды сынау станциясының май қабылдағышы",
         "заполнение, целостность гравийной засыпки", "толуы, қиыршық тас төсемінің бүтіндігі", "quarterly", "инженер-эколог", "инженер-эколог")]),
    ("Котельная", "Қазандық", [
        ("Газовые котлы и дымовая труба", "Газ қазандары және түтін мұржасы",
         "соответствие режимной карте, показания переносного газоанализатора", "режимдік картаға сәйкестігі, тасымалды газталдағыш көрсеткіштері",
         "semiannual", "начальник котельной", "қазандық бастығы")]),
    ("Территория завода", "Зауыт аумағы", [
        ("Санитарно-защитная зона и зеленые насаждения", "Санитариялық-қорғау аймағы және жасыл екпелер",
         "состояние насаждений, отсутствие несанкционированных свалок", "екпелердің жай-күйі, рұқсат етілмеген үйінділердің болмауы", "yearly",
         "заместитель директора по общим вопросам", "директордың жалпы мәселелер жөніндегі орынбасары")]),
)  # fmt: skip
CARD_LABELS = {"ru": ("Объект контроля", "Что проверяется", "Периодичность", "Кто проверяет"),
               "kk": ("Бақылау объектісі", "Не тексеріледі", "Кезеңділігі", "Кім тексереді"),
               "vi": ("Đối tượng kiểm tra", "Nội dung kiểm tra", "Tần suất", "Người kiểm tra")}


def _cards(doc: Doc, shops, caption: str) -> None:
    """Blocks of four label–value rows under a row spanning the table per shop, the check's number merged down."""
    rows: list = []
    merges: list = []
    labels = CARD_LABELS[doc.lang]
    for s, (shop, checks) in enumerate(shops, 1):
        _span(rows, merges, f"{s}. {shop}", 3)
        for c, (obj, what, word, who) in enumerate(checks, 1):
            start = len(rows)
            for j, value in enumerate((obj, what, _often(doc, word), who)):
                rows.append([f"{s}.{c}" if j == 0 else None, labels[j], value])
            merges.append((start, 0, len(rows) - 1, 0))
            doc.add("obligations", {"kind": "inspection", "text_contains": _words(obj, 3), "frequency": word, "actor_contains": who})
    doc.table(caption, rows, merges, role="inspections")


def inspections_hi2(doc: Doc) -> None:
    """A transformer and cable works' card of environmental control by shop: no header row, a row spanning the table per
    shop, then each check as a block of four label–value rows — object, what is checked, frequency, who checks — with its
    number `2.1` merged down the first column (VI: a car plant's phiếu kiểm soát môi trường theo xưởng at Chu Lai)."""
    if doc.lang == "vi":
        _inspections_hi2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    o_ru, o_kk, op_ru, op_kk = doc.pick(EKIBASTUZ)[:4]
    doc.h(g(f"Карта экологического контроля подразделений. {op_ru}", f"{op_kk}. Бөлімшелердің экологиялық бақылау картасы", ""))
    doc.p(g(f"Объект: {o_ru}. Карта является приложением к инструкции по производственному экологическому контролю; выявленные "
            "нарушения записываются в журнал и сообщаются инженеру-экологу.",
            f"Объект: {o_kk}. Карта өндірістік экологиялық бақылау жөніндегі нұсқаулыққа қосымша болып табылады; анықталған бұзушылықтар "
            "журналға жазылады және инженер-экологқа хабарланады.", ""))
    shops = [((s_ru, s_kk)[L], [((a, b)[L], (c, d)[L], w, (e, f)[L]) for a, b, c, d, w, e, f in checks]) for s_ru, s_kk, checks in EKI_CARDS]
    _cards(doc, shops, g("Карта контроля", "Бақылау картасы", ""))
    maybe_distractor(doc, 0.3)


VN_CARDS = (
    ("Xưởng hàn thân xe", [
        ("Hệ thống hút, lọc khói hàn (lọc túi vải)", "Chênh áp túi lọc, quạt hút, rò rỉ bụi", "daily", "Tổ trưởng tổ bảo trì xưởng hàn"),
        ("Khu vực tập kết phế liệu sắt thép", "Phân loại, che chắn, vệ sinh khu vực", "weekly", "Quản đốc xưởng hàn")]),
    ("Xưởng sơn", [
        ("Buồng sơn và hệ thống màng nước", "Mức nước, bùn sơn, tấm lọc trần, lọc sàn", "daily", "Trưởng ca xưởng sơn"),
        ("Thiết bị đốt khí thải lò sấy (RTO)", "Nhiệt độ buồng đốt, van chuyển hướng, cảnh báo", "weekly", "Kỹ sư cơ điện xưởng sơn"),
        ("Kho sơn và dung môi", "Thông gió, tiếp địa, khay chống tràn, biển cảnh báo", "monthly", "Thủ kho sơn")]),
    ("Khu phụ trợ", [
        ("Trạm xử lý nước thải tập trung", "Thiết bị quan trắc tự động, bơm định lượng, bùn thải", "monthly", "Phòng An toàn – Môi trường"),
        ("Kho chất thải nguy hại", "Dán nhãn, phân khu, thời gian lưu giữ, sổ giao nhận", "quarterly", "Phòng An toàn – Môi trường"),
        ("Hệ thống thoát nước mưa và hố ga", "Nạo vét, song chắn rác, dầu loang", "semiannual", "Ban Hành chính – Tổng vụ")]),
)


def _inspections_hi2_vi(doc: Doc) -> None:
    plant = doc.pick(("Nhà máy sản xuất, lắp ráp ô tô du lịch Tam Hiệp", "Nhà máy ô tô thương mại Chu Lai 2"))
    doc.h(f"PHIẾU KIỂM SOÁT MÔI TRƯỜNG THEO XƯỞNG – {plant.upper()} (KKT MỞ CHU LAI)")
    doc.p("Phiếu ban hành kèm theo quy trình tự kiểm tra công tác bảo vệ môi trường của nhà máy; áp dụng từ ngày 01/01/2026.")
    _cards(doc, VN_CARDS, "Bảng kiểm soát")
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- tasks

# discipline: (RU title, KK title, [(RU text, KK text, RU who, KK who, RU term, KK term, RU status, KK status)] or RU/KK free text)
D8 = (
    ("D1. Команда", "D1. Команда", ("Руководитель – технический директор {lead}; члены: начальник окрасочного цеха, главный механик, главный "
                                    "технолог, инженер-эколог, представитель отдела качества.",
                                    "Жетекшісі – техникалық директор {lead}; мүшелері: бояу цехының бастығы, бас механик, бас технолог, "
                                    "инженер-эколог, сапа бөлімінің өкілі.")),
    ("D2. Описание проблемы", "D2. Проблеманың сипаттамасы",
     ("При внеплановой проверке Департамента экологии по г. Алматы (акт № {act} от {date}) на трубе окрасочной камеры № 2 "
      "зафиксировано превышение технологического норматива КЭР по ксилолу; по остальным веществам нормативы соблюдаются.",
      "Алматы қаласы бойынша Экология департаментінің жоспардан тыс тексеруі кезінде ({date} № {act} акт) № 2 бояу камерасының "
      "құбырында ксилол бойынша КЭР технологиялық нормативінің асуы тіркелді; басқа заттар бойынша нормативтер сақталады.")),
    ("D3. Сдерживающие действия", "D3. Шектеу әрекеттері", [
        ("Снизить производительность окрасочной камеры № 2 до 70 % и перевести ее на резервный угольный адсорбер",
         "№ 2 бояу камерасының өнімділігін 70 %-ға дейін төмендету және оны резервтік көмір адсорберіне ауыстыру",
         "начальник окрасочного цеха", "бояу цехының бастығы", "немедленно", "дереу", "выполнено", "орындалды"),
        ("Провести внеочередной замер концентрации ксилола и бутилацетата на трубе камеры № 2 после переключения",
         "Ауыстырып қосқаннан кейін № 2 камера құбырында ксилол мен бутилацетат концентрациясын кезектен тыс өлшеу",
         "инженер-эколог", "инженер-эколог", "в течение 5 рабочих дней", "5 жұмыс күні ішінде", "выполнено", "орындалды"),
        ("Проверить состояние угольных кассет остальных окрасочных камер", "Қалған бояу камераларының көмір кассеталарының жай-күйін тексеру",
         "главный механик", "бас механик", "до 31.03.2026", "31.03.2026 дейін", "выполнено", "орындалды")]),
    ("D4. Коренные причины", "D4. Түпкі себептер", [
        ("Причина возникновения: насыщение угольного адсорбера; замена кассет выполнялась по календарю, без учета роста расхода "
         "растворителя после запуска второй модели", "Пайда болу себебі: көмір адсорберінің қанығуы; кассеталарды ауыстыру екінші модельді "
         "іске қосқаннан кейін еріткіш шығынының өсуін ескермей, күнтізбе бойынша орындалды", "", "", "", "", "подтверждена", "расталды"),
        ("Причина невыявления: отсутствие непрерывного контроля перепада давления на адсорбере",
         "Анықталмау себебі: адсорбердегі қысым айырмасын үздіксіз бақылаудың болмауы", "", "", "", "", "подтверждена", "расталды")]),
    ("D5. Корректирующие действия", "D5. Түзету әрекеттері", [
        ("Перевести замену угольных кассет на критерий перепада давления и внести его в график ППР",
         "Көмір кассеталарын ауыстыруды қысым айырмасы өлшемшартына көшіру және оны ЖАЖ кестесіне енгізу",
         "главный механик", "бас механик", "до 30.04.2026", "30.04.2026 дейін", "в работе", "орындалуда"),
        ("Установить датчики перепада давления на адсорберах с выводом сигнала в АСУ ТП окрасочного цеха",
         "Адсорберлерге сигналды бояу цехының АБЖ ТП-ға шығаратын қысым айырмасы датчиктерін орнату",
         "начальник отдела АСУ ТП", "АБЖ ТП бөлімінің бастығы", "до 30.06.2026", "30.06.2026 дейін", "в работе", "орындалуда"),
        ("Согласовать с поставщиком ЛКМ разбавитель с пониженным содержанием ксилола",
         "ЛБМ жеткізушісімен ксилол мөлшері төмендетілген сұйылтқышты келісу",
         "главный технолог", "бас технолог", "до 31.05.2026", "31.05.2026 дейін", "в работе", "орындалуда")]),
    ("D6. Внедрение и проверка эффективности", "D6. Енгізу және тиімділікті тексеру", [
        ("Выполнить контрольные замеры на трубе камеры № 2 после внедрения действий D5 и оценить их результативность",
         "D5 әрекеттерін енгізгеннен кейін № 2 камера құбырында бақылау өлшеулерін жүргізу және олардың нәтижелілігін бағалау",
         "инженер-эколог", "инженер-эколог", "июль 2026 г.", "2026 ж. шілде", "запланировано", "жоспарланды")]),
    ("D7. Предупреждающие действия", "D7. Алдын алу әрекеттері", [
        ("Распространить контроль перепада давления на сушильные печи и камеру подкраски",
         "Қысым айырмасын бақылауды кептіру пештері мен бояуды түзету камерасына тарату",
         "главный инженер", "бас инженер", "до 30.09.2026", "30.09.2026 дейін", "запланировано", "жоспарланды"),
        ("Дополнить процедуру управления изменениями оценкой влияния новых ЛКМ на выбросы",
         "Өзгерістерді басқару рәсімін жаңа ЛБМ-нің шығарындыларға әсерін бағалаумен толықтыру",
         "руководитель службы экологии и охраны труда", "экология және еңбекті қорғау қызметінің басшысы", "до 31.08.2026",
         "31.08.2026 дейін", "запланировано", "жоспарланды")]),
    ("D8. Закрытие", "D8. Жабу", ("Отчет закрывается после подтверждения эффективности (D6) приказом технического директора; команда "
                                  "отмечена в приказе.",
                                  "Есеп тиімділік расталғаннан кейін (D6) техникалық директордың бұйрығымен жабылады; команда бұйрықта "
                                  "атап өтілді.")),
)  # fmt: skip
PEOPLE = (("Нуржанов Е.К.", "Нұржанов Е.Қ."), ("Ким А.В.", "Ким А.В."), ("Абдрахманова С.Т.", "Әбдірахманова С.Т."), ("Петров И.Н.", "Петров И.Н."),
          ("Садыков Б.Ж.", "Садықов Б.Ж."), ("Есенова А.М.", "Есенова А.М."), ("Жумабаева Д.Р.", "Жұмабаева Д.Р."), ("Ли В.С.", "Ли В.С."),
          ("Токтаров Н.А.", "Тоқтаров Н.А."))


def tasks_hi1(doc: Doc) -> None:
    """An 8D report of a car plant in Almaty after an inspection found xylene above its КЭР norm at a paint booth's stack:
    the eight disciplines as rows spanning the table, the team (D1), the problem (D2) and the closure (D8) as merged text,
    the root causes (D4) numbered like actions but with no one responsible, and the actions of D3, D5, D6 and D7 numbered
    `3.1`, `5.2` with the person and position responsible, the term and the status (VI: an 8D of a printed-circuit board
    plant in the Tràng Duệ park after a biên bản kiểm tra found copper above the limit at its connection manhole)."""
    r = doc.rng
    if doc.lang == "vi":
        _tasks_hi1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    op_ru, op_kk = doc.pick(ALMATY_CARS)[:2]
    number = f"8D-ENV-2026-{r.randint(2, 9):03d}"
    act, date = f"{r.randint(10, 99)}-{r.randint(100, 999)}", f"{r.randint(10, 28)}.02.2026"
    doc.h(g(f"Отчет 8D № {number}. {op_ru}", f"№ {number} 8D есебі. {op_kk}", ""))
    doc.p(g("Тема: превышение технологического норматива выбросов ксилола на окрасочной камере № 2 кузовного производства.",
            "Тақырыбы: шанақ өндірісінің № 2 бояу камерасында ксилол шығарындыларының технологиялық нормативінің асуы.", ""))
    rows = [g(["№", "Содержание", "Ответственный", "Срок", "Статус"], ["№", "Мазмұны", "Жауапты", "Мерзімі", "Мәртебесі"], [])]
    merges = []
    people = r.sample(PEOPLE, len(PEOPLE))
    person_of: dict[str, str] = {}
    for (t_ru, t_kk, body) in D8:
        _span(rows, merges, (t_ru, t_kk)[L], 5)
        disc = t_ru[1]
        if isinstance(body, tuple):
            text = body[L].format(lead=people[0][L], act=act, date=date)
            rows.append(["", text, None, None, None])
            merges.append((len(rows) - 1, 1, len(rows) - 1, 4))
            continue
        for k, (x_ru, x_kk, w_ru, w_kk, term_ru, term_kk, st_ru, st_kk) in enumerate(body, 1):
            text, who = (x_ru, x_kk)[L], (w_ru, w_kk)[L]
            if who:
                person = person_of.setdefault(who, people[1 + len(person_of) % (len(people) - 1)][L])
                rows.append([f"{disc}.{k}", text, f"{person}, {who}", (term_ru, term_kk)[L], (st_ru, st_kk)[L]])
                doc.add("obligations", {"kind": "task", "number": f"{disc}.{k}", "text_contains": _words(text), "actor_contains": who})
            else:
                rows.append([f"{disc}.{k}", text, "–", "–", (st_ru, st_kk)[L]])
    doc.table(None, rows, merges, role="tasks")
    distractor(doc, "approval")


VN_D8 = (
    ("D1. Nhóm giải quyết vấn đề", "Trưởng nhóm: Phó Tổng Giám đốc sản xuất; thành viên: Trưởng phòng An toàn – Môi trường, Quản đốc "
                                   "xưởng ăn mòn – mạ, Trưởng phòng Kỹ thuật, Trưởng ca xử lý nước thải."),
    ("D2. Mô tả vấn đề", "Theo Biên bản kiểm tra số {act}/BB-STNMT ngày {date} của Sở Nông nghiệp và Môi trường thành phố Hải Phòng, "
                         "hàm lượng Đồng (Cu) trong nước thải tại hố ga đấu nối vượt giới hạn tiếp nhận của KCN; các thông số khác đạt."),
    ("D3. Hành động khẩn cấp", [
        ("Tạm dừng xả nước rửa từ dây chuyền ăn mòn, chuyển toàn bộ về bể sự cố", "Trưởng ca xử lý nước thải", "Ngay lập tức", "Hoàn thành"),
        ("Lấy mẫu bổ sung tại hố ga NT1 và đầu ra cụm xử lý sơ bộ để xác định nguồn", "Phòng An toàn – Môi trường", "Trong 03 ngày", "Hoàn thành")]),
    ("D4. Nguyên nhân gốc", [
        ("Nguyên nhân phát sinh: cột trao đổi ion thu hồi đồng bão hòa do lịch tái sinh không điều chỉnh theo sản lượng tăng", "", "", "Đã xác nhận"),
        ("Nguyên nhân không phát hiện: chưa có thiết bị đo đồng trực tuyến trước hố ga đấu nối", "", "", "Đã xác nhận")]),
    ("D5. Hành động khắc phục", [
        ("Điều chỉnh chu kỳ tái sinh cột trao đổi ion theo lưu lượng và nồng độ đồng đầu vào", "Phòng Kỹ thuật", "Trước 30/4/2026", "Đang thực hiện"),
        ("Lắp đặt thiết bị phân tích đồng trực tuyến tại đầu ra cụm xử lý sơ bộ", "Xưởng Cơ điện", "Trước 30/6/2026", "Đang thực hiện"),
        ("Bổ sung bể điều hòa nước rửa dây chuyền ăn mòn dung tích 50 m3", "Ban Quản lý dự án", "Trước 30/9/2026", "Kế hoạch")]),
    ("D6. Xác nhận hiệu quả", [
        ("Lấy mẫu đối chứng tại hố ga NT1 sau khi hoàn thành các hành động D5 và đánh giá hiệu quả", "Phòng An toàn – Môi trường",
         "Tháng 7/2026", "Kế hoạch")]),
    ("D7. Phòng ngừa tái diễn", [
        ("Cập nhật quy trình vận hành hệ thống xử lý nước thải mạ và ăn mòn", "Phòng Kỹ thuật", "Trước 31/7/2026", "Kế hoạch"),
        ("Đào tạo lại công nhân vận hành về kiểm soát chất lượng nước thải trước khi đấu nối", "Phòng Nhân sự", "Quý III/2026", "Kế hoạch")]),
    ("D8. Kết thúc", "Báo cáo được đóng sau khi có kết quả xác nhận hiệu quả (D6) và được Tổng Giám đốc phê duyệt."),
)


def _tasks_hi1_vi(doc: Doc) -> None:
    r = doc.rng
    plant = doc.pick(("Công ty TNHH Sungwoo Circuit Việt Nam", "Công ty TNHH Kwangil PCB Hải Phòng"))
    number = f"8D-MT-{r.randint(2, 9):02d}/2026"
    act, date = r.randint(10, 99), f"{r.randint(10, 28)}/02/2026"
    doc.h(f"BÁO CÁO 8D SỐ {number} – {plant.upper()} (KCN TRÀNG DUỆ, HẢI PHÒNG)")
    doc.p("Vấn đề: nước thải tại hố ga đấu nối vượt giới hạn tiếp nhận đối với thông số Đồng (Cu).")
    rows = [["STT", "Nội dung", "Người/bộ phận chịu trách nhiệm", "Thời hạn", "Trạng thái"]]
    merges = []
    for title, body in VN_D8:
        _span(rows, merges, title, 5)
        disc = title[1]
        if isinstance(body, str):
            rows.append(["", body.format(act=act, date=date), None, None, None])
            merges.append((len(rows) - 1, 1, len(rows) - 1, 4))
            continue
        for k, (text, who, term, status) in enumerate(body, 1):
            rows.append([f"{disc}.{k}", text, who or "-", term or "-", status])
            if who:
                doc.add("obligations", {"kind": "task", "number": f"{disc}.{k}", "text_contains": _words(text), "actor_contains": who})
    doc.table(None, rows, merges, role="tasks")
    maybe_distractor(doc, 0.3)


# (op, RU operation, KK operation, RU failure, KK failure, RU effect, KK effect, S, RU cause, KK cause, O, RU control, KK control, D,
#  RU action or None, KK action, RU who, KK who, S/O/D after)
PFMEA = (
    ("010", "Дробеструйная очистка металлоконструкций", "Металл конструкцияларды бытырамен тазалау",
     "Прорыв рукава фильтра, выброс абразивной пыли", "Сүзгі жеңінің жыртылуы, абразивті шаңның шығуы",
     "Превышение норматива выбросов пыли, загрязнение территории", "Шаң шығарындылары нормативінің асуы, аумақтың ластануы", 7, "Износ рукавов, нет контроля перепада давления",
     "Жеңдердің тозуы, қысым айырмасын бақылау жоқ", 5, "Визуальный осмотр оператором", "Оператордың көзбен қарауы", 6,
     "Установить дифманометры на рукавные фильтры с сигнализацией превышения перепада давления",
     "Жеңді сүзгілерге қысым айырмасының асуы туралы дабылы бар дифманометрлер орнату", "Главный механик", "Бас механик", (7, 2, 3)),
    ("020", "Фосфатирование на агрегате химподготовки", "Химиялық дайындау агрегатында фосфаттау",
     "Перелив ванны, утечка раствора в приямок", "Ваннаның асып төгілуі, ерітіндінің шұңқырға ағуы",
     "Загрязнение почвы и сточных вод", "Топырақтың және ағынды сулардың ластануы", 8, "Неисправность поплавкового датчика уровня",
     "Қалтқылы деңгей датчигінің ақаулығы", 3, "Контроль уровня оператором", "Деңгейді оператордың бақылауы", 5,
     "Заменить поплавковые датчики уровня на емкостные с блокировкой насоса подачи",
     "Қалтқылы деңгей датчиктерін беру сорғысын бұғаттайтын сыйымдылық датчиктеріне ауыстыру", "Начальник цеха окраски",
     "Бояу цехының бастығы", (8, 2, 3)),
    ("030", "Катафорезное грунтование", "Катафорездік грунттау", "Унос аэрозоля грунта из ванны", "Ваннадан грунт аэрозолінің шығуы",
     "Выбросы этилцеллозольва через трубу ванны", "Ванна құбыры арқылы этилцеллозольв шығарындылары", 4, "Превышение температуры ванны",
     "Ванна температурасының асуы", 4, "Автоматический контроль температуры", "Температураны автоматты бақылау", 4,
     None, None, None, None, None),
    ("040", "Окраска в камерах ОК-1 и ОК-2", "ОК-1 және ОК-2 камераларында бояу", "Насыщение гидрофильтра, проскок аэрозоля и ЛОС",
     "Гидросүзгінің қанығуы, аэрозоль мен ҰОҚ-тың өтіп кетуі", "Превышение нормативов по ксилолу и взвешенным частицам",
     "Ксилол мен қалқыма бөлшектер бойынша нормативтердің асуы", 7, "Нерегулярная коагуляция и удаление шлама",
     "Шламды тұрақсыз коагуляциялау және жою", 6, "Замер по графику ПЭК", "ӨЭБ кестесі бойынша өлшеу", 5,
     "Внедрить автоматическую подпитку коагулянта и контроль плотности шлама в ванне гидрофильтра",
     "Гидросүзгі ваннасында коагулянтты автоматты толықтыруды және шлам тығыздығын бақылауды енгізу", "Главный технолог",
     "Бас технолог", (7, 2, 5)),
    ("050", "Сушка в печи полимеризации", "Полимеризация пешінде кептіру", "Неполное сгорание газа в горелках", "Оттықтарда газдың толық жанбауы",
     "Рост выброса углерода оксида", "Көміртек оксиді шығарындысының өсуі", 5, "Разрегулировка горелок", "Оттықтардың реттелуінің бұзылуы", 3,
     "Наладка горелок по режимной карте", "Режимдік карта бойынша оттықтарды баптау", 3, None, None, None, None, None),
    ("060", "Сварка рам полуавтоматами", "Жақтауларды жартылай автоматтармен дәнекерлеу", "Работа постов при отключенных местных отсосах",
     "Жергілікті сорғыштар ажыратылған кезде посттардың жұмысы", "Выброс сварочного аэрозоля через аэрационный фонарь",
     "Дәнекерлеу аэрозолінің аэрациялық шам арқылы шығуы", 6, "Нет блокировки сварочного оборудования", "Дәнекерлеу жабдығын бұғаттау жоқ", 5,
     "Контроль мастером участка", "Учаске шеберінің бақылауы", 4, "Сблокировать включение сварочных постов с работой местных отсосов",
     "Дәнекерлеу посттарын қосуды жергілікті сорғыштардың жұмысымен бұғаттау", "Главный энергетик", "Бас энергетик", (6, 2, 3)),
    ("070", "Прием и хранение ЛКМ на складе", "ЛБМ-ді қоймада қабылдау және сақтау", "Разлив растворителя при переливе",
     "Құю кезінде еріткіштің төгілуі", "Загрязнение почвы, пожароопасность", "Топырақтың ластануы, өрт қаупі", 8, "Переливка вручную",
     "Қолмен құю", 2, "Поддоны, сорбент на складе", "Қоймадағы табандықтар, сорбент", 6, None, None, None, None, None),
    ("080", "Накопление отходов (шлам, тара из-под ЛКМ)", "Қалдықтарды жинақтау (шлам, ЛБМ ыдысы)", "Превышение срока накопления 6 месяцев",
     "Жинақтаудың 6 ай мерзімінің асуы", "Нарушение требований Экологического кодекса", "Экология кодексі талаптарының бұзылуы", 6,
     "Учет отходов на бумаге, нет напоминаний", "Қалдықтарды қағазда есепке алу, еске салу жоқ", 4, "Сверка журнала при инвентаризации",
     "Түгендеу кезінде журналды салыстыру", 5, "Ввести электронный журнал учета отходов с напоминанием о сроках вывоза",
     "Шығару мерзімдері туралы еске салатын қалдықтарды есепке алудың электрондық журналын енгізу", "Инженер-эколог", "Инженер-эколог",
     (6, 2, 2)),
)  # fmt: skip


def tasks_hi2(doc: Doc) -> None:
    """An environmental PFMEA of the paint and welding lines of an agricultural machinery plant in Kostanay: operation
    numbers `010`–`080`, the potential failure, its effect, severity, cause, occurrence, current control, detection and
    the risk priority number, then the recommended action, the responsible with the term on a second line of one cell and
    the new RPN; rows whose RPN stays under the threshold of 100 carry a dash and give no task (VI: the FMEA môi trường of a
    motorbike plant's frame welding and painting in Vĩnh Phúc)."""
    r = doc.rng
    if doc.lang == "vi":
        _tasks_hi2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    op_ru, op_kk = doc.pick(AGRO_PLANTS)[:2]
    doc.h(g(f"Анализ видов и последствий потенциальных экологических отказов (PFMEA) процессов окраски и сварки. {op_ru}",
            f"{op_kk}. Бояу және дәнекерлеу процестерінің ықтимал экологиялық істен шығу түрлері мен салдарын талдау (PFMEA)", ""))
    doc.p(g("Оценки S (значимость последствия), O (возникновение) и D (обнаружение) – по шкале 1–10; ПЧР = S × O × D. Действия "
            "обязательны при ПЧР ≥ 100 или S ≥ 9.",
            "S (салдардың маңыздылығы), O (пайда болуы) және D (анықталуы) бағалары – 1–10 шкаласы бойынша; ТСН = S × O × D. ТСН ≥ 100 "
            "немесе S ≥ 9 болғанда әрекеттер міндетті.", ""))
    rows = [g(["№ опер.", "Операция", "Потенциальный отказ (аспект)", "Последствия", "S", "Причины", "O", "Текущий контроль", "D", "ПЧР",
               "Рекомендуемые действия", "Ответственный, срок", "ПЧР после"],
              ["Опер. №", "Операция", "Ықтимал істен шығу (аспект)", "Салдары", "S", "Себептері", "O", "Ағымдағы бақылау", "D", "ТСН",
               "Ұсынылатын әрекеттер", "Жауапты, мерзімі", "Кейінгі ТСН"], [])]
    months = ("30.06.2026", "31.07.2026", "31.08.2026", "30.09.2026", "30.11.2026")
    for (op, o_ru, o_kk, f_ru, f_kk, e_ru, e_kk, s, c_ru, c_kk, o, k_ru, k_kk, d, a_ru, a_kk, w_ru, w_kk, after) in PFMEA:
        rpn = s * o * d
        if a_ru:
            term = doc.pick(months)
            who = (w_ru, w_kk)[L]
            resp = f"{who}\n" + g(f"до {term}", f"{term} дейін", "")
            new = str(after[0] * after[1] * after[2])
            doc.add("obligations", {"kind": "task", "text_contains": _words((a_ru, a_kk)[L]), "actor_contains": who})
        else:
            resp, new = "–", "–"
        rows.append([op, (o_ru, o_kk)[L], (f_ru, f_kk)[L], (e_ru, e_kk)[L], str(s), (c_ru, c_kk)[L], str(o), (k_ru, k_kk)[L], str(d), str(rpn),
                     (a_ru, a_kk)[L] if a_ru else "–", resp, new])
    doc.table(g("Таблица 1 – Экологический PFMEA", "1-кесте – Экологиялық PFMEA", ""), rows, role="tasks")
    doc.p(g(f"Утверждено главным инженером {r.randint(10, 28)}.03.2026; ход выполнения действий рассматривается на совещаниях по качеству.",
            f"Бас инженер 2026 ж. {r.randint(10, 28)}.03. бекітті; әрекеттердің орындалу барысы сапа жөніндегі кеңестерде қаралады.", ""))
    maybe_distractor(doc, 0.3)


VN_PFMEA = (
    ("Hàn khung xe (robot hàn MIG)", "Hệ thống hút khói hàn ngừng hoạt động", "Khói hàn phát tán ra xưởng và qua cửa mái", 6,
     "Quạt hút không liên động với robot hàn", 5, "Kiểm tra của tổ trưởng", 4, "Liên động nguồn robot hàn với quạt hút khói hàn",
     "Xưởng Cơ điện", (6, 2, 3)),
    ("Tẩy dầu, phốt phát hóa khung", "Tràn dung dịch phốt phát khỏi bể", "Ô nhiễm đất, nước thải vượt giới hạn", 8,
     "Cảm biến mức phao bị kẹt", 3, "Công nhân quan sát mức", 5, "Thay cảm biến mức phao bằng cảm biến điện dung có khóa bơm cấp",
     "Trưởng xưởng Sơn", (8, 2, 3)),
    ("Sơn điện di (ED)", "Hơi dung môi từ bể ED", "Phát thải hơi dung môi hữu cơ", 4, "Nhiệt độ bể vượt cài đặt", 4,
     "Điều khiển nhiệt độ tự động", 4, None, None, None),
    ("Sơn phủ trong buồng sơn", "Màng nước bão hòa bùn sơn", "Bụi sơn, xylen vượt giới hạn tại ống thải", 7, "Chưa kiểm soát tỷ trọng bùn sơn", 6,
     "Quan trắc định kỳ", 5, "Lắp hệ thống châm hóa chất keo tụ tự động và đo tỷ trọng bùn sơn", "Phòng Kỹ thuật", (7, 2, 5)),
    ("Sấy sơn", "Đầu đốt gas cháy không hoàn toàn", "Tăng phát thải CO", 5, "Đầu đốt chưa được hiệu chỉnh", 3, "Bảo dưỡng theo kế hoạch", 3,
     None, None, None),
    ("Lưu giữ chất thải nguy hại", "Lưu giữ quá thời hạn 12 tháng", "Vi phạm quy định về quản lý CTNH", 6, "Theo dõi bằng sổ giấy", 4,
     "Đối chiếu sổ khi kiểm kê", 5, "Áp dụng phần mềm theo dõi CTNH có cảnh báo thời hạn chuyển giao", "Phòng An toàn – Môi trường", (6, 2, 2)),
)


def _tasks_hi2_vi(doc: Doc) -> None:
    plant = doc.pick(("Công ty TNHH Xe máy Tam Dương Việt Nam", "Công ty TNHH Sản xuất Xe máy Kim Hoa Việt Nam"))
    doc.h(f"PHÂN TÍCH SAI HỎNG TIỀM ẨN VÀ TÁC ĐỘNG MÔI TRƯỜNG (FMEA MÔI TRƯỜNG) – {plant.upper()}, TỈNH VĨNH PHÚC")
    doc.p("S – mức độ nghiêm trọng, O – tần suất xảy ra, D – khả năng phát hiện (thang điểm 1–10); RPN = S × O × D. Bắt buộc có hành "
          "động khi RPN ≥ 100.")
    rows = [["Công đoạn", "Sai hỏng tiềm ẩn (khía cạnh)", "Hậu quả", "S", "Nguyên nhân", "O", "Kiểm soát hiện tại", "D", "RPN",
             "Hành động đề xuất", "Trách nhiệm, thời hạn", "RPN sau"]]
    for proc, fail, effect, s, cause, o, control, d, action, who, after in VN_PFMEA:
        rpn = s * o * d
        if action:
            term = doc.pick(("30/6/2026", "31/8/2026", "30/9/2026"))
            resp, new = f"{who}\nTrước {term}", str(after[0] * after[1] * after[2])
            doc.add("obligations", {"kind": "task", "text_contains": _words(action), "actor_contains": who})
        else:
            resp, new = "-", "-"
        rows.append([proc, fail, effect, str(s), cause, str(o), control, str(d), str(rpn), action or "-", resp, new])
    doc.table("Bảng 1. FMEA môi trường dây chuyền hàn, sơn khung xe", rows, role="tasks")
    maybe_distractor(doc, 0.3)


LAYOUTS = [Layout(role, f"HI{k}", globals()[f"{role}_hi{k}"]) for role in ROLES for k in (1, 2)]
