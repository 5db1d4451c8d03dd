"""A blind held-out set (one layout per role, `W1`): never used for tuning, written by someone who did not run
the extractor on them nor read it, to differ from every layout of `layouts_*.py`.

Theme: construction-phase documents and seasonal work — Kazakhstan's reports on possible impacts (ОВОС) of linear
objects (the reconstruction of a road, a second string of a gas main, a 220 kV power line) with their seasonal
asphalt plants, workers' camps, borrow pits and river crossings; Vietnam's ĐTM reports on a residential area and
an industrial cluster during construction. Many headers are split into numbered groups (`1. Источник
выделения | 2. Источник выброса | …`, VI `(1) | (2) | (3)` groups), and the Kazakh documents mix Russian into their
tables (bilingual group rows, waste names given in both languages, the laboratory's parameter names and the
contractor's columns left in Russian), as documents written by Russian-speaking contractors for Kazakh-language
files really do.

Facility: the initiator's card of a linear object under numbered section rows, with the start and end of the route
in degrees, minutes and seconds (no single site coordinate), the developer with its licence (VI: the ĐTM chapter 1
card with a VN-2000 table of boundary points beside it). Emissions: construction-period emissions of a road under
a header of four numbered groups, the season's working hours, `т/период`, a machinery list of no role. Wastes:
construction wastes under three numbered header groups with the kind of work where each forms (VI: ordinary and
hazardous construction wastes under Roman group rows with a unit column). Limits: surface water at a pipeline's
river crossing, two points each measured in spring and in autumn under a three-row header (VI: the workers' camp's
waste water in the dry and the rainy season against QCVN 14 column B). Monitoring: a construction-period programme
under three numbered groups, points with their chainage, parameters listed in one cell, noise beside air.
Inspections: a contractor's rounds of its construction units, weekly ones included. Tasks: the mitigation plan of
an ОВОС under season rows (preparatory period, construction season 2026, 2027), items numbered straight through
(VI: the ĐTM's environmental-management programme with the phase merged down the first column).
"""

from __future__ import annotations

from . import vocab
from .common import Doc, freq, make_bin, make_msdn, maybe_distractor, num, rate
from .limits_data import SURFACE, add, cell, limit
from .registry import ROLES, Layout
from .sources_data import emission

# (object, initiator, where the route runs) — linear objects of Kazakhstan, projects of Vietnam
PROJECTS = {
    "ru": (
        ("Реконструкция автомобильной дороги «Караганда – Темиртау», участок км 12–48",
         "ГУ «Управление пассажирского транспорта и автомобильных дорог Карагандинской области»",
         "Карагандинская область, Бухар-Жырауский район и территория г. Темиртау"),
        ("Строительство второй нитки магистрального газопровода «Бейнеу – Жанаозен»", "ТОО «Интергаз Строй»",
         "Мангистауская область, Бейнеуский и Мунайлинский районы"),
        ("Строительство ВЛ 220 кВ «Экибастуз – Шидерты»", "АО «Павлодар Энерготранзит»",
         "Павлодарская область, Экибастузский район"),
    ),
    "kk": (
        ("«Қарағанды – Теміртау» автомобиль жолын қайта жаңарту, 12–48 км учаскесі",
         "«Қарағанды облысының жолаушылар көлігі және автомобиль жолдары басқармасы» ММ",
         "Қарағанды облысы, Бұқар жырау ауданы және Теміртау қаласының аумағы"),
        ("«Бейнеу – Жаңаөзен» магистральдық газ құбырының екінші желісінің құрылысы", "«Интергаз Строй» ЖШС",
         "Маңғыстау облысы, Бейнеу және Мұнайлы аудандары"),
        ("220 кВ «Екібастұз – Шідерті» әуе электр желісінің құрылысы", "«Павлодар Энерготранзит» АҚ",
         "Павлодар облысы, Екібастұз ауданы"),
    ),
    "vi": (
        ("Dự án Khu dân cư Phú Mỹ Xanh", "Công ty Cổ phần Đầu tư Địa ốc Phú Mỹ Xanh",
         "phường Phú Mỹ, thị xã Phú Mỹ, tỉnh Bà Rịa – Vũng Tàu"),
        ("Dự án đầu tư xây dựng và kinh doanh hạ tầng kỹ thuật Cụm công nghiệp Tân An 2",
         "Công ty Cổ phần Phát triển Hạ tầng Tân An", "xã Tân An, huyện Vĩnh Cửu, tỉnh Đồng Nai"),
        ("Dự án Khu nhà ở xã hội Hòa Khánh Nam", "Công ty TNHH Đầu tư Xây dựng Hòa Khánh",
         "phường Hòa Khánh Nam, quận Liên Chiểu, thành phố Đà Nẵng"),
    ),
}

TEXT: dict[str, tuple[str, str, str]] = {
    "report": ("Отчет о возможных воздействиях", "Ықтимал әсерлер туралы есеп",
               "BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG"),
    "lead": ("Объект: {name}. Заказчик: {operator}. Отчет выполнен на период строительства.",
             "Объект: {name}. Тапсырыс беруші: {operator}. Есеп құрылыс кезеңіне орындалды.",
             "Báo cáo được lập cho {name} của {operator} trong giai đoạn thi công xây dựng."),
}

WEEKLY = {"ru": ("еженедельно", "1 раз в неделю"), "kk": ("апта сайын", "аптасына 1 рет"), "vi": ("hằng tuần", "01 lần/tuần")}
SEASON = {"ru": " (в строительный сезон)", "kk": " (құрылыс маусымында)", "vi": " (trong thời gian thi công)"}


def _t(doc: Doc, key: str) -> str:
    return TEXT[key][vocab.LANGS.index(doc.lang)]


def _often(doc: Doc, word: str, season: bool = False) -> str:
    """A frequency as written, weekly included, sometimes with the season it holds in."""
    text = doc.pick(WEEKLY[doc.lang]) if word == "weekly" else freq(doc, word)
    return text + SEASON[doc.lang] if season else text


# the route's length, km, and the river it crosses (None: none), per project of Kazakhstan
ROUTES = ((36.4, ("р. Нура", "Нұра өз.")), (78.9, None), (94.2, ("р. Шидерты", "Шідерті өз.")))
START = ((49, 72), (45, 55), (51, 74))  # whole degrees of latitude and longitude where each route begins


def _project(doc: Doc, only=(0, 1, 2)) -> tuple[int, tuple[str, str, str]]:
    k = doc.pick(only)
    return k, PROJECTS[doc.lang][k]


def _open(doc: Doc, heading: str, only=(0, 1, 2)) -> int:
    """The report's title, its lead sentence and the chapter's heading; returns the project's index."""
    k, (name, operator, _) = _project(doc, only)
    doc.h(f"{_t(doc, 'report')}: {name}" if doc.lang != "vi" else f"{_t(doc, 'report')} CỦA {name.upper()}")
    doc.p(_t(doc, "lead").format(name=name, operator=operator))
    doc.h(heading)
    return k


def _river(doc: Doc, k: int) -> str:
    return ROUTES[k][1][0 if doc.lang == "ru" else 1]


def _dms(doc: Doc, near=None, base=(47, 60)) -> tuple[str, tuple, tuple]:
    """A point in degrees, minutes and seconds; `near`: a quarter of a degree or so from the given one."""
    r = doc.rng
    if near:
        (la0, lo0) = near
        la = (la0[0], min(59, la0[1] + r.randint(3, 20)), round(r.uniform(0, 59.9), 1))
        lo = (lo0[0], min(59, lo0[1] + r.randint(5, 40)), round(r.uniform(0, 59.9), 1))
    else:
        la = (base[0], r.randint(0, 30), round(r.uniform(0, 59.9), 1))
        lo = (base[1], r.randint(0, 15), round(r.uniform(0, 59.9), 1))
    text = doc.v("{}°{:02d}'{:04.1f}\" с.ш., {}°{:02d}'{:04.1f}\" в.д.", "{}°{:02d}'{:04.1f}\" с.е., {}°{:02d}'{:04.1f}\" ш.б.", "")
    return text.format(*la, *lo), la, lo


# ---------------------------------------------------------------- facility


def facility_w1(doc: Doc) -> None:
    """The initiator's card of a linear object: `№ | показатель | сведения`, numbered section rows spanning the table
    (KK: bilingual `Бастамашы / Инициатор`), items numbered 1.1 … 3.2, the route's start and end in DMS (so no single
    site coordinate is expected), two construction seasons, the developer with a licence number and no BIN.
    VI: the ĐTM's chapter 1 card `STT | Nội dung | Thông tin` with the enterprise number and the investment group,
    then a VN-2000 table of the boundary points (no role)."""
    r = doc.rng
    pk, (name, operator, where) = _project(doc)
    if doc.lang == "vi":
        msdn = make_msdn(r)
        doc.h(f"BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG CỦA {name.upper()}")
        doc.h("Chương 1. THÔNG TIN VỀ DỰ ÁN")
        doc.p("1.1. Thông tin chung về dự án")
        rows = [["STT", "Nội dung", "Thông tin"],
                ["1", "Tên dự án", name],
                ["2", "Chủ dự án", operator],
                ["3", "Mã số doanh nghiệp", f"{msdn} do Sở Tài chính cấp lần đầu ngày {r.randint(1, 28):02d}/0{r.randint(1, 9)}/20{r.randint(10, 21)}"],
                ["4", "Người đại diện theo pháp luật", doc.pick(("Ông Nguyễn Hữu Phước – Tổng Giám đốc", "Bà Trần Thị Thu Hà – Giám đốc"))],
                ["5", "Địa điểm thực hiện dự án", where],
                ["6", "Quy mô diện tích", f"{num(rate(r, 12, 95, 3), 'vi')} ha"],
                ["7", "Phân loại dự án", "Dự án đầu tư nhóm II theo quy định tại Phụ lục IV Nghị định số 08/2022/NĐ-CP"],
                ["8", "Tiến độ thi công", "Quý II/2026 – Quý IV/2027"]]
        doc.table("Bảng 1.1. Thông tin chung về dự án", rows, role="facility")
        doc.p("Tọa độ các điểm khống chế ranh giới khu đất thực hiện dự án (hệ tọa độ VN-2000, kinh tuyến trục 107°45', múi chiếu 3°):")
        pts = [["Điểm góc", "X (m)", "Y (m)"]]
        x0, y0 = r.randint(1160000, 1190000), r.randint(420000, 460000)
        for k in range(1, 5):
            pts.append([f"M{k}", num(x0 + r.randint(0, 900) + round(r.random(), 2), "vi"), num(y0 + r.randint(0, 900) + round(r.random(), 2), "vi")])
        doc.table("Bảng 1.2. Tọa độ các điểm góc ranh giới dự án", pts, role="other")
        doc.add("facilities", {"bin": msdn, "name_contains": name, "category": "II"})
        return
    bin_ = make_bin(r)
    start, la, lo = _dms(doc, base=START[pk])
    end = _dms(doc, (la, lo))[0]
    length = ROUTES[pk][0]
    kk = doc.lang == "kk"
    groups = (
        "1. Бастамашы (тапсырыс беруші) / Инициатор (заказчик)" if kk else "1. Сведения об инициаторе намечаемой деятельности (заказчике)",
        "2. Белгіленіп отырған қызмет / Намечаемая деятельность" if kk else "2. Сведения о намечаемой деятельности",
        "3. Есепті әзірлеуші / Разработчик отчета" if kk else "3. Сведения о разработчике отчета",
    )
    rows = [doc.v(["№ п/п", "Наименование показателя", "Сведения"], ["Р/с №", "Көрсеткіштің атауы", "Мәліметтер"], [])]
    merges = []

    def group(title: str) -> None:
        rows.append([title, None, None])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 2))

    group(groups[0])
    rows += [["1.1", doc.v("Наименование", "Атауы", ""), operator],
             ["1.2", doc.v("Бизнес-идентификационный номер", "Бизнес-сәйкестендіру нөмірі", ""), bin_],
             ["1.3", doc.v("Первый руководитель", "Бірінші басшы", ""), doc.pick(("Нурпеисов А.К.", "Ермеков Д.С.", "Литвиненко О.В."))]]
    group(groups[1])
    rows += [["2.1", doc.v("Наименование объекта", "Объектінің атауы", ""), name],
             ["2.2", doc.v("Место реализации (прохождение трассы)", "Іске асыру орны (трассаның өтуі)", ""), where],
             ["2.3", doc.v("Протяженность трассы, км", "Трассаның ұзындығы, км", ""), num(length, doc.lang)],
             ["2.4", doc.v("Начало трассы (ПК 0+00)", "Трассаның басы (ПК 0+00)", ""), start],
             ["2.5", doc.v("Конец трассы", "Трассаның соңы", ""), end],
             ["2.6", doc.v("Категория объекта", "Объектінің санаты", ""), doc.v("II категория", "II санат", "")],
             ["2.7", doc.v("Продолжительность строительства", "Құрылыс ұзақтығы", ""),
              doc.v("18 месяцев, два строительных сезона (апрель–ноябрь 2026 и 2027 гг.)",
                    "18 ай, екі құрылыс маусымы (2026 және 2027 жж. сәуір–қараша)", "")]]
    group(groups[2])
    rows += [["3.1", doc.v("Наименование", "Атауы", ""), doc.v("ТОО «ЭкоПроект Центр»", "«ЭкоПроект Орталық» ЖШС", "")],
             ["3.2", doc.v("Государственная лицензия на природоохранное проектирование", "Табиғат қорғау жобалауына мемлекеттік лицензия", ""),
              f"№ 0{r.randint(1000, 2999)}Р {doc.v('от', '', '')} {r.randint(10, 28)}.0{r.randint(1, 9)}.20{r.randint(10, 19)}".replace("  ", " ")]]
    doc.h(_t(doc, "report"))
    doc.p(doc.v("Раздел 1. Общие сведения", "1-бөлім. Жалпы мәліметтер", ""))
    doc.table(doc.v("Таблица 1.1 – Общие сведения о намечаемой деятельности", "1.1-кесте – Белгіленіп отырған қызмет туралы жалпы мәліметтер", ""),
              rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": name, "category": "II"})
    maybe_distractor(doc)


# ---------------------------------------------------------------- emissions

# number (KZ), organised?, (RU, KK, VI name), KZ codes, VI codes, hours of work in a season
WORKS = (
    ("0001", True, ("Дизельная электростанция ДЭС-100", "ДЭС-100 дизельді электр станциясы", "Máy phát điện dự phòng công trường"),
     ("0301", "0304", "0328", "0330", "0337", "1325", "2754"), ("0301", "0330", "0337"), 1840),
    ("0002", True, ("Битумоплавильный котел", "Битум балқыту қазандығы", "Nồi nấu nhựa đường"),
     ("0301", "0330", "0337", "0328", "2754"), ("0301", "0330", "0337"), 620),
    ("6001", False, ("Разработка грунта экскаватором", "Топырақты экскаватормен қазу", "Hoạt động đào đắp, san lấp mặt bằng"),
     ("2908",), ("2902",), 2100),
    ("6002", False, ("Пересыпка щебня и песка", "Қиыршық тас пен құмды төгу", "Bốc dỡ, tập kết cát, đá"),
     ("2908",), ("2902",), 1460),
    ("6003", False, ("Сварочные работы", "Дәнекерлеу жұмыстары", "Hoạt động hàn kim loại"), ("0123", "0143"), ("0123", "0143"), 980),
    ("6004", False, ("Покрасочные работы", "Бояу жұмыстары", "Hoạt động sơn hoàn thiện"), ("0616", "0621"), ("0616", "0621"), 410),
    ("6005", False, ("Работа дорожно-строительной техники", "Жол-құрылыс техникасының жұмысы", "Máy móc thi công cơ giới (máy đào, máy ủi, xe lu)"),
     ("0301", "0304", "0328", "0330", "0337", "2704"), ("0301", "0330", "0337"), 2300),
)


def emissions_w1(doc: Doc) -> None:
    """Construction-period emissions of a road under a header of four numbered groups — `1. Источник выделения`
    (name, hours of work in the season), `2. Источник выброса` (number), `3. Загрязняющее вещество` (code, name),
    `4. Выбросы на период строительства` (`г/с`, `т/период`) — over a row of column numbers; the work and its source
    merged over its substances, a total row, then the list of construction machines (no role). No hazard column.
    VI: the ĐTM's loads during construction under `(1) Nguồn phát sinh | (2) Chất ô nhiễm | (3) Tải lượng` with the
    named source merged over its rows, tonnes for the whole construction phase; no source numbers."""
    r = doc.rng
    vi = doc.lang == "vi"
    _open(doc, doc.v("Раздел 4. Оценка воздействия на атмосферный воздух в период строительства",
                     "4-бөлім. Құрылыс кезеңінде атмосфералық ауаға әсерді бағалау",
                     "3.1.1. Đánh giá, dự báo tác động trong giai đoạn thi công xây dựng"))
    picked = sorted(r.sample(range(len(WORKS)), 4), key=lambda k: (not WORKS[k][1], k))
    lang_i = vocab.LANGS.index(doc.lang)
    if vi:
        doc.p("Tải lượng bụi và khí thải phát sinh trong giai đoạn thi công được tính toán theo hệ số ô nhiễm của WHO, kết quả như sau:")
        rows = [["(1) Nguồn phát sinh", "(2) Chất ô nhiễm", "(3) Tải lượng", None],
                [None, None, "g/s", "tấn/giai đoạn thi công"]]
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3)]
        for k in picked:
            _, _, names, _, codes, _ = WORKS[k]
            start = len(rows)
            for code in codes:
                g_s, t = rate(r, 0.0005, 0.9), rate(r, 0.001, 4.5)
                rows.append([names[2] if len(rows) == start else None, vocab.air(code, "vi"), num(g_s, "vi"), num(t, "vi")])
                doc.add("emissions", emission(code, g_s, t, period="construction"))
            if len(rows) - 1 > start:
                merges.append((start, 0, len(rows) - 1, 0))
        doc.table("Bảng 3.6. Tải lượng bụi, khí thải phát sinh trong giai đoạn thi công xây dựng", rows, merges, role="emissions")
        doc.p("Ghi chú: thời gian thi công dự kiến 18 tháng.")
        return
    rows = [doc.v(["1. Источник выделения", None, "2. Источник выброса", "3. Загрязняющее вещество", None, "4. Выбросы на период строительства", None],
                  ["1. Бөліну көзі", None, "2. Шығарынды көзі", "3. Ластаушы зат", None, "4. Құрылыс кезеңіндегі шығарындылар", None], []),
            doc.v(["наименование", "время работы в сезон, ч", "№ на карте-схеме", "код", "наименование", "г/с", "т/период"],
                  ["атауы", "маусымдағы жұмыс уақыты, сағ", "карта-схемадағы №", "коды", "атауы", "г/с", "т/кезең"], []),
            ["1", "2", "3", "4", "5", "6", "7"]]
    merges = [(0, 0, 0, 1), (0, 3, 0, 4), (0, 5, 0, 6)]
    sums = [0.0, 0.0]
    sources = []
    for k in picked:
        number, organized, names, codes, _, hours = WORKS[k]
        codes = codes[: max(1, min(len(codes), r.randint(2, 4)))]
        start = len(rows)
        for code in codes:
            g_s, t = rate(r, 0.0005, 1.8), rate(r, 0.001, 12)
            sums = [sums[0] + g_s, sums[1] + t]
            first = len(rows) == start
            rows.append([names[lang_i] if first else None, num(hours, doc.lang) if first else None, number if first else None,
                         code, vocab.air(code, doc.lang), num(g_s, doc.lang), num(t, doc.lang)])
            doc.add("emissions", emission(code, g_s, t, number, period="construction"))
        if len(rows) - 1 > start:
            merges += [(start, c, len(rows) - 1, c) for c in (0, 1, 2)]
        sources.append({"number": number, "type": "organized" if organized else "unorganized"})
    rows.append([doc.v("Всего на период строительства", "Құрылыс кезеңінде барлығы", ""), None, None, None, None,
                 num(round(sums[0], 6), doc.lang), num(round(sums[1], 6), doc.lang)])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
    doc.p(doc.v("Строительство ведется в теплый период года (апрель–ноябрь); выбросы приведены за весь период строительства.",
                "Құрылыс жылдың жылы кезеңінде (сәуір–қараша) жүргізіледі; шығарындылар бүкіл құрылыс кезеңіне келтірілген.", ""))
    doc.table(doc.v("Таблица 4.3 – Источники выделения и выбросы загрязняющих веществ в период строительства",
                    "4.3-кесте – Құрылыс кезеңіндегі бөліну көздері және ластаушы заттар шығарындылары", ""), rows, merges, role="emissions")
    doc.add("sources", *sources)
    machines = [doc.v(["№", "Тип техники", "Марка", "Количество, ед.", "Время работы, маш.-ч"],
                      ["№", "Техника түрі", "Маркасы", "Саны, бірлік", "Жұмыс уақыты, маш.-сағ"], [])]
    for k, (ru, kk, mark) in enumerate((("Экскаватор", "Экскаватор", "Hyundai R220"), ("Бульдозер", "Бульдозер", "Shantui SD16"),
                                        ("Автогрейдер", "Автогрейдер", "ДЗ-98"), ("Каток дорожный", "Жол тегістегіш", "HAMM 3411"),
                                        ("Автосамосвал", "Автосамосвал", "КамАЗ-6520")), 1):
        machines.append([str(k), doc.v(ru, kk, ""), mark, str(r.randint(1, 8)), num(r.randint(3, 40) * 100, doc.lang)])
    doc.table(doc.v("Таблица 4.1 – Перечень строительной техники", "4.1-кесте – Құрылыс техникасының тізбесі", ""), machines, role="other")


# ---------------------------------------------------------------- wastes

# (code, RU, KK, kind of work RU, KK, tonnes low, high)
BUILD_WASTES = (
    ("08 01 11*", "Тара из-под лакокрасочных материалов", "Лак-бояу материалдарының ыдысы", "покрасочные работы", "бояу жұмыстары", 0.05, 1.2),
    ("15 02 02*", "Промасленная ветошь", "Майланған шүберек", "обслуживание техники", "техникаға қызмет көрсету", 0.05, 0.9),
    ("13 02 05*", "Отработанные моторные масла", "Пайдаланылған мотор майлары", "обслуживание техники", "техникаға қызмет көрсету", 0.3, 3.5),
    ("17 05 04", "Грунт, не используемый для обратной засыпки", "Кері толтыруға пайдаланылмайтын топырақ", "земляные работы", "жер жұмыстары", 1500, 26000),
    ("17 03 02", "Асфальтобетонный лом", "Асфальтбетон сынықтары", "разборка покрытия", "жабынды бөлшектеу", 400, 9000),
    ("17 04 05", "Лом черных металлов", "Қара металл сынықтары", "демонтаж ограждений", "қоршауларды бөлшектеу", 2, 60),
    ("12 01 13", "Огарки сварочных электродов", "Дәнекерлеу электродтарының қалдықтары", "сварочные работы", "дәнекерлеу жұмыстары", 0.1, 1.5),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", "вахтовый поселок", "вахталық кент", 8, 45),
)
# ordinary construction wastes of Vietnam (no code): tonnes, low and high
VN_BUILD = {"Đất đá thải từ quá trình đào móng": (800, 9500), "Xà bần, gạch vỡ, bê tông vụn": (40, 600),
            "Sắt thép vụn, đầu mẩu cốp pha": (2, 35), "Bao bì xi măng": (0.5, 6)}


def wastes_w1(doc: Doc) -> None:
    """Construction wastes under three numbered header groups — `1. Отход` (code, name, level of hazard),
    `2. Образование` (kind of work where it forms, tonnes for the construction period), `3. Обращение` — hazardous
    first, a total row; KK: each name in Kazakh and Russian in one cell (`… / …`). VI: ordinary and hazardous
    construction wastes under Roman group rows (`I. Chất thải rắn xây dựng`, `II. Chất thải nguy hại`) with a unit
    column (`tấn` or `kg`) before the amount and groups `(1) | (2) | (3)` in the header."""
    r = doc.rng
    _open(doc, doc.v("Раздел 7. Оценка воздействия отходов производства и потребления",
                     "7-бөлім. Өндіріс және тұтыну қалдықтарының әсерін бағалау",
                     "3.1.1.3. Tác động do chất thải rắn, chất thải nguy hại trong giai đoạn thi công"))
    if doc.lang == "vi":
        rows = [["(1) Loại chất thải", None, "(2) Khối lượng phát sinh", None, "(3) Biện pháp quản lý"],
                ["Tên chất thải", "Mã CTNH", "Đơn vị", "Khối lượng", None]]
        merges = [(0, 0, 0, 1), (0, 2, 0, 3), (0, 4, 1, 4)]
        rows.append(["I. Chất thải rắn xây dựng", None, None, None, None])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
        for name in r.sample(sorted(VN_BUILD), 3):
            t = rate(r, *VN_BUILD[name], 3)
            rows.append([name, "-", "tấn", num(t, "vi"), "Tận dụng san lấp mặt bằng hoặc hợp đồng với đơn vị thu gom"])
            doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": name})
        rows.append(["II. Chất thải nguy hại", None, None, None, None])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
        for code, name, _ in r.sample(vocab.VN_CTNH[:5], 3):
            kg = r.randint(3, 90) * 10
            rows.append([name, code, "kg", num(kg, "vi"), "Lưu giữ tại kho CTNH tạm thời, chuyển giao đơn vị có chức năng"])
            doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000, "name_contains": name})
        doc.table("Bảng 3.9. Khối lượng chất thải rắn phát sinh trong giai đoạn thi công", rows, merges, role="wastes")
        return
    picked = sorted(r.sample(BUILD_WASTES, 6), key=lambda w: (not w[0].endswith("*"), BUILD_WASTES.index(w)))
    rows = [doc.v(["1. Отход", None, None, "2. Образование", None, "3. Обращение"],
                  ["1. Қалдық", None, None, "2. Түзілуі", None, "3. Қалдықпен жұмыс"], []),
            doc.v(["код", "наименование", "уровень опасности", "вид работ", "количество, т/период", "способ обращения"],
                  ["коды", "атауы", "қауіптілік деңгейі", "жұмыс түрі", "мөлшері, т/кезең", "жұмыс тәсілі"], [])]
    merges = [(0, 0, 0, 2), (0, 3, 0, 4)]
    total = 0.0
    for code, ru, kk, work_ru, work_kk, low, high in picked:
        hazardous = code.endswith("*")
        t = rate(r, low, high, 3)
        total += t
        name = ru if doc.lang == "ru" else f"{kk} / {ru}"
        level = doc.v("опасные", "қауіпті", "") if hazardous else doc.v("неопасные", "қауіпті емес", "")
        how = doc.v(("передача специализированной организации по договору", "вывоз на полигон ТБО", "использование при обратной засыпке"),
                    ("шарт бойынша мамандандырылған ұйымға беру", "ҚТҚ полигонына шығару", "кері толтыруда пайдалану"), ())
        way = how[0] if hazardous else how[2] if code == "17 05 04" else doc.pick(how[:2])
        rows.append([code, name, level, doc.v(work_ru, work_kk, ""), num(t, doc.lang), way])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": hazardous, "amount_t": t,
                           "name_contains": ru if doc.lang == "ru" else kk})
    rows.append(["", doc.v("Итого за период строительства", "Құрылыс кезеңінде барлығы", ""), "", "", num(round(total, 6), doc.lang), ""])
    doc.table(doc.v("Таблица 7.2 – Виды и объемы отходов, образующихся в период строительства",
                    "7.2-кесте – Құрылыс кезеңінде түзілетін қалдықтардың түрлері мен көлемдері", ""), rows, merges, role="wastes")
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

# symbol: QCVN 14:2008/BTNMT column B (domestic waste water)
QCVN14_B = {"pH": (5, 9), "BOD5": 50, "TSS": 100, "TDS": 1000, "S2-": 4, "NH4+": 10, "NO3-": 50, "Surfactants": 10}


def _below(doc: Doc, lim) -> float:
    if isinstance(lim, tuple):
        return round(doc.rng.uniform(6.6, 8.2), 1)
    return float(f"{lim * doc.rng.uniform(0.1, 0.9):.2g}")


def limits_w1(doc: Doc) -> None:
    """Surface water at a gas main's river crossing before construction: a three-row header — `Результаты анализа,
    мг/дм3` over the two points `Т-1 (500 м выше створа перехода)` and `Т-2 (…ниже…)`, each over `весна (паводок)`
    and `осень (межень)` — the ПДК column before the results, a row of column numbers, the fishery ПДК named in a
    footnote. VI: the workers' camp's domestic waste water measured at NT1 in the dry and the rainy season as groups
    `(2)` of the header, against QCVN 14:2008/BTNMT column B in group `(3)`."""
    r = doc.rng
    if doc.lang == "vi":
        _open(doc, "2.2.2. Kết quả quan trắc chất lượng nước thải sinh hoạt khu lán trại công nhân")
        doc.p("Vị trí lấy mẫu NT1: nước thải sau bể tự hoại 3 ngăn của khu lán trại công nhân.")
        rows = [["(1)", None, None, "(2) Kết quả tại NT1", None, "(3) QCVN 14:2008/BTNMT"],
                ["STT", "Thông số", "Đơn vị", "Đợt 1 (mùa khô)", "Đợt 2 (mùa mưa)", "Cột B"]]
        merges = [(0, 0, 0, 2), (0, 3, 0, 4)]
        keys = ["pH", *sorted(r.sample([k for k in QCVN14_B if k != "pH"], 5), key=list(QCVN14_B).index)]
        for k, s in enumerate(keys, 1):
            lim = QCVN14_B[s]
            values = [_below(doc, lim) for _ in range(2)]
            rows.append([str(k), vocab.water(s, "vi"), "-" if s == "pH" else "mg/L", *(num(v, "vi") for v in values), cell(doc, lim, to=" - ")])
            for v in values:
                add(doc, limit(("symbol", s), "waste_water", lim, "mg/l", "B", "NT1", v))
        doc.table("Bảng 2.5. Kết quả phân tích chất lượng nước thải sinh hoạt", rows, merges, role="limits")
        doc.p("Ghi chú: QCVN 14:2008/BTNMT – Quy chuẩn kỹ thuật quốc gia về nước thải sinh hoạt; cột B áp dụng với hệ số K = 1,0.")
        return
    river = _river(doc, _open(doc, doc.v("Раздел 5. Оценка воздействия на поверхностные воды", "5-бөлім. Жерүсті суларына әсерді бағалау", ""),
                                  only=(0, 2)))
    doc.p(doc.v(f"Фоновое состояние {river} в створе перехода трассы определено по результатам весеннего и осеннего отбора проб.",
                f"Трасса өткелі тұстамасындағы {river} фондық жай-күйі көктемгі және күзгі сынама алу нәтижелері бойынша анықталды.", ""))
    pts = doc.v(("Т-1 (500 м выше створа перехода)", "Т-2 (500 м ниже створа перехода)"),
                ("Т-1 (өткел тұстамасынан 500 м жоғары)", "Т-2 (өткел тұстамасынан 500 м төмен)"), ())
    seasons = doc.v(("весна (паводок)", "осень (межень)"), ("көктем (су тасқыны)", "күз (сабалық)"), ())
    rows = [doc.v(["№", "Показатель", "ПДК*, мг/дм3", "Результаты анализа, мг/дм3", None, None, None],
                  ["№", "Көрсеткіш", "ШЖК*, мг/дм3", "Талдау нәтижелері, мг/дм3", None, None, None], []),
            [None, None, None, pts[0], None, pts[1], None],
            [None, None, None, seasons[0], seasons[1], seasons[0], seasons[1]],
            ["1", "2", "3", "4", "5", "6", "7"]]
    merges = [(0, 0, 2, 0), (0, 1, 2, 1), (0, 2, 2, 2), (0, 3, 0, 6), (1, 3, 1, 4), (1, 5, 1, 6)]
    pool = ["NH4+", "NO2-", "NO3-", "TPH", "Fe", "Cl-", "SO4", "BOD5"]
    for k, s in enumerate(["pH", *sorted(r.sample(pool, 5), key=pool.index)], 1):
        lim = SURFACE[s]
        values = [_below(doc, lim) for _ in range(4)]
        rows.append([str(k), vocab.water(s, doc.lang), cell(doc, lim), *(num(v, doc.lang) for v in values)])
        for j, v in enumerate(values):
            add(doc, limit(("symbol", s), "water", lim, "mg/l", None, ("Т-1", "Т-2")[j // 2], v))
    doc.table(doc.v(f"Таблица 5.1 – Качество воды {river} в районе перехода", f"5.1-кесте – Өткел ауданындағы {river} суының сапасы", ""),
              rows, merges, role="limits")
    doc.p(doc.v("* ПДК для водных объектов рыбохозяйственного назначения; для pH – допустимый диапазон, ед. pH.",
                "* Балық шаруашылығы мақсатындағы су объектілері үшін ШЖК; pH үшін – рұқсат етілген диапазон.", ""))
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring


def monitoring_w1(doc: Doc) -> None:
    """A construction-period programme under three numbered header groups — `I. Пункт наблюдения` (code, place with
    the chainage), `II. Наблюдаемые показатели` (component, parameters in one cell), `III. Организация наблюдений`
    (frequency, executor) — air at the nearest villages, noise beside it (no substance), surface water at the river
    crossing, soil at the camp; frequencies now and then with `(в строительный сезон)`. KK: the parameter cell is
    left in Russian as the laboratory writes it. VI: the ĐTM's construction-phase programme, groups `(1) | (2) | (3)`."""
    r = doc.rng
    vi = doc.lang == "vi"
    pk = _open(doc, doc.v("Раздел 10. Программа производственного экологического контроля на период строительства",
                          "10-бөлім. Құрылыс кезеңіне арналған өндірістік экологиялық бақылау бағдарламасы",
                          "5.2. Chương trình quan trắc, giám sát môi trường trong giai đoạn thi công"), only=(0, 2))
    plang = "ru" if doc.lang == "kk" else doc.lang  # KK: the laboratory's parameter names in Russian
    if vi:
        rows = [["(1) Vị trí giám sát", None, "(2) Nội dung giám sát", None, "(3) Tần suất giám sát"],
                ["Ký hiệu", "Vị trí", "Thành phần", "Thông số", None]]
        merges = [(0, 0, 0, 1), (0, 2, 0, 3), (0, 4, 1, 4)]
    else:
        rows = [doc.v(["№", "I. Пункт наблюдения", None, "II. Наблюдаемые показатели", None, "III. Организация наблюдений", None],
                      ["№", "I. Бақылау пункті", None, "II. Бақыланатын көрсеткіштер", None, "III. Бақылауды ұйымдастыру", None], []),
                doc.v([None, "обозначение", "местоположение", "компонент", "показатели", "периодичность", "исполнитель"],
                      [None, "белгіленуі", "орналасқан жері", "құрамдас бөлік", "көрсеткіштер", "кезеңділігі", "орындаушы"], [])]
        merges = [(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4), (0, 5, 0, 6)]
    lab = doc.v("аккредитованная лаборатория", "аккредиттелген зертхана", "")
    air_pool = ("2902", "0301", "0330", "0337") if vi else ("2902", "0301", "0330", "0337", "0328")
    places_air = doc.v(("с. Акбулак, 250 м от оси трассы (ПК 34+00)", "с. Жана-Аул, 400 м от оси трассы (ПК 87+50)"),
                       ("Ақбұлақ а., трасса осінен 250 м (ПК 34+00)", "Жаңаауыл а., трасса осінен 400 м (ПК 87+50)"),
                       ("Khu dân cư hiện hữu phía Bắc dự án", "Cổng ra vào công trường"))
    n = 0
    for k, place in enumerate(places_air, 1):
        point = f"KK{k}" if vi else f"Т-{k}"
        word = doc.pick(("monthly", "quarterly"))
        codes = sorted(r.sample(air_pool, 3), key=air_pool.index)
        names = ", ".join(vocab.air(c, plang, 1 if vi else 0) for c in codes)
        text = _often(doc, word, season=r.random() < 0.5)
        n += 1
        if vi:
            rows.append([point, place, "Không khí xung quanh", names + ", tiếng ồn", text])
        else:
            rows.append([str(n), point, place, doc.v("атмосферный воздух", "атмосфералық ауа", ""), names, text, lab])
        doc.add("monitoring", *({"point": point, "code": c, "frequency": word} for c in codes))
        if not vi and k == 1:
            n += 1
            rows.append([str(n), point, place, doc.v("физические факторы", "физикалық факторлар", ""),
                         doc.v("уровень шума, вибрация", "уровень шума, вибрация", ""), _often(doc, "monthly"), lab])
    if vi:
        params = ("pH", "BOD5", "TSS", "NH4+", "NO3-")
        keys = sorted(r.sample(params, 4), key=params.index)
        word = "quarterly"
        rows.append(["NT1", "Nước thải sinh hoạt sau bể tự hoại khu lán trại", "Nước thải",
                     ", ".join(vocab.water(s, "vi") for s in keys), _often(doc, word)])
        doc.add("monitoring", *({"point": "NT1", "symbol": s, "frequency": word} for s in keys))
        doc.table("Bảng 5.2. Chương trình giám sát môi trường giai đoạn thi công", rows, merges, role="monitoring")
        doc.p("Ghi chú: tiếng ồn, độ rung so sánh với QCVN 26:2010/BTNMT và QCVN 27:2010/BTNMT.")
        return
    params = ("pH", "TSS", "TPH", "NH4+", "SO4")
    keys = sorted(r.sample(params, 3), key=params.index)
    n += 1
    rows.append([str(n), "Т-3", doc.v(f"{_river(doc, pk)}, 500 м ниже створа перехода (ПК 28+20)", f"{_river(doc, pk)}, өткел тұстамасынан 500 м төмен (ПК 28+20)", ""),
                 doc.v("поверхностные воды", "жерүсті сулары", ""), ", ".join(vocab.water(s, plang) for s in keys),
                 doc.v("2 раза в год (весна, осень)", "жылына 2 рет (көктем, күз)", ""), lab])
    doc.add("monitoring", *({"point": "Т-3", "symbol": s, "frequency": "semiannual"} for s in keys))
    soil = ("Pb", "Zn", "TPH")
    n += 1
    rows.append([str(n), "П-1", doc.v("площадка вахтового поселка", "вахталық кент алаңы", ""), doc.v("почва", "топырақ", ""),
                 ", ".join(vocab.soil(s, plang) for s in soil), doc.v("1 раз в год (по окончании сезона)", "жылына 1 рет (маусым соңында)", ""), lab])
    doc.add("monitoring", *({"point": "П-1", "symbol": s, "frequency": "yearly"} for s in soil))
    doc.table(doc.v("Таблица 10.1 – План-график мониторинга воздействия в период строительства",
                    "10.1-кесте – Құрылыс кезеңіндегі әсер мониторингінің жоспар-кестесі", ""), rows, merges, role="monitoring")
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

SITES = {
    "ru": ("Вахтовый поселок строителей", "Сезонный асфальтобетонный завод", "Карьер грунта № 2", "Площадка складирования труб",
           "Склад ГСМ подрядчика", "Переход через реку"),
    "kk": ("Құрылысшылардың вахталық кенті", "Маусымдық асфальтбетон зауыты", "№ 2 топырақ карьері", "Құбырларды қоймалау алаңы",
           "Мердігердің ЖЖМ қоймасы", "Өзен арқылы өткел"),
    "vi": ("Lán trại công nhân", "Trạm trộn bê tông nhựa tạm", "Bãi tập kết vật liệu", "Kho chứa chất thải nguy hại tạm thời",
           "Tuyến đường vận chuyển vật liệu", "Khu vực thi công hạ tầng thoát nước"),
}


def inspections_w1(doc: Doc) -> None:
    """A contractor's environmental rounds of its construction units under two numbered header groups —
    `I. Объект контроля` (the unit, its chainage or area) and `II. Производственный экологический контроль`
    (frequency, who checks, how the result is recorded) — weekly rounds among monthly and quarterly ones;
    KK: the last two columns left in Russian as the contractor's staff write them. VI: the contractor's plan in an
    ĐTM, groups `(1) | (2)`."""
    r = doc.rng
    vi = doc.lang == "vi"
    _open(doc, doc.v("11.2. Внутренний контроль подрядной организации", "11.2. Мердігер ұйымның ішкі бақылауы",
                     "5.1.3. Kế hoạch kiểm tra, giám sát của nhà thầu thi công"))
    doc.p(doc.v("Подрядчик организует обходы участков работ в строительный сезон в следующем порядке:",
                "Мердігер құрылыс маусымында жұмыс учаскелерін аралауды мынадай тәртіппен ұйымдастырады:",
                "Nhà thầu thi công tổ chức kiểm tra định kỳ các hạng mục sau:"))
    if vi:
        rows = [["(1) Hạng mục kiểm tra", None, "(2) Tổ chức thực hiện", None, None],
                ["TT", "Khu vực", "Tần suất", "Người thực hiện", "Hồ sơ"]]
        merges = [(0, 0, 0, 1), (0, 2, 0, 4)]
    else:
        rows = [doc.v(["№", "I. Объект контроля", None, "II. Производственный экологический контроль", None, None],
                      ["№", "I. Бақылау объектісі", None, "II. Өндірістік экологиялық бақылау", None, None], []),
                doc.v([None, "участок работ", "привязка", "периодичность обхода", "проверяющий", "оформление результатов"],
                      [None, "жұмыс учаскесі", "байланыстыру", "аралау кезеңділігі", "проверяющий", "оформление результатов"], [])]
        merges = [(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 5)]
    words = ["weekly", "weekly", "monthly", "monthly", "quarterly"]
    r.shuffle(words)
    for k, (unit, word) in enumerate(zip(r.sample(SITES[doc.lang], 5), words, strict=True), 1):
        text = _often(doc, word)
        if vi:
            rows.append([str(k), unit, text, "Cán bộ HSE của nhà thầu", doc.pick(("Biên bản kiểm tra", "Sổ nhật ký công trường"))])
        else:
            where = f"ПК {r.randint(0, 90)}+{r.choice(('00', '20', '50'))}"
            who = doc.pick(("инженер-эколог подрядчика", "прораб участка", "специалист ОТ и ТБ"))
            rec = doc.pick(("запись в журнале", "акт обхода", "фотофиксация, журнал"))
            rows.append([str(k), unit, where, text, who, rec])
        doc.add("obligations", {"kind": "inspection", "frequency": word, "text_contains": unit})
    doc.table(doc.v("Таблица 11.2 – График экологических обходов строительных участков",
                    "11.2-кесте – Құрылыс учаскелерін экологиялық аралау кестесі",
                    "Bảng 5.3. Kế hoạch kiểm tra môi trường khu vực thi công"), rows, merges, role="inspections")


# ---------------------------------------------------------------- tasks

# (phase index, task, deadline, responsible): 0 preparatory, 1 season 2026, 2 season 2027
MEASURES = {
    "ru": (
        (0, "Снять плодородный слой почвы и складировать его в отвалы вдоль полосы отвода", "до начала земляных работ", "Генеральный подрядчик"),
        (0, "Установить биотуалеты и септик с водонепроницаемым дном в вахтовом поселке", "до 1 апреля 2026 г.", "Начальник вахтового поселка"),
        (1, "Организовать полив временных дорог и площадок в сухую погоду", "май–сентябрь 2026 г.", "Участок механизации"),
        (1, "Выполнить работы на переходе через реку вне периода нереста рыб", "июль–сентябрь 2026 г.", "Генеральный подрядчик"),
        (1, "Провести техническую рекультивацию временно занятых земель первой очереди", "по окончании сезона 2026 г.", "Производитель работ"),
        (2, "Демонтировать сезонный асфальтобетонный завод и очистить его площадку", "октябрь 2027 г.", "Субподрядчик ТОО «Жол Курылыс»"),
        (2, "Выполнить биологическую рекультивацию полосы отвода", "сентябрь–октябрь 2027 г.", "Заказчик совместно с подрядчиком"),
    ),
    "kk": (
        (0, "Топырақтың құнарлы қабатын алып, оны бөліп алу жолағы бойындағы үйінділерге жинау", "жер жұмыстары басталғанға дейін", "Бас мердігер"),
        (0, "Вахталық кентте биодәретханалар мен түбі су өткізбейтін септик орнату", "2026 жылғы 1 сәуірге дейін", "Вахталық кент бастығы"),
        (1, "Құрғақ ауа райында уақытша жолдар мен алаңдарды суаруды ұйымдастыру", "2026 жылғы мамыр–қыркүйек", "Механизация учаскесі"),
        (1, "Өзен арқылы өткелдегі жұмыстарды балықтың уылдырық шашу кезеңінен тыс орындау", "2026 жылғы шілде–қыркүйек", "Бас мердігер"),
        (1, "Бірінші кезектегі уақытша алынған жерлерді техникалық қалпына келтіру", "2026 жылғы маусым аяқталғанда", "Жұмыс жүргізуші"),
        (2, "Маусымдық асфальтбетон зауытын бөлшектеп, оның алаңын тазарту", "2027 жылғы қазан", "«Жол Құрылыс» ЖШС қосалқы мердігері"),
        (2, "Бөліп алу жолағын биологиялық қалпына келтіру", "2027 жылғы қыркүйек–қазан", "Тапсырыс беруші мен мердігер"),
    ),
    "vi": (
        (0, "Lắp dựng tường rào tôn cao 2,5 m xung quanh khu vực thi công", "Trước khi khởi công", "Nhà thầu thi công"),
        (0, "Bố trí nhà vệ sinh di động và bể tự hoại tại lán trại", "Tháng 4/2026", "Nhà thầu thi công"),
        (1, "Phun nước giảm bụi trên tuyến đường vận chuyển vào mùa khô", "Tháng 12/2026 – 4/2027", "Đội thi công cơ giới"),
        (1, "Nạo vét hố lắng và mương thoát nước tạm trước mùa mưa", "Tháng 5/2026", "Ban chỉ huy công trường"),
        (1, "Thu gom, lưu giữ chất thải nguy hại vào kho tạm có mái che", "Suốt thời gian thi công", "Nhà thầu thi công"),
        (2, "Tháo dỡ lán trại và hoàn trả mặt bằng sau thi công", "Quý IV/2027", "Chủ dự án"),
        (2, "Trồng cây xanh trên dải phân cách và khu công viên", "Tháng 9–10/2027", "Chủ dự án"),
    ),
}
COMPONENT = (0, 1, 2, 1, 0, 3, 0)  # the environmental component of each measure: soil, water, air, wastes
PHASES = {
    "ru": ("Подготовительный период", "Строительный сезон 2026 г. (апрель–ноябрь)", "Строительный сезон 2027 г. (апрель–октябрь)"),
    "kk": ("Дайындық кезеңі", "2026 жылғы құрылыс маусымы (сәуір–қараша)", "2027 жылғы құрылыс маусымы (сәуір–қазан)"),
    "vi": ("Giai đoạn chuẩn bị", "Giai đoạn thi công năm 2026", "Giai đoạn hoàn thiện năm 2027"),
}


def tasks_w1(doc: Doc) -> None:
    """An ОВОС's plan of mitigation measures: a header of two numbered groups — `1. Мероприятие` (content,
    component), `2. Реализация` (term, responsible, cost) — season rows spanning the table (preparatory period,
    construction season 2026, 2027), items numbered straight through, seasonal terms. VI: the ĐTM's programme of
    environmental management with the phase merged down the first column, `(1) | (2) | (3) | (4)` groups, no item
    numbers."""
    r = doc.rng
    vi = doc.lang == "vi"
    _open(doc, doc.v("Раздел 12. Мероприятия по предотвращению и смягчению воздействий", "12-бөлім. Әсерлердің алдын алу және оларды азайту жөніндегі іс-шаралар",
                     "Chương 5. CHƯƠNG TRÌNH QUẢN LÝ VÀ GIÁM SÁT MÔI TRƯỜNG"))
    chosen = sorted(r.sample(range(7), 5))
    items = [MEASURES[doc.lang][k] for k in chosen]
    comps = doc.v(("почва", "поверхностные воды", "атмосферный воздух", "отходы"), ("топырақ", "жерүсті сулары", "атмосфералық ауа", "қалдықтар"), ())
    comp = {text: comps[COMPONENT[k]] for k, (_, text, *_) in zip(chosen, items, strict=True)} if comps else {}
    if vi:
        rows = [["(1) Giai đoạn", "(2) Công trình, biện pháp bảo vệ môi trường", "(3) Thời gian thực hiện", "(4) Trách nhiệm thực hiện"]]
        merges = []
        for phase in range(3):
            start = len(rows)
            for p, text, when, who in items:
                if p == phase:
                    rows.append([PHASES["vi"][p] if len(rows) == start else None, text, when, who])
                    doc.add("obligations", {"kind": "task", "text_contains": " ".join(text.split()[:5]), "actor_contains": who})
            if len(rows) - 1 > start:
                merges.append((start, 0, len(rows) - 1, 0))
        doc.table("Bảng 5.1. Chương trình quản lý môi trường của dự án", rows, merges, role="tasks")
        return
    rows = [doc.v(["№ п/п", "1. Мероприятие", None, "2. Реализация", None, None], ["Р/с №", "1. Іс-шара", None, "2. Іске асыру", None, None], []),
            doc.v([None, "содержание", "компонент среды", "срок", "ответственный", "затраты, тыс. тенге"],
                  [None, "мазмұны", "орта құрамдасы", "мерзімі", "жауапты", "шығындар, мың теңге"], [])]
    merges = [(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 5)]
    n = 0
    for phase in range(3):
        group = [x for x in items if x[0] == phase]
        if not group:
            continue
        rows.append([PHASES[doc.lang][phase], None, None, None, None, None])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 5))
        for _, text, when, who in group:
            n += 1
            cost = num(r.randint(4, 300) * 50, doc.lang) if r.random() < 0.7 else doc.v("в смете СМР", "ҚМЖ сметасында", "")
            rows.append([str(n), text, comp[text], when, who, cost])
            doc.add("obligations", {"kind": "task", "number": str(n), "text_contains": " ".join(text.split()[:5]), "actor_contains": who})
    doc.table(doc.v("Таблица 12.1 – План мероприятий по охране окружающей среды на период строительства",
                    "12.1-кесте – Құрылыс кезеңіне арналған қоршаған ортаны қорғау іс-шараларының жоспары", ""), rows, merges, role="tasks")
    maybe_distractor(doc)


LAYOUTS = [Layout(role, "W1", globals()[f"{role}_w1"]) for role in ROLES]
"""`facility_w1` … `tasks_w1`, in the order of the roles."""
