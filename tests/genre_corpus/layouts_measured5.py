"""The fifth blind set, part a (three layouts per role), measured blind once on 2026-12-04 with part b
(0.838 together), then tuned on on 2026-12-04 (session 2), and so among the tuning layouts now.

A fifth blind set (part a), three layouts per role, written without running the extractor on them.

Facility: a scoping card with the OKED in brackets after the activity and the category with its legal ground,
a row form with the site area and staff columns and the BIN last, a card whose first row is the facility's name
merged across it. Emissions: the source's number and name in one cell merged over its pollutants, each pollutant
written `code name` in one cell; totals per substance under a two-row header with the ПДВ year range in the
caption; one row per pollutant with the source's coordinates and the year the norm is reached (VI: loads with
the concentration first). Wastes: a kind-of-waste column in words; a permit's accumulation limits with the
maximum storage term; wastes merged under the stage where they form. Limits: a permit's discharge concentrations
with a background column and the mass discharge in г/ч; ambient-air ПДК м.р. with the hygienic standard named in
a column; ambient air measured at points merged down the first column against ПДК м.р. Monitoring: the point
repeated on every parameter row with its frequency; one row per substance with the sources listed in one cell;
soil points with latitude and longitude columns and their elements in one cell. Inspections: `Проверка ...`
sentences in the content cell; a legal-basis column; the checker merged down the last column. Tasks: an
expected-effect column; the responsible unit before the task; conditions of a permit's appendix.
"""

from __future__ import annotations

from . import vocab
from .common import Doc, distractor, freq, maybe_distractor, num, opening
from .layouts_facility import facility
from .layouts_wastes import expect_low, expect_vn, low_wastes, vn_wastes
from .limits_data import AIR_PDK, DISCHARGE, QCVN40, add, cell, limit
from .obligations_data import task, tasks, units
from .registry import Layout
from .sources_data import TOTAL, emission, expect_sources, pick_sources, rates, total

WORDS = ("quarterly", "semiannual", "yearly", "monthly")

OKED = {
    "07291": ("Добыча золотосодержащих руд", "Құрамында алтын бар кендерді өндіру"),
    "23511": ("Производство цемента", "Цемент өндірісі"),
    "35301": ("Производство пара и горячей воды", "Бу және ыстық су өндірісі"),
    "52101": ("Складирование и хранение нефтепродуктов", "Мұнай өнімдерін қоймалау және сақтау"),
    "01471": ("Разведение сельскохозяйственной птицы", "Ауыл шаруашылығы құстарын өсіру"),
}
OKED_OF = ("07291", "23511", "52101", "35301", "07291", "01471")
VI_ACTIVITY = ("Sản xuất bao bì nhựa và giấy", "Chế biến thủy sản đông lạnh", "Sản xuất gạch ốp lát",
               "Dệt, nhuộm vải", "Sản xuất giấy và bột giấy", "Chăn nuôi heo thịt")


def _mon(loc: dict, key: tuple[str, str], frequency: str) -> dict:
    return {**loc, key[0]: key[1], "frequency": frequency}


# ---------------------------------------------------------------- facility


def facility_k1(doc: Doc) -> None:
    """Scoping card: the activity with its OKED in brackets, the category with its legal ground (VI: ĐTM group with its ground)."""
    f = facility(doc)
    opening(doc, "scoping", f["i"])
    if doc.lang == "vi":
        rows = [["Thông tin", "Nội dung"],
                ["Tên dự án", f["name"]],
                ["Chủ dự án", f"{f['operator']}"],
                ["Mã số doanh nghiệp", f["bin"]],
                ["Loại hình sản xuất", VI_ACTIVITY[f["i"]]],
                ["Nhóm dự án", f"Nhóm {f['cat']} theo Phụ lục III Nghị định 08/2022/NĐ-CP"],
                ["Địa điểm thực hiện", f["address"]]]
        doc.table("Bảng 1.1. Tóm tắt thông tin dự án", rows, role="facility")
        doc.add("facilities", {"bin": f["bin"], "name_contains": f["name"], "category": f["cat"]})
        return
    f["oked"] = OKED_OF[f["i"]]
    activity = OKED[f["oked"]][0 if doc.lang == "ru" else 1]
    rows = [doc.v(["Наименование показателя", "Сведения"], ["Көрсеткіштің атауы", "Мәліметтер"], []),
            [doc.v("Инициатор", "Бастамашы", ""), f["operator"]],
            [doc.v("БИН инициатора", "Бастамашының БСН", ""), f["bin"]],
            [doc.v("Наименование объекта", "Объектінің атауы", ""), f["name"]],
            [doc.v("Вид деятельности", "Қызмет түрі", ""), doc.v(f"{activity} (ОКЭД {f['oked']})", f"{activity} (ЭҚЖЖ {f['oked']})", "")],
            [doc.v("Категория объекта", "Объект санаты", ""),
             doc.v(f"{f['cat']} категория (согласно приложению 2 к Экологическому кодексу РК)",
                   f"{f['cat']} санат (ҚР Экологиялық кодексінің 2-қосымшасына сәйкес)", "")],
            [doc.v("Код КАТО", "ҚАТО коды", ""), f["kato"]],
            [doc.v("Местоположение", "Орналасқан жері", ""), f["address"]]]
    doc.table(doc.v("Таблица 1 – Сведения о намечаемой деятельности", "1-кесте – Белгіленіп отырған қызмет туралы мәліметтер", ""),
              rows, role="facility")
    doc.add("facilities", {"bin": f["bin"], "name_contains": f["name"], "oked": f["oked"], "kato": f["kato"], "category": f["cat"]})
    maybe_distractor(doc)


def facility_k2(doc: Doc) -> None:
    """Row form: the facility, its address, site area and staff columns that carry no field, the BIN last."""
    f = facility(doc)
    opening(doc, "pek", f["i"])
    area, staff = num(doc.rng.randint(30, 900) / 10, doc.lang), str(doc.rng.randint(40, 900))
    rows = [doc.v(["Объект", "Оператор", "Адрес объекта", "Площадь территории, га", "Численность персонала, чел.", "Категория", "БИН"],
                  ["Объект", "Оператор", "Объектінің мекенжайы", "Аумақтың ауданы, га", "Персонал саны, адам", "Санаты", "БСН"],
                  ["Tên cơ sở", "Chủ cơ sở", "Địa chỉ", "Diện tích (ha)", "Số lao động (người)", "Nhóm", "Mã số doanh nghiệp"]),
            [f["name"], f["operator"], f["address"], area, staff, f["cat"], f["bin"]]]
    doc.table(doc.v("Общие сведения о предприятии", "Кәсіпорын туралы жалпы мәліметтер", "Bảng 1. Thông tin về cơ sở"), rows,
              role="facility")
    doc.add("facilities", {"bin": f["bin"], "name_contains": f["name"], "category": f["cat"]})
    maybe_distractor(doc)


def facility_k3(doc: Doc) -> None:
    """A permit's card whose first row is the facility's name merged across both columns, then label–value rows."""
    f = facility(doc)
    opening(doc, "permit", f["i"])
    rows = [[f["name"], None],
            [doc.v("Оператор объекта", "Объект операторы", "Chủ cơ sở"), f["operator"]],
            [doc.v("Бизнес-идентификационный номер", "Бизнес-сәйкестендіру нөмірі", "Mã số doanh nghiệp"), f["bin"]],
            [doc.v("Адрес места осуществления деятельности", "Қызметті жүзеге асыру орнының мекенжайы", "Địa điểm hoạt động"),
             f["address"]],
            [doc.v("Координаты", "Координаттары", "Tọa độ"), f["dms"]]]
    if doc.lang != "vi":
        rows.append([doc.v("Код КАТО", "ҚАТО коды", ""), f["kato"]])
    doc.table(None, rows, [(0, 0, 0, 1)], role="facility")
    out = {"bin": f["bin"], "name_contains": f["name"], "lat": f["lat"], "lon": f["lon"]}
    if doc.lang != "vi":
        out["kato"] = f["kato"]
    doc.add("facilities", out)
    maybe_distractor(doc)


# ---------------------------------------------------------------- emissions


def emissions_k1(doc: Doc) -> None:
    """The source's number and name in one cell merged over its pollutants, each pollutant `code name` in one cell
    (VI: the named source merged, the pollutant name alone)."""
    opening(doc, "permit" if doc.lang != "vi" else "scoping")
    sources = pick_sources(doc, 3, min_codes=2)
    rows = [doc.v(["Источник выброса (№, наименование)", "Загрязняющее вещество (код, наименование)", "г/с", "т/год"],
                  ["Шығарынды көзі (№, атауы)", "Ластаушы зат (коды, атауы)", "г/с", "т/жыл"],
                  ["Nguồn phát sinh", "Chất ô nhiễm", "Tải lượng (g/s)", "Tải lượng (tấn/năm)"])]
    merges = []
    for s in sources:
        start = len(rows)
        for x in rates(doc, s.codes):
            first = len(rows) == start
            if doc.lang == "vi":
                rows.append([s.name if first else None, vocab.air(x.code, "vi"), *x.cells("vi")])
                doc.add("emissions", emission(x.code, x.g_s, x.t_y))
            else:
                rows.append([f"{s.number} {s.name}" if first else None, f"{x.code} {vocab.air(x.code, doc.lang)}", *x.cells(doc.lang)])
                doc.add("emissions", emission(x.code, x.g_s, x.t_y, s.number))
        if len(rows) - 1 > start:
            merges.append((start, 0, len(rows) - 1, 0))
    doc.table(doc.v("Таблица 2.4 – Нормативы выбросов по источникам", "2.4-кесте – Көздер бойынша шығарынды нормативтері",
                    "Bảng 3.4. Tải lượng khí thải theo nguồn phát sinh"), rows, merges, role="emissions")
    if doc.lang != "vi":
        expect_sources(doc, sources)
    maybe_distractor(doc)


def emissions_k2(doc: Doc) -> None:
    """Totals per substance under a two-row header (`Нормативы выбросов` over г/с and т/год), the hazard class,
    the ПДВ years in the caption, a totals row (VI: operation-period totals with the QCVN group in a column)."""
    opening(doc, "permit" if doc.lang != "vi" else "scoping")
    codes = doc.rng.sample(["0301", "0304", "0330", "0337", "2908", "0328", "0333", "2754"] if doc.lang != "vi"
                           else ["2902", "0301", "0330", "0337", "0333", "0303"], 4)
    items = rates(doc, codes)
    rows = [doc.v(["Код ЗВ", "Наименование вещества", "Класс опасности", "Нормативы выбросов", None],
                  ["ЛЗ коды", "Заттың атауы", "Қауіптілік сыныбы", "Шығарынды нормативтері", None],
                  ["TT", "Chất ô nhiễm", "Nguồn phát sinh chủ yếu", "Tổng tải lượng", None]),
            doc.v([None, None, None, "г/с", "т/год"], [None, None, None, "г/с", "т/жыл"], [None, None, None, "g/s", "tấn/năm"])]
    for k, x in enumerate(items, 1):
        if doc.lang == "vi":
            rows.append([str(k), vocab.air(x.code, "vi"), doc.pick(("Lò hơi", "Máy phát điện dự phòng", "Khu xử lý nước thải")), *x.cells("vi")])
        else:
            rows.append([x.code, vocab.air(x.code, doc.lang), str(vocab.hazard(x.code) or "-"), *x.cells(doc.lang)])
    rows.append(["", TOTAL[doc.lang][0], "", total(doc, [x.g_s for x in items]), total(doc, [x.t_y for x in items])])
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4)]
    doc.table(doc.v("Нормативы допустимых выбросов на 2026–2035 годы", "2026–2035 жылдарға арналған жол берілетін шығарындылар нормативтері",
                    "Bảng 3.12. Tổng tải lượng khí thải giai đoạn vận hành"), rows, merges, role="emissions")
    if doc.lang == "vi":
        doc.add("emissions", *(emission(x.code, x.g_s, x.t_y, period="operation") for x in items))
    else:
        doc.add("emissions", *(emission(x.code, x.g_s, x.t_y, hazard=vocab.hazard(x.code)) for x in items))
    maybe_distractor(doc)


def emissions_k3(doc: Doc) -> None:
    """One row per pollutant: the source number, its X/Y coordinates, the code, the rates and the year the norm is reached
    (VI: a named stack, the concentration in mg/Nm3 before the load in g/s only)."""
    opening(doc, "pek" if doc.lang != "vi" else "scoping")
    if doc.lang == "vi":
        sources = [s for s in pick_sources(doc, 5, min_codes=2) if s.organized][:2] or pick_sources(doc, 2)
        rows = [["Nguồn thải", "Chất ô nhiễm", "Nồng độ (mg/Nm3)", "Tải lượng (g/s)"]]
        for s in sources:
            for x in rates(doc, s.codes):
                rows.append([s.name, vocab.air(x.code, "vi"), num(doc.rng.randint(20, 600), "vi"), x.cells("vi")[0]])
                doc.add("emissions", emission(x.code, x.g_s, None))
        doc.table("Bảng 3.15. Nồng độ và tải lượng các chất ô nhiễm trong khí thải", rows, role="emissions")
        return
    sources = pick_sources(doc, 3)
    rows = [doc.v(["№ ИЗА", "X1, м", "Y1, м", "Код ЗВ", "Выброс, г/с", "Выброс, т/год", "Год достижения ПДВ"],
                  ["ЛШК №", "X1, м", "Y1, м", "ЛЗ коды", "Шығарынды, г/с", "Шығарынды, т/жыл", "ШЖШ жеткен жылы"], [])]
    for s in sources:
        x1, y1 = str(doc.rng.randint(-400, 400)), str(doc.rng.randint(-400, 400))
        for x in rates(doc, s.codes):
            rows.append([s.number, x1, y1, x.code, *x.cells(doc.lang), "2026"])
            doc.add("emissions", emission(x.code, x.g_s, x.t_y, s.number))
    doc.table(doc.v("Параметры выбросов загрязняющих веществ для расчета ПДВ", "ЖШШ есептеу үшін ластаушы заттар шығарындыларының параметрлері",
                    ""), rows, role="emissions")
    expect_sources(doc, sources)
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

KIND = {"ru": ("опасный", "неопасный"), "kk": ("қауіпті", "қауіпті емес")}
MANAGE = {"ru": ("передача по договору", "временное хранение с последующей передачей", "размещение на полигоне"),
          "kk": ("шарт бойынша беру", "кейін беру арқылы уақытша сақтау", "полигонда орналастыру"),
          "vi": ("Chuyển giao cho đơn vị có chức năng xử lý", "Lưu giữ tại kho CTNH, định kỳ chuyển giao")}


def wastes_k1(doc: Doc) -> None:
    """The kind of waste in words (`опасный` / `неопасный`) in its own column, then the amount and the handling
    (VI: CTNH with the storage equipment column between code and amount)."""
    opening(doc, "pek")
    if doc.lang == "vi":
        wastes = vn_wastes(doc, 4)
        rows = [["TT", "Tên chất thải", "Mã CTNH", "Thiết bị lưu chứa", "Khối lượng (kg/năm)", "Biện pháp quản lý"]]
        for k, w in enumerate(wastes, 1):
            rows.append([str(k), w["name"], w["code"], doc.pick(("Thùng phuy 200 lít có nắp", "Thùng nhựa 120 lít", "Bao jumbo")),
                         num(w["kg"], "vi"), doc.pick(MANAGE["vi"])])
        doc.table("Bảng 3.6. Chất thải nguy hại phát sinh tại cơ sở", rows, role="wastes")
        expect_vn(doc, wastes)
        return
    wastes = low_wastes(doc, 5)
    rows = [doc.v(["№", "Наименование отхода", "Код отхода", "Вид отхода", "Объем образования, т/год", "Способ обращения"],
                  ["№", "Қалдықтың атауы", "Қалдық коды", "Қалдық түрі", "Түзілу көлемі, т/жыл", "Жұмыс істеу тәсілі"], [])]
    for k, w in enumerate(wastes, 1):
        rows.append([str(k), w["name"], w["code"], KIND[doc.lang][0 if w["hazardous"] else 1], num(w["t"], doc.lang),
                     doc.pick(MANAGE[doc.lang])])
    doc.table(doc.v("Таблица 5 – Образование отходов", "5-кесте – Қалдықтардың түзілуі", ""), rows, role="wastes")
    expect_low(doc, wastes)
    maybe_distractor(doc)


def wastes_k2(doc: Doc) -> None:
    """A permit's accumulation limits with the maximum storage term beside the amount (VI: kg/year with a frequency of hand-over)."""
    opening(doc, "permit")
    if doc.lang == "vi":
        wastes = vn_wastes(doc, 4)
        rows = [["Tên chất thải", "Mã CTNH", "Trạng thái tồn tại", "Khối lượng phát sinh tối đa (kg/năm)", "Tần suất chuyển giao"]]
        for w in wastes:
            rows.append([w["name"], w["code"], w["state"], num(w["kg"], "vi"), doc.pick(("06 tháng/lần", "1 lần/năm"))])
        doc.table("Bảng 2. Khối lượng, chủng loại chất thải nguy hại được phép phát sinh", rows, role="wastes")
        expect_vn(doc, wastes)
        return
    wastes = low_wastes(doc, 4)
    rows = [doc.v(["Код", "Наименование отхода", "Лимит накопления, тонн/год", "Максимальный срок накопления"],
                  ["Коды", "Қалдықтың атауы", "Жинақтау лимиті, тонна/жыл", "Жинақтаудың ең ұзақ мерзімі"], [])]
    for w in wastes:
        rows.append([w["code"], w["name"], num(w["t"], doc.lang), doc.v("не более 6 месяцев", "6 айдан аспайды", "")])
    doc.table(doc.v("Лимиты накопления отходов на 2026 год", "2026 жылға арналған қалдықтарды жинақтау лимиттері", ""), rows, role="wastes")
    expect_low(doc, wastes)
    maybe_distractor(doc)


STAGES = {"ru": ("Основное производство", "Ремонт и обслуживание техники"),
          "kk": ("Негізгі өндіріс", "Техниканы жөндеу және қызмет көрсету"),
          "vi": ("Dây chuyền sản xuất", "Bảo dưỡng máy móc, thiết bị")}


def wastes_k3(doc: Doc) -> None:
    """The stage where wastes form merged down the first column over them, then code, name and amount in t/year
    (VI: the stage merged, CTNH in kg/year)."""
    opening(doc, "scoping" if doc.lang != "vi" else "pek")
    vi = doc.lang == "vi"
    wastes = vn_wastes(doc, 4) if vi else low_wastes(doc, 4)
    rows = [doc.v(["Источник образования", "Код отхода", "Наименование", "Количество, т/год"],
                  ["Түзілу көзі", "Қалдық коды", "Атауы", "Мөлшері, т/жыл"],
                  ["Công đoạn phát sinh", "Mã CTNH", "Tên chất thải", "Khối lượng (kg/năm)"])]
    merges = []
    for g, part in enumerate((wastes[:2], wastes[2:])):
        start = len(rows)
        for w in part:
            rows.append([STAGES[doc.lang][g] if len(rows) == start else None, w["code"], w["name"],
                         num(w["kg"], "vi") if vi else num(w["t"], doc.lang)])
        merges.append((start, 0, len(rows) - 1, 0))
    doc.table(doc.v("Таблица 4.2 – Виды и количество отходов", "4.2-кесте – Қалдықтардың түрлері мен мөлшері",
                    "Bảng 3.8. Chất thải nguy hại theo công đoạn phát sinh"), rows, merges, role="wastes")
    if vi:
        expect_vn(doc, wastes)
    else:
        expect_low(doc, wastes)
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits


def limits_k1(doc: Doc) -> None:
    """A permit's discharge norms: background concentration, allowed concentration in мг/дм3, the mass in г/ч
    (VI: QCVN 40 column B named in the header, the monitoring outlet in a sentence)."""
    opening(doc, "permit")
    if doc.lang == "vi":
        doc.p("Giá trị giới hạn các chất ô nhiễm trong nước thải tại điểm xả thải NT1:")
        syms = doc.rng.sample(["pH", "BOD5", "COD", "TSS", "NH4+", "TN", "TP", "Fe"], 5)
        rows = [["TT", "Thông số", "Đơn vị", "QCVN 40:2011/BTNMT (Cột B)"]]
        for k, s in enumerate(syms, 1):
            b = QCVN40[s][1]
            rows.append([str(k), vocab.water(s, "vi"), "-" if s == "pH" else "mg/l", cell(doc, b)])
            add(doc, limit(("symbol", s), "waste_water", b, "mg/l", "B"))
        doc.table(None, rows, role="limits")
        return
    syms = doc.rng.sample(["BOD5", "COD", "TSS", "NH4+", "NO2-", "NO3-", "TPH", "Fe", "Cl-", "SO4"], 5)
    rows = [doc.v(["Показатель", "Фоновая концентрация, мг/дм3", "Допустимая концентрация на выпуске, мг/дм3", "Сброс, г/ч"],
                  ["Көрсеткіш", "Фондық концентрация, мг/дм3", "Шығарудағы рұқсат етілген концентрация, мг/дм3", "Төгінді, г/сағ"], [])]
    for s in syms:
        lim = DISCHARGE[s]
        rows.append([vocab.water(s, doc.lang), num(float(f"{lim * doc.rng.uniform(0.1, 0.6):.2g}"), doc.lang), num(lim, doc.lang),
                     num(round(lim * doc.rng.uniform(5, 40), 2), doc.lang)])
        add(doc, limit(("symbol", s), "waste_water", lim, "mg/l"))
    doc.table(doc.v("Нормативы допустимых сбросов по выпуску № 1", "№ 1 шығару бойынша рұқсат етілген төгінділер нормативтері", ""),
              rows, role="limits")
    maybe_distractor(doc)


def limits_k2(doc: Doc) -> None:
    """Ambient-air ПДК м.р. only, with the hygienic standard named in a column (VI: QCVN 05 1-hour values in µg/m3)."""
    opening(doc, "regulation" if doc.lang != "vi" else "scoping")
    if doc.lang == "vi":
        vals = {"2902": 300, "0301": 200, "0330": 350, "0337": 30000}
        codes = doc.rng.sample(list(vals), 3)
        rows = [["Thông số", "Trung bình 1 giờ (µg/m3)", "Quy chuẩn áp dụng"]]
        for c in codes:
            rows.append([vocab.air(c, "vi"), num(vals[c], "vi"), "QCVN 05:2023/BTNMT"])
            add(doc, limit(("code", c), "air", vals[c], "µg/m3", "Trung bình 1 giờ"))
        doc.table("Bảng 2.2. Giới hạn các thông số trong không khí xung quanh", rows, role="limits")
        return
    codes = [c for c in doc.rng.sample(["0301", "0304", "0330", "0337", "2908", "0333", "0328", "1325"], 4)]
    rows = [doc.v(["Код", "Наименование", "ПДК м.р., мг/м3", "Нормативный документ"],
                  ["Коды", "Атауы", "ШЖК м.б., мг/м3", "Нормативтік құжат"], [])]
    for c in codes:
        mr = AIR_PDK[c][0]
        rows.append([c, vocab.air(c, doc.lang), cell(doc, mr), doc.v("Гигиенические нормативы к атмосферному воздуху",
                                                                     "Атмосфералық ауаға қойылатын гигиеналық нормативтер", "")])
        add(doc, limit(("code", c), "air", mr, "mg/m3", doc.v("м.р.", "м.б.", "")))
    doc.table(doc.v("Таблица 3 – Предельно допустимые концентрации", "3-кесте – Шекті жол берілетін концентрациялар", ""), rows, role="limits")
    maybe_distractor(doc)


def limits_k3(doc: Doc) -> None:
    """Ambient air measured at two boundary points merged down the first column against ПДК м.р. (VI: QCVN 05 in mg/m3)."""
    opening(doc, "pek")
    vi = doc.lang == "vi"
    pdk = {"2902": 0.3, "0301": 0.2, "0330": 0.35, "0337": 30} if vi else {c: AIR_PDK[c][0] for c in ("0301", "0330", "0337", "2908")}
    codes = doc.rng.sample(list(pdk), 3)
    points = ("KK1", "KK2") if vi else ("Т-1 (граница СЗЗ, север)", "Т-2 (граница СЗЗ, юг)") if doc.lang == "ru" \
        else ("Т-1 (СҚА шекарасы, солтүстік)", "Т-2 (СҚА шекарасы, оңтүстік)")
    rows = [doc.v(["Точка отбора", "Вещество", "Результат, мг/м3", "ПДК м.р., мг/м3"],
                  ["Сынама алу нүктесі", "Зат", "Нәтиже, мг/м3", "ШЖК м.б., мг/м3"],
                  ["Vị trí", "Thông số", "Kết quả (mg/m3)", "QCVN 05:2023/BTNMT (mg/m3)"])]
    merges = []
    for point in points:
        start = len(rows)
        for c in codes:
            value = float(f"{pdk[c] * doc.rng.uniform(0.1, 0.8):.2g}")
            rows.append([point if len(rows) == start else None, vocab.air(c, doc.lang), num(value, doc.lang), num(pdk[c], doc.lang)])
            add(doc, limit(("code", c), "air", pdk[c], "mg/m3", None if vi else doc.v("м.р.", "м.б.", ""), point, value))
        merges.append((start, 0, len(rows) - 1, 0))
    doc.table(doc.v("Результаты замеров атмосферного воздуха на границе СЗЗ", "СҚА шекарасындағы атмосфералық ауа өлшемдерінің нәтижелері",
                    "Bảng 4.1. Kết quả quan trắc không khí xung quanh"), rows, merges, role="limits")


# ---------------------------------------------------------------- monitoring


def monitoring_k1(doc: Doc) -> None:
    """The point repeated on every parameter row, each row its own frequency; a laboratory column (waste water)."""
    opening(doc, "pek" if doc.lang != "vi" else "permit")
    points = ("NT1", "NT2") if doc.lang == "vi" else (doc.v("Выпуск № 1", "№ 1 шығару", ""), doc.v("Выпуск № 2", "№ 2 шығару", ""))
    pool = ["pH", "BOD5", "COD", "TSS", "NH4+", "TPH"]
    rows = [doc.v(["Точка контроля", "Показатель", "Периодичность", "Лаборатория"], ["Бақылау нүктесі", "Көрсеткіш", "Кезеңділігі", "Зертхана"],
                  ["Vị trí", "Thông số", "Tần suất", "Đơn vị phân tích"])]
    lab = doc.v("аккредитованная лаборатория", "аккредиттелген зертхана", "Đơn vị có chứng nhận VIMCERTS")
    for point in points:
        for s in doc.rng.sample(pool, 3):
            word = doc.pick(WORDS[:3])
            rows.append([point, vocab.water(s, doc.lang), freq(doc, word), lab])
            doc.add("monitoring", _mon({"point": point}, ("symbol", s), word))
    doc.table(doc.v("План-график контроля сточных вод", "Ағынды суларды бақылау жоспар-кестесі", "Bảng 5.1. Quan trắc nước thải"),
              rows, role="monitoring")
    maybe_distractor(doc)


def monitoring_k2(doc: Doc) -> None:
    """One row per substance with the sources where it is measured listed in one cell (VI: stack codes KT1, KT2 as points)."""
    opening(doc, "pek" if doc.lang != "vi" else "permit")
    if doc.lang == "vi":
        rows = [["Thông số", "Vị trí quan trắc", "Tần suất"]]
        for c in doc.rng.sample(["2902", "0301", "0330", "0337"], 3):
            pts, word = doc.pick((["KT1"], ["KT1", "KT2"])), doc.pick(WORDS[:2])
            rows.append([vocab.air(c, "vi"), ", ".join(pts), freq(doc, word)])
            doc.add("monitoring", *(_mon({"point": p}, ("code", c), word) for p in pts))
        doc.table("Bảng 4. Quan trắc khí thải định kỳ", rows, role="monitoring")
        return
    sources = [s for s in pick_sources(doc, 8, min_codes=2) if s.organized]
    by_code: dict[str, list[str]] = {}
    for s in sources:
        for c in s.codes:
            by_code.setdefault(c, []).append(s.number)
    codes = sorted(by_code)[:4]
    rows = [doc.v(["Код", "Вещество", "Источники выброса", "Периодичность контроля"],
                  ["Коды", "Зат", "Шығарынды көздері", "Бақылау кезеңділігі"], [])]
    for c in codes:
        word = doc.pick(WORDS[:3])
        rows.append([c, vocab.air(c, doc.lang), ", ".join(by_code[c]), freq(doc, word)])
        doc.add("monitoring", *(_mon({"source_number": n}, ("code", c), word) for n in by_code[c]))
        doc.add("emissions", *(emission(c, None, None, n) for n in by_code[c]))
    doc.table(doc.v("Контроль выбросов на источниках", "Көздердегі шығарындыларды бақылау", ""), rows, role="monitoring")
    doc.add("sources", *({"number": n, "type": "organized"} for n in sorted({n for c in codes for n in by_code[c]})))
    maybe_distractor(doc)


def monitoring_k3(doc: Doc) -> None:
    """Soil points with latitude and longitude columns, their elements in one cell, one frequency each."""
    opening(doc, "pek")
    pool = ["Pb", "Zn", "Cu", "Cd", "As", "Ni"]
    rows = [doc.v(["Точка", "Широта", "Долгота", "Определяемые элементы", "Периодичность"],
                  ["Нүкте", "Ендік", "Бойлық", "Анықталатын элементтер", "Кезеңділігі"],
                  ["Ký hiệu", "Vĩ độ", "Kinh độ", "Thông số", "Tần suất"])]
    lat0, lon0 = (10.9, 106.7) if doc.lang == "vi" else (49.8, 73.1)
    prefix = "Đ" if doc.lang == "vi" else doc.v("П-", "Т-", "")
    for k in range(1, 4):
        syms = sorted(doc.rng.sample(pool, 3), key=pool.index)
        word = doc.pick(("semiannual", "yearly"))
        point = f"{prefix}{k}"
        rows.append([point, num(round(lat0 + doc.rng.uniform(0, 0.05), 5), doc.lang), num(round(lon0 + doc.rng.uniform(0, 0.05), 5), doc.lang),
                     ", ".join(vocab.soil(s, doc.lang) for s in syms), freq(doc, word)])
        doc.add("monitoring", *(_mon({"point": point}, ("symbol", s), word) for s in syms))
    doc.table(doc.v("Мониторинг почв", "Топырақ мониторингі", "Bảng 6. Quan trắc môi trường đất"), rows, role="monitoring")
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections


def inspections_k1(doc: Doc) -> None:
    """`Проверка ...` sentences in the content cell naming the unit, then the frequency and the participants."""
    opening(doc, "pek")
    rows = [doc.v(["№", "Содержание проверки", "Периодичность", "Участники"], ["№", "Тексерудің мазмұны", "Кезеңділігі", "Қатысушылар"],
                  ["TT", "Nội dung kiểm tra", "Tần suất", "Thành phần"])]
    for k, unit in enumerate(units(doc, 4), 1):
        word = doc.pick(WORDS)
        text = doc.v(f"Проверка соблюдения природоохранных требований: {unit}", f"Табиғат қорғау талаптарының сақталуын тексеру: {unit}",
                     f"Kiểm tra việc tuân thủ quy định bảo vệ môi trường tại {unit}")
        rows.append([str(k), text, freq(doc, word), doc.v("эколог, начальник участка", "эколог, учаске бастығы", "Phòng HSE, quản đốc")])
        doc.add("obligations", {"kind": "inspection", "frequency": word, "text_contains": unit})
    doc.table(doc.v("Таблица 10 – Внутренние проверки", "10-кесте – Ішкі тексерулер", "Bảng 10. Kiểm tra nội bộ"), rows, role="inspections")
    maybe_distractor(doc)


def inspections_k2(doc: Doc) -> None:
    """A legal-basis column after the unit, then the frequency; no number column."""
    opening(doc, "regulation", title=doc.v("Регламент внутреннего экологического контроля", "Ішкі экологиялық бақылау регламенті",
                                           "QUY ĐỊNH VỀ KIỂM TRA NỘI BỘ CÔNG TÁC BẢO VỆ MÔI TRƯỜNG"))
    basis = doc.v("ст. 182 Экологического кодекса РК", "ҚР Экологиялық кодексінің 182-бабы", "Điều 111 Luật Bảo vệ môi trường 2020")
    rows = [doc.v(["Объект проверки", "Основание", "Периодичность проверки"], ["Тексеру объектісі", "Негіздеме", "Тексеру кезеңділігі"],
                  ["Đối tượng kiểm tra", "Căn cứ", "Tần suất kiểm tra"])]
    for unit in units(doc, 4):
        word = doc.pick(WORDS)
        rows.append([unit, basis, freq(doc, word)])
        doc.add("obligations", {"kind": "inspection", "frequency": word, "text_contains": unit})
    doc.table(None, rows, role="inspections")
    distractor(doc, "contacts")


def inspections_k3(doc: Doc) -> None:
    """The checker merged down the last column over all units."""
    opening(doc, "pek")
    rows = [doc.v(["№", "Подразделение", "Периодичность", "Проверяющий"], ["№", "Бөлімше", "Кезеңділігі", "Тексеруші"],
                  ["TT", "Bộ phận", "Tần suất", "Người kiểm tra"])]
    checker = doc.v("Отдел охраны окружающей среды", "Қоршаған ортаны қорғау бөлімі", "Phòng An toàn – Môi trường")
    for k, unit in enumerate(units(doc, 4), 1):
        word = doc.pick(WORDS)
        rows.append([str(k), unit, freq(doc, word), checker if k == 1 else None])
        doc.add("obligations", {"kind": "inspection", "frequency": word, "text_contains": unit})
    doc.table(doc.v("График внутренних проверок на 2026 год", "2026 жылға арналған ішкі тексерулер кестесі", "Lịch kiểm tra nội bộ năm 2026"),
              rows, [(1, 3, len(rows) - 1, 3)], role="inspections")
    maybe_distractor(doc)


# ---------------------------------------------------------------- tasks

EFFECT = {"ru": ("снижение выбросов пыли", "соблюдение требований законодательства", "снижение риска загрязнения почв",
                 "повышение квалификации персонала"),
          "kk": ("шаң шығарындыларын азайту", "заңнама талаптарын сақтау", "топырақтың ластану қаупін азайту",
                 "персоналдың біліктілігін арттыру"),
          "vi": ("Giảm phát thải bụi", "Tuân thủ quy định pháp luật", "Giảm nguy cơ ô nhiễm đất", "Nâng cao nhận thức của công nhân")}


def tasks_k1(doc: Doc) -> None:
    """An expected-environmental-effect column between the task and its term, the responsible last."""
    opening(doc, "work_plan")
    rows = [doc.v(["№", "Мероприятие", "Ожидаемый экологический эффект", "Срок", "Ответственный"],
                  ["№", "Іс-шара", "Күтілетін экологиялық әсер", "Мерзімі", "Жауапты"],
                  ["TT", "Nhiệm vụ", "Hiệu quả dự kiến", "Thời hạn", "Đơn vị chủ trì"])]
    for k, (text, when, who, *_) in enumerate(tasks(doc, 4), 1):
        rows.append([str(k), text, doc.pick(EFFECT[doc.lang]), when, who])
        doc.add("obligations", task(str(k), text, who))
    doc.table(doc.v("Таблица 2 – Мероприятия по охране окружающей среды", "2-кесте – Қоршаған ортаны қорғау іс-шаралары",
                    "Bảng 2. Nhiệm vụ bảo vệ môi trường"), rows, role="tasks")
    maybe_distractor(doc)


def tasks_k2(doc: Doc) -> None:
    """The responsible unit in the second column before the task, the term last."""
    opening(doc, "work_plan")
    rows = [doc.v(["№", "Ответственное подразделение", "Мероприятие", "Срок исполнения"],
                  ["№", "Жауапты бөлімше", "Іс-шара", "Орындау мерзімі"],
                  ["TT", "Đơn vị thực hiện", "Nội dung công việc", "Thời gian hoàn thành"])]
    for k, (text, when, who, *_) in enumerate(tasks(doc, 5), 1):
        rows.append([str(k), who, text, when])
        doc.add("obligations", task(str(k), text, who))
    doc.table(None, rows, role="tasks")
    maybe_distractor(doc)


def tasks_k3(doc: Doc) -> None:
    """A permit's appendix of conditions: `№ | condition | term | responsible`, under a heading, no caption."""
    opening(doc, "permit")
    doc.h(doc.v("Приложение 3. Условия природопользования", "3-қосымша. Табиғат пайдалану шарттары",
                "Phụ lục 3. Các yêu cầu về bảo vệ môi trường"))
    rows = [doc.v(["№ п/п", "Условие", "Срок выполнения", "Ответственный"], ["№", "Шарт", "Орындау мерзімі", "Жауапты"],
                  ["STT", "Yêu cầu", "Thời hạn", "Trách nhiệm"])]
    for k, (text, when, who, *_) in enumerate(tasks(doc, 4), 1):
        rows.append([str(k), text, when, who])
        doc.add("obligations", task(str(k), text, who))
    doc.table(None, rows, role="tasks")


LAYOUTS = [
    Layout(role, f"K{k}", fn)
    for role, fns in (
        ("facility", (facility_k1, facility_k2, facility_k3)),
        ("emissions", (emissions_k1, emissions_k2, emissions_k3)),
        ("wastes", (wastes_k1, wastes_k2, wastes_k3)),
        ("limits", (limits_k1, limits_k2, limits_k3)),
        ("monitoring", (monitoring_k1, monitoring_k2, monitoring_k3)),
        ("inspections", (inspections_k1, inspections_k2, inspections_k3)),
        ("tasks", (tasks_k1, tasks_k2, tasks_k3)),
    )
    for k, fn in enumerate(fns, 1)
]
