"""The fourth held-out set, one layout per role, measured blind once on 2026-12-04 (about 0.54),
then tuned on, and so among the tuning layouts now.

A fourth blind set, one layout per role (named H4), written to differ from every layout of
`layouts_*.py` without running the extractor on them.

A facility card with two label–value pairs on each row; emission norms grouped by substance, a
group row spanning the table above the sources that emit it, a total where several do (VI: named
sources under each pollutant); wastes grouped by the workshop where they form, group rows
spanning the table, numbered straight through; a permit's discharge limits for one outlet named in
the sentence before, the allowed concentration beside the mass discharge in г/ч and т/год (VI:
QCVN 40 column B named in the sentence, a load in kg/day); monitoring with the number of samplings
a year instead of a frequency, the point and its location merged over its substances; internal
inspections as a schedule of months marked `х`, no frequency column; tasks with the number written
inside the task's cell, no number column.
"""

from __future__ import annotations

from . import vocab
from .common import Doc, distractor, maybe_distractor, num, opening
from .layouts_facility import facility
from .layouts_wastes import expect_low, expect_vn, low_wastes, vn_wastes
from .limits_data import DISCHARGE, QCVN40, add, cell, limit
from .obligations_data import task, tasks, units
from .registry import Layout
from .sources_data import emission, expect_sources, pick_sources, rates, total


def _mon(loc: dict, key: tuple[str, str], frequency: str) -> dict:
    return {**loc, key[0]: key[1], "frequency": frequency}


def _sig(x: float, digits: int = 4) -> float:
    return float(f"{x:.{digits}g}")


# ---------------------------------------------------------------- facility


def facility_h4(doc: Doc) -> None:
    """A card of four columns, two label–value pairs on each row, no header row, under a heading."""
    f = facility(doc)
    opening(doc, "pek", f["i"])
    doc.h(doc.v("1. Общие сведения об операторе", "1. Оператор туралы жалпы мәліметтер", "1. THÔNG TIN VỀ CƠ SỞ"))
    if doc.lang == "vi":
        rows = [
            ["Tên chủ cơ sở:", f["operator"], "Mã số doanh nghiệp:", f["bin"]],
            ["Tên cơ sở:", f["name"], "Phân loại:", f"Cơ sở nhóm {f['cat']}"],
            ["Địa chỉ:", f["address"], "Tọa độ:", f["dms"]],
        ]
        doc.table(None, rows, role="facility")
        doc.add("facilities", {"bin": f["bin"], "name_contains": f["name"], "category": f["cat"],
                               "lat": f["lat"], "lon": f["lon"]})
        maybe_distractor(doc)
        return
    rows = [
        [doc.v("Оператор", "Оператор", ""), f["operator"], doc.v("БИН", "БСН", ""), f["bin"]],
        [doc.v("Объект", "Объект", ""), f["name"], doc.v("Категория объекта", "Объект санаты", ""), f["cat"]],
        [doc.v("Адрес", "Мекенжайы", ""), f["address"], doc.v("Код КАТО", "ҚАТО коды", ""), f["kato"]],
        [doc.v("Географические координаты", "Географиялық координаттары", ""), f["dms"], None, None],
    ]
    doc.table(None, rows, [(3, 1, 3, 3)], role="facility")
    doc.add("facilities", {"bin": f["bin"], "name_contains": f["name"], "category": f["cat"], "kato": f["kato"],
                           "lat": f["lat"], "lon": f["lon"]})
    maybe_distractor(doc)


# ---------------------------------------------------------------- emissions


def emissions_h4(doc: Doc) -> None:
    """Grouped by substance: a group row (code and name) spanning the table above the sources that emit it,
    a total where several sources emit it (VI: named sources under each pollutant, no numbers)."""
    vi = doc.lang == "vi"
    opening(doc, "permit" if not vi else "scoping")
    sources = pick_sources(doc, 6, min_codes=2)
    codes: list[str] = []
    for s in sources:
        codes += [c for c in s.codes if c not in codes]
    codes = sorted(codes, key=lambda c: -sum(c in s.codes for s in sources))[:3]
    if vi:
        rows = [["Nguồn phát sinh", "Tải lượng (g/s)", "Tải lượng (tấn/năm)"]]
    else:
        rows = [doc.v(["Номер источника", "Наименование источника", "Выброс, г/с", "Выброс, т/год"],
                      ["Көз нөмірі", "Көздің атауы", "Шығарынды, г/с", "Шығарынды, т/жыл"], [])]
    width = len(rows[0])
    merges, used = [], []
    for code in codes:
        emitters = [s for s in sources if code in s.codes]
        title = vocab.air(code, doc.lang) if vi else f"{code} – {vocab.air(code, doc.lang)}"
        rows.append([title] + [None] * (width - 1))
        merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))
        got = []
        for s in emitters:
            (x,) = rates(doc, [code])
            got.append(x)
            if vi:
                rows.append([s.name, *x.cells("vi")])
                doc.add("emissions", emission(code, x.g_s, x.t_y))
            else:
                rows.append([s.number, s.name, *x.cells(doc.lang)])
                doc.add("emissions", emission(code, x.g_s, x.t_y, s.number))
                if s not in used:
                    used.append(s)
        if len(got) < 2:
            continue
        label = doc.v("Итого по веществу:", "Зат бойынша барлығы:", "Cộng")
        sums = [total(doc, [x.g_s for x in got]), total(doc, [x.t_y for x in got])]
        rows.append([label, *sums] if vi else ["", label, *sums])
    doc.table(doc.v("Таблица 4 – Нормативы допустимых выбросов по веществам и источникам",
                    "4-кесте – Заттар және көздер бойынша рұқсат етілген шығарындылар нормативтері",
                    "Bảng 3.4. Tải lượng các chất ô nhiễm không khí theo nguồn phát sinh"), rows, merges, role="emissions")
    if not vi:
        expect_sources(doc, used)
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

SHOPS = {
    "ru": ("Котельная", "Ремонтно-механический цех", "Административно-бытовой корпус"),
    "kk": ("Қазандық", "Жөндеу-механикалық цех", "Әкімшілік-тұрмыстық ғимарат"),
    "vi": ("Xưởng sản xuất", "Khu vực bảo dưỡng máy móc", "Văn phòng và nhà ăn"),
}


def wastes_h4(doc: Doc) -> None:
    """Wastes under group rows naming the workshop where they form, numbered straight through, a grand total."""
    vi = doc.lang == "vi"
    opening(doc, "pek" if not vi else "permit")
    wastes = vn_wastes(doc, 5) if vi else low_wastes(doc, 5)
    order = list(range(len(wastes)))
    doc.rng.shuffle(order)
    groups = [sorted(order[:2]), sorted(order[2:4]), sorted(order[4:])]
    if vi:
        rows = [["TT", "Tên chất thải", "Mã CTNH", "Khối lượng (kg/năm)"]]
    else:
        rows = [doc.v(["№ п/п", "Наименование отхода", "Код отхода", "Объем образования, т/год"],
                      ["№", "Қалдықтың атауы", "Қалдық коды", "Түзілу көлемі, т/жыл"], [])]
    merges, n, listed = [], 0, []
    for shop, group in zip(SHOPS[doc.lang], groups, strict=True):
        rows.append([shop, None, None, None])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 3))
        for i in group:
            w = wastes[i]
            n += 1
            listed.append(w)
            rows.append([str(n), w["name"], w["code"], num(w["kg"], "vi") if vi else num(w["t"], doc.lang)])
    amount = num(sum(w["kg"] for w in wastes), "vi") if vi else num(round(sum(w["t"] for w in wastes), 4), doc.lang)
    rows.append(["", doc.v("Всего", "Барлығы", "Tổng cộng"), "", amount])
    doc.table(doc.v("Таблица 5.2 – Образование отходов по подразделениям предприятия",
                    "5.2-кесте – Кәсіпорын бөлімшелері бойынша қалдықтардың түзілуі",
                    "Bảng 2.5. Chất thải nguy hại phát sinh theo khu vực"), rows, merges, role="wastes")
    if vi:
        expect_vn(doc, listed)
    else:
        expect_low(doc, listed)
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits


def limits_h4(doc: Doc) -> None:
    """A permit's discharge norms for one outlet named in the sentence before: the allowed concentration beside
    the mass discharge in г/ч and т/год (VI: QCVN 40 column B named in the sentence, a load in kg/day)."""
    opening(doc, "permit")
    if doc.lang == "vi":
        flow = doc.rng.choice((150, 200, 300, 450))
        doc.p(f"Nước thải sau xử lý tại điểm xả NT1, lưu lượng xả lớn nhất {num(flow, 'vi')} m3/ngày.đêm, phải đảm bảo "
              "đạt QCVN 40:2011/BTNMT, cột B (Kq = 1; Kf = 1) trước khi xả ra nguồn tiếp nhận:")
        symbols = ["pH"] + sorted(doc.rng.sample(["BOD5", "COD", "TSS", "NH4+", "TN", "TP", "TPH", "Fe"], 5),
                                  key=list(QCVN40).index)
        rows = [["TT", "Chất ô nhiễm", "Đơn vị tính", "Giá trị giới hạn cho phép", "Tải lượng tối đa (kg/ngày)"]]
        for k, s in enumerate(symbols, 1):
            b = QCVN40[s][1]
            load = "-" if isinstance(b, tuple) else num(_sig(b * flow / 1000), "vi")
            rows.append([str(k), vocab.water(s, "vi"), "-" if s == "pH" else "mg/l", cell(doc, b), load])
            add(doc, limit(("symbol", s), "waste_water", b, "mg/l"))
        doc.table(None, rows, role="limits")
        maybe_distractor(doc)
        return
    flow = doc.rng.choice((8.5, 12.5, 20, 35))
    hours = doc.rng.choice((8760, 6480, 4380))
    doc.p(doc.v(f"Выпуск № 1 – сброс очищенных хозяйственно-бытовых и производственных сточных вод в пруд-испаритель, "
                f"расход {num(flow, 'ru')} м3/ч, {num(hours, 'ru')} ч/год. Нормативы допустимых сбросов:",
                f"№ 1 шығарылым – тазартылған шаруашылық-тұрмыстық және өндірістік ағынды суларды буландырғыш тоғанға "
                f"төгу, шығыны {num(flow, 'kk')} м3/сағ, {num(hours, 'kk')} сағ/жыл. Рұқсат етілген төгінділер нормативтері:",
                ""))
    keys = [k for k in DISCHARGE if k != "pH"]
    symbols = ["pH"] + sorted(doc.rng.sample(keys, 5), key=list(DISCHARGE).index)
    rows = [doc.v(["№", "Наименование показателя", "Допустимая концентрация, мг/дм3", "Сброс, г/ч", "Сброс, т/год"],
                  ["№", "Көрсеткіштің атауы", "Рұқсат етілген концентрация, мг/дм3", "Төгінді, г/сағ", "Төгінді, т/жыл"], [])]
    for k, s in enumerate(symbols, 1):
        c = DISCHARGE[s]
        if isinstance(c, tuple):
            g_h, t_y = "-", "-"
        else:
            g_h, t_y = num(_sig(c * flow), doc.lang), num(_sig(c * flow * hours / 1e6), doc.lang)
        rows.append([str(k), vocab.water(s, doc.lang), cell(doc, c), g_h, t_y])
        add(doc, limit(("symbol", s), "waste_water", c, "mg/l"))
    doc.table(doc.v("Таблица 3 – Нормативы допустимых сбросов загрязняющих веществ по выпуску № 1",
                    "3-кесте – № 1 шығарылым бойынша ластаушы заттардың рұқсат етілген төгінділерінің нормативтері", ""),
              rows, role="limits")
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring

PER_YEAR = {"monthly": "12", "quarterly": "4", "semiannual": "2", "yearly": "1"}


def monitoring_h4(doc: Doc) -> None:
    """Ambient air at points on the boundary of the protection zone: the point and its location merged over its
    substances, the number of samplings a year instead of a frequency."""
    opening(doc, "pek")
    if doc.lang == "vi":
        pool = ["2902", "0301", "0330", "0337"]
        points = (("KK1", "Cổng chính nhà máy"), ("KK2", "Cuối hướng gió, cách hàng rào 50 m"))
        rows = [["Ký hiệu điểm", "Vị trí quan trắc", "Thông số", "Số lần quan trắc/năm"]]
    else:
        pool = ["0301", "0304", "0330", "0337", "2908", "0333"]
        points = (("Т-1", doc.v("граница СЗЗ, северное направление", "СҚА шекарасы, солтүстік бағыт", "")),
                  ("Т-2", doc.v("граница СЗЗ, подветренная сторона", "СҚА шекарасы, желдің ығы жағы", "")),
                  ("Т-3", doc.v("жилая зона, пос. Заречный", "тұрғын аймақ, Заречный кенті", "")))[: doc.rng.randint(2, 3)]
        rows = [doc.v(["Точка отбора", "Местоположение", "Определяемое вещество", "Количество замеров в год"],
                      ["Сынама алу нүктесі", "Орналасқан жері", "Анықталатын зат", "Жылына өлшеулер саны"], [])]
    merges = []
    for point, place in points:
        start = len(rows)
        for code in sorted(doc.rng.sample(pool, 3), key=pool.index):
            word = doc.pick(("quarterly", "quarterly", "semiannual", "monthly"))
            first = len(rows) == start
            rows.append([point if first else None, place if first else None, vocab.air(code, doc.lang), PER_YEAR[word]])
            doc.add("monitoring", _mon({"point": point}, ("code", code), word))
        merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    doc.table(doc.v("Таблица 6 – План-график контроля атмосферного воздуха на границе СЗЗ",
                    "6-кесте – СҚА шекарасындағы атмосфералық ауаны бақылау жоспар-кестесі",
                    "Bảng 4.2. Quan trắc chất lượng không khí xung quanh"), rows, merges, role="monitoring")
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

MONTHS = {"monthly": tuple(range(12)), "quarterly": (2, 5, 8, 11), "semiannual": (5, 11), "yearly": (10,)}


def inspections_h4(doc: Doc) -> None:
    """A schedule: the unit, then twelve month columns under a merged header, `х` in the months of a check;
    no frequency column, a distractor after the table."""
    opening(doc, "pek")
    months = [f"T{m}" for m in range(1, 13)] if doc.lang == "vi" else [str(m) for m in range(1, 13)]
    rows = [doc.v(["№", "Проверяемое подразделение", "Месяцы 2026 года"] + [None] * 11,
                  ["№", "Тексерілетін бөлімше", "2026 жылдың айлары"] + [None] * 11,
                  ["TT", "Bộ phận được kiểm tra", "Các tháng năm 2026"] + [None] * 11),
            [None, None, *months]]
    mark = "x" if doc.lang == "vi" else "х"
    for k, unit in enumerate(units(doc, 4), 1):
        word = doc.pick(("monthly", "quarterly", "quarterly", "semiannual", "yearly"))
        rows.append([str(k), unit, *(mark if m in MONTHS[word] else "" for m in range(12))])
        doc.add("obligations", {"kind": "inspection", "frequency": word, "text_contains": unit})
    doc.table(doc.v("Таблица 10 – График внутренних проверок на 2026 год", "10-кесте – 2026 жылға арналған ішкі тексерулер кестесі",
                    "Bảng 10. Lịch kiểm tra nội bộ năm 2026"), rows, [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 13)],
              role="inspections")
    distractor(doc, "contacts")


# ---------------------------------------------------------------- tasks

PERSONS = {"ru": ("Ахметова Д.С.", "Ким Л.В.", "Сейтказин Б.Е."), "kk": ("Ахметова Д.С.", "Жұмабеков Н.Қ.", "Сейітова А.М."),
           "vi": ("Nguyễn Văn An", "Lê Thị Mai", "Trần Văn Hùng")}


def tasks_h4(doc: Doc) -> None:
    """No number column: each task's cell begins with its number (`1)`), the executor with a person's name after it,
    the deadline last."""
    opening(doc, "work_plan")
    rows = [doc.v(["Мероприятие", "Ответственный исполнитель", "Срок исполнения"],
                  ["Іс-шара", "Жауапты орындаушы", "Орындау мерзімі"],
                  ["Nội dung công việc", "Đơn vị/người chịu trách nhiệm", "Thời hạn hoàn thành"])]
    for k, (text, when, who, *_) in enumerate(tasks(doc, 5), 1):
        rows.append([f"{k}) {text}", f"{who} ({doc.pick(PERSONS[doc.lang])})", when])
        doc.add("obligations", task(str(k), text, who))
    doc.table(doc.v("Перечень природоохранных мероприятий на 2026 год", "2026 жылға арналған табиғат қорғау іс-шараларының тізбесі",
                    "Danh mục nhiệm vụ bảo vệ môi trường năm 2026"), rows, role="tasks")
    maybe_distractor(doc)


LAYOUTS = [
    Layout("facility", "L15", facility_h4),
    Layout("emissions", "L15", emissions_h4),
    Layout("wastes", "L15", wastes_h4),
    Layout("limits", "L15", limits_h4),
    Layout("monitoring", "L15", monitoring_h4),
    Layout("inspections", "L15", inspections_h4),
    Layout("tasks", "L15", tasks_h4),
]
