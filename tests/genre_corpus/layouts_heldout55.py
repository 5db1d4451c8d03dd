"""A blind held-out set (two layouts per role, `HJ1` and `HJ2`): never used for tuning, written by someone who neither
ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`.

Theme: in-situ leaching of uranium, rare metals, gold heap leaching and mine closure. Kazakhstan: ISR uranium mines in
the Sozak district of Turkestan oblast and the Shieli district of Kyzylorda oblast (well fields and technological
blocks, the plant processing the productive solutions, the sulphuric-acid store, the shift camp), a tantalum-niobium and
beryllium works in Ust-Kamenogorsk with a tailings storage under conservation, a gold heap-leach site in East Kazakhstan
(plans of liquidating the consequences of subsoil use with their costs and financial security, a protocol of public
hearings, the conclusion on an ОВОС, a КЭР's annex of accumulation limits, a report on ПЭК with the groundwater of the
well fields, a programme of radiation and groundwater monitoring, a plan-graph of control at sources by the category of
each pair, a regulation of rounds, a register of check-lists, a closure risk register). Vietnam: a kaolin-feldspar
mine in Phú Thọ, the Bồng Miêu gold mine and its cyanide leaching plant in Quảng Nam, titanium-zircon sand mining in
Bình Thuận, the Đông Pao rare-earth project in Lai Châu (phương án cải tạo, phục hồi môi trường with its ký quỹ, biên
bản tham vấn cộng đồng, ĐTM, giấy phép môi trường, báo cáo quan trắc, chương trình quan trắc phóng xạ, lịch kiểm tra,
danh mục biểu mẫu kiểm tra, kế hoạch phòng ngừa, ứng phó sự cố hóa chất).

Facility: the general part of an ISR mine's liquidation plan whose centre of the mining allotment is given twice, first
in the Soviet СК-42 datum and then in WGS-84 (both in degrees, minutes and seconds, the WGS-84 pair the site's), beside
the environmental category a second category by potential radiation hazard, the subsoil-use contract's numbers and the
cost of liquidation, the allotment's corners in a table of no role after it (VI: a kaolin mine's rehabilitation plan,
the centre in VN-2000 metres before the WGS-84 decimal degrees, the mining licence's numbers) (HJ1); a protocol of public
hearings on a gold heap-leach project whose card, with no header row, mixes the object (initiator with its BIN, place,
KATO, coordinates, category) with the hearing's own place, time, organiser, developer's licence and count of
participants, the participants' questions in a table of no role after it (VI: the minutes of a community consultation
on the Bồng Miêu project, the commune hall beside the project's site) (HJ2).

Emissions: a liquidation plan's air section with two column groups — the existing operation (2025) and the liquidation
period — each `г/с | т`, sources dismantled at liquidation with a merged `демонтируется` across the liquidation group,
sources of the liquidation works with dashes under operation, a hazard-class column and a total; the liquidation figures
belong to no period of the contract (VI: a titanium sand mine, the mining stage beside the rehabilitation stage) (HJ1);
the conclusion on an ОВОС of a heap-leach site where each source's substances and both rates stand in one prose cell
(`гидроцианид (0317) – 0,00041 г/с, 0,0129 т/год; …`), construction and operation as group rows, each numbering its
sources from the start (VI: the Bồng Miêu ĐTM, `Bụi tổng: 0,412 g/s (1,29 tấn/năm); …`) (HJ2).

Wastes: the dismantling wastes of an ISR mine's liquidation worked out from the quantities in the cell before
(`412 км × 1,9 кг/м`, `86 шт. × 145 кг`, `1 240 м3 × 2,4 т/м3`), a column of the gamma dose rate measured on the
equipment, the code and the amount last, radioactive wastes left to another section by a note (VI: a titanium mine's
dismantling with the measured dose rate and CTNH beside ordinary wastes) (HJ1); a КЭР annex of accumulation limits of a
rare-metals works under group rows naming each place of accumulation with its area and capacity in tonnes, a conserved
tailings storage whose group row says nothing is accumulated there (VI: the Đông Pao project's CTNH under its stores,
each store's area and capacity in the group row) (HJ2).

Limits: an ISR mine's report on the groundwater of its control wells under aquifer group rows, the parameters as
columns with a row of units (dry residue in g/dm3, the rest in mg/dm3, radium-226 in Bq/dm3), the ПДК row and the
background row before mining at the foot, `<` below detection (VI: the Bồng Miêu plant's wells against QCVN
09-MT:2015/BTNMT with `Giá trị nền`, `KPH`) (HJ1); the criteria of completing the liquidation of a heap-leach site by
medium — soils, groundwater, surface water — with ranges, and criteria with no substance among them (VI: the criteria
of completed rehabilitation of a titanium sand mine, QCVN 03-MT:2015 and QCVN 08-MT:2015 column B1, a dose rate) (HJ2).

Monitoring: a radiation and groundwater monitoring programme of an ISR mine whose rows name groups of wells (`контурные
скважины продуктивного горизонта`) defined in a table of no role before it, air points by the four rhumbs, rows of no
substance (dose rate, radon flux) (VI: the Đông Pao project's wells by aquifer and purpose) (HJ1); a rare-metals works'
plan-graph of control at sources where each source–substance pair carries only its category (I–IV, АСМ) and the legend
under the table gives each category's frequency (VI: a gold plant's stacks and outlet with `Loại 1`, `Loại 2`, `Tự
động` explained in a note) (HJ2).

Inspections: an ISR mine's regulation of rounds under area group rows whose frequency column gives the interval between
rounds in hours, days and months (`4 ч`, `24 ч`, `7 сут`, `3 мес.`), several of them shorter than a day (VI: a cyanide
plant's `02 giờ`, `01 ca`, `07 ngày`) (HJ1); the register of check-lists of a heap-leach site's environmental management
system — form code, check-list, how often it is filled in, its owner and the years its records are kept (VI: `Danh
mục biểu mẫu kiểm tra` with `Thời gian lưu hồ sơ`) (HJ2).

Tasks: an ISR mine's calendar plan of liquidation works under object group rows, volumes, costs, executors and terms
counted in years of liquidation, the schedule of contributions to the liquidation security in a table of no role after
it (VI: a kaolin mine's plan of rehabilitation works and its ký quỹ schedule) (HJ1); a heap-leach site's closure risk
register, the measure after the risk and its likelihood, consequence and score (VI: the risk table of the Bồng Miêu
plant's plan of preventing and responding to chemical incidents) (HJ2).
"""

from __future__ import annotations

import math
from decimal import Decimal

from .common import Doc, distractor, freq, make_bin, maybe_distractor, num, rate
from .limits_data import SOIL_PDK, SOIL_VN, add, cell, limit
from .registry import ROLES, Layout
from .sources_data import emission, total

# ---------------------------------------------------------------- helpers


def _L(doc: Doc) -> int:
    """0 for a Russian document, 1 for a Kazakh one."""
    return 0 if doc.lang == "ru" else 1


def _sig(x: float, digits: int = 3) -> float:
    return float(f"{x:.{digits}g}")


def _words(text: str, n: int = 5) -> str:
    return " ".join(text.split()[:n])


def _mul(x: float, n: float) -> float:
    """x × n without binary noise."""
    return float(Decimal(repr(x)) * Decimal(repr(n)))


def _kato(doc: Doc, prefix: str) -> str:
    """A nine-digit KATO code starting with the district's prefix."""
    r = doc.rng
    rest = 9 - len(prefix) - 3
    return f"{prefix}{r.randint(10 ** (rest - 1), 10**rest - 1)}{r.choice(('000', '100'))}"


def _msdn(doc: Doc, prefix: str) -> str:
    """A Vietnamese enterprise number of the province (`26` Phú Thọ, `40` Quảng Nam …)."""
    return prefix + f"{doc.rng.randint(100000, 99999999):08d}"


def _dms(value: float, lang: str = "ru") -> tuple[str, float]:
    """`44°41′18,4″` and the decimal degrees it stands for (seconds to a tenth)."""
    d = int(value)
    m = int((value - d) * 60)
    s = round((value - d - m / 60) * 3600, 1)
    if s >= 60:
        m, s = m + 1, 0.0
    sec = f"{s:04.1f}".replace(".", ",")
    return f"{d}°{m:02d}′{sec}″", d + m / 60 + s / 3600


def _span(rows: list, merges: list, text: str, width: int) -> None:
    """A row whose first cell spans the table."""
    rows.append([text] + [None] * (width - 1))
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))


# code: (RU, KK, VI names, hazard class as Kazakh tables print it)
SUBST = {
    "0322": ("Серная кислота", "Күкірт қышқылы", "H2SO4", 2),
    "0303": ("Аммиак", "Аммиак", "NH3", 4),
    "0301": ("Азота диоксид", "Азот диоксиді", "NOx (tính theo NO2)", 2),
    "0304": ("Азота оксид", "Азот оксиді", "NO", 3),
    "0330": ("Сера диоксид", "Күкірт диоксиді", "SO2", 3),
    "0337": ("Углерод оксид", "Көміртек оксиді", "CO", 4),
    "0328": ("Углерод (сажа)", "Көміртек (күйе)", "", 3),
    "2908": ("Пыль неорганическая, содержащая двуокись кремния в %: 70-20", "Бейорганикалық шаң: кремний қостотығы 70-20%", "", 3),
    "2902": ("Взвешенные частицы", "Қалқыма бөлшектер", "Bụi tổng", 3),
    "2732": ("Керосин", "Керосин", "", None),
    "0317": ("Гидроцианид (синильная кислота)", "Гидроцианид (көгерткіш қышқыл)", "HCN", 2),
    "0150": ("Натрий гидроксид (натр едкий)", "Натрий гидроксиді", "", None),
    "0128": ("Кальций оксид (негашеная известь)", "Кальций оксиді (сөндірілмеген әк)", "", None),
    "0123": ("Железо (II, III) оксиды", "Темір оксидтері", "", 3),
    "0143": ("Марганец и его соединения", "Марганец және оның қосылыстары", "", 2),
    "0616": ("Ксилол", "Диметилбензол (ксилол)", "", 3),
    "2752": ("Уайт-спирит", "Уайт-спирит", "", None),
    "0109": ("Бериллий и его соединения (в пересчете на бериллий)", "Бериллий және оның қосылыстары (бериллийге шаққанда)", "", 1),
    "0342": ("Фтористые газообразные соединения (в пересчете на фтор)", "Фторлы газ тәрізді қосылыстар (фторға шаққанда)", "", 2),
    "1325": ("Формальдегид", "Формальдегид", "", 2),
    "2754": ("Алканы С12-19", "Алкандар С12-19", "", 4),
}


def _sub(code: str, doc: Doc) -> str:
    return SUBST[code][{"ru": 0, "kk": 1, "vi": 2}[doc.lang]]


# ISR mines: (deposit, RU operator, KK operator, RU legal address, KK legal address, RU place, KK place, KATO prefix,
#  lat, lon, blocks, RU oblast/district for headings, KK)
ISR = (
    ("Ақтоған", "ТОО «Ақтоған Уран»", "«Ақтоған Уран» ЖШС",
     "Туркестанская область, Созакский район, с. Шолаққорған, ул. Жибек жолы, 14",
     "Түркістан облысы, Созақ ауданы, Шолаққорған ауылы, Жібек жолы көшесі, 14",
     "Туркестанская область, Созакский район, 58 км северо-западнее пос. Таукент",
     "Түркістан облысы, Созақ ауданы, Тәукент кентінен солтүстік-батысқа қарай 58 км", "6156", 44.68, 68.27, 14),
    ("Сарыбұлақ", "ТОО «Сарыбұлақ Энерджи»", "«Сарыбұлақ Энерджи» ЖШС",
     "г. Шымкент, Аль-Фарабийский район, пр. Тауке хана, 37, офис 412",
     "Шымкент қаласы, Әл-Фараби ауданы, Тәуке хан даңғылы, 37, 412-кеңсе",
     "Туркестанская область, Созакский район, 55 км северо-западнее с. Созак",
     "Түркістан облысы, Созақ ауданы, Созақ ауылынан солтүстік-батысқа қарай 55 км", "6156", 44.52, 67.98, 11),
    ("Қараөзек", "ТОО «Қараөзек Майнинг»", "«Қараөзек Майнинг» ЖШС",
     "г. Кызылорда, ул. Желтоксан, 21, офис 305", "Қызылорда қаласы, Желтоқсан көшесі, 21, 305-кеңсе",
     "Кызылординская область, Шиелийский район, 46 км северо-западнее пос. Шиели",
     "Қызылорда облысы, Шиелі ауданы, Шиелі кентінен солтүстік-батысқа қарай 46 км", "4366", 44.45, 66.35, 9),
)  # fmt: skip


# ---------------------------------------------------------------- facility


def facility_hj1(doc: Doc) -> None:
    """The general part of an ISR uranium mine's plan of liquidating the consequences of subsoil use: `№ п/п |
    наименование сведений | сведения`, the centre of the mining allotment given first in СК-42 and then in WGS-84 on a
    second line of one cell (both in degrees, minutes and seconds; the WGS-84 pair is the site's), the environmental
    category beside a category by potential radiation hazard, the contract's number and date, the cost of liquidation
    and its security; the allotment's corners in СК-42 in a table of no role after it (VI: a kaolin-feldspar mine's
    phương án cải tạo, phục hồi môi trường, the centre in VN-2000 metres before the WGS-84 decimal degrees, the mining
    licence's number beside the enterprise number)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_hj1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    dep, op_ru, op_kk, a_ru, a_kk, p_ru, p_kk, prefix, lat0, lon0, blocks = doc.pick(ISR)
    operator = (op_ru, op_kk)[L]
    bin_, kato = make_bin(r), _kato(doc, prefix)
    lat, lat_v = _dms(lat0 + r.uniform(-0.03, 0.03))
    lon, lon_v = _dms(lon0 + r.uniform(-0.03, 0.03))
    # the same point in СК-42: a few seconds off, mostly in longitude
    lat42, _ = _dms(lat_v + r.uniform(0.4, 1.3) / 3600)
    lon42, _ = _dms(lon_v + r.uniform(4.2, 6.6) / 3600)
    contract, cdate = r.randint(1800, 2900), f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.{r.choice((2006, 2007, 2008, 2009))}"
    adds = r.randint(3, 7)
    rad = doc.pick(("II", "III"))
    cost = num(round(r.uniform(2800, 7600), 1), doc.lang)
    area = num(round(r.uniform(18, 64), 2), doc.lang)
    end = r.choice((2032, 2033, 2034))
    doc.h(g(f"План ликвидации последствий операций по добыче урана на месторождении «{dep}»",
            f"«{dep}» кен орнында уран өндіру жөніндегі операциялардың салдарын жою жоспары", ""))
    doc.p(g("Раздел 1. Общие сведения. План разработан в соответствии с Кодексом Республики Казахстан «О недрах и "
            "недропользовании» и Инструкцией по составлению плана ликвидации; пересматривается не реже одного раза в три года.",
            "1-бөлім. Жалпы мәліметтер. Жоспар Қазақстан Республикасының «Жер қойнауы және жер қойнауын пайдалану туралы» "
            "Кодексіне және Жою жоспарын жасау жөніндегі нұсқаулыққа сәйкес әзірленді; кемінде үш жылда бір рет қайта қаралады.", ""))
    obj = g(f"Рудник «{dep}»: геотехнологическое поле (технологические блоки № 1–{blocks}), цех переработки продуктивных "
            "растворов (ЦППР), склад серной кислоты, вахтовый поселок",
            f"«{dep}» кеніші: геотехнологиялық алаң (№ 1–{blocks} технологиялық блоктар), өнімді ерітінділерді қайта өңдеу "
            "цехы (ӨЕҚӨЦ), күкірт қышқылы қоймасы, вахталық кент", "")
    items = [
        (g("Наименование недропользователя", "Жер қойнауын пайдаланушының атауы", ""), operator),
        (g("Бизнес-идентификационный номер (БИН)", "Бизнес-сәйкестендіру нөмірі (БСН)", ""), bin_),
        (g("Юридический адрес", "Заңды мекенжайы", ""), (a_ru, a_kk)[L]),
        (g("Основание права недропользования", "Жер қойнауын пайдалану құқығының негізі", ""),
         g(f"Контракт № {contract} от {cdate} на добычу урана на месторождении «{dep}» (с дополнениями № 1–{adds})",
           f"«{dep}» кен орнында уран өндіруге арналған {cdate} № {contract} келісімшарт (№ 1–{adds} толықтырулармен)", "")),
        (g("Объект ликвидации", "Жою объектісі", ""), obj),
        (g("Полезное ископаемое, способ отработки", "Пайдалы қазба, игеру тәсілі", ""),
         g("Уран; подземное скважинное выщелачивание (ПСВ) раствором серной кислоты",
           "Уран; күкірт қышқылы ерітіндісімен жерасты ұңғымалық шаймалау (ЖҰШ)", "")),
        (g("Местоположение", "Орналасқан жері", ""), g(f"{p_ru}; код КАТО {kato}", f"{p_kk}; ҚАТО коды {kato}", "")),
        (g("Координаты центра горного отвода", "Тау-кен бөлуі орталығының координаттары", ""),
         g(f"в системе СК-42: {lat42} с.ш., {lon42} в.д.;\nв системе WGS-84: {lat} с.ш., {lon} в.д.",
           f"СК-42 жүйесінде: с.е. {lat42}, ш.б. {lon42};\nWGS-84 жүйесінде: с.е. {lat}, ш.б. {lon}", "")),
        (g("Площадь горного отвода", "Тау-кен бөлуінің ауданы", ""), g(f"{area} км2", f"{area} км2", "")),
        (g("Категория объекта, оказывающего негативное воздействие на окружающую среду",
           "Қоршаған ортаға теріс әсер ететін объектінің санаты", ""), "I"),
        (g("Категория объекта по потенциальной радиационной опасности", "Әлеуетті радиациялық қауіптілігі бойынша объектінің санаты", ""),
         rad),
        (g("Окончание добычи / период ликвидации", "Өндірудің аяқталуы / жою кезеңі", ""),
         g(f"{end} г. / {end + 1}–{end + 3} гг.", f"{end} ж. / {end + 1}–{end + 3} жж.", "")),
        (g("Сметная стоимость ликвидации", "Жоюдың сметалық құны", ""), g(f"{cost} млн тенге", f"{cost} млн теңге", "")),
        (g("Обеспечение исполнения обязательств по ликвидации", "Жою жөніндегі міндеттемелерді орындауды қамтамасыз ету", ""),
         doc.pick(g(("гарантия банка второго уровня", "залог банковского вклада"),
                    ("екінші деңгейдегі банктің кепілдігі", "банк салымының кепілі"), ()))),
    ]
    rows = [g(["№ п/п", "Наименование сведений", "Сведения"], ["Р/с №", "Мәліметтердің атауы", "Мәліметтер"], [])]
    for k, (label, value) in enumerate(items, 1):
        rows.append([str(k), label, value])
    doc.table(g("Таблица 1.1 – Общие сведения о недропользователе и объекте ликвидации",
                "1.1-кесте – Жер қойнауын пайдаланушы және жою объектісі туралы жалпы мәліметтер", ""), rows, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": dep, "kato": kato, "category": "I", "lat": lat_v, "lon": lon_v})
    doc.p(g("Примечание: категория по потенциальной радиационной опасности установлена в соответствии с санитарными правилами "
            "обеспечения радиационной безопасности и определяет размер санитарно-защитной зоны.",
            "Ескертпе: әлеуетті радиациялық қауіптілігі бойынша санат радиациялық қауіпсіздікті қамтамасыз етудің санитариялық "
            "қағидаларына сәйкес белгіленді және санитариялық-қорғау аймағының мөлшерін айқындайды.", ""))
    crows = [g(["Угловая точка", "Северная широта (СК-42)", "Восточная долгота (СК-42)"],
               ["Бұрыштық нүкте", "Солтүстік ендік (СК-42)", "Шығыс бойлық (СК-42)"], [])]
    for k in range(1, r.randint(5, 7)):
        crows.append([str(k), _dms(lat_v + r.uniform(-0.05, 0.05))[0], _dms(lon_v + r.uniform(-0.07, 0.07))[0]])
    doc.table(g("Таблица 1.2 – Координаты угловых точек горного отвода", "1.2-кесте – Тау-кен бөлуінің бұрыштық нүктелерінің координаттары", ""),
              crows, role="other")
    maybe_distractor(doc, 0.3)


# (mine, core of the names, company, commune, district, province, province prefix, lat, lon, KTT, mineral)
VN_PITS = (
    ("mỏ cao lanh – fenspat Thạch Khoán", "Thạch Khoán", "Công ty Cổ phần Khoáng sản Thạch Khoán", "xã Thạch Khoán",
     "huyện Thanh Sơn", "tỉnh Phú Thọ", "26", 21.21, 105.19, "104°45′", "cao lanh – fenspat"),
    ("mỏ cao lanh Tân Lĩnh", "Tân Lĩnh", "Công ty TNHH Khoáng sản Tân Lĩnh", "xã Tân Lĩnh", "huyện Lục Yên", "tỉnh Yên Bái", "52",
     22.08, 104.72, "104°45′", "cao lanh"),
    ("mỏ cát trắng Cam Hải Đông", "Cam Hải Đông", "Công ty Cổ phần Cát trắng Cam Hải Đông", "xã Cam Hải Đông", "huyện Cam Lâm",
     "tỉnh Khánh Hòa", "42", 12.05, 109.19, "108°15′", "cát trắng (cát thạch anh)"),
)  # fmt: skip


def _vn2000(lat: float, lon: float, ktt: str) -> tuple[float, float]:
    """Rough VN-2000 metres of a point (for show: the document's own figures)."""
    d, m = ktt.rstrip("′").split("°")
    lon0 = int(d) + int(m) / 60
    x = lat * 110574.0 + 1200.0
    y = 500000.0 + (lon - lon0) * 111320.0 * math.cos(math.radians(lat))
    return round(x, 1), round(y, 1)


def _facility_hj1_vi(doc: Doc) -> None:
    r = doc.rng
    mine, core, company, commune, district, province, prefix, lat0, lon0, ktt, mineral = doc.pick(VN_PITS)
    msdn = _msdn(doc, prefix)
    lat = round(lat0 + r.uniform(-0.02, 0.02), 5)
    lon = round(lon0 + r.uniform(-0.02, 0.02), 5)
    x, y = _vn2000(lat, lon, ktt)
    lic = r.randint(1100, 3900)
    area = num(round(r.uniform(6, 28), 2), "vi")
    cap = num(r.randint(3, 12) * 10000, "vi")
    cost = r.randint(2200, 9800) * 1_000_000
    first = round(cost * r.choice((0.15, 0.2, 0.25)))
    group = doc.pick(("II", "III"))
    doc.h(f"PHƯƠNG ÁN CẢI TẠO, PHỤC HỒI MÔI TRƯỜNG DỰ ÁN KHAI THÁC {mine.upper()}, {commune.upper()}, {district.upper()}, "
          f"{province.upper()}")
    doc.p("Phương án được lập theo quy định tại Điều 67 Luật Bảo vệ môi trường năm 2020 và Nghị định số 08/2022/NĐ-CP; "
          "thông tin chung về dự án và chủ dự án được tóm tắt tại Bảng 1.")
    rows = [["TT", "Nội dung", "Thông tin"],
            ["1", "Tên dự án", f"Dự án khai thác {mine}"],
            ["2", "Chủ dự án", company],
            ["3", "Mã số doanh nghiệp", f"{msdn} do Sở Kế hoạch và Đầu tư {province} cấp lần đầu ngày {r.randint(1, 28):02d}/"
                                         f"{r.randint(1, 12):02d}/{r.randint(2004, 2015)}, đăng ký thay đổi lần thứ {r.randint(2, 7)}"],
            ["4", "Giấy phép khai thác khoáng sản", f"Số {lic}/GP-UBND ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/"
                                                     f"{r.randint(2016, 2021)} của UBND {province}; thời hạn {r.choice((12, 15, 20))} năm"],
            ["5", "Vị trí khu vực khai thác", f"{commune}, {district}, {province}"],
            ["6", "Tọa độ điểm trung tâm khu mỏ",
             f"Hệ VN-2000 (kinh tuyến trục {ktt}, múi chiếu 3°): X = {num(x, 'vi')} m; Y = {num(y, 'vi')} m.\n"
             f"Hệ WGS-84: vĩ độ {num(lat, 'vi')}° Bắc; kinh độ {num(lon, 'vi')}° Đông."],
            ["7", "Diện tích khu vực khai thác", f"{area} ha"],
            ["8", "Loại khoáng sản, công suất khai thác", f"{mineral[0].upper() + mineral[1:]}; {cap} tấn nguyên khai/năm"],
            ["9", "Phân loại theo tiêu chí về môi trường", f"Dự án đầu tư nhóm {group} theo Phụ lục {'IV' if group == 'II' else 'V'} ban "
                                                            "hành kèm theo Nghị định số 08/2022/NĐ-CP"],
            ["10", "Tổng kinh phí cải tạo, phục hồi môi trường", f"{num(cost, 'vi')} đồng"],
            ["11", "Số tiền ký quỹ lần đầu", f"{num(first, 'vi')} đồng, nộp tại Quỹ Bảo vệ môi trường {province}"]]  # fmt: skip
    doc.table("Bảng 1. Thông tin chung về dự án và chủ dự án", rows, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": core, "category": group, "lat": lat, "lon": lon})
    crows = [["Điểm góc", "X (m)", "Y (m)"]]
    for k in range(1, r.randint(5, 8)):
        crows.append([str(k), num(round(x + r.uniform(-400, 400), 1), "vi"), num(round(y + r.uniform(-400, 400), 1), "vi")])
    doc.table(f"Bảng 2. Tọa độ các điểm góc khu vực khai thác (hệ VN-2000, kinh tuyến trục {ktt}, múi chiếu 3°)", crows, role="other")
    maybe_distractor(doc, 0.3)


# heap-leach gold sites of East Kazakhstan: (deposit, RU operator, KK operator, RU legal address, KK legal address,
#  RU place, KK place, KATO prefix, lat, lon, RU village of the hearing, KK village, RU district akimat, KK akimat)
HEAP = (
    ("Қызылтас", "ТОО «Қызылтас Голд»", "«Қызылтас Голд» ЖШС",
     "г. Усть-Каменогорск, ул. Казахстан, 64, офис 9", "Өскемен қаласы, Қазақстан көшесі, 64, 9-кеңсе",
     "Восточно-Казахстанская область, Тарбагатайский район, 24 км северо-восточнее с. Аксуат",
     "Шығыс Қазақстан облысы, Тарбағатай ауданы, Ақсуат ауылынан солтүстік-шығысқа қарай 24 км", "6360", 47.93, 83.06,
     "с. Аксуат, ул. Абая, 21, сельский дом культуры", "Ақсуат ауылы, Абай көшесі, 21, ауылдық мәдениет үйі",
     "Аппарат акима Тарбагатайского района", "Тарбағатай ауданы әкімінің аппараты"),
    ("Ақжал-Алтын", "ТОО «Ақжал-Алтын»", "«Ақжал-Алтын» ЖШС",
     "г. Усть-Каменогорск, пр. Независимости, 17, офис 204", "Өскемен қаласы, Тәуелсіздік даңғылы, 17, 204-кеңсе",
     "Восточно-Казахстанская область, Курчумский район, 17 км западнее с. Курчум",
     "Шығыс Қазақстан облысы, Күршім ауданы, Күршім ауылынан батысқа қарай 17 км", "6352", 48.55, 83.44,
     "с. Курчум, ул. Тауелсиздик, 75, актовый зал школы-лицея", "Күршім ауылы, Тәуелсіздік көшесі, 75, мектеп-лицейдің мәжіліс залы",
     "Аппарат акима Курчумского района", "Күршім ауданы әкімінің аппараты"),
    ("Сарыжал", "ТОО «Сарыжал Майнинг»", "«Сарыжал Майнинг» ЖШС",
     "г. Усть-Каменогорск, ул. Протозанова, 83", "Өскемен қаласы, Протозанов көшесі, 83",
     "Восточно-Казахстанская область, Уланский район, 12 км южнее с. Касыма Кайсенова",
     "Шығыс Қазақстан облысы, Ұлан ауданы, Қасым Қайсенов ауылынан оңтүстікке қарай 12 км", "6364", 49.38, 82.62,
     "с. Касыма Кайсенова, ул. Шоссейная, 2, здание акимата сельского округа",
     "Қасым Қайсенов ауылы, Шоссе көшесі, 2, ауылдық округ әкімдігінің ғимараты",
     "Аппарат акима Уланского района", "Ұлан ауданы әкімінің аппараты"),
)  # fmt: skip
HEARING_QA = (
    ("Житель с. {v}", "{v} ауылының тұрғыны",
     "Куда будут попадать растворы цианида при сильных дождях?", "Нөсер жаңбыр кезінде цианид ерітінділері қайда түседі?",
     "Штабели уложены на двойной противофильтрационный экран; избыточные растворы собираются в аварийный пруд объемом 12 тыс. м3.",
     "Штабельдер қос сүзуге қарсы экранға төселген; артық ерітінділер көлемі 12 мың м3 апаттық тоғанға жиналады."),
    ("Депутат районного маслихата", "Аудандық мәслихат депутаты",
     "Сколько рабочих мест получат местные жители?", "Жергілікті тұрғындар қанша жұмыс орнын алады?",
     "Из 240 рабочих мест не менее 70 % планируется заполнить жителями района.",
     "240 жұмыс орнының кемінде 70 %-ын аудан тұрғындарымен толтыру жоспарлануда."),
    ("Представитель общественного объединения", "Қоғамдық бірлестіктің өкілі",
     "Будет ли проводиться мониторинг колодцев в ближайших зимовках?", "Жақын қыстақтардағы құдықтарға мониторинг жүргізіле ме?",
     "Да, в программу производственного мониторинга включены три колодца; результаты публикуются ежегодно.",
     "Иә, өндірістік мониторинг бағдарламасына үш құдық енгізілген; нәтижелері жыл сайын жарияланады."),
)  # fmt: skip


def facility_hj2(doc: Doc) -> None:
    """A protocol of public hearings by open meetings on the report on possible impacts of a gold heap-leach project:
    a card with no header row whose lines mix the object — its name, the initiator with BIN and legal address, its
    place with the KATO and the centre's coordinates, its category — with the hearing's own date, place (a village hall
    with its street address), the district akimat that organised it, the developer of the report with its licence
    number and the count of participants; the participants' questions and the answers in a table of no role after it
    (VI: the minutes of a community consultation on the Bồng Miêu project, the commune hall beside the project site,
    the enterprise number after the owner, the consultancy, group I in a sentence)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_hj2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    (dep, op_ru, op_kk, a_ru, a_kk, p_ru, p_kk, prefix, lat0, lon0, v_ru, v_kk, ak_ru, ak_kk) = doc.pick(HEAP)
    operator = (op_ru, op_kk)[L]
    bin_, kato = make_bin(r), _kato(doc, prefix)
    lat, lat_v = _dms(lat0 + r.uniform(-0.02, 0.02))
    lon, lon_v = _dms(lon0 + r.uniform(-0.02, 0.02))
    day, month = r.randint(3, 27), doc.pick(g(("апреля", "мая", "июня"), ("сәуір", "мамыр", "маусым"), ()))
    lic = f"{r.randint(1200, 2999):05d}Р"
    people = r.randint(34, 96)
    ore = num(r.choice((500, 750, 1000, 1500)), doc.lang)
    doc.h(g("Протокол общественных слушаний посредством открытых собраний", "Ашық жиналыстар арқылы қоғамдық тыңдаулар хаттамасы", ""))
    doc.p(g(f"по проекту отчета о возможных воздействиях к рабочему проекту «Строительство комплекса кучного выщелачивания "
            f"золотосодержащих руд месторождения «{dep}» производительностью {ore} тыс. т руды в год».",
            f"««{dep}» кен орнының алтынқұрамды кендерін жылына {ore} мың т кен өнімділігімен үйінді шаймалау кешенін салу» жұмыс "
            "жобасына ықтимал әсерлер туралы есептің жобасы бойынша.", ""))
    items = [
        (g("Наименование намечаемой деятельности", "Белгіленіп отырған қызметтің атауы", ""),
         g(f"Комплекс кучного выщелачивания золотосодержащих руд месторождения «{dep}» (карьер, дробильно-сортировочный "
           "комплекс, штабели КВ, сорбционная установка, склад цианида натрия)",
           f"«{dep}» кен орнының алтынқұрамды кендерін үйінді шаймалау кешені (карьер, ұсату-сұрыптау кешені, ҮШ штабельдері, "
           "сорбциялық қондырғы, натрий цианиді қоймасы)", "")),
        (g("Инициатор намечаемой деятельности", "Белгіленіп отырған қызметтің бастамашысы", ""),
         g(f"{operator}, БИН {bin_}; юридический адрес: {a_ru}", f"{operator}, БСН {bin_}; заңды мекенжайы: {a_kk}", "")),
        (g("Разработчик отчета о возможных воздействиях", "Ықтимал әсерлер туралы есепті әзірлеуші", ""),
         g(f"ТОО «Шығыс ЭкоПроект» (государственная лицензия № {lic} на выполнение работ и оказание услуг в области охраны "
           "окружающей среды)",
           f"«Шығыс ЭкоПроект» ЖШС (қоршаған ортаны қорғау саласында жұмыстарды орындауға және қызметтер көрсетуге арналған "
           f"№ {lic} мемлекеттік лицензия)", "")),
        (g("Место осуществления намечаемой деятельности", "Белгіленіп отырған қызметті жүзеге асыру орны", ""),
         g(f"{p_ru}; код КАТО {kato}; координаты центра промышленной площадки: {lat} с.ш., {lon} в.д.",
           f"{p_kk}; ҚАТО коды {kato}; өнеркәсіптік алаң орталығының координаттары: с.е. {lat}, ш.б. {lon}", "")),
        (g("Категория объекта", "Объектінің санаты", ""),
         g("I категория (добыча и переработка руд цветных и драгоценных металлов)",
           "I санат (түсті және асыл металдар кендерін өндіру және қайта өңдеу)", "")),
        (g("Дата и время проведения слушаний", "Тыңдауларды өткізу күні мен уақыты", ""),
         g(f"{day} {month} 2026 г., 11 ч 00 мин", f"2026 жылғы {day} {month}, сағат 11:00", "")),
        (g("Место проведения слушаний", "Тыңдауларды өткізу орны", ""), (v_ru, v_kk)[L]),
        (g("Местный исполнительный орган, обеспечивший проведение", "Өткізуді қамтамасыз еткен жергілікті атқарушы орган", ""),
         (ak_ru, ak_kk)[L]),
        (g("Оповещение о слушаниях", "Тыңдаулар туралы хабарландыру", ""),
         g("Единый экологический портал, интернет-ресурс акимата, районная газета, объявления на досках в населенных пунктах",
           "Бірыңғай экологиялық портал, әкімдіктің интернет-ресурсы, аудандық газет, елді мекендердегі тақталардағы хабарландырулар", "")),
        (g("Зарегистрировано участников", "Тіркелген қатысушылар", ""), g(f"{people} человек", f"{people} адам", "")),
    ]
    doc.table(None, [[label, value] for label, value in items], role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": dep, "kato": kato, "category": "I", "lat": lat_v, "lon": lon_v})
    doc.p(g("Председатель собрания избран открытым голосованием; регламент: доклад инициатора – 20 минут, вопросы и ответы – "
            "до 60 минут.",
            "Жиналыс төрағасы ашық дауыс беру арқылы сайланды; регламент: бастамашының баяндамасы – 20 минут, сұрақтар мен "
            "жауаптар – 60 минутқа дейін.", ""))
    village = (v_ru, v_kk)[L].split(",")[0].replace("с. ", "").replace(" ауылы", "")
    qrows = [g(["№", "Участник", "Вопрос, замечание", "Ответ инициатора (разработчика)"],
               ["№", "Қатысушы", "Сұрақ, ескерту", "Бастамашының (әзірлеушінің) жауабы"], [])]
    for k, (w_ru, w_kk, q_ru, q_kk, ans_ru, ans_kk) in enumerate(HEARING_QA, 1):
        qrows.append([str(k), (w_ru, w_kk)[L].format(v=village), (q_ru, q_kk)[L], (ans_ru, ans_kk)[L]])
    doc.table(g("Вопросы и предложения участников слушаний", "Тыңдауларға қатысушылардың сұрақтары мен ұсыныстары", ""), qrows,
              role="other")


# (project, owner, core, hamlet, commune, district, lat, lon, hall)
VN_GOLD = (
    ("Dự án khai thác và chế biến quặng vàng gốc khu Hố Gần, mỏ vàng Bồng Miêu", "Công ty TNHH Khai khoáng Vàng Bồng Miêu",
     "Bồng Miêu", "thôn 5", "xã Tam Lãnh", "huyện Phú Ninh", 15.452, 108.365, "Hội trường UBND xã Tam Lãnh"),
    ("Dự án mở rộng xưởng tuyển hòa tách vàng khu Thác Trắng, mỏ vàng Bồng Miêu", "Công ty Cổ phần Vàng Thác Trắng",
     "Thác Trắng", "thôn 2", "xã Tam Lãnh", "huyện Phú Ninh", 15.437, 108.381, "Nhà văn hóa thôn 2, xã Tam Lãnh"),
    ("Dự án khai thác hầm lò và chế biến quặng vàng mỏ Đăk Sa", "Công ty Cổ phần Khoáng sản Đăk Sa", "Đăk Sa", "thôn 3",
     "xã Phước Đức", "huyện Phước Sơn", 15.334, 107.862, "Hội trường UBND xã Phước Đức"),
)


def _facility_hj2_vi(doc: Doc) -> None:
    r = doc.rng
    project, owner, core, hamlet, commune, district, lat0, lon0, hall = doc.pick(VN_GOLD)
    msdn = _msdn(doc, "40")
    lat, lat_v = _dms(lat0 + r.uniform(-0.008, 0.008))
    lon, lon_v = _dms(lon0 + r.uniform(-0.008, 0.008))
    day, month = r.randint(2, 27), r.choice((3, 4, 9, 10))
    people = r.randint(38, 88)
    doc.h("BIÊN BẢN HỌP THAM VẤN CỘNG ĐỒNG DÂN CƯ CHỊU TÁC ĐỘNG TRỰC TIẾP BỞI DỰ ÁN")
    doc.p(f"Thực hiện Điều 33 Luật Bảo vệ môi trường năm 2020, hôm nay, ngày {day:02d}/{month:02d}/2025, Ủy ban nhân dân {commune} "
          "phối hợp với chủ dự án tổ chức họp tham vấn cộng đồng dân cư về nội dung báo cáo đánh giá tác động môi trường.")
    rows = [
        ["Thời gian", f"08 giờ 30 phút, ngày {day:02d}/{month:02d}/2025"],
        ["Địa điểm họp", f"{hall}, {district}, tỉnh Quảng Nam"],
        ["Chủ trì", f"Ông {doc.pick(('Nguyễn Văn Hòa', 'Trần Minh Sơn', 'Lê Quang Vinh'))} – Chủ tịch UBND {commune}"],
        ["Tên dự án", project],
        ["Chủ dự án", f"{owner} (mã số doanh nghiệp: {msdn}); địa chỉ trụ sở: {doc.pick(('số 12 Phan Bội Châu', 'số 86 Trần Cao Vân'))}, "
                      "thành phố Tam Kỳ, tỉnh Quảng Nam"],
        ["Địa điểm thực hiện dự án", f"{hamlet}, {commune}, {district}, tỉnh Quảng Nam; tọa độ trung tâm khu xưởng tuyển (hệ WGS-84): "
                                     f"{lat} vĩ độ Bắc, {lon} kinh độ Đông"],
        ["Phân loại dự án", "Dự án nhóm I (khai thác, chế biến khoáng sản có sử dụng hóa chất độc hại – natri xyanua) theo Phụ lục "
                            "III Nghị định số 08/2022/NĐ-CP"],
        ["Đơn vị tư vấn lập báo cáo ĐTM", "Công ty Cổ phần Tư vấn Môi trường Miền Trung (mã số doanh nghiệp "
                                          f"{_msdn(doc, '04')})"],
        ["Số người tham dự", f"{people} người (theo danh sách đính kèm)"],
    ]
    doc.table("I. THÔNG TIN CHUNG", rows, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": core, "category": "I", "lat": lat_v, "lon": lon_v})
    qrows = [["TT", "Ý kiến của đại biểu", "Giải trình của chủ dự án"],
             ["1", "Nước từ hồ chứa quặng đuôi có chảy ra suối phía hạ lưu khi mưa lũ không?",
              "Hồ được lót màng HDPE, có tràn sự cố và trạm xử lý xyanua; nước chỉ xả ra suối sau khi đạt QCVN 40:2011/BTNMT cột A."],
             ["2", "Đề nghị ưu tiên tuyển dụng lao động địa phương.", "Chủ dự án cam kết tuyển tối thiểu 60% lao động là người địa phương."],
             ["3", "Xe chở hóa chất đi qua khu dân cư cần có biện pháp an toàn.",
              "Xe vận chuyển natri xyanua có giấy phép, đi theo lộ trình được phê duyệt, có xe hộ tống và không chạy ban đêm."]]
    doc.table("II. Ý KIẾN CỦA CỘNG ĐỒNG DÂN CƯ VÀ GIẢI TRÌNH CỦA CHỦ DỰ ÁN", qrows, role="other")


# ---------------------------------------------------------------- emissions

# (number, RU, KK, codes in operation or None, codes in liquidation or None)
ISR_SOURCES = (
    ("0001", "Вентиляционная труба отделения сорбции и десорбции ЦППР", "ӨЕҚӨЦ сорбция және десорбция бөлімшесінің желдету құбыры",
     ("0322", "0303"), None),
    ("0002", "Труба сушильной печи готовой продукции (газовая горелка)", "Дайын өнімді кептіру пешінің құбыры (газ жанарғысы)",
     ("0301", "0304", "0337"), None),
    ("0003", "Дыхательные клапаны резервуаров склада серной кислоты", "Күкірт қышқылы қоймасы резервуарларының тыныс алу клапандары",
     ("0322",), ("0322",)),
    ("0004", "Дымовая труба котельной вахтового поселка", "Вахталық кент қазандығының түтін мұржасы",
     ("0301", "0304", "0330", "0337", "2908"), ("0301", "0304", "0330", "0337", "2908")),
    ("6001", "Узлы закисления и пескоотстойники технологических блоков", "Технологиялық блоктардың қышқылдандыру тораптары мен құм тұндырғыштары",
     ("0322",), None),
    ("6002", "Демонтаж зданий и сооружений ЦППР", "ӨЕҚӨЦ ғимараттары мен құрылыстарын бөлшектеу", None, ("2908",)),
    ("6003", "Засыпка пескоотстойников, планировка площадок блоков", "Құм тұндырғыштарды көму, блок алаңдарын тегістеу", None, ("2908",)),
    ("6004", "Ликвидационный тампонаж скважин (приготовление цементного раствора)", "Ұңғымаларды жою тампонажы (цемент ерітіндісін дайындау)",
     None, ("2908",)),
    ("6005", "Работа дорожно-строительной техники", "Жол-құрылыс техникасының жұмысы", None,
     ("0301", "0304", "0328", "0330", "0337", "2732")),
)  # fmt: skip
# code: ((g/s low, high), (t low, high))
ISR_RATES = {
    "0322": ((0.0008, 0.012), (0.02, 0.35)), "0303": ((0.002, 0.03), (0.05, 0.8)), "0301": ((0.01, 0.12), (0.2, 2.8)),
    "0304": ((0.002, 0.02), (0.03, 0.45)), "0330": ((0.005, 0.09), (0.1, 1.9)), "0337": ((0.02, 0.4), (0.4, 6.5)),
    "2908": ((0.02, 0.45), (0.15, 4.2)), "0328": ((0.002, 0.02), (0.01, 0.2)), "2732": ((0.005, 0.05), (0.03, 0.6)),
}


def emissions_hj1(doc: Doc) -> None:
    """The air section of an ISR uranium mine's liquidation plan: `№ источника | наименование | код ЗВ | наименование ЗВ
    | класс опасности` and two column groups, `эксплуатация (существующее положение, 2025 г.)` and `период ликвидации`,
    each `г/с | т`; the plant's sources dismantled at liquidation carry `демонтируется` merged across the liquidation
    group, the works of liquidation (dismantling, backfilling, plugging of wells, machinery) a dash under operation, the
    acid store and the camp's boiler house figures in both, a total row. The operation figures are of the operation
    period, the liquidation figures of none of the contract's periods (VI: a titanium-zircon sand mine's rehabilitation
    plan, the mining stage beside the rehabilitation stage, named sources)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_hj1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    dep = doc.pick(ISR)[0]
    y0 = r.choice((2032, 2033, 2034))
    doc.h(g(f"План ликвидации последствий операций по добыче урана на месторождении «{dep}». Раздел 5. Воздействие на "
            "атмосферный воздух", f"«{dep}» кен орнында уран өндіру операцияларының салдарын жою жоспары. 5-бөлім. "
            "Атмосфералық ауаға әсер", ""))
    doc.p(g(f"Ликвидационные работы выполняются в {y0}–{y0 + 2} гг. после прекращения добычи. Источники ЦППР и узлы "
            "закисления выводятся из работы в первый год ликвидации; склад серной кислоты и котельная вахтового поселка "
            "работают до завершения нейтрализации остатков реагентов. Для сравнения приведены выбросы существующего положения.",
            f"Жою жұмыстары өндіру тоқтатылғаннан кейін {y0}–{y0 + 2} жж. орындалады. ӨЕҚӨЦ көздері мен қышқылдандыру тораптары "
            "жоюдың бірінші жылында жұмыстан шығарылады; күкірт қышқылы қоймасы мен вахталық кент қазандығы реагент "
            "қалдықтарын бейтараптандыру аяқталғанға дейін жұмыс істейді. Салыстыру үшін қазіргі жағдайдың шығарындылары келтірілген.", ""))
    head0 = g(["№ источника", "Наименование источника", "Код ЗВ", "Наименование загрязняющего вещества", "Класс опасности",
               "Эксплуатация (существующее положение, 2025 г.)", None, f"Период ликвидации ({y0}–{y0 + 2} гг.)", None],
              ["Көздің №", "Көздің атауы", "ЛЗ коды", "Ластаушы заттың атауы", "Қауіптілік сыныбы",
               "Пайдалану (қазіргі жағдай, 2025 ж.)", None, f"Жою кезеңі ({y0}–{y0 + 2} жж.)", None], [])
    head1 = g([None] * 5 + ["г/с", "т/год", "г/с", "т за период"], [None] * 5 + ["г/с", "т/жыл", "г/с", "кезеңге т"], [])
    rows = [head0, head1]
    merges = [(0, c, 1, c) for c in range(5)] + [(0, 5, 0, 6), (0, 7, 0, 8)]
    gone = g("демонтируется в 1-й год ликвидации", "жоюдың 1-жылында бөлшектеледі", "")
    sums = [[], [], [], []]
    for number, n_ru, n_kk, op, liq in ISR_SOURCES:
        codes = list(dict.fromkeys((op or ()) + (liq or ())))
        start = len(rows)
        for j, c in enumerate(codes):
            (glo, ghi), (tlo, thi) = ISR_RATES[c]
            hz = SUBST[c][3]
            line = [number if j == 0 else None, (n_ru, n_kk)[L] if j == 0 else None, c, _sub(c, doc), str(hz) if hz else "–"]
            if op and c in op:
                gs, t = rate(r, glo, ghi, 3), rate(r, tlo, thi, 3)
                line += [num(gs, doc.lang), num(t, doc.lang)]
                doc.add("emissions", emission(c, gs, t, number, hz, "operation"))
                sums[0].append(gs)
                sums[1].append(t)
            else:
                line += ["–", "–"]
            if liq and c in liq:
                gs, t = rate(r, glo * 0.8, ghi * 0.8, 3), rate(r, tlo * 1.5, thi * 2.2, 3)
                line += [num(gs, doc.lang), num(t, doc.lang)]
                doc.add("emissions", emission(c, gs, t, number, hz, None))
                sums[2].append(gs)
                sums[3].append(t)
            elif j == 0:
                line += [gone, None]
            else:
                line += [None, None]
            rows.append(line)
        if len(codes) > 1:
            merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
        if liq is None:
            merges.append((start, 7, len(rows) - 1, 8))
    rows.append([g("Всего по объекту", "Объект бойынша барлығы", ""), None, None, None, None, *(total(doc, s) for s in sums)])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
    doc.table(g("Таблица 5.2 – Выбросы загрязняющих веществ до и в период ликвидации",
                "5.2-кесте – Жоюға дейінгі және жою кезеңіндегі ластаушы заттардың шығарындылары", ""), rows, merges, role="emissions")
    doc.add("sources", *({"number": s[0], "type": "unorganized" if s[0].startswith("6") else "organized"} for s in ISR_SOURCES))
    doc.p(g("Выбросы радона с поверхности технологических блоков и пескоотстойников оцениваются в разделе 7 «Радиационная "
            "безопасность» и в таблице не учитываются.",
            "Технологиялық блоктар мен құм тұндырғыштар бетінен радон шығарындылары 7-бөлімде «Радиациялық қауіпсіздік» "
            "бағаланады және кестеде ескерілмейді.", ""))
    maybe_distractor(doc, 0.3)


# (VI activity, codes in mining or None, codes in rehabilitation or None)
VN_TITAN = (
    ("Khai thác quặng thô bằng máy xúc, máy ủi tại moong", ("2902", "0330", "0301", "0337"), None),
    ("Vận chuyển quặng thô về xưởng tuyển bằng ô tô tải", ("2902", "0330", "0301", "0337"), None),
    ("Máy phát điện dự phòng xưởng tuyển tinh", ("2902", "0330", "0301", "0337"), None),
    ("Bãi chứa cát thải sau tuyển (gió cuốn)", ("2902",), ("2902",)),
    ("San gạt, hoàn thổ moong và bãi thải", None, ("2902", "0330", "0301", "0337")),
    ("Tháo dỡ nhà xưởng, bể lắng, đường ống", None, ("2902",)),
    ("Vận chuyển đất màu, cây giống phục vụ trồng rừng", None, ("2902", "0330", "0301", "0337")),
)
VN_TITAN_RATES = {"2902": ((0.02, 0.6), (0.1, 3.5)), "0330": ((0.002, 0.05), (0.01, 0.4)), "0301": ((0.03, 0.5), (0.2, 3.8)),
                  "0337": ((0.02, 0.35), (0.1, 2.6))}


def _emissions_hj1_vi(doc: Doc) -> None:
    r = doc.rng
    site = doc.pick(("mỏ sa khoáng titan – zircon Lương Sơn, huyện Bắc Bình", "mỏ sa khoáng titan Hòa Thắng, huyện Bắc Bình",
                     "mỏ sa khoáng titan – zircon Tân Thành, huyện Hàm Thuận Nam"))
    y0 = r.choice((2027, 2028, 2029))
    doc.h(f"PHƯƠNG ÁN CẢI TẠO, PHỤC HỒI MÔI TRƯỜNG – {site.upper()}, TỈNH BÌNH THUẬN")
    doc.h("3.2. Đánh giá tác động đến môi trường không khí của phương án")
    doc.p(f"Công tác cải tạo, phục hồi môi trường được thực hiện trong {y0}–{y0 + 1}, sau khi kết thúc khai thác. Để so sánh, "
          "tải lượng của giai đoạn vận hành khai thác hiện nay được trình bày cùng bảng.")
    rows = [["TT", "Nguồn phát sinh", "Thông số", "Giai đoạn vận hành khai thác", None, "Giai đoạn cải tạo, phục hồi môi trường", None],
            [None, None, None, "Tải lượng (g/s)", "Tải lượng (tấn/năm)", "Tải lượng (g/s)", "Tải lượng (tấn/giai đoạn)"]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 0, 6)]
    for k, (name, op, liq) in enumerate(VN_TITAN, 1):
        codes = list(dict.fromkeys((op or ()) + (liq or ())))
        start = len(rows)
        for j, c in enumerate(codes):
            (glo, ghi), (tlo, thi) = VN_TITAN_RATES[c]
            line = [str(k) if j == 0 else None, name if j == 0 else None, _sub(c, doc)]
            if op and c in op:
                gs, t = rate(r, glo, ghi, 3), rate(r, tlo, thi, 3)
                line += [num(gs, "vi"), num(t, "vi")]
                doc.add("emissions", emission(c, gs, t, None, None, "operation"))
            else:
                line += ["-", "-"]
            if liq and c in liq:
                gs, t = rate(r, glo, ghi, 3), rate(r, tlo, thi, 3)
                line += [num(gs, "vi"), num(t, "vi")]
                doc.add("emissions", emission(c, gs, t, None, None, None))
            elif j == 0:
                line += ["Không còn hoạt động", None]
            else:
                line += [None, None]
            rows.append(line)
        if len(codes) > 1:
            merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
        if liq is None:
            merges.append((start, 5, len(rows) - 1, 6))
    doc.table("Bảng 3.4. Tải lượng khí thải trong giai đoạn vận hành khai thác và giai đoạn cải tạo, phục hồi môi trường", rows,
              merges, role="emissions")
    doc.p("Ghi chú: “-”: nguồn không phát sinh trong giai đoạn tương ứng. Hệ số phát thải theo WHO (1993) và AP-42 (US EPA).")
    maybe_distractor(doc, 0.3)


# (number, RU, KK, codes) per period; rates (g/s low, high), (t low, high)
HEAP_BUILD = (
    ("0001", "Передвижная дизельная электростанция строительного городка", "Құрылыс қалашығының жылжымалы дизель электр станциясы",
     ("0301", "0304", "0328", "0330", "0337", "1325", "2754")),
    ("6001", "Земляные работы: выемка и перемещение грунта, устройство основания штабелей",
     "Жер жұмыстары: топырақты қазу және ауыстыру, штабельдер негізін орнату", ("2908",)),
    ("6002", "Работа строительной техники и автотранспорта", "Құрылыс техникасы мен автокөліктің жұмысы",
     ("0301", "0304", "0328", "0330", "0337", "2732")),
    ("6003", "Сварочные работы", "Дәнекерлеу жұмыстары", ("0123", "0143")),
    ("6004", "Окраска металлоконструкций", "Металл конструкцияларды бояу", ("0616", "2752")),
)  # fmt: skip
HEAP_RUN = (
    ("0001", "Дробильно-сортировочный комплекс (аспирация, рукавный фильтр)", "Ұсату-сұрыптау кешені (аспирация, жеңді сүзгі)",
     ("2908",)),
    ("0002", "Дымовая труба котельной", "Қазандықтың түтін мұржасы", ("0301", "0304", "0330", "0337", "2908")),
    ("0003", "Вентиляция отделения приготовления цианистых растворов", "Цианид ерітінділерін дайындау бөлімшесінің желдетуі",
     ("0317", "0150")),
    ("0004", "Индукционная печь плавки катодного осадка", "Катодтық тұнбаны балқыту индукциялық пеші", ("0301", "0337", "2908")),
    ("6001", "Штабели кучного выщелачивания (орошение цианистым раствором)", "Үйінді шаймалау штабельдері (цианид ерітіндісімен суару)",
     ("0317",)),
    ("6002", "Открытый склад дробленой руды", "Ұсатылған кеннің ашық қоймасы", ("2908",)),
    ("6003", "Буровзрывные и выемочно-погрузочные работы в карьере", "Карьердегі бұрғылау-жару және қазу-тиеу жұмыстары",
     ("2908", "0301", "0337")),
    ("6004", "Разгрузка и гашение извести", "Әкті түсіру және сөндіру", ("0128",)),
)  # fmt: skip
HEAP_RATES = {
    "0301": ((0.01, 0.3), (0.05, 3.2)), "0304": ((0.002, 0.05), (0.01, 0.5)), "0328": ((0.001, 0.03), (0.005, 0.3)),
    "0330": ((0.003, 0.09), (0.02, 1.1)), "0337": ((0.02, 0.6), (0.1, 6.4)), "1325": ((0.0005, 0.004), (0.002, 0.04)),
    "2754": ((0.005, 0.06), (0.02, 0.6)), "2908": ((0.04, 0.9), (0.3, 14.5)), "2732": ((0.005, 0.06), (0.02, 0.7)),
    "0123": ((0.001, 0.008), (0.005, 0.09)), "0143": ((0.0001, 0.0009), (0.0005, 0.008)), "0616": ((0.01, 0.09), (0.05, 0.6)),
    "2752": ((0.01, 0.08), (0.04, 0.5)), "0317": ((0.0001, 0.002), (0.002, 0.06)), "0150": ((0.0002, 0.003), (0.002, 0.05)),
    "0128": ((0.005, 0.05), (0.01, 0.3)),
}


def emissions_hj2(doc: Doc) -> None:
    """The conclusion on the report on possible impacts (ОВОС) of a gold heap-leach site, its table of the sources as the
    authorised body sums them up: `№ ИЗА | источник | выбрасываемые вещества и их количество`, each source's
    substances and both rates written in one prose cell (`гидроцианид (0317) – 0,00041 г/с, 0,0129 т/год; …`, tonnes
    for the period of construction), construction and operation as group rows spanning the table, each numbering its
    sources from 0001 and 6001 again, the period totals in the sentence after it (VI: the Bồng Miêu ĐTM's summary of
    loads, `Bụi tổng: 0,412 g/s (1,29 tấn/năm); …`, named sources under `A.` and `B.` stage rows)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_hj2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    dep = doc.pick(HEAP)[0]
    doc.h(g("Заключение по результатам оценки воздействия на окружающую среду", "Қоршаған ортаға әсерді бағалау нәтижелері бойынша қорытынды", ""))
    doc.p(g(f"Рассмотрен отчет о возможных воздействиях к рабочему проекту «Строительство комплекса кучного выщелачивания "
            f"золотосодержащих руд месторождения «{dep}»». Ниже приведены источники выбросов и их количественные характеристики "
            "по материалам отчета.",
            f"««{dep}» кен орнының алтынқұрамды кендерін үйінді шаймалау кешенін салу» жұмыс жобасына ықтимал әсерлер туралы есеп "
            "қаралды. Төменде есеп материалдары бойынша шығарынды көздері және олардың сандық сипаттамалары келтірілген.", ""))
    rows = [g(["№ ИЗА", "Источник выброса", "Выбрасываемые загрязняющие вещества и их количество"],
              ["ЛШК №", "Шығарынды көзі", "Шығарылатын ластаушы заттар және олардың мөлшері"], [])]
    merges = []
    totals = {}
    for period, sources, label, unit_t in (
        ("construction", HEAP_BUILD, g("Период строительства (2026–2027 гг.)", "Құрылыс кезеңі (2026–2027 жж.)", ""), g("т", "т", "")),
        ("operation", HEAP_RUN, g("Период эксплуатации", "Пайдалану кезеңі", ""), g("т/год", "т/жыл", "")),
    ):
        _span(rows, merges, label, 3)
        tsum = []
        for number, n_ru, n_kk, codes in sources:
            parts = []
            for c in codes:
                (glo, ghi), (tlo, thi) = HEAP_RATES[c]
                gs, t = rate(r, glo, ghi, 3), rate(r, tlo, thi, 3)
                name = _sub(c, doc)
                name = name[0].lower() + name[1:] if parts else name
                parts.append(f"{name} ({c}) – {num(gs, doc.lang)} г/с, {num(t, doc.lang)} {unit_t}")
                doc.add("emissions", emission(c, gs, t, number, None, period))
                tsum.append(t)
            rows.append([number, (n_ru, n_kk)[L], "; ".join(parts) + "."])
        totals[period] = num(round(sum(tsum), 3), doc.lang)
        doc.add("sources", *({"number": s[0], "type": "unorganized" if s[0].startswith("6") else "organized"} for s in sources))
    doc.table(g("Таблица 2. Характеристика источников выбросов", "2-кесте. Шығарынды көздерінің сипаттамасы", ""), rows, merges,
              role="emissions")
    doc.p(g(f"Суммарный выброс за период строительства составит {totals['construction']} т, в период эксплуатации – "
            f"{totals['operation']} т/год. Превышений ПДК на границе СЗЗ (1000 м) по результатам расчета рассеивания не выявлено.",
            f"Құрылыс кезеңіндегі жиынтық шығарынды {totals['construction']} т, пайдалану кезеңінде – {totals['operation']} т/жыл "
            "құрайды. Шашырауды есептеу нәтижелері бойынша СҚА шекарасында (1000 м) ШЖК асуы анықталған жоқ.", ""))
    maybe_distractor(doc, 0.3)


# VI: (name, codes) per stage
VN_HEAP_BUILD = (
    ("Đào đắp, san nền khu xưởng tuyển và hồ chứa quặng đuôi", ("2902",)),
    ("Phương tiện vận chuyển vật liệu xây dựng", ("2902", "0330", "0301", "0337")),
    ("Máy phát điện phục vụ thi công", ("2902", "0330", "0301", "0337")),
)
VN_HEAP_RUN = (
    ("Khu đập, nghiền quặng (sau lọc bụi túi vải)", ("2902",)),
    ("Khu bể hòa tách và hấp phụ than hoạt tính (CIL)", ("0317",)),
    ("Trạm xử lý xyanua trong bùn quặng đuôi", ("0317", "0330")),
    ("Lò nung tái sinh than hoạt tính", ("2902", "0330", "0301", "0337")),
    ("Lò luyện vàng (lò cao tần)", ("2902", "0301", "0337")),
)
VN_HEAP_RATES = {"2902": ((0.03, 0.7), (0.1, 4.8)), "0330": ((0.002, 0.08), (0.01, 0.9)), "0301": ((0.01, 0.4), (0.05, 2.9)),
                 "0337": ((0.01, 0.5), (0.05, 3.6)), "0317": ((0.0001, 0.003), (0.001, 0.08))}


def _emissions_hj2_vi(doc: Doc) -> None:
    r = doc.rng
    project = doc.pick(VN_GOLD)[0]
    doc.h(f"BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG – {project.upper()}")
    doc.h("3.3. Tổng hợp nguồn phát sinh khí thải và tải lượng")
    doc.p("Bảng dưới đây tổng hợp tải lượng các chất ô nhiễm không khí đã tính toán tại mục 3.1 và 3.2; tải lượng giai đoạn thi "
          "công tính cho toàn bộ thời gian thi công 14 tháng.")
    rows = [["TT", "Nguồn phát sinh", "Thông số ô nhiễm và tải lượng"]]
    merges = []
    for period, sources, label, unit_t in (("construction", VN_HEAP_BUILD, "A. GIAI ĐOẠN THI CÔNG XÂY DỰNG", "tấn/giai đoạn"),
                                           ("operation", VN_HEAP_RUN, "B. GIAI ĐOẠN VẬN HÀNH", "tấn/năm")):
        _span(rows, merges, label, 3)
        for k, (name, codes) in enumerate(sources, 1):
            parts = []
            for c in codes:
                (glo, ghi), (tlo, thi) = VN_HEAP_RATES[c]
                gs, t = rate(r, glo, ghi, 3), rate(r, tlo, thi, 3)
                parts.append(f"{_sub(c, doc)}: {num(gs, 'vi')} g/s ({num(t, 'vi')} {unit_t})")
                doc.add("emissions", emission(c, gs, t, None, None, period))
            rows.append([str(k), name, "; ".join(parts)])
    doc.table("Bảng 3.18. Tổng hợp tải lượng khí thải của dự án", rows, merges, role="emissions")
    doc.p("Ghi chú: NOx tính theo NO2; HCN phát sinh từ bề mặt bể hòa tách ở pH 10,5–11 nên tải lượng nhỏ.")
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- wastes

# (RU object, KK object, kind of base, RU waste, KK waste, code, RU handling, KK handling)
ISR_DISMANTLING = (
    ("Трубопроводы обвязки скважин и коллекторы (ПЭ)", "Ұңғымалар байламының құбырлары мен коллекторлар (ПЭ)", "pipe",
     "Полиэтиленовые трубы", "Полиэтилен құбырлар", "17 02 03", "передача на переработку", "қайта өңдеуге беру"),
    ("Погружные насосы откачных скважин", "Сорып алу ұңғымаларының батпалы сорғылары", "pcs",
     "Лом черных металлов (насосы после дезактивации)", "Қара металл сынықтары (дезактивациядан кейінгі сорғылар)", "17 04 05",
     "передача на переработку", "қайта өңдеуге беру"),
    ("Металлоконструкции и емкостное оборудование ЦППР", "ӨЕҚӨЦ металл конструкциялары мен сыйымдылық жабдықтары", "list",
     "Лом черных металлов", "Қара металл сынықтары", "17 04 05", "передача на переработку", "қайта өңдеуге беру"),
    ("Кабельные линии электроснабжения блоков", "Блоктарды электрмен жабдықтаудың кабель желілері", "cable",
     "Кабели", "Кабельдер", "17 04 11", "передача на переработку", "қайта өңдеуге беру"),
    ("Фундаменты и перекрытия зданий ЦППР", "ӨЕҚӨЦ ғимараттарының іргетастары мен жабындары", "m3",
     "Бетон и железобетон", "Бетон және темірбетон", "17 01 01", "дробление, засыпка пескоотстойников",
     "ұсату, құм тұндырғыштарды көму"),
    ("Кирпичные здания вахтового поселка", "Вахталық кенттің кірпіш ғимараттары", "brick",
     "Кирпичный бой", "Кірпіш сынығы", "17 01 02", "размещение на полигоне строительных отходов",
     "құрылыс қалдықтары полигонында орналастыру"),
    ("Грунт из-под склада серной кислоты (после нейтрализации известью)", "Күкірт қышқылы қоймасының астындағы топырақ (әкпен бейтараптандырудан кейін)",
     "soil", "Грунт, содержащий опасные вещества", "Құрамында қауіпті заттар бар топырақ", "17 05 03*",
     "передача специализированной организации", "мамандандырылған ұйымға беру"),
    ("Техника и дизельные электростанции ликвидационных работ", "Жою жұмыстарының техникасы мен дизель электр станциялары", "oil",
     "Отработанные моторные и трансмиссионные масла", "Пайдаланылған мотор және трансмиссиялық майлар", "13 02 08*",
     "передача специализированной организации", "мамандандырылған ұйымға беру"),
)  # fmt: skip


def wastes_hj1(doc: Doc) -> None:
    """The wastes of an ISR uranium mine's liquidation worked out in the table: `№ | объект демонтажа | исходные
    данные для расчета | МЭД на поверхности, мкЗв/ч | код | наименование отхода | количество, т | направление`, the base
    of each amount written in its cell (`412 км × 1,9 кг/м`, `86 шт. × 145 кг`, `1 240 м3 × 2,4 т/м3`, `по ведомости
    демонтажа`), the gamma dose rate measured on the equipment before release (a figure that is no amount), a total; the
    radioactive wastes (resin fines, sludges of the sand traps, equipment above the release level) only named in a note
    as handled in another section (VI: a titanium-zircon mine's dismantling, the dose rate column, CTNH with their codes
    beside ordinary wastes, tonnes)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_hj1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    dep = doc.pick(ISR)[0]
    doc.h(g(f"План ликвидации последствий операций по добыче урана на месторождении «{dep}». Раздел 6. Обращение с отходами "
            "ликвидации", f"«{dep}» кен орнында уран өндіру операцияларының салдарын жою жоспары. 6-бөлім. Жою қалдықтарымен жұмыс", ""))
    doc.p(g("Оборудование и материалы допускаются к обращению как промышленные отходы после дезактивации и радиационного "
            "обследования, если мощность эквивалентной дозы (МЭД) гамма-излучения на поверхности не превышает 0,6 мкЗв/ч.",
            "Жабдықтар мен материалдар дезактивациядан және радиациялық зерттеп-қараудан кейін, егер бетіндегі гамма-сәулеленудің "
            "эквивалентті доза қуаты (ЭДҚ) 0,6 мкЗв/сағ аспаса, өнеркәсіптік қалдықтар ретінде жұмыс істеуге жіберіледі.", ""))
    rows = [g(["№", "Объект демонтажа", "Исходные данные для расчета", "МЭД на поверхности, мкЗв/ч", "Код отхода",
               "Наименование отхода", "Количество, т", "Направление"],
              ["№", "Бөлшектеу объектісі", "Есептеуге арналған бастапқы деректер", "Бетіндегі ЭДҚ, мкЗв/сағ", "Қалдық коды",
               "Қалдықтың атауы", "Мөлшері, т", "Бағыты"], [])]
    amounts = []
    for k, (o_ru, o_kk, kind, w_ru, w_kk, code, h_ru, h_kk) in enumerate(ISR_DISMANTLING, 1):
        if kind == "pipe":
            km, kgm = r.randint(180, 640), round(r.uniform(1.2, 2.6), 1)
            base = g(f"{num(km, 'ru')} км × {num(kgm, 'ru')} кг/м", f"{num(km, 'kk')} км × {num(kgm, 'kk')} кг/м", "")
            t = _mul(km, kgm)
        elif kind == "pcs":
            n, kg = r.randint(60, 240), r.choice((95, 120, 145, 170))
            base = g(f"{n} шт. × {kg} кг", f"{n} дана × {kg} кг", "")
            t = _mul(n * kg, 0.001)
        elif kind == "cable":
            km, kgm = r.randint(40, 160), round(r.uniform(0.4, 1.1), 2)
            base = g(f"{num(km, 'ru')} км × {num(kgm, 'ru')} кг/м", f"{num(km, 'kk')} км × {num(kgm, 'kk')} кг/м", "")
            t = _mul(km, kgm)
        elif kind in ("m3", "brick", "soil"):
            v = r.randint(30, 260) * 10
            dens = {"m3": 2.4, "brick": 1.8, "soil": 1.7}[kind]
            base = g(f"{num(v, 'ru')} м3 × {num(dens, 'ru')} т/м3", f"{num(v, 'kk')} м3 × {num(dens, 'kk')} т/м3", "")
            t = _mul(v, dens)
        elif kind == "oil":
            t = round(r.uniform(1.2, 6.5), 2)
            base = g("по нормам расхода масел (раздел 6.3)", "майлар шығыны нормалары бойынша (6.3-бөлім)", "")
        else:
            t = float(r.randint(140, 900))
            base = g("по ведомости демонтажа (приложение 4)", "бөлшектеу ведомосі бойынша (4-қосымша)", "")
        med = "–" if kind in ("oil", "brick") else num(round(r.uniform(0.11, 0.45), 2), doc.lang)
        name = (w_ru, w_kk)[L]
        rows.append([str(k), (o_ru, o_kk)[L], base, med, code, name, num(t, doc.lang), (h_ru, h_kk)[L]])
        amounts.append(t)
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t,
                           "name_contains": _words(name, 2)})
    rows.append(["", g("Итого", "Барлығы", ""), "", "", "", "", total(doc, amounts), ""])
    doc.table(g("Таблица 6.1 – Отходы, образующиеся при ликвидации", "6.1-кесте – Жою кезінде түзілетін қалдықтар", ""), rows,
              role="wastes")
    doc.p(g("Радиоактивные отходы (мелкая фракция ионообменной смолы, шламы пескоотстойников, оборудование с МЭД более "
            "0,6 мкЗв/ч после дезактивации) в таблице не приводятся: обращение с ними определено разделом 7 «Радиационная "
            "безопасность» и осуществляется с захоронением в пункте захоронения НРО рудника.",
            "Радиоактивті қалдықтар (ион алмастырғыш шайырдың ұсақ фракциясы, құм тұндырғыштардың шламдары, дезактивациядан кейін "
            "ЭДҚ 0,6 мкЗв/сағ-тан асатын жабдықтар) кестеде келтірілмейді: олармен жұмыс 7-бөлімде «Радиациялық қауіпсіздік» "
            "айқындалған және кеніштің ТРҚ көму пунктінде көму арқылы жүзеге асырылады.", ""))
    maybe_distractor(doc, 0.3)


# (item, basis kind, waste, CTNH code or None)
VN_TITAN_WASTES = (
    ("Nền, móng bê tông xưởng tuyển tinh", "m3", "Bê tông, gạch vỡ", None),
    ("Máng xoắn, bàn đãi, khung thép xưởng tuyển", "list", "Sắt thép phế liệu", None),
    ("Đường ống HDPE dẫn bùn quặng, nước tuần hoàn", "pipe", "Ống nhựa HDPE thải", None),
    ("Máy xúc, máy ủi, ô tô tải (bảo dưỡng trước khi điều chuyển)", "oil", "Dầu động cơ, hộp số và bôi trơn tổng hợp thải", "17 02 03"),
    ("Bảo dưỡng thiết bị, vệ sinh xưởng", "rag", "Giẻ lau, găng tay dính dầu thải", "18 02 01"),
    ("Hệ thống chiếu sáng xưởng, nhà điều hành", "lamp", "Bóng đèn huỳnh quang thải", "16 01 06"),
    ("Xe nâng, thiết bị dự phòng", "bat", "Pin, ắc quy chì thải", "19 06 01"),
)


def _wastes_hj1_vi(doc: Doc) -> None:
    r = doc.rng
    site = doc.pick(("mỏ sa khoáng titan – zircon Lương Sơn", "mỏ sa khoáng titan Hòa Thắng", "mỏ sa khoáng titan – zircon Tân Thành"))
    doc.h(f"PHƯƠNG ÁN CẢI TẠO, PHỤC HỒI MÔI TRƯỜNG – {site.upper()}, TỈNH BÌNH THUẬN")
    doc.h("4.3. Khối lượng chất thải phát sinh khi tháo dỡ công trình")
    doc.p("Thiết bị, vật liệu tại xưởng tuyển tinh (nơi tập trung monazit) chỉ được tháo dỡ, chuyển giao như chất thải thông "
          "thường sau khi đo suất liều bức xạ gamma trên bề mặt không vượt quá 0,5 µSv/h so với phông.")
    rows = [["TT", "Hạng mục tháo dỡ", "Cơ sở tính toán", "Suất liều bức xạ đo được (µSv/h)", "Tên chất thải", "Mã CTNH",
             "Khối lượng (tấn)"]]
    for k, (item, kind, waste, code) in enumerate(VN_TITAN_WASTES, 1):
        if kind == "m3":
            v = r.randint(20, 140) * 10
            base, t = f"{num(v, 'vi')} m3 × 2,4 tấn/m3", _mul(v, 2.4)
        elif kind == "pipe":
            m, kg = r.randint(30, 90) * 100, round(r.uniform(2.1, 5.8), 1)
            base, t = f"{num(m, 'vi')} m × {num(kg, 'vi')} kg/m", _mul(_mul(m, kg), 0.001)
        elif kind == "oil":
            n, litres = r.randint(8, 22), r.choice((40, 60, 80))
            base, t = f"{n} thiết bị × {litres} lít × 0,9 kg/lít", _mul(_mul(n * litres, 0.9), 0.001)
        elif kind == "rag":
            base, t = "theo thực tế phát sinh", round(r.uniform(0.05, 0.4), 2)
        elif kind == "lamp":
            n = r.randint(120, 400)
            base, t = f"{num(n, 'vi')} bóng × 0,3 kg", _mul(_mul(n, 0.3), 0.001)
        elif kind == "bat":
            n = r.randint(6, 20)
            base, t = f"{n} bình × 28 kg", _mul(n * 28, 0.001)
        else:
            base, t = "theo bảng kê tháo dỡ (Phụ lục 3)", float(r.randint(60, 420))
        dose = "-" if code else num(round(r.uniform(0.12, 0.42), 2), "vi")
        rows.append([str(k), item, base, dose, waste, code or "-", num(t, "vi")])
        if code:
            doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": t, "name_contains": _words(waste, 4)})
        else:
            doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": waste})
    doc.table("Bảng 4.5. Khối lượng chất thải phát sinh trong quá trình cải tạo, phục hồi môi trường", rows, role="wastes")
    doc.p("Cát thải nhiễm monazit (nếu suất liều vượt ngưỡng) không thuộc bảng này, được quản lý theo kế hoạch an toàn bức xạ.")
    maybe_distractor(doc, 0.3)


# places of accumulation of a rare-metals works: (RU, KK, area m2 or None, capacity t or None, [(code, RU, KK, (low, high))])
RM_PLACES = (
    ("Открытая бетонированная площадка временного хранения металлолома", "Металл сынықтарын уақытша сақтаудың ашық бетондалған алаңы",
     1200, 800, [("17 04 05", "Лом черных металлов", "Қара металл сынықтары", (120, 480)),
                 ("12 01 01", "Стружка черных металлов", "Қара металдардың жоңқасы", (8, 40)),
                 ("17 04 01", "Лом меди и латуни", "Мыс пен жез сынықтары", (2, 15))]),
    ("Закрытый склад бериллийсодержащих отходов (с местной вытяжной вентиляцией)",
     "Бериллийі бар қалдықтардың жабық қоймасы (жергілікті сорып алу желдеткішімен)",
     240, 150, [("11 02 07*", "Бериллийсодержащие шламы гидрометаллургического передела", "Гидрометаллургиялық қайта бөлудің бериллийі бар шламдары", (20, 90)),
                ("10 08 15*", "Пыль газоочистки печей, содержащая бериллий", "Пештердің газ тазартқыш шаңы, құрамында бериллий бар", (1, 8)),
                ("15 02 02*", "Фильтровальная ткань и СИЗ, загрязненные бериллием", "Бериллиймен ластанған сүзгі мата және ЖҚҚ", (0.5, 4))]),
    ("Площадка кеков фторидного передела (под навесом, с гидроизоляцией)", "Фторид қайта бөлуінің кектер алаңы (қалқа астында, гидрооқшаулаумен)",
     600, 900, [("06 05 02*", "Фторсодержащие кеки нейтрализации стоков", "Ағындарды бейтараптандырудың фторы бар кектері", (150, 620)),
                ("06 03 13*", "Отработанные соли и растворы, содержащие тяжелые металлы", "Құрамында ауыр металдар бар пайдаланылған тұздар мен ерітінділер", (4, 30))]),
    ("Хвостохранилище № 2", "№ 2 қалдық қоймасы", None, None, []),
    ("Склад масел и нефтесодержащих отходов (емкости 4 × 5 м3)", "Майлар мен мұнайлы қалдықтар қоймасы (сыйымдылықтар 4 × 5 м3)",
     90, 20, [("13 02 08*", "Отработанные моторные и трансмиссионные масла", "Пайдаланылған мотор және трансмиссиялық майлар", (3, 12)),
              ("16 01 07*", "Отработанные масляные фильтры", "Пайдаланылған май сүзгілері", (0.2, 1.2)),
              ("15 02 02*", "Промасленная ветошь", "Майланған шүберек", (0.3, 2))]),
    ("Закрытое помещение для ламп и аккумуляторов", "Шамдар мен аккумуляторларға арналған жабық үй-жай",
     36, 4, [("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", (0.1, 0.8)),
             ("16 06 01*", "Отработанные свинцовые аккумуляторы", "Пайдаланылған қорғасын аккумуляторлары", (0.5, 3))]),
    ("Контейнерная площадка ТБО (12 контейнеров по 0,75 м3)", "ҚТҚ контейнерлік алаңы (0,75 м3-ден 12 контейнер)",
     48, None, [("20 03 01", "Смешанные коммунальные отходы", "Аралас коммуналдық қалдықтар", (60, 180))]),
)  # fmt: skip


def wastes_hj2(doc: Doc) -> None:
    """A КЭР annex of a tantalum-niobium and beryllium works: the limits of accumulation under group rows spanning the
    table, each naming a place of accumulation with its area in square metres and its capacity in tonnes (figures that
    are no amounts), the wastes under it with code, name, limit in t/year and the term of accumulation; the tailings
    storage under conservation as a group row saying nothing is accumulated there, with the mass placed before its
    conservation (VI: the Đông Pao rare-earth project's permit, its CTNH under a row per store with the store's area and
    capacity, kilograms a year)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_hj2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    name = g(doc.pick(("АО «Иртыш Редметалл»", "ТОО «Өскемен Сирек Металдар»")), doc.pick(("«Ертіс Редметалл» АҚ", "«Өскемен Сирек Металдар» ЖШС")), "")
    year = r.choice((2019, 2020, 2021))
    placed = num(round(r.uniform(0.8, 2.6), 2), doc.lang)
    doc.h(g(f"Комплексное экологическое разрешение. {name}. Приложение 4. Лимиты накопления отходов",
            f"Кешенді экологиялық рұқсат. {name}. 4-қосымша. Қалдықтарды жинақтау лимиттері", ""))
    doc.p(g("Объект: производство тантала, ниобия и бериллия, г. Усть-Каменогорск, Восточно-Казахстанская область. Лимиты "
            "установлены на 2026–2035 гг.; срок накопления отходов не превышает шести месяцев.",
            "Объект: тантал, ниобий және бериллий өндірісі, Өскемен қаласы, Шығыс Қазақстан облысы. Лимиттер 2026–2035 жж. "
            "белгіленді; қалдықтарды жинақтау мерзімі алты айдан аспайды.", ""))
    rows = [g(["№", "Код отхода", "Наименование отхода", "Лимит накопления, т/год", "Срок накопления"],
              ["№", "Қалдық коды", "Қалдықтың атауы", "Жинақтау лимиті, т/жыл", "Жинақтау мерзімі"], [])]
    merges = []
    k = 0
    for j, (p_ru, p_kk, area, cap, wastes) in enumerate(RM_PLACES, 1):
        place = (p_ru, p_kk)[L]
        if not wastes:
            _span(rows, merges, g(f"Место накопления № {j}. {place} (законсервировано в {year} г., размещено {placed} млн т кеков "
                                  "и шламов) – накопление отходов не осуществляется",
                                  f"№ {j} жинақтау орны. {place} ({year} ж. консервацияланған, {placed} млн т кектер мен шламдар "
                                  "орналастырылған) – қалдықтарды жинақтау жүзеге асырылмайды", ""), 5)
            continue
        facts = [g(f"площадь {num(area, 'ru')} м2", f"ауданы {num(area, 'kk')} м2", "")]
        if cap:
            facts.append(g(f"вместимость {num(cap, 'ru')} т", f"сыйымдылығы {num(cap, 'kk')} т", ""))
        _span(rows, merges, g(f"Место накопления № {j}. {place}; {', '.join(facts)}", f"№ {j} жинақтау орны. {place}; {', '.join(facts)}", ""), 5)
        for code, w_ru, w_kk, (lo, hi) in wastes:
            k += 1
            t = rate(r, lo, hi, 3)
            wname = (w_ru, w_kk)[L]
            term = g("до 6 месяцев", "6 айға дейін", "") if code.endswith("*") else g("до 3 месяцев", "3 айға дейін", "")
            rows.append([str(k), code, wname, num(t, doc.lang), term])
            doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t,
                               "name_contains": _words(wname, 3)})
    doc.table(g("Таблица 1 – Лимиты накопления отходов по местам накопления", "1-кесте – Жинақтау орындары бойынша қалдықтарды жинақтау лимиттері", ""),
              rows, merges, role="wastes")
    doc.p(g("Вывоз бериллийсодержащих отходов на захоронение осуществляется в специальной герметичной таре с маркировкой.",
            "Бериллийі бар қалдықтарды көмуге шығару таңбаланған арнайы герметикалық ыдыста жүзеге асырылады.", ""))
    maybe_distractor(doc, 0.3)


# VI stores: (store, area m2, capacity kg, [(code, name, (low, high) kg)])
VN_STORES = (
    ("Kho lưu giữ CTNH số 1 (khu xưởng tuyển, nhà kín, nền chống thấm)", 60, 12000,
     [("17 02 03", "Dầu thủy lực, dầu bôi trơn tổng hợp thải", (400, 2400)),
      ("18 02 01", "Giẻ lau, găng tay dính dầu, hóa chất thải", (150, 900)),
      ("18 01 03", "Bao bì cứng thải bằng nhựa nhiễm axit", (200, 1500))]),
    ("Kho lưu giữ CTNH số 2 (khu xử lý nước thải)", 40, 20000,
     [("12 06 05", "Bùn thải có các thành phần nguy hại từ quá trình xử lý nước thải công nghiệp", (3000, 15000)),
      ("18 01 02", "Bao bì cứng thải bằng kim loại (thùng phuy đựng hóa chất)", (120, 800))]),
    ("Tủ chứa chuyên dụng tại khu văn phòng, phòng thí nghiệm", 6, 500,
     [("16 01 06", "Bóng đèn huỳnh quang thải", (20, 120)),
      ("19 06 01", "Pin, ắc quy chì thải", (50, 300)),
      ("08 02 04", "Hộp mực in thải có các thành phần nguy hại", (5, 30))]),
)


def _wastes_hj2_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("GIẤY PHÉP MÔI TRƯỜNG – DỰ ÁN KHAI THÁC, CHẾ BIẾN QUẶNG ĐẤT HIẾM ĐÔNG PAO, XÃ BẢN HON, HUYỆN TAM ĐƯỜNG, TỈNH LAI CHÂU")
    doc.h("Phụ lục 3. YÊU CẦU VỀ QUẢN LÝ CHẤT THẢI")
    doc.p("1. Khối lượng, chủng loại chất thải nguy hại phát sinh thường xuyên và khu vực lưu giữ:")
    rows = [["TT", "Tên chất thải", "Mã CTNH", "Trạng thái tồn tại", "Khối lượng (kg/năm)"]]
    merges = []
    k = 0
    for j, (store, area, capacity, wastes) in enumerate(VN_STORES, 1):
        _span(rows, merges, f"{j}. {store}: diện tích {num(area, 'vi')} m2, sức chứa tối đa {num(capacity, 'vi')} kg", 5)
        for code, name, (lo, hi) in wastes:
            k += 1
            kg = float(r.randint(lo // 10, hi // 10) * 10)
            state = "Lỏng" if code == "17 02 03" else ("Bùn" if code == "12 06 05" else "Rắn")
            rows.append([str(k), name, code, state, num(kg, "vi")])
            doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000,
                               "name_contains": _words(name, 4)})
    doc.table("Bảng 3.1. Chất thải nguy hại phát sinh theo khu vực lưu giữ", rows, merges, role="wastes")
    doc.p("Quặng đuôi sau tuyển được thải vào hồ chứa quặng đuôi theo thiết kế; đất đá thải được đổ tại bãi thải ngoài, không "
          "thuộc danh mục chất thải nguy hại quy định tại bảng trên.")
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- limits

# groundwater ПДК of drinking use: symbol -> (limit, unit, value range as share of the limit)
GW_PDK = {"pH": ((6, 9), None, (6.1, 8.4)), "TDS": (1.0, "g/l", (0.6, 3.2)), "SO4": (500, "mg/l", (0.2, 2.6)),
          "NO3-": (45, "mg/l", (0.02, 0.9)), "Cl-": (350, "mg/l", (0.1, 1.1)), "Fe": (0.3, "mg/l", (0.2, 6.0)),
          "Mn": (0.1, "mg/l", (0.1, 3.5)), "Be": (0.0002, "mg/l", None)}
GW_LABEL = {
    "pH": (("pH", "ед. pH"), ("pH", "pH бірл.")), "TDS": (("Сухой остаток", "г/дм3"), ("Құрғақ қалдық", "г/дм3")),
    "SO4": (("Сульфаты", "мг/дм3"), ("Сульфаттар", "мг/дм3")), "NO3-": (("Нитраты", "мг/дм3"), ("Нитраттар", "мг/дм3")),
    "Cl-": (("Хлориды", "мг/дм3"), ("Хлоридтер", "мг/дм3")), "Fe": (("Железо общее", "мг/дм3"), ("Жалпы темір", "мг/дм3")),
    "Mn": (("Марганец", "мг/дм3"), ("Марганец", "мг/дм3")), "Be": (("Бериллий", "мг/дм3"), ("Бериллий", "мг/дм3")),
}
# (well, RU position, KK position) by aquifer group
GW_WELLS = (
    (("Продуктивный (мынкудукский) горизонт – контрольный контур", "Өнімді (мыңқұдық) горизонт – бақылау контуры"),
     [("КН-1", "150 м от контура блока 2 по потоку", "ағын бойынша 2-блок контурынан 150 м"),
      ("КН-2", "150 м от контура блока 5 по потоку", "ағын бойынша 5-блок контурынан 150 м"),
      ("КН-3", "200 м от контура блока 9, фланг", "9-блок контурынан 200 м, қапталы")]),
    (("Надрудный (инкудукский) горизонт", "Кен үсті (іңкұдық) горизонты"),
     [("НН-1", "над блоком 4", "4-блоктың үстінде"), ("НН-2", "над блоком 7", "7-блоктың үстінде")]),
)


def limits_hj1(doc: Doc) -> None:
    """A report on ПЭК of an ISR uranium mine, its groundwater at the control wells: the wells as rows under aquifer
    group rows spanning the table, the well's position in the second column, the parameters as columns with their units
    in a second header row (dry residue in g/dm3, the rest in mg/dm3, uranium in µg/dm3 without a norm, radium-226 in
    Bq/dm3 against an intervention level), `<` below detection, and at the foot two rows — the drinking-water ПДК and
    the background of the aquifer before mining — of which only the first is the limit (VI: the Bồng Miêu plant's wells
    against QCVN 09-MT:2015/BTNMT with a `Giá trị nền` row, `KPH`)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_hj1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    dep = doc.pick(ISR)[0]
    half = doc.pick(g(("I полугодие", "II полугодие"), ("I жартыжылдық", "II жартыжылдық"), ()))
    keys = ["pH", "TDS", "SO4", "NO3-", *sorted(r.sample(["Cl-", "Fe", "Mn"], 2), key=list(GW_PDK).index), "Be"]
    doc.h(g(f"Отчет по производственному экологическому контролю за {half} 2025 г. Рудник «{dep}». Мониторинг подземных вод",
            f"«{dep}» кеніші. 2025 жылғы {half} өндірістік экологиялық бақылау бойынша есеп. Жерасты суларының мониторингі", ""))
    doc.p(g("Пробы отобраны после прокачки скважин тремя объемами; анализы выполнены аккредитованной лабораторией. Для "
            "оценки принят ПДК для водных объектов хозяйственно-питьевого водопользования.",
            "Сынамалар ұңғымаларды үш көлеммен айдағаннан кейін алынды; талдауларды аккредиттелген зертхана орындады. Бағалау "
            "үшін шаруашылық-ауыз су пайдалану су объектілеріне арналған ШЖК қабылданды.", ""))
    head0 = [g("Скважина", "Ұңғыма", ""), g("Расположение", "Орналасуы", "")]
    head1 = [None, None]
    for s in keys:
        label, unit = GW_LABEL[s][L]
        head0.append(label)
        head1.append(unit)
    head0 += [g("Уран", "Уран", ""), g("Радий-226", "Радий-226", "")]
    head1 += [g("мкг/дм3", "мкг/дм3", ""), g("Бк/дм3", "Бк/дм3", "")]
    width = len(head0)
    rows = [head0, head1]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1)]
    for (grp_ru, grp_kk), wells in GW_WELLS:
        _span(rows, merges, (grp_ru, grp_kk)[L], width)
        for well, p_ru, p_kk in wells:
            line = [well, (p_ru, p_kk)[L]]
            for s in keys:
                lim, unit, share = GW_PDK[s]
                if s == "Be" and r.random() < 0.5:
                    line.append(f"< {num(0.0001, doc.lang)}")
                    add(doc, {k: x for k, x in limit(("symbol", s), "water", lim, unit, None, well).items() if k != "value"})
                    continue
                if s == "pH":
                    v = round(r.uniform(*share), 1)
                elif s == "Be":
                    v = _sig(r.uniform(0.00012, 0.0004), 2)
                else:
                    v = _sig(lim * r.uniform(*share), 3)
                line.append(num(v, doc.lang))
                add(doc, limit(("symbol", s), "water", lim, unit, None, well, v))
            line += [num(_sig(r.uniform(2, 400), 2), doc.lang), num(_sig(r.uniform(0.05, 1.8), 2), doc.lang)]
            rows.append(line)
    pdk = [g("ПДК (хоз.-питьевое водопользование)", "ШЖК (шаруашылық-ауыз су пайдалану)", ""), None]
    pdk += [cell(doc, GW_PDK[s][0]) for s in keys] + ["–", g("0,49 (УВ)", "0,49 (АД)", "")]
    merges.append((len(rows), 0, len(rows), 1))
    rows.append(pdk)
    back = [g("Фон горизонта до начала отработки (2011 г.)", "Өндіру басталғанға дейінгі горизонт фоны (2011 ж.)", ""), None]
    for s in keys:
        lim, _, share = GW_PDK[s]
        if s == "pH":
            back.append(num(round(r.uniform(7.0, 7.8), 1), doc.lang))
        elif s == "Be":
            back.append(f"< {num(0.0001, doc.lang)}")
        else:
            back.append(num(_sig(lim * r.uniform(0.1, max(0.2, share[1] * 0.4)), 3), doc.lang))
    back += [num(_sig(r.uniform(1, 20), 2), doc.lang), num(_sig(r.uniform(0.05, 0.3), 2), doc.lang)]
    merges.append((len(rows), 0, len(rows), 1))
    rows.append(back)
    doc.table(g("Таблица 5.1 – Результаты анализов подземных вод по контрольным скважинам",
                "5.1-кесте – Бақылау ұңғымалары бойынша жерасты суларын талдау нәтижелері", ""), rows, merges, role="limits")
    doc.p(g("УВ – уровень вмешательства для радия-226 в питьевой воде. Превышения по сульфатам и сухому остатку в скважинах "
            "контрольного контура связаны с естественной минерализацией горизонта и находятся в пределах фоновых колебаний.",
            "АД – ауыз судағы радий-226 үшін араласу деңгейі. Бақылау контурының ұңғымаларындағы сульфаттар мен құрғақ қалдық "
            "бойынша асулар горизонттың табиғи минералдануымен байланысты және фондық ауытқулар шегінде.", ""))
    maybe_distractor(doc, 0.3)


# QCVN 09-MT:2015/BTNMT (groundwater): symbol -> (limit, unit, value share range)
QCVN09 = {"pH": ((5.5, 8.5), None, (6.2, 7.9)), "TDS": (1500, "mg/l", (0.1, 0.6)), "SO4": (400, "mg/l", (0.05, 0.7)),
          "Cl-": (250, "mg/l", (0.05, 0.5)), "NO3-": (15, "mg/l", (0.02, 0.6)), "Fe": (5, "mg/l", (0.02, 0.4)),
          "Mn": (0.5, "mg/l", (0.05, 1.3)), "As": (0.05, "mg/l", (0.05, 1.4)), "CN-": (0.01, "mg/l", None),
          "Hg": (0.001, "mg/l", None), "Coliform": (3, "MPN/100ml", None)}
QCVN09_LABEL = {"pH": "pH", "TDS": "Tổng chất rắn hòa tan (TDS)", "SO4": "Sunfat (SO4 2-)", "Cl-": "Clorua (Cl-)", "NO3-": "Nitrat (NO3- tính theo N)",
                "Fe": "Sắt (Fe)", "Mn": "Mangan (Mn)", "As": "Asen (As)", "CN-": "Xyanua (CN-)", "Hg": "Thủy ngân (Hg)",
                "Coliform": "Coliform"}


def _limits_hj1_vi(doc: Doc) -> None:
    r = doc.rng
    project, _, core, *_ = doc.pick(VN_GOLD)
    doc.h(f"BÁO CÁO KẾT QUẢ QUAN TRẮC MÔI TRƯỜNG ĐỊNH KỲ NĂM 2025 – {project.upper()}")
    doc.p("Nước dưới đất được lấy tại các giếng khoan quan trắc quanh hồ chứa quặng đuôi và giếng đào của hộ dân; kết quả được "
          "so sánh với QCVN 09-MT:2015/BTNMT và với giá trị nền khảo sát năm 2018 (trước khi dự án vận hành).")
    keys = ["pH", "TDS", "SO4", *sorted(r.sample(["Cl-", "NO3-", "Fe", "Mn"], 2), key=list(QCVN09).index), "As", "CN-", "Hg", "Coliform"]
    wells = (("NN1", "Giếng khoan hạ lưu hồ chứa quặng đuôi, cách chân đập 50 m"), ("NN2", "Giếng khoan phía đông khu bể hòa tách"),
             ("NN3", "Giếng đào hộ dân thôn 5, cách dự án 800 m"))
    rows = [["Ký hiệu mẫu", "Vị trí", *(QCVN09_LABEL[s] for s in keys)],
            [None, "Đơn vị", *("-" if QCVN09[s][1] is None else QCVN09[s][1].replace("mg/l", "mg/L") for s in keys)]]
    merges = [(0, 0, 1, 0)]
    for pid, place in wells:
        line = [pid, place]
        for s in keys:
            lim, unit, share = QCVN09[s]
            if s in ("CN-", "Hg", "Coliform") and r.random() < 0.6:
                line.append("KPH")
                add(doc, {k: x for k, x in limit(("symbol", s), "water", lim, unit, None, pid).items() if k != "value"})
                continue
            if s == "pH":
                v = round(r.uniform(*share), 1)
            elif s == "Coliform":
                v = float(r.choice((1, 2)))
            elif share is None:
                v = _sig(lim * r.uniform(0.2, 0.8), 2)
            else:
                v = _sig(lim * r.uniform(*share), 3)
            line.append(num(v, "vi"))
            add(doc, limit(("symbol", s), "water", lim, unit, None, pid, v))
        rows.append(line)
    rows.append(["QCVN 09-MT:2015/BTNMT", None, *(cell(doc, QCVN09[s][0]) for s in keys)])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 1))
    nen = []
    for s in keys:
        lim, _, share = QCVN09[s]
        if s == "pH":
            nen.append(num(round(r.uniform(6.4, 7.2), 1), "vi"))
        elif share is None:
            nen.append("KPH")
        else:
            nen.append(num(_sig(lim * r.uniform(0.02, 0.3), 2), "vi"))
    rows.append(["Giá trị nền (năm 2018)", None, *nen])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 1))
    doc.table(f"Bảng 4. Kết quả phân tích chất lượng nước dưới đất khu vực {core}", rows, merges, role="limits")
    doc.p("Ghi chú: KPH – không phát hiện (nhỏ hơn giới hạn phát hiện của phương pháp); “-”: không có đơn vị.")
    maybe_distractor(doc, 0.3)


# closure criteria of a heap-leach site: (RU medium, KK medium, medium, [(symbol or None, RU indicator, KK indicator, limit,
#  unit as printed RU/KK, unit as expected)], RU method, KK method)
CLOSURE = (
    ("Почвы рекультивированных площадок (штабели КВ, пруды растворов, склад руды)",
     "Қалпына келтірілген алаңдардың топырағы (ҮШ штабельдері, ерітінді тоғандары, кен қоймасы)", "soil",
     [("Pb", "Свинец (валовая форма)", "Қорғасын (жалпы түрі)", SOIL_PDK["Pb"], "мг/кг", "mg/kg"),
      ("As", "Мышьяк (валовая форма)", "Күшән (жалпы түрі)", SOIL_PDK["As"], "мг/кг", "mg/kg"),
      ("Cu", "Медь (подвижная форма)", "Мыс (жылжымалы түрі)", SOIL_PDK["Cu"], "мг/кг", "mg/kg"),
      ("Zn", "Цинк (подвижная форма)", "Мырыш (жылжымалы түрі)", SOIL_PDK["Zn"], "мг/кг", "mg/kg"),
      ("pH", "pH водной вытяжки", "Сулы сығындының pH", (6.5, 8.5), "ед. pH", None)],
     "опробование по сетке 50 × 50 м, не менее 2 туров", "50 × 50 м тор бойынша сынама алу, кемінде 2 тур"),
    ("Подземные воды в зоне влияния площадки", "Алаңның әсер ету аймағындағы жерасты сулары", "water",
     [("CN-", "Цианиды", "Цианидтер", 0.035, "мг/дм3", "mg/l"),
      ("As", "Мышьяк", "Күшән", 0.05, "мг/дм3", "mg/l"),
      ("Cu", "Медь", "Мыс", 1.0, "мг/дм3", "mg/l"),
      ("SO4", "Сульфаты", "Сульфаттар", 500, "мг/дм3", "mg/l"),
      ("pH", "Водородный показатель", "Сутегі көрсеткіші", (6, 9), "ед. pH", None)],
     "4 квартала подряд по сети наблюдательных скважин", "бақылау ұңғымалары желісі бойынша қатарынан 4 тоқсан"),
    ("Поверхностные воды водотока ниже площадки", "Алаңнан төмен су ағынының жерүсті сулары", "water",
     [("CN-", "Цианиды", "Цианидтер", 0.05, "мг/дм3", "mg/l"),
      ("Cu", "Медь", "Мыс", 0.001, "мг/дм3", "mg/l"),
      ("Zn", "Цинк", "Мырыш", 0.01, "мг/дм3", "mg/l")],
     "ежемесячно в период открытой воды в течение 2 лет", "2 жыл бойы ашық су кезеңінде ай сайын"),
    ("Физическая стабильность и растительность", "Физикалық тұрақтылық және өсімдік жамылғысы", None,
     [(None, "Коэффициент устойчивости откосов штабелей", "Штабель беткейлерінің орнықтылық коэффициенті", 1.3, "–", None),
      (None, "Проективное покрытие травостоя", "Шөп жамылғысының проективті жабыны", 50, "%", None)],
     "геотехнический расчет, маркшейдерская съемка; геоботаническое обследование",
     "геотехникалық есеп, маркшейдерлік түсірілім; геоботаникалық зерттеп-қарау"),
)  # fmt: skip


def limits_hj2(doc: Doc) -> None:
    """The criteria of completing the liquidation of a gold heap-leach site in its liquidation plan: `№ | компонент |
    показатель | критерий | ед. изм. | способ подтверждения`, the component merged down the second column over its
    indicators, criteria written `не более 0,035` or `от 6,5 до 8,5`, the same substances for groundwater and for the
    stream with other values, and physical criteria (slope stability, plant cover) with no substance (VI: the criteria
    of completed rehabilitation of a titanium-zircon sand mine — soil against QCVN 03-MT:2015/BTNMT for agricultural
    land, the pit lake against QCVN 08-MT:2015/BTNMT column B1 — beside a gamma dose rate)."""
    if doc.lang == "vi":
        _limits_hj2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    dep = doc.pick(HEAP)[0]
    doc.h(g(f"План ликвидации комплекса кучного выщелачивания месторождения «{dep}». Раздел 4. Критерии завершения ликвидации",
            f"«{dep}» кен орнының үйінді шаймалау кешенін жою жоспары. 4-бөлім. Жоюды аяқтау критерийлері", ""))
    doc.p(g("Ликвидация считается завершенной, когда все приведенные ниже критерии подтверждены в течение периода "
            "пострекультивационного мониторинга и приняты уполномоченным органом.",
            "Төменде келтірілген барлық критерийлер рекультивациядан кейінгі мониторинг кезеңінде расталған және уәкілетті орган "
            "қабылдаған кезде жою аяқталды деп есептеледі.", ""))
    rows = [g(["№", "Компонент", "Показатель", "Критерий", "Ед. изм.", "Способ подтверждения"],
              ["№", "Компонент", "Көрсеткіш", "Критерий", "Өлш. бірл.", "Растау тәсілі"], [])]
    merges = []
    k = 0
    for m_ru, m_kk, medium, items, h_ru, h_kk in CLOSURE:
        start = len(rows)
        for j, (s, i_ru, i_kk, lim, u, unit) in enumerate(items):
            k += 1
            if isinstance(lim, tuple):
                crit = g(f"от {num(lim[0], 'ru')} до {num(lim[1], 'ru')}", f"{num(lim[0], 'kk')} – {num(lim[1], 'kk')} аралығында", "")
            elif s is None and u == "%":
                crit = g(f"не менее {lim}", f"кемінде {lim}", "")
            elif s is None:
                crit = g(f"не менее {num(lim, 'ru')}", f"кемінде {num(lim, 'kk')}", "")
            else:
                crit = g(f"не более {num(lim, 'ru')}", f"ең көбі {num(lim, 'kk')}", "")
            unit_cell = g(u, u, "") if u != "ед. pH" else g("ед. pH", "pH бірл.", "")
            rows.append([str(k), (m_ru, m_kk)[L] if j == 0 else None, (i_ru, i_kk)[L], crit, unit_cell,
                         (h_ru, h_kk)[L] if j == 0 else None])
            if s is not None:
                add(doc, limit(("symbol", s), medium, lim, unit, None, None))
        merges += [(start, 1, len(rows) - 1, 1), (start, 5, len(rows) - 1, 5)]
    doc.table(g("Таблица 4.1 – Критерии завершения ликвидации", "4.1-кесте – Жоюды аяқтау критерийлері", ""), rows, merges, role="limits")
    doc.p(g("Для почв приняты ПДК химических веществ в почве; для подземных вод – ПДК хозяйственно-питьевого водопользования; "
            "для водотока – ПДК рыбохозяйственных водоемов.",
            "Топырақ үшін топырақтағы химиялық заттардың ШЖК; жерасты сулары үшін шаруашылық-ауыз су пайдаланудың ШЖК; су ағыны "
            "үшін балық шаруашылығы су айдындарының ШЖК қабылданды.", ""))
    maybe_distractor(doc, 0.3)


# QCVN 08-MT:2015/BTNMT column B1 for the pit lake
B1 = {"pH": ((5.5, 9), None), "TSS": (50, "mg/l"), "BOD5": (15, "mg/l"), "COD": (30, "mg/l"), "NH4+": (0.9, "mg/l"),
      "Fe": (1.5, "mg/l"), "As": (0.05, "mg/l"), "Pb": (0.05, "mg/l")}
B1_LABEL = {"pH": "pH", "TSS": "Tổng chất rắn lơ lửng (TSS)", "BOD5": "BOD5 (20°C)", "COD": "COD", "NH4+": "Amoni (tính theo N)",
            "Fe": "Sắt (Fe)", "As": "Asen (As)", "Pb": "Chì (Pb)"}
SOIL_LABEL = {"As": "Asen (As)", "Cd": "Cadimi (Cd)", "Pb": "Chì (Pb)", "Cu": "Đồng (Cu)", "Zn": "Kẽm (Zn)", "Cr": "Crom (Cr)"}


def _limits_hj2_vi(doc: Doc) -> None:
    r = doc.rng
    site = doc.pick(("mỏ sa khoáng titan – zircon Lương Sơn", "mỏ sa khoáng titan Hòa Thắng", "mỏ sa khoáng titan – zircon Tân Thành"))
    doc.h(f"PHƯƠNG ÁN CẢI TẠO, PHỤC HỒI MÔI TRƯỜNG – {site.upper()}, TỈNH BÌNH THUẬN")
    doc.h("Chương 5. TIÊU CHÍ ĐÁNH GIÁ HOÀN THÀNH CẢI TẠO, PHỤC HỒI MÔI TRƯỜNG")
    doc.p("Sau cải tạo, diện tích moong và bãi thải được hoàn thổ, trồng rừng phòng hộ và cây lâu năm; hồ moong còn lại được giữ "
          "làm hồ chứa nước tưới. Việc nghiệm thu căn cứ các tiêu chí tại Bảng 5.1.")
    rows = [["TT", "Hạng mục", "Chỉ tiêu", "Giá trị tiêu chí", "Đơn vị", "Căn cứ"]]
    merges = []
    k = 0
    soil_keys = sorted(r.sample(sorted(SOIL_VN), 4), key=list(SOIL_VN).index)
    start = len(rows)
    for j, s in enumerate(soil_keys):
        k += 1
        lim = SOIL_VN[s][0]
        rows.append([str(k), "Đất sau hoàn thổ (đất nông nghiệp)" if j == 0 else None, SOIL_LABEL[s], f"≤ {num(lim, 'vi')}", "mg/kg",
                     "QCVN 03-MT:2015/BTNMT, đất nông nghiệp" if j == 0 else None])
        add(doc, limit(("symbol", s), "soil", lim, "mg/kg", "Đất nông nghiệp", None))
    merges += [(start, 1, len(rows) - 1, 1), (start, 5, len(rows) - 1, 5)]
    water_keys = ["pH", *sorted(r.sample(["TSS", "BOD5", "COD", "NH4+", "Fe"], 3), key=list(B1).index), "As", "Pb"]
    start = len(rows)
    for j, s in enumerate(water_keys):
        k += 1
        lim, unit = B1[s]
        crit = f"{num(lim[0], 'vi')} – {num(lim[1], 'vi')}" if isinstance(lim, tuple) else f"≤ {num(lim, 'vi')}"
        rows.append([str(k), "Nước hồ moong (dùng cho tưới tiêu)" if j == 0 else None, B1_LABEL[s], crit, unit or "-",
                     "QCVN 08-MT:2015/BTNMT, cột B1" if j == 0 else None])
        add(doc, limit(("symbol", s), "water", lim, unit, "B1", None))
    merges += [(start, 1, len(rows) - 1, 1), (start, 5, len(rows) - 1, 5)]
    k += 1
    rows.append([str(k), "Bức xạ", "Suất liều bức xạ gamma trên bề mặt (cách mặt đất 1 m)", "≤ 0,3 so với phông", "µSv/h",
                 "Kế hoạch ứng phó sự cố bức xạ đã được phê duyệt"])
    k += 1
    rows.append([str(k), "Thảm thực vật", "Tỷ lệ cây trồng sống sau 12 tháng", "≥ 85", "%", "Thiết kế trồng rừng"])
    doc.table("Bảng 5.1. Tiêu chí nghiệm thu hoàn thành cải tạo, phục hồi môi trường", rows, merges, role="limits")
    doc.p("Mẫu đất lấy theo lưới 100 × 100 m; mẫu nước hồ lấy 02 đợt (mùa khô, mùa mưa) trước khi nghiệm thu.")
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- monitoring

# the observation network: (well, group key, RU purpose, KK purpose, RU place, KK place, depth)
ISR_NET = (
    ("КН-1", "contour", "150 м от контура блоков 1–3 по потоку", "ағын бойынша 1–3 блоктар контурынан 150 м", 420),
    ("КН-2", "contour", "150 м от контура блоков 4–6 по потоку", "ағын бойынша 4–6 блоктар контурынан 150 м", 435),
    ("КН-3", "contour", "200 м от контура блока 8, южный фланг", "8-блок контурынан 200 м, оңтүстік қапталы", 428),
    ("КН-4", "contour", "200 м от контура блока 11, северный фланг", "11-блок контурынан 200 м, солтүстік қапталы", 441),
    ("ФН-1", "background", "3 км выше по потоку от геотехнологического поля", "геотехнологиялық алаңнан ағын бойынша 3 км жоғары", 410),
    ("НН-1", "upper", "над блоком 2", "2-блоктың үстінде", 265),
    ("НН-2", "upper", "над блоком 7", "7-блоктың үстінде", 258),
    ("ВЗ-1", "supply", "водозабор вахтового поселка", "вахталық кенттің су алғышы", 180),
)
GROUP = {
    "contour": (("Продуктивный (мынкудукский)", "контурная наблюдательная"), ("Өнімді (мыңқұдық)", "контурлық бақылау")),
    "background": (("Продуктивный (мынкудукский)", "фоновая"), ("Өнімді (мыңқұдық)", "фондық")),
    "upper": (("Надрудный (инкудукский)", "контроль перетока"), ("Кен үсті (іңкұдық)", "ағып өтуді бақылау")),
    "supply": (("Сенонский водоносный комплекс", "водозаборная (питьевая)"), ("Сенон сулы кешені", "су алатын (ауыз су)")),
}
# water parameters by symbol with RU/KK names
W_NAMES = {"pH": ("pH", "pH"), "TDS": ("сухой остаток", "құрғақ қалдық"), "SO4": ("сульфаты", "сульфаттар"),
           "NO3-": ("нитраты", "нитраттар"), "Cl-": ("хлориды", "хлоридтер"), "Fe": ("железо общее", "жалпы темір"),
           "Mn": ("марганец", "марганец")}


def monitoring_hj1(doc: Doc) -> None:
    """A programme of radiation and groundwater monitoring of an ISR uranium mine: first the regime network of
    observation wells in a table of no role (well, aquifer, purpose — contour, background, overflow control, supply —,
    place, depth), then the programme whose rows name groups of that network (`контурные наблюдательные скважины
    продуктивного горизонта (табл. 4.1)`) rather than wells, each group with its parameters (uranium and radium-226
    among them) and frequency; the air at the protection zone's boundary at four points by the rhumbs; rows of gamma
    dose rate, radon flux and soil activity with no substance (VI: the Đông Pao rare-earth project's wells by aquifer
    and purpose, referred to by group)."""
    if doc.lang == "vi":
        _monitoring_hj1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    dep = doc.pick(ISR)[0]
    doc.h(g(f"Программа радиационного и экологического мониторинга рудника «{dep}» на 2026–2028 гг.",
            f"«{dep}» кенішінің 2026–2028 жылдарға арналған радиациялық және экологиялық мониторинг бағдарламасы", ""))
    doc.p(g("4.1. Режимная сеть. Наблюдения за подземными водами ведутся по сети скважин, оборудованных на продуктивный и "
            "надрудный горизонты; состав сети приведен в таблице 4.1.",
            "4.1. Режимдік желі. Жерасты суларын бақылау өнімді және кен үсті горизонттарына жабдықталған ұңғымалар желісі "
            "бойынша жүргізіледі; желінің құрамы 4.1-кестеде келтірілген.", ""))
    nrows = [g(["№ скважины", "Горизонт", "Назначение", "Расположение", "Глубина, м"],
               ["Ұңғыма №", "Горизонт", "Мақсаты", "Орналасуы", "Тереңдігі, м"], [])]
    for well, grp, p_ru, p_kk, depth in ISR_NET:
        aq, purpose = GROUP[grp][L]
        nrows.append([well, aq, purpose, (p_ru, p_kk)[L], str(depth)])
    doc.table(g("Таблица 4.1 – Режимная сеть наблюдательных скважин", "4.1-кесте – Бақылау ұңғымаларының режимдік желісі", ""),
              nrows, role="other")
    doc.p(g("4.2. Программа наблюдений", "4.2. Бақылау бағдарламасы", ""))
    wells = {grp: [w for w, gk, *_ in ISR_NET if gk == grp] for grp in GROUP}
    plan = [
        (g("Контурные наблюдательные скважины продуктивного горизонта (табл. 4.1)",
           "Өнімді горизонттың контурлық бақылау ұңғымалары (4.1-кесте)", ""),
         wells["contour"], ["pH", "TDS", "SO4", "NO3-", "Fe"], ["уран", "радий-226"], "quarterly"),
        (g("Фоновая скважина продуктивного горизонта", "Өнімді горизонттың фондық ұңғымасы", ""),
         wells["background"], ["pH", "TDS", "SO4", "NO3-", "Fe"], ["уран", "радий-226"], "semiannual"),
        (g("Скважины контроля перетока в надрудный горизонт (табл. 4.1)", "Кен үсті горизонтқа ағып өтуді бақылау ұңғымалары (4.1-кесте)", ""),
         wells["upper"], ["pH", "TDS", "SO4"], ["уран"], "semiannual"),
        (g("Водозаборная скважина вахтового поселка", "Вахталық кенттің су алатын ұңғымасы", ""),
         wells["supply"], ["pH", "TDS", "SO4", "Cl-", "NO3-"], ["суммарная альфа-активность", "суммарная бета-активность"], "quarterly"),
    ]
    rows = [g(["№", "Объект наблюдения", "Определяемые показатели", "Периодичность", "Исполнитель"],
              ["№", "Бақылау объектісі", "Анықталатын көрсеткіштер", "Кезеңділігі", "Орындаушы"], [])]
    lab = g("аккредитованная лаборатория (по договору)", "аккредиттелген зертхана (шарт бойынша)", "")
    rad = g("служба радиационной безопасности рудника", "кеніштің радиациялық қауіпсіздік қызметі", "")
    k = 0
    for obj, points, keys, extra, word in plan:
        k += 1
        names = [W_NAMES[s][L] for s in keys]
        if doc.lang == "kk":
            extra = [{"уран": "уран", "радий-226": "радий-226", "суммарная альфа-активность": "жиынтық альфа-белсенділік",
                      "суммарная бета-активность": "жиынтық бета-белсенділік"}[x] for x in extra]
        what = ", ".join(names + extra)
        rows.append([str(k), obj, what if what.startswith("pH") else what[0].upper() + what[1:], freq(doc, word), lab])
        for p in points:
            for s in keys:
                doc.add("monitoring", {"point": p, "symbol": s, "frequency": word})
    k += 1
    air_pts = g(["Т-1 (север)", "Т-2 (восток)", "Т-3 (юг)", "Т-4 (запад)"], ["Т-1 (солтүстік)", "Т-2 (шығыс)", "Т-3 (оңтүстік)", "Т-4 (батыс)"], [])
    rows.append([str(k), g(f"Атмосферный воздух на границе СЗЗ (1000 м), точки {', '.join(air_pts)}",
                           f"СҚА шекарасындағы атмосфералық ауа (1000 м), нүктелер: {', '.join(air_pts)}", ""),
                 g("Серная кислота (0322), пыль неорганическая 70-20 % SiO2 (2908), аммиак (0303)",
                   "Күкірт қышқылы (0322), бейорганикалық шаң 70-20 % SiO2 (2908), аммиак (0303)", ""),
                 freq(doc, "quarterly"), lab])
    for p in ("Т-1", "Т-2", "Т-3", "Т-4"):
        for c in ("0322", "2908", "0303"):
            doc.add("monitoring", {"point": p, "code": c, "frequency": "quarterly"})
    for o_ru, o_kk, w_ru, w_kk, word in (
        ("Территория ЦППР, технологических блоков, граница СЗЗ (сеть 40 точек)", "ӨЕҚӨЦ аумағы, технологиялық блоктар, СҚА шекарасы (40 нүктелік желі)",
         "Мощность эквивалентной дозы гамма-излучения", "Гамма-сәулеленудің эквивалентті доза қуаты", "monthly"),
        ("Отработанные и рекультивированные блоки", "Өңделген және қалпына келтірілген блоктар",
         "Плотность потока радона с поверхности", "Бетінен радон ағынының тығыздығы", "yearly"),
        ("Почвы в местах аварийных разливов растворов", "Ерітінділердің апаттық төгілу орындарындағы топырақ",
         "Удельная активность урана и радия-226", "Уран мен радий-226 үлестік белсенділігі", None),
    ):
        k += 1
        when = freq(doc, word) if word else g("после каждого разлива", "әр төгілуден кейін", "")
        rows.append([str(k), (o_ru, o_kk)[L], (w_ru, w_kk)[L], when, rad])
    doc.table(g("Таблица 4.2 – Программа мониторинга", "4.2-кесте – Мониторинг бағдарламасы", ""), rows, role="monitoring")
    doc.p(g("Результаты наблюдений представляются в отчетах по ПЭК ежеквартально и в годовом отчете по радиационной безопасности.",
            "Бақылау нәтижелері ӨЭБ бойынша есептерде тоқсан сайын және радиациялық қауіпсіздік жөніндегі жылдық есепте ұсынылады.", ""))
    maybe_distractor(doc, 0.3)


# Đông Pao wells: (well, group, aquifer, purpose, place, depth)
VN_NET = (
    ("GK1", "down", "Tầng chứa nước khe nứt hệ tầng Đồng Giao (t2)", "Quan trắc hạ lưu hồ thải quặng đuôi", "Cách chân đập hồ thải 80 m", 45),
    ("GK2", "down", "Tầng chứa nước khe nứt hệ tầng Đồng Giao (t2)", "Quan trắc hạ lưu hồ thải quặng đuôi", "Cách chân đập hồ thải 250 m", 52),
    ("GK3", "down", "Tầng chứa nước khe nứt hệ tầng Đồng Giao (t2)", "Quan trắc hạ lưu hồ thải quặng đuôi", "Bờ phải suối phía hạ lưu hồ thải", 48),
    ("GK4", "base", "Tầng chứa nước khe nứt hệ tầng Đồng Giao (t2)", "Giếng nền (đối chứng)", "Thượng lưu khu mỏ 1,5 km", 40),
    ("GK5", "plant", "Tầng chứa nước lỗ hổng trầm tích Đệ tứ (q)", "Quan trắc khu nhà máy tuyển", "Phía nam kho hóa chất", 18),
    ("GK6", "plant", "Tầng chứa nước lỗ hổng trầm tích Đệ tứ (q)", "Quan trắc khu nhà máy tuyển", "Cạnh trạm xử lý nước thải", 16),
)
VN_W = {"pH": "pH", "TDS": "TDS", "SO4": "sunfat", "F-": "florua", "Mn": "mangan", "Pb": "chì", "As": "asen", "NO3-": "nitrat"}


def _monitoring_hj1_vi(doc: Doc) -> None:
    doc.h("CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG VÀ PHÓNG XẠ – DỰ ÁN KHAI THÁC, CHẾ BIẾN QUẶNG ĐẤT HIẾM ĐÔNG PAO, TỈNH LAI CHÂU")
    doc.p("5.1. Mạng lưới giếng quan trắc nước dưới đất được bố trí theo tầng chứa nước và mục đích quan trắc như Bảng 5.1.")
    nrows = [["Số hiệu giếng", "Tầng chứa nước", "Mục đích", "Vị trí", "Chiều sâu (m)"]]
    for well, _, aq, purpose, place, depth in VN_NET:
        nrows.append([well, aq, purpose, place, str(depth)])
    doc.table("Bảng 5.1. Mạng lưới giếng quan trắc", nrows, role="other")
    doc.p("5.2. Nội dung quan trắc")
    wells = {grp: [w for w, gk, *_ in VN_NET if gk == grp] for grp in ("down", "base", "plant")}
    plan = [
        ("Các giếng quan trắc hạ lưu hồ thải quặng đuôi (Bảng 5.1)", wells["down"], ["pH", "TDS", "SO4", "F-", "Mn", "Pb"],
         ["tổng hoạt độ phóng xạ alpha", "tổng hoạt độ phóng xạ beta"], "quarterly"),
        ("Giếng nền (đối chứng)", wells["base"], ["pH", "TDS", "SO4", "F-"], ["tổng hoạt độ phóng xạ alpha"], "semiannual"),
        ("Các giếng tầng chứa nước Đệ tứ khu nhà máy tuyển (Bảng 5.1)", wells["plant"], ["pH", "SO4", "NO3-", "As"], [], "semiannual"),
    ]
    rows = [["TT", "Đối tượng quan trắc", "Thông số", "Tần suất", "Quy chuẩn so sánh"]]
    for k, (obj, points, keys, extra, word) in enumerate(plan, 1):
        what = ", ".join([VN_W[s] for s in keys] + extra)
        rows.append([str(k), obj, what if what.startswith("pH") else what[0].upper() + what[1:], freq(doc, word), "QCVN 09:2023/BTNMT"])
        for p in points:
            for s in keys:
                doc.add("monitoring", {"point": p, "symbol": s, "frequency": word})
    n = len(plan)
    rows.append([str(n + 1), "Suất liều bức xạ gamma tại hàng rào khu tuyển, hồ thải và khu dân cư xã Bản Hon", "Suất liều tương đương",
                 freq(doc, "monthly"), "Thông tư 19/2012/TT-BKHCN"])
    rows.append([str(n + 2), "Không khí khu dân cư xã Bản Hon (KK1) và xã Bản Bo (KK2)", "Bụi tổng, SO2, NOx, nồng độ radon",
                 freq(doc, "quarterly"), "QCVN 05:2023/BTNMT"])
    for p in ("KK1", "KK2"):
        for c in ("2902", "0330", "0301"):
            doc.add("monitoring", {"point_contains": p, "code": c, "frequency": "quarterly"})
    doc.table("Bảng 5.2. Chương trình quan trắc môi trường giai đoạn vận hành", rows, role="monitoring")
    maybe_distractor(doc, 0.3)


# a rare-metals works' sources: (number, RU, KK, [(code, category)])
RM_SOURCES = (
    ("0101", "Труба печи прокалки гидроксида бериллия", "Бериллий гидроксидін күйдіру пешінің құбыры",
     [("0109", "I"), ("0301", "III"), ("0337", "IV")]),
    ("0104", "Вентсистема В-4 отделения плавиковокислотного вскрытия (скруббер)", "Фторсутек қышқылымен ашу бөлімшесінің В-4 желдету жүйесі (скруббер)",
     [("0342", "I"), ("0322", "II")]),
    ("0107", "Вентсистема В-9 участка экстракции тантала и ниобия", "Тантал мен ниобийді экстракциялау учаскесінің В-9 желдету жүйесі",
     [("0342", "II"), ("0303", "III")]),
    ("0112", "Вентсистема В-15 участка металлического бериллия", "Металл бериллий учаскесінің В-15 желдету жүйесі", [("0109", "I")]),
    ("0120", "Дымовая труба котельной", "Қазандықтың түтін мұржасы", [("0301", "АСМ"), ("0330", "АСМ"), ("0337", "АСМ"), ("2902", "II")]),
    ("6003", "Площадка кеков фторидного передела", "Фторид қайта бөлуінің кектер алаңы", [("2902", "IV")]),
)  # fmt: skip
CATEGORY = {"I": "monthly", "II": "quarterly", "III": "semiannual", "IV": "yearly", "АСМ": "continuous"}


def monitoring_hj2(doc: Doc) -> None:
    """A tantalum-niobium and beryllium works' plan-graph of control at its sources: `№ ИЗА | источник | код | вещество
    | категория сочетания «источник – вещество» | метод контроля | кто контролирует`, the source merged down over its
    substances, no frequency column — each pair's category (I, II, III, IV or АСМ for the boiler house's automated
    system) and a legend under the table giving the frequency of each category (VI: a gold plant's stacks and outlet with
    `Loại 1`, `Loại 2`, `Tự động` explained in a note)."""
    if doc.lang == "vi":
        _monitoring_hj2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    doc.h(g("Программа производственного экологического контроля. Производство тантала, ниобия и бериллия (г. Усть-Каменогорск)",
            "Өндірістік экологиялық бақылау бағдарламасы. Тантал, ниобий және бериллий өндірісі (Өскемен қаласы)", ""))
    doc.p(g("3.2. План-график контроля на источниках выбросов. Категория каждого сочетания «источник – вредное вещество» "
            "определена по отношению максимального выброса к ПДК с учетом высоты источника и определяет периодичность контроля.",
            "3.2. Шығарынды көздеріндегі бақылаудың жоспар-кестесі. Әрбір «көз – зиянды зат» үйлесімінің санаты ең жоғары "
            "шығарындының ШЖК-ға қатынасы бойынша көздің биіктігін ескере отырып айқындалды және бақылау кезеңділігін белгілейді.", ""))
    rows = [g(["№ ИЗА", "Источник выброса", "Код ЗВ", "Загрязняющее вещество", "Категория сочетания", "Метод контроля", "Кем осуществляется"],
              ["ЛШК №", "Шығарынды көзі", "ЛЗ коды", "Ластаушы зат", "Үйлесім санаты", "Бақылау әдісі", "Кім жүзеге асырады"], [])]
    merges = []
    inst, calc, auto = g(("инструментальный", "расчетный", "автоматизированный (АСМ)"),
                         ("аспаптық", "есептік", "автоматтандырылған (АМЖ)"), ())
    labs = g(("ЦЗЛ предприятия", "аккредитованная лаборатория"), ("кәсіпорынның ОЗЗ", "аккредиттелген зертхана"), ())
    for number, n_ru, n_kk, pairs in RM_SOURCES:
        start = len(rows)
        for j, (c, cat) in enumerate(pairs):
            method = auto if cat == "АСМ" else (calc if number.startswith("6") else inst)
            shown = cat if cat != "АСМ" or doc.lang == "ru" else "АМЖ"
            rows.append([number if j == 0 else None, (n_ru, n_kk)[L] if j == 0 else None, c, _sub(c, doc), shown, method,
                         labs[1] if c == "0109" else labs[0]])
            doc.add("monitoring", {"source_number": number, "code": c, "frequency": CATEGORY[cat]})
        if len(pairs) > 1:
            merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    doc.table(g("Таблица 3.2 – План-график контроля на источниках выбросов", "3.2-кесте – Шығарынды көздеріндегі бақылаудың жоспар-кестесі", ""),
              rows, merges, role="monitoring")
    doc.add("sources", *({"number": s[0], "type": "unorganized" if s[0].startswith("6") else "organized"} for s in RM_SOURCES))
    doc.p(g("Периодичность контроля по категориям: I – 1 раз в месяц; II – 1 раз в квартал; III – 2 раза в год; IV – 1 раз "
            "в год; АСМ – непрерывно (автоматизированная система мониторинга эмиссий).",
            "Санаттар бойынша бақылау кезеңділігі: I – айына 1 рет; II – тоқсанына 1 рет; III – жылына 2 рет; IV – жылына 1 рет; "
            "АМЖ – үздіксіз (эмиссиялар мониторингінің автоматтандырылған жүйесі).", ""))
    maybe_distractor(doc, 0.3)


# a gold plant's points: (point, place, [(kind, key)], class)
VN_GOLD_POINTS = (
    ("K1", "Ống khói lò nung tái sinh than hoạt tính", [("code", "2902"), ("code", "0330"), ("code", "0301"), ("code", "0337")], "Loại 1"),
    ("K2", "Ống thải hệ thống hấp thụ khí HCN khu bể hòa tách", [("code", "0317")], "Loại 1"),
    ("K3", "Ống khói lò luyện vàng", [("code", "2902"), ("code", "0301")], "Loại 2"),
    ("NT1", "Nước thải sau trạm xử lý xyanua, trước khi xả ra suối",
     [("symbol", "pH"), ("symbol", "TSS"), ("symbol", "CN-"), ("symbol", "As"), ("symbol", "Hg"), ("symbol", "Cu")], "Loại 1"),
    ("NT1", "Nước thải sau trạm xử lý xyanua, trước khi xả ra suối", [("symbol", "pH"), ("symbol", "TSS"), ("symbol", "CN-")], "Tự động"),
)
VN_CLASS = {"Loại 1": "quarterly", "Loại 2": "semiannual", "Tự động": "continuous"}
VN_PARAM = {"2902": "Bụi tổng", "0330": "SO2", "0301": "NOx (tính theo NO2)", "0337": "CO", "0317": "HCN", "pH": "pH",
            "TSS": "TSS", "CN-": "Xyanua (CN-)", "As": "Asen (As)", "Hg": "Thủy ngân (Hg)", "Cu": "Đồng (Cu)"}


def _monitoring_hj2_vi(doc: Doc) -> None:
    project = doc.pick(VN_GOLD)[0]
    doc.h(f"GIẤY PHÉP MÔI TRƯỜNG – {project.upper()}")
    doc.h("Phụ lục 5. CHƯƠNG TRÌNH QUAN TRẮC KHÍ THẢI, NƯỚC THẢI")
    rows = [["Ký hiệu", "Vị trí quan trắc", "Thông số", "Loại quan trắc (*)", "Quy chuẩn áp dụng"]]
    for pid, place, items, cls in VN_GOLD_POINTS:
        std = ("QCVN 40:2011/BTNMT, cột A" if pid.startswith("NT") else
               "Giá trị giới hạn theo báo cáo ĐTM được phê duyệt" if pid == "K2" else "QCVN 19:2009/BTNMT, cột B")
        rows.append([pid, place, ", ".join(VN_PARAM[key] for _, key in items), cls, std])
        for kind, key in items:
            doc.add("monitoring", {"point_contains": pid, kind: key, "frequency": VN_CLASS[cls]})
    doc.table("Bảng 5.1. Vị trí, thông số và loại quan trắc", rows, role="monitoring")
    doc.p("(*) Loại 1: quan trắc định kỳ 03 tháng/lần; Loại 2: quan trắc định kỳ 06 tháng/lần; Tự động: quan trắc tự động, liên "
          "tục, truyền số liệu về Sở Tài nguyên và Môi trường tỉnh Quảng Nam.")
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- inspections

# interval between rounds: key -> (RU, KK, VI, frequency or None)
INTERVAL = {
    "2h": ("2 ч", "2 сағ", "02 giờ", None), "4h": ("4 ч", "4 сағ", "04 giờ", None),
    "shift": ("12 ч (каждую смену)", "12 сағ (әр ауысым)", "01 ca (12 giờ)", None),
    "24h": ("24 ч", "24 сағ", "24 giờ", "daily"), "7d": ("7 сут", "7 тәул.", "07 ngày", "weekly"),
    "10d": ("10 сут", "10 тәул.", "10 ngày", None), "1m": ("1 мес.", "1 ай", "01 tháng", "monthly"),
    "3m": ("3 мес.", "3 ай", "03 tháng", "quarterly"), "6m": ("6 мес.", "6 ай", "06 tháng", "semiannual"),
}
# (RU area, KK area, [(RU object, KK object, RU what, KK what, interval, RU who, KK who)])
ISR_ROUNDS = (
    ("Геотехнологическое поле", "Геотехнологиялық алаң", [
        ("Кислотопровод от склада до узлов закисления", "Қоймадан қышқылдандыру тораптарына дейінгі қышқыл құбыры",
         "герметичность фланцев и задвижек, следы подтеков, показания расходомеров", "фланецтер мен ысырмалардың саңылаусыздығы, ағу іздері, шығын өлшегіштердің көрсеткіштері",
         "4h", "оператор-обходчик", "оператор-аралаушы"),
        ("Технологические блоки в отработке: оголовки закачных и откачных скважин", "Өңделіп жатқан технологиялық блоктар: айдау және сорып алу ұңғымаларының басы",
         "утечки растворов, состояние обваловки, работа погружных насосов", "ерітінділердің ағуы, үйінділердің жай-күйі, батпалы сорғылардың жұмысы",
         "shift", "оператор ПСВ", "ЖҰШ операторы"),
        ("Пескоотстойники и приемные емкости блоков", "Блоктардың құм тұндырғыштары мен қабылдау сыйымдылықтары",
         "уровень заполнения, целостность пленочного экрана", "толу деңгейі, үлдір экранның тұтастығы", "24h", "мастер участка ПСВ", "ЖҰШ учаскесінің шебері"),
        ("Отработанные блоки после ликвидационного тампонажа", "Жою тампонажынан кейінгі өңделген блоктар",
         "просадки грунта, сохранность реперов, отсутствие разливов", "топырақтың шөгуі, реперлердің сақталуы, төгілулердің болмауы",
         "1m", "геолог участка", "учаскенің геологы"),
        ("Скважины режимной сети", "Режимдік желі ұңғымалары", "оголовки, замки, маркировка", "ұңғыма бастары, құлыптар, таңбалау",
         "3m", "гидрогеолог", "гидрогеолог")]),
    ("Цех переработки продуктивных растворов и склад кислоты", "Өнімді ерітінділерді қайта өңдеу цехы және қышқыл қоймасы", [
        ("Склад серной кислоты: резервуары, поддоны, обвалование", "Күкірт қышқылы қоймасы: резервуарлар, табандықтар, үйінділер",
         "уровнемеры, коррозия, наличие нейтрализующего запаса извести", "деңгей өлшегіштер, коррозия, бейтараптандырғыш әк қорының болуы",
         "24h", "начальник склада реагентов", "реагенттер қоймасының бастығы"),
        ("Сорбционные колонны и емкостное оборудование ЦППР", "ӨЕҚӨЦ сорбциялық колонналары мен сыйымдылық жабдықтары",
         "протечки, состояние поддонов и приямков", "ағулар, табандықтар мен шұңқырлардың жай-күйі", "2h", "аппаратчик сорбции", "сорбция аппаратшысы"),
        ("Площадка временного хранения низкорадиоактивных отходов", "Төмен радиоактивті қалдықтарды уақытша сақтау алаңы",
         "целостность тары, ограждение, знаки радиационной опасности", "ыдыстың тұтастығы, қоршау, радиациялық қауіп белгілері",
         "10d", "инженер по радиационной безопасности", "радиациялық қауіпсіздік жөніндегі инженер"),
        ("Газоочистное оборудование сушильной печи", "Кептіру пешінің газ тазарту жабдығы",
         "состояние рукавов, перепад давления", "жеңдердің жай-күйі, қысым айырмасы", "7d", "механик ЦППР", "ӨЕҚӨЦ механигі")]),
    ("Вахтовый поселок и санитарно-защитная зона", "Вахталық кент және санитариялық-қорғау аймағы", [
        ("Очистные сооружения хозяйственно-бытовых стоков", "Шаруашылық-тұрмыстық ағындардың тазарту құрылыстары",
         "работа аэротенка, переливы, запах", "аэротенктің жұмысы, асып төгілу, иіс", "7d", "мастер хозяйственного участка", "шаруашылық учаскесінің шебері"),
        ("Ограждение и знаки границы СЗЗ", "СҚА шекарасының қоршауы мен белгілері", "целостность, читаемость знаков",
         "тұтастығы, белгілердің оқылуы", "6m", "инженер-эколог", "инженер-эколог")]),
)  # fmt: skip


def inspections_hj1(doc: Doc) -> None:
    """An ISR uranium mine's regulation of rounds: `№ | объект обхода | что проверяется | интервал между обходами |
    исполнитель | запись`, area group rows spanning the table, the frequency column giving the interval between rounds
    in hours, days and months (`2 ч`, `12 ч (каждую смену)`, `24 ч`, `7 сут`, `10 сут`, `1 мес.`, `3 мес.`, `6 мес.`) —
    several shorter than a day or none of the contract's — numbered straight through (VI: the cyanide leaching plant's
    schedule with `02 giờ`, `01 ca`, `07 ngày`, `03 tháng`)."""
    if doc.lang == "vi":
        _inspections_hj1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    dep = doc.pick(ISR)[0]
    doc.h(g(f"Рудник «{dep}». Регламент обходов технологических и природоохранных объектов",
            f"«{dep}» кеніші. Технологиялық және табиғат қорғау объектілерін аралау регламенті", ""))
    doc.p(g("Регламент утвержден главным инженером рудника. Замечания, выявленные при обходе, записываются в журнал и "
            "передаются сменному мастеру; о разливе растворов сообщается немедленно.",
            "Регламентті кеніштің бас инженері бекітті. Аралау кезінде анықталған ескертулер журналға жазылып, ауысым шеберіне "
            "беріледі; ерітінділердің төгілуі туралы дереу хабарланады.", ""))
    rows = [g(["№", "Объект обхода", "Что проверяется", "Интервал между обходами", "Исполнитель", "Запись"],
              ["№", "Аралау объектісі", "Не тексеріледі", "Аралаулар арасындағы аралық", "Орындаушы", "Жазба"], [])]
    merges = []
    k = 0
    rec = g(("журнал обходов", "вахтенный журнал"), ("аралау журналы", "вахта журналы"), ())
    for a_ru, a_kk, items in ISR_ROUNDS:
        _span(rows, merges, (a_ru, a_kk)[L], 6)
        for o_ru, o_kk, w_ru, w_kk, key, h_ru, h_kk in items:
            k += 1
            obj, who = (o_ru, o_kk)[L], (h_ru, h_kk)[L]
            rows.append([str(k), obj, (w_ru, w_kk)[L], INTERVAL[key][L], who, rec[k % 2]])
            item = {"kind": "inspection", "text_contains": _words(obj, 4), "actor_contains": who}
            if INTERVAL[key][3]:
                item["frequency"] = INTERVAL[key][3]
            doc.add("obligations", item)
    doc.table(g("Таблица 1 – Регламент обходов", "1-кесте – Аралау регламенті", ""), rows, merges, role="inspections")
    maybe_distractor(doc, 0.3)


# VI: (area, [(object, what, interval, who)])
VN_ROUNDS = (
    ("Khu xưởng hòa tách – hấp phụ (CIL)", [
        ("Bể hòa tách và đường ống dẫn bùn quặng", "Rò rỉ, tràn bể, độ pH và nồng độ xyanua tự do tại bể đầu", "2h", "Công nhân vận hành ca"),
        ("Kho chứa natri xyanua", "Niêm phong, độ ẩm, sổ xuất nhập, thiết bị báo khí HCN", "shift", "Thủ kho hóa chất"),
        ("Trạm xử lý xyanua (phương pháp SO2/không khí)", "Lưu lượng, liều lượng hóa chất, nồng độ CN- sau xử lý", "24h", "Tổ trưởng trạm xử lý")]),
    ("Khu hồ chứa quặng đuôi", [
        ("Đập và mái hồ chứa quặng đuôi", "Thấm, sạt lở, mực nước, cao độ đỉnh đập", "24h", "Cán bộ kỹ thuật hồ thải"),
        ("Màng chống thấm HDPE và giếng thu nước rò rỉ", "Mực nước trong giếng thu, dấu hiệu rách màng", "7d", "Cán bộ kỹ thuật hồ thải"),
        ("Mốc quan trắc lún, chuyển vị đập", "Tình trạng mốc, số liệu đo", "3m", "Phòng Kỹ thuật – Trắc địa")]),
    ("Khu phụ trợ", [
        ("Kho chất thải nguy hại", "Phân loại, dán nhãn, thời gian lưu giữ", "1m", "Phòng An toàn – Môi trường"),
        ("Hệ thống mương thoát nước mưa và hố lắng", "Bồi lắng, tắc nghẽn, nước chảy tràn", "10d", "Tổ bảo dưỡng"),
        ("Hàng rào, biển báo khu vực sử dụng hóa chất độc", "Tình trạng hàng rào, biển cảnh báo", "6m", "Phòng An toàn – Môi trường")]),
)


def _inspections_hj1_vi(doc: Doc) -> None:
    project = doc.pick(VN_GOLD)[0]
    doc.h(f"LỊCH KIỂM TRA, TUẦN TRA CÁC HẠNG MỤC BẢO VỆ MÔI TRƯỜNG – {project.upper()}")
    doc.p("Lịch ban hành kèm theo Quyết định của Giám đốc xưởng tuyển. Mọi bất thường phải ghi vào sổ giao ca và báo ngay cho "
          "Trưởng ca; trường hợp tràn đổ dung dịch xyanua thực hiện theo kế hoạch ứng phó sự cố hóa chất.")
    rows = [["TT", "Hạng mục kiểm tra", "Nội dung kiểm tra", "Chu kỳ kiểm tra", "Người thực hiện"]]
    merges = []
    k = 0
    for area, items in VN_ROUNDS:
        _span(rows, merges, area, 5)
        for obj, what, key, who in items:
            k += 1
            rows.append([str(k), obj, what, INTERVAL[key][2], who])
            item = {"kind": "inspection", "text_contains": _words(obj, 4), "actor_contains": who}
            if INTERVAL[key][3]:
                item["frequency"] = INTERVAL[key][3]
            doc.add("obligations", item)
    doc.table("Bảng 1. Lịch kiểm tra định kỳ", rows, merges, role="inspections")
    doc.p("Ghi chú: chu kỳ kiểm tra là khoảng thời gian tối đa giữa hai lần kiểm tra liên tiếp.")
    maybe_distractor(doc, 0.3)


# a heap-leach site's check-lists: (code, RU, KK, word or None, RU when if no word, KK, RU owner, KK owner, years kept)
CHECKLISTS = (
    ("ЧЛ-ЭМ-01", "Осмотр склада цианида натрия и отделения приготовления растворов", "Натрий цианиді қоймасын және ерітінділерді дайындау бөлімшесін қарау",
     "weekly", "", "", "начальник ЗИФ", "АӨФ бастығы", 3),
    ("ЧЛ-ЭМ-02", "Проверка системы обнаружения утечек под штабелями кучного выщелачивания", "Үйінді шаймалау штабельдері астындағы ағуды анықтау жүйесін тексеру",
     "daily", "", "", "мастер участка КВ", "ҮШ учаскесінің шебері", 5),
    ("ЧЛ-ЭМ-03", "Осмотр прудов технологических растворов: запас надводного борта, переливы", "Технологиялық ерітінділер тоғандарын қарау: су үсті бортының қоры, асып төгілу",
     "daily", "", "", "мастер участка КВ", "ҮШ учаскесінің шебері", 5),
    ("ЧЛ-ЭМ-04", "Осмотр системы орошения штабелей на разбрызгивание за пределы экрана", "Штабельдерді суару жүйесін экраннан тыс шашырауға қарау",
     None, "каждую смену", "әр ауысым", "оператор орошения", "суару операторы", 1),
    ("ЧЛ-ЭМ-05", "Осмотр площадки временного хранения отходов", "Қалдықтарды уақытша сақтау алаңын қарау",
     "monthly", "", "", "инженер-эколог", "инженер-эколог", 3),
    ("ЧЛ-ЭМ-06", "Проверка аварийного запаса гипохлорита натрия и средств нейтрализации цианидов",
     "Натрий гипохлоритінің апаттық қорын және цианидтерді бейтараптандыру құралдарын тексеру",
     "quarterly", "", "", "начальник службы ГО и ЧС", "АҚ және ТЖ қызметінің бастығы", 3),
    ("ЧЛ-ЭМ-07", "Осмотр отвалов вскрышных пород и нагорных канав", "Аршылған жыныстар үйінділерін және тау бөктеріндегі арықтарды қарау",
     "monthly", "", "", "маркшейдер", "маркшейдер", 3),
    ("ЧЛ-ЭМ-08", "Аудит перевозчика цианида: маршрут, транспорт, документы", "Цианид тасымалдаушысының аудиті: бағыт, көлік, құжаттар",
     "semiannual", "", "", "менеджер по цепочке поставок", "жеткізу тізбегі жөніндегі менеджер", 5),
    ("ЧЛ-ЭМ-09", "Проверка готовности водоотводных сооружений к паводку", "Су бұру құрылыстарының су тасқынына дайындығын тексеру",
     "yearly", "", "", "главный инженер", "бас инженер", 5),
)  # fmt: skip
CL_WORDS = {
    "ru": {"daily": "ежедневно", "weekly": "еженедельно", "monthly": "ежемесячно", "quarterly": "ежеквартально",
           "semiannual": "1 раз в полугодие", "yearly": "ежегодно (март)"},
    "kk": {"daily": "күн сайын", "weekly": "апта сайын", "monthly": "ай сайын", "quarterly": "тоқсан сайын",
           "semiannual": "жарты жылда 1 рет", "yearly": "жыл сайын (наурыз)"},
}


def inspections_hj2(doc: Doc) -> None:
    """The register of check-lists of a gold heap-leach site's environmental management system (kept to the cyanide
    code): `код формы | наименование чек-листа | периодичность заполнения | владелец формы | срок хранения записей`,
    each check-list an inspection done as often as the form is filled in, its owner the one who checks, the years the
    records are kept (`3 года`, `5 лет`, `1 год`) standing beside the frequency, one form filled in each shift (VI:
    `Danh mục biểu mẫu kiểm tra` of the cyanide plant with `Thời gian lưu hồ sơ`)."""
    if doc.lang == "vi":
        _inspections_hj2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    site = doc.pick(HEAP)
    doc.h(g(f"{site[1]}. Комплекс кучного выщелачивания «{site[0]}». Система экологического менеджмента. Реестр чек-листов",
            f"{site[2]}. «{site[0]}» үйінді шаймалау кешені. Экологиялық менеджмент жүйесі. Чек-парақтар тізілімі", ""))
    doc.p(g("Реестр является приложением к процедуре «Оперативный контроль» и пересматривается ежегодно; заполненные чек-листы "
            "хранятся у владельца формы в течение указанного срока.",
            "Тізілім «Жедел бақылау» рәсіміне қосымша болып табылады және жыл сайын қайта қаралады; толтырылған чек-парақтар "
            "форма иесінде көрсетілген мерзім ішінде сақталады.", ""))
    rows = [g(["Код формы", "Наименование чек-листа", "Периодичность заполнения", "Заполняет (владелец формы)", "Срок хранения записей"],
              ["Форма коды", "Чек-парақтың атауы", "Толтыру кезеңділігі", "Толтырады (форманың иесі)", "Жазбаларды сақтау мерзімі"], [])]
    years = {1: ("1 год", "1 жыл"), 3: ("3 года", "3 жыл"), 5: ("5 лет", "5 жыл")}
    for code, n_ru, n_kk, word, w_ru, w_kk, o_ru, o_kk, keep in CHECKLISTS:
        name, owner = (n_ru, n_kk)[L], (o_ru, o_kk)[L]
        often = CL_WORDS[doc.lang][word] if word else (w_ru, w_kk)[L]
        rows.append([code if doc.lang == "ru" else code.replace("ЧЛ-ЭМ", "ЧП-ЭМ"), name, often, owner, years[keep][L]])
        item = {"kind": "inspection", "text_contains": _words(name, 4), "actor_contains": owner}
        if word:
            item["frequency"] = word
        doc.add("obligations", item)
    doc.table(g("Приложение 2. Реестр чек-листов", "2-қосымша. Чек-парақтар тізілімі", ""), rows, role="inspections")
    doc.p(g("ЗИФ – золотоизвлекательная фабрика; КВ – кучное выщелачивание; ГО и ЧС – гражданская оборона и чрезвычайные ситуации.",
            "АӨФ – алтын өндіру фабрикасы; ҮШ – үйінді шаймалау; АҚ және ТЖ – азаматтық қорғаныс және төтенше жағдайлар.", ""))
    maybe_distractor(doc, 0.3)


VN_CHECKLISTS = (
    ("BM-MT-01", "Biểu mẫu kiểm tra kho natri xyanua", "weekly", "Thủ kho hóa chất", "03 năm"),
    ("BM-MT-02", "Biểu mẫu kiểm tra mực nước, độ cao an toàn hồ chứa quặng đuôi", "daily", "Cán bộ kỹ thuật hồ thải", "05 năm"),
    ("BM-MT-03", "Biểu mẫu kiểm tra vận hành trạm xử lý xyanua", None, "Trưởng ca vận hành", "03 năm"),
    ("BM-MT-04", "Biểu mẫu kiểm tra kho chất thải nguy hại", "monthly", "Phòng An toàn – Môi trường", "05 năm"),
    ("BM-MT-05", "Biểu mẫu kiểm tra trang thiết bị ứng phó sự cố hóa chất", "quarterly", "Đội ứng phó sự cố cơ sở", "03 năm"),
    ("BM-MT-06", "Biểu mẫu kiểm tra bãi thải đất đá và mương thoát nước", "monthly", "Phòng Kỹ thuật – Trắc địa", "03 năm"),
    ("BM-MT-07", "Biểu mẫu đánh giá nhà thầu vận chuyển hóa chất", "semiannual", "Phòng Vật tư", "05 năm"),
)
VN_CL_WORDS = {"daily": "Hằng ngày", "weekly": "Hằng tuần", "monthly": "Hằng tháng", "quarterly": "Hằng quý",
               "semiannual": "06 tháng/lần", "yearly": "Hằng năm"}


def _inspections_hj2_vi(doc: Doc) -> None:
    project = doc.pick(VN_GOLD)[0]
    doc.h(f"DANH MỤC BIỂU MẪU KIỂM TRA NỘI BỘ VỀ BẢO VỆ MÔI TRƯỜNG VÀ AN TOÀN HÓA CHẤT – {project.upper()}")
    doc.p("Danh mục là phụ lục của quy trình kiểm soát vận hành; biểu mẫu sau khi ghi chép được lưu tại bộ phận thực hiện.")
    rows = [["Mã biểu mẫu", "Tên biểu mẫu", "Tần suất ghi chép", "Bộ phận/người thực hiện", "Thời gian lưu hồ sơ"]]
    for code, name, word, who, keep in VN_CHECKLISTS:
        rows.append([code, name, VN_CL_WORDS[word] if word else "Mỗi ca làm việc", who, keep])
        item = {"kind": "inspection", "text_contains": _words(name, 6), "actor_contains": who}
        if word:
            item["frequency"] = word
        doc.add("obligations", item)
    doc.table("Phụ lục 1. Danh mục biểu mẫu kiểm tra", rows, role="inspections")
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- tasks

# (RU object, KK object, [(RU work, KK work, RU unit, KK unit, (low, high) volume, (low, high) cost, RU who, KK who,
#  year of liquidation, RU quarters)])
LIQ_WORKS = (
    ("Геотехнологическое поле", "Геотехнологиялық алаң", [
        ("Промывка продуктивного горизонта в отработанных блоках до восстановления pH", "Өңделген блоктардағы өнімді горизонтты pH қалпына келгенге дейін жуу",
         "блок", "блок", (6, 14), (380, 920), "технологическая служба рудника", "кеніштің технологиялық қызметі", 1, "I–IV"),
        ("Ликвидационный тампонаж технологических скважин цементным раствором", "Технологиялық ұңғымаларды цемент ерітіндісімен жою тампонажы",
         "скв.", "ұңғ.", (900, 2400), (1200, 3100), "подрядчик по ликвидации скважин", "ұңғымаларды жою жөніндегі мердігер", 1, "II–IV"),
        ("Демонтаж трубопроводов обвязки и кабельных линий", "Байлам құбырлары мен кабель желілерін бөлшектеу",
         "км", "км", (180, 640), (260, 710), "подрядчик по демонтажу", "бөлшектеу жөніндегі мердігер", 2, "I–III"),
        ("Засыпка пескоотстойников и планировка площадок блоков", "Құм тұндырғыштарды көму және блок алаңдарын тегістеу",
         "га", "га", (40, 120), (150, 480), "подрядчик по рекультивации", "рекультивация жөніндегі мердігер", 2, "II–IV")]),
    ("Цех переработки продуктивных растворов и склад кислоты", "Өнімді ерітінділерді қайта өңдеу цехы және қышқыл қоймасы", [
        ("Нейтрализация остатков серной кислоты и промывка резервуаров", "Күкірт қышқылының қалдықтарын бейтараптандыру және резервуарларды жуу",
         "м3", "м3", (300, 1200), (60, 210), "начальник склада реагентов", "реагенттер қоймасының бастығы", 1, "I"),
        ("Дезактивация и радиационное обследование оборудования ЦППР", "ӨЕҚӨЦ жабдықтарын дезактивациялау және радиациялық зерттеп-қарау",
         "т", "т", (300, 900), (90, 340), "служба радиационной безопасности", "радиациялық қауіпсіздік қызметі", 1, "II–III"),
        ("Демонтаж зданий ЦППР и вывоз строительных отходов", "ӨЕҚӨЦ ғимараттарын бөлшектеу және құрылыс қалдықтарын шығару",
         "м3", "м3", (1500, 5200), (420, 1300), "подрядчик по демонтажу", "бөлшектеу жөніндегі мердігер", 2, "I–IV")]),
    ("Рекультивация и пострекультивационный мониторинг", "Рекультивация және рекультивациядан кейінгі мониторинг", [
        ("Нанесение плодородного слоя и посев многолетних трав", "Құнарлы қабатты төсеу және көпжылдық шөптерді себу",
         "га", "га", (50, 160), (120, 390), "подрядчик по рекультивации", "рекультивация жөніндегі мердігер", 3, "II–III"),
        ("Мониторинг подземных вод по режимной сети в течение трех лет", "Режимдік желі бойынша үш жыл бойы жерасты суларының мониторингі",
         "год", "жыл", (3, 3), (45, 120), "аккредитованная лаборатория", "аккредиттелген зертхана", 3, "I–IV")]),
)  # fmt: skip


def tasks_hj1(doc: Doc) -> None:
    """The calendar plan of liquidation works in an ISR uranium mine's liquidation plan: object rows spanning the table,
    works numbered `1.1`, `2.3` under them, the unit and the volume, the cost in millions of tenge, the executor, and the
    term counted in years of liquidation with quarters (`2-й год, I–III кв.`); then the schedule of contributions to the
    security of liquidation by year in a table of no role (VI: a kaolin mine's plan of rehabilitation works under area
    rows, the quantity, the executing and the supervising unit, and the ký quỹ schedule after it)."""
    r = doc.rng
    if doc.lang == "vi":
        _tasks_hj1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    dep = doc.pick(ISR)[0]
    y0 = r.choice((2032, 2033, 2034))
    doc.h(g(f"План ликвидации последствий операций по добыче урана на месторождении «{dep}». Раздел 9. Календарный план "
            "ликвидационных работ",
            f"«{dep}» кен орнында уран өндіру операцияларының салдарын жою жоспары. 9-бөлім. Жою жұмыстарының күнтізбелік жоспары", ""))
    doc.p(g(f"1-й год ликвидации – {y0} г. Стоимость работ определена в текущих ценах 2025 г. без НДС.",
            f"Жоюдың 1-жылы – {y0} ж. Жұмыстардың құны ҚҚС-сыз 2025 жылғы ағымдағы бағалармен айқындалды.", ""))
    rows = [g(["№", "Наименование работ", "Ед. изм.", "Объем", "Стоимость, млн тенге", "Исполнитель", "Срок выполнения"],
              ["№", "Жұмыстардың атауы", "Өлш. бірл.", "Көлемі", "Құны, млн теңге", "Орындаушы", "Орындау мерзімі"], [])]
    merges = []
    costs = []
    for i, (o_ru, o_kk, works) in enumerate(LIQ_WORKS, 1):
        _span(rows, merges, f"{i}. {(o_ru, o_kk)[L]}", 7)
        for j, (w_ru, w_kk, u_ru, u_kk, (vlo, vhi), (clo, chi), h_ru, h_kk, year, quarters) in enumerate(works, 1):
            text, who = (w_ru, w_kk)[L], (h_ru, h_kk)[L]
            vol = r.randint(vlo, vhi)
            cost = round(r.uniform(clo, chi), 1)
            costs.append(cost)
            term = g(f"{year}-й год, {quarters} кв.", f"{year}-жыл, {quarters} тоқсан", "")
            rows.append([f"{i}.{j}", text, (u_ru, u_kk)[L], num(vol, doc.lang), num(cost, doc.lang), who, term])
            doc.add("obligations", {"kind": "task", "number": f"{i}.{j}", "text_contains": _words(text), "actor_contains": who})
    rows.append(["", g("Итого", "Барлығы", ""), "", "", total(doc, costs), "", ""])
    doc.table(g("Таблица 9.1 – Календарный план ликвидационных работ", "9.1-кесте – Жою жұмыстарының күнтізбелік жоспары", ""), rows, merges,
              role="tasks")
    whole = sum(costs)
    frows = [g(["Год", "Взнос, млн тенге", "Нарастающим итогом, млн тенге", "Срок внесения"],
                ["Жыл", "Жарна, млн теңге", "Өспелі жиынмен, млн теңге", "Енгізу мерзімі"], [])]
    acc = 0.0
    n = y0 - 2026
    for y in range(2026, y0):
        part = round(whole / n, 1)
        acc = round(acc + part, 1)
        frows.append([str(y), num(part, doc.lang), num(acc, doc.lang), g(f"до 31 января {y} г.", f"{y} ж. 31 қаңтарына дейін", "")])
    doc.table(g("Таблица 9.2 – График формирования обеспечения исполнения обязательств по ликвидации",
                "9.2-кесте – Жою жөніндегі міндеттемелерді орындауды қамтамасыз етуді қалыптастыру кестесі", ""), frows, role="other")
    maybe_distractor(doc, 0.3)


# VI works: (area, [(work, unit, (low, high), when, who, supervisor)])
VN_REHAB = (
    ("Khu vực moong khai thác", [
        ("San gạt, tạo mặt bằng đáy moong và bạt mái taluy moong", "m3", (8000, 30000), "Quý I – Quý II năm thứ nhất", "Đội cơ giới của công ty", "UBND xã"),
        ("Đắp đê bao, trồng cỏ chống xói mòn bờ moong", "m", (400, 1500), "Quý II năm thứ nhất", "Đội cơ giới của công ty", "UBND xã"),
        ("Trồng cây keo lai trên mặt bằng moong", "ha", (3, 12), "Quý III năm thứ nhất", "Nhà thầu trồng rừng", "Hạt Kiểm lâm huyện")]),
    ("Khu vực bãi thải", [
        ("Cắt tầng, giảm độ dốc sườn bãi thải xuống dưới 30°", "m3", (5000, 18000), "Quý I năm thứ nhất", "Đội cơ giới của công ty", "Phòng Tài nguyên và Môi trường huyện"),
        ("Phủ đất màu dày 0,3 m và trồng cây trên mặt bãi thải", "ha", (2, 8), "Quý II – Quý III năm thứ nhất", "Nhà thầu trồng rừng", "Hạt Kiểm lâm huyện")]),
    ("Khu vực sân công nghiệp và đường vận chuyển", [
        ("Tháo dỡ nhà điều hành, kho, trạm cân và thu dọn phế thải", "m2", (300, 1200), "Quý I năm thứ nhất", "Nhà thầu tháo dỡ", "UBND xã"),
        ("Cày xới, hoàn trả mặt bằng và trồng cây", "ha", (1, 4), "Quý II năm thứ nhất", "Nhà thầu trồng rừng", "UBND xã"),
        ("Chăm sóc cây trồng trong 03 năm sau khi trồng", "ha", (6, 20), "Năm thứ hai – năm thứ tư", "Nhà thầu trồng rừng", "Hạt Kiểm lâm huyện")]),
)


def _tasks_hj1_vi(doc: Doc) -> None:
    r = doc.rng
    mine, core, company, commune, district, province, *_ = doc.pick(VN_PITS)
    doc.h(f"PHƯƠNG ÁN CẢI TẠO, PHỤC HỒI MÔI TRƯỜNG – {mine.upper()}")
    doc.h("Chương 4. KẾ HOẠCH THỰC HIỆN VÀ KÝ QUỸ CẢI TẠO, PHỤC HỒI MÔI TRƯỜNG")
    doc.p(f"Các hạng mục được thực hiện ngay sau khi kết thúc khai thác theo giấy phép; {company} chịu trách nhiệm tổ chức thực "
          f"hiện và báo cáo UBND {province} khi hoàn thành từng giai đoạn.")
    rows = [["TT", "Hạng mục công việc", "Đơn vị", "Khối lượng", "Thời gian thực hiện", "Đơn vị thực hiện", "Đơn vị giám sát"]]
    merges = []
    k = 0
    for area, works in VN_REHAB:
        _span(rows, merges, area, 7)
        for text, unit, (lo, hi), when, who, sup in works:
            k += 1
            rows.append([str(k), text, unit, num(r.randint(lo, hi), "vi"), when, who, sup])
            doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text), "actor_contains": who})
    doc.table("Bảng 4.1. Kế hoạch thực hiện các hạng mục cải tạo, phục hồi môi trường", rows, merges, role="tasks")
    cost = r.randint(2200, 9800) * 1_000_000
    first = round(cost * 0.2)
    n = r.choice((8, 10, 12))
    each = (cost - first) // n
    frows = [["Lần ký quỹ", "Năm", "Số tiền ký quỹ (đồng)", "Thời hạn nộp"],
             ["Lần đầu", "2024", num(first, "vi"), "Trong 30 ngày kể từ ngày phương án được phê duyệt"]]
    for i in range(1, 4):
        frows.append([f"Lần {i + 1}", str(2024 + i), num(each, "vi"), f"Trước ngày 31/01/{2024 + i}"])
    frows.append(["…", "…", "…", "…"])
    doc.table(f"Bảng 4.2. Kế hoạch ký quỹ (tổng số tiền {num(cost, 'vi')} đồng, ký quỹ {n + 1} lần)", frows, role="other")
    maybe_distractor(doc, 0.3)


# closure risks: (RU risk, KK risk, L, C, RU measure, KK measure, RU owner, KK owner, RU term, KK term)
RISKS = (
    ("Остаточные цианиды в промывных растворах штабелей выше нормативов после детоксикации",
     "Детоксикациядан кейін штабельдердің жуу ерітінділеріндегі қалдық цианидтердің нормативтен жоғары болуы", 3, 5,
     "Провести пробную детоксикацию штабеля № 1 перекисью водорода и подтвердить режим промывки для остальных штабелей",
     "№ 1 штабельді сутек асқын тотығымен сынамалық детоксикациялау және қалған штабельдер үшін жуу режимін растау",
     "главный технолог", "бас технолог", "до начала закрытия штабеля № 1", "№ 1 штабельді жабу басталғанға дейін"),
    ("Образование кислых дренажных вод из отвалов вскрышных пород", "Аршылған жыныстар үйінділерінен қышқыл дренаж суларының түзілуі", 2, 4,
     "Выполнить кинетические тесты вскрышных пород и при необходимости предусмотреть известковый экран отвала",
     "Аршылған жыныстарға кинетикалық тесттер жүргізу және қажет болған жағдайда үйіндінің әк экранын көздеу",
     "главный геолог", "бас геолог", "2027 г.", "2027 ж."),
    ("Неустойчивость откосов штабелей после прекращения орошения", "Суару тоқтатылғаннан кейін штабель беткейлерінің орнықсыздығы", 2, 3,
     "Выполнить геотехнический расчет устойчивости и выположить откосы до 1:3", "Орнықтылықтың геотехникалық есебін орындау және беткейлерді 1:3-ке дейін жайпақтау",
     "главный маркшейдер", "бас маркшейдер", "за 6 месяцев до закрытия", "жабуға 6 ай қалғанда"),
    ("Недостаточность средств обеспечения ликвидации при досрочном закрытии", "Мерзімінен бұрын жабу кезінде жоюды қамтамасыз ету қаражатының жеткіліксіздігі", 2, 5,
     "Ежегодно актуализировать смету ликвидации и размер банковской гарантии", "Жою сметасын және банк кепілдігінің мөлшерін жыл сайын өзектендіру",
     "финансовый директор", "қаржы директоры", "ежегодно до 1 марта", "жыл сайын 1 наурызға дейін"),
    ("Невозможность восстановления растительного покрова на рекультивированных площадках",
     "Қалпына келтірілген алаңдарда өсімдік жамылғысын қалпына келтірудің мүмкін болмауы", 3, 2,
     "Заложить опытные участки посева местных видов трав на отработанном штабеле № 1", "№ 1 өңделген штабельде жергілікті шөп түрлерін себудің тәжірибелік учаскелерін салу",
     "инженер-эколог", "инженер-эколог", "2028–2029 гг.", "2028–2029 жж."),
    ("Социальные последствия сокращения персонала при закрытии", "Жабу кезінде персоналды қысқартудың әлеуметтік салдары", 4, 3,
     "Разработать программу переобучения и трудоустройства работников совместно с акиматом района",
     "Аудан әкімдігімен бірлесіп қызметкерлерді қайта оқыту және жұмысқа орналастыру бағдарламасын әзірлеу",
     "директор по персоналу", "персонал жөніндегі директор", "за 2 года до закрытия", "жабуға 2 жыл қалғанда"),
)  # fmt: skip


def tasks_hj2(doc: Doc) -> None:
    """A gold heap-leach site's closure risk register: `№ | риск | В | П | уровень риска | мера управления | ответственный |
    срок`, the measure coming after the risk, its likelihood and consequence on a 1–5 scale and their product, the level
    also in words; a legend of the scale under the table (VI: the risk table of the Bồng Miêu plant's plan of preventing
    and responding to chemical incidents, the preventive measure after the likelihood and the severity)."""
    if doc.lang == "vi":
        _tasks_hj2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    site = doc.pick(HEAP)
    doc.h(g(f"Концепция закрытия комплекса кучного выщелачивания «{site[0]}». Приложение 3. Реестр рисков закрытия",
            f"«{site[0]}» үйінді шаймалау кешенін жабу тұжырымдамасы. 3-қосымша. Жабу тәуекелдерінің тізілімі", ""))
    doc.p(g(f"Реестр ведет {site[1]} и пересматривает ежегодно вместе с планом ликвидации; меры по рискам высокого уровня "
            "включаются в годовой план природоохранных мероприятий.",
            f"Тізілімді {site[2]} жүргізеді және жою жоспарымен бірге жыл сайын қайта қарайды; жоғары деңгейдегі тәуекелдер "
            "бойынша шаралар табиғат қорғау іс-шараларының жылдық жоспарына енгізіледі.", ""))
    rows = [g(["№", "Риск", "В", "П", "Уровень риска (В × П)", "Мера управления риском", "Ответственный", "Срок"],
              ["№", "Тәуекел", "Ы", "С", "Тәуекел деңгейі (Ы × С)", "Тәуекелді басқару шарасы", "Жауапты", "Мерзімі"], [])]
    for k, (k_ru, k_kk, lk, cq, m_ru, m_kk, o_ru, o_kk, t_ru, t_kk) in enumerate(RISKS, 1):
        score = lk * cq
        level = g("высокий" if score >= 12 else ("средний" if score >= 6 else "низкий"),
                  "жоғары" if score >= 12 else ("орташа" if score >= 6 else "төмен"), "")
        text, who = (m_ru, m_kk)[L], (o_ru, o_kk)[L]
        rows.append([str(k), (k_ru, k_kk)[L], str(lk), str(cq), f"{score} ({level})", text, who, (t_ru, t_kk)[L]])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text), "actor_contains": who})
    doc.table(g("Таблица П3.1 – Реестр рисков закрытия", "П3.1-кесте – Жабу тәуекелдерінің тізілімі", ""), rows, role="tasks")
    doc.p(g("В – вероятность, П – последствия, по шкале от 1 (очень низкая) до 5 (очень высокая); уровень риска: 12 и более – "
            "высокий, 6–10 – средний, менее 6 – низкий.",
            "Ы – ықтималдық, С – салдар, 1-ден (өте төмен) 5-ке (өте жоғары) дейінгі шкала бойынша; тәуекел деңгейі: 12 және одан "
            "жоғары – жоғары, 6–10 – орташа, 6-дан кем – төмен.", ""))
    distractor(doc, "approval")


VN_RISKS = (
    ("Rò rỉ dung dịch xyanua từ bể hòa tách, đường ống dẫn bùn", "Trung bình", "Nghiêm trọng",
     "Lắp đặt cảm biến mức và van ngắt tự động tại các bể hòa tách; kiểm định độ dày thành bể", "Phân xưởng Tuyển", "Quý II/2025"),
    ("Tràn, vỡ đập hồ chứa quặng đuôi khi mưa lũ lớn", "Thấp", "Rất nghiêm trọng",
     "Nâng cao trình tràn sự cố và gia cố mái hạ lưu đập bằng đá hộc", "Phòng Kỹ thuật – Trắc địa", "Trước mùa mưa 2025"),
    ("Tai nạn phương tiện vận chuyển natri xyanua trên tuyến đường tỉnh", "Thấp", "Nghiêm trọng",
     "Ký hợp đồng với đơn vị vận chuyển có giấy phép, lắp định vị GPS và trang bị bộ ứng cứu trên xe", "Phòng Vật tư", "Tháng 3/2025"),
    ("Phát tán khí HCN trong kho khi natri xyanua bị ẩm", "Trung bình", "Nghiêm trọng",
     "Lắp đặt hệ thống thông gió cưỡng bức và đầu dò khí HCN có báo động tại kho", "Phòng An toàn – Môi trường", "Quý I/2025"),
    ("Nước thải sau xử lý không đạt QCVN 40:2011/BTNMT về xyanua", "Trung bình", "Trung bình",
     "Bổ sung hồ chứa sự cố 2.000 m3 để lưu nước thải chưa đạt và xử lý lại", "Phân xưởng Tuyển", "Quý III/2025"),
)


def _tasks_hj2_vi(doc: Doc) -> None:
    project = doc.pick(VN_GOLD)[0]
    doc.h(f"KẾ HOẠCH PHÒNG NGỪA, ỨNG PHÓ SỰ CỐ HÓA CHẤT – {project.upper()}")
    doc.h("Chương III. ĐÁNH GIÁ NGUY CƠ VÀ BIỆN PHÁP PHÒNG NGỪA SỰ CỐ")
    doc.p("Nguy cơ sự cố được đánh giá theo khả năng xảy ra và mức độ nghiêm trọng; các biện pháp phòng ngừa dưới đây được đưa "
          "vào kế hoạch sản xuất năm 2025.")
    rows = [["TT", "Nguy cơ sự cố", "Khả năng xảy ra", "Mức độ nghiêm trọng", "Biện pháp phòng ngừa", "Bộ phận thực hiện", "Thời hạn hoàn thành"]]
    for k, (risk, lk, sev, text, who, when) in enumerate(VN_RISKS, 1):
        rows.append([str(k), risk, lk, sev, text, who, when])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text), "actor_contains": who})
    doc.table("Bảng 3.2. Đánh giá nguy cơ và biện pháp phòng ngừa sự cố hóa chất", rows, role="tasks")
    doc.p("Ghi chú: khả năng xảy ra và mức độ nghiêm trọng được xác định theo ma trận rủi ro tại Phụ lục 2 của kế hoạch.")
    maybe_distractor(doc, 0.3)


LAYOUTS = [Layout(role, f"HJ{k}", globals()[f"{role}_hj{k}"]) for role in ROLES for k in (1, 2)]
