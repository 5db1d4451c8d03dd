"""The twenty-sixth blind set's part HM (two layouts per role, `HM1` and `HM2`), written by someone who neither
ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`; held out and measured once (0.687
over 126 files when first measured after the registering commit, 2026-12-06), then moved to the tuning layouts to be
studied.

Theme: building materials and the quarries that feed them, in the documents of plant environmental departments, shift
staff and district authorities. Kazakhstan: cement plants with wet- and dry-process rotary kilns, clinker coolers and
coal mills in the Zhualy, Sairam and Shymkent areas, a lime works with shaft kilns at Botakara, glass works at Otegen
Batyr and Kyzylorda, seasonal brick works with Hoffmann ring kilns and a tunnel kiln, a ceramic tile and sanitary-ware
plant at Taldykorgan, seasonal asphalt plants with their dryer drums and bitumen heaters, a limestone quarry, and the
artisanal brick workshops of the Sairam district (the cover of a shift register of gas-cleaning units, a greenhouse-gas
monitoring plan, a report on a firing season's actual emissions, an НДВ draft of an asphalt plant, the wastes of a
relining campaign, a table of losses by stage of production, a protocol of measurements in two kiln modes, an extract
from the shift register of the automated monitoring system, a plan-graph of control as a matrix, a programme of impact
monitoring, a kiln burner's route card, a seasonal instruction, a plan of a kiln repair campaign and a district akimat's
plan). Vietnam: tunnel-kiln brick plants in Bắc Ninh, cement plants in Hà Nam, Thanh Hóa and Kiên Giang, a lime works in
Thanh Liêm, a float-glass plant at Phú Mỹ, tile plants, asphalt plants, a limestone quarry and the manual brick kilns of
Mang Thít (sổ nhật ký vận hành, báo cáo kiểm kê khí nhà kính cấp cơ sở, báo cáo công tác bảo vệ môi trường, báo cáo đề
xuất cấp GPMT, kế hoạch sửa chữa lớn lò nung, kết quả quan trắc theo chế độ vận hành, sổ theo dõi quan trắc tự động theo
ca, giấy phép môi trường, chương trình giám sát, phiếu kiểm tra theo tuyến, kế hoạch tự kiểm tra theo mùa, kế hoạch dừng
lò, kế hoạch chấm dứt hoạt động lò gạch thủ công).

Facility: the cover of a shift register of the gas-cleaning units of a kiln line in the form ПОД-3 — no header row, the
journal's title merged across the top, the BIN among the journal's number, the permit's number and the dates it was
started and will end, the KATO after a semicolon in the address cell, the coordinates written out in words (`42 гр. 53
мин. 07 сек. с.ш.`), the category in a cell with the permit — then the units it covers and its first page of shift
entries as tables of no role (VI: the cover of a sổ nhật ký vận hành, `21 độ 13 phút 48 giây vĩ độ Bắc`, the group in a
cell with the permit) (HM1); the general part of a greenhouse-gas monitoring plan of a quota installation under three
section rows — operator, installation, verification body with a BIN of its own — the installation's code in the state
register and the verifier's accreditation as look-alike numbers, the centre in decimal degrees with the hemisphere after
the figures or as `N … E …`, the source streams and their tiers in a table of no role (VI: a facility-level GHG inventory
report, the plant's code in the Prime Minister's list and the consultant's tax number) (HM2).

Emissions: a brick works' actual emissions for the firing season kiln by kiln, one small table per source whose number
stands only in the caption, the months of the season as rows with the hours worked, codes in a second header row, a
month under repair written across the row, and only the two closing rows — the season's tonnes and the greatest one-time
g/s — as emissions (VI: tunnel kilns by month in kilograms, the year's kilograms and the greatest g/s at the foot) (HM1);
a seasonal asphalt plant's draft of emission norms under a row per source carrying the stack's height and diameter, the
nitrogen oxides as a parent row `Азота оксиды (NOx), всего` without a code over the two `в том числе` rows of nitrogen
dioxide and oxide (coefficients 0,8 and 0,13) that alone are emissions, a hazard-class column, tonnes for the season (VI:
an asphalt plant's stacks as rows with height, diameter and flow, kg/h before g/s and tonnes a year) (HM2).

Wastes: the wastes of a cement plant's relining campaign under a row per kiln with the days it stands, each zone's lining
with the length relined and the tonnes of lining per metre before the amount, the chrome-bearing brick `16 11 05*` and the
rest `16 11 06`, a subtotal per kiln, a kiln whose row says its lining is not replaced this year, then the other wastes of
the repairs with dashes in the length columns (VI: the major repair of two kilns, refractory bricks without a code in
tonnes, hazardous wastes with codes in kilograms, a unit column) (HM1); a ceramic tile and sanitary-ware plant's losses
by stage of production — share lost in per cent and the tonnes through the stage before the tonnes lost — whose losses
returned into the process carry a dash for a code and are no wastes, the code last, moulds and sludge weighed directly
(VI: a tile plant's balance by stage with `Tái sử dụng trong dây chuyền` rows and its CTNH in kilograms) (HM2).

Limits: a laboratory's protocol at a cement plant's kiln stacks in the two operating modes of a dry-process kiln — raw
mill running and raw mill stopped — as two measured values against one КЭР norm at 10 % O2, the cooler's single result
merged across both mode columns, carbon monoxide without a norm, a kiln under repair (VI: `chế độ liên hợp` and `chế độ
trực tiếp` against QCVN 23:2009/BTNMT column B's Cmax) (HM1); an extract from the shift register of the automated
monitoring system, a row per date and shift, each kiln a column group headed by its source's number, the norm inside each
sub-column's header (`пыль, ≤ 30`) with the substances decoded in a note under the table, a shift in which a kiln stood
written across its group (VI: three eight-hour shifts against Cmax in the header cells) (HM2).

Monitoring: a glass works' plan-graph as a matrix of sources by substances whose header cells carry the substance, its
code and its frequency, the cells `+` for an instrumental measurement, `Р` (KK `Е`) for one by calculation at the same
frequency, `–` where a source does not emit (VI: a float-glass plant's stacks, `x` marks) (HM1); a cement plant's and its
quarry's impact monitoring whose only frequency is the quarters of sampling (`I–IV`, `I, II, III, IV`, `II, IV`, `II, III`,
`III`), the medium merged down the first column, a row of column numbers (VI: `Quý I, II, III, IV`, `Quý II và Quý IV`,
`Quý III`) (HM2).

Inspections: a kiln burner's route card, points numbered along the route, clock hours of the shift, `каждые 2 часа` and
`в начале и в конце каждой смены` (no frequency of the contract) beside daily, weekly and monthly checks written as
`ежедневно в начале I смены`, `по пятницам`, `1-го числа каждого месяца` (VI: a tunnel kiln operator's route card) (HM1);
a seasonal brick works' instruction whose checks stand under rows for the stages of the season — getting ready, firing,
laying up — the same units at other frequencies in each stage, checks done once before lighting or after the firing (VI:
before the rainy season, during it and in the dry season, a check after each heavy rain without a frequency) (HM2).

Tasks: the environmental part of a kiln repair campaign, a row per kiln with the dates it stands and no task, measures
numbered `1.1`, contractors with their contracts beside the plant's shops as executors, terms tied to the stop and the
restart (VI: a cement plant's plan of stopping its kilns) (HM1); a district akimat's plan of putting artisanal brick
workshops in order, a row per rural district with the workshop and its kilns, then district-wide measures with dashes in
the place columns and a body `по согласованию` among the responsible (VI: a district People's Committee's plan of closing
the manual brick kilns of Mang Thít by commune) (HM2).
"""

from __future__ import annotations

from . import vocab
from .common import Doc, make_bin, make_msdn, maybe_distractor, num
from .limits_data import add, limit
from .registry import ROLES, Layout
from .sources_data import emission

# ---------------------------------------------------------------- helpers


def _sig(x: float, digits: int = 3) -> float:
    return float(f"{x:.{digits}g}")


def _L(doc: Doc) -> int:
    """0 for a Russian document, 1 for a Kazakh one."""
    return 0 if doc.lang == "ru" else 1


def _words(text: str, n: int = 4) -> str:
    return " ".join(text.split()[:n])


def _core(name: str) -> str:
    """The quoted part of a name (`Тасты Цемент` of `Цементный завод «Тасты Цемент»`)."""
    return name.split("«", 1)[1].split("»", 1)[0] if "«" in name else name


def _kato(doc: Doc, prefix: str) -> str:
    r = doc.rng
    return f"{prefix}{r.randint(1, 9)}{r.randint(100, 699)}{r.choice(('000', '100'))}"


def _kind(number: str) -> str:
    return "unorganized" if number.startswith("6") else "organized"


def _round_sum(values) -> float:
    return round(sum(v for v in values if v is not None), 6)


def _dms_words(value: float, lat: bool, lang: str) -> tuple[str, float]:
    """Degrees, minutes and whole seconds written out in words (`42 гр. 53 мин. 07 сек. с.ш.`) and the decimal degrees."""
    d = int(value)
    m = int((value - d) * 60)
    s = int(round((value - d - m / 60) * 3600))
    if s >= 60:
        m, s = m + 1, 0
    if m >= 60:
        d, m = d + 1, 0
    tail = {"ru": ("с.ш.", "в.д."), "kk": ("с.е.", "ш.б."), "vi": ("vĩ độ Bắc", "kinh độ Đông")}[lang][0 if lat else 1]
    unit = {"ru": ("гр.", "мин.", "сек."), "kk": ("град.", "мин.", "сек."), "vi": ("độ", "phút", "giây")}[lang]
    return f"{d} {unit[0]} {m:02d} {unit[1]} {s:02d} {unit[2]} {tail}", d + m / 60 + s / 3600


# frequency words, `daily`, `weekly` and `once` included
FW = {
    "ru": {"continuous": "непрерывно", "daily": "ежедневно", "weekly": "еженедельно", "monthly": "ежемесячно",
           "quarterly": "ежеквартально", "semiannual": "2 раза в год", "yearly": "1 раз в год", "once": "однократно"},
    "kk": {"continuous": "үздіксіз", "daily": "күн сайын", "weekly": "апта сайын", "monthly": "ай сайын",
           "quarterly": "тоқсан сайын", "semiannual": "жылына 2 рет", "yearly": "жылына 1 рет", "once": "бір рет"},
    "vi": {"continuous": "liên tục", "daily": "hằng ngày", "weekly": "hằng tuần", "monthly": "01 tháng/lần",
           "quarterly": "03 tháng/lần", "semiannual": "06 tháng/lần", "yearly": "01 lần/năm", "once": "01 lần"},
}  # fmt: skip


def _fw(doc: Doc, word: str) -> str:
    return FW[doc.lang][word]


# code: (RU, KK, hazard class as the Kazakh list 2444 gives it) of the air pollutants of this set
AIR = {
    "0301": ("Азота диоксид", "Азот диоксиді", 3),
    "0304": ("Азот (II) оксид", "Азот (II) оксиді", 3),
    "0330": ("Сера диоксид", "Күкірт диоксиді", 3),
    "0337": ("Углерод оксид", "Көміртек оксиді", 4),
    "0328": ("Углерод (Сажа)", "Көміртек (күйе)", 3),
    "0333": ("Сероводород", "Күкіртсутек", 2),
    "0342": ("Фтористые газообразные соединения /в пересчете на фтор/", "Газ тәрізді фторлы қосылыстар /фторға шаққанда/", 2),
    "0703": ("Бенз/а/пирен", "Бенз(а)пирен", 1),
    "2754": ("Алканы С12-19", "Алкандар С12-19", 4),
    "2907": ("Пыль неорганическая, содержащая двуокись кремния более 70 %", "Бейорганикалық шаң: кремний қостотығы 70 %-дан жоғары", 3),
    "2908": ("Пыль неорганическая, содержащая двуокись кремния в %: 70-20", "Бейорганикалық шаң: кремний қостотығы 70-20%", 3),
    "2909": ("Пыль неорганическая, содержащая двуокись кремния в %: менее 20", "Бейорганикалық шаң: кремний қостотығы 20%-дан төмен", 3),
}  # fmt: skip
# code: how Vietnamese tables name it
VI_AIR = {"2902": "Bụi tổng", "0330": "SO2", "0301": "NOx (tính theo NO2)", "0337": "CO", "0342": "HF"}


def _air(doc: Doc, code: str) -> str:
    if doc.lang == "vi":
        return VI_AIR[code]
    return AIR[code][_L(doc)]


def _hz(code: str) -> int:
    return AIR[code][2]


# ---------------------------------------------------------------- facility

# (RU object, KK object, RU operator, KK operator, RU address, KK address, KATO prefix, category, lat, lon,
#  RU shop, KK shop, [(RU unit, KK unit, RU release, KK release, source, efficiency %)])
REG_PLANTS = (
    ("Цементный завод «Тасты Цемент»", "«Тасты Цемент» цемент зауыты", "АО «Тасты Цемент»", "«Тасты Цемент» АҚ",
     "Жамбылская область, Жуалынский район, с. Бауыржан Момышулы, промышленная зона, 2",
     "Жамбыл облысы, Жуалы ауданы, Бауыржан Момышұлы а., өнеркәсіптік аймақ, 2", "31", "I", 42.88, 70.74,
     "Цех обжига клинкера, технологическая линия № 2", "Клинкер күйдіру цехы, № 2 технологиялық желі",
     [("Электрофильтр ЭГА 2-58-12-6-4", "ЭГА 2-58-12-6-4 электрсүзгісі", "вращающаяся печь № 2 (5 × 185 м)",
       "№ 2 айналмалы пеш (5 × 185 м)", "0002", 99.6),
      ("Рукавный фильтр ФРИ-1600", "ФРИ-1600 жеңді сүзгісі", "колосниковый холодильник печи № 2",
       "№ 2 пештің торлы тоңазытқышы", "0004", 99.8),
      ("Рукавный фильтр СМЦ-101", "СМЦ-101 жеңді сүзгісі", "угольная мельница № 2", "№ 2 көмір диірмені", "0006", 99.5)]),
    ("Известковый завод «Ботақара Әк»", "«Ботақара Әк» әк зауыты", "ТОО «Ботақара Әк Өндірісі»", "«Ботақара Әк Өндірісі» ЖШС",
     "Карагандинская область, Бухар-Жырауский район, пос. Ботакара, ул. Промышленная, 5",
     "Қарағанды облысы, Бұқар жырау ауданы, Ботақара кенті, Өнеркәсіп көшесі, 5", "35", "II", 50.07, 73.72,
     "Цех обжига извести (шахтные печи № 1–3)", "Әк күйдіру цехы (№ 1–3 шахталы пештер)",
     [("Батарейный циклон ЦБ-254Р и рукавный фильтр ФРКИ-360", "ЦБ-254Р батареялық циклоны және ФРКИ-360 жеңді сүзгісі",
       "шахтная печь № 1", "№ 1 шахталы пеш", "0001", 98.5),
      ("Батарейный циклон ЦБ-254Р и рукавный фильтр ФРКИ-360", "ЦБ-254Р батареялық циклоны және ФРКИ-360 жеңді сүзгісі",
       "шахтная печь № 2", "№ 2 шахталы пеш", "0002", 98.5),
      ("Рукавный фильтр ФРКИ-180", "ФРКИ-180 жеңді сүзгісі", "дробилка и грохот извести", "әк ұсатқышы мен елегі",
       "0004", 99.0)]),
    ("Стекольный завод «Іле Шыны»", "«Іле Шыны» шыны зауыты", "ТОО «Іле Шыны Зауыты»", "«Іле Шыны Зауыты» ЖШС",
     "Алматинская область, Илийский район, пос. Отеген батыр, ул. Индустриальная, 14",
     "Алматы облысы, Іле ауданы, Өтеген батыр кенті, Индустриялық көшесі, 14", "19", "I", 43.42, 77.02,
     "Стекловаренный цех, ванная печь № 1", "Шыны балқыту цехы, № 1 ванна пеші",
     [("Сухой сорбционный реактор и электрофильтр", "Құрғақ сорбциялық реактор және электрсүзгі",
       "стекловаренная печь № 1", "№ 1 шыны балқыту пеші", "0001", 97.0),
      ("Рукавный фильтр ФРО-2000", "ФРО-2000 жеңді сүзгісі", "составной цех (смесители шихты)", "құрам цехы (шихта араластырғыштары)",
       "0003", 99.5)]),
)  # fmt: skip
# (object, owner, place, group, lat, lon, the treatment system the log is kept for, its units)
VN_LOGS = (
    ("Nhà máy gạch tuynel Yên Phong Hưng", "Công ty Cổ phần Gạch ngói Yên Phong Hưng", "xã Dũng Liệt, huyện Yên Phong, tỉnh Bắc Ninh",
     "II", 21.23, 106.02, "Hệ thống xử lý khí thải lò nung tuynel số 1",
     (("Buồng lắng bụi", "Thể tích 60 m3"), ("Tháp hấp thụ bằng dung dịch sữa vôi", "Lưu lượng 45.000 m3/h"),
      ("Quạt hút và ống khói", "Chiều cao ống khói 25 m"))),
    ("Nhà máy xi măng Kim Bảng Xanh", "Công ty Cổ phần Xi măng Kim Bảng Xanh", "xã Thanh Sơn, huyện Kim Bảng, tỉnh Hà Nam",
     "I", 20.55, 105.88, "Hệ thống lọc bụi lò nung clinker và máy làm nguội",
     (("Lọc bụi tĩnh điện lò nung", "Hiệu suất ≥ 99,8%"), ("Lọc bụi túi vải máy làm nguội clinker", "Hiệu suất ≥ 99,9%"),
      ("Ống khói chung", "Chiều cao 95 m"))),
    ("Nhà máy vôi công nghiệp Thanh Liêm Tân", "Công ty TNHH Vôi công nghiệp Thanh Liêm Tân", "xã Thanh Thủy, huyện Thanh Liêm, tỉnh Hà Nam",
     "II", 20.45, 105.90, "Hệ thống xử lý bụi, khí thải lò nung vôi đứng số 1 và số 2",
     (("Cyclon chùm", "Hiệu suất ≥ 85%"), ("Lọc bụi túi vải", "Hiệu suất ≥ 99%"), ("Ống khói", "Chiều cao 30 m"))),
)  # fmt: skip


def facility_hm1(doc: Doc) -> None:
    """The cover of a shift register, the journal of the work of the gas-cleaning units of a kiln line in the form ПОД-3
    kept by the plant's shift staff: no header row, the journal's title merged across the top, the form's labels beside
    the values, the BIN among the journal's own number, the permit's registration number, the date the journal was
    started and the blank of its end, the KATO after a semicolon in the address cell, the coordinates of the site written
    out in words (`42 гр. 53 мин. 07 сек. с.ш.`), the category inside a cell that also holds the permit; the list of the
    units the journal covers and the journal's first page of shift entries as two tables of no role after it (VI: the
    cover of a sổ nhật ký vận hành of a brick, cement or lime plant's waste-gas treatment, `21 độ 13 phút 48 giây vĩ độ
    Bắc`, the group inside a cell)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_hm1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    (n_ru, n_kk, o_ru, o_kk, a_ru, a_kk, prefix, cat, lat0, lon0, s_ru, s_kk, units) = doc.pick(REG_PLANTS)
    name, operator = (n_ru, n_kk)[L], (o_ru, o_kk)[L]
    bin_, kato = make_bin(r), _kato(doc, prefix)
    lat_t, lat = _dms_words(lat0 + r.uniform(-0.03, 0.03), True, doc.lang)
    lon_t, lon = _dms_words(lon0 + r.uniform(-0.03, 0.03), False, doc.lang)
    permit = f"KZ{r.randint(10, 99)}VCZ{r.randint(10**7, 10**8 - 1):08d}"
    year = r.choice((2025, 2026))
    started = f"{r.randint(2, 9):02d}.01.{year}"
    number = f"{r.randint(2, 6)}/ГОУ-{year}" if doc.lang == "ru" else f"{r.randint(2, 6)}/ШГТҚ-{year}"
    doc.h(g(f"{operator}. {name}", f"{operator}. {name}", ""))
    doc.p(g("Журнал ведется сменным персоналом цеха; каждая запись о пуске, остановке и неисправности газоочистной "
            "установки подписывается начальником смены. Журнал хранится в цехе не менее пяти лет после его окончания.",
            "Журналды цехтың ауысымдық персоналы жүргізеді; газ тазарту қондырғысын іске қосу, тоқтату және оның ақаулығы "
            "туралы әрбір жазбаға ауысым бастығы қол қояды. Журнал аяқталғаннан кейін цехта кемінде бес жыл сақталады.", ""))
    cat_cell = g(f"объект {cat} категории; КЭР № {permit} от {r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2024",
                 f"{cat} санаттағы объект; КЭР № {permit}, {r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2024 ж.", "")
    rows = [[g("ЖУРНАЛ учета работы газоочистных и пылеулавливающих установок (форма ПОД-3)",
               "Газ тазарту және шаң ұстау қондырғыларының жұмысын есепке алу ЖУРНАЛЫ (ПОД-3 нысаны)", ""), None],
            [g("Предприятие (оператор объекта)", "Кәсіпорын (объект операторы)", ""), operator],
            [g("БИН предприятия", "Кәсіпорынның БСН", ""), bin_],
            [g("Производственный объект", "Өндірістік объект", ""), name],
            [g("Место нахождения объекта; код КАТО", "Объектінің орналасқан жері; ҚАТО коды", ""), f"{(a_ru, a_kk)[L]}; {kato}"],
            [g("Координаты центра промплощадки", "Өнеркәсіптік алаң орталығының координаттары", ""), f"{lat_t}, {lon_t}"],
            [g("Категория объекта, экологическое разрешение", "Объект санаты, экологиялық рұқсат", ""), cat_cell],
            [g("Цех (участок)", "Цех (учаске)", ""), (s_ru, s_kk)[L]],
            [g("Журнал №", "Журнал №", ""), number],
            [g("Начат", "Басталды", ""), started],
            [g("Окончен", "Аяқталды", ""), "«____» ____________ 20___"],
            [g("Ответственный за ведение журнала", "Журналды жүргізуге жауапты", ""),
             g(f"начальник смены цеха ({doc.pick(('Нурпеисов Е.К.', 'Шевченко А.В.', 'Жумагулов Б.Т.'))})",
               f"цех ауысымының бастығы ({doc.pick(('Нұрпейісов Е.Қ.', 'Шевченко А.В.', 'Жұмағұлов Б.Т.'))})", "")]]  # fmt: skip
    doc.table(None, rows, [(0, 0, 0, 1)], role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": _core(name), "kato": kato, "category": cat, "lat": lat, "lon": lon})
    rows = [g(["№ ГОУ", "Наименование и тип установки", "Источник выделения", "№ ИЗА", "Проектная степень очистки, %"],
              ["ШГТҚ №", "Қондырғының атауы мен түрі", "Бөліну көзі", "ЛШК №", "Жобалық тазарту дәрежесі, %"], [])]
    for k, (u_ru, u_kk, rel_ru, rel_kk, src, eff) in enumerate(units, 1):
        rows.append([f"ГОУ-{k}" if doc.lang == "ru" else f"ШГТҚ-{k}", (u_ru, u_kk)[L], (rel_ru, rel_kk)[L], src, num(eff, doc.lang)])
    doc.table(g("Перечень установок, учитываемых в журнале", "Журналда есепке алынатын қондырғылар тізбесі", ""), rows, role="other")
    rows = [g(["Дата", "Смена", "ГОУ", "Остановка", "Пуск", "Работа оборудования без ГОУ, ч", "Причина остановки", "Подпись"],
              ["Күні", "Ауысым", "ШГТҚ", "Тоқтату", "Іске қосу", "Жабдықтың ШГТҚ-сыз жұмысы, сағ", "Тоқтау себебі", "Қолы"], [])]
    day = int(started[:2])
    reasons = g(("плановая очистка электродов", "замена 12 рукавов", "отключение электроэнергии", "забивание бункера пылью"),
                ("электродтарды жоспарлы тазалау", "12 жеңді ауыстыру", "электр энергиясының ажыратылуы", "бункердің шаңмен бітелуі"), ())
    for j in range(r.randint(3, 5)):
        k = r.randrange(len(units))
        h0, m0 = r.randint(8, 18), r.choice((0, 10, 20, 30, 40, 50))
        minutes = r.randint(15, 110)
        h1, m1 = h0 + (m0 + minutes) // 60, (m0 + minutes) % 60
        cut = r.random() < 0.5
        rows.append([f"{day + 2 * j:02d}.01.{year}", "I" if h0 < 20 else "II", f"ГОУ-{k + 1}" if doc.lang == "ru" else f"ШГТҚ-{k + 1}",
                     f"{h0:02d}:{m0:02d}", f"{h1:02d}:{m1:02d}", "0" if cut else num(round(minutes / 60, 1), doc.lang),
                     doc.pick(reasons) + (g(" (печь остановлена)", " (пеш тоқтатылды)", "") if cut else ""), ""])
    doc.table(g("Стр. 1", "1-бет", ""), rows, role="other")


def _facility_hm1_vi(doc: Doc) -> None:
    r = doc.rng
    name, owner, place, group, lat0, lon0, system, units = doc.pick(VN_LOGS)
    msdn = make_msdn(r)
    lat_t, lat = _dms_words(lat0 + r.uniform(-0.02, 0.02), True, "vi")
    lon_t, lon = _dms_words(lon0 + r.uniform(-0.02, 0.02), False, "vi")
    doc.p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM – Độc lập - Tự do - Hạnh phúc")
    doc.h(f"{owner.upper()}")
    doc.p("Sổ nhật ký vận hành công trình xử lý chất thải được lập theo quy định của Luật Bảo vệ môi trường năm 2020 và "
          "Thông tư số 02/2022/TT-BTNMT; sổ do tổ vận hành ghi theo từng ca và được lưu giữ tại nhà máy.")
    gp = f"{r.randint(12, 480)}/GPMT-UBND ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2024"
    rows = [["SỔ NHẬT KÝ VẬN HÀNH CÔNG TRÌNH XỬ LÝ BỤI, KHÍ THẢI", None],
            ["Tên cơ sở:", name],
            ["Chủ cơ sở:", owner],
            ["Mã số doanh nghiệp:", msdn],
            ["Địa chỉ:", place],
            ["Tọa độ vị trí cơ sở (WGS-84):", f"{lat_t}; {lon_t}"],
            ["Giấy phép môi trường, phân loại:", f"Giấy phép môi trường số {gp}; cơ sở nhóm {group} theo Nghị định số 08/2022/NĐ-CP"],
            ["Công trình xử lý:", system],
            ["Quyển số:", f"0{r.randint(1, 4)}/{r.choice((2025, 2026))}"],
            ["Ngày bắt đầu ghi sổ:", f"{r.randint(2, 9):02d}/01/{r.choice((2025, 2026))}"],
            ["Ngày kết thúc:", "....../....../20......"],
            ["Người phụ trách ghi sổ:", f"Tổ trưởng ca vận hành – {doc.pick(('Nguyễn Văn Toàn', 'Trần Quốc Huy', 'Lê Minh Đức'))}"]]
    doc.table(None, rows, [(0, 0, 0, 1)], role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": name, "category": group, "lat": lat, "lon": lon})
    rows = [["STT", "Hạng mục thiết bị", "Thông số thiết kế"]]
    for k, (unit, spec) in enumerate(units, 1):
        rows.append([str(k), unit, spec])
    doc.table("Danh mục thiết bị của công trình", rows, role="other")
    rows = [["Ngày", "Ca", "Tình trạng vận hành", "Sự cố / biện pháp khắc phục", "Người ghi"]]
    days = sorted(r.sample(range(2, 29), r.randint(3, 5)))
    for d in days:
        fault = r.random() < 0.4
        rows.append([f"{d:02d}/01", str(r.randint(1, 3)), "Dừng 45 phút" if fault else "Bình thường",
                     doc.pick(("Kẹt van xả bụi, đã vệ sinh", "Báo lỗi quạt hút, đã khắc phục")) if fault else "–", ""])
    doc.table("Trang 1", rows, role="other")


# (RU installation, KK installation, RU operator, KK operator, RU address, KK address, KATO prefix, OKED, RU activity,
#  KK activity, category, lat, lon, RU capacity, KK capacity, [(RU stream, KK stream, kind, tier)])
GHG_PLANTS = (
    ("Цементный завод «Сайрам Клинкер»", "«Сайрам Клинкер» цемент зауыты", "ТОО «Сайрам Клинкер»", "«Сайрам Клинкер» ЖШС",
     "Туркестанская область, Сайрамский район, с. Аксукент, промышленная зона «Оңтүстік», участок 7",
     "Түркістан облысы, Сайрам ауданы, Ақсукент а., «Оңтүстік» өнеркәсіптік аймағы, 7-учаске", "51", "23510",
     "Производство цемента", "Цемент өндірісі", "I", 42.43, 69.84,
     "1 500 000 т клинкера в год (вращающаяся печь сухого способа 4,8 × 74 м)", "жылына 1 500 000 т клинкер (құрғақ тәсілді 4,8 × 74 м айналмалы пеш)",
     [("Сырьевая смесь (карбонаты известняка)", "Шикізат қоспасы (әктас карбонаттары)", "основной", "3"),
      ("Уголь каменный (Шубаркольский)", "Тас көмір (Шұбаркөл)", "основной", "2b"),
      ("Природный газ (розжиг печи)", "Табиғи газ (пешті тұтату)", "второстепенный", "2a"),
      ("Дизельное топливо (карьерная техника)", "Дизель отыны (карьер техникасы)", "минимальный", "1")]),
    ("Известковый завод «Қаратау Әк»", "«Қаратау Әк» әк зауыты", "ТОО «Қаратау Әк Компаниясы»", "«Қаратау Әк Компаниясы» ЖШС",
     "Жамбылская область, Таласский район, г. Каратау, промзона, 11", "Жамбыл облысы, Талас ауданы, Қаратау қ., өнеркәсіптік аймақ, 11",
     "31", "23520", "Производство извести и гипса", "Әк және гипс өндірісі", "I", 43.18, 70.47,
     "360 000 т извести в год (4 шахтные печи)", "жылына 360 000 т әк (4 шахталы пеш)",
     [("Известняк (карбонаты кальция и магния)", "Әктас (кальций және магний карбонаттары)", "основной", "3"),
      ("Кокс металлургический", "Металлургиялық кокс", "основной", "2b"),
      ("Дизельное топливо (погрузчики)", "Дизель отыны (тиегіштер)", "минимальный", "1")]),
    ("Стекольный завод «Арал Шыны»", "«Арал Шыны» шыны зауыты", "АО «Арал Шыны»", "«Арал Шыны» АҚ",
     "Кызылординская область, г. Кызылорда, индустриальная зона «Тасбөгет», ул. 3-я Промышленная, 8",
     "Қызылорда облысы, Қызылорда қ., «Тасбөгет» индустриялық аймағы, 3-Өнеркәсіп к., 8", "43", "23130",
     "Производство полых стеклянных изделий", "Қуыс шыны бұйымдарын өндіру", "I", 44.81, 65.56,
     "200 т стекломассы в сутки (регенеративная ванная печь)", "тәулігіне 200 т шыны массасы (регенеративті ванна пеші)",
     [("Природный газ (стекловаренная печь)", "Табиғи газ (шыны балқыту пеші)", "основной", "3"),
      ("Сода кальцинированная", "Кальцийлендірілген сода", "второстепенный", "2"),
      ("Доломит и известняк шихты", "Шихтаның доломиті мен әктасы", "второстепенный", "2")]),
)  # fmt: skip
# (installation, owner, place, sector, the list's code, capacity, lat, lon)
VN_GHG = (
    ("Nhà máy xi măng Bỉm Sơn Tây", "Công ty Cổ phần Xi măng Bỉm Sơn Tây", "phường Ba Đình, thị xã Bỉm Sơn, tỉnh Thanh Hóa",
     "Quá trình công nghiệp – sản xuất clinker, xi măng", "XD-0143", "2,3 triệu tấn clinker/năm", 20.08, 105.86),
    ("Nhà máy kính nổi Phú Mỹ Đông", "Công ty TNHH Kính nổi Phú Mỹ Đông", "Khu công nghiệp Phú Mỹ I, thị xã Phú Mỹ, tỉnh Bà Rịa – Vũng Tàu",
     "Quá trình công nghiệp – sản xuất kính", "CT-0388", "600 tấn thủy tinh/ngày", 10.58, 107.03),
    ("Nhà máy gạch ốp lát Tiên Sơn Mới", "Công ty Cổ phần Gạch ốp lát Tiên Sơn Mới", "Khu công nghiệp Tiên Sơn, huyện Tiên Du, tỉnh Bắc Ninh",
     "Năng lượng trong công nghiệp – sản xuất gạch ốp lát", "XD-0512", "18 triệu m2 sản phẩm/năm", 21.13, 106.02),
)  # fmt: skip


def _coord_pair(doc: Doc, lat: float, lon: float) -> str:
    """Decimal degrees as a GHG plan writes them: with a comma and the hemisphere after, or as N/E before."""
    if doc.lang == "vi":
        return f"{num(lat, 'vi')}° N; {num(lon, 'vi')}° E"
    style = doc.pick(("after", "letters"))
    if style == "after":
        return doc.v(f"{num(lat, 'ru')} с.ш.; {num(lon, 'ru')} в.д.", f"{num(lat, 'kk')} с.е.; {num(lon, 'kk')} ш.б.", "")
    return f"N {num(lat, doc.lang)}°, E {num(lon, doc.lang)}°"


def facility_hm2(doc: Doc) -> None:
    """The general part of a greenhouse-gas monitoring plan of a cement, lime or glass installation under the national
    quota system: `№ | поле | сведения` under three section rows spanning the table — the operator, the installation and
    the verification body, which has a BIN of its own — the installation's code in the state register and the
    verifier's accreditation as look-alike numbers, the KATO and the OKED with its words on rows of their own, the centre
    in decimal degrees with the hemisphere after the figures or as `N … E …`; the source streams with their tiers in a
    table of no role after it (VI: the general information of a plant's facility-level GHG inventory report, the code of
    the plant in the Prime Minister's list and the consultant's tax number beside the owner's)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_hm2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    item = doc.pick(GHG_PLANTS)
    (n_ru, n_kk, o_ru, o_kk, a_ru, a_kk, prefix, oked, act_ru, act_kk, cat, lat0, lon0, c_ru, c_kk, streams) = item
    name, operator = (n_ru, n_kk)[L], (o_ru, o_kk)[L]
    bin_, kato, verifier_bin = make_bin(r), _kato(doc, prefix), make_bin(r)
    lat, lon = round(lat0 + r.uniform(-0.03, 0.03), 5), round(lon0 + r.uniform(-0.03, 0.03), 5)
    doc.h(g(f"План мониторинга выбросов парниковых газов установки на 2026–2028 годы. {name}",
            f"{name}. Қондырғының 2026–2028 жылдарға арналған парниктік газдар шығарындыларының мониторинг жоспары", ""))
    doc.p(g("План составлен для квотируемой установки в соответствии с требованиями Экологического кодекса Республики Казахстан "
            "к мониторингу, отчетности и верификации выбросов парниковых газов; выбросы определяются расчетным методом по "
            "потокам исходных материалов.",
            "Жоспар квоталанатын қондырғы үшін Қазақстан Республикасы Экология кодексінің парниктік газдар шығарындыларының "
            "мониторингіне, есептілігіне және верификациясына қойылатын талаптарына сәйкес жасалды; шығарындылар бастапқы "
            "материалдар ағындары бойынша есептеу әдісімен айқындалады.", ""))
    reg = f"KZ-ПГ-{r.randint(1, 9)}-{r.randint(100, 999):04d}"
    head = g(doc.pick(("Абенов Д.С.", "Ли В.Н.", "Оспанов Т.Б.")), doc.pick(("Әбенов Д.С.", "Ли В.Н.", "Оспанов Т.Б.")), "")
    rows = [g(["№", "Наименование поля", "Сведения"], ["№", "Өрістің атауы", "Мәліметтер"], []),
            ["1", g("Сведения об операторе установки", "Қондырғы операторы туралы мәліметтер", ""), None],
            ["1.1", g("Наименование оператора", "Оператордың атауы", ""), operator],
            ["1.2", g("Бизнес-идентификационный номер", "Бизнес-сәйкестендіру нөмірі", ""), bin_],
            ["1.3", g("Первый руководитель", "Бірінші басшы", ""), g(f"генеральный директор {head}", f"бас директор {head}", "")],
            ["1.4", g("Ответственный за мониторинг", "Мониторингке жауапты", ""),
             g("начальник отдела охраны окружающей среды, тел. +7 72", "қоршаған ортаны қорғау бөлімінің бастығы, тел. +7 72", "")
             + f"{r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}"],
            ["2", g("Сведения об установке", "Қондырғы туралы мәліметтер", ""), None],
            ["2.1", g("Наименование установки", "Қондырғының атауы", ""), name],
            ["2.2", g("Код установки в государственном реестре", "Мемлекеттік тізілімдегі қондырғы коды", ""), reg],
            ["2.3", g("Место нахождения", "Орналасқан жері", ""), (a_ru, a_kk)[L]],
            ["2.4", g("Код КАТО", "ҚАТО коды", ""), kato],
            ["2.5", g("Координаты центра установки", "Қондырғы орталығының координаттары", ""), _coord_pair(doc, lat, lon)],
            ["2.6", g("Основной вид деятельности (ОКЭД)", "Негізгі қызмет түрі (ЭҚЖЖ)", ""), f"{oked} – {(act_ru, act_kk)[L]}"],
            ["2.7", g("Категория объекта", "Объект санаты", ""), cat],
            ["2.8", g("Проектная мощность", "Жобалық қуаты", ""), (c_ru, c_kk)[L]],
            ["3", g("Сведения о верификационном органе", "Верификациялық орган туралы мәліметтер", ""), None],
            ["3.1", g("Наименование", "Атауы", ""), g(f"ТОО «{doc.pick(('Эко Верификация', 'Карбон Аудит Орталығы', 'ПГ Сертификация'))}»",
                                                    f"«{doc.pick(('Эко Верификация', 'Карбон Аудит Орталығы', 'ПГ Сертификация'))}» ЖШС", "")],
            ["3.2", g("БИН", "БСН", ""), verifier_bin],
            ["3.3", g("Аттестат аккредитации", "Аккредиттеу аттестаты", ""),
             g(f"№ KZ.V.02.{r.randint(1000, 9999)} от {r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2023",
               f"№ KZ.V.02.{r.randint(1000, 9999)}, {r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2023 ж.", "")]]  # fmt: skip
    merges = [(k, 1, k, 2) for k in (1, 6, 15)]
    doc.table(g("Таблица 1 – Общие сведения", "1-кесте – Жалпы мәліметтер", ""), rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": _core(name), "kato": kato, "oked": oked, "category": cat, "lat": lat,
                           "lon": lon})
    rows = [g(["№", "Поток исходного материала", "Тип потока", "Уровень точности"],
              ["№", "Бастапқы материал ағыны", "Ағын түрі", "Дәлдік деңгейі"], [])]
    kinds = {"основной": "негізгі", "второстепенный": "қосалқы", "минимальный": "ең аз"}
    for k, (s_ru, s_kk, kind, tier) in enumerate(streams, 1):
        rows.append([str(k), (s_ru, s_kk)[L], kind if doc.lang == "ru" else kinds[kind], tier])
    doc.table(g("Таблица 2 – Потоки исходных материалов", "2-кесте – Бастапқы материалдар ағындары", ""), rows, role="other")
    doc.p(g("Выбросы от декарбонизации сырья определяются по массе выпущенного клинкера (извести, стекломассы) и "
            "коэффициенту выбросов, уточняемому по анализам ежемесячных проб.",
            "Шикізатты декарбонизациялаудан шығарындылар шығарылған клинкердің (әктің, шыны массасының) массасы және ай сайынғы "
            "сынамаларды талдау бойынша нақтыланатын шығарынды коэффициенті бойынша айқындалады.", ""))


def _facility_hm2_vi(doc: Doc) -> None:
    r = doc.rng
    name, owner, place, sector, code, capacity, lat0, lon0 = doc.pick(VN_GHG)
    msdn, consultant = make_msdn(r), make_msdn(r)
    lat, lon = round(lat0 + r.uniform(-0.02, 0.02), 5), round(lon0 + r.uniform(-0.02, 0.02), 5)
    doc.h(f"BÁO CÁO KIỂM KÊ KHÍ NHÀ KÍNH CẤP CƠ SỞ NĂM 2025 – {name.upper()}")
    doc.p("Báo cáo được lập theo Nghị định số 06/2022/NĐ-CP của Chính phủ quy định giảm nhẹ phát thải khí nhà kính và bảo "
          "vệ tầng ô-dôn; cơ sở thuộc danh mục phải thực hiện kiểm kê khí nhà kính ban hành kèm theo Quyết định số "
          "13/2024/QĐ-TTg.")
    rows = [["TT", "Nội dung", "Thông tin"],
            ["I", "THÔNG TIN VỀ CƠ SỞ", None],
            ["1", "Tên cơ sở", name],
            ["2", "Tên doanh nghiệp quản lý cơ sở", owner],
            ["3", "Mã số doanh nghiệp", msdn],
            ["4", "Địa chỉ", place],
            ["5", "Tọa độ (hệ WGS-84)", _coord_pair(doc, lat, lon)],
            ["6", "Lĩnh vực, hoạt động phát thải", sector],
            ["7", "Mã cơ sở trong danh mục", code],
            ["8", "Công suất thiết kế", capacity],
            ["II", "ĐƠN VỊ TƯ VẤN KIỂM KÊ", None],
            ["9", "Tên đơn vị", f"Công ty TNHH Tư vấn Carbon {doc.pick(('Xanh Việt', 'Sông Hồng', 'Phương Nam'))}"],
            ["10", "Mã số thuế", consultant]]
    doc.table("Bảng 1. Thông tin chung", rows, [(1, 1, 1, 2), (10, 1, 10, 2)], role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": name, "lat": lat, "lon": lon})
    rows = [["TT", "Nguồn phát thải", "Loại khí", "Phương pháp tính"],
            ["1", "Quá trình nung (phân hủy cacbonat)", "CO2", "Hệ số phát thải theo sản lượng (bậc 2)"],
            ["2", "Đốt nhiên liệu tại lò nung, lò sấy", "CO2, CH4, N2O", "Hệ số IPCC 2006 (bậc 1)"],
            ["3", "Tiêu thụ điện lưới", "CO2", "Hệ số lưới điện quốc gia"]]
    doc.table("Bảng 2. Các nguồn phát thải khí nhà kính của cơ sở", rows, role="other")
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- emissions

MONTHS = {
    "ru": ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"),
    "kk": ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"),
}
# (number, RU kiln, KK kiln, RU fuel, KK fuel, {code: (g/s low, high)}, first month, last month (1-based))
BRICK_KILNS = (
    ("0001", "Кольцевая печь № 1 (печь Гофмана, 24 камеры)", "№ 1 сақиналы пеш (Гофман пеші, 24 камера)", "уголь каменный",
     "тас көмір", {"2908": (0.35, 0.9), "0301": (0.25, 0.6), "0304": (0.04, 0.1), "0330": (0.6, 1.6), "0337": (1.2, 3.5),
                   "0342": (0.004, 0.012), "0328": (0.03, 0.09)}, 4, 10),
    ("0002", "Туннельная печь № 2 (длина 96 м)", "№ 2 туннельдік пеш (ұзындығы 96 м)", "природный газ", "табиғи газ",
     {"0301": (0.3, 0.7), "0304": (0.05, 0.11), "0337": (0.8, 2.2), "0342": (0.005, 0.015), "2908": (0.08, 0.25)}, 4, 11),
    ("0003", "Аспирация глинорыхлителя и вальцов грубого помола", "Саз қопсытқыш пен ірі ұнтақтау білікшелерінің аспирациясы",
     "–", "–", {"2908": (0.15, 0.45)}, 4, 10),
)  # fmt: skip
VI_KILNS = (
    ("Lò nung tuynel số 1 (đốt than cám)", {"2902": (0.4, 1.1), "0330": (0.8, 2.2), "0301": (0.3, 0.8), "0337": (1.5, 4.0),
                                             "0342": (0.005, 0.02)}),
    ("Lò nung tuynel số 2 (đốt than cám)", {"2902": (0.35, 1.0), "0330": (0.7, 2.0), "0301": (0.25, 0.7), "0337": (1.2, 3.6),
                                             "0342": (0.004, 0.018)}),
)


def emissions_hm1(doc: Doc) -> None:
    """A brick works' report on its actual emissions for the firing season, kiln by kiln: one small table per source, the
    source's number only in the table's caption, the months of the season as rows with the hours worked, the substances
    as columns with their codes in a second header row, a month the kiln stood under repair written across the row, and
    two closing rows — the season's tonnes and the greatest one-time emission in g/s — which are the only emissions; the
    months are shares of the season (VI: a tunnel-kiln brick plant's annual report, the twelve months with one stopped for
    maintenance, kilograms a month, the year's kilograms and the greatest g/s at the foot)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_hm1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    plant = doc.pick((g("Кирпичный завод «Қызыл Жар» (ТОО «Қызыл Жар Кірпіш»)", "«Қызыл Жар» кірпіш зауыты («Қызыл Жар Кірпіш» ЖШС)", ""),
                      g("Кирпичный завод «Сайрам Керамика» (ТОО «Сайрам Керамика»)", "«Сайрам Керамика» кірпіш зауыты («Сайрам Керамика» ЖШС)", "")))
    doc.h(g(f"Отчет о фактических выбросах загрязняющих веществ за производственный сезон 2025 года. {plant}",
            f"{plant}. 2025 жылғы өндірістік маусымдағы ластаушы заттардың нақты шығарындылары туралы есеп", ""))
    doc.p(g("Завод работает сезонно: обжиг кирпича ведется с апреля по октябрь (туннельная печь – до середины ноября), в "
            "зимний период печи законсервированы. Выбросы рассчитаны по фактическому расходу топлива и выпуску продукции "
            "за каждый месяц; максимальные разовые выбросы – по наибольшему часовому расходу топлива в сезоне.",
            "Зауыт маусымдық жұмыс істейді: кірпішті күйдіру сәуірден қазанға дейін жүргізіледі (туннельдік пеш – қарашаның "
            "ортасына дейін), қыс кезеңінде пештер консервацияланады. Шығарындылар әр айдағы отынның нақты шығыны мен өнім "
            "шығару бойынша есептелді; ең жоғары бір реттік шығарындылар – маусымдағы ең үлкен сағаттық отын шығыны бойынша.", ""))
    kilns = [k for k in BRICK_KILNS if k[0] != "0003" or r.random() < 0.7]
    repair = r.choice([k[0] for k in kilns if k[0] != "0003"])
    for t, (number, k_ru, k_kk, f_ru, f_kk, rates, first, last) in enumerate(kilns, 1):
        codes = list(rates)
        if len(codes) > 5:
            codes = codes[:5] + [c for c in codes[5:] if r.random() < 0.6]
        head0 = [g("Месяц", "Ай", ""), g("Отработано, ч", "Жұмыс істеді, сағ", ""), *(_air(doc, c) for c in codes)]
        head1 = [None, None, *(g(f"код {c}", f"коды {c}", "") for c in codes)]
        rows = [head0, head1]
        merges = [(0, 0, 1, 0), (0, 1, 1, 1)]
        gmax = {c: _sig(r.uniform(*rates[c]), 4) for c in codes}
        monthly: dict[str, list[float]] = {c: [] for c in codes}
        stop = r.randint(first + 1, last - 1) if number == repair else None
        for m in range(first, last + 1):
            label = MONTHS[doc.lang][m - 1]
            if m == stop:
                why = g(("замена свода камер № 9–14", "ремонт футеровки и печных вагонеток")[number == "0002"],
                        ("№ 9–14 камералардың күмбезін ауыстыру", "футеровка мен пеш вагонеткаларын жөндеу")[number == "0002"], "")
                rows.append([label, "0", g(f"печь в ремонте ({why}), выбросов нет", f"пеш жөндеуде ({why}), шығарынды жоқ", ""),
                             *[None] * (len(codes) - 1)])
                merges.append((len(rows) - 1, 2, len(rows) - 1, len(codes) + 1))
                continue
            hours = r.randint(560, 720) if m not in (first, last) else r.randint(250, 480)
            line = [label, num(hours, doc.lang)]
            for c in codes:
                t_month = _sig(gmax[c] * r.uniform(0.55, 0.9) * hours * 3600 / 1e6, 3)
                monthly[c].append(t_month)
                line.append(num(t_month, doc.lang))
            rows.append(line)
        totals = {c: _round_sum(monthly[c]) for c in codes}
        rows.append([g("Итого за сезон, т", "Маусым бойынша барлығы, т", ""), None, *(num(totals[c], doc.lang) for c in codes)])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 1))
        rows.append([g("Максимальный разовый выброс, г/с", "Ең жоғары бір реттік шығарынды, г/с", ""), None,
                     *(num(gmax[c], doc.lang) for c in codes)])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 1))
        kiln = (k_ru, k_kk)[L]
        fuel = (f_ru, f_kk)[L]
        tail = g(f", топливо – {fuel}", f", отын – {fuel}", "") if fuel != "–" else ""
        doc.table(g(f"Таблица 3.{t} – {kiln} (ИЗА {number}){tail}. Выбросы по месяцам сезона, т",
                    f"3.{t}-кесте – {kiln} (ЛШК {number}){tail}. Маусым айлары бойынша шығарындылар, т", ""),
                  rows, merges, role="emissions")
        doc.add("emissions", *(emission(c, gmax[c], totals[c], number) for c in codes))
        doc.add("sources", {"number": number, "type": "organized"})
    doc.p(g("Ноябрь – март: печи на консервации (туннельная печь – с 15 ноября), выбросы от обжига отсутствуют.",
            "Қараша – наурыз: пештер консервацияда (туннельдік пеш – 15 қарашадан бастап), күйдіруден шығарындылар жоқ.", ""))
    maybe_distractor(doc, 0.3)


def _emissions_hm1_vi(doc: Doc) -> None:
    r = doc.rng
    plant = doc.pick(("NHÀ MÁY GẠCH TUYNEL YÊN PHONG HƯNG", "NHÀ MÁY GẠCH TUYNEL HƯNG LONG PHÚ THỌ", "NHÀ MÁY GẠCH TUYNEL ĐỒNG XUÂN"))
    doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – {plant}")
    doc.h("2.1. Tải lượng bụi, khí thải phát sinh từ các lò nung")
    doc.p("Tải lượng hằng tháng được tính từ lưu lượng và nồng độ đo tự động tại ống khói của từng lò nhân với số giờ vận hành "
          "thực tế; tải lượng lớn nhất (g/s) là giá trị giờ cao nhất trong năm.")
    for t, (kiln, rates) in enumerate(VI_KILNS, 1):
        codes = list(rates)
        rows = [["Tháng", "Số giờ vận hành", *(VI_AIR[c] for c in codes)],
                [None, None, *("kg" for _ in codes)]]
        merges = [(0, 0, 1, 0), (0, 1, 1, 1)]
        gmax = {c: _sig(r.uniform(*rates[c]), 3) for c in codes}
        monthly: dict[str, list[float]] = {c: [] for c in codes}
        stop = r.randint(2, 11)
        for m in range(1, 13):
            if m == stop:
                rows.append([f"Tháng {m}", "0", "Dừng lò bảo dưỡng, thay gạch vòm lò", *[None] * (len(codes) - 1)])
                merges.append((len(rows) - 1, 2, len(rows) - 1, len(codes) + 1))
                continue
            hours = r.randint(600, 740)
            line = [f"Tháng {m}", num(hours, "vi")]
            for c in codes:
                kg = float(round(gmax[c] * r.uniform(0.5, 0.9) * hours * 3.6))
                monthly[c].append(kg)
                line.append(num(kg, "vi"))
            rows.append(line)
        totals = {c: _round_sum(monthly[c]) for c in codes}
        rows.append(["Tổng cộng năm (kg)", None, *(num(totals[c], "vi") for c in codes)])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 1))
        rows.append(["Tải lượng lớn nhất (g/s)", None, *(num(gmax[c], "vi") for c in codes)])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 1))
        doc.table(f"Bảng 2.{t}. {kiln} – tải lượng theo tháng", rows, merges, role="emissions")
        doc.add("emissions", *(emission(c, gmax[c], round(totals[c] / 1000, 6)) for c in codes))
    doc.p("Ghi chú: tải lượng NOx được tính quy đổi theo NO2; HF – hydro florua phát sinh từ đất sét khi nung.")
    maybe_distractor(doc, 0.3)


# (number, RU source, KK source, RU stack, {code or "NOx": (g/s low, high)}, hours key)
ASPHALT_SOURCES = (
    ("0001", "Дымовая труба сушильного барабана ДБ-2 (после батарейного циклона и рукавного фильтра)",
     "ДБ-2 кептіру барабанының түтін мұржасы (батареялық циклон мен жеңді сүзгіден кейін)", "H = 18 м, D = 0,9 м",
     {"2908": (0.35, 0.9), "NOx": (0.4, 0.9), "0330": (0.5, 1.4), "0337": (0.6, 1.8), "0328": (0.02, 0.06)}),
    ("0002", "Труба битумоплавильной установки (огневой нагрев, дизельное топливо)",
     "Битум балқыту қондырғысының құбыры (отпен қыздыру, дизель отыны)", "H = 10 м, D = 0,3 м",
     {"NOx": (0.03, 0.09), "0330": (0.05, 0.15), "0337": (0.04, 0.12), "0328": (0.005, 0.015), "2754": (0.02, 0.07),
      "0333": (0.0003, 0.0009)}),
    ("0003", "Труба нагревателя теплоносителя (термомасляный котел)", "Жылу тасығыш қыздырғышының құбыры (термомай қазандығы)",
     "H = 12 м, D = 0,35 м", {"NOx": (0.04, 0.1), "0330": (0.06, 0.18), "0337": (0.05, 0.15)}),
    ("6001", "Склад щебня и песка (пересыпка, сдувание)", "Қиыршық тас пен құм қоймасы (төгу, үрлеу)", "неорганизованный",
     {"2908": (0.08, 0.3)}),
    ("6002", "Емкости хранения битума (дыхание)", "Битум сақтау сыйымдылықтары (тыныс алу)", "неорганизованный",
     {"2754": (0.01, 0.04), "0333": (0.0001, 0.0004)}),
)  # fmt: skip
VI_ASPHALT = (
    ("Ống khói máy sấy cốt liệu (sau cyclon và lọc bụi túi vải)", "H = 18 m; D = 0,9 m; Q = 42.000 m3/h",
     {"2902": (0.3, 0.8), "0330": (0.5, 1.3), "0301": (0.3, 0.7), "0337": (0.5, 1.6)}),
    ("Ống khói lò gia nhiệt dầu truyền nhiệt", "H = 12 m; D = 0,35 m; Q = 3.500 m3/h",
     {"0330": (0.05, 0.16), "0301": (0.03, 0.09), "0337": (0.04, 0.13)}),
    ("Ống khói bồn nấu nhựa đường", "H = 10 m; D = 0,3 m; Q = 1.800 m3/h",
     {"2902": (0.01, 0.03), "0330": (0.04, 0.12), "0301": (0.02, 0.07)}),
)


def emissions_hm2(doc: Doc) -> None:
    """A seasonal asphalt plant's draft of emission norms: a row spanning the table per source carrying its stack's height
    and diameter, the substances under it with code, name, hazard class, g/s and tonnes for the season, and the nitrogen
    oxides written as a parent row `Азота оксиды (NOx), всего` without a code whose two `в том числе` rows — nitrogen dioxide
    and nitrogen oxide by the coefficients 0,8 and 0,13 — are the emissions; the season's hours in the sentence before, a
    total of the plant (VI: an asphalt plant's loads under a row per named stack carrying its height, diameter and flow,
    kg/h before g/s and tonnes a year)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_hm2_vi(doc)
        return
    g = doc.v
    hours = r.choice((2640, 2880, 3120))
    op = doc.pick((g("ТОО «Ертіс Жол Құрылыс»", "«Ертіс Жол Құрылыс» ЖШС", ""), g("ТОО «Сарыарқа Асфальт»", "«Сарыарқа Асфальт» ЖШС", "")))
    doc.h(g(f"Проект нормативов допустимых выбросов для асфальтобетонного завода {op} на 2026–2035 годы",
            f"{op} асфальт-бетон зауыты үшін 2026–2035 жылдарға арналған жол берілетін шығарындылар нормативтерінің жобасы", ""))
    doc.h(g("3.4. Нормативы выбросов загрязняющих веществ", "3.4. Ластаушы заттар шығарындыларының нормативтері", ""))
    doc.p(g(f"Завод работает в строительный сезон с 15 апреля по 15 октября в две смены по 11 часов, всего {num(hours, 'ru')} ч "
            "за сезон; в межсезонье оборудование законсервировано. Валовые выбросы даны за сезон. Выбросы оксидов азота "
            "разделены на азота диоксид и азота оксид с коэффициентами трансформации 0,8 и 0,13.",
            f"Зауыт 15 сәуірден 15 қазанға дейінгі құрылыс маусымында 11 сағаттан екі ауысыммен жұмыс істейді, маусымына "
            f"барлығы {num(hours, 'kk')} сағ; маусымаралық кезеңде жабдық консервацияланады. Жалпы шығарындылар маусым бойынша "
            "берілген. Азот оксидтерінің шығарындылары 0,8 және 0,13 трансформация коэффициенттерімен азот диоксиді мен азот "
            "оксидіне бөлінген.", ""))
    rows = [g(["Код ЗВ", "Наименование загрязняющего вещества", "Класс опасности", "Норматив выброса", None],
              ["ЛЗ коды", "Ластаушы заттың атауы", "Қауіптілік сыныбы", "Шығарынды нормативі", None], []),
            g([None, None, None, "г/с", "т/сезон"], [None, None, None, "г/с", "т/маусым"], [])]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4)]
    all_g, all_t = [], []
    sources = [s for s in ASPHALT_SOURCES if s[0] != "0003" or r.random() < 0.7]
    unorg = g("неорганизованный источник", "ұйымдастырылмаған көз", "")
    for number, s_ru, s_kk, stack, subs in sources:
        where = unorg if stack == "неорганизованный" else stack
        rows.append([g(f"Источник № {number} – {s_ru}; {where}", f"№ {number} көз – {s_kk}; {where}", ""), None, None, None, None])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
        for key, span in subs.items():
            gs = _sig(r.uniform(*span), 4)
            ty = _sig(gs * hours * 3600 / 1e6 * r.uniform(0.7, 0.95), 4)
            if key == "NOx":
                rows.append(["–", g("Азота оксиды (NOx), всего", "Азот оксидтері (NOx), барлығы", ""), "–", num(gs, doc.lang), num(ty, doc.lang)])
                for j, (c, k) in enumerate((("0301", 0.8), ("0304", 0.13))):
                    cg, ct = _sig(gs * k, 4), _sig(ty * k, 4)
                    lead = g("в том числе: ", "оның ішінде: ", "") if j == 0 else ""
                    rows.append([c, f"{lead}{_air(doc, c)}", str(_hz(c)), num(cg, doc.lang), num(ct, doc.lang)])
                    doc.add("emissions", emission(c, cg, ct, number, _hz(c)))
                    all_g.append(cg)
                    all_t.append(ct)
                continue
            rows.append([key, _air(doc, key), str(_hz(key)), num(gs, doc.lang), num(ty, doc.lang)])
            doc.add("emissions", emission(key, gs, ty, number, _hz(key)))
            all_g.append(gs)
            all_t.append(ty)
    rows.append([g("Всего по асфальтобетонному заводу", "Асфальт-бетон зауыты бойынша барлығы", ""), None, None,
                 num(round(sum(all_g), 4), doc.lang), num(round(sum(all_t), 3), doc.lang)])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 2))
    doc.table(g("Таблица 3.4 – Нормативы выбросов по источникам на период сезонной работы",
                "3.4-кесте – Маусымдық жұмыс кезеңіне көздер бойынша шығарындылар нормативтері", ""), rows, merges, role="emissions")
    doc.add("sources", *({"number": s[0], "type": _kind(s[0])} for s in sources))
    doc.p(g("Примечание: строка «Азота оксиды (NOx), всего» приведена для справки и в сумму не входит.",
            "Ескертпе: «Азот оксидтері (NOx), барлығы» жолы анықтама үшін келтірілген және жиынтыққа кірмейді.", ""))
    maybe_distractor(doc, 0.3)


def _emissions_hm2_vi(doc: Doc) -> None:
    r = doc.rng
    plant = doc.pick(("Trạm trộn bê tông nhựa nóng Tân Uyên", "Trạm trộn bê tông nhựa nóng Nghi Sơn Bắc", "Trạm trộn bê tông nhựa nóng Long Thành Đông"))
    hours = r.choice((2400, 2600, 2800))
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – {plant.upper()}")
    doc.h("3.2. Nguồn phát sinh và tải lượng bụi, khí thải")
    doc.p(f"Trạm trộn công suất 120 tấn/giờ, hoạt động khoảng {num(hours, 'vi')} giờ/năm (tập trung vào mùa khô). Tải lượng được "
          "tính từ kết quả đo nồng độ và lưu lượng tại các ống khói trong đợt quan trắc tháng 3/2025.")
    rows = [["Thông số", "Tải lượng (kg/h)", "Tải lượng (g/s)", "Tải lượng (tấn/năm)"]]
    merges = []
    for k, (name, stack, subs) in enumerate(VI_ASPHALT, 1):
        rows.append([f"{k}. {name} ({stack})", None, None, None])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 3))
        for c, span in subs.items():
            gs = _sig(r.uniform(*span), 3)
            ty = _sig(gs * hours * 3600 / 1e6, 3)
            rows.append([VI_AIR[c], num(_sig(gs * 3.6, 3), "vi"), num(gs, "vi"), num(ty, "vi")])
            doc.add("emissions", emission(c, gs, ty))
    doc.table("Bảng 3.4. Tải lượng bụi, khí thải tại các ống khói của trạm trộn", rows, merges, role="emissions")
    doc.p("Ghi chú: kho chứa cốt liệu được che chắn và phun ẩm, bụi phát tán từ kho không tính trong bảng này.")
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- wastes

# (RU, KK waste, code, (low, high) length relined m, (low, high) t of lining per metre)
RELINE_ZONES = (
    ("Лом магнезитохромитового кирпича (зона спекания)", "Магнезитхромит кірпішінің сынығы (пісіру аймағы)", "16 11 05*",
     (18, 32), (8.6, 10.4)),
    ("Лом периклазошпинелидного кирпича (переходная зона)", "Периклаз-шпинель кірпішінің сынығы (өтпелі аймақ)", "16 11 06",
     (8, 16), (8.0, 9.6)),
    ("Лом шамотного кирпича (зона подогрева)", "Шамот кірпішінің сынығы (жылыту аймағы)", "16 11 06", (14, 36), (6.0, 7.2)),
)  # fmt: skip
# (RU, KK waste, code, (low, high) t, RU handling, KK handling)
RELINE_OTHER = (
    ("Лом огнеупорного бетона (головка печи, колосниковый холодильник)", "Отқа төзімді бетон сынығы (пеш басы, торлы тоңазытқыш)",
     "16 11 06", (12, 40), "передача на дробление (заполнитель)", "ұсатуға беру (толтырғыш)"),
    ("Рукава фильтровальные отработанные (рукавный фильтр холодильника)", "Пайдаланылған сүзгі жеңдері (тоңазытқыштың жеңді сүзгісі)",
     "15 02 03", (0.8, 2.4), "вывоз на полигон промышленных отходов", "өнеркәсіп қалдықтары полигонына шығару"),
    ("Отработанные редукторные масла привода печей", "Пештер жетегінің пайдаланылған редуктор майлары", "13 02 08*", (0.6, 2.2),
     "передача на регенерацию", "регенерацияға беру"),
    ("Промасленная ветошь", "Майланған шүберек", "15 02 02*", (0.05, 0.3), "передача специализированной организации",
     "мамандандырылған ұйымға беру"),
)  # fmt: skip
# (kiln number, RU kiln, KK kiln)
CEMENT_KILNS = (
    ("1", "Печь № 1 (Ø 4,5 × 80 м, сухой способ)", "№ 1 пеш (Ø 4,5 × 80 м, құрғақ тәсіл)"),
    ("2", "Печь № 2 (Ø 5 × 185 м, мокрый способ)", "№ 2 пеш (Ø 5 × 185 м, ылғалды тәсіл)"),
    ("3", "Печь № 3 (Ø 5 × 185 м, мокрый способ)", "№ 3 пеш (Ø 5 × 185 м, ылғалды тәсіл)"),
)


def wastes_hm1(doc: Doc) -> None:
    """The wastes of a cement plant's relining campaign, kiln by kiln: a row spanning the table per kiln naming its size and
    the days it stands, under it the lining of each zone replaced with the length relined and the mass of lining per metre
    before the tonnes, the chrome-bearing brick of the burning zone hazardous (`16 11 05*`) and the rest not, a subtotal
    per kiln, a kiln whose row says its lining is not replaced this year, then a row spanning the table for the other
    wastes of the repairs — castable, filter bags, gear oil, rags — with dashes in the length columns (VI: a cement plant's
    plan of the major repair of its kilns, refractory bricks without a code in tonnes, hazardous wastes with their codes in
    kilograms, a unit column)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_hm1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    plant = g("АО «Шымкент Клинкер Цемент»", "«Шымкент Клинкер Цемент» АҚ", "")
    doc.h(g(f"Программа управления отходами {plant} на 2026 год. Приложение 3. Отходы ремонтной кампании вращающихся печей",
            f"{plant} 2026 жылға арналған қалдықтарды басқару бағдарламасы. 3-қосымша. Айналмалы пештерді жөндеу науқанының қалдықтары", ""))
    doc.p(g("Объемы лома огнеупоров определены по длине заменяемых участков футеровки (по графику ремонтов, утвержденному главным "
            "инженером) и массе футеровки одного погонного метра печи. Магнезитохромитовый кирпич содержит соединения хрома и "
            "относится к опасным отходам.",
            "Отқа төзімді материалдар сынығының көлемі футеровканың ауыстырылатын учаскелерінің ұзындығы (бас инженер бекіткен "
            "жөндеу кестесі бойынша) және пештің бір қума метріндегі футеровка массасы бойынша айқындалды. Магнезитхромит кірпіші "
            "хром қосылыстарын қамтиды және қауіпті қалдықтарға жатады.", ""))
    rows = [g(["№", "Наименование отхода", "Код отхода", "Длина участка замены, м", "Масса футеровки 1 м, т", "Количество, т",
               "Обращение"],
              ["№", "Қалдықтың атауы", "Қалдық коды", "Ауыстыру учаскесінің ұзындығы, м", "1 м футеровканың массасы, т", "Саны, т",
               "Жұмыс істеу"], [])]
    merges = []
    skip = r.choice(("2", "3"))
    n = 0
    months = g((("март", "апрель"), ("октябрь", "ноябрь")), (("наурыз", "сәуір"), ("қазан", "қараша")), ())
    relined = 0
    for number, k_ru, k_kk in CEMENT_KILNS:
        kiln = (k_ru, k_kk)[L]
        if number == skip:
            rows.append([g(f"{kiln} – замена футеровки в 2026 г. не планируется (выполнена в октябре 2025 г.)",
                           f"{kiln} – 2026 жылы футеровканы ауыстыру жоспарланбайды (2025 ж. қазанда орындалды)", ""),
                         None, None, None, None, None, None])
            merges.append((len(rows) - 1, 0, len(rows) - 1, 6))
            continue
        days = r.randint(14, 24)
        month = doc.pick(months[relined])
        relined += 1
        rows.append([g(f"{kiln}, остановка на ремонт – {month} 2026 г., {days} сут.",
                       f"{kiln}, жөндеуге тоқтату – 2026 ж. {month}, {days} тәул.", ""), None, None, None, None, None, None])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 6))
        amounts = []
        for w_ru, w_kk, code, (llo, lhi), (mlo, mhi) in RELINE_ZONES:
            if code == "16 11 06" and "подогрева" in w_ru and number == "1" and r.random() < 0.5:
                continue
            length, per_m = r.randint(llo, lhi), round(r.uniform(mlo, mhi), 1)
            t = round(length * per_m, 1)
            n += 1
            name = (w_ru, w_kk)[L]
            how = g("передача на переработку (завод огнеупоров)", "қайта өңдеуге беру (отқа төзімді материалдар зауыты)", "") \
                if code.endswith("*") else g("дробление, использование в сырьевой смеси", "ұсату, шикізат қоспасында пайдалану", "")
            rows.append([str(n), name, code, str(length), num(per_m, doc.lang), num(t, doc.lang), how])
            amounts.append(t)
            doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t, "name_contains": name})
        rows.append(["", g(f"Итого по печи № {number}", f"№ {number} пеш бойынша жиыны", ""), "", "", "", num(_round_sum(amounts), doc.lang), ""])
    rows.append([g("Прочие отходы ремонтной кампании", "Жөндеу науқанының басқа қалдықтары", ""), None, None, None, None, None, None])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 6))
    for w_ru, w_kk, code, (lo, hi), h_ru, h_kk in RELINE_OTHER:
        t = _sig(r.uniform(lo, hi), 3)
        n += 1
        name = (w_ru, w_kk)[L]
        rows.append([str(n), name, code, "–", "–", num(t, doc.lang), (h_ru, h_kk)[L]])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t, "name_contains": name})
    doc.table(g("Таблица П3.1 – Отходы ремонта футеровки и оборудования печей", "П3.1-кесте – Пештердің футеровкасы мен жабдығын жөндеу қалдықтары", ""),
              rows, merges, role="wastes")
    doc.p(g("Лом огнеупоров накапливается на площадке № 4 не более шести месяцев до передачи.",
            "Отқа төзімді материалдар сынығы № 4 алаңда беруге дейін алты айдан аспайтын мерзімде жинақталады.", ""))
    maybe_distractor(doc, 0.3)


VI_RELINE = (
    ("Gạch chịu lửa manhêdi – spinel thải (vùng nung)", (150, 280)),
    ("Gạch chịu lửa samốt thải (vùng chuyển tiếp, vùng sấy)", (80, 190)),
    ("Bê tông chịu lửa thải (đầu lò, máy làm nguội)", (20, 60)),
)
VI_RELINE_CTNH = (("17 02 03", (400, 1600)), ("18 02 01", (60, 300)), ("18 01 02", (80, 420)))


def _wastes_hm1_vi(doc: Doc) -> None:
    r = doc.rng
    plant = doc.pick(("NHÀ MÁY XI MĂNG KIM BẢNG XANH", "NHÀ MÁY XI MĂNG BỈM SƠN TÂY", "NHÀ MÁY XI MĂNG HÒN CHÔNG MỚI"))
    doc.h(f"KẾ HOẠCH SỬA CHỮA LỚN LÒ NUNG NĂM 2026 – {plant}")
    doc.h("Phụ lục 2. Khối lượng chất thải phát sinh dự kiến")
    doc.p("Gạch chịu lửa thải không chứa crom được phân định là chất thải rắn công nghiệp thông thường, nghiền làm phụ gia phối "
          "liệu; chất thải nguy hại được chuyển giao cho đơn vị có giấy phép môi trường phù hợp.")
    rows = [["TT", "Tên chất thải", "Mã CTNH", "Đơn vị", "Khối lượng", "Biện pháp quản lý"]]
    merges = []
    n = 0
    for kiln, months in (("Lò nung clinker số 1", ("03", "04")), ("Lò nung clinker số 2", ("10", "11"))):
        d = r.randint(1, 20)
        rows.append([f"{kiln} – dừng lò từ {d:02d}/{r.choice(months)}/2026, thời gian sửa chữa {r.randint(18, 26)} ngày",
                     None, None, None, None, None])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 5))
        for name, (lo, hi) in VI_RELINE:
            t = float(r.randint(lo, hi))
            n += 1
            rows.append([str(n), name, "-", "tấn", num(t, "vi"), "Nghiền làm phụ gia phối liệu"])
            doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": name})
    rows.append(["Chất thải nguy hại phát sinh trong đợt sửa chữa", None, None, None, None, None])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 5))
    names = {c: nm for c, nm, _ in vocab.VN_CTNH}
    for code, (lo, hi) in VI_RELINE_CTNH:
        kg = r.randint(lo // 10, hi // 10) * 10
        n += 1
        rows.append([str(n), names[code], code, "kg", num(kg, "vi"), "Chuyển giao đơn vị có chức năng xử lý"])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000, "name_contains": names[code]})
    doc.table("Bảng PL2.1. Chất thải phát sinh từ đợt sửa chữa lớn lò nung", rows, merges, role="wastes")
    maybe_distractor(doc, 0.3)


# (RU stage, KK stage, RU loss, KK loss, share %, the material through the stage as a share of the mass prepared or a
#  (low, high) range of its own (glazes) or None, RU direction, KK direction, code or None, (low, high) t weighed directly)
CERAMIC_STAGES = (
    ("Массоподготовка (шаровые мельницы)", "Масса дайындау (шарлы диірмендер)", "Просыпи сырья и шликера", "Шикізат пен шликер төгінділері",
     0.8, 1.0, "возврат в шаровые мельницы", "шарлы диірмендерге қайтару", None, None),
    ("Прессование", "Престеу", "Брак сырца (необожженная плитка)", "Шикі бұйым ақауы (күйдірілмеген плитка)", 2.4, 0.97,
     "возврат в массоподготовку", "масса дайындауға қайтару", None, None),
    ("Аспирация распылительной сушилки", "Шашыратқыш кептіргіштің аспирациясы", "Пыль рукавных фильтров", "Жеңді сүзгілердің шаңы",
     0.5, 1.0, "возврат в массоподготовку", "масса дайындауға қайтару", None, None),
    ("Глазурование", "Глазурлеу", "Шлам глазуровочной линии (осадок отстойников)", "Глазурлеу желісінің шламы (тұндырғыш тұнбасы)",
     4.5, (5200, 7800), "передача специализированной организации", "мамандандырылған ұйымға беру", "10 12 11*", None),
    ("Обжиг в роликовой печи", "Роликті пеште күйдіру", "Брак обожженной плитки", "Күйдірілген плитка ақауы", 2.8, 0.94,
     "дробление, продажа как заполнитель", "ұсату, толтырғыш ретінде сату", "10 12 08", None),
    ("Сортировка и упаковка", "Сұрыптау және орау", "Бой плитки при сортировке", "Сұрыптау кезіндегі плитка сынығы", 0.9,
     0.915, "то же", "сол сияқты", "10 12 08", None),
    ("Литье санитарных изделий", "Санитариялық бұйымдарды құю", "Отработанные гипсовые формы", "Пайдаланылған гипс қалыптары",
     None, None, "вывоз на полигон промышленных отходов", "өнеркәсіп қалдықтары полигонына шығару", "10 12 06", (60, 140)),
    ("Очистка производственных стоков", "Өндірістік ағындарды тазарту", "Осадок локальных очистных сооружений",
     "Жергілікті тазарту құрылыстарының тұнбасы", None, None, "вывоз на полигон промышленных отходов",
     "өнеркәсіп қалдықтары полигонына шығару", "10 12 13", (25, 90)),
)  # fmt: skip


def wastes_hm2(doc: Doc) -> None:
    """A ceramic tile and sanitary-ware plant's table of losses by stage of production, from its ПЭК programme: the
    stage, the loss, the share lost in per cent of the material passing the stage and that material's tonnes before the
    tonnes lost, where the loss goes and, last, the classifier's code — the losses returned into the process (spills,
    green rejects, the spray-dryer's filter dust) carry a dash for a code and are no wastes; moulds and the treatment
    sludge weighed directly with dashes for the share (VI: a tile plant's balance by stage, `Tái sử dụng` rows, ordinary
    wastes in tonnes without a code and the hazardous ones in kilograms with theirs, a unit column)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_hm2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    doc.h(g("Программа производственного экологического контроля ТОО «Жетісу Керамика» (г. Талдыкорган). Раздел 6. Отходы производства",
            "«Жетісу Керамика» ЖШС (Талдықорған қ.) өндірістік экологиялық бақылау бағдарламасы. 6-бөлім. Өндіріс қалдықтары", ""))
    doc.p(g("Потери по переделам определены по данным технологического учета за 2025 год в процентах от массы материала, "
            "проходящего передел. Материалы, возвращаемые в тот же технологический процесс, отходами не являются и приведены "
            "для полноты баланса.",
            "Бөліністер бойынша ысыраптар 2025 жылғы технологиялық есепке алу деректері бойынша бөліністен өтетін материал "
            "массасына пайызбен айқындалды. Сол технологиялық процеске қайтарылатын материалдар қалдық болып табылмайды және "
            "теңгерімнің толықтығы үшін келтірілген.", ""))
    rows = [g(["№", "Передел", "Вид потерь", "Потери, %", "Масса материала на переделе, т/год", "Масса потерь, т/год",
               "Направление", "Код по классификатору"],
              ["№", "Бөлініс", "Ысырап түрі", "Ысырап, %", "Бөліністегі материал массасы, т/жыл", "Ысырап массасы, т/жыл",
               "Бағыты", "Сыныптауыш бойынша коды"], [])]
    base = r.randint(960, 1180) * 100
    for k, (s_ru, s_kk, l_ru, l_kk, share, through, d_ru, d_kk, code, direct) in enumerate(CERAMIC_STAGES, 1):
        loss = (l_ru, l_kk)[L]
        if direct:
            t = float(r.randint(*direct))
            pct, mass = "–", "–"
        else:
            m = r.randint(through[0] // 100, through[1] // 100) * 100 if isinstance(through, tuple) else round(base * through, -2)
            t = round(m * share / 100, 1)
            pct, mass = num(share, doc.lang), num(m, doc.lang)
        rows.append([str(k), (s_ru, s_kk)[L], loss, pct, mass, num(t, doc.lang), (d_ru, d_kk)[L], code or "–"])
        if code:
            doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t, "name_contains": loss})
    doc.table(g("Таблица 6.1 – Потери и отходы по переделам производства", "6.1-кесте – Өндіріс бөліністері бойынша ысыраптар мен қалдықтар", ""),
              rows, role="wastes")
    doc.p(g("Шлам глазуровочной линии содержит соединения свинца и цинка из фритт и относится к опасным отходам.",
            "Глазурлеу желісінің шламы фритталардан түскен қорғасын мен мырыш қосылыстарын қамтиды және қауіпті қалдықтарға жатады.", ""))
    maybe_distractor(doc, 0.3)


# (stage, loss, share %, the material through the stage as a share of the mass prepared or None, direction,
#  (low, high) weighed directly, reused?)
VI_TILE = (
    ("Chuẩn bị xương (nghiền bi, sấy phun)", "Nguyên liệu rơi vãi, hồ liệu", 0.7, 1.0, "Tái sử dụng trong dây chuyền", None, True),
    ("Ép tạo hình", "Phế phẩm gạch mộc (chưa nung)", 2.2, 0.975, "Tái sử dụng trong dây chuyền", None, True),
    ("Nung trong lò con lăn", "Phế phẩm gạch sau nung", 2.6, 0.95, "Bán cho cơ sở sản xuất gạch không nung", None, False),
    ("Phân loại, đóng gói", "Gạch vỡ khi phân loại", 0.8, 0.925, "Bán cho cơ sở sản xuất gạch không nung", None, False),
    ("Xử lý nước thải sản xuất", "Bùn thải từ hệ thống xử lý nước thải sản xuất (đã phân định không nguy hại)", None, None,
     "Thuê đơn vị thu gom, xử lý", (40, 120), False),
)
VI_TILE_CTNH = (("18 01 02", (300, 1200)), ("18 02 01", (80, 400)), ("17 02 03", (150, 700)))


def _wastes_hm2_vi(doc: Doc) -> None:
    r = doc.rng
    plant = doc.pick(("NHÀ MÁY GẠCH ỐP LÁT TIÊN SƠN MỚI", "NHÀ MÁY GẠCH ỐP LÁT BÌNH XUYÊN", "NHÀ MÁY GẠCH GRANITE QUẾ VÕ ĐÔNG"))
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – {plant}")
    doc.h("3.3. Công trình, biện pháp lưu giữ, xử lý chất thải rắn")
    doc.p("Các loại nguyên liệu rơi vãi và phế phẩm chưa nung được thu hồi, đưa trở lại công đoạn chuẩn bị xương nên không phải "
          "là chất thải; khối lượng được nêu để cân bằng vật chất.")
    rows = [["TT", "Công đoạn", "Loại hao hụt / chất thải", "Tỷ lệ (%)", "Khối lượng vật liệu qua công đoạn (tấn/năm)",
             "Đơn vị", "Khối lượng", "Mã CTNH", "Hướng xử lý"]]
    merges = []
    k = 0
    base = r.randint(1100, 1300) * 100
    for stage, loss, share, through, how, direct, reused in VI_TILE:
        k += 1
        if direct:
            t = float(r.randint(*direct))
            pct, mass = "-", "-"
        else:
            m = round(base * through, -2)
            t = round(m * share / 100, 1)
            pct, mass = num(share, "vi"), num(m, "vi")
        rows.append([str(k), stage, loss, pct, mass, "tấn", num(t, "vi"), "-", how])
        if not reused:
            doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": loss})
    rows.append(["Chất thải nguy hại", None, None, None, None, None, None, None, None])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 8))
    names = {c: nm for c, nm, _ in vocab.VN_CTNH}
    for code, (lo, hi) in VI_TILE_CTNH:
        k += 1
        kg = r.randint(lo // 10, hi // 10) * 10
        rows.append([str(k), "Toàn nhà máy", names[code], "-", "-", "kg", num(kg, "vi"), code, "Chuyển giao đơn vị có chức năng"])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000, "name_contains": names[code]})
    doc.table("Bảng 3.6. Cân bằng hao hụt và chất thải rắn theo công đoạn sản xuất", rows, merges, role="wastes")
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- limits

# code: (КЭР norm, mg/Nm3 at 10 % O2, (low, high) share of it in the compound mode, factor of the direct mode)
KILN_NORMS = {"2909": (30, (0.3, 0.8), (1.3, 1.9)), "0301": (600, (0.45, 0.85), (1.05, 1.25)),
              "0330": (350, (0.1, 0.4), (2.0, 3.2))}
COOLER_NORM = {"2908": (20, (0.25, 0.8))}


def limits_hm1(doc: Doc) -> None:
    """A laboratory's protocol of measurements at a cement plant's kiln stacks, kiln by kiln, in the two operating modes
    of a dry-process kiln: the source merged down over its substances, the КЭР norm at 10 % O2, then the results under a
    merged header in the compound mode (raw mill running, the kiln gas passing the mill) and in the direct mode (raw mill
    stopped), each a measured value against the same norm; the clinker cooler's stack measured once, its result merged
    across both mode columns; carbon monoxide measured without a norm; a kiln under repair on a row of its own (VI: a
    cement plant's kiln stack in `chế độ liên hợp` and `chế độ trực tiếp` against QCVN 23:2009/BTNMT column B's Cmax)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_hm1_vi(doc)
        return
    g = doc.v
    plant = doc.pick((g("АО «Тасты Цемент»", "«Тасты Цемент» АҚ", ""), g("ТОО «Сайрам Клинкер»", "«Сайрам Клинкер» ЖШС", "")))
    day = r.randint(3, 20)
    month = r.choice(("05", "06", "09"))
    doc.h(g(f"Протокол инструментальных измерений выбросов на источниках № {r.randint(40, 190)}-ЭК. {plant}",
            f"Көздердегі шығарындыларды аспаптық өлшеу хаттамасы № {r.randint(40, 190)}-ЭК. {plant}", ""))
    doc.p(g(f"Измерения выполнены {day:02d}–{day + 1:02d}.{month}.2025 испытательной лабораторией (аттестат аккредитации "
            "KZ.T.02.1187) при производительности печей не менее 90 % номинальной. Концентрации приведены к нормальным условиям, "
            "сухому газу и содержанию кислорода 10 %. В первый день печи работали в совмещенном режиме (сырьевая мельница в "
            "работе), во второй – в прямом режиме (сырьевая мельница остановлена).",
            f"Өлшеулерді {day:02d}–{day + 1:02d}.{month}.2025 сынақ зертханасы (аккредиттеу аттестаты KZ.T.02.1187) пештердің "
            "өнімділігі номиналдыдан кемінде 90 % болғанда орындады. Концентрациялар қалыпты жағдайларға, құрғақ газға және оттегі "
            "мөлшері 10 %-ға келтірілген. Бірінші күні пештер біріктірілген режимде (шикізат диірмені жұмыста), екінші күні – "
            "тікелей режимде (шикізат диірмені тоқтатылған) жұмыс істеді.", ""))
    rows = [g(["№ ИЗА", "Источник", "Загрязняющее вещество", "Норматив КЭР, мг/Нм3",
               "Фактическая концентрация, мг/Нм3", None, "Оценка"],
              ["ЛШК №", "Көз", "Ластаушы зат", "КЭР нормативі, мг/Нм3", "Нақты концентрация, мг/Нм3", None, "Бағалау"], []),
            g([None, None, None, None, "совмещенный режим", "прямой режим", None],
              [None, None, None, None, "біріктірілген режим", "тікелей режим", None], [])]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 6)] + [(0, 4, 0, 5)]
    ok, bad = g("соответствует", "сәйкес", ""), g("превышение", "асу", "")
    repair = r.random() < 0.5
    numbers = []
    for kiln in (1, 2):
        number = f"{kiln:04d}"
        stack = g(f"Дымовая труба печи № {kiln} (общая с сырьевой мельницей № {kiln})",
                  f"№ {kiln} пештің түтін мұржасы (№ {kiln} шикізат диірменімен ортақ)", "")
        if kiln == 2 and repair:
            rows.append([number, stack, g("печь на плановом ремонте футеровки, измерения не проводились",
                                          "пеш футеровканы жоспарлы жөндеуде, өлшеу жүргізілген жоқ", ""), None, None, None, None])
            merges.append((len(rows) - 1, 2, len(rows) - 1, 6))
            numbers.append(number)
        else:
            start = len(rows)
            for c, (norm, (lo, hi), (flo, fhi)) in KILN_NORMS.items():
                comp = _sig(norm * r.uniform(lo, hi), 3)
                direct = _sig(comp * r.uniform(flo, fhi), 3)
                verdict = ok if max(comp, direct) <= norm else bad
                rows.append([number if len(rows) == start else None, stack if len(rows) == start else None, _air(doc, c),
                             num(norm, doc.lang), num(comp, doc.lang), num(direct, doc.lang), verdict])
                add(doc, limit(("code", c), "flue_gas", norm, "mg/Nm3", None, number, comp),
                    limit(("code", c), "flue_gas", norm, "mg/Nm3", None, number, direct))
            rows.append([None, None, _air(doc, "0337"), "–", num(float(r.randint(180, 900)), doc.lang),
                         num(float(r.randint(300, 1400)), doc.lang), g("не нормируется", "нормаланбайды", "")])
            merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
            numbers.append(number)
        number = f"{kiln + 2:04d}"
        c, (norm, (lo, hi)) = next(iter(COOLER_NORM.items()))
        v = _sig(norm * r.uniform(lo, hi), 3)
        if kiln == 2 and repair:
            continue
        rows.append([number, g(f"Труба аспирации колосникового холодильника печи № {kiln}",
                               f"№ {kiln} пештің торлы тоңазытқышының аспирация құбыры", ""), _air(doc, c), num(norm, doc.lang),
                     num(v, doc.lang), None, ok if v <= norm else bad])
        merges.append((len(rows) - 1, 4, len(rows) - 1, 5))
        add(doc, limit(("code", c), "flue_gas", norm, "mg/Nm3", None, number, v))
        numbers.append(number)
    doc.table(g("Таблица 1 – Результаты измерений", "1-кесте – Өлшеу нәтижелері", ""), rows, merges, role="limits")
    doc.add("sources", *({"number": x, "type": "organized"} for x in numbers))
    doc.p(g("Режим работы сырьевой мельницы не влияет на выбросы холодильника; его труба измерена один раз.",
            "Шикізат диірменінің жұмыс режимі тоңазытқыштың шығарындыларына әсер етпейді; оның құбыры бір рет өлшенді.", ""))
    maybe_distractor(doc, 0.3)


# code: (QCVN 23:2009/BTNMT column B's C, mg/Nm3, (low, high) share of Cmax, (low, high) factor of the direct mode)
VI_KILN = {"2902": (100, (0.2, 0.7), (1.3, 2.0)), "0301": (1000, (0.3, 0.7), (1.05, 1.3)), "0330": (500, (0.05, 0.3), (2.0, 3.5)),
           "0337": (500, (0.2, 0.6), (0.9, 1.2))}


def _limits_hm1_vi(doc: Doc) -> None:
    r = doc.rng
    plant = doc.pick(("Nhà máy xi măng Kim Bảng Xanh", "Nhà máy xi măng Bỉm Sơn Tây", "Nhà máy xi măng Hòn Chông Mới"))
    cap, kp = doc.pick(((1.2, 1.0), (2.3, 0.8), (0.5, 1.2)))
    kv = doc.pick((1.0, 1.2))
    doc.h(f"KẾT QUẢ QUAN TRẮC KHÍ THẢI LÒ NUNG CLINKER THEO CHẾ ĐỘ VẬN HÀNH – {plant.upper()}")
    doc.p(f"Công suất thiết kế {num(cap, 'vi')} triệu tấn/năm, Kp = {num(kp, 'vi')}; Kv = {num(kv, 'vi')}. Ngày thứ nhất lò vận hành ở "
          "chế độ liên hợp (máy nghiền liệu hoạt động, khí lò đi qua máy nghiền), ngày thứ hai ở chế độ trực tiếp (máy nghiền liệu "
          "dừng). Kết quả quy về điều kiện chuẩn.")
    rows = [["Vị trí", "Thông số", "Đơn vị", "Kết quả đo", None, "QCVN 23:2009/BTNMT cột B (Cmax)"],
            [None, None, None, "Chế độ liên hợp", "Chế độ trực tiếp", None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 1, 5)]
    start = len(rows)
    for c, (b, (lo, hi), (flo, fhi)) in VI_KILN.items():
        cmax = round(b * kp * kv, 2)
        comp = _sig(cmax * r.uniform(lo, hi), 3)
        direct = _sig(comp * r.uniform(flo, fhi), 3)
        rows.append(["K1 – Ống khói lò nung (chung với máy nghiền liệu)" if len(rows) == start else None, VI_AIR[c], "mg/Nm3",
                     num(comp, "vi"), num(direct, "vi"), num(cmax, "vi")])
        add(doc, limit(("code", c), "flue_gas", cmax, "mg/Nm3", "B", "K1", comp),
            limit(("code", c), "flue_gas", cmax, "mg/Nm3", "B", "K1", direct))
    merges.append((start, 0, len(rows) - 1, 0))
    cmax = round(100 * kp * kv, 2)
    v = _sig(cmax * r.uniform(0.15, 0.6), 3)
    rows.append(["K2 – Ống thải máy làm nguội clinker", VI_AIR["2902"], "mg/Nm3", num(v, "vi"), None, num(cmax, "vi")])
    merges.append((len(rows) - 1, 3, len(rows) - 1, 4))
    add(doc, limit(("code", "2902"), "flue_gas", cmax, "mg/Nm3", "B", "K2", v))
    doc.table("Bảng 2. Kết quả đo khí thải tại ống khói lò nung và máy làm nguội", rows, merges, role="limits")
    doc.p("Ghi chú: chế độ vận hành của máy nghiền liệu không ảnh hưởng tới khí thải máy làm nguội nên K2 chỉ đo một lần.")
    maybe_distractor(doc, 0.3)


# code: (norm mg/Nm3, (low, high) share)
SHIFT_NORMS = {"2909": (30, (0.25, 0.95)), "0301": (600, (0.4, 0.9)), "0330": (350, (0.08, 0.5))}


def limits_hm2(doc: Doc) -> None:
    """An extract from the shift register of a cement plant's automated emission monitoring: a row per date and shift (the
    date merged over its two shifts), each kiln a column group headed by its source's number with dust, nitrogen dioxide
    and sulphur dioxide under it, the norm written inside each sub-column's header cell (`пыль, ≤ 30`), the shift means as
    measured values against them, a shift in which a kiln stood written across its group, the shift foreman's signature
    column (VI: a cement plant's `sổ theo dõi` of three eight-hour shifts against QCVN 23:2009/BTNMT column B's Cmax in the
    header cells)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_hm2_vi(doc)
        return
    g = doc.v
    plant = doc.pick((g("АО «Тасты Цемент»", "«Тасты Цемент» АҚ", ""), g("АО «Шымкент Клинкер Цемент»", "«Шымкент Клинкер Цемент» АҚ", "")))
    d0 = r.randint(6, 20)
    doc.h(g(f"Выписка из сменного журнала АСМ за {d0:02d}–{d0 + 2:02d}.10.2025. {plant}",
            f"{plant}. 2025 ж. {d0:02d}–{d0 + 2:02d} қазандағы АМЖ ауысымдық журналынан үзінді", ""))
    doc.p(g("Приведены средние за смену концентрации (мг/Нм3, сухой газ, 10 % O2) по данным автоматизированной системы "
            "мониторинга эмиссий на дымовых трубах вращающихся печей; смены – с 08:00 до 20:00 и с 20:00 до 08:00.",
            "Айналмалы пештердің түтін мұржаларындағы эмиссиялар мониторингінің автоматтандырылған жүйесінің деректері бойынша "
            "ауысымдағы орташа концентрациялар (мг/Нм3, құрғақ газ, 10 % O2) келтірілген; ауысымдар – 08:00-ден 20:00-ге дейін "
            "және 20:00-ден 08:00-ге дейін.", ""))
    short = {"2909": g("пыль", "шаң", ""), "0301": "NO2", "0330": "SO2"}
    kilns = ((1, "0001"), (2, "0002"))
    head0 = [g("Дата", "Күні", ""), g("Смена", "Ауысым", "")]
    head1 = [None, None]
    for k, number in kilns:
        head0 += [g(f"ИЗА {number} – печь № {k}", f"ЛШК {number} – № {k} пеш", ""), None, None]
        head1 += [f"{short[c]}, ≤ {num(norm, doc.lang)}" for c, (norm, _) in SHIFT_NORMS.items()]
    head0.append(g("Подпись начальника смены", "Ауысым бастығының қолы", ""))
    head1.append(None)
    rows = [head0, head1]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 4), (0, 5, 0, 7), (0, 8, 1, 8)]
    stopped = (r.randrange(3), r.randrange(2), r.choice(kilns)[1])
    for d in range(3):
        start = len(rows)
        for s, shift in enumerate(("I", "II")):
            line = [f"{d0 + d:02d}.10.2025" if s == 0 else None, shift]
            for _, number in kilns:
                if (d, s, number) == stopped:
                    line += [g("печь остановлена (замена форсунки)", "пеш тоқтатылды (форсунканы ауыстыру)", ""), None, None]
                    merges.append((len(rows), len(line) - 3, len(rows), len(line) - 1))
                    continue
                for c, (norm, (lo, hi)) in SHIFT_NORMS.items():
                    v = _sig(norm * r.uniform(lo, hi), 3)
                    line.append(num(v, doc.lang))
                    add(doc, limit(("code", c), "flue_gas", norm, "mg/Nm3", None, number, v))
            rows.append(line + [""])
        merges.append((start, 0, start + 1, 0))
    doc.table(g("Средние за смену концентрации, мг/Нм3 (в заголовке – норматив КЭР)",
                "Ауысымдағы орташа концентрациялар, мг/Нм3 (тақырыпта – КЭР нормативі)", ""), rows, merges, role="limits")
    doc.add("sources", *({"number": n, "type": "organized"} for _, n in kilns))
    doc.p(g("Превышений нормативов в указанный период не зафиксировано. Пыль – пыль неорганическая, содержащая двуокись "
            "кремния менее 20 % (код 2909); NO2 – азота диоксид (0301); SO2 – сера диоксид (0330).",
            "Көрсетілген кезеңде нормативтердің асуы тіркелген жоқ. Шаң – құрамында кремний қостотығы 20 %-дан аз бейорганикалық "
            "шаң (коды 2909); NO2 – азот диоксиді (0301); SO2 – күкірт диоксиді (0330).", ""))


def _limits_hm2_vi(doc: Doc) -> None:
    r = doc.rng
    plant = doc.pick(("NHÀ MÁY XI MĂNG KIM BẢNG XANH", "NHÀ MÁY XI MĂNG BỈM SƠN TÂY"))
    kp, kv = doc.pick(((1.0, 1.0), (0.8, 1.0), (1.0, 1.2)))
    d0 = r.randint(6, 20)
    doc.h(f"SỔ THEO DÕI KẾT QUẢ QUAN TRẮC KHÍ THẢI TỰ ĐỘNG THEO CA – {plant}")
    doc.p(f"Giá trị trung bình ca (mg/Nm3) từ trạm quan trắc tự động, liên tục tại ống khói lò nung; giới hạn so sánh là Cmax "
          f"theo QCVN 23:2009/BTNMT cột B với Kp = {num(kp, 'vi')}, Kv = {num(kv, 'vi')}, ghi trong ô tiêu đề từng thông số.")
    params = (("2902", "Bụi tổng", 100, (0.2, 0.8)), ("0301", "NOx", 1000, (0.3, 0.75)), ("0330", "SO2", 500, (0.05, 0.35)))
    points = (("K1", "Lò nung số 1"), ("K2", "Lò nung số 2"))
    head0, head1 = ["Ngày", "Ca"], [None, None]
    for pid, kiln in points:
        head0 += [f"{pid} – Ống khói {kiln.lower()}", None, None]
        head1 += [f"{label} (Cmax = {num(round(b * kp * kv, 2), 'vi')})" for _, label, b, _ in params]
    head0.append("Trưởng ca ký")
    head1.append(None)
    rows = [head0, head1]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 4), (0, 5, 0, 7), (0, 8, 1, 8)]
    stopped = (r.randrange(2), r.randrange(3), r.choice(points)[0])
    for d in range(2):
        start = len(rows)
        for s, shift in enumerate(("Ca 1 (06h–14h)", "Ca 2 (14h–22h)", "Ca 3 (22h–06h)")):
            line = [f"{d0 + d:02d}/11/2025" if s == 0 else None, shift]
            for pid, _ in points:
                if (d, s, pid) == stopped:
                    line += ["Lò dừng (sự cố quạt ID)", None, None]
                    merges.append((len(rows), len(line) - 3, len(rows), len(line) - 1))
                    continue
                for c, _, b, (lo, hi) in params:
                    cmax = round(b * kp * kv, 2)
                    v = _sig(cmax * r.uniform(lo, hi), 3)
                    line.append(num(v, "vi"))
                    add(doc, limit(("code", c), "flue_gas", cmax, "mg/Nm3", "B", pid, v))
            rows.append(line + [""])
        merges.append((start, 0, start + 2, 0))
    doc.table("Bảng theo dõi giá trị trung bình ca", rows, merges, role="limits")
    doc.p("Ghi chú: NOx tính theo NO2; các giá trị đều thấp hơn Cmax.")


# ---------------------------------------------------------------- monitoring

# the parameters of a glass works' plan as columns: (code, frequency)
GLASS_PARAMS = (("2907", "monthly"), ("0301", "quarterly"), ("0330", "quarterly"), ("0337", "quarterly"), ("0342", "semiannual"))
# (number, RU source, KK source, {code: "+" instrumental or "Р" by calculation})
GLASS_SOURCES = (
    ("0001", "Дымовая труба стекловаренной печи № 1 (регенеративная, природный газ)",
     "№ 1 шыны балқыту пешінің түтін мұржасы (регенеративті, табиғи газ)", {"2907": "+", "0301": "+", "0330": "+", "0337": "+", "0342": "+"}),
    ("0002", "Дымовая труба стекловаренной печи № 2", "№ 2 шыны балқыту пешінің түтін мұржасы",
     {"2907": "+", "0301": "+", "0330": "+", "0337": "+", "0342": "+"}),
    ("0003", "Аспирация составного цеха (смесители, дозаторы шихты)", "Құрам цехының аспирациясы (шихта араластырғыштары, мөлшерлегіштер)",
     {"2907": "+"}),
    ("0004", "Печь отжига (лер) линии № 1", "№ 1 желінің күйдіру пеші (лер)", {"0301": "+", "0337": "+"}),
    ("0005", "Котельная (резервный котел, природный газ)", "Қазандық (резервтік қазандық, табиғи газ)", {"0301": "Р", "0337": "Р"}),
    ("6001", "Склад кварцевого песка и доломита", "Кварц құмы мен доломит қоймасы", {"2907": "Р"}),
)  # fmt: skip
VI_GLASS = (
    ("K1", "Ống khói lò nấu thủy tinh số 1", {"2902", "0330", "0301", "0337", "0342"}),
    ("K2", "Ống khói lò nấu thủy tinh số 2", {"2902", "0330", "0301", "0337", "0342"}),
    ("K3", "Ống thải hệ thống lọc bụi khu phối liệu", {"2902"}),
    ("K4", "Ống thải lò ủ kính", {"0301", "0337"}),
)
VI_GLASS_PARAMS = (("2902", "quarterly"), ("0330", "quarterly"), ("0301", "quarterly"), ("0337", "semiannual"), ("0342", "semiannual"))


def monitoring_hm1(doc: Doc) -> None:
    """A glass works' plan-graph of control at its sources as a matrix: the sources as rows, a column per substance whose
    header cell carries the substance's name, its code and, on the line under them, the frequency of its control, the
    cells marked `+` where the substance is measured at the source, `Р` where it is worked out by calculation at the same
    frequency and `–` where the source does not emit it, a legend under the table (VI: a float-glass plant's stacks
    against the parameters, `x` marks, the frequency in each parameter's header cell)."""
    r = doc.rng
    if doc.lang == "vi":
        _monitoring_hm1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    doc.h(g("Программа производственного экологического контроля ТОО «Іле Шыны Зауыты» на 2026–2028 годы",
            "«Іле Шыны Зауыты» ЖШС 2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.h(g("5.2. Мониторинг эмиссий в атмосферный воздух", "5.2. Атмосфералық ауаға эмиссиялар мониторингі", ""))
    doc.p(g("Периодичность контроля каждого вещества указана в заголовке его графы и одинакова для всех источников, на "
            "которых вещество контролируется.",
            "Әр заттың бақылау кезеңділігі оның бағанының тақырыбында көрсетілген және зат бақыланатын барлық көздер үшін бірдей.", ""))
    params = [p for p in GLASS_PARAMS if p[0] != "0337" or r.random() < 0.8]
    head0 = [g("№ ИЗА", "ЛШК №", ""), g("Источник выброса", "Шығарынды көзі", ""),
             g("Контролируемое вещество (код) и периодичность контроля", "Бақыланатын зат (коды) және бақылау кезеңділігі", ""),
             *[None] * (len(params) - 1), g("Исполнитель", "Орындаушы", "")]
    head1 = [None, None, *(f"{_air(doc, c)} ({c})\n{_fw(doc, w)}" for c, w in params), None]
    rows = [head0, head1]
    last = 2 + len(params)
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, last - 1), (0, last, 1, last)]
    lab = g("аккредитованная лаборатория", "аккредиттелген зертхана", "")
    eco = g("инженер-эколог (расчет)", "инженер-эколог (есептеу)", "")
    sources = [s for s in GLASS_SOURCES if s[0] not in ("0005", "6001") or r.random() < 0.75]
    for number, s_ru, s_kk, marks in sources:
        cells = [marks.get(c, "–") if doc.lang == "ru" else marks.get(c, "–").replace("Р", "Е") for c, _ in params]
        rows.append([number, (s_ru, s_kk)[L], *cells, eco if set(marks.values()) == {"Р"} else lab])
        for c, w in params:
            if c in marks:
                doc.add("monitoring", {"source_number": number, "code": c, "frequency": w})
    doc.table(g("Таблица 5.2 – План-график контроля на источниках выбросов", "5.2-кесте – Шығарынды көздеріндегі бақылаудың жоспар-кестесі", ""),
              rows, merges, role="monitoring")
    doc.add("sources", *({"number": s[0], "type": _kind(s[0])} for s in sources))
    doc.p(g("Условные обозначения: «+» – инструментальный замер; «Р» – расчетным методом; «–» – вещество источником не выбрасывается.",
            "Шартты белгілер: «+» – аспаптық өлшеу; «Е» – есептеу әдісімен; «–» – зат көзден шығарылмайды.", ""))
    maybe_distractor(doc, 0.3)


def _monitoring_hm1_vi(doc: Doc) -> None:
    r = doc.rng
    plant = doc.pick(("NHÀ MÁY KÍNH NỔI PHÚ MỸ ĐÔNG", "NHÀ MÁY KÍNH NỔI QUẾ VÕ NAM", "NHÀ MÁY KÍNH XÂY DỰNG TÂN UYÊN"))
    doc.h(f"GIẤY PHÉP MÔI TRƯỜNG – {plant}")
    doc.h("Phụ lục 3. Chương trình quan trắc khí thải định kỳ")
    doc.p("Tần suất quan trắc của từng thông số được ghi tại ô tiêu đề cột và áp dụng cho mọi vị trí có đánh dấu.")
    head0 = ["Ký hiệu", "Vị trí quan trắc", "Thông số và tần suất quan trắc", *[None] * (len(VI_GLASS_PARAMS) - 1)]
    head1 = [None, None, *(f"{VI_AIR[c]}\n({_fw(doc, w)})" for c, w in VI_GLASS_PARAMS)]
    rows = [head0, head1]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 1 + len(VI_GLASS_PARAMS))]
    points = [p for p in VI_GLASS if p[0] != "K4" or r.random() < 0.7]
    for pid, place, codes in points:
        rows.append([pid, place, *("x" if c in codes else "" for c, _ in VI_GLASS_PARAMS)])
        for c, w in VI_GLASS_PARAMS:
            if c in codes:
                doc.add("monitoring", {"point_contains": pid, "code": c, "frequency": w})
    doc.table("Bảng PL3.1. Vị trí, thông số và tần suất quan trắc khí thải", rows, merges, role="monitoring")
    doc.p("Quy chuẩn so sánh: QCVN 19:2009/BTNMT cột B (Kp = 0,9; Kv = 1,0). Ký hiệu “x”: có quan trắc.")
    maybe_distractor(doc, 0.3)


# quarters written in a cell -> frequency
QUARTERS = {"I–IV": "quarterly", "I, II, III, IV": "quarterly", "II, IV": "semiannual", "II, III": "semiannual", "III": "yearly"}
# (medium key, RU medium, KK medium, [(point, RU place, KK place, [(kind, key)], quarters)])
QUARRY_POINTS = (
    ("air", "Атмосферный воздух", "Атмосфералық ауа", [
        ("Т-1", "граница СЗЗ завода, северо-восток (1000 м)", "зауыт СҚА шекарасы, солтүстік-шығыс (1000 м)", "air", "I–IV"),
        ("Т-2", "граница СЗЗ завода, юго-запад (1000 м)", "зауыт СҚА шекарасы, оңтүстік-батыс (1000 м)", "air", "I–IV"),
        ("Т-3", "граница СЗЗ карьера известняка (500 м)", "әктас карьерінің СҚА шекарасы (500 м)", "air", "II, III"),
        ("Т-4", "ближайшая жилая застройка", "ең жақын тұрғын үйлер", "air", "I, II, III, IV")]),
    ("water", "Подземные воды", "Жерасты сулары", [
        ("Н-1", "наблюдательная скважина у шламонакопителя", "шлам жинақтағыш жанындағы бақылау ұңғымасы", "ground", "II, IV"),
        ("Н-2", "наблюдательная скважина ниже карьера по потоку", "ағыс бойынша карьерден төмен бақылау ұңғымасы", "ground", "II, IV")]),
    ("soil", "Почвы", "Топырақ", [
        ("П-1", "граница СЗЗ, по направлению преобладающих ветров", "СҚА шекарасы, басым желдер бағыты бойынша", "soil", "III"),
        ("П-2", "фоновая точка, 3 км выше по ветру", "фондық нүкте, желдің жоғары жағында 3 км", "soil", "III")]),
)  # fmt: skip
SETS = {
    "air": [("code", c) for c in ("2908", "0301", "0330", "0337")],
    "ground": [("symbol", s) for s in ("pH", "TDS", "SO4", "Cl-", "NO3-")],
    "soil": [("symbol", s) for s in ("Pb", "Zn", "Cr")],
}


def _set_names(doc: Doc, set_key: str) -> str:
    out = []
    for kind, key in SETS[set_key]:
        if kind == "code":
            out.append(f"{_air(doc, key)} ({key})")
        elif set_key == "soil":
            out.append(vocab.soil(key, doc.lang))
        else:
            out.append(vocab.water(key, doc.lang))
    return ", ".join(out)


def monitoring_hm2(doc: Doc) -> None:
    """A cement plant's and its limestone quarry's programme of impact monitoring whose only frequency is the quarters in
    which samples are taken (`I–IV`, `I, II, III, IV`, `II, IV`, `II, III`, `III`), the medium merged down the first column
    over its points, the parameters listed in one cell, air points of the plant and of the quarry side by side (VI: a
    quarry's and its crushing plant's supervision programme, `Quý I, II, III, IV`, `Quý II và IV`, `Quý III`)."""
    if doc.lang == "vi":
        _monitoring_hm2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    doc.h(g("Программа производственного экологического контроля АО «Тасты Цемент». Раздел 6. Мониторинг воздействия",
            "«Тасты Цемент» АҚ өндірістік экологиялық бақылау бағдарламасы. 6-бөлім. Әсер мониторингі", ""))
    doc.p(g("Отбор проб выполняется в кварталы, указанные в графе 6; конкретные даты согласовываются с лабораторией. "
            "Карьер известняка работает с марта по ноябрь, поэтому точка Т-3 опробуется только в теплый период.",
            "Сынамаларды іріктеу 6-бағанда көрсетілген тоқсандарда орындалады; нақты күндер зертханамен келісіледі. Әктас карьері "
            "наурыздан қарашаға дейін жұмыс істейді, сондықтан Т-3 нүктесінен сынама тек жылы кезеңде алынады.", ""))
    rows = [g(["Компонент", "№", "Точка", "Местоположение", "Определяемые показатели", "Кварталы отбора проб"],
              ["Компонент", "№", "Нүкте", "Орналасқан жері", "Анықталатын көрсеткіштер", "Сынама алу тоқсандары"], []),
            ["1", "2", "3", "4", "5", "6"]]
    merges = []
    n = 0
    for _, m_ru, m_kk, points in QUARRY_POINTS:
        start = len(rows)
        for pid, p_ru, p_kk, set_key, quarters in points:
            n += 1
            rows.append([(m_ru, m_kk)[L] if len(rows) == start else None, str(n), pid, (p_ru, p_kk)[L],
                         _set_names(doc, set_key), g(f"{quarters} кв.", f"{quarters} тоқс.", "")])
            for kind, key in SETS[set_key]:
                doc.add("monitoring", {"point": pid, kind: key, "frequency": QUARTERS[quarters]})
        if len(points) > 1:
            merges.append((start, 0, len(rows) - 1, 0))
    doc.table(g("Таблица 6.1 – План-график мониторинга воздействия", "6.1-кесте – Әсер мониторингінің жоспар-кестесі", ""),
              rows, merges, role="monitoring")
    doc.p(g("Подземные воды опробуются в период весеннего подъема уровня (II кв.) и в межень (IV кв.); почвы – в конце лета.",
            "Жерасты сулары деңгейдің көктемгі көтерілуі кезеңінде (II тоқс.) және сабада (IV тоқс.) сыналады; топырақ – жаз соңында.", ""))
    maybe_distractor(doc, 0.3)


VI_QUARRY = (
    ("Không khí xung quanh", [
        ("KK1", "Khu vực moong khai thác, cuối hướng gió", [("code", "2902"), ("code", "0330"), ("code", "0301"), ("code", "0337")], "Quý I, II, III, IV"),
        ("KK2", "Khu vực trạm nghiền sàng đá", [("code", "2902"), ("code", "0330"), ("code", "0301"), ("code", "0337")], "Quý I, II, III, IV"),
        ("KK3", "Khu dân cư thôn gần nhất, cách mỏ 500 m", [("code", "2902"), ("code", "0301")], "Quý II và Quý IV")]),
    ("Nước mặt", [
        ("NM1", "Suối tiếp nhận nước thải moong, thượng nguồn 100 m", [("symbol", s) for s in ("pH", "TSS", "BOD5", "COD", "Fe")], "Quý II và Quý IV"),
        ("NM2", "Suối tiếp nhận nước thải moong, hạ nguồn 100 m", [("symbol", s) for s in ("pH", "TSS", "BOD5", "COD", "Fe")], "Quý II và Quý IV")]),
    ("Nước dưới đất", [
        ("NN1", "Giếng khoan hộ dân gần khu mỏ", [("symbol", s) for s in ("pH", "TDS", "NO3-", "Fe")], "Quý III")]),
)  # fmt: skip
VI_QUARTERS = {"Quý I, II, III, IV": "quarterly", "Quý II và Quý IV": "semiannual", "Quý III": "yearly"}


def _monitoring_hm2_vi(doc: Doc) -> None:
    plant = doc.pick(("MỎ ĐÁ VÔI THANH SƠN VÀ TRẠM NGHIỀN SÀNG", "MỎ ĐÁ VÔI NÚI ÔNG VÀ TRẠM NGHIỀN", "MỎ ĐÁ VÔI HÒA PHÁT NAM"))
    doc.h(f"CHƯƠNG TRÌNH GIÁM SÁT MÔI TRƯỜNG – {plant}")
    doc.p("Mỏ đá vôi cung cấp nguyên liệu cho nhà máy xi măng. Thời điểm lấy mẫu được ghi theo quý; mẫu nước mặt lấy vào mùa "
          "mưa (quý II) và mùa khô (quý IV).")
    rows = [["Thành phần môi trường", "Ký hiệu", "Vị trí giám sát", "Thông số giám sát", "Thời điểm giám sát"]]
    merges = []
    for medium, points in VI_QUARRY:
        start = len(rows)
        for pid, place, items, when in points:
            names = []
            for kind, key in items:
                names.append(VI_AIR[key] if kind == "code" else vocab.water(key, "vi"))
            rows.append([medium if len(rows) == start else None, pid, place, ", ".join(names), when])
            for kind, key in items:
                doc.add("monitoring", {"point": pid, kind: key, "frequency": VI_QUARTERS[when]})
        if len(points) > 1:
            merges.append((start, 0, len(rows) - 1, 0))
    doc.table("Bảng 5.1. Chương trình giám sát môi trường xung quanh", rows, merges, role="monitoring")
    doc.p("Quy chuẩn so sánh: QCVN 05:2023/BTNMT, QCVN 08:2023/BTNMT, QCVN 09:2023/BTNMT.")
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- inspections

# (point, RU unit, KK unit, RU what, KK what, RU when, KK when, frequency or None, RU who, KK who)
KILN_ROUTE = (
    ("Т1", "Горелка и форсунка печи", "Пеш оттығы мен форсункасы", "форма факела, отсутствие дымления на выходе из трубы",
     "алау пішіні, мұржадан шығарда түтіннің болмауы", "в 08:00, 12:00, 16:00 и 20:00", "08:00, 12:00, 16:00 және 20:00-де", None,
     "машинист печи", "пеш машинисі"),
    ("Т2", "Электрофильтр печи (поля № 1–4)", "Пеш электрсүзгісі (№ 1–4 өрістер)", "напряжение и ток на полях, работа механизмов встряхивания",
     "өрістердегі кернеу мен ток, сілку механизмдерінің жұмысы", "каждые 2 часа", "әр 2 сағат сайын", None, "машинист печи", "пеш машинисі"),
    ("Т3", "Газоанализатор АСМ на дымовой трубе", "Түтін мұржасындағы АМЖ газталдағышы", "наличие сигнала в операторской, проверка нуля",
     "операторлықта сигналдың болуы, нөлді тексеру", "ежедневно в начале I смены", "күн сайын I ауысымның басында", "daily",
     "слесарь КИПиА", "БӨАжА слесары"),
    ("Т4", "Рукавный фильтр колосникового холодильника", "Торлы тоңазытқыштың жеңді сүзгісі", "перепад давления, показания пылемера",
     "қысым айырмасы, шаңөлшегіш көрсеткіштері", "в начале и в конце каждой смены", "әр ауысымның басында және соңында", None,
     "машинист печи", "пеш машинисі"),
    ("Т5", "Шнеки и аэрожелоба возврата пыли", "Шаңды қайтару шнектері мен аэронауалары", "просыпи пыли, герметичность укрытий",
     "шаң төгінділері, жабындардың герметикалығы", "1 раз в сутки", "тәулігіне 1 рет", "daily", "дежурный слесарь-ремонтник",
     "кезекші жөндеуші слесарь"),
    ("Т6", "Угольное отделение и склад угля", "Көмір бөлімшесі мен көмір қоймасы", "пыление, очаги самонагревания угля",
     "шаңдану, көмірдің өздігінен қызу ошақтары", "еженедельно, по пятницам в I смену", "апта сайын, жұма күндері I ауысымда",
     "weekly", "мастер смены", "ауысым шебері"),
    ("Т7", "Газоходы и дымосос печи", "Пештің газ жолдары мен түтін сорғышы", "подсосы воздуха, вибрация подшипников",
     "ауа сорылуы, мойынтіректердің дірілі", "1 раз в неделю (понедельник)", "аптасына 1 рет (дүйсенбі)", "weekly", "механик цеха",
     "цех механигі"),
    ("Т8", "Площадка временного хранения лома огнеупоров", "Отқа төзімді сынықтарды уақытша сақтау алаңы",
     "маркировка, сроки накопления, ограждение", "таңбалау, жинақтау мерзімдері, қоршау", "1-го числа каждого месяца", "әр айдың 1-і күні",
     "monthly", "инженер-эколог", "инженер-эколог"),
    ("Т9", "Оборотный цикл охлаждения (градирня)", "Салқындатудың айналымды циклі (градирня)", "утечки, состояние отстойника",
     "ағулар, тұндырғыштың жай-күйі", "ежемесячно", "ай сайын", "monthly", "механик цеха", "цех механигі"),
)  # fmt: skip
# (point, unit, what, when, frequency or None, who)
VI_ROUTE = (
    ("T1", "Buồng đốt và cửa cấp than lò nung", "ngọn lửa, than rơi vãi", "lúc 07h, 11h, 15h và 19h", None, "Công nhân vận hành lò"),
    ("T2", "Quạt hút khói và ống khói", "độ rung, khói đen", "02 giờ/lần", None, "Công nhân vận hành lò"),
    ("T3", "Tháp hấp thụ bằng sữa vôi", "mức dung dịch, pH bể tuần hoàn", "đầu mỗi ca", None, "Công nhân vận hành hệ thống xử lý khí thải"),
    ("T4", "Bể lắng cặn của tháp hấp thụ", "lượng cặn, hiện tượng tràn", "hằng ngày, đầu ca 1", "daily", "Tổ trưởng ca"),
    ("T5", "Kho than và bãi chứa đất sét", "phun ẩm, che phủ bạt", "hằng tuần (thứ Hai)", "weekly", "Quản đốc phân xưởng"),
    ("T6", "Kho chứa chất thải nguy hại", "nhãn, thời gian lưu giữ, sổ theo dõi", "ngày 01 hằng tháng", "monthly", "Cán bộ môi trường"),
    ("T7", "Hệ thống mương thu gom nước mưa", "tắc nghẽn, bùn lắng", "01 tháng/lần", "monthly", "Tổ bảo trì"),
)


def inspections_hm1(doc: Doc) -> None:
    """A kiln burner's route card of a cement plant's kiln line: the points of the round numbered along the route `Т1 … Т9`,
    the unit, what to look at, when — clock hours of the shift (`в 08:00, 12:00, 16:00 и 20:00`), `каждые 2 часа`, `в
    начале и в конце каждой смены` (several times a day, no frequency of the contract) beside `ежедневно в начале I смены`,
    `по пятницам`, `1-го числа каждого месяца` — who checks and where it is written down (VI: the route card of a tunnel brick
    kiln's operator, `lúc 07h, 11h, 15h và 19h`, `đầu mỗi ca`, `ngày 01 hằng tháng`)."""
    r = doc.rng
    if doc.lang == "vi":
        plant = doc.pick(("NHÀ MÁY GẠCH TUYNEL YÊN PHONG HƯNG", "NHÀ MÁY GẠCH TUYNEL HƯNG LONG PHÚ THỌ"))
        doc.h(f"PHIẾU KIỂM TRA THEO TUYẾN – LÒ NUNG TUYNEL SỐ {r.randint(1, 2)} – {plant}")
        doc.p("Phiếu được treo tại phòng điều khiển lò; các điểm kiểm tra đánh số theo thứ tự đi tuyến, kết quả ghi vào sổ nhật ký ca.")
        rows = [["Điểm", "Hạng mục", "Nội dung kiểm tra", "Thời điểm / tần suất", "Người kiểm tra"]]
        for pid, unit, what, when, word, who in VI_ROUTE:
            rows.append([pid, unit, what, when, who])
            item = {"kind": "inspection", "text_contains": _words(unit, 4), "actor_contains": who}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
        doc.table("Bảng 1. Các điểm kiểm tra trên tuyến", rows, role="inspections")
        maybe_distractor(doc, 0.3)
        return
    L = _L(doc)
    g = doc.v
    kiln = r.randint(1, 2)
    doc.h(g(f"Маршрутная карта обхода оборудования вращающейся печи № {kiln}. Цех обжига клинкера",
            f"№ {kiln} айналмалы пеш жабдығын аралап шығудың маршруттық картасы. Клинкер күйдіру цехы", ""))
    doc.p(g("Карта вывешивается на щите управления печью. Точки обхода пронумерованы в порядке движения по маршруту; "
            "замечания записываются в сменный журнал, неисправности газоочистки – в журнал ПОД-3.",
            "Карта пешті басқару қалқанына ілінеді. Аралау нүктелері маршрут бойынша қозғалыс ретімен нөмірленген; ескертулер "
            "ауысымдық журналға, газ тазарту ақаулары – ПОД-3 журналына жазылады.", ""))
    rows = [g(["Точка", "Узел (объект)", "Что проверить", "Когда", "Кто проверяет", "Запись"],
              ["Нүкте", "Торап (объект)", "Нені тексеру", "Қашан", "Кім тексереді", "Жазба"], [])]
    shift_log = g("сменный журнал", "ауысымдық журнал", "")
    for pid, u_ru, u_kk, w_ru, w_kk, t_ru, t_kk, word, who_ru, who_kk in KILN_ROUTE:
        unit, who = (u_ru, u_kk)[L], (who_ru, who_kk)[L]
        record = g("журнал ПОД-3", "ПОД-3 журналы", "") if pid in ("Т2", "Т4") else shift_log
        rows.append([pid, unit, (w_ru, w_kk)[L], (t_ru, t_kk)[L], who, record])
        item = {"kind": "inspection", "text_contains": _words(unit, 3), "actor_contains": who}
        if word:
            item["frequency"] = word
        doc.add("obligations", item)
    doc.table(g("Маршрут обхода", "Аралау маршруты", ""), rows, role="inspections")
    maybe_distractor(doc, 0.3)


# (RU stage, KK stage, [(RU unit, KK unit, RU check, KK check, RU frequency as written, KK, frequency, RU who, KK who)])
BRICK_SEASON = (
    ("I. Подготовка к сезону (март – начало апреля)", "I. Маусымға дайындық (наурыз – сәуірдің басы)", [
        ("Кольцевая печь и дымовая труба", "Сақиналы пеш және түтін мұржасы", "осмотр кладки, газоходов и шиберов",
         "қалауды, газ жолдары мен шиберлерді қарау", "однократно, до розжига печи", "бір рет, пешті тұтатқанға дейін", "once",
         "начальник обжигового цеха", "күйдіру цехының бастығы"),
        ("Циклоны глиноподготовки", "Саз дайындау циклондары", "ревизия, проверка герметичности бункеров",
         "циклондарды тексеру (ревизия), бункерлердің герметикалығы", "однократно перед пуском", "іске қосар алдында бір рет", "once",
         "механик завода", "зауыт механигі"),
        ("Карьер глины", "Саз карьері", "состояние отвалов вскрыши и водоотводных канав после зимы",
         "қыстан кейін аршылған жыныс үйінділері мен су бұру арықтарының жай-күйі", "однократно", "бір рет", "once",
         "горный мастер", "тау-кен шебері")]),
    ("II. Производственный сезон (апрель – октябрь)", "II. Өндірістік маусым (сәуір – қазан)", [
        ("Кольцевая печь и дымовая труба", "Сақиналы пеш және түтін мұржасы", "режим обжига, цвет дыма на выходе из трубы",
         "күйдіру режимі, мұржадан шығатын түтіннің түсі", "ежедневно", "күн сайын", "daily", "обжигальщик смены",
         "ауысымның күйдірушісі"),
        ("Циклоны глиноподготовки", "Саз дайындау циклондары", "заполнение бункеров, выгрузка пыли", "бункерлердің толуы, шаңды түсіру",
         "еженедельно", "апта сайын", "weekly", "мастер глиноподготовки", "саз дайындау шебері"),
        ("Склад угля", "Көмір қоймасы", "пыление, очаги самовозгорания", "шаңдану, өздігінен жану ошақтары", "ежедневно", "күн сайын",
         "daily", "мастер смены", "ауысым шебері"),
        ("Площадка временного хранения отходов", "Қалдықтарды уақытша сақтау алаңы", "объем боя кирпича и золошлака",
         "кірпіш сынығы мен күл-қож көлемі", "ежемесячно", "ай сайын", "monthly", "инженер-эколог", "инженер-эколог"),
        ("Карьер глины", "Саз карьері", "полив внутрикарьерных дорог", "карьерішілік жолдарды суару", "ежедневно в сухую погоду",
         "құрғақ ауа райында күн сайын", "daily", "горный мастер", "тау-кен шебері")]),
    ("III. Консервация на зимний период (ноябрь)", "III. Қыс кезеңіне консервациялау (қараша)", [
        ("Кольцевая печь и дымовая труба", "Сақиналы пеш және түтін мұржасы", "закрытие шиберов, очистка газоходов от сажи",
         "шиберлерді жабу, газ жолдарын күйеден тазалау", "однократно после окончания обжига", "күйдіру аяқталғаннан кейін бір рет",
         "once", "начальник обжигового цеха", "күйдіру цехының бастығы"),
        ("Площадка временного хранения отходов", "Қалдықтарды уақытша сақтау алаңы", "вывоз накопленного за сезон боя и золошлака",
         "маусымда жинақталған сынық пен күл-қожды шығару", "однократно", "бір рет", "once", "инженер-эколог", "инженер-эколог"),
        ("Склад угля", "Көмір қоймасы", "укрытие остатков угля", "көмір қалдықтарын жабу", "однократно", "бір рет", "once",
         "мастер смены", "ауысым шебері")]),
)  # fmt: skip
VI_SEASON = (
    ("I. Trước mùa mưa (tháng 4)", [
        ("Hệ thống mương thoát nước mưa", "nạo vét, kiểm tra độ thông thoáng", "01 lần trước mùa mưa", "once", "Tổ bảo trì"),
        ("Bãi chứa đất sét nguyên liệu", "gia cố bờ bao, che phủ bạt", "01 lần", "once", "Quản đốc khu khai thác"),
        ("Kho chứa chất thải nguy hại", "mái che, chống dột, gờ chống tràn", "01 lần", "once", "Cán bộ môi trường")]),
    ("II. Trong mùa mưa (tháng 5 – tháng 10)", [
        ("Hố ga và bể lắng nước mưa", "mức bùn, hiện tượng tràn", "hằng tuần", "weekly", "Tổ bảo trì"),
        ("Bãi chứa đất sét nguyên liệu", "sạt lở, nước chảy tràn", "sau mỗi trận mưa lớn", None, "Quản đốc khu khai thác"),
        ("Tháp hấp thụ khí thải lò nung", "pH dung dịch, lượng cặn", "hằng ngày", "daily", "Tổ vận hành hệ thống xử lý")]),
    ("III. Mùa khô (tháng 11 – tháng 4 năm sau)", [
        ("Đường nội bộ và bãi đất", "phun nước giảm bụi", "hằng ngày", "daily", "Tổ vệ sinh công nghiệp"),
        ("Tháp hấp thụ khí thải lò nung", "vệ sinh vòi phun, thay dung dịch", "hằng tháng", "monthly", "Tổ vận hành hệ thống xử lý"),
        ("Kho than", "nhiệt độ đống than, nguy cơ tự cháy", "hằng tuần", "weekly", "Thủ kho")]),
)


def inspections_hm2(doc: Doc) -> None:
    """A seasonal brick works' instruction on production control for the season, its checks under three rows spanning the
    table for the stages of the season — getting ready (March), the firing season (April to October), laying up for the
    winter (November) — the same units under several stages at other frequencies, checks done once before lighting the
    kiln or after the firing, daily checks in dry weather (VI: a tunnel brick plant's checks before the rainy season,
    during it and in the dry season, one after each heavy rain without a frequency)."""
    if doc.lang == "vi":
        doc.h("KẾ HOẠCH TỰ KIỂM TRA CÔNG TÁC BẢO VỆ MÔI TRƯỜNG THEO MÙA NĂM 2026")
        doc.p(f"{doc.pick(('Công ty Cổ phần Gạch ngói Yên Phong Hưng', 'Công ty TNHH Gạch tuynel Đồng Xuân'))} – nhà máy gạch tuynel "
              "hai lò nung; kế hoạch chia theo mùa vì nguy cơ ô nhiễm thay đổi giữa mùa mưa và mùa khô.")
        rows = [["TT", "Hạng mục", "Nội dung kiểm tra", "Tần suất", "Người thực hiện"]]
        merges = []
        n = 0
        for stage, items in VI_SEASON:
            rows.append([stage, None, None, None, None])
            merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
            for unit, what, when, word, who in items:
                n += 1
                rows.append([str(n), unit, what, when, who])
                item = {"kind": "inspection", "text_contains": _words(unit, 4), "actor_contains": who}
                if word:
                    item["frequency"] = word
                doc.add("obligations", item)
        doc.table("Bảng 1. Nội dung, tần suất tự kiểm tra theo mùa", rows, merges, role="inspections")
        maybe_distractor(doc, 0.3)
        return
    L = _L(doc)
    g = doc.v
    plant = doc.pick((g("Кирпичный завод «Қызыл Жар»", "«Қызыл Жар» кірпіш зауыты", ""), g("Кирпичный завод «Сайрам Керамика»", "«Сайрам Керамика» кірпіш зауыты", "")))
    doc.h(g(f"Инструкция по производственному экологическому контролю на сезон 2026 года. {plant}",
            f"{plant}. 2026 жылғы маусымға арналған өндірістік экологиялық бақылау жөніндегі нұсқаулық", ""))
    doc.p(g("Завод работает сезонно; проверки сгруппированы по этапам сезона. Результаты проверок заносятся в журнал ПЭК, "
            "выявленные нарушения устраняются до окончания смены или в срок, назначенный главным инженером.",
            "Зауыт маусымдық жұмыс істейді; тексерулер маусым кезеңдері бойынша топтастырылған. Тексеру нәтижелері ӨЭБ журналына "
            "енгізіледі, анықталған бұзушылықтар ауысым аяқталғанға дейін немесе бас инженер белгілеген мерзімде жойылады.", ""))
    rows = [g(["№", "Объект", "Содержание проверки", "Периодичность", "Ответственный"],
              ["№", "Объект", "Тексеру мазмұны", "Кезеңділігі", "Жауапты"], [])]
    merges = []
    for s, (st_ru, st_kk, items) in enumerate(BRICK_SEASON, 1):
        rows.append([(st_ru, st_kk)[L], None, None, None, None])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
        for k, (u_ru, u_kk, c_ru, c_kk, f_ru, f_kk, word, w_ru, w_kk) in enumerate(items, 1):
            unit, who = (u_ru, u_kk)[L], (w_ru, w_kk)[L]
            rows.append([f"{s}.{k}", unit, (c_ru, c_kk)[L], (f_ru, f_kk)[L], who])
            doc.add("obligations", {"kind": "inspection", "text_contains": _words(unit, 3), "actor_contains": who, "frequency": word})
    doc.table(g("Таблица 1 – Проверки по этапам сезона", "1-кесте – Маусым кезеңдері бойынша тексерулер", ""), rows, merges,
              role="inspections")
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- tasks

# (RU group, KK group, [(RU task, KK task, RU term, KK term, RU executor, KK executor)]); {d1}…{d4} are the stop dates
KILN_REPAIR = (
    ("Печь № 1 – остановка с {d1} по {d2}", "№ 1 пеш – {d1} бастап {d2} дейін тоқтату", [
        ("Замена футеровки зоны спекания на бесхромовый периклазошпинелидный кирпич (28 м)",
         "Пісіру аймағының футеровкасын хромсыз периклаз-шпинель кірпішіне ауыстыру (28 м)", "в период остановки", "тоқтату кезеңінде",
         "ТОО «Отқатөзімді Сервис» (договор № 14/26)", "«Отқатөзімді Сервис» ЖШС (№ 14/26 шарт)"),
        ("Замена 480 рукавов фильтра колосникового холодильника", "Торлы тоңазытқыш сүзгісінің 480 жеңін ауыстыру",
         "до пуска печи", "пешті іске қосқанға дейін", "участок газоочистки механического цеха", "механикалық цехтың газ тазарту учаскесі"),
        ("Ревизия электродов и механизмов встряхивания электрофильтра", "Электрсүзгінің электродтары мен сілку механизмдерін тексеру",
         "в период остановки", "тоқтату кезеңінде", "ТОО «Электрофильтр Монтаж»", "«Электрофильтр Монтаж» ЖШС"),
        ("Поверка газоанализаторов АСМ на дымовой трубе печи", "Пеш түтін мұржасындағы АМЖ газталдағыштарын салыстырып тексеру",
         "до пуска печи", "пешті іске қосқанға дейін", "цех КИПиА", "БӨАжА цехы")]),
    ("Печь № 2 – остановка с {d3} по {d4}", "№ 2 пеш – {d3} бастап {d4} дейін тоқтату", [
        ("Замена футеровки переходной зоны (14 м) и ремонт футеровки холодильника",
         "Өтпелі аймақтың футеровкасын (14 м) ауыстыру және тоңазытқыш футеровкасын жөндеу", "в период остановки", "тоқтату кезеңінде",
         "ТОО «Отқатөзімді Сервис» (договор № 14/26)", "«Отқатөзімді Сервис» ЖШС (№ 14/26 шарт)"),
        ("Замена осадительных электродов полей № 3 и 4 электрофильтра", "Электрсүзгінің № 3 және 4 өрістерінің тұндырғыш электродтарын ауыстыру",
         "в период остановки", "тоқтату кезеңінде", "ТОО «Электрофильтр Монтаж»", "«Электрофильтр Монтаж» ЖШС"),
        ("Герметизация газоходов и течек пыли после электрофильтра", "Электрсүзгіден кейінгі газ жолдары мен шаң ағындарын тығыздау",
         "до пуска печи", "пешті іске қосқанға дейін", "механический цех", "механикалық цех")]),
    ("Общие работы (в период остановки любой из печей)", "Жалпы жұмыстар (кез келген пешті тоқтату кезеңінде)", [
        ("Вывезти лом огнеупоров на площадку № 4, опасную часть передать по договору", "Отқа төзімді сынықтарды № 4 алаңға шығару, қауіпті бөлігін шарт бойынша беру",
         "в течение 10 сут. после ремонта", "жөндеуден кейін 10 тәулік ішінде", "инженер-эколог", "инженер-эколог"),
        ("Выполнить инструментальные замеры выбросов после выхода печи на режим", "Пеш режимге шыққаннан кейін шығарындыларды аспаптық өлшеу",
         "в течение 15 сут. после пуска", "іске қосқаннан кейін 15 тәулік ішінде", "аккредитованная лаборатория по договору",
         "шарт бойынша аккредиттелген зертхана"),
        ("Уведомить департамент экологии об остановке и пуске печей", "Экология департаментін пештерді тоқтату және іске қосу туралы хабардар ету",
         "за 3 рабочих дня", "3 жұмыс күні бұрын", "отдел охраны окружающей среды", "қоршаған ортаны қорғау бөлімі")]),
)  # fmt: skip
VI_REPAIR = (
    ("Lò nung clinker số 1 – dừng lò từ {d1} đến {d2}", [
        ("Thay gạch chịu lửa vùng nung bằng gạch manhêdi – spinel không crom (26 m)", "Công ty TNHH Vật liệu chịu lửa Sông Đà Mới"),
        ("Thay 520 túi lọc của lọc bụi túi vải máy làm nguội clinker", "Xưởng Cơ điện"),
        ("Bảo dưỡng điện cực và bộ gõ rũ bụi của lọc bụi tĩnh điện", "Xưởng Cơ điện"),
        ("Hiệu chuẩn thiết bị quan trắc khí thải tự động tại ống khói lò nung", "Trung tâm Quan trắc môi trường (hợp đồng)")]),
    ("Lò nung clinker số 2 – dừng lò từ {d3} đến {d4}", [
        ("Thay gạch chịu lửa vùng chuyển tiếp và sửa chữa máy làm nguội", "Công ty TNHH Vật liệu chịu lửa Sông Đà Mới"),
        ("Làm kín đường ống dẫn khí và máng vận chuyển bụi sau lọc bụi", "Xưởng Cơ khí")]),
    ("Công việc chung", [
        ("Thu gom gạch chịu lửa thải về kho chất thải rắn số 3", "Phòng An toàn – Môi trường"),
        ("Đo kiểm khí thải sau khi lò vận hành ổn định", "Đơn vị quan trắc có chứng nhận VIMCERTS"),
        ("Thông báo thời gian dừng lò, khởi động lò cho Sở Nông nghiệp và Môi trường", "Phòng An toàn – Môi trường")]),
)


def tasks_hm1(doc: Doc) -> None:
    """The environmental part of a cement plant's plan of the kiln repair campaign: a row spanning the table per kiln that
    gives the dates it stands (no task), the measures under it numbered `1.1`, `2.1`, contractors named with their contract
    beside the plant's own shops as executors, terms tied to the stop and the restart (`до пуска печи`, `в течение 15 сут.
    после пуска`), a last group of work common to both kilns (VI: a cement plant's plan of stopping its kilns for repair,
    contractors and the plant's workshops as performers)."""
    r = doc.rng
    m1, m2 = r.choice(((3, 10), (4, 11), (5, 10)))
    a = r.randint(1, 10)
    b = r.randint(5, 20)
    dates = {"d1": f"{a:02d}.{m1:02d}.2026", "d2": f"{a + r.randint(18, 21):02d}.{m1:02d}.2026",
             "d3": f"{b:02d}.{m2:02d}.2026", "d4": f"{b + r.randint(8, 10):02d}.{m2:02d}.2026"}
    if doc.lang == "vi":
        dates = {k: v.replace(".", "/") for k, v in dates.items()}
        plant = doc.pick(("NHÀ MÁY XI MĂNG KIM BẢNG XANH", "NHÀ MÁY XI MĂNG BỈM SƠN TÂY", "NHÀ MÁY XI MĂNG HÒN CHÔNG MỚI"))
        doc.h(f"KẾ HOẠCH DỪNG LÒ SỬA CHỮA NĂM 2026 – CÁC HẠNG MỤC BẢO VỆ MÔI TRƯỜNG – {plant}")
        doc.p("Kế hoạch được Giám đốc nhà máy phê duyệt; các hạng mục phải hoàn thành trước khi khởi động lại lò.")
        rows = [["TT", "Nội dung công việc", "Đơn vị thực hiện", "Ghi chú"]]
        merges = []
        for i, (group, items) in enumerate(VI_REPAIR, 1):
            rows.append([f"{i}. {group.format(**dates)}", None, None, None])
            merges.append((len(rows) - 1, 0, len(rows) - 1, 3))
            for k, (text, who) in enumerate(items, 1):
                rows.append([f"{i}.{k}", text, who, ""])
                doc.add("obligations", {"kind": "task", "number": f"{i}.{k}", "text_contains": _words(text, 5), "actor_contains": who})
        doc.table("Bảng 1. Hạng mục công việc bảo vệ môi trường trong đợt dừng lò", rows, merges, role="tasks")
        maybe_distractor(doc, 0.3)
        return
    L = _L(doc)
    g = doc.v
    plant = doc.pick((g("АО «Шымкент Клинкер Цемент»", "«Шымкент Клинкер Цемент» АҚ", ""), g("АО «Тасты Цемент»", "«Тасты Цемент» АҚ", "")))
    doc.h(g(f"План ремонтной кампании вращающихся печей на 2026 год (природоохранная часть). {plant}",
            f"{plant}. Айналмалы пештерді жөндеу науқанының 2026 жылға арналған жоспары (табиғат қорғау бөлігі)", ""))
    doc.p(g("Утвержден главным инженером. Сроки остановки печей согласованы с графиком поставок клинкера; работы, влияющие на "
            "выбросы, должны быть завершены до пуска печи.",
            "Бас инженер бекіткен. Пештерді тоқтату мерзімдері клинкер жеткізу кестесімен келісілген; шығарындыларға әсер ететін "
            "жұмыстар пешті іске қосқанға дейін аяқталуы тиіс.", ""))
    rows = [g(["№", "Мероприятие", "Срок", "Исполнитель"], ["№", "Іс-шара", "Мерзімі", "Орындаушы"], [])]
    merges = []
    for i, (gr_ru, gr_kk, items) in enumerate(KILN_REPAIR, 1):
        rows.append([f"{i}. {(gr_ru, gr_kk)[L].format(**dates)}", None, None, None])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 3))
        for k, (t_ru, t_kk, d_ru, d_kk, w_ru, w_kk) in enumerate(items, 1):
            text, who = (t_ru, t_kk)[L], (w_ru, w_kk)[L]
            rows.append([f"{i}.{k}", text, (d_ru, d_kk)[L], who])
            doc.add("obligations", {"kind": "task", "number": f"{i}.{k}", "text_contains": _words(text, 5),
                                    "actor_contains": _words(who, 2)})
    doc.table(g("Таблица 1 – Мероприятия ремонтной кампании", "1-кесте – Жөндеу науқанының іс-шаралары", ""), rows, merges, role="tasks")
    maybe_distractor(doc, 0.3)


# (RU place, KK place, RU object, KK object, RU measure, KK measure, RU term, KK term, RU responsible, KK responsible)
SAIRAM_KILNS = (
    ("Карабулакский сельский округ", "Қарабұлақ ауылдық округі", "цех ИП «Азимов» (2 напольные печи, уголь)",
     "«Әзімов» ЖК цехы (2 еден пеші, көмір)", "Прекратить обжиг кирпича в напольных печах без экологических разрешительных документов, демонтировать печи",
     "Экологиялық рұқсат құжаттарынсыз еден пештерінде кірпіш күйдіруді тоқтату, пештерді бөлшектеу", "до 01.04.2026", "01.04.2026 дейін",
     "аким Карабулакского сельского округа, владелец цеха", "Қарабұлақ ауылдық округінің әкімі, цех иесі"),
    ("Аксукентский сельский округ", "Ақсукент ауылдық округі", "цех ИП «Турсунов» (1 напольная печь)", "«Тұрсынов» ЖК цехы (1 еден пеші)",
     "Представить декларацию о воздействии на окружающую среду либо прекратить деятельность",
     "Қоршаған ортаға әсер ету туралы декларация ұсыну не қызметті тоқтату", "до 01.03.2026", "01.03.2026 дейін",
     "владелец цеха", "цех иесі"),
    ("Манкентский сельский округ", "Манкент ауылдық округі", "3 цеха в пойме р. Сайрамсу", "Сайрамсу өзенінің жайылмасындағы 3 цех",
     "Вывезти бой кирпича и золошлак с водоохранной полосы, рекультивировать нарушенные земли",
     "Су қорғау белдеуінен кірпіш сынығы мен күл-қожды шығару, бұзылған жерлерді рекультивациялау", "II квартал 2026 г.", "2026 ж. II тоқсаны",
     "аким Манкентского сельского округа", "Манкент ауылдық округінің әкімі"),
    ("Кутарысский сельский округ", "Қутарыс ауылдық округі", "цех ТОО «Қутарыс Кірпіш» (кольцевая печь)", "«Қутарыс Кірпіш» ЖШС цехы (сақиналы пеш)",
     "Перевести печь с угля на природный газ, установить циклон на дымовой трубе",
     "Пешті көмірден табиғи газға ауыстыру, түтін мұржасына циклон орнату", "до начала сезона 2026 г.", "2026 ж. маусым басталғанға дейін",
     "ТОО «Қутарыс Кірпіш»", "«Қутарыс Кірпіш» ЖШС"),
    (None, None, None, None, "Провести разъяснительную работу с владельцами кустарных цехов о требованиях Экологического кодекса",
     "Қолөнер цехтарының иелерімен Экология кодексінің талаптары туралы түсіндіру жұмыстарын жүргізу", "январь – февраль 2026 г.",
     "2026 ж. қаңтар – ақпан", "отдел жилищно-коммунального хозяйства района", "аудандық тұрғын үй-коммуналдық шаруашылық бөлімі"),
    (None, None, None, None, "Выдать технические условия на подключение кирпичных цехов к газораспределительной сети",
     "Кірпіш цехтарын газ тарату желісіне қосуға техникалық шарттар беру", "по обращениям, в течение 2026 г.",
     "өтініштер бойынша, 2026 ж. ішінде", "газораспределительная организация (по согласованию)",
     "газ тарату ұйымы (келісім бойынша)"),
    (None, None, None, None, "Представлять информацию о ходе исполнения плана в аппарат акима района",
     "Жоспардың орындалу барысы туралы ақпаратты аудан әкімінің аппаратына ұсыну", "ежеквартально, до 5 числа",
     "тоқсан сайын, 5-күніне дейін", "акимы сельских округов", "ауылдық округтердің әкімдері"),
)  # fmt: skip
# (commune, kilns, measure, term, lead)
MANG_THIT = (
    ("Xã Mỹ An", "06 lò vòng thủ công của các hộ ven sông Cổ Chiên", "Chấm dứt hoạt động, tháo dỡ ống khói và buồng đốt",
     "Trước 30/6/2025", "UBND xã Mỹ An"),
    ("Xã Nhơn Phú", "04 lò gạch thủ công đốt trấu", "Chuyển đổi sang lò tuynel hoặc chấm dứt hoạt động", "Trước 31/10/2025", "UBND xã Nhơn Phú"),
    ("Xã An Phước", "03 lò gạch thủ công và bãi chứa đất sét", "Di dời bãi chứa đất sét khỏi hành lang bảo vệ bờ sông, hoàn trả mặt bằng",
     "Quý III/2025", "UBND xã An Phước"),
    ("Xã Hòa Tịnh", "02 lò của Hợp tác xã Gốm Hòa Tịnh", "Lắp đặt hệ thống xử lý khí thải (cyclon, tháp hấp thụ) cho lò giữ lại làm du lịch",
     "Trước 31/12/2025", "Hợp tác xã Gốm Hòa Tịnh"),
    (None, None, "Tuyên truyền, vận động các hộ chuyển đổi nghề, hỗ trợ vay vốn", "Cả năm 2025", "Hội Nông dân huyện"),
    (None, None, "Hướng dẫn thủ tục đăng ký môi trường cho các cơ sở chuyển đổi sang lò tuynel", "Quý II/2025",
     "Phòng Tài nguyên và Môi trường huyện"),
)


def tasks_hm2(doc: Doc) -> None:
    """A district akimat's plan of putting the artisanal brick kilns of the Sairam district in order: a row per rural
    district with the workshop and its kilns, the measure for it, a term and the responsible — the rural akim, the owner
    or the firm itself — then the district-wide measures with dashes in the place columns, a body `по согласованию` among
    the responsible (VI: a district People's Committee's plan of closing the manual brick kilns of Mang Thít, a row per
    commune, the commune People's Committee or the cooperative that acts)."""
    if doc.lang == "vi":
        doc.p("ỦY BAN NHÂN DÂN HUYỆN MANG THÍT – CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        doc.h("KẾ HOẠCH CHẤM DỨT HOẠT ĐỘNG LÒ GẠCH, NGÓI THỦ CÔNG TRÊN ĐỊA BÀN HUYỆN MANG THÍT NĂM 2025")
        doc.p("Thực hiện Chỉ thị số 10/CT-TTg ngày 16/4/2012 của Thủ tướng Chính phủ về việc tăng cường sử dụng vật liệu xây không "
              "nung và hạn chế sản xuất, sử dụng gạch đất sét nung; UBND huyện ban hành kế hoạch như sau:")
        rows = [["STT", "Địa bàn", "Đối tượng", "Nội dung thực hiện", "Thời gian hoàn thành", "Đơn vị chủ trì"]]
        for k, (commune, kilns, measure, term, lead) in enumerate(MANG_THIT, 1):
            rows.append([str(k), commune or "-", kilns or "-", measure, term, lead])
            doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(measure, 5), "actor_contains": lead})
        doc.table("Bảng. Nhiệm vụ cụ thể", rows, role="tasks")
        doc.p("Phòng Tài nguyên và Môi trường là cơ quan thường trực, tổng hợp kết quả báo cáo UBND huyện trước ngày 15/12/2025.")
        return
    L = _L(doc)
    g = doc.v
    doc.p(g("Приложение к постановлению акимата Сайрамского района № 48 от 22.01.2026",
            "Сайрам ауданы әкімдігінің 22.01.2026 № 48 қаулысына қосымша", ""))
    doc.h(g("План мероприятий по упорядочению деятельности кустарных кирпичных производств на территории Сайрамского района на 2026 год",
            "Сайрам ауданы аумағындағы қолөнер кірпіш өндірістерінің қызметін ретке келтіру жөніндегі 2026 жылға арналған іс-шаралар жоспары", ""))
    rows = [g(["№", "Сельский округ", "Объект", "Мероприятие", "Срок", "Ответственные"],
              ["№", "Ауылдық округ", "Объект", "Іс-шара", "Мерзімі", "Жауаптылар"], [])]
    for k, (p_ru, p_kk, o_ru, o_kk, m_ru, m_kk, t_ru, t_kk, w_ru, w_kk) in enumerate(SAIRAM_KILNS, 1):
        measure, who = (m_ru, m_kk)[L], (w_ru, w_kk)[L]
        rows.append([str(k), (p_ru, p_kk)[L] or "–", (o_ru, o_kk)[L] or "–", measure, (t_ru, t_kk)[L], who])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(measure, 5), "actor_contains": _words(who, 2)})
    doc.table(None, rows, role="tasks")
    doc.p(g("Контроль за исполнением плана возложить на заместителя акима района.",
            "Жоспардың орындалуын бақылау аудан әкімінің орынбасарына жүктелсін.", ""))


LAYOUTS = [Layout(role, f"HM{k}", globals()[f"{role}_hm{k}"]) for role in ROLES for k in (1, 2)]
