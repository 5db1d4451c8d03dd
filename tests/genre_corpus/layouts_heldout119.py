"""A blind held-out set (two layouts per role, `JX1` and `JX2`): never used for tuning, written by someone who neither
ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`.

Theme: coke ovens, coal tar distillation and by-product chemical plants. Kazakhstan: a coke-chemical production at
Temirtau with its coke oven batteries, coal preparation shop, by-product recovery (ammonium sulphate, crude benzene) and
biochemical treatment plant, and a coal tar distillation plant with a pitch coking unit near Karaganda. Vietnam: a coke
and chemicals plant in the Kinh Môn industrial park and a tar distillation plant at Cái Lân.

Facility: a КЭР's first annex as `Реквизит | Значение | Примечание`, the coordinates in degrees, minutes and seconds,
the notes full of look-alikes (phone, registration date, the SZZ width, the number of ovens) and the batteries in a table
of no role (VI: a GPMT's `Thông tin chung` with the coordinates in DMS, `Nhóm I`, the coke yard's area) (JX1); an
operator's two plants and a coal store as rows under a row that spans the table with the operator and its BIN, the
coordinates under a two-row header `широта | долгота` written with a point, the products in a table of no role (VI: a
company's coke plant and tar plant as rows, the enterprise number in the spanning row) (JX2).

Emissions: a coke battery's inventory under a three-row header with the source's diameter and the gas concentration
between the grams and the tonnes, section rows by shop, subtotals by shop, benzo(a)pyrene as a long decimal, no class
(VI: an ĐTM's stack loads with flow, concentration, g/s and tonnes, the stacks named not numbered) (JX1); a tar
distillation plant's substances with two periods as column groups (reconstruction and operation), the class and the
ПДК м.р. as a look-alike, dashes where a period emits nothing, totals (VI: the same two periods as section rows) (JX2).

Wastes: a КЭР's limits of waste accumulation, hazardous and non-hazardous under section rows, the tonnes formed beside
the accumulation limit and the storage term in months as look-alikes, subtotals (VI: a GPMT's CTNH in kg/year beside the
ordinary wastes in tonnes in one table under section rows) (JX1); a tar plant's report of waste movement — stock at the
start, formed, used in its own pitch coking, handed over, stock at the end — the code in the last column (VI: a
quarterly CTNH report with the receiving company's licence number as a look-alike) (JX2).

Limits: a laboratory's stack protocol at the battery chimney and the tube furnace, the source merged down, the result,
its uncertainty `±` and the КЭР norm, units in a row of their own, conditions of sampling in a table of no role (VI: a
GPMT's flue-gas limits by QCVN 19 B with Kp and Kv and QCVN 20 for the organics) (JX1); the biochemical treatment
plant's discharge norms with the actual concentration, the ДС, grams per hour and tonnes a year as look-alikes, pH as a
range, thiocyanates with no key (VI: the treated waste water at two outlets against QCVN 40:2011/BTNMT B) (JX2).

Monitoring: a transposed matrix of substances in rows and sources in columns under a merged header, each cell a
frequency or a dash, then the protection zone's points with one frequency merged down the whole table (VI: a GPMT
monitoring programme with periodic rows and the automatic system's `liên tục` rows) (JX1); a laboratory's sampling
calendar with months I–XII marked `+`, the frequency to be read from the marks, a row of sample counts as a look-alike
(VI: a calendar by quarters with `x`) (JX2).

Inspections: a by-product plant's round sheet under shop rows: what is checked, how often, who and where it is written
(VI: a treatment plant operator's check list) (JX1); a yearly schedule of internal audits with months instead of a
frequency, numbered, the auditor in a column (VI: the same with `Tháng`) (JX2).

Tasks: a ПМООС annex with money by year under a merged header, the effect in tonnes a year as a look-alike, section rows
numbered `1.`, items `1.1` (VI: a plan of upgrading the coke plant with `Quý II/2026`) (JX1); a BAT transition schedule
with quarters marked `■`, the BAT's number (`НДТ 49`) beside the item's, stages that continue the numbering (VI: a plan
of remedying an inspection's findings, each finding beside its remedy) (JX2).
"""

from __future__ import annotations

from . import vocab
from .common import Doc, distractor, freq, make_bin, make_msdn, maybe_distractor, num
from .limits_data import add, limit
from .registry import ROLES, Layout
from .sources_data import emission

# ---------------------------------------------------------------- helpers


def _L(doc: Doc) -> int:
    return 0 if doc.lang == "ru" else 1


def _rk(doc: Doc):
    """`g(ru, kk)`: the text of a Russian or a Kazakh document."""
    L = _L(doc)
    return lambda ru, kk: (ru, kk)[L]


def _sig(x: float, digits: int = 3) -> float:
    return float(f"{x:.{digits}g}")


def _words(text: str, n: int = 4) -> str:
    return " ".join(text.split()[:n])


def _span(rows: list, merges: list, text: str, width: int) -> None:
    rows.append([text] + [None] * (width - 1))
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))


def _kind(number: str) -> str:
    return "unorganized" if number.startswith("6") else "organized"


def _kato(doc: Doc, prefix: str) -> str:
    rest = 9 - len(prefix) - 3
    return f"{prefix}{doc.rng.randint(10 ** (rest - 1), 10**rest - 1)}{doc.rng.choice(('000', '100'))}"


def _dms(doc: Doc, deg: int, lat: bool) -> tuple[str, float]:
    """A coordinate in degrees, minutes and seconds as written, and its decimal value."""
    m, s = doc.rng.randint(0, 59), round(doc.rng.uniform(0, 59.9), 1)
    value = round(deg + m / 60 + s / 3600, 6)
    sec = num(s, doc.lang, group=False)
    hemi = {"ru": ("с.ш.", "в.д."), "kk": ("с.е.", "ш.б."), "vi": ("N", "E")}[doc.lang][0 if lat else 1]
    return f"{deg}°{m:02d}′{sec}″ {hemi}", value


# code: (RU, KK, VI, hazard class) — names of the list of pollutants in force
SUB = {
    "0301": ("Азота диоксид", "Азот диоксиді", "NOx (tính theo NO2)", 2),
    "0304": ("Азот (II) оксид", "Азот оксиді", "NO", 3),
    "0330": ("Сера диоксид", "Күкірт диоксиді", "SO2", 3),
    "0337": ("Углерод оксид", "Көміртек оксиді", "CO", 4),
    "0333": ("Сероводород", "Күкіртсутек", "H2S", 2),
    "0303": ("Аммиак", "Аммиак", "NH3", 4),
    "0317": ("Гидроцианид (Синильная кислота)", "Гидроцианид (синиль қышқылы)", "HCN", 2),
    "0602": ("Бензол", "Бензол", "Benzen", 2),
    "0621": ("Метилбензол (Толуол)", "Метилбензол (толуол)", "Toluen", 3),
    "0616": ("Диметилбензол (Ксилол)", "Диметилбензол (ксилол)", "Xylen", 3),
    "0703": ("Бенз/а/пирен", "Бенз(а)пирен", "Benzo(a)pyren", 1),
    "0708": ("Нафталин", "Нафталин", "Naphtalen", 4),
    "1071": ("Гидроксибензол (Фенол)", "Гидроксибензол (фенол)", "Phenol", 2),
    "2418": ("Пиридин", "Пиридин", "Pyridin", 2),
    "3749": ("Пыль каменного угля", "Көмір шаңы", "Bụi than", None),
    "2902": ("Взвешенные частицы", "Қалқыма бөлшектер", "Bụi tổng", 3),
    "0328": ("Углерод (Сажа)", "Көміртек (күйе)", "Muội than", 3),
    "0334": ("Сероуглерод", "Көміртек дисульфиді (сероуглерод)", "CS2", 2),
    "2908": ("Пыль неорганическая, содержащая двуокись кремния в %: 70-20", "Бейорганикалық шаң: кремний қостотығы 70-20%", "Bụi đất đá", 3),
    "2754": ("Алканы С12-19", "Алкандар С12-19", "Hydrocacbon C12-C19", 4),
    "0123": ("Железо (II, III) оксиды", "Темір оксидтері", "Sắt oxit", 3),
}


def _air(doc: Doc, code: str) -> str:
    return SUB[code][vocab.LANGS.index(doc.lang)]


def _hz(code: str) -> int | None:
    return SUB[code][3]


FW = {"daily": {"ru": "ежедневно", "kk": "күн сайын", "vi": "hằng ngày"},
      "weekly": {"ru": "еженедельно", "kk": "апта сайын", "vi": "hằng tuần"}}


def _said(doc: Doc) -> dict[str, str]:
    """One wording per frequency for the whole document."""
    out = {w: FW[w][doc.lang] for w in FW}
    out.update({w: freq(doc, w) for w in ("monthly", "quarterly", "semiannual", "yearly", "continuous")})
    return out


# (RU, KK operator, RU, KK plant, key RU, key KK, BIN-less head)
COKE_OPS = (
    ("ТОО «Теміртау Кокс-Химия»", "«Теміртау Кокс-Химия» ЖШС", "Коксохимическое производство «Теміртау»",
     "«Теміртау» кокс-химия өндірісі", "Теміртау", "Теміртау"),
    ("АО «Карагандинский коксохим»", "«Қарағанды коксохим» АҚ", "Коксохимический завод «Нұра»",
     "«Нұра» кокс-химия зауыты", "Нұра", "Нұра"),
)  # fmt: skip
VN_COKE = (
    ("Công ty Cổ phần Than cốc và Hóa chất Kinh Môn", "Nhà máy luyện cốc Kinh Môn", "Kinh Môn",
     "Lô CN-05, Khu công nghiệp Phú Thái, phường Kinh Môn, thành phố Hải Phòng"),
    ("Công ty TNHH Cốc hóa Sông Công", "Nhà máy cốc hóa Sông Công", "Sông Công",
     "Khu công nghiệp Sông Công II, phường Bách Quang, tỉnh Thái Nguyên"),
)  # fmt: skip

# ---------------------------------------------------------------- facility


def facility_jx1(doc: Doc) -> None:
    """A КЭР's first annex `Реквизит | Значение | Примечание`: the operator, BIN, the object, OKED 19100, KATO, the
    coordinates of the site's centre in degrees, minutes and seconds, the capacity in coke of 6 % moisture, category I;
    the notes hold look-alikes (the phone, the BIN's registration date, the SZZ of 1 000 m, the ovens' count); the
    batteries in a table of no role (VI: a GPMT's general information with the coordinates in DMS and `Nhóm I`)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_jx1_vi(doc)
        return
    L, g = _L(doc), _rk(doc)
    op = doc.pick(COKE_OPS)
    operator, plant, key = op[L], op[2 + L], op[4 + L]
    bin_, kato = make_bin(r), _kato(doc, "3530")
    lat_t, lat = _dms(doc, 50, True)
    lon_t, lon = _dms(doc, 72, False)
    cap = r.randint(22, 31) * 100
    doc.h(g("Приложение 1 к комплексному экологическому разрешению", "Кешенді экологиялық рұқсатқа 1-қосымша"))
    doc.p(g(f"Сведения об операторе и объекте I категории, для которого выдано разрешение № KZ{r.randint(10, 99)}VCZ{r.randint(10**7, 10**8 - 1)}.",
            f"№ KZ{r.randint(10, 99)}VCZ{r.randint(10**7, 10**8 - 1)} рұқсат берілген оператор және I санаттағы объект туралы мәліметтер."))
    rows = [g(["Реквизит", "Значение", "Примечание"], ["Деректеме", "Мәні", "Ескертпе"]),
            [g("Оператор", "Оператор"), operator, g(f"тел. +7 7213 {r.randint(90, 99)} {r.randint(10, 99)} {r.randint(10, 99)}",
                                                      f"тел. +7 7213 {r.randint(90, 99)} {r.randint(10, 99)} {r.randint(10, 99)}")],
            [g("БИН", "БСН"), bin_, g(f"зарегистрирован {r.randint(1, 28):02d}.{r.randint(1, 12):02d}.20{bin_[:2]}",
                                      f"20{bin_[:2]} ж. {r.randint(1, 28):02d}.{r.randint(1, 12):02d} тіркелген")],
            [g("Наименование объекта", "Объектінің атауы"), plant, ""],
            [g("Вид деятельности по ОКЭД", "ЭҚЖЖ бойынша қызмет түрі"), g("19100 – Производство продукции коксовых печей",
                                                                            "19100 – Кокс пештерінің өнімдерін өндіру"), ""],
            [g("Код КАТО", "ҚАТО коды"), kato, g("г. Темиртау, промышленная зона", "Теміртау қ., өнеркәсіптік аймақ")],
            [g("Координаты центра промплощадки", "Өндірістік алаң орталығының координаттары"), f"{lat_t}, {lon_t}",
             g("размер СЗЗ – 1 000 м", "СҚА мөлшері – 1 000 м")],
            [g("Производственная мощность", "Өндірістік қуаты"), g(f"кокс валовый 6 % влажности – {num(cap, 'ru')} тыс. т/год",
                                                                  f"ылғалдылығы 6 % жалпы кокс – жылына {num(cap, 'kk')} мың т"),
             g("4 коксовые батареи, 260 печей", "4 кокс батареясы, 260 пеш")],
            [g("Категория объекта", "Объект санаты"), "I", g("пп. 3.1 п. 3 раздела 1 приложения 2 к Экологическому кодексу РК",
                                                             "ҚР Экологиялық кодексіне 2-қосымшаның 1-бөлімі 3-т. 3.1-т.т.")]]
    doc.table(g("Таблица 1. Общие сведения", "1-кесте. Жалпы мәліметтер"), rows, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": key, "kato": kato, "oked": "19100", "category": "I", "lat": lat, "lon": lon})
    doc.table(g("Таблица 2. Коксовые батареи", "2-кесте. Кокс батареялары"), [
        g(["№ батареи", "Система обогрева", "Число печей", "Год ввода", "Период коксования, ч"],
          ["Батарея №", "Жылыту жүйесі", "Пештер саны", "Іске қосылған жылы", "Кокстеу кезеңі, сағ"]),
        ["5", g("ПК-2К", "ПК-2К"), "65", "1978", num(r.choice((16.5, 17.0, 18.0)), doc.lang)],
        ["6", g("ПВР", "ПВР"), "65", "1984", num(r.choice((16.5, 17.0, 18.0)), doc.lang)],
        ["7", g("ПВР", "ПВР"), "65", "1996", num(r.choice((16.0, 17.5)), doc.lang)],
        ["8", g("ПВР", "ПВР"), "65", "2012", num(r.choice((16.0, 17.5)), doc.lang)],
    ], role="other")


def _facility_jx1_vi(doc: Doc) -> None:
    r = doc.rng
    company, plant, key, place = doc.pick(VN_COKE)
    msdn = make_msdn(r)
    lat_t, lat = _dms(doc, 21, True)
    lon_t, lon = _dms(doc, 106, False)
    doc.h("GIẤY PHÉP MÔI TRƯỜNG – PHỤ LỤC I. THÔNG TIN CHUNG VỀ CƠ SỞ")
    doc.p(f"(Kèm theo Giấy phép môi trường số {r.randint(100, 480)}/GPMT-BNNMT ngày {r.randint(1, 28)}/{r.randint(1, 12)}/2025)")
    rows = [["Nội dung", "Thông tin", "Ghi chú"],
            ["Tên chủ cơ sở", company, f"Điện thoại: 0220 3{r.randint(100, 999)} {r.randint(100, 999)}"],
            ["Mã số doanh nghiệp", msdn, f"Đăng ký lần đầu ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2008"],
            ["Tên cơ sở", plant, ""],
            ["Địa điểm", place, f"Diện tích {num(r.randint(28, 46), 'vi')} ha"],
            ["Tọa độ trung tâm (WGS-84)", f"{lat_t}; {lon_t}", "Hệ VN-2000 xem bản vẽ tổng mặt bằng"],
            ["Công suất", f"Than cốc: {num(r.randint(5, 9) * 100000, 'vi')} tấn/năm; hắc ín: {num(r.randint(20, 40) * 1000, 'vi')} tấn/năm",
             "02 lò cốc × 50 buồng"],
            ["Loại hình", "Sản xuất than cốc (có nguy cơ gây ô nhiễm môi trường theo Phụ lục II Nghị định số 08/2022/NĐ-CP)", ""],
            ["Phân nhóm", "Dự án đầu tư nhóm I", "Mục 3 Phụ lục III Nghị định số 08/2022/NĐ-CP"]]
    doc.table("Bảng 1. Thông tin chung về cơ sở", rows, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": key, "category": "I", "lat": lat, "lon": lon})
    maybe_distractor(doc, 0.5)


# (RU, KK name, key, OKED, RU, KK OKED words, KATO prefix, lat, lon, category, RU, KK capacity)
TAR_SITES = (
    ("Коксохимический завод", "Кокс-химия зауыты", "Коксохим", "Кокс-химия", "19100", "Производство продукции коксовых печей",
     "Кокс пештерінің өнімдерін өндіру", "3530", 50.0683, 72.9871, "I", "кокс – 2 600 тыс. т/год", "кокс – жылына 2 600 мың т"),
    ("Цех смолоперегонки и пекококсования", "Шайыр айдау және пек-кокстеу цехы", "смолоперегонки", "Шайыр айдау", "20140",
     "Производство прочих основных органических химических веществ", "Өзге де негізгі органикалық химиялық заттар өндірісі",
     "3530", 50.0522, 73.0214, "I", "каменноугольная смола – 180 тыс. т/год", "тас көмір шайыры – жылына 180 мың т"),
    ("Угольный склад ст. Карабас", "Қарабас ст. көмір қоймасы", "Карабас", "Қарабас", "52101",
     "Складирование и хранение", "Қоймалау және сақтау", "3520", 49.5133, 72.8466, "III", "400 тыс. т/год", "жылына 400 мың т"),
)  # fmt: skip


def facility_jx2(doc: Doc) -> None:
    """An operator's two plants and its coal store as rows, under a row spanning the table with the operator and its BIN,
    the coordinates under a two-row header `Координаты центра | широта | долгота` written with a decimal point, the
    category and the capacity; the products in a table of no role (VI: a company's coke plant and tar plant as rows)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_jx2_vi(doc)
        return
    L, g = _L(doc), _rk(doc)
    op = doc.pick(COKE_OPS)[L]
    bin_ = make_bin(r)
    doc.h(g("Паспорт предприятия. Раздел 1. Объекты оператора", "Кәсіпорын паспорты. 1-бөлім. Оператордың объектілері"))
    head = g(["№", "Объект", "ОКЭД", "КАТО", "Координаты центра", None, "Категория", "Мощность"],
             ["№", "Объект", "ЭҚЖЖ", "ҚАТО", "Орталықтың координаттары", None, "Санаты", "Қуаты"])
    sub = [None, None, None, None, g("широта", "ендік"), g("долгота", "бойлық"), None, None]
    rows, merges = [head, sub], [(0, c, 1, c) for c in (0, 1, 2, 3, 6, 7)] + [(0, 4, 0, 5)]
    _span(rows, merges, g(f"Оператор: {op}, БИН {bin_}", f"Оператор: {op}, БСН {bin_}"), 8)
    for k, s in enumerate(TAR_SITES, 1):
        kato = _kato(doc, s[7])
        lat, lon = round(s[8] + r.uniform(-0.003, 0.003), 5), round(s[9] + r.uniform(-0.003, 0.003), 5)
        rows.append([str(k), s[L], f"{s[4]} {s[5 + L]}", kato, f"{lat:.5f}", f"{lon:.5f}", s[10], s[11 + L]])
        doc.add("facilities", {"bin": bin_, "name_contains": s[2 + L], "kato": kato, "oked": s[4], "category": s[10], "lat": lat, "lon": lon})
    doc.table(g("Таблица 1.1", "1.1-кесте"), rows, merges, role="facility")
    doc.table(g("Таблица 1.2. Товарная продукция", "1.2-кесте. Тауарлық өнім"), [
        g(["Продукт", "ГОСТ / СТ", "Выпуск 2025 г., т"], ["Өнім", "МемСТ / СТ", "2025 ж. шығарылымы, т"]),
        g(["Кокс доменный", "ГОСТ 8935-77", num(r.randint(1900, 2400) * 1000, "ru")], ["Домна коксы", "МемСТ 8935-77", num(r.randint(1900, 2400) * 1000, "kk")]),
        g(["Смола каменноугольная", "ГОСТ 4492-2017", num(r.randint(80, 99) * 1000, "ru")], ["Тас көмір шайыры", "МемСТ 4492-2017", num(r.randint(80, 99) * 1000, "kk")]),
        g(["Сульфат аммония", "ГОСТ 9097-82", num(r.randint(20, 30) * 1000, "ru")], ["Аммоний сульфаты", "МемСТ 9097-82", num(r.randint(20, 30) * 1000, "kk")]),
        g(["Бензол сырой каменноугольный", "ГОСТ 9961-74", num(r.randint(24, 33) * 1000, "ru")], ["Шикі тас көмір бензолы", "МемСТ 9961-74", num(r.randint(24, 33) * 1000, "kk")]),
    ], role="other")


def _facility_jx2_vi(doc: Doc) -> None:
    r = doc.rng
    company = "Công ty Cổ phần Hóa than Cái Lân"
    msdn = make_msdn(r)
    doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – {company.upper()}")
    doc.p("Mục 1. Thông tin các cơ sở do Công ty quản lý")
    rows = [["TT", "Cơ sở", "Địa chỉ", "Vĩ độ (N)", "Kinh độ (E)", "Loại hình sản xuất", "Phân nhóm"]]
    merges = []
    _span(rows, merges, f"Chủ đầu tư: {company} – Mã số doanh nghiệp: {msdn}", 7)
    sites = (("Nhà máy cốc Hoành Bồ", "Hoành Bồ", "xã Thống Nhất, tỉnh Quảng Ninh", 21.0152, 107.0433, "Sản xuất than cốc, khí lò cốc", "I"),
             ("Nhà máy chưng cất hắc ín Cái Lân", "Cái Lân", "Khu công nghiệp Cái Lân, phường Bãi Cháy, tỉnh Quảng Ninh", 20.9731, 107.0298,
              "Chưng cất hắc ín than đá, sản xuất dầu creosote, pek", "II"))
    for k, (name, key, place, la, lo, kind, cat) in enumerate(sites, 1):
        lat, lon = round(la + r.uniform(-0.003, 0.003), 5), round(lo + r.uniform(-0.003, 0.003), 5)
        rows.append([str(k), name, place, num(lat, "vi", group=False), num(lon, "vi", group=False), kind, f"Nhóm {cat}"])
        doc.add("facilities", {"bin": msdn, "name_contains": key, "category": cat, "lat": lat, "lon": lon})
    doc.table("Bảng 1. Danh sách cơ sở", rows, merges, role="facility")
    doc.table("Bảng 2. Sản phẩm chính năm 2025", [
        ["Sản phẩm", "Đơn vị", "Sản lượng"],
        ["Than cốc luyện kim", "tấn", num(r.randint(400, 600) * 1000, "vi")],
        ["Pek điện cực", "tấn", num(r.randint(20, 40) * 1000, "vi")],
        ["Dầu creosote", "tấn", num(r.randint(10, 25) * 1000, "vi")],
    ], role="other")


# ---------------------------------------------------------------- emissions

# (RU, KK shop, [(number, RU, KK source, height m, diameter m, {code: (low, high) g/s}, hours)])
COKE_SHOPS = (
    (("Коксовый цех (коксовая батарея № 7)", "Кокс цехы (№ 7 кокс батареясы)"), (
        ("0711", "Дымовая труба КБ № 7", "№ 7 КБ түтін мұржасы", 120, 6.0,
         {"0301": (3.0, 6.5), "0304": (0.4, 1.0), "0330": (2.0, 5.0), "0337": (4.0, 9.0), "0703": (0.00001, 0.00004)}, 8760),
        ("0712", "Установка беспылевой выдачи кокса", "Коксты шаңсыз беру қондырғысы", 45, 2.4,
         {"2902": (0.8, 2.2), "0330": (0.15, 0.6), "0703": (0.000004, 0.00001)}, 8760),
        ("0713", "Башня мокрого тушения кокса", "Коксты ылғалды сөндіру мұнарасы", 32, 8.0,
         {"2902": (1.5, 3.5), "0333": (0.05, 0.2), "0303": (0.1, 0.3), "1071": (0.02, 0.08)}, 8760),
        ("6711", "Неплотности дверей, люков и стояков КБ № 7", "№ 7 КБ есіктері, люктері мен тіреулерінің тығыз болмауы", 14, None,
         {"0703": (0.000002, 0.000008), "0602": (0.05, 0.2), "0333": (0.02, 0.07), "0337": (0.3, 0.9)}, 8760),
    )),
    (("Углеподготовительный цех", "Көмір дайындау цехы"), (
        ("0101", "Аспирация дробильного отделения", "Ұсату бөлімшесінің аспирациясы", 26, 1.2, {"3749": (0.3, 0.9)}, 7200),
        ("6101", "Открытый угольный склад", "Ашық көмір қоймасы", 2, None, {"3749": (0.5, 1.6)}, 8760),
    )),
    (("Цех улавливания химических продуктов", "Химиялық өнімдерді аулау цехы"), (
        ("0201", "Воздушник сатуратора сульфатного отделения", "Сульфат бөлімшесі сатураторының ауа шығарғышы", 30, 0.3,
         {"0303": (0.02, 0.09), "2418": (0.005, 0.02), "0333": (0.003, 0.01)}, 8400),
        ("0202", "Воздушники хранилищ сырого бензола", "Шикі бензол қоймаларының ауа шығарғыштары", 12, 0.15,
         {"0602": (0.05, 0.3), "0621": (0.01, 0.05), "0616": (0.003, 0.01), "0708": (0.001, 0.006)}, 8760),
    )),
)  # fmt: skip


def _g(value: float, lang: str) -> str:
    """A small figure written out as a long decimal: `0,0000213`."""
    return num(value, lang, group=False)


def emissions_jx1(doc: Doc) -> None:
    """A coke battery's and by-product plant's inventory of emission parameters under a three-row header — `Источник
    выброса | Загрязняющее вещество | Выброс`, then the sub-columns, then a row of units of its own — the diameter of
    the mouth and the gas concentration (mg/m³) sitting between the grams and the tonnes as look-alikes, the shops as rows
    spanning the table with a subtotal after each, benzo(a)pyrene written as a long decimal, no hazard class (VI: an
    ĐTM's loads by stack as column pairs `g/s | tấn/năm` under the stacks' names, pollutants as rows, dashes)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_jx1_vi(doc)
        return
    L, g = _L(doc), _rk(doc)
    op = doc.pick(COKE_OPS)
    doc.h(g(f"Отчет по инвентаризации выбросов загрязняющих веществ. {op[2]}", f"Ластаушы заттар шығарындыларын түгендеу туралы есеп. {op[3]}"))
    doc.p(g("Параметры выбросов определены по результатам инструментальных замеров 2025 г. и расчетным методом для неорганизованных источников.",
            "Шығарынды параметрлері 2025 ж. аспаптық өлшеулер нәтижелері бойынша, ұйымдастырылмаған көздер үшін есептеу әдісімен анықталды."))
    rows = [g(["Источник выброса", None, None, None, "Загрязняющее вещество", None, "Выброс", None, None],
              ["Шығарынды көзі", None, None, None, "Ластаушы зат", None, "Шығарынды", None, None]),
            g(["№", "наименование", "высота", "диаметр устья", "код", "наименование", "максимальный", "концентрация", "валовый"],
              ["№", "атауы", "биіктігі", "сағасының диаметрі", "коды", "атауы", "ең жоғары", "концентрациясы", "жалпы"]),
            g(["", "", "м", "м", "", "", "г/с", "мг/м³", "т/год"], ["", "", "м", "м", "", "", "г/с", "мг/м³", "т/жыл"])]
    merges = [(0, 0, 0, 3), (0, 4, 0, 5), (0, 6, 0, 8)]
    all_g, all_t, numbers = [], [], []
    for (s_ru, s_kk), sources in COKE_SHOPS:
        _span(rows, merges, (s_ru, s_kk)[L], 9)
        sh_g, sh_t = [], []
        for number, n_ru, n_kk, height, diam, codes, hours in sources:
            start = len(rows)
            for j, (c, (lo, hi)) in enumerate(codes.items()):
                gs = _sig(r.uniform(lo, hi), 3)
                ty = _sig(gs * 3600 * hours * r.uniform(0.7, 0.95) / 1e6, 3)
                conc = "-" if diam is None else num(_sig(r.uniform(0.5, 400) if gs > 0.001 else r.uniform(0.0001, 0.002), 3), doc.lang)
                rows.append([number if j == 0 else None, (n_ru, n_kk)[L] if j == 0 else None, str(height) if j == 0 else None,
                             (num(diam, doc.lang) if diam else "-") if j == 0 else None, c, _air(doc, c), _g(gs, doc.lang), conc, _g(ty, doc.lang)])
                doc.add("emissions", emission(c, gs, ty, number))
                sh_g.append(gs)
                sh_t.append(ty)
            if len(codes) > 1:
                merges += [(start, k, len(rows) - 1, k) for k in range(4)]
            numbers.append(number)
        rows.append([g("Итого по цеху", "Цех бойынша жиыны"), None, None, None, None, None, _g(round(sum(sh_g), 7), doc.lang), "",
                     _g(round(sum(sh_t), 6), doc.lang)])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 5))
        all_g += sh_g
        all_t += sh_t
    rows.append([g("Всего по производству", "Өндіріс бойынша барлығы"), None, None, None, None, None, _g(round(sum(all_g), 7), doc.lang), "",
                 _g(round(sum(all_t), 6), doc.lang)])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 5))
    doc.table(g("Таблица 2.3 – Параметры источников и выбросы загрязняющих веществ", "2.3-кесте – Көздердің параметрлері және ластаушы заттар шығарындылары"),
              rows, merges, role="emissions")
    doc.add("sources", *({"number": n, "type": _kind(n)} for n in numbers))
    doc.p(g("Примечание: концентрация приведена при нормальных условиях (273 К, 101,3 кПа); для неорганизованных источников не определяется.",
            "Ескертпе: концентрация қалыпты жағдайда (273 К, 101,3 кПа) келтірілген; ұйымдастырылмаған көздер үшін анықталмайды."))
    maybe_distractor(doc)


# (VI stack, {code: (low, high) g/s}, hours)
VN_STACKS = (
    ("Ống khói lò cốc (H = 100 m)", {"2902": (1.0, 2.5), "0330": (3.0, 7.0), "0301": (4.0, 8.0), "0337": (2.0, 6.0), "0703": (0.00001, 0.00003)}, 8760),
    ("Ống thải tháp dập cốc ướt", {"2902": (1.2, 3.0), "0333": (0.05, 0.2), "0303": (0.1, 0.3), "1071": (0.02, 0.06)}, 8760),
    ("Ống thải hệ thống lọc bụi xưởng nghiền than", {"3749": (0.3, 0.9)}, 6000),
)  # fmt: skip
VN_ORDER = ("2902", "3749", "0330", "0301", "0337", "0333", "0303", "1071", "0703")


def _emissions_jx1_vi(doc: Doc) -> None:
    r = doc.rng
    company, plant, _, _ = doc.pick(VN_COKE)
    doc.h(f"BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG – DỰ ÁN MỞ RỘNG {plant.upper()}")
    doc.h("3.1.2.1. Tải lượng các chất ô nhiễm từ các ống thải trong giai đoạn vận hành")
    doc.p(f"Chủ dự án: {company}. Tải lượng tính theo hệ số phát thải của US EPA AP-42 (Mục 12.2 Coke production) và kết quả đo đạc tại nhà máy hiện hữu.")
    head = ["Thông số"]
    sub = [None]
    merges = [(0, 0, 1, 0)]
    for k, (name, _, _) in enumerate(VN_STACKS):
        head += [name, None]
        sub += ["g/s", "tấn/năm"]
        merges.append((0, 1 + 2 * k, 0, 2 + 2 * k))
    rows = [head, sub]
    figures = {}
    for k, (_, codes, hours) in enumerate(VN_STACKS):
        for c, (lo, hi) in codes.items():
            gs = _sig(r.uniform(lo, hi), 3)
            figures[(k, c)] = (gs, _sig(gs * 3600 * hours * 0.9 / 1e6, 3))
    for c in VN_ORDER:
        line = [_air(doc, c)]
        for k in range(len(VN_STACKS)):
            if (k, c) in figures:
                gs, ty = figures[(k, c)]
                line += [_g(gs, "vi"), _g(ty, "vi")]
                doc.add("emissions", emission(c, gs, ty))
            else:
                line += ["-", "-"]
        rows.append(line)
    doc.table("Bảng 3.4. Tải lượng bụi, khí thải từ các ống thải của dự án", rows, merges, role="emissions")
    doc.p("Ghi chú: “-” – không phát sinh. Thời gian vận hành lò cốc 24/24 giờ, 365 ngày/năm.")
    maybe_distractor(doc)


# code: construction (low, high) g/s or None, operation (low, high) g/s or None
TAR_SUBST = (
    ("2908", (0.2, 0.9), None), ("0123", (0.005, 0.02), None), ("0328", (0.01, 0.05), None), ("2754", (0.02, 0.09), None),
    ("0301", (0.05, 0.2), (0.8, 2.0)), ("0304", (0.008, 0.03), (0.1, 0.3)), ("0337", (0.1, 0.4), (0.5, 1.5)),
    ("0330", None, (0.6, 1.8)), ("0333", None, (0.005, 0.02)), ("0602", None, (0.01, 0.06)), ("1071", None, (0.004, 0.02)),
    ("0708", None, (0.01, 0.05)), ("0703", None, (0.000001, 0.000005)),
)  # fmt: skip
PDK_MR = {"2908": 0.3, "0123": None, "0328": 0.15, "2754": 1, "0301": 0.2, "0304": 0.4, "0337": 5, "0330": 0.5, "0333": 0.008,
          "0602": 0.3, "1071": 0.01, "0708": 0.007, "0703": None}


def emissions_jx2(doc: Doc) -> None:
    """A tar distillation plant's list of substances for the reconstruction of its tube furnace and for operation as two
    column groups `Период реконструкции: г/с | т/период` and `Период эксплуатации: г/с | т/год`, the hazard class and the
    ПДК м.р. before them as a look-alike, dashes where a period emits nothing, the totals (VI: the two periods as rows
    spanning the table, the substances under each)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_jx2_vi(doc)
        return
    L, g = _L(doc), _rk(doc)
    op = doc.pick(COKE_OPS)[L]
    doc.h(g("Раздел 4. Нормативы допустимых выбросов цеха смолоперегонки", "4-бөлім. Шайыр айдау цехының жол берілетін шығарындылар нормативтері"))
    doc.p(g(f"Оператор: {op}. Реконструкция трубчатой печи смолоперегонного агрегата – 2026 г. (8 месяцев).",
            f"Оператор: {op}. Шайыр айдау агрегатының құбырлы пешін реконструкциялау – 2026 ж. (8 ай)."))
    rows = [g(["Код", "Наименование вещества", "Класс опасности", "ПДК м.р., мг/м³", "Период реконструкции", None, "Период эксплуатации", None],
              ["Коды", "Заттың атауы", "Қауіптілік сыныбы", "ЕЖШК б.р., мг/м³", "Реконструкция кезеңі", None, "Пайдалану кезеңі", None]),
            g([None, None, None, None, "г/с", "т/период", "г/с", "т/год"], [None, None, None, None, "г/с", "т/кезең", "г/с", "т/жыл"])]
    merges = [(0, c, 1, c) for c in range(4)] + [(0, 4, 0, 5), (0, 6, 0, 7)]
    sums = [[], [], [], []]
    for c, con, ope in TAR_SUBST:
        cells = []
        for k, (span, period, hours) in enumerate(((con, "construction", 5800), (ope, "operation", 8000))):
            if span is None:
                cells += ["-", "-"]
                continue
            gs = _sig(r.uniform(*span), 3)
            ty = _sig(gs * 3600 * hours * r.uniform(0.5, 0.9) / 1e6, 3)
            cells += [_g(gs, doc.lang), _g(ty, doc.lang)]
            sums[2 * k].append(gs)
            sums[2 * k + 1].append(ty)
            doc.add("emissions", emission(c, gs, ty, None, _hz(c), period))
        pdk = PDK_MR[c]
        rows.append([c, _air(doc, c), str(_hz(c)), num(pdk, doc.lang) if pdk else "-", *cells])
    rows.append(["", g("Всего", "Барлығы"), "", "", *(_g(round(sum(x), 7), doc.lang) for x in sums)])
    doc.table(g("Таблица 4.1 – Перечень загрязняющих веществ, выбрасываемых в атмосферу", "4.1-кесте – Атмосфераға шығарылатын ластаушы заттар тізбесі"),
              rows, merges, role="emissions")
    doc.p(g("Для бенз/а/пирена и оксидов железа ПДК м.р. не установлена, применяется ПДК с.с.",
            "Бенз(а)пирен мен темір оксидтері үшін ЕЖШК б.р. белгіленбеген, ЕЖШК о.т. қолданылады."))
    maybe_distractor(doc)


VN_TAR = (("construction", "Giai đoạn thi công xây dựng", {"2902": (0.2, 0.9), "0301": (0.05, 0.2), "0337": (0.1, 0.4), "0330": (0.01, 0.04)}, 4800),
          ("operation", "Giai đoạn vận hành", {"0330": (0.6, 1.8), "0301": (0.8, 2.0), "0337": (0.5, 1.5), "0602": (0.01, 0.06),
                                               "1071": (0.004, 0.02), "0708": (0.01, 0.05), "0703": (0.000001, 0.000005)}, 8000))


def _emissions_jx2_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – NHÀ MÁY CHƯNG CẤT HẮC ÍN CÁI LÂN")
    doc.p("Bảng dưới tổng hợp tải lượng chất ô nhiễm không khí của dự án theo từng giai đoạn (tính toán theo hệ số WHO và số liệu thiết kế).")
    rows = [["TT", "Chất ô nhiễm", "Tải lượng (g/s)", "Tải lượng (tấn/năm)", "Ghi chú"]]
    merges = []
    for roman, (period, title, codes, hours) in zip(("I", "II"), VN_TAR, strict=True):
        _span(rows, merges, f"{roman}. {title}", 5)
        for k, (c, span) in enumerate(codes.items(), 1):
            gs = _sig(r.uniform(*span), 3)
            ty = _sig(gs * 3600 * hours * 0.8 / 1e6, 3)
            note = "Đào đắp, vận chuyển" if period == "construction" and c == "2902" else ("Ống khói lò ống" if c in ("0330", "0301", "0337") else "")
            rows.append([str(k), _air(doc, c), _g(gs, "vi"), _g(ty, "vi"), note])
            doc.add("emissions", emission(c, gs, ty, None, None, period))
    doc.table("Bảng 2.6. Tổng hợp tải lượng khí thải theo giai đoạn", rows, merges, role="emissions")
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

# (code, RU, KK name, (low, high) t/year, RU, KK way)
USE, HAND, REGEN, POLIGON = (("использование в угольной шихте", "көмір шихтасында пайдалану"),
                             ("передача специализированной организации", "мамандандырылған ұйымға беру"),
                             ("передача на регенерацию", "регенерацияға беру"), ("размещение на полигоне ТБО", "ҚТҚ полигонына орналастыру"))
COKE_WASTES = (
    ("05 06 01*", "Кислая смолка сульфатного отделения", "Сульфат бөлімшесінің қышқыл шайыры", (120, 260), USE),
    ("05 06 03*", "Фусы смоляные механизированных осветлителей", "Механикаландырылған тұндырғыштардың шайыр фустары", (900, 1800), USE),
    ("07 01 08*", "Кубовые остатки ректификации бензола", "Бензол ректификациясының куб қалдықтары", (40, 95), HAND),
    ("13 02 05*", "Отработанные моторные и трансмиссионные масла", "Пайдаланылған мотор және трансмиссия майлары", (6, 18), REGEN),
    ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", (0.3, 1.2), HAND),
    ("16 11 04", "Огнеупорный лом от ремонта коксовых батарей", "Кокс батареяларын жөндеуден қалған отқа төзімді сынық", (300, 900), HAND),
    ("07 01 12", "Избыточный активный ил биохимической установки", "Биохимиялық қондырғының артық белсенді тұнбасы", (150, 420), USE),
    ("17 04 05", "Лом черных металлов", "Қара металл сынықтары", (80, 260), HAND),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", (90, 160), POLIGON),
)  # fmt: skip


def _t(x: float) -> float:
    return round(x, 1) if x >= 10 else round(x, 3)


def wastes_jx1(doc: Doc) -> None:
    """A КЭР's annex of limits of waste accumulation: `Опасные отходы` and `Неопасные отходы` as rows spanning the table
    with a subtotal after each, the tonnes formed a year (the amount) beside the accumulation limit in tonnes and the term
    of storage in months as look-alikes, the way of handling last, the grand total (VI: a GPMT's CTNH in kg/year under one
    section row and the ordinary wastes in tonnes/year under another, the unit written only in the section row)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_jx1_vi(doc)
        return
    L, g = _L(doc), _rk(doc)
    op = doc.pick(COKE_OPS)
    doc.h(g(f"Приложение 4 к КЭР. Лимиты накопления отходов. {op[2]}", f"КЭР-ге 4-қосымша. Қалдықтарды жинақтау лимиттері. {op[3]}"))
    rows = [g(["№", "Наименование отхода", "Код по классификатору", "Образование, т/год", "Лимит накопления, т", "Срок накопления, мес.",
               "Способ обращения"],
              ["№", "Қалдықтың атауы", "Сыныптауыш бойынша коды", "Түзілуі, т/жыл", "Жинақтау лимиті, т", "Жинақтау мерзімі, ай",
               "Басқару тәсілі"])]
    merges = []
    total, k = 0.0, 0
    for hazardous in (True, False):
        _span(rows, merges, g("Опасные отходы", "Қауіпті қалдықтар") if hazardous else g("Неопасные отходы", "Қауіпті емес қалдықтар"), 7)
        sub = 0.0
        for code, n_ru, n_kk, span, way in COKE_WASTES:
            if code.endswith("*") != hazardous:
                continue
            k += 1
            amount = _t(r.uniform(*span))
            limit_t = _t(amount * r.choice((0.25, 0.5, 0.08)))
            months = r.choice((3, 6)) if hazardous else r.choice((6, 12))
            name = (n_ru, n_kk)[L]
            rows.append([str(k), name, code, num(amount, doc.lang), num(limit_t, doc.lang), str(months), way[L]])
            doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": hazardous, "amount_t": amount, "name_contains": _words(name, 3)})
            sub += amount
        rows.append(["", g("Итого", "Жиыны"), "", num(round(sub, 3), doc.lang), "", "", ""])
        total += sub
    rows.append(["", g("Всего по объекту", "Объект бойынша барлығы"), "", num(round(total, 3), doc.lang), "", "", ""])
    doc.table(g("Таблица 1. Лимиты накопления отходов на 2026–2035 годы", "1-кесте. 2026–2035 жылдарға арналған қалдықтарды жинақтау лимиттері"),
              rows, merges, role="wastes")
    doc.p(g("Смолистые отходы (фусы, кислая смолка) возвращаются в угольную шихту в соответствии с п. 2 ст. 323 Экологического кодекса.",
            "Шайырлы қалдықтар (фустар, қышқыл шайыр) Экологиялық кодекстің 323-бабының 2-тармағына сәйкес көмір шихтасына қайтарылады."))
    maybe_distractor(doc)


VN_ORD_COKE = (("Gạch chịu lửa thải từ sửa chữa lò cốc", (120, 400)), ("Phế liệu kim loại", (30, 90)),
               ("Bao bì giấy, carton thải", (2, 8)), ("Bùn thải từ hệ thống xử lý nước thải sinh học (đã phân định không nguy hại)", (80, 240)))


def _wastes_jx1_vi(doc: Doc) -> None:
    r = doc.rng
    company, plant, _, _ = doc.pick(VN_COKE)
    doc.h(f"PHỤ LỤC III – YÊU CẦU VỀ QUẢN LÝ CHẤT THẢI – {plant.upper()}")
    doc.p(f"(Kèm theo Giấy phép môi trường cấp cho {company})")
    rows = [["TT", "Tên chất thải", "Mã chất thải", "Trạng thái tồn tại", "Khối lượng"]]
    merges = []
    _span(rows, merges, "A. CHẤT THẢI NGUY HẠI (đơn vị: kg/năm)", 5)
    for k, (code, name, state) in enumerate(r.sample(vocab.VN_CTNH, 5), 1):
        kg = r.randint(4, 90) * 100
        rows.append([str(k), name, code, state, num(kg, "vi")])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000, "name_contains": _words(name, 4)})
    _span(rows, merges, "B. CHẤT THẢI RẮN CÔNG NGHIỆP THÔNG THƯỜNG (đơn vị: tấn/năm)", 5)
    for k, (name, span) in enumerate(VN_ORD_COKE, 1):
        t = float(r.randint(*span))
        rows.append([str(k), name, "-", "Rắn", num(t, "vi")])
        doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": _words(name, 4)})
    doc.table("Bảng 3.1. Khối lượng, chủng loại chất thải phát sinh", rows, merges, role="wastes")
    doc.p("Chủ cơ sở thực hiện phân định bùn thải theo QCVN 07:2009/BTNMT định kỳ 01 lần/năm.")


# (code, RU, KK name, (low, high) t formed, share used in pitch coking)
TAR_WASTES = (
    ("05 06 03*", "Смолистые отходы зачистки хранилищ смолы", "Шайыр қоймаларын тазалаудан қалған шайырлы қалдықтар", (60, 140), 0.9),
    ("05 06 03*", "Пековая крошка и пыль пекоразливки", "Пек құю кезіндегі пек ұнтағы мен шаңы", (30, 80), 1.0),
    ("06 02 04*", "Отработанный раствор щелочной промывки фракций", "Фракцияларды сілтілі жуудың пайдаланылған ерітіндісі", (20, 60), 0.0),
    ("15 02 02*", "Промасленная ветошь", "Майланған шүберек", (0.5, 2.5), 0.0),
    ("17 04 05", "Лом черных металлов", "Қара металл сынықтары", (15, 60), 0.0),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", (20, 45), 0.0),
)  # fmt: skip


def wastes_jx2(doc: Doc) -> None:
    """A tar distillation plant's report of waste movement for 2025 under a merged header `Движение отходов, т` over the
    stock at the start, formed (the amount), used in its own pitch coking, handed over and the stock at the end, the
    code in the last column, the same code `05 06 03*` on two wastes (VI: a yearly CTNH summary, generated and handed over
    in kg, the receiver's licence number as a look-alike)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_jx2_vi(doc)
        return
    L, g = _L(doc), _rk(doc)
    doc.h(g("Отчет о движении отходов производства за 2025 год. Цех смолоперегонки и пекококсования",
            "2025 жылғы өндіріс қалдықтарының қозғалысы туралы есеп. Шайыр айдау және пек-кокстеу цехы"))
    rows = [g(["Наименование отхода", "Движение отходов, т", None, None, None, None, "Код отхода"],
              ["Қалдықтың атауы", "Қалдықтар қозғалысы, т", None, None, None, None, "Қалдық коды"]),
            g([None, "наличие на 01.01.2025", "образовано", "использовано в пекококсовании", "передано сторонним организациям", "наличие на 31.12.2025", None],
              [None, "01.01.2025 қалдығы", "түзілді", "пек-кокстеуде пайдаланылды", "бөгде ұйымдарға берілді", "31.12.2025 қалдығы", None])]
    merges = [(0, 0, 1, 0), (0, 1, 0, 5), (0, 6, 1, 6)]
    for code, n_ru, n_kk, span, share in TAR_WASTES:
        start = _t(r.uniform(0, span[0] / 4))
        formed = _t(r.uniform(*span))
        used = _t(formed * share)
        handed = _t(max(0.0, formed - used - r.uniform(0, formed / 10)) if share < 1 else 0.0)
        end = round(start + formed - used - handed, 3)
        name = (n_ru, n_kk)[L]
        rows.append([name, num(start, doc.lang), num(formed, doc.lang), num(used, doc.lang) if used else "-",
                     num(handed, doc.lang) if handed else "-", num(end, doc.lang), code])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": formed, "name_contains": _words(name, 3)})
    doc.table(g("Форма 1. Движение отходов", "1-нысан. Қалдықтар қозғалысы"), rows, merges, role="wastes")
    doc.p(g("Отходы, использованные в пекококсовании, учитываются как сырье установки и в объем размещения не включаются.",
            "Пек-кокстеуде пайдаланылған қалдықтар қондырғының шикізаты ретінде есепке алынады және орналастыру көлеміне енгізілмейді."))
    distractor(doc, "contacts")


VN_RECEIVERS = ("Công ty TNHH Môi trường Xanh Hạ Long (Mã số QLCTNH: 1-2-3-4-5-6.022.VX)",
                "Công ty Cổ phần Môi trường Đông Bắc (Mã số QLCTNH: 1-2-3-4-5.037.VX)")


def _wastes_jx2_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – NHÀ MÁY CHƯNG CẤT HẮC ÍN CÁI LÂN")
    doc.p("Mục 3.2. Kết quả quản lý chất thải nguy hại (Mẫu số 05.A Phụ lục VI Thông tư số 02/2022/TT-BTNMT)")
    rows = [["TT", "Tên chất thải", "Mã CTNH", "Số lượng phát sinh (kg)", "Số lượng chuyển giao (kg)", "Tổ chức tiếp nhận"]]
    total = 0
    for k, (code, name, _) in enumerate(r.sample(vocab.VN_CTNH, 5), 1):
        kg = r.randint(3, 120) * 50
        handed = kg - r.randint(0, 2) * 50 if kg > 100 else kg
        rows.append([str(k), name, code, num(kg, "vi"), num(handed, "vi"), doc.pick(VN_RECEIVERS)])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000, "name_contains": _words(name, 4)})
        total += kg
    rows.append(["", "Tổng cộng", "", num(total, "vi"), "", ""])
    doc.table("Bảng 3.3. Chất thải nguy hại phát sinh và chuyển giao năm 2025", rows, role="wastes")
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

# (number, RU, KK source, {code: norm mg/m3})
STACK_NORMS = (
    ("0711", "Дымовая труба КБ № 7", "№ 7 КБ түтін мұржасы", {"0301": 500, "0330": 400, "0337": 600, "2902": 50}),
    ("0712", "Установка беспылевой выдачи кокса", "Коксты шаңсыз беру қондырғысы", {"2902": 20, "0330": 200}),
    ("0351", "Трубчатая печь смолоперегонного агрегата", "Шайыр айдау агрегатының құбырлы пеші", {"0301": 250, "0337": 150, "0330": 35}),
)  # fmt: skip


def limits_jx1(doc: Doc) -> None:
    """An accredited laboratory's protocol of stack measurements: the source merged down over its components, the result,
    its uncertainty `±` and the КЭР's norm, the unit written once in a row of its own under the header, a column saying
    whether it complies; the conditions of sampling (temperature, velocity, flow, O2) in a table of no role (VI: a GPMT's
    flue-gas limits of the coke oven stack: QCVN 19:2009/BTNMT column B with Kp and Kv before Cmax, then QCVN 20 for the
    organics under a section row)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_jx1_vi(doc)
        return
    L, g = _L(doc), _rk(doc)
    op = doc.pick(COKE_OPS)
    doc.h(g(f"Протокол испытаний № {r.randint(100, 999)}-В от {r.randint(1, 28):02d}.{r.choice(('03', '06', '09'))}.2025",
            f"2025 ж. {r.randint(1, 28):02d}.{r.choice(('03', '06', '09'))} № {r.randint(100, 999)}-В сынақ хаттамасы"))
    doc.p(g(f"Заказчик: {op[0]}. Объект: {op[2]}. Испытательная лаборатория аккредитована, аттестат KZ.T.09.{r.randint(1000, 2999)}. "
            "Методики: МВИ по ГОСТ 17.2.4.06-90, ГОСТ 33007-2014.",
            f"Тапсырыс беруші: {op[1]}. Объект: {op[3]}. Сынақ зертханасы аккредиттелген, аттестат KZ.T.09.{r.randint(1000, 2999)}. "
            "Әдістемелер: МемСТ 17.2.4.06-90, МемСТ 33007-2014."))
    rows = [g(["Источник", "Определяемый компонент", "Результат", "Погрешность, ±", "Норматив КЭР", "Соответствие"],
              ["Көз", "Анықталатын компонент", "Нәтиже", "Қателік, ±", "КЭР нормативі", "Сәйкестігі"]),
            ["", "", g("мг/м³", "мг/м³"), g("мг/м³", "мг/м³"), g("мг/м³", "мг/м³"), ""]]
    merges = []
    conds = []
    for number, s_ru, s_kk, norms in STACK_NORMS:
        start = len(rows)
        for j, (c, norm) in enumerate(norms.items()):
            v = _sig(norm * r.uniform(0.3, 0.95), 3)
            rows.append([f"{number}\n{(s_ru, s_kk)[L]}" if j == 0 else None, f"{c} {_air(doc, c)}", num(v, doc.lang), num(_sig(v * 0.12, 2), doc.lang),
                         num(norm, doc.lang), g("соответствует", "сәйкес")])
            add(doc, limit(("code", c), "flue_gas", norm, "mg/m3", None, number, v))
        if len(norms) > 1:
            merges.append((start, 0, len(rows) - 1, 0))
        conds.append([number, str(r.randint(60, 240)), num(round(r.uniform(4, 14), 1), doc.lang), num(r.randint(40, 400) * 1000, doc.lang),
                      num(round(r.uniform(6, 15), 1), doc.lang)])
    doc.table(g("Результаты измерений", "Өлшеу нәтижелері"), rows, merges, role="limits")
    doc.add("sources", *({"number": n, "type": "organized"} for n, *_ in STACK_NORMS))
    doc.table(g("Условия отбора проб", "Сынама алу жағдайлары"),
              [g(["Источник", "Температура газа, °C", "Скорость, м/с", "Расход, м³/ч", "O2, %"], ["Көз", "Газ температурасы, °C", "Жылдамдығы, м/с",
                                                                                               "Шығыны, м³/сағ", "O2, %"]), *conds], role="other")
    distractor(doc, "approval")


# code: QCVN 19 B (mg/Nm3)
VN_Q19 = {"2902": 200, "0337": 1000, "0330": 500, "0301": 850, "0333": 7.5, "0303": 50}
VN_Q20 = {"0602": 5, "1071": 19, "0708": 150}


def _limits_jx1_vi(doc: Doc) -> None:
    r = doc.rng
    company, plant, _, _ = doc.pick(VN_COKE)
    flow = r.randint(120, 260) * 1000
    kp = 0.8 if flow > 100000 else 0.9
    doc.h("PHỤ LỤC II – NỘI DUNG CẤP PHÉP XẢ KHÍ THẢI VÀ YÊU CẦU BẢO VỆ MÔI TRƯỜNG ĐỐI VỚI THU GOM, XỬ LÝ KHÍ THẢI")
    doc.p(f"(Kèm theo Giấy phép môi trường của {plant}, {company})")
    doc.p(f"Dòng khí thải số 01: khí thải sau hệ thống khử lưu huỳnh, xả ra môi trường qua ống khói lò cốc cao 100 m; lưu lượng xả khí thải lớn nhất "
          f"{num(flow, 'vi')} m³/giờ; vị trí xả: X = {num(r.randint(2320000, 2330000), 'vi')}; Y = {num(r.randint(590000, 600000), 'vi')} "
          "(hệ tọa độ VN-2000, kinh tuyến trục 105°30′, múi chiếu 3°).")
    rows = [["TT", "Chất ô nhiễm", "Đơn vị", "C (cột B)", "Kp", "Kv", "Giá trị giới hạn cho phép"]]
    merges = []
    _span(rows, merges, "Theo QCVN 19:2009/BTNMT", 7)
    k = 0
    for c, b in VN_Q19.items():
        k += 1
        cmax = round(b * kp * 1.0, 3)
        rows.append([str(k), _air(doc, c), "mg/Nm³", num(b, "vi"), num(kp, "vi"), "1,0", num(cmax, "vi")])
        add(doc, limit(("code", c), "flue_gas", cmax, "mg/Nm3", "B"))
    _span(rows, merges, "Theo QCVN 20:2009/BTNMT", 7)
    for c, v in VN_Q20.items():
        k += 1
        rows.append([str(k), _air(doc, c), "mg/Nm³", "-", "-", "-", num(v, "vi")])
        add(doc, limit(("code", c), "flue_gas", v, "mg/Nm3"))
    doc.table("Bảng 2.1. Các chất ô nhiễm và giá trị giới hạn của chất ô nhiễm theo dòng khí thải số 01", rows, merges, role="limits")
    doc.p("Ghi chú: Kp – hệ số lưu lượng nguồn thải; Kv – hệ số vùng, khu vực (khu công nghiệp, Kv = 1,0).")


# (symbol or None, RU, KK name, limit, (low, high) share of the limit measured)
BHU = (
    ("pH", "Водородный показатель", "Сутегі көрсеткіші", (6.5, 8.5), None),
    ("TSS", "Взвешенные вещества", "Қалқыма заттар", 25, (0.4, 0.9)),
    ("COD", "ХПК", "ОХТ", 120, (0.4, 0.9)),
    ("BOD5", "БПК5", "ОБТ5", 15, (0.4, 0.9)),
    ("NH4+", "Аммоний-ион", "Аммоний-ион", 2.5, (0.3, 0.9)),
    ("Phenols", "Фенолы (летучие)", "Фенолдар (ұшпа)", 0.01, (0.2, 0.8)),
    ("CN-", "Цианиды", "Цианидтер", 0.05, (0.2, 0.8)),
    (None, "Роданиды", "Роданидтер", 0.1, (0.2, 0.8)),
    ("TPH", "Нефтепродукты", "Мұнай өнімдері", 0.3, (0.2, 0.8)),
    ("SO4", "Сульфаты", "Сульфаттар", 500, (0.4, 0.9)),
    ("Cl-", "Хлориды", "Хлоридтер", 350, (0.4, 0.9)),
)  # fmt: skip


def limits_jx2(doc: Doc) -> None:
    """The biochemical treatment plant's norms of discharge to the evaporation pond: the actual concentration of 2025 (the
    measured value), the allowed concentration ДС (the limit), then the discharge in grams an hour and tonnes a year as
    look-alikes, the unit in the cells (`мг/дм³`, `ед. pH`), pH as a range, thiocyanates with no key (VI: the treated
    waste water at two outlets, `Kết quả` merged over `NT-01 | NT-02`, against QCVN 40:2011/BTNMT column B)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_jx2_vi(doc)
        return
    L, g = _L(doc), _rk(doc)
    op = doc.pick(COKE_OPS)
    q = r.randint(90, 180)
    doc.h(g("Нормативы допустимых сбросов загрязняющих веществ со сточными водами биохимической установки",
            "Биохимиялық қондырғының ағынды суларымен ластаушы заттардың жол берілетін төгінділерінің нормативтері"))
    doc.p(g(f"{op[0]}, {op[2]}. Выпуск № 1 в пруд-испаритель. Расход сточных вод: {q} м³/ч, {num(q * 8760, 'ru')} м³/год.",
            f"{op[1]}, {op[3]}. Булану тоғанына № 1 шығарылым. Ағынды сулардың шығыны: {q} м³/сағ, жылына {num(q * 8760, 'kk')} м³."))
    rows = [g(["Показатель", "Фактическая концентрация 2025 г.", "Допустимая концентрация (ДС)", "Сброс, г/ч", "Сброс, т/год"],
              ["Көрсеткіш", "2025 ж. нақты концентрация", "Жол берілетін концентрация (ЖТ)", "Төгінді, г/сағ", "Төгінді, т/жыл"])]
    for key, n_ru, n_kk, lim, share in BHU:
        name = (n_ru, n_kk)[L]
        if key == "pH":
            v = round(r.uniform(7.0, 8.2), 1)
            rows.append([name, f"{num(v, doc.lang)} {g('ед. pH', 'pH бірл.')}", f"{num(lim[0], doc.lang)}–{num(lim[1], doc.lang)}", "-", "-"])
            add(doc, limit(("symbol", "pH"), "waste_water", lim, None, measured=v))
            continue
        v = _sig(lim * r.uniform(*share), 2)
        rows.append([name, f"{num(v, doc.lang)} мг/дм³", f"{num(lim, doc.lang)} мг/дм³", num(_sig(lim * q, 3), doc.lang),
                     num(_sig(lim * q * 8760 / 1e6, 3), doc.lang)])
        if key:
            add(doc, limit(("symbol", key), "waste_water", lim, "mg/l", measured=v))
        else:
            doc.add("limits", {"medium": "waste_water", "unit": "mg/l", "column": None, "point": None, "limit": float(lim), "limit_min": None,
                               "limit_max": None, "value": v})
    doc.table(g("Таблица 5.2", "5.2-кесте"), rows, role="limits")
    doc.p(g("Сброс в г/ч и т/год рассчитан по допустимой концентрации и утвержденному расходу.",
            "г/сағ және т/жыл төгінді жол берілетін концентрация мен бекітілген шығын бойынша есептелген."))
    maybe_distractor(doc)


VN_WW = ("pH", "BOD5", "COD", "TSS", "NH4+", "Phenols", "CN-", "S2-", "TPH", "TN")


def _limits_jx2_vi(doc: Doc) -> None:
    r = doc.rng
    from .limits_data import QCVN40

    company, plant, _, _ = doc.pick(VN_COKE)
    doc.h(f"KẾT QUẢ QUAN TRẮC NƯỚC THẢI ĐỢT 2 NĂM 2025 – {plant.upper()}")
    doc.p(f"Đơn vị quan trắc: Trung tâm Quan trắc Tài nguyên và Môi trường (VIMCERTS {r.randint(100, 299)}). Ngày lấy mẫu: {r.randint(1, 28):02d}/06/2025. "
          "NT-01: sau bể lắng thứ cấp; NT-02: cửa xả cuối cùng ra mương thoát nước chung của KCN.")
    rows = [["TT", "Thông số", "Đơn vị", "Kết quả", None, "QCVN 40:2011/BTNMT (cột B)"], [None, None, None, "NT-01", "NT-02", None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 1, 5)]
    for k, s in enumerate(VN_WW, 1):
        b = QCVN40[s][1]
        cells = []
        for pid in ("NT-01", "NT-02"):
            v = round(r.uniform(6.6, 8.4), 1) if s == "pH" else _sig(b * r.uniform(0.1, 0.85), 2)
            cells.append(num(v, "vi"))
            add(doc, limit(("symbol", s), "waste_water", b, "mg/l", "B", pid, v))
        rows.append([str(k), vocab.water(s, "vi"), "-" if s == "pH" else "mg/L", *cells, "5,5 – 9" if s == "pH" else num(b, "vi")])
    doc.table("Bảng 2. Kết quả phân tích chất lượng nước thải", rows, merges, role="limits")
    doc.p("Ghi chú: hệ số Kq và Kf bằng 1 do nước thải xả vào hệ thống thu gom của khu công nghiệp.")


# ---------------------------------------------------------------- monitoring

MON_SOURCES = ("0711", "0712", "0713", "0201", "0202")
MON_MATRIX = (
    ("0301", ("continuous", None, None, None, None)),
    ("0330", ("continuous", "quarterly", None, None, None)),
    ("0337", ("continuous", None, None, None, None)),
    ("2902", ("quarterly", "quarterly", "quarterly", None, None)),
    ("0703", ("semiannual", "semiannual", None, None, None)),
    ("0333", (None, None, "quarterly", "quarterly", None)),
    ("0303", (None, None, "quarterly", "quarterly", None)),
    ("1071", (None, None, "quarterly", None, None)),
    ("2418", (None, None, None, "semiannual", None)),
    ("0602", (None, None, None, None, "quarterly")),
    ("0621", (None, None, None, None, "yearly")),
)
SZZ_CODES = ("2902", "0602", "1071", "0333", "0303")


def monitoring_jx1(doc: Doc) -> None:
    """A ПЭК programme's matrix turned round: the substances as rows with their code, the sources as columns under a merged
    header `Периодичность контроля на источниках выбросов`, each cell a frequency or a dash, the battery's chimney
    continuous by its automated system; then the protection zone's four points with their substances and one frequency
    merged down the whole column (VI: a GPMT's monitoring programme with a section of periodic sampling and one of the
    automatic system, the parameters listed in one cell with flow and temperature among them)."""
    if doc.lang == "vi":
        _monitoring_jx1_vi(doc)
        return
    g = _rk(doc)
    op = doc.pick(COKE_OPS)
    said = _said(doc)
    doc.h(g(f"Программа производственного экологического контроля. {op[2]}", f"{op[3]} өндірістік экологиялық бақылау бағдарламасы"))
    doc.h(g("3.2. Операционный мониторинг выбросов", "3.2. Шығарындылардың операциялық мониторингі"))
    rows = [[g("Код ЗВ", "ЛЗ коды"), g("Загрязняющее вещество", "Ластаушы зат"),
             g("Периодичность контроля на источниках выбросов", "Шығарынды көздеріндегі бақылау кезеңділігі"), None, None, None, None],
            [None, None, *(f"№ {n}" for n in MON_SOURCES)]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 6)]
    pairs = []
    for code, words in MON_MATRIX:
        rows.append([code, _air(doc, code), *(said[w] if w else "—" for w in words)])
        for n, w in zip(MON_SOURCES, words, strict=True):
            if w:
                doc.add("monitoring", {"source_number": n, "code": code, "frequency": w})
                pairs.append((n, code))
    doc.table(g("Таблица 3.2 – Периодичность контроля выбросов", "3.2-кесте – Шығарындыларды бақылау кезеңділігі"), rows, merges, role="monitoring")
    doc.p(g("Непрерывный контроль на дымовой трубе КБ № 7 (№ 0711) ведется автоматизированной системой мониторинга эмиссий.",
            "№ 7 КБ түтін мұржасындағы (№ 0711) үздіксіз бақылау эмиссиялар мониторингінің автоматтандырылған жүйесімен жүргізіледі."))
    doc.add("sources", *({"number": n, "type": "organized"} for n in MON_SOURCES))
    doc.add("emissions", *(emission(c, None, None, n) for n, c in pairs))
    rows = [g(["Точка", "Расположение", "Контролируемые вещества", "Периодичность"], ["Нүкте", "Орналасуы", "Бақыланатын заттар", "Кезеңділігі"])]
    sides = g(("север", "восток", "юг", "запад"), ("солтүстік", "шығыс", "оңтүстік", "батыс"))
    for k, side in enumerate(sides, 1):
        pid = f"Т-{k}"
        rows.append([pid, g(f"граница СЗЗ (1 000 м), {side}", f"СҚА шекарасы (1 000 м), {side}"), "; ".join(_air(doc, c) for c in SZZ_CODES),
                     said["monthly"] if k == 1 else None])
        for c in SZZ_CODES:
            doc.add("monitoring", {"point": pid, "code": c, "frequency": "monthly"})
    doc.table(g("Таблица 3.3 – Мониторинг воздействия на границе СЗЗ", "3.3-кесте – СҚА шекарасындағы әсер мониторингі"), rows, [(1, 3, 4, 3)],
              role="monitoring")
    maybe_distractor(doc)


def _monitoring_jx1_vi(doc: Doc) -> None:
    company, plant, _, _ = doc.pick(VN_COKE)
    said = _said(doc)
    doc.h(f"CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG – {plant.upper()}")
    doc.p(f"(Phụ lục V kèm theo Giấy phép môi trường cấp cho {company})")
    rows = [["Vị trí quan trắc", "Ký hiệu", "Thông số quan trắc", "Tần suất", "Quy chuẩn so sánh"]]
    merges = []
    _span(rows, merges, "1. Quan trắc khí thải định kỳ", 5)
    plan = (("Ống khói lò cốc", "KT-01", ("0602", "1071", "0333", "0303"), "quarterly", "QCVN 19:2009/BTNMT, QCVN 20:2009/BTNMT"),
            ("Ống thải tháp dập cốc", "KT-02", ("2902", "0333", "0303"), "semiannual", "QCVN 19:2009/BTNMT (cột B)"))
    for name, pid, codes, word, std in plan:
        rows.append([name, pid, ", ".join(["Lưu lượng", *(_air(doc, c) for c in codes)]), said[word], std])
        for c in codes:
            doc.add("monitoring", {"point": pid, "code": c, "frequency": word})
    _span(rows, merges, "2. Quan trắc khí thải tự động, liên tục", 5)
    codes = ("2902", "0330", "0301", "0337")
    rows.append(["Ống khói lò cốc", "KT-01", ", ".join(["Lưu lượng", "nhiệt độ", "áp suất", *(_air(doc, c) for c in codes)]), said["continuous"],
                 "QCVN 19:2009/BTNMT (cột B)"])
    for c in codes:
        doc.add("monitoring", {"point": "KT-01", "code": c, "frequency": "continuous"})
    doc.table("Bảng 5.1. Chương trình quan trắc khí thải", rows, merges, role="monitoring")
    doc.p("Dữ liệu quan trắc tự động được truyền liên tục về Sở Nông nghiệp và Môi trường theo quy định tại Thông tư số 10/2021/TT-BTNMT.")


MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
MARKS = {"monthly": set(range(12)), "quarterly": {0, 3, 6, 9}, "semiannual": {3, 9}, "yearly": {6}}
# (point, RU, KK place, [(kind, key)], frequency)
CALENDAR = (
    ("Вып. 1", "выпуск БХУ в пруд-испаритель", "БХҚ-дан булану тоғанына шығарылым",
     (("water", "pH"), ("water", "COD"), ("water", "Phenols"), ("water", "CN-"), ("water", "NH4+")), "monthly"),
    ("Т-2", "граница СЗЗ, восток", "СҚА шекарасы, шығыс", (("code", "0703"), ("code", "0602"), ("code", "1071")), "quarterly"),
    ("Скв. 3", "наблюдательная скважина у шламонакопителя", "шлам жинағыш маңындағы бақылау ұңғымасы",
     (("water", "Phenols"), ("water", "NH4+"), ("water", "TPH"), ("water", "SO4")), "quarterly"),
    ("Скв. 7", "фоновая скважина", "фондық ұңғыма", (("water", "Phenols"), ("water", "NH4+"), ("water", "SO4")), "semiannual"),
    ("ПП-1", "пробная площадка у смолохранилища", "шайыр қоймасы маңындағы сынама алаңы", (("soil", "Pb"), ("soil", "Zn"), ("soil", "TPH")), "yearly"),
)  # fmt: skip


def _pname(doc: Doc, kind: str, key: str) -> str:
    if kind == "code":
        return _air(doc, key)
    return vocab.soil(key, doc.lang) if kind == "soil" else vocab.water(key, doc.lang)


def _gold_key(kind: str, key: str) -> dict:
    return {"code": key} if kind == "code" else {"symbol": key}


def monitoring_jx2(doc: Doc) -> None:
    """A laboratory's sampling calendar for 2026: points with their parameters in rows, months `I`–`XII` as columns under
    a merged `Месяц отбора`, a `+` in each month sampled — the frequency is to be read from the marks (twelve, four, two,
    one) — and a last row counting the samples per month as a look-alike (VI: a calendar by quarters `Quý I`–`Quý IV`
    marked `x`)."""
    if doc.lang == "vi":
        _monitoring_jx2_vi(doc)
        return
    L, g = _L(doc), _rk(doc)
    op = doc.pick(COKE_OPS)
    doc.h(g(f"График отбора проб и выполнения анализов на 2026 год. {op[2]}", f"2026 жылға арналған сынама алу және талдау кестесі. {op[3]}"))
    doc.p(g("Отбор проб выполняет санитарно-промышленная лаборатория ЦЗЛ; анализ бенз/а/пирена – по договору с аккредитованной лабораторией.",
            "Сынамаларды ОЗЗ санитариялық-өнеркәсіптік зертханасы алады; бенз(а)пирен талдауы – аккредиттелген зертханамен шарт бойынша."))
    rows = [[g("Точка", "Нүкте"), g("Место отбора", "Сынама алу орны"), g("Определяемые показатели", "Анықталатын көрсеткіштер"),
             g("Месяц отбора", "Сынама алу айы"), *([None] * 11)],
            [None, None, None, *MONTHS]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 14)]
    counts = [0] * 12
    for pid, p_ru, p_kk, params, word in CALENDAR:
        marks = MARKS[word]
        rows.append([pid, (p_ru, p_kk)[L], ", ".join(_pname(doc, k, s) for k, s in params), *("+" if m in marks else "" for m in range(12))])
        for m in marks:
            counts[m] += 1
        for k, s in params:
            doc.add("monitoring", {"point": pid, **_gold_key(k, s), "frequency": word})
    rows.append(["", g("Количество проб", "Сынамалар саны"), None, *(str(c) for c in counts)])
    merges.append((len(rows) - 1, 1, len(rows) - 1, 2))
    doc.table(g("Таблица 1. График отбора проб", "1-кесте. Сынама алу кестесі"), rows, merges, role="monitoring")
    maybe_distractor(doc)


VN_CAL = (
    ("KK-01", "Khu dân cư phía Đông nhà máy", (("code", "2902"), ("code", "0330"), ("code", "0301"), ("code", "0602")), "quarterly"),
    ("NN-01", "Giếng khoan quan trắc cạnh bể chứa hắc ín", (("water", "NH4+"), ("water", "Phenols"), ("water", "CN-")), "semiannual"),
    ("NM-01", "Sông Kinh Thầy, cách cửa xả 500 m về hạ lưu", (("water", "COD"), ("water", "Phenols"), ("water", "NH4+")), "semiannual"),
    ("Đ-01", "Đất khu vực bãi chứa than", (("soil", "Pb"), ("soil", "Zn"), ("soil", "As")), "yearly"),
)  # fmt: skip
VN_Q = {"quarterly": {0, 1, 2, 3}, "semiannual": {1, 3}, "yearly": {3}}


def _monitoring_jx2_vi(doc: Doc) -> None:
    company, plant, _, _ = doc.pick(VN_COKE)
    doc.h(f"KẾ HOẠCH QUAN TRẮC MÔI TRƯỜNG NĂM 2026 – {company.upper()}")
    doc.p(f"Cơ sở: {plant}. Đánh dấu “x” vào quý thực hiện lấy mẫu.")
    rows = [["Ký hiệu", "Vị trí", "Thông số", "Thời gian thực hiện", None, None, None], [None, None, None, "Quý I", "Quý II", "Quý III", "Quý IV"]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 6)]
    for pid, place, params, word in VN_CAL:
        rows.append([pid, place, "; ".join(_pname(doc, k, s) for k, s in params), *("x" if q in VN_Q[word] else "" for q in range(4))])
        for k, s in params:
            doc.add("monitoring", {"point": pid, **_gold_key(k, s), "frequency": word})
    doc.table("Bảng 1. Lịch quan trắc môi trường định kỳ", rows, merges, role="monitoring")
    distractor(doc, "budget")


# ---------------------------------------------------------------- inspections

# (RU, KK shop, [(RU, KK check, frequency, RU, KK actor, RU, KK record)])
ROUNDS = (
    (("Коксовый цех", "Кокс цехы"), (
        ("Визуальный контроль герметичности дверей, люков и стояков печей", "Пеш есіктерінің, люктері мен тіреулерінің тығыздығын көзбен бақылау",
         "daily", "мастер смены", "ауысым шебері"),
        ("Проверка работы установки беспылевой выдачи кокса: разрежение не менее 150 Па", "Коксты шаңсыз беру қондырғысының жұмысын тексеру: сиректеу кемінде 150 Па",
         "daily", "мастер смены", "ауысым шебері"),
        ("Осмотр каплеуловителей башни тушения", "Сөндіру мұнарасының тамшы ұстағыштарын тексеру", "weekly", "механик цеха", "цех механигі"),
    )),
    (("Цех улавливания", "Аулау цехы"), (
        ("Проверка дыхательных клапанов хранилищ сырого бензола", "Шикі бензол қоймаларының тыныс алу клапандарын тексеру", "weekly",
         "начальник смены", "ауысым бастығы"),
        ("Осмотр сатуратора и газоходов на утечки", "Сатуратор мен газ жолдарын ағып кетуге тексеру", "daily", "начальник смены", "ауысым бастығы"),
    )),
    (("Биохимическая установка", "Биохимиялық қондырғы"), (
        ("Контроль режима аэротенков и отбор контрольной пробы", "Аэротенктер режимін бақылау және бақылау сынамасын алу", "daily",
         "лаборант БХУ", "БХҚ зертханашысы"),
        ("Осмотр пруда-испарителя и ограждающей дамбы", "Булану тоғаны мен қоршау бөгетін тексеру", "monthly", "инженер-эколог", "инженер-эколог"),
    )),
    (("Общезаводские объекты", "Жалпы зауыттық объектілер"), (
        ("Проверка мест накопления смолистых отходов и фусов", "Шайырлы қалдықтар мен фустарды жинақтау орындарын тексеру", "monthly",
         "инженер-эколог", "инженер-эколог"),
        ("Комплексная проверка соблюдения условий КЭР", "КЭР шарттарының сақталуын кешенді тексеру", "quarterly", "комиссия главного инженера",
         "бас инженер комиссиясы"),
    )),
)  # fmt: skip


def inspections_jx1(doc: Doc) -> None:
    """A coke-chemical plant's round sheet of environmental checks under shop rows spanning the table: what is checked
    (criteria with figures such as `не менее 150 Па` that are no limits), how often, who checks and where it is written,
    the items numbered through the table (VI: the check list of a coke plant's waste-water treatment operator)."""
    if doc.lang == "vi":
        _inspections_jx1_vi(doc)
        return
    L, g = _L(doc), _rk(doc)
    op = doc.pick(COKE_OPS)
    said = _said(doc)
    doc.h(g(f"Инструкция по внутреннему экологическому контролю. {op[2]}", f"{op[3]} ішкі экологиялық бақылау жөніндегі нұсқаулық"))
    doc.p(g("Приложение 2. Лист обходов и осмотров природоохранного оборудования.", "2-қосымша. Табиғат қорғау жабдықтарын аралау және тексеру парағы."))
    rows = [g(["№", "Что проверяется", "Периодичность", "Кто проверяет", "Где фиксируется"],
              ["№", "Не тексеріледі", "Кезеңділігі", "Кім тексереді", "Қайда тіркеледі"])]
    merges = []
    k = 0
    for (s_ru, s_kk), checks in ROUNDS:
        _span(rows, merges, (s_ru, s_kk)[L], 5)
        for c_ru, c_kk, word, a_ru, a_kk in checks:
            k += 1
            text, actor = (c_ru, c_kk)[L], (a_ru, a_kk)[L]
            record = g("журнал ПЭК", "ӨЭБ журналы") if word in ("monthly", "quarterly") else g("сменный журнал", "ауысым журналы")
            rows.append([str(k), text, said[word], actor, record])
            doc.add("obligations", {"kind": "inspection", "number": str(k), "text_contains": _words(text, 3), "actor_contains": actor,
                                    "frequency": word})
    doc.table(g("Таблица П2.1", "П2.1-кесте"), rows, merges, role="inspections")
    distractor(doc, "approval")


VN_CHECKS = (
    ("Kiểm tra lưu lượng, pH nước thải đầu vào bể điều hòa", "daily", "Công nhân vận hành"),
    ("Kiểm tra máy thổi khí bể hiếu khí, nồng độ DO không nhỏ hơn 2 mg/L", "daily", "Công nhân vận hành"),
    ("Kiểm tra hệ thống thu dầu, hắc ín tại bể tách dầu", "weekly", "Tổ trưởng vận hành"),
    ("Kiểm tra bể chứa bùn và nhật ký chuyển giao bùn thải", "monthly", "Cán bộ môi trường"),
    ("Kiểm tra thiết bị quan trắc nước thải tự động (hiệu chuẩn, truyền dữ liệu)", "monthly", "Cán bộ môi trường"),
    ("Kiểm tra tổng thể hệ thống xử lý nước thải", "quarterly", "Phó Giám đốc kỹ thuật"),
)


def _inspections_jx1_vi(doc: Doc) -> None:
    _, plant, _, _ = doc.pick(VN_COKE)
    said = _said(doc)
    doc.h(f"QUY TRÌNH VẬN HÀNH HỆ THỐNG XỬ LÝ NƯỚC THẢI CÔNG SUẤT 1.200 m³/ngày.đêm – {plant.upper()}")
    doc.p("Phụ lục 3. Bảng kiểm tra định kỳ")
    rows = [["TT", "Nội dung kiểm tra", "Tần suất", "Người thực hiện", "Hồ sơ ghi chép"]]
    for k, (text, word, who) in enumerate(VN_CHECKS, 1):
        rows.append([str(k), text, said[word], who, "Sổ nhật ký vận hành" if word in ("daily", "weekly") else "Biên bản kiểm tra"])
        doc.add("obligations", {"kind": "inspection", "number": str(k), "text_contains": _words(text, 4), "actor_contains": who, "frequency": word})
    doc.table("Bảng PL3.1. Nội dung, tần suất kiểm tra", rows, role="inspections")
    maybe_distractor(doc)


# (RU, KK unit, RU, KK questions, RU, KK months, RU, KK auditor)
AUDITS = (
    ("Коксовый цех", "Кокс цехы", "Соблюдение нормативов выбросов на источниках 0711–0713, работа АСМ", "0711–0713 көздеріндегі шығарынды нормативтерінің сақталуы, АМЖ жұмысы",
     "март, сентябрь", "наурыз, қыркүйек", "главный эколог", "бас эколог"),
    ("Цех улавливания", "Аулау цехы", "Герметичность оборудования бензольного отделения", "Бензол бөлімшесі жабдықтарының тығыздығы",
     "апрель", "сәуір", "главный эколог", "бас эколог"),
    ("Цех смолоперегонки", "Шайыр айдау цехы", "Обращение со смолистыми отходами, учет движения отходов", "Шайырлы қалдықтармен жұмыс, қалдықтар қозғалысын есепке алу",
     "май, ноябрь", "мамыр, қараша", "инженер по отходам", "қалдықтар жөніндегі инженер"),
    ("Биохимическая установка", "Биохимиялық қондырғы", "Выполнение нормативов допустимых сбросов", "Жол берілетін төгінді нормативтерінің орындалуы",
     "июнь", "маусым", "начальник ЦЗЛ", "ОЗЗ бастығы"),
    ("Углеподготовительный цех", "Көмір дайындау цехы", "Пылеподавление на угольном складе", "Көмір қоймасында шаң басу",
     "июль", "шілде", "главный эколог", "бас эколог"),
)  # fmt: skip


def inspections_jx2(doc: Doc) -> None:
    """A yearly schedule of internal environmental audits: numbered rows, the unit, the questions (naming sources by their
    numbers), the months when the audit is held (`март, сентябрь`) in place of a frequency, the auditor in a column of his
    own, and a signature block (VI: the same schedule with `Tháng 3, tháng 9`)."""
    r = doc.rng
    if doc.lang == "vi":
        _inspections_jx2_vi(doc)
        return
    L, g = _L(doc), _rk(doc)
    op = doc.pick(COKE_OPS)
    doc.h(g(f"График внутренних экологических проверок подразделений на 2026 год. {op[0]}",
            f"{op[1]} бөлімшелерін 2026 жылы ішкі экологиялық тексеру кестесі"))
    doc.p(g(f"Утвержден приказом № {r.randint(100, 400)}-п от {r.randint(10, 28)}.12.2025.", f"2025 ж. {r.randint(10, 28)}.12. № {r.randint(100, 400)}-п бұйрықпен бекітілген."))
    rows = [g(["№ п/п", "Подразделение", "Вопросы проверки", "Месяц проведения", "Проверяющий"],
              ["Р/с №", "Бөлімше", "Тексеру мәселелері", "Өткізу айы", "Тексеруші"])]
    for k, a in enumerate(AUDITS, 1):
        unit, q, months, who = a[L], a[2 + L], a[4 + L], a[6 + L]
        rows.append([str(k), unit, q, months, who])
        doc.add("obligations", {"kind": "inspection", "number": str(k), "text_contains": _words(q, 3), "actor_contains": who})
    doc.table(g("График проверок", "Тексерулер кестесі"), rows, role="inspections")
    doc.p(g("По результатам проверки составляется акт; замечания устраняются в сроки, установленные актом.",
            "Тексеру нәтижелері бойынша акт жасалады; ескертулер актіде белгіленген мерзімде жойылады."))
    distractor(doc, "approval")


VN_AUDITS = (
    ("Xưởng luyện cốc", "Kiểm tra vận hành hệ thống dập cốc và thu hồi bụi", "Tháng 3, tháng 9", "Phòng An toàn – Môi trường"),
    ("Xưởng hóa sản", "Kiểm tra rò rỉ tại khu vực thu hồi benzen thô và hắc ín", "Tháng 4", "Phòng An toàn – Môi trường"),
    ("Trạm xử lý nước thải", "Kiểm tra hồ sơ vận hành và kết quả quan trắc tự động", "Tháng 5, tháng 11", "Phó Giám đốc kỹ thuật"),
    ("Kho chất thải nguy hại", "Kiểm tra việc phân loại, dán nhãn, lưu giữ chất thải nguy hại", "Tháng 6, tháng 12", "Phòng An toàn – Môi trường"),
)


def _inspections_jx2_vi(doc: Doc) -> None:
    company, _, _, _ = doc.pick(VN_COKE)
    doc.h(f"KẾ HOẠCH TỰ KIỂM TRA CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2026 – {company.upper()}")
    rows = [["STT", "Bộ phận được kiểm tra", "Nội dung kiểm tra", "Thời gian", "Đơn vị chủ trì"]]
    for k, (unit, q, when, who) in enumerate(VN_AUDITS, 1):
        rows.append([str(k), unit, q, when, who])
        doc.add("obligations", {"kind": "inspection", "number": str(k), "text_contains": _words(q, 4), "actor_contains": who})
    doc.table("Bảng 1. Kế hoạch tự kiểm tra", rows, role="inspections")
    maybe_distractor(doc)


# ---------------------------------------------------------------- tasks

# (RU, KK section, [(RU, KK measure, RU, KK term, RU, KK responsible, money by year, effect t/y or None)])
PMOOS = (
    (("Охрана атмосферного воздуха", "Атмосфералық ауаны қорғау"), (
        ("Замена дверей коксовых печей КБ № 5 на двери с гибкой мембраной", "№ 5 КБ кокс пештерінің есіктерін икемді мембраналы есіктерге ауыстыру",
         "IV кв. 2027 г.", "2027 ж. IV тоқсан", "начальник коксового цеха", "кокс цехының бастығы", (420, 380, 0), 3.8),
        ("Установка системы сероочистки коксового газа", "Кокс газын күкірттен тазарту жүйесін орнату", "2028 г.", "2028 ж.",
         "главный инженер", "бас инженер", (150, 1900, 2200), 410.0),
        ("Строительство укрытия угольного склада", "Көмір қоймасының жабындысын салу", "III кв. 2026 г.", "2026 ж. III тоқсан",
         "начальник УПЦ", "КДЦ бастығы", (640, 0, 0), 22.5),
    )),
    (("Охрана водных ресурсов", "Су ресурстарын қорғау"), (
        ("Реконструкция аэротенков биохимической установки", "Биохимиялық қондырғының аэротенктерін реконструкциялау", "2027 г.", "2027 ж.",
         "начальник БХУ", "БХҚ бастығы", (0, 310, 0), None),
        ("Устройство противофильтрационного экрана пруда-испарителя", "Булану тоғанының сүзгіге қарсы экранын орнату", "IV кв. 2028 г.",
         "2028 ж. IV тоқсан", "главный инженер", "бас инженер", (0, 90, 540), None),
    )),
    (("Обращение с отходами", "Қалдықтармен жұмыс"), (
        ("Ввод установки дозирования фусов в угольную шихту", "Фустарды көмір шихтасына мөлшерлеу қондырғысын енгізу", "II кв. 2026 г.",
         "2026 ж. II тоқсан", "начальник цеха улавливания", "аулау цехының бастығы", (85, 0, 0), None),
    )),
)  # fmt: skip


def tasks_jx1(doc: Doc) -> None:
    """A КЭР's annex of the environmental protection plan (ПМООС): sections `1.`, `2.`, `3.` as rows spanning the table,
    items `1.1`, the term, the responsible, the money in million tenge by year under a merged header `Объем
    финансирования` with `2026 | 2027 | 2028`, the effect in tonnes a year as a look-alike (VI: a coke plant's plan of
    upgrading, `Quý II/2026`, the cost in million dong)."""
    if doc.lang == "vi":
        _tasks_jx1_vi(doc)
        return
    L, g = _L(doc), _rk(doc)
    op = doc.pick(COKE_OPS)
    doc.h(g(f"Приложение 3 к КЭР. План мероприятий по охране окружающей среды на 2026–2028 годы. {op[0]}",
            f"КЭР-ге 3-қосымша. {op[1]} 2026–2028 жылдарға арналған қоршаған ортаны қорғау жөніндегі іс-шаралар жоспары"))
    rows = [g(["№", "Мероприятие", "Срок выполнения", "Ответственный", "Объем финансирования, млн тенге", None, None, "Снижение выбросов, т/год"],
              ["№", "Іс-шара", "Орындау мерзімі", "Жауапты", "Қаржыландыру көлемі, млн теңге", None, None, "Шығарындылардың азаюы, т/жыл"]),
            [None, None, None, None, "2026", "2027", "2028", None]]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 7)] + [(0, 4, 0, 6)]
    for s, ((s_ru, s_kk), items) in enumerate(PMOOS, 1):
        rows.append([f"{s}.", (s_ru, s_kk)[L], None, None, None, None, None, None])
        merges.append((len(rows) - 1, 1, len(rows) - 1, 7))
        for k, it in enumerate(items, 1):
            text, term, who = it[L], it[2 + L], it[4 + L]
            rows.append([f"{s}.{k}", text, term, who, *(num(m, doc.lang) if m else "-" for m in it[6]), num(it[7], doc.lang) if it[7] else "-"])
            doc.add("obligations", {"kind": "task", "number": f"{s}.{k}", "text_contains": _words(text, 4), "actor_contains": who})
    doc.table(g("Таблица 1", "1-кесте"), rows, merges, role="tasks")
    maybe_distractor(doc)


VN_UPGRADE = (
    ("Lắp đặt hệ thống dập cốc khô (CDQ) thay thế tháp dập cốc ướt", "Quý IV/2027", "Ban Quản lý dự án", 185000),
    ("Bổ sung tháp khử lưu huỳnh khí lò cốc bằng công nghệ PDS", "Quý II/2026", "Xưởng hóa sản", 42000),
    ("Cải tạo bể tách dầu, hắc ín tại trạm xử lý nước thải", "Quý III/2026", "Phòng Cơ điện", 3500),
    ("Lắp đặt hệ thống phun sương dập bụi tại bãi than", "Quý II/2026", "Xưởng chuẩn bị than", 1200),
    ("Xây dựng kho chứa chất thải nguy hại mới 200 m²", "Quý I/2027", "Phòng An toàn – Môi trường", 900),
)


def _tasks_jx1_vi(doc: Doc) -> None:
    company, plant, _, _ = doc.pick(VN_COKE)
    doc.h(f"KẾ HOẠCH CẢI TẠO, NÂNG CẤP CÔNG TRÌNH BẢO VỆ MÔI TRƯỜNG GIAI ĐOẠN 2026–2027 – {plant.upper()}")
    doc.p(f"(Ban hành kèm theo Quyết định của Tổng Giám đốc {company})")
    rows = [["TT", "Hạng mục công việc", "Thời gian hoàn thành", "Đơn vị thực hiện", "Kinh phí dự kiến (triệu đồng)"]]
    for k, (text, when, who, money) in enumerate(VN_UPGRADE, 1):
        rows.append([str(k), text, when, who, num(money, "vi")])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text, 5), "actor_contains": who})
    rows.append(["", "Tổng cộng", "", "", num(sum(x[3] for x in VN_UPGRADE), "vi")])
    doc.table("Bảng 1. Danh mục hạng mục cải tạo", rows, role="tasks")
    distractor(doc, "contacts")


# (RU, KK stage, [(RU, KK measure, BAT number, quarters marked of 8, RU, KK responsible)])
BAT_PLAN = (
    (("Этап I. Выбросы при загрузке и выдаче кокса", "I кезең. Коксты тиеу және беру кезіндегі шығарындылар"), (
        ("Бездымная загрузка печей с паро-инжекцией КБ № 7, 8", "№ 7, 8 КБ пештерін бу-инжекциямен түтінсіз тиеу", "НДТ 47", {0, 1, 2},
         "начальник коксового цеха", "кокс цехының бастығы"),
        ("Модернизация зонта и рукавного фильтра УБВК", "КШБҚ қолшатыры мен жеңді сүзгісін жаңғырту", "НДТ 48", {2, 3, 4}, "главный механик", "бас механик"),
    )),
    (("Этап II. Очистка коксового газа и сточных вод", "II кезең. Кокс газын және ағынды суларды тазарту"), (
        ("Вакуум-карбонатная сероочистка коксового газа", "Кокс газын вакуум-карбонатты күкірттен тазарту", "НДТ 49", {3, 4, 5, 6, 7}, "главный инженер",
         "бас инженер"),
        ("Установка отпарки аммиака перед БХУ", "БХҚ алдында аммиакты айдау қондырғысы", "НДТ 56", {4, 5}, "начальник цеха улавливания",
         "аулау цехының бастығы"),
        ("Замкнутый цикл воды тушения кокса", "Кокс сөндіру суының тұйық циклі", "НДТ 52", {6, 7}, "начальник коксового цеха", "кокс цехының бастығы"),
    )),
)  # fmt: skip


def tasks_jx2(doc: Doc) -> None:
    """A schedule of passing to the BAT of coke making (Commission Implementing Decision 2012/135/EU): stages as rows
    spanning the table that continue the items' numbering, the BAT's number (`НДТ 49`) in a column beside the item's own
    number, two years by quarters under merged headers marked `■`, the responsible last (VI: a plan of remedying an
    inspection's findings, each finding beside its remedy, the deadline and who is in charge)."""
    r = doc.rng
    if doc.lang == "vi":
        _tasks_jx2_vi(doc)
        return
    L, g = _L(doc), _rk(doc)
    op = doc.pick(COKE_OPS)
    doc.h(g(f"План-график внедрения наилучших доступных техник. {op[2]}", f"{op[3]}. Ең үздік қолжетімді техникаларды енгізу жоспар-кестесі"))
    doc.p(g("Номера НДТ приведены по заключениям по НДТ для производства чугуна и стали (Решение Комиссии 2012/135/ЕС), раздел «Коксовое производство».",
            "ЕҮҚТ нөмірлері шойын мен болат өндірісіне арналған ЕҮҚТ қорытындылары бойынша (Комиссияның 2012/135/ЕО шешімі), «Кокс өндірісі» бөлімі."))
    q = ("I", "II", "III", "IV")
    rows = [[g("№", "№"), g("Мероприятие", "Іс-шара"), g("НДТ", "ЕҮҚТ"), "2026", None, None, None, "2027", None, None, None, g("Ответственный", "Жауапты")],
            [None, None, None, *q, *q, None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 6), (0, 7, 0, 10), (0, 11, 1, 11)]
    k = 0
    for (s_ru, s_kk), items in BAT_PLAN:
        _span(rows, merges, (s_ru, s_kk)[L], 12)
        for m_ru, m_kk, bat, marks, a_ru, a_kk in items:
            k += 1
            text, who = (m_ru, m_kk)[L], (a_ru, a_kk)[L]
            rows.append([str(k), text, g(bat, bat.replace("НДТ", "ЕҮҚТ")), *("■" if i in marks else "" for i in range(8)), who])
            doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text, 3), "actor_contains": who})
    doc.table(g("Таблица 2. План-график", "2-кесте. Жоспар-кесте"), rows, merges, role="tasks")
    doc.p(g(f"Общая стоимость программы – {num(r.randint(18, 34) * 1000, 'ru')} млн тенге.",
            f"Бағдарламаның жалпы құны – {num(r.randint(18, 34) * 1000, 'kk')} млн теңге."))


VN_FINDINGS = (
    ("Chưa lắp đặt thiết bị quan trắc tự động tại ống khói lò cốc", "Lắp đặt và kết nối trạm quan trắc khí thải tự động, liên tục tại ống khói lò cốc",
     "Trước ngày 30/9/2026", "Phòng An toàn – Môi trường"),
    ("Hắc ín rơi vãi tại khu vực bồn chứa chưa được thu gom", "Xây dựng gờ chắn và rãnh thu hắc ín quanh cụm bồn chứa", "Trước ngày 30/6/2026",
     "Xưởng hóa sản"),
    ("Kho chất thải nguy hại chưa có biển cảnh báo theo TCVN 6707:2009", "Lắp đặt biển cảnh báo, dán nhãn chất thải nguy hại theo TCVN 6707:2009",
     "Trong vòng 30 ngày", "Phòng An toàn – Môi trường"),
    ("Nước mưa chảy tràn bãi than chưa qua hố lắng", "Cải tạo mương thu và hố lắng nước mưa chảy tràn tại bãi than", "Trước ngày 31/12/2026",
     "Xưởng chuẩn bị than"),
)  # fmt: skip


def _tasks_jx2_vi(doc: Doc) -> None:
    r = doc.rng
    company, plant, _, _ = doc.pick(VN_COKE)
    doc.h(f"KẾ HOẠCH KHẮC PHỤC CÁC TỒN TẠI THEO KẾT LUẬN KIỂM TRA SỐ {r.randint(10, 99)}/KL-TTr NGÀY {r.randint(1, 28)}/{r.randint(1, 12)}/2025")
    doc.p(f"Đơn vị: {company} – {plant}.")
    rows = [["TT", "Tồn tại, hạn chế", "Biện pháp khắc phục", "Thời hạn hoàn thành", "Bộ phận chịu trách nhiệm"]]
    for k, (found, fix, when, who) in enumerate(VN_FINDINGS, 1):
        rows.append([str(k), found, fix, when, who])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(fix, 5), "actor_contains": who})
    doc.table("Bảng 1. Kế hoạch khắc phục", rows, role="tasks")
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"JX{k}", globals()[f"{role}_jx{k}"]) for role in ROLES for k in (1, 2)]
