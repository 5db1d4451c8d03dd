"""A blind held-out set (two layouts per role, `JW1` and `JW2`): never used for tuning, written by someone who neither
ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`.

Theme: animal feed mills, premix plants, fish meal and fish oil plants. Kazakhstan: a feed-milling operator at Kostanay
with its feed mill, an elevator with a gas-fired grain dryer and a premix and protein-vitamin-mineral shop; fish-processing
plants on Lake Balkhash and at Aralsk making fish meal and technical fish oil, with a scrubber and a biofilter against the
smell (hydrogen sulphide, ammonia, methyl mercaptan, trimethylamine). Vietnam: fish meal and fish oil plants at Tắc Cậu
(now An Giang) and Sông Đốc (Cà Mau) with coal boilers and deodorisation, feed and premix companies in the Long Đức
industrial park of Đồng Nai. Feed dust `2911` (ОБУВ only, no class), grain dust `2937`, QCVN 11-MT:2015/BTNMT for the
fish plants' waste water.

Facility: an operator's register of its objects as one wide table, one object a row, the operator's name and BIN merged
down, a two-row header with a row of column numbers, DMS coordinates in two columns, the recipes (`ПК-5-1`) in a table of
no role (VI: a fish meal plant's GPMT information sheet under section rows, VN-2000 metres beside DMS degrees, `Nhóm I`)
(JW1); a fish plant's questionnaire `1)` … with `БИН / КАТО` in one cell, coordinates `46.8467:74.9802`, the category in
words, ОКПО, bank account and quota number as look-alikes (VI: an industrial park's roster of three feed and premix
companies with a two-row header and an area total) (JW2).

Emissions: a feed mill's inventory of source parameters — shop merged down, source of release with hours, height,
diameter, speed, temperature, map X1/Y1, then `г/с | мг/м³ | т/год` under a two-row header and a row of column numbers,
subtotals per shop and the total, no class (VI: a fish meal plant's cross-table, pollutants as rows and each stack a pair
`g/s | tấn/năm`, dashes where a stack does not emit) (JW1); a premix shop's declaration (III), the total and `в том числе
твердые` / `газообразные и жидкие` rows above their substances, a dash as the class of feed dust, the share in per cent,
no sources (VI: a feed mill's EIA loads by construction and operation periods as section rows, kg/h beside g/s, the
construction without tonnes) (JW2).

Wastes: a feed mill's limits of accumulation, hazardous and non-hazardous under section rows with subtotals and a total,
formation beside the smaller accumulation limit and the months (VI: a fish meal plant's CTNH by half-year with the year's
sum, ordinary wastes in tonnes in a second table) (JW1); a fish plant's calculation of waste formation from its bases —
raw fish, waste water, coal, lamps — with the norm per unit and `M = Q × n` (VI: a feed mill's GPMT annex in three tables,
CTNH in kg with a total, ordinary and domestic wastes in tonnes) (JW2).

Limits: a laboratory's protocol at a feed mill's protection-zone boundary, the four points as columns under a merged
header, the background and the ПДК м.р. in columns after them, the weather in a table of no role (VI: a fish meal plant's
treated waste water in two rounds against QCVN 11-MT:2015/BTNMT column B × Kq 0,9 × Kf 1,0, pH and coliforms not
multiplied, the inlet with no limit) (JW1); a fish plant's quarterly ПЭК report on its stacks, each source a row spanning
the table, the norm before the measured value, flow and date as look-alikes, `не обнаружено` for methyl mercaptan (VI: a
feed mill's ambient air at three points in µg/m³ against QCVN 05:2023/BTNMT, `KPH` for H2S, noise with no key) (JW2).

Monitoring: a feed mill's schedule as a matrix of quarters, `+` marks from which the frequency is counted (four, two, one),
all substances of a source in one cell, then the protection-zone points (VI: a fish meal plant's GPMT programme under
section rows of automatic and periodic monitoring, the same outlet in both) (JW1); a fish plant's programme of waste
water, lake and smell with decimal coordinates as look-alikes and `ежемесячно (апрель – ноябрь)` (VI: a feed mill whose
frequency is written only in the section rows) (JW2).

Inspections: a feed mill's plan-schedule of internal checks with twelve month columns marked `х`, the frequency counted
from the marks, the approval sheet of no role (VI: a fish meal plant's self-inspection plan with months written, `Tháng 3,
6, 9, 12`, and a check on each delivery without a frequency) (JW1); a fish plant's regulation of its gas-cleaning units,
checks `1.1` under unit rows with criteria full of figures (`1,2–1,8 кПа`, `pH 8,5–9,5`) that are no limits and a check
on a rise of resistance without a frequency (VI: a feed mill's check sheet of bag filters, cyclone and pellet line) (JW2).

Tasks: a feed mill's plan of carrying out an order of the Department of Ecology, the order's item numbers with gaps
beside the plan's own numbers, the violation, the measure, the term, who acts and an empty completion column (VI: a fish
meal plant's plan of remedying an inspection's findings, items `1.1` under finding rows) (JW1); a fish plant's three-year
plan of nature-protection measures, items `1.1` under sections, the effect in t/year, the money by year under a merged
header with subtotals and a total (VI: a feed mill's 2026 plan under Roman sections, items numbered from 1 in each) (JW2).
"""

from __future__ import annotations

from . import vocab
from .common import Doc, distractor, freq, make_bin, make_msdn, maybe_distractor, num
from .limits_data import add, limit
from .registry import ROLES, Layout
from .sources_data import emission

# ---------------------------------------------------------------- helpers


def _L(doc: Doc) -> int:
    """0 for a Russian document, 1 for a Kazakh one."""
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
    """A row whose first cell spans the whole table."""
    rows.append([text] + [None] * (width - 1))
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))


def _kind(number: str) -> str:
    return "unorganized" if number.startswith("6") else "organized"


def _kato(doc: Doc, prefix: str) -> str:
    rest = 9 - len(prefix) - 3
    return f"{prefix}{doc.rng.randint(10 ** (rest - 1), 10**rest - 1)}{doc.rng.choice(('000', '100'))}"


def _dms(doc: Doc, base: float, spread: float = 0.01) -> tuple[float, int, int, float]:
    """A coordinate near `base` as degrees, minutes and seconds to a tenth, with its decimal value."""
    x = base + doc.rng.uniform(-spread, spread)
    d = int(x)
    m = int((x - d) * 60)
    s = round(((x - d) * 60 - m) * 60, 1)
    if s >= 60:
        s = 59.9
    return round(d + m / 60 + s / 3600, 6), d, m, s


def _dms_text(d: int, m: int, s: float, lang: str, suffix: str) -> str:
    sec = f"{s:.1f}".replace(".", ",") if lang != "en" else f"{s:.1f}"
    return f"{d}°{m:02d}'{sec}\" {suffix}".strip()


# code: (RU, KK, VI name, hazard class as the documents print it); names of corpus/air_pollutants.csv or of the list in
# force (the KK documents keep the Russian name where the list has no Kazakh one, as they do)
AIRS = {
    "2937": ("Пыль зерновая", "Пыль зерновая", "", 3),
    "2911": ("Пыль комбикормовая /в пересчете на белок/", "Пыль комбикормовая /в пересчете на белок/", "", None),
    "2909": ("Пыль неорганическая, содержащая двуокись кремния в %: менее 20", "Бейорганикалық шаң: кремний қостотығы 20%-дан төмен", "", 3),
    "0143": ("Марганец и его соединения", "Марганец және оның қосылыстары", "Mangan và hợp chất", 2),
    "0207": ("Цинк оксид", "Мырыш оксиді", "", 3),
    "0333": ("Сероводород", "Күкіртсутек", "H2S", 2),
    "0303": ("Аммиак", "Аммиак", "NH3", 4),
    "1715": ("Метантиол (Метилмеркаптан)", "Метантиол (метилмеркаптан)", "Metyl mercaptan", 4),
    "1862": ("Триметиламин", "Триметиламин", "", 4),
    "0301": ("Азота диоксид", "Азот диоксиді", "NOx (tính theo NO2)", 2),
    "0304": ("Азот (II) оксид", "Азот оксиді", "", 3),
    "0337": ("Углерод оксид", "Көміртек оксиді", "CO", 4),
    "0330": ("Сера диоксид", "Күкірт диоксиді", "SO2", 3),
    "0328": ("Углерод (Сажа)", "Көміртек (күйе)", "", 3),
    "2902": ("Взвешенные частицы", "Қалқыма бөлшектер", "Bụi tổng", 3),
    "0008": ("Взвешенные частицы РМ10", "Қалқыма бөлшектер РМ10", "Bụi PM10", None),
}


def _air(doc: Doc, code: str) -> str:
    return AIRS[code][vocab.LANGS.index(doc.lang)]


def _hz(code: str) -> int | None:
    return AIRS[code][3]


DAILY = {"ru": "ежедневно", "kk": "күн сайын", "vi": "hằng ngày"}
WEEKLY = {"ru": "еженедельно", "kk": "апта сайын", "vi": "hằng tuần"}


def _said(doc: Doc) -> dict[str, str]:
    """One wording per frequency for the whole document, as one writer keeps it."""
    out = {w: freq(doc, w) for w in ("monthly", "quarterly", "semiannual", "yearly", "continuous")}
    out.update(daily=DAILY[doc.lang], weekly=WEEKLY[doc.lang])
    return out


# ---------------------------------------------------------------- facility

# (RU, KK operator, RU, KK head, phone)
FEED_OPERATORS = (
    ("ТОО «Қостанай Құрама Жем»", "«Қостанай Құрама Жем» ЖШС", "директор Бекмухамбетов Р.К.", "директор Бекмұхамбетов Р.Қ.", "+7 7142 53 18 60"),
    ("ТОО «Тобол Агрокорм»", "«Тобыл Агрожем» ЖШС", "генеральный директор Штайнбах В.Ф.", "бас директор Штайнбах В.Ф.", "+7 7142 21 77 04"),
)  # fmt: skip
# (RU, KK object, key RU, key KK, OKED, RU, KK place, KATO prefix, lat, lon, RU, KK capacity, category)
FEED_OBJECTS = (
    ("Комбикормовый завод", "Құрама жем зауыты", "Комбикормовый", "Құрама жем", "10910",
     "Костанайская область, г. Костанай, Северная промзона, проезд Элеваторный, 7", "Қостанай облысы, Қостанай қ., Солтүстік өнеркәсіп аймағы, Элеватор өтпесі, 7",
     "3910", 53.2536, 63.6481, "30 т/ч (до 210 тыс. т комбикормов в год)", "30 т/сағ (жылына 210 мың т-ға дейін құрама жем)", "II"),
    ("Элеватор «Заречный»", "«Заречный» элеваторы", "Заречный", "Заречный", "52101",
     "Костанайская область, Костанайский район, с. Заречное, ул. Элеваторная, 1", "Қостанай облысы, Қостанай ауданы, Заречное а., Элеватор к-сі, 1",
     "3954", 53.1723, 63.5912, "единовременное хранение 48 тыс. т зерна", "бір мезгілде 48 мың т астық сақтау", "III"),
    ("Цех премиксов и БВМК", "Премикстер мен АВМК цехы", "премиксов", "Премикстер", "10910",
     "Костанайская область, г. Костанай, Северная промзона, проезд Элеваторный, 7/2", "Қостанай облысы, Қостанай қ., Солтүстік өнеркәсіп аймағы, Элеватор өтпесі, 7/2",
     "3910", 53.2551, 63.6507, "5 000 т премиксов в год", "жылына 5 000 т премикс", "III"),
)  # fmt: skip


def facility_jw1(doc: Doc) -> None:
    """A feed-milling operator's register of its objects as one wide table, one object a row: the operator's name and BIN
    merged down over the three rows, a header over two rows (`Оператор | Объект | Местоположение` over their sub-columns),
    a row of column numbers under it, the coordinates in degrees, minutes and seconds with `с.ш.`/`в.д.` in two columns,
    the category and the capacity last; the operator's phone and the elevator's tonnage as look-alikes, the feed recipes
    with their numbers (`ПК-5-1`) in a table of no role (VI: a fish meal and fish oil plant's information sheet from its
    GPMT application, VN-2000 metres beside the WGS-84 seconds, `Nhóm I`)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_jw1_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    op = doc.pick(FEED_OPERATORS)
    operator = op[L]
    bin_ = make_bin(r)
    doc.h(g("Реестр объектов оператора, оказывающих негативное воздействие на окружающую среду",
            "Қоршаған ортаға теріс әсер ететін оператор объектілерінің тізілімі"))
    doc.p(g(f"Составлен по состоянию на 01.01.2026. Руководитель: {op[2]}, тел. {op[4]}.",
            f"2026 жылғы 01.01. жағдай бойынша жасалды. Басшы: {op[3]}, тел. {op[4]}."))
    hdr0 = g(["№", "Оператор", None, "Объект", None, "Местоположение", None, None, None, "Категория", "Мощность"],
             ["№", "Оператор", None, "Объект", None, "Орналасқан жері", None, None, None, "Санаты", "Қуаты"])
    hdr1 = g([None, "наименование", "БИН", "наименование", "ОКЭД", "адрес, код КАТО", None, "широта", "долгота", None, None],
             [None, "атауы", "БСН", "атауы", "ЭҚЖЖ", "мекенжайы, ҚАТО коды", None, "ендік", "бойлық", None, None])
    rows = [hdr0, hdr1, [str(k) for k in range(1, 12)]]
    merges = [(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4), (0, 5, 0, 8), (1, 5, 1, 6), (0, 9, 1, 9), (0, 10, 1, 10)]
    start = len(rows)
    for k, o in enumerate(FEED_OBJECTS, 1):
        kato = _kato(doc, o[7])
        lat, d1, m1, s1 = _dms(doc, o[8], 0.003)
        lon, d2, m2, s2 = _dms(doc, o[9], 0.003)
        rows.append([str(k), operator if k == 1 else None, bin_ if k == 1 else None, o[L], o[4], o[5 + L], kato,
                     _dms_text(d1, m1, s1, doc.lang, g("с.ш.", "с.е.")), _dms_text(d2, m2, s2, doc.lang, g("в.д.", "ш.б.")),
                     o[12], o[10 + L]])
        doc.add("facilities", {"bin": bin_, "name_contains": o[2 + L], "kato": kato, "oked": o[4], "category": o[12], "lat": lat, "lon": lon})
    merges += [(start, 1, len(rows) - 1, 1), (start, 2, len(rows) - 1, 2)]
    doc.table(g("Таблица 1", "1-кесте"), rows, merges, role="facility")
    doc.p(g("Примечание: элеватор и цех премиксов переданы оператору по договору доверительного управления от 14.03.2023; "
            "емкость силосов элеватора – 24 × 2 000 т.",
            "Ескертпе: элеватор мен премикстер цехы операторға 14.03.2023 сенімгерлік басқару шарты бойынша берілген; "
            "элеватор сүрлемдерінің сыйымдылығы – 24 × 2 000 т."))
    rec = [g(["Рецепт", "Назначение", "Выпуск в 2025 г., т"], ["Рецепт", "Мақсаты", "2025 ж. шығарылымы, т"])]
    for code, ru, kk in (("ПК-5-1", "для цыплят-бройлеров (старт)", "бройлер балапандарына (бастапқы)"),
                         ("ПК-6-2", "для бройлеров (финиш)", "бройлерлерге (соңғы)"),
                         ("СК-26", "для свиней на откорме", "бордақыдағы шошқаларға"),
                         ("КК-61", "для дойных коров", "сауын сиырларға")):
        rec.append([code, g(ru, kk), num(r.randint(80, 620) * 100, doc.lang)])
    doc.table(g("Ассортимент продукции комбикормового завода", "Құрама жем зауытының өнім ассортименті"), rec, role="other")


VN_FISHMEAL = (
    ("Nhà máy chế biến bột cá, dầu cá Tắc Cậu", "Tắc Cậu", "Công ty Cổ phần Bột cá Tắc Cậu",
     "ấp Xẻo Nhàu, xã Tắc Cậu, tỉnh An Giang (trước ngày 01/7/2025: xã Bình An, huyện Châu Thành, tỉnh Kiên Giang)", 9.9041, 105.1127),
    ("Nhà máy bột cá, dầu cá Sông Đốc", "Sông Đốc", "Công ty TNHH Thủy sản và Bột cá Sông Đốc",
     "khóm 7, xã Sông Đốc, tỉnh Cà Mau (trước ngày 01/7/2025: thị trấn Sông Đốc, huyện Trần Văn Thời)", 9.0395, 104.8271),
)  # fmt: skip


def _facility_jw1_vi(doc: Doc) -> None:
    r = doc.rng
    name, key, company, place, blat, blon = doc.pick(VN_FISHMEAL)
    msdn = make_msdn(r)
    lat, d1, m1, s1 = _dms(doc, blat, 0.002)
    lon, d2, m2, s2 = _dms(doc, blon, 0.002)
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG CỦA CƠ SỞ „{name.upper()}”")
    doc.h("Chương I. THÔNG TIN CHUNG VỀ CƠ SỞ")
    rows = [["Mục", "Nội dung", "Thông tin"]]
    merges = []
    _span(rows, merges, "1. Chủ cơ sở", 3)
    rows += [["1.1", "Tên chủ cơ sở", company],
             ["1.2", "Mã số doanh nghiệp", f"{msdn} (đăng ký lần đầu ngày {r.randint(1, 28):02d}/05/2009, thay đổi lần thứ {r.randint(3, 9)})"],
             ["1.3", "Người đại diện", f"Ông {doc.pick(('Danh Sơn', 'Lâm Văn Tươi', 'Huỳnh Tấn Lực'))} – Giám đốc; ĐT: 0297 3{r.randint(100000, 999999)}"]]
    _span(rows, merges, "2. Cơ sở", 3)
    x, y = 1095000 + r.randint(-900, 900), 512000 + r.randint(-900, 900)
    rows += [["2.1", "Tên cơ sở", name],
             ["2.2", "Địa điểm", place],
             ["2.3", "Tọa độ VN-2000 (KTT 104°30', múi 3°)", f"X = {num(x, 'vi')} m; Y = {num(y, 'vi')} m"],
             ["2.4", "Tọa độ WGS-84", f"{_dms_text(d1, m1, s1, 'vi', 'N')}; {_dms_text(d2, m2, s2, 'vi', 'E')}"],
             ["2.5", "Loại hình sản xuất", "Sản xuất bột cá, dầu cá từ cá tạp và phụ phẩm chế biến thủy sản"],
             ["2.6", "Công suất", f"Bột cá {num(r.choice((24000, 30000, 36000)), 'vi')} tấn sản phẩm/năm; dầu cá {num(r.choice((2400, 3600)), 'vi')} tấn/năm"],
             ["2.7", "Phân loại theo Luật Bảo vệ môi trường 2020", "Nhóm I (loại hình có nguy cơ gây ô nhiễm môi trường, công suất lớn)"]]  # fmt: skip
    doc.table("Bảng 1.1. Thông tin chung", rows, merges, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": key, "category": "I", "lat": lat, "lon": lon})
    doc.table("Bảng 1.2. Nhu cầu nguyên liệu, nhiên liệu", [
        ["TT", "Nguyên liệu, nhiên liệu", "Đơn vị", "Năm 2024", "Năm 2025"],
        ["1", "Cá tạp, phụ phẩm cá tra, cá ngừ", "tấn", num(r.randint(95, 140) * 1000, "vi"), num(r.randint(95, 140) * 1000, "vi")],
        ["2", "Than đá cám 4a (lò hơi)", "tấn", num(r.randint(5, 9) * 1000, "vi"), num(r.randint(5, 9) * 1000, "vi")],
        ["3", "Chất chống oxy hóa Ethoxyquin", "kg", num(r.randint(12, 30) * 1000, "vi"), num(r.randint(12, 30) * 1000, "vi")],
    ], role="other")
    maybe_distractor(doc, 0.3)


# (RU, KK plant, key, RU, KK operator, RU, KK place, KATO prefix, lat, lon, RU, KK fish)
FISH_PLANTS = (
    ("Рыбоперерабатывающий завод «Балқаш Балық»", "«Балқаш Балық» балық өңдеу зауыты", "Балқаш Балық", "ТОО «Балқаш Балық Өнімдері»", "«Балқаш Балық Өнімдері» ЖШС",
     "Карагандинская область, г. Балхаш, ул. Приозерная, 40", "Қарағанды облысы, Балқаш қ., Көл жағалауы к-сі, 40", "3520", 46.8467, 74.9802,
     "судак, лещ, сазан, карась", "көксерке, табан, сазан, мөңке"),
    ("Рыбокомбинат «Арал Теңізі»", "«Арал Теңізі» балық комбинаты", "Арал Теңізі", "ТОО «Арал Теңізі Фиш»", "«Арал Теңізі Фиш» ЖШС",
     "Кызылординская область, г. Аральск, ул. Портовая, 12", "Қызылорда облысы, Арал қ., Порт к-сі, 12", "4330", 46.7951, 61.6683,
     "камбала-глосса, судак, лещ", "глосса-камбала, көксерке, табан"),
)  # fmt: skip


def facility_jw2(doc: Doc) -> None:
    """A fish-processing plant's questionnaire of general data for its ПЭК programme: questions numbered `1)` … in the first
    column with sub-questions, the BIN and the KATO written in one cell as `БИН / КАТО`, the coordinates as `46.8467:74.9802`
    with a label `шир.:долг.`, the category in words (`вторая (II)`), the ОКПО number, the bank account and the fishing quota's
    number as look-alikes, the fish received by species in a table of no role (VI: an industrial park's roster of the
    feed and premix companies it hosts, a two-row header `Doanh nghiệp | Quy mô`, tax numbers, areas in hectares, `Nhóm II`
    and `Nhóm III`)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_jw2_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    p = doc.pick(FISH_PLANTS)
    name, key, operator, place = p[L], p[2], p[3 + L], p[5 + L]
    bin_, kato = make_bin(r), _kato(doc, p[7])
    lat, lon = round(p[8] + r.uniform(-0.003, 0.003), 4), round(p[9] + r.uniform(-0.003, 0.003), 4)
    doc.h(g("Анкета-характеристика объекта для программы производственного экологического контроля",
            "Өндірістік экологиялық бақылау бағдарламасына арналған объектінің сауалнама-сипаттамасы"))
    rows = [g(["Вопрос", "Ответ"], ["Сұрақ", "Жауап"]),
            [g("1) Наименование объекта", "1) Объектінің атауы"), name],
            [g("2) Оператор объекта", "2) Объект операторы"), operator],
            [g("3) БИН / КАТО", "3) БСН / ҚАТО"), f"{bin_} / {kato}"],
            [g("4) Код ОКПО", "4) ЖСКЖ коды"), f"{r.randint(10**7, 10**8 - 1)}"],
            [g("5) Банковские реквизиты (ИИК)", "5) Банк деректемелері (ЖСК)"), f"KZ{r.randint(10, 99)}601A{r.randint(10**11, 10**12 - 1)}"],
            [g("6) Фактический адрес", "6) Нақты мекенжайы"), place],
            [g("7) Координаты центра площадки (шир.:долг.)", "7) Алаң орталығының координаттары (ендік:бойлық)"), f"{lat:.4f}:{lon:.4f}"],
            [g("8) Вид деятельности", "8) Қызмет түрі"),
             g("переработка и консервирование рыбы; производство рыбной муки и технического рыбьего жира (ОКЭД 10200)",
               "балықты қайта өңдеу және консервілеу; балық ұнын және техникалық балық майын өндіру (ЭҚЖЖ 10200)")],
            [g("9) Категория объекта", "9) Объектінің санаты"), g("вторая (II)", "екінші (II)")],
            [g("10) Производительность: а) переработка сырца; б) выпуск рыбной муки", "10) Өнімділігі: а) шикі балықты өңдеу; б) балық ұнын шығару"),
             g(f"а) {num(r.randint(40, 90), 'ru')} т/сут; б) {num(r.randint(6, 15), 'ru')} т/сут", f"а) {num(r.randint(40, 90), 'kk')} т/тәул; б) {num(r.randint(6, 15), 'kk')} т/тәул")],
            [g("11) Квота вылова (разрешение на пользование животным миром)", "11) Аулау квотасы (жануарлар дүниесін пайдалануға рұқсат)"),
             f"№ KZ{r.randint(10, 99)}VEG{r.randint(10**6, 10**7 - 1)}, {num(r.randint(300, 900), doc.lang)} т"],
            [g("12) Расстояние до уреза воды озера, м", "12) Көлдің су шетіне дейінгі қашықтық, м"), num(r.randint(350, 900), doc.lang)]]
    doc.table(None, rows, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": key, "kato": kato, "oked": "10200", "category": "II", "lat": lat, "lon": lon})
    fish = [g(["Вид сырья", "Поступило в 2025 г., т", "в т.ч. на рыбную муку, т"], ["Шикізат түрі", "2025 ж. түсті, т", "оның ішінде балық ұнына, т"])]
    for sp in p[10 + L].split(", "):
        a = r.randint(120, 900)
        fish.append([sp, num(a, doc.lang), num(round(a * r.uniform(0.2, 0.4)), doc.lang)])
    doc.table(g("Поступление рыбы-сырца", "Шикі балықтың түсуі"), fish, role="other")
    maybe_distractor(doc, 0.3)


VN_PARK_FIRMS = (
    ("Công ty TNHH Thức ăn Chăn nuôi Phú Hưng", "Phú Hưng", "Sản xuất thức ăn chăn nuôi gia súc, gia cầm (VSIC 1080)", 6.2, "360.000 tấn/năm", "II"),
    ("Công ty Cổ phần Premix Việt Đức", "Việt Đức", "Sản xuất premix vitamin, khoáng (VSIC 1080)", 1.8, "12.000 tấn/năm", "III"),
    ("Công ty TNHH Thức ăn Thủy sản Long Thành", "Long Thành", "Sản xuất thức ăn thủy sản (VSIC 1080)", 4.5, "180.000 tấn/năm", "II"),
)


def _facility_jw2_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP TỈNH ĐỒNG NAI")
    doc.p("Phụ lục: Danh sách doanh nghiệp ngành chế biến thức ăn chăn nuôi đang hoạt động trong Khu công nghiệp Long Đức "
          "(kèm theo Báo cáo số 1125/BC-KCNĐN ngày 20/11/2025).")
    rows = [["STT", "Doanh nghiệp", None, "Ngành nghề", "Quy mô", None, "Phân nhóm (Luật BVMT 2020)"],
            [None, "Tên", "Mã số thuế", None, "Diện tích (ha)", "Công suất", None]]
    merges = [(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 1, 3), (0, 4, 0, 5), (0, 6, 1, 6)]
    for k, (name, key, trade, area, cap, group) in enumerate(VN_PARK_FIRMS, 1):
        mst = make_msdn(r)
        rows.append([str(k), name, mst, trade, num(area, "vi"), cap, f"Nhóm {group}"])
        doc.add("facilities", {"bin": mst, "name_contains": key, "category": group})
    rows.append(["", "Tổng cộng", None, "", num(round(sum(f[3] for f in VN_PARK_FIRMS), 1), "vi"), "", ""])
    merges.append((len(rows) - 1, 1, len(rows) - 1, 2))
    doc.table("Bảng 1. Danh sách doanh nghiệp", rows, merges, role="facility")
    doc.p("Ghi chú: Mã số thuế đồng thời là mã số doanh nghiệp; diện tích theo hợp đồng thuê lại đất đã ký với Công ty phát triển hạ tầng.")
    maybe_distractor(doc, 0.4)


# ---------------------------------------------------------------- emissions

# ((RU, KK shop), [(number, RU, KK source of release, hours, height, diameter or None, speed, temp, {code: (low, high) g/s})])
FEED_SHOPS = (
    (("Элеватор", "Элеватор"), [
        ("0001", "Аспирация приемного устройства (циклон 4БЦШ-500)", "Қабылдау құрылғысының аспирациясы (4БЦШ-500 циклоны)", 2400, 24, 0.6, 11.2, 20,
         {"2937": (0.08, 0.3)}),
        ("0002", "Зерносушилка ДСП-32 (топка на газе)", "ДСП-32 астық кептіргіші (газбен жұмыс істейтін оттық)", 1800, 18, 1.0, 8.4, 55,
         {"2937": (0.15, 0.5), "0301": (0.02, 0.06), "0337": (0.05, 0.2)}),
        ("6001", "Разгрузка зерна из автомобилей (открытые завальные ямы)", "Астықты автокөліктен түсіру (ашық шұңқырлар)", 2400, 2, None, None, None,
         {"2937": (0.04, 0.15)})]),
    (("Комбикормовый цех", "Құрама жем цехы"), [
        ("0003", "Аспирация молотковых дробилок А1-ДДП", "А1-ДДП балғалы ұсатқыштарының аспирациясы", 6200, 27, 0.5, 13.5, 22,
         {"2911": (0.05, 0.2)}),
        ("0004", "Охладитель гранул (циклон ЦОЛ-6)", "Түйіршіктерді салқындатқыш (ЦОЛ-6 циклоны)", 6200, 27, 0.7, 10.1, 38, {"2911": (0.06, 0.22)}),
        ("6002", "Отгрузка рассыпного комбикорма в автокормовозы", "Үйінді құрама жемді жем тасығыштарға тиеу", 3100, 4, None, None, None,
         {"2911": (0.01, 0.05)})]),
    (("Котельная", "Қазандық"), [
        ("0005", "Дымовая труба котельной (2 котла на природном газе)", "Қазандықтың түтін мұржасы (табиғи газбен жұмыс істейтін 2 қазандық)", 8400, 30,
         0.8, 6.2, 140, {"0301": (0.15, 0.45), "0304": (0.02, 0.07), "0337": (0.3, 0.9)})]),
)  # fmt: skip


def emissions_jw1(doc: Doc) -> None:
    """A feed mill's table of the parameters of its sources as inventories print it: the shop merged down its sources, the
    source of release with its hours, the ИЗА number, height, mouth diameter, gas speed and temperature, map coordinates `X1`,
    `Y1` in metres, the substance's code and name, then `г/с | мг/м³ | т/год` under a header of two rows and a row of column
    numbers; the concentration, the coordinates and the hours are no emissions; a subtotal under each shop and the mill's
    total; no hazard class (VI: a fish meal plant's loads as a cross-table — pollutants as rows, each stack a pair of
    columns `g/s | tấn/năm`, dashes where a stack does not emit)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_jw1_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    op = doc.pick(FEED_OPERATORS)[L]
    doc.h(g(f"Раздел 3. Параметры выбросов загрязняющих веществ. Комбикормовый завод {op}",
            f"3-бөлім. Ластаушы заттар шығарындыларының параметрлері. {op} құрама жем зауыты"))
    doc.p(g("Координаты источников даны в метрах в местной системе координат карты-схемы предприятия (начало – юго-западный угол ограждения).",
            "Көздердің координаттары кәсіпорынның карта-схемасының жергілікті координаттар жүйесінде метрмен берілген (басы – қоршаудың оңтүстік-батыс бұрышы)."))
    head0 = g(["Цех", "Источник выделения", None, "№ ИЗА", "Высота, м", "Диаметр устья, м", "Параметры ГВС", None, "Координаты, м", None,
               "Код ЗВ", "Наименование ЗВ", "Выбросы", None, None],
              ["Цех", "Бөліну көзі", None, "ЛШК №", "Биіктігі, м", "Сағасының диаметрі, м", "ГАҚ параметрлері", None, "Координаттары, м", None,
               "ЛЗ коды", "ЛЗ атауы", "Шығарындылар", None, None])
    head1 = g([None, "наименование", "часов в году", None, None, None, "скорость, м/с", "t, °С", "X1", "Y1", None, None, "г/с", "мг/м³", "т/год"],
              [None, "атауы", "жылына сағат", None, None, None, "жылдамдығы, м/с", "t, °С", "X1", "Y1", None, None, "г/с", "мг/м³", "т/жыл"])
    rows = [head0, head1, [str(k) for k in range(1, 16)]]
    merges = [(0, c, 1, c) for c in (0, 3, 4, 5, 10, 11)] + [(0, 1, 0, 2), (0, 6, 0, 7), (0, 8, 0, 9), (0, 12, 0, 14)]
    sub_word = g("Итого по цеху", "Цех бойынша жиыны")
    all_g, all_t, numbers = [], [], []
    for (c_ru, c_kk), sources in FEED_SHOPS:
        shop_start = len(rows)
        shop_g, shop_t = [], []
        for number, s_ru, s_kk, hours, height, diam, speed, temp, codes in sources:
            x1, y1 = r.randint(20, 480), r.randint(20, 360)
            start = len(rows)
            for j, (code, (lo, hi)) in enumerate(codes.items()):
                gs = _sig(r.uniform(lo, hi), 3)
                ty = _sig(gs * 3600 * hours * r.uniform(0.8, 1.0) / 1e6, 3)
                if diam:
                    vol = 3.1416 * diam * diam / 4 * speed
                    conc = num(_sig(gs * 1000 / vol, 3), doc.lang)
                else:
                    conc = "–"
                first = j == 0
                rows.append([(c_ru, c_kk)[L] if start == shop_start and first else None,
                             (s_ru, s_kk)[L] if first else None, num(hours, doc.lang) if first else None, number if first else None,
                             num(height, doc.lang) if first else None, (num(diam, doc.lang) if diam else "–") if first else None,
                             (num(speed, doc.lang) if speed else "–") if first else None, (num(temp, doc.lang) if temp else "–") if first else None,
                             str(x1) if first else None, str(y1) if first else None, code, _air(doc, code), num(gs, doc.lang), conc, num(ty, doc.lang)])
                doc.add("emissions", emission(code, gs, ty, number))
                shop_g.append(gs)
                shop_t.append(ty)
            if len(codes) > 1:
                merges += [(start, c, len(rows) - 1, c) for c in range(1, 10)]
            numbers.append(number)
        merges.append((shop_start, 0, len(rows) - 1, 0))
        rows.append([sub_word, None, None, None, None, None, None, None, None, None, None, None,
                     num(round(sum(shop_g), 6), doc.lang), "", num(round(sum(shop_t), 6), doc.lang)])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 11))
        all_g += shop_g
        all_t += shop_t
    rows.append([g("Всего по предприятию", "Кәсіпорын бойынша барлығы")] + [None] * 11 + [num(round(sum(all_g), 6), doc.lang), "",
                                                                                     num(round(sum(all_t), 6), doc.lang)])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 11))
    doc.table(g("Таблица 3.3 – Параметры выбросов загрязняющих веществ в атмосферу для расчета нормативов допустимых выбросов",
                "3.3-кесте – Жол берілетін шығарындылар нормативтерін есептеуге арналған атмосфераға ластаушы заттар шығарындыларының параметрлері"),
              rows, merges, role="emissions")
    doc.add("sources", *({"number": n, "type": _kind(n)} for n in numbers))
    maybe_distractor(doc)


# (VI stack, {code: (low, high) g/s}, hours)
VN_FISH_STACKS = (
    ("Ống thải số 1 – Lò hơi đốt than 15 tấn hơi/giờ", {"2902": (1.2, 3.0), "0330": (2.0, 5.5), "0301": (1.5, 3.8), "0337": (0.8, 2.4)}, 7200),
    ("Ống thải số 2 – Hệ thống khử mùi máy sấy bột cá (tháp hấp thụ + lọc sinh học)", {"2902": (0.2, 0.6), "0333": (0.01, 0.05), "0303": (0.05, 0.2),
                                                                                         "1715": (0.002, 0.01)}, 7200),
    ("Ống thải số 3 – Máy phát điện dự phòng 1.250 kVA", {"2902": (0.05, 0.15), "0330": (0.1, 0.4), "0301": (0.6, 1.6), "0337": (0.3, 0.9)}, 150),
)
VN_ROW_ORDER = ("2902", "0330", "0301", "0337", "0333", "0303", "1715")


def _emissions_jw1_vi(doc: Doc) -> None:
    r = doc.rng
    name, _, company, *_ = doc.pick(VN_FISHMEAL)
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – {name.upper()}")
    doc.h("3.2. Công trình, biện pháp xử lý bụi, khí thải")
    doc.p(f"Chủ cơ sở: {company}. Tải lượng được tính từ kết quả đo đạc thực tế năm 2025 và thời gian hoạt động của từng nguồn.")
    head0, head1 = ["TT", "Chất ô nhiễm"], [None, None]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1)]
    for k, (stack, _, _) in enumerate(VN_FISH_STACKS):
        head0 += [stack, None]
        head1 += ["g/s", "tấn/năm"]
        merges.append((0, 2 + 2 * k, 0, 3 + 2 * k))
    rows = [head0, head1]
    loads = [{c: _sig(r.uniform(lo, hi), 3) for c, (lo, hi) in codes.items()} for _, codes, _ in VN_FISH_STACKS]
    for n, code in enumerate(VN_ROW_ORDER, 1):
        line = [str(n), _air(doc, code)]
        for (_, _, hours), ld in zip(VN_FISH_STACKS, loads, strict=True):
            if code not in ld:
                line += ["-", "-"]
                continue
            gs = ld[code]
            ty = _sig(gs * 3600 * hours / 1e6, 3)
            line += [num(gs, "vi"), num(ty, "vi")]
            doc.add("emissions", emission(code, gs, ty))
        rows.append(line)
    doc.table("Bảng 3.4. Tải lượng các chất ô nhiễm trong khí thải sau xử lý", rows, merges, role="emissions")
    doc.p("Ghi chú: lò hơi và hệ thống khử mùi hoạt động 24 giờ/ngày, 300 ngày/năm; máy phát điện chỉ vận hành khi mất điện lưới "
          "(khoảng 150 giờ/năm). Chiều cao ống thải số 1 là 25 m, đường kính 1,2 m.")
    maybe_distractor(doc)


# code: (low, high) t/y, solid?
PREMIX_SUBST = {"2911": ((0.4, 1.2), True), "2909": ((0.2, 0.8), True), "0143": ((0.002, 0.009), True), "0207": ((0.003, 0.012), True),
                "0301": ((0.3, 0.9), False), "0304": ((0.05, 0.15), False), "0337": ((0.6, 1.8), False)}


def emissions_jw2(doc: Doc) -> None:
    """A premix plant's declaration of its environmental impact (category III): a list of the pollutants it emits — code,
    name, hazard class (a dash for the feed dust that has only an ОБУВ), grams per second and tonnes a year under a merged
    header, the share of the total in per cent after them — with the total first and `в том числе твердые` and
    `газообразные и жидкие` under it, and no sources (VI: a feed mill's EIA table of loads in the construction and the
    operation periods, each period a section row, kg/h beside g/s, only the operation given in tonnes a year)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_jw2_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    op = doc.pick(FEED_OPERATORS)[L]
    decl = f"KZ{r.randint(10, 99)}RYS{r.randint(10**7, 10**8 - 1):08d}"
    doc.h(g("Декларация о воздействии на окружающую среду", "Қоршаған ортаға әсер ету туралы декларация"))
    doc.p(g(f"Декларант: {op}. Объект: цех премиксов и БВМК (III категория). Регистрационный номер предыдущей декларации {decl}. "
            "Декларируемые выбросы – на 2026–2035 годы.",
            f"Декларант: {op}. Объект: премикстер мен АВМК цехы (III санат). Алдыңғы декларацияның тіркеу нөмірі {decl}. "
            "Мәлімделетін шығарындылар – 2026–2035 жылдарға."))
    rows = [g(["№ п/п", "Код ЗВ", "Наименование загрязняющего вещества", "Класс опасности", "Декларируемый выброс", None, "Доля в общем выбросе, %"],
              ["Р/с №", "ЛЗ коды", "Ластаушы заттың атауы", "Қауіптілік сыныбы", "Мәлімделетін шығарынды", None, "Жалпы шығарындыдағы үлесі, %"]),
            g([None, None, None, None, "г/с", "т/год", None], [None, None, None, None, "г/с", "т/жыл", None])]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 6)] + [(0, 4, 0, 5)]
    items = []
    for code, ((lo, hi), solid) in PREMIX_SUBST.items():
        ty = _sig(r.uniform(lo, hi), 3)
        gs = _sig(ty * 1e6 / (3600 * r.choice((2000, 2400, 4000))), 3)
        items.append((code, gs, ty, solid))
    total_t = sum(i[2] for i in items)
    solid_g, solid_t = sum(i[1] for i in items if i[3]), sum(i[2] for i in items if i[3])
    gas_g, gas_t = sum(i[1] for i in items if not i[3]), sum(i[2] for i in items if not i[3])
    rows.append(["", "", g("Всего по объекту:", "Объект бойынша барлығы:"), "", num(round(solid_g + gas_g, 6), doc.lang), num(round(total_t, 6), doc.lang), "100"])
    rows.append(["", "", g("в том числе твердые:", "оның ішінде қатты:"), "", num(round(solid_g, 6), doc.lang), num(round(solid_t, 6), doc.lang),
                 num(round(solid_t / total_t * 100, 1), doc.lang)])
    for k, (code, gs, ty, _) in enumerate([i for i in items if i[3]], 1):
        hz = _hz(code)
        rows.append([str(k), code, _air(doc, code), str(hz) if hz else "–", num(gs, doc.lang), num(ty, doc.lang), num(round(ty / total_t * 100, 1), doc.lang)])
        doc.add("emissions", emission(code, gs, ty, None, hz))
    rows.append(["", "", g("газообразные и жидкие:", "газ тәрізді және сұйық:"), "", num(round(gas_g, 6), doc.lang), num(round(gas_t, 6), doc.lang),
                 num(round(gas_t / total_t * 100, 1), doc.lang)])
    n = sum(1 for i in items if i[3])
    for k, (code, gs, ty, _) in enumerate([i for i in items if not i[3]], n + 1):
        hz = _hz(code)
        rows.append([str(k), code, _air(doc, code), str(hz) if hz else "–", num(gs, doc.lang), num(ty, doc.lang), num(round(ty / total_t * 100, 1), doc.lang)])
        doc.add("emissions", emission(code, gs, ty, None, hz))
    doc.table(g("2. Декларируемое количество выбросов загрязняющих веществ", "2. Ластаушы заттар шығарындыларының мәлімделетін мөлшері"), rows, merges,
              role="emissions")
    doc.p(g("Для пыли комбикормовой установлен ОБУВ 0,01 мг/м³ (в пересчете на белок); класс опасности не установлен.",
            "Құрама жем шаңы үшін ӘҚБД 0,01 мг/м³ (ақуызға шаққанда) белгіленген; қауіптілік сыныбы белгіленбеген."))
    maybe_distractor(doc)


# (period, [(VI source text, code, (low, high) g/s)], hours a year or None)
VN_FEED_EIA = (
    ("construction", "A. GIAI ĐOẠN THI CÔNG XÂY DỰNG", [
        ("Phương tiện vận chuyển nguyên vật liệu xây dựng", "2902", (0.05, 0.2)),
        ("Phương tiện vận chuyển nguyên vật liệu xây dựng", "0330", (0.005, 0.02)),
        ("Phương tiện vận chuyển nguyên vật liệu xây dựng", "0301", (0.05, 0.15)),
        ("Máy móc thi công sử dụng dầu DO", "0337", (0.03, 0.12))], None),
    ("operation", "B. GIAI ĐOẠN VẬN HÀNH", [
        ("Lò hơi đốt trấu viên 10 tấn hơi/giờ (sau cyclone + lọc bụi túi vải)", "2902", (0.3, 0.9)),
        ("Lò hơi đốt trấu viên 10 tấn hơi/giờ (sau cyclone + lọc bụi túi vải)", "0301", (0.6, 1.5)),
        ("Lò hơi đốt trấu viên 10 tấn hơi/giờ (sau cyclone + lọc bụi túi vải)", "0337", (0.4, 1.2)),
        ("Khu nghiền, trộn, ép viên (sau lọc bụi túi vải)", "2902", (0.1, 0.4))], 6000),
)


def _emissions_jw2_vi(doc: Doc) -> None:
    r = doc.rng
    name, key, *_ = doc.pick(VN_PARK_FIRMS[::2])
    doc.h(f"BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG DỰ ÁN NHÀ MÁY SẢN XUẤT THỨC ĂN CHĂN NUÔI {key.upper()} – KCN LONG ĐỨC")
    doc.p(f"Chủ dự án: {name}. Thời gian thi công dự kiến 14 tháng; nhà máy hoạt động 20 giờ/ngày, 300 ngày/năm.")
    rows = [["Nguồn phát sinh", "Chất ô nhiễm", "Tải lượng (kg/giờ)", "Tải lượng (g/s)", "Tải lượng (tấn/năm)"]]
    merges = []
    for period, title, items, hours in VN_FEED_EIA:
        _span(rows, merges, title, 5)
        prev, start = None, len(rows)
        for src, code, (lo, hi) in items:
            gs = _sig(r.uniform(lo, hi), 3)
            kgh = _sig(gs * 3.6, 3)
            ty = _sig(gs * 3600 * hours / 1e6, 3) if hours else None
            if src != prev:
                if len(rows) - start > 1:
                    merges.append((start, 0, len(rows) - 1, 0))
                start = len(rows)
            rows.append([src if src != prev else None, _air(doc, code), num(kgh, "vi"), num(gs, "vi"), num(ty, "vi") if ty else "-"])
            prev = src
            doc.add("emissions", emission(code, gs, ty, None, None, period))
        if len(rows) - start > 1:
            merges.append((start, 0, len(rows) - 1, 0))
    doc.table("Bảng 3.12. Tải lượng bụi, khí thải của dự án theo từng giai đoạn", rows, merges, role="emissions")
    doc.p("Tải lượng giai đoạn thi công tính theo hệ số ô nhiễm của Tổ chức Y tế Thế giới (WHO, 1993) cho xe tải 3,5 – 16 tấn chạy dầu DO.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

# (code, RU, KK, (low, high) t, limit factor)
FEED_WASTES = (
    ("02 03 04", "Зерновые отходы и некондиционное сырье (отходы III категории)", "Астық қалдықтары және кондицияға сай емес шикізат", (30, 120)),
    ("02 03 99", "Пыль аспирационных систем (уловленная в циклонах)", "Аспирация жүйелерінің шаңы (циклондарда ұсталған)", (8, 40)),
    ("15 01 01", "Мешки бумажные из-под сырья", "Шикізаттан босаған қағаз қаптар", (3, 12)),
    ("15 01 02", "Мешки полипропиленовые и биг-бэги", "Полипропилен қаптар мен биг-бэгтер", (2, 9)),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", (6, 18)),
    ("13 02 08*", "Отработанные масла (редукторы, компрессоры)", "Пайдаланылған майлар (редукторлар, компрессорлар)", (0.3, 1.2)),
    ("16 01 07*", "Отработанные масляные фильтры", "Пайдаланылған май сүзгілері", (0.02, 0.1)),
    ("15 02 02*", "Промасленная ветошь", "Майланған шүберек", (0.05, 0.3)),
    ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", (0.01, 0.06)),
)  # fmt: skip


def wastes_jw1(doc: Doc) -> None:
    """A feed mill's table of the limits of waste accumulation annexed to its permit: hazardous and non-hazardous wastes
    under section rows with their subtotals and the mill's total, a header over two rows (`Образование, т/год | Лимит
    накопления, т/год | Срок накопления, мес.`), the code in the last column, the accumulation limit (a smaller figure) and the
    months as look-alikes; the amount is the formation (VI: a fish meal plant's periodic report of CTNH by half-year, the
    year's sum in a third sub-column, then its ordinary wastes in tonnes in a second table)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_jw1_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    op = doc.pick(FEED_OPERATORS)[L]
    doc.h(g(f"Лимиты накопления отходов на 2026–2035 годы. {op}, комбикормовый завод",
            f"{op}, құрама жем зауыты. 2026–2035 жылдарға арналған қалдықтарды жинақтау лимиттері"))
    rows = [g(["№", "Наименование отхода", "Количество", None, "Срок накопления, мес.", "Код отхода"],
              ["№", "Қалдықтың атауы", "Мөлшері", None, "Жинақтау мерзімі, ай", "Қалдық коды"]),
            g([None, None, "образование, т/год", "лимит накопления, т", None, None],
              [None, None, "түзілуі, т/жыл", "жинақтау лимиті, т", None, None])]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 1, 4), (0, 5, 1, 5)]
    total = 0.0
    n = 0
    for hazardous, sec in ((True, g("Опасные отходы", "Қауіпті қалдықтар")), (False, g("Неопасные отходы", "Қауіпті емес қалдықтар"))):
        _span(rows, merges, sec, 6)
        sub = 0.0
        for code, n_ru, n_kk, (lo, hi) in FEED_WASTES:
            if code.endswith("*") != hazardous:
                continue
            n += 1
            amount = _sig(r.uniform(lo, hi), 3)
            months = r.choice((3, 6)) if hazardous else r.choice((1, 3, 6))
            name = (n_ru, n_kk)[L]
            rows.append([str(n), name, num(amount, doc.lang), num(_sig(amount * months / 12, 3), doc.lang), str(months), code])
            doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": hazardous, "amount_t": amount, "name_contains": _words(name.split(" (")[0], 3)})
            sub += amount
        rows.append(["", g("Итого", "Жиыны"), num(round(sub, 4), doc.lang), "", "", ""])
        total += sub
    rows.append(["", g("Всего", "Барлығы"), num(round(total, 4), doc.lang), "", "", ""])
    doc.table(g("Таблица 5.2", "5.2-кесте"), rows, merges, role="wastes")
    doc.p(g("Зерновые отходы III категории реализуются хозяйствам на корм скоту по договорам; опасные отходы передаются организациям, имеющим "
            "лицензию на их переработку.",
            "III санаттағы астық қалдықтары шарттар бойынша шаруашылықтарға мал азығына сатылады; қауіпті қалдықтар оларды қайта өңдеуге "
            "лицензиясы бар ұйымдарға беріледі."))
    maybe_distractor(doc)


VN_FISH_CTNH = (
    ("Dầu động cơ, hộp số và bôi trơn tổng hợp thải", "17 02 03", "Lỏng", (80, 260)),
    ("Chất hấp thụ, vật liệu lọc, giẻ lau, vải bảo vệ thải bị nhiễm các thành phần nguy hại", "18 02 01", "Rắn", (40, 180)),
    ("Bóng đèn huỳnh quang và các loại thủy tinh hoạt tính thải", "16 01 06", "Rắn", (4, 20)),
    ("Bao bì cứng thải bằng kim loại", "18 01 02", "Rắn", (30, 120)),
    ("Pin, ắc quy chì thải", "19 06 01", "Rắn", (20, 90)),
)
VN_FISH_ORDINARY = (("Xỉ than lò hơi", (300, 700)), ("Bùn thải từ hệ thống xử lý nước thải", (80, 260)), ("Bao bì giấy, carton thải", (5, 20)))


def _wastes_jw1_vi(doc: Doc) -> None:
    r = doc.rng
    name, _, company, *_ = doc.pick(VN_FISHMEAL)
    doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – {company.upper()}")
    doc.p(f"Cơ sở: {name}. Mục 3. Kết quả quản lý chất thải nguy hại và chất thải rắn công nghiệp thông thường.")
    rows = [["TT", "Tên chất thải", "Mã CTNH", "Trạng thái", "Khối lượng phát sinh (kg)", None, None],
            [None, None, None, None, "6 tháng đầu năm", "6 tháng cuối năm", "Cả năm"]]
    merges = [(0, c, 1, c) for c in range(4)] + [(0, 4, 0, 6)]
    for k, (wname, code, state, (lo, hi)) in enumerate(VN_FISH_CTNH, 1):
        a, b = r.randint(lo // 2, hi // 2), r.randint(lo // 2, hi // 2)
        rows.append([str(k), wname, code, state, num(a, "vi"), num(b, "vi"), num(a + b, "vi")])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": (a + b) / 1000, "name_contains": _words(wname, 4)})
    doc.table("Bảng 3.1. Chất thải nguy hại phát sinh năm 2025", rows, merges, role="wastes")
    rows = [["TT", "Tên chất thải", "Khối lượng (tấn/năm)", "Đơn vị tiếp nhận"]]
    for k, (wname, (lo, hi)) in enumerate(VN_FISH_ORDINARY, 1):
        t = _sig(r.uniform(lo, hi), 3)
        rows.append([str(k), wname, num(t, "vi"), doc.pick(("Công ty TNHH MTV Môi trường Đô thị", "Hợp tác xã Vệ sinh môi trường"))])
        doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": _words(wname, 3)})
    doc.table("Bảng 3.2. Chất thải rắn công nghiệp thông thường", rows, role="wastes")
    doc.p("Chất thải nguy hại được chuyển giao cho đơn vị có giấy phép xử lý CTNH; tần suất chuyển giao 06 tháng/lần.")
    maybe_distractor(doc)


# (code, RU, KK, basis kind, norm, RU, KK unit of norm)
FISH_CALC = (
    ("02 02 03", "Отходы рыбного сырья, непригодные для переработки", "Өңдеуге жарамсыз балық шикізатының қалдықтары", "raw", 0.012, "т/т сырца", "т/т шикі балық"),
    ("02 02 04", "Осадок жироловок и локальных очистных сооружений", "Май ұстағыштар мен жергілікті тазарту құрылыстарының тұнбасы", "water", 0.0009, "т/м³ стоков", "т/м³ ағын"),
    ("10 01 01", "Зола и шлак котельной", "Қазандықтың күлі мен қожы", "coal", 0.18, "т/т угля", "т/т көмір"),
    ("13 05 02*", "Шлам нефтеловушки", "Мұнай ұстағыштың шламы", "water", 0.00004, "т/м³ стоков", "т/м³ ағын"),
    ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", "lamps", 0.00021, "т/шт.", "т/дана"),
)  # fmt: skip


def wastes_jw2(doc: Doc) -> None:
    """A fish-processing plant's calculation of waste formation in its waste management programme: each waste with the base
    it is worked out from (tonnes of raw fish, cubic metres of waste water, tonnes of coal, lamps in pieces), the norm per unit,
    the base's figure and the result in tonnes, formula words in a column of their own, the code after the name (VI: a
    feed mill's GPMT annex of the wastes applied for: CTNH with their state, code and kg a year, then ordinary industrial and
    domestic wastes in tonnes, each kind a table of its own)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_jw2_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    p = doc.pick(FISH_PLANTS)
    bases = {"raw": r.randint(40, 90) * 100, "water": r.randint(18, 40) * 1000, "coal": r.randint(9, 20) * 100, "lamps": r.randint(120, 400)}
    doc.h(g(f"Программа управления отходами. {p[0]}", f"{p[1]}. Қалдықтарды басқару бағдарламасы"))
    doc.h(g("Приложение 2. Расчет объемов образования отходов", "2-қосымша. Қалдықтардың түзілу көлемдерін есептеу"))
    rows = [g(["Наименование отхода", "Код", "Исходные данные", "Удельный норматив", "Формула", "Образование, т/год"],
              ["Қалдықтың атауы", "Коды", "Бастапқы деректер", "Үлестік норматив", "Формула", "Түзілуі, т/жыл"])]
    words = {"raw": g("сырец {v} т/год", "шикі балық {v} т/жыл"), "water": g("стоки {v} м³/год", "ағындар {v} м³/жыл"),
             "coal": g("уголь {v} т/год", "көмір {v} т/жыл"), "lamps": g("{v} шт.", "{v} дана")}
    for code, n_ru, n_kk, base, norm, u_ru, u_kk in FISH_CALC:
        v = bases[base]
        amount = round(v * norm, 3)
        name = (n_ru, n_kk)[L]
        rows.append([name, code, words[base].format(v=num(v, doc.lang)), f"{num(norm, doc.lang, group=False)} {(u_ru, u_kk)[L]}", "M = Q × n",
                     num(amount, doc.lang)])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": amount, "name_contains": _words(name, 3)})
    doc.table(g("Таблица П.2.1", "П.2.1-кесте"), rows, role="wastes")
    doc.p(g("Q – исходная величина, n – удельный норматив образования по методике, утвержденной приказом Министра охраны окружающей среды "
            "РК от 18.04.2008 № 100-п.",
            "Q – бастапқы шама, n – ҚР Қоршаған ортаны қорғау министрінің 2008 жылғы 18.04. № 100-ө бұйрығымен бекітілген әдістеме бойынша "
            "үлестік түзілу нормативі."))
    maybe_distractor(doc)


VN_FEED_CTNH = (
    ("Dầu động cơ, hộp số và bôi trơn tổng hợp thải", "Lỏng", "17 02 03", (150, 400)),
    ("Bao bì cứng thải bằng nhựa", "Rắn", "18 01 03", (200, 600)),
    ("Chất hấp thụ, vật liệu lọc, giẻ lau, vải bảo vệ thải bị nhiễm các thành phần nguy hại", "Rắn", "18 02 01", (50, 150)),
    ("Hộp mực in thải có các thành phần nguy hại", "Rắn", "08 02 04", (5, 15)),
)
VN_FEED_ORD = (("Bao bì giấy, carton thải", (12, 30)), ("Bụi cám thu hồi từ hệ thống lọc bụi không tái sử dụng được", (8, 25)),
               ("Tro lò hơi đốt trấu", (120, 260)))


def _wastes_jw2_vi(doc: Doc) -> None:
    r = doc.rng
    name, key, *_ = doc.pick(VN_PARK_FIRMS[::2])
    doc.h("PHỤ LỤC 3. YÊU CẦU VỀ QUẢN LÝ CHẤT THẢI")
    doc.p(f"(Kèm theo Giấy phép môi trường cấp cho {name}.) A. Khối lượng, chủng loại chất thải phát sinh.")
    rows = [["TT", "Tên chất thải", "Trạng thái tồn tại", "Mã CTNH", "Khối lượng (kg/năm)"]]
    for k, (wname, state, code, (lo, hi)) in enumerate(VN_FEED_CTNH, 1):
        kg = r.randint(lo, hi)
        rows.append([str(k), wname, state, code, num(kg, "vi")])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000, "name_contains": _words(wname, 4)})
    rows.append(["", "Tổng khối lượng", "", "", num(sum(int(x[4].replace(".", "")) for x in rows[1:]), "vi")])
    doc.table("1. Chất thải nguy hại", rows, role="wastes")
    rows = [["TT", "Tên chất thải", "Khối lượng (tấn/năm)"]]
    for k, (wname, (lo, hi)) in enumerate(VN_FEED_ORD, 1):
        t = _sig(r.uniform(lo, hi), 3)
        rows.append([str(k), wname, num(t, "vi")])
        doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": _words(wname, 3)})
    doc.table("2. Chất thải rắn công nghiệp thông thường", rows, role="wastes")
    t = _sig(r.uniform(15, 40), 3)
    doc.table("3. Chất thải rắn sinh hoạt", [["TT", "Tên chất thải", "Khối lượng (tấn/năm)"], ["1", "Chất thải rắn sinh hoạt", num(t, "vi")]], role="wastes")
    doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": "Chất thải rắn sinh hoạt"})
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

# code: (ПДК м.р. mg/m3, (low, high) share of it measured, background mg/m3)
SZZ_AIR = {"2937": (0.5, (0.1, 0.7), 0.08), "0301": (0.2, (0.1, 0.5), 0.03), "0337": (5, (0.1, 0.4), 0.6), "0303": (0.2, (0.05, 0.3), None),
           "0330": (0.5, (0.02, 0.2), 0.02)}


def limits_jw1(doc: Doc) -> None:
    """A laboratory's protocol of the air at a feed mill's protection-zone boundary with the points as columns: each point
    (`Т.1` … `Т.4`, with the side and 500 m in its header) over the measured one-off concentrations, the substance's code and
    name in the rows, the background concentration in a column of its own and the ПДК м.р. last; the weather in a table of no
    role (wind speed, temperature, pressure as look-alikes) (VI: a fish meal plant's treated waste water in two rounds
    against QCVN 11-MT:2015/BTNMT column B multiplied by Kq and Kf, pH and coliforms not multiplied, the inlet in a column
    of its own that has no limit)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_jw1_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    op = doc.pick(FEED_OPERATORS)[L]
    sides = g(("север", "восток", "юг", "запад"), ("солтүстік", "шығыс", "оңтүстік", "батыс"))
    doc.h(g(f"Протокол испытаний атмосферного воздуха № АВ-{r.randint(10, 99)}/{r.randint(1, 12):02d} от {r.randint(1, 28):02d}.{r.randint(4, 9):02d}.2025",
            f"2025 жылғы {r.randint(1, 28):02d}.{r.randint(4, 9):02d}. № АВ-{r.randint(10, 99)}/{r.randint(1, 12):02d} атмосфералық ауаны сынау хаттамасы"))
    doc.p(g(f"Заказчик: {op}. Объект: комбикормовый завод и элеватор. Испытательная лаборатория ТОО «Тобыл ЭкоЛаб» (аттестат KZ.T.12.1406). "
            "Отбор проб – на границе санитарно-защитной зоны (500 м), продолжительность отбора 20 мин.",
            f"Тапсырыс беруші: {op}. Объект: құрама жем зауыты және элеватор. «Тобыл ЭкоЛаб» ЖШС сынақ зертханасы (KZ.T.12.1406 аттестаты). "
            "Сынама санитариялық-қорғаныш аймағының шекарасында (500 м) алынды, сынама алу ұзақтығы 20 мин."))
    pts = [f"Т.{k}" for k in range(1, 5)]
    rows = [g(["Код", "Определяемое вещество", "Концентрация, мг/м³", None, None, None, "Фон, мг/м³", "ПДК м.р., мг/м³"],
              ["Коды", "Анықталатын зат", "Концентрация, мг/м³", None, None, None, "Фон, мг/м³", "ШЖК б.р., мг/м³"]),
            [None, None, *(f"{p} ({s}, 500 м)" for p, s in zip(pts, sides, strict=True)), None, None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 5), (0, 6, 1, 6), (0, 7, 1, 7)]
    for code, (pdk, (lo, hi), bg) in SZZ_AIR.items():
        line = [code, _air(doc, code)]
        for p in pts:
            v = _sig(pdk * r.uniform(lo, hi), 2)
            line.append(num(v, doc.lang))
            add(doc, limit(("code", code), "air", pdk, "mg/m3", None, p, v))
        line += [num(bg, doc.lang) if bg is not None else "–", num(pdk, doc.lang)]
        rows.append(line)
    doc.table(g("Результаты измерений", "Өлшеу нәтижелері"), rows, merges, role="limits")
    doc.table(g("Метеорологические условия при отборе проб", "Сынама алу кезіндегі метеорологиялық жағдайлар"), [
        g(["Точка", "Температура, °С", "Давление, кПа", "Скорость ветра, м/с", "Направление ветра"],
          ["Нүкте", "Температура, °С", "Қысым, кПа", "Жел жылдамдығы, м/с", "Жел бағыты"]),
        *([p, num(round(r.uniform(12, 28), 1), doc.lang), num(round(r.uniform(99.1, 101.2), 1), doc.lang), num(round(r.uniform(1, 5), 1), doc.lang),
           g("ЮЗ", "ОБ")] for p in pts),
    ], role="other")
    maybe_distractor(doc)


# symbol: (VI label, unit, QCVN 11-MT:2015 column B, multiplied?, (low, high) share measured)
VN_QCVN11 = (
    ("pH", "pH", "-", (5.5, 9), False, None),
    ("BOD5", "BOD5 (20°C)", "mg/l", 50, True, (0.3, 0.8)),
    ("COD", "COD", "mg/l", 150, True, (0.3, 0.8)),
    ("TSS", "Tổng chất rắn lơ lửng (TSS)", "mg/l", 100, True, (0.2, 0.7)),
    ("NH4+", "Amoni (tính theo N)", "mg/l", 20, True, (0.1, 0.6)),
    ("TN", "Tổng nitơ (tính theo N)", "mg/l", 60, True, (0.2, 0.7)),
    ("FOG", "Dầu mỡ động thực vật", "mg/l", 20, True, (0.1, 0.5)),
    ("Coliform", "Tổng Coliforms", "MPN/100ml", 5000, False, (0.1, 0.6)),
)


def _limits_jw1_vi(doc: Doc) -> None:
    r = doc.rng
    name, _, company, *_ = doc.pick(VN_FISHMEAL)
    kq, kf = 0.9, 1.0
    doc.h(f"KẾT QUẢ QUAN TRẮC NƯỚC THẢI ĐỊNH KỲ NĂM 2025 – {name.upper()}")
    doc.p(f"Chủ cơ sở: {company}. Nguồn tiếp nhận: sông Cái Bé (Kq = 0,9); lưu lượng xả thải lớn nhất 800 m³/ngày.đêm (Kf = 1,0). "
          "Cmax = C × Kq × Kf, trừ pH và Tổng Coliforms.")
    rows = [["TT", "Thông số", "Đơn vị", "NT0 – Nước thải trước xử lý", "NT1 – Nước thải sau xử lý", None,
             "QCVN 11-MT:2015/BTNMT, cột B (Cmax)"],
            [None, None, None, "Đợt 1", "Đợt 1 (15/4/2025)", "Đợt 2 (14/10/2025)", None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 4, 0, 5), (0, 6, 1, 6)]
    for n, (sym, label, unit, b, mult, share) in enumerate(VN_QCVN11, 1):
        if isinstance(b, tuple):
            lim = b
            vals = [round(r.uniform(6.6, 7.8), 1) for _ in range(2)]
            raw = round(r.uniform(6.0, 6.8), 1)
            cell = f"{num(b[0], 'vi')} – {num(b[1], 'vi')}"
        else:
            lim = _sig(b * kq * kf, 6) if mult else float(b)
            vals = [_sig(lim * r.uniform(*share), 3) for _ in range(2)]
            raw = _sig(lim * r.uniform(3, 12), 3)
            cell = num(lim, "vi")
        rows.append([str(n), label, unit, num(raw, "vi"), num(vals[0], "vi"), num(vals[1], "vi"), cell])
        for v in vals:
            add(doc, limit(("symbol", sym), "waste_water", lim, None if unit == "-" else unit, "B", "NT1", v))
    doc.table("Bảng 2.3. Kết quả phân tích chất lượng nước thải", rows, merges, role="limits")
    doc.p("Nhận xét: các thông số nước thải sau xử lý đều nằm trong giới hạn cho phép của QCVN 11-MT:2015/BTNMT, cột B.")
    maybe_distractor(doc)


# (number, RU, KK source, [(code, norm mg/Nm3, (low, high) share)])
FISH_STACKS = (
    ("0001", "Труба котельной (котел Е-1,0-0,9 на угле)", "Қазандық мұржасы (көмірмен жұмыс істейтін Е-1,0-0,9 қазандығы)",
     [("2902", 300, (0.4, 0.9)), ("0330", 1200, (0.3, 0.8)), ("0301", 450, (0.3, 0.8)), ("0337", 400, (0.1, 0.6))]),
    ("0002", "Выброс после скруббера и биофильтра линии рыбной муки", "Балық ұны желісінің скруббері мен биосүзгісінен кейінгі шығарынды",
     [("0333", 5, (0.1, 0.7)), ("0303", 20, (0.1, 0.6)), ("1715", 1, (0.1, 0.8)), ("1862", 10, (0.1, 0.6))]),
    ("0003", "Аспирация фасовки рыбной муки (рукавный фильтр)", "Балық ұнын өлшеп-орау аспирациясы (жеңді сүзгі)", [("2902", 20, (0.2, 0.8))]),
)  # fmt: skip


def limits_jw2(doc: Doc) -> None:
    """A fish meal plant's report of instrumental control at its stacks against the technological norms of its permit:
    each source's number and name in a row spanning the table, its substances under it with the norm before the measured
    value (the reverse of the usual order), the gas flow in m³/s and the sampling date as look-alikes, the deodorisation
    line's hydrogen sulphide, ammonia, methyl mercaptan and trimethylamine; `не обнаружено` for a value below detection
    (VI: a feed mill's ambient air at three points against QCVN 05:2023/BTNMT in µg/m³, dust and gases, `KPH` for hydrogen
    sulphide, noise against QCVN 26:2010/BTNMT with no substance)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_jw2_vi(doc)
        return
    g = _rk(doc)
    p = doc.pick(FISH_PLANTS)
    doc.h(g(f"Отчет по производственному экологическому контролю за {doc.pick(('I', 'II', 'III'))} квартал 2025 года. {p[0]}",
            f"{p[1]}. 2025 жылдың {doc.pick(('I', 'II', 'III'))} тоқсанындағы өндірістік экологиялық бақылау жөніндегі есеп"))
    doc.p(g("Раздел 2. Результаты инструментальных замеров на источниках выбросов (технологические нормативы – по экологическому разрешению).",
            "2-бөлім. Шығарынды көздеріндегі аспаптық өлшеулердің нәтижелері (технологиялық нормативтер – экологиялық рұқсат бойынша)."))
    rows = [g(["Загрязняющее вещество", "Объем ГВС, м³/с", "Дата отбора", "Норматив, мг/Нм³", "Факт, мг/Нм³", "Превышение, раз"],
              ["Ластаушы зат", "ГАҚ көлемі, м³/с", "Сынама алу күні", "Норматив, мг/Нм³", "Нақты, мг/Нм³", "Асып кету, есе"])]
    merges = []
    nd = g("не обнаружено", "анықталмады")
    for number, s_ru, s_kk, items in FISH_STACKS:
        _span(rows, merges, g(f"Источник № {number} – {s_ru}", f"№ {number} көз – {s_kk}"), 6)
        flow = num(round(r.uniform(0.8, 6.5), 2), doc.lang)
        day = f"{r.randint(1, 28):02d}.{r.randint(1, 3) * 3:02d}.2025"
        for j, (code, norm, (lo, hi)) in enumerate(items):
            v = None if code == "1715" and r.random() < 0.5 else _sig(norm * r.uniform(lo, hi), 3)
            rows.append([f"{code} {_air(doc, code)}", flow if j == 0 else "", day if j == 0 else "", num(norm, doc.lang),
                         num(v, doc.lang) if v is not None else nd, "–"])
            add(doc, limit(("code", code), "flue_gas", norm, "mg/Nm3", None, number, v))
    doc.table(g("Таблица 2.1", "2.1-кесте"), rows, merges, role="limits")
    doc.add("sources", *({"number": s[0], "type": "organized"} for s in FISH_STACKS))
    doc.p(g("Превышений технологических нормативов не выявлено.", "Технологиялық нормативтердің асып кетуі анықталған жоқ."))
    maybe_distractor(doc)


# (VI label, kind, key, 1-hour limit ug/m3, (low, high) share or None for KPH)
VN_QCVN05 = (
    ("Tổng bụi lơ lửng (TSP)", "code", "2902", 300, (0.2, 0.7)),
    ("SO2", "code", "0330", 350, (0.05, 0.3)),
    ("NO2", "code", "0301", 200, (0.1, 0.4)),
    ("CO", "code", "0337", 30000, (0.05, 0.2)),
    ("NH3", "code", "0303", 200, (0.05, 0.4)),
    ("H2S", "code", "0333", 42, None),
)


def _limits_jw2_vi(doc: Doc) -> None:
    r = doc.rng
    name, key, *_ = doc.pick(VN_PARK_FIRMS[::2])
    doc.h(f"KẾT QUẢ QUAN TRẮC MÔI TRƯỜNG KHÔNG KHÍ XUNG QUANH – NHÀ MÁY THỨC ĂN CHĂN NUÔI {key.upper()}")
    doc.p(f"Đơn vị yêu cầu: {name}. Ngày lấy mẫu: {r.randint(1, 28):02d}/{r.randint(5, 9):02d}/2025. Vị trí: KK1 – cổng nhà máy; "
          "KK2 – khu vực kho nguyên liệu; KK3 – ranh giới phía Tây giáp khu dân cư.")
    pts = ("KK1", "KK2", "KK3")
    rows = [["TT", "Thông số", "Đơn vị", "Kết quả", None, None, "QCVN 05:2023/BTNMT (trung bình 1 giờ)"],
            [None, None, None, *pts, None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 5), (0, 6, 1, 6)]
    for n, (label, kind, key_, lim, share) in enumerate(VN_QCVN05, 1):
        line = [str(n), label, "µg/m³"]
        for p in pts:
            v = _sig(lim * r.uniform(*share), 3) if share else None
            line.append(num(v, "vi") if v is not None else "KPH")
            add(doc, limit((kind, key_), "air", lim, "ug/m3", None, p, v))
        line.append(num(lim, "vi"))
        rows.append(line)
    rows.append([str(len(VN_QCVN05) + 1), "Tiếng ồn (LAeq)", "dBA", *(num(round(r.uniform(55, 68), 1), "vi") for _ in pts), "70 (QCVN 26:2010/BTNMT)"])
    doc.table("Bảng 1. Kết quả phân tích chất lượng không khí xung quanh", rows, merges, role="limits")
    doc.p("Ghi chú: KPH – không phát hiện (nhỏ hơn giới hạn phát hiện của phương pháp 5 µg/m³).")
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring

# (number, RU, KK source, codes, quarters marked)
FEED_PLAN = (
    ("0001", "Аспирация приемного устройства элеватора", "Элеватордың қабылдау құрылғысының аспирациясы", ("2937",), (2, 4)),
    ("0002", "Зерносушилка ДСП-32", "ДСП-32 астық кептіргіші", ("2937", "0301", "0337"), (3,)),
    ("0003", "Аспирация молотковых дробилок", "Балғалы ұсатқыштардың аспирациясы", ("2911",), (1, 2, 3, 4)),
    ("0004", "Охладитель гранул", "Түйіршіктерді салқындатқыш", ("2911",), (1, 2, 3, 4)),
    ("0005", "Дымовая труба котельной", "Қазандықтың түтін мұржасы", ("0301", "0304", "0337"), (1, 2, 3, 4)),
)  # fmt: skip
MARKS = {4: "quarterly", 2: "semiannual", 1: "yearly"}


def monitoring_jw1(doc: Doc) -> None:
    """A feed mill's ПЭК schedule of control at its sources as a matrix of quarters: one row per source with all its
    substances in one cell (code and name), `+` under the quarters in which it is measured under a merged header `Сроки
    контроля (квартал)`, so that the frequency is only counted from the marks — four marks quarterly, two semi-annually, the
    grain dryer that works only at harvest once — then the method; the protection zone's points in a second table with
    their frequency written (VI: a fish meal plant's GPMT programme under section rows for periodic and automatic monitoring
    of gas and waste water, the boiler stack continuously, the deodorisation stack and the outlet quarterly)."""
    if doc.lang == "vi":
        _monitoring_jw1_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    op = doc.pick(FEED_OPERATORS)[L]
    said = _said(doc)
    doc.h(g(f"Программа производственного экологического контроля {op} на 2026–2028 годы",
            f"{op} 2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы"))
    doc.p(g("5.2. График проведения мониторинга эмиссий на источниках. Знаком «+» отмечены кварталы, в которых выполняются замеры.",
            "5.2. Көздердегі эмиссиялар мониторингін жүргізу кестесі. «+» белгісімен өлшеулер жүргізілетін тоқсандар белгіленген."))
    rows = [g(["№ ИЗА", "Источник", "Контролируемые вещества", "Сроки контроля (квартал)", None, None, None, "Метод"],
              ["ЛШК №", "Көз", "Бақыланатын заттар", "Бақылау мерзімдері (тоқсан)", None, None, None, "Әдіс"]),
            [None, None, None, "I", "II", "III", "IV", None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 6), (0, 7, 1, 7)]
    pairs = []
    for number, s_ru, s_kk, codes, quarters in FEED_PLAN:
        rows.append([number, (s_ru, s_kk)[L], "; ".join(f"{c} {_air(doc, c)}" for c in codes), *("+" if q in quarters else "" for q in range(1, 5)),
                     g("инструментальный", "аспаптық")])
        for c in codes:
            doc.add("monitoring", {"source_number": number, "code": c, "frequency": MARKS[len(quarters)]})
            pairs.append((number, c))
    doc.table(g("Таблица 5.2", "5.2-кесте"), rows, merges, role="monitoring")
    doc.add("sources", *({"number": n, "type": "organized"} for n, *_ in FEED_PLAN))
    doc.add("emissions", *(emission(c, None, None, n) for n, c in pairs))
    rows = [g(["Точка", "Расположение", "Вещества", "Периодичность"], ["Нүкте", "Орналасуы", "Заттар", "Кезеңділігі"])]
    for k, side in enumerate(g(("север", "юг"), ("солтүстік", "оңтүстік")), 1):
        pid = f"Т.{k}"
        rows.append([pid, g(f"граница СЗЗ, {side}, 500 м", f"СҚА шекарасы, {side}, 500 м"), ", ".join(_air(doc, c) for c in ("2937", "0301")), said["quarterly"]])
        for c in ("2937", "0301"):
            doc.add("monitoring", {"point": pid, "code": c, "frequency": "quarterly"})
    doc.table(g("Таблица 5.3 – Мониторинг воздействия на границе СЗЗ", "5.3-кесте – СҚА шекарасындағы әсер мониторингі"), rows, role="monitoring")
    maybe_distractor(doc)


# (section, [(point, VI place, [(kind, key, VI label)], frequency)])
VN_FISH_PLAN = (
    ("1. Quan trắc khí thải tự động, liên tục", [
        ("KT1", "Ống thải lò hơi đốt than 15 tấn hơi/giờ", [("code", "2902", "Bụi tổng"), ("code", "0330", "SO2"), ("code", "0301", "NOx"),
                                                           ("code", "0337", "CO")], "continuous")]),
    ("2. Quan trắc khí thải định kỳ", [
        ("KT2", "Ống thải hệ thống khử mùi máy sấy", [("code", "0333", "H2S"), ("code", "0303", "NH3"), ("code", "1715", "Metyl mercaptan")],
         "quarterly")]),
    ("3. Quan trắc nước thải định kỳ", [
        ("NT1", "Hố ga sau hệ thống xử lý nước thải 800 m³/ngày.đêm", [("symbol", "pH", "pH"), ("symbol", "BOD5", "BOD5"), ("symbol", "COD", "COD"),
                                                                      ("symbol", "TSS", "TSS"), ("symbol", "NH4+", "Amoni (tính theo N)"),
                                                                      ("symbol", "TN", "Tổng nitơ"), ("symbol", "FOG", "Dầu mỡ động thực vật"),
                                                                      ("symbol", "Coliform", "Tổng Coliforms")], "quarterly")]),
    ("4. Quan trắc nước thải tự động, liên tục", [
        ("NT1", "Hố ga sau hệ thống xử lý nước thải 800 m³/ngày.đêm", [("symbol", "pH", "pH"), ("symbol", "COD", "COD"), ("symbol", "TSS", "TSS")],
         "continuous")]),
)


def _monitoring_jw1_vi(doc: Doc) -> None:
    name, _, company, *_ = doc.pick(VN_FISHMEAL)
    said = _said(doc)
    doc.h(f"PHỤ LỤC 4. CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG – {name.upper()}")
    doc.p(f"(Kèm theo Giấy phép môi trường cấp cho {company}.) Dữ liệu quan trắc tự động được truyền về Sở Nông nghiệp và Môi trường.")
    rows = [["Vị trí", "Ký hiệu", "Thông số", "Tần suất", "Quy chuẩn so sánh"]]
    merges = []
    for section, items in VN_FISH_PLAN:
        _span(rows, merges, section, 5)
        for pid, place, params, word in items:
            extra = ", lưu lượng, nhiệt độ, O2 dư" if word == "continuous" and pid == "KT1" else (", lưu lượng, nhiệt độ" if word == "continuous" else "")
            std = "QCVN 19:2009/BTNMT cột B" if pid == "KT1" else ("QCVN 11-MT:2015/BTNMT cột B" if pid == "NT1" else "QCVN 20:2009/BTNMT")
            rows.append([place, pid, ", ".join(lab for _, _, lab in params) + extra, said[word], std])
            for kind, key, _ in params:
                doc.add("monitoring", {"point": pid, kind: key, "frequency": word})
    doc.table("Bảng 4.1. Nội dung quan trắc", rows, merges, role="monitoring")
    maybe_distractor(doc)


# (RU, KK section, [(point, RU, KK place, lat, lon, [(kind, key)], frequency)])
FISH_WATCH = (
    (("Сточные воды", "Ағынды сулар"), [
        ("Вып.1", "выпуск в пруд-испаритель после ЛОС", "ЖТҚ-дан кейін буландырғыш тоғанға шығару", 0.0011, 0.0021,
         [("symbol", "pH"), ("symbol", "TSS"), ("symbol", "BOD5"), ("symbol", "COD"), ("symbol", "NH4+"), ("symbol", "FOG")], "monthly")]),
    (("Поверхностные воды", "Жерүсті сулары"), [
        ("Ств.1", "500 м выше выпуска ливневых вод", "нөсер суы шығарылатын жерден 500 м жоғары", 0.0040, -0.0052,
         [("symbol", "pH"), ("symbol", "TSS"), ("symbol", "BOD5"), ("symbol", "NH4+"), ("symbol", "FOG")], "quarterly"),
        ("Ств.2", "500 м ниже выпуска ливневых вод", "нөсер суы шығарылатын жерден 500 м төмен", -0.0035, 0.0061,
         [("symbol", "pH"), ("symbol", "TSS"), ("symbol", "BOD5"), ("symbol", "NH4+"), ("symbol", "FOG")], "quarterly")]),
    (("Атмосферный воздух (запах)", "Атмосфералық ауа (иіс)"), [
        ("Т-1", "граница СЗЗ, северо-восток", "СҚА шекарасы, солтүстік-шығыс", 0.0045, 0.0050,
         [("code", "0333"), ("code", "0303"), ("code", "1715"), ("code", "1862")], "monthly"),
        ("Т-2", "граница СЗЗ, юго-запад", "СҚА шекарасы, оңтүстік-батыс", -0.0044, -0.0049,
         [("code", "0333"), ("code", "0303"), ("code", "1715"), ("code", "1862")], "monthly")]),
)  # fmt: skip


def _param(doc: Doc, kind: str, key: str) -> str:
    return _air(doc, key) if kind == "code" else vocab.water(key, doc.lang) if key != "FOG" else {"ru": "Жиры", "kk": "Майлар", "vi": "Dầu mỡ động thực vật"}[doc.lang]


def monitoring_jw2(doc: Doc) -> None:
    """A fish-processing plant's programme of monitoring its waste water, the lake and the smell: section rows for the waste
    water, the surface water and the air, each point with its decimal coordinates in two columns (look-alikes), the
    parameters in words, the frequency with the fishing season in brackets (`ежемесячно (апрель – ноябрь)`), the odour
    substances hydrogen sulphide, ammonia, methyl mercaptan and trimethylamine at the protection zone (VI: a feed mill whose
    frequency is written only in the section rows over its points, `tần suất 03 tháng/lần` and `06 tháng/lần`)."""
    r = doc.rng
    if doc.lang == "vi":
        _monitoring_jw2_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    p = doc.pick(FISH_PLANTS)
    said = _said(doc)
    season = g(" (апрель – ноябрь)", " (сәуір – қараша)")
    doc.h(g(f"Программа мониторинга воздействия. {p[0]}", f"{p[1]}. Әсер мониторингінің бағдарламасы"))
    rows = [g(["Точка", "Место отбора", "Широта", "Долгота", "Определяемые показатели", "Периодичность"],
              ["Нүкте", "Сынама алу орны", "Ендік", "Бойлық", "Анықталатын көрсеткіштер", "Кезеңділігі"])]
    merges = []
    for (s_ru, s_kk), items in FISH_WATCH:
        _span(rows, merges, (s_ru, s_kk)[L], 6)
        for pid, pl_ru, pl_kk, dlat, dlon, params, word in items:
            lat, lon = round(p[8] + dlat + r.uniform(-0.0005, 0.0005), 5), round(p[9] + dlon + r.uniform(-0.0005, 0.0005), 5)
            rows.append([pid, (pl_ru, pl_kk)[L], num(lat, doc.lang, group=False), num(lon, doc.lang, group=False),
                         ", ".join(_param(doc, k, key) for k, key in params), said[word] + (season if word == "monthly" else "")])
            for k, key in params:
                doc.add("monitoring", {"point": pid, k: key, "frequency": word})
    doc.table(g("Таблица 3 – Точки и периодичность мониторинга", "3-кесте – Мониторинг нүктелері мен кезеңділігі"), rows, merges, role="monitoring")
    doc.p(g("В межпутинный период (декабрь – март) производство рыбной муки не ведется, отбор проб сточных вод и воздуха не проводится.",
            "Аулау маусымы аралығында (желтоқсан – наурыз) балық ұны өндірілмейді, ағынды сулар мен ауадан сынама алынбайды."))
    maybe_distractor(doc)


VN_FEED_PLAN = (
    ("quarterly", [("KT1", "Ống thải lò hơi đốt trấu viên", [("code", "2902", "Bụi tổng"), ("code", "0301", "NOx"), ("code", "0337", "CO")]),
                   ("KT2", "Ống thải lọc bụi túi vải khu nghiền, ép viên", [("code", "2902", "Bụi tổng")])]),
    ("semiannual", [("KK1", "Không khí khu vực kho nguyên liệu", [("code", "2902", "Tổng bụi lơ lửng (TSP)"), ("code", "0303", "NH3")]),
                    ("KK2", "Không khí ranh giới phía Tây giáp khu dân cư", [("code", "2902", "Tổng bụi lơ lửng (TSP)"), ("code", "0303", "NH3")])]),
)


def _monitoring_jw2_vi(doc: Doc) -> None:
    name, key, *_ = doc.pick(VN_PARK_FIRMS[::2])
    said = _said(doc)
    doc.h(f"KẾ HOẠCH QUAN TRẮC MÔI TRƯỜNG NĂM 2026 – {name.upper()}")
    doc.p("Nước thải của nhà máy được đấu nối về Nhà máy xử lý nước thải tập trung KCN Long Đức nên không thực hiện quan trắc nước thải.")
    rows = [["TT", "Ký hiệu", "Vị trí quan trắc", "Thông số"]]
    merges = []
    n = 0
    for word, items in VN_FEED_PLAN:
        title = "A. KHÍ THẢI" if word == "quarterly" else "B. KHÔNG KHÍ XUNG QUANH"
        _span(rows, merges, f"{title} – tần suất {said[word]}", 4)
        for pid, place, params in items:
            n += 1
            rows.append([str(n), pid, place, ", ".join(lab for _, _, lab in params)])
            for kind, k, _ in params:
                doc.add("monitoring", {"point": pid, kind: k, "frequency": word})
    doc.table("Bảng 1. Vị trí, thông số quan trắc", rows, merges, role="monitoring")
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

MONTHS = {"ru": ("янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"),
          "kk": ("қаң", "ақп", "нау", "сәу", "мам", "мау", "шіл", "там", "қыр", "қаз", "қар", "жел")}
# (RU, KK object, RU, KK checker, months)
FEED_CHECKS = (
    ("Аспирационные системы и циклоны элеватора", "Элеватордың аспирация жүйелері мен циклондары", "механик элеватора", "элеватор механигі",
     tuple(range(1, 13))),
    ("Котельная и газовое оборудование", "Қазандық және газ жабдығы", "главный энергетик", "бас энергетик", (3, 6, 9, 12)),
    ("Площадка временного хранения отходов", "Қалдықтарды уақытша сақтау алаңы", "инженер-эколог", "инженер-эколог", (1, 4, 7, 10)),
    ("Склад ГСМ и заправочный пункт погрузчиков", "ЖЖМ қоймасы және тиегіштерге жанармай құю пункті", "инженер по ОТ", "ЕҚ жөніндегі инженер", (5, 11)),
    ("Локальные очистные сооружения ливневых стоков", "Нөсер ағындарының жергілікті тазарту құрылыстары", "инженер-эколог", "инженер-эколог", (4,)),
)  # fmt: skip
COUNT = {12: "monthly", 4: "quarterly", 2: "semiannual", 1: "yearly"}


def inspections_jw1(doc: Doc) -> None:
    """A feed mill's annual plan-schedule of internal environmental checks: one row per object with who checks, then twelve
    month columns under a merged header `Месяцы 2026 года` marked `х` in the months of a check — all twelve monthly, four
    quarterly, two twice a year, one once — so that the frequency is counted from the marks; a row of column numbers
    under the header; the approval sheet as a table of no role (VI: a fish meal plant's self-inspection plan whose times are
    written as months, `Tháng 3, 6, 9, 12`, `Hằng tháng`, `Tháng 6 và tháng 12`)."""
    if doc.lang == "vi":
        _inspections_jw1_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    op = doc.pick(FEED_OPERATORS)[L]
    doc.h(g(f"План-график внутренних проверок соблюдения экологических требований на 2026 год. {op}",
            f"{op}. Экологиялық талаптардың сақталуын ішкі тексерудің 2026 жылға арналған жоспар-кестесі"))
    rows = [[g("№", "№"), g("Объект проверки", "Тексеру объектісі"), g("Проверяющий", "Тексеруші"), g("Месяцы 2026 года", "2026 жылдың айлары")] + [None] * 11,
            [None, None, None, *MONTHS[doc.lang]],
            [str(k) for k in range(1, 16)]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 14)]
    for k, (o_ru, o_kk, w_ru, w_kk, months) in enumerate(FEED_CHECKS, 1):
        obj, who = (o_ru, o_kk)[L], (w_ru, w_kk)[L]
        rows.append([str(k), obj, who, *("х" if m in months else "" for m in range(1, 13))])
        doc.add("obligations", {"kind": "inspection", "text_contains": _words(obj, 3), "actor_contains": who, "frequency": COUNT[len(months)]})
    doc.table(g("Приложение 4 к Программе ПЭК", "ӨЭБ бағдарламасына 4-қосымша"), rows, merges, role="inspections")
    doc.p(g("Результаты проверок оформляются актом внутренней проверки и регистрируются в журнале.",
            "Тексеру нәтижелері ішкі тексеру актісімен ресімделеді және журналға тіркеледі."))
    distractor(doc, "approval")


VN_FISH_CHECKS = (
    ("Kiểm tra tình trạng vận hành hệ thống xử lý nước thải, nhật ký vận hành", "Tổ vận hành HTXLNT", "Hằng tháng", "monthly"),
    ("Kiểm tra hệ thống khử mùi (tháp hấp thụ, lọc sinh học), thay vật liệu lọc", "Phòng Kỹ thuật", "Tháng 3, 6, 9, 12", "quarterly"),
    ("Kiểm tra kho chứa chất thải nguy hại, sổ theo dõi, chứng từ chuyển giao", "Phòng An toàn – Môi trường", "Tháng 6 và tháng 12", "semiannual"),
    ("Kiểm tra tổng thể việc thực hiện giấy phép môi trường", "Ban Giám đốc", "Tháng 11", "yearly"),
    ("Kiểm tra khu tiếp nhận nguyên liệu, nước rỉ từ xe chở cá", "Trưởng ca sản xuất", "Mỗi khi có xe nhập nguyên liệu", None),
)


def _inspections_jw1_vi(doc: Doc) -> None:
    name, _, company, *_ = doc.pick(VN_FISHMEAL)
    doc.h(f"KẾ HOẠCH TỰ KIỂM TRA CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2026 – {company.upper()}")
    doc.p(f"Áp dụng tại {name}. Kết quả tự kiểm tra được lập biên bản và lưu tại Phòng An toàn – Môi trường.")
    rows = [["TT", "Nội dung kiểm tra", "Bộ phận thực hiện", "Thời gian thực hiện"]]
    for k, (text, who, when, word) in enumerate(VN_FISH_CHECKS, 1):
        rows.append([str(k), text, who, when])
        item = {"kind": "inspection", "number": str(k), "text_contains": _words(text, 5), "actor_contains": who}
        if word:
            item["frequency"] = word
        doc.add("obligations", item)
    doc.table("Bảng 1. Nội dung, thời gian tự kiểm tra", rows, role="inspections")
    maybe_distractor(doc)


# ((RU, KK unit), [(RU, KK check, RU, KK criterion, frequency or None, RU, KK said when None, RU, KK who)])
GOU_CHECKS = (
    (("Скруббер линии рыбной муки", "Балық ұны желісінің скруббері"), [
        ("Контроль перепада давления на скруббере", "Скруббердегі қысым айырмасын бақылау", "1,2–1,8 кПа", "1,2–1,8 кПа", "daily", None, None,
         "оператор цеха", "цех операторы"),
        ("Контроль pH орошающего раствора", "Суландыру ерітіндісінің pH-ын бақылау", "pH 8,5–9,5 (раствор NaOH)", "pH 8,5–9,5 (NaOH ерітіндісі)", "daily",
         None, None, "лаборант ОТК", "ТБК зертханашысы"),
        ("Осмотр форсунок и каплеуловителя", "Бүріккіштер мен тамшы ұстағышты қарау", "засорение не более 10 % форсунок", "бүріккіштердің 10 %-дан аспайтын бітелуі",
         "monthly", None, None, "механик цеха", "цех механигі")]),
    (("Биофильтр", "Биосүзгі"), [
        ("Контроль влажности загрузки биофильтра", "Биосүзгі жүктемесінің ылғалдылығын бақылау", "55–65 %", "55–65 %", "weekly", None, None,
         "инженер-эколог", "инженер-эколог"),
        ("Замена или ворошение загрузки (щепа, торф)", "Жүктемені ауыстыру немесе қопсыту (жаңқа, шымтезек)", "высота слоя 1,2 м", "қабат биіктігі 1,2 м",
         None, "при росте сопротивления выше 2 кПа", "кедергі 2 кПа-дан жоғары өскенде", "механик цеха", "цех механигі")]),
    (("Рукавный фильтр фасовки", "Өлшеп-орау жеңді сүзгісі"), [
        ("Проверка целостности рукавов и регенерации", "Жеңдердің бүтіндігін және регенерациясын тексеру", "перепад не более 1,5 кПа", "айырма 1,5 кПа-дан аспайды",
         "weekly", None, None, "оператор фасовки", "өлшеп-орау операторы")]),
)  # fmt: skip


def inspections_jw2(doc: Doc) -> None:
    """A fish meal plant's regulation of checking its gas-cleaning units: each unit a section row, its checks numbered `1.1`
    under it, a criterion full of figures and units (`1,2–1,8 кПа`, `pH 8,5–9,5`, `55–65 %`) that are process settings and no
    limits, the frequency and who checks, a check done `при росте сопротивления выше 2 кПа` without a frequency (VI: a feed
    mill's check sheet of its bag filters and boiler cyclone with pressure drops in mmH2O and the pellet-line temperature)."""
    if doc.lang == "vi":
        _inspections_jw2_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    p = doc.pick(FISH_PLANTS)
    said = _said(doc)
    doc.h(g(f"Регламент контроля работы газоочистных установок. {p[0]}", f"{p[1]}. Газ тазарту қондырғыларының жұмысын бақылау регламенті"))
    doc.p(g("Регламент разработан в соответствии с паспортами ГОУ; результаты заносятся в журнал учета работы ГОУ (форма ПОД-3).",
            "Регламент ГТҚ паспорттарына сәйкес әзірленді; нәтижелер ГТҚ жұмысын есепке алу журналына (ПОД-3 нысаны) енгізіледі."))
    rows = [g(["№", "Контролируемая операция", "Критерий", "Периодичность", "Исполнитель"], ["№", "Бақыланатын операция", "Өлшемшарт", "Кезеңділігі", "Орындаушы"])]
    merges = []
    for s, ((u_ru, u_kk), checks) in enumerate(GOU_CHECKS, 1):
        _span(rows, merges, f"{s}. {(u_ru, u_kk)[L]}", 5)
        for k, (c_ru, c_kk, k_ru, k_kk, word, w_ru, w_kk, h_ru, h_kk) in enumerate(checks, 1):
            text, who = (c_ru, c_kk)[L], (h_ru, h_kk)[L]
            rows.append([f"{s}.{k}", text, (k_ru, k_kk)[L], said[word] if word else (w_ru, w_kk)[L], who])
            item = {"kind": "inspection", "number": f"{s}.{k}", "text_contains": _words(text, 3), "actor_contains": who}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
    doc.table(None, rows, merges, role="inspections")
    maybe_distractor(doc)


VN_FEED_CHECKS = (
    ("Lọc bụi túi vải khu nghiền", "Chênh áp qua túi lọc", "80 – 150 mmH2O", "daily", "Công nhân vận hành"),
    ("Lọc bụi túi vải khu nghiền", "Tình trạng túi lọc, van rũ bụi", "Không rách, không tắc", "monthly", "Tổ bảo trì"),
    ("Cyclone lò hơi đốt trấu", "Xả tro đáy cyclone, kiểm tra rò rỉ", "Không để tro đầy quá 2/3 phễu", "daily", "Công nhân lò hơi"),
    ("Dây chuyền ép viên", "Nhiệt độ hơi cấp vào bộ phận điều hòa", "80 – 85 °C", "daily", "Trưởng ca"),
    ("Kho chứa chất thải nguy hại", "Biển báo, nhãn, sổ theo dõi", "Theo Thông tư 02/2022/TT-BTNMT", "quarterly", "Phòng HSE"),
)


def _inspections_jw2_vi(doc: Doc) -> None:
    name, key, *_ = doc.pick(VN_PARK_FIRMS[::2])
    said = _said(doc)
    doc.h(f"PHIẾU KIỂM TRA HỆ THỐNG XỬ LÝ BỤI, KHÍ THẢI – {name.upper()}")
    doc.p("Mã biểu mẫu: BM-MT-07, ban hành lần 02 ngày 05/01/2026.")
    rows = [["TT", "Hạng mục", "Nội dung kiểm tra", "Tiêu chí đạt", "Tần suất", "Người kiểm tra"]]
    for k, (unit, text, crit, word, who) in enumerate(VN_FEED_CHECKS, 1):
        rows.append([str(k), unit, text, crit, said[word], who])
        doc.add("obligations", {"kind": "inspection", "number": str(k), "text_contains": _words(text, 3), "actor_contains": who, "frequency": word})
    doc.table(None, rows, role="inspections")
    maybe_distractor(doc)


# ---------------------------------------------------------------- tasks

# (prescription item, RU, KK violation, RU, KK measure, RU, KK term, RU, KK who)
ORDER_PLAN = (
    ("1", "Не обеспечен инструментальный контроль на источнике 0002", "0002 көзде аспаптық бақылау қамтамасыз етілмеген",
     "Заключить договор с аккредитованной лабораторией и выполнить замеры на зерносушилке", "Аккредиттелген зертханамен шарт жасасып, астық кептіргішінде өлшеу жүргізу",
     "до 01.09.2026", "2026 ж. 01.09. дейін", "инженер-эколог", "инженер-эколог"),
    ("3", "Отходы зерноочистки хранятся на открытом грунте", "Астық тазалау қалдықтары ашық топырақта сақталады",
     "Оборудовать площадку временного хранения отходов с твердым покрытием и навесом", "Қалдықтарды уақытша сақтауға қатты жабыны және қалқасы бар алаң жабдықтау",
     "до 30.06.2026", "2026 ж. 30.06. дейін", "заместитель директора по производству", "директордың өндіріс жөніндегі орынбасары"),
    ("4", "Циклон ЦОЛ-6 работает с КПД ниже паспортного (88 %)", "ЦОЛ-6 циклоны паспорттықтан төмен ПӘК-пен жұмыс істейді (88 %)",
     "Выполнить ремонт циклона охладителя гранул и испытания ГОУ", "Түйіршік салқындатқыш циклонын жөндеу және ГТҚ сынақтарын жүргізу",
     "до 15.05.2026", "2026 ж. 15.05. дейін", "главный механик", "бас механик"),
    ("6", "Не ведется журнал учета отходов", "Қалдықтарды есепке алу журналы жүргізілмейді",
     "Завести журнал учета отходов и назначить ответственного приказом", "Қалдықтарды есепке алу журналын жүргізіп, бұйрықпен жауапты тағайындау",
     "в течение 10 рабочих дней", "10 жұмыс күні ішінде", "директор", "директор"),
)  # fmt: skip


def tasks_jw1(doc: Doc) -> None:
    """A feed mill's plan of measures to carry out the Department of Ecology's order after an unscheduled check: the number
    of the order's item (`1`, `3`, `4`, `6` — gaps where items needed nothing) beside the plan's own running number, the
    violation as found, the measure, the term, who acts and an empty column for the mark of completion; the order's
    number and date, the article of the code and the KPD of the cyclone as look-alikes (VI: a fish meal plant's plan of
    remedying the findings of an inspection, each finding and its remedies under a section row, items `1.1`)."""
    r = doc.rng
    if doc.lang == "vi":
        _tasks_jw1_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    op = doc.pick(FEED_OPERATORS)[L]
    order = f"{r.randint(10, 99)}-{r.randint(100, 999)}"
    doc.h(g(f"План мероприятий по устранению нарушений, указанных в предписании № {order} от {r.randint(1, 28):02d}.02.2026",
            f"2026 жылғы {r.randint(1, 28):02d}.02. № {order} нұсқамада көрсетілген бұзушылықтарды жою жөніндегі іс-шаралар жоспары"))
    doc.p(g(f"Предписание выдано {op} Департаментом экологии по Костанайской области по статье 182 Экологического кодекса Республики Казахстан.",
            f"Нұсқаманы {op} серіктестігіне Қостанай облысы бойынша Экология департаменті Қазақстан Республикасы Экология кодексінің 182-бабы бойынша берді."))
    rows = [g(["№ п/п", "Пункт предписания", "Выявленное нарушение", "Мероприятие", "Срок", "Ответственный", "Отметка о выполнении"],
              ["Р/с №", "Нұсқама тармағы", "Анықталған бұзушылық", "Іс-шара", "Мерзімі", "Жауапты", "Орындалғаны туралы белгі"])]
    for k, (item, v_ru, v_kk, m_ru, m_kk, t_ru, t_kk, w_ru, w_kk) in enumerate(ORDER_PLAN, 1):
        text, who = (m_ru, m_kk)[L], (w_ru, w_kk)[L]
        rows.append([str(k), item, (v_ru, v_kk)[L], text, (t_ru, t_kk)[L], who, ""])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text, 4), "actor_contains": who})
    doc.table(None, rows, role="tasks")
    doc.p(g("Информация об исполнении направляется в Департамент не позднее 3 рабочих дней после срока каждого пункта.",
            "Орындалуы туралы ақпарат әр тармақтың мерзімінен кейін 3 жұмыс күнінен кешіктірілмей Департаментке жіберіледі."))
    maybe_distractor(doc)


VN_FISH_FIX = (
    ("1. Tồn tại: Mùi hôi phát sinh tại khu vực tiếp nhận và hấp cá nguyên liệu", [
        ("Lắp đặt chụp hút kín và đường ống dẫn hơi từ nồi hấp về hệ thống khử mùi", "Phòng Kỹ thuật", "30/6/2026"),
        ("Bổ sung tháp hấp thụ bằng dung dịch NaOH trước lọc sinh học", "Phòng Kỹ thuật", "30/9/2026")]),
    ("2. Tồn tại: Nước rỉ từ xe chở nguyên liệu chảy tràn ra đường nội bộ", [
        ("Xây dựng rãnh thu và hố ga thu nước rỉ tại khu vực cân xe", "Ban Quản lý công trình", "31/5/2026")]),
    ("3. Tồn tại: Chưa lắp đặt camera giám sát tại cửa xả nước thải", [
        ("Lắp đặt camera và kết nối truyền dữ liệu về Sở Nông nghiệp và Môi trường", "Phòng An toàn – Môi trường", "30/4/2026")]),
)


def _tasks_jw1_vi(doc: Doc) -> None:
    r = doc.rng
    name, _, company, *_ = doc.pick(VN_FISHMEAL)
    doc.h(f"KẾ HOẠCH KHẮC PHỤC CÁC TỒN TẠI THEO KẾT LUẬN KIỂM TRA SỐ {r.randint(100, 480)}/KL-STNMT – {company.upper()}")
    doc.p(f"Cơ sở: {name}. Kết luận kiểm tra việc chấp hành pháp luật về bảo vệ môi trường ngày {r.randint(1, 28):02d}/01/2026.")
    rows = [["TT", "Nội dung khắc phục", "Đơn vị thực hiện", "Thời hạn hoàn thành"]]
    merges = []
    for s, (section, items) in enumerate(VN_FISH_FIX, 1):
        _span(rows, merges, section, 4)
        for k, (text, who, term) in enumerate(items, 1):
            rows.append([f"{s}.{k}", text, who, term])
            doc.add("obligations", {"kind": "task", "number": f"{s}.{k}", "text_contains": _words(text, 5), "actor_contains": who})
    doc.table("Bảng 1. Kế hoạch khắc phục", rows, merges, role="tasks")
    maybe_distractor(doc)


# ((RU, KK section), [(RU, KK measure, effect t/y or None, (money 2026, 2027, 2028) thousand tenge, RU, KK who)])
FISH_PPM = (
    (("Охрана атмосферного воздуха", "Атмосфералық ауаны қорғау"), [
        ("Замена загрузки биофильтра линии рыбной муки", "Балық ұны желісі биосүзгісінің жүктемесін ауыстыру", 0.42, (3800, 0, 4100), "главный инженер", "бас инженер"),
        ("Перевод котельной с угля на сжиженный газ", "Қазандықты көмірден сұйытылған газға көшіру", 18.6, (0, 46000, 12000), "директор", "директор")]),
    (("Охрана водных объектов", "Су объектілерін қорғау"), [
        ("Реконструкция жироловок и флотатора локальных очистных сооружений", "Жергілікті тазарту құрылыстарының май ұстағыштары мен флотаторын қайта жаңарту", None,
         (12500, 8000, 0), "главный механик", "бас механик")]),
    (("Обращение с отходами", "Қалдықтармен жұмыс"), [
        ("Передача отходов рыбного сырья на производство кормовой муки", "Балық шикізаты қалдықтарын жем ұнын өндіруге беру", None, (0, 0, 0),
         "начальник цеха", "цех бастығы"),
        ("Устройство контейнерной площадки с навесом", "Қалқасы бар контейнер алаңын орнату", None, (2400, 0, 0), "заместитель директора", "директордың орынбасары")]),
)  # fmt: skip


def tasks_jw2(doc: Doc) -> None:
    """A fish-processing plant's plan of nature-protection measures for three years: section rows for air, water and wastes,
    items `1.1` under them, the environmental effect in tonnes a year, the money in thousands of tenge under a merged header
    by year (`2026 | 2027 | 2028`) with the sections' subtotals and the plan's total, who acts last; zeros and dashes where no
    money is needed (VI: a feed mill's plan of environmental work for 2026 under Roman sections, the budget in millions of
    dong and the quarter of completion)."""
    if doc.lang == "vi":
        _tasks_jw2_vi(doc)
        return
    L = _L(doc)
    g = _rk(doc)
    p = doc.pick(FISH_PLANTS)
    doc.h(g(f"План мероприятий по охране окружающей среды на 2026–2028 годы. {p[3]}", f"{p[4]}. 2026–2028 жылдарға арналған қоршаған ортаны қорғау жөніндегі іс-шаралар жоспары"))
    rows = [g(["№", "Наименование мероприятия", "Снижение эмиссий, т/год", "Финансирование, тыс. тенге", None, None, "Ответственный"],
              ["№", "Іс-шараның атауы", "Эмиссиялардың төмендеуі, т/жыл", "Қаржыландыру, мың теңге", None, None, "Жауапты"]),
            [None, None, None, "2026", "2027", "2028", None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 5), (0, 6, 1, 6)]
    grand = [0, 0, 0]
    for s, ((s_ru, s_kk), items) in enumerate(FISH_PPM, 1):
        _span(rows, merges, f"{s}. {(s_ru, s_kk)[L]}", 7)
        sub = [0, 0, 0]
        for k, (m_ru, m_kk, effect, money, w_ru, w_kk) in enumerate(items, 1):
            text, who = (m_ru, m_kk)[L], (w_ru, w_kk)[L]
            rows.append([f"{s}.{k}", text, num(effect, doc.lang) if effect else "–", *(num(x, doc.lang) if x else "–" for x in money), who])
            doc.add("obligations", {"kind": "task", "number": f"{s}.{k}", "text_contains": _words(text, 4), "actor_contains": who})
            sub = [a + b for a, b in zip(sub, money, strict=True)]
        rows.append(["", g("Итого по разделу", "Бөлім бойынша жиыны"), "", *(num(x, doc.lang) for x in sub), ""])
        grand = [a + b for a, b in zip(grand, sub, strict=True)]
    rows.append(["", g("Всего по плану", "Жоспар бойынша барлығы"), "", *(num(x, doc.lang) for x in grand), ""])
    doc.table(g("Приложение 6 к экологическому разрешению", "Экологиялық рұқсатқа 6-қосымша"), rows, merges, role="tasks")
    maybe_distractor(doc)


VN_FEED_WORK = (
    ("I. KHÍ THẢI", [("Thay toàn bộ túi lọc hệ thống lọc bụi khu nghiền", "Tổ bảo trì", "Quý I", "180"),
                     ("Lắp đặt thiết bị đo chênh áp điện tử cho 04 hệ thống lọc bụi", "Phòng Kỹ thuật", "Quý II", "95")]),
    ("II. CHẤT THẢI", [("Cải tạo kho chứa chất thải nguy hại đạt yêu cầu Thông tư 02/2022/TT-BTNMT", "Phòng HSE", "Quý II", "120"),
                       ("Ký hợp đồng chuyển giao tro lò hơi cho đơn vị sản xuất phân bón", "Phòng Mua hàng", "Quý I", "-")]),
    ("III. QUẢN LÝ CHUNG", [("Tập huấn về giấy phép môi trường cho cán bộ quản lý và trưởng ca", "Phòng Nhân sự", "Quý III", "40")]),
)


def _tasks_jw2_vi(doc: Doc) -> None:
    name, key, *_ = doc.pick(VN_PARK_FIRMS[::2])
    doc.h(f"KẾ HOẠCH THỰC HIỆN CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2026 – {name.upper()}")
    doc.p("Kế hoạch được ban hành kèm theo Quyết định số 06/QĐ-GĐ ngày 08/01/2026 của Giám đốc công ty.")
    rows = [["STT", "Nội dung công việc", "Bộ phận chủ trì", "Thời gian hoàn thành", "Kinh phí (triệu đồng)"]]
    merges = []
    for section, items in VN_FEED_WORK:
        _span(rows, merges, section, 5)
        for k, (text, who, term, money) in enumerate(items, 1):
            rows.append([str(k), text, who, term, money])
            doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text, 5), "actor_contains": who})
    doc.table("Bảng 1. Danh mục công việc năm 2026", rows, merges, role="tasks")
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"JW{k}", globals()[f"{role}_jw{k}"]) for role in ROLES for k in (1, 2)]
