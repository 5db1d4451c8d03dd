"""The thirty-third blind set's part IA (two layouts per role, `IA1` and `IA2`), written by someone who neither
ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`; held out and measured once (0.619
over 126 files when first measured at the registering commit, 2026-12-07), then moved to the tuning layouts to be
studied.

Theme: glass, ceramics, bricks, porcelain and wood. Kazakhstan: glass-container works in Turkestan and Almaty oblasts, float
(sheet) glass works at Kyzylorda and Konaev, brick works at Aksukent, Otegen Batyr and Kokshetau, expanded-clay works in
Pavlodar and Karaganda oblasts, a sanitary-ware and porcelain works at Konaev, a particle-board and furniture factory at
Ridder and a yard impregnating poles with copper-chrome-arsenic beside a sawmill at Pavlodar (a bank's check of a borrower
for a green loan, an application to the operator of extended producer responsibility, a report on possible impacts
comparing variants, an НДВ draft with a sum of volatile organics, a report on wastes by receiver, a programme of waste
management with plaster moulds by product, a laboratory's stack protocol with measuring ranges, a soil survey laid out as
its sampling grid, a schedule of stack tests by dates, a plan of laboratory control mixing product tests with ПЭК, the
explication of a general plan, a register of objects by level of risk, a quarterly board of measures and passports of
measures). Vietnam: ceramic-tile and sanitary-ware plants in the former Vĩnh Phúc, Bình Dương and Quảng Ninh, a glass
bottle plant, a tunnel-kiln brick works at Đông Triều, export furniture factories in Bình Dương and Bình Định and a
wood-pellet factory at Phù Cát (phiếu đánh giá rủi ro môi trường of a bank, thông tin cho bản kê khai thẩm định chung
EUDR, ĐTM so sánh phương án, báo cáo đề xuất cấp GPMT, báo cáo công tác bảo vệ môi trường, phiếu kết quả thử nghiệm, quan
trắc đất theo lưới, lịch quan trắc, kế hoạch thử nghiệm, giám sát, bảng hạng mục công trình, quy chế tự kiểm tra theo mức
độ rủi ro, kế hoạch theo quý and phiếu nhiệm vụ); addresses after the 2025 merger of provinces stand beside the old ones.

Facility: a bank's sheet checking a borrower and the object of a green loan, each attribute with the client's value and
the outside source's value side by side, the legal address and the head differing (no facts of the site), the
coordinates only in the bank's visit column, the bank's own BIN in the sentence above and its E&S category `B` as
look-alikes, the loan in a table of no role (VI: a bank's environmental risk sheet under Thông tư 17/2022/TT-NHNN, the
head office moved by the merger of provinces) (IA1); a glass-container works' application to the operator of extended
producer responsibility, a card with no header row whose third section lists the works' own points collecting waste glass
with coordinates in the same notation as the works' (VI: a furniture exporter's information for an EUDR due diligence
statement, the plantations' geolocation in a table of no role, the timber-legality `Nhóm I` beside the environmental
`Nhóm II`) (IA2).

Emissions: a report on possible impacts comparing a tunnel kiln on coal with one on gas as two column groups `г/с | т/год`,
the gas variant `принят`, the coal crusher and coal yard `не предусмотрен` in it, a dash for soot, the clay store the same
in both, only the accepted variant's figures and sources to be taken (VI: an ĐTM of a tunnel-kiln brick works, pulverised
coal against CNG, named sources) (IA1); a particle-board and furniture factory's list by shop, a lacquering booth's
`Летучие органические соединения (сумма), в том числе:` row with figures but no code before the solvents, wood dust
with no class (VI: `Tổng VOCs, trong đó:` at the paint booths of an export furniture factory) (IA2).

Wastes: a glass-container works' wastes of 2025, the formed tonnes merged down over one row per receiver with its BIN,
contract, R/D operation and the part passed on, the works' own cullet returned to the batch only in a note (VI: a tile
plant's ordinary wastes and CTNH over their receivers) (IA1); a sanitary-ware and porcelain works' calculation in which
the spent plaster moulds are worked out product by product on sub-rows closed by `Итого по отходу`, the other wastes with
their data written out in the cell (VI: `Khuôn thạch cao thải` by product closed by `Cộng`) (IA2).

Limits: a laboratory's protocol at a float-glass works' stacks, a row spanning the table per source, the method's
measuring range `2–4000` in a column of its own, `C ± Δ`, the КЭР's norm, carbon monoxide `не нормируется` and hydrogen
chloride at times below the range (VI: a tile plant's test report, the detection limit before the result, QCVN 19:2009
column B multiplied by Kp and Kv) (IA1); soil at a pole-impregnation yard laid out as the map of its sampling grid, rows
`А` … `В` and columns `1` … `4`, a point named by its row and column, three elements per cell, the ПДК in a last row
merged across (VI: an outdoor furniture factory's yard treating acacia with XM5 against QCVN 03-MT:2015 for industrial
land) (IA2).

Monitoring: a glass-container works' schedule of stack tests that gives dates instead of frequencies — four dates a
quarter apart, two half a year apart, one date — a furnace thrice, the last time `однократно` after its cold repair,
four boundary points in one row (VI: `Ngày lấy mẫu dự kiến` at a glass bottle plant) (IA1); a porcelain and sanitary-ware
works' plan of laboratory control in which incoming raw materials, the slip and the finished goods — lead and cadmium
released from tableware among them — come under section rows before the section of environmental control, which alone
gives duties (VI: QCVN 12-4:2015/BYT among the product tests) (IA2).

Inspections: the explication of an expanded-clay works' general plan — position, building, area — with two added columns
of how often the environmental control looks each over and who does, dashes for most, the kiln `ежесменно` (VI: a brick
works' table of construction items with area and share under Roman sections) (IA1); a wood-preservation yard's register
of objects with a level of risk and no frequency, the frequency of each level given only in a table of no role after it
(VI: a wood-pellet factory's `Cao`, `Trung bình`, `Thấp`) (IA2).

Tasks: a glass works' plan drawn as a board of directions by quarters, each cell holding the quarter's measures as cards
`1.2. text (отв.: …)` one above the other (VI: a glass bottle plant's `(Chủ trì: …)`) (IA1); a particle-board works'
programme of raising environmental efficiency as one passport table per measure, the number only in the merged title
row, the programme's cost by year in a table of no role (VI: a wood-pellet factory's `Phiếu nhiệm vụ số 3`) (IA2).
"""
from __future__ import annotations

from . import vocab
from .common import Doc, freq, make_bin, make_msdn, maybe_distractor, num
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
    """The quoted part of a name (`Ақсукент` of `Кирпичный завод «Ақсукент»`)."""
    return name.split("«", 1)[1].split("»", 1)[0] if "«" in name else name


def _kato(doc: Doc, prefix: str) -> str:
    """A nine-digit KATO code starting with the region's prefix."""
    r = doc.rng
    rest = 9 - len(prefix) - 3
    return f"{prefix}{r.randint(10 ** (rest - 1), 10**rest - 1)}{r.choice(('000', '100'))}"


def _span(rows: list, merges: list, text: str, width: int) -> None:
    """A row whose first cell spans the table."""
    rows.append([text] + [None] * (width - 1))
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))


def _kind(number: str) -> str:
    return "unorganized" if number.startswith("6") else "organized"


def _parts(doc: Doc, total: float, n: int, digits: int) -> list[float]:
    """`total` cut into n parts (rounded to `digits`) that add up to it."""
    if n == 1:
        return [total]
    shares = [doc.rng.uniform(0.2, 1.0) for _ in range(n)]
    out = [round(total * s / sum(shares), digits) for s in shares[:-1]]
    return out + [round(total - sum(out), digits)]


# code: (RU, KK, VI, hazard class as the tables print it) of pollutants the vocabulary does not name
EXTRA = {
    "2907": ("Пыль неорганическая, содержащая двуокись кремния более 70 %", "Құрамында 70 %-дан астам кремний қостотығы бар бейорганикалық шаң",
             "Bụi silic (SiO2 trên 70 %)", 3),
    "0155": ("Натрия карбонат (сода кальцинированная)", "Натрий карбонаты (кальцийленген сода)", "Natri cacbonat (Na2CO3)", 3),
    "0342": ("Фтористые газообразные соединения (в пересчете на фтор)", "Фторлы газ тәрізді қосылыстар (фторға шаққанда)", "Hydro florua (HF)", 2),
    "2936": ("Пыль древесная", "Ағаш шаңы", "Bụi gỗ", None),
    "1052": ("Метанол (спирт метиловый)", "Метанол (метил спирті)", "Metanol", 3),
    "1210": ("Бутилацетат", "Бутилацетат", "Butyl axetat", 4),
    "1401": ("Ацетон (пропан-2-он)", "Ацетон (пропан-2-он)", "Axeton", 4),
    "1042": ("Спирт н-бутиловый", "н-Бутил спирті", "n-Butanol", 3),
}  # fmt: skip


def _air(doc: Doc, code: str, variant: int = 0) -> str:
    if code in EXTRA:
        return EXTRA[code][vocab.LANGS.index(doc.lang)]
    return vocab.air(code, doc.lang, variant)


def _hazard(code: str) -> int | None:
    return EXTRA[code][3] if code in EXTRA else vocab.hazard(code)


def _vi(code: str) -> str:
    """A pollutant as Vietnamese tables write it."""
    short = {"2902": "Bụi tổng", "0301": "NOx (tính theo NO2)", "0330": "SO2", "0337": "CO"}
    return short.get(code) or (EXTRA[code][2] if code in EXTRA else vocab.air(code, "vi", 0))


DAILY = {"ru": "ежедневно", "kk": "күн сайын", "vi": "Hằng ngày"}
WEEKLY = {"ru": "еженедельно", "kk": "апта сайын", "vi": "Hằng tuần"}


def _fw(doc: Doc, word: str) -> str:
    """A frequency as the document writes it, daily and weekly included."""
    if word == "daily":
        return DAILY[doc.lang]
    if word == "weekly":
        return WEEKLY[doc.lang]
    return freq(doc, word)


# ---------------------------------------------------------------- facility

# (RU name, KK name, RU operator, KK operator, RU place, KK place, KATO prefix, lat, lon, million bricks a year,
#  RU legal address in the form, KK, RU legal address in the register, KK)
BRICK_PLANTS = (
    ("Кирпичный завод «Ақсукент»", "«Ақсукент» кірпіш зауыты", "ТОО «Ақсукент Кірпіш»", "«Ақсукент Кірпіш» ЖШС",
     "Туркестанская область, Сайрамский район, с. Аксукент, промышленная зона, участок 14",
     "Түркістан облысы, Сайрам ауданы, Ақсукент ауылы, өнеркәсіптік аймақ, 14-учаске", "51", 42.2346, 69.8412, 60,
     "г. Шымкент, пр. Республики, 17, офис 305", "Шымкент қ., Республика даңғ., 17, 305-кеңсе",
     "г. Шымкент, ул. Байтурсынова, 86", "Шымкент қ., Байтұрсынов к-сі, 86"),
    ("Кирпичный завод «Өтеген батыр»", "«Өтеген батыр» кірпіш зауыты", "ТОО «Іле Керамика»", "«Іле Керамика» ЖШС",
     "Алматинская область, Илийский район, п. Отеген батыр, ул. Заводская, 3",
     "Алматы облысы, Іле ауданы, Өтеген батыр кенті, Заводская к-сі, 3", "19", 43.4123, 77.0251, 45,
     "г. Алматы, ул. Сейфуллина, 410, офис 12", "Алматы қ., Сейфуллин к-сі, 410, 12-кеңсе",
     "г. Алматы, пр. Райымбека, 221", "Алматы қ., Райымбек даңғ., 221"),
    ("Кирпичный завод «Көкше»", "«Көкше» кірпіш зауыты", "ТОО «Көкше Құрылыс Материалдары»", "«Көкше Құрылыс Материалдары» ЖШС",
     "Акмолинская область, г. Кокшетау, Северная промышленная зона, проезд 7, строение 2",
     "Ақмола облысы, Көкшетау қ., Солтүстік өнеркәсіптік аймақ, 7-өткел, 2-құрылыс", "11", 53.3201, 69.3589, 40,
     "г. Кокшетау, ул. Абая, 96", "Көкшетау қ., Абай к-сі, 96", "г. Кокшетау, ул. Ауельбекова, 139", "Көкшетау қ., Әуелбеков к-сі, 139"),
)  # fmt: skip


def facility_ia1(doc: Doc) -> None:
    """A bank's sheet checking a borrower and the object of a green loan (a brick works replacing its ring kiln with a
    tunnel kiln): each attribute on a row with two value columns — what the client's questionnaire says and what the
    outside source (the state database of legal entities, the tax portal, the land act, the register of permits, the
    bank's own visit) says — then the source and the result of the check; most values stand twice, the legal address and
    the head differ between the columns (no facts of the site), the coordinates exist only in the visit's column, the
    bank's own BIN in the sentence above and the bank's E&S risk category `B` as look-alikes, the loan's terms in a table
    of no role (VI: a bank's environmental risk sheet under Thông tư 17/2022/TT-NHNN for a tile or sanitary-ware plant,
    the head office's address changed by the 2025 merger of provinces)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_ia1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p = doc.pick(BRICK_PLANTS)
    name, operator, place, prefix, lat0, lon0, cap = p[L], p[2 + L], p[4 + L], p[6], p[7], p[8], p[9]
    old_addr, new_addr = p[10 + L], p[12 + L]
    bin_, bank_bin, kato = make_bin(r), make_bin(r), _kato(doc, prefix)
    lat, lon = round(lat0 + r.uniform(-0.003, 0.003), 6), round(lon0 + r.uniform(-0.003, 0.003), 6)
    cad = f"{r.randint(1, 21):02d}-{r.randint(100, 350)}-{r.randint(10, 99):03d}-{r.randint(100, 999)}"
    permit = f"KZ{r.randint(10, 99)}VCZ{r.randint(10**7, 10**8 - 1):08d}"
    pdate = f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2023"
    app = f"{r.randint(100, 999)}/ЗК-2026"
    doc.h(g(f"Лист проверки клиента и объекта кредитования (KYC) по заявке № {app}", f"№ {app} өтінім бойынша клиентті және несиелеу объектісін тексеру парағы (KYC)", ""))
    doc.p(g(f"Кредитор: АО «Кен Дала Банк» (БИН {bank_bin}). Проект: замена кольцевой печи Гофмана на туннельную печь с сушилами, "
            "финансирование по программе «зеленого» кредитования. Сведения анкеты клиента сверены с ГБД «Юридические лица», порталом КГД, "
            "правоустанавливающими документами на землю и реестром экологических разрешений; координаты сняты при выезде на объект.",
            f"Кредитор: «Кен Дала Банк» АҚ (БСН {bank_bin}). Жоба: Гофман сақиналы пешін кептіргіштері бар туннельді пешке ауыстыру, «жасыл» "
            "несиелеу бағдарламасы бойынша қаржыландыру. Клиент сауалнамасының мәліметтері «Заңды тұлғалар» МДҚ-мен, МКК порталымен, жерге "
            "құқық белгілейтін құжаттармен және экологиялық рұқсаттар тізілімімен салыстырылды; координаттар объектіге барған кезде алынды.", ""))
    ok, gbd = g("совпадает", "сәйкес келеді", ""), g("ГБД ЮЛ", "ЗТ МДҚ", "")
    rows = [g(["№", "Проверяемый реквизит", "Данные анкеты клиента", "Данные внешнего источника", "Источник", "Результат проверки"],
              ["№", "Тексерілетін деректеме", "Клиент сауалнамасының деректері", "Сыртқы дереккөз деректері", "Дереккөз", "Тексеру нәтижесі"], [])]
    merges: list = []
    okd = g("23320 – Производство кирпича, черепицы и прочих строительных изделий из обожженной глины",
            "23320 – Күйдірілген саздан кірпіш, черепица және басқа да құрылыс бұйымдарын өндіру", "")
    _span(rows, merges, g("1. Клиент (заемщик)", "1. Клиент (қарыз алушы)", ""), 6)
    rows += [["1.1", g("Наименование", "Атауы", ""), operator, operator, gbd, ok],
             ["1.2", g("БИН", "БСН", ""), bin_, bin_, gbd, ok],
             ["1.3", g("Юридический адрес", "Заңды мекенжайы", ""), old_addr, new_addr, gbd,
              g("расхождение: адрес изменен 03.2025, анкета не обновлена", "сәйкессіздік: мекенжай 03.2025 өзгерген, сауалнама жаңартылмаған", "")],
             ["1.4", g("Первый руководитель", "Бірінші басшы", ""), g("Ким Виктор Александрович", "Ким Виктор Александрович", ""),
              g("Жумабаев Ерлан Сагинтаевич", "Жұмабаев Ерлан Сағынтайұлы", ""), gbd, g("расхождение: смена директора", "сәйкессіздік: директор ауысқан", "")],
             ["1.5", g("Основной вид деятельности (ОКЭД)", "Негізгі қызмет түрі (ЭҚЖЖ)", ""), okd, okd, g("статистический регистр", "статистикалық тіркелім", ""), ok],
             ["1.6", g("Налоговая задолженность", "Салық берешегі", ""), g("отсутствует", "жоқ", ""), g("отсутствует", "жоқ", ""), g("портал КГД", "МКК порталы", ""), ok]]
    _span(rows, merges, g("2. Объект кредитования (производственная площадка)", "2. Несиелеу объектісі (өндірістік алаң)", ""), 6)
    act = g("акт на земельный участок", "жер учаскесіне акт", "")
    rows += [["2.1", g("Наименование объекта", "Объектінің атауы", ""), name, "—", "—", g("не проверяется", "тексерілмейді", "")],
             ["2.2", g("Местонахождение", "Орналасқан жері", ""), place, place, act, ok],
             ["2.3", g("Кадастровый номер земельного участка", "Жер учаскесінің кадастрлық нөмірі", ""), cad, cad, act, ok],
             ["2.4", g("Код КАТО", "ҚАТО коды", ""), kato, kato, g("адресный регистр", "мекенжай тіркелімі", ""), ok],
             ["2.5", g("Координаты площадки (WGS-84)", "Алаңның координаттары (WGS-84)", ""), g("не указаны", "көрсетілмеген", ""), f"{lat:.6f}, {lon:.6f}",
              g("выезд на объект 12.02.2026 (GPS)", "12.02.2026 объектіге бару (GPS)", ""), g("зафиксированы при выезде", "бару кезінде тіркелді", "")],
             ["2.6", g("Проектная мощность", "Жобалық қуаты", ""), g(f"{cap} млн шт. условного кирпича в год", f"жылына {cap} млн дана шартты кірпіш", ""),
              g(f"{cap} млн шт. условного кирпича в год", f"жылына {cap} млн дана шартты кірпіш", ""), g("технический паспорт", "техникалық паспорт", ""), ok]]
    _span(rows, merges, g("3. Экологические сведения", "3. Экологиялық мәліметтер", ""), 6)
    reg = g("реестр экологических разрешений", "экологиялық рұқсаттар тізілімі", "")
    rows += [["3.1", g("Категория объекта (ст. 12 Экологического кодекса РК)", "Объект санаты (ҚР Экология кодексінің 12-бабы)", ""),
              g("II (вторая)", "II (екінші)", ""), "II", reg, ok],
             ["3.2", g("Экологическое разрешение на воздействие", "Әсер етуге арналған экологиялық рұқсат", ""), f"№ {permit}, {pdate}", f"№ {permit}, {pdate}", reg, ok],
             ["3.3", g("Категория экологического и социального риска проекта (методика Банка)", "Жобаның экологиялық және әлеуметтік тәуекел санаты (Банк әдістемесі)", ""),
              "—", "B", g("заключение службы рисков", "тәуекелдер қызметінің қорытындысы", ""), "—"]]  # fmt: skip
    doc.table(g("Таблица 1 – Результаты проверки", "1-кесте – Тексеру нәтижелері", ""), rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": _core(name), "kato": kato, "oked": "23320", "category": "II", "lat": lat, "lon": lon})
    doc.table(g("Таблица 2 – Параметры финансирования", "2-кесте – Қаржыландыру параметрлері", ""),
              [g(["Параметр", "Значение"], ["Параметр", "Мәні"], []),
               [g("Сумма займа", "Қарыз сомасы", ""), g(f"{num(r.randint(9, 25) * 100, 'ru')} млн тенге", f"{num(r.randint(9, 25) * 100, 'kk')} млн теңге", "")],
               [g("Срок", "Мерзімі", ""), g("84 месяца, льготный период 12 месяцев", "84 ай, жеңілдікті кезең 12 ай", "")],
               [g("Ставка вознаграждения", "Сыйақы мөлшерлемесі", ""), g("12,6 % годовых с учетом субсидирования", "субсидиялауды ескере отырып жылдық 12,6 %", "")],
               [g("Обеспечение", "Қамтамасыз ету", ""), g("имущественный комплекс завода, оборудование туннельной печи", "зауыттың мүліктік кешені, туннельді пеш жабдығы", "")]],
              role="other")


# (plant, company, address in the client's form, address after the 2025 merger, lat, lon, product)
VN_CERAMIC = (
    ("Nhà máy gạch ốp lát Bình Xuyên", "Công ty Cổ phần Gốm sứ Tam Đảo", "Khu công nghiệp Bình Xuyên, huyện Bình Xuyên, tỉnh Vĩnh Phúc",
     "Khu công nghiệp Bình Xuyên, xã Bình Xuyên, tỉnh Phú Thọ", 21.2531, 105.6652, "gạch ốp lát granite, 9 triệu m²/năm"),
    ("Nhà máy sứ vệ sinh Nam Tân Uyên", "Công ty TNHH Sứ vệ sinh Tân Uyên Phát", "Khu công nghiệp Nam Tân Uyên, thị xã Tân Uyên, tỉnh Bình Dương",
     "Khu công nghiệp Nam Tân Uyên, phường Tân Uyên, Thành phố Hồ Chí Minh", 11.0532, 106.7531, "sứ vệ sinh, 650.000 sản phẩm/năm"),
    ("Nhà máy gạch men Cái Lân", "Công ty Cổ phần Gạch men Hạ Long Xanh", "Khu công nghiệp Cái Lân, phường Giếng Đáy, thành phố Hạ Long, tỉnh Quảng Ninh",
     "Khu công nghiệp Cái Lân, phường Bãi Cháy, tỉnh Quảng Ninh", 20.9722, 107.0214, "gạch ceramic ốp tường, lát nền, 7,5 triệu m²/năm"),
)  # fmt: skip


def _facility_ia1_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, old_addr, new_addr, lat0, lon0, product = doc.pick(VN_CERAMIC)
    msdn, bank_tax = make_msdn(r), make_msdn(r)
    lat, lon = round(lat0 + r.uniform(-0.003, 0.003), 6), round(lon0 + r.uniform(-0.003, 0.003), 6)
    gpmt = f"{r.randint(100, 980)}/GPMT-UBND"
    doc.h("PHIẾU ĐÁNH GIÁ RỦI RO MÔI TRƯỜNG VÀ ĐỐI CHIẾU THÔNG TIN KHÁCH HÀNG")
    doc.p(f"Ngân hàng TMCP Phát triển Xanh (mã số thuế {bank_tax}) – Chi nhánh khu vực. Căn cứ Thông tư số 17/2022/TT-NHNN ngày 23/12/2022 "
          "hướng dẫn quản lý rủi ro về môi trường trong hoạt động cấp tín dụng của tổ chức tín dụng. Dự án đề nghị vay vốn: thay thế lò nung "
          "con lăn thế hệ cũ bằng lò nung tiết kiệm năng lượng, lắp đặt hệ thống xử lý khí thải HF.")
    ok = "Khớp"
    rows = [["STT", "Nội dung", "Thông tin khách hàng kê khai", "Thông tin đối chiếu", "Nguồn đối chiếu", "Kết quả"]]
    merges: list = []
    _span(rows, merges, "I. THÔNG TIN KHÁCH HÀNG", 6)
    rows += [["1", "Tên doanh nghiệp", company, company, "Cổng thông tin quốc gia về đăng ký doanh nghiệp", ok],
             ["2", "Mã số doanh nghiệp", msdn, msdn, "Cổng thông tin quốc gia về đăng ký doanh nghiệp", ok],
             ["3", "Địa chỉ trụ sở chính", old_addr, new_addr, "Cổng thông tin quốc gia về đăng ký doanh nghiệp",
              "Không khớp do sắp xếp đơn vị hành chính năm 2025; đề nghị khách hàng cập nhật"],
             ["4", "Người đại diện theo pháp luật", "Ông Nguyễn Hữu Phước", "Bà Trần Thị Thu Hà", "Cổng thông tin quốc gia về đăng ký doanh nghiệp",
              "Không khớp (thay đổi người đại diện tháng 9/2025)"]]
    _span(rows, merges, "II. CƠ SỞ SẢN XUẤT ĐƯỢC TÀI TRỢ", 6)
    rows += [["5", "Tên cơ sở", plant, "-", "-", "Không đối chiếu"],
             ["6", "Quy mô, công suất", product, product, "Giấy phép môi trường", ok],
             ["7", "Tọa độ vị trí (WGS-84)", "Không kê khai", f"{lat:.6f} N; {lon:.6f} E",
              "Khảo sát thực địa ngày 24/02/2026", "Đã ghi nhận"]]
    _span(rows, merges, "III. THÔNG TIN MÔI TRƯỜNG", 6)
    rows += [["8", "Phân nhóm theo tiêu chí về môi trường (Luật Bảo vệ môi trường 2020)", "Nhóm II", "Nhóm II", f"Giấy phép môi trường số {gpmt}", ok],
             ["9", "Giấy phép môi trường", f"Số {gpmt} ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2024", "Như kê khai", "Cơ sở dữ liệu môi trường quốc gia", ok],
             ["10", "Mức độ rủi ro môi trường của dự án (quy định nội bộ của Ngân hàng)", "-", "Trung bình", "Phòng Quản lý rủi ro", "-"]]  # fmt: skip
    doc.table("Bảng 1. Kết quả đối chiếu thông tin", rows, merges, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": plant, "category": "II", "lat": lat, "lon": lon})
    doc.table("Bảng 2. Thông tin khoản vay đề nghị",
              [["Nội dung", "Giá trị"], ["Số tiền vay", f"{num(r.randint(8, 30) * 10, 'vi')} tỷ đồng"], ["Thời hạn vay", "60 tháng"],
               ["Tài sản bảo đảm", "Dây chuyền lò nung mới hình thành từ vốn vay"]], role="other")


# (RU name, KK name, RU operator, KK operator, RU place, KK place, KATO prefix, lat, lon, tonnes of glass a day,
#  [(RU collection point, KK, lat, lon)])
GLASS_WORKS = (
    ("Стекольный завод «Тұран Шыны»", "«Тұран Шыны» шыны зауыты", "ТОО «Тұран Шыны»", "«Тұран Шыны» ЖШС",
     "Туркестанская область, Сайрамский район, индустриальная зона «Оңтүстік», участок 9",
     "Түркістан облысы, Сайрам ауданы, «Оңтүстік» индустриялық аймағы, 9-учаске", "51", 42.2953, 69.7451, 180,
     [("г. Шымкент, ул. Толе би, 152 (рынок «Жібек жолы»)", "Шымкент қ., Төле би к-сі, 152 («Жібек жолы» базары)", 42.3168, 69.6012),
      ("г. Шымкент, пр. Тауке хана, 41", "Шымкент қ., Тәуке хан даңғ., 41", 42.3412, 69.5894),
      ("г. Туркестан, ул. Б. Саттарханова, 20", "Түркістан қ., Б. Саттарханов к-сі, 20", 43.2975, 68.2693)]),
    ("Завод стеклотары «Жетісу Шыны»", "«Жетісу Шыны» шыны ыдыс зауыты", "ТОО «Жетісу Шыны»", "«Жетісу Шыны» ЖШС",
     "Алматинская область, Карасайский район, с. Кайнар, ул. Индустриальная, 5",
     "Алматы облысы, Қарасай ауданы, Қайнар ауылы, Индустриялық к-сі, 5", "19", 43.1852, 76.7753, 150,
     [("г. Алматы, ул. Рыскулова, 103 (база вторсырья)", "Алматы қ., Рысқұлов к-сі, 103 (қайталама шикізат базасы)", 43.2867, 76.9133),
      ("г. Алматы, мкр. Шанырак-2, ул. Жанкожа батыра, 48", "Алматы қ., Шаңырақ-2 ш/а, Жанқожа батыр к-сі, 48", 43.3105, 76.8181),
      ("г. Каскелен, ул. Абылай хана, 7", "Қаскелең қ., Абылай хан к-сі, 7", 43.2011, 76.6243)]),
)  # fmt: skip


def facility_ia2(doc: Doc) -> None:
    """A glass-container works' application to the operator of extended producer responsibility for inclusion in the
    register of the organisations that recycle waste glass, a label–value card with no header row under four section rows
    — the applicant with its BIN and OKED, the works (the place of recycling) with its KATO, decimal coordinates and the
    category `I` by the glass-melting capacity, then the applicant's own points collecting waste glass, each with an
    address and coordinates in the same notation as the works', and the permit — so that three coordinate pairs after
    the works' belong to no facility (VI: the information an export furniture factory gives its EU buyer for the due
    diligence statement of the EU deforestation regulation, the factory's coordinates beside the geolocation of the
    plantations the wood came from in a table of no role, the timber-legality group `Nhóm I` of Nghị định 102/2020
    beside the environmental `Nhóm II`)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_ia2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    w = doc.pick(GLASS_WORKS)
    name, operator, place, prefix, lat0, lon0, tpd, points = w[L], w[2 + L], w[4 + L], w[6], w[7], w[8], w[9], w[10]
    bin_, kato = make_bin(r), _kato(doc, prefix)
    lat, lon = round(lat0 + r.uniform(-0.002, 0.002), 5), round(lon0 + r.uniform(-0.002, 0.002), 5)
    permit = f"KZ{r.randint(10, 99)}VCZ{r.randint(10**7, 10**8 - 1):08d}"
    cullet = r.randint(18, 40) * 1000
    doc.p(g("Приложение 1 к заявке", "Өтінімге 1-қосымша", ""))
    doc.h(g("Сведения об организации, осуществляющей переработку отходов (стеклобой), для включения в реестр оператора расширенных "
            "обязательств производителей (импортеров)",
            "Өндірушілердің (импорттаушылардың) кеңейтілген міндеттемелері операторының тізіліміне енгізу үшін қалдықтарды (шыны сынығын) "
            "өңдеуді жүзеге асыратын ұйым туралы мәліметтер", ""))
    doc.p(g("Заявитель перерабатывает стеклобой, собранный через собственные пункты приема, в шихте стекловаренных печей; к заявке "
            "прилагаются копии экологического разрешения и актов сверки объемов за 2025 год.",
            "Өтініш беруші өзінің қабылдау пункттері арқылы жиналған шыны сынығын шыны балқыту пештерінің шихтасында өңдейді; өтінімге "
            "экологиялық рұқсаттың көшірмелері мен 2025 жылғы көлемдерді салыстыру актілері қоса беріледі.", ""))
    rows: list = []
    merges: list = []
    _span(rows, merges, g("1. Заявитель", "1. Өтініш беруші", ""), 3)
    rows += [["1.1", g("Полное наименование", "Толық атауы", ""), operator],
             ["1.2", g("БИН", "БСН", ""), bin_],
             ["1.3", g("Основной вид деятельности по ОКЭД", "ЭҚЖЖ бойынша негізгі қызмет түрі", ""),
              g("23130 – Производство полых стеклянных изделий", "23130 – Қуыс шыны бұйымдарын өндіру", "")]]
    _span(rows, merges, g("2. Место переработки (производственная площадка)", "2. Өңдеу орны (өндірістік алаң)", ""), 3)
    rows += [["2.1", g("Наименование объекта", "Объектінің атауы", ""), name],
             ["2.2", g("Адрес", "Мекенжайы", ""), place],
             ["2.3", g("Код КАТО", "ҚАТО коды", ""), kato],
             ["2.4", g("Координаты (WGS-84, десятичные градусы)", "Координаттары (WGS-84, ондық градус)", ""), f"{num(lat, doc.lang)}; {num(lon, doc.lang)}"],
             ["2.5", g("Мощность стекловарения", "Шыны балқыту қуаты", ""), g(f"{tpd} т стекломассы в сутки (2 печи)", f"тәулігіне {tpd} т шыны массасы (2 пеш)", "")],
             ["2.6", g("Мощность по переработке стеклобоя", "Шыны сынығын өңдеу қуаты", ""), g(f"{num(cullet, 'ru')} т/год", f"{num(cullet, 'kk')} т/жыл", "")]]
    _span(rows, merges, g("3. Собственные пункты приема стеклобоя", "3. Шыны сынығын қабылдаудың меншікті пункттері", ""), 3)
    for k, (a_ru, a_kk, plat, plon) in enumerate(points, 1):
        rows.append([f"3.{k}", g(f"Пункт приема № {k}", f"№ {k} қабылдау пункті", ""),
                     f"{(a_ru, a_kk)[L]}; {num(round(plat, 5), doc.lang)}; {num(round(plon, 5), doc.lang)}"])
    _span(rows, merges, g("4. Экологическое разрешение", "4. Экологиялық рұқсат", ""), 3)
    rows += [["4.1", g("Комплексное экологическое разрешение", "Кешенді экологиялық рұқсат", ""),
              g(f"№ {permit} от {r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2024", f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2024 ж. № {permit}", "")],
             ["4.2", g("Категория объекта", "Объект санаты", ""),
              g("I (производство стекла мощностью плавления более 20 т в сутки)", "I (балқыту қуаты тәулігіне 20 т-дан асатын шыны өндірісі)", "")]]  # fmt: skip
    doc.table(None, rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": _core(name), "kato": kato, "oked": "23130", "category": "I", "lat": lat, "lon": lon})
    doc.p(g("Достоверность сведений подтверждаю. Директор ______________", "Мәліметтердің дұрыстығын растаймын. Директор ______________", ""))


# (factory, company, address, lat, lon, products, [(plot, place, lat, lon, area ha, species)])
VN_FURNITURE = (
    ("Nhà máy chế biến gỗ nội thất Nam Tân Uyên", "Công ty TNHH Nội thất Gỗ Phương Nam",
     "Lô C-12, Khu công nghiệp Nam Tân Uyên mở rộng, phường Tân Uyên, Thành phố Hồ Chí Minh (trước đây là tỉnh Bình Dương)", 11.0684, 106.7612,
     "Bàn ghế, tủ bằng gỗ cao su (HS 9403.60, 9401.61)",
     [("RW-01", "xã Lộc Ninh, tỉnh Đồng Nai", 11.8412, 106.5873, 3.6, "Cao su (Hevea brasiliensis)"),
      ("RW-02", "xã Đồng Phú, tỉnh Đồng Nai", 11.4726, 106.9031, 2.9, "Cao su (Hevea brasiliensis)"),
      ("RW-03", "xã Dầu Tiếng, Thành phố Hồ Chí Minh", 11.3015, 106.3677, 3.8, "Cao su (Hevea brasiliensis)")]),
    ("Nhà máy đồ gỗ ngoài trời Nhơn Hòa", "Công ty Cổ phần Lâm sản Quy Nhơn Xanh",
     "Khu công nghiệp Nhơn Hòa, phường An Nhơn Nam, tỉnh Gia Lai (trước đây là tỉnh Bình Định)", 13.8581, 109.0784,
     "Bàn ghế ngoài trời bằng gỗ keo (HS 9401.69, 9403.60)",
     [("AC-11", "xã Vĩnh Thạnh, tỉnh Gia Lai", 14.1203, 108.7896, 3.2, "Keo lai (Acacia hybrid)"),
      ("AC-12", "xã Hoài Ân, tỉnh Gia Lai", 14.3517, 108.9382, 2.4, "Keo lai (Acacia hybrid)"),
      ("AC-13", "xã Vân Canh, tỉnh Gia Lai", 13.6224, 108.9975, 3.9, "Keo tai tượng (Acacia mangium)")]),
)  # fmt: skip


def _facility_ia2_vi(doc: Doc) -> None:
    r = doc.rng
    factory, company, address, lat0, lon0, products, plots = doc.pick(VN_FURNITURE)
    msdn = make_msdn(r)
    lat, lon = round(lat0 + r.uniform(-0.002, 0.002), 5), round(lon0 + r.uniform(-0.002, 0.002), 5)
    doc.h("THÔNG TIN PHỤC VỤ BẢN KÊ KHAI THẨM ĐỊNH CHUNG (DDS) THEO QUY ĐỊNH (EU) 2023/1115 – SUPPLIER INFORMATION FOR THE EUDR DUE DILIGENCE STATEMENT")
    doc.p("Thông tin do nhà cung cấp lập theo yêu cầu của khách hàng nhập khẩu tại EU; tọa độ vùng khai thác được cung cấp theo Điều 9.1(d) "
          "của Quy định, tọa độ nhà máy phục vụ đánh giá chuỗi hành trình sản phẩm.")
    rows: list = []
    merges: list = []
    _span(rows, merges, "A. NHÀ CUNG CẤP / SUPPLIER", 2)
    rows += [["Tên doanh nghiệp / Company name", company],
             ["Mã số doanh nghiệp / Enterprise registration number", msdn],
             ["Phân loại doanh nghiệp theo Nghị định 102/2020/NĐ-CP (hệ thống bảo đảm gỗ hợp pháp) / VNTLAS enterprise group", "Doanh nghiệp Nhóm I"],
             ["Chứng chỉ chuỗi hành trình / Chain of custody certificate", f"FSC-C{r.randint(100000, 199999)}"]]
    _span(rows, merges, "B. CƠ SỞ CHẾ BIẾN / PROCESSING FACILITY", 2)
    rows += [["Tên cơ sở / Facility name", factory],
             ["Địa chỉ / Address", address],
             ["Tọa độ nhà máy / Facility coordinates (WGS-84)", f"{lat:.5f}, {lon:.5f}"],
             ["Phân nhóm theo tiêu chí về môi trường (Luật Bảo vệ môi trường 2020) / Environmental group", "Nhóm II"],
             ["Sản phẩm / Products", products]]  # fmt: skip
    doc.table("Bảng 1. Thông tin nhà cung cấp và cơ sở chế biến / Supplier and facility", rows, merges, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": factory, "category": "II", "lat": lat, "lon": lon})
    geo = [["Mã lô / Plot ID", "Địa điểm / Location", "Vĩ độ / Latitude", "Kinh độ / Longitude", "Diện tích (ha) / Area", "Loài cây / Species",
            "Năm khai thác / Harvest year"]]
    for pid, place, plat, plon, area, species in plots:
        geo.append([pid, place, f"{plat + r.uniform(-0.01, 0.01):.5f}", f"{plon + r.uniform(-0.01, 0.01):.5f}", num(area, "vi"), species, "2025"])
    doc.table("Bảng 2. Định vị địa lý các lô khai thác gỗ nguyên liệu / Geolocation of the plots of land", geo, role="other")
    doc.p("Ghi chú: các lô có diện tích dưới 4 ha được định vị bằng một điểm (Điều 2.28 của Quy định).")


# ---------------------------------------------------------------- emissions

# (number, RU, KK, hours a year, {code: ((low, high) g/s in variant 1 or None, (low, high) in variant 2 or None)})
# a source whose variants are the same (the clay store) has `same` for variant 2
BRICK_SOURCES = (
    ("0001", "Дымовая труба туннельной печи (H = 30 м, D = 1,2 м)", "Туннельді пештің түтін мұржасы (H = 30 м, D = 1,2 м)", 8000,
     {"0301": ((0.4, 0.9), (0.25, 0.6)), "0304": ((0.06, 0.15), (0.04, 0.1)), "0330": ((1.2, 2.8), (0.08, 0.3)),
      "0337": ((1.5, 3.5), (0.6, 1.4)), "0328": ((0.1, 0.3), None), "2908": ((0.3, 0.8), (0.05, 0.15)), "0342": ((0.02, 0.06), (0.02, 0.05))}),
    ("0002", "Выброс туннельного сушила (дымосос Д-10)", "Туннельді кептіргіш шығарындысы (Д-10 түтін сорғыш)", 8000,
     {"2908": ((0.05, 0.15), (0.04, 0.12)), "0337": ((0.1, 0.3), (0.05, 0.2))}),
    ("0003", "Аспирация узла дробления угля (циклон ЦН-15)", "Көмір ұсату торабының аспирациясы (ЦН-15 циклоны)", 3500,
     {"2908": ((0.08, 0.2), None)}),
    ("6001", "Глинозапасник (разгрузка и штабелирование глины)", "Саз қоймасы (сазды түсіру және қатарлап жинау)", 4000, {"2908": ((0.05, 0.2), "same")}),
    ("6002", "Ящичный подаватель и глинорыхлитель", "Жәшікті қоректендіргіш және саз қопсытқыш", 4000, {"2908": ((0.02, 0.08), "same")}),
    ("6003", "Открытый склад угля", "Ашық көмір қоймасы", 8760, {"2908": ((0.05, 0.2), None)}),
)  # fmt: skip


def _rate(doc: Doc, band, hours: int) -> tuple[float, float]:
    gs = _sig(doc.rng.uniform(*band), 3)
    return gs, _sig(gs * 3600 * hours / 1e6, 3)


def emissions_ia1(doc: Doc) -> None:
    """The comparison of variants in a report on possible impacts of a new brick works: each source's substances under two
    column groups `г/с | т/год` — variant 1, a tunnel kiln on coal, and variant 2, a tunnel kiln on natural gas, headed
    `принят` — the kiln's stack and the dryer in both with other figures, the coal crusher and the coal yard of variant 1
    only with `не предусмотрен` merged across variant 2, the clay store's figures the same in both, a dash for soot under
    variant 2, a class column and totals per variant; only variant 2 gives emissions and sources, as the sentence before the
    table says, and the fuels in a table of no role (VI: an ĐTM of a tunnel-kiln brick works in Quảng Ninh comparing a kiln
    on pulverised coal with one on compressed natural gas, named sources)."""
    if doc.lang == "vi":
        _emissions_ia1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p = doc.pick(BRICK_PLANTS)
    name, operator = p[L], p[2 + L]
    doc.h(g(f"Отчет о возможных воздействиях. Строительство кирпичного завода мощностью 40 млн шт. условного кирпича в год. {name}",
            f"{name}. Жылына 40 млн дана шартты кірпіш өндіретін кірпіш зауытының құрылысы. Ықтимал әсерлер туралы есеп", ""))
    doc.h(g("4.3. Сравнение вариантов технологии обжига по выбросам загрязняющих веществ",
            "4.3. Күйдіру технологиясының нұсқаларын ластаушы заттар шығарындылары бойынша салыстыру", ""))
    doc.p(g(f"Инициатор – {operator}. Рассмотрены два варианта: 1 – туннельная печь на каменном угле с узлом углеподготовки; 2 – туннельная "
            "печь на природном газе. К реализации принят вариант 2 (газопровод-отвод по техническим условиям газораспределительной "
            "организации). Источники 0003 и 6003 относятся только к варианту 1 и в составе объекта отсутствуют.",
            f"Бастамашы – {operator}. Екі нұсқа қаралды: 1 – көмір дайындау торабы бар тас көмірмен жұмыс істейтін туннельді пеш; 2 – табиғи "
            "газбен жұмыс істейтін туннельді пеш. Іске асыруға 2-нұсқа қабылданды (газ тарату ұйымының техникалық шарттары бойынша газ "
            "құбыры-тармағы). 0003 және 6003 көздері тек 1-нұсқаға жатады және объект құрамында жоқ.", ""))
    doc.table(g("Таблица 4.3.1 – Характеристика топлива по вариантам", "4.3.1-кесте – Нұсқалар бойынша отын сипаттамасы", ""),
              [g(["Показатель", "Вариант 1 (уголь)", "Вариант 2 (газ)"], ["Көрсеткіш", "1-нұсқа (көмір)", "2-нұсқа (газ)"], []),
               [g("Низшая теплота сгорания", "Жанудың төменгі жылуы", ""), g("5 200 ккал/кг", "5 200 ккал/кг", ""), g("7 950 ккал/м³", "7 950 ккал/м³", "")],
               [g("Зольность / содержание серы", "Күлділігі / күкірт құрамы", ""), "12 % / 0,6 %", "– / –"],
               [g("Годовой расход", "Жылдық шығыны", ""), g("9 800 т", "9 800 т", ""), g("6,1 млн м³", "6,1 млн м³", "")]], role="other")
    rows = [g(["Номер ИЗА", "Источник выброса", "Код ЗВ", "Наименование ЗВ", "Класс опасности", "Вариант 1: туннельная печь на угле", None,
               "Вариант 2 (принят): туннельная печь на природном газе", None],
              ["ЛШК нөмірі", "Шығарынды көзі", "ЛЗ коды", "ЛЗ атауы", "Қауіптілік сыныбы", "1-нұсқа: көмірмен жұмыс істейтін туннельді пеш", None,
               "2-нұсқа (қабылданды): табиғи газбен жұмыс істейтін туннельді пеш", None], []),
            [None] * 5 + g(["г/с", "т/год", "г/с", "т/год"], ["г/с", "т/жыл", "г/с", "т/жыл"], [])]
    merges = [(0, c, 1, c) for c in range(5)] + [(0, 5, 0, 6), (0, 7, 0, 8)]
    tot = [0.0, 0.0, 0.0, 0.0]
    numbers = []
    dash = "–"
    for number, s_ru, s_kk, hours, codes in BRICK_SOURCES:
        start = len(rows)
        in2 = any(v2 is not None for _, v2 in codes.values())
        for j, (c, (v1, v2)) in enumerate(codes.items()):
            gs1, ty1 = _rate(doc, v1, hours)
            cells = [num(gs1, doc.lang), num(ty1, doc.lang)]
            tot[0] += gs1
            tot[1] += ty1
            if v2 is None:
                cells += ([g("не предусмотрен", "қарастырылмаған", ""), None] if not in2 else [dash, dash])
            else:
                gs2, ty2 = (gs1, ty1) if v2 == "same" else _rate(doc, v2, hours)
                cells += [num(gs2, doc.lang), num(ty2, doc.lang)]
                tot[2] += gs2
                tot[3] += ty2
                doc.add("emissions", emission(c, gs2, ty2, number, _hazard(c)))
            hz = _hazard(c)
            rows.append([number if j == 0 else None, (s_ru, s_kk)[L] if j == 0 else None, c, _air(doc, c), str(hz) if hz else dash, *cells])
        if len(codes) > 1:
            merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
        if not in2:
            merges.append((start, 7, len(rows) - 1, 8))
        else:
            numbers.append(number)
    rows.append([g("Всего по варианту", "Нұсқа бойынша барлығы", ""), None, None, None, None, *(num(round(t, 6), doc.lang) for t in tot)])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
    doc.table(g("Таблица 4.3.2 – Выбросы загрязняющих веществ по вариантам", "4.3.2-кесте – Нұсқалар бойынша ластаушы заттар шығарындылары", ""),
              rows, merges, role="emissions")
    doc.add("sources", *({"number": n, "type": _kind(n)} for n in numbers))
    doc.p(g("Переход на природный газ исключает выбросы сажи и снижает выброс серы диоксида более чем в 10 раз.",
            "Табиғи газға көшу күйе шығарындыларын болдырмайды және күкірт диоксиді шығарындысын 10 еседен астам азайтады.", ""))


# (source, hours a year, {code: ((low, high) g/s option 1 or None, option 2 or "same" or None)})
VN_BRICK_SOURCES = (
    ("Ống khói lò nung tuynel (cao 25 m)", 7920,
     {"2902": ((1.2, 2.5), (0.3, 0.7)), "0330": ((2.0, 4.5), (0.05, 0.2)), "0301": ((0.6, 1.2), (0.5, 1.0)), "0337": ((1.5, 3.0), (0.4, 1.0)),
      "0342": ((0.03, 0.08), (0.03, 0.07))}),
    ("Ống thải hầm sấy tuynel", 7920, {"2902": ((0.2, 0.5), (0.15, 0.4)), "0337": ((0.2, 0.5), (0.1, 0.3))}),
    ("Khu vực nghiền than và cấp than cho lò", 2600, {"2902": ((0.1, 0.3), None)}),
    ("Nhà chứa đất và khu vực cấp liệu thùng", 2600, {"2902": ((0.05, 0.15), "same")}),
)  # fmt: skip


def _emissions_ia1_vi(doc: Doc) -> None:
    doc.h("BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG – DỰ ÁN NHÀ MÁY GẠCH TUYNEL ĐÔNG TRIỀU, CÔNG SUẤT 60 TRIỆU VIÊN/NĂM")
    doc.h("3.2.1.2. So sánh tải lượng khí thải giữa các phương án nhiên liệu")
    doc.p("Chủ dự án: Công ty Cổ phần Vật liệu xây dựng Mạo Khê. Dự án xem xét hai phương án: Phương án 1 – lò tuynel đốt than cám nghiền mịn phun "
          "trực tiếp; Phương án 2 – lò tuynel sử dụng khí thiên nhiên nén (CNG) vận chuyển bằng xe bồn. Chủ dự án lựa chọn Phương án 2; khu vực "
          "nghiền than chỉ có trong Phương án 1 và không được xây dựng.")
    rows = [["TT", "Nguồn phát sinh", "Thông số", "Phương án 1: Lò tuynel đốt than cám", None,
             "Phương án 2 (lựa chọn): Lò tuynel sử dụng khí CNG", None],
            [None, None, None, "g/s", "tấn/năm", "g/s", "tấn/năm"]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 0, 6)]
    for k, (src, hours, codes) in enumerate(VN_BRICK_SOURCES, 1):
        start = len(rows)
        in2 = any(v2 is not None for _, v2 in codes.values())
        for j, (c, (v1, v2)) in enumerate(codes.items()):
            gs1, ty1 = _rate(doc, v1, hours)
            cells = [num(gs1, "vi"), num(ty1, "vi")]
            if v2 is None:
                cells += ["Không có", None]
            else:
                gs2, ty2 = (gs1, ty1) if v2 == "same" else _rate(doc, v2, hours)
                cells += [num(gs2, "vi"), num(ty2, "vi")]
                doc.add("emissions", emission(c, gs2, ty2))
            rows.append([str(k) if j == 0 else None, src if j == 0 else None, _vi(c), *cells])
        if len(codes) > 1:
            merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
        if not in2:
            merges.append((start, 5, len(rows) - 1, 6))
    doc.table("Bảng 3.6. Tải lượng bụi, khí thải theo hai phương án nhiên liệu", rows, merges, role="emissions")
    doc.p("Nhận xét: Phương án 2 giảm trên 90 % tải lượng SO2 và khoảng 70 % tải lượng bụi so với Phương án 1.")
    maybe_distractor(doc)


# ((RU shop, KK shop), [(number, RU, KK, hours, {code: (low, high) g/s}, {VOC code: (low, high) g/s})])
FURN_SHOPS = (
    (("Котельная", "Қазандық"), [
        ("0001", "Дымовая труба котла КВ-Р-1,5 на древесных отходах", "Ағаш қалдықтарымен жұмыс істейтін КВ-Р-1,5 қазанының түтін мұржасы", 5000,
         {"0301": (0.04, 0.1), "0304": (0.006, 0.016), "0337": (0.3, 0.8), "0328": (0.02, 0.06), "2902": (0.05, 0.15)}, {})]),
    (("Цех древесно-стружечных плит", "Ағаш жоңқа тақталары цехы"), [
        ("0002", "Аспирация сушильного барабана стружки (циклон ЦН-15)", "Жоңқа кептіру барабанының аспирациясы (ЦН-15 циклоны)", 6000,
         {"2936": (0.1, 0.3), "1325": (0.005, 0.015)}, {}),
        ("0003", "Вытяжная вентиляция горячего пресса", "Ыстық пресстің сорып шығару желдеткіші", 6000, {"1325": (0.01, 0.03), "1052": (0.005, 0.02)}, {})]),
    (("Мебельный цех", "Жиһаз цехы"), [
        ("0004", "Аспирация форматно-раскроечных и кромкооблицовочных станков (рукавный фильтр)",
         "Пішімдеп пішу және жиек қаптау станоктарының аспирациясы (жеңді сүзгі)", 4000, {"2936": (0.02, 0.06)}, {}),
        ("0005", "Окрасочно-лаковая камера с водяной завесой", "Су пердесі бар бояу-лак камерасы", 2000, {"2902": (0.005, 0.02)},
         {"0616": (0.02, 0.06), "0621": (0.01, 0.04), "1210": (0.01, 0.03), "1401": (0.005, 0.02), "1042": (0.003, 0.01)})]),
    (("Склады", "Қоймалар"), [
        ("6001", "Открытый склад технологической щепы и опилок", "Технологиялық жоңқа мен үгінділердің ашық қоймасы", 8760, {"2936": (0.01, 0.04)}, {})]),
)  # fmt: skip


def emissions_ia2(doc: Doc) -> None:
    """A particle-board and furniture factory's list of emissions by shop, the shop merged down the first column and each
    source over its substances, a class column with a dash for wood dust (an ОБУВ only), and at the lacquering booth a row
    `Летучие органические соединения (сумма), в том числе:` with its own grams and tonnes but no code — a sum, no substance
    — followed by the solvents each with its code and class, and a total of the enterprise (VI: an export furniture
    factory's loads by named stack, `Tổng VOCs` and then `trong đó:` toluene, xylene, butyl acetate and acetone at the
    water-curtain booths, paint dust as `Bụi tổng (bụi sơn)`)."""
    if doc.lang == "vi":
        _emissions_ia2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    plant = g("Завод ДСП и корпусной мебели «Алтай Ағаш», ТОО «Алтай Ағаш Өнімдері» (Восточно-Казахстанская область, г. Риддер)",
              "«Алтай Ағаш Өнімдері» ЖШС «Алтай Ағаш» АЖТ және корпустық жиһаз зауыты (Шығыс Қазақстан облысы, Риддер қ.)", "")
    doc.h(g(f"Проект нормативов допустимых выбросов. {plant}", f"{plant}. Жол берілетін шығарындылар нормативтерінің жобасы", ""))
    doc.p(g("Для лакокрасочных материалов выброс летучей части приведен суммарно и по компонентам растворителей; нормируются компоненты.",
            "Лак-бояу материалдары үшін ұшпа бөліктің шығарындысы жиынтық түрде және еріткіш компоненттері бойынша келтірілген; компоненттер "
            "нормаланады.", ""))
    rows = [g(["Цех, участок", "№ ИЗА", "Наименование источника", "Код ЗВ", "Загрязняющее вещество", "Класс опасности", "Выброс, г/с", "Выброс, т/год"],
              ["Цех, учаске", "ЛШК №", "Көздің атауы", "ЛЗ коды", "Ластаушы зат", "Қауіптілік сыныбы", "Шығарынды, г/с", "Шығарынды, т/жыл"], []),
            [str(k) for k in range(1, 9)]]
    merges = []
    all_g = all_t = 0.0
    numbers = []
    for (sh_ru, sh_kk), sources in FURN_SHOPS:
        shop_start = len(rows)
        for number, s_ru, s_kk, hours, codes, voc in sources:
            start = len(rows)
            lines = []
            for c, band in codes.items():
                gs, ty = _rate(doc, band, hours)
                lines.append((c, _air(doc, c), gs, ty))
            if voc:
                parts = [(c, *_rate(doc, band, hours)) for c, band in voc.items()]
                lines.append((None, g("Летучие органические соединения (сумма), в том числе:", "Ұшпа органикалық қосылыстар (қосындысы), оның ішінде:", ""),
                              round(sum(x[1] for x in parts), 6), round(sum(x[2] for x in parts), 6)))
                lines += [(c, "– " + _air(doc, c), gs, ty) for c, gs, ty in parts]
            for c, label, gs, ty in lines:
                hz = _hazard(c) if c else None
                rows.append([None, None, None, c or "–", label, str(hz) if hz else "–", num(gs, doc.lang), num(ty, doc.lang)])
                if c:
                    doc.add("emissions", emission(c, gs, ty, number, hz))
                    all_g += gs
                    all_t += ty
            rows[start][1:3] = [number, (s_ru, s_kk)[L]]
            if len(lines) > 1:
                merges += [(start, 1, len(rows) - 1, 1), (start, 2, len(rows) - 1, 2)]
            numbers.append(number)
        rows[shop_start][0] = (sh_ru, sh_kk)[L]
        if len(rows) - shop_start > 1:
            merges.append((shop_start, 0, len(rows) - 1, 0))
    rows.append([g("Всего по предприятию", "Кәсіпорын бойынша барлығы", ""), None, None, None, None, None, num(round(all_g, 6), doc.lang),
                 num(round(all_t, 6), doc.lang)])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 5))
    doc.table(g("Таблица 3.1 – Перечень загрязняющих веществ по источникам выбросов", "3.1-кесте – Шығарынды көздері бойынша ластаушы заттар тізбесі", ""),
              rows, merges, role="emissions")
    doc.add("sources", *({"number": n, "type": _kind(n)} for n in numbers))
    doc.p(g("Для пыли древесной установлен ОБУВ 0,5 мг/м³, класс опасности не установлен.", "Ағаш шаңы үшін ҚӘБД 0,5 мг/м³ белгіленген, қауіптілік сыныбы белгіленбеген.", ""))
    maybe_distractor(doc)


# (stack, hours, {code: (low, high)}, {VOC code: (low, high)})
VN_FURN_SOURCES = (
    ("Ống thải hệ thống lọc bụi túi vải số 1 (xưởng phôi: cưa, bào, phay, khoan)", 5200, {"2936": (0.05, 0.15)}, {}),
    ("Ống thải hệ thống lọc bụi túi vải số 2 (xưởng chà nhám)", 5200, {"2936": (0.03, 0.1)}, {}),
    ("Ống thải chung của 04 buồng sơn màng nước (xưởng hoàn thiện)", 3120, {"2902": (0.01, 0.04)},
     {"0621": (0.02, 0.06), "0616": (0.02, 0.05), "1210": (0.01, 0.03), "1401": (0.005, 0.02)}),
    ("Ống khói lò hơi đốt viên nén gỗ 3 tấn hơi/giờ", 5200, {"2902": (0.05, 0.15), "0301": (0.1, 0.3), "0337": (0.2, 0.6), "0330": (0.01, 0.04)}, {}),
)  # fmt: skip


def _emissions_ia2_vi(doc: Doc) -> None:
    factory, company, *_ = VN_FURNITURE[0]
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – {factory.upper()}")
    doc.h("1.4.2. Tải lượng các chất ô nhiễm không khí")
    doc.p(f"Chủ cơ sở: {company}. Tải lượng được tính theo kết quả quan trắc định kỳ năm 2025 và thời gian hoạt động thực tế của từng nguồn; "
          "hơi dung môi từ buồng sơn được tính theo định mức tiêu hao sơn và thành phần dung môi.")
    rows = [["TT", "Nguồn phát sinh", "Chất ô nhiễm", "Tải lượng (g/s)", "Tải lượng (tấn/năm)"]]
    merges = []
    for k, (src, hours, codes, voc) in enumerate(VN_FURN_SOURCES, 1):
        start = len(rows)
        for c, band in codes.items():
            gs, ty = _rate(doc, band, hours)
            rows.append([None, None, "Bụi tổng (bụi sơn)" if voc and c == "2902" else _vi(c), num(gs, "vi"), num(ty, "vi")])
            doc.add("emissions", emission(c, gs, ty))
        if voc:
            parts = [(c, *_rate(doc, band, hours)) for c, band in voc.items()]
            rows.append([None, None, "Tổng VOCs, trong đó:", num(round(sum(x[1] for x in parts), 6), "vi"), num(round(sum(x[2] for x in parts), 6), "vi")])
            for c, gs, ty in parts:
                rows.append([None, None, f"+ {_vi(c)}", num(gs, "vi"), num(ty, "vi")])
                doc.add("emissions", emission(c, gs, ty))
        rows[start][0:2] = [str(k), src]
        if len(rows) - start > 1:
            merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    doc.table("Bảng 1.9. Tải lượng các chất ô nhiễm không khí từ các nguồn thải", rows, merges, role="emissions")
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

# receivers: (RU, KK, operation)
RECEIVERS = {
    "cullet1": ("ТОО «Шыны Ресайклинг»", "«Шыны Ресайклинг» ЖШС", "R5"),
    "cullet2": ("ТОО «Тас Жол Ресайкл»", "«Тас Жол Ресайкл» ЖШС", "R5"),
    "landfill": ("ТОО «Эко Полигон Оңтүстік»", "«Эко Полигон Оңтүстік» ЖШС", "D1"),
    "roads": ("ТОО «ЖолҚұрылыс Материалдары»", "«ЖолҚұрылыс Материалдары» ЖШС", "R5"),
    "oil": ("ТОО «Мұнай Регенерация»", "«Мұнай Регенерация» ЖШС", "R9"),
    "mercury": ("ТОО «Демеркуризация Сервис»", "«Демеркуризация Сервис» ЖШС", "R4"),
    "paper": ("ТОО «Макулатура Оңтүстік»", "«Макулатура Оңтүстік» ЖШС", "R3"),
    "plastic": ("ТОО «Полимер Ресайкл»", "«Полимер Ресайкл» ЖШС", "R3"),
}
# (code, RU, KK, (low, high) t, receivers)
GLASS_WASTES = (
    ("10 11 12", "Стеклобой некондиционный (загрязненный, от сортировки и линии контроля)", "Кондициясыз шыны сынығы (ластанған, сұрыптау мен бақылау желісінен)",
     (900, 2400), ("cullet1", "cullet2")),
    ("10 11 16", "Твердые отходы сухой газоочистки (отработанный сорбент с пылью)", "Құрғақ газ тазартудың қатты қалдықтары (шаңы бар пайдаланылған сорбент)",
     (60, 180), ("landfill",)),
    ("16 11 04", "Бой огнеупоров от текущего ремонта регенераторов и питателей", "Регенераторлар мен қоректендіргіштерді ағымдағы жөндеуден шыққан отқа төзімді сынықтар",
     (40, 140), ("roads", "landfill")),
    ("13 02 05*", "Отработанные моторные и индустриальные масла", "Пайдаланылған мотор және индустриялық майлар", (3, 9), ("oil",)),
    ("15 01 01", "Картонные прокладки и упаковка", "Картон төсемдер мен орама", (20, 60), ("paper",)),
    ("15 01 02", "Термоусадочная пленка и полимерная упаковка", "Термоотырғыш үлдір және полимер орама", (15, 45), ("plastic", "paper")),
    ("20 01 21*", "Отработанные люминесцентные и ртутьсодержащие лампы", "Пайдаланылған люминесцентті және құрамында сынап бар шамдар", (0.1, 0.5),
     ("mercury",)),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", (30, 80), ("landfill",)),
)  # fmt: skip


def _amount(doc: Doc, lo: float, hi: float) -> tuple[float, int]:
    """A year's tonnes and the decimals it is written with."""
    x = doc.rng.uniform(lo, hi)
    digits = 1 if x >= 100 else 2 if x >= 1 else 3
    return round(x, digits), digits


def wastes_ia1(doc: Doc) -> None:
    """A glass-container works' report on the wastes of 2025 and where they went: the waste's number, code, name and the
    tonnes formed merged down over one row per receiver — the receiver with its BIN, the contract, the R/D operation and
    the tonnes passed on, which add up to the formed amount — so that a waste with two receivers has two part amounts and
    one amount; the works' own cullet returned to the batch is named, with its tonnes, only in the note as no waste (VI: a
    ceramic tile plant in Quảng Ninh, ordinary wastes in tonnes and CTNH in kilograms, each over its receivers)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_ia1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    w = doc.pick(GLASS_WORKS)
    name, operator = w[L], w[2 + L]
    bins = {k: make_bin(r) for k in RECEIVERS}
    doc.h(g(f"Отчет об образовании и передаче отходов за 2025 год. {operator}", f"{operator}. 2025 жылғы қалдықтардың түзілуі және берілуі туралы есеп", ""))
    doc.p(g(f"Объект: {name}. Все отходы переданы специализированным организациям по договорам; накопление на конец года отсутствует.",
            f"Объект: {name}. Барлық қалдықтар шарттар бойынша мамандандырылған ұйымдарға берілді; жыл соңындағы жинақтау жоқ.", ""))
    rows = [g(["№", "Код отхода", "Наименование отхода", "Образовано, т", "Получатель (наименование, БИН)", "Договор", "Операция", "Передано, т"],
              ["№", "Қалдық коды", "Қалдықтың атауы", "Түзілді, т", "Алушы (атауы, БСН)", "Шарт", "Операция", "Берілді, т"], [])]
    merges = []
    for k, (code, n_ru, n_kk, (lo, hi), recs) in enumerate(GLASS_WASTES, 1):
        formed, digits = _amount(doc, lo, hi)
        parts = _parts(doc, formed, len(recs), digits)
        start = len(rows)
        for j, (rk, part) in enumerate(zip(recs, parts, strict=True)):
            rec = RECEIVERS[rk]
            contract = g(f"№ {r.randint(10, 99)}/{r.randint(1, 12):02d}-25 от {r.randint(1, 28):02d}.01.2025",
                         f"2025 ж. {r.randint(1, 28):02d}.01 № {r.randint(10, 99)}/{r.randint(1, 12):02d}-25", "")
            head = [str(k), code, (n_ru, n_kk)[L], num(formed, doc.lang)] if j == 0 else [None] * 4
            rows.append([*head, f"{rec[L]}, {g('БИН', 'БСН', '')} {bins[rk]}", contract, rec[2], num(part, doc.lang)])
        if len(recs) > 1:
            merges += [(start, c, len(rows) - 1, c) for c in range(4)]
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": formed,
                           "name_contains": _words((n_ru, n_kk)[L].split(" (")[0], 3)})
    doc.table(g("Таблица 1 – Образование и передача отходов", "1-кесте – Қалдықтардың түзілуі және берілуі", ""), rows, merges, role="wastes")
    own = r.randint(60, 95) * 100
    doc.p(g(f"Примечание. Собственный оборотный стеклобой (бой горячего конца и брак формования, {num(own, 'ru')} т), возвращаемый в шихту, "
            "отходом не является и в таблицу не включен. R3, R4, R5, R9 – операции восстановления, D1 – захоронение.",
            f"Ескертпе. Шихтаға қайтарылатын меншікті айналымдағы шыны сынығы (ыстық ұштың сынығы және қалыптау ақауы, {num(own, 'kk')} т) "
            "қалдық болып табылмайды және кестеге енгізілмеген. R3, R4, R5, R9 – қалпына келтіру операциялары, D1 – көму.", ""))


# (name, (low, high) t, receivers)
VN_TILE_ORDINARY = (
    ("Phế phẩm gạch sau nung", (900, 2600), ("Công ty TNHH Vật liệu San lấp Đông Mai", "Hợp tác xã Xây dựng Hoành Bồ")),
    ("Bùn thải từ hệ thống lắng nước mài, rửa men (không chứa thành phần nguy hại)", (120, 380), ("Công ty Cổ phần Môi trường Đô thị Hạ Long",)),
    ("Bao bì giấy, nhựa thải", (15, 45), ("Cơ sở thu mua phế liệu Thành Đạt", "Công ty TNHH Tái chế Quảng Yên")),
    ("Pallet gỗ hư hỏng", (8, 30), ("Cơ sở thu mua phế liệu Thành Đạt",)),
)  # fmt: skip
VN_TILE_CTNH = (("17 02 03", (300, 1200), 1), ("18 02 01", (150, 600), 1), ("16 01 06", (20, 90), 1), ("12 06 05", (1500, 5200), 2))
VN_TREATERS = ("Công ty TNHH Xử lý Chất thải Công nghiệp Quảng Ninh", "Công ty Cổ phần Môi trường Xanh Miền Bắc")


def _wastes_ia1_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – NHÀ MÁY GẠCH MEN CÁI LÂN")
    doc.h("3. Kết quả quản lý chất thải rắn")
    doc.p("Chủ cơ sở: Công ty Cổ phần Gạch men Hạ Long Xanh. Toàn bộ chất thải phát sinh trong năm đã được chuyển giao cho các đơn vị tiếp nhận theo "
          "hợp đồng; khối lượng chuyển giao theo từng đơn vị được ghi theo biên bản bàn giao và chứng từ chất thải nguy hại.")
    rows = [["TT", "Tên chất thải", "Khối lượng phát sinh (tấn)", "Đơn vị tiếp nhận", "Số hợp đồng", "Khối lượng chuyển giao (tấn)"]]
    merges = []
    for k, (name, (lo, hi), recs) in enumerate(VN_TILE_ORDINARY, 1):
        formed, digits = _amount(doc, lo, hi)
        start = len(rows)
        for j, (rec, part) in enumerate(zip(recs, _parts(doc, formed, len(recs), digits), strict=True)):
            head = [str(k), name, num(formed, "vi")] if j == 0 else [None] * 3
            rows.append([*head, rec, f"{r.randint(1, 60):02d}/2025/HĐKT", num(part, "vi")])
        if len(recs) > 1:
            merges += [(start, c, len(rows) - 1, c) for c in range(3)]
        doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": formed, "name_contains": _words(name.split(" (")[0], 4)})
    doc.table("Bảng 3.1. Chất thải rắn công nghiệp thông thường phát sinh và chuyển giao năm 2025", rows, merges, role="wastes")
    rows = [["TT", "Tên chất thải", "Mã CTNH", "Khối lượng phát sinh (kg)", "Đơn vị tiếp nhận, xử lý", "Khối lượng chuyển giao (kg)"]]
    merges = []
    names = {"12 06 05": "Bùn thải có các thành phần nguy hại từ quá trình xử lý nước thải công nghiệp"}
    for k, (code, (lo, hi), n) in enumerate(VN_TILE_CTNH, 1):
        name = names.get(code) or next(x for c, x, _ in vocab.VN_CTNH if c == code)
        kg = float(r.randint(int(lo), int(hi)))
        start = len(rows)
        for j, (rec, part) in enumerate(zip(VN_TREATERS[:n], _parts(doc, kg, n, 0), strict=True)):
            head = [str(k), name, code, num(kg, "vi")] if j == 0 else [None] * 4
            rows.append([*head, rec, num(part, "vi")])
        if n > 1:
            merges += [(start, c, len(rows) - 1, c) for c in range(4)]
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000, "name_contains": _words(name, 4)})
    doc.table("Bảng 3.2. Chất thải nguy hại phát sinh và chuyển giao năm 2025", rows, merges, role="wastes")


# (RU product, KK product, (low, high) thousand pieces a year, (low, high) casts a mould gives, (low, high) kg a mould)
MOULDS = (
    ("Унитаз-компакт (чаша)", "Унитаз-компакт (тостаған)", (40, 70), (80, 100), (160, 200)),
    ("Бачок смывной", "Шайғыш бак", (40, 70), (90, 110), (70, 90)),
    ("Умывальник", "Қол жуғыш", (30, 50), (100, 120), (90, 120)),
    ("Пьедестал", "Тұғыр", (20, 35), (100, 120), (50, 70)),
    ("Тарелка фарфоровая (формы для раскатки)", "Фарфор тәрелке (илеуге арналған қалыптар)", (1200, 2000), (150, 200), (3, 4)),
)  # fmt: skip


def wastes_ia2(doc: Doc) -> None:
    """A sanitary-ware and porcelain works' calculation of its wastes in a programme of waste management, where the spent
    plaster moulds — the first waste, its number, code and name merged down — are worked out product by product on
    sub-rows (output in thousands of pieces, casts a mould gives, the mould's mass, tonnes) and closed by an `Итого по
    отходу` row whose tonnes alone are the amount; the other wastes on one row each with their data for the calculation
    written out in the cell, the output by product in a table of no role before it (VI: a sanitary-ware plant's forecast
    in its application for a permit, `Khuôn thạch cao thải` by product closed by `Cộng`, CTNH in kilograms apart)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_ia2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    name = g("Завод санитарных керамических изделий и фарфора «Іле Фаянс» (Алматинская область, г. Конаев)",
             "«Іле Фаянс» санитариялық керамика бұйымдары және фарфор зауыты (Алматы облысы, Қонаев қ.)", "")
    doc.h(g(f"Программа управления отходами на 2026–2035 годы. {name}", f"{name}. 2026–2035 жылдарға арналған қалдықтарды басқару бағдарламасы", ""))
    doc.h(g("3.2. Расчет объемов образования отходов", "3.2. Қалдықтардың түзілу көлемін есептеу", ""))
    outputs = [(m, r.randint(*m[2])) for m in MOULDS]
    doc.table(g("Таблица 3.1 – Выпуск продукции (проектный)", "3.1-кесте – Өнім шығару (жобалық)", ""),
              [g(["Изделие", "Выпуск, тыс. шт./год"], ["Бұйым", "Шығарылым, мың дана/жыл"], []), *[[m[L], num(q, doc.lang)] for m, q in outputs]], role="other")
    rows = [g(["№", "Код", "Наименование отхода", "Исходные данные для расчета", "Образование, т/год"],
              ["№", "Коды", "Қалдықтың атауы", "Есептеуге арналған бастапқы деректер", "Түзілуі, т/жыл"], [])]
    merges = []
    start = len(rows)
    total = 0.0
    for m, q in outputs:
        turns, mass = r.randint(*m[3]), r.randint(*m[4])
        t = round(q * mass / turns, 2)
        total += t
        data = g(f"{m[0]}: выпуск {num(q, 'ru')} тыс. шт.; форма выдерживает {turns} съемов; масса формы {mass} кг",
                 f"{m[1]}: шығарылым {num(q, 'kk')} мың дана; қалып {turns} рет алуға шыдайды; қалып массасы {mass} кг", "")
        rows.append([None, None, None, data, num(t, doc.lang)])
    total = round(total, 2)
    rows.append([None, None, None, g("Итого по отходу", "Қалдық бойынша жиыны", ""), num(total, doc.lang)])
    mould = g("Отработанные гипсовые формы", "Пайдаланылған гипс қалыптар", "")
    rows[start][0:3] = ["1", "10 12 06", mould]
    merges += [(start, c, len(rows) - 1, c) for c in range(3)]
    doc.add("wastes", {"code": "10 12 06", "code_system": "LoW", "hazardous": False, "amount_t": total, "name_contains": _words(mould, 3)})
    fired = r.randint(40, 60) * 100
    defect = round(r.uniform(3.5, 6.5), 1)
    glaze = r.randint(250, 380)
    kiln = r.randint(45, 80)
    staff = r.randint(320, 520)
    others = (
        ("10 12 08", g("Бой и брак обожженных изделий", "Күйдірілген бұйымдардың сынығы мен ақауы", ""),
         g(f"выпуск обожженных изделий {num(fired, 'ru')} т/год; брак после обжига {num(defect, 'ru')} %",
           f"күйдірілген бұйымдар шығарылымы {num(fired, 'kk')} т/жыл; күйдіруден кейінгі ақау {num(defect, 'kk')} %", ""), round(fired * defect / 100, 1)),
        ("10 12 12", g("Шлам глазури из гидрофильтров (без тяжелых металлов)", "Гидросүзгілердің глазурь шламы (ауыр металдарсыз)", ""),
         g(f"расход глазури {glaze} т/год; потери при напылении 18 %; улавливание 95 %", f"глазурь шығыны {glaze} т/жыл; бүрку кезіндегі шығын 18 %; ұстау 95 %", ""),
         round(glaze * 0.18 * 0.95, 2)),
        ("16 11 04", g("Отработанный огнеприпас (плиты и стойки из карбида кремния)", "Пайдаланылған отқа төзімді жабдық (карбид кремнийден тақталар мен тіреулер)", ""),
         g(f"масса огнеприпаса в обороте {kiln} т; срок службы 3 года", f"айналымдағы отқа төзімді жабдық массасы {kiln} т; қызмет мерзімі 3 жыл", ""), round(kiln / 3, 2)),
        ("13 02 05*", g("Отработанные масла шаровых мельниц и редукторов", "Шарлы диірмендер мен редукторлардың пайдаланылған майлары", ""),
         g("заправочный объем 1,8 т; замена 1 раз в год; коэффициент слива 0,9", "құю көлемі 1,8 т; жылына 1 рет ауыстыру; ағызу коэффициенті 0,9", ""), 1.62),
        ("20 03 01", g("Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", ""),
         g(f"{staff} работающих; норма 0,3 м³/чел. в год; плотность 0,25 т/м³", f"{staff} жұмыскер; норма 0,3 м³/адам жылына; тығыздығы 0,25 т/м³", ""),
         round(staff * 0.3 * 0.25, 2)),
    )  # fmt: skip
    for k, (code, wname, data, t) in enumerate(others, 2):
        rows.append([str(k), code, wname, data, num(t, doc.lang)])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t,
                           "name_contains": _words(wname.split(" (")[0], 3)})
    doc.table(g("Таблица 3.2 – Расчет образования отходов", "3.2-кесте – Қалдықтардың түзілуін есептеу", ""), rows, merges, role="wastes")


VN_MOULDS = (("Bàn cầu một khối", (60, 110), (80, 100), (150, 190)), ("Bàn cầu hai khối (thân và két nước)", (90, 160), (90, 110), (120, 160)),
             ("Chậu rửa (lavabo)", (120, 200), (100, 120), (80, 110)), ("Chân chậu", (50, 90), (100, 120), (45, 65)))


def _wastes_ia2_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – NHÀ MÁY SỨ VỆ SINH NAM TÂN UYÊN")
    doc.h("3.3.1. Dự báo khối lượng chất thải rắn công nghiệp thông thường")
    doc.p("Chủ cơ sở: Công ty TNHH Sứ vệ sinh Tân Uyên Phát. Khuôn thạch cao được thay thế sau một số lần đổ rót nhất định nên khối lượng khuôn "
          "thải được tính theo sản lượng từng loại sản phẩm.")
    rows = [["TT", "Tên chất thải", "Cơ sở tính toán", "Khối lượng (tấn/năm)"]]
    merges = []
    start, total = len(rows), 0.0
    for prod, q_r, t_r, m_r in VN_MOULDS:
        q, turns, mass = r.randint(*q_r), r.randint(*t_r), r.randint(*m_r)
        t = round(q * mass / turns, 2)
        total += t
        rows.append([None, None, f"{prod}: {num(q * 1000, 'vi')} sản phẩm/năm; {turns} lần đổ rót/khuôn; {mass} kg/khuôn", num(t, "vi")])
    total = round(total, 2)
    rows.append([None, None, "Cộng", num(total, "vi")])
    rows[start][0:2] = ["1", "Khuôn thạch cao thải"]
    merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": total, "name_contains": "Khuôn thạch cao thải"})
    fired, defect, glaze = r.randint(90, 140) * 100, round(r.uniform(4, 8), 1), r.randint(400, 600)
    others = (("Sản phẩm lỗi sau nung (sứ vỡ)", f"Sản lượng sau nung {num(fired, 'vi')} tấn/năm; tỷ lệ lỗi {num(defect, 'vi')} %", round(fired * defect / 100, 1)),
              ("Bùn men từ buồng phun men màng nước", f"Lượng men sử dụng {glaze} tấn/năm; hao hụt 15 %", round(glaze * 0.15, 1)),
              ("Tấm kê, cột chống lò nung hỏng", "Khối lượng vật liệu kê lò 96 tấn; thời gian sử dụng 4 năm", 24.0))
    for k, (name, basis, t) in enumerate(others, 2):
        rows.append([str(k), name, basis, num(t, "vi")])
        doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": _words(name.split(" (")[0], 4)})
    doc.table("Bảng 3.12. Khối lượng chất thải rắn công nghiệp thông thường dự báo phát sinh", rows, merges, role="wastes")
    rows = [["TT", "Tên chất thải", "Mã CTNH", "Khối lượng (kg/năm)"]]
    for k, (code, lo, hi) in enumerate((("17 02 03", 40, 120), ("18 02 01", 15, 60), ("16 01 06", 2, 9), ("18 01 03", 10, 45)), 1):
        name = next(x for c, x, _ in vocab.VN_CTNH if c == code)
        kg = r.randint(lo, hi) * 10
        rows.append([str(k), name, code, num(kg, "vi")])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000, "name_contains": _words(name, 4)})
    doc.table("Bảng 3.13. Chất thải nguy hại dự báo phát sinh", rows, role="wastes")


# ---------------------------------------------------------------- limits

FLOAT_PLANTS = (
    ("Завод листового стекла «Сырдария Флоат»", "«Сырдария Флоат» табақ шыны зауыты", "ТОО «Сырдария Флоат Гласс»", "«Сырдария Флоат Гласс» ЖШС"),
    ("Стекольный завод «Қапшағай Флоат»", "«Қапшағай Флоат» шыны зауыты", "ТОО «Қапшағай Флоат»", "«Қапшағай Флоат» ЖШС"),
)
# (number, RU, KK, [(code, method, measuring range, КЭР norm mg/Nm3 or None, (low, high) share of the norm or mg/Nm3)])
FLOAT_SOURCES = (
    ("0001", "Дымовая труба стекловаренной печи (после SCR, сухой абсорбции и электрофильтра), приведено к O2 = 8 %",
     "Шыны балқыту пешінің түтін мұржасы (SCR, құрғақ абсорбция және электрсүзгіден кейін), O2 = 8 %-ға келтірілген",
     [("0301", "СТ РК ИСО 10849", (2, 4000), 700, (0.45, 0.9)), ("0330", "СТ РК ИСО 7935", (3, 5000), 500, (0.2, 0.7)),
      ("2902", "СТ РК ИСО 9096", (1, 1000), 20, (0.3, 0.8)), ("0342", "МВИ № 03-2016 (ионометрия)", (0.1, 50), 4, (0.2, 0.7)),
      ("0316", "МВИ № 05-2016 (меркуриметрия)", (1, 500), 30, (0.1, 0.5)), ("0337", "СТ РК ИСО 12039", (1, 10000), None, (20, 80))]),
    ("0002", "Аспирация составного цеха (рукавный фильтр)", "Шихта цехінің аспирациясы (жеңді сүзгі)",
     [("2907", "СТ РК ИСО 9096", (1, 1000), 10, (0.2, 0.8)), ("0155", "МВИ № 11-2017 (титриметрия)", (0.5, 100), 10, (0.1, 0.6))]),
    ("0003", "Печь отжига ленты стекла (лер), обработка поверхности SO2", "Шыны таспасын күйдіру пеші (лер), бетті SO2-мен өңдеу",
     [("0330", "СТ РК ИСО 7935", (3, 5000), 100, (0.2, 0.7))]),
)  # fmt: skip


def limits_ia1(doc: Doc) -> None:
    """An accredited laboratory's protocol of stack measurements at a float-glass works (category I): a row spanning the
    table per source (`ИЗА 0001 – …`), under it a row per substance with the standard of the method, the method's
    measuring range `2–4000` — a range that is no limit — the result written `C ± Δ`, the КЭР's norm and a verdict; carbon
    monoxide measured but `не нормируется`, hydrogen chloride at times `менее 1` (below the range), the conditions of
    sampling in a table of no role (VI: a ceramic tile plant's test report, the method's detection limit in a column
    before the result and QCVN 19:2009/BTNMT column B already multiplied by Kp and Kv)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_ia1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p = doc.pick(FLOAT_PLANTS)
    doc.h(g(f"Протокол инструментальных измерений выбросов загрязняющих веществ № {r.randint(110, 480)}-В/26",
            f"Ластаушы заттар шығарындыларын аспаптық өлшеу хаттамасы № {r.randint(110, 480)}-В/26", ""))
    doc.p(g(f"Заказчик: {p[2]}. Объект: {p[0]}. Измерения выполнены испытательной лабораторией ТОО «ЭкоАналитик» (аттестат аккредитации "
            f"KZ.T.02.{r.randint(1000, 2999)}); результаты приведены к нормальным условиям, нормативы – по комплексному экологическому разрешению.",
            f"Тапсырыс беруші: {p[3]}. Объект: {p[1]}. Өлшеулерді «ЭкоАналитик» ЖШС сынақ зертханасы (аккредиттеу аттестаты "
            f"KZ.T.02.{r.randint(1000, 2999)}) орындады; нәтижелер қалыпты жағдайларға келтірілген, нормативтер – кешенді экологиялық рұқсат бойынша.", ""))
    doc.table(g("Таблица 1 – Условия отбора проб", "1-кесте – Сынама алу шарттары", ""),
              [g(["ИЗА", "Дата", "Температура газа, °C", "Скорость газа, м/с", "Расход, нм³/ч"], ["ЛШК", "Күні", "Газ температурасы, °C", "Газ жылдамдығы, м/с", "Шығыны, нм³/сағ"], []),
               *[[s[0], f"{r.randint(10, 20)}.03.2026", str(r.randint(140, 190) if s[0] == "0001" else r.randint(25, 60)), num(round(r.uniform(6, 14), 1), doc.lang),
                  num(r.randint(20, 120) * 1000 if s[0] == "0001" else r.randint(8, 30) * 1000, doc.lang)] for s in FLOAT_SOURCES]], role="other")
    rows = [g(["№", "Определяемый показатель", "НД на метод измерений", "Диапазон измерений, мг/нм³", "Результат (C ± Δ), мг/нм³", "Норматив КЭР, мг/нм³", "Вывод"],
              ["№", "Анықталатын көрсеткіш", "Өлшеу әдісіне НҚ", "Өлшеу диапазоны, мг/нм³", "Нәтиже (C ± Δ), мг/нм³", "КЭР нормативі, мг/нм³", "Қорытынды"], [])]
    merges = []
    k = 0
    ok = g("соответствует", "сәйкес келеді", "")
    for number, s_ru, s_kk, items in FLOAT_SOURCES:
        _span(rows, merges, f"{g('ИЗА', 'ЛШК', '')} {number} – {(s_ru, s_kk)[L]}", 7)
        for code, method, (lo, hi), norm, (a, b) in items:
            k += 1
            label = f"{_air(doc, code)} ({code})"
            rng_text = f"{num(lo, doc.lang)}–{num(hi, doc.lang)}"
            if norm is None:
                v = float(round(r.uniform(a, b)))
                rows.append([str(k), label, method, rng_text, f"{num(v, doc.lang)} ± {num(round(v * 0.1), doc.lang)}",
                             g("не нормируется", "нормаланбайды", ""), "–"])
                continue
            if code == "0316" and r.random() < 0.35:
                rows.append([str(k), label, method, rng_text, g(f"менее {num(lo, 'ru')}", f"{num(lo, 'kk')}-ден кем", ""), num(norm, doc.lang), ok])
                item = limit(("code", code), "flue_gas", norm, "mg/Nm3", None, number)
                item.pop("value")
                add(doc, item)
                continue
            v = _sig(norm * r.uniform(a, b), 3)
            rows.append([str(k), label, method, rng_text, f"{num(v, doc.lang)} ± {num(_sig(v * 0.12, 2), doc.lang)}", num(norm, doc.lang), ok])
            add(doc, limit(("code", code), "flue_gas", norm, "mg/Nm3", None, number, v))
    doc.table(g("Таблица 2 – Результаты измерений", "2-кесте – Өлшеу нәтижелері", ""), rows, merges, role="limits")
    doc.add("sources", *({"number": s[0], "type": "organized"} for s in FLOAT_SOURCES))
    doc.p(g("Δ – расширенная неопределенность при k = 2. Диапазон измерений указан по области аккредитации лаборатории.",
            "Δ – k = 2 кезіндегі кеңейтілген белгісіздік. Өлшеу диапазоны зертхананың аккредиттеу саласы бойынша көрсетілген.", ""))


# code: (method, detection limit, column B of QCVN 19:2009/BTNMT)
QCVN19_TILE = {"2902": ("US EPA Method 5", 1.5, 200), "0330": ("US EPA Method 6C", 3, 500), "0301": ("US EPA Method 7E", 2, 850),
               "0337": ("US EPA Method 10", 2, 1000), "0342": ("US EPA Method 26A", 0.05, 20)}
VN_TILE_STACKS = (("KT1", "Ống khói lò nung con lăn số 1 (lưu lượng 42.000 m³/h)", ("2902", "0330", "0301", "0337", "0342")),
                  ("KT2", "Ống thải tháp sấy phun (lưu lượng 36.000 m³/h)", ("2902", "0330", "0301", "0337")))


def _limits_ia1_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, *_ = doc.pick((VN_CERAMIC[0], VN_CERAMIC[2]))
    kp, kv = 0.9, 1.0
    doc.h(f"PHIẾU KẾT QUẢ THỬ NGHIỆM KHÍ THẢI SỐ {r.randint(100, 900)}/2026/KQ-KT")
    doc.p(f"Khách hàng: {company} – {plant}. Ngày lấy mẫu: {r.randint(3, 27):02d}/03/2026. Quy chuẩn so sánh: QCVN 19:2009/BTNMT, cột B; "
          "Kp = 0,9 (lưu lượng từ 20.000 đến 100.000 m³/h), Kv = 1,0 (khu công nghiệp).")
    rows = [["TT", "Thông số", "Đơn vị", "Phương pháp thử", "Giới hạn phát hiện", "Kết quả", "QCVN 19:2009/BTNMT cột B (Cmax)"]]
    merges = []
    for pid, place, codes in VN_TILE_STACKS:
        _span(rows, merges, f"{pid} – {place}", 7)
        for k, c in enumerate(codes, 1):
            method, lod, b = QCVN19_TILE[c]
            cmax = _sig(b * kp * kv, 6)
            v = _sig(cmax * r.uniform(0.1, 0.75), 3)
            rows.append([str(k), _vi(c), "mg/Nm³", method, num(lod, "vi"), num(v, "vi"), num(cmax, "vi")])
            add(doc, limit(("code", c), "flue_gas", cmax, "mg/Nm3", "B", pid, v))
    doc.table("Bảng kết quả thử nghiệm", rows, merges, role="limits")
    doc.p("Ghi chú: Cmax = C × Kp × Kv; giới hạn phát hiện là giá trị nhỏ nhất phương pháp có thể phát hiện, không phải giá trị giới hạn cho phép.")


SOIL_GRID = {"As": (2.0, (0.5, 1.8), (3, 12)), "Cr": (6.0, (1, 4), (6, 20)), "Cu": (3.0, (0.8, 2.5), (3, 15))}


def limits_ia2(doc: Doc) -> None:
    """The survey of soil at a wood-preservation yard impregnating poles with copper-chrome-arsenic, laid out as the map of
    its sampling grid: the grid's rows `А`, `Б`, `В` as table rows and its columns `1` … `4` as table columns, so that a
    point's name (`Б2`) is read from its row and column, each cell holding the three elements on three lines, one cell
    under asphalt not sampled, and the ПДК of all three in a last row merged across the grid (VI: an outdoor furniture
    factory's yard treating acacia with XM5, rows `A` … `C`, QCVN 03-MT:2015/BTNMT for industrial land)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_ia2_vi(doc)
        return
    g = doc.v
    doc.h(g("Отчет о производственном экологическом контроле за 2025 год. ТОО «Ертіс Тірек», участок пропитки деревянных опор ЛЭП и связи "
            "(Павлодарская область, г. Павлодар, Северная промышленная зона)",
            "«Ертіс Тірек» ЖШС, ЭБЖ және байланыс ағаш тіректерін сіңдіру учаскесі (Павлодар облысы, Павлодар қ., Солтүстік өнеркәсіптік "
            "аймақ). 2025 жылғы өндірістік экологиялық бақылау туралы есеп", ""))
    doc.h(g("4.2. Мониторинг почв", "4.2. Топырақ мониторингі", ""))
    doc.p(g("Пробы почвы отобраны 12.09.2025 по регулярной сетке 25 × 25 м, покрывающей площадку пропиточных цилиндров, площадку стекания и "
            "склад пропитанных опор. Точка отбора обозначается буквой ряда и номером столбца сетки (например, Б2 – у приямка площадки стекания).",
            "Топырақ сынамалары 12.09.2025 сіңдіру цилиндрлері алаңын, ағып кету алаңын және сіңдірілген тіректер қоймасын қамтитын 25 × 25 м "
            "тұрақты тор бойынша алынды. Сынама алу нүктесі тор қатарының әрпімен және бағанының нөмірімен белгіленеді (мысалы, Б2 – ағып "
            "кету алаңының шұңқыры жанында).", ""))
    rows = [g(["Ряд \\ столбец сетки", "1", "2", "3", "4"], ["Қатар \\ тор бағаны", "1", "2", "3", "4"], [])]
    skip = doc.pick(("А4", "В1", "В4"))
    hot = {"Б2", "Б3"}
    for row in ("А", "Б", "В"):
        line = [row]
        for col in range(1, 5):
            pid = f"{row}{col}"
            if pid == skip:
                line.append(g("асфальт, проба не отбиралась", "асфальт, сынама алынбады", ""))
                continue
            parts = []
            for s, (pdk, low, high) in SOIL_GRID.items():
                v = _sig(r.uniform(*(high if pid in hot else low)), 2)
                parts.append(f"{s} – {num(v, doc.lang)}")
                add(doc, limit(("symbol", s), "soil", pdk, "mg/kg", None, pid, v))
            line.append("\n".join(parts))
        rows.append(line)
    rows.append([g("ПДК, мг/кг", "ШРК, мг/кг", ""), g("As – 2,0 (валовое содержание); Cr – 6,0 (подвижная форма); Cu – 3,0 (подвижная форма)",
                                                  "As – 2,0 (жалпы құрамы); Cr – 6,0 (жылжымалы түрі); Cu – 3,0 (жылжымалы түрі)", ""), None, None, None])
    doc.table(g("Таблица 4.2 – Содержание мышьяка, хрома и меди в почве (слой 0–20 см), мг/кг",
                "4.2-кесте – Топырақтағы күшән, хром және мыс мөлшері (0–20 см қабат), мг/кг", ""), rows, [(len(rows) - 1, 1, len(rows) - 1, 4)], role="limits")
    doc.p(g("Превышения ПДК установлены в ячейках у площадки стекания (Б2, Б3); запланирована замена бетонного покрытия.",
            "ШРК-дан асу ағып кету алаңы жанындағы ұяшықтарда (Б2, Б3) анықталды; бетон жабынды ауыстыру жоспарланған.", ""))


def _limits_ia2_vi(doc: Doc) -> None:
    r = doc.rng
    factory, company, *_ = VN_FURNITURE[1]
    lim = {"As": 25.0, "Cr": 250.0, "Cu": 300.0}
    band = {"As": ((2, 9), (18, 40)), "Cr": ((20, 70), (150, 420)), "Cu": ((15, 60), (180, 520))}
    doc.h(f"BÁO CÁO KẾT QUẢ QUAN TRẮC MÔI TRƯỜNG ĐẤT – KHU XỬ LÝ BẢO QUẢN GỖ, {factory.upper()}")
    doc.p(f"Chủ cơ sở: {company}. Gỗ keo được ngâm tẩm thuốc bảo quản XM5 (CuSO4, K2Cr2O7) trước khi đưa vào sản xuất đồ gỗ ngoài trời. Mẫu đất "
          "tầng mặt (0–20 cm) được lấy theo lưới ô vuông 20 m × 20 m; ký hiệu mẫu gồm chữ cái của hàng và số của cột (ví dụ B2 – cạnh bể ngâm).")
    rows = [["Hàng \\ Cột", "1", "2", "3", "4"]]
    skip = doc.pick(("A1", "C4"))
    for row in ("A", "B", "C"):
        line = [row]
        for col in range(1, 5):
            pid = f"{row}{col}"
            if pid == skip:
                line.append("Nền bê tông, không lấy mẫu")
                continue
            parts = []
            for s in ("As", "Cr", "Cu"):
                v = _sig(r.uniform(*band[s][1 if pid in ("B2", "B3") else 0]), 2)
                parts.append(f"{s}: {num(v, 'vi')}")
                add(doc, limit(("symbol", s), "soil", lim[s], "mg/kg", "Đất công nghiệp", pid, v))
            line.append("\n".join(parts))
        rows.append(line)
    rows.append(["QCVN 03-MT:2015/BTNMT (đất công nghiệp)", "As: 25; Cr: 250; Cu: 300 (mg/kg đất khô)", None, None, None])
    doc.table("Bảng 2. Hàm lượng kim loại trong đất theo lưới lấy mẫu (mg/kg)", rows, [(4, 1, 4, 4)], role="limits")
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring


def _dates(doc: Doc, word: str, sep: str) -> str:
    """The planned sampling dates a frequency gives (`21.01; 15.04; 14.07; 13.10`)."""
    r = doc.rng
    first = {"quarterly": r.randint(1, 3), "semiannual": r.randint(3, 5), "yearly": r.randint(4, 9)}[word]
    months = {"quarterly": (0, 3, 6, 9), "semiannual": (0, 6), "yearly": (0,)}[word]
    return "; ".join(f"{r.randint(10, 25):02d}{sep}{first + m:02d}" for m in months)


# (number or points, RU place, KK place, codes, frequency)
GLASS_PLAN = (
    ("0001", "Дымовая труба стекловаренной печи № 1", "№ 1 шыны балқыту пешінің түтін мұржасы", ("0301", "0304", "0330", "0337", "2902"), "quarterly"),
    ("0002", "Дымовая труба стекловаренной печи № 2", "№ 2 шыны балқыту пешінің түтін мұржасы", ("0301", "0304", "0330", "0337", "2902"), "quarterly"),
    ("0002", "Дымовая труба стекловаренной печи № 2", "№ 2 шыны балқыту пешінің түтін мұржасы", ("0342",), "semiannual"),
    ("0003", "Аспирация составного цеха", "Шихта цехінің аспирациясы", ("2907", "0155"), "semiannual"),
    ("0004", "Туннель горячего покрытия бутылок", "Бөтелкелерді ыстық жабу туннелі", ("0316",), "yearly"),
    ("0005", "Дымовая труба резервной котельной", "Резервтік қазандықтың түтін мұржасы", ("0301", "0337"), "yearly"),
    ("0002", "Дымовая труба стекловаренной печи № 2 после холодного ремонта", "Суық жөндеуден кейін № 2 шыны балқыту пешінің түтін мұржасы",
     ("0301", "0330", "0337", "2902"), "once"),
    ("Т-1, Т-2, Т-3, Т-4", "Граница СЗЗ (север, восток, юг, запад)", "СҚА шекарасы (солтүстік, шығыс, оңтүстік, батыс)", ("0301", "0330", "2902"), "quarterly"),
)  # fmt: skip


def monitoring_ia1(doc: Doc) -> None:
    """A glass-container works' schedule of stack tests for 2026 in which no frequency is written: each row gives the
    source or points, the substances as `код – наименование` and the planned dates of sampling (`21.01; 15.04; 14.07;
    13.10`), so that four dates a quarter apart make a quarterly duty, two half a year apart a semiannual one and one date a
    yearly one; the second furnace appears three times — quarterly, semiannual for fluorides, and once after its cold
    repair, a row whose date cell says `однократно` — and four boundary points share one row (VI: a glass bottle plant's
    `Ngày lấy mẫu dự kiến`, its waste water among the stacks)."""
    if doc.lang == "vi":
        _monitoring_ia1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    w = doc.pick(GLASS_WORKS)
    doc.h(g(f"График инструментальных замеров на 2026 год. {w[0]}", f"{w[1]}. 2026 жылға арналған аспаптық өлшеулер кестесі", ""))
    doc.p(g(f"Оператор: {w[2]}. Замеры выполняет аккредитованная лаборатория по договору; даты могут смещаться не более чем на 5 рабочих дней.",
            f"Оператор: {w[3]}. Өлшеулерді шарт бойынша аккредиттелген зертхана орындайды; күндер 5 жұмыс күнінен аспайтын мерзімге ауысуы мүмкін.", ""))
    lab = g("ТОО «ЭкоТест Оңтүстік»", "«ЭкоТест Оңтүстік» ЖШС", "")
    rows = [g(["№ ИЗА, точки", "Место отбора проб", "Определяемые вещества", "Даты отбора проб в 2026 году", "Исполнитель"],
              ["ЛШК, нүкте №", "Сынама алу орны", "Анықталатын заттар", "2026 жылы сынама алу күндері", "Орындаушы"], [])]
    pairs = []
    for where, p_ru, p_kk, codes, word in GLASS_PLAN:
        when = (g("однократно: через 30 суток после вывода печи на режим (ориентировочно июль 2026 г.)",
                  "бір рет: пеш режимге шыққаннан кейін 30 тәуліктен соң (шамамен 2026 ж. шілде)", "") if word == "once" else _dates(doc, word, "."))
        rows.append([where, (p_ru, p_kk)[L], "; ".join(f"{c} – {_air(doc, c)}" for c in codes), when, lab])
        if where.startswith("Т"):
            doc.add("monitoring", *({"point": pt, "code": c, "frequency": word} for pt in where.split(", ") for c in codes))
        else:
            doc.add("monitoring", *({"source_number": where, "code": c, "frequency": word} for c in codes))
            pairs += [(where, c) for c in codes]
    doc.table(g("Таблица 5.1 – План-график отбора проб", "5.1-кесте – Сынама алу жоспар-кестесі", ""), rows, role="monitoring")
    doc.add("sources", *({"number": n, "type": "organized"} for n in dict.fromkeys(s for s, _ in pairs)))
    doc.add("emissions", *(emission(c, None, None, s) for s, c in dict.fromkeys(pairs)))
    maybe_distractor(doc)


# (point, place, [(kind, key)], frequency)
VN_GLASS_PLAN = (
    ("KT1", "Ống khói lò nấu thủy tinh số 1", [("code", c) for c in ("2902", "0330", "0301", "0337")], "quarterly"),
    ("KT2", "Ống khói lò nấu thủy tinh số 2", [("code", c) for c in ("2902", "0330", "0301", "0337")], "quarterly"),
    ("KT2", "Ống khói lò nấu thủy tinh số 2", [("code", "0342")], "semiannual"),
    ("KT3", "Ống thải hệ thống lọc bụi túi khu phối liệu", [("code", "2902")], "semiannual"),
    ("NT1", "Nước thải sau hệ thống xử lý, trước khi đấu nối vào hệ thống thu gom của KCN", [("symbol", s) for s in ("pH", "TSS", "COD", "TPH")],
     "quarterly"),
    ("KT2", "Ống khói lò nấu thủy tinh số 2 sau sửa chữa nguội", [("code", c) for c in ("2902", "0330", "0301", "0337")], "once"),
)  # fmt: skip


def _monitoring_ia1_vi(doc: Doc) -> None:
    doc.h("LỊCH QUAN TRẮC MÔI TRƯỜNG ĐỊNH KỲ NĂM 2026 – NHÀ MÁY CHAI THỦY TINH SÔNG BÉ")
    doc.p("Chủ cơ sở: Công ty TNHH Thủy tinh Sông Bé, Khu công nghiệp Mỹ Phước 3, phường Thới Hòa, Thành phố Hồ Chí Minh. Ngày lấy mẫu có thể "
          "điều chỉnh trong phạm vi 05 ngày làm việc.")
    rows = [["Ký hiệu", "Vị trí quan trắc", "Thông số", "Ngày lấy mẫu dự kiến", "Đơn vị thực hiện"]]
    for pid, place, keys, word in VN_GLASS_PLAN:
        when = ("01 lần, sau 30 ngày kể từ khi lò vận hành ổn định trở lại (dự kiến tháng 7/2026)" if word == "once"
                else _dates(doc, word, "/"))
        names = ", ".join(_vi(k) if kind == "code" else vocab.water(k, "vi") for kind, k in keys)
        rows.append([pid, place, names, when, "Trung tâm Quan trắc – Kỹ thuật Tài nguyên và Môi trường"])
        doc.add("monitoring", *({"point": pid, kind: k, "frequency": word} for kind, k in keys))
    doc.table("Bảng 1. Lịch lấy mẫu quan trắc năm 2026", rows, role="monitoring")
    maybe_distractor(doc)


# sections: (RU, KK, [(RU object, KK object, RU what, KK what, RU how often, KK how often, RU who, KK who)]) — no duties of the contract
QC_SECTIONS = (
    ("I. Входной контроль сырья и материалов", "I. Шикізат пен материалдарды кіріс бақылау", [
        ("Каолин, глины, полевой шпат, кварцевый песок", "Каолин, саздар, дала шпаты, кварц құмы", "влажность, остаток на сите № 0063, массовая доля Fe2O3 и TiO2",
         "ылғалдылығы, № 0063 електегі қалдық, Fe2O3 және TiO2 массалық үлесі", "каждая партия", "әр партия", "ОТК", "ТБТ"),
        ("Сырьевые материалы и глазури", "Шикізат материалдары мен глазурьлер", "удельная эффективная активность естественных радионуклидов (Аэфф)",
         "табиғи радионуклидтердің меншікті тиімді белсенділігі (Аэфф)", "1 раз в год", "жылына 1 рет", "аккредитованная лаборатория", "аккредиттелген зертхана")]),
    ("II. Технологический контроль", "II. Технологиялық бақылау", [
        ("Литейный шликер", "Құйма шликер", "плотность, текучесть, загустеваемость", "тығыздығы, аққыштығы, қоюлануы", "ежесменно", "ауысым сайын",
         "технологическая лаборатория", "технологиялық зертхана")]),
    ("III. Контроль готовой продукции", "III. Дайын өнімді бақылау", [
        ("Санитарные керамические изделия", "Санитариялық керамика бұйымдары", "водопоглощение, термостойкость глазури, смываемость",
         "су сіңіргіштігі, глазурьдің термотөзімділігі, шайылуы", "каждая партия", "әр партия", "ОТК", "ТБТ"),
        ("Фарфоровая столовая посуда", "Фарфор ас ыдысы", "выделение свинца и кадмия в модельную среду (ТР ТС 005/2011)",
         "қорғасын мен кадмийдің модельдік ортаға бөлінуі (КО ТР 005/2011)", "1 раз в квартал", "тоқсанына 1 рет", "аккредитованная лаборатория",
         "аккредиттелген зертхана")]),
)  # fmt: skip
# (source or point, RU object, KK object, [(kind, key)], frequency)
PEK_ROWS = (
    ("0001", "ИЗА 0001 – дымовая труба туннельной печи обжига санфаянса", "ЛШК 0001 – санфаянсты күйдіретін туннельді пештің түтін мұржасы",
     [("code", c) for c in ("0301", "0337", "0342", "2908")], "quarterly"),
    ("0002", "ИЗА 0002 – дымовая труба печи политого обжига фарфора", "ЛШК 0002 – фарфорды глазурьлеп күйдіру пешінің түтін мұржасы",
     [("code", c) for c in ("0301", "0337", "0342")], "quarterly"),
    ("0003", "ИЗА 0003 – аспирация массозаготовительного цеха (рукавный фильтр)", "ЛШК 0003 – масса дайындау цехінің аспирациясы (жеңді сүзгі)",
     [("code", "2908")], "semiannual"),
    ("0004", "ИЗА 0004 – вытяжка камер глазурования (гидрофильтры)", "ЛШК 0004 – глазурьлеу камераларының сорғышы (гидросүзгілер)",
     [("code", "2908")], "semiannual"),
    ("КК-1", "КК-1 – контрольный колодец выпуска производственных сточных вод в городскую канализацию",
     "КК-1 – өндірістік сарқынды суларды қалалық кәрізге шығарудың бақылау құдығы", [("symbol", s) for s in ("pH", "TSS", "Zn", "Pb")], "monthly"),
    ("Т-1, Т-2", "Т-1, Т-2 – граница СЗЗ (подветренная и наветренная стороны)", "Т-1, Т-2 – СҚА шекарасы (желдің ық және өң жақтары)",
     [("code", "2908"), ("code", "0301")], "semiannual"),
)  # fmt: skip


def _names(doc: Doc, keys) -> str:
    return ", ".join(_air(doc, k) if kind == "code" else vocab.water(k, doc.lang) for kind, k in keys)


def monitoring_ia2(doc: Doc) -> None:
    """A porcelain and sanitary-ware works' plan of laboratory control for 2026 in which production control and
    environmental control share one table under section rows: incoming clays and glazes (with their natural
    radioactivity), the casting slip, the finished goods — among them lead and cadmium released from tableware into a
    test solution once a quarter, a product test and no environmental duty — and only under the last section the
    stacks, the glazing booths, the sewer well and the boundary points of the programme of environmental control (VI: a
    porcelain and sanitary-ware plant's plan with lead and cadmium migration under QCVN 12-4:2015/BYT among the product
    tests)."""
    if doc.lang == "vi":
        _monitoring_ia2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    name = g("Завод санитарных керамических изделий и фарфора «Іле Фаянс»", "«Іле Фаянс» санитариялық керамика бұйымдары және фарфор зауыты", "")
    doc.h(g(f"План лабораторного контроля на 2026 год. {name}", f"{name}. 2026 жылға арналған зертханалық бақылау жоспары", ""))
    doc.p(g("План объединяет входной и технологический контроль, контроль качества продукции и программу производственного экологического "
            "контроля (раздел IV), утвержденную в составе экологического разрешения.",
            "Жоспар кіріс және технологиялық бақылауды, өнім сапасын бақылауды және экологиялық рұқсат құрамында бекітілген өндірістік "
            "экологиялық бақылау бағдарламасын (IV бөлім) біріктіреді.", ""))
    rows = [g(["№", "Объект контроля", "Контролируемые показатели", "Периодичность", "Исполнитель"],
              ["№", "Бақылау объектісі", "Бақыланатын көрсеткіштер", "Кезеңділігі", "Орындаушы"], [])]
    merges = []
    for s, (s_ru, s_kk, items) in enumerate(QC_SECTIONS, 1):
        _span(rows, merges, (s_ru, s_kk)[L], 5)
        for k, it in enumerate(items, 1):
            rows.append([f"{s}.{k}", it[L], it[2 + L], it[4 + L], it[6 + L]])
    _span(rows, merges, g("IV. Производственный экологический контроль", "IV. Өндірістік экологиялық бақылау", ""), 5)
    lab = g("аккредитованная лаборатория (по договору)", "аккредиттелген зертхана (шарт бойынша)", "")
    pairs = []
    for k, (where, o_ru, o_kk, keys, word) in enumerate(PEK_ROWS, 1):
        rows.append([f"4.{k}", (o_ru, o_kk)[L], _names(doc, keys), _fw(doc, word), lab])
        for pt in where.split(", "):
            src = pt[0].isdigit()
            doc.add("monitoring", *({"source_number" if src else "point": pt, kind if kind == "code" else "symbol": key, "frequency": word}
                                    for kind, key in keys))
            pairs += [(pt, key) for _, key in keys] if src else []
    doc.table(g("Таблица 1 – План-график лабораторного контроля", "1-кесте – Зертханалық бақылаудың жоспар-кестесі", ""), rows, merges, role="monitoring")
    doc.add("sources", *({"number": n, "type": "organized"} for n in dict.fromkeys(s for s, _ in pairs)))
    doc.add("emissions", *(emission(c, None, None, s) for s, c in dict.fromkeys(pairs)))


def _monitoring_ia2_vi(doc: Doc) -> None:
    doc.h("KẾ HOẠCH THỬ NGHIỆM, GIÁM SÁT NĂM 2026 – NHÀ MÁY SỨ TÂN PHƯỚC KHÁNH")
    doc.p("Chủ cơ sở: Công ty Cổ phần Sứ Minh Phát (sứ gia dụng và sứ vệ sinh). Kế hoạch gồm kiểm tra chất lượng nguyên liệu, sản phẩm và chương "
          "trình quan trắc môi trường định kỳ theo giấy phép môi trường (mục C).")
    rows = [["STT", "Đối tượng", "Chỉ tiêu", "Tần suất", "Đơn vị thực hiện"]]
    merges = []
    _span(rows, merges, "A. KIỂM TRA NGUYÊN LIỆU ĐẦU VÀO", 5)
    rows.append(["A.1", "Cao lanh, đất sét, tràng thạch", "Độ ẩm, độ sót sàng, hàm lượng Fe2O3", "Từng lô hàng", "Phòng KCS"])
    _span(rows, merges, "B. KIỂM TRA SẢN PHẨM", 5)
    rows += [["B.1", "Sứ vệ sinh", "Độ hút nước, độ bền rạn men", "Từng lô sản xuất", "Phòng KCS"],
             ["B.2", "Sứ gia dụng tiếp xúc trực tiếp với thực phẩm", "Chì, cadimi thôi nhiễm (QCVN 12-4:2015/BYT)", "03 tháng/lần",
              "Phòng thử nghiệm được chỉ định"]]
    _span(rows, merges, "C. QUAN TRẮC MÔI TRƯỜNG ĐỊNH KỲ", 5)
    plan = (("KT1", "KT1 – Ống khói lò nung tuynel", [("code", c) for c in ("2902", "0330", "0301", "0337", "0342")], "quarterly"),
            ("KT2", "KT2 – Ống khói lò nung con thoi", [("code", c) for c in ("2902", "0301", "0337")], "quarterly"),
            ("KT3", "KT3 – Ống thải hệ thống lọc bụi khu nghiền, phối liệu", [("code", "2902")], "semiannual"),
            ("NT1", "NT1 – Nước thải sau trạm xử lý nước thải", [("symbol", s) for s in ("pH", "TSS", "COD", "Pb", "Zn")], "quarterly"))
    for k, (pid, place, keys, word) in enumerate(plan, 1):
        rows.append([f"C.{k}", place, _names(doc, keys) if keys[0][0] == "symbol" else ", ".join(_vi(key) for _, key in keys), freq(doc, word),
                     "Đơn vị quan trắc có chứng nhận VIMCERTS"])
        doc.add("monitoring", *({"point": pid, kind: key, "frequency": word} for kind, key in keys))
    doc.table("Bảng 1. Kế hoạch thử nghiệm, giám sát", rows, merges, role="monitoring")


# ---------------------------------------------------------------- inspections

CLAY_PLANTS = (
    ("Завод керамзитового гравия «Ертіс Керамзит»", "«Ертіс Керамзит» керамзит қиыршығы зауыты", "ТОО «Ертіс Керамзит»", "«Ертіс Керамзит» ЖШС"),
    ("Керамзитовый завод «Сарыарқа»", "«Сарыарқа» керамзит зауыты", "ТОО «Сарыарқа Керамзит»", "«Сарыарқа Керамзит» ЖШС"),
)
# (RU, KK, m2, frequency (`shift` for a check every shift, None for none), RU who, KK who)
EXPLICATION = (
    ("Административно-бытовой корпус", "Әкімшілік-тұрмыстық корпус", 640, None, None, None),
    ("Глинозапасник крытый (запас глины на 30 суток)", "Жабық саз қоймасы (30 тәулікке арналған саз қоры)", 1800, "weekly",
     "мастер сырьевого участка", "шикізат учаскесінің шебері"),
    ("Отделение переработки глины (вальцы, глиномешалка)", "Сазды өңдеу бөлімшесі (біліктер, саз араластырғыш)", 520, None, None, None),
    ("Вращающаяся печь 2,5 × 40 м с барабанным холодильником", "Барабанды салқындатқышы бар 2,5 × 40 м айналмалы пеш", 900, "shift",
     "старший машинист печи", "пештің аға машинисі"),
    ("Газоочистка печи (батарейный циклон, электрофильтр) и дымовая труба H = 45 м",
     "Пештің газ тазартуы (батареялық циклон, электрсүзгі) және H = 45 м түтін мұржасы", 210, "daily", "инженер-эколог", "инженер-эколог"),
    ("Сортировочное отделение и бункеры готового керамзита", "Сұрыптау бөлімшесі және дайын керамзит бункерлері", 430, "weekly", "мастер ОТК", "ТБТ шебері"),
    ("Открытый склад керамзита", "Керамзиттің ашық қоймасы", 2500, "monthly", "начальник склада", "қойма бастығы"),
    ("Мазутное хозяйство (резервуары 2 × 400 м³ в обваловании)", "Мазут шаруашылығы (үйінді қоршаудағы 2 × 400 м³ резервуарлар)", 1100, "monthly",
     "главный механик", "бас механик"),
    ("Площадка временного накопления отходов", "Қалдықтарды уақытша жинақтау алаңы", 60, "quarterly", "инженер-эколог", "инженер-эколог"),
    ("Локальные очистные сооружения дождевых стоков", "Жаңбыр ағындарының жергілікті тазарту құрылыстары", 150, "quarterly", "главный механик", "бас механик"),
    ("Трансформаторная подстанция", "Трансформаторлық қосалқы станция", 90, None, None, None),
    ("Автомобильные весы 60 т", "60 т автомобиль таразысы", 40, None, None, None),
    ("Контрольно-пропускной пункт", "Өткізу пункті", 24, None, None, None),
)  # fmt: skip
EXPL_SAID = {
    "shift": ("ежесменно (при приеме смены)", "ауысым сайын (ауысымды қабылдау кезінде)"), "daily": ("ежедневно", "күн сайын"),
    "weekly": ("еженедельно (по понедельникам)", "апта сайын (дүйсенбі күндері)"), "monthly": ("ежемесячно", "ай сайын"),
    "quarterly": ("1 раз в квартал", "тоқсанына 1 рет"),
}


def inspections_ia1(doc: Doc) -> None:
    """The explication of buildings and structures on an expanded-clay works' general plan — position on the plan, name,
    built-up area — to which the programme of environmental control has added two columns under a merged header, how
    often each is looked over and who does it; most buildings carry dashes there and give no check, the kiln is looked
    over `ежесменно`, which is no frequency of the contract (VI: the table of a tunnel-kiln brick works' construction items
    with area and share in per cent under three Roman section rows, the self-inspection columns filled for some)."""
    if doc.lang == "vi":
        _inspections_ia1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p = doc.pick(CLAY_PLANTS)
    doc.h(g(f"Программа производственного экологического контроля. {p[0]}", f"{p[1]}. Өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.h(g("2.3. Генеральный план и внутренние проверки", "2.3. Бас жоспар және ішкі тексерулер", ""))
    doc.p(g(f"Оператор – {p[2]}. Внутренние проверки проводятся по объектам генерального плана; результаты заносятся в журнал внутренних проверок.",
            f"Оператор – {p[3]}. Ішкі тексерулер бас жоспар объектілері бойынша жүргізіледі; нәтижелер ішкі тексерулер журналына енгізіледі.", ""))
    rows = [g(["№ на ГП", "Наименование здания, сооружения", "Площадь застройки, м²", "Внутренние проверки (ПЭК)", None],
              ["Бас жоспардағы №", "Ғимараттың, құрылыстың атауы", "Құрылыс салу ауданы, м²", "Ішкі тексерулер (ӨЭБ)", None], []),
            [None, None, None, *g(["периодичность осмотра", "ответственный"], ["қарап шығу кезеңділігі", "жауапты"], [])]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4)]
    for k, (n_ru, n_kk, area, word, w_ru, w_kk) in enumerate(EXPLICATION, 1):
        name = (n_ru, n_kk)[L]
        rows.append([str(k), name, num(area, doc.lang), EXPL_SAID[word][L] if word else "—", (w_ru, w_kk)[L] if word else "—"])
        if word:
            item = {"kind": "inspection", "text_contains": _words(name.split(" (")[0], 3), "actor_contains": (w_ru, w_kk)[L]}
            if word != "shift":
                item["frequency"] = word
            doc.add("obligations", item)
    doc.table(g("Таблица 2.3 – Экспликация зданий и сооружений", "2.3-кесте – Ғимараттар мен құрылыстар экспликациясы", ""), rows, merges,
              role="inspections")
    maybe_distractor(doc)


# (section, [(item, m2 or None, frequency, said, who)])
VN_BRICK_ITEMS = (
    ("I. CÁC HẠNG MỤC CÔNG TRÌNH CHÍNH", [
        ("Nhà chứa đất (kho nguyên liệu có mái che)", 2400, "weekly", "Hằng tuần (thứ Hai)", "Tổ trưởng tổ cấp liệu"),
        ("Xưởng tạo hình (máy cán, máy nhào đùn liên hợp)", 1500, None, "-", "-"),
        ("Hầm sấy tuynel", 1300, None, "-", "-"),
        ("Lò nung tuynel", 1800, "shift", "Mỗi ca sản xuất", "Trưởng ca lò"),
        ("Bãi chứa thành phẩm", 6000, "monthly", "Hằng tháng", "Thủ kho thành phẩm")]),
    ("II. CÁC HẠNG MỤC CÔNG TRÌNH PHỤ TRỢ", [
        ("Nhà điều hành, văn phòng", 350, None, "-", "-"), ("Nhà ăn ca", 200, None, "-", "-"), ("Trạm biến áp 1.000 kVA", 60, None, "-", "-"),
        ("Nhà để xe", 240, None, "-", "-")]),
    ("III. CÁC CÔNG TRÌNH BẢO VỆ MÔI TRƯỜNG", [
        ("Hệ thống xử lý khí thải lò nung (tháp hấp thụ bằng sữa vôi)", 120, "daily", "Hằng ngày", "Cán bộ phụ trách môi trường"),
        ("Bể tự hoại 03 ngăn", 30, "quarterly", "03 tháng/lần", "Tổ bảo trì"),
        ("Kho chứa chất thải nguy hại", 12, "monthly", "Hằng tháng", "Cán bộ phụ trách môi trường"),
        ("Khu tập kết chất thải rắn thông thường", 40, "weekly", "Hằng tuần", "Cán bộ phụ trách môi trường")]),
)  # fmt: skip


def _inspections_ia1_vi(doc: Doc) -> None:
    doc.h("BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – NHÀ MÁY GẠCH TUYNEL ĐÔNG TRIỀU")
    doc.p("Chủ cơ sở: Công ty Cổ phần Vật liệu xây dựng Mạo Khê. Tần suất tự kiểm tra được ghi cho các hạng mục có liên quan đến công tác bảo vệ "
          "môi trường theo quy chế nội bộ của Công ty.")
    total = sum(a for _, items in VN_BRICK_ITEMS for _, a, *_ in items)
    rows = [["STT", "Hạng mục công trình", "Diện tích (m²)", "Tỷ lệ (%)", "Tần suất tự kiểm tra", "Người kiểm tra"]]
    merges = []
    n = 0
    for section, items in VN_BRICK_ITEMS:
        _span(rows, merges, section, 6)
        for item, area, word, said, who in items:
            n += 1
            rows.append([str(n), item, num(area, "vi"), num(round(100 * area / total, 2), "vi"), said, who])
            if word:
                ob = {"kind": "inspection", "text_contains": _words(item.split(" (")[0], 4), "actor_contains": who}
                if word != "shift":
                    ob["frequency"] = word
                doc.add("obligations", ob)
    rows.append(["", "Tổng cộng", num(total, "vi"), "100", "", ""])
    doc.table("Bảng 1.3. Các hạng mục công trình của cơ sở", rows, merges, role="inspections")


RISK = {"high": ("высокий", "жоғары", "Cao", "weekly"), "mid": ("средний", "орташа", "Trung bình", "monthly"), "low": ("низкий", "төмен", "Thấp", "quarterly")}
# (RU object, KK object, RU aspect, KK aspect, risk, RU who, KK who)
IMPREG_OBJECTS = (
    ("Пропиточные цилиндры (автоклавы) и вакуум-насосная", "Сіңдіру цилиндрлері (автоклавтар) және вакуум-сорғы станциясы",
     "утечки раствора антисептика ССА, герметичность дверей цилиндров", "ССА антисептик ерітіндісінің ағуы, цилиндр есіктерінің саңылаусыздығы", "high",
     "мастер участка пропитки", "сіңдіру учаскесінің шебері"),
    ("Склад концентрата антисептика", "Антисептик концентратының қоймасы", "целостность тары, поддоны, учет расхода", "ыдыстың бүтіндігі, табандар, шығынды есепке алу",
     "high", "начальник участка пропитки", "сіңдіру учаскесінің бастығы"),
    ("Площадка стекания пропитанной древесины", "Сіңдірілген ағаштың ағып кету алаңы", "бетонное покрытие, приямок, отсутствие подтеков за бортиком",
     "бетон жабыны, шұңқыр, жиектен тыс ағудың болмауы", "high", "мастер участка пропитки", "сіңдіру учаскесінің шебері"),
    ("Склад пропитанных опор", "Сіңдірілген тіректер қоймасы", "хранение на подкладках, отсутствие контакта с грунтом",
     "төсемдерде сақтау, топырақпен жанаспау", "mid", "начальник склада готовой продукции", "дайын өнім қоймасының бастығы"),
    ("Лесопильный цех", "Ағаш тілу цехы", "работа аспирации, уборка опилок", "аспирацияның жұмысы, үгінділерді жинау", "mid", "мастер лесопильного цеха",
     "ағаш тілу цехының шебері"),
    ("Сушильные камеры и котельная на древесных отходах", "Кептіру камералары және ағаш қалдықтарымен жұмыс істейтін қазандық", "режим горения, состояние золоуловителя",
     "жану режимі, күл ұстағыштың жай-күйі", "mid", "главный энергетик", "бас энергетик"),
    ("Площадка накопления отходов, в том числе шлама антисептика", "Қалдықтарды, оның ішінде антисептик шламын жинақтау алаңы",
     "маркировка тары, сроки накопления", "ыдыстың таңбалануы, жинақтау мерзімдері", "mid", "инженер-эколог", "инженер-эколог"),
    ("Склад опилок и коры", "Үгінді мен қабық қоймасы", "пыление, самовозгорание", "шаңдау, өздігінен тұтану", "low", "мастер лесопильного цеха",
     "ағаш тілу цехының шебері"),
    ("Ливневая канализация и приемный колодец", "Нөсер кәрізі және қабылдау құдығы", "засорение, наличие пленки на поверхности воды",
     "бітелу, су бетінде қабықтың болуы", "low", "главный механик", "бас механик"),
)  # fmt: skip


def inspections_ia2(doc: Doc) -> None:
    """A wood-preservation yard's register of the objects of internal environmental checks, each with its aspect, a level
    of risk (`высокий`, `средний`, `низкий`) and who checks, but no frequency: how often each level is checked stands only
    in a table of no role after it, so that the frequency of an object is read through its level (VI: a wood-pellet
    factory in Bình Định, `Cao`, `Trung bình`, `Thấp` and the legend `hằng tuần`, `hằng tháng`, `03 tháng/lần`)."""
    if doc.lang == "vi":
        _inspections_ia2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    doc.h(g("Положение о внутреннем экологическом контроле. ТОО «Ертіс Тірек» (участок пропитки опор и лесопильный цех)",
            "«Ертіс Тірек» ЖШС (тіректерді сіңдіру учаскесі және ағаш тілу цехы). Ішкі экологиялық бақылау туралы ереже", ""))
    doc.p(g("Приложение 3. Реестр объектов внутренних проверок. Уровень риска присвоен по результатам оценки экологических аспектов; "
            "периодичность проверок определяется уровнем риска (таблица П3.2).",
            "3-қосымша. Ішкі тексерулер объектілерінің тізілімі. Тәуекел деңгейі экологиялық аспектілерді бағалау нәтижелері бойынша берілген; "
            "тексерулердің кезеңділігі тәуекел деңгейімен айқындалады (П3.2-кесте).", ""))
    rows = [g(["№", "Объект (участок)", "Что проверяется", "Уровень риска", "Ответственный за проверку"],
              ["№", "Объект (учаске)", "Не тексеріледі", "Тәуекел деңгейі", "Тексеруге жауапты"], [])]
    for k, (o_ru, o_kk, a_ru, a_kk, risk, w_ru, w_kk) in enumerate(IMPREG_OBJECTS, 1):
        obj, who = (o_ru, o_kk)[L], (w_ru, w_kk)[L]
        rows.append([str(k), obj, (a_ru, a_kk)[L], RISK[risk][L], who])
        doc.add("obligations", {"kind": "inspection", "text_contains": _words(obj, 3), "actor_contains": who, "frequency": RISK[risk][3]})
    doc.table(g("Таблица П3.1 – Объекты внутренних проверок", "П3.1-кесте – Ішкі тексерулер объектілері", ""), rows, role="inspections")
    doc.table(g("Таблица П3.2 – Периодичность проверок по уровню риска", "П3.2-кесте – Тәуекел деңгейі бойынша тексерулердің кезеңділігі", ""),
              [g(["Уровень риска", "Периодичность внутренней проверки", "Критерий отнесения"], ["Тәуекел деңгейі", "Ішкі тексерудің кезеңділігі", "Жатқызу өлшемі"], []),
               [RISK["high"][L], g("еженедельно", "апта сайын", ""), g("возможно попадание антисептика в почву или стоки", "антисептиктің топыраққа немесе ағындарға түсуі мүмкін", "")],
               [RISK["mid"][L], g("ежемесячно", "ай сайын", ""), g("возможны выбросы или захламление территории", "шығарындылар немесе аумақтың қоқыстануы мүмкін", "")],
               [RISK["low"][L], g("1 раз в квартал", "тоқсанына 1 рет", ""), g("прочие аспекты", "басқа аспектілер", "")]], role="other")


VN_PELLET_AREAS = (
    ("Lò sấy thùng quay và buồng đốt sinh khối", "Nhiệt độ buồng đốt, tro xỉ, rò rỉ khói", "high", "Trưởng ca sấy"),
    ("Hệ thống cyclone và lọc bụi túi vải", "Chênh áp túi lọc, bụi tại ống thải", "high", "Tổ bảo trì cơ điện"),
    ("Khu vực nghiền búa", "Bụi phát tán, tiếng ồn", "mid", "Tổ trưởng tổ nghiền"),
    ("Máy ép viên và máy làm nguội", "Rò rỉ dầu bôi trơn, bụi mịn", "mid", "Tổ trưởng tổ ép viên"),
    ("Kho nguyên liệu dăm gỗ, mùn cưa", "Che phủ, phun ẩm chống bụi, nguy cơ tự cháy", "mid", "Thủ kho nguyên liệu"),
    ("Kho chứa chất thải nguy hại", "Nhãn, thời gian lưu giữ, khay chống tràn", "mid", "Nhân viên môi trường"),
    ("Kho thành phẩm, khu đóng bao jumbo", "Bao bì rách, bụi rơi vãi", "low", "Thủ kho thành phẩm"),
    ("Hệ thống thoát nước mưa", "Tắc nghẽn, mùn cưa trôi vào cống", "low", "Tổ bảo trì cơ điện"),
)


def _inspections_ia2_vi(doc: Doc) -> None:
    doc.h("QUY CHẾ TỰ KIỂM TRA BẢO VỆ MÔI TRƯỜNG – NHÀ MÁY VIÊN NÉN GỖ PHÙ CÁT")
    doc.p("Chủ cơ sở: Công ty TNHH Năng lượng Sinh khối Phù Cát (xã Phù Cát, tỉnh Gia Lai, trước đây là tỉnh Bình Định). Phụ lục 1 – Danh mục khu vực "
          "tự kiểm tra theo mức độ rủi ro; tần suất kiểm tra áp dụng theo Bảng PL1.2.")
    rows = [["STT", "Khu vực kiểm tra", "Nội dung kiểm tra", "Mức độ rủi ro", "Người kiểm tra"]]
    for k, (area, what, risk, who) in enumerate(VN_PELLET_AREAS, 1):
        rows.append([str(k), area, what, RISK[risk][2], who])
        doc.add("obligations", {"kind": "inspection", "text_contains": _words(area, 4), "actor_contains": who, "frequency": RISK[risk][3]})
    doc.table("Bảng PL1.1. Danh mục khu vực tự kiểm tra", rows, role="inspections")
    doc.table("Bảng PL1.2. Tần suất tự kiểm tra theo mức độ rủi ro",
              [["Mức độ rủi ro", "Tần suất kiểm tra", "Tiêu chí"], ["Cao", "Hằng tuần", "Có nguy cơ cháy nổ, phát tán bụi ra ngoài nhà máy"],
               ["Trung bình", "Hằng tháng", "Có nguy cơ rò rỉ, phát tán trong phạm vi nhà máy"], ["Thấp", "03 tháng/lần", "Các khu vực còn lại"]], role="other")
    maybe_distractor(doc)


# ---------------------------------------------------------------- tasks

QUARTERS = (("I квартал", "I тоқсан", "Quý I"), ("II квартал", "II тоқсан", "Quý II"), ("III квартал", "III тоқсан", "Quý III"),
            ("IV квартал", "IV тоқсан", "Quý IV"))
# ((RU direction, KK direction), [(number, quarter, RU task, KK task, RU actor, KK actor)])
GLASS_TASKS = (
    (("Атмосферный воздух", "Атмосфералық ауа"), [
        ("1.1", 0, "Провести режимно-наладочные испытания горелок стекловаренной печи № 1", "№ 1 шыны балқыту пешінің жанарғыларына режимдік-баптау сынақтарын жүргізу",
         "главный теплотехник", "бас жылу технигі"),
        ("1.2", 0, "Заменить рукава фильтра составного цеха", "Шихта цехі сүзгісінің жеңдерін ауыстыру", "главный механик", "бас механик"),
        ("1.3", 3, "Ввести в эксплуатацию автоматизированную систему мониторинга выбросов на трубе печи № 2",
         "№ 2 пеш мұржасында шығарындыларды автоматтандырылған мониторингтеу жүйесін пайдалануға енгізу", "отдел КИПиА", "БӨАжА бөлімі")]),
    (("Водные ресурсы", "Су ресурстары"), [
        ("2.1", 1, "Очистить от осадка нефтеловушку ливневой канализации", "Нөсер кәрізінің мұнай ұстағышын тұнбадан тазарту", "цех водоснабжения",
         "сумен жабдықтау цехы"),
        ("2.2", 2, "Выполнить ревизию оборотной системы охлаждения стеклоформующих машин", "Шыны қалыптайтын машиналардың айналмалы салқындату жүйесін тексеру",
         "главный механик", "бас механик")]),
    (("Отходы", "Қалдықтар"), [
        ("3.1", 0, "Заключить договор на передачу загрязненного стеклобоя на переработку", "Ластанған шыны сынығын өңдеуге беру туралы шарт жасасу",
         "отдел снабжения", "жабдықтау бөлімі"),
        ("3.2", 2, "Оборудовать крытую площадку накопления огнеупорного боя", "Отқа төзімді сынықтарды жинақтаудың жабық алаңын жабдықтау",
         "служба капитального строительства", "күрделі құрылыс қызметі")]),
    (("Прочие мероприятия", "Өзге іс-шаралар"), [
        ("4.1", 0, "Провести обучение персонала обращению с опасными отходами", "Персоналды қауіпті қалдықтармен жұмыс істеуге оқыту",
         "служба охраны труда и экологии", "еңбекті қорғау және экология қызметі"),
        ("4.2", 1, "Озеленить санитарно-защитную зону (посадка 300 деревьев)", "Санитариялық-қорғаныш аймағын көгалдандыру (300 ағаш отырғызу)",
         "административно-хозяйственный отдел", "әкімшілік-шаруашылық бөлімі"),
        ("4.3", 3, "Разработать программу производственного экологического контроля на 2027–2029 годы",
         "2027–2029 жылдарға арналған өндірістік экологиялық бақылау бағдарламасын әзірлеу", "инженер-эколог", "инженер-эколог")]),
)  # fmt: skip


def tasks_ia1(doc: Doc) -> None:
    """A glass works' plan of environmental measures for 2026 drawn as a board: a row per direction (air, water, wastes,
    other) and a column per quarter, each cell holding the measures that fall in that quarter as cards — `1.2. text
    (отв.: главный механик)` — one above the other, a dash where none falls, so that the term is the column and the
    number, task and responsible are inside the card (VI: a glass bottle plant's `Kế hoạch theo quý`, `(Chủ trì: …)`)."""
    g = doc.v
    vi = doc.lang == "vi"
    i = 2 if vi else _L(doc)
    if vi:
        doc.h("KẾ HOẠCH THỰC HIỆN CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2026 THEO QUÝ – CÔNG TY TNHH THỦY TINH SÔNG BÉ")
        doc.p("Ban hành kèm theo Quyết định của Tổng Giám đốc. Mỗi ô ghi các nhiệm vụ phải hoàn thành trong quý và đơn vị chủ trì.")
        plan, head, who = VN_GLASS_TASKS, "Lĩnh vực", "Chủ trì"
    else:
        w = doc.pick(GLASS_WORKS)
        doc.h(g(f"План природоохранных мероприятий на 2026 год (поквартальный). {w[0]}",
                f"{w[1]}. 2026 жылға арналған табиғат қорғау іс-шараларының жоспары (тоқсан бойынша)", ""))
        doc.p(g("Утвержден приказом директора. В ячейке указаны мероприятия, подлежащие выполнению в квартале, и ответственное подразделение.",
                "Директордың бұйрығымен бекітілді. Ұяшықта тоқсанда орындалуға тиіс іс-шаралар және жауапты бөлімше көрсетілген.", ""))
        plan, head, who = GLASS_TASKS, g("Направление", "Бағыт", ""), g("отв.", "жауапты", "")
    rows = [[head, *(q[i] for q in QUARTERS)]]
    for direction, tasks in plan:
        cells = [[] for _ in QUARTERS]
        for t in tasks:
            number, quarter = t[0], t[1]
            text, actor = (t[2], t[3]) if vi else (t[2 + i], t[4 + i])
            cells[quarter].append(f"{number}. {text} ({who}: {actor})")
            doc.add("obligations", {"kind": "task", "number": number, "text_contains": _words(text, 4), "actor_contains": actor})
        rows.append([direction if vi else direction[i], *("\n".join(c) if c else "—" for c in cells)])
    doc.table(g("Таблица 1 – План мероприятий по кварталам", "1-кесте – Тоқсандар бойынша іс-шаралар жоспары", "Bảng 1. Kế hoạch theo quý"), rows,
              role="tasks")
    maybe_distractor(doc)


VN_GLASS_TASKS = (
    ("Khí thải", [("1.1", 0, "Vệ sinh, thay túi lọc hệ thống lọc bụi khu phối liệu", "Xưởng Cơ điện"),
                  ("1.2", 2, "Lắp đặt hệ thống quan trắc khí thải tự động, liên tục tại ống khói lò nấu số 2", "Phòng Kỹ thuật")]),
    ("Nước thải", [("2.1", 1, "Nạo vét bể lắng và bể tách dầu của hệ thống xử lý nước thải", "Xưởng Cơ điện"),
                   ("2.2", 3, "Hiệu chuẩn thiết bị đo lưu lượng nước thải đầu ra", "Phòng Kỹ thuật")]),
    ("Chất thải rắn và CTNH", [("3.1", 0, "Ký hợp đồng thu gom, xử lý chất thải nguy hại năm 2026", "Phòng Hành chính – Nhân sự"),
                               ("3.2", 2, "Cải tạo mái che khu lưu giữ miểng thủy tinh", "Phòng Hành chính – Nhân sự")]),
    ("Công tác khác", [("4.1", 3, "Tập huấn ứng phó sự cố môi trường cho công nhân", "Phòng An toàn – Môi trường"),
                       ("4.2", 3, "Lập báo cáo công tác bảo vệ môi trường năm 2026", "Phòng An toàn – Môi trường")]),
)


# (number, RU, KK, RU component, KK component, RU actor, KK actor, RU term, KK term, million tenge, RU indicator, KK indicator)
PPEE = (
    ("1.1", "Установка рукавного фильтра на линии шлифования плит взамен циклонов", "Тақталарды тегістеу желісіне циклондардың орнына жеңді сүзгі орнату",
     "атмосферный воздух", "атмосфералық ауа", "главный механик", "бас механик", "II–III кв. 2026 г.", "2026 ж. II–III тоқсан", 185,
     "снижение выброса пыли древесной на 42 т/год", "ағаш шаңы шығарындысын жылына 42 т азайту"),
    ("1.2", "Перевод горячего пресса на смолу с пониженным содержанием формальдегида", "Ыстық престі формальдегид мөлшері төмендетілген шайырға көшіру",
     "атмосферный воздух", "атмосфералық ауа", "главный технолог", "бас технолог", "2027 г.", "2027 ж.", 60,
     "снижение выброса формальдегида на 35 %", "формальдегид шығарындысын 35 %-ға азайту"),
    ("2.1", "Строительство системы оборотного водоснабжения мокрой очистки газов сушилки", "Кептіргіш газдарын дымқыл тазартудың айналмалы сумен жабдықтау жүйесін салу",
     "водные ресурсы", "су ресурстары", "служба капитального строительства", "күрделі құрылыс қызметі", "2027–2028 гг.", "2027–2028 жж.", 240,
     "исключение сброса сточных вод на рельеф", "сарқынды суларды жер бедеріне ағызуды болдырмау"),
    ("3.1", "Организация участка брикетирования опилок и шлифовальной пыли", "Үгінділер мен тегістеу шаңын брикеттеу учаскесін ұйымдастыру",
     "отходы", "қалдықтар", "начальник цеха ДСП", "АЖТ цехының бастығы", "IV кв. 2026 г.", "2026 ж. IV тоқсан", 95,
     "вовлечение 3 800 т отходов в производство топлива", "3 800 т қалдықты отын өндірісіне тарту"),
)  # fmt: skip
PPEE_LABELS = (("Наименование мероприятия", "Іс-шараның атауы"), ("Компонент окружающей среды", "Қоршаған орта компоненті"),
               ("Ответственный исполнитель", "Жауапты орындаушы"), ("Срок реализации", "Іске асыру мерзімі"),
               ("Стоимость, млн тенге", "Құны, млн теңге"), ("Источник финансирования", "Қаржыландыру көзі"), ("Показатель результата", "Нәтиже көрсеткіші"))


def tasks_ia2(doc: Doc) -> None:
    """A particle-board works' programme of raising environmental efficiency written as one passport per measure — a small
    table each, no header row, the measure's number only in its title row merged across (`Паспорт мероприятия № 2.1`),
    then the name, the component, the responsible executor, the term, the cost, the source and the indicator as label–value
    rows — and the programme's cost by year in a table of no role after them (VI: a wood-pellet factory's `Phiếu nhiệm
    vụ số 3` cards with the lead and the partner units)."""
    if doc.lang == "vi":
        _tasks_ia2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    doc.h(g("Программа повышения экологической эффективности на 2026–2028 годы. ТОО «Алтай Ағаш Өнімдері» (завод ДСП и корпусной мебели, г. Риддер)",
            "«Алтай Ағаш Өнімдері» ЖШС (АЖТ және корпустық жиһаз зауыты, Риддер қ.). 2026–2028 жылдарға арналған экологиялық тиімділікті арттыру бағдарламасы", ""))
    doc.p(g("Раздел 5. Паспорта мероприятий. Источник финансирования всех мероприятий – собственные средства предприятия.",
            "5-бөлім. Іс-шаралар паспорттары. Барлық іс-шараларды қаржыландыру көзі – кәсіпорынның меншікті қаражаты.", ""))
    own = g("собственные средства", "меншікті қаражат", "")
    for number, t_ru, t_kk, c_ru, c_kk, a_ru, a_kk, d_ru, d_kk, cost, i_ru, i_kk in PPEE:
        values = ((t_ru, t_kk)[L], (c_ru, c_kk)[L], (a_ru, a_kk)[L], (d_ru, d_kk)[L], num(cost, doc.lang), own, (i_ru, i_kk)[L])
        rows = [[g(f"Паспорт мероприятия № {number}", f"№ {number} іс-шара паспорты", ""), None], *([lab[L], v] for lab, v in zip(PPEE_LABELS, values, strict=True))]
        doc.table(None, rows, [(0, 0, 0, 1)], role="tasks")
        doc.add("obligations", {"kind": "task", "number": number, "text_contains": _words((t_ru, t_kk)[L], 4), "actor_contains": (a_ru, a_kk)[L]})
    doc.table(g("Таблица 5.5 – Затраты на реализацию Программы по годам, млн тенге", "5.5-кесте – Бағдарламаны іске асыруға арналған шығындар, млн теңге", ""),
              [["2026", "2027", "2028", g("Всего", "Барлығы", "")],
               [num(185 + 95, doc.lang), num(60 + 120, doc.lang), num(120, doc.lang), num(sum(p[9] for p in PPEE), doc.lang)]], role="other")


VN_PELLET_TASKS = (
    ("Lắp đặt thêm hệ thống lọc bụi túi vải sau cyclone của lò sấy thùng quay", "Giảm nồng độ bụi tại ống thải xuống dưới 50 mg/Nm³",
     "Phòng Kỹ thuật", "Xưởng Cơ điện", "Quý II/2026", "2.400", "Biên bản nghiệm thu, kết quả quan trắc"),
    ("Xây dựng mái che và tường bao kho dăm gỗ, mùn cưa", "Hạn chế phát tán bụi, nước mưa chảy tràn qua kho nguyên liệu",
     "Ban Quản lý dự án", "Phòng Kế toán", "Quý III/2026", "1.850", "Biên bản nghiệm thu công trình"),
    ("Thay thế dầu thủy lực gốc khoáng bằng dầu sinh học cho máy ép viên", "Giảm nguy cơ nhiễm dầu vào sản phẩm và chất thải",
     "Xưởng Sản xuất", "Phòng Vật tư", "Năm 2026", "320", "Hóa đơn, phiếu nhập kho"),
    ("Cập nhật chương trình quan trắc môi trường theo giấy phép môi trường mới", "Bảo đảm tuân thủ giấy phép môi trường",
     "Phòng An toàn – Môi trường", "Phòng Kỹ thuật", "Tháng 3/2026", "40", "Chương trình quan trắc được phê duyệt"),
)
VN_CARD = ("Tên nhiệm vụ", "Mục tiêu", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện", "Kinh phí dự kiến (triệu đồng)", "Kết quả, sản phẩm")


def _tasks_ia2_vi(doc: Doc) -> None:
    doc.h("KẾ HOẠCH CẢI THIỆN MÔI TRƯỜNG NĂM 2026 – NHÀ MÁY VIÊN NÉN GỖ PHÙ CÁT")
    doc.p("Chủ cơ sở: Công ty TNHH Năng lượng Sinh khối Phù Cát. Mỗi nhiệm vụ được mô tả trong một phiếu riêng.")
    for k, task in enumerate(VN_PELLET_TASKS, 1):
        rows = [[f"PHIẾU NHIỆM VỤ SỐ {k}", None], *([label, v] for label, v in zip(VN_CARD, task, strict=True))]
        doc.table(None, rows, [(0, 0, 0, 1)], role="tasks")
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(task[0], 5), "actor_contains": task[2]})
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"IA{k}", globals()[f"{role}_ia{k}"]) for role in ROLES for k in (1, 2)]
