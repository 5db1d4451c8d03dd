"""The sixth blind set (two layouts per role), measured blind once on 2026-12-04 (about 0.75; 0.812
with the fifth), then tuned on on 2026-12-04 (session 2), and so among the tuning layouts now.

The held-out part: two layouts per role (`H1`, `H2`), never used for tuning; written on 2026-12-04
by someone who did not run the extractor on them, to differ from every layout of `layouts_*.py`
(the tuning layouts, `layouts_measured*.py`, and the fifth blind set K1–K3, M1–M2).

A regulator's register of permits with a row per site; a card with the operator and the site as
columns, coordinates in degrees and decimal minutes; a matrix of sources by substances (VI: of
pollutants by sources) with `г/с | т/год` under each; one emissions table per period under its own
heading; the hazard group (VI: the physical state) merged down the first column; the unit in every
amount cell; BAT ranges (VI: QCVN 08 A1–B2 under a three-row header); measured values at points as
sub-columns; group rows naming the frequency; frequencies in the cells of a parameters-by-points
matrix; daily and weekly rounds; a column per frequency with marks; quarter marks of a schedule;
financing by year with a total column and a total row. Each function's docstring says more.

The words of each layout are in the text tables (RU, KK, VI); a header row is one string, its cells
between `|`, `^` for a cell a merge covers.
"""

from __future__ import annotations

from . import vocab
from .common import Doc, distractor, freq, maybe_distractor, num, opening, rate
from .layouts_facility import facility
from .layouts_measured2 import METHOD_WATER
from .layouts_wastes import expect_low, expect_vn, low_wastes, vn_wastes
from .limits_data import AIR_PDK, QCVN40, add, cell, limit
from .obligations_data import inspection, task, tasks, units
from .registry import ROLES, Layout
from .sources_data import emission, expect_sources, period_name, pick_sources, rates, total

TEXT: dict[str, tuple[str, str, str]] = {}


def _t(doc: Doc, key: str) -> str:
    return TEXT[key][vocab.LANGS.index(doc.lang)]


def _cells(text: str) -> list[str | None]:
    return [None if x == "^" else x for x in text.split("|")]


def _row(doc: Doc, key: str) -> list[str | None]:
    """A header row of the text tables in the document's language."""
    return _cells(_t(doc, key))


def _mon(loc: dict, key: tuple[str, str], frequency: str) -> dict:
    return {**loc, key[0]: key[1], "frequency": frequency}


def _sig(x: float, digits: int = 2) -> float:
    return float(f"{x:.{digits}g}")


def _measured(doc: Doc, lim) -> float:
    """A value measured below a limit: a pH inside its range, else a tenth to most of the limit."""
    if isinstance(lim, tuple):
        return round(doc.rng.uniform(6.5, 8.2), 1)
    return _sig(lim * doc.rng.uniform(0.1, 0.85))


def _down(rows: list, start: int, col: int, merges: list) -> None:
    """Merges a column down from row `start` to the last row, when that is two rows or more."""
    if len(rows) - 1 > start:
        merges.append((start, col, len(rows) - 1, col))


# ---------------------------------------------------------------- facility

TEXT |= {
    "fac1.h": ("Реестр экологических разрешений на воздействие, выданных в 2025 году",
               "2025 жылы берілген әсер етуге арналған экологиялық рұқсаттардың тізілімі",
               "DANH SÁCH CÁC CƠ SỞ ĐƯỢC CẤP GIẤY PHÉP MÔI TRƯỜNG NĂM 2025"),
    "fac1.p": ("Сведения об операторах объектов, получивших экологические разрешения, приведены ниже.",
               "Экологиялық рұқсат алған объектілердің операторлары туралы мәліметтер төменде келтірілген.",
               "Sở Nông nghiệp và Môi trường thông báo danh sách các cơ sở đã được cấp giấy phép môi trường như sau:"),
    "fac1.head": ("№ п/п|Наименование оператора|БИН|Наименование объекта|Код КАТО|Категория|Номер и дата выдачи разрешения",
                  "Р/с №|Оператордың атауы|БСН|Объектінің атауы|ҚАТО коды|Санаты|Рұқсаттың нөмірі мен берілген күні",
                  "STT|Tên cơ sở|Chủ cơ sở|Mã số doanh nghiệp|Địa chỉ|Số, ngày cấp giấy phép"),
    "fac2.labels": ("Реквизит|Наименование|БИН|Адрес|Код КАТО|Координаты|Категория",
                    "Деректеме|Атауы|БСН|Мекенжайы|ҚАТО коды|Координаттары|Санаты",
                    "Nội dung|Tên|Mã số doanh nghiệp|Địa chỉ|-|Tọa độ trung tâm khu đất|Phân loại theo Luật Bảo vệ môi trường"),
    "fac2.sides": ("Инициатор (оператор)|Объект", "Бастамашы (оператор)|Объект", "Chủ dự án|Dự án"),
    "fac2.address": ("г. Астана, пр. Кабанбай батыра, 11|г. Алматы, ул. Толе би, 101|г. Караганда, пр. Бухар-жырау, 47",
                     "Астана қ., Қабанбай батыр даңғылы, 11|Алматы қ., Төле би көшесі, 101|Қарағанды қ., Бұқар жырау даңғылы, 47",
                     "Số 25 Nguyễn Văn Linh, phường Tân Phong, TP. Hồ Chí Minh|Số 8 Phạm Hùng, phường Mễ Trì, Hà Nội"),
    "fac2.caption": ("Таблица 1.1 – Реквизиты инициатора и объекта намечаемой деятельности",
                     "1.1-кесте – Бастамашы мен белгіленіп отырған қызмет объектісінің деректемелері",
                     "Bảng 1.1. Thông tin về chủ dự án và dự án"),
}  # fmt: skip


def facility_h1(doc: Doc) -> None:
    """A regulator's register of issued permits: a row per operator and site, the permit's number and date last."""
    fs = [facility(doc, i) for i in doc.rng.sample(range(6), 3)]
    doc.h(_t(doc, "fac1.h"))
    doc.p(_t(doc, "fac1.p"))
    rows = [_row(doc, "fac1.head")]
    for k, f in enumerate(fs, 1):
        day, month = doc.rng.randint(1, 28), doc.rng.randint(1, 12)
        if doc.lang == "vi":
            issued = f"{doc.rng.randint(12, 480)}/GPMT-UBND ngày {day:02d}/{month:02d}/2025"
            rows.append([str(k), f["name"], f["operator"], f["bin"], f["address"], issued])
            doc.add("facilities", {"bin": f["bin"], "name_contains": f["name"]})
            continue
        number = f"KZ{doc.rng.randint(10, 99)}VCZ{doc.rng.randint(0, 99999999):08d}"
        issued = f"{number} {doc.v('от ', '', '')}{day:02d}.{month:02d}.2025"
        rows.append([str(k), f["operator"], f["bin"], f["name"], f["kato"], f["cat"], issued])
        out = {"bin": f["bin"], "name_contains": f["name"], "kato": f["kato"], "category": f["cat"]}
        doc.add("facilities", out)
    doc.table(None, rows, role="facility")
    maybe_distractor(doc)


def _ddm(value: float) -> tuple[str, float]:
    """An angle in degrees and decimal minutes (`49°07,512′`) and the decimal degrees it stands for."""
    degrees, minutes = int(value), round((value - int(value)) * 60, 3)
    if minutes >= 60:
        degrees, minutes = degrees + 1, 0.0
    return f"{degrees}°{minutes:06.3f}′".replace(".", ","), degrees + minutes / 60


def facility_h2(doc: Doc) -> None:
    """A card whose value columns are the operator and the site (a dash where a line does not apply),
    coordinates in degrees and decimal minutes."""
    f = facility(doc)
    opening(doc, "scoping", f["i"])
    (lat, f["lat"]), (lon, f["lon"]) = _ddm(f["lat"]), _ddm(f["lon"])
    coords = doc.v(f"{lat} с.ш., {lon} в.д.", f"{lat} с.е., {lon} ш.б.", f"{lat}N, {lon}E")
    category = doc.v(f"{f['cat']} категория", f"{f['cat']} санат", f"Nhóm {f['cat']}")
    who, where = _row(doc, "fac2.sides")
    address = doc.pick(_t(doc, "fac2.address").split("|"))
    operator = [who, f["operator"], f["bin"], address, "–", "–", "–"]
    site = [where, f["name"], "–", f["address"], f["kato"], coords, category]
    rows = [list(x) for x in zip(_row(doc, "fac2.labels"), operator, site, strict=True)]
    out = {"bin": f["bin"], "name_contains": f["name"], "category": f["cat"]}
    out.update(lat=f["lat"], lon=f["lon"])
    if doc.lang == "vi":
        del rows[4]  # no KATO in Vietnam
    else:
        out["kato"] = f["kato"]
    doc.table(_t(doc, "fac2.caption"), rows, role="facility")
    doc.add("facilities", out)
    maybe_distractor(doc)


# ---------------------------------------------------------------- emissions

TEXT |= {
    "em1.lead": ("№ источника|Наименование источника", "Көз №|Көздің атауы", "TT|Chất ô nhiễm"),
    "em1.units": ("г/с|т/год", "г/с|т/жыл", "g/s|tấn/năm"),
    "em1.total": ("Всего по предприятию", "Кәсіпорын бойынша барлығы", "Tổng cộng"),
    "em1.caption": ("Таблица 3.2 – Выбросы загрязняющих веществ в разрезе источников",
                    "3.2-кесте – Көздер бөлінісіндегі ластаушы заттар шығарындылары",
                    "Bảng 3.6. Tải lượng các chất ô nhiễm không khí từ các nguồn thải"),
    "em2.head": ("№ п/п|Наименование вещества (код)|Класс опасности|Мощность выброса, г/с",
                 "№|Заттың атауы (коды)|Қауіптілік сыныбы|Шығарынды қуаты, г/с",
                 "TT|Tác nhân ô nhiễm|Tải lượng phát thải (g/s)"),
    "em2.construction": ("Выброс за период строительства, т", "Құрылыс кезеңіндегі шығарынды, т", "Tổng lượng thải cả giai đoạn (tấn)"),
    "em2.operation": ("Годовой выброс, т/год", "Жылдық шығарынды, т/жыл", "Tổng lượng thải (tấn/năm)"),
    "em2.total": ("Всего выбросов", "Шығарындылар жиыны", "Tổng"),
    "em2.p.construction": ("Выбросы при строительстве обусловлены работой строительной техники, земляными и сварочными работами.",
                           "Құрылыс кезіндегі шығарындылар құрылыс техникасының жұмысымен, жер және дәнекерлеу жұмыстарымен байланысты.",
                           "Bụi, khí thải phát sinh chủ yếu từ phương tiện thi công, hoạt động đào đắp và hàn."),
    "em2.p.operation": ("Источниками выбросов при эксплуатации являются котельная и резервуарный парк.",
                        "Пайдалану кезінде шығарынды көздері қазандық және резервуарлар паркі болып табылады.",
                        "Khí thải phát sinh chủ yếu từ lò hơi và máy phát điện dự phòng."),
}  # fmt: skip
POOL_BY_PERIOD = {
    "construction": "0301 0304 0328 0330 0337 2908 2902 2754 0123 0143 0616 2704".split(),
    "operation": "0301 0304 0330 0337 0333 0328 0703 2754 1325 0410 2902".split(),
}


def emissions_h1(doc: Doc) -> None:
    """A matrix: a row per source, a column group per substance with `г/с | т/год` under it, a dash where a source
    does not emit it, a total row (VI: transposed, a row per pollutant and a column group per named source)."""
    vi = doc.lang == "vi"
    opening(doc, "scoping" if vi else "permit")
    codes: list[str] = []
    while len(codes) < 3:
        pool = pick_sources(doc, 3 if vi else 4)
        emitted = [c for s in pool for c in s.codes]
        codes = sorted(dict.fromkeys(emitted), key=lambda c: -emitted.count(c))[: doc.rng.randint(3, 4)]
    sources = [s for s in pool if set(s.codes) & set(codes)]
    got = {s.number: {x.code: x for x in rates(doc, [c for c in codes if c in s.codes])} for s in sources}
    for s in sources:
        for x in got[s.number].values():
            doc.add("emissions", emission(x.code, x.g_s, x.t_y, None if vi else s.number))
    groups = [s.name for s in sources] if vi else [f"{vocab.air(c, doc.lang)} ({c})" for c in codes]
    top, sub = _row(doc, "em1.lead"), [None, None]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1)]
    for name in groups:
        merges.append((0, len(top), 0, len(top) + 1))
        top += [name, None]
        sub += _row(doc, "em1.units")
    rows = [top, sub]
    if vi:
        for k, c in enumerate(codes, 1):
            cells = [got[s.number][c].cells("vi") if c in got[s.number] else ["-", "-"] for s in sources]
            rows.append(
                [str(k), vocab.air(c, "vi", doc.rng.randrange(2)), *(x for pair in cells for x in pair)]
            )
        doc.table(_t(doc, "em1.caption"), rows, merges, role="emissions")
        return
    for s in sources:
        cells = [got[s.number][c].cells(doc.lang) if c in got[s.number] else ["–", "–"] for c in codes]
        rows.append([s.number, s.name, *(x for pair in cells for x in pair)])
    foot = [_t(doc, "em1.total"), ""]
    for c in codes:
        emitted_c = [got[s.number][c] for s in sources if c in got[s.number]]
        foot += [total(doc, [x.g_s for x in emitted_c]), total(doc, [x.t_y for x in emitted_c])]
    doc.table(_t(doc, "em1.caption"), [*rows, foot], merges, role="emissions")
    expect_sources(doc, sources)
    maybe_distractor(doc)


def emissions_h2(doc: Doc) -> None:
    """One table per period, each under its own numbered heading with no caption; the code in brackets after the
    name, `Мощность выброса, г/с`, tonnes for the whole construction period, a total row."""
    vi = doc.lang == "vi"
    opening(doc, "scoping")
    for n, period in enumerate(("construction", "operation"), 1):
        doc.h(f"{'ab'[n - 1]}) {period_name(doc, period)}" if vi else f"4.{n}. {period_name(doc, period)}")
        doc.p(_t(doc, f"em2.p.{period}"))
        pool = [c for c in POOL_BY_PERIOD[period] if c in vocab.air_codes(doc.lang)]
        items = rates(doc, doc.rng.sample(pool, doc.rng.randint(3, 5)))
        rows = [_row(doc, "em2.head") + [_t(doc, f"em2.{period}")]]
        for k, x in enumerate(items, 1):
            if vi:
                rows.append([str(k), vocab.air(x.code, "vi", k), *x.cells("vi")])
            else:
                name = f"{vocab.air(x.code, doc.lang)} ({x.code})"
                rows.append([str(k), name, str(vocab.hazard(x.code) or "–"), *x.cells(doc.lang)])
        sums = [total(doc, [x.g_s for x in items]), total(doc, [x.t_y for x in items])]
        rows.append(["", _t(doc, "em2.total"), *([] if vi else [""]), *sums])
        doc.table(None, rows, role="emissions")
        for x in items:
            hazard = None if vi else vocab.hazard(x.code)
            doc.add("emissions", emission(x.code, x.g_s, x.t_y, hazard=hazard, period=period))
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

TEXT |= {
    "w1.h": ("3.2. Виды и масса образующихся отходов",
             "3.2. Түзілетін қалдықтардың түрлері мен массасы",
             "3. Chủng loại, khối lượng chất thải nguy hại phát sinh"),
    "w1.head": ("Группа отходов|Код|Наименование отхода|Масса образования, т/год|Примечание",
                "Қалдықтар тобы|Коды|Қалдықтың атауы|Түзілу массасы, т/жыл|Ескертпе",
                "Trạng thái tồn tại|Tên chất thải|Mã CTNH|Khối lượng trung bình (kg/năm)"),
    "w1.groups": ("Опасные|Неопасные", "Қауіпті|Қауіпті емес", ""),
    "w1.notes": ("хранится на площадке временного хранения|вывозится по договору|–",
                 "уақытша сақтау алаңында сақталады|шарт бойынша шығарылады|–", ""),
    "w2.p": ("Предполагаемые виды и объемы отходов при эксплуатации объекта приведены ниже.",
             "Объектіні пайдалану кезіндегі қалдықтардың болжамды түрлері мен көлемдері төменде келтірілген.",
             "Dự báo chủng loại, khối lượng chất thải rắn phát sinh khi dự án đi vào vận hành:"),
    "w2.head": ("№|Вид отходов|Код (классификатор отходов)|Ориентировочный объем|Предполагаемый способ обращения",
                "№|Қалдықтар түрі|Коды (қалдықтар сыныптауышы)|Болжамды көлемі|Болжамды жұмыс тәсілі",
                "STT|Loại chất thải|Phân loại|Mã chất thải|Khối lượng phát sinh"),
    "w2.units": ("кг/год|т/год|тонн/год", "кг/жыл|т/жыл|тонна/жыл", "kg/năm|tấn/năm"),
    "w2.hazardous": ("передача специализированной организации по договору|временное хранение в герметичной таре с последующей передачей",
                     "шарт бойынша мамандандырылған ұйымға беру|герметикалық ыдыста уақытша сақтап, кейін беру", ""),
    "w2.plain": ("вывоз на полигон ТБО|сдача в пункты приема вторсырья", "ҚТҚ полигонына шығару|қайталама шикізат қабылдау пункттеріне тапсыру", ""),
    "w2.caption": ("Таблица 4 – Отходы производства и потребления", "4-кесте – Өндіріс және тұтыну қалдықтары", ""),
}  # fmt: skip


def wastes_h1(doc: Doc) -> None:
    """The hazard group merged down the first column, then code, name, mass and a notes column, under a heading
    (VI: the physical state merged down the first column)."""
    vi = doc.lang == "vi"
    opening(doc, "permit" if vi else "pek")
    doc.h(_t(doc, "w1.h"))
    rows, merges = [_row(doc, "w1.head")], []
    if vi:
        solid = doc.rng.sample([w for w in vocab.VN_CTNH if w[2] != "Lỏng"], doc.rng.randint(3, 4))
        wastes = []
        for group in (solid, [w for w in vocab.VN_CTNH if w[2] == "Lỏng"]):
            start = len(rows)
            for code, name, state in group:
                w = {"code": code, "name": name, "hazardous": True, "kg": doc.rng.randint(3, 400) * 5}
                wastes.append(w)
                rows.append([state if len(rows) == start else None, name, code, num(w["kg"], "vi")])
            _down(rows, start, 0, merges)
        doc.table(None, rows, merges, role="wastes")
        expect_vn(doc, wastes)
        maybe_distractor(doc)
        return
    wastes = low_wastes(doc, 6)
    notes = _t(doc, "w1.notes").split("|")
    for hazardous, label in zip((True, False), _t(doc, "w1.groups").split("|"), strict=True):
        start = len(rows)
        for w in (w for w in wastes if w["hazardous"] == hazardous):
            head = label if len(rows) == start else None
            rows.append([head, w["code"], w["name"], num(w["t"], doc.lang), doc.pick(notes)])
        _down(rows, start, 0, merges)
    doc.table(None, rows, merges, role="wastes")
    expect_low(doc, wastes)
    maybe_distractor(doc)


def wastes_h2(doc: Doc) -> None:
    """The unit written in every amount cell (`3 520 кг/год`, `12,4 т/год`) in a scoping conclusion (VI: ordinary and
    hazardous wastes in one list, told apart by a classification column, `kg/năm` or `tấn/năm` per row)."""
    opening(doc, "scoping")
    doc.p(_t(doc, "w2.p"))
    rows = [_row(doc, "w2.head")]
    kg, *tonnes = _t(doc, "w2.units").split("|")
    tonnes = doc.pick(tonnes)
    if doc.lang == "vi":
        for name in doc.rng.sample(vocab.VN_ORDINARY, 2):
            t = rate(doc.rng, 1.5, 90, 3)
            amount = f"{num(t, 'vi')} {tonnes}"
            rows.append([str(len(rows)), name, "CTR công nghiệp thông thường", "–", amount])
            plain = {"code": None, "code_system": None, "hazardous": False}
            doc.add("wastes", {**plain, "amount_t": t, "name_contains": name})
        hazardous = vn_wastes(doc, 3)
        for w in hazardous:
            rows.append([str(len(rows)), w["name"], "CTNH", w["code"], f"{num(w['kg'], 'vi')} {kg}"])
        doc.table(None, rows, role="wastes")
        expect_vn(doc, hazardous)
        return
    wastes = low_wastes(doc, 5)
    for k, w in enumerate(wastes, 1):
        if w["hazardous"]:  # small amounts, in kilograms
            w["t"] = round(w["t"] * 1000) / 1000
            amount = f"{num(round(w['t'] * 1000), doc.lang)} {kg}"
        else:
            amount = f"{num(w['t'], doc.lang)} {tonnes}"
        handling = doc.pick(_t(doc, "w2.hazardous" if w["hazardous"] else "w2.plain").split("|"))
        rows.append([str(k), w["name"], w["code"], amount, handling])
    doc.table(_t(doc, "w2.caption"), rows, role="wastes")
    expect_low(doc, wastes)
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

# code: (low, high), mg/Nm3 — BAT-associated levels of coal-fired boilers, daily averages
BAT_RANGES = {"0301": (100, 270), "0330": (150, 320), "0337": (30, 140), "2902": (5, 20), "0316": (1, 6), "0303": (3, 10)}  # fmt: skip
# symbol: (A1, A2, B1, B2), mg/l — QCVN 08-MT:2015/BTNMT, surface water
QCVN08 = {
    "pH": ((6, 8.5), (6, 8.5), (5.5, 9), (5.5, 9)), "BOD5": (4, 6, 15, 25), "COD": (10, 15, 30, 50), "TSS": (20, 30, 50, 100),
    "NH4+": (0.3, 0.3, 0.9, 0.9), "F-": (1, 1.5, 1.5, 2), "NO2-": (0.05, 0.05, 0.05, 0.05), "NO3-": (2, 5, 10, 15),
    "CN-": (0.005, 0.01, 0.02, 0.02), "As": (0.01, 0.02, 0.05, 0.1), "Cd": (0.005, 0.005, 0.01, 0.01),
    "Pb": (0.02, 0.02, 0.05, 0.05), "Cu": (0.1, 0.2, 0.5, 1), "Zn": (0.5, 1, 1.5, 2), "Fe": (0.5, 1, 1.5, 2),
    "Hg": (0.001, 0.001, 0.001, 0.002), "TPH": (0.3, 0.5, 1, 1), "Phenols": (0.005, 0.005, 0.01, 0.02),
}  # fmt: skip
TEXT |= {
    "l1.title": ("Справочник по наилучшим доступным техникам «Сжигание топлива на крупных установках в целях производства энергии»",
                 "«Энергия өндіру мақсатында ірі қондырғыларда отын жағу» ең үздік қолжетімді техникалар бойынша анықтамалық",
                 "QCVN 08-MT:2015/BTNMT QUY CHUẨN KỸ THUẬT QUỐC GIA VỀ CHẤT LƯỢNG NƯỚC MẶT"),
    "l1.h": ("6.3. Технологические показатели выбросов для угольных котлов",
             "6.3. Көмір қазандықтары үшін шығарындылардың технологиялық көрсеткіштері",
             ""),
    "l1.head": ("Загрязняющее вещество|Номер НДТ|Технологический показатель (среднесуточное значение), мг/Нм3|Примечание",
                "Ластаушы зат|ЕҚТ нөмірі|Технологиялық көрсеткіш (тәуліктік орташа мән), мг/Нм3|Ескертпе",
                ""),
    "l1.bat": ("НДТ", "ЕҚТ", ""),
    "l1.no2": ("в пересчете на NO2", "NO2-ге қайта есептегенде", ""),
    "l1.caption": ("Таблица 6.5", "6.5-кесте", "Bảng 1: Giá trị giới hạn các thông số chất lượng nước mặt"),
    "l2.p": ("Отбор проб в 2025 году выполнялся на границе санитарно-защитной зоны: {where}.",
             "2025 жылы сынамалар санитариялық-қорғау аймағының шекарасында алынды: {where}.",
             "Vị trí lấy mẫu: NT1 – nước thải sau hệ thống xử lý tập trung; NT2 – nước thải tại hố ga trước khi đấu nối."),
    "l2.sides": ("север|восток|юг", "солтүстік|шығыс|оңтүстік", ""),
    "l2.head": ("№|Определяемое вещество|ПДКм.р., мг/м3|Концентрация, мг/м3|^|^",
                "№|Анықталатын зат|ШЖК м.б., мг/м3|Концентрациясы, мг/м3|^|^",
                "TT|Thông số|Đơn vị|Kết quả phân tích|^|QCVN 40:2011/BTNMT (Cột B)"),
    "l2.caption": ("Таблица 6 – Результаты измерений концентраций загрязняющих веществ на границе СЗЗ за 2025 год",
                   "6-кесте – 2025 жылғы СҚА шекарасындағы ластаушы заттар концентрацияларын өлшеу нәтижелері",
                   "Bảng 3.4. Kết quả quan trắc nước thải định kỳ đợt 4 năm 2025"),
}  # fmt: skip

QCVN08_NOTE = (
    "Ghi chú: A1 – sử dụng tốt cho mục đích cấp nước sinh hoạt; A2 – dùng cho cấp nước sinh hoạt nhưng phải áp dụng "
    "công nghệ xử lý phù hợp; B1 – dùng cho mục đích tưới tiêu, thủy lợi; B2 – giao thông thủy và các mục đích khác."
)


def limits_h1(doc: Doc) -> None:
    """Ranges: BAT-associated emission levels of a BAT reference book, a BAT-number and a note column
    (VI: QCVN 08 with A1, A2, B1, B2 under a three-row header, a note on the columns after the table)."""
    opening(doc, "regulation", title=_t(doc, "l1.title"))
    if doc.lang == "vi":
        rows = [_cells(x) for x in ("TT|Thông số|Đơn vị|Giá trị giới hạn|^|^|^", "^|^|^|A|^|B|^")]
        rows.append(_cells("^|^|^|A1|A2|B1|B2"))
        merges = [(0, 0, 2, 0), (0, 1, 2, 1), (0, 2, 2, 2), (0, 3, 0, 6), (1, 3, 1, 4), (1, 5, 1, 6)]
        keys = ["pH"] + sorted(doc.rng.sample([k for k in QCVN08 if k != "pH"], 6), key=list(QCVN08).index)
        for k, s in enumerate(keys, 1):
            values = QCVN08[s]
            unit = "-" if s == "pH" else "mg/l"
            rows.append([str(k), vocab.water(s, "vi"), unit, *(cell(doc, v, to="-") for v in values)])
            for v, column in zip(values, ("A1", "A2", "B1", "B2"), strict=True):
                add(doc, limit(("symbol", s), "water", v, "mg/l", column))
        doc.table(_t(doc, "l1.caption"), rows, merges, role="limits")
        doc.p(QCVN08_NOTE)
        return
    doc.h(_t(doc, "l1.h"))
    codes = sorted(doc.rng.sample(sorted(BAT_RANGES), 4), key=list(BAT_RANGES).index)
    rows = [_row(doc, "l1.head")]
    for code, n in zip(codes, sorted(doc.rng.sample(range(12, 30), len(codes))), strict=True):
        note = _t(doc, "l1.no2") if code == "0301" else "–"
        bat = f"{_t(doc, 'l1.bat')} {n}"
        rows.append([vocab.air(code, doc.lang), bat, cell(doc, BAT_RANGES[code]), note])
        add(doc, limit(("code", code), "flue_gas", BAT_RANGES[code], "mg/Nm3"))
    doc.table(_t(doc, "l1.caption"), rows, role="limits")
    maybe_distractor(doc)


def limits_h2(doc: Doc) -> None:
    """Last year's results at points as sub-columns under a merged header, the ПДКм.р. column before them
    (VI: waste water at two points, QCVN 40 column B after them)."""
    opening(doc, "pek")
    vi = doc.lang == "vi"
    points = ("NT1", "NT2") if vi else ("т.1", "т.2", "т.3")[: doc.rng.randint(2, 3)]
    sides = _t(doc, "l2.sides").split("|")
    doc.p(_t(doc, "l2.p").format(where=", ".join(f"{p} – {x}" for p, x in zip(points, sides, strict=False))))
    head = _row(doc, "l2.head")
    rows = [head if vi else head[: 3 + len(points)], [None, None, None, *points] + [None] * vi]
    if vi:
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 1, 5)]
        keys = sorted(doc.rng.sample("BOD5 COD TSS NH4+ TN TP TPH Fe Zn".split(), 4), key=list(QCVN40).index)
        for k, s in enumerate(["pH", *keys], 1):
            lim = QCVN40[s][1]
            values = [_measured(doc, lim) for _ in points]
            cells = [num(v, "vi") for v in values]
            rows.append([str(k), vocab.water(s, "vi"), "-" if s == "pH" else "mg/l", *cells, cell(doc, lim)])
            for p, v in zip(points, values, strict=True):
                add(doc, limit(("symbol", s), "waste_water", lim, "mg/l", "B", p, v))
    else:
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 2 + len(points))]
        pool = "0301 0304 0330 0337 0333 2908 0328 0303 0602".split()  # all with a ПДК м.р.
        for k, code in enumerate(sorted(doc.rng.sample(pool, 4), key=pool.index), 1):
            lim = AIR_PDK[code][0]
            values = [_measured(doc, lim) for _ in points]
            cells = [num(v, doc.lang) for v in values]
            rows.append([str(k), vocab.air(code, doc.lang), num(lim, doc.lang), *cells])
            for p, v in zip(points, values, strict=True):
                add(doc, limit(("code", code), "air", lim, "mg/m3", doc.v("м.р.", "м.б.", ""), p, v))
    doc.table(_t(doc, "l2.caption"), rows, merges, role="limits")
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring

TEXT |= {
    "m1.h": ("5. Мониторинг воздействия", "5. Әсер мониторингі", "3. Nội dung giám sát môi trường"),
    "m1.head": ("№ п/п|Место отбора проб|№ точки на карте-схеме|Определяемые показатели|НД на методику измерений",
                "№|Сынама алу орны|Карта-сызбадағы нүкте №|Анықталатын көрсеткіштер|Өлшеу әдістемесіне НҚ",
                "TT|Vị trí giám sát|Ký hiệu vị trí|Thông số giám sát|Phương pháp phân tích"),
    "m1.freq": ("Периодичность", "Кезеңділігі", "Tần suất giám sát"),
    "m1.points": ("В-1 граница СЗЗ, северо-восток|В-2 граница СЗЗ, юго-запад|П-1 промплощадка, у склада ГСМ|П-2 граница СЗЗ, север",
                  "В-1 СҚА шекарасы, солтүстік-шығыс|В-2 СҚА шекарасы, оңтүстік-батыс|П-1 өнеркәсіптік алаң, ЖЖМ қоймасы маңы|П-2 СҚА шекарасы, солтүстік",
                  "NT1 Nước thải sau hệ thống xử lý|NT2 Hố ga đấu nối vào hệ thống thoát nước chung|KK1 Khu vực cổng bảo vệ|KK2 Khu vực cuối hướng gió chủ đạo"),
    "m1.methods": ("РД 52.04.186-89|ГОСТ 17.4.4.02-2017",
                   "РД 52.04.186-89|ГОСТ 17.4.4.02-2017",
                   "SMEWW, TCVN hiện hành|TCVN 5067:1995; TCVN 6137:2009"),
    "m2.head": ("Определяемый показатель|Периодичность отбора проб по точкам контроля|^|^|НД на метод анализа",
                "Анықталатын көрсеткіш|Бақылау нүктелері бойынша сынама алу кезеңділігі|^|^|Талдау әдісіне НҚ",
                "Thông số quan trắc|Tần suất quan trắc tại từng vị trí|^|^|Phương pháp phân tích"),
    "m2.points": ("ОС-1 (вход на очистные сооружения)|ОС-2 (выход с очистных сооружений)|Р-1 (контрольный створ, 500 м ниже выпуска)",
                  "ТҚ-1 (тазарту құрылыстарына кіреберіс)|ТҚ-2 (тазарту құрылыстарынан шығыс)|Ө-1 (бақылау тұстамасы, шығарылымнан 500 м төмен)",
                  "NT1 – Nước thải đầu vào hệ thống xử lý|NT2 – Nước thải đầu ra hệ thống xử lý|NM1 – Nước mặt kênh tiếp nhận, cách điểm xả 100 m về hạ lưu"),
    "m2.caption": ("Таблица 7 – Программа лабораторного контроля сточных и поверхностных вод",
                   "7-кесте – Ағынды және жерүсті суларын зертханалық бақылау бағдарламасы",
                   "Bảng 5. Kế hoạch lấy mẫu, phân tích nước thải và nước mặt"),
}  # fmt: skip
METHOD_RU = {
    "pH": "ПНД Ф 14.1:2:3:4.121-97", "TSS": "ПНД Ф 14.1:2:3.110-97", "BOD5": "ПНД Ф 14.1:2:3:4.123-97",
    "COD": "ПНД Ф 14.1:2:4.190-2003", "TPH": "ПНД Ф 14.1:2:4.128-98", "NH4+": "ПНД Ф 14.1:2:3.1-95",
    "Surfactants": "ПНД Ф 14.1:2:4.158-2000", "Cl-": "ПНД Ф 14.1:2:3.96-97", "Fe": "ПНД Ф 14.1:2:4.50-96",
}  # fmt: skip


def monitoring_h1(doc: Doc) -> None:
    """Group rows naming the frequency, spanning the table, over the points of a medium; the point's number on the map
    in its own column, its parameters in one cell, a method column; under a heading, no caption."""
    vi = doc.lang == "vi"
    opening(doc, "pek")
    doc.h(_t(doc, "m1.h"))
    rows, merges, n = [_row(doc, "m1.head")], [], 0
    points = [x.split(" ", 1) for x in _t(doc, "m1.points").split("|")]
    air = ("code", "2902 0301 0330 0337".split() if vi else "0301 0304 0330 0337 0333 0328 2902".split())
    other = ("symbol", "pH BOD5 COD TSS NH4+ TN TP TPH".split() if vi else "Pb Cd Zn Cu As Hg Ni TPH".split())
    groups = [(doc.pick(("quarterly", "monthly")), points[:2], *(other if vi else air))]
    groups.append((doc.pick(("semiannual", "yearly")), points[2:], *(air if vi else other)))
    for (word, group, key, pool), method in zip(groups, _t(doc, "m1.methods").split("|"), strict=True):
        rows.append([f"{_t(doc, 'm1.freq')}: {freq(doc, word)}", None, None, None, None])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
        for code, place in group:
            n += 1
            picked = sorted(doc.rng.sample(pool, 3), key=pool.index)
            if key == "code":
                names = [vocab.air(c, doc.lang, doc.rng.randrange(2) if vi else 0) for c in picked]
            else:
                names = [vocab.water(s, "vi") if vi else vocab.soil(s, doc.lang) for s in picked]
            rows.append([str(n), place, code, ", ".join(names), method])
            doc.add("monitoring", *(_mon({"point_contains": code}, (key, x), word) for x in picked))
    doc.table(None, rows, merges, role="monitoring")
    maybe_distractor(doc)


CHOICES = (("quarterly", None), ("monthly", "quarterly"), ("quarterly", "semiannual", None))
"""How often each of the three points (inlet, outlet, river) takes a parameter; None: not at all."""


def monitoring_h2(doc: Doc) -> None:
    """A matrix in a permit: parameters as rows, control points as sub-columns under a merged header, the frequency
    written in each cell (a dash where the point does not take it), a method column after the matrix."""
    vi = doc.lang == "vi"
    opening(doc, "permit")
    points = _t(doc, "m2.points").split("|")
    rows = [_row(doc, "m2.head"), [None, *points, None]]
    merges = [(0, 0, 1, 0), (0, 1, 0, 3), (0, 4, 1, 4)]
    methods = METHOD_WATER if vi else METHOD_RU
    pool = "pH BOD5 COD TSS NH4+ TPH Fe Surfactants".split() if vi else list(METHOD_RU)
    said = {w: freq(doc, w) for w in ("monthly", "quarterly", "semiannual")}
    for s in sorted(doc.rng.sample(pool, 5), key=pool.index):
        words = [doc.pick(x) for x in CHOICES]
        rows.append([vocab.water(s, doc.lang), *(said[w] if w else "–" for w in words), methods[s]])
        for point, word in zip(points, words, strict=True):
            if word:
                doc.add("monitoring", _mon({"point_contains": point.split()[0]}, ("symbol", s), word))
    doc.table(_t(doc, "m2.caption"), rows, merges, role="monitoring")


# ---------------------------------------------------------------- inspections

TEXT |= {
    "i1.title": ("План работы службы охраны окружающей среды на 2026 год",
                 "Қоршаған ортаны қорғау қызметінің 2026 жылға арналған жұмыс жоспары",
                 "KẾ HOẠCH CÔNG TÁC NĂM 2026 CỦA BỘ PHẬN MÔI TRƯỜNG"),
    "i1.h": ("Раздел 2. Обходы и проверки подразделений", "2-бөлім. Бөлімшелерді аралау және тексеру", "Phần II. Kiểm tra định kỳ tại các bộ phận"),
    "i1.head": ("№|Объект контроля|Вид проверки|Периодичность|Оформление результатов",
                "№|Бақылау объектісі|Тексеру түрі|Кезеңділігі|Нәтижелерді ресімдеу",
                "TT|Khu vực, hạng mục kiểm tra|Hình thức kiểm tra|Tần suất|Hồ sơ ghi nhận"),
    "i1.rounds": ("визуальный осмотр|запись в журнале обходов", "көзбен шолып тексеру|аралау журналына жазба", "Kiểm tra hiện trường|Ghi sổ nhật ký"),
    "i1.checks": ("документальная проверка|акт проверки", "құжаттық тексеру|тексеру актісі", "Kiểm tra hồ sơ, sổ sách|Biên bản kiểm tra"),
    "i1.daily": ("ежедневно|1 раз в сутки", "күн сайын|тәулігіне 1 рет", "hằng ngày|01 lần/ngày"),
    "i1.weekly": ("еженедельно|1 раз в неделю", "апта сайын|аптасына 1 рет", "hằng tuần|01 lần/tuần"),
    "i2.head": ("№|Подразделение|Периодичность проверки|^|^|^|Ответственный за проверку",
                "№|Бөлімше|Тексеру кезеңділігі|^|^|^|Тексеруге жауапты",
                "TT|Bộ phận|Tần suất kiểm tra|^|^|^|Người chịu trách nhiệm"),
    # monthly, quarterly, semiannual, yearly
    "i2.every": ("^|^|ежемесячно|ежеквартально|раз в полугодие|ежегодно|^", "^|^|ай сайын|тоқсан сайын|жарты жылда бір рет|жыл сайын|^",
                 "^|^|Hằng tháng|Hằng quý|6 tháng/lần|Hằng năm|^"),
    "i2.who": ("главный эколог", "бас эколог", "Phòng An toàn – Môi trường"),
    "i2.caption": ("Таблица 12 – Внутренний контроль соблюдения экологических требований по подразделениям",
                   "12-кесте – Бөлімшелер бойынша экологиялық талаптардың сақталуын ішкі бақылау",
                   "Bảng 12. Kế hoạch tự kiểm tra việc tuân thủ yêu cầu bảo vệ môi trường"),
}  # fmt: skip
EVERY = ("monthly", "quarterly", "semiannual", "yearly")


def inspections_h1(doc: Doc) -> None:
    """Rounds and checks in the environmental service's work plan: daily and weekly visual rounds beside monthly and
    quarterly checks, the kind of check and how its result is recorded."""
    opening(doc, "work_plan", title=_t(doc, "i1.title"))
    doc.h(_t(doc, "i1.h"))
    rows = [_row(doc, "i1.head")]
    words = ["daily", "weekly", *doc.rng.sample(("monthly", "quarterly", "weekly"), 2)]
    doc.rng.shuffle(words)
    for k, (unit, word) in enumerate(zip(units(doc, 4), words, strict=True), 1):
        if word in ("daily", "weekly"):
            kind, record = _row(doc, "i1.rounds")
            said = doc.pick(_t(doc, f"i1.{word}").split("|"))
        else:
            (kind, record), said = _row(doc, "i1.checks"), freq(doc, word)
        rows.append([str(k), unit, kind, said, record])
        doc.add("obligations", inspection(unit, word))
    doc.table(None, rows, role="inspections")
    maybe_distractor(doc)


def inspections_h2(doc: Doc) -> None:
    """A permit's check-sheet: a column per frequency under a merged header, a mark in the one that applies to the unit;
    who checks last."""
    opening(doc, "permit")
    rows = [_row(doc, "i2.head"), _row(doc, "i2.every")]
    mark = "x" if doc.lang == "vi" else "+"
    for k, unit in enumerate(units(doc, 4), 1):
        word = doc.pick(EVERY)
        rows.append([str(k), unit, *(mark if w == word else "" for w in EVERY), _t(doc, "i2.who")])
        doc.add("obligations", inspection(unit, word))
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 5), (0, 6, 1, 6)]
    doc.table(_t(doc, "i2.caption"), rows, merges, role="inspections")
    distractor(doc, "approval")


# ---------------------------------------------------------------- tasks

TEXT |= {
    "t1.head": ("№|Наименование работ|Исполнитель|Сроки выполнения (2026 г.)|^|^|^",
                "№|Жұмыстардың атауы|Орындаушы|Орындау мерзімдері (2026 ж.)|^|^|^",
                "TT|Công việc cần thực hiện|Đơn vị thực hiện|Tiến độ thực hiện năm 2026|^|^|^"),
    "t1.quarters": ("^|^|^|I кв.|II кв.|III кв.|IV кв.", "^|^|^|I тоқсан|II тоқсан|III тоқсан|IV тоқсан", "^|^|^|Quý I|Quý II|Quý III|Quý IV"),
    "t1.caption": ("План-график реализации природоохранных мероприятий",
                   "Табиғат қорғау іс-шараларын іске асырудың жоспар-кестесі",
                   "Bảng 2. Tiến độ thực hiện các nhiệm vụ bảo vệ môi trường"),
    "t2.h": ("Приложение 2. План мероприятий по охране окружающей среды на 2026–2028 годы",
             "2-қосымша. 2026–2028 жылдарға арналған қоршаған ортаны қорғау жөніндегі іс-шаралар жоспары",
             "Phụ lục 2. Kế hoạch đầu tư các công trình bảo vệ môi trường giai đoạn 2026–2028"),
    "t2.head": ("№ п/п|Мероприятие|Объем финансирования, тыс. тенге|^|^|^|Ответственное подразделение",
                "№|Іс-шара|Қаржыландыру көлемі, мың теңге|^|^|^|Жауапты бөлімше",
                "TT|Nội dung|Kinh phí dự kiến (triệu đồng)|^|^|^|Đơn vị chủ trì"),
    "t2.years": ("^|^|2026 г.|2027 г.|2028 г.|всего|^", "^|^|2026 ж.|2027 ж.|2028 ж.|барлығы|^", "^|^|Năm 2026|Năm 2027|Năm 2028|Tổng|^"),
    "t2.total": ("Итого по плану", "Жоспар бойынша барлығы", "Tổng cộng"),
}  # fmt: skip


def tasks_h1(doc: Doc) -> None:
    """A schedule: the executor after the work, then four quarter columns under a merged header with marks; no deadline
    column."""
    opening(doc, "work_plan")
    rows = [_row(doc, "t1.head"), _row(doc, "t1.quarters")]
    mark = "x" if doc.lang == "vi" else "+"
    for k, (text, _, who, *_) in enumerate(tasks(doc, 5), 1):
        start = doc.rng.randrange(4)
        span = range(start, min(4, start + doc.rng.randint(1, 2)))
        rows.append([str(k), text, who, *(mark if q in span else "" for q in range(4))])
        doc.add("obligations", task(str(k), text, who))
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 6)]
    doc.table(_t(doc, "t1.caption"), rows, merges, role="tasks")
    maybe_distractor(doc)


def tasks_h2(doc: Doc) -> None:
    """A permit's three-year plan: financing by year and in all under a merged header, a total row under the tasks,
    the responsible last, no deadline column; numbers written `1.`."""
    opening(doc, "permit")
    doc.h(_t(doc, "t2.h"))
    rows, sums = [_row(doc, "t2.head"), _row(doc, "t2.years")], [0, 0, 0, 0]
    for k, (text, _, who, *_) in enumerate(tasks(doc, 4), 1):
        money = [doc.rng.randint(5, 900) * 10 if doc.rng.random() < 0.6 else 0 for _ in range(3)]
        money.append(sum(money) or doc.rng.randint(5, 900) * 10)
        money[doc.rng.randrange(3)] += money[3] - sum(money[:3])  # every task is paid for in some year
        sums = [a + b for a, b in zip(sums, money, strict=True)]
        rows.append([f"{k}.", text, *(num(x, doc.lang) if x else "–" for x in money), who])
        doc.add("obligations", task(str(k), text, who))
    rows.append(["", _t(doc, "t2.total"), *(num(x, doc.lang) if x else "–" for x in sums), ""])
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 5), (0, 6, 1, 6)]
    doc.table(None, rows, merges, role="tasks")


LAYOUTS = [Layout(role, f"H{k}", globals()[f"{role}_h{k}"]) for role in ROLES for k in (1, 2)]
"""`facility_h1` … `tasks_h2`, in the order of the roles."""
