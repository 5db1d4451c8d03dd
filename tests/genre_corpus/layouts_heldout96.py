"""A blind held-out set (two layouts per role, `JA1` and `JA2`): never used for tuning, written by someone who neither
ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`.

Theme: electroplating, galvanic shops, cable and wire plants and metal hardware. Kazakhstan: galvanic shops of
machine-building plants at Petropavl, Uralsk and Ust-Kamenogorsk (zinc, nickel and chromium plating lines with their
local exhaust, scrubbers and neutralisation stations), some of them run by a tenant in the plant's building, a cable
plant in Pavlodar with its copper wire drawing, annealing and PVC extrusion, a fastener and wire-mesh factory in
Karaganda with its lead patenting furnace, pickling and hot-dip galvanising of wire (a permit application laid out as a
printed form, an application to re-issue a permit after a change of operator, an НДВ table with the electrolytes'
composition beside the substances, an НДВ table with groups of identical sources written as ranges, the galvanic
shop's waste characteristics with metal contents, a cable plant's report on the inventory of wastes by shop, a sewer
protocol at two outlets with norms of their own, stack measurements before and after gas cleaning, a ПЭК plan of month
marks, a ПЭК programme of bare codes with a legend, a director's order sharing the checks between a responsible and a
deputy, a calendar of checks in words, a plan of replacing hexavalent chromium with a status column, a plan grouped by
quarter). Vietnam: electroplating firms in the industrial parks of Bắc Ninh and Hải Phòng, the plating households of the
Đa Hội craft village at Từ Sơn, an electric cable factory in the An Dương park of Hải Phòng and a hot-dip zinc
galvanising line at Nam Cầu Kiền (tờ khai thông tin cơ sở, đề nghị cấp lại GPMT, tải lượng hơi axit từ các bể mạ, hệ số
phát thải theo tấn sản phẩm, CTNH with their hazardous components, a ward's summary of the households' CTNH, an
inspection of a plating household against Cmax, stack gas before and after treatment, a monitoring plan of month marks
with an automatic station, a craft village's monitoring programme, quyết định phân công, lịch kiểm tra, kế hoạch di dời
các hộ xi mạ, kế hoạch theo quý).

Facility: a permit application printed as a form, every field a caption row over a value row, three captions side by
side over three values where the form groups them (BIN, date of registration, head; KATO, category, OKED; latitude,
longitude, area), the tenant who runs a galvanic shop in a machine-building plant's building the operator and the
landlord plant with its own BIN and the lease in a third section as look-alikes, the lines of the shop in a table of no
role (VI: a plating firm's information sheet, the industrial park's developer as the lessor with its own enterprise
number, VN-2000 metres beside the WGS-84 degrees, `Nhóm I`) (JA1); an application to re-issue a cable plant's permit
after its property passed to another company, columns `в действующем разрешении | после изменения`, the new operator and
BIN and a new KATO in the right column while the object, its coordinates in degrees, minutes and seconds and its
category are written only in the left one with `без изменений` on the right, the attached documents in a table of no
role (VI: `Theo Giấy phép đã cấp | Nội dung đề nghị cấp lại`, `Không thay đổi`) (JA2).

Emissions: a galvanic shop's НДВ table in which each source (a ventilation system over its line) is merged down over its
substances and a column names the operations and the electrolytes they come from with their grams a litre (`CrO3
230–250 г/л, H2SO4 2,3–2,5 г/л`) and another the area of the baths, figures that are no emissions, the hazard class last
and a dash for caustic soda that has only an ОБУВ (VI: the loads of acid and alkali mist from the baths of a plating
firm by named stacks, the solution's make-up beside them, the year's load in kilograms) (JA1); a fastener and wire-mesh
factory's table in which groups of identical sources are one row written as a range (`0003–0006`, four drawing
machines) with a count column and the figures of one source, as the note says, the total counting every source, a
lead patenting furnace among them (VI: a hot-dip galvanising line's loads from emission factors in kilograms per tonne
of wire, the output a day and the kilograms a day before the grams a second and the tonnes a year) (JA2).

Wastes: a galvanic shop's characteristics of its wastes, the metal contents in per cent of dry matter under a merged
header and the moisture before the tonnes a year, a limit of accumulation after them that is no amount (VI: a plating
firm's CTNH with their main hazardous components and moisture, kilograms a year and the most kept, ordinary wastes in
tonnes in a second table) (JA1); a cable plant's report on the inventory of wastes, a row spanning the table per shop, the
stock at the start, the year's formation, what was passed on, used and left, a subtotal per shop and the same waste in
two shops (VI: a ward's summary of the CTNH of the plating households of a craft village, a row per household, kilograms)
(JA2).

Limits: a sewer utility's protocol at a machine-building plant's two control wells — the galvanic outlet after the local
treatment and the domestic one — each a column group `ДК | факт` with norms of its own, dashes where a parameter is not
controlled (VI: an unannounced sampling at a plating household against Cmax of QCVN 40:2011/BTNMT column B with Kq and Kf,
the standard's C beside it and the times the limit is exceeded) (JA1); a wire factory's stack measurements before and
after gas cleaning with the efficiency, only the outlet judged against the КЭР norm, a furnace with no cleaning (VI: a
galvanising line's stacks, the scrubber's inlet beside its outlet, flow and temperature rows of no limit) (JA2).

Monitoring: a galvanic shop's ПЭК plan whose frequency is read from month marks `+` under twelve month columns — four a
quarterly duty, twelve monthly, two twice a year, one yearly — for its ventilation sources, its two control wells and
the boundary points (VI: a plating firm's plan with `x` under T1 … T12 and the automatic station of its outlet written
`Tự động, liên tục` across the months) (JA1); a cable plant's ПЭК programme whose substances are bare codes explained in
a legend of no role after it, two extrusion lines in one cell (VI: the programme of monitoring the environment of a
craft village, `04 lần/năm (tháng 3, 6, 9, 12)`, surface water, air and paddy soil) (JA2).

Inspections: a machine-building plant's order sharing the checks of its galvanic shop, a responsible and a deputy for
each in columns of their own — the responsible checks — and a check after a spill with no frequency (VI: a plating
firm's quyết định phân công with `Người thực hiện | Người thay thế`) (JA1); a wire factory's calendar of checks whose
times are words (`каждый понедельник`, `в последнюю пятницу месяца`, `в первую декаду квартала`, `в апреле и октябре`)
and the journal's number in a last column, checks after each rainstorm and at every shift that are no frequency (VI: a
cable factory's lịch kiểm tra) (JA2).

Tasks: a galvanic shop's plan of replacing hexavalent chromium and cleaning its effluents, items `1.1` under section rows,
the executor and who controls the execution in two columns, the cost and the status on the first of January, one item
put off to the next year (VI: a town's plan of moving the plating households into an industrial cluster, the lead and
the partner bodies) (JA1); a wire factory's plan of measures grouped by the quarter of the term in rows spanning the
table, numbered straight through, with no term column, items carried over from the year before (VI: a cable factory's
plan grouped by `QUÝ I/2026`) (JA2).
"""

from __future__ import annotations

from . import vocab
from .common import Doc, distractor, freq, make_bin, make_msdn, maybe_distractor, num
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
    """The quoted part of a name (`Есіл Гальваника` of `ТОО «Есіл Гальваника»`)."""
    return name.split("«", 1)[1].split("»", 1)[0] if "«" in name else name


def _span(rows: list, merges: list, text: str, width: int) -> None:
    """A row whose first cell spans the table."""
    rows.append([text] + [None] * (width - 1))
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))


def _kato(doc: Doc, prefix: str) -> str:
    """A nine-digit KATO code starting with the city's prefix."""
    r = doc.rng
    rest = 9 - len(prefix) - 3
    return f"{prefix}{r.randint(10 ** (rest - 1), 10**rest - 1)}{r.choice(('000', '100'))}"


def _kind(number: str) -> str:
    return "unorganized" if number.startswith("6") else "organized"


HEMI = {"ru": ("с.ш.", "в.д."), "kk": ("с.е.", "ш.б."), "vi": ("B", "Đ")}


def _dms(value: float, lat: bool, lang: str) -> tuple[str, float]:
    """`52°17′12,4″ с.ш.` and the decimal degrees it stands for."""
    d = int(value)
    m = int((value - d) * 60)
    s = round((value - d - m / 60) * 3600, 1)
    if s >= 60:
        m, s = m + 1, 0.0
    sec = f"{s:04.1f}".replace(".", ",")
    return f"{d}°{m:02d}′{sec}″ {HEMI[lang][0 if lat else 1]}", d + m / 60 + s / 3600


# code: (RU, KK, VI, hazard class of the list) of pollutants the vocabulary does not name (reference list names)
EXTRA = {
    "0146": ("Медь оксид (в пересчете на медь)", "Мыс оксиді (мысқа шаққанда)", "Đồng oxit (tính theo Cu)", 2),
    "0150": ("Натрий гидроксид (Натр едкий)", "Натрий гидроксиді (күйдіргіш натр)", "Natri hydroxit (NaOH)", None),
    "0164": ("Никель оксид (в пересчете на никель)", "Никель оксиді (никельге шаққанда)", "Niken và hợp chất (tính theo Ni)", 2),
    "0203": ("Хром шестивалентный (в пересчете на хрома (VI) оксид)", "Алты валентті хром (хром (VI) оксидіне шаққанда)",
             "Crom (VI) (tính theo CrO3)", 1),
    "0207": ("Цинк оксид (в пересчете на цинк)", "Мырыш оксиді (мырышқа шаққанда)", "Kẽm oxit (ZnO)", 3),
    "0302": ("Азотная кислота (по молекуле HNO3)", "Азот қышқылы (HNO3 молекуласы бойынша)", "Axit nitric (HNO3)", 2),
    "0322": ("Серная кислота (по молекуле H2SO4)", "Күкірт қышқылы (H2SO4 молекуласы бойынша)", "Axit sunfuric (H2SO4)", 2),
    "0827": ("Хлорэтилен (Винилхлорид)", "Хлорэтилен (винилхлорид)", "Vinyl clorua", 1),
    "1217": ("Диоктилфталат", "Диоктилфталат", "Dioctyl phthalat (DOP)", None),
    "1401": ("Пропан-2-он (Ацетон)", "Пропан-2-он (ацетон)", "Axeton", 4),
}  # fmt: skip


def _air(doc: Doc, code: str, variant: int = 0) -> str:
    if code in EXTRA:
        return EXTRA[code][vocab.LANGS.index(doc.lang)]
    return vocab.air(code, doc.lang, variant)


def _hazard(code: str) -> int | None:
    return EXTRA[code][3] if code in EXTRA else vocab.hazard(code)


def _water(doc: Doc, symbol: str) -> str:
    return vocab.water(symbol, doc.lang)


# ---------------------------------------------------------------- facility

# (RU tenant, KK tenant, RU shop, KK shop, RU landlord, KK landlord, RU legal address, KK legal address, RU place, KK place,
#  KATO prefix, lat, lon, RU head, KK head)
GALV_SHOPS = (
    ("ТОО «Есіл Гальваника»", "«Есіл Гальваника» ЖШС", "Гальванический участок (корпус № 14)", "Гальваникалық учаске (№ 14 корпус)",
     "АО «Петропавл Машина Жасау Зауыты»", "«Петропавл Машина Жасау Зауыты» АҚ",
     "Северо-Казахстанская область, г. Петропавловск, ул. Интернациональная, 87, офис 5",
     "Солтүстік Қазақстан облысы, Петропавл қ., Интернациональная к-сі, 87, 5-кеңсе",
     "Северо-Казахстанская область, г. Петропавловск, ул. Жамбыла, 212, территория АО «Петропавл Машина Жасау Зауыты», корпус № 14",
     "Солтүстік Қазақстан облысы, Петропавл қ., Жамбыл к-сі, 212, «Петропавл Машина Жасау Зауыты» АҚ аумағы, № 14 корпус",
     "5910", 54.872, 69.142, "Сағындықов Е.М.", "Сағындықов Е.М."),
    ("ТОО «Жайық Гальваник Сервис»", "«Жайық Гальваник Сервис» ЖШС", "Цех гальванических покрытий (здание № 7)", "Гальваникалық жабындар цехы (№ 7 ғимарат)",
     "АО «Орал Арматура Зауыты»", "«Орал Арматура Зауыты» АҚ",
     "Западно-Казахстанская область, г. Уральск, пр. Н. Назарбаева, 194, офис 12",
     "Батыс Қазақстан облысы, Орал қ., Н. Назарбаев даңғ., 194, 12-кеңсе",
     "Западно-Казахстанская область, г. Уральск, Промзона, ул. Шолохова, 2/1, здание № 7",
     "Батыс Қазақстан облысы, Орал қ., Өнеркәсіп аймағы, Шолохов к-сі, 2/1, № 7 ғимарат",
     "2710", 51.236, 51.412, "Хасанов Р.Т.", "Хасанов Р.Т."),
    ("ТОО «Шығыс Жабын»", "«Шығыс Жабын» ЖШС", "Участок гальванопокрытий (корпус механосборочного цеха № 3)",
     "Гальваникалық жабындар учаскесі (№ 3 механикалық құрастыру цехының корпусы)",
     "АО «Өскемен Машина Зауыты»", "«Өскемен Машина Зауыты» АҚ",
     "Восточно-Казахстанская область, г. Усть-Каменогорск, ул. Казахстан, 62, офис 301",
     "Шығыс Қазақстан облысы, Өскемен қ., Қазақстан к-сі, 62, 301-кеңсе",
     "Восточно-Казахстанская область, г. Усть-Каменогорск, ул. Бажова, 331, корпус механосборочного цеха № 3",
     "Шығыс Қазақстан облысы, Өскемен қ., Бажов к-сі, 331, № 3 механикалық құрастыру цехының корпусы",
     "6310", 49.974, 82.655, "Литвиненко А.С.", "Литвиненко А.С."),
)  # fmt: skip
GALV_LINES = (("Линия цинкования (автоматическая, подвесочная)", "Мырыштау желісі (автоматты, ілмелі)", "цинк щелочной", "сілтілі мырыш", 14, 4200),
              ("Линия никелирования и хромирования", "Никельдеу және хромдау желісі", "никель блестящий, хром", "жылтыр никель, хром", 11, 2600),
              ("Барабанная линия цинкования крепежа", "Бекіткіштерді мырыштаудың барабанды желісі", "цинк кислый", "қышқыл мырыш", 8, 1800))


def facility_ja1(doc: Doc) -> None:
    """A permit application printed as a form whose every field is a caption row over a value row: the operator's name,
    then three captions side by side (BIN, date of registration, head) over their three values, the legal address, the
    object, then KATO, category and OKED over their values, the place, latitude, longitude and area, and a third section on
    the production site naming the landlord — a machine-building plant whose building the galvanic shop's operator rents
    — with the landlord's BIN, the lease and the cadastral number; the shop's lines in a table of no role (VI: a plating
    firm's information sheet in the same form, the industrial park's developer as the lessor with its own enterprise
    number, VN-2000 metres beside the WGS-84 degrees, the group `Nhóm I`)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_ja1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    s = doc.pick(GALV_SHOPS)
    operator, shop, landlord, legal, place, prefix, lat0, lon0, head = (
        s[L], s[2 + L], s[4 + L], s[6 + L], s[8 + L], s[10], s[11], s[12], s[13 + L])
    bin_, land_bin = make_bin(r), make_bin(r)
    kato = _kato(doc, prefix)
    lat, lon = round(lat0 + r.uniform(-0.004, 0.004), 5), round(lon0 + r.uniform(-0.004, 0.004), 5)
    reg = f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.{r.randint(2008, 2019)}"
    lease = f"№ {r.randint(10, 90)}-А"
    ldate = f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2023"
    cad = f"{r.randint(1, 9):02d}-{r.randint(100, 399)}-{r.randint(1, 99):03d}-{r.randint(100, 999)}"
    doc.p(g("Приложение 1 к Правилам выдачи экологических разрешений", "Экологиялық рұқсаттар беру қағидаларына 1-қосымша", ""))
    doc.h(g("Заявление на получение экологического разрешения на воздействие для объектов II категории",
            "II санаттағы объектілер үшін әсер етуге арналған экологиялық рұқсат алуға өтініш", ""))
    doc.p(g("Заполняется оператором объекта. Поля, не относящиеся к объекту, не заполняются.",
            "Объект операторы толтырады. Объектіге қатысы жоқ жолдар толтырылмайды.", ""))
    rows, merges = [], []

    def caption(text):
        _span(rows, merges, text, 3)

    def value(text):
        _span(rows, merges, text, 3)

    _span(rows, merges, g("РАЗДЕЛ 1. СВЕДЕНИЯ ОБ ОПЕРАТОРЕ ОБЪЕКТА", "1-БӨЛІМ. ОБЪЕКТ ОПЕРАТОРЫ ТУРАЛЫ МӘЛІМЕТТЕР", ""), 3)
    caption(g("1.1. Полное наименование оператора (юридического лица)", "1.1. Оператордың (заңды тұлғаның) толық атауы", ""))
    value(operator)
    rows.append(g(["1.2. БИН", "1.3. Дата государственной регистрации", "1.4. Первый руководитель"],
                  ["1.2. БСН", "1.3. Мемлекеттік тіркелген күні", "1.4. Бірінші басшы"], []))
    rows.append([bin_, reg, head])
    caption(g("1.5. Юридический адрес", "1.5. Заңды мекенжайы", ""))
    value(legal)
    _span(rows, merges, g("РАЗДЕЛ 2. СВЕДЕНИЯ ОБ ОБЪЕКТЕ", "2-БӨЛІМ. ОБЪЕКТ ТУРАЛЫ МӘЛІМЕТТЕР", ""), 3)
    caption(g("2.1. Наименование объекта", "2.1. Объектінің атауы", ""))
    value(shop)
    rows.append(g(["2.2. Код КАТО", "2.3. Категория объекта", "2.4. Код ОКЭД основного вида деятельности"],
                  ["2.2. ҚАТО коды", "2.3. Объектінің санаты", "2.4. Негізгі қызмет түрінің ЭҚЖЖ коды"], []))
    rows.append([kato, g("II (вторая)", "II (екінші)", ""),
                 g("25610 – Обработка металлов и нанесение покрытий на металлы", "25610 – Металдарды өңдеу және металдарға жабын жағу", "")])
    caption(g("2.5. Фактический адрес (местонахождение) объекта", "2.5. Объектінің нақты мекенжайы (орналасқан жері)", ""))
    value(place)
    rows.append(g(["2.6. Широта, град. (WGS-84)", "2.7. Долгота, град. (WGS-84)", "2.8. Площадь, занимаемая объектом, м²"],
                  ["2.6. Ендік, град. (WGS-84)", "2.7. Бойлық, град. (WGS-84)", "2.8. Объект алып жатқан аудан, м²"], []))
    rows.append([num(lat, doc.lang), num(lon, doc.lang), num(r.randint(18, 60) * 50, doc.lang)])
    _span(rows, merges, g("РАЗДЕЛ 3. СВЕДЕНИЯ О ПРОИЗВОДСТВЕННОЙ ПЛОЩАДКЕ", "3-БӨЛІМ. ӨНДІРІСТІК АЛАҢ ТУРАЛЫ МӘЛІМЕТТЕР", ""), 3)
    caption(g("3.1. Собственник здания и земельного участка (арендодатель)", "3.1. Ғимарат пен жер учаскесінің меншік иесі (жалға беруші)", ""))
    value(landlord)
    rows.append(g(["3.2. БИН собственника", "3.3. Договор аренды", "3.4. Срок аренды"],
                  ["3.2. Меншік иесінің БСН", "3.3. Жалға алу шарты", "3.4. Жалға алу мерзімі"], []))
    rows.append([land_bin, g(f"{lease} от {ldate}", f"{ldate} жылғы {lease}", ""), g("до 31.12.2033", "31.12.2033 дейін", "")])
    caption(g("3.5. Кадастровый номер земельного участка", "3.5. Жер учаскесінің кадастрлық нөмірі", ""))
    value(cad)
    doc.table(None, rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": _core(operator), "kato": kato, "category": "II", "oked": "25610", "lat": lat, "lon": lon})
    doc.p(g("Оператор несет ответственность за эмиссии гальванического участка; выбросы и отходы арендодателя в заявление не включены.",
            "Оператор гальваникалық учаскенің эмиссиялары үшін жауап береді; жалға берушінің шығарындылары мен қалдықтары өтінішке енгізілмеген.", ""))
    lines = [g(["Линия", "Вид покрытия", "Количество ванн, шт.", "Производительность, м²/год"],
               ["Желі", "Жабын түрі", "Ванналар саны, дана", "Өнімділігі, м²/жыл"], [])]
    for l_ru, l_kk, c_ru, c_kk, baths, area in GALV_LINES:
        lines.append([(l_ru, l_kk)[L], (c_ru, c_kk)[L], str(baths), num(area * r.randint(8, 12), doc.lang)])
    doc.table(g("Приложение к заявлению. Гальванические линии", "Өтінішке қосымша. Гальваникалық желілер", ""), lines, role="other")


# (company, facility, place, IP developer, lat, lon, VN-2000 X, Y and central meridian, the name's core)
VN_PLATERS = (
    ("Công ty TNHH Công nghệ Xi mạ Kim Thành Việt Nam", "Nhà máy xi mạ Kim Thành", "Lô C4, Khu công nghiệp Yên Phong, tỉnh Bắc Ninh",
     "Tổng Công ty Phát triển Hạ tầng Kinh Bắc Xanh – CTCP", 21.198, 105.954, 2345100, 557300, "105°30'", "Kim Thành"),
    ("Công ty TNHH Xử lý Bề mặt Minh Phong", "Nhà máy mạ kẽm, niken Minh Phong", "Lô CN3.2, Khu công nghiệp Đình Vũ, thành phố Hải Phòng",
     "Công ty Cổ phần Hạ tầng Cảng Đình Vũ Xanh", 20.835, 106.762, 2304600, 605200, "105°45'", "Minh Phong"),
    ("Công ty TNHH Mạ Công nghiệp Quế Võ Phát", "Xưởng mạ điện Quế Võ Phát", "Lô K7, Khu công nghiệp Quế Võ, tỉnh Bắc Ninh",
     "Công ty Cổ phần Đầu tư Hạ tầng Khu công nghiệp Quế Võ Mới", 21.152, 106.148, 2340700, 577400, "105°30'", "Quế Võ Phát"),
)  # fmt: skip


def _facility_ja1_vi(doc: Doc) -> None:
    r = doc.rng
    company, name, place, dev, lat0, lon0, x0, y0, meridian, core = doc.pick(VN_PLATERS)
    msdn, dev_msdn = make_msdn(r), make_msdn(r)
    lat, lon = round(lat0 + r.uniform(-0.003, 0.003), 5), round(lon0 + r.uniform(-0.003, 0.003), 5)
    doc.h("TỜ KHAI THÔNG TIN CƠ SỞ")
    doc.p("(Kèm theo văn bản đề nghị cấp giấy phép môi trường của cơ sở đang hoạt động)")
    rows, merges = [], []
    _span(rows, merges, "I. THÔNG TIN VỀ CHỦ CƠ SỞ", 3)
    _span(rows, merges, "1. Tên chủ cơ sở", 3)
    _span(rows, merges, company, 3)
    rows.append(["2. Mã số doanh nghiệp", "3. Ngày cấp lần đầu", "4. Người đại diện theo pháp luật"])
    rows.append([msdn, f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.randint(2012, 2020)}",
                 f"Ông {doc.pick(('Chen Wei Ming', 'Lee Sang Hoon', 'Nguyễn Đức Phong'))} – Tổng Giám đốc"])
    _span(rows, merges, "II. THÔNG TIN VỀ CƠ SỞ", 3)
    _span(rows, merges, "5. Tên cơ sở", 3)
    _span(rows, merges, name, 3)
    rows.append(["6. Loại hình sản xuất", "7. Công suất thiết kế", "8. Phân loại theo tiêu chí về môi trường"])
    rows.append(["Xi mạ kẽm, niken, crom trên chi tiết kim loại", f"{num(r.randint(30, 90) * 10000, 'vi')} m² sản phẩm/năm",
                 "Nhóm I (loại hình sản xuất có nguy cơ gây ô nhiễm môi trường, công suất lớn)"])
    _span(rows, merges, "9. Địa điểm thực hiện", 3)
    _span(rows, merges, place, 3)
    rows.append([f"10. Tọa độ VN-2000 (KTT {meridian}, múi chiếu 3°)", "11. Vĩ độ (WGS-84)", "12. Kinh độ (WGS-84)"])
    rows.append([f"X = {num(x0 + r.randint(-300, 300), 'vi')} m; Y = {num(y0 + r.randint(-300, 300), 'vi')} m", num(lat, "vi"), num(lon, "vi")])
    _span(rows, merges, "III. THÔNG TIN VỀ KHU ĐẤT THUÊ LẠI", 3)
    _span(rows, merges, "13. Chủ đầu tư xây dựng và kinh doanh hạ tầng khu công nghiệp (bên cho thuê lại đất)", 3)
    _span(rows, merges, dev, 3)
    rows.append(["14. Mã số doanh nghiệp", "15. Hợp đồng thuê lại đất", "16. Thời hạn thuê"])
    rows.append([dev_msdn, f"Số {r.randint(10, 99)}/{r.randint(2015, 2021)}/HĐTLĐ", "Đến ngày 31/12/2057"])
    doc.table(None, rows, merges, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": core, "category": "I", "lat": lat, "lon": lon})
    maybe_distractor(doc)


# (RU old operator, KK old, RU new operator, KK new, RU object, KK object, RU place, KK place, old KATO, new KATO, lat, lon)
CABLE_PLANTS = (
    ("ТОО «Кабель-Ертіс»", "«Кабель-Ертіс» ЖШС", "ТОО «Павлодар Сым Кабель»", "«Павлодар Сым Кабель» ЖШС",
     "Кабельный завод (волочение медной проволоки, изолирование ПВХ)", "Кабель зауыты (мыс сымды созу, ПВХ-мен оқшаулау)",
     "Павлодарская область, г. Павлодар, Северная промышленная зона, 112", "Павлодар облысы, Павлодар қ., Солтүстік өнеркәсіптік аймақ, 112",
     "554230100", "551010000", 52.335, 76.987),
    ("АО «Ертіс Кабель Зауыты»", "«Ертіс Кабель Зауыты» АҚ", "ТОО «KazCable Group Pavlodar»", "«KazCable Group Pavlodar» ЖШС",
     "Завод кабельной продукции", "Кабель өнімдері зауыты",
     "Павлодарская область, г. Павлодар, Северная промышленная зона, строение 41", "Павлодар облысы, Павлодар қ., Солтүстік өнеркәсіптік аймақ, 41-құрылыс",
     "554230000", "551010000", 52.327, 76.972),
)  # fmt: skip


def facility_ja2(doc: Doc) -> None:
    """An application to re-issue a cable plant's permit after its property complex passed to another company: a table
    `№ | сведения | в действующем разрешении | после изменения` in which the old and the new operator, their BINs and legal
    addresses stand side by side, the KATO changed as the site was taken into the city, while the object's name, its place,
    its coordinates in degrees, minutes and seconds and its category are written only in the left column and the right one
    says `без изменений`; the attached documents in a table of no role (VI: a cable factory whose new owner asks to re-issue
    its GPMT, `Theo Giấy phép đã cấp | Nội dung đề nghị cấp lại`, `Không thay đổi`)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_ja2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    c = doc.pick(CABLE_PLANTS)
    old, new, obj, place, kato_old, kato_new, lat0, lon0 = c[L], c[2 + L], c[4 + L], c[6 + L], c[8], c[9], c[10], c[11]
    old_bin, new_bin = make_bin(r), make_bin(r)
    lat, lat_v = _dms(lat0 + r.uniform(-0.003, 0.003), True, doc.lang)
    lon, lon_v = _dms(lon0 + r.uniform(-0.003, 0.003), False, doc.lang)
    permit = f"KZ{r.randint(10, 99)}VCZ{r.randint(10**7, 10**8 - 1):08d}"
    pdate = f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.{r.choice((2022, 2023))}"
    same = g("без изменений", "өзгеріссіз", "")
    doc.p(g("Руководителю РГУ «Департамент экологии по Павлодарской области»", "«Павлодар облысы бойынша экология департаменті» РММ басшысына", ""))
    doc.h(g("Заявление о переоформлении экологического разрешения на воздействие", "Әсер етуге арналған экологиялық рұқсатты қайта ресімдеу туралы өтініш", ""))
    doc.p(g(f"В связи с приобретением имущественного комплекса кабельного завода по договору купли-продажи {new} просит переоформить "
            f"экологическое разрешение № {permit} от {pdate}, выданное {old}, на нового оператора. Производственная деятельность, "
            "источники и объемы эмиссий не изменились.",
            f"{new} кабель зауытының мүліктік кешенін сатып алу-сату шарты бойынша сатып алуына байланысты бұрынғы операторға ({old}) "
            f"берілген {pdate} № {permit} экологиялық рұқсатты жаңа операторға қайта ресімдеуді сұрайды. Өндірістік қызмет, эмиссия "
            "көздері мен көлемдері өзгерген жоқ.", ""))
    rows = [g(["№", "Сведения", f"В действующем разрешении № {permit}", "После изменения (сведения для переоформления)"],
              ["№", "Мәліметтер", f"Қолданыстағы № {permit} рұқсатта", "Өзгерістен кейін (қайта ресімдеуге арналған мәліметтер)"], []),
            ["1", g("Наименование оператора", "Оператордың атауы", ""), old, new],
            ["2", g("БИН оператора", "Оператордың БСН", ""), old_bin, new_bin],
            ["3", g("Юридический адрес оператора", "Оператордың заңды мекенжайы", ""),
             g(f"г. Павлодар, ул. Ломова, {r.randint(10, 190)}", f"Павлодар қ., Ломов к-сі, {r.randint(10, 190)}", ""),
             g(f"г. Астана, пр. Мәңгілік Ел, {r.randint(10, 60)}, офис {r.randint(100, 900)}", f"Астана қ., Мәңгілік Ел даңғ., {r.randint(10, 60)}, "
               f"{r.randint(100, 900)}-кеңсе", "")],
            ["4", g("Наименование объекта", "Объектінің атауы", ""), obj, same],
            ["5", g("Местонахождение объекта", "Объектінің орналасқан жері", ""), place, same],
            ["6", g("Код КАТО", "ҚАТО коды", ""), kato_old,
             g(f"{kato_new} (территория включена в черту г. Павлодара)", f"{kato_new} (аумақ Павлодар қаласының шекарасына енгізілді)", "")],
            ["7", g("Географические координаты центра площадки", "Алаң орталығының географиялық координаттары", ""), f"{lat}, {lon}", same],
            ["8", g("Категория объекта", "Объектінің санаты", ""), "II", same],
            ["9", g("Срок действия разрешения", "Рұқсаттың қолданылу мерзімі", ""), g(f"до {pdate[:6]}2032", f"{pdate[:6]}2032 дейін", ""), same]]  # fmt: skip
    doc.table(g("Таблица 1 – Изменяемые сведения", "1-кесте – Өзгертілетін мәліметтер", ""), rows, role="facility")
    doc.add("facilities", {"bin": new_bin, "name_contains": _core(new), "kato": kato_new, "category": "II", "lat": lat_v, "lon": lon_v})
    docs = [g(["№", "Прилагаемый документ", "Листов"], ["№", "Қоса берілетін құжат", "Парақ саны"], []),
            ["1", g("Копия договора купли-продажи имущественного комплекса", "Мүліктік кешенді сатып алу-сату шартының көшірмесі", ""), str(r.randint(8, 20))],
            ["2", g("Справка о государственной регистрации нового оператора", "Жаңа оператордың мемлекеттік тіркелуі туралы анықтама", ""), "1"],
            ["3", g("Решение акимата об изменении границ г. Павлодара (выписка)", "Павлодар қаласының шекарасын өзгерту туралы әкімдік шешімі (үзінді)", ""), "2"]]
    doc.table(g("Приложения", "Қосымшалар", ""), docs, role="other")


# (old owner, new owner, facility, place, lat, lon)
VN_CABLE = (
    ("Công ty TNHH Cáp điện Tân Hải Phòng", "Công ty Cổ phần Dây và Cáp điện Duyên Hải", "Nhà máy dây và cáp điện An Dương",
     "Lô CN-07, Khu công nghiệp An Dương, thành phố Hải Phòng", 20.884, 106.612),
    ("Công ty TNHH Dây điện Kim Long", "Công ty TNHH Cáp điện Lực Việt Hải Phòng", "Nhà máy cáp điện lực An Dương",
     "Lô CN-15, Khu công nghiệp An Dương, thành phố Hải Phòng", 20.879, 106.605),
)


def _facility_ja2_vi(doc: Doc) -> None:
    r = doc.rng
    old, new, name, place, lat0, lon0 = doc.pick(VN_CABLE)
    old_msdn, new_msdn = make_msdn(r), make_msdn(r)
    lat, lon = round(lat0 + r.uniform(-0.002, 0.002), 5), round(lon0 + r.uniform(-0.002, 0.002), 5)
    gp = f"{r.randint(10, 250)}/GPMT-UBND"
    same = "Không thay đổi"
    doc.p("Kính gửi: Ủy ban nhân dân thành phố Hải Phòng")
    doc.h("VĂN BẢN ĐỀ NGHỊ CẤP LẠI GIẤY PHÉP MÔI TRƯỜNG")
    doc.p(f"{new} đã nhận chuyển nhượng toàn bộ nhà máy từ {old} theo hợp đồng chuyển nhượng tài sản ngày {r.randint(1, 28):02d}/"
          f"{r.randint(1, 9):02d}/2025. Công ty đề nghị cấp lại Giấy phép môi trường số {gp} do thay đổi chủ cơ sở; quy mô, công suất và "
          "các công trình bảo vệ môi trường không thay đổi.")
    rows = [["TT", "Nội dung", f"Theo Giấy phép môi trường số {gp} đã cấp", "Nội dung đề nghị cấp lại"],
            ["1", "Tên chủ cơ sở", old, new],
            ["2", "Mã số doanh nghiệp", old_msdn, new_msdn],
            ["3", "Địa chỉ trụ sở chính", f"Số {r.randint(2, 200)} Lạch Tray, phường Gia Viên, thành phố Hải Phòng", place],
            ["4", "Tên cơ sở", name, same],
            ["5", "Địa điểm cơ sở", place, same],
            ["6", "Tọa độ tâm nhà máy (WGS-84)", f"{num(lat, 'vi')}° B; {num(lon, 'vi')}° Đ", same],
            ["7", "Loại hình, công suất", f"Sản xuất dây và cáp điện, {num(r.randint(6, 18) * 1000, 'vi')} tấn sản phẩm/năm", same],
            ["8", "Phân loại theo tiêu chí về môi trường", "Nhóm II", same]]
    doc.table("Bảng 1. Nội dung thay đổi", rows, role="facility")
    doc.add("facilities", {"bin": new_msdn, "name_contains": "An Dương", "category": "II", "lat": lat, "lon": lon})
    distractor(doc, "contacts")


# ---------------------------------------------------------------- emissions

HOURS_GALV = 3900
# (number, RU source, KK source, hours, [(code, RU operations, KK operations, bath area, (low, high) g/s)])
GALV_SOURCES = (
    ("0001", "Вентсистема В-1 – бортовые отсосы автоматической линии цинкования", "В-1 желдету жүйесі – автоматты мырыштау желісінің борттық сорғыштары",
     HOURS_GALV, [
         ("0150", "обезжиривание химическое (NaOH 40–60 г/л, Na3PO4 20–30 г/л); цинкование щелочное (ZnO 10–14 г/л, NaOH 100–140 г/л)",
          "химиялық майсыздандыру (NaOH 40–60 г/л, Na3PO4 20–30 г/л); сілтілі мырыштау (ZnO 10–14 г/л, NaOH 100–140 г/л)", "2,4 + 3,6", (0.0008, 0.003)),
         ("0316", "травление (HCl 150–200 г/л); активация (HCl 30–50 г/л)", "улау (HCl 150–200 г/л); белсендіру (HCl 30–50 г/л)", "2,4 + 1,2",
          (0.004, 0.015)),
         ("0302", "осветление (HNO3 5–10 г/л)", "ағарту (HNO3 5–10 г/л)", "1,2", (0.0005, 0.002)),
         ("0203", "пассивирование (CrO3 3–5 г/л)", "пассивациялау (CrO3 3–5 г/л)", "1,2", (0.000002, 0.00001))]),
    ("0002", "Вентсистема В-2 – линия никелирования и хромирования (после скруббера СПП-6, η = 90 %)",
     "В-2 желдету жүйесі – никельдеу және хромдау желісі (СПП-6 скрубберінен кейін, η = 90 %)", HOURS_GALV, [
         ("0150", "обезжиривание электрохимическое (NaOH 30–50 г/л, Na2CO3 20–30 г/л)", "электрохимиялық майсыздандыру (NaOH 30–50 г/л, Na2CO3 20–30 г/л)",
          "1,8", (0.0002, 0.0008)),
         ("0322", "декапирование (H2SO4 50–100 г/л)", "декапирлеу (H2SO4 50–100 г/л)", "1,8", (0.0001, 0.0006)),
         ("0164", "никелирование блестящее (NiSO4·7H2O 250–300 г/л, NiCl2·6H2O 40–60 г/л, H3BO3 30–40 г/л)",
          "жылтыр никельдеу (NiSO4·7H2O 250–300 г/л, NiCl2·6H2O 40–60 г/л, H3BO3 30–40 г/л)", "3,2", (0.00002, 0.0001)),
         ("0203", "хромирование износостойкое (CrO3 230–250 г/л, H2SO4 2,3–2,5 г/л)", "тозуға төзімді хромдау (CrO3 230–250 г/л, H2SO4 2,3–2,5 г/л)",
          "2,0", (0.00005, 0.0003))]),
    ("0003", "Вентсистема В-3 – травильное отделение", "В-3 желдету жүйесі – улау бөлімшесі", HOURS_GALV, [
        ("0316", "травление сталей (HCl 180–220 г/л)", "болаттарды улау (HCl 180–220 г/л)", "4,5", (0.01, 0.04)),
        ("0322", "травление (H2SO4 150–200 г/л, t = 60 °C)", "улау (H2SO4 150–200 г/л, t = 60 °C)", "3,0", (0.002, 0.008))]),
    ("6001", "Склад химических реактивов (разлив кислот в тару)", "Химиялық реагенттер қоймасы (қышқылдарды ыдысқа құю)", 500, [
        ("0316", "хранение и разлив соляной кислоты (HCl 33–36 %)", "тұз қышқылын сақтау және құю (HCl 33–36 %)", "–", (0.0005, 0.002))]),
)  # fmt: skip


def emissions_ja1(doc: Doc) -> None:
    """A galvanic shop's НДВ table in which each source — a ventilation system over its line, the scrubber's efficiency
    in its name — is merged down over its substances, and beside each substance a column names the operations and the
    electrolytes it comes from with their grams a litre (`CrO3 230–250 г/л, H2SO4 2,3–2,5 г/л`) and another the area of the
    baths' surface (`2,4 + 3,6`), figures that are no emissions; a row of column numbers, the hazard class last with a dash
    for caustic soda, which has only an ОБУВ, and a total (VI: the loads of acid and alkali mist of a plating firm's baths
    by named stacks, the make-up of the solutions beside them, the year's load in kilograms)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_ja1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    s = doc.pick(GALV_SHOPS)
    operator, shop = s[L], s[2 + L]
    doc.h(g(f"Проект нормативов допустимых выбросов. {operator}. {shop}", f"{operator}. {shop}. Жол берілетін шығарындылар нормативтерінің жобасы", ""))
    doc.p(g(f"Выделения от ванн рассчитаны по удельным показателям на 1 м² зеркала ванны с учетом коэффициента укрытия; режим работы – "
            f"2 смены, {HOURS_GALV} ч/год. Источники выброса – вытяжные вентсистемы линий, выбрасывающие через трубы высотой 12–15 м.",
            f"Ванналардан бөлінетін заттар жабу коэффициентін ескере отырып ванна айнасының 1 м²-іне шаққандағы меншікті көрсеткіштер бойынша есептелді; "
            f"жұмыс режимі – 2 ауысым, жылына {HOURS_GALV} сағ. Шығарынды көздері – биіктігі 12–15 м құбырлар арқылы шығаратын желілердің "
            "сорып шығару желдету жүйелері.", ""))
    head = g(["№ ИЗА", "Наименование источника выброса", "Код ЗВ", "Наименование загрязняющего вещества",
              "Технологические операции (состав электролита), от которых выделяется ЗВ", "Площадь зеркала ванн, м²", "Выброс ЗВ, г/с",
              "Выброс ЗВ, т/год", "Класс опасности"],
             ["ЛШК №", "Шығарынды көзінің атауы", "ЛЗ коды", "Ластаушы заттың атауы", "ЛЗ бөлінетін технологиялық операциялар (электролит құрамы)",
              "Ванналар айнасының ауданы, м²", "ЛЗ шығарындысы, г/с", "ЛЗ шығарындысы, т/жыл", "Қауіптілік сыныбы"], [])
    rows = [head, [str(k) for k in range(1, 10)]]
    merges = []
    all_g, all_t = [], []
    for number, s_ru, s_kk, hours, items in GALV_SOURCES:
        start = len(rows)
        for j, (c, o_ru, o_kk, area, (lo, hi)) in enumerate(items):
            gs = _sig(r.uniform(lo, hi), 3)
            ty = _sig(gs * 3600 * hours / 1e6, 3)
            hz = _hazard(c)
            rows.append([number if j == 0 else None, (s_ru, s_kk)[L] if j == 0 else None, c, _air(doc, c), (o_ru, o_kk)[L], area,
                         num(gs, doc.lang), num(ty, doc.lang), str(hz) if hz else "–"])
            doc.add("emissions", emission(c, gs, ty, number, hz))
            all_g.append(gs)
            all_t.append(ty)
        if len(items) > 1:
            merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    rows.append(["", g("Всего по участку", "Учаске бойынша барлығы", ""), "", "", "", "", num(round(sum(all_g), 6), doc.lang),
                 num(round(sum(all_t), 6), doc.lang), ""])
    doc.table(g("Таблица 3.3 – Выбросы загрязняющих веществ от гальванического участка", "3.3-кесте – Гальваникалық учаскеден ластаушы заттардың шығарындылары", ""),
              rows, merges, role="emissions")
    doc.add("sources", *({"number": x[0], "type": _kind(x[0])} for x in GALV_SOURCES))
    doc.p(g("Натрий гидроксид класса опасности не имеет, для него установлен ОБУВ 0,01 мг/м³.",
            "Натрий гидроксидінің қауіптілік сыныбы жоқ, ол үшін 0,01 мг/м³ ҚӘБД белгіленген.", ""))
    maybe_distractor(doc)


# (stack, [(code, operation and solution, bath area, (low, high) g/s)])
VN_BATH_STACKS = (
    ("Ống thải số 1 – hệ thống chụp hút dây chuyền mạ kẽm", [
        ("0150", "Tẩy dầu hóa học (NaOH 40–60 g/l); mạ kẽm kiềm (ZnO 10–14 g/l, NaOH 100–140 g/l)", "2,4 + 3,6", (0.0008, 0.003)),
        ("0316", "Tẩy gỉ (HCl 150–200 g/l); hoạt hóa (HCl 30–50 g/l)", "2,4 + 1,2", (0.004, 0.015)),
        ("0203", "Thụ động hóa (CrO3 3–5 g/l)", "1,2", (0.000002, 0.00001))]),
    ("Ống thải số 2 – dây chuyền mạ niken – crom (sau tháp hấp thụ)", [
        ("0322", "Tẩy nhẹ (H2SO4 50–100 g/l)", "1,8", (0.0001, 0.0006)),
        ("0164", "Mạ niken bóng (NiSO4.7H2O 250–300 g/l, NiCl2.6H2O 40–60 g/l)", "3,2", (0.00002, 0.0001)),
        ("0203", "Mạ crom cứng (CrO3 230–250 g/l, H2SO4 2,3–2,5 g/l)", "2,0", (0.00005, 0.0003))]),
    ("Ống thải số 3 – khu vực tẩy gỉ", [("0316", "Tẩy gỉ thép (HCl 180–220 g/l)", "4,5", (0.01, 0.04))]),
)  # fmt: skip


def _emissions_ja1_vi(doc: Doc) -> None:
    r = doc.rng
    company, name = doc.pick(VN_PLATERS)[:2]
    hours = 4800
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – {name.upper()}")
    doc.h("3.2.1. Nguồn phát sinh hơi axit, kiềm từ các bể mạ")
    doc.p(f"Chủ cơ sở: {company}. Tải lượng hơi axit, kiềm được tính theo hệ số phát thải trên 1 m² bề mặt bể, thời gian hoạt động "
          f"16 giờ/ngày, 300 ngày/năm ({num(hours, 'vi')} giờ/năm). Khí thải từ các bể được thu bằng chụp hút thành bể và thải qua các ống thải "
          "cao 15 m.")
    rows = [["TT", "Nguồn thải", "Công đoạn (thành phần dung dịch)", "Thông số", "Diện tích bề mặt bể (m²)", "Tải lượng (g/s)", "Tải lượng (kg/năm)"]]
    merges = []
    for k, (stack, items) in enumerate(VN_BATH_STACKS, 1):
        start = len(rows)
        for j, (c, op, area, (lo, hi)) in enumerate(items):
            gs = _sig(r.uniform(lo, hi), 3)
            kg = _sig(gs * 3600 * hours / 1000, 3)
            rows.append([str(k) if j == 0 else None, stack if j == 0 else None, op, _air(doc, c), area, num(gs, "vi"), num(kg, "vi")])
            doc.add("emissions", emission(c, gs, kg / 1000))
        if len(items) > 1:
            merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    doc.table("Bảng 3.5. Tải lượng hơi axit, kiềm và crom từ các bể mạ", rows, merges, role="emissions")
    doc.p("Ghi chú: tải lượng của ống thải số 2 đã tính hiệu suất xử lý của tháp hấp thụ bằng dung dịch kiềm (90 %).")
    maybe_distractor(doc)


# (first number, last number or None, RU, KK, hours, {code: (low, high) g/s of one source})
WIRE_SOURCES = (
    ("0001", None, "Дымовая труба печи патентирования проволоки (свинцовая ванна, природный газ)",
     "Сымды патенттеу пешінің түтін мұржасы (қорғасын ваннасы, табиғи газ)", 6800,
     {"0184": (0.0003, 0.0012), "0301": (0.02, 0.06), "0304": (0.003, 0.01), "0337": (0.03, 0.12)}),
    ("0002", None, "Вентсистема травильного отделения (ванны HCl)", "Улау бөлімшесінің желдету жүйесі (HCl ванналары)", 6000,
     {"0316": (0.01, 0.04)}),
    ("0003", "0006", "Местные отсосы волочильных станов № 1–4", "№ 1–4 сым созу орнақтарының жергілікті сорғыштары", 5800,
     {"0123": (0.001, 0.004), "2902": (0.004, 0.015)}),
    ("0007", "0008", "Вытяжки ванн горячего цинкования проволоки № 1, 2", "№ 1, 2 сымды ыстықтай мырыштау ванналарының сорғыштары", 6000,
     {"0207": (0.002, 0.008), "0316": (0.001, 0.005), "0303": (0.001, 0.004)}),
    ("0009", None, "Вентсистема участка контактной сварки сетки", "Торды түйістіріп дәнекерлеу учаскесінің желдету жүйесі", 4000,
     {"0123": (0.0005, 0.002), "0143": (0.00005, 0.0002)}),
    ("6001", None, "Сварочный пост ремонтно-механической мастерской", "Жөндеу-механикалық шеберхананың дәнекерлеу посты", 900,
     {"0123": (0.001, 0.004), "0143": (0.0001, 0.0004)}),
)  # fmt: skip
WIRE_PLANTS = (("ТОО «Қарағанды Метиз Зауыты»", "«Қарағанды Метиз Зауыты» ЖШС"), ("ТОО «Сарыарқа Сым Тор»", "«Сарыарқа Сым Тор» ЖШС"))


def emissions_ja2(doc: Doc) -> None:
    """A fastener and wire-mesh factory's НДВ table in which each group of identical sources — four drawing machines' local
    exhausts, two galvanising baths' hoods — is one row whose number is a range (`0003–0006`), with a column counting the
    sources and the grams and tonnes of one source under a header that says so, a note repeating it and a total that counts
    every source; a lead patenting furnace, pickling and welding among the single sources, the hazard class before the
    figures (VI: a hot-dip galvanising line's loads from emission factors in kilograms a tonne of steel, the output a day
    merged down, kilograms a day before the grams a second and the tonnes a year)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_ja2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    operator = doc.pick(WIRE_PLANTS)[L]
    doc.h(g(f"Нормативы допустимых выбросов загрязняющих веществ в атмосферу на 2026–2035 годы. {operator}",
            f"{operator}. 2026–2035 жылдарға арналған атмосфераға ластаушы заттар шығарындыларының жол берілетін нормативтері", ""))
    doc.p(g("Завод выпускает стальную проволоку, гвозди, крепежные изделия и сварную сетку (Карагандинская область, г. Караганда, "
            "Северо-Восточная промзона). Однотипные источники с одинаковыми параметрами и выбросами объединены в группы.",
            "Зауыт болат сым, шеге, бекіткіш бұйымдар және дәнекерленген тор шығарады (Қарағанды облысы, Қарағанды қ., Солтүстік-Шығыс "
            "өнеркәсіптік аймағы). Параметрлері мен шығарындылары бірдей біртектес көздер топтарға біріктірілген.", ""))
    rows = [g(["№ ИЗА", "Наименование источника", "Кол-во источников, шт.", "Код ЗВ", "Наименование ЗВ", "Класс опасности",
               "Выброс на один источник", None],
              ["ЛШК №", "Көздің атауы", "Көздер саны, дана", "ЛЗ коды", "ЛЗ атауы", "Қауіптілік сыныбы", "Бір көздің шығарындысы", None], []),
            [None] * 6 + g(["г/с", "т/год"], ["г/с", "т/жыл"], [])]
    merges = [(0, c, 1, c) for c in range(6)] + [(0, 6, 0, 7)]
    tot_g = tot_t = 0.0
    numbers = []
    for first, last, s_ru, s_kk, hours, codes in WIRE_SOURCES:
        group = [first] if last is None else [f"{n:04d}" for n in range(int(first), int(last) + 1)]
        numbers += group
        label = first if last is None else f"{first}–{last}"
        start = len(rows)
        for j, (c, (lo, hi)) in enumerate(codes.items()):
            gs = _sig(r.uniform(lo, hi), 3)
            ty = _sig(gs * 3600 * hours / 1e6, 3)
            hz = _hazard(c)
            rows.append([label if j == 0 else None, (s_ru, s_kk)[L] if j == 0 else None, str(len(group)) if j == 0 else None, c, _air(doc, c),
                         str(hz) if hz else "–", num(gs, doc.lang), num(ty, doc.lang)])
            for n in group:
                doc.add("emissions", emission(c, gs, ty, n, hz))
            tot_g += gs * len(group)
            tot_t += ty * len(group)
        if len(codes) > 1:
            merges += [(start, k, len(rows) - 1, k) for k in range(3)]
    rows.append(["", g("Всего по предприятию (с учетом количества источников)", "Кәсіпорын бойынша барлығы (көздер санын ескере отырып)", ""), "", "", "",
                 "", num(round(tot_g, 6), doc.lang), num(round(tot_t, 6), doc.lang)])
    doc.table(g("Таблица 3.1 – Нормативы выбросов по источникам", "3.1-кесте – Көздер бойынша шығарындылар нормативтері", ""), rows, merges, role="emissions")
    doc.add("sources", *({"number": n, "type": _kind(n)} for n in numbers))
    doc.p(g("Примечание: для групп однотипных источников (ИЗА 0003–0006 и 0007–0008) выброс указан на один источник; норматив каждого "
            "источника группы равен указанному.",
            "Ескертпе: біртектес көздер топтары (0003–0006 және 0007–0008 ЛШК) үшін шығарынды бір көзге көрсетілген; топтағы әр көздің "
            "нормативі көрсетілгенге тең.", ""))
    maybe_distractor(doc)


# (source, [(code, (low, high) kg a tonne of product)])
VN_GALVANISING = (
    ("Khu vực bể tẩy gỉ axit HCl (04 bể)", [("0316", (0.08, 0.2))]),
    ("Bể trợ dung ZnCl2.NH4Cl", [("0303", (0.02, 0.06)), ("0316", (0.01, 0.03))]),
    ("Bể kẽm nóng chảy (450 °C)", [("0207", (0.15, 0.4)), ("2902", (0.2, 0.5))]),
    ("Lò đốt khí gas gia nhiệt bể kẽm (LPG)", [("0337", (0.05, 0.12)), ("0301", (0.1, 0.3))]),
)


def _emissions_ja2_vi(doc: Doc) -> None:
    r = doc.rng
    output = r.randint(8, 15) * 10
    hours, days = 16, 300
    doc.h("BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG – DỰ ÁN NÂNG CÔNG SUẤT DÂY CHUYỀN MẠ KẼM NHÚNG NÓNG NAM CẦU KIỀN")
    doc.p("Chủ dự án: Công ty Cổ phần Mạ kẽm Nhúng nóng Thủy Nguyên, Khu công nghiệp Nam Cầu Kiền, thành phố Hải Phòng. Dây chuyền mạ kẽm "
          f"nhúng nóng kết cấu thép và dây thép, vận hành {hours} giờ/ngày, {days} ngày/năm.")
    doc.h("3.1.2.1. Tải lượng bụi, khí thải trong giai đoạn vận hành")
    rows = [["TT", "Nguồn phát sinh", "Thông số", "Hệ số phát thải (kg/tấn sản phẩm)", "Sản lượng (tấn/ngày)", "Tải lượng (kg/ngày)",
             "Tải lượng (g/s)", "Tải lượng (tấn/năm)"]]
    merges = []
    for k, (src, items) in enumerate(VN_GALVANISING, 1):
        start = len(rows)
        for j, (c, (lo, hi)) in enumerate(items):
            factor = round(r.uniform(lo, hi), 3)
            kg_day = _sig(factor * output, 4)
            gs = _sig(kg_day * 1000 / (hours * 3600), 3)
            ty = _sig(kg_day * days / 1000, 3)
            rows.append([str(k) if j == 0 else None, src if j == 0 else None, _air(doc, c), num(factor, "vi"), num(output, "vi"), num(kg_day, "vi"),
                         num(gs, "vi"), num(ty, "vi")])
            doc.add("emissions", emission(c, gs, ty))
        if len(items) > 1:
            merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    merges.append((1, 4, len(rows) - 1, 4))
    for row in rows[2:]:
        row[4] = None
    doc.table("Bảng 3.6. Tải lượng bụi và khí thải từ dây chuyền mạ kẽm nhúng nóng", rows, merges, role="emissions")
    doc.p("Nguồn hệ số phát thải: Tổ chức Y tế Thế giới (WHO, 1993) và US EPA AP-42, chương 12.14.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

# (code, RU, KK, RU place, KK place, (Zn, Ni, Cr, Cu) % ranges or None, moisture % range or None, (low, high) t a year)
GALV_WASTES = (
    ("11 01 09*", "Шлам станции нейтрализации гальванических стоков (кек фильтр-пресса)",
     "Гальваникалық ағындарды бейтараптандыру станциясының шламы (сүзгі-пресс кегі)", "станция нейтрализации", "бейтараптандыру станциясы",
     ((8, 14), (2, 5), (1, 3), (0.2, 0.8)), (65, 75), (12, 40)),
    ("11 01 05*", "Отработанные травильные растворы соляной кислоты", "Тұз қышқылының пайдаланылған улау ерітінділері", "травильное отделение",
     "улау бөлімшесі", ((0.5, 2.0), None, None, None), None, (20, 60)),
    ("11 01 16*", "Отработанные ионообменные смолы установки оборотного водоснабжения",
     "Айналымдағы сумен жабдықтау қондырғысының пайдаланылған ион алмастырғыш шайырлары", "ионообменная установка", "ион алмастырғыш қондырғы",
     ((0.2, 0.6), (0.3, 0.9), (0.1, 0.4), None), (40, 55), (0.8, 2.5)),
    ("11 01 13*", "Отходы обезжиривания, содержащие опасные вещества (отработанные щелочные растворы)",
     "Құрамында қауіпті заттар бар майсыздандыру қалдықтары (пайдаланылған сілтілі ерітінділер)", "линии цинкования и никелирования",
     "мырыштау және никельдеу желілері", None, None, (6, 18)),
    ("15 01 10*", "Тара из-под химических реагентов (хромовый ангидрид, никель сернокислый)",
     "Химиялық реагенттер ыдысы (хром ангидриді, күкірт қышқылды никель)", "склад химреактивов", "химреактивтер қоймасы", None, None, (0.4, 1.5)),
    ("15 02 02*", "Отработанные фильтровальные салфетки фильтр-пресса и загрязненная ветошь",
     "Сүзгі-престің пайдаланылған сүзгі майлықтары және ластанған шүберек", "станция нейтрализации", "бейтараптандыру станциясы",
     ((0.5, 1.5), (0.1, 0.5), (0.1, 0.3), None), (20, 35), (0.2, 0.9)),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", "бытовые помещения участка", "учаскенің тұрмыстық үй-жайлары", None, None,
     (1.5, 4.0)),
)  # fmt: skip


def _t(x: float) -> float:
    return round(x, 1) if x >= 10 else round(x, 2) if x >= 1 else round(x, 3)


def wastes_ja1(doc: Doc) -> None:
    """A galvanic shop's characteristics of its wastes in a programme of waste management: code, name and place of
    formation, the contents of zinc, nickel, total chromium and copper in per cent of dry matter as four sub-columns under a
    merged header with dashes where a metal is absent, the moisture, then the tonnes a year — the amount — and a limit of
    accumulation after it that is no amount (VI: a plating firm's CTNH with their main hazardous components and moisture,
    the kilograms a year and the most kept at once, ordinary wastes in tonnes in a second table)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_ja1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    s = doc.pick(GALV_SHOPS)
    operator, shop = s[L], s[2 + L]
    doc.h(g(f"Программа управления отходами на 2026–2035 годы. {operator}", f"{operator}. 2026–2035 жылдарға арналған қалдықтарды басқару бағдарламасы", ""))
    doc.h(g(f"2.2. Характеристика отходов: {shop}", f"2.2. Қалдықтардың сипаттамасы: {shop}", ""))
    doc.p(g("Состав шлама определен испытательной лабораторией по пробам 2025 года (содержание металлов – на абсолютно сухое вещество). "
            "Лимит накопления установлен исходя из вывоза не реже одного раза в шесть месяцев.",
            "Шлам құрамын сынақ зертханасы 2025 жылғы сынамалар бойынша анықтады (металдардың мөлшері – абсолютті құрғақ затқа). "
            "Жинақтау лимиті алты айда кемінде бір рет шығару негізінде белгіленді.", ""))
    rows = [g(["№", "Код", "Наименование отхода", "Место образования", "Содержание металлов, % на сухое вещество", None, None, None, "Влажность, %",
               "Образование, т/год", "Лимит накопления, т"],
              ["№", "Коды", "Қалдықтың атауы", "Түзілу орны", "Металдардың мөлшері, құрғақ затқа %", None, None, None, "Ылғалдылығы, %",
               "Түзілуі, т/жыл", "Жинақтау лимиті, т"], []),
            [None] * 4 + ["Zn", "Ni", g("Cr общ.", "Cr жалпы", ""), "Cu"] + [None] * 3]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 8, 9, 10)] + [(0, 4, 0, 7)]
    for k, (code, n_ru, n_kk, p_ru, p_kk, metals, moist, (lo, hi)) in enumerate(GALV_WASTES, 1):
        t = _t(r.uniform(lo, hi))
        name = (n_ru, n_kk)[L]
        cells = ["–"] * 4 if metals is None else [num(round(r.uniform(*m), 1), doc.lang) if m else "–" for m in metals]
        rows.append([str(k), code, name, (p_ru, p_kk)[L], *cells, str(r.randint(*moist)) if moist else "–", num(t, doc.lang),
                     num(_t(t / 2), doc.lang)])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t, "name_contains": _words(name, 3)})
    doc.table(g("Таблица 2.2 – Состав, свойства и количество отходов", "2.2-кесте – Қалдықтардың құрамы, қасиеттері және мөлшері", ""), rows, merges,
              role="wastes")
    doc.p(g("Шлам и отработанные растворы передаются ТОО, имеющему лицензию на переработку, обезвреживание и утилизацию опасных отходов.",
            "Шлам мен пайдаланылған ерітінділер қауіпті қалдықтарды қайта өңдеуге, залалсыздандыруға және кәдеге жаратуға лицензиясы бар ЖШС-ге беріледі.", ""))
    maybe_distractor(doc)


# (code, name, main hazardous components, moisture or None, (low, high) kg a year)
VN_PLATING_CTNH = (
    ("12 06 05", "Bùn thải có các thành phần nguy hại từ hệ thống xử lý nước thải xi mạ", "Cr, Ni, Zn, Cu", (68, 78), (8000, 25000)),
    ("07 01 01", "Axit tẩy thải", "HCl, Fe, Zn", None, (10000, 30000)),
    ("18 01 03", "Bao bì cứng thải bằng nhựa (can đựng hóa chất mạ)", "CrO3, NiSO4 bám dính", None, (300, 900)),
    ("18 02 01", "Chất hấp thụ, vật liệu lọc, giẻ lau, vải bảo vệ thải bị nhiễm các thành phần nguy hại (vải lọc máy ép bùn)", "Cr, Ni", None,
     (100, 400)),
    ("16 01 06", "Bóng đèn huỳnh quang và các loại thủy tinh hoạt tính thải", "Hg", None, (10, 40)),
    ("17 02 03", "Dầu động cơ, hộp số và bôi trơn tổng hợp thải", "Dầu khoáng", None, (50, 200)),
)  # fmt: skip
VN_PLATING_ORDINARY = (("Phế liệu kim loại (chi tiết lỗi mạ, đầu mẩu thép)", (3, 12)), ("Bao bì giấy, carton thải", (1, 5)),
                       ("Chất thải rắn sinh hoạt", (6, 20)))


def _wastes_ja1_vi(doc: Doc) -> None:
    r = doc.rng
    company, name = doc.pick(VN_PLATERS)[:2]
    doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – {name.upper()}")
    doc.p(f"Chủ cơ sở: {company}. 3. Kết quả quản lý chất thải rắn và chất thải nguy hại.")
    rows = [["TT", "Tên chất thải", "Mã CTNH", "Thành phần nguy hại chính", "Độ ẩm (%)", "Khối lượng phát sinh (kg/năm)", "Khối lượng lưu giữ tối đa (kg)"]]
    for k, (code, cname, comp, moist, (lo, hi)) in enumerate(VN_PLATING_CTNH, 1):
        kg = float(r.randint(int(lo) // 10, int(hi) // 10) * 10)
        rows.append([str(k), cname, code, comp, str(r.randint(*moist)) if moist else "-", num(kg, "vi"), num(max(round(kg / 4), 1), "vi")])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000, "name_contains": _words(cname, 4)})
    doc.table("Bảng 3.1. Chất thải nguy hại phát sinh", rows, role="wastes")
    rows = [["TT", "Tên chất thải", "Khối lượng (tấn/năm)", "Biện pháp xử lý"]]
    for k, (cname, (lo, hi)) in enumerate(VN_PLATING_ORDINARY, 1):
        t = round(r.uniform(lo, hi), 2)
        rows.append([str(k), cname, num(t, "vi"), "Chuyển giao cho đơn vị có chức năng" if k < 3 else "Hợp đồng với công ty môi trường đô thị"])
        doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": _words(cname, 3)})
    doc.table("Bảng 3.2. Chất thải rắn công nghiệp thông thường và chất thải rắn sinh hoạt", rows, role="wastes")
    maybe_distractor(doc)


# ((RU shop, KK shop), [(code, RU, KK, (low, high) t, share used on site)])
CABLE_SHOP_WASTES = (
    (("Цех волочения медной проволоки", "Мыс сымды созу цехы"), [
        ("12 01 03", "Отходы медной проволоки (обрезки, путанка)", "Мыс сым қалдықтары (кесінділер, шатасқан сым)", (40, 120), 0.0),
        ("12 01 09*", "Отработанные эмульсии волочения", "Созудың пайдаланылған эмульсиялары", (15, 45), 0.0),
        ("15 02 02*", "Промасленная ветошь", "Майланған шүберек", (0.3, 1.2), 0.0)]),
    (("Цех изолирования и оболочек (экструзия ПВХ)", "Оқшаулау және қабықтар цехы (ПВХ экструзиясы)"), [
        ("07 02 13", "Отходы ПВХ-пластиката (литники, пусковые отходы, обрезь)", "ПВХ-пластикат қалдықтары (құйма, іске қосу қалдықтары, кесінділер)",
         (25, 80), 0.5),
        ("17 04 11", "Обрезки кабеля и брак кабельной продукции", "Кабель кесінділері және кабель өнімінің ақауы", (8, 30), 0.0),
        ("15 02 02*", "Промасленная ветошь", "Майланған шүберек", (0.2, 0.8), 0.0)]),
    (("Участок отжига, склад и транспортный цех", "Күйдіру учаскесі, қойма және көлік цехы"), [
        ("15 01 03", "Деревянная тара (поврежденные кабельные барабаны)", "Ағаш ыдыс (зақымданған кабель барабандары)", (20, 60), 0.2),
        ("13 02 05*", "Отработанные моторные масла", "Пайдаланылған мотор майлары", (0.5, 2.0), 0.0),
        ("16 06 01*", "Отработанные свинцовые аккумуляторы", "Пайдаланылған қорғасын аккумуляторлары", (0.2, 0.9), 0.0)]),
    (("Административно-бытовой корпус", "Әкімшілік-тұрмыстық корпус"), [
        ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", (0.05, 0.2), 0.0),
        ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", (15, 40), 0.0)]),
)  # fmt: skip


def wastes_ja2(doc: Doc) -> None:
    """A Pavlodar cable plant's report on the inventory of its wastes for a year, a row spanning the table per shop, the
    wastes numbered straight through with the stock on the first of January, the year's formation — the amount — what was
    passed on, what the plant used itself (its PVC regranulated, drums repaired) and the stock at the end, a subtotal of the
    formation under each shop, the same oily rags in two shops and a total (VI: a ward's summary of the CTNH of the plating
    households of a craft village, a row spanning the table per household with its business registration, kilograms)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_ja2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    c = doc.pick(CABLE_PLANTS)
    operator = c[2 + L]
    doc.h(g(f"Отчет по инвентаризации отходов производства и потребления за 2025 год. {operator}",
            f"{operator}. Өндіріс және тұтыну қалдықтарын түгендеу бойынша 2025 жылғы есеп", ""))
    doc.p(g("Отчет составлен по данным журналов учета отходов цехов и актов передачи отходов специализированным организациям.",
            "Есеп цехтардың қалдықтарды есепке алу журналдарының және қалдықтарды мамандандырылған ұйымдарға беру актілерінің деректері бойынша жасалды.", ""))
    rows = [g(["№", "Код отхода", "Наименование отхода", "Остаток на 01.01.2025, т", "Образовано за 2025 год, т", "Передано сторонним организациям, т",
               "Использовано на предприятии, т", "Остаток на 31.12.2025, т"],
              ["№", "Қалдық коды", "Қалдықтың атауы", "01.01.2025 жағдай бойынша қалдық, т", "2025 жылы түзілді, т", "Бөгде ұйымдарға берілді, т",
               "Кәсіпорында пайдаланылды, т", "31.12.2025 жағдай бойынша қалдық, т"], [])]
    merges = []
    k, total = 0, 0.0
    for (s_ru, s_kk), items in CABLE_SHOP_WASTES:
        _span(rows, merges, (s_ru, s_kk)[L], 8)
        sub = 0.0
        for code, n_ru, n_kk, (lo, hi), share in items:
            k += 1
            formed = _t(r.uniform(lo, hi))
            stock0 = _t(formed * r.uniform(0.0, 0.15))
            used = _t(formed * share)
            stock1 = _t(formed * r.uniform(0.0, 0.1))
            passed = _t(stock0 + formed - used - stock1)
            name = (n_ru, n_kk)[L]
            rows.append([str(k), code, name, num(stock0, doc.lang), num(formed, doc.lang), num(passed, doc.lang), num(used, doc.lang) if used else "–",
                         num(stock1, doc.lang)])
            doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": formed, "name_contains": _words(name, 2)})
            sub += formed
        total += sub
        rows.append(["", "", g("Итого по цеху", "Цех бойынша жиыны", ""), "", num(round(sub, 3), doc.lang), "", "", ""])
    rows.append(["", "", g("Всего по предприятию", "Кәсіпорын бойынша барлығы", ""), "", num(round(total, 3), doc.lang), "", "", ""])
    doc.table(g("Таблица 1 – Движение отходов по цехам", "1-кесте – Цехтар бойынша қалдықтардың қозғалысы", ""), rows, merges, role="wastes")
    maybe_distractor(doc)


VN_HOUSEHOLDS = ("Cơ sở xi mạ Nguyễn Văn Tuấn", "Cơ sở mạ kẽm Trần Đình Lực", "Xưởng mạ Phạm Thị Hằng", "Cơ sở xi mạ Ngô Quang Vinh",
                 "Xưởng mạ crom Đỗ Văn Hải")
VN_HOUSEHOLD_WASTES = (("12 06 05", "Bùn thải có các thành phần nguy hại từ hệ thống xử lý nước thải", (800, 4000), 1.0),
                       ("07 01 01", "Axit tẩy thải", (1500, 6000), 0.8), ("18 01 03", "Bao bì cứng thải bằng nhựa", (50, 200), 0.7))


def _wastes_ja2_vi(doc: Doc) -> None:
    r = doc.rng
    doc.p("ỦY BAN NHÂN DÂN PHƯỜNG CHÂU KHÊ – THÀNH PHỐ TỪ SƠN")
    doc.h("BÁO CÁO TỔNG HỢP KHỐI LƯỢNG CHẤT THẢI NGUY HẠI PHÁT SINH TẠI CÁC CƠ SỞ XI MẠ LÀNG NGHỀ ĐA HỘI NĂM 2024")
    doc.p("Số liệu do các cơ sở kê khai và đối chiếu với biên bản bàn giao chất thải nguy hại cho đơn vị thu gom. Các cơ sở chưa có hợp đồng "
          "thu gom tự lưu giữ chất thải tại cơ sở.")
    rows = [["TT", "Tên chất thải", "Mã CTNH", "Khối lượng phát sinh (kg)", "Đơn vị thu gom, xử lý"]]
    merges = []
    total = 0.0
    for h, owner in enumerate(r.sample(VN_HOUSEHOLDS, 4), 1):
        _span(rows, merges, f"{h}. {owner} – khu phố Đa Hội (giấy chứng nhận đăng ký hộ kinh doanh số 21E8{r.randint(100000, 999999)})", 5)
        k = 0
        for code, cname, (lo, hi), share in VN_HOUSEHOLD_WASTES:
            if r.random() >= share:
                continue
            k += 1
            kg = float(r.randint(lo // 10, hi // 10) * 10)
            total += kg
            who = doc.pick(("Công ty TNHH Môi trường Thuận Thành", "Công ty Cổ phần Môi trường Xanh Bắc Ninh", "Tự lưu giữ tại cơ sở"))
            rows.append([f"{h}.{k}", cname, code, num(kg, "vi"), who])
            doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000, "name_contains": _words(cname, 4)})
    rows.append(["", "Tổng cộng", "", num(total, "vi"), ""])
    doc.table("Bảng 1. Khối lượng chất thải nguy hại theo cơ sở", rows, merges, role="wastes")
    doc.p("Đề nghị các cơ sở chưa ký hợp đồng thu gom khẩn trương ký hợp đồng với đơn vị có giấy phép xử lý chất thải nguy hại.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

# symbol: ДК of the galvanic outlet (КК-1) and of the domestic one (КК-2), mg/dm3; None where not controlled
SEWER_DK = {
    "pH": ((6.5, 9.0), (6.5, 9.0)), "TSS": (200, 250), "BOD5": (None, 180), "NH4+": (None, 25), "Cl-": (350, 350), "SO4": (500, None),
    "TPH": (4, 4), "Surfactants": (None, 10), "Fe": (2, None), "Cu": (0.5, None), "Zn": (1, None), "Ni": (0.5, None), "Cr6+": (0.1, None),
}  # fmt: skip
UTILITIES = ("ГКП на ПХВ «Қызылжар Су Арнасы»", "ГКП на ПХВ «Орал Су Арнасы»", "ГКП на ПХВ «Өскемен Су Арнасы»")
UTILITIES_KK = ("«Қызылжар Су Арнасы» ШЖҚ МКК", "«Орал Су Арнасы» ШЖҚ МКК", "«Өскемен Су Арнасы» ШЖҚ МКК")


def _fact(r, dk) -> float:
    if isinstance(dk, tuple):
        return round(r.uniform(6.9, 8.6), 1)
    return _sig(dk * r.uniform(0.15, 1.15), 2)


def limits_ja1(doc: Doc) -> None:
    """A water utility's protocol of control sampling at a machine-building plant's two control wells, `КК-1` taking the
    galvanic shop's effluent after its local treatment and `КК-2` the domestic one, each a column group `ДК | факт` under a
    merged header describing the well, the metals controlled and normed only at `КК-1`, BOD, ammonium and surfactants only at
    `КК-2`, dashes in both cells where a parameter is not controlled, the unit in its own column and pH in its own units
    (VI: an unannounced sampling at a plating household of a craft village, the result against Cmax of QCVN 40:2011/BTNMT
    column B with Kq and Kf, the standard's C beside it and the times Cmax is exceeded)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_ja1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    i = r.randrange(len(GALV_SHOPS))
    plant, util = GALV_SHOPS[i][4 + L], (UTILITIES, UTILITIES_KK)[L][i]
    n = r.randint(100, 480)
    day = f"{r.randint(3, 27):02d}.{r.choice(('03', '06', '09', '11'))}.2025"
    doc.h(g(f"Протокол № {n}-К контроля качества сточных вод абонента", f"Абоненттің сарқынды сулары сапасын бақылау № {n}-К хаттамасы", ""))
    doc.p(g(f"Абонент: {plant}. Отбор проб: {day}, представителем {util} в присутствии представителя абонента. Допустимые концентрации "
            "(ДК) установлены договором на водоотведение отдельно для каждого выпуска.",
            f"Абонент: {plant}. Сынама алу: {day}, {util} өкілі абонент өкілінің қатысуымен. Жол берілетін концентрациялар (ЖК) су бұру "
            "шартымен әр шығарылым үшін жеке белгіленген.", ""))
    dk, fact = g("ДК", "ЖК", ""), g("факт", "нақты", "")
    rows = [g(["№", "Показатель", "Ед. изм.", "КК-1 – выпуск производственных стоков после ЛОС гальванического участка", None,
               "КК-2 – выпуск хозяйственно-бытовых стоков", None],
              ["№", "Көрсеткіш", "Өлш. бірл.", "КК-1 – гальваникалық учаскенің ЖТҚ-дан кейінгі өндірістік ағындарды шығару", None,
               "КК-2 – шаруашылық-тұрмыстық ағындарды шығару", None], []),
            [None, None, None, dk, fact, dk, fact]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 0, 6)]
    mg = g("мг/дм³", "мг/дм³", "")
    for k, (s, pair) in enumerate(SEWER_DK.items(), 1):
        line = [str(k), _water(doc, s), g("ед. pH", "pH бірл.", "") if s == "pH" else mg]
        for point, d in zip(("КК-1", "КК-2"), pair, strict=True):
            if d is None:
                line += ["–", "–"]
                continue
            v = _fact(r, d)
            line += [f"{num(d[0], doc.lang)}–{num(d[1], doc.lang)}" if isinstance(d, tuple) else num(d, doc.lang), num(v, doc.lang)]
            add(doc, limit(("symbol", s), "waste_water", d, "mg/l", None, point, v))
        rows.append(line)
    doc.table(g("Результаты анализа", "Талдау нәтижелері", ""), rows, merges, role="limits")
    doc.p(g("При превышении ДК абоненту начисляется плата за сверхнормативный сброс в соответствии с договором.",
            "ЖК асып кеткен жағдайда абонентке шартқа сәйкес нормадан тыс төгінді үшін төлем есептеледі.", ""))
    maybe_distractor(doc)


# symbol: (VI label, unit, C of QCVN 40:2011/BTNMT column B, (low, high) share of Cmax measured)
VN_HOUSEHOLD_WATER = {
    "pH": ("pH", "-", (5.5, 9), None), "TSS": ("Chất rắn lơ lửng (TSS)", "mg/L", 100, (0.4, 1.6)), "COD": ("COD", "mg/L", 150, (0.5, 2.2)),
    "Cr6+": ("Crom (VI)", "mg/L", 0.1, (1.5, 18)), "Ni": ("Niken (Ni)", "mg/L", 0.5, (0.6, 6)), "Zn": ("Kẽm (Zn)", "mg/L", 3, (0.3, 3)),
    "Cu": ("Đồng (Cu)", "mg/L", 2, (0.1, 0.9)), "CN-": ("Xyanua (CN-)", "mg/L", 0.1, (0.5, 4)), "Fe": ("Sắt (Fe)", "mg/L", 5, (0.2, 1.4)),
}  # fmt: skip


def _limits_ja1_vi(doc: Doc) -> None:
    r = doc.rng
    kq, kf = 0.9, 1.2
    owner = doc.pick(VN_HOUSEHOLDS)
    doc.h("KẾT QUẢ PHÂN TÍCH MẪU NƯỚC THẢI")
    doc.p(f"(Kèm theo Biên bản kiểm tra đột xuất ngày {r.randint(2, 27):02d}/{r.randint(3, 6):02d}/2025 của Phòng Cảnh sát phòng, chống tội phạm "
          f"về môi trường – Công an tỉnh Bắc Ninh). Cơ sở được kiểm tra: {owner}, khu phố Đa Hội, phường Châu Khê, thành phố Từ Sơn.")
    doc.p("Vị trí lấy mẫu: NT1 – hố ga cuối cùng của cơ sở trước khi xả ra mương tiêu chung. Nguồn tiếp nhận: mương tiêu chung chảy ra sông "
          f"Ngũ Huyện Khê, áp dụng Kq = {num(kq, 'vi')}; lưu lượng xả dưới 50 m³/ngày, Kf = {num(kf, 'vi')}.")
    rows = [["TT", "Thông số", "Đơn vị", "Kết quả (NT1)", "QCVN 40:2011/BTNMT cột B (C)", "Cmax = C × Kq × Kf", "Số lần vượt Cmax"]]
    for k, (s, (label, unit, c, share)) in enumerate(VN_HOUSEHOLD_WATER.items(), 1):
        if s == "pH":
            v = round(r.uniform(3.2, 7.8), 1)
            over = "-" if 5.5 <= v <= 9 else "Không đạt"
            rows.append([str(k), label, unit, num(v, "vi"), "5,5 – 9", "5,5 – 9", over])
            add(doc, limit(("symbol", "pH"), "waste_water", c, None, "B", "NT1", v))
            continue
        cmax = _sig(c * kq * kf, 6)
        v = _sig(cmax * r.uniform(*share), 3)
        ratio = num(round(v / cmax, 1), "vi") if v > cmax else "-"
        rows.append([str(k), label, unit, num(v, "vi"), num(c, "vi"), num(cmax, "vi"), ratio])
        add(doc, limit(("symbol", s), "waste_water", cmax, "mg/l", "B", "NT1", v))
    doc.table("Bảng 1. Kết quả phân tích và so sánh với quy chuẩn", rows, role="limits")
    doc.p("Kết luận: các thông số có giá trị vượt Cmax là căn cứ để xử lý vi phạm hành chính theo Nghị định số 45/2022/NĐ-CP.")
    maybe_distractor(doc)


# (number, RU, KK, cleaned?, {code: КЭР norm, mg/Nm3})
WIRE_STACKS = (
    ("0001", "Дымовая труба печи патентирования (газоочистка отсутствует)", "Патенттеу пешінің түтін мұржасы (газ тазарту жоқ)", False,
     {"0184": 0.5, "0337": 300, "0301": 250}),
    ("0002", "Вентсистема травильного отделения после скруббера", "Скрубберден кейінгі улау бөлімшесінің желдету жүйесі", True, {"0316": 20}),
    ("0007", "Вытяжка ванны горячего цинкования № 1 после скруббера", "№ 1 ыстықтай мырыштау ваннасының скрубберден кейінгі сорғышы", True,
     {"0207": 5, "0316": 15, "0303": 20}),
    ("0008", "Вытяжка ванны горячего цинкования № 2 после скруббера", "№ 2 ыстықтай мырыштау ваннасының скрубберден кейінгі сорғышы", True,
     {"0207": 5, "0316": 15, "0303": 20}),
)  # fmt: skip


def limits_ja2(doc: Doc) -> None:
    """A wire factory's report on the measurements at its stacks, a row spanning the table per source (`ИЗА 0007 – …`)
    and a row per substance with the КЭР's norm, the concentration before the gas cleaning, after it and the efficiency in
    per cent — only the concentration after cleaning is judged against the norm — a patenting furnace with no cleaning whose
    `до ГОУ` and efficiency cells are dashes (VI: a galvanising line's stacks against Cmax of QCVN 19:2009/BTNMT column B,
    the scrubber's inlet beside its outlet under a merged header, flow and temperature rows with no limit)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_ja2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    operator = doc.pick(WIRE_PLANTS)[L]
    doc.h(g(f"Отчет по производственному экологическому контролю за {doc.pick(('II', 'IV'))} квартал 2025 года. {operator}",
            f"{operator}. 2025 жылғы {doc.pick(('II', 'IV'))} тоқсандағы өндірістік экологиялық бақылау жөніндегі есеп", ""))
    doc.h(g("3.2. Инструментальный контроль на источниках выбросов", "3.2. Шығарынды көздеріндегі аспаптық бақылау", ""))
    doc.p(g("Концентрации приведены к нормальным условиям. Соблюдение норматива оценивается по концентрации после газоочистного "
            "оборудования (ГОУ); концентрация до ГОУ определяется для расчета степени очистки.",
            "Концентрациялар қалыпты жағдайларға келтірілген. Нормативтің сақталуы газ тазарту жабдығынан (ГТЖ) кейінгі концентрация бойынша "
            "бағаланады; ГТЖ-ға дейінгі концентрация тазарту дәрежесін есептеу үшін анықталады.", ""))
    rows = [g(["Источник, загрязняющее вещество", "Норматив (КЭР), мг/нм³", "Концентрация до ГОУ, мг/нм³", "Концентрация после ГОУ, мг/нм³",
               "Степень очистки, %", "Вывод"],
              ["Көз, ластаушы зат", "Норматив (КЭР), мг/нм³", "ГТЖ-ға дейінгі концентрация, мг/нм³", "ГТЖ-дан кейінгі концентрация, мг/нм³",
               "Тазарту дәрежесі, %", "Қорытынды"], [])]
    merges = []
    ok, bad = g("соответствует", "сәйкес", ""), g("превышение", "асып кету", "")
    for number, s_ru, s_kk, cleaned, norms in WIRE_STACKS:
        _span(rows, merges, g(f"ИЗА {number} – {s_ru}", f"ЛШК {number} – {s_kk}", ""), 6)
        for c, norm in norms.items():
            after = _sig(norm * r.uniform(0.2, 1.05), 2)
            if cleaned:
                eff = round(r.uniform(82, 96), 1)
                before, eff_s = num(_sig(after / (1 - eff / 100), 3), doc.lang), num(eff, doc.lang)
            else:
                before, eff_s = "–", "–"
            rows.append([f"{c} – {_air(doc, c)}", num(norm, doc.lang), before, num(after, doc.lang), eff_s, ok if after <= norm else bad])
            add(doc, limit(("code", c), "flue_gas", norm, "mg/Nm3", None, number, after))
    doc.table(g("Таблица 3.2 – Результаты измерений", "3.2-кесте – Өлшеу нәтижелері", ""), rows, merges, role="limits")
    doc.add("sources", *({"number": x[0], "type": "organized"} for x in WIRE_STACKS))
    maybe_distractor(doc)


# (code, label, C of QCVN 19:2009/BTNMT column B, at KT1, at KT2)
VN_GALV_GAS = (("2902", "Bụi tổng", 200, True, True), ("0316", "HCl", 50, True, False), ("0303", "NH3", 50, True, False),
               ("0337", "CO", 1000, False, True), ("0301", "NOx (tính theo NO2)", 850, False, True))


def _limits_ja2_vi(doc: Doc) -> None:
    r = doc.rng
    kp, kv = 1.0, 1.0
    doc.h(f"BÁO CÁO KẾT QUẢ QUAN TRẮC MÔI TRƯỜNG ĐỊNH KỲ ĐỢT {doc.pick(('1', '2'))} NĂM 2025")
    doc.p("Cơ sở: Dây chuyền mạ kẽm nhúng nóng Nam Cầu Kiền – Công ty Cổ phần Mạ kẽm Nhúng nóng Thủy Nguyên. Quy chuẩn so sánh: QCVN "
          f"19:2009/BTNMT cột B, Kp = {num(kp, 'vi')} (lưu lượng dưới 20.000 m³/h), Kv = {num(kv, 'vi')} (khu công nghiệp). Kết quả đầu vào hệ "
          "thống xử lý chỉ dùng để đánh giá hiệu suất xử lý.")
    rows = [["TT", "Thông số", "Đơn vị", "KT1 – Ống thải hệ thống xử lý khí khu tẩy gỉ, trợ dung và bể kẽm", None, "KT2 – Ống khói lò đốt gas",
             "QCVN 19:2009/BTNMT cột B (Cmax)"],
            [None, None, None, "Đầu vào HTXL", "Đầu ra HTXL", "Đầu ra", None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 6, 1, 6)]
    rows.append(["1", "Lưu lượng", "m³/h", "-", num(r.randint(80, 160) * 100, "vi"), num(r.randint(20, 45) * 100, "vi"), "-"])
    rows.append(["2", "Nhiệt độ", "°C", num(r.randint(40, 60), "vi"), num(r.randint(32, 42), "vi"), num(r.randint(140, 220), "vi"), "-"])
    for k, (c, label, base, at1, at2) in enumerate(VN_GALV_GAS, 3):
        cmax = base * kp * kv
        line = [str(k), label, "mg/Nm³"]
        if at1:
            out = _sig(cmax * r.uniform(0.05, 0.6), 3)
            line += [num(_sig(out * r.uniform(5, 15), 3), "vi"), num(out, "vi")]
            add(doc, limit(("code", c), "flue_gas", cmax, "mg/Nm3", "B", "KT1", out))
        else:
            line += ["-", "-"]
        if at2:
            v2 = _sig(cmax * r.uniform(0.02, 0.4), 3)
            line.append(num(v2, "vi"))
            add(doc, limit(("code", c), "flue_gas", cmax, "mg/Nm3", "B", "KT2", v2))
        else:
            line.append("-")
        rows.append(line + [num(cmax, "vi")])
    doc.table("Bảng 4. Kết quả quan trắc khí thải", rows, merges, role="limits")
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring

COUNT_WORD = {12: "monthly", 4: "quarterly", 2: "semiannual", 1: "yearly"}
MONTHS_RU = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
# (section index, kind, ident, RU place, KK place, [(key kind, key)], months, RU executor, KK executor)
GALV_MARKS = (
    (0, "src", "0001", "вентсистема В-1 (линия цинкования)", "В-1 желдету жүйесі (мырыштау желісі)",
     [("code", "0316"), ("code", "0150"), ("code", "0203")], (3, 6, 9, 12)),
    (0, "src", "0002", "вентсистема В-2 (никелирование, хромирование)", "В-2 желдету жүйесі (никельдеу, хромдау)",
     [("code", "0164"), ("code", "0203"), ("code", "0322")], (3, 6, 9, 12)),
    (0, "src", "0003", "вентсистема В-3 (травильное отделение)", "В-3 желдету жүйесі (улау бөлімшесі)", [("code", "0316"), ("code", "0322")], (6, 12)),
    (1, "pt", "КК-1", "выпуск стоков после ЛОС гальванического участка", "гальваникалық учаскенің ЖТҚ-дан кейінгі ағындарды шығару",
     [("symbol", s) for s in ("pH", "TSS", "Cr6+", "Ni", "Zn", "Cu")], tuple(range(1, 13))),
    (1, "pt", "КК-2", "выпуск хозяйственно-бытовых стоков", "шаруашылық-тұрмыстық ағындарды шығару",
     [("symbol", s) for s in ("pH", "TSS", "BOD5", "NH4+")], (3, 6, 9, 12)),
    (2, "pt", "Т-1", "граница СЗЗ, север", "СҚА шекарасы, солтүстік", [("code", "0316"), ("code", "0203")], (7,)),
    (2, "pt", "Т-2", "граница СЗЗ, юг (жилая застройка)", "СҚА шекарасы, оңтүстік (тұрғын үйлер)", [("code", "0316"), ("code", "0203")], (7,)),
    (3, "pt", "П-1", "почва у площадки временного хранения шлама", "шламды уақытша сақтау алаңы жанындағы топырақ",
     [("soil", s) for s in ("Zn", "Ni", "Cr", "Cu")], (5, 9)),
)  # fmt: skip
MARK_SECTIONS = (("1. Выбросы в атмосферу (организованные источники)", "1. Атмосфераға шығарындылар (ұйымдастырылған көздер)"),
                 ("2. Сточные воды", "2. Сарқынды сулар"), ("3. Атмосферный воздух на границе СЗЗ", "3. СҚА шекарасындағы атмосфералық ауа"),
                 ("4. Почва", "4. Топырақ"))


def _param(doc: Doc, kind: str, key: str, with_code: bool = True) -> str:
    if kind == "code":
        return f"{key} {_air(doc, key)}" if with_code else _air(doc, key)
    if kind == "soil":
        return vocab.soil(key, doc.lang)
    return _water(doc, key)


def monitoring_ja1(doc: Doc) -> None:
    """A galvanic shop's ПЭК plan whose frequency is written nowhere in words and is read from month marks `+` under twelve
    columns `I … XII` beneath a merged `Месяцы отбора проб` — four marks a quarterly duty, twelve monthly, two twice a year,
    one yearly — for the ventilation sources (number first in the place's cell), the two control wells, the boundary
    points and the soil by the sludge site, under section rows per medium, the executor last (VI: a plating firm's plan
    with `x` under `T1 … T12`, its outlet's automatic station written `Tự động, liên tục` across the twelve months)."""
    if doc.lang == "vi":
        _monitoring_ja1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    s = doc.pick(GALV_SHOPS)
    operator, shop = s[L], s[2 + L]
    doc.h(g(f"Программа производственного экологического контроля на 2026–2028 годы. {operator}",
            f"{operator}. 2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.h(g(f"Раздел 4. План-график мониторинга эмиссий и воздействия ({shop})", f"4-бөлім. Эмиссиялар мен әсер мониторингінің кестесі ({shop})", ""))
    doc.p(g("Знаком «+» отмечены месяцы отбора проб. Отбор проб на источниках выбросов выполняется при работе линий с нагрузкой не менее 80 %.",
            "«+» белгісімен сынама алу айлары белгіленген. Шығарынды көздерінде сынама алу желілер кемінде 80 % жүктемемен жұмыс істеген кезде орындалады.", ""))
    rows = [g(["Точка контроля", "Контролируемые вещества, показатели", "Месяцы отбора проб"] + [None] * 11 + ["Исполнитель"],
              ["Бақылау нүктесі", "Бақыланатын заттар, көрсеткіштер", "Сынама алу айлары"] + [None] * 11 + ["Орындаушы"], []),
            [None, None, *MONTHS_RU, None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 13), (0, 14, 1, 14)]
    lab = g("аккредитованная лаборатория (по договору)", "аккредиттелген зертхана (шарт бойынша)", "")
    own = g("лаборатория станции нейтрализации", "бейтараптандыру станциясының зертханасы", "")
    section, pairs = None, []
    for sec, kind, ident, p_ru, p_kk, keys, months in GALV_MARKS:
        if sec != section:
            section = sec
            _span(rows, merges, MARK_SECTIONS[sec][L], 15)
        place = f"{ident} – {(p_ru, p_kk)[L]}"
        marks = ["+" if m in months else "" for m in range(1, 13)]
        rows.append([place, "; ".join(_param(doc, k, key) for k, key in keys), *marks, own if ident == "КК-1" else lab])
        word = COUNT_WORD[len(months)]
        for k, key in keys:
            loc = {"source_number": ident} if kind == "src" else {"point": ident}
            doc.add("monitoring", {**loc, ("code" if k == "code" else "symbol"): key, "frequency": word})
            if kind == "src":
                pairs.append((ident, key))
    doc.table(g("Таблица 4.1 – План-график отбора проб", "4.1-кесте – Сынама алу кестесі", ""), rows, merges, role="monitoring")
    doc.add("sources", *({"number": n, "type": "organized"} for n in ("0001", "0002", "0003")))
    doc.add("emissions", *(emission(c, None, None, n) for n, c in pairs))
    maybe_distractor(doc)


# (point, place, [(key kind, key)], months or None for the automatic station)
VN_MARKS = (
    ("KT1", "Ống thải số 1 – dây chuyền mạ kẽm", [("code", "0316"), ("code", "0150"), ("code", "0203")], (6, 12)),
    ("KT2", "Ống thải số 2 – dây chuyền mạ niken – crom", [("code", "0322"), ("code", "0164"), ("code", "0203")], (6, 12)),
    ("KT3", "Ống thải số 3 – khu vực tẩy gỉ", [("code", "0316")], (6, 12)),
    ("NT1", "Nước thải sau hệ thống xử lý, trước khi đấu nối vào hệ thống thu gom của KCN",
     [("symbol", s) for s in ("pH", "TSS", "COD", "Cr6+", "Ni", "Zn", "Cu", "CN-")], (3, 6, 9, 12)),
    ("NT1", "Trạm quan trắc nước thải tự động, liên tục tại NT1 (lưu lượng, nhiệt độ, pH, COD, TSS)",
     [("symbol", s) for s in ("pH", "COD", "TSS")], None),
)


def _monitoring_ja1_vi(doc: Doc) -> None:
    company, name = doc.pick(VN_PLATERS)[:2]
    doc.h(f"KẾ HOẠCH QUAN TRẮC MÔI TRƯỜNG NĂM 2026 – {name.upper()}")
    doc.p(f"Chủ cơ sở: {company}. Dấu «x» thể hiện tháng thực hiện lấy mẫu; thông số quan trắc theo Giấy phép môi trường đã được cấp.")
    rows = [["Ký hiệu, vị trí", "Thông số", "Tháng thực hiện"] + [None] * 11,
            [None, None, *(f"T{m}" for m in range(1, 13))]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 13)]
    for point, place, keys, months in VN_MARKS:
        said = ", ".join(_param(doc, k, key, False) for k, key in keys)
        if months is None:
            rows.append([f"{point} – {place}", "Lưu lượng, nhiệt độ, " + said, "Tự động, liên tục"] + [None] * 11)
            merges.append((len(rows) - 1, 2, len(rows) - 1, 13))
            word = "continuous"
        else:
            rows.append([f"{point} – {place}", said, *("x" if m in months else "" for m in range(1, 13))])
            word = COUNT_WORD[len(months)]
        for k, key in keys:
            doc.add("monitoring", {"point": point, ("code" if k == "code" else "symbol"): key, "frequency": word})
    doc.table("Bảng 1. Kế hoạch quan trắc", rows, merges, role="monitoring")
    doc.p("Dữ liệu quan trắc tự động được truyền liên tục về Sở Nông nghiệp và Môi trường.")
    maybe_distractor(doc)


# ([numbers], RU place, KK place, [codes], frequency, RU method, KK method)
CABLE_PLAN = (
    (["0001", "0002"], "Местные отсосы экструзионных линий № 1 и № 2 (головки экструдеров, ванны охлаждения)",
     "№ 1 және № 2 экструзиялық желілердің жергілікті сорғыштары (экструдер бастиектері, салқындату ванналары)", ["0316", "0827", "1217", "0337"],
     "quarterly", "инструментальный", "аспаптық"),
    (["0003"], "Дымовая труба печи отжига медной проволоки (природный газ)", "Мыс сымды күйдіру пешінің түтін мұржасы (табиғи газ)",
     ["0301", "0304", "0337"], "semiannual", "инструментальный", "аспаптық"),
    (["0004"], "Вытяжка участка маркировки кабеля", "Кабельді таңбалау учаскесінің сорғышы", ["1401"], "yearly", "расчетный", "есептік"),
    (["0005"], "Аспирация дробилки отходов ПВХ-пластиката (циклон)", "ПВХ-пластикат қалдықтарын ұсақтағыштың аспирациясы (циклон)", ["2902"],
     "quarterly", "инструментальный", "аспаптық"),
    (["Т-1", "Т-2", "Т-3", "Т-4"], "Граница СЗЗ (север, восток, юг, запад)", "СҚА шекарасы (солтүстік, шығыс, оңтүстік, батыс)",
     ["0316", "0827", "0337"], "quarterly", "инструментальный", "аспаптық"),
)  # fmt: skip
CABLE_LEGEND = ("0301", "0304", "0316", "0337", "0827", "1217", "1401", "2902")


def monitoring_ja2(doc: Doc) -> None:
    """A Pavlodar cable plant's ПЭК programme in which the substances are bare codes (`0316, 0827, 1217, 0337`) explained
    only in a legend of no role after the table (code, name, class), the two extrusion lines in one cell `0001, 0002`, the
    boundary points `Т-1, Т-2, Т-3, Т-4` in one cell, the method instrumental or by calculation, the storm-water pond with
    named parameters in a row of its own (VI: the programme of monitoring the environment of a plating craft village,
    surface water, air and paddy soil, frequencies written `04 lần/năm (tháng 3, 6, 9, 12)`, `02 lần/năm (mùa khô, mùa
    mưa)`, the component merged down)."""
    if doc.lang == "vi":
        _monitoring_ja2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    c = doc.pick(CABLE_PLANTS)
    operator = c[2 + L]
    doc.h(g(f"Программа производственного экологического контроля. {operator}", f"{operator}. Өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.p(g("Раздел 5. Операционный мониторинг и мониторинг эмиссий. Наименования веществ по кодам приведены в таблице 5.2.",
            "5-бөлім. Операциялық мониторинг және эмиссиялар мониторингі. Заттардың кодтар бойынша атаулары 5.2-кестеде келтірілген.", ""))
    rows = [g(["№ п/п", "№ ИЗА / точки", "Место контроля", "Коды контролируемых веществ", "Периодичность", "Метод контроля", "Исполнитель"],
              ["Р/с №", "ЛШК / нүкте №", "Бақылау орны", "Бақыланатын заттардың кодтары", "Кезеңділігі", "Бақылау әдісі", "Орындаушы"], [])]
    lab = g("аккредитованная лаборатория", "аккредиттелген зертхана", "")
    pairs, k = [], 0
    for idents, p_ru, p_kk, codes, word, m_ru, m_kk in CABLE_PLAN:
        k += 1
        rows.append([str(k), ", ".join(idents), (p_ru, p_kk)[L], ", ".join(codes), freq(doc, word), (m_ru, m_kk)[L],
                     lab if m_ru != "расчетный" else g("инженер-эколог", "инженер-эколог", "")])
        for ident in idents:
            loc = {"point": ident} if ident.startswith("Т") else {"source_number": ident}
            for code in codes:
                doc.add("monitoring", {**loc, "code": code, "frequency": word})
                if "source_number" in loc:
                    pairs.append((ident, code))
    k += 1
    water = ("pH", "TSS", "TPH", "Cu")
    rows.append([str(k), "ПН-1", g("Пруд-накопитель ливневых стоков", "Нөсер ағындарын жинақтағыш тоған", ""),
                 ", ".join(_water(doc, s) for s in water), g("ежемесячно (апрель – октябрь)", "ай сайын (сәуір – қазан)", ""),
                 g("инструментальный", "аспаптық", ""), lab])
    doc.add("monitoring", *({"point": "ПН-1", "symbol": s, "frequency": "monthly"} for s in water))
    doc.table(g("Таблица 5.1 – План-график контроля", "5.1-кесте – Бақылау кестесі", ""), rows, role="monitoring")
    legend = [g(["Код", "Наименование загрязняющего вещества", "Класс опасности"], ["Коды", "Ластаушы заттың атауы", "Қауіптілік сыныбы"], [])]
    for code in CABLE_LEGEND:
        hz = _hazard(code)
        legend.append([code, _air(doc, code), str(hz) if hz else "–"])
    doc.table(g("Таблица 5.2 – Перечень кодов загрязняющих веществ", "5.2-кесте – Ластаушы заттар кодтарының тізбесі", ""), legend, role="other")
    doc.add("sources", *({"number": n, "type": "organized"} for n in ("0001", "0002", "0003", "0004", "0005")))
    doc.add("emissions", *(emission(c, None, None, n) for n, c in pairs))


# (component, point, place, [(key kind, key)], frequency, said)
VN_VILLAGE = (
    ("Nước mặt", "NM1", "Mương tiêu chung khu phố Đa Hội (điểm tiếp nhận nước thải các cơ sở xi mạ)",
     [("symbol", s) for s in ("pH", "TSS", "COD", "Cr6+", "Ni", "Zn", "CN-")], "quarterly", "04 lần/năm (tháng 3, 6, 9, 12)"),
    ("Nước mặt", "NM2", "Sông Ngũ Huyện Khê, cách điểm nhập lưu của mương tiêu 200 m về hạ lưu",
     [("symbol", s) for s in ("pH", "DO", "COD", "NH4+", "Cr6+")], "semiannual", "02 lần/năm (mùa khô, mùa mưa)"),
    ("Không khí xung quanh", "KK1", "Khu dân cư giáp cụm các cơ sở xi mạ", [("code", "2902"), ("code", "0316")], "quarterly",
     "04 lần/năm (tháng 3, 6, 9, 12)"),
    ("Không khí xung quanh", "KK2", "Cổng Trường Tiểu học Châu Khê", [("code", "2902"), ("code", "0316")], "semiannual", "02 lần/năm (tháng 4, 10)"),
    ("Đất", "Đ1", "Ruộng lúa giáp mương tiêu chung", [("soil", s) for s in ("Cr", "Ni", "Zn", "Cu")], "yearly", "01 lần/năm (sau vụ chiêm)"),
)  # fmt: skip


def _monitoring_ja2_vi(doc: Doc) -> None:
    doc.h("CHƯƠNG TRÌNH QUAN TRẮC CHẤT LƯỢNG MÔI TRƯỜNG LÀNG NGHỀ ĐA HỘI NĂM 2024")
    doc.p("Cơ quan thực hiện: Trung tâm Quan trắc tài nguyên và môi trường tỉnh Bắc Ninh, phối hợp với Ủy ban nhân dân phường Châu Khê. "
          "Kết quả quan trắc được so sánh với QCVN 08:2023/BTNMT, QCVN 05:2023/BTNMT và QCVN 03:2023/BTNMT.")
    rows = [["TT", "Thành phần môi trường", "Ký hiệu điểm", "Vị trí quan trắc", "Thông số", "Tần suất"]]
    merges = []
    start, comp = None, None
    for k, (component, point, place, keys, word, said) in enumerate(VN_VILLAGE, 1):
        if component != comp:
            if start is not None and len(rows) - 1 > start:
                merges.append((start, 1, len(rows) - 1, 1))
            comp, start = component, len(rows)
        rows.append([str(k), component if len(rows) == start else None, point, place, ", ".join(_param(doc, kk, key, False) for kk, key in keys), said])
        for kk, key in keys:
            doc.add("monitoring", {"point": point, ("code" if kk == "code" else "symbol"): key, "frequency": word})
    if len(rows) - 1 > start:
        merges.append((start, 1, len(rows) - 1, 1))
    doc.table("Bảng 2. Vị trí, thông số và tần suất quan trắc", rows, merges, role="monitoring")
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

# (RU object, KK object, (RU responsible, KK), (RU deputy, KK), frequency, RU said, KK said)
GALV_CHECKS = (
    ("Работа бортовых отсосов и вентсистем В-1 – В-3 (наличие тяги, состояние воздуховодов)",
     "Борттық сорғыштар мен В-1 – В-3 желдету жүйелерінің жұмысы (тартудың болуы, ауа өткізгіштердің жай-күйі)",
     ("мастер гальванического участка", "гальваникалық учаске шебері"), ("сменный технолог", "ауысымдық технолог"), "weekly",
     "еженедельно (понедельник)", "апта сайын (дүйсенбі)"),
    ("Работа скруббера СПП-6 (расход орошающей жидкости, pH раствора)", "СПП-6 скрубберінің жұмысы (суаратын сұйықтың шығыны, ерітіндінің pH)",
     ("механик участка", "учаске механигі"), ("мастер гальванического участка", "гальваникалық учаске шебері"), "daily", "ежедневно", "күн сайын"),
    ("Станция нейтрализации: дозирование реагентов, pH на выходе, работа фильтр-пресса",
     "Бейтараптандыру станциясы: реагенттерді мөлшерлеу, шығыстағы pH, сүзгі-престің жұмысы",
     ("начальник станции нейтрализации", "бейтараптандыру станциясының бастығы"), ("инженер-технолог", "инженер-технолог"), "daily",
     "ежедневно, в начале первой смены", "күн сайын, бірінші ауысымның басында"),
    ("Площадка временного хранения шлама и тары, маркировка контейнеров, журнал учета отходов",
     "Шлам мен ыдысты уақытша сақтау алаңы, контейнерлерді таңбалау, қалдықтарды есепке алу журналы",
     ("инженер-эколог", "инженер-эколог"), ("начальник участка", "учаске бастығы"), "monthly", "ежемесячно", "ай сайын"),
    ("Выполнение плана-графика ПЭК, соблюдение нормативов эмиссий по протоколам лаборатории",
     "ӨЭБ кестесінің орындалуы, зертхана хаттамалары бойынша эмиссия нормативтерінің сақталуы",
     ("инженер-эколог", "инженер-эколог"), ("главный технолог", "бас технолог"), "quarterly", "ежеквартально", "тоқсан сайын"),
    ("Герметичность ванн, поддонов и приямков, состояние кислотоупорного покрытия полов",
     "Ванналардың, табандықтар мен шұңқырлардың саңылаусыздығы, едендердің қышқылға төзімді жабынының жай-күйі",
     ("главный механик", "бас механик"), ("механик участка", "учаске механигі"), "semiannual", "1 раз в полугодие (при плановом ремонте)",
     "жарты жылда 1 рет (жоспарлы жөндеу кезінде)"),
    ("Комплексная проверка соблюдения экологических требований на участке", "Учаскеде экологиялық талаптардың сақталуын кешенді тексеру",
     ("главный инженер", "бас инженер"), ("заместитель главного инженера", "бас инженердің орынбасары"), "yearly", "ежегодно (ноябрь)",
     "жыл сайын (қараша)"),
    ("Внеплановая проверка при проливе электролита или аварийном сбросе стоков",
     "Электролит төгілген немесе ағындар авариялық төгілген кездегі жоспардан тыс тексеру",
     ("главный инженер", "бас инженер"), ("начальник участка", "учаске бастығы"), None, "при возникновении", "туындаған кезде"),
)  # fmt: skip


def inspections_ja1(doc: Doc) -> None:
    """The order of a galvanic shop's operator on sharing its internal environmental checks, a few clauses in prose and an
    annex table with the object and subject of each check, the responsible, the deputy who stands in during absence in a
    column of its own — the responsible is the one who checks — and the frequency with its day or occasion, a check after a
    spill of electrolyte with no frequency (VI: a plating firm's decision assigning its internal checks, `Người thực hiện |
    Người thay thế (khi vắng mặt)`, a check at each incident)."""
    r = doc.rng
    if doc.lang == "vi":
        _inspections_ja1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    s = doc.pick(GALV_SHOPS)
    operator, shop = s[L], s[2 + L]
    doc.h(g(f"Приказ № {r.randint(12, 95)}-П «О распределении обязанностей по внутреннему экологическому контролю». {operator}",
            f"{operator}. «Ішкі экологиялық бақылау жөніндегі міндеттерді бөлу туралы» № {r.randint(12, 95)}-Б бұйрық", ""))
    doc.p(g(f"1. Возложить проведение проверок объектов участка «{shop}» на работников согласно приложению. 2. Результаты проверок "
            "заносить в журнал внутреннего экологического контроля. 3. На время отсутствия ответственного проверку проводит замещающий.",
            f"1. «{shop}» учаскесінің объектілерін тексеруді қосымшаға сәйкес қызметкерлерге жүктеу. 2. Тексеру нәтижелерін ішкі экологиялық "
            "бақылау журналына енгізу. 3. Жауапты тұлға болмаған уақытта тексеруді алмастырушы жүргізеді.", ""))
    rows = [g(["№", "Объект и предмет проверки", "Ответственный", "Замещающий (на время отсутствия)", "Периодичность"],
              ["№", "Тексеру объектісі мен мәні", "Жауапты", "Алмастырушы (болмаған уақытта)", "Кезеңділігі"], [])]
    for k, (o_ru, o_kk, resp, dep, word, s_ru, s_kk) in enumerate(GALV_CHECKS, 1):
        obj = (o_ru, o_kk)[L]
        rows.append([str(k), obj, resp[L].capitalize(), dep[L].capitalize(), (s_ru, s_kk)[L]])
        item = {"kind": "inspection", "number": str(k), "text_contains": _words(obj, 3), "actor_contains": resp[L]}
        if word:
            item["frequency"] = word
        doc.add("obligations", item)
    doc.table(g("Приложение к приказу. Распределение проверок", "Бұйрыққа қосымша. Тексерулерді бөлу", ""), rows, role="inspections")
    distractor(doc, "approval")


# (what, responsible, deputy, frequency, said)
VN_GALV_CHECKS = (
    ("Hệ thống chụp hút thành bể và quạt hút (độ kín, lưu lượng hút)", "Tổ trưởng tổ mạ", "Kỹ thuật viên ca", "weekly", "Hằng tuần (thứ Hai)"),
    ("Tháp hấp thụ khí thải (pH dung dịch hấp thụ, bơm tuần hoàn)", "Kỹ thuật viên vận hành HTXL khí thải", "Tổ trưởng tổ mạ", "daily", "Hằng ngày"),
    ("Hệ thống xử lý nước thải (hóa chất, pH sau trung hòa, máy ép bùn)", "Cán bộ vận hành HTXL nước thải", "Trưởng bộ phận kỹ thuật", "daily",
     "Hằng ngày, đầu ca 1"),
    ("Kho lưu giữ chất thải nguy hại (nhãn, bao bì, sổ theo dõi)", "Cán bộ phụ trách môi trường", "Trưởng bộ phận kho", "monthly", "01 tháng/lần"),
    ("Việc thực hiện chương trình quan trắc và giới hạn xả thải theo giấy phép", "Cán bộ phụ trách môi trường", "Phó Giám đốc sản xuất", "quarterly",
     "03 tháng/lần"),
    ("Bể mạ, khay chống tràn và rãnh thu hóa chất", "Trưởng bộ phận bảo trì", "Tổ trưởng tổ mạ", "semiannual", "06 tháng/lần"),
    ("Kiểm tra tổng thể việc tuân thủ pháp luật về bảo vệ môi trường", "Phó Giám đốc sản xuất", "Trưởng bộ phận kỹ thuật", "yearly", "01 lần/năm (tháng 11)"),
    ("Kiểm tra khi xảy ra sự cố rò rỉ dung dịch mạ", "Phó Giám đốc sản xuất", "Cán bộ phụ trách môi trường", None, "Khi xảy ra sự cố"),
)  # fmt: skip


def _inspections_ja1_vi(doc: Doc) -> None:
    r = doc.rng
    company, name = doc.pick(VN_PLATERS)[:2]
    doc.h("QUYẾT ĐỊNH VỀ VIỆC PHÂN CÔNG NHIỆM VỤ KIỂM TRA NỘI BỘ CÔNG TÁC BẢO VỆ MÔI TRƯỜNG")
    doc.p(f"Số: {r.randint(5, 60):02d}/{r.choice((2025, 2026))}/QĐ-GĐ. Giám đốc {company} quyết định: Điều 1. Phân công các cá nhân thực hiện kiểm "
          f"tra nội bộ tại {name} theo Phụ lục kèm theo. Điều 2. Khi người thực hiện vắng mặt, người thay thế chịu trách nhiệm kiểm tra.")
    rows = [["TT", "Nội dung kiểm tra", "Người thực hiện", "Người thay thế (khi vắng mặt)", "Tần suất"]]
    for k, (what, who, dep, word, said) in enumerate(VN_GALV_CHECKS, 1):
        rows.append([str(k), what, who, dep, said])
        item = {"kind": "inspection", "number": str(k), "text_contains": _words(what, 4), "actor_contains": who}
        if word:
            item["frequency"] = word
        doc.add("obligations", item)
    doc.table("Phụ lục. Phân công kiểm tra nội bộ", rows, role="inspections")
    maybe_distractor(doc)


# (RU area, KK area, RU what, KK what, frequency, RU when, KK when, RU who, KK who)
WIRE_CHECKS = (
    ("Травильное отделение", "Улау бөлімшесі", "Работа вентсистемы и скруббера, уровень кислоты в ваннах, отсутствие проливов",
     "Желдету жүйесі мен скруббердің жұмысы, ванналардағы қышқыл деңгейі, төгілудің болмауы", "weekly", "каждый понедельник", "әр дүйсенбі",
     "мастер травильного отделения", "улау бөлімшесінің шебері"),
    ("Печь патентирования", "Патенттеу пеші", "Состояние свинцовой ванны и ее укрытия, отсутствие выноса свинца с проволокой",
     "Қорғасын ваннасы мен оның жабындысының жай-күйі, қорғасынның сыммен бірге шығарылмауы", "monthly", "в последнюю пятницу месяца",
     "айдың соңғы жұмасында", "энергетик цеха", "цех энергетигі"),
    ("Линия горячего цинкования", "Ыстықтай мырыштау желісі", "Работа вытяжек над ваннами, сбор гартцинка и цинковой золы в закрытую тару",
     "Ванналар үстіндегі сорғыштардың жұмысы, гартцинк пен мырыш күлін жабық ыдысқа жинау", "quarterly", "в первую декаду квартала",
     "тоқсанның бірінші онкүндігінде", "инженер-эколог", "инженер-эколог"),
    ("Площадки накопления отходов", "Қалдықтарды жинақтау алаңдары", "Раздельное накопление, маркировка контейнеров, сроки накопления",
     "Бөлек жинақтау, контейнерлерді таңбалау, жинақтау мерзімдері", "monthly", "15 числа каждого месяца", "әр айдың 15-інде", "инженер-эколог",
     "инженер-эколог"),
    ("Ливневая канализация", "Нөсер кәрізі", "Состояние нефтеловушки и пескоуловителя, отсутствие окалины в колодцах",
     "Мұнай ұстағыш пен құм ұстағыштың жай-күйі, құдықтарда қаспақтың болмауы", "semiannual", "в апреле и октябре", "сәуірде және қазанда",
     "начальник цеха водоснабжения", "сумен жабдықтау цехының бастығы"),
    ("Склад кислот и реагентов", "Қышқылдар мен реагенттер қоймасы", "Герметичность емкостей, наличие нейтрализующих средств",
     "Сыйымдылықтардың саңылаусыздығы, бейтараптандыратын құралдардың болуы", "yearly", "в мае (ежегодная ревизия)", "мамырда (жыл сайынғы тексеру)",
     "главный инженер", "бас инженер"),
    ("Площадки складирования катанки и готовой продукции", "Катанка мен дайын өнімді қоймалау алаңдары",
     "Отсутствие смыва окалины и смазки ливневыми водами", "Қаспақ пен майлаудың нөсер суларымен шайылмауы", None, "после каждого ливня",
     "әр нөсерден кейін", "инженер-эколог", "инженер-эколог"),
    ("Станция нейтрализации кислых стоков", "Қышқыл ағындарды бейтараптандыру станциясы", "pH стоков на выходе, дозирование известкового молока",
     "Шығыстағы ағындардың pH, әк сүтін мөлшерлеу", None, "ежесменно, при приеме смены", "ауысым сайын, ауысымды қабылдау кезінде",
     "оператор станции нейтрализации", "бейтараптандыру станциясының операторы"),
)  # fmt: skip


def inspections_ja2(doc: Doc) -> None:
    """A wire factory's calendar of internal checks for the year whose times are only words — `каждый понедельник`, `в
    последнюю пятницу месяца`, `15 числа каждого месяца`, `в первую декаду квартала`, `в апреле и октябре`, `в мае
    (ежегодная ревизия)` — the area, what is checked, who checks and the number of the journal the result goes to in a last
    column, a check after each rainstorm and one at every shift that are no frequency of the contract (VI: a cable factory's
    lịch kiểm tra, `Thứ Hai hằng tuần`, `Thứ Sáu cuối cùng của tháng`, `Sau mỗi trận mưa lớn`)."""
    if doc.lang == "vi":
        _inspections_ja2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    operator = doc.pick(WIRE_PLANTS)[L]
    doc.h(g(f"Календарь внутренних проверок природоохранной деятельности на 2026 год. {operator}",
            f"{operator}. 2026 жылға арналған табиғат қорғау қызметін ішкі тексерулер күнтізбесі", ""))
    doc.p(g("Утвержден главным инженером. Если день проверки приходится на выходной, проверка проводится в первый рабочий день после него.",
            "Бас инженер бекітті. Тексеру күні демалыс күніне сәйкес келсе, тексеру одан кейінгі бірінші жұмыс күні жүргізіледі.", ""))
    rows = [g(["№", "Участок", "Что проверяется", "Когда проверяется", "Кто проверяет", "Запись результатов"],
              ["№", "Учаске", "Не тексеріледі", "Қашан тексеріледі", "Кім тексереді", "Нәтижелерді жазу"], [])]
    for k, (a_ru, a_kk, w_ru, w_kk, word, t_ru, t_kk, who_ru, who_kk) in enumerate(WIRE_CHECKS, 1):
        what, who = (w_ru, w_kk)[L], (who_ru, who_kk)[L]
        rows.append([str(k), (a_ru, a_kk)[L], what, (t_ru, t_kk)[L], who.capitalize(), g(f"журнал № {k + 2}", f"№ {k + 2} журнал", "")])
        item = {"kind": "inspection", "number": str(k), "text_contains": _words(what, 3), "actor_contains": who}
        if word:
            item["frequency"] = word
        doc.add("obligations", item)
    doc.table(g("Календарь проверок", "Тексерулер күнтізбесі", ""), rows, role="inspections")
    maybe_distractor(doc)


# (area, what, frequency, when, who)
VN_CABLE_CHECKS = (
    ("Xưởng kéo đồng", "Hệ thống lọc và tuần hoàn dung dịch nhũ tương kéo dây", "weekly", "Thứ Hai hằng tuần", "Quản đốc xưởng kéo"),
    ("Xưởng bọc nhựa PVC", "Chụp hút và hệ thống xử lý hơi nhựa tại đầu đùn", "monthly", "Thứ Sáu cuối cùng của tháng", "Trưởng ca bọc nhựa"),
    ("Lò ủ dây đồng", "Ống khói, đầu đốt gas, rò rỉ khí", "quarterly", "Tuần đầu tiên của mỗi quý", "Kỹ sư cơ điện"),
    ("Kho chất thải nguy hại", "Nhãn, phân loại, thời gian lưu giữ", "monthly", "Ngày 15 hằng tháng", "Cán bộ môi trường"),
    ("Hệ thống thoát nước mưa", "Hố ga, song chắn rác, tình trạng ngập úng", "semiannual", "Tháng 4 và tháng 10", "Tổ bảo trì"),
    ("Toàn nhà máy", "Tuân thủ giấy phép môi trường", "yearly", "Tháng 12 hằng năm", "Phó Giám đốc nhà máy"),
    ("Bãi chứa lô cáp thành phẩm", "Rơi vãi dầu, nhựa vụn cuốn theo nước mưa", None, "Sau mỗi trận mưa lớn", "Cán bộ môi trường"),
    ("Trạm nén khí", "Nước ngưng lẫn dầu từ máy nén khí", None, "Đầu mỗi ca sản xuất", "Công nhân vận hành máy nén"),
)


def _inspections_ja2_vi(doc: Doc) -> None:
    _, new, name, *_ = doc.pick(VN_CABLE)
    doc.h(f"LỊCH KIỂM TRA NỘI BỘ VỀ BẢO VỆ MÔI TRƯỜNG NĂM 2026 – {name.upper()}")
    doc.p(f"Ban hành kèm theo Quyết định của Tổng Giám đốc {new}. Kết quả kiểm tra ghi vào sổ theo dõi của từng bộ phận.")
    rows = [["TT", "Khu vực", "Nội dung kiểm tra", "Thời điểm kiểm tra", "Người kiểm tra", "Ghi chép"]]
    for k, (area, what, word, when, who) in enumerate(VN_CABLE_CHECKS, 1):
        rows.append([str(k), area, what, when, who, f"Sổ số {k:02d}"])
        item = {"kind": "inspection", "number": str(k), "text_contains": _words(what, 4), "actor_contains": who}
        if word:
            item["frequency"] = word
        doc.add("obligations", item)
    doc.table("Bảng 1. Lịch kiểm tra", rows, role="inspections")
    maybe_distractor(doc)


# ---------------------------------------------------------------- tasks

# ((RU section, KK section), [(RU, KK, RU term, KK term, (RU executor, KK), (RU controller, KK), million tenge or None, (RU status, KK))])
CHROME_PLAN = (
    (("Замена технологий", "Технологияларды ауыстыру"), [
        ("Перевод пассивирования цинковых покрытий с шестивалентного на трехвалентный хром", "Мырыш жабындарын пассивациялауды алты валентті хромнан "
         "үш валентті хромға ауыстыру", "IV квартал 2026 г.", "2026 ж. IV тоқсан", ("главный технолог", "бас технолог"), ("главный инженер", "бас инженер"),
         18.5, ("в работе", "орындалуда")),
        ("Замена электролита декоративного хромирования на электролит на основе трехвалентного хрома", "Сәндік хромдау электролитін үш валентті хром "
         "негізіндегі электролитке ауыстыру", "2027 г.", "2027 ж.", ("главный технолог", "бас технолог"), ("главный инженер", "бас инженер"), 42.0,
         ("перенесено на 2027 г. (решение техсовета от 14.11.2025)", "2027 ж. ауыстырылды (техкеңестің 14.11.2025 шешімі)"))]),
    (("Охрана атмосферного воздуха", "Атмосфералық ауаны қорғау"), [
        ("Установка каплеуловителя и второй ступени скруббера на вентсистеме В-1", "В-1 желдету жүйесіне тамшы ұстағыш пен скруббердің екінші сатысын орнату",
         "II квартал 2026 г.", "2026 ж. II тоқсан", ("главный механик", "бас механик"), ("инженер-эколог", "инженер-эколог"), 12.3, ("не начато", "басталған жоқ")),
        ("Укрытие зеркала ванн травления плавающими полипропиленовыми шарами", "Улау ванналарының айнасын қалқымалы полипропилен шарлармен жабу",
         "I квартал 2026 г.", "2026 ж. I тоқсан", ("мастер гальванического участка", "гальваникалық учаске шебері"), ("главный технолог", "бас технолог"),
         1.4, ("в работе", "орындалуда"))]),
    (("Сточные воды и отходы", "Сарқынды сулар және қалдықтар"), [
        ("Внедрение каскадной противоточной промывки на линии никелирования", "Никельдеу желісіне каскадты қарсы ағынды жууды енгізу",
         "III квартал 2026 г.", "2026 ж. III тоқсан", ("главный технолог", "бас технолог"), ("главный инженер", "бас инженер"), 9.8, ("не начато", "басталған жоқ")),
        ("Установка ионообменной доочистки стоков станции нейтрализации перед выпуском КК-1", "КК-1 шығарылымының алдында бейтараптандыру станциясы "
         "ағындарын ион алмасу арқылы қосымша тазартуды орнату", "IV квартал 2026 г.", "2026 ж. IV тоқсан",
         ("начальник станции нейтрализации", "бейтараптандыру станциясының бастығы"), ("инженер-эколог", "инженер-эколог"), 24.6,
         ("проектирование", "жобалау")),
        ("Заключение договора на переработку гальваношлама с извлечением металлов", "Металдарды бөліп ала отырып гальваникалық шламды қайта өңдеуге шарт жасасу",
         "январь 2026 г.", "2026 ж. қаңтар", ("инженер-эколог", "инженер-эколог"), ("заместитель директора по производству", "өндіріс жөніндегі директордың орынбасары"),
         None, ("в работе", "орындалуда"))]),
)  # fmt: skip


def tasks_ja1(doc: Doc) -> None:
    """A galvanic shop's plan of replacing hexavalent chromium and cleaning its air and effluents, items `1.1` under
    section rows, the term, the executor and who controls the execution in two columns of positions — the executor acts —
    the cost in millions of tenge with a dash for an item of no cost, and the status on the first of January (`в работе`,
    `не начато`, `проектирование`), one item put off to the next year by the technical council (VI: a town's plan of moving
    the plating households of a craft village into an industrial cluster, `Đơn vị chủ trì | Đơn vị phối hợp`)."""
    if doc.lang == "vi":
        _tasks_ja1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    s = doc.pick(GALV_SHOPS)
    operator, shop = s[L], s[2 + L]
    doc.h(g(f"План мероприятий по снижению негативного воздействия гальванического производства на 2026–2027 годы. {operator}",
            f"{operator}. 2026–2027 жылдарға арналған гальваникалық өндірістің теріс әсерін азайту жөніндегі іс-шаралар жоспары", ""))
    doc.p(g(f"Объект: {shop}. Статус мероприятий указан по состоянию на 01.01.2026.", f"Объект: {shop}. Іс-шаралардың мәртебесі 01.01.2026 жағдай бойынша көрсетілген.", ""))
    rows = [g(["№", "Мероприятие", "Срок", "Исполнитель", "Контроль исполнения", "Стоимость, млн тенге", "Статус на 01.01.2026"],
              ["№", "Іс-шара", "Мерзімі", "Орындаушы", "Орындалуын бақылау", "Құны, млн теңге", "01.01.2026 жағдай бойынша мәртебесі"], [])]
    merges = []
    for sn, (section, items) in enumerate(CHROME_PLAN, 1):
        _span(rows, merges, f"{sn}. {section[L]}", 7)
        for k, (t_ru, t_kk, term_ru, term_kk, who, ctrl, cost, status) in enumerate(items, 1):
            text = (t_ru, t_kk)[L]
            rows.append([f"{sn}.{k}", text, (term_ru, term_kk)[L], who[L].capitalize(), ctrl[L].capitalize(), num(cost, doc.lang) if cost else "–", status[L]])
            doc.add("obligations", {"kind": "task", "number": f"{sn}.{k}", "text_contains": _words(text, 4), "actor_contains": who[L]})
    doc.table(g("Таблица 1 – Мероприятия", "1-кесте – Іс-шаралар", ""), rows, merges, role="tasks")
    maybe_distractor(doc)


# (task, lead, partners, term)
VN_RELOCATION = (
    ("Rà soát, lập danh sách các cơ sở xi mạ phải di dời vào cụm công nghiệp", "Ủy ban nhân dân phường Châu Khê", "Phòng Kinh tế; Công an phường",
     "Quý I/2025"),
    ("Hoàn thiện hạ tầng khu xi mạ tập trung và hệ thống xử lý nước thải riêng cho nước thải xi mạ",
     "Chủ đầu tư hạ tầng cụm công nghiệp", "Sở Công Thương; Sở Tài nguyên và Môi trường", "Quý III/2025"),
    ("Tổ chức cho các cơ sở ký hợp đồng thuê đất và đăng ký môi trường tại cụm công nghiệp", "Phòng Kinh tế", "Chủ đầu tư hạ tầng cụm công nghiệp",
     "Quý III – Quý IV/2025"),
    ("Ngừng hoạt động xi mạ trong khu dân cư, tháo dỡ bể mạ và thu gom hóa chất tồn dư", "Ủy ban nhân dân phường Châu Khê",
     "Công an thành phố; các hộ kinh doanh", "Trước 31/12/2025"),
    ("Nạo vét bùn thải nhiễm kim loại nặng tại mương tiêu chung khu phố Đa Hội", "Ban Quản lý dự án đầu tư xây dựng thành phố",
     "Ủy ban nhân dân phường Châu Khê; Trung tâm Quan trắc tỉnh", "Quý II/2026"),
    ("Tuyên truyền, hướng dẫn các cơ sở phân loại và chuyển giao chất thải nguy hại", "Phòng Tài nguyên và Môi trường",
     "Hội Nông dân thành phố; Ủy ban nhân dân phường Châu Khê", "Cả năm 2025"),
)  # fmt: skip


def _tasks_ja1_vi(doc: Doc) -> None:
    r = doc.rng
    doc.p(f"(Ban hành kèm theo Quyết định số {r.randint(100, 990)}/QĐ-UBND ngày {r.randint(1, 28):02d}/01/2025 của Ủy ban nhân dân thành phố Từ Sơn)")
    doc.h("KẾ HOẠCH DI DỜI CÁC CƠ SỞ XI MẠ LÀNG NGHỀ ĐA HỘI VÀO CỤM CÔNG NGHIỆP LÀNG NGHỀ GIAI ĐOẠN 2025 – 2026")
    doc.p("Mục tiêu: chấm dứt hoạt động xi mạ xen kẽ trong khu dân cư; toàn bộ nước thải xi mạ được thu gom, xử lý đạt QCVN 40:2011/BTNMT.")
    rows = [["TT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"]]
    for k, (text, lead, partners, term) in enumerate(VN_RELOCATION, 1):
        rows.append([str(k), text, lead, partners, term])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text, 5), "actor_contains": lead})
    doc.table("Phụ lục. Nhiệm vụ cụ thể", rows, role="tasks")
    maybe_distractor(doc)


# ((RU quarter, KK quarter), [(RU, KK, (RU responsible, KK), thousand tenge, (RU result, KK result), carried over)])
WIRE_TASKS = (
    (("I квартал 2026 года", "2026 жылғы I тоқсан"), [
        ("Заключить договор на переработку цинковой золы и гартцинка", "Мырыш күлі мен гартцинкті қайта өңдеуге шарт жасасу",
         ("начальник отдела снабжения", "жабдықтау бөлімінің бастығы"), None, ("вывоз 100 % образованных отходов", "түзілген қалдықтардың 100 %-ын шығару"), False),
        ("Провести ревизию и очистку газоходов печи патентирования", "Патенттеу пешінің газ жолдарын тексеру және тазалау",
         ("энергетик цеха", "цех энергетигі"), 850, ("снижение выноса свинцовой пыли", "қорғасын шаңының шығуын азайту"), True)]),
    (("II квартал 2026 года", "2026 жылғы II тоқсан"), [
        ("Заменить насадку скруббера травильного отделения", "Улау бөлімшесі скрубберінің саптамасын ауыстыру", ("главный механик", "бас механик"), 2300,
         ("степень очистки не ниже 90 %", "тазарту дәрежесі 90 %-дан кем емес"), False),
        ("Оборудовать навес над площадкой складирования катанки", "Катанка қоймалау алаңының үстіне қалқа орнату",
         ("начальник отдела капитального строительства", "күрделі құрылыс бөлімінің бастығы"), 4100,
         ("исключение смыва окалины ливневыми водами", "қаспақтың нөсер суларымен шайылуын болдырмау"), True)]),
    (("III квартал 2026 года", "2026 жылғы III тоқсан"), [
        ("Установить рукавный фильтр на аспирации волочильных станов № 1–4", "№ 1–4 сым созу орнақтарының аспирациясына жеңді сүзгі орнату",
         ("главный механик", "бас механик"), 18600, ("снижение выбросов пыли на 1,2 т/год", "шаң шығарындыларын жылына 1,2 т азайту"), False)]),
    (("IV квартал 2026 года", "2026 жылғы IV тоқсан"), [
        ("Разработать программу производственного экологического контроля на 2027–2029 годы",
         "2027–2029 жылдарға арналған өндірістік экологиялық бақылау бағдарламасын әзірлеу", ("инженер-эколог", "инженер-эколог"), 1200,
         ("программа согласована", "бағдарлама келісілді"), False),
        ("Высадить 300 саженцев в санитарно-защитной зоне", "Санитариялық-қорғаныш аймағына 300 көшет отырғызу",
         ("административно-хозяйственный отдел", "әкімшілік-шаруашылық бөлімі"), 1500, ("озеленение СЗЗ", "СҚА көгалдандыру"), False)]),
)  # fmt: skip


def tasks_ja2(doc: Doc) -> None:
    """A wire factory's plan of nature-protection measures for 2026 grouped by the quarter of their term in rows spanning
    the table (`II квартал 2026 года`), the measures numbered straight through with no column of term, the responsible,
    the source and sum of financing in thousands of tenge and the result expected, items carried over from the year before
    marked `(перенос с 2025 г.)` in their text (VI: a cable factory's plan grouped by `QUÝ I/2026`)."""
    if doc.lang == "vi":
        _tasks_ja2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    operator = doc.pick(WIRE_PLANTS)[L]
    doc.h(g(f"План природоохранных мероприятий на 2026 год. {operator}", f"{operator}. 2026 жылға арналған табиғат қорғау іс-шараларының жоспары", ""))
    doc.p(g("Срок выполнения каждого мероприятия – до конца квартала, в строке которого оно указано.",
            "Әр іс-шараның орындалу мерзімі – ол көрсетілген жолдағы тоқсанның соңына дейін.", ""))
    rows = [g(["№", "Наименование мероприятия", "Ответственный", "Источник финансирования", "Сумма, тыс. тенге", "Ожидаемый результат"],
              ["№", "Іс-шараның атауы", "Жауапты", "Қаржыландыру көзі", "Сомасы, мың теңге", "Күтілетін нәтиже"], [])]
    merges = []
    k = 0
    for quarter, items in WIRE_TASKS:
        _span(rows, merges, quarter[L], 6)
        for t_ru, t_kk, who, money, result, carried in items:
            k += 1
            text = (t_ru, t_kk)[L] + (g(" (перенос с 2025 г.)", " (2025 жылдан ауыстырылды)", "") if carried else "")
            rows.append([str(k), text, who[L].capitalize(), g("собственные средства", "меншікті қаражат", ""), num(money, doc.lang) if money else "–",
                         result[L]])
            doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text, 4), "actor_contains": who[L]})
    doc.table(g("Таблица 1 – Мероприятия по кварталам", "1-кесте – Тоқсандар бойынша іс-шаралар", ""), rows, merges, role="tasks")
    maybe_distractor(doc)


# (quarter, [(task, unit, million đồng, result)])
VN_CABLE_TASKS = (
    ("QUÝ I/2026", [("Thay thế vật liệu lọc than hoạt tính của hệ thống xử lý hơi nhựa PVC", "Xưởng bọc nhựa", 180, "Hiệu suất hấp phụ đạt thiết kế"),
                    ("Ký lại hợp đồng chuyển giao chất thải nguy hại với đơn vị có giấy phép", "Phòng Hành chính – Nhân sự", None, "Hợp đồng có hiệu lực")]),
    ("QUÝ II/2026", [("Lắp đặt hệ thống lọc tuần hoàn dung dịch nhũ tương kéo dây đồng", "Xưởng kéo đồng", 950, "Giảm 40% lượng nhũ tương thải")]),
    ("QUÝ III/2026", [("Cải tạo kho lưu giữ chất thải nguy hại, bổ sung gờ chống tràn", "Tổ bảo trì", 320, "Kho đạt yêu cầu kỹ thuật"),
                      ("Nạo vét hố ga, hệ thống thoát nước mưa trước mùa bão", "Tổ bảo trì", 60, "Không ngập úng")]),
    ("QUÝ IV/2026", [("Lập báo cáo công tác bảo vệ môi trường năm 2026", "Cán bộ môi trường", 25, "Nộp đúng hạn cho cơ quan quản lý")]),
)  # fmt: skip


def _tasks_ja2_vi(doc: Doc) -> None:
    _, new, name, *_ = doc.pick(VN_CABLE)
    doc.h(f"KẾ HOẠCH BẢO VỆ MÔI TRƯỜNG NĂM 2026 – {name.upper()}")
    doc.p(f"Chủ cơ sở: {new}. Thời hạn hoàn thành mỗi công việc là cuối quý ghi ở dòng tiêu đề tương ứng.")
    rows = [["TT", "Nội dung công việc", "Bộ phận thực hiện", "Kinh phí dự kiến (triệu đồng)", "Kết quả cần đạt"]]
    merges = []
    k = 0
    for quarter, items in VN_CABLE_TASKS:
        _span(rows, merges, quarter, 5)
        for text, unit, money, result in items:
            k += 1
            rows.append([str(k), text, unit, num(money, "vi") if money else "-", result])
            doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text, 5), "actor_contains": unit})
    doc.table("Bảng 1. Nội dung kế hoạch", rows, merges, role="tasks")
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"JA{k}", globals()[f"{role}_ja{k}"]) for role in ROLES for k in (1, 2)]
