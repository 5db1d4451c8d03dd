"""The forty-fifth blind set's part KA (two layouts per role, `KA1` and `KA2`), written by someone who
neither ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`; held out and measured
once (0.847 over 126 files when first measured at the registering commit, 2026-12-07), then moved to the tuning
layouts to be studied.

Theme: chlor-alkali, soda ash and salt works. Kazakhstan: a chlor-alkali plant in the northern industrial zone of Pavlodar
with membrane electrolysis, chlorine drying with sulphuric acid, hydrochloric acid synthesis, a caustic evaporator, a salt
store and the land of a former mercury-cell shop; a Solvay soda ash plant in Zhambyl oblast with lime kilns, ammonia
recovery, calciners and the distiller-waste ponds (`белое море`); lake salt works of the Aral region (Kyzylorda oblast)
with a drying drum, a crushing and packing shop, a washing plant and its evaporation pond (an ecological passport after
ГОСТ 17.0.0.04-90, an oblast's register of salt producers, the ЭРА parameter form of sources, the statistical form 2-ТП
(воздух), an inventory of wastes by shop, a КЭР's table of burial limits, a НДС table, a soil survey of mercury, a matrix
of stack control, a calendar of sampling, a check schedule of chlorine handling, an ISO 14001 audit programme, a plan of
measures after Annex 4 to the Environmental Code and a quarterly road map). Vietnam: a chlor-alkali plant at Phù Ninh
(Phú Thọ) making caustic soda, chlorine, hydrochloric acid and Javel water, refined-salt plants and salt fields of
Khánh Hòa after the merger with Ninh Thuận (a GPMT amendment, a provincial list of salt producers, an ĐTM's loads by
phase, a quarterly declaration of the emission fee under Nghị định 153/2024/NĐ-CP, CTNH by quarter, a GPMT waste annex,
QCVN 40 with Kq and Kf, a GPMT annex of stack limits and their monitoring, periodic beside automatic monitoring, an ĐTM
monitoring programme by phase, a chemical-incident prevention check plan, a salt field's self-inspection plan, a plan
of remedying an inspection's findings and an ISO 14001 environmental programme).

Facility: a chlor-alkali plant's ecological passport whose general section is a label–value–label–value grid without a
header under three section rows, the BIN beside the operator, KATO beside the address, the DMS coordinates beside the height
above sea level, the category beside the phone and fax, the bank account `KZ..` merged across three cells as a look-alike
of a registration number, the protection zone in metres; the raw materials in a table of no role (VI: a GPMT amendment
with the permitted content and the content asked for as two columns, `Không thay đổi` where nothing changes, the address
renamed after the 2025 merger of communes, one facility in two columns) (KA1); an oblast's register of salt producers,
a row per object under district rows, the operator with its BIN in one cell merged down over its two objects, the
coordinates in decimal degrees under `с.ш. | в.д.` sub-columns, the tonnes mined as look-alikes (VI: Khánh Hòa's list of
salt fields and refined-salt plants, MSDN in the owner's cell, DMS in one cell, the hectares and tonnes beside) (KA2).

Emissions: the ЭРА form of source parameters of the chlor-alkali plant — source of release and source of emission, hours,
height, diameter, the gas's velocity, volume and temperature, map coordinates X1/Y1, the gas-cleaning unit with its
efficiency — over three header rows with a row of column numbers, the source's cells merged down over its substances,
`г/с | мг/нм³ | т/год` where the concentration is a look-alike, section rows for the productions, the plant's total with
the solids and the gases and liquids (VI: an ĐTM's loads of an expansion by phase — construction in tonnes for the whole
phase as the footnote says, operation in tonnes a year — sources without numbers) (KA1); a soda ash plant's statistical
form 2-ТП (воздух): generated, released without cleaning, from organised sources, sent to cleaning, captured, utilised and
emitted — only the last column is the emission — a row of units and a row of column letters and numbers, the totals and
the solids and gases lines, two-digit line codes (VI: a refined-salt plant's quarterly declaration of the emission fee,
flow, hours and concentration before the tonnes of the quarter, fee rates and sums in đồng, the fixed fee) (KA2).

Wastes: the chlor-alkali plant's inventory of wastes by shop under section rows, the norm per tonne of chlorine and the
place of storage (`карта № 2`) as look-alikes, subtotals per shop and totals of hazardous and non-hazardous wastes, the
mercury-bearing rubble of the old cell shop `17 09 01*` (VI: the plant's CTNH in kilograms by quarter under a merged
header, the year's sum the amount, the state of the waste and the receiver's licence code as look-alikes) (KA1); a soda
ash plant's КЭР table of burial limits — the stock buried so far, the tonnes formed (the amount), the burial limit, reuse
and transfer — under the rows `Всего`, `отходов производства`, `отходов потребления`, sections of hazardous,
non-hazardous and mirror wastes, the code in brackets after the name (VI: a refined-salt plant's GPMT annex, CTNH in kg a
year and ordinary wastes in tonnes a year in two tables with totals, the store's areas in a table of no role) (KA2).

Limits: a chlor-alkali plant's НДС table for two outlets into its evaporation pond — the existing state (flow, measured
concentration, grams an hour) beside the norms (flow, ДК, grams an hour, tonnes a year) under merged headers, the outlet
and its flows merged down, pH as a range, active chlorine and mercury (VI: the plant's waste water over four quarters
against QCVN 40:2011/BTNMT column B, C and Cmax = C × Kq × Kf side by side, pH without coefficients) (KA1); a soil survey
of mercury and lead at the former mercury-cell shop, each point's coordinates merged over two depths, the units in a
header row of their own and the ПДК in a row under it, the multiple of the ПДК as a look-alike (VI: a GPMT annex of a
refined-salt plant's stack limits = QCVN 19 column B × Kp × Kv with the periodic monitoring's frequency in the same rows,
a stack exempt from monitoring) (KA2).

Monitoring: a matrix of stack control — sources as rows, the substances with their codes as columns under a merged
header, each cell a frequency in abbreviations (`1 раз/кв.`), `непрерывно (АСМ)` or a dash, the sampling port as a
look-alike — then observation wells of the old mercury sludge store (VI: periodic monitoring and automatic continuous
monitoring side by side in one row, `liên tục` only in the merged header, stacks `Không thuộc đối tượng` automatic) (KA1);
a salt works' calendar of sampling with the months I–XII as columns and `+` marks from which the frequency follows,
sources, protection-zone points, the washing plant's waste water, the lake's brine and a well, the count of samples as a
look-alike (VI: an ĐTM's monitoring programme of a refined-salt plant by phase with VN-2000 coordinates as look-alikes, a
row on solid wastes without a parameter) (KA2).

Inspections: a chlor-alkali plant's schedule of checks of chlorine handling, gas cleaning, acid and caustic stores and the
evaporation pond under section rows, items numbered through, criteria with figures (`не менее 12 %`, `1 мг/м³`) that are
no limits, `ежесменно` and `перед каждым наливом цистерны` without a frequency of the contract, the log's form number as a
look-alike (VI: a chemical-incident prevention plan's checks, `Hằng ca` and `Trước mỗi lần xuất bình`) (KA1); a soda ash
plant's ISO 14001 internal audit programme, audit numbers `ВА-01/26`, clauses of the standard as look-alikes, dates and the
lead auditor, the auditors' certificates in a table of no role (VI: a salt company's self-inspection plan of salt fields,
the plant and the stores, a check before the storm season each August, checks after heavy rain without a frequency)
(KA2).

Tasks: a chlor-alkali plant's plan of environmental measures for 2026–2028 after Annex 4 to the Environmental Code, the
Annex's item (`7.3`) as a look-alike of the item's number, start and end under a merged header, money in thousands of tenge
by year and the total, the expected effect in tonnes (VI: a plan of remedying an inspection's findings — the finding, the
measure, who, the deadline and the state of work) (KA1); a salt works' road map as a chart of quarters of 2026 and 2027
with `■` marks, the responsible and the result (VI: an ISO 14001 environmental programme, each objective and its target
merged down over its actions `1.1`, `1.2`, a target in mg/Nm³ that is no limit) (KA2).
"""

from __future__ import annotations

from . import vocab
from .common import Doc, distractor, freq, make_bin, make_msdn, maybe_distractor, num
from .limits_data import add, limit
from .registry import ROLES, Layout
from .sources_data import emission

# ---------------------------------------------------------------- helpers


def _g(doc: Doc):
    """`g(ru, kk)`: the text of a Russian or a Kazakh document."""
    i = 0 if doc.lang == "ru" else 1
    return lambda ru, kk: (ru, kk)[i]


def _span(rows: list, merges: list, text: str, width: int) -> None:
    """A row whose one cell spans the table."""
    rows.append([text] + [None] * (width - 1))
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))


def _sig(x: float, digits: int = 3) -> float:
    return float(f"{x:.{digits}g}")


def _words(text: str, n: int = 3) -> str:
    return " ".join(text.split(" (")[0].split()[:n])


def _kato(doc: Doc, prefix: str) -> str:
    rest = 9 - len(prefix) - 3
    return f"{prefix}{doc.rng.randint(10 ** (rest - 1), 10**rest - 1)}{doc.rng.choice(('000', '100'))}"


HEMI = {"ru": ("с.ш.", "в.д."), "kk": ("с.е.", "ш.б."), "vi": ("N", "E")}


def _dms(doc: Doc, value: float, lat: bool) -> tuple[str, float]:
    """`52°20'51,4" с.ш.` and the decimal degrees it stands for."""
    tenths = round(value * 36000)
    d, rest = divmod(tenths, 36000)
    m, t = divmod(rest, 600)
    s = f"{t / 10:04.1f}".replace(".", ",")
    return f"{d}°{m:02d}'{s}\" {HEMI[doc.lang][0 if lat else 1]}", round(d + m / 60 + t / 36000, 6)


def _dec(value: float, lang: str) -> str:
    return num(value, lang, group=False)


# code: (RU, KK, VI, hazard class as the Kazakh list prints it; None where only an ОБУВ exists)
SUBST = {
    "0349": ("Хлор", "Хлор", "Clo", 2),
    "0316": ("Гидрохлорид (Соляная кислота, Водород хлорид)", "Тұз қышқылы (хлорсутек)", "HCl", 2),
    "0322": ("Серная кислота", "Күкірт қышқылы", "Axit sunfuric", 2),
    "0150": ("Натрий гидроксид (Натр едкий)", "Натрий гидроксиді (күйдіргіш натр)", "NaOH", None),
    "0152": ("Натрий хлорид", "Натрий хлорид (ас тұзы)", "NaCl", 3),
    "0155": ("диНатрий карбонат (Сода кальцинированная)", "диНатрий карбонат (кальцийленген сода)", "Na2CO3", 3),
    "0128": ("Кальций оксид (Негашеная известь)", "Кальций оксиді (сөндірілмеген әк)", "CaO", None),
    "0214": ("Кальций дигидроксид (Гашеная известь, Пушонка)", "Кальций дигидроксиді (сөндірілген әк)", "Ca(OH)2", 3),
    "0303": ("Аммиак", "Аммиак", "Amoniac", 4),
    "2909": ("Пыль неорганическая, содержащая двуокись кремния в %: менее 20", "Бейорганикалық шаң: кремний қостотығы 20%-дан төмен",
             "", 3),
}  # fmt: skip
VI_AIR = {"2902": "Bụi tổng", "0330": "SO2", "0301": "NOx (tính theo NO2)", "0337": "CO", "0349": "Clo", "0316": "HCl"}


def _air(doc: Doc, code: str) -> str:
    if doc.lang == "vi" and code in VI_AIR:
        return VI_AIR[code]
    if code in SUBST:
        return SUBST[code][vocab.LANGS.index(doc.lang)]
    return vocab.air(code, doc.lang)


def _hz(code: str) -> int | None:
    return SUBST[code][3] if code in SUBST else vocab.hazard(code)


def _water(doc: Doc, symbol: str) -> str:
    extra = {"Cl2": ("Хлор активный (остаточный)", "Белсенді хлор (қалдық)", "Clo dư"), "Ca": ("Кальций", "Кальций", "Canxi"),
             "Mg": ("Магний", "Магний", "Magie")}
    if symbol in extra:
        return extra[symbol][vocab.LANGS.index(doc.lang)]
    return vocab.water(symbol, doc.lang)


def _kind(number: str) -> str:
    return "unorganized" if number.startswith("6") else "organized"


# ---------------------------------------------------------------- facility

# (RU operator, KK operator, key, RU plant, KK plant, RU head, KK head)
CA_OPERATORS = (
    ("АО «Ертіс Хлор-Сілті»", "«Ертіс Хлор-Сілті» АҚ", "Ертіс Хлор", "Завод хлора и каустической соды",
     "Хлор және каустикалық сода зауыты", "Председатель Правления Ибраев Д.К.", "Басқарма төрағасы Ибраев Д.Қ."),
    ("ТОО «Павлодар Каустик Кемикал»", "«Павлодар Каустик Кемикал» ЖШС", "Каустик Кемикал", "Хлорщелочное производство",
     "Хлор-сілті өндірісі", "Генеральный директор Шаймерденов Р.А.", "Бас директор Шаймерденов Р.А."),
)  # fmt: skip


def facility_ka1(doc: Doc) -> None:
    """A chlor-alkali plant's ecological passport (ГОСТ 17.0.0.04-90), its general section a label–value–label–value grid
    without a header under three section rows; the bank account merged across three cells; the raw materials in a table
    of no role (VI: a GPMT amendment with the permitted and the asked-for content as two columns)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_ka1_vi(doc)
        return
    g = _g(doc)
    L = 0 if doc.lang == "ru" else 1
    op = doc.pick(CA_OPERATORS)
    operator, key, plant, head = op[L], op[2], op[3 + L], op[5 + L]
    bin_, kato = make_bin(r), _kato(doc, "5510")
    lat_s, lat = _dms(doc, 52.3478 + r.uniform(-0.004, 0.004), True)
    lon_s, lon = _dms(doc, 76.9031 + r.uniform(-0.004, 0.004), False)
    doc.h(g(f"Экологический паспорт промышленного предприятия. {operator}", f"{operator}. Өнеркәсіптік кәсіпорынның экологиялық паспорты"))
    doc.p(g("Паспорт составлен по ГОСТ 17.0.0.04-90 и актуализирован по состоянию на 01.01.2026. Раздел 1 «Общие сведения».",
            "Паспорт МЕМСТ 17.0.0.04-90 бойынша жасалған және 01.01.2026 жағдайы бойынша өзектендірілген. 1-бөлім «Жалпы мәліметтер»."))
    rows, merges = [], []
    _span(rows, merges, g("1. Реквизиты", "1. Деректемелер"), 4)
    rows += [[g("Полное наименование предприятия", "Кәсіпорынның толық атауы"), operator, g("БИН", "БСН"), bin_],
             [g("Наименование объекта", "Объектінің атауы"), plant, g("Категория объекта (ст. 12 ЭК РК)", "Объектінің санаты (ҚР ЭК 12-бабы)"), "I"],
             [g("Руководитель", "Басшысы"), head, g("Телефон, факс", "Телефон, факс"),
              f"+7 7182 {r.randint(60, 69)} {r.randint(10, 99)} {r.randint(10, 99)}, {r.randint(60, 69)} {r.randint(10, 99)} {r.randint(10, 99)}"],
             [g("Банковские реквизиты", "Банк деректемелері"),
              f"ИИК KZ{r.randint(10, 99)} 8560 000{r.randint(1, 9)} {r.randint(1000, 9999)} {r.randint(1000, 9999)}, "
              + g("АО «Банк ЦентрКредит», БИК KCJBKZKX", "«Банк ЦентрКредит» АҚ, БСК KCJBKZKX"), None, None]]
    merges.append((len(rows) - 1, 1, len(rows) - 1, 3))
    _span(rows, merges, g("2. Местоположение", "2. Орналасқан жері"), 4)
    rows += [[g("Фактический адрес", "Нақты мекенжайы"),
              g(f"Павлодарская область, г. Павлодар, Северная промышленная зона, строение {r.randint(20, 60)}",
                f"Павлодар облысы, Павлодар қ., Солтүстік өнеркәсіптік аймақ, {r.randint(20, 60)}-құрылыс"), g("Код КАТО", "ҚАТО коды"), kato],
             [g("Координаты центра площадки", "Алаң орталығының координаттары"), f"{lat_s}; {lon_s}",
              g("Высота над уровнем моря, м", "Теңіз деңгейінен биіктігі, м"), str(r.randint(118, 131))],
             [g("Ближайшая жилая застройка", "Ең жақын тұрғын үйлер"),
              g(f"{num(round(r.uniform(2.2, 3.4), 1), 'ru')} км к юго-западу (с. Павлодарское)", f"оңтүстік-батысқа қарай {num(round(r.uniform(2.2, 3.4), 1), 'kk')} км (Павлодар а.)"),
              g("Санитарно-защитная зона", "Санитариялық-қорғаныш аймағы"), g("1 000 м (класс I)", "1 000 м (I сынып)")]]
    _span(rows, merges, g("3. Производственная деятельность", "3. Өндірістік қызмет"), 4)
    rows += [[g("Вид деятельности по ОКЭД", "ЭҚЖЖ бойынша қызмет түрі"),
              g("20130 – Производство прочих основных неорганических химических веществ", "20130 – Басқа да негізгі бейорганикалық химиялық заттарды өндіру"),
              g("Год ввода в эксплуатацию", "Пайдалануға берілген жылы"), g("1984 (мембранный электролиз – 2012)", "1984 (мембраналық электролиз – 2012)")],
             [g("Проектная мощность", "Жобалық қуаты"),
              g("хлор жидкий – 32 000 т/год; натр едкий (100 %) – 36 000 т/год; кислота соляная (31,5 %) – 45 000 т/год; гипохлорит натрия – 8 000 т/год",
                "сұйық хлор – жылына 32 000 т; күйдіргіш натр (100 %) – жылына 36 000 т; тұз қышқылы (31,5 %) – жылына 45 000 т; натрий гипохлориті – жылына 8 000 т"),
              g("Среднесписочная численность, чел.", "Орташа тізімдік саны, адам"), str(r.randint(540, 690))]]
    doc.table(g("Таблица 1.1 – Общие сведения о предприятии", "1.1-кесте – Кәсіпорын туралы жалпы мәліметтер"), rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": key, "kato": kato, "oked": "20130", "category": "I", "lat": lat, "lon": lon})
    doc.table(g("Таблица 1.2 – Основное сырье и энергоресурсы (факт 2025 г.)", "1.2-кесте – Негізгі шикізат және энергия ресурстары (2025 ж. нақты)"), [
        g(["Наименование", "Ед. изм.", "Расход"], ["Атауы", "Өлш. бірл.", "Шығыны"]),
        g(["Соль поваренная (ГОСТ 13830-97)", "т", num(r.randint(48, 58) * 1000, "ru")], ["Ас тұзы (МЕМСТ 13830-97)", "т", num(r.randint(48, 58) * 1000, "kk")]),
        g(["Электроэнергия", "млн кВт·ч", num(r.randint(95, 120), "ru")], ["Электр энергиясы", "млн кВт·сағ", num(r.randint(95, 120), "kk")]),
        g(["Кислота серная 92,5 %", "т", num(r.randint(700, 1100), "ru")], ["Күкірт қышқылы 92,5 %", "т", num(r.randint(700, 1100), "kk")]),
        g(["Вода техническая", "тыс. м³", num(r.randint(900, 1400), "ru")], ["Техникалық су", "мың м³", num(r.randint(900, 1400), "kk")]),
    ], role="other")


def _facility_ka1_vi(doc: Doc) -> None:
    r = doc.rng
    company = doc.pick(("Công ty Cổ phần Hóa chất Lô Giang", "Công ty Cổ phần Xút – Clo Phù Ninh"))
    msdn = make_msdn(r)
    lat_s, lat = _dms(doc, 21.4211 + r.uniform(-0.003, 0.003), True)
    lon_s, lon = _dms(doc, 105.2978 + r.uniform(-0.003, 0.003), False)
    permit = f"{r.randint(120, 480)}/GP-BTNMT ngày {r.randint(1, 28):02d}/6/2023"
    doc.h("VĂN BẢN ĐỀ NGHỊ ĐIỀU CHỈNH GIẤY PHÉP MÔI TRƯỜNG")
    doc.p(f"{company} đề nghị điều chỉnh Giấy phép môi trường số {permit} do nâng công suất dây chuyền điện phân màng trao đổi ion và "
          "sắp xếp lại đơn vị hành chính cấp xã từ ngày 01/7/2025. Các nội dung đề nghị điều chỉnh được tổng hợp tại bảng dưới đây.")
    rows = [["TT", "Nội dung", f"Theo Giấy phép môi trường số {permit}", "Nội dung đề nghị điều chỉnh"],
            ["1", "Chủ cơ sở", company, "Không thay đổi"],
            ["2", "Mã số doanh nghiệp", msdn, "Không thay đổi"],
            ["3", "Tên cơ sở", "Nhà máy sản xuất xút – clo Phù Ninh", "Không thay đổi"],
            ["4", "Địa chỉ", "Khu công nghiệp Phù Ninh, thị trấn Phong Châu, huyện Phù Ninh, tỉnh Phú Thọ",
             "Khu công nghiệp Phù Ninh, xã Phù Ninh, tỉnh Phú Thọ"],
            ["5", "Tọa độ trung tâm nhà máy (WGS-84)", f"{lat_s}; {lon_s}", "Không thay đổi"],
            ["6", "Loại hình sản xuất", "Sản xuất hóa chất vô cơ cơ bản: xút (NaOH), clo lỏng, axit clohydric, nước Javen",
             "Bổ sung sản phẩm Poly Aluminium Chloride (PAC)"],
            ["7", "Công suất", "NaOH 32 %: 40.000 tấn/năm; Clo lỏng: 6.000 tấn/năm; HCl 32 %: 30.000 tấn/năm; Javen: 8.000 tấn/năm",
             "NaOH 32 %: 60.000 tấn/năm; Clo lỏng: 9.000 tấn/năm; HCl 32 %: 42.000 tấn/năm; Javen: 8.000 tấn/năm; PAC: 10.000 tấn/năm"],
            ["8", "Phân nhóm dự án, cơ sở", "Nhóm I", "Không thay đổi"],
            ["9", "Cơ quan cấp giấy phép", "Bộ Tài nguyên và Môi trường", "Bộ Nông nghiệp và Môi trường"]]
    doc.table("Bảng 1. Các nội dung đề nghị điều chỉnh", rows, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": "Phù Ninh", "category": "I", "lat": lat, "lon": lon})
    doc.table("Bảng 2. Nhu cầu nguyên liệu chính sau điều chỉnh", [
        ["TT", "Nguyên liệu", "Đơn vị", "Khối lượng"],
        ["1", "Muối công nghiệp (NaCl ≥ 98,5 %)", "tấn/năm", num(r.randint(60, 75) * 1000, "vi")],
        ["2", "Axit sunfuric 98 %", "tấn/năm", num(r.randint(500, 900), "vi")],
        ["3", "Nhôm hydroxit (sản xuất PAC)", "tấn/năm", num(r.randint(3, 5) * 1000, "vi")],
    ], role="other")


# ((RU, KK key), RU, KK object, RU, KK place, KATO prefix, lat, lon, category, thousand t)
SALT_OBJECTS = (
    (("Жаксыкылыш", "Жақсықылыш"), "Солепромысел на озере Жаксыкылыш (добыча самосадочной соли)", "Жақсықылыш көліндегі тұз кәсіпшілігі (өздігінен шөгетін тұзды өндіру)",
     "Аральский район, п. Жаксыкылыш", "Арал ауданы, Жақсықылыш к.", "4332", 46.0874, 61.9023, "II", (160, 240)),
    (("Солемольный", "тарту зауыты"), "Солемольный завод (помол, йодирование, фасовка)", "Тұз тарту зауыты (ұнтақтау, йодтау, қаптау)",
     "Аральский район, п. Жаксыкылыш, промзона", "Арал ауданы, Жақсықылыш к., өнеркәсіп аймағы", "4332", 46.0961, 61.8752, "III", (40, 70)),
    (("Тұзкөл", "Тұзкөл"), "Участок добычи соли на озере Тұзкөл", "Тұзкөл көліндегі тұз өндіру учаскесі",
     "Казалинский район, с. Бозколь", "Қазалы ауданы, Бозкөл а.", "4336", 45.7412, 62.3385, "II", (60, 110)),
    (("фасовки", "қаптау цехы"), "Цех йодирования и фасовки соли", "Тұзды йодтау және қаптау цехы",
     "г. Кызылорда, ул. Промышленная, 17", "Қызылорда қ., Өнеркәсіп к-сі, 17", "4310", 44.8312, 65.5418, "III", (12, 25)),
)  # fmt: skip
SALT_FIRMS = (("ТОО «Арал Тұз Өндірісі»", "«Арал Тұз Өндірісі» ЖШС"), ("ТОО «Қазалы Тұз»", "«Қазалы Тұз» ЖШС"),
              ("ТОО «Сыр Тұз Қаптау»", "«Сыр Тұз Қаптау» ЖШС"))


def facility_ka2(doc: Doc) -> None:
    """An oblast's register of salt producers: a row per object under district rows, the operator and its BIN in one cell
    merged down over its two objects, decimal coordinates under `с.ш. | в.д.`, the category, the permit and the tonnes
    mined as look-alikes (VI: Khánh Hòa's list of salt fields and refined-salt plants)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_ka2_vi(doc)
        return
    g = _g(doc)
    L = 0 if doc.lang == "ru" else 1
    doc.h(g("Перечень объектов добычи и переработки поваренной соли Кызылординской области (по состоянию на 01.01.2026)",
            "Қызылорда облысының ас тұзын өндіру және қайта өңдеу объектілерінің тізбесі (01.01.2026 жағдай бойынша)"))
    doc.p(g("Составлен ГУ «Управление природных ресурсов и регулирования природопользования Кызылординской области» по данным "
            "экологических разрешений и деклараций о воздействии.",
            "«Қызылорда облысының табиғи ресурстар және табиғат пайдалануды реттеу басқармасы» ММ экологиялық рұқсаттар мен әсер ету "
            "туралы декларациялар деректері бойынша жасады."))
    head0 = g(["№", "Природопользователь, БИН", "Объект", "Местонахождение, код КАТО", "Координаты (WGS-84)", None, "Категория",
               "Разрешительный документ", "Добыча (переработка) в 2025 г., тыс. т"],
              ["№", "Табиғат пайдаланушы, БСН", "Объект", "Орналасқан жері, ҚАТО коды", "Координаттар (WGS-84)", None, "Санаты",
               "Рұқсат беру құжаты", "2025 ж. өндіру (қайта өңдеу), мың т"])
    head1 = [None] * 4 + list(HEMI[doc.lang]) + [None] * 3
    rows = [head0, head1]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 6, 7, 8)] + [(0, 4, 0, 5)]
    firms = [(f[L], make_bin(r)) for f in SALT_FIRMS]
    owner = (0, 0, 1, 2)
    districts = g(("Аральский район", "Аральский район", "Казалинский район", "г. Кызылорда"), ("Арал ауданы", "Арал ауданы", "Қазалы ауданы", "Қызылорда қ."))
    kato = ""
    for k, o in enumerate(SALT_OBJECTS):
        if k == 0 or districts[k] != districts[k - 1]:
            _span(rows, merges, districts[k], 9)
        name, bin_ = firms[owner[k]]
        kato = kato if k == 1 else _kato(doc, o[5])  # the mill stands in the lake works' settlement
        lat, lon = round(o[6] + r.uniform(-0.003, 0.003), 4), round(o[7] + r.uniform(-0.003, 0.003), 4)
        if o[8] == "II":
            permit = g(f"разрешение на воздействие № KZ{r.randint(10, 99)}VCZ{r.randint(10**7, 10**8 - 1)} от {r.randint(1, 28):02d}.0{r.randint(1, 9)}.2024",
                       f"2024 ж. {r.randint(1, 28):02d}.0{r.randint(1, 9)}. № KZ{r.randint(10, 99)}VCZ{r.randint(10**7, 10**8 - 1)} әсер етуге рұқсат")
        else:
            permit = g(f"декларация о воздействии от {r.randint(1, 28):02d}.03.2025", f"2025 ж. {r.randint(1, 28):02d}.03. әсер ету туралы декларация")
        first = k == 1 and owner[k] == owner[k - 1]
        rows.append([str(k + 1), None if first else f"{name}\n{g('БИН', 'БСН')} {bin_}", o[1 + L], f"{o[3 + L]}\n{g('КАТО', 'ҚАТО')} {kato}",
                     _dec(lat, doc.lang), _dec(lon, doc.lang), o[8], permit, num(round(r.uniform(*o[9]), 1), doc.lang)])
        if first:
            merges.append((len(rows) - 2, 1, len(rows) - 1, 1))
        doc.add("facilities", {"bin": bin_, "name_contains": o[0][L], "kato": kato, "category": o[8], "lat": lat, "lon": lon})
    doc.table(None, rows, merges, role="facility")
    doc.p(g("Примечание: объемы добычи приведены по данным статистической отчетности недропользователей.",
            "Ескерту: өндіру көлемдері жер қойнауын пайдаланушылардың статистикалық есептілігі деректері бойынша келтірілген."))
    maybe_distractor(doc, 0.3)


# (key, VI name, owner, address, lat, lon, ha, tonnes, group)
VN_SALT_SITES = (
    ("I. CƠ SỞ SẢN XUẤT MUỐI (ĐỒNG MUỐI)", [
        ("Cà Ná", "Đồng muối công nghiệp Cà Ná", "Công ty Cổ phần Muối Cà Ná Xanh", "xã Cà Ná, tỉnh Khánh Hòa (trước đây: xã Phước Diêm, huyện Thuận Nam, tỉnh Ninh Thuận)",
         11.3452, 108.8697, (420, 560), (90000, 140000), "III"),
        ("Quán Thẻ", "Đồng muối Quán Thẻ", "Công ty TNHH Muối Phước Minh", "xã Phước Hữu, tỉnh Khánh Hòa (trước đây: xã Phước Minh, huyện Thuận Nam, tỉnh Ninh Thuận)",
         11.3905, 108.9311, (300, 420), (60000, 95000), "III")]),
    ("II. CƠ SỞ CHẾ BIẾN MUỐI TINH, MUỐI I-ỐT", [
        ("Hòn Khói", "Nhà máy chế biến muối tinh Hòn Khói", "Công ty Cổ phần Chế biến Muối Ninh Hải", "phường Ninh Hòa, tỉnh Khánh Hòa",
         12.5793, 109.2246, (3, 6), (25000, 40000), "II")]),
)  # fmt: skip


def _facility_ka2_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("DANH SÁCH CÁC CƠ SỞ SẢN XUẤT, CHẾ BIẾN MUỐI TRÊN ĐỊA BÀN TỈNH KHÁNH HÒA")
    doc.p("(Kèm theo Báo cáo số 214/BC-SNNMT của Sở Nông nghiệp và Môi trường tỉnh Khánh Hòa về tình hình sản xuất muối năm 2025.)")
    rows = [["TT", "Tên cơ sở", "Chủ cơ sở, mã số doanh nghiệp", "Địa chỉ (sau sắp xếp đơn vị hành chính)", "Tọa độ (WGS-84)",
             "Diện tích (ha)", "Sản lượng năm 2025 (tấn)", "Phân nhóm"]]
    merges = []
    n = 0
    for section, sites in VN_SALT_SITES:
        _span(rows, merges, section, 8)
        for key, name, owner, place, la, lo, ha, tons, group in sites:
            n += 1
            msdn = make_msdn(r)
            lat_s, lat = _dms(doc, la + r.uniform(-0.002, 0.002), True)
            lon_s, lon = _dms(doc, lo + r.uniform(-0.002, 0.002), False)
            rows.append([str(n), name, f"{owner}\nMSDN: {msdn}", place, f"{lat_s}\n{lon_s}", num(round(r.uniform(*ha), 1), "vi"),
                         num(r.randint(*tons) // 100 * 100, "vi"), f"Nhóm {group}"])
            doc.add("facilities", {"bin": msdn, "name_contains": key, "category": group, "lat": lat, "lon": lon})
    doc.table("Phụ lục. Danh sách cơ sở", rows, merges, role="facility")
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- emissions

# ((RU, KK production), [(number, (RU, KK release), (RU, KK source), hours, height, diameter or None, (RU, KK cleaning), {code: g/s})])
CA_AIR = (
    (("Производство хлора и каустической соды", "Хлор және каустикалық сода өндірісі"), [
        ("0001", ("Узел санитарной абсорбции абгазов хлора", "Хлор абгаздарын санитариялық абсорбциялау торабы"),
         ("Труба санитарной колонны К-7", "К-7 санитариялық колоннасының мұржасы"), 8760, 45, 0.5,
         ("абсорбер (р-р NaOH), 99,0", "абсорбер (NaOH ерітіндісі), 99,0"), {"0349": (0.004, 0.025)}),
        ("0002", ("Осушка хлора серной кислотой", "Хлорды күкірт қышқылымен кептіру"), ("Вытяжная труба узла осушки", "Кептіру торабының сору мұржасы"),
         8760, 32, 0.3, ("брызгоуловитель, 95,0", "шашыранды ұстағыш, 95,0"), {"0322": (0.001, 0.006), "0349": (0.001, 0.005)}),
        ("0003", ("Выпарка и плавка каустической соды", "Каустикалық соданы буландыру және балқыту"),
         ("Труба выпарной установки", "Буландыру қондырғысының мұржасы"), 8400, 36, 0.4, ("скруббер, 92,0", "скруббер, 92,0"),
         {"0150": (0.002, 0.012)})]),
    (("Производство соляной кислоты", "Тұз қышқылы өндірісі"), [
        ("0004", ("Печи синтеза хлористого водорода (3 шт.)", "Хлорсутек синтездеу пештері (3 дана)"),
         ("Труба хвостовых абсорберов", "Соңғы абсорберлердің мұржасы"), 8400, 40, 0.4, ("хвостовой абсорбер, 98,0", "соңғы абсорбер, 98,0"),
         {"0316": (0.01, 0.06), "0349": (0.002, 0.01)}),
        ("0005", ("Резервуары соляной кислоты (4 шт.)", "Тұз қышқылы резервуарлары (4 дана)"),
         ("Воздушник резервуарного парка", "Резервуар паркінің ауа шығарғышы"), 8760, 12, 0.1, ("—", "—"), {"0316": (0.0005, 0.004)})]),
    (("Вспомогательные объекты", "Қосалқы объектілер"), [
        ("0006", ("Котлы ДЕ-25 (природный газ, водород)", "ДЕ-25 қазандықтары (табиғи газ, сутек)"), ("Дымовая труба котельной", "Қазандықтың түтін мұржасы"),
         8760, 60, 1.2, ("—", "—"), {"0301": (0.3, 0.9), "0304": (0.05, 0.15), "0337": (0.4, 1.2)}),
        ("6001", ("Разгрузка вагонов, грейферный кран", "Вагондарды түсіру, грейферлі кран"), ("Склад поваренной соли", "Ас тұзы қоймасы"),
         3200, 5, None, ("—", "—"), {"0152": (0.02, 0.09)}),
        ("6002", ("Растворение кальцинированной соды", "Кальцийленген соданы еріту"), ("Узел приготовления реагентов", "Реагенттер дайындау торабы"),
         2100, 4, None, ("—", "—"), {"0155": (0.003, 0.015)})]),
)  # fmt: skip
SOLID = ("0150", "0152", "0155", "0128", "0214", "2909", "2902")


def emissions_ka1(doc: Doc) -> None:
    """The ЭРА form of source parameters of a chlor-alkali plant: eighteen columns over three header rows (the last a row of
    column numbers), the source's cells merged down over its substances, `г/с | мг/нм³ | т/год`, the productions as section
    rows, the total with solids and gases and liquids (VI: an ĐTM's loads of an expansion by construction and operation)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_ka1_vi(doc)
        return
    g = _g(doc)
    L = 0 if doc.lang == "ru" else 1
    op = doc.pick(CA_OPERATORS)[L]
    doc.h(g(f"Проект нормативов допустимых выбросов для {op}", f"{op} үшін жол берілетін шығарындылар нормативтерінің жобасы"))
    doc.p(g("Таблица составлена по форме программного комплекса «ЭРА»; координаты источников даны в условной системе предприятия, "
            "начало – юго-западный угол ограждения промплощадки.",
            "Кесте «ЭРА» бағдарламалық кешенінің нысаны бойынша жасалды; көздердің координаттары кәсіпорынның шартты жүйесінде берілген, "
            "бастауы – өнеркәсіптік алаң қоршауының оңтүстік-батыс бұрышы."))
    head0 = g(["Источник выделения", "Число часов работы в году", "Наименование источника выброса", "Номер источника на карте-схеме",
               "Высота, м", "Диаметр устья, м", "Параметры ГВС на выходе из источника", None, None, "Координаты на карте-схеме, м", None,
               "Газоочистная установка, КПД, %", "Код вещества", "Наименование вещества", "Выбросы загрязняющего вещества", None, None,
               "Год достижения НДВ"],
              ["Бөліну көзі", "Жылдағы жұмыс сағаттары", "Шығарынды көзінің атауы", "Карта-сызбадағы көз нөмірі", "Биіктігі, м",
               "Сағасының диаметрі, м", "Көзден шығатын ГАҚ параметрлері", None, None, "Карта-сызбадағы координаттары, м", None,
               "Газ тазарту қондырғысы, ПӘК, %", "Зат коды", "Заттың атауы", "Ластаушы зат шығарындылары", None, None, "ЖШН-ға қол жеткізу жылы"])
    head1 = [None] * 6 + g(["скорость, м/с", "объем, м³/с", "температура, °С"], ["жылдамдығы, м/с", "көлемі, м³/с", "температурасы, °С"]) + \
        ["X1", "Y1", None, None, None] + g(["г/с", "мг/нм³", "т/год"], ["г/с", "мг/нм³", "т/жыл"]) + [None]
    rows = [head0, head1, [str(k) for k in range(1, 19)]]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 4, 5, 11, 12, 13, 17)] + [(0, 6, 0, 8), (0, 9, 0, 10), (0, 14, 0, 16)]
    tot = {"all": [0.0, 0.0], "solid": [0.0, 0.0], "gas": [0.0, 0.0]}
    numbers = []
    for (p_ru, p_kk), sources in CA_AIR:
        _span(rows, merges, (p_ru, p_kk)[L], 18)
        for number, release, source, hours, height, diam, cleaning, codes in sources:
            start = len(rows)
            if diam:
                v = round(r.uniform(4, 12), 1)
                vol = round(v * 3.1416 * diam * diam / 4, 3)
                temp = 140 if number == "0006" else r.randint(18, 45)
                geo = [num(diam, doc.lang), num(v, doc.lang), num(vol, doc.lang), str(temp)]
            else:
                vol, geo = None, ["—"] * 4
            fixed = [release[L], str(hours), source[L], number, str(height), *geo, str(r.randint(120, 940)), str(r.randint(80, 760)), cleaning[L]]
            for j, (code, (lo, hi)) in enumerate(codes.items()):
                gs = _sig(r.uniform(lo, hi), 3)
                ty = _sig(gs * 3600 * hours * r.uniform(0.8, 1.0) / 1e6, 3)
                conc = num(_sig(gs * 1000 / vol, 3), doc.lang) if vol else "—"
                rows.append((fixed if j == 0 else [None] * 12) + [code, _air(doc, code), num(gs, doc.lang), conc, num(ty, doc.lang), "2026"])
                doc.add("emissions", emission(code, gs, ty, number))
                for part in ("all", "solid" if code in SOLID else "gas"):
                    tot[part][0] += gs
                    tot[part][1] += ty
            if len(codes) > 1:
                merges += [(start, c, len(rows) - 1, c) for c in range(12)]
            numbers.append(number)
    for part, label in (("all", g("Всего по предприятию:", "Кәсіпорын бойынша барлығы:")), ("solid", g("в том числе твердые:", "оның ішінде қатты:")),
                        ("gas", g("газообразные и жидкие:", "газ тәріздес және сұйық:"))):
        rows.append([label] + [None] * 13 + [num(round(tot[part][0], 6), doc.lang), "—", num(round(tot[part][1], 6), doc.lang), ""])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 13))
    doc.table(g("Таблица 3.3 – Параметры выбросов загрязняющих веществ в атмосферу для расчета нормативов допустимых выбросов",
                "3.3-кесте – Жол берілетін шығарындылар нормативтерін есептеуге арналған атмосфераға ластаушы заттар шығарындыларының параметрлері"),
              rows, merges, role="emissions")
    doc.add("sources", *({"number": n, "type": _kind(n)} for n in numbers))
    maybe_distractor(doc)


# (phase, VI section, hours, [(VI source, flow Nm3/h or None, {code: g/s})])
VN_CA_PHASES = (
    ("construction", "I. GIAI ĐOẠN THI CÔNG, LẮP ĐẶT DÂY CHUYỀN ĐIỆN PHÂN MỚI (18 tháng)", 3744, [
        ("Máy móc, thiết bị thi công (máy đào, cần trục, xe lu) đốt dầu DO", None,
         {"2902": (0.002, 0.008), "0330": (0.0005, 0.003), "0301": (0.02, 0.08), "0337": (0.01, 0.05)}),
        ("Xe vận chuyển vật liệu, thiết bị (bụi đường và khí thải)", None, {"2902": (0.01, 0.04), "0301": (0.005, 0.02), "0337": (0.004, 0.015)})]),
    ("operation", "II. GIAI ĐOẠN VẬN HÀNH", 8000, [
        ("Ống thải tháp hấp thụ Clo (dung dịch NaOH)", (3000, 5000), {"0349": (0.003, 0.02)}),
        ("Ống thải tháp hấp thụ HCl sau lò tổng hợp", (4000, 7000), {"0316": (0.01, 0.05), "0349": (0.002, 0.008)}),
        ("Ống khói lò hơi đốt hydro dư và khí thiên nhiên (10 tấn hơi/giờ)", (12000, 16000), {"0301": (0.2, 0.6), "0337": (0.1, 0.4)})]),
)  # fmt: skip


def _emissions_ka1_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG DỰ ÁN NÂNG CÔNG SUẤT NHÀ MÁY SẢN XUẤT XÚT – CLO PHÙ NINH")
    doc.h("3.1. Đánh giá tác động do bụi và khí thải")
    doc.p("Tải lượng giai đoạn thi công tính theo hệ số phát thải của WHO và khối lượng nhiên liệu tiêu thụ; giai đoạn vận hành tính "
          "theo lưu lượng thiết kế và nồng độ sau xử lý của dây chuyền hiện hữu.")
    rows = [["TT", "Nguồn phát sinh", "Chất ô nhiễm", "Lưu lượng (Nm³/h)", "Nồng độ (mg/Nm³)", "Tải lượng (kg/h)", "Tải lượng (g/s)",
             "Tải lượng (tấn/năm) (*)"]]
    merges = []
    n = 0
    for phase, section, hours, sources in VN_CA_PHASES:
        _span(rows, merges, section, 8)
        for name, flow, codes in sources:
            n += 1
            q = r.randint(flow[0] // 100, flow[1] // 100) * 100 if flow else None
            start = len(rows)
            for j, (code, (lo, hi)) in enumerate(codes.items()):
                gs = _sig(r.uniform(lo, hi), 3)
                kgh = _sig(gs * 3.6, 3)
                ty = _sig(kgh * hours / 1000, 3)
                conc = num(_sig(gs * 3.6e6 / q, 3), "vi") if q else "-"
                rows.append([str(n) if j == 0 else None, name if j == 0 else None, _air(doc, code), (num(q, "vi") if q else "-") if j == 0 else None,
                             conc, num(kgh, "vi"), num(gs, "vi"), num(ty, "vi")])
                doc.add("emissions", emission(code, gs, ty, period=phase))
            if len(codes) > 1:
                merges += [(start, c, len(rows) - 1, c) for c in (0, 1, 3)]
    doc.table("Bảng 3.4. Tải lượng bụi, khí thải của dự án", rows, merges, role="emissions")
    doc.p("(*) Giai đoạn thi công: tải lượng tính cho cả giai đoạn 18 tháng (tấn/giai đoạn); giai đoạn vận hành: 8.000 giờ/năm.")
    maybe_distractor(doc)


# code, solid, (low, high) t formed, share sent to cleaning, share captured, share of the captured used again
SODA_AIR = (
    ("0155", True, (2500, 4200), 0.99, 0.995, 1.0), ("0128", True, (600, 1100), 0.95, 0.99, 1.0),
    ("0214", True, (150, 320), 0.9, 0.98, 0.0), ("2909", True, (900, 1600), 0.85, 0.985, 1.0),
    ("0303", False, (400, 700), 1.0, 0.97, 1.0), ("0301", False, (180, 320), 0.0, 0.0, 0.0),
    ("0304", False, (25, 55), 0.0, 0.0, 0.0), ("0330", False, (40, 120), 0.0, 0.0, 0.0), ("0337", False, (900, 1800), 0.0, 0.0, 0.0),
)
SODA_FIRMS = (("АО «Жамбыл Сода»", "«Жамбыл Сода» АҚ"), ("ТОО «Қаратау Кальцинирленген Сода»", "«Қаратау Кальцинирленген Сода» ЖШС"))


def emissions_ka2(doc: Doc) -> None:
    """A soda ash plant's statistical form 2-ТП (воздух): formed, released without cleaning, of it from organised sources,
    sent to cleaning, captured, of it used again, and emitted in the year — only the last column is the emission — with a
    row of column letters and numbers, a row of units, the totals and the solids and gases lines, two-digit line codes
    (VI: a refined-salt plant's quarterly declaration of the emission fee)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_ka2_vi(doc)
        return
    g = _g(doc)
    L = 0 if doc.lang == "ru" else 1
    firm = doc.pick(SODA_FIRMS)[L]
    doc.h(g("Статистическая форма 2-ТП (воздух) «Отчет об охране атмосферного воздуха» за 2025 год",
            "2-ТП (ауа) «Атмосфералық ауаны қорғау туралы есеп» статистикалық нысаны, 2025 жыл"))
    doc.p(g(f"Респондент: {firm}, завод кальцинированной соды (Жамбылская область). Раздел 1. Выбросы загрязняющих веществ в атмосферу, "
            "их очистка и утилизация.",
            f"Респондент: {firm}, кальцийленген сода зауыты (Жамбыл облысы). 1-бөлім. Атмосфераға ластаушы заттар шығарындылары, оларды "
            "тазарту және кәдеге жарату."))
    head0 = g(["Наименование загрязняющего вещества", "Код строки", "Код ЗВ", "Количество ЗВ, отходящих от всех стационарных источников выделения",
               "в том числе", None, "поступает на очистные сооружения", "из поступивших на очистку", None,
               "Всего выброшено в атмосферу за отчетный год"],
              ["Ластаушы заттың атауы", "Жол коды", "ЛЗ коды", "Барлық стационарлық бөліну көздерінен шығатын ЛЗ мөлшері", "оның ішінде", None,
               "тазарту құрылыстарына түседі", "тазартуға түскендерден", None, "Есепті жылы атмосфераға барлығы шығарылды"])
    head1 = [None] * 4 + g(["выбрасывается без очистки", "из них от организованных источников"], ["тазартусыз шығарылады", "оның ішінде ұйымдастырылған көздерден"]) + \
        [None] + g(["уловлено и обезврежено", "из них утилизовано"], ["ұсталды және залалсыздандырылды", "оның ішінде кәдеге жаратылды"]) + [None]
    rows = [head0, head1, g(["А", "Б", "В"], ["А", "Б", "В"]) + [str(k) for k in range(1, 8)], ["", "", "", g("тонн", "тонна")] + [None] * 6]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 6, 9)] + [(0, 4, 0, 5), (0, 7, 0, 8), (3, 3, 3, 9)]
    lines, sums = [], {k: [0.0] * 7 for k in ("all", "solid", "gas")}
    for code, solid, (lo, hi), share, eff, used in SODA_AIR:
        formed = round(r.uniform(lo, hi), 3)
        clean = round(formed * share, 3)
        raw = round(formed - clean, 3)
        org = round(raw * r.uniform(0.55, 0.9), 3) if solid else raw
        caught = round(clean * eff, 3)
        util = round(caught * used, 3)
        out = round(raw + clean - caught, 3)
        vals = [formed, raw, org, clean, caught, util, out]
        lines.append((code, vals))
        for part in ("all", "solid" if solid else "gas"):
            sums[part] = [a + b for a, b in zip(sums[part], vals, strict=True)]
        doc.add("emissions", emission(code, None, out))

    def cells(vals):
        return [num(round(v, 3), doc.lang) if v else "–" for v in vals]

    rows += [[g("Всего", "Барлығы"), "01", "", *cells(sums["all"])],
             [g("в том числе: твердые", "оның ішінде: қатты"), "02", "", *cells(sums["solid"])],
             [g("газообразные и жидкие", "газ тәріздес және сұйық"), "03", "", *cells(sums["gas"])]]
    _span(rows, merges, g("из них по отдельным загрязняющим веществам:", "оның ішінде жекелеген ластаушы заттар бойынша:"), 10)
    for k, (code, vals) in enumerate(lines, 4):
        rows.append([_air(doc, code), f"{k:02d}", code, *cells(vals)])
    doc.table(g("Таблица 1 – Выбросы загрязняющих веществ в атмосферу, их очистка и утилизация",
                "1-кесте – Атмосфераға ластаушы заттар шығарындылары, оларды тазарту және кәдеге жарату"), rows, merges, role="emissions")
    doc.table(g("Таблица 2 – Работа газоочистных установок", "2-кесте – Газ тазарту қондырғыларының жұмысы"), [
        g(["Установка", "Место установки", "КПД проектный, %", "КПД фактический, %"], ["Қондырғы", "Орнатылған жері", "Жобалық ПӘК, %", "Нақты ПӘК, %"]),
        g(["Рукавный фильтр ФРИ-550", "упаковка соды", "99,5", num(round(r.uniform(99.1, 99.5), 1), "ru")],
          ["ФРИ-550 жеңді сүзгісі", "соданы қаптау", "99,5", num(round(r.uniform(99.1, 99.5), 1), "kk")]),
        g(["Промыватель газа КЛТ", "абсорбция аммиака", "97,0", num(round(r.uniform(96.5, 97.4), 1), "ru")],
          ["КЛТ газ жуғышы", "аммиак абсорбциясы", "97,0", num(round(r.uniform(96.5, 97.4), 1), "kk")]),
        g(["Батарейный циклон ЦБ-54", "дробление известняка", "98,5", num(round(r.uniform(97.9, 98.6), 1), "ru")],
          ["ЦБ-54 батареялық циклоны", "әктасты ұсату", "98,5", num(round(r.uniform(97.9, 98.6), 1), "kk")]),
    ], role="other")


# (VI stack, flow m3/h, hours in the quarter, {code: mg/Nm3})
VN_FEE_STACKS = (
    ("Ống khói lò sấy muối tầng sôi (đốt than cám)", (26000, 32000), (1500, 1900), {"2902": (60, 150), "0330": (200, 450), "0301": (150, 300), "0337": (200, 600)}),
    ("Ống khói lò hơi đốt sinh khối 4 tấn hơi/giờ", (9000, 12000), (1800, 2100), {"2902": (80, 180), "0301": (120, 260), "0337": (300, 800)}),
)
FEE = {"2902": 800, "0301": 800, "0330": 700, "0337": 500}
FEE_LABEL = {"2902": "Bụi tổng", "0301": "NOx", "0330": "SO2", "0337": "CO"}


def _emissions_ka2_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("TỜ KHAI PHÍ BẢO VỆ MÔI TRƯỜNG ĐỐI VỚI KHÍ THẢI – QUÝ II NĂM 2025")
    doc.p(f"Người nộp phí: Công ty Cổ phần Chế biến Muối Ninh Hải – Nhà máy chế biến muối tinh Hòn Khói. Mã số thuế: {make_msdn(r)}. "
          "Căn cứ Nghị định số 153/2024/NĐ-CP ngày 21/11/2024 của Chính phủ quy định phí bảo vệ môi trường đối với khí thải; nồng độ lấy theo "
          "kết quả quan trắc định kỳ ngày 14/5/2025.")
    rows = [["TT", "Nguồn khí thải", "Lưu lượng khí thải (m³/giờ)", "Thời gian xả thải trong quý (giờ)", "Chất ô nhiễm",
             "Nồng độ trung bình (mg/Nm³)", "Khối lượng chất ô nhiễm xả thải (tấn)", "Mức thu phí (đồng/tấn)", "Số phí (đồng)"]]
    merges = []
    total = 750000
    for n, (name, (qlo, qhi), (hlo, hhi), codes) in enumerate(VN_FEE_STACKS, 1):
        q, hours = r.randint(qlo // 100, qhi // 100) * 100, r.randint(hlo, hhi)
        start = len(rows)
        for j, (code, (lo, hi)) in enumerate(codes.items()):
            conc = float(r.randint(lo, hi))
            mass = round(conc * q * hours / 1e9, 3)
            fee = round(mass * FEE[code])
            total += fee
            rows.append([str(n) if j == 0 else None, name if j == 0 else None, num(q, "vi") if j == 0 else None, num(hours, "vi") if j == 0 else None,
                         FEE_LABEL[code], num(conc, "vi"), num(mass, "vi"), num(FEE[code], "vi"), num(fee, "vi")])
            doc.add("emissions", emission(code, None, mass))
        merges += [(start, c, len(rows) - 1, c) for c in range(4)]
    rows.append(["Phí cố định của quý (f/4)"] + [None] * 7 + ["750.000"])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 7))
    rows.append(["Tổng số phí phải nộp"] + [None] * 7 + [num(total, "vi")])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 7))
    doc.table("Bảng kê khai khối lượng chất ô nhiễm và số phí phải nộp", rows, merges, role="emissions")
    doc.p("Khối lượng chất ô nhiễm (tấn) = Nồng độ (mg/Nm³) × Lưu lượng (m³/giờ) × Thời gian xả thải (giờ) × 10⁻⁹.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

# ((RU, KK shop), [(code, RU, KK name, RU, KK process, (low, high) t per t of chlorine or None, (low, high) t, RU, KK operation)])
CA_WASTES = (
    (("Цех рассолоподготовки", "Тұзды ерітінді дайындау цехы"), [
        ("06 03 14", "Шлам рассолоочистки (карбонат кальция, гидроксид магния)", "Тұзды ерітіндіні тазарту шламы (кальций карбонаты, магний гидроксиді)",
         "осветление рассола", "тұзды ерітіндіні мөлдірлендіру", (0.05, 0.08), None, "захоронение на шламонакопителе", "шлам жинағышқа көму"),
        ("19 09 05", "Отработанные ионообменные смолы вторичной очистки рассола", "Тұзды ерітіндіні қайталама тазартудың пайдаланылған ион алмастырғыш шайырлары",
         "вторичная очистка рассола", "тұзды ерітіндіні қайталама тазарту", (0.00008, 0.00015), None, "передача специализированной организации",
         "мамандандырылған ұйымға беру"),
        ("15 02 03", "Отработанные фильтрующие элементы рассольных фильтров", "Тұзды ерітінді сүзгілерінің пайдаланылған сүзгі элементтері",
         "фильтрация рассола", "тұзды ерітіндіні сүзу", (0.00004, 0.0001), None, "передача специализированной организации", "мамандандырылған ұйымға беру")]),
    (("Цех электролиза", "Электролиз цехы"), [
        ("06 07 99", "Отработанные ионообменные мембраны электролизеров", "Электролизерлердің пайдаланылған ион алмастырғыш мембраналары",
         "замена мембран", "мембраналарды ауыстыру", (0.00002, 0.00005), None, "возврат поставщику на переработку", "қайта өңдеуге жеткізушіге қайтару"),
        ("06 01 01*", "Отработанная серная кислота осушки хлора (70–75 %)", "Хлорды кептірудің пайдаланылған күкірт қышқылы (70–75 %)",
         "осушка хлора", "хлорды кептіру", (0.012, 0.02), None, "передача на нейтрализацию", "бейтараптандыруға беру"),
        ("06 07 02*", "Отработанный активированный уголь узла дехлорирования", "Хлорсыздандыру торабының пайдаланылған белсендірілген көмірі",
         "дехлорирование анолита", "анолитті хлорсыздандыру", (0.0001, 0.0002), None, "передача на обезвреживание", "залалсыздандыруға беру")]),
    (("Общезаводские объекты", "Жалпы зауыттық объектілер"), [
        ("17 09 01*", "Ртутьсодержащие строительные отходы демеркуризации бывшего цеха ртутного электролиза",
         "Бұрынғы сынапты электролиз цехын демеркуризациялаудың сынабы бар құрылыс қалдықтары", "демонтаж корпуса 31", "31-корпусты бөлшектеу",
         None, (40, 120), "передача на демеркуризацию", "демеркуризацияға беру"),
        ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", "освещение", "жарықтандыру", None, (0.2, 0.6),
         "передача на демеркуризацию", "демеркуризацияға беру"),
        ("15 02 02*", "Промасленная ветошь", "Майланған шүберек", "ремонт оборудования", "жабдықты жөндеу", None, (0.3, 1.2),
         "передача специализированной организации", "мамандандырылған ұйымға беру"),
        ("17 04 05", "Лом черных металлов", "Қара металл сынықтары", "ремонт оборудования", "жабдықты жөндеу", None, (20, 60),
         "сдача во вторчермет", "екінші қара металға тапсыру"),
        ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", "жизнедеятельность персонала", "персоналдың тіршілік әрекеті", None, (60, 110),
         "вывоз на полигон ТБО", "ҚТҚ полигонына шығару")]),
)  # fmt: skip


def wastes_ka1(doc: Doc) -> None:
    """A chlor-alkali plant's inventory of wastes by shop under section rows: the code, the process, the norm per tonne of
    chlorine and the place of storage as look-alikes, the tonnes a year, subtotals per shop and totals of hazardous and
    non-hazardous wastes (VI: the plant's CTNH in kilograms by quarter, the year's sum the amount)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_ka1_vi(doc)
        return
    g = _g(doc)
    L = 0 if doc.lang == "ru" else 1
    op = doc.pick(CA_OPERATORS)[L]
    chlorine = r.randint(27, 31) * 1000
    doc.h(g(f"Инвентаризация отходов производства и потребления {op} за 2025 год", f"{op} 2025 жылғы өндіріс және тұтыну қалдықтарын түгендеу"))
    doc.p(g(f"Выпуск хлора в 2025 году – {num(chlorine, 'ru')} т. Образование производственных отходов рассчитано по удельным нормативам "
            "на 1 т хлора, прочих – по фактическим данным учета.",
            f"2025 жылы хлор шығару – {num(chlorine, 'kk')} т. Өндірістік қалдықтардың түзілуі 1 т хлорға шаққандағы үлестік нормативтер "
            "бойынша, өзгелері – есепке алудың нақты деректері бойынша есептелді."))
    rows = [g(["№", "Наименование отхода", "Код отхода", "Процесс образования", "Удельный норматив, т/т хлора", "Образование, т/год",
               "Место накопления", "Операция по обращению"],
              ["№", "Қалдықтың атауы", "Қалдық коды", "Түзілу процесі", "Үлестік норматив, т/т хлор", "Түзілуі, т/жыл",
               "Жинақтау орны", "Қалдықпен жұмыс операциясы"])]
    merges = []
    n, hazardous, other = 0, 0.0, 0.0
    for (s_ru, s_kk), items in CA_WASTES:
        _span(rows, merges, (s_ru, s_kk)[L], 8)
        shop = 0.0
        for code, n_ru, n_kk, p_ru, p_kk, norm, span, o_ru, o_kk in items:
            n += 1
            if norm:
                k = _sig(r.uniform(*norm), 2)
                amount = round(k * chlorine, 2)
                k_cell = num(k, doc.lang)
            else:
                amount, k_cell = round(r.uniform(*span), 2), "—"
            place = g(f"площадка № {r.randint(1, 9)}", f"№ {r.randint(1, 9)} алаң") if code != "06 03 14" else g("шламонакопитель, карта № 2", "шлам жинағыш, № 2 карта")
            name = (n_ru, n_kk)[L]
            rows.append([str(n), name, code, (p_ru, p_kk)[L], k_cell, num(amount, doc.lang), place, (o_ru, o_kk)[L]])
            doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": amount, "name_contains": _words(name)})
            shop += amount
            if code.endswith("*"):
                hazardous += amount
            else:
                other += amount
        rows.append(["", g("Итого по цеху", "Цех бойынша жиыны"), "", "", "", num(round(shop, 2), doc.lang), "", ""])
    rows.append(["", g("Всего по предприятию", "Кәсіпорын бойынша барлығы"), "", "", "", num(round(hazardous + other, 2), doc.lang), "", ""])
    rows.append(["", g("в том числе опасных", "оның ішінде қауіпті"), "", "", "", num(round(hazardous, 2), doc.lang), "", ""])
    rows.append(["", g("неопасных", "қауіпті емес"), "", "", "", num(round(other, 2), doc.lang), "", ""])
    doc.table(g("Таблица 2 – Перечень и количество отходов по цехам", "2-кесте – Цехтар бойынша қалдықтардың тізбесі мен саны"), rows, merges, role="wastes")
    maybe_distractor(doc)


# (VI name, code, state, (low, high) kg a year)
VN_CA_CTNH = (
    ("Axit sunfuric thải từ công đoạn sấy khí clo", "02 01 01", "Lỏng", (60000, 110000)),
    ("Than hoạt tính đã qua sử dụng từ quá trình sản xuất clo", "02 07 02", "Rắn", (300, 900)),
    ("Bùn thải có thành phần nguy hại từ quá trình xử lý nước thải", "02 05 01", "Bùn", (8000, 20000)),
    ("Dầu động cơ, hộp số và bôi trơn tổng hợp thải", "17 02 03", "Lỏng", (200, 600)),
    ("Bóng đèn huỳnh quang và các loại thủy tinh hoạt tính thải", "16 01 06", "Rắn", (20, 80)),
    ("Chất hấp thụ, vật liệu lọc, giẻ lau, vải bảo vệ thải bị nhiễm các thành phần nguy hại", "18 02 01", "Rắn", (150, 500)),
    ("Bao bì cứng thải bằng nhựa", "18 01 03", "Rắn", (400, 1200)),
)


def _wastes_ka1_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – NHÀ MÁY SẢN XUẤT XÚT – CLO PHÙ NINH")
    doc.h("3.2. Chất thải nguy hại")
    doc.p("Khối lượng chất thải nguy hại phát sinh theo từng quý được tổng hợp từ sổ theo dõi và các chứng từ chất thải nguy hại.")
    receiver = f"Công ty TNHH Môi trường Thành Đạt Bắc (mã số QLCTNH 1-2-3-4-5-6.0{r.randint(10, 99)}.VX)"
    rows = [["TT", "Tên chất thải", "Mã CTNH", "Trạng thái tồn tại", "Khối lượng phát sinh (kg)", None, None, None, None, "Tổ chức tiếp nhận"],
            [None] * 4 + ["Quý I", "Quý II", "Quý III", "Quý IV", "Cả năm", None]]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 9)] + [(0, 4, 0, 8)]
    quarters = [0] * 5
    for n, (name, code, state, (lo, hi)) in enumerate(VN_CA_CTNH, 1):
        q = [r.randint(lo // 4, hi // 4) for _ in range(4)]
        year = sum(q)
        quarters = [a + b for a, b in zip(quarters, [*q, year], strict=True)]
        rows.append([str(n), name, code, state, *(num(x, "vi") for x in q), num(year, "vi"), receiver if n == 1 else None])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": year / 1000, "name_contains": _words(name, 4)})
    merges.append((2, 9, len(rows) - 1, 9))
    rows.append(["", "Tổng cộng", "", "", *(num(x, "vi") for x in quarters), ""])
    doc.table("Bảng 3.3. Khối lượng chất thải nguy hại phát sinh năm 2025", rows, merges, role="wastes")
    maybe_distractor(doc)


# (code, RU, KK, (low, high) t formed, fate: bury / reuse / hand, consumption waste?)
SODA_WASTES = (
    ("13 02 05*", "Отработанные моторные масла", "Пайдаланылған мотор майлары", (3, 9), "hand", True),
    ("16 06 01*", "Отработанные свинцовые аккумуляторы", "Пайдаланылған қорғасын аккумуляторлары", (1, 4), "hand", True),
    ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", (0.2, 0.8), "hand", True),
    ("15 02 02*", "Промасленная ветошь", "Майланған шүберек", (0.5, 2), "hand", True),
    ("06 09 04", "Шлам дистиллерной жидкости (твердая фаза)", "Дистиллер сұйықтығының шламы (қатты фаза)", (260000, 380000), "bury", False),
    ("06 03 14", "Шлам рассолоочистки", "Тұзды ерітіндіні тазарту шламы", (4000, 7000), "bury", False),
    ("10 13 04", "Недопал известняка", "Әктастың толық күймеген бөлігі", (9000, 16000), "hand", False),
    ("10 13 06", "Пыль известняка рукавных фильтров", "Жеңді сүзгілердің әктас шаңы", (1200, 2500), "reuse", False),
    ("10 01 01", "Зола и шлак котельной", "Қазандықтың күлі мен қожы", (2500, 5000), "hand", False),
    ("17 04 05", "Лом черных металлов", "Қара металл сынықтары", (150, 400), "hand", False),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", (120, 220), "hand", True),
)  # fmt: skip


def wastes_ka2(doc: Doc) -> None:
    """A soda ash plant's КЭР table of burial limits: the stock buried so far, the tonnes formed (the amount), the burial
    limit, reuse and transfer, under the rows of all wastes, production and consumption wastes and the sections of
    hazardous, non-hazardous and mirror wastes, the code in brackets after the name (VI: a refined-salt plant's GPMT annex,
    CTNH in kilograms and ordinary wastes in tonnes in two tables)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_ka2_vi(doc)
        return
    g = _g(doc)
    L = 0 if doc.lang == "ru" else 1
    firm = doc.pick(SODA_FIRMS)[L]
    doc.h(g(f"Комплексное экологическое разрешение {firm}. Приложение 4. Лимиты захоронения отходов",
            f"{firm} кешенді экологиялық рұқсаты. 4-қосымша. Қалдықтарды көму лимиттері"))
    doc.p(g("Шлам дистиллерной жидкости и шлам рассолоочистки размещаются в собственных шламонакопителях («белых морях» № 1 и № 2); "
            "прочие отходы передаются по договорам.",
            "Дистиллер сұйықтығының шламы мен тұзды ерітіндіні тазарту шламы меншікті шлам жинағыштарда («ақ теңіздер» № 1 және № 2) "
            "орналастырылады; өзге қалдықтар шарттар бойынша беріледі."))
    rows = [g(["Наименование отходов", "Объем захороненных отходов на существующее положение, т", "Образование, т/год", "Лимит захоронения, т/год",
               "Повторное использование, переработка, т/год", "Передача сторонним организациям, т/год"],
              ["Қалдықтардың атауы", "Қолданыстағы жағдай бойынша көмілген қалдықтар көлемі, т", "Түзілуі, т/жыл", "Көму лимиті, т/жыл",
               "Қайта пайдалану, қайта өңдеу, т/жыл", "Бөгде ұйымдарға беру, т/жыл"])]
    merges = []
    lines, sums = [], {k: [0.0] * 5 for k in ("all", "prod", "cons")}
    for code, n_ru, n_kk, (lo, hi), fate, cons in SODA_WASTES:
        formed = round(r.uniform(lo, hi), 3)
        stock = round(formed * r.uniform(18, 32), 1) if fate == "bury" else 0.0
        vals = [stock, formed, formed if fate == "bury" else 0.0, formed if fate == "reuse" else 0.0, formed if fate == "hand" else 0.0]
        name = (n_ru, n_kk)[L]
        lines.append((f"{name} ({code})", code.endswith("*"), vals))
        for part in ("all", "cons" if cons else "prod"):
            sums[part] = [a + b for a, b in zip(sums[part], vals, strict=True)]
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": formed, "name_contains": _words(name)})

    def cells(vals):
        return [num(round(v, 3), doc.lang) if v else "–" for v in vals]

    rows += [[g("Всего", "Барлығы"), *cells(sums["all"])], [g("в том числе отходов производства", "оның ішінде өндіріс қалдықтары"), *cells(sums["prod"])],
             [g("отходов потребления", "тұтыну қалдықтары"), *cells(sums["cons"])]]
    for title, hazardous in ((g("Опасные отходы", "Қауіпті қалдықтар"), True), (g("Неопасные отходы", "Қауіпті емес қалдықтар"), False)):
        _span(rows, merges, title, 6)
        rows += [[name, *cells(vals)] for name, hz, vals in lines if hz == hazardous]
    _span(rows, merges, g("Зеркальные отходы", "Айналы қалдықтар"), 6)
    rows.append([g("перечень отходов", "қалдықтар тізбесі")] + ["–"] * 5)
    doc.table(None, rows, merges, role="wastes")
    doc.p(g("Лимиты установлены на срок действия разрешения (2026–2035 годы).", "Лимиттер рұқсаттың қолданылу мерзіміне (2026–2035 жылдар) белгіленген."))
    maybe_distractor(doc)


VN_SALT_CTNH = (("Dầu động cơ, hộp số và bôi trơn tổng hợp thải", "17 02 03", (120, 400)),
                ("Bóng đèn huỳnh quang và các loại thủy tinh hoạt tính thải", "16 01 06", (10, 40)),
                ("Chất hấp thụ, vật liệu lọc, giẻ lau, vải bảo vệ thải bị nhiễm các thành phần nguy hại", "18 02 01", (60, 200)),
                ("Bao bì cứng thải bằng kim loại", "18 01 02", (50, 180)),
                ("Hộp mực in thải có các thành phần nguy hại", "08 02 04", (5, 20)))
VN_SALT_ORDINARY = (("Bùn cặn từ bể lắng nước rửa muối", (180, 320)), ("Tạp chất tách ra từ muối nguyên liệu (đất, cát, vỏ sò)", (90, 160)),
                    ("Xỉ than từ lò sấy muối tầng sôi", (250, 420)), ("Bao bì PP, PE thải", (8, 20)))


def _wastes_ka2_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("PHỤ LỤC 3. BẢO ĐẢM YÊU CẦU BẢO VỆ MÔI TRƯỜNG ĐỐI VỚI QUẢN LÝ CHẤT THẢI")
    doc.p("(Kèm theo Giấy phép môi trường cấp cho Nhà máy chế biến muối tinh Hòn Khói, Công ty Cổ phần Chế biến Muối Ninh Hải.)")
    doc.p("A. Khối lượng, chủng loại chất thải phát sinh thường xuyên:")
    rows = [["TT", "Tên chất thải", "Mã CTNH", "Khối lượng (kg/năm)"]]
    total = 0
    for k, (name, code, (lo, hi)) in enumerate(VN_SALT_CTNH, 1):
        kg = r.randint(lo, hi) // 5 * 5
        total += kg
        rows.append([str(k), name, code, num(kg, "vi")])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000, "name_contains": _words(name, 4)})
    rows.append(["", "Tổng khối lượng", "", num(total, "vi")])
    doc.table("1. Chất thải nguy hại", rows, role="wastes")
    rows = [["TT", "Tên chất thải", "Khối lượng (tấn/năm)"]]
    total = 0.0
    for k, (name, (lo, hi)) in enumerate(VN_SALT_ORDINARY, 1):
        t = round(r.uniform(lo, hi), 1)
        total += t
        rows.append([str(k), name, num(t, "vi")])
        doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": _words(name, 4)})
    rows.append(["", "Tổng khối lượng", num(round(total, 1), "vi")])
    doc.table("2. Chất thải rắn công nghiệp thông thường", rows, role="wastes")
    doc.p("B. Yêu cầu đối với công trình lưu giữ chất thải:")
    doc.table("3. Công trình lưu giữ", [
        ["Công trình", "Diện tích (m²)", "Kết cấu"],
        ["Kho lưu giữ chất thải nguy hại", str(r.randint(10, 16)), "Tường gạch, mái tôn, nền bê tông chống thấm, gờ chống tràn cao 10 cm"],
        ["Khu lưu giữ chất thải rắn công nghiệp thông thường", str(r.randint(50, 80)), "Nền bê tông, có mái che, rãnh thu nước rỉ"],
    ], role="other")


# ---------------------------------------------------------------- limits

# outlet: (hours a year, (low, high) flow m3/h now, flow of the norm, [(symbol, (low, high) measured, ДК)])
NDS_OUTLETS = (
    ("В-1", 8760, (80, 110), 120, [
        ("pH", (7.0, 8.2), (6.5, 8.5)), ("TSS", (8, 18), 20), ("Cl-", (180, 320), 350), ("SO4", (150, 400), 500), ("TDS", (600, 950), 1000),
        ("Cl2", (0.02, 0.08), 0.1), ("Hg", (0.0001, 0.0004), 0.0005), ("Fe", (0.05, 0.25), 0.3), ("NH4+", (0.3, 1.6), 2), ("TPH", (0.05, 0.25), 0.3)]),
    ("В-2", 1200, (8, 14), 15, [("pH", (7.0, 8.0), (6.5, 8.5)), ("TSS", (6, 18), 20), ("TPH", (0.04, 0.25), 0.3)]),
)  # fmt: skip


def limits_ka1(doc: Doc) -> None:
    """A chlor-alkali plant's НДС table for two outlets into its evaporation pond: the existing state (flow, measured
    concentration, grams an hour) beside the norms (flow, ДК, grams an hour, tonnes a year) under merged headers, the outlet
    and its flows merged down, pH as a range (VI: waste water over four quarters against QCVN 40:2011/BTNMT B with C and
    Cmax = C × Kq × Kf side by side)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_ka1_vi(doc)
        return
    g = _g(doc)
    L = 0 if doc.lang == "ru" else 1
    op = doc.pick(CA_OPERATORS)[L]
    doc.h(g(f"Нормативы допустимых сбросов загрязняющих веществ {op} на 2026–2035 годы",
            f"{op} 2026–2035 жылдарға арналған ластаушы заттардың жол берілетін төгінділерінің нормативтері"))
    doc.p(g("Выпуск В-1 – производственные сточные воды после узла дехлорирования и нейтрализации, выпуск В-2 – ливневые стоки с "
            "промплощадки; приемник обоих выпусков – накопитель-испаритель «Сорколь».",
            "В-1 шығарылымы – хлорсыздандыру және бейтараптандыру торабынан кейінгі өндірістік ағынды сулар, В-2 шығарылымы – өнеркәсіптік "
            "алаңның нөсер ағындары; екі шығарылымның да қабылдағышы – «Сорколь» жинағыш-буландырғышы."))
    head0 = g(["№ выпуска", "Наименование показателя", "Существующее положение (2025 г.)", None, None, "Нормативы допустимых сбросов на 2026–2035 гг.",
               None, None, None],
              ["Шығарылым №", "Көрсеткіштің атауы", "Қолданыстағы жағдай (2025 ж.)", None, None, "2026–2035 жж. жол берілетін төгінділер нормативтері",
               None, None, None])
    head1 = [None, None] + g(["расход, м³/ч", "концентрация, мг/дм³", "сброс, г/ч", "расход, м³/ч", "ДК, мг/дм³", "сброс, г/ч", "сброс, т/год"],
                             ["шығын, м³/сағ", "концентрация, мг/дм³", "төгінді, г/сағ", "шығын, м³/сағ", "ЖК, мг/дм³", "төгінді, г/сағ", "төгінді, т/жыл"])
    rows = [head0, head1]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 4), (0, 5, 0, 8)]
    for outlet, hours, (qlo, qhi), qn, params in NDS_OUTLETS:
        q = round(r.uniform(qlo, qhi), 1)
        start = len(rows)
        for j, (symbol, (lo, hi), dk) in enumerate(params):
            first = j == 0
            if symbol == "pH":
                v = round(r.uniform(lo, hi), 1)
                now, dk_cell, gh, ty = num(v, doc.lang), f"{num(dk[0], doc.lang)}–{num(dk[1], doc.lang)}", "—", "—"
                gh_now = "—"
            else:
                v = _sig(r.uniform(lo, hi), 2)
                now, dk_cell = num(v, doc.lang), num(dk, doc.lang)
                gh_now = num(_sig(v * q, 3), doc.lang)
                gh = num(_sig(dk * qn, 4), doc.lang)
                ty = num(_sig(dk * qn * hours / 1e6, 3), doc.lang)
            rows.append([outlet if first else None, _water(doc, symbol), num(q, doc.lang) if first else None, now, gh_now,
                         num(qn, doc.lang) if first else None, dk_cell, gh, ty])
            add(doc, limit(("symbol", symbol), "waste_water", dk, "mg/l", None, outlet, v))
        merges += [(start, c, len(rows) - 1, c) for c in (0, 2, 5)]
    doc.table(g("Таблица 5.2 – Нормативы допустимых сбросов по выпускам", "5.2-кесте – Шығарылымдар бойынша жол берілетін төгінділер нормативтері"),
              rows, merges, role="limits")
    doc.table(g("Таблица 5.3 – Характеристика накопителя-испарителя «Сорколь»", "5.3-кесте – «Сорколь» жинағыш-буландырғышының сипаттамасы"), [
        g(["Показатель", "Значение"], ["Көрсеткіш", "Мәні"]),
        g(["Площадь зеркала, га", num(r.randint(150, 220), "ru")], ["Айна ауданы, га", num(r.randint(150, 220), "kk")]),
        g(["Полезный объем, млн м³", num(round(r.uniform(3.5, 5.0), 1), "ru")], ["Пайдалы көлемі, млн м³", num(round(r.uniform(3.5, 5.0), 1), "kk")]),
        g(["Средняя глубина, м", num(round(r.uniform(1.8, 2.6), 1), "ru")], ["Орташа тереңдігі, м", num(round(r.uniform(1.8, 2.6), 1), "kk")]),
        g(["Испарение с водной поверхности, мм/год", "870"], ["Су бетінен булану, мм/жыл", "870"]),
    ], role="other")


# (symbol, VI name, unit, C of column B, multiplied by Kq × Kf?, (low, high) share of Cmax)
VN_QCVN40 = (
    ("pH", "pH", "-", (5.5, 9), False), ("TSS", "Tổng chất rắn lơ lửng (TSS)", "mg/l", 100, True), ("COD", "COD", "mg/l", 150, True),
    ("BOD5", "BOD5 (20°C)", "mg/l", 50, True), ("NH4+", "Amoni (tính theo N)", "mg/l", 10, True), ("Cl2", "Clo dư", "mg/l", 2, True),
    ("Cl-", "Clorua (Cl-)", "mg/l", 1000, True), ("Hg", "Thủy ngân (Hg)", "mg/l", 0.01, True), ("Fe", "Sắt (Fe)", "mg/l", 5, True),
)


def _limits_ka1_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("KẾT QUẢ QUAN TRẮC NƯỚC THẢI NĂM 2025 – NHÀ MÁY SẢN XUẤT XÚT – CLO PHÙ NINH")
    doc.p("Vị trí lấy mẫu: NT1 – nước thải sau hệ thống xử lý nước thải tập trung công suất 1.200 m³/ngày đêm, trước khi xả ra ngòi Cỏ (chảy ra sông Lô).")
    head0 = ["TT", "Thông số", "Đơn vị", "Kết quả quan trắc tại NT1", None, None, None, "QCVN 40:2011/BTNMT, cột B", None]
    head1 = [None, None, None, "Quý I", "Quý II", "Quý III", "Quý IV", "C", "Cmax (Kq = 0,9; Kf = 1,0)"]
    rows = [head0, head1]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 6), (0, 7, 0, 8)]
    for n, (symbol, name, unit, c, scaled) in enumerate(VN_QCVN40, 1):
        cmax = round(c * 0.9, 6) if scaled else c
        line = [str(n), name, unit]
        for _ in range(4):
            v = round(r.uniform(6.6, 8.4), 1) if symbol == "pH" else _sig(cmax * r.uniform(0.08, 0.8), 2)
            line.append(num(v, "vi"))
            add(doc, limit(("symbol", symbol), "waste_water", cmax, "mg/l", "B", "NT1", v))
        if isinstance(c, tuple):
            line += [f"{num(c[0], 'vi')} – {num(c[1], 'vi')}"] * 2
        else:
            line += [num(c, "vi"), num(cmax, "vi")]
        rows.append(line)
    doc.table("Bảng 2.4. Kết quả phân tích mẫu nước thải sau xử lý", rows, merges, role="limits")
    doc.p("Ghi chú: Cmax = C × Kq × Kf; Kq = 0,9 ứng với lưu lượng dòng chảy của nguồn tiếp nhận Q ≤ 50 m³/s; Kf = 1,0 ứng với lưu lượng "
          "xả thải 500 < F ≤ 5.000 m³/ngày đêm; không áp dụng hệ số đối với thông số pH.")
    maybe_distractor(doc)


SOIL_POINTS = (("ПП-1", (3.0, 9.0)), ("ПП-2", (1.5, 5.0)), ("ПП-3", (0.6, 2.8)), ("ПП-4", (0.3, 1.6)), ("ПП-5", (0.05, 0.2)))


def limits_ka2(doc: Doc) -> None:
    """A soil survey of mercury and lead at the former mercury-cell shop of a chlor-alkali plant: each point with its DMS
    coordinates merged over two depths, the units in a header row of their own and the ПДК in a row under it, the multiple
    of the ПДК for mercury as a look-alike, the background point last (VI: a GPMT annex of stack limits = QCVN 19 B × Kp ×
    Kv with the frequency of periodic monitoring in the same rows)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_ka2_vi(doc)
        return
    g = _g(doc)
    L = 0 if doc.lang == "ru" else 1
    op = doc.pick(CA_OPERATORS)[L]
    doc.h(g(f"Протокол испытаний почвы № {r.randint(40, 190)}-П от {r.randint(1, 28):02d}.06.2025", f"2025 ж. {r.randint(1, 28):02d}.06. № {r.randint(40, 190)}-П топырақ сынағының хаттамасы"))
    doc.p(g(f"Заказчик: {op}. Место отбора: территория бывшего цеха ртутного электролиза (корпус 31) и участок временного хранения "
            "ртутьсодержащих отходов; точка ПП-5 – фоновая, 1,5 км к западу. Нормативы – Гигиенические нормативы к безопасности среды "
            "обитания (приказ Министра здравоохранения РК от 21 апреля 2021 года № ҚР ДСМ-32).",
            f"Тапсырыс беруші: {op}. Сынама алу орны: бұрынғы сынапты электролиз цехының аумағы (31-корпус) және сынабы бар қалдықтарды уақытша "
            "сақтау учаскесі; ПП-5 нүктесі – фондық, батысқа қарай 1,5 км. Нормативтер – Тіршілік ету ортасының қауіпсіздігіне арналған "
            "гигиеналық нормативтер (ҚР Денсаулық сақтау министрінің 2021 жылғы 21 сәуірдегі № ҚР ДСМ-32 бұйрығы)."))
    rows = [g(["Точка отбора", "Координаты", "Глубина отбора, см", "Ртуть (валовое содержание)", "Свинец (валовое содержание)", "Кратность превышения ПДК по ртути"],
              ["Сынама алу нүктесі", "Координаттары", "Сынама алу тереңдігі, см", "Сынап (жалпы мөлшері)", "Қорғасын (жалпы мөлшері)", "Сынап бойынша ШЖК-дан асу еселігі"]),
            [None, None, None, g("мг/кг", "мг/кг"), g("мг/кг", "мг/кг"), g("доли ПДК", "ШЖК үлесі")],
            [g("ПДК", "ШЖК"), None, None, "2,1", "32,0", "–"]]
    merges = [(0, c, 1, c) for c in (0, 1, 2)] + [(2, 0, 2, 2)]
    for k, (pid, (lo, hi)) in enumerate(SOIL_POINTS):
        lat_s, _ = _dms(doc, 52.3431 + k * 0.0009 + r.uniform(-0.0003, 0.0003), True)
        lon_s, _ = _dms(doc, 76.8965 + (-0.02 if k == 4 else k * 0.0011) + r.uniform(-0.0003, 0.0003), False)
        start = len(rows)
        for j, depth in enumerate(("0–20", "20–50")):
            hg = _sig(r.uniform(lo, hi) * (1.0 if j == 0 else r.uniform(0.3, 0.7)), 2)
            pb = _sig(r.uniform(9, 38), 3)
            rows.append([pid if j == 0 else None, f"{lat_s}\n{lon_s}" if j == 0 else None, depth, num(hg, doc.lang), num(pb, doc.lang),
                         num(round(hg / 2.1, 1), doc.lang) if hg > 2.1 else "–"])
            add(doc, limit(("symbol", "Hg"), "soil", 2.1, "mg/kg", None, pid, hg), limit(("symbol", "Pb"), "soil", 32.0, "mg/kg", None, pid, pb))
        merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    doc.table(g("Таблица 1 – Результаты количественного химического анализа проб почвы", "1-кесте – Топырақ сынамаларын сандық химиялық талдау нәтижелері"),
              rows, merges, role="limits")
    doc.p(g("Кратность превышения приведена для проб с содержанием ртути выше ПДК.", "Асу еселігі сынап мөлшері ШЖК-дан жоғары сынамалар үшін келтірілген."))
    maybe_distractor(doc)


# (point, VI stream, VN-2000 X, Y, [(code or None for the flow, limit)], frequency word or None)
VN_SALT_STACKS = (
    ("KT1", "Dòng khí thải số 01: ống khói lò sấy muối tầng sôi", 1392540, 612310,
     [(None, "18.000"), ("2902", 200), ("0330", 500), ("0301", 850), ("0337", 1000)], "semiannual"),
    ("KT2", "Dòng khí thải số 02: ống thải hệ thống lọc bụi túi vải khu nghiền, sàng, đóng gói", 1392585, 612402,
     [(None, "12.000"), ("2902", 200)], None),
)


def _limits_ka2_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("PHỤ LỤC 2. NỘI DUNG CẤP PHÉP XẢ KHÍ THẢI VÀ YÊU CẦU BẢO VỆ MÔI TRƯỜNG ĐỐI VỚI THU GOM, XỬ LÝ KHÍ THẢI")
    doc.p("(Kèm theo Giấy phép môi trường của Nhà máy chế biến muối tinh Hòn Khói.) Giá trị giới hạn được xác định theo QCVN 19:2009/BTNMT, "
          "cột B, với Kp = 1,0 (lưu lượng xả thải không quá 20.000 m³/giờ) và Kv = 1,0 (đô thị loại IV).")
    rows = [["Dòng khí thải", "Vị trí xả thải (VN-2000, KTT 108°15', múi chiếu 3°)", "Chất ô nhiễm", "Đơn vị tính", "Giá trị giới hạn cho phép",
             "Tần suất quan trắc định kỳ", "Quan trắc tự động, liên tục"]]
    merges = []
    said = freq(doc, "semiannual")
    for pid, stream, x, y, items, word in VN_SALT_STACKS:
        start = len(rows)
        for j, (code, value) in enumerate(items):
            first = j == 0
            if code is None:
                cells = ["Lưu lượng xả thải tối đa", "m³/giờ", value]
            else:
                cells = [VI_AIR[code], "mg/Nm³", num(value, "vi")]
                add(doc, limit(("code", code), "flue_gas", value, "mg/Nm3", "B", pid))
                if word:
                    doc.add("monitoring", {"point": pid, "code": code, "frequency": word})
            often = (said if word else "Không thuộc đối tượng phải quan trắc định kỳ") if first else None
            rows.append([f"{pid} – {stream}" if first else None,
                         f"X = {num(x + r.randint(-40, 40), 'vi')}; Y = {num(y + r.randint(-40, 40), 'vi')}" if first else None,
                         *cells, often, "Không thuộc đối tượng" if first else None])
        merges += [(start, c, len(rows) - 1, c) for c in (0, 1, 5, 6)]
    doc.table("Bảng 1. Chất ô nhiễm và giá trị giới hạn của các chất ô nhiễm theo dòng khí thải", rows, merges, role="limits")
    doc.p("Phương thức xả khí thải: xả cưỡng bức qua ống khói, xả liên tục trong thời gian vận hành.")


# ---------------------------------------------------------------- monitoring

MATRIX_CODES = ("0349", "0316", "0322", "0150", "0301", "0304", "0337", "0152")
# (number, RU, KK source, {code: frequency}, method)
CA_MATRIX = (
    ("0001", "Труба санитарной колонны К-7", "К-7 санитариялық колоннасының мұржасы", {"0349": "monthly"}, "i"),
    ("0002", "Труба узла осушки хлора", "Хлорды кептіру торабының мұржасы", {"0349": "quarterly", "0322": "quarterly"}, "i"),
    ("0003", "Труба выпарной установки", "Буландыру қондырғысының мұржасы", {"0150": "quarterly"}, "i"),
    ("0004", "Труба хвостовых абсорберов печей синтеза HCl", "HCl синтездеу пештерінің соңғы абсорберлерінің мұржасы",
     {"0349": "continuous", "0316": "continuous"}, "a"),
    ("0006", "Дымовая труба котельной", "Қазандықтың түтін мұржасы", {"0301": "semiannual", "0304": "semiannual", "0337": "semiannual"}, "i"),
    ("6001", "Склад поваренной соли", "Ас тұзы қоймасы", {"0152": "yearly"}, "c"),
)  # fmt: skip
ABBR = {"ru": {"monthly": "1 раз/мес.", "quarterly": "1 раз/кв.", "semiannual": "2 раза/год", "yearly": "1 раз/год", "continuous": "непрерывно (АСМ)"},
        "kk": {"monthly": "айына 1 рет", "quarterly": "тоқсанына 1 рет", "semiannual": "жылына 2 рет", "yearly": "жылына 1 рет",
               "continuous": "үздіксіз (АМЖ)"}}
METHODS = {"i": ("инструментальный", "аспаптық"), "a": ("автоматизированный (АСМ)", "автоматтандырылған (АМЖ)"), "c": ("расчетный", "есептік")}
# (well, RU, KK place, depth m, [symbols], frequency)
HG_WELLS = (
    ("Скв. 3н", "у северного борта шламонакопителя ртутьсодержащих шламов", "сынабы бар шламдар жинағышының солтүстік жиегінде", 18,
     ("Hg", "Cl-", "TDS"), "semiannual"),
    ("Скв. 5н", "ниже по потоку подземных вод, 300 м", "жерасты сулары ағысы бойынша төмен, 300 м", 22, ("Hg", "Cl-", "TDS"), "semiannual"),
    ("Скв. 9ф", "фоновая, выше по потоку, 1,2 км", "фондық, ағыс бойынша жоғары, 1,2 км", 20, ("Hg", "Cl-"), "yearly"),
)  # fmt: skip


def monitoring_ka1(doc: Doc) -> None:
    """A chlor-alkali plant's matrix of stack control — sources as rows, substances with their codes as columns under a
    merged header, each cell a frequency in abbreviations, `непрерывно (АСМ)` or a dash, the method and the sampling port as
    a look-alike — then the observation wells of the old mercury sludge store (VI: periodic and automatic continuous
    monitoring side by side in one row)."""
    r = doc.rng
    if doc.lang == "vi":
        _monitoring_ka1_vi(doc)
        return
    g = _g(doc)
    L = 0 if doc.lang == "ru" else 1
    op = doc.pick(CA_OPERATORS)[L]
    doc.h(g(f"Программа производственного экологического контроля {op} на 2026–2028 годы", f"{op} 2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы"))
    doc.h(g("3. Мониторинг эмиссий в атмосферный воздух", "3. Атмосфералық ауаға эмиссиялар мониторингі"))
    width = 2 + len(MATRIX_CODES) + 2
    head0 = [g("№ ИЗА", "ЛШК №"), g("Источник выброса", "Шығарынды көзі"), g("Периодичность контроля по веществам", "Заттар бойынша бақылау кезеңділігі")] + \
        [None] * (len(MATRIX_CODES) - 1) + [g("Метод контроля", "Бақылау әдісі"), g("Место отбора проб", "Сынама алу орны")]
    head1 = [None, None, *(f"{c} {_air(doc, c).split(' (')[0]}" for c in MATRIX_CODES), None, None]
    rows = [head0, head1]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 1 + len(MATRIX_CODES)), (0, width - 2, 1, width - 2), (0, width - 1, 1, width - 1)]
    pairs = []
    for number, s_ru, s_kk, cells, how in CA_MATRIX:
        port = "—" if how == "c" else g(f"штуцер Ду {doc.pick((50, 80, 100))}, отм. +{num(round(r.uniform(12, 30), 1), 'ru')} м",
                                        f"Ду {doc.pick((50, 80, 100))} штуцері, +{num(round(r.uniform(12, 30), 1), 'kk')} м белгісі")
        rows.append([number, (s_ru, s_kk)[L], *(ABBR[doc.lang][cells[c]] if c in cells else "—" for c in MATRIX_CODES), METHODS[how][L], port])
        for c, word in cells.items():
            doc.add("monitoring", {"source_number": number, "code": c, "frequency": word})
            pairs.append((number, c))
    doc.table(g("Таблица 3.1 – Матрица контроля выбросов на источниках", "3.1-кесте – Көздердегі шығарындыларды бақылау матрицасы"), rows, merges, role="monitoring")
    doc.p(g("Условные обозначения: «—» – вещество на источнике не контролируется; АСМ – автоматизированная система мониторинга эмиссий.",
            "Шартты белгілер: «—» – зат көзде бақыланбайды; АМЖ – эмиссиялар мониторингінің автоматтандырылған жүйесі."))
    doc.add("sources", *({"number": n, "type": _kind(n)} for n, *_ in CA_MATRIX))
    doc.add("emissions", *(emission(c, None, None, n) for n, c in pairs))
    doc.h(g("4. Мониторинг подземных вод", "4. Жерасты суларының мониторингі"))
    rows = [g(["Скважина", "Местоположение", "Глубина, м", "Определяемые показатели", "Периодичность"],
              ["Ұңғыма", "Орналасқан жері", "Тереңдігі, м", "Анықталатын көрсеткіштер", "Кезеңділігі"])]
    for well, p_ru, p_kk, depth, symbols, word in HG_WELLS:
        said = g("2 раза в год (апрель, октябрь)", "жылына 2 рет (сәуір, қазан)") if word == "semiannual" else freq(doc, word)
        rows.append([well if L == 0 else well.replace("Скв.", "Ұңғ."), (p_ru, p_kk)[L], str(depth), ", ".join(_water(doc, s) for s in symbols), said])
        for s in symbols:
            doc.add("monitoring", {"point": well if L == 0 else well.replace("Скв.", "Ұңғ."), "symbol": s, "frequency": word})
    doc.table(g("Таблица 4.1 – Наблюдательные скважины", "4.1-кесте – Бақылау ұңғымалары"), rows, role="monitoring")
    maybe_distractor(doc)


# (point, VI place, [periodic (kind, key)], frequency, [automatic (kind, key)])
VN_CA_PLAN = (
    ("NT1", "Nước thải sau hệ thống xử lý nước thải tập trung, trước khi xả ra ngòi Cỏ",
     [("symbol", "Cl2"), ("symbol", "Cl-"), ("symbol", "Hg"), ("symbol", "Fe")], "quarterly",
     [("symbol", "pH"), ("symbol", "TSS"), ("symbol", "COD"), ("symbol", "NH4+")]),
    ("KT1", "Ống thải tháp hấp thụ Clo (T-301)", [("code", "0349")], "semiannual", []),
    ("KT2", "Ống thải tháp hấp thụ HCl sau lò tổng hợp", [("code", "0316"), ("code", "0349")], "semiannual", []),
    ("KT3", "Ống khói lò hơi đốt hydro dư và khí thiên nhiên", [("code", "0301"), ("code", "0337")], "semiannual", []),
)
VN_WATER_LABEL = {"Cl2": "Clo dư", "Cl-": "Clorua", "Hg": "Thủy ngân", "Fe": "Sắt", "pH": "pH", "TSS": "TSS", "COD": "COD", "NH4+": "Amoni"}


def _monitoring_ka1_vi(doc: Doc) -> None:
    doc.h("CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG CỦA NHÀ MÁY SẢN XUẤT XÚT – CLO PHÙ NINH")
    doc.p("(Theo Phụ lục 4 Giấy phép môi trường.) Dữ liệu quan trắc tự động được truyền trực tiếp về Sở Nông nghiệp và Môi trường tỉnh Phú Thọ.")
    rows = [["Ký hiệu", "Vị trí", "Quan trắc định kỳ", None, "Quan trắc tự động, liên tục", None],
            [None, None, "Thông số", "Tần suất", "Thông số", "Thiết bị"]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 0, 5)]
    said = {w: freq(doc, w) for w in ("quarterly", "semiannual")}
    for pid, place, periodic, word, auto in VN_CA_PLAN:
        labels = [VN_WATER_LABEL[k] if kind == "symbol" else VI_AIR[k] for kind, k in periodic]
        first = "Lưu lượng, " if pid.startswith("KT") else ""
        auto_cell = ("Lưu lượng nước thải đầu vào, đầu ra, " + ", ".join(VN_WATER_LABEL[k] for _, k in auto)) if auto else "Không thuộc đối tượng"
        rows.append([pid, place, first + ", ".join(labels), said[word], auto_cell,
                     "Trạm quan trắc tự động, camera giám sát" if auto else "-"])
        for kind, key in periodic:
            doc.add("monitoring", {"point": pid, kind: key, "frequency": word})
        for kind, key in auto:
            doc.add("monitoring", {"point": pid, kind: key, "frequency": "continuous"})
    doc.table("Bảng 5.1. Chương trình quan trắc nước thải, khí thải", rows, merges, role="monitoring")
    maybe_distractor(doc)


# (section, [(kind, id, RU, KK point, [(kind, key)], months)])
SALT_PLAN = (
    (("Выбросы и атмосферный воздух", "Шығарындылар және атмосфералық ауа"), [
        ("src", "0001", "ИЗА 0001 – труба сушильного барабана", "0001 ЛШК – кептіру барабанының мұржасы",
         [("code", "0152"), ("code", "0301"), ("code", "0337")], (5, 9)),
        ("src", "0002", "ИЗА 0002 – аспирация дробления и фасовки (циклон ЦН-15)", "0002 ЛШК – ұсату және қаптау аспирациясы (ЦН-15 циклоны)",
         [("code", "0152")], (2, 5, 8, 11)),
        ("pt", "Т-1", "Т-1 – граница СЗЗ, 500 м к северу", "Т-1 – СҚА шекарасы, солтүстікке қарай 500 м", [("code", "0152"), ("code", "2902")],
         (3, 6, 9, 12)),
        ("pt", "Т-2", "Т-2 – граница СЗЗ, 500 м к югу", "Т-2 – СҚА шекарасы, оңтүстікке қарай 500 м", [("code", "0152"), ("code", "2902")],
         (3, 6, 9, 12))]),
    (("Воды", "Сулар"), [
        ("pt", "СВ-1", "СВ-1 – сточные воды солемойки перед прудом-испарителем", "СВ-1 – тұз жуу қондырғысының буландырғыш тоғанның алдындағы ағынды сулары",
         [("symbol", "pH"), ("symbol", "TSS"), ("symbol", "Cl-"), ("symbol", "SO4"), ("symbol", "TDS")], tuple(range(1, 13))),
        ("pt", "Р-1", "Р-1 – рапа озера у рапозаборного канала", "Р-1 – тұзды су алу арнасы жанындағы көл тұздығы",
         [("symbol", "Cl-"), ("symbol", "SO4"), ("symbol", "Ca"), ("symbol", "Mg")], (5, 9)),
        ("pt", "Н-1", "Н-1 – наблюдательная скважина у солеотвала", "Н-1 – тұз үйіндісі жанындағы бақылау ұңғымасы",
         [("symbol", "Cl-"), ("symbol", "TDS")], (7,))]),
)  # fmt: skip
BY_COUNT = {1: "yearly", 2: "semiannual", 4: "quarterly", 12: "monthly"}
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def monitoring_ka2(doc: Doc) -> None:
    """A salt works' calendar of sampling for 2026: the months I–XII as columns under a merged header with `+` where a
    sample is taken, from which the frequency follows, the sources, the protection zone's points, the washing plant's
    waste water, the lake's brine and a well under section rows, the count of samples as a look-alike (VI: an ĐTM's
    monitoring programme of a refined-salt plant by phase)."""
    if doc.lang == "vi":
        _monitoring_ka2_vi(doc)
        return
    g = _g(doc)
    L = 0 if doc.lang == "ru" else 1
    firm = SALT_FIRMS[0][L]
    doc.h(g(f"График производственного экологического контроля {firm} на 2026 год", f"{firm} 2026 жылға арналған өндірістік экологиялық бақылау кестесі"))
    doc.p(g("Приложение 2 к Программе ПЭК солепромысла на озере Жаксыкылыш. Отбор и анализ проб выполняет аккредитованная лаборатория по договору.",
            "Жақсықылыш көліндегі тұз кәсіпшілігінің ӨЭБ бағдарламасына 2-қосымша. Сынамаларды шарт бойынша аккредиттелген зертхана алады және талдайды."))
    rows = [[g("№", "№"), g("Источник / точка контроля", "Көз / бақылау нүктесі"), g("Контролируемые показатели", "Бақыланатын көрсеткіштер"),
             g("Месяцы 2026 года", "2026 жылдың айлары")] + [None] * 11 + [g("Отборов в год", "Жылына сынама алу")],
            [None, None, None, *ROMAN, None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 14), (0, 15, 1, 15)]
    n, sources, pairs = 0, [], []
    for (s_ru, s_kk), items in SALT_PLAN:
        _span(rows, merges, (s_ru, s_kk)[L], 16)
        for kind, ident, p_ru, p_kk, params, months in items:
            n += 1
            names = [_air(doc, k).split(" (")[0] if t == "code" else _water(doc, k) for t, k in params]
            rows.append([str(n), (p_ru, p_kk)[L], ", ".join(names), *("+" if m in months else "" for m in range(1, 13)), str(len(months))])
            word = BY_COUNT[len(months)]
            for t, k in params:
                doc.add("monitoring", {"source_number" if kind == "src" else "point": ident, t: k, "frequency": word})
                if kind == "src":
                    pairs.append((ident, k))
            if kind == "src":
                sources.append(ident)
    doc.table(g("Календарный график отбора проб", "Сынама алудың күнтізбелік кестесі"), rows, merges, role="monitoring")
    doc.add("sources", *({"number": s, "type": "organized"} for s in sources))
    doc.add("emissions", *(emission(c, None, None, s) for s, c in pairs))
    maybe_distractor(doc)


# (section, [(point, VI place, VN-2000 X, Y, [(kind, key, VI label)], frequency, standard)])
VN_SALT_MON = (
    ("A. GIAI ĐOẠN THI CÔNG XÂY DỰNG", [
        ("KK1", "Khu vực thi công nhà xưởng mở rộng", 1392610, 612280,
         [("code", "2902", "Tổng bụi lơ lửng (TSP)"), ("code", "0330", "SO2"), ("code", "0301", "NO2"), ("code", "0337", "CO")], "quarterly",
         "QCVN 05:2023/BTNMT"),
        ("KK2", "Khu dân cư thôn Hải Triều, cách dự án 350 m về phía Tây", 1392780, 611930,
         [("code", "2902", "Tổng bụi lơ lửng (TSP)"), ("code", "0330", "SO2"), ("code", "0301", "NO2"), ("code", "0337", "CO")], "quarterly",
         "QCVN 05:2023/BTNMT; QCVN 26:2010/BTNMT")]),
    ("B. GIAI ĐOẠN VẬN HÀNH", [
        ("KT1", "Ống khói lò sấy muối tầng sôi", 1392540, 612310,
         [("code", "2902", "Bụi tổng"), ("code", "0330", "SO2"), ("code", "0301", "NOx (tính theo NO2)"), ("code", "0337", "CO")], "semiannual",
         "QCVN 19:2009/BTNMT, cột B"),
        ("NT1", "Nước thải sau hệ thống xử lý, trước khi xả ra đầm Nha Phu", 1392495, 612190,
         [("symbol", "pH", "pH"), ("symbol", "TSS", "TSS"), ("symbol", "COD", "COD"), ("symbol", "NH4+", "Amoni (tính theo N)")], "quarterly",
         "QCVN 40:2011/BTNMT, cột B")]),
)  # fmt: skip


def _monitoring_ka2_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG DỰ ÁN MỞ RỘNG NHÀ MÁY CHẾ BIẾN MUỐI TINH HÒN KHÓI")
    doc.h("5.2. Chương trình quan trắc, giám sát môi trường")
    rows = [["TT", "Vị trí giám sát", "Ký hiệu", "Tọa độ VN-2000", "Thông số", "Tần suất", "Quy chuẩn so sánh"]]
    merges = []
    n = 0
    for section, items in VN_SALT_MON:
        _span(rows, merges, section, 7)
        for pid, place, x, y, params, word, std in items:
            n += 1
            labels = [label for _, _, label in params] + (["Tiếng ồn"] if pid.startswith("KK") else [])
            rows.append([str(n), place, pid, f"X = {num(x + r.randint(-30, 30), 'vi')}\nY = {num(y + r.randint(-30, 30), 'vi')}", ", ".join(labels),
                         freq(doc, word), std])
            for kind, key, _ in params:
                doc.add("monitoring", {"point": pid, kind: key, "frequency": word})
    rows.append([str(n + 1), "Chất thải rắn công nghiệp thông thường, chất thải nguy hại", "-", "-",
                 "Khối lượng, chủng loại, chứng từ chuyển giao", "Thường xuyên", "Nghị định số 08/2022/NĐ-CP"])
    doc.table("Bảng 5.3. Chương trình giám sát môi trường", rows, merges, role="monitoring")
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

# ((RU, KK area), [(RU, KK check, frequency or None, (RU, KK said), (RU, KK who)])
CL_CHECKS = (
    (("Хлорное хозяйство (танки жидкого хлора, трубопроводы)", "Хлор шаруашылығы (сұйық хлор танктері, құбырлар)"), [
        ("Герметичность танков, арматуры и фланцевых соединений (аммиачная проба)", "Танктердің, арматураның және фланецтік қосылыстардың "
         "саңылаусыздығы (аммиак сынамасы)", None, ("ежесменно", "әр ауысымда"), ("аппаратчик хлорного отделения", "хлор бөлімшесінің аппаратшысы")),
        ("Работа сигнализаторов утечки хлора (порог срабатывания 1 мг/м³)", "Хлор ағуы дабылдағыштарының жұмысы (іске қосылу шегі 1 мг/м³)",
         "weekly", ("еженедельно", "апта сайын"), ("мастер КИПиА", "БӨАжА шебері")),
        ("Поверка газоанализаторов хлора", "Хлор газталдағыштарын салыстырып тексеру", "yearly", ("1 раз в год", "жылына 1 рет"),
         ("метрологическая служба", "метрологиялық қызмет"))]),
    (("Газоочистное оборудование", "Газ тазарту жабдығы"), [
        ("Концентрация NaOH в циркуляционном растворе санитарной колонны К-7 (не менее 12 %)",
         "К-7 санитариялық колоннасының айналым ерітіндісіндегі NaOH концентрациясы (12 %-дан кем емес)", "daily", ("ежедневно", "күн сайын"),
         ("лаборант ЦЗЛ", "ОЗЗ зертханашысы")),
        ("Состояние насадки и орошения хвостовых абсорберов HCl", "HCl соңғы абсорберлерінің саптамасы мен суарылуының жай-күйі", "monthly",
         ("1 раз в месяц", "айына 1 рет"), ("механик цеха соляной кислоты", "тұз қышқылы цехының механигі")),
        ("Эффективность газоочистных установок (инструментальная проверка)", "Газ тазарту қондырғыларының тиімділігі (аспаптық тексеру)",
         "yearly", ("1 раз в год", "жылына 1 рет"), ("инженер-эколог", "инженер-эколог"))]),
    (("Склады кислоты и щелочи, наливная эстакада", "Қышқыл мен сілті қоймалары, құю эстакадасы"), [
        ("Целостность обвалования и поддонов резервуаров", "Резервуарлардың үйіндісі мен табандықтарының тұтастығы", "monthly",
         ("1 раз в месяц", "айына 1 рет"), ("начальник склада", "қойма бастығы")),
        ("Исправность наливных устройств, отсутствие проливов", "Құю құрылғыларының жарамдылығы, төгілулердің болмауы", None,
         ("перед каждым наливом цистерны", "әр цистернаны құяр алдында"), ("оператор наливной эстакады", "құю эстакадасының операторы"))]),
    (("Накопитель-испаритель и шламонакопитель", "Жинағыш-буландырғыш және шлам жинағыш"), [
        ("Состояние дамб, противофильтрационного экрана, уровень заполнения", "Бөгеттердің, сүзуге қарсы экранның жай-күйі, толу деңгейі",
         "quarterly", ("1 раз в квартал", "тоқсанына 1 рет"), ("комиссия под председательством главного инженера", "бас инженер төрағалық ететін комиссия"))]),
)  # fmt: skip


def inspections_ka1(doc: Doc) -> None:
    """A chlor-alkali plant's schedule of checks of chlorine handling, gas cleaning, the acid and caustic stores and the
    evaporation pond under section rows, items numbered through, criteria with figures that are no limits, `ежесменно` and
    `перед каждым наливом цистерны` without a frequency, the log's form as a look-alike (VI: a chemical-incident prevention
    plan's checks)."""
    r = doc.rng
    if doc.lang == "vi":
        _inspections_ka1_vi(doc)
        return
    g = _g(doc)
    L = 0 if doc.lang == "ru" else 1
    op = doc.pick(CA_OPERATORS)[L]
    doc.h(g(f"График проверок природоохранного оборудования и объектов хлорного хозяйства {op} на 2026 год",
            f"{op} табиғат қорғау жабдығы мен хлор шаруашылығы объектілерін 2026 жылы тексеру кестесі"))
    doc.p(g("Утвержден главным инженером. Выявленные отклонения устраняются немедленно, результаты проверок фиксируются в журналах.",
            "Бас инженер бекіткен. Анықталған ауытқулар дереу жойылады, тексеру нәтижелері журналдарға тіркеледі."))
    rows = [g(["№", "Что проверяется", "Периодичность", "Кто проверяет", "Регистрация результатов"],
              ["№", "Не тексеріледі", "Кезеңділігі", "Кім тексереді", "Нәтижелерді тіркеу"])]
    merges = []
    n = 0
    for (a_ru, a_kk), checks in CL_CHECKS:
        _span(rows, merges, (a_ru, a_kk)[L], 5)
        for c_ru, c_kk, word, said, who in checks:
            n += 1
            text = (c_ru, c_kk)[L]
            rows.append([str(n), text, said[L], who[L], g(f"журнал ф. ХЦ-{r.randint(10, 40)}", f"ХЦ-{r.randint(10, 40)} нысанды журнал")])
            item = {"kind": "inspection", "number": str(n), "text_contains": _words(text, 4), "actor_contains": who[L]}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
    doc.table(None, rows, merges, role="inspections")
    distractor(doc, "approval")


# (VI section, [(check, frequency or None, said, who, form)])
VN_CHEM_CHECKS = (
    ("I. KHU VỰC HÓA LỎNG VÀ ĐÓNG BÌNH CLO", [
        ("Kiểm tra rò rỉ clo tại van, mặt bích, bình chứa bằng dung dịch amoniac", None, "Hằng ca", "Trưởng ca sản xuất", "BM-01/ATHC"),
        ("Kiểm tra hoạt động của hệ thống cảnh báo rò rỉ clo và quạt hút sự cố", "weekly", "Hằng tuần", "Tổ Điện – Tự động hóa", "BM-02/ATHC"),
        ("Kiểm tra bình chứa clo lỏng trước khi nạp (áp suất thử, hạn kiểm định)", None, "Trước mỗi lần xuất bình", "Tổ KCS", "BM-03/ATHC")]),
    ("II. KHO BỒN CHỨA XÚT, AXIT CLOHYDRIC", [
        ("Kiểm tra tình trạng bồn chứa, đê bao, hố thu sự cố", "monthly", "01 tháng/lần", "Phòng An toàn – Môi trường", "BM-05/ATHC"),
        ("Kiểm tra bộ dụng cụ ứng phó sự cố tràn đổ hóa chất", "quarterly", "03 tháng/lần", "Phòng An toàn – Môi trường", "BM-06/ATHC")]),
    ("III. HỆ THỐNG XỬ LÝ KHÍ THẢI, NƯỚC THẢI", [
        ("Kiểm tra nồng độ dung dịch NaOH tại tháp hấp thụ clo", "daily", "Hằng ngày", "Phòng Thí nghiệm – KCS", "BM-08/ATHC"),
        ("Kiểm định, hiệu chuẩn thiết bị quan trắc nước thải tự động", "yearly", "01 lần/năm", "Phòng Kỹ thuật", "BM-09/ATHC")]),
)


def _inspections_ka1_vi(doc: Doc) -> None:
    doc.h("KẾ HOẠCH PHÒNG NGỪA, ỨNG PHÓ SỰ CỐ HÓA CHẤT – NHÀ MÁY SẢN XUẤT XÚT – CLO PHÙ NINH")
    doc.h("5.2. Kế hoạch kiểm tra định kỳ các thiết bị, khu vực có nguy cơ xảy ra sự cố")
    rows = [["TT", "Nội dung kiểm tra", "Tần suất", "Bộ phận thực hiện", "Biểu mẫu ghi chép"]]
    merges = []
    n = 0
    for section, checks in VN_CHEM_CHECKS:
        _span(rows, merges, section, 5)
        for text, word, said, who, form in checks:
            n += 1
            rows.append([str(n), text, said, who, form])
            item = {"kind": "inspection", "number": str(n), "text_contains": _words(text, 5), "actor_contains": who}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
    doc.table("Bảng 5.2. Kiểm tra định kỳ", rows, merges, role="inspections")
    maybe_distractor(doc)


AUDITORS = {"B": ("Бекмуратова А.Т.", "Бекмұратова А.Т."), "L": ("Ли В.Г.", "Ли В.Г."), "K": ("Ким С.В.", "Ким С.В."),
            "O": ("Оспанов Е.Б.", "Оспанов Е.Б."), "Z": ("Жунусов Д.М.", "Жүнісов Д.М.")}
# (audit, RU, KK unit, clauses, RU, KK dates, lead, auditors)
AUDITS = (
    ("ВА-01/26", "Отделение известковых печей и гашения извести", "Әк пештері және әкті сөндіру бөлімшесі", "6.1.2, 8.1, 9.1.1",
     "17–19 февраля 2026 г.", "2026 ж. 17–19 ақпан", "B", "KO"),
    ("ВА-02/26", "Отделение абсорбции и карбонизации (регенерация аммиака)", "Абсорбция және карбонизация бөлімшесі (аммиакты қалпына келтіру)",
     "8.1, 8.2", "16–18 марта 2026 г.", "2026 ж. 16–18 наурыз", "L", "Z"),
    ("ВА-03/26", "Отделение кальцинации и упаковки соды", "Кальцинация және соданы қаптау бөлімшесі", "7.2, 8.1, 9.1.1",
     "13–15 апреля 2026 г.", "2026 ж. 13–15 сәуір", "B", "L"),
    ("ВА-04/26", "Шламонакопители дистиллерной жидкости («белые моря» № 1 и № 2)", "Дистиллер сұйықтығының шлам жинағыштары («ақ теңіздер» № 1 және № 2)",
     "6.1.3, 8.1, 9.1.2", "8–10 июня 2026 г.", "2026 ж. 8–10 маусым", "O", "K"),
    ("ВА-05/26", "Служба охраны окружающей среды и центральная заводская лаборатория", "Қоршаған ортаны қорғау қызметі және орталық зауыт зертханасы",
     "7.5, 9.1, 10.2", "14–16 сентября 2026 г.", "2026 ж. 14–16 қыркүйек", "K", "B"),
    ("ВА-06/26", "Склад ГСМ и автотранспортный цех", "ЖЖМ қоймасы және автокөлік цехы", "8.1, 8.2", "12–13 октября 2026 г.", "2026 ж. 12–13 қазан",
     "Z", "O"),
)  # fmt: skip


def inspections_ka2(doc: Doc) -> None:
    """A soda ash plant's ISO 14001 internal audit programme for 2026: the audit's number `ВА-01/26`, the unit, the clauses
    of the standard as look-alikes, the dates, the lead auditor and the auditors; the auditors' certificates in a table of
    no role (VI: a salt company's self-inspection plan of salt fields, the plant and the stores)."""
    r = doc.rng
    if doc.lang == "vi":
        _inspections_ka2_vi(doc)
        return
    g = _g(doc)
    L = 0 if doc.lang == "ru" else 1
    firm = doc.pick(SODA_FIRMS)[L]
    doc.h(g(f"Программа внутренних аудитов системы экологического менеджмента {firm} на 2026 год",
            f"{firm} экологиялық менеджмент жүйесінің 2026 жылға арналған ішкі аудиттер бағдарламасы"))
    doc.p(g("Аудиты проводятся на соответствие требованиям СТ РК ISO 14001-2016 (ISO 14001:2015) и документам СЭМ завода; отчет по каждому "
            "аудиту представляется представителю руководства в течение 5 рабочих дней.",
            "Аудиттер ҚР СТ ISO 14001-2016 (ISO 14001:2015) талаптарына және зауыттың ЭМЖ құжаттарына сәйкестікке жүргізіледі; әр аудит бойынша "
            "есеп басшылық өкіліне 5 жұмыс күні ішінде ұсынылады."))
    rows = [g(["№ аудита", "Проверяемое подразделение", "Пункты ISO 14001:2015", "Сроки проведения", "Руководитель группы", "Аудиторы"],
              ["Аудит №", "Тексерілетін бөлімше", "ISO 14001:2015 тармақтары", "Өткізу мерзімі", "Топ жетекшісі", "Аудиторлар"])]
    for audit, u_ru, u_kk, clauses, d_ru, d_kk, lead, others in AUDITS:
        unit = (u_ru, u_kk)[L]
        rows.append([audit, unit, clauses, (d_ru, d_kk)[L], AUDITORS[lead][L], ", ".join(AUDITORS[k][L] for k in others)])
        doc.add("obligations", {"kind": "inspection", "text_contains": _words(unit, 3), "actor_contains": AUDITORS[lead][L]})
    doc.table(g("Таблица 1 – График внутренних аудитов", "1-кесте – Ішкі аудиттер кестесі"), rows, role="inspections")
    doc.table(g("Таблица 2 – Внутренние аудиторы", "2-кесте – Ішкі аудиторлар"), [
        g(["Ф.И.О.", "Должность", "Сертификат внутреннего аудитора"], ["Аты-жөні", "Лауазымы", "Ішкі аудитор сертификаты"]),
        g(["Бекмуратова А.Т.", "начальник ООС", f"№ EMS-{r.randint(100, 999)} от 12.05.2023"], ["Бекмұратова А.Т.", "ҚОҚ бастығы", f"2023 ж. 12.05. № EMS-{r.randint(100, 999)}"]),
        g(["Ли В.Г.", "главный технолог", f"№ EMS-{r.randint(100, 999)} от 12.05.2023"], ["Ли В.Г.", "бас технолог", f"2023 ж. 12.05. № EMS-{r.randint(100, 999)}"]),
        g(["Ким С.В.", "начальник ЦЗЛ", f"№ EMS-{r.randint(100, 999)} от 03.10.2024"], ["Ким С.В.", "ОЗЗ бастығы", f"2024 ж. 03.10. № EMS-{r.randint(100, 999)}"]),
    ], role="other")


# (VI section, [(check, criterion, frequency or None, said, lead, partner)])
VN_SALT_CHECKS = (
    ("I. ĐỒNG MUỐI (Ô BAY HƠI, Ô KẾT TINH)", [
        ("Bờ bao, cống lấy nước biển và kênh dẫn nước chạt", "Không sạt lở, không rò rỉ nước chạt ra đất canh tác", "monthly", "Hằng tháng",
         "Đội trưởng đội sản xuất", "Phòng Kỹ thuật"),
        ("Toàn bộ hệ thống bờ bao, cống trước mùa mưa bão", "Gia cố các vị trí xung yếu", "yearly", "Tháng 8 hằng năm", "Phó Giám đốc sản xuất",
         "Ban chỉ huy phòng chống thiên tai"),
        ("Ô kết tinh, mương thoát nước sau mưa lớn, triều cường", "Thoát nước, khôi phục mặt ô", None, "Sau mỗi đợt mưa lớn, triều cường",
         "Đội trưởng đội sản xuất", "-")]),
    ("II. NHÀ MÁY CHẾ BIẾN MUỐI TINH", [
        ("Hệ thống lọc bụi túi vải khu nghiền, sàng", "Chênh áp 800 – 1.500 Pa; túi lọc không rách", "weekly", "Hằng tuần", "Tổ trưởng tổ cơ điện", "-"),
        ("Lò sấy tầng sôi và hệ thống xử lý khí thải lò sấy", "Cyclon, tháp hấp thụ hoạt động bình thường", "quarterly", "03 tháng/lần",
         "Phòng An toàn – Môi trường", "Xưởng Cơ điện"),
        ("Bể lắng nước rửa muối", "Nạo vét khi bùn cặn chiếm quá 1/3 thể tích bể", "monthly", "01 tháng/lần", "Tổ trưởng tổ rửa muối", "-")]),
    ("III. KHO CHỨA MUỐI, KHO CHẤT THẢI", [
        ("Kho lưu giữ chất thải nguy hại", "Có mái che, biển cảnh báo, gờ chống tràn", "quarterly", "03 tháng/lần", "Phòng An toàn – Môi trường", "-")]),
)


def _inspections_ka2_vi(doc: Doc) -> None:
    doc.h("KẾ HOẠCH TỰ KIỂM TRA CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2026 – CÔNG TY CỔ PHẦN MUỐI CÀ NÁ XANH")
    doc.p("Kết quả kiểm tra được lập biên bản, báo cáo Giám đốc trước ngày 05 của tháng kế tiếp.")
    rows = [["TT", "Đối tượng kiểm tra", "Yêu cầu", "Thời điểm kiểm tra", "Chủ trì", "Phối hợp"]]
    merges = []
    n = 0
    for section, checks in VN_SALT_CHECKS:
        _span(rows, merges, section, 6)
        for text, crit, word, said, lead, partner in checks:
            n += 1
            rows.append([str(n), text, crit, said, lead, partner])
            item = {"kind": "inspection", "number": str(n), "text_contains": _words(text, 4), "actor_contains": lead}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
    doc.table("Bảng 1. Nội dung, thời điểm tự kiểm tra", rows, merges, role="inspections")
    maybe_distractor(doc)


# ---------------------------------------------------------------- tasks

# ((RU, KK direction), [(RU, KK measure, item of Annex 4, start, end, (RU, KK who), (RU, KK effect))])
CA_PLAN = (
    (("1. Охрана атмосферного воздуха", "1. Атмосфералық ауаны қорғау"), [
        ("Замена насадки и циркуляционных насосов санитарной колонны К-7", "К-7 санитариялық колоннасының саптамасы мен айналым сорғыларын ауыстыру",
         "1.3", "01.2026", "06.2026", ("начальник цеха электролиза", "электролиз цехының бастығы"), ("хлор −0,4 т/год", "хлор −0,4 т/жыл")),
        ("Установка автоматизированной системы мониторинга на трубе печей синтеза HCl", "HCl синтездеу пештерінің мұржасына автоматтандырылған мониторинг жүйесін орнату",
         "1.8", "03.2026", "12.2026", ("начальник ОТиОС", "ЕҚжҚОҚБ бастығы"), ("контроль HCl и хлора в режиме реального времени", "HCl мен хлорды нақты уақытта бақылау")),
        ("Монтаж каплеуловителя на узле плавки каустической соды", "Каустикалық соданы балқыту торабына тамшы ұстағыш монтаждау", "1.3", "04.2027",
         "09.2027", ("главный механик", "бас механик"), ("натр едкий −0,2 т/год", "күйдіргіш натр −0,2 т/жыл"))]),
    (("2. Охрана водных объектов", "2. Су объектілерін қорғау"), [
        ("Реконструкция узла дехлорирования сточных вод с дозированием бисульфита натрия", "Натрий бисульфитін мөлшерлей отырып ағынды суларды "
         "хлорсыздандыру торабын реконструкциялау", "2.4", "02.2026", "11.2026", ("главный инженер", "бас инженер"), ("соблюдение ДК по активному хлору на выпуске В-1",
                                                                                                                   "В-1 шығарылымында белсенді хлор бойынша ЖК сақтау")),
        ("Ремонт противофильтрационного экрана накопителя-испарителя «Сорколь»", "«Сорколь» жинағыш-буландырғышының сүзуге қарсы экранын жөндеу",
         "2.7", "05.2027", "10.2028", ("начальник цеха водоснабжения", "сумен жабдықтау цехының бастығы"), ("исключение фильтрации", "сүзілуді болдырмау"))]),
    (("3. Охрана земель", "3. Жерді қорғау"), [
        ("Демеркуризация территории бывшего цеха ртутного электролиза (участок 1,2 га)", "Бұрынғы сынапты электролиз цехының аумағын демеркуризациялау "
         "(1,2 га учаске)", "4.2", "04.2026", "10.2028", ("подрядная организация по договору", "шарт бойынша мердігер ұйым"),
         ("снижение содержания ртути в почве до ПДК", "топырақтағы сынапты ШЖК-ға дейін төмендету"))]),
    (("4. Обращение с отходами", "4. Қалдықтармен жұмыс"), [
        ("Строительство площадки хранения отработанной серной кислоты с поддоном", "Табандығы бар пайдаланылған күкірт қышқылын сақтау алаңын салу",
         "7.3", "03.2026", "08.2026", ("начальник ОКС", "КҚБ бастығы"), ("исключение проливов", "төгілулерді болдырмау")),
        ("Обучение персонала обращению с ртутьсодержащими отходами", "Персоналды сынабы бар қалдықтармен жұмыс істеуге оқыту", "11.1", "02.2026",
         "03.2026", ("инженер-эколог", "инженер-эколог"), ("—", "—"))]),
)  # fmt: skip


def tasks_ka1(doc: Doc) -> None:
    """A chlor-alkali plant's plan of environmental measures for 2026–2028 after Annex 4 to the Environmental Code: items
    numbered through under direction rows, the Annex's item (`7.3`) as a look-alike of the item's number, start and end under
    a merged header, money in thousands of tenge in total and by year, who and the expected effect, the plan's total (VI: a
    plan of remedying an inspection's findings)."""
    r = doc.rng
    if doc.lang == "vi":
        _tasks_ka1_vi(doc)
        return
    g = _g(doc)
    L = 0 if doc.lang == "ru" else 1
    op = doc.pick(CA_OPERATORS)[L]
    doc.h(g(f"План мероприятий по охране окружающей среды {op} на 2026–2028 годы", f"{op} 2026–2028 жылдарға арналған қоршаған ортаны қорғау жөніндегі іс-шаралар жоспары"))
    doc.p(g("Мероприятия сгруппированы по направлениям Типового перечня мероприятий по охране окружающей среды (приложение 4 к Экологическому "
            "кодексу Республики Казахстан); источник финансирования – собственные средства.",
            "Іс-шаралар Қоршаған ортаны қорғау жөніндегі іс-шаралардың үлгілік тізбесінің (Қазақстан Республикасы Экология кодексіне 4-қосымша) "
            "бағыттары бойынша топтастырылған; қаржыландыру көзі – меншікті қаражат."))
    head0 = g(["№ п/п", "Наименование мероприятия", "Пункт Типового перечня", "Срок выполнения", None, "Объем финансирования, тыс. тенге", None, None, None,
               "Исполнитель", "Ожидаемый экологический эффект"],
              ["Р/с №", "Іс-шараның атауы", "Үлгілік тізбенің тармағы", "Орындалу мерзімі", None, "Қаржыландыру көлемі, мың теңге", None, None, None,
               "Орындаушы", "Күтілетін экологиялық әсер"])
    head1 = [None, None, None, *g(["начало", "окончание"], ["басы", "соңы"]), g("всего", "барлығы"), "2026", "2027", "2028", None, None]
    rows = [head0, head1]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 9, 10)] + [(0, 3, 0, 4), (0, 5, 0, 8)]
    n, total = 0, [0, 0, 0, 0]
    for (d_ru, d_kk), items in CA_PLAN:
        _span(rows, merges, (d_ru, d_kk)[L], 11)
        for m_ru, m_kk, item, start, end, who, effect in items:
            n += 1
            years = [int(y) for y in (start[-4:], end[-4:])]
            scale = 10 if item == "11.1" else 1000  # training costs less than works
            money = [r.randint(8, 160) * scale if years[0] <= y <= years[1] else 0 for y in (2026, 2027, 2028)]
            sums = [sum(money), *money]
            total = [a + b for a, b in zip(total, sums, strict=True)]
            text = (m_ru, m_kk)[L]
            rows.append([str(n), text, item, start, end, *(num(x, doc.lang) if x else "–" for x in sums), who[L], effect[L]])
            doc.add("obligations", {"kind": "task", "number": str(n), "text_contains": _words(text, 4), "actor_contains": who[L]})
    rows.append([g("Итого по плану", "Жоспар бойынша жиыны"), None, None, None, None, *(num(x, doc.lang) for x in total), "", ""])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
    doc.table(None, rows, merges, role="tasks")
    maybe_distractor(doc)


# (finding, measure, who, deadline, state)
VN_REMEDY = (
    ("Trạm quan trắc nước thải tự động chưa có thông số Clo dư theo yêu cầu của giấy phép môi trường",
     "Bổ sung đầu đo Clo dư vào trạm quan trắc nước thải tự động, kết nối truyền dữ liệu về Sở Nông nghiệp và Môi trường",
     "Phòng Kỹ thuật – Môi trường", "30/6/2026", "Đã ký hợp đồng mua thiết bị"),
    ("Khu vực lưu giữ axit sunfuric thải chưa có gờ chống tràn và hố thu sự cố", "Xây gờ chống tràn cao 20 cm và hố thu sự cố dung tích 2 m³",
     "Xưởng Cơ điện", "Quý II/2026", "Đang thi công"),
    ("Kế hoạch ứng phó sự cố môi trường chưa được cập nhật sau khi nâng công suất", "Rà soát, cập nhật Kế hoạch ứng phó sự cố môi trường và tổ chức diễn tập",
     "Phòng An toàn – Môi trường", "31/7/2026", "Chưa thực hiện"),
    ("Bùn thải từ công đoạn tinh chế nước muối lưu giữ ngoài trời, không có mái che", "Xây dựng mái che khu lưu giữ bùn thải tinh chế nước muối (250 m²)",
     "Ban Quản lý dự án", "31/8/2026", "Đã phê duyệt thiết kế"),
    ("Nhật ký vận hành tháp hấp thụ clo ghi chép không đầy đủ", "Ban hành biểu mẫu nhật ký vận hành mới và tập huấn cho công nhân vận hành",
     "Phân xưởng Điện phân", "Tháng 4/2026", "Hoàn thành"),
)


def _tasks_ka1_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("KẾ HOẠCH KHẮC PHỤC CÁC TỒN TẠI THEO KẾT LUẬN KIỂM TRA")
    doc.p(f"Thực hiện Kết luận kiểm tra số {r.randint(20, 90)}/KL-SNNMT ngày {r.randint(1, 28):02d}/12/2025 của Sở Nông nghiệp và Môi trường tỉnh "
          "Phú Thọ, Nhà máy sản xuất xút – clo Phù Ninh xây dựng kế hoạch khắc phục như sau:")
    rows = [["TT", "Tồn tại theo Kết luận kiểm tra", "Biện pháp khắc phục", "Đơn vị thực hiện", "Thời hạn hoàn thành", "Tình hình thực hiện (đến 31/3/2026)"]]
    for k, (finding, measure, who, deadline, state) in enumerate(VN_REMEDY, 1):
        rows.append([str(k), finding, measure, who, deadline, state])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(measure, 5), "actor_contains": who})
    doc.table("Bảng 1. Kế hoạch khắc phục", rows, role="tasks")
    maybe_distractor(doc)


# (RU, KK measure, (RU, KK who), quarters (1–8 over 2026–2027), (RU, KK result))
SALT_ROADMAP = (
    ("Рекультивация старого солеотвала у п. Жаксыкылыш (2,4 га)", "Жақсықылыш к. маңындағы ескі тұз үйіндісін рекультивациялау (2,4 га)",
     ("начальник солепромысла", "тұз кәсіпшілігінің бастығы"), (2, 3, 6, 7), ("возврат земель в пастбищное использование", "жерді жайылымдық пайдалануға қайтару")),
    ("Строительство пруда-испарителя стоков солемойки с противофильтрационным экраном", "Сүзуге қарсы экраны бар тұз жуу ағындарының буландырғыш тоғанын салу",
     ("заместитель директора по капитальному строительству", "директордың күрделі құрылыс жөніндегі орынбасары"), (2, 3, 4),
     ("прекращение сброса на рельеф", "жер бедеріне төгуді тоқтату")),
    ("Замена циклона сушильного барабана на рукавный фильтр", "Кептіру барабанының циклонын жеңді сүзгіге ауыстыру",
     ("главный механик", "бас механик"), (5, 6), ("натрий хлорид −4,2 т/год", "натрий хлорид −4,2 т/жыл")),
    ("Устройство ветрозащитного ограждения бурта соли высотой 6 м", "Тұз бертінің биіктігі 6 м желден қорғау қоршауын орнату",
     ("начальник участка отгрузки", "тиеу учаскесінің бастығы"), (3,), ("снижение сдувания соли", "тұздың ұшуын азайту")),
    ("Бурение двух наблюдательных скважин у солеотвала", "Тұз үйіндісі жанында екі бақылау ұңғымасын бұрғылау", ("эколог предприятия", "кәсіпорын экологы"),
     (7, 8), ("сеть мониторинга подземных вод", "жерасты суларының мониторинг желісі")),
)  # fmt: skip


def tasks_ka2(doc: Doc) -> None:
    """A salt works' road map for 2026–2027 as a chart of quarters under merged year headers with `■` marks, the
    responsible and the result (VI: an ISO 14001 environmental programme of a refined-salt plant, each objective and its
    target merged down over its actions)."""
    if doc.lang == "vi":
        _tasks_ka2_vi(doc)
        return
    g = _g(doc)
    L = 0 if doc.lang == "ru" else 1
    firm = SALT_FIRMS[0][L]
    doc.h(g(f"Дорожная карта природоохранных мероприятий {firm} на 2026–2027 годы", f"{firm} 2026–2027 жылдарға арналған табиғат қорғау іс-шараларының жол картасы"))
    doc.p(g("Разработана по итогам профилактического контроля Департамента экологии по Кызылординской области. Отметкой «■» обозначены кварталы выполнения работ.",
            "Қызылорда облысы бойынша Экология департаментінің профилактикалық бақылауы қорытындысы бойынша әзірленді. «■» белгісімен жұмыстар орындалатын тоқсандар белгіленген."))
    rows = [[g("№", "№"), g("Мероприятие", "Іс-шара"), g("Ответственный", "Жауапты"), g("2026 год", "2026 жыл"), None, None, None, g("2027 год", "2027 жыл"),
             None, None, None, g("Ожидаемый результат", "Күтілетін нәтиже")],
            [None, None, None, "I", "II", "III", "IV", "I", "II", "III", "IV", None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 6), (0, 7, 0, 10), (0, 11, 1, 11)]
    for k, (m_ru, m_kk, who, quarters, result) in enumerate(SALT_ROADMAP, 1):
        text = (m_ru, m_kk)[L]
        rows.append([str(k), text, who[L], *("■" if q in quarters else "" for q in range(1, 9)), result[L]])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text, 4), "actor_contains": who[L]})
    doc.table(None, rows, merges, role="tasks")
    maybe_distractor(doc)


# (objective, target, [(action, who, deadline, million đồng)])
VN_SALT_PROGRAMME = (
    ("Giảm lượng nước sử dụng cho công đoạn rửa muối", "Giảm 15 % so với năm 2025 (từ 0,80 xuống 0,68 m³/tấn muối)", [
        ("Lắp đặt hệ thống tuần hoàn nước rửa muối sau bể lắng", "Xưởng Cơ điện", "Quý III/2026", "850"),
        ("Lắp đồng hồ đo lưu lượng nước cho từng dây chuyền rửa", "Phòng Kỹ thuật", "Tháng 5/2026", "120")]),
    ("Giảm bụi muối tại khu vực nghiền, sàng, đóng gói", "Nồng độ bụi tổng tại ống thải KT2 dưới 100 mg/Nm³", [
        ("Thay toàn bộ túi lọc, lắp đồng hồ chênh áp cho hệ thống lọc bụi", "Tổ cơ điện", "Tháng 6/2026", "310"),
        ("Lắp chụp hút bụi tại máy đóng bao số 2 và số 3", "Xưởng Cơ điện", "Quý IV/2026", "240")]),
    ("Giảm tiêu thụ than cho lò sấy tầng sôi", "Giảm 8 % định mức than (từ 38 xuống 35 kg/tấn muối)", [
        ("Bảo ôn lại đường ống gió nóng và buồng sấy", "Phòng Kỹ thuật", "Quý II/2026", "180"),
        ("Đào tạo công nhân vận hành lò sấy theo quy trình mới", "Phòng Tổ chức – Hành chính", "Tháng 3/2026", "25")]),
)


def _tasks_ka2_vi(doc: Doc) -> None:
    doc.h("CHƯƠNG TRÌNH QUẢN LÝ MÔI TRƯỜNG NĂM 2026 – NHÀ MÁY CHẾ BIẾN MUỐI TINH HÒN KHÓI")
    doc.p("Ban hành kèm theo hệ thống quản lý môi trường theo TCVN ISO 14001:2015; Đại diện lãnh đạo về môi trường theo dõi tiến độ hằng quý.")
    rows = [["Mục tiêu", "Chỉ tiêu", "TT", "Hành động", "Trách nhiệm", "Thời hạn", "Nguồn lực (triệu đồng)"]]
    merges = []
    for s, (objective, target, actions) in enumerate(VN_SALT_PROGRAMME, 1):
        start = len(rows)
        for k, (action, who, deadline, money) in enumerate(actions, 1):
            rows.append([f"{s}. {objective}" if k == 1 else None, target if k == 1 else None, f"{s}.{k}", action, who, deadline, money])
            doc.add("obligations", {"kind": "task", "number": f"{s}.{k}", "text_contains": _words(action, 5), "actor_contains": who})
        merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    doc.table("Bảng 1. Mục tiêu, chỉ tiêu và chương trình hành động", rows, merges, role="tasks")
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"KA{k}", globals()[f"{role}_ka{k}"]) for role in ROLES for k in (1, 2)]
