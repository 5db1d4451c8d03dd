"""The twenty-third blind set's part HG (two layouts per role, `HG1` and `HG2`), written by someone who neither
ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`; held out and measured once (0.765
over 126 files when first measured at the registering commit, 2026-12-05), then moved to the tuning layouts to be
studied.

Theme: chemicals, fertilisers and petrochemicals. Kazakhstan: a phosphorus and phosphate-fertiliser plant in Zhambyl oblast
with its sulphuric-acid unit, its ammophos line and its sludge ponds on the Asa, a chlor-alkali and PVC works in Pavlodar,
a polypropylene and polyethylene complex in the Atyrau petrochemical park, a paint-and-varnish factory, a base depot of
explosive materials (ammonium nitrate, emulsion matrix) serving open-pit mines (the general part of a plan of liquidating
accidents, a policy of compulsory environmental insurance, an НДВ draft with a start-up regime, a calculation of fugitive
emissions from leaking equipment, a waste section with its arithmetic in the cells, the material balance of a КЭР
application, the technological norms of a КЭР with specific emissions, a stack-test protocol in ppm, a ПЭК programme by
phases of the water regime, a programme of air control by zones, routes of rounds, a check-list, a plan of drills and a
punch list). Vietnam: the Đình Vũ DAP plant and its gypsum stack in Hải Phòng, urea plants in Cà Mau and Phú Mỹ, a
caustic soda and chlorine plant in Việt Trì, the Nghi Sơn refinery-petrochemical complex, a paint factory in an
industrial park of Bình Dương (kế hoạch phòng ngừa, ứng phó sự cố hóa chất, giấy chứng nhận bảo hiểm cháy, nổ bắt buộc,
ĐTM, báo cáo đề xuất cấp giấy phép môi trường, kết quả quan trắc, chương trình quan trắc, bảng kiểm tra, kế hoạch huấn
luyện, diễn tập, danh mục tồn tại trước vận hành thử nghiệm).

Facility: the general part of a plan of liquidating accidents at an explosives depot, lettered sections spanning the
card, the centre of the depot only inside a map link `https://www.google.com/maps?q=52.17431,61.18925`, the category
written `II (вторая)`, the hazardous substances stored in a table of no role after it (VI: the general information of a
urea plant's chemical-incident plan, the same link, the group `Nhóm I` in a sentence) (HG1); a policy of compulsory
environmental insurance whose upper rows are two columns of parties — the insured and the insurer, each with its own
BIN — and whose lower rows, merged across both, give the object, its KATO, its category, the sum insured and the term
(VI: a certificate of compulsory fire and explosion insurance of a paint factory, the insurer's tax number beside the
buyer's) (HG2).

Emissions: an НДВ draft of a sulphuric-acid unit with the normal regime and the start-up after repairs as column groups —
the start-up group with its hours — and the norm last, the greatest grams a second and the sum of the tonnes, the
start-up heater emitting only in the start-up group, the acid tank only in the normal one (VI: an ĐTM of the DAP plant's
acid unit, `chế độ ổn định`, `chế độ khởi động`, named sources) (HG1); a calculation of fugitive emissions from leaking
valves, flanges and seals of a polypropylene and polyethylene complex, the source's number only in a row spanning the
table, rows of equipment counts, leak rates and shares of leaking units before the substances' rows with their mass
fraction in the stream (VI: the Nghi Sơn aromatics unit and sour-water stripper with US EPA average factors) (HG2).

Wastes: a paint factory's waste section whose only amount is the end of the arithmetic written in the cell (`2 400 шт. ×
18 кг × 10⁻³ = 43,2`; VI `3.200 thùng × 15 kg = 48.000`, kilograms) (HG1); the material balance of a chlor-alkali and PVC
works, inputs and outputs in one table, only the outputs typed `отход` being wastes beside products, by-products and
streams returned to the process (VI: a caustic-chlorine line, a unit column with tonnes and kilograms) (HG2).

Limits: a КЭР's technological norms of a phosphate plant's stacks, the concentration in mg/Nm3 beside the specific
emission in kg per tonne of product, each as norm and as the year's fact under merged headers (VI: the DAP plant's stacks
against QCVN 19:2009/BTNMT column B with Kp worked out from each stack's flow, a load in kg/h between) (HG1); a stack-test
protocol of a petrochemical complex's heaters whose results are written `42 (86,2)` — ppm with mg/Nm3 in brackets —
against the КЭР's norm in mg/Nm3 (VI: chlorine and hydrogen chloride at a caustic plant's absorbers, `ppm (mg/Nm3)`)
(HG2).

Monitoring: a phosphorus plant's water and snow programme whose frequency is read from marks under the phases of the
water regime (winter low water, spring flood, summer and autumn low water) and a count a year (VI: a gypsum stack's wells
and drains under `mùa khô` and `mùa mưa`, an automatic station `liên tục` across both) (HG1); a PVC works' air control
with a row per substance and a column group per zone — protection-zone boundary, residential area, automatic post —
each giving the points and their frequency (VI: the Nghi Sơn complex inside the fence and in the villages) (HG2).

Inspections: routes of rounds at a chlor-alkali works, the objects of each route joined by arrows in one cell (VI: `lộ
trình kiểm tra` of a caustic plant) (HG1); a paint factory's check-list of questions under object rows, each question
with its frequency, its checker and empty `да` / `нет` columns (VI: `bảng kiểm tra`, `Có` / `Không`) (HG2).

Tasks: a chlor-alkali works' plan of drills by the positions of its plan of liquidating accidents, the kind of drill
abbreviated (`УТ`, `ТСУ`, `КШУ`) and explained under the table (VI: a caustic plant's training and drill plan) (HG1); a
petrochemical complex's punch list of environmental systems before start-up, items coded `ENV-007` with a category A/B
and a tag of the equipment (VI: the Nghi Sơn complex's list of outstanding items before trial operation) (HG2).
"""

from __future__ import annotations

from decimal import Decimal

from .common import Doc, distractor, freq, make_bin, make_msdn, maybe_distractor, num, rate
from .limits_data import add, limit
from .registry import ROLES, Layout
from .sources_data import emission

# ---------------------------------------------------------------- helpers


def _L(doc: Doc) -> int:
    """0 for a Russian document, 1 for a Kazakh one."""
    return 0 if doc.lang == "ru" else 1


def _kz(doc: Doc):
    """`g(ru, kk)`: the text of a Kazakhstan document's language."""
    return lambda ru, kk: kk if doc.lang == "kk" else ru


def _sig(x: float, digits: int = 3) -> float:
    return float(f"{x:.{digits}g}")


def _words(text: str, n: int = 5) -> str:
    return " ".join(text.split()[:n]).rstrip(",;:")


def _core(name: str) -> str:
    """The quoted part of a name (`Қызылжар` of `Склад ВМ «Қызылжар»`)."""
    return name.split("«", 1)[1].split("»", 1)[0] if "«" in name else name


def _kato(doc: Doc, prefix: str) -> str:
    """A nine-digit KATO code starting with the oblast's prefix."""
    r = doc.rng
    rest = 9 - len(prefix) - 3
    return f"{prefix}{r.randint(10 ** (rest - 1), 10**rest - 1)}{r.choice(('000', '100'))}"


def _mul(*xs: float) -> float:
    """A product without binary noise (0,0123 × 30 is 0,369)."""
    out = Decimal(1)
    for x in xs:
        out *= Decimal(repr(x))
    return float(out)


def _plus(*xs: float) -> float:
    out = Decimal(0)
    for x in xs:
        out += Decimal(repr(x))
    return float(out)


def _span(rows: list, merges: list, text: str, width: int) -> None:
    """A row whose first cell spans the table."""
    rows.append([text] + [None] * (width - 1))
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))


def _kind(number: str) -> str:
    return "unorganized" if number.startswith("6") else "organized"


# code: (RU, KK, VI, hazard class) — names of corpus/air_pollutants.csv; a Kazakh document keeps the Russian name where
# the list has no Kazakh one, as Kazakh tables do
AIR = {
    "0301": ("Азота диоксид", "Азот диоксиді", "NOx (tính theo NO2)", 2),
    "0304": ("Азот (II) оксид", "Азот оксиді", "NO", 3),
    "0330": ("Сера диоксид", "Күкірт диоксиді", "SO2", 3),
    "0337": ("Углерод оксид", "Көміртек оксиді", "CO", 4),
    "0333": ("Сероводород", "Күкіртсутек", "H2S", 2),
    "0322": ("Серная кислота", "Күкірт қышқылы", "Hơi axit sunfuric (H2SO4)", 2),
    "0303": ("Аммиак", "Аммиак", "Amoniac (NH3)", 4),
    "0342": ("Фтористые газообразные соединения", "Фторлы газ тәрізді қосылыстар", "Hydro florua (HF)", 2),
    "0349": ("Хлор", "Хлор", "Clo (Cl2)", 2),
    "0316": ("Гидрохлорид", "Тұз қышқылы", "Hydro clorua (HCl)", 2),
    "0827": ("Винилхлорид", "Винилхлорид", "", 1),
    "0856": ("1,2-Дихлорэтан", "1,2-Дихлорэтан", "", 2),
    "0526": ("Этилен", "Этилен", "", 3),
    "0521": ("Пропилен", "Пропилен", "", 3),
    "0418": ("Пропан", "Пропан", "", None),
    "0502": ("Бутилен", "Бутилен", "", 4),
    "0403": ("Гексан", "Гексан", "", 4),
    "0602": ("Бензол", "Бензол", "Benzen", 2),
    "0621": ("Толуол", "Толуол", "Toluen", 3),
    "0616": ("Ксилол", "Ксилол", "Xylen", 3),
    "2902": ("Взвешенные частицы", "Қалқыма бөлшектер", "Bụi tổng", 3),
}


def _air(doc: Doc, code: str) -> str:
    return AIR[code][("ru", "kk", "vi").index(doc.lang)]


def _hz(code: str) -> int | None:
    return AIR[code][3]


DAILY = {"ru": ("ежедневно",), "kk": ("күн сайын", "күнделікті"), "vi": ("hằng ngày", "01 lần/ngày")}
WEEKLY = {"ru": ("еженедельно", "1 раз в неделю"), "kk": ("апта сайын", "аптасына 1 рет"), "vi": ("hằng tuần", "01 lần/tuần")}


def _often(doc: Doc, word: str) -> str:
    """A frequency as the document writes it, daily and weekly included."""
    if word == "daily":
        return doc.pick(DAILY[doc.lang])
    if word == "weekly":
        return doc.pick(WEEKLY[doc.lang])
    return freq(doc, word)


# ---------------------------------------------------------------- facility

# (RU object, KK object, RU operator, KK operator, RU legal address, KK legal address, RU place, KK place, KATO prefix, lat,
#  lon, tonnes of (ammonium nitrate, emulsion matrix, explosives), phone code, RU nearest houses, KK nearest houses)
DEPOTS = (
    ("Базисный склад взрывчатых материалов «Қызылжар»", "«Қызылжар» жарылғыш материалдардың базалық қоймасы",
     "ТОО «Тау Жарылыс Сервис»", "«Тау Жарылыс Сервис» ЖШС",
     "Костанайская область, г. Рудный, ул. Ленина, 142, оф. 9", "Қостанай облысы, Рудный қ., Ленин к., 142, 9-кеңсе",
     "Костанайская область, Житикаринский район, 7 км юго-западнее г. Житикара",
     "Қостанай облысы, Жітіқара ауданы, Жітіқара қаласынан оңтүстік-батысқа қарай 7 км", "39", 52.17, 61.15, (1400, 360, 40),
     "7142", "п. Тохтарово, 4,2 км", "Тоқтар кенті, 4,2 км"),
    ("Склад взрывчатых материалов и пункт производства эмульсионных ВВ «Сарыадыр»",
     "«Сарыадыр» жарылғыш материалдар қоймасы және эмульсиялық жарылғыш заттар өндіру пункті",
     "ТОО «Сарыарқа Жарылыс»", "«Сарыарқа Жарылыс» ЖШС",
     "г. Караганда, район имени Казыбек би, пр. Бухар-Жырау, 56/1", "Қарағанды қ., Қазыбек би атындағы аудан, Бұқар жырау даңғ., 56/1",
     "Карагандинская область, Шетский район, 12 км восточнее п. Акшатау",
     "Қарағанды облысы, Шет ауданы, Ақшатау кентінен шығысқа қарай 12 км", "35", 47.98, 74.12, (2000, 380, 20),
     "7212", "п. Акшатау, 12 км", "Ақшатау кенті, 12 км"),
    ("Базисный склад взрывчатых материалов «Жарма»", "«Жарма» жарылғыш материалдардың базалық қоймасы",
     "ТОО «Абай Жарылыс Технологиялары»", "«Абай Жарылыс Технологиялары» ЖШС",
     "г. Семей, ул. Шакарима, 33", "Семей қ., Шәкәрім к., 33",
     "область Абай, Жарминский район, 9 км северо-восточнее с. Суыкбулак",
     "Абай облысы, Жарма ауданы, Суықбұлақ ауылынан солтүстік-шығысқа қарай 9 км", "10", 49.42, 81.37, (1000, 200, 10),
     "7222", "с. Суыкбулак, 9 км", "Суықбұлақ а., 9 км"),
)  # fmt: skip
DIRECTORS = (("Нургалиев Ерлан Маратович", "Нұрғалиев Ерлан Маратұлы"), ("Шевченко Олег Викторович", "Шевченко Олег Викторович"),
             ("Садыкова Гульнара Ержановна", "Садықова Гүлнар Ержанқызы"))


def _link(lat: float, lon: float) -> str:
    return f"https://www.google.com/maps?q={lat:.5f},{lon:.5f}"


def facility_hg1(doc: Doc) -> None:
    """The general part of a plan of liquidating accidents (ПЛА) of an explosives depot serving open-pit mines: `показатель
    | сведения` under lettered sections spanning the card (А the operating organisation, Б the object), the centre of the
    depot given only inside a Google Maps link, the category written `II (вторая)` with its ground, the capacity of the
    depot in tonnes of ammonium nitrate and emulsion matrix; the hazardous substances stored, with their UN class and
    greatest amount, in a table of no role after it (VI: the general information of a urea plant's plan of preventing and
    responding to chemical incidents, the enterprise number, the same map link, `Nhóm I` inside a sentence, the chemicals
    with their CAS numbers in a table of no role)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_hg1_vi(doc)
        return
    L = _L(doc)
    g = _kz(doc)
    (o_ru, o_kk, op_ru, op_kk, a_ru, a_kk, p_ru, p_kk, prefix, lat0, lon0, (an, em, ex), code, h_ru, h_kk) = doc.pick(DEPOTS)
    name, operator = (o_ru, o_kk)[L], (op_ru, op_kk)[L]
    bin_, kato = make_bin(r), _kato(doc, prefix)
    lat, lon = round(lat0 + r.uniform(-0.03, 0.03), 5), round(lon0 + r.uniform(-0.03, 0.03), 5)
    head = doc.pick(DIRECTORS)[L]
    doc.p(g("УТВЕРЖДАЮ: Директор " + operator + " ____________ «__» ________ 2026 г.",
            "БЕКІТЕМІН: " + operator + " директоры ____________ 2026 ж. «__» ________"))
    doc.h(g(f"План ликвидации аварий. {name}", f"Авариялық жағдайларды жою жоспары. {name}"))
    doc.p(g("План разработан в соответствии с Законом Республики Казахстан «О гражданской защите» и Правилами обеспечения "
            "промышленной безопасности при взрывных работах; пересматривается не реже одного раза в три года.",
            "Жоспар Қазақстан Республикасының «Азаматтық қорғау туралы» Заңына және Жарылыс жұмыстары кезінде өнеркәсіптік "
            "қауіпсіздікті қамтамасыз ету қағидаларына сәйкес әзірленді; үш жылда кемінде бір рет қайта қаралады."))
    doc.h(g("Раздел 1. Общие сведения", "1-бөлім. Жалпы мәліметтер"))
    rows = [g(["Показатель", "Сведения"], ["Көрсеткіш", "Мәліметтер"])]
    merges: list = []
    _span(rows, merges, g("А. Эксплуатирующая организация", "А. Пайдаланушы ұйым"), 2)
    phone = f"+7 ({code}) {r.randint(20, 59)}-{r.randint(10, 99)}-{r.randint(10, 99)}"
    cap = g(f"{num(an + em + ex, 'ru')} т (аммиачная селитра – {num(an, 'ru')} т, эмульсионная матрица – {em} т, ВВ заводского "
            f"изготовления – {ex} т)", f"{num(an + em + ex, 'kk')} т (аммиак селитрасы – {num(an, 'kk')} т, эмульсиялық матрица – "
            f"{em} т, зауыттық жарылғыш заттар – {ex} т)")
    rows += [
        [g("Полное наименование", "Толық атауы"), operator],
        [g("Бизнес-идентификационный номер", "Бизнес-сәйкестендіру нөмірі"), bin_],
        [g("Юридический адрес", "Заңды мекенжайы"), (a_ru, a_kk)[L]],
        [g("Первый руководитель", "Бірінші басшы"), g(f"директор {head}", f"директор {head}")],
        [g("Телефон круглосуточной диспетчерской службы", "Тәулік бойы жұмыс істейтін диспетчерлік қызмет телефоны"), phone],
    ]
    _span(rows, merges, g("Б. Опасный производственный объект", "Б. Қауіпті өндірістік объект"), 2)
    rows += [
        [g("Наименование объекта", "Объектінің атауы"), name],
        [g("Местонахождение", "Орналасқан жері"), (p_ru, p_kk)[L]],
        [g("Код КАТО", "ҚАТО коды"), kato],
        [g("Расположение на карте (центр склада)", "Картадағы орналасуы (қойма орталығы)"), _link(lat, lon)],
        [g("Категория объекта, оказывающего негативное воздействие на окружающую среду",
           "Қоршаған ортаға теріс әсер ететін объектінің санаты"),
         g("II (вторая) – хранение взрывчатых веществ и материалов (приложение 2 к Экологическому кодексу РК)",
           "II (екінші) – жарылғыш заттар мен материалдарды сақтау (ҚР Экология кодексіне 2-қосымша)")],
        [g("Вместимость склада", "Қойманың сыйымдылығы"), cap],
        [g("Ближайшая жилая застройка", "Ең жақын тұрғын үйлер"), (h_ru, h_kk)[L]],
        [g("Режим работы", "Жұмыс режимі"), g("круглосуточно, охрана – военизированная", "тәулік бойы, күзет – әскерилендірілген")],
        [g("Численность персонала (наибольшая смена)", "Персонал саны (ең көп ауысым)"), g(f"{r.randint(9, 26)} чел.", f"{r.randint(9, 26)} адам")],
    ]
    doc.table(g("Таблица 1.1 – Общие сведения об объекте", "1.1-кесте – Объект туралы жалпы мәліметтер"), rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": _core(name), "kato": kato, "category": "II", "lat": lat, "lon": lon})
    doc.p(g("Ссылка открывает карту с отметкой центра склада (широта, долгота в системе WGS-84); схема размещения хранилищ и "
            "запретной зоны приведена в приложении 3.",
            "Сілтеме қойма орталығы белгіленген картаны ашады (WGS-84 жүйесіндегі ендік, бойлық); қоймалар мен тыйым салынған "
            "аймақтың орналасу схемасы 3-қосымшада келтірілген."))
    stock = (
        (g("Аммиачная селитра (нитрат аммония)", "Аммиак селитрасы (аммоний нитраты)"), "5.1", an,
         g("хранилища № 1, 2 (мешки МКР)", "№ 1, 2 қоймалар (ЖҰК қаптары)")),
        (g("Эмульсионная матрица", "Эмульсиялық матрица"), "5.1", em, g("емкости Е-1 – Е-4", "Е-1 – Е-4 сыйымдылықтары")),
        (g("Взрывчатые вещества заводского изготовления", "Зауыттық жарылғыш заттар"), "1.1D", ex,
         g("хранилище № 3 (обвалованное)", "№ 3 қойма (үйіндімен қоршалған)")),
        (g("Дизельное топливо", "Дизель отыны"), "3", r.randint(20, 60), g("резервуар V = 75 м³", "V = 75 м³ резервуар")),
    )
    srows = [g(["Вещество", "Класс по классификации ООН", "Максимальное количество, т", "Место хранения"],
               ["Зат", "БҰҰ жіктемесі бойынша сыныбы", "Ең көп мөлшері, т", "Сақтау орны"])]
    srows += [[s, cls, num(q, doc.lang), where] for s, cls, q, where in stock]
    doc.table(g("Таблица 1.2 – Опасные вещества, обращающиеся на объекте", "1.2-кесте – Объектіде айналыстағы қауіпті заттар"),
              srows, role="other")


# (object, owner, place, lat, lon, capacity, telephone area code)
VN_UREA = (
    ("Nhà máy Đạm Khánh An", "Công ty TNHH Phân đạm Khánh An", "Khu công nghiệp Khánh An, xã Khánh An, huyện U Minh, tỉnh Cà Mau",
     9.17, 105.13, "800.000 tấn urê hạt đục/năm; 480.000 tấn amoniac/năm (sử dụng nội bộ)", "0290"),
    ("Nhà máy Đạm Phú Mỹ Mới", "Công ty Cổ phần Phân bón Phú Mỹ Mới", "Khu công nghiệp Phú Mỹ I, phường Phú Mỹ, thị xã Phú Mỹ, tỉnh Bà Rịa – Vũng Tàu",
     10.59, 107.03, "740.000 tấn urê hạt trong/năm; 450.000 tấn amoniac/năm", "0254"),
)


def _facility_hg1_vi(doc: Doc) -> None:
    r = doc.rng
    name, owner, place, lat0, lon0, cap, area = doc.pick(VN_UREA)
    msdn = make_msdn(r)
    lat, lon = round(lat0 + r.uniform(-0.02, 0.02), 5), round(lon0 + r.uniform(-0.02, 0.02), 5)
    doc.h(f"KẾ HOẠCH PHÒNG NGỪA, ỨNG PHÓ SỰ CỐ HÓA CHẤT – {name.upper()}")
    doc.p("(Lập theo Nghị định số 113/2017/NĐ-CP và Thông tư số 32/2017/TT-BCT; cập nhật năm 2026)")
    doc.h("Chương I. THÔNG TIN CHUNG")
    rows = [["Nội dung", "Thông tin"]]
    merges: list = []
    _span(rows, merges, "A. Thông tin về tổ chức, cá nhân", 2)
    rows += [
        ["Tên tổ chức", owner],
        ["Mã số doanh nghiệp", msdn],
        ["Người đại diện theo pháp luật", f"Ông {doc.pick(('Lê Quang Trung', 'Phan Đức Thịnh', 'Võ Minh Hải'))} – Tổng Giám đốc"],
        ["Điện thoại trực sự cố (24/7)", f"{area} {r.randint(3500000, 3899999)}"],
    ]
    _span(rows, merges, "B. Thông tin về cơ sở hóa chất", 2)
    rows += [
        ["Tên cơ sở", name],
        ["Địa điểm", place],
        ["Vị trí trên bản đồ (tâm khu vực sản xuất)", _link(lat, lon)],
        ["Loại hình hoạt động hóa chất", "Sản xuất, tồn trữ amoniac và urê"],
        ["Công suất", cap],
        ["Phân loại", "Cơ sở thuộc dự án Nhóm I theo tiêu chí về môi trường (Phụ lục III Nghị định số 08/2022/NĐ-CP)"],
    ]
    doc.table("Bảng 1. Thông tin chung về cơ sở", rows, merges, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": name, "category": "I", "lat": lat, "lon": lon})
    chems = [
        ("Amoniac lỏng", "7664-41-7", num(r.randint(8, 12) * 1000, "vi"), "Bồn cầu áp lực T-101, bồn lạnh T-102"),
        ("Khí thiên nhiên", "74-82-8", "đường ống, không tồn trữ", "—"),
        ("Natri hydroxit 32%", "1310-73-2", num(r.randint(40, 90), "vi"), "Bồn chứa xưởng xử lý nước"),
        ("Axit sunfuric 98%", "7664-93-9", num(r.randint(30, 70), "vi"), "Bồn chứa xưởng xử lý nước"),
    ]
    doc.table("Bảng 2. Hóa chất nguy hiểm tồn trữ lớn nhất tại cơ sở",
              [["Tên hóa chất", "Số CAS", "Khối lượng tồn trữ lớn nhất (tấn)", "Vị trí"], *[list(c) for c in chems]], role="other")
    doc.p("Ghi chú: đường dẫn mở bản đồ số có đánh dấu tâm khu vực sản xuất (vĩ độ, kinh độ hệ WGS-84).")


# (RU object, KK object, RU operator, KK operator, RU legal address, KK legal address, RU place, KK place, KATO prefix)
KZ_POLY = (
    ("Завод по производству полипропилена мощностью 500 тыс. т/год", "Қуаты жылына 500 мың т полипропилен өндіру зауыты",
     "ТОО «Каспий Полимер»", "«Каспий Полимер» ЖШС",
     "г. Атырау, ул. Студенческая, 52, БЦ «Атырау Плаза», 7 этаж", "Атырау қ., Студенттер к., 52, «Атырау Плаза» БО, 7-қабат",
     "Атырауская область, Макатский район, СЭЗ «Национальный индустриальный нефтехимический технопарк», площадка Карабатан",
     "Атырау облысы, Мақат ауданы, «Ұлттық индустриялық мұнай-химия технопаркі» АЭА, Қарабатан алаңы", "23"),
    ("Завод по производству полиэтилена мощностью 1 250 тыс. т/год", "Қуаты жылына 1 250 мың т полиэтилен өндіру зауыты",
     "ТОО «Атырау Этилен Полимерлері»", "«Атырау Этилен Полимерлері» ЖШС",
     "г. Атырау, пр. Азаттык, 48А", "Атырау қ., Азаттық даңғ., 48А",
     "Атырауская область, Макатский район, СЭЗ «Национальный индустриальный нефтехимический технопарк», площадка Карабатан",
     "Атырау облысы, Мақат ауданы, «Ұлттық индустриялық мұнай-химия технопаркі» АЭА, Қарабатан алаңы", "23"),
)  # fmt: skip
INSURERS = (("АО «Страховая компания «Номад Кепіл»»", "«“Номад Кепіл” сақтандыру компаниясы» АҚ"),
            ("АО «СК «Евразия Сақтандыру»»", "«“Еуразия Сақтандыру” СК» АҚ"), ("АО «СК «Жетысу Иншуранс»»", "«“Жетісу Иншуранс” СК» АҚ"))


def facility_hg2(doc: Doc) -> None:
    """A policy of compulsory environmental insurance of a polypropylene (polyethylene) plant: the upper rows are three
    columns — the field, the insured and the insurer — each party with its own name, BIN, address and bank account, so
    the card holds two BINs; the lower rows, merged across both parties, give the object insured, the place, its KATO, the
    category, the sum insured, the premium and the term (VI: a certificate of compulsory fire and explosion insurance of
    a paint factory in a Bình Dương industrial park, the buyer's and the insurer's tax numbers side by side, the insured
    site merged across)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_hg2_vi(doc)
        return
    L = _L(doc)
    g = _kz(doc)
    o_ru, o_kk, op_ru, op_kk, a_ru, a_kk, p_ru, p_kk, prefix = doc.pick(KZ_POLY)
    name, operator, insurer = (o_ru, o_kk)[L], (op_ru, op_kk)[L], doc.pick(INSURERS)[L]
    bin_, ins_bin, kato = make_bin(r), make_bin(r), _kato(doc, prefix)
    number = f"ОЭС-{r.randint(10, 99)}/{r.randint(100000, 999999)}"
    doc.h(g(f"Договор (полис) обязательного экологического страхования № {number}",
            f"№ {number} міндетті экологиялық сақтандыру шарты (полисі)"))
    doc.p(g("Заключен в соответствии с Законом Республики Казахстан «Об обязательном экологическом страховании» и "
            "Экологическим кодексом Республики Казахстан. Страховым случаем является факт причинения вреда "
            "окружающей среде в результате аварийного загрязнения при осуществлении экологически опасной деятельности.",
            "Қазақстан Республикасының «Міндетті экологиялық сақтандыру туралы» Заңына және Қазақстан Республикасының Экология "
            "кодексіне сәйкес жасалды. Экологиялық қауіпті қызметті жүзеге асыру кезінде авариялық ластану "
            "салдарынан қоршаған ортаға зиян келтіру фактісі сақтандыру жағдайы болып табылады."))
    bank = (g("ИИК KZ{0} в АО «Народный Банк Казахстана»", "«Қазақстан Халық Банкі» АҚ-дағы ЖСК KZ{0}"),
            g("ИИК KZ{0} в АО «Банк ЦентрКредит»", "«Банк ЦентрКредит» АҚ-дағы ЖСК KZ{0}"))
    rows = [g(["", "Страхователь", "Страховщик"], ["", "Сақтанушы", "Сақтандырушы"]),
            [g("Наименование", "Атауы"), operator, insurer],
            [g("БИН", "БСН"), bin_, ins_bin],
            [g("Юридический адрес", "Заңды мекенжайы"), (a_ru, a_kk)[L],
             g("г. Алматы, пр. Абая, 109В", "Алматы қ., Абай даңғ., 109В")],
            [g("Банковские реквизиты", "Банк деректемелері"), bank[0].format(f"{r.randint(10, 99)}601A{r.randint(10**10, 10**11 - 1)}"),
             bank[1].format(f"{r.randint(10, 99)}8562{r.randint(10**10, 10**11 - 1)}")]]
    merges: list = []
    sum_insured = r.randint(18, 60) * 100_000_000
    premium = _sig(sum_insured * r.uniform(0.0009, 0.0016), 4)
    rest = [
        (g("Объект страхования", "Сақтандыру объектісі"),
         g("Имущественные интересы страхователя, связанные с его обязанностью возместить вред, причиненный окружающей среде "
           "в результате аварийного загрязнения", "Сақтанушының аварийлық ластану салдарынан қоршаған ортаға келтірілген "
           "зиянды өтеу міндетіне байланысты мүліктік мүдделері")),
        (g("Экологически опасная деятельность (объект)", "Экологиялық қауіпті қызмет (объект)"), name),
        (g("Место осуществления деятельности", "Қызметті жүзеге асыру орны"), (p_ru, p_kk)[L]),
        (g("Код КАТО места осуществления деятельности", "Қызметті жүзеге асыру орнының ҚАТО коды"), kato),
        (g("Категория объекта (статья 12 ЭК РК)", "Объектінің санаты (ҚР ЭК 12-бабы)"), "I"),
        (g("Страховая сумма", "Сақтандыру сомасы"), g(f"{num(sum_insured, 'ru')} тенге", f"{num(sum_insured, 'kk')} теңге")),
        (g("Страховая премия", "Сақтандыру сыйлықақысы"),
         g(f"{num(premium, 'ru')} тенге, единовременно", f"{num(premium, 'kk')} теңге, біржолғы")),
        (g("Срок действия договора", "Шарттың қолданылу мерзімі"),
         g("с 00:00 01.01.2026 по 24:00 31.12.2026", "01.01.2026 00:00-ден 31.12.2026 24:00-ге дейін")),
    ]
    for label, value in rest:
        rows.append([label, value, None])
        merges.append((len(rows) - 1, 1, len(rows) - 1, 2))
    doc.table(None, rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": _core(operator), "kato": kato, "category": "I"})
    doc.p(g("Страхователь обязан уведомить страховщика о наступлении аварийного загрязнения не позднее 24 часов с момента, "
            "когда ему стало известно о нем.",
            "Сақтанушы авариялық ластану туралы өзіне белгілі болған сәттен бастап 24 сағаттан кешіктірмей сақтандырушыны "
            "хабардар етуге міндетті."))
    doc.table(None, [g(["Страхователь", "Страховщик"], ["Сақтанушы", "Сақтандырушы"]),
                     g(["Генеральный директор ____________ М.П.", "Председатель правления ____________ М.П."],
                       ["Бас директор ____________ М.О.", "Басқарма төрағасы ____________ М.О."])], role="other")


# (factory, buyer, site)
VN_PAINT = (
    ("Nhà máy sản xuất sơn Bến Cát", "Công ty TNHH Sơn Công nghiệp Bến Cát", "Lô C-5, đường N4, KCN Mỹ Phước 3, phường Thới Hòa, thị xã Bến Cát, tỉnh Bình Dương"),
    ("Nhà máy sơn và chất phủ Tân Uyên", "Công ty Cổ phần Sơn Tân Uyên", "Lô D-12, KCN Nam Tân Uyên, phường Khánh Bình, thị xã Tân Uyên, tỉnh Bình Dương"),
)


def _facility_hg2_vi(doc: Doc) -> None:
    r = doc.rng
    name, buyer, site = doc.pick(VN_PAINT)
    msdn, ins_mst = make_msdn(r), make_msdn(r)
    doc.h("GIẤY CHỨNG NHẬN BẢO HIỂM CHÁY, NỔ BẮT BUỘC")
    doc.p(f"Số: {r.randint(1000, 9999)}/{r.randint(24, 25)}/BHCN-HCM. Cấp theo Nghị định số 67/2023/NĐ-CP của Chính phủ về bảo hiểm "
          "bắt buộc trong hoạt động kinh doanh bảo hiểm.")
    rows = [["", "Bên mua bảo hiểm", "Doanh nghiệp bảo hiểm"],
            ["Tên", buyer, doc.pick(("Tổng Công ty Cổ phần Bảo hiểm Phương Nam", "Tổng Công ty Bảo hiểm Sài Gòn – Hà Nội"))],
            ["Mã số thuế", msdn, ins_mst],
            ["Địa chỉ", site, "Số 86 đường Lê Thánh Tôn, phường Bến Nghé, Quận 1, TP. Hồ Chí Minh"]]
    merges = []
    total_vnd = r.randint(120, 480) * 1_000_000_000
    for label, value in (
        ("Cơ sở được bảo hiểm", f"{name} (cơ sở có nguy hiểm về cháy, nổ theo Phụ lục II Nghị định số 136/2020/NĐ-CP)"),
        ("Địa điểm", site),
        ("Tài sản được bảo hiểm", "Nhà xưởng, kho nguyên liệu dung môi, kho thành phẩm, máy móc thiết bị, hàng hóa"),
        ("Số tiền bảo hiểm", f"{num(total_vnd, 'vi')} đồng"),
        ("Thời hạn bảo hiểm", "Từ 00 giờ 00 ngày 01/01/2025 đến 24 giờ 00 ngày 31/12/2025"),
    ):
        rows.append([label, value, None])
        merges.append((len(rows) - 1, 1, len(rows) - 1, 2))
    doc.table(None, rows, merges, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": name})
    doc.p("Giấy chứng nhận này là bộ phận không tách rời của hợp đồng bảo hiểm cháy, nổ bắt buộc đã ký giữa hai bên.")


# ---------------------------------------------------------------- emissions

# (number, RU source, KK source, VI source, {code: ((low, high) g/s in the normal regime or None, (low, high) at start-up
#  or None)})
ACID_SOURCES = (
    ("0001", "Выхлопная труба сернокислотной установки СК-600 (после второй абсорбции), H = 120 м",
     "СК-600 күкірт қышқылы қондырғысының шығару құбыры (екінші абсорбциядан кейін), H = 120 м",
     "Ống khói xưởng axit sunfuric (sau tháp hấp thụ cuối), H = 100 m",
     {"0330": ((14, 26), (60, 140)), "0322": ((0.5, 1.4), (2, 5))}),
    ("0002", "Труба пускового подогревателя (дизельное топливо), H = 30 м", "Іске қосу жылытқышының құбыры (дизель отыны), H = 30 м",
     "Ống khói lò gia nhiệt khởi động (đốt dầu DO), H = 30 m",
     {"0301": (None, (0.4, 0.9)), "0304": (None, (0.06, 0.15)), "0337": (None, (0.3, 0.8)), "0330": (None, (0.2, 0.6))}),
    ("0003", "Дыхательные клапаны хранилища серной кислоты (4 × 5 000 м³)", "Күкірт қышқылы қоймасының тыныс алу клапандары (4 × 5 000 м³)",
     "Van thở bồn chứa axit sunfuric 98% (4 bồn × 5.000 m³)", {"0322": ((0.002, 0.008), None)}),
    ("6001", "Склад комовой серы и отделение плавления серы", "Кесек күкірт қоймасы және күкіртті балқыту бөлімі",
     "Kho lưu huỳnh và bể nấu chảy lưu huỳnh", {"0333": ((0.01, 0.04), None), "0330": ((0.02, 0.08), None)}),
)  # fmt: skip
VI_HEATER = {"0301": (None, (0.4, 0.9)), "0337": (None, (0.3, 0.8)), "0330": (None, (0.2, 0.6)), "2902": (None, (0.05, 0.2))}


def _tonnes(gs: float, hours: int) -> float:
    return _sig(gs * 3600 * hours / 1e6, 4)


def emissions_hg1(doc: Doc) -> None:
    """An НДВ draft of a phosphate plant's sulphuric-acid unit: `№ ИЗА | источник | код | вещество | класс`, then the
    normal regime (`г/с | т/год`), the start-up after repairs (`г/с | ч/год | т/год`) and the norm (`г/с | т/год`) as
    column groups under merged headers; the norm's grams are the greater of the two regimes and its tonnes their sum, as a
    note says; the start-up heater has dashes in the normal group, the acid tanks and the sulphur store in the start-up
    group, a total of the tonnes (VI: an ĐTM of the DAP plant's acid unit with `chế độ vận hành ổn định`, `chế độ khởi
    động` and the load taken for the assessment, sources named, no class)."""
    r = doc.rng
    g = _kz(doc)
    vi = doc.lang == "vi"
    normal_h, start_h = 7920, r.choice((96, 120, 144))
    if vi:
        doc.h("BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG – DỰ ÁN CẢI TẠO, NÂNG CÔNG SUẤT XƯỞNG AXIT SUNFURIC, NHÀ MÁY DAP SỐ 2 ĐÌNH VŨ")
        doc.p("Chương 3. 3.2.1.1. Nguồn phát sinh khí thải giai đoạn vận hành. Xưởng axit sunfuric công suất 1.200 tấn H2SO4/ngày "
              f"(công nghệ tiếp xúc kép – hấp thụ kép) vận hành khoảng {num(normal_h, 'vi')} giờ/năm ở chế độ ổn định; mỗi năm "
              f"có khoảng {start_h} giờ khởi động lại sau bảo dưỡng, khi lò gia nhiệt đốt dầu DO vận hành và hiệu suất chuyển "
              "hóa SO2 chưa đạt thiết kế.")
    else:
        doc.h(g("Проект нормативов допустимых выбросов ТОО «Тараз Фосфор Химия». Сернокислотное производство",
                "«Тараз Фосфор Химия» ЖШС жол берілетін шығарындылар нормативтерінің жобасы. Күкірт қышқылы өндірісі"))
        doc.p(g(f"Установка СК-600 (двойное контактирование – двойная абсорбция) работает {num(normal_h, 'ru')} ч/год в нормальном "
                f"режиме; после капитального и текущих ремонтов выполняется пуск с разогревом контактного аппарата пусковым "
                f"подогревателем, суммарно {start_h} ч/год, при этом степень конверсии SO2 ниже проектной.",
                f"СК-600 қондырғысы (қос түйістіру – қос абсорбция) қалыпты режимде жылына {num(normal_h, 'kk')} сағ жұмыс істейді; "
                f"күрделі және ағымдағы жөндеулерден кейін түйістіру аппаратын іске қосу жылытқышымен қыздыра отырып іске қосу "
                f"орындалады, жиыны жылына {start_h} сағ, бұл ретте SO2 конверсиясының дәрежесі жобалықтан төмен."))
    if vi:
        head0 = ["Nguồn thải", "Thông số", "Chế độ vận hành ổn định", None, "Chế độ khởi động", None, None,
                 "Tải lượng tính toán", None]
        head1 = [None, None, "g/s", "tấn/năm", "g/s", "giờ/năm", "tấn/năm", "g/s", "tấn/năm"]
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 0, 6), (0, 7, 0, 8)]
        lead = 1
    else:
        head0 = g(["№ ИЗА", "Наименование источника", "Код ЗВ", "Наименование загрязняющего вещества", "Класс опасности",
                   "Нормальный технологический режим", None, "Пусковой режим (пуск после ремонта)", None, None,
                   "Норматив допустимых выбросов", None],
                  ["ЛШК №", "Көздің атауы", "ЛЗ коды", "Ластаушы заттың атауы", "Қауіптілік сыныбы",
                   "Қалыпты технологиялық режим", None, "Іске қосу режимі (жөндеуден кейін)", None, None,
                   "Жол берілетін шығарындылар нормативі", None])
        head1 = [None] * 5 + g(["г/с", "т/год", "г/с", "ч/год", "т/год", "г/с", "т/год"], ["г/с", "т/жыл", "г/с", "сағ/жыл", "т/жыл", "г/с", "т/жыл"])
        merges = [(0, c, 1, c) for c in range(5)] + [(0, 5, 0, 6), (0, 7, 0, 9), (0, 10, 0, 11)]
        lead = 4
    rows = [head0, head1]
    dash = "–"
    sums = [[], [], []]
    for number, s_ru, s_kk, s_vi, subs in ACID_SOURCES:
        if vi and number == "0002":
            subs = VI_HEATER
        start = len(rows)
        for j, (c, (nrm, st)) in enumerate(subs.items()):
            n_gs = rate(r, *nrm) if nrm else None
            s_gs = rate(r, *st) if st else None
            n_t = _tonnes(n_gs, normal_h) if n_gs else None
            s_t = _tonnes(s_gs, start_h) if s_gs else None
            gs = max(x for x in (n_gs, s_gs) if x is not None)
            t = _plus(*(x for x in (n_t, s_t) if x is not None))
            cells = [num(n_gs, doc.lang) if n_gs else dash, num(n_t, doc.lang) if n_t else dash,
                     num(s_gs, doc.lang) if s_gs else dash, str(start_h) if s_gs else dash, num(s_t, doc.lang) if s_t else dash,
                     num(gs, doc.lang), num(t, doc.lang)]
            for k, x in enumerate((n_t, s_t, t)):
                if x is not None:
                    sums[k].append(x)
            if vi:
                rows.append([s_vi if j == 0 else None, _air(doc, c), *cells])
                doc.add("emissions", emission(c, gs, t))
            else:
                hz = _hz(c)
                rows.append([number if j == 0 else None, (s_ru, s_kk)[_L(doc)] if j == 0 else None, c, _air(doc, c),
                             str(hz) if hz else dash, *cells])
                doc.add("emissions", emission(c, gs, t, number, hz))
        if len(subs) > 1:
            merges += [(start, col, len(rows) - 1, col) for col in range(0, 2 if not vi else 1)]
    tot = [num(round(sum(v), 6), doc.lang) for v in sums]
    if vi:
        rows.append(["Tổng cộng", None, "", tot[0], "", "", tot[1], "", tot[2]])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 1))
        doc.table("Bảng 3.12. Tải lượng khí thải của xưởng axit sunfuric theo chế độ vận hành", rows, merges, role="emissions")
        doc.p("Ghi chú: tải lượng tính toán (g/s) lấy theo giá trị lớn hơn của hai chế độ; tải lượng tính toán (tấn/năm) bằng tổng "
              "tải lượng của chế độ ổn định và chế độ khởi động. “–”: nguồn không phát thải ở chế độ tương ứng.")
    else:
        rows.append([g("Всего по предприятию", "Кәсіпорын бойынша барлығы"), None, None, None, None, "", tot[0], "", "", tot[1], "", tot[2]])
        merges.append((len(rows) - 1, 0, len(rows) - 1, lead))
        doc.table(g("Таблица 3.4 – Нормативы выбросов с учетом пусковых режимов", "3.4-кесте – Іске қосу режимдерін ескере отырып шығарындылар нормативтері"),
                  rows, merges, role="emissions")
        doc.add("sources", *({"number": s[0], "type": _kind(s[0])} for s in ACID_SOURCES))
        doc.p(g("Примечание: норматив в г/с принят по наибольшему из значений нормального и пускового режимов, норматив в т/год – "
                "сумма валовых выбросов обоих режимов. «–» – источник в данном режиме не работает.",
                "Ескертпе: г/с нормативі қалыпты және іске қосу режимдерінің ең үлкен мәні бойынша, т/жыл нормативі – екі режимнің "
                "жалпы шығарындыларының қосындысы бойынша қабылданды. «–» – көз осы режимде жұмыс істемейді."))
    maybe_distractor(doc)


# equipment of a leak calculation: (RU, KK, (low, high) count, leak kg/h of one unit, share of units that lost tightness)
KZ_LEAKS = (
    ("Запорно-регулирующая арматура", "Бекіту-реттеу арматурасы", (180, 520), 0.021, 0.293),
    ("Фланцевые соединения", "Фланецтік қосылыстар", (900, 2600), 0.00073, 0.03),
    ("Предохранительные клапаны", "Сақтандырғыш клапандар", (8, 30), 0.136, 0.35),
    ("Торцевые уплотнения насосов", "Сорғылардың шеткі тығыздағыштары", (4, 16), 0.08, 0.4),
)
# (number, RU unit, KK unit, RU stream, KK stream, {code: mass fraction}, equipment kept)
KZ_LEAK_SOURCES = {
    "pp": (
        ("6001", "Неплотности оборудования установки дегидрирования пропана (PDH)", "Пропанды дегидрлеу қондырғысы (PDH) жабдығының тығыз еместіктері",
         "пропан-пропиленовая фракция", "пропан-пропилен фракциясы", {"0418": 0.56, "0521": 0.41}, 4),
        ("6002", "Неплотности оборудования узла полимеризации пропилена", "Пропиленді полимерлеу торабы жабдығының тығыз еместіктері",
         "пропилен полимеризационной чистоты", "полимерлеу тазалығындағы пропилен", {"0521": 0.995}, 4),
        ("6003", "Неплотности оборудования товарно-сырьевого парка (шаровые резервуары)", "Тауар-шикізат паркі жабдығының (шар тәрізді резервуарлар) тығыз еместіктері",
         "пропилен и пропан", "пропилен және пропан", {"0521": 0.6, "0418": 0.4}, 3),
    ),
    "pe": (
        ("6001", "Неплотности оборудования узла полимеризации этилена", "Этиленді полимерлеу торабы жабдығының тығыз еместіктері",
         "этилен с сомономером (бутен-1)", "сомономері бар этилен (бутен-1)", {"0526": 0.94, "0502": 0.05}, 4),
        ("6002", "Неплотности оборудования узла регенерации растворителя", "Еріткішті регенерациялау торабы жабдығының тығыз еместіктері",
         "гексан", "гексан", {"0403": 0.98}, 4),
        ("6003", "Неплотности оборудования склада этилена", "Этилен қоймасы жабдығының тығыз еместіктері",
         "этилен", "этилен", {"0526": 0.99}, 3),
    ),
}  # fmt: skip


def emissions_hg2(doc: Doc) -> None:
    """A calculation of fugitive emissions from the leaking equipment of a polypropylene (polyethylene) complex by the
    method of leaks through seals: for each unorganised source a row spanning the table names its number, the stream and
    the hours, then rows of equipment — count, leak of one unit in kg/h, share of units that lost tightness, the stream's
    leak — and a row of the stream's total leak, and only then the substances' rows with their code, class, mass fraction
    in the stream, g/s and t/year (VI: the Nghi Sơn complex's aromatics unit and sour-water stripper with the US EPA
    average factors and no share, named sources)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_hg2_vi(doc)
        return
    L = _L(doc)
    g = _kz(doc)
    plant = doc.pick(("pp", "pe"))
    op = KZ_POLY[0 if plant == "pp" else 1]
    hours = 8000
    doc.h(g(f"Раздел 3.2. Расчет выбросов от неорганизованных источников. {op[0]} ({op[2]})",
            f"3.2-бөлім. Ұйымдастырылмаған көздерден шығарындыларды есептеу. {op[1]} ({op[3]})"))
    doc.p(g("Выбросы углеводородов через неплотности фланцевых соединений, запорно-регулирующей арматуры, предохранительных "
            "клапанов и уплотнений насосов определены по количеству единиц оборудования, величине утечки через одну единицу и "
            "доле единиц, потерявших герметичность; выброс вещества равен утечке потока, умноженной на массовую долю вещества в "
            f"потоке. Время работы – {num(hours, 'ru')} ч/год.",
            "Фланецтік қосылыстардың, бекіту-реттеу арматурасының, сақтандырғыш клапандардың және сорғы тығыздағыштарының тығыз "
            "еместіктері арқылы көмірсутектердің шығарындылары жабдық бірліктерінің саны, бір бірлік арқылы ағу шамасы және "
            "герметикалығын жоғалтқан бірліктердің үлесі бойынша анықталды; заттың шығарындысы ағынның ағуын заттың ағындағы "
            f"массалық үлесіне көбейткенге тең. Жұмыс уақыты – жылына {num(hours, 'kk')} сағ."))
    head = g(["Оборудование / загрязняющее вещество", "Код ЗВ", "Класс опасности", "Количество, шт.", "Утечка через 1 ед., кг/ч",
              "Доля ед., потерявших герметичность", "Утечка потока, кг/ч", "Массовая доля в потоке", "Выброс, г/с", "Выброс, т/год"],
             ["Жабдық / ластаушы зат", "ЛЗ коды", "Қауіптілік сыныбы", "Саны, дана", "1 бірлік арқылы ағу, кг/сағ",
              "Герметикалығын жоғалтқан бірліктер үлесі", "Ағынның ағуы, кг/сағ", "Ағындағы массалық үлесі", "Шығарынды, г/с",
              "Шығарынды, т/жыл"])
    rows = [head, [str(k) for k in range(1, 11)]]
    merges: list = []
    sources = KZ_LEAK_SOURCES[plant]
    all_t = []
    for number, u_ru, u_kk, st_ru, st_kk, fractions, kept in sources:
        _span(rows, merges, g(f"ИЗА № {number} – {u_ru}; поток: {st_ru}; {num(hours, 'ru')} ч/год",
                              f"№ {number} ЛШК – {u_kk}; ағын: {st_kk}; жылына {num(hours, 'kk')} сағ"), 10)
        leak = 0.0
        for e_ru, e_kk, (lo, hi), unit, share in KZ_LEAKS[:kept]:
            n = r.randint(lo, hi)
            part = _sig(n * unit * share, 4)
            leak = _plus(leak, part)
            rows.append([(e_ru, e_kk)[L], "", "", num(n, doc.lang), num(unit, doc.lang), num(share, doc.lang), num(part, doc.lang), "", "", ""])
        rows.append([g("Итого утечка потока", "Ағынның ағуы барлығы"), "", "", "", "", "", num(leak, doc.lang), "", "", ""])
        for c, frac in fractions.items():
            gs = _sig(leak * frac / 3.6, 4)
            t = _sig(gs * 3600 * hours / 1e6, 4)
            hz = _hz(c)
            all_t.append(t)
            rows.append([_air(doc, c), c, str(hz) if hz else "–", "", "", "", "", num(frac, doc.lang), num(gs, doc.lang), num(t, doc.lang)])
            doc.add("emissions", emission(c, gs, t, number, hz))
    rows.append([g("Итого по неорганизованным источникам", "Ұйымдастырылмаған көздер бойынша барлығы"), "", "", "", "", "", "", "", "",
                 num(round(sum(all_t), 6), doc.lang)])
    doc.table(g("Таблица 3.6 – Выбросы через неплотности технологического оборудования",
                "3.6-кесте – Технологиялық жабдықтың тығыз еместіктері арқылы шығарындылар"), rows, merges, role="emissions")
    doc.add("sources", *({"number": s[0], "type": "unorganized"} for s in sources))
    doc.p(g("Величины утечек и доли единиц, потерявших герметичность, приняты по методике расчета выбросов от неорганизованных "
            "источников для газообразных и легких жидких сред.",
            "Ағу шамалары мен герметикалығын жоғалтқан бірліктердің үлестері газ тәрізді және жеңіл сұйық орталар үшін "
            "ұйымдастырылмаған көздерден шығарындыларды есептеу әдістемесі бойынша қабылданды."))
    maybe_distractor(doc)


# US EPA SOCMI average emission factors, kg/h per source: (VI equipment, (low, high) count, factor)
VN_LEAKS = (
    ("Van (dòng khí)", (120, 340), 0.00597),
    ("Van (dòng lỏng nhẹ)", (260, 720), 0.00403),
    ("Phốt bơm (dòng lỏng nhẹ)", (6, 18), 0.0199),
    ("Mặt bích, đầu nối", (1400, 3800), 0.00183),
    ("Van an toàn (dòng khí)", (10, 28), 0.104),
)
# (VI unit, VI stream, {code: mass fraction})
VN_LEAK_UNITS = (
    ("Phân xưởng thu hồi chất thơm (BTX)", "hỗn hợp benzen – toluen – xylen", {"0602": 0.32, "0621": 0.41, "0616": 0.22}),
    ("Cụm tách nước chua (SWS)", "khí chua", {"0333": 0.36, "0303": 0.22}),
)


def _emissions_hg2_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – KHU LIÊN HỢP LỌC HÓA DẦU NGHI SƠN, TỈNH THANH HÓA")
    doc.p("3.1.4. Khí thải phát sinh do rò rỉ từ thiết bị. Tải lượng được tính bằng số lượng thiết bị nhân với hệ số phát thải "
          "trung bình của US EPA (Protocol for Equipment Leak Emission Estimates, 1995) và tỷ lệ khối lượng của từng chất trong "
          "dòng; thời gian vận hành 8.760 giờ/năm.")
    rows = [["Thiết bị / chất ô nhiễm", "Số lượng", "Hệ số phát thải (kg/giờ/thiết bị)", "Tải lượng rò rỉ của dòng (kg/giờ)",
             "Tỷ lệ khối lượng trong dòng", "Tải lượng (g/s)", "Tải lượng (tấn/năm)"]]
    merges: list = []
    for unit, stream, fractions in VN_LEAK_UNITS:
        _span(rows, merges, f"{unit} – dòng {stream}", 7)
        leak = 0.0
        for name, (lo, hi), factor in VN_LEAKS:
            n = r.randint(lo, hi)
            part = _sig(n * factor, 4)
            leak = _plus(leak, part)
            rows.append([name, num(n, "vi"), num(factor, "vi"), num(part, "vi"), "", "", ""])
        rows.append(["Cộng rò rỉ của dòng", "", "", num(leak, "vi"), "", "", ""])
        for c, frac in fractions.items():
            gs = _sig(leak * frac / 3.6, 4)
            t = _sig(gs * 3600 * 8760 / 1e6, 4)
            rows.append([_air(doc, c), "", "", "", num(frac, "vi"), num(gs, "vi"), num(t, "vi")])
            doc.add("emissions", emission(c, gs, t))
    doc.table("Bảng 3.9. Tải lượng khí thải do rò rỉ từ thiết bị công nghệ", rows, merges, role="emissions")
    doc.p("Khu liên hợp áp dụng chương trình phát hiện và sửa chữa rò rỉ (LDAR) định kỳ để giảm phát thải từ các nguồn nêu trên.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes


def _div(x: float, d: float) -> float:
    return float(Decimal(repr(x)) / Decimal(repr(d)))


# (RU object, KK object, RU operator, KK operator, RU place, KK place)
KZ_PAINT = (
    ("Завод лакокрасочных материалов «Алатау Бояу»", "«Алатау Бояу» лак-бояу материалдары зауыты", "ТОО «Алатау Бояу»",
     "«Алатау Бояу» ЖШС", "г. Алматы, Алатауский район, ул. Бекмаханова, 98", "Алматы қ., Алатау ауданы, Бекмаханов к., 98"),
    ("Лакокрасочный завод «Шымкент Колор»", "«Шымкент Колор» лак-бояу зауыты", "ТОО «Шымкент Колор»", "«Шымкент Колор» ЖШС",
     "г. Шымкент, Абайский район, промзона «Оңтүстік», 17", "Шымкент қ., Абай ауданы, «Оңтүстік» өнеркәсіп аймағы, 17"),
)


def wastes_hg1(doc: Doc) -> None:
    """A paint-and-varnish factory's waste section whose amount column holds the calculation written out, the amount in
    t/year being only the figure after `=` (`9 600 т × 0,05 % = 4,8`, `2 400 шт. × 18 кг × 10⁻³ = 43,2`, `36 т × (1 – 0,85)
    = 5,4`), the place of formation before it, a total (VI: a paint factory's report asking for a permit, CTNH and then
    ordinary and domestic wastes under group rows, `3.200 thùng × 15 kg = 48.000` in a column of kilograms a year)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_hg1_vi(doc)
        return
    L = _L(doc)
    g = _kz(doc)
    lang = doc.lang
    o_ru, o_kk, op_ru, op_kk, a_ru, a_kk = doc.pick(KZ_PAINT)
    pcs, man = g("шт.", "дана"), g("чел.", "адам")
    prod = r.randint(80, 140) * 100
    doc.h(g(f"Программа управления отходами {op_ru} на 2026–2035 годы. {o_ru}",
            f"{op_kk} 2026–2035 жылдарға арналған қалдықтарды басқару бағдарламасы. {o_kk}"))
    doc.p(g(f"Завод выпускает алкидные эмали ПФ-115, грунтовки ГФ-021 и водно-дисперсионные краски, всего {num(prod, 'ru')} т/год. "
            "Количество отходов определено расчетом по удельным нормативам образования, данным учета тары и численности "
            "персонала; расчет приведен в таблице.",
            f"Зауыт ПФ-115 алкидті эмальдарын, ГФ-021 грунттарын және су-дисперсиялық бояуларды шығарады, барлығы жылына "
            f"{num(prod, 'kk')} т. Қалдықтар мөлшері түзілудің үлестік нормативтері, ыдыс есебінің деректері және персонал саны "
            "бойынша есептеумен анықталды; есеп кестеде келтірілген."))
    k = doc.pick((0.04, 0.05, 0.06))
    vol, qw = r.randint(10, 24), r.randint(24, 48)
    drums, bags, lamps, sacks, staff = (r.randint(18, 32) * 100, r.randint(12, 24) * 100 + 50, r.randint(8, 20) * 10,
                                        r.randint(180, 300) * 100, r.randint(90, 160))
    n = lambda x: num(x, lang)  # noqa: E731
    items = (
        ("08 01 11*", "Отходы некондиционных лакокрасочных материалов", "Сапасыз лак-бояу материалдарының қалдықтары",
         "контроль качества, зачистка емкостей", "сапаны бақылау, сыйымдылықтарды тазалау",
         _div(_mul(prod, k), 100), f"{n(prod)} т × {n(k)} % = {{}}"),
        ("08 01 13*", "Шлам от промывки диспергаторов и бисерных мельниц", "Диспергаторлар мен моншақты диірмендерді жуудан шыққан шлам",
         "участок диспергирования", "диспергілеу учаскесі", _mul(vol, 1.25), g(f"{vol} м³ × 1,25 т/м³ = {{}}", f"{vol} м³ × 1,25 т/м³ = {{}}")),
        ("14 06 03*", "Отработанный растворитель после промывки оборудования", "Жабдықты жуғаннан кейінгі пайдаланылған еріткіш",
         "промывка реакторов и смесителей", "реакторлар мен араластырғыштарды жуу", _mul(qw, 0.15), f"{qw} т × (1 – 0,85) = {{}}"),
        ("15 01 10*", "Тара из-под пигментов, смол и растворителей", "Пигменттер, шайырлар мен еріткіштер ыдысы",
         "склад сырья, участок загрузки", "шикізат қоймасы, тиеу учаскесі", _div(_mul(drums, 18), 1000),
         f"{n(drums)} {pcs} × 18 {g('кг', 'кг')} × 10⁻³ = {{}}"),
        ("15 02 02*", "Ветошь и фильтровальные мешки, загрязненные ЛКМ", "ЛБМ-мен ластанған шүберек және сүзгі қаптар",
         "фильтрация эмалей, обслуживание оборудования", "эмальдарды сүзу, жабдыққа қызмет көрсету", _div(_mul(bags, 0.4), 1000),
         f"{n(bags)} {pcs} × 0,4 кг × 10⁻³ = {{}}"),
        ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар",
         "освещение цехов", "цехтарды жарықтандыру", _div(_mul(lamps, 0.2), 1000), f"{lamps} {pcs} × 0,2 кг × 10⁻³ = {{}}"),
        ("15 01 01", "Бумажные мешки из-под наполнителей", "Толтырғыштардан босаған қағаз қаптар",
         "участок загрузки мела и талька", "бор мен тальк тиеу учаскесі", _div(_mul(sacks, 0.15), 1000),
         f"{n(sacks)} {pcs} × 0,15 кг × 10⁻³ = {{}}"),
        ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", "административный корпус, столовая",
         "әкімшілік ғимарат, асхана", _mul(staff, 0.075), f"{staff} {man} × 0,075 т = {{}}"),
    )
    rows = [g(["№", "Код", "Наименование отхода", "Место образования", "Количество образования, т/год (расчет)"],
              ["№", "Коды", "Қалдықтың атауы", "Түзілу орны", "Түзілу мөлшері, т/жыл (есеп)"])]
    amounts = []
    for j, (code, n_ru, n_kk, p_ru, p_kk, t, calc) in enumerate(items, 1):
        name = (n_ru, n_kk)[L]
        rows.append([str(j), code, name, (p_ru, p_kk)[L], calc.format(n(t))])
        amounts.append(t)
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t,
                           "name_contains": _words(name, 3)})
    rows.append(["", "", g("Итого", "Барлығы"), "", n(_plus(*amounts))])
    doc.table(g("Таблица 4.2 – Виды и количество образующихся отходов", "4.2-кесте – Түзілетін қалдықтардың түрлері мен мөлшері"),
              rows, role="wastes")
    doc.p(g("Обозначения: 1,25 т/м³ – плотность шлама; 0,85 – доля растворителя, возвращаемого после регенерации; 18 кг – масса "
            "бочки; 0,075 т – норма образования ТБО на одного работающего в год.",
            "Белгілеулер: 1,25 т/м³ – шламның тығыздығы; 0,85 – регенерациядан кейін қайтарылатын еріткіштің үлесі; 18 кг – бөшкенің "
            "массасы; 0,075 т – бір жұмыскерге жылына ҚТҚ түзілу нормасы."))
    maybe_distractor(doc)


def _wastes_hg1_vi(doc: Doc) -> None:
    r = doc.rng
    name, buyer, site = doc.pick(VN_PAINT)
    prod = r.randint(8, 15) * 1000
    k = doc.pick((0.03, 0.04, 0.05))
    drums, cans, rags, lamps, forks, sludge, sacks, staff = (r.randint(24, 40) * 100, r.randint(10, 20) * 100, r.randint(60, 110),
                                                             r.randint(8, 16) * 10, r.randint(4, 8), r.choice((0.08, 0.1, 0.12, 0.15)),
                                                             r.randint(15, 30) * 1000, r.randint(12, 20) * 10)
    v = lambda x: num(x, "vi")  # noqa: E731
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – {name.upper()}")
    doc.p(f"3.3. Công trình, biện pháp lưu giữ, xử lý chất thải rắn. Công suất sản xuất {v(prod)} tấn sơn các loại/năm; khối "
          "lượng chất thải được tính theo số liệu vận hành năm 2024 và định mức của nhà máy.")
    haz = (
        ("08 01 01", "Sơn, vecni thải có dung môi hữu cơ (sơn lỗi, sơn tồn kho)", "Lỏng", _mul(prod, k, 10),
         f"{v(prod)} tấn × {v(k)}% × 1.000 kg/tấn = {{}}"),
        ("18 01 02", "Bao bì cứng thải bằng kim loại (thùng đựng dung môi, nhựa alkyd)", "Rắn", _mul(drums, 15), f"{v(drums)} thùng × 15 kg = {{}}"),
        ("18 01 03", "Bao bì cứng thải bằng nhựa (can đựng phụ gia)", "Rắn", _mul(cans, 1.2), f"{v(cans)} can × 1,2 kg = {{}}"),
        ("18 02 01", "Giẻ lau, găng tay, vải lọc nhiễm sơn và dung môi", "Rắn", _mul(12, rags), f"12 tháng × {rags} kg/tháng = {{}}"),
        ("16 01 06", "Bóng đèn huỳnh quang thải", "Rắn", _mul(lamps, 0.3), f"{lamps} bóng × 0,3 kg = {{}}"),
        ("17 02 03", "Dầu động cơ, hộp số và bôi trơn tổng hợp thải", "Lỏng", _mul(forks, 20, 4, 0.89),
         f"{forks} xe nâng × 20 lít × 4 lần × 0,89 kg/lít = {{}}"),
        ("12 06 05", "Bùn thải có các thành phần nguy hại từ quá trình xử lý nước thải công nghiệp", "Bùn", _mul(sludge, 300, 1100),
         f"{v(sludge)} m³/ngày × 300 ngày × 1.100 kg/m³ = {{}}"),
    )
    ordinary = (
        ("Bao bì giấy, bao đựng bột màu và chất độn", "Rắn", _mul(sacks, 0.15), f"{v(sacks)} bao × 0,15 kg = {{}}"),
        ("Chất thải rắn sinh hoạt", "Rắn", _mul(staff, 0.5, 300), f"{staff} người × 0,5 kg/người/ngày × 300 ngày = {{}}"),
    )
    rows = [["TT", "Tên chất thải", "Mã CTNH", "Trạng thái tồn tại", "Khối lượng phát sinh (kg/năm)"]]
    merges: list = []
    _span(rows, merges, "I. Chất thải nguy hại", 5)
    for j, (code, wname, state, kg, calc) in enumerate(haz, 1):
        rows.append([str(j), wname, code, state, calc.format(v(kg))])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": _div(kg, 1000),
                           "name_contains": _words(wname, 4)})
    _span(rows, merges, "II. Chất thải rắn công nghiệp thông thường và chất thải rắn sinh hoạt", 5)
    for j, (wname, state, kg, calc) in enumerate(ordinary, 1):
        rows.append([str(j), wname, "–", state, calc.format(v(kg))])
        doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": _div(kg, 1000), "name_contains": wname})
    doc.table("Bảng 3.6. Khối lượng chất thải rắn phát sinh tại nhà máy", rows, merges, role="wastes")
    doc.p("Chất thải nguy hại được lưu giữ tại kho CTNH diện tích 60 m², định kỳ chuyển giao cho đơn vị có giấy phép môi trường "
          "về xử lý chất thải nguy hại.")
    maybe_distractor(doc)


# (RU stream, KK stream, kind, code or None, (low, high) t/year, RU direction, KK direction)
KIND = {"raw": ("сырье", "шикізат"), "prod": ("товарная продукция", "тауарлық өнім"), "semi": ("полупродукт", "жартылай өнім"),
        "by": ("побочный продукт", "қосалқы өнім"), "back": ("возврат в производство", "өндіріске қайтару"), "waste": ("отход", "қалдық")}
BALANCE_IN = (
    ("Соль поваренная (NaCl не менее 98 %)", "Ас тұзы (NaCl кемінде 98 %)", "raw", None, (160000, 190000), "ж/д поставка, склад соли", "т/ж жеткізу, тұз қоймасы"),
    ("Этилен", "Этилен", "raw", None, (44000, 52000), "трубопровод от ГХК", "ГХК-дан құбыр"),
    ("Кислород технический", "Техникалық оттегі", "raw", None, (24000, 30000), "воздухоразделительная установка", "ауа бөлу қондырғысы"),
)
BALANCE_OUT = (
    ("Хлор газообразный", "Газ тәрізді хлор", "semi", None, (95000, 110000), "на производство дихлорэтана", "дихлорэтан өндірісіне"),
    ("Натр едкий (раствор 50 %)", "Күйдіргіш натр (50 % ерітінді)", "prod", None, (210000, 240000), "отгрузка потребителям", "тұтынушыларға тиеу"),
    ("Водород", "Сутегі", "by", None, (2600, 3100), "сжигание в котельной", "қазандықта жағу"),
    ("Кислота серная отработанная (75 %) после осушки хлора", "Хлорды кептіргеннен кейінгі пайдаланылған күкірт қышқылы (75 %)", "by", None,
     (900, 1400), "реализация на производство удобрений", "тыңайтқыштар өндірісіне сату"),
    ("Рассол обедненный", "Сарқылған тұздық", "back", None, (1300000, 1600000), "донасыщение солью", "тұзбен қайта қанықтыру"),
    ("Шлам рассолоочистки", "Тұздықты тазарту шламы", "waste", "06 03 14", (2100, 3200), "шламонакопитель", "шлам жинағыш"),
    ("Отработанные ионообменные смолы вторичной очистки рассола", "Тұздықты қайталама тазартудың пайдаланылған ион алмастырғыш шайырлары",
     "waste", "19 09 05", (3, 8), "передача специализированной организации", "мамандандырылған ұйымға беру"),
    ("Отработанный активированный уголь узла дехлорирования", "Хлорсыздандыру торабының пайдаланылған белсендірілген көмірі", "waste",
     "06 07 02*", (8, 15), "термическое обезвреживание", "термиялық залалсыздандыру"),
    ("Хлористый водород пиролиза дихлорэтана", "Дихлорэтан пиролизінің хлорлы сутегі", "back", None, (55000, 65000),
     "на оксихлорирование", "оксихлорлауға"),
    ("Кубовые остатки ректификации дихлорэтана", "Дихлорэтанды ректификациялаудың текше қалдықтары", "waste", "07 01 07*", (350, 700),
     "установка сжигания хлорорганических отходов", "хлорорганикалық қалдықтарды жағу қондырғысы"),
    ("Отработанный катализатор оксихлорирования", "Оксихлорлаудың пайдаланылған катализаторы", "waste", "16 08 02*", (20, 45),
     "регенерация у поставщика", "жеткізушіде регенерациялау"),
    ("ПВХ-смола суспензионная", "Суспензиялық ПВХ-шайыр", "prod", None, (115000, 130000), "отгрузка потребителям", "тұтынушыларға тиеу"),
    ("Некондиционная ПВХ-смола и сметки", "Сапасыз ПВХ-шайыр және сыпырынды", "waste", "07 02 13", (150, 400), "передача на переработку",
     "қайта өңдеуге беру"),
)  # fmt: skip


def wastes_hg2(doc: Doc) -> None:
    """The material balance of a chlor-alkali and PVC works in its КЭР application: `№ | поток | вид потока | код отхода |
    т/год | направление` under a `приход` and a `расход` row, raw materials, products, semi-products, by-products and
    streams returned to the process beside the wastes, only the streams typed `отход` carrying a code — the brine sludge,
    the spent activated carbon and ion-exchange resins, the heavy ends of the dichloroethane column, the spent catalyst and
    the off-spec PVC — and nothing but the type telling a by-product from a waste (VI: a caustic-chlorine line's balance
    with a unit column, CTNH in kilograms and in tonnes, the brine mud an ordinary waste)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_hg2_vi(doc)
        return
    L = _L(doc)
    g = _kz(doc)
    doc.h(g("Заявка на получение комплексного экологического разрешения ТОО «Павлодар Хлор-Винил». Приложение 4. Материальный баланс",
            "«Павлодар Хлор-Винил» ЖШС кешенді экологиялық рұқсат алуға өтінім. 4-қосымша. Материалдық баланс"))
    doc.p(g("Производство включает электролиз рассола на мембранных электролизерах, получение дихлорэтана прямым хлорированием и "
            "оксихлорированием этилена, пиролиз дихлорэтана в винилхлорид и суспензионную полимеризацию винилхлорида. Баланс "
            "составлен на проектную производительность.",
            "Өндіріс мембраналық электролизерлерде тұздықты электролиздеуді, этиленді тікелей хлорлау және оксихлорлау арқылы "
            "дихлорэтан алуды, дихлорэтанды винилхлоридке пиролиздеуді және винилхлоридті суспензиялық полимерлеуді қамтиды. "
            "Баланс жобалық өнімділікке жасалды."))
    rows = [g(["№", "Наименование потока", "Вид потока", "Код отхода", "Количество, т/год", "Направление"],
              ["№", "Ағынның атауы", "Ағын түрі", "Қалдық коды", "Мөлшері, т/жыл", "Бағыты"])]
    merges: list = []
    for part, lines in ((g("1. Приход", "1. Кіріс"), BALANCE_IN), (g("2. Расход", "2. Шығыс"), BALANCE_OUT)):
        _span(rows, merges, part, 6)
        p = part[0]
        for j, (s_ru, s_kk, kind, code, (lo, hi), d_ru, d_kk) in enumerate(lines, 1):
            t = float(r.randint(lo // 100, hi // 100) * 100) if lo >= 1000 else rate(r, lo, hi, 3)
            name = (s_ru, s_kk)[L]
            rows.append([f"{p}.{j}", name, KIND[kind][L], code or "", num(t, doc.lang), (d_ru, d_kk)[L]])
            if kind == "waste":
                doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t,
                                   "name_contains": _words(name, 3)})
    doc.table(g("Таблица П4.1 – Материальный баланс производства хлора, каустической соды и ПВХ",
                "П4.1-кесте – Хлор, каустикалық сода және ПВХ өндірісінің материалдық балансы"), rows, merges, role="wastes")
    doc.p(g("Водород и отработанная серная кислота являются побочными продуктами, реализуемыми по договорам, и отходами не "
            "являются; обедненный рассол и хлористый водород возвращаются в технологический цикл.",
            "Сутегі мен пайдаланылған күкірт қышқылы шарттар бойынша сатылатын қосалқы өнімдер болып табылады және қалдық емес; "
            "сарқылған тұздық пен хлорлы сутегі технологиялық циклге қайтарылады."))
    maybe_distractor(doc)


# (VI stream, class, CTNH code or None, (low, high), unit, direction)
VN_BALANCE = (
    ("Muối công nghiệp (NaCl ≥ 99%)", "Nguyên liệu", None, (64000, 70000), "tấn/năm", "Nhập khẩu, kho muối"),
    ("Điện năng", "Năng lượng", None, (92000, 98000), "MWh/năm", "Lưới điện quốc gia"),
    ("Xút lỏng NaOH 32%", "Sản phẩm", None, (120000, 128000), "tấn/năm", "Tiêu thụ"),
    ("Clo lỏng", "Sản phẩm", None, (14000, 18000), "tấn/năm", "Tiêu thụ"),
    ("Axit clohydric HCl 32%", "Sản phẩm", None, (42000, 50000), "tấn/năm", "Tiêu thụ"),
    ("Nước Javen (NaOCl 10%)", "Sản phẩm", None, (6000, 9000), "tấn/năm", "Tiêu thụ"),
    ("Khí hydro dư", "Sản phẩm phụ", None, (300, 450), "tấn/năm", "Đốt tại lò hơi của nhà máy"),
    ("Axit sunfuric loãng (70–75%) sau tháp sấy clo", "Sản phẩm phụ", None, (500, 800), "tấn/năm", "Bán cho cơ sở sản xuất phân bón"),
    ("Nước muối nghèo", "Tuần hoàn", None, (480000, 520000), "tấn/năm", "Quay lại công đoạn hòa tan muối"),
    ("Bùn muối từ công đoạn tinh chế nước muối", "Chất thải rắn công nghiệp thông thường", None, (900, 1500), "tấn/năm",
     "Chuyển giao đơn vị có chức năng xử lý"),
    ("Vải lọc, vật liệu lọc thải nhiễm các thành phần nguy hại", "CTNH", "18 02 01", (600, 1100), "kg/năm", "Chuyển giao đơn vị xử lý CTNH"),
    ("Bùn thải có các thành phần nguy hại từ quá trình xử lý nước thải công nghiệp", "CTNH", "12 06 05", (24, 48), "tấn/năm",
     "Chuyển giao đơn vị xử lý CTNH"),
    ("Bao bì cứng thải bằng nhựa (can đựng hóa chất phụ trợ)", "CTNH", "18 01 03", (300, 600), "kg/năm", "Chuyển giao đơn vị xử lý CTNH"),
)


def _wastes_hg2_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – NHÀ MÁY XÚT – CLO VIỆT TRÌ MỚI, KCN THỤY VÂN, TỈNH PHÚ THỌ")
    doc.p("1.4. Nguyên liệu, sản phẩm và cân bằng vật chất. Dây chuyền điện phân màng trao đổi ion công suất 40.000 tấn NaOH "
          "100%/năm; cân bằng vật chất tính cho công suất thiết kế.")
    rows = [["TT", "Dòng vật chất", "Phân loại", "Mã CTNH", "Khối lượng", "Đơn vị", "Hướng sử dụng, xử lý"]]
    for j, (name, cls, code, (lo, hi), unit, how) in enumerate(VN_BALANCE, 1):
        q = float(r.randint(lo // 10, hi // 10) * 10) if lo >= 300 else float(r.randint(lo, hi))
        rows.append([str(j), name, cls, code or "–", num(q, "vi"), unit, how])
        t = _div(q, 1000) if unit == "kg/năm" else q
        if code:
            doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": t, "name_contains": _words(name, 4)})
        elif cls.startswith("Chất thải"):
            doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": name})
    doc.table("Bảng 1.6. Cân bằng vật chất của dây chuyền sản xuất xút – clo", rows, role="wastes")
    doc.p("Ghi chú: axit sunfuric loãng và khí hydro dư là sản phẩm phụ được tận dụng, không phải chất thải; nước muối nghèo được "
          "tuần hoàn hoàn toàn.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

# (number, RU source, KK source, RU product, KK product, [(code, norm mg/Nm3, specific norm kg/t)])
PHOS_STACKS = (
    ("0001", "Сернокислотная установка СК-600, выхлопная труба", "СК-600 күкірт қышқылы қондырғысы, шығару құбыры",
     "серная кислота (моногидрат)", "күкірт қышқылы (моногидрат)", [("0330", 850, 1.6), ("0322", 45, 0.07)]),
    ("0005", "Отделение сушки и грануляции аммофоса (после абсорбционной очистки)",
     "Аммофосты кептіру және түйіршіктеу бөлімі (абсорбциялық тазартудан кейін)", "аммофос", "аммофос",
     [("0303", 30, 0.25), ("0342", 5, 0.03), ("2902", 30, 0.2)]),
    ("0007", "Абсорбер отделения экстракции фосфорной кислоты", "Фосфор қышқылын экстракциялау бөлімінің абсорбері",
     "P2O5 в экстракционной фосфорной кислоте", "экстракциялық фосфор қышқылындағы P2O5", [("0342", 5, 0.02)]),
)  # fmt: skip


def limits_hg1(doc: Doc) -> None:
    """A КЭР's annex of technological norms of a phosphate plant's stacks: `№ ИЗА | установка | вещество`, then the norm and
    the fact of 2025 as two merged column groups, each with the concentration in mg/Nm3 and the specific emission in kg
    per tonne of product, the product the specific figure is counted on last, merged down over the source (VI: the DAP
    plant's periodic monitoring at three stacks against QCVN 19:2009/BTNMT column B, the flow merged down and Kp read from
    it, the load in kg/h between the result and Cmax)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_hg1_vi(doc)
        return
    L = _L(doc)
    g = _kz(doc)
    doc.h(g("Комплексное экологическое разрешение ТОО «Тараз Фосфор Химия». Приложение 3. Технологические нормативы и их "
            "соблюдение в 2025 году",
            "«Тараз Фосфор Химия» ЖШС кешенді экологиялық рұқсаты. 3-қосымша. Технологиялық нормативтер және олардың 2025 жылы "
            "сақталуы"))
    doc.p(g("Технологические нормативы установлены на основе заключений по наилучшим доступным техникам для производства "
            "аммиака, минеральных удобрений и неорганических химических веществ. Концентрации приведены к нормальным "
            "условиям (273 К, 101,3 кПа) и сухому газу; удельные показатели – на тонну продукции, указанной в последней графе.",
            "Технологиялық нормативтер аммиак, минералдық тыңайтқыштар және бейорганикалық химиялық заттар өндірісі үшін ең "
            "үздік қолжетімді техникалар жөніндегі қорытындылар негізінде белгіленді. Концентрациялар қалыпты жағдайларға "
            "(273 К, 101,3 кПа) және құрғақ газға келтірілген; үлестік көрсеткіштер – соңғы бағанда көрсетілген өнімнің бір "
            "тоннасына."))
    rows = [g(["№ ИЗА", "Установка (источник)", "Загрязняющее вещество", "Технологический норматив", None, "Фактически за 2025 г.", None,
               "Продукция (база удельного показателя)"],
              ["ЛШК №", "Қондырғы (көз)", "Ластаушы зат", "Технологиялық норматив", None, "2025 ж. нақты", None,
               "Өнім (үлестік көрсеткіштің базасы)"]),
            [None, None, None, g("мг/Нм3", "мг/Нм3"), g("кг/т", "кг/т"), g("мг/Нм3", "мг/Нм3"), g("кг/т", "кг/т"), None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 0, 6), (0, 7, 1, 7)]
    for number, s_ru, s_kk, p_ru, p_kk, items in PHOS_STACKS:
        start = len(rows)
        for j, (c, norm, spec) in enumerate(items):
            fact = _sig(norm * r.uniform(0.3, 0.95), 3)
            sfact = _sig(spec * r.uniform(0.3, 0.95), 2)
            rows.append([number if j == 0 else None, (s_ru, s_kk)[L] if j == 0 else None, _air(doc, c), num(norm, doc.lang),
                         num(spec, doc.lang), num(fact, doc.lang), num(sfact, doc.lang), (p_ru, p_kk)[L] if j == 0 else None])
            add(doc, limit(("code", c), "flue_gas", norm, "mg/Nm3", None, number, fact))
        if len(items) > 1:
            merges += [(start, col, len(rows) - 1, col) for col in (0, 1, 7)]
    doc.table(g("Таблица П3.1", "П3.1-кесте"), rows, merges, role="limits")
    doc.add("sources", *({"number": s[0], "type": "organized"} for s in PHOS_STACKS))
    doc.p(g("Фактические значения – средние по результатам инструментальных измерений аккредитованной лаборатории за 2025 год; "
            "превышений технологических нормативов не допущено.",
            "Нақты мәндер – аккредиттелген зертхананың 2025 жылғы аспаптық өлшеулер нәтижелері бойынша орташа мәндер; "
            "технологиялық нормативтердің асуына жол берілмеді."))
    maybe_distractor(doc)


QCVN19B = {"2902": 200, "0330": 500, "0301": 850, "0303": 50, "0342": 20, "0349": 10, "0316": 50}
DAP_STACKS = (
    ("K1", "Ống khói xưởng axit sunfuric", (120000, 150000), ("0330", "0301")),
    ("K2", "Ống khói hệ thống sấy – tạo hạt DAP", (220000, 280000), ("2902", "0303", "0342")),
    ("K3", "Ống thải tháp rửa khí xưởng axit photphoric", (40000, 70000), ("0342", "2902")),
)


def _limits_hg1_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("BÁO CÁO KẾT QUẢ QUAN TRẮC MÔI TRƯỜNG ĐỊNH KỲ QUÝ III/2025 – NHÀ MÁY DAP SỐ 2 ĐÌNH VŨ, KCN ĐÌNH VŨ, TP. HẢI PHÒNG")
    doc.p("Kết quả quan trắc khí thải được so sánh với QCVN 19:2009/BTNMT cột B; Cmax = C × Kp × Kv, trong đó Kp tra theo lưu "
          "lượng khí thải của từng ống khói (Kp = 0,9 khi 20.000 < P ≤ 100.000 m³/h; Kp = 0,8 khi P > 100.000 m³/h) và Kv = 1,0 "
          "(khu công nghiệp).")
    rows = [["Ký hiệu", "Vị trí quan trắc", "Lưu lượng (Nm³/h)", "Thông số", "Kết quả (mg/Nm³)", "Tải lượng (kg/h)", "Kp",
             "QCVN 19:2009/BTNMT cột B, Cmax (mg/Nm³)"]]
    merges = []
    for pid, place, (lo, hi), codes in DAP_STACKS:
        flow = r.randint(lo // 1000, hi // 1000) * 1000
        kp = 0.8 if flow > 100000 else 0.9
        start = len(rows)
        for j, c in enumerate(codes):
            cmax = _mul(QCVN19B[c], kp)
            v = _sig(cmax * r.uniform(0.1, 0.8), 3)
            load = _sig(v * flow / 1e6, 3)
            rows.append([pid if j == 0 else None, place if j == 0 else None, num(flow, "vi") if j == 0 else None, _air(doc, c),
                         num(v, "vi"), num(load, "vi"), num(kp, "vi") if j == 0 else None, num(cmax, "vi")])
            add(doc, limit(("code", c), "flue_gas", cmax, "mg/Nm3", "B", pid, v))
        merges += [(start, col, len(rows) - 1, col) for col in (0, 1, 2, 6)]
    doc.table("Bảng 4. Kết quả quan trắc khí thải", rows, merges, role="limits")
    doc.p("Nhận xét: các thông số quan trắc tại các ống khói đều nằm trong giới hạn cho phép của QCVN 19:2009/BTNMT cột B.")
    maybe_distractor(doc)


# g/mol ÷ 22,4: ppm to mg/Nm3
PPM = {"0301": 2.054, "0337": 1.250, "0330": 2.860, "0349": 3.165, "0316": 1.628}
# (number, RU source for PP, RU source for PE, KK source for PP, KK source for PE, [(code, (low, high) ppm, norm mg/Nm3)])
POLY_STACKS = (
    ("0001", "Печь подогрева сырья реактора дегидрирования H-101", "Печь пиролиза этана F-101",
     "Дегидрлеу реакторының шикізатты жылыту пеші H-101", "Этанды пиролиздеу пеші F-101",
     [("0301", (25, 60), 200), ("0337", (8, 60), 100), ("0330", (1, 6), 35)]),
    ("0002", "Печь межступенчатого подогрева H-102", "Печь пиролиза этана F-102",
     "Сатылар арасындағы жылыту пеші H-102", "Этанды пиролиздеу пеші F-102",
     [("0301", (25, 60), 200), ("0337", (8, 60), 100), ("0330", (1, 6), 35)]),
    ("0003", "Газотурбинная установка ГТУ-1 (когенерация)", "Газотурбинная установка ГТУ-1 (когенерация)",
     "ГТҚ-1 газтурбиналық қондырғысы (когенерация)", "ГТҚ-1 газтурбиналық қондырғысы (когенерация)",
     [("0301", (15, 35), 75), ("0337", (5, 30), 100)]),
    ("0004", "Термический окислитель отходящих газов TO-301", "Термический окислитель отходящих газов TO-301",
     "Шығатын газдардың термиялық тотықтырғышы TO-301", "Шығатын газдардың термиялық тотықтырғышы TO-301",
     [("0301", (20, 50), 150), ("0337", (10, 40), 100)]),
)  # fmt: skip


def limits_hg2(doc: Doc) -> None:
    """A stack-test protocol of a polypropylene (polyethylene) complex's heaters, gas turbine and thermal oxidiser: the
    source and the oxygen merged down over its substances, each result written `42 (86,2)` — ppm as the analyser shows it
    with the value in mg/Nm3 in brackets, as the header says — against the КЭР's norm in mg/Nm3, a verdict column (VI: a
    caustic soda plant's chlorine and hydrogen chloride absorbers against QCVN 19:2009/BTNMT column B, `ppm (mg/Nm³)`)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_hg2_vi(doc)
        return
    L = _L(doc)
    g = _kz(doc)
    pp = r.random() < 0.5
    op = KZ_POLY[0 if pp else 1]
    doc.h(g(f"Протокол инструментальных измерений выбросов № {r.randint(100, 480)}-П/25. {op[2]}",
            f"Шығарындыларды аспаптық өлшеу хаттамасы № {r.randint(100, 480)}-П/25. {op[3]}"))
    doc.p(g(f"Объект: {op[0]}. Измерения выполнены переносным газоанализатором с электрохимическими ячейками; показания в ppm "
            "пересчитаны в мг/Нм3 по формуле C = ppm × M / 22,4 (оксиды азота – в пересчете на NO2), нормальные условия – 273 К, "
            "101,3 кПа.",
            f"Объект: {op[1]}. Өлшеулер электрохимиялық ұяшықтары бар тасымалы газталдағышпен орындалды; ppm көрсеткіштері "
            "C = ppm × M / 22,4 формуласы бойынша мг/Нм3-ге қайта есептелді (азот оксидтері – NO2-ге шаққанда), қалыпты жағдайлар – "
            "273 К, 101,3 кПа."))
    rows = [g(["№ ИЗА", "Источник", "O2, %", "Определяемый компонент", "Результат, ppm (мг/Нм3)", "Норматив КЭР, мг/Нм3", "Вывод"],
              ["ЛШК №", "Көз", "O2, %", "Анықталатын компонент", "Нәтиже, ppm (мг/Нм3)", "КЭР нормативі, мг/Нм3", "Қорытынды"])]
    merges = []
    ok, bad = g("соответствует", "сәйкес"), g("не соответствует", "сәйкес емес")
    for number, a_ru, b_ru, a_kk, b_kk, items in POLY_STACKS:
        name = ((a_ru, b_ru), (a_kk, b_kk))[L][0 if pp else 1]
        start = len(rows)
        o2 = num(round(r.uniform(2.5, 4.5) if number != "0003" else r.uniform(14.0, 15.5), 1), doc.lang)
        for j, (c, (lo, hi), norm) in enumerate(items):
            ppm = r.randint(lo, hi)
            mg = _sig(ppm * PPM[c], 3)
            rows.append([number if j == 0 else None, name if j == 0 else None, o2 if j == 0 else None, _air(doc, c),
                         f"{ppm} ({num(mg, doc.lang)})", num(norm, doc.lang), ok if mg <= norm else bad])
            add(doc, limit(("code", c), "flue_gas", norm, "mg/Nm3", None, number, mg))
        merges += [(start, col, len(rows) - 1, col) for col in (0, 1, 2)]
    doc.table(g("Таблица 1 – Результаты измерений", "1-кесте – Өлшеу нәтижелері"), rows, merges, role="limits")
    doc.add("sources", *({"number": s[0], "type": "organized"} for s in POLY_STACKS))
    doc.p(g("O2 – фактическое содержание кислорода в точке отбора; с нормативами сопоставлены результаты в скобках (мг/Нм3).",
            "O2 – сынама алу нүктесіндегі оттегінің нақты құрамы; нормативтермен жақшадағы нәтижелер (мг/Нм3) салыстырылды."))
    maybe_distractor(doc)


CL_STACKS = (
    ("K1", "Ống thải tháp hấp thụ khí clo dư (sản xuất nước Javen)", [("0349", (0.4, 2.6)), ("0316", (2.0, 12.0))]),
    ("K2", "Ống thải tháp hấp thụ lò tổng hợp HCl", [("0316", (5.0, 25.0)), ("0349", (0.2, 1.5))]),
)


def _limits_hg2_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("BÁO CÁO KẾT QUẢ QUAN TRẮC KHÍ THẢI ĐỊNH KỲ NĂM 2025 – NHÀ MÁY XÚT – CLO VIỆT TRÌ MỚI")
    doc.p("Nồng độ Cl2 và HCl được đo bằng thiết bị phân tích khí cầm tay, kết quả hiển thị theo ppm và được quy đổi sang mg/Nm³ "
          "(C = ppm × M/22,4). Giá trị giới hạn: QCVN 19:2009/BTNMT cột B với Kp = 1 (lưu lượng dưới 20.000 m³/h) và Kv = 1,0.")
    rows = [["Ký hiệu", "Vị trí", "Lưu lượng (Nm³/h)", "Thông số", "Kết quả đo, ppm (mg/Nm³)", "Cmax theo QCVN 19:2009/BTNMT cột B (mg/Nm³)"]]
    merges = []
    for pid, place, items in CL_STACKS:
        start = len(rows)
        flow = num(r.randint(30, 180) * 100, "vi")
        for j, (c, (lo, hi)) in enumerate(items):
            ppm = round(r.uniform(lo, hi), 1)
            mg = _sig(ppm * PPM[c], 3)
            rows.append([pid if j == 0 else None, place if j == 0 else None, flow if j == 0 else None, _air(doc, c),
                         f"{num(ppm, 'vi')} ({num(mg, 'vi')})", num(QCVN19B[c], "vi")])
            add(doc, limit(("code", c), "flue_gas", QCVN19B[c], "mg/Nm3", "B", pid, mg))
        merges += [(start, col, len(rows) - 1, col) for col in (0, 1, 2)]
    doc.table("Bảng 3. Kết quả quan trắc khí thải tại các tháp hấp thụ", rows, merges, role="limits")
    doc.p("Ghi chú: giá trị trong ngoặc là nồng độ đã quy đổi về mg/Nm³ dùng để so sánh với quy chuẩn.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring

# symbol: (RU, KK, VI) — names of corpus/water_parameters.csv as a list in one cell writes them
WATER = {
    "pH": ("pH", "pH", "pH"), "TSS": ("взвешенные вещества", "қалқыма заттар", "TSS"), "F-": ("фториды", "фторидтер", "Florua (F-)"),
    "PO4": ("фосфаты", "фосфаттар", "Phosphat (PO4 3- tính theo P)"), "NH4+": ("аммоний-ион", "аммоний-ион", "Amoni (tính theo N)"),
    "NO3-": ("нитраты", "нитраттар", "Nitrat (NO3- tính theo N)"), "SO4": ("сульфаты", "сульфаттар", "Sunfat (SO4 2-)"),
    "TDS": ("сухой остаток", "құрғақ қалдық", "TDS"), "Cl-": ("хлориды", "хлоридтер", "Clorua (Cl-)"), "COD": ("ХПК", "ОХТ", "COD"),
}
BY_COUNT = {4: "quarterly", 2: "semiannual", 1: "yearly"}
# (RU medium, KK medium, [(point, RU place, KK place, [symbols], marks under the four phases)])
ASA_PLAN = (
    ("Поверхностные воды (р. Аса)", "Жерүсті сулары (Аса өзені)", [
        ("Ств-1", "500 м выше выпуска ливневых стоков (фоновый)", "нөсер ағындарын шығарудан 500 м жоғары (фондық)",
         ["pH", "TSS", "F-", "PO4", "NH4+", "NO3-", "SO4"], (1, 1, 1, 1)),
        ("Ств-2", "500 м ниже выпуска ливневых стоков (контрольный)", "нөсер ағындарын шығарудан 500 м төмен (бақылау)",
         ["pH", "TSS", "F-", "PO4", "NH4+", "NO3-", "SO4"], (1, 1, 1, 1))]),
    ("Подземные воды", "Жерасты сулары", [
        ("Скв-1", "наблюдательная скважина ниже шламонакопителя № 2", "№ 2 шлам жинағыштан төмен бақылау ұңғымасы",
         ["pH", "F-", "PO4", "SO4", "TDS", "Cl-"], (1, 1, 1, 1)),
        ("Скв-2", "наблюдательная скважина у отвала фосфорного шлака", "фосфор қожы үйіндісінің жанындағы бақылау ұңғымасы",
         ["pH", "F-", "PO4", "SO4", "TDS", "Cl-"], (1, 1, 1, 1)),
        ("Скв-3", "фоновая скважина выше промплощадки по потоку", "ағын бойынша өнеркәсіп алаңынан жоғары фондық ұңғыма",
         ["pH", "F-", "PO4", "SO4", "TDS"], (0, 1, 0, 1))]),
    ("Снежный покров", "Қар жамылғысы", [
        ("Сн-1", "1 км от промплощадки по направлению преобладающего ветра", "басым жел бағыты бойынша өнеркәсіп алаңынан 1 км",
         ["pH", "F-", "PO4"], (1, 0, 0, 0)),
        ("Сн-2", "3 км от промплощадки по направлению преобладающего ветра", "басым жел бағыты бойынша өнеркәсіп алаңынан 3 км",
         ["pH", "F-", "PO4"], (1, 0, 0, 0))]),
)  # fmt: skip
PHASES = (("Зимняя межень (февраль)", "Қысқы сабалық (ақпан)"), ("Весеннее половодье (апрель)", "Көктемгі су тасқыны (сәуір)"),
          ("Летняя межень (июль)", "Жазғы сабалық (шілде)"), ("Осенняя межень (октябрь)", "Күзгі сабалық (қазан)"))


def monitoring_hg1(doc: Doc) -> None:
    """A phosphorus plant's ПЭК programme for the Asa river, the wells around its sludge pond and slag dump and the snow
    cover: `объект | пункт | показатели`, then four columns for the phases of the water regime — winter low water, spring
    flood, summer and autumn low water — marked `+` where a sample is taken, and the count of samplings a year; no
    frequency word, the frequency read from the marks (four a year, two, one), the medium merged down (VI: a DAP plant's
    gypsum stack, wells and drains under `Mùa khô` and `Mùa mưa`, the automatic station at the outfall `Liên tục` across
    both)."""
    r = doc.rng
    if doc.lang == "vi":
        _monitoring_hg1_vi(doc)
        return
    L = _L(doc)
    g = _kz(doc)
    doc.h(g("Программа производственного экологического контроля ТОО «Тараз Фосфор Химия». Раздел 5. Мониторинг воздействия "
            "на водные объекты и почвы", "«Тараз Фосфор Химия» ЖШС өндірістік экологиялық бақылау бағдарламасы. 5-бөлім. Су "
            "объектілері мен топыраққа әсер мониторингі"))
    doc.p(g("Сроки отбора проб привязаны к фазам водного режима р. Аса; в каждую отмеченную фазу выполняется один отбор. "
            "Снежный покров отбирается в конце зимы перед снеготаянием, на всю толщу снега.",
            "Сынама алу мерзімдері Аса өзенінің су режимінің фазаларына байланыстырылған; белгіленген әр фазада бір рет сынама "
            "алынады. Қар жамылғысы қардың бүкіл қалыңдығына қыстың соңында, қар ерігенге дейін алынады."))
    head0 = [g("Объект наблюдения", "Бақылау объектісі"), g("Пункт наблюдения", "Бақылау пункті"),
             g("Контролируемые показатели", "Бақыланатын көрсеткіштер"), g("Фазы водного режима (сроки отбора)", "Су режимінің фазалары (сынама алу мерзімдері)"),
             None, None, None, g("Отборов в год", "Жылына сынама алу саны")]
    rows = [head0, [None, None, None, *(p[L] for p in PHASES), None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 6), (0, 7, 1, 7)]
    for m_ru, m_kk, points in ASA_PLAN:
        start = len(rows)
        for j, (pid, p_ru, p_kk, keys, marks) in enumerate(points):
            keys = keys if len(keys) < 6 or r.random() < 0.5 else keys[:-1]
            rows.append([(m_ru, m_kk)[L] if j == 0 else None, f"{pid} – {(p_ru, p_kk)[L]}", ", ".join(WATER[k][L] for k in keys),
                         *("+" if m else "" for m in marks), str(sum(marks))])
            for k in keys:
                doc.add("monitoring", {"point": pid, "symbol": k, "frequency": BY_COUNT[sum(marks)]})
        merges.append((start, 0, len(rows) - 1, 0))
    doc.table(g("Таблица 5.1 – График отбора проб", "5.1-кесте – Сынама алу кестесі"), rows, merges, role="monitoring")
    doc.p(g("Одновременно с отбором проб подземных вод замеряется уровень воды в скважинах. Анализы выполняет аккредитованная "
            "лаборатория предприятия.",
            "Жерасты суларының сынамаларын алумен бір мезгілде ұңғымалардағы су деңгейі өлшенеді. Талдауларды кәсіпорынның "
            "аккредиттелген зертханасы орындайды."))
    maybe_distractor(doc)


# (VI medium, point, place, [symbols], (dry, rainy) or None for continuous)
GYPSUM_PLAN = (
    ("Nước dưới đất", "NN1", "giếng quan trắc phía Bắc bãi thải gypsum", ["pH", "TDS", "F-", "PO4", "SO4", "NH4+"], (1, 1)),
    ("Nước dưới đất", "NN2", "giếng quan trắc phía Đông bãi thải gypsum", ["pH", "TDS", "F-", "PO4", "SO4", "NH4+"], (1, 1)),
    ("Nước dưới đất", "NN3", "giếng đối chứng cách bãi thải 1 km", ["pH", "F-", "PO4", "SO4"], (0, 1)),
    ("Nước mặt", "NM1", "mương thoát nước mưa quanh bãi thải gypsum", ["pH", "TSS", "F-", "PO4"], (1, 1)),
    ("Nước mặt", "NM2", "sông Bạch Đằng, cách cửa xả 500 m về phía hạ lưu", ["pH", "TSS", "F-", "PO4", "NH4+"], (0, 1)),
    ("Nước thải", "NT1", "trạm quan trắc nước thải tự động tại cửa xả số 1", ["pH", "TSS", "COD", "NH4+"], None),
)


def _monitoring_hg1_vi(doc: Doc) -> None:
    doc.h("CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG BÃI THẢI GYPSUM – NHÀ MÁY DAP SỐ 2 ĐÌNH VŨ")
    doc.p("Mẫu được lấy vào mùa khô (tháng 3) và mùa mưa (tháng 9); dấu “x” cho biết đợt có lấy mẫu tại vị trí tương ứng.")
    rows = [["Thành phần", "Vị trí (ký hiệu)", "Thông số", "Mùa khô (tháng 3)", "Mùa mưa (tháng 9)", "Số lần/năm"]]
    merges = []
    start, medium = 1, None
    for med, pid, place, keys, marks in GYPSUM_PLAN:
        if med != medium:
            if medium is not None and len(rows) - start > 1:
                merges.append((start, 0, len(rows) - 1, 0))
            start, medium = len(rows), med
        names = ", ".join(WATER[k][2] for k in keys)
        if marks is None:
            rows.append([med if len(rows) == start else None, f"{pid} – {place}", names, "Liên tục", None, "Liên tục"])
            merges.append((len(rows) - 1, 3, len(rows) - 1, 4))
            word = "continuous"
        else:
            rows.append([med if len(rows) == start else None, f"{pid} – {place}", names, *("x" if m else "" for m in marks), str(sum(marks))])
            word = BY_COUNT[sum(marks)]
        for k in keys:
            doc.add("monitoring", {"point": pid, "symbol": k, "frequency": word})
    if len(rows) - start > 1:
        merges.append((start, 0, len(rows) - 1, 0))
    doc.table("Bảng 5.1. Vị trí, thông số và tần suất quan trắc", rows, merges, role="monitoring")
    doc.p("Quy chuẩn so sánh: QCVN 09:2023/BTNMT (nước dưới đất), QCVN 08:2023/BTNMT (nước mặt), QCVN 40:2011/BTNMT cột B (nước thải).")
    maybe_distractor(doc)


# (code, [(points, word)] for the boundary, the residential area and the automatic post, None for none)
PVC_AIR = (
    ("0349", (("Т-1", "Т-2", "Т-3", "Т-4"), "monthly"), (("Ж-1", "Ж-2"), "quarterly"), (("АП-1",), "continuous")),
    ("0316", (("Т-1", "Т-2", "Т-3", "Т-4"), "monthly"), (("Ж-1", "Ж-2"), "quarterly"), (("АП-1",), "continuous")),
    ("0827", (("Т-2", "Т-3"), "quarterly"), (("Ж-1",), "quarterly"), None),
    ("0856", (("Т-2", "Т-3"), "quarterly"), None, None),
    ("0301", (("Т-1", "Т-2", "Т-3", "Т-4"), "quarterly"), (("Ж-1", "Ж-2"), "quarterly"), (("АП-1",), "continuous")),
    ("2902", (("Т-1", "Т-2", "Т-3", "Т-4"), "quarterly"), (("Ж-1",), "semiannual"), None),
)


def monitoring_hg2(doc: Doc) -> None:
    """A chlor-alkali and PVC works' programme of air control: a row per substance (code, name), then three column groups
    — the boundary of the protection zone, the residential area, the automated post — each with the points and the
    frequency under a merged header, a dash where a zone is not watched for the substance; the points explained in a
    note under the table (VI: the Nghi Sơn complex's ambient air inside the fence, in the villages and at the automatic
    station)."""
    if doc.lang == "vi":
        _monitoring_hg2_vi(doc)
        return
    g = _kz(doc)
    doc.h(g("Программа производственного экологического контроля ТОО «Павлодар Хлор-Винил». Мониторинг воздействия на "
            "атмосферный воздух", "«Павлодар Хлор-Винил» ЖШС өндірістік экологиялық бақылау бағдарламасы. Атмосфералық ауаға "
            "әсер мониторингі"))
    doc.p(g("Размер санитарно-защитной зоны – 1000 м. Наблюдения на границе СЗЗ и в жилой зоне выполняет лаборатория "
            "предприятия, автоматизированный пост передает данные в информационную систему уполномоченного органа.",
            "Санитариялық-қорғаныш аймағының өлшемі – 1000 м. СҚА шекарасында және тұрғын аймақта бақылауды кәсіпорын "
            "зертханасы жүргізеді, автоматтандырылған бекет деректерді уәкілетті органның ақпараттық жүйесіне береді."))
    zones = g(("Граница СЗЗ", "Жилая зона", "Автоматизированный пост"), ("СҚА шекарасы", "Тұрғын аймақ", "Автоматтандырылған бекет"))
    pts, per = g("точки", "нүктелер"), g("периодичность", "кезеңділігі")
    rows = [[g("Код", "Коды"), g("Загрязняющее вещество", "Ластаушы зат"), zones[0], None, zones[1], None, zones[2], None],
            [None, None, pts, per, pts, per, pts, per]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 0, 5), (0, 6, 0, 7)]
    for code, *groups in PVC_AIR:
        line = [code, _air(doc, code)]
        for grp in groups:
            if grp is None:
                line += ["–", "–"]
                continue
            points, word = grp
            line += [", ".join(points), _often(doc, word)]
            for pid in points:
                doc.add("monitoring", {"point": pid, "code": code, "frequency": word})
        rows.append(line)
    doc.table(g("Таблица 6.2 – План-график наблюдений за качеством атмосферного воздуха",
                "6.2-кесте – Атмосфералық ауаның сапасын бақылау жоспар-кестесі"), rows, merges, role="monitoring")
    doc.p(g("Т-1 – Т-4 – точки на границе СЗЗ (север, восток, юг, запад); Ж-1 – п. Павлодарское, ул. Центральная; Ж-2 – "
            "мкр. Усольский, ул. Торайгырова; АП-1 – автоматизированный пост на границе СЗЗ с подветренной стороны.",
            "Т-1 – Т-4 – СҚА шекарасындағы нүктелер (солтүстік, шығыс, оңтүстік, батыс); Ж-1 – Павлодар ауылы, Орталық к.; "
            "Ж-2 – Усольский ш/а, Торайғыров к.; АП-1 – желдің ығындағы жақта СҚА шекарасындағы автоматтандырылған бекет."))
    maybe_distractor(doc)


VN_AMB = {"2902": "Bụi tổng (TSP)", "0330": "SO2", "0301": "NO2", "0337": "CO", "0333": "H2S", "0602": "Benzen"}
NS_AIR = (
    ("2902", (("KK1", "KK2", "KK3"), "quarterly"), (("DC1", "DC2"), "quarterly"), (("TĐ1",), "continuous")),
    ("0330", (("KK1", "KK2", "KK3"), "quarterly"), (("DC1", "DC2"), "quarterly"), (("TĐ1",), "continuous")),
    ("0301", (("KK1", "KK2", "KK3"), "quarterly"), (("DC1", "DC2"), "quarterly"), (("TĐ1",), "continuous")),
    ("0337", (("KK1", "KK2", "KK3"), "quarterly"), (("DC1",), "semiannual"), (("TĐ1",), "continuous")),
    ("0333", (("KK2", "KK3"), "quarterly"), (("DC1", "DC2"), "semiannual"), None),
    ("0602", (("KK2",), "quarterly"), None, None),
)


def _monitoring_hg2_vi(doc: Doc) -> None:
    doc.h("CHƯƠNG TRÌNH QUAN TRẮC CHẤT LƯỢNG KHÔNG KHÍ XUNG QUANH – KHU LIÊN HỢP LỌC HÓA DẦU NGHI SƠN")
    doc.p("Chương trình áp dụng từ năm 2026 theo giấy phép môi trường của Khu liên hợp; kết quả so sánh với QCVN 05:2023/BTNMT.")
    rows = [["Thông số", "Trong hàng rào Khu liên hợp", None, "Khu dân cư lân cận", None, "Trạm quan trắc tự động", None],
            [None, "Vị trí", "Tần suất", "Vị trí", "Tần suất", "Vị trí", "Tần suất"]]
    merges = [(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4), (0, 5, 0, 6)]
    for code, *groups in NS_AIR:
        line = [VN_AMB[code]]
        for grp in groups:
            if grp is None:
                line += ["-", "-"]
                continue
            points, word = grp
            line += [", ".join(points), _often(doc, word)]
            for pid in points:
                doc.add("monitoring", {"point": pid, "code": code, "frequency": word})
        rows.append(line)
    doc.table("Bảng 2. Vị trí và tần suất quan trắc không khí xung quanh", rows, merges, role="monitoring")
    doc.p("KK1 – cổng chính; KK2 – khu bồn chứa sản phẩm; KK3 – khu xử lý nước thải; DC1 – xã Hải Yến; DC2 – xã Mai Lâm; TĐ1 – "
          "trạm quan trắc không khí tự động phía Tây Nam Khu liên hợp.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

# (route, [RU objects], [KK objects], RU what, KK what, word, RU who, KK who, RU record, KK record)
ROUTES = (
    ("М-1", ["Цех электролиза", "хлорная компрессорная", "узел абсорбции абгазов хлора"],
     ["Электролиз цехы", "хлор компрессорлық бекеті", "хлор абгаздарын сіңіру торабы"],
     "Запах хлора, показания стационарных газоанализаторов, работа санитарной колонны",
     "Хлор иісі, стационарлық газталдағыштардың көрсеткіштері, санитарлық колоннаның жұмысы",
     "daily", "начальник смены цеха электролиза", "электролиз цехының ауысым бастығы", "журнал обхода", "аралау журналы"),
    ("М-2", ["Склад жидкого хлора", "эстакада налива в контейнеры", "аварийный поглотитель"],
     ["Сұйық хлор қоймасы", "контейнерлерге құю эстакадасы", "авариялық сіңіргіш"],
     "Герметичность танков и арматуры, запас известкового молока в поглотителе",
     "Танктер мен арматураның герметикалығы, сіңіргіштегі әк сүтінің қоры",
     "weekly", "инженер по промышленной безопасности", "өнеркәсіптік қауіпсіздік жөніндегі инженер", "журнал обхода", "аралау журналы"),
    ("М-3", ["Цех дихлорэтана и винилхлорида", "печи пиролиза", "установка сжигания хлорорганических отходов"],
     ["Дихлорэтан және винилхлорид цехы", "пиролиз пештері", "хлорорганикалық қалдықтарды жағу қондырғысы"],
     "Утечки на фланцах, работа скруббера после печи сжигания, состояние факельной системы",
     "Фланецтердегі ағулар, жағу пешінен кейінгі скруббердің жұмысы, алау жүйесінің жай-күйі",
     "weekly", "инженер-эколог", "инженер-эколог", "акт обхода", "аралау актісі"),
    ("М-4", ["Локальные очистные сооружения", "шламонакопитель", "пруд-испаритель"],
     ["Жергілікті тазарту құрылыстары", "шлам жинағыш", "буландырғыш тоған"],
     "Уровень заполнения, целостность обвалования и противофильтрационного экрана, отсутствие переливов",
     "Толу деңгейі, үйінді мен сүзілуге қарсы экранның тұтастығы, асып төгілудің болмауы",
     "monthly", "начальник цеха водоснабжения и канализации", "сумен жабдықтау және кәріз цехының бастығы", "акт обхода", "аралау актісі"),
    ("М-5", ["Площадка временного накопления отходов", "склад отработанных катализаторов", "склад некондиционной ПВХ-смолы"],
     ["Қалдықтарды уақытша жинақтау алаңы", "пайдаланылған катализаторлар қоймасы", "сапасыз ПВХ-шайыр қоймасы"],
     "Маркировка тары, сроки накопления, раздельное хранение, записи в журнале учета отходов",
     "Ыдыстың таңбалануы, жинақтау мерзімдері, бөлек сақтау, қалдықтарды есепке алу журналындағы жазбалар",
     "monthly", "инженер-эколог", "инженер-эколог", "акт обхода", "аралау актісі"),
    ("М-6", ["Периметр санитарно-защитной зоны", "посты контроля Т-1 – Т-4", "автоматизированный пост АП-1"],
     ["Санитариялық-қорғаныш аймағының периметрі", "Т-1 – Т-4 бақылау бекеттері", "АП-1 автоматтандырылған бекеті"],
     "Состояние озеленения, отсутствие несанкционированных свалок, исправность поста",
     "Көгалдандырудың жай-күйі, рұқсатсыз үйінділердің болмауы, бекеттің жарамдылығы",
     "quarterly", "начальник отдела охраны окружающей среды", "қоршаған ортаны қорғау бөлімінің бастығы", "акт обхода", "аралау актісі"),
)  # fmt: skip
VN_ROUTES = (
    ("LT-1", ["Xưởng điện phân", "trạm nén clo", "tháp hấp thụ khí clo dư"],
     "Mùi clo, chỉ số đầu dò khí clo cố định, hoạt động của quạt hút và tháp hấp thụ", "daily", "Trưởng ca sản xuất"),
    ("LT-2", ["Kho clo lỏng", "khu nạp bình", "bể trung hòa sự cố"],
     "Độ kín của bồn, van, bình chứa; mức dung dịch xút trong bể trung hòa", "weekly", "Cán bộ an toàn – môi trường"),
    ("LT-3", ["Khu bồn chứa xút và axit", "bến xuất hàng", "hố thu sự cố"],
     "Rò rỉ, tràn đổ; tình trạng đê bao và hố thu; biển cảnh báo", "weekly", "Quản đốc phân xưởng kho vận"),
    ("LT-4", ["Hệ thống xử lý nước thải", "trạm quan trắc tự động", "cửa xả"],
     "Vận hành bể trung hòa, bể lắng; tín hiệu truyền dữ liệu quan trắc tự động", "monthly", "Trưởng phòng An toàn – Môi trường"),
    ("LT-5", ["Kho chứa chất thải nguy hại", "khu lưu giữ bùn muối"],
     "Dán nhãn, phân loại, thời gian lưu giữ; sổ giao nhận chất thải", "quarterly", "Trưởng phòng An toàn – Môi trường"),
)


def inspections_hg1(doc: Doc) -> None:
    """Routes of rounds at a chlor-alkali and PVC works: `маршрут | объекты обхода (в порядке следования) | что
    контролируется | периодичность | исполнитель | запись`, the objects of a route joined by arrows in one cell, a record
    column; the routes named `М-1` … (VI: a caustic-chlorine plant's `lộ trình kiểm tra` LT-1 …, the same arrows)."""
    g = _kz(doc)
    vi = doc.lang == "vi"
    if vi:
        doc.h("QUY ĐỊNH LỘ TRÌNH KIỂM TRA NỘI BỘ VỀ AN TOÀN HÓA CHẤT VÀ BẢO VỆ MÔI TRƯỜNG – NHÀ MÁY XÚT – CLO VIỆT TRÌ MỚI")
        doc.p("(Ban hành kèm theo Quyết định của Giám đốc nhà máy.) Người kiểm tra đi theo đúng thứ tự các hạng mục trên lộ trình, "
              "ghi kết quả vào sổ kiểm tra và báo ngay cho trưởng ca khi phát hiện rò rỉ.")
        rows = [["Lộ trình", "Các hạng mục trên lộ trình (theo thứ tự)", "Nội dung kiểm tra", "Tần suất", "Người thực hiện"]]
        for code, objs, what, word, who in VN_ROUTES:
            rows.append([code, " → ".join(objs), what, _often(doc, word), who])
            doc.add("obligations", {"kind": "inspection", "text_contains": objs[0], "frequency": word, "actor_contains": who})
        doc.table("Bảng 1. Lộ trình kiểm tra", rows, role="inspections")
        maybe_distractor(doc)
        return
    L = _L(doc)
    doc.h(g("Инструкция по производственному экологическому контролю ТОО «Павлодар Хлор-Винил». Приложение 2. Маршруты обходов",
            "«Павлодар Хлор-Винил» ЖШС өндірістік экологиялық бақылау жөніндегі нұсқаулық. 2-қосымша. Аралау маршруттары"))
    doc.p(g("Обход выполняется по маршруту в указанном порядке; при обнаружении утечки хлора обходящий немедленно сообщает "
            "диспетчеру и действует по плану ликвидации аварий.",
            "Аралау маршрут бойынша көрсетілген тәртіппен орындалады; хлордың ағуы анықталған кезде аралаушы диспетчерге дереу "
            "хабарлайды және авариялық жағдайларды жою жоспары бойынша әрекет етеді."))
    rows = [g(["Маршрут", "Объекты обхода (в порядке следования)", "Что контролируется", "Периодичность", "Исполнитель",
               "Запись результатов"],
              ["Маршрут", "Аралау объектілері (жүру ретімен)", "Не бақыланады", "Кезеңділігі", "Орындаушы", "Нәтижелерді жазу"])]
    for code, o_ru, o_kk, w_ru, w_kk, word, h_ru, h_kk, rec_ru, rec_kk in ROUTES:
        objs = (o_ru, o_kk)[L]
        who = (h_ru, h_kk)[L]
        rows.append([code, " → ".join(objs), (w_ru, w_kk)[L], _often(doc, word), who, (rec_ru, rec_kk)[L]])
        doc.add("obligations", {"kind": "inspection", "text_contains": objs[0], "frequency": word, "actor_contains": who})
    doc.table(g("Таблица П2.1 – Маршруты обходов", "П2.1-кесте – Аралау маршруттары"), rows, role="inspections")
    maybe_distractor(doc)


# (RU object, KK object, [(RU question, KK question, word or None, RU checker, KK checker)])
CHECKLIST = (
    ("Склад легковоспламеняющихся жидкостей (растворители, смолы)", "Тез тұтанатын сұйықтықтар қоймасы (еріткіштер, шайырлар)", [
        ("Отсутствуют ли подтеки и проливы у бочек и емкостей с растворителями?",
         "Еріткіштері бар бөшкелер мен сыйымдылықтардың жанында ағу мен төгілу жоқ па?", "daily", "кладовщик склада", "қойма меңгерушісі"),
        ("Закрыты ли крышки тары и исправны ли дыхательные клапаны резервуаров?",
         "Ыдыстың қақпақтары жабық па және резервуарлардың тыныс алу клапандары жарамды ма?", "weekly", "мастер склада", "қойма шебері"),
        ("Укомплектован ли пункт сбора проливов (сорбент, лопата, контейнер)?",
         "Төгілгенді жинау пункті (сорбент, күрек, контейнер) жасақталған ба?", "monthly",
         "инженер по охране труда и экологии", "еңбекті қорғау және экология жөніндегі инженер")]),
    ("Цех производства эмалей (диспергирование, смешение, фасовка)", "Эмаль өндіру цехы (диспергілеу, араластыру, құю)", [
        ("Работают ли местные отсосы над диспергаторами и смесителями?",
         "Диспергаторлар мен араластырғыштардың үстіндегі жергілікті сорғыштар жұмыс істей ме?", "daily", "мастер смены", "ауысым шебері"),
        ("Собираются ли остатки ЛКМ и промывочный растворитель в маркированную тару?",
         "ЛБМ қалдықтары мен жуу еріткіші таңбаланған ыдысқа жиналады ма?", "weekly", "мастер смены", "ауысым шебері")]),
    ("Установка очистки вентиляционных выбросов (угольный адсорбер)", "Желдету шығарындыларын тазарту қондырғысы (көмір адсорбері)", [
        ("Соответствует ли перепад давления на фильтрах паспортному значению?",
         "Сүзгілердегі қысым айырмасы паспорттық мәнге сәйкес пе?", "weekly", "механик цеха", "цех механигі"),
        ("Проведена ли замена активированного угля в установленный срок?",
         "Белсендірілген көмірді ауыстыру белгіленген мерзімде жүргізілді ме?", "quarterly", "главный механик", "бас механик")]),
    ("Площадка временного накопления отходов", "Қалдықтарды уақытша жинақтау алаңы", [
        ("Не превышен ли шестимесячный срок накопления опасных отходов?",
         "Қауіпті қалдықтарды жинақтаудың алты айлық мерзімі асып кетпеді ме?", "monthly", "инженер-эколог", "инженер-эколог"),
        ("Заполнен ли журнал учета образования и передачи отходов?",
         "Қалдықтардың түзілуі мен берілуін есепке алу журналы толтырылды ма?", "monthly", "инженер-эколог", "инженер-эколог")]),
    ("Локальные очистные сооружения производственных стоков", "Өндірістік ағындардың жергілікті тазарту құрылыстары", [
        ("Нет ли пятен краски и пены на поверхности отстойника?",
         "Тұндырғыштың бетінде бояу дақтары мен көбік жоқ па?", "daily", "оператор очистных сооружений", "тазарту құрылыстарының операторы"),
        ("Вывезен ли осадок из шламосборника при его заполнении более чем на 2/3?",
         "Шлам жинағыш 2/3-тен артық толған кезде тұнба шығарылды ма?", None, "оператор очистных сооружений",
         "тазарту құрылыстарының операторы")]),
)  # fmt: skip
VN_CHECKLIST = (
    ("Kho dung môi và nguyên liệu dễ cháy", [
        ("Có rò rỉ, tràn đổ dung môi quanh khu vực thùng chứa không?", "daily", "Thủ kho"),
        ("Nắp thùng chứa có được đậy kín, van thở bồn chứa có hoạt động bình thường không?", "weekly", "Thủ kho"),
        ("Bộ dụng cụ ứng phó tràn đổ (vật liệu thấm hút, xẻng, thùng chứa) có đầy đủ không?", "monthly", "Cán bộ an toàn – môi trường")]),
    ("Xưởng pha chế, nghiền, đóng gói sơn", [
        ("Chụp hút cục bộ tại máy nghiền và bồn khuấy có hoạt động không?", "daily", "Trưởng ca"),
        ("Sơn thừa và dung môi rửa thiết bị có được thu gom vào thùng có dán nhãn không?", "weekly", "Trưởng ca")]),
    ("Hệ thống xử lý khí thải (tháp hấp phụ than hoạt tính)", [
        ("Chênh áp qua lớp than có nằm trong giới hạn vận hành không?", "weekly", "Kỹ thuật viên bảo trì"),
        ("Than hoạt tính có được thay thế đúng thời hạn không?", "quarterly", "Trưởng bộ phận bảo trì")]),
    ("Kho chứa chất thải nguy hại", [
        ("Chất thải nguy hại có được phân loại, dán nhãn và lưu giữ không quá thời hạn không?", "monthly", "Cán bộ an toàn – môi trường"),
        ("Chất thải có được chuyển giao kèm chứng từ theo quy định khi kho đầy không?", None, "Cán bộ an toàn – môi trường")]),
    ("Hệ thống xử lý nước thải", [
        ("Bề mặt bể lắng có váng sơn, bọt bất thường không?", "daily", "Nhân viên vận hành hệ thống xử lý nước thải")]),
)


def inspections_hg2(doc: Doc) -> None:
    """A paint factory's check-list of environmental control: `№ | контрольный вопрос | периодичность | проверяющий | да |
    нет | примечание`, questions numbered `1.1` under rows spanning the table that name the object, the answer columns
    empty, one question tied to a condition (the sludge collector two-thirds full) with no frequency (VI: a paint
    factory's `bảng kiểm tra`, `Có` / `Không`)."""
    g = _kz(doc)
    vi = doc.lang == "vi"
    if vi:
        name = doc.pick(VN_PAINT)[0]
        doc.h(f"BẢNG KIỂM TRA (CHECKLIST) TUÂN THỦ BẢO VỆ MÔI TRƯỜNG – {name.upper()}")
        doc.p("Người kiểm tra đánh dấu vào cột “Có” hoặc “Không”, ghi rõ tồn tại vào cột ghi chú và báo cáo Trưởng phòng An toàn – "
              "Môi trường.")
        groups = [(obj, [(q, w, who) for q, w, who in qs]) for obj, qs in VN_CHECKLIST]
        head = ["TT", "Nội dung kiểm tra", "Tần suất", "Người kiểm tra", "Có", "Không", "Ghi chú"]
        caption = "Bảng kiểm tra định kỳ"
    else:
        L = _L(doc)
        o_ru, o_kk, op_ru, op_kk, _, _ = doc.pick(KZ_PAINT)
        doc.h(g(f"Контрольный лист производственного экологического контроля. {o_ru}", f"Өндірістік экологиялық бақылаудың бақылау парағы. {o_kk}"))
        doc.p(g(f"Утвержден приказом директора {op_ru}. Проверяющий отмечает ответ в графе «да» или «нет», выявленные нарушения "
                "записывает в графу «примечание» и передает лист инженеру-экологу.",
                f"{op_kk} директорының бұйрығымен бекітілді. Тексеруші жауапты «иә» немесе «жоқ» бағанында белгілейді, анықталған "
                "бұзушылықтарды «ескертпе» бағанына жазады және парақты инженер-экологқа береді."))
        groups = [((ob_ru, ob_kk)[L], [((q_ru, q_kk)[L], w, (c_ru, c_kk)[L]) for q_ru, q_kk, w, c_ru, c_kk in qs])
                  for ob_ru, ob_kk, qs in CHECKLIST]
        head = g(["№", "Контрольный вопрос", "Периодичность", "Проверяющий", "Да", "Нет", "Примечание"],
                 ["№", "Бақылау сұрағы", "Кезеңділігі", "Тексеруші", "Иә", "Жоқ", "Ескертпе"])
        caption = g("Чек-лист", "Чек-парақ")
    rows = [head]
    merges: list = []
    when = g("при заполнении", "толған кезде") if not vi else "Khi kho đầy"
    for i, (obj, questions) in enumerate(groups, 1):
        _span(rows, merges, f"{i}. {obj}", 7)
        for j, (q, word, who) in enumerate(questions, 1):
            rows.append([f"{i}.{j}", q, _often(doc, word) if word else when, who, "", "", ""])
            item = {"kind": "inspection", "text_contains": _words(q), "actor_contains": who}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
    doc.table(caption, rows, merges, role="inspections")
    doc.table(None, [g(["Проверил (Ф.И.О., подпись)", "Дата"], ["Тексерген (аты-жөні, қолы)", "Күні"]) if not vi
                     else ["Người kiểm tra (họ tên, chữ ký)", "Ngày"], ["", ""]], role="other")


# ---------------------------------------------------------------- tasks

# (RU theme, KK theme, (RU kind, KK kind), RU participants, KK participants, RU term, KK term, RU leader, KK leader)
DRILLS = (
    ("Позиция 1 ПЛА: разгерметизация трубопровода хлора в цехе электролиза", "АЖЖ 1-позициясы: электролиз цехында хлор құбырының "
     "герметикалығының бұзылуы", ("УТ", "ОД"), "смена А цеха электролиза, газоспасательный отряд", "электролиз цехының А ауысымы, газ "
     "құтқару жасағы", "январь", "қаңтар", "начальник цеха электролиза", "электролиз цехының бастығы"),
    ("Позиция 4 ПЛА: утечка жидкого хлора из танка на складе хлора", "АЖЖ 4-позициясы: хлор қоймасындағы танктен сұйық хлордың ағуы",
     ("ТСУ", "ТАО"), "персонал склада хлора, профессиональная аварийно-спасательная служба, медпункт", "хлор қоймасының персоналы, "
     "кәсіби авариялық-құтқару қызметі, медпункт", "март", "наурыз", "главный инженер", "бас инженер"),
    ("Позиция 7 ПЛА: выброс винилхлорида при разгерметизации реактора полимеризации", "АЖЖ 7-позициясы: полимерлеу реакторының "
     "герметикалығы бұзылған кезде винилхлоридтің шығарылуы", ("УТ", "ОД"), "смена Б цеха ПВХ", "ПВХ цехының Б ауысымы", "апрель",
     "сәуір", "начальник цеха ПВХ", "ПВХ цехының бастығы"),
    ("Оповещение и защита населения п. Павлодарское при аварийном выбросе хлора", "Хлордың авариялық шығарылуы кезінде Павлодар "
     "ауылының халқын хабардар ету және қорғау", ("КШУ", "КШО"), "штаб гражданской защиты предприятия, ДЧС Павлодарской области, "
     "аппарат акима района", "кәсіпорынның азаматтық қорғау штабы, Павлодар облысының ТЖД, аудан әкімінің аппараты", "май", "мамыр",
     "генеральный директор", "бас директор"),
    ("Позиция 9 ПЛА: пролив каустической соды на эстакаде налива", "АЖЖ 9-позициясы: құю эстакадасында каустикалық соданың төгілуі",
     ("УТ", "ОД"), "персонал участка отгрузки", "тиеу учаскесінің персоналы", "июль", "шілде", "начальник участка отгрузки",
     "тиеу учаскесінің бастығы"),
    ("Локализация разлива дихлорэтана с перекрытием ливневой канализации", "Нөсер кәрізін жаба отырып дихлорэтанның төгілуін оқшаулау",
     ("ТСУ", "ТАО"), "цех ДХЭ-ВХ, цех водоснабжения и канализации, аварийно-спасательная служба", "ДХЭ-ВХ цехы, сумен жабдықтау және "
     "кәріз цехы, авариялық-құтқару қызметі", "сентябрь", "қыркүйек", "заместитель главного инженера по промышленной безопасности",
     "бас инженердің өнеркәсіптік қауіпсіздік жөніндегі орынбасары"),
    ("Проверка знания ПЛА персоналом всех смен", "Барлық ауысым персоналының АЖЖ-ны білуін тексеру", ("ТЗ", "ТС"),
     "персонал цехов, допущенный к самостоятельной работе", "өз бетінше жұмысқа жіберілген цехтар персоналы", "ноябрь", "қараша",
     "начальники цехов", "цехтардың бастықтары"),
)  # fmt: skip
VN_DRILLS = (
    ("Huấn luyện định kỳ về an toàn hóa chất cho người lao động trực tiếp vận hành", "Huấn luyện", "Toàn bộ công nhân vận hành",
     "Tháng 2/2026", "Phòng An toàn – Môi trường"),
    ("Kiểm tra, bổ sung trang thiết bị ứng cứu: mặt nạ phòng độc, bộ hút khí clo, vật liệu thấm hút", "Chuẩn bị", "Đội ứng cứu sự cố",
     "Tháng 3/2026", "Phòng Vật tư"),
    ("Diễn tập tình huống rò rỉ clo tại trạm nén và kho clo lỏng", "Diễn tập cấp cơ sở", "Đội ứng cứu sự cố, ca sản xuất",
     "Tháng 4/2026", "Phó Giám đốc kỹ thuật"),
    ("Diễn tập tình huống tràn đổ xút 32% tại khu bồn chứa và bến xuất hàng", "Diễn tập cấp cơ sở", "Phân xưởng kho vận, đội ứng cứu",
     "Tháng 7/2026", "Quản đốc phân xưởng kho vận"),
    ("Diễn tập phối hợp ứng phó sự cố hóa chất với Ban quản lý các KCN tỉnh và Cảnh sát PCCC và CNCH", "Diễn tập phối hợp",
     "Ban chỉ huy ứng phó sự cố, các cơ quan phối hợp", "Tháng 10/2026", "Giám đốc nhà máy"),
)


def tasks_hg1(doc: Doc) -> None:
    """A chlor-alkali and PVC works' plan of drills by the positions of its plan of liquidating accidents: `№ | тема | вид
    | участники | срок | руководитель`, the kind of drill abbreviated (`УТ`, `ТСУ`, `КШУ`, `ТЗ`; KK `ОД`, `ТАО`, `КШО`,
    `ТС`) and explained in a note under the table, the term a month (VI: a caustic plant's plan of training and drills
    for chemical incidents, the month `Tháng 4/2026`)."""
    g = _kz(doc)
    if doc.lang == "vi":
        doc.h("KẾ HOẠCH HUẤN LUYỆN, DIỄN TẬP ỨNG PHÓ SỰ CỐ HÓA CHẤT NĂM 2026 – NHÀ MÁY XÚT – CLO VIỆT TRÌ MỚI")
        doc.p("Kế hoạch thực hiện theo Kế hoạch phòng ngừa, ứng phó sự cố hóa chất đã được phê duyệt; kết quả diễn tập được lập "
              "biên bản và báo cáo Sở Công Thương.")
        rows = [["TT", "Nội dung", "Hình thức", "Thành phần tham gia", "Thời gian", "Đơn vị chủ trì"]]
        for k, (text, kind, who_in, when, lead) in enumerate(VN_DRILLS, 1):
            rows.append([str(k), text, kind, who_in, when, lead])
            doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text), "actor_contains": lead})
        doc.table("Bảng 1. Kế hoạch huấn luyện, diễn tập", rows, role="tasks")
        maybe_distractor(doc)
        return
    L = _L(doc)
    doc.h(g("План-график проведения учебно-тренировочных занятий и учений по плану ликвидации аварий ТОО «Павлодар Хлор-Винил» "
            "на 2026 год", "«Павлодар Хлор-Винил» ЖШС авариялық жағдайларды жою жоспары бойынша 2026 жылға арналған оқу-жаттығу "
            "сабақтары мен оқу-жаттығуларды өткізу жоспар-кестесі"))
    doc.p(g("Результаты каждого занятия оформляются актом с оценкой действий персонала; замечания включаются в план корректировки ПЛА.",
            "Әр сабақтың нәтижелері персоналдың әрекеттерін бағалай отырып актімен ресімделеді; ескертулер АЖЖ-ны түзету жоспарына "
            "енгізіледі."))
    rows = [g(["№", "Тема занятия (учения)", "Вид", "Участники", "Срок проведения", "Руководитель"],
              ["№", "Сабақтың (оқу-жаттығудың) тақырыбы", "Түрі", "Қатысушылар", "Өткізу мерзімі", "Басшы"])]
    for k, (t_ru, t_kk, kinds, p_ru, p_kk, w_ru, w_kk, l_ru, l_kk) in enumerate(DRILLS, 1):
        text, lead = (t_ru, t_kk)[L], (l_ru, l_kk)[L]
        rows.append([str(k), text, kinds[L], (p_ru, p_kk)[L], (w_ru, w_kk)[L], lead])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text), "actor_contains": lead})
    doc.table(g("Таблица 1", "1-кесте"), rows, role="tasks")
    doc.p(g("УТ – учебная тревога; ТСУ – тактико-специальное учение; КШУ – командно-штабное учение; ТЗ – теоретическое занятие.",
            "ОД – оқу дабылы; ТАО – тактикалық-арнайы оқу-жаттығу; КШО – командалық-штабтық оқу-жаттығу; ТС – теориялық сабақ."))
    distractor(doc, "approval")


# (category, tag, RU work, KK work, RU responsible, KK responsible, RU term, KK term)
PUNCH = (
    ("A", "STK-101 / АСМ", "Завершить монтаж и калибровку автоматизированной системы мониторинга выбросов на дымовой трубе печи",
     "Пештің түтін мұржасындағы шығарындылар мониторингінің автоматтандырылған жүйесінің монтажы мен калибрлеуін аяқтау",
     "подрядчик по КИПиА", "БӨАжА бойынша мердігер", "до пуска", "іске қосқанға дейін"),
    ("A", "FL-501", "Испытать систему продувки и дежурные горелки факельной установки",
     "Алау қондырғысының үрлеу жүйесі мен кезекші жанарғыларын сынау", "генеральный подрядчик (EPC)", "бас мердігер (EPC)",
     "до пуска", "іске қосқанға дейін"),
    ("A", "WWT-700", "Выполнить пусконаладку локальных очистных сооружений промышленных стоков",
     "Өндірістік ағындардың жергілікті тазарту құрылыстарын іске қосу-баптау жұмыстарын орындау", "служба эксплуатации ЛОС",
     "ЖТҚ пайдалану қызметі", "до пуска", "іске қосқанға дейін"),
    ("A", "OWS-02", "Очистить от строительного мусора нефтеловушки ливневой канализации",
     "Нөсер кәрізінің мұнай ұстағыштарын құрылыс қоқысынан тазарту", "генеральный подрядчик (EPC)", "бас мердігер (EPC)",
     "до пуска", "іске қосқанға дейін"),
    ("B", "SP-03", "Установить пробоотборные штуцеры на газоходах печей для инструментальных замеров",
     "Аспаптық өлшеулер үшін пештердің газ жүретін жолдарына сынама алу штуцерлерін орнату", "генеральный подрядчик (EPC)",
     "бас мердігер (EPC)", "30 дней после пуска", "іске қосқаннан кейін 30 күн"),
    ("B", "HW-01", "Оборудовать навес и поддоны площадки временного накопления опасных отходов",
     "Қауіпті қалдықтарды уақытша жинақтау алаңының қалқасы мен табандықтарын жабдықтау", "отдел ОТ, ПБ и ООС заказчика",
     "тапсырыс берушінің ЕҚ, ӨҚ және ҚОҚ бөлімі", "60 дней после пуска", "іске қосқаннан кейін 60 күн"),
    ("B", "LDAR", "Провести первичное обследование неплотностей оборудования и внести результаты в реестр утечек",
     "Жабдықтың тығыз еместіктеріне бастапқы зерттеу жүргізу және нәтижелерді ағулар тізіліміне енгізу", "отдел ОТ, ПБ и ООС заказчика",
     "тапсырыс берушінің ЕҚ, ӨҚ және ҚОҚ бөлімі", "3 месяца после пуска", "іске қосқаннан кейін 3 ай"),
)  # fmt: skip
VN_PUNCH = (
    ("A", "CEMS-K1", "Hoàn thiện hiệu chuẩn và kết nối truyền dữ liệu hệ thống quan trắc khí thải tự động về Sở Nông nghiệp và Môi trường",
     "Nhà thầu EPC", "Trước vận hành thử nghiệm"),
    ("A", "WWTP-02", "Hoàn thành chạy thử không tải bể sinh học và bể lắng của trạm xử lý nước thải công nghiệp",
     "Phòng Vận hành xử lý nước thải", "Trước vận hành thử nghiệm"),
    ("A", "FL-01", "Thử nghiệm hệ thống đánh lửa và đầu đốt mồi của đuốc đốt", "Nhà thầu EPC", "Trước vận hành thử nghiệm"),
    ("B", "HW-STORE", "Lắp đặt gờ chống tràn và biển cảnh báo tại kho chứa chất thải nguy hại", "Ban Quản lý dự án",
     "30 ngày sau khi bắt đầu vận hành thử nghiệm"),
    ("B", "SP-K2", "Lắp đặt sàn thao tác và lỗ lấy mẫu khí thải tại ống khói K2", "Nhà thầu EPC",
     "30 ngày sau khi bắt đầu vận hành thử nghiệm"),
)


def tasks_hg2(doc: Doc) -> None:
    """A petrochemical complex's punch list of its environmental systems before the pre-start-up inspection: `№ позиции |
    кат. | система / тег | наименование работ | ответственный | срок устранения | статус`, items coded `ENV-007` with gaps
    where items were closed, the category A (before start-up) or B (after) explained under the table, terms counted from
    the start-up (VI: the Nghi Sơn complex's list of outstanding items before trial operation, `PL-MT-04`)."""
    r = doc.rng
    g = _kz(doc)
    vi = doc.lang == "vi"
    k = 0
    if vi:
        doc.h("DANH MỤC TỒN TẠI (PUNCH LIST) CÁC CÔNG TRÌNH BẢO VỆ MÔI TRƯỜNG TRƯỚC VẬN HÀNH THỬ NGHIỆM – KHU LIÊN HỢP LỌC HÓA DẦU NGHI SƠN")
        doc.p("Loại A: phải khắc phục trước khi bắt đầu vận hành thử nghiệm; loại B: khắc phục trong quá trình vận hành thử nghiệm.")
        rows = [["Mã tồn tại", "Loại", "Hạng mục / thiết bị", "Nội dung cần khắc phục", "Đơn vị thực hiện", "Thời hạn", "Tình trạng"]]
        for cat, tag, text, who, when in VN_PUNCH:
            k += r.randint(1, 3)
            number = f"PL-MT-{k:02d}"
            rows.append([number, cat, tag, text, who, when, doc.pick(("Chưa xử lý", "Đang xử lý"))])
            doc.add("obligations", {"kind": "task", "number": number, "text_contains": _words(text), "actor_contains": who})
        doc.table("Bảng 1. Danh mục tồn tại", rows, role="tasks")
        maybe_distractor(doc)
        return
    L = _L(doc)
    op = doc.pick(KZ_POLY)
    doc.h(g(f"Перечень недоделок (punch list) по природоохранным системам. {op[0]}", f"Табиғат қорғау жүйелері бойынша кемшіліктер "
            f"тізбесі (punch list). {op[1]}"))
    doc.p(g(f"Составлен комиссией {op[2]} и генерального подрядчика по результатам обхода перед предпусковой инспекцией. Позиции, "
            "закрытые в ходе обхода, из перечня исключены.",
            f"{op[3]} және бас мердігердің комиссиясы іске қосу алдындағы инспекция алдында аралау нәтижелері бойынша жасады. Аралау "
            "барысында жабылған позициялар тізбеден алынып тасталды."))
    rows = [g(["№ позиции", "Кат.", "Система / тег", "Наименование работ", "Ответственный", "Срок устранения", "Статус"],
              ["Позиция №", "Сан.", "Жүйе / тег", "Жұмыстардың атауы", "Жауапты", "Жою мерзімі", "Мәртебесі"])]
    for cat, tag, w_ru, w_kk, h_ru, h_kk, t_ru, t_kk in PUNCH:
        k += r.randint(1, 3)
        number = f"ENV-{k:03d}"
        text, who = (w_ru, w_kk)[L], (h_ru, h_kk)[L]
        rows.append([number, cat, tag, text, who, (t_ru, t_kk)[L], g(doc.pick(("открыта", "в работе")), doc.pick(("ашық", "жұмыста")))])
        doc.add("obligations", {"kind": "task", "number": number, "text_contains": _words(text), "actor_contains": who})
    doc.table(g("Таблица 1 – Открытые позиции", "1-кесте – Ашық позициялар"), rows, role="tasks")
    doc.p(g("Категория A – устраняется до подачи углеводородов на установку; категория B – допускается устранение после пуска в "
            "указанный срок.", "A санаты – қондырғыға көмірсутектер берілгенге дейін жойылады; B санаты – іске қосқаннан кейін "
            "көрсетілген мерзімде жоюға жол беріледі."))
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"HG{k}", globals()[f"{role}_hg{k}"]) for role in ROLES for k in (1, 2)]
