"""The twenty-seventh blind set's part HO (two layouts per role, `HO1` and `HO2`), written by someone who neither
ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`; held out and measured once (0.598
over 126 files when first measured after the registering commit, 2026-12-06), then moved to the tuning layouts to be
studied.

Theme: fuel storage and retail. Kazakhstan: filling stations (АЗС) on the roads of Akmola oblast run by small operators
and by a franchise network, a gas filling station for cars (АГЗС) and an LPG bottling station (ГНС) in Almaty oblast, oil
depots (нефтебазы) at Ekibastuz, Rudny and Boraldai with their tank farms, rail loading racks, vapour recovery and storm-
water separators (a district inspector's check sheet filled in over the blanks of a printed form, the general part of an
oil depot's industrial-safety declaration, a filling station's emissions split by fuel grade, an АГЗС's calculation by
operation, a tank-cleaning act, an act handing over wastes with the amounts written out in words, a laboratory's results
keyed by sample codes, a network officer's storm-water summary with each station's own limits, an oil depot's programme
with the BTEX group, a small station's programme whose sampling waits for rain, a network's matrix of checks, an LPG
station's regulation of levels of control, a district inspector's raid report and a depot's modernisation road map).
Vietnam: cửa hàng xăng dầu of petroleum traders and their franchise stores in Đồng Nai, oil depots (kho xăng dầu) at
Phước Khánh, Cái Mép and Đình Vũ, an LPG filling plant (a commune's phiếu kiểm tra with dot leaders, a trader's bản
thuyết minh kho xăng dầu, ĐTM and đăng ký môi trường loads, biên bản nạo vét bể tách dầu, biên bản bàn giao chất thải
with `Bằng chữ`, a phiếu kết quả thử nghiệm keyed by mã mẫu, a company's summary of its stores' runoff against QCVN
40:2011/BTNMT with each store's Kq, programmes, a ma trận kiểm tra, kiểm tra 3 cấp, a province's inter-agency report and a
lộ trình).

Facility: a district inspector's check sheet of a filling station on a printed form whose answers were typed over the
blanks, each value glued between runs of underscores (`БИН: ____071240012345____`, the latitude and the longitude each
over its own blank on one line), the station's tanks in a table of no role (VI: a commune's phiếu kiểm tra of a cửa hàng
xăng dầu, the values between dot leaders `……3603123456……`, the store's five-digit `mã số địa điểm kinh doanh` beside the
trader's enterprise number) (HO1); the general part of an oil depot's declaration of industrial safety in which the
category under the Ecological Code is one of four `категория`/`класс` lines — the depot's category by capacity (`IIIб`),
the tank farm's fire and explosion category (`АН`), the class of the explosive zone (`В-1г`) — the centre in degrees,
minutes and decimal seconds, the hazardous substances in a table of no role (VI: a trader's description of its depot
with `Cấp kho` by TCVN 5307:2009 and `Hạng nguy hiểm cháy nổ` beside `Nhóm II`) (HO2).

Emissions: a filling station's emissions whose tonnes a year are split under a merged header by fuel grade — `АИ-92 |
АИ-95 | ДТ | всего` — the grams a second given once, dashes where a grade does not feed a source, the separator's vapour
with its total only; only `всего` is the amount (VI: a store's loads in kg/năm by `Xăng RON 95-III | Xăng E5 RON 92-II |
Dầu DO | Tổng`, named sources) (HO1); an АГЗС's calculation by operation, each source a row spanning the table, the
operations under it (purging the hoses, the relief valves, draining the tanker and the tanks' residue, filling cars,
purging the dispenser) with `г/с | т/год` for propane,
butane and ethyl mercaptan, and a closing row per source whose grams a second are the greatest of the operations, not
their sum (the operations never run at once, a footnote says) and whose tonnes are the sum — only the closing rows are
emissions (VI: a store's petrol tanks and pumps by operation in g/s and kg/năm, `Cộng theo nguồn (*)`) (HO2).

Wastes: an oil depot's act of cleaning its tanks, the tanks under product group rows with the sludge layer in
millimetres, the sludge in cubic metres and tonnes at the density given in the header, subtotals per product and one
waste — the act's grand total with its code — then the other wastes of the cleaning in kilograms in a second table (VI: a
store's record of dredging its oil separator by compartment and gully, the sludge's kilograms only in the closing row)
(HO1); an LPG bottling station's act handing over hazardous wastes to a licensed contractor, each amount in figures and
again in words (`0,245 (ноль целых двести сорок пять тысячных)`, KK `нөл бүтін мыңнан екі жүз қырық бес`), the
parties in a table of no role (VI: biên bản bàn giao chất thải nguy hại, kilograms with a `Bằng chữ` column) (HO2).

Limits: a laboratory's results at an oil depot's two storm-water outlets whose columns are the sample codes only
(`В-0412/25`), the point and date of each code told in the sampling act, a table of no role before the results, the
discharge norm a column of its own, `<` below detection (VI: a phiếu kết quả thử nghiệm keyed by `mã mẫu`, the biên bản
lấy mẫu before it, QCVN 40:2011/BTNMT column B) (HO1); a franchise network's summary of storm water at three stations,
each station's control well a column with its receiver, each parameter two rows — `ДК` and `факт` — the limits different
from station to station (three utilities, filtration fields), `–` where a station has no norm (VI: three stores'
runoff, `Cmax` rows worked out with each store's Kq and Kf beside `Kết quả`) (HO2).

Monitoring: an oil depot's programme naming `БТЭК*` among the parameters of its wells and boundary points, the group
opened into benzene, toluene, ethylbenzene and xylenes only in the footnote, the wells told apart by their place on the
groundwater flow, a diesel tank's well without the group, the water level of no substance (VI: `BTEX (*)` at a depot)
(HO1); a small station's programme whose sampling waits for an event — `после интенсивных дождей и снеготаяния, но не
реже 1 раза в квартал`, `после каждой зачистки резервуаров, но не реже 1 раза в год` — the minimum the frequency, the
inlet of the separator `в те же сроки, что и КК-1`, the separator's sludge sampled at each cleaning without a frequency
(VI: `sau các trận mưa lớn nhưng không ít hơn 03 tháng/lần`) (HO2).

Inspections: a franchise network's matrix of checks at a station whose frequencies are the columns — `ежесменно` to
`ежегодно` — and whose cells hold who checks, not a mark; a row with two filled cells is two checks (VI: `Mỗi ca` to
`Hằng năm`, `Cửa hàng trưởng` in the cells) (HO1); an LPG bottling station's regulation of production control whose
levels — who and how often — are defined in a first table of no role, the objects in the second table carrying only the
Roman numbers of their levels (`I, II, III`), each level a check of its own (VI: `kiểm tra 3 cấp` of an LPG plant) (HO2).

Tasks: a district inspector's report on a raid on the filling stations of a district, a station merged down over its
recommendations, each recommendation opening with the name of the one it is addressed to (`ТОО «…»:`, an akimat's
department, a landowner) instead of a column of the responsible (VI: a provincial inter-agency team's report, `Kiến nghị`) (HO1); an oil
depot's road map of modernisation, the quarters of two years as columns whose cells hold the stage of the work
(`ПСД`, `экспертиза`, `СМР`, `ввод`), the responsible last (VI: a depot's `lộ trình`, `Thiết kế`, `Thi công`, `Nghiệm
thu`) (HO2).
"""

from __future__ import annotations

from . import vocab
from .common import Doc, distractor, freq, make_bin, num, rate
from .limits_data import DISCHARGE, QCVN40, add, cell, limit
from .registry import ROLES, Layout
from .sources_data import emission

# ---------------------------------------------------------------- helpers


def _sig(x: float, digits: int = 3) -> float:
    return float(f"{x:.{digits}g}")


def _L(doc: Doc) -> int:
    """0 for a Russian document, 1 for a Kazakh one."""
    return 0 if doc.lang == "ru" else 1


def _words(text: str, n: int = 5) -> str:
    return " ".join(text.split()[:n])


def _core(name: str) -> str:
    """The quoted part of a name (`Жол Ойл Сервис` of `ТОО «Жол Ойл Сервис»`)."""
    return name.split("«", 1)[1].split("»", 1)[0] if "«" in name else name


def _kato(doc: Doc, prefix: str) -> str:
    r = doc.rng
    return f"{prefix}{r.randint(1, 9)}{r.randint(100, 699)}{r.choice(('000', '100'))}"


def _msdn(doc: Doc, prefix: str) -> str:
    return prefix + f"{doc.rng.randint(0, 99999999):08d}"


def _dms(value: float) -> tuple[str, float]:
    """`51°42′18,4″` (seconds to a tenth) and the decimal degrees it stands for."""
    d = int(value)
    m = int((value - d) * 60)
    s = round((value - d - m / 60) * 3600, 1)
    if s >= 60:
        m, s = m + 1, 0.0
    if m >= 60:
        d, m = d + 1, 0
    sec = f"{s:04.1f}".replace(".", ",")
    return f"{d}°{m:02d}′{sec}″", d + m / 60 + s / 3600


def _kind(number: str) -> str:
    return "unorganized" if number.startswith("6") else "organized"


def _t(kg: float) -> float:
    """Kilograms as tonnes, without the float's tail."""
    return round(kg / 1000, 9)


MORE_FREQ = {
    "daily": {"ru": "ежедневно", "kk": "күн сайын", "vi": "Hằng ngày"},
    "weekly": {"ru": "еженедельно", "kk": "апта сайын", "vi": "Hằng tuần"},
}


def _aside(doc: Doc, share: float = 0.3) -> None:
    """Sometimes a table of no role that such a document carries: an approval sheet, contacts or the contents."""
    if doc.rng.random() < share:
        distractor(doc, doc.pick(("approval", "contacts", "contents")))


def _fw(doc: Doc, word: str) -> str:
    return MORE_FREQ[word][doc.lang] if word in MORE_FREQ else freq(doc, word)


# code: (RU, KK, VI, hazard class) of the pollutants of fuel that the vocabulary does not name; classes as the list of
# pollutants (air-pollutants-kz-2444.tsv) gives them
EXTRA = {
    "0415": ("Смесь углеводородов предельных С1-С5", "Шекті көмірсутектер қоспасы С1-С5", "", 4),
    "0416": ("Смесь углеводородов предельных С6-С10", "Шекті көмірсутектер қоспасы С6-С10", "", 3),
    "0501": ("Пентилены (амилены - смесь изомеров)", "Пентилендер (амилендер - изомерлер қоспасы)", "", 4),
    "0627": ("Этилбензол", "Этилбензол", "Etylbenzen", 3),
    "0418": ("Пропан", "Пропан", "", None),
    "0402": ("Бутан", "Бутан", "", 4),
    "1728": ("Этантиол (Этилмеркаптан)", "Этантиол (этилмеркаптан)", "", 3),
}


def _air(doc: Doc, code: str, variant: int = 0) -> str:
    if code in EXTRA:
        return EXTRA[code][vocab.LANGS.index(doc.lang)]
    return vocab.air(code, doc.lang, variant)


# petrol vapour and diesel vapour by mass, per cent (the composition the calculation takes)
PETROL = (("0415", 67.67), ("0416", 25.01), ("0501", 2.5), ("0602", 2.3), ("0621", 2.17), ("0616", 0.29), ("0627", 0.06))
DIESEL = (("2754", 99.72), ("0333", 0.28))


# ---------------------------------------------------------------- numbers in words

_RU_UNITS = ("ноль", "одна", "две", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять")
_RU_TEENS = ("десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать", "шестнадцать", "семнадцать",
             "восемнадцать", "девятнадцать")
_RU_TENS = ("", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят", "девяносто")
_RU_HUNDREDS = ("", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот", "восемьсот", "девятьсот")


def _ru_int(n: int) -> str:
    """0 … 999 in the feminine (`одна`, `две`), as before `целая`, `тысячная`."""
    if n == 0:
        return "ноль"
    words = [_RU_HUNDREDS[n // 100]] if n >= 100 else []
    rest = n % 100
    if 10 <= rest < 20:
        words.append(_RU_TEENS[rest - 10])
    else:
        if rest >= 20:
            words.append(_RU_TENS[rest // 10])
        if rest % 10:
            words.append(_RU_UNITS[rest % 10])
    return " ".join(w for w in words if w)


def _ru_form(n: int, one: str, many: str) -> str:
    return one if n % 10 == 1 and n % 100 != 11 else many


def _ru_words(value: float) -> str:
    """`0,245` as `ноль целых двести сорок пять тысячных`."""
    whole, _, frac = f"{value:.3f}".rstrip("0").rstrip(".").partition(".")
    head = _ru_int(int(whole))
    if not frac:
        return head
    k = int(frac)
    denom = {1: ("десятая", "десятых"), 2: ("сотая", "сотых"), 3: ("тысячная", "тысячных")}[len(frac)]
    return f"{head} {_ru_form(int(whole), 'целая', 'целых')} {_ru_int(k)} {_ru_form(k, *denom)}"


_KK_ONES = ("нөл", "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз")
_KK_TENS = ("", "он", "жиырма", "отыз", "қырық", "елу", "алпыс", "жетпіс", "сексен", "тоқсан")


def _kk_int(n: int) -> str:
    if n == 0:
        return "нөл"
    words = []
    if n >= 100:
        words.append("жүз" if n // 100 == 1 else f"{_KK_ONES[n // 100]} жүз")
    if (n // 10) % 10:
        words.append(_KK_TENS[(n // 10) % 10])
    if n % 10:
        words.append(_KK_ONES[n % 10])
    return " ".join(words)


def _kk_words(value: float) -> str:
    """`0,245` as `нөл бүтін мыңнан екі жүз қырық бес`."""
    whole, _, frac = f"{value:.3f}".rstrip("0").rstrip(".").partition(".")
    head = _kk_int(int(whole))
    if not frac:
        return head
    denom = {1: "оннан", 2: "жүзден", 3: "мыңнан"}[len(frac)]
    return f"{head} бүтін {denom} {_kk_int(int(frac))}"


_VI_DIGITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")


def _vi_hundreds(n: int, full: bool) -> list[str]:
    h, t, u = n // 100, (n // 10) % 10, n % 10
    words = []
    if h or full:
        words.append(f"{_VI_DIGITS[h]} trăm")
    if t == 0:
        if u and (h or full):
            words.append("linh")
        if u:
            words.append(_VI_DIGITS[u])
    elif t == 1:
        words.append("mười")
        if u:
            words.append("lăm" if u == 5 else _VI_DIGITS[u])
    else:
        words.append(f"{_VI_DIGITS[t]} mươi")
        if u:
            words.append({1: "mốt", 4: "tư", 5: "lăm"}.get(u, _VI_DIGITS[u]))
    return words


def _vi_words(n: int) -> str:
    """A whole number below a million in Vietnamese words, the first letter upper case."""
    if n == 0:
        return "Không"
    words = []
    if n >= 1000:
        words += _vi_hundreds(n // 1000, False) + ["nghìn"]
        if n % 1000:
            words += _vi_hundreds(n % 1000, True)
    else:
        words += _vi_hundreds(n, False)
    text = " ".join(words)
    return text[0].upper() + text[1:]


# ---------------------------------------------------------------- facility

# (RU object, KK object, RU operator, KK operator, RU address, KK address, KATO prefix, lat, lon)
ROAD_STATIONS = (
    ("АЗС № 14 «Жол Ойл»", "«Жол Ойл» № 14 ЖҚС", "ТОО «Жол Ойл Сервис»", "«Жол Ойл Сервис» ЖШС",
     "Акмолинская обл., Бурабайский р-н, с. Катарколь, автодорога Астана – Щучинск, 214 км (справа по ходу движения)",
     "Ақмола обл., Бурабай ауданы, Қатаркөл а., Астана – Щучинск автожолы, 214 км (жүріс бағыты бойынша оң жақта)", "11", 53.0031, 70.2634),
    ("АЗС «Көкше Петрол» (трасса Кокшетау – Зеренда)", "«Көкше Петрол» ЖҚС (Көкшетау – Зеренді трассасы)", "ТОО «Көкше Петрол»",
     "«Көкше Петрол» ЖШС", "Акмолинская обл., Зерендинский р-н, с. Зеренда, ул. Мира, 2А", "Ақмола обл., Зеренді ауданы, Зеренді а., Бейбітшілік к., 2А",
     "11", 52.9035, 69.1482),
    ("АЗС «Арша Ойл»", "«Арша Ойл» ЖҚС", "ТОО «Арша Ойл Трейд»", "«Арша Ойл Трейд» ЖШС",
     "Акмолинская обл., Аршалынский р-н, пос. Аршалы, ул. Бейбитшилик, 1", "Ақмола обл., Аршалы ауданы, Аршалы к., Бейбітшілік к., 1", "11",
     50.8372, 72.1806),
)  # fmt: skip
TANKS = (("АИ-92", "АИ-92", 25), ("АИ-92", "АИ-92", 25), ("АИ-95", "АИ-95", 25), ("ДТ", "ДТ", 25), ("ДТ (зимнее)", "ДТ (қысқы)", 10))


def _blank(value: str) -> str:
    """A value typed over the blank of a printed form."""
    return f"____{value}____"


def _dots(value: str) -> str:
    """A value typed over the dot leaders of a Vietnamese form."""
    return f"……{value}……"


def facility_ho1(doc: Doc) -> None:
    """A district inspector's check sheet of a filling station on a printed form, the answers typed over its blanks: a
    table of numbered lines, each the form's question and the value glued between runs of underscores — the object, the
    operator, `БИН: ____…____`, the address, the KATO, the latitude and the longitude over two blanks of one line, the
    category, the OKED, counts of dispensers and tanks — then the station's tanks in a table of no role and the remarks
    (VI: a commune's phiếu kiểm tra of a cửa hàng xăng dầu, values between dot leaders `……`, the store's five-digit
    business-location code and its certificate of eligibility as look-alike numbers)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_ho1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    o_ru, o_kk, op_ru, op_kk, a_ru, a_kk, prefix, lat0, lon0 = doc.pick(ROAD_STATIONS)
    name, operator = (o_ru, o_kk)[L], (op_ru, op_kk)[L]
    bin_, kato = make_bin(r), _kato(doc, prefix)
    lat, lon = round(lat0 + r.uniform(-0.004, 0.004), 5), round(lon0 + r.uniform(-0.004, 0.004), 5)
    doc.p(g("ГУ «Департамент экологии по Акмолинской области» Комитета экологического регулирования и контроля МЭПР РК",
            "ҚР ЭТРМ Экологиялық реттеу және бақылау комитетінің «Ақмола облысы бойынша экология департаменті» ММ", ""))
    doc.h(g("Лист обследования объекта розничной реализации нефтепродуктов (АЗС)",
            "Мұнай өнімдерін бөлшек сату объектісін (ЖҚС) зерттеп-қарау парағы", ""))
    day = f"{r.randint(3, 27):02d}.{r.choice(('03', '04', '05'))}.2026"
    doc.p(g(f"Дата обследования: {day}. Обследование проведено в рамках профилактического контроля с посещением субъекта контроля "
            "(по обращению жителей). Бланк заполнен инспектором на месте; ответы впечатаны в пропуски бланка.",
            f"Зерттеп-қарау күні: {day}. Зерттеп-қарау бақылау субъектісіне бару арқылы профилактикалық бақылау шеңберінде жүргізілді "
            "(тұрғындардың өтініші бойынша). Бланкіні инспектор орнында толтырды; жауаптар бланкінің бос орындарына басылды.", ""))
    pumps, nozzles = r.choice((2, 3, 4)), r.choice((8, 12, 16))
    tanks = [t for t in TANKS if t[0] != "ДТ (зимнее)" or r.random() < 0.5]
    volume = sum(t[2] for t in tanks)
    oked = r.choice(("47300", "47301"))
    rows = [
        ["1", g(f"Наименование объекта: {_blank(name)}", f"Объектінің атауы: {_blank(name)}", "")],
        ["2", g(f"Оператор объекта (природопользователь): {_blank(operator)}", f"Объект операторы (табиғат пайдаланушы): {_blank(operator)}", "")],
        ["3", g(f"БИН оператора: {_blank(bin_)}", f"Оператордың БСН: {_blank(bin_)}", "")],
        ["4", g(f"Местонахождение объекта: {_blank(a_ru)}", f"Объектінің орналасқан жері: {_blank(a_kk)}", "")],
        ["5", g(f"Код КАТО: {_blank(kato)}", f"ҚАТО коды: {_blank(kato)}", "")],
        ["6", g(f"Координаты (WGS-84, по GPS инспектора): широта {_blank(num(lat, 'ru'))} долгота {_blank(num(lon, 'ru'))}",
                f"Координаттары (WGS-84, инспектордың GPS бойынша): ендік {_blank(num(lat, 'kk'))} бойлық {_blank(num(lon, 'kk'))}", "")],
        ["7", g(f"Категория объекта (ст. 12 Экологического кодекса РК): {_blank('III')}",
                f"Объектінің санаты (ҚР Экология кодексінің 12-бабы): {_blank('III')}", "")],
        ["8", g(f"Вид деятельности / ОКЭД: {_blank('розничная торговля моторным топливом')} / {_blank(oked)}",
                f"Қызмет түрі / ЭҚЖЖ: {_blank('мотор отынын бөлшек саудада сату')} / {_blank(oked)}", "")],
        ["9", g(f"Количество ТРК: {_blank(str(pumps))}, раздаточных пистолетов: {_blank(str(nozzles))}",
                f"ОТК саны: {_blank(str(pumps))}, тарату тапаншалары: {_blank(str(nozzles))}", "")],
        ["10", g(f"Резервуары: {_blank(str(len(tanks)))} шт., общий объем {_blank(num(volume, 'ru'))} м3 (см. таблицу 1)",
                 f"Резервуарлар: {_blank(str(len(tanks)))} дана, жалпы көлемі {_blank(num(volume, 'kk'))} м3 (1-кестені қараңыз)", "")],
        ["11", g(f"Разрешительные документы: {_blank('декларация о воздействии на окружающую среду от 12.01.2024')}",
                 f"Рұқсат құжаттары: {_blank('қоршаған ортаға әсер ету туралы декларация, 12.01.2024')}", "")],
        ["12", g(f"Присутствовал при обследовании: {_blank('управляющий АЗС ' + doc.pick(('Сейтжанов Е.М.', 'Куликова О.В.')))}",
                 f"Зерттеп-қарауға қатысқан: {_blank('ЖҚС басқарушысы ' + doc.pick(('Сейітжанов Е.М.', 'Құлықова О.В.')))}", "")],
    ]  # fmt: skip
    doc.table(g("Раздел 1. Сведения об объекте", "1-бөлім. Объект туралы мәліметтер", ""), rows, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": _core(operator), "kato": kato, "category": "III", "lat": lat, "lon": lon})
    trows = [g(["№ резервуара", "Продукт", "Объем, м3", "Исполнение", "Состояние"], ["Резервуар №", "Өнім", "Көлемі, м3", "Орындалуы", "Жай-күйі"], [])]
    for k, (p_ru, p_kk, v) in enumerate(tanks, 1):
        wall = g("двустенный, подземный", "екі қабырғалы, жерасты", "") if r.random() < 0.6 else g("одностенный, подземный", "бір қабырғалы, жерасты", "")
        trows.append([f"Р-{k}", (p_ru, p_kk)[L], num(v, doc.lang), wall, g("в работе", "жұмыста", "")])
    doc.table(g("Таблица 1. Резервуарный парк", "1-кесте. Резервуар паркі", ""), trows, role="other")
    doc.p(g("Замечания: на площадке слива отсутствует запас сорбента; журнал осмотров ЛОС ведется нерегулярно. "
            "Инспектор ____________ Жумабаев Н.Т.      Представитель объекта ____________",
            "Ескертпелер: ағызу алаңында сорбент қоры жоқ; ЖТҚ-ны қарап тексеру журналы тұрақты жүргізілмейді. "
            "Инспектор ____________ Жұмабаев Н.Т.      Объект өкілі ____________", ""))


# (store, trader, place, MSDN prefix, lat, lon, the trader's own words)
VI_STORES = (
    ("Cửa hàng xăng dầu số 17", "Công ty TNHH Xăng dầu Phú Thành", "ấp 3, xã Tân Phú, tỉnh Đồng Nai", "36", 11.2713, 107.4318, "Phú Thành"),
    ("Cửa hàng xăng dầu Bàu Hàm", "Công ty Cổ phần Thương mại Dầu khí Trảng Bom", "ấp Bàu Hàm, xã Trảng Bom, tỉnh Đồng Nai", "36", 10.9541,
     107.0827, "Dầu khí Trảng Bom"),
    ("Cửa hàng xăng dầu Long Phước", "Công ty TNHH MTV Xăng dầu Long Phước", "ấp Bến Cam, xã Long Phước, tỉnh Đồng Nai", "36", 10.7128, 107.0011,
     "Xăng dầu Long Phước"),
)


def _facility_ho1_vi(doc: Doc) -> None:
    r = doc.rng
    store, trader, place, prefix, lat0, lon0, core = doc.pick(VI_STORES)
    msdn = _msdn(doc, prefix)
    lat, lon = round(lat0 + r.uniform(-0.003, 0.003), 5), round(lon0 + r.uniform(-0.003, 0.003), 5)
    site = f"{r.randint(1, 99):05d}"
    doc.p(f"ỦY BAN NHÂN DÂN XÃ {place.split('xã ')[1].split(',')[0].upper()} – PHÒNG KINH TẾ")
    doc.h("PHIẾU KIỂM TRA CỬA HÀNG BÁN LẺ XĂNG DẦU")
    doc.p(f"Hôm nay, ngày {r.randint(3, 27):02d}/{r.choice(('03', '04', '05'))}/2026, Đoàn kiểm tra liên ngành của xã tiến hành kiểm tra "
          "việc chấp hành quy định về kinh doanh xăng dầu và bảo vệ môi trường. Các nội dung được điền tay vào phiếu và đánh máy lại.")
    rows = [
        ["1", f"Tên cửa hàng: {_dots(store)}"],
        ["2", f"Thương nhân sở hữu/quản lý: {_dots(trader)}"],
        ["3", f"Mã số doanh nghiệp: {_dots(msdn)}"],
        ["4", f"Mã số địa điểm kinh doanh: {_dots(site)}"],
        ["5", f"Địa chỉ: {_dots(place)}"],
        ["6", f"Tọa độ (WGS-84): vĩ độ {_dots(num(lat, 'vi'))} kinh độ {_dots(num(lon, 'vi'))}"],
        ["7", f"Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu số: {_dots(f'{r.randint(10, 99)}/GCNĐĐK-SCT')}, cấp ngày "
              f"{_dots(f'{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2023')}"],
        ["8", f"Số cột bơm: {_dots(str(r.choice((2, 3, 4))))}; số bồn chứa: {_dots('3')}, tổng dung tích {_dots('75')} m3"],
        ["9", f"Hồ sơ môi trường: {_dots('đăng ký môi trường đã tiếp nhận ngày ' + f'{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2024')}"],
        ["10", f"Người đại diện làm việc với Đoàn: {_dots(doc.pick(('Nguyễn Thị Hạnh – Cửa hàng trưởng', 'Trần Văn Lộc – Cửa hàng trưởng')))}"],
    ]
    doc.table("I. THÔNG TIN CHUNG VỀ CỬA HÀNG", rows, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": core, "lat": lat, "lon": lon})
    trows = [["Bồn", "Loại nhiên liệu", "Dung tích (m3)", "Kết cấu"]]
    for k, fuel in enumerate(("Xăng RON 95-III", "Xăng E5 RON 92-II", "Dầu DO 0,05S-II"), 1):
        trows.append([f"B{k}", fuel, "25", doc.pick(("Bồn thép 2 lớp, chôn ngầm", "Bồn thép 1 lớp, chôn ngầm"))])
    doc.table("II. BỒN CHỨA", trows, role="other")
    doc.p("Kết luận: cửa hàng chưa trang bị đủ vật liệu thấm hút dầu tại khu vực nhập hàng. Đại diện Đoàn kiểm tra ……………… "
          "Đại diện cửa hàng ………………")


# (RU depot, KK depot, RU operator, KK operator, RU address, KK address, KATO prefix, lat, lon, capacity m3, category by capacity)
DEPOTS = (
    ("Нефтебаза «Ертіс Мұнай»", "«Ертіс Мұнай» мұнай базасы", "ТОО «Ертіс Мұнай Өнімдері»", "«Ертіс Мұнай Өнімдері» ЖШС",
     "Павлодарская обл., г. Экибастуз, промышленная зона, ул. Энергетиков, 41", "Павлодар обл., Екібастұз қ., өнеркәсіптік аймақ, Энергетиктер к., 41",
     "55", 51.7052, 75.3551, 8600, "IIIб"),
    ("Нефтебаза «Тобыл»", "«Тобыл» мұнай базасы", "ТОО «Тобыл Петролеум»", "«Тобыл Петролеум» ЖШС",
     "Костанайская обл., г. Рудный, ул. Промышленная, 12", "Қостанай обл., Рудный қ., Өнеркәсіп к., 12", "39", 52.9514, 63.0871, 14200, "IIIа"),
    ("Нефтебаза «Іле»", "«Іле» мұнай базасы", "ТОО «Іле Ойл Терминал»", "«Іле Ойл Терминал» ЖШС",
     "Алматинская обл., Илийский р-н, пос. Боралдай, ул. Складская, 5", "Алматы обл., Іле ауданы, Боралдай к., Қойма к., 5", "19", 43.3452,
     76.8694, 21500, "II"),
)  # fmt: skip


def facility_ho2(doc: Doc) -> None:
    """The general part of an oil depot's declaration of industrial safety: `№ | сведения | значение` rows numbered 1.1 …,
    the operating organisation with its BIN and legal address, the object's place and KATO, the centre of the tank farm in
    degrees, minutes and decimal seconds, then four lines that each carry a category or class — the depot's category by
    its capacity under СНиП 2.11.03-93 (`IIIб`), the tank farm's category of fire and explosion hazard (`АН`), the class of
    the explosive zone under the ПУЭ (`В-1г`) and, last, the category under article 12 of the Ecological Code (`II`) —
    capacity and staff, the hazardous substances in a table of no role after it (VI: a trader's description of its depot,
    `Cấp kho` IIIB of TCVN 5307:2009, `Hạng nguy hiểm cháy nổ: A`, then `Nhóm II`, the centre in degrees, minutes and
    seconds)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_ho2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    o_ru, o_kk, op_ru, op_kk, a_ru, a_kk, prefix, lat0, lon0, volume, depot_cat = doc.pick(DEPOTS)
    name, operator = (o_ru, o_kk)[L], (op_ru, op_kk)[L]
    bin_, kato = make_bin(r), _kato(doc, prefix)
    lat, lat_v = _dms(lat0 + r.uniform(-0.002, 0.002))
    lon, lon_v = _dms(lon0 + r.uniform(-0.002, 0.002))
    north, east = g(("с.ш.", "в.д."), ("с.е.", "ш.б."), ())
    doc.h(g(f"Декларация промышленной безопасности опасного производственного объекта «{_core(name)}»",
            f"«{_core(name)}» қауіпті өндірістік объектісінің өнеркәсіптік қауіпсіздік декларациясы", ""))
    doc.p(g("Декларация разработана в соответствии с Законом РК «О гражданской защите» в связи с реконструкцией резервуарного "
            "парка. Раздел 1. Общие сведения.",
            "Декларация резервуар паркін реконструкциялауға байланысты ҚР «Азаматтық қорғау туралы» Заңына сәйкес әзірленді. "
            "1-бөлім. Жалпы мәліметтер.", ""))
    staff = r.randint(38, 74)
    rows = [g(["№", "Наименование сведений", "Значение"], ["№", "Мәліметтердің атауы", "Мәні"], []),
            ["1.1", g("Наименование опасного производственного объекта", "Қауіпті өндірістік объектінің атауы", ""),
             g(f"{name} (склад нефтепродуктов с железнодорожной сливо-наливной эстакадой)", f"{name} (темір жол ағызу-құю эстакадасы бар мұнай өнімдері қоймасы)", "")],
            ["1.2", g("Эксплуатирующая организация", "Пайдаланушы ұйым", ""), operator],
            ["1.3", g("Бизнес-идентификационный номер", "Бизнес-сәйкестендіру нөмірі", ""), bin_],
            ["1.4", g("Место нахождения объекта", "Объектінің орналасқан жері", ""), (a_ru, a_kk)[L]],
            ["1.5", g("Код КАТО", "ҚАТО коды", ""), kato],
            ["1.6", g("Координаты центра резервуарного парка (WGS-84)", "Резервуар паркі орталығының координаттары (WGS-84)", ""),
             f"{lat} {north}; {lon} {east}"],
            ["1.7", g("Категория нефтебазы по общей вместимости (СНиП 2.11.03-93)", "Мұнай базасының жалпы сыйымдылығы бойынша санаты (ҚНжЕ 2.11.03-93)", ""),
             g(f"{depot_cat} (общая вместимость {num(volume, 'ru')} м3)", f"{depot_cat} (жалпы сыйымдылығы {num(volume, 'kk')} м3)", "")],
            ["1.8", g("Категория наружной установки (резервуарный парк) по взрывопожарной и пожарной опасности",
                      "Сыртқы қондырғының (резервуар паркі) жарылыс-өрт және өрт қауіптілігі бойынша санаты", ""), "АН"],
            ["1.9", g("Класс взрывоопасной зоны (ПУЭ)", "Жарылыс қауіпті аймақтың сыныбы (ЭҚЕ)", ""), "В-1г"],
            ["1.10", g("Категория объекта, оказывающего негативное воздействие на окружающую среду (ст. 12 Экологического кодекса РК)",
                       "Қоршаған ортаға теріс әсер ететін объектінің санаты (ҚР Экология кодексінің 12-бабы)", ""), "II"],
            ["1.11", g("Численность персонала, чел.", "Персонал саны, адам", ""), str(staff)],
            ["1.12", g("Режим работы", "Жұмыс режимі", ""), g("круглосуточно, 365 дней в году", "тәулік бойы, жылына 365 күн", "")]]  # fmt: skip
    doc.table(g("Таблица 1.1 – Общие сведения об объекте", "1.1-кесте – Объект туралы жалпы мәліметтер", ""), rows, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": _core(name), "kato": kato, "category": "II", "lat": lat_v, "lon": lon_v})
    subs = [g(["Опасное вещество", "Класс опасности", "Максимальное количество на объекте, т", "Пороговое количество, т"],
              ["Қауіпті зат", "Қауіптілік сыныбы", "Объектідегі ең көп мөлшері, т", "Шекті мөлшері, т"], [])]
    for s_ru, s_kk, cls, share in (("Бензин автомобильный", "Автомобиль бензині", "4", 0.45), ("Дизельное топливо", "Дизель отыны", "4", 0.5),
                                   ("Мазут", "Мазут", "4", 0.05)):
        subs.append([(s_ru, s_kk)[L], cls, num(round(volume * share * 0.78), doc.lang), num(2500, doc.lang)])
    doc.table(g("Таблица 1.2 – Опасные вещества", "1.2-кесте – Қауіпті заттар", ""), subs, role="other")
    doc.p(g("Объект относится к опасным производственным объектам по признаку хранения легковоспламеняющихся жидкостей.",
            "Объект тез тұтанатын сұйықтықтарды сақтау белгісі бойынша қауіпті өндірістік объектілерге жатады.", ""))


VI_DEPOTS = (
    ("Kho xăng dầu Phước Khánh", "Công ty Cổ phần Xăng dầu Dầu khí Nhơn Trạch", "xã Phước An, tỉnh Đồng Nai", "36", 10.6632, 106.9134, 8600, "IIIB"),
    ("Kho xăng dầu Cái Mép", "Công ty TNHH Kho vận Xăng dầu Phú Mỹ",
     "phường Tân Phước, Thành phố Hồ Chí Minh (trước đây thị xã Phú Mỹ, tỉnh Bà Rịa – Vũng Tàu)", "35", 10.5521, 107.0315, 16500, "IIIA"),
    ("Kho xăng dầu Đình Vũ", "Công ty Cổ phần Xăng dầu Hải Đăng", "phường Đông Hải, thành phố Hải Phòng", "02", 20.8417, 106.7611, 24000, "II"),
)


def _facility_ho2_vi(doc: Doc) -> None:
    r = doc.rng
    depot, owner, place, prefix, lat0, lon0, volume, cls = doc.pick(VI_DEPOTS)
    msdn = _msdn(doc, prefix)
    lat, lat_v = _dms(lat0 + r.uniform(-0.002, 0.002))
    lon, lon_v = _dms(lon0 + r.uniform(-0.002, 0.002))
    doc.h(f"BẢN THUYẾT MINH KHO XĂNG DẦU – {depot.upper()}")
    doc.p("(Kèm theo hồ sơ đề nghị cấp Giấy xác nhận đủ điều kiện làm thương nhân phân phối xăng dầu theo Nghị định số 83/2014/NĐ-CP "
          "và Nghị định số 80/2023/NĐ-CP)")
    rows = [["TT", "Nội dung", "Thông tin"],
            ["1", "Tên kho", depot],
            ["2", "Chủ sở hữu kho", owner],
            ["3", "Mã số doanh nghiệp", msdn],
            ["4", "Địa điểm", place],
            ["5", "Tọa độ trung tâm khu bồn (WGS-84)", f"{lat} B; {lon} Đ"],
            ["6", "Tổng dung tích chứa", f"{num(volume, 'vi')} m3"],
            ["7", "Cấp kho (TCVN 5307:2009)", f"Cấp {cls}"],
            ["8", "Hạng nguy hiểm cháy nổ của khu bể chứa (QCVN 06:2022/BXD)", "Hạng A"],
            ["9", "Phân loại theo tiêu chí về môi trường", "Nhóm II (Phụ lục IV Nghị định số 08/2022/NĐ-CP)"],
            ["10", "Giấy phép môi trường", f"Số {r.randint(100, 480)}/GPMT-UBND ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2024"],
            ["11", "Hình thức sở hữu", "Thuộc sở hữu của thương nhân"]]
    doc.table("Bảng 1. Thông tin chung về kho", rows, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": depot, "category": "II", "lat": lat_v, "lon": lon_v})
    tanks = [["Bể", "Sản phẩm", "Dung tích (m3)", "Loại bể"]]
    left = volume
    for k, fuel in enumerate(("Xăng RON 95-III", "Xăng E5 RON 92-II", "Dầu DO 0,05S-II", "Dầu DO 0,05S-II"), 1):
        v = round(volume * 0.25 / 100) * 100 if k < 4 else left
        left -= v
        tanks.append([f"T-{k:02d}", fuel, num(v, "vi"), "Bể trụ đứng, mái phao nổi" if fuel.startswith("Xăng") else "Bể trụ đứng, mái cố định"])
    doc.table("Bảng 2. Danh mục bể chứa", tanks, role="other")


# ---------------------------------------------------------------- emissions

GRADES = ("АИ-92", "АИ-95", "ДТ")
# (number, RU, KK, vapour kind, {grade: (low, high) t/year of vapour}, {kind: (low, high) g/s of vapour})
STATION_SOURCES = (
    ("0001", "Дыхательные клапаны резервуаров бензина (Р-1 – Р-3, 3 × 25 м3)", "Бензин резервуарларының тыныс алу клапандары (Р-1 – Р-3, 3 × 25 м3)",
     "petrol", {"АИ-92": (0.22, 0.55), "АИ-95": (0.08, 0.25)}, {"petrol": (0.35, 0.9)}),
    ("0002", "Дыхательные клапаны резервуаров дизельного топлива (Р-4, Р-5)", "Дизель отыны резервуарларының тыныс алу клапандары (Р-4, Р-5)",
     "diesel", {"ДТ": (0.004, 0.012)}, {"diesel": (0.004, 0.012)}),
    ("6001", "Топливораздаточные колонки (заправка баков автотранспорта)", "Отын тарату колонкалары (автокөлік бактарына құю)",
     "both", {"АИ-92": (0.3, 0.8), "АИ-95": (0.1, 0.3), "ДТ": (0.008, 0.025)}, {"petrol": (0.2, 0.6), "diesel": (0.003, 0.01)}),
    ("6002", "Нефтеловушка локальных очистных сооружений ливневых стоков", "Нөсер ағындарының жергілікті тазарту құрылыстарының мұнай ұстағышы",
     "trap", {}, {}),
)  # fmt: skip


def _split(doc: Doc, kind: str, grades: dict, speeds: dict) -> list[tuple[str, float, dict]]:
    """The pollutants of one source: (code, g/s, {grade: t/year}) from the vapour and its composition."""
    r = doc.rng
    vapour = {gr: rate(r, lo, hi, 3) for gr, (lo, hi) in grades.items()}
    out = []
    if kind == "trap":
        gs, ty = rate(r, 0.0005, 0.003, 3), rate(r, 0.005, 0.03, 3)
        for code, share in (("0415", 60), ("0416", 25), ("2754", 15)):
            out.append((code, _sig(gs * share / 100), {"all": _sig(ty * share / 100)}))
        return out
    if kind in ("petrol", "both"):
        gs = rate(r, *speeds["petrol"], 3)
        for code, share in PETROL:
            out.append((code, _sig(gs * share / 100), {gr: _sig(vapour[gr] * share / 100) for gr in ("АИ-92", "АИ-95")}))
    if kind in ("diesel", "both"):
        gs = rate(r, *speeds["diesel"], 3)
        for code, share in DIESEL:
            out.append((code, _sig(gs * share / 100), {"ДТ": _sig(vapour["ДТ"] * share / 100)}))
    return out


def emissions_ho1(doc: Doc) -> None:
    """A filling station's table of emissions whose tonnes a year are split by the fuel that gives them: `Валовый выброс,
    т/год` merged over `АИ-92 | АИ-95 | ДТ | всего`, the greatest grams a second once before them, the source merged down
    over its pollutants (code and name in two columns), dashes where a grade does not feed the source — the dispensers
    taking all three, the diesel tanks only `ДТ` — and the separator's vapour with `всего` alone; only `всего` is the
    source's tonnes, a closing row for the station that is no emission (VI: a store's ĐTM loads in kg/năm under `Xăng RON
    95-III | Xăng E5 RON 92-II | Dầu DO 0,05S-II | Tổng` with `Tải lượng lớn nhất (g/s)`, named sources)."""
    if doc.lang == "vi":
        _emissions_ho1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    o_ru, o_kk, op_ru, op_kk, *_ = doc.pick(ROAD_STATIONS)
    doc.h(g(f"Проект нормативов допустимых выбросов. {o_ru} ({op_ru})", f"Жол берілетін шығарындылар нормативтерінің жобасы. {o_kk} ({op_kk})", ""))
    doc.p(g("Выбросы от резервуаров и ТРК рассчитаны по Методическим указаниям по определению выбросов загрязняющих веществ в "
            "атмосферу из резервуаров (РНД 211.2.02.09-2004) по годовому обороту каждой марки топлива за 2025 год. Состав паров: "
            "бензин – С1-С5 67,67 %, С6-С10 25,01 %, амилены 2,5 %, бензол 2,3 %, толуол 2,17 %, ксилолы 0,29 %, этилбензол 0,06 %; "
            "дизельное топливо – алканы С12-19 99,72 %, сероводород 0,28 %.",
            "Резервуарлар мен ОТК-дан шығарындылар Резервуарлардан атмосфераға ластаушы заттардың шығарындыларын анықтау жөніндегі "
            "әдістемелік нұсқауларға (РНД 211.2.02.09-2004) сәйкес әр отын маркасының 2025 жылғы айналымы бойынша есептелді. Булардың "
            "құрамы: бензин – С1-С5 67,67 %, С6-С10 25,01 %, амилендер 2,5 %, бензол 2,3 %, толуол 2,17 %, ксилолдар 0,29 %, этилбензол "
            "0,06 %; дизель отыны – С12-19 алкандары 99,72 %, күкіртсутек 0,28 %.", ""))
    rows = [g(["№ ИЗА", "Наименование источника", "Код ЗВ", "Наименование загрязняющего вещества", "Максимальный разовый выброс, г/с",
               "Валовый выброс, т/год", None, None, None],
              ["ЛШК №", "Көздің атауы", "ЛЗ коды", "Ластаушы заттың атауы", "Ең жоғары бір реттік шығарынды, г/с", "Жалпы шығарынды, т/жыл",
               None, None, None], []),
            [None, None, None, None, None, *GRADES, g("всего", "барлығы", "")]]
    merges = [(0, c, 1, c) for c in range(5)] + [(0, 5, 0, 8)]
    sum_gs, sum_grade, sum_all = 0.0, dict.fromkeys(GRADES, 0.0), 0.0
    for number, n_ru, n_kk, kind, grades, speeds in STATION_SOURCES:
        start = len(rows)
        for code, gs, parts in _split(doc, kind, grades, speeds):
            total = parts["all"] if "all" in parts else round(sum(parts.values()), 9)
            cells = [num(parts[gr], doc.lang) if gr in parts else "–" for gr in GRADES]
            first = len(rows) == start
            rows.append([number if first else None, (n_ru, n_kk)[L] if first else None, code, _air(doc, code), num(gs, doc.lang), *cells,
                         num(total, doc.lang)])
            doc.add("emissions", emission(code, gs, total, number))
            sum_gs += gs
            sum_all += total
            for gr in GRADES:
                sum_grade[gr] += parts.get(gr, 0.0)
        merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
        doc.add("sources", {"number": number, "type": _kind(number)})
    rows.append([g("Всего по АЗС", "ЖҚС бойынша барлығы", ""), None, None, None, num(round(sum_gs, 6), doc.lang),
                 *(num(round(sum_grade[gr], 6), doc.lang) for gr in GRADES), num(round(sum_all, 6), doc.lang)])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 3))
    doc.table(g("Таблица 3.2 – Выбросы загрязняющих веществ по источникам и маркам топлива", "3.2-кесте – Көздер мен отын маркалары бойынша "
                "ластаушы заттардың шығарындылары", ""), rows, merges, role="emissions")
    doc.p(g("Нефтеловушка принимает смесь стоков со всей территории, поэтому ее выбросы по маркам топлива не разделяются.",
            "Мұнай ұстағыш бүкіл аумақтан ағындар қоспасын қабылдайды, сондықтан оның шығарындылары отын маркалары бойынша бөлінбейді.", ""))
    _aside(doc)


VI_GRADES = ("Xăng RON 95-III", "Xăng E5 RON 92-II", "Dầu DO 0,05S-II")
VI_PETROL = (("2704", 100.0), ("0602", 2.3), ("0621", 2.17), ("0616", 0.29))
# (source, kind, {grade: (low, high) kg/year of vapour}, {kind: (low, high) g/s of vapour})
VI_STORE_SOURCES = (
    ("Ống thông hơi bồn chứa xăng (B1, B2)", "petrol", {VI_GRADES[0]: (60, 180), VI_GRADES[1]: (90, 260)}, {"petrol": (0.15, 0.5)}),
    ("Ống thông hơi bồn chứa dầu DO (B3)", "diesel", {VI_GRADES[2]: (3, 10)}, {"diesel": (0.002, 0.008)}),
    ("Khu vực cột bơm (tra nạp nhiên liệu cho phương tiện)", "both", {VI_GRADES[0]: (80, 240), VI_GRADES[1]: (120, 330), VI_GRADES[2]: (6, 18)},
     {"petrol": (0.1, 0.35), "diesel": (0.002, 0.006)}),
)


def _vi_name(code: str) -> str:
    return {"2704": "Xăng (hơi xăng)", "0333": "Hydro sunfua (H2S)"}.get(code) or vocab.air(code, "vi")


def _emissions_ho1_vi(doc: Doc) -> None:
    r = doc.rng
    store, trader, *_ = doc.pick(VI_STORES)
    doc.h(f"BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG – DỰ ÁN NÂNG CẤP {store.upper()} ({trader})")
    doc.p("Tải lượng hơi xăng dầu được tính theo hệ số phát thải của WHO (kg/m3 nhiên liệu) và sản lượng bán ra năm 2025 của từng loại "
          "nhiên liệu; thành phần hơi xăng lấy theo tài liệu của Tập đoàn: benzen 2,3 %, toluen 2,17 %, xylen 0,29 %; hơi dầu DO chứa "
          "0,28 % H2S.")
    rows = [["Nguồn phát sinh", "Chất ô nhiễm", "Tải lượng lớn nhất (g/s)", "Tải lượng theo loại nhiên liệu (kg/năm)", None, None, None],
            [None, None, None, *VI_GRADES, "Tổng"]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 6)]
    for source, kind, grades, speeds in VI_STORE_SOURCES:
        vapour = {gr: rate(r, lo, hi, 3) for gr, (lo, hi) in grades.items()}
        items = []
        if kind in ("petrol", "both"):
            gs = rate(r, *speeds["petrol"], 3)
            for code, share in VI_PETROL:
                items.append((code, _sig(gs * share / 100), {gr: _sig(vapour[gr] * share / 100) for gr in VI_GRADES[:2]}))
        if kind in ("diesel", "both"):
            gs = rate(r, *speeds["diesel"], 3)
            items.append(("0333", _sig(gs * 0.28 / 100), {VI_GRADES[2]: _sig(vapour[VI_GRADES[2]] * 0.28 / 100)}))
        start = len(rows)
        for code, gs, parts in items:
            total = round(sum(parts.values()), 9)
            rows.append([source if len(rows) == start else None, _vi_name(code), num(gs, "vi"),
                         *(num(parts[gr], "vi") if gr in parts else "-" for gr in VI_GRADES), num(total, "vi")])
            doc.add("emissions", emission(code, gs, _t(total)))
        merges.append((start, 0, len(rows) - 1, 0))
    doc.table("Bảng 3.5. Tải lượng hơi xăng dầu phát sinh tại cửa hàng theo loại nhiên liệu", rows, merges, role="emissions")
    doc.p("Ghi chú: cột bơm tra nạp cả ba loại nhiên liệu; bồn dầu DO chỉ phát sinh hơi dầu DO.")
    _aside(doc)


# (number, RU, KK, [(RU operation, KK operation, hours a year, (low, high) g/s of propane)])
AGZS_SOURCES = (
    ("0001", "Свеча рассеивания (Н = 5 м, d = 0,05 м)", "Шашырату шырағы (Н = 5 м, d = 0,05 м)", [
        ("сброс паров при продувке сливных рукавов", "ағызу жеңдерін үрлеу кезінде буларды шығару", 150, (0.05, 0.15)),
        ("срабатывание предохранительных клапанов (расчетно)", "сақтандырғыш клапандардың іске қосылуы (есептік)", 12, (0.2, 0.5))]),
    ("6001", "Подземные резервуары СУГ (2 × 10 м3) с запорной арматурой", "Бекіту арматурасы бар жерасты СКГ резервуарлары (2 × 10 м3)", [
        ("слив СУГ из автоцистерны (отсоединение рукавов)", "автоцистернадан СКГ ағызу (жеңдерді ажырату)", 120, (0.02, 0.06)),
        ("дренирование тяжелых остатков (отстоя) из резервуаров", "резервуарлардан ауыр қалдықтарды (тұнбаны) дренаждау", 24, (0.01, 0.04))]),
    ("6002", "Газозаправочная колонка (2 поста)", "Газ құю колонкасы (2 пост)", [
        ("заправка автомобилей (отсоединение заправочного пистолета)", "автомобильдерге құю (құю тапаншасын ажырату)", 5840, (0.004, 0.012)),
        ("продувка колонки при техническом обслуживании", "техникалық қызмет көрсету кезінде колонканы үрлеу", 48, (0.002, 0.008))]),
)  # fmt: skip
LPG = ("0418", "0402", "1728")


def emissions_ho2(doc: Doc) -> None:
    """An АГЗС's calculation of emissions by operation: each source a row spanning the table (`ИЗА 0001 – Свеча
    рассеивания …`), under it the operations that load it — purging the hoses, the relief valves, draining the tanker and
    the tanks' heavy residue, filling cars, purging the dispenser for maintenance — each with its
    hours and `г/с | т/год` for propane, butane and ethyl mercaptan under the substance's code and name, then a closing row
    `Итого по ИЗА …` whose grams a second are the greatest of the operations (not their sum, as the footnote explains) and
    whose tonnes are the sum; only the closing rows are emissions (VI: a store's petrol tanks and pumps by operation, g/s and
    kg/năm for petrol vapour, benzene and toluene, `Cộng theo nguồn (*)`, no source numbers)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_ho2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    doc.h(g("ТОО «Алатау Газ Сервис». АГЗС на 2 поста, Алматинская обл., Карасайский р-н, с. Иргели. Расчет выбросов загрязняющих веществ",
            "«Алатау Газ Сервис» ЖШС. 2 постқа арналған АГҚС, Алматы обл., Қарасай ауданы, Іргелі а. Ластаушы заттар шығарындыларын есептеу", ""))
    doc.p(g("Сжиженный углеводородный газ марки ПБТ: пропан 60 %, бутан 40 % (по массе), одорант – этилмеркаптан. Выбросы каждой "
            "операции определены по объему паровой фазы и времени операции.",
            "ПБТ маркалы сұйытылған көмірсутек газы: пропан 60 %, бутан 40 % (массасы бойынша), одорант – этилмеркаптан. Әр операцияның "
            "шығарындылары бу фазасының көлемі және операция уақыты бойынша анықталды.", ""))
    head = [g("Операция", "Операция", ""), g("Время, ч/год", "Уақыты, сағ/жыл", "")]
    for code in LPG:
        head += [f"{code} {_air(doc, code)}", None]
    rows = [head, [None, None, *[g("г/с", "г/с", ""), g("т/год", "т/жыл", "")] * len(LPG)]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1)] + [(0, 2 + 2 * k, 0, 3 + 2 * k) for k in range(len(LPG))]
    width = 2 + 2 * len(LPG)
    for number, n_ru, n_kk, ops in AGZS_SOURCES:
        rows.append([g(f"ИЗА {number} – {n_ru}", f"ЛШК {number} – {n_kk}", ""), *[None] * (width - 1)])
        merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))
        peak, tonnes = dict.fromkeys(LPG, 0.0), dict.fromkeys(LPG, 0.0)
        for o_ru, o_kk, hours, (lo, hi) in ops:
            propane = rate(r, lo, hi, 3)
            gs = {"0418": propane, "0402": _sig(propane * 0.667), "1728": _sig(propane * 1.667 * r.uniform(4e-5, 7e-5))}
            line = [(o_ru, o_kk)[L], num(hours, doc.lang)]
            for code in LPG:
                ty = _sig(gs[code] * hours * 3600 / 1e6)
                line += [num(gs[code], doc.lang), num(ty, doc.lang)]
                peak[code] = max(peak[code], gs[code])
                tonnes[code] = round(tonnes[code] + ty, 12)
            rows.append(line)
        line = [g(f"Итого по ИЗА {number}*", f"ЛШК {number} бойынша жиыны*", ""), ""]
        for code in LPG:
            total = round(tonnes[code], 9)
            line += [num(peak[code], doc.lang), num(total, doc.lang)]
            doc.add("emissions", emission(code, peak[code], total, number))
        rows.append(line)
        doc.add("sources", {"number": number, "type": _kind(number)})
    doc.table(g("Таблица 2 – Выбросы по операциям и источникам", "2-кесте – Операциялар мен көздер бойынша шығарындылар", ""), rows, merges,
              role="emissions")
    doc.p(g("* Операции, выполняемые на одном источнике, по времени не совпадают (слив, дренаж и обслуживание ведутся при "
            "остановленной заправке), поэтому "
            "максимальный разовый выброс источника принят по наибольшему из значений по операциям, а валовый – суммой по операциям.",
            "* Бір көзде орындалатын операциялар уақыты бойынша сәйкес келмейді (ағызу, дренаждау және қызмет көрсету құю тоқтатылған "
            "кезде жүргізіледі), сондықтан "
            "көздің ең жоғары бір реттік шығарындысы операциялар бойынша мәндердің ең үлкені бойынша, ал жалпы шығарынды операциялар "
            "бойынша қосындымен қабылданды.", ""))


# (source, [(operation, hours a year, (low, high) g/s of petrol vapour)])
VI_OPS = (
    ("Bồn chứa xăng (02 bồn × 25 m3, ống thông hơi D50)", [
        ("Nhập xăng từ xe bồn (hơi bị đẩy ra khi nạp bồn)", 220, (0.3, 0.8)),
        ("Mở nắp, thông hơi bồn khi đo tồn kho thủ công", 120, (0.01, 0.04))]),
    ("Cột bơm xăng (03 cột bơm)", [
        ("Tra nạp nhiên liệu cho phương tiện", 5475, (0.03, 0.09)),
        ("Kiểm định, hiệu chuẩn cột bơm (xả vào bình đong chuẩn)", 24, (0.02, 0.06))]),
)
VI_OPS_CODES = (("2704", 100.0), ("0602", 2.3), ("0621", 2.17))


def _emissions_ho2_vi(doc: Doc) -> None:
    r = doc.rng
    store, trader, *_ = doc.pick(VI_STORES)
    doc.h(f"HỒ SƠ ĐĂNG KÝ MÔI TRƯỜNG – {store.upper()}")
    doc.p(f"Chủ cơ sở: {trader}. Phần 3. Nguồn phát sinh bụi, khí thải và tải lượng theo từng công đoạn.")
    rows = [["Công đoạn", "Thời gian (giờ/năm)", *[x for code, _ in VI_OPS_CODES for x in (_vi_name(code), None)]],
            [None, None, *["g/s", "kg/năm"] * len(VI_OPS_CODES)]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1)] + [(0, 2 + 2 * k, 0, 3 + 2 * k) for k in range(len(VI_OPS_CODES))]
    width = 2 + 2 * len(VI_OPS_CODES)
    for source, ops in VI_OPS:
        rows.append([f"Nguồn: {source}", *[None] * (width - 1)])
        merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))
        peak, kgs = {c: 0.0 for c, _ in VI_OPS_CODES}, {c: 0.0 for c, _ in VI_OPS_CODES}
        for op, hours, (lo, hi) in ops:
            vapour = rate(r, lo, hi, 3)
            line = [op, num(hours, "vi")]
            for code, share in VI_OPS_CODES:
                gs = _sig(vapour * share / 100)
                kg = _sig(gs * hours * 3.6)
                line += [num(gs, "vi"), num(kg, "vi")]
                peak[code] = max(peak[code], gs)
                kgs[code] = round(kgs[code] + kg, 9)
            rows.append(line)
        line = ["Cộng theo nguồn (*)", ""]
        for code, _ in VI_OPS_CODES:
            line += [num(peak[code], "vi"), num(kgs[code], "vi")]
            doc.add("emissions", emission(code, peak[code], _t(kgs[code])))
        rows.append(line)
    doc.table("Bảng 3.1. Tải lượng hơi xăng theo công đoạn", rows, merges, role="emissions")
    doc.p("(*) Các công đoạn không diễn ra đồng thời (khi nhập hàng, đo bồn hay kiểm định thì ngừng bán hàng): tải lượng g/s của nguồn lấy giá trị lớn nhất trong các công đoạn, tải lượng kg/năm "
          "là tổng các công đoạn.")


# ---------------------------------------------------------------- wastes

# (RU product, KK product, [(tank, type, diameter m)], (low, high) mm of sludge)
CLEANED = (
    ("Бензин АИ-92", "АИ-92 бензині", [("Р-1", "РВС-2000", 15.18), ("Р-2", "РВС-2000", 15.18)], (12, 35)),
    ("Бензин АИ-95", "АИ-95 бензині", [("Р-4", "РВС-1000", 10.43)], (10, 30)),
    ("Дизельное топливо", "Дизель отыны", [("Р-7", "РВС-3000", 18.98), ("Р-8", "РВС-3000", 18.98)], (40, 110)),
)
DENSITY = 0.93
# (code, RU, KK, (low, high) kg, RU receiver, KK receiver)
CLEANING_OTHER = (
    ("15 02 02*", "Ветошь, спецодежда и СИЗ, загрязненные нефтепродуктами", "Мұнай өнімдерімен ластанған шүберек, арнайы киім және ЖҚҚ",
     (80, 260), "ТОО «Эко Утиль Сервис» (обезвреживание)", "«Эко Утиль Сервис» ЖШС (залалсыздандыру)"),
    ("17 05 03*", "Грунт обвалования, загрязненный нефтепродуктами при выкачке шлама", "Шламды сорып алу кезінде мұнай өнімдерімен ластанған үйінді топырағы",
     (300, 1200), "ТОО «Эко Утиль Сервис» (термическое обезвреживание)", "«Эко Утиль Сервис» ЖШС (термиялық залалсыздандыру)"),
    ("15 01 10*", "Тара из-под технического моющего средства", "Техникалық жуғыш зат ыдысы", (20, 60), "возврат поставщику не принят; передана "
     "ТОО «Эко Утиль Сервис»", "жеткізуші қайтарып алмады; «Эко Утиль Сервис» ЖШС-ға берілді"),
)  # fmt: skip


def wastes_ho1(doc: Doc) -> None:
    """An oil depot's act of cleaning its tanks: the tanks under a row per product, each with its type, the height of the
    bottom sludge in millimetres, the sludge in cubic metres and in tonnes at the density written in the header, a subtotal
    per product and the act's grand total with the code `16 07 08*` — the one waste of the table, the tanks' rows and the
    subtotals only its parts — then the other wastes of the cleaning with their codes in kilograms in a second table (VI: a
    store's record of dredging its oil separator, the compartments and gullies with the sludge's thickness in centimetres
    and its cubic metres, the kilograms only in the closing row with the code 17 05 02)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_ho1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    depot = doc.pick(DEPOTS)
    name, operator = depot[L], depot[2 + L]
    doc.h(g(f"Акт № {r.randint(3, 19)} на зачистку резервуаров. {name}", f"Резервуарларды тазалауға арналған № {r.randint(3, 19)} акт. {name}", ""))
    doc.p(g(f"Комиссия {operator} составила настоящий акт о том, что в период с {r.randint(2, 9):02d}.06 по {r.randint(18, 27):02d}.06.2025 "
            "подрядной организацией выполнена зачистка резервуаров перед внутренним обследованием. Высота слоя отложений измерена "
            "метрштоком в пяти точках, объем шлама – по площади днища.",
            f"{operator} комиссиясы мердігер ұйым {r.randint(2, 9):02d}.06-дан {r.randint(18, 27):02d}.06.2025 дейінгі кезеңде ішкі "
            "тексеру алдында резервуарларды тазалағаны туралы осы актіні жасады. Шөгінді қабатының биіктігі бес нүктеде метрштокпен "
            "өлшенді, шлам көлемі – түбінің ауданы бойынша.", ""))
    rows = [g(["Резервуар", "Тип", "Высота слоя донных отложений, мм", "Объем шлама, м3", f"Масса шлама, т (ρ = {num(DENSITY, 'ru')} т/м3)"],
              ["Резервуар", "Түрі", "Түптегі шөгінді қабатының биіктігі, мм", "Шлам көлемі, м3", f"Шлам массасы, т (ρ = {num(DENSITY, 'kk')} т/м3)"], [])]
    merges = []
    all_m3, all_t = 0.0, 0.0
    groups = [grp for grp in CLEANED if grp[0] != "Бензин АИ-95" or r.random() < 0.7]
    for p_ru, p_kk, tanks, (lo, hi) in groups:
        rows.append([(p_ru, p_kk)[L], None, None, None, None])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
        sub_m3, sub_t = 0.0, 0.0
        for tank, kind, diameter in tanks:
            mm = r.randint(lo, hi)
            m3 = round(3.14159 * diameter**2 / 4 * mm / 1000, 2)
            t = round(m3 * DENSITY, 3)
            rows.append([tank, kind, str(mm), num(m3, doc.lang), num(t, doc.lang)])
            sub_m3, sub_t = round(sub_m3 + m3, 6), round(sub_t + t, 6)
        rows.append([g(f"Итого по группе «{p_ru}»", f"«{p_kk}» тобы бойынша жиыны", ""), None, None, num(sub_m3, doc.lang), num(sub_t, doc.lang)])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 2))
        all_m3, all_t = round(all_m3 + sub_m3, 6), round(all_t + sub_t, 6)
    waste = g("Всего шлама зачистки резервуаров, содержащего нефтепродукты (код 16 07 08*)",
              "Мұнай өнімдері бар резервуарларды тазалау шламы, барлығы (коды 16 07 08*)", "")
    rows.append([waste, None, None, num(all_m3, doc.lang), num(all_t, doc.lang)])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 2))
    doc.table(g("Таблица 1 – Объем и масса шлама по резервуарам", "1-кесте – Резервуарлар бойынша шламның көлемі мен массасы", ""), rows, merges,
              role="wastes")
    doc.add("wastes", {"code": "16 07 08*", "code_system": "LoW", "hazardous": True, "amount_t": all_t,
                       "name_contains": g("зачистки резервуаров", "резервуарларды тазалау шламы", "")})
    doc.p(g("Шлам откачан в автоцистерны и передан на обезвреживание по договору; подтоварная вода направлена на ЛОС нефтебазы.",
            "Шлам автоцистерналарға сорылып, шарт бойынша залалсыздандыруға берілді; тауар асты суы мұнай базасының ЖТҚ-на бағытталды.", ""))
    other = [g(["Код", "Наименование отхода", "Количество, кг", "Куда передано"], ["Коды", "Қалдықтың атауы", "Саны, кг", "Қайда берілді"], [])]
    for code, n_ru, n_kk, (lo, hi), w_ru, w_kk in CLEANING_OTHER:
        if code == "15 01 10*" and r.random() < 0.35:
            continue
        kg = float(r.randint(lo // 5, hi // 5) * 5)
        nm = (n_ru, n_kk)[L]
        other.append([code, nm, num(kg, doc.lang), (w_ru, w_kk)[L]])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": True, "amount_t": _t(kg), "name_contains": _words(nm, 3)})
    doc.table(g("Таблица 2 – Прочие отходы, образовавшиеся при зачистке", "2-кесте – Тазалау кезінде түзілген басқа қалдықтар", ""), other,
              role="wastes")
    doc.p(g("Председатель комиссии ____________  Представитель подрядчика ____________",
            "Комиссия төрағасы ____________  Мердігер өкілі ____________", ""))


# (place, bottom area m2, (low, high) cm of sludge)
SEPARATOR = (
    ("Hố ga thu nước mưa HG1 (khu cột bơm)", 0.81, (5, 15)),
    ("Hố ga thu nước mưa HG2 (khu nhập hàng)", 0.81, (4, 12)),
    ("Bể tách dầu – ngăn 1 (lắng cát)", 2.4, (12, 28)),
    ("Bể tách dầu – ngăn 2 (tách dầu)", 2.4, (6, 18)),
    ("Bể tách dầu – ngăn 3 (lọc, thoát nước)", 2.4, (2, 8)),
)
SLUDGE_DENSITY = 1.3


def _wastes_ho1_vi(doc: Doc) -> None:
    r = doc.rng
    store, trader, *_ = doc.pick(VI_STORES)
    doc.h(f"BIÊN BẢN NẠO VÉT, THU GOM BÙN CẶN BỂ TÁCH DẦU – {store.upper()}")
    doc.p(f"Hôm nay, ngày {r.randint(3, 27):02d}/{r.choice(('06', '07', '11'))}/2025, tại {store} ({trader}), đơn vị thu gom đã nạo vét hố ga và "
          "bể tách dầu 3 ngăn. Chiều dày lớp bùn đo bằng thước tại 3 điểm mỗi ngăn.")
    rows = [["Vị trí", "Diện tích đáy (m2)", "Chiều dày lớp bùn (cm)", "Thể tích bùn (m3)", f"Khối lượng (kg), ρ = {num(SLUDGE_DENSITY, 'vi')} tấn/m3"]]
    total_m3 = 0.0
    for place, area, (lo, hi) in SEPARATOR:
        cm = r.randint(lo, hi)
        m3 = round(area * cm / 100, 3)
        total_m3 = round(total_m3 + m3, 6)
        rows.append([place, num(area, "vi"), str(cm), num(m3, "vi"), "-"])
    kg = round(total_m3 * SLUDGE_DENSITY * 1000, 1)
    rows.append(["Cộng: bùn thải từ thiết bị tách dầu/nước (mã CTNH 17 05 02)", "", "", num(total_m3, "vi"), num(kg, "vi")])
    doc.table("Bảng 1. Khối lượng bùn cặn theo vị trí nạo vét", rows, [(len(rows) - 1, 0, len(rows) - 1, 2)], role="wastes")
    doc.add("wastes", {"code": "17 05 02*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": _t(kg), "name_contains": "Bùn thải"})
    other = [["TT", "Tên chất thải", "Mã CTNH", "Khối lượng (kg)"]]
    rag = float(r.randint(8, 35))
    other.append(["1", "Giẻ lau, găng tay, vật liệu thấm hút dính dầu", "18 02 01", num(rag, "vi")])
    doc.add("wastes", {"code": "18 02 01*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": _t(rag), "name_contains": "Giẻ lau"})
    if r.random() < 0.7:
        can = float(r.randint(2, 8))
        other.append(["2", "Bao bì cứng thải bằng nhựa (can đựng chế phẩm vi sinh phân hủy dầu)", "18 01 03", num(can, "vi")])
        doc.add("wastes", {"code": "18 01 03*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": _t(can), "name_contains": "Bao bì cứng"})
    doc.table("Bảng 2. Chất thải nguy hại khác phát sinh khi nạo vét", other, role="wastes")
    doc.p("Toàn bộ chất thải được đóng bao, lưu tại kho CTNH của cửa hàng và chuyển giao cho đơn vị có giấy phép xử lý.")


# (code, RU, KK, (low, high) t)
GNS_WASTES = (
    ("13 07 03*", "Неиспаряющиеся остатки СУГ (конденсат) из баллонов и резервуаров", "Баллондар мен резервуарлардағы СКГ-ның буланбайтын "
     "қалдықтары (конденсат)", (0.08, 0.6)),
    ("13 02 05*", "Отработанное компрессорное масло", "Пайдаланылған компрессор майы", (0.05, 0.25)),
    ("15 02 02*", "Ветошь промасленная", "Майланған шүберек", (0.02, 0.09)),
    ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", (0.005, 0.03)),
    ("16 06 01*", "Отработанные свинцовые аккумуляторы (электропогрузчик)", "Пайдаланылған қорғасын аккумуляторлары (электр тиегіш)", (0.05, 0.2)),
)  # fmt: skip


def _written(doc: Doc, t: float) -> str:
    """An amount in tonnes as an act writes it: the figure and, in brackets, the words."""
    words = _ru_words(t) if doc.lang == "ru" else _kk_words(t)
    return f"{num(t, doc.lang)} ({words})"


def wastes_ho2(doc: Doc) -> None:
    """An LPG bottling station's act handing hazardous wastes over to a licensed contractor, the parties with their
    representatives, contract and licence in a table of no role, then the wastes with their codes and each amount in tonnes written in figures and
    again in words in one cell (`0,245 (ноль целых двести сорок пять тысячных)`, KK `нөл бүтін мыңнан екі жүз қырық
    бес`), a total written the same way (VI: a store's biên bản bàn giao chất thải nguy hại, the kilograms in one column and
    `Bằng chữ` in the next)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_ho2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    number = r.randint(11, 48)
    doc.h(g(f"Акт приема-передачи опасных отходов № {number}", f"Қауіпті қалдықтарды қабылдау-тапсыру № {number} актісі", ""))
    doc.p(g(f"с. Иргели, {r.randint(2, 27):02d}.{r.choice(('03', '06', '09', '12'))}.2025. Передающая сторона передала, а принимающая сторона "
            "приняла для обезвреживания (утилизации) следующие отходы газонаполнительной станции.",
            f"Іргелі а., {r.randint(2, 27):02d}.{r.choice(('03', '06', '09', '12'))}.2025. Тапсырушы тарап газ толтыру станциясының мынадай "
            "қалдықтарын залалсыздандыру (кәдеге жарату) үшін тапсырды, ал қабылдаушы тарап қабылдады.", ""))
    parties = [g(["Сторона", "Наименование", "Представитель", "Основание"], ["Тарап", "Атауы", "Өкілі", "Негіздеме"], []),
               [g("Передающая", "Тапсырушы", ""), g("ТОО «Алатау Газ Сервис» (ГНС, Карасайский р-н)", "«Алатау Газ Сервис» ЖШС (ГТС, Қарасай ауданы)", ""),
                g("начальник ГНС Тлеубаев А.С.", "ГТС бастығы Тілеубаев А.С.", ""),
                g(f"договор № {r.randint(10, 90)}-О от 10.01.2025", f"10.01.2025 ж. № {r.randint(10, 90)}-О шарт", "")],
               [g("Принимающая", "Қабылдаушы", ""), g("ТОО «Эко Утиль Алматы»", "«Эко Утиль Алматы» ЖШС", ""),
                g("водитель-экспедитор Ким В.Л.", "жүргізуші-экспедитор Ким В.Л.", ""),
                g(f"лицензия № 0{r.randint(1000000, 2999999)}", f"№ 0{r.randint(1000000, 2999999)} лицензия", "")]]
    doc.table(None, parties, role="other")
    rows = [g(["№", "Наименование отхода", "Код отхода", "Количество, т (цифрами и прописью)"],
              ["№", "Қалдықтың атауы", "Қалдық коды", "Саны, т (цифрмен және жазбаша)"], [])]
    picked = [w for w in GNS_WASTES if w[0] in ("13 07 03*", "15 02 02*") or r.random() < 0.7]
    total = 0.0
    for k, (code, n_ru, n_kk, (lo, hi)) in enumerate(picked, 1):
        t = round(r.uniform(lo, hi), 3)
        nm = (n_ru, n_kk)[L]
        rows.append([str(k), nm, code, _written(doc, t)])
        total = round(total + t, 3)
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": True, "amount_t": t, "name_contains": _words(nm.split(" (")[0], 3)})
    rows.append(["", g("Итого", "Барлығы", ""), "", _written(doc, total)])
    doc.table(None, rows, role="wastes")
    doc.p(g("Отходы переданы в герметичной таре, претензий по количеству и упаковке стороны не имеют. Передал ____________ "
            "Принял ____________", "Қалдықтар герметикалық ыдыста тапсырылды, тараптардың саны мен орамасы бойынша талаптары жоқ. "
            "Тапсырды ____________ Қабылдады ____________", ""))


# (name, CTNH code, state, (low, high) kg)
VI_HANDOVER = (
    ("Bùn thải từ thiết bị tách dầu/nước", "17 05 02", "Bùn", (250, 900)),
    ("Giẻ lau, găng tay, vật liệu thấm hút dính dầu", "18 02 01", "Rắn", (12, 60)),
    ("Bóng đèn huỳnh quang thải", "16 01 06", "Rắn", (2, 9)),
    ("Dầu động cơ, hộp số và bôi trơn tổng hợp thải (máy phát điện dự phòng)", "17 02 03", "Lỏng", (10, 45)),
    ("Bao bì cứng thải bằng kim loại (vỏ thùng dầu nhớt)", "18 01 02", "Rắn", (5, 30)),
)


def _wastes_ho2_vi(doc: Doc) -> None:
    r = doc.rng
    store, trader, *_ = doc.pick(VI_STORES)
    doc.h("BIÊN BẢN BÀN GIAO CHẤT THẢI NGUY HẠI")
    doc.p(f"Hôm nay, ngày {r.randint(2, 27):02d}/{r.choice(('03', '06', '09', '12'))}/2025, tại {store}, hai bên tiến hành bàn giao chất "
          "thải nguy hại theo hợp đồng thu gom, vận chuyển và xử lý đã ký.")
    parties = [["Bên", "Tên tổ chức", "Đại diện", "Mã số QLCTNH"],
               ["Bên giao (chủ nguồn thải)", f"{trader} – {store}", "Nguyễn Thị Hạnh – Cửa hàng trưởng", f"75.00{r.randint(1000, 9999)}.T"],
               ["Bên nhận (chủ xử lý)", "Công ty TNHH Môi trường Xanh Đồng Nai", "Lê Văn Tài – Lái xe, áp tải", f"1-2-3-4-5-6.0{r.randint(10, 99)}.VX"]]
    doc.table(None, parties, role="other")
    rows = [["TT", "Tên chất thải", "Mã CTNH", "Trạng thái", "Khối lượng (kg)", "Bằng chữ"]]
    picked = [w for w in VI_HANDOVER if w[1] in ("17 05 02", "18 02 01") or r.random() < 0.7]
    total = 0
    for k, (name, code, state, (lo, hi)) in enumerate(picked, 1):
        kg = r.randint(lo, hi)
        total += kg
        rows.append([str(k), name, code, state, num(kg, "vi"), f"{_vi_words(kg)} kilôgam"])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": _t(kg), "name_contains": _words(name, 4)})
    rows.append(["", "Tổng cộng", "", "", num(total, "vi"), f"{_vi_words(total)} kilôgam"])
    doc.table("Danh sách chất thải bàn giao", rows, role="wastes")
    doc.p("Bên nhận có trách nhiệm lập chứng từ chất thải nguy hại và gửi lại liên cho bên giao. ĐẠI DIỆN BÊN GIAO ………… ĐẠI DIỆN BÊN NHẬN …………")


# ---------------------------------------------------------------- limits

# (point, RU place, KK place)
DEPOT_OUTLETS = (
    ("ВП-1", "выпуск ливневых стоков с обвалования резервуарного парка после нефтеловушки в пруд-испаритель",
     "резервуар паркі үйіндісінен мұнай ұстағыштан кейін буландыру тоғанына нөсер ағындарының шығарылымы"),
    ("ВП-2", "выпуск производственно-ливневых стоков после ЛОС железнодорожной сливо-наливной эстакады в пруд-испаритель",
     "темір жол ағызу-құю эстакадасының ЖТҚ-нан кейін буландыру тоғанына өндірістік-нөсер ағындарының шығарылымы"),
)
LAB_KEYS = ("pH", "TSS", "TPH", "COD", "BOD5", "Fe", "Surfactants")
METHODS = {"pH": "ПНД Ф 14.1:2:3:4.121-97", "TSS": "ПНД Ф 14.1:2:4.254-09", "TPH": "ПНД Ф 14.1:2:4.128-98", "COD": "ПНД Ф 14.1:2:4.190-03",
           "BOD5": "ПНД Ф 14.1:2:3:4.123-97", "Fe": "ПНД Ф 14.1:2:4.50-96", "Surfactants": "ПНД Ф 14.1:2:4.158-2000"}


def _codes(doc: Doc, points: list[str], prefix: str, year: str) -> list[tuple[str, str, int]]:
    """Sample codes of two rounds at the points, in the laboratory's order: (code, point, round); the points' order within
    a round as the samples came in."""
    r = doc.rng
    base = r.randint(300, 800)
    out = []
    for rnd in (1, 2):
        order = list(points)
        r.shuffle(order)
        for pid in order:
            out.append((f"{prefix}{base + len(out):04d}/{year}", pid, rnd))
    return out


def limits_ho1(doc: Doc) -> None:
    """A laboratory's protocol of an oil depot's storm water whose result columns are headed by the sample codes alone
    (`В-0412/25` …), two rounds at two outlets in the order the samples came in; which outlet and which date a code stands
    for is told only in the sampling act, a table of no role before the results; the parameters as rows with their unit,
    the discharge norm (ДК) in a column of its own before the codes and the method's document last, `<` below the method's
    range (VI: a phiếu kết quả thử nghiệm whose columns are the `mã mẫu`, the biên bản lấy mẫu before it naming NT1 and
    NT2, QCVN 40:2011/BTNMT column B last)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_ho1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    depot = doc.pick(DEPOTS)
    doc.p(g("ТОО «ЭкоАналит». Испытательная лаборатория, аттестат аккредитации KZ.T.14.1147",
            "«ЭкоАналит» ЖШС. Сынақ зертханасы, аккредиттеу аттестаты KZ.T.14.1147", ""))
    doc.h(g(f"Протокол испытаний № {r.randint(100, 900)}-В от {r.randint(10, 28)}.08.2025. Заказчик: {depot[2]} ({depot[0]})",
            f"{r.randint(10, 28)}.08.2025 ж. № {r.randint(100, 900)}-В сынақ хаттамасы. Тапсырыс беруші: {depot[3]} ({depot[1]})", ""))
    codes = _codes(doc, [p[0] for p in DEPOT_OUTLETS], "В-", "25")
    place = {pid: (p_ru, p_kk)[L] for pid, p_ru, p_kk in DEPOT_OUTLETS}
    days = {1: f"{r.randint(12, 25):02d}.05.2025", 2: f"{r.randint(4, 20):02d}.08.2025"}
    act = [g(["Шифр пробы", "Место отбора", "Дата и время отбора", "Вид пробы"], ["Сынама шифры", "Сынама алынған орын", "Алынған күні мен уақыты",
                                                                                  "Сынама түрі"], [])]
    hours = {1: r.randint(9, 11), 2: r.randint(9, 11)}
    for k, (code, pid, rnd) in enumerate(codes):
        act.append([code, f"{pid} – {place[pid]}", f"{days[rnd]} {hours[rnd]}:{'05' if k % 2 == 0 else '40'}", g("разовая", "бір реттік", "")])
    doc.table(g("Акт отбора проб (выписка)", "Сынама алу актісі (үзінді)", ""), act, role="other")
    rows = [g(["№", "Показатель", "Ед. изм.", "ДК (норматив допустимого сброса)", "Результаты испытаний по шифрам проб", None, None, None,
               "НД на метод испытаний"],
              ["№", "Көрсеткіш", "Өлш. бірл.", "ЖК (жол берілетін төгінді нормативі)", "Сынама шифрлары бойынша сынақ нәтижелері", None, None, None,
               "Сынақ әдісіне НҚ"], []),
            [None, None, None, None, *(c for c, _, _ in codes), None]]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 8)] + [(0, 4, 0, 7)]
    for k, s in enumerate(LAB_KEYS, 1):
        lim = DISCHARGE[s]
        unit = g("ед. pH", "pH бірл.", "") if s == "pH" else g("мг/дм3", "мг/дм3", "")
        line = [str(k), vocab.water(s, doc.lang), unit, cell(doc, lim)]
        for _, pid, _ in codes:
            if s == "TPH" and r.random() < 0.3:
                line.append(f"< {num(0.02, doc.lang)}")
                add(doc, {x: y for x, y in limit(("symbol", s), "waste_water", lim, "mg/l", None, pid).items() if x != "value"})
                continue
            v = round(r.uniform(6.8, 8.3), 1) if s == "pH" else _sig(lim * r.uniform(0.2, 1.1), 2)
            line.append(num(v, doc.lang))
            add(doc, limit(("symbol", s), "waste_water", lim, "mg/l", None, pid, v))
        rows.append(line + [METHODS[s]])
    doc.table(g("Результаты испытаний", "Сынақ нәтижелері", ""), rows, merges, role="limits")
    doc.p(g("«<» – ниже нижней границы диапазона измерений. Результаты относятся только к испытанным пробам.",
            "«<» – өлшеу ауқымының төменгі шегінен төмен. Нәтижелер тек сынақтан өткен сынамаларға қатысты.", ""))


VI_OUTLETS = (("NT1", "Nước mưa nhiễm dầu khu bể chứa sau bể tách dầu, trước khi thoát ra rạch"),
              ("NT2", "Nước thải sau hệ thống xử lý khu xuất nhập (bến xuất xe bồn)"))
VI_LAB_KEYS = ("pH", "TSS", "COD", "BOD5", "TPH")
VI_METHODS = {"pH": "TCVN 6492:2011", "TSS": "TCVN 6625:2000", "COD": "SMEWW 5220C:2017", "BOD5": "TCVN 6001-1:2008", "TPH": "SMEWW 5520B&F:2017"}


def _limits_ho1_vi(doc: Doc) -> None:
    r = doc.rng
    depot, owner, *_ = doc.pick(VI_DEPOTS)
    doc.p("TRUNG TÂM QUAN TRẮC VÀ KỸ THUẬT MÔI TRƯỜNG (VIMCERTS 127)")
    doc.h(f"PHIẾU KẾT QUẢ THỬ NGHIỆM SỐ {r.randint(100, 900)}/KQ-NT – {depot.upper()} ({owner})")
    codes = _codes(doc, [p[0] for p in VI_OUTLETS], "N", "25")
    place = dict(VI_OUTLETS)
    days = {1: f"{r.randint(12, 25):02d}/05/2025", 2: f"{r.randint(4, 20):02d}/08/2025"}
    act = [["Mã mẫu", "Vị trí lấy mẫu", "Thời gian lấy mẫu", "Loại mẫu"]]
    hours = {1: r.randint(8, 10), 2: r.randint(8, 10)}
    for k, (code, pid, rnd) in enumerate(codes):
        act.append([code, f"{pid} – {place[pid]}", f"{hours[rnd]}h{'05' if k % 2 == 0 else '40'} ngày {days[rnd]}", "Mẫu đơn"])
    doc.table("Biên bản lấy mẫu (trích)", act, role="other")
    rows = [["TT", "Thông số", "Đơn vị", "Phương pháp thử", "Kết quả theo mã mẫu", None, None, None, "QCVN 40:2011/BTNMT (cột B)"],
            [None, None, None, None, *(c for c, _, _ in codes), None]]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 8)] + [(0, 4, 0, 7)]
    for k, s in enumerate(VI_LAB_KEYS, 1):
        lim = QCVN40[s][1]
        unit = None if s == "pH" else "mg/l"
        line = [str(k), vocab.water(s, "vi"), unit or "-", VI_METHODS[s]]
        for _, pid, _ in codes:
            if s == "TPH" and r.random() < 0.3:
                line.append("KPH (MDL = 0,3)")
                add(doc, {x: y for x, y in limit(("symbol", s), "waste_water", lim, "mg/l", "B", pid).items() if x != "value"})
                continue
            v = round(r.uniform(6.5, 7.9), 1) if s == "pH" else _sig(lim * r.uniform(0.1, 0.9), 3)
            line.append(num(v, "vi"))
            add(doc, limit(("symbol", s), "waste_water", lim, "mg/l", "B", pid, v))
        rows.append(line + [cell(doc, lim)])
    doc.table("Kết quả thử nghiệm", rows, merges, role="limits")
    doc.p("Ghi chú: KPH – không phát hiện; MDL – giới hạn phát hiện của phương pháp.")


# (point, RU station, KK station, RU receiver, KK receiver, {symbol: limit or None})
NET_WELLS = (
    ("КК-3", "АЗС № 3, г. Кокшетау", "№ 3 ЖҚС, Көкшетау қ.", "городская канализация (условия приема ГКП «Кокшетау Су Арнасы»)",
     "қалалық кәріз («Көкшетау Су Арнасы» МКК қабылдау шарттары)", {"pH": (6.5, 9.0), "TSS": 250, "TPH": 3, "COD": 500, "Surfactants": 2.5}),
    ("КК-7", "АЗС № 7, г. Щучинск", "№ 7 ЖҚС, Щучинск қ.", "городская канализация (условия приема ГКП «Бурабай Су»)",
     "қалалық кәріз («Бурабай Су» МКК қабылдау шарттары)", {"pH": (6.5, 8.5), "TSS": 200, "TPH": 1.5, "COD": None, "Surfactants": 1}),
    ("КК-12", "АЗС № 12, с. Зеренда", "№ 12 ЖҚС, Зеренді а.", "поля фильтрации (нормативы допустимых сбросов)",
     "сүзу алқаптары (жол берілетін төгінділер нормативтері)", {"pH": (6.5, 8.5), "TSS": 20, "TPH": 0.3, "COD": 30, "Surfactants": 0.5}),
)  # fmt: skip
NET_KEYS = ("pH", "TSS", "TPH", "COD", "Surfactants")


def limits_ho2(doc: Doc) -> None:
    """A franchise network's environmental officer's summary of storm water at three stations: each station's control well
    a column headed by its code and the station, a second header row naming where the water goes (two towns' sewers under
    their utilities' conditions, a station's filtration fields under its discharge norms), then each parameter on two rows,
    `ДК` and `факт` (the year's greatest result), the parameter and its unit merged down over both — the limits differing
    from column to column, `–` where a station's limit sets no value (VI: three stores' runoff against QCVN 40:2011/BTNMT
    column B, a row of each store's Kq and Kf, `Cmax` and `Kết quả` rows)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_ho2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    doc.h(g("Сеть АЗС «Көкше Петрол». Сводка результатов контроля ливневых стоков АЗС за 2025 год",
            "«Көкше Петрол» ЖҚС желісі. 2025 жылғы ЖҚС нөсер ағындарын бақылау нәтижелерінің жиынтығы", ""))
    doc.p(g("Сводка подготовлена инженером-экологом сети по протоколам аккредитованных лабораторий; «факт» – наибольший из "
            "результатов четырех кварталов.",
            "Жиынтықты желінің инженер-экологы аккредиттелген зертханалардың хаттамалары бойынша дайындады; «нақты» – төрт тоқсан "
            "нәтижелерінің ең үлкені.", ""))
    rows = [[g("Показатель", "Көрсеткіш", ""), g("Ед. изм.", "Өлш. бірл.", ""), "", *(f"{pid}\n{(s_ru, s_kk)[L]}" for pid, s_ru, s_kk, *_ in NET_WELLS)],
            [g("Приемник стоков", "Ағындарды қабылдағыш", ""), None, None, *((rv_ru, rv_kk)[L] for _, _, _, rv_ru, rv_kk, _ in NET_WELLS)]]
    merges = [(1, 0, 1, 2)]
    norm_word, fact_word = g("ДК", "ЖК", ""), g("факт", "нақты", "")
    for s in NET_KEYS:
        unit = g("ед. pH", "pH бірл.", "") if s == "pH" else g("мг/дм3", "мг/дм3", "")
        lims, facts = [], []
        for pid, *_, norms in NET_WELLS:
            lim = norms[s]
            if s == "pH":
                v = round(r.uniform(6.9, 8.2), 1)
            else:
                v = _sig((lim if lim is not None else 120) * r.uniform(0.15, 1.05), 2)
            lims.append(cell(doc, lim, dash="–"))
            facts.append(num(v, doc.lang))
            if lim is not None:
                add(doc, limit(("symbol", s), "waste_water", lim, "mg/l", None, pid, v))
        rows.append([vocab.water(s, doc.lang), unit, norm_word, *lims])
        rows.append([None, None, fact_word, *facts])
        merges += [(len(rows) - 2, 0, len(rows) - 1, 0), (len(rows) - 2, 1, len(rows) - 1, 1)]
    doc.table(g("Таблица 1 – Ливневые стоки на выходе ЛОС", "1-кесте – ЖТҚ шығысындағы нөсер ағындары", ""), rows, merges, role="limits")
    doc.p(g("Для АЗС № 7 ХПК условиями приема не нормируется и определяется справочно.",
            "№ 7 ЖҚС үшін ОХТ қабылдау шарттарымен нормаланбайды және анықтама үшін анықталады.", ""))
    _aside(doc)


# (point, store, Kq, Kf)
VI_RUNOFF = (("NM-05", "CHXD số 05 (xã Tân Phú)", 0.9, 1.2), ("NM-11", "CHXD số 11 (xã Định Quán)", 1.0, 1.2),
             ("NM-23", "CHXD số 23 (xã La Ngà)", 1.1, 1.2))
VI_RUNOFF_KEYS = ("pH", "TSS", "COD", "BOD5", "TPH")


def _k(x: float) -> str:
    return f"{x:.1f}".replace(".", ",")


def _limits_ho2_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("CÔNG TY TNHH XĂNG DẦU PHÚ THÀNH – TỔNG HỢP KẾT QUẢ QUAN TRẮC NƯỚC MƯA CHẢY TRÀN TẠI CÁC CỬA HÀNG NĂM 2025")
    doc.p("Giá trị Cmax = C × Kq × Kf theo QCVN 40:2011/BTNMT cột B, với Kq theo nguồn tiếp nhận của từng cửa hàng; kết quả là giá trị lớn "
          "nhất trong 04 đợt quan trắc.")
    rows = [["Thông số", "Đơn vị", "", *(f"{pid}\n{name}" for pid, name, _, _ in VI_RUNOFF)],
            ["Hệ số", None, None, *(f"Kq = {_k(kq)}; Kf = {_k(kf)}" for _, _, kq, kf in VI_RUNOFF)]]
    merges = [(1, 0, 1, 2)]
    for s in VI_RUNOFF_KEYS:
        base = QCVN40[s][1]
        lims, facts = [], []
        for pid, _, kq, kf in VI_RUNOFF:
            lim = base if s == "pH" else round(base * kq * kf, 6)
            v = round(r.uniform(6.4, 7.8), 1) if s == "pH" else _sig(lim * r.uniform(0.1, 0.95), 3)
            lims.append(cell(doc, lim))
            facts.append(num(v, "vi"))
            add(doc, limit(("symbol", s), "waste_water", lim, "mg/l", "B", pid, v))
        rows.append([vocab.water(s, "vi"), "-" if s == "pH" else "mg/l", "Cmax", *lims])
        rows.append([None, None, "Kết quả", *facts])
        merges += [(len(rows) - 2, 0, len(rows) - 1, 0), (len(rows) - 2, 1, len(rows) - 1, 1)]
    doc.table("Bảng 1. Nước mưa chảy tràn sau bể tách dầu", rows, merges, role="limits")
    _aside(doc)


# ---------------------------------------------------------------- monitoring

BTEX = ("0602", "0621", "0627", "0616")
# (point, RU place, KK place, keys, frequency); keys: water symbols, air codes, "BTEX", "level"
DEPOT_PLAN = (
    ("НС-1", "фоновая скважина, 150 м выше резервуарного парка по потоку подземных вод",
     "фондық ұңғыма, жерасты суларының ағыны бойынша резервуар паркінен 150 м жоғары", ("TPH", "pH", "BTEX"), "semiannual"),
    ("НС-2", "контрольная скважина у обвалования резервуаров бензина", "бензин резервуарлары үйіндісінің жанындағы бақылау ұңғымасы",
     ("TPH", "pH", "BTEX", "level"), "quarterly"),
    ("НС-3", "контрольная скважина у обвалования резервуаров дизельного топлива", "дизель отыны резервуарлары үйіндісінің жанындағы бақылау ұңғымасы",
     ("TPH", "pH", "level"), "quarterly"),
    ("НС-4", "наблюдательная скважина ниже по потоку, у южной границы участка", "ағын бойынша төмен, учаскенің оңтүстік шекарасындағы бақылау ұңғымасы",
     ("TPH", "pH", "BTEX"), "quarterly"),
    ("Т-1", "граница СЗЗ (300 м), север", "СҚА шекарасы (300 м), солтүстік", ("0415", "0416", "BTEX", "0333"), "quarterly"),
    ("Т-2", "граница СЗЗ (300 м), юг – в сторону жилой застройки", "СҚА шекарасы (300 м), оңтүстік – тұрғын үйлер жағы",
     ("0415", "0416", "BTEX", "0333"), "quarterly"),
    ("Т-3", "ближайшая жилая застройка", "ең жақын тұрғын үйлер", ("0415", "BTEX"), "semiannual"),
)  # fmt: skip


def _lower(text: str) -> str:
    return text if text[:2].isupper() or text.startswith(("pH", "БПК", "ХПК", "СПАВ")) else text[0].lower() + text[1:]


def monitoring_ho1(doc: Doc) -> None:
    """An oil depot's programme of groundwater and air monitoring in which `БТЭК*` stands among the parameters of the wells
    and of the boundary points as one word, opened into benzene, toluene, ethylbenzene and xylenes only in the footnote
    under the table; the wells named by their place on the groundwater flow (background, control at the petrol and at the
    diesel tanks, downstream), the diesel tanks' well without the group, the water level beside the substances, the air
    hydrocarbons as `name (code)` (VI: a depot's GPMT programme with `BTEX (*)` and the note `(*) BTEX gồm …`)."""
    if doc.lang == "vi":
        _monitoring_ho1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    depot = doc.pick(DEPOTS)
    doc.h(g(f"Программа производственного экологического контроля. {depot[0]} ({depot[2]})",
            f"{depot[1]} ({depot[3]}) өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.h(g("Раздел 6. Мониторинг воздействия на подземные воды и атмосферный воздух", "6-бөлім. Жерасты сулары мен атмосфералық ауаға әсер мониторингі", ""))
    rows = [g(["№", "Пункт наблюдения", "Местоположение", "Контролируемые показатели", "Периодичность", "Исполнитель"],
              ["№", "Бақылау пункті", "Орналасқан жері", "Бақыланатын көрсеткіштер", "Кезеңділігі", "Орындаушы"], [])]
    plan = [p for p in DEPOT_PLAN if p[0] != "Т-3" or doc.rng.random() < 0.7]
    lab = g("аккредитованная лаборатория", "аккредиттелген зертхана", "")
    for k, (pid, p_ru, p_kk, keys, word) in enumerate(plan, 1):
        names = []
        for key in keys:
            if key == "BTEX":
                names.append(g("БТЭК*", "БТЭК*", ""))
            elif key == "level":
                names.append(g("уровень подземных вод", "жерасты суларының деңгейі", ""))
            elif key[0].isdigit():
                names.append(f"{_lower(_air(doc, key))} ({key})")
            else:
                names.append(_lower(vocab.water(key, doc.lang)))
        rows.append([str(k), pid, (p_ru, p_kk)[L], ", ".join(names), _fw(doc, word), lab])
        for key in keys:
            if key == "BTEX":
                doc.add("monitoring", *({"point": pid, "code": c, "frequency": word} for c in BTEX))
            elif key[0].isdigit():
                doc.add("monitoring", {"point": pid, "code": key, "frequency": word})
            elif key != "level":
                doc.add("monitoring", {"point": pid, "symbol": key, "frequency": word})
    doc.table(g("Таблица 6.1 – План-график мониторинга воздействия", "6.1-кесте – Әсер мониторингінің жоспар-кестесі", ""), rows, role="monitoring")
    doc.p(g("* БТЭК – бензол, толуол, этилбензол и ксилолы (сумма изомеров), определяемые из одной пробы методом газовой хроматографии.",
            "* БТЭК – бензол, толуол, этилбензол және ксилолдар (изомерлер қосындысы), бір сынамадан газ хроматографиясы әдісімен анықталады.", ""))
    _aside(doc)


VI_DEPOT_PLAN = (
    ("NN1", "Giếng quan trắc thượng nguồn (nền), cách khu bể 150 m về phía bắc", ("pH", "TPH", "BTEX"), "semiannual"),
    ("NN2", "Giếng quan trắc cạnh đê bao khu bể xăng", ("pH", "TPH", "BTEX"), "quarterly"),
    ("NN3", "Giếng quan trắc hạ nguồn, ranh giới phía nam kho", ("pH", "TPH", "BTEX"), "quarterly"),
    ("KK1", "Cổng kho (ranh giới phía bắc)", ("BTEX", "0333"), "quarterly"),
    ("KK2", "Khu xuất xăng dầu cho xe bồn", ("BTEX", "0333"), "quarterly"),
)


def _monitoring_ho1_vi(doc: Doc) -> None:
    depot, owner, *_ = doc.pick(VI_DEPOTS)
    doc.h(f"GIẤY PHÉP MÔI TRƯỜNG – {depot.upper()}")
    doc.p(f"Phụ lục 3. Chương trình quan trắc môi trường của {owner} trong quá trình vận hành kho.")
    rows = [["TT", "Ký hiệu", "Vị trí quan trắc", "Thông số", "Tần suất"]]
    for k, (pid, place, keys, word) in enumerate(VI_DEPOT_PLAN, 1):
        names = ["BTEX (*)" if key == "BTEX" else _vi_name(key) if key[0].isdigit() else vocab.water(key, "vi") for key in keys]
        rows.append([str(k), pid, place, ", ".join(names), freq(doc, word)])
        for key in keys:
            if key == "BTEX":
                doc.add("monitoring", *({"point": pid, "code": c, "frequency": word} for c in BTEX))
            elif key[0].isdigit():
                doc.add("monitoring", {"point": pid, "code": key, "frequency": word})
            else:
                doc.add("monitoring", {"point": pid, "symbol": key, "frequency": word})
    doc.table("Bảng PL3.1. Quan trắc nước dưới đất và không khí xung quanh", rows, role="monitoring")
    doc.p("(*) BTEX gồm Benzen, Toluen, Etylbenzen và Xylen, phân tích trong cùng một mẫu. Quy chuẩn so sánh: QCVN 09:2023/BTNMT, "
          "QCVN 05:2023/BTNMT và QCVN 06:2009/BTNMT.")
    _aside(doc)


# (RU object, KK object, point, RU place, KK place, keys, frequency or None, RU when, KK when)
SMALL_PLAN = (
    ("Ливневые стоки", "Нөсер ағындары", "КК-1", "выход ЛОС, колодец перед выпуском на рельеф", "ЖТҚ шығысы, жер бедеріне шығар алдындағы құдық",
     ("TSS", "TPH"), "quarterly", "после интенсивных дождей и снеготаяния, но не реже 1 раза в квартал",
     "қатты жаңбырлардан және қар ерігеннен кейін, бірақ тоқсанына кемінде 1 рет"),
    ("Ливневые стоки", "Нөсер ағындары", "КК-0", "вход ЛОС (для оценки эффективности очистки)", "ЖТҚ кірісі (тазарту тиімділігін бағалау үшін)",
     ("TSS", "TPH"), "quarterly", "в те же сроки, что и КК-1", "КК-1-мен бір мерзімде"),
    ("Почва", "Топырақ", "П-1", "у площадки слива нефтепродуктов", "мұнай өнімдерін ағызу алаңының жанында", ("TPH", "Pb"), "yearly",
     "после каждой зачистки резервуаров, но не реже 1 раза в год", "резервуарларды әр тазалаудан кейін, бірақ жылына кемінде 1 рет"),
    ("Атмосферный воздух", "Атмосфералық ауа", "Т-1", "граница СЗЗ (50 м) по направлению преобладающего ветра",
     "басым жел бағыты бойынша СҚА шекарасы (50 м)", ("0415", "0602", "0333"), "semiannual",
     "в дни с температурой воздуха выше +25 °С, но не реже 1 раза в полугодие", "ауа температурасы +25 °С-тан жоғары күндері, бірақ жарты жылда кемінде 1 рет"),
    ("Осадок нефтеловушки", "Мұнай ұстағыш тұнбасы", "ОС-1", "нефтеловушка ЛОС", "ЖТҚ мұнай ұстағышы", ("TPH",), None,
     "при каждой очистке нефтеловушки (для паспорта отхода)", "мұнай ұстағышты әр тазалау кезінде (қалдық паспорты үшін)"),
)  # fmt: skip


def monitoring_ho2(doc: Doc) -> None:
    """A small filling station's ПЭК programme whose sampling waits for an event and whose frequency is only the minimum
    after it — `после интенсивных дождей и снеготаяния, но не реже 1 раза в квартал`, `после каждой зачистки резервуаров,
    но не реже 1 раза в год`, hot days `но не реже 1 раза в полугодие` — the separator's inlet sampled `в те же сроки, что
    и КК-1`, the separator's sludge at each cleaning with no frequency at all, the object merged down over its points (VI:
    a store's programme, `sau các trận mưa lớn, nhưng không ít hơn 03 tháng/lần`, `Cùng thời điểm lấy mẫu tại NM1`, the
    sludge at each dredging)."""
    if doc.lang == "vi":
        _monitoring_ho2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    o_ru, o_kk, op_ru, op_kk, *_ = doc.pick(ROAD_STATIONS)
    doc.h(g(f"Программа производственного экологического контроля {o_ru} ({op_ru}) на 2026–2028 годы",
            f"{o_kk} ({op_kk}) 2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.p(g("АЗС работает круглосуточно; сток с площадок слива и заправки собирается в ЛОС (пескоотделитель – нефтеловушка – "
            "сорбционный фильтр). Отбор проб привязан к событиям, при которых воздействие наибольшее.",
            "ЖҚС тәулік бойы жұмыс істейді; ағызу және құю алаңдарынан ағын ЖТҚ-ға (құм бөлгіш – мұнай ұстағыш – сорбциялық сүзгі) "
            "жиналады. Сынама алу әсер ең жоғары болатын оқиғаларға байланыстырылған.", ""))
    rows = [g(["Объект контроля", "Точка", "Место отбора", "Показатели", "Периодичность (условие) отбора", "Исполнитель"],
              ["Бақылау объектісі", "Нүкте", "Сынама алу орны", "Көрсеткіштер", "Сынама алу кезеңділігі (шарты)", "Орындаушы"], [])]
    merges = []
    lab = g("аккредитованная лаборатория по договору", "шарт бойынша аккредиттелген зертхана", "")
    prev, start = None, None
    for ob_ru, ob_kk, pid, p_ru, p_kk, keys, word, w_ru, w_kk in SMALL_PLAN:
        obj = (ob_ru, ob_kk)[L]
        names = ", ".join(f"{_lower(_air(doc, k))} ({k})" if k[0].isdigit() else
                          _lower(vocab.soil(k, doc.lang) if ob_ru == "Почва" else vocab.water(k, doc.lang)) for k in keys)
        if obj == prev:
            rows.append([None, pid, (p_ru, p_kk)[L], names, (w_ru, w_kk)[L], lab])
            merges.append((start, 0, len(rows) - 1, 0))
        else:
            rows.append([obj, pid, (p_ru, p_kk)[L], names, (w_ru, w_kk)[L], lab])
            start = len(rows) - 1
        prev = obj
        kind = "code" if keys[0][0].isdigit() else "symbol"
        doc.add("monitoring", *({"point": pid, kind: k, "frequency": word} for k in keys))
    doc.table(g("Таблица 4 – График отбора проб", "4-кесте – Сынама алу кестесі", ""), rows, merges, role="monitoring")
    doc.p(g("Интенсивным считается дождь более 10 мм в сутки. Результаты отбора по событию фиксируются в журнале ПЭК с указанием события.",
            "Тәулігіне 10 мм-ден асатын жаңбыр қатты деп есептеледі. Оқиға бойынша сынама алу нәтижелері оқиғаны көрсете отырып ӨЭБ "
            "журналына жазылады.", ""))


VI_SMALL_PLAN = (
    ("Nước mưa chảy tràn", "NM1", "Hố ga sau bể tách dầu, trước khi thoát ra mương", ("pH", "TSS", "TPH"), "quarterly",
     "Sau các trận mưa lớn, nhưng không ít hơn 03 tháng/lần"),
    ("Nước mưa chảy tràn", "NM0", "Hố ga trước bể tách dầu", ("TSS", "TPH"), "quarterly", "Cùng thời điểm lấy mẫu tại NM1"),
    ("Nước thải sinh hoạt", "NT1", "Sau bể tự hoại 03 ngăn", ("pH", "BOD5", "TSS", "NH4+", "Coliform"), "semiannual", "06 tháng/lần"),
    ("Không khí khu vực cột bơm", "KK1", "Giữa hai cột bơm", ("0602", "0621", "0616"), "yearly",
     "Vào ngày nắng nóng trên 33 °C, nhưng không ít hơn 01 lần/năm"),
    ("Bùn bể tách dầu", "B1", "Ngăn 1 bể tách dầu", ("TPH",), None, "Mỗi lần nạo vét bể tách dầu"),
)


def _monitoring_ho2_vi(doc: Doc) -> None:
    store, trader, *_ = doc.pick(VI_STORES)
    doc.h(f"KẾ HOẠCH GIÁM SÁT MÔI TRƯỜNG – {store.upper()} ({trader})")
    rows = [["Đối tượng", "Ký hiệu", "Vị trí", "Thông số", "Tần suất (điều kiện) lấy mẫu"]]
    merges, prev, start = [], None, None
    for obj, pid, place, keys, word, when in VI_SMALL_PLAN:
        names = ", ".join(vocab.air(k, "vi") if k[0].isdigit() else vocab.water(k, "vi") for k in keys)
        if obj == prev:
            rows.append([None, pid, place, names, when])
            merges.append((start, 0, len(rows) - 1, 0))
        else:
            rows.append([obj, pid, place, names, when])
            start = len(rows) - 1
        prev = obj
        kind = "code" if keys[0][0].isdigit() else "symbol"
        doc.add("monitoring", *({"point": pid, kind: k, "frequency": word} for k in keys))
    doc.table("Bảng 5. Kế hoạch giám sát", rows, merges, role="monitoring")
    doc.p("Mưa lớn: lượng mưa trên 50 mm/ngày theo bản tin của Đài Khí tượng Thủy văn tỉnh.")


# ---------------------------------------------------------------- inspections

# the frequency columns: (contract frequency or None, RU, KK, VI)
MATRIX_COLS = ((None, "ежесменно", "әр ауысым сайын", "Mỗi ca"), ("daily", "ежедневно", "күн сайын", "Hằng ngày"),
               ("weekly", "еженедельно", "апта сайын", "Hằng tuần"), ("monthly", "ежемесячно", "ай сайын", "Hằng tháng"),
               ("quarterly", "ежеквартально", "тоқсан сайын", "Hằng quý"), ("yearly", "ежегодно", "жылына 1 рет", "Hằng năm"))
OPERATOR, MANAGER = ("оператор АЗС", "ЖҚС операторы"), ("управляющий АЗС", "ЖҚС басқарушысы")
MECHANIC, ECOLOGIST = ("механик сети", "желі механигі"), ("инженер-эколог сети", "желінің инженер-экологы")
SERVICE = ("сервисная организация (ТОО «Петро Сервис»)", "сервистік ұйым («Петро Сервис» ЖШС)")
# (RU object, KK object, RU what, KK what, {column: (RU who, KK who)}, always kept)
MATRIX = (
    ("Межстенное пространство двустенных резервуаров", "Екі қабырғалы резервуарлардың қабырғааралық кеңістігі",
     "показания датчиков утечки, сигнализация", "ағып кету датчиктерінің көрсеткіштері, дабыл", {0: OPERATOR}, True),
    ("Топливораздаточные колонки и раздаточные рукава", "Отын тарату колонкалары мен тарату жеңдері",
     "подтеки топлива, целостность рукавов и разрывных муфт", "отынның ағуы, жеңдер мен үзілу муфталарының тұтастығы", {1: OPERATOR, 4: SERVICE}, True),
    ("Площадка слива нефтепродуктов из автоцистерн", "Автоцистерналардан мұнай өнімдерін ағызу алаңы",
     "целостность покрытия и лотков, заземление, наличие сорбента", "жабын мен науалардың тұтастығы, жерге тұйықтау, сорбенттің болуы", {1: OPERATOR}, False),
    ("Дыхательная арматура резервуаров и огнепреградители", "Резервуарлардың тыныс алу арматурасы мен от бөгегіштер",
     "герметичность клапанов, чистота кассет огнепреградителей", "клапандардың саңылаусыздығы, от бөгегіш кассеталарының тазалығы",
     {3: MECHANIC, 5: SERVICE}, True),
    ("Локальные очистные сооружения ливневых стоков", "Нөсер ағындарының жергілікті тазарту құрылыстары",
     "уровень осадка и нефтепродуктов в нефтеловушке, состояние сорбционного фильтра", "мұнай ұстағыштағы тұнба мен мұнай өнімдерінің деңгейі, "
     "сорбциялық сүзгінің жай-күйі", {2: MANAGER, 4: ECOLOGIST}, True),
    ("Площадка временного хранения отходов", "Қалдықтарды уақытша сақтау алаңы",
     "маркировка и заполнение контейнеров, сроки вывоза", "контейнерлердің таңбалануы мен толуы, шығару мерзімдері", {2: MANAGER}, False),
    ("Аварийный комплект для ликвидации проливов", "Төгілулерді жоюға арналған апаттық жиынтық",
     "комплектность (сорбент, боны, совки, мешки)", "толықтығы (сорбент, бондар, қалақтар, қаптар)", {3: MANAGER}, False),
    ("Смотровые колодцы и наблюдательная скважина", "Қарау құдықтары және бақылау ұңғымасы",
     "наличие пленки нефтепродуктов, уровень воды", "мұнай өнімдері қабыршағының болуы, су деңгейі", {4: ECOLOGIST}, True),
)  # fmt: skip


def inspections_ho1(doc: Doc) -> None:
    """A franchise network's matrix of environmental checks at a station: the objects and what is checked, then the
    frequencies as columns under a merged `Периодичность и исполнитель` — `ежесменно`, `ежедневно` … `ежегодно` — whose
    cells hold who checks rather than a mark; a row with two filled cells is two checks, each at its own frequency and by
    its own person, checks every shift with no frequency of the contract (VI: a trader's `Ma trận kiểm tra` with `Mỗi ca` to
    `Hằng năm`, `Nhân viên bán hàng`, `Cửa hàng trưởng` in the cells)."""
    r = doc.rng
    if doc.lang == "vi":
        _inspections_ho1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    doc.h(g("Сеть АЗС «Көкше Петрол». Стандарт сети СТ-ЭК-03. Приложение 2. Матрица экологических проверок на АЗС",
            "«Көкше Петрол» ЖҚС желісі. СТ-ЭК-03 желі стандарты. 2-қосымша. ЖҚС-тағы экологиялық тексерулер матрицасы", ""))
    doc.p(g("Матрица обязательна для собственных АЗС и АЗС, работающих по договору франчайзинга. В ячейке указан исполнитель проверки; "
            "пустая ячейка – проверка с такой периодичностью не проводится.",
            "Матрица меншікті ЖҚС пен франчайзинг шарты бойынша жұмыс істейтін ЖҚС үшін міндетті. Ұяшықта тексеруді орындаушы "
            "көрсетілген; бос ұяшық – мұндай кезеңділікпен тексеру жүргізілмейді.", ""))
    head = [g("№", "№", ""), g("Объект проверки", "Тексеру объектісі", ""), g("Что проверяется", "Не тексеріледі", "")]
    rows = [head + [g("Периодичность и исполнитель проверки", "Тексеру кезеңділігі және орындаушысы", "")] + [None] * 5,
            [None, None, None, *(col[1 + L] for col in MATRIX_COLS)]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 8)]
    k = 0
    for o_ru, o_kk, w_ru, w_kk, who, keep in MATRIX:
        if not keep and r.random() < 0.3:
            continue
        k += 1
        obj = (o_ru, o_kk)[L]
        cells = [who[c][L] if c in who else "" for c in range(len(MATRIX_COLS))]
        rows.append([str(k), obj, (w_ru, w_kk)[L], *cells])
        for c, person in who.items():
            item = {"kind": "inspection", "text_contains": _words(obj.split(" (")[0], 3), "actor_contains": person[L].split(" (")[0]}
            if MATRIX_COLS[c][0]:
                item["frequency"] = MATRIX_COLS[c][0]
            doc.add("obligations", item)
    doc.table(g("Таблица П2.1", "П2.1-кесте", ""), rows, merges, role="inspections")
    doc.p(g("Результаты проверок заносятся в журнал экологического контроля АЗС; замечания – в систему заявок сети.",
            "Тексеру нәтижелері ЖҚС-тың экологиялық бақылау журналына, ескертпелер желінің өтінімдер жүйесіне енгізіледі.", ""))
    _aside(doc)


VI_MATRIX = (
    ("Bồn chứa 2 lớp (khoang kẹp giữa hai lớp vỏ)", "tín hiệu cảm biến rò rỉ", {0: "Nhân viên bán hàng"}, True),
    ("Cột bơm, vòi bơm, ống mềm", "rò rỉ nhiên liệu, nứt vỡ ống mềm", {1: "Nhân viên bán hàng", 4: "Phòng Kỹ thuật – An toàn"}, True),
    ("Khu vực nhập hàng từ xe bồn", "nền, rãnh thu, tiếp địa, vật liệu thấm hút", {1: "Cửa hàng trưởng"}, False),
    ("Van thở, thiết bị ngăn lửa của bồn chứa", "độ kín van, vệ sinh lưới ngăn lửa", {3: "Tổ cơ điện Công ty", 5: "Đơn vị kiểm định"}, True),
    ("Bể tách dầu, hố ga thu nước mưa", "lớp dầu nổi, bùn cặn, song chắn rác", {2: "Cửa hàng trưởng", 4: "Phòng Kỹ thuật – An toàn"}, True),
    ("Kho chứa chất thải nguy hại", "nhãn, bao bì, thời gian lưu giữ", {3: "Cửa hàng trưởng"}, False),
    ("Bộ dụng cụ ứng phó sự cố tràn dầu", "số lượng cát, phao thấm dầu, xẻng, bao", {3: "Cửa hàng trưởng"}, False),
)


def _inspections_ho1_vi(doc: Doc) -> None:
    r = doc.rng
    _, trader, *_ = doc.pick(VI_STORES)
    doc.h(f"{trader.upper()} – MA TRẬN KIỂM TRA MÔI TRƯỜNG TẠI CỬA HÀNG XĂNG DẦU")
    doc.p("Áp dụng cho cửa hàng trực thuộc và cửa hàng nhượng quyền. Ô ghi tên người thực hiện; ô trống là không kiểm tra theo tần suất đó.")
    rows = [["TT", "Đối tượng kiểm tra", "Nội dung", "Tần suất và người thực hiện", None, None, None, None, None],
            [None, None, None, *(col[3] for col in MATRIX_COLS)]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 8)]
    k = 0
    for obj, what, who, keep in VI_MATRIX:
        if not keep and r.random() < 0.3:
            continue
        k += 1
        rows.append([str(k), obj, what, *(who.get(c, "") for c in range(len(MATRIX_COLS)))])
        for c, person in who.items():
            item = {"kind": "inspection", "text_contains": _words(obj.split(" (")[0], 3), "actor_contains": person}
            if MATRIX_COLS[c][0]:
                item["frequency"] = MATRIX_COLS[c][0]
            doc.add("obligations", item)
    doc.table("Bảng 1. Ma trận kiểm tra", rows, merges, role="inspections")
    _aside(doc)


# level: (RU who, KK who, RU actor, KK actor, frequency or None, RU written, KK written, RU record, KK record)
LEVELS = {
    "I": ("оператор наполнительного отделения и машинист насосно-компрессорного отделения – каждый на своем участке",
          "толтыру бөлімшесінің операторы және сорғы-компрессор бөлімшесінің машинисі – әрқайсысы өз учаскесінде", "оператор", "оператор",
          None, "ежесменно, при приеме смены", "ауысымды қабылдау кезінде әр ауысым сайын", "журнал приема-сдачи смены",
          "ауысымды қабылдау-тапсыру журналы"),
    "II": ("начальник ГНС", "ГТС бастығы", "начальник ГНС", "ГТС бастығы", "weekly", "еженедельно", "апта сайын",
           "журнал производственного контроля", "өндірістік бақылау журналы"),
    "III": ("комиссия под председательством главного инженера (инженер по промышленной безопасности, инженер-эколог)",
            "бас инженер төрағалық ететін комиссия (өнеркәсіптік қауіпсіздік жөніндегі инженер, инженер-эколог)", "комиссия", "комиссия",
            "quarterly", "ежеквартально", "тоқсан сайын", "акт комиссии", "комиссия актісі"),
    "IV": ("генеральный директор с участием главного инженера", "бас инженердің қатысуымен бас директор", "генеральный директор",
           "бас директор", "yearly", "1 раз в год", "жылына 1 рет", "приказ по итогам проверки", "тексеру қорытындысы бойынша бұйрық"),
}  # fmt: skip
# (RU object, KK object, RU what, KK what, levels, always kept)
GNS_OBJECTS = (
    ("Резервуары СУГ (2 × 50 м3, подземные)", "СКГ резервуарлары (2 × 50 м3, жерасты)", "герметичность фланцев и запорной арматуры, показания "
     "уровнемеров", "фланецтер мен бекіту арматурасының саңылаусыздығы, деңгей өлшегіштердің көрсеткіштері", ("I", "II", "III"), True),
    ("Насосно-компрессорное отделение", "Сорғы-компрессор бөлімшесі", "загазованность по стационарным газоанализаторам, работа вентиляции",
     "стационарлық газ талдағыштар бойынша газдану, желдеткіштің жұмысы", ("I", "II", "III"), True),
    ("Наполнительное отделение (карусельная установка)", "Толтыру бөлімшесі (карусельдік қондырғы)", "утечки при наполнении, контрольное "
     "взвешивание баллонов", "толтыру кезіндегі ағулар, баллондарды бақылау өлшеу", ("I", "II"), False),
    ("Площадка слива СУГ из автоцистерн", "Автоцистерналардан СКГ ағызу алаңы", "состояние рукавов, заземления и сливных колонок",
     "жеңдердің, жерге тұйықтаудың және ағызу колонкаларының жай-күйі", ("I", "III"), False),
    ("Свеча рассеивания и предохранительные клапаны", "Шашырату шырағы және сақтандырғыш клапандар", "исправность, сроки настройки клапанов",
     "жарамдылығы, клапандарды баптау мерзімдері", ("II", "III", "IV"), True),
    ("Склад наполненных и порожних баллонов", "Толтырылған және бос баллондар қоймасы", "раздельное хранение, защита от солнца, учет",
     "бөлек сақтау, күннен қорғау, есепке алу", ("II", "III"), False),
    ("Места накопления отходов (конденсат СУГ, ветошь, масла)", "Қалдықтарды жинау орындары (СКГ конденсаты, шүберек, майлар)",
     "маркировка и герметичность тары, сроки вывоза", "ыдыстың таңбалануы мен саңылаусыздығы, шығару мерзімдері", ("II", "III", "IV"), True),
)  # fmt: skip


def inspections_ho2(doc: Doc) -> None:
    """An LPG bottling station's regulation of production control in two tables: the levels of control — who and how often
    (I: the operators every shift, II: the station's head weekly, III: the chief engineer's commission quarterly, IV: the
    director once a year) — in a first table of no role, then the objects with what is checked and only the Roman numbers
    of the levels that check them (`I, II, III`); each level named is a check of its own, its frequency and checker read
    through the first table (VI: `kiểm tra 3 cấp` of an LPG filling plant, `Cấp 1, 2, 3`)."""
    r = doc.rng
    if doc.lang == "vi":
        _inspections_ho2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    doc.h(g("ТОО «Алатау Газ Сервис». Положение о производственном контроле на газонаполнительной станции (ГНС)",
            "«Алатау Газ Сервис» ЖШС. Газ толтыру станциясындағы (ГТС) өндірістік бақылау туралы ереже", ""))
    doc.p(g("3.1. Производственный контроль за соблюдением требований промышленной безопасности и охраны окружающей среды "
            "осуществляется на четырех уровнях (таблица 1). 3.2. Объекты и уровни контроля приведены в таблице 2.",
            "3.1. Өнеркәсіптік қауіпсіздік пен қоршаған ортаны қорғау талаптарының сақталуын өндірістік бақылау төрт деңгейде "
            "жүзеге асырылады (1-кесте). 3.2. Бақылау объектілері мен деңгейлері 2-кестеде келтірілген.", ""))
    levels = [g(["Уровень", "Кто проводит", "Периодичность", "Оформление результатов"], ["Деңгей", "Кім жүргізеді", "Кезеңділігі", "Нәтижелерді ресімдеу"], [])]
    for lvl, (w_ru, w_kk, _, _, _, f_ru, f_kk, rec_ru, rec_kk) in LEVELS.items():
        levels.append([lvl, (w_ru, w_kk)[L], (f_ru, f_kk)[L], (rec_ru, rec_kk)[L]])
    doc.table(g("Таблица 1 – Уровни производственного контроля", "1-кесте – Өндірістік бақылау деңгейлері", ""), levels, role="other")
    rows = [g(["№", "Объект контроля", "Контролируемые параметры и требования", "Уровни контроля"],
              ["№", "Бақылау объектісі", "Бақыланатын параметрлер мен талаптар", "Бақылау деңгейлері"], [])]
    k = 0
    for o_ru, o_kk, w_ru, w_kk, lvls, keep in GNS_OBJECTS:
        if not keep and r.random() < 0.25:
            continue
        k += 1
        obj = (o_ru, o_kk)[L]
        rows.append([str(k), obj, (w_ru, w_kk)[L], ", ".join(lvls)])
        for lvl in lvls:
            actor = LEVELS[lvl][2 + L]
            item = {"kind": "inspection", "text_contains": _words(obj.split(" (")[0], 3), "actor_contains": actor}
            if LEVELS[lvl][4]:
                item["frequency"] = LEVELS[lvl][4]
            doc.add("obligations", item)
    doc.table(g("Таблица 2 – Объекты и уровни контроля", "2-кесте – Бақылау объектілері мен деңгейлері", ""), rows, role="inspections")
    doc.p(g("Выявленные нарушения устраняются в сроки, установленные проверяющим уровнем; повторное нарушение рассматривается "
            "следующим уровнем.", "Анықталған бұзушылықтар тексеруші деңгей белгілеген мерзімде жойылады; қайталанған бұзушылықты келесі "
            "деңгей қарайды.", ""))


VI_LEVELS = {
    "1": ("Trưởng ca và công nhân vận hành tại vị trí làm việc", "Trưởng ca", None, "Mỗi ca, khi giao nhận ca", "Sổ giao ca"),
    "2": ("Trạm trưởng", "Trạm trưởng", "weekly", "Hằng tuần", "Sổ kiểm tra của trạm"),
    "3": ("Đoàn kiểm tra của Công ty (Phòng Kỹ thuật – An toàn – Môi trường)", "Đoàn kiểm tra của Công ty", "quarterly", "03 tháng/lần", "Biên bản kiểm tra"),
}
VI_GNS_OBJECTS = (
    ("Bồn chứa LPG (02 bồn × 50 m3, đặt ngầm)", "độ kín mặt bích, van; chỉ số đồng hồ mức", ("1", "2", "3"), True),
    ("Nhà máy bơm, máy nén", "nồng độ khí qua đầu dò, hệ thống thông gió", ("1", "2", "3"), True),
    ("Dây chuyền chiết nạp bình", "rò rỉ khi nạp, cân kiểm tra bình", ("1", "2"), False),
    ("Bãi xuất nhập LPG từ xe bồn", "ống mềm, tiếp địa, trụ nhập", ("1", "3"), False),
    ("Ống xả khí và van an toàn", "tình trạng hoạt động, thời hạn kiểm định van", ("2", "3"), True),
    ("Khu lưu giữ chất thải nguy hại", "nhãn, bao bì kín, thời gian lưu giữ", ("2", "3"), True),
)


def _inspections_ho2_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("TRẠM CHIẾT NẠP LPG NHƠN TRẠCH – QUY CHẾ KIỂM TRA 3 CẤP VỀ AN TOÀN VÀ BẢO VỆ MÔI TRƯỜNG")
    doc.p("Điều 4. Các cấp kiểm tra được quy định tại Bảng 1; đối tượng kiểm tra và cấp kiểm tra tương ứng tại Bảng 2.")
    levels = [["Cấp", "Người thực hiện", "Tần suất", "Hồ sơ"]]
    for lvl, (who, _, _, written, record) in VI_LEVELS.items():
        levels.append([f"Cấp {lvl}", who, written, record])
    doc.table("Bảng 1. Các cấp kiểm tra", levels, role="other")
    rows = [["TT", "Đối tượng kiểm tra", "Nội dung kiểm tra", "Cấp kiểm tra"]]
    k = 0
    for obj, what, lvls, keep in VI_GNS_OBJECTS:
        if not keep and r.random() < 0.25:
            continue
        k += 1
        rows.append([str(k), obj, what, ", ".join(lvls)])
        for lvl in lvls:
            item = {"kind": "inspection", "text_contains": _words(obj.split(" (")[0], 3), "actor_contains": VI_LEVELS[lvl][1]}
            if VI_LEVELS[lvl][2]:
                item["frequency"] = VI_LEVELS[lvl][2]
            doc.add("obligations", item)
    doc.table("Bảng 2. Đối tượng và cấp kiểm tra", rows, role="inspections")


# ---------------------------------------------------------------- tasks

# (RU station, KK station, [(RU addressee, KK addressee, actor words, RU found, KK found, RU action, KK action, RU term, KK term)])
RAID = (
    ("АЗС № 14 «Жол Ойл», с. Катарколь", "«Жол Ойл» № 14 ЖҚС, Қатаркөл а.", [
        ("ТОО «Жол Ойл Сервис»", "«Жол Ойл Сервис» ЖШС", "Жол Ойл Сервис", "на площадке слива нет запаса сорбента и поддонов",
         "ағызу алаңында сорбент пен табандықтар қоры жоқ", "укомплектовать площадку слива сорбентом и переносными поддонами",
         "ағызу алаңын сорбентпен және тасымалы табандықтармен жинақтау", "до 01.05.2026", "01.05.2026 дейін"),
        ("ТОО «Жол Ойл Сервис»", "«Жол Ойл Сервис» ЖШС", "Жол Ойл Сервис", "нефтеловушка ЛОС заполнена осадком более чем на 2/3",
         "ЖТҚ мұнай ұстағышы тұнбамен 2/3-тен астам толған", "очистить нефтеловушку ЛОС и передать осадок специализированной организации",
         "ЖТҚ мұнай ұстағышын тазалау және тұнбаны мамандандырылған ұйымға беру", "в течение 10 дней", "10 күн ішінде")]),
    ("АЗС «Көкше Петрол», с. Зеренда", "«Көкше Петрол» ЖҚС, Зеренді а.", [
        ("ТОО «Көкше Петрол»", "«Көкше Петрол» ЖШС", "Көкше Петрол", "журнал осмотров ЛОС не ведется с января", "ЖТҚ-ны қарап тексеру журналы "
         "қаңтардан бері жүргізілмейді", "возобновить ведение журнала осмотров ЛОС и назначить ответственного приказом",
         "ЖТҚ-ны қарап тексеру журналын жүргізуді қайта бастау және бұйрықпен жауаптыны тағайындау", "до 15.04.2026", "15.04.2026 дейін"),
        ("ГУ «Отдел жилищно-коммунального хозяйства Зерендинского района»", "«Зеренді ауданының тұрғын үй-коммуналдық шаруашылығы бөлімі» ММ",
         "жилищно-коммунального", "ливневые стоки с автодороги поступают на территорию АЗС", "автожолдан нөсер ағындары ЖҚС аумағына түседі",
         "предусмотреть водоотводную канаву вдоль автодороги на участке примыкания АЗС", "ЖҚС жанасатын учаскеде автожол бойымен су бұрғыш арық "
         "қарастыру", "в плане работ на 2026 год", "2026 жылғы жұмыс жоспарында")]),
    ("АЗС «Арша Ойл», пос. Аршалы", "«Арша Ойл» ЖҚС, Аршалы к.", [
        ("ТОО «Арша Ойл Трейд»", "«Арша Ойл Трейд» ЖШС", "Арша Ойл Трейд", "отходы (промасленная ветошь) хранятся в открытом контейнере",
         "қалдықтар (майланған шүберек) ашық контейнерде сақталады", "оборудовать контейнер для промасленной ветоши крышкой и навесом",
         "майланған шүберекке арналған контейнерді қақпақпен және қалқамен жабдықтау", "до 01.05.2026", "01.05.2026 дейін"),
        ("ИП Абдрахманов С.К. (собственник земельного участка)", "ЖК Абдрахманов С.Қ. (жер учаскесінің меншік иесі)", "Абдрахманов",
         "пятно загрязнения грунта нефтепродуктами за ограждением АЗС (≈ 15 м2)", "ЖҚС қоршауының сыртында мұнай өнімдерімен топырақтың ластану дағы (≈ 15 м2)",
         "провести снятие загрязненного грунта и его передачу на обезвреживание", "ластанған топырақты алу және оны залалсыздандыруға беру",
         "до 01.06.2026", "01.06.2026 дейін")]),
)  # fmt: skip


def tasks_ho1(doc: Doc) -> None:
    """A district inspector's report on a raid on the filling stations of a district: the station merged down the second
    column over its recommendations, what was found beside each, and each recommendation opening with the name of the one
    it is addressed to and a colon — the station's operator, the district akimat's department, a landowner — followed by
    what to do and by when; no column of the responsible, the items numbered straight through (VI: a provincial
    inter-agency team's report on its checks of cửa hàng xăng dầu, `Kiến nghị` opening with the trader, a commune's People's
    Committee or a landowner)."""
    if doc.lang == "vi":
        _tasks_ho1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    doc.h(g("Справка по результатам рейдового обследования АЗС Акмолинской области (апрель 2026 г.)",
            "Ақмола облысының ЖҚС-ын рейдтік зерттеп-қарау нәтижелері бойынша анықтама (2026 ж. сәуір)", ""))
    doc.p(g("Рейд проведен главным специалистом-инспектором Департамента экологии совместно с представителями акиматов районов. "
            "Предложения направлены адресатам, указанным в начале каждого пункта.",
            "Рейдті Экология департаментінің бас маман-инспекторы аудан әкімдіктерінің өкілдерімен бірлесіп жүргізді. Ұсыныстар әр "
            "тармақтың басында көрсетілген адресаттарға жіберілді.", ""))
    rows = [g(["№", "АЗС", "Выявлено", "Предложено (кому, что, срок)"], ["№", "ЖҚС", "Анықталды", "Ұсынылды (кімге, не, мерзімі)"], [])]
    merges = []
    n = 0
    for st_ru, st_kk, items in RAID:
        start = len(rows)
        for a_ru, a_kk, who, f_ru, f_kk, d_ru, d_kk, t_ru, t_kk in items:
            n += 1
            action = (d_ru, d_kk)[L]
            rows.append([str(n), (st_ru, st_kk)[L] if len(rows) == start else None, (f_ru, f_kk)[L], f"{(a_ru, a_kk)[L]}: {action} – {(t_ru, t_kk)[L]}"])
            addressee = (a_ru, a_kk)[L]
            actor = _core(addressee) if "«" in addressee else who
            doc.add("obligations", {"kind": "task", "number": str(n), "text_contains": _words(action, 4), "actor_contains": actor})
        merges.append((start, 1, len(rows) - 1, 1))
    doc.table(None, rows, merges, role="tasks")
    doc.p(g("О выполнении предложений сообщить в Департамент экологии в указанные сроки.",
            "Ұсыныстардың орындалуы туралы көрсетілген мерзімде Экология департаментіне хабарлау қажет.", ""))


VI_RAID = (
    ("Cửa hàng xăng dầu số 17 (ấp 3)", [
        ("Công ty TNHH Xăng dầu Phú Thành", "Phú Thành", "Khu nhập hàng không có vật liệu thấm hút dầu", "Bổ sung cát, phao thấm dầu và khay hứng tại khu nhập hàng",
         "trước ngày 30/4/2026"),
        ("Công ty TNHH Xăng dầu Phú Thành", "Phú Thành", "Bể tách dầu đầy cặn, nước tràn ra mương", "Nạo vét bể tách dầu, chuyển giao bùn cặn cho đơn vị có chức năng",
         "trong 10 ngày")]),
    ("Cửa hàng xăng dầu Bàu Hàm", [
        ("Công ty Cổ phần Thương mại Dầu khí Trảng Bom", "Dầu khí Trảng Bom", "Chưa có sổ theo dõi chất thải nguy hại",
         "Lập sổ theo dõi chất thải nguy hại và lưu giữ chứng từ chuyển giao", "trước ngày 15/4/2026"),
        ("UBND xã Trảng Bom", "UBND xã Trảng Bom", "Nước mưa từ đường tỉnh chảy vào khu vực cửa hàng", "Đề xuất nạo vét mương thoát nước dọc đường tỉnh đoạn qua cửa hàng",
         "trong quý II/2026")]),
    ("Cửa hàng xăng dầu Long Phước", [
        ("Hộ kinh doanh Nguyễn Văn Tư (chủ sử dụng đất liền kề)", "Nguyễn Văn Tư", "Đất liền kề bị nhiễm dầu (khoảng 10 m2)",
         "Bóc lớp đất nhiễm dầu và chuyển giao xử lý như chất thải nguy hại", "trước ngày 31/5/2026")]),
)


def _tasks_ho1_vi(doc: Doc) -> None:
    doc.p("SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI – ĐOÀN KIỂM TRA LIÊN NGÀNH")
    doc.h("BÁO CÁO KẾT QUẢ KIỂM TRA CÁC CỬA HÀNG XĂNG DẦU TRÊN TUYẾN QUỐC LỘ 1 VÀ QUỐC LỘ 20 (THÁNG 3/2026)")
    doc.p("Đoàn kiểm tra liên ngành (Sở Công Thương, Sở Nông nghiệp và Môi trường, Công an tỉnh) đã kiểm tra 03 cửa hàng xăng dầu. Các "
          "kiến nghị được gửi đến tổ chức, cá nhân nêu ở đầu mỗi kiến nghị.")
    rows = [["TT", "Cửa hàng", "Tồn tại", "Kiến nghị (đối tượng thực hiện, nội dung, thời hạn)"]]
    merges = []
    n = 0
    for store, items in VI_RAID:
        start = len(rows)
        for who, core, found, action, term in items:
            n += 1
            rows.append([str(n), store if len(rows) == start else None, found, f"{who}: {action} – {term}"])
            doc.add("obligations", {"kind": "task", "number": str(n), "text_contains": _words(action, 4), "actor_contains": core})
        merges.append((start, 1, len(rows) - 1, 1))
    doc.table("Bảng tổng hợp kết quả kiểm tra và kiến nghị", rows, merges, role="tasks")
    doc.p("Đề nghị các tổ chức, cá nhân báo cáo kết quả khắc phục về Sở Công Thương trước thời hạn nêu trên.")


QUARTERS = {"ru": ("I кв.", "II кв.", "III кв.", "IV кв."), "kk": ("I тоқс.", "II тоқс.", "III тоқс.", "IV тоқс."),
            "vi": ("Quý I", "Quý II", "Quý III", "Quý IV")}
# stage: (RU, KK)
STAGES = {"design": ("ПСД", "ЖСҚ"), "review": ("экспертиза ПСД", "ЖСҚ сараптамасы"), "buy": ("закуп", "сатып алу"), "build": ("СМР", "ҚМЖ"),
          "tune": ("ПНР", "іске қосу-баптау"), "open": ("ввод", "пайдалануға беру"), "drill": ("бурение", "бұрғылау"),
          "sample": ("отбор проб", "сынама алу"), "train": ("обучение, учения", "оқыту, оқу-жаттығу"), "haul": ("вывоз грунта", "топырақты шығару")}
# (RU measure, KK measure, {quarter index 0-7: stage}, RU responsible, KK responsible, actor words RU, KK)
ROADMAP = (
    ("Замена одностенных резервуаров РГС-50 (4 шт.) площадки налива на двустенные с контролем межстенного пространства",
     "Құю алаңының бір қабырғалы РГС-50 резервуарларын (4 дана) қабырғааралық кеңістікті бақылайтын екі қабырғалы резервуарларға ауыстыру",
     {0: "design", 1: "review", 2: "buy", 3: "build", 4: "build", 5: "open"}, "служба главного инженера", "бас инженер қызметі"),
    ("Установка системы улавливания паров бензина (УРП) на эстакаде налива автоцистерн",
     "Автоцистерналарды құю эстакадасына бензин буларын ұстау жүйесін (БҰЖ) орнату",
     {1: "design", 2: "review", 4: "buy", 5: "build", 6: "tune", 7: "open"}, "главный инженер; подрядчик – ТОО «Газ Технолоджи Сервис»",
     "бас инженер; мердігер – «Газ Технолоджи Сервис» ЖШС"),
    ("Реконструкция ЛОС ливневых стоков с заменой нефтеловушки на блочную установку с сорбционным фильтром",
     "Мұнай ұстағышты сорбциялық сүзгісі бар блоктық қондырғыға ауыстыра отырып, нөсер ағындарының ЖТҚ-сын реконструкциялау",
     {2: "design", 3: "review", 5: "build", 6: "open"}, "отдел капитального строительства", "күрделі құрылыс бөлімі"),
    ("Устройство наблюдательных скважин НС-5, НС-6 ниже по потоку подземных вод", "Жерасты сулары ағыны бойынша төмен НС-5, НС-6 бақылау "
     "ұңғымаларын орнату", {1: "design", 2: "drill", 3: "sample"}, "инженер-эколог", "инженер-эколог"),
    ("Снятие и обезвреживание грунта, загрязненного нефтепродуктами, у железнодорожной эстакады (≈ 120 м3)",
     "Темір жол эстакадасы жанындағы мұнай өнімдерімен ластанған топырақты (≈ 120 м3) алу және залалсыздандыру",
     {2: "sample", 3: "haul", 6: "sample"}, "начальник нефтебазы", "мұнай базасының бастығы"),
    ("Обучение персонала действиям при аварийных разливах нефтепродуктов с проведением учений",
     "Персоналды мұнай өнімдерінің апаттық төгілулері кезіндегі әрекеттерге оқыту және оқу-жаттығулар өткізу",
     {1: "train", 5: "train"}, "инженер по ГО и ЧС", "АҚ және ТЖ жөніндегі инженер"),
)  # fmt: skip


def tasks_ho2(doc: Doc) -> None:
    """An oil depot's road map of modernising its tank farm and environmental works: the measures numbered as rows, then
    the eight quarters of 2026 and 2027 as columns under merged year headers, each cell holding the stage of the work done
    that quarter (`ПСД`, `экспертиза ПСД`, `закуп`, `СМР`, `ПНР`, `ввод`, `бурение`, `отбор проб`) or nothing, and the
    responsible in the last column, a contractor after a semicolon (VI: a depot's lộ trình with `Thiết kế`, `Thẩm duyệt
    PCCC`, `Thi công`, `Nghiệm thu` in the quarter cells)."""
    if doc.lang == "vi":
        _tasks_ho2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    depot = doc.pick(DEPOTS)
    doc.h(g(f"Дорожная карта модернизации резервуарного парка и природоохранных объектов на 2026–2027 годы. {depot[0]}",
            f"2026–2027 жылдарға арналған резервуар паркін және табиғат қорғау объектілерін жаңғырту жол картасы. {depot[1]}", ""))
    doc.p(g(f"Утверждена решением наблюдательного совета {depot[2]}. В ячейках указан этап работ, выполняемый в квартале.",
            f"{depot[3]} байқау кеңесінің шешімімен бекітілді. Ұяшықтарда тоқсанда орындалатын жұмыс кезеңі көрсетілген.", ""))
    q = QUARTERS[doc.lang]
    rows = [[g("№", "№", ""), g("Мероприятие", "Іс-шара", ""), g("2026 год", "2026 жыл", ""), None, None, None, g("2027 год", "2027 жыл", ""), None,
             None, None, g("Ответственный", "Жауапты", "")],
            [None, None, *q, *q, None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 5), (0, 6, 0, 9), (0, 10, 1, 10)]
    for k, (m_ru, m_kk, stages, w_ru, w_kk) in enumerate(ROADMAP, 1):
        text, who = (m_ru, m_kk)[L], (w_ru, w_kk)[L]
        rows.append([str(k), text, *(STAGES[stages[i]][L] if i in stages else "" for i in range(8)), who])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text, 5), "actor_contains": who.split(";")[0]})
    doc.table(g("Таблица 1 – Дорожная карта", "1-кесте – Жол картасы", ""), rows, merges, role="tasks")
    doc.p(g("ПСД – проектно-сметная документация; СМР – строительно-монтажные работы; ПНР – пусконаладочные работы.",
            "ЖСҚ – жобалау-сметалық құжаттама; ҚМЖ – құрылыс-монтаждау жұмыстары.", ""))
    _aside(doc)


VI_STAGES = {"design": "Thiết kế", "fire": "Thẩm duyệt PCCC", "buy": "Mua sắm", "build": "Thi công", "test": "Vận hành thử", "accept": "Nghiệm thu",
             "drill": "Khoan giếng", "sample": "Lấy mẫu", "train": "Huấn luyện, diễn tập"}
VI_ROADMAP = (
    ("Thay thế 02 bể chứa DO mái cố định bằng bể mái phao nổi có hệ thống thu hồi hơi", {0: "design", 1: "fire", 2: "buy", 3: "build", 4: "build",
     5: "accept"}, "Ban Quản lý dự án"),
    ("Lắp đặt hệ thống thu hồi hơi xăng (VRU) tại bến xuất xe bồn", {1: "design", 2: "fire", 4: "buy", 5: "build", 6: "test", 7: "accept"},
     "Phòng Kỹ thuật; nhà thầu EPC"),
    ("Cải tạo bể tách dầu nước mưa khu bể chứa, bổ sung ngăn lọc hấp phụ", {2: "design", 4: "build", 5: "accept"}, "Phòng An toàn – Môi trường"),
    ("Khoan bổ sung 02 giếng quan trắc nước dưới đất hạ nguồn", {1: "design", 2: "drill", 3: "sample"}, "Phòng An toàn – Môi trường"),
    ("Huấn luyện, diễn tập ứng phó sự cố tràn dầu cấp cơ sở", {1: "train", 5: "train"}, "Giám đốc kho"),
)


def _tasks_ho2_vi(doc: Doc) -> None:
    depot, owner, *_ = doc.pick(VI_DEPOTS)
    doc.h(f"LỘ TRÌNH CẢI TẠO, NÂNG CẤP CÔNG TRÌNH BẢO VỆ MÔI TRƯỜNG GIAI ĐOẠN 2026–2027 – {depot.upper()} ({owner})")
    q = QUARTERS["vi"]
    rows = [["TT", "Hạng mục", "Năm 2026", None, None, None, "Năm 2027", None, None, None, "Đơn vị chủ trì"], [None, None, *q, *q, None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 5), (0, 6, 0, 9), (0, 10, 1, 10)]
    for k, (text, stages, who) in enumerate(VI_ROADMAP, 1):
        rows.append([str(k), text, *(VI_STAGES[stages[i]] if i in stages else "" for i in range(8)), who])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text, 5), "actor_contains": who.split(";")[0]})
    doc.table("Bảng 1. Lộ trình thực hiện", rows, merges, role="tasks")
    doc.p("Ô trong bảng ghi công việc thực hiện trong quý tương ứng.")
    _aside(doc)


LAYOUTS = [Layout(role, f"HO{k}", globals()[f"{role}_ho{k}"]) for role in ROLES for k in (1, 2)]
