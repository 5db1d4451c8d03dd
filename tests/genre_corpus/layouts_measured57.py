"""The thirty-seventh blind set's part IU (two layouts per role, `IU1` and `IU2`), written by someone who
neither ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`; held out and measured
once (0.814 over 126 files when first measured at the registering commit, 2026-12-07), then moved to the tuning
layouts to be studied.

Theme: exploration and well drilling contractors. Kazakhstan: geological exploration drilling for copper and gold in the
Karaganda, Abai and East Kazakhstan oblasts (self-propelled core drilling rigs with their diesel drives, sumps and mud pits,
field camps), hydrogeological wells drilled for the water supply of villages and handed over to the district's water
utilities, a drilling contractor's production base with its diesel power station, coal-fired boiler and fuel store, drill
cuttings and spent drilling mud, the abandonment of holes and the reclamation of drill pads (a well's passport handed
over to the utility, a certificate of material resources annexed to a tender bid, a calculation of diesel emissions with
the method's specific factors, a summary of emissions for the drilling and the operating periods as column groups, the
wastes of a season with the holes as rows and the wastes as columns, the wastes of abandonment worked out per hole, a
drinking-water protocol with uncertainties and a bracketed norm, soil on reclaimed drill pads, a control plan-graph with
the sources as columns and abbreviated frequencies, the monitoring programme of a village intake, a plan-graph of checks
by months, an order fixing who checks what, a calendar plan of abandonment as a bar chart and a corrective action plan
after the customer's audit). Vietnam: the supply bases of offshore drilling at Vũng Tàu (a drilling-mud plant with its
barite and bentonite silos, a yard receiving cuttings from the rigs and a thermal desorption unit treating the oily ones),
groundwater drilling companies of the Mekong delta, the South-East and the Central Highlands, and the plugging of abandoned
wells in the communes (hồ sơ năng lực, hợp đồng thuê kho bãi, loads from the WHO factors, loads of a mud plant's expansion
by phase, báo cáo công tác bảo vệ môi trường, phương án trám lấp giếng, phiếu kết quả thử nghiệm against QCVN
01-1:2018/BYT, soil of a cuttings yard, a GPMT's programme as a matrix, phương án giám sát khai thác nước dưới đất, a
month grid of self-inspection, bảng phân công kiểm tra, kế hoạch trám lấp giếng and a plan of remedying an inspection's
findings).

Facility: the passport of a water well drilled for a village, no header row, line numbers under three Roman section rows,
the wellhead's coordinates on two lines under one label merged down — WGS-84 and the old СК-42, which differ by more than a
rounding — the utility that keeps the well with its BIN and the drilling contractor with a BIN of its own, the geological
section in a table of no role (VI: a groundwater drilling company's capability profile, the enterprise number with its
registration dates, the base yard's decimal coordinates among bank details, its rigs and its works in tables of no role)
(IU1); a certificate of material and technical resources annexed to a bid for core drilling services, the bidder's BIN
only in the lead-in and its category only in the note under the table, the base's land plot with the KATO inside the place
cell and the coordinates as a GPS pair with a point, the workshop, diesel station and fuel store as rows without places of
their own, the rigs in a table of no role (VI: a lease of a yard in a port logistics zone, the lessor's and the lessee's
identities side by side as two columns, the lessee — the drilling-mud plant — being the facility, its group in the lease's
object table) (IU2).

Emissions: the calculation of a core drilling season's emissions by the method for stationary diesel units, a row spanning
the table per source with its engine, power and fuel a year, the specific factors `ei, г/кВт·ч` and `qi, г/кг` before the
results `Mi, г/с` and `Wi, т/год`, which alone are the emissions, mud preparation and refuelling with dashes under the
factors, a table of input data of no role (VI: a supply base's loads from the WHO factors of diesel oil, the fuel and hours
merged over each source's rows, kilograms a year before g/s, no tonnes) (IU1); the emissions of drilling the wells of a
village intake and of operating it as two column groups `Период строительства | Период эксплуатации` under which each row
fills only one, the source merged over its substances, the hazard class printed (VI: a mud plant's expansion, the
construction and the operating phase as column groups, no source numbers) (IU2).

Wastes: a season's drill holes as rows with depth, bit and core diameters and core recovered, the cuttings and the spent mud
as two columns in cubic metres, then `Итого, м³`, a density row and `Итого, т` — the amounts — under them, the camp's wastes
in a second table (VI: a groundwater driller's wells of the year in the annual report, cuttings and bentonite slurry in m3
with the tonnes under the totals, its workshop's CTNH in kilograms) (IU1); wastes of abandoning the holes and reclaiming the
pads worked out per hole, per pad and per person, the number of holes, pads and people, and the total, which alone is the
amount, under section rows (VI: a plan of plugging a commune's abandoned wells, a norm per well in kilograms times the wells,
ordinary and hazardous wastes under section rows) (IU2).

Limits: an accredited laboratory's drinking-water protocol for the two new wells of a village intake, group rows of
organoleptic, general and inorganic parameters, the method's standard in a column, results written with their uncertainty
(`7,4 ± 0,2`), `< 0,05` below detection, a dry-residue norm `1000 (1500)*` whose bracketed value is only a permitted
exception, hardness in `мг-экв/дм³` (VI: wells GK1, GK2 against QCVN 01-1:2018/BYT in the last column under group A and B
rows, `KPH`) (IU1); soil sampled on reclaimed drill pads and at a background point, the substances as columns with their
form (`подв.`, `вал.`), the ПДК in a row under the header, petroleum products not normed (VI: a cuttings yard's soil, the
points as columns and the metals as rows, the industrial land's limits of QCVN 03-MT:2015/BTNMT in the last column) (IU2).

Monitoring: a drilling base's plan-graph of control at its sources with the substances as rows and the sources as columns,
each cell an abbreviated frequency (`кв.`, `п/г`, `г.`) explained in a legend, a row of the control method at the bottom (VI:
a mud plant's programme as a matrix of parameters by points marked `x`, the frequency of each point in a bottom row) (IU1);
the monitoring programme of a village intake's wells, levels and withdrawal with no substance, a short chemical analysis
quarterly at both wells and a full one yearly at the working well only, coliforms monthly (VI: the plan of supervising a
water station's groundwater exploitation, group A monthly and groups A and B half-yearly, level and flow continuous) (IU2).

Inspections: a drilling contractor's plan-graph of internal checks for the year, the months `I` … `XII` as columns with `+`
where a check falls, so that the frequency is read from the marks — all months, the quarters' last months, two, one, the
field season (VI: a supply base's grid `T1` … `T12` marked `x`) (IU1); the annex of an order fixing who checks what, the
position merged down over its objects, `ежесменно` and `по каждой скважине` no frequencies of the contract (VI: a driller's
table of duties in plugging wells, `Mỗi ca`, `Mỗi giếng trước khi nghiệm thu`) (IU2).

Tasks: a calendar plan of abandoning the holes and reclaiming the pads as a bar chart over the months of the season, items
`1.1` under stage rows with their unit, volume and executor (VI: a commune's plan of plugging abandoned wells, the lead and
the partner, quarters as bars) (IU1); a drilling contractor's corrective action plan after the subsoil user's audit, the
finding's number (`НС-02`) and text merged over its actions, each action numbered on its own, the responsible, the term and an
empty column of completion (VI: a supply base's plan of remedying the findings of the Department's inspection) (IU2).
"""
from __future__ import annotations

from . import vocab
from .common import Doc, distractor, freq, make_bin, maybe_distractor, num
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
    """A nine-digit KATO code starting with the district's prefix."""
    r = doc.rng
    rest = 9 - len(prefix) - 3
    return f"{prefix}{r.randint(10 ** (rest - 1), 10**rest - 1)}{r.choice(('000', '100'))}"


def _msdn(doc: Doc, prefix: str) -> str:
    """A Vietnamese enterprise number of the province's prefix."""
    return prefix + f"{doc.rng.randint(0, 99999999):08d}"


def _kind(number: str) -> str:
    return "unorganized" if number.startswith("6") else "organized"


HEMI = {"ru": ("с.ш.", "в.д."), "kk": ("с.е.", "ш.б."), "vi": ("B", "Đ")}


def _dms(value: float, lat: bool, lang: str) -> tuple[str, float]:
    """`49°37′12,4″ с.ш.` and the decimal degrees it stands for."""
    d = int(value)
    m = int((value - d) * 60)
    s = round((value - d - m / 60) * 3600, 1)
    if s >= 60:
        m, s = m + 1, 0.0
    sec = f"{s:04.1f}".replace(".", ",")
    return f"{d}°{m:02d}′{sec}″ {HEMI[lang][0 if lat else 1]}", d + m / 60 + s / 3600


DAILY = {"ru": "ежедневно", "kk": "күн сайын", "vi": "Hằng ngày"}
WEEKLY = {"ru": "еженедельно", "kk": "апта сайын", "vi": "Hằng tuần"}


def _fw(doc: Doc, word: str) -> str:
    """A frequency as the document writes it, `daily` and `weekly` included."""
    if word == "daily":
        return DAILY[doc.lang]
    if word == "weekly":
        return WEEKLY[doc.lang]
    return freq(doc, word)


# ---------------------------------------------------------------- facility

# (RU village, KK village, core, RU place, KK place, KATO prefix, lat, lon, RU utility, KK utility)
VILLAGES = (
    ("с. Ақсу-Аюлы", "Ақсу-Аюлы ауылы", "Ақсу-Аюлы", "Карагандинская область, Шетский район, Ақсу-Аюлинский сельский округ, с. Ақсу-Аюлы",
     "Қарағанды облысы, Шет ауданы, Ақсу-Аюлы ауылдық округі, Ақсу-Аюлы ауылы", "3556", 48.772, 73.676,
     "ГКП на ПХВ «Шет Су Арнасы» акимата Шетского района", "Шет ауданы әкімдігінің «Шет Су Арнасы» ШЖҚ МКК"),
    ("с. Нұркен", "Нұркен ауылы", "Нұркен", "Карагандинская область, Каркаралинский район, Нуркенский сельский округ, с. Нұркен",
     "Қарағанды облысы, Қарқаралы ауданы, Нұркен ауылдық округі, Нұркен ауылы", "3548", 49.618, 75.052,
     "КГП «Қарқаралы Су» акимата Каркаралинского района", "Қарқаралы ауданы әкімдігінің «Қарқаралы Су» КМК"),
    ("с. Қарауыл", "Қарауыл ауылы", "Қарауыл", "Абайская область, район Абай, Карауылский сельский округ, с. Қарауыл",
     "Абай облысы, Абай ауданы, Қарауыл ауылдық округі, Қарауыл ауылы", "1034", 48.944, 79.251,
     "ГКП на ПХВ «Абай Су Құбыры» акимата района Абай", "Абай ауданы әкімдігінің «Абай Су Құбыры» ШЖҚ МКК"),
)  # fmt: skip
HYDRO_DRILLERS = (("ТОО «Сарыарқа Гидробұрғылау»", "«Сарыарқа Гидробұрғылау» ЖШС"), ("ТОО «ГидроГеоБур-Караганда»", "«ГидроГеоБур-Қарағанды» ЖШС"),
                  ("ТОО «Семей Су Іздеу»", "«Семей Су Іздеу» ЖШС"))
# (from, to, RU rock, KK rock, RU construction, KK construction)
SECTION = (
    (0.0, 4.5, "Суглинок бурый с дресвой", "Қиыршықты қоңыр саздақ", "бурение Ø 295 мм, кондуктор Ø 219 мм (0–12 м), цементация",
     "Ø 295 мм бұрғылау, Ø 219 мм кондуктор (0–12 м), цементтеу"),
    (4.5, 12.0, "Глина пестроцветная плотная (водоупор)", "Тығыз ала түсті саз (су өткізбейтін қабат)", "то же", "сол сияқты"),
    (12.0, 47.0, "Песчаники трещиноватые, выветрелые", "Жарықшақты, мүжілген құмтастар", "бурение Ø 190 мм, эксплуатационная колонна Ø 146 мм",
     "Ø 190 мм бұрғылау, Ø 146 мм пайдалану тізбегі"),
    (47.0, 96.0, "Сланцы углисто-глинистые трещиноватые (водоносная зона)", "Жарықшақты көмірлі-сазды тақтатастар (сулы аймақ)",
     "фильтр сетчатый Ø 146 мм в интервале 58–92 м", "58–92 м аралығында Ø 146 мм торлы сүзгі"),
    (96.0, 110.0, "Известняки плотные", "Тығыз әктастар", "отстойник 92–98 м, ниже – тампонаж глиной", "98 м дейін тұндырғыш, төменірек – сазбен тампонаждау"),
)  # fmt: skip


def facility_iu1(doc: Doc) -> None:
    """The passport of a water well drilled for a village's water supply, handed by the driller to the district's water
    utility: no header row, line numbers under three Roman section rows, label and value with a sub-label column used only
    by the wellhead's coordinates — WGS-84 and СК-42 on two lines under one label merged down, the latter about a hundred
    metres off — the utility that keeps the well with its BIN and the drilling contractor with a BIN of its own, the well's
    depth, levels and yield as lines; the geological and technical section in a table of no role (VI: a groundwater
    drilling company's capability profile)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_iu1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    v = doc.pick(VILLAGES)
    village, core, place, prefix, lat0, lon0, utility = v[L], v[2], v[3 + L], v[5], v[6], v[7], v[8 + L]
    driller = doc.pick(HYDRO_DRILLERS)[L]
    bin_, driller_bin = make_bin(r), make_bin(r)
    kato = _kato(doc, prefix)
    lat_w, lon_w = lat0 + r.uniform(-0.01, 0.01), lon0 + r.uniform(-0.01, 0.01)
    lat, lat_v = _dms(lat_w, True, doc.lang)
    lon, lon_v = _dms(lon_w, False, doc.lang)
    lat_sk, _ = _dms(lat_w + 0.0011, True, doc.lang)
    lon_sk, _ = _dms(lon_w + 0.0019, False, doc.lang)
    well = doc.pick(("1-Э", "2-Э", "3-РЭ"))
    depth = 110.0
    static = round(r.uniform(4.5, 11.0), 1)
    yield_ = round(r.uniform(2.8, 6.5), 1)
    start = r.randint(3, 25)
    doc.h(g(f"Паспорт водозаборной скважины № {well}", f"№ {well} су алатын ұңғымасының паспорты", ""))
    doc.p(g("Паспорт составлен буровой организацией по окончании строительства и опытной откачки и передается балансодержателю вместе "
            "с актом приемки скважины в эксплуатацию.",
            "Паспортты бұрғылау ұйымы құрылыс пен тәжірибелік сорып алу аяқталғаннан кейін жасады; ол ұңғыманы пайдалануға қабылдау "
            "актісімен бірге баланс ұстаушыға беріледі.", ""))
    rows, merges = [], []

    def line(no: str, label: str, value: str) -> None:
        rows.append([no, label, None, value])
        merges.append((len(rows) - 1, 1, len(rows) - 1, 2))

    _span(rows, merges, g("I. Общие сведения", "I. Жалпы мәліметтер", ""), 4)
    line("1", g("Назначение скважины", "Ұңғыманың мақсаты", ""),
         g("разведочно-эксплуатационная, для хозяйственно-питьевого водоснабжения", "барлау-пайдалану, шаруашылық-ауыз сумен жабдықтау үшін", ""))
    line("2", g("Объект", "Объект", ""), g(f"Водозабор {village}", f"{village} су жинағышы", ""))
    line("3", g("Местоположение", "Орналасқан жері", ""), place)
    line("4", g("Код КАТО населенного пункта", "Елді мекеннің ҚАТО коды", ""), kato)
    rows.append(["5", g("Координаты устья скважины", "Ұңғыма сағасының координаттары", ""), "WGS-84", f"{lat}, {lon}"])
    rows.append([None, None, g("СК-42", "СК-42", ""), f"{lat_sk}, {lon_sk}"])
    merges += [(len(rows) - 2, 0, len(rows) - 1, 0), (len(rows) - 2, 1, len(rows) - 1, 1)]
    line("6", g("Абсолютная отметка устья, м", "Саға белгісі (абсолюттік), м", ""), num(round(r.uniform(480, 760), 1), doc.lang))
    _span(rows, merges, g("II. Балансодержатель и исполнитель работ", "II. Баланс ұстаушы және жұмыс орындаушы", ""), 4)
    line("7", g("Балансодержатель (эксплуатирующая организация)", "Баланс ұстаушы (пайдаланушы ұйым)", ""), utility)
    line("8", g("БИН балансодержателя", "Баланс ұстаушының БСН", ""), bin_)
    line("9", g("Буровой подрядчик", "Бұрғылау мердігері", ""), driller)
    line("10", g("БИН подрядчика", "Мердігердің БСН", ""), driller_bin)
    line("11", g("Сроки бурения", "Бұрғылау мерзімі", ""),
         g(f"с {start:02d}.05.2025 по {start + 3:02d}.06.2025", f"2025 жылғы {start} мамырдан {start + 3} маусымға дейін", ""))
    _span(rows, merges, g("III. Технические данные", "III. Техникалық деректер", ""), 4)
    line("12", g("Глубина скважины, м", "Ұңғыманың тереңдігі, м", ""), num(depth, doc.lang))
    line("13", g("Статический уровень от устья, м", "Сағадан статикалық деңгей, м", ""), num(static, doc.lang))
    line("14", g("Дебит при опытной откачке, л/с", "Тәжірибелік сорып алу кезіндегі шығым, л/с", ""), num(yield_, doc.lang))
    line("15", g("Понижение уровня, м", "Деңгейдің төмендеуі, м", ""), num(round(r.uniform(6, 18), 1), doc.lang))
    line("16", g("Насос", "Сорғы", ""), g("ЭЦВ 6-6,5-85, глубина установки 52 м", "ЭЦВ 6-6,5-85, орнату тереңдігі 52 м", ""))
    doc.table(None, rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": core, "kato": kato, "lat": lat_v, "lon": lon_v})
    sec = [g(["Интервал, м", None, "Описание пород", "Мощность, м", "Конструкция скважины"],
             ["Аралық, м", None, "Жыныстардың сипаттамасы", "Қалыңдығы, м", "Ұңғыма құрылымы"], []),
           g(["от", "до", None, None, None], ["бастап", "дейін", None, None, None], [])]
    smerges = [(0, 0, 0, 1), (0, 2, 1, 2), (0, 3, 1, 3), (0, 4, 1, 4)]
    for lo, hi, k_ru, k_kk, c_ru, c_kk in SECTION:
        sec.append([num(lo, doc.lang), num(hi, doc.lang), (k_ru, k_kk)[L], num(hi - lo, doc.lang), (c_ru, c_kk)[L]])
    doc.table(g("Геолого-технический разрез скважины", "Ұңғыманың геологиялық-техникалық қимасы", ""), sec, smerges, role="other")
    doc.p(g("Вода по результатам анализов соответствует гигиеническим нормативам (протокол испытаний прилагается).",
            "Талдау нәтижелері бойынша су гигиеналық нормативтерге сәйкес келеді (сынақ хаттамасы қоса беріледі).", ""))


# (company, short, prefix, head office, yard, lat, lon, licence body)
VN_DRILLERS = (
    ("Công ty TNHH Khoan Giếng và Xử lý Nước Phương Nam", "Khoan Giếng và Xử lý Nước Phương Nam", "18",
     "Số 214 đường 30 Tháng 4, phường Ninh Kiều, thành phố Cần Thơ", "Ấp Thới Thạnh, xã Thới Lai, thành phố Cần Thơ", 10.071, 105.559,
     "Ủy ban nhân dân thành phố Cần Thơ"),
    ("Công ty Cổ phần Địa chất Thủy văn Miền Đông", "Địa chất Thủy văn Miền Đông", "36",
     "Số 88 đường Đồng Khởi, phường Trấn Biên, tỉnh Đồng Nai", "Khu phố 5, phường Long Bình, tỉnh Đồng Nai", 10.948, 106.877,
     "Ủy ban nhân dân tỉnh Đồng Nai"),
    ("Công ty TNHH Kỹ thuật Khoan Giếng Cao Nguyên", "Khoan Giếng Cao Nguyên", "60",
     "Số 31 đường Lê Duẩn, phường Buôn Ma Thuột, tỉnh Đắk Lắk", "Thôn 4, xã Hòa Phú, tỉnh Đắk Lắk", 12.623, 107.998,
     "Ủy ban nhân dân tỉnh Đắk Lắk"),
)  # fmt: skip


def _facility_iu1_vi(doc: Doc) -> None:
    r = doc.rng
    company, short, prefix, office, yard, lat0, lon0, body = doc.pick(VN_DRILLERS)
    msdn = _msdn(doc, prefix)
    lat, lon = round(lat0 + r.uniform(-0.004, 0.004), 5), round(lon0 + r.uniform(-0.004, 0.004), 5)
    doc.h(f"HỒ SƠ NĂNG LỰC – {company.upper()}")
    doc.p("Hồ sơ giới thiệu năng lực thi công khoan giếng khai thác nước dưới đất, khoan thăm dò địa chất thủy văn và trám lấp giếng "
          "không sử dụng, gửi kèm hồ sơ dự thầu.")
    rows = [["STT", "Nội dung", "Thông tin"],
            ["1", "Tên doanh nghiệp", company],
            ["2", "Mã số doanh nghiệp (đồng thời là mã số thuế)",
             f"{msdn}, đăng ký lần đầu ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.randint(2006, 2015)}, thay đổi lần thứ "
             f"{r.randint(3, 9)} ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2024"],
            ["3", "Trụ sở chính", office],
            ["4", "Xưởng cơ khí và bãi tập kết máy khoan", yard],
            ["5", "Tọa độ bãi tập kết (hệ WGS-84)", f"{num(lat, 'vi')}° B; {num(lon, 'vi')}° Đ"],
            ["6", "Giấy phép hành nghề khoan nước dưới đất",
             f"Quy mô vừa, số {r.randint(20, 190)}/GP-UBND ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2023 do {body} cấp, thời hạn 10 năm"],
            ["7", "Người đại diện theo pháp luật", f"Ông {doc.pick(('Trần Quốc Bảo', 'Lê Văn Thành', 'Nguyễn Hữu Phước'))} – Giám đốc"],
            ["8", "Tài khoản", f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} tại Ngân hàng TMCP Công Thương Việt Nam"],
            ["9", "Nhân sự kỹ thuật", f"{r.randint(2, 4):02d} kỹ sư địa chất thủy văn, {r.randint(10, 24)} công nhân khoan bậc 4/7 trở lên"]]
    doc.table("I. THÔNG TIN CHUNG", rows, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": short, "lat": lat, "lon": lon})
    rigs = [["STT", "Tên máy, thiết bị", "Số lượng", "Năm sản xuất", "Khả năng khoan"],
            ["1", "Máy khoan xoay tuần hoàn thuận XY-200 (Trung Quốc)", "02", "2019", "đến 200 m, Ø 110–325 mm"],
            ["2", "Máy khoan đập thủy lực dùng khí nén DTH", "01", "2021", "đến 150 m trong đá cứng"],
            ["3", "Máy nén khí diesel 17 bar", "02", "2020", "–"],
            ["4", "Máy bơm bùn BW-250", "03", "2018", "–"]]
    doc.table("II. MÁY MÓC, THIẾT BỊ CHÍNH", rigs, role="other")
    works = [["STT", "Công trình", "Chủ đầu tư", "Năm"],
             ["1", f"Khoan {r.randint(3, 6):02d} giếng khai thác sâu 120–150 m cho trạm cấp nước tập trung", "Trung tâm Nước sạch và Vệ sinh môi trường nông thôn", "2024"],
             ["2", f"Trám lấp {r.randint(15, 40)} giếng khoan không sử dụng trên địa bàn các xã", "Ủy ban nhân dân các xã", "2025"]]
    doc.table("III. MỘT SỐ CÔNG TRÌNH TIÊU BIỂU", works, role="other")


# (RU bidder, KK bidder, core, RU base place, KK base place, KATO prefix, lat, lon, RU area of works, KK area)
EXPLORERS = (
    ("ТОО «Бурғы Сервис Орталық»", "«Бурғы Сервис Орталық» ЖШС", "Бурғы Сервис Орталық",
     "Карагандинская область, Бухар-Жырауский район, п. Ботакара, промышленная зона, участок 7",
     "Қарағанды облысы, Бұқар жырау ауданы, Ботакара кенті, өнеркәсіптік аймақ, 7-учаске", "3544", 50.059, 73.718,
     "на медь на участке «Сарыоба»", "«Сарыоба» учаскесінде мысқа"),
    ("ТОО «Шығыс Геобұрғылау»", "«Шығыс Геобұрғылау» ЖШС", "Шығыс Геобұрғылау",
     "Восточно-Казахстанская область, г. Усть-Каменогорск, Промышленная зона «Левобережная», ул. Бурова, 12",
     "Шығыс Қазақстан облысы, Өскемен қ., «Сол жағалау» өнеркәсіптік аймағы, Буров к-сі, 12", "6310", 49.931, 82.551,
     "на золото на участке «Бесшоқы»", "«Бесшоқы» учаскесінде алтынға"),
    ("ТОО «Ақжал Колонковое Бурение»", "«Ақжал Колонкалық Бұрғылау» ЖШС", "Ақжал",
     "Абайская область, Жарминский район, п. Калбатау, ул. Промышленная, 3",
     "Абай облысы, Жарма ауданы, Қалбатау кенті, Өнеркәсіп к-сі, 3", "1048", 49.329, 81.574,
     "на золото на участке «Қызылтас»", "«Қызылтас» учаскесінде алтынға"),
)  # fmt: skip


def facility_iu2(doc: Doc) -> None:
    """A certificate of the material and technical resources a drilling contractor annexes to its bid in a tender for core
    drilling services: the bidder's name, BIN and legal address in the lead-in only, then a table of what it owns — the base's
    land plot with the place and KATO in one cell, the coordinates as a GPS pair with a decimal point and the cadastral
    number in the document's cell, then the workshop, the diesel station, the fuel store and the waste site placed only
    `на территории базы (п. 1)` — and the base's category only in the note under the table; the rigs in a table of no role
    (VI: a lease of a yard in a port logistics zone between the port company and the drilling-mud company)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_iu2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    e = doc.pick(EXPLORERS)
    bidder, core, place, prefix, lat0, lon0, works = e[L], e[2], e[3 + L], e[5], e[6], e[7], e[8 + L]
    bin_ = make_bin(r)
    kato = _kato(doc, prefix)
    lat, lon = round(lat0 + r.uniform(-0.005, 0.005), 6), round(lon0 + r.uniform(-0.005, 0.005), 6)
    tender = f"{r.randint(1100, 9800)}-Т"
    doc.p(g(f"Приложение 6 к заявке на участие в тендере № {tender}", f"№ {tender} тендерге қатысуға өтінімге 6-қосымша", ""))
    doc.h(g("Справка о наличии материально-технических ресурсов", "Материалдық-техникалық ресурстардың бар екендігі туралы анықтама", ""))
    doc.p(g(f"Потенциальный поставщик: {bidder}, БИН {bin_}. Закупка: услуги колонкового бурения при разведке твердых полезных "
            f"ископаемых {works}, лот № {r.randint(1, 4)}.",
            f"Әлеуетті өнім беруші: {bidder}, БСН {bin_}. Сатып алу: қатты пайдалы қазбаларды барлау кезінде {works} колонкалық "
            f"бұрғылау қызметтері, № {r.randint(1, 4)} лот.", ""))
    base = g("на территории базы (п. 1)", "база аумағында (1-т.)", "")
    rows = [g(["№", "Наименование", "Местонахождение", "Координаты", "Правоустанавливающий документ", "Количество, площадь"],
              ["№", "Атауы", "Орналасқан жері", "Координаттары", "Құқық белгілейтін құжат", "Саны, ауданы"], []),
            ["1", g("Земельный участок производственной базы", "Өндірістік базаның жер учаскесі", ""),
             g(f"{place}; КАТО {kato}", f"{place}; ҚАТО {kato}", ""), f"{lat:.6f}, {lon:.6f}",
             g(f"акт на право частной собственности на земельный участок, кадастровый № 09-{r.randint(100, 199)}-{r.randint(10, 99):03d}-{r.randint(100, 999)}",
               f"жер учаскесіне жеке меншік құқығы актісі, кадастрлық № 09-{r.randint(100, 199)}-{r.randint(10, 99):03d}-{r.randint(100, 999)}", ""),
             g(f"{num(round(r.uniform(1.6, 3.2), 1), 'ru')} га", f"{num(round(r.uniform(1.6, 3.2), 1), 'kk')} га", "")],
            ["2", g("Ремонтно-механический цех с кернохранилищем", "Кернқоймасы бар жөндеу-механикалық цех", ""), base, "–",
             g(f"договор купли-продажи от {r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2019", f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2019 ж. сатып алу-сату шарты", ""),
             g(f"{r.randint(600, 1100)} м²", f"{r.randint(600, 1100)} м²", "")],
            ["3", g("Дизельная электростанция АД-200С (основная и резервная)", "АД-200С дизель электр станциясы (негізгі және резервтік)", ""), base, "–",
             g("собственность, инв. № 000145, 000146", "меншік, түгендеу № 000145, 000146", ""), g("2 ед.", "2 бірл.", "")],
            ["4", g("Склад ГСМ (резервуары РГС-25)", "ЖЖМ қоймасы (РГС-25 резервуарлары)", ""), base, "–", g("собственность", "меншік", ""), "2 × 25 м³"],
            ["5", g("Площадка временного хранения отходов с твердым покрытием", "Қатты жабыны бар қалдықтарды уақытша сақтау алаңы", ""), base, "–",
             g("собственность", "меншік", ""), "120 м²"]]  # fmt: skip
    doc.table(g("1. Производственная база", "1. Өндірістік база", ""), rows, role="facility")
    doc.p(g("Примечание: производственная база отнесена к объектам III категории; декларация о воздействии на окружающую среду представлена "
            f"в местный исполнительный орган {r.randint(1, 28):02d}.02.2025. Координаты определены GPS-приемником (WGS-84).",
            "Ескертпе: өндірістік база III санаттағы объектілерге жатқызылған; қоршаған ортаға әсер ету туралы декларация жергілікті "
            f"атқарушы органға 2025 жылғы {r.randint(1, 28)} ақпанда ұсынылды. Координаттар GPS-қабылдағышпен анықталды (WGS-84).", ""))
    doc.add("facilities", {"bin": bin_, "name_contains": core, "kato": kato, "category": "III", "lat": lat, "lon": lon})
    rigs = [g(["№", "Буровая установка", "Год выпуска", "Глубина бурения (HQ/NQ), м", "Местонахождение"],
              ["№", "Бұрғылау қондырғысы", "Шығарылған жылы", "Бұрғылау тереңдігі (HQ/NQ), м", "Орналасқан жері"], [])]
    for k, (model, year, depth) in enumerate((("Boart Longyear LF-230", 2021, "1 000 / 1 300"), ("Sandvik DE-740", 2019, "900 / 1 200"),
                                              ("УКБ-5П на шасси КамАЗ", 2016, "500 / 800")), 1):
        rigs.append([str(k), model, str(year), depth, g("на базе", "базада", "") if k == 3 else g("на объекте заказчика", "тапсырыс беруші объектісінде", "")])
    doc.table(g("2. Буровые установки", "2. Бұрғылау қондырғылары", ""), rigs, role="other")


# (lessor, lessor prefix, lessee, core, plant, lot, lat, lon, area m2)
VN_YARDS = (
    ("Công ty Cổ phần Cảng Dịch vụ Kỹ thuật Bến Đá", "Công ty TNHH Dung dịch khoan Thái Bình Dương Việt Nam", "Dung dịch khoan Thái Bình Dương",
     "Xưởng pha chế dung dịch khoan và bãi tiếp nhận, xử lý mùn khoan", "Lô C2", 10.3472, 107.0851, 12500),
    ("Công ty Cổ phần Hậu cần Cảng Dầu khí Sao Biển", "Công ty Cổ phần Xử lý Mùn khoan Biển Xanh", "Xử lý Mùn khoan Biển Xanh",
     "Trạm dung dịch khoan và khu xử lý mùn khoan nhiễm dầu Biển Xanh", "Lô B7", 10.3921, 107.1173, 9800),
    ("Công ty Cổ phần Cảng Dịch vụ Kỹ thuật Bến Đá", "Công ty TNHH Hóa phẩm Khoan Mũi Nghinh", "Hóa phẩm Khoan Mũi Nghinh",
     "Kho barite – bentonite, trạm trộn dung dịch khoan và bãi tiếp nhận mùn khoan", "Lô A4", 10.3455, 107.0832, 7200),
)  # fmt: skip


def _facility_iu2_vi(doc: Doc) -> None:
    r = doc.rng
    lessor, lessee, core, plant, lot, lat0, lon0, area = doc.pick(VN_YARDS)
    msdn_a, msdn_b = _msdn(doc, "35"), _msdn(doc, "35")
    lat, lon = round(lat0 + r.uniform(-0.002, 0.002), 5), round(lon0 + r.uniform(-0.002, 0.002), 5)
    doc.p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM – Độc lập - Tự do - Hạnh phúc")
    doc.h("HỢP ĐỒNG THUÊ KHO BÃI VÀ MẶT BẰNG")
    doc.p(f"Số: {r.randint(3, 60):02d}/2025/HĐTKB. Căn cứ Bộ luật Dân sự năm 2015 và nhu cầu của các bên, hôm nay, ngày {r.randint(1, 28):02d} "
          f"tháng {r.randint(1, 12):02d} năm 2025, tại văn phòng Bên A, chúng tôi gồm:")
    rep_a = doc.pick(("Ông Phạm Minh Đức", "Ông Hoàng Văn Lâm"))
    rep_b = doc.pick(("Ông Đỗ Thanh Tùng", "Bà Vũ Thị Ngọc Lan"))
    rows = [["Nội dung", "BÊN CHO THUÊ (BÊN A)", "BÊN THUÊ (BÊN B)"],
            ["Tên doanh nghiệp", lessor, lessee],
            ["Mã số doanh nghiệp", msdn_a, msdn_b],
            ["Địa chỉ trụ sở", f"Số {r.randint(2, 90)} đường 30 Tháng 4, phường Rạch Dừa, Thành phố Hồ Chí Minh",
             f"Số {r.randint(100, 400)} đường Nguyễn An Ninh, phường Vũng Tàu, Thành phố Hồ Chí Minh"],
            ["Người đại diện", f"{rep_a} – Tổng Giám đốc", f"{rep_b} – Giám đốc"]]
    doc.table("Điều 1. Các bên tham gia hợp đồng", rows, role="facility")
    obj = [["Hạng mục", "Nội dung"],
           ["Vị trí", f"{lot}, Khu hậu cần cảng, phường Rạch Dừa, Thành phố Hồ Chí Minh (địa bàn thành phố Vũng Tàu, tỉnh Bà Rịa – Vũng Tàu trước ngày 01/7/2025)"],
           ["Tọa độ tâm lô (WGS-84)", f"{num(lat, 'vi')}; {num(lon, 'vi')}"],
           ["Diện tích", f"{num(area, 'vi')} m², trong đó nhà kho có mái che {num(round(area * 0.35, -1), 'vi')} m²"],
           ["Mục đích sử dụng của Bên B", f"{plant} phục vụ các giàn khoan ngoài khơi"],
           ["Phân loại dự án theo tiêu chí môi trường", "Nhóm II (Phụ lục IV Nghị định số 08/2022/NĐ-CP); Bên B tự lập hồ sơ đề nghị cấp giấy phép môi trường"],
           ["Thời hạn thuê", "10 năm kể từ ngày bàn giao mặt bằng"]]  # fmt: skip
    doc.table("Điều 2. Đối tượng thuê và mục đích sử dụng", obj, role="facility")
    doc.add("facilities", {"bin": msdn_b, "name_contains": core, "category": "II", "lat": lat, "lon": lon})
    price = r.randint(90, 160) * 1000
    doc.table("Phụ lục 1. Đơn giá thuê", [["Hạng mục", "Đơn giá (đồng/m²/tháng)", "Diện tích (m²)"],
                                          ["Bãi hở có bê tông hóa", num(price, "vi"), num(round(area * 0.65, -1), "vi")],
                                          ["Nhà kho có mái che", num(price * 2, "vi"), num(round(area * 0.35, -1), "vi")]], role="other")
    doc.p("Điều 3. Bên B chịu trách nhiệm thực hiện các thủ tục về môi trường, phòng cháy chữa cháy đối với hoạt động của mình trên mặt bằng thuê.")


# ---------------------------------------------------------------- emissions

# code: (ei, g/kWh; qi, g/kg of fuel) — the method's factors for a diesel unit before overhaul, NOx split 0,8 / 0,13
DIESEL = {"0337": (7.2, 30), "0301": (8.24, 34.4), "0304": (1.339, 5.59), "2754": (3.6, 15), "0328": (0.7, 3.0), "0330": (1.1, 4.5),
          "1325": (0.15, 0.6), "0703": (0.000013, 0.000055)}
# (RU area, KK area, RU mineral, KK mineral)
AREAS = (("«Сарыоба»", "«Сарыоба»", "меди", "мыс"), ("«Бесшоқы»", "«Бесшоқы»", "золота", "алтын"), ("«Қызылтас»", "«Қызылтас»", "золота", "алтын"))
# (RU, KK, kW, (low, high) t of fuel a year)
RIG_ENGINES = (
    ("ДЭС буровой установки Sandvik DE-740 (двигатель Cummins QSB 6.7)", "Sandvik DE-740 бұрғылау қондырғысының ДЭС-і (Cummins QSB 6.7 қозғалтқышы)", 153, (55, 85)),
    ("ДЭС буровой установки УКБ-5П (АД-100)", "УКБ-5П бұрғылау қондырғысының ДЭС-і (АД-100)", 100, (38, 60)),
    ("ДЭС полевого лагеря АД-60", "Далалық лагерьдің АД-60 ДЭС-і", 60, (22, 40)),
)  # fmt: skip


def emissions_iu1(doc: Doc) -> None:
    """The section of a plan of exploration works that calculates a core drilling season's emissions by the method for
    stationary diesel units: a row spanning the table per source naming its engine, power `Pэ` and fuel a year `Bгод`, then
    per substance the method's specific factors `ei, г/кВт·ч` and `qi, г/кг топлива` — figures of the same size as the
    results — and only then `Mi, г/с` and `Wi, т/год`, the emissions; a row of column numbers under the header, the mud
    preparation and refuelling sources with dashes under the factors, the season's input data in a table of no role (VI: a
    Vũng Tàu supply base's loads from the WHO factors of diesel oil)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_iu1_vi(doc)
        return
    g = doc.v
    area, _, mineral, mineral_kk = doc.pick(AREAS)
    holes = r.randint(12, 24)
    doc.h(g(f"Раздел 4. Расчет выбросов загрязняющих веществ при разведке {mineral} на участке {area}",
            f"4-бөлім. {area} учаскесінде {mineral_kk} барлау кезіндегі ластаушы заттар шығарындыларын есептеу", ""))
    doc.p(g("Выбросы дизельных установок рассчитаны по Методике расчета выбросов вредных веществ от стационарных дизельных установок "
            "(приказ Министра охраны окружающей среды РК от 18.04.2008 № 100-п): Mi = ei × Pэ / 3600, г/с; Wi = qi × Bгод / 1000, т/год.",
            "Дизель қондырғыларының шығарындылары стационарлық дизель қондырғыларынан зиянды заттар шығарындыларын есептеу әдістемесі "
            "бойынша есептелді (ҚР Қоршаған ортаны қорғау министрінің 2008 жылғы 18 сәуірдегі № 100-п бұйрығы): Mi = ei × Pэ / 3600, г/с; "
            "Wi = qi × Bжыл / 1000, т/жыл.", ""))
    doc.table(g("Таблица 4.1 – Исходные данные", "4.1-кесте – Бастапқы деректер", ""),
              [g(["Показатель", "Значение"], ["Көрсеткіш", "Мәні"], []),
               [g("Количество скважин, шт.", "Ұңғымалар саны, дана", ""), str(holes)],
               [g("Объем колонкового бурения, п.м", "Колонкалық бұрғылау көлемі, қ.м", ""), num(holes * r.randint(28, 45) * 10, doc.lang)],
               [g("Продолжительность полевого сезона, сут.", "Далалық маусым ұзақтығы, тәул.", ""), str(r.randint(150, 185))],
               [g("Режим работы буровых бригад", "Бұрғылау бригадаларының жұмыс режимі", ""),
                g("круглосуточно, 2 смены по 12 ч", "тәулік бойы, 12 сағаттан 2 ауысым", "")]], role="other")
    rows = [g(["Код ЗВ", "Наименование загрязняющего вещества", "ei, г/кВт·ч", "qi, г/кг топлива", "Mi, г/с", "Wi, т/год"],
              ["ЛЗ коды", "Ластаушы заттың атауы", "ei, г/кВт·сағ", "qi, г/кг отын", "Mi, г/с", "Wi, т/жыл"], []),
            ["1", "2", "3", "4", "5", "6"]]
    merges: list = []
    engines = list(RIG_ENGINES) if r.random() < 0.5 else [RIG_ENGINES[0], RIG_ENGINES[2]]
    numbers, all_w = [], []
    for k, (e_ru, e_kk, power, (blo, bhi)) in enumerate(engines, 1):
        number = f"{k:04d}"
        b = round(r.uniform(blo, bhi), 1)
        _span(rows, merges, g(f"Источник № {number} – {e_ru}; Pэ = {power} кВт, Bгод = {num(b, 'ru')} т",
                              f"№ {number} көз – {e_kk}; Pэ = {power} кВт, Bжыл = {num(b, 'kk')} т", ""), 6)
        for code, (ei, qi) in DIESEL.items():
            m = _sig(ei * power / 3600, 4)
            w = _sig(qi * b / 1000, 4)
            rows.append([code, vocab.air(code, doc.lang), num(ei, doc.lang), num(qi, doc.lang), num(m, doc.lang), num(w, doc.lang)])
            doc.add("emissions", emission(code, m, w, number))
            all_w.append(w)
        numbers.append(number)
    others = (("6001", "Площадка приготовления бурового раствора (пересыпка бентонита и полимеров)",
               "Бұрғылау ерітіндісін дайындау алаңы (бентонит пен полимерлерді төгу)", {"2908": ((0.0021, 0.0065), (0.008, 0.03))}),
              ("6002", "Топливозаправщик (заправка буровых установок и ДЭС)", "Жанармай құю көлігі (бұрғылау қондырғылары мен ДЭС-ті толтыру)",
               {"0333": ((0.0000015, 0.000004), (0.0000004, 0.0000012)), "2754": ((0.0005, 0.0015), (0.00015, 0.0004))}))
    for number, n_ru, n_kk, codes in others:
        _span(rows, merges, g(f"Источник № {number} – {n_ru} (расчет по удельным показателям)",
                              f"№ {number} көз – {n_kk} (үлестік көрсеткіштер бойынша есеп)", ""), 6)
        for code, ((glo, ghi), (tlo, thi)) in codes.items():
            m, w = _sig(r.uniform(glo, ghi), 3), _sig(r.uniform(tlo, thi), 3)
            rows.append([code, vocab.air(code, doc.lang), "–", "–", num(m, doc.lang), num(w, doc.lang)])
            doc.add("emissions", emission(code, m, w, number))
            all_w.append(w)
        numbers.append(number)
    rows.append(["", g("Всего по участку работ", "Жұмыс учаскесі бойынша барлығы", ""), "", "", "", num(round(sum(all_w), 6), doc.lang)])
    doc.table(g("Таблица 4.2 – Расчет выбросов загрязняющих веществ", "4.2-кесте – Ластаушы заттар шығарындыларын есептеу", ""), rows, merges,
              role="emissions")
    doc.add("sources", *({"number": n, "type": _kind(n)} for n in numbers))
    doc.p(g("Удельные показатели ei и qi приняты для группы А (до капитального ремонта); оксиды азота разделены на NO2 (0,8) и NO (0,13).",
            "ei және qi үлестік көрсеткіштері А тобы (күрделі жөндеуге дейін) үшін қабылданды; азот оксидтері NO2 (0,8) және NO (0,13) болып бөлінді.", ""))


# (source, (low, high) t of DO a year, hours a year)
VN_BASE_FUEL = (
    ("Máy phát điện dự phòng 1.250 kVA", (14, 30), 400),
    ("Đầu đốt buồng gia nhiệt của hệ thống xử lý mùn khoan nhiễm dầu bằng phương pháp nhiệt (TDU)", (220, 380), 5800),
    ("Xe nâng, cẩu bánh lốp và xe đầu kéo hoạt động trong cảng", (60, 110), 3000),
)
WHO = (("2902", "Bụi tổng", 0.71), ("0330", "SO2", 1.0), ("0301", "NO2", 9.62), ("0337", "CO", 2.19))


def _emissions_iu1_vi(doc: Doc) -> None:
    r = doc.rng
    _, lessee, _, plant, *_ = doc.pick(VN_YARDS)
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – {plant.upper()}")
    doc.h("3.2.1. Tải lượng khí thải từ quá trình đốt dầu DO")
    doc.p(f"Chủ cơ sở: {lessee}. Tải lượng được tính theo hệ số phát thải của Tổ chức Y tế Thế giới (WHO, 1993) đối với dầu DO có hàm lượng "
          "lưu huỳnh S = 0,05 % (hệ số SO2 = 20S kg/tấn). Lượng dầu tiêu thụ lấy theo số liệu thực tế năm 2025.")
    rows = [["TT", "Nguồn phát sinh", "Lượng dầu DO tiêu thụ (tấn/năm)", "Thời gian hoạt động (giờ/năm)", "Thông số",
             "Hệ số phát thải (kg/tấn dầu)", "Tải lượng (kg/năm)", "Tải lượng (g/s)"]]
    merges = []
    for k, (name, (lo, hi), hours) in enumerate(VN_BASE_FUEL, 1):
        fuel = round(r.uniform(lo, hi), 1)
        start = len(rows)
        for j, (code, label, factor) in enumerate(WHO):
            kg = round(fuel * factor, 2)
            gs = _sig(kg * 1000 / (hours * 3600), 3)
            rows.append([str(k) if j == 0 else None, name if j == 0 else None, num(fuel, "vi") if j == 0 else None,
                         num(hours, "vi") if j == 0 else None, label, num(factor, "vi"), num(kg, "vi"), num(gs, "vi")])
            doc.add("emissions", emission(code, gs, round(kg / 1000, 6)))
        merges += [(start, c, len(rows) - 1, c) for c in range(4)]
    doc.table("Bảng 3.5. Tải lượng các chất ô nhiễm từ quá trình đốt dầu DO", rows, merges, role="emissions")
    doc.p("Ghi chú: máy phát điện chỉ vận hành khi mất điện lưới; khí thải lò TDU được xử lý qua cyclon và tháp hấp thụ trước khi thải ra ống "
          "khói cao 18 m.")
    maybe_distractor(doc)


# (number, RU, KK, period, {code: ((low, high) g/s, (low, high) t})
WELL_SOURCES = (
    ("0001", "ДЭС буровой установки 1БА-15В", "1БА-15В бұрғылау қондырғысының ДЭС-і", "construction",
     {"0301": ((0.05, 0.09), (0.15, 0.35)), "0304": ((0.008, 0.015), (0.025, 0.06)), "0328": ((0.004, 0.009), (0.012, 0.03)),
      "0330": ((0.008, 0.015), (0.02, 0.05)), "0337": ((0.04, 0.08), (0.12, 0.3)), "2754": ((0.02, 0.04), (0.06, 0.15))}),
    ("0002", "Передвижной компрессор ПКСД-5,25 (опытная откачка эрлифтом)", "ПКСД-5,25 жылжымалы компрессоры (эрлифтпен тәжірибелік сорып алу)",
     "construction", {"0301": ((0.03, 0.06), (0.03, 0.08)), "0304": ((0.005, 0.01), (0.005, 0.013)), "0337": ((0.025, 0.05), (0.025, 0.07)),
                      "2754": ((0.012, 0.025), (0.012, 0.035))}),
    ("6001", "Устройство зумпфа и планировка площадки", "Зумпф жасау және алаңды тегістеу", "construction", {"2908": ((0.01, 0.04), (0.005, 0.02))}),
    ("6002", "Сварка обсадных труб", "Шегендеу құбырларын дәнекерлеу", "construction",
     {"0123": ((0.001, 0.003), (0.0005, 0.002)), "0143": ((0.0001, 0.0003), (0.00005, 0.0002))}),
    ("6003", "Заправка техники дизельным топливом", "Техниканы дизель отынымен толтыру", "construction",
     {"0333": ((0.000002, 0.000006), (0.0000005, 0.000002)), "2754": ((0.0006, 0.002), (0.0002, 0.0006))}),
    ("0003", "Резервная ДЭС водозабора (30 кВт)", "Су жинағыштың резервтік ДЭС-і (30 кВт)", "operation",
     {"0301": ((0.02, 0.04), (0.004, 0.012)), "0304": ((0.003, 0.006), (0.0007, 0.002)), "0328": ((0.002, 0.004), (0.0004, 0.001)),
      "0330": ((0.003, 0.006), (0.0006, 0.0015)), "0337": ((0.015, 0.03), (0.003, 0.009))}),
    ("0004", "Расходный бак дизельного топлива резервной ДЭС", "Резервтік ДЭС-тің дизель отынының шығыс сыйымдылығы", "operation",
     {"0333": ((0.0000005, 0.000002), (0.00000005, 0.0000002)), "2754": ((0.0002, 0.0007), (0.00002, 0.00008))}),
)  # fmt: skip


def emissions_iu2(doc: Doc) -> None:
    """A report on possible impacts of building a village's groundwater intake: the emissions of drilling the wells and of
    operating the intake as two column groups `Период строительства (г/с | т/период)` and `Период эксплуатации (г/с | т/год)`
    under which each source fills only one, the other pair dashed; the source's number and name merged down over its
    substances, the hazard class printed, totals per period at the bottom (VI: a drilling-mud plant's expansion, the
    construction and operating phases as column groups, no source numbers)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_iu2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    v = doc.pick(VILLAGES)
    village, utility = v[L], v[8 + L]
    days = r.randint(40, 70)
    doc.h(g(f"Отчет о возможных воздействиях. Строительство водозаборных скважин для водоснабжения {village}",
            f"{village} сумен жабдықтау үшін су алатын ұңғымалар салу. Ықтимал әсерлер туралы есеп", ""))
    doc.p(g(f"Заказчик – {utility}. Строительство двух скважин глубиной до 120 м ведется роторным способом с промывкой глинистым раствором, "
            f"продолжительность работ – {days} сут. В период эксплуатации погружные насосы работают от сети; источник выбросов – резервная ДЭС.",
            f"Тапсырыс беруші – {utility}. Тереңдігі 120 м дейінгі екі ұңғыманы салу сазды ерітіндімен жуу арқылы роторлық тәсілмен жүргізіледі, "
            f"жұмыс ұзақтығы – {days} тәул. Пайдалану кезеңінде батпалы сорғылар желіден жұмыс істейді; шығарынды көзі – резервтік ДЭС.", ""))
    head = g(["№ ИЗА", "Наименование источника", "Код ЗВ", "Наименование ЗВ", "Класс опасности", "Период строительства", None, "Период эксплуатации", None],
             ["ЛШК №", "Көздің атауы", "ЛЗ коды", "ЛЗ атауы", "Қауіптілік сыныбы", "Құрылыс кезеңі", None, "Пайдалану кезеңі", None], [])
    rows = [head, [None] * 5 + g(["г/с", "т/период", "г/с", "т/год"], ["г/с", "т/кезең", "г/с", "т/жыл"], [])]
    merges = [(0, c, 1, c) for c in range(5)] + [(0, 5, 0, 6), (0, 7, 0, 8)]
    tot = {"construction": 0.0, "operation": 0.0}
    numbers = []
    for number, n_ru, n_kk, period, codes in WELL_SOURCES:
        start = len(rows)
        for j, (code, ((glo, ghi), (tlo, thi))) in enumerate(codes.items()):
            gs, t = _sig(r.uniform(glo, ghi), 3), _sig(r.uniform(tlo, thi), 3)
            hz = vocab.hazard(code)
            pair = [num(gs, doc.lang), num(t, doc.lang)]
            cells = pair + ["–", "–"] if period == "construction" else ["–", "–"] + pair
            rows.append([number if j == 0 else None, (n_ru, n_kk)[L] if j == 0 else None, code, vocab.air(code, doc.lang), str(hz) if hz else "–",
                         *cells])
            doc.add("emissions", emission(code, gs, t, number, hz, period))
            tot[period] += t
        if len(codes) > 1:
            merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
        numbers.append(number)
    rows.append(["", g("Итого", "Барлығы", ""), "", "", "", "", num(round(tot["construction"], 6), doc.lang), "", num(round(tot["operation"], 6), doc.lang)])
    doc.table(g("Таблица 3.3 – Выбросы загрязняющих веществ по периодам", "3.3-кесте – Кезеңдер бойынша ластаушы заттар шығарындылары", ""),
              rows, merges, role="emissions")
    doc.add("sources", *({"number": n, "type": _kind(n)} for n in numbers))
    doc.p(g("Источники периода строительства являются временными и ликвидируются после сдачи скважин в эксплуатацию.",
            "Құрылыс кезеңінің көздері уақытша болып табылады және ұңғымалар пайдалануға берілгеннен кейін жойылады.", ""))
    maybe_distractor(doc)


# (source, period, {code: ((low, high) g/s, (low, high) t})
VN_EXPANSION = (
    ("Máy móc thi công (máy đào, xe lu, cần cẩu bánh xích)", "construction",
     {"2902": ((0.02, 0.05), (0.08, 0.2)), "0330": ((0.005, 0.012), (0.02, 0.05)), "0301": ((0.08, 0.16), (0.3, 0.7)), "0337": ((0.03, 0.07), (0.1, 0.3))}),
    ("Đào móng, san lấp mặt bằng", "construction", {"2902": ((0.05, 0.15), (0.3, 0.9))}),
    ("Hàn kết cấu thép silo và nhà kho", "construction", {"0123": ((0.001, 0.004), (0.003, 0.012)), "0143": ((0.0001, 0.0004), (0.0003, 0.0012))}),
    ("Ống thải hệ thống lọc bụi túi vải silo barite và bentonite", "operation", {"2902": ((0.03, 0.09), (0.5, 1.6))}),
    ("Khu vực nạp bao, trộn hóa phẩm (phát tán)", "operation", {"2902": ((0.005, 0.02), (0.05, 0.25))}),
    ("Ống thải máy phát điện dự phòng", "operation",
     {"2902": ((0.01, 0.03), (0.005, 0.015)), "0330": ((0.01, 0.03), (0.005, 0.02)), "0301": ((0.2, 0.5), (0.1, 0.3)), "0337": ((0.05, 0.15), (0.03, 0.09))}),
)  # fmt: skip


def _emissions_iu2_vi(doc: Doc) -> None:
    r = doc.rng
    _, lessee, _, plant, *_ = doc.pick(VN_YARDS)
    doc.h(f"BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG CỦA DỰ ÁN MỞ RỘNG {plant.upper()}")
    doc.p(f"Chủ dự án: {lessee}. Dự án bổ sung 04 silo chứa barite, bentonite và 01 nhà kho hóa phẩm; thời gian thi công {r.randint(6, 10)} tháng. "
          "Tải lượng giai đoạn thi công tính cho toàn bộ thời gian thi công (tấn/giai đoạn), giai đoạn vận hành tính cho một năm.")
    rows = [["TT", "Nguồn phát sinh", "Thông số", "Giai đoạn thi công", None, "Giai đoạn vận hành", None],
            [None, None, None, "g/s", "tấn/giai đoạn", "g/s", "tấn/năm"]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 0, 6)]
    for k, (name, period, codes) in enumerate(VN_EXPANSION, 1):
        start = len(rows)
        for j, (code, ((glo, ghi), (tlo, thi))) in enumerate(codes.items()):
            gs, t = _sig(r.uniform(glo, ghi), 3), _sig(r.uniform(tlo, thi), 3)
            pair = [num(gs, "vi"), num(t, "vi")]
            cells = pair + ["-", "-"] if period == "construction" else ["-", "-"] + pair
            rows.append([str(k) if j == 0 else None, name if j == 0 else None, vocab.air(code, "vi", 1 if code in ("0330", "0301", "0337") else 0), *cells])
            doc.add("emissions", emission(code, gs, t, period=period))
        if len(codes) > 1:
            merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    doc.table("Bảng 3.8. Tải lượng bụi, khí thải theo giai đoạn của dự án", rows, merges, role="emissions")
    doc.p("Ghi chú: bụi từ hoạt động đào, san lấp được tính theo hệ số phát thải của WHO; hiệu suất lọc bụi túi vải lấy bằng 99 %.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

HOLE_PREFIX = {"«Сарыоба»": "СО", "«Бесшоқы»": "БШ", "«Қызылтас»": "ҚТ"}
# (size, hole mm, core mm)
BITS = (("HQ", 96.0, 63.5), ("NQ", 75.7, 47.6))
CAMP_WASTES = (
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", (1.5, 4.0), "контейнеры на площадке лагеря", "лагерь алаңындағы контейнерлер"),
    ("15 02 02*", "Промасленная ветошь", "Майланған шүберек", (0.05, 0.2), "металлический ящик с крышкой", "қақпағы бар металл жәшік"),
    ("13 02 05*", "Отработанные моторные масла", "Пайдаланылған мотор майлары", (0.3, 1.2), "бочки на поддоне", "табандықтағы бөшкелер"),
    ("16 01 07*", "Отработанные масляные фильтры", "Пайдаланылған май сүзгілері", (0.02, 0.08), "металлический ящик с крышкой", "қақпағы бар металл жәшік"),
    ("16 01 03", "Изношенные шины", "Тозған шиналар", (0.2, 0.9), "площадка стоянки техники", "техника тұрағы алаңы"),
)  # fmt: skip


def wastes_iu1(doc: Doc) -> None:
    """The waste section of a core drilling season's report: the season's holes as rows with depth, the bit's and the core's
    diameters and the core recovered, the drill cuttings and the spent mud as two columns in cubic metres whose headers carry
    the code, then `Итого, м³`, a density row and `Итого, т` — the amounts — under them; the core is no waste, as the note
    says; the camp's and the machines' wastes in tonnes a season in a second table (VI: a groundwater driller's wells of the
    year in its annual report, cuttings and bentonite slurry in m3, the tonnes under the totals, its workshop's CTNH in kg)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_iu1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    area = doc.pick(AREAS)[0]
    driller = doc.pick(EXPLORERS)[L]
    prefix = HOLE_PREFIX[area]
    first = r.randint(1, 9) * 10 + 100
    doc.h(g(f"Отчет о выполнении геологоразведочных работ за полевой сезон 2025 года. Участок {area}. Раздел 7. Обращение с отходами",
            f"{area} учаскесі. 2025 жылғы далалық маусымда геологиялық барлау жұмыстарының орындалуы туралы есеп. 7-бөлім. Қалдықтармен жұмыс", ""))
    doc.p(g(f"Колонковое бурение выполнено {driller} с промывкой полимерным раствором на водной основе; шлам и отработанный раствор собираются "
            "в зумпфы у буровых установок. Объем шлама рассчитан по разности объемов ствола и керна с коэффициентом кавернозности 1,15.",
            f"Колонкалық бұрғылауды {driller} су негізіндегі полимер ерітіндісімен жуу арқылы орындады; шлам мен пайдаланылған ерітінді бұрғылау "
            "қондырғыларының жанындағы зумпфтарға жиналады. Шлам көлемі оқпан мен керн көлемдерінің айырмасы бойынша 1,15 каверналылық "
            "коэффициентімен есептелді.", ""))
    cut_name = g("Буровой шлам", "Бұрғылау шламы", "")
    mud_name = g("Отработанный буровой раствор", "Пайдаланылған бұрғылау ерітіндісі", "")
    rows = [g(["№", "Скважина", "Глубина, м", "Типоразмер, диаметр скважины / керна, мм", "Выход керна, м", f"{cut_name} (01 05 04), м³",
               f"{mud_name} (01 05 04), м³"],
              ["№", "Ұңғыма", "Тереңдігі, м", "Типөлшемі, ұңғыма / керн диаметрі, мм", "Керн шығымы, м", f"{cut_name} (01 05 04), м³",
               f"{mud_name} (01 05 04), м³"], [])]
    merges = []
    cut_sum = mud_sum = 0.0
    for k in range(1, r.randint(6, 9) + 1):
        depth = r.randint(18, 45) * 10
        size, big, small = doc.pick(BITS)
        cut = round(3.14159 / 4 * (big**2 - small**2) / 1e6 * depth * 1.15, 2)
        mud = round(r.uniform(2.5, 6.0), 1)
        cut_sum, mud_sum = cut_sum + cut, mud_sum + mud
        rows.append([str(k), f"{prefix}-{first + k}", num(depth, doc.lang), f"{size}, {num(big, doc.lang)} / {num(small, doc.lang)}",
                     num(round(depth * r.uniform(0.9, 0.98), 1), doc.lang), num(cut, doc.lang), num(mud, doc.lang)])
    cut_sum, mud_sum = round(cut_sum, 2), round(mud_sum, 1)
    cut_t, mud_t = round(cut_sum * 2.2, 2), round(mud_sum * 1.15, 2)
    for label, a, b in ((g("Итого, м³", "Барлығы, м³", ""), num(cut_sum, doc.lang), num(mud_sum, doc.lang)),
                        (g("Плотность, т/м³", "Тығыздығы, т/м³", ""), "2,2", "1,15"),
                        (g("Итого, т", "Барлығы, т", ""), num(cut_t, doc.lang), num(mud_t, doc.lang))):
        rows.append([label, None, None, None, None, a, b])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
    doc.table(g("Таблица 7.1 – Отходы бурения по скважинам", "7.1-кесте – Ұңғымалар бойынша бұрғылау қалдықтары", ""), rows, merges, role="wastes")
    doc.add("wastes", {"code": "01 05 04", "code_system": "LoW", "hazardous": False, "amount_t": cut_t, "name_contains": cut_name},
            {"code": "01 05 04", "code_system": "LoW", "hazardous": False, "amount_t": mud_t, "name_contains": mud_name})
    doc.p(g("Керн отходом не является: он документируется, опробуется и хранится в кернохранилище недропользователя.",
            "Керн қалдық болып табылмайды: ол құжатталады, сынамаланады және жер қойнауын пайдаланушының кернқоймасында сақталады.", ""))
    rows = [g(["№", "Код", "Наименование отхода", "Образовано за сезон, т", "Место накопления"],
              ["№", "Коды", "Қалдықтың атауы", "Маусымда түзілді, т", "Жинақтау орны"], [])]
    for k, (code, n_ru, n_kk, (lo, hi), p_ru, p_kk) in enumerate(CAMP_WASTES, 1):
        t = round(r.uniform(lo, hi), 3)
        rows.append([str(k), code, (n_ru, n_kk)[L], num(t, doc.lang), (p_ru, p_kk)[L]])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t, "name_contains": (n_ru, n_kk)[L]})
    doc.table(g("Таблица 7.2 – Отходы полевого лагеря и техники", "7.2-кесте – Далалық лагерь мен техниканың қалдықтары", ""), rows, role="wastes")
    maybe_distractor(doc)


VN_COMMUNES = ("Trường Xuân", "Định Môn", "Xuân Thắng", "Đông Thuận", "Tân Thạnh", "Thạnh Lộc", "Hòa Bình", "Phong Điền")
VN_DRILL_CTNH = (("17 02 03", (120, 380)), ("18 02 01", (40, 150)), ("18 01 03", (20, 80)), ("19 06 01", (30, 120)))


def _wastes_iu1_vi(doc: Doc) -> None:
    r = doc.rng
    company, short, *_ = doc.pick(VN_DRILLERS)
    doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – {company.upper()}")
    doc.h("3. Kết quả quản lý chất thải rắn")
    doc.p("Trong năm 2025 Công ty thi công các giếng khai thác nước dưới đất bằng phương pháp khoan xoay tuần hoàn thuận với dung dịch sét "
          "bentonite. Mùn khoan và dung dịch thải được lắng tại hố lắng tạm ở từng giếng, sau đó thu gom về bãi của Công ty; khối lượng (m³) "
          "đo theo thể tích hố lắng, quy đổi ra tấn theo khối lượng riêng.")
    rows = [["TT", "Giếng khoan (công trình)", "Chiều sâu (m)", "Đường kính khoan (mm)", "Mùn khoan (m³)", "Dung dịch khoan bentonite thải (m³)"]]
    merges = []
    cut_sum = mud_sum = 0.0
    for k, commune in enumerate(r.sample(VN_COMMUNES, r.randint(5, 7)), 1):
        depth = r.randint(8, 18) * 10
        dia = doc.pick((168, 219, 273))
        cut = round(3.14159 / 4 * (dia / 1000) ** 2 * depth * 1.2, 2)
        mud = round(r.uniform(4, 12), 1)
        cut_sum, mud_sum = cut_sum + cut, mud_sum + mud
        rows.append([str(k), f"GK{k} – Trạm cấp nước xã {commune}", num(depth, "vi"), num(dia, "vi"), num(cut, "vi"), num(mud, "vi")])
    cut_sum, mud_sum = round(cut_sum, 2), round(mud_sum, 1)
    cut_t, mud_t = round(cut_sum * 1.9, 2), round(mud_sum * 1.12, 2)
    for label, a, b in (("Tổng (m³)", num(cut_sum, "vi"), num(mud_sum, "vi")), ("Khối lượng riêng (tấn/m³)", "1,9", "1,12"),
                        ("Tổng (tấn)", num(cut_t, "vi"), num(mud_t, "vi"))):
        rows.append([label, None, None, None, a, b])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 3))
    doc.table("Bảng 3.1. Chất thải rắn thông thường phát sinh từ hoạt động khoan", rows, merges, role="wastes")
    doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": cut_t, "name_contains": "Mùn khoan"},
            {"code": None, "code_system": None, "hazardous": False, "amount_t": mud_t, "name_contains": "Dung dịch khoan bentonite thải"})
    rows = [["TT", "Tên chất thải", "Mã CTNH", "Khối lượng (kg)", "Đơn vị tiếp nhận xử lý"]]
    for k, (code, (lo, hi)) in enumerate(VN_DRILL_CTNH, 1):
        name = next(n for c, n, _ in vocab.VN_CTNH if c == code)
        kg = r.randint(lo, hi)
        rows.append([str(k), name, code, num(kg, "vi"), "Công ty TNHH Môi trường Xanh Miền Nam"])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000, "name_contains": name})
    doc.table(f"Bảng 3.2. Chất thải nguy hại phát sinh tại xưởng cơ khí của {short}", rows, role="wastes")
    maybe_distractor(doc)


# ((RU section, KK section), [(unit key, code, RU, KK, (low, high) t a unit, RU handling, KK handling)])
ABANDON = (
    (("Ликвидация скважин", "Ұңғымаларды жою"), [
        ("hole", "17 04 05", "Лом черных металлов (обсадные трубы, не подлежащие повторному использованию)",
         "Қара металл сынықтары (қайта пайдалануға жарамсыз шегендеу құбырлары)", (0.12, 0.3), "сдается в пункт приема металлолома",
         "металл сынықтарын қабылдау пунктіне тапсырылады"),
        ("hole", "17 01 01", "Остатки тампонажного (цементного) раствора", "Тампонаждық (цемент) ерітіндінің қалдықтары", (0.03, 0.08),
         "засыпаются в зумпф при рекультивации", "рекультивация кезінде зумпфқа көміледі"),
        ("hole", "15 01 10*", "Тара из-под химических реагентов", "Химиялық реагенттер ыдысы", (0.004, 0.01),
         "передается специализированной организации", "мамандандырылған ұйымға беріледі")]),
    (("Рекультивация буровых площадок и зумпфов", "Бұрғылау алаңдары мен зумпфтарды рекультивациялау"), [
        ("pad", "01 05 04", "Буровой шлам и осадок зумпфов (обезвоженный)", "Бұрғылау шламы мен зумпф тұнбасы (сусыздандырылған)", (1.8, 3.2),
         "вывозится на полигон промышленных отходов", "өнеркәсіптік қалдықтар полигонына шығарылады"),
        ("pad", "17 05 03*", "Грунт, загрязненный нефтепродуктами", "Мұнай өнімдерімен ластанған топырақ", (0.02, 0.06),
         "передается на обезвреживание", "залалсыздандыруға беріледі"),
        ("pad", "17 02 03", "Полиэтиленовая пленка гидроизоляции зумпфов", "Зумпфтарды гидрооқшаулаудың полиэтилен үлдірі", (0.015, 0.04),
         "передается специализированной организации", "мамандандырылған ұйымға беріледі")]),
    (("Техника и персонал ликвидационной бригады", "Жою бригадасының техникасы мен персоналы"), [
        ("machine", "16 01 07*", "Отработанные масляные фильтры", "Пайдаланылған май сүзгілері", (0.006, 0.012),
         "передается специализированной организации", "мамандандырылған ұйымға беріледі"),
        ("machine", "15 02 02*", "Промасленная ветошь", "Майланған шүберек", (0.01, 0.03), "передается специализированной организации",
         "мамандандырылған ұйымға беріледі"),
        ("person", "20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", (0.018, 0.03), "вывозится на полигон ТБО",
         "ҚТҚ полигонына шығарылады")]),
)  # fmt: skip
UNIT_WORDS = {"hole": ("т/скв.", "т/ұңғ.", "скв.", "ұңғ."), "pad": ("т/пл.", "т/алаң", "пл.", "алаң"), "machine": ("т/ед.", "т/бірл.", "ед. техн.", "бірл. техн."),
              "person": ("т/чел.", "т/адам", "чел.", "адам")}


def wastes_iu2(doc: Doc) -> None:
    """A programme of liquidating the consequences of exploration, its wastes worked out by specific norms under section
    rows — the abandonment of holes, the reclamation of pads and sumps, the liquidation crew's machines and people — each
    row a norm per hole, per pad, per machine or per person (`0,24 т/скв.`), the number of units (`14 скв.`) and the total,
    which alone is the amount, a total row at the bottom and the handling in the last column (VI: a plan of plugging a
    commune's abandoned wells, a norm per well in kilograms times the wells, ordinary and hazardous wastes under section
    rows)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_iu2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    area = doc.pick(AREAS)[0]
    holes = r.randint(10, 22)
    counts = {"hole": holes, "pad": holes, "machine": r.randint(4, 7), "person": r.randint(10, 16)}
    doc.h(g(f"Проект ликвидации последствий операций по разведке твердых полезных ископаемых. Участок {area}",
            f"{area} учаскесі. Қатты пайдалы қазбаларды барлау операцияларының салдарын жою жобасы", ""))
    doc.h(g("6.3. Отходы, образующиеся при ликвидационных работах", "6.3. Жою жұмыстары кезінде түзілетін қалдықтар", ""))
    doc.p(g(f"Ликвидации подлежат {holes} разведочных скважин и буровых площадок с зумпфами. Количество отходов определено по удельным "
            "нормативам образования на единицу работ.",
            f"{holes} барлау ұңғымасы және зумпфтары бар бұрғылау алаңдары жойылуға жатады. Қалдықтар мөлшері жұмыс бірлігіне шаққандағы "
            "түзілудің үлестік нормативтері бойынша анықталды.", ""))
    rows = [g(["№", "Код", "Наименование отхода", "Удельный норматив", "Количество единиц", "Всего, т", "Обращение"],
              ["№", "Коды", "Қалдықтың атауы", "Үлестік норматив", "Бірліктер саны", "Барлығы, т", "Қалдықпен жұмыс істеу тәсілі"], [])]
    merges: list = []
    grand = 0.0
    n = 0
    for s, ((s_ru, s_kk), items) in enumerate(ABANDON, 1):
        _span(rows, merges, f"{s}. {(s_ru, s_kk)[L]}", 7)
        for unit, code, n_ru, n_kk, (lo, hi), h_ru, h_kk in items:
            per = UNIT_WORDS[unit]
            n += 1
            norm = _sig(r.uniform(lo, hi), 2)
            total = round(norm * counts[unit], 3)
            grand += total
            name = (n_ru, n_kk)[L]
            rows.append([str(n), code, name, f"{num(norm, doc.lang)} {per[L]}", f"{counts[unit]} {per[2 + L]}", num(total, doc.lang), (h_ru, h_kk)[L]])
            doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": total,
                               "name_contains": _words(name.split(" (")[0], 3)})
    rows.append(["", "", g("Всего", "Барлығы", ""), "", "", num(round(grand, 3), doc.lang), ""])
    doc.table(g("Таблица 6.3 – Расчет образования отходов", "6.3-кесте – Қалдықтардың түзілуін есептеу", ""), rows, merges, role="wastes")
    doc.p(g("Керновый материал, подлежащий списанию, передается недропользователю и в расчет не включен.",
            "Есептен шығарылатын керн материалы жер қойнауын пайдаланушыға беріледі және есепке енгізілмеген.", ""))
    maybe_distractor(doc)


VN_PLUG_ORDINARY = (("Ống chống, ống lọc thép và PVC tháo dỡ khỏi giếng", (25, 60)), ("Cát, bùn, cặn nạo vét trong lòng giếng", (80, 200)),
                    ("Vữa xi măng – sét bentonite dư sau khi trám", (10, 30)))
VN_PLUG_CTNH = (("17 02 03", (0.5, 1.5)), ("18 02 01", (0.3, 0.8)), ("18 01 03", (0.2, 0.6)))


def _wastes_iu2_vi(doc: Doc) -> None:
    r = doc.rng
    company, short, *_ = doc.pick(VN_DRILLERS)
    commune = doc.pick(VN_COMMUNES)
    wells = r.randint(12, 40)
    doc.h(f"PHƯƠNG ÁN TRÁM LẤP GIẾNG KHOAN KHÔNG SỬ DỤNG TRÊN ĐỊA BÀN XÃ {commune.upper()}")
    doc.p(f"Đơn vị thi công: {company}. Phương án lập theo Thông tư số 75/2017/TT-BTNMT quy định về bảo vệ nước dưới đất trong các hoạt động "
          f"khoan, đào, thăm dò, khai thác nước dưới đất; số giếng cần trám lấp: {wells} giếng, chiều sâu trung bình 60 – 120 m.")
    doc.h("5. Dự báo khối lượng chất thải phát sinh")
    rows = [["TT", "Tên chất thải", "Mã CTNH", "Định mức phát sinh (kg/giếng)", "Số giếng", "Tổng khối lượng (kg)"]]
    merges = []
    _span(rows, merges, "A. Chất thải rắn thông thường", 6)
    n = 0
    for name, (lo, hi) in VN_PLUG_ORDINARY:
        n += 1
        norm = float(r.randint(lo, hi))
        total = round(norm * wells, 1)
        rows.append([str(n), name, "-", num(norm, "vi"), str(wells), num(total, "vi")])
        doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": round(total / 1000, 4), "name_contains": _words(name, 4)})
    _span(rows, merges, "B. Chất thải nguy hại", 6)
    for code, (lo, hi) in VN_PLUG_CTNH:
        n += 1
        name = next(nm for c, nm, _ in vocab.VN_CTNH if c == code)
        norm = round(r.uniform(lo, hi), 1)
        total = round(norm * wells, 1)
        rows.append([str(n), name, code, num(norm, "vi"), str(wells), num(total, "vi")])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": round(total / 1000, 4), "name_contains": name})
    doc.table("Bảng 5.1. Khối lượng chất thải dự kiến phát sinh", rows, merges, role="wastes")
    doc.p("Chất thải nguy hại được lưu giữ tạm tại kho của Công ty và chuyển giao cho đơn vị có giấy phép xử lý chất thải nguy hại.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

# (symbol or None, RU label (None: vocab), KK label, RU unit, norm as written, norm, method, (low, high) share or None for below detection, LOD)
DRINK = (
    ("Органолептические показатели", "Органолептикалық көрсеткіштер", [
        (None, "Запах при 20 °С", "20 °С кезіндегі иіс", "балл", "2", None, "ГОСТ 3351-74", (0, 0), None),
        (None, "Цветность", "Түстілігі", "градус", "20", None, "ГОСТ 31868-2012", (0.15, 0.5), None),
        (None, "Мутность", "Лайлылығы", "ЕМФ", "2,6", None, "ГОСТ 3351-74", (0.1, 0.6), None)]),
    ("Обобщенные показатели", "Жалпылама көрсеткіштер", [
        ("pH", None, None, "ед. pH", "6–9", (6, 9), "СТ РК ИСО 10523-2013", (7.0, 8.1), None),
        ("TDS", None, None, "мг/дм³", "1000 (1500)*", 1000, "ГОСТ 18164-72", (0.3, 0.85), None),
        (None, "Жесткость общая", "Жалпы кермектілік", "мг-экв/дм³", "7,0 (10,0)*", None, "ГОСТ 31954-2012", (0.4, 0.9), None)]),
    ("Неорганические вещества", "Бейорганикалық заттар", [
        ("NH4+", None, None, "мг/дм³", "2,0", 2.0, "ГОСТ 33045-2014", None, 0.05),
        ("NO2-", None, None, "мг/дм³", "3,3", 3.3, "ГОСТ 33045-2014", None, 0.003),
        ("NO3-", None, None, "мг/дм³", "45", 45, "ГОСТ 33045-2014", (0.05, 0.4), None),
        ("Cl-", None, None, "мг/дм³", "350", 350, "ГОСТ 4245-72", (0.1, 0.6), None),
        ("SO4", None, None, "мг/дм³", "500", 500, "ГОСТ 31940-2012", (0.1, 0.7), None),
        ("Fe", None, None, "мг/дм³", "0,3", 0.3, "ГОСТ 4011-72", (0.1, 0.9), None),
        ("Mn", None, None, "мг/дм³", "0,1", 0.1, "ГОСТ 4974-2014", (0.1, 0.8), None),
        ("Cu", None, None, "мг/дм³", "1,0", 1.0, "ГОСТ 31870-2012", (0.002, 0.02), None),
        ("Zn", None, None, "мг/дм³", "5,0", 5.0, "ГОСТ 31870-2012", (0.002, 0.01), None),
        ("Pb", None, None, "мг/дм³", "0,01", 0.01, "ГОСТ 31870-2012", None, 0.002),
        ("As", None, None, "мг/дм³", "0,01", 0.01, "ГОСТ 31870-2012", None, 0.005),
        ("F-", None, None, "мг/дм³", "1,5", 1.5, "ГОСТ 4386-89", (0.1, 0.6), None)]),
)  # fmt: skip


def _with_u(value: float, lang: str, ph: bool = False) -> str:
    """A result with its expanded uncertainty, `7,4 ± 0,2`."""
    u = 0.2 if ph else _sig(value * 0.12, 2)
    return f"{num(value, lang)} ± {num(u, lang)}"


def limits_iu1(doc: Doc) -> None:
    """An accredited laboratory's protocol of drinking water from the two new wells of a village intake before their
    handover: group rows of organoleptic, general and inorganic parameters, the method's standard in a column, the norm
    `не более` before the two wells' results under a merged header, each result written with its uncertainty (`7,4 ± 0,2`),
    `< 0,05` below detection, a dry-residue norm `1000 (1500)*` whose bracketed value is only an exception the footnote
    explains, hardness in `мг-экв/дм³`, odour in points and colour in degrees (VI: wells GK1, GK2 of a commune's water station
    against QCVN 01-1:2018/BYT in the last column, under rows of group A and group B parameters, `KPH`)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_iu1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    v = doc.pick(VILLAGES)
    village, utility = v[L], v[8 + L]
    driller = doc.pick(HYDRO_DRILLERS)[L]
    wells = ("1-Э", "2-Э")
    doc.h(g(f"Протокол испытаний № {r.randint(100, 900)}-В/2025", f"№ {r.randint(100, 900)}-В/2025 сынақ хаттамасы", ""))
    doc.p(g(f"Заказчик: {driller}. Объект: водозабор {village} (балансодержатель – {utility}). Пробы воды отобраны "
            f"{r.randint(3, 27):02d}.06.2025 из скважин 1-Э и 2-Э после откачки; норматив – гигиенические нормативы к безопасности "
            "питьевой воды.",
            f"Тапсырыс беруші: {driller}. Объект: {village} су жинағышы (баланс ұстаушы – {utility}). Су сынамалары 2025 жылғы "
            f"{r.randint(3, 27)} маусымда сорып алудан кейін 1-Э және 2-Э ұңғымаларынан алынды; норматив – ауыз судың қауіпсіздігіне "
            "қойылатын гигиеналық нормативтер.", ""))
    rows = [g(["№", "Показатель", "Ед. изм.", "НД на метод испытаний", "Норматив, не более", "Результаты испытаний", None],
              ["№", "Көрсеткіш", "Өлш. бірл.", "Сынақ әдісіне НҚ", "Норматив, аспайды", "Сынақ нәтижелері", None], []),
            [None, None, None, None, None, *wells]]
    merges = [(0, c, 1, c) for c in range(5)] + [(0, 5, 0, 6)]
    n = 0
    for s_ru, s_kk, items in DRINK:
        _span(rows, merges, (s_ru, s_kk)[L], 7)
        for sym, l_ru, l_kk, unit, said, norm, method, share, lod in items:
            n += 1
            label = vocab.water(sym, doc.lang) if sym else (l_ru, l_kk)[L]
            unit_said = g(unit, unit.replace("ед. pH", "pH бірл."), "")
            cells = []
            for w in wells:
                if share is None:
                    cells.append(f"< {num(lod, doc.lang)}")
                    add(doc, {k: x for k, x in limit(("symbol", sym), "water", norm, "mg/l", None, w).items() if k != "value"})
                    continue
                if sym == "pH":
                    val = round(r.uniform(*share), 1)
                    cells.append(_with_u(val, doc.lang, ph=True))
                elif sym is None and unit == "балл":
                    val = 0.0
                    cells.append("0")
                else:
                    base = float(said.split(" ")[0].replace(",", "."))
                    val = _sig(base * r.uniform(*share), 2)
                    cells.append(_with_u(val, doc.lang))
                if sym:
                    add(doc, limit(("symbol", sym), "water", norm, "mg/l", None, w, val))
            rows.append([str(n), label, unit_said, method, said, *cells])
    doc.table(g("Результаты испытаний", "Сынақ нәтижелері", ""), rows, merges, role="limits")
    doc.p(g("* Величина, указанная в скобках, может быть установлена по постановлению главного государственного санитарного врача "
            "соответствующей территории для конкретной системы водоснабжения.",
            "* Жақшада көрсетілген шама тиісті аумақтың бас мемлекеттік санитариялық дәрігерінің қаулысы бойынша нақты сумен жабдықтау "
            "жүйесі үшін белгіленуі мүмкін.", ""))
    doc.p(g("Заключение: проба воды по исследованным показателям соответствует гигиеническим нормативам.",
            "Қорытынды: су сынамасы зерттелген көрсеткіштер бойынша гигиеналық нормативтерге сәйкес келеді.", ""))
    distractor(doc, "approval")


# (group, [(symbol or None, label, unit, method, limit as written, limit, (low, high) share or None for KPH)])
QCVN01 = (
    ("I. Thông số nhóm A", [
        (None, "Độ đục", "NTU", "TCVN 12402-1:2020", "2", None, (0.1, 0.8)),
        (None, "Màu sắc", "TCU", "TCVN 6185:2015", "15", None, (0.1, 0.6)),
        ("pH", "pH", "-", "TCVN 6492:2011", "6,0 – 8,5", (6.0, 8.5), (6.6, 7.9)),
        ("As", "Asen (As)", "mg/L", "SMEWW 3114B:2023", "0,01", 0.01, None)]),
    ("II. Thông số nhóm B", [
        ("NH4+", "Amoni (tính theo N)", "mg/L", "SMEWW 4500-NH3.F:2023", "0,3", 0.3, (0.1, 0.8)),
        ("Cl-", "Clorua (Cl-)", "mg/L", "SMEWW 4500-Cl-.B:2023", "250", 250, (0.05, 0.5)),
        ("Fe", "Sắt (Fe)", "mg/L", "TCVN 6177:1996", "0,3", 0.3, (0.2, 0.9)),
        ("Mn", "Mangan (Mn)", "mg/L", "SMEWW 3111B:2023", "0,1", 0.1, (0.1, 0.9)),
        ("NO3-", "Nitrat (NO3- tính theo N)", "mg/L", "TCVN 6180:1996", "2", 2, (0.05, 0.6)),
        ("NO2-", "Nitrit (NO2- tính theo N)", "mg/L", "TCVN 6178:1996", "0,05", 0.05, None),
        ("SO4", "Sunfat (SO4 2-)", "mg/L", "SMEWW 4500-SO42-.E:2023", "250", 250, (0.02, 0.3)),
        ("TDS", "Tổng chất rắn hòa tan (TDS)", "mg/L", "SMEWW 2540C:2023", "1.000", 1000, (0.1, 0.5)),
        ("Pb", "Chì (Pb)", "mg/L", "SMEWW 3113B:2023", "0,01", 0.01, None),
        ("F-", "Florua (F-)", "mg/L", "SMEWW 4500-F-.D:2023", "1,5", 1.5, (0.05, 0.4))]),
)  # fmt: skip


def _limits_iu1_vi(doc: Doc) -> None:
    r = doc.rng
    company, *_ = doc.pick(VN_DRILLERS)
    commune = doc.pick(VN_COMMUNES)
    wells = ("GK1", "GK2")
    doc.h(f"PHIẾU KẾT QUẢ THỬ NGHIỆM SỐ {r.randint(100, 990)}/2025/KQTN-N")
    doc.p(f"Khách hàng: {company}. Mẫu: nước dưới đất lấy tại 02 giếng khoan mới của Trạm cấp nước xã {commune} sau khi bơm rửa giếng, ngày "
          f"lấy mẫu {r.randint(2, 27):02d}/{r.randint(3, 11):02d}/2025. Kết quả được so sánh với QCVN 01-1:2018/BYT – Quy chuẩn kỹ thuật quốc gia "
          "về chất lượng nước sạch sử dụng cho mục đích sinh hoạt.")
    rows = [["TT", "Thông số", "Đơn vị", "Phương pháp thử", "Kết quả", None, "QCVN 01-1:2018/BYT (giới hạn tối đa cho phép)"],
            [None, None, None, None, *wells, None]]
    merges = [(0, c, 1, c) for c in range(4)] + [(0, 4, 0, 5), (0, 6, 1, 6)]
    n = 0
    for group, items in QCVN01:
        _span(rows, merges, group, 7)
        for sym, label, unit, method, said, lim, share in items:
            n += 1
            cells = []
            for w in wells:
                if share is None:
                    cells.append("KPH")
                    add(doc, {k: x for k, x in limit(("symbol", sym), "water", lim, "mg/l", None, w).items() if k != "value"})
                    continue
                if sym == "pH":
                    val = round(r.uniform(*share), 1)
                else:
                    base = lim if lim is not None else float(said)
                    val = _sig(base * r.uniform(*share), 2)
                cells.append(num(val, "vi"))
                if sym:
                    add(doc, limit(("symbol", sym), "water", lim, "mg/l", None, w, val))
            rows.append([str(n), label, unit, method, *cells, said])
    doc.table(None, rows, merges, role="limits")
    doc.p("Ghi chú: KPH – không phát hiện (nhỏ hơn giới hạn phát hiện của phương pháp: As 0,001 mg/L; Nitrit 0,005 mg/L; Pb 0,001 mg/L). "
          "Kết quả chỉ có giá trị đối với mẫu thử.")
    maybe_distractor(doc)


# symbol: (RU header, KK header, ПДК as written, ПДК or None, (low, high) mg/kg)
SOIL_PADS = {
    "TPH": ("Нефтепродукты", "Мұнай өнімдері", "не норм.", None, (12, 140)),
    "Cu": ("Медь (подвижная форма)", "Мыс (жылжымалы түрі)", "3,0", 3.0, (0.6, 5.5)),
    "Zn": ("Цинк (подвижная форма)", "Мырыш (жылжымалы түрі)", "23,0", 23.0, (1.5, 14)),
    "Pb": ("Свинец (валовое содержание)", "Қорғасын (жалпы құрамы)", "32,0", 32.0, (6, 28)),
    "As": ("Мышьяк (валовое содержание)", "Күшән (жалпы құрамы)", "2,0", 2.0, (0.4, 3.1)),
}


def limits_iu2(doc: Doc) -> None:
    """A protocol of soil sampled on the reclaimed drill pads of an exploration area before handing the land back, a row per
    pad `П-3 (площадка скв. СО-113)` and one for the background point `Ф-1`, the depth of sampling as a range in a column of
    its own, the substances as columns with their form (`подвижная форма`, `валовое содержание`) and `мг/кг` in the header,
    the ПДК in a row under it, petroleum products `не норм.` and thus no limit (VI: a cuttings yard's soil, the points as
    columns and the metals as rows, the industrial land's limits of QCVN 03-MT:2015/BTNMT in the last column)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_iu2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    area = doc.pick(AREAS)[0]
    prefix = HOLE_PREFIX[area]
    first = r.randint(1, 9) * 10 + 100
    doc.h(g(f"Протокол испытаний почв № {r.randint(20, 300)}-П. Рекультивированные буровые площадки участка {area}",
            f"{area} учаскесінің рекультивацияланған бұрғылау алаңдары. № {r.randint(20, 300)}-П топырақ сынағы хаттамасы", ""))
    doc.p(g("Пробы отобраны методом конверта после завершения технического и биологического этапов рекультивации; фоновая проба – на "
            "ненарушенном участке в 500 м севернее. Содержание меди и цинка определено в подвижной форме (ацетатно-аммонийный буфер pH 4,8).",
            "Сынамалар рекультивацияның техникалық және биологиялық кезеңдері аяқталғаннан кейін конверт әдісімен алынды; фондық сынама – "
            "500 м солтүстікке қарай бұзылмаған учаскеде. Мыс пен мырыштың құрамы жылжымалы түрде анықталды (pH 4,8 ацетатты-аммонийлі буфер).", ""))
    keys = list(SOIL_PADS)
    rows = [[g("Точка отбора", "Сынама алу нүктесі", ""), g("Глубина, см", "Тереңдігі, см", ""),
             *(f"{SOIL_PADS[k][L]}, {g('мг/кг', 'мг/кг', '')}" for k in keys)],
            [g("ПДК", "ШЖК", ""), "–", *(SOIL_PADS[k][2] if L == 0 or k != "TPH" else "нормаланбаған" for k in keys)]]
    points = [(f"П-{j}", g(f"площадка скв. {prefix}-{first + j}", f"{prefix}-{first + j} ұңғ. алаңы", "")) for j in range(1, r.randint(4, 6) + 1)]
    points.append(("Ф-1", g("фон", "фон", "")))
    for pid, where in points:
        line = [f"{pid} ({where})", "0–20"]
        for k in keys:
            lo, hi = SOIL_PADS[k][4]
            if pid == "Ф-1":
                lo, hi = lo * 0.7, hi * 0.8
            val = _sig(r.uniform(lo, hi), 2)
            line.append(num(val, doc.lang))
            if SOIL_PADS[k][3] is not None:
                add(doc, limit(("symbol", k), "soil", SOIL_PADS[k][3], "mg/kg", None, pid, val))
        rows.append(line)
    doc.table(g("Результаты испытаний проб почвы", "Топырақ сынамаларын сынау нәтижелері", ""), rows, role="limits")
    doc.p(g("Содержание меди и мышьяка, местами превышающее ПДК, обусловлено природной геохимической аномалией рудного поля и отмечается "
            "также в фоновой пробе.",
            "Мыс пен күшәннің кей жерлерде ШЖК-дан асатын құрамы кен алаңының табиғи геохимиялық аномалиясымен байланысты және фондық "
            "сынамада да байқалады.", ""))
    maybe_distractor(doc)


VN_YARD_POINTS = (("Đ1", "Bãi tập kết thùng mùn khoan (skip)"), ("Đ2", "Cạnh hệ thống TDU"), ("Đ3", "Khu pha chế dung dịch khoan"),
                  ("Đ4", "Rãnh thu nước mưa cuối bãi"), ("Đ5", "Đối chứng, ngoài hàng rào 200 m"))


def _limits_iu2_vi(doc: Doc) -> None:
    r = doc.rng
    _, lessee, _, plant, *_ = doc.pick(VN_YARDS)
    doc.h(f"KẾT QUẢ QUAN TRẮC CHẤT LƯỢNG ĐẤT NĂM 2025 – {plant.upper()}")
    doc.p(f"Chủ cơ sở: {lessee}. Mẫu đất mặt (0 – 30 cm) lấy ngày {r.randint(2, 27):02d}/{r.randint(4, 10):02d}/2025. Khu vực cơ sở là đất "
          "thương mại, dịch vụ trong khu hậu cần cảng nên so sánh với giới hạn đối với đất công nghiệp của QCVN 03-MT:2015/BTNMT.")
    keys = ("As", "Cd", "Pb", "Cu", "Zn", "Cr")
    rows = [["TT", "Thông số", "Đơn vị", *(p for p, _ in VN_YARD_POINTS), "QCVN 03-MT:2015/BTNMT (đất công nghiệp)"],
            [None, None, None, *(w for _, w in VN_YARD_POINTS), None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 8, 1, 8)]
    shares = {"As": (0.1, 0.5), "Cd": (0.02, 0.15), "Pb": (0.03, 0.2), "Cu": (0.04, 0.25), "Zn": (0.1, 0.5), "Cr": (0.05, 0.3)}
    for k, key in enumerate(keys, 1):
        lim = float(SOIL_VN_IND[key])
        line = [str(k), vocab.soil(key, "vi"), "mg/kg"]
        for pid, _ in VN_YARD_POINTS:
            val = _sig(lim * r.uniform(*shares[key]), 2)
            line.append(num(val, "vi"))
            add(doc, limit(("symbol", key), "soil", lim, "mg/kg", None, pid, val))
        rows.append(line + [num(lim, "vi")])
    rows.append([str(len(keys) + 1), vocab.soil("TPH", "vi"), "mg/kg", *(num(_sig(r.uniform(40, 600), 2), "vi") for _ in VN_YARD_POINTS), "-"])
    doc.table("Bảng 4. Kết quả phân tích mẫu đất", rows, merges, role="limits")
    doc.p("Nhận xét: hàm lượng kim loại nặng tại các vị trí đều thấp hơn giới hạn cho phép; tổng hydrocacbon dầu mỏ chưa có quy chuẩn so sánh.")
    maybe_distractor(doc)


# symbol: limit for industrial land, mg/kg (QCVN 03-MT:2015/BTNMT)
SOIL_VN_IND = {"As": 25, "Cd": 10, "Pb": 300, "Cu": 300, "Zn": 300, "Cr": 250}


# ---------------------------------------------------------------- monitoring

BASE_SOURCES = (("0001", "ДЭС-1 (АД-200С)", "ДЭС-1 (АД-200С)", True), ("0002", "ДЭС-2 (АД-200С, резервная)", "ДЭС-2 (АД-200С, резервтік)", True),
                ("0003", "Котельная базы (КВ-0,4, уголь)", "База қазандығы (КВ-0,4, көмір)", True),
                ("0004", "Сварочный пост РМЦ (местный отсос)", "ЖМЦ дәнекерлеу посты (жергілікті сорғыш)", False))
# code: frequency at each of the four sources, None for no control
BASE_PLAN = {
    "0301": ("quarterly", "semiannual", "quarterly", None), "0304": ("quarterly", "semiannual", "semiannual", None),
    "0337": ("quarterly", "semiannual", "quarterly", None), "0330": ("semiannual", "yearly", "quarterly", None),
    "0328": ("semiannual", "yearly", "semiannual", None), "2908": (None, None, "quarterly", None), "0703": (None, None, "yearly", None),
    "0123": (None, None, None, "semiannual"), "0143": (None, None, None, "semiannual"),
}
ABBR = {"ru": {"quarterly": "кв.", "semiannual": "п/г", "yearly": "г."}, "kk": {"quarterly": "тоқс.", "semiannual": "ж.ж.", "yearly": "жыл."}}


def monitoring_iu1(doc: Doc) -> None:
    """A drilling contractor's plan-graph of control at the sources of its production base, the substances (code and name)
    as rows and the sources as columns under a merged header `Источники выбросов`, each cell an abbreviated frequency (`кв.`,
    `п/г`, `г.`) or a dash, the abbreviations explained only in a legend under the table, a last row giving the control method
    of each source (VI: a drilling-mud plant's programme in its permit as a matrix of parameters by points marked `x`, the
    frequency of each point in a bottom row)."""
    if doc.lang == "vi":
        _monitoring_iu1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    e = doc.pick(EXPLORERS)
    bidder = e[L]
    doc.h(g(f"Программа производственного экологического контроля производственной базы {bidder} на 2026–2028 годы",
            f"{bidder} өндірістік базасының 2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.h(g("4.2. План-график контроля на источниках выбросов", "4.2. Шығарынды көздеріндегі бақылау жоспар-кестесі", ""))
    doc.p(g("Инструментальные замеры выполняются аккредитованной лабораторией по договору; выбросы сварочного поста определяются "
            "расчетным методом по фактическому расходу электродов.",
            "Аспаптық өлшеулерді шарт бойынша аккредиттелген зертхана орындайды; дәнекерлеу постының шығарындылары электродтардың нақты "
            "шығыны бойынша есептік әдіспен анықталады.", ""))
    width = 2 + len(BASE_SOURCES)
    rows = [g(["Код ЗВ", "Наименование загрязняющего вещества", "Источники выбросов (№ ИЗА)", None, None, None],
              ["ЛЗ коды", "Ластаушы заттың атауы", "Шығарынды көздері (ЛШК №)", None, None, None], []),
            [None, None, *(f"{n}\n{(s_ru, s_kk)[L]}" for n, s_ru, s_kk, _ in BASE_SOURCES)]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, width - 1)]
    abbr = ABBR[doc.lang]
    pairs = []
    for code, words in BASE_PLAN.items():
        rows.append([code, vocab.air(code, doc.lang), *(abbr[w] if w else "–" for w in words)])
        for (number, *_), w in zip(BASE_SOURCES, words, strict=True):
            if w:
                doc.add("monitoring", {"source_number": number, "code": code, "frequency": w})
                pairs.append((number, code))
    rows.append([g("Метод контроля", "Бақылау әдісі", ""), None,
                 *(g("инструментальный", "аспаптық", "") if inst else g("расчетный", "есептік", "") for *_, inst in BASE_SOURCES)])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 1))
    doc.table(g("Таблица 4.2", "4.2-кесте", ""), rows, merges, role="monitoring")
    doc.p(g("Условные обозначения: кв. – 1 раз в квартал; п/г – 1 раз в полугодие; г. – 1 раз в год; «–» – контроль не проводится.",
            "Шартты белгілер: тоқс. – тоқсанына 1 рет; ж.ж. – жарты жылда 1 рет; жыл. – жылына 1 рет; «–» – бақылау жүргізілмейді.", ""))
    doc.add("sources", *({"number": n, "type": "organized"} for n, *_ in BASE_SOURCES))
    doc.add("emissions", *(emission(c, None, None, n) for n, c in sorted(pairs)))
    maybe_distractor(doc)


VN_PLANT_POINTS = (("KT1", "Ống thải hệ thống lọc bụi túi vải silo barite – bentonite", "semiannual"),
                   ("KT2", "Ống khói hệ thống xử lý mùn khoan nhiễm dầu bằng nhiệt (TDU)", "quarterly"),
                   ("NT1", "Nước thải sau hệ thống xử lý, trước khi đấu nối vào cống thoát nước của khu cảng", "quarterly"))
# (kind, key, label, unit, points marked)
VN_PLANT_PARAMS = (
    (None, None, "Lưu lượng", "m³/h", ("KT1", "KT2", "NT1")), ("code", "2902", "Bụi tổng", "mg/Nm³", ("KT1", "KT2")),
    ("code", "0330", "SO2", "mg/Nm³", ("KT2",)), ("code", "0301", "NO2", "mg/Nm³", ("KT2",)), ("code", "0337", "CO", "mg/Nm³", ("KT2",)),
    ("symbol", "pH", "pH", "-", ("NT1",)), ("symbol", "TSS", "Tổng chất rắn lơ lửng (TSS)", "mg/L", ("NT1",)),
    ("symbol", "COD", "COD", "mg/L", ("NT1",)), ("symbol", "TPH", "Tổng dầu mỡ khoáng", "mg/L", ("NT1",)),
    ("symbol", "Cl-", "Clorua (Cl-)", "mg/L", ("NT1",)),
)


def _monitoring_iu1_vi(doc: Doc) -> None:
    _, lessee, _, plant, *_ = doc.pick(VN_YARDS)
    doc.h(f"CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG ĐỊNH KỲ – {plant.upper()}")
    doc.p(f"Chủ cơ sở: {lessee}. Chương trình thực hiện theo nội dung giấy phép môi trường; đơn vị quan trắc có chứng nhận VIMCERTS. "
          "Dấu «x» là thông số phải quan trắc tại vị trí tương ứng.")
    rows = [["Thông số", "Đơn vị", *(p for p, _, _ in VN_PLANT_POINTS)], [None, None, *(d for _, d, _ in VN_PLANT_POINTS)]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1)]
    for kind, key, label, unit, marked in VN_PLANT_PARAMS:
        rows.append([label, unit, *("x" if p in marked else "" for p, _, _ in VN_PLANT_POINTS)])
        if kind:
            for p, _, word in VN_PLANT_POINTS:
                if p in marked:
                    doc.add("monitoring", {"point": p, kind: key, "frequency": word})
    rows.append(["Tần suất", None, *(freq(doc, w) for _, _, w in VN_PLANT_POINTS)])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 1))
    doc.table("Bảng 5.1. Vị trí, thông số và tần suất quan trắc", rows, merges, role="monitoring")
    doc.p("Quy chuẩn so sánh: QCVN 19:2009/BTNMT cột B (Kp = 1,0; Kv = 0,8) đối với khí thải; QCVN 40:2011/BTNMT cột B đối với nước thải.")
    maybe_distractor(doc)


INTAKE_SHORT = ("Cl-", "SO4", "TDS", "NO3-", "Fe")
INTAKE_FULL = ("pH", "TDS", "Cl-", "SO4", "NO3-", "NO2-", "NH4+", "Fe", "Mn", "F-", "Cu", "Zn", "Pb", "As")


def monitoring_iu2(doc: Doc) -> None:
    """The programme of monitoring the groundwater of a village intake annexed to its permit for special water use: kinds of
    observation as rows — levels and withdrawal with no substance, a short chemical analysis quarterly at both wells, a full
    one yearly at the working well only, coliforms monthly at both, radiology yearly with no substance — the wells as bare
    numbers `1-Э, 2-Э` in one cell under `№ скважин`, the wells' data in a table of no role before it (VI: the plan of
    supervising a commune water station's exploitation of groundwater, levels and flow continuous, the treated water's group
    A monthly and groups A and B half-yearly at the clean-water tank, the raw water quarterly at the three wells)."""
    r = doc.rng
    if doc.lang == "vi":
        _monitoring_iu2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    v = doc.pick(VILLAGES)
    village, utility = v[L], v[8 + L]
    doc.h(g(f"Программа мониторинга подземных вод водозабора {village}", f"{village} су жинағышының жерасты суларын мониторингілеу бағдарламасы", ""))
    doc.p(g(f"Водопользователь – {utility}. Программа является приложением к разрешению на специальное водопользование; лабораторные "
            "исследования выполняет аккредитованная лаборатория по договору.",
            f"Су пайдаланушы – {utility}. Бағдарлама арнайы су пайдалануға рұқсатқа қосымша болып табылады; зертханалық зерттеулерді шарт "
            "бойынша аккредиттелген зертхана орындайды.", ""))
    doc.table(g("Таблица 1 – Характеристика скважин", "1-кесте – Ұңғымалардың сипаттамасы", ""),
              [g(["№ скважины", "Глубина, м", "Дебит, л/с", "Насос", "Состояние"], ["Ұңғыма №", "Тереңдігі, м", "Шығымы, л/с", "Сорғы", "Жай-күйі"], []),
               ["1-Э", "110", num(round(r.uniform(3, 6.5), 1), doc.lang), "ЭЦВ 6-6,5-85", g("рабочая", "жұмыс", "")],
               ["2-Э", "105", num(round(r.uniform(2.5, 5.5), 1), doc.lang), "ЭЦВ 6-6,5-85", g("резервная", "резервтік", "")]], role="other")
    names = ", ".join
    lab = g("аккредитованная лаборатория", "аккредиттелген зертхана", "")
    plan = (
        (g("Замер статического и динамического уровня", "Статикалық және динамикалық деңгейді өлшеу", ""), ("1-Э", "2-Э"),
         g("уровень воды, м", "су деңгейі, м", ""), None, g("ежемесячно", "ай сайын", ""), g("оператор водозабора", "су жинағыш операторы", "")),
        (g("Учет водоотбора", "Су алуды есепке алу", ""), ("1-Э", "2-Э"), g("объем по водомеру, м³", "су есептегіш бойынша көлемі, м³", ""), None,
         _fw(doc, "daily"), g("оператор водозабора", "су жинағыш операторы", "")),
        (g("Сокращенный химический анализ", "Қысқартылған химиялық талдау", ""), ("1-Э", "2-Э"), names(vocab.water(s, doc.lang) for s in INTAKE_SHORT),
         (INTAKE_SHORT, "quarterly"), freq(doc, "quarterly"), lab),
        (g("Полный химический анализ", "Толық химиялық талдау", ""), ("1-Э",), names(vocab.water(s, doc.lang) for s in INTAKE_FULL),
         (INTAKE_FULL, "yearly"), freq(doc, "yearly"), lab),
        (g("Микробиологический анализ", "Микробиологиялық талдау", ""), ("1-Э", "2-Э"), vocab.water("Coliform", doc.lang), (("Coliform",), "monthly"),
         freq(doc, "monthly"), lab),
        (g("Радиологический анализ", "Радиологиялық талдау", ""), ("1-Э",), g("суммарная альфа- и бета-активность", "жиынтық альфа- және бета-белсенділік", ""),
         None, freq(doc, "yearly"), lab),
    )  # fmt: skip
    rows = [g(["№", "Вид наблюдений", "№ скважин", "Определяемые показатели", "Периодичность", "Исполнитель"],
              ["№", "Бақылау түрі", "Ұңғымалар №", "Анықталатын көрсеткіштер", "Кезеңділігі", "Орындаушы"], [])]
    for k, (kind, wells, what, keys, said, who) in enumerate(plan, 1):
        rows.append([str(k), kind, ", ".join(wells), what, said, who])
        if keys:
            symbols, word = keys
            for w in wells:
                for s in symbols:
                    doc.add("monitoring", {"point": w, "symbol": s, "frequency": word})
    doc.table(g("Таблица 2 – Программа мониторинга", "2-кесте – Мониторинг бағдарламасы", ""), rows, role="monitoring")
    doc.p(g("Результаты мониторинга представляются в бассейновую инспекцию ежегодно до 15 января.",
            "Мониторинг нәтижелері бассейндік инспекцияға жыл сайын 15 қаңтарға дейін ұсынылады.", ""))


def _monitoring_iu2_vi(doc: Doc) -> None:
    company, *_ = doc.pick(VN_DRILLERS)
    commune = doc.pick(VN_COMMUNES)
    doc.h(f"PHƯƠNG ÁN GIÁM SÁT KHAI THÁC, SỬ DỤNG NƯỚC DƯỚI ĐẤT – TRẠM CẤP NƯỚC XÃ {commune.upper()}")
    doc.p(f"Trạm khai thác nước từ 03 giếng khoan GK1, GK2, GK3 do {company} thi công. Phương án lập theo Thông tư số 17/2021/TT-BTNMT quy định "
          "về giám sát khai thác, sử dụng tài nguyên nước và Thông tư số 41/2018/TT-BYT về chất lượng nước sạch.")
    a = ("As", "pH", "Coliform")
    ab = ("As", "pH", "NH4+", "Fe", "Mn", "Cl-", "NO3-", "SO4", "TDS")
    raw = ("pH", "TDS", "Cl-", "NH4+", "Fe", "Mn")
    plan = (
        ("Mực nước tĩnh, mực nước động", "GK1, GK2, GK3", "Mực nước (m)", None, "Tự động, liên tục (15 phút/lần)", "Thiết bị đo tự động"),
        ("Lưu lượng khai thác", "GK1, GK2, GK3", "Lưu lượng (m³/h)", None, "Liên tục", "Đồng hồ đo lưu lượng"),
        ("Chất lượng nước dưới đất khai thác", "GK1, GK2, GK3", ", ".join(vocab.water(s, "vi") for s in raw), (raw, ("GK1", "GK2", "GK3"), "quarterly"),
         freq(doc, "quarterly"), "Thuê đơn vị quan trắc"),
        ("Chất lượng nước sạch – nhóm A", "NS1 – Bể chứa nước sạch sau xử lý", ", ".join(vocab.water(s, "vi") for s in a), (a, ("NS1",), "monthly"),
         freq(doc, "monthly"), "Trạm tự thực hiện, gửi mẫu xét nghiệm"),
        ("Chất lượng nước sạch – nhóm A và nhóm B", "NS1 – Bể chứa nước sạch sau xử lý", ", ".join(vocab.water(s, "vi") for s in ab),
         (ab, ("NS1",), "semiannual"), freq(doc, "semiannual"), "Thuê đơn vị quan trắc"),
    )  # fmt: skip
    rows = [["TT", "Nội dung giám sát", "Vị trí", "Thông số", "Tần suất", "Phương thức thực hiện"]]
    for k, (what, where, params, keys, said, how) in enumerate(plan, 1):
        rows.append([str(k), what, where, params, said, how])
        if keys:
            symbols, points, word = keys
            for p in points:
                for s in symbols:
                    doc.add("monitoring", {"point": p, "symbol": s, "frequency": word})
    doc.table("Bảng 2. Nội dung, vị trí, thông số và tần suất giám sát", rows, role="monitoring")
    doc.p("Số liệu giám sát tự động được kết nối, truyền về hệ thống giám sát tài nguyên nước của Sở Nông nghiệp và Môi trường.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
ALL = frozenset(range(1, 13))
QUARTERS = frozenset((3, 6, 9, 12))
SEASON = frozenset(range(5, 11))
# (RU object, KK object, RU responsible, KK responsible, months, frequency)
GRID_CHECKS = (
    ("Склад ГСМ производственной базы", "Өндірістік базаның ЖЖМ қоймасы", "Начальник базы", "База бастығы", ALL, "monthly"),
    ("Дизельные электростанции и котельная базы", "Базаның дизель электр станциялары мен қазандығы", "Главный механик", "Бас механик", QUARTERS, "quarterly"),
    ("Площадка временного хранения отходов", "Қалдықтарды уақытша сақтау алаңы", "Инженер-эколог", "Инженер-эколог", ALL, "monthly"),
    ("Буровые установки и площадки скважин на участках работ", "Жұмыс учаскелеріндегі бұрғылау қондырғылары мен ұңғыма алаңдары",
     "Начальник участка буровых работ", "Бұрғылау жұмыстары учаскесінің бастығы", SEASON, "monthly"),
    ("Зумпфы и шламовые амбары", "Зумпфтар мен шлам амбарлары", "Инженер-эколог", "Инженер-эколог", SEASON, "monthly"),
    ("Журналы учета отходов, водопотребления и расхода топлива", "Қалдықтарды, су тұтынуды және отын шығынын есепке алу журналдары",
     "Инженер-эколог", "Инженер-эколог", frozenset((6, 12)), "semiannual"),
    ("Рекультивированные буровые площадки", "Рекультивацияланған бұрғылау алаңдары", "Главный геолог", "Бас геолог", frozenset((10,)), "yearly"),
)  # fmt: skip
VN_GRID_CHECKS = (
    ("Kho hóa phẩm (barite, bentonite, hóa chất pha dung dịch khoan)", "Thủ kho", ALL, "monthly"),
    ("Bãi tiếp nhận và lưu giữ thùng mùn khoan", "Tổ trưởng bãi", ALL, "monthly"),
    ("Hệ thống xử lý nước thải", "Cán bộ môi trường", ALL, "monthly"),
    ("Hệ thống TDU, cyclon và tháp hấp thụ", "Quản đốc xưởng TDU", QUARTERS, "quarterly"),
    ("Kho chứa chất thải nguy hại", "Cán bộ môi trường", QUARTERS, "quarterly"),
    ("Hồ sơ, sổ theo dõi và chứng từ chất thải nguy hại", "Trưởng phòng HSE", frozenset((6, 12)), "semiannual"),
    ("Việc thực hiện các nội dung của giấy phép môi trường", "Phó Giám đốc kỹ thuật", frozenset((11,)), "yearly"),
)


def inspections_iu1(doc: Doc) -> None:
    """A drilling contractor's plan-graph of internal checks of environmental requirements for the year: the object, the
    responsible and the months `I` … `XII` as columns under a merged header, a `+` where a check falls, so that the frequency
    is only read from the marks — every month, the last month of each quarter, June and December, October alone, and the
    field season May to October for the rigs and sumps — with the legend in a line under the table (VI: a Vũng Tàu supply
    base's grid of self-inspection, `T1` … `T12` marked `x`)."""
    r = doc.rng
    vi = doc.lang == "vi"
    g = doc.v
    if vi:
        _, lessee, _, plant, *_ = doc.pick(VN_YARDS)
        doc.h(f"KẾ HOẠCH TỰ KIỂM TRA CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2026 – {plant.upper()}")
        doc.p(f"Ban hành kèm theo Quyết định số {r.randint(10, 99)}/QĐ-{doc.pick(('TBD', 'BX', 'MN'))} ngày {r.randint(2, 28):02d}/12/2025 "
              f"của Giám đốc {lessee}. Dấu «x» là tháng thực hiện kiểm tra.")
        checks = [(obj, who, months, word) for obj, who, months, word in VN_GRID_CHECKS]
        head = ["TT", "Đối tượng kiểm tra", "Người chịu trách nhiệm", "Thời gian thực hiện (tháng)", *[None] * 11]
        sub = [None, None, None, *(f"T{m}" for m in range(1, 13))]
        mark = "x"
    else:
        L = _L(doc)
        bidder = doc.pick(EXPLORERS)[L]
        doc.h(g(f"План-график внутренних проверок соблюдения экологических требований на 2026 год. {bidder}",
                f"{bidder}. Экологиялық талаптардың сақталуын ішкі тексерудің 2026 жылға арналған жоспар-кестесі", ""))
        doc.p(g("Утвержден приказом директора. Результаты проверок оформляются актом и регистрируются в журнале внутреннего контроля.",
                "Директордың бұйрығымен бекітілді. Тексеру нәтижелері актімен ресімделеді және ішкі бақылау журналында тіркеледі.", ""))
        checks = [(c[L], c[2 + L], c[4], c[5]) for c in GRID_CHECKS]
        head = g(["№", "Объект проверки", "Ответственный", "Месяцы 2026 года", *[None] * 11],
                 ["№", "Тексеру объектісі", "Жауапты", "2026 жылғы айлар", *[None] * 11], [])
        sub = [None, None, None, *ROMAN]
        mark = "+"
    rows = [head, sub]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 14)]
    for k, (obj, who, months, word) in enumerate(checks, 1):
        rows.append([str(k), obj, who, *(mark if m in months else "" for m in range(1, 13))])
        doc.add("obligations", {"kind": "inspection", "frequency": word, "text_contains": _words(obj, 3), "actor_contains": who})
    doc.table(g("График проверок", "Тексерулер кестесі", "Bảng 1. Lịch kiểm tra"), rows, merges, role="inspections")
    doc.p(g("«+» – месяц проведения проверки; на участках работ проверки проводятся в течение полевого сезона.",
            "«+» – тексеру жүргізілетін ай; жұмыс учаскелерінде тексерулер далалық маусым ішінде жүргізіледі.",
            "Ghi chú: kết quả kiểm tra được lập thành biên bản và lưu tại Phòng HSE."))
    maybe_distractor(doc)


# ((RU position, KK position), [(RU object, KK object, RU what, KK what, frequency, RU said, KK said)])
DUTIES = (
    (("Буровой мастер", "Бұрғылау шебері"), [
        ("Буровая установка и площадка скважины", "Бұрғылау қондырғысы және ұңғыма алаңы", "отсутствие проливов ГСМ, наличие поддонов и сорбентов",
         "ЖЖМ төгілуінің болмауы, табандықтар мен сорбенттердің болуы", None, "ежесменно", "әр ауысымда"),
        ("Зумпф и циркуляционная система", "Зумпф және айналым жүйесі", "уровень раствора, целостность обваловки",
         "ерітінді деңгейі, үйінді қоршаудың бүтіндігі", "daily", "ежедневно", "күн сайын")]),
    (("Начальник участка", "Учаске бастығы"), [
        ("Ликвидируемые скважины", "Жойылатын ұңғымалар", "соответствие тампонажа проекту, установка репера", "тампонаждың жобаға сәйкестігі, репер орнату",
         None, "по каждой скважине", "әр ұңғыма бойынша"),
        ("Полевой лагерь", "Далалық лагерь", "санитарное состояние, вывоз ТБО", "санитариялық жай-күйі, ҚТҚ шығару", "weekly", "еженедельно", "апта сайын")]),
    (("Инженер по охране труда и окружающей среды", "Еңбекті және қоршаған ортаны қорғау жөніндегі инженер"), [
        ("Производственная база", "Өндірістік база", "журналы учета отходов, договоры на вывоз", "қалдықтарды есепке алу журналдары, шығару шарттары",
         "monthly", "ежемесячно", "ай сайын"),
        ("Площадка временного хранения отходов", "Қалдықтарды уақытша сақтау алаңы", "сроки накопления, маркировка тары",
         "жинақтау мерзімдері, ыдыстың таңбалануы", "quarterly", "ежеквартально", "тоқсан сайын")]),
    (("Главный инженер", "Бас инженер"), [
        ("Рекультивированные площадки", "Рекультивацияланған алаңдар", "качество рекультивации, приемка комиссией", "рекультивация сапасы, комиссиямен қабылдау",
         "yearly", "1 раз в год (сентябрь)", "жылына 1 рет (қыркүйек)")]),
)  # fmt: skip
VN_DUTIES = (
    ("Đội trưởng đội khoan", [
        ("Máy khoan, máy bơm và khu vực thi công tại giếng", "Rò rỉ dầu, che chắn, thu gom mùn và nước thải", None, "Mỗi ca"),
        ("Hố lắng tạm và rãnh thu dung dịch", "Mức bùn, bờ bao, không để tràn ra ngoài", "daily", "Hằng ngày")]),
    ("Kỹ sư địa chất thủy văn (giám sát kỹ thuật)", [
        ("Giếng được trám lấp", "Chiều sâu trám, vật liệu trám, khối lượng vữa theo phương án", None, "Mỗi giếng trước khi nghiệm thu"),
        ("Nhật ký thi công trám lấp", "Ghi chép đầy đủ, có xác nhận của chủ giếng", "weekly", "Hằng tuần")]),
    ("Cán bộ an toàn – môi trường", [
        ("Kho tập kết thiết bị và chất thải nguy hại", "Phân loại, dán nhãn, thời gian lưu giữ", "monthly", "01 tháng/lần"),
        ("Hợp đồng, chứng từ chuyển giao chất thải nguy hại", "Đầy đủ, đúng đơn vị có giấy phép", "quarterly", "03 tháng/lần")]),
    ("Giám đốc kỹ thuật", [
        ("Toàn bộ công trình trám lấp đang thi công", "Tiến độ, chất lượng, hồ sơ nghiệm thu", "semiannual", "06 tháng/lần")]),
)


def inspections_iu2(doc: Doc) -> None:
    """The annex of a drilling contractor's order fixing who checks what during the abandonment of holes: the position in the
    first column merged down over the objects it answers for, what is checked and the frequency as the order writes it —
    `ежесменно` and `по каждой скважине` being no frequencies of the contract (VI: a groundwater driller's table of duties in
    plugging a commune's wells, `Mỗi ca`, `Mỗi giếng trước khi nghiệm thu`)."""
    r = doc.rng
    g = doc.v
    if doc.lang == "vi":
        company, *_ = doc.pick(VN_DRILLERS)
        doc.h(f"BẢNG PHÂN CÔNG TRÁCH NHIỆM KIỂM TRA, GIÁM SÁT BẢO VỆ MÔI TRƯỜNG KHI TRÁM LẤP GIẾNG – {company.upper()}")
        doc.p(f"Kèm theo Quyết định số {r.randint(5, 80)}/QĐ-GĐ ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2026 của Giám đốc Công ty.")
        rows = [["Chức danh", "Hạng mục kiểm tra", "Nội dung kiểm tra", "Tần suất"]]
        actors = [who for who, _ in VN_DUTIES]
        picked = [items for _, items in VN_DUTIES]
    else:
        L = _L(doc)
        bidder = doc.pick(EXPLORERS)[L]
        doc.p(g(f"Приложение к приказу {bidder} от {r.randint(1, 28):02d}.03.2026 № {r.randint(10, 90)}-П",
                f"{bidder} 2026 жылғы {r.randint(1, 28)} наурыздағы № {r.randint(10, 90)}-Б бұйрығына қосымша", ""))
        doc.h(g("Распределение обязанностей по внутреннему экологическому контролю при ликвидации скважин",
                "Ұңғымаларды жою кезіндегі ішкі экологиялық бақылау жөніндегі міндеттерді бөлу", ""))
        rows = [g(["Должность", "Объект контроля", "Что проверяется", "Периодичность"], ["Лауазымы", "Бақылау объектісі", "Не тексеріледі", "Кезеңділігі"], [])]
        actors = [pos[L] for pos, _ in DUTIES]
        picked = [[(c[L], c[2 + L], c[4], c[5 + L]) for c in items] for _, items in DUTIES]
    merges = []
    for who, items in zip(actors, picked, strict=True):
        start = len(rows)
        for j, (obj, what, word, said) in enumerate(items):
            rows.append([who if j == 0 else None, obj, what, said])
            item = {"kind": "inspection", "text_contains": _words(obj, 3), "actor_contains": who}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
        if len(items) > 1:
            merges.append((start, 0, len(rows) - 1, 0))
    doc.table(None, rows, merges, role="inspections")
    doc.p(g("Выявленные нарушения устраняются немедленно; сведения о них передаются инженеру по охране труда и окружающей среды.",
            "Анықталған бұзушылықтар дереу жойылады; олар туралы мәліметтер еңбекті және қоршаған ортаны қорғау жөніндегі инженерге беріледі.",
            "Mọi vi phạm phát hiện phải được khắc phục ngay và báo cáo Cán bộ an toàn – môi trường."))
    distractor(doc, "contacts")


# ---------------------------------------------------------------- tasks

# ((RU stage, KK stage), [(RU task, KK task, RU unit, KK unit, volume, actor key, months)])
ABANDON_PLAN = (
    (("Подготовительные работы", "Дайындық жұмыстары"), [
        ("Демонтаж и вывоз буровых установок и оборудования с участка", "Бұрғылау қондырғылары мен жабдықтарды бөлшектеу және учаскеден шығару",
         "компл.", "жиынт.", 2, "driller", (4, 5)),
        ("Вывоз отходов с буровых площадок и полевого лагеря", "Бұрғылау алаңдары мен далалық лагерьден қалдықтарды шығару", "т", "т", 18.5,
         "waste", (5,))]),
    (("Ликвидация скважин", "Ұңғымаларды жою"), [
        ("Ликвидационный тампонаж скважин глинисто-цементным раствором", "Ұңғымаларды саз-цемент ерітіндісімен жою тампонажы", "скв.", "ұңғ.", None,
         "driller", (5, 6)),
        ("Установка реперов на устьях ликвидированных скважин", "Жойылған ұңғымалардың сағаларына реперлер орнату", "шт.", "дана", None, "driller", (6,)),
        ("Оформление актов ликвидации скважин", "Ұңғымаларды жою актілерін ресімдеу", "акт", "акт", None, "geo", (6,))]),
    (("Рекультивация нарушенных земель", "Бұзылған жерлерді рекультивациялау"), [
        ("Откачка и вывоз отработанного бурового раствора из зумпфов", "Пайдаланылған бұрғылау ерітіндісін зумпфтардан сорып алу және шығару",
         "м³", "м³", 56, "waste", (6,)),
        ("Засыпка зумпфов и планировка площадок (технический этап)", "Зумпфтарды көму және алаңдарды тегістеу (техникалық кезең)", "га", "га", 0.42,
         "recl", (7,)),
        ("Нанесение плодородного слоя и посев многолетних трав (биологический этап)",
         "Құнарлы қабатты төсеу және көпжылдық шөптерді себу (биологиялық кезең)", "га", "га", 0.42, "recl", (8, 9)),
        ("Отбор проб почвы на рекультивированных площадках", "Рекультивацияланған алаңдарда топырақ сынамаларын алу", "проба", "сынама", 16, "lab", (9,)),
        ("Сдача рекультивированных земель землепользователю по акту", "Рекультивацияланған жерлерді жер пайдаланушыға акт бойынша тапсыру", "акт", "акт",
         1, "geo", (10,))]),
)  # fmt: skip
ACTORS = {
    "driller": ("Буровой подрядчик", "Бұрғылау мердігері"), "waste": ("Специализированная организация по договору", "Шарт бойынша мамандандырылған ұйым"),
    "geo": ("Геологическая служба недропользователя", "Жер қойнауын пайдаланушының геологиялық қызметі"),
    "recl": ("Подрядчик по рекультивации", "Рекультивация жөніндегі мердігер"), "lab": ("Аккредитованная лаборатория", "Аккредиттелген зертхана"),
}
SEASON_MONTHS = (4, 5, 6, 7, 8, 9, 10, 11)


def tasks_iu1(doc: Doc) -> None:
    """A calendar plan of liquidating the consequences of exploration as a bar chart: items `1.1` under stage rows, the unit,
    the volume, the executor and the months April to November as columns under a merged header with `■` in the months of
    work, so that no term is written (VI: a commune's plan of plugging abandoned wells for the year, the lead and the partner
    bodies, the four quarters as bars and the product of each task)."""
    r = doc.rng
    if doc.lang == "vi":
        _tasks_iu1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    area = doc.pick(AREAS)[0]
    holes = r.randint(10, 22)
    doc.h(g(f"Календарный план работ по ликвидации последствий разведки на участке {area} (2026 год)",
            f"{area} учаскесінде барлау салдарын жою жұмыстарының күнтізбелік жоспары (2026 жыл)", ""))
    doc.p(g(f"Ликвидации подлежат {holes} скважин колонкового бурения; работы выполняются после окончания буровых работ в бесснежный период.",
            f"Колонкалық бұрғылаудың {holes} ұңғымасы жойылуға жатады; жұмыстар бұрғылау аяқталғаннан кейін қарсыз кезеңде орындалады.", ""))
    width = 5 + len(SEASON_MONTHS)
    rows = [g(["№", "Наименование работ", "Ед. изм.", "Объем", "Исполнитель", "2026 год, месяцы", *[None] * (len(SEASON_MONTHS) - 1)],
              ["№", "Жұмыстардың атауы", "Өлш. бірл.", "Көлемі", "Орындаушы", "2026 жыл, айлар", *[None] * (len(SEASON_MONTHS) - 1)], []),
            [None] * 5 + [ROMAN[m - 1] for m in SEASON_MONTHS]]
    merges = [(0, c, 1, c) for c in range(5)] + [(0, 5, 0, width - 1)]
    for s, ((s_ru, s_kk), items) in enumerate(ABANDON_PLAN, 1):
        _span(rows, merges, f"{s}. {(s_ru, s_kk)[L]}", width)
        for k, (t_ru, t_kk, u_ru, u_kk, volume, actor, months) in enumerate(items, 1):
            text, who = (t_ru, t_kk)[L], ACTORS[actor][L]
            rows.append([f"{s}.{k}", text, (u_ru, u_kk)[L], num(volume if volume is not None else holes, doc.lang), who,
                         *("■" if m in months else "" for m in SEASON_MONTHS)])
            doc.add("obligations", {"kind": "task", "number": f"{s}.{k}", "text_contains": _words(text, 4), "actor_contains": who})
    doc.table(g("Таблица 9.1", "9.1-кесте", ""), rows, merges, role="tasks")
    doc.p(g("■ – период выполнения работ.", "■ – жұмыстарды орындау кезеңі.", ""))
    maybe_distractor(doc)


def _tasks_iu1_vi(doc: Doc) -> None:
    r = doc.rng
    company, *_ = doc.pick(VN_DRILLERS)
    commune = doc.pick(VN_COMMUNES)
    wells = r.randint(15, 45)
    plan = (
        ("Rà soát, thống kê giếng khoan không sử dụng trên địa bàn xã", "Ủy ban nhân dân xã", "Các thôn, ấp", (1,), "Danh mục giếng"),
        ("Thông báo, hướng dẫn chủ giếng về trách nhiệm trám lấp giếng", "Ủy ban nhân dân xã", company, (1, 2), "Thông báo"),
        ("Lập phương án trám lấp giếng, gửi Sở Nông nghiệp và Môi trường", company, "Ủy ban nhân dân xã", (2,), "Phương án trám lấp"),
        (f"Thi công trám lấp {wells} giếng theo phương án", company, "Chủ giếng", (2, 3), "Nhật ký thi công"),
        ("Giám sát, nghiệm thu kết quả trám lấp từng giếng", "Ủy ban nhân dân xã", "Sở Nông nghiệp và Môi trường", (3,), "Biên bản nghiệm thu"),
        ("Lập báo cáo kết quả trám lấp giếng gửi Sở Nông nghiệp và Môi trường", company, "Ủy ban nhân dân xã", (4,), "Báo cáo"),
        ("Cập nhật thông tin giếng đã trám lấp vào cơ sở dữ liệu tài nguyên nước", "Sở Nông nghiệp và Môi trường", "Ủy ban nhân dân xã", (4,),
         "Cơ sở dữ liệu"),
    )  # fmt: skip
    doc.h(f"KẾ HOẠCH TRÁM LẤP GIẾNG KHOAN KHÔNG SỬ DỤNG NĂM 2026 TRÊN ĐỊA BÀN XÃ {commune.upper()}")
    doc.p(f"(Ban hành kèm theo Quyết định số {r.randint(20, 300)}/QĐ-UBND ngày {r.randint(2, 28):02d}/01/2026 của Ủy ban nhân dân xã {commune})")
    rows = [["TT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện năm 2026", None, None, None, "Sản phẩm"],
            [None, None, None, None, "Quý I", "Quý II", "Quý III", "Quý IV", None]]
    merges = [(0, c, 1, c) for c in range(4)] + [(0, 4, 0, 7), (0, 8, 1, 8)]
    for k, (text, lead, partner, quarters, product) in enumerate(plan, 1):
        rows.append([str(k), text, lead, partner, *("x" if q in quarters else "" for q in (1, 2, 3, 4)), product])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text, 5), "actor_contains": lead})
    doc.table("Phụ lục. Nhiệm vụ và phân công thực hiện", rows, merges, role="tasks")
    doc.p("Kinh phí trám lấp đối với giếng của hộ gia đình do ngân sách xã hỗ trợ; giếng của tổ chức do chủ giếng tự chi trả.")


# (finding's number, RU finding, KK finding, [(RU action, KK action, RU responsible, KK responsible, RU term, KK term)])
FINDINGS = (
    ("НС-01", "Под ДЭС буровой установки и емкостью ГСМ отсутствуют поддоны, грунт загрязнен дизельным топливом",
     "Бұрғылау қондырғысының ДЭС-і мен ЖЖМ сыйымдылығының астында табандықтар жоқ, топырақ дизель отынымен ластанған", [
         ("Установить металлические поддоны под ДЭС и емкости ГСМ на всех буровых установках", "Барлық бұрғылау қондырғыларында ДЭС пен ЖЖМ сыйымдылықтарының астына металл табандықтар орнату",
          "Главный механик", "Бас механик", "до 15.06.2026", "2026 жылғы 15 маусымға дейін"),
         ("Снять загрязненный грунт и передать его на обезвреживание", "Ластанған топырақты алып, залалсыздандыруға беру",
          "Начальник участка", "Учаске бастығы", "до 30.06.2026", "2026 жылғы 30 маусымға дейін")]),
    ("НС-02", "Зумпф у скважины не имеет гидроизоляции и ограждения", "Ұңғыма жанындағы зумпфтың гидрооқшаулауы мен қоршауы жоқ", [
        ("Оборудовать зумпфы гидроизоляцией из полиэтиленовой пленки и сигнальным ограждением", "Зумпфтарды полиэтилен үлдірден гидрооқшаулаумен және белгі қоршауымен жабдықтау",
         "Буровой мастер", "Бұрғылау шебері", "до начала бурения каждой скважины", "әр ұңғыманы бұрғылау басталғанға дейін")]),
    ("НС-03", "Не ведется журнал учета отходов на участке работ", "Жұмыс учаскесінде қалдықтарды есепке алу журналы жүргізілмейді", [
        ("Назначить приказом ответственного и вести журнал учета отходов", "Бұйрықпен жауапты тұлғаны тағайындау және қалдықтарды есепке алу журналын жүргізу",
         "Инженер по ООС", "ҚОҚ жөніндегі инженер", "до 01.06.2026", "2026 жылғы 1 маусымға дейін"),
        ("Провести внеплановый инструктаж буровых бригад по обращению с отходами", "Бұрғылау бригадаларына қалдықтармен жұмыс істеу бойынша жоспардан тыс нұсқама өткізу",
         "Инженер по ООС", "ҚОҚ жөніндегі инженер", "до 05.06.2026", "2026 жылғы 5 маусымға дейін")]),
    ("НС-04", "Промасленная ветошь и фильтры хранятся вместе с ТБО", "Майланған шүберек пен сүзгілер ҚТҚ-мен бірге сақталады", [
        ("Установить на площадке лагеря отдельный маркированный контейнер для опасных отходов", "Лагерь алаңында қауіпті қалдықтарға арналған жеке таңбаланған контейнер орнату",
         "Начальник участка", "Учаске бастығы", "до 10.06.2026", "2026 жылғы 10 маусымға дейін"),
        ("Заключить договор на вывоз опасных отходов со специализированной организацией", "Мамандандырылған ұйыммен қауіпті қалдықтарды шығаруға шарт жасасу",
         "Заместитель директора по производству", "Директордың өндіріс жөніндегі орынбасары", "до 15.06.2026", "2026 жылғы 15 маусымға дейін")]),
)  # fmt: skip


def tasks_iu2(doc: Doc) -> None:
    """A drilling contractor's plan of corrective actions after the subsoil user's environmental audit of its rigs: the
    finding's number in the audit's act (`НС-02`) and its text merged down over the actions that answer it, each action
    numbered on its own in the first column, the responsible, the term and an empty column for the mark of completion (VI: a
    Vũng Tàu supply base's plan of remedying the findings of the Department's inspection, a finding over two measures)."""
    r = doc.rng
    if doc.lang == "vi":
        _tasks_iu2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    area = doc.pick(AREAS)[0]
    bidder = doc.pick(EXPLORERS)[L]
    act = f"{r.randint(10, 60)}-HSE"
    doc.h(g(f"План корректирующих действий по результатам аудита № {act}", f"№ {act} аудит нәтижелері бойынша түзету әрекеттерінің жоспары", ""))
    doc.p(g(f"Аудит соблюдения требований охраны окружающей среды на буровых установках {bidder} проведен службой HSE недропользователя на "
            f"участке {area} {r.randint(2, 27):02d}.05.2026. Подрядчик представляет отчет о выполнении плана в течение 10 дней после срока.",
            f"{bidder} бұрғылау қондырғыларында қоршаған ортаны қорғау талаптарының сақталуына аудитті жер қойнауын пайдаланушының HSE "
            f"қызметі {area} учаскесінде 2026 жылғы {r.randint(2, 27)} мамырда жүргізді. Мердігер жоспардың орындалуы туралы есепті мерзім "
            "өткеннен кейін 10 күн ішінде ұсынады.", ""))
    rows = [g(["№ п/п", "№ несоответствия по акту", "Выявленное несоответствие", "Корректирующее действие", "Ответственный", "Срок", "Отметка о выполнении"],
              ["Р/с №", "Акт бойынша сәйкессіздік №", "Анықталған сәйкессіздік", "Түзету әрекеті", "Жауапты", "Мерзімі", "Орындалуы туралы белгі"], [])]
    merges = []
    n = 0
    for number, f_ru, f_kk, actions in FINDINGS:
        start = len(rows)
        for j, (a_ru, a_kk, w_ru, w_kk, t_ru, t_kk) in enumerate(actions):
            n += 1
            text, who = (a_ru, a_kk)[L], (w_ru, w_kk)[L]
            rows.append([str(n), number if j == 0 else None, (f_ru, f_kk)[L] if j == 0 else None, text, who, (t_ru, t_kk)[L], ""])
            doc.add("obligations", {"kind": "task", "number": str(n), "text_contains": _words(text, 4), "actor_contains": who})
        if len(actions) > 1:
            merges += [(start, 1, len(rows) - 1, 1), (start, 2, len(rows) - 1, 2)]
    doc.table(None, rows, merges, role="tasks")
    distractor(doc, "approval")


VN_REMEDY = (
    ("Chưa lắp đặt thiết bị đo lưu lượng nước thải tại điểm xả", [
        ("Lắp đặt đồng hồ đo lưu lượng nước thải đầu ra hệ thống xử lý", "Phòng Kỹ thuật", "Trước 30/9/2026")]),
    ("Khu lưu giữ thùng mùn khoan chưa có mái che và gờ chống tràn", [
        ("Xây dựng mái che và gờ bao chống tràn cho khu lưu giữ thùng mùn khoan", "Ban Quản lý dự án", "Quý III/2026"),
        ("Nạo vét rãnh thu nước mưa chảy tràn, bổ sung hố ga lắng cặn", "Xưởng Cơ điện", "Tháng 7/2026")]),
    ("Chứng từ chất thải nguy hại năm 2025 lưu giữ chưa đầy đủ", [
        ("Rà soát, bổ sung chứng từ chất thải nguy hại và cập nhật sổ theo dõi", "Phòng HSE", "Tháng 6/2026")]),
    ("Chưa báo cáo kết quả quan trắc khí thải ống khói TDU quý IV/2025", [
        ("Hoàn thiện và gửi báo cáo kết quả quan trắc bổ sung đến Sở Nông nghiệp và Môi trường", "Phòng HSE", "Trước 15/6/2026")]),
)


def _tasks_iu2_vi(doc: Doc) -> None:
    r = doc.rng
    _, lessee, _, plant, *_ = doc.pick(VN_YARDS)
    doc.h(f"KẾ HOẠCH KHẮC PHỤC CÁC TỒN TẠI THEO KẾT LUẬN KIỂM TRA – {plant.upper()}")
    doc.p(f"Căn cứ Kết luận kiểm tra số {r.randint(100, 990)}/KL-SNNMT ngày {r.randint(2, 28):02d}/04/2026 của Sở Nông nghiệp và Môi trường "
          f"Thành phố Hồ Chí Minh về việc chấp hành pháp luật bảo vệ môi trường của {lessee}.")
    rows = [["TT", "Tồn tại theo Kết luận kiểm tra", "Biện pháp khắc phục", "Đơn vị thực hiện", "Thời hạn hoàn thành", "Kết quả thực hiện"]]
    merges = []
    n = 0
    for finding, measures in VN_REMEDY:
        start = len(rows)
        for j, (text, who, term) in enumerate(measures):
            n += 1
            rows.append([str(n), finding if j == 0 else None, text, who, term, ""])
            doc.add("obligations", {"kind": "task", "number": str(n), "text_contains": _words(text, 5), "actor_contains": who})
        if len(measures) > 1:
            merges.append((start, 1, len(rows) - 1, 1))
    doc.table("Bảng 1. Nội dung khắc phục", rows, merges, role="tasks")
    doc.p("Công ty báo cáo kết quả khắc phục về Sở Nông nghiệp và Môi trường trước ngày 31/10/2026.")
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"IU{k}", globals()[f"{role}_iu{k}"]) for role in ROLES for k in (1, 2)]
