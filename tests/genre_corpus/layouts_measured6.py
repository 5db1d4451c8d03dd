"""The fifth blind set, part b (two layouts per role), measured blind once on 2026-12-04 with part a
(0.838 together), then tuned on on 2026-12-04 (session 2), and so among the tuning layouts now.

A fifth blind set (b), two layouts per role, written to differ from every layout of `layouts_*.py`
without running the extractor on them.

A three-column card whose values span two columns except the coordinates row, which gives latitude
and longitude in their own cells; a row form whose operator cell carries the BIN after the name;
rates per source with the gas-cleaning unit and its efficiency and an `Итого по источнику` row (VI: a
concentration column beside the loads); the ОВОС list of pollutants with ПДК м.р., ПДК с.с., ОБУВ and
the hazard class before the rates (VI: sources as rows and pollutants as columns of g/s); wastes with
their physical state and how often they are taken away (VI: an annual report's CTNH list with the
treatment method and the receiver on every row); hazardous and non-hazardous wastes in two separate
tables; air-quality norms with the substance merged over one row per averaging time; stack-gas
limits with the stacks as sub-columns under a merged header; one frequency merged down a whole
monitoring programme with a point-code column; one small monitoring table per medium under numbered
headings; inspections whose frequency cell names the months; inspections in two tables, the
frequency in each caption; tasks with a legal-basis column; tasks grouped by environmental
component merged down the first column.
"""

from __future__ import annotations

from . import vocab
from .common import Doc, freq, maybe_distractor, num, opening, rate
from .layouts_facility import facility
from .layouts_wastes import expect_low, expect_vn, low_wastes, vn_wastes
from .limits_data import AIR_PDK, QCVN19, STACK, add, limit
from .obligations_data import TASKS, task, units
from .registry import Layout
from .sources_data import emission, expect_sources, pick_sources, rates, total


def _mon(loc: dict, key: tuple[str, str], frequency: str) -> dict:
    return {**loc, key[0]: key[1], "frequency": frequency}


# ---------------------------------------------------------------- facility


def facility_m1(doc: Doc) -> None:
    """Three columns: values merged over the last two, except the coordinates row, latitude and longitude apart."""
    f = facility(doc)
    opening(doc, "scoping", f["i"])
    lat, lon = f["dms"].split(", ")
    rows = [doc.v(["Наименование", "Сведения", None], ["Атауы", "Мәліметтер", None], ["Nội dung", "Thông tin", None])]
    fields = [
        (doc.v("Инициатор намечаемой деятельности", "Белгіленіп отырған қызметтің бастамашысы", "Chủ dự án"), f["operator"]),
        (doc.v("БИН", "БСН", "Mã số doanh nghiệp"), f["bin"]),
        (doc.v("Наименование объекта", "Объектінің атауы", "Tên dự án"), f["name"]),
        (doc.v("Адрес места осуществления деятельности", "Қызметті жүзеге асыру орнының мекенжайы", "Địa điểm thực hiện"),
         f["address"]),
        (doc.v("Категория объекта", "Объект санаты", "Phân loại dự án"), f["category"]),
    ]
    merges = [(0, 1, 0, 2)]
    for label, value in fields:
        rows.append([label, value, None])
        merges.append((len(rows) - 1, 1, len(rows) - 1, 2))
    rows.append([doc.v("Координаты центра площадки", "Алаң ортасының координаттары", "Tọa độ trung tâm khu đất"), lat, lon])
    doc.table(doc.v("Таблица 1.1 – Общие сведения о намечаемой деятельности", "1.1-кесте – Белгіленіп отырған қызмет туралы жалпы мәліметтер",
                    "Bảng 1.1. Thông tin chung về dự án"), rows, merges, role="facility")
    doc.add("facilities", {"bin": f["bin"], "name_contains": f["name"], "category": f["cat"], "lat": f["lat"], "lon": f["lon"]})
    maybe_distractor(doc)


def facility_m2(doc: Doc) -> None:
    """Row form: the operator's cell carries its BIN after the name; KATO, OKED and category columns (VI: MSDN, group)."""
    f = facility(doc)
    opening(doc, "permit", f["i"])
    if doc.lang == "vi":
        rows = [["STT", "Tên cơ sở", "Chủ cơ sở", "Địa chỉ", "Nhóm cơ sở"],
                ["1", f["name"], f"{f['operator']} (Mã số doanh nghiệp: {f['bin']})", f["address"], f"Nhóm {f['cat']}"]]
        doc.table("Bảng 1. Thông tin về cơ sở được cấp phép", rows, role="facility")
        doc.add("facilities", {"bin": f["bin"], "name_contains": f["name"], "category": f["cat"]})
        maybe_distractor(doc)
        return
    rows = [doc.v(["Объект", "Оператор объекта, БИН", "Код КАТО", "Код ОКЭД", "Категория"],
                  ["Объект", "Объект операторы, БСН", "ҚАТО коды", "ЭҚЖЖ коды", "Санаты"], []),
            [f["name"], doc.v(f"{f['operator']}, БИН {f['bin']}", f"{f['operator']}, БСН {f['bin']}", ""), f["kato"], f["oked"], f["cat"]]]
    doc.table(doc.v("Сведения об объекте, оказывающем негативное воздействие на окружающую среду",
                    "Қоршаған ортаға теріс әсер ететін объект туралы мәліметтер", ""), rows, role="facility")
    doc.add("facilities", {"bin": f["bin"], "name_contains": f["name"], "kato": f["kato"], "oked": f["oked"], "category": f["cat"]})
    maybe_distractor(doc)


# ---------------------------------------------------------------- emissions

CLEANING = {"ru": ("Циклон ЦН-15", "Рукавный фильтр", "Скруббер"), "kk": ("ЦН-15 циклоны", "Жеңді сүзгі", "Скруббер")}


def emissions_m1(doc: Doc) -> None:
    """Rates per source: number and name merged over its pollutant rows, the gas-cleaning unit and its efficiency,
    an `Итого по источнику` row (VI: a named source merged over its rows, a concentration column before the loads)."""
    if doc.lang == "vi":
        opening(doc, "scoping")
        sources = pick_sources(doc, 2, min_codes=2)
        rows = [["TT", "Nguồn thải", "Thông số", "Nồng độ (mg/Nm3)", "Tải lượng (g/s)", "Tải lượng (tấn/năm)"]]
        merges = []
        for n, s in enumerate(sources, 1):
            start = len(rows)
            for x in rates(doc, s.codes):
                first = len(rows) == start
                conc = num(rate(doc.rng, 5, 180, 3), "vi")
                rows.append([str(n) if first else None, s.name if first else None, vocab.air(x.code, "vi"), conc, *x.cells("vi")])
                doc.add("emissions", emission(x.code, x.g_s, x.t_y, period="operation"))  # the caption's period
            merges += [(start, c, len(rows) - 1, c) for c in (0, 1)]
        doc.table("Bảng 3.12. Nồng độ và tải lượng các chất ô nhiễm trong khí thải giai đoạn vận hành", rows, merges,
                  role="emissions")
        return
    opening(doc, "pek")
    sources = [s for s in pick_sources(doc, 5) if s.organized][:2] or pick_sources(doc, 2)
    rows = [doc.v(["№ ист.", "Наименование источника", "Код ЗВ", "Наименование ЗВ", "ГОУ", "КПД ГОУ, %", "Выброс, г/с", "Выброс, т/год"],
                  ["Көз №", "Көздің атауы", "ЛЗ коды", "ЛЗ атауы", "ГТҚ", "ГТҚ ПӘК, %", "Шығарынды, г/с", "Шығарынды, т/жыл"], [])]
    merges = []
    for s in sources:
        start = len(rows)
        unit = doc.pick(CLEANING[doc.lang]) if s.organized else "-"
        eff = num(doc.rng.choice((85, 90, 92.5, 95)), doc.lang) if s.organized else "-"
        xs = rates(doc, s.codes)
        for x in xs:
            first = len(rows) == start
            rows.append([s.number if first else None, s.name if first else None, x.code, vocab.air(x.code, doc.lang),
                         unit if first else None, eff if first else None, *x.cells(doc.lang)])
            doc.add("emissions", emission(x.code, x.g_s, x.t_y, s.number))
        merges += [(start, c, len(rows) - 1, c) for c in (0, 1, 4, 5)]
        rows.append(["", doc.v("Итого по источнику", "Көз бойынша барлығы", ""), "", "", "", "",
                     total(doc, [x.g_s for x in xs]), total(doc, [x.t_y for x in xs])])
    doc.table(doc.v("Таблица 3.3 – Выбросы загрязняющих веществ по источникам с учетом очистки",
                    "3.3-кесте – Тазартуды ескере отырып көздер бойынша ластаушы заттар шығарындылары", ""), rows, merges,
              role="emissions")
    expect_sources(doc, sources)
    maybe_distractor(doc)


def emissions_m2(doc: Doc) -> None:
    """The ОВОС list of pollutants: ПДК м.р., ПДК с.с., ОБУВ and the hazard class before the rates
    (VI: named sources as rows, pollutants as columns of g/s)."""
    if doc.lang == "vi":
        opening(doc, "scoping")
        codes = ["2902", "0330", "0301", "0337"]
        sources = [("Ống khói lò hơi", codes), ("Ống xả máy phát điện dự phòng", codes[1:])]
        rows = [["Nguồn thải", "Tải lượng (g/s)", None, None, None],
                [None, *(vocab.air(c, "vi", 1) for c in codes)]]
        for name, present in sources:
            row = [name]
            for c in codes:
                if c in present:
                    g = rate(doc.rng, 0.005, 2.5)
                    row.append(num(g, "vi"))
                    doc.add("emissions", emission(c, g, None))
                else:
                    row.append("-")
            rows.append(row)
        doc.p("Tải lượng các chất ô nhiễm trong khí thải từ các nguồn của nhà máy được tính toán như sau:")
        doc.table("Bảng 3.7. Tải lượng chất ô nhiễm theo từng nguồn thải", rows, [(0, 0, 1, 0), (0, 1, 0, 4)], role="emissions")
        return
    opening(doc, "scoping")
    pool = ["0301", "0304", "0330", "0337", "0328", "2908", "0333", "1325", "2754", "0703"]
    codes = sorted(doc.rng.sample(pool, 6), key=pool.index)
    items = rates(doc, codes)
    rows = [doc.v(["Код ЗВ", "Наименование загрязняющего вещества", "ПДК м.р., мг/м3", "ПДК с.с., мг/м3", "ОБУВ, мг/м3",
                   "Класс опасности", "Выброс вещества, г/с", "Выброс вещества, т/год"],
                  ["ЛЗ коды", "Ластаушы заттың атауы", "ШЖК м.б., мг/м3", "ШЖК о.т., мг/м3", "ҚӘБД, мг/м3",
                   "Қауіптілік сыныбы", "Заттың шығарындысы, г/с", "Заттың шығарындысы, т/жыл"], [])]
    for x in items:
        mr, ss = AIR_PDK[x.code]
        obuv = num(1, doc.lang) if x.code == "2754" else ""
        rows.append([x.code, vocab.air(x.code, doc.lang), num(mr, doc.lang) if mr and x.code != "2754" else "",
                     num(ss, doc.lang) if ss else "", obuv, str(vocab.hazard(x.code) or ""), *x.cells(doc.lang)])
    rows.append(["", doc.v("Всего:", "Барлығы:", ""), "", "", "", "", total(doc, [x.g_s for x in items]),
                 total(doc, [x.t_y for x in items])])
    doc.table(doc.v("Таблица 4.1 – Перечень загрязняющих веществ, выбрасываемых в атмосферу",
                    "4.1-кесте – Атмосфераға шығарылатын ластаушы заттардың тізбесі", ""), rows, role="emissions")
    doc.add("emissions", *(emission(x.code, x.g_s, x.t_y, hazard=vocab.hazard(x.code)) for x in items))
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

STATE = {"ru": {True: ("жидкое", "твердое"), False: ("твердое",)}, "kk": {True: ("сұйық", "қатты"), False: ("қатты",)}}
REMOVAL = {"ru": ("по мере накопления", "1 раз в квартал", "1 раз в полгода"),
           "kk": ("жиналуына қарай", "тоқсанына 1 рет", "жарты жылда 1 рет")}
VN_RECEIVERS = ("Công ty TNHH Môi trường Xanh Việt", "Công ty Cổ phần Môi trường Đô thị", "Công ty TNHH Xử lý chất thải Tân Thành")
VN_METHOD = ("TĐ (thiêu đốt)", "TC (tái chế)", "HR (hóa rắn)")


def wastes_m1(doc: Doc) -> None:
    """The physical state and how often the waste is taken away before the amount in t/year
    (VI: an annual report's CTNH list, the treatment method and the receiver named on every row)."""
    if doc.lang == "vi":
        opening(doc, "pek", title="BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025")
        wastes = vn_wastes(doc, 4)
        rows = [["TT", "Tên chất thải", "Mã CTNH", "Khối lượng (kg)", "Phương pháp xử lý", "Tổ chức, cá nhân tiếp nhận"]]
        for k, w in enumerate(wastes, 1):
            rows.append([str(k), w["name"], w["code"], num(w["kg"], "vi"), doc.pick(VN_METHOD), doc.pick(VN_RECEIVERS)])
        doc.table("Bảng 2. Thống kê chất thải nguy hại phát sinh trong năm 2025", rows, role="wastes")
        expect_vn(doc, wastes)
        maybe_distractor(doc)
        return
    opening(doc, "pek")
    wastes = low_wastes(doc, 5)
    rows = [doc.v(["№", "Наименование отхода", "Код отхода", "Агрегатное состояние", "Периодичность вывоза", "Количество, т/год"],
                  ["№", "Қалдықтың атауы", "Қалдық коды", "Агрегаттық күйі", "Шығару кезеңділігі", "Мөлшері, т/жыл"], [])]
    for k, w in enumerate(wastes, 1):
        state = doc.pick(STATE[doc.lang][w["code"].startswith("13")])
        rows.append([str(k), w["name"], w["code"], state, doc.pick(REMOVAL[doc.lang]), num(w["t"], doc.lang)])
    doc.table(doc.v("Таблица 5.2 – Характеристика отходов и периодичность их вывоза",
                    "5.2-кесте – Қалдықтардың сипаттамасы және оларды шығару кезеңділігі", ""), rows, role="wastes")
    expect_low(doc, wastes)
    maybe_distractor(doc)


def wastes_m2(doc: Doc) -> None:
    """Hazardous and non-hazardous wastes in two separate tables, each under its own caption
    (VI: a permit's CTNH table in kg/year and its ordinary solid wastes table without codes)."""
    opening(doc, "permit")
    if doc.lang == "vi":
        haz = vn_wastes(doc, 3)
        rows = [["TT", "Tên chất thải", "Mã CTNH", "Khối lượng (kg/năm)"]]
        rows += [[str(k), w["name"], w["code"], num(w["kg"], "vi")] for k, w in enumerate(haz, 1)]
        doc.h("2.1. Chất thải nguy hại")
        doc.table("Bảng 5. Khối lượng, chủng loại chất thải nguy hại phát sinh", rows, role="wastes")
        expect_vn(doc, haz)
        plain = [{"code": None, "name": x, "hazardous": False, "kg": doc.rng.randint(4, 300) * 100}
                 for x in doc.rng.sample(vocab.VN_ORDINARY, 3)]
        rows = [["TT", "Tên chất thải", "Khối lượng (kg/năm)"]]
        rows += [[str(k), w["name"], num(w["kg"], "vi")] for k, w in enumerate(plain, 1)]
        doc.h("2.2. Chất thải rắn công nghiệp thông thường")
        doc.table("Bảng 6. Khối lượng chất thải rắn công nghiệp thông thường phát sinh", rows, role="wastes")
        expect_vn(doc, plain, coded=False)
        return
    wastes = low_wastes(doc, 6)
    head = doc.v(["№", "Код", "Наименование отхода", "Объем образования, т/год"],
                 ["№", "Коды", "Қалдықтың атауы", "Түзілу көлемі, т/жыл"], [])
    for hazardous, caption in ((True, doc.v("Таблица 6 – Опасные отходы", "6-кесте – Қауіпті қалдықтар", "")),
                               (False, doc.v("Таблица 7 – Неопасные отходы", "7-кесте – Қауіпті емес қалдықтар", ""))):
        group = [w for w in wastes if w["hazardous"] == hazardous]
        if not group:
            continue
        rows = [head] + [[str(k), w["code"], w["name"], num(w["t"], doc.lang)] for k, w in enumerate(group, 1)]
        doc.table(caption, rows, role="wastes")
    expect_low(doc, wastes)
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

# code: ((label, µg/m3), ...) — QCVN 05:2013/BTNMT
QCVN05 = {"0330": (("Trung bình 1 giờ", 350), ("Trung bình 24 giờ", 125)),
          "0301": (("Trung bình 1 giờ", 200), ("Trung bình 24 giờ", 100)),
          "0337": (("Trung bình 1 giờ", 30000), ("Trung bình 8 giờ", 10000)),
          "2902": (("Trung bình 1 giờ", 300), ("Trung bình 24 giờ", 200))}


def limits_m1(doc: Doc) -> None:
    """Air-quality norms: the substance merged over one row per averaging time, the kind of norm in its own column
    (VI: QCVN 05 in µg/m3, `Trung bình 1 giờ`, `Trung bình 24 giờ`)."""
    if doc.lang == "vi":
        opening(doc, "regulation")
        rows = [["TT", "Thông số", "Thời gian trung bình", "Giá trị giới hạn (µg/m3)"]]
        merges = []
        for k, code in enumerate(doc.rng.sample(sorted(QCVN05), 3), 1):
            start = len(rows)
            for label, value in QCVN05[code]:
                first = len(rows) == start
                rows.append([str(k) if first else None, vocab.air(code, "vi") if first else None, label, num(value, "vi")])
                add(doc, limit(("code", code), "air", value, "µg/m3", label))
            merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
        doc.table("Bảng 1. Giá trị giới hạn các thông số cơ bản trong không khí xung quanh", rows, merges, role="limits")
        return
    opening(doc, "pek")
    labels = doc.v(("м.р.", "с.с."), ("м.б.", "о.т."), ())
    codes = sorted(doc.rng.sample([c for c, (mr, ss) in AIR_PDK.items() if mr and ss], 4))
    rows = [doc.v(["Код", "Загрязняющее вещество", "Вид ПДК", "Значение ПДК, мг/м3"],
                  ["Коды", "Ластаушы зат", "ШЖК түрі", "ШЖК мәні, мг/м3"], [])]
    merges = []
    for code in codes:
        start = len(rows)
        for label, value in zip(labels, AIR_PDK[code], strict=True):
            first = len(rows) == start
            rows.append([code if first else None, vocab.air(code, doc.lang) if first else None, label, num(value, doc.lang)])
            add(doc, limit(("code", code), "air", value, "mg/m3", label))
        merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    doc.table(doc.v("Таблица 3 – Предельно допустимые концентрации загрязняющих веществ в атмосферном воздухе населенных мест",
                    "3-кесте – Елді мекендердің атмосфералық ауасындағы ластаушы заттардың шекті жол берілетін концентрациялары",
                    ""), rows, merges, role="limits")
    maybe_distractor(doc)


def limits_m2(doc: Doc) -> None:
    """Stack-gas limits with two stacks as sub-columns under a merged header, a dash where a stack does not emit
    the substance (VI: GPMT flows KT1 and KT2, QCVN 19 column B)."""
    opening(doc, "permit")
    if doc.lang == "vi":
        doc.p("Giá trị giới hạn cho phép của các chất ô nhiễm theo dòng khí thải (QCVN 19:2009/BTNMT, cột B, Kp = 1; Kv = 1):")
        codes = ["2902", "0330", "0301", "0337"]
        points, head = ("KT1", "KT2"), ["TT", "Chất ô nhiễm", "Đơn vị", "Giá trị giới hạn cho phép", None]
        values = {c: (QCVN19[c][1], QCVN19[c][1] if c != "0330" else None) for c in codes}
        unit_cell = "mg/Nm3"
    else:
        codes = sorted(doc.rng.sample(["0301", "0304", "0330", "0337", "2908"], 4), key=list(STACK).index)
        points = ("0001", "0002")
        head = doc.v(["№", "Загрязняющее вещество", "Ед. изм.", "Норматив концентрации по источникам", None],
                     ["№", "Ластаушы зат", "Өлш. бірл.", "Көздер бойынша концентрация нормативі", None], [])
        values = {c: (STACK[c], None if c == "2908" else float(round(STACK[c] * doc.rng.choice((0.6, 0.8))))) for c in codes}
        unit_cell = doc.v("мг/Нм3", "мг/Нм3", "")
    rows = [head, [None, None, None, *points]]
    for k, code in enumerate(codes, 1):
        rows.append([str(k), vocab.air(code, doc.lang), unit_cell, *(num(v, doc.lang) if v is not None else "-" for v in values[code])])
        for point, v in zip(points, values[code], strict=True):
            add(doc, limit(("code", code), "flue_gas", v, "mg/Nm3", None, point))
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4)]
    doc.table(doc.v("Таблица 2 – Нормативы допустимых выбросов (концентрации) на источниках",
                    "2-кесте – Көздердегі жол берілетін шығарындылар нормативтері (концентрациялар)",
                    "Bảng 2. Giới hạn các chất ô nhiễm trong khí thải"), rows, merges, role="limits")
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring


def monitoring_m1(doc: Doc) -> None:
    """Ambient air: the place in words, its point code in a column of its own, the parameters in one cell,
    and one frequency merged down the whole table."""
    opening(doc, "pek")
    word = doc.pick(("quarterly", "semiannual"))
    if doc.lang == "vi":
        pool = ["2902", "0330", "0301", "0337"]
        places = ("Khu vực cổng nhà máy", "Khu vực xưởng sản xuất", "Khu dân cư cách nhà máy 200 m về phía Đông")
        pts = ("KK1", "KK2", "KK3")
        head = ["TT", "Vị trí quan trắc", "Ký hiệu điểm", "Thông số quan trắc", "Tần suất"]
    else:
        pool = ["0301", "0330", "0337", "0304", "0333"]
        places = doc.v(("Граница СЗЗ, северное направление", "Граница СЗЗ, южное направление", "Ближайшая жилая застройка"),
                       ("СҚА шекарасы, солтүстік бағыт", "СҚА шекарасы, оңтүстік бағыт", "Жақын тұрғын үй құрылысы"), ())
        pts = ("Т-1", "Т-2", "Т-3")
        head = doc.v(["№", "Место отбора проб", "Шифр точки", "Контролируемые вещества", "Периодичность"],
                     ["№", "Сынама алу орны", "Нүкте шифры", "Бақыланатын заттар", "Кезеңділігі"], [])
    rows = [head]
    for k, (place, point) in enumerate(zip(places, pts, strict=True), 1):
        codes = sorted(doc.rng.sample(pool, 3), key=pool.index)
        rows.append([str(k), place, point, ", ".join(vocab.air(c, doc.lang) for c in codes), freq(doc, word) if k == 1 else None])
        doc.add("monitoring", *(_mon({"point": point}, ("code", c), word) for c in codes))
    doc.table(doc.v("Таблица 6 – Мониторинг качества атмосферного воздуха", "6-кесте – Атмосфералық ауа сапасының мониторингі",
                    "Bảng 4. Chương trình quan trắc môi trường không khí xung quanh"), rows, [(1, 4, len(rows) - 1, 4)],
              role="monitoring")
    maybe_distractor(doc)


def monitoring_m2(doc: Doc) -> None:
    """One small table per medium under numbered headings: `point | parameters | frequency | standard compared`."""
    opening(doc, "pek")
    if doc.lang == "vi":
        groups = (("3.1. Quan trắc nước thải", "Bảng 3. Vị trí, thông số quan trắc nước thải", ("NT1",), "water",
                   ("pH", "BOD5", "COD", "TSS", "NH4+", "Coliform"), "QCVN 40:2011/BTNMT, cột A"),
                  ("3.2. Quan trắc khí thải", "Bảng 4. Vị trí, thông số quan trắc khí thải", ("KT1", "KT2"), "air",
                   ("2902", "0330", "0301", "0337"), "QCVN 19:2009/BTNMT, cột B"))
        head = ["Vị trí", "Thông số", "Tần suất", "Quy chuẩn so sánh"]
    else:
        groups = ((doc.v("7.1. Мониторинг сточных вод", "7.1. Ағынды сулар мониторингі", ""),
                   doc.v("Таблица 7.1 – Контроль сточных вод", "7.1-кесте – Ағынды суларды бақылау", ""), ("Выпуск-1",), "water",
                   ("pH", "TSS", "BOD5", "COD", "TPH", "NH4+"), doc.v("НДС", "ЖТН", "")),
                  (doc.v("7.2. Мониторинг подземных вод", "7.2. Жерасты сулары мониторингі", ""),
                   doc.v("Таблица 7.2 – Контроль подземных вод", "7.2-кесте – Жерасты суларын бақылау", ""), ("Скв-1", "Скв-2"),
                   "water", ("pH", "TDS", "Cl-", "SO4", "NO3-", "TPH"), doc.v("фоновые значения", "фондық мәндер", "")))
        head = doc.v(["Точка отбора", "Определяемые показатели", "Периодичность", "Норматив"],
                     ["Сынама алу нүктесі", "Анықталатын көрсеткіштер", "Кезеңділігі", "Норматив"], [])
    for heading, caption, points, kind, pool, norm in groups:
        doc.h(heading)
        rows = [head]
        for point in points:
            word = doc.pick(("quarterly", "monthly", "semiannual"))
            params = sorted(doc.rng.sample(pool, 3), key=pool.index)
            if kind == "water":
                names, keys = [vocab.water(s, doc.lang) for s in params], [("symbol", s) for s in params]
            else:
                names, keys = [vocab.air(c, doc.lang) for c in params], [("code", c) for c in params]
            rows.append([point, ", ".join(names), freq(doc, word), norm])
            doc.add("monitoring", *(_mon({"point": point}, key, word) for key in keys))
        doc.table(caption, rows, role="monitoring")


# ---------------------------------------------------------------- inspections

MONTHS = {
    "ru": {"quarterly": "(март, июнь, сентябрь, декабрь)", "semiannual": "(июнь, декабрь)", "yearly": "(ноябрь)",
           "monthly": "(до 25 числа)"},
    "kk": {"quarterly": "(наурыз, маусым, қыркүйек, желтоқсан)", "semiannual": "(маусым, желтоқсан)", "yearly": "(қараша)",
           "monthly": "(25-іне дейін)"},
    "vi": {"quarterly": "(tháng 3, 6, 9, 12)", "semiannual": "(tháng 6, 12)", "yearly": "(tháng 11)", "monthly": "(trước ngày 25)"},
}
COMMISSION = {"ru": ("эколог, инженер по ТБ", "главный инженер, эколог", "эколог"),
              "kk": ("эколог, ҚТ инженері", "бас инженер, эколог", "эколог"),
              "vi": ("Phòng HSE", "Phó Giám đốc, Phòng HSE", "Cán bộ môi trường")}


def inspections_m1(doc: Doc) -> None:
    """The frequency cell names the months of the checks in brackets; a composition-of-the-commission column last."""
    opening(doc, "pek")
    rows = [doc.v(["№", "Объект проверки", "Периодичность (сроки) проверки", "Состав комиссии"],
                  ["№", "Тексеру объектісі", "Тексеру кезеңділігі (мерзімі)", "Комиссия құрамы"],
                  ["TT", "Khu vực kiểm tra", "Tần suất (thời gian) kiểm tra", "Thành phần đoàn kiểm tra"])]
    for k, unit in enumerate(units(doc, 4), 1):
        word = doc.pick(("quarterly", "semiannual", "yearly", "monthly"))
        rows.append([str(k), unit, f"{freq(doc, word)} {MONTHS[doc.lang][word]}", doc.pick(COMMISSION[doc.lang])])
        doc.add("obligations", {"kind": "inspection", "frequency": word, "text_contains": unit})
    doc.table(doc.v("Таблица 10 – График внутренних проверок соблюдения экологических требований",
                    "10-кесте – Экологиялық талаптардың сақталуын ішкі тексеру кестесі",
                    "Bảng 10. Lịch kiểm tra nội bộ việc tuân thủ yêu cầu bảo vệ môi trường"), rows, role="inspections")
    maybe_distractor(doc)


def inspections_m2(doc: Doc) -> None:
    """Two tables of units, the frequency given in each caption, `№ | unit | what is checked`."""
    opening(doc, "pek")
    picked = units(doc, 5)
    checks = doc.v(("Соблюдение нормативов эмиссий", "Обращение с отходами", "Ведение журналов учета"),
                   ("Эмиссия нормативтерінің сақталуы", "Қалдықтармен жұмыс", "Есепке алу журналдарын жүргізу"),
                   ("Tuân thủ giới hạn xả thải", "Quản lý chất thải", "Ghi chép sổ nhật ký vận hành"))
    head = doc.v(["№", "Подразделение", "Предмет проверки"], ["№", "Бөлімше", "Тексеру мәні"], ["TT", "Bộ phận", "Nội dung kiểm tra"])
    for word, group in (("quarterly", picked[:3]), ("yearly", picked[3:])):
        caption = {
            "quarterly": doc.v("Таблица 9.1 – Подразделения, проверяемые ежеквартально",
                               "9.1-кесте – Тоқсан сайын тексерілетін бөлімшелер",
                               "Bảng 9.1. Các bộ phận kiểm tra 03 tháng/lần"),
            "yearly": doc.v("Таблица 9.2 – Подразделения, проверяемые 1 раз в год",
                            "9.2-кесте – Жылына 1 рет тексерілетін бөлімшелер",
                            "Bảng 9.2. Các bộ phận kiểm tra 1 lần/năm"),
        }[word]
        rows = [head] + [[str(k), unit, doc.pick(checks)] for k, unit in enumerate(group, 1)]
        doc.table(caption, rows, role="inspections")
        doc.add("obligations", *({"kind": "inspection", "frequency": word, "text_contains": unit} for unit in group))


# ---------------------------------------------------------------- tasks

BASIS = {
    "ru": ("ст. 182 Экологического кодекса РК", "п. 2 ст. 320 Экологического кодекса РК", "условия экологического разрешения",
           "ст. 185 Экологического кодекса РК"),
    "kk": ("ҚР Экологиялық кодексінің 182-бабы", "ҚР Экологиялық кодексінің 320-бабы 2-тармағы", "экологиялық рұқсат шарттары",
           "ҚР Экологиялық кодексінің 185-бабы"),
    "vi": ("Điều 111 Luật Bảo vệ môi trường 2020", "Khoản 2 Điều 83 Luật Bảo vệ môi trường 2020", "Giấy phép môi trường số 125/GPMT-UBND",
           "Điều 97 Nghị định 08/2022/NĐ-CP"),
}


def tasks_m1(doc: Doc) -> None:
    """A legal-basis column after each task, then the responsible and the term."""
    opening(doc, "work_plan")
    rows = [doc.v(["№", "Мероприятие", "Основание", "Ответственный", "Срок исполнения"],
                  ["№", "Іс-шара", "Негіздеме", "Жауапты", "Орындау мерзімі"],
                  ["TT", "Nội dung thực hiện", "Căn cứ pháp lý", "Đơn vị chủ trì", "Thời hạn"])]
    picked = doc.rng.sample(TASKS[doc.lang], 5)
    for k, (text, when, who, *_) in enumerate(picked, 1):
        rows.append([str(k), text, doc.pick(BASIS[doc.lang]), who, when])
        doc.add("obligations", task(str(k), text, who))
    doc.table(doc.v("Таблица 2 – Мероприятия по выполнению требований экологического законодательства",
                    "2-кесте – Экологиялық заңнама талаптарын орындау жөніндегі іс-шаралар",
                    "Bảng 2. Kế hoạch thực hiện các yêu cầu pháp luật về bảo vệ môi trường"), rows, role="tasks")
    maybe_distractor(doc)


# the environmental component of each task of TASKS, by index
COMPONENT = {"ru": (0, 1, 3, 3, 1, 1, 3, 2), "kk": (0, 1, 3, 3, 1, 1, 3, 2), "vi": (0, 2, 3, 3, 1, 1, 3, 2)}
COMPONENT_NAMES = {"ru": ("Общие мероприятия", "Атмосферный воздух", "Водные ресурсы", "Отходы"),
                   "kk": ("Жалпы іс-шаралар", "Атмосфералық ауа", "Су ресурстары", "Қалдықтар"),
                   "vi": ("Công tác chung", "Môi trường không khí", "Môi trường nước", "Quản lý chất thải")}


def tasks_m2(doc: Doc) -> None:
    """The environmental component merged down the first column over its tasks, numbered straight through."""
    opening(doc, "work_plan")
    chosen = sorted(doc.rng.sample(range(len(TASKS[doc.lang])), 5), key=lambda i: (COMPONENT[doc.lang][i], i))
    rows = [doc.v(["Компонент окружающей среды", "№", "Наименование мероприятия", "Срок", "Исполнитель"],
                  ["Қоршаған орта компоненті", "№", "Іс-шараның атауы", "Мерзімі", "Орындаушы"],
                  ["Thành phần môi trường", "TT", "Nội dung công việc", "Thời gian", "Đơn vị thực hiện"])]
    merges, start, current = [], None, None
    for k, i in enumerate(chosen, 1):
        text, when, who, *_ = TASKS[doc.lang][i]
        comp = COMPONENT[doc.lang][i]
        if comp != current:
            if start is not None and len(rows) - 1 > start:
                merges.append((start, 0, len(rows) - 1, 0))
            start, current = len(rows), comp
            label = COMPONENT_NAMES[doc.lang][comp]
        else:
            label = None
        rows.append([label, str(k), text, when, who])
        doc.add("obligations", task(str(k), text, who))
    if start is not None and len(rows) - 1 > start:
        merges.append((start, 0, len(rows) - 1, 0))
    doc.table(doc.v("План мероприятий по охране окружающей среды", "Қоршаған ортаны қорғау жөніндегі іс-шаралар жоспары",
                    "Bảng 1. Kế hoạch bảo vệ môi trường theo thành phần môi trường"), rows, merges, role="tasks")
    maybe_distractor(doc)


LAYOUTS = [
    Layout(role, f"M{k}", fn)
    for role, fns in (
        ("facility", (facility_m1, facility_m2)),
        ("emissions", (emissions_m1, emissions_m2)),
        ("wastes", (wastes_m1, wastes_m2)),
        ("limits", (limits_m1, limits_m2)),
        ("monitoring", (monitoring_m1, monitoring_m2)),
        ("inspections", (inspections_m1, inspections_m2)),
        ("tasks", (tasks_m1, tasks_m2)),
    )
    for k, fn in enumerate(fns, 1)
]
