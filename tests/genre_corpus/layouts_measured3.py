"""The third held-out set, measured blind once on 2026-12-04 (0.872 over 189 files; with the fourth,
0.789 over 252), then tuned on, and so among the tuning layouts now.

A third blind set, three layouts per role, written to differ from every tuning layout and from
`layouts_measured*.py`, without running the extractor on them.

Facility cards with latitude and longitude on separate rows, a row form led by the BIN with
activity and director columns, a card whose OKED and category carry their descriptions; ПДВ
parameters of sources (height, diameter) beside their rates, totals per substance with `т/год`
before `г/с` and the `в том числе твердые / газообразные` subtotal rows (VI: the period in a
heading, no number column), sources grouped by workshop with the codes of their pollutants in one
cell (VI: rates per named source with a mitigation column); a permit's accumulation limits with an
existing-position column and summary rows, wastes with where they form and where they are kept,
a waste-management programme with the receiving organisation merged; drinking and groundwater
norms with a test-method column, КЭР technological indicators with the O2 content and averaging
period (VI: a GPMT's flue-gas limits with a note column), surface water measured against ПДК with
an exceedance-ratio column; monitoring one row per substance with the points listed in one cell,
by source with the workshop first and the substances in one cell (VI: points with VN-2000
coordinates), water monitoring with the medium merged down the first column; inspections with a
number-of-checks column, with the head of the unit beside it, with a deadline for the report;
tasks with a volume-of-work column and financing, with the start and end under a merged term,
with a `Контроль исполнения` column beside the executor.
"""

from __future__ import annotations

from . import vocab
from .common import Doc, distractor, freq, maybe_distractor, num, opening
from .layouts_facility import facility
from .layouts_wastes import expect_low, expect_vn, low_wastes, vn_wastes
from .limits_data import QCVN19, STACK, SURFACE, add, cell, limit
from .obligations_data import task, tasks, units
from .registry import Layout
from .sources_data import TOTAL, emission, expect_sources, period_name, pick_sources, rates, total


def _mon(loc: dict, key: tuple[str, str], frequency: str) -> dict:
    return {**loc, key[0]: key[1], "frequency": frequency}


# ---------------------------------------------------------------- facility

OKED = {
    "07291": ("Добыча золотосодержащих руд", "Құрамында алтын бар кендерді өндіру"),
    "23511": ("Производство цемента", "Цемент өндірісі"),
    "35301": ("Производство пара и горячей воды", "Бу және ыстық су өндірісі"),
    "52101": ("Складирование и хранение нефтепродуктов", "Мұнай өнімдерін қоймалау және сақтау"),
    "01471": ("Разведение сельскохозяйственной птицы", "Ауыл шаруашылығы құстарын өсіру"),
    "24420": ("Производство алюминия", "Алюминий өндірісі"),
}
OKED_OF = ("07291", "23511", "52101", "35301", "07291", "01471")  # the code that fits each facility of vocab.FACILITIES
VI_ACTIVITY = ("Sản xuất bao bì nhựa và giấy", "Chế biến thủy sản đông lạnh", "Sản xuất gạch ốp lát",
               "Dệt, nhuộm vải", "Sản xuất giấy và bột giấy", "Chăn nuôi heo thịt")
DIRECTORS = {"ru": ("Ахметов Б.К.", "Ким С.В.", "Омаров Т.К."), "kk": ("Сейітов Н.Қ.", "Жұмабеков Е.Т.", "Әлиева Г.С."),
             "vi": ("Nguyễn Văn Bình", "Trần Thị Lan", "Lê Quang Huy")}


def _dms_parts(doc: Doc, f: dict) -> tuple[str, str]:
    """Latitude and longitude in degrees, minutes and seconds, without the hemisphere words."""
    lat, lon = f["dms"].split(", ")
    return lat.rsplit('"', 1)[0] + '"', lon.rsplit('"', 1)[0] + '"'


def facility_g1(doc: Doc) -> None:
    """Key–value card in a permit, latitude and longitude on separate rows, a heading instead of a caption."""
    f = facility(doc)
    opening(doc, "permit", f["i"])
    doc.h(doc.v("Раздел 1. Сведения об операторе и объекте", "1-бөлім. Оператор және объект туралы мәліметтер",
                "I. THÔNG TIN CHUNG VỀ CƠ SỞ"))
    lat, lon = _dms_parts(doc, f)
    rows = [
        doc.v(["Наименование сведений", "Сведения"], ["Мәліметтердің атауы", "Мәліметтер"], ["Nội dung", "Thông tin"]),
        [doc.v("Наименование оператора", "Оператордың атауы", "Tên chủ cơ sở"), f["operator"]],
        [doc.v("БИН оператора", "Оператордың БСН", "Mã số doanh nghiệp"), f["bin"]],
        [doc.v("Наименование объекта", "Объектінің атауы", "Tên cơ sở"), f["name"]],
        [doc.v("Место нахождения объекта", "Объектінің орналасқан жері", "Địa điểm cơ sở"), f["address"]],
        [doc.v("Северная широта", "Солтүстік ендік", "Vĩ độ (N)"), lat],
        [doc.v("Восточная долгота", "Шығыс бойлық", "Kinh độ (E)"), lon],
    ]
    doc.table(None, rows, role="facility")
    doc.add("facilities", {"bin": f["bin"], "name_contains": f["name"], "lat": f["lat"], "lon": f["lon"]})
    maybe_distractor(doc)


def facility_g2(doc: Doc) -> None:
    """Row form led by the BIN, with activity and director columns that carry no field; a lead-in sentence."""
    f = facility(doc)
    opening(doc, "pek", f["i"])
    doc.p(doc.v("Программа распространяется на следующий объект оператора:", "Бағдарлама оператордың мына объектісіне қолданылады:",
                "Chương trình áp dụng cho cơ sở sau:"))
    director = doc.pick(DIRECTORS[doc.lang])
    if doc.lang == "vi":
        rows = [["Mã số doanh nghiệp", "Tên chủ cơ sở", "Tên cơ sở", "Loại hình sản xuất", "Người đại diện theo pháp luật"],
                [f["bin"], f["operator"], f["name"], VI_ACTIVITY[f["i"]], f"Ông/Bà {director} – Giám đốc"]]
        doc.table(None, rows, role="facility")
        doc.add("facilities", {"bin": f["bin"], "name_contains": f["name"]})
        return
    f["oked"] = OKED_OF[f["i"]]
    activity = OKED[f["oked"]][0 if doc.lang == "ru" else 1]
    rows = [doc.v(["БИН", "Наименование оператора", "Наименование объекта", "Код КАТО", "Вид деятельности", "Руководитель",
                   "Категория объекта"],
                  ["БСН", "Оператордың атауы", "Объектінің атауы", "ҚАТО коды", "Қызмет түрі", "Басшы", "Объект санаты"], []),
            [f["bin"], f["operator"], f["name"], f["kato"], activity, director, f["cat"]]]
    doc.table(None, rows, role="facility")
    doc.add("facilities", {"bin": f["bin"], "name_contains": f["name"], "kato": f["kato"], "category": f["cat"]})
    maybe_distractor(doc)


def facility_g3(doc: Doc) -> None:
    """A numbered card whose OKED is written with its description and the category in a phrase."""
    f = facility(doc)
    opening(doc, "scoping", f["i"])
    if doc.lang == "vi":
        rows = [
            ["TT", "Hạng mục", "Nội dung"],
            ["1", "Chủ dự án", f["operator"]],
            ["2", "Mã số doanh nghiệp", f["bin"]],
            ["3", "Tên dự án", f["name"]],
            ["4", "Ngành nghề sản xuất, kinh doanh", VI_ACTIVITY[f["i"]]],
            ["5", "Phân loại dự án", f"Dự án đầu tư nhóm {f['cat']} (theo Luật Bảo vệ môi trường năm 2020)"],
        ]
        doc.table("Bảng 1.1. Thông tin chung về dự án", rows, role="facility")
        doc.add("facilities", {"bin": f["bin"], "name_contains": f["name"], "category": f["cat"]})
        return
    f["oked"] = OKED_OF[f["i"]]
    oked = f"{f['oked']} – {OKED[f['oked']][0 if doc.lang == 'ru' else 1]}"
    cat = doc.v(f"объект {f['cat']} категории", f"{f['cat']} санаттағы объект", "")
    rows = [
        doc.v(["№", "Наименование", "Информация"], ["№", "Атауы", "Ақпарат"], []),
        ["1", doc.v("Инициатор намечаемой деятельности", "Белгіленіп отырған қызметтің бастамашысы", ""), f["operator"]],
        ["2", doc.v("БИН", "БСН", ""), f["bin"]],
        ["3", doc.v("Объект намечаемой деятельности", "Белгіленіп отырған қызмет объектісі", ""), f["name"]],
        ["4", doc.v("Вид деятельности по ОКЭД", "ЭҚЖЖ бойынша қызмет түрі", ""), oked],
        ["5", doc.v("Категория согласно Экологическому кодексу РК", "ҚР Экологиялық кодексіне сәйкес санаты", ""), cat],
    ]
    doc.table(doc.v("Таблица 1.1 – Общая информация", "1.1-кесте – Жалпы ақпарат", ""), rows, role="facility")
    doc.add("facilities", {"bin": f["bin"], "name_contains": f["name"], "oked": f["oked"], "category": f["cat"]})
    maybe_distractor(doc)


# ---------------------------------------------------------------- emissions


def emissions_g1(doc: Doc) -> None:
    """ПДВ parameters of each source (height, mouth diameter) merged over its pollutant rows, then the rates
    (VI: named stacks with height, diameter and gas flow)."""
    opening(doc, "permit")
    sources = [s for s in pick_sources(doc, 5, min_codes=2) if s.organized][:2] or pick_sources(doc, 2, min_codes=2)
    if doc.lang == "vi":
        rows = [["Nguồn thải", "Chiều cao (m)", "Đường kính (m)", "Lưu lượng (m3/h)", "Thông số", "Tải lượng (g/s)",
                 "Tải lượng (tấn/năm)"]]
    else:
        rows = [doc.v(["№ источника", "Высота источника, м", "Диаметр устья, м", "Код ЗВ", "Наименование ЗВ", "Выброс, г/с",
                       "Выброс, т/год"],
                      ["Көз №", "Көздің биіктігі, м", "Сағасының диаметрі, м", "ЛЗ коды", "ЛЗ атауы", "Шығарынды, г/с",
                       "Шығарынды, т/жыл"], [])]
    merges = []
    for s in sources:
        start = len(rows)
        height, diam = num(doc.rng.choice((12, 15, 18, 25, 30)), doc.lang), num(doc.rng.choice((0.3, 0.5, 0.8, 1.2)), doc.lang)
        flow = num(doc.rng.randint(20, 180) * 100, doc.lang)
        for x in rates(doc, s.codes):
            first = len(rows) == start
            if doc.lang == "vi":
                lead = [s.name, height, diam, flow] if first else [None] * 4
                rows.append(lead + [vocab.air(x.code, "vi"), *x.cells("vi")])
                doc.add("emissions", emission(x.code, x.g_s, x.t_y))
            else:
                lead = [s.number, height, diam] if first else [None] * 3
                rows.append(lead + [x.code, vocab.air(x.code, doc.lang), *x.cells(doc.lang)])
                doc.add("emissions", emission(x.code, x.g_s, x.t_y, s.number))
        merges += [(start, c, len(rows) - 1, c) for c in range(4 if doc.lang == "vi" else 3)]
    doc.table(doc.v("Таблица 3.1 – Параметры выбросов загрязняющих веществ в атмосферу",
                    "3.1-кесте – Атмосфераға ластаушы заттар шығарындыларының параметрлері",
                    "Bảng 2.3. Thông số các nguồn thải khí"), rows, merges, role="emissions")
    if doc.lang != "vi":
        expect_sources(doc, sources)
    maybe_distractor(doc)


SOLID = {"2908", "2902", "0328", "0123", "0143", "0184", "0008", "0703"}


def emissions_g2(doc: Doc) -> None:
    """Totals per substance, `т/год` before `г/с`, subtotal rows for solid and gaseous substances
    (VI: the construction period in a heading, no number column, a note column)."""
    opening(doc, "permit" if doc.lang != "vi" else "scoping")
    if doc.lang == "vi":
        doc.h(f"3.1.1. {period_name(doc, 'construction')}")
        doc.p("Tải lượng bụi và khí thải phát sinh từ máy móc, thiết bị thi công được tính toán như sau:")
        items = rates(doc, doc.rng.sample(["2902", "0301", "0330", "0337"], 4))
        notes = ("Máy xúc, máy ủi", "Xe vận chuyển vật liệu", "Máy phát điện", "")
        rows = [["Chất ô nhiễm", "Tải lượng (g/s)", "Tải lượng (tấn/năm)", "Ghi chú"]]
        rows += [[vocab.air(x.code, "vi", 1), *x.cells("vi"), notes[k]] for k, x in enumerate(items)]
        rows.append([TOTAL["vi"][1], total(doc, [x.g_s for x in items]), total(doc, [x.t_y for x in items]), ""])
        doc.table(None, rows, role="emissions")
        doc.add("emissions", *(emission(x.code, x.g_s, x.t_y, period="construction") for x in items))
        return
    solid = doc.rng.sample(["2908", "0328", "0123", "0143"], 2)
    gas = doc.rng.sample(["0301", "0304", "0330", "0337", "0333", "1325", "2754"], 3)
    items = rates(doc, solid + gas)
    rows = [doc.v(["Код", "Наименование загрязняющего вещества", "Класс опасности", "Выброс вещества, т/год", "Выброс вещества, г/с"],
                  ["Коды", "Ластаушы заттың атауы", "Қауіптілік сыныбы", "Заттың шығарындысы, т/жыл", "Заттың шығарындысы, г/с"], [])]
    rows += [[x.code, vocab.air(x.code, doc.lang), str(vocab.hazard(x.code) or "-"), x.cells(doc.lang)[1], x.cells(doc.lang)[0]]
             for x in items]
    for label, group in ((doc.v("Всего веществ:", "Барлық заттар:", ""), items),
                         (doc.v("в том числе твердые:", "оның ішінде қатты:", ""), items[:2]),
                         (doc.v("газообразные и жидкие:", "газ тәрізді және сұйық:", ""), items[2:])):
        rows.append(["", label, "", total(doc, [x.t_y for x in group]), total(doc, [x.g_s for x in group])])
    doc.table(doc.v("Нормативы выбросов загрязняющих веществ в атмосферу по предприятию в целом",
                    "Кәсіпорын бойынша атмосфераға ластаушы заттар шығарындыларының нормативтері", ""), rows, role="emissions")
    doc.add("emissions", *(emission(x.code, x.g_s, x.t_y, hazard=vocab.hazard(x.code)) for x in items))
    maybe_distractor(doc)


def emissions_g3(doc: Doc) -> None:
    """Sources grouped by workshop merged down the first column, the codes of their pollutants in one cell, hours of work
    (VI: rates per named source, a mitigation column merged beside them)."""
    opening(doc, "pek" if doc.lang != "vi" else "scoping")
    if doc.lang == "vi":
        sources = pick_sources(doc, 2, min_codes=2)
        measures = ("Hệ thống xử lý khí thải bằng dung dịch kiềm", "Hệ thống lọc bụi túi vải", "Phun nước giảm bụi")
        rows, merges = [["TT", "Nguồn phát sinh", "Chất ô nhiễm", "Tải lượng (g/s)", "Tải lượng (tấn/năm)", "Biện pháp giảm thiểu"]], []
        for n, s in enumerate(sources, 1):
            start = len(rows)
            for x in rates(doc, s.codes):
                first = len(rows) == start
                rows.append([str(n) if first else None, s.name if first else None, vocab.air(x.code, "vi"), *x.cells("vi"),
                             measures[n - 1] if first else None])
                doc.add("emissions", emission(x.code, x.g_s, x.t_y))
            merges += [(start, c, len(rows) - 1, c) for c in (0, 1, 5)]
        doc.table("Bảng 3.9. Tải lượng khí thải và biện pháp giảm thiểu", rows, merges, role="emissions")
        return
    sources = pick_sources(doc, 4)
    shops = {True: doc.v("Основное производство", "Негізгі өндіріс", ""), False: doc.v("Вспомогательные объекты", "Қосалқы объектілер", "")}
    rows = [doc.v(["Наименование производства", "Номер источника", "Наименование источника выделения", "Время работы, ч/год",
                   "Коды загрязняющих веществ"],
                  ["Өндірістің атауы", "Көз нөмірі", "Бөліну көзінің атауы", "Жұмыс уақыты, сағ/жыл", "Ластаушы заттардың кодтары"], [])]
    merges, start, group = [], None, None
    for s in sources:
        if s.organized != group:
            if start is not None and len(rows) - 1 > start:
                merges.append((start, 0, len(rows) - 1, 0))
            group, start = s.organized, len(rows)
            shop = shops[group]
        else:
            shop = None
        rows.append([shop, s.number, s.name, num(doc.rng.choice((2000, 4380, 6570, 8760)), doc.lang), ", ".join(s.codes)])
        doc.add("emissions", *(emission(c, None, None, s.number) for c in s.codes))
    if start is not None and len(rows) - 1 > start:
        merges.append((start, 0, len(rows) - 1, 0))
    doc.table(doc.v("Таблица 2 – Источники выделения и выбросов загрязняющих веществ",
                    "2-кесте – Ластаушы заттардың бөліну және шығарылу көздері", ""), rows, merges, role="sources")
    expect_sources(doc, sources)
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes


def wastes_g1(doc: Doc) -> None:
    """A permit's accumulation limits: an existing-position column of dashes, summary rows, a hazardous group row
    (VI: amounts in tonnes, the code last)."""
    opening(doc, "permit")
    if doc.lang == "vi":
        wastes = vn_wastes(doc, 4)
        rows = [["TT", "Tên chất thải", "Trạng thái", "Khối lượng (tấn/năm)", "Mã CTNH"]]
        rows += [[str(k), w["name"], w["state"], num(w["kg"] / 1000, "vi"), w["code"]] for k, w in enumerate(wastes, 1)]
        doc.table("Bảng 3. Chủng loại, khối lượng chất thải nguy hại đề nghị cấp phép", rows, role="wastes")
        expect_vn(doc, wastes)
        maybe_distractor(doc)
        return
    wastes = low_wastes(doc, 5)
    haz = [w for w in wastes if w["hazardous"]]
    plain = [w for w in wastes if not w["hazardous"]]
    rows = [doc.v(["Наименование отходов", "Код отхода", "Объем накопленных отходов на существующее положение, т/год",
                   "Лимит накопления, т/год"],
                  ["Қалдықтардың атауы", "Қалдық коды", "Қолданыстағы жағдай бойынша жинақталған қалдықтар көлемі, т/жыл",
                   "Жинақтау лимиті, т/жыл"], []),
            [doc.v("Всего", "Барлығы", ""), "", "-", num(round(sum(w["t"] for w in wastes), 4), doc.lang)]]
    merges = []
    for title, group in ((doc.v("Опасные отходы", "Қауіпті қалдықтар", ""), haz), (doc.v("Неопасные отходы", "Қауіпті емес қалдықтар", ""), plain)):
        if not group:
            continue
        rows.append([title, None, None, None])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 3))
        rows += [[w["name"], w["code"], "-", num(w["t"], doc.lang)] for w in group]
    doc.table(doc.v("Лимиты накопления отходов", "Қалдықтарды жинақтау лимиттері", ""), rows, merges, role="wastes")
    expect_low(doc, wastes)
    maybe_distractor(doc)


PLACES = {
    "ru": (("Котельная", "Склад ГСМ", "Ремонтно-механический цех", "Административный корпус"),
           ("Закрытый склад", "Металлический контейнер", "Площадка с твердым покрытием")),
    "kk": (("Қазандық", "ЖЖМ қоймасы", "Жөндеу-механикалық цех", "Әкімшілік ғимарат"),
           ("Жабық қойма", "Металл контейнер", "Қатты жабыны бар алаң")),
    "vi": (("Xưởng cơ khí", "Khu vực lò hơi", "Văn phòng", "Xưởng sản xuất số 1", "Hệ thống xử lý nước thải"),),
}


def wastes_g2(doc: Doc) -> None:
    """Where each waste forms and where it is kept, beside the code and the amount (VI: where it forms, before the amount)."""
    opening(doc, "pek")
    if doc.lang == "vi":
        wastes = vn_wastes(doc, 5)
        rows = [["TT", "Tên chất thải", "Mã CTNH", "Khu vực phát sinh", "Khối lượng phát sinh (kg/năm)"]]
        rows += [[str(k), w["name"], w["code"], doc.pick(PLACES["vi"][0]), num(w["kg"], "vi")] for k, w in enumerate(wastes, 1)]
        doc.table("Bảng 4.3. Chất thải nguy hại phát sinh và khu vực phát sinh", rows, role="wastes")
        expect_vn(doc, wastes)
        return
    wastes = low_wastes(doc, 5)
    forms, kept = PLACES[doc.lang]
    rows = [doc.v(["№", "Наименование отхода", "Код", "Место образования", "Место временного хранения", "Количество, т/год"],
                  ["№", "Қалдықтың атауы", "Коды", "Түзілу орны", "Уақытша сақтау орны", "Мөлшері, т/жыл"], [])]
    rows += [[str(k), w["name"], w["code"], doc.pick(forms), doc.pick(kept), num(w["t"], doc.lang)] for k, w in enumerate(wastes, 1)]
    doc.table(doc.v("Таблица 6 – Сведения об отходах производства и потребления", "6-кесте – Өндіріс және тұтыну қалдықтары туралы мәліметтер", ""),
              rows, role="wastes")
    expect_low(doc, wastes)
    maybe_distractor(doc)


def wastes_g3(doc: Doc) -> None:
    """A waste-management programme: formation norm, disposal, the receiving organisation merged over all rows
    (VI: ordinary solid wastes in tonnes with a management column, a lead-in sentence)."""
    opening(doc, "work_plan" if doc.lang != "vi" else "permit")
    if doc.lang == "vi":
        doc.p("Chủng loại, khối lượng chất thải rắn công nghiệp thông thường phát sinh tại cơ sở như sau:")
        names = doc.rng.sample(vocab.VN_ORDINARY, 4)
        ways = ("Bán phế liệu", "Chuyển giao cho đơn vị thu gom", "Tái sử dụng")
        wastes = [{"code": None, "name": x, "hazardous": False, "kg": doc.rng.randint(2, 400) * 500} for x in names]
        rows = [["STT", "Tên chất thải", "Khối lượng (tấn/năm)", "Biện pháp quản lý"]]
        rows += [[str(k), w["name"], num(w["kg"] / 1000, "vi"), doc.pick(ways)] for k, w in enumerate(wastes, 1)]
        doc.table(None, rows, role="wastes")
        expect_vn(doc, wastes, coded=False)
        maybe_distractor(doc)
        return
    wastes = low_wastes(doc, 4)
    ways = doc.v(("Передача на утилизацию", "Передача на захоронение", "Передача на переработку"),
                 ("Кәдеге жаратуға беру", "Көмуге беру", "Қайта өңдеуге беру"), ())
    org = doc.v("ТОО «Эко Сервис Плюс» (по договору)", "«Эко Сервис Плюс» ЖШС (шарт бойынша)", "")
    rows = [doc.v(["№ п/п", "Наименование отхода", "Код по классификатору отходов", "Норматив образования, т/год", "Способ удаления",
                   "Организация-приемщик"],
                  ["№", "Қалдықтың атауы", "Қалдықтар сыныптауышы бойынша коды", "Түзілу нормативі, т/жыл", "Жою тәсілі",
                   "Қабылдаушы ұйым"], [])]
    for k, w in enumerate(wastes, 1):
        rows.append([f"{k}.", w["name"], w["code"], num(w["t"], doc.lang), doc.pick(ways), org if k == 1 else None])
    doc.table(doc.v("Программа управления отходами на 2026 год", "2026 жылға арналған қалдықтарды басқару бағдарламасы", ""), rows,
              [(1, 5, len(rows) - 1, 5)], role="wastes")
    expect_low(doc, wastes)


# ---------------------------------------------------------------- limits

# symbol: limit — drinking-water norms, mg/dm3
DRINK = {"pH": (6, 9), "TDS": 1000, "Cl-": 350, "SO4": 500, "NO3-": 45, "NO2-": 3.3, "NH4+": 2, "Fe": 0.3, "Mn": 0.1,
         "Cu": 1, "Zn": 5, "Pb": 0.03, "As": 0.05, "Hg": 0.0005}
METHODS_KZ = {"pH": "СТ РК ИСО 10523-2013", "TDS": "ГОСТ 18164-72", "Cl-": "ГОСТ 4245-72", "SO4": "ГОСТ 31940-2012",
              "NO3-": "ГОСТ 33045-2014", "NO2-": "ГОСТ 33045-2014", "NH4+": "ГОСТ 33045-2014", "Fe": "ГОСТ 4011-72"}
# symbol: limit — QCVN 09:2023/BTNMT, groundwater, mg/l
GROUND_VN = {"pH": (5.8, 8.5), "TDS": 1500, "NH4+": 1, "NO3-": 15, "NO2-": 1, "Cl-": 250, "SO4": 400, "Fe": 5, "Mn": 0.5,
             "As": 0.05, "Pb": 0.01, "Hg": 0.001, "Cd": 0.005, "Zn": 3, "Cu": 1}
METHODS_VN = {"pH": "TCVN 6492:2011", "TDS": "SMEWW 2540C:2017", "NH4+": "TCVN 6179-1:1996", "NO3-": "TCVN 6180:1996",
              "NO2-": "TCVN 6178:1996", "Cl-": "TCVN 6194:1996", "SO4": "SMEWW 4500-SO42-.E:2017", "Fe": "TCVN 6177:1996"}
# symbol: limit — QCVN 08-MT:2015/BTNMT, column B1
SURFACE_B1 = {"pH": (5.5, 9), "BOD5": 15, "COD": 30, "TSS": 50, "NH4+": 0.9, "NO2-": 0.05, "NO3-": 10, "Fe": 1.5, "Cl-": 350,
              "TPH": 1}


def _pick(doc: Doc, table: dict, n: int) -> list[str]:
    keys = [k for k in table if k != "pH"]
    return ["pH"] + sorted(doc.rng.sample(keys, n - 1), key=list(table).index)


def limits_g1(doc: Doc) -> None:
    """Drinking-water norms for groundwater with a test-method column (VI: QCVN 09 groundwater with methods)."""
    if doc.lang == "vi":
        opening(doc, "regulation")
        table, methods, header = GROUND_VN, METHODS_VN, ["TT", "Thông số", "Đơn vị", "Giá trị giới hạn", "Phương pháp thử"]
        caption = "Bảng 1. Giá trị giới hạn các thông số chất lượng nước dưới đất"
    else:
        opening(doc, "pek")
        table, methods = DRINK, METHODS_KZ
        header = doc.v(["№", "Показатель", "Ед. изм.", "Норматив, не более", "НД на метод испытаний"],
                       ["№", "Көрсеткіш", "Өлш. бірл.", "Норматив, артық емес", "Сынақ әдісіне НҚ"], [])
        caption = doc.v("Таблица 5 – Нормативы качества подземных вод, используемых для питьевого водоснабжения",
                        "5-кесте – Ауыз сумен жабдықтау үшін пайдаланылатын жерасты суларының сапа нормативтері", "")
    rows = [header]
    for k, s in enumerate(_pick(doc, table, 6), 1):
        unit = doc.v("ед. pH", "pH бірл.", "-") if s == "pH" else doc.v("мг/дм3", "мг/дм3", "mg/l")
        method = methods.get(s, doc.v("ГОСТ 31870-2012", "ГОСТ 31870-2012", "SMEWW 3125B:2017"))
        rows.append([str(k), vocab.water(s, doc.lang), unit, cell(doc, table[s]), method])
        add(doc, limit(("symbol", s), "water", table[s], "mg/l"))
    doc.table(caption, rows, role="limits")
    maybe_distractor(doc)


def limits_g2(doc: Doc) -> None:
    """A КЭР's technological indicators for a boiler: the O2 content and the averaging period as extra columns
    (VI: a GPMT's flue-gas limits under a lead-in sentence naming the stack, a note column)."""
    opening(doc, "permit")
    if doc.lang == "vi":
        doc.p("Giá trị giới hạn cho phép của các chất ô nhiễm theo dòng khí thải tại ống khói lò hơi số 1 "
              "(QCVN 19:2009/BTNMT, cột B, Kp = 1; Kv = 1):")
        codes = sorted(doc.rng.sample([c for c in QCVN19 if vocab.AIR[c][2]], 4), key=list(QCVN19).index)
        rows = [["TT", "Chất ô nhiễm", "Đơn vị tính", "Giá trị giới hạn cho phép", "Ghi chú"]]
        for k, code in enumerate(codes, 1):
            b = QCVN19[code][1]
            rows.append([str(k), vocab.air(code, "vi"), "mg/Nm3", num(b, "vi"), "Quan trắc định kỳ" if k % 2 else ""])
            add(doc, limit(("code", code), "flue_gas", b, "mg/Nm3"))
        doc.table(None, rows, role="limits")
        return
    codes = sorted(doc.rng.sample(["0301", "0304", "0330", "0337", "2908", "0328"], 4), key=list(STACK).index)
    period = doc.v(("среднесуточное", "среднее за период отбора проб"), ("тәуліктік орташа", "сынама алу кезеңіндегі орташа"), ())
    rows = [doc.v(["№", "Загрязняющее вещество", "Технологический показатель, мг/Нм3", "Содержание O2, %", "Период усреднения"],
                  ["№", "Ластаушы зат", "Технологиялық көрсеткіш, мг/Нм3", "O2 мөлшері, %", "Орташаландыру кезеңі"], [])]
    for k, code in enumerate(codes, 1):
        rows.append([str(k), vocab.air(code, doc.lang), num(STACK[code], doc.lang), "6", doc.pick(period)])
        add(doc, limit(("code", code), "flue_gas", STACK[code], "mg/Nm3"))
    doc.table(doc.v("Технологические показатели, связанные с применением наилучших доступных техник",
                    "Ең үздік қолжетімді техникаларды қолданумен байланысты технологиялық көрсеткіштер", ""), rows, role="limits")
    maybe_distractor(doc)


def limits_g3(doc: Doc) -> None:
    """Surface water measured against ПДК at two points merged down the first column, an exceedance-ratio column
    (VI: against QCVN 08 column B1 named in the header)."""
    opening(doc, "pek")
    vi = doc.lang == "vi"
    table = SURFACE_B1 if vi else SURFACE
    if vi:
        rows = [["Vị trí", "Thông số", "Đơn vị", "Kết quả", "QCVN 08-MT:2015/BTNMT (cột B1)"]]
        points = ("NM1", "NM2")
    else:
        rows = [doc.v(["Точка отбора", "Показатель", "Ед. изм.", "Фактическая концентрация", "ПДК", "Кратность превышения ПДК"],
                      ["Сынама алу нүктесі", "Көрсеткіш", "Өлш. бірл.", "Нақты концентрация", "ШЖК", "ШЖК-дан асу еселігі"], [])]
        points = ("Т-1", "Т-2")
    params = [s for s in _pick(doc, table, 5) if s in table]
    merges = []
    for point in points:
        start = len(rows)
        for s in params:
            lim = table[s]
            if isinstance(lim, tuple):
                value = round(doc.rng.uniform(6.8, 8.2), 1)
            else:
                value = float(f"{lim * doc.rng.uniform(0.2, 0.95):.2g}")
            unit = "-" if s == "pH" else doc.v("мг/дм3", "мг/дм3", "mg/l")
            row = [point if len(rows) == start else None, vocab.water(s, doc.lang), unit, num(value, doc.lang), cell(doc, lim)]
            if not vi:
                row.append("-" if isinstance(lim, tuple) else num(round(value / lim, 2), doc.lang))
            rows.append(row)
            add(doc, limit(("symbol", s), "water", lim, "mg/l", "B1" if vi else None, point, value))
        merges.append((start, 0, len(rows) - 1, 0))
    doc.table(doc.v("Таблица 8 – Результаты контроля качества поверхностных вод", "8-кесте – Жерүсті суларының сапасын бақылау нәтижелері",
                    "Bảng 4. Kết quả quan trắc chất lượng nước mặt"), rows, merges, role="limits")


# ---------------------------------------------------------------- monitoring

WORDS = ("quarterly", "semiannual", "yearly", "monthly")


def monitoring_g1(doc: Doc) -> None:
    """One row per substance with the points where it is measured listed in one cell, then the frequency and the method."""
    opening(doc, "pek")
    if doc.lang == "vi":
        pool, pts = ["2902", "0330", "0301", "0337"], ["KK1", "KK2", "KK3"]
    else:
        pool, pts = ["0301", "0330", "0337", "2908", "0304", "0333"], ["КТ-1", "КТ-2", "КТ-3"]
    rows = [doc.v(["Контролируемое вещество", "Точки отбора проб", "Периодичность отбора", "Метод анализа"],
                  ["Бақыланатын зат", "Сынама алу нүктелері", "Сынама алу кезеңділігі", "Талдау әдісі"],
                  ["Thông số quan trắc", "Vị trí quan trắc", "Tần suất", "Phương pháp phân tích"])]
    for code in doc.rng.sample(pool, 3):
        where = pts[: doc.rng.randint(2, 3)]
        word = doc.pick(WORDS[:3])
        rows.append([vocab.air(code, doc.lang), ", ".join(where), freq(doc, word),
                     doc.v("фотометрический", "фотометриялық", "TCVN 5971:1995")])
        doc.add("monitoring", *(_mon({"point": p}, ("code", code), word) for p in where))
    doc.table(doc.v("Таблица 7 – Мониторинг атмосферного воздуха на границе санитарно-защитной зоны",
                    "7-кесте – Санитариялық-қорғау аймағы шекарасындағы атмосфералық ауа мониторингі",
                    "Bảng 5. Quan trắc chất lượng không khí xung quanh"), rows, role="monitoring")
    maybe_distractor(doc)


def monitoring_g2(doc: Doc) -> None:
    """By source: the workshop first, the source number, its substances in one cell, the frequency, the method
    (VI: waste-water points with their VN-2000 coordinates, one row per point)."""
    opening(doc, "pek" if doc.lang != "vi" else "permit")
    if doc.lang == "vi":
        rows = [["Ký hiệu", "Vị trí quan trắc", "Tọa độ (VN-2000)", "Thông số quan trắc", "Tần suất"]]
        places = ("Hố ga sau hệ thống xử lý nước thải", "Điểm xả vào nguồn tiếp nhận")
        pool = ("pH", "BOD5", "COD", "TSS", "NH4+", "TN", "TP", "Coliform")
        for k, place in enumerate(places, 1):
            point, word = f"NT{k}", doc.pick(WORDS[:2])
            params = sorted(doc.rng.sample(pool, 4), key=pool.index)
            xy = f"X: {doc.rng.randint(1180000, 1199999)}; Y: {doc.rng.randint(580000, 599999)}"
            rows.append([point, place, xy, ", ".join(vocab.water(s, "vi") for s in params), freq(doc, word)])
            doc.add("monitoring", *(_mon({"point": point}, ("symbol", s), word) for s in params))
        doc.table("Bảng 3. Chương trình quan trắc nước thải định kỳ", rows, role="monitoring")
        return
    listable = [s for s in pick_sources(doc, 6, min_codes=2) if s.organized and not (doc.lang == "kk" and "2908" in s.codes)]
    sources = listable[:3] or [s for s in pick_sources(doc, 2, min_codes=2) if "2908" not in s.codes]
    rows = [doc.v(["Цех (участок)", "№ источника", "Контролируемые вещества", "Периодичность", "Метод контроля"],
                  ["Цех (учаске)", "Көз №", "Бақыланатын заттар", "Кезеңділігі", "Бақылау әдісі"], [])]
    shop = doc.v("Основное производство", "Негізгі өндіріс", "")
    for k, s in enumerate(sources):
        word = doc.pick(WORDS[:3])
        codes = s.codes
        names = ", ".join(vocab.air(c, doc.lang, 1) for c in codes)
        rows.append([shop if k == 0 else None, s.number, names, freq(doc, word),
                     doc.v("инструментальный", "аспаптық", "") if s.organized else doc.v("расчетный", "есептік", "")])
        doc.add("monitoring", *(_mon({"source_number": s.number}, ("code", c), word) for c in codes))
        doc.add("emissions", *(emission(c, None, None, s.number) for c in codes))
    doc.table(doc.v("Таблица 4 – Производственный мониторинг на источниках выбросов", "4-кесте – Шығарынды көздеріндегі өндірістік мониторинг", ""),
              rows, [(1, 0, len(rows) - 1, 0)], role="monitoring")
    expect_sources(doc, sources)
    maybe_distractor(doc)


def monitoring_g3(doc: Doc) -> None:
    """Water monitoring with the medium merged down the first column, a point per row, its parameters in one cell,
    the frequency and the standard compared against."""
    opening(doc, "pek")
    rows = [doc.v(["Объект мониторинга", "Точка отбора", "Контролируемые показатели", "Периодичность", "Норматив"],
                  ["Мониторинг объектісі", "Сынама алу нүктесі", "Бақыланатын көрсеткіштер", "Кезеңділігі", "Норматив"],
                  ["Đối tượng", "Vị trí", "Thông số", "Tần suất", "Quy chuẩn so sánh"])]
    if doc.lang == "vi":
        groups = (("Nước thải", ("NT1", "NT2"), ("pH", "BOD5", "COD", "TSS", "NH4+", "TN"), "QCVN 40:2011/BTNMT, cột B"),
                  ("Nước dưới đất", ("NN1",), ("pH", "TDS", "NO3-", "Cl-", "Fe"), "QCVN 09-MT:2015/BTNMT"))
    else:
        groups = ((doc.v("Сточные воды", "Ағынды сулар", ""), ("Выпуск-1",), ("pH", "TSS", "BOD5", "COD", "TPH", "NH4+"),
                   doc.v("НДС", "ЖТН", "")),
                  (doc.v("Подземные воды", "Жерасты сулары", ""), ("Скв-1", "Скв-2"), ("pH", "TDS", "Cl-", "SO4", "NO3-", "TPH"),
                   doc.v("фоновые значения", "фондық мәндер", "")))
    merges = []
    for title, points, pool, norm in groups:
        start = len(rows)
        for point in points:
            word = doc.pick(WORDS[:3])
            params = sorted(doc.rng.sample(pool, 3), key=pool.index)
            rows.append([title if len(rows) == start else None, point, ", ".join(vocab.water(s, doc.lang) for s in params),
                         freq(doc, word), norm])
            doc.add("monitoring", *(_mon({"point": point}, ("symbol", s), word) for s in params))
        if len(rows) - 1 > start:
            merges.append((start, 0, len(rows) - 1, 0))
    doc.table(doc.v("Программа мониторинга водных ресурсов", "Су ресурстарының мониторингі бағдарламасы",
                    "Bảng 6. Chương trình giám sát môi trường nước"), rows, merges, role="monitoring")
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

COUNT = {"monthly": "12", "quarterly": "4", "semiannual": "2", "yearly": "1"}


def inspections_g1(doc: Doc) -> None:
    """A number-of-checks-per-year column before the frequency; a mark column left blank."""
    opening(doc, "pek")
    rows = [doc.v(["№", "Проверяемый объект", "Количество проверок в год", "Периодичность", "Ответственный за проведение",
                   "Отметка о выполнении"],
                  ["№", "Тексерілетін объект", "Жылына тексерулер саны", "Кезеңділігі", "Өткізуге жауапты", "Орындалуы туралы белгі"],
                  ["TT", "Đối tượng kiểm tra", "Số lần kiểm tra/năm", "Tần suất", "Người chịu trách nhiệm", "Ghi chú"])]
    for k, unit in enumerate(units(doc, 4), 1):
        word = doc.pick(WORDS)
        rows.append([str(k), unit, COUNT[word], freq(doc, word), doc.v("Инженер-эколог", "Инженер-эколог", "Cán bộ môi trường"), ""])
        doc.add("obligations", {"kind": "inspection", "frequency": word, "text_contains": unit})
    doc.table(doc.v("Таблица 9 – График проведения внутренних проверок", "9-кесте – Ішкі тексерулер жүргізу кестесі",
                    "Bảng 9. Lịch kiểm tra nội bộ"), rows, role="inspections")
    maybe_distractor(doc)


HEADS = {"ru": ("начальник котельной", "заведующий складом", "начальник цеха", "механик"),
         "kk": ("қазандық бастығы", "қойма меңгерушісі", "цех бастығы", "механик"),
         "vi": ("Quản đốc phân xưởng", "Thủ kho", "Trưởng ca vận hành", "Tổ trưởng cơ điện")}


def inspections_g2(doc: Doc) -> None:
    """In a regulation on internal control: a heading and a lead-in sentence, the unit, its head, the term, who checks."""
    opening(doc, "regulation", title=doc.v("Положение о производственном экологическом контроле",
                                           "Өндірістік экологиялық бақылау туралы ереже",
                                           "QUY CHẾ KIỂM TRA NỘI BỘ VỀ BẢO VỆ MÔI TRƯỜNG"))
    doc.h(doc.v("5. Порядок проведения внутренних проверок", "5. Ішкі тексерулер жүргізу тәртібі", "Điều 5. Kiểm tra nội bộ"))
    doc.p(doc.v("Внутренние проверки проводит служба охраны окружающей среды в следующие сроки:",
                "Ішкі тексерулерді қоршаған ортаны қорғау қызметі мына мерзімдерде жүргізеді:",
                "Phòng An toàn – Môi trường thực hiện kiểm tra nội bộ theo lịch sau:"))
    rows = [doc.v(["Подразделение", "Руководитель подразделения", "Сроки проверки", "Проверяющий"],
                  ["Бөлімше", "Бөлімше басшысы", "Тексеру мерзімі", "Тексеруші"],
                  ["Bộ phận", "Người phụ trách bộ phận", "Thời gian kiểm tra", "Người kiểm tra"])]
    for unit in units(doc, 4):
        word = doc.pick(WORDS)
        rows.append([unit, doc.pick(HEADS[doc.lang]), freq(doc, word), doc.v("главный эколог", "бас эколог", "Trưởng phòng HSE")])
        doc.add("obligations", {"kind": "inspection", "frequency": word, "text_contains": unit})
    doc.table(None, rows, role="inspections")


def inspections_g3(doc: Doc) -> None:
    """A deadline for the report of each check as an extra column after the frequency; a distractor after the table."""
    opening(doc, "pek")
    terms = doc.v(("в течение 5 рабочих дней", "в течение 3 рабочих дней", "до 10 числа следующего месяца"),
                  ("5 жұмыс күні ішінде", "3 жұмыс күні ішінде", "келесі айдың 10-на дейін"),
                  ("trong vòng 05 ngày làm việc", "trong vòng 03 ngày làm việc", "trước ngày 10 tháng sau"))
    rows = [doc.v(["№ п/п", "Подразделение (участок)", "Периодичность", "Срок представления акта проверки", "Примечание"],
                  ["№", "Бөлімше (учаске)", "Кезеңділігі", "Тексеру актісін ұсыну мерзімі", "Ескерту"],
                  ["STT", "Bộ phận (khu vực)", "Tần suất", "Thời hạn nộp biên bản kiểm tra", "Ghi chú"])]
    for k, unit in enumerate(units(doc, 4), 1):
        word = doc.pick(WORDS)
        rows.append([f"{k}.", unit, freq(doc, word), doc.pick(terms), ""])
        doc.add("obligations", {"kind": "inspection", "frequency": word, "text_contains": unit})
    doc.table(doc.v("Таблица 8.1 – План внутренних проверок", "8.1-кесте – Ішкі тексерулер жоспары", "Bảng 8.1. Kế hoạch kiểm tra nội bộ"),
              rows, role="inspections")
    distractor(doc, "approval")


# ---------------------------------------------------------------- tasks

VOLUME = {"ru": ("1 ед.", "1 договор", "25 чел.", "1 комплект", "2,5 га", "1 площадка", "1 отчет"),
          "kk": ("1 дана", "1 шарт", "25 адам", "1 жинақ", "2,5 га", "1 алаң", "1 есеп"),
          "vi": ("01 bộ", "01 hợp đồng", "25 người", "01 hệ thống", "2,5 ha", "01 kho", "01 báo cáo")}
FUNDS = {"ru": ("собственные средства", "бюджет предприятия"), "kk": ("меншікті қаражат", "кәсіпорын бюджеті"),
         "vi": ("Vốn tự có", "Ngân sách công ty")}


def tasks_g1(doc: Doc) -> None:
    """`№ | task | volume of work | term | executor | source of financing`."""
    opening(doc, "work_plan")
    rows = [doc.v(["№ п/п", "Наименование мероприятия", "Объем работ", "Срок выполнения", "Исполнитель", "Источник финансирования"],
                  ["№", "Іс-шараның атауы", "Жұмыс көлемі", "Орындау мерзімі", "Орындаушы", "Қаржыландыру көзі"],
                  ["STT", "Nội dung công việc", "Khối lượng", "Thời gian thực hiện", "Đơn vị thực hiện", "Nguồn kinh phí"])]
    for k, (text, when, who, *_) in enumerate(tasks(doc, 5), 1):
        rows.append([str(k), text, doc.pick(VOLUME[doc.lang]), when, who, doc.pick(FUNDS[doc.lang])])
        doc.add("obligations", task(str(k), text, who))
    doc.table(doc.v("Таблица 1 – План природоохранных мероприятий", "1-кесте – Табиғат қорғау іс-шараларының жоспары",
                    "Bảng 1. Kế hoạch thực hiện các công trình, biện pháp bảo vệ môi trường"), rows, role="tasks")
    maybe_distractor(doc)


def tasks_g2(doc: Doc) -> None:
    """The term split into start and end under a merged header; the responsible last."""
    opening(doc, "work_plan")
    start = doc.v("январь 2026 г.", "2026 ж. қаңтар", "01/2026")
    rows = [doc.v(["№", "Мероприятие", "Срок выполнения", None, "Ответственный"], ["№", "Іс-шара", "Орындау мерзімі", None, "Жауапты"],
                  ["TT", "Nội dung", "Thời gian thực hiện", None, "Đơn vị chủ trì"]),
            [None, None, doc.v("начало", "басталуы", "Bắt đầu"), doc.v("окончание", "аяқталуы", "Hoàn thành"), None]]
    for k, (text, when, who, *_) in enumerate(tasks(doc, 4), 1):
        rows.append([str(k), text, start, when, who])
        doc.add("obligations", task(str(k), text, who))
    doc.table(doc.v("План мероприятий по охране окружающей среды на 2026 год", "2026 жылға арналған қоршаған ортаны қорғау іс-шаралары жоспары",
                    "Kế hoạch bảo vệ môi trường năm 2026"), rows, [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 1, 4)], role="tasks")


def tasks_g3(doc: Doc) -> None:
    """Executor, then a `Контроль исполнения` column naming who oversees, then the term; numbers written `1.`."""
    opening(doc, "work_plan")
    control = doc.v(("Главный инженер", "Технический директор"), ("Бас инженер", "Техникалық директор"), ("Phó Giám đốc kỹ thuật", "Giám đốc"))
    doc.p(doc.v("Для выполнения требований экологического законодательства утвердить следующие мероприятия:",
                "Экологиялық заңнама талаптарын орындау үшін мына іс-шараларды бекіту:",
                "Để thực hiện các yêu cầu về bảo vệ môi trường, công ty triển khai các nhiệm vụ sau:"))
    rows = [doc.v(["№", "Содержание мероприятия", "Ответственный исполнитель", "Контроль исполнения", "Срок"],
                  ["№", "Іс-шараның мазмұны", "Жауапты орындаушы", "Орындалуын бақылау", "Мерзімі"],
                  ["STT", "Nội dung nhiệm vụ", "Đơn vị thực hiện", "Người giám sát", "Thời hạn"])]
    for k, (text, when, who, *_) in enumerate(tasks(doc, 4), 1):
        rows.append([f"{k}.", text, who, doc.pick(control), when])
        doc.add("obligations", task(str(k), text, who))
    doc.table(None, rows, role="tasks")
    maybe_distractor(doc)


LAYOUTS = [
    Layout(role, f"L{11 + k}", fn)
    for role, fns in (
        ("facility", (facility_g1, facility_g2, facility_g3)),
        ("emissions", (emissions_g1, emissions_g2, emissions_g3)),
        ("wastes", (wastes_g1, wastes_g2, wastes_g3)),
        ("limits", (limits_g1, limits_g2, limits_g3)),
        ("monitoring", (monitoring_g1, monitoring_g2, monitoring_g3)),
        ("inspections", (inspections_g1, inspections_g2, inspections_g3)),
        ("tasks", (tasks_g1, tasks_g2, tasks_g3)),
    )
    for k, fn in enumerate(fns, 1)
]
