"""The second held-out set, measured blind once on 2026-12-04 (0.697 over 189 files: facility 0.398,
limits 0.574, monitoring 0.510, emissions 0.660, wastes 0.792, inspections 0.944, tasks 1.000),
then tuned on, and so among the tuning layouts now.

Written on 2026-12-04 by someone who did not run the extractor on them, to differ from every
tuning layout (`layouts_measured.py` included):

Facility cards with no header row under a heading, with the sections merged down a first column,
with a column of supporting documents; emissions under a group row per source with a merged
two-row header, with a share-of-total column (VI: emission factors), with the period merged down
the first column; wastes with a merged `Отход` header over code and name and a column of where
they form (VI: a classification mark), with the unit only in the caption or a line above the
table and subtotals, with the unit per row; limits with formula and limiting-indicator columns
(VI: QCVN 19 flat `Cột A | Cột B` with methods), with the unit in the caption and a ЛПВ column
(VI: a method column), measured soil (VI: waste water) with the point repeated on every row;
monitoring as a matrix of substances by points, with frequencies as sub-headers of the parameters
column, as the plan of control of emission norms (g/s) per source (VI: the point last, merged);
inspections with quarter marks beside the frequency, with other frequency wordings under a
two-row header, with a date of the last check; tasks with the executor and co-executor under a
merged header, with unnumbered group rows and an expected-result column in a permit's appendix,
grouped by the executor merged down the first column.
"""

from __future__ import annotations

from . import vocab
from .common import Doc, freq, maybe_distractor, num, opening, rate
from .layouts_facility import facility
from .layouts_wastes import expect_low, expect_vn, low_wastes, vn_wastes
from .limits_data import AIR_PDK, DISCHARGE, QCVN19, QCVN40, SOIL_PDK, add, cell, limit
from .obligations_data import TASKS, task, tasks, units
from .registry import Layout
from .sources_data import emission, expect_sources, period_name, pick_sources, rates, total


def _mon(loc: dict, key: tuple[str, str], frequency: str) -> dict:
    return {**loc, key[0]: key[1], "frequency": frequency}


def _kind(doc: Doc, organized: bool) -> str:
    if organized:
        return doc.v("организованный", "ұйымдастырылған", "")
    return doc.v("неорганизованный", "ұйымдастырылмаған", "")


# ---------------------------------------------------------------- facility

VI_ACTIVITY = ("Sản xuất bao bì nhựa và giấy", "Chế biến thủy sản đông lạnh", "Sản xuất gạch ốp lát",
               "Dệt, nhuộm vải", "Sản xuất giấy và bột giấy", "Chăn nuôi heo thịt")


def facility_f1(doc: Doc) -> None:
    """A card with no header row and no caption under a numbered heading; long official labels."""
    f = facility(doc)
    opening(doc, "scoping", f["i"])
    doc.h(doc.v("1. Сведения об инициаторе намечаемой деятельности", "1. Белгіленіп отырған қызмет бастамашысы туралы мәліметтер",
                "1.1. Thông tin về chủ dự án"))
    if doc.lang == "vi":
        rows = [
            ["Tên chủ dự án", f["operator"]],
            ["Giấy chứng nhận đăng ký doanh nghiệp (mã số doanh nghiệp)", f["bin"]],
            ["Tên dự án", f["name"]],
            ["Địa điểm thực hiện dự án", f["address"]],
            ["Loại hình sản xuất", VI_ACTIVITY[f["i"]]],
            ["Phân nhóm theo Luật Bảo vệ môi trường", f"Dự án nhóm {f['cat']}"],
        ]
    else:
        rows = [
            [doc.v("Наименование предприятия-природопользователя", "Табиғат пайдаланушы кәсіпорынның атауы", ""), f["operator"]],
            [doc.v("Бизнес-идентификационный номер", "Бизнес-сәйкестендіру нөмірі", ""), f["bin"]],
            [doc.v("Наименование производственной площадки", "Өндірістік алаңның атауы", ""), f["name"]],
            [doc.v("Фактический адрес площадки", "Алаңның нақты мекенжайы", ""), f["address"]],
            [doc.v("Код административно-территориальной единицы (КАТО)", "Әкімшілік-аумақтық бірліктің коды (ҚАТО)", ""), f["kato"]],
            [doc.v("Основной вид экономической деятельности (ОКЭД)", "Негізгі экономикалық қызмет түрі (ЭҚЖЖ)", ""), f["oked"]],
            [doc.v("Категория объекта, оказывающего негативное воздействие на окружающую среду",
                   "Қоршаған ортаға теріс әсер ететін объектінің санаты", ""), f["category"]],
        ]
    doc.table(None, rows, role="facility")
    out = {"bin": f["bin"], "name_contains": f["name"], "category": f["cat"]}
    if doc.lang != "vi":
        out.update(kato=f["kato"], oked=f["oked"])
    doc.add("facilities", out)
    maybe_distractor(doc)


def facility_f2(doc: Doc) -> None:
    """`Раздел | Реквизит | Значение`: the sections merged down the first column, decimal coordinates (VI: DMS)."""
    f = facility(doc)
    opening(doc, "permit", f["i"])
    lat, lon = round(f["lat"], 5), round(f["lon"], 5)
    if doc.lang == "vi":
        coords = f["dms"]
        exp_lat, exp_lon = f["lat"], f["lon"]
    else:
        coords = f"{num(lat, doc.lang)}° {doc.v('с.ш.', 'с.е.', '')}, {num(lon, doc.lang)}° {doc.v('в.д.', 'ш.б.', '')}"
        exp_lat, exp_lon = lat, lon
    head = doc.v(["Раздел", "Реквизит", "Значение"], ["Бөлім", "Деректемесі", "Мәні"], ["Mục", "Nội dung", "Thông tin"])
    op_rows = [
        [doc.v("Оператор", "Оператор", "Chủ cơ sở"), doc.v("Полное наименование", "Толық атауы", "Tên doanh nghiệp"), f["operator"]],
        [None, doc.v("БИН", "БСН", "Mã số doanh nghiệp"), f["bin"]],
        [None, doc.v("Первый руководитель", "Бірінші басшы", "Người đại diện theo pháp luật"),
         doc.v("Директор Ахметов Б.К.", "Директор Сейітов Н.Қ.", "Ông Nguyễn Văn Bình – Giám đốc")],
    ]
    site_rows = [
        [doc.v("Объект", "Объект", "Cơ sở"), doc.v("Наименование", "Атауы", "Tên cơ sở"), f["name"]],
        [None, doc.v("Месторасположение", "Орналасқан жері", "Địa điểm"), f["address"]],
        [None, doc.v("Координаты центра площадки", "Алаң ортасының координаттары", "Tọa độ"), coords],
        [None, doc.v("Категория", "Санаты", "Phân nhóm"), doc.v(f"{f['cat']} категория", f"{f['cat']} санат", f"Nhóm {f['cat']}")],
    ]
    rows = [head, *op_rows, *site_rows]
    merges = [(1, 0, 3, 0), (4, 0, 7, 0)]
    doc.table(doc.v("Таблица 1.2 – Реквизиты оператора и объекта", "1.2-кесте – Оператор мен объектінің деректемелері",
                    "Bảng 1. Thông tin chung về chủ cơ sở và cơ sở"), rows, merges, role="facility")
    doc.add("facilities", {"bin": f["bin"], "name_contains": f["name"], "category": f["cat"], "lat": exp_lat, "lon": exp_lon})
    maybe_distractor(doc)


def facility_f3(doc: Doc) -> None:
    """A card with a third column naming the supporting document of each line."""
    f = facility(doc)
    opening(doc, "pek", f["i"])
    if doc.lang == "vi":
        rows = [
            ["Nội dung", "Thông tin", "Căn cứ"],
            ["Chủ cơ sở", f["operator"], "Giấy chứng nhận đăng ký doanh nghiệp"],
            ["Mã số doanh nghiệp", f["bin"], "Giấy chứng nhận đăng ký doanh nghiệp"],
            ["Tên cơ sở", f["name"], "Quyết định phê duyệt kết quả thẩm định báo cáo ĐTM"],
            ["Địa chỉ", f["address"], "—"],
            ["Phân nhóm", f"Nhóm {f['cat']}", "Nghị định số 08/2022/NĐ-CP"],
        ]
        out = {"bin": f["bin"], "name_contains": f["name"], "category": f["cat"]}
    else:
        reg = doc.v("Справка о государственной регистрации юридического лица", "Заңды тұлғаны мемлекеттік тіркеу туралы анықтама", "")
        rows = [
            doc.v(["Сведения", "Содержание", "Подтверждающий документ"], ["Мәліметтер", "Мазмұны", "Растайтын құжат"], []),
            [doc.v("Природопользователь", "Табиғат пайдаланушы", ""), f["operator"], reg],
            [doc.v("БИН", "БСН", ""), f["bin"], reg],
            [doc.v("Объект", "Объект", ""), f["name"], doc.v("Экологическое разрешение на воздействие", "Әсер етуге экологиялық рұқсат", "")],
            [doc.v("Вид деятельности (ОКЭД)", "Қызмет түрі (ЭҚЖЖ)", ""), f["oked"], doc.v("Статистическая карточка", "Статистикалық карточка", "")],
            [doc.v("Адрес", "Мекенжайы", ""), f["address"], "—"],
            [doc.v("Категория объекта", "Объект санаты", ""), f["cat"],
             doc.v("Решение об определении категории объекта", "Объектінің санатын айқындау туралы шешім", "")],
        ]
        out = {"bin": f["bin"], "name_contains": f["name"], "oked": f["oked"], "category": f["cat"]}
    doc.table(doc.v("Таблица 1 – Сведения о природопользователе и объекте", "1-кесте – Табиғат пайдаланушы және объект туралы мәліметтер",
                    "Bảng 1.1. Thông tin về cơ sở"), rows, role="facility")
    doc.add("facilities", out)


# ---------------------------------------------------------------- sources and emissions


def emissions_f1(doc: Doc) -> None:
    """A group row per source (number, name, type) above its substances, under a merged two-row header."""
    opening(doc, "permit")
    vi = doc.lang == "vi"
    sources = pick_sources(doc, 3, min_codes=2)
    if vi:
        rows = [["TT", "Chất ô nhiễm", "Tải lượng ô nhiễm", None], [None, None, "g/s", "tấn/năm"]]
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3)]
    else:
        rows = [doc.v(["Загрязняющее вещество", None, "Выброс загрязняющего вещества", None],
                      ["Ластаушы зат", None, "Ластаушы заттың шығарындысы", None], []),
                doc.v(["код", "наименование", "г/с", "т/год"], ["коды", "атауы", "г/с", "т/жыл"], [])]
        merges = [(0, 0, 0, 1), (0, 2, 0, 3)]
    for s in sources:
        if vi:
            title = f"Nguồn thải: {s.name}"
        else:
            title = doc.v(f"Источник № {s.number} – {s.name} ({_kind(doc, s.organized)})",
                          f"№ {s.number} көз – {s.name} ({_kind(doc, s.organized)})", "")
        rows.append([title, None, None, None])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 3))
        for k, x in enumerate(rates(doc, s.codes), 1):
            head = [str(k), vocab.air(x.code, "vi", 1)] if vi else [x.code, vocab.air(x.code, doc.lang)]
            rows.append(head + x.cells(doc.lang))
            doc.add("emissions", emission(x.code, x.g_s, x.t_y, None if vi else s.number))
    doc.table(doc.v("Таблица 2 – Нормативы допустимых выбросов по источникам", "2-кесте – Көздер бойынша жол берілетін шығарындылар нормативтері",
                    "Bảng 3. Tải lượng các chất ô nhiễm theo nguồn thải khí"), rows, merges, role="emissions")
    if not vi:
        expect_sources(doc, sources)
    maybe_distractor(doc)


EF = {"2902": (0.9, 1.2), "0330": (2.5, 4.3), "0301": (10, 14.4), "0337": (2.9, 7.2)}


def emissions_f2(doc: Doc) -> None:
    """Totals per substance with a share-of-total column, the period in a heading (VI: emission factors, the period in the caption)."""
    opening(doc, "scoping")
    if doc.lang == "vi":
        codes = doc.rng.sample(sorted(EF), doc.rng.randint(3, 4))
        items = rates(doc, codes)
        rows = [["TT", "Chất ô nhiễm", "Hệ số phát thải (kg/1.000 km)", "Tải lượng (g/s)", "Tải lượng (tấn/năm)"]]
        for k, x in enumerate(items, 1):
            rows.append([str(k), vocab.air(x.code, "vi", k), num(round(doc.rng.uniform(*EF[x.code]), 2), "vi"), *x.cells("vi")])
        doc.table("Bảng 3.5. Tải lượng ô nhiễm do phương tiện vận chuyển nguyên vật liệu trong giai đoạn thi công", rows, role="emissions")
        doc.add("emissions", *(emission(x.code, x.g_s, x.t_y, period="construction") for x in items))
        return
    doc.h(doc.v("3.2. Выбросы загрязняющих веществ в период эксплуатации", "3.2. Пайдалану кезеңіндегі ластаушы заттар шығарындылары", ""))
    items = rates(doc, doc.rng.sample(vocab.air_codes(doc.lang), doc.rng.randint(4, 6)))
    whole = sum(x.t_y for x in items)
    rows = [doc.v(["№", "Код", "Наименование вещества", "Класс опасности", "Выброс вещества", None, "Доля в суммарном выбросе, %"],
                  ["№", "Коды", "Заттың атауы", "Қауіптілік сыныбы", "Заттың шығарындысы", None, "Жалпы шығарындыдағы үлесі, %"], []),
            [None, None, None, None, "г/с", doc.v("т/год", "т/жыл", ""), None]]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 6)] + [(0, 4, 0, 5)]
    for k, x in enumerate(items, 1):
        rows.append([str(k), x.code, vocab.air(x.code, doc.lang), str(vocab.hazard(x.code) or "-"), *x.cells(doc.lang),
                     num(round(100 * x.t_y / whole, 1), doc.lang)])
    rows.append(["", "", doc.v("Всего по предприятию", "Кәсіпорын бойынша барлығы", ""), "", total(doc, [x.g_s for x in items]),
                 total(doc, [x.t_y for x in items]), "100"])
    doc.table(doc.v("Таблица 3.4 – Перечень загрязняющих веществ, выбрасываемых в атмосферу",
                    "3.4-кесте – Атмосфераға шығарылатын ластаушы заттардың тізбесі", ""), rows, merges, role="emissions")
    doc.add("emissions", *(emission(x.code, x.g_s, x.t_y, hazard=vocab.hazard(x.code), period="operation") for x in items))
    maybe_distractor(doc)


def emissions_f3(doc: Doc) -> None:
    """The period merged down the first column; `Максимальный разовый` and `Валовый` for the rates."""
    opening(doc, "scoping")
    vi = doc.lang == "vi"
    rows = [doc.v(["Период", "Код", "Загрязняющее вещество", "Максимальный разовый выброс, г/с", "Валовый выброс, т/год"],
                  ["Кезең", "Коды", "Ластаушы зат", "Ең жоғары бір реттік шығарынды, г/с", "Жалпы шығарынды, т/жыл"],
                  ["Giai đoạn", "Thông số", "Tải lượng tối đa (g/s)", "Tổng tải lượng (tấn/năm)"])]
    merges = []
    pool = vocab.air_codes(doc.lang)
    for period in ("construction", "operation"):
        start = len(rows)
        for k, x in enumerate(rates(doc, doc.rng.sample(pool, 3))):
            lead = period_name(doc, period) if k == 0 else None
            body = [vocab.air(x.code, "vi", k)] if vi else [x.code, vocab.air(x.code, doc.lang)]
            rows.append([lead, *body, *x.cells(doc.lang)])
            doc.add("emissions", emission(x.code, x.g_s, x.t_y, period=period))
        merges.append((start, 0, len(rows) - 1, 0))
    doc.p(doc.v("Количественная характеристика выбросов по периодам намечаемой деятельности приведена в таблице 6.",
                "Белгіленіп отырған қызмет кезеңдері бойынша шығарындылардың сандық сипаттамасы 6-кестеде келтірілген.",
                "Tải lượng các chất ô nhiễm không khí theo từng giai đoạn của dự án được trình bày tại bảng sau."))
    doc.table(doc.v("Таблица 6", "6-кесте", "Bảng 3.8"), rows, merges, role="emissions")


# ---------------------------------------------------------------- wastes

PLACES = {
    "ru": ("Ремонтно-механический цех", "Котельная", "Административный корпус", "Автотранспортный цех", "Склад ГСМ"),
    "kk": ("Жөндеу-механикалық цех", "Қазандық", "Әкімшілік ғимарат", "Автокөлік цехы", "ЖЖМ қоймасы"),
}


def wastes_f1(doc: Doc) -> None:
    """`Отход` merged over code and name, a column of where the waste forms (VI: a classification mark column)."""
    opening(doc, "pek")
    if doc.lang == "vi":
        wastes = vn_wastes(doc, 5)
        rows = [["TT", "Tên chất thải", "Mã CTNH", "Trạng thái tồn tại", "Ký hiệu phân loại", "Khối lượng (kg/năm)"]]
        rows += [[str(k), w["name"], w["code"], w["state"], "NH", num(w["kg"], "vi")] for k, w in enumerate(wastes, 1)]
        doc.table("Bảng 2.4. Danh mục chất thải nguy hại phát sinh tại cơ sở", rows, role="wastes")
        expect_vn(doc, wastes)
        maybe_distractor(doc)
        return
    wastes = low_wastes(doc, 5)
    rows = [doc.v(["№", "Отход", None, "Место образования", "Объем образования, т/год"],
                  ["№", "Қалдық", None, "Түзілу орны", "Түзілу көлемі, т/жыл"], []),
            doc.v([None, "код", "наименование", None, None], [None, "коды", "атауы", None, None], [])]
    merges = [(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 1, 3), (0, 4, 1, 4)]
    rows += [[str(k), w["code"], w["name"], doc.pick(PLACES[doc.lang]), num(w["t"], doc.lang)] for k, w in enumerate(wastes, 1)]
    doc.table(doc.v("Таблица 8 – Виды и объемы образования отходов", "8-кесте – Қалдықтардың түрлері мен түзілу көлемдері", ""),
              rows, merges, role="wastes")
    expect_low(doc, wastes)
    maybe_distractor(doc)


def wastes_f2(doc: Doc) -> None:
    """The unit only in the caption (VI: in a line above the table), subtotals per hazard group and a grand total."""
    opening(doc, "scoping")
    if doc.lang == "vi":
        wastes = vn_wastes(doc, 4)
        doc.p("Khối lượng chất thải nguy hại phát sinh trong giai đoạn vận hành dự kiến như sau:")
        doc.p("Đơn vị tính: kg/năm")
        rows = [["STT", "Tên chất thải", "Mã chất thải", "Khối lượng"]]
        rows += [[str(k), w["name"], w["code"], num(w["kg"], "vi")] for k, w in enumerate(wastes, 1)]
        rows.append(["", "Tổng khối lượng", "", num(sum(w["kg"] for w in wastes), "vi")])
        doc.table(None, rows, role="wastes")
        expect_vn(doc, wastes)
        return
    wastes = low_wastes(doc, 6)
    rows = [doc.v(["Наименование отходов", "Код отхода", "Количество"], ["Қалдықтардың атауы", "Қалдық коды", "Мөлшері"], [])]
    for hazardous in (True, False):
        group = [w for w in wastes if w["hazardous"] == hazardous]
        if not group:
            continue
        rows += [[w["name"], w["code"], num(w["t"], doc.lang)] for w in group]
        label = doc.v("Итого опасных отходов", "Қауіпті қалдықтар бойынша жиыны", "") if hazardous else doc.v(
            "Итого неопасных отходов", "Қауіпті емес қалдықтар бойынша жиыны", "")
        rows.append([label, "", num(round(sum(w["t"] for w in group), 4), doc.lang)])
    rows.append([doc.v("Всего", "Барлығы", ""), "", num(round(sum(w["t"] for w in wastes), 4), doc.lang)])
    doc.table(doc.v("Таблица 4.3 – Объемы образования отходов в период эксплуатации, т/год",
                    "4.3-кесте – Пайдалану кезеңінде қалдықтардың түзілу көлемдері, т/жыл", ""), rows, role="wastes")
    expect_low(doc, wastes)
    maybe_distractor(doc)


def wastes_f3(doc: Doc) -> None:
    """A unit column (`кг` or `т` per row) before the amount, a receiving organisation last."""
    opening(doc, "permit")
    if doc.lang == "vi":
        wastes = vn_wastes(doc, 5)
        rows = [["TT", "Tên chất thải", "Mã CTNH", "Đơn vị tính", "Khối lượng", "Đơn vị tiếp nhận, xử lý"]]
        for k, w in enumerate(wastes, 1):
            if w["kg"] >= 1000:
                unit, amount = "tấn", num(w["kg"] / 1000, "vi")
            else:
                unit, amount = "kg", num(w["kg"], "vi")
            rows.append([str(k), w["name"], w["code"], unit, amount, "Công ty TNHH Môi trường Xanh Việt"])
        doc.p("Chủng loại, khối lượng chất thải nguy hại đề nghị cấp phép (tính cho 01 năm):")
        doc.table(None, rows, role="wastes")
        expect_vn(doc, wastes)
        return
    wastes = low_wastes(doc, 5)
    rows = [doc.v(["№", "Вид отхода", "Код", "Ед. изм.", "Количество", "Организация-получатель"],
                  ["№", "Қалдық түрі", "Коды", "Өлш. бірл.", "Мөлшері", "Қабылдаушы ұйым"], [])]
    receivers = doc.v(("ТОО «Экосервис-С»", "ТОО «КазВторРесурс»"), ("«Экосервис-С» ЖШС", "«ҚазВторРесурс» ЖШС"), ())
    for k, w in enumerate(wastes, 1):
        if w["hazardous"]:
            w["kg"] = round(w["t"] * 1000)
            unit, amount, t = doc.v("кг", "кг", ""), num(w["kg"], doc.lang), w["kg"] / 1000
        else:
            unit, amount, t = doc.v("т", "т", ""), num(w["t"], doc.lang), w["t"]
        w["t"] = t
        rows.append([str(k), w["name"], w["code"], unit, amount, doc.pick(receivers)])
    doc.table(doc.v("Таблица 5. Сведения о передаче отходов сторонним организациям", "5-кесте. Қалдықтарды бөгде ұйымдарға беру туралы мәліметтер", ""),
              rows, role="wastes")
    expect_low(doc, wastes)
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

FORMULA = {"0301": "NO2", "0304": "NO", "0330": "SO2", "0337": "CO", "0333": "H2S", "0303": "NH3", "0316": "HCl",
           "0328": "C", "0703": "C20H12", "0602": "C6H6", "0621": "C7H8", "0616": "C8H10", "1325": "CH2O", "0184": "Pb"}
LPV_AIR = ("рефл.-рез.", "рез.", "рефл.")
METHOD_GAS = {"2902": "US EPA Method 5", "0337": "TCVN 7242:2003", "0330": "TCVN 6750:2005", "0301": "TCVN 7172:2002",
              "0316": "US EPA Method 26A", "0333": "US EPA Method 11", "0303": "US EPA CTM-027"}
METHOD_WATER = {"pH": "TCVN 6492:2011", "BOD5": "TCVN 6001-1:2008", "COD": "SMEWW 5220C:2017", "TSS": "TCVN 6625:2000",
                "NH4+": "TCVN 6179-1:1996", "NO2-": "TCVN 6178:1996", "NO3-": "TCVN 6180:1996", "TPH": "SMEWW 5520B&F:2017",
                "Fe": "TCVN 6177:1996", "Cl-": "TCVN 6194:1996", "SO4": "TCVN 6200:1996", "Surfactants": "TCVN 6622-1:2009",
                "TDS": "SMEWW 2540C:2017"}
LPV_WATER = {"ru": ("общ.", "сан.-токс.", "рыбхоз.", "орг."), "kk": ("жалпы", "сан.-токс.", "балық шар.", "орг.")}


def limits_f1(doc: Doc) -> None:
    """ПДК м.р./с.с. under `Величина ПДК, мг/м3` beside formula and limiting-indicator columns (VI: QCVN 19 flat `Cột A | Cột B`, methods)."""
    opening(doc, "regulation")
    if doc.lang == "vi":
        rows = [["TT", "Thông số", "Đơn vị", "Cột A", "Cột B", "Phương pháp xác định"]]
        codes = sorted(doc.rng.sample([c for c in QCVN19 if vocab.AIR[c][2]], 5), key=list(QCVN19).index)
        for k, code in enumerate(codes, 1):
            a, b = QCVN19[code]
            rows.append([str(k), vocab.air(code, "vi"), "mg/Nm3", num(a, "vi"), num(b, "vi"), METHOD_GAS[code]])
            add(doc, limit(("code", code), "flue_gas", a, "mg/Nm3", "A"), limit(("code", code), "flue_gas", b, "mg/Nm3", "B"))
        doc.table("Bảng 1. Nồng độ C của bụi và các chất vô cơ trong khí thải công nghiệp", rows, role="limits")
        return
    labels = doc.v(("м.р.", "с.с."), ("м.б.", "о.т."), ())
    rows = [doc.v(["№", "Наименование вещества", "Формула", "Код", "Величина ПДК, мг/м3", None, "Лимитирующий показатель", "Класс опасности"],
                  ["№", "Заттың атауы", "Формуласы", "Коды", "ШЖК мәні, мг/м3", None, "Шектеуші көрсеткіш", "Қауіптілік сыныбы"], []),
            [None, None, None, None, labels[0], labels[1], None, None]]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 6, 7)] + [(0, 4, 0, 5)]
    codes = sorted(doc.rng.sample([c for c in AIR_PDK if c in FORMULA], 6), key=list(AIR_PDK).index)
    for k, code in enumerate(codes, 1):
        mr, ss = AIR_PDK[code]
        rows.append([str(k), vocab.air(code, doc.lang), FORMULA[code], code, cell(doc, mr, "–"), cell(doc, ss, "–"),
                     doc.pick(LPV_AIR), str(vocab.hazard(code) or "–")])
        add(doc, limit(("code", code), "air", mr, "mg/m3", labels[0]), limit(("code", code), "air", ss, "mg/m3", labels[1]))
    doc.table(doc.v("Таблица 1 – Гигиенические нормативы загрязняющих веществ в атмосферном воздухе",
                    "1-кесте – Атмосфералық ауадағы ластаушы заттардың гигиеналық нормативтері", ""), rows, merges, role="limits")
    maybe_distractor(doc)


def limits_f2(doc: Doc) -> None:
    """Discharge limits with the unit in the caption and a ЛПВ column (VI: the unit in a line above, a method column)."""
    opening(doc, "permit")
    keys = ["pH", *sorted(doc.rng.sample([k for k in DISCHARGE if k != "pH"], 5), key=list(DISCHARGE).index)]
    if doc.lang == "vi":
        doc.p("Giá trị giới hạn cho phép của các chất ô nhiễm theo dòng nước thải sau xử lý:")
        doc.p("Đơn vị: mg/l (trừ pH)")
        rows = [["TT", "Chất ô nhiễm", "Giá trị giới hạn cho phép", "Phương pháp phân tích"]]
        for k, s in enumerate(keys, 1):
            rows.append([str(k), vocab.water(s, "vi"), cell(doc, DISCHARGE[s], to=" - "), METHOD_WATER[s]])
            add(doc, limit(("symbol", s), "waste_water", DISCHARGE[s], "mg/l"))
        doc.table(None, rows, role="limits")
        return
    rows = [doc.v(["№ п/п", "Загрязняющее вещество", "Лимитирующий показатель вредности", "Допустимая концентрация (ДК)"],
                  ["№", "Ластаушы зат", "Зияндылықтың шектеуші көрсеткіші", "Жол берілетін концентрация (ЖБК)"], [])]
    for k, s in enumerate(keys, 1):
        lpv = "–" if s == "pH" else doc.pick(LPV_WATER[doc.lang])
        rows.append([str(k), vocab.water(s, doc.lang), lpv, cell(doc, DISCHARGE[s])])
        add(doc, limit(("symbol", s), "waste_water", DISCHARGE[s], "mg/l"))
    doc.table(doc.v("Таблица 6 – Допустимые концентрации загрязняющих веществ в сбрасываемых сточных водах, мг/дм3",
                    "6-кесте – Төгілетін сарқынды сулардағы ластаушы заттардың жол берілетін концентрациялары, мг/дм3", ""),
              rows, role="limits")
    maybe_distractor(doc)


def limits_f3(doc: Doc) -> None:
    """Measured soil against ПДК with the sampling plot repeated on every row and an assessment column
    (VI: waste water against QCVN 40 column B)."""
    opening(doc, "pek")
    if doc.lang == "vi":
        rows = [["Ký hiệu mẫu", "Thông số", "Đơn vị", "Kết quả", "QCVN 40:2011/BTNMT (cột B)"]]
        syms = ["pH", *sorted(doc.rng.sample(["BOD5", "COD", "TSS", "NH4+", "TPH", "Fe", "Zn"], 3), key=list(QCVN40).index)]
        for point in ("NT1", "NT2"):
            for s in syms:
                lim = QCVN40[s][1]
                value = round(doc.rng.uniform(6.2, 8.1), 1) if s == "pH" else float(f"{lim * doc.rng.uniform(0.1, 0.9):.2g}")
                rows.append([point, vocab.water(s, "vi"), "-" if s == "pH" else "mg/l", num(value, "vi"), cell(doc, lim)])
                add(doc, limit(("symbol", s), "waste_water", lim, "mg/l", "B", point, value))
        doc.table("Bảng 3.2. Kết quả quan trắc nước thải sau hệ thống xử lý", rows, role="limits")
        return
    rows = [doc.v(["Пробная площадка", "Определяемый элемент", "Содержание, мг/кг", "ПДК, мг/кг", "Оценка"],
                  ["Сынама алаңы", "Анықталатын элемент", "Мөлшері, мг/кг", "ШЖК, мг/кг", "Бағалау"], [])]
    ok = doc.v("не превышает", "аспайды", "")
    syms = sorted(doc.rng.sample(sorted(SOIL_PDK), 4), key=list(SOIL_PDK).index)
    for point in ("ПП-1", "ПП-2"):
        for s in syms:
            lim = SOIL_PDK[s]
            value = float(f"{lim * doc.rng.uniform(0.1, 0.9):.2g}")
            rows.append([point, vocab.soil(s, doc.lang), num(value, doc.lang), num(lim, doc.lang), ok])
            add(doc, limit(("symbol", s), "soil", lim, "mg/kg", None, point, value))
    doc.table(doc.v("Таблица 9 – Результаты мониторинга почв", "9-кесте – Топырақ мониторингінің нәтижелері", ""), rows, role="limits")
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring

AIR_POOL = {"ru": ("0301", "0330", "0337", "2908", "0304", "0333"), "kk": ("0301", "0330", "0337", "2908", "0304", "0333"),
            "vi": ("2902", "0330", "0301", "0337")}


def monitoring_f1(doc: Doc) -> None:
    """A matrix: substances as rows, control points as sub-columns under a merged header with `+` marks, the frequency last."""
    opening(doc, "pek")
    vi = doc.lang == "vi"
    points = [f"KK{k}" for k in range(1, 4)] if vi else [f"КТ-{k}" for k in range(1, 4)]
    mark, blank = ("x", "") if vi else ("+", "–")
    codes = doc.rng.sample(AIR_POOL[doc.lang], 4)
    rows = [doc.v(["Контролируемый показатель", "Точки отбора проб", None, None, "Периодичность"],
                  ["Бақыланатын көрсеткіш", "Сынама алу нүктелері", None, None, "Кезеңділігі"],
                  ["Thông số quan trắc", "Vị trí quan trắc", None, None, "Tần suất"]),
            [None, *points, None]]
    merges = [(0, 0, 1, 0), (0, 1, 0, 3), (0, 4, 1, 4)]
    for n, code in enumerate(codes):
        word = doc.pick(("quarterly", "monthly", "semiannual"))
        on = [True] * 3 if n == 0 else [doc.rng.random() < 0.6 for _ in points]
        if not any(on):
            on[n % 3] = True
        rows.append([vocab.air(code, doc.lang, 1 if vi else 0), *(mark if x else blank for x in on), freq(doc, word)])
        doc.add("monitoring", *(_mon({"point": p}, ("code", code), word) for p, x in zip(points, on, strict=True) if x))
    doc.p(doc.v("Расположение точек отбора проб атмосферного воздуха на границе СЗЗ приведено на карте-схеме (приложение 4).",
                "СҚА шекарасындағы атмосфералық ауа сынамаларын алу нүктелерінің орналасуы карта-сызбада келтірілген (4-қосымша).",
                "Vị trí các điểm quan trắc không khí xung quanh được thể hiện tại sơ đồ kèm theo."))
    doc.table(doc.v("Таблица 5 – Программа мониторинга атмосферного воздуха", "5-кесте – Атмосфералық ауа мониторингінің бағдарламасы",
                    "Bảng 4. Chương trình giám sát chất lượng không khí xung quanh"), rows, merges, role="monitoring")
    maybe_distractor(doc)


def monitoring_f2(doc: Doc) -> None:
    """Groundwater wells: the parameters split into two sub-columns whose headers are the frequencies."""
    opening(doc, "permit")
    vi = doc.lang == "vi"
    often, seldom = doc.pick(("quarterly", "monthly")), doc.pick(("semiannual", "yearly"))
    pool = ("pH", "TDS", "Cl-", "NO3-", "Fe", "As", "Pb", "Mn") if vi else ("pH", "TDS", "Cl-", "SO4", "NO3-", "TPH", "Fe")
    rows = [doc.v(["Обозначение", "Место расположения", "Определяемые показатели", None],
                  ["Белгіленуі", "Орналасқан жері", "Анықталатын көрсеткіштер", None],
                  ["Ký hiệu", "Vị trí", "Thông số quan trắc", None]),
            [None, None, freq(doc, often), freq(doc, seldom)]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3)]
    places = doc.v(("наблюдательная скважина выше накопителя по потоку", "наблюдательная скважина ниже накопителя по потоку"),
                   ("жинақтауыштан ағыс бойынша жоғары бақылау ұңғымасы", "жинақтауыштан ағыс бойынша төмен бақылау ұңғымасы"),
                   ("Giếng khoan quan trắc phía thượng nguồn", "Giếng khoan quan trắc phía hạ nguồn bãi chôn lấp"))
    for k, place in enumerate(places, 1):
        point = f"NN{k}" if vi else f"НС-{k}"
        picked = doc.rng.sample(pool, 5)
        first, second = sorted(picked[:3], key=pool.index), sorted(picked[3:], key=pool.index)
        rows.append([point, place, ", ".join(vocab.water(s, doc.lang) for s in first), ", ".join(vocab.water(s, doc.lang) for s in second)])
        doc.add("monitoring", *(_mon({"point": point}, ("symbol", s), often) for s in first))
        doc.add("monitoring", *(_mon({"point": point}, ("symbol", s), seldom) for s in second))
    doc.table(doc.v("Мониторинг подземных вод в районе размещения накопителя", "Жинақтауыш орналасқан аудандағы жерасты суларының мониторингі",
                    "Bảng 5. Giám sát chất lượng nước dưới đất"), rows, merges, role="monitoring")


def monitoring_f3(doc: Doc) -> None:
    """The plan of control of emission norms: source merged over its substances, a frequency and a g/s norm per row
    (VI: parameter, frequency, then the point merged down the last column)."""
    opening(doc, "pek")
    if doc.lang == "vi":
        rows, merges = [["Thông số", "Tần suất", "Vị trí giám sát"]], []
        for k, place in enumerate(("Ống khói lò hơi", "Ống thải hệ thống xử lý bụi"), 1):
            start = len(rows)
            for code in doc.rng.sample(AIR_POOL["vi"], 3):
                word = doc.pick(("quarterly", "semiannual", "monthly"))
                rows.append([vocab.air(code, "vi", 1), freq(doc, word), f"{place} (KT{k})" if len(rows) == start else None])
                doc.add("monitoring", _mon({"point": f"KT{k}"}, ("code", code), word))
            merges.append((start, 2, len(rows) - 1, 2))
        doc.table("Bảng 6. Giám sát khí thải tại nguồn", rows, merges, role="monitoring")
        return
    sources = [s for s in pick_sources(doc, 5, min_codes=2) if s.organized][:2] or pick_sources(doc, 2)
    rows = [doc.v(["№ источника", "Производство, цех, участок", "Контролируемое вещество", "Периодичность контроля",
                   "Норматив допустимых выбросов, г/с", "Кем осуществляется контроль"],
                  ["Көз №", "Өндіріс, цех, учаске", "Бақыланатын зат", "Бақылау кезеңділігі",
                   "Жол берілетін шығарындылар нормативі, г/с", "Бақылауды кім жүзеге асырады"], [])]
    merges = []
    for s in sources:
        start = len(rows)
        for code in s.codes:
            word = doc.pick(("quarterly", "semiannual", "yearly"))
            g_s = rate(doc.rng, 0.001, 2.5)
            first = len(rows) == start
            rows.append([s.number if first else None, s.name if first else None, vocab.air(code, doc.lang), freq(doc, word),
                         num(g_s, doc.lang), doc.v("аккредитованная лаборатория", "аккредиттелген зертхана", "") if first else None])
            doc.add("monitoring", _mon({"source_number": s.number}, ("code", code), word))
            doc.add("emissions", emission(code, g_s, None, s.number))
        merges += [(start, c, len(rows) - 1, c) for c in (0, 1, 5)]
    doc.table(doc.v("Таблица 4 – План-график контроля за соблюдением нормативов допустимых выбросов на источниках",
                    "4-кесте – Көздердегі жол берілетін шығарындылар нормативтерінің сақталуын бақылау жоспар-кестесі", ""),
              rows, merges, role="monitoring")
    expect_sources(doc, sources)
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

QUARTERS = {"quarterly": (1, 1, 1, 1), "monthly": (1, 1, 1, 1), "semiannual": (0, 1, 0, 1), "yearly": (0, 0, 1, 0)}

FREQ_OTHER = {
    "ru": {"quarterly": "не реже 1 раза в квартал", "monthly": "не реже 1 раза в месяц", "semiannual": "один раз в полугодие",
           "yearly": "не реже одного раза в год"},
    "kk": {"quarterly": "тоқсанына кемінде бір рет", "monthly": "айына кемінде бір рет", "semiannual": "жарты жылда бір рет",
           "yearly": "жылына кемінде бір рет"},
    "vi": {"quarterly": "định kỳ hằng quý", "monthly": "định kỳ hằng tháng", "semiannual": "định kỳ 6 tháng một lần",
           "yearly": "định kỳ hằng năm"},
}


def inspections_f1(doc: Doc) -> None:
    """The frequency column beside quarter marks under a merged `Сроки проведения (квартал)` header."""
    opening(doc, "pek")
    mark = "x" if doc.lang == "vi" else "+"
    rows = [doc.v(["№", "Объект проверки", "Периодичность", "Сроки проведения (квартал)", None, None, None],
                  ["№", "Тексеру объектісі", "Кезеңділігі", "Өткізу мерзімі (тоқсан)", None, None, None],
                  ["TT", "Đối tượng kiểm tra", "Tần suất", "Thời gian thực hiện (quý)", None, None, None]),
            [None, None, None, "I", "II", "III", "IV"]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 6)]
    for k, unit in enumerate(units(doc, 4), 1):
        word = doc.pick(("quarterly", "semiannual", "yearly"))
        rows.append([str(k), unit, freq(doc, word), *(mark if q else "" for q in QUARTERS[word])])
        doc.add("obligations", {"kind": "inspection", "frequency": word, "text_contains": unit})
    doc.table(doc.v("Таблица 11 – Календарный план внутренних проверок", "11-кесте – Ішкі тексерулердің күнтізбелік жоспары",
                    "Bảng 9. Kế hoạch tự kiểm tra về bảo vệ môi trường"), rows, merges, role="inspections")
    maybe_distractor(doc)


def inspections_f2(doc: Doc) -> None:
    """A heading and a lead-in sentence, no caption; `Проведение проверки` merged over frequency and responsible;
    other frequency wordings (`не реже 1 раза в квартал`)."""
    opening(doc, "pek")
    doc.h(doc.v("6. Порядок проведения внутренних проверок", "6. Ішкі тексерулерді жүргізу тәртібі", "6. Công tác tự kiểm tra nội bộ"))
    doc.p(doc.v("Внутренние проверки соблюдения экологических требований проводятся в подразделениях в следующем порядке.",
                "Экологиялық талаптардың сақталуын ішкі тексерулер бөлімшелерде мынадай тәртіппен жүргізіледі.",
                "Việc tự kiểm tra tuân thủ các yêu cầu về bảo vệ môi trường tại các bộ phận được thực hiện như sau."))
    rows = [doc.v(["№ п/п", "Проверяемое подразделение", "Предмет проверки", "Проведение проверки", None],
                  ["№", "Тексерілетін бөлімше", "Тексеру нысанасы", "Тексеруді жүргізу", None],
                  ["STT", "Bộ phận được kiểm tra", "Nội dung kiểm tra", "Tổ chức kiểm tra", None]),
            doc.v([None, None, None, "периодичность", "ответственный"], [None, None, None, "кезеңділігі", "жауапты"],
                  [None, None, None, "tần suất", "người chủ trì"])]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4)]
    checks = doc.v(("соблюдение нормативов эмиссий", "обращение с отходами", "ведение журналов учета", "работа пылегазоочистного оборудования"),
                   ("эмиссия нормативтерінің сақталуы", "қалдықтармен жұмыс", "есепке алу журналдарын жүргізу", "шаң-газ тазарту жабдығының жұмысы"),
                   ("tuân thủ giới hạn xả thải", "quản lý chất thải", "ghi chép sổ nhật ký vận hành", "vận hành thiết bị xử lý khí thải"))
    for k, unit in enumerate(units(doc, 4), 1):
        word = doc.pick(("quarterly", "monthly", "semiannual", "yearly"))
        rows.append([str(k), unit, doc.pick(checks), FREQ_OTHER[doc.lang][word],
                     doc.v("начальник отдела ООС", "ҚОҚ бөлімінің бастығы", "Trưởng phòng An toàn – Môi trường")])
        doc.add("obligations", {"kind": "inspection", "frequency": word, "text_contains": unit})
    doc.table(None, rows, merges, role="inspections")


def inspections_f3(doc: Doc) -> None:
    """In a work plan: the frequency second, a responsible and a date of the last check; numbers written `1.`."""
    opening(doc, "work_plan")
    doc.h(doc.v("График внутренних проверок соблюдения экологических требований", "Экологиялық талаптардың сақталуын ішкі тексеру кестесі",
                "Lịch kiểm tra nội bộ việc tuân thủ các yêu cầu bảo vệ môi trường"))
    rows = [doc.v(["№ п/п", "Участок (подразделение)", "Периодичность проверок", "Ответственный", "Дата последней проверки"],
                  ["№", "Учаске (бөлімше)", "Тексерулер кезеңділігі", "Жауапты", "Соңғы тексеру күні"],
                  ["STT", "Khu vực (bộ phận)", "Tần suất kiểm tra", "Người phụ trách", "Ngày kiểm tra gần nhất"])]
    for k, unit in enumerate(units(doc, 4), 1):
        word = doc.pick(("quarterly", "monthly", "semiannual", "yearly"))
        day, month = doc.rng.randint(10, 28), doc.rng.randint(9, 12)
        date = f"{day}/{month:02d}/2025" if doc.lang == "vi" else f"{day}.{month:02d}.2025"
        rows.append([f"{k}.", unit, freq(doc, word), doc.v("Инженер-эколог", "Инженер-эколог", "Cán bộ môi trường"), date])
        doc.add("obligations", {"kind": "inspection", "frequency": word, "text_contains": unit})
    doc.table(None, rows, role="inspections")
    maybe_distractor(doc)


# ---------------------------------------------------------------- tasks


def _other_actor(doc: Doc, who: str) -> str:
    return doc.pick([t[2] for t in TASKS[doc.lang] if t[2] != who])


def tasks_f1(doc: Doc) -> None:
    """`Ответственные` merged over the executor and the co-executor (VI: `Đơn vị thực hiện` over chủ trì / phối hợp)."""
    opening(doc, "work_plan")
    rows = [doc.v(["№", "Наименование мероприятия", "Срок выполнения", "Ответственные", None],
                  ["№", "Іс-шараның атауы", "Орындау мерзімі", "Жауаптылар", None],
                  ["TT", "Nội dung công việc", "Thời gian hoàn thành", "Đơn vị thực hiện", None]),
            doc.v([None, None, None, "исполнитель", "соисполнитель"], [None, None, None, "орындаушы", "қосалқы орындаушы"],
                  [None, None, None, "Chủ trì", "Phối hợp"])]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4)]
    for k, t in enumerate(tasks(doc, 5), 1):
        text, when, who = t[:3]
        partner = t[3] if doc.lang == "vi" else _other_actor(doc, who)
        rows.append([str(k), text, when, who, partner])
        doc.add("obligations", task(str(k), text, who))
    doc.table(doc.v("Таблица 1 – План природоохранных мероприятий", "1-кесте – Табиғат қорғау іс-шараларының жоспары",
                    "Bảng 1. Kế hoạch thực hiện công tác bảo vệ môi trường"), rows, merges, role="tasks")
    maybe_distractor(doc)


def tasks_f2(doc: Doc) -> None:
    """A permit's appendix: unnumbered group rows spanning the table, items numbered straight through, an expected-result column."""
    opening(doc, "permit")
    doc.h(doc.v("Приложение 3. План мероприятий по охране окружающей среды", "3-қосымша. Қоршаған ортаны қорғау жөніндегі іс-шаралар жоспары",
                "Phụ lục 3. Kế hoạch, lộ trình thực hiện các công trình, biện pháp bảo vệ môi trường"))
    rows = [doc.v(["№", "Мероприятие", "Ожидаемый результат", "Срок выполнения", "Ответственный"],
                  ["№", "Іс-шара", "Күтілетін нәтиже", "Орындау мерзімі", "Жауапты"],
                  ["TT", "Nhiệm vụ", "Kết quả dự kiến", "Thời hạn", "Đơn vị chủ trì"])]
    results = doc.v(("соблюдение требований экологического законодательства", "снижение негативного воздействия на окружающую среду"),
                    ("экологиялық заңнама талаптарының сақталуы", "қоршаған ортаға теріс әсердің төмендеуі"),
                    ("Tuân thủ quy định về bảo vệ môi trường", "Giảm thiểu tác động tiêu cực đến môi trường"))
    groups = (doc.v("Первоочередные мероприятия", "Бірінші кезектегі іс-шаралар", "Nhiệm vụ trọng tâm"),
              doc.v("Плановые мероприятия", "Жоспарлы іс-шаралар", "Nhiệm vụ thường xuyên"))
    items, merges, n = tasks(doc, 5), [], 0
    for title, group in zip(groups, (items[:2], items[2:]), strict=True):
        rows.append([title, None, None, None, None])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
        for t in group:
            n += 1
            text, when, who = t[:3]
            rows.append([str(n), text, doc.pick(results), when, who])
            doc.add("obligations", task(str(n), text, who))
    doc.table(None, rows, merges, role="tasks")


def tasks_f3(doc: Doc) -> None:
    """Grouped by executor: the executor merged down the first column, no number column, a lead-in sentence instead of a caption."""
    opening(doc, "work_plan")
    doc.p(doc.v("Мероприятия распределены между исполнителями следующим образом:", "Іс-шаралар орындаушылар арасында былайша бөлінген:",
                "Các nhiệm vụ được phân công cho các đơn vị như sau:"))
    rows = [doc.v(["Исполнитель", "Мероприятие", "Срок исполнения"], ["Орындаушы", "Іс-шара", "Орындау мерзімі"],
                  ["Đơn vị thực hiện", "Nội dung công việc", "Thời hạn"])]
    items = tasks(doc, 4)
    actors = [items[0][2], items[2][2] if items[2][2] != items[0][2] else _other_actor(doc, items[0][2])]
    merges = []
    for who, group in zip(actors, (items[:2], items[2:]), strict=True):
        start = len(rows)
        for t in group:
            rows.append([who if len(rows) == start else None, t[0], t[1]])
            doc.add("obligations", task(None, t[0], who))
        merges.append((start, 0, len(rows) - 1, 0))
    doc.table(None, rows, merges, role="tasks")
    maybe_distractor(doc)


LAYOUTS = [
    Layout("facility", "L9", facility_f1),
    Layout("facility", "L10", facility_f2),
    Layout("facility", "L11", facility_f3),
    Layout("emissions", "L9", emissions_f1),
    Layout("emissions", "L10", emissions_f2),
    Layout("emissions", "L11", emissions_f3),
    Layout("wastes", "L9", wastes_f1),
    Layout("wastes", "L10", wastes_f2),
    Layout("wastes", "L11", wastes_f3),
    Layout("limits", "L9", limits_f1),
    Layout("limits", "L10", limits_f2),
    Layout("limits", "L11", limits_f3),
    Layout("monitoring", "L9", monitoring_f1),
    Layout("monitoring", "L10", monitoring_f2),
    Layout("monitoring", "L11", monitoring_f3),
    Layout("inspections", "L9", inspections_f1),
    Layout("inspections", "L10", inspections_f2),
    Layout("inspections", "L11", inspections_f3),
    Layout("tasks", "L9", tasks_f1),
    Layout("tasks", "L10", tasks_f2),
    Layout("tasks", "L11", tasks_f3),
]
