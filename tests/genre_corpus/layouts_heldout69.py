"""A blind held-out set (two layouts per role, `HX1` and `HX2`): never used for tuning, written by someone who neither
ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`.

Theme: coal mining and coal-fired power. Kazakhstan: underground mines of the Karaganda basin at Shakhtinsk, Abai and
Saran with their ventilation shafts, methane drainage, boiler houses, coal yards and burning rock dumps; open pits at
Ekibastuz, Maikuben and Borly with their external dumps, haul trucks and coal yards; coal-fired ГРЭС, ТЭЦ and ТЭС at
Ekibastuz, Karaganda and Shoptykol with double-pass boilers, wet hydraulic ash removal to two-section ash dumps, start-up
boiler houses on fuel oil and automated emission monitoring (a mine's ПЭК programme, the passport of an АСМ, a mine's НДВ
draft with its ventilation figures, a КЭР application, a programme of waste management, a ПЭК programme's waste section, a
report on ПЭК with a soil survey, a stack-test protocol, an ash dump's monitoring programme, a plan-graph of control, an
ash dump's operating instruction, a pit's schedule of commission checks, a reclamation project, a TARP against
self-heating of coal). Vietnam: underground and open-pit coal mines of Quảng Ninh (Quang Hanh, Mông Dương, Hà Tu, Cẩm
Phả, Đèo Nai) and coal-fired plants at Cẩm Phả, Hải Hà and Hoành Bồ (báo cáo đề xuất cấp GPMT, báo cáo kết quả quan trắc
tự động, liên tục khí thải, ĐTM, báo cáo công tác bảo vệ môi trường, giấy phép môi trường and its annexes, kết quả quan
trắc định kỳ, quy trình vận hành bãi thải xỉ, kế hoạch kiểm tra, phương án cải tạo, phục hồi môi trường, kế hoạch ứng phó
sự cố tự cháy than).

Facility: the general section of an underground mine's ПЭК programme under three section rows, where the mine's
classifications by the safety rules — the category by methane (`III категория`, `сверхкатегорийная`), the hazard of
coal-dust explosions and of sudden outbursts, the seams liable to self-ignite, the sanitary class `I` — stand in the same
card as the category under the Code, the industrial site given by the collar of the main shaft, the shafts in a table of
no role (VI: a mine's GPMT application with `Loại II` by methane beside `Nhóm I`) (HX1); the passport of a coal-fired
plant's automated emission monitoring system without a header row, field codes `1.1` … `4.3`, the operator's card among
look-alike numbers — the object's identifier in the information system, the КЭР's number, the acceptance act — and the
integrator with a BIN of its own, the instruments' serial and register numbers in a table of no role (VI: the cover of
a monthly report of automatic continuous stack monitoring, station codes, the installer's tax number) (HX2).

Emissions: an underground mine's НДВ table whose ventilation shafts and degassing vent carry the mine's air figures —
flow in m³/s, methane in per cent by volume, methane flow in m³/min — merged over their substances before code, name,
class, g/s and t/year, methane in tens of thousands of tonnes with no class, coal dust with a dash, and a temporary rock
store listed as ИЗА 6004 whose row only says its emissions are counted in ИЗА 6002 (VI: main fan stations and the
methane vent by name, `Đã tính gộp vào nguồn số 4`) (HX1); a ГРЭС's (ТЭЦ's) application for a КЭР splitting its
emissions over two tables — the maximum one-time g/s by source with the power units each stack serves and no tonnes,
then the gross t/year of the whole plant by substance with the class and no source (VI: the greatest g/s at the stacks
and the auxiliary oil-fired boiler, then the plant's tonnes by pollutant) (HX2).

Wastes: an open pit's overburden kept in the mine's units — volume in the solid in thousand m³, in-situ density, mass in
thousand tonnes, swell factor and loose volume in the dump — three kinds of rock under one code, the mass the amount to
be multiplied by a thousand, then the other wastes with the arithmetic of pieces (haul-truck tyres at several tonnes each)
in a column of its own (VI: `nguyên khối`, `nghìn tấn`, `hệ số nở rời`, then CTNH in kilograms) (HX1); a coal-fired
plant's wastes where fly ash, slag and water-treatment sludge leave as pulp by wet hydraulic removal, the pulp's volume in
thousand m³ and the solid-to-water ratio `1:12` before the dry mass that is the amount, wastes taken by truck or in drums
with dashes there (VI: `Tỷ lệ rắn : lỏng`, tấn khô, the FGD gypsum by conveyor, then CTNH in kilograms) (HX2).

Limits: a soil survey around a coal-fired plant laid out as a polar grid, the plots as columns under three header rows —
the rhumb merged over two columns, the distance, the plot's code — and the background plot last, the form of each element
inside its name, `<` below detection (VI: ambient air by rhumb and distance against QCVN 05:2023/BTNMT in µg/m3, `KPH`)
(HX1); a stack-test protocol at double-pass boilers, each boiler merged over its two gas ducts A and B measured apart as
points `К-3А`, `К-3Б`, the steam load and O2 beside the results, the КЭР's norms at α = 1,4 in a row under the header, a
boiler in overhaul written across its row (VI: ducts A and B of each unit against the Cmax of QCVN 22:2009/BTNMT column B
for anthracite with Kp and Kv) (HX2).

Monitoring: an ash dump's programme under group rows by what is watched whose point cells are ranges with exceptions —
`Н-1 – Н-8, кроме Н-5 (ликвидирована в 2024 г.)`, `Д-1 – Д-6, кроме Д-2 и Д-4 (сухие)` — the background well at another
frequency on its own row (VI: `NN1 ÷ NN6 (trừ NN4 – đã trám lấp năm 2024)`) (HX1); a coal-fired plant's plan-graph where the
stacks' periodic control lists every normed substance and then `кроме контролируемых АСМ`, so only the ones the automated
row does not name are sampled quarterly, and the boundary posts `Т-1 – Т-4, кроме Т-2` sampled monthly beside the
excepted post, an automatic station measuring continuously (VI: a mine's waste-water outlets, periodic monitoring `trừ
các thông số đã được quan trắc tự động, liên tục`) (HX2).

Inspections: an ash dump's operating instruction with four small tables, one per person who inspects, who it is standing
only in each table's caption, `ежесуточно`, weekly piezometer readings, a gauge read every shift and slopes walked after
the flood without a frequency of the contract (VI: the operator on duty, the shift leader, the workshop head and the
inspection board in the captions) (HX1); an open pit's schedule of commission checks whose last cell gives the whole
commission, `председатель – главный инженер разреза; члены – …`, the one who checks being the chairman among other
positions, frequencies with the day, a check on each spill with none (VI: `Trưởng đoàn: …; thành viên: …`) (HX2).

Tasks: an open pit's calendar plan of reclaiming disturbed land, object rows, measures numbered straight through with
their technical or biological stage and five year columns of hectares under a merged header, a contractor, a state
forestry institution by contract or the mine's own section as executor, a total of hectares (VI: a phương án cải tạo,
phục hồi môi trường with units and volumes by year) (HX1); a trigger action response plan against the self-heating of
coal in a yard, level rows with their colours, each level's trigger of temperatures and carbon monoxide merged down beside
its actions `2.1`, who acts and the term (VI: `Cấp độ` rows and `Dấu hiệu kích hoạt`) (HX2).
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


def _words(text: str, n: int = 5) -> str:
    return " ".join(text.split()[:n])


def _stem(name: str, n: int = 3) -> str:
    """The first words of a name before its bracketed part (`Зола-унос` of `Зола-унос (уловленная …)`)."""
    return _words(name.split(" (")[0], n)


def _core(name: str) -> str:
    """The quoted part of a name (`Тентек-Оңтүстік` of `«Тентек-Оңтүстік» шахтасы`)."""
    return name.split("«", 1)[1].split("»", 1)[0] if "«" in name else name


def _kato(doc: Doc, prefix: str) -> str:
    """A nine-digit KATO code starting with the district's prefix."""
    r = doc.rng
    rest = 9 - len(prefix) - 3
    return f"{prefix}{r.randint(10 ** (rest - 1), 10**rest - 1)}{r.choice(('000', '100'))}"


def _dms(value: float, pad: int = 2) -> tuple[str, float]:
    """`49°41′06,4″` and the decimal degrees it stands for."""
    d = int(value)
    m = int((value - d) * 60)
    s = round((value - d - m / 60) * 3600, 1)
    if s >= 60:
        m, s = m + 1, 0.0
    sec = f"{s:04.1f}".replace(".", ",")
    return f"{d:0{pad}d}°{m:02d}′{sec}″", d + m / 60 + s / 3600


def _msdn_qn(doc: Doc) -> str:
    """A Quảng Ninh enterprise number (the province's prefix 57 and eight digits)."""
    return "57" + f"{doc.rng.randint(0, 99999999):08d}"


def _span(rows: list, merges: list, text: str, width: int) -> None:
    """A row whose first cell spans the table."""
    rows.append([text] + [None] * (width - 1))
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))


# code: (RU, KK, VI, hazard class) of pollutants of coal mining and coal firing the vocabulary does not name
EXTRA = {
    "3749": ("Пыль каменного угля", "Көмір шаңы", "Bụi than", None),
    "2904": ("Мазутная зола теплоэлектростанций /в пересчете на ванадий/", "Жылу электр станцияларының мазут күлі /ванадийге шаққанда/",
             "Tro dầu FO", 2),
}


def _air(doc: Doc, code: str, variant: int = 0) -> str:
    if code in EXTRA:
        return EXTRA[code][vocab.LANGS.index(doc.lang)]
    return vocab.air(code, doc.lang, variant)


def _hazard(code: str) -> int | None:
    return EXTRA[code][3] if code in EXTRA else vocab.hazard(code)


def _kind(number: str) -> str:
    return "unorganized" if number.startswith("6") else "organized"


DAILY = {"ru": "ежедневно", "kk": "күн сайын", "vi": "hằng ngày"}
WEEKLY = {"ru": "еженедельно", "kk": "апта сайын", "vi": "hằng tuần"}


def _fw(doc: Doc, word: str) -> str:
    """A frequency as the document writes it, `daily` and `weekly` included."""
    if word == "daily":
        return DAILY[doc.lang]
    if word == "weekly":
        return WEEKLY[doc.lang]
    return freq(doc, word)


# ---------------------------------------------------------------- facility

# (RU name, KK name, RU operator, KK operator, RU legal address, KK legal address, RU place, KK place, KATO prefix, lat, lon,
#  (RU, KK) gas category, (RU, KK) outbursts, capacity, seams)
KZ_MINES = (
    ("Шахта «Тентекская-Южная»", "«Тентек-Оңтүстік» шахтасы", "ТОО «Тентек Көмір Өндіру»", "«Тентек Көмір Өндіру» ЖШС",
     "Карагандинская область, г. Шахтинск, ул. Парковая, 14", "Қарағанды облысы, Шахтинск қ., Парковая к-сі, 14",
     "Карагандинская область, г. Шахтинск, промышленная зона (Тентекский район Карагандинского угольного бассейна)",
     "Қарағанды облысы, Шахтинск қ., өнеркәсіптік аймақ (Қарағанды көмір бассейнінің Тентек ауданы)", "3522", 49.685, 72.565,
     ("сверхкатегорийная", "санаттан тыс"), ("угрожаемая с глубины 450 м (пласты Д6, Т1)", "450 м тереңдіктен бастап қауіп төндіретін (Д6, Т1 қабаттары)"),
     "2,4", "Д6, Т1, Т3"),
    ("Шахта «Абайская-Западная»", "«Абай-Батыс» шахтасы", "ТОО «Абай Көмір Групп»", "«Абай Көмір Групп» ЖШС",
     "Карагандинская область, Абайский район, г. Абай, ул. Абая, 2Б", "Қарағанды облысы, Абай ауданы, Абай қ., Абай к-сі, 2Б",
     "Карагандинская область, Абайский район, 4 км западнее г. Абай", "Қарағанды облысы, Абай ауданы, Абай қаласынан батысқа қарай 4 км",
     "3524", 49.625, 72.79, ("III категория", "III санат"),
     ("опасная по внезапным выбросам угля и газа (пласт К12)", "көмір мен газдың кенеттен лақтырылуы бойынша қауіпті (К12 қабаты)"),
     "1,6", "К10, К12"),
    ("Шахта «Саранская-Новая»", "«Саран-Жаңа» шахтасы", "ТОО «Саран Энергокөмір»", "«Саран Энергокөмір» ЖШС",
     "Карагандинская область, г. Сарань, ул. Чкалова, 7", "Қарағанды облысы, Саран қ., Чкалов к-сі, 7",
     "Карагандинская область, г. Сарань, 3,5 км юго-восточнее центра города",
     "Қарағанды облысы, Саран қ., қала орталығынан оңтүстік-шығысқа қарай 3,5 км", "3526", 49.775, 72.87,
     ("II категория", "II санат"), ("не опасная", "қауіпті емес"), "1,2", "К10, К7"),
)  # fmt: skip


def facility_hx1(doc: Doc) -> None:
    """The general section of an underground coal mine's ПЭК programme: `№ | наименование сведений | данные` under three
    section rows, items `1.1` … `3.3`; the mine's own classifications by the safety rules stand in the same card as the
    category under the Code — the category of the mine by methane (`III категория`, `II категория`, `сверхкатегорийная`),
    the hazard of coal-dust explosions, of sudden outbursts from a depth, the seams liable to self-ignite, and the
    sanitary class `I` with the protection zone — the industrial site given by the collar of the main shaft in degrees,
    minutes and seconds, the shafts' collars in a table of no role after it (VI: a Quảng Ninh underground mine's GPMT
    application, `Loại II` of the yearly classification of mines by methane beside `Nhóm I`, VN-2000 metres before the
    WGS-84 pair)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_hx1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    (n_ru, n_kk, o_ru, o_kk, a_ru, a_kk, p_ru, p_kk, prefix, lat0, lon0, gas, outb, cap, seams) = doc.pick(KZ_MINES)
    name, operator = (n_ru, n_kk)[L], (o_ru, o_kk)[L]
    bin_, kato = make_bin(r), _kato(doc, prefix)
    lat, lat_v = _dms(lat0 + r.uniform(-0.01, 0.01))
    lon, lon_v = _dms(lon0 + r.uniform(-0.01, 0.01))
    contract = f"{r.randint(210, 4890)}"
    day, month, year = r.randint(1, 28), r.randint(1, 12), r.randint(1997, 2008)
    doc.h(g(f"Программа производственного экологического контроля. {name}",
            f"{name}. Өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.h(g("Раздел 1. Общие сведения об объекте", "1-бөлім. Объект туралы жалпы мәліметтер", ""))
    doc.p(g("Шахта ведет подземную добычу коксующегося угля; категория шахты по газу и опасность пластов приняты по приказу "
            "оператора о категорийности шахт на 2026 год, согласованному с территориальным подразделением уполномоченного "
            "органа в области промышленной безопасности.",
            "Шахта кокстелетін көмірді жерасты тәсілімен өндіреді; шахтаның газ бойынша санаты мен қабаттардың қауіптілігі "
            "өнеркәсіптік қауіпсіздік саласындағы уәкілетті органның аумақтық бөлімшесімен келісілген, шахталардың 2026 жылғы "
            "санаттылығы туралы оператор бұйрығы бойынша қабылданды.", ""))
    sections = [
        (g("1. Сведения об операторе и объекте", "1. Оператор және объект туралы мәліметтер", ""), [
            (g("Наименование объекта", "Объектінің атауы", ""), name),
            (g("Оператор объекта (недропользователь)", "Объект операторы (жер қойнауын пайдаланушы)", ""), operator),
            (g("Бизнес-идентификационный номер", "Бизнес-сәйкестендіру нөмірі", ""), bin_),
            (g("Юридический адрес", "Заңды мекенжайы", ""), (a_ru, a_kk)[L]),
            (g("Местонахождение объекта", "Объектінің орналасқан жері", ""), g(f"{p_ru}; код КАТО {kato}", f"{p_kk}; ҚАТО коды {kato}", "")),
            (g("Координаты промышленной площадки (устье главного ствола)", "Өнеркәсіптік алаңның координаттары (бас оқпанның сағасы)", ""),
             g(f"{lat} с.ш., {lon} в.д.", f"с.е. {lat}, ш.б. {lon}", "")),
            (g("Контракт на недропользование", "Жер қойнауын пайдалануға арналған келісімшарт", ""),
             g(f"№ {contract} от {day:02d}.{month:02d}.{year} (добыча каменного угля)",
               f"{day:02d}.{month:02d}.{year} № {contract} (тас көмір өндіру)", ""))]),
        (g("2. Горнотехническая характеристика шахты", "2. Шахтаның тау-кен техникалық сипаттамасы", ""), [
            (g("Проектная мощность", "Жобалық қуаты", ""), g(f"{cap} млн т рядового угля в год", f"жылына {cap} млн т қатардағы көмір", "")),
            (g("Разрабатываемые пласты", "Игерілетін қабаттар", ""), seams),
            (g("Способ вскрытия и система разработки", "Ашу тәсілі және игеру жүйесі", ""),
             g("вертикальными стволами; длинными столбами по простиранию с обрушением кровли",
               "тік оқпандармен; төбені опыра отырып, созылым бойынша ұзын бағаналармен", "")),
            (g("Категория шахты по газу (метану)", "Шахтаның газ (метан) бойынша санаты", ""), gas[L]),
            (g("Опасность по взрывам угольной пыли", "Көмір шаңының жарылысы бойынша қауіптілігі", ""),
             g("опасна по всем разрабатываемым пластам", "барлық игерілетін қабаттар бойынша қауіпті", "")),
            (g("Опасность по внезапным выбросам угля и газа", "Көмір мен газдың кенеттен лақтырылуы бойынша қауіптілігі", ""), outb[L]),
            (g("Склонность углей к самовозгоранию", "Көмірдің өздігінен жануға бейімділігі", ""),
             g(f"пласт {seams.split(', ')[-1]} – склонен; остальные – не склонны",
               f"{seams.split(', ')[-1]} қабаты – бейім; қалғандары – бейім емес", ""))]),
        (g("3. Экологическая характеристика", "3. Экологиялық сипаттама", ""), [
            (g("Категория объекта, оказывающего негативное воздействие на окружающую среду",
               "Қоршаған ортаға теріс әсер ететін объектінің санаты", ""),
             g("I (раздел 1 приложения 2 к Экологическому кодексу РК – добыча каменного угля)",
               "I (ҚР Экология кодексінің 2-қосымшасының 1-бөлімі – тас көмір өндіру)", "")),
            (g("Класс санитарной опасности, размер санитарно-защитной зоны", "Санитариялық қауіптілік сыныбы, санитариялық-қорғаныш аймағының мөлшері", ""),
             g("I класс, 1000 м", "I сынып, 1000 м", "")),
            (g("Количество источников выбросов", "Шығарынды көздерінің саны", ""),
             g(f"{r.randint(9, 16)}, в том числе организованных – {r.randint(4, 7)}", f"{r.randint(9, 16)}, оның ішінде ұйымдастырылғаны – {r.randint(4, 7)}", ""))]),
    ]
    rows = [g(["№", "Наименование сведений", "Данные"], ["№", "Мәліметтердің атауы", "Деректер"], [])]
    merges = []
    for si, (title, items) in enumerate(sections, 1):
        _span(rows, merges, title, 3)
        for j, (label, value) in enumerate(items, 1):
            rows.append([f"{si}.{j}", label, value])
    doc.table(g("Таблица 1.1 – Общие сведения", "1.1-кесте – Жалпы мәліметтер", ""), rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": _core(name), "kato": kato, "category": "I", "lat": lat_v, "lon": lon_v})
    doc.p(g("Шахтное поле вскрыто четырьмя вертикальными стволами; координаты их устьев приведены ниже.",
            "Шахта алабы төрт тік оқпанмен ашылған; олардың сағаларының координаттары төменде келтірілген.", ""))
    shafts = (("Главный ствол", "Бас оқпан", "выдача угля", "көмір беру", 0.0, 0.0),
              ("Вспомогательный ствол", "Қосалқы оқпан", "спуск-подъем людей и материалов", "адамдар мен материалдарды түсіру-көтеру",
               0.0012, 0.0018),
              ("Вентиляционный ствол № 1", "№ 1 желдету оқпаны", "выдача исходящей струи", "шығыс ағынды беру", r.uniform(0.012, 0.02),
               r.uniform(-0.03, -0.02)),
              ("Вентиляционный ствол № 2", "№ 2 желдету оқпаны", "выдача исходящей струи", "шығыс ағынды беру", r.uniform(-0.02, -0.01),
               r.uniform(0.025, 0.035)))
    trows = [g(["Ствол", "Назначение", "Координаты устья", "Абсолютная отметка устья, м", "Глубина, м"],
               ["Оқпан", "Мақсаты", "Сағасының координаттары", "Сағасының абсолюттік белгісі, м", "Тереңдігі, м"], [])]
    for s_ru, s_kk, u_ru, u_kk, dlat, dlon in shafts:
        la = lat if dlat == 0 else _dms(lat_v + dlat)[0]
        lo = lon if dlon == 0 else _dms(lon_v + dlon)[0]
        trows.append([(s_ru, s_kk)[L], (u_ru, u_kk)[L], g(f"{la} с.ш., {lo} в.д.", f"с.е. {la}, ш.б. {lo}", ""),
                      num(round(r.uniform(528, 566), 1), doc.lang), num(r.randint(62, 78) * 10, doc.lang)])
    doc.table(g("Таблица 1.2 – Вскрывающие выработки", "1.2-кесте – Ашатын қазбалар", ""), trows, role="other")


# (mine, company, ward, lat, lon, X, Y, methane class, capacity)
VN_MINES = (
    ("Mỏ than hầm lò Tây Bắc Quang Hanh", "Công ty Cổ phần Than Tây Bắc Quang Hanh", "phường Quang Hanh, tỉnh Quảng Ninh", 21.005, 107.215,
     2323400, 440900, "Loại II", "1.500.000"),
    ("Mỏ than hầm lò Đông Bắc Mông Dương", "Công ty TNHH MTV Than Đông Bắc Mông Dương", "phường Mông Dương, tỉnh Quảng Ninh", 21.07, 107.34,
     2330600, 453800, "Loại III", "2.000.000"),
    ("Mỏ than hầm lò Nam Hà Tu", "Công ty Cổ phần Than Nam Hà Tu", "phường Hà Tu, tỉnh Quảng Ninh", 20.965, 107.125, 2319000, 431600,
     "Loại I", "900.000"),
)  # fmt: skip


def _facility_hx1_vi(doc: Doc) -> None:
    r = doc.rng
    name, owner, ward, lat0, lon0, x0, y0, cls, cap = doc.pick(VN_MINES)
    msdn = _msdn_qn(doc)
    lat, lat_v = _dms(lat0 + r.uniform(-0.005, 0.005))
    lon, lon_v = _dms(lon0 + r.uniform(-0.005, 0.005), pad=3)
    x, y = x0 + r.randint(-400, 400), y0 + r.randint(-400, 400)
    licence = f"{r.randint(100, 2900)}/GP-BTNMT"
    decision = f"{r.randint(120, 2400)}/QĐ-TKV"
    site = r.randint(25, 40)
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG CỦA CƠ SỞ {name.upper()}")
    doc.h("Chương I. THÔNG TIN CHUNG VỀ CƠ SỞ")
    doc.p("Việc xếp loại mỏ theo khí mê-tan được thực hiện hằng năm theo quy chuẩn kỹ thuật quốc gia về an toàn trong khai thác than "
          "hầm lò; kết quả xếp loại năm 2026 được ghi tại mục 2.4 dưới đây.")
    sections = [
        ("1. Chủ cơ sở", [
            ("Tên chủ cơ sở", owner),
            ("Mã số doanh nghiệp", f"{msdn} do Sở Tài chính tỉnh Quảng Ninh cấp, đăng ký thay đổi lần thứ {r.randint(3, 11)}"),
            ("Người đại diện theo pháp luật", doc.pick(("Ông Vũ Văn Thắng – Giám đốc", "Ông Phạm Quốc Huy – Giám đốc", "Ông Đỗ Mạnh Cường – Giám đốc"))),
            ("Địa chỉ trụ sở", f"tổ {r.randint(2, 9)}, khu {r.randint(1, 6)}, {ward}")]),
        ("2. Cơ sở", [
            ("Tên cơ sở", name),
            ("Địa điểm", f"{ward}; mặt bằng sân công nghiệp mức +{site}"),
            ("Giấy phép khai thác khoáng sản", f"số {licence} ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.randint(2009, 2016)}"),
            ("Xếp loại mỏ theo khí mê-tan năm 2026", f"{cls} (Quyết định số {decision} của Tập đoàn)"),
            ("Nguy hiểm về nổ bụi than", "Có nguy hiểm nổ bụi than ở tất cả các vỉa"),
            ("Công suất khai thác", f"{cap} tấn than nguyên khai/năm"),
            ("Tọa độ trung tâm mặt bằng sân công nghiệp", f"Hệ VN-2000 (kinh tuyến trục 107°45′, múi chiếu 3°): X = {num(x, 'vi')} m; "
                                                        f"Y = {num(y, 'vi')} m. Hệ WGS-84: {lat} vĩ độ Bắc; {lon} kinh độ Đông")]),
        ("3. Phân loại theo tiêu chí về môi trường", [
            ("Nhóm cơ sở", "Nhóm I (Phụ lục III ban hành kèm theo Nghị định số 08/2022/NĐ-CP: khai thác khoáng sản có sử dụng vật liệu nổ "
                           "công nghiệp, công suất lớn)"),
            ("Loại hình sản xuất", "Khai thác than hầm lò, sàng tuyển than và bốc rót than lên phương tiện vận chuyển")]),
    ]
    rows = [["TT", "Nội dung", "Thông tin"]]
    merges = []
    for si, (title, items) in enumerate(sections, 1):
        _span(rows, merges, title, 3)
        for j, (label, value) in enumerate(items, 1):
            rows.append([f"{si}.{j}", label, value])
    doc.table("Bảng 1.1. Thông tin chung về cơ sở", rows, merges, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": name, "category": "I", "lat": lat_v, "lon": lon_v})
    crows = [["Cửa lò, giếng", "Mức cao độ", "X (m)", "Y (m)"]]
    for label, level in (("Giếng chính", site), ("Giếng phụ", site), ("Lò thông gió mức +125", 125), ("Lò thông gió mức +210", 210)):
        crows.append([label, f"+{level}", num(x + r.randint(-900, 900), "vi"), num(y + r.randint(-900, 900), "vi")])
    doc.table("Bảng 1.2. Tọa độ các cửa lò, giếng (hệ VN-2000)", crows, role="other")


# (RU object, KK object, RU operator, KK operator, RU legal address, KK legal address, RU site, KK site, KATO prefix, lat, lon,
#  stacks, RU capacity, KK capacity)
KZ_PLANTS = (
    ("Экибастузская ГРЭС-3", "Екібастұз МАЭС-3", "АО «Екібастұз Энерго Генерация»", "«Екібастұз Энерго Генерация» АҚ",
     "Павлодарская область, г. Экибастуз, ул. Энергетиков, 31", "Павлодар облысы, Екібастұз қ., Энергетиктер к-сі, 31",
     "Павлодарская область, г. Экибастуз, поселок Солнечный, промплощадка ГРЭС", "Павлодар облысы, Екібастұз қ., Солнечный кенті, МАЭС өнеркәсіптік алаңы",
     "5522", 51.985, 75.44, 2, "4 × 500 МВт", "4 × 500 МВт"),
    ("Карагандинская ТЭЦ-4", "Қарағанды ЖЭО-4", "ТОО «Сарыарқа Жылу Энергия»", "«Сарыарқа Жылу Энергия» ЖШС",
     "Карагандинская область, г. Караганда, пр. Бухар-Жырау, 53/2", "Қарағанды облысы, Қарағанды қ., Бұқар жырау даңғ., 53/2",
     "Карагандинская область, г. Караганда, район им. Казыбек би, Северная промзона", "Қарағанды облысы, Қарағанды қ., Қазыбек би атындағы аудан, Солтүстік өнеркәсіптік аймақ",
     "3510", 49.87, 73.155, 2, "3 × 120 МВт, 1 250 Гкал/ч", "3 × 120 МВт, 1 250 Гкал/сағ"),
    ("Майкубенская ТЭС", "Майкөбен ЖЭС", "ТОО «Майкөбен Энергия»", "«Майкөбен Энергия» ЖШС",
     "Павлодарская область, г. Павлодар, ул. Кривенко, 25, офис 402", "Павлодар облысы, Павлодар қ., Кривенко к-сі, 25, 402 кеңсе",
     "Павлодарская область, Баянаульский район, 6 км южнее поселка Шоптыколь", "Павлодар облысы, Баянауыл ауданы, Шоптыкөл кентінен оңтүстікке қарай 6 км",
     "5524", 51.455, 75.78, 1, "2 × 330 МВт", "2 × 330 МВт"),
)  # fmt: skip
ASM_DEVICES = (("Газоанализатор многокомпонентный (SO2, NO, NO2, CO, O2)", "Көп компонентті газ талдағыш (SO2, NO, NO2, CO, O2)"),
               ("Пылемер оптический", "Оптикалық шаң өлшегіш"), ("Расходомер газового потока ультразвуковой", "Газ ағынының ультрадыбыстық шығын өлшегіші"),
               ("Датчик температуры и давления газа", "Газ температурасы мен қысымының датчигі"))


def facility_hx2(doc: Doc) -> None:
    """The passport of the automated emission monitoring system (АСМ) of a coal-fired ГРЭС, ТЭЦ or ТЭС by the form of the
    Rules of keeping the АСМ: no header row, the passport's own field codes `1.1` … `4.3` in the first column, section rows
    for the operator, the object, the system and its supplier; the object's card — BIN, KATO in brackets after the address,
    the centre of the main building in decimal degrees with a comma, category — stands among look-alike numbers: the
    object's identifier in the information system, the КЭР's registration number, the acceptance act, and the integrator
    with a BIN of its own; the measuring instruments with their serial numbers and their numbers in the state register
    in a table of no role (VI: the cover of a coal plant's monthly report of automatic continuous stack monitoring, the
    station codes `QNi_…_KT1`, the installer's tax number beside the owner's enterprise number)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_hx2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    (n_ru, n_kk, o_ru, o_kk, a_ru, a_kk, s_ru, s_kk, prefix, lat0, lon0, stacks, c_ru, c_kk) = doc.pick(KZ_PLANTS)
    name, operator = (n_ru, n_kk)[L], (o_ru, o_kk)[L]
    bin_, bin2, kato = make_bin(r), make_bin(r), _kato(doc, prefix)
    lat_v, lon_v = round(lat0 + r.uniform(-0.006, 0.006), 5), round(lon0 + r.uniform(-0.006, 0.006), 5)
    lat, lon = num(lat_v, doc.lang), num(lon_v, doc.lang)
    ker = f"KZ{r.randint(10, 99)}VCZ{r.randint(10**7, 10**8 - 1):08d}"
    ident = f"АСМ-{prefix[:2]}-{r.randint(100, 999):06d}"
    supplier = doc.pick((("ТОО «ЭкоМонитор Системс»", "«ЭкоМонитор Системс» ЖШС"), ("ТОО «Таза Ауа Инжиниринг»", "«Таза Ауа Инжиниринг» ЖШС"),
                         ("ТОО «Smart Emission Control»", "«Smart Emission Control» ЖШС")))[L]
    n_src = stacks
    src_list = ", ".join(str(k) for k in range(1, n_src + 1))
    head = doc.pick((("Оспанов Нурлан Бейсенович", "Оспанов Нұрлан Бейсенұлы"), ("Гейдт Андрей Викторович", "Гейдт Андрей Викторұлы"),
                     ("Жакупова Салтанат Ермековна", "Жақыпова Салтанат Ерменқызы")))[L]
    doc.h(g(f"Паспорт автоматизированной системы мониторинга эмиссий. {name}", f"{name}. Эмиссиялар мониторингінің автоматтандырылған жүйесінің паспорты", ""))
    doc.p(g("Паспорт составлен в соответствии с Правилами ведения автоматизированной системы мониторинга эмиссий в окружающую среду "
            "при проведении производственного экологического контроля и подлежит обновлению при изменении состава средств измерений.",
            "Паспорт өндірістік экологиялық бақылау жүргізу кезінде қоршаған ортаға эмиссиялар мониторингінің автоматтандырылған жүйесін "
            "жүргізу қағидаларына сәйкес жасалды және өлшеу құралдарының құрамы өзгерген кезде жаңартылуға жатады.", ""))
    date_in = f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.{r.choice((2022, 2023, 2024))}"
    sections = [
        (g("1. Оператор", "1. Оператор", ""), [
            (g("Наименование", "Атауы", ""), operator),
            (g("БИН", "БСН", ""), bin_),
            (g("Юридический адрес", "Заңды мекенжайы", ""), (a_ru, a_kk)[L]),
            (g("Первый руководитель", "Бірінші басшы", ""), g(f"генеральный директор {head}", f"бас директор {head}", ""))]),
        (g("2. Объект", "2. Объект", ""), [
            (g("Наименование объекта", "Объектінің атауы", ""), g(f"{name} (установленная мощность {c_ru})", f"{name} (белгіленген қуаты {c_kk})", "")),
            (g("Адрес места осуществления деятельности", "Қызметті жүзеге асыру орнының мекенжайы", ""), g(f"{s_ru} (КАТО {kato})", f"{s_kk} (ҚАТО {kato})", "")),
            (g("Координаты (центр главного корпуса)", "Координаттары (бас корпустың орталығы)", ""),
             g(f"{lat} с.ш.; {lon} в.д.", f"с.е. {lat}; ш.б. {lon}", "")),
            (g("Категория объекта", "Объектінің санаты", ""), "I"),
            (g("Комплексное экологическое разрешение", "Кешенді экологиялық рұқсат", ""),
             g(f"№ {ker} от {r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2024", f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2024 № {ker}", "")),
            (g("Источники, оснащенные АСМ", "АМЖ-мен жабдықталған көздер", ""),
             g(f"дымовые трубы № {src_list} ({n_src} шт.)", f"№ {src_list} түтін мұржалары ({n_src} дана)", ""))]),
        (g("3. Автоматизированная система мониторинга", "3. Мониторингтің автоматтандырылған жүйесі", ""), [
            (g("Идентификатор объекта в информационной системе", "Ақпараттық жүйедегі объектінің сәйкестендіргіші", ""), ident),
            (g("Дата ввода в эксплуатацию", "Пайдалануға берілген күні", ""), date_in),
            (g("Акт приемки в эксплуатацию", "Пайдалануға қабылдау актісі", ""), g(f"№ {r.randint(3, 48)} от {date_in}", f"{date_in} № {r.randint(3, 48)}", "")),
            (g("Интервал осреднения и передачи данных", "Деректерді орташалау және беру аралығы", ""), g("20 минут", "20 минут", ""))]),
        (g("4. Поставщик (интегратор) АСМ", "4. АМЖ жеткізушісі (интеграторы)", ""), [
            (g("Наименование", "Атауы", ""), supplier),
            (g("БИН", "БСН", ""), bin2),
            (g("Договор на сервисное обслуживание", "Сервистік қызмет көрсету шарты", ""),
             g(f"№ {r.randint(11, 96)}/СО-2025 от {r.randint(1, 28):02d}.01.2025", f"{r.randint(1, 28):02d}.01.2025 № {r.randint(11, 96)}/СО-2025", ""))]),
    ]
    rows, merges = [], []
    for title, items in sections:
        _span(rows, merges, title, 3)
        si = title.split(".")[0]
        for j, (label, value) in enumerate(items, 1):
            rows.append([f"{si}.{j}", label, value])
    doc.table(None, rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": name, "kato": kato, "category": "I", "lat": lat_v, "lon": lon_v})
    drows = [g(["Место установки", "Средство измерения", "Заводской №", "Номер в реестре ГСИ РК", "Дата поверки"],
               ["Орнатылған жері", "Өлшеу құралы", "Зауыттық №", "ҚР ӨБМЖ тізіліміндегі нөмірі", "Салыстырып тексерілген күні"], [])]
    for k in range(1, n_src + 1):
        for d_ru, d_kk in ASM_DEVICES:
            drows.append([g(f"дымовая труба № {k}", f"№ {k} түтін мұржасы", ""), (d_ru, d_kk)[L], f"{r.randint(10**6, 10**7 - 1)}", f"KZ.02.03.{r.randint(1000, 9999):05d}-{r.choice((2019, 2021, 2022))}",
                          f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2025"])
    doc.table(g("Приложение 1. Состав средств измерений АСМ", "1-қосымша. АМЖ өлшеу құралдарының құрамы", ""), drows, role="other")


# (plant, owner, ward, lat, lon, MW, units, station code)
VN_PLANTS = (
    ("Nhà máy Nhiệt điện Cẩm Phả 3", "Công ty Cổ phần Nhiệt điện Cẩm Phả Mới", "phường Mông Dương, tỉnh Quảng Ninh", 21.083, 107.333, "2 × 330 MW", 2,
     "QNi_CP3"),
    ("Nhà máy Nhiệt điện Hải Hà 2", "Công ty TNHH Điện lực Hải Hà Xanh", "Khu công nghiệp cảng biển Hải Hà, tỉnh Quảng Ninh", 21.41, 107.76, "2 × 300 MW", 2,
     "QNi_HH2"),
    ("Nhà máy Nhiệt điện Hoành Bồ 1", "Công ty Cổ phần Năng lượng Hoành Bồ", "phường Hoành Bồ, tỉnh Quảng Ninh", 21.02, 107.02, "1 × 600 MW", 1, "QNi_HB1"),
)  # fmt: skip


def _facility_hx2_vi(doc: Doc) -> None:
    r = doc.rng
    name, owner, place, lat0, lon0, cap, units, station = doc.pick(VN_PLANTS)
    msdn, mst = _msdn_qn(doc), "01" + f"{r.randint(0, 99999999):08d}"
    lat_v, lon_v = round(lat0 + r.uniform(-0.004, 0.004), 4), round(lon0 + r.uniform(-0.004, 0.004), 4)
    month = r.randint(1, 6)
    codes = [f"{station}_KT{k}" for k in range(1, units + 1)]
    doc.h(f"BÁO CÁO KẾT QUẢ QUAN TRẮC TỰ ĐỘNG, LIÊN TỤC KHÍ THẢI THÁNG {month:02d}/2026")
    doc.p(f"Kính gửi: Sở Nông nghiệp và Môi trường tỉnh Quảng Ninh. {owner} báo cáo kết quả quan trắc tự động, liên tục khí thải của "
          f"{name} như sau.")
    sections = [
        ("1. Thông tin về cơ sở", [
            ("Tên cơ sở", f"{name} (công suất {cap})"),
            ("Chủ cơ sở", owner),
            ("Mã số doanh nghiệp", msdn),
            ("Địa chỉ", place),
            ("Tọa độ nhà máy (WGS-84)", f"{num(lat_v, 'vi')}° vĩ độ Bắc; {num(lon_v, 'vi')}° kinh độ Đông"),
            ("Giấy phép môi trường", f"số {r.randint(10, 480)}/GPMT-BNNMT ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2025 của Bộ Nông nghiệp và Môi trường"),
            ("Phân loại", "Cơ sở nhóm I (Phụ lục III Nghị định số 08/2022/NĐ-CP)")]),
        ("2. Thông tin về hệ thống quan trắc tự động", [
            ("Mã trạm quan trắc", "; ".join(codes)),
            ("Vị trí lắp đặt", "; ".join(f"ống khói tổ máy S{k}, cao độ +{r.randint(95, 120)} m" for k in range(1, units + 1))),
            ("Thời điểm kết nối, truyền dữ liệu về Sở", f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2022"),
            ("Tần suất truyền dữ liệu", "05 phút/lần")]),
        ("3. Đơn vị cung cấp, lắp đặt và bảo trì", [
            ("Tên đơn vị", doc.pick(("Công ty TNHH Thiết bị Môi trường Hà Thành", "Công ty Cổ phần Công nghệ Quan trắc Việt Xanh"))),
            ("Mã số thuế", mst),
            ("Hợp đồng bảo trì", f"số {r.randint(12, 98)}/2025/HĐ-BT")]),
    ]
    rows, merges = [], []
    for title, items in sections:
        _span(rows, merges, title, 3)
        si = title.split(".")[0]
        for j, (label, value) in enumerate(items, 1):
            rows.append([f"{si}.{j}", label, value])
    doc.table("I. THÔNG TIN CHUNG", rows, merges, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": name, "category": "I", "lat": lat_v, "lon": lon_v})
    drows = [["Mã trạm", "Thiết bị", "Model", "Số sê-ri", "Ngày kiểm định"]]
    for code in codes:
        for dev, model in (("Thiết bị đo SO2, NOx, CO, O2", "CEMS-GA 700"), ("Thiết bị đo bụi", "PM-D 300"), ("Thiết bị đo lưu lượng", "FL-U 100")):
            drows.append([code, dev, model, f"SN{r.randint(10**6, 10**7 - 1)}", f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2025"])
    doc.table("Bảng 1. Danh mục thiết bị của hệ thống quan trắc tự động", drows, role="other")


# ---------------------------------------------------------------- emissions

# (number, RU, KK, kind, flow range, CH4 % range, [(code, (low, high) g/s)], hours)
MINE_SOURCES = (
    ("0001", "Вентиляционный ствол № 1 (ГВУ 2ВЦ-24)", "№ 1 желдету оқпаны (2ВЦ-24 БЖҚ)", "vent", (150, 230), (0.35, 0.65),
     [("0410", None), ("3749", (0.05, 0.35))], 8760),
    ("0002", "Вентиляционный ствол № 2 (ГВУ ВЦД-31,5)", "№ 2 желдету оқпаны (ВЦД-31,5 БЖҚ)", "vent", (190, 280), (0.3, 0.6),
     [("0410", None), ("3749", (0.08, 0.45))], 8760),
    ("0003", "Свеча вакуум-насосной станции дегазации ВНС-1", "ВНС-1 газсыздандыру вакуум-сорғы станциясының шашырату шырағы", "degas",
     (60, 140), (20, 45), [("0410", None)], 8760),
    ("0004", "Дымовая труба котельной (котлы КВ-ТС-20, 2 шт., уголь)", "Қазандықтың түтін мұржасы (КВ-ТС-20 қазандары, 2 дана, көмір)", "boiler",
     (14, 22), None, [("0301", (0.8, 1.6)), ("0304", (0.13, 0.26)), ("0330", (3, 7)), ("0337", (4, 9)), ("2908", (3, 8)),
                      ("0703", (0.000001, 0.000004))], 5000),
    ("6001", "Угольный склад (штабели рядового угля)", "Көмір қоймасы (қатардағы көмір қатарлары)", "open", None, None,
     [("3749", (0.2, 0.9))], 8760),
    ("6002", "Породный отвал (с очагами горения)", "Жыныс үйіндісі (жану ошақтары бар)", "open", None, None,
     [("2908", (0.3, 1.2)), ("0337", (0.8, 3)), ("0330", (0.2, 0.9)), ("0333", (0.002, 0.01))], 8760),
    ("6003", "Погрузка угля в железнодорожные вагоны", "Көмірді темір жол вагондарына тиеу", "open", None, None, [("3749", (0.1, 0.5))], 4000),
)  # fmt: skip
CH4_DENSITY = 716.8  # g/m3 at normal conditions


def emissions_hx1(doc: Doc) -> None:
    """An underground coal mine's НДВ table where the ventilation shafts and the degassing plant carry the mine's own air
    figures — the flow of the exhaust air, the methane content in per cent by volume and the methane flow in m³/min under a
    merged `Параметры газовоздушной смеси`, merged down over the source's substances — before the code, name, class and
    `г/с | т/год`; methane (0410) in tens of thousands of tonnes a year with no class, coal dust (3749) with only an ОБУВ and
    a dash for the class, the burning rock dump's gases; a temporary rock store listed as its own source whose row says
    only that its emissions are counted in ИЗА 6002 (VI: a Quảng Ninh underground mine's ĐTM, main fan stations and the
    methane drainage vent by name, `Đã tính gộp vào nguồn số 4` on the screening plant's row)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_hx1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    mine = doc.pick(KZ_MINES)
    name = mine[L]
    doc.h(g(f"Проект нормативов допустимых выбросов. {name}", f"{name}. Жол берілетін шығарындылар нормативтерінің жобасы", ""))
    doc.p(g("Расход исходящей струи и содержание метана приняты по данным системы аэрогазового контроля шахты за 2025 год (средние за "
            "год при максимальной нагрузке на очистные забои); плотность метана при нормальных условиях – 0,7168 кг/м³. Главные "
            "вентиляторные установки и вакуум-насосная станция работают круглосуточно (8760 ч/год).",
            "Шығыс ағынның шығыны мен метан мөлшері шахтаның аэрогаздық бақылау жүйесінің 2025 жылғы деректері бойынша қабылданды "
            "(тазарту кенжарларына ең жоғары жүктеме кезіндегі жылдық орташа мәндер); қалыпты жағдайдағы метанның тығыздығы – "
            "0,7168 кг/м³. Бас желдеткіш қондырғылар мен вакуум-сорғы станциясы тәулік бойы жұмыс істейді (8760 сағ/жыл).", ""))
    rows = [g(["№ ИЗА", "Наименование источника", "Параметры газовоздушной смеси", None, None, "Код ЗВ", "Наименование ЗВ", "Класс опасности",
               "Выброс ЗВ", None],
              ["ЛШК №", "Көздің атауы", "Газ-ауа қоспасының параметрлері", None, None, "ЛЗ коды", "Ластаушы заттың атауы", "Қауіптілік сыныбы",
               "ЛЗ шығарындысы", None], []),
            g([None, None, "расход, м³/с", "содержание CH4, % об.", "дебит CH4, м³/мин", None, None, None, "г/с", "т/год"],
              [None, None, "шығыны, м³/с", "CH4 мөлшері, көл. %", "CH4 дебиті, м³/мин", None, None, None, "г/с", "т/жыл"], [])]
    merges = [(0, c, 1, c) for c in (0, 1, 5, 6, 7)] + [(0, 2, 0, 4), (0, 8, 0, 9)]
    sums, ch4 = [0.0, 0.0], [0.0, 0.0]
    numbers = []
    for number, s_ru, s_kk, kind, flow, share, items, hours in MINE_SOURCES:
        if number == "6003" and r.random() < 0.3:
            continue
        numbers.append(number)
        if kind == "vent":
            q = float(r.randint(flow[0], flow[1]))
            c = round(r.uniform(*share), 2)
            debit = _sig(q * 60 * c / 100, 4)
            params = [num(q, doc.lang), num(c, doc.lang), num(debit, doc.lang)]
            m_gs = _sig(q * c / 100 * CH4_DENSITY, 4)
        elif kind == "degas":
            mix = float(r.randint(flow[0], flow[1]))
            c = float(r.randint(*share))
            debit = _sig(mix * c / 100, 4)
            params = [num(round(mix / 60, 2), doc.lang), num(c, doc.lang), num(debit, doc.lang)]
            m_gs = _sig(debit / 60 * CH4_DENSITY, 4)
        elif kind == "boiler":
            params = [num(float(r.randint(*flow)), doc.lang), "–", "–"]
        else:
            params = ["–", "–", "–"]
        start = len(rows)
        for j, (c, rng_) in enumerate(items):
            if c == "0410":
                gs = m_gs
                ty = _sig(gs * 3600 * hours / 1e6, 5)
                ch4 = [ch4[0] + gs, ch4[1] + ty]
            else:
                gs = _sig(r.uniform(*rng_), 3)
                ty = _sig(gs * 3600 * hours / 1e6 * r.uniform(0.55, 0.95), 3)
            hz = _hazard(c)
            first = j == 0
            rows.append([number if first else None, (s_ru, s_kk)[L] if first else None, *(params if first else [None] * 3), c, _air(doc, c),
                         str(hz) if hz else "–", num(gs, doc.lang), num(ty, doc.lang)])
            doc.add("emissions", emission(c, gs, ty, number, hz))
            sums = [sums[0] + gs, sums[1] + ty]
        if len(items) > 1:
            merges += [(start, col, len(rows) - 1, col) for col in (0, 1, 2, 3, 4)]
    rows.append(["6004", g("Временный склад породы у ствола № 2", "№ 2 оқпан жанындағы уақытша жыныс қоймасы", ""), "–", "–", "–",
                 g("выбросы учтены в ИЗА 6002 (порода складируется на время до вывоза на отвал)",
                   "шығарындылар 6002 ЛШК-да ескерілген (жыныс үйіндіге шығарылғанға дейін уақытша жиналады)", ""), None, None, None, None])
    merges.append((len(rows) - 1, 5, len(rows) - 1, 9))
    numbers.append("6004")
    rows.append(["", g("Всего по шахте", "Шахта бойынша барлығы", ""), None, None, None, None, None, None,
                 num(round(sums[0], 4), doc.lang), num(round(sums[1], 3), doc.lang)])
    merges.append((len(rows) - 1, 1, len(rows) - 1, 7))
    rows.append(["", g("в том числе метан", "оның ішінде метан", ""), None, None, None, None, None, None,
                 num(round(ch4[0], 4), doc.lang), num(round(ch4[1], 3), doc.lang)])
    merges.append((len(rows) - 1, 1, len(rows) - 1, 7))
    doc.table(g("Таблица 3.2 – Параметры и нормативы выбросов загрязняющих веществ", "3.2-кесте – Ластаушы заттар шығарындыларының параметрлері мен нормативтері", ""),
              rows, merges, role="emissions")
    doc.add("sources", *({"number": n, "type": _kind(n)} for n in numbers))
    doc.p(g("Примечание: для пыли каменного угля установлен ОБУВ (0,1 мг/м³), класс опасности не установлен; метан нормируется по ОБУВ 50 мг/м³.",
            "Ескертпе: тас көмір шаңы үшін ҚӘБД (0,1 мг/м³) белгіленген, қауіптілік сыныбы белгіленбеген; метан 50 мг/м³ ҚӘБД бойынша нормаланады.", ""))
    maybe_distractor(doc)


# (VI source, kind, flow range, CH4 range, [(code, label, (low, high))], hours)
VN_MINE_SOURCES = (
    ("Nguồn số 1: Trạm quạt gió chính mức +125 (lò thông gió số 1)", "vent", (90, 160), (0.3, 0.6),
     [("0410", "Metan (CH4)", None), ("3749", "Bụi than", (0.05, 0.3))], 8760),
    ("Nguồn số 2: Trạm quạt gió chính mức +210 (lò thông gió số 2)", "vent", (110, 190), (0.25, 0.55),
     [("0410", "Metan (CH4)", None), ("3749", "Bụi than", (0.05, 0.3))], 8760),
    ("Nguồn số 3: Ống xả trạm thoát khí mê-tan chủ động", "degas", (40, 90), (18, 40), [("0410", "Metan (CH4)", None)], 8760),
    ("Nguồn số 4: Kho than sân công nghiệp (bốc xúc, sàng sơ bộ)", "open", None, None, [("3749", "Bụi than", (0.2, 0.8))], 6000),
    ("Nguồn số 5: Bãi thải đất đá", "open", None, None, [("2902", "Bụi tổng", (0.3, 1.1))], 6000),
)  # fmt: skip


def _emissions_hx1_vi(doc: Doc) -> None:
    r = doc.rng
    name = doc.pick(VN_MINES)[0]
    doc.h(f"BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG – DỰ ÁN MỞ RỘNG {name.upper()}")
    doc.h("3.2.1. Tác động do khí thải từ hệ thống thông gió và thoát khí mê-tan")
    doc.p("Lưu lượng gió thải và nồng độ khí mê-tan lấy theo số liệu của hệ thống giám sát khí mỏ tập trung năm 2025; khối lượng riêng của "
          "khí mê-tan ở điều kiện tiêu chuẩn là 0,7168 kg/m³. Các trạm quạt gió chính hoạt động liên tục 24/24 giờ.")
    rows = [["TT", "Nguồn thải", "Lưu lượng khí thải (m³/s)", "Nồng độ CH4 (% thể tích)", "Thông số", "Tải lượng (g/s)", "Tải lượng (tấn/năm)"]]
    merges = []
    for k, (name_, kind, flow, share, items, hours) in enumerate(VN_MINE_SOURCES, 1):
        if kind == "vent":
            q = float(r.randint(*flow))
            c = round(r.uniform(*share), 2)
            params = [num(q, "vi"), num(c, "vi")]
            m_gs = _sig(q * c / 100 * CH4_DENSITY, 4)
        elif kind == "degas":
            mix = float(r.randint(*flow))
            c = float(r.randint(*share))
            params = [num(round(mix / 60, 2), "vi"), num(c, "vi")]
            m_gs = _sig(mix * c / 100 / 60 * CH4_DENSITY, 4)
        else:
            params = ["-", "-"]
        start = len(rows)
        for j, (code, label, rng_) in enumerate(items):
            if code == "0410":
                gs = m_gs
                ty = _sig(gs * 3600 * hours / 1e6, 5)
            else:
                gs = _sig(r.uniform(*rng_), 3)
                ty = _sig(gs * 3600 * hours / 1e6 * r.uniform(0.5, 0.9), 3)
            rows.append([str(k) if j == 0 else None, name_ if j == 0 else None, *(params if j == 0 else [None, None]), label, num(gs, "vi"),
                         num(ty, "vi")])
            doc.add("emissions", emission(code, gs, ty))
        if len(items) > 1:
            merges += [(start, col, len(rows) - 1, col) for col in (0, 1, 2, 3)]
    rows.append(["6", "Nguồn số 6: Xưởng sàng tuyển than", "-", "-", "Đã tính gộp vào nguồn số 4 (kho than sân công nghiệp)", None, None])
    merges.append((len(rows) - 1, 4, len(rows) - 1, 6))
    doc.table("Bảng 3.12. Lưu lượng, nồng độ và tải lượng các chất ô nhiễm từ hệ thống thông gió mỏ", rows, merges, role="emissions")
    doc.p("Ghi chú: khí mê-tan thoát ra từ hệ thống thông gió được pha loãng dưới 1% theo quy chuẩn an toàn; tải lượng khí mê-tan tính cho 8.760 giờ/năm, bụi tại kho than và bãi thải tính cho 6.000 giờ/năm.")
    maybe_distractor(doc)


# (code, (low, high) g/s per 1000 MW) of a stack
STACK_RATES = (("0301", (900, 1600)), ("0304", (146, 260)), ("0330", (2500, 4500)), ("0337", (60, 150)), ("2908", (250, 700)))
# plant: (hours, unorganised factor, [(RU equipment, KK equipment, height, factor of the rates per 1000 MW)])
PLANT_STACKS = {
    "Экибастузская ГРЭС-3": (7000, 1.0, [("энергоблоки ст. № 1, 2 (П-57)", "№ 1, 2 ст. энергоблоктары (П-57)", 330, 1.0),
                                           ("энергоблоки ст. № 3, 4 (П-57)", "№ 3, 4 ст. энергоблоктары (П-57)", 330, 1.0)]),
    "Карагандинская ТЭЦ-4": (6200, 0.4, [("котлоагрегаты ст. № 1–4 (БКЗ-420-140)", "№ 1–4 ст. қазандық агрегаттары (БКЗ-420-140)", 180, 0.3),
                                           ("котлоагрегаты ст. № 5, 6 (БКЗ-420-140)", "№ 5, 6 ст. қазандық агрегаттары (БКЗ-420-140)", 250, 0.16)]),
    "Майкубенская ТЭС": (6800, 0.6, [("энергоблоки ст. № 1, 2 (ПК-39)", "№ 1, 2 ст. энергоблоктары (ПК-39)", 270, 0.66)]),
}
STARTUP = (("0301", (1.5, 4.0)), ("0330", (3, 9)), ("0337", (0.5, 2)), ("2904", (0.002, 0.008)), ("0328", (0.2, 0.8)))


def emissions_hx2(doc: Doc) -> None:
    """A coal-fired ГРЭС's (ТЭЦ's) application for a КЭР whose emissions are split over two tables the way the dispersion
    calculation and the limits need them: the first gives only the maximum one-time emission in g/s by source — the stacks
    with the power units they serve in a column of their own, the start-up boiler house on fuel oil, the coal yard, the
    wagon tippler and the ash dump — and no tonnes; the second gives only the gross emission of the whole plant in t/year
    by substance, with the hazard class and a total, and no source (VI: a Quảng Ninh coal plant's ĐTM, the greatest loads
    in g/s at its stacks and the auxiliary oil-fired boiler, then the plant's yearly loads in tonnes by pollutant)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_hx2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    plant = doc.pick(KZ_PLANTS)
    name, operator = plant[L], plant[2 + L]
    hours, scale, stacks = PLANT_STACKS[plant[0]]
    doc.h(g(f"Заявка на получение комплексного экологического разрешения. {operator}, {name}",
            f"{operator}, {name}. Кешенді экологиялық рұқсат алуға өтінім", ""))
    doc.h(g("Раздел 4. Эмиссии в атмосферный воздух", "4-бөлім. Атмосфералық ауаға эмиссиялар", ""))
    doc.p(g("В таблице 4.1 приведены максимальные разовые выбросы, принятые в расчете рассеивания; валовые выбросы предприятия в целом, "
            "предлагаемые в качестве нормативов, – в таблице 4.2.",
            "4.1-кестеде таралуды есептеуде қабылданған ең жоғары бір реттік шығарындылар келтірілген; норматив ретінде ұсынылатын "
            "кәсіпорынның жалпы жалпы шығарындылары – 4.2-кестеде.", ""))
    rows = [g(["№ ИЗА", "Источник выброса", "Подключенное оборудование", "Код ЗВ", "Наименование ЗВ", "Максимальный разовый выброс, г/с"],
              ["ЛШК №", "Шығарынды көзі", "Қосылған жабдық", "ЛЗ коды", "ЛЗ атауы", "Ең жоғары бір реттік шығарынды, г/с"], [])]
    merges = []
    totals: dict[str, float] = {}
    numbers = []

    def block(number, src, equip, items, hrs):
        start = len(rows)
        for j, (c, gs) in enumerate(items):
            rows.append([number if j == 0 else None, src if j == 0 else None, equip if j == 0 else None, c, _air(doc, c), num(gs, doc.lang)])
            doc.add("emissions", emission(c, gs, None, number))
            totals[c] = totals.get(c, 0.0) + gs * 3600 * hrs / 1e6 * r.uniform(0.62, 0.8)
        merges.extend((start, col, len(rows) - 1, col) for col in (0, 1, 2))
        numbers.append(number)

    for k, (e_ru, e_kk, height, factor) in enumerate(stacks, 1):
        src = g(f"Дымовая труба № {k} (Н = {height} м)", f"№ {k} түтін мұржасы (Н = {height} м)", "")
        items = [(c, _sig(r.uniform(lo, hi) * factor, 4)) for c, (lo, hi) in STACK_RATES]
        block(f"{k:04d}", src, (e_ru, e_kk)[L], items, hours)
    n = len(stacks)
    block(f"{n + 1:04d}", g("Дымовая труба пускорезервной котельной", "Іске қосу-резервтік қазандықтың түтін мұржасы", ""),
          g("котлы ДКВР-20/13, 2 шт. (мазут)", "ДКВР-20/13 қазандары, 2 дана (мазут)", ""),
          [(c, _sig(r.uniform(lo, hi), 3)) for c, (lo, hi) in STARTUP], 700)
    unorg = ((g("Угольный склад", "Көмір қоймасы", ""), g("штабели, бульдозеры", "қатарлар, бульдозерлер", ""), "3749", (1.5, 4.5)),
             (g("Разгрузочное устройство (вагоноопрокидыватель)", "Түсіру құрылғысы (вагон аударғыш)", ""), g("вагоноопрокидыватели № 1, 2", "№ 1, 2 вагон аударғыштар", ""),
              "3749", (0.4, 1.2)),
             (g("Золоотвал (пыление сухих пляжей)", "Күлүйінді (құрғақ жағажайлардың шаңдануы)", ""), g("секции 1, 2", "1, 2 секциялар", ""), "2908", (1.0, 3.5)))
    for k, (src, equip, c, (lo, hi)) in enumerate(unorg, 1):
        block(f"{6000 + k:04d}", src, equip, [(c, _sig(r.uniform(lo, hi) * scale, 3))], 5500)
    doc.table(g("Таблица 4.1 – Максимальные разовые выбросы по источникам", "4.1-кесте – Көздер бойынша ең жоғары бір реттік шығарындылар", ""),
              rows, merges, role="emissions")
    doc.add("sources", *({"number": n, "type": _kind(n)} for n in numbers))
    rows = [g(["Код ЗВ", "Наименование загрязняющего вещества", "Класс опасности", "Валовый выброс, т/год"],
              ["ЛЗ коды", "Ластаушы заттың атауы", "Қауіптілік сыныбы", "Жалпы шығарынды, т/жыл"], [])]
    grand = 0.0
    for c in sorted(totals):
        ty = round(totals[c], 1) if totals[c] >= 100 else _sig(totals[c], 3)
        hz = _hazard(c)
        rows.append([c, _air(doc, c), str(hz) if hz else "–", num(ty, doc.lang)])
        doc.add("emissions", emission(c, None, ty, None, hz))
        grand += ty
    rows.append(["", g("Всего по предприятию", "Кәсіпорын бойынша барлығы", ""), "", num(round(grand, 2), doc.lang)])
    doc.table(g("Таблица 4.2 – Валовые выбросы предприятия в целом", "4.2-кесте – Кәсіпорынның жалпы шығарындылары", ""), rows, role="emissions")
    doc.p(g("Для пыли каменного угля класс опасности не установлен (ОБУВ 0,1 мг/м³).", "Тас көмір шаңы үшін қауіптілік сыныбы белгіленбеген (ҚӘБД 0,1 мг/м³).", ""))
    maybe_distractor(doc)


VN_STACK = (("2902", "Bụi tổng", (60, 160)), ("0330", "SO2", (180, 420)), ("0301", "NOx (tính theo NO2)", (350, 700)), ("0337", "CO", (20, 60)))
VN_AUX = (("2902", "Bụi tổng", (0.3, 1.0)), ("0330", "SO2", (2, 6)), ("0301", "NOx (tính theo NO2)", (1, 3)), ("0337", "CO", (0.2, 0.8)))


def _emissions_hx2_vi(doc: Doc) -> None:
    r = doc.rng
    name, owner, place, _, _, cap, units, _ = doc.pick(VN_PLANTS)
    hours = doc.pick((6500, 7000))
    doc.h(f"BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG DỰ ÁN {name.upper()} ({cap})")
    doc.h("3.2.1.2. Tải lượng khí thải trong giai đoạn vận hành")
    doc.p(f"Mỗi tổ máy có hệ thống lọc bụi tĩnh điện (ESP) và khử lưu huỳnh bằng nước biển (FGD); tải lượng tối đa tính ở chế độ 100% công "
          f"suất (Bảng 3.15), tải lượng năm tính cho {num(hours, 'vi')} giờ vận hành quy đổi (Bảng 3.16).")
    rows = [["TT", "Nguồn thải", "Thông số", "Tải lượng tối đa (g/s)"]]
    merges = []
    totals: dict[str, float] = {}
    sources = [(f"Ống khói tổ máy S{k} (cao 200 m)", [(c, label, _sig(r.uniform(lo, hi), 4)) for c, label, (lo, hi) in VN_STACK], hours)
               for k in range(1, units + 1)]
    sources.append(("Lò hơi phụ đốt dầu DO (khởi động tổ máy)", [(c, label, _sig(r.uniform(lo, hi), 3)) for c, label, (lo, hi) in VN_AUX], 400))
    for k, (src, items, hrs) in enumerate(sources, 1):
        start = len(rows)
        for j, (c, label, gs) in enumerate(items):
            rows.append([str(k) if j == 0 else None, src if j == 0 else None, label, num(gs, "vi")])
            doc.add("emissions", emission(c, gs, None))
            totals[c] = totals.get(c, 0.0) + gs * 3600 * hrs / 1e6 * r.uniform(0.65, 0.8)
        merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    doc.table("Bảng 3.15. Tải lượng tối đa các chất ô nhiễm tại các nguồn thải", rows, merges, role="emissions")
    rows = [["TT", "Thông số", "Tổng tải lượng (tấn/năm)"]]
    grand = 0.0
    for k, (c, label, _) in enumerate(VN_STACK, 1):
        ty = round(totals[c], 1)
        rows.append([str(k), label, num(ty, "vi")])
        doc.add("emissions", emission(c, None, ty))
        grand += ty
    rows.append(["", "Tổng cộng", num(round(grand, 1), "vi")])
    doc.table("Bảng 3.16. Tổng tải lượng phát thải năm của nhà máy", rows, role="emissions")
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

# (RU pit, KK pit, RU operator, KK operator, RU dump, KK dump)
KZ_PITS = (
    ("Разрез «Екібастұз-Солтүстік»", "«Екібастұз-Солтүстік» разрезі", "ТОО «Солтүстік Көмір Разрезі»", "«Солтүстік Көмір Разрезі» ЖШС",
     "внешний отвал «Северный»", "«Солтүстік» сыртқы үйіндісі"),
    ("Разрез «Майкөбен-Оңтүстік»", "«Майкөбен-Оңтүстік» разрезі", "ТОО «Оңтүстік Майкөбен Разрезі»", "«Оңтүстік Майкөбен Разрезі» ЖШС",
     "внешний отвал № 2", "№ 2 сыртқы үйінді"),
    ("Разрез «Жаңа Борлы»", "«Жаңа Борлы» разрезі", "ТОО «Борлы Коал Майнинг»", "«Борлы Коал Майнинг» ЖШС",
     "внешний отвал «Западный»", "«Батыс» сыртқы үйіндісі"),
)
# (RU, KK, volume range thousand m3, density range t/m3, swell factor range, internal dump?)
OVERBURDEN = (
    ("Вскрышные породы рыхлые (четвертичные суглинки, глины)", "Борпылдақ аршылған жыныстар (төрттік саздақтар, саздар)", (1800, 3600),
     (1.85, 2.0), (1.18, 1.25), False),
    ("Вскрышные породы скальные (песчаники, алевролиты, аргиллиты)", "Тасты аршылған жыныстар (құмтастар, алевролиттер, аргиллиттер)",
     (8000, 16000), (2.45, 2.6), (1.35, 1.45), False),
    ("Породы внутренней вскрыши (породные прослои угольных пластов)", "Ішкі аршым жыныстары (көмір қабаттарының жыныс қабатшалары)",
     (600, 1600), (2.3, 2.4), (1.3, 1.35), True),
)  # fmt: skip
# (code, RU, KK, kind, range, RU handover, KK handover)
PIT_WASTES = (
    ("16 01 03", "Изношенные шины карьерных автосамосвалов", "Карьерлік автосамосвалдардың тозған шиналары", "tyre", (24, 60),
     "передача на переработку", "қайта өңдеуге беру"),
    ("13 02 05*", "Отработанные моторные масла", "Пайдаланылған мотор майлары", "log", (18, 65), "передача на регенерацию", "регенерацияға беру"),
    ("13 01 10*", "Отработанные гидравлические масла", "Пайдаланылған гидравликалық майлар", "log", (6, 24), "передача на регенерацию",
     "регенерацияға беру"),
    ("16 01 07*", "Отработанные масляные фильтры", "Пайдаланылған май сүзгілері", "piece", (280, 900, 1.6, 3.2), "передача на утилизацию",
     "кәдеге жаратуға беру"),
    ("16 06 01*", "Отработанные свинцовые аккумуляторы", "Пайдаланылған қорғасын аккумуляторлары", "piece", (40, 120, 58, 72),
     "передача на переработку", "қайта өңдеуге беру"),
    ("15 02 02*", "Промасленная ветошь", "Майланған шүберек", "log", (1.2, 4.5), "передача на сжигание", "өртеуге беру"),
    ("17 04 05", "Лом черных металлов (зубья ковшей, траки, канаты)", "Қара металл сынықтары (шөміш тістері, тректер, арқандар)", "log",
     (120, 480), "передача на переработку", "қайта өңдеуге беру"),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", "staff", (380, 900), "вывоз на полигон ТБО", "ҚТҚ полигонына шығару"),
)  # fmt: skip


def wastes_hx1(doc: Doc) -> None:
    """An open-pit coal mine's waste section in two tables. The overburden's table is kept in the mine's own units: the
    volume in the solid (in-situ) in thousand m³, the in-situ density, the mass in thousand tonnes, the swell factor and the
    loose volume placed in the dump — only the mass is the amount, to be multiplied by a thousand, and three kinds of rock
    share the code 01 01 02; the other wastes follow with the arithmetic of the pieces in a column of its own (haul-truck
    tyres by the piece at several tonnes each) and the tonnes last (VI: a Quảng Ninh open pit's overburden in thousand m³
    `nguyên khối` with the density, thousand tonnes and the swell factor, then its CTNH in kilograms)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_hx1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    pit = doc.pick(KZ_PITS)
    name, operator, dump = pit[L], pit[2 + L], pit[4 + L]
    doc.h(g(f"Программа управления отходами {operator} на 2026–2035 годы", f"{operator} 2026–2035 жылдарға арналған қалдықтарды басқару бағдарламасы", ""))
    doc.h(g(f"2.1. Отходы горнодобывающей промышленности. {name}", f"2.1. Тау-кен өндіру өнеркәсібінің қалдықтары. {name}", ""))
    doc.p(g("Объемы вскрыши приняты по календарному плану горных работ на 2026 год и приведены в маркшейдерских единицах – в целике; "
            "масса определена по объемной массе пород в целике, объем в отвале – с учетом коэффициента разрыхления.",
            "Аршу көлемдері тау-кен жұмыстарының 2026 жылға арналған күнтізбелік жоспары бойынша қабылданды және маркшейдерлік "
            "бірліктермен – бүтін күйінде келтірілген; массасы жыныстардың бүтін күйіндегі көлемдік массасы бойынша, үйіндідегі көлемі "
            "қопсыту коэффициентін ескере отырып анықталды.", ""))
    rows = [g(["№", "Наименование отхода", "Код", "Объем в целике, тыс. м³/год", "Объемная масса в целике, т/м³", "Масса, тыс. т/год",
               "Коэффициент разрыхления", "Объем в отвале, тыс. м³/год", "Место размещения"],
              ["№", "Қалдықтың атауы", "Коды", "Бүтін күйіндегі көлемі, мың м³/жыл", "Бүтін күйіндегі көлемдік массасы, т/м³",
               "Массасы, мың т/жыл", "Қопсыту коэффициенті", "Үйіндідегі көлемі, мың м³/жыл", "Орналастыру орны"], [])]
    for k, (n_ru, n_kk, (vlo, vhi), (dlo, dhi), (klo, khi), internal) in enumerate(OVERBURDEN, 1):
        vol = float(r.randint(vlo // 10, vhi // 10) * 10)
        dens = round(r.uniform(dlo, dhi), 2)
        mass = round(vol * dens, 1)
        kr = round(r.uniform(klo, khi), 2)
        place = g("внутренний отвал (выработанное пространство)", "ішкі үйінді (қазылып болған кеңістік)", "") if internal else dump
        rows.append([str(k), (n_ru, n_kk)[L], "01 01 02", num(vol, doc.lang), num(dens, doc.lang), num(mass, doc.lang), num(kr, doc.lang),
                     num(round(vol * kr, 1), doc.lang), place])
        doc.add("wastes", {"code": "01 01 02", "code_system": "LoW", "hazardous": False, "amount_t": mass * 1000,
                           "name_contains": _stem((n_ru, n_kk)[L], 3)})
    doc.table(g("Таблица 2.1 – Вскрышные и вмещающие породы", "2.1-кесте – Аршылған және сыйыстырушы жыныстар", ""), rows, role="wastes")
    doc.h(g("2.2. Отходы производства и потребления", "2.2. Өндіріс және тұтыну қалдықтары", ""))
    rows = [g(["№", "Наименование отхода", "Код", "Основание расчета", "Образование, т/год", "Обращение"],
              ["№", "Қалдықтың атауы", "Коды", "Есептеу негіздемесі", "Түзілуі, т/жыл", "Қалдықпен жұмыс"], [])]
    for k, (code, n_ru, n_kk, kind, rng_, h_ru, h_kk) in enumerate(PIT_WASTES, 1):
        if kind == "tyre":
            n, m = r.randint(*rng_), round(r.uniform(3.9, 5.4), 2)
            basis = g(f"{n} шт. × {num(m, 'ru')} т (шины 40.00R57, 46/90R57)", f"{n} дана × {num(m, 'kk')} т (40.00R57, 46/90R57 шиналары)", "")
            t = round(n * m, 2)
        elif kind == "piece":
            n, m = r.randint(rng_[0], rng_[1]), round(r.uniform(rng_[2], rng_[3]), 1)
            basis = g(f"{n} шт. × {num(m, 'ru')} кг", f"{n} дана × {num(m, 'kk')} кг", "")
            t = _sig(n * m / 1000, 4)
        elif kind == "staff":
            n = r.randint(*rng_)
            basis = g(f"{n} чел. × 0,075 т/чел. в год", f"{n} адам × жылына 0,075 т/адам", "")
            t = _sig(n * 0.075, 4)
        else:
            t = _sig(r.uniform(*rng_), 3)
            basis = g("по данным учета за 2025 год", "2025 жылғы есепке алу деректері бойынша", "")
        rows.append([str(k), (n_ru, n_kk)[L], code, basis, num(t, doc.lang), (h_ru, h_kk)[L]])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t,
                           "name_contains": _stem((n_ru, n_kk)[L], 2)})
    doc.table(g("Таблица 2.2 – Образование отходов производства и потребления", "2.2-кесте – Өндіріс және тұтыну қалдықтарының түзілуі", ""),
              rows, role="wastes")
    maybe_distractor(doc)


VN_OVERBURDEN = (
    ("Đất đá bóc phủ (đất phủ, cát kết, bột kết)", (9000, 18000), (2.4, 2.55), (1.35, 1.45), "Bãi thải ngoài Đông Bắc"),
    ("Đất đá kẹp trong vỉa than", (500, 1400), (2.3, 2.4), (1.3, 1.35), "Bãi thải trong moong khai thác"),
)
VN_PIT_CTNH = (
    ("17 02 03", "Dầu động cơ, hộp số và bôi trơn tổng hợp thải", (18000, 60000)),
    ("17 01 06", "Dầu thủy lực tổng hợp thải", (4000, 16000)),
    ("15 01 02", "Bộ lọc dầu đã qua sử dụng", (2500, 9000)),
    ("19 06 01", "Pin, ắc quy chì thải", (1500, 6000)),
    ("18 02 01", "Giẻ lau, găng tay dính dầu thải", (800, 3500)),
    ("16 01 06", "Bóng đèn huỳnh quang thải", (60, 300)),
)


def _wastes_hx1_vi(doc: Doc) -> None:
    r = doc.rng
    mine = doc.pick(("Mỏ than lộ thiên Đông Cẩm Phả", "Mỏ than lộ thiên Bắc Hà Tu", "Mỏ than lộ thiên Tây Nam Đèo Nai"))
    doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – {mine.upper()}")
    doc.p("Khối lượng đất đá bóc được nghiệm thu theo số liệu trắc địa ở trạng thái nguyên khối; khối lượng (tấn) tính theo dung trọng nguyên "
          "khối, khối lượng đổ thải tính theo hệ số nở rời.")
    rows = [["TT", "Loại chất thải", "Khối lượng nguyên khối (nghìn m³/năm)", "Dung trọng nguyên khối (tấn/m³)", "Khối lượng (nghìn tấn/năm)",
             "Hệ số nở rời", "Khối lượng đổ thải (nghìn m³ rời/năm)", "Vị trí đổ thải"]]
    for k, (name, (vlo, vhi), (dlo, dhi), (klo, khi), place) in enumerate(VN_OVERBURDEN, 1):
        vol = float(r.randint(vlo // 10, vhi // 10) * 10)
        dens = round(r.uniform(dlo, dhi), 2)
        mass = round(vol * dens, 1)
        kr = round(r.uniform(klo, khi), 2)
        rows.append([str(k), name, num(vol, "vi"), num(dens, "vi"), num(mass, "vi"), num(kr, "vi"), num(round(vol * kr, 1), "vi"), place])
        doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": mass * 1000, "name_contains": _stem(name, 3)})
    doc.table("Bảng 3. Khối lượng đất đá thải năm 2025", rows, role="wastes")
    rows = [["TT", "Tên chất thải", "Mã CTNH", "Trạng thái", "Khối lượng (kg/năm)", "Đơn vị tiếp nhận"]]
    for k, (code, name, (lo, hi)) in enumerate(VN_PIT_CTNH, 1):
        kg = float(r.randint(lo // 10, hi // 10) * 10)
        state = "Lỏng" if code.startswith("17 0") else "Rắn"
        rows.append([str(k), name, code, state, num(kg, "vi"), "Công ty TNHH Môi trường Xanh Cẩm Phả"])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000, "name_contains": name})
    doc.table("Bảng 4. Khối lượng chất thải nguy hại phát sinh năm 2025", rows, role="wastes")
    maybe_distractor(doc)


# plant: ((low, high) fly ash t/year, (low, high) slag t/year)
ASH = {"Экибастузская ГРЭС-3": ((3_000_000, 3_800_000), (150_000, 250_000)), "Карагандинская ТЭЦ-4": ((600_000, 900_000), (40_000, 80_000)),
       "Майкубенская ТЭС": ((800_000, 1_200_000), (60_000, 110_000))}
# (code, RU, KK, (RU way, KK way), ratio or None, (low, high) t/year)
TPP_WASTES = (
    ("10 01 02", "Зола-унос (уловленная в электрофильтрах)", "Ұшпа күл (электрсүзгілерде ұсталған)", ("гидрозолоудаление", "гидрокүл шығару"), 12, None),
    ("10 01 01", "Шлак топочный (после шлакодробилок)", "Ошақ қожы (қож ұсатқыштардан кейін)", ("гидрошлакоудаление", "гидроқож шығару"), 18, None),
    ("19 09 02", "Шлам предочистки химводоочистки", "Химиялық су тазартудың алдын ала тазарту шламы", ("гидротранспорт на золоотвал", "күлүйіндіге гидрокөлік"),
     30, (800, 2500)),
    ("19 09 05", "Отработанные ионообменные смолы", "Пайдаланылған ионалмасу шайырлары", ("автотранспортом", "автокөлікпен"), None, (3, 12)),
    ("13 02 05*", "Отработанное турбинное масло", "Пайдаланылған турбина майы", ("в бочках", "бөшкелерде"), None, (2, 8)),
    ("13 03 07*", "Отработанное трансформаторное масло", "Пайдаланылған трансформатор майы", ("в бочках", "бөшкелерде"), None, (1, 6)),
    ("20 01 21*", "Отработанные ртутьсодержащие лампы", "Пайдаланылған құрамында сынабы бар шамдар", ("в контейнерах", "контейнерлерде"), None, (0.2, 0.9)),
    ("17 04 05", "Лом черных металлов", "Қара металл сынықтары", ("автотранспортом", "автокөлікпен"), None, (150, 600)),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", ("автотранспортом", "автокөлікпен"), None, (80, 260)),
)  # fmt: skip


def wastes_hx2(doc: Doc) -> None:
    """A coal-fired plant's wastes where the fly ash, the slag and the water-treatment sludge leave the plant as pulp by wet
    hydraulic ash removal: the pulp's volume in thousand m³ a year and the solid-to-water ratio by mass (`1:12`) stand
    before the amount, which is the dry mass in tonnes; the wastes carried away by truck or in drums carry dashes in the
    pulp columns; fly ash in millions of tonnes written with spaces (VI: a Quảng Ninh plant's wet sluicing of fly ash and
    bottom ash to its ash pond, `Tỷ lệ rắn : lỏng`, the FGD gypsum by conveyor, then its CTNH in kilograms)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_hx2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    plant = doc.pick(KZ_PLANTS)
    name, operator = plant[L], plant[2 + L]
    fly, slag = ASH[plant[0]]
    doc.h(g(f"Программа производственного экологического контроля. {operator}, {name}",
            f"{operator}, {name}. Өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.h(g("Раздел 5. Отходы производства и потребления", "5-бөлім. Өндіріс және тұтыну қалдықтары", ""))
    doc.p(g("Зола и шлак удаляются по системе гидрозолошлакоудаления (ГЗУ): пульпа перекачивается багерными насосами по "
            "золошлакопроводам на золоотвал, осветленная вода возвращается на станцию. Количество отходов приведено в пересчете на "
            "сухое вещество по данным баланса сжигаемого угля за 2025 год.",
            "Күл мен қож гидрокүл-қож шығару жүйесі (ГЗУ) арқылы шығарылады: пульпа багер сорғыларымен күл-қож құбырлары арқылы "
            "күлүйіндіге айдалады, тұндырылған су станцияға қайтарылады. Қалдықтардың мөлшері 2025 жылы жағылған көмір балансының "
            "деректері бойынша құрғақ затқа шаққанда келтірілген.", ""))
    rows = [g(["№", "Наименование отхода", "Код", "Способ удаления", "Объем пульпы, тыс. м³/год", "Соотношение Т:Ж (по массе)",
               "Образование (сухое вещество), т/год", "Место размещения, передача"],
              ["№", "Қалдықтың атауы", "Коды", "Шығару тәсілі", "Пульпа көлемі, мың м³/жыл", "Қ:С арақатынасы (масса бойынша)",
               "Түзілуі (құрғақ зат), т/жыл", "Орналастыру орны, беру"], [])]
    ash_dump = g("золоотвал (секции 1, 2)", "күлүйінді (1, 2 секциялар)", "")
    contractor = g("передача специализированной организации", "мамандандырылған ұйымға беру", "")
    for k, (code, n_ru, n_kk, way, ratio, rng_) in enumerate(TPP_WASTES, 1):
        if code == "10 01 02":
            t = float(r.randint(fly[0] // 100, fly[1] // 100) * 100)
        elif code == "10 01 01":
            t = float(r.randint(slag[0] // 10, slag[1] // 10) * 10)
        else:
            t = _sig(r.uniform(*rng_), 3)
        if ratio:
            pulp = num(round(t * (1 + ratio) / 1.04 / 1000, 1), doc.lang)
            rat = f"1:{ratio}"
            place = ash_dump
        else:
            pulp = rat = "–"
            place = contractor
        rows.append([str(k), (n_ru, n_kk)[L], code, way[L], pulp, rat, num(t, doc.lang), place])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t,
                           "name_contains": _stem((n_ru, n_kk)[L], 2)})
    doc.table(g("Таблица 5.1 – Образование отходов", "5.1-кесте – Қалдықтардың түзілуі", ""), rows, role="wastes")
    doc.p(g("Т:Ж – отношение массы твердой фазы к массе воды в пульпе; плотность пульпы принята 1,04 т/м³.",
            "Қ:С – пульпадағы қатты фаза массасының су массасына қатынасы; пульпаның тығыздығы 1,04 т/м³ деп қабылданды.", ""))
    maybe_distractor(doc)


VN_ASH = (
    ("Tro bay (thu hồi từ lọc bụi tĩnh điện)", "Thải ướt bằng bơm thủy lực", 10, (380_000, 620_000)),
    ("Xỉ đáy lò hơi", "Thải ướt bằng bơm thủy lực", 15, (40_000, 80_000)),
    ("Thạch cao từ hệ thống khử lưu huỳnh (FGD)", "Băng tải kín ra kho thạch cao", None, (60_000, 140_000)),
    ("Bùn thải từ hệ thống xử lý nước thải công nghiệp (không nguy hại)", "Xe chuyên dụng", None, (300, 1200)),
)
VN_TPP_CTNH = (
    ("17 02 03", "Dầu động cơ, hộp số và bôi trơn tổng hợp thải", (3000, 12000)),
    ("17 05 02", "Bùn thải từ thiết bị tách dầu/nước", (2000, 9000)),
    ("18 02 01", "Giẻ lau, găng tay dính dầu thải", (500, 2500)),
    ("16 01 06", "Bóng đèn huỳnh quang thải", (80, 400)),
    ("19 06 01", "Pin, ắc quy chì thải", (300, 1500)),
)


def _wastes_hx2_vi(doc: Doc) -> None:
    r = doc.rng
    name, owner, *_ = doc.pick(VN_PLANTS)
    doc.h(f"GIẤY PHÉP MÔI TRƯỜNG – {name.upper()}")
    doc.h("Phụ lục 3. Yêu cầu về quản lý chất thải")
    doc.p("Tro bay và xỉ đáy được thải ướt bằng bơm thủy lực theo đường ống ra bãi thải xỉ; nước trong từ hồ lắng được bơm tuần hoàn về nhà "
          "máy. Khối lượng chất thải rắn công nghiệp thông thường tính theo khối lượng khô.")
    rows = [["TT", "Tên chất thải", "Phương thức vận chuyển", "Lưu lượng hỗn hợp tro xỉ – nước (nghìn m³/năm)", "Tỷ lệ rắn : lỏng (theo khối lượng)",
             "Khối lượng (tấn khô/năm)", "Vị trí lưu giữ, xử lý"]]
    for k, (label, way, ratio, (lo, hi)) in enumerate(VN_ASH, 1):
        t = float(r.randint(lo // 100, hi // 100) * 100) if lo >= 1000 else float(r.randint(lo, hi))
        if ratio:
            pulp, rat, place = num(round(t * (1 + ratio) / 1.04 / 1000, 1), "vi"), f"1 : {ratio}", "Bãi thải xỉ (ô chứa số 1, 2)"
        else:
            pulp, rat, place = "-", "-", "Kho thạch cao; bán cho nhà máy xi măng" if "FGD" in label else "Bãi thải xỉ"
        rows.append([str(k), label, way, pulp, rat, num(t, "vi"), place])
        doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": _stem(label, 3)})
    doc.table("Bảng 3.1. Chủng loại, khối lượng chất thải rắn công nghiệp thông thường", rows, role="wastes")
    rows = [["TT", "Tên chất thải", "Mã CTNH", "Khối lượng (kg/năm)"]]
    for k, (code, label, (lo, hi)) in enumerate(VN_TPP_CTNH, 1):
        kg = float(r.randint(lo // 10, hi // 10) * 10)
        rows.append([str(k), label, code, num(kg, "vi")])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000, "name_contains": label})
    doc.table("Bảng 3.2. Chủng loại, khối lượng chất thải nguy hại", rows, role="wastes")
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

# symbol: (RU, KK, ПДК mg/kg, (low, high) share of the ПДК, may be below detection)
SOIL_GRID = {
    "Pb": ("Свинец (валовая форма)", "Қорғасын (жалпы түрі)", 32, (0.2, 0.8), False),
    "As": ("Мышьяк (валовая форма)", "Күшән (жалпы түрі)", 2, (0.3, 0.95), False),
    "Hg": ("Ртуть (валовая форма)", "Сынап (жалпы түрі)", 2.1, (0.01, 0.08), True),
    "Zn": ("Цинк (подвижная форма)", "Мырыш (жылжымалы түрі)", 23, (0.05, 0.5), False),
    "Cu": ("Медь (подвижная форма)", "Мыс (жылжымалы түрі)", 3, (0.1, 0.9), False),
    "Ni": ("Никель (подвижная форма)", "Никель (жылжымалы түрі)", 4, (0.1, 0.7), False),
    "F": ("Фтор (водорастворимая форма)", "Фтор (суда еритін түрі)", 10, (0.1, 0.6), False),
    "BaP": ("Бенз(а)пирен", "Бенз(а)пирен", 0.02, (0.1, 0.9), True),
}
RHUMBS = (("Север", "Солтүстік", "Bắc"), ("Восток", "Шығыс", "Đông"), ("Юг", "Оңтүстік", "Nam"), ("Запад", "Батыс", "Tây"))


def limits_hx1(doc: Doc) -> None:
    """A report on ПЭК of a coal-fired plant's soil survey laid out as a polar grid: under the element and its ПДК the sample
    plots stand as columns under three header rows — the rhumb from the stacks (merged over two columns), the distance (1 and
    3 km) and the plot's code `ПП-1` … `ПП-8` — with the background plot last, its rhumb and distance merged in one cell;
    the form of each element inside its name, `<` below detection (VI: ambient air around a coal plant by rhumb and distance
    against the QCVN 05:2023/BTNMT one-hour values in µg/m3, `KPH`)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_hx1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    plant = doc.pick(KZ_PLANTS)
    name, operator = plant[L], plant[2 + L]
    doc.h(g(f"Отчет по производственному экологическому контролю за 2025 год. {operator}, {name}",
            f"{operator}, {name}. 2025 жылғы өндірістік экологиялық бақылау бойынша есеп", ""))
    doc.h(g("4.4. Мониторинг состояния почв", "4.4. Топырақтың жай-күйінің мониторингі", ""))
    doc.p(g(f"Пробы почвы отобраны {r.randint(3, 25):02d}.{doc.pick(('06', '07', '08'))}.2025 с глубины 0–5 см на восьми пробных площадках, "
            "заложенных по четырем румбам на расстоянии 1 и 3 км от дымовых труб, и на фоновой площадке в 20 км к юго-западу.",
            f"Топырақ сынамалары {r.randint(3, 25):02d}.{doc.pick(('06', '07', '08'))}.2025 0–5 см тереңдіктен түтін мұржаларынан 1 және 3 км "
            "қашықтықта төрт румб бойынша салынған сегіз сынама алаңында және оңтүстік-батысқа қарай 20 км жердегі фондық алаңда алынды.", ""))
    keys = [k for k in SOIL_GRID if k in ("Pb", "As", "Hg", "F", "BaP") or r.random() < 0.7]
    rows = [[g("Показатель", "Көрсеткіш", ""), g("ПДК, мг/кг", "ШЖК, мг/кг", "")],
            [None, None], [None, None]]
    merges = [(0, 0, 2, 0), (0, 1, 2, 1)]
    pids = []
    for k, rh in enumerate(RHUMBS):
        col = 2 + 2 * k
        rows[0] += [rh[L], None]
        rows[1] += [g("1 км", "1 км", ""), g("3 км", "3 км", "")]
        rows[2] += [f"ПП-{2 * k + 1}", f"ПП-{2 * k + 2}"]
        merges.append((0, col, 0, col + 1))
        pids += [f"ПП-{2 * k + 1}", f"ПП-{2 * k + 2}"]
    rows[0].append(g("Фон, 20 км к ЮЗ", "Фон, ОБ қарай 20 км", ""))
    rows[1].append(None)
    rows[2].append("ПП-9")
    merges.append((0, 10, 1, 10))
    pids.append("ПП-9")
    for s in keys:
        n_ru, n_kk, pdk, (lo, hi), may_low = SOIL_GRID[s]
        line = [(n_ru, n_kk)[L], num(pdk, doc.lang)]
        for j, pid in enumerate(pids):
            share = r.uniform(lo, hi) * (0.4 if pid == "ПП-9" else (1.0 if j % 2 == 0 else 0.75))
            if may_low and r.random() < 0.3:
                line.append(f"< {num(_sig(pdk * lo * 0.5, 1), doc.lang)}")
                add(doc, {k: v for k, v in limit(("symbol", s), "soil", pdk, "mg/kg", None, pid).items() if k != "value"})
                continue
            v = _sig(pdk * share, 2)
            line.append(num(v, doc.lang))
            add(doc, limit(("symbol", s), "soil", pdk, "mg/kg", None, pid, v))
        rows.append(line)
    doc.table(g("Таблица 4.4 – Содержание загрязняющих веществ в почве, мг/кг", "4.4-кесте – Топырақтағы ластаушы заттардың құрамы, мг/кг", ""),
              rows, merges, role="limits")
    doc.p(g("«<» – ниже предела обнаружения методики. Превышений ПДК не выявлено.",
            "«<» – әдістеменің анықтау шегінен төмен. ШЖК-дан асу анықталған жоқ.", ""))
    maybe_distractor(doc)


# code: (VI label, limit µg/m3, (low, high) share, may be below detection)
VN_AIR_GRID = {"2902": ("Tổng bụi lơ lửng (TSP)", 300, (0.15, 0.7), False), "0330": ("SO2", 350, (0.05, 0.5), False),
               "0301": ("NO2", 200, (0.05, 0.5), False), "0337": ("CO", 30000, (0.03, 0.25), True)}


def _limits_hx1_vi(doc: Doc) -> None:
    r = doc.rng
    name = doc.pick(VN_PLANTS)[0]
    doc.h(f"BÁO CÁO KẾT QUẢ QUAN TRẮC MÔI TRƯỜNG ĐỢT 2 NĂM 2025 – {name.upper()}")
    doc.p(f"Các điểm quan trắc không khí xung quanh bố trí theo bốn hướng chính, cách ống khói 1 km và 3 km; điểm nền KK9 cách nhà máy 15 km "
          f"về phía Tây Nam. Thời gian lấy mẫu: {r.randint(5, 25):02d}/{doc.pick(('05', '06', '07'))}/2025.")
    rows = [["Thông số", "QCVN 05:2023/BTNMT (trung bình 1 giờ, µg/m³)"], [None, None], [None, None]]
    merges = [(0, 0, 2, 0), (0, 1, 2, 1)]
    pids = []
    for k, rh in enumerate(RHUMBS):
        col = 2 + 2 * k
        rows[0] += [f"Hướng {rh[2]}", None]
        rows[1] += ["1 km", "3 km"]
        rows[2] += [f"KK{2 * k + 1}", f"KK{2 * k + 2}"]
        merges.append((0, col, 0, col + 1))
        pids += [f"KK{2 * k + 1}", f"KK{2 * k + 2}"]
    rows[0].append("Điểm nền, 15 km hướng Tây Nam")
    rows[1].append(None)
    rows[2].append("KK9")
    merges.append((0, 10, 1, 10))
    pids.append("KK9")
    for c, (label, lim, (lo, hi), may_low) in VN_AIR_GRID.items():
        line = [label, num(lim, "vi")]
        for pid in pids:
            if may_low and r.random() < 0.3:
                line.append("KPH")
                add(doc, {k: v for k, v in limit(("code", c), "air", lim, "µg/m3", None, pid).items() if k != "value"})
                continue
            v = float(round(lim * r.uniform(lo, hi) * (0.4 if pid == "KK9" else 1.0)))
            line.append(num(v, "vi"))
            add(doc, limit(("code", c), "air", lim, "µg/m3", None, pid, v))
        rows.append(line)
    doc.table("Bảng 2. Kết quả quan trắc không khí xung quanh (µg/m³)", rows, merges, role="limits")
    doc.p("Ghi chú: KPH – không phát hiện (nhỏ hơn giới hạn phát hiện của phương pháp).")
    maybe_distractor(doc)


# code: (RU column, KK column, norm mg/Nm3, (low, high) share)
DUCT_NORMS = {"2908": ("Зола угольная (пыль неорг. 70–20 % SiO2), 2908", "Көмір күлі (бейорг. шаң 70–20 % SiO2), 2908", 400, (0.35, 0.95)),
              "0330": ("Серы диоксид, 0330", "Күкірт диоксиді, 0330", 1800, (0.55, 0.95)),
              "0301": ("Азота оксиды (в пересчете на NO2), 0301", "Азот оксидтері (NO2-ге шаққанда), 0301", 640, (0.5, 0.92)),
              "0337": ("Углерод оксид, 0337", "Көміртек оксиді, 0337", 400, (0.05, 0.4))}


# plant: (boilers, (low, high) steam load t/h)
BOILERS = {"Экибастузская ГРЭС-3": ((1, 2, 3, 4), (1450, 1650)), "Карагандинская ТЭЦ-4": ((1, 2, 3, 4, 5, 6), (330, 410)),
           "Майкубенская ТЭС": ((1, 2), (820, 950))}


def limits_hx2(doc: Doc) -> None:
    """A protocol of stack-gas measurements at a coal-fired plant whose double-pass boilers each have two gas ducts, A and B,
    measured apart: the boiler merged down over its two ducts, each duct its own point `К-3А`, `К-3Б` with the steam load and
    the O2 beside the results (which have no norm), the КЭР's technological norms at α = 1,4 in a row between the header
    and the results, a boiler in overhaul written across its row (VI: a Quảng Ninh plant's periodic measurements in ducts
    A and B of each unit before the stack, the Cmax of QCVN 22:2009/BTNMT column B for anthracite with Kp and Kv as a
    row under the header)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_hx2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    plant = doc.pick(KZ_PLANTS)
    name, operator = plant[L], plant[2 + L]
    boilers, (llo, lhi) = BOILERS[plant[0]]
    if len(boilers) > 4:
        boilers = tuple(sorted(r.sample(boilers, 4)))
    repair = doc.pick(boilers) if len(boilers) > 2 else None
    doc.h(g(f"Протокол инструментальных измерений выбросов № {r.randint(12, 96)}-ПВ/2025. {name}",
            f"{name}. Шығарындыларды аспаптық өлшеу хаттамасы № {r.randint(12, 96)}-ПВ/2025", ""))
    doc.p(g(f"Заказчик: {operator}. Измерения выполнены в газоходах котлоагрегатов за золоуловителями до дымососов; результаты приведены к "
            "нормальным условиям, сухому газу и коэффициенту избытка воздуха α = 1,4 (6 % O2). Газоотводящий тракт каждого котлоагрегата "
            "выполнен двумя газоходами (А и Б); измерения выполнены в каждом газоходе.",
            f"Тапсырыс беруші: {operator}. Өлшеулер қазандық агрегаттардың газ жолдарында күл ұстағыштардан кейін түтін сорғыштарға дейін "
            "орындалды; нәтижелер қалыпты жағдайларға, құрғақ газға және ауаның артықтық коэффициенті α = 1,4 (6 % O2) келтірілген. "
            "Әр қазандық агрегаттың газ бұру жолы екі газ жолынан (А және Б) тұрады; өлшеулер әр газ жолында орындалды.", ""))
    codes = list(DUCT_NORMS)
    rows = [[g("Котлоагрегат", "Қазандық агрегат", ""), g("Точка измерения", "Өлшеу нүктесі", ""), g("Паровая нагрузка, т/ч", "Бу жүктемесі, т/сағ", ""),
             "O2, %", *(DUCT_NORMS[c][L] for c in codes)],
            [g("Технологический норматив (КЭР), мг/Нм³", "Технологиялық норматив (КЭР), мг/Нм³", ""), None, "–", "–",
             *(num(DUCT_NORMS[c][2], doc.lang) for c in codes)]]
    merges = [(1, 0, 1, 1)]
    for b in boilers:
        label = g(f"Котлоагрегат ст. № {b}", f"№ {b} ст. қазандық агрегаты", "")
        if b == repair:
            rows.append([label, g("в капитальном ремонте, измерения не проводились", "күрделі жөндеуде, өлшеулер жүргізілген жоқ", ""),
                         None, None, None, None, None, None])
            merges.append((len(rows) - 1, 1, len(rows) - 1, 7))
            continue
        start = len(rows)
        load = r.randint(llo, lhi)
        for duct, d_kk in (("А", "А"), ("Б", "Б")):
            pid = f"К-{b}{duct}"
            line = [label if duct == "А" else None, g(f"{pid} (газоход {duct})", f"{pid} ({d_kk} газ жолы)", ""),
                    num(load, doc.lang) if duct == "А" else None, num(round(r.uniform(5.2, 7.4), 1), doc.lang)]
            for c in codes:
                norm, (lo, hi) = DUCT_NORMS[c][2], DUCT_NORMS[c][3]
                v = float(round(norm * r.uniform(lo, hi)))
                line.append(num(v, doc.lang))
                add(doc, limit(("code", c), "flue_gas", norm, "mg/Nm3", None, pid, v))
            rows.append(line)
        merges += [(start, 0, start + 1, 0), (start, 2, start + 1, 2)]
    doc.table(g("Таблица 1 – Результаты измерений концентраций, мг/Нм³", "1-кесте – Концентрацияларды өлшеу нәтижелері, мг/Нм³", ""), rows, merges,
              role="limits")
    doc.p(g("Паровая нагрузка указана для котлоагрегата в целом. Превышений технологических нормативов не установлено.",
            "Бу жүктемесі қазандық агрегат үшін тұтас көрсетілген. Технологиялық нормативтерден асу анықталған жоқ.", ""))
    maybe_distractor(doc)


# code: (VI label, C of column B, (low, high) share)
QCVN22_B = {"2902": ("Bụi tổng (mg/Nm³)", 200, (0.2, 0.8)), "0330": ("SO2 (mg/Nm³)", 500, (0.3, 0.85)),
            "0301": ("NOx, tính theo NO2 (mg/Nm³)", 1000, (0.35, 0.8))}


def _limits_hx2_vi(doc: Doc) -> None:
    r = doc.rng
    name, owner, _, _, _, cap, units, _ = doc.pick(VN_PLANTS)
    kp, kv = 0.85, 1.0
    doc.h(f"KẾT QUẢ QUAN TRẮC KHÍ THẢI ĐỊNH KỲ QUÝ {doc.pick(('I', 'II', 'III', 'IV'))} NĂM 2025 – {name.upper()}")
    doc.p(f"Lò hơi mỗi tổ máy có hai đường khói A và B sau lọc bụi tĩnh điện, nhập chung trước ống khói; mẫu được lấy riêng trên từng đường "
          f"khói. Kết quả quy đổi về điều kiện chuẩn, khí khô, 6% O2. Nhà máy công suất {cap}, đốt than antraxit (chất bốc ≤ 10%), Kp = 0,85; "
          f"Kv = 1,0.")
    codes = list(QCVN22_B)
    rows = [["Tổ máy", "Vị trí lấy mẫu", "O2 (%)", *(QCVN22_B[c][0] for c in codes)],
            ["QCVN 22:2009/BTNMT cột B – Cmax = C × Kp × Kv", None, "-", *(num(_sig(QCVN22_B[c][1] * kp * kv, 6), "vi") for c in codes)]]
    merges = [(1, 0, 1, 1)]
    for u in range(1, units + 1):
        start = len(rows)
        for duct in ("A", "B"):
            pid = f"S{u}-{duct}"
            line = [f"Tổ máy S{u}" if duct == "A" else None, f"{pid} (đường khói {duct})", num(round(r.uniform(5.0, 7.2), 1), "vi")]
            for c in codes:
                cmax = _sig(QCVN22_B[c][1] * kp * kv, 6)
                v = float(round(cmax * r.uniform(*QCVN22_B[c][2])))
                line.append(num(v, "vi"))
                add(doc, limit(("code", c), "flue_gas", cmax, "mg/Nm3", "B", pid, v))
            rows.append(line)
        merges.append((start, 0, start + 1, 0))
    doc.table("Bảng 1. Kết quả phân tích mẫu khí thải", rows, merges, role="limits")
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring


def _lower(name: str) -> str:
    """A name inside a list in one cell: `сульфаты`, formulas and abbreviations kept."""
    return name if name[:2].isupper() or name[:1].isdigit() or name[:2] == "pH" else name[:1].lower() + name[1:]


def _expand(prefix: str, first: int, last: int, skip: tuple[int, ...]) -> list[str]:
    return [f"{prefix}{k}" for k in range(first, last + 1) if k not in skip]


SOIL_F = ("Фтор (водорастворимый)", "Фтор (суда еритін)")


def _name(doc: Doc, kind: str, key: str) -> str:
    if kind == "code":
        return f"{_lower(_air(doc, key))} ({key})"
    if kind == "soil":
        return _lower(SOIL_F[_L(doc)]) if key == "F" else _lower(vocab.soil(key, doc.lang))
    return _lower(vocab.water(key, doc.lang))


def monitoring_hx1(doc: Doc) -> None:
    """An ash dump's monitoring programme under group rows by what is watched — the air at the dump's protection zone, the
    groundwater of the observation wells, the settling pond, the drainage of the dam's downstream toe, the soil — whose
    point cells give ranges with exceptions, `Н-1 – Н-8, кроме Н-5 (ликвидирована в 2024 г.)`, `Д-1 – Д-6, кроме Д-2 и Д-4
    (сухие)`, so the points are read by expanding the range and leaving the exceptions out; the background well at another
    frequency on a row of its own (VI: a coal plant's ash yard, `NN1 ÷ NN6 (trừ NN4 – đã trám lấp năm 2024)`)."""
    r = doc.rng
    if doc.lang == "vi":
        _monitoring_hx1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    plant = doc.pick(KZ_PLANTS)
    name, operator = plant[L], plant[2 + L]
    n_wells = r.choice((8, 9, 10))
    gone = r.randint(2, n_wells - 1)
    dry = tuple(sorted(r.sample(range(2, 6), 2)))
    doc.h(g(f"Программа производственного экологического контроля. {operator}, {name}",
            f"{operator}, {name}. Өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.h(g("6.3. Мониторинг воздействия золоотвала", "6.3. Күлүйіндінің әсер мониторингі", ""))
    doc.p(g("Золоотвал наливного типа, двухсекционный; по периметру дамб заложена сеть наблюдательных скважин, у низового откоса – "
            "дренажные колодцы. Номера пунктов соответствуют карте-схеме (приложение 7).",
            "Күлүйінді құйма түрлі, екі секциялы; бөгеттердің периметрі бойынша бақылау ұңғымаларының желісі, төменгі еңіс жанында – "
            "дренаж құдықтары салынған. Пункттердің нөмірлері карта-схемаға сәйкес келеді (7-қосымша).", ""))
    water = ("pH", "TDS", "SO4", "Cl-", "F-", "As", "Hg")
    lab = g("аккредитованная лаборатория", "аккредиттелген зертхана", "")
    own = g("химическая лаборатория станции", "станцияның химиялық зертханасы", "")
    groups = [
        (g("1. Атмосферный воздух", "1. Атмосфералық ауа", ""), [
            (g("Граница СЗЗ золоотвала (по румбам)", "Күлүйінді СҚА шекарасы (румбтар бойынша)", ""), "Т-1 – Т-4", _expand("Т-", 1, 4, ()),
             "code", ("2908", "0008"), "monthly", g("ежемесячно (апрель – октябрь)", "ай сайын (сәуір – қазан)", ""), lab)]),
        (g("2. Подземные воды", "2. Жерасты сулары", ""), [
            (g("Наблюдательные скважины по периметру дамб", "Бөгеттер периметрі бойынша бақылау ұңғымалары", ""),
             g(f"Н-1 – Н-{n_wells}, кроме Н-{gone} (ликвидирована в 2024 г.)", f"Н-1 – Н-{n_wells}, Н-{gone} қоспағанда (2024 ж. жойылды)", ""),
             _expand("Н-", 1, n_wells, (gone,)), "symbol", water, "quarterly", None, lab),
            (g("Фоновая скважина (выше по потоку подземных вод)", "Фондық ұңғыма (жерасты суларының ағыны бойынша жоғары)", ""),
             f"Н-{n_wells + 1}", [f"Н-{n_wells + 1}"], "symbol", water, "semiannual", None, lab)]),
        (g("3. Пруд-отстойник", "3. Тұндырғыш тоған", ""), [
            (g("Осветленная вода у водосбросного колодца", "Су тастағыш құдық жанындағы тұндырылған су", ""), "П-1", ["П-1"], "symbol",
             ("pH", "TSS", "TDS", "SO4", "F-"), "monthly", None, own)]),
        (g("4. Дренажные воды", "4. Дренаж сулары", ""), [
            (g("Дренажные колодцы у низового откоса дамбы", "Бөгеттің төменгі еңісі жанындағы дренаж құдықтары", ""),
             g(f"Д-1 – Д-6, кроме Д-{dry[0]} и Д-{dry[1]} (сухие)", f"Д-1 – Д-6, Д-{dry[0]} және Д-{dry[1]} қоспағанда (құрғақ)", ""),
             _expand("Д-", 1, 6, dry), "symbol", ("pH", "TDS", "SO4"), "monthly", None, own)]),
        (g("5. Почвы", "5. Топырақ", ""), [
            (g("Граница СЗЗ золоотвала", "Күлүйінді СҚА шекарасы", ""), "ПП-1 – ПП-4", _expand("ПП-", 1, 4, ()), "soil", ("Pb", "As", "F"),
             "yearly", None, lab)]),
    ]
    rows = [g(["№", "Объект наблюдения", "Пункты наблюдения", "Контролируемые показатели", "Периодичность", "Исполнитель"],
              ["№", "Бақылау объектісі", "Бақылау пункттері", "Бақыланатын көрсеткіштер", "Кезеңділігі", "Орындаушы"], [])]
    merges = []
    for gi, (title, items) in enumerate(groups, 1):
        _span(rows, merges, title, 6)
        for j, (obj, cell, points, kind, keys, word, said, who) in enumerate(items, 1):
            sep = "; " if kind == "code" else ", "
            rows.append([f"{gi}.{j}", obj, cell, sep.join(_name(doc, kind, k) for k in keys), said or _fw(doc, word), who])
            key = "code" if kind == "code" else "symbol"
            doc.add("monitoring", *({"point": p, key: k, "frequency": word} for p in points for k in keys))
    doc.table(g("Таблица 6.3 – План-график мониторинга воздействия золоотвала", "6.3-кесте – Күлүйінді әсерінің мониторингінің жоспар-кестесі", ""),
              rows, merges, role="monitoring")
    doc.p(g("Пробы из скважин отбираются после прокачки не менее трех объемов ствола; в сухих колодцах отбор не производится.",
            "Ұңғымалардан сынамалар оқпанның кемінде үш көлемін айдағаннан кейін алынады; құрғақ құдықтардан сынама алынбайды.", ""))
    maybe_distractor(doc)


def _monitoring_hx1_vi(doc: Doc) -> None:
    r = doc.rng
    name = doc.pick(VN_PLANTS)[0]
    n_wells = r.choice((6, 7, 8))
    gone = r.randint(2, n_wells - 1)
    doc.h(f"GIẤY PHÉP MÔI TRƯỜNG – {name.upper()}")
    doc.h("Phụ lục 5. Chương trình quan trắc môi trường khu vực bãi thải xỉ")
    doc.p("Vị trí các điểm quan trắc thể hiện trên sơ đồ kèm theo; giếng đã trám lấp không thực hiện lấy mẫu.")
    groundwater = [("pH", "pH"), ("TDS", "Tổng chất rắn hòa tan (TDS)"), ("SO4", "Sunfat (SO4 2-)"), ("Cl-", "Clorua (Cl-)"),
                   ("F-", "Florua (F-)"), ("As", "Asen (As)"), ("Hg", "Thủy ngân (Hg)")]
    groups = [
        ("1. Nước dưới đất", [
            ("Giếng quan trắc quanh đê bao bãi xỉ", f"NN1 ÷ NN{n_wells} (trừ NN{gone} – đã trám lấp năm 2024)", _expand("NN", 1, n_wells, (gone,)),
             "symbol", groundwater, "quarterly")]),
        ("2. Nước thải từ hồ lắng bãi xỉ", [
            ("Cửa xả nước trong từ hồ lắng ra kênh thoát nước", "NT1", ["NT1"], "symbol",
             [("pH", "pH"), ("TSS", "TSS"), ("F-", "Florua (F-)"), ("As", "Asen (As)")], "monthly")]),
        ("3. Không khí xung quanh", [
            ("Ranh giới bãi xỉ theo các hướng", "KK1 ÷ KK4", _expand("KK", 1, 4, ()), "code", [("2902", "Tổng bụi lơ lửng (TSP)"), ("0008", "Bụi PM10")],
             "semiannual")]),
    ]
    rows = [["TT", "Vị trí quan trắc", "Ký hiệu điểm", "Thông số quan trắc", "Tần suất"]]
    merges = []
    for gi, (title, items) in enumerate(groups, 1):
        _span(rows, merges, title, 5)
        for j, (place, cell, points, kind, keys, word) in enumerate(items, 1):
            rows.append([f"{gi}.{j}", place, cell, ", ".join(label for _, label in keys), _fw(doc, word)])
            doc.add("monitoring", *({"point": p, kind: k, "frequency": word} for p in points for k, _ in keys))
    doc.table("Bảng 5.1. Vị trí, thông số và tần suất quan trắc", rows, merges, role="monitoring")
    maybe_distractor(doc)


ASM_CODES = ("0301", "0304", "0330", "0337", "2908")


def monitoring_hx2(doc: Doc) -> None:
    """A coal-fired plant's ПЭК plan-graph in which the automated system and the periodic measurements split the substances
    by exception: the stacks' row of periodic control lists all the substances normed for the source and then says `кроме
    контролируемых АСМ`, so only those the row above does not name are sampled quarterly; in the impact part the boundary
    posts are given as a range with one post named as the exception that is an automatic station measuring continuously
    (VI: a Quảng Ninh underground mine's waste-water outlets, the periodic monitoring of `các thông số … trừ các thông số đã
    được quan trắc tự động, liên tục`)."""
    r = doc.rng
    if doc.lang == "vi":
        _monitoring_hx2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    plant = doc.pick(KZ_PLANTS)
    name, operator = plant[L], plant[2 + L]
    stacks = PLANT_STACKS[plant[0]][2]
    n = len(stacks)
    stack_nums = [f"{k:04d}" for k in range(1, n + 1)]
    boiler = f"{n + 1:04d}"
    auto_post = r.randint(2, 3)
    doc.h(g(f"Программа производственного экологического контроля {operator} на 2026–2028 годы. {name}",
            f"{operator} 2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы. {name}", ""))
    doc.h(g("Раздел 4. План-график мониторинга эмиссий и мониторинга воздействия", "4-бөлім. Эмиссиялар мониторингі мен әсер мониторингінің жоспар-кестесі", ""))
    doc.p(g("Дымовые трубы оснащены автоматизированной системой мониторинга эмиссий (АСМ). Вещества, концентрации которых измеряет АСМ, "
            "периодическим инструментальным контролем не дублируются.",
            "Түтін мұржалары эмиссиялар мониторингінің автоматтандырылған жүйесімен (АМЖ) жабдықталған. Концентрацияларын АМЖ өлшейтін "
            "заттар мерзімді аспаптық бақылаумен қайталанбайды.", ""))
    normed = (*ASM_CODES, "0703")
    lab = g("аккредитованная лаборатория", "аккредиттелген зертхана", "")
    auto = g("АСМ, передача данных в ИС уполномоченного органа", "АМЖ, деректерді уәкілетті органның АЖ-ға беру", "")
    calc = g("расчетный, инженер-эколог", "есептік, инженер-эколог", "")
    rows = [g(["№", "Источник / пункт", "Вид контроля", "Контролируемые вещества", "Периодичность", "Метод, исполнитель"],
              ["№", "Көз / пункт", "Бақылау түрі", "Бақыланатын заттар", "Кезеңділігі", "Әдісі, орындаушы"], [])]
    merges = []
    _span(rows, merges, g("4.1. Мониторинг эмиссий", "4.1. Эмиссиялар мониторингі", ""), 6)
    src_cell = g(f"ИЗА {', '.join(stack_nums)} – дымовые трубы", f"ЛШК {', '.join(stack_nums)} – түтін мұржалары", "")
    rows.append(["1", src_cell, g("непрерывный", "үздіксіз", ""), "; ".join(_name(doc, "code", c) for c in ASM_CODES), _fw(doc, "continuous"), auto])
    rows.append(["2", None, g("периодический инструментальный", "мерзімді аспаптық", ""),
                 g(f"все нормируемые для источника вещества ({', '.join(normed)}), кроме контролируемых АСМ (п. 1)",
                   f"көз үшін нормаланатын барлық заттар ({', '.join(normed)}), АМЖ бақылайтындарды қоспағанда (1-т.)", ""),
                 _fw(doc, "quarterly"), lab])
    merges.append((len(rows) - 2, 1, len(rows) - 1, 1))
    for sn in stack_nums:
        doc.add("monitoring", *({"source_number": sn, "code": c, "frequency": "continuous"} for c in ASM_CODES))
        doc.add("monitoring", {"source_number": sn, "code": "0703", "frequency": "quarterly"})
        doc.add("emissions", *(emission(c, None, None, sn) for c in normed))
    start = ("0301", "0330", "0337", "2904")
    rows.append(["3", g(f"ИЗА {boiler} – пускорезервная котельная (мазут)", f"ЛШК {boiler} – іске қосу-резервтік қазандық (мазут)", ""),
                 g("периодический инструментальный", "мерзімді аспаптық", ""), "; ".join(_name(doc, "code", c) for c in start),
                 g("1 раз в год (в период растопок)", "жылына 1 рет (от жағу кезеңінде)", ""), lab])
    doc.add("monitoring", *({"source_number": boiler, "code": c, "frequency": "yearly"} for c in start))
    doc.add("emissions", *(emission(c, None, None, boiler) for c in start))
    unorg = (("6001", g("угольный склад", "көмір қоймасы", ""), "3749"), ("6002", g("вагоноопрокидыватель", "вагон аударғыш", ""), "3749"),
             ("6003", g("золоотвал", "күлүйінді", ""), "2908"))
    for k, (sn, what, c) in enumerate(unorg, 4):
        rows.append([str(k), g(f"ИЗА {sn} – {what}", f"ЛШК {sn} – {what}", ""), g("расчетный", "есептік", ""), _name(doc, "code", c), _fw(doc, "yearly"), calc])
        doc.add("monitoring", {"source_number": sn, "code": c, "frequency": "yearly"})
        doc.add("emissions", emission(c, None, None, sn))
    _span(rows, merges, g("4.2. Мониторинг воздействия на атмосферный воздух", "4.2. Атмосфералық ауаға әсер мониторингі", ""), 6)
    air = ("0301", "0330", "0337", "2908")
    posts = [p for p in range(1, 5) if p != auto_post]
    rows.append(["7", g(f"Граница СЗЗ, посты Т-1 – Т-4, кроме Т-{auto_post}", f"СҚА шекарасы, Т-1 – Т-4 бекеттері, Т-{auto_post} қоспағанда", ""),
                 g("периодический", "мерзімді", ""), "; ".join(_name(doc, "code", c) for c in air), _fw(doc, "monthly"), lab])
    rows.append(["8", g(f"Т-{auto_post} – автоматический пост в жилой зоне", f"Т-{auto_post} – тұрғын аймақтағы автоматты бекет", ""),
                 g("непрерывный", "үздіксіз", ""), "; ".join(_name(doc, "code", c) for c in air), _fw(doc, "continuous"), auto])
    doc.add("monitoring", *({"point": f"Т-{p}", "code": c, "frequency": "monthly"} for p in posts for c in air))
    doc.add("monitoring", *({"point": f"Т-{auto_post}", "code": c, "frequency": "continuous"} for c in air))
    doc.table(g("Таблица 4.1 – План-график контроля", "4.1-кесте – Бақылаудың жоспар-кестесі", ""), rows, merges, role="monitoring")
    doc.add("sources", *({"number": sn, "type": _kind(sn)} for sn in (*stack_nums, boiler, "6001", "6002", "6003")))
    maybe_distractor(doc)


def _monitoring_hx2_vi(doc: Doc) -> None:
    name, owner, *_ = doc.pick(VN_MINES)
    doc.h(f"GIẤY PHÉP MÔI TRƯỜNG – {name.upper()}")
    doc.h("Phụ lục 4. Chương trình quan trắc nước thải và môi trường xung quanh")
    doc.p("Nước thải mỏ từ các mức lò được bơm lên trạm xử lý nước thải mỏ (keo tụ, lắng, lọc) trước khi xả ra suối. Các thông số đã được quan "
          "trắc tự động, liên tục thì không phải quan trắc định kỳ.")
    auto = [("pH", "pH"), ("TSS", "TSS"), ("COD", "COD")]
    periodic = [("pH", "pH"), ("TSS", "TSS"), ("COD", "COD"), ("Fe", "Sắt (Fe)"), ("Mn", "Mangan (Mn)"), ("As", "Asen (As)"), ("Hg", "Thủy ngân (Hg)"),
                ("Pb", "Chì (Pb)"), ("Cd", "Cadimi (Cd)"), ("TPH", "Tổng dầu mỡ khoáng")]
    air = [("2902", "Tổng bụi lơ lửng (TSP)"), ("0330", "SO2"), ("0301", "NO2"), ("0337", "CO")]
    rows = [["TT", "Vị trí", "Hình thức", "Thông số", "Tần suất"]]
    outlets = "CX1 (sau trạm xử lý nước thải mỏ mức +32), CX2 (sau trạm xử lý nước thải mỏ mức -50)"
    rows.append(["1", outlets, "Tự động, liên tục", "Lưu lượng nước thải đầu vào và đầu ra, " + ", ".join(label for _, label in auto), "Liên tục"])
    rows.append(["2", None, "Định kỳ", ", ".join(label for _, label in periodic) + "; trừ các thông số đã được quan trắc tự động, liên tục "
                 "(pH, TSS, COD)", _fw(doc, "quarterly")])
    rows.append(["3", "KK1 ÷ KK3 (khu dân cư giáp ranh mặt bằng sân công nghiệp)", "Định kỳ", ", ".join(label for _, label in air),
                 _fw(doc, "semiannual")])
    for pid in ("CX1", "CX2"):
        doc.add("monitoring", *({"point": pid, "symbol": k, "frequency": "continuous"} for k, _ in auto))
        doc.add("monitoring", *({"point": pid, "symbol": k, "frequency": "quarterly"} for k, _ in periodic if (k, _) not in auto))
    doc.add("monitoring", *({"point": f"KK{p}", "code": c, "frequency": "semiannual"} for p in (1, 2, 3) for c, _ in air))
    doc.table("Bảng PL4.1. Chương trình quan trắc", rows, [(1, 1, 2, 1)], role="monitoring")
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

# (RU caption, KK caption, VI caption, (RU, KK, VI) actor key, [(RU object, KK object, VI object, RU what, KK what, VI what, frequency,
#  RU said, KK said, VI said)])
ASH_ROUNDS = (
    ("Осмотры обходчика гидротехнических сооружений", "Гидротехникалық құрылыстарды аралап тексерушінің қараулары",
     "Nội dung kiểm tra của công nhân trực vận hành bãi xỉ", ("обходчик", "тексеруші", "công nhân trực vận hành"), [
        ("Гребень и откосы дамб обвалования секций 1, 2", "1, 2 секциялардың қоршау бөгеттерінің жотасы мен еңістері",
         "Đỉnh và mái đê bao ô chứa xỉ số 1, 2", "трещины, просадки, фильтрационные выходы на низовом откосе",
         "жарықтар, шөгулер, төменгі еңістегі сүзілу шығулары", "vết nứt, lún, điểm thấm ở mái hạ lưu", "daily", "ежесуточно", "тәулік сайын",
         "hằng ngày"),
        ("Золошлакопроводы (нитки № 1–3) на трассе до золоотвала", "Күлүйіндіге дейінгі трассадағы күл-қож құбырлары (№ 1–3 желілер)",
         "Tuyến ống thải xỉ (tuyến số 1–3) từ trạm bơm ra bãi xỉ", "свищи, утечки пульпы, состояние опор", "тесіктер, пульпаның ағуы, тіректердің жай-күйі",
         "rò rỉ bùn tro xỉ, tình trạng gối đỡ", "daily", "ежесуточно", "тәулік сайын", "hằng ngày"),
        ("Уровень воды в пруду-отстойнике по водомерной рейке", "Су өлшегіш рейка бойынша тұндырғыш тоғандағы су деңгейі",
         "Mực nước hồ lắng theo thước đo nước", "отметка уровня, запись в журнал", "деңгей белгісі, журналға жазу", "cao trình mực nước, ghi sổ", None,
         "ежесменно", "әр ауысымда", "mỗi ca"),
        ("Пьезометры по створам дамб", "Бөгеттердің тұстамалары бойынша пьезометрлер", "Giếng đo áp lực thấm trên thân đê",
         "замер уровня воды", "су деңгейін өлшеу", "đo mực nước", "weekly", "еженедельно", "апта сайын", "hằng tuần")]),
    ("Осмотры мастера участка гидрозолоудаления", "Гидрокүл шығару учаскесі шеберінің қараулары",
     "Nội dung kiểm tra của Trưởng ca phân xưởng Vận hành nhiên liệu – thải xỉ", ("мастер", "шебер", "trưởng ca"), [
        ("Багерная насосная станция", "Багер сорғы станциясы", "Trạm bơm thải xỉ", "работа багерных насосов, аварийные емкости",
         "багер сорғыларының жұмысы, апаттық сыйымдылықтар", "hoạt động của bơm thải xỉ, bể sự cố", "weekly", "еженедельно", "апта сайын",
         "hằng tuần"),
        ("Насосная станция осветленной воды", "Тұндырылған су сорғы станциясы", "Trạm bơm nước hồi từ hồ lắng", "работа насосов, утечки",
         "сорғылардың жұмысы, ағулар", "hoạt động của bơm, rò rỉ", "weekly", "еженедельно", "апта сайын", "hằng tuần"),
        ("Дренажная система низового откоса", "Төменгі еңістің дренаж жүйесі", "Hệ thống tiêu thoát nước chân đê hạ lưu",
         "заиление, вынос грунта, расход дренажа", "лайлану, топырақтың шығуы, дренаж шығыны", "bồi lắng, trôi đất, lưu lượng thoát nước", "monthly",
         "ежемесячно", "ай сайын", "hằng tháng")]),
    ("Осмотры начальника цеха топливоподачи и золоудаления", "Отын беру және күл шығару цехы бастығының қараулары",
     "Nội dung kiểm tra của Quản đốc phân xưởng", ("начальник", "бастығ", "quản đốc"), [
        ("Золоотвал в целом: отметки намыва, ширина пляжей, пылящие участки", "Күлүйінді тұтастай: жуу белгілері, жағажайлардың ені, шаңданатын учаскелер",
         "Toàn bộ bãi xỉ: cao trình bồi, chiều rộng bãi khô, khu vực phát tán bụi", "соответствие проекту, работа дождевальных установок",
         "жобаға сәйкестігі, жаңбырлатқыш қондырғылардың жұмысы", "sự phù hợp với thiết kế, hoạt động của hệ thống phun ẩm", "monthly",
         "ежемесячно", "ай сайын", "hằng tháng"),
        ("Откосы и бермы дамб после прохождения паводка", "Су тасқыны өткеннен кейінгі бөгеттердің еңістері мен бермалары",
         "Mái đê và cơ đê sau mùa mưa lũ", "размывы, оползни", "шайылулар, көшкіндер", "xói lở, sạt trượt", None, "после прохождения паводка",
         "су тасқыны өткеннен кейін", "sau mỗi đợt mưa lũ")]),
    ("Комиссионные осмотры (председатель – главный инженер)", "Комиссиялық қараулар (төраға – бас инженер)",
     "Kiểm tra của Hội đồng kiểm tra (Phó Giám đốc kỹ thuật làm Chủ tịch)", ("комисси", "комиссия", "hội đồng"), [
        ("Гидротехнические сооружения золоотвала", "Күлүйіндінің гидротехникалық құрылыстары", "Các công trình thủy công của bãi xỉ",
         "техническое состояние, составление акта", "техникалық жай-күйі, акт жасау", "tình trạng kỹ thuật, lập biên bản", "semiannual",
         "2 раза в год (весной и осенью)", "жылына 2 рет (көктемде және күзде)", "06 tháng/lần (trước và sau mùa mưa)"),
        ("Система гидрозолоудаления перед отопительным сезоном", "Жылыту маусымы алдындағы гидрокүл шығару жүйесі",
         "Hệ thống thải xỉ trước đợt đại tu tổ máy", "готовность к работе, паспорт готовности", "жұмысқа дайындығы, дайындық паспорты",
         "mức độ sẵn sàng vận hành", "yearly", "1 раз в год (до 1 октября)", "жылына 1 рет (1 қазанға дейін)", "1 lần/năm")]),
)  # fmt: skip


def inspections_hx1(doc: Doc) -> None:
    """The annex of a coal-fired plant's ash-dump operating instruction with four small tables of inspections, one per person
    who inspects: who it is stands only in each table's caption (`Осмотры обходчика гидротехнических сооружений`, `…
    мастера участка гидрозолоудаления`, `… начальника цеха …`, commission rounds with the chairman named in brackets), the
    rows giving the object, what is looked at and how often — `ежесуточно`, weekly piezometer readings, a gauge read every
    shift and slopes walked after the flood that give no frequency of the contract (VI: a coal plant's ash yard, the
    operator on duty, the shift leader, the workshop head and the inspection board in the captions)."""
    i = vocab.LANGS.index(doc.lang)
    g = doc.v
    if doc.lang == "vi":
        name = doc.pick(VN_PLANTS)[0]
        doc.h(f"QUY TRÌNH VẬN HÀNH BÃI THẢI XỈ – {name.upper()}")
        doc.p("Phụ lục 4. Nội dung, tần suất kiểm tra các công trình của hệ thống thải xỉ. Kết quả kiểm tra được ghi vào sổ nhật ký vận hành bãi xỉ.")
    else:
        plant = doc.pick(KZ_PLANTS)
        name = plant[i]
        doc.h(g(f"Инструкция по эксплуатации золоотвала и системы гидрозолоудаления. {name}",
                f"{name}. Күлүйінді мен гидрокүл шығару жүйесін пайдалану жөніндегі нұсқаулық", ""))
        doc.p(g("Приложение 4. Порядок и периодичность осмотров. Результаты осмотров заносятся в журнал осмотров гидротехнических сооружений.",
                "4-қосымша. Қараулардың тәртібі мен кезеңділігі. Қарау нәтижелері гидротехникалық құрылыстарды қарау журналына енгізіледі.", ""))
    n = 0
    for k, (c_ru, c_kk, c_vi, actor, items) in enumerate(ASH_ROUNDS, 1):
        rows = [g(["№", "Объект осмотра", "Что проверяется", "Периодичность"], ["№", "Қарау объектісі", "Не тексеріледі", "Кезеңділігі"],
                  ["TT", "Hạng mục kiểm tra", "Nội dung kiểm tra", "Tần suất"])]
        for item in items:
            n += 1
            obj, what, word, said = item[i], item[3 + i], item[6], item[7 + i]
            rows.append([str(n), obj, what, said])
            exp = {"kind": "inspection", "text_contains": _words(obj, 3), "actor_contains": actor[i]}
            if word:
                exp["frequency"] = word
            doc.add("obligations", exp)
        caption = (f"4.{k}. {c_ru}", f"4.{k}. {c_kk}", f"Bảng 4.{k}. {c_vi}")[i]
        doc.table(caption, rows, role="inspections")
    doc.p(g("Отметки нормального и форсированного подпорных уровней пруда-отстойника приведены в разделе 3 инструкции.",
            "Тұндырғыш тоғанның қалыпты және үдетілген тірек деңгейлерінің белгілері нұсқаулықтың 3-бөлімінде келтірілген.",
            "Cao trình mực nước dâng bình thường và mực nước gia cường của hồ lắng được nêu tại Chương 3 của quy trình."))
    maybe_distractor(doc)


# (RU object, KK object, VI object, frequency, RU said, KK said, VI said, (RU, KK, VI) chairman, (RU, KK, VI) members)
PIT_CHECKS = (
    ("Внешний отвал: устойчивость ярусов, пылеподавление, рекультивируемые участки", "Сыртқы үйінді: ярустардың орнықтылығы, шаң басу, рекультивацияланатын учаскелер",
     "Bãi thải ngoài: ổn định tầng thải, phun sương dập bụi, khu vực đã trồng cây", "monthly", "ежемесячно (последняя пятница месяца)",
     "ай сайын (айдың соңғы жұмасы)", "hằng tháng (thứ sáu cuối tháng)",
     ("главный инженер разреза", "разрездің бас инженері", "Phó Giám đốc kỹ thuật"),
     ("главный маркшейдер, начальник отдела ООС", "бас маркшейдер, ҚОҚ бөлімінің бастығы", "Phòng Trắc địa, Phòng Môi trường")),
    ("Карьерные автодороги: полив, состояние покрытия", "Карьерлік автожолдар: суару, жабынның жай-күйі", "Đường vận tải mỏ: tưới nước, mặt đường",
     "weekly", "еженедельно (по понедельникам)", "апта сайын (дүйсенбі күндері)", "hằng tuần (thứ hai)",
     ("начальник автотранспортного цеха", "автокөлік цехының бастығы", "Quản đốc Phân xưởng Vận tải"),
     ("инженер-эколог, мастер дорожного участка", "инженер-эколог, жол учаскесінің шебері", "cán bộ môi trường, tổ trưởng tổ đường")),
    ("Склад ГСМ и пункт заправки техники", "ЖЖМ қоймасы және техниканы жанармаймен толтыру пункті", "Kho nhiên liệu và trạm cấp dầu cho xe mỏ",
     "quarterly", "1 раз в квартал", "тоқсанына 1 рет", "03 tháng/lần",
     ("главный механик", "бас механик", "Trưởng phòng Cơ điện"),
     ("начальник отдела ООС, инженер по пожарной безопасности", "ҚОҚ бөлімінің бастығы, өрт қауіпсіздігі жөніндегі инженер", "Phòng Môi trường, Phòng An toàn")),
    ("Пункт мойки техники и локальные очистные сооружения", "Техниканы жуу пункті және жергілікті тазарту құрылыстары",
     "Trạm rửa xe và hệ thống xử lý nước thải rửa xe", "quarterly", "ежеквартально", "тоқсан сайын", "03 tháng/lần",
     ("начальник отдела охраны окружающей среды", "қоршаған ортаны қорғау бөлімінің бастығы", "Trưởng phòng Môi trường"),
     ("главный механик, мастер мойки", "бас механик, жуу шебері", "Phòng Cơ điện, tổ trưởng trạm rửa xe")),
    ("Площадки временного накопления отходов", "Қалдықтарды уақытша жинақтау алаңдары", "Kho lưu giữ chất thải nguy hại",
     "monthly", "ежемесячно", "ай сайын", "hằng tháng",
     ("начальник отдела охраны окружающей среды", "қоршаған ортаны қорғау бөлімінің бастығы", "Trưởng phòng Môi trường"),
     ("инженер по отходам, кладовщик", "қалдықтар жөніндегі инженер, қоймашы", "cán bộ quản lý chất thải, thủ kho")),
    ("Буровзрывные работы подрядной организации: пылегазовое облако, сохранность отвалов", "Мердігер ұйымның бұрғылау-жару жұмыстары: шаң-газ бұлты, үйінділердің сақталуы",
     "Công tác khoan nổ mìn của nhà thầu: đám mây bụi khí, an toàn bãi thải", "semiannual", "2 раза в год", "жылына 2 рет", "06 tháng/lần",
     ("главный инженер разреза", "разрездің бас инженері", "Phó Giám đốc kỹ thuật"),
     ("начальник участка БВР, представитель подрядчика", "БЖЖ учаскесінің бастығы, мердігер өкілі", "Quản đốc công trường khoan nổ, đại diện nhà thầu")),
    ("Места разлива нефтепродуктов", "Мұнай өнімдері төгілген орындар", "Vị trí xảy ra sự cố tràn dầu", None, "по факту разлива",
     "төгілу фактісі бойынша", "khi xảy ra sự cố",
     ("директор разреза", "разрез директоры", "Giám đốc"), ("главный инженер, начальник отдела ООС", "бас инженер, ҚОҚ бөлімінің бастығы",
                                                           "các phòng chức năng liên quan")),
)  # fmt: skip


def inspections_hx2(doc: Doc) -> None:
    """An open-pit coal mine's schedule of commission checks whose last column gives the whole commission in one cell — `председатель –
    главный инженер разреза; члены – главный маркшейдер, начальник отдела ООС` — so the one who checks is the chairman among
    other positions; frequencies with the day (`ежемесячно (последняя пятница месяца)`, `еженедельно (по понедельникам)`)
    and a check on each spill with none (VI: a Quảng Ninh open pit's plan, `Trưởng đoàn: …; thành viên: …`)."""
    i = vocab.LANGS.index(doc.lang)
    g = doc.v
    if doc.lang == "vi":
        mine = doc.pick(("Mỏ than lộ thiên Đông Cẩm Phả", "Mỏ than lộ thiên Bắc Hà Tu", "Mỏ than lộ thiên Tây Nam Đèo Nai"))
        doc.h(f"KẾ HOẠCH KIỂM TRA ĐỊNH KỲ CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2026 – {mine.upper()}")
        doc.p("Ban hành kèm theo Quyết định của Giám đốc Công ty. Đoàn kiểm tra lập biên bản sau mỗi đợt kiểm tra.")
    else:
        pit = doc.pick(KZ_PITS)
        doc.h(g(f"График комиссионных проверок соблюдения экологических требований на 2026 год. {pit[0]}",
                f"{pit[1]}. Экологиялық талаптардың сақталуын комиссиялық тексерулердің 2026 жылға арналған кестесі", ""))
        doc.p(g("Утвержден приказом директора разреза. По результатам каждой проверки составляется акт с перечнем выявленных нарушений.",
                "Разрез директорының бұйрығымен бекітілді. Әр тексеру нәтижесі бойынша анықталған бұзушылықтар тізбесі бар акт жасалады.", ""))
    rows = [g(["№", "Объект и предмет проверки", "Периодичность", "Состав комиссии"], ["№", "Тексеру объектісі мен нысанасы", "Кезеңділігі", "Комиссия құрамы"],
              ["TT", "Đối tượng, nội dung kiểm tra", "Tần suất", "Thành phần đoàn kiểm tra"])]
    for k, item in enumerate(PIT_CHECKS, 1):
        obj, word, said, chair, members = item[i], item[3], item[4 + i], item[7][i], item[8][i]
        team = g(f"председатель – {chair}; члены – {members}", f"төраға – {chair}; мүшелері – {members}", f"Trưởng đoàn: {chair}; thành viên: {members}")
        rows.append([str(k), obj, said, team])
        exp = {"kind": "inspection", "text_contains": _words(obj, 3), "actor_contains": chair}
        if word:
            exp["frequency"] = word
        doc.add("obligations", exp)
    doc.table(g("Таблица 1", "1-кесте", "Bảng 1. Nội dung, tần suất và thành phần kiểm tra"), rows, role="inspections")
    maybe_distractor(doc)


# ---------------------------------------------------------------- tasks

YEARS = (2026, 2027, 2028, 2029, 2030)
# (RU object, KK object, [(RU, KK, stage 0 technical / 1 biological, {year: ha}, executor 0 contractor / 1 forestry / 2 own)])
RECLAIM = (
    ("Внешний отвал, ярусы +210 – +250", "Сыртқы үйінді, +210 – +250 ярустары", [
        ("Планировка поверхности яруса +250 и выполаживание откосов до 18°", "+250 ярусының бетін тегістеу және еңістерді 18°-қа дейін көлбеулеу", 0,
         {2026: (18, 32), 2027: (20, 36)}, 0),
        ("Нанесение потенциально плодородного слоя почвы толщиной 0,3 м", "Қалыңдығы 0,3 м әлеуетті құнарлы топырақ қабатын төсеу", 0,
         {2027: (18, 30), 2028: (20, 34)}, 0),
        ("Посев многолетних трав (житняк, донник, эспарцет) с внесением удобрений", "Тыңайтқыш енгізе отырып көпжылдық шөптерді (еркекшөп, түйежоңышқа, эспарцет) себу",
         1, {2028: (18, 30), 2029: (20, 34)}, 1),
        ("Уход за посевами и подсев в местах выпадов", "Егістерді күту және түсіп қалған жерлерге қосымша себу", 1, {2029: (18, 30), 2030: (20, 34)}, 1)]),
    ("Нерабочий борт разреза", "Разрездің жұмыс істемейтін жақтауы", [
        ("Выполаживание и закрепление нерабочего борта на участке длиной 1,2 км", "Ұзындығы 1,2 км учаскеде жұмыс істемейтін жақтауды көлбеулеу және бекіту", 0,
         {2026: (6, 12), 2027: (6, 12)}, 2)]),
    ("Автодороги и площадки, подлежащие ликвидации", "Жойылуға жататын автожолдар мен алаңдар", [
        ("Разборка покрытия и планировка полотна временных автодорог", "Уақытша автожолдардың жабынын бөлшектеу және төсемін тегістеу", 0,
         {2027: (4, 9), 2028: (3, 7)}, 0),
        ("Посадка защитных лесных полос (вяз мелколистный, акация желтая) вдоль отвала", "Үйінді бойымен қорғаныш орман белдеулерін (ұсақ жапырақты шегіршін, сары қараған) отырғызу",
         1, {2029: (3, 6), 2030: (3, 6)}, 1)]),
)  # fmt: skip
EXECUTORS = (("подрядная организация ТОО «Жер Құрылыс Сервис»", "«Жер Құрылыс Сервис» ЖШС мердігер ұйымы", "Жер Құрылыс"),
             ("лесхоз (КГУ по охране лесов и животного мира, по договору)", "орманшаруашылығы (орман мен жануарлар дүниесін қорғау жөніндегі КММ, шарт бойынша)",
              None),
             ("участок горных работ разреза", "разрездің тау-кен жұмыстары учаскесі", None))


def tasks_hx1(doc: Doc) -> None:
    """An open-pit coal mine's calendar plan of reclaiming disturbed land for 2026–2030: object rows spanning the table (the
    external dump's tiers, the non-working pit wall, roads to be closed), the measures numbered straight through with their
    stage (technical or biological), then five year columns under a merged `Площадь по годам, га` holding hectares — a
    physical schedule, no money — and dashes, the executor last (a contractor, a state forestry institution by contract or
    the mine's own section), a total row of hectares (VI: the plan of a Quảng Ninh open pit's phương án cải tạo, phục hồi
    môi trường, works with their unit and the volume by year, `Đơn vị thực hiện` last)."""
    r = doc.rng
    if doc.lang == "vi":
        _tasks_hx1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    pit = doc.pick(KZ_PITS)
    doc.h(g(f"Проект рекультивации нарушенных земель. {pit[0]}", f"{pit[1]}. Бұзылған жерлерді рекультивациялау жобасы", ""))
    doc.p(g(f"Раздел 7. Календарный план работ. Заказчик – {pit[2]}. Технический этап выполняется подрядной организацией, биологический – "
            "лесным хозяйством по договору; площади приведены по годам выполнения.",
            f"7-бөлім. Жұмыстардың күнтізбелік жоспары. Тапсырыс беруші – {pit[3]}. Техникалық кезеңді мердігер ұйым, биологиялық кезеңді "
            "шарт бойынша орман шаруашылығы орындайды; алаңдар орындалатын жылдары бойынша келтірілген.", ""))
    stages = (g("технический", "техникалық", ""), g("биологический", "биологиялық", ""))
    rows = [g(["№", "Мероприятие", "Этап", "Площадь по годам, га", None, None, None, None, "Исполнитель"],
              ["№", "Іс-шара", "Кезеңі", "Жылдар бойынша алаңы, га", None, None, None, None, "Орындаушы"], []),
            [None, None, None, *(str(y) for y in YEARS), None]]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 8)] + [(0, 3, 0, 7)]
    totals = dict.fromkeys(YEARS, 0.0)
    k = 0
    for o_ru, o_kk, items in RECLAIM:
        _span(rows, merges, (o_ru, o_kk)[L], 9)
        for m_ru, m_kk, stage, areas, ex in items:
            k += 1
            cells = []
            for y in YEARS:
                if y in areas:
                    ha = round(r.uniform(*areas[y]), 1)
                    totals[y] += ha
                    cells.append(num(ha, doc.lang))
                else:
                    cells.append("–")
            who = EXECUTORS[ex][L]
            text = (m_ru, m_kk)[L]
            rows.append([str(k), text, stages[stage], *cells, who])
            doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _stem(text, 5),
                                    "actor_contains": EXECUTORS[ex][2] or _stem(who, 3)})
    rows.append(["", g("Итого, га", "Барлығы, га", ""), None, *(num(round(totals[y], 1), doc.lang) for y in YEARS), ""])
    merges.append((len(rows) - 1, 1, len(rows) - 1, 2))
    doc.table(g("Таблица 7.1 – Календарный план рекультивации", "7.1-кесте – Рекультивацияның күнтізбелік жоспары", ""), rows, merges, role="tasks")
    doc.p(g("Биологический этап на участке начинается не ранее чем через год после завершения технического; площади уточняются по "
            "актам приемки работ.",
            "Учаскедегі биологиялық кезең техникалық кезең аяқталғаннан кейін бір жылдан ерте басталмайды; алаңдар жұмыстарды қабылдау "
            "актілері бойынша нақтыланады.", ""))
    maybe_distractor(doc)


VN_YEARS = (2026, 2027, 2028, 2029)
# (group, [(work, unit, {year: (low, high)}, executor)])
VN_RECLAIM = (
    ("I. Bãi thải ngoài Đông Bắc", [
        ("San gạt tạo mặt bằng và tạo độ dốc mái tầng thải 25°", "m³", {2026: (90000, 160000), 2027: (80000, 140000)}, "Nhà thầu thi công cải tạo"),
        ("Xây dựng rãnh thoát nước chân tầng và mương đỉnh bãi thải", "m", {2027: (1200, 2500)}, "Nhà thầu thi công cải tạo"),
        ("Trồng cây keo lá tràm trên mặt tầng và sườn tầng", "ha", {2027: (20, 40), 2028: (20, 40)}, "Công ty Cổ phần Trồng rừng Xanh Quảng Ninh"),
        ("Chăm sóc, trồng dặm cây trong 3 năm đầu", "ha", {2028: (20, 40), 2029: (40, 70)}, "Công ty Cổ phần Trồng rừng Xanh Quảng Ninh")]),
    ("II. Moong khai thác khu vực kết thúc khai thác", [
        ("Đổ đất đá lấp moong đến cao trình -50", "m³", {2026: (300000, 600000), 2027: (300000, 600000)}, "Công trường Xúc bốc – Vận tải của mỏ"),
        ("Xây dựng đê bao, biển báo quanh hồ moong", "m", {2028: (800, 1600)}, "Nhà thầu thi công cải tạo")]),
    ("III. Mặt bằng sân công nghiệp và đường vận chuyển", [
        ("Tháo dỡ công trình, san gạt mặt bằng khu sàng tuyển cũ", "m²", {2028: (8000, 20000)}, "Phân xưởng Cơ điện của mỏ"),
        ("Trồng cỏ và cây bụi phủ xanh taluy đường vận chuyển", "ha", {2029: (3, 8)}, "Công ty Cổ phần Trồng rừng Xanh Quảng Ninh")]),
)


def _tasks_hx1_vi(doc: Doc) -> None:
    r = doc.rng
    mine = doc.pick(("Mỏ than lộ thiên Đông Cẩm Phả", "Mỏ than lộ thiên Bắc Hà Tu", "Mỏ than lộ thiên Tây Nam Đèo Nai"))
    doc.h(f"PHƯƠNG ÁN CẢI TẠO, PHỤC HỒI MÔI TRƯỜNG – {mine.upper()}")
    doc.p("Chương 4. Kế hoạch thực hiện. Khối lượng các hạng mục công việc được phân bổ theo năm thực hiện; tiến độ ký quỹ trình bày tại Chương 5.")
    rows = [["TT", "Hạng mục công việc", "Đơn vị", "Khối lượng theo năm", None, None, None, "Đơn vị thực hiện"],
            [None, None, None, *(str(y) for y in VN_YEARS), None]]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 7)] + [(0, 3, 0, 6)]
    k = 0
    for title, items in VN_RECLAIM:
        _span(rows, merges, title, 8)
        for text, unit, vols, who in items:
            k += 1
            cells = [num(float(r.randint(vols[y][0], vols[y][1])) if vols[y][1] >= 100 else round(r.uniform(*vols[y]), 1), "vi")
                     if y in vols else "-" for y in VN_YEARS]
            rows.append([str(k), text, unit, *cells, who])
            doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text, 5), "actor_contains": who})
    doc.table("Bảng 4.1. Kế hoạch thực hiện các hạng mục cải tạo, phục hồi môi trường", rows, merges, role="tasks")
    maybe_distractor(doc)


# (RU level, KK level, RU trigger, KK trigger, [(RU action, KK action, RU who, KK who, RU term, KK term)])
TARP = (
    ("Уровень 1 – нормальный режим (зеленый)", "1-деңгей – қалыпты режим (жасыл)",
     "температура угля на глубине 1,5 м не выше 40 °C; CO над штабелем менее 5 мг/м³",
     "1,5 м тереңдіктегі көмір температурасы 40 °C-тан аспайды; қатар үстіндегі CO 5 мг/м³-тен аз", [
        ("Формировать штабели с послойным уплотнением катком", "Қатарларды тығыздағышпен қабаттап нығыздай отырып қалыптастыру",
         "мастер угольного склада", "көмір қоймасының шебері", "постоянно", "тұрақты"),
        ("Соблюдать срок хранения угля в штабеле не более 6 месяцев", "Көмірді қатарда сақтау мерзімін 6 айдан асырмау",
         "начальник топливно-транспортного цеха", "отын-көлік цехының бастығы", "постоянно", "тұрақты")]),
    ("Уровень 2 – признаки самонагревания (желтый)", "2-деңгей – өздігінен қызу белгілері (сары)",
     "температура 40–60 °C или CO над штабелем 5–20 мг/м³", "температура 40–60 °C немесе қатар үстіндегі CO 5–20 мг/м³", [
        ("Поставить греющийся штабель в первоочередную подачу на сжигание", "Қызып жатқан қатарды жағуға бірінші кезекте беру",
         "начальник топливно-транспортного цеха", "отын-көлік цехының бастығы", "в течение 3 суток", "3 тәулік ішінде"),
        ("Уплотнить зону нагрева и укрыть откос штабеля инертным материалом", "Қызу аймағын нығыздау және қатар еңісін инертті материалмен жабу",
         "мастер угольного склада", "көмір қоймасының шебері", "в течение смены", "ауысым ішінде"),
        ("Уведомить инженера-эколога и внести запись в журнал штабелей", "Инженер-экологты хабардар ету және қатарлар журналына жазба енгізу",
         "мастер угольного склада", "көмір қоймасының шебері", "в течение смены", "ауысым ішінде")]),
    ("Уровень 3 – очаг самовозгорания (оранжевый)", "3-деңгей – өздігінен жану ошағы (қызғылт сары)",
     "температура выше 60 °C, дым или запах гари; CO более 20 мг/м³", "температура 60 °C-тан жоғары, түтін немесе күйік иісі; CO 20 мг/м³-тен артық", [
        ("Вынуть очаг экскаватором, разровнять и охладить уголь", "Ошақты экскаватормен алып шығу, көмірді тегістеу және салқындату",
         "начальник топливно-транспортного цеха", "отын-көлік цехының бастығы", "в течение 24 ч", "24 сағат ішінде"),
        ("Обработать поверхность штабеля раствором антипирогена", "Қатар бетін антипироген ерітіндісімен өңдеу",
         "подрядная организация по договору", "шарт бойынша мердігер ұйым", "в течение 48 ч", "48 сағат ішінде"),
        ("Выполнить замеры CO, диоксида серы и сероводорода на границе СЗЗ", "СҚА шекарасында CO, күкірт диоксиді мен күкіртсутекті өлшеу",
         "аккредитованная лаборатория", "аккредиттелген зертхана", "в течение 24 ч", "24 сағат ішінде")]),
    ("Уровень 4 – открытое горение (красный)", "4-деңгей – ашық жану (қызыл)", "открытое пламя на штабеле", "қатардағы ашық жалын", [
        ("Вызвать пожарную часть и оцепить участок склада", "Өрт сөндіру бөлімін шақыру және қойма учаскесін қоршау",
         "дежурный мастер смены", "ауысымның кезекші шебері", "немедленно", "дереу"),
        ("Потушить очаг водой со смачивателем с разборкой штабеля", "Қатарды бөлшектей отырып, ошақты ылғалдандырғышы бар сумен сөндіру",
         "пожарная часть совместно с персоналом цеха", "цех персоналымен бірлесіп өрт сөндіру бөлімі", "до ликвидации горения", "жану жойылғанға дейін"),
        ("Сообщить в департамент экологии об аварийном выбросе", "Экология департаментіне апаттық шығарынды туралы хабарлау",
         "главный инженер", "бас инженер", "в течение 2 ч", "2 сағат ішінде")]),
)  # fmt: skip


def tasks_hx2(doc: Doc) -> None:
    """A trigger action response plan (TARP) against the self-heating of coal in a plant's or mine's coal yard: a row spanning
    the table per level — normal, self-heating, a seat of fire, open burning, with their colours — each level's trigger
    (temperatures in °C, carbon monoxide in mg/m³ over the stockpile) in a cell merged down beside its actions, so the
    table is full of figures with units that are neither limits nor measurements; actions numbered `2.1`, who acts and the
    term (`в течение смены`, `в течение 24 ч`, `немедленно`) (VI: a coal yard's and waste dump's plan of responding to fire,
    `Cấp độ` rows and `Dấu hiệu kích hoạt`)."""
    if doc.lang == "vi":
        _tasks_hx2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    site = doc.pick((("ТОО «Сарыарқа Жылу Энергия», Карагандинская ТЭЦ-4", "«Сарыарқа Жылу Энергия» ЖШС, Қарағанды ЖЭО-4"),
                     ("АО «Екібастұз Энерго Генерация», Экибастузская ГРЭС-3", "«Екібастұз Энерго Генерация» АҚ, Екібастұз МАЭС-3"),
                     ("ТОО «Майкөбен Энергия», Майкубенская ТЭС", "«Майкөбен Энергия» ЖШС, Майкөбен ЖЭС")))[L]
    doc.h(g(f"План реагирования на признаки самовозгорания угля на складе (TARP). {site}",
            f"{site}. Қоймадағы көмірдің өздігінен жану белгілеріне ден қою жоспары (TARP)", ""))
    doc.p(g("Температура угля измеряется термощупами по сетке 10 × 10 м, содержание CO – переносным газоанализатором на высоте 0,5 м над "
            "штабелем. Уровень реагирования определяется по наихудшему показателю.",
            "Көмір температурасы 10 × 10 м тор бойынша термощуптармен, CO мөлшері қатардан 0,5 м биіктікте тасымалы газ талдағышпен "
            "өлшенеді. Ден қою деңгейі ең нашар көрсеткіш бойынша анықталады.", ""))
    rows = [g(["№", "Триггер", "Действие", "Ответственный", "Срок"], ["№", "Триггер", "Әрекет", "Жауапты", "Мерзімі"], [])]
    merges = []
    for li, (l_ru, l_kk, t_ru, t_kk, actions) in enumerate(TARP, 1):
        _span(rows, merges, (l_ru, l_kk)[L], 5)
        start = len(rows)
        for j, (a_ru, a_kk, w_ru, w_kk, d_ru, d_kk) in enumerate(actions, 1):
            text, who = (a_ru, a_kk)[L], (w_ru, w_kk)[L]
            rows.append([f"{li}.{j}", (t_ru, t_kk)[L] if j == 1 else None, text, who, (d_ru, d_kk)[L]])
            doc.add("obligations", {"kind": "task", "number": f"{li}.{j}", "text_contains": _words(text, 5), "actor_contains": who})
        if len(actions) > 1:
            merges.append((start, 1, len(rows) - 1, 1))
    doc.table(g("Таблица 1 – Уровни реагирования и действия", "1-кесте – Ден қою деңгейлері және әрекеттер", ""), rows, merges, role="tasks")
    doc.p(g("Переход на более высокий уровень объявляет мастер угольного склада; возврат на уровень 1 – после трех последовательных замеров в норме.",
            "Жоғары деңгейге өтуді көмір қоймасының шебері жариялайды; 1-деңгейге қайту – қатарынан үш рет қалыпты өлшеуден кейін.", ""))
    maybe_distractor(doc)


VN_TARP = (
    ("Cấp độ 1 – Theo dõi (màu vàng)", "Nhiệt độ than ở độ sâu 1 m từ 40 °C đến 60 °C; CO trên đống than 10–30 ppm", [
        ("Tăng cường đo nhiệt độ tại khu vực có dấu hiệu tự sinh nhiệt", "Tổ trưởng tổ kho than", "Ngay trong ca"),
        ("Đầm nén lại đống than và phủ lớp than cám lên mái dốc", "Quản đốc Phân xưởng Vận hành nhiên liệu", "Trong 24 giờ")]),
    ("Cấp độ 2 – Cảnh báo (màu da cam)", "Nhiệt độ trên 60 °C, xuất hiện khói, mùi khét; CO trên 30 ppm", [
        ("Xúc tách điểm nóng, rải mỏng và làm nguội than", "Quản đốc Phân xưởng Vận hành nhiên liệu", "Trong 24 giờ"),
        ("Ưu tiên cấp lượng than tại đống đang tự sinh nhiệt cho lò hơi", "Trưởng ca vận hành", "Trong 03 ngày"),
        ("Đo CO, SO2, H2S tại ranh giới nhà máy và khu dân cư gần nhất", "Đơn vị quan trắc có chứng nhận VIMCERTS", "Trong 24 giờ")]),
    ("Cấp độ 3 – Khẩn cấp (màu đỏ)", "Có ngọn lửa trần trên đống than hoặc bãi thải", [
        ("Báo cháy cho Cảnh sát PCCC và CNCH, cô lập khu vực", "Trưởng ca vận hành", "Ngay lập tức"),
        ("Dập lửa bằng nước có chất làm ướt, phá đống than", "Đội PCCC cơ sở phối hợp Cảnh sát PCCC", "Đến khi dập tắt hoàn toàn"),
        ("Báo cáo sự cố môi trường cho Sở Nông nghiệp và Môi trường tỉnh Quảng Ninh", "Phó Giám đốc kỹ thuật", "Trong 02 giờ")]),
)


def _tasks_hx2_vi(doc: Doc) -> None:
    name = doc.pick(VN_PLANTS)[0]
    doc.h(f"KẾ HOẠCH ỨNG PHÓ SỰ CỐ TỰ CHÁY THAN TẠI KHO THAN – {name.upper()}")
    doc.p("Cấp độ ứng phó xác định theo chỉ tiêu bất lợi nhất trong các lần đo nhiệt độ bằng que đo và đo CO bằng thiết bị đo cầm tay.")
    rows = [["TT", "Dấu hiệu kích hoạt", "Hành động ứng phó", "Người thực hiện", "Thời hạn"]]
    merges = []
    for li, (level, trigger, actions) in enumerate(VN_TARP, 1):
        _span(rows, merges, level, 5)
        start = len(rows)
        for j, (text, who, term) in enumerate(actions, 1):
            rows.append([f"{li}.{j}", trigger if j == 1 else None, text, who, term])
            doc.add("obligations", {"kind": "task", "number": f"{li}.{j}", "text_contains": _words(text, 5), "actor_contains": who})
        merges.append((start, 1, len(rows) - 1, 1))
    doc.table("Bảng 2. Các cấp độ và hành động ứng phó", rows, merges, role="tasks")
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"HX{k}", globals()[f"{role}_hx{k}"]) for role in ROLES for k in (1, 2)]
