"""The forty-second blind set's part JO (two layouts per role, `JO1` and `JO2`), written by someone who
neither ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`; held out and measured
once (0.795 over 126 files when first measured at the registering commit, 2026-12-07), then moved to the tuning
layouts to be studied.

Theme: rubber goods and tyres. Kazakhstan: a radial tyre plant at Saran in Karaganda oblast (weighing of carbon black and
chemicals, internal mixers with bag filters, cord calendering, tread extrusion, curing presses under roof fans, a glue
room, its gas boiler house with diesel fuel in reserve and its sulphur store), a conveyor-belt and rubber-hose plant at
Karaganda, a rubber-crumb and reclaim works at Ekibastuz that shreds the large tyres of the open pits (an investment
project's passport for the industrialisation map, a notification of starting to recover non-hazardous wastes, an НДВ
table printed in two parts, norms grouped by substance, a report on the inventory of wastes, a register of passports of
hazardous wastes, a КЭР's norms of a boiler house by fuel, control wells around a tyre yard, a ПЭК matrix with the
frequency in each cell, a laboratory's calendar of sampling dates, a regulation of three-stage control, a schedule of
checks with the checker's name in the quarter, a plan of measures with abbreviated responsibles, a plan of clearing an old
tyre stockpile). Vietnam: natural-rubber latex plants in Bình Phước (now Đồng Nai) and Tây Ninh with their ammonia,
acid coagulation, anaerobic ponds and SVR dryers, a tyre factory in the Hòa Khánh park of Đà Nẵng and a rubber-glove
plant in the Trảng Bàng park (quyết định chấp thuận điều chỉnh chủ trương đầu tư, văn bản thông báo vận hành thử
nghiệm, ĐTM loads from factors per tonne, loads of ponds per square metre, báo cáo công tác bảo vệ môi trường by half
years, phụ lục quản lý chất thải of a GPMT, a connection manhole by quarter, stacks with their own Kp, a monitoring
matrix, sampling months in the tapping season, self-inspection at three levels, a checking plan by quarter, a plan with
abbreviated departments, a plan of measures after residents' complaints). The facilities and figures are invented.

Facility: the passport of an investment project proposed for the oblast's industrialisation map, `№ | показатель | ед.
изм. | значение` under five section rows — the initiating holding with a BIN of its own in brackets before the project
company that will run the plant, the OKED with its words, capacity in thousands of tyres, cost and jobs, then the place
with its KATO, a cadastral number, the area and the centre written the way a map application copies it
(`49°47'29.0"N 72°51'22.0"E`), the category `I` inside the screening conclusion's line — the ramp-up to capacity by year
in a table of no role (VI: a city People's Committee's decision adjusting the investment policy of a tyre factory, its
annex card with the investor's enterprise number inside the registration sentence, the ten-digit project code and the
twelve-digit old investment certificate as look-alikes, no coordinates, the capital schedule in a table of no role)
(JO1); the printout of a notification of starting to recover non-hazardous wastes from the e-licensing portal, fields
numbered `1.1` … under three groups, the notifier's legal address in Pavlodar with a KATO of its own before the works'
place at Ekibastuz with the works' KATO, latitude and longitude on two rows in decimal degrees with a dot, the category
`III`, the talon's number and the receiving Department's BIN as look-alikes, the equipment in a table of no role (VI: a
glove plant's notice of trial operation of its treatment works, the head office in Hồ Chí Minh City, the plant's
VN-2000 metres before the WGS-84 degrees, `Nhóm I` inside the permit's line, the works under trial in a table of no role)
(JO2).

Emissions: a tyre plant's НДВ table of parameters too wide for a page and printed in two parts — first the sources with
their shop, height, diameter, gas speed, volume, temperature and local coordinates under a row of column numbers `1` …
`10` (a table of sources), then `Продолжение таблицы 3.3` whose numbers go on from `11`, the source's number merged down
over its substances, the concentration in mg/Nm3 between the grams and the tonnes and the year the norm is reached
after them (VI: a tyre factory's ĐTM loads worked out from factors in kg per tonne of product for each stage, the stage
merged down, the tonnes a year before the g/s, the hours in a note) (JO1); a reclaim works' norms grouped by substance,
a row spanning the table per substance that carries its code, its name and its hazard class — `класс опасности не
установлен, ОБУВ …` for rubber dust — the sources under it with their grams, tonnes and the share of the substance's
total in per cent, `Всего по веществу` and a plant total (VI: a latex plant's loads of its coagulation tanks, lump pits
and anaerobic ponds from factors per square metre a day, kilograms a day, g/s and tonnes over the tapping season, and
its dryer's gases) (JO2).

Wastes: a tyre plant's report on the inventory of its wastes for 2025 — the stock on 1 January, the amount formed, which
alone is the amount, the amount handed over, the recipient with its BIN on a second line and the stock on 31 December,
`Движение отходов` merged over two columns (VI: a tyre factory's annual report, hazardous wastes in kilograms by half
year with the year last, then its ordinary wastes in tonnes with who takes them) (JO1); the register of the passports of
hazardous wastes of a conveyor-belt and hose plant — passport number, date, code, name, HP properties, tonnes a year and
the passport's status — one passport cancelled when its line closed, whose waste is no longer formed and gives no item,
the non-hazardous wastes in a second table (VI: the waste annex of a glove plant's GPMT, hazardous wastes in kilograms
with their state, ordinary wastes under two group rows — reused or recycled and to be treated — in tonnes) (JO2).

Limits: a КЭР's technological norms of a tyre plant's boiler house side by side for natural gas and for the reserve
diesel fuel, the year's measurements by quarter with the fuel burnt written under each quarter — the third on diesel
during a repair of the gas main — so that each result is judged against the norm of its own fuel, dashes where a fuel
has no norm (VI: a tyre factory's connection manhole to the park's central plant by quarter against the park's own
connection limits with no column, zinc `KPH` in one quarter, the flow with no limit) (JO1); control wells around a
reclaim works' tyre yard, the background well and two downstream wells each over a spring and an autumn column, the
drinking-water ПДК in a column of its own, pH as a range, phenols below detection `< 0,0005` with no value (VI: a glove
plant's stacks — chlorination scrubber, wood-fired boiler, LPG former oven — each as a column pair result and Cmax, the
flow and its own Kp in rows under the header, so the QCVN 19:2009/BTNMT column B limits differ from stack to stack) (JO2).

Monitoring: a tyre plant's ПЭК matrix of its sources and boundary points as rows and the substances as columns under a
row of codes and a row of short names, each cell holding the frequency abbreviated (`1 р/кв`, `1 р/мес`, `2 р/год`) or
`АСМ` for the automated system, dashes elsewhere, the abbreviations explained under the table (VI: a tyre factory's
stacks against the parameters, `Liên tục`, `03 tháng/lần`, `06 tháng/lần` in the cells, the flow column giving no
substance) (JO1); a laboratory contract's calendar of sampling at a conveyor-belt plant giving no frequency but the dates
of the samplings (`15.01; 16.04; 15.07; 15.10`), once a month on the tenth for the glue room, monthly dates of a storm
outlet from April to October, one date for the boundary and the soil (VI: a latex plant's GPMT programme with the
months of sampling in the tapping season, the wintering months without production explained in a note, an automatic
station `Liên tục`) (JO2).

Inspections: a tyre plant's regulation of three-stage control whose stages are columns — the shift foreman, the head of
the shop, the chief engineer's commission — and whose objects are rows, each cell the frequency of that stage's check or
a dash, the foreman's `ежесменно` no frequency of the contract (VI: a glove plant's self-inspection at the levels of the
team, the workshop and the company) (JO1); a conveyor-belt plant's schedule of internal checks by quarter, the checker's
name written in the quarters a check falls in, so that the number of names tells the frequency, the checkers' posts in a
legend under the table (VI: a latex plant's plan by quarter with the names of its staff) (JO2).

Tasks: a tyre plant's plan of environmental measures annexed to its КЭР under component rows, items `1.1`, the cost, the
effect and a last column of responsibles abbreviated (`ГМ`, `ОООС`, `НЦ-3`) and explained only in a legend (VI: a tyre
factory's plan with `P.KT`, `P.HSE`, `X.LH`) (JO1); a reclaim works' plan of clearing the old tyre stockpile it took over
with the site, stage rows, items numbered straight through, tonnes and months, an executor and a controller column
where only the executor acts (VI: a latex plant's plan of measures after residents' complaints about odour, the unit that
does and the unit that supervises) (JO2).
"""

from __future__ import annotations

from . import vocab
from .common import Doc, distractor, make_bin, num
from .limits_data import add, limit
from .registry import ROLES, Layout
from .sources_data import emission

# ---------------------------------------------------------------- helpers


def _L(doc: Doc) -> int:
    """0 for a Russian document, 1 for a Kazakh one."""
    return 0 if doc.lang == "ru" else 1


def _sig(x: float, digits: int = 3) -> float:
    return float(f"{x:.{digits}g}")


def _words(text: str, n: int = 4) -> str:
    return " ".join(text.split()[:n])


def _span(rows: list, merges: list, text: str, width: int) -> None:
    """A row whose first cell spans the table."""
    rows.append([text] + [None] * (width - 1))
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))


def _kato(doc: Doc, prefix: str) -> str:
    """A nine-digit KATO code starting with the town's prefix."""
    r = doc.rng
    rest = 9 - len(prefix) - 3
    return f"{prefix}{r.randint(10 ** (rest - 1), 10**rest - 1)}{r.choice(('000', '100'))}"


def _msdn(doc: Doc, prefix: str) -> str:
    """A Vietnamese enterprise number of the province's prefix."""
    return prefix + f"{doc.rng.randint(0, 99999999):08d}"


def _dms_map(value: float, lat: bool) -> tuple[str, float]:
    """`49°47'29.0"N` as a map application copies it, and the decimal degrees it stands for."""
    d = int(value)
    m = int((value - d) * 60)
    s = round((value - d - m / 60) * 3600, 1)
    if s >= 60:
        m, s = m + 1, 0.0
    return f"{d}°{m:02d}'{s:04.1f}\"{'N' if lat else 'E'}", d + m / 60 + s / 3600


def _kind(number: str) -> str:
    return "unorganized" if number.startswith("6") else "organized"


# plant: [(RU, KK, VI, low, high t a year, RU supplier, VI supplier)]; a latex or glove plant only has Vietnamese documents,
# a reclaim works only Kazakh ones
MATERIALS = {
    "tyre": (
        ("Каучук натуральный SVR 10", "Табиғи каучук SVR 10", "Mủ cốm SVR 10", 3000, 9000, "Вьетнам, Малайзия", "Trong nước"),
        ("Каучук бутадиен-стирольный СКС-30 АРК", "СКС-30 АРК бутадиен-стирол каучугы", "Cao su tổng hợp SBR 1502", 2000, 6000, "Россия", "Hàn Quốc"),
        ("Технический углерод N330", "N330 техникалық көміртегі", "Than đen N330", 2500, 7000, "Россия", "Thái Lan"),
        ("Сера молотая", "Ұнтақталған күкірт", "Lưu huỳnh bột", 80, 240, "Казахстан", "Trung Quốc"),
        ("Цинковые белила", "Мырыш ақтығы", "Kẽm oxit", 90, 260, "Казахстан", "Trung Quốc")),
    "reclaim": (
        ("Масло-мягчитель ПН-6ш", "ПН-6ш жұмсартқыш майы", "", 300, 700, "Россия", ""),
        ("Смола канифольная (активатор девулканизации)", "Канифоль шайыры (девулкандау активаторы)", "", 20, 60, "Китай", ""),
        ("Уголь экибастузский для котельной", "Қазандыққа арналған екібастұз көмірі", "", 900, 1600, "Казахстан", ""),
        ("Мешки биг-бэг полипропиленовые", "Полипропилен биг-бэг қаптары", "", 15, 40, "Казахстан", "")),
    "latex": (
        ("", "", "Mủ nước (quy khô)", 6000, 14000, "", "Nông trường của Công ty"),
        ("", "", "Mủ tạp (mủ đông, mủ chén, mủ dây)", 1500, 4000, "", "Nông trường và tiểu điền"),
        ("", "", "Amoniac (NH3) chống đông mủ", 30, 90, "", "Trong nước"),
        ("", "", "Axit formic 85%", 40, 120, "", "Trung Quốc"),
        ("", "", "Dầu DO 0,05%S", 600, 1200, "", "Trong nước")),
    "glove": (
        ("", "", "Latex cao su thiên nhiên cô đặc 60%", 9000, 16000, "", "Trong nước"),
        ("", "", "Latex nitrile (NBR)", 12000, 22000, "", "Hàn Quốc, Malaysia"),
        ("", "", "Canxi nitrat", 1200, 2600, "", "Trung Quốc"),
        ("", "", "Clo lỏng", 150, 400, "", "Trong nước"),
        ("", "", "Củi, viên nén gỗ đốt lò hơi", 18000, 30000, "", "Trong nước")),
}  # fmt: skip


def _materials(doc: Doc, plant: str) -> None:
    """A table of no role: the raw materials the plant uses in a year."""
    r = doc.rng
    rows = [doc.v(["Сырье, материал", "Расход, т/год", "Поставщик"], ["Шикізат, материал", "Шығыны, т/жыл", "Жеткізуші"],
                  ["Nguyên liệu, hóa chất", "Khối lượng (tấn/năm)", "Nguồn cung cấp"])]
    for ru, kk, vi, lo, hi, who_ru, who_vi in MATERIALS[plant]:
        amount = num(r.randint(lo, hi), doc.lang)
        rows.append(doc.v([ru, amount, who_ru], [kk, amount, who_ru], [vi, amount, who_vi]))
    doc.table(doc.v("Расход основного сырья", "Негізгі шикізат шығыны", "Nhu cầu nguyên liệu, hóa chất chính"), rows, role="other")


def _maybe_other(doc: Doc, plant: str, share: float = 0.35) -> None:
    """Now and then a table of no role fit for the plant: contents, approvals, contacts or raw materials."""
    if doc.rng.random() < share:
        kind = doc.pick(("contents", "approval", "contacts", "materials"))
        if kind == "materials":
            _materials(doc, plant)
        else:
            distractor(doc, kind)


def _date(doc: Doc, year: int) -> str:
    return f"{doc.rng.randint(1, 28):02d}.{doc.rng.randint(1, 12):02d}.{year}"


# code: (RU, KK, VI, hazard class as the list of pollutants gives it)
AIR = {
    "0301": ("Азота диоксид", "Азот диоксиді", "NOx (tính theo NO2)", 3),
    "0304": ("Азот (II) оксид", "Азот оксиді", "NO", 3),
    "0330": ("Сера диоксид", "Күкірт диоксиді", "SO2", 3),
    "0337": ("Углерод оксид", "Көміртек оксиді", "CO", 4),
    "0333": ("Сероводород", "Күкіртсутек", "H2S", 2),
    "0328": ("Углерод (Сажа)", "Көміртек (күйе)", "Muội than (carbon đen)", 3),
    "0207": ("Цинк оксид (в пересчете на цинк)", "Мырыш оксиді (мырышқа шаққанда)", "Kẽm oxit (ZnO)", 3),
    "0331": ("Сера элементарная", "Элементтік күкірт", "Lưu huỳnh (S)", None),
    "0334": ("Сероуглерод", "Күкіртті көміртек (сероуглерод)", "Cacbon đisunfua (CS2)", 2),
    "0620": ("Стирол", "Стирол (винилбензол)", "Styren", 2),
    "2704": ("Бензин (нефтяной, малосернистый)", "Бензин (мұнайлы, аз күкіртті)", "Xăng (hơi dung môi)", 4),
    "2754": ("Алканы С12-19", "Алкандар С12-19", "Hydrocacbon C12-C19", 4),
    "2978": ("Пыль тонко измельченного резинового вулканизата", "Ұсақталған резеңке вулканизатының шаңы", "Bụi cao su", None),
    "2908": ("Пыль неорганическая, содержащая двуокись кремния в %: 70-20", "Бейорганикалық шаң: кремний қостотығы 70-20%", "", 3),
    "2902": ("Взвешенные частицы", "Қалқыма бөлшектер", "Bụi tổng", 3),
    "0303": ("Аммиак", "Аммиак", "Amoniac (NH3)", 4),
    "1715": ("Метантиол (Метилмеркаптан)", "Метантиол (метилмеркаптан)", "Metyl mercaptan (CH3SH)", 4),
    "0316": ("Гидрохлорид", "Тұз қышқылы", "HCl", 2),
    "0349": ("Хлор", "Хлор", "Clo (Cl2)", 2),
    "0621": ("Метилбензол (Толуол)", "Метилбензол (толуол)", "Toluen", 3),
}  # fmt: skip


def _air(doc: Doc, code: str) -> str:
    return AIR[code][vocab.LANGS.index(doc.lang)]


def _hazard(code: str) -> int | None:
    return AIR[code][3]


# ---------------------------------------------------------------- facility

SARAN = {
    "operator": ("ТОО «Qazaq Tyre Manufacturing»", "«Qazaq Tyre Manufacturing» ЖШС"),
    "holding": ("АО «Qazaq Industrial Holding»", "«Qazaq Industrial Holding» АҚ"),
    "place": ("Карагандинская область, г. Сарань, индустриальная зона «Сарань», ул. Заводская, 1/5",
              "Қарағанды облысы, Саран қ., «Саран» индустриялық аймағы, Заводская к-сі, 1/5"),
}  # fmt: skip


def facility_jo1(doc: Doc) -> None:
    """The passport of an investment project proposed for the oblast's industrialisation map: `№ | показатель | ед. изм. |
    значение` under five section rows — the initiating holding with its BIN in brackets, the project company that will run
    the tyre plant with its own BIN on a line of its own, the foreign technology partner's registration, the OKED with its
    words, capacity, cost and jobs, the place with its KATO, a cadastral number and the centre as a map application copies
    it (`49°47'29.0"N 72°51'22.0"E`), the category inside the screening conclusion's line, the utilities; the ramp-up by
    year in a table of no role (VI: a city People's Committee's decision adjusting the investment policy of a tyre factory,
    the annex card with the investor's enterprise number inside its registration sentence, the project code and the old
    investment certificate as look-alikes, the capital schedule in a table of no role)."""
    if doc.lang == "vi":
        _facility_jo1_vi(doc)
        return
    r = doc.rng
    L = _L(doc)
    g = doc.v
    bin_, hold_bin = make_bin(r), make_bin(r)
    kato = _kato(doc, "3548")
    lat_s, lat_v = _dms_map(49.79 + r.uniform(-0.006, 0.006), True)
    lon_s, lon_v = _dms_map(72.855 + r.uniform(-0.006, 0.006), False)
    screening = f"KZ{r.randint(10, 99)}VWF{r.randint(10**7, 10**8 - 1):08d}"
    sdate = _date(doc, 2024)
    cadastre = f"09-{r.randint(140, 149)}-{r.randint(10, 99):03d}-{r.randint(100, 999)}"
    partner_reg = f"91370{r.randint(100, 999)}MA3C{r.randint(1000, 9999)}X{r.randint(1, 9)}"
    cap_car, cap_truck = doc.pick((2500, 3000, 3200)), doc.pick((400, 500, 600))
    jobs = r.randint(95, 130) * 10
    cost = round(r.uniform(160, 210), 1)
    area = round(r.uniform(48, 70), 1)
    doc.p(g("Приложение к заявке на включение проекта в Карту индустриализации Карагандинской области",
            "Жобаны Қарағанды облысының индустрияландыру картасына енгізуге арналған өтінімге қосымша", ""))
    doc.h(g("Паспорт инвестиционного проекта", "Инвестициялық жобаның паспорты", ""))
    doc.p(g("Паспорт заполнен по состоянию на 01.02.2026 и подписан первым руководителем проектной компании; сведения о стоимости "
            "приведены без НДС.",
            "Паспорт 01.02.2026 жағдай бойынша толтырылды және жобалық компанияның бірінші басшысы қол қойды; құны туралы "
            "мәліметтер ҚҚС-сыз келтірілген.", ""))
    rows = [g(["№", "Наименование показателя", "Ед. изм.", "Значение"], ["№", "Көрсеткіштің атауы", "Өлш. бірл.", "Мәні"], [])]
    merges: list = []
    dash = "–"
    _span(rows, merges, g("1. Инициатор и проектная компания", "1. Жобаның бастамашысы және жобалық компания", ""), 4)
    rows += [["1.1", g("Инициатор проекта", "Жобаның бастамашысы", ""), dash, f"{SARAN['holding'][L]} ({g('БИН', 'БСН', '')} {hold_bin})"],
             ["1.2", g("Проектная компания (будущий оператор объекта)", "Жобалық компания (объектінің болашақ операторы)", ""), dash,
              SARAN["operator"][L]],
             ["1.3", g("БИН проектной компании", "Жобалық компанияның БСН", ""), dash, bin_],
             ["1.4", g("Технологический партнер", "Технологиялық серіктес", ""), dash,
              g(f"Shandong Huaxing Tyre Co., Ltd. (КНР), единый код социального кредита {partner_reg}",
                f"Shandong Huaxing Tyre Co., Ltd. (ҚХР), әлеуметтік кредиттің бірыңғай коды {partner_reg}", "")]]
    _span(rows, merges, g("2. Описание проекта", "2. Жобаның сипаттамасы", ""), 4)
    rows += [["2.1", g("Наименование проекта", "Жобаның атауы", ""), dash,
              g("Строительство завода по производству легковых и грузовых радиальных шин",
                "Жеңіл және жүк радиалды шиналарын өндіретін зауыт салу", "")],
             ["2.2", g("Код ОКЭД", "ЭҚЖЖ коды", ""), dash,
              g("22111 – Производство резиновых шин, покрышек и камер", "22111 – Резеңке шиналар, сыртқы қаптар мен камералар өндірісі", "")],
             ["2.3", g("Проектная мощность", "Жобалық қуаты", ""), g("тыс. шт. в год", "мың дана/жыл", ""),
              g(f"{num(cap_car + cap_truck, 'ru')} (легковые – {num(cap_car, 'ru')}, грузовые – {cap_truck})",
                f"{num(cap_car + cap_truck, 'kk')} (жеңіл – {num(cap_car, 'kk')}, жүк – {cap_truck})", "")],
             ["2.4", g("Стоимость проекта", "Жобаның құны", ""), g("млрд тенге", "млрд теңге", ""), num(cost, doc.lang)],
             ["2.5", g("Постоянные рабочие места", "Тұрақты жұмыс орындары", ""), g("чел.", "адам", ""), num(jobs, doc.lang)],
             ["2.6", g("Сроки реализации", "Іске асыру мерзімі", ""), dash, g("2024–2027 гг.", "2024–2027 жж.", "")]]
    _span(rows, merges, g("3. Место реализации", "3. Іске асыру орны", ""), 4)
    rows += [["3.1", g("Адрес земельного участка", "Жер учаскесінің мекенжайы", ""), dash, SARAN["place"][L]],
             ["3.2", g("Код КАТО", "ҚАТО коды", ""), dash, kato],
             ["3.3", g("Кадастровый номер", "Кадастрлық нөмірі", ""), dash, cadastre],
             ["3.4", g("Площадь участка", "Учаскенің ауданы", ""), g("га", "га", ""), num(area, doc.lang)],
             ["3.5", g("Координаты центра участка", "Учаске орталығының координаттары", ""), dash, f"{lat_s} {lon_s}"]]
    _span(rows, merges, g("4. Экологические аспекты", "4. Экологиялық аспектілер", ""), 4)
    rows += [["4.1", g("Категория объекта по Экологическому кодексу РК", "ҚР Экология кодексі бойынша объект санаты", ""), dash,
              g(f"I (заключение об определении сферы охвата оценки воздействия на окружающую среду и (или) скрининга воздействий "
                f"намечаемой деятельности № {screening} от {sdate})",
                f"I ({sdate} № {screening} қоршаған ортаға әсерді бағалаудың қамту саласын айқындау және (немесе) белгіленіп "
                "отырған қызметтің әсерлерін скринингтеу туралы қорытынды)", "")],
             ["4.2", g("Основные источники воздействия", "Әсер етудің негізгі көздері", ""), dash,
              g("котельная, склад технического углерода, резиносмесительный и вулканизационный цеха, склад серы",
                "қазандық, техникалық көміртек қоймасы, резеңке араластыру және вулкандау цехтары, күкірт қоймасы", "")]]
    _span(rows, merges, g("5. Потребность в инфраструктуре", "5. Инфрақұрылымға қажеттілік", ""), 4)
    rows += [["5.1", g("Электроснабжение", "Электрмен жабдықтау", ""), g("МВт", "МВт", ""), str(r.randint(38, 55))],
             ["5.2", g("Газоснабжение", "Газбен жабдықтау", ""), g("тыс. м³/ч", "мың м³/сағ", ""), num(round(r.uniform(4.5, 7.5), 1), doc.lang)],
             ["5.3", g("Водоснабжение", "Сумен жабдықтау", ""), g("м³/сут", "м³/тәул.", ""), num(r.randint(18, 28) * 100, doc.lang)]]  # fmt: skip
    doc.table(g("Таблица 1 – Основные сведения о проекте", "1-кесте – Жоба туралы негізгі мәліметтер", ""), rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": "Qazaq Tyre", "kato": kato, "oked": "22111", "category": "I", "lat": lat_v,
                           "lon": lon_v})
    ramp = [g(["Показатель", "2027", "2028", "2029", "2030"], ["Көрсеткіш", "2027", "2028", "2029", "2030"], [])]
    shares = (0.35, 0.7, 0.9, 1.0)
    ramp.append([g("Выпуск шин, тыс. шт.", "Шина шығару, мың дана", ""), *(num(round((cap_car + cap_truck) * s), doc.lang) for s in shares)])
    ramp.append([g("Численность персонала, чел.", "Персонал саны, адам", ""), *(num(round(jobs * min(1.0, s + 0.2)), doc.lang) for s in shares)])
    ramp.append([g("Доля экспорта, %", "Экспорт үлесі, %", ""), "20", "35", "40", "45"])
    doc.table(g("Таблица 2 – Выход на проектную мощность", "2-кесте – Жобалық қуатқа шығу", ""), ramp, role="other")


def _facility_jo1_vi(doc: Doc) -> None:
    r = doc.rng
    msdn = _msdn(doc, "04")
    project = f"{r.randint(1, 9)}{r.randint(100000000, 999999999)}"
    old_cert = f"3210{r.randint(31, 33)}000{r.randint(100, 999)}"
    decision = f"{r.randint(300, 2900)}/QĐ-UBND"
    doc.p("ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG – CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM, Độc lập - Tự do - Hạnh phúc")
    doc.h("QUYẾT ĐỊNH CHẤP THUẬN ĐIỀU CHỈNH CHỦ TRƯƠNG ĐẦU TƯ DỰ ÁN NHÀ MÁY SẢN XUẤT LỐP XE RADIAL TOÀN THÉP HÒA KHÁNH")
    doc.p(f"Số: {decision}. Căn cứ Luật Đầu tư ngày 17 tháng 6 năm 2020; căn cứ Nghị định số 31/2021/NĐ-CP ngày 26 tháng 3 năm 2021 "
          "của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Luật Đầu tư; xét hồ sơ đề nghị điều chỉnh dự án đầu tư "
          "và Báo cáo thẩm định của Sở Tài chính.")
    doc.p("Điều 1. Chấp thuận điều chỉnh chủ trương đầu tư dự án với các nội dung tại Phụ lục kèm theo Quyết định này.")
    rows = [["STT", "Nội dung", "Thông tin dự án sau điều chỉnh"]]
    merges: list = []
    _span(rows, merges, "I. NHÀ ĐẦU TƯ", 3)
    rows += [["1", "Tên nhà đầu tư", "Công ty Cổ phần Lốp xe Sông Hàn"],
             ["2", "Giấy tờ pháp lý",
              f"Giấy chứng nhận đăng ký doanh nghiệp, mã số doanh nghiệp {msdn} do Phòng Đăng ký kinh doanh – Sở Kế hoạch và Đầu tư "
              f"thành phố Đà Nẵng cấp lần đầu ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2006, đăng ký thay đổi lần thứ "
              f"{r.randint(8, 14)} ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2025"],
             ["3", "Địa chỉ trụ sở chính", f"Số {r.randint(1, 60)} đường Tạ Quang Bửu, phường Hòa Khánh, thành phố Đà Nẵng"]]
    _span(rows, merges, "II. DỰ ÁN ĐẦU TƯ", 3)
    old, new = doc.pick(((600, 1000), (500, 900), (700, 1200)))
    rows += [["4", "Tên dự án", "Nhà máy sản xuất lốp xe radial toàn thép Hòa Khánh (mở rộng giai đoạn 2)"],
             ["5", "Mã số dự án", project],
             ["6", "Mục tiêu", "Sản xuất lốp xe tải, xe buýt radial toàn thép (TBR) và lốp xe công trình"],
             ["7", "Quy mô, công suất", f"Nâng công suất từ {num(old * 1000, 'vi')} lốp/năm lên {num(new * 1000, 'vi')} lốp/năm"],
             ["8", "Địa điểm thực hiện", "Lô C, đường số 7, Khu công nghiệp Hòa Khánh, phường Hòa Khánh, thành phố Đà Nẵng"],
             ["9", "Diện tích đất sử dụng", f"{num(round(r.uniform(9, 14), 2), 'vi')} ha (đất thuê lại của Công ty phát triển hạ tầng KCN)"],
             ["10", "Tổng vốn đầu tư", f"{num(r.randint(2400, 3400), 'vi')} tỷ đồng"],
             ["11", "Thời hạn hoạt động", "Đến ngày 15/6/2047"],
             ["12", "Văn bản đã cấp", f"Giấy chứng nhận đầu tư số {old_cert} cấp lần đầu ngày {r.randint(1, 28):02d}/06/2008; Quyết định chủ trương "
              f"đầu tư số {r.randint(100, 999)}/QĐ-UBND ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2019"]]  # fmt: skip
    doc.table("Phụ lục. Nội dung dự án đầu tư điều chỉnh", rows, merges, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": "Sông Hàn"})
    doc.p("Điều 2. Nhà đầu tư có trách nhiệm lập báo cáo đánh giá tác động môi trường của phần mở rộng trước khi triển khai xây dựng.")
    total = r.randint(900, 1400)
    own = (round(total * 0.18), round(total * 0.12))
    loan = (round(total * 0.42), round(total * 0.28))
    doc.table("Tiến độ góp vốn, huy động vốn cho phần mở rộng (tỷ đồng)",
              [["Nguồn vốn", "2026", "2027", "Tổng"],
               ["Vốn góp của nhà đầu tư", *(num(x, "vi") for x in own), num(sum(own), "vi")],
               ["Vốn vay ngân hàng thương mại", *(num(x, "vi") for x in loan), num(sum(loan), "vi")]],
              role="other")


EKIBASTUZ = {
    "operator": ("ТОО «Екібастұз Резина Ресайклинг»", "«Екібастұз Резина Ресайклинг» ЖШС"),
    "legal": ("Павлодарская область, г. Павлодар, ул. Торайгырова, 64, офис 305", "Павлодар облысы, Павлодар қ., Торайғыров к-сі, 64, 305-кеңсе"),
    "place": ("Павлодарская область, г. Экибастуз, Северная промышленная зона, участок 17",
              "Павлодар облысы, Екібастұз қ., Солтүстік өнеркәсіптік аймақ, 17-учаске"),
}  # fmt: skip


def facility_jo2(doc: Doc) -> None:
    """The printout of a notification of starting to recover non-hazardous wastes from the e-licensing portal: the talon
    above, then `поле | значение` with fields `1.1` … under three group rows — the notifier with its BIN, its legal address
    in Pavlodar and that address's own KATO, then the activity's subtype and the receiving Department with a BIN of its
    own, then the works at Ekibastuz with its place, its KATO, latitude and longitude on two rows in decimal degrees with a
    dot, the category `III`, the capacity; the shredding and reclaim line in a table of no role (VI: a glove plant's notice
    of trial operation of its treatment works, the head office in Hồ Chí Minh City, the VN-2000 metres before the WGS-84
    degrees, `Nhóm I` inside the permit's line, the works under trial in a table of no role)."""
    if doc.lang == "vi":
        _facility_jo2_vi(doc)
        return
    r = doc.rng
    L = _L(doc)
    g = doc.v
    bin_, dept_bin = make_bin(r), make_bin(r)
    legal_kato, kato = _kato(doc, "5510"), _kato(doc, "5520")
    lat = round(51.742 + r.uniform(-0.008, 0.008), 6)
    lon = round(75.338 + r.uniform(-0.008, 0.008), 6)
    talon = f"KZ{r.randint(10, 99)}UCW{r.randint(10**7, 10**8 - 1):08d}"
    day = f"{r.randint(2, 27):02d}.02.2026"
    cap = doc.pick((8000, 10000, 12000))
    doc.h(g("Уведомление о начале или прекращении осуществления деятельности или определенных действий",
            "Қызметті немесе жекелеген әрекеттерді жүзеге асырудың басталғаны немесе тоқтатылғаны туралы хабарлама", ""))
    doc.p(g(f"Талон о приеме уведомления № {talon} от {day}. Уведомление направлено посредством государственной информационной "
            "системы разрешений и уведомлений и подписано ЭЦП руководителя.",
            f"{day} № {talon} хабарламаны қабылдау туралы талон. Хабарлама рұқсаттар мен хабарламалардың мемлекеттік ақпараттық "
            "жүйесі арқылы жіберілді және басшының ЭЦҚ-сымен қол қойылды.", ""))
    rows = [g(["№", "Наименование поля", "Значение"], ["№", "Өрістің атауы", "Мәні"], [])]
    merges: list = []
    _span(rows, merges, g("1. Сведения об уведомителе", "1. Хабарлама беруші туралы мәліметтер", ""), 3)
    rows += [["1.1", g("Наименование юридического лица", "Заңды тұлғаның атауы", ""), EKIBASTUZ["operator"][L]],
             ["1.2", g("БИН", "БСН", ""), bin_],
             ["1.3", g("Юридический адрес", "Заңды мекенжайы", ""), EKIBASTUZ["legal"][L]],
             ["1.4", g("КАТО юридического адреса", "Заңды мекенжайдың ҚАТО", ""), legal_kato],
             ["1.5", g("Первый руководитель", "Бірінші басшы", ""), doc.pick(("Сағынтаев Д.Е.", "Ибраев Н.К.", "Шевченко А.В."))]]
    _span(rows, merges, g("2. Сведения о деятельности", "2. Қызмет туралы мәліметтер", ""), 3)
    rows += [["2.1", g("Вид деятельности", "Қызмет түрі", ""), g("Управление отходами", "Қалдықтарды басқару", "")],
             ["2.2", g("Подвид деятельности", "Қызметтің кіші түрі", ""),
              g("Восстановление неопасных отходов (измельчение изношенных шин с получением резиновой крошки и регенерата)",
                "Қауіпті емес қалдықтарды қалпына келтіру (резеңке үгіндісі мен регенерат алу арқылы тозған шиналарды ұсату)", "")],
             ["2.3", g("Принимаемые отходы", "Қабылданатын қалдықтар", ""),
              g("изношенные шины и покрышки карьерной техники и автотранспорта, обрезки резинотехнических изделий",
                "карьер техникасы мен автокөліктің тозған шиналары мен сыртқы қаптары, резеңке-техникалық бұйымдардың кесінділері", "")],
             ["2.4", g("Государственный орган, принявший уведомление", "Хабарламаны қабылдаған мемлекеттік орган", ""),
              g(f"РГУ «Департамент экологии по Павлодарской области» (БИН {dept_bin})",
                f"«Павлодар облысы бойынша экология департаменті» РММ (БСН {dept_bin})", "")]]
    _span(rows, merges, g("3. Объект осуществления деятельности", "3. Қызметті жүзеге асыру объектісі", ""), 3)
    rows += [["3.1", g("Наименование объекта", "Объектінің атауы", ""),
              g("Цех переработки изношенных шин «Екібастұз Резина»", "«Екібастұз Резина» тозған шиналарды қайта өңдеу цехы", "")],
             ["3.2", g("Адрес места осуществления деятельности", "Қызметті жүзеге асыру орнының мекенжайы", ""), EKIBASTUZ["place"][L]],
             ["3.3", g("КАТО места осуществления деятельности", "Қызметті жүзеге асыру орнының ҚАТО", ""), kato],
             ["3.4", g("Широта (WGS-84), градусы", "Ендік (WGS-84), градус", ""), f"{lat:.6f}"],
             ["3.5", g("Долгота (WGS-84), градусы", "Бойлық (WGS-84), градус", ""), f"{lon:.6f}"],
             ["3.6", g("Категория объекта, оказывающего негативное воздействие на окружающую среду",
                       "Қоршаған ортаға теріс әсер ететін объектінің санаты", ""), "III"],
             ["3.7", g("Мощность по приему отходов", "Қалдықтарды қабылдау қуаты", ""),
              g(f"{num(cap, 'ru')} т в год", f"жылына {num(cap, 'kk')} т", "")]]  # fmt: skip
    doc.table(None, rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": "Екібастұз Резина", "kato": kato, "category": "III", "lat": lat, "lon": lon})
    doc.p(g("Сведения об оборудовании (приложение к уведомлению):", "Жабдықтар туралы мәліметтер (хабарламаға қосымша):", ""))
    doc.table(None, [g(["Оборудование", "Количество", "Производительность"], ["Жабдық", "Саны", "Өнімділігі"], []),
                     [g("Шредер двухвальный для шин до 4 м", "Диаметрі 4 м-ге дейінгі шиналарға арналған екі білікті шредер", ""), "1",
                      g("6 т/ч", "6 т/сағ", "")],
                     [g("Роторная дробилка с магнитным сепаратором", "Магниттік сепараторы бар роторлы ұсатқыш", ""), "2", g("2,5 т/ч", "2,5 т/сағ", "")],
                     [g("Экструдер-девулканизатор", "Экструдер-девулканизатор", ""), "1", g("0,8 т/ч", "0,8 т/сағ", "")]],
              role="other")


def _facility_jo2_vi(doc: Doc) -> None:
    r = doc.rng
    msdn = _msdn(doc, "03")
    lat = round(11.052 + r.uniform(-0.004, 0.004), 5)
    lon = round(106.368 + r.uniform(-0.004, 0.004), 5)
    gpmt = f"{r.randint(100, 480)}/GPMT-BTNMT"
    doc.p("CÔNG TY TNHH GĂNG TAY Y TẾ NAM VIỆT – CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM, Độc lập - Tự do - Hạnh phúc")
    doc.h("VĂN BẢN THÔNG BÁO KẾ HOẠCH VẬN HÀNH THỬ NGHIỆM CÔNG TRÌNH XỬ LÝ CHẤT THẢI")
    doc.p("Kính gửi: Bộ Nông nghiệp và Môi trường; Sở Nông nghiệp và Môi trường tỉnh Tây Ninh. Thực hiện quy định tại Điều 31 Nghị định số "
          "08/2022/NĐ-CP, Công ty thông báo kế hoạch vận hành thử nghiệm các công trình xử lý chất thải của giai đoạn 2 như sau:")
    rows = [["TT", "Thông tin", "Nội dung"]]
    merges: list = []
    _span(rows, merges, "1. Thông tin chung về chủ cơ sở và cơ sở", 3)
    rows += [["1.1", "Tên chủ cơ sở", "Công ty TNHH Găng tay Y tế Nam Việt"],
             ["1.2", "Mã số doanh nghiệp", msdn],
             ["1.3", "Địa chỉ trụ sở chính", f"Tầng {r.randint(5, 18)}, tòa nhà số {r.randint(10, 200)} Nguyễn Văn Linh, phường Tân Hưng, Thành phố Hồ Chí Minh"],
             ["1.4", "Tên cơ sở", "Nhà máy sản xuất găng tay cao su Trảng Bàng"],
             ["1.5", "Địa điểm cơ sở", "Lô B7-B9, đường D4, Khu công nghiệp Trảng Bàng, phường Trảng Bàng, tỉnh Tây Ninh"],
             ["1.6", "Tọa độ vị trí trung tâm", f"Hệ VN-2000 (kinh tuyến trục 105°30′, múi chiếu 3°): X = {num(r.randint(1221000, 1223000), 'vi')} m; "
              f"Y = {num(r.randint(578000, 580000), 'vi')} m. Hệ WGS-84: {num(lat, 'vi', False)}° N; {num(lon, 'vi', False)}° E"],
             ["1.7", "Giấy phép môi trường", f"Số {gpmt} ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2024 của Bộ Tài nguyên và Môi trường; "
              "cơ sở thuộc Nhóm I theo Phụ lục III Luật Bảo vệ môi trường"],
             ["1.8", "Công suất", f"{num(r.randint(18, 30) * 100, 'vi')} triệu chiếc găng tay/năm (găng nitrile và găng latex)"]]  # fmt: skip
    doc.table("Bảng 1. Thông tin chung", rows, merges, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": "Nam Việt", "category": "I", "lat": lat, "lon": lon})
    doc.table("Bảng 2. Các công trình xử lý chất thải vận hành thử nghiệm",
              [["TT", "Công trình", "Công suất thiết kế", "Thời gian bắt đầu", "Thời gian kết thúc"],
               ["1", "Hệ thống xử lý nước thải sản xuất số 2", "1.800 m³/ngày đêm", "15/03/2026", "15/08/2026"],
               ["2", "Tháp hấp thụ khí clo dây chuyền clo hóa số 5 – 8", "12.000 m³/giờ", "15/03/2026", "15/06/2026"],
               ["3", "Hệ thống xử lý khí thải lò hơi đốt củi 15 tấn hơi/giờ", "35.000 m³/giờ", "01/04/2026", "01/07/2026"]],
              role="other")


# ---------------------------------------------------------------- emissions

# (number, RU shop, KK shop, RU source, KK source, height m, diameter m or None, (low, high) m/s, °C, hours, {code: (low, high) g/s})
TYRE_SOURCES = (
    ("0001", "Котельная", "Қазандық", "Дымовая труба котельной (котлы Vitomax 200-HS, 3 шт.)",
     "Қазандықтың түтін мұржасы (Vitomax 200-HS қазандары, 3 дана)", 32, 1.4, (6, 9), 140, 8400,
     {"0301": (0.4, 0.9), "0304": (0.06, 0.14), "0337": (0.3, 0.8)}),
    ("0002", "Подготовительный цех", "Дайындау цехы", "Аспирация участка развески технического углерода и химикатов (рукавный фильтр)",
     "Техникалық көміртек пен химикаттарды өлшеу учаскесінің аспирациясы (жеңді сүзгі)", 18, 0.6, (10, 14), 25, 6000,
     {"0328": (0.005, 0.02), "0207": (0.001, 0.004), "0331": (0.0005, 0.002)}),
    ("0003", "Резиносмесительный цех", "Резеңке араластыру цехы", "Резиносмеситель № 1 GK-270N (рукавный фильтр ФРИР-550)",
     "№ 1 GK-270N резеңке араластырғышы (ФРИР-550 жеңді сүзгісі)", 24, 0.9, (12, 16), 45, 7600,
     {"0328": (0.01, 0.04), "0207": (0.002, 0.006), "0620": (0.003, 0.01), "2754": (0.01, 0.04)}),
    ("0004", "Резиносмесительный цех", "Резеңке араластыру цехы", "Резиносмеситель № 2 GK-270N (рукавный фильтр ФРИР-550)",
     "№ 2 GK-270N резеңке араластырғышы (ФРИР-550 жеңді сүзгісі)", 24, 0.9, (12, 16), 45, 7600,
     {"0328": (0.01, 0.04), "0207": (0.002, 0.006), "0620": (0.003, 0.01), "2754": (0.01, 0.04)}),
    ("0005", "Каландровый цех", "Каландр цехы", "Вытяжной зонт четырехвалкового каландра", "Төрт білікті каландрдың сорғыш шатыры",
     16, 0.8, (8, 11), 35, 7600, {"2754": (0.01, 0.03), "0620": (0.002, 0.006)}),
    ("0006", "Цех протекторов", "Протектор цехы", "Вытяжка линии шприцевания протектора", "Протекторды шприцтеу желісінің сорғышы",
     16, 0.7, (8, 11), 40, 7600, {"2754": (0.01, 0.03), "0620": (0.002, 0.006)}),
    ("0007", "Вулканизационный цех", "Вулкандау цехы", "Крышный вентилятор В-1 (форматоры-вулканизаторы № 1–24)",
     "В-1 шатыр желдеткіші (№ 1–24 форматор-вулканизаторлар)", 14, 1.0, (9, 12), 38, 8000,
     {"0337": (0.02, 0.06), "0333": (0.001, 0.004), "0334": (0.002, 0.008), "0620": (0.003, 0.009), "2754": (0.02, 0.06)}),
    ("0008", "Вулканизационный цех", "Вулкандау цехы", "Крышный вентилятор В-2 (форматоры-вулканизаторы № 25–48)",
     "В-2 шатыр желдеткіші (№ 25–48 форматор-вулканизаторлар)", 14, 1.0, (9, 12), 38, 8000,
     {"0337": (0.02, 0.06), "0333": (0.001, 0.004), "0334": (0.002, 0.008), "0620": (0.003, 0.009), "2754": (0.02, 0.06)}),
    ("0009", "Сборочный цех", "Жинау цехы", "Вытяжка клеевого отделения", "Желім бөлімшесінің сорғышы", 12, 0.5, (6, 9), 22, 4000,
     {"2704": (0.02, 0.07)}),
    ("0010", "Склад серы", "Күкірт қоймасы", "Вытяжная вентиляция склада серы", "Күкірт қоймасының сорып шығару желдеткіші",
     8, 0.4, (4, 6), 20, 2000, {"0331": (0.0003, 0.001)}),
    ("6001", "Склад технического углерода", "Техникалық көміртек қоймасы", "Разгрузка вагонов-хопперов (пневмотранспорт в силосы)",
     "Хоппер-вагондарды түсіру (силостарға пневмокөлік)", 2, None, None, None, 900, {"0328": (0.004, 0.015)}),
    ("6002", "Площадка отгрузки готовой продукции", "Дайын өнімді тиеп жөнелту алаңы", "Работа погрузчиков", "Тиегіштердің жұмысы",
     2, None, None, None, 3000, {"0301": (0.003, 0.01), "0337": (0.01, 0.04), "0328": (0.0005, 0.002)}),
)  # fmt: skip


def emissions_jo1(doc: Doc) -> None:
    """A tyre plant's НДВ table too wide for a page and printed in two parts: first the sources with their shop merged down,
    height, diameter, gas speed, volume and temperature under a merged header and local coordinates, a row of column numbers
    `1` … `10` (a table of sources), then `Продолжение таблицы 3.3`, whose column numbers go on from `11` after the source's
    own `2`, the source's number merged down over its substances, `г/с | мг/нм³ | т/год` under a merged `Выброс` and the
    year the norm is reached last (VI: a tyre factory's ĐTM loads worked out from factors in kg per tonne of product for
    each stage, the stage merged down over its pollutants, tonnes a year before g/s, the hours of work only in a note)."""
    if doc.lang == "vi":
        _emissions_jo1_vi(doc)
        return
    r = doc.rng
    L = _L(doc)
    g = doc.v
    chosen = [s for s in TYRE_SOURCES if s[0] not in ("0004", "0006", "6002") or r.random() < 0.6]
    doc.h(g(f"Проект нормативов допустимых выбросов. {SARAN['operator'][0]}, шинный завод в г. Сарань",
            f"{SARAN['operator'][1]}, Саран қаласындағы шина зауыты. Жол берілетін шығарындылар нормативтерінің жобасы", ""))
    doc.h(g("3.3. Параметры выбросов загрязняющих веществ в атмосферу", "3.3. Атмосфераға ластаушы заттар шығарындыларының параметрлері", ""))
    doc.p(g("Из-за ширины таблица 3.3 приведена в двух частях: в первой – параметры источников, во второй – выбросы загрязняющих "
            "веществ; нумерация граф сквозная. Координаты даны в местной системе карты-схемы (начало – юго-западный угол ограждения).",
            "Ені үлкен болғандықтан 3.3-кесте екі бөлікте берілген: біріншісінде – көздердің параметрлері, екіншісінде – ластаушы "
            "заттардың шығарындылары; бағандардың нөмірленуі тұтас. Координаттар карта-сызбаның жергілікті жүйесінде берілген (бастауы – "
            "қоршаудың оңтүстік-батыс бұрышы).", ""))
    head0 = g(["Цех, участок", "№ ИЗА", "Наименование источника выброса", "Высота, м", "Диаметр устья, м",
               "Параметры газовоздушной смеси на выходе", None, None, "Координаты на карте-схеме, м", None],
              ["Цех, учаске", "ЛШК №", "Шығарынды көзінің атауы", "Биіктігі, м", "Сағасының диаметрі, м",
               "Шығар жердегі газ-ауа қоспасының параметрлері", None, None, "Карта-сызбадағы координаттар, м", None], [])
    head1 = [None] * 5 + g(["скорость, м/с", "объем, м³/с", "температура, °С", "X1", "Y1"], ["жылдамдығы, м/с", "көлемі, м³/с", "температурасы, °С", "X1", "Y1"], [])
    rows = [head0, head1, [str(k) for k in range(1, 11)]]
    merges = [(0, c, 1, c) for c in range(5)] + [(0, 5, 0, 7), (0, 8, 0, 9)]
    params = {}
    shop_start, shop = None, None
    for s in chosen:
        number, sh_ru, sh_kk, n_ru, n_kk, height, diam, speed, temp, hours, _ = s
        sh = (sh_ru, sh_kk)[L]
        if sh != shop:
            if shop_start is not None and len(rows) - 1 > shop_start:
                merges.append((shop_start, 0, len(rows) - 1, 0))
            shop, shop_start = sh, len(rows)
        x, y = r.randint(40, 900), r.randint(30, 600)
        if diam:
            v = round(r.uniform(*speed), 1)
            vol = round(3.14159 * diam * diam / 4 * v, 2)
            params[number] = (vol, temp)
            cells = [num(height, doc.lang), num(diam, doc.lang), num(v, doc.lang), num(vol, doc.lang), str(temp)]
        else:
            params[number] = None
            cells = [num(height, doc.lang), "–", "–", "–", "–"]
        rows.append([sh if len(rows) == shop_start else None, number, (n_ru, n_kk)[L], *cells, str(x), str(y)])
    if len(rows) - 1 > shop_start:
        merges.append((shop_start, 0, len(rows) - 1, 0))
    doc.table(g("Таблица 3.3 – Параметры выбросов загрязняющих веществ в атмосферу для расчета НДВ",
                "3.3-кесте – ЖШН есептеуге арналған атмосфераға ластаушы заттар шығарындыларының параметрлері", ""),
              rows, merges, role="sources")
    doc.add("sources", *({"number": s[0], "type": _kind(s[0])} for s in chosen))
    head0 = g(["№ ИЗА", "Код ЗВ", "Наименование загрязняющего вещества", "Выброс загрязняющего вещества", None, None, "Год достижения НДВ"],
              ["ЛШК №", "ЛЗ коды", "Ластаушы заттың атауы", "Ластаушы заттың шығарындысы", None, None, "ЖШН-ға қол жеткізу жылы"], [])
    head1 = [None, None, None, "г/с", g("мг/нм³", "мг/нм³", ""), g("т/год", "т/жыл", ""), None]
    rows = [head0, head1, ["2", "11", "12", "13", "14", "15", "16"]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 5), (0, 6, 1, 6)]
    for s in chosen:
        number, hours, codes = s[0], s[9], s[10]
        start = len(rows)
        for j, (c, (lo, hi)) in enumerate(codes.items()):
            gs = _sig(r.uniform(lo, hi), 3)
            ty = _sig(gs * 3600 * hours / 1e6, 3)
            if params[number]:
                vol, temp = params[number]
                conc = num(_sig(gs * 1000 / (vol * 273 / (273 + temp)), 3), doc.lang)
            else:
                conc = "–"
            rows.append([number if j == 0 else None, c, _air(doc, c), num(gs, doc.lang), conc, num(ty, doc.lang), "2026"])
            doc.add("emissions", emission(c, gs, ty, number))
        if len(codes) > 1:
            merges.append((start, 0, len(rows) - 1, 0))
    doc.table(g("Продолжение таблицы 3.3", "3.3-кестенің жалғасы", ""), rows, merges, role="emissions")
    doc.p(g("Все источники достигают нормативов допустимых выбросов с 2026 года; мероприятия по сокращению выбросов для достижения "
            "нормативов не требуются.",
            "Барлық көздер жол берілетін шығарындылар нормативтеріне 2026 жылдан бастап қол жеткізеді; нормативтерге қол жеткізу үшін "
            "шығарындыларды азайту жөніндегі іс-шаралар талап етілмейді.", ""))


# (VI stage, {code: (low, high) kg per tonne of product})
VN_TYRE_STAGES = (
    ("Cân, nạp than đen và hóa chất (sau hệ thống lọc bụi túi)", {"0328": (0.02, 0.05), "0207": (0.002, 0.006)}),
    ("Luyện kín cao su (máy luyện Banbury, 04 máy)", {"2902": (0.03, 0.08), "0620": (0.005, 0.015), "0621": (0.002, 0.006)}),
    ("Cán tráng vải mành, ép đùn mặt lốp", {"0620": (0.003, 0.009), "0621": (0.001, 0.004)}),
    ("Lưu hóa lốp (máy lưu hóa kiểu ép, 96 máy)", {"0337": (0.01, 0.03), "0333": (0.002, 0.006), "0334": (0.004, 0.012), "0620": (0.004, 0.012)}),
)


def _emissions_jo1_vi(doc: Doc) -> None:
    r = doc.rng
    tons = doc.pick((42000, 48000, 56000))
    hours = 7200
    doc.h("BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG – DỰ ÁN NHÀ MÁY SẢN XUẤT LỐP XE RADIAL TOÀN THÉP HÒA KHÁNH (MỞ RỘNG GIAI ĐOẠN 2)")
    doc.h("3.2.1.2. Tác động do bụi, khí thải từ dây chuyền sản xuất")
    doc.p(f"Tải lượng được tính theo hệ số ô nhiễm của US EPA (AP-42, mục 4.12 – sản xuất sản phẩm cao su) nhân với sản lượng "
          f"{num(tons, 'vi')} tấn sản phẩm/năm khi dự án đạt công suất thiết kế. Dòng khí sau các công đoạn được thu gom về các ống "
          "thải của từng xưởng.")
    rows = [["TT", "Công đoạn", "Chất ô nhiễm", "Hệ số ô nhiễm (kg/tấn sản phẩm)", "Tải lượng (tấn/năm)", "Tải lượng (g/s)"]]
    merges = []
    for k, (stage, codes) in enumerate(VN_TYRE_STAGES, 1):
        start = len(rows)
        for j, (c, (lo, hi)) in enumerate(codes.items()):
            factor = _sig(r.uniform(lo, hi), 2)
            ty = _sig(factor * tons / 1000, 3)
            gs = _sig(ty * 1e6 / (hours * 3600), 3)
            rows.append([str(k) if j == 0 else None, stage if j == 0 else None, _air(doc, c), num(factor, "vi"), num(ty, "vi"), num(gs, "vi")])
            doc.add("emissions", emission(c, gs, ty))
        merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    doc.table("Bảng 3.9. Tải lượng bụi, khí thải từ các công đoạn sản xuất lốp", rows, merges, role="emissions")
    doc.p(f"Ghi chú: thời gian hoạt động {num(hours, 'vi')} giờ/năm (3 ca/ngày, 300 ngày/năm); tải lượng lò hơi được đánh giá riêng tại mục 3.2.1.3.")
    _maybe_other(doc, "tyre")


# (number, RU, KK)
RECLAIM_SOURCES = {
    "0001": ("Дымовая труба котельной (котел КВр-1,16, экибастузский уголь)", "Қазандықтың түтін мұржасы (КВр-1,16 қазаны, екібастұз көмірі)"),
    "0002": ("Аспирация линии дробления шин (циклон ЦН-15 и рукавный фильтр)", "Шина ұсату желісінің аспирациясы (ЦН-15 циклоны және жеңді сүзгі)"),
    "0003": ("Вытяжка экструдера-девулканизатора (скруббер)", "Экструдер-девулканизатордың сорғышы (скруббер)"),
    "0004": ("Вытяжка вальцов рафинирования регенерата", "Регенератты рафинадтау біліктерінің сорғышы"),
    "6001": ("Фасовка резиновой крошки в биг-бэги", "Резеңке үгіндісін биг-бэгтерге буып-түю"),
    "6002": ("Склад угля и золошлаковых отходов", "Көмір және күл-қож қалдықтары қоймасы"),
    "6003": ("Работа погрузчиков на территории", "Аумақтағы тиегіштердің жұмысы"),
}  # fmt: skip
# code: [(source, (low, high) g/s, hours)]
RECLAIM_NORMS = {
    "0301": [("0001", (0.05, 0.12), 5000), ("6003", (0.004, 0.012), 2500)],
    "0304": [("0001", (0.008, 0.02), 5000), ("6003", (0.0006, 0.002), 2500)],
    "0328": [("0001", (0.02, 0.06), 5000), ("6003", (0.0005, 0.002), 2500)],
    "0330": [("0001", (0.15, 0.4), 5000), ("0003", (0.002, 0.008), 6500)],
    "0333": [("0003", (0.0005, 0.002), 6500), ("0004", (0.0002, 0.0008), 6500)],
    "0337": [("0001", (0.3, 0.9), 5000), ("0003", (0.01, 0.03), 6500), ("6003", (0.02, 0.06), 2500)],
    "2754": [("0003", (0.01, 0.04), 6500), ("0004", (0.005, 0.02), 6500)],
    "2908": [("0001", (0.08, 0.25), 5000), ("6002", (0.01, 0.04), 4000)],
    "2978": [("0002", (0.005, 0.02), 6500), ("6001", (0.002, 0.008), 3000)],
}


def emissions_jo2(doc: Doc) -> None:
    """A reclaim works' norms of permissible emissions grouped by substance: a row spanning the table per substance that
    carries its code, name and hazard class — `класс опасности не установлен, ОБУВ 0,1 мг/м³` for the rubber dust — then
    its sources with number, name, grams, tonnes and the share of the substance's tonnes in per cent, `Всего по веществу`
    after each group and a plant total (VI: a latex plant's loads of odour from its coagulation channels, lump pits and
    anaerobic pond worked out from factors per square metre a day, then its SVR dryers' gases from factors per tonne of
    diesel oil, kilograms a day, g/s and tonnes over the tapping season, no numbers)."""
    if doc.lang == "vi":
        _emissions_jo2_vi(doc)
        return
    r = doc.rng
    L = _L(doc)
    g = doc.v
    doc.h(g(f"Нормативы допустимых выбросов загрязняющих веществ в атмосферу на 2026–2035 годы. {EKIBASTUZ['operator'][0]}",
            f"{EKIBASTUZ['operator'][1]}. 2026–2035 жылдарға арналған атмосфераға ластаушы заттардың жол берілетін шығарындыларының нормативтері", ""))
    doc.p(g("Цех перерабатывает изношенные шины карьерных самосвалов и автотранспорта в резиновую крошку и регенерат; нормативы "
            "сгруппированы по загрязняющим веществам, для каждого источника указана доля в валовом выбросе вещества.",
            "Цех карьерлік өзі аударғыштар мен автокөліктің тозған шиналарын резеңке үгіндісі мен регенератқа қайта өңдейді; нормативтер "
            "ластаушы заттар бойынша топтастырылған, әр көз үшін заттың жалпы шығарындысындағы үлесі көрсетілген.", ""))
    width = 5
    rows = [g(["№ ИЗА", "Наименование источника", "г/с", "т/год", "Доля в валовом выбросе вещества, %"],
              ["ЛШК №", "Көздің атауы", "г/с", "т/жыл", "Заттың жалпы шығарындысындағы үлесі, %"], [])]
    merges: list = []
    all_g, all_t, used = [], [], set()
    for code, entries in RECLAIM_NORMS.items():
        hz = _hazard(code)
        if hz:
            label = g(f"{code} – {_air(doc, code)} (класс опасности {hz})", f"{code} – {_air(doc, code)} ({hz}-қауіптілік сыныбы)", "")
        else:
            label = g(f"{code} – {_air(doc, code)} (класс опасности не установлен, ОБУВ 0,1 мг/м³)",
                      f"{code} – {_air(doc, code)} (қауіптілік сыныбы белгіленбеген, ҚӘБД 0,1 мг/м³)", "")
        _span(rows, merges, label, width)
        figures = []
        for number, (lo, hi), hours in entries:
            gs = _sig(r.uniform(lo, hi), 3)
            ty = _sig(gs * 3600 * hours / 1e6, 3)
            figures.append((number, gs, ty))
        total_t = sum(t for _, _, t in figures)
        for number, gs, ty in figures:
            rows.append([number, RECLAIM_SOURCES[number][L], num(gs, doc.lang), num(ty, doc.lang), num(round(100 * ty / total_t, 1), doc.lang)])
            doc.add("emissions", emission(code, gs, ty, number, hz))
            used.add(number)
        sg, st = round(sum(x for _, x, _ in figures), 6), round(total_t, 6)
        rows.append(["", g("Всего по веществу", "Зат бойынша барлығы", ""), num(sg, doc.lang), num(st, doc.lang), "100"])
        all_g.append(sg)
        all_t.append(st)
    rows.append(["", g("Всего по предприятию", "Кәсіпорын бойынша барлығы", ""), num(round(sum(all_g), 6), doc.lang), num(round(sum(all_t), 6), doc.lang), ""])
    doc.table(g("Таблица 4 – Нормативы выбросов по веществам и источникам", "4-кесте – Заттар мен көздер бойынша шығарындылар нормативтері", ""),
              rows, merges, role="emissions")
    doc.add("sources", *({"number": n, "type": _kind(n)} for n in sorted(used)))
    _maybe_other(doc, "reclaim")


VN_LATEX_BP = ("Nhà máy chế biến mủ cao su Tân Lợi", "Công ty Cổ phần Cao su Đồng Phú Xanh",
               "xã Tân Lợi, huyện Đồng Phú, tỉnh Bình Phước (nay là xã Đồng Phú, tỉnh Đồng Nai)")
# (VI source, scale, (low, high) m² or tonnes of oil a day, {code: (low, high) factor}), the unit of the factor
VN_LATEX_AREAS = (
    ("Mương đánh đông mủ nước (axit formic)", "m²", (900, 1400), {"0303": (0.8, 1.6), "0333": (0.05, 0.12)}),
    ("Hồ chứa, ngâm rửa mủ tạp (mủ đông, mủ chén)", "m²", (600, 1000), {"0303": (0.5, 1.2), "0333": (0.08, 0.2), "1715": (0.01, 0.03)}),
    ("Hồ kỵ khí của trạm xử lý nước thải", "m²", (2800, 4200), {"0333": (0.15, 0.35), "0303": (0.3, 0.8), "1715": (0.02, 0.05)}),
)
VN_DRYER = {"2902": (0.25, 0.3), "0330": (0.9, 1.0), "0301": (2.7, 2.9), "0337": (0.6, 0.75)}


def _emissions_jo2_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, place = VN_LATEX_BP
    days = 300
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – {plant.upper()}")
    doc.p(f"Chủ cơ sở: {company}. Địa điểm: {place}. Nhà máy chế biến mủ cốm SVR 3L, SVR 10 từ mủ nước và mủ tạp; thời gian sản xuất "
          f"khoảng {days} ngày/năm, tạm ngừng trong mùa cây cao su rụng lá (tháng 2 – tháng 4).")
    rows = [["TT", "Nguồn phát sinh", "Quy mô", "Thông số", "Hệ số phát thải", "Tải lượng (kg/ngày)", "Tải lượng (g/s)", "Tải lượng (tấn/năm)"]]
    merges = []
    k = 0
    for name, unit, (lo, hi), codes in VN_LATEX_AREAS:
        k += 1
        area = r.randint(lo // 10, hi // 10) * 10
        start = len(rows)
        for j, (c, (flo, fhi)) in enumerate(codes.items()):
            factor = _sig(r.uniform(flo, fhi), 2)
            kg = _sig(factor * area / 1000, 3)
            gs = _sig(kg * 1000 / 86400, 3)
            ty = _sig(kg * days / 1000, 3)
            rows.append([str(k) if j == 0 else None, name if j == 0 else None, f"{num(area, 'vi')} {unit}" if j == 0 else None, _air(doc, c),
                         f"{num(factor, 'vi')} g/m²/ngày", num(kg, "vi"), num(gs, "vi"), num(ty, "vi")])
            doc.add("emissions", emission(c, gs, ty))
        merges += [(start, c, len(rows) - 1, c) for c in (0, 1, 2)]
    k += 1
    oil = round(r.uniform(2.8, 4.2), 1)
    start = len(rows)
    for j, (c, (flo, fhi)) in enumerate(VN_DRYER.items()):
        factor = round(r.uniform(flo, fhi), 2)
        kg = _sig(factor * oil, 3)
        gs = _sig(kg * 1000 / (20 * 3600), 3)
        ty = _sig(kg * days / 1000, 3)
        rows.append([str(k) if j == 0 else None, "Lò sấy mủ cốm (02 lò, đốt dầu DO 0,05%S), 20 giờ/ngày" if j == 0 else None,
                     f"{num(oil, 'vi')} tấn dầu/ngày" if j == 0 else None, _air(doc, c), f"{num(factor, 'vi')} kg/tấn dầu", num(kg, "vi"),
                     num(gs, "vi"), num(ty, "vi")])
        doc.add("emissions", emission(c, gs, ty))
    merges += [(start, c, len(rows) - 1, c) for c in (0, 1, 2)]
    doc.table("Bảng 3.3. Tải lượng khí thải, mùi phát sinh tại nhà máy", rows, merges, role="emissions")
    doc.p(f"Ghi chú: mương, hồ phát tán mùi liên tục 24 giờ/ngày; tải lượng năm tính cho {days} ngày sản xuất.")


# ---------------------------------------------------------------- wastes

# (code, RU, KK, (low, high) t formed, recipient)
TYRE_WASTES = (
    ("07 02 99", "Невулканизованные обрезки и слитки резиновых смесей", "Вулкандалмаған резеңке қоспаларының кесінділері мен құймалары", (180, 420), "eki"),
    ("16 01 03", "Бракованные шины (вулканизованный брак)", "Жарамсыз шиналар (вулкандалған ақау)", (250, 600), "eki"),
    ("07 02 14*", "Пыль рукавных фильтров (технический углерод, цинк оксид)", "Жеңді сүзгілердің шаңы (техникалық көміртек, мырыш оксиді)",
     (8, 25), "eco"),
    ("15 01 10*", "Тара из-под ускорителей вулканизации и антиоксидантов", "Вулкандау үдеткіштері мен антиоксиданттардың ыдысы", (4, 12), "eco"),
    ("08 04 09*", "Отходы резинового клея на бензине", "Бензиндегі резеңке желімінің қалдықтары", (1.2, 4.5), "eco"),
    ("13 01 10*", "Отработанное гидравлическое масло вулканизационных прессов", "Вулкандау престерінің пайдаланылған гидравликалық майы",
     (6, 18), "oil"),
    ("15 02 02*", "Промасленная ветошь и фильтрующие материалы", "Майланған шүберек және сүзгі материалдары", (1.5, 4.0), "eco"),
    ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", (0.15, 0.5), "eco"),
    ("15 01 01", "Бумажные мешки и картонная упаковка", "Қағаз қаптар мен картон орамасы", (30, 80), "paper"),
    ("20 03 01", "Смешанные коммунальные отходы", "Аралас коммуналдық қалдықтар", (90, 160), "tbo"),
)  # fmt: skip
RECIPIENTS = {
    "eki": ("ТОО «Екібастұз Резина Ресайклинг»", "«Екібастұз Резина Ресайклинг» ЖШС"),
    "eco": ("ТОО «Сарыарқа Экосервис»", "«Сарыарқа Экосервис» ЖШС"),
    "oil": ("ТОО «Қарағанды Ойл Регенерация»", "«Қарағанды Ойл Регенерация» ЖШС"),
    "paper": ("ТОО «Қағаз Ресурс»", "«Қағаз Ресурс» ЖШС"),
    "tbo": ("ГКП «Саран Тазалық»", "«Саран Тазалық» МКК"),
}


def _t(x: float) -> float:
    return round(x, 1) if x >= 100 else round(x, 2) if x >= 1 else round(x, 3)


def wastes_jo1(doc: Doc) -> None:
    """A tyre plant's report on the inventory of its wastes for 2025: the stock on 1 January, then under a merged
    `Движение отходов за 2025 год, т` the amount formed — which alone is the amount — and the amount handed over, the
    recipient with its BIN on a second line of the cell and the stock on 31 December, a total row (VI: a tyre factory's
    annual report, hazardous wastes in kilograms by half year with the year last, then its ordinary wastes in tonnes with
    the firm that takes them)."""
    if doc.lang == "vi":
        _wastes_jo1_vi(doc)
        return
    r = doc.rng
    L = _L(doc)
    g = doc.v
    bins = {k: make_bin(r) for k in RECIPIENTS}
    doc.h(g(f"Отчет по инвентаризации отходов за 2025 год. {SARAN['operator'][0]}", f"{SARAN['operator'][1]}. 2025 жылғы қалдықтарды түгендеу жөніндегі есеп", ""))
    doc.p(g("Отчет представлен в уполномоченный орган в области охраны окружающей среды до 1 марта 2026 года; количество отходов "
            "определено по актам взвешивания и актам приема-передачи.",
            "Есеп қоршаған ортаны қорғау саласындағы уәкілетті органға 2026 жылғы 1 наурызға дейін ұсынылды; қалдықтардың саны өлшеу "
            "актілері мен қабылдау-беру актілері бойынша анықталды.", ""))
    rows = [g(["№", "Код отхода", "Наименование отхода", "Остаток на 01.01.2025, т", "Движение отходов за 2025 год, т", None,
               "Получатель отходов (наименование, БИН)", "Остаток на 31.12.2025, т"],
              ["№", "Қалдық коды", "Қалдықтың атауы", "01.01.2025 қалдығы, т", "2025 жылғы қалдықтар қозғалысы, т", None,
               "Қалдықтарды алушы (атауы, БСН)", "31.12.2025 қалдығы, т"], []),
            [None, None, None, None, g("образовано", "түзілді", ""), g("передано", "берілді", ""), None, None]]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 6, 7)] + [(0, 4, 0, 5)]
    tot = [0.0, 0.0, 0.0, 0.0]
    for k, (code, n_ru, n_kk, (lo, hi), rec) in enumerate(TYRE_WASTES, 1):
        formed = _t(r.uniform(lo, hi))
        stock0 = _t(formed * r.choice((0, 0, 0.05, 0.1)))
        stock1 = _t(formed * r.choice((0, 0, 0.04, 0.08)))
        passed = _t(stock0 + formed - stock1)
        name = (n_ru, n_kk)[L]
        recipient = f"{RECIPIENTS[rec][L]}\n{g('БИН', 'БСН', '')} {bins[rec]}"
        rows.append([str(k), code, name, num(stock0, doc.lang) if stock0 else "–", num(formed, doc.lang), num(passed, doc.lang), recipient,
                     num(stock1, doc.lang) if stock1 else "–"])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": formed, "name_contains": _words(name, 3)})
        tot = [a + b for a, b in zip(tot, (stock0, formed, passed, stock1), strict=True)]
    rows.append(["", "", g("Итого", "Барлығы", ""), *(num(round(x, 3), doc.lang) for x in tot[:3]), "", num(round(tot[3], 3), doc.lang)])
    doc.table(g("Таблица 2 – Сведения об образовании и движении отходов", "2-кесте – Қалдықтардың түзілуі мен қозғалысы туралы мәліметтер", ""),
              rows, merges, role="wastes")
    doc.p(g("Опасные отходы переданы организациям, имеющим лицензию на выполнение работ по обращению с опасными отходами; "
            "резиносодержащие отходы переданы на переработку в резиновую крошку.",
            "Қауіпті қалдықтар қауіпті қалдықтармен жұмыс істеу жөніндегі жұмыстарды орындауға лицензиясы бар ұйымдарға берілді; "
            "құрамында резеңкесі бар қалдықтар резеңке үгіндісіне қайта өңдеуге берілді.", ""))
    _maybe_other(doc, "tyre")


# (VI CTNH code, (low, high) kg a year)
VN_TYRE_CTNH = (("18 02 01", (900, 2400)), ("18 01 03", (600, 1800)), ("18 01 02", (1500, 4200)), ("17 02 03", (2200, 6500)),
                ("16 01 06", (40, 160)), ("19 06 01", (120, 480)))
VN_TYRE_ORDINARY = (
    ("Lốp phế phẩm sau lưu hóa", (180, 420), "Công ty TNHH Tái chế Cao su Miền Trung"),
    ("Cao su ba via, đầu thừa từ khâu cắt gọt", (90, 260), "Công ty TNHH Tái chế Cao su Miền Trung"),
    ("Dây thép tanh, thép bố thừa", (60, 180), "Công ty Cổ phần Thép Hòa Phát Đà Nẵng"),
    ("Bao bì giấy, bao jumbo thải", (25, 70), "Hộ kinh doanh thu mua phế liệu Thanh Tâm"),
    ("Tro, xỉ lò hơi đốt than", (700, 1600), "Công ty Cổ phần Gạch không nung Liên Chiểu"),
)


def _wastes_jo1_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – CÔNG TY CỔ PHẦN LỐP XE SÔNG HÀN")
    doc.p("(Kỳ báo cáo từ ngày 01/01/2025 đến ngày 31/12/2025; cơ sở: Nhà máy sản xuất lốp xe radial toàn thép Hòa Khánh, KCN Hòa Khánh, "
          "thành phố Đà Nẵng)")
    doc.h("3. Kết quả quản lý chất thải")
    rows = [["TT", "Tên chất thải", "Mã CTNH", "Khối lượng phát sinh (kg)", None, None, "Tổ chức tiếp nhận, xử lý"],
            [None, None, None, "6 tháng đầu năm", "6 tháng cuối năm", "Cả năm", None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 5), (0, 6, 1, 6)]
    for k, (code, (lo, hi)) in enumerate(VN_TYRE_CTNH, 1):
        name = next(n for c, n, _ in vocab.VN_CTNH if c == code)
        h1, h2 = r.randint(lo // 20, hi // 20) * 10, r.randint(lo // 20, hi // 20) * 10
        rows.append([str(k), name, code, num(h1, "vi"), num(h2, "vi"), num(h1 + h2, "vi"), "Công ty TNHH Môi trường Xanh Miền Trung"])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": (h1 + h2) / 1000, "name_contains": _words(name, 4)})
    doc.table("Bảng 3.1. Chất thải nguy hại phát sinh", rows, merges, role="wastes")
    rows = [["TT", "Tên chất thải", "Khối lượng năm 2025 (tấn)", "Đơn vị tiếp nhận"]]
    for k, (name, (lo, hi), who) in enumerate(VN_TYRE_ORDINARY, 1):
        t = round(r.uniform(lo, hi), 1)
        rows.append([str(k), name, num(t, "vi"), who])
        doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": _words(name, 3)})
    doc.table("Bảng 3.2. Chất thải rắn công nghiệp thông thường", rows, role="wastes")
    _maybe_other(doc, "tyre")


BELTING = {
    "operator": ("ТОО «Karaganda Belting»", "«Karaganda Belting» ЖШС"),
    "place": ("г. Караганда, район имени Казыбек би, учетный квартал 115", "Қарағанды қ., Қазыбек би атындағы аудан, 115 есептік орам"),
}
# (code, RU, KK, HP, (low, high) t a year)
BELT_HAZ = (
    ("08 04 09*", "Отходы резинового клея и промазочных растворов", "Резеңке желімі мен майлау ерітінділерінің қалдықтары", "HP3, HP6, HP14", (2, 6)),
    ("14 06 03*", "Отработанный растворитель (нефрас) после промывки оборудования", "Жабдықты жуғаннан кейінгі пайдаланылған еріткіш (нефрас)",
     "HP3, HP5", (1, 4)),
    ("13 01 10*", "Отработанное гидравлическое масло прессов вулканизации лент", "Таспаларды вулкандау престерінің пайдаланылған гидравликалық майы",
     "HP5, HP14", (4, 12)),
    ("07 02 14*", "Пыль рукавных фильтров резиносмесителей", "Резеңке араластырғыштардың жеңді сүзгілерінің шаңы", "HP14", (3, 9)),
    ("15 01 10*", "Тара из-под химикатов и клеев", "Химикаттар мен желімдердің ыдысы", "HP6, HP14", (2, 7)),
    ("15 02 02*", "Промасленная ветошь", "Майланған шүберек", "HP3", (0.8, 2.5)),
    ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", "HP6", (0.08, 0.3)),
    ("16 06 01*", "Отработанные свинцовые аккумуляторы погрузчиков", "Тиегіштердің пайдаланылған қорғасын аккумуляторлары", "HP6, HP8", (0.3, 1.2)),
)  # fmt: skip
BELT_CANCELLED = ("08 01 11*", "Отходы краски и лака, содержащие органические растворители",
                  "Құрамында органикалық еріткіштер бар бояу және лак қалдықтары", "HP3, HP6", (0.5, 1.2))
BELT_NONHAZ = (
    ("07 02 99", "Обрезки невулканизованной резиновой смеси", "Вулкандалмаған резеңке қоспасының кесінділері", (60, 150)),
    ("04 02 09", "Обрезки прорезиненной ткани (бельтинга) и кромки лент", "Резеңкеленген мата (бельтинг) кесінділері және таспа жиектері", (40, 110)),
    ("07 02 99", "Вулканизованный брак конвейерных лент и рукавов", "Конвейер таспалары мен жеңдердің вулкандалған ақауы", (30, 90)),
    ("15 01 01", "Картонная и бумажная упаковка", "Картон және қағаз орама", (10, 30)),
    ("20 03 01", "Смешанные коммунальные отходы", "Аралас коммуналдық қалдықтар", (40, 80)),
)  # fmt: skip


def wastes_jo2(doc: Doc) -> None:
    """The register of the passports of hazardous wastes kept by a conveyor-belt and rubber-hose plant: the passport's
    registration number and date, the code, the name, the hazardous properties `HP3, HP6, HP14`, the tonnes a year and the
    passport's status, one passport cancelled in 2025 when the hose painting line closed — its waste is no longer formed
    and gives no item — and the non-hazardous wastes, which need no passport, in a second table with the same code on two
    rows (VI: the waste annex of a glove plant's GPMT, hazardous wastes with their state and kilograms a year, ordinary
    wastes in tonnes under two group rows — reused or recycled, and to be treated)."""
    if doc.lang == "vi":
        _wastes_jo2_vi(doc)
        return
    r = doc.rng
    L = _L(doc)
    g = doc.v
    doc.h(g(f"Реестр паспортов опасных отходов {BELTING['operator'][0]} (по состоянию на 01.01.2026)",
            f"{BELTING['operator'][1]} қауіпті қалдықтар паспорттарының тізілімі (01.01.2026 жағдай бойынша)", ""))
    doc.p(g("Паспорта опасных отходов составлены в соответствии со статьей 343 Экологического кодекса Республики Казахстан и "
            "направлены в уполномоченный орган в течение трех месяцев с момента образования отходов.",
            "Қауіпті қалдықтардың паспорттары Қазақстан Республикасы Экология кодексінің 343-бабына сәйкес жасалды және қалдықтар "
            "түзілген сәттен бастап үш ай ішінде уәкілетті органға жіберілді.", ""))
    rows = [g(["№", "Рег. № паспорта", "Дата составления", "Код отхода", "Наименование отхода", "Опасные свойства", "Образование, т/год",
               "Статус паспорта"],
              ["№", "Паспорттың тірк. №", "Жасалған күні", "Қалдық коды", "Қалдықтың атауы", "Қауіпті қасиеттері", "Түзілуі, т/жыл",
               "Паспорттың мәртебесі"], [])]
    items = [(c, n_ru, n_kk, hp, rng, False) for c, n_ru, n_kk, hp, rng in BELT_HAZ]
    items.insert(r.randint(2, 6), (*BELT_CANCELLED, True))
    for k, (code, n_ru, n_kk, hp, (lo, hi), cancelled) in enumerate(items, 1):
        t = _t(r.uniform(lo, hi))
        name = (n_ru, n_kk)[L]
        status = (g("аннулирован 14.07.2025 (участок окраски металлорукавов закрыт)",
                    "14.07.2025 жойылды (металл жеңдерді бояу учаскесі жабылды)", "") if cancelled else g("действует", "қолданыста", ""))
        year = r.choice((2023, 2024))
        rows.append([str(k), f"ПОО-{k:02d}/{year}", _date(doc, year), code, name, hp, num(t, doc.lang), status])
        if not cancelled:
            doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": True, "amount_t": t, "name_contains": _words(name, 3)})
    doc.table(g("Таблица 1 – Паспорта опасных отходов", "1-кесте – Қауіпті қалдықтардың паспорттары", ""), rows, role="wastes")
    rows = [g(["№", "Код отхода", "Наименование отхода", "Образование, т/год"], ["№", "Қалдық коды", "Қалдықтың атауы", "Түзілуі, т/жыл"], [])]
    for k, (code, n_ru, n_kk, (lo, hi)) in enumerate(BELT_NONHAZ, 1):
        t = _t(r.uniform(lo, hi))
        name = (n_ru, n_kk)[L]
        rows.append([str(k), code, name, num(t, doc.lang)])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": False, "amount_t": t, "name_contains": _words(name, 3)})
    doc.table(g("Таблица 2 – Неопасные отходы (паспорта не составляются)", "2-кесте – Қауіпті емес қалдықтар (паспорттар жасалмайды)", ""),
              rows, role="wastes")


VN_GLOVE_CTNH = (("18 02 01", "Rắn", (1200, 3000)), ("18 01 03", "Rắn", (2500, 6000)), ("18 01 02", "Rắn", (800, 2400)),
                 ("17 02 03", "Lỏng", (600, 1800)), ("16 01 06", "Rắn", (60, 200)))
VN_GLOVE_ORDINARY = (
    ("I. Nhóm chất thải được tái sử dụng, tái chế làm nguyên liệu sản xuất", (
        ("Găng tay phế phẩm (lỗi kỹ thuật, lủng, dính)", (180, 420)),
        ("Bao bì carton, giấy thải", (60, 150)),
        ("Pallet gỗ hư hỏng", (20, 60)))),
    ("II. Nhóm chất thải phải xử lý", (
        ("Bùn thải từ hệ thống xử lý nước thải (đã phân định không nguy hại)", (350, 900)),
        ("Tro, xỉ lò hơi đốt củi", (400, 1100)),
        ("Khuôn tay bằng sứ vỡ, hỏng", (8, 25)))),
)


def _wastes_jo2_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("PHỤ LỤC 3. NỘI DUNG ĐỀ NGHỊ CẤP PHÉP VỀ QUẢN LÝ CHẤT THẢI – NHÀ MÁY SẢN XUẤT GĂNG TAY CAO SU TRẢNG BÀNG")
    doc.p("(Kèm theo Giấy phép môi trường của Công ty TNHH Găng tay Y tế Nam Việt)")
    doc.h("A. Khối lượng, chủng loại chất thải nguy hại phát sinh thường xuyên")
    rows = [["TT", "Tên chất thải", "Trạng thái tồn tại", "Mã CTNH", "Khối lượng (kg/năm)"]]
    for k, (code, state, (lo, hi)) in enumerate(VN_GLOVE_CTNH, 1):
        name = next(n for c, n, _ in vocab.VN_CTNH if c == code)
        kg = r.randint(lo // 10, hi // 10) * 10
        rows.append([str(k), name, state, code, num(kg, "vi")])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000, "name_contains": _words(name, 4)})
    total = sum(float(row[4].replace(".", "")) for row in rows[1:])
    rows.append(["", "Tổng khối lượng", "", "", num(total, "vi")])
    doc.table(None, rows, role="wastes")
    doc.h("B. Khối lượng, chủng loại chất thải rắn công nghiệp thông thường phát sinh")
    rows, merges = [["TT", "Tên chất thải", "Khối lượng (tấn/năm)"]], []
    for group, wastes in VN_GLOVE_ORDINARY:
        _span(rows, merges, group, 3)
        for k, (name, (lo, hi)) in enumerate(wastes, 1):
            t = round(r.uniform(lo, hi), 1)
            rows.append([str(k), name, num(t, "vi")])
            doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": _words(name, 3)})
    doc.table(None, rows, merges, role="wastes")
    doc.p("Chủ cơ sở phải phân định bùn thải của hệ thống xử lý nước thải định kỳ 01 lần/năm; trường hợp có thành phần nguy hại vượt ngưỡng "
          "thì quản lý như chất thải nguy hại.")
    _maybe_other(doc, "glove")


# ---------------------------------------------------------------- limits

# code: (norm on natural gas or None, norm on diesel fuel), mg/Nm3 at 3 % O2
BOILER_NORMS = {"0301": (200, 300), "0337": (120, 150), "0330": (None, 350), "0328": (None, 50)}


def limits_jo1(doc: Doc) -> None:
    """A tyre plant's report on the measurements at its boiler house's stack (ИЗА 0001) against the КЭР's technological
    norms, which stand side by side for natural gas and for the reserve diesel fuel under a merged header, the year's four
    quarters as columns with the fuel burnt written in each quarter's header — the third on diesel while the gas main was
    repaired, as the footnote says — so that each result is judged against the norm of its own fuel; sulphur dioxide and
    soot have no norm on gas and a dash where gas was burnt (VI: a tyre factory's connection manhole to the park's central
    treatment plant by quarter against the park's own connection limits in the last column, which belong to no column of a
    standard, zinc `KPH` in one quarter with no value, the flow with no limit)."""
    if doc.lang == "vi":
        _limits_jo1_vi(doc)
        return
    r = doc.rng
    g = doc.v
    doc.h(g(f"Отчет по производственному экологическому контролю за 2025 год. {SARAN['operator'][0]}",
            f"{SARAN['operator'][1]}. 2025 жылғы өндірістік экологиялық бақылау жөніндегі есеп", ""))
    doc.h(g("4.1. Контроль на источнике ИЗА 0001 – дымовая труба котельной", "4.1. 0001 ЛШК көзіндегі бақылау – қазандықтың түтін мұржасы", ""))
    doc.p(g("Котельная снабжает паром вулканизационный цех и работает круглый год; основное топливо – природный газ, резервное – "
            "дизельное топливо. Замеры выполнены аккредитованной лабораторией, результаты приведены к нормальным условиям и 3 % O2.",
            "Қазандық вулкандау цехын бумен жабдықтайды және жыл бойы жұмыс істейді; негізгі отын – табиғи газ, резервтік отын – дизель "
            "отыны. Өлшеулерді аккредиттелген зертхана орындады, нәтижелер қалыпты жағдайларға және 3 % O2-ге келтірілген.", ""))
    fuels = ("gas", "gas", "diesel", "gas")
    fw = {"gas": g("газ", "газ", ""), "diesel": g("ДТ*", "ДО*", "")}
    rows = [g(["Код ЗВ", "Наименование ЗВ", "Технологический норматив (КЭР), мг/Нм³", None, "Результаты измерений, мг/Нм³", None, None, None],
              ["ЛЗ коды", "ЛЗ атауы", "Технологиялық норматив (КЭР), мг/Нм³", None, "Өлшеу нәтижелері, мг/Нм³", None, None, None], []),
            [None, None, g("природный газ", "табиғи газ", ""), g("дизельное топливо (резерв)", "дизель отыны (резерв)", ""),
             *(g(f"{q} кв. ({fw[f]})", f"{q} тоқсан ({fw[f]})", "") for q, f in zip(("I", "II", "III", "IV"), fuels, strict=True))]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 0, 7)]
    for c, (ngas, ndiesel) in BOILER_NORMS.items():
        line = [c, _air(doc, c), num(ngas, doc.lang) if ngas else "–", num(ndiesel, doc.lang)]
        for fuel in fuels:
            norm = ngas if fuel == "gas" else ndiesel
            if norm is None:
                line.append("–")
                continue
            v = float(round(norm * r.uniform(0.3, 0.9)))
            line.append(num(v, doc.lang))
            add(doc, limit(("code", c), "flue_gas", norm, "mg/Nm3", None, "0001", v))
        rows.append(line)
    doc.table(g("Таблица 4.1 – Результаты инструментальных замеров на ИЗА 0001", "4.1-кесте – 0001 ЛШК-дағы аспаптық өлшеулердің нәтижелері", ""),
              rows, merges, role="limits")
    doc.add("sources", {"number": "0001", "type": "organized"})
    doc.p(g(f"* С {r.randint(3, 9):02d}.08.2025 по {r.randint(20, 28)}.08.2025 котельная работала на дизельном топливе в связи с ремонтом "
            "подводящего газопровода; замер III квартала выполнен в этот период.",
            f"* 2025 жылғы {r.randint(3, 9)} тамыздан {r.randint(20, 28)} тамызға дейін қазандық жеткізуші газ құбырын жөндеуге байланысты "
            "дизель отынымен жұмыс істеді; III тоқсандағы өлшеу осы кезеңде орындалды.", ""))
    _maybe_other(doc, "tyre")


# symbol: (VI label, unit, limit of the park)
HOA_KHANH_LIMITS = {
    "pH": ("pH", None, (5.5, 9)), "TSS": ("Tổng chất rắn lơ lửng (TSS)", "mg/l", 200), "BOD5": ("BOD5 (20°C)", "mg/l", 100),
    "COD": ("COD", "mg/l", 250), "NH4+": ("Amoni (tính theo N)", "mg/l", 15), "TN": ("Tổng nitơ (tính theo N)", "mg/l", 40),
    "TPH": ("Tổng dầu mỡ khoáng", "mg/l", 10), "Zn": ("Kẽm (Zn)", "mg/l", 3), "Coliform": ("Tổng Coliforms", "MPN/100ml", 10000),
}  # fmt: skip


def _limits_jo1_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("BÁO CÁO KẾT QUẢ QUAN TRẮC NƯỚC THẢI NĂM 2025 – NHÀ MÁY SẢN XUẤT LỐP XE RADIAL TOÀN THÉP HÒA KHÁNH")
    doc.p("Nước thải sinh hoạt và nước xả đáy tháp giải nhiệt của nhà máy được xử lý sơ bộ rồi đấu nối vào hệ thống thu gom của KCN Hòa "
          "Khánh. Vị trí lấy mẫu NT1: hố ga đấu nối cuối cùng trước khi xả vào hệ thống thu gom của KCN. Giới hạn so sánh theo Quy định "
          "đấu nối nước thải của Công ty phát triển hạ tầng KCN (hợp đồng xử lý nước thải ký năm 2024).")
    keys = list(HOA_KHANH_LIMITS)
    kph_q = r.randrange(4)
    rows = [["TT", "Thông số", "Đơn vị", "Quý I", "Quý II", "Quý III", "Quý IV", "Giới hạn tiếp nhận của KCN"],
            ["", "Lưu lượng nước thải", "m³/ngày đêm", *(num(r.randint(180, 320), "vi") for _ in range(4)), "-"]]
    for k, s in enumerate(keys, 1):
        label, unit, lim = HOA_KHANH_LIMITS[s]
        line = [str(k), label, unit or "-"]
        for q in range(4):
            if s == "pH":
                v = round(r.uniform(6.6, 8.2), 1)
            elif s == "Coliform":
                v = float(r.choice((1100, 2300, 4600, 7500)))
            elif s == "Zn" and q == kph_q:
                line.append("KPH (MDL = 0,01)")
                add(doc, {k2: x for k2, x in limit(("symbol", s), "waste_water", lim, unit, None, "NT1").items() if k2 != "value"})
                continue
            else:
                v = _sig(lim * r.uniform(0.15, 0.85), 3)
            line.append(num(v, "vi"))
            add(doc, limit(("symbol", s), "waste_water", lim, unit, None, "NT1", v))
        line.append(f"{num(lim[0], 'vi')} – {num(lim[1], 'vi')}" if isinstance(lim, tuple) else num(lim, "vi"))
        rows.append(line)
    doc.table("Bảng 2. Kết quả phân tích nước thải tại vị trí NT1", rows, role="limits")
    doc.p("Nhận xét: các thông số đều nằm trong giới hạn tiếp nhận của KCN Hòa Khánh. KPH: không phát hiện; MDL: giới hạn phát hiện của phương pháp.")
    _maybe_other(doc, "tyre")


WELLS = (("Скв-1", "фоновая, 150 м выше по потоку", "фондық, ағыс бойынша 150 м жоғары"),
         ("Скв-2", "южная граница площадки хранения шин", "шиналарды сақтау алаңының оңтүстік шекарасы"),
         ("Скв-3", "ниже по потоку, 80 м от площадки", "ағыс бойынша төмен, алаңнан 80 м"))
# symbol: (ПДК, (low, high) share of the ПДК)
WELL_PDK = {"pH": ((6, 9), None), "TDS": (1000, (0.4, 0.9)), "Cl-": (350, (0.2, 0.7)), "SO4": (500, (0.2, 0.8)), "Fe": (0.3, (0.3, 1.2)),
            "TPH": (0.1, (0.2, 1.4)), "Phenols": (0.001, None), "Zn": (5, (0.002, 0.05))}


def limits_jo2(doc: Doc) -> None:
    """Groundwater in the control wells around a reclaim works' yard of old tyres: the background well above the flow and
    two wells below it as column groups, each over a spring and an autumn column, the drinking-water ПДК in a column of its
    own before them, pH as a range `6–9`, volatile phenols below the method's limit `< 0,0005` with no value, an oil
    value above the ПДК named in the note under the table (VI: a glove plant's three stacks — the chlorination scrubber, the
    wood-fired boiler and the LPG former oven — each as a column pair result and Cmax, the gas flow and each stack's own Kp
    in rows under the header, so that the limits of QCVN 19:2009/BTNMT column B differ from stack to stack, Kv given only in
    the note)."""
    if doc.lang == "vi":
        _limits_jo2_vi(doc)
        return
    r = doc.rng
    L = _L(doc)
    g = doc.v
    doc.h(g(f"Протокол испытаний подземных вод № {r.randint(40, 190)}/25. {EKIBASTUZ['operator'][0]}",
            f"{EKIBASTUZ['operator'][1]}. Жерасты суларын сынау хаттамасы № {r.randint(40, 190)}/25", ""))
    doc.p(g("Пробы отобраны из наблюдательных скважин вокруг площадки хранения изношенных шин, принятой вместе с территорией бывшей "
            "автобазы, в апреле и октябре 2025 года. Нормативы – предельно допустимые концентрации для воды хозяйственно-питьевого "
            "назначения.",
            "Сынамалар бұрынғы автобаза аумағымен бірге қабылданған тозған шиналарды сақтау алаңының айналасындағы бақылау ұңғымаларынан "
            "2025 жылғы сәуір мен қазанда алынды. Нормативтер – шаруашылық-ауыз су мақсатындағы суға арналған шекті рұқсат етілген "
            "концентрациялар.", ""))
    head0 = [g("Показатель", "Көрсеткіш", ""), g("ПДК, мг/дм³", "ШРК, мг/дм³", "")]
    head1 = [None, None]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1)]
    for w, d_ru, d_kk in WELLS:
        head0 += [f"{w} ({(d_ru, d_kk)[L]})", None]
        head1 += [g("апрель", "сәуір", ""), g("октябрь", "қазан", "")]
        merges.append((0, len(head0) - 2, 0, len(head0) - 1))
    rows = [head0, head1]
    over = []
    for s, (pdk, share) in WELL_PDK.items():
        name = vocab.water(s, doc.lang)
        line = [name, f"{num(pdk[0], doc.lang)}–{num(pdk[1], doc.lang)}" if isinstance(pdk, tuple) else num(pdk, doc.lang)]
        for w, _, _ in WELLS:
            for _ in range(2):
                if s == "Phenols":
                    if r.random() < 0.5:
                        line.append("< 0,0005")
                        add(doc, {k: x for k, x in limit(("symbol", s), "water", pdk, "mg/l", None, w).items() if k != "value"})
                        continue
                    v = _sig(pdk * r.uniform(0.5, 0.9), 2)
                elif s == "pH":
                    v = round(r.uniform(6.9, 8.1), 1)
                else:
                    lo, hi = share
                    if w == "Скв-1":
                        hi = min(hi, 0.8)
                    v = _sig(pdk * r.uniform(lo, hi), 2 if pdk < 1 else 3)
                    if v > pdk:
                        over.append(f"{name} ({w})")
                line.append(num(v, doc.lang))
                add(doc, limit(("symbol", s), "water", pdk, "mg/l", None, w, v))
        rows.append(line)
    doc.table(g("Таблица 1 – Результаты испытаний подземных вод", "1-кесте – Жерасты суларын сынау нәтижелері", ""), rows, merges, role="limits")
    if over:
        doc.p(g(f"Превышение ПДК отмечено: {'; '.join(dict.fromkeys(over))}.", f"ШРК-дан асу байқалды: {'; '.join(dict.fromkeys(over))}.", ""))
    else:
        doc.p(g("Превышений ПДК не выявлено.", "ШРК-дан асу анықталған жоқ.", ""))
    _maybe_other(doc, "reclaim")


# stack: (VI label, flow m3/h (low, high), Kp, {code: C of column B})
GLOVE_STACKS = (
    ("KT1", "Tháp hấp thụ khí clo (dây chuyền clo hóa)", (7500, 9500), 1.0, {"0316": 50, "0349": 10}),
    ("KT2", "Ống khói lò hơi đốt củi 15 tấn hơi/giờ", (28000, 36000), 0.9, {"2902": 200, "0330": 500, "0301": 850, "0337": 1000}),
    ("KT3", "Ống thải lò sấy khuôn (đốt LPG)", (105000, 125000), 0.8, {"2902": 200, "0301": 850, "0337": 1000}),
)
GLOVE_PARAMS = ("2902", "0330", "0301", "0337", "0316", "0349")


def _limits_jo2_vi(doc: Doc) -> None:
    r = doc.rng
    kv = 1.0
    doc.h(f"KẾT QUẢ QUAN TRẮC KHÍ THẢI ĐỊNH KỲ QUÝ {doc.pick(('II', 'III'))} NĂM 2025 – NHÀ MÁY SẢN XUẤT GĂNG TAY CAO SU TRẢNG BÀNG")
    doc.p("Quy chuẩn so sánh: QCVN 19:2009/BTNMT, cột B; Cmax = C × Kp × Kv, trong đó Kp theo lưu lượng khí thải của từng ống thải, "
          f"Kv = {num(kv, 'vi')} (cơ sở nằm trong khu công nghiệp).")
    head0 = ["TT", "Thông số", "Đơn vị"]
    head1 = [None, None, None]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2)]
    for pid, label, _, _, _ in GLOVE_STACKS:
        head0 += [f"{pid} – {label}", None]
        head1 += ["Kết quả", "Cmax"]
        merges.append((0, len(head0) - 2, 0, len(head0) - 1))
    flow_row, kp_row = ["", "Lưu lượng khí thải", "m³/h"], ["", "Hệ số Kp", "-"]
    for _, _, (lo, hi), kp, _ in GLOVE_STACKS:
        flow_row += [num(r.randint(lo // 100, hi // 100) * 100, "vi"), "-"]
        kp_row += ["-", num(kp, "vi")]
    rows = [head0, head1, flow_row, kp_row]
    for k, c in enumerate(GLOVE_PARAMS, 1):
        line = [str(k), _air(doc, c), "mg/Nm³"]
        for pid, _, _, kp, limits in GLOVE_STACKS:
            if c not in limits:
                line += ["-", "-"]
                continue
            cmax = _sig(limits[c] * kp * kv, 6)
            v = _sig(cmax * r.uniform(0.1, 0.75), 3)
            line += [num(v, "vi"), num(cmax, "vi")]
            add(doc, limit(("code", c), "flue_gas", cmax, "mg/Nm3", "B", pid, v))
        rows.append(line)
    doc.table("Bảng 1. Kết quả phân tích khí thải tại các ống thải", rows, merges, role="limits")
    doc.p("Nhận xét: nồng độ các thông số tại 03 ống thải đều nhỏ hơn Cmax tương ứng.")


# ---------------------------------------------------------------- monitoring

# code: (RU short, KK short)
SHORT = {"0301": ("NO2", "NO2"), "0304": ("NO", "NO"), "0337": ("CO", "CO"), "0328": ("сажа", "күйе"), "0207": ("ZnO", "ZnO"),
         "0331": ("сера", "күкірт"), "0333": ("H2S", "H2S"), "0334": ("CS2", "CS2"), "0620": ("стирол", "стирол"), "2704": ("бензин", "бензин")}
FREQ_ABBR = {"quarterly": ("1 р/кв", "1 р/тоқс"), "monthly": ("1 р/мес", "1 р/ай"), "semiannual": ("2 р/год", "2 р/жыл"),
             "yearly": ("1 р/год", "1 р/жыл"), "continuous": ("АСМ", "АМЖ")}
# (number or point, RU, KK, {code: frequency})
TYRE_MATRIX = (
    ("0001", "Дымовая труба котельной", "Қазандықтың түтін мұржасы", {"0301": "continuous", "0304": "quarterly", "0337": "continuous"}),
    ("0003", "Резиносмеситель № 1", "№ 1 резеңке араластырғыш", {"0328": "quarterly", "0207": "semiannual", "0620": "quarterly"}),
    ("0004", "Резиносмеситель № 2", "№ 2 резеңке араластырғыш", {"0328": "quarterly", "0207": "semiannual", "0620": "quarterly"}),
    ("0007", "Крышный вентилятор В-1 вулканизационного цеха", "Вулкандау цехының В-1 шатыр желдеткіші",
     {"0337": "semiannual", "0333": "quarterly", "0334": "quarterly", "0620": "quarterly"}),
    ("0008", "Крышный вентилятор В-2 вулканизационного цеха", "Вулкандау цехының В-2 шатыр желдеткіші",
     {"0337": "semiannual", "0333": "quarterly", "0334": "quarterly", "0620": "quarterly"}),
    ("0009", "Вытяжка клеевого отделения", "Желім бөлімшесінің сорғышы", {"2704": "monthly"}),
    ("0010", "Склад серы", "Күкірт қоймасы", {"0331": "semiannual"}),
    ("Т-1", "Граница СЗЗ, север", "СҚА шекарасы, солтүстік", {"0301": "quarterly", "0328": "quarterly", "0333": "quarterly", "0334": "quarterly", "0620": "semiannual"}),
    ("Т-2", "Граница СЗЗ, восток", "СҚА шекарасы, шығыс", {"0301": "quarterly", "0328": "quarterly", "0333": "quarterly", "0334": "quarterly", "0620": "semiannual"}),
    ("Т-3", "Граница СЗЗ, юг (жилой массив Сарани)", "СҚА шекарасы, оңтүстік (Саран тұрғын алабы)",
     {"0301": "quarterly", "0328": "quarterly", "0333": "quarterly", "0334": "quarterly", "0620": "semiannual"}),
    ("Т-4", "Граница СЗЗ, запад", "СҚА шекарасы, батыс", {"0301": "quarterly", "0328": "quarterly", "0333": "quarterly", "0334": "quarterly", "0620": "semiannual"}),
)  # fmt: skip


def monitoring_jo1(doc: Doc) -> None:
    """A tyre plant's ПЭК matrix: its sources and the boundary points of the protection zone as rows, the substances as
    columns under a merged `Контролируемые вещества`, a row of codes and a row of short names (`NO2`, `сажа`, `CS2`), each
    cell holding the frequency abbreviated (`1 р/кв`, `1 р/мес`, `2 р/год`) or `АСМ` for the automated system and a dash
    where the substance is not controlled, the abbreviations explained in a note under the table (VI: a tyre factory's
    stacks against the parameters, `Liên tục`, `03 tháng/lần`, `06 tháng/lần` in the cells, the flow column giving no
    substance)."""
    if doc.lang == "vi":
        _monitoring_jo1_vi(doc)
        return
    r = doc.rng
    L = _L(doc)
    g = doc.v
    codes = list(SHORT)
    rowsdef = [x for x in TYRE_MATRIX if x[0] not in ("0004", "Т-2", "Т-4") or r.random() < 0.6]
    doc.h(g(f"Программа производственного экологического контроля на 2026–2028 годы. {SARAN['operator'][0]}",
            f"{SARAN['operator'][1]}. 2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.h(g("5.2. План-график мониторинга эмиссий и воздействия на атмосферный воздух",
            "5.2. Эмиссиялар мен атмосфералық ауаға әсер ету мониторингінің кесте-жоспары", ""))
    width = 2 + len(codes)
    rows = [[g("№ ИЗА, точка", "ЛШК, нүкте №", ""), g("Источник, место отбора", "Көз, сынама алу орны", ""),
             g("Контролируемые вещества и периодичность контроля", "Бақыланатын заттар және бақылау кезеңділігі", ""), *[None] * (len(codes) - 1)],
            [None, None, *codes],
            [None, None, *(SHORT[c][L] for c in codes)]]
    merges = [(0, 0, 2, 0), (0, 1, 2, 1), (0, 2, 0, width - 1)]
    numbers, pairs = [], []
    for key, n_ru, n_kk, plan in rowsdef:
        line = [key, (n_ru, n_kk)[L]]
        for c in codes:
            w = plan.get(c)
            line.append(FREQ_ABBR[w][L] if w else "–")
            if w:
                loc = "point" if key.startswith("Т") else "source_number"
                doc.add("monitoring", {loc: key, "code": c, "frequency": w})
                if loc == "source_number":
                    pairs.append((key, c))
        if not key.startswith("Т"):
            numbers.append(key)
        rows.append(line)
    doc.table(g("Таблица 5.2 – Матрица контроля", "5.2-кесте – Бақылау матрицасы", ""), rows, merges, role="monitoring")
    doc.p(g("Условные обозначения: 1 р/кв – один раз в квартал; 1 р/мес – один раз в месяц; 2 р/год – два раза в год; АСМ – "
            "непрерывно, автоматизированной системой мониторинга эмиссий; «–» – контроль не проводится.",
            "Шартты белгілер: 1 р/тоқс – тоқсанына бір рет; 1 р/ай – айына бір рет; 2 р/жыл – жылына екі рет; АМЖ – эмиссиялар "
            "мониторингінің автоматтандырылған жүйесімен үздіксіз; «–» – бақылау жүргізілмейді.", ""))
    doc.add("sources", *({"number": n, "type": "organized"} for n in numbers))
    doc.add("emissions", *(emission(c, None, None, n) for n, c in pairs))
    _maybe_other(doc, "tyre")


VN_TYRE_MATRIX = (
    ("KT1", "Ống khói lò hơi đốt than 20 tấn hơi/giờ", {"2902": "continuous", "0330": "continuous", "0301": "continuous", "0337": "continuous"}),
    ("KT2", "Ống thải hệ thống lọc bụi túi khu cân, luyện kín", {"2902": "quarterly", "0328": "quarterly"}),
    ("KT3", "Ống thải xưởng lưu hóa lốp", {"0337": "semiannual", "0333": "quarterly", "0334": "semiannual", "0620": "semiannual"}),
)
VN_FREQ_CELL = {"continuous": "Liên tục", "quarterly": "03 tháng/lần", "semiannual": "06 tháng/lần"}


def _monitoring_jo1_vi(doc: Doc) -> None:
    codes = ["2902", "0328", "0330", "0301", "0337", "0333", "0334", "0620"]
    doc.h("CHƯƠNG TRÌNH QUAN TRẮC KHÍ THẢI – NHÀ MÁY SẢN XUẤT LỐP XE RADIAL TOÀN THÉP HÒA KHÁNH")
    doc.p("Ống khói lò hơi KT1 thuộc đối tượng quan trắc khí thải tự động, liên tục theo Phụ lục XXIX Nghị định số 08/2022/NĐ-CP; dữ liệu "
          "được truyền về Sở Nông nghiệp và Môi trường thành phố Đà Nẵng. Các ống thải khác quan trắc định kỳ.")
    rows = [["Ký hiệu", "Vị trí quan trắc", "Thông số và tần suất quan trắc", *[None] * len(codes)],
            [None, None, "Lưu lượng", *(_air(doc, c) for c in codes)]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 2 + len(codes))]
    for pid, place, plan in VN_TYRE_MATRIX:
        line = [pid, place, "Liên tục" if pid == "KT1" else "03 tháng/lần"]
        for c in codes:
            w = plan.get(c)
            line.append(VN_FREQ_CELL[w] if w else "-")
            if w:
                doc.add("monitoring", {"point": pid, "code": c, "frequency": w})
        rows.append(line)
    doc.table("Bảng 5.1. Vị trí, thông số và tần suất quan trắc khí thải", rows, merges, role="monitoring")
    doc.p("Quy chuẩn so sánh: QCVN 19:2009/BTNMT cột B (Kp = 0,9; Kv = 0,8) và QCVN 20:2009/BTNMT.")
    _maybe_other(doc, "tyre")


# (kind of place, key, RU place, KK place, [(kind, key)], RU params, KK params, dates RU, dates KK, samplings, frequency)
BELT_CALENDAR = (
    ("source", "0001", "ИЗА 0001 – дымовая труба котельной", "0001 ЛШК – қазандықтың түтін мұржасы", [("code", "0301"), ("code", "0304"), ("code", "0337")],
     "азота диоксид, азот (II) оксид, углерод оксид", "азот диоксиді, азот оксиді, көміртек оксиді",
     "15.01; 16.04; 15.07; 15.10", "15.01; 16.04; 15.07; 15.10", 4, "quarterly"),
    ("source", "0002", "ИЗА 0002 – аспирация резиносмесителя (рукавный фильтр)", "0002 ЛШК – резеңке араластырғыштың аспирациясы (жеңді сүзгі)",
     [("code", "0328"), ("code", "0207")], "углерод (сажа), цинк оксид", "көміртек (күйе), мырыш оксиді", "22.04; 21.10", "22.04; 21.10", 2, "semiannual"),
    ("source", "0004", "ИЗА 0004 – вытяжка клеепромазочной машины", "0004 ЛШК – желім жағу машинасының сорғышы", [("code", "2704")],
     "бензин (нефтяной)", "бензин (мұнайлы)", "ежемесячно, 10-го числа (в выходной день – в следующий рабочий)",
     "ай сайын, 10-күні (демалыс күнге түссе – келесі жұмыс күні)", 12, "monthly"),
    ("source", "0005", "ИЗА 0005 – вытяжка прессов вулканизации лент", "0005 ЛШК – таспаларды вулкандау престерінің сорғышы",
     [("code", "0333"), ("code", "0337"), ("code", "0620")], "сероводород, углерод оксид, стирол", "күкіртсутек, көміртек оксиді, стирол",
     "16.04; 15.10", "16.04; 15.10", 2, "semiannual"),
    ("point", "КК-3", "КК-3 – выпуск ливневых стоков в городской коллектор", "КК-3 – нөсер ағындарын қалалық коллекторға шығару",
     [("symbol", "pH"), ("symbol", "TSS"), ("symbol", "TPH")], "pH, взвешенные вещества, нефтепродукты", "pH, қалқыма заттар, мұнай өнімдері",
     "15.04; 15.05; 15.06; 15.07; 15.08; 15.09; 15.10", "15.04; 15.05; 15.06; 15.07; 15.08; 15.09; 15.10", 7, "monthly"),
    ("points", ("Т-1", "Т-2"), "Т-1 (север) и Т-2 (юг) – граница СЗЗ", "Т-1 (солтүстік) және Т-2 (оңтүстік) – СҚА шекарасы",
     [("code", "0328"), ("code", "0301"), ("code", "0333")], "сажа, азота диоксид, сероводород", "күйе, азот диоксиді, күкіртсутек",
     "15.07", "15.07", 2, "yearly"),
    ("point", "П-1", "П-1 – почва у склада ГСМ", "П-1 – ЖЖМ қоймасы жанындағы топырақ", [("symbol", "TPH"), ("symbol", "Pb"), ("symbol", "Zn")],
     "нефтепродукты, свинец, цинк", "мұнай өнімдері, қорғасын, мырыш", "21.09", "21.09", 1, "yearly"),
)  # fmt: skip


def monitoring_jo2(doc: Doc) -> None:
    """The annex of a contract with an accredited laboratory, the calendar of sampling at a conveyor-belt and hose plant for
    2026, where no frequency is written but the days and months of the samplings (`15.01; 16.04; 15.07; 15.10`, `22.04;
    21.10`), the glue room's stack once a month on the tenth, a storm outlet sampled on seven dates from April to October,
    the boundary points and the soil on one date, and the number of samples in the last column — so the dates alone tell
    quarterly, twice a year, monthly or once (VI: a latex plant's GPMT programme with the months of sampling in the tapping
    season and the wintering months without production in a note, an automatic station beside the periodic samples)."""
    if doc.lang == "vi":
        _monitoring_jo2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    doc.p(g(f"Приложение 1 к договору № {doc.rng.randint(12, 96)}-ЛК/26 на оказание услуг по лабораторному контролю",
            f"Зертханалық бақылау қызметтерін көрсетуге арналған № {doc.rng.randint(12, 96)}-ЛК/26 шартқа 1-қосымша", ""))
    doc.h(g(f"Календарный план отбора проб на 2026 год. {BELTING['operator'][0]}", f"{BELTING['operator'][1]}. 2026 жылға арналған сынама алудың күнтізбелік жоспары", ""))
    doc.p(g("Исполнитель выполняет отбор проб в указанные даты; при неблагоприятных погодных условиях отбор переносится на ближайший "
            "рабочий день с уведомлением заказчика. Результаты передаются заказчику в течение 10 рабочих дней.",
            "Орындаушы сынамаларды көрсетілген күндері алады; ауа райы қолайсыз болған жағдайда сынама алу тапсырыс берушіні хабардар ете "
            "отырып ең жақын жұмыс күніне ауыстырылады. Нәтижелер тапсырыс берушіге 10 жұмыс күні ішінде беріледі.", ""))
    rows = [g(["№", "Объект контроля, место отбора", "Определяемые показатели", "Даты отбора проб (число.месяц)", "Количество проб в год"],
              ["№", "Бақылау объектісі, сынама алу орны", "Анықталатын көрсеткіштер", "Сынама алу күндері (күн.ай)", "Жылына сынамалар саны"], [])]
    numbers, pairs = [], []
    for k, (kind, key, p_ru, p_kk, items, par_ru, par_kk, d_ru, d_kk, count, w) in enumerate(BELT_CALENDAR, 1):
        rows.append([str(k), (p_ru, p_kk)[L], (par_ru, par_kk)[L], (d_ru, d_kk)[L], str(count)])
        places = [("source_number", key)] if kind == "source" else [("point", p) for p in (key if kind == "points" else (key,))]
        for loc, place in places:
            for sk, sv in items:
                doc.add("monitoring", {loc: place, sk: sv, "frequency": w})
                if loc == "source_number":
                    pairs.append((place, sv))
        if kind == "source":
            numbers.append(key)
    doc.table(None, rows, role="monitoring")
    doc.add("sources", *({"number": n, "type": "organized"} for n in numbers))
    doc.add("emissions", *(emission(c, None, None, n) for n, c in pairs))
    distractor(doc, "contacts")


VN_LATEX_TN = ("Nhà máy chế biến cao su Suối Ngô", "Công ty TNHH Cao su Tân Châu Xanh", "xã Tân Châu, tỉnh Tây Ninh")
# (point, place, [(kind, key)], said, months, frequency)
VN_LATEX_PLAN = (
    ("NT1", "NT1 – Nước thải sau hệ thống xử lý, hố ga trước khi xả ra suối Ngô",
     [("symbol", s) for s in ("pH", "BOD5", "COD", "TSS", "TN", "NH4+")], None,
     "Tháng 5, 8, 11/2026 và tháng 01/2027 (03 tháng/lần trong mùa sản xuất)", "quarterly"),
    ("NT1", "NT1 – Trạm quan trắc nước thải tự động, liên tục", [("symbol", s) for s in ("pH", "COD", "TSS", "NH4+")],
     "Lưu lượng (đầu vào, đầu ra), nhiệt độ, pH, COD, TSS, Amoni", "Liên tục trong thời gian sản xuất", "continuous"),
    ("KT1", "KT1 – Ống khói lò sấy mủ cốm số 1", [("code", c) for c in ("2902", "0330", "0301", "0337")], None, "Tháng 6 và tháng 12/2026",
     "semiannual"),
    ("KT2", "KT2 – Ống khói lò sấy mủ cốm số 2", [("code", c) for c in ("2902", "0330", "0301", "0337")], None, "Tháng 6 và tháng 12/2026",
     "semiannual"),
    ("KK1", "KK1 – Không khí tại hàng rào phía Tây, gần khu hồ kỵ khí", [("code", c) for c in ("0303", "0333")], None, "Tháng 6 và tháng 12/2026",
     "semiannual"),
)  # fmt: skip


def _param(doc: Doc, kind: str, key: str) -> str:
    return _air(doc, key) if kind == "code" else vocab.water(key, doc.lang)


def _monitoring_jo2_vi(doc: Doc) -> None:
    plant, company, place = VN_LATEX_TN
    doc.h(f"CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG – {plant.upper()}")
    doc.p(f"Chủ cơ sở: {company}; địa điểm: {place}. Thời điểm quan trắc được bố trí trong mùa sản xuất.")
    rows = [["TT", "Vị trí quan trắc", "Thông số", "Thời điểm quan trắc"]]
    for k, (pid, label, items, said, months, w) in enumerate(VN_LATEX_PLAN, 1):
        rows.append([str(k), label, said or ", ".join(_param(doc, kind, key) for kind, key in items), months])
        for kind, key in items:
            doc.add("monitoring", {"point": pid, kind: key, "frequency": w})
    doc.table("Bảng 6.1. Kế hoạch quan trắc chất thải năm 2026", rows, role="monitoring")
    doc.p("Ghi chú: nhà máy tạm ngừng sản xuất trong mùa cây cao su rụng lá (tháng 2 đến tháng 4 hằng năm) nên không quan trắc trong các tháng này. "
          "Quy chuẩn so sánh: QCVN 01-MT:2015/BTNMT cột A; QCVN 19:2009/BTNMT cột B; QCVN 06:2009/BTNMT.")
    _maybe_other(doc, "latex")


# ---------------------------------------------------------------- inspections

STAGE_WORDS = {
    "shift": ("ежесменно", "әр ауысым сайын", None),
    "weekly": ("еженедельно", "апта сайын", "weekly"),
    "weekly_mon": ("еженедельно (по понедельникам)", "апта сайын (дүйсенбі күндері)", "weekly"),
    "monthly": ("ежемесячно", "ай сайын", "monthly"),
    "quarterly": ("1 раз в квартал", "тоқсанына 1 рет", "quarterly"),
    "semiannual": ("1 раз в полугодие", "жарты жылда 1 рет", "semiannual"),
}
# (RU object, KK object, RU key, KK key, (stage I, stage II, stage III) or None for a dash)
THREE_STAGE = (
    ("Резиносмесительный цех: рукавные фильтры резиносмесителей, перепад давления, выгрузка пыли",
     "Резеңке араластыру цехы: резеңке араластырғыштардың жеңді сүзгілері, қысым айырмасы, шаңды түсіру",
     "Резиносмесительный цех", "Резеңке араластыру цехы", ("shift", "weekly_mon", "monthly")),
    ("Вулканизационный цех: крышные вентиляторы и местные отсосы форматоров",
     "Вулкандау цехы: шатыр желдеткіштері және форматорлардың жергілікті сорғыштары",
     "Вулканизационный цех", "Вулкандау цехы", ("shift", "weekly", "quarterly")),
    ("Клеевое отделение: герметичность емкостей с бензином, учет расхода растворителя",
     "Желім бөлімшесі: бензин ыдыстарының саңылаусыздығы, еріткіш шығынын есепке алу",
     "Клеевое отделение", "Желім бөлімшесі", ("shift", "weekly", "monthly")),
    ("Склад серы: вентиляция, целостность упаковки, уборка просыпей",
     "Күкірт қоймасы: желдету, қаптаманың бүтіндігі, шашылған күкіртті жинау",
     "Склад серы", "Күкірт қоймасы", (None, "weekly", "monthly")),
    ("Склад технического углерода: силосы, пневмотранспорт, фильтры на воздушниках",
     "Техникалық көміртек қоймасы: силостар, пневмокөлік, ауа шығарғыштардағы сүзгілер",
     "Склад технического углерода", "Техникалық көміртек қоймасы", ("shift", None, "quarterly")),
    ("Котельная: режим горения, показания АСМ, журнал учета работы ГОУ",
     "Қазандық: жану режимі, АМЖ көрсеткіштері, ГТҚ жұмысын есепке алу журналы",
     "Котельная", "Қазандық", ("shift", "weekly", "quarterly")),
    ("Площадка накопления отходов: маркировка, сроки накопления, раздельное хранение",
     "Қалдықтарды жинақтау алаңы: таңбалау, жинақтау мерзімдері, бөлек сақтау",
     "Площадка накопления отходов", "Қалдықтарды жинақтау алаңы", (None, "weekly", "monthly")),
    ("Очистные сооружения ливневых стоков: нефтеловушка, колодцы, выпуск",
     "Нөсер ағындарының тазарту құрылыстары: мұнай ұстағыш, құдықтар, шығарылым",
     "Очистные сооружения", "Тазарту құрылыстары", (None, "monthly", "semiannual")),
)  # fmt: skip
STAGES = (("I ступень – мастер смены", "I саты – ауысым шебері", "мастер смены", "ауысым шебері"),
          ("II ступень – начальник цеха (участка)", "II саты – цех (учаске) бастығы", "начальник цеха", "цех (учаске) бастығы"),
          ("III ступень – постоянно действующая комиссия под председательством главного инженера",
           "III саты – бас инженер басқаратын тұрақты комиссия", "главного инженера", "бас инженер"))


def inspections_jo1(doc: Doc) -> None:
    """A tyre plant's regulation of three-stage control of environmental requirements whose stages are columns — the shift
    foreman, the head of the shop, the standing commission under the chief engineer, each named in its column's header —
    and whose objects are rows with what is looked at after a colon, each cell the frequency of that stage's check or a
    dash, the foreman's `ежесменно` no frequency of the contract, a weekly check on Mondays (VI: a glove plant's rules of
    self-inspection at three levels — team, workshop, company — `Mỗi ca` no frequency, `Hằng ngày` and `03 tháng/lần`)."""
    if doc.lang == "vi":
        _inspections_jo1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    doc.p(g("Приложение 2 к Положению о трехступенчатом контроле", "Үш сатылы бақылау туралы ережеге 2-қосымша", ""))
    doc.h(g(f"Объекты и периодичность трехступенчатого контроля за соблюдением экологических требований. {SARAN['operator'][0]}",
            f"{SARAN['operator'][1]}. Экологиялық талаптардың сақталуын үш сатылы бақылау объектілері мен кезеңділігі", ""))
    doc.p(g("Результаты проверок I и II ступени записываются в журналы цехов; результаты III ступени оформляются актом комиссии. "
            "Выявленные нарушения устраняются в сроки, установленные проверяющим.",
            "I және II саты тексерулерінің нәтижелері цех журналдарына жазылады; III саты нәтижелері комиссия актісімен ресімделеді. "
            "Анықталған бұзушылықтар тексеруші белгілеген мерзімде жойылады.", ""))
    rows = [[g("№", "№", ""), g("Объект контроля и контролируемые параметры", "Бақылау объектісі және бақыланатын параметрлер", ""),
             *(s[L] for s in STAGES)]]
    for k, (o_ru, o_kk, key_ru, key_kk, stages) in enumerate(THREE_STAGE, 1):
        line = [str(k), (o_ru, o_kk)[L]]
        for stage, word in zip(STAGES, stages, strict=True):
            if word is None:
                line.append("–")
                continue
            said_ru, said_kk, w = STAGE_WORDS[word]
            line.append((said_ru, said_kk)[L])
            item = {"kind": "inspection", "text_contains": (key_ru, key_kk)[L], "actor_contains": stage[2 + L]}
            if w:
                item["frequency"] = w
            doc.add("obligations", item)
        rows.append(line)
    doc.table(g("Таблица 1", "1-кесте", ""), rows, role="inspections")
    distractor(doc, "approval")


VN_LEVELS = (("Cấp tổ (Tổ trưởng ca)", "Tổ trưởng ca"), ("Cấp xưởng (Quản đốc xưởng)", "Quản đốc xưởng"),
             ("Cấp công ty (Ban An toàn – Môi trường)", "Ban An toàn – Môi trường"))
VN_LEVEL_WORDS = {"shift": ("Mỗi ca", None), "daily": ("Hằng ngày", "daily"), "weekly": ("Hằng tuần", "weekly"),
                  "monthly": ("Hằng tháng", "monthly"), "quarterly": ("03 tháng/lần", "quarterly")}
VN_SELF_CHECK = (
    ("Dây chuyền nhúng găng: bể latex, bể clo hóa, bể trung hòa", "Dây chuyền nhúng găng", ("shift", "weekly", "monthly")),
    ("Tháp hấp thụ khí clo: pH dung dịch hấp thụ, bơm tuần hoàn", "Tháp hấp thụ khí clo", ("shift", "daily", "monthly")),
    ("Lò hơi đốt củi và hệ thống xử lý khí thải", "Lò hơi đốt củi", ("shift", "weekly", "quarterly")),
    ("Hệ thống xử lý nước thải: bể điều hòa, bể sinh học, bùn", "Hệ thống xử lý nước thải", ("shift", "daily", "monthly")),
    ("Kho chứa chất thải nguy hại: nhãn, biển cảnh báo, sổ theo dõi", "Kho chứa chất thải nguy hại", (None, "weekly", "monthly")),
    ("Kho hóa chất (amoniac, axit nitric, canxi nitrat)", "Kho hóa chất", (None, "weekly", "quarterly")),
)


def _inspections_jo1_vi(doc: Doc) -> None:
    doc.h("QUY ĐỊNH TỰ KIỂM TRA CÔNG TÁC BẢO VỆ MÔI TRƯỜNG 3 CẤP – NHÀ MÁY SẢN XUẤT GĂNG TAY CAO SU TRẢNG BÀNG")
    doc.p("(Ban hành kèm theo Quyết định của Tổng Giám đốc Công ty TNHH Găng tay Y tế Nam Việt). Kết quả tự kiểm tra được ghi vào sổ theo "
          "dõi của từng cấp; tồn tại phát hiện phải được khắc phục trước khi bàn giao ca.")
    rows = [["TT", "Đối tượng kiểm tra", *(lv[0] for lv in VN_LEVELS)]]
    for k, (obj, key, levels) in enumerate(VN_SELF_CHECK, 1):
        line = [str(k), obj]
        for (_, actor), word in zip(VN_LEVELS, levels, strict=True):
            if word is None:
                line.append("-")
                continue
            said, w = VN_LEVEL_WORDS[word]
            line.append(said)
            item = {"kind": "inspection", "text_contains": key, "actor_contains": actor}
            if w:
                item["frequency"] = w
            doc.add("obligations", item)
        rows.append(line)
    doc.table("Bảng 1. Đối tượng và tần suất tự kiểm tra", rows, role="inspections")
    _maybe_other(doc, "glove")


# (RU surname, KK surname, RU post, KK post)
CHECKERS = {"eco": ("Жумабаева А.С.", "Жұмабаева А.С.", "инженер-эколог", "инженер-эколог"),
            "chief": ("Ким Д.В.", "Ким Д.В.", "главный инженер", "бас инженер"),
            "mech": ("Оспанов Е.Т.", "Оспанов Е.Т.", "главный механик", "бас механик")}
QUARTER_MONTHS = {1: ("март", "наурыз"), 2: ("июнь", "маусым"), 3: ("сентябрь", "қыркүйек"), 4: ("декабрь", "желтоқсан")}
# (RU unit, KK unit, RU subject, KK subject, quarters, checker, frequency)
BELT_CHECKS = (
    ("Подготовительно-смесительный цех", "Дайындау-араластыру цехы", "работа рукавных фильтров, уборка пыли", "жеңді сүзгілердің жұмысы, шаңды жинау",
     (1, 2, 3, 4), "eco", "quarterly"),
    ("Цех конвейерных лент", "Конвейер таспалары цехы", "вытяжная вентиляция прессов, утечки гидравлического масла",
     "престердің сорып шығару желдеткіші, гидравликалық майдың ағуы", (1, 3), "mech", "semiannual"),
    ("Цех рукавов", "Жеңдер цехы", "клеевое отделение, хранение растворителей", "желім бөлімшесі, еріткіштерді сақтау", (1, 2, 3, 4), "eco", "quarterly"),
    ("Котельная", "Қазандық", "журнал ПОД, режим горения", "ПОД журналы, жану режимі", (2, 4), "chief", "semiannual"),
    ("Площадка накопления отходов", "Қалдықтарды жинақтау алаңы", "сроки накопления, маркировка тары", "жинақтау мерзімдері, ыдысты таңбалау",
     (1, 2, 3, 4), "eco", "quarterly"),
    ("Ливневая канализация и колодец КК-3", "Нөсер кәрізі және КК-3 құдығы", "очистка нефтеловушки, состояние решеток",
     "мұнай ұстағышты тазалау, торлардың жай-күйі", (2,), "mech", "yearly"),
    ("Предприятие в целом", "Кәсіпорын тұтастай", "выполнение плана мероприятий и программы ПЭК", "іс-шаралар жоспары мен ӨЭБ бағдарламасының орындалуы",
     (4,), "chief", "yearly"),
)  # fmt: skip


def inspections_jo2(doc: Doc) -> None:
    """A conveyor-belt and hose plant's schedule of internal checks for 2026 with the four quarters as columns, the checker's
    name and the month written in the quarters a check falls in and nothing in the others, so that the number of names
    tells quarterly, twice a year or once, the checkers' posts only in a legend under the table (VI: a latex plant's plan
    of internal checks by quarter with the names of its staff)."""
    if doc.lang == "vi":
        _inspections_jo2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    doc.h(g(f"График внутренних проверок соблюдения экологических требований на 2026 год. {BELTING['operator'][0]}",
            f"{BELTING['operator'][1]}. Экологиялық талаптардың сақталуын ішкі тексерулердің 2026 жылға арналған кестесі", ""))
    doc.p(g("Утвержден приказом генерального директора. В графе квартала указан проверяющий и месяц проверки.",
            "Бас директордың бұйрығымен бекітілді. Тоқсан бағанында тексеруші мен тексеру айы көрсетілген.", ""))
    rows = [g(["№", "Подразделение, объект", "Предмет проверки", "I квартал", "II квартал", "III квартал", "IV квартал"],
              ["№", "Бөлімше, объект", "Тексеру мәні", "I тоқсан", "II тоқсан", "III тоқсан", "IV тоқсан"], [])]
    for k, (u_ru, u_kk, s_ru, s_kk, quarters, who, w) in enumerate(BELT_CHECKS, 1):
        name = CHECKERS[who][L]
        cells = [f"{name} ({QUARTER_MONTHS[q][L]})" if q in quarters else "" for q in (1, 2, 3, 4)]
        rows.append([str(k), (u_ru, u_kk)[L], (s_ru, s_kk)[L], *cells])
        doc.add("obligations", {"kind": "inspection", "frequency": w, "text_contains": (u_ru, u_kk)[L], "actor_contains": name.split()[0]})
    doc.table(None, rows, role="inspections")
    doc.p(g("Проверяющие: " + "; ".join(f"{c[0]} – {c[2]}" for c in CHECKERS.values()) + ".",
            "Тексерушілер: " + "; ".join(f"{c[1]} – {c[3]}" for c in CHECKERS.values()) + ".", ""))


VN_CHECKERS = {"hse": ("Nguyễn Thị Thu Hà", "Phó phòng Kỹ thuật – Môi trường"), "shop": ("Trần Văn Lộc", "Quản đốc xưởng chế biến"),
               "dir": ("Lê Quang Vinh", "Phó Giám đốc nhà máy")}
VN_QMONTHS = {1: "tháng 1", 2: "tháng 5", 3: "tháng 8", 4: "tháng 11"}
VN_LATEX_CHECKS = (
    ("Khu tiếp nhận mủ nước và mương đánh đông", "vệ sinh mương, lượng axit sử dụng", (1, 2, 3, 4), "shop", "quarterly"),
    ("Kho amoniac và axit formic", "rò rỉ, thông gió, nhãn hóa chất", (2, 4), "hse", "semiannual"),
    ("Hệ thống xử lý nước thải (hồ kỵ khí, hồ hiếu khí)", "mực nước hồ, màng phủ, vận hành máy khuấy", (1, 2, 3, 4), "hse", "quarterly"),
    ("Lò sấy mủ cốm và ống khói", "tình trạng đầu đốt, khói đen", (2, 4), "shop", "semiannual"),
    ("Kho chứa chất thải nguy hại", "phân loại, nhãn, thời gian lưu giữ", (1, 2, 3, 4), "hse", "quarterly"),
    ("Toàn nhà máy", "việc thực hiện giấy phép môi trường", (4,), "dir", "yearly"),
)


def _inspections_jo2_vi(doc: Doc) -> None:
    plant, company, _ = VN_LATEX_BP
    doc.h(f"KẾ HOẠCH KIỂM TRA NỘI BỘ CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2026 – {plant.upper()}")
    doc.p(f"Đơn vị: {company}. Ô của quý ghi tên người kiểm tra và tháng kiểm tra.")
    rows = [["TT", "Khu vực kiểm tra", "Nội dung", "Quý I", "Quý II", "Quý III", "Quý IV"]]
    for k, (area, what, quarters, who, w) in enumerate(VN_LATEX_CHECKS, 1):
        name = VN_CHECKERS[who][0]
        rows.append([str(k), area, what, *(f"{name} ({VN_QMONTHS[q]})" if q in quarters else "" for q in (1, 2, 3, 4))])
        doc.add("obligations", {"kind": "inspection", "frequency": w, "text_contains": _words(area, 4), "actor_contains": name})
    doc.table("Bảng 1. Lịch kiểm tra", rows, role="inspections")
    doc.p("Người kiểm tra: " + "; ".join(f"{n} – {p}" for n, p in VN_CHECKERS.values()) + ".")
    _maybe_other(doc, "latex")


# ---------------------------------------------------------------- tasks

# ((RU section, KK section), [(RU measure, KK measure, RU term, KK term, million tenge, (RU effect, KK effect), (RU resp, KK resp))])
TYRE_PLAN = (
    (("1. Охрана атмосферного воздуха", "1. Атмосфералық ауаны қорғау"), [
        ("Замена рукавов фильтров резиносмесителей № 1 и № 2 на мембранные (PTFE)", "№ 1 және № 2 резеңке араластырғыштар сүзгілерінің жеңдерін мембраналыққа (PTFE) ауыстыру",
         "III кв. 2026 г.", "2026 ж. III тоқсан", 86, ("снижение выбросов сажи на 1,8 т/год", "күйе шығарындыларын жылына 1,8 т азайту"), ("ГМ", "БМ")),
        ("Установка каталитического дожигателя на крышных вентиляторах вулканизационного цеха",
         "Вулкандау цехының шатыр желдеткіштеріне каталитикалық жағу қондырғысын орнату",
         "2026–2027 гг.", "2026–2027 жж.", 410, ("снижение выбросов органических веществ на 12 т/год", "органикалық заттар шығарындыларын жылына 12 т азайту"),
         ("ОКС, НЦ-3", "КҚБ, ЦБ-3")),
        ("Ввод автоматизированной системы мониторинга эмиссий на дымовой трубе котельной",
         "Қазандықтың түтін мұржасында эмиссиялар мониторингінің автоматтандырылған жүйесін енгізу",
         "до 01.07.2026", "01.07.2026 дейін", 95, ("непрерывный контроль NOx и CO", "NOx және CO үздіксіз бақылау"), ("ГЭ", "БЭ"))]),
    (("2. Охрана водных ресурсов", "2. Су ресурстарын қорғау"), [
        ("Реконструкция локальных очистных сооружений ливневых стоков с нефтеловушкой", "Мұнай ұстағышы бар нөсер ағындарының жергілікті тазарту құрылыстарын реконструкциялау",
         "2027 г.", "2027 ж.", 140, ("снижение сброса нефтепродуктов на 0,4 т/год", "мұнай өнімдерінің төгілуін жылына 0,4 т азайту"), ("ОКС", "КҚБ")),
        ("Перевод охлаждения вулканизационных прессов на оборотный цикл", "Вулкандау престерін салқындатуды айналымдық циклге көшіру",
         "IV кв. 2026 г.", "2026 ж. IV тоқсан", 220, ("сокращение забора воды на 180 тыс. м³/год", "су алуды жылына 180 мың м³ қысқарту"), ("ГЭ", "БЭ"))]),
    (("3. Обращение с отходами", "3. Қалдықтармен жұмыс"), [
        ("Организация участка переработки невулканизованных обрезков в регенерат", "Вулкандалмаған кесінділерді регенератқа қайта өңдеу учаскесін ұйымдастыру",
         "IV кв. 2026 г.", "2026 ж. IV тоқсан", 65, ("сокращение передачи отходов на 300 т/год", "қалдықтарды беруді жылына 300 т қысқарту"), ("НЦ-2", "ЦБ-2")),
        ("Устройство навеса и бетонного покрытия площадки накопления опасных отходов", "Қауіпті қалдықтарды жинақтау алаңына қалқа мен бетон жабын орнату",
         "II кв. 2026 г.", "2026 ж. II тоқсан", 18, ("исключение загрязнения почвы", "топырақтың ластануын болдырмау"), ("ОООС", "ҚОҚБ"))]),
    (("4. Научно-исследовательские работы", "4. Ғылыми-зерттеу жұмыстары"), [
        ("Разработка программы повышения экологической эффективности", "Экологиялық тиімділікті арттыру бағдарламасын әзірлеу",
         "до 01.12.2026", "01.12.2026 дейін", 12, ("–", "–"), ("ОООС", "ҚОҚБ"))]),
)  # fmt: skip
LEGEND = ("Условные обозначения ответственных: ГМ – главный механик; ГЭ – главный энергетик; ОКС – отдел капитального строительства; "
          "НЦ-2 – начальник резиносмесительного цеха; НЦ-3 – начальник вулканизационного цеха; ОООС – отдел охраны окружающей среды.",
          "Жауаптылардың шартты белгілері: БМ – бас механик; БЭ – бас энергетик; КҚБ – күрделі құрылыс бөлімі; ЦБ-2 – резеңке "
          "араластыру цехының бастығы; ЦБ-3 – вулкандау цехының бастығы; ҚОҚБ – қоршаған ортаны қорғау бөлімі.")


def tasks_jo1(doc: Doc) -> None:
    """A tyre plant's plan of environmental measures for 2026–2027 annexed to its КЭР: items `1.1` under section rows by
    component, the term as written, the cost in millions of tenge, the expected effect and a last column `Отв.` holding only
    abbreviations (`ГМ`, `ГЭ`, `ОКС, НЦ-3`, `ОООС`), which the legend under the table explains (VI: a tyre factory's plan
    of environmental tasks for 2026 with `P.KT`, `P.HSE`, `X.LH` as the unit in charge and a partner column)."""
    if doc.lang == "vi":
        _tasks_jo1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    doc.p(g("Приложение 3 к комплексному экологическому разрешению", "Кешенді экологиялық рұқсатқа 3-қосымша", ""))
    doc.h(g(f"План мероприятий по охране окружающей среды на 2026–2027 годы. {SARAN['operator'][0]}",
            f"{SARAN['operator'][1]}. 2026–2027 жылдарға арналған қоршаған ортаны қорғау жөніндегі іс-шаралар жоспары", ""))
    rows = [g(["№ п/п", "Наименование мероприятия", "Срок выполнения", "Стоимость, млн тенге", "Ожидаемый экологический эффект", "Отв."],
              ["Р/с №", "Іс-шараның атауы", "Орындау мерзімі", "Құны, млн теңге", "Күтілетін экологиялық нәтиже", "Жауапты"], [])]
    merges: list = []
    for s, ((s_ru, s_kk), measures) in enumerate(TYRE_PLAN, 1):
        _span(rows, merges, (s_ru, s_kk)[L], 6)
        for k, (m_ru, m_kk, t_ru, t_kk, cost, effect, resp) in enumerate(measures, 1):
            text = (m_ru, m_kk)[L]
            rows.append([f"{s}.{k}", text, (t_ru, t_kk)[L], num(cost, doc.lang), effect[L], resp[L]])
            doc.add("obligations", {"kind": "task", "number": f"{s}.{k}", "text_contains": _words(text, 4), "actor_contains": resp[L].split(",")[0]})
    doc.table(None, rows, merges, role="tasks")
    doc.p(LEGEND[L])
    _maybe_other(doc, "tyre")


VN_TYRE_TASKS = (
    ("Thay túi lọc bụi khu cân, luyện kín bằng túi màng PTFE", "Quý II/2026", "X.LK", "P.KT", 1450),
    ("Lắp đặt hệ thống hấp phụ than hoạt tính cho khí thải xưởng lưu hóa", "Quý III/2026", "P.KT", "X.LH", 6800),
    ("Kiểm định, hiệu chuẩn thiết bị quan trắc khí thải tự động lò hơi", "Tháng 5/2026", "P.HSE", "P.KT", 180),
    ("Cải tạo kho chứa chất thải nguy hại, bổ sung rãnh thu và hố thu sự cố", "Tháng 4/2026", "P.HC", "P.HSE", 320),
    ("Tập huấn ứng phó sự cố tràn đổ hóa chất cho công nhân xưởng luyện", "Tháng 6/2026", "P.HSE", "X.LK", 45),
    ("Trồng bổ sung cây xanh dọc hàng rào phía Bắc nhà máy", "Tháng 9 – 10/2026", "P.HC", "Công đoàn", 120),
)
VN_TYRE_LEGEND = ("Ghi chú: P.KT – Phòng Kỹ thuật; P.HSE – Phòng An toàn, Sức khỏe và Môi trường; P.HC – Phòng Hành chính – Nhân sự; "
                  "X.LK – Xưởng Luyện kín; X.LH – Xưởng Lưu hóa.")


def _tasks_jo1_vi(doc: Doc) -> None:
    doc.h("KẾ HOẠCH THỰC HIỆN CÁC BIỆN PHÁP BẢO VỆ MÔI TRƯỜNG NĂM 2026 – CÔNG TY CỔ PHẦN LỐP XE SÔNG HÀN")
    doc.p("Kế hoạch được ban hành kèm theo Quyết định của Tổng Giám đốc Công ty; kinh phí lấy từ nguồn chi phí sản xuất năm 2026.")
    rows = [["TT", "Nội dung công việc", "Thời gian hoàn thành", "Chủ trì", "Phối hợp", "Kinh phí (triệu đồng)"]]
    for k, (text, term, lead, partner, money) in enumerate(VN_TYRE_TASKS, 1):
        rows.append([str(k), text, term, lead, partner, num(money, "vi")])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text, 5), "actor_contains": lead})
    doc.table("Bảng 1. Danh mục công việc", rows, role="tasks")
    doc.p(VN_TYRE_LEGEND)
    _maybe_other(doc, "tyre")


# ((RU stage, KK stage), [(RU work, KK work, RU volume, KK volume, RU term, KK term, (RU executor, KK executor), (RU control, KK control))])
STOCKPILE = (
    (("Этап 1. Подготовительные работы", "1-кезең. Дайындық жұмыстары"), [
        ("Инвентаризация и обмер накопленных шин с составлением акта", "Жинақталған шиналарды түгендеу және өлшеу, акт жасау", "4 200 т", "4 200 т",
         "март 2026 г.", "2026 ж. наурыз", ("инженер-эколог", "инженер-эколог"), ("директор", "директор")),
        ("Устройство противопожарных разрывов и обвалования площадки", "Алаңда өртке қарсы аралықтар мен үйінді қоршау жасау", "1,6 га", "1,6 га",
         "апрель 2026 г.", "2026 ж. сәуір", ("начальник участка", "учаске бастығы"), ("инспектор ДЧС (по согласованию)", "ТЖД инспекторы (келісім бойынша)"))]),
    (("Этап 2. Вывоз и переработка шин", "2-кезең. Шиналарды шығару және қайта өңдеу"), [
        ("Резка крупногабаритных шин карьерной техники на фрагменты", "Карьер техникасының ірі габаритті шиналарын бөліктерге кесу", "1 800 т", "1 800 т",
         "апрель – сентябрь 2026 г.", "2026 ж. сәуір – қыркүйек", ("участок резки шин", "шина кесу учаскесі"), ("главный инженер", "бас инженер")),
        ("Переработка фрагментов на линии дробления в резиновую крошку", "Бөліктерді ұсату желісінде резеңке үгіндісіне қайта өңдеу", "3 400 т", "3 400 т",
         "май 2026 г. – март 2027 г.", "2026 ж. мамыр – 2027 ж. наурыз", ("цех переработки", "қайта өңдеу цехы"), ("главный инженер", "бас инженер")),
        ("Передача шин с металлокордом, непригодных для дробления, на пиролиз", "Ұсатуға жарамсыз металл кордты шиналарды пиролизге беру", "800 т", "800 т",
         "III кв. 2026 г.", "2026 ж. III тоқсан", ("отдел снабжения", "жабдықтау бөлімі"), ("директор", "директор"))]),
    (("Этап 3. Восстановление территории", "3-кезең. Аумақты қалпына келтіру"), [
        ("Очистка освобожденной площадки от остатков и мусора", "Босатылған алаңды қалдықтар мен қоқыстан тазарту", "1,6 га", "1,6 га",
         "июнь 2027 г.", "2027 ж. маусым", ("начальник участка", "учаске бастығы"), ("инженер-эколог", "инженер-эколог")),
        ("Отбор и анализ проб почвы на освобожденной площадке", "Босатылған алаңда топырақ сынамаларын алу және талдау", "8 проб", "8 сынама",
         "июль 2027 г.", "2027 ж. шілде", ("аккредитованная лаборатория (по договору)", "аккредиттелген зертхана (шарт бойынша)"),
         ("инженер-эколог", "инженер-эколог"))]),
)  # fmt: skip


def tasks_jo2(doc: Doc) -> None:
    """A reclaim works' plan-schedule of clearing the stockpile of old tyres it took over with the site of a former motor
    depot: three stage rows spanning the table, works numbered straight through, the volume in tonnes, hectares or samples,
    the term in months, an executor column and a controller column — the director, the chief engineer, the fire inspector —
    where only the executor acts (VI: a latex plant's plan of measures after residents complained of odour, the unit that
    does and the body that supervises — the commune's People's Committee among them)."""
    if doc.lang == "vi":
        _tasks_jo2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    doc.h(g(f"План-график ликвидации накопленных изношенных шин на 2026–2027 годы. {EKIBASTUZ['operator'][0]}",
            f"{EKIBASTUZ['operator'][1]}. 2026–2027 жылдарға арналған жинақталған тозған шиналарды жою кесте-жоспары", ""))
    doc.p(g("Шины накоплены прежним владельцем территории (бывшая автобаза) и переданы товариществу вместе с земельным участком; "
            "общая масса по предварительной оценке – около 4 200 т, в том числе около 2 600 т шин карьерных самосвалов.",
            "Шиналарды аумақтың бұрынғы иесі (бұрынғы автобаза) жинаған және жер учаскесімен бірге серіктестікке берген; алдын ала "
            "бағалау бойынша жалпы салмағы – шамамен 4 200 т, оның ішінде карьерлік өзі аударғыштардың шамамен 2 600 т шинасы.", ""))
    rows = [g(["№", "Наименование работ", "Объем", "Срок", "Исполнитель", "Контроль"], ["№", "Жұмыстардың атауы", "Көлемі", "Мерзімі", "Орындаушы", "Бақылау"], [])]
    merges: list = []
    n = 0
    for (st_ru, st_kk), works in STOCKPILE:
        _span(rows, merges, (st_ru, st_kk)[L], 6)
        for w_ru, w_kk, v_ru, v_kk, t_ru, t_kk, executor, control in works:
            n += 1
            text = (w_ru, w_kk)[L]
            rows.append([str(n), text, (v_ru, v_kk)[L], (t_ru, t_kk)[L], executor[L], control[L]])
            doc.add("obligations", {"kind": "task", "number": str(n), "text_contains": _words(text, 4), "actor_contains": executor[L]})
    doc.table(g("Таблица 1 – План-график работ", "1-кесте – Жұмыстардың кесте-жоспары", ""), rows, merges, role="tasks")
    _maybe_other(doc, "reclaim")


VN_ODOUR_PLAN = (
    ("Phủ bạt HDPE kín toàn bộ bề mặt hồ kỵ khí, thu khí về bộ lọc sinh học", "Tháng 3 – 4/2026", "Phòng Kỹ thuật – Môi trường",
     "Sở Nông nghiệp và Môi trường", "Giảm phát tán H2S, NH3"),
    ("Rút ngắn thời gian lưu mủ tạp tại hố chứa xuống dưới 24 giờ", "Từ tháng 3/2026", "Xưởng chế biến", "UBND xã Tân Châu",
     "Giảm mùi tại khu tiếp nhận"),
    ("Lắp đặt hệ thống phun chế phẩm vi sinh khử mùi tại mương đánh đông", "Tháng 4/2026", "Xưởng cơ điện", "UBND xã Tân Châu",
     "Giảm mùi tại khu đánh đông"),
    ("Trồng hàng rào cây xanh cách ly phía giáp khu dân cư ấp Suối Ngô", "Tháng 5 – 7/2026", "Phòng Hành chính – Tổng hợp", "UBND xã Tân Châu",
     "Tạo vùng đệm cách ly"),
    ("Thuê đơn vị quan trắc đo mùi tại khu dân cư sau khi khắc phục", "Tháng 8/2026", "Phòng Kỹ thuật – Môi trường",
     "Sở Nông nghiệp và Môi trường", "Có số liệu đánh giá hiệu quả"),
    ("Tổ chức đối thoại, thông báo kết quả khắc phục cho người dân", "Tháng 9/2026", "Ban Giám đốc", "UBND xã Tân Châu", "Người dân được thông tin"),
)


def _tasks_jo2_vi(doc: Doc) -> None:
    plant, company, place = VN_LATEX_TN
    doc.h(f"KẾ HOẠCH KHẮC PHỤC TÌNH TRẠNG PHÁT TÁN MÙI HÔI – {plant.upper()}")
    doc.p(f"Thực hiện văn bản của Ủy ban nhân dân xã Tân Châu về việc giải quyết phản ánh của người dân ấp Suối Ngô, {company} ({place}) "
          "lập kế hoạch khắc phục như sau:")
    rows = [["TT", "Nội dung thực hiện", "Thời gian", "Đơn vị thực hiện", "Đơn vị giám sát", "Kết quả dự kiến"]]
    for k, (text, term, who, supervisor, result) in enumerate(VN_ODOUR_PLAN, 1):
        rows.append([str(k), text, term, who, supervisor, result])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text, 5), "actor_contains": who})
    doc.table("Bảng 1. Nội dung, tiến độ khắc phục", rows, role="tasks")
    _maybe_other(doc, "latex")


LAYOUTS = [Layout(role, f"JO{k}", globals()[f"{role}_jo{k}"]) for role in ROLES for k in (1, 2)]
