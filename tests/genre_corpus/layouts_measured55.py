"""The thirty-sixth blind set's part IR (two layouts per role, `IR1` and `IR2`), written by someone who
neither ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`; held out and measured
once (0.771 over 126 files when first measured at the registering commit, 2026-12-07), then moved to the tuning
layouts to be studied.

Theme: batteries and accumulators. Kazakhstan: a lead-acid battery plant in Ust-Kamenogorsk with its lead oxide mills,
grid casting, pasting and drying, assembly and formation shops, a recycler of spent lead-acid batteries (secondary lead)
in Ust-Kamenogorsk with its network of collection points across the oblast, a lithium-ion battery pack assembly in
Almaty, the charging chambers, lamp room and vehicle shop's battery room of an underground polymetallic mine near Ridder
(an application for an industrial certificate, the data set of a battery passport under Regulation (EU) 2023/1542, an
НДВ table grouped by hazard class, an inventory of charging through the ventilation shafts, a report on lead-bearing
wastes, a statement of the movement of a mine's batteries, a report on ПЭК at a sewer well with an internal level of
reaction, a year of protection-zone air in 20-minute and 24-hour samples, a plan-graph with runs of sources and their
exceptions, a mine's programme measuring underground for its shafts, a regulation of checking charging rooms with the
places as column pairs, an order of supervising collection points by category, a Gantt chart of cutting lead emissions
and the working programme of an investment agreement). Vietnam: lead-acid battery plants in Hải Phòng (Tràng Duệ) and
Đồng Nai (Nhơn Trạch), a lithium-ion cell and pack plant in the An Dương park of Hải Phòng, the lead-recycling craft
village of Đông Mai and the depots of a Hà Nội electric-bus company (thỏa thuận đấu nối vào lưới điện phân phối, bộ dữ
liệu hộ chiếu pin, ĐTM and báo cáo đề xuất cấp GPMT, báo cáo công tác bảo vệ môi trường, kết quả quan trắc nước thải and
không khí xung quanh, chương trình quan trắc, quy định kiểm tra trạm sạc, kế hoạch kiểm tra làng nghề, biểu đồ tiến độ
and the schedule annexed to a giấy chứng nhận đăng ký đầu tư). Every firm, person and figure is invented; the pollutant
and waste codes are real.

Facility: an application for an industrial certificate of a lead-acid battery plant, line-coded fields under three
section rows — the applicant registered in Almaty with its BIN, legal address and that address's own KATO, the OKED
`27200` with its words, then the production site in Ust-Kamenogorsk with its KATO and a cadastral number, then the
permits, the category standing only inside the title of the ecological permit — and the products with their HS and CPA
codes in a table of no role (VI: a grid-connection agreement of an electric-bus depot, the power company's branch number
`01…-0xx` as party A beside the bus company's enterprise number as party B, decimal coordinates of the depot and VN-2000
metres of its transformer station, the chargers in a table of no role) (IR1); the data set of a battery passport of a
lithium-ion pack assembler, field codes with an access-level column under four section rows, the BIN as the
manufacturer's identifier, the manufacturing place with its coordinates in decimal degrees, a battery category `LMT` and
a carbon-footprint class that are no category of the facility, the EU representative's EORI and the cell supplier abroad
as look-alikes, the materials in a table of no role (VI: a Hải Phòng cell and pack plant's `bộ dữ liệu hộ chiếu pin` for
an industrial storage module) (IR2).

Emissions: a lead-acid battery plant's draft of emission norms whose substances are column pairs `г/с | т/год` under a
first header row of hazard classes — `1 класс` over lead, `2 класс` over sulphuric acid and nitrogen dioxide, `3 класс`
over nitrogen oxide and tin oxide, `4 класс` over carbon monoxide, `Класс не установлен (ОБУВ)` over antimony — so that
the class stands only there, the code and name in a second header row, the sources under shop rows, dashes, a total
(VI: a Hải Phòng lead-acid plant's ĐTM with the pollutants under `Bụi`, `Hơi axit` and `Khí thải đốt nhiên liệu`, named
stacks) (IR1); an underground mine's inventory of battery charging, each source of emission (two ventilation shafts, the
lamp room's roof fan, the vehicle shop's battery room) merged down over its sources of release — charging chambers on
the levels with battery type, count, capacity and hours, each with its own figures — and an `Итого по ИЗА` row per
substance that alone is the emission; sulphuric acid from lead-acid batteries, sodium hydroxide with `–` for a class
from the nickel-iron and nickel-cadmium ones, a row of lithium-ion lamps that emits nothing (VI: a Đồng Nai plant's
formation lines under the scrubber stacks they exhaust through, kilograms a year, `Cộng tại ống thải` rows) (IR2).

Wastes: the lead section of a lead-acid plant's report on its waste programme, each stream's tonnes beside its lead
content in per cent and the tonnes of lead it carries — a second tonne column that is no amount — the casting dross
returned to the lead supplier for toll refining, the sprues remelted and the filter dust returned to the mills with a
dash for a code as no wastes, the other wastes in a second table (VI: a Đồng Nai plant's annual report in kilograms with
the kilograms of lead, the dross returned under its processing contract, ordinary wastes in tonnes) (IR1); a mine's
statement of the movement of its batteries — in service on 1 January, received, written off, in service on 31 December,
mass of one and tonnes written off — where only the written-off tonnes are an amount, nickel-iron traction batteries
under `16 06 04`, a row with nothing written off, the electrolytes changed in a second table in cubic metres and density
(VI: an electric-bus depot's report whose high-voltage packs, leased from the maker, go back to it or to the depot's
storage system under a section row of their own and are no waste, then CTNH in kilograms and ordinary wastes in tonnes)
(IR2).

Limits: a lead-acid plant's quarterly results at the control well of its treatment works' outlet to the city sewer, the
well named only in the caption, the sewer rules' `ДК` beside the plant's own lower `уровень реагирования` that a footnote
says is no norm, the third quarter's column all dashes for the works' repair, pH as a range (VI: a Đồng Nai plant at
`NT1` against the industrial park's connection limits beside an internal alert threshold) (IR1); a year of air at a
recycler's protection-zone boundary in two kinds of sampling at the same points — the greatest of the 20-minute samples
against the ПДК м.р., the greatest 24-hour mean against the ПДК с.с. — under a row per substance, both ПДК merged down
over the points, a point without 24-hour samples (VI: the Đông Mai village's air, the greatest 24-hour value and the
year's mean against the 24-hour and the annual limits of QCVN 05:2023/BTNMT, µg/m3, lead at times above the limit) (IR2).

Monitoring: a lead-acid plant's plan-graph whose number cells are runs with exceptions — `0001–0004 (кроме 0003)` with a
mill in reserve, `0012–0014 (кроме 0013)` with a line mothballed — and lists around a number given its own row, one
frequency a row, boundary and soil points after them, the excepted sources named but without duties (VI: a Hải Phòng
plant's programme with `KT1 ÷ KT4 (trừ KT3 – hệ thống dự phòng)`) (IR1); a mine's programme naming the place measured —
the shafts' mouths, the outgoing air of charging chambers on the levels, the lamp room's fan, a coal-fired air heater of
the intake shaft in the heating season — with the source of emission in a column of its own, so that a chamber measured
underground is a duty at its shaft and one shaft carries sulphuric acid at two frequencies, the mine water's outlet
`ВШ-1` as a point (VI: an electric-bus depot's programme, the stand-by generator written not subject to periodic
monitoring, the battery room's acid fumes, wash water, and noise and field strength at the chargers without a
substance) (IR2).

Inspections: a mining company's regulation of checking its charging rooms where each place — the underground chambers,
the lamp room, the vehicle shop's battery room — is a column pair `периодичность | кто проверяет` under a merged header,
a pair merged into a dash where a check does not apply, a last row spanning all places as one commission's yearly
check, `ежесменно` and `перед каждой зарядкой` no frequencies of the contract (VI: an electric-bus company's three depots
as column pairs, `Mỗi ca sạc đêm`) (IR1); a recycler's order of supervising its collection points, the points with their
category in a first table of no role, then the checks by category merged down, the mobile collection's checks before
each trip and after each run and the checks on complaints without a frequency (VI: a commune's plan of checking the
households of Đông Mai by their group — breaking batteries, smelting lead, buying spent batteries — after a list of the
households of no role) (IR2).

Tasks: a lead-acid plant's plan of cutting lead emissions drawn as a Gantt chart, measures `1.1` under section rows with
the one responsible and twelve month columns holding `■` over the months of work and `◆` for a date to submit, no term
written but the bars and a legend (VI: a Hải Phòng plant's `biểu đồ tiến độ`, `T1` … `T12`) (IR1); the working
programme annexed to an investment agreement for a lithium-ion pack plant, the obligations of both parties under a row
naming each — the investor's `1.1` … and the investment committee's `2.1` … — with terms and proving documents and no
column of who acts (VI: the schedule annexed to a cell plant's investment registration, the investor's commitments `A.1`
… and the economic zone authority's `B.1` …) (IR2).
"""

from __future__ import annotations

from decimal import Decimal

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
    return " ".join(text.split()[:n]).rstrip(",;:.")


def _sum(values) -> float:
    """A sum without binary noise."""
    return float(sum((Decimal(repr(float(v))) for v in values), Decimal(0)))


def _div(a: float, b: float, places: int = 6) -> float:
    return float(round(Decimal(repr(float(a))) / Decimal(repr(float(b))), places))


def _kato(doc: Doc, prefix: str) -> str:
    """A nine-digit KATO code starting with the place's prefix."""
    r = doc.rng
    rest = 9 - len(prefix) - 3
    return f"{prefix}{r.randint(10 ** (rest - 1), 10**rest - 1)}{r.choice(('000', '100'))}"


def _span(rows: list, merges: list, text: str, width: int) -> None:
    """A row whose first cell spans the table."""
    rows.append([text] + [None] * (width - 1))
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))


def _kind(number: str) -> str:
    return "unorganized" if number.startswith("6") else "organized"


# code: (RU, KK, VI, hazard class as the documents print it) of pollutants the vocabulary does not name or names otherwise
EXTRA = {
    "0184": ("Свинец и его неорганические соединения /в пересчете на свинец/", "Қорғасын және оның бейорганикалық қосылыстары /қорғасынға шаққанда/",
             "Chì và hợp chất (Pb)", 1),
    "0322": ("Серная кислота", "Күкірт қышқылы", "Axit sunfuric (H2SO4)", 2),
    "0150": ("Натрий гидроксид (Натр едкий)", "Натрий гидроксиді (күйдіргіш натр)", "Natri hydroxit (NaOH)", None),
    "0168": ("Олово оксид /в пересчете на олово/", "Қалайы оксиді /қалайыға шаққанда/", "", 3),
    "0290": ("Сурьма", "Сурьма", "", None),
}  # fmt: skip


def _air(doc: Doc, code: str, variant: int = 0) -> str:
    if code in EXTRA:
        return EXTRA[code][vocab.LANGS.index(doc.lang)]
    return vocab.air(code, doc.lang, variant)


def _hazard(code: str) -> int | None:
    return EXTRA[code][3] if code in EXTRA else vocab.hazard(code)


def _cls(code: str) -> str:
    h = _hazard(code)
    return str(h) if h else "–"


DAILY = {"ru": "ежедневно", "kk": "күн сайын", "vi": "Hằng ngày"}
WEEKLY = {"ru": "еженедельно", "kk": "апта сайын", "vi": "Hằng tuần"}


def _fw(doc: Doc, word: str) -> str:
    """A frequency as the document writes it, `daily` and `weekly` included."""
    if word == "daily":
        return DAILY[doc.lang]
    if word == "weekly":
        return WEEKLY[doc.lang]
    return freq(doc, word)


def _ddmm(doc: Doc, year: int = 2025) -> str:
    r = doc.rng
    return f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.{year}"


# ---------------------------------------------------------------- facility

# (RU product, KK product, HS heading, CPA code, capacity in thousand pieces a year)
PRODUCTS = (
    ("Батареи аккумуляторные свинцово-кислотные стартерные 6СТ-55 … 6СТ-100", "6СТ-55 … 6СТ-100 қорғасын-қышқыл стартерлік аккумулятор батареялары",
     "8507 10", "27.20.21", 360),
    ("Батареи аккумуляторные стартерные для грузовой техники 6СТ-140 … 6СТ-225", "Жүк техникасына арналған 6СТ-140 … 6СТ-225 стартерлік аккумулятор батареялары",
     "8507 10", "27.20.21", 48),
    ("Батареи тяговые свинцово-кислотные для электропогрузчиков", "Электр тиегіштерге арналған қорғасын-қышқыл тарту батареялары", "8507 20", "27.20.22", 6),
    ("Пластины аккумуляторные намазные (полуфабрикат для поставки)", "Жағылған аккумулятор пластиналары (жеткізуге арналған жартылай фабрикат)",
     "8507 90", "27.20.24", 1200),
)  # fmt: skip


def facility_ir1(doc: Doc) -> None:
    """An application for an industrial certificate (the register of domestic producers) of a lead-acid battery plant in
    Ust-Kamenogorsk whose operator is registered in Almaty: line-coded fields `1.1` … under three section rows — the
    applicant with its BIN, legal address in Almaty and that address's own KATO, the OKED `27200` written with its words —
    then the production with its site in Ust-Kamenogorsk and the site's KATO, the cadastral number of the shops and the
    staff, then the permits, where the category stands only inside the title of the ecological permit; the products with
    their HS and CPA codes in a table of no role after it (VI: a grid-connection agreement of an electric-bus depot, the
    power company's branch number `0100…-0xx` as party A beside the bus company's enterprise number as party B, decimal
    coordinates of the depot and VN-2000 metres of its transformer station, the chargers in a table of no role)."""
    if doc.lang == "vi":
        _facility_ir1_vi(doc)
        return
    r = doc.rng
    L = _L(doc)
    g = doc.v
    bin_ = make_bin(r)
    legal_kato, kato = _kato(doc, "7519"), _kato(doc, "6310")
    permit = f"KZ{r.randint(10, 99)}VCZ{r.randint(10**7, 10**8 - 1):08d}"
    cadastre = f"05-085-{r.randint(10, 99):03d}-{r.randint(100, 999)}"
    staff = r.randint(280, 360)
    app = f"ИС-{r.randint(10000, 99999)}/26"
    doc.p(g(f"Номер заявки на портале: {app}. Дата подачи: {r.randint(10, 28)}.01.2026",
            f"Порталдағы өтінімнің нөмірі: {app}. Берілген күні: {r.randint(10, 28)}.01.2026", ""))
    doc.h(g("Заявление на получение индустриального сертификата", "Индустриялық сертификат алуға өтініш", ""))
    doc.p(g("Прошу включить ТОО «Ертіс Аккумулятор» в реестр отечественных производителей и выдать индустриальный сертификат на "
            "продукцию, указанную в приложении. Достоверность сведений подтверждаю.",
            "«Ертіс Аккумулятор» ЖШС-ін отандық өндірушілер тізіліміне енгізуді және қосымшада көрсетілген өнімге индустриялық "
            "сертификат беруді сұраймын. Мәліметтердің дұрыстығын растаймын.", ""))
    rows = [g(["№", "Наименование сведений", "Данные заявителя"], ["№", "Мәліметтердің атауы", "Өтініш берушінің деректері"], [])]
    merges: list = []
    _span(rows, merges, g("1. Сведения о заявителе", "1. Өтініш беруші туралы мәліметтер", ""), 3)
    rows += [["1.1", g("Наименование юридического лица", "Заңды тұлғаның атауы", ""), g("ТОО «Ертіс Аккумулятор»", "«Ертіс Аккумулятор» ЖШС", "")],
             ["1.2", g("БИН", "БСН", ""), bin_],
             ["1.3", g("Юридический адрес", "Заңды мекенжайы", ""),
              g("г. Алматы, Медеуский район, пр. Достык, 105, офис 27", "Алматы қ., Медеу ауданы, Достық даңғ., 105, 27-кеңсе", "")],
             ["1.4", g("Код КАТО юридического адреса", "Заңды мекенжайдың ҚАТО коды", ""), legal_kato],
             ["1.5", g("Основной вид деятельности (ОКЭД)", "Негізгі қызмет түрі (ЭҚЖЖ)", ""),
              g("27200 – Производство батарей и аккумуляторов", "27200 – Батареялар мен аккумуляторлар өндірісі", "")],
             ["1.6", g("Первый руководитель", "Бірінші басшы", ""), g("Директор Сагындыков Е.М.", "Директор Сағындықов Е.М.", "")]]
    _span(rows, merges, g("2. Сведения о производстве", "2. Өндіріс туралы мәліметтер", ""), 3)
    rows += [["2.1", g("Наименование производства", "Өндірістің атауы", ""), g("Аккумуляторный завод «Ертіс»", "«Ертіс» аккумулятор зауыты", "")],
             ["2.2", g("Адрес производственной площадки", "Өндірістік алаңның мекенжайы", ""),
              g("Восточно-Казахстанская область, г. Усть-Каменогорск, ул. Бажова, 62/1", "Шығыс Қазақстан облысы, Өскемен қ., Бажов к-сі, 62/1", "")],
             ["2.3", g("Код КАТО места производства", "Өндіріс орнының ҚАТО коды", ""), kato],
             ["2.4", g("Право на производственные помещения", "Өндірістік үй-жайларға құқық", ""),
              g(f"собственность, кадастровый номер {cadastre}", f"меншік, кадастрлық нөмірі {cadastre}", "")],
             ["2.5", g("Численность работников, чел.", "Жұмыскерлер саны, адам", ""), str(staff)],
             ["2.6", g("Технологический процесс", "Технологиялық процесс", ""),
              g("полный цикл: свинцовый порошок, отливка решеток, намазка и сушка пластин, сборка, формирование",
                "толық цикл: қорғасын ұнтағы, торларды құю, пластиналарды жағу және кептіру, құрастыру, қалыптау", "")]]
    _span(rows, merges, g("3. Разрешительные документы", "3. Рұқсат беру құжаттары", ""), 3)
    rows += [["3.1", g("Экологическое разрешение", "Экологиялық рұқсат", ""),
              g(f"Экологическое разрешение на воздействие для объектов I категории № {permit} от {_ddmm(doc, 2024)}",
                f"I санаттағы объектілерге арналған әсер етуге экологиялық рұқсат № {permit}, {_ddmm(doc, 2024)}", "")],
             ["3.2", g("Сертификат соответствия продукции", "Өнімнің сәйкестік сертификаты", ""),
              f"ЕАЭС KZ.7500{r.randint(100, 999)}.02.03.{r.randint(10000, 99999)}"]]
    doc.table(None, rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": "Ертіс", "kato": kato, "oked": "27200", "category": "I"})
    prod = [g(["№", "Наименование продукции", "Код ТН ВЭД ЕАЭС", "Код КП ВЭД", "Производственная мощность, тыс. шт. в год"],
              ["№", "Өнімнің атауы", "ЕАЭО СЭҚ ТН коды", "ЭҚЖЖ ӨС коды", "Өндірістік қуаты, жылына мың дана"], [])]
    for k, (p_ru, p_kk, hs, cpa, cap) in enumerate(PRODUCTS, 1):
        prod.append([str(k), (p_ru, p_kk)[L], hs, cpa, num(cap, doc.lang)])
    doc.table(g("Приложение. Перечень продукции", "Қосымша. Өнімдер тізбесі", ""), prod, role="other")
    doc.p(g("Директор ______________ Сагындыков Е.М.   М.П.", "Директор ______________ Сағындықов Е.М.   М.О.", ""))


# (depot, place, lat, lon, X, Y of the VN-2000 grid, power company)
VN_DEPOTS = (
    ("Depot xe buýt điện Kiêu Kỵ", "khu đất dịch vụ Kiêu Kỵ, xã Gia Lâm, thành phố Hà Nội", 20.9813, 105.9524, 2321450, 599380,
     "Công ty Điện lực Gia Lâm – Tổng công ty Điện lực thành phố Hà Nội"),
    ("Depot xe buýt điện Tây Mỗ", "đường Đại lộ Thăng Long, phường Tây Mỗ, thành phố Hà Nội", 21.0087, 105.7492, 2324510, 578220,
     "Công ty Điện lực Nam Từ Liêm – Tổng công ty Điện lực thành phố Hà Nội"),
)  # fmt: skip


def _facility_ir1_vi(doc: Doc) -> None:
    r = doc.rng
    depot, place, lat0, lon0, x0, y0, power = doc.pick(VN_DEPOTS)
    msdn, evn = f"01{r.randint(10**7, 10**8 - 1)}", f"01{r.randint(10**7, 10**8 - 1)}-0{r.randint(10, 40)}"
    lat, lon = round(lat0 + r.uniform(-0.002, 0.002), 5), round(lon0 + r.uniform(-0.002, 0.002), 5)
    x, y = x0 + round(r.uniform(-150, 150), 2), y0 + round(r.uniform(-150, 150), 2)
    kva = doc.pick((1600, 2000, 2500))
    doc.p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM – Độc lập - Tự do - Hạnh phúc")
    doc.h("THỎA THUẬN ĐẤU NỐI VÀO LƯỚI ĐIỆN PHÂN PHỐI")
    doc.p(f"Số: {r.randint(100, 480)}/2025/TTĐN. Căn cứ Thông tư số 39/2015/TT-BCT ngày 18 tháng 11 năm 2015 của Bộ Công Thương quy định "
          "hệ thống điện phân phối; căn cứ văn bản đề nghị đấu nối của Bên B, hai bên thống nhất ký thỏa thuận đấu nối với các nội dung sau.")
    rows = [["Mục", "Nội dung", "Thông tin"]]
    merges: list = []
    _span(rows, merges, "I. BÊN A – ĐƠN VỊ PHÂN PHỐI ĐIỆN", 3)
    rows += [["1", "Tên đơn vị", power],
             ["2", "Mã số đơn vị phụ thuộc", evn],
             ["3", "Đại diện", "Ông Đỗ Quang Vinh – Phó Giám đốc"]]
    _span(rows, merges, "II. BÊN B – KHÁCH HÀNG CÓ CÔNG TRÌNH ĐẤU NỐI", 3)
    rows += [["4", "Tên doanh nghiệp", "Công ty Cổ phần Xe buýt điện Thủ Đô"],
             ["5", "Mã số doanh nghiệp", msdn],
             ["6", "Địa chỉ trụ sở chính", "Số 18 phố Trần Hưng Đạo, phường Cửa Nam, thành phố Hà Nội"]]
    _span(rows, merges, "III. CÔNG TRÌNH ĐẤU NỐI", 3)
    rows += [["7", "Tên công trình", f"{depot} (bãi đỗ 120 xe, trạm sạc và xưởng bảo dưỡng)"],
             ["8", "Địa điểm", place],
             ["9", "Tọa độ trung tâm khu đất (WGS-84)", f"{num(lat, 'vi')}° B; {num(lon, 'vi')}° Đ"],
             ["10", "Tọa độ trạm biến áp (VN-2000, KTT 105°00′, múi 3°)", f"X = {num(x, 'vi')} m; Y = {num(y, 'vi')} m"],
             ["11", "Điểm đấu nối", f"Cột số {r.randint(12, 48)}, đường dây 22 kV lộ 47{r.randint(1, 9)} trạm 110 kV"],
             ["12", "Công suất đăng ký", f"02 máy biến áp 22/0,4 kV × {num(kva, 'vi')} kVA"],
             ["13", "Thời điểm dự kiến đóng điện", "Quý II/2026"]]  # fmt: skip
    doc.table("Điều 1. Các bên và công trình đấu nối", rows, merges, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": depot.split("điện ")[-1], "lat": lat, "lon": lon})
    doc.p("Điều 2. Bên B chịu trách nhiệm đầu tư trạm biến áp, hệ thống đo đếm và các thiết bị sạc; Bên A kiểm tra điều kiện đóng điện điểm "
          "đấu nối trong thời hạn 05 ngày làm việc kể từ ngày nhận đủ hồ sơ.")
    doc.table("Phụ lục 1. Danh mục thiết bị sạc",
              [["TT", "Thiết bị", "Số lượng", "Công suất (kW)"],
               ["1", "Tủ sạc DC 2 súng sạc CCS2", str(r.randint(14, 20)), "240"],
               ["2", "Tủ sạc DC 1 súng sạc (xưởng bảo dưỡng)", str(r.randint(4, 8)), "120"],
               ["3", "Tủ sạc AC cho xe công vụ", str(r.randint(2, 6)), "22"]], role="other")


# (RU, KK) operator, plant; lat, lon
KZ_PACK = ("ТОО «QazLion Energy»", "«QazLion Energy» ЖШС", "Завод сборки литий-ионных батарей QazLion", "QazLion литий-ионды батареяларды құрастыру зауыты",
           "г. Алматы, Алатауский район, ул. Бекмаханова, 96/4", "Алматы қ., Алатау ауданы, Бекмаханов к-сі, 96/4", 43.3178, 76.9651)  # fmt: skip


def facility_ir2(doc: Doc) -> None:
    """The data set of a battery passport (Regulation (EU) 2023/1542, Annex XIII) that a lithium-ion pack assembler in
    Almaty prepares for packs exported to the EU: field codes `1.1` … with an access level column under four section rows,
    the manufacturer's BIN as `Идентификатор изготовителя`, the manufacturing place with its coordinates in decimal degrees,
    a battery category (`LMT`) and a carbon-footprint class that are no category of the facility, the EU representative's
    EORI and the cell supplier abroad as look-alikes; the pack's materials in a table of no role (VI: a Hải Phòng cell and
    pack plant's `bộ dữ liệu hộ chiếu pin` for an industrial storage battery, the enterprise number and `Tọa độ nơi sản
    xuất`)."""
    if doc.lang == "vi":
        _facility_ir2_vi(doc)
        return
    r = doc.rng
    L = _L(doc)
    g = doc.v
    bin_ = make_bin(r)
    lat, lon = round(KZ_PACK[6] + r.uniform(-0.003, 0.003), 4), round(KZ_PACK[7] + r.uniform(-0.003, 0.003), 4)
    eori = f"DE{r.randint(10**12, 10**13 - 1)}"
    pid = f"KZQL-48V105-{r.randint(2026, 2026)}-{r.randint(1000, 99999):05d}"
    cf = round(r.uniform(58, 84), 1)
    access = (g("открытый", "ашық", ""), g("лица с законным интересом", "заңды мүддесі бар тұлғалар", ""), g("уполномоченные органы", "уәкілетті органдар", ""))
    doc.h(g("Набор данных паспорта батареи (Battery Passport). Модель QL-LMT 48V 105Ah",
            "Батарея паспортының деректер жиынтығы (Battery Passport). QL-LMT 48V 105Ah моделі", ""))
    doc.p(g("Набор подготовлен для размещения в цифровом паспорте батареи в соответствии с приложением XIII Регламента (ЕС) 2023/1542 "
            "о батареях и отработанных батареях; значения полей приведены для серии, выпущенной в марте 2026 года.",
            "Жиынтық батареялар және пайдаланылған батареялар туралы (ЕО) 2023/1542 Регламентінің XIII қосымшасына сәйкес батареяның "
            "цифрлық паспортына орналастыру үшін дайындалды; өрістердің мәндері 2026 жылғы наурызда шығарылған серия үшін келтірілген.", ""))
    rows = [g(["Код поля", "Наименование поля", "Значение", "Доступ"], ["Өріс коды", "Өрістің атауы", "Мәні", "Қолжетімділік"], [])]
    merges: list = []
    _span(rows, merges, g("1. Идентификация батареи и изготовителя", "1. Батарея мен дайындаушыны сәйкестендіру", ""), 4)
    rows += [["1.1", g("Уникальный идентификатор паспорта", "Паспорттың бірегей сәйкестендіргіші", ""), pid, access[0]],
             ["1.2", g("Категория батареи", "Батарея санаты", ""),
              g("батарея легкого транспортного средства (LMT)", "жеңіл көлік құралының батареясы (LMT)", ""), access[0]],
             ["1.3", g("Изготовитель", "Дайындаушы", ""), KZ_PACK[L], access[0]],
             ["1.4", g("Идентификатор изготовителя (БИН)", "Дайындаушының сәйкестендіргіші (БСН)", ""), bin_, access[0]],
             ["1.5", g("Место изготовления", "Дайындалған орны", ""), f"{KZ_PACK[2 + L]}, {KZ_PACK[4 + L]}", access[0]],
             ["1.6", g("Координаты места изготовления (WGS-84)", "Дайындалған орнының координаттары (WGS-84)", ""),
              g(f"{num(lat, 'ru')}° с.ш., {num(lon, 'ru')}° в.д.", f"{num(lat, 'kk')}° с.е., {num(lon, 'kk')}° ш.б.", ""), access[0]],
             ["1.7", g("Уполномоченный представитель в ЕС", "ЕО-дағы уәкілетті өкіл", ""), f"QazLion Europe GmbH, Leipzig; EORI {eori}", access[0]],
             ["1.8", g("Дата изготовления", "Дайындалған күні", ""), "03.2026", access[0]]]
    _span(rows, merges, g("2. Соответствие и углеродный след", "2. Сәйкестік және көміртек ізі", ""), 4)
    rows += [["2.1", g("Декларация соответствия ЕС", "ЕО сәйкестік декларациясы", ""), f"QL-DoC-2026-0{r.randint(10, 99)}", access[0]],
             ["2.2", g("Углеродный след, кг CO2-экв./кВт·ч", "Көміртек ізі, кг CO2-экв./кВт·сағ", ""), num(cf, doc.lang), access[0]],
             ["2.3", g("Класс эффективности по углеродному следу", "Көміртек ізі бойынша тиімділік сыныбы", ""), "B", access[0]],
             ["2.4", g("Поставщик ячеек", "Ұяшықтарды жеткізуші", ""),
              g("Jiangsu Tianmu Cell Co., Ltd. (КНР), ячейки LFP 3,2 В 105 А·ч", "Jiangsu Tianmu Cell Co., Ltd. (ҚХР), LFP ұяшықтары 3,2 В 105 А·сағ", ""),
              access[1]]]
    _span(rows, merges, g("3. Состав", "3. Құрамы", ""), 4)
    rows += [["3.1", g("Химическая система", "Химиялық жүйе", ""), g("LiFePO4 / графит, электролит LiPF6 в карбонатах", "LiFePO4 / графит, карбонаттардағы LiPF6 электролиті", ""), access[0]],
             ["3.2", g("Опасные вещества", "Қауіпті заттар", ""), "LiPF6 (CAS 21324-40-3)", access[0]],
             ["3.3", g("Доля переработанного содержания: Co / Li / Ni / Pb", "Қайта өңделген құрамның үлесі: Co / Li / Ni / Pb", ""), "– / 0 % / – / 0 %", access[0]]]
    _span(rows, merges, g("4. Характеристики и долговечность", "4. Сипаттамалары және ұзақ мерзімділігі", ""), 4)
    rows += [["4.1", g("Номинальное напряжение, В", "Номиналды кернеу, В", ""), num(51.2, doc.lang), access[0]],
             ["4.2", g("Номинальная емкость, А·ч", "Номиналды сыйымдылық, А·сағ", ""), "105", access[0]],
             ["4.3", g("Масса, кг", "Массасы, кг", ""), num(38.5, doc.lang), access[0]],
             ["4.4", g("Ресурс, циклов (80 % глубины разряда)", "Ресурсы, цикл (80 % разряд тереңдігі)", ""), num(3000, doc.lang), access[1]],
             ["4.5", g("Сведения о разборке", "Бөлшектеу туралы мәліметтер", ""), g("руководство QL-DM-07", "QL-DM-07 нұсқаулығы", ""), access[2]]]  # fmt: skip
    doc.table(None, rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": "QazLion", "lat": lat, "lon": lon})
    mats = [g(["Компонент", "Масса, кг", "Доля, %"], ["Құрамдас", "Массасы, кг", "Үлесі, %"], [])]
    for c_ru, c_kk, m in (("Ячейки LFP (16 шт.)", "LFP ұяшықтары (16 дана)", 33.6), ("Корпус (алюминиевый сплав)", "Корпус (алюминий қорытпасы)", 2.9),
                          ("Система управления (BMS) и жгуты", "Басқару жүйесі (BMS) және жгуттар", 0.9), ("Прочее", "Басқалары", 1.1)):
        mats.append([(c_ru, c_kk)[L], num(m, doc.lang), num(round(m / 38.5 * 100, 1), doc.lang)])
    doc.table(g("Таблица 2. Состав материалов", "2-кесте. Материалдардың құрамы", ""), mats, role="other")


def _facility_ir2_vi(doc: Doc) -> None:
    r = doc.rng
    msdn = f"02{r.randint(10**7, 10**8 - 1)}"
    plant = "Nhà máy sản xuất cell pin và pack pin lithium-ion An Dương"
    lat, lon = round(20.8906 + r.uniform(-0.003, 0.003), 4), round(106.5879 + r.uniform(-0.003, 0.003), 4)
    eori = f"NL{r.randint(10**8, 10**9 - 1)}"
    doc.h("BỘ DỮ LIỆU HỘ CHIẾU PIN (BATTERY PASSPORT) – MÔ-ĐUN PIN LƯU TRỮ ADE-280")
    doc.p("Bộ dữ liệu được lập theo Phụ lục XIII Quy định (EU) 2023/1542 về pin và pin thải, áp dụng cho lô mô-đun pin lưu trữ năng lượng "
          "xuất khẩu sang Liên minh châu Âu tháng 03/2026.")
    rows = [["Mã trường", "Tên trường dữ liệu", "Giá trị", "Quyền truy cập"]]
    merges: list = []
    _span(rows, merges, "1. Định danh pin và nhà sản xuất", 4)
    rows += [["1.1", "Mã định danh duy nhất", f"VNAD-ESS280-{r.randint(10000, 99999)}", "Công khai"],
             ["1.2", "Loại pin", "Pin công nghiệp (dung lượng trên 2 kWh)", "Công khai"],
             ["1.3", "Nhà sản xuất", "Công ty TNHH Năng lượng Pin An Dương", "Công khai"],
             ["1.4", "Mã số doanh nghiệp", msdn, "Công khai"],
             ["1.5", "Nơi sản xuất", f"{plant}, Lô CN-0{r.randint(2, 9)}, Khu công nghiệp An Dương, thành phố Hải Phòng", "Công khai"],
             ["1.6", "Tọa độ nơi sản xuất (WGS-84)", f"{num(lat, 'vi')}° B; {num(lon, 'vi')}° Đ", "Công khai"],
             ["1.7", "Đại diện được ủy quyền tại EU", f"AD Battery Europe B.V., Rotterdam; EORI {eori}", "Công khai"]]
    _span(rows, merges, "2. Sự phù hợp và dấu vết carbon", 4)
    rows += [["2.1", "Dấu vết carbon (kg CO2e/kWh)", num(round(r.uniform(55, 80), 1), "vi"), "Công khai"],
             ["2.2", "Cấp hiệu suất dấu vết carbon", "B", "Công khai"],
             ["2.3", "Hóa học pin", "LFP (LiFePO4/graphit), điện giải LiPF6", "Công khai"]]
    _span(rows, merges, "3. Đặc tính và độ bền", 4)
    rows += [["3.1", "Điện áp danh định (V)", num(51.2, "vi"), "Công khai"],
             ["3.2", "Dung lượng danh định (Ah)", "280", "Công khai"],
             ["3.3", "Tuổi thọ (chu kỳ, 80 % DoD)", num(6000, "vi"), "Bên có lợi ích hợp pháp"]]
    doc.table(None, rows, merges, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": "An Dương", "lat": lat, "lon": lon})
    maybe_distractor(doc)


# ---------------------------------------------------------------- emissions

# class groups of the lead-acid plant's table: (RU header, KK header, codes)
CLASS_GROUPS = (
    ("1 класс опасности", "1-қауіптілік сыныбы", ("0184",)),
    ("2 класс опасности", "2-қауіптілік сыныбы", ("0322", "0301")),
    ("3 класс опасности", "3-қауіптілік сыныбы", ("0304", "0168")),
    ("4 класс опасности", "4-қауіптілік сыныбы", ("0337",)),
    ("Класс не установлен (ОБУВ)", "Сыныбы белгіленбеген (ҚӘБД)", ("0290",)),
)
# ((RU shop, KK shop), [(number, RU source, KK source, {code: ((g/s low, high), (t/year low, high))})])
LEAD_SHOPS = (
    (("Участок производства свинцового порошка", "Қорғасын ұнтағын өндіру учаскесі"), [
        ("0001", "Аспирация шаровых мельниц № 1, 2 (рукавный фильтр + фильтр тонкой очистки)", "№ 1, 2 шарлы диірмендердің аспирациясы (жеңді сүзгі + жұқа тазарту сүзгісі)",
         {"0184": ((0.0006, 0.002), (0.015, 0.05))}),
        ("0002", "Аспирация шаровой мельницы № 3 и бункеров порошка", "№ 3 шарлы диірмен мен ұнтақ бункерлерінің аспирациясы",
         {"0184": ((0.0003, 0.001), (0.008, 0.025))})]),
    (("Литейный участок", "Құю учаскесі"), [
        ("0003", "Машины отливки решеток (свинцовые котлы с газовым обогревом)", "Тор құю машиналары (газбен қыздырылатын қорғасын қазандары)",
         {"0184": ((0.0004, 0.0015), (0.01, 0.04)), "0290": ((0.00002, 0.00008), (0.0005, 0.002)), "0301": ((0.004, 0.012), (0.1, 0.3)),
          "0304": ((0.0006, 0.002), (0.015, 0.05)), "0337": ((0.01, 0.03), (0.25, 0.8))})]),
    (("Участок намазки и сушки пластин", "Пластиналарды жағу және кептіру учаскесі"), [
        ("0004", "Пастосмеситель и намазочная машина", "Паста араластырғыш және жағу машинасы", {"0184": ((0.0002, 0.0008), (0.005, 0.02))}),
        ("0005", "Камеры созревания и сушки пластин (газовые горелки)", "Пластиналарды пісіп-жетілдіру және кептіру камералары (газ жанарғылары)",
         {"0184": ((0.0001, 0.0004), (0.003, 0.01)), "0301": ((0.003, 0.009), (0.08, 0.25)), "0304": ((0.0005, 0.0015), (0.012, 0.04)),
          "0337": ((0.008, 0.025), (0.2, 0.6))})]),
    (("Сборочный участок", "Құрастыру учаскесі"), [
        ("0006", "Резка пластин и отливка борнов (COS)", "Пластиналарды кесу және борндарды құю (COS)",
         {"0184": ((0.0003, 0.001), (0.008, 0.03)), "0290": ((0.00001, 0.00005), (0.0003, 0.0012))}),
        ("0007", "Пост пайки выводов", "Шықпаларды дәнекерлеу посты", {"0168": ((0.00005, 0.0002), (0.001, 0.004)), "0184": ((0.00003, 0.0001), (0.0008, 0.003))})]),
    (("Участок формирования и кислотное хозяйство", "Қалыптау учаскесі және қышқыл шаруашылығы"), [
        ("0008", "Ванны формирования батарей (скруббер)", "Батареяларды қалыптау ванналары (скруббер)", {"0322": ((0.002, 0.008), (0.05, 0.2))}),
        ("0009", "Узел приготовления электролита", "Электролит дайындау торабы", {"0322": ((0.0005, 0.002), (0.008, 0.03))})]),
    (("Котельная", "Қазандық"), [
        ("0010", "Дымовая труба котельной (природный газ)", "Қазандықтың түтін мұржасы (табиғи газ)",
         {"0301": ((0.02, 0.06), (0.3, 0.9)), "0304": ((0.003, 0.01), (0.05, 0.15)), "0337": ((0.05, 0.15), (0.8, 2.4))})]),
)  # fmt: skip


def emissions_ir1(doc: Doc) -> None:
    """A lead-acid battery plant's draft of emission norms whose substances are column pairs `г/с | т/год` grouped under
    a first header row of hazard classes — `1 класс опасности` over lead, `2 класс` over sulphuric acid and nitrogen
    dioxide, `3 класс` over nitrogen oxide and tin oxide, `4 класс` over carbon monoxide and `Класс не установлен (ОБУВ)`
    over antimony — so that the class stands only in that row, the code and name in a second header row, the sources as
    rows under rows spanning the table for the shops, dashes where a source does not emit, a total row (VI: a Hải Phòng
    lead-acid plant's ĐTM, the pollutants under `Bụi`, `Hơi axit` and `Khí thải đốt nhiên liệu`, named stacks, no class)."""
    if doc.lang == "vi":
        _emissions_ir1_vi(doc)
        return
    r = doc.rng
    L = _L(doc)
    g = doc.v
    codes = [c for _, _, cs in CLASS_GROUPS for c in cs]
    width = 2 + 2 * len(codes)
    doc.h(g("Проект нормативов допустимых выбросов ТОО «Ертіс Аккумулятор». Раздел 3. Характеристика источников выбросов",
            "«Ертіс Аккумулятор» ЖШС жол берілетін шығарындылар нормативтерінің жобасы. 3-бөлім. Шығарынды көздерінің сипаттамасы", ""))
    doc.p(g("Выбросы свинца от участков производства порошка, литья, намазки и сборки очищаются в рукавных фильтрах с доочисткой в "
            "фильтрах тонкой очистки; пары серной кислоты от ванн формирования улавливаются скруббером. Вещества в таблице 3.2 "
            "сгруппированы по классам опасности.",
            "Ұнтақ өндіру, құю, жағу және құрастыру учаскелерінен шығатын қорғасын жеңді сүзгілерде тазартылып, жұқа тазарту "
            "сүзгілерінде қосымша тазартылады; қалыптау ванналарынан шығатын күкірт қышқылының булары скрубберде ұсталады. 3.2-кестедегі "
            "заттар қауіптілік сыныптары бойынша топтастырылған.", ""))
    head0 = [g("№ ИЗА", "ЛШК №", ""), g("Наименование источника выброса", "Шығарынды көзінің атауы", "")]
    head1: list = [None, None]
    head2: list = [None, None]
    merges = [(0, 0, 2, 0), (0, 1, 2, 1)]
    col = 2
    for h_ru, h_kk, cs in CLASS_GROUPS:
        head0 += [(h_ru, h_kk)[L]] + [None] * (2 * len(cs) - 1)
        merges.append((0, col, 0, col + 2 * len(cs) - 1))
        for c in cs:
            head1 += [f"{c} {_air(doc, c)}", None]
            merges.append((1, col, 1, col + 1))
            head2 += [g("г/с", "г/с", ""), g("т/год", "т/жыл", "")]
            col += 2
    rows = [head0, head1, head2]
    totals: dict[str, tuple[list, list]] = {c: ([], []) for c in codes}
    numbers = []
    for (s_ru, s_kk), sources in LEAD_SHOPS:
        _span(rows, merges, (s_ru, s_kk)[L], width)
        for number, n_ru, n_kk, rates in sources:
            line = [number, (n_ru, n_kk)[L]]
            for c in codes:
                if c not in rates:
                    line += ["–", "–"]
                    continue
                (glo, ghi), (tlo, thi) = rates[c]
                gs, ty = _sig(r.uniform(glo, ghi), 3), _sig(r.uniform(tlo, thi), 3)
                line += [num(gs, doc.lang), num(ty, doc.lang)]
                totals[c][0].append(gs)
                totals[c][1].append(ty)
                doc.add("emissions", emission(c, gs, ty, number, _hazard(c)))
            rows.append(line)
            numbers.append(number)
    total = ["", g("Всего по предприятию", "Кәсіпорын бойынша барлығы", "")]
    for c in codes:
        total += [num(_sum(totals[c][0]), doc.lang), num(_sum(totals[c][1]), doc.lang)]
    rows.append(total)
    doc.table(g("Таблица 3.2 – Выбросы загрязняющих веществ по источникам", "3.2-кесте – Көздер бойынша ластаушы заттардың шығарындылары", ""),
              rows, merges, role="emissions")
    doc.add("sources", *({"number": n, "type": "organized"} for n in numbers))
    doc.p(g("Неорганизованные источники на площадке отсутствуют: склад свинца в чушках и площадка отходов расположены в закрытых помещениях.",
            "Алаңда ұйымдастырылмаған көздер жоқ: құйма қорғасын қоймасы мен қалдықтар алаңы жабық үй-жайларда орналасқан.", ""))
    maybe_distractor(doc)


# VI: (group, [(code, label)]), then named stacks with {code: ((g/s), (t/year))}
VN_GROUPS = (("Bụi", (("0184", "Chì (Pb)"), ("2902", "Bụi tổng"))), ("Hơi axit", (("0322", "H2SO4"),)),
             ("Khí thải đốt nhiên liệu", (("0301", "NO2"), ("0337", "CO"))))
VN_STACKS = (
    ("Ống thải số 1 – lọc bụi túi khu nghiền bột chì", {"0184": ((0.001, 0.003), (0.02, 0.07)), "2902": ((0.02, 0.06), (0.4, 1.2))}),
    ("Ống thải số 2 – khu đúc lưới chì (nồi nấu chì đốt LPG)", {"0184": ((0.0005, 0.002), (0.01, 0.04)), "2902": ((0.01, 0.04), (0.2, 0.8)),
                                                                "0301": ((0.005, 0.015), (0.1, 0.3)), "0337": ((0.01, 0.04), (0.2, 0.8))}),
    ("Ống thải số 3 – khu trát cao, sấy bản cực", {"0184": ((0.0003, 0.001), (0.006, 0.02)), "2902": ((0.01, 0.03), (0.2, 0.6))}),
    ("Ống thải số 4 – khu lắp ráp (cắt bản cực, đúc cầu nối)", {"0184": ((0.0004, 0.0015), (0.008, 0.03)), "2902": ((0.008, 0.03), (0.15, 0.6))}),
    ("Ống thải số 5 – tháp hấp thụ khu hóa thành", {"0322": ((0.003, 0.01), (0.06, 0.25))}),
    ("Ống thải số 6 – lò hơi đốt viên nén sinh khối", {"2902": ((0.05, 0.15), (1.0, 3.5)), "0301": ((0.04, 0.12), (0.8, 2.8)), "0337": ((0.05, 0.2), (1.0, 4.5))}),
)  # fmt: skip


def _emissions_ir1_vi(doc: Doc) -> None:
    r = doc.rng
    codes = [c for _, cs in VN_GROUPS for c, _ in cs]
    doc.h("BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG – DỰ ÁN MỞ RỘNG NHÀ MÁY ẮC QUY TRÀNG DUỆ, THÀNH PHỐ HẢI PHÒNG")
    doc.h("3.2.1.2. Tải lượng bụi, khí thải tại các ống thải sau xử lý")
    doc.p("Công ty Cổ phần Ắc quy Bạch Đằng nâng công suất lên 1,2 triệu bình/năm. Tải lượng được tính từ lưu lượng và nồng độ đo tại nhà máy "
          "hiện hữu, hiệu chỉnh theo công suất mới; thời gian vận hành 6.000 giờ/năm.")
    rows = [["TT", "Nguồn thải"], [None, None], [None, None]]
    merges = [(0, 0, 2, 0), (0, 1, 2, 1)]
    col = 2
    for group, cs in VN_GROUPS:
        rows[0] += [group] + [None] * (2 * len(cs) - 1)
        merges.append((0, col, 0, col + 2 * len(cs) - 1))
        for _, label in cs:
            rows[1] += [label, None]
            merges.append((1, col, 1, col + 1))
            rows[2] += ["g/s", "tấn/năm"]
            col += 2
    for k, (name, rates) in enumerate(VN_STACKS, 1):
        line = [str(k), name]
        for c in codes:
            if c not in rates:
                line += ["-", "-"]
                continue
            (glo, ghi), (tlo, thi) = rates[c]
            gs, ty = _sig(r.uniform(glo, ghi), 3), _sig(r.uniform(tlo, thi), 3)
            line += [num(gs, "vi"), num(ty, "vi")]
            doc.add("emissions", emission(c, gs, ty))
        rows.append(line)
    doc.table("Bảng 3.14. Tải lượng các chất ô nhiễm tại các ống thải của nhà máy sau khi mở rộng", rows, merges, role="emissions")
    doc.p("Ghi chú: “-” – nguồn thải không phát sinh thông số này.")
    maybe_distractor(doc)


# (number, RU source, KK source, [(RU release, KK release, battery, chemistry, batteries at once, capacity A·h)])
MINE_SHAFTS = (
    ("0001", "Вентиляционный ствол «Северный»", "«Солтүстік» желдету оқпаны", [
        ("гор. 8, зарядная камера электровозов АРП-7", "8-горизонт, АРП-7 электровоздарының зарядтау камерасы", "112ТН-450", "lead", 6, 450),
        ("гор. 10, зарядная камера электровозов АРП-7", "10-горизонт, АРП-7 электровоздарының зарядтау камерасы", "112ТН-450", "lead", 4, 450)]),
    ("0002", "Вентиляционный ствол «Южный»", "«Оңтүстік» желдету оқпаны", [
        ("гор. 12, зарядная камера электровозов 5АРП2", "12-горизонт, 5АРП2 электровоздарының зарядтау камерасы", "96ТНЖ-550", "alk", 5, 550),
        ("гор. 14, зарядная камера электровозов АРП-7", "14-горизонт, АРП-7 электровоздарының зарядтау камерасы", "112ТН-450", "lead", 3, 450)]),
    ("0003", "Ламповая (крышный вентилятор)", "Шамхана (шатыр желдеткіші)", [
        ("зарядные станции головных светильников, 480 мест", "бас шамдарының зарядтау станциялары, 480 орын", "Li-ion 3,7 В", "none", 480, 10),
        ("зарядка резервных светильников с никель-кадмиевыми аккумуляторами", "никель-кадмий аккумуляторлы резервтегі шамдарды зарядтау",
         "3НКГК-11", "alk", 60, 11)]),
    ("0004", "Аккумуляторная автотранспортного цеха", "Автокөлік цехының аккумуляторлық бөлмесі", [
        ("стеллажи зарядки стартерных батарей", "стартерлік батареяларды зарядтау сөрелері", "6СТ-190", "lead", 12, 190)]),
)  # fmt: skip


def emissions_ir2(doc: Doc) -> None:
    """An underground polymetallic mine's inventory of the battery charging that leaves through its ventilation shafts:
    each source of emission (a shaft, the lamp room's roof fan, the vehicle shop's battery room) merged down over its
    sources of release — the charging chambers on the levels with the battery type, the batteries charged at once, their
    capacity and the hours — each with its own grams and tonnes, then an `Итого по ИЗА` row per substance that alone is
    the source's emission; lead-acid batteries give sulphuric acid, the nickel-iron and nickel-cadmium ones sodium
    hydroxide with `–` for a class, the lamp room's lithium-ion lamps a row that emits nothing (VI: a Đồng Nai lead-acid
    plant's formation lines under the scrubber stacks they exhaust through, kilograms a year, `Cộng tại ống thải` rows)."""
    if doc.lang == "vi":
        _emissions_ir2_vi(doc)
        return
    r = doc.rng
    L = _L(doc)
    g = doc.v
    doc.h(g("Инвентаризация источников выбросов загрязняющих веществ. Подземный рудник «Жаңа Риддер» АО «Алтай Кен»",
            "«Алтай Кен» АҚ «Жаңа Риддер» жерасты кенішінің ластаушы заттар шығарындылары көздерін түгендеу", ""))
    doc.p(g("Зарядные камеры аккумуляторных электровозов расположены на околоствольных дворах горизонтов и проветриваются исходящей "
            "струей, выдаваемой на поверхность через вентиляционные стволы; поэтому выделения каждой камеры учитываются в выбросе "
            "ствола. Удельные выделения приняты по методике расчета выбросов при зарядке аккумуляторных батарей.",
            "Аккумуляторлық электровоздардың зарядтау камералары горизонттардың оқпан маңы аулаларында орналасқан және желдету "
            "оқпандары арқылы жер бетіне шығарылатын шығыс ағынмен желдетіледі; сондықтан әр камераның бөлінділері оқпан "
            "шығарындысында ескеріледі. Меншікті бөлінділер аккумулятор батареяларын зарядтау кезіндегі шығарындыларды есептеу "
            "әдістемесі бойынша қабылданды.", ""))
    rows = [g(["№ ИЗА", "Источник выброса", "Источник выделения", "Тип батарей", "Заряжается одновременно, шт.", "Емкость, А·ч",
               "Время зарядки, ч/год", "Код ЗВ", "Наименование ЗВ", "Класс опасности", "Выброс, г/с", "Выброс, т/год"],
              ["ЛШК №", "Шығарынды көзі", "Бөлініп шығу көзі", "Батарея түрі", "Бір мезгілде зарядталады, дана", "Сыйымдылығы, А·сағ",
               "Зарядтау уақыты, сағ/жыл", "ЛЗ коды", "ЛЗ атауы", "Қауіптілік сыныбы", "Шығарынды, г/с", "Шығарынды, т/жыл"], [])]
    merges: list = []
    gives = {"lead": "0322", "alk": "0150"}
    for number, s_ru, s_kk, releases in MINE_SHAFTS:
        start = len(rows)
        sums: dict[str, tuple[list, list]] = {}
        for rl_ru, rl_kk, battery, chem, n, cap in releases:
            hours = r.randint(150, 420) * 10
            if chem == "none":
                rows.append([number, (s_ru, s_kk)[L], (rl_ru, rl_kk)[L], battery, str(n), str(cap), num(hours, doc.lang), "–",
                             g("выделение загрязняющих веществ отсутствует", "ластаушы заттардың бөлінуі жоқ", ""), "–", "–", "–"])
                continue
            code = gives[chem]
            factor = r.uniform(1.2e-6, 2.4e-6) if chem == "lead" else r.uniform(0.5e-6, 1.1e-6)
            gs = _sig(n * cap * factor, 3)
            ty = _sig(gs * hours * 3600 / 1e6, 3)
            rows.append([number, (s_ru, s_kk)[L], (rl_ru, rl_kk)[L], battery, str(n), str(cap), num(hours, doc.lang), code, _air(doc, code),
                         _cls(code), num(gs, doc.lang), num(ty, doc.lang)])
            sums.setdefault(code, ([], []))
            sums[code][0].append(gs)
            sums[code][1].append(ty)
        for code, (gl, tl) in sums.items():
            gs, ty = _sum(gl), _sum(tl)
            rows.append([number, (s_ru, s_kk)[L], g(f"Итого по ИЗА {number}", f"{number} ЛШК бойынша жиыны", ""), "", "", "", "", code,
                         _air(doc, code), _cls(code), num(gs, doc.lang), num(ty, doc.lang)])
            doc.add("emissions", emission(code, gs, ty, number, _hazard(code)))
        for row in rows[start + 1:]:
            row[0] = row[1] = None
        for c in (0, 1):
            merges.append((start, c, len(rows) - 1, c))
    doc.table(g("Таблица 2.6 – Выделения и выбросы загрязняющих веществ при зарядке аккумуляторных батарей",
                "2.6-кесте – Аккумулятор батареяларын зарядтау кезіндегі ластаушы заттардың бөлінділері мен шығарындылары", ""),
              rows, merges, role="emissions")
    doc.add("sources", *({"number": s[0], "type": "organized"} for s in MINE_SHAFTS))
    doc.p(g("Литий-ионные аккумуляторы головных светильников при зарядке загрязняющих веществ не выделяют; для щелочных аккумуляторов "
            "класс опасности натрия гидроксида не установлен (ОБУВ 0,01 мг/м³).",
            "Бас шамдарының литий-ионды аккумуляторлары зарядтау кезінде ластаушы заттар бөлмейді; сілтілі аккумуляторлар үшін натрий "
            "гидроксидінің қауіптілік сыныбы белгіленбеген (ҚӘБД 0,01 мг/м³).", ""))
    maybe_distractor(doc)


# VI: (stack, [(formation line, tanks, batteries a day)])
VN_FORMATION = (
    ("Ống thải số 3 – tháp hấp thụ xưởng hóa thành A", [("Dây chuyền hóa thành bể nước số 1", 8, 1200), ("Dây chuyền hóa thành bể nước số 2", 8, 1200),
                                                        ("Dây chuyền hóa thành ắc quy xe máy (bàn hóa thành)", 12, 3500)]),
    ("Ống thải số 4 – tháp hấp thụ xưởng hóa thành B và phòng pha axit", [("Dây chuyền hóa thành bể nước số 3", 10, 1500),
                                                                          ("Phòng pha axit, châm axit vào bình", 2, 4700)]),
)


def _emissions_ir2_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – NHÀ MÁY ẮC QUY NHƠN TRẠCH, TỈNH ĐỒNG NAI")
    doc.h("3.2. Tải lượng hơi axit từ khu vực hóa thành")
    doc.p("Hơi axit sunfuric từ các dây chuyền hóa thành và phòng pha axit được thu gom bằng chụp hút về hai tháp hấp thụ bằng dung dịch "
          "NaOH rồi thoát ra ống thải số 3 và số 4. Tải lượng từng dây chuyền được tính theo số bình hóa thành; tải lượng tại ống thải là "
          "tổng của các dây chuyền đấu nối vào ống thải đó.")
    rows = [["Ống thải", "Khu vực phát sinh", "Số bể/bàn", "Số bình/ngày", "Thời gian vận hành (giờ/năm)", "Tải lượng H2SO4 (g/s)",
             "Tải lượng H2SO4 (kg/năm)"]]
    merges: list = []
    for stack, lines in VN_FORMATION:
        start = len(rows)
        gl, kl = [], []
        for name, tanks, per_day in lines:
            hours = r.randint(500, 640) * 10
            gs = _sig(per_day * r.uniform(0.8e-6, 1.6e-6), 3)
            kg = _sig(gs * hours * 3.6, 3)
            rows.append([stack, name, str(tanks), num(per_day, "vi"), num(hours, "vi"), num(gs, "vi"), num(kg, "vi")])
            gl.append(gs)
            kl.append(kg)
        gs, kg = _sum(gl), _sum(kl)
        rows.append([None, f"Cộng tại {stack.split(' – ')[0].lower()}", "", "", "", num(gs, "vi"), num(kg, "vi")])
        for row in rows[start + 1:]:
            row[0] = None
        merges.append((start, 0, len(rows) - 1, 0))
        doc.add("emissions", emission("0322", gs, _div(kg, 1000)))
    doc.table("Bảng 3.5. Tải lượng hơi axit sunfuric tại khu vực hóa thành (sau xử lý)", rows, merges, role="emissions")
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

# (code or None, RU, KK, (low, high) t, (low, high) % of lead or None, RU direction, KK direction)
LEAD_WASTES = (
    (None, "Съемы (дросс) свинцовых котлов литейного участка", "Құю учаскесіндегі қорғасын қазандарының қалдық қабыршағы (дросс)", (60, 140), (70, 85),
     "возврат поставщику свинца на рафинирование по договору давальческой переработки (побочный продукт, отходом не является)",
     "толлингтік қайта өңдеу шарты бойынша қорғасын жеткізушіге тазартуға қайтарылады (жанама өнім, қалдық болып табылмайды)"),
    (None, "Литники, облой и бракованные решетки", "Құйма қалдықтары, жиек және ақаулы торлар", (150, 400), (95, 98),
     "переплав в литейных котлах (оборотный материал, отходом не является)", "құю қазандарында қайта балқытылады (айналымдағы материал, қалдық емес)"),
    (None, "Пыль рукавных фильтров участка свинцового порошка", "Қорғасын ұнтағы учаскесінің жеңді сүзгілерінің шаңы", (8, 20), (75, 85),
     "возврат в шаровые мельницы (оборотный материал)", "шарлы диірмендерге қайтарылады (айналымдағы материал)"),
    ("16 06 01*", "Бракованные аккумуляторные батареи после формирования и испытаний", "Қалыптау мен сынақтан кейінгі ақаулы аккумулятор батареялары",
     (40, 120), (55, 62), "ТОО «Шығыс Екінші Қорғасын» (R4)", "«Шығыс Екінші Қорғасын» ЖШС (R4)"),
    ("19 02 05*", "Осадок станции нейтрализации кислых стоков (свинецсодержащий гипсовый шлам)", "Қышқыл ағындарды бейтараптандыру станциясының тұнбасы (құрамында қорғасын бар гипс шламы)",
     (90, 260), (1.5, 4), "ТОО «Шығыс Екінші Қорғасын» (R4)", "«Шығыс Екінші Қорғасын» ЖШС (R4)"),
    ("15 02 02*", "Отработанные фильтровальные рукава и кассеты ГОУ", "ГТҚ-ның пайдаланылған сүзгі жеңдері мен кассеталары", (3, 9), (8, 15),
     "ТОО «Шығыс Екінші Қорғасын» (R4)", "«Шығыс Екінші Қорғасын» ЖШС (R4)"),
    ("16 06 06*", "Некондиционный электролит (раствор серной кислоты)", "Кондицияға сай емес электролит (күкірт қышқылының ерітіндісі)", (20, 60), None,
     "нейтрализация на собственной станции (D9)", "өз станциясында бейтараптандыру (D9)"),
    ("15 02 02*", "Спецодежда и СИЗ, загрязненные свинцом", "Қорғасынмен ластанған арнайы киім және ЖҚҚ", (1.5, 4), (0.5, 2),
     "ТОО «ЭкоПром Шығыс» (D10)", "«ЭкоПром Шығыс» ЖШС (D10)"),
    ("15 01 10*", "Тара из-под серной кислоты (кубовые емкости IBC)", "Күкірт қышқылы ыдысы (IBC текше сыйымдылықтары)", (2, 6), None,
     "ТОО «ЭкоПром Шығыс» (R4)", "«ЭкоПром Шығыс» ЖШС (R4)"),
)  # fmt: skip
# (code, RU, KK, (low, high) t)
OTHER_WASTES = (
    ("20 03 01", "Смешанные коммунальные отходы", "Аралас коммуналдық қалдықтар", (30, 60)),
    ("15 01 01", "Упаковка из бумаги и картона", "Қағаз және картон орамасы", (20, 55)),
    ("15 01 02", "Упаковка из пластмасс (стрейч-пленка, мешки)", "Пластмасса орамасы (стрейч-үлдір, қаптар)", (6, 18)),
    ("17 04 05", "Лом черных металлов", "Қара металл сынықтары", (12, 40)),
    ("13 02 05*", "Отработанные моторные и трансмиссионные масла", "Пайдаланылған мотор және трансмиссия майлары", (0.8, 2.5)),
    ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", (0.05, 0.2)),
)  # fmt: skip


def wastes_ir1(doc: Doc) -> None:
    """The lead section of a lead-acid battery plant's report on its programme of waste management: each stream with its
    tonnes of 2025, the mean lead content in per cent and the tonnes of lead it carries — a second tonne column that is no
    amount — and where it went; the casting dross returned to the lead supplier for toll refining, the sprues and scrap
    grids remelted and the filter dust returned to the mills carry a dash for a code and are no wastes by the note in their
    row; the other wastes in a second table (VI: a Đồng Nai lead-acid plant's annual report, kilograms and the kilograms of
    lead in them, the dross returned to the supplier under its processing contract, ordinary wastes in tonnes)."""
    if doc.lang == "vi":
        _wastes_ir1_vi(doc)
        return
    r = doc.rng
    L = _L(doc)
    g = doc.v
    doc.h(g("Отчет о выполнении программы управления отходами за 2025 год. ТОО «Ертіс Аккумулятор», аккумуляторный завод «Ертіс»",
            "«Ертіс Аккумулятор» ЖШС, «Ертіс» аккумулятор зауыты. Қалдықтарды басқару бағдарламасының 2025 жылғы орындалуы туралы есеп", ""))
    doc.h(g("4. Свинецсодержащие материалы и отходы", "4. Құрамында қорғасын бар материалдар мен қалдықтар", ""))
    doc.p(g("Содержание свинца определено заводской лабораторией как среднее по ежемесячным пробам. Материалы, возвращаемые в "
            "технологический процесс или передаваемые на рафинирование с возвратом свинца, учитываются в балансе свинца и отходами не являются.",
            "Қорғасынның мөлшерін зауыт зертханасы ай сайынғы сынамалар бойынша орташа мән ретінде анықтады. Технологиялық процеске "
            "қайтарылатын немесе қорғасынды қайтара отырып тазартуға берілетін материалдар қорғасын балансында ескеріледі және қалдық болып табылмайды.", ""))
    rows = [g(["№", "Код", "Наименование", "Количество за 2025 г., т", "Содержание свинца, %", "Масса свинца, т", "Направление"],
              ["№", "Коды", "Атауы", "2025 ж. саны, т", "Қорғасын мөлшері, %", "Қорғасын массасы, т", "Бағыты"], [])]
    for k, (code, n_ru, n_kk, (lo, hi), share, d_ru, d_kk) in enumerate(LEAD_WASTES, 1):
        t = round(r.uniform(lo, hi), 2 if hi < 10 else 1)
        pb = round(r.uniform(*share), 1) if share else None
        name = (n_ru, n_kk)[L]
        rows.append([str(k), code or "–", name, num(t, doc.lang), num(pb, doc.lang) if pb else "–",
                     num(round(t * pb / 100, 3), doc.lang) if pb else "–", (d_ru, d_kk)[L]])
        if code:
            doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t, "name_contains": _words(name, 3)})
    doc.table(g("Таблица 4.1 – Свинецсодержащие материалы и отходы", "4.1-кесте – Құрамында қорғасын бар материалдар мен қалдықтар", ""),
              rows, role="wastes")
    rows = [g(["№", "Код", "Наименование отхода", "Образовано, т", "Получатель"], ["№", "Коды", "Қалдықтың атауы", "Түзілді, т", "Алушы"], [])]
    for k, (code, n_ru, n_kk, (lo, hi)) in enumerate(OTHER_WASTES, 1):
        t = round(r.uniform(lo, hi), 2 if hi < 10 else 1)
        name = (n_ru, n_kk)[L]
        rows.append([str(k), code, name, num(t, doc.lang), g("ТОО «ЭкоПром Шығыс»", "«ЭкоПром Шығыс» ЖШС", "")])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t, "name_contains": _words(name, 3)})
    doc.table(g("Таблица 4.2 – Прочие отходы", "4.2-кесте – Басқа қалдықтар", ""), rows, role="wastes")
    maybe_distractor(doc)


# VI: (code or None, name, (low, high) kg, (low, high) % of lead or None, receiver)
VN_LEAD_WASTES = (
    (None, "Xỉ chì, váng chì từ nồi nấu chì khu đúc lưới", (40000, 90000), (70, 85),
     "Trả lại nhà cung cấp chì thỏi để tái luyện theo hợp đồng gia công – không phải chất thải"),
    (None, "Đậu rót, bavia và lưới chì lỗi", (120000, 300000), (95, 98), "Nấu lại tại nồi nấu chì của nhà máy – không phải chất thải"),
    ("19 06 01", "Ắc quy chì thải, bản cực lỗi sau hóa thành", (30000, 90000), (55, 62), "Công ty TNHH Môi trường Tân Thành (tái chế)"),
    ("12 06 05", "Bùn thải có các thành phần nguy hại từ hệ thống xử lý nước thải (chứa chì)", (60000, 180000), (1.5, 4), "Công ty TNHH Môi trường Tân Thành (tái chế)"),
    ("18 02 01", "Chất hấp thụ, vật liệu lọc (túi lọc bụi chì), giẻ lau nhiễm thành phần nguy hại", (2500, 8000), (5, 12), "Công ty TNHH Môi trường Tân Thành (đốt)"),
    ("18 01 03", "Bao bì cứng thải bằng nhựa (can đựng axit sunfuric)", (1500, 5000), None, "Công ty TNHH Môi trường Tân Thành (tái chế)"),
    ("16 01 06", "Bóng đèn huỳnh quang thải", (50, 250), None, "Công ty TNHH Môi trường Tân Thành (xử lý)"),
)  # fmt: skip
VN_ORDINARY_PLANT = (("Bao bì giấy, carton thải", (25, 70)), ("Pallet gỗ hư hỏng", (15, 45)), ("Nhựa PP vụn từ vỏ bình lỗi (đã rửa axit)", (8, 25)),
                     ("Chất thải rắn sinh hoạt", (60, 140)))


def _wastes_ir1_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – NHÀ MÁY ẮC QUY NHƠN TRẠCH (CÔNG TY TNHH ẮC QUY ĐỒNG PHÁT)")
    doc.h("2.3. Chất thải có chứa chì và chất thải nguy hại")
    doc.p("Hàm lượng chì là giá trị trung bình của các mẫu phân tích hằng tháng. Xỉ chì và phế phẩm đúc được đưa lại vào quy trình hoặc trả "
          "nhà cung cấp để tái luyện, không phải là chất thải và chỉ được theo dõi trong cân bằng chì của nhà máy.")
    rows = [["TT", "Tên chất thải", "Mã CTNH", "Khối lượng phát sinh năm 2025 (kg)", "Hàm lượng chì trung bình (%)", "Khối lượng chì quy đổi (kg)",
             "Đơn vị tiếp nhận / hình thức xử lý"]]
    for k, (code, name, (lo, hi), share, who) in enumerate(VN_LEAD_WASTES, 1):
        kg = float(r.randint(lo // 10, hi // 10) * 10)
        pb = round(r.uniform(*share), 1) if share else None
        rows.append([str(k), name, code or "-", num(kg, "vi"), num(pb, "vi") if pb else "-", num(round(kg * pb / 100), "vi") if pb else "-", who])
        if code:
            doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": _div(kg, 1000), "name_contains": _words(name, 4)})
    doc.table("Bảng 2.3. Chất thải có chứa chì và chất thải nguy hại phát sinh", rows, role="wastes")
    rows = [["TT", "Tên chất thải", "Khối lượng (tấn/năm)", "Đơn vị tiếp nhận"]]
    for k, (name, (lo, hi)) in enumerate(VN_ORDINARY_PLANT, 1):
        t = round(r.uniform(lo, hi), 1)
        rows.append([str(k), name, num(t, "vi"), "Công ty Cổ phần Dịch vụ Môi trường Nhơn Trạch"])
        doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": _words(name, 4)})
    doc.table("Bảng 2.4. Chất thải rắn công nghiệp thông thường", rows, role="wastes")
    maybe_distractor(doc)


# (RU, KK, in service on 1 January, (low, high) received, (low, high) written off, kg each, code)
MINE_FLEET = (
    ("Тяговые свинцово-кислотные батареи 112ТН-450 электровозов АРП-7", "АРП-7 электровоздарының 112ТН-450 қорғасын-қышқыл тарту батареялары",
     38, (4, 8), (4, 8), 1620, "16 06 01*"),
    ("Тяговые никель-железные батареи 96ТНЖ-550 электровозов 5АРП2", "5АРП2 электровоздарының 96ТНЖ-550 никель-темір тарту батареялары",
     14, (1, 3), (1, 3), 2750, "16 06 04"),
    ("Аккумуляторы головных светильников никель-кадмиевые 3НКГК-11", "3НКГК-11 никель-кадмий бас шамдарының аккумуляторлары",
     260, (0, 0), (180, 240), 1.6, "16 06 02*"),
    ("Аккумуляторы головных светильников литий-ионные", "Бас шамдарының литий-ионды аккумуляторлары", 420, (180, 240), (40, 90), 0.45, "16 06 05"),
    ("Стартерные батареи самоходной техники 6СТ-190, 6СТ-225", "6СТ-190, 6СТ-225 өздігінен жүретін техниканың стартерлік батареялары",
     96, (30, 50), (30, 50), 62, "16 06 01*"),
    ("Батареи оперативного тока подстанций и ИБП", "Қосалқы станциялардың жедел ток батареялары және ҮҚК", 24, (0, 0), (0, 0), 34, "16 06 01*"),
)  # fmt: skip
# (RU, KK, (low, high) m3, density t/m3)
MINE_ELECTROLYTE = (
    ("Отработанный щелочной электролит (раствор гидроксида калия) при смене в батареях ТНЖ",
     "ТНЖ батареяларында ауыстыру кезіндегі пайдаланылған сілтілі электролит (калий гидроксиді ерітіндісі)", (3, 7), 1.2),
    ("Отработанный сернокислотный электролит при ремонте батарей ТН", "ТН батареяларын жөндеу кезіндегі пайдаланылған күкірт қышқылды электролит", (1, 3), 1.28),
)


def wastes_ir2(doc: Doc) -> None:
    """An underground mine's statement of the movement of its batteries in 2025 — in service on 1 January, received,
    written off, in service on 31 December, the mass of one and the tonnes written off — where only the written-off tonnes
    are a waste's amount and the counts of batteries in service are none; lead-acid traction and starter batteries,
    nickel-iron traction batteries under `16 06 04`, nickel-cadmium and lithium-ion cap-lamp batteries, a row with nothing
    written off; the electrolytes changed in a second table in cubic metres and density before the tonnes (VI: an
    electric-bus company's depot whose high-voltage packs, leased from the maker, go back to it or to the depot's storage
    system and are no waste, under a section row of their own before its hazardous wastes in kilograms and ordinary ones
    in tonnes)."""
    if doc.lang == "vi":
        _wastes_ir2_vi(doc)
        return
    r = doc.rng
    L = _L(doc)
    g = doc.v
    doc.h(g("Сведения о движении аккумуляторных батарей и образовании отходов за 2025 год. Подземный рудник «Жаңа Риддер»",
            "«Жаңа Риддер» жерасты кеніші. 2025 жылғы аккумулятор батареяларының қозғалысы және қалдықтардың түзілуі туралы мәліметтер", ""))
    doc.p(g("Списанные батареи накапливаются на площадке у ламповой и в аккумуляторной автотранспортного цеха и передаются ТОО «Шығыс "
            "Екінші Қорғасын» (свинцовые) и ТОО «ЭкоПром Шығыс» (прочие) не реже одного раза в 6 месяцев.",
            "Есептен шығарылған батареялар шамхана жанындағы алаңда және автокөлік цехының аккумуляторлық бөлмесінде жинақталады және "
            "кемінде 6 айда бір рет «Шығыс Екінші Қорғасын» ЖШС-іне (қорғасын) және «ЭкоПром Шығыс» ЖШС-іне (басқалары) беріледі.", ""))
    head = g(["№", "Тип батарей (назначение)", "Код отхода", "Состояло на 01.01.2025, шт.", "Поступило, шт.", "Списано, шт.",
              "Состоит на 31.12.2025, шт.", "Масса одной батареи, кг", "Масса списанных, т"],
             ["№", "Батарея түрі (мақсаты)", "Қалдық коды", "01.01.2025 жағдай бойынша, дана", "Түсті, дана", "Есептен шығарылды, дана",
              "31.12.2025 жағдай бойынша, дана", "Бір батареяның массасы, кг", "Есептен шығарылғандардың массасы, т"], [])
    rows = [head, [str(k) for k in range(1, 10)]]
    for k, (n_ru, n_kk, start, rec, off, kg, code) in enumerate(MINE_FLEET, 1):
        got, gone = r.randint(*rec), r.randint(*off)
        name = (n_ru, n_kk)[L]
        t = round(gone * kg / 1000, 3)
        rows.append([str(k), name, code, num(start, doc.lang), str(got), str(gone), num(start + got - gone, doc.lang), num(kg, doc.lang),
                     num(t, doc.lang) if gone else "–"])
        if gone:
            doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t, "name_contains": _words(name, 3)})
    doc.table(g("Таблица 1 – Движение аккумуляторных батарей", "1-кесте – Аккумулятор батареяларының қозғалысы", ""), rows, role="wastes")
    rows = [g(["№", "Код", "Наименование отхода", "Объем, м³", "Плотность, т/м³", "Масса, т"],
              ["№", "Коды", "Қалдықтың атауы", "Көлемі, м³", "Тығыздығы, т/м³", "Массасы, т"], [])]
    for k, (n_ru, n_kk, (lo, hi), rho) in enumerate(MINE_ELECTROLYTE, 1):
        m3 = round(r.uniform(lo, hi), 1)
        t = round(m3 * rho, 2)
        name = (n_ru, n_kk)[L]
        rows.append([str(k), "16 06 06*", name, num(m3, doc.lang), num(rho, doc.lang), num(t, doc.lang)])
        doc.add("wastes", {"code": "16 06 06*", "code_system": "LoW", "hazardous": True, "amount_t": t, "name_contains": _words(name, 3)})
    doc.table(g("Таблица 2 – Отработанные электролиты", "2-кесте – Пайдаланылған электролиттер", ""), rows, role="wastes")
    maybe_distractor(doc)


# VI: section rows with (name, code or None, (low, high) pieces or None, (low, high) amount, unit)
VN_DEPOT_WASTES = (
    ("I. PIN CAO ÁP (PIN LITHIUM-ION) CỦA XE BUÝT ĐIỆN – TÀI SẢN THUÊ CỦA NHÀ SẢN XUẤT", [
        ("Pin cao áp thay thế theo chế độ bảo hành, thu hồi về nhà sản xuất", None, (4, 12), (2400, 7200), "kg",
         "Nhà sản xuất thu hồi theo hợp đồng thuê pin – không phải chất thải của Công ty"),
        ("Pin cao áp có SOH dưới 80 % chuyển sang hệ thống lưu trữ năng lượng tại depot", None, (6, 16), (3600, 9600), "kg",
         "Tái sử dụng tại depot – không phải chất thải")]),
    ("II. CHẤT THẢI NGUY HẠI", [
        ("Ắc quy chì thải (ắc quy phụ 12V/24V)", "19 06 01", (60, 140), (1800, 4200), "kg", "Đơn vị có giấy phép xử lý CTNH"),
        ("Dầu hộp số, dầu bôi trơn tổng hợp thải", "17 02 03", None, (300, 900), "kg", "Đơn vị có giấy phép xử lý CTNH"),
        ("Giẻ lau, găng tay dính dầu thải", "18 02 01", None, (150, 500), "kg", "Đơn vị có giấy phép xử lý CTNH"),
        ("Bảng mạch, linh kiện điện tử thải (bộ sạc, màn hình hỏng)", "16 01 13", None, (80, 300), "kg", "Đơn vị có giấy phép xử lý CTNH"),
        ("Bóng đèn huỳnh quang thải", "16 01 06", None, (20, 80), "kg", "Đơn vị có giấy phép xử lý CTNH")]),
    ("III. CHẤT THẢI RẮN CÔNG NGHIỆP THÔNG THƯỜNG", [
        ("Lốp xe thải", None, (90, 220), (6.5, 16.0), "tấn", "Bán cho đơn vị tái chế"),
        ("Phụ tùng, phế liệu kim loại", None, None, (3.0, 9.0), "tấn", "Bán phế liệu"),
        ("Bao bì giấy, nhựa thải", None, None, (1.2, 4.0), "tấn", "Công ty Môi trường đô thị")]),
)  # fmt: skip


def _wastes_ir2_vi(doc: Doc) -> None:
    r = doc.rng
    depot = doc.pick(VN_DEPOTS)[0]
    doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – {depot.upper()} (CÔNG TY CỔ PHẦN XE BUÝT ĐIỆN THỦ ĐÔ)")
    doc.p("Pin cao áp của xe buýt điện được Công ty thuê của nhà sản xuất theo hợp đồng thuê pin; khi thay thế, pin thuộc sở hữu và do nhà sản "
          "xuất thu hồi. Pin có tình trạng sức khỏe (SOH) từ 70 % đến dưới 80 % được dùng lại cho hệ thống lưu trữ năng lượng của depot.")
    rows = [["TT", "Tên chất thải / vật phẩm", "Mã CTNH", "Số lượng (cái)", "Khối lượng", "Đơn vị tính", "Ghi chú"]]
    merges: list = []
    n = 0
    for part, (section, items) in enumerate(VN_DEPOT_WASTES):
        _span(rows, merges, section, 7)
        for name, code, pcs, (lo, hi), unit, note in items:
            n += 1
            amount = round(r.uniform(lo, hi), 1) if unit == "tấn" else float(r.randint(int(lo) // 10, int(hi) // 10) * 10)
            rows.append([str(n), name, code or "-", str(r.randint(*pcs)) if pcs else "-", num(amount, "vi"), unit, note])
            if part == 1:
                doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": _div(amount, 1000),
                                   "name_contains": _words(name, 4)})
            elif part == 2:
                doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": amount, "name_contains": _words(name, 3)})
    doc.table("Bảng 2.5. Pin, ắc quy và chất thải phát sinh tại depot năm 2025", rows, merges, role="wastes")
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

# symbol: (RU unit, KK unit, ДК of the sewer's rules, the plant's own level of reaction, (low, high) share of that level)
SEWER = {
    "pH": ("ед. pH", "pH бірл.", (6.5, 9.0), (7.0, 8.5), None),
    "TSS": ("мг/дм³", "мг/дм³", 300, 200, (0.35, 1.15)),
    "SO4": ("мг/дм³", "мг/дм³", 500, 350, (0.4, 1.1)),
    "Pb": ("мг/дм³", "мг/дм³", 0.1, 0.05, (0.2, 1.3)),
    "Zn": ("мг/дм³", "мг/дм³", 1.0, 0.6, (0.1, 0.8)),
    "TPH": ("мг/дм³", "мг/дм³", 4.0, 2.0, (0.1, 0.9)),
    "TDS": ("мг/дм³", "мг/дм³", 1500, 1000, (0.5, 1.05)),
}
QUARTERS = ("I", "II", "III", "IV")


def _range(doc: Doc, v) -> str:
    return f"{num(v[0], doc.lang)}–{num(v[1], doc.lang)}" if isinstance(v, tuple) else num(v, doc.lang)


def limits_ir1(doc: Doc) -> None:
    """A lead-acid battery plant's quarterly results at the control well of its local treatment works' outlet to the
    city sewer, the well named only in the caption: beside the allowed concentration of the sewer's rules (`ДК`, the limit)
    stands the plant's own `уровень реагирования`, lower, which the footnote says is no norm — a few results lie between
    the two — four quarter columns under a merged header, the third quarter's column all dashes because the works stood for
    repair and discharged nothing, pH as a range (VI: a Đồng Nai plant's treated water at `NT1` against the industrial
    park's connection limits beside its internal alert threshold, the third quarter stopped for maintenance)."""
    r = doc.rng
    vi = doc.lang == "vi"
    g = doc.v
    L = 0 if vi else _L(doc)
    keys = list(SEWER) if not vi else ["pH", "TSS", "COD", "Pb", "Zn", "TPH"]
    vi_lims = {"pH": ((5.5, 9.0), (6.0, 8.5), None), "TSS": (200, 150, (0.3, 1.1)), "COD": (400, 250, (0.3, 1.1)), "Pb": (0.5, 0.2, (0.2, 1.4)),
               "Zn": (3.0, 2.0, (0.1, 0.7)), "TPH": (10, 5, (0.1, 0.8))}
    point = "NT1" if vi else "КК-1"
    if vi:
        doc.h("KẾT QUẢ QUAN TRẮC NƯỚC THẢI NĂM 2025 – NHÀ MÁY ẮC QUY NHƠN TRẠCH")
        doc.p("Nước thải sản xuất sau hệ thống xử lý (trung hòa, keo tụ, lắng, lọc) được đấu nối vào hệ thống thu gom của KCN Nhơn Trạch 2. "
              "Giá trị so sánh là giới hạn tiếp nhận nước thải theo hợp đồng đấu nối với Công ty hạ tầng KCN. Quý III/2025 nhà máy dừng "
              "sản xuất để bảo trì tổng thể, không phát sinh nước thải.")
        head = ["TT", "Thông số", "Đơn vị", "Giới hạn tiếp nhận của KCN", "Ngưỡng cảnh báo nội bộ (*)", "Kết quả năm 2025", None, None, None]
        sub = [None] * 5 + [f"Quý {q}" for q in QUARTERS]
    else:
        doc.h(g("Отчет по программе производственного экологического контроля за 2025 год. Аккумуляторный завод «Ертіс»",
                "«Ертіс» аккумулятор зауыты. 2025 жылғы өндірістік экологиялық бақылау бағдарламасы бойынша есеп", ""))
        doc.p(g("Производственные сточные воды после локальных очистных сооружений (нейтрализация, осаждение, фильтрация) отводятся в "
                "городскую канализацию. В III квартале ЛОС находились в капитальном ремонте, сброс производственных стоков не осуществлялся.",
                "Жергілікті тазарту құрылыстарынан (бейтараптандыру, тұндыру, сүзу) кейінгі өндірістік ағынды сулар қалалық кәрізге бұрылады. "
                "III тоқсанда ЖТҚ күрделі жөндеуде болды, өндірістік ағындар төгілген жоқ.", ""))
        head = g(["№", "Показатель", "Ед. изм.", "ДК (Правила приема сточных вод)", "Уровень реагирования*", "Результаты по кварталам 2025 г.", None, None, None],
                 ["№", "Көрсеткіш", "Өлш. бірл.", "РЕК (ағынды суларды қабылдау қағидалары)", "Әрекет ету деңгейі*", "2025 ж. тоқсандар бойынша нәтижелер", None, None, None], [])
        sub = [None] * 5 + [g(f"{q} кв.", f"{q} тоқсан", "") for q in QUARTERS]
    rows = [head, sub]
    merges = [(0, c, 1, c) for c in range(5)] + [(0, 5, 0, 8)]
    for k, s in enumerate(keys, 1):
        if vi:
            dk, own, share = vi_lims[s]
            unit_txt = "-" if s == "pH" else "mg/l"
            name = vocab.water(s, "vi")
        else:
            u_ru, u_kk, dk, own, share = SEWER[s]
            unit_txt = (u_ru, u_kk)[L]
            name = vocab.water(s, doc.lang)
        cells = []
        for q in QUARTERS:
            if q == "III":
                cells.append("–" if not vi else "-")
                continue
            if s == "pH":
                v = round(r.uniform(7.2, 8.6), 1)
            else:
                v = _sig(own * r.uniform(*share), 2)
                v = min(v, _sig(dk * 0.95, 2))
            cells.append(num(v, doc.lang))
            add(doc, limit(("symbol", s), "waste_water", dk, "mg/l", None, point, v))
        rows.append([str(k), name, unit_txt, _range(doc, dk), _range(doc, own), *cells])
    if vi:
        doc.table(f"Bảng 4. Kết quả phân tích nước thải sau xử lý tại điểm {point} (hố ga đấu nối)", rows, merges, role="limits")
        doc.p("(*) Ngưỡng cảnh báo nội bộ do Công ty tự đặt để chủ động điều chỉnh vận hành hệ thống xử lý, không phải giá trị giới hạn; "
              "kết quả vượt ngưỡng cảnh báo nhưng dưới giới hạn tiếp nhận được ghi nhận trong sổ vận hành.")
    else:
        doc.table(g(f"Таблица 5.2 – Результаты анализов сточных вод в контрольном колодце {point} (выпуск ЛОС в городскую канализацию)",
                    f"5.2-кесте – {point} бақылау құдығындағы ағынды суларды талдау нәтижелері (ЖТҚ-дан қалалық кәрізге шығарылым)", ""),
                  rows, merges, role="limits")
        doc.p(g("* Уровень реагирования установлен приказом директора завода для своевременного принятия мер по наладке ЛОС; нормативом "
                "не является. Превышений ДК не выявлено.",
                "* Әрекет ету деңгейі ЖТҚ-ны реттеу бойынша уақтылы шара қолдану үшін зауыт директорының бұйрығымен белгіленген; норматив "
                "болып табылмайды. РЕК-тен асу анықталған жоқ.", ""))
    maybe_distractor(doc)


# code: (ПДК м.р., ПДК с.с.) at the recycler's protection zone
SZZ_PDK = {"0184": (0.001, 0.0003), "0322": (0.3, 0.1), "0330": (0.5, 0.05)}
SZZ_POINTS = (("Т-1", "север", "солтүстік"), ("Т-2", "восток", "шығыс"), ("Т-3", "юг", "оңтүстік"), ("Т-4", "запад", "батыс"))


def limits_ir2(doc: Doc) -> None:
    """The air at a battery recycler's protection-zone boundary over a year, two kinds of sampling at the same points —
    series of 20-minute samples whose greatest is judged against the ПДК м.р. and 24-hour samples whose greatest mean is
    judged against the ПДК с.с. — under a row spanning the table per substance, both ПДК merged down over the substance's
    points, the counts of samples beside them, one point where no 24-hour samples were taken (VI: the air of the Đông Mai
    lead-recycling village, the greatest 24-hour value against QCVN 05:2023/BTNMT's 24-hour limit and the mean of the
    year's samples against its annual limit, µg/m3, lead above the limit at some points)."""
    if doc.lang == "vi":
        _limits_ir2_vi(doc)
        return
    r = doc.rng
    L = _L(doc)
    g = doc.v
    mr_col, ss_col = g("м.р.", "м.б.", ""), g("с.с.", "о.т.", "")
    doc.h(g("Результаты мониторинга атмосферного воздуха на границе СЗЗ за 2025 год. ТОО «Шығыс Екінші Қорғасын»",
            "«Шығыс Екінші Қорғасын» ЖШС. 2025 жылғы СҚА шекарасындағы атмосфералық ауа мониторингінің нәтижелері", ""))
    doc.p(g("На каждой точке отбирались серии разовых (20-минутных) проб, результат которых сравнивается с ПДК максимальной разовой, "
            "и суточные пробы (непрерывный отбор 24 ч), результат которых сравнивается с ПДК среднесуточной. В таблице приведены "
            "наибольшие значения за год.",
            "Әр нүктеде бір реттік (20 минуттық) сынамалар сериялары алынды, олардың нәтижесі ең жоғары бір реттік ШЖК-мен салыстырылады, "
            "және тәуліктік сынамалар (24 сағ үздіксіз сынама алу) алынды, олардың нәтижесі орташа тәуліктік ШЖК-мен салыстырылады. "
            "Кестеде жыл ішіндегі ең жоғары мәндер келтірілген.", ""))
    head0 = g(["Точка (направление, 1000 м от площадки)", "Разовые пробы (20 мин)", None, None, "Суточные пробы (24 ч)", None, None],
              ["Нүкте (бағыты, алаңнан 1000 м)", "Бір реттік сынамалар (20 мин)", None, None, "Тәуліктік сынамалар (24 сағ)", None, None], [])
    head1 = [None] + g(["кол-во проб", "наибольшая концентрация, мг/м³", "ПДК м.р., мг/м³", "кол-во проб", "наибольшая среднесуточная, мг/м³", "ПДК с.с., мг/м³"],
                       ["сынама саны", "ең жоғары концентрация, мг/м³", "ШЖК м.б., мг/м³", "сынама саны", "ең жоғары орташа тәуліктік, мг/м³", "ШЖК о.т., мг/м³"], [])
    rows = [head0, head1]
    merges = [(0, 0, 1, 0), (0, 1, 0, 3), (0, 4, 0, 6)]
    skip = doc.pick([p[0] for p in SZZ_POINTS])
    for code, (mr, ss) in SZZ_PDK.items():
        _span(rows, merges, f"{_air(doc, code)} ({code})", 7)
        start = len(rows)
        for pid, s_ru, s_kk in SZZ_POINTS:
            vmr = _sig(mr * r.uniform(0.15, 0.85), 2)
            line = [f"{pid} ({(s_ru, s_kk)[L]})", str(r.randint(36, 48)), num(vmr, doc.lang), num(mr, doc.lang) if pid == "Т-1" else None]
            add(doc, limit(("code", code), "air", mr, "mg/m3", mr_col, pid, vmr))
            if pid == skip:
                line += ["–", g("не отбирались", "алынған жоқ", ""), num(ss, doc.lang) if pid == "Т-1" else None]
            else:
                vss = _sig(ss * r.uniform(0.2, 0.9), 2)
                line += [str(r.randint(10, 12)), num(vss, doc.lang), num(ss, doc.lang) if pid == "Т-1" else None]
                add(doc, limit(("code", code), "air", ss, "mg/m3", ss_col, pid, vss))
            rows.append(line)
        merges += [(start, 3, len(rows) - 1, 3), (start, 6, len(rows) - 1, 6)]
    doc.table(g("Таблица 3 – Концентрации загрязняющих веществ на границе СЗЗ", "3-кесте – СҚА шекарасындағы ластаушы заттардың концентрациялары", ""),
              rows, merges, role="limits")
    doc.p(g(f"На точке {skip} суточные пробы не отбирались (пробоотборник в поверке). Превышений ПДК не выявлено.",
            f"{skip} нүктесінде тәуліктік сынамалар алынған жоқ (сынама алғыш салыстырып тексеруде). ШЖК-дан асу анықталған жоқ.", ""))
    maybe_distractor(doc)


# code: (VI label, 24-hour limit, annual limit, (low, high) share of the 24-hour limit), µg/m3
VN_AIR = {"0184": ("Chì (Pb)", 1.5, 0.5, (0.3, 1.6)), "2902": ("Bụi tổng (TSP)", 200, 100, (0.4, 1.1))}
VN_VILLAGE_POINTS = (("KK1", "Cổng làng, đầu thôn Đông Mai"), ("KK2", "Khu dân cư giữa thôn, gần các lò nấu chì"),
                     ("KK3", "Trường mầm non của xã"), ("KK4", "Cuối hướng gió chủ đạo, cách thôn 500 m"))


def _limits_ir2_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("KẾT QUẢ QUAN TRẮC CHẤT LƯỢNG KHÔNG KHÍ XUNG QUANH NĂM 2025 – LÀNG NGHỀ TÁI CHẾ CHÌ THÔN ĐÔNG MAI")
    doc.p("Mỗi điểm lấy 12 mẫu trung bình 24 giờ trong năm (01 mẫu/tháng). Giá trị 24 giờ lớn nhất được so sánh với giới hạn trung bình 24 giờ, "
          "giá trị trung bình của 12 mẫu được so sánh với giới hạn trung bình năm của QCVN 05:2023/BTNMT.")
    rows = [["Vị trí quan trắc", "Số mẫu", "Giá trị 24 giờ lớn nhất (µg/m³)", "QCVN 05:2023/BTNMT – Trung bình 24 giờ (µg/m³)",
             "Trung bình năm (µg/m³)", "QCVN 05:2023/BTNMT – Trung bình năm (µg/m³)"]]
    merges: list = []
    over = False
    for code, (label, day, year, (lo, hi)) in VN_AIR.items():
        _span(rows, merges, label, 6)
        start = len(rows)
        for pid, place in VN_VILLAGE_POINTS:
            top = _sig(day * r.uniform(lo, hi), 2)
            mean = _sig(top * r.uniform(0.35, 0.6), 2)
            over = over or (code == "0184" and top > day)
            rows.append([f"{pid} – {place}", "12", num(top, "vi"), num(day, "vi") if pid == "KK1" else None, num(mean, "vi"),
                         num(year, "vi") if pid == "KK1" else None])
            add(doc, limit(("code", code), "air", day, "µg/m3", "Trung bình 24 giờ", pid, top),
                limit(("code", code), "air", year, "µg/m3", "Trung bình năm", pid, mean))
        merges += [(start, 3, len(rows) - 1, 3), (start, 5, len(rows) - 1, 5)]
    doc.table("Bảng 2. Kết quả quan trắc chì và bụi tổng trong không khí xung quanh", rows, merges, role="limits")
    doc.p("Nhận xét: nồng độ chì tại một số điểm có thời điểm vượt giới hạn trung bình 24 giờ; UBND xã đã yêu cầu các hộ dừng nấu chì thủ "
          "công trong mùa khô." if over else "Nhận xét: các giá trị 24 giờ của chì và bụi tổng nằm trong giới hạn cho phép.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring

# (label with ranges, numbers meant, RU sources, KK sources, codes, frequency)
def _plant_plan(reserve: int) -> tuple:
    mills = [f"{k:04d}" for k in range(1, 5) if k != reserve]
    suffix = {2: "ден", 3: "тен"}[reserve]
    return (
        (f"0001–0004 (кроме {reserve:04d})", f"0001–0004 ({reserve:04d}-{suffix} басқа)", mills,
         f"Аспирация шаровых мельниц № 1–4 (мельница № {reserve} в резерве)", f"№ 1–4 шарлы диірмендердің аспирациясы (№ {reserve} диірмен резервте)",
         ("0184",), "quarterly"),
        ("0005–0008", "0005–0008", ["0005", "0006", "0007", "0008"], "Машины отливки решеток № 1–4", "№ 1–4 тор құю машиналары",
         ("0184", "0290", "0301", "0337"), "quarterly"),
        ("0009, 0011", "0009, 0011", ["0009", "0011"], "Пастосмесители № 1, 2", "№ 1, 2 паста араластырғыштар", ("0184",), "quarterly"),
        ("0010", "0010", ["0010"], "Камеры сушки пластин", "Пластиналарды кептіру камералары", ("0184", "0301", "0337"), "semiannual"),
        ("0012–0014 (кроме 0013)", "0012–0014 (0013-тен басқа)", ["0012", "0014"], "Сборочные линии № 1, 3 (линия № 2 законсервирована)",
         "№ 1, 3 құрастыру желілері (№ 2 желі консервацияланған)", ("0184",), "quarterly"),
        ("0015, 0016", "0015, 0016", ["0015", "0016"], "Скрубберы участка формирования и кислотного хозяйства",
         "Қалыптау учаскесі мен қышқыл шаруашылығының скрубберлері", ("0322",), "monthly"),
        ("0017", "0017", ["0017"], "Котельная", "Қазандық", ("0301", "0304", "0337"), "yearly"),
        ("6001, 6002", "6001, 6002", ["6001", "6002"], "Склад шлама и площадка отходов (расчетным методом)",
         "Шлам қоймасы және қалдықтар алаңы (есептеу әдісімен)", ("0184",), "quarterly"),
    )


def monitoring_ir1(doc: Doc) -> None:
    """A lead-acid battery plant's plan-graph of control at its sources whose number cells are runs with exceptions —
    `0001–0004 (кроме 0003)` for the mills with one in reserve, `0012–0014 (кроме 0013)` for assembly lines with one
    mothballed, lists `0009, 0011` around a number given a row of its own — each row one frequency, substances as
    `name (code)`, the boundary points `Т-1 – Т-4` and soil points after them; the excepted sources are named but carry no
    duty (VI: a Hải Phòng lead-acid plant's permit programme with stacks `KT1 ÷ KT4 (trừ KT3 – dự phòng)`)."""
    if doc.lang == "vi":
        _monitoring_ir1_vi(doc)
        return
    r = doc.rng
    L = _L(doc)
    g = doc.v
    reserve = doc.pick((2, 3))
    doc.h(g("Программа производственного экологического контроля. Аккумуляторный завод «Ертіс»", "«Ертіс» аккумулятор зауыты. Өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.h(g("4.2. План-график контроля на источниках выбросов и на границе СЗЗ", "4.2. Шығарынды көздеріндегі және СҚА шекарасындағы бақылау жоспар-кестесі", ""))
    doc.p(g(f"Шаровая мельница № {reserve} (ИЗА {reserve:04d}) находится в резерве, сборочная линия № 2 (ИЗА 0013) законсервирована; контроль на "
            "них проводится только при вводе в работу.",
            f"№ {reserve} шарлы диірмен ({reserve:04d} ЛШК) резервте, № 2 құрастыру желісі (0013 ЛШК) консервацияланған; оларда бақылау тек "
            "іске қосылған кезде жүргізіледі.", ""))
    rows = [g(["№", "№ ИЗА, точки", "Наименование", "Контролируемые вещества", "Периодичность", "Метод контроля"],
              ["№", "ЛШК, нүкте №", "Атауы", "Бақыланатын заттар", "Кезеңділігі", "Бақылау әдісі"], [])]
    inst, calc = g("инструментальный (аккредитованная лаборатория)", "аспаптық (аккредиттелген зертхана)", ""), g("расчетный", "есептік", "")
    pairs, numbers = [], [f"{k:04d}" for k in range(1, 18)] + ["6001", "6002"]
    for k, (lab_ru, lab_kk, nums, n_ru, n_kk, codes, word) in enumerate(_plant_plan(reserve), 1):
        rows.append([str(k), (lab_ru, lab_kk)[L], (n_ru, n_kk)[L], "; ".join(f"{_air(doc, c)} ({c})" for c in codes), _fw(doc, word),
                     calc if nums[0].startswith("6") else inst])
        for n in nums:
            for c in codes:
                doc.add("monitoring", {"source_number": n, "code": c, "frequency": word})
                pairs.append((n, c))
    k = len(rows)
    codes = ("0184", "0322", "0301")
    rows.append([str(k), "Т-1 – Т-4", g("Граница СЗЗ (север, восток, юг, запад)", "СҚА шекарасы (солтүстік, шығыс, оңтүстік, батыс)", ""),
                 "; ".join(f"{_air(doc, c)} ({c})" for c in codes), _fw(doc, "quarterly"), inst])
    for t in ("Т-1", "Т-2", "Т-3", "Т-4"):
        for c in codes:
            doc.add("monitoring", {"point": t, "code": c, "frequency": "quarterly"})
    soil = doc.pick((("П-1, П-2", ("П-1", "П-2")), ("П-1 – П-3", ("П-1", "П-2", "П-3"))))
    rows.append([str(k + 1), soil[0], g("Почва на границе СЗЗ, слой 0–5 см", "СҚА шекарасындағы топырақ, 0–5 см қабат", ""),
                 g("Свинец (валовое содержание)", "Қорғасын (жалпы мөлшері)", ""), g("1 раз в год (сентябрь)", "жылына 1 рет (қыркүйек)", ""), inst])
    for p in soil[1]:
        doc.add("monitoring", {"point": p, "symbol": "Pb", "frequency": "yearly"})
    doc.table(g("Таблица 4.2", "4.2-кесте", ""), rows, role="monitoring")
    doc.add("sources", *({"number": n, "type": _kind(n)} for n in numbers))
    doc.add("emissions", *(emission(c, None, None, n) for n, c in dict.fromkeys(pairs)))
    if r.random() < 0.5:
        distractor(doc, "contacts")


def _monitoring_ir1_vi(doc: Doc) -> None:
    reserve = doc.pick((2, 3))
    kt = [f"KT{k}" for k in range(1, 5) if k != reserve]
    plan = (
        (f"KT1 ÷ KT4 (trừ KT{reserve} – hệ thống dự phòng)", kt, "Ống thải hệ thống lọc bụi túi khu nghiền bột chì", (("0184", "Chì (Pb)"), ("2902", "Bụi tổng")),
         "quarterly"),
        ("KT5, KT6", ["KT5", "KT6"], "Ống thải khu đúc lưới", (("0184", "Chì (Pb)"), ("2902", "Bụi tổng"), ("0301", "NO2"), ("0337", "CO")), "quarterly"),
        ("KT7 ÷ KT9 (trừ KT8 – dây chuyền tạm dừng)", ["KT7", "KT9"], "Ống thải khu trát cao và lắp ráp", (("0184", "Chì (Pb)"), ("2902", "Bụi tổng")),
         "semiannual"),
        ("KT10", ["KT10"], "Ống thải tháp hấp thụ khu hóa thành", (("0322", "H2SO4"),), "quarterly"),
    )
    doc.h("CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG – NHÀ MÁY ẮC QUY TRÀNG DUỆ (CÔNG TY CỔ PHẦN ẮC QUY BẠCH ĐẰNG)")
    doc.p(f"Hệ thống lọc bụi KT{reserve} là hệ thống dự phòng, chỉ vận hành khi một trong các hệ thống chính bảo dưỡng; dây chuyền trát cao số 2 "
          "(KT8) tạm dừng từ tháng 01/2026. Các ống thải này không thuộc chương trình quan trắc định kỳ khi không vận hành.")
    rows = [["TT", "Ký hiệu điểm", "Vị trí", "Thông số", "Tần suất", "Quy chuẩn so sánh"]]
    for k, (label, points, place, params, word) in enumerate(plan, 1):
        rows.append([str(k), label, place, ", ".join(p for _, p in params), freq(doc, word), "QCVN 19:2009/BTNMT cột B, Kp = 1, Kv = 1"])
        for p in points:
            for code, _ in params:
                doc.add("monitoring", {"point": p, "code": code, "frequency": word})
    water = ("pH", "TSS", "COD", "Pb", "Zn")
    rows.append([str(len(rows)), "NT1", "Hố ga sau hệ thống xử lý nước thải, trước khi đấu nối vào KCN",
                 ", ".join(vocab.water(s, "vi") for s in water), freq(doc, "quarterly"), "Giới hạn tiếp nhận của KCN Tràng Duệ"])
    for s in water:
        doc.add("monitoring", {"point": "NT1", "symbol": s, "frequency": "quarterly"})
    doc.table("Bảng 5.1. Chương trình quan trắc khí thải, nước thải định kỳ", rows, role="monitoring")
    maybe_distractor(doc)


# (RU place, KK place, source or None, point or None, [(kind, key)], frequency, RU said, KK said)
MINE_PLAN = (
    ("Устье вентиляционного ствола «Северный»", "«Солтүстік» желдету оқпанының сағасы", "0001", None,
     [("code", "0301"), ("code", "0304"), ("code", "0337"), ("code", "2908"), ("code", "0322")], "quarterly", None, None),
    ("Исходящая струя зарядной камеры гор. 8", "8-горизонт зарядтау камерасының шығыс ағыны", "0001", None, [("code", "0322")], "monthly", None, None),
    ("Исходящая струя зарядной камеры гор. 10", "10-горизонт зарядтау камерасының шығыс ағыны", "0001", None, [("code", "0322")], "monthly", None, None),
    ("Устье вентиляционного ствола «Южный»", "«Оңтүстік» желдету оқпанының сағасы", "0002", None,
     [("code", "0301"), ("code", "0304"), ("code", "0337"), ("code", "2908")], "quarterly", None, None),
    ("Исходящая струя зарядной камеры гор. 12 (щелочные батареи)", "12-горизонт зарядтау камерасының шығыс ағыны (сілтілі батареялар)", "0002", None,
     [("code", "0150")], "monthly", None, None),
    ("Ламповая, крышный вентилятор", "Шамхана, шатыр желдеткіші", "0003", None, [("code", "0150")], "semiannual", None, None),
    ("Калориферная ствола «Главный» (уголь)", "«Бас» оқпанының калориферлік қондырғысы (көмір)", "0005", None,
     [("code", "0301"), ("code", "0330"), ("code", "0337"), ("code", "2908")], "monthly",
     "ежемесячно в отопительный период (октябрь – апрель)", "жылыту кезеңінде ай сайын (қазан – сәуір)"),
    ("Выпуск шахтных вод в пруд-отстойник", "Шахта суларының тұндырғыш тоғанға шығарылымы", None, "ВШ-1",
     [("symbol", s) for s in ("pH", "TSS", "SO4", "Pb", "Zn", "Cu", "Cd")], "monthly", None, None),
)  # fmt: skip


def monitoring_ir2(doc: Doc) -> None:
    """An underground mine's programme of monitoring emissions whose rows name the place measured — the mouths of two
    ventilation shafts, the outgoing air of the charging chambers on the levels, the lamp room's roof fan, the coal-fired air
    heater of the intake shaft working only in the heating season — with the source of emission it belongs to in a column
    of its own, so that a chamber measured underground is a duty at its shaft's number, the same shaft and sulphuric acid
    thus at two frequencies, and the mine water's outlet `ВШ-1` as a point (VI: an electric-bus depot's programme with the
    stand-by generator's stack written not subject to periodic monitoring, the 24-volt battery room's acid fumes, the wash
    water and noise and the electromagnetic field at the charging station with no substance)."""
    if doc.lang == "vi":
        _monitoring_ir2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    doc.h(g("Программа производственного экологического контроля подземного рудника «Жаңа Риддер» АО «Алтай Кен» на 2026–2028 годы",
            "«Алтай Кен» АҚ «Жаңа Риддер» жерасты кенішінің 2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.p(g("Выделения зарядных камер электровозов выдаются исходящей струей на поверхность через вентиляционные стволы; поэтому замеры "
            "в исходящей струе камер относятся к источнику выброса – стволу, указанному в графе 3.",
            "Электровоздардың зарядтау камераларының бөлінділері шығыс ағынмен желдету оқпандары арқылы жер бетіне шығарылады; сондықтан "
            "камералардың шығыс ағынындағы өлшеулер 3-бағанда көрсетілген шығарынды көзіне – оқпанға жатады.", ""))
    rows = [g(["№", "Место отбора проб (замеров)", "№ ИЗА / точки", "Контролируемые показатели", "Периодичность"],
              ["№", "Сынама алу (өлшеу) орны", "ЛШК / нүкте №", "Бақыланатын көрсеткіштер", "Кезеңділігі"], []),
            ["1", "2", "3", "4", "5"]]
    pairs = []
    for k, (p_ru, p_kk, src, pt, items, word, s_ru, s_kk) in enumerate(MINE_PLAN, 1):
        names = ", ".join(_air(doc, key) if kind == "code" else vocab.water(key, doc.lang) for kind, key in items)
        said = (s_ru, s_kk)[L] if s_ru else _fw(doc, word)
        rows.append([str(k), (p_ru, p_kk)[L], src or pt, names, said])
        for kind, key in items:
            if src:
                doc.add("monitoring", {"source_number": src, kind: key, "frequency": word})
                pairs.append((src, key))
            else:
                doc.add("monitoring", {"point": pt, kind: key, "frequency": word})
    doc.table(g("Таблица 4.1 – Мониторинг эмиссий", "4.1-кесте – Эмиссиялар мониторингі", ""), rows, role="monitoring")
    doc.add("sources", *({"number": n, "type": "organized"} for n in ("0001", "0002", "0003", "0005")))
    doc.add("emissions", *(emission(c, None, None, n) for n, c in dict.fromkeys(pairs)))
    maybe_distractor(doc)


def _monitoring_ir2_vi(doc: Doc) -> None:
    depot = doc.pick(VN_DEPOTS)[0]
    doc.h(f"CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG – {depot.upper()}")
    doc.p("Depot chỉ có máy phát điện dự phòng vận hành khi mất điện lưới; các xe buýt điện không phát sinh khí thải khi vận hành và sạc.")
    rows = [["TT", "Vị trí quan trắc", "Thông số", "Tần suất"]]
    items = (
        ("KT1 – Ống xả máy phát điện dự phòng 1.250 kVA", None, "Không thuộc đối tượng quan trắc định kỳ (chỉ vận hành khi mất điện)", None),
        ("KT2 – Ống thải quạt hút phòng nạp ắc quy phụ 24V", [("code", "0322")], "H2SO4", "semiannual"),
        ("NT1 – Nước thải khu rửa xe sau bể tách dầu", [("symbol", s) for s in ("pH", "TSS", "COD", "TPH")], None, "quarterly"),
        ("NT2 – Nước thải sinh hoạt sau bể tự hoại", [("symbol", s) for s in ("pH", "BOD5", "TSS", "NH4+", "Coliform")], None, "semiannual"),
        ("Khu trạm sạc – ranh giới depot", None, "Tiếng ồn, cường độ điện trường tần số công nghiệp", "quarterly"),
    )
    for place, params, said, word in items:
        text = said or ", ".join(vocab.water(key, "vi") for _, key in params)
        rows.append([str(len(rows)), place, text, freq(doc, word) if word else "-"])
        for kind, key in params or ():
            doc.add("monitoring", {"point": place.split(" ")[0], kind: key, "frequency": word})
    doc.table("Bảng 5.2. Vị trí, thông số và tần suất quan trắc", rows, role="monitoring")
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

CHARGE_SITES = (("Зарядные камеры электровозов (гор. 8–14)", "Электровоздардың зарядтау камералары (8–14 горизонттар)"), ("Ламповая", "Шамхана"),
                ("Аккумуляторная автотранспортного цеха", "Автокөлік цехының аккумуляторлық бөлмесі"))
# (RU check, KK check, per site (frequency or None, RU said or None, KK said, RU who, KK who) or None for a site it does not apply to)
CHARGE_CHECKS = (
    ("Работа вытяжной вентиляции и блокировки «вентиляция – зарядное устройство»", "Сорып шығару желдеткішінің және «желдету – зарядтау құрылғысы» бұғаттауының жұмысы",
     ((None, "ежесменно", "әр ауысым сайын", "горный мастер участка", "учаскенің тау-кен шебері"),
      ("daily", None, None, "заведующий ламповой", "шамхана меңгерушісі"),
      ("daily", None, None, "аккумуляторщик", "аккумуляторшы"))),
    ("Содержание водорода в воздухе помещения (переносной газоанализатор)", "Үй-жай ауасындағы сутегі мөлшері (тасымалы газталдағыш)",
     ((None, "перед каждой зарядкой", "әр зарядтау алдында", "электрослесарь участка", "учаскенің электр слесарі"), None,
      ("weekly", None, None, "механик цеха", "цех механигі"))),
    ("Наличие нейтрализующих растворов и средств промывки глаз и кожи", "Бейтараптандыратын ерітінділердің және көз бен теріні жуу құралдарының болуы",
     (("weekly", None, None, "начальник участка", "учаске бастығы"), ("weekly", None, None, "заведующий ламповой", "шамхана меңгерушісі"),
      ("weekly", None, None, "механик цеха", "цех механигі"))),
    ("Состояние кислотоупорного пола, поддонов и приямков, сбор пролитого электролита", "Қышқылға төзімді еденнің, табандар мен шұңқырлардың жай-күйі, төгілген электролитті жинау",
     (("monthly", None, None, "инженер-эколог", "инженер-эколог"), None, ("monthly", None, None, "инженер-эколог", "инженер-эколог"))),
    ("Накопление отработанных аккумуляторов: маркировка, поддоны, сроки накопления", "Пайдаланылған аккумуляторларды жинақтау: таңбалау, табандар, жинақтау мерзімдері",
     (("monthly", None, None, "инженер-эколог", "инженер-эколог"), ("monthly", None, None, "инженер-эколог", "инженер-эколог"),
      ("quarterly", None, None, "инженер-эколог", "инженер-эколог"))),
    ("Поверка газоанализаторов и сигнализаторов водорода", "Газталдағыштар мен сутегі дабылдағыштарын салыстырып тексеру",
     (("quarterly", None, None, "служба КИПиА", "БӨАжА қызметі"), None, ("semiannual", None, None, "служба КИПиА", "БӨАжА қызметі"))),
    ("Комиссионная проверка всех зарядных помещений рудника", "Кеніштің барлық зарядтау үй-жайларын комиссиялық тексеру",
     ("yearly", "1 раз в год (июнь), комиссия рудника под председательством главного инженера",
      "жылына 1 рет (маусым), бас инженер төрағалық ететін кеніш комиссиясы", "комиссия рудника", "кеніш комиссиясы")),
)  # fmt: skip
VN_CHARGE_SITES = ("Depot Kiêu Kỵ", "Depot Tây Mỗ", "Depot Đông Anh")
# (check, per depot (frequency or None, said or None, who) or None)
VN_CHARGE_CHECKS = (
    ("Tủ sạc, súng sạc, cáp sạc: vỏ tủ, đầu nối, nhiệt độ", ((None, "Mỗi ca sạc đêm", "Trưởng ca trạm sạc"),) * 3),
    ("Quạt thông gió, hệ thống làm mát trạm biến áp", (("weekly", None, "Tổ cơ điện"), ("weekly", None, "Tổ cơ điện"), ("monthly", None, "Tổ cơ điện"))),
    ("Phòng nạp ắc quy phụ: quạt hút, dung dịch trung hòa axit", (("daily", None, "Thủ kho"), ("daily", None, "Thủ kho"), None)),
    ("Bể tách dầu khu rửa xe", (("weekly", None, "Tổ vệ sinh"), ("weekly", None, "Tổ vệ sinh"), None)),
    ("Khu lưu giữ chất thải nguy hại", (("monthly", None, "Cán bộ môi trường"),) * 3),
    ("Hệ thống báo cháy, chữa cháy tại trạm sạc", (("monthly", None, "Đội PCCC cơ sở"),) * 3),
    ("Tuân thủ giấy phép môi trường của depot", (("semiannual", None, "Phòng An toàn – Môi trường"),) * 3),
)


def inspections_ir1(doc: Doc) -> None:
    """A mining company's regulation of checking its charging rooms in which each place is a column pair — how often and who
    checks — under a merged header naming the place (the underground charging chambers, the lamp room, the vehicle shop's
    battery room), a pair merged into a dash where a check does not apply, so that one row gives a check per place with its
    own checker; `ежесменно` and `перед каждой зарядкой` are no frequency of the contract (VI: an electric-bus company's
    three depots as column pairs, `Mỗi ca sạc đêm`, a dash at a depot without a wash bay)."""
    vi = doc.lang == "vi"
    g = doc.v
    L = 0 if vi else _L(doc)
    sites = VN_CHARGE_SITES if vi else [s[L] for s in CHARGE_SITES]
    checks = VN_CHARGE_CHECKS if vi else CHARGE_CHECKS
    if vi:
        doc.h("QUY ĐỊNH KIỂM TRA TRẠM SẠC VÀ KHU VỰC PHỤ TRỢ – CÔNG TY CỔ PHẦN XE BUÝT ĐIỆN THỦ ĐÔ")
        doc.p("Ban hành kèm theo Quyết định của Tổng Giám đốc. Kết quả kiểm tra ghi vào sổ theo dõi của từng depot.")
    else:
        doc.h(g("Регламент осмотров зарядных помещений и аккумуляторных. АО «Алтай Кен», подземный рудник «Жаңа Риддер»",
                "Зарядтау үй-жайлары мен аккумуляторлық бөлмелерді қарап-тексеру регламенті. «Алтай Кен» АҚ, «Жаңа Риддер» жерасты кеніші", ""))
        doc.p(g("Утвержден главным инженером рудника. Результаты осмотров заносятся в журналы осмотров каждого помещения.",
                "Кеніштің бас инженері бекітті. Қарап-тексеру нәтижелері әр үй-жайдың қарап-тексеру журналдарына енгізіледі.", ""))
    head0 = ["№", "Nội dung kiểm tra" if vi else g("Что проверяется", "Не тексеріледі", "")]
    head1: list = [None, None]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1)]
    for k, site in enumerate(sites):
        head0 += [site, None]
        head1 += ["Tần suất", "Người kiểm tra"] if vi else g(["периодичность", "кто проверяет"], ["кезеңділігі", "кім тексереді"], [])
        merges.append((0, 2 + 2 * k, 0, 3 + 2 * k))
    rows = [head0, head1]
    for n, check in enumerate(checks, 1):
        text = check[0] if vi else check[L]
        per = check[1] if vi else check[2]
        line = [str(n), text]
        if not vi and len(per) == 5:
            word, s_ru, s_kk, w_ru, w_kk = per
            rows.append(line + [(s_ru, s_kk)[L]] + [None] * (2 * len(sites) - 1))
            merges.append((len(rows) - 1, 2, len(rows) - 1, 1 + 2 * len(sites)))
            doc.add("obligations", {"kind": "inspection", "text_contains": _words(text, 3), "actor_contains": (w_ru, w_kk)[L], "frequency": word})
            continue
        for k, cell in enumerate(per):
            if cell is None:
                line += ["-" if vi else "—", None]
                merges.append((len(rows), 2 + 2 * k, len(rows), 3 + 2 * k))
                continue
            if vi:
                word, said, who = cell
            else:
                word, s_ru, s_kk, w_ru, w_kk = cell
                said, who = (s_ru, s_kk)[L], (w_ru, w_kk)[L]
            line += [said or _fw(doc, word), who]
            item = {"kind": "inspection", "text_contains": _words(text, 3), "actor_contains": who}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
        rows.append(line)
    doc.table("Bảng 1. Nội dung, tần suất và người kiểm tra" if vi else g("Таблица 1 – График осмотров", "1-кесте – Қарап-тексеру кестесі", ""),
              rows, merges, role="inspections")
    maybe_distractor(doc)


# (RU point, KK point, RU place, KK place, category, tonnes)
COLLECTION_POINTS = (
    ("Склад-накопитель «Өскемен»", "«Өскемен» жинақтау қоймасы", "г. Усть-Каменогорск, ул. Бажова, 70", "Өскемен қ., Бажов к-сі, 70", "А", 60),
    ("Склад-накопитель «Семей»", "«Семей» жинақтау қоймасы", "г. Семей, ул. Джангильдина, 12", "Семей қ., Жангелдин к-сі, 12", "А", 40),
    ("Пункт приема при СТО «Риддер Авто»", "«Риддер Авто» ТҚКС жанындағы қабылдау пункті", "г. Риддер, ул. Тохтарова, 5", "Риддер қ., Тоқтаров к-сі, 5", "Б", 6),
    ("Пункт приема при магазине «Аккумулятор-Алтай»", "«Аккумулятор-Алтай» дүкені жанындағы қабылдау пункті", "г. Алтай, ул. Тауелсиздик, 48",
     "Алтай қ., Тәуелсіздік к-сі, 48", "Б", 4),
    ("Выездной сбор в Зайсанском и Тарбагатайском районах", "Зайсан және Тарбағатай аудандарындағы көшпелі жинау", "по графику рейсов",
     "рейстер кестесі бойынша", "В", 0),
)  # fmt: skip
# (category RU, KK, [(RU check, KK check, frequency or None, RU said, KK said, RU who, KK who)])
NETWORK_CHECKS = (
    ("А – склады-накопители (более 20 т)", "А – жинақтау қоймалары (20 т-дан астам)", [
        ("Условия хранения: навес, кислотостойкое покрытие, поддоны, нейтрализующие средства", "Сақтау жағдайлары: қалқа, қышқылға төзімді жабын, табандар, бейтараптандыру құралдары",
         "monthly", None, None, "инженер-эколог ТОО", "ЖШС инженер-экологы"),
        ("Журнал приема, паспорта опасных отходов и сопроводительные документы", "Қабылдау журналы, қауіпті қалдықтардың паспорттары және ілеспе құжаттар",
         "quarterly", None, None, "специалист по учету отходов", "қалдықтарды есепке алу жөніндегі маман"),
        ("Сроки накопления (не более 6 месяцев) и вывоз на завод", "Жинақтау мерзімдері (6 айдан аспайды) және зауытқа шығару", "monthly", None, None,
         "логист", "логист")]),
    ("Б – пункты при СТО и магазинах", "Б – ТҚКС және дүкендер жанындағы пункттер", [
        ("Условия хранения, целостность корпусов, отсутствие слива электролита", "Сақтау жағдайлары, корпустардың бүтіндігі, электролиттің ағызылмауы",
         "quarterly", None, None, "региональный представитель", "өңірлік өкіл"),
        ("Ведение журнала приема", "Қабылдау журналын жүргізу", "semiannual", None, None, "специалист по учету отходов", "қалдықтарды есепке алу жөніндегі маман")]),
    ("В – выездной сбор", "В – көшпелі жинау", [
        ("Состояние кислотостойких контейнеров и транспортного средства", "Қышқылға төзімді контейнерлер мен көлік құралының жай-күйі", None,
         "перед каждым выездом", "әр шығу алдында", "водитель-экспедитор", "жүргізуші-экспедитор"),
        ("Соблюдение маршрута и графика сбора", "Жинау бағыты мен кестесінің сақталуы", None, "по окончании каждого рейса", "әр рейс аяқталғанда",
         "диспетчер", "диспетчер")]),
    ("Все пункты", "Барлық пункттер", [
        ("Внеплановая проверка по обращениям граждан и государственных органов", "Азаматтар мен мемлекеттік органдардың өтініштері бойынша жоспардан тыс тексеру",
         None, "при поступлении обращения", "өтініш түскенде", "инженер-эколог ТОО", "ЖШС инженер-экологы"),
        ("Аудит сети пунктов приема", "Қабылдау пункттері желісінің аудиті", "yearly", None, None, "комиссия под председательством главного инженера",
         "бас инженер төрағалық ететін комиссия")]),
)  # fmt: skip


def inspections_ir2(doc: Doc) -> None:
    """A battery recycler's order of supervising its network of collection points for spent batteries across the oblast:
    the points with their category (`А`, `Б`, `В`) in a first table of no role, then the checks by category — the
    category merged down over its checks — with how often and by whom; the checks of the mobile collection before each trip
    and after each run and the unplanned checks on complaints carry no frequency of the contract (VI: a commune People's
    Committee's plan of checking the households of a lead-recycling village by their group — breaking batteries, smelting
    and casting lead, buying spent batteries — after a list of the households of no role)."""
    if doc.lang == "vi":
        _inspections_ir2_vi(doc)
        return
    r = doc.rng
    L = _L(doc)
    g = doc.v
    doc.h(g("Порядок контроля пунктов приема отработанных аккумуляторов. ТОО «Шығыс Екінші Қорғасын»",
            "«Шығыс Екінші Қорғасын» ЖШС. Пайдаланылған аккумуляторларды қабылдау пункттерін бақылау тәртібі", ""))
    doc.p(g("Приложение 1 к приказу директора № " + str(r.randint(12, 90)) + "-П. Пункты приема отнесены к категориям по объему накопления.",
            "Директордың № " + str(r.randint(12, 90)) + "-Б бұйрығына 1-қосымша. Қабылдау пункттері жинақтау көлемі бойынша санаттарға жатқызылған.", ""))
    pts = [g(["№", "Пункт приема", "Адрес", "Категория", "Вместимость, т"], ["№", "Қабылдау пункті", "Мекенжайы", "Санаты", "Сыйымдылығы, т"], [])]
    for k, (p_ru, p_kk, a_ru, a_kk, cat, t) in enumerate(COLLECTION_POINTS, 1):
        pts.append([str(k), (p_ru, p_kk)[L], (a_ru, a_kk)[L], cat, str(t) if t else "–"])
    doc.table(g("Таблица 1 – Пункты приема", "1-кесте – Қабылдау пункттері", ""), pts, role="other")
    rows = [g(["Категория пунктов", "Что проверяется", "Периодичность", "Кто проверяет"], ["Пункттер санаты", "Не тексеріледі", "Кезеңділігі", "Кім тексереді"], [])]
    merges: list = []
    for c_ru, c_kk, checks in NETWORK_CHECKS:
        start = len(rows)
        for j, (t_ru, t_kk, word, s_ru, s_kk, w_ru, w_kk) in enumerate(checks):
            text, who = (t_ru, t_kk)[L], (w_ru, w_kk)[L]
            rows.append([(c_ru, c_kk)[L] if j == 0 else None, text, (s_ru, s_kk)[L] if s_ru else _fw(doc, word), who])
            item = {"kind": "inspection", "text_contains": _words(text, 3), "actor_contains": who}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
        if len(checks) > 1:
            merges.append((start, 0, len(rows) - 1, 0))
    doc.table(g("Таблица 2 – Контроль пунктов приема", "2-кесте – Қабылдау пункттерін бақылау", ""), rows, merges, role="inspections")
    maybe_distractor(doc)


VN_HOUSEHOLDS = (("Hộ ông Nguyễn Văn Khải", "Phá dỡ ắc quy", 0), ("Hộ ông Trần Văn Định", "Nấu, đúc chì", 2), ("Hộ bà Lê Thị Hạnh", "Thu mua ắc quy thải", 0),
                 ("Hộ ông Phạm Văn Lợi", "Nấu, đúc chì", 1), ("Hộ ông Đỗ Văn Tuấn", "Phá dỡ ắc quy", 0), ("Hộ ông Nguyễn Văn Hào", "Nấu, đúc chì", 3))
# (group, [(check, frequency or None, said or None, who)])
VN_GROUP_CHECKS = (
    ("Nhóm 1 – Hộ phá dỡ ắc quy", [("Nơi đổ axit, hố thu gom và trung hòa axit", "monthly", None, "Công chức địa chính – nông nghiệp – môi trường xã"),
                                   ("Khu chứa vỏ nhựa, bản cực sau phá dỡ", "quarterly", None, "Công chức địa chính – nông nghiệp – môi trường xã")]),
    ("Nhóm 2 – Hộ nấu, đúc chì", [("Lò nấu chì, chụp hút và thiết bị lọc bụi", "monthly", None, "Tổ kiểm tra liên ngành của xã"),
                                  ("Sổ theo dõi nguyên liệu và xỉ chì phát sinh", "quarterly", None, "Tổ kiểm tra liên ngành của xã")]),
    ("Nhóm 3 – Hộ thu mua ắc quy thải", [("Điều kiện lưu giữ ắc quy thải (mái che, nền chống thấm)", "semiannual", None, "Công an xã")]),
    ("Tất cả các hộ", [("Kiểm tra đột xuất khi có phản ánh của người dân", None, "Khi có phản ánh", "Ủy ban nhân dân xã"),
                       ("Việc thực hiện lộ trình di dời vào cụm công nghiệp", "yearly", None, "Sở Nông nghiệp và Môi trường")]),
)


def _inspections_ir2_vi(doc: Doc) -> None:
    doc.h("KẾ HOẠCH KIỂM TRA CÔNG TÁC BẢO VỆ MÔI TRƯỜNG LÀNG NGHỀ TÁI CHẾ CHÌ THÔN ĐÔNG MAI NĂM 2026")
    doc.p("Ban hành kèm theo Quyết định của Chủ tịch Ủy ban nhân dân xã. Các hộ sản xuất được chia nhóm theo loại hình hoạt động.")
    rows = [["STT", "Hộ sản xuất", "Loại hình", "Số lò nấu chì"]]
    for k, (who, kind, furnaces) in enumerate(VN_HOUSEHOLDS, 1):
        rows.append([str(k), who, kind, str(furnaces) if furnaces else "-"])
    doc.table("Bảng 1. Danh sách hộ sản xuất trong làng nghề", rows, role="other")
    rows = [["Nhóm hộ", "Nội dung kiểm tra", "Tần suất", "Đơn vị kiểm tra"]]
    merges: list = []
    for group, checks in VN_GROUP_CHECKS:
        start = len(rows)
        for j, (what, word, said, who) in enumerate(checks):
            rows.append([group if j == 0 else None, what, said or _fw(doc, word), who])
            item = {"kind": "inspection", "text_contains": _words(what, 4), "actor_contains": who}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
        if len(checks) > 1:
            merges.append((start, 0, len(rows) - 1, 0))
    doc.table("Bảng 2. Nội dung và tần suất kiểm tra", rows, merges, role="inspections")
    maybe_distractor(doc)


# ---------------------------------------------------------------- tasks

MONTHS = {"ru": ("янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"),
          "kk": ("қаң", "ақп", "нау", "сәу", "мам", "мау", "шіл", "там", "қыр", "қаз", "қар", "жел"),
          "vi": ("T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "T10", "T11", "T12")}
# ((RU section, KK section), [(RU task, KK task, RU responsible, KK responsible, first month, last month, milestone?)])
GANTT = (
    (("Газоочистка", "Газ тазарту"), [
        ("Заменить рукава фильтров шаровых мельниц № 1, 2 на мембранные", "№ 1, 2 шарлы диірмендер сүзгілерінің жеңдерін мембраналық жеңдерге ауыстыру",
         "Главный механик", "Бас механик", 2, 4, False),
        ("Установить фильтры тонкой очистки после рукавных фильтров литейного участка", "Құю учаскесінің жеңді сүзгілерінен кейін жұқа тазарту сүзгілерін орнату",
         "Главный механик", "Бас механик", 4, 8, False),
        ("Провести инструментальные замеры после реконструкции ГОУ", "ГТҚ-ны реконструкциялаудан кейін аспаптық өлшеулер жүргізу",
         "Инженер-эколог", "Инженер-эколог", 9, 10, False)]),
    (("Производство", "Өндіріс"), [
        ("Перевести отливку решеток на ленточную просечно-вытяжную линию", "Торларды құюды таспалы тесіп-созу желісіне көшіру",
         "Начальник литейного участка", "Құю учаскесінің бастығы", 3, 11, False),
        ("Внедрить закрытую подачу пасты на намазочные машины", "Жағу машиналарына пастаны жабық беруді енгізу",
         "Начальник участка намазки", "Жағу учаскесінің бастығы", 6, 9, False)]),
    (("Сточные воды и отходы", "Ағынды сулар және қалдықтар"), [
        ("Выполнить капитальный ремонт локальных очистных сооружений", "Жергілікті тазарту құрылыстарына күрделі жөндеу жүргізу",
         "Главный энергетик", "Бас энергетик", 7, 9, False),
        ("Заключить договор давальческой переработки дросса на 2027 год", "2027 жылға дроссты толлингтік қайта өңдеу шартын жасасу",
         "Отдел снабжения", "Жабдықтау бөлімі", 11, 12, False)]),
    (("Экологическая документация", "Экологиялық құжаттама"), [
        ("Разработать программу ПЭК на 2027–2029 годы и представить в Департамент экологии", "2027–2029 жылдарға арналған ӨЭБ бағдарламасын әзірлеу және Экология департаментіне ұсыну",
         "Инженер-эколог", "Инженер-эколог", 12, 12, True)]),
)  # fmt: skip
VN_GANTT = (
    ("I. HỆ THỐNG XỬ LÝ BỤI CHÌ", [
        ("Thay túi lọc hệ thống lọc bụi khu nghiền bột chì bằng túi màng PTFE", "Phòng Cơ điện", 2, 3, False),
        ("Lắp bổ sung bộ lọc tinh HEPA sau hệ thống lọc bụi túi khu đúc lưới", "Ban Dự án", 4, 7, False),
        ("Lắp đặt sàn thao tác và lỗ lấy mẫu tại ống thải số 5", "Phòng Cơ điện", 5, 5, False)]),
    ("II. NƯỚC THẢI VÀ CHẤT THẢI", [
        ("Cải tạo bể trung hòa và bổ sung máy ép bùn khung bản", "Ban Dự án", 6, 9, False),
        ("Xây dựng kho lưu giữ chất thải nguy hại chứa chì có nền chống axit", "Phòng Hành chính – Tổng hợp", 8, 10, False)]),
    ("III. HỒ SƠ MÔI TRƯỜNG", [
        ("Lập và nộp hồ sơ đề nghị cấp điều chỉnh giấy phép môi trường", "Phòng An toàn – Môi trường", 11, 11, True)]),
)


def tasks_ir1(doc: Doc) -> None:
    """A lead-acid battery plant's plan-schedule of cutting its lead emissions drawn as a Gantt chart: the measures `1.1`
    under section rows with the one responsible, then twelve month columns under a merged `2026 год` whose cells hold `■`
    over the months of the work and `◆` for a date to submit, so that no term is written but the bars, the legend under the
    table (VI: a Hải Phòng lead-acid plant's schedule of improving its dust treatment, `T1` … `T12`)."""
    vi = doc.lang == "vi"
    g = doc.v
    L = 0 if vi else _L(doc)
    width = 3 + 12
    if vi:
        doc.h("KẾ HOẠCH VÀ TIẾN ĐỘ CẢI TẠO CÔNG TRÌNH BẢO VỆ MÔI TRƯỜNG NĂM 2026 – NHÀ MÁY ẮC QUY TRÀNG DUỆ")
        doc.p("Kế hoạch được Giám đốc Công ty Cổ phần Ắc quy Bạch Đằng phê duyệt; đơn vị chủ trì chịu trách nhiệm hoàn thành trong thời gian ghi trên biểu đồ.")
        rows = [["TT", "Hạng mục công việc", "Đơn vị chủ trì", "Năm 2026"] + [None] * 11, [None, None, None, *MONTHS["vi"]]]
    else:
        doc.h(g("План-график мероприятий по снижению выбросов свинца на 2026 год. Аккумуляторный завод «Ертіс»",
                "«Ертіс» аккумулятор зауыты. Қорғасын шығарындыларын азайту жөніндегі 2026 жылға арналған іс-шаралар жоспар-кестесі", ""))
        doc.p(g("Утвержден директором ТОО «Ертіс Аккумулятор». Ответственные обеспечивают выполнение мероприятий в указанные на графике месяцы.",
                "«Ертіс Аккумулятор» ЖШС директоры бекітті. Жауаптылар іс-шаралардың кестеде көрсетілген айларда орындалуын қамтамасыз етеді.", ""))
        rows = [g(["№", "Мероприятие", "Ответственный", "2026 год"], ["№", "Іс-шара", "Жауапты", "2026 жыл"], []) + [None] * 11,
                [None, None, None, *MONTHS[doc.lang]]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 14)]
    plan = VN_GANTT if vi else GANTT
    for s, (section, items) in enumerate(plan, 1):
        _span(rows, merges, section if vi else f"{s}. {section[L]}", width)
        for k, item in enumerate(items, 1):
            if vi:
                text, who, first, last, mark = item
            else:
                t_ru, t_kk, w_ru, w_kk, first, last, mark = item
                text, who = (t_ru, t_kk)[L], (w_ru, w_kk)[L]
            bars = [("◆" if mark else "■") if first <= m <= last else "" for m in range(1, 13)]
            rows.append([f"{s}.{k}", text, who, *bars])
            doc.add("obligations", {"kind": "task", "number": f"{s}.{k}", "text_contains": _words(text, 4), "actor_contains": who})
    doc.table("Bảng 1. Biểu đồ tiến độ" if vi else g("Таблица 1 – График выполнения", "1-кесте – Орындау кестесі", ""), rows, merges, role="tasks")
    doc.p("Ghi chú: ■ – thời gian thực hiện; ◆ – thời hạn nộp hồ sơ." if vi else
          g("■ – период выполнения; ◆ – срок представления документа.", "■ – орындау кезеңі; ◆ – құжатты ұсыну мерзімі.", ""))
    maybe_distractor(doc)


# ((RU party, KK party, actor key RU, actor key KK), [(RU, KK, RU term, KK term, RU proof, KK proof)])
INVEST_PLAN = (
    (("I. Обязательства Инвестора – ТОО «QazLion Energy»", "I. Инвестордың міндеттемелері – «QazLion Energy» ЖШС", "QazLion", "QazLion"), [
        ("Осуществить инвестиции в фиксированные активы в объеме не менее 14,2 млрд тенге", "Тіркелген активтерге кемінде 14,2 млрд теңге көлемінде инвестиция салу",
         "до 31.12.2026", "31.12.2026 дейін", "акты ввода основных средств", "негізгі құралдарды енгізу актілері"),
        ("Ввести в эксплуатацию производство мощностью 60 тыс. батарейных модулей в год", "Жылына 60 мың батарея модулі қуатымен өндірісті пайдалануға беру",
         "до 30.09.2026", "30.09.2026 дейін", "акт приемки в эксплуатацию", "пайдалануға қабылдау актісі"),
        ("Создать не менее 180 постоянных рабочих мест для граждан Республики Казахстан", "Қазақстан Республикасының азаматтары үшін кемінде 180 тұрақты жұмыс орнын құру",
         "до 31.12.2026", "31.12.2026 дейін", "штатное расписание", "штат кестесі"),
        ("Получить экологическое разрешение до начала эксплуатации производства", "Өндірісті пайдалану басталғанға дейін экологиялық рұқсат алу",
         "до 01.09.2026", "01.09.2026 дейін", "разрешение", "рұқсат"),
        ("Обеспечить передачу брака ячеек и модулей на переработку лицензированной организации", "Ұяшықтар мен модульдердің ақауын лицензиясы бар ұйымға қайта өңдеуге беруді қамтамасыз ету",
         "с начала эксплуатации", "пайдалану басталған кезден", "договор, акты передачи", "шарт, беру актілері")]),
    (("II. Обязательства Уполномоченного органа – Комитет по инвестициям МИД РК", "II. Уәкілетті органның міндеттемелері – ҚР СІМ Инвестициялар комитеті",
      "Комитет по инвестициям", "Инвестициялар комитеті"), [
        ("Предоставить государственный натурный грант – земельный участок площадью 4,8 га", "Мемлекеттік заттай грант – ауданы 4,8 га жер учаскесін беру",
         "в течение 30 рабочих дней", "30 жұмыс күні ішінде", "решение о предоставлении гранта", "грант беру туралы шешім"),
        ("Обеспечить освобождение от таможенных пошлин при импорте технологического оборудования", "Технологиялық жабдықты импорттау кезінде кедендік баждардан босатуды қамтамасыз ету",
         "на срок действия соглашения", "келісімнің қолданылу мерзіміне", "письмо в органы государственных доходов", "мемлекеттік кірістер органдарына хат")]),
)  # fmt: skip
VN_INVEST_PLAN = (
    ("A. NHÀ ĐẦU TƯ – CÔNG TY TNHH NĂNG LƯỢNG PIN AN DƯƠNG", "Năng lượng Pin An Dương", [
        ("Góp đủ vốn điều lệ và hoàn thành xây dựng nhà xưởng giai đoạn 1", "Quý IV/2026"),
        ("Vận hành thử nghiệm các công trình xử lý chất thải trước khi vận hành chính thức", "Quý I/2027"),
        ("Lắp đặt hệ thống thu hồi dung môi NMP với hiệu suất thu hồi trên 95 %", "Quý IV/2026"),
        ("Ký hợp đồng tái chế cell pin lỗi với đơn vị có giấy phép xử lý chất thải nguy hại", "Trước khi vận hành thử nghiệm")]),
    ("B. BAN QUẢN LÝ KHU KINH TẾ HẢI PHÒNG", "Ban Quản lý Khu kinh tế", [
        ("Bàn giao mặt bằng lô đất CN-05 cho nhà đầu tư", "Tháng 02/2026"),
        ("Hướng dẫn thủ tục cấp giấy phép xây dựng và giấy phép môi trường", "Theo đề nghị của nhà đầu tư")]),
)


def tasks_ir2(doc: Doc) -> None:
    """The working programme annexed to an investment agreement for a lithium-ion pack plant, the obligations of both
    parties under a row spanning the table for each — the investor's numbered `1.1` … and the investment committee's
    `2.1` … — with their terms and the document that proves each, no column of who acts because each section row names the
    party (VI: the schedule annexed to the investment registration of a Hải Phòng cell plant, the investor's commitments
    `A.1` … and the economic zone authority's `B.1` …, the project code of ten digits in the line above)."""
    vi = doc.lang == "vi"
    g = doc.v
    L = 0 if vi else _L(doc)
    r = doc.rng
    if vi:
        doc.h("PHỤ LỤC – TIẾN ĐỘ THỰC HIỆN DỰ ÁN VÀ CAM KẾT CỦA CÁC BÊN")
        doc.p(f"(Kèm theo Giấy chứng nhận đăng ký đầu tư mã số dự án {r.randint(10**9, 10**10 - 1)} – Dự án Nhà máy sản xuất cell pin và pack pin "
              "lithium-ion An Dương)")
        rows = [["TT", "Nội dung cam kết", "Thời hạn"]]
        merges: list = []
        for section, actor, items in VN_INVEST_PLAN:
            _span(rows, merges, section, 3)
            for k, (text, term) in enumerate(items, 1):
                rows.append([f"{section[0]}.{k}", text, term])
                doc.add("obligations", {"kind": "task", "number": f"{section[0]}.{k}", "text_contains": _words(text, 5), "actor_contains": actor})
        doc.table("Bảng. Cam kết và tiến độ", rows, merges, role="tasks")
        maybe_distractor(doc)
        return
    number = f"{r.randint(10, 99)}-{r.randint(100, 999)}/И"
    doc.p(g(f"Приложение 2 к Соглашению об инвестициях № {number} от {r.randint(1, 28):02d}.12.2025",
            f"{r.randint(1, 28):02d}.12.2025 жылғы № {number} Инвестициялар туралы келісімге 2-қосымша", ""))
    doc.h(g("Рабочая программа (график исполнения обязательств)", "Жұмыс бағдарламасы (міндеттемелерді орындау кестесі)", ""))
    doc.p(g("Инвестиционный приоритетный проект: «Строительство завода сборки литий-ионных аккумуляторных батарей в г. Алматы».",
            "Инвестициялық басым жоба: «Алматы қаласында литий-ионды аккумулятор батареяларын құрастыру зауытын салу».", ""))
    rows = [g(["№", "Обязательство", "Срок исполнения", "Подтверждающий документ"], ["№", "Міндеттеме", "Орындау мерзімі", "Растайтын құжат"], [])]
    merges = []
    for s, ((p_ru, p_kk, a_ru, a_kk), items) in enumerate(INVEST_PLAN, 1):
        _span(rows, merges, (p_ru, p_kk)[L], 4)
        for k, (t_ru, t_kk, d_ru, d_kk, f_ru, f_kk) in enumerate(items, 1):
            text = (t_ru, t_kk)[L]
            rows.append([f"{s}.{k}", text, (d_ru, d_kk)[L], (f_ru, f_kk)[L]])
            doc.add("obligations", {"kind": "task", "number": f"{s}.{k}", "text_contains": _words(text, 4), "actor_contains": (a_ru, a_kk)[L]})
    doc.table(None, rows, merges, role="tasks")
    doc.p(g("Инвестор ежегодно до 1 мая представляет отчет об исполнении рабочей программы.",
            "Инвестор жыл сайын 1 мамырға дейін жұмыс бағдарламасының орындалуы туралы есеп ұсынады.", ""))
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"IR{k}", globals()[f"{role}_ir{k}"]) for role in ROLES for k in (1, 2)]
