"""The seventh blind set, part R (design documents, two layouts per role), measured blind once on
2026-12-04 with its three sibling parts (0.682 over 504 files together; this part 0.718), then tuned on
the same day, and so among the tuning layouts now.

The held-out part, continued (a seventh blind set, two layouts per role, `R1` and `R2`): never used
for tuning, written by someone who did not run the extractor on them.

Design documents of consultancies: reports on possible impacts (ОВОС / РООС), draft projects of
emission norms (НДВ, formerly ПДВ) and of discharge norms (НДС), draft ПЭК programmes, Vietnamese ĐTM
chapters and reports asking for a Giấy phép môi trường. Their tables are wide, carry a row of column
numbers under the header (`1 | 2 | 3 …`, VI `(1) | (2) …`), are continued over two parts
(`Продолжение таблицы 3.3`, `Окончание таблицы 7.3`, `3.3-кестенің жалғасы`, `Bảng 3.8 (tiếp theo)`),
group their rows by workshop, site or hạng mục, give several periods (строительство / эксплуатация,
giai đoạn thi công / vận hành, years) and totals and subtotals.

A continued table is one table of the document printed in two parts: the continuation repeats the
row of column numbers only (or, where said, the whole header), a cell merged down over the break is
written again at the top of the continuation, and `tables` expects the table once (the contract lists
tables "after page-split tables are joined").

Facility: a key–value card continued after the BIN, the KATO, OKED, category and coordinates in the
continuation; the customer and the consultancy that wrote the project side by side, the object's
lines merged across both. Emissions: the НДВ project's wide table of source parameters (gas-air
mixture under a merged header, г/с | мг/нм3 | т/год) under workshop group rows, continued (VI: a GPMT
report's stacks by hạng mục); rates by source and period, construction and operation as column groups,
sites as group rows with subtotals. Wastes: amounts per period as two columns with hazard groups and
subtotals; the calculation of amounts (unit, number of units, norm) by site, continued with the header
repeated. Limits: an НДС table with the existing position beside the norms (VI: domestic waste water
before and after treatment against QCVN 14 column B); dispersion results in shares of ПДК beside the
ПДК м.р. (VI: modelled Cmax beside QCVN 05 1-hour and 24-hour values). Monitoring: a programme with
one frequency column per period (a dash where a point is not sampled in that period); the НДВ
control plan at sources with an НМУ frequency and norms in г/с and мг/м3, continued (VI: automatic
continuous and periodic stack monitoring, continued). Inspections: checks grouped by site, continued;
one frequency column per period. Tasks: measures with the period merged down the first column,
continued mid-period (VI: an ĐTM environmental management programme with who carries out and who
supervises); a waste-management programme's plan under goal rows (VI: the list of environmental works
with their construction schedule by year and a total).

The words of each layout are in the text tables (RU, KK, VI); a header row is one string, its cells
between `|`, `^` for a cell a merge covers.
"""

from __future__ import annotations

import math

from . import vocab
from .common import Doc, freq, make_bin, make_msdn, maybe_distractor, num, rate
from .layouts_facility import facility
from .layouts_wastes import vn_wastes
from .limits_data import AIR_PDK, DISCHARGE, add, cell, limit
from .obligations_data import CHECKS, TASKS, task, units
from .registry import ROLES, Layout
from .sources_data import SOURCES, emission, expect_sources, pick_sources, rates, total

TEXT: dict[str, tuple[str, str, str]] = {}


def _t(doc: Doc, key: str) -> str:
    return TEXT[key][vocab.LANGS.index(doc.lang)]


def _list(doc: Doc, key: str) -> list[str]:
    return _t(doc, key).split("|")


def _cells(text: str) -> list[str | None]:
    return [None if x == "^" else x for x in text.split("|")]


def _row(doc: Doc, key: str) -> list[str | None]:
    """A header row of the text tables in the document's language."""
    return _cells(_t(doc, key))


def _numbers(doc: Doc, width: int) -> list[str]:
    """The row of column numbers under a header: `1 | 2 | 3` (VI: `(1) | (2) | (3)`)."""
    return [f"({k})" if doc.lang == "vi" else str(k) for k in range(1, width + 1)]


def _sig(x: float, digits: int = 3) -> float:
    return float(f"{x:.{digits}g}")


def _mon(loc: dict, key: tuple[str, str], frequency: str) -> dict:
    return {**loc, key[0]: key[1], "frequency": frequency}


def _no_value(item: dict | None) -> dict | None:
    """A limit whose row also gives a figure that is no measurement (an existing position, a forecast, a model
    result): the expectation leaves `value` out."""
    if item is not None:
        item.pop("value", None)
    return item


CONT = {"ru": ("Продолжение таблицы {n}", "Окончание таблицы {n}"), "kk": ("{n}-кестенің жалғасы", "{n}-кестенің соңы"),
        "vi": ("Bảng {n} (tiếp theo)",)}


def _continued(doc: Doc, number: str, caption: str | None, head: list, head_merges: list, body: list, body_merges: list,
               cut: int, role: str, repeat: bool = False) -> None:
    """A table printed in two parts: the first under its caption with the header and the row of column numbers,
    the second under `Продолжение таблицы N` with the column numbers only (the whole header again when `repeat`).
    Body merges are given in body rows; one that runs over the break is cut in two, its text written again at
    the top of the continuation. The document has one table: the second part is not expected in `tables`."""
    width = len(head[0])
    lead = [*head, _numbers(doc, width)]
    second_lead = lead if repeat else [lead[-1]]
    first, second = [list(r) for r in body[:cut]], [list(r) for r in body[cut:]]
    ma, mb = list(head_merges), list(head_merges) if repeat else []
    off_a, off_b = len(lead), len(second_lead)
    for r0, c0, r1, c1 in body_merges:
        if r1 < cut:
            ma.append((r0 + off_a, c0, r1 + off_a, c1))
        elif r0 >= cut:
            mb.append((r0 - cut + off_b, c0, r1 - cut + off_b, c1))
        else:
            if cut - 1 > r0 or c1 > c0:
                ma.append((r0 + off_a, c0, cut - 1 + off_a, c1))
            second[0][c0] = body[r0][c0]
            if r1 > cut or c1 > c0:
                mb.append((off_b, c0, r1 - cut + off_b, c1))
    doc.table(caption, lead + first, ma, role=role)
    doc.table(doc.pick(CONT[doc.lang]).format(n=number), second_lead + second, mb, role=role)
    doc.expected["tables"].pop()  # the continuation is the same table


def _cut(candidates: list[int], length: int) -> int:
    """The break nearest the middle among the rows a part may begin with."""
    return min((c for c in candidates if 0 < c < length), key=lambda c: (abs(2 * c - length), c))


# ---------------------------------------------------------------- documents

TEXT |= {
    "firm": ("ТОО «ЭкоПроект Консалтинг»|ТОО «КазЭкоАудит»|ТОО «Жасыл Жоба»",
             "«ЭкоЖоба Консалтинг» ЖШС|«ҚазЭкоАудит» ЖШС|«Жасыл Жоба» ЖШС",
             "Công ty TNHH Tư vấn Môi trường Sài Gòn Xanh|Công ty Cổ phần Tư vấn và Công nghệ Môi trường Hà Nội|"
             "Trung tâm Tư vấn Kỹ thuật Môi trường miền Nam"),
    "ovos.h": ("Отчет о возможных воздействиях на окружающую среду. Объект: {name}",
               "Қоршаған ортаға ықтимал әсерлер туралы есеп. Объект: {name}",
               "BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG CỦA DỰ ÁN “{name}”"),
    "ovos.p": ("Отчет подготовлен {firm} по заказу {operator} в соответствии с Инструкцией по организации и проведению "
               "экологической оценки.",
               "Есепті {operator} тапсырысы бойынша {firm} экологиялық бағалауды ұйымдастыру және жүргізу жөніндегі "
               "нұсқаулыққа сәйкес дайындады.",
               "Chủ dự án: {operator}. Đơn vị tư vấn lập báo cáo: {firm}."),
    "ndv.h": ("Проект нормативов допустимых выбросов загрязняющих веществ в атмосферный воздух на 2026–2035 годы. Объект: {name}",
              "2026–2035 жылдарға арналған атмосфералық ауаға ластаушы заттардың жол берілетін шығарындылары нормативтерінің "
              "жобасы. Объект: {name}",
              "BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG CỦA CƠ SỞ “{name}”"),
    "ndv.p": ("Проект разработан {firm} по договору с {operator} на основании материалов инвентаризации источников выбросов.",
              "Жобаны {operator} тапсырысы бойынша {firm} шығарындылар көздерін түгендеу материалдары негізінде әзірледі.",
              "Báo cáo do {operator} lập với sự tư vấn của {firm}."),
    "nds.h": ("Проект нормативов допустимых сбросов загрязняющих веществ со сточными водами на 2026–2035 годы. Объект: {name}",
              "2026–2035 жылдарға арналған ағынды сулармен ластаушы заттардың жол берілетін төгінділері нормативтерінің "
              "жобасы. Объект: {name}",
              "BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG CỦA DỰ ÁN “{name}”"),
    "nds.p": ("Проект разработан {firm} по заказу {operator}.", "Жобаны {operator} тапсырысы бойынша {firm} әзірледі.",
              "Chủ dự án: {operator}. Đơn vị tư vấn: {firm}."),
    "pek.h": ("Программа производственного экологического контроля на 2026–2035 годы (проект). Объект: {name}",
              "2026–2035 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы (жоба). Объект: {name}",
              "CHƯƠNG 5. CHƯƠNG TRÌNH QUẢN LÝ VÀ GIÁM SÁT MÔI TRƯỜNG – DỰ ÁN “{name}”"),
    "pek.p": ("Программа разработана {firm} для {operator} в составе проектной документации.",
              "Бағдарламаны {firm} жобалау құжаттамасының құрамында {operator} үшін әзірледі.",
              "Chương trình được {firm} xây dựng cho {operator} trong báo cáo đánh giá tác động môi trường."),
    "plan.h": ("Раздел 10. Мероприятия по охране окружающей среды. Объект: {name}",
               "10-бөлім. Қоршаған ортаны қорғау жөніндегі іс-шаралар. Объект: {name}",
               "CHƯƠNG 4. BIỆN PHÁP, CÔNG TRÌNH BẢO VỆ MÔI TRƯỜNG CỦA DỰ ÁN “{name}”"),
    "plan.p": ("Раздел подготовлен {firm} по заказу {operator}.", "Бөлімді {operator} тапсырысы бойынша {firm} дайындады.",
               "Chủ dự án: {operator}. Đơn vị tư vấn: {firm}."),
}  # fmt: skip


def _open(doc: Doc, kind: str, index: int | None = None) -> tuple[str, str, str]:
    """Writes the title and the lead sentence of a consultancy's document; returns (name, operator, firm)."""
    name, operator, _ = vocab.FACILITIES[doc.lang][doc.rng.randrange(6) if index is None else index]
    firm = doc.pick(_list(doc, "firm"))
    doc.h(_t(doc, f"{kind}.h").format(name=name))
    doc.p(_t(doc, f"{kind}.p").format(operator=operator, firm=firm))
    return name, operator, firm


TEXT |= {
    "team.caption": ("Список исполнителей", "Орындаушылар тізімі", "DANH SÁCH THÀNH VIÊN THAM GIA LẬP BÁO CÁO"),
    "team.head": ("Должность|Ф.И.О.|Разделы проекта|Подпись", "Лауазымы|Аты-жөні|Жоба бөлімдері|Қолы",
                  "Họ và tên|Học vị, chuyên ngành|Nội dung phụ trách|Chữ ký"),
    "team.rows": ("Директор|Искакова А.Б.|общее руководство|;Ведущий инженер-эколог|Петренко В.Н.|разделы 1–3, 5|;"
                  "Инженер-эколог|Нурланова Д.С.|раздел 4, приложения|",
                  "Директор|Ысқақова А.Б.|жалпы басшылық|;Жетекші инженер-эколог|Тілеубаев М.С.|1–3, 5-бөлімдер|;"
                  "Инженер-эколог|Нұрланова Д.С.|4-бөлім, қосымшалар|",
                  "Phạm Minh Tuấn|Thạc sĩ, Khoa học môi trường|Chủ trì, tổng hợp báo cáo|;"
                  "Đỗ Thu Hà|Kỹ sư, Kỹ thuật môi trường|Chương 1, 3|;Nguyễn Hoàng Nam|Cử nhân, Hóa phân tích|Chương 2, 5|"),
}  # fmt: skip


def _team(doc: Doc) -> None:
    """The list of the consultancy's people who wrote the document: a table of no role."""
    rows = [_row(doc, "team.head")] + [_cells(x) for x in _t(doc, "team.rows").split(";")]
    doc.table(_t(doc, "team.caption"), rows, role="other")


# ---------------------------------------------------------------- facility

OKED = {
    "07291": ("Добыча золотосодержащих руд", "Құрамында алтын бар кендерді өндіру"),
    "23511": ("Производство цемента", "Цемент өндірісі"),
    "52101": ("Складирование и хранение нефтепродуктов", "Мұнай өнімдерін қоймалау және сақтау"),
    "35301": ("Производство пара и горячей воды", "Бу және ыстық су өндірісі"),
    "01471": ("Разведение сельскохозяйственной птицы", "Ауыл шаруашылығы құстарын өсіру"),
}
OKED_OF = ("07291", "23511", "52101", "35301", "07291", "01471")  # the code that fits each facility of vocab.FACILITIES

TEXT |= {
    "f1.caption": ("Таблица 1.1 – Общие сведения о намечаемой деятельности",
                   "1.1-кесте – Белгіленіп отырған қызмет туралы жалпы мәліметтер",
                   "Bảng 1.1. Thông tin chung về dự án"),
    "f1.head": ("№ п/п|Наименование показателя|Значение", "Р/с №|Көрсеткіштің атауы|Мәні", "TT|Nội dung|Thông tin"),
    "f1.labels": ("Заказчик (инициатор намечаемой деятельности)|БИН заказчика|Наименование объекта|Юридический адрес заказчика|"
                  "Местоположение объекта|Код КАТО|Вид деятельности (ОКЭД)|Категория объекта|"
                  "Географические координаты центра площадки|Размер санитарно-защитной зоны|Сроки реализации",
                  "Тапсырыс беруші (белгіленіп отырған қызметтің бастамашысы)|Тапсырыс берушінің БСН|Объектінің атауы|"
                  "Тапсырыс берушінің заңды мекенжайы|Объектінің орналасқан жері|ҚАТО коды|Қызмет түрі (ЭҚЖЖ)|Объект санаты|"
                  "Алаң ортасының географиялық координаттары|Санитариялық-қорғау аймағының өлшемі|Іске асыру мерзімдері",
                  "Chủ dự án|Mã số doanh nghiệp|Tên dự án|Địa chỉ trụ sở chính|Địa điểm thực hiện dự án|-|-|Phân loại dự án|"
                  "Tọa độ địa lý tâm khu đất|Khoảng cách an toàn về môi trường|Tiến độ thực hiện"),
    # the operator's legal address, for each facility of vocab.FACILITIES
    "f1.legal": ("г. Караганда, ул. Ерубаева, 35|г. Тараз, ул. Толе би, 12|г. Уральск, пр. Евразия, 84|"
                 "г. Кокшетау, ул. Ауэзова, 7|г. Павлодар, ул. Торайгырова, 64|г. Алматы, пр. Абая, 150",
                 "Қарағанды қ., Ерубаев көшесі, 35|Ақтөбе қ., Абылай хан даңғылы, 52|Орал қ., Еуразия даңғылы, 84|"
                 "Талдықорған қ., Тәуелсіздік көшесі, 61|Ақсу қ., Пушкин көшесі, 10|Қарағанды қ., Бұқар жырау даңғылы, 47",
                 "Số 12 Lê Duẩn, phường Bến Nghé, TP. Hồ Chí Minh|Số 8 Nguyễn Huệ, phường 1, TP. Sa Đéc, tỉnh Đồng Tháp|"
                 "Số 45 Lý Thái Tổ, phường Suối Hoa, TP. Bắc Ninh|Số 20 đường 3A, KCN Nhơn Trạch 3, tỉnh Đồng Nai|"
                 "Số 5 Quang Trung, TP. Tuyên Quang|Số 102 Phú Riềng Đỏ, TP. Đồng Xoài, tỉnh Bình Phước"),
    "f1.category": ("{cat} категория (приложение 2 к Экологическому кодексу Республики Казахстан)",
                    "{cat} санат (Қазақстан Республикасы Экологиялық кодексінің 2-қосымшасы)",
                    "Dự án đầu tư nhóm {cat} (Phụ lục III Nghị định số 08/2022/NĐ-CP)"),
    "f1.szz": ("{m} м (класс {k})", "{m} м ({k} сынып)", "{m} m"),
    "f1.terms": ("строительство – 2026–2027 гг.; эксплуатация – с 2028 г.",
                 "құрылыс – 2026–2027 жж.; пайдалану – 2028 жылдан бастап",
                 "Xây dựng: quý I/2026 – quý IV/2026; vận hành thương mại: từ năm 2027"),
}  # fmt: skip


def facility_r1(doc: Doc) -> None:
    """A key–value card `№ | показатель | значение` over a row of column numbers, continued after the customer's
    BIN and address: the KATO, the OKED with its words, the category in a phrase and the coordinates are in the
    continuation (VI: MSDN, the project group and the coordinates)."""
    f = facility(doc)
    vi = doc.lang == "vi"
    f["oked"] = OKED_OF[f["i"]]
    _open(doc, "ovos", f["i"])
    m = doc.rng.choice((300, 500, 1000))
    oked = "" if vi else f"{f['oked']} – {OKED[f['oked']][0 if doc.lang == 'ru' else 1]}"
    values = [f["operator"], f["bin"], f["name"], _list(doc, "f1.legal")[f["i"]], f["address"], f["kato"], oked,
              _t(doc, "f1.category").format(cat=f["cat"]), f["dms"],
              _t(doc, "f1.szz").format(m=num(m, doc.lang), k={300: "III", 500: "II", 1000: "I"}[m]), _t(doc, "f1.terms")]
    pairs = [(a, b) for a, b in zip(_list(doc, "f1.labels"), values, strict=True) if a != "-"]
    body = [[f"{k}.", a, b] for k, (a, b) in enumerate(pairs, 1)]
    _continued(doc, "1.1", _t(doc, "f1.caption"), [_row(doc, "f1.head")], [], body, [], 4, "facility")
    out = {"bin": f["bin"], "name_contains": f["name"], "category": f["cat"], "lat": f["lat"], "lon": f["lon"]}
    if not vi:
        out.update(kato=f["kato"], oked=f["oked"])
    doc.add("facilities", out)
    maybe_distractor(doc)


TEXT |= {
    "f2.caption": ("Таблица 1 – Сведения о заказчике и разработчике проекта",
                   "1-кесте – Тапсырыс беруші және жобаны әзірлеуші туралы мәліметтер",
                   "Bảng 1.2. Thông tin về chủ dự án và đơn vị tư vấn"),
    "f2.head": ("Реквизиты|Заказчик (оператор объекта)|Разработчик проекта",
                "Деректемелер|Тапсырыс беруші (объект операторы)|Жобаны әзірлеуші",
                "Nội dung|Chủ dự án|Đơn vị tư vấn"),
    "f2.object": ("Объект нормирования|Местоположение объекта|Код КАТО|Категория объекта",
                  "Нормалау объектісі|Объектінің орналасқан жері|ҚАТО коды|Объект санаты",
                  "Tên dự án|Địa điểm thực hiện|-|Nhóm dự án"),
    "f2.labels": ("Наименование организации|БИН|Юридический адрес|Первый руководитель|Телефон|Лицензия",
                  "Ұйымның атауы|БСН|Заңды мекенжайы|Бірінші басшы|Телефоны|Лицензия",
                  "Tên đơn vị|Mã số doanh nghiệp|Địa chỉ liên hệ|Người đại diện theo pháp luật|Điện thoại|Giấy chứng nhận"),
    "f2.boss": ("Ахметов Б.К., генеральный директор|Ким С.В., директор|Омаров Т.К., управляющий директор",
                "Сейітов Н.Қ., бас директор|Жұмабеков Е.Т., директор|Әлиева Г.С., басқарушы директор",
                "Ông Nguyễn Văn Bình – Tổng Giám đốc|Bà Trần Thị Lan – Giám đốc|Ông Lê Quang Huy – Giám đốc"),
    "f2.firm_boss": ("Искакова А.Б., директор", "Ысқақова А.Б., директор", "Ông Phạm Minh Tuấn – Giám đốc"),
    "f2.firm_address": ("г. Алматы, ул. Жандосова, 58, офис 304", "Алматы қ., Жандосов көшесі, 58, 304-кеңсе",
                        "Số 86 Điện Biên Phủ, phường Đa Kao, TP. Hồ Chí Minh"),
    "f2.licence": ("Государственная лицензия № 01567Р от 14.06.2012 на выполнение работ и оказание услуг в области охраны "
                   "окружающей среды",
                   "Қоршаған ортаны қорғау саласында жұмыстарды орындауға және қызметтер көрсетуге 14.06.2012 ж. "
                   "№ 01567Р мемлекеттік лицензия",
                   "Giấy chứng nhận đủ điều kiện hoạt động dịch vụ quan trắc môi trường, mã số VIMCERTS 215"),
    "f2.category": ("{cat} категория", "{cat} санат", "Nhóm {cat}"),
    "f2.phones": ("+7 7212 41 06 33|+7 7172 55 20 14", "+7 7212 41 06 33|+7 7172 55 20 14", "0251 3836 112|0274 3742 905"),
    "f2.firm_phone": ("+7 727 292 44 10", "+7 727 292 44 10", "028 3910 2468"),
}  # fmt: skip


def facility_r2(doc: Doc) -> None:
    """The customer and the consultancy that wrote the project side by side, each with its own BIN (VI: MSDN);
    the object's lines (name, place, KATO, category) merged across both value columns; the list of the
    consultancy's people after it. Only the customer's site is a facility."""
    f = facility(doc)
    vi = doc.lang == "vi"
    _open(doc, "ndv", f["i"])
    rows, merges = [_row(doc, "f2.head")], []
    objects = [f["name"], f["address"], f["kato"], _t(doc, "f2.category").format(cat=f["cat"])]
    for label, value in zip(_list(doc, "f2.object"), objects, strict=True):
        if label == "-":
            continue
        rows.append([label, value, None])
        merges.append((len(rows) - 1, 1, len(rows) - 1, 2))
    firm_id = make_msdn(doc.rng) if vi else make_bin(doc.rng)
    customer = [f["operator"], f["bin"], _list(doc, "f1.legal")[f["i"]], doc.pick(_list(doc, "f2.boss")),
                doc.pick(_list(doc, "f2.phones")), "–"]
    firm = [doc.pick(_list(doc, "firm")), firm_id, _t(doc, "f2.firm_address"), _t(doc, "f2.firm_boss"),
            _t(doc, "f2.firm_phone"), _t(doc, "f2.licence")]
    rows += [list(x) for x in zip(_list(doc, "f2.labels"), customer, firm, strict=True)]
    doc.table(_t(doc, "f2.caption"), rows, merges, role="facility")
    out = {"bin": f["bin"], "name_contains": f["name"], "category": f["cat"]}
    if not vi:
        out["kato"] = f["kato"]
    doc.add("facilities", out)
    _team(doc)


# ---------------------------------------------------------------- emissions

# the workshop (RU, KK, VI) of each kind of source of sources_data.SOURCES
SHOP = (
    ("Котельная", "Қазандық", "Khu lò hơi"),
    ("Энергоучасток", "Энергетикалық учаске", "Khu máy phát điện dự phòng"),
    ("Дробильно-сортировочный участок", "Ұсату-сұрыптау учаскесі", "Khu nghiền, sàng"),
    ("Склад ГСМ", "ЖЖМ қоймасы", "Kho nhiên liệu"),
    ("Ремонтно-механический цех", "Жөндеу-механикалық цех", "Xưởng cơ khí, sơn"),
    ("Котельная", "Қазандық", "Khu lò hơi"),
    ("Ремонтно-механический цех", "Жөндеу-механикалық цех", "Xưởng cơ khí, sơn"),
    ("Дробильно-сортировочный участок", "Ұсату-сұрыптау учаскесі", "Khu nghiền, sàng"),
)


def _kind(doc: Doc, name: str) -> int:
    """The index in sources_data.SOURCES of a source picked by pick_sources."""
    i = vocab.LANGS.index(doc.lang)
    return next(k for k, x in enumerate(SOURCES) if x[0][i] == name)


def _by(doc: Doc, sources, key) -> dict:
    """Sources grouped by key(kind index), groups in the order they first come."""
    out: dict = {}
    for s in sources:
        out.setdefault(key(_kind(doc, s.name)), []).append(s)
    return out


TEXT |= {
    "e1.h0": ("№ источника|Наименование источника выброса|Высота источника, м|Диаметр устья, м|"
              "Параметры газовоздушной смеси на выходе из источника|^|^|Код ЗВ|Наименование загрязняющего вещества|"
              "Выброс загрязняющего вещества|^|^|Год достижения НДВ",
              "Көз №|Шығарынды көзінің атауы|Көздің биіктігі, м|Сағасының диаметрі, м|"
              "Көзден шығатын газ-ауа қоспасының параметрлері|^|^|ЛЗ коды|Ластаушы заттың атауы|"
              "Ластаушы заттың шығарындысы|^|^|ЖШН-ге қол жеткізу жылы",
              "TT|Nguồn thải|Chiều cao (m)|Đường kính miệng ống (m)|Lưu lượng khí thải (m3/h)|Nhiệt độ (°C)|Thông số|"
              "Nồng độ (mg/Nm3)|Tải lượng (g/s)|Tải lượng (tấn/năm)"),
    "e1.h1": ("^|^|^|^|скорость, м/с|объем, м3/с|температура, °С|^|^|г/с|мг/нм3|т/год|^",
              "^|^|^|^|жылдамдығы, м/с|көлемі, м3/с|температурасы, °С|^|^|г/с|мг/нм3|т/жыл|^", ""),
    "e1.group": ("Цех {n} «{shop}»", "{n}-цех «{shop}»", "Hạng mục {n}: {shop}"),
    "e1.caption": ("Таблица 3.3 – Параметры выбросов загрязняющих веществ в атмосферу для расчета нормативов допустимых выбросов",
                   "3.3-кесте – Жол берілетін шығарындылар нормативтерін есептеу үшін атмосфераға ластаушы заттар "
                   "шығарындыларының параметрлері",
                   "Bảng 3.8. Thông số các nguồn thải khí và tải lượng các chất ô nhiễm trong giai đoạn vận hành"),
    "e1.p": ("Параметры источников приняты по данным инвентаризации 2025 года; нормативы устанавливаются на уровне "
             "фактических выбросов с 2026 года.",
             "Көздердің параметрлері 2025 жылғы түгендеу деректері бойынша қабылданды; нормативтер 2026 жылдан бастап "
             "нақты шығарындылар деңгейінде белгіленеді.",
             "Thông số các nguồn thải khí của cơ sở khi đi vào vận hành ổn định được tổng hợp như sau:"),
}  # fmt: skip


def _gas(doc: Doc, kind: int, organized: bool, top: float) -> tuple[list[str], float | None]:
    """Height, mouth diameter, speed, volume and temperature of a source as written, and its volume in m3/s: sized
    so that its largest rate `top` (g/s) is a few hundred mg/m3, the speed 4–15 m/s."""
    if not organized:
        return [num(doc.rng.choice((2, 5)), doc.lang), "–", "–", "–", "–"], None
    volume = _sig(top * 1000 / doc.rng.uniform(250, 1400))
    diameter = max(0.1, round(math.sqrt(4 * volume / (math.pi * doc.rng.uniform(4, 15))) * 20) / 20)
    speed = round(volume / (math.pi * diameter * diameter / 4), 1)
    height = doc.rng.choice((30, 45)) if kind == 0 else doc.rng.choice((6, 8, 12, 15))
    temp = doc.rng.randint(140, 190) if kind in (0, 1) else doc.rng.randint(18, 35)
    return [num(height, doc.lang), num(diameter, doc.lang), num(speed, doc.lang), num(volume, doc.lang),
            num(temp, doc.lang)], volume


def emissions_r1(doc: Doc) -> None:
    """An НДВ project's wide table of source parameters: number, name, height, mouth diameter, the gas-air mixture
    (speed, volume, temperature) under a merged header, then code, substance and the discharge as `г/с | мг/нм3 |
    т/год`, the year the norm is reached; workshop group rows span the table, a source's parameters are merged over
    its substances; continued over two parts (VI: a GPMT report's stacks under hạng mục rows, the concentration
    in mg/Nm3 before the loads, the operation period in the caption)."""
    vi = doc.lang == "vi"
    _open(doc, "ndv")
    doc.p(_t(doc, "e1.p"))
    sources = pick_sources(doc, 5, min_codes=2)
    groups = _by(doc, sources, lambda k: SHOP[k][vocab.LANGS.index(doc.lang)])
    width = 10 if vi else 13
    body, merges, breaks, n = [], [], [], 0
    for g, (shop, members) in enumerate(groups.items(), 1):
        breaks.append(len(body))
        body.append([_t(doc, "e1.group").format(n=f"{g:02d}" if not vi else g, shop=shop)] + [None] * (width - 1))
        merges.append((len(body) - 1, 0, len(body) - 1, width - 1))
        for j, s in enumerate(members):
            if j:
                breaks.append(len(body))
            n += 1
            got = rates(doc, s.codes)
            params, volume = _gas(doc, _kind(doc, s.name), s.organized, max(x.g_s for x in got))
            if vi:  # flow in m3/h, temperature; no speed
                params = [params[0], params[1], num(round(volume * 3600), "vi") if volume else "–", params[4]]
            start = len(body)
            for x in got:
                first = len(body) == start
                conc = num(_sig(x.g_s * 1000 / volume), doc.lang) if volume else "–"
                if vi:
                    lead = [str(n), s.name, *params] if first else [None] * 6
                    body.append(lead + [vocab.air(x.code, "vi", doc.rng.randrange(2)), conc, *x.cells("vi")])
                    doc.add("emissions", emission(x.code, x.g_s, x.t_y, period="operation"))
                else:
                    lead = [s.number, s.name, *params] if first else [None] * 7
                    body.append(lead + [x.code, vocab.air(x.code, doc.lang), num(x.g_s, doc.lang), conc,
                                        num(x.t_y, doc.lang), "2026"])
                    doc.add("emissions", emission(x.code, x.g_s, x.t_y, s.number))
            if len(body) - 1 > start:
                merges += [(start, c, len(body) - 1, c) for c in range(6 if vi else 7)]
    if vi:
        head, head_merges = [_row(doc, "e1.h0")], []
    else:
        head = [_row(doc, "e1.h0"), _row(doc, "e1.h1")]
        head_merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 7, 8, 12)] + [(0, 4, 0, 6), (0, 9, 0, 11)]
    number = "3.8" if vi else "3.3"
    _continued(doc, number, _t(doc, "e1.caption"), head, head_merges, body, merges, _cut(breaks, len(body)), "emissions")
    if not vi:
        expect_sources(doc, sources)
    maybe_distractor(doc)


# where each kind of source stands (0: the main site, 1: the crushing site and stores) and when it emits
SITE = (0, 0, 1, 0, 0, 1, 0, 1)
PHASES = (("operation",), ("construction", "operation"), ("construction", "operation"), ("operation",), ("operation",),
          ("construction", "operation"), ("construction",), ("construction",))

TEXT |= {
    "e2.h0": ("№ ИЗА|Наименование источника|Код ЗВ|Наименование загрязняющего вещества|Период строительства (2026–2027 гг.)|^|"
              "Период эксплуатации (с 2028 г.)|^",
              "ЛШК №|Көздің атауы|ЛЗ коды|Ластаушы заттың атауы|Құрылыс кезеңі (2026–2027 жж.)|^|Пайдалану кезеңі (2028 жылдан)|^",
              "TT|Nguồn phát sinh|Thông số|Giai đoạn thi công|^|Giai đoạn vận hành|^"),
    "e2.h1": ("^|^|^|^|г/с|т/период|г/с|т/год", "^|^|^|^|г/с|т/кезең|г/с|т/жыл", "^|^|^|g/s|tấn/giai đoạn|g/s|tấn/năm"),
    "e2.sites": ("Площадка № 1 – промышленная площадка|Площадка № 2 – дробильно-сортировочный комплекс и склады",
                 "№ 1 алаң – өнеркәсіптік алаң|№ 2 алаң – ұсату-сұрыптау кешені мен қоймалар",
                 "Hạng mục 1: Khu nhà xưởng sản xuất|Hạng mục 2: Khu phụ trợ, kho bãi"),
    "e2.sub": ("Итого по площадке № {n}:", "№ {n} алаң бойынша жиыны:", "Cộng hạng mục {n}"),
    "e2.total": ("Всего по объекту:", "Объект бойынша барлығы:", "Tổng cộng"),
    "e2.caption": ("Таблица 4.2 – Выбросы загрязняющих веществ по источникам в периоды строительства и эксплуатации",
                   "4.2-кесте – Құрылыс және пайдалану кезеңдеріндегі көздер бойынша ластаушы заттар шығарындылары",
                   "Bảng 3.25. Tải lượng bụi, khí thải theo nguồn phát sinh trong giai đoạn thi công và vận hành"),
    "e2.p": ("Количественные характеристики выбросов определены расчетным методом по действующим методикам.",
             "Шығарындылардың сандық сипаттамалары қолданыстағы әдістемелер бойынша есептеу әдісімен анықталды.",
             "Tải lượng ô nhiễm được tính toán theo hệ số phát thải của Tổ chức Y tế Thế giới (WHO) và US EPA AP-42."),
}  # fmt: skip


def emissions_r2(doc: Doc) -> None:
    """Rates by source and period: construction (`т/период`) and operation (`т/год`) as column groups with `г/с`
    under each, a dash where a source does not work in a period; sites as group rows with a subtotal each and a
    total for the object; a row of column numbers (VI: named sources under hạng mục rows)."""
    vi = doc.lang == "vi"
    _open(doc, "ovos")
    doc.p(_t(doc, "e2.p"))
    sources = pick_sources(doc, 5, min_codes=1)
    groups = _by(doc, sources, lambda k: SITE[k])
    width = 7 if vi else 8
    rows = [_row(doc, "e2.h0"), _row(doc, "e2.h1"), _numbers(doc, width)]
    if vi:
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 0, 6)]
    else:
        merges = [(0, c, 1, c) for c in range(4)] + [(0, 4, 0, 5), (0, 6, 0, 7)]
    sites, grand, n = _list(doc, "e2.sites"), [[], [], [], []], 0
    for site in sorted(groups):
        rows.append([sites[site]] + [None] * (width - 1))
        merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))
        sums: list[list[float]] = [[], [], [], []]
        for s in groups[site]:
            n += 1
            phases = PHASES[_kind(doc, s.name)]
            got = {p: {x.code: x for x in rates(doc, s.codes)} for p in phases}
            start = len(rows)
            for code in s.codes:
                first = len(rows) == start
                cells = []
                for k, p in enumerate(("construction", "operation")):
                    if p in got:
                        x = got[p][code]
                        cells += x.cells(doc.lang)
                        sums[2 * k].append(x.g_s)
                        sums[2 * k + 1].append(x.t_y)
                        doc.add("emissions", emission(code, x.g_s, x.t_y, None if vi else s.number, period=p))
                    else:
                        cells += ["–", "–"]
                if vi:
                    lead = [str(n), s.name] if first else [None, None]
                    rows.append(lead + [vocab.air(code, "vi", 1), *cells])
                else:
                    lead = [s.number, s.name] if first else [None, None]
                    rows.append(lead + [code, vocab.air(code, doc.lang), *cells])
            if len(rows) - 1 > start:
                merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
        label = _t(doc, "e2.sub").format(n=site + 1)
        figures = [total(doc, v) if v else "–" for v in sums]
        rows.append(["", label, "", *figures] if vi else ["", label, "", "", *figures])
        grand = [a + b for a, b in zip(grand, sums, strict=True)]
    figures = [total(doc, v) if v else "–" for v in grand]
    rows.append(["", _t(doc, "e2.total"), "", *figures] if vi else ["", _t(doc, "e2.total"), "", "", *figures])
    doc.table(_t(doc, "e2.caption"), rows, merges, role="emissions")
    if not vi:
        expect_sources(doc, sources)
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

CONSTRUCTION_ONLY = {"17 09 04", "12 01 13"}
OPERATION_ONLY = {"19 08 14", "16 01 03", "16 06 01*"}

TEXT |= {
    "w1.h0": ("№ п/п|Наименование отхода|Код отхода|Уровень опасности|Объем образования, т|^|Способ обращения",
              "Р/с №|Қалдықтың атауы|Қалдық коды|Қауіптілік деңгейі|Түзілу көлемі, т|^|Жұмыс істеу тәсілі",
              "TT|Tên chất thải|Mã CTNH|Trạng thái tồn tại|Khối lượng phát sinh (kg)|^"),
    "w1.h1": ("^|^|^|^|период строительства (2026–2027 гг.)|период эксплуатации (за год)|^",
              "^|^|^|^|құрылыс кезеңі (2026–2027 жж.)|пайдалану кезеңі (жылына)|^",
              "^|^|^|^|Giai đoạn thi công|Giai đoạn vận hành (kg/năm)"),
    "w1.groups": ("Опасные отходы|Неопасные отходы", "Қауіпті қалдықтар|Қауіпті емес қалдықтар",
                  "I. Chất thải nguy hại|II. Chất thải rắn thông thường"),
    "w1.levels": ("опасные|неопасные", "қауіпті|қауіпті емес", ""),
    "w1.sub": ("Итого опасных отходов|Итого неопасных отходов", "Қауіпті қалдықтар бойынша жиыны|Қауіпті емес қалдықтар бойынша жиыны",
               "Cộng|Cộng"),
    "w1.total": ("Всего", "Барлығы", "Tổng cộng"),
    "w1.ways": ("передача специализированной организации по договору|временное хранение в контейнерах с последующим вывозом|"
                "вывоз на полигон ТБО",
                "шарт бойынша мамандандырылған ұйымға беру|контейнерлерде уақытша сақтап, кейін шығару|ҚТҚ полигонына шығару", ""),
    "w1.caption": ("Таблица 7.2 – Виды и объемы образования отходов в периоды строительства и эксплуатации",
                   "7.2-кесте – Құрылыс және пайдалану кезеңдеріндегі қалдықтардың түрлері мен түзілу көлемдері",
                   "Bảng 3.30. Khối lượng chất thải phát sinh trong giai đoạn thi công và giai đoạn vận hành"),
    "w1.vi_plain": ("", "", "Chất thải rắn xây dựng (đất đá thải, gạch vỡ, bê tông vụn)|Bao bì giấy, carton thải|"
                    "Phế liệu kim loại|Pallet gỗ hư hỏng"),
}  # fmt: skip


def wastes_r1(doc: Doc) -> None:
    """Amounts per period: tonnes for the whole construction period and tonnes a year of operation as two columns
    under a merged `Объем образования, т`, a dash where a waste does not form in a period; hazard group rows with a
    subtotal each and a total (VI: CTNH in kg for giai đoạn thi công and kg/năm for vận hành, ordinary wastes with no
    code in a group of their own)."""
    vi = doc.lang == "vi"
    _open(doc, "ovos")
    if vi:
        haz = vn_wastes(doc, 4)
        for w in haz:
            build = doc.rng.randint(2, 60) * 5 if doc.rng.random() < 0.6 else None
            w["amounts"] = (build if build != w["kg"] else build + 5, w["kg"])
        names = _list(doc, "w1.vi_plain")
        plain = [{"code": None, "name": names[0], "state": "Rắn", "hazardous": False,
                  "amounts": (doc.rng.randint(40, 900) * 100, None)}]
        for name in doc.rng.sample(names[1:], 2):
            plain.append({"code": None, "name": name, "state": "Rắn", "hazardous": False,
                          "amounts": (doc.rng.randint(5, 80) * 10 if doc.rng.random() < 0.5 else None,
                                      doc.rng.randint(10, 400) * 100)})
        width = 6
    else:
        picked = sorted(doc.rng.sample([w for w in vocab.LOW if w[0] != "01 01 02"], 7), key=lambda w: not w[0].endswith("*"))
        haz, plain = [], []
        for code, ru, kk in picked:
            hazardous = code.endswith("*")
            low, high = (0.005, 2.5) if hazardous else (0.5, 120)
            build = None if code in OPERATION_ONLY else rate(doc.rng, low, high, 3)
            run = None if code in CONSTRUCTION_ONLY else rate(doc.rng, low, high, 3)
            while run is not None and run == build:  # two periods, two amounts
                run = rate(doc.rng, low, high, 3)
            w = {"code": code, "name": ru if doc.lang == "ru" else kk, "hazardous": hazardous, "amounts": (build, run)}
            (haz if hazardous else plain).append(w)
        width = 7
    rows = [_row(doc, "w1.h0"), _row(doc, "w1.h1"), _numbers(doc, width)]
    merges = [(0, c, 1, c) for c in range(4)] + [(0, 4, 0, 5)] + ([] if vi else [(0, 6, 1, 6)])
    grand: list[list[float]] = [[], []]
    n = 0
    for label, sub, group in zip(_list(doc, "w1.groups"), _list(doc, "w1.sub"), (haz, plain), strict=True):
        if not group:
            continue
        rows.append([label] + [None] * (width - 1))
        merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))
        sums: list[list[float]] = [[], []]
        for w in group:
            n += 1
            amounts = [num(a, doc.lang) if a is not None else "–" for a in w["amounts"]]
            if vi:
                rows.append([str(n), w["name"], w["code"] or "–", w["state"], *amounts])
            else:
                level = _list(doc, "w1.levels")[0 if w["hazardous"] else 1]
                way = doc.pick(_list(doc, "w1.ways")[:2] if w["hazardous"] else _list(doc, "w1.ways")[1:])
                rows.append([str(n), w["name"], w["code"], level, *amounts, way])
            for k, a in enumerate(w["amounts"]):
                if a is None:
                    continue
                sums[k].append(a)
                t = a / 1000 if vi else a
                coded = w["code"] is not None
                code = (w["code"] + "*" if vi else w["code"]) if coded else None
                system = ("VN-CTNH" if vi else "LoW") if coded else None
                doc.add("wastes", {"code": code, "code_system": system, "hazardous": w["hazardous"], "amount_t": t,
                                   "name_contains": w["name"]})
        figures = [num(round(sum(v), 4), doc.lang) if v else "–" for v in sums]
        rows.append(["", sub, "", "", *figures] + ([] if vi else [""]))
        grand = [a + b for a, b in zip(grand, sums, strict=True)]
    rows.append(["", _t(doc, "w1.total"), "", "", *(num(round(sum(v), 4), doc.lang) if v else "–" for v in grand)]
                + ([] if vi else [""]))
    doc.table(_t(doc, "w1.caption"), rows, merges, role="wastes")
    maybe_distractor(doc)


# code: (RU unit, KK unit, norm in t per unit, low, high) — the calculation of a waste's amount
CALC = {
    "16 06 01*": ("шт.", "дана", 0.028, 4, 30),
    "13 02 05*": ("т масла", "т май", 0.25, 1, 24),
    "15 02 02*": ("т ветоши", "т шүберек", 1.27, 1, 12),
    "20 01 21*": ("шт.", "дана", 0.00025, 40, 400),
    "16 01 07*": ("шт.", "дана", 0.0012, 20, 160),
    "08 01 11*": ("т ЛКМ", "т ЛБМ", 0.05, 1, 30),
    "15 01 10*": ("т реагентов", "т реагенттер", 0.01, 5, 60),
    "20 03 01": ("чел.", "адам", 0.075, 20, 250),
    "12 01 13": ("т электродов", "т электродтар", 0.015, 1, 16),
    "16 01 03": ("шт.", "дана", 0.045, 8, 60),
    "17 04 05": ("т металла", "т металл", 0.02, 50, 600),
    "15 01 01": ("т сырья", "т шикізат", 0.002, 200, 2000),
    "01 01 02": ("тыс. м3", "мың м3", 2600, 2, 40),
    "17 09 04": ("м2", "м2", 0.05, 100, 2000),
    "19 08 14": ("тыс. м3 стоков", "мың м3 ағынды су", 0.12, 5, 80),
    "15 01 02": ("т сырья", "т шикізат", 0.003, 100, 1500),
}
CAMP = ("20 03 01", "20 01 21*", "15 01 01")  # what the shift camp produces

TEXT |= {
    "w2.head": ("№ п/п|Наименование отхода|Код отхода|Расчетная единица|Количество единиц|Норматив образования, т/ед.|"
                "Объем образования, т/год",
                "Р/с №|Қалдықтың атауы|Қалдық коды|Есептік бірлік|Бірліктер саны|Түзілу нормативі, т/бірл.|Түзілу көлемі, т/жыл",
                "TT|Loại chất thải|Phân loại|Mã CTNH|Cơ sở tính toán|Khối lượng (kg/năm)"),
    "w2.sites": ("Промплощадка № 1 (рудник)|Вахтовый поселок", "№ 1 өнеркәсіптік алаң (кеніш)|Вахталық кент",
                 "Hạng mục 1: Nhà xưởng sản xuất|Hạng mục 2: Khu văn phòng, nhà ăn"),
    "w2.sub": ("Итого по площадке:", "Алаң бойынша жиыны:", "Cộng hạng mục"),
    "w2.total": ("Всего по объекту:", "Объект бойынша барлығы:", "Tổng cộng"),
    "w2.caption": ("Таблица 7.3 – Расчет объемов образования отходов производства и потребления",
                   "7.3-кесте – Өндіріс және тұтыну қалдықтарының түзілу көлемдерін есептеу",
                   "Bảng 3.22. Dự báo khối lượng chất thải rắn phát sinh theo hạng mục công trình"),
    "w2.p": ("Объемы образования отходов определены расчетным путем по удельным нормативам образования.",
             "Қалдықтардың түзілу көлемдері меншікті түзілу нормативтері бойынша есептеу жолымен анықталды.",
             "Khối lượng chất thải được dự báo trên cơ sở quy mô lao động, công suất sản xuất và số liệu của các nhà máy tương tự."),
    "w2.classes": ("", "", "CTR sinh hoạt|CTR công nghiệp thông thường|CTNH"),
    "w2.vi_basis": ("", "", "{q} người × 0,8 kg/người/ngày × 300 ngày|Theo định mức 0,5% khối lượng nguyên liệu|"
                    "Theo số liệu của nhà máy tương tự"),
}  # fmt: skip


def wastes_r2(doc: Doc) -> None:
    """The calculation of amounts: the unit of calculation, the number of units and the norm of formation before the
    amount in t/year, sites as group rows with a subtotal each (the same waste may form on both), continued over two
    parts with the whole header repeated (VI: hạng mục rows, a classification column, the basis of the forecast in
    words, kg/năm)."""
    vi = doc.lang == "vi"
    _open(doc, "ovos")
    doc.p(_t(doc, "w2.p"))
    sites = _list(doc, "w2.sites")
    width = 6 if vi else 7
    body, merges, breaks, n = [], [], [], 0
    grand: list[float] = []
    if vi:
        classes, basis = _list(doc, "w2.classes"), _list(doc, "w2.vi_basis")
        camp_haz = [w for w in vocab.VN_CTNH if w[0] in ("16 01 06", "08 02 04")]
        plant_haz = doc.rng.sample([w for w in vocab.VN_CTNH if w not in camp_haz], 3)
        plan = [[(x, classes[1]) for x in doc.rng.sample(vocab.VN_ORDINARY[:4], 2)] + [(w, classes[2]) for w in plant_haz],
                [("Chất thải rắn sinh hoạt", classes[0])] + [(w, classes[2]) for w in camp_haz]]
    else:
        camp = {w[0]: w for w in vocab.LOW if w[0] in CAMP}
        plant = doc.rng.sample([w for w in vocab.LOW if w[0] not in ("20 03 01", "15 01 01")], 4)
        plan = [sorted(plant, key=lambda w: not w[0].endswith("*")),
                [camp[CAMP[0]], camp[doc.rng.choice(CAMP[1:])]]]
    for site, group in zip(sites, plan, strict=True):
        breaks.append(len(body))
        body.append([site] + [None] * (width - 1))
        merges.append((len(body) - 1, 0, len(body) - 1, width - 1))
        amounts = []
        for entry in group:
            n += 1
            if vi:
                item, kind = entry
                if kind == classes[2]:
                    code, name, _ = item
                    kg = doc.rng.randint(2, 120) * 10
                    how = basis[2]
                    w = {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True}
                else:
                    name, code = item, None
                    if kind == classes[0]:
                        q = doc.rng.randint(30, 250)
                        kg = round(q * 0.8 * 300)
                        how = basis[0].format(q=num(q, "vi"))
                    else:
                        kg = doc.rng.randint(20, 600) * 50
                        how = basis[1]
                    w = {"code": None, "code_system": None, "hazardous": False}
                body.append([str(n), name, kind, code or "–", how, num(kg, "vi")])
                amounts.append(kg)
                doc.add("wastes", {**w, "amount_t": kg / 1000, "name_contains": name})
                continue
            code, ru, kk = entry
            unit_ru, unit_kk, norm, low, high = CALC[code]
            q = doc.rng.randint(low, high)
            if norm >= 1 and code != "01 01 02":  # a mass of material: tenths of a tonne
                q = q / 10
            t = _sig(q * norm, 6)
            name = ru if doc.lang == "ru" else kk
            body.append([str(n), name, code, unit_ru if doc.lang == "ru" else unit_kk, num(q, doc.lang), num(norm, doc.lang),
                         num(t, doc.lang)])
            amounts.append(t)
            doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t,
                               "name_contains": name})
        total_cell = num(round(sum(amounts), 3 if not vi else 0), doc.lang)
        body.append(["", _t(doc, "w2.sub")] + [""] * (width - 3) + [total_cell])
        grand += amounts
    body.append(["", _t(doc, "w2.total")] + [""] * (width - 3) + [num(round(sum(grand), 3 if not vi else 0), doc.lang)])
    number = "3.22" if vi else "7.3"
    _continued(doc, number, _t(doc, "w2.caption"), [_row(doc, "w2.head")], [], body, merges, breaks[1], "wastes",
               repeat=True)
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

# symbol: limit, mg/l — QCVN 14:2008/BTNMT, domestic waste water, column B
QCVN14B = {"pH": (5, 9), "BOD5": 50, "TSS": 100, "TDS": 1000, "S2-": 4, "NH4+": 10, "NO3-": 50, "Surfactants": 10}
# symbol: (before, after) treatment, mg/l — what the consultancy forecasts for domestic waste water
QCVN14_FORECAST = {"BOD5": (220, 32), "TSS": (200, 45), "TDS": (480, 390), "S2-": (6.5, 1.2), "NH4+": (38, 6.4),
                   "NO3-": (12, 28), "Surfactants": (8.5, 2.1)}

TEXT |= {
    "l1.h0": ("№ п/п|Наименование показателя|Существующее положение (2025 г.)|^|^|^|"
              "Нормативы допустимых сбросов на 2026–2035 гг.|^|^|^|Год достижения НДС",
              "Р/с №|Көрсеткіштің атауы|Қазіргі жағдай (2025 ж.)|^|^|^|2026–2035 жж. жол берілетін төгінділер нормативтері|^|^|^|"
              "ЖТН-ге қол жеткізу жылы",
              "TT|Thông số|Đơn vị|Nồng độ trước xử lý|Nồng độ sau xử lý|Hiệu suất xử lý (%)|QCVN 14:2008/BTNMT (Cột B)"),
    "l1.h1": ("^|^|расход сточных вод, м3/ч|концентрация, мг/дм3|сброс, г/ч|сброс, т/год|расход сточных вод, м3/ч|"
              "допустимая концентрация, мг/дм3|сброс, г/ч|сброс, т/год|^",
              "^|^|ағынды сулар шығыны, м3/сағ|концентрациясы, мг/дм3|төгінді, г/сағ|төгінді, т/жыл|ағынды сулар шығыны, м3/сағ|"
              "жол берілетін концентрациясы, мг/дм3|төгінді, г/сағ|төгінді, т/жыл|^", ""),
    "l1.total": ("Итого по выпуску № 1", "№ 1 шығарылым бойынша жиыны", ""),
    "l1.p": ("Выпуск № 1 – сброс очищенных хозяйственно-бытовых и производственных сточных вод в пруд-испаритель "
             "после очистных сооружений, режим сброса круглогодичный ({h} ч/год).",
             "№ 1 шығарылым – тазарту құрылыстарынан кейін тазартылған шаруашылық-тұрмыстық және өндірістік ағынды суларды "
             "буландырғыш тоғанға төгу, төгу режимі жыл бойы ({h} сағ/жыл).",
             "Nước thải sinh hoạt của dự án được xử lý tại trạm xử lý công suất 50 m3/ngày.đêm, đạt QCVN 14:2008/BTNMT, "
             "cột B trước khi đấu nối vào hệ thống thu gom nước thải của khu công nghiệp."),
    "l1.caption": ("Таблица 5.2 – Нормативы допустимых сбросов загрязняющих веществ по выпуску № 1",
                   "5.2-кесте – № 1 шығарылым бойынша ластаушы заттардың жол берілетін төгінділерінің нормативтері",
                   "Bảng 3.14. Nồng độ các chất ô nhiễm trong nước thải sinh hoạt trước và sau hệ thống xử lý"),
}  # fmt: skip


def limits_r1(doc: Doc) -> None:
    """An НДС project's table: the existing position (flow, concentration, г/ч, т/год) beside the norms for 2026–2035
    (flow, allowed concentration, г/ч, т/год) under merged headers, the flows merged down, the year the norm is
    reached, a row of column numbers and a total (VI: domestic waste water before and after treatment, the
    efficiency, QCVN 14 column B last). The concentrations of the existing position are no limits."""
    vi = doc.lang == "vi"
    _open(doc, "nds")
    hours = 8760
    doc.p(_t(doc, "l1.p").format(h=num(hours, doc.lang)))
    if vi:
        keys = ["pH", *sorted(doc.rng.sample(sorted(QCVN14_FORECAST), 5), key=list(QCVN14B).index)]
        rows = [_row(doc, "l1.h0"), _numbers(doc, 7)]
        for k, s in enumerate(keys, 1):
            lim = QCVN14B[s]
            if s == "pH":
                rows.append([str(k), vocab.water(s, "vi"), "-", "6,8", "7,2", "-", cell(doc, lim, to=" – ")])
            else:
                before, after = QCVN14_FORECAST[s]
                share = "-" if after > before else num(round(100 * (before - after) / before), "vi")
                rows.append([str(k), vocab.water(s, "vi"), "mg/l", num(before, "vi"), num(after, "vi"), share, cell(doc, lim)])
            add(doc, _no_value(limit(("symbol", s), "waste_water", lim, "mg/l", "B")))
        doc.table(_t(doc, "l1.caption"), rows, role="limits")
        maybe_distractor(doc)
        return
    flow = doc.rng.choice((12.5, 18, 25, 40))
    keys = ["pH", *sorted(doc.rng.sample([k for k in DISCHARGE if k != "pH"], 5), key=list(DISCHARGE).index)]
    rows = [_row(doc, "l1.h0"), _row(doc, "l1.h1"), _numbers(doc, 11)]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 5), (0, 6, 0, 9), (0, 10, 1, 10)]
    start, tonnes = len(rows), [[], []]
    for k, s in enumerate(keys, 1):
        dk = DISCHARGE[s]
        first = len(rows) == start
        q = num(flow, doc.lang) if first else None
        if isinstance(dk, tuple):
            now, norm, year = ["7,6", "–", "–"], [cell(doc, dk), "–", "–"], "2026"
        else:
            actual = _sig(dk * doc.rng.uniform(0.4, 1.3), 2)
            g_now, g_norm = _sig(actual * flow), _sig(dk * flow)
            t_now, t_norm = _sig(g_now * hours / 1e6), _sig(g_norm * hours / 1e6)
            tonnes[0].append(t_now)
            tonnes[1].append(t_norm)
            now = [num(actual, doc.lang), num(g_now, doc.lang), num(t_now, doc.lang)]
            norm = [num(dk, doc.lang), num(g_norm, doc.lang), num(t_norm, doc.lang)]
            year = "2027" if actual > dk else "2026"
        rows.append([str(k), vocab.water(s, doc.lang), q, *now, q, *norm, year])
        add(doc, _no_value(limit(("symbol", s), "waste_water", dk, "mg/l")))
    merges += [(start, 2, len(rows) - 1, 2), (start, 6, len(rows) - 1, 6)]
    rows.append(["", _t(doc, "l1.total"), "", "", "", total(doc, tonnes[0]), "", "", "", total(doc, tonnes[1]), ""])
    doc.table(_t(doc, "l1.caption"), rows, merges, role="limits")
    maybe_distractor(doc)


# code: (1 hour, 24 hours), µg/m3 — QCVN 05:2013/BTNMT; None: the standard gives no value for that time
QCVN05 = {"2902": (300, 200), "0330": (350, 125), "0301": (200, 100), "0337": (30000, None)}

TEXT |= {
    "l2.h0": ("Код ЗВ|Наименование загрязняющего вещества|ПДК м.р., мг/м3|Класс опасности|"
              "Расчетная максимальная приземная концентрация, доли ПДК|^|^|^",
              "ЛЗ коды|Ластаушы заттың атауы|ШЖК м.б., мг/м3|Қауіптілік сыныбы|"
              "Жер бетіндегі есептік ең жоғары концентрация, ШЖК үлесімен|^|^|^",
              "TT|Thông số|Nồng độ lớn nhất Cmax (µg/m3)|^|QCVN 05:2013/BTNMT (µg/m3)|^"),
    "l2.h1": ("^|^|^|^|на границе СЗЗ|^|в жилой зоне|^", "^|^|^|^|СҚА шекарасында|^|тұрғын аймақта|^",
              "^|^|Giai đoạn thi công|Giai đoạn vận hành|Trung bình 1 giờ|Trung bình 24 giờ"),
    "l2.h2": ("^|^|^|^|строительство|эксплуатация|строительство|эксплуатация",
              "^|^|^|^|құрылыс|пайдалану|құрылыс|пайдалану", ""),
    "l2.group": ("Группа суммации: 0301 + 0330", "Қосындылау тобы: 0301 + 0330", ""),
    "l2.p": ("Расчет рассеивания выполнен по программному комплексу «ЭРА» v3.0 на летний период с учетом фоновых концентраций.",
             "Шашырауды есептеу «ЭРА» v3.0 бағдарламалық кешені бойынша фондық концентрацияларды ескере отырып жазғы кезеңге "
             "орындалды.",
             "Nồng độ các chất ô nhiễm trong không khí được tính toán bằng mô hình AERMOD cho các điều kiện khí tượng bất lợi."),
    "l2.after": ("Превышений ПДК на границе санитарно-защитной зоны и в жилой зоне не ожидается.",
                 "Санитариялық-қорғау аймағының шекарасында және тұрғын аймақта ШЖК асып кетуі күтілмейді.",
                 "Kết quả cho thấy nồng độ các chất ô nhiễm đều nằm trong giới hạn cho phép của QCVN 05:2013/BTNMT."),
    "l2.caption": ("Таблица 3.9 – Результаты расчета рассеивания загрязняющих веществ в приземном слое атмосферы",
                   "3.9-кесте – Атмосфераның жер бетіндегі қабатында ластаушы заттардың шашырауын есептеу нәтижелері",
                   "Bảng 3.18. Kết quả mô hình hóa nồng độ các chất ô nhiễm trong không khí xung quanh"),
}  # fmt: skip


def limits_r2(doc: Doc) -> None:
    """Dispersion results of an ОВОС: the ПДК м.р. and the hazard class before the calculated maximum ground-level
    concentrations in shares of ПДК, at the boundary of the protection zone and in the residential zone, for
    construction and for operation (a four-row header with the column numbers), a summation-group row with no ПДК
    (VI: modelled Cmax in µg/m3 for the two periods beside QCVN 05 1-hour and 24-hour values, a dash where the
    standard gives none). The calculated concentrations are no measurements."""
    vi = doc.lang == "vi"
    _open(doc, "ovos")
    doc.p(_t(doc, "l2.p"))
    if vi:
        codes = ["2902", "0330", "0301"] + (["0337"] if doc.rng.random() < 0.6 else [])
        rows = [_row(doc, "l2.h0"), _row(doc, "l2.h1"), _numbers(doc, 6)]
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 0, 5)]
        for k, code in enumerate(codes, 1):
            hour, day = QCVN05[code]
            model = [num(_sig(hour * doc.rng.uniform(0.05, 0.6), 3), "vi") for _ in range(2)]
            rows.append([str(k), vocab.air(code, "vi", 1), *model, num(hour, "vi"), cell(doc, day)])
            add(doc, _no_value(limit(("code", code), "air", hour, "µg/m3", "Trung bình 1 giờ")),
                _no_value(limit(("code", code), "air", day, "µg/m3", "Trung bình 24 giờ")))
        doc.table(_t(doc, "l2.caption"), rows, merges, role="limits")
        doc.p(_t(doc, "l2.after"))
        return
    pool = ["0301", "0304", "0330", "0337", "2908", "0328", "0333", "0602"]
    codes = sorted(doc.rng.sample(pool, 5), key=pool.index)
    rows = [_row(doc, "l2.h0"), _row(doc, "l2.h1"), _row(doc, "l2.h2"), _numbers(doc, 8)]
    merges = [(0, c, 2, c) for c in range(4)] + [(0, 4, 0, 7), (1, 4, 1, 5), (1, 6, 1, 7)]
    label = doc.v("м.р.", "м.б.", "")
    for code in codes:
        mr = AIR_PDK[code][0]
        shares = [num(_sig(doc.rng.uniform(0.01, 0.9), 2), doc.lang) for _ in range(4)]
        rows.append([code, vocab.air(code, doc.lang), num(mr, doc.lang), str(vocab.hazard(code) or "–"), *shares])
        add(doc, _no_value(limit(("code", code), "air", mr, "mg/m3", label)))
    if "0301" in codes and "0330" in codes:
        shares = [num(_sig(doc.rng.uniform(0.2, 0.95), 2), doc.lang) for _ in range(4)]
        rows.append(["31", _t(doc, "l2.group"), "–", "–", *shares])
    doc.table(_t(doc, "l2.caption"), rows, merges, role="limits")
    doc.p(_t(doc, "l2.after"))
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring

TEXT |= {
    "m1.h0": ("Компонент окружающей среды|Шифр точки|Местоположение точки контроля|Контролируемые параметры|"
              "Периодичность контроля|^|Метод контроля",
              "Қоршаған орта компоненті|Нүкте шифры|Бақылау нүктесінің орналасқан жері|Бақыланатын параметрлер|"
              "Бақылау кезеңділігі|^|Бақылау әдісі",
              "Thành phần môi trường|Ký hiệu|Vị trí giám sát|Thông số giám sát|Tần suất giám sát|^|Quy chuẩn so sánh"),
    "m1.h1": ("^|^|^|^|в период строительства|в период эксплуатации|^", "^|^|^|^|құрылыс кезеңінде|пайдалану кезеңінде|^",
              "^|^|^|^|Giai đoạn thi công|Giai đoạn vận hành|^"),
    "m1.media": ("Атмосферный воздух|Поверхностные воды|Почвы", "Атмосфералық ауа|Жерүсті сулары|Топырақ",
                 "Không khí xung quanh|Nước mặt|Đất"),
    "m1.places": ("граница СЗЗ, север|граница СЗЗ, юг|строительная площадка;р. Нура, 500 м выше выпуска|"
                  "р. Нура, 500 м ниже выпуска;территория строительной площадки|граница СЗЗ, восток",
                  "СҚА шекарасы, солтүстік|СҚА шекарасы, оңтүстік|құрылыс алаңы;Нұра өзені, шығарылымнан 500 м жоғары|"
                  "Нұра өзені, шығарылымнан 500 м төмен;құрылыс алаңының аумағы|СҚА шекарасы, шығыс",
                  "Cổng chính dự án|Khu dân cư cuối hướng gió, cách 300 m|Khu vực công trường;Suối Cạn, thượng lưu điểm xả 100 m|"
                  "Suối Cạn, hạ lưu điểm xả 100 m;Khu vực lán trại công nhân|Khu vực kho chứa chất thải"),
    "m1.codes": ("А-1|А-2|А-3;В-1|В-2;П-1|П-2", "А-1|А-2|А-3;С-1|С-2;Т-1|Т-2", "KK1|KK2|KK3;NM1|NM2;Đ1|Đ2"),
    "m1.methods": ("инструментальный (передвижная лаборатория)|лабораторный (аккредитованная лаборатория)|лабораторный",
                   "аспаптық (жылжымалы зертхана)|зертханалық (аккредиттелген зертхана)|зертханалық",
                   "QCVN 05:2013/BTNMT|QCVN 08-MT:2015/BTNMT, cột B1|QCVN 03-MT:2015/BTNMT"),
    "m1.caption": ("Таблица 8.1 – Программа мониторинга воздействия на период строительства и эксплуатации",
                   "8.1-кесте – Құрылыс және пайдалану кезеңіне арналған әсер мониторингінің бағдарламасы",
                   "Bảng 5.2. Chương trình giám sát môi trường trong giai đoạn thi công và giai đoạn vận hành"),
}  # fmt: skip


def monitoring_r1(doc: Doc) -> None:
    """A programme with one frequency column per period under a merged `Периодичность контроля`: a point may be
    sampled more often while building, or in one period only (a dash in the other); the medium merged down the
    first column, the point's code in its own column, its parameters in one cell, a row of column numbers."""
    vi = doc.lang == "vi"
    _open(doc, "pek")
    media, methods = _list(doc, "m1.media"), _list(doc, "m1.methods")
    places = [x.split("|") for x in _t(doc, "m1.places").split(";")]
    codes = [x.split("|") for x in _t(doc, "m1.codes").split(";")]
    air_pool = ["2902", "0330", "0301", "0337"] if vi else ["0301", "0330", "0337", "0304", "0328"] + ([] if doc.lang == "kk" else ["2908"])
    pools = [("code", air_pool), ("symbol", ["pH", "TSS", "BOD5", "COD", "NH4+", "TPH"] if vi else ["pH", "TSS", "BOD5", "NH4+", "TPH", "NO3-"]),
             ("symbol", ["As", "Cd", "Pb", "Cu", "Zn"] if vi else ["Pb", "Zn", "Cu", "Cd", "TPH"])]
    # (construction, operation) choices per medium; None is a dash
    plans = [(("monthly", "quarterly"), ("quarterly", "semiannual")), (("quarterly",), ("quarterly", "semiannual", "monthly")),
             (("yearly", "semiannual"), ("yearly",))]
    body, merges, seen = [], [], set()
    for m, (medium, (key, pool), (build, run)) in enumerate(zip(media, pools, plans, strict=True)):
        start = len(body)
        for p, (code, place) in enumerate(zip(codes[m], places[m], strict=True)):
            words = [doc.pick(build), doc.pick(run)]
            if m == 0 and p == 2:
                words[1] = None  # the building site is not sampled once it is built
            if m == 2 and p == 1:
                words[0] = None  # nor the boundary of the finished site while building
            picked = sorted(doc.rng.sample(pool, 3 if m else 4), key=pool.index)
            if key == "code":
                names = [vocab.air(c, doc.lang, 1 if (vi or c == "2908") else 0) for c in picked]
            elif m == 1:
                names = [vocab.water(s, doc.lang) for s in picked]
            else:
                names = [vocab.soil(s, doc.lang) for s in picked]
            said = [freq(doc, w) if w else "–" for w in words]
            body.append([medium if len(body) == start else None, code, place, ", ".join(names), *said,
                         methods[m] if len(body) == start else None])
            for w in words:
                for x in picked:
                    if w and (code, x, w) not in seen:
                        seen.add((code, x, w))
                        doc.add("monitoring", _mon({"point_contains": code}, (key, x), w))
        merges += [(start, 0, len(body) - 1, 0), (start, 6, len(body) - 1, 6)]
    head = [_row(doc, "m1.h0"), _row(doc, "m1.h1"), _numbers(doc, 7)]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 6)] + [(0, 4, 0, 5)] + [(r + 3, c0, r1 + 3, c1) for r, c0, r1, c1 in merges]
    doc.table(_t(doc, "m1.caption"), head + body, merges, role="monitoring")
    maybe_distractor(doc)


TEXT |= {
    "m2.h0": ("№ источника|Производство, цех, участок|Контролируемое вещество|Периодичность контроля|"
              "Периодичность контроля в периоды НМУ|Норматив допустимых выбросов|^|Кем осуществляется контроль|"
              "Методика проведения контроля",
              "Көз №|Өндіріс, цех, учаске|Бақыланатын зат|Бақылау кезеңділігі|ҚМЖ кезеңдеріндегі бақылау кезеңділігі|"
              "Жол берілетін шығарындылар нормативі|^|Бақылауды кім жүзеге асырады|Бақылау жүргізу әдістемесі",
              "TT|Vị trí quan trắc|Ký hiệu|Thông số quan trắc|Tần suất quan trắc|Quy chuẩn so sánh"),
    "m2.h1": ("^|^|^|^|^|г/с|мг/м3|^|^", "^|^|^|^|^|г/с|мг/м3|^|^", ""),
    "m2.nmu": ("1 раз в сутки", "тәулігіне 1 рет", ""),
    "m2.who": ("аккредитованная лаборатория|эколог предприятия", "аккредиттелген зертхана|кәсіпорын экологы", ""),
    "m2.how": ("инструментальный|расчетный", "аспаптық|есептік", ""),
    "m2.caption": ("Таблица 3.10 – План-график контроля на предприятии за соблюдением нормативов допустимых выбросов "
                   "на источниках выбросов",
                   "3.10-кесте – Кәсіпорында шығарынды көздеріндегі жол берілетін шығарындылар нормативтерінің сақталуын "
                   "бақылау жоспар-кестесі",
                   "Bảng 5.3. Chương trình quan trắc khí thải của cơ sở"),
    "m2.groups": ("", "", "1. Quan trắc khí thải tự động, liên tục|2. Quan trắc khí thải định kỳ"),
    "m2.auto": ("", "", "Lưu lượng, nhiệt độ, áp suất, O2 dư, "),
    "m2.stacks": ("", "", "Ống khói lò hơi số 1|Ống khói lò hơi số 2|Ống thải hệ thống lọc bụi khu nghiền|"
                  "Ống thải hệ thống xử lý khí thải khu xử lý nước thải"),
    "m2.qcvn": ("", "", "QCVN 19:2009/BTNMT, cột B (Kp = 0,9; Kv = 1,0)"),
}  # fmt: skip


def monitoring_r2(doc: Doc) -> None:
    """The НДВ project's plan of control at sources: the number on every row, the workshop merged over its rows, the
    frequency and, beside it, the frequency in periods of adverse weather (НМУ); the norms in г/с and мг/м3 under a
    merged header (a dash in мг/м3 for unorganised sources), who controls and how; continued over two parts
    (VI: automatic continuous monitoring of the boiler stacks and periodic monitoring of the others under group rows,
    continued)."""
    vi = doc.lang == "vi"
    _open(doc, "ndv")
    if vi:
        stacks = _list(doc, "m2.stacks")
        auto = [("KT1", stacks[0]), ("KT2", stacks[1])][: doc.rng.randint(1, 2)]
        periodic = [("KT3", stacks[2], ["2902"]), ("KT4", stacks[3], ["0333", "0303"])]
        body, merges, n = [], [], 0
        groups = _list(doc, "m2.groups")
        body.append([groups[0], None, None, None, None, None])
        merges.append((0, 0, 0, 5))
        for point, place in auto:
            n += 1
            codes = ["2902", "0330", "0301", "0337"]
            names = _t(doc, "m2.auto") + ", ".join(vocab.air(c, "vi", 1) for c in codes)
            body.append([str(n), place, point, names, freq(doc, "continuous"), _t(doc, "m2.qcvn")])
            doc.add("monitoring", *(_mon({"point": point}, ("code", c), "continuous") for c in codes))
        cut = len(body)
        body.append([groups[1], None, None, None, None, None])
        merges.append((cut, 0, cut, 5))
        for point, place, codes in periodic:
            n += 1
            word = doc.pick(("quarterly", "semiannual"))
            names = ", ".join(vocab.air(c, "vi", 1) for c in codes)
            body.append([str(n), place, point, names, freq(doc, word), _t(doc, "m2.qcvn")])
            doc.add("monitoring", *(_mon({"point": point}, ("code", c), word) for c in codes))
        _continued(doc, "5.3", _t(doc, "m2.caption"), [_row(doc, "m2.h0")], [], body, merges, cut, "monitoring")
        return
    sources = pick_sources(doc, 5, min_codes=2)
    who, how = _list(doc, "m2.who"), _list(doc, "m2.how")
    body, merges, breaks = [], [], []
    for s in sources:
        breaks.append(len(body))
        start = len(body)
        shop = f"{SHOP[_kind(doc, s.name)][vocab.LANGS.index(doc.lang)]}, {s.name[:1].lower()}{s.name[1:]}"
        word = doc.pick(("quarterly", "semiannual")) if s.organized else "yearly"
        said = freq(doc, word)
        for x in rates(doc, s.codes):
            first = len(body) == start
            conc = _sig(rate(doc.rng, 20, 900), 3) if s.organized else None
            body.append([s.number, shop if first else None, vocab.air(x.code, doc.lang), said,
                         _t(doc, "m2.nmu") if s.organized else "–", num(x.g_s, doc.lang),
                         num(conc, doc.lang) if conc else "–", who[0] if s.organized else who[1],
                         how[0] if s.organized else how[1]])
            doc.add("monitoring", _mon({"source_number": s.number}, ("code", x.code), word))
            doc.add("emissions", emission(x.code, x.g_s, None, s.number))
            if conc:
                add(doc, limit(("code", x.code), "flue_gas", conc, "mg/m3", None, s.number))
        if len(body) - 1 > start:
            merges.append((start, 1, len(body) - 1, 1))
    head = [_row(doc, "m2.h0"), _row(doc, "m2.h1")]
    head_merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 4, 7, 8)] + [(0, 5, 0, 6)]
    _continued(doc, "3.10", _t(doc, "m2.caption"), head, head_merges, body, merges, _cut(breaks, len(body)), "monitoring")
    expect_sources(doc, sources)
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

TEXT |= {
    "i1.head": ("№ п/п|Проверяемый объект|Предмет проверки|Периодичность|Ответственный за проверку|Оформление результатов",
                "Р/с №|Тексерілетін объект|Тексеру мәні|Кезеңділігі|Тексеруге жауапты|Нәтижелерді ресімдеу",
                "TT|Khu vực kiểm tra|Nội dung kiểm tra|Tần suất|Người chịu trách nhiệm|Hồ sơ kiểm tra"),
    "i1.sites": ("Площадка № 1 – основное производство|Площадка № 2 – вспомогательные объекты",
                 "№ 1 алаң – негізгі өндіріс|№ 2 алаң – қосалқы объектілер",
                 "Khu vực 1: Nhà máy chính|Khu vực 2: Khu phụ trợ"),
    "i1.who": ("инженер-эколог|начальник участка, инженер-эколог", "инженер-эколог|учаске бастығы, инженер-эколог",
               "Cán bộ môi trường|Quản đốc phân xưởng, cán bộ môi trường"),
    "i1.record": ("акт проверки|запись в журнале", "тексеру актісі|журналдағы жазба", "Biên bản kiểm tra|Sổ nhật ký"),
    "i1.caption": ("Таблица 9.2 – План-график внутренних проверок соблюдения экологических требований",
                   "9.2-кесте – Экологиялық талаптардың сақталуын ішкі тексерулердің жоспар-кестесі",
                   "Bảng 6.1. Kế hoạch tự kiểm tra việc tuân thủ các yêu cầu về bảo vệ môi trường"),
    "i1.p": ("Внутренние проверки проводятся в соответствии со статьей 187 Экологического кодекса Республики Казахстан.",
             "Ішкі тексерулер Қазақстан Республикасы Экологиялық кодексінің 187-бабына сәйкес жүргізіледі.",
             "Việc tự kiểm tra được thực hiện định kỳ theo kế hoạch dưới đây."),
}  # fmt: skip


def inspections_r1(doc: Doc) -> None:
    """Checks grouped by site under group rows spanning the table, items numbered 1.1, 2.1 within their site, what is
    checked, who checks and how the result is recorded; continued over two parts, the continuation opening with the
    second site's group row under the column numbers."""
    _open(doc, "pek")
    doc.p(_t(doc, "i1.p"))
    names = units(doc, 6)
    body, merges, breaks = [], [], []
    for g, (site, group) in enumerate(zip(_list(doc, "i1.sites"), (names[:3], names[3:]), strict=True), 1):
        breaks.append(len(body))
        body.append([site, None, None, None, None, None])
        merges.append((len(body) - 1, 0, len(body) - 1, 5))
        for k, unit in enumerate(group, 1):
            word = doc.pick(("monthly", "quarterly", "semiannual", "yearly"))
            body.append([f"{g}.{k}", unit, doc.pick(CHECKS[doc.lang]), freq(doc, word), doc.pick(_list(doc, "i1.who")),
                         doc.pick(_list(doc, "i1.record"))])
            doc.add("obligations", {"kind": "inspection", "frequency": word, "text_contains": unit})
    _continued(doc, "6.1" if doc.lang == "vi" else "9.2", _t(doc, "i1.caption"), [_row(doc, "i1.head")], [], body, merges,
               breaks[1], "inspections")
    maybe_distractor(doc)


TEXT |= {
    "i2.h0": ("№|Объект проверки|Периодичность проверок|^|Проверяющий", "№|Тексеру объектісі|Тексерулер кезеңділігі|^|Тексеруші",
              "TT|Đối tượng kiểm tra|Tần suất kiểm tra|^|Đơn vị kiểm tra"),
    "i2.h1": ("^|^|в период строительства|в период эксплуатации|^", "^|^|құрылыс кезеңінде|пайдалану кезеңінде|^",
              "^|^|Giai đoạn thi công|Giai đoạn vận hành|^"),
    "i2.building": ("Строительная площадка|Временный городок строителей|Мобильный бетонно-растворный узел|"
                    "Площадка заправки строительной техники",
                    "Құрылыс алаңы|Құрылысшылардың уақытша қалашығы|Жылжымалы бетон-ерітінді торабы|"
                    "Құрылыс техникасына жанармай құю алаңы",
                    "Công trường thi công|Lán trại công nhân|Trạm trộn bê tông|Khu tập kết vật liệu xây dựng"),
    "i2.weekly": ("еженедельно|1 раз в неделю", "апта сайын|аптасына 1 рет", "hằng tuần|01 lần/tuần"),
    "i2.who": ("инженер-эколог подрядчика|эколог предприятия|эколог подрядчика / эколог предприятия",
               "мердігердің инженер-экологы|кәсіпорын экологы|мердігер экологы / кәсіпорын экологы",
               "Nhà thầu thi công|Phòng An toàn – Môi trường|Nhà thầu thi công / Phòng An toàn – Môi trường"),
    "i2.caption": ("Таблица 9.3 – График проверок соблюдения природоохранных требований в периоды строительства и эксплуатации",
                   "9.3-кесте – Құрылыс және пайдалану кезеңдерінде табиғат қорғау талаптарының сақталуын тексеру кестесі",
                   "Bảng 5.4. Kế hoạch kiểm tra việc thực hiện các biện pháp bảo vệ môi trường"),
}  # fmt: skip


def inspections_r2(doc: Doc) -> None:
    """One frequency column per period under a merged `Периодичность проверок`: the building site's units are checked
    weekly or monthly while building and not at all afterwards, the permanent ones more often while building than in
    operation, one only once it runs; a row of column numbers, who checks last."""
    _open(doc, "pek")
    rows = [_row(doc, "i2.h0"), _row(doc, "i2.h1"), _numbers(doc, 5)]
    who = _list(doc, "i2.who")
    plan = [(u, doc.pick(("weekly", "monthly")), None, who[0]) for u in doc.rng.sample(_list(doc, "i2.building"), 2)]
    permanent = units(doc, 3)
    for unit in permanent[:2]:
        plan.append((unit, "monthly", doc.pick(("quarterly", "semiannual")), who[2]))
    plan.append((permanent[2], None, doc.pick(("quarterly", "semiannual", "yearly")), who[1]))
    for k, (unit, build, run, checker) in enumerate(plan, 1):
        said = [(doc.pick(_list(doc, "i2.weekly")) if w == "weekly" else freq(doc, w)) if w else "–" for w in (build, run)]
        rows.append([str(k), unit, *said, checker])
        for w in (build, run):
            if w:
                doc.add("obligations", {"kind": "inspection", "frequency": w, "text_contains": unit})
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 1, 4)]
    doc.table(_t(doc, "i2.caption"), rows, merges, role="inspections")
    maybe_distractor(doc)


# ---------------------------------------------------------------- tasks

# (task, component, deadline, responsible) of the building period
BUILDING = {
    "ru": (("Организовать пылеподавление на внутриплощадочных дорогах поливомоечной машиной", "Атмосферный воздух",
            "в сухой период строительства", "Подрядная строительная организация"),
           ("Оборудовать места временного накопления строительных отходов металлическими контейнерами", "Отходы",
            "до начала строительно-монтажных работ", "Подрядная строительная организация"),
           ("Снять плодородный слой почвы и складировать его в бурты", "Почвы", "I квартал 2026 г.", "Начальник строительного участка"),
           ("Выполнить техническую рекультивацию нарушенных земель", "Почвы", "IV квартал 2027 г.", "Служба технического надзора заказчика"),
           ("Обеспечить заправку строительной техники только на площадке с твердым покрытием", "Почвы",
            "постоянно в период строительства", "Механик подрядной организации")),
    "kk": (("Алаңішілік жолдарда суару-жуу машинасымен шаң басуды ұйымдастыру", "Атмосфералық ауа", "құрылыстың құрғақ кезеңінде",
            "Мердігер құрылыс ұйымы"),
           ("Құрылыс қалдықтарын уақытша жинақтау орындарын металл контейнерлермен жабдықтау", "Қалдықтар",
            "құрылыс-монтаж жұмыстары басталғанға дейін", "Мердігер құрылыс ұйымы"),
           ("Топырақтың құнарлы қабатын алып, үйінділерге жинау", "Топырақ", "2026 жылғы I тоқсан", "Құрылыс учаскесінің бастығы"),
           ("Бұзылған жерлерді техникалық қалпына келтіру", "Топырақ", "2027 жылғы IV тоқсан", "Тапсырыс берушінің техникалық қадағалау қызметі"),
           ("Құрылыс техникасына жанармай құюды тек қатты жабыны бар алаңда қамтамасыз ету", "Топырақ", "құрылыс кезеңінде тұрақты",
            "Мердігер ұйымның механигі")),
}  # fmt: skip
# the environmental component of each task of obligations_data.TASKS (RU, KK)
COMPONENT = (0, 1, 3, 3, 1, 1, 3, 2)
COMPONENT_NAMES = {"ru": ("Общие мероприятия", "Атмосферный воздух", "Водные ресурсы", "Отходы"),
                   "kk": ("Жалпы іс-шаралар", "Атмосфералық ауа", "Су ресурстары", "Қалдықтар")}
# (activity, impact, measure, when, who) of an ĐTM programme, per stage
VI_PROGRAMME = (
    (("San nền, vận chuyển nguyên vật liệu", "Bụi, khí thải", "Che chắn công trường bằng tôn cao 2,5 m và phun nước giảm bụi 2 lần/ngày",
      "Suốt thời gian thi công", "Nhà thầu thi công"),
     ("Sinh hoạt của công nhân", "Nước thải sinh hoạt", "Bố trí 02 nhà vệ sinh di động và thuê đơn vị hút, xử lý định kỳ",
      "Suốt thời gian thi công", "Nhà thầu thi công"),
     ("Thi công xây dựng", "Chất thải rắn xây dựng", "Thu gom chất thải rắn xây dựng về bãi tập kết tạm thời có che phủ",
      "Hằng ngày trong thời gian thi công", "Nhà thầu thi công"),
     ("Bảo dưỡng máy móc thi công", "Chất thải nguy hại", "Lưu giữ dầu thải, giẻ lau dính dầu trong thùng chứa có nắp đậy",
      "Suốt thời gian thi công", "Ban Quản lý dự án")),
    (("Hoạt động sản xuất, sinh hoạt", "Nước thải", "Vận hành hệ thống xử lý nước thải tập trung công suất 150 m3/ngày.đêm",
      "Thường xuyên trong quá trình vận hành", "Phòng An toàn – Môi trường"),
     ("Vận hành lò hơi", "Bụi, khí thải", "Vận hành hệ thống xử lý khí thải lò hơi bằng dung dịch kiềm",
      "Thường xuyên trong quá trình vận hành", "Xưởng Cơ điện"),
     ("Hoạt động sản xuất", "Chất thải nguy hại", "Ký hợp đồng thu gom, vận chuyển và xử lý chất thải nguy hại với đơn vị có chức năng",
      "Hằng năm", "Phòng Hành chính – Nhân sự"),
     ("Hoạt động của nhà máy", "Sự cố môi trường", "Diễn tập ứng phó sự cố tràn đổ hóa chất và cháy nổ",
      "01 lần/năm", "Phòng An toàn – Môi trường"),
     ("Hoạt động của nhà máy", "Vi khí hậu, cảnh quan", "Trồng và chăm sóc cây xanh chiếm tối thiểu 20% diện tích khu đất",
      "Quý I/2027", "Phòng Hành chính – Nhân sự")),
)

TEXT |= {
    "t1.head": ("Период|№ п/п|Наименование мероприятия|Компонент окружающей среды|Срок выполнения|Ответственный исполнитель|"
                "Затраты, тыс. тенге",
                "Кезең|Р/с №|Іс-шараның атауы|Қоршаған орта компоненті|Орындау мерзімі|Жауапты орындаушы|Шығындар, мың теңге",
                "Giai đoạn|Các hoạt động của dự án|Tác động môi trường|Công trình, biện pháp bảo vệ môi trường|"
                "Kinh phí (triệu đồng)|Thời gian thực hiện|Trách nhiệm tổ chức thực hiện|Trách nhiệm giám sát"),
    "t1.periods": ("Период строительства|Период эксплуатации", "Құрылыс кезеңі|Пайдалану кезеңі",
                   "Giai đoạn thi công xây dựng|Giai đoạn vận hành"),
    "t1.estimate": ("в составе сметы строительства", "құрылыс сметасының құрамында", "Trong chi phí xây dựng"),
    "t1.supervise": ("", "", "Đơn vị tư vấn giám sát thi công|Sở Nông nghiệp và Môi trường"),
    "t1.caption": ("Таблица 10.1 – Мероприятия по охране окружающей среды на периоды строительства и эксплуатации",
                   "10.1-кесте – Құрылыс және пайдалану кезеңдеріне арналған қоршаған ортаны қорғау жөніндегі іс-шаралар",
                   "Bảng 5.1. Chương trình quản lý môi trường của dự án"),
}  # fmt: skip


def tasks_r1(doc: Doc) -> None:
    """Measures with the period merged down the first column, numbered straight through, the component, the term,
    the responsible and the cost, a row of column numbers; continued in the middle of the operation period, whose
    name is written again at the top of the continuation (VI: an ĐTM environmental management programme, no number
    column: the activity and its impact before the measure, who carries it out and who supervises)."""
    vi = doc.lang == "vi"
    _open(doc, "plan")
    periods = _list(doc, "t1.periods")
    body, merges = [], []
    if vi:
        supervise = _list(doc, "t1.supervise")
        stages = [doc.rng.sample(VI_PROGRAMME[0], 3), doc.rng.sample(VI_PROGRAMME[1], 4)]
        for p, (period, items) in enumerate(zip(periods, stages, strict=True)):
            start = len(body)
            for activity, impact, measure, when, who in items:
                money = _t(doc, "t1.estimate") if p == 0 else num(doc.rng.randint(2, 90) * 10, "vi")
                body.append([period if len(body) == start else None, activity, impact, measure, money, when, who, supervise[p]])
                doc.add("obligations", task(None, measure, who))
            merges.append((start, 0, len(body) - 1, 0))
        cut = len(body) - 2
    else:
        building = doc.rng.sample(BUILDING[doc.lang], 3)
        chosen = doc.rng.sample(range(1, len(TASKS[doc.lang])), 4)  # not the programme for 2027–2029
        running = [(TASKS[doc.lang][i][0], COMPONENT_NAMES[doc.lang][COMPONENT[i]], TASKS[doc.lang][i][1].replace("2026", "2028"),
                    TASKS[doc.lang][i][2]) for i in chosen]  # operation begins in 2028
        n = 0
        for p, (period, items) in enumerate(zip(periods, (building, running), strict=True)):
            start = len(body)
            for text, component, when, who in items:
                n += 1
                money = _t(doc, "t1.estimate") if p == 0 else num(doc.rng.randint(2, 90) * 50, doc.lang)
                body.append([period if len(body) == start else None, str(n), text, component, when, who, money])
                doc.add("obligations", task(str(n), text, who))
            merges.append((start, 0, len(body) - 1, 0))
        cut = len(body) - 2
    _continued(doc, "5.1" if vi else "10.1", _t(doc, "t1.caption"), [_row(doc, "t1.head")], [], body, merges, cut, "tasks")
    maybe_distractor(doc)


# (task, indicator, form of completion, responsible, term, cost, source) of a waste-management programme, per goal
PUO = {
    "ru": ((("Организовать раздельный сбор твердых бытовых отходов на территории промплощадки",
             "доля отходов, переданных на переработку, не менее 30 %", "акт ввода контейнеров",
             "Административно-хозяйственный отдел", "II квартал 2026 г.", 850, "собственные средства"),
            ("Передавать макулатуру и пластиковую упаковку на вторичную переработку", "объем переданного вторсырья, т/год",
             "акты приема-передачи", "Отдел материально-технического снабжения", "ежегодно", None, "–"),
            ("Внедрить электронный учет образования и движения отходов", "учет ведется по всем видам отходов",
             "приказ", "Отдел охраны окружающей среды", "III квартал 2026 г.", 1200, "собственные средства")),
           (("Заключить договоры на передачу опасных отходов специализированным организациям", "наличие действующих договоров",
             "договор", "Отдел охраны окружающей среды", "январь 2026 г.", None, "–"),
            ("Оборудовать площадку временного хранения опасных отходов навесом и твердым покрытием", "площадка введена в эксплуатацию",
             "акт приемки", "Главный инженер", "III квартал 2026 г.", 4200, "собственные средства"),
            ("Обучить персонал правилам обращения с опасными отходами", "доля обученных работников 100 %",
             "протокол проверки знаний", "Служба охраны труда", "ежегодно, I квартал", 300, "собственные средства"))),
    "kk": ((("Өнеркәсіптік алаң аумағында қатты тұрмыстық қалдықтарды бөлек жинауды ұйымдастыру",
             "қайта өңдеуге берілген қалдықтар үлесі кемінде 30 %", "контейнерлерді енгізу актісі",
             "Әкімшілік-шаруашылық бөлімі", "2026 жылғы II тоқсан", 850, "меншікті қаражат"),
            ("Қағаз қалдықтары мен пластик ораманы қайта өңдеуге беру", "берілген қайталама шикізат көлемі, т/жыл",
             "қабылдау-беру актілері", "Материалдық-техникалық жабдықтау бөлімі", "жыл сайын", None, "–"),
            ("Қалдықтардың түзілуі мен қозғалысын электрондық есепке алуды енгізу", "есеп қалдықтардың барлық түрлері бойынша жүргізіледі",
             "бұйрық", "Қоршаған ортаны қорғау бөлімі", "2026 жылғы III тоқсан", 1200, "меншікті қаражат")),
           (("Қауіпті қалдықтарды мамандандырылған ұйымдарға беруге шарттар жасасу", "қолданыстағы шарттардың болуы",
             "шарт", "Қоршаған ортаны қорғау бөлімі", "2026 жылғы қаңтар", None, "–"),
            ("Қауіпті қалдықтарды уақытша сақтау алаңын қалқамен және қатты жабынмен жабдықтау", "алаң пайдалануға берілді",
             "қабылдау актісі", "Бас инженер", "2026 жылғы III тоқсан", 4200, "меншікті қаражат"),
            ("Персоналды қауіпті қалдықтармен жұмыс істеу қағидаларына оқыту", "оқытылған қызметкерлер үлесі 100 %",
             "білімін тексеру хаттамасы", "Еңбекті қорғау қызметі", "жыл сайын, I тоқсан", 300, "меншікті қаражат"))),
}  # fmt: skip
# (work, scale, responsible) of the list of environmental works of an ĐTM, per group
VI_WORKS = (
    (("Xây dựng hệ thống xử lý nước thải tập trung", "150 m3/ngày.đêm", "Ban Quản lý dự án"),
     ("Lắp đặt trạm quan trắc nước thải tự động, liên tục", "01 trạm", "Phòng Kỹ thuật"),
     ("Xây dựng hệ thống thu gom, thoát nước mưa tách riêng", "1.250 m cống BTCT D400–D800", "Nhà thầu EPC")),
    (("Lắp đặt hệ thống xử lý khí thải lò hơi", "25.000 m3/giờ", "Nhà thầu EPC"),
     ("Lắp đặt hệ thống lọc bụi túi vải tại khu nghiền", "02 hệ thống", "Ban Quản lý dự án")),
    (("Xây dựng kho lưu giữ chất thải nguy hại", "30 m2", "Ban Quản lý dự án"),
     ("Xây dựng khu lưu giữ chất thải rắn công nghiệp thông thường", "60 m2", "Nhà thầu EPC")),
)

TEXT |= {
    "t2.head": ("№ п/п|Мероприятие|Показатель (качественный/количественный)|Форма завершения|Ответственные за исполнение|"
                "Срок исполнения|Предполагаемые расходы, тыс. тенге|Источники финансирования",
                "Р/с №|Іс-шара|Көрсеткіш (сапалық/сандық)|Аяқталу нысаны|Орындауға жауаптылар|Орындау мерзімі|"
                "Болжамды шығыстар, мың теңге|Қаржыландыру көздері",
                "TT|Công trình, biện pháp bảo vệ môi trường|Quy mô, công suất|Kinh phí dự kiến (triệu đồng)|Kế hoạch xây lắp|^|"
                "Đơn vị thực hiện"),
    "t2.years": ("", "", "^|^|^|^|Năm 2026|Năm 2027|^"),
    "t2.goals": ("Цель 1. Сокращение объемов отходов, направляемых на захоронение|Цель 2. Безопасное обращение с опасными отходами",
                 "1-мақсат. Көмуге жіберілетін қалдықтар көлемін қысқарту|2-мақсат. Қауіпті қалдықтармен қауіпсіз жұмыс істеу",
                 "Công trình xử lý nước thải|Công trình xử lý bụi, khí thải|Công trình lưu giữ chất thải rắn"),
    "t2.total": ("Итого по плану", "Жоспар бойынша барлығы", "Tổng cộng"),
    "t2.h": ("Приложение 4. План мероприятий по реализации программы управления отходами на 2026–2028 годы",
             "4-қосымша. 2026–2028 жылдарға арналған қалдықтарды басқару бағдарламасын іске асыру жөніндегі іс-шаралар жоспары",
             "4.3. Danh mục công trình, biện pháp bảo vệ môi trường của dự án; kế hoạch xây lắp và dự toán kinh phí"),
    "t2.caption": ("Таблица 1", "1-кесте", "Bảng 4.5. Danh mục công trình bảo vệ môi trường và kế hoạch xây lắp"),
}  # fmt: skip


def tasks_r2(doc: Doc) -> None:
    """A waste-management programme's plan: goal rows spanning the table over measures numbered 1.1, 2.1, each with an
    indicator, a form of completion, the responsible, the term, the cost and its source, a row of column numbers and a
    total (VI: an ĐTM's list of environmental works under Roman-numbered group rows, the scale, the cost, the
    construction schedule by year under a merged header, who carries it out, a total)."""
    vi = doc.lang == "vi"
    _open(doc, "plan")
    doc.h(_t(doc, "t2.h"))
    goals = _list(doc, "t2.goals")
    money: list[int] = []
    if vi:
        rows = [_row(doc, "t2.head"), _row(doc, "t2.years"), _numbers(doc, 7)]
        merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 6)] + [(0, 4, 0, 5)]
        n = 0
        for g, (title, works) in enumerate(zip(goals, VI_WORKS, strict=True)):
            rows.append(["I II III".split()[g], title, "", "", "", "", ""])
            for text, scale, who in doc.rng.sample(works, min(len(works), 2)):
                n += 1
                cost = doc.rng.randint(15, 900) * 10
                money.append(cost)
                marks = doc.pick((("Quý III–IV", "–"), ("Quý IV", "Quý I–II"), ("–", "Quý I–III")))
                rows.append([str(n), text, scale, num(cost, "vi"), *marks, who])
                doc.add("obligations", task(str(n), text, who))
        rows.append(["", _t(doc, "t2.total"), "", num(sum(money), "vi"), "", "", ""])
        doc.table(_t(doc, "t2.caption"), rows, merges, role="tasks")
        maybe_distractor(doc)
        return
    rows = [_row(doc, "t2.head"), _numbers(doc, 8)]
    merges = []
    for g, (title, items) in enumerate(zip(goals, PUO[doc.lang], strict=True), 1):
        rows.append([title] + [None] * 7)
        merges.append((len(rows) - 1, 0, len(rows) - 1, 7))
        picked = sorted(doc.rng.sample(range(len(items)), 2))
        for k, i in enumerate(picked, 1):
            text, indicator, form, who, when, cost, source = items[i]
            if cost:
                money.append(cost)
            rows.append([f"{g}.{k}", text, indicator, form, who, when, num(cost, doc.lang) if cost else "–", source])
            doc.add("obligations", task(f"{g}.{k}", text, who))
    rows.append(["", _t(doc, "t2.total"), "", "", "", "", num(sum(money), doc.lang), ""])
    doc.table(_t(doc, "t2.caption"), rows, merges, role="tasks")
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"R{k}", globals()[f"{role}_r{k}"]) for role in ROLES for k in (1, 2)]
"""`facility_r1` … `tasks_r2`, in the order of the roles."""
